// The SIMULATED model: a deterministic stand-in for a small LLM, for the two
// built-in tasks, so the benchmark and the tests run without a GPU or network.
// Every number it produces is simulated and marked so (ChatResponse::simulated,
// the "sim" backend name, the "stepcache-sim" model id).
//
// It reads only what a real model reads: the chat messages and the
// response_format schema. Its choices are seeded by (SimOptions::seed, a hash
// of the serialised request), so one request always gets the same answer.
//
// What it answers:
//  * linear_equation: the first user message holding an equation (found with
//    checks::FindEquationInPrompt) gets checks::SolveStepByStep's solution,
//    lines "Step N: <equation>", last "Step N: x = <value>".
//    Continuation: when the messages hold an assistant message (the verified
//    prefix, one step per line) followed by a user message asking to go on,
//    it answers only the remaining steps, numbered after the prefix, derived
//    from the prefix's last line.
//  * json_extract: the properties come from response_format's json_schema
//    (`properties`, in order; `type`; `description` naming the label used in
//    the text). Each value is found in the user messages as "<Label>: <value>"
//    (label = description, else the name with '_' as ' ', case-insensitive;
//    the value ends at a newline or ';') and typed per the schema (integer,
//    number, boolean, string, array split on commas). A prompt line such as
//    "Fields: a, b, c" (or "... fields: a, b, c") lists the whole object; when
//    the schema asks for fewer properties it is a region request and, with
//    probability whole_object_rate, the whole object is answered instead.
//  * anything else: a short fixed refusal.
// Mistakes, with probability error_rate per answer (a quarter by default,
// seeded): equations get an arithmetic slip in a middle step carried to the
// end, a wrong final line, or prose instead of steps; JSON gets a dropped or
// renamed key, a wrong type ("34" for 34), a wrong value, prose around the
// JSON, ``` fences, or a truncated output (finish_reason "length"). An output
// longer than max_tokens is cut there (finish_reason "length"). Region and
// continuation answers make mistakes at the same rate. Like a model at
// temperature 0, an identical request always gets the identical answer: a
// retry has to change the request (say what was wrong, add the attempt
// number) to get a different draw.
//
// Latency model (virtual seconds, reported in ChatResponse::latency_s):
//   base_s + prompt_s_per_token * prompt_tokens
//          + completion_s_per_token * completion_tokens
// with tokens counted by EstimatePromptTokens / EstimateTokens. The defaults
// (0.15 s, 1 ms per prompt token, 60 ms per completion token: ~17 tokens/s
// decode, a 7B model on a laptop CPU) put a full answer to a typical
// benchmark prompt (~50 prompt and ~30 completion tokens by the estimator) at
// about 2 s; sim_backend_test measures it.
// Nothing sleeps unless `realtime` is set (then latency * time_scale).
//
// Thread-safe; the backend holds only its options.
#ifndef STEPCACHE_ENGINE_SIM_BACKEND_H_
#define STEPCACHE_ENGINE_SIM_BACKEND_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "stepcache/engine/backend.h"

namespace stepcache::engine {

struct SimOptions {
  std::uint64_t seed = 42;
  double error_rate = 0.25;        // probability an answer carries a mistake
  double whole_object_rate = 0.2;  // region request answered with the whole object
  double base_s = 0.15;
  double prompt_s_per_token = 0.001;
  double completion_s_per_token = 0.06;
  bool realtime = false;           // really sleep latency * time_scale
  double time_scale = 1.0;
  std::string model = "stepcache-sim";
};

// Parses "key=value,key=value" (the part after "sim:") into *options, on top
// of what it already holds. Keys: seed, error_rate, whole_object_rate, base_s,
// prompt_ms (per token), completion_ms (per token), realtime (0/1),
// time_scale, model. Returns false with *error naming the bad key or value.
bool ParseSimSpec(std::string_view spec, SimOptions* options, std::string* error);

// What the simulated model did, for tests and reports.
struct SimTrace {
  std::string task;      // "linear_equation", "json_extract" or "unknown"
  std::string mistake;   // "" when the answer is meant to be right, else e.g. "slip"
  bool region = false;   // a region (JSON subset) or continuation request
  bool whole_object = false;  // a region request answered with the whole object
};

// The latency model above, in virtual seconds.
double SimulatedLatency(const SimOptions& options, std::int64_t prompt_tokens,
                        std::int64_t completion_tokens);

// Answers `request` as the simulated model; pure and deterministic (never
// sleeps). usage is estimated (from_server = false), latency_s is virtual,
// simulated = true. `trace` may be null.
ChatResponse SimulateCompletion(const SimOptions& options, const ChatRequest& request,
                                SimTrace* trace = nullptr);

// The simulated model as a Backend (sleeps only when options.realtime).
std::unique_ptr<Backend> OpenSimBackend(const SimOptions& options);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SIM_BACKEND_H_
