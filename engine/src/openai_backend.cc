#include "stepcache/engine/openai_backend.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <httplib.h>

namespace stepcache::engine {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void SetTimeout(double seconds, const std::function<void(time_t, time_t)>& set) {
  seconds = std::max(seconds, 0.001);
  const auto sec = static_cast<time_t>(seconds);
  set(sec, static_cast<time_t>((seconds - static_cast<double>(sec)) * 1e6));
}

std::string KeyFromEnvironment(const std::string& name) {
  for (const std::string& n : {name, std::string("STEPCACHE_API_KEY")}) {
    if (n.empty()) continue;
    const char* v = std::getenv(n.c_str());
    if (v != nullptr && *v != '\0') return v;
  }
  return "";
}

// Retry-After in delta-seconds; the HTTP-date form is treated as absent
// (then the backoff schedule applies).
double RetryAfterSeconds(const httplib::Response& res) {
  if (!res.has_header("Retry-After")) return -1;
  const std::string v = res.get_header_value("Retry-After");
  if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), ::isdigit)) return -1;
  return std::stod(v);
}

std::string FirstLine(std::string_view s, std::size_t max = 200) {
  s = s.substr(0, s.find('\n'));
  if (s.size() > max) s = s.substr(0, max);
  return std::string(s);
}

class OpenAIBackend final : public Backend {
 public:
  OpenAIBackend(std::string base_url, std::string scheme_host_port, std::string path_prefix,
                const BackendOptions& options)
      : base_url_(std::move(base_url)),
        scheme_host_port_(std::move(scheme_host_port)),
        prefix_(std::move(path_prefix)),
        endpoint_(prefix_ + "/chat/completions"),
        options_(options),
        api_key_(KeyFromEnvironment(options.api_key_env)) {}

  std::string name() const override { return "openai:" + base_url_; }

  BackendResult Complete(const ChatRequest& request) override {
    const Clock::time_point start = Clock::now();
    std::optional<Clock::time_point> deadline;
    if (request.timeout_s) deadline = start + ToDuration(std::max(0.0, *request.timeout_s));
    std::string body;
    std::string error;
    if (request.model.empty() && !options_.model.empty()) {
      ChatRequest copy = request;
      copy.model = options_.model;
      if (!SerializeChatRequest(copy, &body, &error)) return Invalid(error);
    } else if (!SerializeChatRequest(request, &body, &error)) {
      return Invalid(error);
    }
    const int attempts = 1 + std::max(0, options_.max_retries);
    BackendError last;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
      double retry_after = -1;
      BackendResult result = Attempt(request, body, TimeoutsUntil(deadline), &retry_after);
      if (result.ok()) {
        result.response().latency_s = SecondsSince(start);
        result.response().attempts = attempt;
        return result;
      }
      last = result.error();
      if (!last.retryable || attempt == attempts) break;
      const double wait = Backoff(attempt, retry_after);
      if (deadline && Clock::now() + ToDuration(wait) >= *deadline) {
        // No retry can finish in time: report the failure now rather than
        // sleep past the caller's deadline.
        last.message += " (no time left to retry within the request's timeout)";
        return last;
      }
      std::this_thread::sleep_for(ToDuration(wait));
    }
    if (attempts > 1 && last.retryable) {
      last.message += " (after " + std::to_string(attempts) + " attempts)";
    }
    return last;
  }

  bool CanForward() const override { return true; }

  std::optional<RawHttpResult> Forward(std::string_view path, std::string_view body,
                                       std::optional<double> timeout_s) override {
    std::optional<Clock::time_point> deadline;
    if (timeout_s) deadline = Clock::now() + ToDuration(std::max(0.0, *timeout_s));
    const Timeouts timeouts = TimeoutsUntil(deadline);
    Clock::time_point sent;
    httplib::Result res = Post(prefix_ + std::string(path), std::string(body), timeouts, &sent);
    RawHttpResult out;
    if (!res) {
      out.error = TransportError(res.error(), sent, timeouts);
      return out;
    }
    out.status = res->status;
    out.content_type = res->get_header_value("Content-Type");
    out.body = std::move(res->body);
    return out;
  }

 private:
  using Duration = Clock::duration;
  static Duration ToDuration(double seconds) {
    return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(seconds));
  }

  // One call's timeouts: the configured ones, cut to the time left.
  struct Timeouts {
    double connect_s;
    double read_s;
  };
  Timeouts TimeoutsUntil(const std::optional<Clock::time_point>& deadline) const {
    Timeouts t{options_.connect_timeout_s, options_.read_timeout_s};
    if (deadline) {
      const double left = std::chrono::duration<double>(*deadline - Clock::now()).count();
      t.connect_s = std::min(t.connect_s, left);
      t.read_s = std::min(t.read_s, left);
    }
    return t;
  }

  static BackendError Invalid(const std::string& message) {
    return BackendError{BackendError::Kind::kInvalidRequest, message, 0, false};
  }

  double Backoff(int attempt, double retry_after) const {
    if (retry_after >= 0) return std::min(retry_after, options_.backoff_max_s);
    thread_local std::mt19937_64 rng{std::random_device{}()};
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    const double base = options_.backoff_initial_s * static_cast<double>(1u << std::min(attempt - 1, 20));
    return std::min(base * jitter(rng), options_.backoff_max_s);
  }

  // Connections are kept alive and pooled: a new TCP connection per call
  // costs a handshake and, in bursts, queues on the server's accept backlog.
  // A client goes back to the pool only after a complete answer; one idle
  // longer than kIdleSeconds is dropped (servers close idle connections, 5 s
  // by default in common stacks). Timeouts are set per call (Post).
  struct Pooled {
    std::unique_ptr<httplib::Client> client;
    Clock::time_point last_used;
  };
  static constexpr double kIdleSeconds = 2.0;
  static constexpr std::size_t kMaxIdle = 64;

  // Closes pooled connections idle past kIdleSeconds. A connection the
  // pool keeps open holds a worker in servers that serve each connection on
  // one thread (cpp-httplib's, as in llama.cpp's server and sim-server): left
  // idle, it would make a later burst of new connections wait for those
  // servers' keep-alive timeouts. The pool is in last-use order, oldest first.
  void ReapLocked() const {
    std::size_t stale = 0;
    while (stale < pool_.size() && SecondsSince(pool_[stale].last_used) >= kIdleSeconds) ++stale;
    pool_.erase(pool_.begin(), pool_.begin() + static_cast<std::ptrdiff_t>(stale));
  }

  std::unique_ptr<httplib::Client> NewClient() const {
    auto client = std::make_unique<httplib::Client>(scheme_host_port_);
    client->set_keep_alive(true);
    client->set_tcp_nodelay(true);
    return client;
  }

  // The most recently used pooled connection (*reused), or a new one.
  std::unique_ptr<httplib::Client> Acquire(bool* reused) const {
    {
      std::lock_guard<std::mutex> lock(pool_mu_);
      ReapLocked();  // what is left was used within kIdleSeconds
      if (!pool_.empty()) {
        std::unique_ptr<httplib::Client> client = std::move(pool_.back().client);
        pool_.pop_back();
        *reused = true;
        return client;
      }
    }
    *reused = false;
    return NewClient();
  }

  void Release(std::unique_ptr<httplib::Client> client) const {
    std::lock_guard<std::mutex> lock(pool_mu_);
    ReapLocked();
    if (pool_.size() < kMaxIdle) pool_.push_back(Pooled{std::move(client), Clock::now()});
  }

  // One POST on a pooled or new connection with `timeouts`; *sent is when
  // the (last) request was written. The client returns to the pool after a
  // complete answer.
  httplib::Result Post(const std::string& path, const std::string& body, const Timeouts& timeouts,
                       Clock::time_point* sent) const {
    httplib::Headers headers{{"Accept", "application/json"}};
    if (!api_key_.empty()) headers.emplace("Authorization", "Bearer " + api_key_);
    auto send = [&](httplib::Client& client) {
      SetTimeout(timeouts.connect_s, [&](time_t s, time_t us) { client.set_connection_timeout(s, us); });
      SetTimeout(timeouts.read_s, [&](time_t s, time_t us) { client.set_read_timeout(s, us); });
      SetTimeout(timeouts.read_s, [&](time_t s, time_t us) { client.set_write_timeout(s, us); });
      *sent = Clock::now();
      return client.Post(path.c_str(), headers, body, "application/json");
    };
    bool reused = false;
    std::unique_ptr<httplib::Client> client = Acquire(&reused);
    httplib::Result res = send(*client);
    // The server may have closed a pooled connection while it sat idle: that
    // is no failure of the server, so try once on a new connection (not
    // counted as an attempt). It shows as any error but a read, or as a read
    // that failed at once (the peer's close arrived as we wrote); a later
    // read error is not retried here: the server may be working on it.
    if (!res && reused && (res.error() != httplib::Error::Read || SecondsSince(*sent) < 0.05)) {
      client = NewClient();
      res = send(*client);
    }
    if (res) Release(std::move(client));
    return res;
  }

  BackendError TransportError(httplib::Error e, Clock::time_point sent, const Timeouts& timeouts) const {
    const bool timed_out = e == httplib::Error::ConnectionTimeout ||
                           ((e == httplib::Error::Read || e == httplib::Error::Write) &&
                            SecondsSince(sent) >= 0.9 * timeouts.read_s);
    BackendError error;
    error.kind = timed_out ? BackendError::Kind::kTimeout : BackendError::Kind::kUnavailable;
    error.message = name() + ": " + (timed_out ? "timed out" : "request failed") + " (" +
                    httplib::to_string(e) + ")";
    error.retryable = true;
    return error;
  }

  BackendResult Attempt(const ChatRequest& request, const std::string& body, const Timeouts& timeouts,
                        double* retry_after) const {
    Clock::time_point sent;
    httplib::Result res = Post(endpoint_, body, timeouts, &sent);
    if (!res) return TransportError(res.error(), sent, timeouts);
    ChatResponse response;
    std::string parse_error;
    const ChatParseStatus status = ParseChatResponse(res->body, &response, &parse_error);
    if (res->status < 200 || res->status >= 300) {
      BackendError error;
      error.kind = BackendError::Kind::kHttpStatus;
      error.http_status = res->status;
      error.retryable = res->status == 429 || res->status == 408 || res->status >= 500;
      error.message = name() + ": HTTP " + std::to_string(res->status);
      if (status == ChatParseStatus::kErrorObject) {
        error.message += ": " + FirstLine(parse_error);
      } else if (!res->body.empty()) {
        error.message += ": " + FirstLine(res->body, 120);
      }
      if (error.retryable) *retry_after = RetryAfterSeconds(*res);
      return error;
    }
    if (status != ChatParseStatus::kOk) {
      return BackendError{BackendError::Kind::kMalformed,
                          name() + ": bad response body: " + FirstLine(parse_error), 0, false};
    }
    EstimateUsageIfMissing(request, &response);
    return response;
  }

  const std::string base_url_;
  const std::string scheme_host_port_;
  const std::string prefix_;
  const std::string endpoint_;
  const BackendOptions options_;
  const std::string api_key_;
  mutable std::mutex pool_mu_;
  mutable std::vector<Pooled> pool_;
};

}  // namespace

std::unique_ptr<Backend> OpenOpenAIBackend(std::string_view base_url,
                                           const BackendOptions& options, std::string* error) {
  std::string url(base_url);
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::size_t scheme_end = url.find("://");
  const std::string scheme = scheme_end == std::string::npos ? "" : url.substr(0, scheme_end);
  if (scheme != "http" && scheme != "https") {
    if (error) *error = "openai:" + std::string(base_url) + ": expected an http:// or https:// URL";
    return nullptr;
  }
  const std::size_t path_start = url.find('/', scheme_end + 3);
  std::string host_port = url.substr(0, path_start);
  std::string prefix = path_start == std::string::npos ? "" : url.substr(path_start);
  if (host_port.size() <= scheme_end + 3) {
    if (error) *error = "openai:" + std::string(base_url) + ": the URL names no host";
    return nullptr;
  }
  return std::make_unique<OpenAIBackend>(url, std::move(host_port), std::move(prefix), options);
}

}  // namespace stepcache::engine
