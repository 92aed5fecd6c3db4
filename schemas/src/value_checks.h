// Checks on single JSON values that the evaluator's keywords share: type
// bits, code-point length, uniqueness, base64. Pure functions.
#ifndef STEPCACHE_SCHEMAS_SRC_VALUE_CHECKS_H_
#define STEPCACHE_SCHEMAS_SRC_VALUE_CHECKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <cmath>

#include <rapidjson/document.h>

#include "program.h"

namespace stepcache::schemas::value_checks {

// TypeBit mask of `v` (integral numbers carry both number and integer).
// Inline: every `type` keyword of every instance value asks.
inline std::uint8_t TypeBits(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return kTypeNull;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return kTypeBoolean;
    case rapidjson::kObjectType: return kTypeObject;
    case rapidjson::kArrayType: return kTypeArray;
    case rapidjson::kStringType: return kTypeString;
    case rapidjson::kNumberType: {
      if (v.IsInt64() || v.IsUint64()) return kTypeNumber | kTypeInteger;
      const double d = v.GetDouble();
      return std::isfinite(d) && std::floor(d) == d ? (kTypeNumber | kTypeInteger) : kTypeNumber;
    }
  }
  return 0;
}
// "expected string or null, got integer"
std::string TypeMessage(std::uint8_t mask, const rapidjson::Value& v);
// Length of a string value in Unicode code points.
std::size_t CodePoints(const rapidjson::Value& v);
// Object `obj` has a member called `name`.
bool HasMember(const rapidjson::Value& obj, const std::string& name);
// No two items of array `arr` are equal (JSON Schema equality).
bool AllUnique(const rapidjson::Value& arr);
// The same over `n` values at `items`; `scratch` holds the hashes when n > 32
// (a caller validating many instances keeps it to avoid an allocation each).
bool AllUnique(const rapidjson::Value* items, std::size_t n,
               std::vector<std::pair<std::uint64_t, std::size_t>>* scratch);
// Strict RFC 4648 base64; false on any other character or bad padding.
bool DecodeBase64(std::string_view in, std::string* out);

}  // namespace stepcache::schemas::value_checks

#endif  // STEPCACHE_SCHEMAS_SRC_VALUE_CHECKS_H_
