// The request directives of an HTTP Cache-Control header that StepCache
// honours (RFC 9111 section 5.2.1): no-cache (do not answer from the cache;
// still verify and store), no-store (do not store), max-age=N (answer only
// from entries at most N seconds old). Other directives are ignored.
// Pure; thread-safe.
#ifndef STEPCACHE_SERVER_CACHE_CONTROL_H_
#define STEPCACHE_SERVER_CACHE_CONTROL_H_

#include <cstdint>
#include <string_view>

namespace stepcache::server {

struct CacheControl {
  bool no_cache = false;
  bool no_store = false;
  std::int64_t max_age_seconds = -1;  // -1: no limit
};

// Parses a comma-separated directive list, case-insensitively. A malformed
// max-age value (not a non-negative decimal integer) is ignored, as RFC 9111
// asks of caches; a huge one saturates.
CacheControl ParseCacheControl(std::string_view header);

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_CACHE_CONTROL_H_
