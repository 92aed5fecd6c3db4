#include "stepcache/engine/retrieval_index.h"

#include <algorithm>
#include <limits>

namespace stepcache::engine {

namespace {

constexpr std::uint32_t kNil = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kMaxShingleBytes = 64 * 1024;

inline std::uint64_t Mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ULL;
  x ^= x >> 33;
  return x;
}

// Multiply-shift hash family for MinHash, drawn once from a fixed generator
// so sketches are comparable across processes (the SQLite store rebuilds them).
struct HashFamily {
  std::array<std::uint64_t, kMinHashSize> a{}, b{};
  HashFamily() {
    std::uint64_t state = 0x5EED5EED12345678ULL;
    for (std::size_t i = 0; i < kMinHashSize; ++i) {
      state += 0x9E3779B97F4A7C15ULL;
      a[i] = Mix(state) | 1;
      state += 0x9E3779B97F4A7C15ULL;
      b[i] = Mix(state);
    }
  }
};
const HashFamily& Family() {
  static const HashFamily family;
  return family;
}

inline bool IsTokenByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c >= 0x80;
}
inline bool IsSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Open-addressing map uint64 -> uint32 with linear probing and backward-shift
// deletion (no tombstones, so lookups stay short under churn). Keys and values
// live in separate arrays: 12 bytes a slot.
class FlatMap {
 public:
  std::uint32_t Find(std::uint64_t key) const {
    if (vals_.empty()) return kNil;
    for (std::size_t i = Home(key);; i = (i + 1) & mask_) {
      if (vals_[i] == kNil) return kNil;
      if (keys_[i] == key) return vals_[i];
    }
  }
  void Set(std::uint64_t key, std::uint32_t val) {
    if ((size_ + 1) * 10 > vals_.size() * 7) Grow();
    for (std::size_t i = Home(key);; i = (i + 1) & mask_) {
      if (vals_[i] == kNil) {
        keys_[i] = key;
        vals_[i] = val;
        ++size_;
        return;
      }
      if (keys_[i] == key) {
        vals_[i] = val;
        return;
      }
    }
  }
  bool Erase(std::uint64_t key) {
    if (vals_.empty()) return false;
    std::size_t i = Home(key);
    for (;; i = (i + 1) & mask_) {
      if (vals_[i] == kNil) return false;
      if (keys_[i] == key) break;
    }
    for (std::size_t j = i;;) {
      j = (j + 1) & mask_;
      if (vals_[j] == kNil) break;
      const std::size_t k = Home(keys_[j]);
      // Entry j may move back to the hole at i unless its home lies
      // cyclically in (i, j].
      const bool stays = (i <= j) ? (i < k && k <= j) : (i < k || k <= j);
      if (!stays) {
        keys_[i] = keys_[j];
        vals_[i] = vals_[j];
        i = j;
      }
    }
    vals_[i] = kNil;
    --size_;
    return true;
  }
  std::size_t size() const { return size_; }
  std::size_t Bytes() const {
    return keys_.capacity() * sizeof(std::uint64_t) + vals_.capacity() * sizeof(std::uint32_t);
  }
  void Clear() {
    keys_.clear();
    keys_.shrink_to_fit();
    vals_.clear();
    vals_.shrink_to_fit();
    size_ = 0;
    mask_ = 0;
  }

 private:
  std::size_t Home(std::uint64_t key) const { return Mix(key) & mask_; }
  void Grow() {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_vals = std::move(vals_);
    const std::size_t cap = old_vals.empty() ? 16 : old_vals.size() * 2;
    keys_.assign(cap, 0);
    vals_.assign(cap, kNil);
    mask_ = cap - 1;
    size_ = 0;
    for (std::size_t i = 0; i < old_vals.size(); ++i) {
      if (old_vals[i] != kNil) Set(old_keys[i], old_vals[i]);
    }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> vals_;
  std::size_t size_ = 0;
  std::size_t mask_ = 0;
};

// Chains of a key: a doubly linked list threaded through the records, its
// head (most recent) in a FlatMap. `next`/`prev` select the link fields.
struct Links {
  std::uint32_t next = kNil;
  std::uint32_t prev = kNil;
};

}  // namespace

std::vector<std::uint64_t> PromptShingles(std::string_view prompt) {
  prompt = prompt.substr(0, kMaxShingleBytes);
  std::vector<std::uint64_t> out;
  out.reserve(prompt.size() / 2 + 2);
  std::uint64_t prev = 0;
  bool have_prev = false;
  const std::size_t n = prompt.size();
  std::string token;
  for (std::size_t i = 0; i < n;) {
    const auto c = static_cast<unsigned char>(prompt[i]);
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    token.clear();
    if (IsTokenByte(c)) {
      while (i < n && IsTokenByte(static_cast<unsigned char>(prompt[i]))) {
        char ch = prompt[i++];
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        token.push_back(ch);
      }
    } else {
      token.push_back(prompt[i++]);
    }
    const std::uint64_t h = HashBytes(token, 0x7u);
    out.push_back(h);
    if (have_prev) out.push_back(HashCombine(prev, h));
    prev = h;
    have_prev = true;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

MinHash ComputeMinHash(const std::vector<std::uint64_t>& shingles) {
  MinHash m;
  m.fill(std::numeric_limits<std::uint32_t>::max());
  const HashFamily& f = Family();
  for (std::uint64_t s : shingles) {
    for (std::size_t i = 0; i < kMinHashSize; ++i) {
      const auto v = static_cast<std::uint32_t>((f.a[i] * s + f.b[i]) >> 32);
      m[i] = std::min(m[i], v);
    }
  }
  return m;
}

double ShingleJaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++common; ++i; ++j; }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

double EstimateJaccard(const MinHash& a, const MinHash& b) {
  std::size_t equal = 0;
  for (std::size_t i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kMinHashSize;
}

IndexKey MakeIndexKey(const Signature& signature, std::string_view prompt) {
  IndexKey key;
  key.partition = signature.family;
  key.template_hash = signature.template_hash;
  key.prompt_hash = signature.prompt_hash;
  key.minhash = ComputeMinHash(PromptShingles(prompt));
  return key;
}

struct RetrievalIndex::Impl {
  struct Record {
    std::uint64_t id;
    std::uint64_t partition;
    std::uint64_t template_key;
    std::uint64_t prompt_key;
    MinHash sig;
    Links tmpl;
    std::array<Links, kBands> band;
  };

  std::vector<Record> records;
  std::vector<std::uint32_t> free_list;
  FlatMap by_id;        // id -> record
  FlatMap by_prompt;    // prompt key -> record
  FlatMap by_template;  // template key -> head record
  FlatMap by_band;      // band key -> head record

  static std::uint64_t TemplateKey(const IndexKey& k) {
    return HashCombine(k.partition ^ 0x7E3D, k.template_hash);
  }
  static std::uint64_t PromptKey(const IndexKey& k) {
    return HashCombine(k.partition ^ 0x960F, k.prompt_hash);
  }
  static std::uint64_t BandKey(std::uint64_t partition, const MinHash& sig, std::size_t band) {
    std::uint64_t h = HashCombine(partition, 0xBA0D + band);
    for (std::size_t r = 0; r < kRowsPerBand; r += 2) {
      const std::size_t i = band * kRowsPerBand + r;
      h = HashCombine(h, (static_cast<std::uint64_t>(sig[i]) << 32) | sig[i + 1]);
    }
    return h;
  }

  template <typename LinkOf>
  void Link(FlatMap& map, std::uint64_t key, std::uint32_t rec, LinkOf link_of) {
    const std::uint32_t head = map.Find(key);
    link_of(records[rec]) = Links{head, kNil};
    if (head != kNil) link_of(records[head]).prev = rec;
    map.Set(key, rec);
  }

  template <typename LinkOf>
  void Unlink(FlatMap& map, std::uint64_t key, std::uint32_t rec, LinkOf link_of) {
    const Links l = link_of(records[rec]);
    if (l.prev != kNil) {
      link_of(records[l.prev]).next = l.next;
    } else if (l.next != kNil) {
      map.Set(key, l.next);
    } else {
      map.Erase(key);
    }
    if (l.next != kNil) link_of(records[l.next]).prev = l.prev;
  }
};

RetrievalIndex::RetrievalIndex() : impl_(std::make_unique<Impl>()) {}
RetrievalIndex::~RetrievalIndex() = default;

bool RetrievalIndex::Add(std::uint64_t id, const IndexKey& key) {
  Impl& m = *impl_;
  if (m.by_id.Find(id) != kNil) return false;
  std::uint32_t rec;
  if (!m.free_list.empty()) {
    rec = m.free_list.back();
    m.free_list.pop_back();
  } else {
    rec = static_cast<std::uint32_t>(m.records.size());
    m.records.emplace_back();
  }
  Impl::Record& r = m.records[rec];
  r.id = id;
  r.partition = key.partition;
  r.template_key = Impl::TemplateKey(key);
  r.prompt_key = Impl::PromptKey(key);
  r.sig = key.minhash;
  m.by_id.Set(id, rec);
  m.by_prompt.Set(r.prompt_key, rec);
  m.Link(m.by_template, r.template_key, rec, [](Impl::Record& x) -> Links& { return x.tmpl; });
  for (std::size_t b = 0; b < kBands; ++b) {
    m.Link(m.by_band, Impl::BandKey(key.partition, key.minhash, b), rec,
           [b](Impl::Record& x) -> Links& { return x.band[b]; });
  }
  return true;
}

bool RetrievalIndex::Remove(std::uint64_t id) {
  Impl& m = *impl_;
  const std::uint32_t rec = m.by_id.Find(id);
  if (rec == kNil) return false;
  const Impl::Record r = m.records[rec];
  m.by_id.Erase(id);
  if (m.by_prompt.Find(r.prompt_key) == rec) m.by_prompt.Erase(r.prompt_key);
  m.Unlink(m.by_template, r.template_key, rec, [](Impl::Record& x) -> Links& { return x.tmpl; });
  for (std::size_t b = 0; b < kBands; ++b) {
    m.Unlink(m.by_band, Impl::BandKey(r.partition, r.sig, b), rec,
             [b](Impl::Record& x) -> Links& { return x.band[b]; });
  }
  m.free_list.push_back(rec);
  return true;
}

bool RetrievalIndex::Contains(std::uint64_t id) const { return impl_->by_id.Find(id) != kNil; }

std::uint64_t RetrievalIndex::FindExactPrompt(std::uint64_t partition,
                                              std::uint64_t prompt_hash) const {
  IndexKey k;
  k.partition = partition;
  k.prompt_hash = prompt_hash;
  const std::uint32_t rec = impl_->by_prompt.Find(Impl::PromptKey(k));
  if (rec == kNil || impl_->records[rec].partition != partition) return 0;
  return impl_->records[rec].id;
}

std::vector<IndexCandidate> RetrievalIndex::Query(const IndexKey& key,
                                                  const IndexQueryOptions& options) const {
  const Impl& m = *impl_;
  std::vector<IndexCandidate> out;
  std::vector<std::uint32_t> taken;  // records already in `out`
  auto is_taken = [&taken](std::uint32_t rec) {
    return std::find(taken.begin(), taken.end(), rec) != taken.end();
  };

  const std::uint32_t exact = m.by_prompt.Find(Impl::PromptKey(key));
  if (exact != kNil && m.records[exact].partition == key.partition) {
    out.push_back({m.records[exact].id, true, true, EstimateJaccard(m.records[exact].sig, key.minhash)});
    taken.push_back(exact);
  }

  const std::uint64_t tkey = Impl::TemplateKey(key);
  std::size_t added = 0, steps = 0;
  // One extra step for the identical-prompt record, which is usually in this chain.
  for (std::uint32_t rec = m.by_template.Find(tkey);
       rec != kNil && added < options.max_template_candidates &&
       steps <= options.max_template_candidates;
       rec = m.records[rec].tmpl.next, ++steps) {
    const auto& r = m.records[rec];
    if (r.partition != key.partition || r.template_key != tkey || is_taken(rec)) continue;
    ++added;
    out.push_back({r.id, false, true, EstimateJaccard(r.sig, key.minhash)});
    taken.push_back(rec);
  }

  if (options.max_similar_candidates == 0) return out;
  if (options.skip_similar_after_template && !out.empty()) return out;
  std::vector<std::uint32_t> similar;
  for (std::size_t b = 0; b < kBands; ++b) {
    std::size_t scanned = 0;
    for (std::uint32_t rec = m.by_band.Find(Impl::BandKey(key.partition, key.minhash, b));
         rec != kNil && scanned < options.max_bucket_scan; rec = m.records[rec].band[b].next) {
      ++scanned;
      if (m.records[rec].partition == key.partition) similar.push_back(rec);
    }
  }
  std::sort(similar.begin(), similar.end());
  similar.erase(std::unique(similar.begin(), similar.end()), similar.end());
  std::vector<IndexCandidate> ranked;
  for (std::uint32_t rec : similar) {
    if (is_taken(rec)) continue;
    const double est = EstimateJaccard(m.records[rec].sig, key.minhash);
    if (est >= options.min_estimate) {
      ranked.push_back({m.records[rec].id, false, m.records[rec].template_key == tkey, est});
    }
  }
  const std::size_t keep = std::min(ranked.size(), options.max_similar_candidates);
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [](const IndexCandidate& a, const IndexCandidate& b) {
                      return a.estimate != b.estimate ? a.estimate > b.estimate : a.id > b.id;
                    });
  out.insert(out.end(), ranked.begin(), ranked.begin() + keep);
  return out;
}

std::size_t RetrievalIndex::size() const { return impl_->by_id.size(); }

std::size_t RetrievalIndex::MemoryBytes() const {
  const Impl& m = *impl_;
  return sizeof(Impl) + m.records.capacity() * sizeof(Impl::Record) +
         m.free_list.capacity() * sizeof(std::uint32_t) + m.by_id.Bytes() + m.by_prompt.Bytes() +
         m.by_template.Bytes() + m.by_band.Bytes();
}

void RetrievalIndex::Clear() {
  Impl& m = *impl_;
  m.records.clear();
  m.records.shrink_to_fit();
  m.free_list.clear();
  m.free_list.shrink_to_fit();
  m.by_id.Clear();
  m.by_prompt.Clear();
  m.by_template.Clear();
  m.by_band.Clear();
}

}  // namespace stepcache::engine
