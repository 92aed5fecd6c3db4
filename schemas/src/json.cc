// RapidJSON's SSE2 scanners for whitespace and unescaped string runs, as in
// stream_validator.cc (the two files are the in-situ parsers: both must see
// the same SkipWhitespace for InsituStringStream). SSE2 is part of every
// x86-64 CPU.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42)
#define RAPIDJSON_SSE2
#endif

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"

#include "decimal.h"
#include "json_text.h"

#include <algorithm>
#include <charconv>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_set>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache {

using schemas::Compare;
using schemas::Decimal;
using schemas::internal::IsNumberChar;

std::string JsonError::ToString() const {
  return message + " at byte " + std::to_string(offset);
}

namespace {

bool Fail(JsonError* error, std::string message, std::size_t offset) {
  if (error) {
    error->message = std::move(message);
    error->offset = offset;
  }
  return false;
}

// Where the next byte at or after `p` (before `end`) that the pre-scan must
// look at stands, or `end`: outside a string a quote, a bracket, a brace or
// a NUL; inside one a quote, a backslash or a NUL. Plain bytes are skipped
// 16 at a time where SSE2 is there (always on x86-64), else one by one.
template <bool kInString>
inline bool IsScanStop(unsigned char c) {
  if (kInString) return c == '"' || c == '\\' || c == '\0';
  return c == '"' || (c | 0x20) == '{' || (c | 0x20) == '}' || c == '\0';
}

template <bool kInString>
const char* NextScanStop(const char* p, const char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_setzero_si128()));
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
  while (p != end && !IsScanStop<kInString>(static_cast<unsigned char>(*p))) ++p;
  return p;
}

// What one look at every byte tells: whether the text holds a backslash or
// a NUL, how many '[' and '{' it holds (in strings too), whether every byte
// is ASCII, and whether a byte from 0x18 to 0x1F stands anywhere (the
// SSE2 string scanner of this RapidJSON lets 0x1A-0x1F through in a string,
// which the byte-by-byte reader refuses). Sixteen bytes at a time where
// SSE2 is there.
struct ByteSummary {
  bool backslash_or_nul = false;
  bool ascii = true;
  bool high_control = false;
  std::size_t openers = 0;
};

ByteSummary SummarizeBytes(std::string_view text) {
  ByteSummary summary;
  const char* p = text.data();
  const char* const end = p + text.size();
  unsigned char any = 0;
#if defined(__SSE2__)
  __m128i special = _mm_setzero_si128();
  __m128i all = _mm_setzero_si128();
  __m128i control = _mm_setzero_si128();
  // Openers are counted per byte lane (each match adds one, as 0 - -1) and
  // summed across lanes every 255 blocks, before a lane could wrap.
  __m128i lanes = _mm_setzero_si128();
  unsigned blocks = 0;
  auto add_lanes = [&] {
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    summary.openers += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                       static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    lanes = _mm_setzero_si128();
    blocks = 0;
  };
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    all = _mm_or_si128(all, v);
    control = _mm_or_si128(control, _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xF8))),
                                                   _mm_set1_epi8(0x18)));
    special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')),
                                                 _mm_cmpeq_epi8(v, _mm_setzero_si128())));
    // '[' (0x5B) and '{' (0x7B) differ only in bit 0x20.
    const __m128i opener = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('{'));
    lanes = _mm_sub_epi8(lanes, opener);
    if (++blocks == 255) add_lanes();
  }
  add_lanes();
  summary.backslash_or_nul = _mm_movemask_epi8(special) != 0;
  summary.high_control = _mm_movemask_epi8(control) != 0;
  any = _mm_movemask_epi8(all) != 0 ? 0x80 : 0;
#endif
  for (; p != end; ++p) {
    const char c = *p;
    any |= static_cast<unsigned char>(c);
    if (c == '\\' || c == '\0') summary.backslash_or_nul = true;
    if (c == '[' || c == '{') ++summary.openers;
    if ((c & 0xF8) == 0x18) summary.high_control = true;
  }
  summary.ascii = (any & 0x80) == 0;
  return summary;
}

// One pass before RapidJSON: finds nesting deeper than `max_depth` (so a
// hostile document never reaches a recursive walk) and "\u" escapes that
// would decode to a lone surrogate, which RapidJSON lets through as bytes
// that are not UTF-8. It looks only at quotes, brackets, braces, NULs and
// backslashes; the bytes between them are skipped in bulk. A text without
// a backslash or a NUL and with no more openers than `max_depth` (the
// usual answer: `summary` tells) passes without that walk: it has no
// escape, and no nesting deeper than its openers.
bool PreScan(std::string_view text, std::size_t max_depth, const ByteSummary& summary, JsonError* error) {
  // RapidJSON skips a byte-order mark byte by byte, so a lone 0xEF, 0xBB or
  // 0xBF would vanish; only the whole mark may stand first.
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (!bom && !text.empty() && (text[0] == '\xEF' || text[0] == '\xBB' || text[0] == '\xBF')) {
    return Fail(error, "invalid byte before the value", 0);
  }
  if (!summary.backslash_or_nul && summary.openers <= max_depth) return true;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin;
  std::size_t depth = 0;
  for (;;) {
    p = NextScanStop<false>(p, end);
    if (p == end) return true;
    const char c = *p;
    // RapidJSON reads a NUL as the end of input and would accept "1\0junk".
    if (c == '\0') return Fail(error, "NUL byte in JSON text", static_cast<std::size_t>(p - begin));
    if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return Fail(error, "nesting deeper than the limit of " + std::to_string(max_depth),
                    static_cast<std::size_t>(p - begin));
      }
      ++p;
      continue;
    }
    if (c == ']' || c == '}') {
      if (depth > 0) --depth;
      ++p;
      continue;
    }
    // A string: up to its closing quote.
    for (++p;;) {
      p = NextScanStop<true>(p, end);
      if (p == end) return true;
      const std::size_t i = static_cast<std::size_t>(p - begin);
      if (*p == '"') {
        ++p;
        break;
      }
      if (*p == '\0') return Fail(error, "NUL byte in JSON text", i);
      const int unit = schemas::internal::JsonEscapedUnit(text, i);
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return Fail(error, "lone low surrogate escape in string", i);
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int low = schemas::internal::JsonEscapedUnit(text, i + 6);
        if (low < 0xDC00 || low > 0xDFFF) {
          return Fail(error, "high surrogate escape not followed by a low surrogate", i);
        }
        p += 12;  // both escapes
      } else {
        // The backslash and the escaped byte, unlooked at (the rest of
        // \uXXXX is plain hex).
        p += end - p >= 2 ? 2 : end - p;
      }
    }
  }
}

}  // namespace

namespace {


// RapidJSON reads a mutable, NUL-terminated copy of the text in place
// (kParseInsituFlag): no bounds test per byte and no copy of each string
// through the reader's stack; the handler copies strings into the document.
// The pre-scan has refused any NUL inside the text except one right after a
// backslash, which RapidJSON reads here as it read it from the text (an
// invalid escape), and the terminator stands where the text ends, where a
// bounded stream reads NUL too: every byte RapidJSON sees is the same, and
// so are its events, errors and offsets (Tell counts from the first byte,
// byte-order mark included).
using InputStream = rapidjson::InsituStringStream;

// The powers of ten that are doubles exactly.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The JSON number at the start of `t` read once, by the grammar RapidJSON
// has checked (-?int(.digits)?([eE][+-]?digits)?): its length, its
// significant digits as SignificantDigits counts them and, when there are at
// most 19 of them and the exponent is not absurd, its value
// ±mantissa × 10^exponent exactly.
struct NumberParts {
  std::uint64_t mantissa = 0;
  std::int64_t exponent = 0;
  std::size_t length = 0;
  std::uint32_t significant = 0;
  bool exact = false;
  bool negative = false;
};

inline NumberParts ReadNumberParts(std::string_view t) {
  NumberParts n;
  const char* const begin = t.data();
  const char* const end = begin + t.size();
  const char* q = begin;
  if (q != end && *q == '-') {
    n.negative = true;
    ++q;
  }
  const char* const digits = q;
  std::uint64_t mantissa = 0;
  std::uint32_t significant = 0;
  for (; q != end && *q >= '0' && *q <= '9'; ++q) {
    if (significant == 0 && *q == '0') continue;
    if (significant < 19) mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
    ++significant;
  }
  bool exact = q != digits && significant <= 19;
  std::int64_t exponent = 0;
  if (end - q >= 2 && *q == '.' && q[1] >= '0' && q[1] <= '9') {
    for (++q; q != end && *q >= '0' && *q <= '9'; ++q) {
      if (significant == 0 && *q == '0') {
        --exponent;
        continue;
      }
      if (significant < 19) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
        --exponent;
      }
      ++significant;
    }
    exact = exact && significant <= 19;
  }
  if (q != end && (*q == 'e' || *q == 'E')) {
    const char* r = q + 1;
    bool minus = false;
    if (r != end && (*r == '+' || *r == '-')) minus = *r++ == '-';
    if (r != end && *r >= '0' && *r <= '9') {
      std::int64_t e = 0;
      for (; r != end && *r >= '0' && *r <= '9'; ++r) {
        if (e > 1000000000) exact = false;  // far beyond any double: no exact value kept
        else e = e * 10 + (*r - '0');
      }
      exponent += minus ? -e : e;
      q = r;
    }
  }
  n.mantissa = mantissa;
  n.exponent = exponent;
  n.length = static_cast<std::size_t>(q - begin);
  n.significant = significant;
  n.exact = exact;
  return n;
}

// The correctly rounded double of a number's text. A mantissa of at most
// 2^53 and a power of ten of at most 22 are both doubles exactly, so one
// multiplication or division rounds correctly (Clinger's fast path); other
// texts go to ReadJsonDouble. False when `t` is not a number's text.
inline bool ReadDouble(std::string_view t, const NumberParts& n, double* d) {
  if (n.exact && n.length == t.size() && n.mantissa <= (std::uint64_t{1} << 53) && n.exponent >= -22 &&
      n.exponent <= 22) {
    double v = static_cast<double>(n.mantissa);
    v = n.exponent < 0 ? v / kPow10[-n.exponent] : v * kPow10[n.exponent];
    *d = n.negative ? -v : v;
    return true;
  }
  return schemas::internal::ReadJsonDouble(t, d);
}

// Forwards every SAX event to the document but settles doubles itself:
// RapidJSON's default conversion is not correctly rounded, and its
// full-precision mode has undefined behaviour on some inputs. Integers that
// fit 64 bits are exact as RapidJSON reads them; for every other number the
// text (found from the stream position, which is just past it when the
// handler is called) is converted by ReadDouble. Strings arrive pointing
// into the in-situ buffer and are copied into the document.
class NumberReadingHandler {
 public:
  NumberReadingHandler(rapidjson::Document& doc, JsonNumberTexts* texts, std::string_view text,
                       InputStream& is)
      : doc_(doc), texts_(texts), text_(text), is_(is) {}

  bool Null() { return doc_.Null(); }
  bool Bool(bool b) { return doc_.Bool(b); }
  bool Int(int i) { return i == 0 ? Zero() : doc_.Int(i); }
  bool Uint(unsigned i) { return i == 0 ? Zero() : doc_.Uint(i); }
  bool Int64(std::int64_t i) { return i == 0 ? Zero() : doc_.Int64(i); }
  bool Uint64(std::uint64_t i) { return i == 0 ? Zero() : doc_.Uint64(i); }
  bool String(const char* s, rapidjson::SizeType n, bool) { return doc_.String(s, n, true); }
  bool StartObject() { return doc_.StartObject(); }
  bool Key(const char* s, rapidjson::SizeType n, bool) { return doc_.Key(s, n, true); }
  bool EndObject(rapidjson::SizeType n) { return doc_.EndObject(n); }
  bool StartArray() { return doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return doc_.EndArray(n); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }  // not requested

  bool Double(double) {
    NumberParts n;
    const std::string_view t = NumberText(&n);
    double d = 0;
    if (!ReadDouble(t, n, &d)) return false;
    if (!std::isfinite(d)) {
      too_big_ = true;
      return false;
    }
    // A text of at most 15 significant digits is the shortest form of its
    // (normal) double, so Decimal::FromDouble recovers it; only longer ones
    // may need keeping. Below the normal range (subnormals, underflow to 0)
    // fewer digits survive, so such texts are checked too.
    // An integer literal comes here only beyond 64 bits: its text is kept
    // whatever its digits (1e20 would be written 100000000000000000000.0,
    // a float to a reader of an integer member).
    if (texts_ && t.find_first_of(".eE") == std::string_view::npos) {
      pending_.emplace_back(doubles_, std::string(t));
    } else if (texts_ && (n.significant > 15 || (n.significant > 0 && std::fabs(d) < DBL_MIN))) {
      Decimal written;
      if (Decimal::Parse(t, &written) && Compare(written, Decimal::FromDouble(d)) != 0)
        pending_.emplace_back(doubles_, std::string(t));
    }
    ++doubles_;
    return doc_.Double(d);
  }

  bool too_big() const { return too_big_; }
  std::vector<std::pair<std::size_t, std::string>>& pending() { return pending_; }

 private:
  // The text of the number just read, and *n (if given) read from it.
  // While RapidJSON reads a number from its local copy of an in-situ
  // stream, the stream still stands at the number's first byte; a stream
  // read in place would stand just past its last byte. Either is handled.
  std::string_view NumberText(NumberParts* n = nullptr) {
    const std::size_t at = std::min(is_.Tell(), text_.size());
    if (at > 0 && IsNumberChar(text_[at - 1])) {
      std::size_t begin = at;
      while (begin > 0 && IsNumberChar(text_[begin - 1])) --begin;
      const std::string_view t = text_.substr(begin, at - begin);
      if (n) *n = ReadNumberParts(t);
      return t;
    }
    const NumberParts parts = ReadNumberParts(text_.substr(at));
    if (n) *n = parts;
    return text_.substr(at, parts.length);
  }
  // "-0" is the double -0.0 (it keeps its sign), every other zero an integer.
  bool Zero() {
    if (NumberText() == "-0") {
      ++doubles_;
      return doc_.Double(-0.0);
    }
    return doc_.Uint(0);
  }

  rapidjson::Document& doc_;
  JsonNumberTexts* texts_;
  std::string_view text_;
  InputStream& is_;  // (its Tell is not const)
  bool too_big_ = false;
  std::size_t doubles_ = 0;
  // (ordinal among the document's doubles, text): values move while the
  // document is built, so texts are attached to addresses afterwards.
  std::vector<std::pair<std::size_t, std::string>> pending_;
};

// Calls fn(value) for each double of `root` in document order (members and
// items in order: the order the parser meets them and Accept writes them),
// while fn returns true. Without recursion.
template <typename Fn>
void ForEachDouble(const rapidjson::Value& root, Fn fn) {
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      for (auto it = v->End(); it != v->Begin();) stack.push_back(&*--it);
    } else if (v->IsObject()) {
      for (auto it = v->MemberEnd(); it != v->MemberBegin();) stack.push_back(&(--it)->value);
    } else if (v->IsDouble() && !fn(v)) {
      return;
    }
  }
}

// Files each pending text under its value's final address, counting the
// document's doubles as the parser met them.
void AttachTexts(const rapidjson::Value& root, std::vector<std::pair<std::size_t, std::string>>& pending,
                 JsonNumberTexts* texts) {
  std::size_t next = 0, ordinal = 0;
  ForEachDouble(root, [&](const rapidjson::Value* v) {
    if (pending[next].first == ordinal) texts->Record(v, std::move(pending[next++].second));
    ++ordinal;
    return next < pending.size();
  });
}

}  // namespace

bool ParseJson(std::string_view text, rapidjson::Document& doc, JsonError* error,
               const JsonLimits& limits, JsonNumberTexts* texts) {
  doc.SetNull();
  if (texts) texts->Clear();
  if (text.size() > limits.max_bytes) {
    if (error) {
      error->message = "document of " + std::to_string(text.size()) +
                       " bytes exceeds the limit of " + std::to_string(limits.max_bytes);
      error->offset = limits.max_bytes;
    }
    return false;
  }
  const ByteSummary summary = SummarizeBytes(text);
  if (!PreScan(text, limits.max_depth, summary, error)) return false;
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseInsituFlag;
  // The in-situ copy: on the stack for the usual small documents. NUL-
  // terminated, plus 16 more zeros: the SSE2 scanners read aligned 16-byte
  // blocks, the last of which may reach past the terminator.
  constexpr std::size_t kPad = 17;
  alignas(16) char local[4096];
  std::unique_ptr<char[]> heap;
  char* buffer = local;
  if (text.size() + kPad > sizeof local) {
    heap.reset(new char[text.size() + kPad]);
    buffer = heap.get();
  }
  if (!text.empty()) std::memcpy(buffer, text.data(), text.size());
  std::memset(buffer + text.size(), 0, kPad);
  // The reader's own stack (the iterative parser's nesting) in a pool on
  // the stack: no allocator object and no block from the heap per parse
  // (a deeper document's stack grows into the pool's heap chunks).
  alignas(8) char reader_pool[1024];
  rapidjson::MemoryPoolAllocator<> reader_allocator(reader_pool, sizeof reader_pool);
  rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>> reader(
      &reader_allocator);
  InputStream is(buffer);
  // A byte-order mark (the pre-scan let only a whole one stand first) is
  // skipped as RapidJSON's UTF-8 memory stream skips it.
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    is.Take();
    is.Take();
    is.Take();
  }
  NumberReadingHandler handler(doc, texts, text, is);
  // ASCII text is valid UTF-8 throughout: it is parsed without RapidJSON's
  // per-character encoding check (same result, about a fifth fewer
  // instructions on a string-heavy answer), and its strings are scanned
  // 16 bytes at a time, unless a byte the SSE2 scanner misreads is there.
  const bool ascii = summary.ascii && !summary.high_control;
  constexpr unsigned kAsciiFlags = kFlags & ~static_cast<unsigned>(rapidjson::kParseValidateEncodingFlag);
  auto generate = [&](rapidjson::Document&) {
    return ascii ? !reader.Parse<kAsciiFlags>(is, handler).IsError() : !reader.Parse<kFlags>(is, handler).IsError();
  };
  doc.Populate(generate);
  if (reader.HasParseError()) {
    if (error) {
      if (handler.too_big()) {
        error->message = "Number too big to be stored in double";
      } else {
        error->message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
        // RapidJSON's English messages end with a period; ours are embedded.
        if (!error->message.empty() && error->message.back() == '.') error->message.pop_back();
      }
      error->offset = reader.GetErrorOffset();
    }
    doc.SetNull();
    return false;
  }
  if (texts && !handler.pending().empty()) AttachTexts(doc, handler.pending(), texts);
  return true;
}

const std::string* JsonNumberTexts::Find(const rapidjson::Value* number) const {
  auto it = texts_.find(number);
  return it == texts_.end() ? nullptr : &it->second;
}

void JsonNumberTexts::Record(const rapidjson::Value* number, std::string text) {
  texts_[number] = std::move(text);
}

std::size_t JsonDepth(const rapidjson::Value& value) {
  std::size_t max_depth = 0;
  std::vector<std::pair<const rapidjson::Value*, std::size_t>> stack{{&value, 0}};
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& e : v->GetArray()) stack.emplace_back(&e, d + 1);
    } else if (v->IsObject()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& m : v->GetObject()) stack.emplace_back(&m.value, d + 1);
    }
  }
  return max_depth;
}

bool FindDuplicateKey(const rapidjson::Value& value, std::string* pointer) {
  // Objects and arrays in document order, an object's own names before what
  // it holds; each frame keeps its parent and its name or index, so a
  // pointer is built only for the name found (none per object walked).
  struct Frame {
    const rapidjson::Value* value;
    std::size_t parent;
    const rapidjson::Value* name;  // null for an array item (index) or the root
    rapidjson::SizeType index;
  };
  constexpr std::size_t kRoot = static_cast<std::size_t>(-1);
  std::vector<Frame> frames{{&value, kRoot, nullptr, 0}};
  std::vector<std::size_t> todo{0};
  std::unordered_set<std::string_view> seen;  // for objects too large to compare pairwise
  while (!todo.empty()) {
    const std::size_t f = todo.back();
    todo.pop_back();
    const rapidjson::Value& v = *frames[f].value;
    if (v.IsObject()) {
      // The earliest second occurrence of a name: pairwise for the usual
      // few members, through a set past that.
      const rapidjson::Value* twice = nullptr;
      const auto name_of = [](const rapidjson::Value& n) { return std::string_view(n.GetString(), n.GetStringLength()); };
      if (v.MemberCount() <= 16) {
        for (auto b = v.MemberBegin(); b != v.MemberEnd() && twice == nullptr; ++b) {
          for (auto a = v.MemberBegin(); a != b; ++a) {
            if (name_of(a->name) == name_of(b->name)) {
              twice = &b->name;
              break;
            }
          }
        }
      } else {
        seen.clear();
        for (auto m = v.MemberBegin(); m != v.MemberEnd() && twice == nullptr; ++m) {
          if (!seen.insert(name_of(m->name)).second) twice = &m->name;
        }
      }
      if (twice != nullptr) {
        if (pointer != nullptr) {
          std::vector<std::size_t> chain;
          for (std::size_t g = f; g != kRoot && frames[g].parent != kRoot; g = frames[g].parent) chain.push_back(g);
          std::string at;
          for (std::size_t i = chain.size(); i-- > 0;) {
            const Frame& fr = frames[chain[i]];
            at = fr.name != nullptr ? AppendPointer(at, name_of(*fr.name)) : AppendPointer(at, fr.index);
          }
          *pointer = AppendPointer(at, name_of(*twice));
        }
        return true;
      }
      for (auto m = v.MemberEnd(); m != v.MemberBegin();) {
        --m;
        if (m->value.IsObject() || m->value.IsArray()) {
          frames.push_back({&m->value, f, &m->name, 0});
          todo.push_back(frames.size() - 1);
        }
      }
    } else if (v.IsArray()) {
      for (rapidjson::SizeType i = v.Size(); i-- > 0;) {
        if (v[i].IsObject() || v[i].IsArray()) {
          frames.push_back({&v[i], f, nullptr, i});
          todo.push_back(frames.size() - 1);
        }
      }
    }
  }
  return false;
}

// A StringBuffer by another name: RapidJSON 1.1.0's SSE2 string writer
// (specialised for Writer<StringBuffer>, and this file defines
// RAPIDJSON_SSE2) lets U+001A-U+001F through unescaped, which is not JSON
// (found by json_parse_fuzz: "\u001F" in a string of 16 bytes or more did
// not read back). The writer of this type takes the byte-by-byte path.
struct PlainStringBuffer : rapidjson::StringBuffer {};

// The JSON text of `d` (finite) in the shortest digits that read back as
// `d`, laid out as RapidJSON writes numbers (12.0, 12.5, 0.001, 1e30,
// 1.25e-7). RapidJSON 1.1.0's Grisu2 is not always shortest: it wrote the
// model's 0.30000000000000004 as 0.30000000000000007 (the same double, and
// a value no reader of the text would take for the model's).
std::size_t WriteShortestDouble(double d, char* out) {
  const Decimal shortest = Decimal::FromDouble(d);  // its digits: no leading or trailing zeros
  char* o = out;
  if (std::signbit(d)) *o++ = '-';
  if (shortest.IsZero()) {
    std::memcpy(o, "0.0", 3);
    return static_cast<std::size_t>(o + 3 - out);
  }
  const char* digits = shortest.digits.data();
  const int length = static_cast<int>(shortest.digits.size());
  const int k = static_cast<int>(shortest.exponent);  // |d| = digits × 10^k
  const int kk = length + k;                           // 10^(kk-1) <= |d| < 10^kk
  auto exponent = [&](int x) {
    *o++ = 'e';
    if (x < 0) {
      *o++ = '-';
      x = -x;
    }
    char t[8];
    int n = 0;
    do t[n++] = static_cast<char>('0' + x % 10); while ((x /= 10) > 0);
    while (n > 0) *o++ = t[--n];
  };
  if (k >= 0 && kk <= 21) {  // 1234e7 -> 12340000000.0
    std::memcpy(o, digits, static_cast<std::size_t>(length));
    o += length;
    for (int i = length; i < kk; ++i) *o++ = '0';
    *o++ = '.';
    *o++ = '0';
  } else if (kk > 0 && kk <= 21) {  // 1234e-2 -> 12.34
    std::memcpy(o, digits, static_cast<std::size_t>(kk));
    o += kk;
    *o++ = '.';
    std::memcpy(o, digits + kk, static_cast<std::size_t>(length - kk));
    o += length - kk;
  } else if (kk > -6 && kk <= 0) {  // 1234e-6 -> 0.001234
    *o++ = '0';
    *o++ = '.';
    for (int i = kk; i < 0; ++i) *o++ = '0';
    std::memcpy(o, digits, static_cast<std::size_t>(length));
    o += length;
  } else if (length == 1) {  // 1e30
    *o++ = digits[0];
    exponent(kk - 1);
  } else {  // 1234e30 -> 1.234e33
    *o++ = digits[0];
    *o++ = '.';
    std::memcpy(o, digits + 1, static_cast<std::size_t>(length - 1));
    o += length - 1;
    exponent(kk - 1);
  }
  return static_cast<std::size_t>(o - out);
}

// RapidJSON's writer with numbers written as above, and each number whose
// text `texts` kept (a value no double holds: 98765432109876543210,
// 99999999999999999.99) written as that text. Value::Accept calls the
// handler type it is given, so Double here is the one called.
class ExactNumberWriter : public rapidjson::Writer<PlainStringBuffer> {
 public:
  ExactNumberWriter(PlainStringBuffer& buffer, std::vector<const std::string*> texts)
      : rapidjson::Writer<PlainStringBuffer>(buffer), texts_(std::move(texts)) {}

  bool Double(double d) {
    const std::string* text = next_ < texts_.size() ? texts_[next_] : nullptr;
    ++next_;
    if (text != nullptr) return RawValue(text->data(), text->size(), rapidjson::kNumberType);
    if (!std::isfinite(d)) return rapidjson::Writer<PlainStringBuffer>::Double(d);  // (fails, as it does there)
    char buf[40];
    return RawValue(buf, WriteShortestDouble(d, buf), rapidjson::kNumberType);
  }

 private:
  std::vector<const std::string*> texts_;  // by the doubles' order in the document; may be shorter
  std::size_t next_ = 0;
};

// The kept texts of `root`'s doubles in the order Accept meets them
// (members and items in order); empty when there are none.
std::vector<const std::string*> TextsInOrder(const rapidjson::Value& root, const JsonNumberTexts* texts) {
  std::vector<const std::string*> out;
  if (texts == nullptr || texts->empty()) return out;
  ForEachDouble(root, [&](const rapidjson::Value* v) {
    out.push_back(texts->Find(v));
    return true;
  });
  return out;
}

std::string JsonToString(const rapidjson::Value& value, const JsonNumberTexts* texts) {
  PlainStringBuffer buffer;
  ExactNumberWriter writer(buffer, TextsInOrder(value, texts));
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool ReadFile(const std::string& path, std::string* contents, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot open file";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    if (error) *error = path + ": read error";
    return false;
  }
  *contents = std::move(ss).str();
  return true;
}

}  // namespace stepcache
