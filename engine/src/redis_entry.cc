#include "redis_entry.h"

#include <cstdint>

#include "stepcache/engine/signature.h"

namespace stepcache::engine::internal {

namespace {

constexpr std::string_view kMagic = "SCRE";
constexpr std::uint64_t kChecksumSeed = 0x5245444953ULL;  // "REDIS"
constexpr std::size_t kFields = 10;

void PutU64(std::string* out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool U64(std::uint64_t* v) {
    if (bytes_.size() - pos_ < 8) return false;
    *v = 0;
    for (int i = 0; i < 8; ++i) {
      *v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 8;
    return true;
  }
  bool Field(std::string* s) {
    if (bytes_.size() - pos_ < 4) return false;
    std::uint32_t n = 0;
    for (int i = 0; i < 4; ++i) {
      n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 4;
    if (bytes_.size() - pos_ < n) return false;
    s->assign(bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::size_t pos() const { return pos_; }
  void Skip(std::size_t n) { pos_ += n; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

bool Fail(std::string* error, const char* what) {
  if (error) *error = std::string("redis entry: ") + what;
  return false;
}

}  // namespace

std::uint64_t RedisEntryChecksum(std::string_view body) { return HashBytes(body, kChecksumSeed); }

std::string EncodeRedisEntry(const Entry& e) {
  const Request& r = e.request;
  const std::string params_json = ParamsToJson(r.params);
  const std::string reserved;
  std::string out(kMagic);
  out.push_back(static_cast<char>(kRedisEntryVersion));
  PutU64(&out, e.id);
  PutU64(&out, static_cast<std::uint64_t>(e.created_ms));
  for (const std::string* f : {&r.id, &r.tenant, &r.task, &r.model, &r.prompt, &r.schema_json,
                               &params_json, &e.output, &e.metadata_json, &reserved}) {
    PutU32(&out, static_cast<std::uint32_t>(f->size()));
    out.append(*f);
  }
  PutU64(&out, RedisEntryChecksum(out));
  return out;
}

bool DecodeRedisEntry(std::string_view bytes, Entry* out, std::string* error) {
  if (bytes.size() < kMagic.size() + 1 + 8 + 8 + 4 * kFields + 8) return Fail(error, "too short");
  if (bytes.substr(0, kMagic.size()) != kMagic) return Fail(error, "bad magic");
  if (static_cast<unsigned char>(bytes[kMagic.size()]) != kRedisEntryVersion) {
    return Fail(error, "unknown version");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader tail(bytes.substr(bytes.size() - 8));
  std::uint64_t checksum = 0;
  tail.U64(&checksum);
  if (checksum != RedisEntryChecksum(body)) return Fail(error, "checksum mismatch");
  Reader in(body);
  in.Skip(kMagic.size() + 1);
  std::uint64_t id = 0, created = 0;
  if (!in.U64(&id) || !in.U64(&created)) return Fail(error, "truncated header");
  Entry e;
  e.id = id;
  e.created_ms = static_cast<std::int64_t>(created);
  Request& r = e.request;
  std::string params_json, reserved;
  for (std::string* f : {&r.id, &r.tenant, &r.task, &r.model, &r.prompt, &r.schema_json,
                         &params_json, &e.output, &e.metadata_json, &reserved}) {
    if (!in.Field(f)) return Fail(error, "field length past the end");
  }
  if (in.pos() != body.size()) return Fail(error, "trailing bytes");
  if (id == 0) return Fail(error, "id 0");
  if (!ParamsFromJson(params_json, &r.params, nullptr)) return Fail(error, "bad params");
  e.last_used_ms = e.created_ms;
  *out = std::move(e);
  return true;
}

}  // namespace stepcache::engine::internal
