// The single forward pass of RepairJson: a tolerant tokenizer driving an
// explicit container stack that writes valid JSON as it goes.
//
// Why one pass with an explicit stack: model output can be megabytes long or
// hostile (100,000 `[`), so the repairer must be linear and must not recurse.
// Every step either consumes input or ends the scan, and the only edits to
// already written output (dropping a dangling or forbidden member, inserting
// a missed comma) touch bytes written since the last complete value, so each
// output byte is moved at most a constant number of times.
#include <cstring>
#include <string>
#include <vector>

#include <rapidjson/reader.h>

#include "json_repair_internal.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::checks::repair_internal {
namespace {

using rapidjson::Value;

// Object states: kKeyOrEnd after `{`, kKey after `,`, kColon after a key,
// kValue after `:`, kCommaOrEnd after a value. Array states: kValueOrEnd
// after `[`, kValue after `,`, kCommaOrEnd after a value.
enum class State { kKeyOrEnd, kKey, kColon, kValue, kCommaOrEnd, kValueOrEnd };

// How the next token will be used, decided before anything is written.
enum class Role { kNone, kKey, kKeyAfterMissingComma, kValue, kValueAfterMissingComma,
                  kValueAfterMissingColon };

enum class Quote { kDouble, kSingle, kCurlyDouble, kCurlySingle };

struct Frame {
  bool object = false;
  State state = State::kValueOrEnd;
  std::size_t emitted = 0;       // members/elements written so far
  std::size_t member_out = 0;    // output size before the current member (and its comma)
  std::size_t last_end_out = 0;  // output size just after the last complete value
  std::size_t key_in = 0;        // input offset of the current key
  std::size_t key_end_out = 0;   // output size just after the current key
  std::size_t index = 0;         // array: index of the next element
  bool dropping = false;         // current member is forbidden by the schema
  const Value* schema = nullptr;         // resolved schema of this container
  const Value* member_schema = nullptr;  // resolved schema of the current member value
  std::string key;                       // decoded current key (schema mode only)
};

bool IsWs(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_' || c == '$';
}

// Length (3) of a typographic quote “ ” ‘ ’ at s[i], else 0.
std::size_t CurlyQuoteAt(std::string_view s, std::size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99) return 3;
  }
  return 0;
}
bool CurlyIsDouble(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i + 2]);
  return c == 0x9C || c == 0x9D;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Scanner {
 public:
  Scanner(std::string_view text, const Region& region, const RepairOptions& options,
          std::string* out, std::vector<RepairFix>* log, RepairError* error)
      : text_(text.substr(0, region.end)), end_(region.end), options_(options), out_(*out),
        log_(*log), error_(error) {
    if (options.schema) root_schema_ = ResolveSchema(*options.schema, options.schema);
  }

  bool Run(std::size_t begin, std::size_t* value_end);

 private:
  bool Fail(std::string message, std::size_t offset) {
    if (error_) {
      error_->message = std::move(message);
      error_->offset = offset;
    }
    failed_ = true;
    return false;
  }
  void Fix(RepairKind kind, std::size_t offset, std::string detail = {}) {
    log_.push_back({kind, offset, std::move(detail)});
  }
  Frame& Top() { return frames_.back(); }

  void EmitWs(std::size_t from, std::size_t to);
  std::size_t SkipComment(std::size_t i);
  std::size_t Garbage(std::size_t i);

  Role DecideRole(bool can_key, bool can_value) const;
  void Commit(Role role, std::size_t i);
  const Value* CurrentValueSchema() const;
  std::string Pointer() const;

  bool Open(bool object, std::size_t i);
  void CloseBracket(bool object, std::size_t i);
  void CloseTop(std::size_t i);
  void Comma(std::size_t i);
  void Colon(std::size_t i);
  std::size_t String(std::size_t i);
  std::size_t Escape(std::size_t j, Quote quote);
  bool IsRealClose(std::size_t k) const;
  std::size_t Word(std::size_t i);
  std::size_t Number(std::size_t i);
  std::size_t KeyWord(std::size_t i);
  std::size_t BareString(std::size_t i);
  void AppendStringContent(std::size_t from, std::size_t to);
  void KeyDone(std::size_t key_out);
  void ScalarDone(TokenType type, std::size_t value_out, std::size_t value_in);
  void ValueDone();

  std::string_view text_;
  std::size_t end_;
  const RepairOptions& options_;
  std::string& out_;
  std::vector<RepairFix>& log_;
  RepairError* error_;
  const Value* root_schema_ = nullptr;

  std::vector<Frame> frames_;
  std::size_t open_objects_ = 0;
  std::size_t open_arrays_ = 0;
  bool top_done_ = false;
  bool failed_ = false;
  // A `,` seen after a value is written only when the next member/element
  // starts (so a trailing comma or a dropped member never leaves one behind);
  // whitespace after it waits with it.
  bool pending_comma_ = false;
  std::size_t pending_comma_in_ = 0;
  std::string pending_ws_;
  std::size_t garbage_end_ = std::string::npos;  // to merge adjacent garbage fixes
  const Value* value_schema_ = nullptr;          // schema of the value being written
};

void Scanner::EmitWs(std::size_t from, std::size_t to) {
  (pending_comma_ ? pending_ws_ : out_).append(text_.data() + from, to - from);
}

std::size_t Scanner::SkipComment(std::size_t i) {
  Fix(RepairKind::kComment, i);
  if (text_[i] == '/' && text_[i + 1] == '*') {
    const std::size_t close = text_.find("*/", i + 2);
    return close == std::string_view::npos ? end_ : close + 2;
  }
  const std::size_t nl = text_.find('\n', i);
  return nl == std::string_view::npos ? end_ : nl;  // the newline stays as whitespace
}

std::size_t Scanner::Garbage(std::size_t i) {
  if (frames_.empty()) {
    Fail("no JSON value found", i);
    return i;
  }
  std::size_t len = Utf8SequenceLength(text_, i);
  if (len == 0) len = 1;
  if (garbage_end_ == i && !log_.empty() && log_.back().kind == RepairKind::kDropGarbage) {
    garbage_end_ = i + len;
  } else {
    Fix(RepairKind::kDropGarbage, i);
    garbage_end_ = i + len;
  }
  return i + len;
}

Role Scanner::DecideRole(bool can_key, bool can_value) const {
  if (frames_.empty()) return can_value && !top_done_ ? Role::kValue : Role::kNone;
  const Frame& f = frames_.back();
  switch (f.state) {
    case State::kKeyOrEnd:
    case State::kKey:
      return can_key ? Role::kKey : Role::kNone;
    case State::kColon:
      return can_value ? Role::kValueAfterMissingColon : Role::kNone;
    case State::kValue:
    case State::kValueOrEnd:
      return can_value ? Role::kValue : Role::kNone;
    case State::kCommaOrEnd:
      if (f.object) return can_key ? Role::kKeyAfterMissingComma : Role::kNone;
      return can_value ? Role::kValueAfterMissingComma : Role::kNone;
  }
  return Role::kNone;
}

const Value* Scanner::CurrentValueSchema() const {
  if (!options_.schema) return nullptr;
  if (frames_.empty()) return root_schema_;
  const Frame& f = frames_.back();
  if (f.object) return f.member_schema;
  return ResolveSchema(*options_.schema, ItemSchema(*options_.schema, f.schema, f.index));
}

void Scanner::Commit(Role role, std::size_t i) {
  if (role == Role::kKeyAfterMissingComma || role == Role::kValueAfterMissingComma) {
    Frame& f = Top();
    Fix(RepairKind::kMissingComma, i);
    if (f.emitted > 0) out_.insert(f.last_end_out, 1, ',');
    f.member_out = f.last_end_out;
    if (f.object) {
      f.state = State::kKey;
      f.key_in = i;
      return;
    }
    f.state = State::kValue;
  } else if (role == Role::kKey) {
    Frame& f = Top();
    f.member_out = out_.size();
    if (pending_comma_ && f.emitted > 0) out_ += ',';
    pending_comma_ = false;
    out_ += pending_ws_;
    pending_ws_.clear();
    f.key_in = i;
    return;
  } else if (role == Role::kValueAfterMissingColon) {
    Fix(RepairKind::kMissingColon, i);
    out_.insert(Top().key_end_out, 1, ':');
    Top().state = State::kValue;
  } else if (role == Role::kValue && !frames_.empty() && !Top().object) {
    if (pending_comma_ && Top().emitted > 0) out_ += ',';
    pending_comma_ = false;
    out_ += pending_ws_;
    pending_ws_.clear();
  }
  value_schema_ = CurrentValueSchema();
}

std::string Scanner::Pointer() const {
  std::string p;
  for (const Frame& f : frames_) {
    if (f.object) {
      if (f.state == State::kKeyOrEnd || f.state == State::kKey) break;
      p = AppendPointer(p, f.key);
    } else {
      p = AppendPointer(p, f.index);
    }
  }
  return p;
}

bool Scanner::Open(bool object, std::size_t i) {
  const Role role = DecideRole(false, true);
  if (role == Role::kNone) {
    Garbage(i);
    return !failed_;
  }
  if (frames_.size() + 1 > options_.max_depth) {
    return Fail("nesting deeper than the limit of " + std::to_string(options_.max_depth), i);
  }
  Commit(role, i);
  Frame f;
  f.object = object;
  f.state = object ? State::kKeyOrEnd : State::kValueOrEnd;
  f.schema = value_schema_;
  frames_.push_back(std::move(f));
  ++(object ? open_objects_ : open_arrays_);
  out_ += object ? '{' : '[';
  return true;
}

// Closes the innermost container, settling a pending comma or a key left
// without a value first.
void Scanner::CloseTop(std::size_t i) {
  Frame& f = Top();
  if (pending_comma_) {
    Fix(RepairKind::kTrailingComma, pending_comma_in_);
    pending_comma_ = false;
    out_ += pending_ws_;
    pending_ws_.clear();
  }
  if (f.object && (f.state == State::kColon || f.state == State::kValue)) {
    Fix(RepairKind::kDropDanglingKey, f.key_in);
    out_.resize(f.member_out);
  }
  out_ += f.object ? '}' : ']';
  --(f.object ? open_objects_ : open_arrays_);
  frames_.pop_back();
  ValueDone();
}

void Scanner::CloseBracket(bool object, std::size_t i) {
  if (frames_.empty()) {
    Garbage(i);
    return;
  }
  if (Top().object != object) {
    if ((object ? open_objects_ : open_arrays_) == 0) {
      Fix(RepairKind::kMismatchedBracket, i);
    } else {
      // `{"a": [1, 2}`: the inner containers were left open.
      while (Top().object != object) {
        Fix(RepairKind::kCloseContainer, i);
        CloseTop(i);
      }
    }
  }
  CloseTop(i);
}

void Scanner::Comma(std::size_t i) {
  if (frames_.empty()) {
    Garbage(i);
    return;
  }
  Frame& f = Top();
  switch (f.state) {
    case State::kCommaOrEnd:
      pending_comma_ = true;
      pending_comma_in_ = i;
      f.state = f.object ? State::kKey : State::kValue;
      return;
    case State::kColon:
    case State::kValue:
      if (f.object) {  // `{"a": , "b": 1}` or `{"a", "b": 1}`
        Fix(RepairKind::kDropDanglingKey, f.key_in);
        out_.resize(f.member_out);
        f.dropping = false;
        f.last_end_out = out_.size();
        pending_comma_ = true;
        pending_comma_in_ = i;
        f.state = State::kKey;
        return;
      }
      [[fallthrough]];
    default:
      Fix(RepairKind::kExtraComma, i);
  }
}

void Scanner::Colon(std::size_t i) {
  if (!frames_.empty() && Top().object && Top().state == State::kColon) {
    out_ += ':';
    Top().state = State::kValue;
    return;
  }
  Garbage(i);
}

void Scanner::KeyDone(std::size_t key_out) {
  Frame& f = Top();
  f.state = State::kColon;
  f.key_end_out = out_.size();
  if (!options_.schema) return;
  f.key = DecodeJsonString(std::string_view(out_).substr(key_out));
  bool forbidden = false;
  f.member_schema = ResolveSchema(*options_.schema,
                                  MemberSchema(*options_.schema, f.schema, f.key, &forbidden));
  if (forbidden) {
    f.dropping = true;
    Fix(RepairKind::kDropForbiddenProperty, f.key_in, Pointer());
  }
}

void Scanner::ValueDone() {
  if (frames_.empty()) {
    top_done_ = true;
    return;
  }
  Frame& f = Top();
  if (f.object && f.dropping) {
    out_.resize(f.member_out);
    f.dropping = false;
  } else {
    ++f.emitted;
  }
  if (!f.object) ++f.index;
  f.last_end_out = out_.size();
  f.state = State::kCommaOrEnd;
}

void Scanner::ScalarDone(TokenType type, std::size_t value_out, std::size_t value_in) {
  std::string replacement;
  if (value_schema_ &&
      CoerceScalar(value_schema_, type, std::string_view(out_).substr(value_out), &replacement)) {
    std::string old = out_.substr(value_out);
    if (old.size() > 40) {
      std::size_t cut = 40;
      while (cut > 0 && (static_cast<unsigned char>(old[cut]) & 0xC0) == 0x80) --cut;
      old.resize(cut);
      old += "...";
    }
    Fix(RepairKind::kCoerceType, value_in, Pointer() + ": " + old + " -> " + replacement);
    out_.resize(value_out);
    out_ += replacement;
  }
  ValueDone();
}

// A quote that could end the string ends it only when what follows fits
// after a string (`,` `:` `}` `]`, another string, a container, a comment,
// the end); otherwise it is an unescaped quote inside the text.
bool Scanner::IsRealClose(std::size_t k) const {
  while (k < end_ && IsWs(static_cast<unsigned char>(text_[k]))) ++k;
  if (k >= end_) return true;
  const char c = text_[k];
  switch (c) {
    case ',': case ':': case '}': case ']': case '"': case '\'': case '{': case '[':
      return true;
    case '/':
      return k + 1 < end_ && (text_[k + 1] == '/' || text_[k + 1] == '*');
    case '`':
      return text_.compare(k, 3, "```") == 0;
    default:
      return CurlyQuoteAt(text_, k) != 0;
  }
}

std::size_t Scanner::Escape(std::size_t j, Quote quote) {
  if (j + 1 >= end_) {  // a lone backslash where the text was cut
    Fix(RepairKind::kInvalidEscape, j);
    return j + 1;
  }
  const char e = text_[j + 1];
  switch (e) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      out_.append(text_.data() + j, 2);
      return j + 2;
    case '\'':
      if (quote != Quote::kSingle) Fix(RepairKind::kInvalidEscape, j);
      out_ += '\'';
      return j + 2;
    case 'u': {
      auto hex4 = [&](std::size_t at) -> int {
        if (at + 4 > end_) return -1;
        int v = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
          const int h = HexValue(text_[k]);
          if (h < 0) return -1;
          v = v * 16 + h;
        }
        return v;
      };
      const int cp = hex4(j + 2);
      if (cp < 0) break;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        const bool pair = j + 7 < end_ && text_[j + 6] == '\\' && text_[j + 7] == 'u';
        const int low = pair ? hex4(j + 8) : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
          out_.append(text_.data() + j, 12);
          return j + 12;
        }
        Fix(RepairKind::kInvalidEscape, j, "lone surrogate");
        out_ += "\\uFFFD";
        return j + 6;
      }
      out_.append(text_.data() + j, 6);
      return j + 6;
    }
    default:
      break;
  }
  // Keep the backslash as a character; what follows is read as text.
  Fix(RepairKind::kInvalidEscape, j);
  out_ += "\\\\";
  return j + 1;
}

void Scanner::AppendStringContent(std::size_t from, std::size_t to) {
  static const char kHex[] = "0123456789abcdef";
  std::size_t j = from;
  while (j < to) {
    std::size_t run = j;
    while (run < to) {
      const unsigned char c = static_cast<unsigned char>(text_[run]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
      ++run;
    }
    out_.append(text_.data() + j, run - j);
    j = run;
    if (j >= to) break;
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    if (c == '"' || c == '\\') {
      out_ += '\\';
      out_ += static_cast<char>(c);
      ++j;
    } else if (c < 0x20) {
      Fix(RepairKind::kControlCharInString, j);
      switch (c) {
        case '\n': out_ += "\\n"; break;
        case '\t': out_ += "\\t"; break;
        case '\r': out_ += "\\r"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default:
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
      }
      ++j;
    } else {
      const std::size_t n = Utf8SequenceLength(text_.substr(0, to), j);
      if (n == 0) {
        Fix(RepairKind::kInvalidUtf8, j);
        out_ += "\xEF\xBF\xBD";
        ++j;
      } else {
        out_.append(text_.data() + j, n);
        j += n;
      }
    }
  }
}

std::size_t Scanner::String(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kNone) return Garbage(i);
  Quote quote = Quote::kDouble;
  std::size_t open_len = 1;
  if (text_[i] == '\'') {
    quote = Quote::kSingle;
    Fix(RepairKind::kSingleQuotes, i);
  } else if (text_[i] != '"') {
    quote = CurlyIsDouble(text_, i) ? Quote::kCurlyDouble : Quote::kCurlySingle;
    open_len = 3;
    Fix(RepairKind::kTypographicQuotes, i);
  }
  Commit(role, i);
  const bool is_key = role == Role::kKey || role == Role::kKeyAfterMissingComma;
  const std::size_t token_out = out_.size();
  out_ += '"';
  std::size_t j = i + open_len;
  while (true) {
    std::size_t run = j;
    while (run < end_) {
      const unsigned char c = static_cast<unsigned char>(text_[run]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '\'') break;
      ++run;
    }
    out_.append(text_.data() + j, run - j);
    j = run;
    if (j >= end_) {
      Fix(RepairKind::kCloseString, end_);
      break;
    }
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    if (c == '\\') {
      j = Escape(j, quote);
      continue;
    }
    // Is this a quote that may close the string?
    std::size_t close_len = 0;
    if (c == '"') {
      close_len = quote == Quote::kDouble || quote == Quote::kCurlyDouble ? 1 : 0;
    } else if (c == '\'') {
      close_len = quote == Quote::kSingle || quote == Quote::kCurlySingle ? 1 : 0;
    } else if (c >= 0x80 && (quote == Quote::kCurlyDouble || quote == Quote::kCurlySingle)) {
      const std::size_t n = CurlyQuoteAt(text_, j);
      if (n && CurlyIsDouble(text_, j) == (quote == Quote::kCurlyDouble)) close_len = n;
    }
    if (close_len) {
      // Keys hardly ever hold quotes, and `{"a" 1}` needs the key closed.
      if (is_key || IsRealClose(j + close_len)) {
        j += close_len;
        out_ += '"';
        if (is_key) {
          KeyDone(token_out);
        } else {
          ScalarDone(TokenType::kString, token_out, i);
        }
        return j;
      }
      Fix(RepairKind::kUnescapedQuote, j);
    }
    if (c == '\'') {  // an apostrophe is plain content in a JSON string
      out_ += '\'';
      ++j;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t n = Utf8SequenceLength(text_, j);
      if (n == 0) {
        Fix(RepairKind::kInvalidUtf8, j);
        out_ += "\xEF\xBF\xBD";
        ++j;
      } else {
        out_.append(text_.data() + j, n);
        j += n;
      }
      continue;
    }
    AppendStringContent(j, j + 1);  // `"` (escaped) or a control character
    ++j;
  }
  out_ += '"';
  if (is_key) {
    KeyDone(token_out);
  } else {
    ScalarDone(TokenType::kString, token_out, i);
  }
  return j;
}

// Unquoted key: identifier characters, digits, `-`, `.`, `+` and UTF-8 letters.
std::size_t Scanner::KeyWord(std::size_t i) {
  std::size_t j = i;
  while (j < end_) {
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    if (IsAsciiWordChar(c) || c == '-' || c == '.' || c == '+') {
      ++j;
    } else if (c >= 0x80 && !CurlyQuoteAt(text_, j)) {
      const std::size_t n = Utf8SequenceLength(text_, j);
      if (n == 0) break;
      j += n;
    } else {
      break;
    }
  }
  if (j == i) return Garbage(i);
  const Role role = DecideRole(true, false);
  Fix(RepairKind::kUnquotedKey, i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  out_ += '"';
  out_.append(text_.data() + i, j - i);
  out_ += '"';
  KeyDone(token_out);
  return j;
}

// Unquoted text as a value runs to the next `,` `}` `]` or line end.
std::size_t Scanner::BareString(std::size_t i) {
  std::size_t j = i;
  while (j < end_) {
    const char c = text_[j];
    if (c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r') break;
    ++j;
  }
  std::size_t stop = j;
  while (stop > i && IsWs(static_cast<unsigned char>(text_[stop - 1]))) --stop;
  const Role role = DecideRole(false, true);
  if (frames_.empty()) {
    Fail("no JSON value found (unquoted text)", i);
    return i;
  }
  Fix(RepairKind::kUnquotedString, i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  out_ += '"';
  AppendStringContent(i, stop);
  out_ += '"';
  ScalarDone(TokenType::kString, token_out, i);
  return stop;
}

struct Literal {
  const char* word;
  const char* json;
  RepairKind kind;
};
constexpr Literal kLiterals[] = {
    {"true", "true", RepairKind::kPythonLiteral},   {"false", "false", RepairKind::kPythonLiteral},
    {"null", "null", RepairKind::kPythonLiteral},   {"True", "true", RepairKind::kPythonLiteral},
    {"False", "false", RepairKind::kPythonLiteral}, {"None", "null", RepairKind::kPythonLiteral},
    {"TRUE", "true", RepairKind::kPythonLiteral},   {"FALSE", "false", RepairKind::kPythonLiteral},
    {"NULL", "null", RepairKind::kPythonLiteral},   {"Null", "null", RepairKind::kPythonLiteral},
    {"nil", "null", RepairKind::kPythonLiteral},    {"undefined", "null", RepairKind::kPythonLiteral},
    {"NaN", "null", RepairKind::kNonFiniteNumber},  {"nan", "null", RepairKind::kNonFiniteNumber},
    {"Infinity", "null", RepairKind::kNonFiniteNumber},
    {"inf", "null", RepairKind::kNonFiniteNumber},  {"Inf", "null", RepairKind::kNonFiniteNumber},
};

const Literal* FindLiteral(std::string_view word) {
  for (const Literal& l : kLiterals) {
    if (word == l.word) return &l;
  }
  return nullptr;
}

TokenType LiteralType(std::string_view json) {
  if (json == "true") return TokenType::kTrue;
  if (json == "false") return TokenType::kFalse;
  return TokenType::kNull;
}

std::size_t Scanner::Word(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kKey || role == Role::kKeyAfterMissingComma) return KeyWord(i);
  if (role == Role::kNone) return Garbage(i);
  std::size_t j = i;
  while (j < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[j]))) ++j;
  const std::string_view word = text_.substr(i, j - i);
  const bool word_ends = j >= end_ || !(static_cast<unsigned char>(text_[j]) >= 0x80 ||
                                        text_[j] == '-' || text_[j] == '.');
  const Literal* lit = word_ends && !word.empty() ? FindLiteral(word) : nullptr;
  std::string completed;
  if (!lit && j >= end_ && !word.empty()) {
    // Cut off inside a literal: `tr` → true.
    for (const char* full : {"true", "false", "null", "True", "False", "None"}) {
      if (std::string_view(full).substr(0, word.size()) == word && word.size() < strlen(full)) {
        completed = full;
        break;
      }
    }
  }
  if (!lit && completed.empty()) return BareString(i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  if (lit) {
    if (word != lit->json) Fix(lit->kind, i, std::string(word) + " -> " + lit->json);
    out_ += lit->json;
    ScalarDone(LiteralType(lit->json), token_out, i);
  } else {
    const Literal* full = FindLiteral(completed);
    Fix(RepairKind::kCompleteLiteral, i, std::string(word) + " -> " + full->json);
    out_ += full->json;
    ScalarDone(LiteralType(full->json), token_out, i);
  }
  return j;
}

// Numbers are normalised to the JSON grammar (`+1`, `01`, `.5`, `1.`, `1e`)
// and checked against RapidJSON's own range so the result always parses.
std::size_t Scanner::Number(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kKey || role == Role::kKeyAfterMissingComma) return KeyWord(i);
  if (role == Role::kNone) return Garbage(i);
  std::size_t j = i;
  std::string norm;
  bool fixed = false;
  if (text_[j] == '-' || text_[j] == '+') {
    if (text_[j] == '-') norm += '-';
    else fixed = true;
    ++j;
  }
  if (j < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[j])) &&
      !IsDigit(static_cast<unsigned char>(text_[j]))) {
    // -Infinity, -NaN, +inf
    std::size_t k = j;
    while (k < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[k]))) ++k;
    const Literal* lit = FindLiteral(text_.substr(j, k - j));
    if (lit && lit->kind == RepairKind::kNonFiniteNumber) {
      Commit(role, i);
      Fix(RepairKind::kNonFiniteNumber, i, std::string(text_.substr(i, k - i)) + " -> null");
      const std::size_t token_out = out_.size();
      out_ += "null";
      ScalarDone(TokenType::kNull, token_out, i);
      return k;
    }
    return Garbage(i);
  }
  const std::size_t int_begin = j;
  while (j < end_ && IsDigit(static_cast<unsigned char>(text_[j]))) ++j;
  std::string_view int_digits = text_.substr(int_begin, j - int_begin);
  std::string_view frac_digits;
  bool has_dot = false;
  if (j < end_ && text_[j] == '.') {
    has_dot = true;
    const std::size_t f = ++j;
    while (j < end_ && IsDigit(static_cast<unsigned char>(text_[j]))) ++j;
    frac_digits = text_.substr(f, j - f);
  }
  if (int_digits.empty() && frac_digits.empty()) return Garbage(i);  // a lone sign or dot
  if (int_digits.empty()) {
    fixed = true;
    norm += '0';
  } else if (int_digits.size() > 1 && int_digits[0] == '0') {
    fixed = true;
    std::size_t z = 0;
    while (z + 1 < int_digits.size() && int_digits[z] == '0') ++z;
    norm.append(int_digits.substr(z));
  } else {
    norm.append(int_digits);
  }
  if (has_dot) {
    if (frac_digits.empty()) {
      fixed = true;
    } else {
      norm += '.';
      norm.append(frac_digits);
    }
  }
  bool has_exp = false;
  if (j < end_ && (text_[j] == 'e' || text_[j] == 'E')) {
    std::size_t k = j + 1;
    if (k < end_ && (text_[k] == '+' || text_[k] == '-')) ++k;
    const std::size_t d = k;
    while (k < end_ && IsDigit(static_cast<unsigned char>(text_[k]))) ++k;
    if (k == d) {
      fixed = true;  // `1e` / `1e+`: the exponent was cut off
    } else {
      has_exp = true;
      norm.append(text_.data() + j, k - j);
    }
    j = k;
  }
  if (j < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[j]))) {
    return BareString(i);  // `12ab`, `0x1F`: not a number
  }
  bool finite = true;
  if (has_exp || int_digits.size() + frac_digits.size() > 300) {
    rapidjson::Reader reader;
    rapidjson::BaseReaderHandler<> ignore;
    rapidjson::StringStream stream(norm.c_str());
    finite = !reader.Parse(stream, ignore).IsError();
  }
  Commit(role, i);
  const std::size_t token_out = out_.size();
  const std::string_view original = text_.substr(i, j - i);
  if (!finite) {
    Fix(RepairKind::kNonFiniteNumber, i, std::string(original.substr(0, 40)) + " -> null");
    out_ += "null";
    ScalarDone(TokenType::kNull, token_out, i);
    return j;
  }
  if (fixed) Fix(RepairKind::kInvalidNumber, i, std::string(original.substr(0, 40)) + " -> " +
                                                   norm.substr(0, 40));
  out_ += norm;
  ScalarDone(TokenType::kNumber, token_out, i);
  return j;
}

bool Scanner::Run(std::size_t begin, std::size_t* value_end) {
  std::size_t i = begin;
  while (i < end_ && !top_done_ && !failed_) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    switch (c) {
      case ' ': case '\t': case '\n': case '\r': {
        std::size_t j = i + 1;
        while (j < end_ && IsWs(static_cast<unsigned char>(text_[j]))) ++j;
        EmitWs(i, j);
        i = j;
        break;
      }
      case '/':
        i = i + 1 < end_ && (text_[i + 1] == '/' || text_[i + 1] == '*') ? SkipComment(i)
                                                                         : Garbage(i);
        break;
      case '#':
        i = SkipComment(i);
        break;
      case '`':
        if (text_.compare(i, 3, "```") == 0) {
          end_ = i;  // a code fence closes: the value was cut off here
        } else {
          i = Garbage(i);
        }
        break;
      case '{': case '[':
        if (Open(c == '{', i)) ++i;
        break;
      case '}': case ']':
        CloseBracket(c == '}', i);
        ++i;
        break;
      case ',':
        Comma(i);
        ++i;
        break;
      case ':':
        Colon(i);
        ++i;
        break;
      case '"': case '\'':
        i = String(i);
        break;
      default:
        if (CurlyQuoteAt(text_, i)) {
          i = String(i);
        } else if (IsDigit(c) || c == '-' || c == '+' || c == '.') {
          i = Number(i);
        } else if (IsAsciiWordChar(c) || (c >= 0x80 && Utf8SequenceLength(text_, i) > 0)) {
          i = Word(i);
        } else {
          i = Garbage(i);
        }
    }
  }
  if (failed_) return false;
  if (!top_done_) {
    if (frames_.empty()) return Fail("no JSON value found", i);
    while (!frames_.empty()) {
      Fix(RepairKind::kCloseContainer, end_);
      CloseTop(end_);
    }
    i = end_;
  }
  *value_end = i;
  return true;
}

}  // namespace

bool ScanValue(std::string_view text, const Region& region, const RepairOptions& options,
               std::string* out, std::vector<RepairFix>* log, std::size_t* value_end,
               RepairError* error) {
  Scanner scanner(text, region, options, out, log, error);
  return scanner.Run(region.begin, value_end);
}

}  // namespace stepcache::checks::repair_internal
