// ECMA-262 regular expressions (what JSON Schema's `pattern` speaks) rewritten
// for RE2, which guarantees linear-time matching.
//
// Patterns are read with the `u` flag's meaning (JSON Schema says patterns
// are Unicode-aware), with Annex B's leniency for a stray `]`, `{` or `}` and
// for escaped ASCII punctuation, because real-world schemas rely on it.
//
// Translated: \d \w \s (and negations) to their ECMA-262 meanings (\d and \w
// are ASCII-only, \s includes the Unicode spaces and line terminators), `.`
// (no line terminators), \cX, \xHH, \uXXXX (surrogate pairs joined) and
// \u{...}, \p{..}/\P{..} (long names such as \p{Letter}, gc=/sc= forms),
// `[^]` and `[]`, `^`/`$` as start/end of input only (RE2 \A and \z).
// Outside `format: regex` (which checks strict u-flag syntax), an escaped '_'
// or a letter with no escape meaning reads as itself, as ECMA-262 reads it
// outside unicode mode (Annex B).
// Rejected for RE2 with a reason and a byte offset: look-ahead and
// look-behind, back-references (both translate for PCRE2 instead), modifier
// groups, repetition counts above RE2's 1000, so a pattern never silently
// matches differently.
//
// Note for callers (core): use CompileEcmaRegex to get a ready RE2 with the
// options the translation assumes (UTF-8, log_errors off, never_nl off).
// Use IsValidEcmaRegex for `format: regex`, which must accept valid ECMA-262
// that RE2 cannot run (look-around, back-references).
//
// Pure functions, no shared state: thread-safe.
#ifndef STEPCACHE_SCHEMAS_ECMA_REGEX_H_
#define STEPCACHE_SCHEMAS_ECMA_REGEX_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace stepcache::schemas {

struct RegexError {
  std::string message;      // e.g. "look-ahead (?=...) is not supported by RE2"
  std::size_t offset = 0;   // byte offset into the pattern
};

// Returns true and sets *re2_pattern (UTF-8 RE2 syntax) on success. Also
// checks that RE2 compiles the result, so true means "runs on RE2".
bool TranslateEcmaRegex(std::string_view ecma_pattern, std::string* re2_pattern,
                        RegexError* error = nullptr);

// Translates and compiles. Returns nullptr with *error when the pattern is
// invalid or not supported. The returned RE2 is immutable and thread-safe;
// match with RE2::PartialMatch (ECMA `test` semantics: unanchored search).
std::unique_ptr<re2::RE2> CompileEcmaRegex(std::string_view ecma_pattern,
                                           RegexError* error = nullptr);

// The translation TranslateEcmaRegex makes, without RE2: true when the
// pattern is valid and uses nothing RE2 lacks (the same false, with the same
// *error, as TranslateEcmaRegex for those). RE2's own limits are not checked
// (program size, script names it does not know): a caller that will not
// compile the pattern with RE2 runs it on an engine of its own (compiler.cc:
// literal prefixes and SimpleRegex, for short patterns only).
bool EcmaRegexTranslatesForRe2(std::string_view ecma_pattern, RegexError* error = nullptr);

// Like TranslateEcmaRegex, but for PCRE2 (UTF mode, no other options
// assumed): look-ahead, look-behind and back-references are kept, for the
// patterns RE2 cannot run. The caller compiles the result with PCRE2 and
// must bound its backtracking (see backtracking_regex.h).
bool TranslateEcmaRegexForPcre2(std::string_view ecma_pattern, std::string* pcre2_pattern,
                                RegexError* error = nullptr);

// True when `ecma_pattern` is syntactically valid ECMA-262 (u flag), whether
// or not RE2 can run it. For `format: regex`.
bool IsValidEcmaRegex(std::string_view ecma_pattern, RegexError* error = nullptr);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_ECMA_REGEX_H_
