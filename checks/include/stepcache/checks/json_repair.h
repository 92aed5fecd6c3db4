// Local JSON repair: turns what small language models emit in place of JSON
// (prose and code fences around it, trailing or missing commas, single or
// typographic quotes, unquoted keys, Python literals, comments, raw control
// characters in strings, output cut off mid-value, JavaScript-isms such as
// `"a" + "b"`, ObjectId("…") and JSONP wrappers, several values in a row)
// into valid JSON, without calling a model, and logs every fix with the byte
// offset in the ORIGINAL text.
//
// Never inventing a value: text that does not read as exactly one JSON
// number (`1/3`, `0.0.1`, `2024-10-18T18:35Z`, `007`) is kept as a string,
// never turned into another number. A fix that has to guess — closing a
// string cut off by the end of the text or whose end is not where its quote
// is, filling a missing value with null, dropping a fragment, completing
// `tr` to `true`, reading a quote as part of the text — is marked
// `uncertain` with the JSON Pointer of the member it touched, and
// RepairResult::uncertain_pointers lists those members: a caller must not
// trust them as the model's words (the engine regenerates or patches them,
// never reuses or returns them as verified).
//
// Guarantees:
//   * Linear time and memory in the input size: one forward pass with an
//     explicit container stack (no recursion), so 100,000 nested `[` give a
//     clean depth error, never a stack overflow.
//   * Text that already parses with stepcache::ParseJson comes back
//     byte-identical with an empty log (unless a schema asks for coercion;
//     even then every byte not coerced is kept).
//   * On success the output always parses with stepcache::ParseJson.
//
// Ownership: RepairJson reads `text` and `options.schema` only during the
// call and keeps no reference to them. Thread-safe: no shared state.
#ifndef STEPCACHE_CHECKS_JSON_REPAIR_H_
#define STEPCACHE_CHECKS_JSON_REPAIR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache::checks {

enum class RepairKind {
  kStripProse,             // text before/after the value dropped
  kStripFence,             // markdown ``` fence around the value dropped
  kTrailingComma,          // `,` before `]` / `}` (or before the cut) dropped
  kExtraComma,             // leading or doubled `,` dropped
  kMissingComma,           // `,` inserted between adjacent values/members
  kMissingColon,           // `:` inserted between a key and its value
  kSingleQuotes,           // 'x' → "x"
  kTypographicQuotes,      // “x” or ‘x’ → "x"
  kUnescapedQuote,         // a quote inside a string escaped (`"a "b" c"`)
  kUnquotedKey,            // {a: 1} → {"a": 1}
  kUnquotedString,         // {"a": ok} → {"a": "ok"}
  kPythonLiteral,          // True/False/None (and TRUE, NULL, undefined…) → JSON
  kNonFiniteNumber,        // NaN, Infinity, 1e999 → null
  kInvalidNumber,          // +1, 01, .5, 1., 1e → 1, 1, 0.5, 1, 1
  kCompleteLiteral,        // `tr` cut off at the end → true
  kComment,                // // … , /* … */ and # … dropped
  kControlCharInString,    // raw newline/tab/control byte in a string → escape
  kInvalidEscape,          // \x, \', bad \u, lone surrogate → valid escape
  kInvalidUtf8,            // invalid UTF-8 byte in a string → U+FFFD
  kCloseString,            // string open at the end closed
  kCloseContainer,         // array/object left open closed
  kMismatchedBracket,      // `]` closing an object (or `}` an array) replaced
  kDropDanglingKey,        // key without a value dropped (with its `:`/`,`)
  kDropGarbage,            // bytes that cannot start any token dropped
  kCoerceType,             // schema-guided: "34" → 34, "true" → true, 7 → "7"
  kDropForbiddenProperty,  // schema-guided: member forbidden by additionalProperties: false
  kMissingValue,           // `{"a":}`, `{"a":,…}`, `{"a"` at the cut → "a": null (uncertain)
  kUnicodeWhitespace,      // U+00A0, U+2000…U+200B, U+3000, U+FEFF… between tokens → space
  kStringConcatenation,    // "a" + "b" → "ab"
  kCodeWrapper,            // ObjectId("1"), NumberLong(2), callback({...}); → the inner value
  kRegexLiteral,           // /a+b/ → "/a+b/"
  kEscapedJson,            // \"a\": \"b\" (JSON escaped as in a string) → unescaped once
  kMultipleValues,         // several top-level values (NDJSON, `1,2`) → one array
  kReopenObject,           // `{"a":1}, "b":2}`: the early `}` dropped (uncertain)
};

// Stable snake_case name, e.g. "trailing_comma", used in logs and the CLI.
std::string_view RepairKindName(RepairKind kind);

struct RepairFix {
  RepairKind kind;
  std::size_t offset = 0;  // byte offset into the original text
  std::string detail;      // optional context, e.g. "/age: \"34\" -> 34"
  // True when the fix guessed (see the top of this file); `pointer` is then
  // the JSON Pointer (RFC 6901) of the member or element whose value is in
  // doubt in RepairResult::json ("" = the whole document; for a dropped
  // fragment, the container it was dropped from). Empty when not uncertain.
  bool uncertain = false;
  std::string pointer;
};

struct RepairOptions {
  std::size_t max_bytes = std::size_t{8} << 20;  // longer input is refused
  std::size_t max_depth = 1000;                  // deeper nesting is refused
  // When set, a JSON Schema document (not owned, must outlive the call) that
  // guides type coercion and the removal of forbidden members. Followed
  // through `properties`, `additionalProperties`, `items`, `prefixItems`,
  // `additionalItems` and local `$ref` ("#/$defs/…", "#/definitions/…", any
  // "#/…" pointer); `type` is the only keyword coerced towards.
  const rapidjson::Value* schema = nullptr;
};

struct RepairResult {
  std::string json;             // valid JSON
  std::vector<RepairFix> log;   // fixes in the order they were made
  // JSON Pointers into `json` of every member or element an uncertain fix
  // touched, each once, in log order. A caller that reuses or returns the
  // repaired JSON as verified must treat these members as failing (a
  // pointer also covers everything below it; "" covers the whole document).
  // Empty when every fix was certain, and always empty for valid input.
  std::vector<std::string> uncertain_pointers;
  // True when anything was fixed; false means `json` equals the input.
  bool changed() const { return !log.empty(); }
  // True when some fix guessed (uncertain_pointers is not empty).
  bool uncertain() const { return !uncertain_pointers.empty(); }
};

struct RepairError {
  std::string message;     // e.g. "nesting deeper than the limit of 1000"
  std::size_t offset = 0;  // byte offset into the original text
  // "<message> at byte <offset>"
  std::string ToString() const;
};

// Repairs `text` into one valid JSON value. Returns true and fills *out on
// success (also when nothing needed fixing). Returns false and fills *error
// (if non-null) when the text is over the limits, holds no JSON value to
// repair (empty, or prose around brackets that hold none), has a defect the
// repair will not guess at (a key with no `:` before `,`/`}`, a `:` where a
// key belongs, a broken `\u` escape, a raw control character other than
// tab/newline/CR/BS/FF in a string, a second value glued to the first like
// `{}{}` or `{}x`), or the repair could not produce valid JSON; *out is then
// cleared. Bare text with no brackets (`hello world`) is one string;
// values separated by commas or newlines at the top level (`1,2`, NDJSON)
// become one array.
bool RepairJson(std::string_view text, RepairResult* out, RepairError* error,
                const RepairOptions& options = {});

// The log as JSON lines, one `{"kind","offset","detail"}` object per fix;
// an uncertain fix also has `"uncertain":true,"pointer":"/…"`.
std::string RepairLogToJsonLines(const std::vector<RepairFix>& log);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_JSON_REPAIR_H_
