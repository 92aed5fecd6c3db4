#include "stepcache/engine/metrics.h"

namespace stepcache::engine {

std::string_view PathName(Path path) {
  switch (path) {
    case Path::kReuse: return "reuse";
    case Path::kPatch: return "patch";
    case Path::kSkip: return "skip";
  }
  return "skip";
}

void MetricsTotals::Add(const RequestMetrics& m, bool ok) {
  ++requests;
  if (!ok) ++errors;
  switch (m.path) {
    case Path::kReuse: ++reuse; break;
    case Path::kPatch: ++patch; break;
    case Path::kSkip: ++skip; break;
  }
  prompt_tokens += m.prompt_tokens;
  completion_tokens += m.completion_tokens;
  reused_tokens += m.reused_tokens;
  backend_calls += m.attempts;
  if (m.fallback) ++fallbacks;
  engine_s += m.engine_s;
  backend_s += m.backend_s;
  verify_s += m.verify_s;
}

}  // namespace stepcache::engine
