// Store semantics, run against every implementation (memory and SQLite).
#include "stepcache/engine/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "stepcache/engine/memory_store.h"
#include "support/store_entries.h"

namespace stepcache::engine {
namespace {

using test_support::MakeEntry;
using test_support::MathRequest;

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
      for (char& c : name) c = c == '/' ? '_' : c;
      path_ = ::testing::TempDir() + "store_test_" + std::to_string(::getpid()) + "_" + name + ".db";
      Cleanup();
    }
  }
  void TearDown() override {
    store_.reset();
    if (!path_.empty()) Cleanup();
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path_ + suffix).c_str());
  }
  Store& Open(StoreOptions options = {}) {
    now_ = std::make_shared<std::int64_t>(1'000'000);
    auto now = now_;
    options.clock = [now] { return *now; };
    std::string error;
    store_ = OpenStore(GetParam() == "sqlite" ? "sqlite:" + path_ : "memory", options, &error);
    EXPECT_NE(store_, nullptr) << error;
    return *store_;
  }
  void Advance(std::int64_t ms) { *now_ += ms; }

  std::string path_;
  std::shared_ptr<std::int64_t> now_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, PutGetRoundTrip) {
  Store& s = Open();
  Request r = MathRequest("Solve for x: 3x + 5 = 20. Show each step.");
  r.schema_json = R"({"type":"object"})";
  r.params.seed = 7;
  r.params.stop = {"END"};
  std::string error;
  const std::uint64_t id = s.Put(MakeEntry(r, "x = 5"), &error);
  ASSERT_NE(id, 0u) << error;
  const auto e = s.Get(id);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->id, id);
  EXPECT_EQ(e->output, "x = 5");
  EXPECT_EQ(e->metadata_json, R"({"steps":3})");
  EXPECT_EQ(e->request.schema_json, r.schema_json);
  EXPECT_EQ(e->request.params.seed, 7);
  EXPECT_EQ(e->request.params.stop, r.params.stop);
  EXPECT_EQ(e->created_ms, *now_);
  EXPECT_EQ(e->prompt_template.slots.size(), 5u);
  EXPECT_FALSE(s.Get(id + 100).has_value());
  EXPECT_EQ(s.Stats().entries, 1u);
  EXPECT_GT(s.Stats().bytes, r.prompt.size());
}

TEST_P(StoreTest, ExactPromptThenTemplateThenSimilar) {
  Store& s = Open();
  const std::uint64_t a = s.Put(MakeEntry(MathRequest("Solve for x: 3x + 5 = 20. Show each step."), "A"));
  auto m = s.Lookup(MathRequest("Solve for x: 3x + 5 = 20. Show each step."));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, a);
  EXPECT_TRUE(m->exact_prompt);
  EXPECT_DOUBLE_EQ(m->score, 1.0);
  EXPECT_TRUE(m->diff.comparable);
  EXPECT_TRUE(m->diff.changes.empty());

  m = s.Lookup(MathRequest("Solve for y: 4y + 5 = 21. Show each step."));
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exact_prompt);
  EXPECT_TRUE(m->exact_template);
  ASSERT_EQ(m->diff.changes.size(), 4u);  // x->y twice, 3->4, 20->21
  EXPECT_EQ(m->diff.changes[1].old_text, "3");
  EXPECT_EQ(m->diff.changes[1].new_text, "4");

  // Different wording, mostly the same words: a similarity hit.
  m = s.Lookup(MathRequest("Solve for x: 3x + 5 = 20. Show every step."));
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exact_template);
  EXPECT_FALSE(m->diff.comparable);
  EXPECT_GE(m->score, 0.5);
  EXPECT_LT(m->score, 1.0);
  LookupOptions strict;
  strict.similarity_threshold = 0.99;
  EXPECT_FALSE(s.Lookup(MathRequest("Solve for x: 3x + 5 = 20. Show every step."), strict));
  LookupOptions no_similar;
  no_similar.allow_similar = false;
  EXPECT_FALSE(s.Lookup(MathRequest("Solve for x: 3x + 5 = 20. Show every step."), no_similar));

  EXPECT_FALSE(s.Lookup(MathRequest("Write a haiku about the sea.")).has_value());
  const StoreStats st = s.Stats();
  EXPECT_EQ(st.hits, 3u);
  EXPECT_EQ(st.misses, 3u);
}

TEST_P(StoreTest, PrefersFewestChangedSlots) {
  Store& s = Open();
  s.Put(MakeEntry(MathRequest("Solve for x: 3x + 5 = 20."), "far"));
  const std::uint64_t near = s.Put(MakeEntry(MathRequest("Solve for x: 3x + 5 = 26."), "near"));
  s.Put(MakeEntry(MathRequest("Solve for y: 9y + 1 = 2."), "newest but far"));
  const auto m = s.Lookup(MathRequest("Solve for x: 3x + 5 = 29."));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, near);
  EXPECT_EQ(m->diff.changes.size(), 1u);
}

TEST_P(StoreTest, PartitionsNeverMix) {
  Store& s = Open();
  const std::string prompt = "Extract name, age, city as JSON from: Ann, 31, Oslo.";
  s.Put(MakeEntry(MathRequest(prompt, "tenant-a"), "A's answer"));
  EXPECT_FALSE(s.Lookup(MathRequest(prompt, "tenant-b")).has_value());
  Request model = MathRequest(prompt, "tenant-a");
  model.model = "m2";
  EXPECT_FALSE(s.Lookup(model).has_value());
  Request params = MathRequest(prompt, "tenant-a");
  params.params.temperature = 0.5;
  EXPECT_FALSE(s.Lookup(params).has_value());
  Request task = MathRequest(prompt, "tenant-a");
  task.task = "json_extract";
  EXPECT_FALSE(s.Lookup(task).has_value());
  Request schema = MathRequest(prompt, "tenant-a");
  schema.schema_json = R"({"type":"object"})";
  EXPECT_FALSE(s.Lookup(schema).has_value());
  // Tenant b stores the same prompt: each sees only its own answer.
  s.Put(MakeEntry(MathRequest(prompt, "tenant-b"), "B's answer"));
  EXPECT_EQ(s.Lookup(MathRequest(prompt, "tenant-a"))->entry.output, "A's answer");
  EXPECT_EQ(s.Lookup(MathRequest(prompt, "tenant-b"))->entry.output, "B's answer");
  EXPECT_EQ(s.Stats().entries, 2u);
}

TEST_P(StoreTest, OtherSchemasOnlyWhenAskedAndRankedAfterTheOwnSchema) {
  Store& s = Open();
  const std::string prompt = "Extract name and age as JSON from: Ann, 31.";
  Request two = MathRequest(prompt);
  two.task = "json_extract";
  two.schema_json = R"({"properties":{"name":{},"age":{}}})";
  Request one = two;
  one.schema_json = R"({"properties":{"name":{}}})";
  s.Put(MakeEntry(two, R"({"name":"Ann","age":31})"));
  LookupOptions cross;
  cross.same_schema = false;
  EXPECT_FALSE(s.Lookup(one).has_value()) << "strict by default";
  auto m = s.Lookup(one, cross);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.request.schema_json, two.schema_json);
  // The same prompt under the request's own schema outranks it, and storing
  // it does not replace the other schema's entry.
  s.Put(MakeEntry(one, R"({"name":"Ann"})"));
  EXPECT_EQ(s.Stats().entries, 2u);
  EXPECT_EQ(s.Lookup(one, cross)->entry.output, R"({"name":"Ann"})");
  // Other tenants stay invisible across schemas too.
  Request other = one;
  other.tenant = "intruder";
  EXPECT_FALSE(s.Lookup(other, cross).has_value());
}

TEST_P(StoreTest, LookupCandidatesReturnsSeveralBestFirst) {
  Store& s = Open();
  s.Put(MakeEntry(MathRequest("Solve for x: 3x + 5 = 20. Show each step."), "a"));
  s.Put(MakeEntry(MathRequest("Solve for x: 3x + 5 = 21. Show each step."), "b"));
  s.Put(MakeEntry(MathRequest("Find x when 3x + 5 = 20, showing each step please."), "c"));
  LookupOptions loose;
  loose.similarity_threshold = 0.1;
  auto all = s.LookupCandidates(MathRequest("Solve for x: 3x + 5 = 20. Show each step."), 5, loose);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].entry.output, "a");  // identical prompt first
  EXPECT_TRUE(all[1].exact_template);   // then the same template
  EXPECT_EQ(all[1].entry.output, "b");
  EXPECT_EQ(all[2].entry.output, "c");  // then the similar one
  EXPECT_EQ(s.LookupCandidates(MathRequest("Solve for x: 3x + 5 = 20. Show each step."), 1, loose).size(), 1u);
}

TEST_P(StoreTest, SamePromptReplaces) {
  Store& s = Open();
  const Request r = MathRequest("Solve for x: 2x = 4.");
  const std::uint64_t a = s.Put(MakeEntry(r, "old"));
  const std::uint64_t b = s.Put(MakeEntry(r, "new"));
  EXPECT_NE(a, b);
  EXPECT_FALSE(s.Get(a).has_value());
  EXPECT_EQ(s.Lookup(r)->entry.output, "new");
  EXPECT_EQ(s.Stats().entries, 1u);
  EXPECT_EQ(s.Stats().evictions, 0u);
}

TEST_P(StoreTest, LruEvictionOrder) {
  StoreOptions o;
  o.capacity = 3;
  Store& s = Open(o);
  const std::uint64_t a = s.Put(MakeEntry(MathRequest("Solve for x: 1x = 1."), "a"));
  Advance(1);
  const std::uint64_t b = s.Put(MakeEntry(MathRequest("Find the capital of France."), "b"));
  Advance(1);
  const std::uint64_t c = s.Put(MakeEntry(MathRequest("List three prime numbers."), "c"));
  Advance(1);
  ASSERT_TRUE(s.Lookup(MathRequest("Solve for x: 1x = 1.")).has_value());  // a is now most recent
  Advance(1);
  const std::uint64_t d = s.Put(MakeEntry(MathRequest("Name a blue fruit."), "d"));
  EXPECT_FALSE(s.Get(b).has_value());  // least recently used
  EXPECT_TRUE(s.Get(a).has_value());
  EXPECT_TRUE(s.Get(c).has_value());
  EXPECT_TRUE(s.Get(d).has_value());
  Advance(1);
  s.Put(MakeEntry(MathRequest("Describe a red planet."), "e"));
  EXPECT_FALSE(s.Get(c).has_value());  // Get does not count as a use
  const StoreStats st = s.Stats();
  EXPECT_EQ(st.entries, 3u);
  EXPECT_EQ(st.evictions, 2u);
}

TEST_P(StoreTest, LookupWithoutTouchKeepsOrder) {
  StoreOptions o;
  o.capacity = 2;
  Store& s = Open(o);
  const std::uint64_t a = s.Put(MakeEntry(MathRequest("Solve for x: 1x = 1."), "a"));
  s.Put(MakeEntry(MathRequest("Find the capital of France."), "b"));
  LookupOptions peek;
  peek.touch = false;
  const auto m = s.Lookup(MathRequest("Solve for x: 1x = 1."), peek);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.hits, 0u);
  s.Put(MakeEntry(MathRequest("List three prime numbers."), "c"));
  EXPECT_FALSE(s.Get(a).has_value());
}

TEST_P(StoreTest, HitsAndLastUsed) {
  Store& s = Open();
  const Request r = MathRequest("Solve for x: 5x = 10.");
  const std::uint64_t id = s.Put(MakeEntry(r, "x = 2"));
  Advance(500);
  s.Lookup(r);
  Advance(500);
  const auto m = s.Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.hits, 2u);
  EXPECT_EQ(m->entry.last_used_ms, *now_);
  EXPECT_EQ(s.Get(id)->hits, 2u);
}

TEST_P(StoreTest, TtlExpiresWithInjectedClock) {
  StoreOptions o;
  o.ttl_seconds = 10;
  Store& s = Open(o);
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::uint64_t id = s.Put(MakeEntry(r, "x = 5"));
  Advance(9'999);
  EXPECT_TRUE(s.Lookup(r).has_value());  // use does not extend the lifetime
  Advance(1);
  EXPECT_FALSE(s.Lookup(r).has_value());
  EXPECT_FALSE(s.Get(id).has_value());
  const StoreStats st = s.Stats();
  EXPECT_EQ(st.entries, 0u);
  EXPECT_EQ(st.expirations, 1u);
  EXPECT_EQ(st.bytes, 0u);
}

TEST_P(StoreTest, MaxAgeSkipsOlderEntriesWithoutRemovingThem) {
  Store& s = Open();
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::uint64_t id = s.Put(MakeEntry(r, "x = 5"));
  Advance(5'000);
  LookupOptions fresh;
  fresh.max_age_seconds = 5;
  EXPECT_TRUE(s.Lookup(r, fresh).has_value());  // exactly 5 s old: still fresh enough
  Advance(1);
  EXPECT_FALSE(s.Lookup(r, fresh).has_value());
  fresh.max_age_seconds = 0;
  EXPECT_FALSE(s.Lookup(MathRequest("Solve for y: 4y + 5 = 21."), fresh).has_value());
  // Older entries stay stored and serve callers without the limit.
  auto m = s.Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id);
  EXPECT_EQ(s.Stats().entries, 1u);
  // A newer entry of the same prompt is fresh again.
  const std::uint64_t newer = s.Put(MakeEntry(r, "x = 5"));
  m = s.Lookup(r, fresh);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, newer);
}

TEST_P(StoreTest, TtlSweepRemovesWithoutLookup) {
  StoreOptions o;
  o.ttl_seconds = 1;
  Store& s = Open(o);
  s.Put(MakeEntry(MathRequest("Find the capital of France."), "Paris"));
  s.Put(MakeEntry(MathRequest("List three prime numbers."), "2, 3, 5"));
  Advance(2'000);
  s.Put(MakeEntry(MathRequest("Name a blue fruit."), "blueberry"));
  const StoreStats st = s.Stats();
  EXPECT_EQ(st.entries, 1u);
  EXPECT_EQ(st.expirations, 2u);
}

TEST_P(StoreTest, InvalidateByIdTaskTenant) {
  Store& s = Open();
  Request a1 = MathRequest("Solve for x: 1x = 1.", "a");
  Request a2 = MathRequest("Extract name as JSON from: Ann.", "a");
  a2.task = "json_extract";
  Request b1 = MathRequest("Solve for x: 1x = 1.", "b");
  Request b2 = MathRequest("Extract name as JSON from: Bob.", "b");
  b2.task = "json_extract";
  Request d1 = MathRequest("Solve for x: 2x = 2.", "");
  const std::uint64_t ia1 = s.Put(MakeEntry(a1, "1"));
  s.Put(MakeEntry(a2, "2"));
  s.Put(MakeEntry(b1, "3"));
  s.Put(MakeEntry(b2, "4"));
  s.Put(MakeEntry(d1, "5"));
  EXPECT_TRUE(s.Invalidate(ia1));
  EXPECT_FALSE(s.Invalidate(ia1));
  EXPECT_FALSE(s.Lookup(a1).has_value());
  EXPECT_EQ(s.InvalidateTask(std::string_view("b"), "json_extract"), 1u);
  EXPECT_FALSE(s.Lookup(b2).has_value());
  EXPECT_TRUE(s.Lookup(a2).has_value());
  EXPECT_EQ(s.InvalidateTask(std::nullopt, "linear_equation"), 2u);  // b1 and d1
  EXPECT_EQ(s.InvalidateTenant("default"), 0u);
  EXPECT_EQ(s.InvalidateTenant("a"), 1u);
  EXPECT_EQ(s.Stats().entries, 0u);
  EXPECT_EQ(s.Stats().invalidations, 5u);
  s.Put(MakeEntry(d1, "5"));
  EXPECT_EQ(s.InvalidateTenant(""), 1u);  // "" is "default"
}

TEST_P(StoreTest, ConcurrentPutAndLookup) {
  StoreOptions o;
  o.capacity = 150;
  Store& s = Open(o);
  std::atomic<int> hits{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&s, &hits, t] {
      for (int i = 0; i < 60; ++i) {
        const Request r = MathRequest("Solve for x: " + std::to_string(t) + "x + " +
                                      std::to_string(i) + " = 9.");
        ASSERT_NE(s.Put(MakeEntry(r, "out")), 0u);
        if (s.Lookup(r)) ++hits;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(s.Stats().entries, 150u);
  EXPECT_EQ(s.Stats().evictions, 90u);
  EXPECT_GT(hits.load(), 0);
}

INSTANTIATE_TEST_SUITE_P(Impl, StoreTest, ::testing::Values("memory", "sqlite"),
                         [](const auto& info) { return info.param; });

TEST(OpenStore, Specs) {
  std::string error;
  EXPECT_NE(OpenStore("memory", {}, &error), nullptr);
  EXPECT_EQ(OpenStore("sqlite:", {}, &error), nullptr);
  EXPECT_NE(error.find("sqlite:"), std::string::npos);
  EXPECT_EQ(OpenStore("redis://x", {}, &error), nullptr);
  EXPECT_NE(error.find("redis://x"), std::string::npos);
  EXPECT_EQ(OpenStore("sqlite:/nonexistent-dir/x/y.db", {}, &error), nullptr);
  EXPECT_NE(error.find("/nonexistent-dir/x/y.db"), std::string::npos);
}

}  // namespace
}  // namespace stepcache::engine
