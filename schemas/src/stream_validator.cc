// StreamValidator: the compiled program run over RapidJSON SAX events.
//
// At each instance location the validator keeps the program nodes that
// apply there. A scalar is checked on the spot against each of them by a
// recursive walk that mirrors the evaluator's silent pass (same keyword
// order, same stop at the first failure, same handling of a pattern that
// exceeds its match budget), on a rapidjson::Value built exactly as
// ParseJson builds it. At an object or array each node is expanded through
// its in-place references ($ref, allOf) and its container keywords are
// followed member by member: properties / patternProperties /
// additionalProperties name the nodes of each member's value, items those
// of each item; counts, `required` bits and uniqueItems are settled at the
// closing bracket. Everything at a container is an AND with the rest of the
// instance, so the order in which failures are met cannot change the
// verdict. A container where something else applies (a keyword whose
// verdict needs per-branch bookkeeping or the whole value) stops the stream
// and the instance goes through ParseJson + the evaluator instead.
// RapidJSON's SSE2 scanners for whitespace and unescaped string runs (the
// in-situ readers here and in ParseJson share them). SSE2 is part of every
// x86-64 CPU.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42)
#define RAPIDJSON_SSE2
#endif

#include "stepcache/schemas/stream_validator.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <rapidjson/reader.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "decimal.h"
#include "program.h"
#include "stack_guard.h"
#include "stepcache/schemas/format.h"
#include "json_text.h"
#include "utf8.h"
#include "value_checks.h"

namespace stepcache::schemas {

using internal::IsNumberChar;

namespace {

using Value = rapidjson::Value;
using InputStream = rapidjson::InsituStringStream;
using value_checks::TypeBits;

// The outcome of checking one scalar against one node, as the evaluator's
// silent pass would end: kAbort is a pattern that exceeded its match budget,
// which makes the whole evaluation invalid whatever encloses it.
enum class R : std::uint8_t { kPass, kFail, kAbort };

// In-place reference chains longer than this are left to the evaluator.
constexpr std::uint32_t kMaxInPlaceDepth = 256;

// Per node: what it asks of an object or array (in-place references are
// followed through `closure`).
struct ContainerNode {
  bool supported = true;         // every keyword here can be followed in the stream
  bool fails_containers = false;  // false schema, or const/enum of scalars only
  bool has_type = false;
  std::uint8_t type_mask = 0;
  std::int32_t object = -1;       // objects[...]
  std::int32_t required = -1;     // names[...] of a `required` not fused into `object`
  std::int32_t items = -1;        // items[...]
  std::uint32_t property_names = kNoNode;
  std::uint64_t min_props = 0, max_props = UINT64_MAX, min_items = 0, max_items = UINT64_MAX;
  bool unique = false;
  bool object_work = false, array_work = false;  // needs a per-container record
  // The node and the targets of its in-place references: closure_[begin, end).
  std::uint32_t closure_begin = 0, closure_end = 0;
  bool closure_supported = true;
};

// The powers of ten that are doubles exactly.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Equal bytes; short names (most property names) compare inline.
inline bool SameBytes(const char* a, const char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}



// In a text RapidJSON accepted, every backslash is inside a string and
// starts an escape: the "\u" escapes that would decode to a lone surrogate
// (RapidJSON lets a lone low one through as bytes that are not UTF-8) are
// the ones ParseJson's pre-scan rejects.
bool HasLoneSurrogateEscape(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const void* hit = std::memchr(text.data() + i, '\\', text.size() - i);
    if (!hit) return false;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    const int unit = internal::JsonEscapedUnit(text, i);
    if (unit >= 0xDC00 && unit <= 0xDFFF) return true;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const int low = internal::JsonEscapedUnit(text, i + 6);
      if (low < 0xDC00 || low > 0xDFFF) return true;
      i += 12;
    } else {
      i += 2;
    }
  }
  return false;
}

// Strict UTF-8 (as RapidJSON's kParseValidateEncodingFlag checks a string:
// no overlong forms, no surrogates, nothing above U+10FFFF), ASCII eight
// bytes at a time. Run on each decoded string and key: a "\\u" escape
// always decodes to valid UTF-8 except a lone surrogate, which ParseJson
// rejects as well.
bool ValidUtf8(const char* s, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::uint32_t cp;
    if (!internal::DecodeUtf8(std::string_view(s, n), &i, &cp)) return false;
  }
  return true;
}

// One pass over the text before parsing, copying it to the parser's buffer.
// RapidJSON 1.1.0's SSE2 string scanner compares with 0x19 where it means
// 0x1F, so a raw control byte 0x1A-0x1F inside a string slips through it
// (found by fuzz/stream_validator_fuzz.cc); no JSON text may hold those
// bytes anywhere (inside strings they must be escaped, outside they are not
// whitespace), so a text with one is malformed, as ParseJson says. An
// all-ASCII text needs no UTF-8 check of its strings, and a text without a
// backslash no check of its escapes.
struct BodyScan {
  bool ascii = true;
  bool bad_control = false;
  bool backslash = false;
};
BodyScan CopyAndScan(std::string_view text, char* out) {
  BodyScan scan;
  const char* s = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  __m128i high = _mm_setzero_si128(), control = high, slash = high;
  const __m128i low_control = _mm_set1_epi8(0x1A), span = _mm_set1_epi8(5), backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), v);
    high = _mm_or_si128(high, v);  // sign bits: bytes of 0x80 and above
    const __m128i t = _mm_sub_epi8(v, low_control);  // 0..5 for 0x1A..0x1F
    control = _mm_or_si128(control, _mm_cmpeq_epi8(_mm_min_epu8(t, span), t));
    slash = _mm_or_si128(slash, _mm_cmpeq_epi8(v, backslash));
  }
  scan.ascii = _mm_movemask_epi8(high) == 0;
  scan.bad_control = _mm_movemask_epi8(control) != 0;
  scan.backslash = _mm_movemask_epi8(slash) != 0;
#endif
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    out[i] = s[i];
    if (b >= 0x80) scan.ascii = false;
    else if (b >= 0x1A && b <= 0x1F) scan.bad_control = true;
    else if (b == '\\') scan.backslash = true;
  }
  return scan;
}

// A scalar as ParseJson would store it, with a double's text.
// Strings are kept as a view, not in `v` (null then): RapidJSON stores a
// string's flags in the high bytes of its pointer word and reads that word
// back when setting the pointer, a store-forwarding stall per string.
struct Scalar {
  Value v;
  bool is_string = false;
  std::uint8_t type_bits = 0;  // TypeBits of the value, read once per scalar
  std::string_view str;   // the string, when is_string
  std::string_view text;  // a double's literal; empty otherwise
  // With a text: its significant digits (as SignificantDigits counts them)
  // and, when there are at most 19 of them, its value ±mantissa × 10^exponent.
  std::uint32_t significant = 0;
  bool small = false;
  std::uint64_t mantissa = 0;
  std::int64_t exponent = 0;
  mutable std::int8_t kept = -1;  // would ParseJson keep the text? (-1: not asked yet)
  mutable Decimal written;
};

// A stack of plain values that the walker grows and shrinks per event:
// std::vector's push_back, resize and back() cost a few more instructions
// each (and a call for resize), at several events per instance byte.
template <typename T>
class Stack {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  Stack() = default;
  Stack(const Stack&) = delete;
  Stack& operator=(const Stack&) = delete;
  ~Stack() { std::free(data_); }
  T* data() { return data_; }
  const T* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  T& back() { return data_[size_ - 1]; }
  void clear() { size_ = 0; }
  void pop_back() { --size_; }
  void shrink_to(std::size_t n) { size_ = n; }
  // Uninitialised: the caller sets every field.
  T& emplace_back() {
    if (size_ == capacity_) Grow();
    return data_[size_++];
  }
  void push_back(const T& v) {
    if (size_ == capacity_) Grow();
    data_[size_++] = v;
  }

 private:
  __attribute__((noinline)) void Grow() {
    const std::size_t capacity = capacity_ ? capacity_ * 2 : 16;
    void* grown = std::realloc(static_cast<void*>(data_), capacity * sizeof(T));
    if (!grown) throw std::bad_alloc();
    data_ = static_cast<T*>(grown);
    capacity_ = capacity;
  }
  T* data_ = nullptr;
  std::size_t size_ = 0, capacity_ = 0;
};

struct OpenInfo;

}  // namespace

struct StreamScratch::State {
  struct Frame {
    std::uint32_t open_begin;
    std::uint64_t count;
    bool object;
    bool unique;
  };
  struct Open {
    const OpenInfo* info;         // what the node asks of the container
    std::uint64_t fused_seen;     // ObjectApplicator::required_all bits
    std::uint64_t required_seen;  // bits of a separate `required`
    std::uint32_t next_property;  // the declared property after the last one met
  };
  // A scalar item of an array under uniqueItems; strings are copied.
  struct Item {
    Value v;
    std::size_t offset, length;
    bool is_string;
  };
  rapidjson::Reader reader;
  Stack<Frame> frames;
  Stack<Open> opens;
  Stack<std::uint32_t> heads;
  std::vector<Item> items;
  std::string item_chars;
  std::vector<Value> item_values;
  std::vector<std::pair<std::uint64_t, std::size_t>> item_hashes;
  std::vector<char> text;  // the instance, NUL-terminated, parsed in situ
};

StreamScratch::StreamScratch() : state_(std::make_unique<State>()) {}
StreamScratch::~StreamScratch() = default;

namespace {

// A node's container keywords as the walker reads them (see Impl::open_infos).
struct OpenInfo {
  const ObjectApplicator* oa = nullptr;     // properties / patternProperties / additionalProperties
  const void* object_info = nullptr;        // Impl::ObjectInfo of oa
  std::uint64_t fused_all = 0;              // oa->required_all (0 without oa)
  std::int32_t required = -1;               // names[] of a separate `required`
  std::uint64_t required_all = 0;           // its bits (0 without one)
  std::uint32_t property_names = kNoNode;
  const ItemsApplicator* ia = nullptr;
  std::size_t prefix_size = 0;              // ia->prefix.size()
  std::uint32_t rest_head = kNoNode;        // head[ia->rest]
  std::uint64_t min_props = 0, max_props = UINT64_MAX, min_items = 0, max_items = UINT64_MAX;
  // Only properties / additionalProperties with distinct declared names,
  // no patternProperties, separate `required` or propertyNames: a member
  // is one name lookup (Walker::Key's first branch).
  bool plain_record = false;
};

}  // namespace

struct StreamValidator::Impl {
  const Schema::Program& p;
  JsonLimits limits;
  bool streamable = true;
  std::uint32_t root = 0;
  std::vector<ContainerNode> nodes;
  std::vector<std::uint32_t> closure;
  // Per node, what an object ([0]) or array ([1]) meets there, its closure
  // summed up: whether it fails outright (type, false schema, scalar
  // const/enum) and the members that need a per-container record
  // (start_opens[begin, end), in closure order).
  struct StartInfo {
    bool supported = true;  // ContainerNode::closure_supported
    bool fails[2] = {false, false};
    bool unique = false;  // an array record with uniqueItems
    std::uint32_t begin[2] = {0, 0}, end[2] = {0, 0};
  };
  std::vector<StartInfo> starts;
  std::vector<std::uint32_t> start_opens;
  // Per node: the node a child evaluation starts at ($ref-only nodes
  // followed), or kNoNode when that node is empty (always passes).
  std::vector<std::uint32_t> head;
  // Per ObjectApplicator, what the stream knows of its members before any
  // instance.
  struct ObjectInfo {
    // Each declared name of up to 16 bytes in two words, zero-padded, to
    // compare a member's name with two loads (size > 16: memcmp).
    struct Name {
      std::uint64_t lo = 0, hi = 0;
      std::uint64_t lo_mask = 0, hi_mask = 0;  // the bytes of lo / hi the name fills
      std::size_t size = 0;
      const char* text = nullptr;          // the name itself (for size > 16)
      std::uint64_t required_bit = 0;      // PropertyEntry::required_bit
      std::uint32_t head = kNoNode;        // head[] of the property's node
    };
    std::vector<Name> names;
    // properties.size() when the property names are distinct, so the
    // declared property after the last one met may be tried before Find
    // (members mostly come in schema order) and is the one Find would
    // return; 0 otherwise.
    std::uint32_t next_limit = 0;
    // The first bytes that some declared name starts with (bit c of word
    // c / 64): a non-empty member name starting with any other byte is no
    // declared property, so Find is skipped for it. All set when a declared
    // name is empty.
    std::uint64_t declared_first[4] = {~0ull, ~0ull, ~0ull, ~0ull};
    // Per first byte of a non-empty member name, the patternProperties (bit
    // i: oa.patterns[i]) that may match it: a pattern on the DFA whose
    // start row is dead on that byte is left out (its Search would say no
    // at the first byte); every other pattern stays. Empty when there are
    // more than 64 patterns (each is tried then).
    std::vector<std::uint64_t> pattern_first;
    // The patternProperties that match each declared property's name (a
    // member found by name has exactly that name). `patterns_known` is
    // false when some pattern gave no verdict on a name (its match budget):
    // members are matched one by one then.
    bool patterns_known = false;
    std::vector<std::uint32_t> pattern_begin;  // per property: [begin[i], begin[i + 1]) in pattern_nodes
    std::vector<std::uint32_t> pattern_nodes;  // the matching patterns' nodes, in pattern order
  };
  std::vector<ObjectInfo> objects;
  // Per node with container work (ContainerNode::object_work / array_work),
  // what the walker reads at each member, item and closing bracket, in one
  // place; start_open_infos parallels start_opens.
  std::vector<OpenInfo> open_infos;
  std::vector<const OpenInfo*> start_open_infos;
  // Per node: Node::type_only (read once per scalar and head).
  std::vector<std::uint8_t> type_only;
  // Per node made only of `type`, numeric bounds and `multipleOf` (each at
  // most once; not the draft-4 integer rule): a number is judged without
  // the walk over the instructions when it lies strictly inside every
  // bound (as Quick compares it), leaving only multipleOf to check; any
  // other number, and every other scalar, goes through EvalHead.
  struct NumberNode {
    bool usable = false;
    std::uint8_t types = 0;  // the `type` mask, 0 = none
    // A double x with lo < x < hi passes every bound.
    double lo = -HUGE_VAL, hi = HUGE_VAL;
    // Every bound is a 64-bit integer (Instr::c == 1): an int64 value in
    // [ilo, ihi] passes every bound.
    bool int_bounds = true;
    std::int64_t ilo = INT64_MIN, ihi = INT64_MAX;
    const Instr* multiple_of = nullptr;
  };
  std::vector<NumberNode> number_nodes;
  std::vector<std::uint8_t> number_node;  // per node: number_nodes[id].usable
  // 1: `s` (a number) passes node nn, 0: fails, -1: ask EvalHead.
  __attribute__((noinline)) int FastNumber(const NumberNode& nn, const Scalar& s) const {
    if (nn.types && !(s.type_bits & nn.types)) return 0;
    const Value& v = s.v;
    if (v.IsDouble()) {
      const double x = v.GetDouble();
      if (!(x > nn.lo && x < nn.hi)) return -1;
    } else if (v.IsInt64()) {
      const std::int64_t a = v.GetInt64();
      if (!nn.int_bounds || a < nn.ilo || a > nn.ihi) return -1;
    } else {
      return -1;
    }
    if (nn.multiple_of && !MultipleOf(s, *nn.multiple_of)) return 0;
    return 1;
  }
  // Most Eval frames one instance location can stack up (in-place depth).
  std::uint32_t max_in_place = 1;
  std::size_t frame_limit = 0, inst_limit = 0;

  explicit Impl(const Schema::Program& program) : p(program) {}

  // Regex::Match, with the DFA's own verdict taken directly when the
  // pattern has one (it reads the whole pattern, literal prefix included).
  static int MatchPattern(const Regex& re, const char* s, std::size_t n) {
    if (re.use_simple) return re.simple.Search(s, n);
    return re.Match(s, n);
  }

  std::uint32_t Resolve(std::uint32_t id) const {
    while (p.nodes[id].forward != kNoNode) id = p.nodes[id].forward;
    return id;
  }

  void Analyse();
  StreamVerdict Dom(std::string_view bytes, JsonError* error) const;

  // --- scalar checks: the evaluator's silent pass on one value ---
  R EvalNode(std::uint32_t id, const Scalar& s) const;
  // The same for a node with no `$ref`-only forward (a head[] entry).
  R EvalHead(std::uint32_t id, const Scalar& s) const;
  R Exec(const Instr& in, const Scalar& s) const;

  bool Kept(const Scalar& s) const {
    if (s.kept < 0) {
      s.kept = 0;
      if (!s.text.empty()) {
        const std::size_t significant = s.significant;
        const double d = s.v.GetDouble();
        if ((significant > 15 || (significant > 0 && std::fabs(d) < DBL_MIN)) &&
            Decimal::Parse(s.text, &s.written) && Compare(s.written, Decimal::FromDouble(d)) != 0)
          s.kept = 1;
      }
    }
    return s.kept == 1;
  }
  Decimal InstanceDecimal(const Scalar& s) const {
    if (Kept(s)) return s.written;
    return Decimal::FromValue(s.v);
  }
  // Inline where a 64-bit integer or the doubles decide; the decimals
  // (and their strings) stay out of line, so that Exec keeps a small frame.
  int CompareNumber(const Scalar& s, const Instr& in) const {
    const Value& v = s.v;
    if (in.c == 1 && v.IsInt64()) {
      const std::int64_t a = v.GetInt64(), b = static_cast<std::int64_t>(in.u);
      return (a > b) - (a < b);
    }
    const double x = v.GetDouble();
    if (x < in.d) return -1;
    if (x > in.d) return 1;
    return CompareDecimal(s, in);
  }
  // The keywords most scalars meet, answered as Exec answers them but
  // without its call: 1 pass, 0 fail, -1 left to Exec (another keyword, the
  // draft-4 integer rule, a bound equal to the double).
  int Quick(const Instr& in, const Scalar& s) const {
    switch (in.op) {
      case Op::kType:
        if (s.is_string) return (in.u & kTypeString) != 0;
        if (!(s.type_bits & in.u)) return 0;
        return in.a == 0 || !(in.u & kTypeInteger) || (in.u & kTypeNumber) ? 1 : -1;
      case Op::kMaximum: case Op::kExclusiveMaximum: case Op::kMinimum: case Op::kExclusiveMinimum: {
        const Value& v = s.v;
        if (s.is_string || !v.IsNumber()) return 1;
        int c;
        if (in.c == 1 && v.IsInt64()) {
          const std::int64_t a = v.GetInt64(), b = static_cast<std::int64_t>(in.u);
          c = (a > b) - (a < b);
        } else {
          const double x = v.GetDouble();
          if (x < in.d) c = -1;
          else if (x > in.d) c = 1;
          else return -1;
        }
        switch (in.op) {
          case Op::kMaximum: return c <= 0;
          case Op::kExclusiveMaximum: return c < 0;
          case Op::kMinimum: return c >= 0;
          default: return c > 0;
        }
      }
      default:
        return -1;
    }
  }
  __attribute__((noinline)) int CompareDecimal(const Scalar& s, const Instr& in) const {
    return Compare(InstanceDecimal(s), p.decimals[in.a]);
  }
  __attribute__((noinline)) R ExecEnum(const Instr& in, const Scalar& s) const;
  __attribute__((noinline)) R ExecContent(const Instr& in, const Scalar& s) const;
  __attribute__((noinline)) bool MultipleOf(const Scalar& s, const Instr& in) const {
    const Value& v = s.v;
    if (in.c == 1 && v.IsInt64()) return v.GetInt64() % static_cast<std::int64_t>(in.u) == 0;
    // A double written with at most 15 significant digits, in the normal
    // range, is read back by the shortest form of the double that
    // IsMultipleOf(Value) prints (no other decimal of at most 15 digits
    // rounds to the same double): the text as written, without printing.
    // Kept(s) is false for it (it needs more digits or a subnormal), so
    // this comes first, without asking.
    if (!s.text.empty() && s.significant <= 15 && std::fabs(v.GetDouble()) >= DBL_MIN)
      return IsMultipleOf(s.mantissa, s.exponent, p.decimals[in.a]);
    if (Kept(s)) return IsMultipleOf(s.written, p.decimals[in.a]);
    return IsMultipleOf(v, p.decimals[in.a]);
  }
  __attribute__((noinline)) bool Equal(const Scalar& s, const Value& e) const {
    if (s.is_string)  // JsonEqual on strings: the same bytes
      return e.IsString() && e.GetStringLength() == s.str.size() &&
             SameBytes(e.GetString(), s.str.data(), s.str.size());
    const Value& v = s.v;
    if (!JsonEqual(v, e)) return false;
    if (!v.IsNumber()) return true;
    auto it = p.long_numbers.empty() ? p.long_numbers.end() : p.long_numbers.find(&e);
    if (!Kept(s) && it == p.long_numbers.end()) return true;
    return Compare(InstanceDecimal(s), it != p.long_numbers.end() ? it->second : Decimal::FromValue(e)) == 0;
  }
};

namespace {

// A member's name (s, n: in the parser's buffer, which has at least 16
// readable bytes past any name) against a declared one.
inline bool SameName(const StreamValidator::Impl::ObjectInfo::Name& w, const char* s, std::size_t n) {
  if (w.size != n) return false;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n <= 16) {
    std::uint64_t lo, hi;
    std::memcpy(&lo, s, 8);
    if ((lo & w.lo_mask) != w.lo) return false;
    if (n <= 8) return true;
    std::memcpy(&hi, s + 8, 8);
    return (hi & w.hi_mask) == w.hi;
  }
#endif
  return SameBytes(w.text, s, n);
}

bool IsScalarValue(const Value& v) { return !v.IsObject() && !v.IsArray(); }

// Length in code points (the text is valid UTF-8), as value_checks counts.
std::size_t CodePoints(std::string_view t) {
  std::size_t count = 0;
  for (char c : t) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace

void StreamValidator::Impl::Analyse() {
  const std::size_t n = p.nodes.size();
  nodes.assign(n, ContainerNode{});
  frame_limit = std::min<std::size_t>(ValidateOptions{}.max_depth, std::size_t{1} << 40) * 4 + 1024;
  inst_limit = ValidateOptions{}.max_depth;
  if (p.uses_dynamic_scope) streamable = false;

  // Container facts of each node on its own.
  for (std::size_t id = 0; id < n; ++id) {
    ContainerNode& cn = nodes[id];
    const Node& node = p.nodes[id];
    if (node.unevaluated) cn.supported = false;
    for (std::uint32_t i = node.begin; i < node.end; ++i) {
      const Instr& in = p.instrs[i];
      switch (in.op) {
        case Op::kFalse: cn.fails_containers = true; break;
        case Op::kType: cn.has_type = true; cn.type_mask = static_cast<std::uint8_t>(in.u); break;
        case Op::kConst:
          if (IsScalarValue(*p.consts[in.a])) cn.fails_containers = true;
          else cn.supported = false;
          break;
        case Op::kEnum: {
          bool scalars = true;
          for (const Value* e : p.enums[in.a]) scalars = scalars && IsScalarValue(*e);
          if (scalars) cn.fails_containers = true;
          else cn.supported = false;
          break;
        }
        case Op::kMultipleOf: case Op::kMaximum: case Op::kExclusiveMaximum: case Op::kMinimum:
        case Op::kExclusiveMinimum: case Op::kMaxLength: case Op::kMinLength: case Op::kPattern:
        case Op::kFormat: case Op::kContent:
          break;  // scalars only: every container passes
        case Op::kMaxItems: cn.max_items = std::min(cn.max_items, in.u); cn.array_work = true; break;
        case Op::kMinItems: cn.min_items = std::max(cn.min_items, in.u); cn.array_work = true; break;
        case Op::kMaxProperties: cn.max_props = std::min(cn.max_props, in.u); cn.object_work = true; break;
        case Op::kMinProperties: cn.min_props = std::max(cn.min_props, in.u); cn.object_work = true; break;
        case Op::kUniqueItems: cn.unique = true; cn.array_work = true; break;
        case Op::kRequired:
          if (in.c == 1) break;  // checked by kObject
          if (cn.required >= 0 || (p.required_tables[in.a].empty() && p.names[in.a].size() > 64))
            cn.supported = false;
          cn.required = static_cast<std::int32_t>(in.a);
          cn.object_work = true;
          break;
        case Op::kObject:
          if (cn.object >= 0) cn.supported = false;
          cn.object = static_cast<std::int32_t>(in.a);
          cn.object_work = true;
          break;
        case Op::kItems:
          if (cn.items >= 0) cn.supported = false;
          cn.items = static_cast<std::int32_t>(in.a);
          cn.array_work = true;
          break;
        case Op::kPropertyNames:
          if (cn.property_names != kNoNode) cn.supported = false;
          cn.property_names = in.a;
          cn.object_work = true;
          break;
        case Op::kRef: case Op::kAllOf:
          break;  // followed through the closure
        case Op::kDynamicRef:
          if (p.dynamic[in.a].dynamic) cn.supported = false;
          break;
        default:  // anyOf, oneOf, not, if, contains, dependent*, unevaluated*
          cn.supported = false;
          break;
      }
    }
  }

  // In-place depth (frames one location can stack up), iteratively; a cycle
  // (the compiler rejects them) or an absurd depth disables streaming.
  std::vector<std::uint32_t> depth(n, 0);
  std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the path, 2 done
  auto in_place_children = [&](std::uint32_t id, std::vector<std::uint32_t>* out) {
    out->clear();
    const Node& node = p.nodes[id];
    if (node.forward != kNoNode) out->push_back(node.forward);
    for (std::uint32_t i = node.begin; i < node.end; ++i) {
      const Instr& in = p.instrs[i];
      switch (in.op) {
        case Op::kRef: case Op::kNot: case Op::kPropertyNames: out->push_back(in.a); break;
        case Op::kAllOf: case Op::kAnyOf: case Op::kOneOf:
          for (std::uint32_t c : p.lists[in.a]) out->push_back(c);
          break;
        case Op::kIf:
          for (std::uint32_t c : {in.a, in.b, in.c})
            if (c != kNoNode) out->push_back(c);
          break;
        case Op::kDynamicRef:
          out->push_back(p.dynamic[in.a].static_node);
          for (const auto& t : p.dynamic[in.a].targets) out->push_back(t.node);
          break;
        case Op::kDependentSchemas:
          for (const auto& d : p.dep_schemas[in.a]) out->push_back(d.node);
          break;
        default: break;
      }
    }
  };
  std::vector<std::uint32_t> kids;
  std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> stack;
  for (std::uint32_t start = 0; start < n && streamable; ++start) {
    if (state[start] == 2) continue;
    stack.clear();
    in_place_children(start, &kids);
    stack.emplace_back(start, kids);
    state[start] = 1;
    while (!stack.empty() && streamable) {
      auto& [id, pending] = stack.back();
      if (pending.empty()) {
        std::uint32_t d = 1;
        in_place_children(id, &kids);
        for (std::uint32_t c : kids) d = std::max(d, depth[c] + 1);
        depth[id] = d;
        state[id] = 2;
        max_in_place = std::max(max_in_place, d);
        stack.pop_back();
        continue;
      }
      const std::uint32_t c = pending.back();
      pending.pop_back();
      if (state[c] == 1) {
        streamable = false;  // in-place cycle
      } else if (state[c] == 0) {
        state[c] = 1;
        in_place_children(c, &kids);
        stack.emplace_back(c, kids);
      }
    }
  }
  if (max_in_place > kMaxInPlaceDepth) streamable = false;
  if (!streamable) return;

  // Closures: each node with the targets of its $ref / allOf (transitively),
  // each once.
  std::vector<std::uint32_t> mark(n, 0xffffffffu), work;
  for (std::uint32_t id = 0; id < n; ++id) {
    ContainerNode& cn = nodes[id];
    cn.closure_begin = static_cast<std::uint32_t>(closure.size());
    work.assign(1, Resolve(id));
    while (!work.empty()) {
      const std::uint32_t x = work.back();
      work.pop_back();
      if (mark[x] == id) continue;
      mark[x] = id;
      closure.push_back(x);
      cn.closure_supported = cn.closure_supported && nodes[x].supported;
      const Node& node = p.nodes[x];
      for (std::uint32_t i = node.begin; i < node.end; ++i) {
        const Instr& in = p.instrs[i];
        if (in.op == Op::kRef) work.push_back(Resolve(in.a));
        else if (in.op == Op::kDynamicRef) work.push_back(Resolve(p.dynamic[in.a].static_node));
        else if (in.op == Op::kAllOf)
          for (std::uint32_t c : p.lists[in.a]) work.push_back(Resolve(c));
      }
    }
    cn.closure_end = static_cast<std::uint32_t>(closure.size());
  }
  starts.assign(n, StartInfo{});
  for (std::uint32_t id = 0; id < n; ++id) {
    const ContainerNode& hn = nodes[id];
    StartInfo& si = starts[id];
    si.supported = hn.closure_supported;
    for (int kind = 0; kind < 2; ++kind) {
      const std::uint8_t bit = kind == 0 ? kTypeObject : kTypeArray;
      si.begin[kind] = static_cast<std::uint32_t>(start_opens.size());
      for (std::uint32_t k = hn.closure_begin; k < hn.closure_end; ++k) {
        const ContainerNode& cn = nodes[closure[k]];
        if (cn.fails_containers || (cn.has_type && !(cn.type_mask & bit))) si.fails[kind] = true;
        if (kind == 0 ? cn.object_work : cn.array_work) {
          start_opens.push_back(closure[k]);
          if (kind == 1 && cn.unique) si.unique = true;
        }
      }
      si.end[kind] = static_cast<std::uint32_t>(start_opens.size());
    }
  }
  root = Resolve(p.root);
  objects.assign(p.objects.size(), ObjectInfo{});
  for (std::size_t k = 0; k < p.objects.size(); ++k) {
    const ObjectApplicator& oa = p.objects[k];
    ObjectInfo& info = objects[k];
    std::vector<std::string_view> names;
    for (const PropertyEntry& e : oa.properties) {
      names.push_back(e.name.text);
      ObjectInfo::Name& w = info.names.emplace_back();
      w.size = e.name.text.size();
      w.text = e.name.text.data();
      w.required_bit = e.required_bit;
      if (w.size <= 16) {
        char padded[16] = {};
        std::memcpy(padded, e.name.text.data(), w.size);
        std::memcpy(&w.lo, padded, 8);
        std::memcpy(&w.hi, padded + 8, 8);
        char mask[16] = {};
        std::memset(mask, 0xff, w.size);
        std::memcpy(&w.lo_mask, mask, 8);
        std::memcpy(&w.hi_mask, mask + 8, 8);
      }
    }
    std::sort(names.begin(), names.end());
    if (std::adjacent_find(names.begin(), names.end()) == names.end())
      info.next_limit = static_cast<std::uint32_t>(oa.properties.size());
    if (std::none_of(names.begin(), names.end(), [](std::string_view v) { return v.empty(); })) {
      for (std::uint64_t& w : info.declared_first) w = 0;
      for (std::string_view v : names) {
        const unsigned char c = static_cast<unsigned char>(v[0]);
        info.declared_first[c >> 6] |= std::uint64_t{1} << (c & 63);
      }
    }
    if (!oa.patterns.empty() && oa.patterns.size() <= 64) {
      info.pattern_first.assign(256, 0);
      for (int c = 0; c < 256; ++c)
        for (std::size_t i = 0; i < oa.patterns.size(); ++i) {
          const Regex& re = oa.patterns[i].re;
          if (!re.use_simple || re.simple.MayStartWith(static_cast<unsigned char>(c)))
            info.pattern_first[static_cast<std::size_t>(c)] |= std::uint64_t{1} << i;
        }
    }
    if (oa.patterns.empty() || oa.properties.empty()) continue;
    info.patterns_known = true;
    for (const PropertyEntry& e : oa.properties) {
      info.pattern_begin.push_back(static_cast<std::uint32_t>(info.pattern_nodes.size()));
      for (const PatternEntry& pat : oa.patterns) {
        const int r = MatchPattern(pat.re, e.name.text.data(), e.name.text.size());
        if (r < 0) info.patterns_known = false;
        if (r > 0) info.pattern_nodes.push_back(pat.node);
      }
    }
    info.pattern_begin.push_back(static_cast<std::uint32_t>(info.pattern_nodes.size()));
  }
  head.resize(n);
  type_only.resize(n);
  for (std::uint32_t id = 0; id < n; ++id) {
    const std::uint32_t r = Resolve(id);
    head[id] = p.nodes[r].begin == p.nodes[r].end ? kNoNode : r;
    type_only[id] = p.nodes[id].type_only;
  }
  for (std::size_t k = 0; k < p.objects.size(); ++k)
    for (std::size_t i = 0; i < p.objects[k].properties.size(); ++i)
      objects[k].names[i].head = head[p.objects[k].properties[i].node];
  open_infos.assign(n, OpenInfo{});
  for (std::uint32_t id = 0; id < n; ++id) {
    const ContainerNode& cn = nodes[id];
    OpenInfo& oi = open_infos[id];
    if (cn.object >= 0) {
      oi.oa = &p.objects[static_cast<std::size_t>(cn.object)];
      oi.object_info = &objects[static_cast<std::size_t>(cn.object)];
      oi.fused_all = oi.oa->required_all;
    }
    if (cn.required >= 0) {
      oi.required = cn.required;
      const RequiredTable& t = p.required_tables[static_cast<std::size_t>(cn.required)];
      const std::size_t count = p.names[static_cast<std::size_t>(cn.required)].size();
      oi.required_all = !t.empty() ? t.all : count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
    }
    oi.property_names = cn.property_names;
    if (cn.items >= 0) {
      oi.ia = &p.items[static_cast<std::size_t>(cn.items)];
      oi.prefix_size = oi.ia->prefix.size();
      oi.rest_head = oi.ia->rest == kNoNode ? kNoNode : head[oi.ia->rest];
    }
    if (oi.oa) {
      const ObjectInfo& info = objects[static_cast<std::size_t>(cn.object)];
      oi.plain_record = oi.oa->patterns.empty() && oi.required < 0 && oi.property_names == kNoNode &&
                        !info.names.empty() && info.next_limit == info.names.size();
    }
    oi.min_props = cn.min_props;
    oi.max_props = cn.max_props;
    oi.min_items = cn.min_items;
    oi.max_items = cn.max_items;
  }
  start_open_infos.clear();
  for (std::uint32_t node : start_opens) start_open_infos.push_back(&open_infos[node]);
  number_nodes.assign(n, NumberNode{});
  number_node.assign(n, 0);
  for (std::uint32_t id = 0; id < n; ++id) {
    NumberNode& nn = number_nodes[id];
    const Node& node = p.nodes[id];
    bool usable = node.begin != node.end, has_type = false;
    for (std::uint32_t i = node.begin; i < node.end && usable; ++i) {
      const Instr& in = p.instrs[i];
      switch (in.op) {
        case Op::kType:
          if (has_type || (in.a != 0 && (in.u & kTypeInteger) && !(in.u & kTypeNumber))) usable = false;
          has_type = true;
          nn.types = static_cast<std::uint8_t>(in.u);
          break;
        case Op::kMultipleOf:
          if (nn.multiple_of) usable = false;
          nn.multiple_of = &in;
          break;
        case Op::kMinimum: case Op::kExclusiveMinimum:
          nn.lo = std::max(nn.lo, in.d);
          if (in.c != 1) {
            nn.int_bounds = false;
          } else {
            const auto b = static_cast<std::int64_t>(in.u);
            if (in.op == Op::kMinimum) nn.ilo = std::max(nn.ilo, b);
            else if (b == INT64_MAX) nn.int_bounds = false;
            else nn.ilo = std::max(nn.ilo, b + 1);
          }
          break;
        case Op::kMaximum: case Op::kExclusiveMaximum:
          nn.hi = std::min(nn.hi, in.d);
          if (in.c != 1) {
            nn.int_bounds = false;
          } else {
            const auto b = static_cast<std::int64_t>(in.u);
            if (in.op == Op::kMaximum) nn.ihi = std::min(nn.ihi, b);
            else if (b == INT64_MIN) nn.int_bounds = false;
            else nn.ihi = std::min(nn.ihi, b - 1);
          }
          break;
        default:
          usable = false;
          break;
      }
    }
    nn.usable = usable;
    number_node[id] = usable;
  }
}

R StreamValidator::Impl::EvalNode(std::uint32_t id, const Scalar& s) const { return EvalHead(Resolve(id), s); }

R StreamValidator::Impl::EvalHead(std::uint32_t id, const Scalar& s) const {
  const Node& n = p.nodes[id];
  for (std::uint32_t i = n.begin; i < n.end; ++i) {
    const Instr& in = p.instrs[i];
    const int quick = Quick(in, s);
    if (quick > 0) continue;
    if (quick == 0) return R::kFail;
    const R r = Exec(in, s);
    if (r != R::kPass) return r;
  }
  return R::kPass;
}

R StreamValidator::Impl::ExecEnum(const Instr& in, const Scalar& s) const {
  const Value& v = s.v;
  if (s.is_string) {
    // A string equals only a string of the same bytes (what the hashed
    // lookup finds too): a scan, without building a Value to hash.
    for (const Value* e : p.enums[in.a])
      if (Equal(s, *e)) return R::kPass;
    return R::kFail;
  }
  if (const auto& hashes = p.enum_hashes[in.a]; !hashes.empty()) {
    const std::uint64_t h = JsonHash(v);
    auto it = std::lower_bound(hashes.begin(), hashes.end(), std::make_pair(h, std::uint32_t{0}));
    for (; it != hashes.end() && it->first == h; ++it)
      if (Equal(s, *p.enums[in.a][it->second])) return R::kPass;
  } else {
    for (const Value* e : p.enums[in.a])
      if (Equal(s, *e)) return R::kPass;
  }
  return R::kFail;
}

R StreamValidator::Impl::ExecContent(const Instr& in, const Scalar& s) const {
  auto ok = [](bool b) { return b ? R::kPass : R::kFail; };
  if (!s.is_string) return R::kPass;
  std::string decoded;
  std::string_view text = s.str;
  if (in.a) {
    if (!value_checks::DecodeBase64(text, &decoded)) return R::kFail;
    text = decoded;
  }
  rapidjson::Document doc;
  return ok(!in.u || ParseJson(text, doc));
}

R StreamValidator::Impl::Exec(const Instr& in, const Scalar& s) const {
  const Value& v = s.v;
  auto ok = [](bool b) { return b ? R::kPass : R::kFail; };
  switch (in.op) {
    case Op::kFalse:
      return R::kFail;
    case Op::kType:
      if (s.is_string) return ok((in.u & kTypeString) != 0);
      if (s.type_bits & in.u) {
        if (in.a == 0 || !(in.u & kTypeInteger) || (in.u & kTypeNumber) || !v.IsDouble() ||
            std::fabs(v.GetDouble()) >= 18446744073709551616.0)
          return R::kPass;
      }
      return R::kFail;
    case Op::kConst:
      return ok(Equal(s, *p.consts[in.a]));
    case Op::kEnum:
      return ExecEnum(in, s);
    case Op::kMultipleOf:
      return ok(!v.IsNumber() || MultipleOf(s, in));
    case Op::kMaximum:
      return ok(!v.IsNumber() || CompareNumber(s, in) <= 0);
    case Op::kExclusiveMaximum:
      return ok(!v.IsNumber() || CompareNumber(s, in) < 0);
    case Op::kMinimum:
      return ok(!v.IsNumber() || CompareNumber(s, in) >= 0);
    case Op::kExclusiveMinimum:
      return ok(!v.IsNumber() || CompareNumber(s, in) > 0);
    case Op::kMaxLength:
      return ok(!s.is_string || s.str.size() <= in.u || CodePoints(s.str) <= in.u);
    case Op::kMinLength:
      return ok(!s.is_string || CodePoints(s.str) >= in.u);
    case Op::kPattern:
      if (!s.is_string) return R::kPass;
      if (const int m = MatchPattern(p.patterns[in.a], s.str.data(), s.str.size()); m != 0)
        return m > 0 ? R::kPass : R::kAbort;
      return R::kFail;
    case Op::kFormat:
      return ok(!s.is_string || CheckFormat(*in.text, s.str));
    case Op::kAllOf:
      for (std::uint32_t c : p.lists[in.a])
        if (const R r = EvalNode(c, s); r != R::kPass) return r;
      return R::kPass;
    case Op::kAnyOf:
      for (std::uint32_t c : p.lists[in.a]) {
        const R r = EvalNode(c, s);
        if (r != R::kFail) return r;
      }
      return R::kFail;
    case Op::kOneOf: {
      std::size_t count = 0;
      const auto& list = p.lists[in.a];
      for (std::size_t k = 0; k < list.size() && count < 2; ++k) {
        const R r = EvalNode(list[k], s);
        if (r == R::kAbort) return r;
        if (r == R::kPass) ++count;
      }
      return ok(count == 1);
    }
    case Op::kNot: {
      const R r = EvalNode(in.a, s);
      return r == R::kAbort ? r : r == R::kPass ? R::kFail : R::kPass;
    }
    case Op::kIf: {
      const R cond = EvalNode(in.a, s);
      if (cond == R::kAbort) return cond;
      if (cond == R::kPass && in.b != kNoNode) return EvalNode(in.b, s);
      if (cond == R::kFail && in.c != kNoNode) return EvalNode(in.c, s);
      return R::kPass;
    }
    case Op::kRef:
      return EvalNode(in.a, s);
    case Op::kDynamicRef:  // only static ones reach here (see streamable)
      return EvalNode(p.dynamic[in.a].static_node, s);
    case Op::kContent:
      return ExecContent(in, s);
    default:
      // Container keywords: a scalar passes them all.
      return R::kPass;
  }
}

StreamVerdict StreamValidator::Impl::Dom(std::string_view bytes, JsonError* error) const {
  rapidjson::Document doc;
  JsonNumberTexts texts;
  if (!ParseJson(bytes, doc, error, limits, &texts)) return StreamVerdict::kMalformed;
  ValidateOptions options;
  options.number_texts = &texts;
  return Evaluate(p, doc, options, nullptr) ? StreamVerdict::kValid : StreamVerdict::kInvalid;
}

namespace {

// The SAX side: one instance's walk over the program.
class Walker {
 public:
  using State = StreamScratch::State;

  Walker(const StreamValidator::Impl& x, State& st, std::string_view text, InputStream& is,
         const StackGuard* guard, bool check_utf8)
      : x_(x), st_(st), text_(text), is_(is), guard_(guard), check_utf8_(check_utf8) {
    st_.frames.clear();
    st_.opens.clear();
    st_.heads.clear();
    st_.heads.push_back(x_.root);
    // Deeper than this, the evaluator's frame or instance-depth limits might
    // be reached: such instances go to the evaluator itself.
    const std::size_t by_frames = (x_.frame_limit - 16) / (x_.max_in_place + 2);
    depth_cap_ = std::min(by_frames, x_.inst_limit) - 1;
  }

  bool failed() const { return failed_; }
  bool unknown() const { return unknown_; }
  bool malformed() const { return malformed_; }
  bool stack_short() const { return stack_short_; }

  // Each scalar is built in place in scalar_ (set field by field and read
  // back the same way: a Value passed by value was written in parts and
  // read whole, a store-forwarding stall per scalar).
  bool Null() {
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetNull();
    return OnScalar({}, kTypeNull);
  }
  bool Bool(bool b) {
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetBool(b);
    return OnScalar({}, kTypeBoolean);
  }
  bool Int(int i) {
    if (i == 0) return Zero();
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetInt(i);
    return OnScalar({}, kTypeNumber | kTypeInteger);
  }
  bool Uint(unsigned i) {
    if (i == 0) return Zero();
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetUint(i);
    return OnScalar({}, kTypeNumber | kTypeInteger);
  }
  bool Int64(std::int64_t i) {
    if (i == 0) return Zero();
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetInt64(i);
    return OnScalar({}, kTypeNumber | kTypeInteger);
  }
  bool Uint64(std::uint64_t i) {
    if (i == 0) return Zero();
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetUint64(i);
    return OnScalar({}, kTypeNumber | kTypeInteger);
  }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }  // not requested
  bool Double(double) {
    // As ParseJson: the correctly rounded double of the text. A mantissa of
    // at most 2^53 and a power of ten of at most 22 are both doubles exactly,
    // so one multiplication or division rounds correctly (Clinger's fast
    // path); other texts go to ReadJsonDouble.
    const std::string_view t = ReadNumber(&scalar_);
    double d = 0;
    if (scalar_.small && scalar_.mantissa <= (std::uint64_t{1} << 53) && scalar_.exponent >= -22 &&
        scalar_.exponent <= 22) {
      d = static_cast<double>(scalar_.mantissa);
      d = scalar_.exponent < 0 ? d / kPow10[-scalar_.exponent] : d * kPow10[scalar_.exponent];
      if (t[0] == '-') d = -d;
    } else if (!internal::ReadJsonDouble(t, &d)) {
      malformed_ = true;
      return false;
    }
    if (!std::isfinite(d)) {
      malformed_ = true;
      return false;
    }
    if (failed_) return true;
    scalar_.is_string = false;
    scalar_.v.SetDouble(d);
    // TypeBits of a finite double without floor(): integral when truncating
    // to 64 bits gives it back (all doubles of magnitude 2^53 and above are).
    const bool integral =
        std::fabs(d) >= 9007199254740992.0 || static_cast<double>(static_cast<std::int64_t>(d)) == d;
    return OnScalar(t, integral ? std::uint8_t{kTypeNumber | kTypeInteger} : std::uint8_t{kTypeNumber});
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (check_utf8_ && !ValidUtf8(s, n)) {
      malformed_ = true;
      return false;
    }
    if (failed_) return true;
    scalar_.is_string = true;
    scalar_.v.SetNull();  // numeric keywords see no number
    scalar_.str = std::string_view(s, n);
    return OnScalar({}, kTypeString);
  }
  bool StartObject() { return OnStart(true); }
  bool StartArray() { return OnStart(false); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (check_utf8_ && !ValidUtf8(s, n)) {
      malformed_ = true;
      return false;
    }
    if (failed_) return true;
    State::Frame& f = *top_;
    ++f.count;
    st_.heads.clear();
    // The opens stay put while a member name is read (only heads grows):
    // walked by pointer, without reloading the vector's bounds per push.
    State::Open* const opens_end = st_.opens.data() + st_.opens.size();
    for (State::Open* op = st_.opens.data() + f.open_begin; op != opens_end; ++op) {
      State::Open& o = *op;
      const OpenInfo& oi = *o.info;
      if (oi.plain_record) {
        const auto& info = *static_cast<const StreamValidator::Impl::ObjectInfo*>(oi.object_info);
        std::size_t index = o.next_property;
        if (index >= info.next_limit || !SameName(info.names[index], s, n)) {
          index = SIZE_MAX;
          if (n == 0 || (info.declared_first[static_cast<unsigned char>(s[0]) >> 6] >>
                         (static_cast<unsigned char>(s[0]) & 63) & 1))
            if (const PropertyEntry* pe = oi.oa->Find(s, n))
              index = static_cast<std::size_t>(pe - oi.oa->properties.data());
        }
        if (index != SIZE_MAX) {
          const auto& w = info.names[index];
          o.next_property = static_cast<std::uint32_t>(index) + 1;
          o.fused_seen |= w.required_bit;
          if (w.head != kNoNode) st_.heads.push_back(w.head);
        } else if (oi.oa->additional != kNoNode) {
          Push(oi.oa->additional);
        }
        continue;
      }
      if (oi.oa) {
        const ObjectApplicator& oa = *oi.oa;
        bool matched = false, patterns_done = false;
        const auto& info = *static_cast<const StreamValidator::Impl::ObjectInfo*>(oi.object_info);
        if (!info.names.empty()) {
          // The declared property after the last one met first (members
          // mostly come in schema order), then the table.
          std::size_t index = SIZE_MAX;
          if (o.next_property < info.next_limit && SameName(info.names[o.next_property], s, n)) {
            index = o.next_property;
          } else if (n == 0 || (info.declared_first[static_cast<unsigned char>(s[0]) >> 6] >>
                                (static_cast<unsigned char>(s[0]) & 63) & 1)) {
            if (const PropertyEntry* pe = oa.Find(s, n))
              index = static_cast<std::size_t>(pe - oa.properties.data());
          }
          if (index != SIZE_MAX) {
            matched = true;
            const auto& w = info.names[index];
            o.next_property = static_cast<std::uint32_t>(index) + 1;
            o.fused_seen |= w.required_bit;
            if (w.head != kNoNode) st_.heads.push_back(w.head);
            if (info.patterns_known) {
              for (std::uint32_t j = info.pattern_begin[index]; j < info.pattern_begin[index + 1]; ++j)
                Push(info.pattern_nodes[j]);
              patterns_done = true;
            }
          }
        }
        if (!patterns_done && !oa.patterns.empty()) {
          if (n != 0 && !info.pattern_first.empty()) {
            // Only the patterns that may match a name with this first byte,
            // in pattern order.
            for (std::uint64_t m = info.pattern_first[static_cast<unsigned char>(s[0])]; m != 0; m &= m - 1) {
              const PatternEntry& pat = oa.patterns[static_cast<std::size_t>(__builtin_ctzll(m))];
              const int r = x_.MatchPattern(pat.re, s, n);
              if (r == 0) continue;
              if (r < 0) return Fail();  // over the match budget: invalid
              matched = true;
              Push(pat.node);
            }
          } else {
            for (const auto& pat : oa.patterns) {
              const int r = x_.MatchPattern(pat.re, s, n);
              if (r == 0) continue;
              if (r < 0) return Fail();  // over the match budget: invalid
              matched = true;
              Push(pat.node);
            }
          }
        }
        if (!matched && oa.additional != kNoNode) Push(oa.additional);
      }
      if (oi.required >= 0) o.required_seen |= RequiredBits(static_cast<std::size_t>(oi.required), s, n);
      if (oi.property_names != kNoNode) {
        scalar_.is_string = true;
        scalar_.type_bits = kTypeString;
        scalar_.v.SetNull();
        scalar_.str = std::string_view(s, n);
        scalar_.text = {};
        scalar_.kept = -1;
        if (x_.EvalNode(oi.property_names, scalar_) != R::kPass) return Fail();
      }
    }
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return OnEnd(); }
  bool EndArray(rapidjson::SizeType) { return OnEnd(); }

 private:
  void Push(std::uint32_t id) {
    id = x_.head[id];
    if (id != kNoNode) st_.heads.push_back(id);
  }

  bool Fail() {
    failed_ = true;
    return true;  // keep parsing: malformed input must still be found
  }

  bool Unknown() {
    unknown_ = true;
    return false;
  }

  // The nodes of the next item of the array being read.
  __attribute__((always_inline)) void NextItem() {
    State::Frame& f = *top_;
    const std::uint64_t index = f.count++;
    st_.heads.clear();
    const State::Open* const opens_end = st_.opens.data() + st_.opens.size();
    for (const State::Open* op = st_.opens.data() + f.open_begin; op != opens_end; ++op) {
      const OpenInfo& oi = *op->info;
      if (!oi.ia) continue;
      if (index < oi.prefix_size) Push(oi.ia->prefix[static_cast<std::size_t>(index)]);
      else if (oi.rest_head != kNoNode) st_.heads.push_back(oi.rest_head);
    }
  }

  std::uint64_t RequiredBits(std::size_t names, const char* s, std::size_t n) const {
    const RequiredTable& t = x_.p.required_tables[names];
    if (!t.empty()) {
      const int bit = t.Find(s, n);
      return bit >= 0 ? std::uint64_t{1} << bit : 0;
    }
    std::uint64_t bits = 0;
    const auto& list = x_.p.names[names];
    for (std::size_t i = 0; i < list.size(); ++i)
      if (list[i].text.size() == n && std::memcmp(list[i].text.data(), s, n) == 0) bits |= std::uint64_t{1} << i;
    return bits;
  }

  // type_bits: TypeBits of the scalar (the caller knows them).
  __attribute__((always_inline)) bool OnScalar(std::string_view number_text, std::uint8_t type_bits) {
    bool unique = false;
    if (top_ && !top_->object) {
      NextItem();
      unique = top_->unique;
    }
    Scalar& s = scalar_;
    s.text = number_text;
    s.kept = -1;
    s.type_bits = type_bits;
    const std::uint8_t* const type_only = x_.type_only.data();
    const std::uint8_t* const number_node = x_.number_node.data();
    for (std::uint32_t id : st_.heads) {
      if (type_only[id] & type_bits) continue;
      if ((type_bits & kTypeNumber) && number_node[id]) {
        const int r = x_.FastNumber(x_.number_nodes[id], s);
        if (r > 0) continue;
        if (r == 0) return Fail();
      }
      if (x_.EvalHead(id, s) != R::kPass) return Fail();
    }
    if (unique) KeepItem(s);
    return true;
  }

  // A scalar item of a uniqueItems array, kept for ItemsUnique (out of
  // line: OnScalar stays small for the scalars that need none of it).
  __attribute__((noinline)) void KeepItem(const Scalar& s) {
    State::Item item{Value(), 0, 0, s.is_string};
    if (item.is_string) {
      item.offset = st_.item_chars.size();
      item.length = s.str.size();
      st_.item_chars.append(s.str.data(), s.str.size());
    } else {
      item.v.CopyFrom(s.v, dummy_allocator_);  // a scalar: nothing is allocated
    }
    st_.items.push_back(std::move(item));
  }

  __attribute__((always_inline)) bool OnStart(bool object) {
    if (++depth_ > x_.limits.max_depth) {
      malformed_ = true;
      return false;
    }
    // RapidJSON's recursive parser nests a call per level: leave it before
    // the thread's stack runs short (Check then parses iteratively).
    if (guard_ && guard_->Exhausted()) {
      stack_short_ = true;
      return false;
    }
    if (failed_) return true;
    if (top_ && !top_->object) {
      if (top_->unique) return Unknown();  // uniqueItems over containers
      NextItem();
    }
    if (depth_ > depth_cap_) return Unknown();
    const auto open_begin = static_cast<std::uint32_t>(st_.opens.size());
    bool unique = false;
    const int kind = object ? 0 : 1;
    for (std::uint32_t head : st_.heads) {
      const StreamValidator::Impl::StartInfo& si = x_.starts[head];
      if (!si.supported) return Unknown();
      if (si.fails[kind]) return Fail();
      for (std::uint32_t k = si.begin[kind]; k < si.end[kind]; ++k) {
        State::Open& o = st_.opens.emplace_back();  // set in place (no temporary to copy)
        o.info = x_.start_open_infos[k];
        o.fused_seen = 0;
        o.required_seen = 0;
        o.next_property = 0;
      }
      unique = unique || (!object && si.unique);
    }
    if (unique) {
      st_.items.clear();
      st_.item_chars.clear();
    }
    State::Frame& f = st_.frames.emplace_back();
    top_ = &f;
    f.open_begin = open_begin;
    f.count = 0;
    f.object = object;
    f.unique = unique;
    return true;
  }

  __attribute__((always_inline)) bool OnEnd() {
    --depth_;
    if (failed_) return true;
    const State::Frame& f = *top_;
    const std::uint64_t count = f.count;
    const State::Open* const opens_end = st_.opens.data() + st_.opens.size();
    for (const State::Open* op = st_.opens.data() + f.open_begin; op != opens_end; ++op) {
      const State::Open& o = *op;
      const OpenInfo& oi = *o.info;
      if (f.object) {
        // Bits of a `required` the node does not have stay 0, as do the
        // expected ones (OpenInfo::fused_all, required_all).
        if (count < oi.min_props || count > oi.max_props ||
            ((o.fused_seen ^ oi.fused_all) | (o.required_seen ^ oi.required_all)) != 0)
          return Fail();
      } else if (count < oi.min_items || count > oi.max_items) {
        return Fail();
      }
    }
    if (f.unique && !ItemsUnique()) return Fail();
    st_.opens.shrink_to(f.open_begin);  // f is not used past here
    st_.frames.pop_back();
    top_ = st_.frames.empty() ? nullptr : &st_.frames.back();
    return true;
  }

  // The scalar items kept for uniqueItems, compared as AllUnique compares.
  bool ItemsUnique() {
    // Strings only, a few of them (the common case): equal means the same
    // bytes, as JsonEqual has it; no Values to build.
    const std::size_t count = st_.items.size();
    if (count <= 32 && std::all_of(st_.items.begin(), st_.items.end(),
                                   [](const State::Item& item) { return item.is_string; })) {
      const char* chars = st_.item_chars.data();
      for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = i + 1; j < count; ++j)
          if (st_.items[i].length == st_.items[j].length &&
              SameBytes(chars + st_.items[i].offset, chars + st_.items[j].offset, st_.items[i].length))
            return false;
      st_.items.clear();
      return true;
    }
    auto& values = st_.item_values;
    values.clear();
    for (State::Item& item : st_.items) {
      if (item.is_string)
        values.emplace_back(rapidjson::StringRef(st_.item_chars.data() + item.offset,
                                                 static_cast<rapidjson::SizeType>(item.length)));
      else
        values.push_back(std::move(item.v));
    }
    st_.items.clear();
    return value_checks::AllUnique(values.data(), values.size(), &st_.item_hashes);
  }

  // The text of the number being read. RapidJSON parses a number on a copy
  // of an in-situ stream and writes the position back after the handler
  // returns, so the stream still stands at the number's first byte.
  std::string_view NumberText() {
    const std::size_t begin = std::min(is_.Tell(), text_.size());
    std::size_t end = begin;
    while (end < text_.size() && IsNumberChar(text_[end])) ++end;
    return text_.substr(begin, end - begin);
  }

  // The same, read as a number (RapidJSON has checked its grammar): its
  // significant digits and, when at most 19, its exact value in *s.
  static std::string_view ReadNumberText(std::string_view text, std::size_t at, Scalar* s) {
    const char* const begin = text.data() + std::min(at, text.size());
    const char* const end = text.data() + text.size();
    const char* q = begin;
    if (q != end && *q == '-') ++q;
    std::uint64_t mantissa = 0;
    std::uint32_t significant = 0;
    std::int64_t frac = 0;
    for (; q != end && *q >= '0' && *q <= '9'; ++q) {
      if (significant == 0 && *q == '0') continue;
      if (significant < 19) mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
      ++significant;
    }
    if (q != end && *q == '.') {
      for (++q; q != end && *q >= '0' && *q <= '9'; ++q) {
        ++frac;
        if (significant == 0 && *q == '0') continue;
        if (significant < 19) mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
        ++significant;
      }
    }
    bool small = significant <= 19;
    std::int64_t exp = 0;
    if (q != end && (*q == 'e' || *q == 'E')) {
      ++q;
      bool negative = false;
      if (q != end && (*q == '+' || *q == '-')) negative = *q++ == '-';
      for (; q != end && *q >= '0' && *q <= '9'; ++q) {
        if (exp > 1000000000000) small = false;  // far beyond any double: no exact value kept
        else exp = exp * 10 + (*q - '0');
      }
      if (negative) exp = -exp;
    }
    s->significant = significant;
    s->small = small;
    s->mantissa = mantissa;
    s->exponent = exp - frac;
    return std::string_view(begin, static_cast<std::size_t>(q - begin));
  }
  std::string_view ReadNumber(Scalar* s) { return ReadNumberText(text_, is_.Tell(), s); }

  // "-0" is the double -0.0, every other zero the unsigned 0 (as ParseJson).
  bool Zero() {
    if (failed_) return true;
    if (NumberText() == "-0") {
      scalar_.is_string = false;
      scalar_.v.SetDouble(-0.0);
      scalar_.significant = 0;
      scalar_.small = true;
      scalar_.mantissa = 0;
      scalar_.exponent = 0;
      return OnScalar("-0", kTypeNumber | kTypeInteger);
    }
    scalar_.is_string = false;
    scalar_.v.SetUint(0u);
    return OnScalar({}, kTypeNumber | kTypeInteger);
  }

  const StreamValidator::Impl& x_;
  State& st_;
  std::string_view text_;
  InputStream& is_;
  const StackGuard* guard_;  // null: the parser is iterative
  bool check_utf8_;          // false: the text is ASCII, and so is every string
  std::size_t depth_ = 0, depth_cap_ = 0;
  bool failed_ = false, unknown_ = false, malformed_ = false, stack_short_ = false;
  Scalar scalar_;
  State::Frame* top_ = nullptr;  // st_.frames.back(), null when empty (not kept once failed_)
  rapidjson::MemoryPoolAllocator<> dummy_allocator_;  // never allocates: scalars only
};

}  // namespace

namespace {

template <typename Dom, typename Malformed>
StreamVerdict Finish(std::string_view body, const Walker& walker, InputStream& is, bool parse_error,
                     Dom& dom, Malformed& malformed) {
  if (walker.unknown()) return dom();
  if (parse_error || walker.malformed()) return malformed();
  // RapidJSON reads a NUL as the end of the input: it must be the real end.
  if (is.Tell() != body.size()) return malformed();
  return walker.failed() ? StreamVerdict::kInvalid : StreamVerdict::kValid;
}

}  // namespace

StreamValidator::StreamValidator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StreamValidator::~StreamValidator() = default;

std::unique_ptr<StreamValidator> StreamValidator::Create(const Schema& schema, const JsonLimits& limits) {
  auto impl = std::make_unique<Impl>(*schema.program_);
  impl->limits = limits;
  impl->Analyse();
  return std::unique_ptr<StreamValidator>(new StreamValidator(std::move(impl)));
}

bool StreamValidator::streamable() const { return impl_->streamable; }

StreamVerdict StreamValidator::Check(std::string_view bytes, StreamScratch* scratch, JsonError* error,
                                     bool* used_dom) const {
  const Impl& x = *impl_;
  if (used_dom) *used_dom = false;
  auto dom = [&] {
    if (used_dom) *used_dom = true;
    return x.Dom(bytes, error);
  };
  auto malformed = [&] {
    if (error) x.Dom(bytes, error);  // ParseJson names the fault and its offset
    return StreamVerdict::kMalformed;
  };
  if (!x.streamable) return dom();
  if (bytes.size() > x.limits.max_bytes) return malformed();
  // RapidJSON skips a byte-order mark byte by byte; only the whole mark may
  // stand first (as ParseJson's pre-scan).
  if (!bytes.empty() && (bytes[0] == '\xEF' || bytes[0] == '\xBB' || bytes[0] == '\xBF') &&
      bytes.substr(0, 3) != "\xEF\xBB\xBF")
    return malformed();
  std::string_view body = bytes;  // what RapidJSON reads: without the mark
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  std::unique_ptr<StreamScratch> local;
  if (!scratch) {
    local = std::make_unique<StreamScratch>();
    scratch = local.get();
  }
  StreamScratch::State& st = scratch->state();
  // UTF-8 is checked per string by the walker (a strict check eight bytes
  // at a time) rather than byte by byte by RapidJSON; outside strings any
  // byte above 0x7F is a syntax error either way. The recursive parser is
  // RapidJSON's fast one; the walker stops it before the stack runs short.
  constexpr unsigned kRecursive = rapidjson::kParseInsituFlag;
  constexpr unsigned kIterative = rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag;
  // In situ, strings are decoded in place, without a copy to the reader's
  // stack: the bytes go to a scratch buffer first (numbers stay intact there,
  // and their texts are read from `bytes`). NUL-terminated, plus 16 more
  // zeros: the SSE2 scanners read aligned 16-byte blocks, the last of which
  // may reach past the terminator.
  if (st.text.size() < body.size() + 17) st.text.resize(body.size() + 17);  // never shrinks: no refill
  std::memset(st.text.data() + body.size(), 0, 17);
  const BodyScan scan = CopyAndScan(body, st.text.data());
  // Before parsing, so that no string the walker checks holds a lone
  // surrogate (which is not UTF-8): in a text that parses, every backslash
  // is in a string, so the escape scan is exact there.
  if (scan.bad_control || (scan.backslash && HasLoneSurrogateEscape(body))) return malformed();
  auto load = [&] {  // again, for a second parse (the first one changed the buffer)
    if (!body.empty()) std::memcpy(st.text.data(), body.data(), body.size());
    std::memset(st.text.data() + body.size(), 0, 17);
  };
  const StackGuard guard;
  InputStream is(st.text.data());
  Walker walker(x, st, body, is, &guard, !scan.ascii);
  bool parse_error = st.reader.Parse<kRecursive>(is, walker).IsError();
  if (walker.stack_short()) {
    load();
    InputStream is2(st.text.data());
    Walker again(x, st, body, is2, nullptr, !scan.ascii);
    parse_error = st.reader.Parse<kIterative>(is2, again).IsError();
    return Finish(body, again, is2, parse_error, dom, malformed);
  }
  return Finish(body, walker, is, parse_error, dom, malformed);
}


}  // namespace stepcache::schemas
