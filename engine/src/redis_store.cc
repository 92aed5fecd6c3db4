#include "stepcache/engine/redis_store.h"

#include <algorithm>
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "indexed_store.h"
#include "redis_client.h"
#include "redis_entry.h"

namespace stepcache::engine {

namespace {

using internal::RedisClient;
using internal::RedisClientOptions;
using internal::RedisCommand;
using internal::RedisNode;
using internal::RedisReply;

// Ids read per sync round trip; a process meeting a large family for the
// first time reads it in batches.
constexpr int kSyncBatch = 512;
// Uses recorded before they are written to P:lru in one ZADD.
constexpr std::size_t kTouchBatch = 32;

// Inserts one entry atomically with its place in the family log.
// KEYS: seq, log, entry. ARGV: id member, value, ttl_ms (0: none).
constexpr const char* kInsertScript =
    "local s = redis.call('INCR', KEYS[1])\n"
    "local ttl = tonumber(ARGV[3])\n"
    "if ttl > 0 then\n"
    "  redis.call('SET', KEYS[3], ARGV[2], 'PX', ttl)\n"
    "else\n"
    "  redis.call('SET', KEYS[3], ARGV[2])\n"
    "end\n"
    "redis.call('ZADD', KEYS[2], s, ARGV[1])\n"
    "if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end\n"
    "return s\n";

std::string Hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, v);
  return buf;
}

// LRU members are zero-padded so equal scores order by id (oldest first).
std::string LruMember(std::uint64_t id) {
  char buf[21];
  std::snprintf(buf, sizeof buf, "%020" PRIu64, id);
  return buf;
}

bool ParseUint(std::string_view text, std::uint64_t max, std::uint64_t* out) {
  if (text.empty() || text.size() > 20) return false;
  std::uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
    if (v > (max - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = v;
  return true;
}

bool ParseNode(std::string_view text, RedisNode* node) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::uint64_t port = 0;
  if (!ParseUint(text.substr(colon + 1), 65535, &port) || port == 0) return false;
  node->host = std::string(text.substr(0, colon));
  node->port = static_cast<int>(port);
  return true;
}

struct Spec {
  RedisClientOptions client;
  std::string prefix = "stepcache";
};

bool ParseSpec(std::string_view spec, Spec* out, std::string* why) {
  constexpr std::string_view kPlain = "redis://";
  constexpr std::string_view kCluster = "redis+cluster://";
  std::string_view rest;
  if (spec.substr(0, kCluster.size()) == kCluster) {
    out->client.cluster = true;
    rest = spec.substr(kCluster.size());
  } else if (spec.substr(0, kPlain.size()) == kPlain) {
    rest = spec.substr(kPlain.size());
  } else {
    *why = "expected redis://HOST:PORT[/DB] or redis+cluster://HOST:PORT,...";
    return false;
  }
  const std::size_t q = rest.find('?');
  if (q != std::string_view::npos) {
    const std::string_view query = rest.substr(q + 1);
    rest = rest.substr(0, q);
    constexpr std::string_view kPrefix = "prefix=";
    if (query.substr(0, kPrefix.size()) != kPrefix) {
      *why = "unknown option \"" + std::string(query) + "\" (expected prefix=NAME)";
      return false;
    }
    out->prefix = std::string(query.substr(kPrefix.size()));
    const bool ok = !out->prefix.empty() && out->prefix.size() <= 64 &&
                    std::all_of(out->prefix.begin(), out->prefix.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || c == ':';
                    });
    if (!ok) {
      *why = "prefix must be 1-64 characters of [A-Za-z0-9_.:-]";
      return false;
    }
  }
  if (!out->client.cluster) {
    const std::size_t slash = rest.find('/');
    if (slash != std::string_view::npos) {
      std::uint64_t db = 0;
      if (!ParseUint(rest.substr(slash + 1), 1u << 20, &db)) {
        *why = "DB must be a number";
        return false;
      }
      out->client.db = static_cast<int>(db);
      rest = rest.substr(0, slash);
    }
    RedisNode node;
    if (!ParseNode(rest, &node)) {
      *why = "expected HOST:PORT";
      return false;
    }
    out->client.seeds.push_back(node);
    return true;
  }
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    RedisNode node;
    if (!ParseNode(rest.substr(0, comma), &node)) {
      *why = "expected HOST:PORT,HOST:PORT,...";
      return false;
    }
    out->client.seeds.push_back(node);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  if (out->client.seeds.empty()) {
    *why = "names no node";
    return false;
  }
  return true;
}

StoreOptions LocalOptions(StoreOptions options) {
  options.capacity = 0;  // capacity is enforced over Redis (AfterPut)
  return options;
}

class RedisStore final : public internal::IndexedStore {
 public:
  RedisStore(const StoreOptions& options, const Spec& spec)
      : IndexedStore(LocalOptions(options)),
        capacity_(options.capacity),
        ttl_ms_(options.ttl_seconds > 0 ? options.ttl_seconds * 1000 : 0),
        prefix_(spec.prefix),
        client_(spec.client) {}

  ~RedisStore() override {
    std::lock_guard<std::mutex> lock(mu_);
    FlushTouchesLocked();
  }

  std::uint64_t Put(const Entry& entry, std::string* error) override {
    Sync(entry.request);
    const std::uint64_t id = IndexedStore::Put(entry, error);
    if (id != 0) AfterPut();
    return id;
  }

  std::vector<Match> LookupCandidates(const Request& request, std::size_t max,
                                      const LookupOptions& options) override {
    Sync(request);
    std::vector<Match> matches = IndexedStore::LookupCandidates(request, max, options);
    std::lock_guard<std::mutex> lock(mu_);
    prefetched_.clear();  // never reused by a later call: it could be stale
    DropGoneLocked();
    return matches;
  }

  std::optional<Entry> Get(std::uint64_t id) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      EnsureKnownLocked(id);
    }
    std::optional<Entry> e = IndexedStore::Get(id);
    std::lock_guard<std::mutex> lock(mu_);
    DropGoneLocked();
    return e;
  }

  bool Invalidate(std::uint64_t id) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      EnsureKnownLocked(id);
      DropGoneLocked();
    }
    return IndexedStore::Invalidate(id);
  }

  StoreStats Stats() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      FlushTouchesLocked();
    }
    StoreStats s = IndexedStore::Stats();
    const RedisReply n = client_.Run(LruKey(), RedisCommand{"ZCARD", LruKey()});
    if (n.type == RedisReply::Type::kInteger && n.integer >= 0) {
      s.entries = static_cast<std::uint64_t>(n.integer);
    }
    std::lock_guard<std::mutex> lock(mu_);
    s.evictions += evictions_;
    s.errors = client_.io_errors() + client_.server_errors() + rejected_;
    s.available = client_.available();
    return s;
  }

  // Makes a first contact so Stats().available is meaningful at once.
  void Ping() { client_.Run(LruKey(), RedisCommand{"PING"}); }

 protected:
  bool Commit(const Entry* put, const std::vector<std::uint64_t>& erase, std::uint64_t* new_id,
              std::string* error) override {
    if (!erase.empty() && !DeleteIdsLocked(erase)) {
      if (error) *error = "redis: cannot remove entries (server unreachable)";
      return false;
    }
    if (!put) return true;
    const RedisReply next = client_.Run(NextIdKey(), RedisCommand{"INCR", NextIdKey()});
    if (next.type != RedisReply::Type::kInteger || next.integer <= 0) {
      if (error) *error = "redis: cannot allocate an id: " + Describe(next);
      return false;
    }
    Entry e = *put;
    e.id = static_cast<std::uint64_t>(next.integer);
    const std::string tag = TagOf(e.request);
    const std::string member = std::to_string(e.id);
    const RedisReply inserted = client_.Run(
        SeqKey(tag), RedisCommand{"EVAL", kInsertScript, "3", SeqKey(tag), LogKey(tag),
                                  EntryKey(tag, e.id), member, internal::EncodeRedisEntry(e),
                                  std::to_string(ttl_ms_)});
    if (inserted.type != RedisReply::Type::kInteger) {
      if (error) *error = "redis: cannot store the entry: " + Describe(inserted);
      return false;
    }
    // The rest is bookkeeping for other processes: best effort (a failure
    // is counted by the client and only costs Get-by-id or LRU order).
    RedisCommand set_id{"SET", IdKey(e.id), tag};
    if (ttl_ms_ > 0) {
      set_id.push_back("PX");
      set_id.push_back(std::to_string(ttl_ms_));
    }
    client_.Run(IdKey(e.id), set_id);
    client_.Run(LruKey(),
                RedisCommand{"ZADD", LruKey(), std::to_string(e.created_ms), LruMember(e.id)});
    if (registered_.insert(tag).second) {
      const std::string th = TenantHash(e.request);
      const RedisReply a = client_.Run(TenantsKey(), RedisCommand{"SADD", TenantsKey(), th});
      const RedisReply b = client_.Run(TenantKey(th), RedisCommand{"SADD", TenantKey(th), tag});
      if (!a.ok() || !b.ok()) registered_.erase(tag);
    }
    tags_[e.id] = tag;
    std::uint64_t& cursor = synced_[tag];
    if (static_cast<std::uint64_t>(inserted.integer) == cursor + 1) cursor = inserted.integer;
    *new_id = e.id;
    return true;
  }

  // One pipelined GET per family for a lookup's candidates; Load takes
  // the values from here (within the same locked lookup).
  void Prefetch(const std::vector<std::uint64_t>& ids) override {
    prefetched_.clear();
    std::unordered_map<std::string, std::vector<std::uint64_t>> by_tag;
    for (std::uint64_t id : ids) {
      auto it = tags_.find(id);
      if (it != tags_.end()) by_tag[it->second].push_back(id);
    }
    for (const auto& [tag, family] : by_tag) {
      if (family.size() < 2) continue;
      std::vector<RedisCommand> gets;
      for (std::uint64_t id : family) gets.push_back({"GET", EntryKey(tag, id)});
      std::vector<RedisReply> values = client_.Run(LogKey(tag), gets);
      for (std::size_t i = 0; i < family.size(); ++i) {
        if (values[i].type == RedisReply::Type::kString || values[i].type == RedisReply::Type::kNil) {
          prefetched_[family[i]] = std::move(values[i]);
        }
      }
    }
  }

  bool Load(std::uint64_t id, Entry* out) override {
    std::string tag;
    if (!TagLocked(id, &tag)) return false;
    RedisReply r;
    auto pre = prefetched_.find(id);
    if (pre != prefetched_.end()) {
      r = std::move(pre->second);
      prefetched_.erase(pre);
    } else {
      r = client_.Run(EntryKey(tag, id), RedisCommand{"GET", EntryKey(tag, id)});
    }
    if (r.io_error() || r.type == RedisReply::Type::kError) return false;  // not known gone
    if (r.type != RedisReply::Type::kString) {
      gone_.push_back(id);
      return false;
    }
    Entry e;
    if (!Decode(r.str, tag, id, &e)) {
      gone_.push_back(id);
      return false;
    }
    *out = std::move(e);
    return true;
  }

  // Uses are batched (one ZADD per kTouchBatch hits, and before each
  // eviction decision), so a hit costs no extra round trip.
  void Touch(std::uint64_t id, std::int64_t last_used_ms, std::uint64_t) override {
    pending_touches_[id] = last_used_ms;
    if (pending_touches_.size() >= kTouchBatch) FlushTouchesLocked();
  }

  std::vector<std::uint64_t> Select(const std::optional<std::string>& tenant,
                                    const std::optional<std::string>& task) override {
    std::vector<std::string> tenant_hashes;
    if (tenant) {
      tenant_hashes.push_back(Hex(HashBytes(*tenant)));
    } else {
      const RedisReply r = client_.Run(TenantsKey(), RedisCommand{"SMEMBERS", TenantsKey()});
      for (const RedisReply& m : r.elements) tenant_hashes.push_back(m.str);
    }
    std::vector<std::uint64_t> ids;
    for (const std::string& th : tenant_hashes) {
      const RedisReply tags = client_.Run(TenantKey(th), RedisCommand{"SMEMBERS", TenantKey(th)});
      for (const RedisReply& t : tags.elements) {
        const std::string& tag = t.str;
        if (tag.size() < 2 || tag.front() != '{' || tag.back() != '}') continue;
        std::vector<std::pair<std::uint64_t, Entry>> entries;
        FetchFamily(tag, 0, &entries, nullptr);
        for (auto& [id, e] : entries) {
          if (tenant && EffectiveTenant(e.request) != *tenant) continue;
          if (task && e.request.task != *task) continue;
          AdoptLocked(e);
          tags_[id] = tag;
          ids.push_back(id);
        }
      }
    }
    DropGoneLocked();
    return ids;
  }

 private:
  static std::string Describe(const RedisReply& r) {
    if (r.type == RedisReply::Type::kIoError || r.type == RedisReply::Type::kError) return r.str;
    return "unexpected reply";
  }

  static std::string TenantHash(const Request& r) { return Hex(HashBytes(EffectiveTenant(r))); }
  static std::string TagOf(const Request& r) {
    return "{" + TenantHash(r) + "." + Hex(FamilyKey(r)) + "}";
  }
  std::string EntryKey(const std::string& tag, std::uint64_t id) const {
    return prefix_ + ":" + tag + ":e:" + std::to_string(id);
  }
  std::string LogKey(const std::string& tag) const { return prefix_ + ":" + tag + ":log"; }
  std::string SeqKey(const std::string& tag) const { return prefix_ + ":" + tag + ":seq"; }
  std::string IdKey(std::uint64_t id) const { return prefix_ + ":id:" + std::to_string(id); }
  std::string NextIdKey() const { return prefix_ + ":next_id"; }
  std::string LruKey() const { return prefix_ + ":lru"; }
  std::string TenantsKey() const { return prefix_ + ":tenants"; }
  std::string TenantKey(const std::string& th) const { return prefix_ + ":t:" + th; }

  // Decodes an untrusted value; a value that fails, or that names another
  // id or family than the key it was read from, is counted and rejected.
  bool Decode(const std::string& bytes, const std::string& tag, std::uint64_t id, Entry* out) {
    if (!internal::DecodeRedisEntry(bytes, out) || out->id != id || TagOf(out->request) != tag) {
      ++rejected_;
      return false;
    }
    if (out->request.tenant.empty()) out->request.tenant = "default";
    return true;
  }

  // The family tag of `id`: known locally, or read from P:id:<id>.
  bool TagLocked(std::uint64_t id, std::string* tag) {
    auto it = tags_.find(id);
    if (it != tags_.end()) {
      *tag = it->second;
      return true;
    }
    const RedisReply r = client_.Run(IdKey(id), RedisCommand{"GET", IdKey(id)});
    if (r.type != RedisReply::Type::kString || r.str.size() < 2 || r.str.front() != '{' ||
        r.str.back() != '}') {
      return false;
    }
    *tag = r.str;
    tags_[id] = r.str;
    return true;
  }

  // Makes an entry another process stored known here (for Get/Invalidate).
  void EnsureKnownLocked(std::uint64_t id) {
    if (id == 0 || KnownLocked(id)) return;
    Entry e;
    if (!Load(id, &e)) return;
    AdoptLocked(e);
  }

  // Entries of the family log with sequence > `after`, decoded into
  // *entries; ids whose value expired are removed from the log, values that
  // fail to decode are counted and skipped. Returns false on an I/O error;
  // *last_seq (if given) is the highest sequence read. Touches no member
  // but rejected_ (atomic), so it may run without mu_.
  bool FetchFamily(const std::string& tag, std::uint64_t after,
                   std::vector<std::pair<std::uint64_t, Entry>>* entries, std::uint64_t* last_seq) {
    const std::string log = LogKey(tag);
    for (;;) {
      const RedisReply r = client_.Run(
          log, RedisCommand{"ZRANGEBYSCORE", log, "(" + std::to_string(after), "+inf",
                            "WITHSCORES", "LIMIT", "0", std::to_string(kSyncBatch)});
      if (r.type != RedisReply::Type::kArray) return false;
      std::vector<std::uint64_t> ids;
      for (std::size_t i = 0; i + 1 < r.elements.size(); i += 2) {
        std::uint64_t id = 0, seq = 0;
        // Scores come back as text; sequences are integers. Anything else
        // was not written by this store: count it, drop it from the log and
        // let the next sync continue (rather than loop on it here).
        if (!ParseUint(r.elements[i + 1].str, UINT64_MAX, &seq) || seq <= after) {
          ++rejected_;
          client_.Run(log, RedisCommand{"ZREM", log, r.elements[i].str});
          return false;
        }
        after = seq;
        if (!ParseUint(r.elements[i].str, UINT64_MAX, &id) || id == 0) continue;
        ids.push_back(id);
      }
      if (!ids.empty()) {
        std::vector<RedisCommand> gets;
        for (std::uint64_t id : ids) gets.push_back({"GET", EntryKey(tag, id)});
        const std::vector<RedisReply> values = client_.Run(log, gets);
        std::vector<RedisCommand> stale;
        for (std::size_t i = 0; i < ids.size(); ++i) {
          if (values[i].io_error()) return false;
          if (values[i].type == RedisReply::Type::kNil) {
            stale.push_back({"ZREM", log, std::to_string(ids[i])});
            continue;
          }
          Entry e;
          if (values[i].type != RedisReply::Type::kString || !Decode(values[i].str, tag, ids[i], &e)) {
            continue;
          }
          entries->emplace_back(ids[i], std::move(e));
        }
        if (!stale.empty()) client_.Run(log, stale);  // expired: tidy the log
      }
      if (last_seq) *last_seq = after;
      if (r.elements.size() < 2 * static_cast<std::size_t>(kSyncBatch)) return true;
    }
  }

  // Pulls the new ids of the request's family into the local index.
  void Sync(const Request& request) {
    const std::string tag = TagOf(request);
    std::uint64_t cursor;
    {
      std::lock_guard<std::mutex> lock(mu_);
      cursor = synced_[tag];
    }
    std::vector<std::pair<std::uint64_t, Entry>> entries;
    std::uint64_t last = cursor;
    const bool ok = FetchFamily(tag, cursor, &entries, &last);
    std::lock_guard<std::mutex> lock(mu_);
    for (auto& [id, e] : entries) {
      if (KnownLocked(id)) continue;
      AdoptLocked(e);
      tags_[id] = tag;
    }
    if (ok) {
      std::uint64_t& c = synced_[tag];
      c = std::max(c, last);
    }
  }

  // Removes `ids` from Redis. False when Redis could not be reached.
  bool DeleteIdsLocked(const std::vector<std::uint64_t>& ids) {
    bool ok = true;
    RedisCommand zrem{"ZREM", LruKey()};
    for (std::uint64_t id : ids) {
      std::string tag;
      if (TagLocked(id, &tag)) {
        const std::vector<RedisReply> r = client_.Run(
            LogKey(tag), {{"DEL", EntryKey(tag, id)}, {"ZREM", LogKey(tag), std::to_string(id)}});
        ok = ok && !r[0].io_error();
      }
      ok = ok && !client_.Run(IdKey(id), RedisCommand{"DEL", IdKey(id)}).io_error();
      zrem.push_back(LruMember(id));
      tags_.erase(id);
      pending_touches_.erase(id);
    }
    ok = ok && !client_.Run(LruKey(), zrem).io_error();
    return ok;
  }

  void FlushTouchesLocked() {
    if (pending_touches_.empty()) return;
    RedisCommand zadd{"ZADD", LruKey(), "XX"};
    for (const auto& [id, ms] : pending_touches_) {
      zadd.push_back(std::to_string(ms));
      zadd.push_back(LruMember(id));
    }
    pending_touches_.clear();
    client_.Run(LruKey(), zadd);  // best effort: uses only order eviction
  }

  void DropGoneLocked() {
    for (std::uint64_t id : gone_) {
      ForgetLocked(id);
      tags_.erase(id);
    }
    gone_.clear();
  }

  // Global capacity (LRU over P:lru) and TTL tidying after a Put.
  void AfterPut() {
    std::lock_guard<std::mutex> lock(mu_);
    FlushTouchesLocked();
    if (ttl_ms_ > 0) {
      // Scored by last use, so a member older than the TTL was created
      // earlier still: its entry has expired.
      client_.Run(LruKey(), RedisCommand{"ZREMRANGEBYSCORE", LruKey(), "-inf",
                                         "(" + std::to_string(Now() - ttl_ms_)});
    }
    if (capacity_ == 0) return;
    const RedisReply n = client_.Run(LruKey(), RedisCommand{"ZCARD", LruKey()});
    if (n.type != RedisReply::Type::kInteger || n.integer <= static_cast<long long>(capacity_)) {
      return;
    }
    const long long excess = n.integer - static_cast<long long>(capacity_);
    const RedisReply victims = client_.Run(
        LruKey(), RedisCommand{"ZRANGE", LruKey(), "0", std::to_string(excess - 1)});
    std::vector<std::uint64_t> ids;
    for (const RedisReply& m : victims.elements) {
      std::uint64_t id = 0;
      if (ParseUint(m.str, UINT64_MAX, &id) && id != 0) ids.push_back(id);
    }
    if (ids.empty()) return;
    if (DeleteIdsLocked(ids)) evictions_ += ids.size();
    for (std::uint64_t id : ids) ForgetLocked(id);
  }

  const std::size_t capacity_;
  const std::int64_t ttl_ms_;
  const std::string prefix_;
  RedisClient client_;
  // All below under mu_.
  std::unordered_map<std::uint64_t, std::string> tags_;  // id -> family tag
  std::unordered_map<std::string, std::uint64_t> synced_;  // tag -> last sequence read
  std::unordered_set<std::string> registered_;  // tags this process listed under P:t:*
  std::vector<std::uint64_t> gone_;  // ids a Load found missing or corrupt
  std::unordered_map<std::uint64_t, std::int64_t> pending_touches_;  // id -> last use
  std::unordered_map<std::uint64_t, RedisReply> prefetched_;  // one lookup's values
  std::uint64_t evictions_ = 0;
  std::atomic<std::uint64_t> rejected_{0};  // values that failed to decode
};

}  // namespace

std::unique_ptr<Store> OpenRedisStore(std::string_view spec, const StoreOptions& options,
                                      std::string* error) {
  Spec parsed;
  std::string why;
  if (!ParseSpec(spec, &parsed, &why)) {
    if (error) *error = "store spec \"" + std::string(spec) + "\": " + why;
    return nullptr;
  }
  auto store = std::make_unique<RedisStore>(options, parsed);
  store->Ping();
  return store;
}

}  // namespace stepcache::engine
