// JSON Schema dialects (drafts) StepCache understands.
#ifndef STEPCACHE_SCHEMAS_DIALECT_H_
#define STEPCACHE_SCHEMAS_DIALECT_H_

#include <optional>
#include <string_view>

namespace stepcache::schemas {

enum class Dialect { kDraft4, kDraft6, kDraft7, kDraft2019_09, kDraft2020_12 };

// The metaschema URI of `dialect`, e.g. "http://json-schema.org/draft-07/schema#".
std::string_view DialectUri(Dialect dialect);

// Accepts the URI with or without a trailing "#" (and an empty fragment);
// nullopt for anything else.
std::optional<Dialect> DialectFromUri(std::string_view uri);

// "draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"
std::string_view DialectName(Dialect dialect);
std::optional<Dialect> DialectFromName(std::string_view name);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_DIALECT_H_
