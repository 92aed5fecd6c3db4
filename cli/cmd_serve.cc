// `stepcache serve`: the OpenAI-compatible HTTP front end (server/). Thin:
// options, signals, start and stop; the logic lives in stepcache::server.
#include <csignal>
#include <iostream>
#include <pthread.h>

#include "command.h"
#include "stepcache/engine/engine.h"
#include "stepcache/server/server.h"

namespace stepcache::cli {
namespace {

struct ServeArgs {
  std::string listen = "127.0.0.1:8080";
  std::string backend = "sim";
  std::string store = "memory";
  std::string keys;
  std::string rules_dir;
  int threads = 8;
  int max_threads = 1024;
  std::size_t max_body = 1 << 20;
  int max_concurrent = 64;
  double deadline = 60;
  std::size_t capacity = 100000;
  std::int64_t ttl = 0;
  std::string model = "stepcache-default";
};

int RunServe(const ServeArgs& args) {
  server::ServerOptions options;
  const std::size_t colon = args.listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return BadInput("--listen " + args.listen + ": expected HOST:PORT");
  options.host = args.listen.substr(0, colon);
  if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']') {
    options.host = options.host.substr(1, options.host.size() - 2);
  }
  try {
    std::size_t used = 0;
    const std::string port = args.listen.substr(colon + 1);
    options.port = std::stoi(port, &used);
    if (used != port.size() || options.port < 0 || options.port > 65535) throw 0;
  } catch (...) {
    return BadInput("--listen " + args.listen + ": bad port");
  }
  options.threads = args.threads;
  options.max_threads = args.max_threads;
  options.max_body_bytes = args.max_body;
  options.max_concurrent = args.max_concurrent;
  options.deadline_s = args.deadline;
  options.model = args.model;
  options.backend_spec = args.backend;
  if (!args.keys.empty()) {
    std::string error;
    options.keys = server::ApiKeys::Load(args.keys, &error);
    if (!options.keys) return BadInput("--keys " + error);
  }

  engine::Options engine_options;
  engine_options.backend = args.backend;
  engine_options.store = args.store;
  engine_options.rules_dir = args.rules_dir;
  engine_options.model = args.model;
  engine_options.store_options.capacity = args.capacity;
  engine_options.store_options.ttl_seconds = args.ttl;
  engine_options.backend_options.model = args.model;
  if (args.deadline > 0) {
    // One backend call never outlasts a request's deadline.
    engine_options.backend_options.read_timeout_s = std::min(engine_options.backend_options.read_timeout_s, args.deadline);
    engine_options.backend_options.connect_timeout_s =
        std::min(engine_options.backend_options.connect_timeout_s, args.deadline);
    engine_options.backend_options.backoff_max_s = std::min(engine_options.backend_options.backoff_max_s, args.deadline / 4);
  }
  std::string error;
  std::unique_ptr<engine::Engine> engine = engine::Engine::Open(engine_options, &error);
  if (!engine) return BadInput(error);

  // SIGTERM/SIGINT are taken by this thread with sigwait: blocked here before
  // any server thread starts, so every thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  {
    server::Server http(options, *engine);
    if (!http.Start(&error)) return BadInput(error);
    std::cerr << "stepcache serve: http://" << options.host << ":" << http.port() << "/v1 (backend "
              << engine->backend_name() << ", store " << args.store << (options.keys ? ", API keys required" : "")
              << ")" << std::endl;
    int sig = 0;
    sigwait(&signals, &sig);
    std::cerr << "stepcache serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
              << ": draining in-flight requests" << std::endl;
    http.Stop();  // stops accepting, finishes in-flight requests
  }
  engine.reset();  // the store flushes and closes
  std::cerr << "stepcache serve: stopped" << std::endl;
  return kExitOk;
}

const RegisterCommand kServe(
    "serve", "Serve an OpenAI-compatible chat-completions API through the verified cache",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<ServeArgs>();
      app.add_option("--listen", args->listen, "HOST:PORT to listen on")->capture_default_str();
      app.add_option("--backend", args->backend, "Backend: sim, sim:k=v,..., openai:URL, command:PATH")
          ->capture_default_str();
      app.add_option("--store", args->store,
                     "Store: memory, sqlite:PATH, redis://HOST:PORT, redis+cluster://HOST:PORT,...")
          ->capture_default_str();
      app.add_option("--keys", args->keys, "File of `KEY TENANT` lines; then a Bearer key is required");
      app.add_option("--rules", args->rules_dir, "Directory of <task>.json rules overriding the built-in ones");
      app.add_option("--threads", args->threads, "HTTP workers always kept (one per open connection)")
          ->capture_default_str()
          ->check(CLI::Range(1, 4096));
      app.add_option("--max-threads", args->max_threads,
                     "HTTP workers at most: the pool grows for connections that find none idle")
          ->capture_default_str()
          ->check(CLI::Range(1, 65536));
      app.add_option("--max-body", args->max_body, "Largest request body in bytes (larger: 413)")
          ->capture_default_str()
          ->check(CLI::Range(std::size_t{64}, std::size_t{1} << 30));
      app.add_option("--max-concurrent", args->max_concurrent, "Completions in flight before 503")
          ->capture_default_str()
          ->check(CLI::Range(1, 1 << 20));
      app.add_option("--deadline", args->deadline, "Seconds per completion before 504 (0: none)")
          ->capture_default_str()
          ->check(CLI::NonNegativeNumber);
      app.add_option("--capacity", args->capacity, "Cache entries kept (LRU; 0: unlimited)")->capture_default_str();
      app.add_option("--ttl", args->ttl, "Seconds an entry lives (0: forever)")
          ->capture_default_str()
          ->check(CLI::NonNegativeNumber);
      app.add_option("--model", args->model, "Model for requests that name none (listed by /v1/models)")
          ->capture_default_str();
      return [args] { return RunServe(*args); };
    });

}  // namespace
}  // namespace stepcache::cli
