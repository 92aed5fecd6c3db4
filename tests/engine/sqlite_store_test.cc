// SQLite store: durability, schema versions, corrupt files, crash safety.
#include "stepcache/engine/sqlite_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

namespace stepcache::engine {
namespace {

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "sqlite_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
    Cleanup();
  }
  void TearDown() override { Cleanup(); }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path_ + suffix).c_str());
  }
  std::unique_ptr<Store> Open(const StoreOptions& o = {}) {
    std::string error;
    auto s = OpenSqliteStore(path_, o, &error);
    EXPECT_NE(s, nullptr) << error;
    return s;
  }
  // Runs SQL directly on the file (the store must be closed).
  void RawExec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    EXPECT_EQ(rc, SQLITE_OK) << (msg ? msg : "");
    sqlite3_free(msg);
    sqlite3_close(db);
  }
  std::string path_;
};

Request Req(const std::string& prompt, const std::string& tenant = "t") {
  Request r;
  r.tenant = tenant;
  r.task = "linear_equation";
  r.model = "m";
  r.prompt = prompt;
  return r;
}

Entry Make(const Request& r, const std::string& out) {
  Entry e;
  e.request = r;
  e.output = out;
  return e;
}

std::string Prompt(int i) {
  return "Solve for x: " + std::to_string(i) + "x + 5 = 20. Show each step.";
}
std::string Output(int i) { return "step 1\nx = " + std::to_string(i) + std::string(i % 50, '#'); }

TEST_F(SqliteStoreTest, PersistsAcrossReopenAndRebuildsIndex) {
  std::uint64_t id_a, id_b;
  {
    auto s = Open();
    Request binary = Req(std::string("odd bytes \0\1\xff end", 17));
    binary.params.extra["k"] = "v";
    id_a = s->Put(Make(Req("Solve for x: 3x + 5 = 20."), "x = 5"));
    id_b = s->Put(Make(binary, std::string("out\0put", 7)));
    ASSERT_NE(id_a, 0u);
    ASSERT_TRUE(s->Lookup(Req("Solve for x: 3x + 5 = 20.")).has_value());
  }
  auto s = Open();
  EXPECT_EQ(s->Stats().entries, 2u);
  const auto m = s->Lookup(Req("Solve for y: 4y + 5 = 20."));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry.id, id_a);
  EXPECT_TRUE(m->exact_template);
  EXPECT_EQ(m->entry.hits, 2u);  // the hit before closing was persisted
  const auto b = s->Get(id_b);
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->output, std::string("out\0put", 7));
  EXPECT_EQ(b->request.prompt, std::string("odd bytes \0\1\xff end", 17));
  EXPECT_EQ(b->request.params.extra.at("k"), "v");
  // Ids keep growing after reopen, even after the newest is removed.
  EXPECT_TRUE(s->Invalidate(id_b));
  EXPECT_GT(s->Put(Make(Req("Name a blue fruit."), "blueberry")), id_b);
}

TEST_F(SqliteStoreTest, InvalidationIsDurable) {
  {
    auto s = Open();
    s->Put(Make(Req("Solve for x: 1x = 1.", "a"), "1"));
    s->Put(Make(Req("Solve for x: 1x = 1.", "b"), "1"));
    EXPECT_EQ(s->InvalidateTenant("a"), 1u);
  }
  auto s = Open();
  EXPECT_EQ(s->Stats().entries, 1u);
  EXPECT_FALSE(s->Lookup(Req("Solve for x: 1x = 1.", "a")).has_value());
  EXPECT_TRUE(s->Lookup(Req("Solve for x: 1x = 1.", "b")).has_value());
}

TEST_F(SqliteStoreTest, CapacityAppliesAfterReopen) {
  {
    auto s = Open();
    for (int i = 0; i < 5; ++i) s->Put(Make(Req(Prompt(i)), Output(i)));
  }
  StoreOptions o;
  o.capacity = 2;
  auto s = Open(o);
  s->Put(Make(Req("Name a blue fruit."), "blueberry"));
  EXPECT_EQ(s->Stats().entries, 2u);
  EXPECT_EQ(s->Stats().evictions, 4u);
}

TEST_F(SqliteStoreTest, RefusesNewerSchemaVersion) {
  { auto s = Open(); }
  RawExec("PRAGMA user_version=" + std::to_string(kSqliteSchemaVersion + 1) + ";");
  std::string error;
  EXPECT_EQ(OpenSqliteStore(path_, {}, &error), nullptr);
  EXPECT_NE(error.find("schema version 3 is newer"), std::string::npos) << error;
  EXPECT_NE(error.find(path_), std::string::npos) << error;
}

TEST_F(SqliteStoreTest, MigratesVersion1) {
  RawExec(
      "CREATE TABLE entries(id INTEGER PRIMARY KEY AUTOINCREMENT, request_id BLOB NOT NULL,"
      " tenant BLOB NOT NULL, task BLOB NOT NULL, model BLOB NOT NULL, prompt BLOB NOT NULL,"
      " schema_json BLOB NOT NULL, params_json BLOB NOT NULL, output BLOB NOT NULL,"
      " metadata_json BLOB NOT NULL, created_ms INTEGER NOT NULL, last_used_ms INTEGER NOT NULL,"
      " hits INTEGER NOT NULL);"
      "INSERT INTO entries(request_id, tenant, task, model, prompt, schema_json, params_json,"
      " output, metadata_json, created_ms, last_used_ms, hits) VALUES('', 't', 'linear_equation',"
      " 'm', 'Solve for x: 3x + 5 = 20.', '', '{\"temperature\":0,\"top_p\":1,\"max_tokens\":256,"
      "\"stop\":[],\"extra\":{}}', 'x = 5', '{}', 1, 1, 0);"
      "PRAGMA user_version=1;");
  {
    auto s = Open();
    const auto m = s->Lookup(Req("Solve for x: 3x + 5 = 20."));
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->entry.output, "x = 5");
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), kSqliteSchemaVersion);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(SqliteStoreTest, TamperedRowIsNeverReturned) {
  {
    auto s = Open();
    s->Put(Make(Req("Solve for x: 3x + 5 = 20."), "x = 5"));
  }
  RawExec("UPDATE entries SET output = 'x = 6';");
  auto s = Open();
  EXPECT_EQ(s->Stats().entries, 0u);
  EXPECT_FALSE(s->Lookup(Req("Solve for x: 3x + 5 = 20.")).has_value());
}

TEST_F(SqliteStoreTest, GarbageFileIsACleanError) {
  {
    std::ofstream f(path_, std::ios::binary);
    for (int i = 0; i < 4096; ++i) f.put(static_cast<char>((i * 7919) & 0xff));
  }
  std::string error;
  EXPECT_EQ(OpenSqliteStore(path_, {}, &error), nullptr);
  EXPECT_NE(error.find("sqlite:" + path_ + ": "), std::string::npos) << error;
  EXPECT_NE(error.find("not a database"), std::string::npos) << error;
}

TEST_F(SqliteStoreTest, CorruptedPagesNeverCrash) {
  {
    auto s = Open();
    for (int i = 0; i < 400; ++i) s->Put(Make(Req(Prompt(i)), Output(i) + std::string(200, 'z')));
  }
  RawExec("PRAGMA wal_checkpoint(TRUNCATE);");
  // Overwrite pages past the header with garbage: open must fail cleanly or
  // succeed, and whatever it returns must be an entry it stored.
  std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
  ASSERT_TRUE(f.is_open());
  f.seekp(4096 * 3);
  for (int i = 0; i < 4096 * 4; ++i) f.put(static_cast<char>((i * 131) & 0xff));
  f.close();
  std::string error;
  auto s = OpenSqliteStore(path_, {}, &error);
  if (!s) {
    EXPECT_NE(error.find("sqlite:"), std::string::npos);
    return;
  }
  for (int i = 0; i < 400; ++i) {
    if (auto m = s->Lookup(Req(Prompt(i)))) {
      if (m->exact_prompt) {
        EXPECT_EQ(m->entry.output, Output(i) + std::string(200, 'z'));
      }
    }
  }
}

TEST_F(SqliteStoreTest, SecondOpenerIsRefused) {
  auto s = Open();
  s->Put(Make(Req("Name a blue fruit."), "blueberry"));
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::string error;
    auto other = OpenSqliteStore(path_, {}, &error);
    _exit(other == nullptr && error.find("locked") != std::string::npos ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

// A writer SIGKILLed mid-stream loses nothing it reported committed, and the
// file opens afterwards.
TEST_F(SqliteStoreTest, KilledWriterLosesNothingCommitted) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    alarm(120);  // never outlive a parent that failed before killing us
    std::string error;
    auto s = OpenSqliteStore(path_, {}, &error);
    if (!s) _exit(3);
    for (int i = 0; i < 1000000; ++i) {
      const std::uint64_t id = s->Put(Make(Req(Prompt(i)), Output(i)));
      if (id == 0) _exit(4);
      const std::string line = std::to_string(i) + " " + std::to_string(id) + "\n";
      if (write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(5);
    }
    _exit(0);
  }
  struct KillOnExit {
    pid_t pid;
    ~KillOnExit() { kill(pid, SIGKILL); }
  } guard{child};
  close(fds[1]);
  std::map<int, std::uint64_t> committed;
  std::string buffer;
  char chunk[4096];
  while (committed.size() < 300) {
    const ssize_t n = read(fds[0], chunk, sizeof chunk);
    ASSERT_GT(n, 0) << "writer died early";
    buffer.append(chunk, static_cast<std::size_t>(n));
    std::size_t nl;
    while ((nl = buffer.find('\n')) != std::string::npos) {
      int i = 0;
      unsigned long long id = 0;
      ASSERT_EQ(std::sscanf(buffer.substr(0, nl).c_str(), "%d %llu", &i, &id), 2);
      committed[i] = id;
      buffer.erase(0, nl + 1);
    }
  }
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status));
  // Lines written before the kill are still in the pipe.
  ssize_t n;
  while ((n = read(fds[0], chunk, sizeof chunk)) > 0) buffer.append(chunk, static_cast<std::size_t>(n));
  close(fds[0]);
  std::size_t nl;
  while ((nl = buffer.find('\n')) != std::string::npos) {
    int i = 0;
    unsigned long long id = 0;
    if (std::sscanf(buffer.substr(0, nl).c_str(), "%d %llu", &i, &id) == 2) committed[i] = id;
    buffer.erase(0, nl + 1);
  }

  auto s = Open();
  ASSERT_NE(s, nullptr);
  EXPECT_GE(s->Stats().entries, committed.size());
  for (const auto& [i, id] : committed) {
    const auto e = s->Get(id);
    ASSERT_TRUE(e.has_value()) << "entry " << i << " (id " << id << ") lost";
    EXPECT_EQ(e->output, Output(i));
    EXPECT_EQ(e->request.prompt, Prompt(i));
  }
  // And the reopened store is writable.
  EXPECT_NE(s->Put(Make(Req("Name a blue fruit."), "blueberry")), 0u);
}

}  // namespace
}  // namespace stepcache::engine
