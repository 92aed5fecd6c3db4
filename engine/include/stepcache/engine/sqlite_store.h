// A durable Store in one SQLite file ("sqlite:PATH" in OpenStore).
//
// Durability: the database runs in WAL mode and every Put (with the evictions
// it causes) is one transaction. With synchronous=NORMAL (the default) a
// committed Put survives the process being killed at any point; after a power
// loss or OS crash the last few commits may be rolled back, but the file is
// always consistent. StoreOptions::sqlite_full_sync selects synchronous=FULL,
// which makes each commit survive power loss too, at one fsync per Put.
// Last-use times and hit counts are written lazily (batched into the next Put
// or at close), so a crash can lose recent LRU order, never an entry.
//
// Schema: versioned by PRAGMA user_version (kSqliteSchemaVersion). Older
// versions are migrated in place on open (1 -> 2 adds a per-row checksum);
// a newer version is refused with an error naming both versions. Each row
// carries a checksum of its fields; a row that fails it is never returned.
//
// Open rebuilds the in-memory retrieval index from the table (every prompt
// is re-split and re-sketched), so open time is linear in the entry count.
// The file is opened with an exclusive lock: one process at a time owns a
// store file (a second opener gets a "locked" error), which keeps the
// in-memory index the only view of the table.
//
// Thread-safety: as store.h (one mutex). The Store owns the connection.
#ifndef STEPCACHE_ENGINE_SQLITE_STORE_H_
#define STEPCACHE_ENGINE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "stepcache/engine/store.h"

namespace stepcache::engine {

constexpr int kSqliteSchemaVersion = 2;

// Opens (creating if needed) the store file `path`. Returns nullptr and sets
// *error (if given) to one line "sqlite:PATH: what is wrong" when the file
// cannot be opened, is not a SQLite database or is corrupt, has a schema
// version newer than kSqliteSchemaVersion, or is locked by another process.
std::unique_ptr<Store> OpenSqliteStore(const std::string& path, const StoreOptions& options,
                                       std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SQLITE_STORE_H_
