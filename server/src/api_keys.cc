#include "stepcache/server/api_keys.h"

#include "stepcache/schemas/json.h"

namespace stepcache::server {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool IsTenantChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-';
}

}  // namespace

std::optional<ApiKeys> ApiKeys::Parse(std::string_view text, std::string* error) {
  ApiKeys keys;
  std::size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    std::size_t i = 0;
    while (i < line.size() && IsSpace(line[i])) ++i;
    if (i == line.size() || line[i] == '#') continue;
    auto fail = [&](const std::string& what) {
      if (error) *error = "line " + std::to_string(line_no) + ": " + what;
      return std::nullopt;
    };
    const std::size_t key_start = i;
    while (i < line.size() && !IsSpace(line[i])) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      if (c < 0x21 || c > 0x7e) return fail("a key is printable ASCII without spaces");
      ++i;
    }
    const std::string key(line.substr(key_start, i - key_start));
    while (i < line.size() && IsSpace(line[i])) ++i;
    const std::size_t tenant_start = i;
    while (i < line.size() && !IsSpace(line[i])) ++i;
    const std::string tenant(line.substr(tenant_start, i - tenant_start));
    while (i < line.size() && IsSpace(line[i])) ++i;
    if (tenant.empty()) return fail("expected `KEY TENANT`");
    if (i != line.size()) return fail("expected `KEY TENANT` and nothing after it");
    if (tenant.size() > 64) return fail("a tenant has at most 64 characters");
    for (char c : tenant) {
      if (!IsTenantChar(c)) return fail("a tenant is made of [A-Za-z0-9_.-]");
    }
    if (!keys.tenants_.emplace(key, tenant).second) return fail("this key is listed twice");
  }
  if (keys.tenants_.empty()) {
    if (error) *error = "no keys";
    return std::nullopt;
  }
  return keys;
}

std::optional<ApiKeys> ApiKeys::Load(const std::string& path, std::string* error) {
  std::string text, e;
  if (!ReadFile(path, &text, &e)) {
    if (error) *error = e;
    return std::nullopt;
  }
  auto keys = Parse(text, &e);
  if (!keys && error) *error = path + ": " + e;
  return keys;
}

const std::string* ApiKeys::Tenant(std::string_view key) const {
  if (key.empty()) return nullptr;
  auto it = tenants_.find(std::string(key));
  return it == tenants_.end() ? nullptr : &it->second;
}

std::string_view BearerToken(std::string_view v) {
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  if (v.size() < 7) return {};
  static constexpr char kBearer[] = "bearer ";
  for (std::size_t i = 0; i < 7; ++i) {
    const char c = v[i] >= 'A' && v[i] <= 'Z' ? static_cast<char>(v[i] - 'A' + 'a') : v[i];
    if (c != kBearer[i]) return {};
  }
  v.remove_prefix(7);
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

}  // namespace stepcache::server
