#include "stepcache/grammars/json_extract.h"

#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::grammars {
namespace {

std::string Extracted(std::string_view answer, bool* fenced = nullptr) {
  std::optional<JsonSpan> span = ExtractJson(answer);
  if (!span) return "<none>";
  EXPECT_LE(span->begin, span->end);
  EXPECT_LE(span->end, answer.size());
  std::string_view text = answer.substr(span->begin, span->end - span->begin);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(text, doc)) << text;
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

}  // namespace
}  // namespace stepcache::grammars
