#include "stepcache/engine/sim_server.h"

#include <sys/socket.h>

#include <chrono>
#include <ctime>

#include <httplib.h>

#include "sim_internal.h"

namespace stepcache::engine {
namespace {

std::string ErrorBody(std::string_view message, std::string_view type) {
  // Both strings are ours or a parse error; escape the two characters that
  // could break the JSON string.
  std::string escaped;
  for (char c : message) {
    if (c == '"' || c == '\\') escaped.push_back('\\');
    escaped.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  }
  return "{\"error\": {\"message\": \"" + escaped + "\", \"type\": \"" + std::string(type) +
         "\", \"code\": null}}";
}

void SleepFor(double seconds) {
  if (seconds > 0) std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

}  // namespace

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "::1" || host == "[::1]") return true;
  if (host.substr(0, 4) != "127.") return false;
  int dots = 0;
  for (char c : host) {
    if (c == '.') ++dots;
    else if (c < '0' || c > '9') return false;
  }
  return dots == 3;
}

constexpr std::size_t kSimServerWorkers = 128;

class SimServer::Impl {
 public:
  httplib::Server server;
  std::atomic<bool> running{false};
  int listen_fd = -1;  // the listening socket, to widen httplib's backlog of 5
};

SimServer::SimServer(SimServerOptions options)
    : options_(std::move(options)), impl_(std::make_unique<Impl>()) {}

SimServer::~SimServer() { Stop(); }

bool SimServer::Start(std::string* error) {
  if (!options_.allow_remote && !IsLoopbackHost(options_.host)) {
    *error = "sim-server: refusing to listen on non-loopback address \"" + options_.host +
             "\" (pass --allow-remote to serve other machines)";
    return false;
  }
  httplib::Server& server = impl_->server;
  const SimServerOptions& o = options_;
  auto completions = [this, &o](const httplib::Request& req, httplib::Response& res) {
    const std::uint64_t index = requests_++;
    res.set_header("X-StepCache-Simulated", "true");
    ChatRequest request;
    std::string parse_error;
    if (!ParseChatRequest(req.body, &request, &parse_error)) {
      res.status = 400;
      res.set_content(ErrorBody("bad request: " + parse_error, "invalid_request_error"),
                      "application/json");
      return;
    }
    SimServerReply reply;
    if (o.hook && o.hook(request, index, &reply)) {
      SleepFor(reply.delay_s);
      res.status = reply.status;
      res.set_content(reply.body, reply.content_type.c_str());
      return;
    }
    sim::Rng faults(o.sim.seed ^ (0x5bd1e995ULL * (index + 1)));
    faults.Next();
    if (o.status != 0) {
      res.status = o.status;
      res.set_content(ErrorBody("injected status " + std::to_string(o.status), "server_error"),
                      "application/json");
      return;
    }
    if (faults.Chance(o.fail_rate)) {
      res.status = 500;
      res.set_content(ErrorBody("injected failure", "server_error"), "application/json");
      return;
    }
    const bool garbage = faults.Chance(o.garbage_rate);
    const ChatResponse response = SimulateCompletion(o.sim, request);
    SleepFor(response.latency_s * o.time_scale);
    if (garbage) {
      res.set_content("<html><body>502 upstream hiccup (injected)</body></html>", "text/html");
      return;
    }
    res.set_content(SerializeChatResponse(response, "chatcmpl-sim-" + std::to_string(index),
                                          static_cast<std::int64_t>(std::time(nullptr))),
                    "application/json");
  };
  server.Post("/v1/chat/completions", completions);
  server.Post("/chat/completions", completions);
  const std::string models = "{\"object\": \"list\", \"data\": [{\"id\": \"" + o.sim.model +
                             "\", \"object\": \"model\", \"owned_by\": \"stepcache (simulated)\"}]}";
  for (const char* path : {"/v1/models", "/models"}) {
    server.Get(path, [models](const httplib::Request&, httplib::Response& res) {
      res.set_header("X-StepCache-Simulated", "true");
      res.set_content(models, "application/json");
    });
  }
  server.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"status\": \"ok\"}", "application/json");
  });
  // Kept-alive answers go out at once (no Nagle wait for the client's
  // delayed ACK), and a burst of new connections is queued, not dropped:
  // httplib listens with a backlog of 5, so listen again with the system's.
  server.set_tcp_nodelay(true);
  // cpp-httplib serves each open connection on one worker: with its default
  // pool (8 here), a client that keeps more connections alive than that
  // waits for the 5 s keep-alive timeout. A test backend should not be the
  // bottleneck, so it keeps a generous pool.
  server.new_task_queue = [] { return new httplib::ThreadPool(kSimServerWorkers); };
  server.set_socket_options([impl = impl_.get()](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listen_fd = sock;
  });
  std::string host = options_.host;
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (options_.port == 0) {
    port_ = server.bind_to_any_port(host);
  } else {
    port_ = server.bind_to_port(host, options_.port) ? options_.port : -1;
  }
  if (port_ <= 0) {
    *error = "sim-server: cannot listen on " + options_.host + ":" + std::to_string(options_.port);
    return false;
  }
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  impl_->running = true;
  thread_ = std::thread([this] {
    impl_->server.listen_after_bind();
    impl_->running = false;
  });
  while (impl_->running && !server.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

void SimServer::Wait() {
  while (impl_->running) std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

void SimServer::Stop() {
  impl_->server.stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace stepcache::engine
