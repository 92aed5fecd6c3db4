// A Store shared by every process that opens the same Redis (or Redis
// Cluster): "redis://HOST:PORT[/DB][?prefix=NAME]" or
// "redis+cluster://HOST:PORT,HOST:PORT,...[?prefix=NAME]" in OpenStore.
//
// What lives in Redis (every key starts with the prefix, default
// "stepcache"; <tag> is "<tenant hash>.<family hash>", the family being the
// partition without the response schema, see signature.h):
//   P:{<tag>}:e:<id>  one entry: a versioned, length-prefixed value with a
//                     checksum (a value that fails to decode is rejected,
//                     never served, and counted in StoreStats::errors)
//   P:{<tag>}:log     sorted set: every entry id of the family, scored by a
//                     per-family sequence (P:{<tag>}:seq) that one Lua script
//                     assigns atomically with the entry's write, so a reader
//                     that remembers the last sequence it saw misses nothing
//   P:id:<id>         <tag> of entry <id>: Get/Invalidate by id anywhere
//   P:next_id         INCR counter: ids unique across processes
//   P:lru             sorted set of ids by last use: global LRU order
//   P:tenants, P:t:<tenant hash>   which families exist (for Invalidate*)
// P:{<tag>}:seq and the P:tenants / P:t:* sets never expire (a few bytes
// per family ever used); everything else is removed or expires with its
// entries. All keys of one family share a hash tag, so every multi-key
// command stays in one cluster slot; global keys are only used by
// single-key commands.
//
// Each process keeps the retrieval index of the families it has served (the
// shared IndexedStore machinery) and, before each Put and Lookup, pulls the
// family's new ids from its log, so a similar (not only identical) prompt
// cached by one process is found by another. Each candidate is read back
// from Redis before it is returned: an entry that is gone there (expired,
// evicted, invalidated by another process) is dropped locally and never
// returned; with Redis unreachable nothing is returned at all.
//
// Exact across processes: ids; isolation (tenant, task and model compared
// byte for byte, as every store); invalidation (a removed entry is never
// served again by anyone); TTL and max_age (each process compares its own
// clock with the entry's created_ms, so clocks should agree; Redis also
// PEXPIREs every entry key `ttl_seconds` after the Put).
// Approximate across processes: capacity (after each Put the store evicts
// the least recently used ids of P:lru while it holds more than `capacity`;
// concurrent Puts may overshoot briefly); LRU order (uses are written to
// P:lru in batches and before this process's evictions, the last writer
// wins); StoreStats::entries (P:lru's size, which may still
// count entries Redis expired until a Put trims them). Hits, misses, bytes,
// index_bytes and the other counters are per process, and a process's
// index may keep ids another process evicted until a lookup meets them.
// Every process sharing a prefix should use the same StoreOptions.
//
// Failure: connections have connect/command timeouts (250 ms / 1 s); an
// unreachable node is retried after an exponential backoff (50 ms .. 2 s)
// and fails at once meanwhile; Lookup then returns nothing, Put returns 0,
// Invalidate* remove nothing, Stats().available is false and every failed
// operation is counted in Stats().errors (with error replies such as
// CLUSTERDOWN and values that fail to decode). Opening never waits for Redis: a
// store opened while Redis is down works once Redis answers.
//
// Thread-safety: as store.h. Redis round trips of one store object run
// under its mutex except the per-family sync reads; a small connection pool
// serves the rest. The Store owns its connections.
#ifndef STEPCACHE_ENGINE_REDIS_STORE_H_
#define STEPCACHE_ENGINE_REDIS_STORE_H_

#include <memory>
#include <string>
#include <string_view>

#include "stepcache/engine/store.h"

namespace stepcache::engine {

// Opens a store on the Redis named by `spec` (see the file comment). Returns
// nullptr and sets *error (if given) to one line naming the spec when it is
// malformed; an unreachable server is not an error here.
std::unique_ptr<Store> OpenRedisStore(std::string_view spec, const StoreOptions& options,
                                      std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_REDIS_STORE_H_
