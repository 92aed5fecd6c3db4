// `stepcache run`: serve a workload file through the engine, in file order,
// one JSON result line per request.
#include <iostream>
#include <sstream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "command.h"
#include "stepcache/bench/workload.h"
#include "stepcache/engine/engine.h"
#include "stepcache/engine/json_io.h"
#include "stepcache/schemas/json.h"

namespace stepcache::cli {
namespace {

struct RunArgs {
  std::string workload, backend = "sim", store = "memory", rules, model = "stepcache-sim";
  bool realtime = false;
  double timeout_s = 120;
  int retries = 3;
  int max_tokens = 256;
  std::uint64_t seed = 42;
};

std::string ErrorLine(std::size_t line, const std::string& message) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("id"); w.Null();
  w.Key("line"); w.Uint64(line);
  w.Key("error"); w.String(message.c_str());
  w.EndObject();
  return sb.GetString();
}

int Run(const RunArgs& a) {
  std::string text, error;
  if (a.workload == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else if (!ReadFile(a.workload, &text, &error)) {
    return BadInput(error);
  }
  engine::Options options;
  options.backend = a.backend;
  options.store = a.store;
  options.rules_dir = a.rules;
  options.model = a.model;
  options.backend_options.realtime = a.realtime;
  options.backend_options.read_timeout_s = a.timeout_s;
  options.backend_options.max_retries = a.retries;
  options.backend_options.seed = a.seed;
  auto engine = engine::Engine::Open(options, &error);
  if (!engine) return BadInput(error);

  bool bad_line = false, failed = false;
  std::istringstream in(text);
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    bench::WorkloadItem item;
    if (!bench::ParseWorkloadLine(line, &item, &error)) {
      std::cout << ErrorLine(n, a.workload + ":" + std::to_string(n) + ": " + error) << "\n";
      bad_line = true;
      continue;
    }
    engine::Request request;
    request.id = item.id;
    request.tenant = item.tenant;
    request.task = item.task;
    request.prompt = item.prompt;
    request.schema_json = item.schema_json;
    request.params.max_tokens = a.max_tokens;
    engine::Response response = engine->Serve(request);  // `expect` is never looked at
    failed = failed || !response.ok;
    std::cout << engine::ResponseToJson(response, item.id) << "\n" << std::flush;
  }
  if (bad_line) return kExitBadInput;
  return failed ? kExitFail : kExitOk;
}

const RegisterCommand kRun(
    "run", "Serve a workload (JSONL) through StepCache in file order, one JSON line per request",
    [](CLI::App& app) -> Runner {
      auto a = std::make_shared<RunArgs>();
      app.add_option("--workload", a->workload, "Workload file (JSON lines), or - for stdin")->required();
      app.add_option("--backend", a->backend, "Backend: sim, sim:k=v,..., openai:URL, command:PATH");
      app.add_option("--store", a->store, "Store: memory, sqlite:PATH, redis://HOST:PORT or redis+cluster://HOST:PORT,...");
      app.add_option("--rules", a->rules, "Directory with task rules (<task>.json) overriding the built-ins");
      app.add_option("--model", a->model, "Model name sent to the backend");
      app.add_option("--seed", a->seed, "Seed of the simulated backend");
      app.add_option("--max-tokens", a->max_tokens, "max_tokens of every backend request");
      app.add_option("--timeout", a->timeout_s, "Backend read timeout in seconds");
      app.add_option("--retries", a->retries, "Backend retries on 429/5xx/connection errors");
      app.add_flag("--realtime", a->realtime, "Simulated backend: really sleep its latency");
      return [a] { return Run(*a); };
    });

}  // namespace
}  // namespace stepcache::cli
