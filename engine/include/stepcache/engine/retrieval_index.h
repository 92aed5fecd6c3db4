// Retrieval index: from a request's signature to the ids of the cached
// entries worth comparing with it, without holding any prompt text.
//
// Per entry the index keeps 64-bit keys (partition, template, prompt) and a
// MinHash sketch of the prompt's shingles; the store keeps the text. A query
// returns, best first:
//   1. the entry with the identical prompt in the partition, if any;
//   2. the most recent entries with the same template (same wording, other
//      slot values), at most `max_template_candidates`;
//   3. similar prompts: LSH over the MinHash sketch (kBands bands of
//      kRowsPerBand rows; an entry is a candidate when a whole band agrees,
//      which happens with probability 1-(1-J^4)^8 for Jaccard J: 0.40 at 0.5,
//      0.89 at 0.7, 0.99 at 0.8), ranked by the sketch's Jaccard estimate.
// Callers rerank the few candidates exactly (ShingleJaccard on the texts the
// store holds). Every bucket walk is capped (`max_bucket_scan`, most recent
// first), so a query costs O(kBands * max_bucket_scan) however many entries
// share a bucket: with very many near-duplicates an older, slightly better
// entry can be missed, never a wrong-partition one.
//
// Memory: about 230 bytes of per-entry record plus ~11 open-addressing slots
// of 12 bytes at a load of 0.35-0.7, i.e. roughly 450-750 bytes per entry;
// MemoryBytes() counts it exactly (capacity, not size).
//
// Thread-safety: not synchronised. Const methods may run concurrently with
// each other; Add/Remove need exclusive access (the stores hold a mutex).
#ifndef STEPCACHE_ENGINE_RETRIEVAL_INDEX_H_
#define STEPCACHE_ENGINE_RETRIEVAL_INDEX_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "stepcache/engine/signature.h"

namespace stepcache::engine {

constexpr std::size_t kMinHashSize = 32;
constexpr std::size_t kBands = 8;
constexpr std::size_t kRowsPerBand = kMinHashSize / kBands;
using MinHash = std::array<std::uint32_t, kMinHashSize>;

// Shingles of a prompt: the hashes of its tokens and of its adjacent token
// pairs, sorted and unique. Tokens are runs of letters, digits, '_' and
// non-ASCII bytes (ASCII lower-cased), and every other non-space byte alone
// ("3x + 5 = 20" -> 3x, +, 5, =, 20). Only the first 64 KiB are read, which
// bounds the cost of a query for any prompt.
std::vector<std::uint64_t> PromptShingles(std::string_view prompt);

// MinHash sketch of a shingle set (all values UINT32_MAX for an empty set).
MinHash ComputeMinHash(const std::vector<std::uint64_t>& shingles);

// |a ∩ b| / |a ∪ b| of two sorted unique shingle vectors; 1 when both are empty.
double ShingleJaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Fraction of equal sketch positions: an unbiased estimate of the Jaccard
// index (standard deviation about sqrt(J(1-J)/32)).
double EstimateJaccard(const MinHash& a, const MinHash& b);

// What the index knows of one entry (or of a query).
struct IndexKey {
  // Signature::family: the index groups entries by family so a lookup may
  // cross response schemas; stores filter on the full partition otherwise.
  std::uint64_t partition = 0;
  std::uint64_t template_hash = 0;  // Signature::template_hash
  std::uint64_t prompt_hash = 0;    // Signature::prompt_hash
  MinHash minhash{};
};

// IndexKey of a request from its signature and prompt.
IndexKey MakeIndexKey(const Signature& signature, std::string_view prompt);

struct IndexCandidate {
  std::uint64_t id = 0;
  bool exact_prompt = false;     // same partition and identical prompt
  bool exact_template = false;   // same partition and template
  double estimate = 0;           // EstimateJaccard of the sketches
};

struct IndexQueryOptions {
  std::size_t max_template_candidates = 16;
  std::size_t max_similar_candidates = 8;
  std::size_t max_bucket_scan = 64;   // entries walked per bucket, most recent first
  double min_estimate = 0.0;          // similar candidates below this are dropped
  // Skip the LSH step when step 1 or 2 found anything: a store ranks any
  // same-template match above every similar one, so they would be wasted work.
  bool skip_similar_after_template = true;
};

class RetrievalIndex {
 public:
  RetrievalIndex();
  ~RetrievalIndex();
  RetrievalIndex(const RetrievalIndex&) = delete;
  RetrievalIndex& operator=(const RetrievalIndex&) = delete;

  // Adds entry `id`. Returns false (and changes nothing) when `id` is present.
  // A later entry with the same partition and prompt hash takes over the
  // identical-prompt slot; stores replace such entries instead of keeping both.
  bool Add(std::uint64_t id, const IndexKey& key);

  // Removes entry `id`; false when absent.
  bool Remove(std::uint64_t id);

  bool Contains(std::uint64_t id) const;

  // Candidates for `key` in its partition, in the order described above.
  std::vector<IndexCandidate> Query(const IndexKey& key, const IndexQueryOptions& options) const;

  // The entry with exactly this partition and prompt hash, or 0 if none
  // (ids are never 0 in the stores).
  std::uint64_t FindExactPrompt(std::uint64_t partition, std::uint64_t prompt_hash) const;

  std::size_t size() const;

  // Bytes held by the index's own structures (vector and table capacities).
  std::size_t MemoryBytes() const;

  void Clear();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_RETRIEVAL_INDEX_H_
