// Verifiers of JSON outputs: the schema step verifier (one validation of
// the whole output, errors attributed to the member that owns them), the
// grounding step verifier, and the parses / schema / grounding integrity
// checks.
#include <algorithm>

#include "stepcache/checks/grounding.h"
#include "stepcache/schemas/json_pointer.h"
#include "stepcache/checks/source_text.h"
#include "stated_value.h"
#include "text_chars.h"
#include "verifiers.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

constexpr std::size_t kMaxReportedFailures = 64;

// True when `prefix` is `pointer` or one of its ancestors ("/a" of "/a/b",
// not of "/ab").
bool PointerHasPrefix(std::string_view pointer, std::string_view prefix) {
  if (pointer.size() < prefix.size() || pointer.substr(0, prefix.size()) != prefix) return false;
  return pointer.size() == prefix.size() || pointer[prefix.size()] == '/';
}

// The step whose pointer is the longest ancestor-or-self of `location`.
std::size_t OwningStep(const grammars::Steps& steps, std::string_view location) {
  std::size_t best = static_cast<std::size_t>(-1);
  std::size_t best_len = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const grammars::Step& s = steps[i];
    if (s.kind != grammars::StepKind::kMember && s.kind != grammars::StepKind::kElement) continue;
    if (!PointerHasPrefix(location, s.pointer)) continue;
    if (best == static_cast<std::size_t>(-1) || s.pointer.size() > best_len) {
      best = i;
      best_len = s.pointer.size();
    }
  }
  return best;
}

bool IsMissingKeyword(const std::string& keyword) {
  return keyword == "required" || keyword == "dependentRequired" || keyword == "dependencies";
}

std::string ErrorText(const schemas::ValidationError& e) {
  return e.keyword + ": " + e.message;
}

class SchemaVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "schema"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    if (context.input == nullptr || context.input->schema == nullptr) return;  // nothing to check
    const schemas::ValidationResult* result = context.Validation();
    if (result == nullptr) {
      failures->push_back({"schema", "", "the output holds no JSON value to validate"});
      return;
    }
    const grammars::Steps& steps = *context.steps;
    if (result->errors.empty()) {
      // The usual valid output: each member's step gets the passing verdict
      // unless it has one (as MergeVerdict would), without a list of this
      // check's own verdicts to merge.
      for (std::size_t i = 0; i < steps.size(); ++i) {
        StepVerdict& v = (*verdicts)[i];
        if ((steps[i].kind == grammars::StepKind::kMember || steps[i].kind == grammars::StepKind::kElement) &&
            !v.pass.has_value()) {
          v.pass = true;
          v.reason = "schema-valid";
        }
      }
      MissingNamedMembers(context, failures);
      return;
    }
    std::vector<StepVerdict> mine(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].kind == grammars::StepKind::kMember || steps[i].kind == grammars::StepKind::kElement) {
        // (A reason short enough to need no heap copy per member.)
        mine[i] = {true, "schema-valid"};
      }
    }
    std::size_t reported = 0;
    for (const schemas::ValidationError& e : result->errors) {
      if (IsMissingKeyword(e.keyword) && !e.property.empty()) {
        // Missing members have no step to fail: the planner regenerates them
        // as new regions named by pointer.
        std::string missing = AppendPointer(e.instance_location, e.property);
        bool seen = false;
        for (const OutputFailure& f : *failures) seen = seen || (f.missing && f.pointer == missing);
        if (!seen) {
          failures->push_back({"schema", missing, "required member " + missing + " is missing", true});
        }
        continue;
      }
      std::string location = e.instance_location;
      if (!e.property.empty() && (e.keyword == "additionalProperties" ||
                                  e.keyword == "unevaluatedProperties" ||
                                  e.keyword == "propertyNames")) {
        location = AppendPointer(location, e.property);
      }
      std::size_t owner = OwningStep(steps, location);
      if (owner == static_cast<std::size_t>(-1)) {
        if (reported++ < kMaxReportedFailures) {
          failures->push_back({"schema", location, ErrorText(e) + " at \"" + location + "\""});
        }
        continue;
      }
      StepVerdict& v = mine[owner];
      if (v.pass.value_or(true)) {
        v = {false, ErrorText(e) + " at \"" + location + "\""};
      } else if (v.reason.size() < 400) {
        v.reason += "; " + ErrorText(e) + " at \"" + location + "\"";
      }
    }
    for (std::size_t i = 0; i < steps.size(); ++i) MergeVerdict(&(*verdicts)[i], std::move(mine[i]));
    MissingNamedMembers(context, failures);
  }

 private:
  // An optional member the instruction names and the text states under its
  // own label ("Extract the name, age and city" beside "Age: 46"), with a
  // value that is no placeholder ("Allergies: none"): left out, the answer
  // is incomplete, so it is regenerated like a required one. (One the
  // instruction does not name may be left out; such an answer is neither
  // stored nor reused: evidence.h.)
  static void MissingNamedMembers(CheckContext& context, std::vector<OutputFailure>* failures) {
    const rapidjson::Value* schema_json = context.input->schema_json;
    if (context.json == nullptr || !context.json->IsObject() || schema_json == nullptr || !schema_json->IsObject()) {
      return;
    }
    const auto props = schema_json->FindMember("properties");
    if (props == schema_json->MemberEnd() || !props->value.IsObject()) return;
    // Every member there, and no other key (the usual answer): none missing.
    const auto extra = schema_json->FindMember("additionalProperties");
    if (extra != schema_json->MemberEnd() && extra->value.IsFalse() &&
        context.json->MemberCount() >= props->value.MemberCount()) {
      return;
    }
    const SourceText& source = context.Source();
    const std::vector<std::string>& said = source.instruction_singular();
    for (const auto& p : props->value.GetObject()) {
      if (context.json->HasMember(p.name)) continue;
      const std::string_view key(p.name.GetString(), p.name.GetStringLength());
      const std::vector<std::string> words = LabelWords(key);
      bool named = !words.empty();
      for (const std::string& w : words) {
        named = named && (IsFillerWord(w) || std::find(said.begin(), said.end(), vocab::Singular(w)) != said.end());
      }
      if (!named) continue;
      const bool stated = std::any_of(source.fields().begin(), source.fields().end(), [&](const Field& f) {
        if (f.label_words != words || f.value.empty() || vocab::IsPlaceholder(f.value)) return false;
        bool said = false;
        return !(ReadBool(Core(f.value), &said) && !said);  // "Allergies: none", "Tags: no"
      });
      if (!stated) continue;
      const std::string missing = AppendPointer("", key);
      bool seen = false;
      for (const OutputFailure& f : *failures) seen = seen || (f.missing && f.pointer == missing);
      if (!seen) {
        failures->push_back({"schema", missing, "member " + missing + " is missing: the request names it and the text "
                             "states it", true});
      }
    }
  }
};

// ResolvePointer, with a step's usual pointer — one member name without
// escapes, under an object — looked up without splitting it.
const rapidjson::Value* ResolveStep(CheckContext& context, const std::string& pointer, std::size_t* cursor) {
  const rapidjson::Value& root = *context.json;
  const bool plain = pointer.size() >= 1 && pointer[0] == '/' && root.IsObject() &&
                     !HoldsEither(std::string_view(pointer).substr(1), '/', '~');
  if (plain) return context.TopMember(std::string_view(pointer).substr(1), cursor);
  return ResolvePointer(root, pointer);
}

std::string JoinReasons(const std::vector<UngroundedValue>& bad, std::string_view step_pointer) {
  std::string out;
  for (std::size_t i = 0; i < bad.size() && i < 3; ++i) {
    if (!out.empty()) out += "; ";
    out += bad[i].reason;
    if (bad[i].pointer != step_pointer) out += " (at " + bad[i].pointer + ")";
  }
  if (bad.size() > 3) out += "; and " + std::to_string(bad.size() - 3) + " more";
  return out;
}

bool Skipped(const std::vector<std::string>& skip, std::string_view pointer) {
  for (const std::string& s : skip) {
    if (PointerHasPrefix(pointer, s)) return true;
  }
  return false;
}

class GroundingVerifier final : public StepVerifier {
 public:
  GroundingVerifier(GroundingOptions options, std::vector<std::string> skip)
      : options_(options), skip_(std::move(skip)) {}
  std::string_view name() const override { return "grounding"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    if (context.json == nullptr) return;
    const GroundingSource& source = context.Grounding(options_);
    const grammars::Steps& steps = *context.steps;
    std::vector<UngroundedValue> bad;
    CheckContext::GroundingWalk walk;
    walk.options = options_;
    walk.skip = skip_;
    std::size_t top_level = 0;
    std::size_t cursor = 0;  // CheckContext::TopMember
    std::string scratch;     // FindUngrounded's, shared by every step
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& s = steps[i];
      if (s.kind != grammars::StepKind::kMember && s.kind != grammars::StepKind::kElement) continue;
      // A pointer with exactly one token names a top-level member/element.
      if (!s.pointer.empty() && !HoldsEither(std::string_view(s.pointer).substr(1), '/', '/')) ++top_level;
      if (!skip_.empty() && Skipped(skip_, s.pointer)) continue;
      const rapidjson::Value* value = ResolveStep(context, s.pointer, &cursor);
      if (value == nullptr) continue;
      bad.clear();
      std::size_t examined = FindUngrounded(*value, s.pointer, source, &bad, &scratch, context.number_texts);
      if (!skip_.empty()) {
        bad.erase(std::remove_if(bad.begin(), bad.end(),
                                 [&](const UngroundedValue& u) { return Skipped(skip_, u.pointer); }),
                  bad.end());
      }
      if (!bad.empty()) {
        MergeVerdict(&(*verdicts)[i], {false, JoinReasons(bad, s.pointer)});
        walk.failures.insert(walk.failures.end(), bad.begin(), bad.end());
      } else if (examined > 0 && !(*verdicts)[i].pass.has_value()) {
        // (A step that already has a verdict keeps it: MergeVerdict would
        // drop this passing one, so it is not built.)
        MergeVerdict(&(*verdicts)[i], {true, "grounded in the source text"});
      }
    }
    const rapidjson::Value& root = *context.json;
    std::size_t children = root.IsObject() ? root.MemberCount() : root.IsArray() ? root.Size() : 0;
    // Only a one-level segmentation visits each value exactly once.
    walk.valid = (root.IsObject() || root.IsArray()) && top_level == children &&
                 top_level == CountMembers(steps);
    if (walk.valid) context.grounding_walk = std::move(walk);
  }

 private:
  static std::size_t CountMembers(const grammars::Steps& steps) {
    std::size_t n = 0;
    for (const grammars::Step& s : steps) {
      n += s.kind == grammars::StepKind::kMember || s.kind == grammars::StepKind::kElement;
    }
    return n;
  }

  GroundingOptions options_;
  std::vector<std::string> skip_;
};

class ParsesIntegrity final : public IntegrityVerifier {
 public:
  std::string_view name() const override { return "parses"; }
  void Run(CheckContext& context, std::vector<OutputFailure>* failures) const override {
    // The json grammar needs a parsed value; other grammars need a step.
    if (context.json == nullptr && context.steps->empty()) {
      failures->push_back({"parses", "", "the output holds nothing to check"});
    }
  }
};

class SchemaIntegrity final : public IntegrityVerifier {
 public:
  std::string_view name() const override { return "schema"; }
  void Run(CheckContext& context, std::vector<OutputFailure>* failures) const override {
    if (context.input == nullptr || context.input->schema == nullptr) return;
    const schemas::ValidationResult* result = context.Validation();
    if (result == nullptr) {
      failures->push_back({"schema", "", "the output holds no JSON value to validate"});
      return;
    }
    std::size_t n = 0;
    for (const schemas::ValidationError& e : result->errors) {
      if (n++ >= kMaxReportedFailures) break;
      std::string pointer = IsMissingKeyword(e.keyword) && !e.property.empty()
                                ? AppendPointer(e.instance_location, e.property)
                                : e.instance_location;
      failures->push_back({"schema", pointer, ErrorText(e) + " at \"" + e.instance_location + "\"",
                           IsMissingKeyword(e.keyword) && !e.property.empty()});
    }
  }
};

class GroundingIntegrity final : public IntegrityVerifier {
 public:
  GroundingIntegrity(GroundingOptions options, std::vector<std::string> skip)
      : options_(options), skip_(std::move(skip)) {}
  std::string_view name() const override { return "grounding"; }
  void Run(CheckContext& context, std::vector<OutputFailure>* failures) const override {
    if (context.json == nullptr) {
      failures->push_back({"grounding", "", "the output holds no JSON value to ground"});
      return;
    }
    std::vector<UngroundedValue> walked;
    const CheckContext::GroundingWalk& w = context.grounding_walk;
    bool reuse = w.valid && w.skip == skip_ && context.Grounding(options_).SameOptions(w.options);
    if (!reuse) {
      std::string scratch;
      FindUngrounded(*context.json, "", context.Grounding(options_), &walked, &scratch, context.number_texts);
    }
    const std::vector<UngroundedValue>& bad = reuse ? w.failures : walked;
    std::size_t n = 0;
    for (const UngroundedValue& u : bad) {
      if (Skipped(skip_, u.pointer)) continue;
      if (n++ >= kMaxReportedFailures) break;
      failures->push_back({"grounding", u.pointer, u.reason});
    }
  }

 private:
  GroundingOptions options_;
  std::vector<std::string> skip_;
};

}  // namespace

bool ReadGroundingOptions(ParamObject& params, GroundingOptions* options,
                          std::vector<std::string>* skip) {
  if (!params.OnlyKeys({"check", "case_insensitive", "normalize_whitespace", "numbers", "strings",
                        "booleans", "min_string_length", "skip"})) {
    return false;
  }
  int min_length = static_cast<int>(options->min_string_length);
  if (!params.GetBool("case_insensitive", &options->case_insensitive) ||
      !params.GetBool("normalize_whitespace", &options->normalize_whitespace) ||
      !params.GetBool("numbers", &options->check_numbers) ||
      !params.GetBool("strings", &options->check_strings) ||
      !params.GetBool("booleans", &options->check_booleans) ||
      !params.GetInt("min_string_length", &min_length, 0, 1 << 20) ||
      !params.GetStringArray("skip", skip)) {
    return false;
  }
  options->min_string_length = static_cast<std::size_t>(min_length);
  for (std::size_t i = 0; i < skip->size(); ++i) {
    const std::string& p = (*skip)[i];
    if (!SplitPointer(p)) {
      return params.Fail(AppendPointer(params.PointerTo("skip"), i), "not a JSON Pointer: \"" + p + "\"");
    }
  }
  return true;
}

std::unique_ptr<StepVerifier> MakeSchemaVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<SchemaVerifier>();
}

std::unique_ptr<StepVerifier> MakeGroundingVerifier(ParamObject& params) {
  GroundingOptions options;
  std::vector<std::string> skip;
  if (!ReadGroundingOptions(params, &options, &skip)) return nullptr;
  return std::make_unique<GroundingVerifier>(options, std::move(skip));
}

std::unique_ptr<IntegrityVerifier> MakeParsesIntegrity(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<ParsesIntegrity>();
}

std::unique_ptr<IntegrityVerifier> MakeSchemaIntegrity(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<SchemaIntegrity>();
}

std::unique_ptr<IntegrityVerifier> MakeGroundingIntegrity(ParamObject& params) {
  GroundingOptions options;
  std::vector<std::string> skip;
  if (!ReadGroundingOptions(params, &options, &skip)) return nullptr;
  return std::make_unique<GroundingIntegrity>(options, std::move(skip));
}

}  // namespace stepcache::checks::internal
