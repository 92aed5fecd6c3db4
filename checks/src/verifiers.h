// The built-in step verifiers and integrity checks, built from their
// objects in a rules file. Internal to the checks library; rules.cc maps
// check names to these factories.
#ifndef STEPCACHE_CHECKS_SRC_VERIFIERS_H_
#define STEPCACHE_CHECKS_SRC_VERIFIERS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules_params.h"
#include "stepcache/checks/step_verifier.h"

namespace stepcache::checks::internal {

// A check of the whole (stitched) output. Immutable, thread-safe.
class IntegrityVerifier {
 public:
  virtual ~IntegrityVerifier() = default;
  virtual std::string_view name() const = 0;
  virtual void Run(CheckContext& context, std::vector<OutputFailure>* failures) const = 0;
};

// Step verifiers; each reads its own parameters from `params` and returns
// nullptr with the error filled when they are wrong.
std::unique_ptr<StepVerifier> MakeLinearEquationVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakeNumericConsistencyVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakeGroundingVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakeSchemaVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakePatternVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakeLabeledFieldVerifier(ParamObject& params);
std::unique_ptr<StepVerifier> MakeRequestMeaningVerifier(ParamObject& params);

// Integrity checks.
std::unique_ptr<IntegrityVerifier> MakeParsesIntegrity(ParamObject& params);
std::unique_ptr<IntegrityVerifier> MakeSchemaIntegrity(ParamObject& params);
std::unique_ptr<IntegrityVerifier> MakeGroundingIntegrity(ParamObject& params);
std::unique_ptr<IntegrityVerifier> MakeFinalAnswerIntegrity(ParamObject& params);

// Reads the grounding options shared by the step and integrity checks.
bool ReadGroundingOptions(ParamObject& params, GroundingOptions* options,
                          std::vector<std::string>* skip);

// The last equation step stating "<variable> = <constant>", parsed; index
// into steps or npos when there is none. With `request`, lines after it
// without the variable that put its value into the request ("Check: 3(5) +
// 5 = 20") may follow it; any other line of equations after it, and there
// is none.
std::size_t FindFinalAnswer(const grammars::Steps& steps, const std::string& variable,
                            LinearEquation* parsed, const LinearEquation* request = nullptr);

// Whether a line of `steps` puts `solution` into each side of `request` that
// holds the variable, as the request writes the side ("3(5) + 5" for 3x + 5),
// with the side's value at the solution (equation_check_line.cc).
bool ChecksTheValue(const grammars::Steps& steps, const LinearEquation& request, const Rational& solution);
// Whether `line` puts `value` into a side of `request` so.
bool PutsValueIn(std::string_view line, const LinearEquation& request, const Rational& value);
// The value a run of arithmetic on `line` puts into a side of `request` as
// the request writes it ("3(6) + 5" for 3x + 5: 6), whatever the run's value;
// nullopt when no run does.
std::optional<Rational> ValuePutIn(std::string_view line, const LinearEquation& request);
// "Check: 3(5) + 5 = 20" for 3x + 5 = 20 at 5: the request with the value
// put in for each letter of its variable; nullopt when the request holds a
// character the check lines are not read in.
std::optional<std::string> CheckLineFor(const LinearEquation& request, const Rational& value);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_VERIFIERS_H_
