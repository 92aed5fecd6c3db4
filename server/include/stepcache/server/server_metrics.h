// Counters of the HTTP front end, rendered in the Prometheus text exposition
// format (version 0.0.4) for GET /metrics:
//   stepcache_http_requests_total{path,tenant}      completions by path (reuse,
//                                                   patch, skip, bypass, error)
//   stepcache_http_request_duration_seconds{path}   latency histogram
//   stepcache_http_responses_total{code}            responses by HTTP status
//   stepcache_tokens_reused_total, stepcache_tokens_generated_total,
//   stepcache_tokens_prompt_total
//   stepcache_backend_errors_total
//   stepcache_in_flight                             requests being served now
//   stepcache_store_entries, stepcache_store_evictions_total,
//   stepcache_store_expirations_total, stepcache_store_errors_total,
//   stepcache_store_available, stepcache_store_hits_total, stepcache_store_misses_total
// Thread-safe: Record may be called from any thread.
#ifndef STEPCACHE_SERVER_SERVER_METRICS_H_
#define STEPCACHE_SERVER_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "stepcache/engine/store.h"

namespace stepcache::server {

class ServerMetrics {
 public:
  // The completion paths; kError for requests answered with an error.
  enum PathIndex { kReuse, kPatch, kSkip, kBypass, kError, kPathCount };
  static std::string_view PathLabel(int path);

  // One finished completion request.
  void RecordCompletion(int path, std::string_view tenant, double seconds, std::int64_t reused_tokens,
                        std::int64_t generated_tokens, std::int64_t prompt_tokens, bool backend_error);
  // serve's own time in one answered completion: the handler's wall time
  // minus the time spent waiting for the backend (what serve adds to a
  // backend call, short of the HTTP parsing before the handler runs).
  void RecordOverhead(int path, double seconds);
  // One HTTP response of any route.
  void RecordStatus(int status);

  std::atomic<std::int64_t> in_flight{0};

  // The exposition text, with the store's figures.
  std::string Render(const engine::StoreStats& store) const;

  static constexpr std::array<double, 14> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,    0.25,  0.5,    1,     2.5,   5,    10};
  static constexpr std::array<double, 14> kOverheadBuckets = {0.00005, 0.0001, 0.00025, 0.0005, 0.00075,
                                                              0.001,   0.0015, 0.0025,  0.005,  0.01,
                                                              0.025,   0.05,   0.1,     1};

 private:
  struct Histogram {
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> counts{};  // last: +Inf
    std::atomic<std::uint64_t> sum_us{0};
  };
  std::array<Histogram, kPathCount> latency_;
  std::array<Histogram, kPathCount> overhead_;
  std::atomic<std::int64_t> reused_{0}, generated_{0}, prompt_{0}, backend_errors_{0};
  mutable std::mutex mu_;  // guards the maps
  std::map<std::pair<int, std::string>, std::uint64_t> requests_;  // (path, tenant)
  std::map<int, std::uint64_t> statuses_;
};

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_SERVER_METRICS_H_
