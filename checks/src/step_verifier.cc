#include "stepcache/checks/step_verifier.h"

#include "stepcache/checks/check_result.h"

namespace stepcache::checks {

const LinearEquation* CheckContext::RequestEquation() {
  if (!equation_searched) {
    equation_searched = true;
    if (input != nullptr) {
      request_equation = FindEquationInPrompt(input->prompt, &request_equation_error);
    }
  }
  return request_equation ? &*request_equation : nullptr;
}

const schemas::ValidationResult* CheckContext::Validation() {
  if (input == nullptr || input->schema == nullptr || json == nullptr) return nullptr;
  if (!validated) {
    validated = true;
    // Most checked outputs are valid: the flag-only pass is cheaper than
    // collecting errors, which only a failing output needs.
    if (input->schema->IsValid(*json)) {
      validation = schemas::ValidationResult{};
    } else {
      schemas::ValidateOptions options;
      options.all_errors = true;
      validation = input->schema->Validate(*json, options);
    }
  }
  return &validation;
}

const GroundingSource& CheckContext::Grounding(const GroundingOptions& options) {
  if (input != nullptr && input->grounding != nullptr && input->grounding->SameOptions(options)) {
    return *input->grounding;
  }
  if (!grounding_source || !grounding_source->SameOptions(options)) {
    grounding_source = std::make_unique<GroundingSource>(
        input != nullptr ? input->prompt : std::string_view(), options);
  }
  return *grounding_source;
}

void MergeVerdict(StepVerdict* into, const StepVerdict& next) {
  if (!next.pass.has_value()) return;
  if (!*next.pass) {
    if (into->pass.value_or(true)) {
      // The first failure replaces any passing reason: a planner shows why
      // a step is regenerated, not why some other check liked it.
      into->pass = false;
      into->reason = next.reason;
    } else {
      into->reason += "; " + next.reason;
    }
    return;
  }
  if (!into->pass.has_value()) {
    into->pass = true;
    into->reason = next.reason;
  }
}

double CheckResult::FailingFraction() const {
  if (!segmented) return 1.0;
  std::size_t total = steps.size() + missing_pointers.size();
  if (total == 0) return 0.0;
  return static_cast<double>(failing_steps.size() + missing_pointers.size()) /
         static_cast<double>(total);
}

}  // namespace stepcache::checks
