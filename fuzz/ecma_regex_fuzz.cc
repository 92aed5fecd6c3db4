// ECMA-262 → RE2 translation on arbitrary bytes: never crashes, and every
// pattern it translates is one the syntax check calls valid ECMA-262 once
// its Annex B identity escapes (`\_`, `\q`: read as themselves outside
// unicode mode, which `pattern` allows and `format: regex` does not) are
// written plainly. The PCRE2 translation accepts whatever the RE2 one does.
// When SimpleRegex (the DFA `pattern` runs simple patterns on) takes the
// pattern, it must answer as RE2 does on texts made from the pattern itself.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "../schemas/src/simple_regex.h"
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

// Texts likely to match or nearly match `pattern`: the pattern, the pattern
// without its syntax characters, and every suffix of that.
void CheckSimpleRegex(std::string_view pattern, const RE2& re) {
  stepcache::schemas::SimpleRegex simple;
  if (!simple.Build(pattern)) return;
  std::string plain;
  for (char c : pattern)
    if (std::string_view("^$\\[](){}*+?|").find(c) == std::string_view::npos) plain += c;
  std::string texts[] = {"", "abc 123 \xC3\xA9\n", std::string(pattern), plain, plain + plain, "-" + plain + "-"};
  auto check = [&](std::string_view t) {
    if (simple.Search(t.data(), t.size()) != RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), re)) {
      std::fprintf(stderr, "SimpleRegex and RE2 differ on /%.*s/ and \"%.*s\"\n", static_cast<int>(pattern.size()),
                   pattern.data(), static_cast<int>(t.size()), t.data());
      std::abort();
    }
  };
  for (const std::string& t : texts) check(t);
  for (std::size_t i = 1; i < plain.size() && i < 64; ++i) check(std::string_view(plain).substr(i));
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
    CheckSimpleRegex(pattern, *re);
  }
  return 0;
}
