// The report's HTML page and SVG charts (split from report.cc to keep each
// file readable): inline SVG, no network assets.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <rapidjson/document.h>

#include "report_format.h"
#include "stepcache/bench/report.h"

namespace stepcache::bench {
namespace {

// One colour per system, the same in every chart.
constexpr const char* kBaselineColor = "#c0392b";
constexpr const char* kVerifyColor = "#d68910";
constexpr const char* kStepCacheColor = "#2471a3";

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

// Latency CDF on a log axis from 10 us to 10 s, one line per system that has
// latencies.
std::string CdfSvg(const BenchReport& r) {
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
  struct Line {
    const std::vector<double>* latencies;
    const char* name;
    const char* color;
  };
  const Line lines[] = {{&r.baseline_latencies, "baseline", kBaselineColor},
                        {&r.verify_only_latencies, "verify-only", kVerifyColor},
                        {&r.stepcache_latencies, "StepCache", kStepCacheColor}};
  int legend = 0;
  for (const Line& line : lines) {
    if (line.latencies->empty()) continue;
    std::vector<double> v = *line.latencies;
    std::sort(v.begin(), v.end());
    std::string d = Fmt("M%.1f ", x_of(v.front())) + Fmt("%.1f", y_of(0));
    for (std::size_t i = 0; i < v.size(); ++i) {
      d += Fmt(" L%.1f ", x_of(v[i])) + Fmt("%.1f", y_of(static_cast<double>(i + 1) / v.size()));
    }
    svg += "<path d='" + d + "' fill='none' stroke='" + line.color + "' stroke-width='2'/>";
    svg += Fmt("<text x='470' y='%.0f' fill='", 40.0 + 16 * legend++) + line.color + "'>" + line.name + "</text>";
  }
  svg += "<text x='300' y='315'>latency (s, log scale)</text>";
  return svg + "</svg>";
}

std::string TokenSvg(const BenchReport& r) {
  const double maxv = std::max({r.baseline.tokens_total, r.verify_only.tokens_total, r.stepcache.tokens_total, 1.0});
  std::string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='440' height='170' font-size='12'>";
  auto bar = [&](int row, const char* name, double v, const char* color) {
    double w = 260 * v / maxv;
    double y = 10 + row * 50;
    return Fmt("<text x='0' y='%.0f'>", y + 18) + name + "</text>" + Fmt("<rect x='90' y='%.0f' ", y) +
           Fmt("width='%.1f' height='28' fill='", w) + color + "'/>" + Fmt("<text x='%.1f' ", 96 + w) +
           Fmt("y='%.0f'>", y + 18) + Fmt("%.0f", v) + "</text>";
  };
  svg += bar(0, "baseline", r.baseline.tokens_total, kBaselineColor);
  svg += bar(1, "verify-only", r.verify_only.tokens_total, kVerifyColor);
  svg += bar(2, "StepCache", r.stepcache.tokens_total, kStepCacheColor);
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

std::string Cell(const char* f, double v) { return "<td>" + Fmt(f, v) + "</td>"; }

// Per family: each system's correctness, wrong answers and errors, then
// StepCache's paths and false reuse. A wrong answer served is marked red.
std::string FamilyHtml(const BenchReport& r) {
  std::string html =
      "<h2>By family</h2><p>Requests and errors per seed; wrong answers served and false reuse "
      "over all seeds.</p><table><tr><th>family</th><th>safe</th><th>requests</th>"
      "<th>baseline correct %</th><th>baseline wrong</th><th>verify-only correct %</th>"
      "<th>verify-only wrong</th><th>verify-only errors</th><th>StepCache correct %</th>"
      "<th>StepCache wrong</th><th>StepCache errors</th><th>reuse %</th><th>patch %</th>"
      "<th>skip %</th><th>false reuse</th></tr>";
  auto bad = [](double v) {
    return v > 0 ? Fmt("<td style='color:#c0392b;font-weight:bold'>%.0f</td>", v) : Cell("%.0f", v);
  };
  for (const auto& [k, v] : r.by_family) {
    const Summary& s = v.stepcache;
    const bool safe = s.requests > 0 && s.safe_requests == s.requests;
    html += "<tr><td>" + Esc(k) + "</td><td>" + (safe ? "yes" : "no") + "</td>" + Cell("%.0f", s.requests) +
            Cell("%.1f", v.baseline.correct_pct) + Cell("%.0f", v.baseline.wrong_answers) +
            Cell("%.1f", v.verify_only.correct_pct) + bad(v.verify_only.wrong_answers) +
            Cell("%.1f", v.verify_only.errors) + Cell("%.1f", s.correct_pct) + bad(s.wrong_answers) +
            Cell("%.1f", s.errors) + Cell("%.1f", s.reuse_pct) + Cell("%.1f", s.patch_pct) +
            Cell("%.1f", s.skip_pct) + bad(s.false_reuse) + "</tr>";
  }
  return html + "</table>";
}

std::string PerturbationHtml(const BenchReport& r) {
  std::string html =
      "<h2>By perturbation</h2><table><tr><th>task/perturbation</th><th>requests</th>"
      "<th>baseline mean s</th><th>verify-only mean s</th><th>StepCache mean s</th>"
      "<th>baseline correct %</th><th>verify-only correct %</th><th>StepCache correct %</th>"
      "<th>reuse %</th><th>patch %</th><th>skip %</th><th>baseline tokens</th>"
      "<th>verify-only tokens</th><th>StepCache tokens</th></tr>";
  for (const auto& [k, v] : r.by_perturbation) {
    html += "<tr><td>" + Esc(k) + "</td>" + Cell("%.0f", v.baseline.requests) + Cell("%.3f", v.baseline.mean_s) +
            Cell("%.3f", v.verify_only.mean_s) + Cell("%.3f", v.stepcache.mean_s) +
            Cell("%.1f", v.baseline.correct_pct) + Cell("%.1f", v.verify_only.correct_pct) +
            Cell("%.1f", v.stepcache.correct_pct) + Cell("%.1f", v.stepcache.reuse_pct) +
            Cell("%.1f", v.stepcache.patch_pct) + Cell("%.1f", v.stepcache.skip_pct) +
            Cell("%.0f", v.baseline.tokens_total) + Cell("%.0f", v.verify_only.tokens_total) +
            Cell("%.0f", v.stepcache.tokens_total) + "</tr>";
  }
  return html + "</table>";
}

}  // namespace

std::string ReportCdfSvg(const BenchReport& r) {
  return "<?xml version='1.0' encoding='UTF-8'?>\n" + CdfSvg(r) + "\n";
}

std::string ReportHtml(const BenchReport& r, const std::string& retrieval_curve_json) {
  std::string html =
      "<!doctype html><html><head><meta charset='utf-8'><title>StepCache benchmark</title>"
      "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
      "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
      "td:first-child,th:first-child{text-align:left}</style></head><body>";
  html += std::string("<h1>StepCache benchmark (") + (r.adversarial ? "adversarial" : "standard") +
          " split)</h1><p>Backend: " + Esc(r.backend) +
          (r.simulated ? " &mdash; <b>simulated model on a virtual clock: every latency here is "
                         "simulated</b>" : "") +
          ". Three systems: baseline (one model call, no checks), verify-only (checks, repair and "
          "retries with the cache off) and StepCache.</p>";
  html += "<pre>" + Esc(ReportTable(r)) + "</pre>";
  html += "<h2>Latency CDF</h2>" + CdfSvg(r);
  html += "<h2>Tokens per seed</h2>" + TokenSvg(r);
  if (!r.by_family.empty()) html += FamilyHtml(r);
  html += PerturbationHtml(r);
  std::string curve = RetrievalSvg(retrieval_curve_json);
  if (!curve.empty()) html += "<h2>Retrieval cost by store size</h2>" + curve;
  return html + "</body></html>\n";
}

}  // namespace stepcache::bench
