// What one Serve call carries through the planner and patchers: the request,
// its compiled task rules and schema, the backend, and the metrics that every
// backend call adds to. One per request; not shared between threads.
#ifndef STEPCACHE_ENGINE_SRC_SERVE_CONTEXT_H_
#define STEPCACHE_ENGINE_SRC_SERVE_CONTEXT_H_

#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include <rapidjson/document.h>

#include "stepcache/checks/request_facts.h"
#include "stepcache/checks/rules.h"
#include "stepcache/engine/backend.h"
#include "stepcache/engine/metrics.h"
#include "stepcache/engine/request.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::engine {

struct ServeContext {
  const Request* request = nullptr;
  const checks::TaskRules* rules = nullptr;
  const schemas::Schema* schema = nullptr;        // compiled request schema, if any
  const rapidjson::Value* schema_json = nullptr;  // the same as JSON
  checks::TaskInput input;
  Backend* backend = nullptr;
  RequestMetrics metrics;
  double backend_wall_s = 0;  // wall time inside backend calls, kept out of engine_s
  std::string last_backend_error;
  std::optional<BackendError> backend_error;  // the last failure, with its kind
  // Set by a failure that another call in this request would only repeat
  // (cannot connect, timed out, an HTTP error status after the backend's
  // own retries): no later call of this request reaches the backend.
  bool backend_given_up = false;
  // No backend call starts after this (ServeOptions::deadline).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  bool deadline_exceeded = false;
  // Top-level members a model wrote for this request ("*" = the whole
  // answer), recorded in the stored entry.
  std::set<std::string> model_members;
  // The cached answer a patch starts from and its members whose reuse
  // failed because the text around them changed: a patch that gets one of
  // those values back from the model asks again (the changed context is not
  // verified away).
  std::string stale_output;
  std::vector<std::string> stale_pointers;
  // The model was asked once more after giving one of them again: a third
  // time it is served (not stored).
  bool stale_asked = false;

  // Calls the backend once, accounting tokens, time and attempts. nullopt
  // (with last_backend_error set) when the backend failed or had failed
  // for good earlier in this request. With a deadline, the call gets the
  // time left as ChatRequest::timeout_s.
  std::optional<ChatResponse> Call(ChatRequest chat);

  // rules->Check on `output`, timed into metrics.verify_s.
  checks::CheckResult Check(std::string_view output);

  // Extraction tasks: the prompt read as instructions and source text, and
  // prepared for grounding and the checks' request facts, built on first use
  // and shared by every check and evidence comparison of this request
  // (nullptr for other tasks).
  const checks::SourceText* Source();

  std::optional<checks::SourceText> source_text;
  std::optional<checks::GroundingSource> grounding_source;
  // What the checks read of the prompt and schema alone, kept for every
  // check of this request (extraction tasks with a schema; built with
  // source_text, over it and input.labels).
  std::unique_ptr<checks::RequestFacts> facts;
};

// The result of making an answer acceptable: the verified output, or why not.
struct Outcome {
  bool ok = false;
  std::string output;
  std::string problem;  // when !ok
};

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SRC_SERVE_CONTEXT_H_
