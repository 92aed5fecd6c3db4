// StepCache's JSON Schema engine: a schema compiles once into a flat program
// of instructions that a schema-agnostic evaluator runs against instances.
//
// Example:
//   stepcache::schemas::CompileError err;
//   auto schema = stepcache::schemas::Schema::Compile(schema_doc, {}, &err);
//   if (!schema) { /* err.pointer names the offending keyword */ }
//   auto result = schema->Validate(instance, {.all_errors = true});
//
// Guarantees: compiling never performs I/O (remote documents come from the
// caller's Registry); `pattern` and `patternProperties` run on RE2, linear
// in the input, except patterns that need look-around or back-references,
// which run on PCRE2 under a fixed match budget (exceeding it makes the
// instance invalid with an error at the keyword); evaluation never recurses deeper than
// ValidateOptions::max_depth instance levels plus the schema's own nesting,
// and `$ref` cycles that consume no instance are rejected at compile time.
// A compiled Schema is immutable and thread-safe.
#ifndef STEPCACHE_SCHEMAS_SCHEMA_H_
#define STEPCACHE_SCHEMAS_SCHEMA_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/registry.h"
#include "stepcache/schemas/validator.h"

namespace stepcache::schemas {

struct CompileOptions {
  // Used when the root schema has no (recognised) `$schema`.
  Dialect default_dialect = Dialect::kDraft2020_12;
  // false: `format` is an annotation only; true: the formats listed in
  // format.h are asserted (unknown formats still pass).
  bool format_assertion = false;
  // Remote documents for `$ref`; not owned, only read during Compile.
  const Registry* registry = nullptr;
  // Retrieval URI of the root schema, the base for relative `$id`/`$ref`.
  std::string base_uri;
  // Nesting depth of the schema document itself.
  std::size_t max_depth = 1000;
  // Texts of the root schema document's long numbers, from ParseJson (see
  // ValidateOptions::number_texts); only read during Compile.
  const JsonNumberTexts* number_texts = nullptr;
};

struct CompileError {
  std::string message;  // what is wrong, one line
  std::string pointer;  // JSON Pointer to the keyword at fault, in `uri`'s document
  std::string uri;      // the document the pointer is in ("" = the root schema)
  // "<message> at <uri>#<pointer>"
  std::string ToString() const;
};

class Schema final : public Validator {
 public:
  // Compiles `schema`. Returns nullptr and fills *error (if given) when the
  // schema is invalid, uses a regex neither RE2 nor PCRE2 can run (e.g.
  // ES2025 modifier groups), has an unresolvable `$ref`, or a `$ref` cycle.
  static std::unique_ptr<Schema> Compile(const rapidjson::Value& schema,
                                         const CompileOptions& options = {},
                                         CompileError* error = nullptr);

  ~Schema() override;
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  ValidationResult Validate(const rapidjson::Value& instance,
                            const ValidateOptions& options = {}) const override;
  bool IsValid(const rapidjson::Value& instance) const override;
  std::string_view engine() const override { return "stepcache"; }

  Dialect dialect() const;
  // Number of compiled instructions (a size measure for benchmarks).
  std::size_t instruction_count() const;

  struct Program;  // defined in the implementation

 private:
  friend class StreamValidator;  // runs the compiled program over SAX events

  explicit Schema(std::unique_ptr<Program> program);
  std::unique_ptr<Program> program_;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SCHEMA_H_
