// The interface every JSON Schema engine in StepCache implements: StepCache's
// own compiled `Schema` and the valijson-backed peer `ValijsonValidator`.
//
// A Validator is immutable once built; Validate may be called concurrently
// from any number of threads.
#ifndef STEPCACHE_SCHEMAS_VALIDATOR_H_
#define STEPCACHE_SCHEMAS_VALIDATOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache {
class JsonNumberTexts;  // json.h
}

namespace stepcache::schemas {

struct ValidateOptions {
  // false: stop at the first failure (fast path); true: report every failure.
  bool all_errors = false;
  // Instances nested deeper than this are not walked: Validate reports one
  // error (keyword "depth") instead of risking the stack.
  std::size_t max_depth = 1000;
  // Texts of the instance's long numbers, from ParseJson: with them,
  // multipleOf, minimum, maximum, exclusive*, const and enum judge such
  // numbers as written rather than as their nearest double. Not owned.
  const JsonNumberTexts* number_texts = nullptr;
};

struct ValidationError {
  std::string instance_location;  // JSON Pointer into the instance, "" = root
  std::string keyword_location;   // JSON Pointer into the schema, via $refs, e.g. "/properties/a/$ref/type"
  std::string keyword;            // the failing keyword: "type", "required", ...
  std::string message;            // human-readable, one line
  // For "required" / "dependentRequired" / "dependencies": the missing
  // property; for "additionalProperties" / "unevaluatedProperties": the
  // offending property. Empty otherwise.
  std::string property;
};

struct ValidationResult {
  bool valid = true;
  std::vector<ValidationError> errors;  // empty when valid
};

// `errors` as one compact JSON array, the form `stepcache validate` and the
// C API print: [{"instanceLocation", "keywordLocation", "keyword", "message"}].
std::string ValidationErrorsToJson(const std::vector<ValidationError>& errors);

class Validator {
 public:
  virtual ~Validator() = default;
  virtual ValidationResult Validate(const rapidjson::Value& instance,
                                    const ValidateOptions& options = {}) const = 0;
  // Equivalent to Validate(instance).valid, without building messages.
  virtual bool IsValid(const rapidjson::Value& instance) const = 0;
  // "stepcache" or "valijson"
  virtual std::string_view engine() const = 0;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_VALIDATOR_H_
