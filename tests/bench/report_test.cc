// The benchmark report over hand-made results: the three systems, the
// per-family breakdown of the adversarial split, wrong answers on every
// path, the JSON members, the console table naming missed targets, the HTML
// page; and the runner and CLI on a workload whose items carry families.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "stepcache/bench/report.h"
#include "stepcache/bench/runner.h"
#include "stepcache/bench/workload.h"
#include "stepcache/schemas/json.h"
#include "support/command.h"

namespace stepcache::bench {
namespace {

using engine::Path;

ItemResult Item(Path path, bool ok, bool correct, double latency = 1, std::int64_t tokens = 10,
                const std::string& family = "", bool safe = false) {
  ItemResult r;
  r.id = family + "-" + std::to_string(latency);
  r.task = "json_extract";
  r.perturbation = "p";
  r.family = family;
  r.safe = safe;
  r.ok = ok;
  r.correct = ok && correct;
  r.metrics.path = path;
  r.metrics.latency_s = latency;
  r.metrics.prompt_tokens = tokens;
  return r;
}

TEST(ReportSummary, WrongAnswersOnEveryPathFalseReuseOnlyOnReuse) {
  const std::vector<ItemResult> v = {
      Item(Path::kReuse, true, true),    // right reuse
      Item(Path::kReuse, true, false),   // false reuse: a wrong answer too
      Item(Path::kPatch, true, false),   // wrong on the patch path
      Item(Path::kSkip, true, false),    // wrong on the skip path
      Item(Path::kSkip, false, false),   // an error: not an answer, so not wrong
  };
  const Summary s = Summarize(v);
  EXPECT_DOUBLE_EQ(s.requests, 5);
  EXPECT_DOUBLE_EQ(s.false_reuse, 1);
  EXPECT_DOUBLE_EQ(s.wrong_answers, 3);
  EXPECT_DOUBLE_EQ(s.errors, 1);
  EXPECT_DOUBLE_EQ(s.correct_pct, 20);
  EXPECT_DOUBLE_EQ(s.reuse_pct, 40);
  EXPECT_DOUBLE_EQ(s.patch_pct, 20);
  EXPECT_DOUBLE_EQ(s.skip_pct, 40);
  EXPECT_DOUBLE_EQ(s.safe_requests, 0);
  EXPECT_DOUBLE_EQ(s.safe_reuse_pct, 0);
}

TEST(ReportSummary, SafeReuseIsTheShareOfSafeRequestsOnTheReusePath) {
  const std::vector<ItemResult> v = {
      Item(Path::kReuse, true, true, 1, 0, "paraphrase", true),
      Item(Path::kReuse, true, true, 1, 0, "paraphrase", true),
      Item(Path::kPatch, true, true, 1, 0, "whitespace", true),
      Item(Path::kSkip, true, true, 1, 0, "whitespace", true),
      Item(Path::kReuse, true, true, 1, 0, "label_drift", false),  // not safe: not counted
  };
  const Summary s = Summarize(v);
  EXPECT_DOUBLE_EQ(s.safe_requests, 4);
  EXPECT_DOUBLE_EQ(s.safe_reuse_pct, 50);
}

// Two seeds of an adversarial workload: two unsafe families and one safe.
std::vector<SeedRun> AdversarialRuns() {
  std::vector<SeedRun> runs;
  for (std::uint64_t seed : {42, 43}) {
    SeedRun run;
    run.seed = seed;
    for (const char* fam : {"label_drift", "sign_flip", "paraphrase"}) {
      const bool safe = std::string(fam) == "paraphrase";
      // Baseline: one shot, wrong on label drift.
      run.baseline.push_back(Item(Path::kSkip, true, fam != std::string("label_drift"), 2, 100, fam, safe));
      run.baseline.push_back(Item(Path::kSkip, true, true, 2, 100, fam, safe));
      // Verify-only: always right, always the skip path.
      run.verify_only.push_back(Item(Path::kSkip, true, true, 3, 150, fam, safe));
      run.verify_only.push_back(Item(Path::kSkip, true, true, 3, 150, fam, safe));
    }
    // StepCache, seed 42: a false reuse on label_drift, a wrong patched answer
    // on sign_flip; seed 43: clean. Paraphrase: both reused on 42, one on 43.
    const bool bad = seed == 42;
    run.stepcache = {
        Item(Path::kSkip, true, true, 2, 100, "label_drift"),
        Item(Path::kReuse, true, !bad, 0.001, 0, "label_drift"),
        Item(Path::kSkip, true, true, 2, 100, "sign_flip"),
        Item(Path::kPatch, true, !bad, 0.5, 20, "sign_flip"),
        Item(Path::kReuse, true, true, 0.001, 0, "paraphrase", true),
        Item(bad ? Path::kReuse : Path::kSkip, bad, bad, 0.001, 0, "paraphrase", true),
    };
    runs.push_back(run);
  }
  return runs;
}

TEST(ReportBuild, ThreeSystemsAndFamiliesAveragedOverSeeds) {
  const BenchReport r = BuildReport(AdversarialRuns(), "sim", true);
  EXPECT_TRUE(r.adversarial);
  EXPECT_DOUBLE_EQ(r.baseline.requests, 6);
  EXPECT_DOUBLE_EQ(r.verify_only.requests, 6);
  EXPECT_DOUBLE_EQ(r.verify_only.skip_pct, 100);
  EXPECT_DOUBLE_EQ(r.verify_only.tokens_total, 900);
  EXPECT_DOUBLE_EQ(r.verify_only.wrong_answers, 0);
  EXPECT_DOUBLE_EQ(r.baseline.wrong_answers, 2);  // label_drift once per seed, summed
  EXPECT_DOUBLE_EQ(r.stepcache.false_reuse, 1);
  EXPECT_DOUBLE_EQ(r.stepcache.wrong_answers, 2);
  EXPECT_DOUBLE_EQ(r.stepcache.errors, 0.5);  // one error over two seeds
  EXPECT_DOUBLE_EQ(r.stepcache.safe_reuse_pct, 75);  // 2 of 2, then 1 of 2
  EXPECT_EQ(r.verify_only_latencies.size(), 12u);
  EXPECT_EQ(r.stepcache_latencies.size(), 12u);
  ASSERT_EQ(r.by_family.size(), 3u);
  const Systems& drift = r.by_family.at("label_drift");
  EXPECT_DOUBLE_EQ(drift.stepcache.requests, 2);
  EXPECT_DOUBLE_EQ(drift.stepcache.false_reuse, 1);
  EXPECT_DOUBLE_EQ(drift.stepcache.wrong_answers, 1);
  EXPECT_DOUBLE_EQ(drift.stepcache.reuse_pct, 50);
  EXPECT_DOUBLE_EQ(drift.baseline.correct_pct, 50);
  EXPECT_DOUBLE_EQ(drift.verify_only.correct_pct, 100);
  const Systems& flip = r.by_family.at("sign_flip");
  EXPECT_DOUBLE_EQ(flip.stepcache.false_reuse, 0);
  EXPECT_DOUBLE_EQ(flip.stepcache.wrong_answers, 1);  // served on the patch path
  EXPECT_DOUBLE_EQ(flip.stepcache.patch_pct, 50);
  EXPECT_DOUBLE_EQ(r.by_family.at("paraphrase").stepcache.safe_reuse_pct, 75);
}

TEST(ReportBuild, AStandardWorkloadHasNoFamiliesAndItemsWithoutOneAreUnlabelled) {
  SeedRun run;
  run.seed = 7;
  run.baseline = run.verify_only = run.stepcache = {Item(Path::kSkip, true, true)};
  BenchReport r = BuildReport({run}, "sim", true);
  EXPECT_FALSE(r.adversarial);
  EXPECT_TRUE(r.by_family.empty());
  run.stepcache.push_back(Item(Path::kReuse, true, true, 1, 0, "paraphrase", true));
  run.baseline.push_back(run.stepcache.back());
  run.verify_only.push_back(run.stepcache.back());
  r = BuildReport({run}, "sim", true);
  EXPECT_TRUE(r.adversarial);
  ASSERT_EQ(r.by_family.size(), 2u);
  EXPECT_DOUBLE_EQ(r.by_family.at("unlabelled").stepcache.requests, 1);
}

TEST(ReportJsonTest, CarriesVerifyOnlyByFamilyAndTheAdversarialTargets) {
  const BenchReport r = BuildReport(AdversarialRuns(), "sim", true);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(ReportJson(r), doc));
  for (const char* k : {"split", "baseline", "verify_only", "stepcache", "cache_effect", "seeds", "by_task",
                        "by_perturbation", "by_family", "targets"}) {
    EXPECT_TRUE(doc.HasMember(k)) << k;
  }
  EXPECT_STREQ(doc["split"].GetString(), "adversarial");
  EXPECT_DOUBLE_EQ(doc["verify_only"]["skip_pct"].GetDouble(), 100);
  EXPECT_DOUBLE_EQ(doc["stepcache"]["wrong_answers"].GetDouble(), 2);
  EXPECT_DOUBLE_EQ(doc["stepcache"]["safe_reuse_pct"].GetDouble(), 75);
  EXPECT_FALSE(doc["baseline"].HasMember("reuse_pct"));  // the baseline has no paths
  const auto& fam = doc["by_family"];
  ASSERT_TRUE(fam.HasMember("label_drift") && fam.HasMember("paraphrase"));
  EXPECT_FALSE(fam["label_drift"]["safe"].GetBool());
  EXPECT_TRUE(fam["paraphrase"]["safe"].GetBool());
  for (const char* system : {"baseline", "verify_only", "stepcache"}) {
    EXPECT_TRUE(fam["sign_flip"].HasMember(system)) << system;
  }
  EXPECT_DOUBLE_EQ(fam["sign_flip"]["stepcache"]["wrong_answers"].GetDouble(), 1);
  EXPECT_DOUBLE_EQ(fam["sign_flip"]["stepcache"]["patch_pct"].GetDouble(), 50);
  const auto& t = doc["targets"];
  ASSERT_TRUE(t.HasMember("false_reuse") && t.HasMember("wrong_answers") && t.HasMember("safe_reuse_pct"));
  EXPECT_FALSE(t.HasMember("token_ratio"));  // the standard split's targets do not apply
  EXPECT_FALSE(t["false_reuse"]["met"].GetBool());
  EXPECT_STREQ(t["false_reuse"]["where"].GetString(), "label_drift 1");
  EXPECT_STREQ(t["wrong_answers"]["where"].GetString(), "label_drift 1, sign_flip 1");
  EXPECT_TRUE(t["safe_reuse_pct"]["met"].GetBool());
  EXPECT_DOUBLE_EQ(doc["cache_effect"]["tokens_saved_per_seed"].GetDouble(), 900 - 220);
}

TEST(ReportTableTest, AdversarialTableShowsFamiliesAndNamesTheMisses) {
  const BenchReport r = BuildReport(AdversarialRuns(), "sim", true);
  const std::string table = ReportTable(r);
  EXPECT_NE(table.find("adversarial split"), std::string::npos) << table;
  EXPECT_NE(table.find("verify-only"), std::string::npos) << table;
  EXPECT_NE(table.find("By family"), std::string::npos) << table;
  EXPECT_NE(table.find("sign_flip"), std::string::npos) << table;
  EXPECT_NE(table.find("false_reuse MISSED by 1 (label_drift 1)"), std::string::npos) << table;
  EXPECT_NE(table.find("wrong_answers MISSED by 2 (label_drift 1, sign_flip 1)"), std::string::npos) << table;
  EXPECT_NE(table.find("safe_reuse_pct met"), std::string::npos) << table;
  EXPECT_EQ(table.find("token_ratio"), std::string::npos) << table;
}

TEST(ReportTableTest, SafeFamiliesNotReusedMissTheTarget) {
  auto runs = AdversarialRuns();
  for (auto& run : runs) {
    for (auto& x : run.stepcache) {
      if (x.safe) x.metrics.path = Path::kSkip;
    }
  }
  const std::string table = ReportTable(BuildReport(runs, "sim", true));
  EXPECT_NE(table.find("safe_reuse_pct MISSED by 60 (paraphrase 0.0)"), std::string::npos) << table;
}

TEST(ReportTableTest, StandardTableKeepsItsTargetsAndNamesWhereCorrectnessFell) {
  SeedRun run;
  run.seed = 42;
  for (int i = 0; i < 10; ++i) {
    run.baseline.push_back(Item(Path::kSkip, true, true, 2, 100));
    run.verify_only.push_back(Item(Path::kSkip, true, true, 2, 120));
    // Half reused (below 80%), one answer on the skip path wrong.
    run.stepcache.push_back(Item(i < 5 ? Path::kReuse : Path::kSkip, true, i != 7, i < 5 ? 0.001 : 2, 70));
  }
  const BenchReport r = BuildReport({run}, "sim", true);
  EXPECT_FALSE(r.adversarial);
  const std::string table = ReportTable(r);
  EXPECT_NE(table.find("standard split"), std::string::npos) << table;
  EXPECT_NE(table.find("reuse_pct MISSED by 30"), std::string::npos) << table;
  EXPECT_NE(table.find("correct_pct MISSED by 10 (json_extract/p 90)"), std::string::npos) << table;
  EXPECT_NE(table.find("false_reuse met"), std::string::npos) << table;
  EXPECT_NE(table.find("token_ratio MISSED by 0.1;"), std::string::npos) << table;  // 700 / 1000 tokens
  EXPECT_EQ(table.find("By family"), std::string::npos) << table;
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(ReportJson(r), doc));
  EXPECT_STREQ(doc["split"].GetString(), "standard");
  EXPECT_TRUE(doc["by_family"].ObjectEmpty());
  EXPECT_TRUE(doc["targets"].HasMember("median_s"));
}

TEST(ReportHtmlTest, ThreeSystemsAndTheFamilyTable) {
  const std::string html = ReportHtml(BuildReport(AdversarialRuns(), "sim", true));
  EXPECT_NE(html.find(">verify-only</text>"), std::string::npos);
  EXPECT_NE(html.find(">StepCache</text>"), std::string::npos);
  EXPECT_NE(html.find(">baseline</text>"), std::string::npos);
  EXPECT_NE(html.find("<h2>By family</h2>"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org"));  // no network assets
  SeedRun run;
  run.baseline = run.verify_only = run.stepcache = {Item(Path::kSkip, true, true)};
  EXPECT_EQ(ReportHtml(BuildReport({run}, "sim", true)).find("By family"), std::string::npos);
}

// Hand-made items with families, through the real runner on the simulated
// backend: every system answers every item, and the families come through.
std::vector<WorkloadItem> FamilyItems() {
  std::vector<WorkloadItem> items;
  for (WorkloadItem item : GenerateWorkload(42)) {
    if (item.id.rfind("linear_equation-0-", 0) != 0 && item.id.rfind("json_extract-0-", 0) != 0) continue;
    item.family = item.perturbation == "base" ? "" : item.perturbation;
    item.safe = item.perturbation == "paraphrase" || item.perturbation == "format";
    items.push_back(item);
  }
  return items;
}

TEST(ReportRunner, VerifyOnlyRunsBesideBaselineAndStepCache) {
  BenchOptions options;
  options.seeds = {42};
  options.workload = FamilyItems();
  ASSERT_GT(options.workload.size(), 10u);
  std::vector<SeedRun> runs;
  std::string error;
  std::size_t last_total = 0;
  ASSERT_TRUE(RunBench(options, &runs, &error, [&](std::size_t, std::size_t total) { last_total = total; })) << error;
  ASSERT_EQ(runs.size(), 1u);
  const SeedRun& run = runs[0];
  const std::size_t n = options.workload.size();
  EXPECT_EQ(last_total, 3 * n);
  ASSERT_EQ(run.verify_only.size(), n);
  ASSERT_EQ(run.stepcache.size(), n);
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_EQ(run.verify_only[i].family, options.workload[i].family);
    EXPECT_EQ(run.stepcache[i].safe, options.workload[i].safe);
    // The cache is off: nothing to reuse or patch.
    EXPECT_EQ(run.verify_only[i].metrics.path, Path::kSkip) << run.verify_only[i].id;
    EXPECT_EQ(run.verify_only[i].metrics.reused_tokens, 0);
  }
  const BenchReport r = BuildReport(runs, "sim", true);
  EXPECT_TRUE(r.adversarial);
  EXPECT_TRUE(r.by_family.count("paraphrase") && r.by_family.count("unlabelled"));
  EXPECT_GT(r.stepcache.safe_requests, 0);
  EXPECT_DOUBLE_EQ(r.verify_only.reuse_pct, 0);
}

using stepcache::test_support::RunCli;

TEST(ReportCli, AWorkloadWithFamiliesIsReportedAsTheAdversarialSplit) {
  const std::string dir = ::testing::TempDir() + "report_cli_" + std::to_string(getpid());
  {
    std::ofstream out(dir + ".jsonl");
    for (const WorkloadItem& item : FamilyItems()) out << ToJsonLine(item) << "\n";
  }
  const auto r = RunCli("bench --workload " + dir + ".jsonl --backend sim --seeds 42 --report " + dir +
                          ".json --details " + dir + "_details.jsonl");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("adversarial split"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("By family"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Targets (adversarial split): false_reuse"), std::string::npos) << r.out;
  std::ifstream details(dir + "_details.jsonl");
  std::string line;
  std::map<std::string, int> systems;
  int with_family = 0;
  while (std::getline(details, line)) {
    rapidjson::Document d;
    ASSERT_TRUE(ParseJson(line, d)) << line;
    ++systems[d["system"].GetString()];
    with_family += d.HasMember("family") && d.HasMember("safe");
  }
  const int n = static_cast<int>(FamilyItems().size());
  EXPECT_EQ(systems["baseline"], n);
  EXPECT_EQ(systems["verify_only"], n);
  EXPECT_EQ(systems["stepcache"], n);
  EXPECT_GT(with_family, 0);
  EXPECT_LT(with_family, 3 * n);  // the base items have no family
  for (const char* suffix : {".jsonl", ".json", "_details.jsonl"}) std::remove((dir + suffix).c_str());
}

}  // namespace
}  // namespace stepcache::bench
