#include "stepcache/engine/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "indexed_store.h"

namespace stepcache::engine {

namespace {

// Columns shared by schema versions 1 and 2, in SELECT order. Strings are
// BLOBs so any byte (NUL included) round-trips and comparisons are bytewise.
constexpr const char* kCreateV1 =
    "CREATE TABLE IF NOT EXISTS entries("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " request_id BLOB NOT NULL, tenant BLOB NOT NULL, task BLOB NOT NULL, model BLOB NOT NULL,"
    " prompt BLOB NOT NULL, schema_json BLOB NOT NULL, params_json BLOB NOT NULL,"
    " output BLOB NOT NULL, metadata_json BLOB NOT NULL,"
    " created_ms INTEGER NOT NULL, last_used_ms INTEGER NOT NULL, hits INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS entries_tenant_task ON entries(tenant, task);";
constexpr const char* kMigrateV1ToV2 =
    "ALTER TABLE entries ADD COLUMN checksum INTEGER NOT NULL DEFAULT 0;";
constexpr const char* kColumns =
    "id, request_id, tenant, task, model, prompt, schema_json, params_json, output,"
    " metadata_json, created_ms, last_used_ms, hits, checksum";

void AppendField(std::string* out, const std::string& s) {
  out->append(std::to_string(s.size()));
  out->push_back(':');
  out->append(s);
}

// Detects a row whose bytes changed under us (disk corruption, a foreign
// writer): every stored field that a match depends on is covered.
std::int64_t RowChecksum(const Entry& e, const std::string& params_json) {
  std::string s;
  const Request& r = e.request;
  for (const std::string* f : {&r.id, &r.tenant, &r.task, &r.model, &r.prompt, &r.schema_json,
                               &params_json, &e.output, &e.metadata_json}) {
    AppendField(&s, *f);
  }
  s += std::to_string(e.created_ms);
  return static_cast<std::int64_t>(HashBytes(s, 0xC4EC));
}

class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool Prepare(sqlite3* db, const std::string& sql) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    return sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) == SQLITE_OK;
  }
  sqlite3_stmt* get() const { return stmt_; }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  void Blob(int i, const std::string& s) {
    sqlite3_bind_blob(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  std::string ColumnString(int i) const {
    const void* p = sqlite3_column_blob(stmt_, i);
    const int n = sqlite3_column_bytes(stmt_, i);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
  }
  std::int64_t ColumnInt(int i) const { return sqlite3_column_int64(stmt_, i); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Reads one row of kColumns. False when the row fails its checksum or its
// params do not parse: such a row is treated as absent.
bool ReadRow(const Statement& st, Entry* e, bool verify_checksum) {
  e->id = static_cast<std::uint64_t>(st.ColumnInt(0));
  e->request.id = st.ColumnString(1);
  e->request.tenant = st.ColumnString(2);
  e->request.task = st.ColumnString(3);
  e->request.model = st.ColumnString(4);
  e->request.prompt = st.ColumnString(5);
  e->request.schema_json = st.ColumnString(6);
  const std::string params_json = st.ColumnString(7);
  e->output = st.ColumnString(8);
  e->metadata_json = st.ColumnString(9);
  e->created_ms = st.ColumnInt(10);
  e->last_used_ms = st.ColumnInt(11);
  e->hits = static_cast<std::uint64_t>(st.ColumnInt(12));
  if (verify_checksum && st.ColumnInt(13) != RowChecksum(*e, params_json)) return false;
  return ParamsFromJson(params_json, &e->request.params, nullptr);
}

class SqliteStore final : public internal::IndexedStore {
 public:
  SqliteStore(const std::string& path, const StoreOptions& options)
      : IndexedStore(options), path_(path) {}

  ~SqliteStore() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      std::string ignored;
      FlushTouchesLocked(&ignored);
    }
    // The statements finalize after this body; close_v2 waits for them.
    sqlite3_close_v2(db_);
  }

  bool Open(std::string* error) {
    auto fail = [this, error](const std::string& what) {
      if (error) *error = "sqlite:" + path_ + ": " + what;
      return false;
    };
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      return fail(std::string("cannot open: ") + (db_ ? sqlite3_errmsg(db_) : "out of memory"));
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 200);
    // Exclusive locking: this process owns the file while open (see header);
    // it also keeps the WAL index in heap memory, so no -shm file is needed.
    std::string err;
    if (!Exec("PRAGMA locking_mode=EXCLUSIVE;", &err)) return fail(err);
    std::string mode;
    if (!QueryText("PRAGMA journal_mode=WAL;", &mode, &err)) return fail(err);
    if (mode != "wal") return fail("cannot switch to WAL journal mode (got \"" + mode + "\")");
    if (!Exec(options_.sqlite_full_sync ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;",
              &err)) {
      return fail(err);
    }
    // Take the write lock now so a second process fails at open, not later.
    if (!Exec("BEGIN EXCLUSIVE; COMMIT;", &err)) return fail(err);
    std::string version_text;
    if (!QueryText("PRAGMA user_version;", &version_text, &err)) return fail(err);
    const int version = std::atoi(version_text.c_str());
    if (version > kSqliteSchemaVersion) {
      return fail("schema version " + std::to_string(version) +
                  " is newer than this build supports (" + std::to_string(kSqliteSchemaVersion) +
                  "); refusing to open");
    }
    if (version < 0) return fail("invalid schema version " + std::to_string(version));
    if (!Migrate(version, &err)) return fail(err);
    if (!PrepareStatements(&err)) return fail(err);
    if (!LoadAll(&err)) return fail(err);
    return true;
  }

 protected:
  bool Commit(const Entry* put, const std::vector<std::uint64_t>& erase, std::uint64_t* new_id,
              std::string* error) override {
    if (!Exec("BEGIN IMMEDIATE;", error)) return false;
    bool ok = FlushTouchesLocked(error);
    for (std::size_t i = 0; ok && i < erase.size(); ++i) {
      erase_.Reset();
      erase_.Int(1, static_cast<std::int64_t>(erase[i]));
      ok = Step(erase_, error);
    }
    if (ok && put) {
      const std::string params_json = ParamsToJson(put->request.params);
      const Request& r = put->request;
      insert_.Reset();
      insert_.Blob(1, r.id);
      insert_.Blob(2, r.tenant);
      insert_.Blob(3, r.task);
      insert_.Blob(4, r.model);
      insert_.Blob(5, r.prompt);
      insert_.Blob(6, r.schema_json);
      insert_.Blob(7, params_json);
      insert_.Blob(8, put->output);
      insert_.Blob(9, put->metadata_json);
      insert_.Int(10, put->created_ms);
      insert_.Int(11, put->last_used_ms);
      insert_.Int(12, static_cast<std::int64_t>(put->hits));
      insert_.Int(13, RowChecksum(*put, params_json));
      ok = Step(insert_, error);
      if (ok) *new_id = static_cast<std::uint64_t>(sqlite3_last_insert_rowid(db_));
    }
    if (ok) ok = Exec("COMMIT;", error);
    if (!ok) {
      std::string ignored;
      Exec("ROLLBACK;", &ignored);
      pending_touches_.clear();
      return false;
    }
    for (std::uint64_t id : erase) pending_touches_.erase(id);
    return true;
  }

  bool Load(std::uint64_t id, Entry* out) override {
    load_.Reset();
    load_.Int(1, static_cast<std::int64_t>(id));
    const int rc = sqlite3_step(load_.get());
    const bool ok = rc == SQLITE_ROW && ReadRow(load_, out, /*verify_checksum=*/true);
    load_.Reset();
    return ok;
  }

  void Touch(std::uint64_t id, std::int64_t last_used_ms, std::uint64_t hits) override {
    pending_touches_[id] = {last_used_ms, hits};
    if (pending_touches_.size() >= 256) {
      std::string ignored;
      if (Exec("BEGIN IMMEDIATE;", &ignored)) {
        if (FlushTouchesLocked(&ignored) && Exec("COMMIT;", &ignored)) return;
        Exec("ROLLBACK;", &ignored);
      }
      pending_touches_.clear();  // best effort: uses only order eviction
    }
  }

  std::vector<std::uint64_t> Select(const std::optional<std::string>& tenant,
                                    const std::optional<std::string>& task) override {
    std::string sql = "SELECT id FROM entries WHERE 1";
    if (tenant) sql += " AND tenant = ?1";
    if (task) sql += " AND task = ?2";
    std::vector<std::uint64_t> ids;
    Statement st;
    if (!st.Prepare(db_, sql)) return ids;
    if (tenant) st.Blob(1, *tenant);
    if (task) st.Blob(2, *task);
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
      ids.push_back(static_cast<std::uint64_t>(st.ColumnInt(0)));
    }
    return ids;
  }

 private:
  bool Exec(const char* sql, std::string* error) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) == SQLITE_OK) return true;
    *error = msg ? msg : sqlite3_errmsg(db_);
    sqlite3_free(msg);
    return false;
  }

  bool QueryText(const char* sql, std::string* out, std::string* error) {
    Statement st;
    if (!st.Prepare(db_, sql)) {
      *error = sqlite3_errmsg(db_);
      return false;
    }
    const int rc = sqlite3_step(st.get());
    if (rc == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st.get(), 0);
      *out = t ? reinterpret_cast<const char*>(t) : "";
      return true;
    }
    if (rc == SQLITE_DONE) {
      out->clear();
      return true;
    }
    *error = sqlite3_errmsg(db_);
    return false;
  }

  bool Step(Statement& st, std::string* error) {
    const int rc = sqlite3_step(st.get());
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) return true;
    *error = sqlite3_errmsg(db_);
    return false;
  }

  bool Migrate(int version, std::string* error) {
    if (version == kSqliteSchemaVersion) return true;
    if (!Exec("BEGIN IMMEDIATE;", error)) return false;
    bool ok = true;
    if (version == 0) {
      ok = Exec(kCreateV1, error) && Exec(kMigrateV1ToV2, error);
    } else if (version == 1) {
      ok = Exec(kMigrateV1ToV2, error) && FillChecksums(error);
    }
    if (ok) {
      const std::string set = "PRAGMA user_version=" + std::to_string(kSqliteSchemaVersion) + ";";
      ok = Exec(set.c_str(), error) && Exec("COMMIT;", error);
    }
    if (!ok) {
      std::string ignored;
      Exec("ROLLBACK;", &ignored);
      *error = "migrating schema from version " + std::to_string(version) + ": " + *error;
    }
    return ok;
  }

  // Version 1 rows have no checksum: compute it from what is there.
  bool FillChecksums(std::string* error) {
    Statement read, write;
    if (!read.Prepare(db_, std::string("SELECT ") + kColumns + " FROM entries") ||
        !write.Prepare(db_, "UPDATE entries SET checksum = ?1 WHERE id = ?2")) {
      *error = sqlite3_errmsg(db_);
      return false;
    }
    int rc;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
      Entry e;
      ReadRow(read, &e, /*verify_checksum=*/false);
      write.Reset();
      write.Int(1, RowChecksum(e, read.ColumnString(7)));
      write.Int(2, static_cast<std::int64_t>(e.id));
      if (!Step(write, error)) return false;
    }
    if (rc != SQLITE_DONE) {
      *error = sqlite3_errmsg(db_);
      return false;
    }
    return true;
  }

  bool PrepareStatements(std::string* error) {
    const bool ok =
        insert_.Prepare(db_,
                        "INSERT INTO entries(request_id, tenant, task, model, prompt, schema_json,"
                        " params_json, output, metadata_json, created_ms, last_used_ms, hits,"
                        " checksum) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)") &&
        erase_.Prepare(db_, "DELETE FROM entries WHERE id = ?1") &&
        load_.Prepare(db_, std::string("SELECT ") + kColumns + " FROM entries WHERE id = ?1") &&
        touch_.Prepare(db_, "UPDATE entries SET last_used_ms = ?1, hits = ?2 WHERE id = ?3");
    if (!ok) *error = sqlite3_errmsg(db_);
    return ok;
  }

  // Rebuilds the in-memory side from the table, oldest use first so the LRU
  // list ends with the most recently used entry at its front.
  bool LoadAll(std::string* error) {
    Statement st;
    if (!st.Prepare(db_, std::string("SELECT ") + kColumns +
                             " FROM entries ORDER BY last_used_ms, id")) {
      *error = sqlite3_errmsg(db_);
      return false;
    }
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
      Entry e;
      if (!ReadRow(st, &e, /*verify_checksum=*/true)) {
        ++skipped_rows_;
        continue;
      }
      std::lock_guard<std::mutex> lock(mu_);
      Restore(e);
    }
    if (rc != SQLITE_DONE) {
      *error = std::string("reading entries: ") + sqlite3_errmsg(db_);
      return false;
    }
    std::lock_guard<std::mutex> lock(mu_);
    FinishRestore();
    return true;
  }

  bool FlushTouchesLocked(std::string* error) {
    for (const auto& [id, use] : pending_touches_) {
      touch_.Reset();
      touch_.Int(1, use.first);
      touch_.Int(2, static_cast<std::int64_t>(use.second));
      touch_.Int(3, static_cast<std::int64_t>(id));
      if (!Step(touch_, error)) return false;
    }
    pending_touches_.clear();
    return true;
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  Statement insert_, erase_, load_, touch_;
  std::unordered_map<std::uint64_t, std::pair<std::int64_t, std::uint64_t>> pending_touches_;
  std::size_t skipped_rows_ = 0;
};

}  // namespace

std::unique_ptr<Store> OpenSqliteStore(const std::string& path, const StoreOptions& options,
                                       std::string* error) {
  auto store = std::make_unique<SqliteStore>(path, options);
  if (!store->Open(error)) return nullptr;
  return store;
}

}  // namespace stepcache::engine
