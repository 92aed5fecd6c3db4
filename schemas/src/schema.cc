// Schema: the public face of the compiler + evaluator pair.
#include "stepcache/schemas/schema.h"

#include "program.h"

namespace stepcache::schemas {

std::string CompileError::ToString() const {
  return message + " at " + uri + "#" + pointer;
}

Schema::Schema(std::unique_ptr<Program> program) : program_(std::move(program)) {}
Schema::~Schema() = default;

std::unique_ptr<Schema> Schema::Compile(const rapidjson::Value& schema, const CompileOptions& options,
                                        CompileError* error) {
  auto program = CompileProgram(schema, options, error);
  if (!program) return nullptr;
  return std::unique_ptr<Schema>(new Schema(std::move(program)));
}

ValidationResult Schema::Validate(const rapidjson::Value& instance, const ValidateOptions& options) const {
  ValidationResult result;
  // Most instances are valid: check silently first and only walk again,
  // building locations and messages, when something failed.
  if (options.all_errors) {
    Evaluate(*program_, instance, options, &result);
    return result;
  }
  if (Evaluate(*program_, instance, options, nullptr)) return result;
  Evaluate(*program_, instance, options, &result);
  if (result.valid) {
    // The silent pass failed (e.g. a depth limit) but the reporting pass
    // found nothing to say: never answer valid for an invalid instance.
    result.valid = false;
    ValidationError e;
    e.keyword = "depth";
    e.message = "evaluation limit exceeded";
    result.errors.push_back(std::move(e));
  }
  return result;
}

bool Schema::IsValid(const rapidjson::Value& instance) const {
  return Evaluate(*program_, instance, ValidateOptions{}, nullptr);
}

Dialect Schema::dialect() const { return program_->dialect; }

std::size_t Schema::instruction_count() const { return program_->instrs.size(); }

}  // namespace stepcache::schemas
