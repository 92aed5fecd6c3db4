// Fuzzes ExtractJson: any span it returns lies inside the answer and parses.
#include <cstddef>
#include <cstdint>

#include "grammars_fuzz_checks.h"
#include "stepcache/grammars/json_extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using stepcache::fuzz::Require;
  std::string_view answer(reinterpret_cast<const char*>(data), size);
  std::optional<stepcache::grammars::JsonSpan> span = stepcache::grammars::ExtractJson(answer);
  if (span) {
    Require(span->begin < span->end && span->end <= answer.size());
    rapidjson::Document doc;
    Require(stepcache::ParseJson(answer.substr(span->begin, span->end - span->begin), doc));
  }
  return 0;
}
