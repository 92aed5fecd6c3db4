// Deterministic rewrites of a cached output that a new request licenses,
// applied before verification and kept only when verification then does at
// least as well as the untouched output:
//   * slot rewrites: a renamed variable (x -> y) or a changed constant
//     (12 -> 15) of an exact-template match is substituted where the old
//     slot text stands alone in the output; a mapping that is ambiguous
//     (one old text to two new texts) is not applied;
//   * schema projection: members the new schema forbids
//     (additionalProperties: false and not in properties) are dropped.
// Pure functions, thread-safe.
#ifndef STEPCACHE_ENGINE_SRC_REWRITE_H_
#define STEPCACHE_ENGINE_SRC_REWRITE_H_

#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/engine/signature.h"

namespace stepcache::engine {

// The output with the diff's unambiguous variable and number changes
// substituted; nullopt when nothing was substituted.
std::optional<std::string> ApplySlotRewrites(std::string_view output, const SlotDiff& diff);

// The JSON object `output` without the members `schema` forbids; nullopt
// when `output` is not a JSON object or nothing was dropped.
std::optional<std::string> ProjectToSchema(std::string_view output, const rapidjson::Value& schema);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SRC_REWRITE_H_
