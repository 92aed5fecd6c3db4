// kJson: one step per member/element, with an explicit stack instead of
// recursion. ParseJson validates first (UTF-8, depth, syntax), so the walk
// below only has to find boundaries; it still checks every token it reads and
// reports an error rather than trusting that validation.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "json_grammar.h"
#include "segmenters.h"
#include "stepcache/grammars/json_extract.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::grammars::internal {
namespace {

namespace pegtl = tao::pegtl;
namespace jg = json_grammar;

// Decodes a member name into UTF-8 while PEGTL matches it.
struct KeyDecoder {
  std::string out;
  unsigned pending_high = 0;  // a high surrogate waiting for its low half

  void AppendCodePoint(unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as in most decoders.
  void FlushPending() {
    if (pending_high != 0) AppendCodePoint(0xFFFD);
    pending_high = 0;
  }
};

template <typename Rule>
struct DecodeAction : pegtl::nothing<Rule> {};

template <>
struct DecodeAction<jg::plain_run> {
  template <typename Input>
  static void apply(const Input& in, KeyDecoder& d) {
    d.FlushPending();
    d.out.append(in.begin(), in.size());
  }
};

template <>
struct DecodeAction<jg::simple_escape> {
  template <typename Input>
  static void apply(const Input& in, KeyDecoder& d) {
    d.FlushPending();
    switch (*in.begin()) {
      case 'b': d.out += '\b'; break;
      case 'f': d.out += '\f'; break;
      case 'n': d.out += '\n'; break;
      case 'r': d.out += '\r'; break;
      case 't': d.out += '\t'; break;
      default: d.out += *in.begin(); break;  // " \ /
    }
  }
};

template <>
struct DecodeAction<jg::unicode_escape> {
  template <typename Input>
  static void apply(const Input& in, KeyDecoder& d) {
    unsigned unit = 0;
    for (const char* p = in.begin() + 1; p != in.end(); ++p) {
      const char h = *p;
      unit = unit * 16 + static_cast<unsigned>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    if (unit >= 0xD800 && unit < 0xDC00) {
      d.FlushPending();
      d.pending_high = unit;
    } else if (unit >= 0xDC00 && unit < 0xE000) {
      if (d.pending_high != 0) {
        d.AppendCodePoint(0x10000 + ((d.pending_high - 0xD800) << 10) + (unit - 0xDC00));
        d.pending_high = 0;
      } else {
        d.AppendCodePoint(0xFFFD);
      }
    } else {
      d.FlushPending();
      d.AppendCodePoint(unit);
    }
  }
};

struct Frame {
  bool is_object;
  std::size_t next_index;  // arrays: index of the next element
  std::string pointer;
};

class JsonWalker {
 public:
  JsonWalker(std::string_view text, std::size_t value_begin, std::size_t value_end,
             std::size_t json_depth, Steps* steps)
      : text_(text),
        in_(text.data() + value_begin, text.data() + value_end, ""),
        json_depth_(json_depth < 1 ? 1 : json_depth),
        steps_(steps) {}

  bool Walk(SegmentError* error);

 private:
  std::size_t Offset() const { return static_cast<std::size_t>(in_.current() - text_.data()); }
  char Peek() { return in_.empty() ? '\0' : in_.peek_char(); }
  void SkipBlanks() { pegtl::parse<jg::blanks>(in_); }
  bool Fail(const char* what, SegmentError* error) {
    if (error) *error = {std::string(what), Offset()};
    return false;
  }
  // True when the container at the cursor ('{' or '[') has no children.
  bool ContainerIsEmpty();
  // Moves past one complete value; nesting is counted, never recursed.
  bool SkipValue();

  std::string_view text_;
  SliceInput in_;
  std::size_t json_depth_;
  Steps* steps_;
};

bool JsonWalker::ContainerIsEmpty() {
  SliceInput probe(in_.current() + 1, in_.end(), "");
  pegtl::parse<jg::blanks>(probe);
  return !probe.empty() && (probe.peek_char() == '}' || probe.peek_char() == ']');
}

bool JsonWalker::SkipValue() {
  if (pegtl::parse<jg::scalar>(in_)) return true;
  std::size_t depth = 0;
  do {
    if (in_.empty()) return false;
    const char c = in_.peek_char();
    if (c == '"') {
      if (!pegtl::parse<jg::quoted_string>(in_)) return false;
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return false;
      --depth;
    } else if (depth == 0) {
      return false;  // not a value at all
    }
    in_.bump(1);
  } while (depth > 0);
  return true;
}

bool JsonWalker::Walk(SegmentError* error) {
  SkipBlanks();
  const std::size_t top_begin = Offset();
  const char first = Peek();
  if ((first != '{' && first != '[') || ContainerIsEmpty()) {
    // A scalar or an empty container is the whole document: one step.
    if (!SkipValue()) return Fail("expected a JSON value", error);
    AddStep(text_, StepKind::kElement, top_begin, Offset(), steps_).pointer = "";
    return true;
  }
  std::vector<Frame> stack;
  stack.push_back({first == '{', 0, ""});
  steps_->reserve(16);  // a typical answer's members, without regrowing
  in_.bump(1);
  while (!stack.empty()) {
    SkipBlanks();
    Frame& frame = stack.back();
    const char c = Peek();
    if (c == (frame.is_object ? '}' : ']')) {
      in_.bump(1);
      stack.pop_back();
      continue;
    }
    if (c == ',') {
      in_.bump(1);
      continue;
    }
    const std::size_t child_begin = Offset();
    std::string pointer = frame.pointer;
    StepKind kind = StepKind::kElement;
    if (frame.is_object) {
      KeyDecoder key;
      if (!pegtl::parse<jg::quoted_string, DecodeAction>(in_, key)) {
        return Fail("expected a member name", error);
      }
      key.FlushPending();
      SkipBlanks();
      if (!pegtl::parse<jg::name_separator>(in_)) return Fail("expected ':'", error);
      SkipBlanks();
      pointer += '/';
      bool plain = true;
      for (char k : key.out) plain = plain && k != '~' && k != '/';
      if (plain) {
        pointer += key.out;  // nothing to escape
      } else {
        pointer += EscapePointerToken(key.out);
      }
      kind = StepKind::kMember;
    } else {
      pointer = AppendPointer(pointer, frame.next_index++);
    }
    const char v = Peek();
    if ((v == '{' || v == '[') && stack.size() < json_depth_ && !ContainerIsEmpty()) {
      in_.bump(1);
      stack.push_back({v == '{', 0, std::move(pointer)});  // `frame` is dead from here
      continue;
    }
    if (!SkipValue()) return Fail("expected a JSON value", error);
    AddStep(text_, kind, child_begin, Offset(), steps_).pointer = std::move(pointer);
  }
  return true;
}

// The walk above without PEGTL: the same token rules (json_grammar.h) read
// byte by byte, which is several times cheaper per byte than matching them
// through the parser's rule templates. It gives up (false) on anything it
// does not read the common way — a member name with an escape, any token
// that does not match — and the caller then runs JsonWalker from the start,
// so every error and every decoded name stays JsonWalker's own.
class FastJsonWalker {
 public:
  FastJsonWalker(std::string_view text, std::size_t value_begin, std::size_t value_end,
                 std::size_t json_depth, Steps* steps)
      : text_(text),
        p_(text.data() + value_begin),
        end_(text.data() + value_end),
        json_depth_(json_depth < 1 ? 1 : json_depth),
        steps_(steps) {}

  bool Walk();

 private:
  struct FastFrame {
    bool is_object;
    std::size_t next_index;
    std::string pointer;
  };
  // ' ', '\t', '\n' or '\r': one compare and one bit test.
  static bool Blank(char c) {
    constexpr std::uint64_t kBlanks =
        (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\t') | (std::uint64_t{1} << '\n') | (std::uint64_t{1} << '\r');
    const unsigned char u = static_cast<unsigned char>(c);
    return u <= ' ' && ((kBlanks >> u) & 1) != 0;
  }
  static bool Digit(char c) { return c >= '0' && c <= '9'; }
  static bool XDigit(char c) { return Digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
  std::size_t Offset() const { return static_cast<std::size_t>(p_ - text_.data()); }
  char Peek() const { return p_ == end_ ? '\0' : *p_; }
  void SkipBlanks() {
    while (p_ != end_ && Blank(*p_)) ++p_;
  }
  // The first byte at or after `p` (before end_) that the walk must look
  // at, or end_: in a string a quote or a backslash, outside one a quote,
  // a bracket or a brace. Plain bytes are skipped 16 at a time where SSE2
  // is there (always on x86-64), never reading past end_.
  template <bool kInString>
  static bool IsStop(char c) {
    if (kInString) return c == '"' || c == '\\';
    return c == '"' || c == '{' || c == '[' || c == '}' || c == ']';
  }
  template <bool kInString>
  const char* NextStop(const char* p) const {
#if defined(__SSE2__)
    while (end_ - p >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      __m128i hit = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
      if (kInString) {
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      } else {
        // '[' and '{' (0x5B, 0x7B), ']' and '}' (0x5D, 0x7D) differ only in bit 0x20.
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                             _mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))));
      }
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (mask != 0) return p + __builtin_ctz(mask);
      p += 16;
    }
#endif
    while (p != end_ && !IsStop<kInString>(*p)) ++p;
    return p;
  }
  // jg::quoted_string at the cursor; *escaped is set when it holds an escape.
  bool QuotedString(bool* escaped) {
    const char* p = p_;
    if (p == end_ || *p != '"') return false;
    ++p;
    while (true) {
      p = NextStop<true>(p);
      if (p == end_) return false;
      if (*p == '"') {
        p_ = p + 1;
        return true;
      }
      // A backslash.
      if (end_ - p < 2) return false;
      const char e = p[1];
      if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
        p += 2;
      } else if (e == 'u' && end_ - p >= 6 && XDigit(p[2]) && XDigit(p[3]) && XDigit(p[4]) && XDigit(p[5])) {
        p += 6;
      } else {
        return false;
      }
      *escaped = true;
    }
  }
  // jg::number at the cursor.
  bool Number() {
    const char* p = p_;
    if (p != end_ && *p == '-') ++p;
    if (p == end_) return false;
    if (*p == '0') {
      ++p;
    } else if (*p >= '1' && *p <= '9') {
      while (p != end_ && Digit(*p)) ++p;
    } else {
      return false;
    }
    if (end_ - p >= 2 && *p == '.' && Digit(p[1])) {
      p += 2;
      while (p != end_ && Digit(*p)) ++p;
    }
    if (p != end_ && (*p == 'e' || *p == 'E')) {
      const char* q = p + 1;
      if (q != end_ && (*q == '+' || *q == '-')) ++q;
      if (q != end_ && Digit(*q)) {
        while (q != end_ && Digit(*q)) ++q;
        p = q;
      }
    }
    p_ = p;
    return true;
  }
  bool Literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }
  bool Scalar() {
    bool escaped = false;
    return QuotedString(&escaped) || Number() || Literal("true") || Literal("false") || Literal("null");
  }
  bool ContainerIsEmpty() const {
    const char* p = p_ + 1;
    while (p != end_ && Blank(*p)) ++p;
    return p != end_ && (*p == '}' || *p == ']');
  }
  bool SkipValue() {
    if (Scalar()) return true;
    // Not a scalar: an object or an array, or no value at all.
    if (p_ == end_ || (*p_ != '{' && *p_ != '[')) return false;
    ++p_;
    std::size_t depth = 1;
    // Inside, only quotes, brackets and braces matter.
    while (depth > 0) {
      p_ = NextStop<false>(p_);
      if (p_ == end_) return false;
      const char c = *p_;
      if (c == '"') {
        bool escaped = false;
        if (!QuotedString(&escaped)) return false;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else {
        --depth;  // '}' or ']' (depth > 0 here)
      }
      ++p_;
    }
    return true;
  }

  std::string_view text_;
  const char* p_;
  const char* end_;
  std::size_t json_depth_;
  Steps* steps_;
};

bool FastJsonWalker::Walk() {
  SkipBlanks();
  const std::size_t top_begin = Offset();
  const char first = Peek();
  if ((first != '{' && first != '[') || ContainerIsEmpty()) {
    if (!SkipValue()) return false;
    AddStep(text_, StepKind::kElement, top_begin, Offset(), steps_).pointer = "";
    return true;
  }
  std::vector<FastFrame> stack;
  stack.push_back({first == '{', 0, ""});
  steps_->reserve(16);
  ++p_;
  while (!stack.empty()) {
    SkipBlanks();
    FastFrame& frame = stack.back();
    const char c = Peek();
    if (c == (frame.is_object ? '}' : ']')) {
      ++p_;
      stack.pop_back();
      continue;
    }
    if (c == ',') {
      ++p_;
      continue;
    }
    const std::size_t child_begin = Offset();
    std::string pointer = frame.pointer;
    StepKind kind = StepKind::kElement;
    if (frame.is_object) {
      const char* name = p_ + 1;
      bool escaped = false;
      if (!QuotedString(&escaped) || escaped) return false;  // an escaped name: JsonWalker decodes it
      const std::string_view key(name, static_cast<std::size_t>(p_ - 1 - name));
      SkipBlanks();
      if (Peek() != ':' || p_ == end_) return false;
      ++p_;
      SkipBlanks();
      pointer += '/';
      bool escape = false;  // no early exit: names are short
      for (char k : key) escape |= (k == '~') | (k == '/');
      if (!escape) {
        pointer += key;
      } else {
        pointer += EscapePointerToken(std::string(key));
      }
      kind = StepKind::kMember;
    } else {
      pointer = AppendPointer(pointer, frame.next_index++);
    }
    const char v = Peek();
    if ((v == '{' || v == '[') && stack.size() < json_depth_ && !ContainerIsEmpty()) {
      ++p_;
      stack.push_back({v == '{', 0, std::move(pointer)});
      continue;
    }
    if (!SkipValue()) return false;
    AddStep(text_, kind, child_begin, Offset(), steps_).pointer = std::move(pointer);
  }
  return true;
}

// The steps of the value text[value_begin, value_end): FastJsonWalker's,
// or JsonWalker's whenever the fast walk gives up.
bool WalkJson(std::string_view text, std::size_t value_begin, std::size_t value_end, std::size_t json_depth,
              Steps* steps, SegmentError* error) {
  const std::size_t before = steps->size();
  if (FastJsonWalker(text, value_begin, value_end, json_depth, steps).Walk()) return true;
  steps->resize(before);
  return JsonWalker(text, value_begin, value_end, json_depth, steps).Walk(error);
}

std::size_t SkipLeadingBlanks(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  return i;
}

// Whether a JSON text can start with byte `c`: a value's first byte, or
// the first of a UTF-8 byte-order mark (ParseJson skips a whole one). The
// parser rejects anything else at once, whatever follows.
bool CanStartJson(char c) {
  return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' ||
         c == 'n' || c == '\xEF';
}

}  // namespace

bool SegmentJson(std::string_view text, const SegmentOptions& options, Steps* steps,
                 SegmentError* error, SegmentedJson* json) {
  const std::size_t begin = SkipLeadingBlanks(text);
  std::size_t end = text.size();
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' ||
                         text[end - 1] == '\n' || text[end - 1] == '\r')) {
    --end;
  }
  JsonLimits limits;
  limits.max_bytes = options.max_bytes;
  // A document of its own only when the caller gives none (constructing
  // one allocates its allocator).
  std::optional<rapidjson::Document> own;
  auto scratch = [&]() -> rapidjson::Document& { return own ? *own : own.emplace(); };
  rapidjson::Document& doc = json != nullptr && json->document != nullptr ? *json->document : scratch();
  JsonError parse_error;
  // The whole (trimmed) text first; a text no JSON value can start (a fence,
  // prose) skips that parse, which could only fail, unless nothing is found
  // inside it either and the error is wanted.
  const bool whole_may_parse = begin < end && CanStartJson(text[begin]);
  JsonNumberTexts* texts = json != nullptr ? json->number_texts : nullptr;
  if (whole_may_parse && ParseJson(text.substr(begin, end - begin), doc, &parse_error, limits, texts)) {
    if (json != nullptr) {
      json->begin = begin;
      json->end = end;
    }
    return WalkJson(text, begin, end, options.json_depth, steps, error);
  }
  // Not bare JSON: a model answer may wrap the value in prose or fences.
  std::optional<JsonSpan> span = ExtractJson(text, &doc, texts);
  if (!span) {
    if (!whole_may_parse) ParseJson(text.substr(begin, end - begin), scratch(), &parse_error, limits);
    if (error) *error = {"not JSON: " + parse_error.message, begin + parse_error.offset};
    return false;
  }
  if (json != nullptr) {
    json->begin = span->begin;
    json->end = span->end;
  }
  return WalkJson(text, span->begin, span->end, options.json_depth, steps, error);
}

}  // namespace stepcache::grammars::internal
