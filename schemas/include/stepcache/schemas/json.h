// JSON text → RapidJSON document, with limits and byte-offset errors.
//
// Every parser of untrusted bytes in StepCache goes through ParseJson: it
// rejects invalid UTF-8, documents larger than `max_bytes` and nesting deeper
// than `max_depth` before RapidJSON (run in its iterative, non-recursive mode)
// builds anything, so no input can overflow the stack here or later in a
// recursive walk. Thread-safe: no shared state.
#ifndef STEPCACHE_SCHEMAS_JSON_H_
#define STEPCACHE_SCHEMAS_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace stepcache {

struct JsonLimits {
  std::size_t max_bytes = std::size_t{64} << 20;  // whole document
  std::size_t max_depth = 1000;                   // nested arrays/objects
};

struct JsonError {
  std::string message;      // what is wrong, e.g. "invalid UTF-8 in string"
  std::size_t offset = 0;   // byte offset into the text where it was found
  // "<message> at byte <offset>"
  std::string ToString() const;
};

// Parses `text` as exactly one JSON value (whitespace around it allowed).
// On failure returns false, fills *error (if given) and leaves `doc` null.
bool ParseJson(std::string_view text, rapidjson::Document& doc,
               JsonError* error = nullptr, const JsonLimits& limits = {});

// Nesting depth of `value` (a scalar is 0, [] is 1), computed without recursion.
std::size_t JsonDepth(const rapidjson::Value& value);

// Compact serialisation. `value` must be within the depth limits above (the
// RapidJSON writer recurses once per level).
std::string JsonToString(const rapidjson::Value& value);

// Whether `text` is strict UTF-8 (no overlong forms, no surrogates, nothing
// above U+10FFFF). When it is not, *bad_offset (if given) is the byte offset
// of the first invalid sequence.
bool IsValidUtf8(std::string_view text, std::size_t* bad_offset = nullptr);

// Reads a whole file. Returns false and sets *error to a one-line message
// naming the path when it cannot be read.
bool ReadFile(const std::string& path, std::string* contents, std::string* error);

}  // namespace stepcache

#endif  // STEPCACHE_SCHEMAS_JSON_H_
