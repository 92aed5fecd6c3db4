// Private: a small synchronous Redis / Redis Cluster client on hiredis for
// the Redis store (redis_store.h).
//
// Connections: per node a mutex-guarded pool of idle hiredis contexts, each
// with a connect and a command timeout; a caller takes one for a command (or
// a pipeline) and gives it back, so many threads run commands at once.
// Failure: a connection that fails is freed; when a node cannot be reached,
// it is marked down for a backoff interval (doubling from
// backoff_initial_ms to backoff_max_ms) during which every command to it
// fails at once without touching the network; the first success resets it.
// A stale pooled connection (the server restarted) is retried once on a
// fresh one before the node counts as down.
//
// Cluster: the slot map comes from CLUSTER SLOTS (asked of any known node);
// a key's slot is CRC16 (XMODEM) of its hash tag mod 16384. A MOVED reply
// updates the map and the command is resent to the named node; ASK resends
// it there after ASKING, without touching the map; a connection error
// schedules a map refresh. Every key of one command or pipeline must share a
// hash tag (the caller's duty).
//
// Thread-safety: every method may be called from any thread.
#ifndef STEPCACHE_ENGINE_SRC_REDIS_CLIENT_H_
#define STEPCACHE_ENGINE_SRC_REDIS_CLIENT_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace stepcache::engine::internal {

struct RedisReply {
  enum class Type { kIoError, kError, kNil, kString, kStatus, kInteger, kArray };
  Type type = Type::kIoError;
  std::string str;            // kString, kStatus, kError (the message), kIoError (why)
  long long integer = 0;      // kInteger
  std::vector<RedisReply> elements;  // kArray

  // The server answered, and not with an error.
  bool ok() const { return type != Type::kIoError && type != Type::kError; }
  bool io_error() const { return type == Type::kIoError; }
};

struct RedisNode {
  std::string host;
  int port = 0;
  std::string Name() const { return host + ":" + std::to_string(port); }
};

struct RedisClientOptions {
  std::vector<RedisNode> seeds;  // one node, or any nodes of a cluster
  bool cluster = false;
  int db = 0;                    // SELECT on each new connection (not in cluster mode)
  int connect_timeout_ms = 250;
  int command_timeout_ms = 1000;
  int backoff_initial_ms = 50;
  int backoff_max_ms = 2000;
  std::size_t max_idle_per_node = 16;
};

using RedisCommand = std::vector<std::string>;

class RedisClient {
 public:
  explicit RedisClient(RedisClientOptions options);
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  // Sends `commands` as one pipeline to the node serving `key`'s slot and
  // returns one reply per command (kIoError replies when the node could not
  // be reached or is in backoff).
  std::vector<RedisReply> Run(std::string_view key, const std::vector<RedisCommand>& commands);
  RedisReply Run(std::string_view key, const RedisCommand& command);

  // False from a failed attempt to reach a node until the next success.
  bool available() const { return available_.load(); }
  // Commands that got no answer (I/O error, timeout, node in backoff).
  std::uint64_t io_errors() const { return io_errors_.load(); }
  // Commands the server answered with an error (after redirects), e.g.
  // CLUSTERDOWN, TRYAGAIN, a script error.
  std::uint64_t server_errors() const { return server_errors_.load(); }

  // CRC16 (XMODEM) of the key's hash tag (or the whole key) mod 16384.
  static unsigned KeySlot(std::string_view key);
  static std::uint16_t Crc16(std::string_view bytes);

  // Test hook: points `slot` at `node` in the slot map, as a stale map would.
  void SetSlotOwnerForTest(unsigned slot, const RedisNode& node);

 private:
  struct Pool;
  Pool* PoolFor(const RedisNode& node);
  // Sends the pipeline on one connection of `node`; `asking` prefixes ASKING.
  std::vector<RedisReply> Send(const RedisNode& node, const std::vector<RedisCommand>& commands,
                               bool asking);
  RedisNode NodeForSlot(unsigned slot);
  bool RefreshSlots();
  std::vector<RedisReply> CountErrors(std::vector<RedisReply> replies);
  static bool ParseRedirect(const std::string& message, bool* ask, unsigned* slot, RedisNode* node);

  RedisClientOptions options_;
  std::atomic<bool> available_{true};
  std::atomic<std::uint64_t> io_errors_{0};
  std::atomic<std::uint64_t> server_errors_{0};

  std::mutex pools_mu_;
  std::unordered_map<std::string, std::unique_ptr<Pool>> pools_;

  std::mutex slots_mu_;
  std::vector<RedisNode> slot_owner_;  // 16384 entries once loaded (cluster only)
  bool slots_loaded_ = false;
  std::int64_t last_refresh_ms_ = 0;
};

}  // namespace stepcache::engine::internal

#endif  // STEPCACHE_ENGINE_SRC_REDIS_CLIENT_H_
