// Unicode property names for the ECMA-262 → RE2 translation (private).
#ifndef STEPCACHE_SCHEMAS_SRC_ECMA_PROPERTIES_H_
#define STEPCACHE_SCHEMAS_SRC_ECMA_PROPERTIES_H_

#include <string_view>

namespace stepcache::schemas::ecma_properties {

// General_Category value (long name, short name or alias such as "digit")
// → RE2's short name ("Nd"), or nullptr when RE2 has no such category.
const char* GeneralCategory(std::string_view value);

// True for binary properties and categories that are valid in ECMA-262 but
// that RE2 has no table for (Alphabetic, Cn, LC, Script_Extensions, ...).
bool IsUnsupportedBinaryProperty(std::string_view value);

}  // namespace stepcache::schemas::ecma_properties

#endif  // STEPCACHE_SCHEMAS_SRC_ECMA_PROPERTIES_H_
