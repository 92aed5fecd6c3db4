// Retrieval latency and index memory at 1k, 10k, 100k and 1M cached entries.
//
// Workload: the benchmark's two task shapes in two partitions (one tenant,
// model and parameter set each, so every lookup searches a partition of N/2):
//   math  "Solve for x: 3x + 5 = 20. Show each step." in 12 phrasings with
//         random variable names and coefficients;
//   json  "Extract name, age, city as JSON from: <name> is <age> ... <city>.
//         <8 random words>" (varied texts).
// Three kinds of lookups, each cycled over 4096 pre-generated requests:
//   exact    a math request with a stored phrasing and new numbers (same template)
//   similar  a stored json prompt with one filler word replaced (not the same
//            template, Jaccard ~0.8)
//   miss     unrelated prose in the json partition
// Two layers: `Index` is RetrievalIndex::Query plus the exact rerank of its
// candidates against the prompt text (what a store does, minus locking and
// copying); `Store` is MemoryStore::Lookup, the whole path. mean/p99 are
// computed here over per-lookup timings, both wall clock (mean_us, p99_us) and
// thread CPU time (mean_cpu_us, p99_cpu_us: immune to preemption on a shared
// machine).
// bytes_per_entry is RetrievalIndex::MemoryBytes() / N (capacities, exact);
// rss_per_entry is the resident-set growth while the index was built / N.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "stepcache/engine/memory_store.h"
#include "stepcache/engine/retrieval_index.h"
#include "stepcache/engine/signature.h"

namespace {

using namespace stepcache::engine;

const char* const kMathPhrasings[] = {
    "Solve for {v}: {a}{v} + {b} = {c}. Show each step.",
    "Find {v} if {a}{v} - {b} = {c}. Explain your reasoning step by step.",
    "What value of {v} satisfies {a}{v} + {b} = {c}? Show your work.",
    "Solve the linear equation {a}{v} + {b} = {c} for {v}, one step per line.",
    "Given {a}{v} = {c} - {b}, compute {v}. Give each step on its own line.",
    "Determine {v} such that {b} + {a}{v} = {c}. Number your steps.",
    "Compute the unknown {v} in {a}{v} - {b} = {c}. Show intermediate equations.",
    "A student writes {a}{v} + {b} = {c}. Solve for {v} and check the answer.",
    "Isolate {v} in the equation {a}{v} + {b} = {c}. Show each algebraic step.",
    "Solve {a}{v} + {b} = {c}. State the value of {v} at the end.",
    "If {a} times {v} plus {b} equals {c}, what is {v}? Work it out step by step.",
    "Please solve for {v} where {a}{v} - {b} = {c}, showing all steps clearly.",
};
const char* const kNames[] = {"Ann", "Bob", "Carla", "Dmitri", "Eve", "Farah", "Gus", "Hana",
                              "Ivan", "Jun", "Kemal", "Lea", "Mina", "Nils", "Omar", "Pia"};
const char* const kCities[] = {"Oslo", "Rome", "Lima", "Kyoto", "Cairo", "Quito", "Perth",
                               "Bergen", "Lyon", "Porto", "Seoul", "Accra", "Dakar", "Turin"};
const char* const kMissWords[] = {"translate", "poem", "violin", "harbor", "glacier", "orbit",
                                  "sonnet", "quartz", "lantern", "meadow", "thunder", "velvet"};

std::string Word(std::mt19937_64& rng) {
  // 2000 pronounceable pseudo-words: enough variety that json texts differ.
  static const char* const syl[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "po", "da",
                                    "fe", "gi", "ho", "ju", "be", "zo", "qu", "xi", "wa", "yo"};
  const std::uint64_t r = rng() % 2000;
  return std::string(syl[r % 20]) + syl[(r / 20) % 20] + syl[(r / 400) % 5];
}

std::string Fill(std::string text, const std::string& key, const std::string& value) {
  for (std::size_t p; (p = text.find(key)) != std::string::npos;) text.replace(p, key.size(), value);
  return text;
}

std::string MathPrompt(std::mt19937_64& rng, std::size_t phrasing) {
  const std::string vars = "xyzmnpqt";
  std::string s = kMathPhrasings[phrasing % 12];
  s = Fill(s, "{v}", std::string(1, vars[rng() % vars.size()]));
  s = Fill(s, "{a}", std::to_string(2 + rng() % 40));
  s = Fill(s, "{b}", std::to_string(1 + rng() % 500));
  return Fill(s, "{c}", std::to_string(1 + rng() % 900));
}

struct JsonParts {
  std::string name, city;
  int age;
  std::vector<std::string> filler;
};
JsonParts RandomJson(std::mt19937_64& rng) {
  JsonParts p{kNames[rng() % 16], kCities[rng() % 14], static_cast<int>(18 + rng() % 70), {}};
  for (int i = 0; i < 8; ++i) p.filler.push_back(Word(rng));
  return p;
}
std::string JsonPrompt(const JsonParts& p) {
  std::string s = "Extract name, age, city as JSON from: " + p.name + " is " + std::to_string(p.age) +
                  " years old and lives in " + p.city + ".";
  for (const auto& w : p.filler) s += " " + w;
  return s + ".";
}

Request MakeRequest(bool math, std::string prompt) {
  Request r;
  r.tenant = "bench";
  r.task = math ? "linear_equation" : "json_extract";
  r.model = "sim-1";
  r.prompt = std::move(prompt);
  return r;
}

enum Mode { kExact = 0, kSimilar = 1, kMiss = 2 };

// One world per entry count, built once and shared by the benchmarks of that
// size (they are registered size by size, so only one world is alive).
struct World {
  std::size_t n = 0;
  std::vector<std::string> prompts;  // the store's text, by id - 1
  RetrievalIndex index;
  std::unique_ptr<Store> store;
  std::vector<Request> queries[3];
  double put_us = 0;
  double index_add_us = 0;
  double index_rss_delta = 0;  // resident set growth while the index was built
};

// Resident set size from /proc/self/statm: a check on MemoryBytes() that
// includes allocator overhead (coarse: pages, and freed memory may stay).
double RssBytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  long pages = 0, resident = 0;
  const int got = std::fscanf(f, "%ld %ld", &pages, &resident);
  std::fclose(f);
  return got == 2 ? static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) : 0;
}

World& GetWorld(std::size_t n) {
  static std::unique_ptr<World> world;
  if (world && world->n == n) return *world;
  world.reset();
  world = std::make_unique<World>();
  World& w = *world;
  w.n = n;
  std::mt19937_64 rng(42);
  std::vector<JsonParts> json_parts;
  w.prompts.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 2 == 0) {
      w.prompts.push_back(MathPrompt(rng, i / 2));
    } else {
      json_parts.push_back(RandomJson(rng));
      w.prompts.push_back(JsonPrompt(json_parts.back()));
    }
  }
  const double rss0 = RssBytes();
  auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < n; ++i) {
    const Request r = MakeRequest(i % 2 == 0, w.prompts[i]);
    w.index.Add(i + 1, MakeIndexKey(ComputeSignature(r), r.prompt));
  }
  auto t1 = std::chrono::steady_clock::now();
  w.index_rss_delta = RssBytes() - rss0;
  StoreOptions options;
  options.capacity = 0;
  w.store = NewMemoryStore(options);
  for (std::size_t i = 0; i < n; ++i) {
    Entry e;
    e.request = MakeRequest(i % 2 == 0, w.prompts[i]);
    e.output = i % 2 == 0 ? "Step 1: subtract.\nStep 2: divide.\nx = 5" : R"({"name":"Ann","age":31,"city":"Oslo"})";
    w.store->Put(e);
  }
  auto t2 = std::chrono::steady_clock::now();
  w.index_add_us = std::chrono::duration<double, std::micro>(t1 - t0).count() / n;
  w.put_us = std::chrono::duration<double, std::micro>(t2 - t1).count() / n;

  std::mt19937_64 qrng(7);
  for (int q = 0; q < 4096; ++q) {
    w.queries[kExact].push_back(MakeRequest(true, MathPrompt(qrng, qrng() % 12)));
    JsonParts p = json_parts[qrng() % json_parts.size()];
    p.filler[qrng() % p.filler.size()] = "zebra";
    w.queries[kSimilar].push_back(MakeRequest(false, JsonPrompt(p)));
    std::string miss = "Write a short";
    for (int k = 0; k < 10; ++k) miss += std::string(" ") + kMissWords[qrng() % 12];
    w.queries[kMiss].push_back(MakeRequest(false, miss + "."));
  }
  return w;
}

// Retrieval as a store performs it, on the index and the prompt vector.
bool IndexLookup(const World& w, const Request& r) {
  const PromptTemplate tmpl = SplitPrompt(r.prompt);
  const Signature sig = ComputeSignature(r, tmpl);
  const auto shingles = PromptShingles(r.prompt);
  IndexKey key{sig.partition, sig.template_hash, sig.prompt_hash, ComputeMinHash(shingles)};
  IndexQueryOptions q;
  q.max_template_candidates = 8;
  q.min_estimate = 0.25;
  double best = -1;
  for (const IndexCandidate& c : w.index.Query(key, q)) {
    if (best >= 1.0 && !c.exact_template) break;  // same template beats similar
    const std::string& cached = w.prompts[c.id - 1];
    if (c.exact_template) {
      const SlotDiff d = Diff(SplitPrompt(cached), tmpl);
      if (d.comparable) best = std::max(best, 2.0 - d.changes.size() * 0.01);
      continue;
    }
    const double score = ShingleJaccard(shingles, PromptShingles(cached));
    if (score >= 0.5) best = std::max(best, score);
  }
  return best >= 0;
}

double ThreadCpuUs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

template <bool kStore>
void BM_Lookup(benchmark::State& state) {
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const Mode mode = static_cast<Mode>(state.range(1));
  World& w = GetWorld(n);
  const auto& queries = w.queries[mode];
  std::vector<double> us, cpu_us;
  us.reserve(static_cast<std::size_t>(state.max_iterations));
  cpu_us.reserve(static_cast<std::size_t>(state.max_iterations));
  std::size_t i = 0, hits = 0;
  for (auto _ : state) {
    const Request& r = queries[i++ % queries.size()];
    const double c0 = ThreadCpuUs();
    const auto t0 = std::chrono::steady_clock::now();
    bool hit;
    if constexpr (kStore) {
      hit = w.store->Lookup(r).has_value();
    } else {
      hit = IndexLookup(w, r);
    }
    const auto t1 = std::chrono::steady_clock::now();
    cpu_us.push_back(ThreadCpuUs() - c0);
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    hits += hit;
  }
  auto summarise = [&state](std::vector<double>& v, const char* mean, const char* p99) {
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    state.counters[mean] = sum / v.size();
    state.counters[p99] = v[std::min(v.size() - 1, v.size() * 99 / 100)];
  };
  // Wall-clock figures include time the thread was preempted on a busy
  // machine; the thread-CPU figures do not.
  summarise(us, "mean_us", "p99_us");
  summarise(cpu_us, "mean_cpu_us", "p99_cpu_us");
  state.counters["hit_rate"] = static_cast<double>(hits) / us.size();
  state.counters["bytes_per_entry"] = static_cast<double>(w.index.MemoryBytes()) / n;
  state.counters["rss_per_entry"] = w.index_rss_delta / n;
  state.counters["insert_us"] = kStore ? w.put_us : w.index_add_us;
}

const char* const kModeNames[] = {"exact", "similar", "miss"};

int Register() {
  for (std::int64_t n : {1000, 10000, 100000, 1000000}) {
    for (int mode = 0; mode < 3; ++mode) {
      benchmark::RegisterBenchmark(
          (std::string("BM_IndexLookup/") + kModeNames[mode]).c_str(), BM_Lookup<false>)
          ->Args({n, mode})->Iterations(20000)->Unit(benchmark::kMicrosecond);
      benchmark::RegisterBenchmark(
          (std::string("BM_StoreLookup/") + kModeNames[mode]).c_str(), BM_Lookup<true>)
          ->Args({n, mode})->Iterations(20000)->Unit(benchmark::kMicrosecond);
    }
  }
  return 0;
}
const int registered = Register();

}  // namespace
