#include "stepcache/server/cache_control.h"

#include <cctype>
#include <limits>

namespace stepcache::server {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

CacheControl ParseCacheControl(std::string_view header) {
  CacheControl cc;
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view directive = Trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    const std::size_t eq = directive.find('=');
    const std::string_view name = Trim(directive.substr(0, eq));
    std::string_view value = eq == std::string_view::npos ? std::string_view() : Trim(directive.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (IEquals(name, "no-cache")) {
      cc.no_cache = true;
    } else if (IEquals(name, "no-store")) {
      cc.no_store = true;
    } else if (IEquals(name, "max-age") && !value.empty()) {
      std::int64_t n = 0;
      bool ok = true;
      for (char c : value) {
        if (c < '0' || c > '9') {
          ok = false;
          break;
        }
        if (n > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
          n = std::numeric_limits<std::int64_t>::max() / 1000;  // saturate (ms must not overflow)
          break;
        }
        n = n * 10 + (c - '0');
      }
      if (ok) cc.max_age_seconds = std::min<std::int64_t>(n, std::numeric_limits<std::int64_t>::max() / 1000);
    }
  }
  return cc;
}

}  // namespace stepcache::server
