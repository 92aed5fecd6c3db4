// Local JSON repair: turns what small language models emit in place of JSON
// (prose and code fences around it, trailing or missing commas, single or
// typographic quotes, unquoted keys, Python literals, comments, raw control
// characters in strings, output cut off mid-value) into valid JSON, without
// calling a model, and logs every fix with the byte offset in the ORIGINAL text.
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
};

// Stable snake_case name, e.g. "trailing_comma", used in logs and the CLI.
std::string_view RepairKindName(RepairKind kind);

struct RepairFix {
  RepairKind kind;
  std::size_t offset = 0;  // byte offset into the original text
  std::string detail;      // optional context, e.g. "/age: \"34\" -> 34"
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
  // True when anything was fixed; false means `json` equals the input.
  bool changed() const { return !log.empty(); }
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
// repair (plain prose), or the repair could not produce valid JSON; *out is
// then cleared.
bool RepairJson(std::string_view text, RepairResult* out, RepairError* error,
                const RepairOptions& options = {});

// The log as JSON lines, one `{"kind","offset","detail"}` object per fix.
std::string RepairLogToJsonLines(const std::vector<RepairFix>& log);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_JSON_REPAIR_H_
