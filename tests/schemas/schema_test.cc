// Unit tests for the compiled JSON Schema engine: error locations through
// $ref, first-error vs all-errors, compile errors with pointers, depth
// limits, $ref cycles, registry remotes, formats, concurrency.
#include "stepcache/schemas/schema.h"

#include <atomic>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::schemas {
namespace {

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  JsonError err;
  EXPECT_TRUE(ParseJson(text, doc, &err)) << err.ToString() << " in " << text;
  return doc;
}

std::unique_ptr<Schema> MustCompile(const std::string& text, CompileOptions options = {}) {
  auto doc = Parse(text);
  CompileError err;
  auto schema = Schema::Compile(doc, options, &err);
  EXPECT_NE(schema, nullptr) << err.ToString();
  return schema;
}

CompileError MustFail(const std::string& text, CompileOptions options = {}) {
  auto doc = Parse(text);
  CompileError err;
  auto schema = Schema::Compile(doc, options, &err);
  EXPECT_EQ(schema, nullptr) << "compiled unexpectedly: " << text;
  EXPECT_FALSE(err.message.empty());
  return err;
}

// Builds [[[...]]] `depth` levels deep without recursion.
void DeepArray(rapidjson::Document* doc, int depth) {
  doc->SetArray();
  rapidjson::Value* cur = doc;
  for (int i = 0; i < depth; ++i) {
    cur->PushBack(rapidjson::Value(rapidjson::kArrayType), doc->GetAllocator());
    cur = &(*cur)[0];
  }
}

TEST(SchemaTest, ErrorLocationsGoThroughRef) {
  auto schema = MustCompile(R"({
    "properties": {"a": {"$ref": "#/$defs/s"}, "list": {"items": {"type": "integer"}}},
    "$defs": {"s": {"type": "string"}}})");
  auto instance = Parse(R"({"a": 1, "list": [1, "x"]})");
  ValidateOptions all;
  all.all_errors = true;
  auto result = schema->Validate(instance, all);
  ASSERT_FALSE(result.valid);
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].instance_location, "/a");
  EXPECT_EQ(result.errors[0].keyword_location, "/properties/a/$ref/type");
  EXPECT_EQ(result.errors[0].keyword, "type");
  EXPECT_EQ(result.errors[1].instance_location, "/list/1");
  EXPECT_EQ(result.errors[1].keyword_location, "/properties/list/items/type");
}

TEST(SchemaTest, EscapedNamesInLocations) {
  auto schema = MustCompile(R"({"properties": {"a/b~c": {"minimum": 3}}})");
  auto result = schema->Validate(Parse(R"({"a/b~c": 1})"));
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].instance_location, "/a~1b~0c");
  EXPECT_EQ(result.errors[0].keyword_location, "/properties/a~1b~0c/minimum");
}

TEST(SchemaTest, RequiredAndAdditionalNameTheProperty) {
  auto schema = MustCompile(
      R"({"required": ["id", "name"], "properties": {"id": {}}, "additionalProperties": false})");
  ValidateOptions all;
  all.all_errors = true;
  auto result = schema->Validate(Parse(R"({"id": 1, "extra": true})"), all);
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].keyword, "required");
  EXPECT_EQ(result.errors[0].property, "name");
  EXPECT_EQ(result.errors[0].keyword_location, "/required");
  EXPECT_EQ(result.errors[1].keyword, "additionalProperties");
  EXPECT_EQ(result.errors[1].property, "extra");
  EXPECT_EQ(result.errors[1].keyword_location, "/additionalProperties");
}

TEST(SchemaTest, FirstErrorVersusAllErrors) {
  auto schema = MustCompile(R"({"type": "object", "properties": {
      "a": {"type": "string"}, "b": {"minimum": 10}, "c": {"maxLength": 2}}})");
  auto instance = Parse(R"({"a": 1, "b": 2, "c": "long"})");
  auto first = schema->Validate(instance);
  EXPECT_FALSE(first.valid);
  EXPECT_EQ(first.errors.size(), 1u);
  ValidateOptions all;
  all.all_errors = true;
  auto every = schema->Validate(instance, all);
  EXPECT_FALSE(every.valid);
  EXPECT_EQ(every.errors.size(), 3u);
  EXPECT_FALSE(schema->IsValid(instance));
  EXPECT_TRUE(schema->IsValid(Parse(R"({"a": "x", "b": 10, "c": "ok"})")));
  EXPECT_TRUE(schema->Validate(Parse("{}")).errors.empty());
}

TEST(SchemaTest, CompileErrorsCarryPointers) {
  auto err = MustFail(R"({"properties": {"x": {"pattern": "(?=look ahead"}}})");
  EXPECT_EQ(err.pointer, "/properties/x/pattern");
  err = MustFail(R"j({"patternProperties": {"a(?!b": {}}})j");
  EXPECT_EQ(err.pointer, "/patternProperties/a(?!b");
  err = MustFail(R"({"items": {"type": 5}})");
  EXPECT_EQ(err.pointer, "/items/type");
  err = MustFail(R"({"properties": {"r": {"$ref": "#/$defs/missing"}}})");
  EXPECT_EQ(err.pointer, "/properties/r/$ref");
  err = MustFail(R"({"$ref": "http://example.com/nowhere.json"})");
  EXPECT_NE(err.ToString().find("nowhere"), std::string::npos);
  err = MustFail(R"({"minLength": -1})");
  EXPECT_EQ(err.pointer, "/minLength");
}

// Patterns that run without RE2 (a literal prefix, or SimpleRegex) are only
// checked by the ECMA translation when compiled: the same compile errors,
// at the same pointers, as patterns RE2 compiles, and the same verdicts.
TEST(SchemaTest, PatternsWithoutRe2CompileAndFailAsBefore) {
  // Invalid ECMA-262 in the shapes that would skip RE2.
  for (const char* p : {"^[z-a]+$", "^a{3,2}$", "^ab\\\\c1", "^ab)", "^a**$", "[a-"}) {
    auto err = MustFail(std::string(R"({"properties": {"x": {"pattern": ")") + p + "\"}}}");
    EXPECT_EQ(err.pointer, "/properties/x/pattern") << p;
    err = MustFail(std::string(R"({"patternProperties": {")") + p + "\": {}}}");
    EXPECT_EQ(err.pointer.rfind("/patternProperties/", 0), 0u) << p;
  }
  // Valid, each on its engine: literal prefix, exact literal, SimpleRegex,
  // RE2 (\\s), PCRE2 (look-ahead), and a literal longer than the no-RE2
  // limit.
  const std::string long_literal(1500, 'q');
  struct Case {
    std::string pattern;
    std::vector<std::pair<std::string, bool>> texts;
  };
  const Case cases[] = {
      {"^flag_", {{"flag_x", true}, {"flag", false}, {"xflag_", false}}},
      {"^abc$", {{"abc", true}, {"abcd", false}, {"ab", false}}},
      {"^[a-z]{2,}$", {{"ab", true}, {"a", false}, {"ab1", false}}},
      {"^a\\\\sb$", {{"a b", true}, {"ab", false}}},
      {"^(?!x)[a-z]+$", {{"ab", true}, {"xb", false}}},
      {"^" + long_literal + "$", {{long_literal, true}, {long_literal + "q", false}}},
      {"^" + long_literal, {{long_literal + "z", true}, {"q", false}}},
  };
  for (const Case& c : cases) {
    auto schema = MustCompile(R"({"pattern": ")" + c.pattern + "\"}");
    auto props = MustCompile(R"({"patternProperties": {")" + c.pattern + R"(": {"type": "integer"}}})");
    ASSERT_NE(schema, nullptr);
    ASSERT_NE(props, nullptr);
    for (const auto& [text, want] : c.texts) {
      rapidjson::Document doc;
      doc.SetString(text.c_str(), static_cast<rapidjson::SizeType>(text.size()), doc.GetAllocator());
      EXPECT_EQ(schema->IsValid(doc), want) << c.pattern << " on " << text;
      rapidjson::Document obj;
      obj.SetObject();
      obj.AddMember(rapidjson::Value(text.c_str(), obj.GetAllocator()), rapidjson::Value("s"), obj.GetAllocator());
      EXPECT_EQ(props->IsValid(obj), !want) << c.pattern << " on member " << text;
    }
  }
}

TEST(SchemaTest, RefCyclesAreCompileErrors) {
  MustFail(R"({"$ref": "#"})");
  MustFail(R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}},
               "$ref": "#/$defs/a"})");
  // Recursion that consumes the instance is fine.
  auto schema = MustCompile(R"({"type": "array", "items": {"$ref": "#"}})");
  EXPECT_TRUE(schema->IsValid(Parse("[[], [[]]]")));
  EXPECT_FALSE(schema->IsValid(Parse("[[], [1]]")));
}

TEST(SchemaTest, DeepInstanceGivesCleanDepthError) {
  auto schema = MustCompile(R"({"items": {"$ref": "#"}})");
  rapidjson::Document deep;
  DeepArray(&deep, 100000);
  EXPECT_FALSE(schema->IsValid(deep));
  auto result = schema->Validate(deep);
  ASSERT_FALSE(result.valid);
  ASSERT_FALSE(result.errors.empty());
  EXPECT_EQ(result.errors[0].keyword, "depth");
  // Even when the caller lifts the limit, the native stack is protected.
  ValidateOptions lifted;
  lifted.max_depth = 1000000;
  result = schema->Validate(deep, lifted);
  ASSERT_FALSE(result.valid);
  EXPECT_EQ(result.errors[0].keyword, "depth");
  // A shallow limit applies to shallow instances too.
  ValidateOptions shallow;
  shallow.max_depth = 2;
  rapidjson::Document three;
  DeepArray(&three, 3);
  EXPECT_FALSE(schema->Validate(three, shallow).valid);
  EXPECT_TRUE(schema->Validate(three).valid);
  // Schemas that do not descend never walk a deep instance.
  auto flat = MustCompile(R"({"type": "array", "minItems": 1})");
  EXPECT_TRUE(flat->IsValid(deep));
  auto constant = MustCompile(R"({"const": [[[]]]})");
  EXPECT_FALSE(constant->IsValid(deep));
}

TEST(SchemaTest, DeepSchemaGivesCleanCompileError) {
  rapidjson::Document deep;
  deep.SetObject();
  rapidjson::Value* cur = &deep;
  for (int i = 0; i < 100000; ++i) {
    cur->AddMember("not", rapidjson::Value(rapidjson::kObjectType), deep.GetAllocator());
    cur = &(*cur)["not"];
  }
  CompileError err;
  EXPECT_EQ(Schema::Compile(deep, {}, &err), nullptr);
  EXPECT_NE(err.message.find("deeper"), std::string::npos) << err.message;
  CompileOptions lifted;
  lifted.max_depth = 1000000;
  EXPECT_EQ(Schema::Compile(deep, lifted, &err), nullptr);
  // Within the limit it compiles.
  auto ok = MustCompile(R"({"not": {"not": {"type": "string"}}})");
  EXPECT_TRUE(ok->IsValid(Parse(R"("s")")));
}

TEST(SchemaTest, DynamicRefLoopIsFinite) {
  auto schema = MustCompile(R"({"$dynamicAnchor": "a", "$dynamicRef": "#a"})");
  auto result = schema->Validate(Parse("1"));
  EXPECT_FALSE(result.valid);
  EXPECT_EQ(result.errors[0].keyword, "depth");
}

TEST(SchemaTest, RegistryRemotes) {
  Registry registry;
  ASSERT_TRUE(registry.AddText("http://example.com/defs.json",
                               R"({"$defs": {"id": {"type": "integer", "minimum": 1}}})"));
  EXPECT_FALSE(registry.AddText("http://example.com/bad.json", "{"));
  EXPECT_EQ(registry.size(), 1u);
  CompileOptions options;
  options.registry = &registry;
  auto schema = MustCompile(R"({"properties": {"id": {"$ref": "http://example.com/defs.json#/$defs/id"}}})",
                            options);
  EXPECT_TRUE(schema->IsValid(Parse(R"({"id": 3})")));
  auto result = schema->Validate(Parse(R"({"id": 0})"));
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].keyword_location, "/properties/id/$ref/minimum");
  // Relative references resolve against base_uri.
  options.base_uri = "http://example.com/root.json";
  auto relative = MustCompile(R"({"$ref": "defs.json#/$defs/id"})", options);
  EXPECT_FALSE(relative->IsValid(Parse("0")));
  // Without the registry the same schema does not compile: no I/O ever.
  MustFail(R"({"$ref": "http://example.com/defs.json#/$defs/id"})");
}

TEST(SchemaTest, MetaschemasAreBuiltIn) {
  auto schema = MustCompile(R"({"$ref": "http://json-schema.org/draft-07/schema#"})");
  EXPECT_TRUE(schema->IsValid(Parse(R"({"type": "string", "minLength": 1})")));
  EXPECT_FALSE(schema->IsValid(Parse(R"({"minLength": -1})")));
  auto modern = MustCompile(R"({"$ref": "https://json-schema.org/draft/2020-12/schema"})");
  EXPECT_TRUE(modern->IsValid(Parse(R"({"prefixItems": [{"type": "string"}]})")));
  EXPECT_FALSE(modern->IsValid(Parse(R"({"prefixItems": {"type": "string"}})")));
}

TEST(SchemaTest, DialectSelection) {
  auto by_schema = MustCompile(R"({"$schema": "http://json-schema.org/draft-04/schema#",
                                   "maximum": 5, "exclusiveMaximum": true})");
  EXPECT_EQ(by_schema->dialect(), Dialect::kDraft4);
  EXPECT_FALSE(by_schema->IsValid(Parse("5")));
  CompileOptions options;
  options.default_dialect = Dialect::kDraft7;
  auto by_option = MustCompile(R"({"items": [{"type": "string"}], "additionalItems": false})", options);
  EXPECT_EQ(by_option->dialect(), Dialect::kDraft7);
  EXPECT_FALSE(by_option->IsValid(Parse(R"(["a", "b"])")));
  EXPECT_EQ(MustCompile("{}")->dialect(), Dialect::kDraft2020_12);
}

TEST(SchemaTest, FormatIsAnnotationUnlessAsked) {
  const char* text = R"({"format": "ipv4"})";
  EXPECT_TRUE(MustCompile(text)->IsValid(Parse(R"("not an ip")")));
  CompileOptions options;
  options.format_assertion = true;
  auto asserting = MustCompile(text, options);
  EXPECT_FALSE(asserting->IsValid(Parse(R"("not an ip")")));
  EXPECT_TRUE(asserting->IsValid(Parse(R"("10.0.0.1")")));
  EXPECT_TRUE(asserting->IsValid(Parse("12")));
}

TEST(SchemaTest, NumbersAndStrings) {
  EXPECT_TRUE(MustCompile(R"({"multipleOf": 0.0001})")->IsValid(Parse("0.0075")));
  EXPECT_FALSE(MustCompile(R"({"multipleOf": 0.0001})")->IsValid(Parse("0.00751")));
  EXPECT_TRUE(MustCompile(R"({"type": "integer"})")->IsValid(Parse("1.0")));
  EXPECT_TRUE(MustCompile(R"({"type": "integer"})")->IsValid(Parse("123456789012345678901234567890")));
  EXPECT_TRUE(MustCompile(R"({"const": 1})")->IsValid(Parse("1.0")));
  EXPECT_TRUE(MustCompile(R"({"enum": [{"a": [1, 2.0]}]})")->IsValid(Parse(R"({"a": [1.0, 2]})")));
  // Lengths count code points, not bytes.
  EXPECT_TRUE(MustCompile(R"({"maxLength": 2})")->IsValid(Parse(R"("\u00e9\ud83d\ude00")")));
  EXPECT_FALSE(MustCompile(R"({"minLength": 3})")->IsValid(Parse(R"("\u00e9\ud83d\ude00")")));
  // Patterns are unanchored searches.
  EXPECT_TRUE(MustCompile(R"({"pattern": "b+"})")->IsValid(Parse(R"("abbc")")));
  EXPECT_FALSE(MustCompile(R"({"pattern": "^b+$"})")->IsValid(Parse(R"("abbc")")));
}

TEST(SchemaTest, UnevaluatedPropertiesSeeThroughApplicators) {
  auto schema = MustCompile(R"({
    "allOf": [{"properties": {"a": true}}],
    "anyOf": [{"properties": {"b": true}, "required": ["b"]}, {"properties": {"c": true}, "required": ["c"]}],
    "unevaluatedProperties": false})");
  EXPECT_TRUE(schema->IsValid(Parse(R"({"a": 1, "b": 2})")));
  EXPECT_TRUE(schema->IsValid(Parse(R"({"a": 1, "b": 2, "c": 3})")));
  auto result = schema->Validate(Parse(R"({"b": 1, "d": 2})"));
  ASSERT_FALSE(result.valid);
  EXPECT_EQ(result.errors[0].keyword, "unevaluatedProperties");
  EXPECT_EQ(result.errors[0].property, "d");
}

TEST(SchemaTest, ConcurrentValidation) {
  auto schema = MustCompile(R"({"type": "object", "required": ["n"],
    "properties": {"n": {"type": "integer", "minimum": 0}, "tags": {"items": {"pattern": "^[a-z]+$"}}},
    "unevaluatedProperties": false})");
  auto good = Parse(R"({"n": 1, "tags": ["a", "bc"]})");
  auto bad = Parse(R"({"n": -1, "tags": ["A"], "x": 1})");
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      ValidateOptions all;
      all.all_errors = true;
      for (int i = 0; i < 500; ++i) {
        if (!schema->IsValid(good) || schema->IsValid(bad)) ++wrong;
        auto r = schema->Validate(bad, all);
        if (r.valid || r.errors.size() != 3) ++wrong;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(SchemaTest, VocabularyTurnsKeywordsOff) {
  Registry registry;
  ASSERT_TRUE(registry.AddText("http://example.com/meta", R"({
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "http://example.com/meta",
    "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
                    "https://json-schema.org/draft/2020-12/vocab/applicator": true}})"));
  CompileOptions options;
  options.registry = &registry;
  auto schema = MustCompile(R"({"$schema": "http://example.com/meta",
                                "properties": {"a": {"minimum": 5}}})", options);
  EXPECT_TRUE(schema->IsValid(Parse(R"({"a": 1})")));
  ASSERT_TRUE(registry.AddText("http://example.com/strict", R"({
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$vocabulary": {"https://example.com/vocab/unknown": true}})"));
  MustFail(R"({"$schema": "http://example.com/strict"})", options);
}

}  // namespace
}  // namespace stepcache::schemas

namespace stepcache::schemas {
namespace {

// Simple patterns run on a bit-parallel matcher, the rest on RE2; wrapping a
// pattern in (?:...) forces RE2, so both paths must agree on every string.
TEST(SchemaTest, SimplePatternsAgreeWithAnotherEcmaScriptEngine) {
  const char* patterns[] = {
      "^[a-z0-9._%+-]+@[a-z0-9.-]+\\\\.[a-z]{2,}$", "^[0-9a-f]{8}-[0-9a-f]{4}$", "^\\\\+?[0-9][0-9 ()-]{2,5}[0-9]$",
      "^[A-Za-z ]*$", "ab*c", "^a?b{2,3}", "x+$", "\\\\d\\\\w", "^$", "", "a{0,2}b", "[.-]", "c*?d", "^a{1,12}b$", "^[0-9 ]{3,9}x?y*$", "^b?c?d?a{0,5}$"};
  const std::string alphabet = "aaabbcdxy0129.-+@ _Z";
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (const char* p : patterns) {
    auto simple = MustCompile(std::string(R"({"pattern": ")") + p + "\"}");
    // The reference is the standard library's ECMAScript engine, which
    // shares no code with ours (simple_regex_test compares with RE2): the
    // pattern's JSON escapes undone, searched unanchored as JSON Schema does.
    std::string text;
    for (const char* c = p; *c != '\0'; ++c) {
      if (c[0] == '\\' && c[1] == '\\') ++c;
      text += *c;
    }
    const std::regex reference(text, std::regex::ECMAScript);
    for (int k = 0; k < 400; ++k) {
      std::string s;
      const int len = static_cast<int>(next() >> 16) % 16;
      for (int j = 0; j < len; ++j) s += alphabet[(next() >> 16) % alphabet.size()];
      rapidjson::Document doc;
      doc.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), doc.GetAllocator());
      ASSERT_EQ(simple->IsValid(doc), std::regex_search(s, reference)) << "pattern " << p << " on \"" << s << "\"";
    }
  }
}

// The silent pass runs record/array nodes, one-`type` and leaf children and
// property lookups through specialised code (evaluator.cc: Silent,
// ObjectSilent): its verdict must be the reporting pass's on every path —
// members in and out of declared order, repeated members, names the perfect
// table cannot separate (same length and sampled bytes), additionalProperties
// false or a schema, array bounds, and depth limits right at the boundary.
TEST(SchemaTest, SilentShapesAgreeWithTheReportingPass) {
  struct Case {
    const char* schema;
    const char* instance;
    bool valid;
  };
  const Case cases[] = {
      {R"({"type":"object","required":["sku","qty"],"additionalProperties":false,
           "properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":1},
                         "zip":{"type":"string","maxLength":3}}})",
       R"({"qty":2,"sku":"a","zip":"abc"})", true},
      {R"({"type":"object","required":["sku","qty"],"additionalProperties":false,
           "properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":1}}})",
       R"({"sku":"a","qty":0})", false},
      {R"({"type":"object","required":["sku","qty"],"additionalProperties":false,
           "properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":1}}})",
       R"({"sku":"a","qty":1,"sk":1})", false},
      {R"({"required":["sku","qty"],"properties":{"sku":{"type":"string"},"qty":{}}})",
       R"({"sku":"a","sku":"b"})", false},
      {R"({"required":["sku"],"properties":{"sku":{"type":"string"}}})", R"({"sku":"a","sku":1})", false},
      {R"({"properties":{"a1xb":{"type":"string"},"a2xb":{"type":"integer"},"":{"type":"null"}}})",
       R"({"a2xb":1,"a1xb":"s","":null,"a3xb":true})", true},
      {R"({"properties":{"a1xb":{"type":"string"},"a2xb":{"type":"integer"}}})", R"({"a1xb":"s","a2xb":"t"})", false},
      {R"({"properties":{"abcdefghijklmnopq":{"type":"string"},"abcdefghijklmnopr":{"type":"integer"}}})",
       R"({"abcdefghijklmnopr":1,"abcdefghijklmnopq":"x"})", true},
      {R"({"properties":{"abcdefghijklmnopq":{"type":"string"}}})", R"({"abcdefghijklmnopq":2})", false},
      {R"({"additionalProperties":{"type":"string","maxLength":2}})", R"({"a":"xy","b":"xyz"})", false},
      {R"({"type":["object","null"],"properties":{"a":{"type":"integer"}}})", "null", true},
      {R"({"type":"object","properties":{"a":{"type":"integer"}}})", "[1]", false},
      {R"({"type":"array","minItems":2,"maxItems":3,"items":{"type":"integer"}})", "[1,2,3]", true},
      {R"({"type":"array","minItems":2,"maxItems":3,"items":{"type":"integer"}})", "[1]", false},
      {R"({"type":"array","minItems":2,"maxItems":3,"items":{"type":"integer"}})", "[1,2,3,4]", false},
      {R"({"type":"array","items":{"type":"integer"}})", "[1,2.5]", false},
      {R"({"type":"array","items":{"type":"integer"}})", "[1,2.0]", true},
      {R"({"items":false})", "[]", true},
      {R"({"items":false})", "[1]", false},
      {R"({"definitions":{"n":{"type":"object","required":["v"],"properties":{"v":{"type":"integer"},
           "c":{"type":"array","items":{"$ref":"#/definitions/n"}}}}},"$ref":"#/definitions/n"})",
       R"({"v":1,"c":[{"v":2,"c":[{"v":3}]},{"v":4}]})", true},
      {R"({"definitions":{"n":{"type":"object","required":["v"],"properties":{"v":{"type":"integer"},
           "c":{"type":"array","items":{"$ref":"#/definitions/n"}}}}},"$ref":"#/definitions/n"})",
       R"({"v":1,"c":[{"v":2,"c":[{"w":3}]},{"v":4}]})", false},
      // A property declared twice is its first declaration in every pass
      // (the stream fuzzer's seed duplicate-property-names-silent-pass).
      {R"({"properties":{"d":{"type":"string"},"e":{"type":"string"},"e":{"type":"integer"}}})",
       R"({"d":"x","e":"y","e":"z"})", true},
      {R"({"properties":{"d":{"type":"string"},"e":{"type":"string"},"e":{"type":"integer"}}})",
       R"({"d":"x","e":1})", false},
      {R"({"required":["e"],"additionalProperties":false,
           "properties":{"e":{"type":"integer"},"d":{},"e":{"type":"string"}}})",
       R"({"e":1,"d":0,"e":2})", true},
  };
  for (const Case& c : cases) {
    auto schema = MustCompile(c.schema);
    ASSERT_NE(schema, nullptr) << c.schema;
    auto instance = Parse(c.instance);
    EXPECT_EQ(schema->IsValid(instance), c.valid) << c.schema << " on " << c.instance;
    const ValidationResult r = schema->Validate(instance);
    EXPECT_EQ(r.valid, c.valid) << c.schema << " on " << c.instance;
    EXPECT_EQ(r.errors.empty(), c.valid) << c.schema << " on " << c.instance;
  }
  // Depth limits at every boundary: both passes agree and never crash.
  auto tree = MustCompile(R"({"type":"object","properties":{"c":{"type":"array","items":{"$ref":"#"}},
                                                              "v":{"type":"integer"}}})");
  auto deep = Parse(R"({"c":[{"c":[{"c":[{"v":1}]}]}]})");
  for (std::size_t depth = 0; depth < 10; ++depth) {
    ValidateOptions options;
    options.max_depth = depth;
    const ValidationResult r = tree->Validate(deep, options);
    EXPECT_EQ(r.valid, depth > 6) << depth;
    EXPECT_EQ(r.errors.empty(), r.valid) << depth;
  }
}

}  // namespace
}  // namespace stepcache::schemas
