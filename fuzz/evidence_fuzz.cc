// Prompts and model answers are untrusted bytes: the prompt reader
// (SourceText), evidence comparison between two prompts, instruction
// comparison and the json_extract / linear_equation checks must never crash,
// and every token and field they report must be an in-bounds span.
//
// Input layout: old prompt, new prompt, answer and (optionally) the
// request's JSON Schema, separated by NUL bytes; the schema's strings are
// read for conditions (schema_condition.h) when the answer is stored.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/rules.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json.h"

namespace {

void Require(bool ok) {
  if (!ok) std::abort();
}

void CheckSpans(const stepcache::checks::SourceText& s) {
  const std::size_t n = s.prompt().size();
  for (const auto& t : s.tokens()) Require(t.begin < t.end && t.end <= n);
  for (const auto& f : s.fields()) {
    Require(f.label_begin <= f.label_end && f.label_end <= n);
    Require(f.value_begin <= f.value_end && f.value_end <= n);
    Require(f.record < s.records().size());
  }
  for (const auto& [b, e] : s.source_ranges()) Require(b <= e && e <= n);
  if (s.selected_record()) Require(*s.selected_record() < s.records().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view parts[4];
  for (int i = 0; i < 4; ++i) {
    const std::size_t cut = i < 3 ? in.find('\0') : std::string_view::npos;
    parts[i] = in.substr(0, cut);
    in = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);
  }
  using namespace stepcache::checks;
  SourceText old_source(parts[0]), new_source(parts[1]);
  CheckSpans(old_source);
  CheckSpans(new_source);
  LicensedChanges all{true, true, true};
  CompareInstructions(old_source.instruction_words(), new_source.instruction_words(), all, "x", "y");

  static const std::unique_ptr<TaskRules> json_rules = TaskRules::LoadBuiltin("json_extract");
  static const std::unique_ptr<TaskRules> math_rules = TaskRules::LoadBuiltin("linear_equation");
  Require(json_rules && math_rules);
  TaskInput input;
  input.prompt = parts[1];
  input.source = &new_source;
  CheckResult r = json_rules->Check(input, parts[2]);
  Require(r.verdicts.size() == r.steps.size());
  json_rules->ReuseBlocked(parts[0], input);
  TaskInput math;
  math.prompt = parts[1];
  CheckResult m = math_rules->Check(math, parts[2]);
  Require(m.verdicts.size() == m.steps.size());
  math_rules->ReuseBlocked(parts[0], math);

  rapidjson::Document answer;
  if (stepcache::ParseJson(parts[2], answer) && answer.IsObject()) {
    rapidjson::Document schema;
    const bool has_schema = stepcache::ParseJson(parts[3], schema) && schema.IsObject();
    std::vector<MemberEvidence> evidence = FindEvidence(old_source, answer, has_schema ? &schema : nullptr);
    for (const MemberEvidence& e : evidence) {
      if (e.occurrences > 0) Require(e.value_end <= parts[0].size() && e.anchor_end <= parts[0].size());
    }
    EvidenceToJson(evidence);
    std::vector<MemberReuse> reuse = CompareEvidence(old_source, new_source, answer, has_schema ? &schema : nullptr);
    Require(reuse.size() == answer.MemberCount());
  }
  return 0;
}
