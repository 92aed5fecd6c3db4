// Fuzzes ExtractJson: any span it returns lies inside the answer and parses,
// and the overload that hands the parsed value over agrees with it.
#include <cstddef>
#include <cstdint>

#include "grammars_fuzz_checks.h"
#include "stepcache/grammars/json_extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using stepcache::fuzz::Require;
  std::string_view answer(reinterpret_cast<const char*>(data), size);
  std::optional<stepcache::grammars::JsonSpan> span = stepcache::grammars::ExtractJson(answer);
  // The overload that hands the value over finds the same span, parsed.
  rapidjson::Document handed;
  std::optional<stepcache::grammars::JsonSpan> again = stepcache::grammars::ExtractJson(answer, &handed);
  Require(span.has_value() == again.has_value());
  if (span) {
    Require(span->begin < span->end && span->end <= answer.size());
    Require(again->begin == span->begin && again->end == span->end && again->fenced == span->fenced);
    rapidjson::Document doc;
    Require(stepcache::ParseJson(answer.substr(span->begin, span->end - span->begin), doc));
    // By text: RapidJSON's == looks each member up by name, which a
    // repeated key defeats (it compares the second with the first).
    Require(stepcache::JsonToString(handed) == stepcache::JsonToString(doc));
  } else {
    Require(handed.IsNull());
  }
  return 0;
}
