// Turns an OpenAI chat-completions request body into what StepCache serves:
// an engine::Request (for the cached path) or a ChatRequest passed through
// to the backend uncached (the `bypass` path), plus the streaming options.
//
// What the cache partition holds (engine::Request, so two requests share
// entries only when all of it is equal): the tenant, the task, the model,
// temperature, top_p, max_tokens/max_completion_tokens, seed, stop, the
// response schema, and in SamplingParams::extra every other parameter that
// can change the answer: presence_penalty, frequency_penalty, logit_bias,
// tools, tool_choice, parallel_tool_calls and the legacy functions and
// function_call (canonical JSON text; the engine also sends these to the
// backend), and, under "stepcache.*" names kept server-side,
// response_format json_object, a strict false flag, the system messages,
// and the namespace. A request with tools or functions is verified but
// neither reused nor stored (CompletionRequest::verify_only).
//
// The prompt: the cached path takes system (or developer) messages followed
// by exactly one user message; the user message is the engine's prompt (what
// the task's checks read) and the system messages are partition keys. Content
// is a string or an array of {"type": "text", "text"} parts; anything else is
// a 400 naming the field ("messages[1].content[0].type").
//
// The task: body extension `"stepcache": {"task": "..."}`, else the
// X-StepCache-Task header, else "json_extract" when response_format is
// json_schema; no task and no schema: bypass (see RequestContext::raw_bypass).
//
// Untrusted input: never crashes; JSON nesting is limited to 64 levels and
// the size to `max_bytes`. Pure; thread-safe.
#ifndef STEPCACHE_SERVER_COMPLETION_REQUEST_H_
#define STEPCACHE_SERVER_COMPLETION_REQUEST_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "stepcache/engine/chat.h"
#include "stepcache/engine/request.h"
#include "stepcache/server/api_error.h"

namespace stepcache::server {

// What the HTTP layer knows besides the body.
struct RequestContext {
  std::string tenant = "default";
  std::string header_task;       // X-StepCache-Task ("" when absent)
  std::string namespace_name;    // X-StepCache-Namespace ("" when absent)
  std::string default_model;     // for a body without "model"
  std::size_t max_bytes = std::size_t{1} << 20;
  // The backend forwards raw bodies (Backend::CanForward): a bypass request
  // is then sent as the client wrote it, so what only the cached path
  // refuses (n > 1, logprobs, tool and multi-turn messages, non-text content
  // parts) is not checked; the backend judges it.
  bool raw_bypass = false;
};

struct CompletionRequest {
  bool bypass = false;           // no task and no schema: pass through uncached
  engine::Request request;       // the cached path's request (!bypass)
  engine::ChatRequest chat;      // what bypass sends (bypass without raw_bypass)
  bool stream = false;
  bool include_usage = false;    // stream_options.include_usage
  // response_format json_object: the served answer must be one JSON object
  // (the cached path also verifies it against {"type": "object"}, and the
  // server re-checks, since a line-grammar task ignores schemas).
  bool json_object = false;
  // response_format json_schema: the served answer must be JSON (a
  // line-grammar task, "linear_equation", answers in steps: refused, not
  // served as text the client's schema does not describe).
  bool json_schema = false;
  // tools or (legacy) functions: verified, never reused nor stored.
  bool verify_only = false;
  std::string model;             // the model named in responses
};

// Fills *out from `body`. false with *error (status 400, param naming the
// field, or the byte offset of malformed JSON in the message).
bool ParseCompletionRequest(std::string_view body, const RequestContext& context,
                            CompletionRequest* out, ApiError* error);

// True for task names the rules loader may be asked for: 1-64 characters of
// [A-Za-z0-9_-] (no path separators, no dots).
bool IsValidTaskName(std::string_view task);

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_COMPLETION_REQUEST_H_
