// linear_equation and numeric_consistency step verifiers and the
// final_answer integrity check.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "stepcache/checks/grounding.h"
#include "verifiers.h"

namespace stepcache::checks::internal {
namespace {

std::string Describe(const EquationError& e) {
  return e.message + " at byte " + std::to_string(e.offset);
}

std::string NoEquationReason(const CheckContext& context) {
  return "the request holds no linear equation to check against (" +
         Describe(context.request_equation_error) + ")";
}

// True when the part before '=' is exactly the variable and the part after
// holds no variable: "x = 5", "x = -7/2".
bool StatesValue(const LinearEquation& eq) {
  std::size_t at = eq.text.find('=');
  if (at == std::string::npos) return false;
  std::string_view left(eq.text.data(), at);
  while (!left.empty() && (left.back() == ' ' || left.back() == '\t')) left.remove_suffix(1);
  while (!left.empty() && (left.front() == ' ' || left.front() == '\t')) left.remove_prefix(1);
  return left == eq.variable && eq.right_coefficient.is_zero();
}

class LinearEquationVerifier final : public StepVerifier {
 public:
  explicit LinearEquationVerifier(bool final_answer) : final_answer_(final_answer) {}
  std::string_view name() const override { return "linear_equation"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) {
      failures->push_back({"linear_equation", "", NoEquationReason(context)});
      return;
    }
    std::optional<Rational> solution = Solve(*request);
    if (!solution) {
      failures->push_back({"linear_equation", "", "the request's equation has no unique solution"});
      return;
    }
    const std::string& var = request->variable;
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].kind != grammars::StepKind::kEquation) continue;
      MergeVerdict(&(*verdicts)[i], Judge(steps[i].equation, var, *solution));
    }
    if (!final_answer_) return;
    LinearEquation final_eq;
    std::size_t at = FindFinalAnswer(steps, var, &final_eq);
    if (at == static_cast<std::size_t>(-1)) {
      failures->push_back({"linear_equation", "",
                           "no final answer: the last step must state " + var + " = <value>"});
    } else if (std::optional<Rational> v = Solve(final_eq); !v || *v != *solution) {
      failures->push_back({"linear_equation", "",
                           "the final answer (step " + std::to_string(at) + ") is wrong"});
    }
  }

 private:
  static StepVerdict Judge(const std::string& text, const std::string& var, const Rational& solution) {
    EquationError error;
    std::optional<LinearEquation> eq = ParseLinearEquation(text, &error);
    if (!eq) return {false, "not a linear equation: " + Describe(error)};
    if (eq->variable.empty()) {
      if (eq->constant.is_zero()) return {true, "arithmetic holds"};
      return {false, "arithmetic is wrong: " + eq->text};
    }
    if (eq->variable != var) {
      return {false, "solves for " + eq->variable + ", the request asks for " + var};
    }
    std::optional<Rational> s = Solve(*eq);
    if (!s) return {false, "has no unique solution, the request's equation has " + var + " = " + solution.ToString()};
    if (*s != solution) {
      return {false, "gives " + var + " = " + s->ToString() + ", not the request's " + var + " = " +
                         solution.ToString()};
    }
    return {true, "same solution as the request (" + var + " = " + solution.ToString() + ")"};
  }

  bool final_answer_;
};

// The numbers of the request's equation must appear in the first equation
// step: a cached solution of "3x + 6 = 21" has the right answer (x = 5) for
// "3x + 5 = 20" and would pass step by step, but restates the wrong problem.
class NumericConsistencyVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "numeric_consistency"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) return;  // linear_equation reports it
    std::vector<double> wanted;
    ExtractNumbers(request->text, &wanted);
    for (double& d : wanted) d = std::fabs(d);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].kind != grammars::StepKind::kEquation) continue;
      std::vector<double> have;
      ExtractNumbers(steps[i].equation, &have);
      for (double& d : have) d = std::fabs(d);
      std::sort(have.begin(), have.end());
      std::string missing;
      for (double w : wanted) {
        if (!std::binary_search(have.begin(), have.end(), w)) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.15g", w);
          missing += (missing.empty() ? "" : ", ") + std::string(buf);
        }
      }
      if (missing.empty()) {
        MergeVerdict(&(*verdicts)[i], {true, "states the request's numbers"});
      } else {
        MergeVerdict(&(*verdicts)[i], {false, "does not state the request's equation (missing " + missing + ")"});
      }
      return;  // only the first equation step restates the problem
    }
  }
};

class FinalAnswerIntegrity final : public IntegrityVerifier {
 public:
  std::string_view name() const override { return "final_answer"; }
  void Run(CheckContext& context, std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) {
      failures->push_back({"final_answer", "", NoEquationReason(context)});
      return;
    }
    LinearEquation final_eq;
    std::size_t at = FindFinalAnswer(*context.steps, request->variable, &final_eq);
    if (at == static_cast<std::size_t>(-1)) {
      failures->push_back({"final_answer", "", "no line states " + request->variable + " = <value>"});
      return;
    }
    std::optional<Rational> value = Solve(final_eq);
    std::optional<bool> ok = value ? Satisfies(*request, *value) : std::nullopt;
    if (!ok.value_or(false)) {
      failures->push_back({"final_answer", "",
                           "the final answer " + final_eq.text + " does not satisfy " + request->text});
    }
  }
};

}  // namespace

std::size_t FindFinalAnswer(const grammars::Steps& steps, const std::string& variable,
                            LinearEquation* parsed) {
  for (std::size_t i = steps.size(); i-- > 0;) {
    if (steps[i].kind != grammars::StepKind::kEquation) continue;
    std::optional<LinearEquation> eq = ParseLinearEquation(steps[i].equation);
    if (eq && eq->variable == variable && StatesValue(*eq)) {
      *parsed = std::move(*eq);
      return i;
    }
  }
  return static_cast<std::size_t>(-1);
}

std::unique_ptr<StepVerifier> MakeLinearEquationVerifier(ParamObject& params) {
  bool final_answer = true;
  if (!params.OnlyKeys({"check", "final_answer"}) || !params.GetBool("final_answer", &final_answer)) {
    return nullptr;
  }
  return std::make_unique<LinearEquationVerifier>(final_answer);
}

std::unique_ptr<StepVerifier> MakeNumericConsistencyVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<NumericConsistencyVerifier>();
}

std::unique_ptr<IntegrityVerifier> MakeFinalAnswerIntegrity(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<FinalAnswerIntegrity>();
}

}  // namespace stepcache::checks::internal
