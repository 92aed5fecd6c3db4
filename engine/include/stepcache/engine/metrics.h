// Per-request metrics and running totals of the StepCache engine.
//
// Latency is split into engine time (measured wall time spent in StepCache:
// lookup, segmentation, verification, repair, merge, store) and backend time
// (what the backend reported: wall time for real servers, virtual time for
// the simulated model). latency_s = engine_s + backend_s.
// RequestMetrics is a value type; MetricsTotals is updated under the
// engine's lock and read as a copy.
#ifndef STEPCACHE_ENGINE_METRICS_H_
#define STEPCACHE_ENGINE_METRICS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace stepcache::engine {

enum class Path { kReuse, kPatch, kSkip };

// "reuse", "patch", "skip".
std::string_view PathName(Path path);

struct RequestMetrics {
  Path path = Path::kSkip;
  double latency_s = 0;     // engine_s + backend_s
  double engine_s = 0;      // measured, StepCache's own time
  double backend_s = 0;     // reported by the backend (virtual for sim)
  double verify_s = 0;      // part of engine_s spent segmenting and verifying
  std::int64_t prompt_tokens = 0;      // sent to the backend, all calls
  std::int64_t completion_tokens = 0;  // received from the backend, all calls
  std::int64_t reused_tokens = 0;      // estimated tokens of the cached output kept
  int attempts = 0;         // backend calls made
  bool fallback = false;    // a deterministic fallback (e.g. the exact solver) produced the answer
  bool simulated = false;   // backend figures come from the simulated model
  double match_score = 0;   // similarity of the cached candidate (0 when none)
  // The answer was written to the cache. Not when the cache is off or not
  // written (no-store), the identical entry is there already, or the source
  // text does not state every extracted value plainly (checks/evidence.h).
  bool stored = false;
  std::string reason;       // why this path: "all 5 steps verified", "no candidate", ...
  // Seconds since the cached entry this answer started from was created
  // (reuse and patch; -1 when no cached entry was used).
  std::int64_t reused_age_s = -1;
};

struct MetricsTotals {
  std::int64_t requests = 0, errors = 0;
  std::int64_t reuse = 0, patch = 0, skip = 0;
  std::int64_t prompt_tokens = 0, completion_tokens = 0, reused_tokens = 0;
  std::int64_t backend_calls = 0, fallbacks = 0;
  double engine_s = 0, backend_s = 0, verify_s = 0;

  void Add(const RequestMetrics& m, bool ok);
};

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_METRICS_H_
