// Differential fuzzing of the validator's two paths: the fast path (a silent
// pass that builds no error objects) against the error-collecting path, with
// the texts of long numbers kept as `stepcache validate` keeps them. Input as
// in schema_fuzz: a control byte, then schema and instance separated by the
// first NUL. Every way of asking must give one verdict, a failure must carry
// a reason, and kept number texts must change nothing when there are none.
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
  stepcache::JsonNumberTexts schema_texts, instance_texts;
  if (!stepcache::ParseJson(text.substr(0, nul), schema_doc, nullptr, limits, &schema_texts)) return 0;
  if (!stepcache::ParseJson(text.substr(nul + 1), instance, nullptr, limits, &instance_texts)) return 0;

  CompileOptions options;
  constexpr Dialect kDialects[] = {Dialect::kDraft4, Dialect::kDraft6, Dialect::kDraft7,
                                   Dialect::kDraft2019_09, Dialect::kDraft2020_12};
  options.default_dialect = kDialects[control % 5];
  options.format_assertion = (control & 0x80) != 0;
  options.number_texts = &schema_texts;
  CompileError error;
  auto schema = Schema::Compile(schema_doc, options, &error);
  if (!schema) {
    if (error.message.empty()) std::abort();
    return 0;
  }
  ValidateOptions first;
  first.number_texts = &instance_texts;
  ValidateOptions all = first;
  all.all_errors = true;
  const ValidationResult fast = schema->Validate(instance, first);  // silent pass first
  const ValidationResult every = schema->Validate(instance, all);   // collects every error
  if (fast.valid != every.valid) std::abort();
  if (fast.valid != fast.errors.empty() || every.valid != every.errors.empty()) std::abort();
  // Without long numbers the texts are empty and IsValid must agree.
  if (schema_texts.empty() && instance_texts.empty() && schema->IsValid(instance) != fast.valid)
    std::abort();
  return 0;
}
