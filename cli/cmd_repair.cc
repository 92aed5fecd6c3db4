// `stepcache repair [--schema S.json] [--log FILE] [FILE|-]`: local JSON
// repair of a model answer (stepcache::checks::RepairJson), repaired JSON on
// stdout, the repair log as JSON lines in FILE (`-` = stderr); a fix that
// guessed carries `"uncertain":true` and the JSON Pointer of the member in doubt.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "command.h"
#include "stepcache/checks/json_repair.h"
#include "stepcache/schemas/json.h"

namespace stepcache::cli {
namespace {

struct RepairArgs {
  std::string input = "-";
  std::string schema_path;
  std::string log_path;
};

int RunRepair(const RepairArgs& args) {
  std::string text;
  const std::string name = args.input == "-" ? "<stdin>" : args.input;
  if (args.input == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::string error;
    if (!ReadFile(args.input, &text, &error)) return BadInput(error);
  }

  checks::RepairOptions options;
  rapidjson::Document schema;
  if (!args.schema_path.empty()) {
    std::string schema_text, error;
    if (!ReadFile(args.schema_path, &schema_text, &error)) return BadInput(error);
    JsonError json_error;
    if (!ParseJson(schema_text, schema, &json_error)) {
      return BadInput(args.schema_path + ": invalid JSON: " + json_error.ToString());
    }
    if (!schema.IsObject() && !schema.IsBool()) {
      return BadInput(args.schema_path + ": a schema must be an object or a boolean");
    }
    options.schema = &schema;
  }

  checks::RepairResult result;
  checks::RepairError error;
  if (!checks::RepairJson(text, &result, &error, options)) {
    return BadInput(name + ": cannot repair: " + error.ToString());
  }

  if (!args.log_path.empty()) {
    const std::string lines = checks::RepairLogToJsonLines(result.log);
    if (args.log_path == "-") {
      std::cerr << lines;
    } else {
      std::ofstream log(args.log_path, std::ios::binary | std::ios::trunc);
      log << lines;
      if (!log) {
        std::cerr << "stepcache: " << args.log_path << ": cannot write the repair log\n";
        return kExitFail;
      }
    }
  }
  std::cout << result.json;
  if (result.json.empty() || result.json.back() != '\n') std::cout << '\n';
  std::cout.flush();
  return std::cout ? kExitOk : kExitFail;
}

const RegisterCommand kRepair(
    "repair", "Repair a model's almost-JSON answer locally and print valid JSON",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<RepairArgs>();
      app.add_option("input", args->input, "Answer to repair (FILE, or - for stdin)");
      app.add_option("--schema", args->schema_path,
                     "JSON Schema guiding type coercion and forbidden members");
      app.add_option("--log", args->log_path,
                     "Write the repair log as JSON lines to FILE (- for stderr); guesses "
                     "carry \"uncertain\":true and the member's JSON \"pointer\"");
      return [args] { return RunRepair(*args); };
    });

}  // namespace
}  // namespace stepcache::cli
