// The single forward pass of RepairJson: a tolerant tokenizer driving an
// explicit container stack that writes valid JSON as it goes. This file holds
// the structure (brackets, commas, colons, the top level); strings are in
// json_repair_strings.cc, numbers and bare words in json_repair_values.cc.
//
// Why one pass with an explicit stack: model output can be megabytes long or
// hostile (100,000 `[`), so the repairer must be linear and must not recurse.
// Every step either consumes input or ends the scan, and the only edits to
// already written output (dropping a forbidden member, inserting a missed
// comma or colon, the `[` that collects several top-level values, once) touch
// bytes written since the last complete value, so each output byte is moved
// at most a constant number of times. A string may read ahead past where it
// is finally cut (`{"a":"b,"c":1}` ends at the comma); that re-read is
// counted and capped at twice the input (see rescan_budget_).
#include <string>
#include <vector>

#include "json_repair_internal.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::checks::repair_internal {

using rapidjson::Value;

bool IsWs(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_' || c == '$';
}

std::size_t CurlyQuoteAt(std::string_view s, std::size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99) return 3;
  }
  return 0;
}

std::size_t QuoteAt(std::string_view s, std::size_t i, Quote* kind) {
  if (i >= s.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '"') { *kind = Quote::kDouble; return 1; }
  if (c == '\'') { *kind = Quote::kSingle; return 1; }
  if (c == '`') { *kind = Quote::kSingleLike; return s.compare(i, 3, "```") == 0 ? 0 : 1; }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB4) {
    *kind = Quote::kSingleLike;  // ´
    return 2;
  }
  if (CurlyQuoteAt(s, i)) {
    const unsigned char t = static_cast<unsigned char>(s[i + 2]);
    *kind = t == 0x9C || t == 0x9D ? Quote::kDoubleLike : Quote::kSingleLike;
    return 3;
  }
  return 0;
}

Scanner::Scanner(std::string_view text, const Region& region, const RepairOptions& options,
                 std::string* out, std::vector<RepairFix>* log, RepairError* error)
    : text_(text.substr(0, region.end)), end_(region.end), options_(options), out_(*out),
      log_(*log), error_(error), rescan_budget_(2 * region.end + 4096),
      pointer_budget_(4 * region.end + 65536) {
  if (options.schema) root_schema_ = ResolveSchema(*options.schema, options.schema);
}

bool Scanner::Fail(std::string message, std::size_t offset) {
  if (!failed_ && error_) {
    error_->message = std::move(message);
    error_->offset = offset;
  }
  failed_ = true;
  return false;
}

void Scanner::Fix(RepairKind kind, std::size_t offset, std::string detail) {
  log_.push_back({kind, offset, std::move(detail), false, {}});
}

void Scanner::Guess(RepairKind kind, std::size_t offset, std::string pointer, std::string detail) {
  RepairFix fix{kind, offset, std::move(detail), false, {}};
  fix.uncertain = true;
  fix.pointer = std::move(pointer);
  log_.push_back(std::move(fix));
}

void Scanner::EmitWs(std::size_t from, std::size_t to) {
  (pending_comma_ ? pending_ws_ : out_).append(text_.data() + from, to - from);
}

// Whitespace some editors and models put between tokens: U+00A0, U+1680,
// U+180E, U+2000…U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
// Returns its length in bytes at text_[i], else 0.
std::size_t Scanner::UnicodeSpaceAt(std::size_t i) const {
  auto b = [&](std::size_t k) -> unsigned {
    return k < end_ ? static_cast<unsigned char>(text_[k]) : 0u;
  };
  const unsigned c = b(i);
  if (c == 0xC2 && b(i + 1) == 0xA0) return 2;
  if (c == 0xE1 && ((b(i + 1) == 0x9A && b(i + 2) == 0x80) || (b(i + 1) == 0xA0 && b(i + 2) == 0x8E))) {
    return 3;
  }
  if (c == 0xE2 && b(i + 1) == 0x80) {
    const unsigned t = b(i + 2);
    if ((t >= 0x80 && t <= 0x8B) || t == 0xA8 || t == 0xA9 || t == 0xAF) return 3;
  }
  if (c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) return 3;
  if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
  if (c == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF) return 3;
  return 0;
}

// Skips spaces, tabs, CRs, Unicode spaces and comments (and newlines when
// `newlines`) from i; returns the first other offset.
std::size_t Scanner::SkipInline(std::size_t i, bool newlines) const {
  while (i < end_) {
    const char c = text_[i];
    if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
      ++i;
    } else if (c == '/' && i + 1 < end_ && text_[i + 1] == '*') {
      const std::size_t close = text_.find("*/", i + 2);
      i = close == std::string_view::npos ? end_ : close + 2;
    } else if (c == '/' && i + 1 < end_ && text_[i + 1] == '/') {
      const std::size_t nl = text_.find('\n', i);
      i = nl == std::string_view::npos ? end_ : nl;
      if (!newlines) return i;
    } else if (const std::size_t n = UnicodeSpaceAt(i)) {
      i += n;
    } else {
      return i;
    }
  }
  return i;
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
    Guess(RepairKind::kDropGarbage, i, ContainerPointer());
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
      f.key_out = out_.size();
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
    f.key_out = out_.size();
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
  if (frames_.empty()) top_value_out_ = out_.size();
  value_schema_ = CurrentValueSchema();
}

// The decoded key of an object frame past its key (decoded on demand: only
// schemas and uncertain fixes need it).
std::string Scanner::KeyOf(const Frame& f) const {
  if (options_.schema) return f.key;
  return DecodeJsonString(std::string_view(out_).substr(f.key_out, f.key_end_out - f.key_out));
}

std::string Scanner::ContainerPointer() const {
  if (pointer_bytes_ > pointer_budget_) return "";
  std::string p;
  for (std::size_t d = 0; d + 1 < frames_.size(); ++d) {
    const Frame& f = frames_[d];
    p += f.object ? AppendPointer("", KeyOf(f)) : AppendPointer("", f.index);
  }
  pointer_bytes_ += frames_.size() + p.size();
  return p;
}

std::string Scanner::MemberPointer() const {
  if (frames_.empty() || pointer_bytes_ > pointer_budget_) return "";
  std::string p = ContainerPointer();
  const Frame& f = frames_.back();
  if (f.object) {
    if (f.state == State::kKeyOrEnd || f.state == State::kKey) return p;
    return AppendPointer(p, KeyOf(f));
  }
  if (f.state == State::kCommaOrEnd) return f.index ? AppendPointer(p, f.index - 1) : p;
  return AppendPointer(p, f.index);
}

bool Scanner::Open(bool object, std::size_t i) {
  Role role = DecideRole(false, true);
  if (role == Role::kNone && frames_.size() >= 2 && Top().object &&
      !frames_[frames_.size() - 2].object && Top().state != State::kColon) {
    // `[{"i":1{"i":2}]`: a value where a key belongs; the object was left open.
    Fix(RepairKind::kCloseContainer, i);
    CloseTop(i, false);
    role = DecideRole(false, true);
  }
  if (role == Role::kNone) {
    Garbage(i);
    return !failed_;
  }
  if (frames_.size() + 1 > options_.max_depth) {
    return Fail("nesting deeper than the limit of " + std::to_string(options_.max_depth), i);
  }
  if (frames_.empty()) top_container_ = true;
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
// without a value first. A key with no value is given null (uncertain) when
// the text ends there or after its `:`; `{"a"}` (a key, then the end of the
// object) is refused: there is nothing to say what the key was for.
void Scanner::CloseTop(std::size_t i, bool at_end) {
  Frame& f = Top();
  if (pending_comma_) {
    Fix(RepairKind::kTrailingComma, pending_comma_in_);
    pending_comma_ = false;
    out_ += pending_ws_;
    pending_ws_.clear();
  }
  if (f.object && (f.state == State::kColon || f.state == State::kValue)) {
    if (f.dropping) {
      out_.resize(f.member_out);
    } else if (f.state == State::kColon && !at_end) {
      Fail("':' and a value expected after the key", i);
      return;
    } else {
      Guess(RepairKind::kMissingValue, i, MemberPointer(), "null");
      out_ += f.state == State::kColon ? ":null" : "null";
    }
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
      while (!failed_ && Top().object != object) {
        Fix(RepairKind::kCloseContainer, i);
        CloseTop(i, false);
      }
      if (failed_) return;
    }
  }
  CloseTop(i, false);
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
      if (f.object) {
        Fail("':' and a value expected after the key", i);
        return;
      }
      break;
    case State::kValue:
      if (f.object) {  // `{"a": , "b": 1}`
        if (!f.dropping) {
          Guess(RepairKind::kMissingValue, i, MemberPointer(), "null");
          out_ += "null";
        }
        ValueDone();
        pending_comma_ = true;
        pending_comma_in_ = i;
        Top().state = State::kKey;
        return;
      }
      break;
    default:
      break;
  }
  // A run of commas is one fix (`[1,,,,,,2]`), so the log stays small.
  if (i == extra_comma_next_ && !log_.empty() && log_.back().kind == RepairKind::kExtraComma) {
    log_.back().detail = std::to_string(std::stoul(log_.back().detail) + 1) + " commas";
  } else {
    Fix(RepairKind::kExtraComma, i, "1 commas");
  }
  std::size_t k = i + 1;
  while (k < end_ && IsWs(static_cast<unsigned char>(text_[k]))) ++k;
  extra_comma_next_ = k;
}

void Scanner::Colon(std::size_t i) {
  if (!frames_.empty() && Top().object) {
    if (Top().state == State::kColon) {
      out_ += ':';
      Top().state = State::kValue;
      return;
    }
    if (Top().state == State::kKey || Top().state == State::kKeyOrEnd) {
      Fail("a key expected before ':'", i);
      return;
    }
  }
  Garbage(i);
}

void Scanner::KeyDone(std::size_t key_out) {
  Frame& f = Top();
  f.state = State::kColon;
  f.key_out = key_out;
  f.key_end_out = out_.size();
  if (!options_.schema) return;
  f.key = DecodeJsonString(std::string_view(out_).substr(key_out));
  bool forbidden = false;
  f.member_schema = ResolveSchema(*options_.schema,
                                  MemberSchema(*options_.schema, f.schema, f.key, &forbidden));
  if (forbidden) {
    f.dropping = true;
    Fix(RepairKind::kDropForbiddenProperty, f.key_in, MemberPointer());
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
    Fix(RepairKind::kCoerceType, value_in, MemberPointer() + ": " + old + " -> " + replacement);
    out_.resize(value_out);
    out_ += replacement;
  }
  ValueDone();
}

// After the first top-level value, at `i`: more values separated by commas
// or newlines (`1,2`, NDJSON) are collected into one array; `{"a":1}, "b":2}`
// (a `}` too early) reopens the object; a value or word glued to the first
// (`{}{}`, `{}x`) is refused. Returns true when scanning goes on.
bool Scanner::ContinueAfterTop(std::size_t i) {
  if (i >= end_) return false;
  const unsigned char glued = static_cast<unsigned char>(text_[i]);
  if (IsAsciiWordChar(glued) || glued == '{' || glued == '[') {
    Fail("unexpected text right after the JSON value", i);
    return false;
  }
  std::size_t k = i;
  bool newline = false, comma = false;
  while (true) {
    k = SkipInline(k, false);
    if (k < end_ && text_[k] == '\n') {
      newline = true;
      ++k;
    } else if (k < end_ && text_[k] == ',' && !comma) {
      comma = true;
      ++k;
    } else {
      break;
    }
  }
  if (k >= end_ || !(comma || newline)) return false;
  const unsigned char c = static_cast<unsigned char>(text_[k]);
  if (comma && top_container_ && !out_.empty() && out_.back() == '}' && c == '"') {
    // `{"key": "value"}, "key2": "value2"}`: is a key and `:` next?
    const std::string_view window = text_.substr(k + 1, 256);  // keys are short
    const std::size_t close = window.find('"');
    if (close != std::string_view::npos &&
        window.substr(0, close).find('\n') == std::string_view::npos) {
      const std::size_t colon = SkipInline(k + 1 + close + 1, false);
      if (colon < end_ && text_[colon] == ':') {
        Guess(RepairKind::kReopenObject, i - 1, "", "early }");
        out_.pop_back();
        Frame f;
        f.object = true;
        f.state = State::kCommaOrEnd;
        f.emitted = 1;
        f.last_end_out = out_.size();
        f.schema = root_schema_;
        frames_.push_back(std::move(f));
        ++open_objects_;
        top_done_ = false;
        return true;
      }
    }
  }
  Quote q;
  const bool scalar_start = c == '"' || c == '\'' || c == '-' || IsAsciiWordChar(c) ||
                            QuoteAt(text_, k, &q) != 0;
  const bool container_start = c == '{' || c == '[';
  if (!(top_container_ ? container_start : scalar_start || container_start)) return false;
  if (frames_.size() + 1 > options_.max_depth) return false;
  Fix(RepairKind::kMultipleValues, k);
  for (RepairFix& fix : log_) {
    if (fix.uncertain) fix.pointer = "/0" + fix.pointer;
  }
  out_.insert(top_value_out_, 1, '[');
  Frame f;
  f.synthetic = true;
  f.state = State::kCommaOrEnd;
  f.emitted = 1;
  f.index = 1;
  f.last_end_out = out_.size();
  frames_.push_back(std::move(f));
  ++open_arrays_;
  top_done_ = false;
  return true;
}

bool Scanner::Run(std::size_t begin, std::size_t* value_end) {
  std::size_t i = begin;
  while (true) {
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
          if (i + 1 < end_ && (text_[i + 1] == '/' || text_[i + 1] == '*')) {
            i = SkipComment(i);
          } else {
            i = Regex(i);
          }
          break;
        case '#':
          i = SkipComment(i);
          break;
        case '`':
          if (text_.compare(i, 3, "```") == 0) {
            end_ = i;  // a code fence closes: the value was cut off here
          } else {
            i = String(i);
          }
          break;
        case '{': case '[':
          if (Open(c == '{', i)) ++i;
          break;
        case '}': case ']':
          CloseBracket(c == '}', i);
          ++i;
          break;
        case ')':
          if (open_parens_ > 0) {
            --open_parens_;  // closes a code wrapper, logged when it opened
            ++i;
          } else {
            i = Garbage(i);
          }
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
        default: {
          Quote q;
          if (const std::size_t n = UnicodeSpaceAt(i)) {
            Fix(RepairKind::kUnicodeWhitespace, i);
            (pending_comma_ ? pending_ws_ : out_) += ' ';
            i += n;
          } else if (QuoteAt(text_, i, &q)) {
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
    }
    if (failed_) return false;
    if (top_done_ && ContinueAfterTop(i)) continue;
    break;
  }
  if (failed_) return false;
  if (!top_done_) {
    if (frames_.empty()) return Fail("no JSON value found", i);
    // The text ends inside a container. A number or bare word that runs
    // into the cut may itself be cut short.
    if (open_scalar_end_ == end_ && Top().state == State::kCommaOrEnd) {
      Guess(RepairKind::kCloseContainer, end_, MemberPointer(), "value cut off by the end");
    }
    while (!frames_.empty() && !failed_) {
      if (!Top().synthetic) Fix(RepairKind::kCloseContainer, end_);
      CloseTop(end_, true);
    }
    if (failed_) return false;
    i = end_;
  }
  *value_end = i;
  return true;
}

bool ScanValue(std::string_view text, const Region& region, const RepairOptions& options,
               std::string* out, std::vector<RepairFix>* log, std::size_t* value_end,
               RepairError* error) {
  Scanner scanner(text, region, options, out, log, error);
  return scanner.Run(region.begin, value_end);
}

}  // namespace stepcache::checks::repair_internal
