// A Backend that POSTs to an OpenAI-compatible chat-completions endpoint
// (OpenAI, llama.cpp's server, vLLM, Ollama /v1, `stepcache sim-server`).
//
// Retries 429, 5xx, connection failures and timeouts with exponential backoff
// and jitter, honouring a Retry-After given in seconds (capped at
// BackendOptions::backoff_max_s); other 4xx are returned at once. The API key
// is read from the environment when the backend is opened and only ever put
// in the Authorization header. ChatRequest::timeout_s cuts each call's
// connect, read and write timeouts to the time left, and no retry (nor its
// backoff sleep) starts that could not finish within it. Forward sends a
// client's body as it is to a path under the base URL (the server's bypass),
// never retried once sent. Thread-safe: each call uses its own kept-alive
// connection from a pool.
#ifndef STEPCACHE_ENGINE_OPENAI_BACKEND_H_
#define STEPCACHE_ENGINE_OPENAI_BACKEND_H_

#include <memory>
#include <string>
#include <string_view>

#include "stepcache/engine/backend.h"

namespace stepcache::engine {

// `base_url`: scheme, host, optional port and path prefix, e.g.
// "http://127.0.0.1:8080/v1" or "https://api.openai.com/v1". Returns null and
// sets *error when it is not an http(s) URL.
std::unique_ptr<Backend> OpenOpenAIBackend(std::string_view base_url,
                                           const BackendOptions& options,
                                           std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_OPENAI_BACKEND_H_
