// ECMA-262 regular expressions (what JSON Schema's `pattern` speaks) rewritten
// for RE2, which guarantees linear-time matching.
//
// Translated: \d \w \s (and negations) to their ECMA-262 meanings (\s
// includes the Unicode spaces), \cX, \uXXXX and \u{...}, \p{..} classes,
// `$` as end of input only. Rejected with a reason: look-ahead and
// look-behind, back-references, and anything else RE2 cannot run, so a
// pattern never silently matches differently. Pure, thread-safe.
#ifndef STEPCACHE_SCHEMAS_ECMA_REGEX_H_
#define STEPCACHE_SCHEMAS_ECMA_REGEX_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace stepcache::schemas {

struct RegexError {
  std::string message;      // e.g. "look-ahead (?=...) is not supported by RE2"
  std::size_t offset = 0;   // byte offset into the pattern
};

// Returns true and sets *re2_pattern (UTF-8 RE2 syntax) on success.
bool TranslateEcmaRegex(std::string_view ecma_pattern, std::string* re2_pattern,
                        RegexError* error = nullptr);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_ECMA_REGEX_H_
