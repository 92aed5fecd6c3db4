#include "stepcache/schemas/format.h"

#include <cstdio>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::schemas {
namespace {

std::string SuiteDir() {
  return std::string(STEPCACHE_SOURCE_DIR) + "/tests/data/json-schema-test-suite/tests/";
}

struct Tally {
  int passed = 0;
  int total = 0;
};

// Runs every optional/format/<name>.json case whose schema is just
// {"format": X} (plus `$schema`): CheckFormat on strings, non-strings pass.
void RunFormatFile(const std::string& path, Tally* tally) {
  std::string text, why;
  if (!ReadFile(path, &text, &why)) return;  // not every draft has every format
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(text, doc)) << path;
  for (const auto& group : doc.GetArray()) {
    const auto& schema = group["schema"];
    if (!schema.IsObject() || !schema.HasMember("format")) continue;
    bool plain = true;
    for (const auto& m : schema.GetObject()) {
      std::string key = m.name.GetString();
      plain = plain && (key == "format" || key == "$schema");
    }
    if (!plain) continue;
    std::string format = schema["format"].GetString();
    for (const auto& test : group["tests"].GetArray()) {
      const auto& data = test["data"];
      bool got = true;
      if (data.IsString()) {
        got = CheckFormat(format, std::string_view(data.GetString(), data.GetStringLength()));
      }
      bool expected = test["valid"].GetBool();
      ++tally->total;
      if (got == expected) ++tally->passed;
      EXPECT_EQ(got, expected) << path << ": " << group["description"].GetString() << " / "
                               << test["description"].GetString();
    }
  }
}

TEST(Format, JsonSchemaTestSuitePerDraft) {
  const char* formats[] = {"date-time", "date",          "time",          "duration",
                           "email",     "idn-email",     "hostname",      "idn-hostname",
                           "ipv4",      "ipv6",          "uri",           "uri-reference",
                           "iri",       "iri-reference", "uri-template",  "uuid",
                           "regex",     "json-pointer",  "relative-json-pointer",
                           "ecmascript-regex", "unknown"};
  for (const char* draft : {"draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"}) {
    Tally tally;
    for (const char* f : formats) {
      RunFormatFile(SuiteDir() + draft + "/optional/format/" + f + ".json", &tally);
    }
    std::printf("[ format ] %s: %d/%d optional/format tests pass\n", draft, tally.passed, tally.total);
    EXPECT_GT(tally.total, 100) << draft;
  }
}

TEST(Format, KnownFormats) {
  EXPECT_TRUE(IsKnownFormat("date-time"));
  EXPECT_TRUE(IsKnownFormat("relative-json-pointer"));
  EXPECT_FALSE(IsKnownFormat("color"));
  EXPECT_TRUE(CheckFormat("color", "anything"));  // unknown formats pass
}

TEST(Format, DatesAndTimes) {
  EXPECT_TRUE(CheckFormat("date", "2024-02-29"));
  EXPECT_FALSE(CheckFormat("date", "2023-02-29"));
  EXPECT_TRUE(CheckFormat("date-time", "2024-01-01T00:00:00.5+05:30"));
  EXPECT_FALSE(CheckFormat("date-time", "2024-01-01 00:00:00Z"));
  EXPECT_TRUE(CheckFormat("time", "05:29:60+05:30"));  // 23:59:60 UTC
  EXPECT_FALSE(CheckFormat("time", "05:29:60+05:31"));
  EXPECT_TRUE(CheckFormat("duration", "P1Y2M3DT4H5M6S"));
  EXPECT_FALSE(CheckFormat("duration", "P1Y2D"));
  EXPECT_FALSE(CheckFormat("duration", "PT1H2S"));
}

TEST(Format, Network) {
  EXPECT_TRUE(CheckFormat("ipv4", "10.0.0.1"));
  EXPECT_FALSE(CheckFormat("ipv4", "10.0.0.01"));
  EXPECT_TRUE(CheckFormat("ipv6", "::ffff:10.0.0.1"));
  EXPECT_FALSE(CheckFormat("ipv6", "1::2::3"));
  EXPECT_TRUE(CheckFormat("hostname", "xn--bcher-kva.example"));   // bücher
  EXPECT_FALSE(CheckFormat("hostname", "xn--bcher-kvb.example"));  // decodes differently
  EXPECT_TRUE(CheckFormat("idn-hostname", "b\xC3\xBC" "cher.example"));
  EXPECT_FALSE(CheckFormat("hostname", "b\xC3\xBC" "cher.example"));
  EXPECT_TRUE(CheckFormat("email", "a.b+c@example.com"));
  EXPECT_FALSE(CheckFormat("email", "a@b@example.com"));
  // Found by fuzzing: a quoted pair is a backslash and printable ASCII only.
  EXPECT_TRUE(CheckFormat("email", "\"a\\ b\"@example.com"));
  EXPECT_FALSE(CheckFormat("email", "\"\\\xCC\"@I"));
  EXPECT_FALSE(CheckFormat("idn-email", "\"\\\xC3\xA9\"@example.com"));
  EXPECT_FALSE(CheckFormat("email", "\"\\\x01\"@example.com"));
  EXPECT_TRUE(CheckFormat("uri", "https://user@example.com:8080/a/b?c=d#e"));
  EXPECT_FALSE(CheckFormat("uri", "https://example.com:80a/"));
  EXPECT_TRUE(CheckFormat("uri-reference", "../a/b"));
  EXPECT_TRUE(CheckFormat("iri", "https://\xC3\xA9x.example/\xCF\x80"));
  EXPECT_FALSE(CheckFormat("uri", "https://\xC3\xA9x.example/"));
}

TEST(Format, Others) {
  EXPECT_TRUE(CheckFormat("uuid", "123e4567-e89b-12d3-a456-426614174000"));
  EXPECT_TRUE(CheckFormat("json-pointer", "/a~1b/0"));
  EXPECT_FALSE(CheckFormat("json-pointer", "/a~"));
  EXPECT_TRUE(CheckFormat("relative-json-pointer", "0#"));
  EXPECT_TRUE(CheckFormat("uri-template", "/users/{id}{?q,page}"));
  EXPECT_FALSE(CheckFormat("uri-template", "/users/{id"));
  EXPECT_TRUE(CheckFormat("regex", "(?<=a)(b)\\1"));  // valid ECMA, not runnable on RE2
  EXPECT_FALSE(CheckFormat("regex", "(?<x"));
}

TEST(Format, HostileInputsStayBounded) {
  std::string long_label(100000, 'a');
  EXPECT_FALSE(CheckFormat("hostname", long_label));
  EXPECT_FALSE(CheckFormat("idn-hostname", "xn--" + std::string(5000, '9')));
  EXPECT_FALSE(CheckFormat("regex", std::string(100000, '(')));
  EXPECT_FALSE(CheckFormat("email", std::string(100000, '@')));
  EXPECT_TRUE(CheckFormat("json-pointer", "/" + std::string(100000, 'x')));
  EXPECT_FALSE(CheckFormat("iri", "http://a/\xFF"));
}

}  // namespace
}  // namespace stepcache::schemas
