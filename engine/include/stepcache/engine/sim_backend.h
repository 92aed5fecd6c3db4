// The SIMULATED model: a deterministic stand-in for a small LLM, for the two
// built-in tasks, so the benchmark and the tests run without a GPU or network.
// Every number it produces is simulated and marked so (ChatResponse::simulated,
// the "sim" backend name, the "stepcache-sim" model id).
//
// It reads only what a real model reads: the chat messages and the
// response_format schema. Its choices are seeded by (SimOptions::seed, a hash
// of the serialised request), so one request always gets the same answer.
//
// It shares no code with the engine's checks or grammars (nor with the
// benchmark's scorer, which judges it): its equation reader and solver and
// its field extractor are its own (sim_equation.cc, sim_text.cc), so the
// benchmark is not a closed loop.
//
// What it reads, by structure rather than exact wording: the first user
// message is the task (a trailing paragraph that asks for only some fields
// or says the previous answer was rejected is recognised and set aside);
// response_format's json_schema names the members wanted; an assistant
// message followed by a user message is a continuation (the user message
// says to continue) or a repair (anything else).
//
// What it answers:
//  * linear_equation: the equation in the task (the formula around its
//    '='), solved exactly by its own solver along one of two paths (terms
//    with the variable first, or constants first), written in one of several
//    notations ("Step n: …", "n. …", plain lines, "Subtract 5 from both
//    sides: 3x = 15", or one line "3x + 5 = 20 → 3x = 15 → x = 5"), ending
//    with "x = 5" and sometimes "So the answer is x = 5." or "Therefore x
//    equals 5.". "then report the value of 2x" adds the reported line.
//    Continuation: goes on from the last line of the given prefix.
//  * json_extract: each schema property is looked up in the source text
//    (after "Text:", "Record:", a fence or a quote, or after the first blank
//    line): "Label: value", "Label - value", records on one line joined by
//    " | ", several records ("Customer 2:", "Sender:") of which the
//    instruction picks one (ordinals, roles, "not the …"), and a few prose
//    cues ("2 adults", "lives in Lisbon", "works as a nurse"). A label
//    matches a property by its description, its name, shared words, or a
//    small synonym list; labels such as "Born in" or "Previous city" lose to
//    "Current city". Values are typed by the schema (numbers with units or
//    thousands separators, yes/no/paid/unpaid booleans).
//  * anything else: a short fixed refusal.
//
// Mistakes, with probability error_rate per answer, of the kinds and in the
// proportions tabled in bench/README.md: for JSON a value copied from
// another label or another record, a partial span ("denti"), a word from
// the instructions, a wrong type, a dropped key, prose or fences around the
// JSON, a truncated answer (finish_reason "length"); for equations an
// arithmetic slip carried on, a wrong final line, a final statement that
// contradicts the steps, a misread sign, prose only, a truncated answer.
// Sticky errors: the first answer's mistake for a prompt is drawn from
// (seed, prompt) alone; a retry of that prompt (a region, continuation or
// repair request) repeats it with probability sticky_rate, else draws anew.
// So a member can be wrong twice or three times in a row; bench/README.md
// gives how often. An output longer than max_tokens is cut there
// (finish_reason "length"). An identical request always gets the identical
// answer.
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
  double sticky_rate = 0.25;       // a retry repeats the first answer's mistake
  double base_s = 0.15;
  double prompt_s_per_token = 0.001;
  double completion_s_per_token = 0.06;
  bool realtime = false;           // really sleep latency * time_scale
  double time_scale = 1.0;
  std::string model = "stepcache-sim";
};

// Parses "key=value,key=value" (the part after "sim:") into *options, on top
// of what it already holds. Keys: seed, error_rate, whole_object_rate,
// sticky_rate, base_s,
// prompt_ms (per token), completion_ms (per token), realtime (0/1),
// time_scale, model. Returns false with *error naming the bad key or value.
bool ParseSimSpec(std::string_view spec, SimOptions* options, std::string* error);

// What the simulated model did, for tests and reports.
struct SimTrace {
  std::string task;      // "linear_equation", "json_extract" or "unknown"
  std::string mistake;   // "" when the answer is meant to be right, else e.g. "slip"
  bool region = false;   // a region (JSON subset) or continuation request
  bool whole_object = false;  // a region request answered with the whole object
  bool retry = false;    // a region, continuation or repair request
  bool sticky = false;   // a retry that repeated the first answer's mistake
  std::string member;    // the JSON member a value mistake hit, if any
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
