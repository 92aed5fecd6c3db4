// A StepCache request: who asks (tenant), what task, which model with which
// sampling parameters, the prompt, and the response schema if any.
//
// Everything in a Request except `id` can change the answer a model gives, so
// everything except `id` takes part in the cache key (see signature.h).
// Value types; the functions are pure and thread-safe.
#ifndef STEPCACHE_ENGINE_REQUEST_H_
#define STEPCACHE_ENGINE_REQUEST_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepcache::engine {

struct SamplingParams {
  double temperature = 0.0;
  double top_p = 1.0;
  int max_tokens = 256;
  std::optional<std::int64_t> seed;
  std::vector<std::string> stop;  // order matters to the key: stop lists are hashed as given
  // Any other parameter a backend understands (e.g. "presence_penalty" ->
  // "0.5", "frequency_penalty", "logit_bias" as JSON text). Free-form: values
  // are compared byte for byte, so "0.5" and "0.50" are different keys.
  std::map<std::string, std::string> extra;
};

struct Request {
  std::string id;           // caller's label for logs; NOT part of any key
  std::string tenant;       // isolation domain; empty means "default"
  std::string task;         // names a rules file, e.g. "linear_equation"
  std::string model;
  std::string prompt;
  std::string schema_json;  // response JSON Schema as text; empty: none
  SamplingParams params;
};

// The tenant a request belongs to: `request.tenant`, or "default" if empty.
std::string_view EffectiveTenant(const Request& request);

// Serialises `params` as one compact JSON object
//   {"temperature":0,"top_p":1,"max_tokens":256,"seed":42,"stop":[..],"extra":{..}}
// ("seed" only when set). Doubles round-trip exactly (17 significant digits).
std::string ParamsToJson(const SamplingParams& params);

// Parses what ParamsToJson wrote (missing members keep their defaults).
// Returns false and sets *error (if given) to a one-line message naming the
// member or byte offset when `json` is not such an object.
bool ParamsFromJson(std::string_view json, SamplingParams* params, std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_REQUEST_H_
