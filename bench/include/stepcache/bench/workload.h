// The StepCache benchmark workload: math and JSON-extraction requests that
// repeat a structure and differ in small things, in the workload file format
// of DESIGN.md (JSON lines {"id","task","prompt","schema"?,"tenant"?,"expect"?}).
//
// Composition per seed (documented in bench/README.md): 10 base prompts per
// task, each followed by its variants, k = 3 per perturbation. The seed
// picks constants, names and values; the composition is fixed. Thread-safe:
// pure functions.
#ifndef STEPCACHE_BENCH_WORKLOAD_H_
#define STEPCACHE_BENCH_WORKLOAD_H_

#include <cstdint>
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache::bench {

struct WorkloadItem {
  std::string id;            // "<task>-<base>-<perturbation>-<k>", unique in a workload
  std::string task;          // "linear_equation" | "json_extract"
  std::string prompt;
  std::string schema_json;   // json_extract: the response schema; else empty
  std::string tenant;        // empty = default tenant
  std::string perturbation;  // "base", "numeric", "rename", "paraphrase", ... (benchmark metadata)
  // Adversarial split only: the family the item belongs to ("label_drift",
  // "record_selection", ...) and whether a good cache should reuse it (the
  // safe families: paraphrase, whitespace, unrelated sentence, renamed
  // variable). Benchmark metadata, never read by the engine.
  std::string family;
  bool safe = false;
  std::string expect_json;   // {"variable","value"} or {"json": {...}}; scorer only
};

// The benchmark workload for `seed` (about 220 requests).
std::vector<WorkloadItem> GenerateWorkload(std::uint64_t seed);

// The adversarial split for `seed` (about 230 requests): families of a base
// request and its variants built to expose false reuse (label drift,
// distractor labels, record selection, repeated numbers, an old value still
// in the text, values that are prefixes of others, key order, sign flips,
// another equation with the same solution, instruction changes) and safe
// families a good cache must still reuse (paraphrase, whitespace, an
// unrelated sentence, a renamed variable). Each item's `family` and `safe`
// say which; its expect is computed from the values the generator chose.
// Composition in bench/README.md.
std::vector<WorkloadItem> GenerateAdversarialWorkload(std::uint64_t seed);

// One JSON line in the workload format (plus "perturbation").
std::string ToJsonLine(const WorkloadItem& item);

// Parses one workload line. False with *error naming the field at fault
// (as a JSON Pointer) or the byte offset of malformed JSON.
bool ParseWorkloadLine(const std::string& line, WorkloadItem* item, std::string* error);

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_WORKLOAD_H_
