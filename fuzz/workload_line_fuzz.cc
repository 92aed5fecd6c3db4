// Workload lines (`stepcache run`/`stepcache bench --workload`) and sampling
// parameters read back from a store come from outside: parsing them never
// crashes, and what parses round-trips.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stepcache/bench/workload.h"
#include "stepcache/engine/request.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  stepcache::bench::WorkloadItem item;
  std::string error;
  if (stepcache::bench::ParseWorkloadLine(text, &item, &error)) {
    const std::string line = stepcache::bench::ToJsonLine(item);
    stepcache::bench::WorkloadItem again;
    if (!stepcache::bench::ParseWorkloadLine(line, &again, &error)) std::abort();
    if (stepcache::bench::ToJsonLine(again) != line) std::abort();
  } else if (error.empty()) {
    std::abort();  // a refusal always says why
  }
  stepcache::engine::SamplingParams params;
  if (stepcache::engine::ParamsFromJson(text, &params, &error)) {
    stepcache::engine::SamplingParams again;
    if (!stepcache::engine::ParamsFromJson(stepcache::engine::ParamsToJson(params), &again, &error)) {
      std::abort();
    }
  }
  return 0;
}
