// An in-process Store: entries live in this process's memory and die with it.
// The default for tests, benchmarks and one-shot CLI runs. Thread-safe (one
// mutex, see store.h); the returned Store owns every entry.
#ifndef STEPCACHE_ENGINE_MEMORY_STORE_H_
#define STEPCACHE_ENGINE_MEMORY_STORE_H_

#include <memory>

#include "stepcache/engine/store.h"

namespace stepcache::engine {

// A new, empty in-memory store. Never fails.
std::unique_ptr<Store> NewMemoryStore(const StoreOptions& options = {});

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_MEMORY_STORE_H_
