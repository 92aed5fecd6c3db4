// Linear-equation parser, prompt search and step-by-step solver on arbitrary
// bytes: never crash; a parsed and solved equation is satisfied exactly by
// its solution; every line of SolveStepByStep re-parses with that solution,
// and its working below the restated request holds no word the checks do
// not read (UnreadWorkingWord, which reads the bytes as a model's working
// too).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stepcache/checks/linear_equation.h"

namespace {

using stepcache::checks::EquationError;
using stepcache::checks::LinearEquation;

void Require(bool ok) {
  if (!ok) std::abort();
}

void CheckEquation(const LinearEquation& eq) {
  std::optional<stepcache::checks::Rational> solution = stepcache::checks::Solve(eq);
  if (!solution) return;
  // coefficient * solution == -constant exactly, which fits: no overflow.
  std::optional<bool> satisfied = stepcache::checks::Satisfies(eq, *solution);
  Require(satisfied.has_value() && *satisfied);
  std::optional<std::string> steps = stepcache::checks::SolveStepByStep(eq);
  if (!steps) return;  // an intermediate value overflowed
  // (Its first line restates the request as written: "0xx= 1x".)
  const std::size_t first = steps->find('\n');
  Require(first == std::string::npos ||
          stepcache::checks::UnreadWorkingWord(std::string_view(*steps).substr(first + 1), eq.variable).empty());
  std::string_view rest = *steps;
  std::string_view last;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    std::optional<LinearEquation> step = stepcache::checks::ParseLinearEquation(
        stepcache::checks::StripStepLabel(line));
    Require(step.has_value());
    Require(stepcache::checks::SameSolution(eq, *step));
    last = stepcache::checks::StripStepLabel(line);
  }
  Require(last == eq.variable + " = " + solution->ToString());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  EquationError error;
  (void)stepcache::checks::UnreadWorkingWord(text, "x");
  if (std::optional<LinearEquation> eq = stepcache::checks::ParseLinearEquation(text, &error)) {
    CheckEquation(*eq);
  } else {
    Require(error.offset <= size && !error.message.empty());
  }
  if (std::optional<LinearEquation> eq = stepcache::checks::FindEquationInPrompt(text, &error)) {
    Require(!eq->variable.empty());
    CheckEquation(*eq);
  } else {
    Require(error.offset <= size);
  }
  return 0;
}
