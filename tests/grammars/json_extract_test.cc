#include "stepcache/grammars/json_extract.h"

#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::grammars {
namespace {

std::string Extracted(std::string_view answer, bool* fenced = nullptr) {
  std::optional<JsonSpan> span = ExtractJson(answer);
  // The overload that hands the value over finds the same span, parsed.
  rapidjson::Document handed;
  std::optional<JsonSpan> again = ExtractJson(answer, &handed);
  EXPECT_EQ(span.has_value(), again.has_value());
  if (!span) {
    EXPECT_TRUE(handed.IsNull());
    return "<none>";
  }
  EXPECT_LE(span->begin, span->end);
  EXPECT_LE(span->end, answer.size());
  std::string_view text = answer.substr(span->begin, span->end - span->begin);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(text, doc)) << text;
  if (again) {
    EXPECT_EQ(again->begin, span->begin);
    EXPECT_EQ(again->end, span->end);
    EXPECT_EQ(again->fenced, span->fenced);
    EXPECT_TRUE(handed == doc) << text;
  }
  if (fenced) *fenced = span->fenced;
  return std::string(text);
}

TEST(ExtractJson, BareObject) {
  EXPECT_EQ(Extracted("  {\"a\": 1}\n"), "{\"a\": 1}");
}

TEST(ExtractJson, FromProse) {
  EXPECT_EQ(Extracted("Sure! The result is {\"name\": \"Ada\", \"n\": [1, 2]} as requested."),
            "{\"name\": \"Ada\", \"n\": [1, 2]}");
}

TEST(ExtractJson, FromFence) {
  bool fenced = false;
  EXPECT_EQ(Extracted("```json\n{\"a\": \"b\"}\n```", &fenced), "{\"a\": \"b\"}");
  EXPECT_TRUE(fenced);
}

TEST(ExtractJson, FromProseAndFencePrefersTheFence) {
  bool fenced = false;
  const std::string answer =
      "I considered {\"draft\": true} first.\n```JSON\n[1, 2, 3]\n```\nHope this helps.";
  EXPECT_EQ(Extracted(answer, &fenced), "[1, 2, 3]");
  EXPECT_TRUE(fenced);
}

TEST(ExtractJson, SkipsFencesThatHoldNoJson) {
  bool fenced = true;
  const std::string answer = "```python\nprint('{')\n```\nAnswer: {\"ok\": true}";
  EXPECT_EQ(Extracted(answer, &fenced), "{\"ok\": true}");
  EXPECT_FALSE(fenced);
  EXPECT_EQ(Extracted("```\nnot json\n```\n```json\n{\"x\": 2}\n```"), "{\"x\": 2}");
}

TEST(ExtractJson, UnclosedFenceWithCompleteValue) {
  EXPECT_EQ(Extracted("```json\n{\"a\": 1}\n"), "{\"a\": 1}");
}

TEST(ExtractJson, StringsHoldingBracketsAndQuotes) {
  const std::string answer = R"(Result: {"s": "a } ] \" {", "t": [1]} -- end)";
  EXPECT_EQ(Extracted(answer), R"({"s": "a } ] \" {", "t": [1]})");
}

TEST(ExtractJson, SkipsBalancedButInvalidCandidates) {
  EXPECT_EQ(Extracted("Use {braces} like {\"k\": 3}."), "{\"k\": 3}");
  EXPECT_EQ(Extracted("A stray { then [1, 2]"), "[1, 2]");
}

TEST(ExtractJson, FenceQuotedInsideBareJsonIsNotAFence) {
  const std::string answer = "{\"md\": \"``` [1] ```\"}";
  bool fenced = true;
  EXPECT_EQ(Extracted(answer, &fenced), answer);
  EXPECT_FALSE(fenced);
}

TEST(ExtractJson, WholeTextScalar) {
  EXPECT_EQ(Extracted(" \"just a string\" "), "\"just a string\"");
  EXPECT_EQ(Extracted("42"), "42");
}

TEST(ExtractJson, NoneWhenThereIsNoJson) {
  EXPECT_EQ(Extracted("No JSON at all, sorry."), "<none>");
  EXPECT_EQ(Extracted(""), "<none>");
  EXPECT_EQ(Extracted("{\"a\": 1,}"), "<none>");
  EXPECT_EQ(Extracted("```json\n{\"a\": \n```"), "<none>");
}

TEST(ExtractJson, HostileInputsEndCleanly) {
  EXPECT_EQ(Extracted(std::string(100000, '[')), "<none>");
  EXPECT_EQ(Extracted(std::string(100000, '{') + "\"a\": 1}"), "<none>");
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "{x ";
  EXPECT_EQ(Extracted(many), "<none>");
  // Deep but valid JSON after prose is still found.
  std::string deep = "x " + std::string(500, '[') + std::string(500, ']');
  EXPECT_EQ(Extracted(deep), deep.substr(2));
}

TEST(ExtractJson, HandsOverTheValueAfterLargeFailedCandidates) {
  // A first candidate that parses far before failing fills the caller's
  // allocator; the value found later is still the caller's, whole.
  std::string answer = "Draft: [";
  for (int i = 0; i < 200000; ++i) answer += "1,";
  answer += "x] and the answer: {\"a\": [1, 2], \"b\": \"c\"} done";
  rapidjson::Document doc;
  std::optional<JsonSpan> span = ExtractJson(answer, &doc);
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(answer.substr(span->begin, span->end - span->begin), "{\"a\": [1, 2], \"b\": \"c\"}");
  rapidjson::Document expected;
  ASSERT_TRUE(ParseJson("{\"a\": [1, 2], \"b\": \"c\"}", expected));
  EXPECT_TRUE(doc == expected);
  EXPECT_EQ(Extracted(answer), "{\"a\": [1, 2], \"b\": \"c\"}");
}

}  // namespace
}  // namespace stepcache::grammars
