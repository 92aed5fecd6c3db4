// Fuzzes the JSON segmenter at split depths 1 and 3 (the first byte picks
// which), on bare and prose-wrapped JSON alike.
#include <cstddef>
#include <cstdint>

#include "grammars_fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  stepcache::grammars::SegmentOptions options;
  options.json_depth = (size > 0 && (data[0] & 1)) ? 3 : 1;
  stepcache::fuzz::CheckSegment(input, stepcache::grammars::Grammar::kJson, options);
  return 0;
}
