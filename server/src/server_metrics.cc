#include "stepcache/server/server_metrics.h"

#include <cstdio>

namespace stepcache::server {
namespace {

// Label values escaped as the exposition format asks (backslash, quote, newline).
std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

}  // namespace

constexpr std::array<double, 14> ServerMetrics::kBuckets;

std::string_view ServerMetrics::PathLabel(int path) {
  static constexpr std::string_view kNames[] = {"reuse", "patch", "skip", "bypass", "error"};
  return path >= 0 && path < kPathCount ? kNames[path] : "error";
}

void ServerMetrics::RecordCompletion(int path, std::string_view tenant, double seconds,
                                     std::int64_t reused_tokens, std::int64_t generated_tokens,
                                     std::int64_t prompt_tokens, bool backend_error) {
  if (path < 0 || path >= kPathCount) path = kError;
  Histogram& h = latency_[path];
  std::size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  h.counts[b].fetch_add(1, std::memory_order_relaxed);
  h.sum_us.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
  reused_.fetch_add(reused_tokens, std::memory_order_relaxed);
  generated_.fetch_add(generated_tokens, std::memory_order_relaxed);
  prompt_.fetch_add(prompt_tokens, std::memory_order_relaxed);
  if (backend_error) backend_errors_.fetch_add(1, std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = requests_.find(std::make_pair(path, std::string(tenant)));
  if (it != requests_.end()) {
    ++it->second;
  } else {
    requests_.emplace(std::make_pair(path, std::string(tenant)), 1);
  }
}

void ServerMetrics::RecordStatus(int status) {
  std::lock_guard<std::mutex> lock(mu_);
  ++statuses_[status];
}

std::string ServerMetrics::Render(const engine::StoreStats& store) const {
  std::string out;
  out.reserve(4096);
  auto line = [&out](const std::string& s) {
    out += s;
    out += '\n';
  };
  line("# HELP stepcache_http_requests_total Chat completion requests by path and tenant.");
  line("# TYPE stepcache_http_requests_total counter");
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [key, n] : requests_) {
      line("stepcache_http_requests_total{path=\"" + std::string(PathLabel(key.first)) + "\",tenant=\"" +
           Escape(key.second) + "\"} " + std::to_string(n));
    }
    line("# HELP stepcache_http_responses_total HTTP responses by status code.");
    line("# TYPE stepcache_http_responses_total counter");
    for (const auto& [code, n] : statuses_) {
      line("stepcache_http_responses_total{code=\"" + std::to_string(code) + "\"} " + std::to_string(n));
    }
  }
  line("# HELP stepcache_http_request_duration_seconds Chat completion latency by path.");
  line("# TYPE stepcache_http_request_duration_seconds histogram");
  for (int p = 0; p < kPathCount; ++p) {
    const Histogram& h = latency_[p];
    const std::string label = "path=\"" + std::string(PathLabel(p)) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += h.counts[b].load(std::memory_order_relaxed);
      char le[32];
      std::snprintf(le, sizeof le, "%g", kBuckets[b]);
      line("stepcache_http_request_duration_seconds_bucket{" + label + ",le=\"" + le + "\"} " +
           std::to_string(cumulative));
    }
    cumulative += h.counts[kBuckets.size()].load(std::memory_order_relaxed);
    line("stepcache_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " + std::to_string(cumulative));
    line("stepcache_http_request_duration_seconds_sum{" + label + "} " +
         Number(static_cast<double>(h.sum_us.load(std::memory_order_relaxed)) / 1e6));
    line("stepcache_http_request_duration_seconds_count{" + label + "} " + std::to_string(cumulative));
  }
  auto scalar = [&line](const char* name, const char* type, const char* help, const std::string& value) {
    line(std::string("# HELP ") + name + " " + help);
    line(std::string("# TYPE ") + name + " " + type);
    line(std::string(name) + " " + value);
  };
  scalar("stepcache_tokens_reused_total", "counter", "Completion tokens served from verified cache entries.",
         std::to_string(reused_.load()));
  scalar("stepcache_tokens_generated_total", "counter", "Completion tokens the backend generated.",
         std::to_string(generated_.load()));
  scalar("stepcache_tokens_prompt_total", "counter", "Prompt tokens sent to the backend.",
         std::to_string(prompt_.load()));
  scalar("stepcache_backend_errors_total", "counter", "Requests that met a backend failure.",
         std::to_string(backend_errors_.load()));
  scalar("stepcache_in_flight", "gauge", "Chat completion requests being served now.",
         std::to_string(in_flight.load()));
  scalar("stepcache_store_entries", "gauge", "Live cache entries.", std::to_string(store.entries));
  scalar("stepcache_store_evictions_total", "counter", "Entries evicted for capacity.",
         std::to_string(store.evictions));
  scalar("stepcache_store_expirations_total", "counter", "Entries expired by TTL.",
         std::to_string(store.expirations));
  scalar("stepcache_store_hits_total", "counter", "Store lookups that found a candidate.",
         std::to_string(store.hits));
  scalar("stepcache_store_misses_total", "counter", "Store lookups that found none.", std::to_string(store.misses));
  scalar("stepcache_store_errors_total", "counter", "Store operations that failed.", std::to_string(store.errors));
  scalar("stepcache_store_available", "gauge", "1 while the store is reachable.", store.available ? "1" : "0");
  return out;
}

}  // namespace stepcache::server
