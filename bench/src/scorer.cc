#include "stepcache/bench/scorer.h"

#include <cmath>

#include "stepcache/checks/linear_equation.h"
#include "stepcache/grammars/segmenter.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::bench {
namespace {

Score Fail(std::string reason) { return Score{false, std::move(reason)}; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "x = 5" / "x = -3/2": the variable alone on the left, a number on the right.
bool StatesValue(std::string_view equation, const std::string& variable) {
  const std::size_t eq = equation.find('=');
  if (eq == std::string_view::npos) return false;
  return Trim(equation.substr(0, eq)) == variable &&
         checks::Rational::Parse(Trim(equation.substr(eq + 1))).has_value();
}

Score ScoreLinear(const rapidjson::Value& expect, std::string_view answer) {
  if (!expect.HasMember("variable") || !expect["variable"].IsString() ||
      !expect.HasMember("value") || !expect["value"].IsNumber()) {
    return Fail("expect needs {\"variable\": string, \"value\": number}");
  }
  const std::string variable = expect["variable"].GetString();
  const double value = expect["value"].GetDouble();
  grammars::Steps steps;
  if (!grammars::Segment(answer, grammars::Grammar::kEquations, &steps)) {
    return Fail("answer cannot be segmented");
  }
  const grammars::Step* last = nullptr;
  for (const grammars::Step& step : steps) {
    if (step.kind != grammars::StepKind::kEquation) continue;
    checks::EquationError error;
    auto eq = checks::ParseLinearEquation(step.equation, &error);
    if (!eq) return Fail("step " + std::to_string(step.index) + ": " + error.message);
    if (eq->variable.empty()) {
      // A numeric identity such as "15 = 15" is a true step; "15 = 14" is not.
      if (!eq->coefficient.is_zero() || !eq->constant.is_zero()) {
        return Fail("step " + std::to_string(step.index) + " is false: " + step.equation);
      }
      continue;
    }
    if (eq->variable != variable) {
      return Fail("step " + std::to_string(step.index) + " uses " + eq->variable);
    }
    auto solution = checks::Solve(*eq);
    if (!solution || std::fabs(solution->ToDouble() - value) > 1e-9) {
      return Fail("step " + std::to_string(step.index) + " has another solution: " + step.equation);
    }
    last = &step;
  }
  if (last == nullptr) return Fail("no equation in the answer");
  if (!StatesValue(last->equation, variable)) {
    return Fail("the last equation does not state " + variable + " = value: " + last->equation);
  }
  return Score{true, ""};
}

// Deep equality with numbers compared by value (34 == 34.0).
bool SameJson(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.IsNumber() && b.IsNumber()) return a.GetDouble() == b.GetDouble();
  if (a.GetType() != b.GetType()) return false;
  if (a.IsObject()) {
    if (a.MemberCount() != b.MemberCount()) return false;
    for (const auto& m : a.GetObject()) {
      auto it = b.FindMember(m.name);
      if (it == b.MemberEnd() || !SameJson(m.value, it->value)) return false;
    }
    return true;
  }
  if (a.IsArray()) {
    if (a.Size() != b.Size()) return false;
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i) {
      if (!SameJson(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

Score ScoreJson(const WorkloadItem& item, const rapidjson::Value& expect, std::string_view answer) {
  if (!expect.HasMember("json")) return Fail("expect needs {\"json\": value}");
  rapidjson::Document doc;
  JsonError error;
  if (!ParseJson(answer, doc, &error)) return Fail("answer is not JSON: " + error.ToString());
  if (!item.schema_json.empty()) {
    rapidjson::Document schema_doc;
    if (!ParseJson(item.schema_json, schema_doc)) return Fail("workload schema is not JSON");
    schemas::CompileError cerr;
    auto schema = schemas::Schema::Compile(schema_doc, {}, &cerr);
    if (!schema) return Fail("workload schema does not compile: " + cerr.ToString());
    auto result = schema->Validate(doc);
    if (!result.valid) {
      return Fail("answer is off-schema at " + result.errors.front().instance_location + ": " +
                  result.errors.front().message);
    }
  }
  if (!SameJson(doc, expect["json"])) return Fail("answer differs from the expected JSON");
  return Score{true, ""};
}

}  // namespace

Score ScoreAnswer(const WorkloadItem& item, std::string_view answer) {
  rapidjson::Document expect;
  if (item.expect_json.empty() || !ParseJson(item.expect_json, expect) || !expect.IsObject()) {
    return Fail("item has no usable expect");
  }
  if (item.task == "linear_equation") return ScoreLinear(expect, answer);
  if (item.task == "json_extract") return ScoreJson(item, expect, answer);
  return Fail("no scorer for task " + item.task);
}

}  // namespace stepcache::bench
