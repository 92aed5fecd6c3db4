// ECMA-262 → RE2 translation on arbitrary bytes: never crashes, and every
// pattern it translates is one the syntax check calls valid ECMA-262 once
// its Annex B identity escapes (`\_`, `\q`: read as themselves outside
// unicode mode, which `pattern` allows and `format: regex` does not) are
// written plainly. The PCRE2 translation accepts whatever the RE2 one does.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "stepcache/schemas/ecma_regex.h"

namespace {

// `pattern` with each escaped '_' or escaped letter that has no escape
// meaning replaced by the character itself.
std::string WithoutIdentityEscapes(std::string_view pattern) {
  constexpr std::string_view kMeaningful = "dDwWsSbBfnrtvcxupPk";
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      const char n = pattern[i + 1];
      const bool letter = (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z');
      if (n == '_' || (letter && kMeaningful.find(n) == std::string_view::npos)) {
        out += n;
      } else {
        out += c;
        out += n;
      }
      ++i;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view pattern(reinterpret_cast<const char*>(data), size);
  stepcache::schemas::RegexError error;
  std::string translated;
  bool ok = stepcache::schemas::TranslateEcmaRegex(pattern, &translated, &error);
  bool valid = stepcache::schemas::IsValidEcmaRegex(pattern) ||
               stepcache::schemas::IsValidEcmaRegex(WithoutIdentityEscapes(pattern));
  if (ok && !valid) {
    std::fprintf(stderr, "translated but not valid ECMA: %.*s\n", static_cast<int>(size),
                 reinterpret_cast<const char*>(data));
    std::abort();
  }
  if (!ok && error.offset > size) std::abort();  // offsets must point into the pattern
  std::string for_pcre2;
  if (ok && !stepcache::schemas::TranslateEcmaRegexForPcre2(pattern, &for_pcre2)) std::abort();
  if (ok) {
    auto re = stepcache::schemas::CompileEcmaRegex(pattern);
    if (!re) std::abort();  // TranslateEcmaRegex already checked RE2 accepts it
    RE2::PartialMatch(pattern, *re);
    RE2::PartialMatch("abc 123 \xC3\xA9\n", *re);
  }
  return 0;
}
