// The benchmark's own pieces: workload composition, the ground-truth scorer
// and the report arithmetic.
#include <set>

#include <gtest/gtest.h>

#include "stepcache/bench/report.h"
#include "stepcache/bench/scorer.h"
#include "stepcache/bench/workload.h"
#include "stepcache/checks/linear_equation.h"
#include "stepcache/schemas/json.h"

namespace stepcache::bench {
namespace {

TEST(WorkloadTest, CompositionIsFixedAndDocumented) {
  const auto items = GenerateWorkload(42);
  std::map<std::string, int> by;
  std::set<std::string> ids;
  for (const auto& item : items) {
    ++by[item.task + "/" + item.perturbation];
    EXPECT_TRUE(ids.insert(item.id).second) << "duplicate id " << item.id;
  }
  EXPECT_EQ(items.size(), 221u);
  const std::map<std::string, int> expected = {
      {"linear_equation/base", 10}, {"linear_equation/paraphrase", 30},
      {"linear_equation/format", 30}, {"linear_equation/rename", 30},
      {"linear_equation/numeric", 3}, {"linear_equation/semantic", 6},
      {"json_extract/base", 10}, {"json_extract/paraphrase", 30},
      {"json_extract/format", 30}, {"json_extract/paraphrase_text", 27},
      {"json_extract/schema", 6}, {"json_extract/numeric", 3},
      {"json_extract/semantic", 6}};
  EXPECT_EQ(by, expected);
}

TEST(WorkloadTest, SameSeedSameWorkloadOtherSeedOtherConstants) {
  const auto a = GenerateWorkload(7), b = GenerateWorkload(7), c = GenerateWorkload(8);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(ToJsonLine(a[i]), ToJsonLine(b[i]));
  int differ = 0;
  for (std::size_t i = 0; i < a.size() && i < c.size(); ++i) differ += a[i].prompt != c[i].prompt;
  EXPECT_GT(differ, 100);
}

TEST(WorkloadTest, ExpectationsAreTheTruth) {
  for (std::uint64_t seed : {42, 43, 44}) {
    for (const auto& item : GenerateWorkload(seed)) {
      rapidjson::Document expect;
      ASSERT_TRUE(ParseJson(item.expect_json, expect)) << item.id;
      if (item.task == "linear_equation") {
        auto eq = checks::FindEquationInPrompt(item.prompt);
        ASSERT_TRUE(eq.has_value()) << item.id << ": " << item.prompt;
        auto x = checks::Solve(*eq);
        ASSERT_TRUE(x.has_value()) << item.id;
        EXPECT_EQ(eq->variable, expect["variable"].GetString()) << item.id;
        EXPECT_DOUBLE_EQ(x->ToDouble(), expect["value"].GetDouble()) << item.id;
        // The only '=' in the prompt is the equation's.
        EXPECT_EQ(std::count(item.prompt.begin(), item.prompt.end(), '='), 1) << item.prompt;
      } else {
        // Every expected value is stated in the text as "Label: value".
        for (const auto& m : expect["json"].GetObject()) {
          const std::string v = m.value.IsString() ? m.value.GetString() : JsonToString(m.value);
          EXPECT_NE(item.prompt.find(": " + v + "\n"), std::string::npos) << item.id << " " << v;
        }
      }
    }
  }
}

TEST(WorkloadTest, LinesRoundTripAndBadLinesNameTheField) {
  const auto items = GenerateWorkload(1);
  WorkloadItem back;
  std::string error;
  ASSERT_TRUE(ParseWorkloadLine(ToJsonLine(items.back()), &back, &error)) << error;
  EXPECT_EQ(ToJsonLine(back), ToJsonLine(items.back()));
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": "a", "task": "t"})", &back, &error));
  EXPECT_NE(error.find("/prompt"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": 1, "task": "t", "prompt": "p"})", &back, &error));
  EXPECT_NE(error.find("/id"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": "a", "task": "t", "prompt": "p", "schema": 3})", &back, &error));
  EXPECT_NE(error.find("/schema"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine("{\"id\": ", &back, &error));
  EXPECT_NE(error.find("byte"), std::string::npos) << error;
}

WorkloadItem Linear(const std::string& var, int value) {
  WorkloadItem item;
  item.task = "linear_equation";
  item.expect_json = "{\"variable\":\"" + var + "\",\"value\":" + std::to_string(value) + "}";
  return item;
}

TEST(ScorerTest, LinearEquations) {
  const WorkloadItem item = Linear("x", 5);
  EXPECT_TRUE(ScoreAnswer(item, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5").correct);
  EXPECT_FALSE(ScoreAnswer(item, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 6").correct);
  // The right final line after a wrong step is still wrong.
  EXPECT_FALSE(ScoreAnswer(item, "3x + 5 = 20\n3x = 16\nx = 5").correct);
  // A final line that does not state the value.
  EXPECT_FALSE(ScoreAnswer(item, "3x + 5 = 20\n3x = 15").correct);
  EXPECT_FALSE(ScoreAnswer(item, "The answer is five.").correct);
  EXPECT_FALSE(ScoreAnswer(Linear("y", 5), "x = 5").correct);
}

TEST(ScorerTest, JsonMustBeTheBareValueOnSchemaAndEqual) {
  WorkloadItem item;
  item.task = "json_extract";
  item.schema_json = R"({"type":"object","properties":{"age":{"type":"integer"}},"required":["age"]})";
  item.expect_json = R"({"json":{"age":34}})";
  EXPECT_TRUE(ScoreAnswer(item, R"({"age": 34.0})").correct);
  EXPECT_FALSE(ScoreAnswer(item, "Here it is: {\"age\": 34}").correct);
  EXPECT_FALSE(ScoreAnswer(item, "```json\n{\"age\": 34}\n```").correct);
  EXPECT_FALSE(ScoreAnswer(item, R"({"age": "34"})").correct);
  EXPECT_FALSE(ScoreAnswer(item, R"({"age": 35})").correct);
  EXPECT_FALSE(ScoreAnswer(item, R"({"age": 34, "extra": 1})").correct);
}

ItemResult Result(double latency, engine::Path path, bool correct, std::int64_t tokens) {
  ItemResult r;
  r.ok = true;
  r.correct = correct;
  r.metrics.latency_s = latency;
  r.metrics.path = path;
  r.metrics.prompt_tokens = tokens;
  return r;
}

TEST(ReportTest, SummaryArithmetic) {
  std::vector<ItemResult> v;
  for (int i = 1; i <= 20; ++i) {
    v.push_back(Result(i, i <= 15 ? engine::Path::kReuse : engine::Path::kSkip, i != 3, 10));
  }
  Summary s = Summarize(v);
  EXPECT_DOUBLE_EQ(s.mean_s, 10.5);
  EXPECT_DOUBLE_EQ(s.median_s, 10.5);
  EXPECT_DOUBLE_EQ(s.p95_s, 19);  // nearest rank: ceil(0.95 * 20) = 19th
  EXPECT_DOUBLE_EQ(s.tokens_total, 200);
  EXPECT_DOUBLE_EQ(s.correct_pct, 95);
  EXPECT_DOUBLE_EQ(s.reuse_pct, 75);
  EXPECT_DOUBLE_EQ(s.skip_pct, 25);
  EXPECT_DOUBLE_EQ(s.false_reuse, 1);  // item 3 was reused and wrong
}

TEST(ReportTest, JsonTableAndHtmlCarryTheFigures) {
  SeedRun run;
  run.seed = 42;
  run.baseline = {Result(2, engine::Path::kSkip, false, 100), Result(2, engine::Path::kSkip, true, 100)};
  run.stepcache = {Result(2, engine::Path::kSkip, true, 100), Result(0.0001, engine::Path::kReuse, true, 0)};
  for (auto* list : {&run.baseline, &run.stepcache}) {
    for (auto& r : *list) { r.task = "t"; r.perturbation = "p"; }
  }
  BenchReport report = BuildReport({run}, "sim (simulated)", true);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(ReportJson(report), doc));
  for (const char* k : {"baseline", "stepcache", "seeds", "by_task", "by_perturbation", "targets"}) {
    EXPECT_TRUE(doc.HasMember(k)) << k;
  }
  EXPECT_DOUBLE_EQ(doc["stepcache"]["reuse_pct"].GetDouble(), 50);
  EXPECT_DOUBLE_EQ(doc["baseline"]["correct_pct"].GetDouble(), 50);
  EXPECT_TRUE(doc["by_perturbation"].HasMember("t/p"));
  const std::string table = ReportTable(report);
  EXPECT_NE(table.find("SIMULATED"), std::string::npos);
  EXPECT_NE(table.find("MISSED"), std::string::npos);  // mean 1.0 s misses 0.45 s
  const std::string html = ReportHtml(report);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org"));  // no network assets
}

}  // namespace
}  // namespace stepcache::bench
