// RFC 3986 URI references: just enough to resolve `$id` / `$ref` values
// against a base and to compare the results. Pure functions, thread-safe.
#ifndef STEPCACHE_SCHEMAS_SRC_URI_H_
#define STEPCACHE_SCHEMAS_SRC_URI_H_

#include <string>
#include <string_view>

namespace stepcache::schemas {

// Resolves `ref` against `base` (RFC 3986 section 5.2) and normalises the
// result: lower-case scheme and host, dot segments removed, an empty
// fragment ("x#") dropped. An empty base leaves relative references relative.
std::string ResolveUri(std::string_view base, std::string_view ref);

// Splits "a#b" into "a" and "b" (fragment without '#', "" when none).
void SplitFragment(std::string_view uri, std::string_view* without_fragment,
                   std::string_view* fragment);

// Decodes %XX escapes (used on fragments before they are read as JSON Pointers).
std::string PercentDecode(std::string_view text);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_URI_H_
