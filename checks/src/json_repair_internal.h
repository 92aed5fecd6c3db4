// Internals of RepairJson shared by json_repair*.cc; not a public interface.
#ifndef STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_
#define STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/json_repair.h"

namespace stepcache::checks::repair_internal {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when the
// bytes there are not valid UTF-8 (overlong, surrogate, > U+10FFFF, cut).
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i);

// Decodes the JSON string token `token` (with its quotes, as the repairer
// emits it: valid escapes only) into UTF-8.
std::string DecodeJsonString(std::string_view token);

// ---- schema guidance (json_repair_coerce.cc) ----

// What a scalar token in the output is.
enum class TokenType { kString, kNumber, kTrue, kFalse, kNull };

// Follows local `$ref`s (bounded) from `node`; nullptr stays nullptr.
const rapidjson::Value* ResolveSchema(const rapidjson::Value& root, const rapidjson::Value* node);

// Schema of member `key` inside an object whose (resolved) schema is
// `object_schema`; nullptr when unconstrained. Sets *forbidden when
// `additionalProperties: false` excludes the key.
const rapidjson::Value* MemberSchema(const rapidjson::Value& root,
                                     const rapidjson::Value* object_schema, std::string_view key,
                                     bool* forbidden);

// Schema of element `index` of an array whose (resolved) schema is `array_schema`.
const rapidjson::Value* ItemSchema(const rapidjson::Value& root,
                                   const rapidjson::Value* array_schema, std::size_t index);

// When the resolved `schema` wants another type than `token` (a complete
// scalar token of type `type`) and the token converts losslessly, sets
// *replacement to the new token and returns true.
bool CoerceScalar(const rapidjson::Value* schema, TokenType type, std::string_view token,
                  std::string* replacement);

// ---- the single-pass repairer (json_repair_scanner.cc) ----

// Where the value lies in the text (found by the locator in json_repair.cc).
struct Region {
  std::size_t begin = 0;        // scanning starts here (the value's first byte)
  std::size_t end = 0;          // scanning stops here (fence close or text end)
  bool keep_outer_ws = false;   // copy whitespace around the value (whole text is the value)
};

// Runs the repairer over text[region.begin, region.end). On success appends
// the value to *out (and any trailing whitespace when keep_outer_ws) and sets
// *value_end to the offset just after the value; fixes go to *log.
bool ScanValue(std::string_view text, const Region& region, const RepairOptions& options,
               std::string* out, std::vector<RepairFix>* log, std::size_t* value_end,
               RepairError* error);

}  // namespace stepcache::checks::repair_internal

#endif  // STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_
