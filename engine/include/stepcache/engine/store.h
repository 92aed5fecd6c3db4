// The cache of verified outputs: put, look up the best match for a request,
// invalidate, count.
//
// Matching is confined to one partition (signature.h): a request only ever
// sees entries of the same tenant, task, model, sampling parameters and
// response schema, and the store compares those fields byte for byte before
// returning an entry, so not even a hash collision crosses a tenant.
// Within the partition, Lookup prefers, in order: the identical prompt; an
// entry with the same template (fewest changed slots, then most recent); the
// most similar prompt by exact shingle Jaccard, if at least the threshold.
//
// Capacity is enforced by LRU eviction (a Put beyond `capacity` evicts the
// least recently used entries; a Lookup hit or a Get counts as a use). With a
// TTL, an entry expires `ttl_seconds` after it was created: it is never
// returned after that, and is removed when a lookup meets it or when a Put or
// Lookup sweeps the oldest entries (amortised O(1)).
//
// Thread-safety: every Store method may be called from any thread; each
// implementation serialises them with one mutex. Ownership: a Store owns its
// entries and (for SQLite) its database handle; returned Entries are copies.
#ifndef STEPCACHE_ENGINE_STORE_H_
#define STEPCACHE_ENGINE_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/engine/request.h"
#include "stepcache/engine/signature.h"

namespace stepcache::engine {

struct Entry {
  std::uint64_t id = 0;          // assigned by Put (ids start at 1 and are never reused)
  Request request;               // the request the output answers (request.id is kept as a label)
  std::string output;            // the verified model output
  PromptTemplate prompt_template;  // SplitPrompt(request.prompt), recomputed by Put
  std::int64_t created_ms = 0;   // milliseconds since the epoch (by the store's clock)
  std::int64_t last_used_ms = 0;
  std::uint64_t hits = 0;        // Lookup hits that returned this entry
  std::string metadata_json;     // free-form caller data (e.g. steps, verdicts), stored verbatim
};

struct Match {
  Entry entry;
  // Shingle Jaccard of the two prompts (1.0 for the identical prompt).
  double score = 0;
  bool exact_prompt = false;
  bool exact_template = false;
  SlotDiff diff;  // comparable iff exact_template
};

struct LookupOptions {
  // Overrides StoreOptions::similarity_threshold when >= 0.
  double similarity_threshold = -1;
  // When false only identical-prompt and same-template entries are returned.
  bool allow_similar = true;
  // When false a hit does not count as a use (no LRU move, no hit count).
  bool touch = true;
  // When false, entries whose request differs only in the response schema
  // are candidates too (ranked after same-schema ones within a tier): for
  // callers that verify every candidate against their own schema.
  bool same_schema = true;
  // When >= 0, only entries created at most this many seconds ago are
  // returned (HTTP `Cache-Control: max-age=N`); older ones stay stored.
  std::int64_t max_age_seconds = -1;
};

struct StoreStats {
  std::uint64_t entries = 0;      // live entries now
  std::uint64_t hits = 0;         // Lookups that returned a match (this process)
  std::uint64_t misses = 0;       // Lookups that returned none (this process)
  std::uint64_t evictions = 0;    // entries removed for capacity (this process)
  std::uint64_t expirations = 0;  // entries removed for TTL (this process)
  std::uint64_t invalidations = 0;  // entries removed by Invalidate* (this process)
  std::uint64_t bytes = 0;        // payload bytes of live entries: prompt, output,
                                  // schema, metadata and name fields
  std::uint64_t index_bytes = 0;  // RetrievalIndex::MemoryBytes()
  std::uint64_t errors = 0;       // operations that failed because the store could
                                  // not be reached or answered garbage (this process)
  bool available = true;          // false while a remote store is unreachable
};

struct StoreOptions {
  std::size_t capacity = 100000;    // max live entries; 0 = unlimited
  std::int64_t ttl_seconds = 0;     // 0 = entries never expire
  // Minimum shingle Jaccard for a similar-prompt match. Identical-prompt and
  // same-template matches are returned whatever their score: the slots are
  // exactly what the planner verifies and patches.
  double similarity_threshold = 0.5;
  // Milliseconds since the epoch; tests inject a fake. Default: system clock.
  std::function<std::int64_t()> clock;
  // SQLite only: synchronous=FULL (each commit survives power loss) instead
  // of NORMAL (each commit survives a process crash; the last commits may be
  // lost on power loss or OS crash, never the database's consistency).
  bool sqlite_full_sync = false;
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores `entry` and returns its new id (entry.id is ignored), or 0 with
  // *error set (if given) when it could not be stored. The caller's contract:
  // only outputs that passed the integrity check are stored; the store does
  // not verify them. An existing entry with the same partition and identical
  // prompt is replaced (the newer verified output wins). created_ms and
  // last_used_ms are set to now, hits to 0, the template recomputed.
  virtual std::uint64_t Put(const Entry& entry, std::string* error = nullptr) = 0;

  // The best live match for `request` in its partition (see the file comment),
  // or nullopt. A hit updates the entry's last use and hit count unless
  // options.touch is false.
  virtual std::optional<Match> Lookup(const Request& request, const LookupOptions& options = {}) = 0;
  // Up to `max` best live matches, best first (the first is what Lookup
  // returns). Only the first counts as a use.
  virtual std::vector<Match> LookupCandidates(const Request& request, std::size_t max,
                                              const LookupOptions& options = {}) = 0;

  // The live entry `id` (not expired), or nullopt. Does not count as a use.
  virtual std::optional<Entry> Get(std::uint64_t id) = 0;

  // Removes entry `id`; false when there was none.
  virtual bool Invalidate(std::uint64_t id) = 0;

  // Removes every entry of `task` (of one tenant, or of every tenant when
  // `tenant` is nullopt; an empty tenant means "default"). Returns how many.
  virtual std::size_t InvalidateTask(std::optional<std::string_view> tenant,
                                     std::string_view task) = 0;

  // Removes every entry of `tenant` ("" means "default"). Returns how many.
  virtual std::size_t InvalidateTenant(std::string_view tenant) = 0;

  virtual StoreStats Stats() = 0;
};

// Opens a store from a spec:
//   "memory"       an in-process store (memory_store.h)
//   "sqlite:PATH"  a durable store in the SQLite file PATH (sqlite_store.h)
//   "redis://HOST:PORT[/DB]", "redis+cluster://HOST:PORT,HOST:PORT,..."
//                  a store shared by every process on one Redis or Redis
//                  Cluster (redis_store.h; optional "?prefix=NAME")
// Returns nullptr and sets *error (if given) to one line naming the spec and
// what is wrong when the spec is unknown or the store cannot be opened.
std::unique_ptr<Store> OpenStore(std::string_view spec, const StoreOptions& options,
                                 std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_STORE_H_
