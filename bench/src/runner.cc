#include "stepcache/bench/runner.h"

#include <cstdio>

#include "stepcache/bench/scorer.h"

namespace stepcache::bench {
namespace {

engine::Request ToRequest(const WorkloadItem& item, const std::string& model) {
  engine::Request request;
  request.id = item.id;
  request.tenant = item.tenant;
  request.task = item.task;
  request.model = model;
  request.prompt = item.prompt;
  request.schema_json = item.schema_json;
  return request;
}

ItemResult Record(const WorkloadItem& item, const engine::Response& response) {
  ItemResult r;
  r.id = item.id;
  r.task = item.task;
  r.perturbation = item.perturbation.empty() ? "unlabelled" : item.perturbation;
  r.family = item.family;
  r.safe = item.safe;
  r.ok = response.ok;
  r.metrics = response.metrics;
  if (!response.ok) {
    r.reason = response.error;
    return r;
  }
  Score score = ScoreAnswer(item, response.output);
  r.correct = score.correct;
  r.reason = score.reason;
  return r;
}

std::unique_ptr<engine::Engine> OpenFor(const BenchOptions& options, std::uint64_t seed,
                                        bool cache, std::string* error) {
  engine::Options o;
  o.backend = options.backend;
  o.backend_options = options.backend_options;
  o.backend_options.seed = seed;  // drives the simulated model's randomness
  o.store = options.store;
  if (cache && o.store.rfind("sqlite:", 0) == 0) {
    // A cold cache per seed: a fresh database file for each one.
    o.store += ".seed" + std::to_string(seed);
    std::remove(o.store.c_str() + 7);
  }
  o.rules_dir = options.rules_dir;
  o.model = options.model;
  o.enable_cache = cache;
  return engine::Engine::Open(o, error);
}

}  // namespace

bool RunBench(const BenchOptions& options, std::vector<SeedRun>* runs, std::string* error,
              const ProgressFn& progress) {
  runs->clear();
  std::vector<std::vector<WorkloadItem>> workloads;
  std::size_t total = 0;
  for (std::uint64_t seed : options.seeds) {
    workloads.push_back(!options.workload.empty() ? options.workload
                        : options.generate  ? options.generate(seed)
                                            : GenerateWorkload(seed));
    total += 3 * workloads.back().size();
  }
  std::size_t done = 0;
  for (std::size_t s = 0; s < options.seeds.size(); ++s) {
    const std::uint64_t seed = options.seeds[s];
    SeedRun run;
    run.seed = seed;
    auto baseline = OpenFor(options, seed, /*cache=*/false, error);
    if (!baseline) return false;
    for (const WorkloadItem& item : workloads[s]) {
      run.baseline.push_back(Record(item, baseline->ServeBaseline(ToRequest(item, options.model))));
      if (progress) progress(++done, total);
    }
    // Cache off, checks on: each request verified on its own.
    auto verify_only = OpenFor(options, seed, /*cache=*/false, error);
    if (!verify_only) return false;
    for (const WorkloadItem& item : workloads[s]) {
      run.verify_only.push_back(Record(item, verify_only->Serve(ToRequest(item, options.model))));
      if (progress) progress(++done, total);
    }
    // A cold cache per seed: no answer carries over between seeds.
    auto stepcache = OpenFor(options, seed, /*cache=*/true, error);
    if (!stepcache) return false;
    for (const WorkloadItem& item : workloads[s]) {
      run.stepcache.push_back(Record(item, stepcache->Serve(ToRequest(item, options.model))));
      if (progress) progress(++done, total);
    }
    runs->push_back(std::move(run));
  }
  return true;
}

}  // namespace stepcache::bench
