// `format` assertions (used when CompileOptions::format_assertion is set).
//
// Checked: date-time, date, time, duration (RFC 3339 / ISO 8601), email,
// idn-email, hostname, idn-hostname, ipv4, ipv6, uri, uri-reference, iri,
// iri-reference, uri-template, uuid, regex (ECMA-262), json-pointer,
// relative-json-pointer. Unknown formats pass. Only strings are checked:
// other instance types always pass. Pure functions, thread-safe.
#ifndef STEPCACHE_SCHEMAS_FORMAT_H_
#define STEPCACHE_SCHEMAS_FORMAT_H_

#include <string_view>

namespace stepcache::schemas {

// True when StepCache knows how to check `format`.
bool IsKnownFormat(std::string_view format);

// True when `value` conforms to `format` (or `format` is unknown).
bool CheckFormat(std::string_view format, std::string_view value);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_FORMAT_H_
