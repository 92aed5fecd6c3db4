// The pattern step verifier: a step in scope must (or must not) match an
// RE2 pattern. RE2 keeps matching linear in the step's length and is
// thread-safe, so one compiled pattern serves every concurrent Check.
#include <re2/re2.h>

#include "stepcache/schemas/json_pointer.h"
#include "verifiers.h"

namespace stepcache::checks::internal {
namespace {

class PatternVerifier final : public StepVerifier {
 public:
  PatternVerifier(std::unique_ptr<RE2> re, bool must_match, std::vector<grammars::StepKind> kinds,
                  std::vector<std::string> pointers, std::string reason)
      : re_(std::move(re)), must_match_(must_match), kinds_(std::move(kinds)),
        pointers_(std::move(pointers)), reason_(std::move(reason)) {}
  std::string_view name() const override { return "pattern"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>*) const override {
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (!InScope(steps[i])) continue;
      bool matched = RE2::PartialMatch(steps[i].text, *re_);
      if (matched == must_match_) {
        MergeVerdict(&(*verdicts)[i], {true, must_match_ ? "matches the required pattern"
                                                         : "avoids the forbidden pattern"});
      } else if (!reason_.empty()) {
        MergeVerdict(&(*verdicts)[i], {false, reason_});
      } else {
        MergeVerdict(&(*verdicts)[i], {false, std::string(must_match_ ? "does not match " : "matches forbidden ") +
                                                  "/" + re_->pattern() + "/"});
      }
    }
  }

 private:
  bool InScope(const grammars::Step& step) const {
    if (!kinds_.empty()) {
      bool ok = false;
      for (grammars::StepKind k : kinds_) ok = ok || k == step.kind;
      if (!ok) return false;
    }
    if (!pointers_.empty()) {
      bool ok = false;
      for (const std::string& p : pointers_) ok = ok || p == step.pointer;
      if (!ok) return false;
    }
    return true;
  }

  std::unique_ptr<RE2> re_;
  bool must_match_;
  std::vector<grammars::StepKind> kinds_;
  std::vector<std::string> pointers_;
  std::string reason_;
};

constexpr grammars::StepKind kAllKinds[] = {
    grammars::StepKind::kMember,   grammars::StepKind::kElement,   grammars::StepKind::kEquation,
    grammars::StepKind::kLine,     grammars::StepKind::kHeading,   grammars::StepKind::kListItem,
    grammars::StepKind::kParagraph, grammars::StepKind::kCodeBlock,
};

}  // namespace

std::unique_ptr<StepVerifier> MakePatternVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check", "must_match", "must_not_match", "kinds", "pointers", "reason"})) {
    return nullptr;
  }
  bool has_match = params.Has("must_match");
  bool has_not = params.Has("must_not_match");
  if (has_match == has_not) {
    params.Fail(params.pointer(), "a pattern check needs exactly one of \"must_match\" and \"must_not_match\"");
    return nullptr;
  }
  std::string key = has_match ? "must_match" : "must_not_match";
  std::string pattern, reason;
  std::vector<std::string> kind_names, pointers;
  if (!params.GetString(key, &pattern) || !params.GetString("reason", &reason) ||
      !params.GetStringArray("kinds", &kind_names) || !params.GetStringArray("pointers", &pointers)) {
    return nullptr;
  }
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    params.Fail(params.PointerTo(key), "RE2 cannot compile the pattern: " + re->error());
    return nullptr;
  }
  std::vector<grammars::StepKind> kinds;
  for (std::size_t i = 0; i < kind_names.size(); ++i) {
    bool found = false;
    for (grammars::StepKind k : kAllKinds) {
      if (grammars::StepKindName(k) == kind_names[i]) {
        kinds.push_back(k);
        found = true;
      }
    }
    if (!found) {
      params.Fail(AppendPointer(params.PointerTo("kinds"), i), "unknown step kind \"" + kind_names[i] + "\"");
      return nullptr;
    }
  }
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    if (!SplitPointer(pointers[i])) {
      params.Fail(AppendPointer(params.PointerTo("pointers"), i), "not a JSON Pointer: \"" + pointers[i] + "\"");
      return nullptr;
    }
  }
  return std::make_unique<PatternVerifier>(std::move(re), has_match, std::move(kinds), std::move(pointers),
                                           std::move(reason));
}

}  // namespace stepcache::checks::internal
