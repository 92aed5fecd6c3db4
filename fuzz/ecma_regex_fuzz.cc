// ECMA-262 → RE2 translation on arbitrary bytes: never crashes, and every
// pattern it translates is one the syntax check calls valid ECMA-262 (so
// `pattern` never accepts what `format: regex` rejects).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "stepcache/schemas/ecma_regex.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view pattern(reinterpret_cast<const char*>(data), size);
  stepcache::schemas::RegexError error;
  std::string translated;
  bool ok = stepcache::schemas::TranslateEcmaRegex(pattern, &translated, &error);
  bool valid = stepcache::schemas::IsValidEcmaRegex(pattern);
  if (ok && !valid) {
    std::fprintf(stderr, "translated but not valid ECMA: %.*s\n", static_cast<int>(size),
                 reinterpret_cast<const char*>(data));
    std::abort();
  }
  if (!ok && error.offset > size) std::abort();  // offsets must point into the pattern
  if (ok) {
    auto re = stepcache::schemas::CompileEcmaRegex(pattern);
    if (!re) std::abort();  // TranslateEcmaRegex already checked RE2 accepts it
    RE2::PartialMatch(pattern, *re);
    RE2::PartialMatch("abc 123 \xC3\xA9\n", *re);
  }
  return 0;
}
