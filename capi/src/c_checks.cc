// The C API's local JSON repair and task checks.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "c_util.h"
#include "stepcache/c.h"
#include "stepcache/checks/json_repair.h"
#include "stepcache/checks/rules.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::capi {
namespace {

// RepairLogToJsonLines writes one compact object per line; the C API hands
// out one JSON array.
std::string LogToJsonArray(const std::vector<checks::RepairFix>& log) {
  const std::string lines = checks::RepairLogToJsonLines(log);
  std::string array = "[";
  std::size_t start = 0;
  while (start < lines.size()) {
    std::size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    if (end > start) {
      if (array.size() > 1) array += ',';
      array.append(lines, start, end - start);
    }
    start = end + 1;
  }
  array += ']';
  return array;
}

// Built-in rules compile once per process: a post-hook checking every
// cached answer should not recompile patterns per call. The set of built-in
// names is fixed, so the cache is bounded; TaskRules is immutable and
// thread-safe, so one instance serves every thread.
std::shared_ptr<const checks::TaskRules> BuiltinRules(std::string_view name,
                                                      checks::RulesError* error) {
  static std::mutex* mu = new std::mutex;  // never destroyed: usable during exit
  static auto* cache = new std::map<std::string, std::shared_ptr<const checks::TaskRules>>;
  std::lock_guard<std::mutex> lock(*mu);
  auto it = cache->find(std::string(name));
  if (it != cache->end()) return it->second;
  std::shared_ptr<const checks::TaskRules> rules = checks::TaskRules::LoadBuiltin(name, error);
  if (rules) cache->emplace(std::string(name), rules);
  return rules;
}

char* Repair(const char* text, const char* schema_json, char** log) {
  if (!text) {
    PutError(log, "text is NULL");
    return nullptr;
  }
  std::string message;
  checks::RepairOptions options;
  rapidjson::Document schema;
  if (schema_json) {
    if (!JsonArg(schema_json, "schema_json", &schema, &message)) {
      PutError(log, message);
      return nullptr;
    }
    if (!schema.IsObject() && !schema.IsBool()) {
      PutError(log, "schema_json: a schema must be an object or a boolean");
      return nullptr;
    }
    options.schema = &schema;
  }
  checks::RepairResult result;
  checks::RepairError error;
  if (!checks::RepairJson(text, &result, &error, options)) {
    PutError(log, "text: cannot repair: " + error.ToString());
    return nullptr;
  }
  const std::string log_json = log ? LogToJsonArray(result.log) : std::string();
  char* repaired = NewString(result.json);
  if (!repaired) {
    Clear(log);
    return nullptr;
  }
  Put(log, log_json);
  return repaired;
}

int Check(const char* task, const char* prompt, const char* schema_json, const char* output,
          char** verdict) {
  std::string message;
  std::string_view task_name, prompt_text, output_text;
  if (!TextArg(task, "task", &task_name, &message) ||
      !TextArg(prompt, "prompt", &prompt_text, &message) ||
      !TextArg(output, "output", &output_text, &message)) {
    PutError(verdict, message);
    return -1;
  }
  checks::RulesError rules_error;
  std::shared_ptr<const checks::TaskRules> rules = BuiltinRules(task_name, &rules_error);
  if (!rules) {
    PutError(verdict, "task: " + rules_error.ToString());
    return -1;
  }
  rapidjson::Document schema_doc;
  std::unique_ptr<schemas::Schema> schema;
  if (schema_json) {
    if (!JsonArg(schema_json, "schema_json", &schema_doc, &message)) {
      PutError(verdict, message);
      return -1;
    }
    schemas::CompileError compile_error;
    schema = schemas::Schema::Compile(schema_doc, checks::ResponseSchemaOptions(), &compile_error);
    if (!schema) {
      PutError(verdict, "schema_json: " + compile_error.ToString());
      return -1;
    }
  }
  checks::TaskInput input;
  input.prompt = prompt_text;
  input.schema = schema.get();
  input.schema_json = schema ? &schema_doc : nullptr;
  const checks::CheckResult result = rules->Check(input, output_text);
  Put(verdict, checks::CheckResultToJson(result));
  return result.pass ? 1 : 0;
}

}  // namespace
}  // namespace stepcache::capi

using stepcache::capi::Guard;

extern "C" {

char* stepcache_repair(const char* text, const char* schema_json, char** log) {
  return Guard(log, static_cast<char*>(nullptr),
               [&] { return stepcache::capi::Repair(text, schema_json, log); });
}

int stepcache_check(const char* task, const char* prompt, const char* schema_json,
                    const char* output, char** verdict) {
  return Guard(verdict, -1,
               [&] { return stepcache::capi::Check(task, prompt, schema_json, output, verdict); });
}

}  // extern "C"
