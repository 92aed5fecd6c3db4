#include "stepcache/engine/memory_store.h"

#include <unordered_map>

#include "indexed_store.h"

namespace stepcache::engine {

namespace {

class MemoryStore final : public internal::IndexedStore {
 public:
  explicit MemoryStore(const StoreOptions& options) : IndexedStore(options) {}

 protected:
  bool Commit(const Entry* put, const std::vector<std::uint64_t>& erase, std::uint64_t* new_id,
              std::string* error) override {
    for (std::uint64_t id : erase) entries_.erase(id);
    if (put) {
      const std::uint64_t id = next_id_++;
      Entry& e = entries_[id];
      e = *put;
      e.id = id;
      *new_id = id;
    }
    return true;
  }

  bool Load(std::uint64_t id, Entry* out) override {
    auto it = entries_.find(id);
    if (it == entries_.end()) return false;
    *out = it->second;
    return true;
  }

  void Touch(std::uint64_t, std::int64_t, std::uint64_t) override {}  // the base keeps uses

  std::vector<std::uint64_t> Select(const std::optional<std::string>& tenant,
                                    const std::optional<std::string>& task) override {
    std::vector<std::uint64_t> ids;
    for (const auto& [id, e] : entries_) {
      if (tenant && EffectiveTenant(e.request) != *tenant) continue;
      if (task && e.request.task != *task) continue;
      ids.push_back(id);
    }
    return ids;
  }

 private:
  std::unordered_map<std::uint64_t, Entry> entries_;
  std::uint64_t next_id_ = 1;
};

}  // namespace

std::unique_ptr<Store> NewMemoryStore(const StoreOptions& options) {
  return std::make_unique<MemoryStore>(options);
}

}  // namespace stepcache::engine
