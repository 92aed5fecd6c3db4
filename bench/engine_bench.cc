// StepCache's own overhead per request: what the engine adds on top of the
// model, measured with the simulated backend (virtual clock, never sleeps).
//
// The store: a memory store holding 10,000 real verified outputs. They are
// made once, by serving the benchmark workload (GenerateWorkload) of seeds
// 1, 2, ... through an engine with the sim backend until 10,000 entries are
// stored; every benchmark then gets its own engine over a copy of exactly
// those entries (capacity 10,000, so the store stays at 10k under LRU).
//
//   BM_ReusePath/<task>   Serve of requests whose answer is cached: lookup,
//       candidate re-rank, segment + verify, finalize, store put; no backend
//       call. The timed requests are the stored requests themselves (exact
//       prompt hits, which still run the full verification); setup serves
//       each once and keeps only those that took the reuse path, and the
//       benchmark fails if any timed request leaves that path. p50_us/p99_us
//       are over per-request steady_clock timings around Serve.
//   BM_FreshTraffic/<path>  the workload of unseen seeds (1001, 1002, ...)
//       served once each against the 10k store, as real traffic would be;
//       each row reports only the requests that took <path>. p50_us/p99_us
//       are the engine's own time (metrics.engine_s: wall time minus backend
//       wall time); backend_ms is the simulated model's mean virtual latency,
//       engine_share the engine's part of engine + backend time.
//   BM_EmptyStoreMiss/<task>  a request against an empty store: lookup
//       miss, one generation, verification, finalize, put (the entry is
//       invalidated again outside the timed region).
//
// Every row has: p50_us, p99_us, mean_us (wall, steady_clock, includes the
// sim backend's real compute where there is a backend call), cpu_p50_us /
// cpu_p99_us (the thread's CPU time per Serve, immune to preemption on a
// loaded machine), eng_p50_us /
// eng_p99_us (metrics.engine_s), backend_ms (mean metrics.backend_s), n
// (timed requests of that kind), share (their fraction of the stream).
#include <benchmark/benchmark.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "stepcache/bench/workload.h"
#include "stepcache/engine/backend.h"
#include "stepcache/engine/engine.h"
#include "stepcache/engine/metrics.h"
#include "stepcache/engine/request.h"
#include "stepcache/engine/store.h"

// Profiling: `valgrind --tool=callgrind --instr-atstart=no` then instruments
// only the timed loop of BM_ReusePath (the store fill is left out), one
// output part per row.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_DUMP_STATS
#endif

namespace {

namespace eng = stepcache::engine;
namespace sb = stepcache::bench;

// STEPCACHE_BENCH_ENTRIES overrides the store size (for a small profiling run).
// STEPCACHE_BENCH_ITERS overrides every row's request count (same reason).
int Iters(int n) {
  const char* env = std::getenv("STEPCACHE_BENCH_ITERS");
  const int v = env ? std::atoi(env) : 0;
  return v > 0 ? v : n;
}

const std::size_t kStoreEntries = [] {
  const char* env = std::getenv("STEPCACHE_BENCH_ENTRIES");
  const long n = env ? std::atol(env) : 0;
  return n > 0 ? static_cast<std::size_t>(n) : std::size_t{10000};
}();
constexpr std::uint64_t kFreshSeedBase = 1000;  // well clear of the fill seeds

eng::Request ToRequest(const sb::WorkloadItem& item) {
  // As bench/src/runner.cc does; the engine fills in its default model.
  eng::Request request;
  request.id = item.id;
  request.tenant = item.tenant;
  request.task = item.task;
  request.prompt = item.prompt;
  request.schema_json = item.schema_json;
  return request;
}

std::unique_ptr<eng::Engine> OpenEngine(std::unique_ptr<eng::Store> store, std::string* error) {
  eng::Options options;
  std::unique_ptr<eng::Backend> backend = eng::OpenBackend("sim", eng::BackendOptions{}, error);
  if (!backend) return nullptr;
  return eng::Engine::Open(options, std::move(backend), std::move(store), error);
}

std::unique_ptr<eng::Store> NewStore(std::size_t capacity, std::string* error) {
  eng::StoreOptions options;
  options.capacity = capacity;
  return eng::OpenStore("memory", options, error);
}

// The 10,000 verified entries, made once per process (see the file comment).
struct Snapshot {
  std::vector<eng::Entry> entries;
  std::string error;
  double fill_s = 0;
  std::uint64_t seeds = 0;
};

const Snapshot& GetSnapshot() {
  static const Snapshot snapshot = [] {
    Snapshot s;
    const auto start = std::chrono::steady_clock::now();
    auto engine = OpenEngine(NewStore(0, &s.error), &s.error);
    if (!engine) return s;
    for (std::uint64_t seed = 1; engine->store().Stats().entries < kStoreEntries; ++seed) {
      if (seed > 500) {
        s.error = "the workload did not yield enough distinct entries in 500 seeds";
        return s;
      }
      s.seeds = seed;
      for (const sb::WorkloadItem& item : sb::GenerateWorkload(seed)) {
        engine->Serve(ToRequest(item));
        if (engine->store().Stats().entries >= kStoreEntries) break;
      }
    }
    // Ids are assigned in order and never reused; replaced entries are gone.
    const eng::MetricsTotals totals = engine->totals();
    for (std::uint64_t id = 1; id <= static_cast<std::uint64_t>(totals.requests) + 1; ++id) {
      if (auto e = engine->store().Get(id)) s.entries.push_back(std::move(*e));
    }
    s.fill_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "engine_bench: filled %zu verified entries from %llu seeds (%lld requests: "
                 "%lld reuse, %lld patch, %lld skip, %lld errors) in %.1f s\n",
                 s.entries.size(), static_cast<unsigned long long>(s.seeds),
                 static_cast<long long>(totals.requests), static_cast<long long>(totals.reuse),
                 static_cast<long long>(totals.patch), static_cast<long long>(totals.skip),
                 static_cast<long long>(totals.errors), s.fill_s);
    return s;
  }();
  return snapshot;
}

// A fresh engine over a copy of the 10k snapshot; nullptr + SkipWithError.
std::unique_ptr<eng::Engine> FilledEngine(benchmark::State& state) {
  const Snapshot& snap = GetSnapshot();
  std::string error = snap.error;
  if (error.empty() && snap.entries.size() < kStoreEntries) error = "snapshot too small";
  std::unique_ptr<eng::Store> store;
  if (error.empty()) store = NewStore(kStoreEntries, &error);
  for (std::size_t i = 0; store && i < snap.entries.size(); ++i) {
    if (store->Put(snap.entries[i], &error) == 0) store.reset();
  }
  std::unique_ptr<eng::Engine> engine;
  if (store) engine = OpenEngine(std::move(store), &error);
  if (!engine) state.SkipWithError(("engine setup: " + error).c_str());
  return engine;
}

// Nearest-rank percentile of `v` (sorted in place), in microseconds.
double PercentileUs(std::vector<double>* v, double p) {
  if (v->empty()) return 0;
  std::sort(v->begin(), v->end());
  std::size_t rank = static_cast<std::size_t>(p * static_cast<double>(v->size()) + 0.999999);
  rank = std::min(std::max<std::size_t>(rank, 1), v->size());
  return (*v)[rank - 1] * 1e6;
}

// Per-request figures of one kind of request.
struct Samples {
  std::vector<double> wall_s, cpu_s, engine_s, backend_s;
  std::size_t seen = 0;  // every request of the stream, this kind or not

  void Add(double wall, double cpu, const eng::RequestMetrics& m) {
    wall_s.push_back(wall);
    cpu_s.push_back(cpu);
    engine_s.push_back(m.engine_s);
    backend_s.push_back(m.backend_s);
  }

  // `primary_engine`: p50_us/p99_us are metrics.engine_s (paths with a
  // backend call) rather than wall time (the reuse path has no backend).
  void Report(benchmark::State& state, bool primary_engine) {
    const std::size_t n = wall_s.size();
    double wall_sum = 0, engine_sum = 0, backend_sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      wall_sum += wall_s[i];
      engine_sum += engine_s[i];
      backend_sum += backend_s[i];
    }
    const double wall50 = PercentileUs(&wall_s, 0.50), wall99 = PercentileUs(&wall_s, 0.99);
    const double eng50 = PercentileUs(&engine_s, 0.50), eng99 = PercentileUs(&engine_s, 0.99);
    const double cpu50 = PercentileUs(&cpu_s, 0.50), cpu99 = PercentileUs(&cpu_s, 0.99);
    state.counters["p50_us"] = primary_engine ? eng50 : wall50;
    state.counters["p99_us"] = primary_engine ? eng99 : wall99;
    state.counters["mean_us"] = n ? wall_sum / n * 1e6 : 0;
    state.counters["cpu_p50_us"] = cpu50;
    state.counters["cpu_p99_us"] = cpu99;
    state.counters["eng_p50_us"] = eng50;
    state.counters["eng_p99_us"] = eng99;
    state.counters["backend_ms"] = n ? backend_sum / n * 1e3 : 0;
    state.counters["engine_share"] =
        engine_sum + backend_sum > 0 ? engine_sum / (engine_sum + backend_sum) : 1.0;
    state.counters["n"] = static_cast<double>(n);
    state.counters["share"] = seen ? static_cast<double>(n) / seen : 0;
  }
};

// This thread's CPU time: immune to preemption on a loaded shared machine.
double ThreadCpuS() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// ---------------------------------------------------------------------------
// 1. The reuse path with 10k entries in the store.

enum TaskSel { kLinear = 0, kJson = 1, kMixed = 2 };

void BM_ReusePath(benchmark::State& state, TaskSel sel) {
  auto engine = FilledEngine(state);
  if (!engine) return;
  // Candidates: the stored requests of the selected task(s), interleaved so
  // the mixed row alternates tasks. Serving each once warms the engine's
  // rules/schema caches and tells which really take the reuse path.
  std::vector<eng::Request> linear, json;
  for (const eng::Entry& e : GetSnapshot().entries) {
    if (e.request.task == "linear_equation" && sel != kJson) linear.push_back(e.request);
    if (e.request.task == "json_extract" && sel != kLinear) json.push_back(e.request);
  }
  std::vector<eng::Request> candidates;
  for (std::size_t i = 0; i < std::max(linear.size(), json.size()); ++i) {
    if (i < linear.size()) candidates.push_back(linear[i]);
    if (i < json.size()) candidates.push_back(json[i]);
  }
  std::vector<eng::Request> timed;
  std::size_t other_path = 0, errors = 0;
  for (const eng::Request& request : candidates) {
    if (timed.size() >= 2000) break;
    const eng::Response r = engine->Serve(request);
    if (!r.ok) ++errors;
    else if (r.metrics.path == eng::Path::kReuse) timed.push_back(request);
    else ++other_path;
  }
  if (timed.empty()) {
    state.SkipWithError("no stored request takes the reuse path: nothing to time");
    return;
  }
  Samples samples;
  std::size_t next = 0;
  CALLGRIND_START_INSTRUMENTATION;
  for (auto _ : state) {
    const eng::Request& request = timed[next++ % timed.size()];
    const double cpu0 = ThreadCpuS();
    const auto start = std::chrono::steady_clock::now();
    eng::Response r = engine->Serve(request);
    const double wall = Since(start);
    const double cpu = ThreadCpuS() - cpu0;
    if (!r.ok || r.metrics.path != eng::Path::kReuse) {
      state.SkipWithError(("a timed request left the reuse path: " + request.id + ": " +
                           (r.ok ? r.metrics.reason : r.error))
                              .c_str());
      break;
    }
    benchmark::DoNotOptimize(r.output.data());
    samples.Add(wall, cpu, r.metrics);
  }
  CALLGRIND_STOP_INSTRUMENTATION;
  CALLGRIND_DUMP_STATS;  // one profile part per row
  samples.seen = samples.wall_s.size();
  samples.Report(state, /*primary_engine=*/false);
  state.counters["store_entries"] = static_cast<double>(engine->store().Stats().entries);
  state.counters["setup_nonreuse"] = static_cast<double>(other_path + errors);
  state.counters["pool"] = static_cast<double>(timed.size());
}
BENCHMARK_CAPTURE(BM_ReusePath, linear_equation, kLinear)
    ->Iterations(Iters(6000))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_ReusePath, json_extract, kJson)
    ->Iterations(Iters(6000))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_ReusePath, mixed, kMixed)
    ->Iterations(Iters(6000))->Unit(benchmark::kMicrosecond);

// ---------------------------------------------------------------------------
// 2. Unseen traffic against the 10k store, reported per path.

void BM_FreshTraffic(benchmark::State& state, eng::Path want) {
  auto engine = FilledEngine(state);
  if (!engine) return;
  // Warm the per-task rules and compiled schemas outside the stream.
  for (const sb::WorkloadItem& item : sb::GenerateWorkload(kFreshSeedBase)) {
    engine->Serve(ToRequest(item));
  }
  std::vector<sb::WorkloadItem> items;
  std::uint64_t seed = kFreshSeedBase;
  std::size_t next = 0, errors = 0;
  Samples samples;
  for (auto _ : state) {
    if (next == items.size()) {
      state.PauseTiming();
      items = sb::GenerateWorkload(++seed);
      next = 0;
      state.ResumeTiming();
    }
    const eng::Request request = ToRequest(items[next++]);
    const double cpu0 = ThreadCpuS();
    const auto start = std::chrono::steady_clock::now();
    eng::Response r = engine->Serve(request);
    const double wall = Since(start);
    const double cpu = ThreadCpuS() - cpu0;
    ++samples.seen;
    if (!r.ok) {
      ++errors;
      continue;
    }
    if (r.metrics.path == want) samples.Add(wall, cpu, r.metrics);
  }
  if (samples.wall_s.empty()) {
    state.SkipWithError("no request of the stream took this path");
    return;
  }
  samples.Report(state, /*primary_engine=*/true);
  state.counters["store_entries"] = static_cast<double>(engine->store().Stats().entries);
  state.counters["errors"] = static_cast<double>(errors);
}
BENCHMARK_CAPTURE(BM_FreshTraffic, reuse, eng::Path::kReuse)
    ->Iterations(Iters(4400))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_FreshTraffic, patch, eng::Path::kPatch)
    ->Iterations(Iters(4400))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_FreshTraffic, skip, eng::Path::kSkip)
    ->Iterations(Iters(4400))->Unit(benchmark::kMicrosecond);

// ---------------------------------------------------------------------------
// 3. A miss in an empty store: the skip path with nothing to look through.

void BM_EmptyStoreMiss(benchmark::State& state, TaskSel sel) {
  const std::string task = sel == kLinear ? "linear_equation" : "json_extract";
  std::string error;
  auto engine = OpenEngine(NewStore(kStoreEntries, &error), &error);
  if (!engine) {
    state.SkipWithError(("engine setup: " + error).c_str());
    return;
  }
  std::vector<eng::Request> requests;
  for (std::uint64_t seed = kFreshSeedBase; requests.size() < 1000; ++seed) {
    for (const sb::WorkloadItem& item : sb::GenerateWorkload(seed)) {
      if (item.task == task) requests.push_back(ToRequest(item));
    }
  }
  engine->Serve(requests.back());  // warm the rules and schema caches
  engine->store().InvalidateTenant("");
  Samples samples;
  std::size_t next = 0, errors = 0;
  for (auto _ : state) {
    const eng::Request& request = requests[next++ % requests.size()];
    const double cpu0 = ThreadCpuS();
    const auto start = std::chrono::steady_clock::now();
    eng::Response r = engine->Serve(request);
    const double wall = Since(start);
    const double cpu = ThreadCpuS() - cpu0;
    state.PauseTiming();
    engine->store().InvalidateTenant("");
    state.ResumeTiming();
    ++samples.seen;
    if (!r.ok) {
      // The engine refused an answer it could not verify (the sim model is
      // wrong on purpose at times): counted, not timed.
      ++errors;
      continue;
    }
    if (r.metrics.path != eng::Path::kSkip) {
      state.SkipWithError(("an empty-store request did not take the skip path: " + request.id +
                           ": " + r.metrics.reason)
                              .c_str());
      break;
    }
    samples.Add(wall, cpu, r.metrics);
  }
  samples.Report(state, /*primary_engine=*/true);
  state.counters["store_entries"] = 0;
  state.counters["errors"] = static_cast<double>(errors);
}
BENCHMARK_CAPTURE(BM_EmptyStoreMiss, linear_equation, kLinear)
    ->Iterations(Iters(2000))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_EmptyStoreMiss, json_extract, kJson)
    ->Iterations(Iters(2000))->Unit(benchmark::kMicrosecond);

}  // namespace
