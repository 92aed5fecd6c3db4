// Private: the part every Store shares — LRU order, TTL sweep, retrieval
// index, match ranking, stats — over a small persistence interface that the
// memory and SQLite stores implement. All hooks run with mu_ held.
#ifndef STEPCACHE_ENGINE_SRC_INDEXED_STORE_H_
#define STEPCACHE_ENGINE_SRC_INDEXED_STORE_H_

#include <cstdint>
#include <deque>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stepcache/engine/retrieval_index.h"
#include "stepcache/engine/store.h"

namespace stepcache::engine::internal {

class IndexedStore : public Store {
 public:
  explicit IndexedStore(StoreOptions options);

  std::uint64_t Put(const Entry& entry, std::string* error) override;
  std::optional<Match> Lookup(const Request& request, const LookupOptions& options) override;
  std::vector<Match> LookupCandidates(const Request& request, std::size_t max,
                                      const LookupOptions& options) override;
  std::optional<Entry> Get(std::uint64_t id) override;
  bool Invalidate(std::uint64_t id) override;
  std::size_t InvalidateTask(std::optional<std::string_view> tenant, std::string_view task) override;
  std::size_t InvalidateTenant(std::string_view tenant) override;
  StoreStats Stats() override;

 protected:
  // Persists atomically: erases `erase`, then inserts `*put` (if non-null)
  // and sets *new_id. On failure changes nothing and sets *error.
  virtual bool Commit(const Entry* put, const std::vector<std::uint64_t>& erase,
                      std::uint64_t* new_id, std::string* error) = 0;
  // The stored entry (prompt_template may be left empty), or false.
  virtual bool Load(std::uint64_t id, Entry* out) = 0;
  // Called before a lookup Loads several of `ids` (some may be skipped): a
  // remote store may fetch them in one round trip. Default: nothing.
  virtual void Prefetch(const std::vector<std::uint64_t>& ids) { (void)ids; }
  // Records a use; may be deferred.
  virtual void Touch(std::uint64_t id, std::int64_t last_used_ms, std::uint64_t hits) = 0;
  // Ids of entries with this tenant and/or task (nullopt: any).
  virtual std::vector<std::uint64_t> Select(const std::optional<std::string>& tenant,
                                            const std::optional<std::string>& task) = 0;

  // Adds an already persisted entry to the in-memory structures (used when a
  // durable store opens). Call in increasing last_used order, then
  // FinishRestore once.
  void Restore(const Entry& entry);
  void FinishRestore();

  // For stores shared between processes (redis_store.h), with mu_ held:
  // adds an entry another process persisted (no-op when `id` is known; kept
  // in creation order for the TTL sweep), forgets one that is gone from the
  // shared store without committing anything, and tells whether one is known.
  void AdoptLocked(const Entry& entry);
  bool ForgetLocked(std::uint64_t id);
  bool KnownLocked(std::uint64_t id) const { return meta_.count(id) != 0; }
  std::size_t LiveLocked() const { return meta_.size(); }

  std::int64_t Now() const { return options_.clock ? options_.clock() : SystemNowMs(); }
  static std::int64_t SystemNowMs();
  static std::uint64_t PayloadBytes(const Entry& entry);

  std::mutex mu_;
  StoreOptions options_;

 private:
  struct Meta {
    std::uint64_t partition = 0;
    std::uint64_t family = 0;
    std::int64_t created_ms = 0;
    std::int64_t last_used_ms = 0;
    std::uint64_t hits = 0;
    std::uint64_t bytes = 0;
    std::list<std::uint64_t>::iterator lru;  // position in lru_ (front = most recent)
  };
  enum class Reason { kEvicted, kExpired, kInvalidated, kReplaced };

  bool Expired(const Meta& meta, std::int64_t now) const;
  void AddLocked(const Entry& entry, const Signature& sig, const IndexKey& key);
  // Persists and forgets `ids`; returns how many were removed.
  std::size_t RemoveLocked(const std::vector<std::uint64_t>& ids, Reason reason);
  void SweepExpiredLocked(std::int64_t now);

  // Newest ids per family, for LookupCandidates(max > 1): repeated
  // structures arrive in bursts, so recent entries are good candidates even
  // when a paraphrase shares too few shingles for the LSH bands to meet.
  static constexpr std::size_t kRecentPerFamily = 16;
  std::unordered_map<std::uint64_t, std::deque<std::uint64_t>> recent_;

  RetrievalIndex index_;
  std::unordered_map<std::uint64_t, Meta> meta_;
  std::list<std::uint64_t> lru_;
  std::deque<std::pair<std::int64_t, std::uint64_t>> by_creation_;  // (created_ms, id)
  StoreStats stats_;
};

}  // namespace stepcache::engine::internal

#endif  // STEPCACHE_ENGINE_SRC_INDEXED_STORE_H_
