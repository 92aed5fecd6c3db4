// The benchmark runner: for each seed, three systems on the same workload,
// every final answer scored against `expect`:
//   baseline     every request straight to the backend, one shot, no checks;
//   verify_only  the engine with the cache off (checks, local repair,
//                retries and fallback on; no lookup, no store), so the
//                difference to StepCache is what the cache itself saves;
//   stepcache    the engine with a cold cache, requests in file order.
// Not thread-safe; one run at a time.
#ifndef STEPCACHE_BENCH_RUNNER_H_
#define STEPCACHE_BENCH_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "stepcache/bench/workload.h"
#include "stepcache/engine/engine.h"

namespace stepcache::bench {

struct BenchOptions {
  std::string backend = "sim";           // backend spec; for sim the seed is appended
  engine::BackendOptions backend_options;
  std::string store = "memory";          // StepCache's store (cold for every seed)
  std::string rules_dir;
  std::string model = "stepcache-sim";
  std::vector<std::uint64_t> seeds = {42, 43, 44};
  // Empty: generate the workload for each seed. Else: these items for every
  // seed (the seed then drives only the backend's randomness).
  std::vector<WorkloadItem> workload;
  // When `workload` is empty: the generator per seed (default GenerateWorkload;
  // GenerateAdversarialWorkload for the adversarial split).
  std::function<std::vector<WorkloadItem>(std::uint64_t)> generate;
};

struct ItemResult {
  std::string id, task, perturbation;
  std::string family;        // the item's adversarial family; empty on the standard split
  bool safe = false;         // the item's family is one a good cache should reuse
  bool ok = false;           // the system produced an answer
  bool correct = false;      // scored against expect
  std::string reason;        // scoring or engine error
  engine::RequestMetrics metrics;
};

struct SeedRun {
  std::uint64_t seed = 0;
  std::vector<ItemResult> baseline;
  std::vector<ItemResult> verify_only;
  std::vector<ItemResult> stepcache;
};

// Called after every request: (requests done, requests in total).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

// Runs every seed. False with *error when the backend or store cannot be
// opened; per-request failures are recorded in the results instead.
bool RunBench(const BenchOptions& options, std::vector<SeedRun>* runs, std::string* error,
              const ProgressFn& progress = {});

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_RUNNER_H_
