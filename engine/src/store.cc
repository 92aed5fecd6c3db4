#include "stepcache/engine/store.h"

#include "stepcache/engine/memory_store.h"
#include "stepcache/engine/redis_store.h"
#include "stepcache/engine/sqlite_store.h"

namespace stepcache::engine {

std::unique_ptr<Store> OpenStore(std::string_view spec, const StoreOptions& options,
                                 std::string* error) {
  if (spec == "memory") return NewMemoryStore(options);
  constexpr std::string_view kSqlite = "sqlite:";
  if (spec.substr(0, kSqlite.size()) == kSqlite) {
    const std::string path(spec.substr(kSqlite.size()));
    if (path.empty()) {
      if (error) *error = "store spec \"sqlite:\" names no file (expected sqlite:PATH)";
      return nullptr;
    }
    return OpenSqliteStore(path, options, error);
  }
  if (spec.substr(0, 8) == "redis://" || spec.substr(0, 16) == "redis+cluster://") {
    return OpenRedisStore(spec, options, error);
  }
  if (error) {
    *error = "unknown store spec \"" + std::string(spec) +
             "\" (expected memory, sqlite:PATH, redis://HOST:PORT[/DB] or "
             "redis+cluster://HOST:PORT,HOST:PORT,...)";
  }
  return nullptr;
}

}  // namespace stepcache::engine
