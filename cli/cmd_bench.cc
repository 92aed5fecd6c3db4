#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "command.h"
#include "stepcache/bench/report.h"
#include "stepcache/bench/runner.h"
#include "stepcache/bench/workload.h"
#include "stepcache/schemas/json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache::cli {
namespace {

struct BenchArgs {
  bool generate = false;
  std::uint64_t seed = 42;
  std::string suite = "standard";
  std::string workload, backend = "sim", store = "memory", rules, model = "stepcache-sim";
  std::string seeds = "42,43,44", report, html, chart, retrieval_json, details;
};

bool ParseSeeds(const std::string& text, std::vector<std::uint64_t>* seeds) {
  std::stringstream ss(text);
  std::string part;
  while (std::getline(ss, part, ',')) {
    if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos) return false;
    seeds->push_back(std::stoull(part));
  }
  return !seeds->empty();
}

bool LoadWorkload(const std::string& path, std::vector<bench::WorkloadItem>* items, std::string* error) {
  std::string text;
  if (!ReadFile(path, &text, error)) return false;
  std::istringstream in(text);
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    bench::WorkloadItem item;
    std::string e;
    if (!bench::ParseWorkloadLine(line, &item, &e)) {
      *error = path + ":" + std::to_string(n) + ": " + e;
      return false;
    }
    items->push_back(std::move(item));
  }
  if (items->empty()) {
    *error = path + ": no requests in the workload";
    return false;
  }
  return true;
}

bool WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

// Per-request results as JSON lines, for digging into a run.
std::string Details(const std::vector<bench::SeedRun>& runs) {
  std::string out;
  for (const auto& run : runs) {
    for (auto [system, results] : {std::pair{"baseline", &run.baseline}, std::pair{"verify_only", &run.verify_only},
                                   std::pair{"stepcache", &run.stepcache}}) {
      for (const auto& r : *results) {
        rapidjson::StringBuffer sb;
        rapidjson::Writer<rapidjson::StringBuffer> w(sb);
        w.StartObject();
        w.Key("seed"); w.Uint64(run.seed);
        w.Key("system"); w.String(system);
        w.Key("id"); w.String(r.id.c_str());
        if (!r.family.empty()) {
          w.Key("family"); w.String(r.family.c_str());
          w.Key("safe"); w.Bool(r.safe);
        }
        w.Key("path"); w.String(std::string(engine::PathName(r.metrics.path)).c_str());
        w.Key("ok"); w.Bool(r.ok);
        w.Key("correct"); w.Bool(r.correct);
        w.Key("latency_s"); w.Double(r.metrics.latency_s);
        w.Key("tokens"); w.Int64(r.metrics.prompt_tokens + r.metrics.completion_tokens);
        w.Key("attempts"); w.Int(r.metrics.attempts);
        w.Key("fallback"); w.Bool(r.metrics.fallback);
        w.Key("why"); w.String(r.metrics.reason.c_str());
        if (!r.reason.empty()) { w.Key("reason"); w.String(r.reason.c_str()); }
        w.EndObject();
        out += sb.GetString();
        out += "\n";
      }
    }
  }
  return out;
}

int Run(const BenchArgs& a) {
  if (a.suite != "standard" && a.suite != "adversarial") {
    return BadInput("--suite: expected standard or adversarial, got '" + a.suite + "'");
  }
  const bool adversarial = a.suite == "adversarial";
  if (a.generate) {
    const auto items = adversarial ? bench::GenerateAdversarialWorkload(a.seed) : bench::GenerateWorkload(a.seed);
    for (const auto& item : items) std::cout << bench::ToJsonLine(item) << "\n";
    return kExitOk;
  }
  if (adversarial && !a.workload.empty()) return BadInput("--suite adversarial and --workload exclude each other");
  bench::BenchOptions options;
  if (adversarial) options.generate = bench::GenerateAdversarialWorkload;
  options.backend = a.backend;
  options.store = a.store;
  options.rules_dir = a.rules;
  options.model = a.model;
  options.seeds.clear();
  if (!ParseSeeds(a.seeds, &options.seeds)) return BadInput("--seeds: expected comma-separated integers, got '" + a.seeds + "'");
  std::string error;
  if (!a.workload.empty() && !LoadWorkload(a.workload, &options.workload, &error)) return BadInput(error);
  std::string retrieval;
  if (!a.retrieval_json.empty() && !ReadFile(a.retrieval_json, &retrieval, &error)) return BadInput(error);

  const bool tty = isatty(STDERR_FILENO);
  auto progress = [tty](std::size_t done, std::size_t total) {
    if (!tty) return;
    const int width = 40;
    const int filled = static_cast<int>(width * done / std::max<std::size_t>(total, 1));
    std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done
              << "/" << total << (done == total ? "\n" : "") << std::flush;
  };
  std::vector<bench::SeedRun> runs;
  if (!bench::RunBench(options, &runs, &error, progress)) return BadInput(error);

  // The backends report whether their figures are simulated.
  bool simulated = false;
  for (const auto& run : runs) {
    for (const auto& r : run.stepcache) simulated = simulated || r.metrics.simulated;
    for (const auto& r : run.baseline) simulated = simulated || r.metrics.simulated;
    for (const auto& r : run.verify_only) simulated = simulated || r.metrics.simulated;
  }
  const std::string backend_name = a.backend;
  bench::BenchReport report = bench::BuildReport(runs, backend_name, simulated);
  std::cout << bench::ReportTable(report);
  if (!a.report.empty() && !WriteText(a.report, bench::ReportJson(report))) {
    return BadInput(a.report + ": cannot write the report");
  }
  if (!a.html.empty() && !WriteText(a.html, bench::ReportHtml(report, retrieval))) {
    return BadInput(a.html + ": cannot write the HTML report");
  }
  if (!a.chart.empty() && !WriteText(a.chart, bench::ReportCdfSvg(report))) {
    return BadInput(a.chart + ": cannot write the chart");
  }
  if (!a.details.empty() && !WriteText(a.details, Details(runs))) {
    return BadInput(a.details + ": cannot write the details");
  }
  return kExitOk;
}

const RegisterCommand kBench(
    "bench", "Generate the benchmark workload, or run baseline vs StepCache on it",
    [](CLI::App& app) -> Runner {
      auto a = std::make_shared<BenchArgs>();
      app.add_flag("--generate", a->generate, "Write the benchmark workload (JSONL) for --seed to stdout");
      app.add_option("--suite", a->suite, "Generated split: standard (default) or adversarial");
      app.add_option("--seed", a->seed, "Seed of the generated workload (with --generate)");
      app.add_option("--workload", a->workload, "Use this workload (JSONL) for every seed instead of generating");
      app.add_option("--backend", a->backend, "Backend spec: sim, sim:k=v,..., openai:URL, command:PATH");
      app.add_option("--store", a->store, "StepCache store: memory or sqlite:PATH (one file per seed)");
      app.add_option("--rules", a->rules, "Directory with extra task rules (<task>.json)");
      app.add_option("--model", a->model, "Model name sent to the backend");
      app.add_option("--seeds", a->seeds, "Comma-separated seeds (default 42,43,44)");
      app.add_option("--report", a->report, "Write the JSON report here");
      app.add_option("--html", a->html, "Write a self-contained HTML report here");
      app.add_option("--chart", a->chart, "Write the latency CDF as a standalone SVG here");
      app.add_option("--retrieval-json", a->retrieval_json,
                     "Google Benchmark JSON of retrieval_bench, drawn as a cost curve in --html");
      app.add_option("--details", a->details, "Write per-request results (JSON lines) here");
      return [a] { return Run(*a); };
    });

}  // namespace
}  // namespace stepcache::cli
