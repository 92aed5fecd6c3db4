// Differential fuzzing of the streaming validator against its definition:
// for a fuzzed schema and fuzzed instance bytes (not necessarily JSON),
// StreamValidator::Check must give exactly what ParseJson (number texts
// kept) + Schema::Validate gives: kMalformed iff ParseJson rejects the
// bytes, otherwise the same verdict. Input: a control byte (dialect, format
// assertion, depth limit), then the schema and the instance separated by
// the first NUL (the instance may contain more NULs).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"
#include "stepcache/schemas/stream_validator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace stepcache::schemas;
  if (size < 2) return 0;
  const uint8_t control = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return 0;
  const std::string_view instance_text = text.substr(nul + 1);

  rapidjson::Document schema_doc;
  stepcache::JsonNumberTexts schema_texts;
  stepcache::JsonLimits schema_limits;
  schema_limits.max_bytes = 1 << 16;
  schema_limits.max_depth = 64;
  if (!stepcache::ParseJson(text.substr(0, nul), schema_doc, nullptr, schema_limits, &schema_texts)) return 0;
  CompileOptions options;
  constexpr Dialect kDialects[] = {Dialect::kDraft4, Dialect::kDraft6, Dialect::kDraft7, Dialect::kDraft2019_09,
                                   Dialect::kDraft2020_12};
  options.default_dialect = kDialects[control % 5];
  options.format_assertion = (control & 0x80) != 0;
  options.number_texts = &schema_texts;
  auto schema = Schema::Compile(schema_doc, options);
  if (!schema) return 0;

  // Small limits now and then, so depth and size rejections are reached.
  stepcache::JsonLimits limits;
  limits.max_bytes = (control & 0x40) ? 48 : std::size_t{1} << 16;
  limits.max_depth = (control & 0x20) ? 3 : 64;

  rapidjson::Document doc;
  stepcache::JsonNumberTexts texts;
  StreamVerdict want = StreamVerdict::kMalformed;
  if (stepcache::ParseJson(instance_text, doc, nullptr, limits, &texts)) {
    ValidateOptions validate;
    validate.number_texts = &texts;
    const bool valid = schema->Validate(doc, validate).valid;
    // The evaluator's silent pass and its reporting pass agree
    // (schema_fast_path_fuzz's oracle; seed duplicate-property-names-silent-pass
    // once found them apart on a property declared twice).
    ValidateOptions all = validate;
    all.all_errors = true;
    if (schema->Validate(doc, all).valid != valid) __builtin_trap();
    want = valid ? StreamVerdict::kValid : StreamVerdict::kInvalid;
  }

  auto stream = StreamValidator::Create(*schema, limits);
  StreamScratch scratch;
  stepcache::JsonError error;
  bool used_dom = false;
  const StreamVerdict got = stream->Check(instance_text, &scratch, &error, &used_dom);
  if (got != want) std::abort();
  if (got == StreamVerdict::kMalformed && (error.message.empty() || error.offset > instance_text.size()))
    std::abort();
  // The scratch, reused, changes nothing; nor does going without one.
  if (stream->Check(instance_text, &scratch) != want) std::abort();
  if (stream->Check(instance_text) != want) std::abort();
  return 0;
}
