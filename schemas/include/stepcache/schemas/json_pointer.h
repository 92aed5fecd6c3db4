// JSON Pointer (RFC 6901): escaping of reference tokens and building pointers.
//
// Inside a token `~` is written `~0` and `/` is written `~1`; the whole
// document is the empty pointer "". Pure functions, thread-safe.
#ifndef STEPCACHE_SCHEMAS_JSON_POINTER_H_
#define STEPCACHE_SCHEMAS_JSON_POINTER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache {

// "a/b~c" → "a~1b~0c"
std::string EscapePointerToken(std::string_view token);

// pointer + "/" + escaped token
std::string AppendPointer(std::string_view pointer, std::string_view token);
std::string AppendPointer(std::string_view pointer, std::size_t index);

// Splits "/a~1b/0" into {"a/b", "0"}; nullopt when malformed (no leading "/",
// or "~" not followed by 0 or 1).
std::optional<std::vector<std::string>> SplitPointer(std::string_view pointer);

// Resolves `pointer` inside `root`; nullptr when it names nothing.
const rapidjson::Value* ResolvePointer(const rapidjson::Value& root, std::string_view pointer);

}  // namespace stepcache

#endif  // STEPCACHE_SCHEMAS_JSON_POINTER_H_
