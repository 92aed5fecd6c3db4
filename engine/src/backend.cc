#include "stepcache/engine/backend.h"

#include "stepcache/engine/command_backend.h"
#include "stepcache/engine/openai_backend.h"
#include "stepcache/engine/sim_backend.h"

namespace stepcache::engine {

const char* BackendErrorKindName(BackendError::Kind kind) {
  switch (kind) {
    case BackendError::Kind::kUnavailable: return "unavailable";
    case BackendError::Kind::kTimeout: return "timeout";
    case BackendError::Kind::kHttpStatus: return "http_status";
    case BackendError::Kind::kMalformed: return "malformed";
    case BackendError::Kind::kInvalidRequest: return "invalid_request";
  }
  return "unknown";
}

std::unique_ptr<Backend> OpenBackend(std::string_view spec, const BackendOptions& options,
                                     std::string* error) {
  auto starts = [&](std::string_view prefix) { return spec.substr(0, prefix.size()) == prefix; };
  if (starts("openai:")) return OpenOpenAIBackend(spec.substr(7), options, error);
  if (starts("command:")) return OpenCommandBackend(spec.substr(8), options, error);
  if (spec == "sim" || starts("sim:")) {
    SimOptions sim;
    sim.seed = options.seed;
    sim.realtime = options.realtime;
    sim.time_scale = options.time_scale;
    if (!options.model.empty()) sim.model = options.model;
    if (spec.size() > 4 && !ParseSimSpec(spec.substr(4), &sim, error)) return nullptr;
    return OpenSimBackend(sim);
  }
  if (error) {
    *error = "backend \"" + std::string(spec) +
             "\": expected openai:URL, command:PATH, sim or sim:key=value,...";
  }
  return nullptr;
}

}  // namespace stepcache::engine
