// The peer engine: valijson 1.0 (as packaged by Debian) behind StepCache's
// Validator interface, for benchmarks and as an oracle in differential fuzzing.
//
// valijson 1.0 knows drafts 4 and 7 only (draft 6 schemas are run as draft 7),
// ignores `$id`, uses std::regex for `pattern` (which can overflow the stack
// on long inputs) and reports locations as "<root>[a][0]", which this wrapper
// converts to JSON Pointers. Immutable after Compile; Validate is thread-safe.
#ifndef STEPCACHE_SCHEMAS_VALIJSON_VALIDATOR_H_
#define STEPCACHE_SCHEMAS_VALIJSON_VALIDATOR_H_

#include <memory>
#include <string_view>

#include "stepcache/schemas/schema.h"

namespace stepcache::schemas {

class ValijsonValidator final : public Validator {
 public:
  // nullptr with *error for a dialect valijson lacks (2019-09, 2020-12) or a
  // schema it rejects. Remote refs come from options.registry.
  static std::unique_ptr<ValijsonValidator> Compile(const rapidjson::Value& schema,
                                                    const CompileOptions& options = {},
                                                    CompileError* error = nullptr);
  ~ValijsonValidator() override;

  ValidationResult Validate(const rapidjson::Value& instance,
                            const ValidateOptions& options = {}) const override;
  bool IsValid(const rapidjson::Value& instance) const override;
  std::string_view engine() const override { return "valijson"; }

  struct Impl;

 private:
  explicit ValijsonValidator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_VALIJSON_VALIDATOR_H_
