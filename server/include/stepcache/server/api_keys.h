// API keys and the tenants they belong to (`stepcache serve --keys FILE`).
//
// File format: UTF-8 text, one key per line as `KEY TENANT` separated by
// spaces or tabs; blank lines and lines starting with `#` (after optional
// whitespace) are ignored. KEY is any run of printable non-space ASCII;
// TENANT is 1-64 characters of [A-Za-z0-9_.-]. A key may appear once; many
// keys may share a tenant. A tenant only ever sees its own cache entries.
//
// Immutable after Parse; lookups are thread-safe.
#ifndef STEPCACHE_SERVER_API_KEYS_H_
#define STEPCACHE_SERVER_API_KEYS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace stepcache::server {

class ApiKeys {
 public:
  // Parses the file text. nullopt with *error ("line 3: ...") on a bad line.
  static std::optional<ApiKeys> Parse(std::string_view text, std::string* error);
  // Reads and parses `path`; *error names the file.
  static std::optional<ApiKeys> Load(const std::string& path, std::string* error);

  // The tenant of `key`, or nullptr.
  const std::string* Tenant(std::string_view key) const;
  std::size_t size() const { return tenants_.size(); }

 private:
  std::unordered_map<std::string, std::string> tenants_;
};

// The key of an `Authorization: Bearer KEY` header value, or "" when the
// value is not of that form (scheme compared case-insensitively).
std::string_view BearerToken(std::string_view authorization);

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_API_KEYS_H_
