// Dialect names and metaschema URIs.
#include "stepcache/schemas/dialect.h"

namespace stepcache::schemas {
namespace {

struct DialectInfo {
  Dialect dialect;
  std::string_view uri;   // canonical, as the spec writes it
  std::string_view name;
};

constexpr DialectInfo kDialects[] = {
    {Dialect::kDraft4, "http://json-schema.org/draft-04/schema#", "draft4"},
    {Dialect::kDraft6, "http://json-schema.org/draft-06/schema#", "draft6"},
    {Dialect::kDraft7, "http://json-schema.org/draft-07/schema#", "draft7"},
    {Dialect::kDraft2019_09, "https://json-schema.org/draft/2019-09/schema", "draft2019-09"},
    {Dialect::kDraft2020_12, "https://json-schema.org/draft/2020-12/schema", "draft2020-12"},
};

std::string_view StripEmptyFragment(std::string_view uri) {
  if (!uri.empty() && uri.back() == '#') uri.remove_suffix(1);
  return uri;
}

}  // namespace

std::string_view DialectUri(Dialect dialect) {
  for (const auto& d : kDialects)
    if (d.dialect == dialect) return d.uri;
  return {};
}

std::optional<Dialect> DialectFromUri(std::string_view uri) {
  uri = StripEmptyFragment(uri);
  for (const auto& d : kDialects)
    if (StripEmptyFragment(d.uri) == uri) return d.dialect;
  return std::nullopt;
}

std::string_view DialectName(Dialect dialect) {
  for (const auto& d : kDialects)
    if (d.dialect == dialect) return d.name;
  return {};
}

std::optional<Dialect> DialectFromName(std::string_view name) {
  for (const auto& d : kDialects)
    if (d.name == name) return d.dialect;
  return std::nullopt;
}

}  // namespace stepcache::schemas
