// The Redis store (redis_store.h) on a plain server and on a Redis Cluster:
// the store contract, two store objects as two replicas, expiry, corrupt
// values, an unreachable or restarted server, and the cluster client's
// redirects. Needs STEPCACHE_TEST_REDIS / STEPCACHE_TEST_REDIS_CLUSTER
// (scripts/redis-servers start; scripts/test sets them) or skips.
#include "stepcache/engine/redis_store.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../../engine/src/redis_client.h"
#include "stepcache/engine/signature.h"
#include "support/command.h"
#include "support/store_entries.h"

namespace stepcache::engine {
namespace {

using internal::RedisClient;
using internal::RedisClientOptions;
using internal::RedisNode;
using internal::RedisReply;
using test_support::RunCommand;

std::string EnvOr(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::vector<RedisNode> Nodes(const std::string& list) {
  std::vector<RedisNode> out;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    const std::size_t colon = item.rfind(':');
    out.push_back({item.substr(0, colon), std::atoi(item.c_str() + colon + 1)});
  }
  return out;
}

std::string Hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, v);
  return buf;
}

using test_support::MakeEntry;
using test_support::MathRequest;

std::int64_t SteadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    return 0;
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

class RedisStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const bool cluster = GetParam() == "cluster";
    nodes_ = EnvOr(cluster ? "STEPCACHE_TEST_REDIS_CLUSTER" : "STEPCACHE_TEST_REDIS");
    if (nodes_.empty()) {
      GTEST_SKIP() << "no Redis: set " << (cluster ? "STEPCACHE_TEST_REDIS_CLUSTER" : "STEPCACHE_TEST_REDIS")
                   << " (scripts/redis-servers start; . <(scripts/redis-servers env))";
    }
    static std::atomic<int> counter{0};
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) c = (c == '/' ? '_' : c);
    prefix_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" + name;
    spec_ = std::string(cluster ? "redis+cluster://" : "redis://") + nodes_ + "?prefix=" + prefix_;
    RedisClientOptions o;
    o.seeds = Nodes(nodes_);
    o.cluster = cluster;
    raw_ = std::make_unique<RedisClient>(o);
    now_ = std::make_shared<std::int64_t>(1'000'000);
  }

  // A replica: a store object of its own on the same Redis and prefix.
  std::unique_ptr<Store> Open(StoreOptions options = {}, bool fake_clock = true) {
    if (fake_clock) {
      auto now = now_;
      options.clock = [now] { return *now; };
    }
    std::string error;
    auto store = OpenStore(spec_, options, &error);
    EXPECT_NE(store, nullptr) << error;
    return store;
  }
  void Advance(std::int64_t ms) { *now_ += ms; }

  std::string FamilyKey(const Request& r, const std::string& suffix) const {
    const std::string tenant = r.tenant.empty() ? "default" : r.tenant;
    return prefix_ + ":{" + Hex(HashBytes(tenant)) + "." + Hex(engine::FamilyKey(r)) + "}:" + suffix;
  }
  std::string EntryKey(const Request& r, std::uint64_t id) const {
    return FamilyKey(r, "e:" + std::to_string(id));
  }

  std::string nodes_, prefix_, spec_;
  std::unique_ptr<RedisClient> raw_;  // for raw commands in tests
  std::shared_ptr<std::int64_t> now_;
};

TEST_P(RedisStoreTest, IdenticalTemplateAndSimilarPrompts) {
  auto s = Open();
  Request r = MathRequest("Solve for x: 3x + 5 = 20. Show each step.");
  r.schema_json = R"({"type":"object"})";
  r.params.seed = 7;
  r.params.stop = {"END"};
  std::string error;
  const std::uint64_t a = s->Put(MakeEntry(r, "x = 5"), &error);
  ASSERT_NE(a, 0u) << error;
  auto e = s->Get(a);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->output, "x = 5");
  EXPECT_EQ(e->request.params.stop, r.params.stop);
  EXPECT_EQ(e->request.params.seed, 7);
  EXPECT_EQ(e->metadata_json, R"({"steps":3})");
  EXPECT_EQ(e->created_ms, 1'000'000);

  auto m = s->Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, a);
  EXPECT_TRUE(m->exact_prompt);
  Request tmpl = r;
  tmpl.prompt = "Solve for y: 4y + 5 = 21. Show each step.";
  m = s->Lookup(tmpl);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->exact_template);
  EXPECT_EQ(m->diff.changes.size(), 4u);
  Request similar = r;
  similar.prompt = "Solve for x: 3x + 5 = 20. Show every step.";
  m = s->Lookup(similar);
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exact_template);
  EXPECT_GE(m->score, 0.5);
  Request other = r;
  other.prompt = "Write a haiku about the sea.";
  EXPECT_FALSE(s->Lookup(other).has_value());
  const StoreStats st = s->Stats();
  EXPECT_EQ(st.hits, 3u);
  EXPECT_EQ(st.misses, 1u);
  EXPECT_EQ(st.entries, 1u);
  EXPECT_TRUE(st.available);
  EXPECT_EQ(st.errors, 0u);
}

TEST_P(RedisStoreTest, ReplicasShareEntriesAndRetrieval) {
  auto a = Open();
  auto b = Open();
  const Request r = MathRequest("Solve for x: 3x + 5 = 20. Show each step.");
  const std::uint64_t id = a->Put(MakeEntry(r, "x = 5"));
  ASSERT_NE(id, 0u);
  auto m = b->Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id);
  EXPECT_EQ(m->entry.output, "x = 5");
  m = b->Lookup(MathRequest("Solve for y: 4y + 5 = 21. Show each step."));
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->exact_template);
  m = b->Lookup(MathRequest("Solve for x: 3x + 5 = 20. Show every step."));  // similar
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id);
  // A third replica that never saw the family finds it by id, too.
  auto c = Open();
  auto got = c->Get(id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->request.prompt, r.prompt);
  // What b puts later, a finds (its index syncs again).
  const Request r2 = MathRequest("Solve for z: 2z - 1 = 7. Explain.");
  const std::uint64_t id2 = b->Put(MakeEntry(r2, "z = 4"));
  ASSERT_NE(id2, 0u);
  EXPECT_NE(id2, id);
  m = a->Lookup(r2);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id2);
  // The same prompt put by another replica replaces the older entry.
  const std::uint64_t id3 = b->Put(MakeEntry(r, "x = 5 (again)"));
  m = a->Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id3);
  EXPECT_FALSE(a->Get(id).has_value());
}

TEST_P(RedisStoreTest, InvalidationByOneReplicaIsSeenByTheOther) {
  auto a = Open();
  auto b = Open();
  const Request r1 = MathRequest("Solve for x: 3x + 5 = 20.");
  Request r2 = MathRequest("Name the capital of France.");
  r2.task = "qa";
  const Request r3 = MathRequest("Solve for x: 3x + 5 = 20.", "globex");
  const std::uint64_t id1 = a->Put(MakeEntry(r1, "x = 5"));
  const std::uint64_t id2 = a->Put(MakeEntry(r2, "Paris"));
  const std::uint64_t id3 = a->Put(MakeEntry(r3, "x = 5"));
  ASSERT_TRUE(b->Lookup(r1).has_value());
  ASSERT_TRUE(b->Lookup(r2).has_value());
  // b has r1 in its index; a invalidates it by id.
  EXPECT_TRUE(a->Invalidate(id1));
  EXPECT_FALSE(a->Invalidate(id1));
  EXPECT_FALSE(b->Lookup(r1).has_value());
  EXPECT_FALSE(b->Get(id1).has_value());
  // b invalidates a task of one tenant it never looked up in (globex).
  EXPECT_EQ(b->InvalidateTask(std::string("globex"), "linear_equation"), 1u);
  EXPECT_FALSE(a->Lookup(r3).has_value());
  EXPECT_FALSE(a->Get(id3).has_value());
  // A fresh replica invalidates a whole tenant.
  auto c = Open();
  EXPECT_EQ(c->InvalidateTenant("acme"), 1u);  // r2 (r1 is already gone)
  EXPECT_FALSE(a->Lookup(r2).has_value());
  EXPECT_FALSE(b->Get(id2).has_value());
  EXPECT_EQ(c->Stats().entries, 0u);
}

TEST_P(RedisStoreTest, TtlWithTheInjectedClock) {
  StoreOptions o;
  o.ttl_seconds = 10;
  auto s = Open(o);
  auto b = Open(o);
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::uint64_t id = s->Put(MakeEntry(r, "x = 5"));
  Advance(9'999);
  EXPECT_TRUE(s->Lookup(r).has_value());
  EXPECT_TRUE(b->Lookup(r).has_value());
  Advance(1);
  EXPECT_FALSE(s->Lookup(r).has_value());
  EXPECT_FALSE(b->Lookup(r).has_value());
  EXPECT_FALSE(b->Get(id).has_value());
}

TEST_P(RedisStoreTest, TtlWithRealRedisExpiry) {
  StoreOptions o;
  o.ttl_seconds = 1;
  auto a = Open(o);
  // The reader's clock never moves: only Redis expiry can hide the entry.
  auto b = Open(o);
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::uint64_t id = a->Put(MakeEntry(r, "x = 5"));
  ASSERT_TRUE(b->Lookup(r).has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(1300));
  EXPECT_EQ(raw_->Run(EntryKey(r, id), {"EXISTS", EntryKey(r, id)}).integer, 0);
  EXPECT_FALSE(b->Lookup(r).has_value());
  EXPECT_FALSE(b->Get(id).has_value());
  auto c = Open(o);
  EXPECT_FALSE(c->Lookup(r).has_value());
}

TEST_P(RedisStoreTest, MaxAge) {
  auto a = Open();
  auto b = Open();
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  a->Put(MakeEntry(r, "x = 5"));
  Advance(5'000);
  LookupOptions fresh;
  fresh.max_age_seconds = 5;
  EXPECT_TRUE(b->Lookup(r, fresh).has_value());
  Advance(1);
  EXPECT_FALSE(b->Lookup(r, fresh).has_value());
  EXPECT_TRUE(b->Lookup(r).has_value());
}

TEST_P(RedisStoreTest, PartitionsNeverMix) {
  auto a = Open();
  auto b = Open();
  const Request base = MathRequest("Solve for x: 3x + 5 = 20.");
  a->Put(MakeEntry(base, "x = 5"));
  EXPECT_FALSE(b->Lookup(MathRequest(base.prompt, "globex")).has_value());
  EXPECT_FALSE(b->Lookup(MathRequest(base.prompt, "")).has_value());
  Request other = base;
  other.model = "m2";
  EXPECT_FALSE(b->Lookup(other).has_value());
  other = base;
  other.params.temperature = 0.7;
  EXPECT_FALSE(b->Lookup(other).has_value());
  other = base;
  other.schema_json = R"({"type":"object"})";
  EXPECT_FALSE(b->Lookup(other).has_value());
  other = base;
  other.task = "qa";
  EXPECT_FALSE(b->Lookup(other).has_value());
  EXPECT_TRUE(b->Lookup(base).has_value());
  // Tenants' invalidations do not touch each other.
  a->Put(MakeEntry(MathRequest(base.prompt, "globex"), "x = 5"));
  EXPECT_EQ(b->InvalidateTenant("globex"), 1u);
  EXPECT_TRUE(a->Lookup(base).has_value());
}

TEST_P(RedisStoreTest, CapacityEvictsLeastRecentlyUsedAcrossReplicas) {
  StoreOptions o;
  o.capacity = 3;
  auto a = Open(o);
  auto b = Open(o);
  std::vector<std::uint64_t> ids;
  std::vector<Request> reqs;
  for (int i = 0; i < 3; ++i) {
    reqs.push_back(MathRequest("Question " + std::to_string(i) + " about topic " +
                               std::string(1, static_cast<char>('a' + i)) + " please"));
    ids.push_back((i % 2 ? b : a)->Put(MakeEntry(reqs.back(), "answer")));
    Advance(10);
  }
  EXPECT_TRUE(b->Lookup(reqs[0]).has_value());  // 0 is now the most recent use
  Advance(10);
  reqs.push_back(MathRequest("Question 3 about topic d please"));
  ids.push_back(b->Put(MakeEntry(reqs.back(), "answer")));
  EXPECT_EQ(a->Stats().entries, 3u);
  EXPECT_TRUE(a->Lookup(reqs[0]).has_value());
  EXPECT_FALSE(a->Get(ids[1]).has_value());  // the least recently used went
  EXPECT_TRUE(a->Get(ids[2]).has_value());
  EXPECT_TRUE(a->Get(ids[3]).has_value());
}

TEST_P(RedisStoreTest, CorruptValueIsRejectedAndCounted) {
  auto a = Open();
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::uint64_t id = a->Put(MakeEntry(r, "x = 5"));
  ASSERT_TRUE(a->Lookup(r).has_value());
  // Flip one byte of the stored value (the checksum must catch it).
  const std::string key = EntryKey(r, id);
  RedisReply v = raw_->Run(key, {"GET", key});
  ASSERT_EQ(v.type, RedisReply::Type::kString);
  std::string bad = v.str;
  bad[bad.size() / 2] ^= 0x20;
  ASSERT_TRUE(raw_->Run(key, {"SET", key, bad}).ok());
  EXPECT_FALSE(a->Lookup(r).has_value());
  EXPECT_GT(a->Stats().errors, 0u);
  auto b = Open();
  EXPECT_FALSE(b->Lookup(r).has_value());
  EXPECT_FALSE(b->Get(id).has_value());
  EXPECT_GT(b->Stats().errors, 0u);
  // Garbage of any shape is rejected as well.
  ASSERT_TRUE(raw_->Run(key, {"SET", key, "not an entry"}).ok());
  auto c = Open();
  EXPECT_FALSE(c->Get(id).has_value());
  EXPECT_FALSE(c->Lookup(r).has_value());
  // A valid put of the same prompt serves again.
  a->Put(MakeEntry(r, "x = 5"));
  EXPECT_TRUE(c->Lookup(r).has_value());
  // A log this store did not write (fractional sequence, junk member): a
  // new replica neither hangs nor serves junk, and counts it.
  const std::string log = FamilyKey(r, "log");
  ASSERT_TRUE(raw_->Run(log, {"ZADD", log, "0.5", "junk"}).ok());
  auto d = Open();
  const std::uint64_t before = d->Stats().errors;
  d->Lookup(r);
  EXPECT_GT(d->Stats().errors, before);
  auto m = d->Lookup(r);  // the junk is gone from the log: sync goes on
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.output, "x = 5");
}

TEST_P(RedisStoreTest, ConcurrentPutAndLookupFromSeveralThreads) {
  auto a = Open({}, /*fake_clock=*/false);
  auto b = Open({}, /*fake_clock=*/false);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Store& s = t % 2 ? *a : *b;
      for (int i = 0; i < 40; ++i) {
        const Request r = MathRequest("Solve for x: " + std::to_string(t) + "x + " +
                                      std::to_string(i) + " = 20. Thread work.");
        if (s.Put(MakeEntry(r, "x = ?")) == 0) ++failures;
        auto m = s.Lookup(r);
        if (!m || m->entry.request.prompt != r.prompt) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(a->Stats().entries, 160u);
  auto m = a->Lookup(MathRequest("Solve for x: 0x + 3 = 20. Thread work."));
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->exact_prompt);
}

INSTANTIATE_TEST_SUITE_P(Redis, RedisStoreTest, ::testing::Values("plain", "cluster"),
                         [](const auto& info) { return info.param; });

TEST(RedisStore, SpecErrors) {
  std::string error;
  EXPECT_EQ(OpenStore("redis://", {}, &error), nullptr);
  EXPECT_NE(error.find("redis://"), std::string::npos);
  EXPECT_EQ(OpenStore("redis://host:0", {}, &error), nullptr);
  EXPECT_EQ(OpenStore("redis://host:6379/x", {}, &error), nullptr);
  EXPECT_EQ(OpenStore("redis://host:6379?prefix=a{b}", {}, &error), nullptr);
  EXPECT_EQ(OpenStore("redis+cluster://", {}, &error), nullptr);
  EXPECT_EQ(OpenStore("redis+cluster://a:1,b", {}, &error), nullptr);
  EXPECT_NE(OpenStore("redis://127.0.0.1:1/2?prefix=x", {}, &error), nullptr);
}

class Unreachable : public ::testing::TestWithParam<std::string> {};

TEST_P(Unreachable, AnswersNothingFast) {
  std::string error;
  auto s = OpenStore(GetParam(), {}, &error);
  ASSERT_NE(s, nullptr) << error;
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  const std::int64_t start = SteadyMs();
  for (int i = 0; i < 50; ++i) {
    EXPECT_FALSE(s->Lookup(r).has_value());
    EXPECT_TRUE(s->LookupCandidates(r, 4).empty());
    EXPECT_FALSE(s->Get(1).has_value());
  }
  error.clear();
  EXPECT_EQ(s->Put(MakeEntry(r, "x = 5"), &error), 0u);
  EXPECT_NE(error.find("redis"), std::string::npos) << error;
  EXPECT_FALSE(s->Invalidate(1));
  EXPECT_EQ(s->InvalidateTenant("acme"), 0u);
  EXPECT_LT(SteadyMs() - start, 2000);
  const StoreStats st = s->Stats();
  EXPECT_FALSE(st.available);
  EXPECT_GT(st.errors, 0u);
  EXPECT_EQ(st.hits, 0u);
}

INSTANTIATE_TEST_SUITE_P(Redis, Unreachable,
                         ::testing::Values("redis://127.0.0.1:1",
                                           "redis+cluster://127.0.0.1:1,127.0.0.1:2"),
                         [](const auto& info) { return info.index == 0 ? "plain" : "cluster"; });

// A private redis-server this test starts, kills and restarts.
class OwnServer {
 public:
  OwnServer() : port_(FreePort()) {
    dir_ = ::testing::TempDir() + "redis_store_test_" + std::to_string(::getpid());
    RunCommand("mkdir -p " + dir_);
  }
  ~OwnServer() { Stop(); }
  bool Start() {
    const std::string p = std::to_string(port_);
    RunCommand("redis-server --bind 127.0.0.1 --port " + p + " --dir " + dir_ +
               " --save '' --appendonly no --daemonize yes --pidfile " + dir_ + "/redis.pid" +
               " --logfile " + dir_ + "/redis.log >/dev/null 2>&1");
    for (int i = 0; i < 100; ++i) {
      if (RunCommand("redis-cli -p " + p + " ping 2>/dev/null").out == "PONG\n") return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  void Stop() {
    RunCommand("redis-cli -p " + std::to_string(port_) + " shutdown nosave >/dev/null 2>&1");
  }
  int port() const { return port_; }

 private:
  int port_;
  std::string dir_;
};

TEST(RedisStore, RecoversAfterTheServerIsKilledAndRestarted) {
  if (RunCommand("command -v redis-server").status != 0) GTEST_SKIP() << "no redis-server binary";
  OwnServer server;
  ASSERT_NE(server.port(), 0);
  ASSERT_TRUE(server.Start());
  std::string error;
  auto s = OpenStore("redis://127.0.0.1:" + std::to_string(server.port()), {}, &error);
  ASSERT_NE(s, nullptr) << error;
  const Request r = MathRequest("Solve for x: 3x + 5 = 20.");
  ASSERT_NE(s->Put(MakeEntry(r, "x = 5")), 0u);
  ASSERT_TRUE(s->Lookup(r).has_value());
  EXPECT_TRUE(s->Stats().available);

  server.Stop();
  const std::int64_t start = SteadyMs();
  EXPECT_FALSE(s->Lookup(r).has_value());  // never the stale local copy
  EXPECT_FALSE(s->Lookup(r).has_value());
  EXPECT_LT(SteadyMs() - start, 3000);
  StoreStats st = s->Stats();
  EXPECT_FALSE(st.available);
  EXPECT_GT(st.errors, 0u);

  ASSERT_TRUE(server.Start());  // empty again: no persistence
  bool recovered = false;
  for (int i = 0; i < 100 && !recovered; ++i) {
    recovered = s->Put(MakeEntry(r, "x = 5")) != 0;
    if (!recovered) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_TRUE(recovered);
  auto m = s->Lookup(r);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.output, "x = 5");
  EXPECT_TRUE(s->Stats().available);
}

// ---- The cluster client ------------------------------------------------------

TEST(RedisClient, KeySlotsMatchRedis) {
  EXPECT_EQ(RedisClient::Crc16("123456789"), 0x31C3);
  EXPECT_EQ(RedisClient::KeySlot("foo"), 12182u);
  EXPECT_EQ(RedisClient::KeySlot("{user1000}.following"), RedisClient::KeySlot("{user1000}.followers"));
  EXPECT_EQ(RedisClient::KeySlot("foo{}{bar}"), RedisClient::Crc16("foo{}{bar}") % 16384);
  EXPECT_EQ(RedisClient::KeySlot("foo{bar}{zap}"), RedisClient::KeySlot("bar"));
}

class ClusterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    list_ = EnvOr("STEPCACHE_TEST_REDIS_CLUSTER");
    if (list_.empty()) GTEST_SKIP() << "no Redis Cluster: set STEPCACHE_TEST_REDIS_CLUSTER";
    nodes_ = Nodes(list_);
    ASSERT_GE(nodes_.size(), 2u);
  }
  RedisClient NewClient(std::vector<RedisNode> seeds) {
    RedisClientOptions o;
    o.seeds = std::move(seeds);
    o.cluster = true;
    return RedisClient(o);
  }
  // (node id, port) of the master serving `slot`, from CLUSTER NODES.
  std::pair<std::string, int> Owner(unsigned slot, std::string* other_id, int* other_port) {
    const std::string out =
        RunCommand("redis-cli -p " + std::to_string(nodes_[0].port) + " cluster nodes").out;
    std::stringstream in(out);
    std::pair<std::string, int> owner{"", 0};
    std::vector<std::pair<std::string, int>> masters;
    for (std::string line; std::getline(in, line);) {
      std::stringstream fields(line);
      std::string id, addr, flags, master, ping, pong, epoch, link;
      fields >> id >> addr >> flags >> master >> ping >> pong >> epoch >> link;
      if (flags.find("master") == std::string::npos) continue;
      const int port = std::atoi(addr.c_str() + addr.rfind(':') + 1);
      masters.emplace_back(id, port);
      for (std::string range; fields >> range;) {
        if (range[0] == '[') continue;
        const std::size_t dash = range.find('-');
        const unsigned lo = std::stoul(range.substr(0, dash));
        const unsigned hi = dash == std::string::npos ? lo : std::stoul(range.substr(dash + 1));
        if (slot >= lo && slot <= hi) owner = {id, port};
      }
    }
    for (const auto& m : masters) {
      if (m.first != owner.first) {
        *other_id = m.first;
        *other_port = m.second;
        break;
      }
    }
    return owner;
  }
  std::string list_;
  std::vector<RedisNode> nodes_;
};

TEST_F(ClusterTest, FollowsMovedWhenTheSlotMapIsStale) {
  RedisClient client = NewClient({nodes_[0]});  // one seed: the rest is learned
  const std::string key = "stepcache-test:{moved" + std::to_string(::getpid()) + "}:k";
  ASSERT_TRUE(client.Run(key, {"SET", key, "v1"}).ok());
  const unsigned slot = RedisClient::KeySlot(key);
  std::string other_id;
  int other_port = 0;
  const auto owner = Owner(slot, &other_id, &other_port);
  ASSERT_NE(owner.second, 0);
  // Point the slot at a node that does not serve it: it answers MOVED.
  client.SetSlotOwnerForTest(slot, {"127.0.0.1", other_port});
  RedisReply r = client.Run(key, {"GET", key});
  ASSERT_EQ(r.type, RedisReply::Type::kString) << r.str;
  EXPECT_EQ(r.str, "v1");
  // The map was corrected: the next command goes straight to the owner.
  r = client.Run(key, {"GET", key});
  EXPECT_EQ(r.str, "v1");
  // A store opened with one seed of three works as well.
  std::string error;
  auto s = OpenStore("redis+cluster://127.0.0.1:" + std::to_string(other_port) +
                         "?prefix=moved" + std::to_string(::getpid()),
                     {}, &error);
  ASSERT_NE(s, nullptr) << error;
  for (int i = 0; i < 20; ++i) {
    const Request req = MathRequest("Question " + std::to_string(i), "tenant" + std::to_string(i));
    ASSERT_NE(s->Put(MakeEntry(req, "a")), 0u);
    ASSERT_TRUE(s->Lookup(req).has_value());
  }
  client.Run(key, {"DEL", key});
}

TEST_F(ClusterTest, FollowsAskDuringASlotMigration) {
  RedisClient client = NewClient(nodes_);
  const std::string tag = "{ask" + std::to_string(::getpid()) + "}";
  const std::string present = "stepcache-test:" + tag + ":present";
  const std::string moved = "stepcache-test:" + tag + ":moved";
  ASSERT_TRUE(client.Run(present, {"SET", present, "here"}).ok());
  const unsigned slot = RedisClient::KeySlot(present);
  std::string target_id;
  int target_port = 0;
  const auto source = Owner(slot, &target_id, &target_port);
  ASSERT_NE(source.second, 0);
  ASSERT_NE(target_port, 0);
  const std::string s = std::to_string(slot);
  const std::string src = "redis-cli -p " + std::to_string(source.second);
  const std::string dst = "redis-cli -p " + std::to_string(target_port);
  ASSERT_EQ(RunCommand(dst + " cluster setslot " + s + " importing " + source.first).out, "OK\n");
  ASSERT_EQ(RunCommand(src + " cluster setslot " + s + " migrating " + target_id).out, "OK\n");
  // A key the source lacks is asked of the target (ASKING first).
  RedisReply w = client.Run(moved, {"SET", moved, "there"});
  EXPECT_TRUE(w.ok()) << w.str;
  RedisReply r = client.Run(moved, {"GET", moved});
  EXPECT_EQ(r.str, "there");
  r = client.Run(present, {"GET", present});  // still served by the source
  EXPECT_EQ(r.str, "here");
  EXPECT_EQ(RunCommand(src + " exists " + present).out, "1\n");
  EXPECT_EQ(RunCommand("printf 'ASKING\\nEXISTS " + moved + "\\n' | " + dst).out, "OK\n1\n");
  // Undo: drop the test keys, end the migration.
  RunCommand("printf 'ASKING\\nDEL " + moved + "\\n' | " + dst + " >/dev/null");
  RunCommand(src + " del " + present + " >/dev/null");
  EXPECT_EQ(RunCommand(dst + " cluster setslot " + s + " stable").out, "OK\n");
  EXPECT_EQ(RunCommand(src + " cluster setslot " + s + " stable").out, "OK\n");
}

}  // namespace
}  // namespace stepcache::engine
