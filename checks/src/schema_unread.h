// What of a JSON Schema the checks do not read: text that may say what a
// member means, written where no check looks.
//
// Internal to the checks library; used by MemberLabelTable (evidence.cc).
#ifndef STEPCACHE_CHECKS_SRC_SCHEMA_UNREAD_H_
#define STEPCACHE_CHECKS_SRC_SCHEMA_UNREAD_H_

#include <string>

#include <rapidjson/document.h>

namespace stepcache::checks::internal {

// The JSON Pointer of the first place in `schema` that may say what a member
// means and that the checks do not read; empty when there is none. The checks
// read the member names, the "description" and "title" of the root, of each
// top-level member and of the local "$ref" target a member names, and "enum",
// "const" and the standard "format"s; every other text is unread: a
// description inside "allOf", "anyOf", "oneOf", "if"/"then"/"else", "not",
// "items", nested members, "patternProperties", "dependentSchemas"; a
// "$comment"; an annotation of any other name ("x-unit": "months",
// "unit": "cents"); a "format" no standard defines ("age_in_months"); or a
// "$ref" whose target's name says more than the member's own name and
// descriptions ("#/$defs/age_in_months" for "age"). An answer for such a
// schema is checked and served but not stored: "in months" written there
// would not stop a stale "41" from being served again.
std::string UnreadSchemaText(const rapidjson::Value& schema);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_SCHEMA_UNREAD_H_
