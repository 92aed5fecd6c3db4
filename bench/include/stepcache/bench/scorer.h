// Scores a final answer against a workload item's ground truth (`expect`),
// independently of the engine's own checks: the benchmark must not grade
// StepCache with StepCache's verifiers alone.
//
//   linear_equation  every equation line of the answer has the expected
//                    solution, and the last one states `var = value` with the
//                    expected variable and value;
//   json_extract     the answer is exactly one JSON value (no prose, no
//                    fences), valid against the request schema, and equal to
//                    expect.json (numbers compared by value).
// Pure, thread-safe.
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
