// Fuzzes the lines segmenter: it accepts any bytes and its spans must be exact.
#include <cstddef>
#include <cstdint>

#include "grammars_fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  stepcache::fuzz::CheckSegment(input, stepcache::grammars::Grammar::kLines);
  return 0;
}
