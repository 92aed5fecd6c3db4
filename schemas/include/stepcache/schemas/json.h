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
#include <unordered_map>

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

// The text of each number whose value a double cannot hold and whose
// double's shortest form would read back as another value (decimals of more
// than 15 significant digits), and of every integer literal beyond 64 bits:
// what the JSON Schema engine needs to compare numbers as written, and
// JsonToString to write them so. Keys are the addresses
// of the number values in the document ParseJson filled, valid while that
// document is neither modified nor moved. Owned by the caller; not
// thread-safe to fill, safe to read from any number of threads.
class JsonNumberTexts {
 public:
  // The text of `number`, or nullptr when its value holds it exactly.
  const std::string* Find(const rapidjson::Value* number) const;
  bool empty() const { return texts_.empty(); }
  std::size_t size() const { return texts_.size(); }
  void Record(const rapidjson::Value* number, std::string text);
  void Clear() { texts_.clear(); }

 private:
  std::unordered_map<const rapidjson::Value*, std::string> texts_;
};

// Parses `text` as exactly one JSON value (whitespace around it allowed).
// On failure returns false, fills *error (if given) and leaves `doc` null.
// Every number becomes the correctly rounded double of its text (or an
// exact 64-bit integer when it is an integer literal that fits); a number
// beyond a double's range is an error. `texts` (if given) receives the texts
// a double cannot hold (see JsonNumberTexts).
bool ParseJson(std::string_view text, rapidjson::Document& doc,
               JsonError* error = nullptr, const JsonLimits& limits = {},
               JsonNumberTexts* texts = nullptr);

// Nesting depth of `value` (a scalar is 0, [] is 1), computed without recursion.
std::size_t JsonDepth(const rapidjson::Value& value);

// Whether an object in `value` holds one name twice ({"a":1,"a":2}): RFC 8259
// leaves what that means to each reader (RapidJSON's FindMember finds the
// first, most JavaScript and Python readers keep the last), so a text with one
// may say two things. When it does, *pointer (if given) is the JSON Pointer
// of the second occurrence: of the first object in document order that has
// one (an object before those inside it), the earliest. Computed without
// recursion.
bool FindDuplicateKey(const rapidjson::Value& value, std::string* pointer = nullptr);

// Compact serialisation. `value` must be within the depth limits above (the
// RapidJSON writer recurses once per level). A double is written in the
// shortest digits that read back as it (12.0, 0.30000000000000004, 1e30),
// and a number `texts` kept from ParseJson as its text, so a value no double
// holds (98765432109876543210) is written as it was read.
std::string JsonToString(const rapidjson::Value& value, const JsonNumberTexts* texts = nullptr);

// Whether `text` is strict UTF-8 (no overlong forms, no surrogates, nothing
// above U+10FFFF). When it is not, *bad_offset (if given) is the byte offset
// of the first invalid sequence.
bool IsValidUtf8(std::string_view text, std::size_t* bad_offset = nullptr);

// `text` with each invalid UTF-8 sequence (a character cut short by a
// truncation, a stray byte) replaced by U+FFFD; `text` itself when valid.
std::string ToValidUtf8(std::string_view text);

// Writes `s` as a JSON string with a RapidJSON writer, made valid UTF-8
// first when it is not (a reason cut inside a character).
template <typename Writer>
void WriteValidString(Writer& w, std::string_view s) {
  if (IsValidUtf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  const std::string valid = ToValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

// Reads a whole file. Returns false and sets *error to a one-line message
// naming the path when it cannot be read.
bool ReadFile(const std::string& path, std::string* contents, std::string* error);

}  // namespace stepcache

#endif  // STEPCACHE_SCHEMAS_JSON_H_
