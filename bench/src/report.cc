#include "stepcache/bench/report.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sstream>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "report_format.h"

namespace stepcache::bench {
namespace {

// Targets this project set itself on the simulated backend. Standard split
// (issue: benchmark, kept by issue 8):
constexpr double kTargetMean = 0.45, kTargetMedian = 0.005, kTargetP95 = 3.30,
                 kTargetTokenRatio = 0.60, kTargetReuse = 80.0, kTargetCorrect = 100.0;
// Adversarial split (issue 8): no false reuse, no wrong answer served on any
// path, and the safe families still mostly reused.
constexpr double kTargetSafeReuse = 60.0;

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
  double safe_reused = 0;
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
    // Counts over all seeds, not averages: one wrong answer is one too many.
    a.false_reuse += s.false_reuse;
    a.wrong_answers += s.wrong_answers;
    a.safe_requests += s.safe_requests / n;
    safe_reused += s.safe_requests * s.safe_reuse_pct / 100;
  }
  // Weighted by the safe requests each seed had, so a seed without any does
  // not pull the share down.
  if (a.safe_requests > 0) a.safe_reuse_pct = 100 * safe_reused / (a.safe_requests * n);
  return a;
}

enum class Kind { kBaseline, kEngine, kStepCache };

void WriteSummary(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const Summary& s, Kind kind) {
  w.StartObject();
  w.Key("requests_per_seed"); w.Double(s.requests);
  w.Key("mean_s"); w.Double(s.mean_s);
  w.Key("median_s"); w.Double(s.median_s);
  w.Key("p95_s"); w.Double(s.p95_s);
  w.Key("tokens_total"); w.Double(s.tokens_total);
  w.Key("tokens_per_request"); w.Double(s.tokens_per_request);
  w.Key("correct_pct"); w.Double(s.correct_pct);
  w.Key("errors_per_seed"); w.Double(s.errors);
  w.Key("wrong_answers"); w.Double(s.wrong_answers);
  if (kind != Kind::kBaseline) {
    w.Key("reuse_pct"); w.Double(s.reuse_pct);
    w.Key("patch_pct"); w.Double(s.patch_pct);
    w.Key("skip_pct"); w.Double(s.skip_pct);
    w.Key("false_reuse"); w.Double(s.false_reuse);
  }
  if (kind == Kind::kStepCache) {
    w.Key("safe_requests_per_seed"); w.Double(s.safe_requests);
    w.Key("safe_reuse_pct"); w.Double(s.safe_reuse_pct);
  }
  w.EndObject();
}

void WriteSystems(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const Systems& s) {
  w.Key("baseline"); WriteSummary(w, s.baseline, Kind::kBaseline);
  w.Key("verify_only"); WriteSummary(w, s.verify_only, Kind::kEngine);
  w.Key("stepcache"); WriteSummary(w, s.stepcache, Kind::kStepCache);
}

// A family is safe when its variants are (its base request, served first
// into a cold cache, is never a reuse candidate and so is not marked safe).
bool SafeGroup(const Summary& s) { return s.safe_requests > 0; }

// The groups (families or perturbations) where StepCache missed: "a 2, b 1".
template <typename Value>
std::string Where(const std::map<std::string, Systems>& groups, Value value, bool (*missed)(double)) {
  std::string out;
  for (const auto& [k, v] : groups) {
    const double x = value(v.stepcache);
    if (missed(x)) out += (out.empty() ? "" : ", ") + k + " " + Fmt("%.4g", x);
  }
  return out;
}

}  // namespace

Summary Summarize(const std::vector<ItemResult>& results) {
  Summary s;
  if (results.empty()) return s;
  std::vector<double> lat;
  double tokens = 0, correct = 0, reuse = 0, patch = 0, skip = 0, false_reuse = 0, wrong = 0,
         errors = 0, safe = 0, safe_reuse = 0;
  for (const ItemResult& r : results) {
    const bool reused = r.metrics.path == engine::Path::kReuse;
    lat.push_back(r.metrics.latency_s);
    tokens += static_cast<double>(r.metrics.prompt_tokens + r.metrics.completion_tokens);
    correct += r.ok && r.correct;
    errors += !r.ok;
    reuse += reused;
    patch += r.metrics.path == engine::Path::kPatch;
    skip += r.metrics.path == engine::Path::kSkip;
    false_reuse += r.ok && reused && !r.correct;
    wrong += r.ok && !r.correct;
    safe += r.safe;
    safe_reuse += r.safe && reused;
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
  s.wrong_answers = wrong;
  s.errors = errors;
  s.safe_requests = safe;
  s.safe_reuse_pct = safe > 0 ? 100 * safe_reuse / safe : 0;
  return s;
}

BenchReport BuildReport(const std::vector<SeedRun>& runs, const std::string& backend,
                        bool simulated) {
  BenchReport r;
  r.backend = backend;
  r.simulated = simulated;
  for (const SeedRun& run : runs) {
    for (const auto* v : {&run.baseline, &run.verify_only, &run.stepcache}) {
      for (const ItemResult& x : *v) r.adversarial = r.adversarial || !x.family.empty();
    }
  }
  // Per group key and system, one Summary per seed.
  using PerSeed = std::map<std::string, std::array<std::vector<Summary>, 3>>;
  PerSeed all, by_task, by_pert, by_family;
  auto task_of = [](const ItemResult& x) { return x.task; };
  auto pert_of = [](const ItemResult& x) { return x.task + "/" + x.perturbation; };
  auto family_of = [](const ItemResult& x) { return x.family.empty() ? "unlabelled" : x.family; };
  auto add = [](PerSeed* out, const std::vector<ItemResult>& v, int system, auto key) {
    std::map<std::string, std::vector<ItemResult>> g;
    for (const ItemResult& x : v) g[key(x)].push_back(x);
    for (auto& [k, items] : g) (*out)[k][system].push_back(Summarize(items));
  };
  for (const SeedRun& run : runs) {
    r.seeds.push_back(run.seed);
    const std::vector<ItemResult>* systems[3] = {&run.baseline, &run.verify_only, &run.stepcache};
    std::vector<double>* latencies[3] = {&r.baseline_latencies, &r.verify_only_latencies,
                                         &r.stepcache_latencies};
    for (int i = 0; i < 3; ++i) {
      const std::vector<ItemResult>& v = *systems[i];
      // A run without a system (older callers) leaves that system's summary empty.
      if (!v.empty()) all[""][i].push_back(Summarize(v));
      for (const ItemResult& x : v) latencies[i]->push_back(x.metrics.latency_s);
      add(&by_task, v, i, task_of);
      add(&by_pert, v, i, pert_of);
      if (r.adversarial) add(&by_family, v, i, family_of);
    }
  }
  auto average = [](const std::array<std::vector<Summary>, 3>& s) {
    return Systems{Average(s[0]), Average(s[1]), Average(s[2])};
  };
  const Systems total = average(all[""]);
  r.baseline = total.baseline;
  r.verify_only = total.verify_only;
  r.stepcache = total.stepcache;
  for (auto& [k, v] : by_task) r.by_task[k] = average(v);
  for (auto& [k, v] : by_pert) r.by_perturbation[k] = average(v);
  for (auto& [k, v] : by_family) r.by_family[k] = average(v);
  return r;
}

std::vector<Target> Targets(const BenchReport& r) {
  const Summary& b = r.baseline;
  const Summary& s = r.stepcache;
  auto positive = [](double x) { return x > 0; };
  auto not_all_correct = [](double x) { return x < kTargetCorrect; };
  auto false_reuse = [](const Summary& x) { return x.false_reuse; };
  auto wrong = [](const Summary& x) { return x.wrong_answers; };
  std::vector<Target> t;
  if (r.adversarial) {
    t = {{"false_reuse", s.false_reuse, 0, s.false_reuse == 0, "", Where(r.by_family, false_reuse, +positive)},
         {"wrong_answers", s.wrong_answers, 0, s.wrong_answers == 0, "", Where(r.by_family, wrong, +positive)},
         {"safe_reuse_pct", s.safe_reuse_pct, kTargetSafeReuse, s.safe_reuse_pct >= kTargetSafeReuse, "", ""}};
    if (s.safe_requests == 0) {
      t.back().where = "no safe-family requests";
    } else {
      for (const auto& [k, v] : r.by_family) {
        if (v.stepcache.safe_requests > 0 && v.stepcache.safe_reuse_pct < kTargetSafeReuse) {
          t.back().where += (t.back().where.empty() ? "" : ", ") + k + Fmt(" %.1f", v.stepcache.safe_reuse_pct);
        }
      }
    }
  } else {
    const double ratio = b.tokens_total > 0 ? s.tokens_total / b.tokens_total : 0;
    auto correct = [](const Summary& x) { return x.correct_pct; };
    t = {{"correct_pct", s.correct_pct, kTargetCorrect, s.correct_pct >= kTargetCorrect, "",
          Where(r.by_perturbation, correct, +not_all_correct)},
         {"false_reuse", s.false_reuse, 0, s.false_reuse == 0, "", Where(r.by_perturbation, false_reuse, +positive)},
         {"mean_s", s.mean_s, kTargetMean, s.mean_s <= kTargetMean, "", ""},
         {"median_s", s.median_s, kTargetMedian, s.median_s <= kTargetMedian, "", ""},
         {"p95_s", s.p95_s, kTargetP95, s.p95_s < kTargetP95, "", ""},
         {"token_ratio", ratio, kTargetTokenRatio, ratio <= kTargetTokenRatio, "", ""},
         {"reuse_pct", s.reuse_pct, kTargetReuse, s.reuse_pct >= kTargetReuse, "", ""}};
  }
  for (Target& x : t) {
    if (!x.met) x.gap = Fmt("%.4g", std::fabs(x.value - x.goal));
    else x.where.clear();
  }
  return t;
}

std::string ReportJson(const BenchReport& r) {
  rapidjson::StringBuffer sb;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("backend"); w.String(r.backend.c_str());
  w.Key("simulated"); w.Bool(r.simulated);
  w.Key("split"); w.String(r.adversarial ? "adversarial" : "standard");
  w.Key("seeds"); w.StartArray();
  for (auto s : r.seeds) w.Uint64(s);
  w.EndArray();
  WriteSystems(w, Systems{r.baseline, r.verify_only, r.stepcache});
  // What the cache adds on top of verification alone.
  w.Key("cache_effect"); w.StartObject();
  w.Key("tokens_saved_per_seed"); w.Double(r.verify_only.tokens_total - r.stepcache.tokens_total);
  w.Key("token_ratio_vs_verify_only");
  w.Double(r.verify_only.tokens_total > 0 ? r.stepcache.tokens_total / r.verify_only.tokens_total : 0);
  w.Key("mean_s_ratio_vs_verify_only");
  w.Double(r.verify_only.mean_s > 0 ? r.stepcache.mean_s / r.verify_only.mean_s : 0);
  w.EndObject();
  for (auto [name, groups] : {std::pair{"by_task", &r.by_task}, std::pair{"by_perturbation", &r.by_perturbation},
                              std::pair{"by_family", &r.by_family}}) {
    w.Key(name);
    w.StartObject();
    for (const auto& [k, v] : *groups) {
      w.Key(k.c_str());
      w.StartObject();
      if (groups == &r.by_family) { w.Key("safe"); w.Bool(SafeGroup(v.stepcache)); }
      WriteSystems(w, v);
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
    if (!t.where.empty()) { w.Key("where"); w.String(t.where.c_str()); }
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize()) + "\n";
}

namespace {

std::string FamilyTable(const BenchReport& r) {
  std::string out =
      "\nBy family (requests, errors per seed; false reuse and wrong answers over all seeds):\n";
  char line[320];
  const char* head = "%-24s %-4s %5s | %8s | %8s %6s | %8s %6s %6s %6s %6s %6s %6s\n";
  std::snprintf(line, sizeof line, "%-24s %-4s %5s | %-8s | %-15s | %s\n", "", "", "", "baseline", "verify-only",
                "StepCache");
  out += line;
  std::snprintf(line, sizeof line, head, "family", "safe", "req", "ok%", "ok%", "wrong", "ok%", "reuse%",
                "patch%", "skip%", "false", "wrong", "errors");
  out += line;
  for (const auto& [k, v] : r.by_family) {
    const Summary& s = v.stepcache;
    std::snprintf(line, sizeof line, head, k.c_str(), SafeGroup(s) ? "yes" : "no",
                  Fmt("%.0f", s.requests).c_str(), Fmt("%.1f", v.baseline.correct_pct).c_str(),
                  Fmt("%.1f", v.verify_only.correct_pct).c_str(), Fmt("%.0f", v.verify_only.wrong_answers).c_str(),
                  Fmt("%.1f", s.correct_pct).c_str(), Fmt("%.1f", s.reuse_pct).c_str(),
                  Fmt("%.1f", s.patch_pct).c_str(), Fmt("%.1f", s.skip_pct).c_str(),
                  Fmt("%.0f", s.false_reuse).c_str(), Fmt("%.0f", s.wrong_answers).c_str(),
                  Fmt("%.1f", s.errors).c_str());
    out += line;
  }
  return out;
}

}  // namespace

std::string ReportTable(const BenchReport& r) {
  const Summary& b = r.baseline;
  const Summary& v = r.verify_only;
  const Summary& s = r.stepcache;
  std::string seeds;
  for (auto x : r.seeds) seeds += (seeds.empty() ? "" : ",") + std::to_string(x);
  std::string out;
  out += "StepCache benchmark (" + std::string(r.adversarial ? "adversarial" : "standard") +
         " split): backend " + r.backend +
         (r.simulated ? " (SIMULATED model, virtual clock: latencies are simulated)" : "") +
         ", seeds " + seeds + ", " + Fmt("%.0f", b.requests) + " requests per seed\n\n";
  char line[256];
  const char* layout = "%-28s %10s %12s %10s   %s\n";
  std::snprintf(line, sizeof line, layout, "", "baseline", "verify-only", "StepCache", "paper (base -> SC)");
  out += line;
  auto row = [&](const char* name, const std::string& bv, const std::string& vv, const std::string& sv,
                 const char* ref) {
    std::snprintf(line, sizeof line, layout, name, bv.c_str(), vv.c_str(), sv.c_str(), ref);
    out += line;
  };
  auto all = [&](const char* name, const char* f, double Summary::*field, const char* ref) {
    row(name, Fmt(f, b.*field), Fmt(f, v.*field), Fmt(f, s.*field), ref);
  };
  // The baseline has no paths: it always calls the model once.
  auto engine = [&](const char* name, const char* f, double Summary::*field, const char* ref) {
    row(name, "-", Fmt(f, v.*field), Fmt(f, s.*field), ref);
  };
  all("mean latency (s)", "%.3f", &Summary::mean_s, "2.13 -> 0.67");
  all("median latency (s)", "%.4f", &Summary::median_s, "2.42 -> 0.01");
  all("p95 latency (s)", "%.3f", &Summary::p95_s, "3.38 -> 3.30");
  all("tokens (total/seed)", "%.0f", &Summary::tokens_total, "36.1k -> 27.3k");
  all("tokens per request", "%.1f", &Summary::tokens_per_request, "162.7 -> 123");
  all("correct (%)", "%.1f", &Summary::correct_pct, "72.5 -> 100");
  engine("reuse-only path (%)", "%.1f", &Summary::reuse_pct, "79.7");
  engine("patch path (%)", "%.1f", &Summary::patch_pct, "5.4");
  engine("skip-reuse path (%)", "%.1f", &Summary::skip_pct, "14.9");
  engine("false reuse (all seeds)", "%.0f", &Summary::false_reuse, "-");
  all("wrong answers (all seeds)", "%.0f", &Summary::wrong_answers, "-");
  all("errors (per seed)", "%.1f", &Summary::errors, "-");
  if (r.adversarial) row("safe-family reuse (%)", "-", "-", Fmt("%.1f", s.safe_reuse_pct), "-");
  if (v.tokens_total > 0 && v.mean_s > 0) {
    out += "\nThe cache itself (StepCache vs verify-only): tokens x" + Fmt("%.2f", s.tokens_total / v.tokens_total) +
           ", mean latency x" + Fmt("%.2f", s.mean_s / v.mean_s) + "\n";
  }
  if (r.adversarial) out += FamilyTable(r);
  out += std::string("\nTargets (") + (r.adversarial ? "adversarial" : "standard") + " split):";
  for (const Target& t : Targets(r)) {
    out += " " + t.name + (t.met ? " met" : " MISSED by " + t.gap) + (t.where.empty() ? "" : " (" + t.where + ")") + ";";
  }
  out += "\n";
  // No trailing blanks from the fixed-width columns.
  std::string trimmed;
  std::istringstream lines(out);
  for (std::string l; std::getline(lines, l);) {
    l.erase(l.find_last_not_of(' ') + 1);  // npos + 1 == 0: a blank line becomes empty
    trimmed += l + "\n";
  }
  return trimmed;
}

}  // namespace stepcache::bench
