// The simulated model behind an OpenAI-compatible HTTP API, so the whole HTTP
// path (openai backend, retries, timeouts) runs end to end without a real
// model: `stepcache sim-server`.
//
// Routes: POST /v1/chat/completions (and /chat/completions), GET /v1/models,
// GET /health. Each completion sleeps the simulated latency * time_scale for
// real, then answers a chat.completion body with `usage`; the model id is the
// simulated one ("stepcache-sim") and every reply carries the header
// "X-StepCache-Simulated: true". Streaming is not offered: "stream": true is
// answered with one JSON body like any other request.
//
// Fault injection (seeded by the request's arrival index, for tests):
// fail_rate answers 500 with an error object, garbage_rate answers 200 with a
// body that is not JSON, `status` answers every completion with that status.
//
// Thread-safe: Start/Stop from one owner thread; requests are served on
// httplib's worker threads.
#ifndef STEPCACHE_ENGINE_SIM_SERVER_H_
#define STEPCACHE_ENGINE_SIM_SERVER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "stepcache/engine/sim_backend.h"

namespace stepcache::engine {

// What a test hook may send instead of the simulated answer.
struct SimServerReply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  double delay_s = 0;     // slept before replying
};

struct SimServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;                // 0: any free port (see SimServer::port)
  bool allow_remote = false;   // else only loopback addresses may be bound
  SimOptions sim;              // sim.realtime is ignored: the server always sleeps
  double time_scale = 1.0;     // sleep simulated latency * time_scale
  double fail_rate = 0;        // probability of a 500 with an error object
  double garbage_rate = 0;     // probability of a 200 whose body is not JSON
  int status = 0;              // non-zero: every completion answers this status
  // Called for every completion request (index counts from 0) before faults
  // and the simulated answer; return true after filling *reply to send that
  // instead. Called concurrently from worker threads.
  std::function<bool(const ChatRequest&, std::uint64_t index, SimServerReply* reply)> hook;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(std::string_view host);

class SimServer {
 public:
  explicit SimServer(SimServerOptions options);
  ~SimServer();  // stops the server
  SimServer(const SimServer&) = delete;
  SimServer& operator=(const SimServer&) = delete;

  // Binds and starts serving on a background thread. Returns false with
  // *error (one line) when the address is refused or cannot be bound.
  bool Start(std::string* error);
  // The bound port (after Start).
  int port() const { return port_; }
  // Blocks until Stop is called from elsewhere (or the server fails).
  void Wait();
  // Stops serving and joins the thread. Idempotent.
  void Stop();
  // Completion requests received so far.
  std::uint64_t requests() const { return requests_; }

 private:
  class Impl;
  SimServerOptions options_;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<std::uint64_t> requests_{0};
};

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SIM_SERVER_H_
