// Reading the nodes of a JSON Schema the checks need: a property's schema, a
// local "$ref", a description, an enum's strings. Member names are compared
// by size, never as C strings (a key may hold a NUL). Internal to the checks
// library.
#ifndef STEPCACHE_CHECKS_SRC_SCHEMA_NODES_H_
#define STEPCACHE_CHECKS_SRC_SCHEMA_NODES_H_

#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache::checks::internal {

// The object member `name` of `v`, or nullptr (also when `v` is not an object).
const rapidjson::Value* Child(const rapidjson::Value* v, std::string_view name);
// The schema object of property `key` of object schema `schema`, or nullptr.
const rapidjson::Value* PropertySchema(const rapidjson::Value* schema, std::string_view key);
// The object that `node`'s local "$ref" ("#/$defs/amount", "#/definitions/x")
// names in `root`, or nullptr.
const rapidjson::Value* LocalRef(const rapidjson::Value* root, const rapidjson::Value* node);
// The same for the "$ref" string `ref` itself.
const rapidjson::Value* LocalRefTarget(const rapidjson::Value* root, std::string_view ref);
// `node`'s "description", or empty.
std::string_view Description(const rapidjson::Value* node);
// `node`'s "title", or empty.
std::string_view Title(const rapidjson::Value* node);
// The strings of `node`'s "enum" (or of its local "$ref"'s), in schema order;
// empty when it has none.
std::vector<std::string_view> EnumStrings(const rapidjson::Value* root, const rapidjson::Value* node);

// Whether the schema at `node` allows a value of type `a` (or `b`, when
// given): its "type" names it or a list holding it, or an anyOf/oneOf
// alternative's, an allOf part's or its local "$ref"'s does ("nullable":
// true allows "null").
bool AllowsType(const rapidjson::Value* root, const rapidjson::Value* node, std::string_view a,
                std::string_view b = {});
// Whether the schema at `node` (or its local "$ref"'s) puts no bound on
// the value's type: no "type", "enum", "const" or combination of schemas
// (or a "$ref" that is not local).
bool Untyped(const rapidjson::Value* root, const rapidjson::Value* node);
// AllowsType(root, node, "null").
bool AllowsNull(const rapidjson::Value* root, const rapidjson::Value* node);
// Whether the schema at `node` allows some values only: an "enum" or a
// "const" of its own, of an anyOf/oneOf alternative or allOf part, or of
// its local "$ref"'s. (This and AllowsType read at most a few thousand
// nodes, and answer yes past that.)
bool AllowsSomeValuesOnly(const rapidjson::Value* root, const rapidjson::Value* node);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_SCHEMA_NODES_H_
