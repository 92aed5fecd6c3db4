// Step verifiers: the task-aware checks that judge each step of a model
// output on its own, so a planner can reuse the steps that pass and
// regenerate only the ones that fail.
//
// A StepVerifier is built once (from a rules file, see rules.h) and is
// immutable afterwards: Verify may run concurrently from any number of
// threads. A CheckContext is per call and not shared between threads.
#ifndef STEPCACHE_CHECKS_STEP_VERIFIER_H_
#define STEPCACHE_CHECKS_STEP_VERIFIER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/grounding.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/linear_equation.h"
#include "stepcache/checks/request_facts.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/grammars/step.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::checks {

// The verdict on one step: true = the step is right for this request,
// false = wrong (regenerate it), nullopt = this check does not apply.
struct StepVerdict {
  std::optional<bool> pass;
  std::string reason;
};

// The request a cached or fresh output is checked against. Non-owning: the
// viewed/pointed-to objects must outlive the Check call.
struct TaskInput {
  std::string_view prompt;                       // the user prompt; the source text for grounding
  const schemas::Schema* schema = nullptr;       // compiled response schema, if the request has one
  const rapidjson::Value* schema_json = nullptr; // the same schema as JSON (descriptions, sub-schemas)
  // Optional: `prompt` already prepared for grounding. A planner that checks
  // several cached candidates against one request builds it once; it is
  // used when its options equal a grounding check's, else ignored.
  const GroundingSource* grounding = nullptr;
  // Optional: `prompt` read as instructions and source text (source_text.h),
  // built once by a planner that checks several candidates; else built by
  // the first check that needs it.
  const SourceText* source = nullptr;
  // Optional: the schema's member labels (evidence.h), built once per schema
  // by a caller that checks many outputs against it.
  const MemberLabelTable* labels = nullptr;
  // Optional: what the checks read of the prompt and schema alone
  // (request_facts.h), built once per request over `source` and `labels`
  // by a caller that checks several outputs for it; used only when it was
  // built over the same SourceText and MemberLabelTable as the check uses,
  // else each check builds its own. Filled as checks run: one thread at a
  // time (the TaskInput's other pointers may be shared).
  RequestFacts* facts = nullptr;
};

// A whole-output problem that no single present step owns: a required
// member that is missing, no final answer, an output that does not parse.
struct OutputFailure {
  std::string check;    // the check that found it ("schema", "linear_equation", ...)
  std::string pointer;  // JSON Pointer of the missing member ("/name"), else empty
  std::string reason;
  bool missing = false;  // a required member absent from the output (pointer names it)
};

// Per-call state shared by the verifiers of one Check: the segmented steps,
// the output's JSON value (json grammar), the request's equation, and
// results computed once and reused (the full-schema validation).
struct CheckContext {
  const TaskInput* input = nullptr;
  std::string_view output;
  const grammars::Steps* steps = nullptr;
  // The JSON value the json grammar segmented, parsed; nullptr otherwise or
  // when it did not parse.
  const rapidjson::Value* json = nullptr;
  // The texts of *json's numbers that no double holds (ParseJson); may be null.
  const JsonNumberTexts* number_texts = nullptr;
  // The equation found in input->prompt (linear tasks; filled lazily).
  bool equation_searched = false;
  std::optional<LinearEquation> request_equation;
  EquationError request_equation_error;
  std::optional<AskedForm> asked_form;  // (filled lazily)
  // Full-schema validation of *json with all_errors (filled lazily).
  bool validated = false;
  schemas::ValidationResult validation;

  // The prompt prepared for grounding, built by the first grounding check
  // and reused by later ones with the same options.
  std::unique_ptr<GroundingSource> grounding_source;
  // What the grounding step verifier found, when its steps covered every
  // top-level member/element of *json: the integrity check with the same
  // options and skip list reuses it instead of walking the value again.
  struct GroundingWalk {
    bool valid = false;
    GroundingOptions options;
    std::vector<std::string> skip;
    std::vector<UngroundedValue> failures;
  } grounding_walk;

  std::unique_ptr<SourceText> source_text;  // when input->source is null
  std::unique_ptr<MemberLabelTable> label_table;  // when input->labels is null
  std::unique_ptr<RequestFacts> request_facts;    // when input->facts is null or for another source

  // What the checks read of Source() and Labels() alone: input->facts when
  // it was built over those two, else built for this call.
  RequestFacts& Facts();

  // The schema's member labels, built at most once.
  const MemberLabelTable& Labels();

  // The prompt as instructions and source text, built at most once.
  const SourceText& Source();
  // Finds the request's equation once; nullptr when the prompt has none.
  const LinearEquation* RequestEquation();
  // The form the request asks its answer in (AskedFormOf), read once.
  AskedForm Form();
  // Validates *json against input->schema once; nullptr without a schema
  // or JSON value.
  const schemas::ValidationResult* Validation();
  // The prompt as a GroundingSource for `options`, built at most once per
  // distinct options.
  const GroundingSource& Grounding(const GroundingOptions& options);

  // The member of the object *json named `key` — the first such, as
  // FindMember finds it — or nullptr. A verifier walking the steps in order
  // keeps `*cursor` (start at 0): a one-level segmentation names the
  // members in document order, so when no two members share a name each
  // look-up is the member after the previous one, not a scan.
  const rapidjson::Value* TopMember(std::string_view key, std::size_t* cursor);
  // Whether *json's member names are distinct, for TopMember (-1: not yet known).
  int unique_names = -1;
};

class StepVerifier {
 public:
  virtual ~StepVerifier() = default;
  // The check's name as written in rules files ("grounding", "schema", ...).
  virtual std::string_view name() const = 0;
  // Judges every step: `verdicts` has one entry per step; the verifier
  // folds its opinion on each step it applies to into them with
  // MergeVerdict (other verifiers may have spoken already) and appends
  // whole-output problems to `failures`.
  virtual void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
                      std::vector<OutputFailure>* failures) const = 0;
};

// Folds `next` into `into`: false wins over true, true over nullopt; the
// reasons of failing verdicts are joined with "; ".
void MergeVerdict(StepVerdict* into, const StepVerdict& next);
// The same, taking `next`'s reason instead of copying it.
void MergeVerdict(StepVerdict* into, StepVerdict&& next);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_STEP_VERIFIER_H_
