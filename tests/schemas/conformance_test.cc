// Runs the vendored JSON-Schema-Test-Suite against stepcache::schemas::Schema:
// every required test of drafts 4, 6, 7, 2019-09 and 2020-12 must pass, and
// the count of tests must match the suite's (so a lost file cannot hide).
// The optional/ tests (bignum, ECMA-262 regex, every format with format
// assertion on, ...) must pass 100% too, with their count checked the same way.
// Documents are parsed with their number texts kept and the texts passed on,
// as `stepcache validate` does.
#include <algorithm>
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

namespace fs = std::filesystem;
using stepcache::schemas::CompileError;
using stepcache::schemas::CompileOptions;
using stepcache::schemas::Dialect;
using stepcache::schemas::Registry;
using stepcache::schemas::Schema;
using stepcache::schemas::ValidateOptions;

namespace {

const fs::path kSuite = stepcache::test_support::SuiteRoot();

const Registry& Remotes() { return stepcache::test_support::SuiteRemotes(); }

struct Tally {
  int passed = 0;
  int total = 0;
  std::vector<std::string> failures;
};

void RunFile(const fs::path& file, Dialect dialect, bool format_assertion, Tally* tally) {
  std::string text, err;
  ASSERT_TRUE(stepcache::ReadFile(file.string(), &text, &err)) << err;
  rapidjson::Document doc;
  stepcache::JsonError jerr;
  stepcache::JsonNumberTexts texts;
  ASSERT_TRUE(stepcache::ParseJson(text, doc, &jerr, {}, &texts)) << file << ": " << jerr.ToString();
  const std::string name = file.filename().string();
  for (const auto& group : doc.GetArray()) {
    CompileOptions options;
    options.default_dialect = dialect;
    options.registry = &Remotes();
    options.format_assertion = format_assertion;
    options.number_texts = &texts;
    CompileError cerr;
    auto schema = Schema::Compile(group["schema"], options, &cerr);
    const std::string gdesc = group["description"].GetString();
    for (const auto& test : group["tests"].GetArray()) {
      ++tally->total;
      const bool expected = test["valid"].GetBool();
      const std::string where = name + " | " + gdesc + " | " + test["description"].GetString();
      if (!schema) {
        tally->failures.push_back(where + " | compile error: " + cerr.ToString());
        continue;
      }
      const rapidjson::Value& data = test["data"];
      ValidateOptions one;
      one.number_texts = &texts;
      const bool fast = texts.empty() ? schema->IsValid(data) : schema->Validate(data, one).valid;
      auto first = schema->Validate(data, one);
      ValidateOptions all = one;
      all.all_errors = true;
      auto every = schema->Validate(data, all);
      if (fast == expected && first.valid == expected && every.valid == expected &&
          first.errors.empty() == expected && every.errors.empty() == expected) {
        ++tally->passed;
      } else {
        tally->failures.push_back(where + " | expected " + (expected ? "valid" : "invalid") +
                                  ", IsValid=" + std::to_string(fast) +
                                  " Validate=" + std::to_string(first.valid) +
                                  " all_errors=" + std::to_string(every.valid));
      }
    }
  }
}

std::vector<fs::path> JsonFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void RunRequired(const char* draft, Dialect dialect, int expected_count) {
  Tally tally;
  for (const auto& file : JsonFiles(kSuite / "tests" / draft)) RunFile(file, dialect, false, &tally);
  for (const auto& f : tally.failures) ADD_FAILURE() << f;
  std::printf("[conformance] %s required: %d/%d passed\n", draft, tally.passed, tally.total);
  EXPECT_EQ(tally.total, expected_count) << "the suite's test count changed";
  EXPECT_EQ(tally.passed, tally.total);
}

void RunOptional(const char* draft, Dialect dialect, int expected_count) {
  Tally tally;
  for (const auto& file : JsonFiles(kSuite / "tests" / draft / "optional"))
    RunFile(file, dialect, true, &tally);
  for (const auto& file : JsonFiles(kSuite / "tests" / draft / "optional" / "format"))
    RunFile(file, dialect, true, &tally);
  std::printf("[conformance] %s optional: %d/%d passed (%.1f%%)\n", draft, tally.passed, tally.total,
              tally.total ? 100.0 * tally.passed / tally.total : 0.0);
  for (const auto& f : tally.failures) ADD_FAILURE() << f;
  EXPECT_EQ(tally.total, expected_count) << "the suite's test count changed";
  EXPECT_EQ(tally.passed, tally.total);
}

}  // namespace

TEST(Conformance, Draft4) { RunRequired("draft4", Dialect::kDraft4, 618); }
TEST(Conformance, Draft6) { RunRequired("draft6", Dialect::kDraft6, 839); }
TEST(Conformance, Draft7) { RunRequired("draft7", Dialect::kDraft7, 927); }
TEST(Conformance, Draft2019_09) { RunRequired("draft2019-09", Dialect::kDraft2019_09, 1259); }
TEST(Conformance, Draft2020_12) { RunRequired("draft2020-12", Dialect::kDraft2020_12, 1299); }

TEST(ConformanceOptional, Draft4) { RunOptional("draft4", Dialect::kDraft4, 319); }
TEST(ConformanceOptional, Draft6) { RunOptional("draft6", Dialect::kDraft6, 431); }
TEST(ConformanceOptional, Draft7) { RunOptional("draft7", Dialect::kDraft7, 794); }
TEST(ConformanceOptional, Draft2019_09) { RunOptional("draft2019-09", Dialect::kDraft2019_09, 915); }
TEST(ConformanceOptional, Draft2020_12) { RunOptional("draft2020-12", Dialect::kDraft2020_12, 926); }
