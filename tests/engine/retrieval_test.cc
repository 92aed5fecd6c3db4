// Retrieval index: candidates, thresholds, isolation, removal, memory.
#include "stepcache/engine/retrieval_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stepcache/engine/memory_store.h"

namespace stepcache::engine {
namespace {

IndexKey KeyFor(const std::string& prompt, const std::string& tenant = "t") {
  Request r;
  r.tenant = tenant;
  r.task = "json_extract";
  r.model = "m";
  r.prompt = prompt;
  return MakeIndexKey(ComputeSignature(r), prompt);
}

TEST(Shingles, JaccardAndEstimate) {
  const auto a = PromptShingles("Extract name, age, city as JSON from: Ann is 31 and lives in Oslo.");
  const auto b = PromptShingles("Extract name, age, city as JSON from: Bob is 40 and lives in Rome.");
  const auto c = PromptShingles("Write a haiku about autumn leaves falling.");
  EXPECT_DOUBLE_EQ(ShingleJaccard(a, a), 1.0);
  const double ab = ShingleJaccard(a, b), ac = ShingleJaccard(a, c);
  EXPECT_GT(ab, 0.4);
  EXPECT_LT(ab, 1.0);
  EXPECT_LT(ac, 0.1);
  EXPECT_NEAR(EstimateJaccard(ComputeMinHash(a), ComputeMinHash(b)), ab, 0.3);
  EXPECT_DOUBLE_EQ(EstimateJaccard(ComputeMinHash(a), ComputeMinHash(a)), 1.0);
  EXPECT_DOUBLE_EQ(ShingleJaccard({}, {}), 1.0);
  // Case and spacing do not matter; word order does (pairs).
  EXPECT_EQ(PromptShingles("Hello  World"), PromptShingles("hello world"));
  EXPECT_NE(PromptShingles("world hello"), PromptShingles("hello world"));
}

TEST(RetrievalIndex, ExactPromptTemplateAndSimilarOrder) {
  RetrievalIndex index;
  ASSERT_TRUE(index.Add(1, KeyFor("Solve for x: 3x + 5 = 20. Show each step.")));
  ASSERT_TRUE(index.Add(2, KeyFor("Solve for y: 4y + 1 = 9. Show each step.")));
  ASSERT_TRUE(index.Add(3, KeyFor("Solve for x: 3x + 5 = 20. Show every step.")));
  ASSERT_TRUE(index.Add(4, KeyFor("Write a haiku about autumn leaves falling.")));
  EXPECT_FALSE(index.Add(4, KeyFor("duplicate id")));
  IndexQueryOptions all;
  all.skip_similar_after_template = false;
  const auto c = index.Query(KeyFor("Solve for x: 3x + 5 = 20. Show each step."), all);
  ASSERT_GE(c.size(), 3u);
  EXPECT_EQ(c[0].id, 1u);
  EXPECT_TRUE(c[0].exact_prompt);
  EXPECT_EQ(c[1].id, 2u);
  EXPECT_TRUE(c[1].exact_template);
  EXPECT_FALSE(c[1].exact_prompt);
  EXPECT_EQ(c[2].id, 3u);
  EXPECT_FALSE(c[2].exact_template);
  for (const auto& x : c) EXPECT_NE(x.id, 4u);
  // By default the similar step is skipped once the template matched.
  const auto d = index.Query(KeyFor("Solve for x: 3x + 5 = 20. Show each step."), {});
  ASSERT_EQ(d.size(), 2u);
  EXPECT_TRUE(d[1].exact_template);
  // A reworded prompt has no template match: the similar step runs.
  const auto e = index.Query(KeyFor("Solve for x: 3x + 5 = 20. Show all steps."), {});
  ASSERT_FALSE(e.empty());
  EXPECT_FALSE(e[0].exact_template);
  EXPECT_EQ(index.FindExactPrompt(KeyFor("Write a haiku about autumn leaves falling.").partition,
                                  KeyFor("Write a haiku about autumn leaves falling.").prompt_hash),
            4u);
}

TEST(RetrievalIndex, MinEstimateFiltersSimilar) {
  RetrievalIndex index;
  index.Add(1, KeyFor("Extract name, age, city as JSON from: Ann is 31 and lives in Oslo."));
  IndexQueryOptions o;
  o.min_estimate = 1.0;
  EXPECT_TRUE(index.Query(KeyFor("Extract name, age, city as JSON from: Bob is 40 and lives in Oslo."), o).empty());
  o.min_estimate = 0.2;
  EXPECT_EQ(index.Query(KeyFor("Extract name, age, city as JSON from: Bob is 40 and lives in Oslo."), o).size(), 1u);
}

TEST(RetrievalIndex, TenantIsolation) {
  RetrievalIndex index;
  const std::string p = "Extract name, age, city as JSON from: Ann is 31 and lives in Oslo.";
  index.Add(1, KeyFor(p, "a"));
  EXPECT_TRUE(index.Query(KeyFor(p, "b"), {}).empty());
  EXPECT_EQ(index.FindExactPrompt(KeyFor(p, "b").partition, KeyFor(p, "b").prompt_hash), 0u);
  index.Add(2, KeyFor(p, "b"));
  const auto a = index.Query(KeyFor(p, "a"), {});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].id, 1u);
}

TEST(RetrievalIndex, RemoveAndReuseRecords) {
  RetrievalIndex index;
  for (std::uint64_t i = 1; i <= 2000; ++i) {
    index.Add(i, KeyFor("Solve for x: " + std::to_string(i) + "x + 5 = 20. Show each step."));
  }
  EXPECT_EQ(index.size(), 2000u);
  for (std::uint64_t i = 1; i <= 2000; i += 2) EXPECT_TRUE(index.Remove(i));
  EXPECT_FALSE(index.Remove(1));
  EXPECT_EQ(index.size(), 1000u);
  for (std::uint64_t i = 1; i <= 2000; ++i) EXPECT_EQ(index.Contains(i), i % 2 == 0);
  const auto c = index.Query(KeyFor("Solve for x: 7x + 5 = 20. Show each step."), {});
  ASSERT_FALSE(c.empty());
  for (const auto& x : c) {
    EXPECT_EQ(x.id % 2, 0u);
    EXPECT_TRUE(x.exact_template);
  }
  EXPECT_EQ(index.Query(KeyFor("Solve for x: 1000x + 5 = 20. Show each step."), {})[0].id, 1000u);
  for (std::uint64_t i = 2; i <= 2000; i += 2) EXPECT_TRUE(index.Remove(i));
  EXPECT_EQ(index.size(), 0u);
  EXPECT_TRUE(index.Query(KeyFor("Solve for x: 7x + 5 = 20. Show each step."), {}).empty());
  index.Add(5, KeyFor("Solve for x: 7x + 5 = 20. Show each step."));
  EXPECT_EQ(index.Query(KeyFor("Solve for x: 7x + 5 = 20. Show each step."), {}).size(), 1u);
}

TEST(RetrievalIndex, BoundedCandidatesAndMemoryPerEntry) {
  RetrievalIndex index;
  constexpr int kN = 20000;
  for (int i = 1; i <= kN; ++i) {
    index.Add(static_cast<std::uint64_t>(i),
              KeyFor("Solve for x: " + std::to_string(i) + "x + 5 = 20. Show each step."));
  }
  IndexQueryOptions o;
  const auto c = index.Query(KeyFor("Solve for x: 3x + 5 = 21. Show each step."), o);
  EXPECT_LE(c.size(), 1 + o.max_template_candidates + o.max_similar_candidates);
  EXPECT_LT(index.MemoryBytes() / kN, 1024u);
  EXPECT_GT(index.MemoryBytes() / kN, 200u);  // it does count the records
}

TEST(StoreRetrieval, ThresholdDecidesSimilarHits) {
  StoreOptions o;
  o.similarity_threshold = 0.6;
  auto store = NewMemoryStore(o);
  Request r;
  r.task = "json_extract";
  r.model = "m";
  r.prompt = "Extract name, age, city as JSON from: Ann is 31 and lives in Oslo.";
  store->Put(Entry{0, r, "{}", {}, 0, 0, 0, ""});
  Request close = r;
  close.prompt = "Extract name, age, city as JSON from: Ann is 32 and lives in Oslo!";
  Request far = r;
  far.prompt = "Extract name and age as JSON from: Bob is 40 and works in Rome.";
  const auto m = store->Lookup(close);
  ASSERT_TRUE(m.has_value());
  EXPECT_GE(m->score, 0.6);
  const double far_score = ShingleJaccard(PromptShingles(r.prompt), PromptShingles(far.prompt));
  ASSERT_LT(far_score, 0.6);
  EXPECT_FALSE(store->Lookup(far).has_value());
  LookupOptions loose;
  loose.similarity_threshold = far_score - 0.01;
  // The LSH may or may not surface it at this low similarity; if it does, the
  // exact score is reported.
  if (auto lm = store->Lookup(far, loose)) {
    EXPECT_NEAR(lm->score, far_score, 1e-9);
  }
}

}  // namespace
}  // namespace stepcache::engine
