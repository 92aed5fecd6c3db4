// ParseJson: the one entry point for untrusted JSON text.
#include "stepcache/schemas/json.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "../../schemas/src/decimal.h"
#include "../../schemas/src/json_text.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache {
namespace {

JsonError ParseError(std::string_view text, const JsonLimits& limits = {}) {
  rapidjson::Document doc;
  JsonError error;
  EXPECT_FALSE(ParseJson(text, doc, &error, limits)) << text;
  EXPECT_TRUE(doc.IsNull());
  return error;
}

TEST(ParseJsonTest, AcceptsValidDocumentsAndSurrogatePairs) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"( {"a": [1, 2.5, "\ud83d\ude00", null]} )", doc));
  EXPECT_EQ(doc["a"][2].GetStringLength(), 4u);  // one 4-byte UTF-8 code point
  EXPECT_EQ(JsonToString(doc), "{\"a\":[1,2.5,\"\xF0\x9F\x98\x80\",null]}");
}

TEST(ParseJsonTest, ErrorsNameTheByteOffset) {
  EXPECT_EQ(ParseError("{\"a\": tru}").offset, 9u);  // where "tru" stops matching
  EXPECT_EQ(ParseError("[1, 2] x").offset, 7u);
  JsonError bad_utf8 = ParseError("[\"\xC3\x28\"]");
  EXPECT_EQ(bad_utf8.offset, 2u) << bad_utf8.ToString();  // the 0xC3 byte
}

TEST(ParseJsonTest, LoneSurrogateEscapesAreRejected) {
  EXPECT_EQ(ParseError(R"(["ab\udc00"])").offset, 4u);
  EXPECT_EQ(ParseError(R"(["\ud800x"])").offset, 2u);
  EXPECT_EQ(ParseError(R"(["\ud800\u0041"])").offset, 2u);
  // An escaped backslash before "udc00" is not an escape.
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(R"(["\\udc00"])", doc));
}

TEST(ParseJsonTest, NulBytesAndStrayByteOrderMarkBytesAreRejected) {
  EXPECT_EQ(ParseError(std::string_view("1\0junk", 6)).offset, 1u);
  EXPECT_EQ(ParseError(std::string_view("[\"a\0\"]", 6)).offset, 3u);
  EXPECT_EQ(ParseError("\xBFnull").offset, 0u);
  EXPECT_EQ(ParseError("\xEF\xBBnull").offset, 0u);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson("\xEF\xBB\xBFnull", doc));  // a whole byte-order mark is allowed
}

// Every control byte in a string is an error wherever it stands: also deep
// in a long ASCII string, where the reader scans 16 bytes at a time (the
// SSE2 scanner of RapidJSON misses 0x1A-0x1F; those texts take the
// byte-by-byte reader).
TEST(ParseJsonTest, ControlBytesInLongStringsAreRejected) {
  for (int c = 1; c < 0x20; ++c) {
    for (std::size_t at : {0u, 5u, 17u, 40u}) {
      std::string text = "[\"" + std::string(48, 'x') + "\"]";
      text[2 + at] = static_cast<char>(c);
      const JsonError e = ParseError(text);
      EXPECT_EQ(e.offset, 2 + at) << c << " at " << at;
      EXPECT_EQ(e.message, "Invalid escape character in string") << c << " at " << at;
    }
  }
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson("[\"" + std::string(40, 'x') + "\\n\\u0041" + std::string(40, 'y') + "\"]", doc));
  EXPECT_EQ(doc[0].GetStringLength(), 82u);
}

TEST(ParseJsonTest, DeepNestingIsACleanErrorNotAStackOverflow) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  JsonError e = ParseError(deep);
  EXPECT_EQ(e.offset, 1000u);
  EXPECT_NE(e.message.find("nesting"), std::string::npos);
  // Brackets inside strings do not count.
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson("[\"" + std::string(5000, '[') + "\"]", doc));
}

TEST(ParseJsonTest, SizeLimit) {
  JsonLimits limits;
  limits.max_bytes = 8;
  EXPECT_NE(ParseError("[1,2,3,4,5]", limits).message.find("exceeds"), std::string::npos);
}

TEST(ParseJsonTest, DepthOfValue) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a": [[1], {"b": []}]})", doc));
  EXPECT_EQ(JsonDepth(doc), 4u);  // object, array, object, array
  ASSERT_TRUE(ParseJson("7", doc));
  EXPECT_EQ(JsonDepth(doc), 0u);
}

// ---------------------------------------------------------------------------
// The reference: ParseJson as it was before the in-situ reader, the bulk
// pre-scan and the fast double path (a byte-by-byte pre-scan; RapidJSON over
// a bounded UTF-8 memory stream; every non-integer number's text, found
// backwards from the stream position, converted by ReadJsonDouble). The
// current ParseJson must give the same verdict, error message and offset,
// the same document (types, doubles bit for bit, strings byte for byte) and
// the same kept number texts on every input.
namespace reference {

using schemas::Compare;
using schemas::Decimal;

bool Fail(JsonError* error, std::string message, std::size_t offset) {
  error->message = std::move(message);
  error->offset = offset;
  return false;
}

bool PreScan(std::string_view text, std::size_t max_depth, JsonError* error) {
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (!bom && !text.empty() && (text[0] == '\xEF' || text[0] == '\xBB' || text[0] == '\xBF'))
    return Fail(error, "invalid byte before the value", 0);
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0') return Fail(error, "NUL byte in JSON text", i);
    if (in_string) {
      if (c == '"') {
        in_string = false;
      } else if (c == '\\') {
        const int unit = schemas::internal::JsonEscapedUnit(text, i);
        if (unit >= 0xDC00 && unit <= 0xDFFF) return Fail(error, "lone low surrogate escape in string", i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          const int low = schemas::internal::JsonEscapedUnit(text, i + 6);
          if (low < 0xDC00 || low > 0xDFFF)
            return Fail(error, "high surrogate escape not followed by a low surrogate", i);
          i += 11;
        } else {
          ++i;
        }
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return Fail(error, "nesting deeper than the limit of " + std::to_string(max_depth), i);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

using InputStream = rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream>;

class Handler {
 public:
  Handler(rapidjson::Document& doc, bool keep, std::string_view text, const InputStream& is)
      : doc_(doc), keep_(keep), text_(text), is_(is) {}
  bool Null() { return doc_.Null(); }
  bool Bool(bool b) { return doc_.Bool(b); }
  bool Int(int i) { return i == 0 ? Zero() : doc_.Int(i); }
  bool Uint(unsigned i) { return i == 0 ? Zero() : doc_.Uint(i); }
  bool Int64(std::int64_t i) { return i == 0 ? Zero() : doc_.Int64(i); }
  bool Uint64(std::uint64_t i) { return i == 0 ? Zero() : doc_.Uint64(i); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc_.String(s, n, copy); }
  bool StartObject() { return doc_.StartObject(); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc_.Key(s, n, copy); }
  bool EndObject(rapidjson::SizeType n) { return doc_.EndObject(n); }
  bool StartArray() { return doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return doc_.EndArray(n); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool Double(double) {
    const std::string_view t = NumberText();
    double d = 0;
    if (!schemas::internal::ReadJsonDouble(t, &d)) return false;
    if (!std::isfinite(d)) {
      too_big_ = true;
      return false;
    }
    const std::size_t significant = keep_ ? schemas::internal::SignificantDigits(t) : 0;
    if (keep_ && t.find_first_of(".eE") == std::string_view::npos) {  // an integer beyond 64 bits
      kept_.emplace_back(doubles_, std::string(t));
    } else if (keep_ && (significant > 15 || (significant > 0 && std::fabs(d) < DBL_MIN))) {
      Decimal written;
      if (Decimal::Parse(t, &written) && Compare(written, Decimal::FromDouble(d)) != 0)
        kept_.emplace_back(doubles_, std::string(t));
    }
    ++doubles_;
    return doc_.Double(d);
  }
  bool too_big_ = false;
  std::vector<std::pair<std::size_t, std::string>> kept_;  // (ordinal among doubles, text)

 private:
  std::string_view NumberText() const {
    const std::size_t end = std::min(is_.Tell(), text_.size());
    std::size_t begin = end;
    while (begin > 0 && schemas::internal::IsNumberChar(text_[begin - 1])) --begin;
    return text_.substr(begin, end - begin);
  }
  bool Zero() {
    if (NumberText() == "-0") {
      ++doubles_;
      return doc_.Double(-0.0);
    }
    return doc_.Uint(0);
  }
  rapidjson::Document& doc_;
  bool keep_;
  std::string_view text_;
  const InputStream& is_;
  std::size_t doubles_ = 0;
};

// As ParseJson (limits.max_bytes not tested here), with the kept texts as
// (ordinal among the document's doubles, text).
bool Parse(std::string_view text, rapidjson::Document& doc, JsonError* error, const JsonLimits& limits,
           std::vector<std::pair<std::size_t, std::string>>* kept) {
  doc.SetNull();
  kept->clear();
  if (!PreScan(text, limits.max_depth, error)) return false;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
  rapidjson::Reader reader;
  rapidjson::MemoryStream ms(text.data(), text.size());
  InputStream is(ms);
  Handler handler(doc, true, text, is);
  auto generate = [&](rapidjson::Document&) { return !reader.Parse<kFlags>(is, handler).IsError(); };
  doc.Populate(generate);
  if (reader.HasParseError()) {
    if (handler.too_big_) {
      error->message = "Number too big to be stored in double";
    } else {
      error->message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
      if (!error->message.empty() && error->message.back() == '.') error->message.pop_back();
    }
    error->offset = reader.GetErrorOffset();
    doc.SetNull();
    return false;
  }
  *kept = std::move(handler.kept_);
  return true;
}

}  // namespace reference

std::uint64_t Bits(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

// Same document, value by value in document order (doubles bit for bit),
// and the same kept texts: `texts` (ParseJson's) against the reference's
// (ordinal among doubles, text) list. Empty when equal, else what differs.
std::string Difference(const rapidjson::Value& got, const JsonNumberTexts& texts, const rapidjson::Value& want,
                       const std::vector<std::pair<std::size_t, std::string>>& kept) {
  std::vector<std::pair<const rapidjson::Value*, const rapidjson::Value*>> stack{{&got, &want}};
  std::size_t ordinal = 0, next_kept = 0, found = 0;
  while (!stack.empty()) {
    auto [x, y] = stack.back();
    stack.pop_back();
    if (x->GetType() != y->GetType()) return "type";
    if (x->IsNumber()) {
      if (x->IsInt() != y->IsInt() || x->IsUint() != y->IsUint() || x->IsInt64() != y->IsInt64() ||
          x->IsUint64() != y->IsUint64() || x->IsDouble() != y->IsDouble())
        return "number kind";
      if (x->IsDouble()) {
        if (Bits(x->GetDouble()) != Bits(y->GetDouble())) return "double bits";
        const std::string* t = texts.Find(x);
        const bool want_kept = next_kept < kept.size() && kept[next_kept].first == ordinal;
        if ((t != nullptr) != want_kept) return "kept or not";
        if (t) {
          if (*t != kept[next_kept].second) return "kept text";
          ++next_kept;
          ++found;
        }
        ++ordinal;
      } else if (x->IsUint64() ? x->GetUint64() != y->GetUint64() : x->GetInt64() != y->GetInt64()) {
        return "integer";
      }
    } else if (x->IsString()) {
      if (x->GetStringLength() != y->GetStringLength() ||
          std::memcmp(x->GetString(), y->GetString(), x->GetStringLength()) != 0)
        return "string";
    } else if (x->IsArray()) {
      if (x->Size() != y->Size()) return "array size";
      for (rapidjson::SizeType i = x->Size(); i-- > 0;) stack.emplace_back(&(*x)[i], &(*y)[i]);
    } else if (x->IsObject()) {
      if (x->MemberCount() != y->MemberCount()) return "member count";
      for (rapidjson::SizeType i = x->MemberCount(); i-- > 0;) {
        const auto& a = *(x->MemberBegin() + i);
        const auto& b = *(y->MemberBegin() + i);
        if (a.name.GetStringLength() != b.name.GetStringLength() ||
            std::memcmp(a.name.GetString(), b.name.GetString(), a.name.GetStringLength()) != 0)
          return "member name";
        stack.emplace_back(&a.value, &b.value);
      }
    } else if (x->IsBool() && x->GetBool() != y->GetBool()) {
      return "bool";
    }
  }
  if (found != texts.size() || next_kept != kept.size()) return "kept count";
  return "";
}

// ParseJson against the reference on `text`; counts accepted inputs.
void Agree(std::string_view text, const JsonLimits& limits, int* accepted) {
  rapidjson::Document got, want;
  JsonError got_error, want_error;
  JsonNumberTexts texts;
  std::vector<std::pair<std::size_t, std::string>> kept;
  const bool ok = ParseJson(text, got, &got_error, limits, &texts);
  const bool want_ok = reference::Parse(text, want, &want_error, limits, &kept);
  ASSERT_EQ(ok, want_ok) << "[" << text << "] " << got_error.ToString() << " / " << want_error.ToString();
  if (!ok) {
    EXPECT_EQ(got_error.message, want_error.message) << "[" << text << "]";
    EXPECT_EQ(got_error.offset, want_error.offset) << "[" << text << "]";
    EXPECT_TRUE(got.IsNull());
    return;
  }
  ++*accepted;
  EXPECT_EQ(Difference(got, texts, want, kept), "") << "[" << text << "]";
  // Without texts asked for: the same document.
  rapidjson::Document plain;
  ASSERT_TRUE(ParseJson(text, plain, nullptr, limits));
  EXPECT_EQ(Difference(plain, JsonNumberTexts(), want, {}), "") << "[" << text << "]";
}

std::vector<std::string> EdgeNumberTexts() {
  std::vector<std::string> t = {
      "0", "-0", "0.0", "-0.0", "-0e5", "0e-400", "1", "-1", "2147483647", "2147483648", "-2147483648",
      "-2147483649", "4294967295", "4294967296", "9007199254740991", "9007199254740992", "9007199254740993",
      "9007199254740991.0", "9007199254740992.0", "9007199254740993.0", "9007199254740993e-22",
      "9007199254740992e22", "9007199254740992e-22", "9007199254740991e22", "9223372036854775807",
      "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
      "18446744073709551616", "18446744073709551616.5", "1e22", "1e23", "1e-22", "1e-23", "1.0e22", "10e21",
      "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.8e308", "1e309", "-1e309", "1e400",
      "1e-400", "-1e-400", "5e-324", "4.9406564584124654e-324", "2.4703282292062327e-324",
      "2.4703282292062328e-324", "2.2250738585072014e-308", "2.2250738585072011e-308", "1e-320",
      "0.1", "0.2", "0.3", "0.30000000000000004", "0.1000000000000000055511151231257827",
      "0.10000000000000000555111512312578270211815834045410156251", "49.90", "2858.30", "571.66",
      "3429.96", "7.45", "415.50", "18.99", "123456789012345678", "1234567890123456789",
      "12345678901234567890", "1234567890123456789012345678901234567890", "0.000001", "1e-7",
      "100.00", "1.50e1", "1E2", "1e+2", "1e-2", "-1.5E-5", "4503599627370497.5", "1234567.8912345678",
      "3.141592653589793", "3.1415926535897932384626433832795", "2.5", "1e0000000000000000000022",
      "1e-99999999999999999999", "0.00000000000000000000000000000000000001", "1797693134862315.7e293",
      "123456789012345678e-22", "12345678.905", "000", "01", "1.", ".5", "1e", "1e+", "-", "--1", "+1",
      "1.5e3.2", "0x10", "1_000", "Infinity", "NaN"};
  return t;
}

TEST(ParseJsonTest, NumbersAgreeWithTheReferenceOnEdgeTexts) {
  int accepted = 0;
  for (const std::string& t : EdgeNumberTexts()) {
    for (const std::string& doc : {t, " " + t + " ", "[" + t + "]", "[" + t + "," + t + "]",
                                   "{\"k\":" + t + "}", "[1," + t + "-2]", "[" + t + "x]"}) {
      Agree(doc, JsonLimits(), &accepted);
    }
  }
  EXPECT_GT(accepted, 300);
}

TEST(ParseJsonTest, RandomNumberTextsAgreeWithTheReference) {
  std::mt19937_64 rng(20261202);
  int accepted = 0;
  std::string doc = "[";
  for (int i = 0; i < 20000; ++i) {
    std::string t = (rng() & 1) ? "-" : "";
    const int shape = static_cast<int>(rng() % 4);
    const std::uint64_t m = rng() >> (rng() % 64);
    std::string digits = std::to_string(m);
    if (shape == 0) digits += std::string(rng() % 25, '0' + static_cast<char>(rng() % 10));  // long mantissas
    if (shape == 1 && digits.size() > 1) {
      const std::size_t point = 1 + rng() % (digits.size() - 1);
      digits.insert(point, ".");
    } else if (shape == 2) {
      digits = "0." + std::string(rng() % 30, '0') + digits;
    }
    t += digits;
    if (rng() % 3 == 0) t += (rng() & 1 ? "e" : "E") + std::string(rng() % 3 == 0 ? "-" : rng() % 2 ? "+" : "") +
                             std::to_string(rng() % 400);
    Agree(t, JsonLimits(), &accepted);
    doc += (i % 500 ? "," : "") + t;
    if (i % 500 == 499) {
      Agree(doc + "]", JsonLimits(), &accepted);
      doc = "[";
    }
  }
  EXPECT_GT(accepted, 15000);
}

// Random documents (strings with escapes, UTF-8 and stray bytes, numbers,
// nesting, whitespace, byte-order marks), then the same with random bytes
// changed, cut, doubled or inserted (NULs, quotes, backslashes, brackets).
class RandomJson {
 public:
  explicit RandomJson(std::uint64_t seed) : rng_(seed) {}
  std::string Document() {
    std::string out;
    if (rng_() % 20 == 0) out += "\xEF\xBB\xBF";
    Value(&out, 0);
    Space(&out);
    return out;
  }
  std::string Mutate(std::string s) {
    static const char kBytes[] = {'\0', '"', '\\', '[', ']', '{', '}', ',', ':', 'u', '0', 'e', '-', '.',
                                  ' ', '\n', '\xC3', '\xA9', '\xED', '\xA0', '\x80', '\xEF', '\xBF', '\x1F', 'x'};
    const int edits = 1 + static_cast<int>(rng_() % 3);
    for (int k = 0; k < edits && !s.empty(); ++k) {
      const std::size_t at = rng_() % s.size();
      const char b = kBytes[rng_() % sizeof kBytes];
      switch (rng_() % 4) {
        case 0: s[at] = b; break;
        case 1: s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), b); break;
        case 2: s.erase(at, 1 + rng_() % 4); break;
        default: s.resize(at); break;
      }
    }
    return s;
  }

 private:
  void Space(std::string* out) {
    static const char* const kSpace[] = {"", "", "", " ", "\n  ", "\t", "\r\n"};
    *out += kSpace[rng_() % 7];
  }
  void String(std::string* out) {
    static const char* const kPieces[] = {
        "a", "Invoice", " ", "42", "\\\"", "\\\\", "\\/", "\\b\\f\\n\\r\\t", "\\u0041", "\\u00e9", "\\u20AC",
        "\\ud83d\\ude00", "\\u0000", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "[{", "}]", "\\ud800",
        "\\udc00", "\xC3", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\x1F", "\x7F", "0123456789abcdef"};
    *out += '"';
    const int n = static_cast<int>(rng_() % 8);
    for (int i = 0; i < n; ++i) {
      const std::size_t k = rng_() % (sizeof kPieces / sizeof kPieces[0]);
      // The invalid pieces (lone surrogates, bad UTF-8, control bytes) now and then.
      if (k >= 18 && rng_() % 8 != 0) continue;
      *out += kPieces[k];
    }
    if (rng_() % 4 == 0) *out += std::string(rng_() % 40, 'x');
    *out += '"';
  }
  void Number(std::string* out) {
    static const char* const kNumbers[] = {"0", "-0", "1", "-7", "49.90", "2858.30", "0.1", "1e22", "1e23",
                                           "9007199254740993", "18446744073709551616", "1e-400", "5e-324",
                                           "0.1000000000000000055511151231257827", "-0.0", "3.14e+2", "1E-5",
                                           "123456789012345678901234567890", "4294967296", "-2147483649"};
    if (rng_() % 2) {
      *out += kNumbers[rng_() % (sizeof kNumbers / sizeof kNumbers[0])];
    } else {
      *out += std::to_string(rng_() % 100000);
      if (rng_() % 2) *out += "." + std::to_string(rng_() % 1000);
      if (rng_() % 4 == 0) *out += "e" + std::to_string(static_cast<int>(rng_() % 50) - 25);
    }
  }
  void Value(std::string* out, int depth) {
    Space(out);
    const int kind = static_cast<int>(rng_() % (depth > 6 ? 4 : 7));
    switch (kind) {
      case 0: String(out); break;
      case 1: Number(out); break;
      case 2: *out += rng_() % 2 ? "true" : "null"; break;
      case 3: *out += "false"; break;
      case 4:
      case 5: {
        *out += '[';
        const int n = static_cast<int>(rng_() % 6);
        for (int i = 0; i < n; ++i) {
          if (i) *out += ',';
          Value(out, depth + 1);
        }
        Space(out);
        *out += ']';
        break;
      }
      default: {
        *out += '{';
        const int n = static_cast<int>(rng_() % 6);
        for (int i = 0; i < n; ++i) {
          if (i) *out += ',';
          Space(out);
          String(out);
          Space(out);
          *out += ':';
          Value(out, depth + 1);
        }
        Space(out);
        *out += '}';
      }
    }
  }
  std::mt19937_64 rng_;
};

TEST(ParseJsonTest, RandomDocumentsAgreeWithTheReference) {
  RandomJson gen(7);
  JsonLimits limits;
  int accepted = 0, rejected = 0;
  for (int i = 0; i < 20000; ++i) {
    limits.max_depth = i % 3 == 0 ? 4 : 1000;
    const std::string doc = gen.Document();
    int before = accepted;
    Agree(doc, limits, &accepted);
    rejected += accepted == before;
    const std::string bad = gen.Mutate(doc);
    before = accepted;
    Agree(bad, limits, &accepted);
    rejected += accepted == before;
    // Long plain runs (the pre-scan skips 16 bytes at a time) with the
    // special byte at every position of a block.
    if (i < 64) {
      std::string s = "[\"" + std::string(40, 'a') + "\", " + std::string(40, ' ') + "1]";
      s[static_cast<std::size_t>(i) % s.size()] = "\0\"\\[{]}"[i % 7];
      Agree(s, limits, &accepted);
    }
  }
  EXPECT_GT(accepted, 5000);
  EXPECT_GT(rejected, 5000);
}

TEST(JsonPointerTest, EscapesSplitsAndResolves) {
  EXPECT_EQ(EscapePointerToken("a/b~c"), "a~1b~0c");
  EXPECT_EQ(AppendPointer("/x", "a/b"), "/x/a~1b");
  auto tokens = SplitPointer("/a~1b~0c/0");
  ASSERT_TRUE(tokens.has_value());
  EXPECT_EQ((*tokens)[0], "a/b~c");
  EXPECT_FALSE(SplitPointer("a").has_value());
  EXPECT_FALSE(SplitPointer("/~2").has_value());
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a/b~c": [10, 20]})", doc));
  const rapidjson::Value* v = ResolvePointer(doc, "/a~1b~0c/1");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->GetInt(), 20);
  EXPECT_EQ(ResolvePointer(doc, "/a~1b~0c/01"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, ""), &doc);
}

TEST(JsonToStringTest, ControlCharactersInLongStringsAreEscaped) {
  // RapidJSON 1.1.0's SSE2 writer let U+001A-U+001F through raw in strings
  // of 16 bytes or more (json_parse_fuzz found it).
  for (char c = 0x01; c < 0x20; ++c) {
    rapidjson::Document doc;
    const std::string s = std::string("0123456789abcdefgh") + c + "0123456789abcdefgh";
    doc.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), doc.GetAllocator());
    const std::string text = JsonToString(doc);
    rapidjson::Document again;
    ASSERT_TRUE(ParseJson(text, again)) << static_cast<int>(c) << ": " << text;
    EXPECT_EQ(std::string(again.GetString(), again.GetStringLength()), s) << static_cast<int>(c);
  }
}

TEST(JsonToStringTest, NumbersAreWrittenInTheirShortestDigits) {
  // RapidJSON 1.1.0's writer wrote the double of 0.30000000000000004 as
  // 0.30000000000000007 (the same double, a text no reader takes for the
  // model's value); the layout is RapidJSON's otherwise.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"0.30000000000000004", "0.30000000000000004"}, {"12", "12"}, {"12.0", "12.0"}, {"-0.0", "-0.0"},
      {"0.001234", "0.001234"}, {"1.25e-7", "1.25e-7"}, {"1e30", "1e30"}, {"1E+22", "1e22"},
      {"123456.75", "123456.75"}, {"5e-324", "5e-324"}, {"1.7976931348623157e308", "1.7976931348623157e308"},
      {"100000000000000000000", "100000000000000000000.0"}, {"2.5e21", "2.5e21"}, {"-7.5e-6", "-0.0000075"},
  };
  for (const auto& [text, written] : cases) {
    rapidjson::Document doc;
    ASSERT_TRUE(ParseJson(text, doc)) << text;
    EXPECT_EQ(JsonToString(doc), written) << text;
  }
  // Any double reads back as itself, in no more digits than RapidJSON's own.
  std::mt19937_64 rng(50);
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    rapidjson::Document doc;
    doc.SetDouble(x);
    rapidjson::StringBuffer theirs;
    rapidjson::Writer<rapidjson::StringBuffer> writer(theirs);
    doc.Accept(writer);
    const std::string ours = JsonToString(doc);
    rapidjson::Document back;
    ASSERT_TRUE(ParseJson(ours, back)) << ours;
    EXPECT_EQ(back.GetDouble(), x) << ours;
    EXPECT_LE(ours.size(), theirs.GetSize()) << ours << " against " << theirs.GetString();
  }
}

TEST(JsonToStringTest, ANumberNoDoubleHoldsIsWrittenAsItWasRead) {
  // A model's right answer must not be served changed: these texts have
  // more digits than a double keeps.
  const std::string text =
      R"({"order_id":98765432109876543210,"balance":99999999999999999.99,"n":[1,0.30000000000000004,)"
      R"(-18446744073709551617,12.5,1234567890.1234567890123],"round":100000000000000000000})";
  rapidjson::Document doc;
  JsonNumberTexts texts;
  ASSERT_TRUE(ParseJson(text, doc, nullptr, {}, &texts));
  EXPECT_EQ(JsonToString(doc, &texts), text);
  EXPECT_EQ(JsonToString(doc), R"({"order_id":98765432109876540000.0,"balance":100000000000000000.0,)"
                               R"("n":[1,0.30000000000000004,-18446744073709552000.0,12.5,1234567890.1234567],)"
                               R"("round":100000000000000000000.0})");
}

TEST(Utf8Test, ToValidUtf8ReplacesCutAndStrayBytes) {
  EXPECT_EQ(ToValidUtf8("plain"), "plain");
  EXPECT_EQ(ToValidUtf8("\xE2\x96\x88 ok"), "\xE2\x96\x88 ok");  // U+2588, whole
  EXPECT_EQ(ToValidUtf8("ab\xE2\x96"), "ab\xEF\xBF\xBD\xEF\xBF\xBD");  // cut after two of its three bytes
  EXPECT_EQ(ToValidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_TRUE(IsValidUtf8(ToValidUtf8("\xC0\x80\xED\xA0\x80")));  // overlong, surrogate
}

}  // namespace
}  // namespace stepcache
