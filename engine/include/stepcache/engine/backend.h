// The pluggable model backend: something that answers one chat-completions
// request. Implementations: an OpenAI-compatible HTTP server (openai_backend.h),
// an external program (command_backend.h) and the deterministic simulated
// model (sim_backend.h). OpenBackend builds one from a spec string.
//
// Every Backend is thread-safe: Complete may be called concurrently from many
// threads. A Backend owns no caller data; callers own the returned object.
#ifndef STEPCACHE_ENGINE_BACKEND_H_
#define STEPCACHE_ENGINE_BACKEND_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "stepcache/engine/chat.h"

namespace stepcache::engine {

struct BackendError {
  enum class Kind {
    kUnavailable,     // cannot connect, program cannot be started
    kTimeout,         // no complete answer within the timeout
    kHttpStatus,      // the server answered with a non-2xx status
    kMalformed,       // the answer is not a chat.completion (or an error object)
    kInvalidRequest,  // the request cannot be sent (e.g. schema is not JSON)
  };
  Kind kind = Kind::kUnavailable;
  std::string message;    // one line; never contains the API key
  int http_status = 0;    // kHttpStatus only
  bool retryable = false; // worth trying again later (429, 5xx, connection, timeout)
};

// "unavailable", "timeout", "http_status", "malformed", "invalid_request".
const char* BackendErrorKindName(BackendError::Kind kind);

// A response or an error, never both.
class BackendResult {
 public:
  BackendResult(ChatResponse response) : response_(std::move(response)) {}  // NOLINT
  BackendResult(BackendError error) : error_(std::move(error)) {}           // NOLINT

  bool ok() const { return response_.has_value(); }
  const ChatResponse& response() const { return *response_; }   // requires ok()
  ChatResponse& response() { return *response_; }               // requires ok()
  const BackendError& error() const { return *error_; }         // requires !ok()

 private:
  std::optional<ChatResponse> response_;
  std::optional<BackendError> error_;
};

// What an HTTP backend answered to a forwarded request (Backend::Forward):
// its status, Content-Type and body as they came, or, when no HTTP answer
// came at all, the error (kUnavailable or kTimeout; status 0 then).
struct RawHttpResult {
  int status = 0;
  std::string content_type;
  std::string body;
  std::optional<BackendError> error;
};

class Backend {
 public:
  virtual ~Backend() = default;
  // Answers one request. A ChatRequest with an empty model gets the backend's
  // default model; ChatRequest::timeout_s bounds the whole call (retries
  // included). Thread-safe.
  virtual BackendResult Complete(const ChatRequest& request) = 0;
  // True when Forward is supported (HTTP backends).
  virtual bool CanForward() const { return false; }
  // Sends `body` as it is (a POST of application/json) to `path` under the
  // backend's base URL (e.g. "/chat/completions"), with the backend's API key,
  // and returns what came back, whatever the status: the pass-through for
  // requests the engine cannot represent (tools, multi-turn chats, n, ...).
  // Not retried once the request may have been read by the server (it is not
  // idempotent): the only second try is on a new connection when a pooled
  // kept-alive one turns out closed before any answer (a failed write, or
  // end-of-stream within 50 ms of sending), as the completions do.
  // `timeout_s` bounds the call like ChatRequest::timeout_s. nullopt when
  // the backend cannot forward (the default). Thread-safe.
  virtual std::optional<RawHttpResult> Forward(std::string_view path, std::string_view body,
                                               std::optional<double> timeout_s) {
    (void)path;
    (void)body;
    (void)timeout_s;
    return std::nullopt;
  }
  // A short description for logs and reports, e.g. "openai:http://127.0.0.1:8080/v1"
  // or "sim (simulated model, seed 42)". Never contains a key.
  virtual std::string name() const = 0;
};

struct BackendOptions {
  double connect_timeout_s = 5;
  double read_timeout_s = 120;       // also the command backend's whole-run timeout
  int max_retries = 3;               // extra attempts after the first (HTTP only)
  double backoff_initial_s = 0.5;    // doubled per retry, with +-50% jitter
  double backoff_max_s = 8;          // cap on one backoff or honoured Retry-After
  // Environment variable holding the API key; when it is unset or empty,
  // STEPCACHE_API_KEY is tried. No key: no Authorization header.
  std::string api_key_env = "OPENAI_API_KEY";
  std::string model;                 // default model for requests that name none
  std::uint64_t seed = 42;           // the simulated model's seed
  bool realtime = false;             // simulated model: really sleep its latency
  double time_scale = 1.0;           // simulated model: sleep latency * time_scale
};

// Opens a backend from a spec:
//   openai:URL        OpenAI-compatible server; URL is the API base, e.g.
//                     http://127.0.0.1:8080/v1 (requests go to URL/chat/completions)
//   command:PATH      run PATH (no shell, no arguments) once per request
//   sim               the simulated model with default parameters
//   sim:k=v,k=v       the simulated model with options (see ParseSimSpec in
//                     sim_backend.h: error_rate, seed, base_s, ...)
// Returns null and sets *error (one line naming the spec) on a bad spec.
std::unique_ptr<Backend> OpenBackend(std::string_view spec, const BackendOptions& options,
                                     std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_BACKEND_H_
