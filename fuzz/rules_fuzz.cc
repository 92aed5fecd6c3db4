// TaskRules on arbitrary bytes: Load never crashes (a bad document is an
// error with a pointer), and Check of the built-in tasks never crashes on
// any output. The first byte picks the mode.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "stepcache/checks/rules.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace {

void Require(bool ok) {
  if (!ok) std::abort();
}

struct Fixture {
  Fixture() {
    linear = stepcache::checks::TaskRules::LoadBuiltin("linear_equation");
    json = stepcache::checks::TaskRules::LoadBuiltin("json_extract");
    Require(linear && json);
    Require(stepcache::ParseJson(R"({"type": "object", "properties": {"name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0}, "tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["name", "age"], "additionalProperties": false})",
                                 schema_doc));
    schema = stepcache::schemas::Schema::Compile(schema_doc);
    Require(schema != nullptr);
  }
  std::unique_ptr<stepcache::checks::TaskRules> linear, json;
  rapidjson::Document schema_doc;
  std::unique_ptr<stepcache::schemas::Schema> schema;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture* fixture = new Fixture();
  if (size == 0 || size > 65536) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  stepcache::checks::TaskInput input;
  switch (data[0] % 3) {
    case 0: {
      stepcache::checks::RulesError error;
      std::unique_ptr<stepcache::checks::TaskRules> rules = stepcache::checks::TaskRules::Load(rest, &error);
      if (!rules) {
        Require(!error.message.empty());
        return 0;
      }
      input.prompt = "Solve for x: 3x + 5 = 20. Text: Ada is 36.";
      (void)rules->Check(input, "Step 1: 3x + 5 = 20\nx = 5\n{\"name\": \"Ada\", \"age\": 36}");
      break;
    }
    case 1: {
      input.prompt = "Solve for x: 3x + 5 = 20. Show each step.";
      stepcache::checks::CheckResult r = fixture->linear->Check(input, rest);
      Require(r.verdicts.size() == r.steps.size());
      (void)stepcache::checks::CheckResultToJson(r);
      break;
    }
    default: {
      input.prompt = "Extract name, age and tags. Text: Ada Byron, 36, tags: math, poetry.";
      input.schema = fixture->schema.get();
      input.schema_json = &fixture->schema_doc;
      stepcache::checks::CheckResult r = fixture->json->Check(input, rest);
      Require(r.verdicts.size() == r.steps.size());
      for (std::size_t i : r.failing_steps) Require(i < r.steps.size());
      (void)stepcache::checks::CheckResultToJson(r);
      break;
    }
  }
  return 0;
}
