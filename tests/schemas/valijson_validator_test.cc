// valijson's adapter must come before any RapidJSON header; this test only
// uses StepCache's headers, which is fine: the wrapper hides valijson.
#include "stepcache/schemas/valijson_validator.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/registry.h"

namespace stepcache::schemas {
namespace {

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document doc;
  JsonError error;
  EXPECT_TRUE(ParseJson(text, doc, &error)) << text << ": " << error.ToString();
  return doc;
}

CompileOptions Draft7() {
  CompileOptions options;
  options.default_dialect = Dialect::kDraft7;
  return options;
}

TEST(ValijsonValidator, ValidatesAndReportsJsonPointers) {
  auto schema = Json(R"({"type":"object","required":["id","tags"],
      "properties":{"id":{"type":"integer","minimum":1},
                    "tags":{"type":"array","items":{"type":"string","maxLength":3}}}})");
  CompileError error;
  auto v = ValijsonValidator::Compile(schema, Draft7(), &error);
  ASSERT_NE(v, nullptr) << error.message;
  EXPECT_EQ(v->engine(), "valijson");

  EXPECT_TRUE(v->IsValid(Json(R"({"id":3,"tags":["a","bc"]})")));
  auto bad = Json(R"({"id":3,"tags":["a","long"]})");
  EXPECT_FALSE(v->IsValid(bad));
  auto result = v->Validate(bad, {true});
  ASSERT_FALSE(result.valid);
  bool found = false;
  for (const auto& e : result.errors) {
    if (e.instance_location == "/tags/1" && e.keyword == "maxLength") found = true;
  }
  EXPECT_TRUE(found) << result.errors[0].instance_location << " " << result.errors[0].message;

  auto missing = v->Validate(Json(R"({"tags":[]})"), {true});
  ASSERT_FALSE(missing.valid);
  bool required = false;
  for (const auto& e : missing.errors) {
    if (e.keyword == "required" && e.property == "id" && e.instance_location.empty()) required = true;
  }
  EXPECT_TRUE(required);
  auto first_only = v->Validate(bad);
  EXPECT_EQ(first_only.errors.size(), 1u);
}

TEST(ValijsonValidator, EscapesPointerTokens) {
  auto schema = Json(R"({"properties":{"a/b~c":{"type":"string"}}})");
  auto v = ValijsonValidator::Compile(schema, Draft7());
  ASSERT_NE(v, nullptr);
  auto result = v->Validate(Json(R"({"a/b~c":1})"), {true});
  ASSERT_FALSE(result.valid);
  bool found = false;
  for (const auto& e : result.errors) found = found || e.instance_location == "/a~1b~0c";
  EXPECT_TRUE(found);
}

TEST(ValijsonValidator, DialectSelection) {
  CompileError error;
  auto modern = Json(R"({"$schema":"https://json-schema.org/draft/2020-12/schema","type":"string"})");
  EXPECT_EQ(ValijsonValidator::Compile(modern, {}, &error), nullptr);
  EXPECT_NE(error.message.find("drafts 4, 6 and 7"), std::string::npos) << error.message;
  EXPECT_EQ(error.pointer, "/$schema");

  // No $schema: the default dialect (2020-12 unless overridden) decides.
  auto plain = Json(R"({"type":"string"})");
  EXPECT_EQ(ValijsonValidator::Compile(plain), nullptr);
  EXPECT_NE(ValijsonValidator::Compile(plain, Draft7()), nullptr);

  // Draft 4's boolean exclusiveMaximum vs draft 6+'s numeric one.
  auto d4 = Json(R"({"$schema":"http://json-schema.org/draft-04/schema#",
                     "maximum":3,"exclusiveMaximum":true})");
  auto v4 = ValijsonValidator::Compile(d4, {}, &error);
  ASSERT_NE(v4, nullptr) << error.message;
  EXPECT_FALSE(v4->IsValid(Json("3")));
  EXPECT_TRUE(v4->IsValid(Json("2.5")));
  auto d6 = Json(R"({"$schema":"http://json-schema.org/draft-06/schema#","exclusiveMaximum":3})");
  auto v6 = ValijsonValidator::Compile(d6, {}, &error);
  ASSERT_NE(v6, nullptr) << error.message;
  EXPECT_FALSE(v6->IsValid(Json("3")));
}

TEST(ValijsonValidator, RemoteRefsComeFromTheRegistry) {
  Registry registry;
  ASSERT_TRUE(registry.AddText("http://example.com/int.json", R"({"type":"integer"})"));
  auto schema = Json(R"({"$ref":"http://example.com/int.json"})");
  CompileOptions options = Draft7();
  options.registry = &registry;
  CompileError error;
  auto v = ValijsonValidator::Compile(schema, options, &error);
  ASSERT_NE(v, nullptr) << error.message;
  EXPECT_TRUE(v->IsValid(Json("7")));
  EXPECT_FALSE(v->IsValid(Json("\"7\"")));

  auto unknown = Json(R"({"$ref":"http://example.com/missing.json"})");
  EXPECT_EQ(ValijsonValidator::Compile(unknown, options, &error), nullptr);
  EXPECT_FALSE(error.message.empty());
}

TEST(ValijsonValidator, HazardsBecomeErrorsNotCrashes) {
  CompileError error;
  // std::regex has no \p{..}: valijson would throw while validating.
  EXPECT_EQ(ValijsonValidator::Compile(Json(R"({"pattern":"\\p{L}"})"), Draft7(), &error), nullptr);
  EXPECT_NE(error.message.find("std::regex"), std::string::npos) << error.message;
  EXPECT_EQ(ValijsonValidator::Compile(Json(R"({"patternProperties":{"(":{}}})"), Draft7()), nullptr);

  // A long string under a pattern is refused instead of overflowing the stack.
  auto v = ValijsonValidator::Compile(Json(R"({"pattern":"^(a|b)*$"})"), Draft7());
  ASSERT_NE(v, nullptr);
  EXPECT_TRUE(v->IsValid(Json("\"abab\"")));
  rapidjson::Document long_string;
  long_string.SetString(std::string(100000, 'a').c_str(), 100000, long_string.GetAllocator());
  auto result = v->Validate(long_string);
  EXPECT_FALSE(result.valid);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].keyword, "pattern");

  // Deep instances are refused before valijson recurses.
  auto any = ValijsonValidator::Compile(Json(R"({"items":{"type":"array"}})"), Draft7());
  ASSERT_NE(any, nullptr);
  std::string deep = std::string(900, '[') + std::string(900, ']');
  auto deep_doc = Json(deep);
  ValidateOptions shallow;
  shallow.max_depth = 100;
  auto deep_result = any->Validate(deep_doc, shallow);
  EXPECT_FALSE(deep_result.valid);
  EXPECT_EQ(deep_result.errors[0].keyword, "depth");

  // A schema deeper than CompileOptions::max_depth.
  std::string deep_schema;
  for (int i = 0; i < 50; ++i) deep_schema += R"({"items":)";
  deep_schema += "{}";
  deep_schema += std::string(50, '}');
  CompileOptions limited = Draft7();
  limited.max_depth = 20;
  EXPECT_EQ(ValijsonValidator::Compile(Json(deep_schema), limited, &error), nullptr);
  EXPECT_NE(ValijsonValidator::Compile(Json(deep_schema), Draft7()), nullptr);
}

// The suite's required tests for the drafts valijson supports, to record
// its pass rate (REFERENCE.md measured 94.8% / 92.0% / 90.6%).
TEST(ValijsonValidator, JsonSchemaTestSuitePassRate) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(STEPCACHE_SOURCE_DIR) / "tests/data/json-schema-test-suite";
  Registry registry;
  for (const auto& entry : fs::recursive_directory_iterator(root / "remotes")) {
    if (!entry.is_regular_file()) continue;
    std::string text, why;
    ASSERT_TRUE(ReadFile(entry.path().string(), &text, &why)) << why;
    std::string uri = "http://localhost:1234/" + fs::relative(entry.path(), root / "remotes").string();
    registry.AddText(uri, text);
  }
  const std::pair<const char*, Dialect> drafts[] = {
      {"draft4", Dialect::kDraft4}, {"draft6", Dialect::kDraft6}, {"draft7", Dialect::kDraft7}};
  for (const auto& [name, dialect] : drafts) {
    int passed = 0, total = 0;
    for (const auto& entry : fs::directory_iterator(root / "tests" / name)) {
      if (entry.path().extension() != ".json") continue;
      std::string text, why;
      ASSERT_TRUE(ReadFile(entry.path().string(), &text, &why));
      rapidjson::Document doc;
      ASSERT_TRUE(ParseJson(text, doc));
      for (const auto& group : doc.GetArray()) {
        CompileOptions options;
        options.default_dialect = dialect;
        options.registry = &registry;
        auto v = ValijsonValidator::Compile(group["schema"], options);
        for (const auto& test : group["tests"].GetArray()) {
          ++total;
          if (v && v->IsValid(test["data"]) == test["valid"].GetBool()) ++passed;
        }
      }
    }
    std::printf("[ valijson ] %s: %d/%d required tests (%.1f%%)\n", name, passed, total,
                100.0 * passed / total);
    EXPECT_GT(passed, total * 8 / 10) << name;
  }
}

}  // namespace
}  // namespace stepcache::schemas
