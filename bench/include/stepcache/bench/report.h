// The benchmark report: summaries averaged over seeds, JSON, the console
// table beside the reference figures, and a self-contained HTML page.
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
  // StepCache only (zero for the baseline).
  double reuse_pct = 0, patch_pct = 0, skip_pct = 0;
  double false_reuse = 0;  // reused answers that were wrong, summed over seeds
  double errors = 0;       // requests the system could not answer, per seed
};

// Summary of `results` (one seed, one system).
Summary Summarize(const std::vector<ItemResult>& results);

struct BenchReport {
  std::vector<std::uint64_t> seeds;
  std::string backend;   // backend name as the engine reports it
  bool simulated = false;
  Summary baseline, stepcache;  // averaged over seeds (false_reuse summed)
  // Keyed by task / perturbation.
  std::map<std::string, std::pair<Summary, Summary>> by_task, by_perturbation;
  // Latencies of every request of every seed, for the CDF.
  std::vector<double> baseline_latencies, stepcache_latencies;
};

BenchReport BuildReport(const std::vector<SeedRun>& runs, const std::string& backend,
                        bool simulated);

// {"baseline", "stepcache", "seeds", "by_task", "by_perturbation", "targets", ...}
std::string ReportJson(const BenchReport& report);

// The console table: baseline, StepCache, the reference figures and the
// targets, with every missed target named and by how much.
std::string ReportTable(const BenchReport& report);

// A self-contained page (inline SVG, no network assets): latency CDF of both
// systems, token bars, the per-perturbation table. `retrieval_curve_json` is
// optional Google Benchmark JSON output of retrieval_bench, drawn as a cost
// curve when given.
std::string ReportHtml(const BenchReport& report, const std::string& retrieval_curve_json = "");

// The latency CDF of both systems alone, as a standalone SVG document (the
// README's chart).
std::string ReportCdfSvg(const BenchReport& report);

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_REPORT_H_
