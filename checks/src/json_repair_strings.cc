// Strings for RepairJson's scanner: where a string ends when its quotes
// cannot be trusted, escapes, `+` concatenation, unquoted text and regex
// literals.
//
// Where a string ends. A quote that can close the string closes it when what
// follows fits after a string (`,` `:` a newline, an open bracket, another
// string, a digit, the end, or a `]` `}` `)` that closes something open).
// Otherwise what comes just before the quote decides: after a comma
// (`{"a":"b,"c":1}`) the string ended at that comma and the quote opens the
// next key; after another delimiter (`["a [b" ]`…) the string ended at its
// first delimiter; after plain text (`"a 24" screen"`) the quote is part of
// the text. A string cut off by the end of the text that ends in a
// delimiter (`{"a":"b}`) also ends at its first delimiter. Every such guess is
// logged uncertain with the member's pointer.
#include <string>

#include "json_repair_internal.h"

namespace stepcache::checks::repair_internal {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Where a string whose end quote is missing stops: , [ ] / { } + newline.
bool IsCutChar(unsigned char c) {
  return c == ',' || c == '[' || c == ']' || c == '/' || c == '{' || c == '}' || c == '+' ||
         c == '\n';
}
// Just before a quote, these say the quote opens the next token.
bool IsDelimiterChar(unsigned char c) { return IsCutChar(c) || c == ':' || c == '(' || c == ')'; }

bool IsUrlChar(unsigned char c) {
  return IsAsciiWordChar(c) ||
         std::string_view("-._~:/?#@!&'()*+;=").find(static_cast<char>(c)) != npos;
}

bool IsUrlScheme(std::string_view s) {
  for (const char* scheme : {"http", "https", "ftp", "mailto", "file", "data", "irc"}) {
    if (s == scheme) return true;
  }
  return false;
}

bool Closes(Quote open, Quote found, char c) {
  switch (open) {
    case Quote::kDouble: return c == '"';
    case Quote::kSingle: return c == '\'';
    case Quote::kDoubleLike: return found == Quote::kDouble || found == Quote::kDoubleLike;
    case Quote::kSingleLike: return found == Quote::kSingle || found == Quote::kSingleLike;
  }
  return false;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One output byte for ' ', two for the escaped \t \n \r.
std::size_t WsOutLen(char c) { return c == ' ' ? 1 : 2; }

}  // namespace

std::size_t Scanner::String(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kNone) return Garbage(i);
  Commit(role, i);
  const bool is_key = role == Role::kKey || role == Role::kKeyAfterMissingComma;
  const std::size_t token_out = out_.size();
  const std::size_t log_before = log_.size();
  out_ += '"';
  std::size_t j = StringPiece(i, is_key);
  while (!failed_ && !is_key) {  // "a" + "b"
    const std::size_t plus = SkipInline(j, true);
    if (plus >= end_ || text_[plus] != '+') break;
    const std::size_t next = SkipInline(plus + 1, true);
    Quote kind;
    if (next >= end_ || !QuoteAt(text_, next, &kind)) break;
    Fix(RepairKind::kStringConcatenation, plus);
    out_.pop_back();  // the closing quote of what came before
    j = StringPiece(next, false);
  }
  if (failed_) return j;
  if (is_key) {
    KeyDone(token_out);
    // A guessed key end puts the member in doubt, not its whole object.
    for (std::size_t k = log_before; k < log_.size(); ++k) {
      if (log_[k].uncertain) log_[k].pointer = MemberPointer();
    }
  } else {
    ScalarDone(TokenType::kString, token_out, i);
  }
  return j;
}

Scanner::QuoteMeaning Scanner::MeaningOfQuote(std::size_t content, std::size_t j,
                                              std::size_t len, bool can_cut) const {
  const std::size_t after = j + len;
  // `"The TV is 72""`: a doubled quote whose second half ends the string.
  if (after < end_ && text_[after] == text_[j] && (text_[j] == '"' || text_[j] == '\'')) {
    const std::size_t k = SkipInline(after + 1, false);
    if (k >= end_ || text_[k] == ',' || text_[k] == ':' || text_[k] == '}' || text_[k] == ']' ||
        text_[k] == '\n') {
      return QuoteMeaning::kText;
    }
  }
  const std::size_t k = SkipInline(after, false);
  if (k >= end_) return QuoteMeaning::kClose;
  const unsigned char c = static_cast<unsigned char>(text_[k]);
  Quote q;
  if (c == ',' && !frames_.empty() && frames_.back().object) {
    // In an object a real end is followed by the next key (`"k"` or `k:`)
    // or the end; `"He said "hi", then left"` is text.
    const std::size_t n = SkipInline(k + 1, true);
    if (n >= end_ || text_[n] == '}' || QuoteAt(text_, n, &q)) return QuoteMeaning::kClose;
    std::size_t w = n;
    while (w < end_ && (IsAsciiWordChar(static_cast<unsigned char>(text_[w])) || text_[w] == '-')) ++w;
    if (w > n && w < end_ && text_[w] == '"') ++w;  // `b":` lost its opening quote
    const std::size_t colon = SkipInline(w, false);
    if (w > n && colon < end_ && text_[colon] == ':') return QuoteMeaning::kClose;
  } else if (c == ',' || c == ':' || c == '[' || c == '{' || c == '\n' || c == '+' || c == '(' ||
      c == '/' || c == '`' || IsDigit(c) || QuoteAt(text_, k, &q)) {
    return QuoteMeaning::kClose;
  }
  if ((c == ']' || c == '}') && !frames_.empty()) return QuoteMeaning::kClose;
  if (c == ')' && open_parens_ > 0) return QuoteMeaning::kClose;
  std::size_t p = j;
  while (p > content && IsWs(static_cast<unsigned char>(text_[p - 1]))) --p;
  if (p == content) return QuoteMeaning::kText;
  const unsigned char prev = static_cast<unsigned char>(text_[p - 1]);
  // Only a structural character before the quote says it opens the next
  // token; `:` and parentheses are common in prose (`He said: "hi"`).
  if (!IsCutChar(prev)) return QuoteMeaning::kText;
  if (!can_cut) return QuoteMeaning::kClose;
  if (prev == ',' && !frames_.empty() && frames_.back().object) {
    // `{"a":"b,"c":1}`: the quote opens the next key only if a `"…":`
    // follows; `"lorem, "ipsum" sic"` is text.
    const std::string_view window = text_.substr(after, 256);  // keys are short
    const std::size_t close = window.find(text_[j]);
    if (close == std::string_view::npos ||
        window.substr(0, close).find('\n') != std::string_view::npos) {
      return QuoteMeaning::kText;
    }
    const std::size_t colon = SkipInline(after + close + 1, false);
    if (colon >= end_ || text_[colon] != ':') return QuoteMeaning::kText;
  }
  return prev == ',' ? QuoteMeaning::kCutAtComma : QuoteMeaning::kCutAtDelimiter;
}

std::size_t Scanner::StringPiece(std::size_t i, bool is_key) {
  Quote quote = Quote::kDouble;
  const std::size_t open_len = QuoteAt(text_, i, &quote);
  if (quote == Quote::kSingle) {
    Fix(RepairKind::kSingleQuotes, i);
  } else if (quote != Quote::kDouble) {
    Fix(RepairKind::kTypographicQuotes, i);
  }
  const std::size_t content = i + open_len;
  // Places the string may turn out to end at, each with the output and log
  // sizes there, so a cut rolls both back.
  struct Mark {
    std::size_t in = npos, out = 0, log = 0, len = 0;
  };
  Mark first_cut, last_comma, first_text_quote;
  auto mark = [&](Mark* m, std::size_t at, std::size_t len) {
    m->in = at;
    m->out = out_.size();
    m->log = log_.size();
    m->len = len;
  };
  // Ends the string before `m` (or at the quote `m` when it is one).
  auto cut = [&](const Mark& m, std::size_t scanned, bool at_quote) {
    rescanned_ += scanned > m.in ? scanned - m.in : 0;
    out_.resize(m.out);
    log_.resize(m.log);
    std::size_t stop = m.in;
    if (at_quote) {
      out_ += '"';
      Guess(RepairKind::kCloseString, stop, MemberPointer(), "at a quote");
      return stop + m.len;
    }
    // "https://…" cut at its `//`: the address goes on.
    if (text_[stop] == '/' && stop > content + 1 && text_[stop - 1] == ':' &&
        stop + 1 < end_ && text_[stop + 1] == '/' &&
        IsUrlScheme(text_.substr(content, stop - 1 - content))) {
      while (stop < end_ && IsUrlChar(static_cast<unsigned char>(text_[stop]))) {
        out_ += text_[stop];
        ++stop;
      }
    }
    while (stop > content && IsWs(static_cast<unsigned char>(text_[stop - 1]))) {
      out_.resize(out_.size() - WsOutLen(text_[stop - 1]));
      --stop;
    }
    out_ += '"';
    Guess(RepairKind::kCloseString, stop, MemberPointer(), "at a delimiter");
    return stop;
  };
  auto earliest = [&]() -> const Mark* {
    if (first_text_quote.in != npos && (first_cut.in == npos || first_text_quote.in < first_cut.in)) {
      return &first_text_quote;
    }
    return first_cut.in != npos ? &first_cut : nullptr;
  };

  std::size_t j = content;
  while (true) {
    std::size_t run = j;
    while (run < end_) {
      const unsigned char c = static_cast<unsigned char>(text_[run]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '\'' || c == '`' ||
          IsCutChar(c)) {
        break;
      }
      ++run;
    }
    out_.append(text_.data() + j, run - j);
    j = run;
    const bool can_cut = rescanned_ < rescan_budget_;
    if (j >= end_) {
      std::size_t p = end_;
      while (p > content && IsWs(static_cast<unsigned char>(text_[p - 1]))) --p;
      if (can_cut && p > content && IsDelimiterChar(static_cast<unsigned char>(text_[p - 1]))) {
        if (const Mark* m = earliest()) return cut(*m, end_, m == &first_text_quote);
      }
      const bool cut_escape = cut_escape_ != npos && cut_escape_ >= content;
      std::size_t stop = cut_escape ? cut_escape_ : end_;
      while (stop > content && IsWs(static_cast<unsigned char>(text_[stop - 1]))) {
        out_.resize(out_.size() - WsOutLen(text_[stop - 1]));
        --stop;
      }
      out_ += '"';
      Guess(RepairKind::kCloseString, end_, MemberPointer(), "cut off");
      return cut_escape ? end_ : stop;  // the trailing whitespace stays outside
    }
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    if (c == '\\') {
      j = Escape(j, quote);
      if (failed_) return j;
      continue;
    }
    Quote found;
    const std::size_t qlen = QuoteAt(text_, j, &found);
    if (qlen && Closes(quote, found, text_[j])) {
      const QuoteMeaning meaning =
          is_key ? QuoteMeaning::kClose : MeaningOfQuote(content, j, qlen, can_cut);
      if (meaning == QuoteMeaning::kClose) {
        out_ += '"';
        return j + qlen;
      }
      if (meaning == QuoteMeaning::kCutAtComma && last_comma.in != npos) {
        return cut(last_comma, j + qlen, false);
      }
      if (meaning == QuoteMeaning::kCutAtDelimiter || meaning == QuoteMeaning::kCutAtComma) {
        const Mark* m = earliest();
        if (!m) {
          out_ += '"';
          return j + qlen;
        }
        return cut(*m, j + qlen, m == &first_text_quote);
      }
      if (j == content) {  // `""value"`: a doubled opening quote
        Guess(RepairKind::kUnescapedQuote, j, MemberPointer(), "dropped");
        j += qlen;
        continue;
      }
      if (first_text_quote.in == npos) mark(&first_text_quote, j, qlen);
      Guess(RepairKind::kUnescapedQuote, j, MemberPointer());
      if (text_[j] == '"') {
        out_ += "\\\"";
      } else {
        out_.append(text_.data() + j, qlen);
      }
      j += qlen;
      continue;
    }
    if (IsCutChar(c)) {
      if (first_cut.in == npos) mark(&first_cut, j, 1);
      if (c == ',') mark(&last_comma, j, 1);
      if (c != '\n') {
        out_ += static_cast<char>(c);
        ++j;
        continue;
      }
    }
    if (c == '"') {  // inside a string opened by another kind of quote
      out_ += "\\\"";
      ++j;
    } else if (c == '\'' || c == '`') {
      out_ += static_cast<char>(c);
      ++j;
    } else if (c < 0x20) {
      const char* escaped = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
                          : c == '\b' ? "\\b" : c == '\f' ? "\\f" : nullptr;
      if (!escaped) {
        static const char kHex[] = "0123456789abcdef";
        return Fail(std::string("raw control character U+00") + kHex[c >> 4] + kHex[c & 15] +
                        " in a string", j), j;
      }
      Fix(RepairKind::kControlCharInString, j);
      out_ += escaped;
      ++j;
    } else {
      j = CopyUtf8Char(j, text_.size());
    }
  }
}

std::size_t Scanner::Escape(std::size_t j, Quote quote) {
  if (j + 1 >= end_) {  // a lone backslash where the text was cut: dropped
    cut_escape_ = j;
    Fix(RepairKind::kInvalidEscape, j, "cut off");
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
    case '\n':  // a backslash ending the line: the newline is meant
      Fix(RepairKind::kInvalidEscape, j);
      out_ += "\\n";
      return j + 2;
    case 'u': {
      std::size_t hex = 0;
      while (hex < 4 && j + 2 + hex < end_ && HexValue(text_[j + 2 + hex]) >= 0) ++hex;
      if (hex < 4) {
        if (j + 2 + hex >= end_) {  // cut off inside the escape: dropped
          cut_escape_ = j;
          Fix(RepairKind::kInvalidEscape, j, "cut off");
          return end_;
        }
        Fail("invalid \\u escape in a string", j);
        return j;
      }
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

// Copies the UTF-8 character at j (ending by `to`) into the output, or U+FFFD
// for a byte that starts no valid sequence; returns where the next one starts.
std::size_t Scanner::CopyUtf8Char(std::size_t j, std::size_t to) {
  const std::size_t n = Utf8SequenceLength(text_.substr(0, to), j);
  if (n == 0) {
    Fix(RepairKind::kInvalidUtf8, j);
    out_ += "\xEF\xBF\xBD";
    return j + 1;
  }
  out_.append(text_.data() + j, n);
  return j + n;
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
      j = CopyUtf8Char(j, to);
    }
  }
}

// Unquoted text as a value runs to the next `,` `}` `]`, line end or
// comment, or to a `"` that ends it (`[a", "b"]`: the opening quote was
// missed). At the top level it is the whole line, and text holding brackets
// there is prose this repair does not read.
std::size_t Scanner::BareString(std::size_t i) {
  const Role role = DecideRole(false, true);
  if (role == Role::kNone) return Garbage(i);
  const bool top = frames_.empty();
  std::size_t j = i;
  bool stray_quote = false;
  while (j < end_) {
    const char c = text_[j];
    if (c == ',' && top && text_.substr(i, j - i).find(' ') != std::string_view::npos) {
      ++j;  // `I am sorry, I cannot`: a sentence, not a list of words
      continue;
    }
    if (c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r') break;
    if (top && (c == '{' || c == '[')) break;
    if (c == '/' && j + 1 < end_ &&
        (text_[j + 1] == '*' || (text_[j + 1] == '/' && (j == i || text_[j - 1] != ':')))) {
      break;
    }
    if (c == ')' && open_parens_ > 0) break;
    if (c == '"') {
      const std::size_t k = SkipInline(j + 1, false);
      if (k >= end_ || text_[k] == ',' || text_[k] == ':' || text_[k] == '}' ||
          text_[k] == ']' || text_[k] == '\n') {
        stray_quote = true;
        break;
      }
    }
    ++j;
  }
  if (top && text_.substr(i).find_first_of("{}[]") != std::string_view::npos) {
    // Prose that holds brackets but no value a bracket could start.
    Fail("no JSON value found (unquoted text)", i);
    return i;
  }
  std::size_t stop = j;
  while (stop > i && IsWs(static_cast<unsigned char>(text_[stop - 1]))) --stop;
  Fix(RepairKind::kUnquotedString, i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  out_ += '"';
  AppendStringContent(i, stop);
  out_ += '"';
  open_scalar_end_ = stop;
  ScalarDone(TokenType::kString, token_out, i);
  return stray_quote ? j + 1 : stop;
}

// `/ab+c/i` where a value belongs: kept as the string "/ab+c/i".
std::size_t Scanner::Regex(std::size_t i) {
  const Role role = DecideRole(false, true);
  if (role == Role::kNone) return Garbage(i);
  std::size_t j = i + 1;
  while (j < end_ && text_[j] != '/' && text_[j] != '\n') j += text_[j] == '\\' && j + 1 < end_ ? 2 : 1;
  if (j >= end_ || text_[j] != '/' || j == i + 1) return Garbage(i);
  ++j;
  while (j < end_ && ((text_[j] >= 'a' && text_[j] <= 'z') || (text_[j] >= 'A' && text_[j] <= 'Z'))) ++j;
  Fix(RepairKind::kRegexLiteral, i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  out_ += '"';
  AppendStringContent(i, j);
  out_ += '"';
  ScalarDone(TokenType::kString, token_out, i);
  return j;
}

}  // namespace stepcache::checks::repair_internal
