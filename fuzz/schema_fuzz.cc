// Fuzzes the JSON Schema compiler and evaluator: the input is a schema and an
// instance separated by the first NUL byte (which valid JSON never contains);
// the byte before the schema picks the dialect and format assertion. Beyond
// "never crash", the engine's own answers must agree with each other.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace stepcache::schemas;
  if (size < 2) return 0;
  const uint8_t control = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return 0;

  stepcache::JsonLimits limits;
  limits.max_bytes = 1 << 16;
  limits.max_depth = 64;
  rapidjson::Document schema_doc, instance;
  if (!stepcache::ParseJson(text.substr(0, nul), schema_doc, nullptr, limits)) return 0;
  if (!stepcache::ParseJson(text.substr(nul + 1), instance, nullptr, limits)) return 0;

  CompileOptions options;  // no registry: remote $refs must fail cleanly
  constexpr Dialect kDialects[] = {Dialect::kDraft4, Dialect::kDraft6, Dialect::kDraft7,
                                   Dialect::kDraft2019_09, Dialect::kDraft2020_12};
  options.default_dialect = kDialects[control % 5];
  options.format_assertion = (control & 0x80) != 0;
  CompileError error;
  auto schema = Schema::Compile(schema_doc, options, &error);
  if (!schema) {
    if (error.message.empty()) std::abort();  // a rejection must say why
    return 0;
  }
  const bool valid = schema->IsValid(instance);
  const ValidationResult first = schema->Validate(instance, {});
  ValidateOptions all;
  all.all_errors = true;
  const ValidationResult every = schema->Validate(instance, all);
  // One verdict, however it is asked for; a failure always carries a reason.
  if (first.valid != valid || every.valid != valid) std::abort();
  if (!valid && (first.errors.empty() || every.errors.empty())) std::abort();
  if (valid && (!first.errors.empty() || !every.errors.empty())) std::abort();
  return 0;
}
