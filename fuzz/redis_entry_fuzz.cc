// DecodeRedisEntry on arbitrary bytes (a value read back from Redis is
// untrusted): never crashes, fails with a message, and whatever it accepts
// round-trips through EncodeRedisEntry. Each input is decoded twice: as
// given (the checksum rejects nearly everything) and with its last 8 bytes
// replaced by the right checksum, so the length-prefixed field parser
// behind the checksum is fuzzed too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../engine/src/redis_entry.h"

using namespace stepcache::engine;

namespace {

void Check(std::string_view bytes) {
  Entry e;
  std::string error;
  if (!internal::DecodeRedisEntry(bytes, &e, &error)) {
    if (error.empty()) std::abort();
    return;
  }
  if (e.id == 0) std::abort();
  // Re-encoding may normalise params_json (its JSON is parsed), so compare
  // the fixed-point: encode, decode, encode again.
  const std::string once = internal::EncodeRedisEntry(e);
  Entry again;
  if (!internal::DecodeRedisEntry(once, &again, nullptr)) std::abort();
  if (internal::EncodeRedisEntry(again) != once) std::abort();
  if (again.id != e.id || again.created_ms != e.created_ms || again.output != e.output ||
      again.request.prompt != e.request.prompt || again.request.tenant != e.request.tenant ||
      again.metadata_json != e.metadata_json) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Check(bytes);
  if (size >= 8) {
    std::string fixed(bytes.substr(0, size - 8));
    const std::uint64_t sum = internal::RedisEntryChecksum(fixed);
    for (int i = 0; i < 8; ++i) fixed.push_back(static_cast<char>((sum >> (8 * i)) & 0xff));
    Check(fixed);
  }
  return 0;
}
