// Builds the chat-completions requests the engine sends: a full generation,
// a JSON region request (only the failing members, with a response_format
// schema covering just them), a continuation of a verified step prefix, and
// a one-shot repair. Every request repeats the original user prompt verbatim
// so any OpenAI-compatible model can answer it, and carries every
// SamplingParams::extra entry not named "stepcache.*" as a ChatRequest::extra
// member (extra["stepcache.response_format"] = "json_object" without a schema
// becomes response_format json_object). Pure functions.
#ifndef STEPCACHE_ENGINE_SRC_REQUESTS_H_
#define STEPCACHE_ENGINE_SRC_REQUESTS_H_

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/engine/chat.h"
#include "stepcache/engine/request.h"

namespace stepcache::engine {

// The request a plain serving stack would send (also the baseline's).
ChatRequest FullRequest(const Request& request);

// Only `members` of the object the request's schema describes. `schema` is
// the parsed request schema; the region schema keeps its `properties`
// entries for those members (and the root's $defs/definitions so local
// $refs still resolve), requires all of them and forbids any other.
// `problem`, when not empty, says what was wrong with the previous attempt:
// it helps a real model, and it makes a retry a different request for a
// deterministic one (which answers the same request the same way).
ChatRequest JsonRegionRequest(const Request& request, const rapidjson::Value& schema,
                              const std::vector<std::string>& members,
                              const std::string& problem = "");

// Continue a step-by-step answer after a verified prefix (one step per line).
ChatRequest ContinuationRequest(const Request& request, const std::string& verified_prefix,
                                const std::string& problem = "");

// Ask once more for the whole answer, naming what was wrong with the last one.
ChatRequest RepairRequest(const Request& request, const std::string& previous_answer,
                          const std::string& problem);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SRC_REQUESTS_H_
