// Private: the bytes one Entry is stored as in Redis (redis_store.h).
//
//   "SCRE" | version (1 byte, 1) | id (u64 LE) | created_ms (i64 LE) |
//   10 fields, each u32 LE length + bytes:
//     request id, tenant, task, model, prompt, schema_json, params_json,
//     output, metadata_json, reserved (empty)
//   | checksum (u64 LE): HashBytes of everything before it
//
// A value read back is untrusted (another writer, a raw SET, truncation):
// DecodeRedisEntry checks every length against what is left, the checksum,
// that nothing trails, and that params_json parses, and fails otherwise.
// last_used_ms and hits are not stored here (the store keeps uses apart);
// prompt_template is left empty. Pure functions, thread-safe.
#ifndef STEPCACHE_ENGINE_SRC_REDIS_ENTRY_H_
#define STEPCACHE_ENGINE_SRC_REDIS_ENTRY_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "stepcache/engine/store.h"

namespace stepcache::engine::internal {

constexpr unsigned char kRedisEntryVersion = 1;

std::string EncodeRedisEntry(const Entry& entry);

// The checksum of a value whose bytes before the checksum are `body` (for
// the fuzz target, which repairs it to reach the field parser).
std::uint64_t RedisEntryChecksum(std::string_view body);

// False (with *error set to one line, if given) when `bytes` is not a value
// EncodeRedisEntry wrote; *out is then unspecified.
bool DecodeRedisEntry(std::string_view bytes, Entry* out, std::string* error = nullptr);

}  // namespace stepcache::engine::internal

#endif  // STEPCACHE_ENGINE_SRC_REDIS_ENTRY_H_
