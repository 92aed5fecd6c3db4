// Scores a final answer against a workload item's ground truth (`expect`),
// independently of the engine's own checks, grammars and the simulated
// model: the benchmark must not grade StepCache with StepCache's verifiers.
//
//   linear_equation  every equation on every line (arrows split lines; step
//                    labels and "Description:" prefixes are skipped) holds for
//                    expect.value in expect.variable, exactly; the last line
//                    states the answer ("x = 5", "So the answer is x = 5.",
//                    "Therefore x equals 5.") and no claim on it disagrees.
//                    With expect.report {"expression", "value"} the last line
//                    states that expression's value instead ("2x = 10").
//   json_extract     the answer is exactly one JSON value (no prose, no
//                    fences), valid against the request schema, and equal to
//                    expect.json by value (key order free, numbers exact).
// bench/README.md gives the full rules. Pure, thread-safe; any input is
// scored (never a crash), and a failure always carries a reason.
#ifndef STEPCACHE_BENCH_SCORER_H_
#define STEPCACHE_BENCH_SCORER_H_

#include <string>
#include <string_view>

#include "stepcache/bench/workload.h"

namespace stepcache::bench {

struct Score {
  bool correct = false;
  std::string reason;  // why not, when !correct
};

Score ScoreAnswer(const WorkloadItem& item, std::string_view answer);

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_SCORER_H_
