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

template <typename H, std::size_t N>
void Observe(H& h, const std::array<double, N>& buckets, double seconds) {
  std::size_t b = 0;
  while (b < N && seconds > buckets[b]) ++b;
  h.counts[b].fetch_add(1, std::memory_order_relaxed);
  h.sum_us.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

// One histogram's _bucket, _sum and _count lines.
template <typename H, std::size_t N>
void RenderHistogram(const std::string& name, const std::string& label, const H& h,
                     const std::array<double, N>& buckets, std::string* out) {
  std::uint64_t cumulative = 0;
  char le[32];
  for (std::size_t b = 0; b <= N; ++b) {
    cumulative += h.counts[b].load(std::memory_order_relaxed);
    if (b < N) std::snprintf(le, sizeof le, "%g", buckets[b]);
    *out += name + "_bucket{" + label + ",le=\"" + (b < N ? std::string(le) : "+Inf") + "\"} " +
            std::to_string(cumulative) + "\n";
  }
  *out += name + "_sum{" + label + "} " +
          Number(static_cast<double>(h.sum_us.load(std::memory_order_relaxed)) / 1e6) + "\n";
  *out += name + "_count{" + label + "} " + std::to_string(cumulative) + "\n";
}

}  // namespace

constexpr std::array<double, 14> ServerMetrics::kBuckets;
constexpr std::array<double, 14> ServerMetrics::kOverheadBuckets;

std::string_view ServerMetrics::PathLabel(int path) {
  static constexpr std::string_view kNames[] = {"reuse", "patch", "skip", "bypass", "error"};
  return path >= 0 && path < kPathCount ? kNames[path] : "error";
}

void ServerMetrics::RecordCompletion(int path, std::string_view tenant, double seconds,
                                     std::int64_t reused_tokens, std::int64_t generated_tokens,
                                     std::int64_t prompt_tokens, bool backend_error) {
  if (path < 0 || path >= kPathCount) path = kError;
  Observe(latency_[path], kBuckets, seconds);
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

void ServerMetrics::RecordOverhead(int path, double seconds) {
  if (path < 0 || path >= kPathCount) path = kError;
  Observe(overhead_[path], kOverheadBuckets, seconds < 0 ? 0 : seconds);
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
    RenderHistogram("stepcache_http_request_duration_seconds", "path=\"" + std::string(PathLabel(p)) + "\"",
                    latency_[p], kBuckets, &out);
  }
  line("# HELP stepcache_serve_overhead_seconds serve's own time per answered completion: handler time "
       "minus time waiting for the backend.");
  line("# TYPE stepcache_serve_overhead_seconds histogram");
  for (int p = 0; p < kError; ++p) {
    RenderHistogram("stepcache_serve_overhead_seconds", "path=\"" + std::string(PathLabel(p)) + "\"",
                    overhead_[p], kOverheadBuckets, &out);
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
