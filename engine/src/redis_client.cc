#include "redis_client.h"

#include <hiredis/hiredis.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace stepcache::engine::internal {

namespace {

constexpr unsigned kSlots = 16384;
constexpr int kMaxRedirects = 5;
constexpr std::int64_t kMinRefreshIntervalMs = 100;

std::int64_t SteadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

timeval Tv(int ms) {
  timeval tv;
  tv.tv_sec = ms / 1000;
  tv.tv_usec = (ms % 1000) * 1000;
  return tv;
}

RedisReply IoError(std::string why) {
  RedisReply r;
  r.type = RedisReply::Type::kIoError;
  r.str = std::move(why);
  return r;
}

RedisReply Convert(const redisReply* r) {
  RedisReply out;
  switch (r->type) {
    case REDIS_REPLY_STRING: out.type = RedisReply::Type::kString; break;
    case REDIS_REPLY_STATUS: out.type = RedisReply::Type::kStatus; break;
    case REDIS_REPLY_ERROR: out.type = RedisReply::Type::kError; break;
    case REDIS_REPLY_INTEGER: out.type = RedisReply::Type::kInteger; break;
    case REDIS_REPLY_NIL: out.type = RedisReply::Type::kNil; break;
    case REDIS_REPLY_ARRAY: out.type = RedisReply::Type::kArray; break;
    default: return IoError("unknown reply type");
  }
  if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS ||
      r->type == REDIS_REPLY_ERROR) {
    out.str.assign(r->str, r->len);
  }
  out.integer = r->integer;
  if (r->type == REDIS_REPLY_ARRAY) {
    out.elements.reserve(r->elements);
    for (std::size_t i = 0; i < r->elements; ++i) out.elements.push_back(Convert(r->element[i]));
  }
  return out;
}

// hiredis writes with write(2): a server that closed the connection raises
// SIGPIPE, which would kill the process. Block it on this thread around the
// exchange and swallow an instance it raised; no process-wide disposition
// changes.
class SigpipeGuard {
 public:
  SigpipeGuard() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
  }
  ~SigpipeGuard() {
    if (!was_pending_) {
      const timespec zero = {0, 0};
      while (sigtimedwait(&set_, nullptr, &zero) >= 0) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeGuard(const SigpipeGuard&) = delete;
  SigpipeGuard& operator=(const SigpipeGuard&) = delete;

 private:
  sigset_t set_, old_;
  bool was_pending_ = false;
};

struct ContextDeleter {
  void operator()(redisContext* c) const { redisFree(c); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;

}  // namespace

struct RedisClient::Pool {
  std::mutex mu;
  std::vector<Context> idle;
  std::int64_t down_until_ms = 0;
  int backoff_ms = 0;
};

RedisClient::RedisClient(RedisClientOptions options) : options_(std::move(options)) {}

RedisClient::~RedisClient() = default;

std::uint16_t RedisClient::Crc16(std::string_view bytes) {
  std::uint16_t crc = 0;
  for (unsigned char byte : bytes) {
    crc ^= static_cast<std::uint16_t>(byte) << 8;
    for (int i = 0; i < 8; ++i) {
      crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021)
                           : static_cast<std::uint16_t>(crc << 1);
    }
  }
  return crc;
}

unsigned RedisClient::KeySlot(std::string_view key) {
  const std::size_t open = key.find('{');
  if (open != std::string_view::npos) {
    const std::size_t close = key.find('}', open + 1);
    if (close != std::string_view::npos && close > open + 1) {
      key = key.substr(open + 1, close - open - 1);
    }
  }
  return Crc16(key) % kSlots;
}

RedisClient::Pool* RedisClient::PoolFor(const RedisNode& node) {
  std::lock_guard<std::mutex> lock(pools_mu_);
  std::unique_ptr<Pool>& p = pools_[node.Name()];
  if (!p) p = std::make_unique<Pool>();
  return p.get();
}

std::vector<RedisReply> RedisClient::Send(const RedisNode& node,
                                          const std::vector<RedisCommand>& commands, bool asking) {
  Pool* pool = PoolFor(node);
  SigpipeGuard no_sigpipe;
  auto fail_all = [&](const std::string& why) {
    io_errors_ += commands.size();
    available_ = false;
    return std::vector<RedisReply>(commands.size(), IoError(node.Name() + ": " + why));
  };
  auto mark_down = [&]() {
    std::lock_guard<std::mutex> lock(pool->mu);
    pool->backoff_ms = pool->backoff_ms == 0
                           ? options_.backoff_initial_ms
                           : std::min(pool->backoff_ms * 2, options_.backoff_max_ms);
    pool->down_until_ms = SteadyMs() + pool->backoff_ms;
    pool->idle.clear();  // whatever is pooled talked to the server that went away
  };
  for (int attempt = 0; attempt < 2; ++attempt) {
    Context ctx;
    bool pooled = false;
    {
      std::lock_guard<std::mutex> lock(pool->mu);
      if (SteadyMs() < pool->down_until_ms) return fail_all("unreachable (retrying after backoff)");
      if (!pool->idle.empty()) {
        ctx = std::move(pool->idle.back());
        pool->idle.pop_back();
        pooled = true;
      }
    }
    if (!ctx) {
      ctx.reset(redisConnectWithTimeout(node.host.c_str(), node.port, Tv(options_.connect_timeout_ms)));
      if (!ctx || ctx->err) {
        const std::string why = ctx ? ctx->errstr : "cannot allocate a connection";
        mark_down();
        return fail_all(why);
      }
      redisSetTimeout(ctx.get(), Tv(options_.command_timeout_ms));
      if (options_.db != 0 && !options_.cluster) {
        const std::string db = std::to_string(options_.db);
        const char* argv[] = {"SELECT", db.c_str()};
        const std::size_t len[] = {6, db.size()};
        void* raw = redisCommandArgv(ctx.get(), 2, argv, len);
        const bool ok = raw && static_cast<redisReply*>(raw)->type == REDIS_REPLY_STATUS;
        if (raw) freeReplyObject(raw);
        if (!ok) {
          mark_down();
          return fail_all("SELECT " + db + " failed");
        }
      }
    }
    std::vector<const char*> argv;
    std::vector<std::size_t> argl;
    if (asking) redisAppendCommand(ctx.get(), "ASKING");
    for (const RedisCommand& cmd : commands) {
      argv.clear();
      argl.clear();
      for (const std::string& a : cmd) {
        argv.push_back(a.data());
        argl.push_back(a.size());
      }
      redisAppendCommandArgv(ctx.get(), static_cast<int>(argv.size()), argv.data(), argl.data());
    }
    std::vector<RedisReply> replies;
    replies.reserve(commands.size());
    bool io_failed = false;
    const std::size_t expected = commands.size() + (asking ? 1 : 0);
    for (std::size_t i = 0; i < expected; ++i) {
      void* raw = nullptr;
      if (redisGetReply(ctx.get(), &raw) != REDIS_OK || !raw) {
        io_failed = true;
        break;
      }
      if (!(asking && i == 0)) replies.push_back(Convert(static_cast<redisReply*>(raw)));
      freeReplyObject(raw);
    }
    if (io_failed) {
      const std::string why = ctx->errstr[0] ? ctx->errstr : "connection lost";
      ctx.reset();
      // A pooled connection may just be stale (the server restarted): try
      // once more on a fresh one before calling the node down. Only safe
      // when nothing was answered yet.
      if (pooled && replies.empty()) {
        std::lock_guard<std::mutex> lock(pool->mu);
        pool->idle.clear();
        continue;
      }
      mark_down();
      if (options_.cluster) {
        std::lock_guard<std::mutex> lock(slots_mu_);
        slots_loaded_ = false;  // the map may be what is wrong
      }
      io_errors_ += commands.size() - replies.size();
      available_ = false;
      while (replies.size() < commands.size()) replies.push_back(IoError(node.Name() + ": " + why));
      return replies;
    }
    {
      std::lock_guard<std::mutex> lock(pool->mu);
      pool->backoff_ms = 0;
      pool->down_until_ms = 0;
      if (pool->idle.size() < options_.max_idle_per_node) pool->idle.push_back(std::move(ctx));
    }
    available_ = true;
    return replies;
  }
  return fail_all("connection lost");
}

bool RedisClient::ParseRedirect(const std::string& message, bool* ask, unsigned* slot,
                                RedisNode* node) {
  // "MOVED 3999 127.0.0.1:6381" or "ASK 3999 127.0.0.1:6381"
  std::size_t pos;
  if (message.rfind("MOVED ", 0) == 0) {
    *ask = false;
    pos = 6;
  } else if (message.rfind("ASK ", 0) == 0) {
    *ask = true;
    pos = 4;
  } else {
    return false;
  }
  const std::size_t space = message.find(' ', pos);
  if (space == std::string::npos) return false;
  const std::string slot_text = message.substr(pos, space - pos);
  const std::string addr = message.substr(space + 1);
  const std::size_t colon = addr.rfind(':');
  if (slot_text.empty() || colon == std::string::npos || colon + 1 >= addr.size()) return false;
  char* end = nullptr;
  const unsigned long s = std::strtoul(slot_text.c_str(), &end, 10);
  if (*end != '\0' || s >= kSlots) return false;
  const long port = std::strtol(addr.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || port <= 0 || port > 65535) return false;
  *slot = static_cast<unsigned>(s);
  node->host = addr.substr(0, colon);
  node->port = static_cast<int>(port);
  return true;
}

bool RedisClient::RefreshSlots() {
  std::vector<RedisNode> candidates;
  {
    std::lock_guard<std::mutex> lock(slots_mu_);
    const std::int64_t now = SteadyMs();
    if (slots_loaded_ && now - last_refresh_ms_ < kMinRefreshIntervalMs) return true;
    if (!slots_loaded_ && last_refresh_ms_ != 0 && now - last_refresh_ms_ < kMinRefreshIntervalMs) {
      return false;  // do not hammer the cluster while it is unreachable
    }
    last_refresh_ms_ = now;
    candidates = options_.seeds;
    for (const RedisNode& n : slot_owner_) {
      if (!n.host.empty() &&
          std::none_of(candidates.begin(), candidates.end(),
                       [&](const RedisNode& c) { return c.Name() == n.Name(); })) {
        candidates.push_back(n);
      }
    }
  }
  for (const RedisNode& seed : candidates) {
    const std::vector<RedisReply> r = Send(seed, {{"CLUSTER", "SLOTS"}}, false);
    if (r.empty() || r[0].type != RedisReply::Type::kArray) continue;
    std::vector<RedisNode> map(kSlots);
    for (const RedisReply& range : r[0].elements) {
      if (range.type != RedisReply::Type::kArray || range.elements.size() < 3) continue;
      const RedisReply& master = range.elements[2];
      if (range.elements[0].type != RedisReply::Type::kInteger ||
          range.elements[1].type != RedisReply::Type::kInteger ||
          master.type != RedisReply::Type::kArray || master.elements.size() < 2 ||
          master.elements[1].type != RedisReply::Type::kInteger) {
        continue;
      }
      const long long lo = range.elements[0].integer, hi = range.elements[1].integer;
      if (lo < 0 || hi >= kSlots || lo > hi) continue;
      RedisNode owner;
      owner.host = master.elements[0].type == RedisReply::Type::kString ? master.elements[0].str : "";
      if (owner.host.empty() || owner.host == "?") owner.host = seed.host;
      owner.port = static_cast<int>(master.elements[1].integer);
      for (long long s = lo; s <= hi; ++s) map[static_cast<std::size_t>(s)] = owner;
    }
    std::lock_guard<std::mutex> lock(slots_mu_);
    slot_owner_ = std::move(map);
    slots_loaded_ = true;
    return true;
  }
  return false;
}

RedisNode RedisClient::NodeForSlot(unsigned slot) {
  {
    std::lock_guard<std::mutex> lock(slots_mu_);
    if (slots_loaded_ && !slot_owner_[slot].host.empty()) return slot_owner_[slot];
  }
  RefreshSlots();
  std::lock_guard<std::mutex> lock(slots_mu_);
  if (!slot_owner_.empty() && !slot_owner_[slot].host.empty()) return slot_owner_[slot];
  return options_.seeds.front();  // no map: a seed answers or redirects
}

void RedisClient::SetSlotOwnerForTest(unsigned slot, const RedisNode& node) {
  RefreshSlots();
  std::lock_guard<std::mutex> lock(slots_mu_);
  if (slot_owner_.size() != kSlots) slot_owner_.assign(kSlots, RedisNode());
  slot_owner_[slot % kSlots] = node;
  slots_loaded_ = true;
  last_refresh_ms_ = SteadyMs();
}

std::vector<RedisReply> RedisClient::Run(std::string_view key,
                                         const std::vector<RedisCommand>& commands) {
  if (commands.empty()) return {};
  if (options_.seeds.empty()) return std::vector<RedisReply>(commands.size(), IoError("no node"));
  if (!options_.cluster) return CountErrors(Send(options_.seeds.front(), commands, false));
  const unsigned slot = KeySlot(key);
  std::vector<RedisReply> replies = Send(NodeForSlot(slot), commands, false);
  // Resend each redirected command where the cluster says (all keys share
  // the slot, so every command of the pipeline is normally redirected alike).
  for (std::size_t i = 0; i < replies.size(); ++i) {
    for (int hop = 0; hop < kMaxRedirects && replies[i].type == RedisReply::Type::kError; ++hop) {
      bool ask = false;
      unsigned redirect_slot = 0;
      RedisNode target;
      if (!ParseRedirect(replies[i].str, &ask, &redirect_slot, &target)) break;
      if (!ask) {
        std::lock_guard<std::mutex> lock(slots_mu_);
        if (slot_owner_.size() != kSlots) slot_owner_.assign(kSlots, RedisNode());
        slot_owner_[redirect_slot] = target;
      }
      replies[i] = std::move(Send(target, {commands[i]}, ask).front());
    }
  }
  return CountErrors(std::move(replies));
}

std::vector<RedisReply> RedisClient::CountErrors(std::vector<RedisReply> replies) {
  for (const RedisReply& r : replies) {
    if (r.type == RedisReply::Type::kError) ++server_errors_;
  }
  return replies;
}

RedisReply RedisClient::Run(std::string_view key, const RedisCommand& command) {
  return std::move(Run(key, std::vector<RedisCommand>{command}).front());
}

}  // namespace stepcache::engine::internal
