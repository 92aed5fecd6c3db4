// `stepcache serve`: an OpenAI-compatible HTTP front end over an Engine.
//
// Routes (see server/README.md for bodies and headers):
//   POST /v1/chat/completions   cached (reuse|patch|skip) or passed through
//                               (bypass); streaming as server-sent events
//   POST /v1/stepcache/verify   step verdicts on a given output, optional repair
//   GET  /v1/models             the backend's list (openai: backends) or --model
//   GET  /healthz               {"ok": true, "store": {"available": ...}}
//   GET  /metrics               Prometheus text (server_metrics.h)
//
// Threading: httplib's worker pool (`threads`) serves requests; the Engine
// is shared (it is thread-safe). Start/Stop/Wait from one owner thread.
// Stop stops accepting, lets in-flight requests finish, and returns; the
// owner then destroys the Engine (so the store flushes).
#ifndef STEPCACHE_SERVER_SERVER_H_
#define STEPCACHE_SERVER_SERVER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "stepcache/engine/engine.h"
#include "stepcache/server/api_keys.h"

namespace stepcache::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;                          // 0: any free port (see Server::port)
  // Workers: each open connection (kept alive or not) holds one while it is
  // open, so the pool keeps `threads` and grows, one per connection that
  // finds none idle, up to `max_threads`; extra workers leave after 10 s idle.
  int threads = 8;
  int max_threads = 1024;
  std::size_t max_body_bytes = 1 << 20;  // larger bodies: 413
  int max_concurrent = 64;               // more completions in flight: 503 + Retry-After
  double deadline_s = 60;                // per completion; exceeded: 504. 0: none
  std::string model = "stepcache-default";  // listed by /v1/models for non-openai backends
  std::string backend_spec;              // e.g. "openai:http://127.0.0.1:8080/v1", for /v1/models
  std::string api_key_env = "OPENAI_API_KEY";  // the backend's key, for /v1/models
  std::optional<ApiKeys> keys;           // set: Bearer keys required, mapped to tenants
};

class Server {
 public:
  // `engine` must outlive the Server.
  Server(ServerOptions options, engine::Engine& engine);
  ~Server();  // stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves on a background thread. false with *error on failure.
  bool Start(std::string* error);
  int port() const { return port_; }
  // Stops accepting, waits for in-flight requests, joins. Idempotent.
  void Stop();

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_SERVER_H_
