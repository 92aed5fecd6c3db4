// What a task check found: the steps of the output, a verdict per step, the
// whole-output problems, and the integrity of the output as a whole — all a
// planner needs to decide reuse / patch / skip and which regions to
// regenerate. A plain value: copy it, move it, read it from any thread.
#ifndef STEPCACHE_CHECKS_CHECK_RESULT_H_
#define STEPCACHE_CHECKS_CHECK_RESULT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "stepcache/checks/step_verifier.h"
#include "stepcache/grammars/step.h"

namespace stepcache::checks {

// Checks of the stitched whole: it parses, it validates against the full
// schema, its values are grounded, its final answer satisfies the task.
struct IntegrityResult {
  bool pass = false;
  std::vector<OutputFailure> failures;  // empty when pass
};

struct CheckResult {
  // The output segmented with the task's grammar; false when it could not
  // be (e.g. no JSON in a json task): then `steps` is empty and `error`
  // says why, and nothing of the output is reusable.
  bool segmented = false;
  std::string error;
  grammars::Steps steps;
  std::vector<StepVerdict> verdicts;        // one per step, same order
  std::vector<std::size_t> failing_steps;   // indices of steps with verdict false
  std::vector<std::string> missing_pointers;// required JSON members that are absent ("/name")
  std::vector<OutputFailure> failures;      // whole-output problems found by step verifiers
  bool steps_pass = false;                  // no failing step, no missing member, no failure
  IntegrityResult integrity;
  bool pass = false;                        // steps_pass && integrity.pass

  // Failing steps plus missing members over present steps plus missing
  // members (0 when there is nothing at all, 1 when nothing was segmented).
  double FailingFraction() const;
};

// {"pass": bool, "steps": [{"index", "kind", "pointer"?, "pass": true|false|null,
//  "reason"}], "missing": ["/key"], "failures": [{"check", "pointer", "reason"}],
//  "integrity": {"pass": bool, "failures": [...]}} on one line; "error" when
// the output could not be segmented. The form `stepcache check` prints.
std::string CheckResultToJson(const CheckResult& result);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_CHECK_RESULT_H_
