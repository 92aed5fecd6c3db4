#include "stepcache/bench/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace stepcache::bench {
namespace {

// The published reference (StepCache paper abstract, CPU-only, seeds 42-44).
struct Reference {
  double base_mean = 2.13, base_median = 2.42, base_p95 = 3.38, base_tokens = 36100,
         base_tpr = 162.7, base_correct = 72.5;
  double sc_mean = 0.67, sc_median = 0.01, sc_p95 = 3.30, sc_tokens = 27300, sc_tpr = 123,
         sc_correct = 100, sc_reuse = 79.7, sc_patch = 5.4, sc_skip = 14.9;
};
constexpr Reference kRef{};

// Targets this project set itself on the simulated backend (issue: benchmark).
constexpr double kTargetMean = 0.45, kTargetMedian = 0.005, kTargetP95 = 3.30,
                 kTargetTokenRatio = 0.60, kTargetReuse = 80.0, kTargetCorrect = 100.0;

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  // Nearest rank.
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
  rank = std::clamp<std::size_t>(rank, 1, v.size());
  return v[rank - 1];
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Summary Average(const std::vector<Summary>& all) {
  Summary a;
  if (all.empty()) return a;
  const double n = static_cast<double>(all.size());
  for (const Summary& s : all) {
    a.requests += s.requests / n;
    a.mean_s += s.mean_s / n;
    a.median_s += s.median_s / n;
    a.p95_s += s.p95_s / n;
    a.tokens_total += s.tokens_total / n;
    a.tokens_per_request += s.tokens_per_request / n;
    a.correct_pct += s.correct_pct / n;
    a.reuse_pct += s.reuse_pct / n;
    a.patch_pct += s.patch_pct / n;
    a.skip_pct += s.skip_pct / n;
    a.errors += s.errors / n;
    a.false_reuse += s.false_reuse;  // a count over all seeds, not an average
  }
  return a;
}

void WriteSummary(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const Summary& s,
                  bool stepcache) {
  w.StartObject();
  w.Key("requests_per_seed"); w.Double(s.requests);
  w.Key("mean_s"); w.Double(s.mean_s);
  w.Key("median_s"); w.Double(s.median_s);
  w.Key("p95_s"); w.Double(s.p95_s);
  w.Key("tokens_total"); w.Double(s.tokens_total);
  w.Key("tokens_per_request"); w.Double(s.tokens_per_request);
  w.Key("correct_pct"); w.Double(s.correct_pct);
  w.Key("errors_per_seed"); w.Double(s.errors);
  if (stepcache) {
    w.Key("reuse_pct"); w.Double(s.reuse_pct);
    w.Key("patch_pct"); w.Double(s.patch_pct);
    w.Key("skip_pct"); w.Double(s.skip_pct);
    w.Key("false_reuse"); w.Double(s.false_reuse);
  }
  w.EndObject();
}

struct Target {
  std::string name;
  double value, goal;
  bool met;
  std::string gap;  // by how much it is missed
};

std::string Fmt(const char* f, double v) {
  const int n = std::snprintf(nullptr, 0, f, v);
  std::string out(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
  std::snprintf(out.data(), out.size() + 1, f, v);
  return out;
}

std::vector<Target> Targets(const BenchReport& r) {
  const Summary& b = r.baseline;
  const Summary& s = r.stepcache;
  const double ratio = b.tokens_total > 0 ? s.tokens_total / b.tokens_total : 0;
  std::vector<Target> t = {
      {"correct_pct", s.correct_pct, kTargetCorrect, s.correct_pct >= kTargetCorrect, ""},
      {"false_reuse", s.false_reuse, 0, s.false_reuse == 0, ""},
      {"mean_s", s.mean_s, kTargetMean, s.mean_s <= kTargetMean, ""},
      {"median_s", s.median_s, kTargetMedian, s.median_s <= kTargetMedian, ""},
      {"p95_s", s.p95_s, kTargetP95, s.p95_s < kTargetP95, ""},
      {"token_ratio", ratio, kTargetTokenRatio, ratio <= kTargetTokenRatio, ""},
      {"reuse_pct", s.reuse_pct, kTargetReuse, s.reuse_pct >= kTargetReuse, ""},
  };
  for (Target& x : t) {
    if (!x.met) x.gap = Fmt("%.4g", std::fabs(x.value - x.goal));
  }
  return t;
}

}  // namespace

Summary Summarize(const std::vector<ItemResult>& results) {
  Summary s;
  if (results.empty()) return s;
  std::vector<double> lat;
  double tokens = 0, correct = 0, reuse = 0, patch = 0, skip = 0, false_reuse = 0, errors = 0;
  for (const ItemResult& r : results) {
    lat.push_back(r.metrics.latency_s);
    tokens += static_cast<double>(r.metrics.prompt_tokens + r.metrics.completion_tokens);
    correct += r.correct;
    errors += !r.ok;
    reuse += r.metrics.path == engine::Path::kReuse;
    patch += r.metrics.path == engine::Path::kPatch;
    skip += r.metrics.path == engine::Path::kSkip;
    false_reuse += r.ok && r.metrics.path == engine::Path::kReuse && !r.correct;
  }
  const double n = static_cast<double>(results.size());
  s.requests = n;
  s.mean_s = std::accumulate(lat.begin(), lat.end(), 0.0) / n;
  s.median_s = Median(lat);
  s.p95_s = Percentile(lat, 95);
  s.tokens_total = tokens;
  s.tokens_per_request = tokens / n;
  s.correct_pct = 100 * correct / n;
  s.reuse_pct = 100 * reuse / n;
  s.patch_pct = 100 * patch / n;
  s.skip_pct = 100 * skip / n;
  s.false_reuse = false_reuse;
  s.errors = errors;
  return s;
}

BenchReport BuildReport(const std::vector<SeedRun>& runs, const std::string& backend,
                        bool simulated) {
  BenchReport r;
  r.backend = backend;
  r.simulated = simulated;
  std::vector<Summary> base, sc;
  std::map<std::string, std::pair<std::vector<Summary>, std::vector<Summary>>> by_task, by_pert;
  for (const SeedRun& run : runs) {
    r.seeds.push_back(run.seed);
    base.push_back(Summarize(run.baseline));
    sc.push_back(Summarize(run.stepcache));
    for (const ItemResult& x : run.baseline) r.baseline_latencies.push_back(x.metrics.latency_s);
    for (const ItemResult& x : run.stepcache) r.stepcache_latencies.push_back(x.metrics.latency_s);
    auto group = [](const std::vector<ItemResult>& v, auto key) {
      std::map<std::string, std::vector<ItemResult>> g;
      for (const ItemResult& x : v) g[key(x)].push_back(x);
      return g;
    };
    auto task_of = [](const ItemResult& x) { return x.task; };
    auto pert_of = [](const ItemResult& x) { return x.task + "/" + x.perturbation; };
    for (auto& [k, v] : group(run.baseline, task_of)) by_task[k].first.push_back(Summarize(v));
    for (auto& [k, v] : group(run.stepcache, task_of)) by_task[k].second.push_back(Summarize(v));
    for (auto& [k, v] : group(run.baseline, pert_of)) by_pert[k].first.push_back(Summarize(v));
    for (auto& [k, v] : group(run.stepcache, pert_of)) by_pert[k].second.push_back(Summarize(v));
  }
  r.baseline = Average(base);
  r.stepcache = Average(sc);
  for (auto& [k, v] : by_task) r.by_task[k] = {Average(v.first), Average(v.second)};
  for (auto& [k, v] : by_pert) r.by_perturbation[k] = {Average(v.first), Average(v.second)};
  return r;
}

std::string ReportJson(const BenchReport& r) {
  rapidjson::StringBuffer sb;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("backend"); w.String(r.backend.c_str());
  w.Key("simulated"); w.Bool(r.simulated);
  w.Key("seeds"); w.StartArray();
  for (auto s : r.seeds) w.Uint64(s);
  w.EndArray();
  w.Key("baseline"); WriteSummary(w, r.baseline, false);
  w.Key("stepcache"); WriteSummary(w, r.stepcache, true);
  for (auto [name, groups] : {std::pair{"by_task", &r.by_task}, std::pair{"by_perturbation", &r.by_perturbation}}) {
    w.Key(name);
    w.StartObject();
    for (const auto& [k, v] : *groups) {
      w.Key(k.c_str());
      w.StartObject();
      w.Key("baseline"); WriteSummary(w, v.first, false);
      w.Key("stepcache"); WriteSummary(w, v.second, true);
      w.EndObject();
    }
    w.EndObject();
  }
  w.Key("targets"); w.StartObject();
  for (const Target& t : Targets(r)) {
    w.Key(t.name.c_str());
    w.StartObject();
    w.Key("value"); w.Double(t.value);
    w.Key("goal"); w.Double(t.goal);
    w.Key("met"); w.Bool(t.met);
    if (!t.met) { w.Key("missed_by"); w.Double(std::fabs(t.value - t.goal)); }
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize()) + "\n";
}

std::string ReportTable(const BenchReport& r) {
  const Summary& b = r.baseline;
  const Summary& s = r.stepcache;
  std::string seeds;
  for (auto x : r.seeds) seeds += (seeds.empty() ? "" : ",") + std::to_string(x);
  std::string out;
  out += "StepCache benchmark: backend " + r.backend +
         (r.simulated ? " (SIMULATED model, virtual clock: latencies are simulated)" : "") +
         ", seeds " + seeds + ", " + Fmt("%.0f", b.requests) + " requests per seed\n\n";
  char line[256];
  std::snprintf(line, sizeof line, "%-22s %12s %12s   %-24s\n", "", "baseline", "StepCache",
                "reference (paper)");
  out += line;
  auto row = [&](const char* name, const char* f, double bv, double sv, const std::string& ref) {
    std::snprintf(line, sizeof line, "%-22s %12s %12s   %-24s\n", name, Fmt(f, bv).c_str(),
                  Fmt(f, sv).c_str(), ref.c_str());
    out += line;
  };
  row("mean latency (s)", "%.3f", b.mean_s, s.mean_s, "2.13 -> 0.67");
  row("median latency (s)", "%.4f", b.median_s, s.median_s, "2.42 -> 0.01");
  row("p95 latency (s)", "%.3f", b.p95_s, s.p95_s, "3.38 -> 3.30");
  row("tokens (total/seed)", "%.0f", b.tokens_total, s.tokens_total, "36.1k -> 27.3k");
  row("tokens per request", "%.1f", b.tokens_per_request, s.tokens_per_request, "162.7 -> 123");
  row("correct (%)", "%.1f", b.correct_pct, s.correct_pct, "72.5 -> 100");
  row("reuse-only path (%)", "%.1f", 0, s.reuse_pct, "79.7");
  row("patch path (%)", "%.1f", 0, s.patch_pct, "5.4");
  row("skip-reuse path (%)", "%.1f", 0, s.skip_pct, "14.9");
  row("false reuse (all seeds)", "%.0f", 0, s.false_reuse, "-");
  row("errors (per seed)", "%.1f", b.errors, s.errors, "-");
  out += "\nTargets:";
  for (const Target& t : Targets(r)) {
    out += " " + t.name + (t.met ? " met" : " MISSED by " + t.gap) + ";";
  }
  out += "\n";
  return out;
}

namespace {

std::string Esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else if (c == '&') o += "&amp;";
    else o += c;
  }
  return o;
}

// Latency CDF on a log axis from 10 us to 10 s.
std::string CdfSvg(const std::vector<double>& base, const std::vector<double>& sc) {
  const double W = 640, H = 320, L = 60, R = 20, T = 20, B = 40;
  const double lo = -5, hi = 1;  // log10 seconds
  auto x_of = [&](double v) {
    double lv = std::log10(std::max(v, 1e-5));
    lv = std::clamp(lv, lo, hi);
    return L + (lv - lo) / (hi - lo) * (W - L - R);
  };
  auto y_of = [&](double f) { return T + (1 - f) * (H - T - B); };
  std::string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='320' font-size='11'>";
  svg += "<rect x='0' y='0' width='640' height='320' fill='white'/>";
  for (int e = -5; e <= 1; ++e) {
    double x = x_of(std::pow(10.0, e));
    svg += Fmt("<line x1='%.1f' ", x) + Fmt("x2='%.1f' ", x) + Fmt("y1='%.1f' ", T) +
           Fmt("y2='%.1f' stroke='#ddd'/>", H - B);
    svg += Fmt("<text x='%.1f' ", x - 12) + Fmt("y='%.1f'>", H - B + 15) + "1e" + std::to_string(e) + "</text>";
  }
  for (int i = 0; i <= 4; ++i) {
    double y = y_of(i / 4.0);
    svg += Fmt("<line x1='%.1f' x2='620' ", L) + Fmt("y1='%.1f' ", y) + Fmt("y2='%.1f' stroke='#eee'/>", y);
    svg += Fmt("<text x='20' y='%.1f'>", y + 4) + Fmt("%.2f", i / 4.0) + "</text>";
  }
  auto path = [&](std::vector<double> v, const char* color) {
    if (v.empty()) return std::string();
    std::sort(v.begin(), v.end());
    std::string d = Fmt("M%.1f ", x_of(v.front())) + Fmt("%.1f", y_of(0));
    for (std::size_t i = 0; i < v.size(); ++i) {
      d += Fmt(" L%.1f ", x_of(v[i])) + Fmt("%.1f", y_of(static_cast<double>(i + 1) / v.size()));
    }
    return "<path d='" + d + "' fill='none' stroke='" + color + "' stroke-width='2'/>";
  };
  svg += path(base, "#c0392b") + path(sc, "#2471a3");
  svg += "<text x='300' y='315'>latency (s, log scale)</text>";
  svg += "<text x='470' y='40' fill='#c0392b'>baseline</text><text x='470' y='56' fill='#2471a3'>StepCache</text>";
  return svg + "</svg>";
}

std::string TokenSvg(const Summary& b, const Summary& s) {
  const double maxv = std::max({b.tokens_total, s.tokens_total, 1.0});
  std::string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='420' height='140' font-size='12'>";
  auto bar = [&](int row, const char* name, double v, const char* color) {
    double w = 260 * v / maxv;
    double y = 20 + row * 50;
    return Fmt("<text x='0' y='%.0f'>", y + 18) + name + "</text>" + Fmt("<rect x='90' y='%.0f' ", y) +
           Fmt("width='%.1f' height='28' fill='", w) + color + "'/>" + Fmt("<text x='%.1f' ", 96 + w) +
           Fmt("y='%.0f'>", y + 18) + Fmt("%.0f", v) + "</text>";
  };
  svg += bar(0, "baseline", b.tokens_total, "#c0392b");
  svg += bar(1, "StepCache", s.tokens_total, "#2471a3");
  return svg + "</svg>";
}

// The retrieval cost curve from retrieval_bench's Google Benchmark JSON:
// per-lookup p99 (thread CPU) and index bytes per entry against the number of
// entries, one line per lookup kind (exact template, similar, miss) of the
// full store lookup. Empty when the JSON holds no such rows.
std::string RetrievalSvg(const std::string& gbench_json) {
  rapidjson::Document doc;
  if (gbench_json.empty() || doc.Parse(gbench_json.c_str()).HasParseError() || !doc.IsObject() ||
      !doc.HasMember("benchmarks") || !doc["benchmarks"].IsArray()) {
    return "";
  }
  // mode -> entries -> (p99 us, bytes per entry)
  std::map<std::string, std::map<double, std::pair<double, double>>> curves;
  for (const auto& b : doc["benchmarks"].GetArray()) {
    if (!b.IsObject() || !b.HasMember("name") || !b["name"].IsString()) continue;
    const std::string name = b["name"].GetString();
    const std::string prefix = "BM_StoreLookup/";
    if (name.rfind(prefix, 0) != 0) continue;
    const std::size_t slash = name.find('/', prefix.size());
    if (slash == std::string::npos) continue;
    const std::string mode = name.substr(prefix.size(), slash - prefix.size());
    const double n = std::atof(name.c_str() + slash + 1);
    const char* p99 = b.HasMember("p99_cpu_us") ? "p99_cpu_us" : "p99_us";
    if (n <= 0 || !b.HasMember(p99) || !b[p99].IsNumber()) continue;
    const double bytes = b.HasMember("bytes_per_entry") && b["bytes_per_entry"].IsNumber()
                             ? b["bytes_per_entry"].GetDouble() : 0;
    curves[mode][n] = {b[p99].GetDouble(), bytes};
  }
  if (curves.empty()) return "";
  double max_us = 1, max_bytes = 1;
  for (const auto& [mode, pts] : curves) {
    for (const auto& [n, v] : pts) {
      max_us = std::max(max_us, v.first);
      max_bytes = std::max(max_bytes, v.second);
    }
  }
  const double L = 70, R = 140, T = 20, B = 40, W = 640, H = 300;
  auto x_of = [&](double n) { return L + (std::log10(n) - 3) / 3 * (W - L - R); };
  auto y_us = [&](double v) { return T + (1 - v / (max_us * 1.1)) * (H - T - B); };
  auto y_b = [&](double v) { return T + (1 - v / (max_bytes * 1.1)) * (H - T - B); };
  std::string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='300' font-size='11'>"
                    "<rect width='640' height='300' fill='white'/>";
  for (int e = 3; e <= 6; ++e) {
    const double x = x_of(std::pow(10.0, e));
    svg += Fmt("<line x1='%.1f' ", x) + Fmt("x2='%.1f' y1='20' y2='260' stroke='#ddd'/>", x);
    svg += Fmt("<text x='%.1f' y='275'>1e", x - 8) + std::to_string(e) + "</text>";
  }
  svg += Fmt("<text x='4' y='16'>p99 lookup (us, thread CPU); max %.0f</text>", max_us);
  svg += Fmt("<text x='380' y='16' fill='#888'>dashed: index bytes/entry (max %.0f)</text>", max_bytes);
  svg += "<text x='250' y='295'>entries in the store (log scale)</text>";
  const char* colors[] = {"#2471a3", "#c0392b", "#27ae60", "#8e44ad"};
  int c = 0;
  for (const auto& [mode, pts] : curves) {
    std::string d, db;
    for (const auto& [n, v] : pts) {
      d += (d.empty() ? "M" : " L") + Fmt("%.1f ", x_of(n)) + Fmt("%.1f", y_us(v.first));
      db += (db.empty() ? "M" : " L") + Fmt("%.1f ", x_of(n)) + Fmt("%.1f", y_b(v.second));
    }
    const char* color = colors[c % 4];
    svg += "<path d='" + d + "' fill='none' stroke='" + color + "' stroke-width='2'/>";
    svg += "<path d='" + db + "' fill='none' stroke='" + color + "' stroke-dasharray='4 3'/>";
    svg += Fmt("<text x='%.0f' ", W - R + 10) + Fmt("y='%.0f' fill='", 40.0 + 16 * c) + color + "'>" +
           Esc(mode) + "</text>";
    ++c;
  }
  return svg + "</svg>";
}

}  // namespace

std::string ReportCdfSvg(const BenchReport& r) {
  return "<?xml version='1.0' encoding='UTF-8'?>\n" +
         CdfSvg(r.baseline_latencies, r.stepcache_latencies) + "\n";
}

std::string ReportHtml(const BenchReport& r, const std::string& retrieval_curve_json) {
  std::string html =
      "<!doctype html><html><head><meta charset='utf-8'><title>StepCache benchmark</title>"
      "<style>body{font-family:sans-serif;max-width:900px;margin:2em auto}"
      "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
      "td:first-child,th:first-child{text-align:left}</style></head><body>";
  html += "<h1>StepCache benchmark</h1><p>Backend: " + Esc(r.backend) +
          (r.simulated ? " &mdash; <b>simulated model on a virtual clock: every latency here is "
                         "simulated</b>" : "") + ".</p>";
  html += "<pre>" + Esc(ReportTable(r)) + "</pre>";
  html += "<h2>Latency CDF</h2>" + CdfSvg(r.baseline_latencies, r.stepcache_latencies);
  html += "<h2>Tokens per seed</h2>" + TokenSvg(r.baseline, r.stepcache);
  html += "<h2>By perturbation</h2><table><tr><th>task/perturbation</th><th>requests</th>"
          "<th>baseline mean s</th><th>StepCache mean s</th><th>baseline correct %</th>"
          "<th>StepCache correct %</th><th>reuse %</th><th>patch %</th><th>skip %</th>"
          "<th>baseline tokens</th><th>StepCache tokens</th></tr>";
  for (const auto& [k, v] : r.by_perturbation) {
    html += "<tr><td>" + Esc(k) + "</td>" + Fmt("<td>%.0f</td>", v.first.requests) +
            Fmt("<td>%.3f</td>", v.first.mean_s) + Fmt("<td>%.3f</td>", v.second.mean_s) +
            Fmt("<td>%.1f</td>", v.first.correct_pct) + Fmt("<td>%.1f</td>", v.second.correct_pct) +
            Fmt("<td>%.1f</td>", v.second.reuse_pct) + Fmt("<td>%.1f</td>", v.second.patch_pct) +
            Fmt("<td>%.1f</td>", v.second.skip_pct) + Fmt("<td>%.0f</td>", v.first.tokens_total) +
            Fmt("<td>%.0f</td></tr>", v.second.tokens_total);
  }
  html += "</table>";
  std::string curve = RetrievalSvg(retrieval_curve_json);
  if (!curve.empty()) html += "<h2>Retrieval cost by store size</h2>" + curve;
  return html + "</body></html>\n";
}

}  // namespace stepcache::bench
