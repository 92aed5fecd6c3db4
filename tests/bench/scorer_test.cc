// The benchmark's scorer, on hand-written right and wrong answers in the
// forms models write. It must judge these without the engine's checks.
#include "stepcache/bench/scorer.h"

#include <gtest/gtest.h>

namespace stepcache::bench {
namespace {

WorkloadItem Linear(const std::string& var, const std::string& value, const std::string& report = "") {
  WorkloadItem item;
  item.task = "linear_equation";
  item.expect_json = "{\"variable\":\"" + var + "\",\"value\":" + value + report + "}";
  return item;
}

bool Right(const WorkloadItem& item, const std::string& answer) {
  const Score s = ScoreAnswer(item, answer);
  EXPECT_TRUE(s.correct) << answer << "\n  -> " << s.reason;
  return s.correct;
}

bool Wrong(const WorkloadItem& item, const std::string& answer) {
  const Score s = ScoreAnswer(item, answer);
  EXPECT_FALSE(s.correct) << answer;
  EXPECT_FALSE(s.reason.empty());
  return !s.correct;
}

TEST(ScorerLinear, RightAnswersInCommonForms) {
  const WorkloadItem item = Linear("x", "5");
  Right(item, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5");
  Right(item, "1. 3x + 5 = 20\n2. 3x = 15\n3. x = 5");
  Right(item, "3x + 5 = 20 \xE2\x86\x92 3x = 15 \xE2\x86\x92 x = 5");
  Right(item, "3x + 5 = 20 -> 3x = 15 -> x = 5");
  Right(item, "Subtract 5 from both sides: 3x = 15\nDivide both sides by 3: x = 5");
  Right(item, "3x + 5 = 20\n3x = 15\nx = 5\nSo the answer is x = 5.");
  Right(item, "3x + 5 = 20\n3x = 15\nTherefore x equals 5.");
  Right(item, "3x+5=20\n3x=20-5\nx=15/3\nx = 5");
  Right(item, "3(x + 1) + 2 = 20\n3x + 3 + 2 = 20\n3x = 15\nx = 5");
  Right(item, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5\nThe answer is 5.");
  Right(item, "3x + 5 = 20\n3x = 15 = 3 * 5\nx = 5");       // a numeric identity in a chain
  Right(Linear("x", "-1.5"), "2x + 3 = 0\n2x = -3\nx = -3/2");
  Right(Linear("x", "-1.5"), "2x + 3 = 0\n2x = \xE2\x88\x92" "3\nx = \xE2\x88\x92" "1.5");
  Right(item, "3x + 5 = 20\n3x = 15\nx = 5, so 2x = 10");            // a true extra claim
  Right(Linear("t", "4"), "Step 1: 2t - 1 = 7\nStep 2: 2t = 8\nStep 3: t = 4");
}

TEST(ScorerLinear, WrongAnswersInCommonForms) {
  const WorkloadItem item = Linear("x", "5");
  Wrong(item, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 6");
  Wrong(item, "3x + 5 = 20\n3x = 16\nx = 5");                     // a wrong middle line
  Wrong(item, "3x + 5 = 20\n3x = 15");                            // no final statement
  Wrong(item, "The answer is five.");
  Wrong(item, "Step 3: x = 5\nSo the answer is x = 7.");          // the final line contradicts
  Wrong(item, "x = 5\nTherefore x equals 6.");
  Wrong(item, "x = 5, so y = 5");                                 // another variable
  Wrong(Linear("y", "5"), "x = 5");
  Wrong(item, "3x + 5 = 20 -> 3x = 25 -> x = 5");
  Wrong(item, "15 = 14\nx = 5");                                  // a false identity
  Wrong(item, "x*x = 25\nx = 5");                                 // not linear
  Wrong(item, "");
}

TEST(ScorerLinear, ReportedExpression) {
  const WorkloadItem item = Linear("x", "5", ",\"report\":{\"expression\":\"2x\",\"value\":10}");
  Right(item, "3x + 5 = 20\n3x = 15\nx = 5\n2x = 10");
  Right(item, "3x + 5 = 20\n3x = 15\nx = 5\nSo 2x = 10.");
  Wrong(item, "3x + 5 = 20\n3x = 15\nx = 5");                     // reported x, not 2x
  Wrong(item, "3x + 5 = 20\n3x = 15\nx = 5\n2x = 12");
  const WorkloadItem plus = Linear("x", "2", ",\"report\":{\"expression\":\"x + 3\",\"value\":5}");
  Right(plus, "x - 1 = 1\nx = 2\nx + 3 = 5");
  Wrong(plus, "x - 1 = 1\nx = 2\nx + 3 = 6");
}

TEST(ScorerLinear, BadExpectIsAFailureNotACrash) {
  WorkloadItem item;
  item.task = "linear_equation";
  item.expect_json = "{\"variable\":\"x\"}";
  EXPECT_FALSE(ScoreAnswer(item, "x = 1").correct);
  item.expect_json = "not json";
  EXPECT_FALSE(ScoreAnswer(item, "x = 1").correct);
  item.expect_json = "{\"variable\":\"x\",\"value\":1}";
  EXPECT_FALSE(ScoreAnswer(item, std::string(100000, '(')).correct);
  EXPECT_FALSE(ScoreAnswer(item, "x = 99999999999999999999999").correct);
}

WorkloadItem Json(const std::string& schema, const std::string& expect) {
  WorkloadItem item;
  item.task = "json_extract";
  item.schema_json = schema;
  item.expect_json = "{\"json\":" + expect + "}";
  return item;
}

TEST(ScorerJson, BareValueOnSchemaAndEqualByValue) {
  const WorkloadItem item = Json(
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"paid":{"type":"boolean"}},"required":["name","age","paid"],"additionalProperties":false})",
      R"({"name":"Jonas Berg","age":41,"paid":true})");
  Right(item, R"({"name":"Jonas Berg","age":41,"paid":true})");
  Right(item, "{\n  \"paid\": true,\n  \"age\": 41.0,\n  \"name\": \"Jonas Berg\"\n}\n");  // key order free
  Wrong(item, "Here it is: {\"name\":\"Jonas Berg\",\"age\":41,\"paid\":true}");
  Wrong(item, "```json\n{\"name\":\"Jonas Berg\",\"age\":41,\"paid\":true}\n```");
  Wrong(item, R"({"name":"Jonas Berg","age":"41","paid":true})");     // off-schema type
  Wrong(item, R"({"name":"Jonas Berg","age":27,"paid":true})");       // wrong value
  Wrong(item, R"({"name":"Berg","age":41,"paid":true})");             // partial span
  Wrong(item, R"({"name":"Jonas Berg","age":41,"paid":"yes"})");
  Wrong(item, R"({"name":"Jonas Berg","age":41})");                   // missing member
  Wrong(item, R"({"name":"Jonas Berg","age":41,"paid":true,"x":1})");  // extra member
  Wrong(item, R"({"name":"Jonas Berg","age":41,"paid":tr)");          // truncated
  Wrong(item, R"({"name":"Jonas Berg","age":41,"paid":true} {})");    // two values
}

TEST(ScorerJson, NumbersCompareExactly) {
  const WorkloadItem item = Json(R"({"type":"object"})", R"({"price":0.1,"n":3})");
  Right(item, R"({"price":0.10,"n":3.0})");
  Wrong(item, R"({"price":0.1000001,"n":3})");
  Wrong(item, R"({"price":0.1,"n":3.5})");
}

}  // namespace
}  // namespace stepcache::bench
