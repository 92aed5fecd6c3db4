// The JSON forms of the engine's inputs and outputs: a request as one
// workload line, engine options as one object, and a response as the result
// line `stepcache run` prints. The C API (stepcache/c.h) and the CLI speak
// exactly these forms, so a caller in any language sees the same contract.
//
// Pure functions over value types; thread-safe.
#ifndef STEPCACHE_ENGINE_JSON_IO_H_
#define STEPCACHE_ENGINE_JSON_IO_H_

#include <string>
#include <string_view>

#include "stepcache/engine/engine.h"
#include "stepcache/engine/request.h"

namespace stepcache::engine {

// Parses a request given as one workload line (DESIGN.md's workload format):
//   {"task": "json_extract", "prompt": "...",            required strings
//    "schema": {...} | true | false,                       optional JSON Schema
//    "tenant": "...", "model": "...", "id": "...",         optional strings
//    "params": {"temperature", "top_p", "max_tokens",      optional, the form of
//               "seed", "stop", "extra"}}                  ParamsToJson
// Other members ("expect" and the benchmark's metadata among them) are
// ignored, so a whole workload line can be passed as is; the engine never
// reads ground truth. False with *error naming the member at fault as a JSON
// Pointer, or the byte offset of malformed JSON or invalid UTF-8.
bool RequestFromJson(std::string_view json, Request* request, std::string* error);

// Parses engine options:
//   {"backend": "sim" | "sim:k=v,..." | "openai:URL" | "command:PATH",
//    "store": "memory" | "sqlite:PATH",
//    "rules_dir": "DIR",            (alias "rules") rules searched before the built-ins
//    "model": "name",               default model for requests that name none
//    "enable_cache": true,          false: verify-only, nothing stored or reused
//    "capacity": 100000,            live entries, 0 = unlimited
//    "ttl": 0,                      (alias "ttl_seconds") seconds, 0 = never expire
//    "similarity_threshold": 0.5,   in [0, 1]
//    "sqlite_full_sync": false,
//    "timeout": 120, "connect_timeout": 5,   backend seconds, > 0
//    "retries": 3,                  backend retries on 429/5xx/connection errors
//    "seed": 42, "realtime": false, "time_scale": 1.0,   the simulated model
//    "api_key_env": "OPENAI_API_KEY"}
// Every member is optional; members left out keep Options' defaults.
// Unknown members are errors, so a misspelt option never silently falls back
// to a default. False with *error naming the member (JSON Pointer).
bool OptionsFromJson(std::string_view json, Options* options, std::string* error);

// One compact JSON line describing `response`:
//   {"id", "ok", "path", "output" (null when !ok), "error" (only when !ok),
//    "latency_s", "engine_s", "backend_s", "prompt_tokens",
//    "completion_tokens", "reused_tokens", "attempts", "fallback",
//    "simulated", "reason"}
// "id" is written only when `id` is non-empty.
std::string ResponseToJson(const Response& response, std::string_view id);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_JSON_IO_H_
