// The C API's JSON Schema entry points, and the functions every caller needs.
#include <cstdlib>
#include <memory>
#include <string>

#include "c_util.h"
#include "stepcache/c.h"
#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

#ifndef STEPCACHE_VERSION
#error "STEPCACHE_VERSION must be defined by the build"
#endif

struct stepcache_schema_t {
  std::unique_ptr<stepcache::schemas::Schema> schema;
};

namespace stepcache::capi {
namespace {

// Every failure, not only the first: a C caller wants the whole list.
int Validate(const schemas::Schema& schema, const char* instance_json, char** errors) {
  rapidjson::Document instance;
  std::string error;
  if (!JsonArg(instance_json, "instance_json", &instance, &error)) {
    PutError(errors, error);
    return -1;
  }
  schemas::ValidateOptions options;
  options.all_errors = true;
  const schemas::ValidationResult result = schema.Validate(instance, options);
  if (result.valid) {
    Clear(errors);
    return 1;
  }
  Put(errors, schemas::ValidationErrorsToJson(result.errors));
  return 0;
}

// Parses the compile options object; false with *error naming the member.
bool CompileOptionsFromJson(const char* options_json, schemas::CompileOptions* options,
                            std::string* error) {
  if (!options_json) return true;
  rapidjson::Document doc;
  if (!JsonArg(options_json, "options_json", &doc, error)) return false;
  if (!doc.IsObject()) {
    *error = "options_json: expected a JSON object (at \"\")";
    return false;
  }
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    const rapidjson::Value& v = it->value;
    if (key == "dialect") {
      if (!v.IsString()) {
        *error = "options_json: expected a string at /dialect";
        return false;
      }
      const std::string_view name(v.GetString(), v.GetStringLength());
      auto dialect = schemas::DialectFromName(name);
      if (!dialect) dialect = schemas::DialectFromUri(name);
      if (!dialect) {
        *error = "options_json: unknown dialect \"" + std::string(name) + "\" at /dialect";
        return false;
      }
      options->default_dialect = *dialect;
    } else if (key == "format_assertion") {
      if (!v.IsBool()) {
        *error = "options_json: expected true or false at /format_assertion";
        return false;
      }
      options->format_assertion = v.GetBool();
    } else {
      *error = "options_json: unknown option at /" + key;
      return false;
    }
  }
  return true;
}

stepcache_schema_t* Compile(const char* schema_json, const char* options_json, char** error) {
  std::string message;
  schemas::CompileOptions options;
  if (!CompileOptionsFromJson(options_json, &options, &message)) {
    PutError(error, message);
    return nullptr;
  }
  rapidjson::Document doc;
  if (!JsonArg(schema_json, "schema_json", &doc, &message)) {
    PutError(error, message);
    return nullptr;
  }
  schemas::CompileError compile_error;
  std::unique_ptr<schemas::Schema> schema = schemas::Schema::Compile(doc, options, &compile_error);
  if (!schema) {
    PutError(error, "schema_json: " + compile_error.ToString());
    return nullptr;
  }
  auto handle = std::make_unique<stepcache_schema_t>();
  handle->schema = std::move(schema);
  Clear(error);
  return handle.release();
}

}  // namespace
}  // namespace stepcache::capi

using stepcache::capi::Guard;

extern "C" {

const char* stepcache_version(void) { return STEPCACHE_VERSION; }

void stepcache_string_free(char* s) { std::free(s); }

int stepcache_validate(const char* schema_json, const char* instance_json, char** errors) {
  return Guard(errors, -1, [&] {
    // Compile errors and instance errors both name their argument.
    std::unique_ptr<stepcache_schema_t> schema(stepcache::capi::Compile(schema_json, nullptr, errors));
    if (!schema) return -1;
    return stepcache::capi::Validate(*schema->schema, instance_json, errors);
  });
}

stepcache_schema_t* stepcache_schema_compile(const char* schema_json, char** error) {
  return Guard(error, static_cast<stepcache_schema_t*>(nullptr),
               [&] { return stepcache::capi::Compile(schema_json, nullptr, error); });
}

stepcache_schema_t* stepcache_schema_compile_with_options(const char* schema_json,
                                                          const char* options_json, char** error) {
  return Guard(error, static_cast<stepcache_schema_t*>(nullptr),
               [&] { return stepcache::capi::Compile(schema_json, options_json, error); });
}

int stepcache_schema_validate(const stepcache_schema_t* schema, const char* instance_json,
                              char** errors) {
  return Guard(errors, -1, [&] {
    if (!schema) {
      stepcache::capi::PutError(errors, "schema is NULL");
      return -1;
    }
    return stepcache::capi::Validate(*schema->schema, instance_json, errors);
  });
}

void stepcache_schema_free(stepcache_schema_t* schema) { delete schema; }

}  // extern "C"
