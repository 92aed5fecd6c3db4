// Task rules: one JSON file per task names how its outputs are cut into
// steps, which verifiers judge each step, which checks the stitched whole
// must pass, how failing regions are patched, when reuse is not worth
// trying, and hints for retrieval. A rules file compiles once into an
// immutable TaskRules; users add a task by adding a rules file.
//
// Format (every member but "task" and "segmentation" optional; unknown
// members are errors, so a typo never silently disables a check):
//   {"task": "linear_equation",
//    "description": "...",
//    "segmentation": {"grammar": "equations" | "json" | "markdown" | "lines",
//                     "json_depth": 1},
//    "steps": [{"check": "linear_equation"},
//              {"check": "numeric_consistency"},
//              {"check": "grounding", "case_insensitive": true,
//               "normalize_whitespace": true, "numbers": true, "strings": true, "booleans": true,
//               "min_string_length": 1, "skip": ["/computed"]},
//              {"check": "schema"},
//              {"check": "pattern", "must_match" | "must_not_match": "RE2",
//               "kinds": ["equation"], "pointers": ["/email"], "reason": "..."},
//              {"check": "labeled_fields"}],
//    "integrity": [{"check": "parses" | "schema" | "grounding" | "final_answer"}],
//    "patch": {"max_attempts": 2, "fallback": "none" | "solver" | "backend_repair",
//              "local_repair": true},
//    "skip_reuse": [{"when": "equation_shape_changed"},
//                   {"when": "source_text_changed", "min_similarity": 0.5},
//                   {"when": "instruction_changed",
//                    "licensed": ["paraphrase", "formatting", "renamed_variable"]},
//                   {"when": "failing_fraction_above", "max": 0.5}],
//    "reuse": {"evidence": true},
//    "retrieval": {"min_similarity": 0.3, "same_schema": true,
//                  "slots": "numbers" | "source_text" | "none"}}
//
// Thread-safety: a TaskRules is immutable after Load*; Check,
// IntegrityCheck, ShouldSkipReuse and FallbackAnswer may run concurrently.
#ifndef STEPCACHE_CHECKS_RULES_H_
#define STEPCACHE_CHECKS_RULES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/checks/check_result.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/step_verifier.h"
#include "stepcache/grammars/segmenter.h"

namespace stepcache::checks {

// How a request's response schema is compiled for the checks: with `format`
// asserted (schemas/format.h). A model asked for a "date-time" that answers
// "2027-03-04", or for an "email" that answers a name, has not answered as
// the schema asks, whatever the text states.
schemas::CompileOptions ResponseSchemaOptions();

struct RulesError {
  std::string message;
  std::string pointer;  // JSON Pointer into the rules document at fault ("" = the whole file)
  std::string source;   // file or built-in name when known
  // "<source>: <message> at <pointer>" (parts left out when empty)
  std::string ToString() const;
};

enum class PatchFallback {
  kNone,           // after max_attempts, give up on patching (the planner skips reuse)
  kSolver,         // a deterministic solver writes the answer (FallbackAnswer)
  kBackendRepair,  // ask the backend to repair the whole output once
};

struct PatchPolicy {
  int max_attempts = 2;       // regeneration rounds for failing regions
  PatchFallback fallback = PatchFallback::kNone;
  bool local_repair = true;   // try local JSON repair before calling the backend
};

enum class SkipWhen {
  kEquationShapeChanged,  // the request's equation differs in structure, not only in numbers
  kSourceTextChanged,     // source texts' similarity below min_similarity
  kFailingFractionAbove,  // more than `max` of the steps fail
  // The instruction part of the prompt changed in a way `licensed` does not
  // cover: which record, what to report, units, a negation, any word outside
  // the instruction vocabulary (evidence.h, CompareInstructions).
  kInstructionChanged,
};

struct SkipCondition {
  SkipWhen when = SkipWhen::kFailingFractionAbove;
  double min_similarity = 0.5;  // kSourceTextChanged
  double max = 0.5;             // kFailingFractionAbove
  LicensedChanges licensed;     // kInstructionChanged
};

// How a cached answer's members are matched to a new request.
struct ReusePolicy {
  // Evidence-bound reuse (evidence.h): each member of a cached extraction
  // answer is kept only when its evidence in the new source text is the
  // evidence it had; else it fails and is patched.
  bool evidence = false;
};

struct SkipDecision {
  bool skip = false;
  std::string reason;  // which condition fired and with what values
};

struct RetrievalHints {
  double min_similarity = 0.0;  // cached prompts less similar than this are no candidates
  bool same_schema = false;     // candidates must carry the same response schema
  std::string slots = "none";   // what varies between requests: "numbers", "source_text", "none"
};

class TaskRules {
 public:
  // Compiles a rules document. Returns nullptr and fills *error (pointer at
  // fault + message) when it is not valid JSON, misses a required member,
  // names an unknown check/grammar/fallback/condition, has a parameter of
  // the wrong type or range, or a pattern RE2 cannot compile.
  static std::unique_ptr<TaskRules> Load(std::string_view json_text, RulesError* error = nullptr);
  // The rules embedded in the library from rules/<name>.json at build time.
  static std::unique_ptr<TaskRules> LoadBuiltin(std::string_view name, RulesError* error = nullptr);
  // Reads <dir>/<name>.json; `name` must be [A-Za-z0-9_-]+ (no paths). The
  // file's "task" must equal `name`.
  static std::unique_ptr<TaskRules> LoadFromDir(const std::string& dir, std::string_view name,
                                                RulesError* error = nullptr);
  // <dir>/<name>.json when `dir` is non-empty and the file exists, else the
  // built-in rules of that name.
  static std::unique_ptr<TaskRules> LoadNamed(const std::string& dir, std::string_view name,
                                              RulesError* error = nullptr);
  // Names of the embedded rules, sorted, and the text of one ("" if unknown).
  static std::vector<std::string> BuiltinNames();
  static std::string_view BuiltinText(std::string_view name);

  ~TaskRules();
  TaskRules(const TaskRules&) = delete;
  TaskRules& operator=(const TaskRules&) = delete;

  const std::string& name() const;
  grammars::Grammar grammar() const;
  const grammars::SegmentOptions& segment_options() const;
  const PatchPolicy& patch() const;
  const std::vector<SkipCondition>& skip_conditions() const;
  const RetrievalHints& retrieval() const;
  const ReusePolicy& reuse() const;
  // The step verifiers and integrity checks, in rules-file order.
  std::vector<std::string> verifier_names() const;
  std::vector<std::string> integrity_names() const;

  // Segments `output` with the task's grammar, runs every step verifier and
  // every integrity check. Never throws; arbitrary output bytes are fine.
  CheckResult Check(const TaskInput& input, std::string_view output) const;
  // Only the integrity checks, for a stitched output.
  IntegrityResult IntegrityCheck(const TaskInput& input, std::string_view output) const;

  // Whether reusing the cached output (checked as `cached_check` against
  // the new request `input`, cached under `cached_prompt`) is not worth
  // trying, by the rules' skip_reuse conditions, in order.
  // `cached_source`, when given, is `cached_prompt` already read
  // (source_text.h), so a planner reads each candidate's prompt once.
  SkipDecision ShouldSkipReuse(std::string_view cached_prompt, const TaskInput& input,
                               const CheckResult& cached_check, const SourceText* cached_source = nullptr) const;

  // The conditions that rule a cached request out before its output is even
  // checked (equation_shape_changed, source_text_changed,
  // instruction_changed), in order; failing_fraction_above is left to
  // ShouldSkipReuse.
  SkipDecision ReuseBlocked(std::string_view cached_prompt, const TaskInput& input,
                            const SourceText* cached_source = nullptr) const;

  // The deterministic answer of the patch fallback: the step-by-step
  // solution for "solver"; nullopt for other fallbacks or when the prompt
  // holds no solvable equation.
  std::optional<std::string> FallbackAnswer(const TaskInput& input) const;
  // The value an answer states last for the variable of the request's
  // equation, exact ("4", "-11/6"), read from the result Check gave it;
  // nullopt for a task without an equation or an answer that states none.
  // (The patcher compares the model's answers with FallbackAnswer's.)
  std::optional<std::string> StatedValue(const TaskInput& input, const CheckResult& result) const;

  struct Impl;  // defined in the implementation

 private:
  explicit TaskRules(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The structure of an equation with its numbers abstracted: "3x + 5 = 20"
// and "7x + 1 = 9" share the shape "#v+#=#"; "2(x + 1) = 4" does not.
std::string EquationShape(std::string_view equation_text);

// Word-set (Jaccard) similarity of two texts in [0, 1], ASCII case folded;
// 1 when both have no words.
double TextSimilarity(std::string_view a, std::string_view b);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_RULES_H_
