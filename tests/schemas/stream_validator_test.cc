// StreamValidator against its definition: for every input, the verdict of
// ParseJson (number texts kept) + the evaluator's silent pass, and
// kMalformed exactly when ParseJson rejects the bytes. Checked on the whole
// vendored JSON-Schema-Test-Suite (every draft, format assertion on and
// off), on malformed and limit-breaking inputs, on long numbers, and on the
// cases that must leave the stream for the DOM path.
#include <pthread.h>

#include <algorithm>
#include <charconv>
#include <random>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_suite.h"
#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/registry.h"
#include "stepcache/schemas/schema.h"
#include "stepcache/schemas/stream_validator.h"

namespace fs = std::filesystem;
using stepcache::JsonError;
using stepcache::JsonLimits;
using stepcache::JsonNumberTexts;
using stepcache::schemas::CompileOptions;
using stepcache::schemas::Dialect;
using stepcache::schemas::Registry;
using stepcache::schemas::Schema;
using stepcache::schemas::StreamScratch;
using stepcache::schemas::StreamValidator;
using stepcache::schemas::StreamVerdict;
using stepcache::schemas::ValidateOptions;

namespace {

const fs::path kSuite = stepcache::test_support::SuiteRoot();

const char* Name(StreamVerdict v) {
  return v == StreamVerdict::kValid ? "valid" : v == StreamVerdict::kInvalid ? "invalid" : "malformed";
}

// The definition: ParseJson + Validate with the number texts.
StreamVerdict Reference(const Schema& schema, std::string_view text, const JsonLimits& limits = {}) {
  rapidjson::Document doc;
  JsonNumberTexts texts;
  if (!stepcache::ParseJson(text, doc, nullptr, limits, &texts)) return StreamVerdict::kMalformed;
  ValidateOptions options;
  options.number_texts = &texts;
  return schema.Validate(doc, options).valid ? StreamVerdict::kValid : StreamVerdict::kInvalid;
}

std::unique_ptr<Schema> MustCompile(const std::string& text, Dialect dialect = Dialect::kDraft2020_12,
                                    bool format_assertion = false) {
  rapidjson::Document doc;
  JsonNumberTexts texts;
  JsonError error;
  EXPECT_TRUE(stepcache::ParseJson(text, doc, &error, {}, &texts)) << error.ToString();
  CompileOptions options;
  options.default_dialect = dialect;
  options.format_assertion = format_assertion;
  options.number_texts = &texts;
  stepcache::schemas::CompileError cerr;
  auto schema = Schema::Compile(doc, options, &cerr);
  EXPECT_NE(schema, nullptr) << cerr.ToString();
  return schema;
}

struct Counts {
  int checked = 0, streamed = 0;
};

// Checks one text both ways; returns whether the stream decided it.
void Agree(const Schema& schema, const StreamValidator& stream, StreamScratch* scratch, const std::string& text,
           const std::string& where, Counts* counts, const JsonLimits& limits = {}) {
  bool used_dom = false;
  JsonError error;
  const StreamVerdict got = stream.Check(text, scratch, &error, &used_dom);
  const StreamVerdict want = Reference(schema, text, limits);
  ++counts->checked;
  counts->streamed += !used_dom;
  EXPECT_EQ(Name(got), std::string(Name(want))) << where << "\n  instance: " << text.substr(0, 300)
                                                << (used_dom ? "\n  (DOM path)" : "\n  (stream)");
  if (got == StreamVerdict::kMalformed) {
    EXPECT_FALSE(error.message.empty()) << where;
  }
}

const Registry& Remotes() { return stepcache::test_support::SuiteRemotes(); }

void SuiteFile(const fs::path& file, Dialect dialect, bool format_assertion, Counts* counts) {
  std::string text, err;
  ASSERT_TRUE(stepcache::ReadFile(file.string(), &text, &err)) << err;
  rapidjson::Document doc;
  JsonNumberTexts texts;
  ASSERT_TRUE(stepcache::ParseJson(text, doc, nullptr, {}, &texts));
  StreamScratch scratch;
  for (const auto& group : doc.GetArray()) {
    CompileOptions options;
    options.default_dialect = dialect;
    options.registry = &Remotes();
    options.format_assertion = format_assertion;
    options.number_texts = &texts;
    auto schema = Schema::Compile(group["schema"], options);
    if (!schema) continue;
    auto stream = StreamValidator::Create(*schema);
    for (const auto& test : group["tests"].GetArray()) {
      const std::string where = file.filename().string() + " | " + group["description"].GetString() + " | " +
                                test["description"].GetString() + (format_assertion ? " | format on" : "");
      const std::string compact = stepcache::JsonToString(test["data"]);
      Agree(*schema, *stream, &scratch, compact, where, counts);
      // The same value with whitespace around and inside, and cut short.
      std::string spaced = " \n";
      for (char c : compact) {
        spaced += c;
        if (c == ',' || c == ':' || c == '[' || c == '{') spaced += "\t ";
      }
      spaced += "\r\n";
      Agree(*schema, *stream, &scratch, spaced, where + " | spaced", counts);
      if (compact.size() > 1) Agree(*schema, *stream, &scratch, compact.substr(0, compact.size() - 1),
                                    where + " | truncated", counts);
      Agree(*schema, *stream, &scratch, compact + " x", where + " | trailing", counts);
    }
  }
}

void Suite(const char* draft, Dialect dialect) {
  Counts counts;
  std::vector<fs::path> files;
  for (const fs::path& dir : {kSuite / "tests" / draft, kSuite / "tests" / draft / "optional",
                             kSuite / "tests" / draft / "optional" / "format"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const bool format : {false, true})
    for (const auto& f : files) SuiteFile(f, dialect, format, &counts);
  std::printf("[stream] %s: %d checks, %d decided by the stream\n", draft, counts.checked, counts.streamed);
  EXPECT_GT(counts.checked, 2000);
  // Most of the suite's schemas use only keywords that stream.
  EXPECT_GT(counts.streamed * 2, counts.checked);
}

}  // namespace

TEST(StreamValidatorSuite, Draft4) { Suite("draft4", Dialect::kDraft4); }
TEST(StreamValidatorSuite, Draft6) { Suite("draft6", Dialect::kDraft6); }
TEST(StreamValidatorSuite, Draft7) { Suite("draft7", Dialect::kDraft7); }
TEST(StreamValidatorSuite, Draft2019_09) { Suite("draft2019-09", Dialect::kDraft2019_09); }
TEST(StreamValidatorSuite, Draft2020_12) { Suite("draft2020-12", Dialect::kDraft2020_12); }

TEST(StreamValidator, MalformedInputIsMalformedWhateverTheSchemaSays) {
  // The schema fails every object at once: parsing must still go on.
  auto schema = MustCompile(R"({"type": "array", "items": {"type": "integer"}})");
  auto stream = StreamValidator::Create(*schema);
  ASSERT_TRUE(stream->streamable());
  StreamScratch scratch;
  Counts counts;
  const std::vector<std::string> inputs = {
      "", " ", "[1,2", "[1,2]]", "[1,2] x", "{\"a\":1", "{\"a\" 1}", "[1,]", "[01]", "[1.]", "[-]",
      "[1e]", "[\"\\x\"]", "[\"a\x01\"]", "[\"\xC3\x28\"]", "[\"\xED\xA0\x80\"]", "[\"\xF4\x90\x80\x80\"]",
      "[\"\\uDC00\"]", "[\"\\uD800\"]", "[\"\\uD800\\u0041\"]", "[\"\\uD83D\\uDE00\"]", "[\"\\\\uDC00\"]",
      std::string("[1]\0", 4), std::string("[1\0]", 4), std::string("\0", 1), std::string("[\"a\0\"]", 6),
      "\xEF\xBB\xBF[1]", "\xEF[1]", "\xBB\xBF[1]", "\xEF\xBB[1]", "[1e400]", "[-1e400]", "[1e-400]",
      "[1.7976931348623157e308]", "[1.7976931348623159e308]", "[179769313486231580000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000]",
      "[18446744073709551616]", "[-9223372036854775809]", "[1e309]", "[0.0000000000000000000001e330]",
      "{\"a\":[1]}", "[true, false, null]", "nul", "[tru]", "[NaN]", "[Infinity]", "[-0]", "-0", "[\"\"]",
      // Raw control bytes in strings, past the SIMD scanner's alignment
      // prologue (RapidJSON 1.1.0's SSE2 scan misses 0x1A-0x1F), and outside.
      "[\"" + std::string(40, 'a') + "\x1a\"]", "[\"" + std::string(40, 'a') + "\x1f\"]",
      "[\"" + std::string(40, 'a') + "\x19\"]", "[\"" + std::string(40, 'a') + "\x01\"]",
      "{\"" + std::string(40, 'k') + "\x1e\": 1}", "[1,\x1a" "2]", "[1]\x1f", "\t[1,\r\n2]\n"};
  for (const std::string& in : inputs) Agree(*schema, *stream, &scratch, in, "malformed list", &counts);
  // The same inputs under a schema they mostly satisfy.
  auto any = MustCompile("{}");
  auto any_stream = StreamValidator::Create(*any);
  for (const std::string& in : inputs) Agree(*any, *any_stream, &scratch, in, "malformed list, {}", &counts);
}

TEST(StreamValidator, DepthAndSizeLimitsAreParseJsons) {
  auto schema = MustCompile(R"({"items": {"$ref": "#"}, "type": "array"})");
  JsonLimits limits;
  limits.max_depth = 20;
  limits.max_bytes = 100;
  auto stream = StreamValidator::Create(*schema, limits);
  StreamScratch scratch;
  Counts counts;
  for (int depth : {1, 19, 20, 21, 40}) {
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    Agree(*schema, *stream, &scratch, text, "depth " + std::to_string(depth), &counts, limits);
  }
  Agree(*schema, *stream, &scratch, "[" + std::string(98, ' ') + "]", "100 bytes", &counts, limits);
  Agree(*schema, *stream, &scratch, "[" + std::string(99, ' ') + "]", "101 bytes", &counts, limits);
  JsonError error;
  EXPECT_EQ(stream->Check(std::string(21, '[') + std::string(21, ']'), &scratch, &error), StreamVerdict::kMalformed);
  EXPECT_NE(error.message.find("nesting deeper"), std::string::npos) << error.ToString();
  EXPECT_EQ(error.offset, 20u);

  // The default limits: 1000 levels parse; the evaluator's own limits are
  // then left to the DOM path, which must agree.
  auto deep = StreamValidator::Create(*schema);
  for (int depth : {998, 999, 1000, 1001}) {
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    Agree(*schema, *deep, &scratch, text, "default depth " + std::to_string(depth), &counts);
  }
}

TEST(StreamValidator, LongNumbersAreJudgedAsWritten) {
  StreamScratch scratch;
  Counts counts;
  const std::vector<std::string> schemas = {
      R"({"maximum": 18446744073709551615})", R"({"minimum": 18446744073709551616})",
      R"({"maximum": 9223372036854775807})", R"({"exclusiveMaximum": 1e30})",
      R"({"multipleOf": 0.01})", R"({"multipleOf": 3})", R"({"multipleOf": 1e-30})",
      R"({"const": 1e30})", R"({"enum": [1, 2.5, 1000000000000000000000000000001, "x", null, true]})",
      R"({"const": 0.1000000000000000000001})", R"({"type": "integer"})",
      R"({"items": {"maximum": 1.0000000000000000001}})"};
  const std::vector<std::string> numbers = {
      "18446744073709551615", "18446744073709551616", "18446744073709551617", "9223372036854775807",
      "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1000000000000000000000000000000",
      "1000000000000000000000000000001", "1e30", "1.0e30", "0.1000000000000000000001", "0.1", "12345678.905",
      "12345678.91", "1643723400.5", "1.0000000000000000001", "1.0000000000000000000", "1", "1.0", "-0",
      "0", "-0.0", "1e-30", "3e-30", "2.5", "1E2", "4.9e-324", "5e-325", "2.2250738585072014e-308"};
  for (const std::string& s : schemas) {
    auto schema = MustCompile(s);
    auto stream = StreamValidator::Create(*schema);
    for (const std::string& n : numbers) {
      Agree(*schema, *stream, &scratch, n, s, &counts);
      Agree(*schema, *stream, &scratch, "[" + n + "]", s, &counts);
      Agree(*schema, *stream, &scratch, "{\"a\": " + n + "}", s, &counts);
    }
  }
  EXPECT_EQ(counts.streamed, counts.checked);
}

// Decimal texts read on the fast path (mantissa up to 2^53, power of ten up
// to 22: one multiplication or division) and just beyond it, against
// ParseJson's correctly rounded double and exact decimal value: the same
// value must equal itself written another way, and multipleOf / bounds must
// judge the text as written.
TEST(StreamValidator, DecimalTextsAroundTheFastPathAreExact) {
  StreamScratch scratch;
  Counts counts;
  std::mt19937_64 rng(11);
  std::vector<std::string> texts = {"9007199254740992e-22", "9007199254740993e-22", "9007199254740991e22",
                                    "9007199254740993e22", "1e22", "1e23", "1e-22", "1e-23", "0.1", "0.3",
                                    "4503599627370497.5", "1234567.8912345678", "-0.0e5", "0.000e-30",
                                    "123456789012345678e-22", "1797693134862315.7e293", "2.5e-308",
                                    "12345678.905", "12345678.91", "100.00", "1.50e1"};
  for (int i = 0; i < 300; ++i) {
    const std::uint64_t mantissa = rng() >> (rng() % 64);
    const int exponent = static_cast<int>(rng() % 51) - 25;
    texts.push_back(std::to_string(mantissa) + "e" + std::to_string(exponent));
    std::string dotted = std::to_string(mantissa);
    const std::size_t point = 1 + rng() % dotted.size();
    if (point < dotted.size()) dotted.insert(point, ".");
    else dotted += ".0";
    texts.push_back((rng() & 1 ? "-" : "") + dotted);
  }
  for (const std::string& t : texts) {
    rapidjson::Document doc;
    ASSERT_TRUE(stepcache::ParseJson(t, doc)) << t;
    // The same double written shortest, then as written, as the bound.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, doc.GetDouble());
    const std::string shortest(buf, r.ptr);
    for (const std::string& schema :
         {"{\"const\": " + shortest + "}", "{\"maximum\": " + t + "}", "{\"minimum\": " + t + "}",
          "{\"exclusiveMaximum\": " + shortest + "}", std::string(R"({"multipleOf": 0.01})"),
          std::string(R"({"multipleOf": 0.5})"), std::string(R"({"multipleOf": 7})"),
          std::string(R"({"multipleOf": 1e-20})"), std::string(R"({"multipleOf": 123456789012345678901})")}) {
      auto compiled = MustCompile(schema);
      auto stream = StreamValidator::Create(*compiled);
      Agree(*compiled, *stream, &scratch, t, schema, &counts);
      Agree(*compiled, *stream, &scratch, "[" + t + "]", schema, &counts);
    }
  }
  EXPECT_EQ(counts.streamed, counts.checked);
}

TEST(StreamValidator, VerdictsOnCommonShapes) {
  auto schema = MustCompile(R"({
    "type": "object", "required": ["id", "tags"], "additionalProperties": false,
    "properties": {"id": {"type": "integer", "minimum": 1},
                   "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "maxItems": 3},
                   "kind": {"anyOf": [{"type": "null"}, {"enum": ["a", "b"]}]},
                   "name": {"type": "string", "pattern": "^[A-Z]", "format": "email"}},
    "patternProperties": {"^x-": {"type": "boolean"}}, "propertyNames": {"maxLength": 6},
    "minProperties": 2})", Dialect::kDraft2020_12, true);
  auto stream = StreamValidator::Create(*schema);
  ASSERT_TRUE(stream->streamable());
  StreamScratch scratch;
  struct Case {
    const char* text;
    StreamVerdict want;
  };
  const Case cases[] = {
      {R"({"id": 1, "tags": []})", StreamVerdict::kValid},
      {R"({"id": 0, "tags": []})", StreamVerdict::kInvalid},
      {R"({"tags": []})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": ["a", "a"]})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": ["a", "b", "c", "d"]})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "x-on": true})", StreamVerdict::kValid},
      {R"({"id": 1, "tags": [], "x-on": 1})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "other": 1})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "kind": null})", StreamVerdict::kValid},
      {R"({"id": 1, "tags": [], "kind": "c"})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "name": "A@example.com"})", StreamVerdict::kValid},
      {R"({"id": 1, "tags": [], "name": "a@example.com"})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "name": "Anope"})", StreamVerdict::kInvalid},
      {R"({"id": 1, "id": 2, "tags": []})", StreamVerdict::kValid},
      {R"({"id": 1, "id": "2", "tags": []})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "x-longer": true})", StreamVerdict::kInvalid},
      {R"({"id": 1, "tags": [], "x": 1)", StreamVerdict::kMalformed},
      {R"({"id": 0, "tags": [] ,)", StreamVerdict::kMalformed},
  };
  for (const Case& c : cases) {
    bool used_dom = true;
    EXPECT_EQ(Name(stream->Check(c.text, &scratch, nullptr, &used_dom)), std::string(Name(c.want))) << c.text;
    EXPECT_EQ(Name(Reference(*schema, c.text)), std::string(Name(c.want))) << c.text;
    EXPECT_FALSE(used_dom) << c.text;
  }
}

TEST(StreamValidator, KeywordsThatNeedTheWholeValueFallBackToTheDom) {
  StreamScratch scratch;
  struct Case {
    const char* schema;
    const char* instance;
    bool dom;  // expected to be decided by the DOM path
  };
  const Case cases[] = {
      {R"({"anyOf": [{"type": "object", "required": ["a"]}, {"type": "null"}]})", R"({"a": 1})", true},
      {R"({"anyOf": [{"type": "object", "required": ["a"]}, {"type": "null"}]})", "null", false},
      {R"({"items": {"oneOf": [{"type": "integer"}, {"minimum": 2}]}})", "[1, 2, 3.5]", false},
      {R"({"not": {"type": "array"}})", "[1]", true},
      {R"({"contains": {"const": 1}})", "[2, 1]", true},
      {R"({"uniqueItems": true})", "[[1], [1.0]]", true},
      {R"({"uniqueItems": true})", "[1, 1.0]", false},
      {R"({"const": {"a": [1]}})", R"({"a": [1.0]})", true},
      {R"({"const": 3})", R"({"a": [1.0]})", false},
      {R"({"unevaluatedProperties": false, "properties": {"a": true}})", R"({"a": 1, "b": 2})", true},
      {R"({"dependentRequired": {"a": ["b"]}})", R"({"a": 1})", true},
      {R"({"if": {"type": "object"}, "then": {"required": ["a"]}})", R"({})", true},
  };
  for (const Case& c : cases) {
    auto schema = MustCompile(c.schema);
    auto stream = StreamValidator::Create(*schema);
    bool used_dom = false;
    const StreamVerdict got = stream->Check(c.instance, &scratch, nullptr, &used_dom);
    EXPECT_EQ(Name(got), std::string(Name(Reference(*schema, c.instance)))) << c.schema << " " << c.instance;
    EXPECT_EQ(used_dom, c.dom) << c.schema << " " << c.instance;
  }
  // Dynamic references need the dynamic scope: never streamed.
  auto dynamic = MustCompile(R"({"$dynamicAnchor": "node", "type": "object",
      "properties": {"next": {"$dynamicRef": "#node"}}})");
  auto stream = StreamValidator::Create(*dynamic);
  EXPECT_FALSE(stream->streamable());
  bool used_dom = false;
  EXPECT_EQ(stream->Check(R"({"next": {"next": 1}})", &scratch, nullptr, &used_dom), StreamVerdict::kInvalid);
  EXPECT_TRUE(used_dom);
}

TEST(StreamValidator, PatternOverItsMatchBudgetIsInvalid) {
  // (a|aa)+ against 60 a's and a mismatch backtracks ~fib(60) times: over
  // PCRE2's budget, which makes the instance invalid, under `not` too.
  const std::string hostile = std::string(60, 'a') + "!";
  for (const char* s : {R"({"properties": {"a": {"pattern": "^(?=a)(a|aa)+$"}}})",
                        R"({"properties": {"a": {"not": {"pattern": "^(?=a)(a|aa)+$"}}}})",
                        R"({"patternProperties": {"^(?=a)(a|aa)+$": true}})",
                        R"({"propertyNames": {"not": {"pattern": "^(?=a)(a|aa)+$"}}})"}) {
    auto schema = MustCompile(s);
    auto stream = StreamValidator::Create(*schema);
    StreamScratch scratch;
    for (const std::string& text : {"{\"a\": \"" + hostile + "\"}", "{\"" + hostile + "\": 1}",
                                    std::string("{\"a\": \"aa\"}")}) {
      Counts counts;
      Agree(*schema, *stream, &scratch, text, s, &counts);
      EXPECT_EQ(counts.streamed, 1) << s;
    }
  }
}

TEST(StreamValidator, MemberNamesSkippedByTheirFirstByteAgree) {
  // The stream skips Find for a name whose first byte starts no declared
  // name, and each pattern on the DFA whose start is dead on that byte:
  // names with every first byte, empty names, DFA and RE2 patterns mixed,
  // unanchored ones, a declared empty name, and more than 64 patterns.
  std::string many = R"({"patternProperties": {)";
  for (int i = 0; i < 70; ++i) many += (i ? ", " : "") + std::string("\"^k") + std::to_string(i) + "$\": {\"type\": \"integer\"}";
  many += R"(}, "additionalProperties": false})";
  const std::string schemas[] = {
      R"({"properties": {"alpha": {"type": "integer"}, "beta": true},
          "patternProperties": {"^x-[a-z]+$": {"type": "string"}, "^(?!z)n[0-9]+$": {"type": "integer"},
                                "^flag_": {"type": "boolean"}, "b": {"minimum": 5}, "": {"const": 1}},
          "additionalProperties": false})",
      R"({"properties": {"": {"type": "integer"}, "q": true},
          "patternProperties": {"[0-9]": {"type": "string"}, "^$": {"minimum": 2}},
          "additionalProperties": {"type": "null"}})",
      R"({"patternProperties": {"^é": {"type": "integer"}, "^\\w+$": {"type": "string"}}})",
      many,
  };
  std::vector<std::string> names = {"", "alpha", "beta", "b", "x-a", "x-", "x-A", "n1", "nz", "n", "flag_", "flag",
                                    "q", "1", "a1", "é", "éa", "k0", "k69", "k70", "\\u00e9", "zb", "\\n"};
  for (int c = 0x20; c < 0x7f; ++c)
    if (c != '"' && c != '\\') names.push_back(std::string(1, static_cast<char>(c)) + "b1");
  for (const std::string& s : schemas) {
    auto schema = MustCompile(s);
    auto stream = StreamValidator::Create(*schema);
    ASSERT_TRUE(stream->streamable()) << s;
    StreamScratch scratch;
    Counts counts;
    for (const std::string& name : names)
      for (const char* value : {"1", "\"s\"", "true", "null", "7"})
        Agree(*schema, *stream, &scratch, "{\"" + name + "\": " + value + "}", s, &counts);
  }
}

TEST(StreamValidator, DeclaredNamesOfEveryLengthAndContainerCountsAgree) {
  // Member names are matched against the declared ones by masked word
  // compares (up to 16 bytes) and byte compares beyond: declared names of
  // every length from 0 to 20, names one byte off at the first, eighth,
  // ninth, sixteenth and last byte, in and out of declared order, repeated,
  // inside arrays and nested objects; `required` fused into the member loop
  // and a separate one (names not declared), min/maxProperties, prefix and
  // rest items, min/maxItems.
  std::vector<std::string> declared;
  for (int len = 0; len <= 20; ++len) {
    std::string name;
    for (int i = 0; i < len; ++i) name += static_cast<char>('a' + (i * 7 + len) % 26);
    declared.push_back(name);
  }
  std::string properties;
  for (std::size_t i = 0; i < declared.size(); ++i)
    properties += (i ? ", \"" : "\"") + declared[i] + "\": {\"type\": \"integer\", \"minimum\": " + std::to_string(i) + "}";
  const std::string object = R"({"type": "object", "properties": {)" + properties +
                             R"(}, "required": [")" + declared[9] + R"(", ")" + declared[16] + R"("],
      "allOf": [{"required": ["zz"]}], "minProperties": 3, "maxProperties": 6})";
  const std::string schema_text = R"({"type": "array", "prefixItems": [)" + object + R"(, {"type": "string"}],
      "items": {"type": "array", "items": )" + object + R"(, "maxItems": 2}, "minItems": 1, "maxItems": 4})";
  auto schema = MustCompile(schema_text);
  auto stream = StreamValidator::Create(*schema);
  ASSERT_TRUE(stream->streamable());
  StreamScratch scratch;
  Counts counts;
  std::vector<std::string> names = declared;
  for (const std::string& d : declared) {
    for (std::size_t at : {std::size_t{0}, std::size_t{7}, std::size_t{8}, std::size_t{15}, d.size() - 1}) {
      if (d.empty() || at >= d.size()) continue;
      std::string off = d;
      off[at] = off[at] == 'q' ? 'r' : 'q';
      names.push_back(off);
    }
    names.push_back(d + "x");
    if (!d.empty()) names.push_back(d.substr(0, d.size() - 1) + "\\u0041");
  }
  std::mt19937 rng(11);
  auto member = [&](const std::string& name, int value) { return "\"" + name + "\": " + std::to_string(value); };
  auto random_object = [&] {
    std::string out = "{";
    const int count = static_cast<int>(rng() % 8);
    for (int k = 0; k < count; ++k) {
      if (k) out += ", ";
      const std::string& name = rng() % 3 ? declared[rng() % declared.size()] : names[rng() % names.size()];
      out += member(name, static_cast<int>(rng() % 24));
    }
    if (rng() % 2) out += std::string(count ? ", " : "") + member("zz", 1);
    return out + "}";
  };
  auto in_order = [&](int skip, int value) {
    std::string out = "{";
    bool first = true;
    for (std::size_t i = 0; i < declared.size(); i += 4) {
      if (static_cast<int>(i) == skip) continue;
      out += (first ? "" : ", ") + member(declared[i], value);
      first = false;
    }
    return out + ", " + member(declared[9], 30) + ", " + member(declared[16], 30) + ", " + member("zz", 0) + "}";
  };
  std::vector<std::string> objects = {in_order(-1, 30), in_order(0, 30), in_order(4, 3), in_order(20, 30)};
  for (int i = 0; i < 300; ++i) objects.push_back(random_object());
  for (const std::string& name : names) objects.push_back("{" + member(name, 25) + ", " + member(declared[9], 25) + ", " +
                                                          member(declared[16], 25) + ", " + member("zz", 0) + "}");
  for (std::size_t i = 0; i < objects.size(); ++i) {
    const std::string& o = objects[i];
    const std::string& other = objects[(i * 7 + 3) % objects.size()];
    for (const std::string& text :
         {"[" + o + "]", "[" + o + ", \"s\"]", "[" + o + ", \"s\", [" + other + "]]", "[" + o + ", \"s\", [" + other +
          ", " + o + "], []]", "[" + o + ", \"s\", [" + other + ", " + o + ", " + o + "]]", "[" + o + ", 1]",
          "[" + o + ", \"s\", [], [], []]", std::string("[]"), o})
      Agree(*schema, *stream, &scratch, text, "object " + std::to_string(i), &counts);
  }
  EXPECT_EQ(counts.streamed, counts.checked);
}

TEST(StreamValidator, NumbersStrictlyInsideTheBoundsAndAtThemAgree) {
  // Nodes of only `type`, bounds and `multipleOf` pass a number strictly
  // inside every bound without the walk over their keywords; at a bound,
  // beyond it, for 64-bit integer bounds at the ends of their range, and
  // for numbers no int64 holds, the walk decides. Every pairing against
  // ParseJson + the evaluator.
  const std::string bounds[] = {
      R"("minimum": 0, "maximum": 1e9, "multipleOf": 0.01)",
      R"("exclusiveMinimum": 0, "exclusiveMaximum": 1)",
      R"("minimum": 1, "maximum": 9223372036854775807)",
      R"("exclusiveMinimum": -9223372036854775808, "exclusiveMaximum": 9223372036854775807)",
      R"("minimum": -9223372036854775808, "maximum": -9223372036854775808)",
      R"("exclusiveMaximum": -9223372036854775808)",
      R"("exclusiveMinimum": 9223372036854775807)",
      R"("minimum": 0.5, "exclusiveMaximum": 10, "multipleOf": 0.5)",
      R"("minimum": 2.5, "maximum": 2.5)",
      R"("exclusiveMinimum": 18446744073709551615, "maximum": 1e300)",
      R"("minimum": 1e-310, "maximum": 3, "multipleOf": 1e-3)",
      R"("multipleOf": 3)",
      R"("multipleOf": 1)",
      R"("multipleOf": 10, "minimum": -1e20)",
      R"("multipleOf": 1e3)",
      R"("multipleOf": 0.1, "maximum": 1e20)",
      R"("maximum": 10000000000000001)",
      R"("minimum": 0, "minimum": 5)",
  };
  const char* types[] = {"", R"("type": "number", )", R"("type": "integer", )", R"("type": ["integer", "string"], )"};
  const char* values[] = {"0", "-0", "1", "-1", "0.5", "2.5", "3", "9.99", "10", "0.125", "1e9", "1000000000.01",
                          "12345678.91", "12345678.905", "9223372036854775807", "9223372036854775806",
                          "-9223372036854775808", "-9223372036854775807", "9223372036854775808",
                          "18446744073709551615", "18446744073709551616", "1e300", "1e-310", "2.0", "1.0e1",
                          "10000000000000001", "10000000000000002", "0.30000000000000004", "1000", "-3000.0",
                          "1e3", "12000e-1", "0.1", "0.7", "70e-2", "1.5e-1", "100000000000000000000", "-20",
                          "\"s\"", "null", "true",
                          "[1]", "{}"};
  Counts counts;
  StreamScratch scratch;
  for (const char* dialect_schema : {"draft2020-12", "draft4"}) {
    const Dialect dialect = std::string(dialect_schema) == "draft4" ? Dialect::kDraft4 : Dialect::kDraft2020_12;
    for (const std::string& b : bounds) {
      if (dialect == Dialect::kDraft4 && b.find("exclusive") != std::string::npos) continue;
      for (const char* t : types) {
        const std::string node = std::string("{") + t + b + "}";
        auto schema = MustCompile(R"({"type": "array", "items": )" + node + "}", dialect);
        if (!schema) continue;
        auto stream = StreamValidator::Create(*schema);
        ASSERT_TRUE(stream->streamable()) << node;
        for (const char* v : values) {
          Agree(*schema, *stream, &scratch, std::string("[") + v + "]", node, &counts);
          Agree(*schema, *stream, &scratch, std::string("[1, ") + v + ", 2.5]", node, &counts);
        }
      }
    }
  }
  EXPECT_GT(counts.checked, 1000);
}

TEST(StreamValidator, WorksWithoutAScratch) {
  auto schema = MustCompile(R"({"type": "array", "items": {"type": "string", "minLength": 2}})");
  auto stream = StreamValidator::Create(*schema);
  EXPECT_EQ(stream->Check(R"(["ab", "cd"])"), StreamVerdict::kValid);
  EXPECT_EQ(stream->Check(R"(["ab", "c"])"), StreamVerdict::kInvalid);
  EXPECT_EQ(stream->Check(R"(["ab", "c")"), StreamVerdict::kMalformed);
}

TEST(StreamValidator, UniqueItemsOfManyScalars) {
  auto schema = MustCompile(R"({"uniqueItems": true, "items": {"type": ["integer", "string", "number", "null", "boolean"]}})");
  auto stream = StreamValidator::Create(*schema);
  StreamScratch scratch;
  Counts counts;
  std::string distinct = "[", repeated = "[", numbers = "[";
  for (int i = 0; i < 40; ++i) {
    const std::string sep = i ? "," : "";
    distinct += sep + "\"s" + std::to_string(i) + "\"," + std::to_string(i) + ",null,true";
    repeated += sep + "\"s" + std::to_string(i) + "\"";
    numbers += sep + std::to_string(i) + ".5";
  }
  distinct += "]";
  repeated += ",\"s17\"]";
  numbers += ",17.50]";
  for (const std::string& text : {distinct, repeated, numbers, std::string("[1, 1.0]"), std::string("[-0, 0]"),
                                  std::string("[\"a\", \"b\", \"a\"]"), std::string("[]")})
    Agree(*schema, *stream, &scratch, text, "uniqueItems", &counts);
  EXPECT_EQ(counts.streamed, counts.checked);
  EXPECT_EQ(stream->Check(distinct, &scratch), StreamVerdict::kInvalid);  // null and true repeat
  EXPECT_EQ(stream->Check(repeated, &scratch), StreamVerdict::kInvalid);
  EXPECT_EQ(stream->Check(numbers, &scratch), StreamVerdict::kInvalid);
}

// On a thread with little stack the walker leaves RapidJSON's recursive
// parser before the stack runs short and parses again iteratively.
TEST(StreamValidator, SmallThreadStackFallsBackToTheIterativeParser) {
  auto schema = MustCompile(R"({"type": "array", "items": {"$ref": "#"}})");
  auto stream = StreamValidator::Create(*schema);
  struct Job {
    const StreamValidator* stream;
    std::string text;
    StreamVerdict got = StreamVerdict::kMalformed;
  };
  std::vector<Job> jobs;
  for (int depth : {10, 400, 900}) {
    jobs.push_back({stream.get(), std::string(depth, '[') + std::string(depth, ']')});
    jobs.push_back({stream.get(), std::string(depth, '[') + "1" + std::string(depth, ']')});
    jobs.push_back({stream.get(), std::string(depth, '[') + std::string(depth - 1, ']')});
  }
  for (Job& job : jobs) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 320 * 1024);
    pthread_t thread;
    ASSERT_EQ(pthread_create(&thread, &attr,
                             [](void* arg) -> void* {
                               auto* j = static_cast<Job*>(arg);
                               j->got = j->stream->Check(j->text);
                               return nullptr;
                             },
                             &job),
              0);
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
    EXPECT_EQ(Name(job.got), std::string(Name(Reference(*schema, job.text)))) << job.text.size();
  }
}
