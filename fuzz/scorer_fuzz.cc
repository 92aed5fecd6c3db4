// The benchmark scorer and the simulated model both read text from outside
// (model answers; prompts sent to `stepcache sim-server`): neither crashes
// on any input, and both are deterministic.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stepcache/bench/scorer.h"
#include "stepcache/engine/sim_backend.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  stepcache::bench::WorkloadItem math;
  math.task = "linear_equation";
  math.expect_json = R"({"variable":"x","value":5,"report":{"expression":"2x + 1","value":11}})";
  const auto a = stepcache::bench::ScoreAnswer(math, text);
  if (a.correct != stepcache::bench::ScoreAnswer(math, text).correct) std::abort();
  if (!a.correct && a.reason.empty()) std::abort();  // a failure always says why
  math.expect_json = R"({"variable":"x","value":-1.5})";
  stepcache::bench::ScoreAnswer(math, text);
  stepcache::bench::WorkloadItem json;
  json.task = "json_extract";
  json.schema_json = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  json.expect_json = R"({"json":{"name":"Ann","age":3}})";
  stepcache::bench::ScoreAnswer(json, text);

  // The same bytes as a prompt to the simulated model, plain and with a schema,
  // and as the verified prefix of a continuation.
  stepcache::engine::SimOptions options;
  stepcache::engine::ChatRequest request;
  request.messages = {{"system", "s"}, {"user", text}};
  const std::string first = stepcache::engine::SimulateCompletion(options, request).content;
  if (first != stepcache::engine::SimulateCompletion(options, request).content) std::abort();
  request.messages.push_back({"assistant", text});
  request.messages.push_back({"user", "Continue from the next step."});
  stepcache::engine::SimulateCompletion(options, request);
  request.messages.resize(2);
  request.response_format.type = stepcache::engine::ResponseFormat::Type::kJsonSchema;
  request.response_format.schema = json.schema_json;
  stepcache::engine::SimulateCompletion(options, request);
  return 0;
}
