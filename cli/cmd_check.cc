// `stepcache check`: runs a task's step verifiers and integrity checks on one
// model output and prints the verdict per step as one JSON line.
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "command.h"
#include "stepcache/checks/rules.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::cli {
namespace {

struct CheckArgs {
  std::string task;
  std::string prompt_path;
  std::string schema_path;
  std::string rules_dir;
  std::string output_path = "-";
};

bool ReadInput(const std::string& path, std::string* text, std::string* error) {
  if (path != "-") return ReadFile(path, text, error);
  text->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (std::cin.bad()) {
    *error = "-: cannot read standard input";
    return false;
  }
  return true;
}

int RunCheck(const CheckArgs& args) {
  checks::RulesError rules_error;
  std::unique_ptr<checks::TaskRules> rules =
      checks::TaskRules::LoadNamed(args.rules_dir, args.task, &rules_error);
  if (!rules) return BadInput("--task " + args.task + ": " + rules_error.ToString());

  std::string prompt, error;
  if (!ReadFile(args.prompt_path, &prompt, &error)) return BadInput(error);

  rapidjson::Document schema_doc;
  std::unique_ptr<schemas::Schema> schema;
  if (!args.schema_path.empty()) {
    std::string schema_text;
    if (!ReadFile(args.schema_path, &schema_text, &error)) return BadInput(error);
    JsonError json_error;
    if (!ParseJson(schema_text, schema_doc, &json_error)) {
      return BadInput(args.schema_path + ": " + json_error.ToString());
    }
    schemas::CompileError compile_error;
    schema = schemas::Schema::Compile(schema_doc, checks::ResponseSchemaOptions(), &compile_error);
    if (!schema) return BadInput(args.schema_path + ": " + compile_error.ToString());
  }

  std::string output;
  if (!ReadInput(args.output_path, &output, &error)) return BadInput(error);

  checks::TaskInput input;
  input.prompt = prompt;
  input.schema = schema.get();
  input.schema_json = schema ? &schema_doc : nullptr;
  checks::CheckResult result = rules->Check(input, output);
  std::cout << checks::CheckResultToJson(result) << "\n";
  return result.pass ? kExitOk : kExitFail;
}

const RegisterCommand kCheck(
    "check", "Check a model output step by step against a task's rules",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<CheckArgs>();
      app.add_option("--task", args->task, "Task name (a rules file: built in, or in --rules DIR)")
          ->required();
      app.add_option("--prompt", args->prompt_path, "File holding the request's prompt")->required();
      app.add_option("--schema", args->schema_path, "The request's response JSON Schema");
      app.add_option("--rules", args->rules_dir, "Directory of <task>.json rules overriding the built-in ones");
      app.add_option("output", args->output_path, "The model output to check (- for standard input)");
      return [args] { return RunCheck(*args); };
    });

}  // namespace
}  // namespace stepcache::cli
