// `stepcache sim-server`: the simulated model over the OpenAI-compatible API.
#include <iostream>

#include "command.h"
#include "stepcache/engine/sim_server.h"

namespace stepcache::cli {
namespace {

struct SimServerArgs {
  std::string listen = "127.0.0.1:8089";
  double time_scale = 1.0;
  std::uint64_t seed = 42;
  double error_rate = 0.25;
  double whole_object_rate = 0.2;
  double sticky_rate = 0.25;
  bool allow_remote = false;
  double fail_rate = 0;
  double garbage_rate = 0;
  int status = 0;
};

const RegisterCommand kSimServer(
    "sim-server", "Serve the SIMULATED model over an OpenAI-compatible HTTP API",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<SimServerArgs>();
      app.add_option("--listen", args->listen, "HOST:PORT to listen on (loopback only by default)")
          ->capture_default_str();
      app.add_option("--time-scale", args->time_scale,
                     "Sleep simulated latency times this (0: answer at once)")
          ->capture_default_str()
          ->check(CLI::NonNegativeNumber);
      app.add_option("--seed", args->seed, "Seed of the simulated model")->capture_default_str();
      app.add_option("--error-rate", args->error_rate, "Probability an answer carries a mistake")
          ->capture_default_str()
          ->check(CLI::Range(0.0, 1.0));
      app.add_option("--sticky-rate", args->sticky_rate,
                     "Probability a retry of the same prompt repeats the first answer's mistake")
          ->check(CLI::Range(0.0, 1.0));
      app.add_option("--whole-object-rate", args->whole_object_rate,
                     "Probability a region request gets the whole object")
          ->capture_default_str()
          ->check(CLI::Range(0.0, 1.0));
      app.add_flag("--allow-remote", args->allow_remote, "Allow a non-loopback listen address");
      app.add_option("--fail-rate", args->fail_rate, "Fault injection: probability of HTTP 500")
          ->check(CLI::Range(0.0, 1.0));
      app.add_option("--garbage-rate", args->garbage_rate,
                     "Fault injection: probability of a non-JSON 200 body")
          ->check(CLI::Range(0.0, 1.0));
      app.add_option("--status", args->status, "Fault injection: answer every completion with this status")
          ->check(CLI::Range(100, 599));
      return [args] {
        engine::SimServerOptions options;
        const std::size_t colon = args->listen.rfind(':');
        if (colon == std::string::npos || colon == 0) {
          return BadInput("--listen " + args->listen + ": expected HOST:PORT");
        }
        options.host = args->listen.substr(0, colon);
        try {
          std::size_t used = 0;
          const std::string port = args->listen.substr(colon + 1);
          options.port = std::stoi(port, &used);
          if (used != port.size() || options.port < 0 || options.port > 65535) throw 0;
        } catch (...) {
          return BadInput("--listen " + args->listen + ": bad port");
        }
        options.allow_remote = args->allow_remote;
        options.time_scale = args->time_scale;
        options.sim.seed = args->seed;
        options.sim.error_rate = args->error_rate;
        options.sim.whole_object_rate = args->whole_object_rate;
        options.sim.sticky_rate = args->sticky_rate;
        options.fail_rate = args->fail_rate;
        options.garbage_rate = args->garbage_rate;
        options.status = args->status;
        engine::SimServer server(options);
        std::string error;
        if (!server.Start(&error)) return BadInput(error);
        std::cerr << "stepcache sim-server: SIMULATED model \"" << options.sim.model
                  << "\" on http://" << options.host << ":" << server.port()
                  << "/v1 (seed " << options.sim.seed << ", error rate " << options.sim.error_rate
                  << ", time scale " << options.time_scale << ")" << std::endl;
        server.Wait();
        return kExitOk;
      };
    });

}  // namespace
}  // namespace stepcache::cli
