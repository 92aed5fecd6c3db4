#include "indexed_store.h"

#include <algorithm>
#include <chrono>
#include <tuple>

namespace stepcache::engine::internal {

namespace {

// Query sizes: a handful of loads per lookup keeps a SQLite-backed lookup
// well under a millisecond.
constexpr std::size_t kTemplateCandidates = 8;
constexpr std::size_t kSimilarCandidates = 8;
// The sketch estimate has a standard deviation of ~0.09 at 32 hashes; widen
// the pre-filter so true matches near the threshold reach the exact rerank.
constexpr double kEstimateSlack = 0.25;

// Lower is better: identical prompt, then same template (fewest changed
// slots), then similar; within a tier higher score, then newer id.
// Within a tier an entry under the request's own schema (same partition)
// comes first. Computed once per match, never inside the sort.
using Rank = std::tuple<int, bool, std::size_t, double, std::uint64_t>;
Rank RankOf(const Match& m, bool other_schema) {
  const int tier = m.exact_prompt ? 0 : m.exact_template ? 1 : 2;
  return {tier, other_schema, m.diff.changes.size(), -m.score, ~m.entry.id};
}

}  // namespace

IndexedStore::IndexedStore(StoreOptions options) : options_(std::move(options)) {}

std::int64_t IndexedStore::SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::uint64_t IndexedStore::PayloadBytes(const Entry& e) {
  const Request& r = e.request;
  return r.id.size() + r.tenant.size() + r.task.size() + r.model.size() + r.prompt.size() +
         r.schema_json.size() + e.output.size() + e.metadata_json.size();
}

bool IndexedStore::Expired(const Meta& meta, std::int64_t now) const {
  return options_.ttl_seconds > 0 && now - meta.created_ms >= options_.ttl_seconds * 1000;
}

void IndexedStore::AddLocked(const Entry& entry, const Signature& sig, const IndexKey& key) {
  lru_.push_front(entry.id);
  Meta meta;
  meta.partition = sig.partition;
  meta.family = sig.family;
  meta.created_ms = entry.created_ms;
  meta.last_used_ms = entry.last_used_ms;
  meta.hits = entry.hits;
  meta.bytes = PayloadBytes(entry);
  meta.lru = lru_.begin();
  stats_.bytes += meta.bytes;
  meta_.emplace(entry.id, meta);
  index_.Add(entry.id, key);
  std::deque<std::uint64_t>& recent = recent_[sig.family];
  recent.push_front(entry.id);
  if (recent.size() > kRecentPerFamily) recent.pop_back();
}

void IndexedStore::Restore(const Entry& entry) {
  const Signature sig = ComputeSignature(entry.request);
  AddLocked(entry, sig, MakeIndexKey(sig, entry.request.prompt));
  by_creation_.emplace_back(entry.created_ms, entry.id);
}

void IndexedStore::FinishRestore() {
  std::sort(by_creation_.begin(), by_creation_.end());
}

void IndexedStore::AdoptLocked(const Entry& entry) {
  if (meta_.count(entry.id)) return;
  const Signature sig = ComputeSignature(entry.request);
  AddLocked(entry, sig, MakeIndexKey(sig, entry.request.prompt));
  const std::pair<std::int64_t, std::uint64_t> key(entry.created_ms, entry.id);
  by_creation_.insert(std::upper_bound(by_creation_.begin(), by_creation_.end(), key), key);
}

bool IndexedStore::ForgetLocked(std::uint64_t id) {
  auto it = meta_.find(id);
  if (it == meta_.end()) return false;
  stats_.bytes -= it->second.bytes;
  lru_.erase(it->second.lru);
  meta_.erase(it);
  index_.Remove(id);
  return true;  // by_creation_ and recent_ skip ids that are gone
}

std::size_t IndexedStore::RemoveLocked(const std::vector<std::uint64_t>& ids, Reason reason) {
  std::vector<std::uint64_t> live;
  for (std::uint64_t id : ids) {
    if (meta_.count(id) && std::find(live.begin(), live.end(), id) == live.end()) live.push_back(id);
  }
  if (live.empty()) return 0;
  std::string error;
  if (!Commit(nullptr, live, nullptr, &error)) return 0;
  for (std::uint64_t id : live) {
    auto it = meta_.find(id);
    stats_.bytes -= it->second.bytes;
    lru_.erase(it->second.lru);
    meta_.erase(it);
    index_.Remove(id);
  }
  const std::uint64_t n = live.size();
  switch (reason) {
    case Reason::kEvicted: stats_.evictions += n; break;
    case Reason::kExpired: stats_.expirations += n; break;
    case Reason::kInvalidated: stats_.invalidations += n; break;
    case Reason::kReplaced: break;
  }
  return live.size();
}

void IndexedStore::SweepExpiredLocked(std::int64_t now) {
  if (options_.ttl_seconds <= 0) return;
  std::vector<std::uint64_t> expired;
  while (!by_creation_.empty()) {
    const auto [created, id] = by_creation_.front();
    auto it = meta_.find(id);
    if (it == meta_.end()) {
      by_creation_.pop_front();  // already removed
      continue;
    }
    if (!Expired(it->second, now)) break;
    expired.push_back(id);
    by_creation_.pop_front();
  }
  RemoveLocked(expired, Reason::kExpired);
}

std::uint64_t IndexedStore::Put(const Entry& entry, std::string* error) {
  Entry e = entry;
  if (e.request.tenant.empty()) e.request.tenant = "default";
  e.prompt_template = SplitPrompt(e.request.prompt);
  const Signature sig = ComputeSignature(e.request, e.prompt_template);
  const IndexKey key = MakeIndexKey(sig, e.request.prompt);

  std::lock_guard<std::mutex> lock(mu_);
  const std::int64_t now = Now();
  SweepExpiredLocked(now);
  e.created_ms = e.last_used_ms = now;
  e.hits = 0;

  std::vector<std::uint64_t> replaced;
  if (const std::uint64_t old = index_.FindExactPrompt(sig.family, sig.prompt_hash)) {
    Entry prev;
    auto meta = meta_.find(old);
    if (meta != meta_.end() && meta->second.partition == sig.partition && Load(old, &prev) &&
        prev.request.prompt == e.request.prompt &&
        EffectiveTenant(prev.request) == sig.tenant && prev.request.task == e.request.task &&
        prev.request.model == e.request.model) {
      replaced.push_back(old);
    }
  }
  std::vector<std::uint64_t> evicted;
  if (options_.capacity > 0) {
    std::size_t live = meta_.size() - replaced.size();
    for (auto it = lru_.rbegin(); live + 1 > options_.capacity && it != lru_.rend(); ++it) {
      if (!replaced.empty() && *it == replaced[0]) continue;
      evicted.push_back(*it);
      --live;
    }
  }
  std::vector<std::uint64_t> erase = replaced;
  erase.insert(erase.end(), evicted.begin(), evicted.end());
  std::uint64_t id = 0;
  std::string err;
  if (!Commit(&e, erase, &id, &err)) {
    if (error) *error = err;
    return 0;
  }
  // Commit already erased them durably; forget them here without a second commit.
  for (std::uint64_t old : erase) {
    auto it = meta_.find(old);
    if (it == meta_.end()) continue;
    stats_.bytes -= it->second.bytes;
    lru_.erase(it->second.lru);
    meta_.erase(it);
    index_.Remove(old);
  }
  stats_.evictions += evicted.size();
  e.id = id;
  AddLocked(e, sig, key);
  by_creation_.emplace_back(e.created_ms, id);
  return id;
}

std::optional<Match> IndexedStore::Lookup(const Request& request, const LookupOptions& options) {
  std::vector<Match> matches = LookupCandidates(request, 1, options);
  if (matches.empty()) return std::nullopt;
  return std::move(matches.front());
}

std::vector<Match> IndexedStore::LookupCandidates(const Request& request, std::size_t max,
                                                  const LookupOptions& options) {
  const PromptTemplate tmpl = SplitPrompt(request.prompt);
  const Signature sig = ComputeSignature(request, tmpl);
  // Shingles (and the MinHash built from them) are only needed for the
  // similar tier and to score non-identical prompts: a single-match lookup
  // that finds a same-template entry never computes them.
  std::vector<std::uint64_t> shingles;
  bool have_shingles = false;
  auto prompt_shingles = [&]() -> const std::vector<std::uint64_t>& {
    if (!have_shingles) {
      shingles = PromptShingles(request.prompt);
      have_shingles = true;
    }
    return shingles;
  };
  IndexKey key;
  key.partition = sig.family;
  key.template_hash = sig.template_hash;
  key.prompt_hash = sig.prompt_hash;
  const double threshold =
      options.similarity_threshold >= 0 ? options.similarity_threshold : options_.similarity_threshold;
  if (max > 1 && options.allow_similar) key.minhash = ComputeMinHash(prompt_shingles());

  std::lock_guard<std::mutex> lock(mu_);
  const std::int64_t now = Now();
  SweepExpiredLocked(now);
  IndexQueryOptions q;
  q.max_template_candidates = std::max(kTemplateCandidates, max);
  q.max_similar_candidates = options.allow_similar ? std::max(kSimilarCandidates, max) : 0;
  q.min_estimate = std::max(0.0, threshold - kEstimateSlack);
  // A single best match never needs the similar tier once a same-template
  // entry exists; several candidates may.
  q.skip_similar_after_template = max <= 1;
  std::vector<IndexCandidate> candidates;
  if (max <= 1 && options.allow_similar) {
    IndexQueryOptions template_only = q;
    template_only.max_similar_candidates = 0;
    candidates = index_.Query(key, template_only);
    if (candidates.empty()) {
      key.minhash = ComputeMinHash(prompt_shingles());
      candidates = index_.Query(key, q);
    }
  } else {
    candidates = index_.Query(key, q);
  }
  if (max > 1) {
    auto recent = recent_.find(sig.family);
    if (recent != recent_.end()) {
      for (std::uint64_t id : recent->second) {  // stale ids are skipped below
        if (std::none_of(candidates.begin(), candidates.end(),
                         [id](const IndexCandidate& c) { return c.id == id; })) {
          candidates.push_back({id, false, false, 0.0});
        }
      }
    }
  }
  if (candidates.size() > 1) {
    std::vector<std::uint64_t> ids;
    ids.reserve(candidates.size());
    for (const IndexCandidate& c : candidates) {
      if (meta_.count(c.id)) ids.push_back(c.id);
    }
    Prefetch(ids);
  }

  std::vector<Match> matches;
  std::vector<Rank> ranks;
  std::vector<std::uint64_t> expired;
  bool have_best = false;  // an identical prompt of the very partition: nothing outranks it
  for (const IndexCandidate& c : candidates) {
    if (max <= 1 && have_best) break;
    // Candidates come best tier first; once `max` same-template matches are
    // in hand, similar ones cannot outrank them and need no loading.
    if (matches.size() >= max && !c.exact_template &&
        std::all_of(matches.begin(), matches.end(), [](const Match& m) { return m.exact_template; })) {
      break;
    }
    auto it = meta_.find(c.id);
    if (it == meta_.end()) continue;
    if (options.same_schema ? it->second.partition != sig.partition : it->second.family != sig.family) {
      continue;
    }
    if (Expired(it->second, now)) {
      expired.push_back(c.id);
      continue;
    }
    if (options.max_age_seconds >= 0 && now - it->second.created_ms > options.max_age_seconds * 1000) {
      continue;  // too old for this caller, still live for others
    }
    Match m;
    if (!Load(c.id, &m.entry)) continue;
    const Request& cached = m.entry.request;
    // Byte-for-byte partition check: hashes alone never decide isolation.
    if (EffectiveTenant(cached) != sig.tenant || cached.task != request.task ||
        cached.model != request.model) {
      continue;
    }
    if (m.entry.prompt_template.text.empty() && !cached.prompt.empty()) {
      m.entry.prompt_template = SplitPrompt(cached.prompt);
    }
    m.exact_prompt = cached.prompt == request.prompt;
    m.score = m.exact_prompt ? 1.0 : ShingleJaccard(prompt_shingles(), PromptShingles(cached.prompt));
    m.diff = Diff(m.entry.prompt_template, tmpl);
    m.exact_template = m.diff.comparable;
    if (!m.exact_template && m.score < threshold) continue;
    if (!options.allow_similar && !m.exact_template) continue;
    ranks.push_back(RankOf(m, it->second.partition != sig.partition));
    have_best = have_best || (m.exact_prompt && it->second.partition == sig.partition);
    matches.push_back(std::move(m));
  }
  RemoveLocked(expired, Reason::kExpired);
  std::vector<std::size_t> order(matches.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
  if (order.size() > max) order.resize(max);
  std::vector<Match> best_first;
  best_first.reserve(order.size());
  for (std::size_t i : order) best_first.push_back(std::move(matches[i]));
  matches = std::move(best_first);
  if (matches.empty()) {
    ++stats_.misses;
    return matches;
  }
  ++stats_.hits;
  Match& best = matches.front();
  Meta& meta = meta_.at(best.entry.id);
  if (options.touch) {
    meta.last_used_ms = now;
    ++meta.hits;
    lru_.splice(lru_.begin(), lru_, meta.lru);
    Touch(best.entry.id, meta.last_used_ms, meta.hits);
  }
  best.entry.last_used_ms = meta.last_used_ms;
  best.entry.hits = meta.hits;
  return matches;
}

std::optional<Entry> IndexedStore::Get(std::uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = meta_.find(id);
  if (it == meta_.end()) return std::nullopt;
  if (Expired(it->second, Now())) {
    RemoveLocked({id}, Reason::kExpired);
    return std::nullopt;
  }
  Entry e;
  if (!Load(id, &e)) return std::nullopt;
  if (e.prompt_template.text.empty() && !e.request.prompt.empty()) {
    e.prompt_template = SplitPrompt(e.request.prompt);
  }
  e.last_used_ms = it->second.last_used_ms;
  e.hits = it->second.hits;
  return e;
}

bool IndexedStore::Invalidate(std::uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  return RemoveLocked({id}, Reason::kInvalidated) == 1;
}

std::size_t IndexedStore::InvalidateTask(std::optional<std::string_view> tenant,
                                         std::string_view task) {
  std::optional<std::string> t;
  if (tenant) t = tenant->empty() ? std::string("default") : std::string(*tenant);
  std::lock_guard<std::mutex> lock(mu_);
  return RemoveLocked(Select(t, std::string(task)), Reason::kInvalidated);
}

std::size_t IndexedStore::InvalidateTenant(std::string_view tenant) {
  const std::string t = tenant.empty() ? std::string("default") : std::string(tenant);
  std::lock_guard<std::mutex> lock(mu_);
  return RemoveLocked(Select(t, std::nullopt), Reason::kInvalidated);
}

StoreStats IndexedStore::Stats() {
  std::lock_guard<std::mutex> lock(mu_);
  StoreStats s = stats_;
  s.entries = meta_.size();
  s.index_bytes = index_.MemoryBytes();
  return s;
}

}  // namespace stepcache::engine::internal
