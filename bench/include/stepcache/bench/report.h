// The benchmark report: summaries averaged over seeds, JSON, the console
// table beside the reference figures and the targets, and a self-contained
// HTML page. Three systems side by side (baseline, verify-only, StepCache);
// a workload whose items carry adversarial families is reported as the
// adversarial split, with a per-family breakdown and that split's targets.
// Pure functions over the runner's results; thread-safe.
#ifndef STEPCACHE_BENCH_REPORT_H_
#define STEPCACHE_BENCH_REPORT_H_

#include <map>
#include <string>
#include <vector>

#include "stepcache/bench/runner.h"

namespace stepcache::bench {

struct Summary {
  double requests = 0;  // per seed
  double mean_s = 0, median_s = 0, p95_s = 0;
  double tokens_total = 0, tokens_per_request = 0;
  double correct_pct = 0;
  // Paths of the engine (the baseline is always on the skip path).
  double reuse_pct = 0, patch_pct = 0, skip_pct = 0;
  double false_reuse = 0;    // reused answers that were wrong, summed over seeds
  double wrong_answers = 0;  // answers served that score wrong, any path, summed over seeds
  double errors = 0;         // requests the system could not answer, per seed
  // Requests of the safe families (a good cache reuses them), per seed, and
  // the share of them on the reuse path (0 when there are none).
  double safe_requests = 0, safe_reuse_pct = 0;
};

// Summary of `results` (one seed, one system).
Summary Summarize(const std::vector<ItemResult>& results);

// One group (everything, a task, a perturbation, a family) for each system.
struct Systems {
  Summary baseline, verify_only, stepcache;
};

struct BenchReport {
  std::vector<std::uint64_t> seeds;
  std::string backend;   // backend name as the engine reports it
  bool simulated = false;
  // Some item carries an adversarial family: the adversarial split's
  // targets apply instead of the standard split's.
  bool adversarial = false;
  Summary baseline, verify_only, stepcache;  // averaged over seeds (counts summed)
  // Keyed by task, "task/perturbation" and family. by_family is empty
  // unless the workload has families; items without one there are under
  // "unlabelled".
  std::map<std::string, Systems> by_task, by_perturbation, by_family;
  // Latencies of every request of every seed, for the CDF.
  std::vector<double> baseline_latencies, verify_only_latencies, stepcache_latencies;
};

BenchReport BuildReport(const std::vector<SeedRun>& runs, const std::string& backend,
                        bool simulated);

// A target of the split the report is on: the value reached, the goal, and
// when missed by how much and where (e.g. the families with false reuse).
struct Target {
  std::string name;
  double value = 0, goal = 0;
  bool met = false;
  std::string gap;    // by how much it is missed; empty when met
  std::string where;  // the families that missed it, "label_drift 2, sign_flip 1"
};

// The standard split's targets (correct, false reuse, latencies, tokens,
// reuse) or, when report.adversarial, the adversarial split's (no false
// reuse, no wrong answer served, safe families reused).
std::vector<Target> Targets(const BenchReport& report);

// {"split", "baseline", "verify_only", "stepcache", "seeds", "by_task",
//  "by_perturbation", "by_family", "targets", ...}
std::string ReportJson(const BenchReport& report);

// The console table: baseline | verify-only | StepCache, the reference
// figures and the targets, with every missed target named and by how much;
// for the adversarial split also a per-family table.
std::string ReportTable(const BenchReport& report);

// A self-contained page (inline SVG, no network assets): latency CDF of the
// three systems, token bars, the per-family and per-perturbation tables.
// `retrieval_curve_json` is optional Google Benchmark JSON output of
// retrieval_bench, drawn as a cost curve when given.
std::string ReportHtml(const BenchReport& report, const std::string& retrieval_curve_json = "");

// The latency CDF of the three systems alone, as a standalone SVG document
// (the README's chart).
std::string ReportCdfSvg(const BenchReport& report);

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_REPORT_H_
