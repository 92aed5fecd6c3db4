// TaskRules::Load*: a rules document → compiled verifiers, with errors
// that name the JSON Pointer at fault.
#include <algorithm>
#include <fstream>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"
#include "task_rules_impl.h"

namespace stepcache::checks {
namespace {

using internal::ParamObject;

// Rules files are small; these limits keep a hostile one cheap.
constexpr std::size_t kMaxRulesBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxRulesDepth = 32;
constexpr std::size_t kMaxChecks = 256;

bool ValidTaskName(std::string_view name) {
  if (name.empty() || name.size() > 128) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool ReadSegmentation(ParamObject& seg, TaskRules::Impl* impl) {
  std::string grammar;
  int depth = 1;
  if (!seg.OnlyKeys({"grammar", "json_depth"}) || !seg.RequireString("grammar", &grammar) ||
      !seg.GetInt("json_depth", &depth, 1, 64)) {
    return false;
  }
  std::optional<grammars::Grammar> g = grammars::GrammarFromName(grammar);
  if (!g) {
    return seg.Fail(seg.PointerTo("grammar"),
                    "unknown grammar \"" + grammar + "\" (expected json, equations, markdown or lines)");
  }
  impl->grammar = *g;
  impl->segment_options.json_depth = static_cast<std::size_t>(depth);
  return true;
}

template <typename T, typename Factory>
bool ReadCheckList(const rapidjson::Value& list, const std::string& pointer, RulesError* error,
                   Factory make, std::vector<std::unique_ptr<T>>* out) {
  ParamObject whole(list, pointer, error);
  if (!list.IsArray()) return whole.Fail(pointer, "must be an array of check objects");
  if (list.Size() > kMaxChecks) return whole.Fail(pointer, "more than " + std::to_string(kMaxChecks) + " checks");
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    std::string item_pointer = AppendPointer(pointer, i);
    if (!list[i].IsObject()) return whole.Fail(item_pointer, "must be an object with a \"check\" member");
    ParamObject params(list[i], item_pointer, error);
    std::string check;
    if (!params.RequireString("check", &check)) return false;
    bool known = true;
    std::unique_ptr<T> made = make(check, params, &known);
    if (!known) return params.Fail(params.PointerTo("check"), "unknown check \"" + check + "\"");
    if (!made) return false;
    out->push_back(std::move(made));
  }
  return true;
}

std::unique_ptr<StepVerifier> MakeStepVerifier(const std::string& check, ParamObject& params, bool* known) {
  if (check == "linear_equation") return internal::MakeLinearEquationVerifier(params);
  if (check == "numeric_consistency") return internal::MakeNumericConsistencyVerifier(params);
  if (check == "grounding") return internal::MakeGroundingVerifier(params);
  if (check == "schema") return internal::MakeSchemaVerifier(params);
  if (check == "pattern") return internal::MakePatternVerifier(params);
  if (check == "labeled_fields") return internal::MakeLabeledFieldVerifier(params);
  if (check == "request_meaning") return internal::MakeRequestMeaningVerifier(params);
  *known = false;
  return nullptr;
}

std::unique_ptr<internal::IntegrityVerifier> MakeIntegrity(const std::string& check, ParamObject& params,
                                                           bool* known) {
  if (check == "parses") return internal::MakeParsesIntegrity(params);
  if (check == "schema") return internal::MakeSchemaIntegrity(params);
  if (check == "grounding") return internal::MakeGroundingIntegrity(params);
  if (check == "final_answer") return internal::MakeFinalAnswerIntegrity(params);
  *known = false;
  return nullptr;
}

bool ReadPatch(ParamObject& patch, PatchPolicy* policy) {
  std::string fallback = "none";
  if (!patch.OnlyKeys({"max_attempts", "fallback", "local_repair"}) ||
      !patch.GetInt("max_attempts", &policy->max_attempts, 0, 16) ||
      !patch.GetString("fallback", &fallback) || !patch.GetBool("local_repair", &policy->local_repair)) {
    return false;
  }
  if (fallback == "none") {
    policy->fallback = PatchFallback::kNone;
  } else if (fallback == "solver") {
    policy->fallback = PatchFallback::kSolver;
  } else if (fallback == "backend_repair") {
    policy->fallback = PatchFallback::kBackendRepair;
  } else {
    return patch.Fail(patch.PointerTo("fallback"),
                      "unknown fallback \"" + fallback + "\" (expected none, solver or backend_repair)");
  }
  return true;
}

bool ReadSkip(const rapidjson::Value& list, const std::string& pointer, RulesError* error,
              std::vector<SkipCondition>* out) {
  ParamObject whole(list, pointer, error);
  if (!list.IsArray()) return whole.Fail(pointer, "must be an array of conditions");
  if (list.Size() > kMaxChecks) return whole.Fail(pointer, "too many conditions");
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    std::string item_pointer = AppendPointer(pointer, i);
    if (!list[i].IsObject()) return whole.Fail(item_pointer, "must be an object with a \"when\" member");
    ParamObject c(list[i], item_pointer, error);
    std::string when;
    if (!c.RequireString("when", &when)) return false;
    SkipCondition cond;
    if (when == "equation_shape_changed") {
      cond.when = SkipWhen::kEquationShapeChanged;
      if (!c.OnlyKeys({"when"})) return false;
    } else if (when == "source_text_changed") {
      cond.when = SkipWhen::kSourceTextChanged;
      if (!c.OnlyKeys({"when", "min_similarity"}) ||
          !c.GetNumber("min_similarity", &cond.min_similarity, 0.0, 1.0)) {
        return false;
      }
    } else if (when == "instruction_changed") {
      cond.when = SkipWhen::kInstructionChanged;
      std::vector<std::string> licensed;
      if (!c.OnlyKeys({"when", "licensed"}) || !c.GetStringArray("licensed", &licensed)) return false;
      for (std::size_t k = 0; k < licensed.size(); ++k) {
        const std::string& name = licensed[k];
        if (name == "paraphrase") cond.licensed.paraphrase = true;
        else if (name == "formatting") cond.licensed.formatting = true;
        else if (name == "renamed_variable") cond.licensed.renamed_variable = true;
        else if (name == "unrelated_sentence") cond.licensed.unrelated_sentence = true;
        else {
          return c.Fail(AppendPointer(c.PointerTo("licensed"), k),
                        "unknown licensed change \"" + name + "\" (expected paraphrase, formatting, renamed_variable or unrelated_sentence)");
        }
      }
    } else if (when == "failing_fraction_above") {
      cond.when = SkipWhen::kFailingFractionAbove;
      if (!c.OnlyKeys({"when", "max"}) || !c.GetNumber("max", &cond.max, 0.0, 1.0)) return false;
    } else {
      return c.Fail(c.PointerTo("when"), "unknown condition \"" + when +
                                             "\" (expected equation_shape_changed, source_text_changed, "
                                             "instruction_changed or failing_fraction_above)");
    }
    out->push_back(cond);
  }
  return true;
}

bool ReadRetrieval(ParamObject& r, RetrievalHints* hints) {
  if (!r.OnlyKeys({"min_similarity", "same_schema", "slots"}) ||
      !r.GetNumber("min_similarity", &hints->min_similarity, 0.0, 1.0) ||
      !r.GetBool("same_schema", &hints->same_schema) || !r.GetString("slots", &hints->slots)) {
    return false;
  }
  if (hints->slots != "numbers" && hints->slots != "source_text" && hints->slots != "none") {
    return r.Fail(r.PointerTo("slots"), "unknown slots \"" + hints->slots +
                                            "\" (expected numbers, source_text or none)");
  }
  return true;
}

const rapidjson::Value* Member(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

}  // namespace

std::string RulesError::ToString() const {
  std::string out;
  if (!source.empty()) out = source + ": ";
  out += message;
  if (!pointer.empty()) out += " at " + pointer;
  return out;
}

TaskRules::TaskRules(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TaskRules::~TaskRules() = default;

std::unique_ptr<TaskRules> TaskRules::Load(std::string_view json_text, RulesError* error) {
  RulesError local;
  RulesError* err = error != nullptr ? error : &local;
  rapidjson::Document doc;
  JsonError json_error;
  JsonLimits limits;
  limits.max_bytes = kMaxRulesBytes;
  limits.max_depth = kMaxRulesDepth;
  if (!ParseJson(json_text, doc, &json_error, limits)) {
    err->pointer.clear();
    err->message = "not valid JSON: " + json_error.ToString();
    return nullptr;
  }
  ParamObject root(doc, "", err);
  if (!doc.IsObject()) {
    root.Fail("", "a rules file must be a JSON object");
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  if (!root.OnlyKeys({"$comment", "task", "description", "segmentation", "steps", "integrity", "patch",
                      "skip_reuse", "retrieval", "reuse", "version"}) ||
      !root.RequireString("task", &impl->name) || !root.GetString("description", &impl->description)) {
    return nullptr;
  }
  if (!ValidTaskName(impl->name)) {
    root.Fail("/task", "task names are 1-128 characters of A-Z a-z 0-9 _ -");
    return nullptr;
  }
  int version = 1;
  if (!root.GetInt("version", &version, 1, 1)) return nullptr;
  const rapidjson::Value* seg = Member(doc, "segmentation");
  if (seg == nullptr) {
    root.Fail("", "missing required member \"segmentation\"");
    return nullptr;
  }
  if (!seg->IsObject()) {
    root.Fail("/segmentation", "must be an object with a \"grammar\" member");
    return nullptr;
  }
  ParamObject seg_params(*seg, "/segmentation", err);
  if (!ReadSegmentation(seg_params, impl.get())) return nullptr;
  if (const rapidjson::Value* steps = Member(doc, "steps")) {
    if (!ReadCheckList(*steps, "/steps", err, MakeStepVerifier, &impl->verifiers)) return nullptr;
  }
  if (const rapidjson::Value* integrity = Member(doc, "integrity")) {
    if (!ReadCheckList(*integrity, "/integrity", err, MakeIntegrity, &impl->integrity)) return nullptr;
  }
  if (const rapidjson::Value* patch = Member(doc, "patch")) {
    if (!patch->IsObject()) {
      root.Fail("/patch", "must be an object");
      return nullptr;
    }
    ParamObject p(*patch, "/patch", err);
    if (!ReadPatch(p, &impl->patch)) return nullptr;
  }
  if (const rapidjson::Value* skip = Member(doc, "skip_reuse")) {
    if (!ReadSkip(*skip, "/skip_reuse", err, &impl->skip)) return nullptr;
  }
  if (const rapidjson::Value* reuse = Member(doc, "reuse")) {
    if (!reuse->IsObject()) {
      root.Fail("/reuse", "must be an object");
      return nullptr;
    }
    ParamObject r(*reuse, "/reuse", err);
    if (!r.OnlyKeys({"evidence"}) || !r.GetBool("evidence", &impl->reuse.evidence)) return nullptr;
  }
  if (const rapidjson::Value* retrieval = Member(doc, "retrieval")) {
    if (!retrieval->IsObject()) {
      root.Fail("/retrieval", "must be an object");
      return nullptr;
    }
    ParamObject r(*retrieval, "/retrieval", err);
    if (!ReadRetrieval(r, &impl->retrieval)) return nullptr;
  }
  return std::unique_ptr<TaskRules>(new TaskRules(std::move(impl)));
}

std::vector<std::string> TaskRules::BuiltinNames() {
  std::vector<std::string> names;
  for (const internal::BuiltinRule& r : internal::BuiltinRules()) names.emplace_back(r.name);
  return names;
}

std::string_view TaskRules::BuiltinText(std::string_view name) {
  for (const internal::BuiltinRule& r : internal::BuiltinRules()) {
    if (r.name == name) return r.text;
  }
  return {};
}

std::unique_ptr<TaskRules> TaskRules::LoadBuiltin(std::string_view name, RulesError* error) {
  RulesError local;
  RulesError* err = error != nullptr ? error : &local;
  std::string_view text = BuiltinText(name);
  if (text.empty()) {
    std::string known;
    for (const std::string& n : BuiltinNames()) known += (known.empty() ? "" : ", ") + n;
    *err = {"no built-in rules named \"" + std::string(name) + "\" (built in: " + known + ")", "", ""};
    return nullptr;
  }
  std::unique_ptr<TaskRules> rules = Load(text, err);
  if (!rules) err->source = "built-in rules " + std::string(name);
  return rules;
}

std::unique_ptr<TaskRules> TaskRules::LoadFromDir(const std::string& dir, std::string_view name,
                                                  RulesError* error) {
  RulesError local;
  RulesError* err = error != nullptr ? error : &local;
  if (!ValidTaskName(name)) {
    *err = {"task names are 1-128 characters of A-Z a-z 0-9 _ -: \"" + std::string(name) + "\"", "", ""};
    return nullptr;
  }
  std::string path = dir.empty() ? std::string(name) + ".json" : dir + "/" + std::string(name) + ".json";
  std::string text, read_error;
  if (!ReadFile(path, &text, &read_error)) {
    *err = {read_error, "", path};
    return nullptr;
  }
  std::unique_ptr<TaskRules> rules = Load(text, err);
  if (!rules) {
    err->source = path;
    return nullptr;
  }
  if (rules->name() != name) {
    *err = {"the file's task \"" + rules->name() + "\" does not match its name \"" + std::string(name) + "\"",
            "/task", path};
    return nullptr;
  }
  return rules;
}

std::unique_ptr<TaskRules> TaskRules::LoadNamed(const std::string& dir, std::string_view name,
                                                RulesError* error) {
  if (!dir.empty() && ValidTaskName(name)) {
    std::ifstream probe(dir + "/" + std::string(name) + ".json");
    if (probe.good()) return LoadFromDir(dir, name, error);
  }
  return LoadBuiltin(name, error);
}

const std::string& TaskRules::name() const { return impl_->name; }
grammars::Grammar TaskRules::grammar() const { return impl_->grammar; }
const grammars::SegmentOptions& TaskRules::segment_options() const { return impl_->segment_options; }
const PatchPolicy& TaskRules::patch() const { return impl_->patch; }
const std::vector<SkipCondition>& TaskRules::skip_conditions() const { return impl_->skip; }
const RetrievalHints& TaskRules::retrieval() const { return impl_->retrieval; }
const ReusePolicy& TaskRules::reuse() const { return impl_->reuse; }

std::vector<std::string> TaskRules::verifier_names() const {
  std::vector<std::string> out;
  for (const auto& v : impl_->verifiers) out.emplace_back(v->name());
  return out;
}

std::vector<std::string> TaskRules::integrity_names() const {
  std::vector<std::string> out;
  for (const auto& v : impl_->integrity) out.emplace_back(v->name());
  return out;
}

}  // namespace stepcache::checks
