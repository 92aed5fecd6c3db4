// A Backend that runs an external program once per request: the request body
// (chat-completions JSON, as SerializeChatRequest writes it) goes to its stdin,
// and its stdout must be a chat.completion JSON body. The program is started
// with posix_spawn (no shell, no arguments, the caller's environment) and is
// killed when it runs past BackendOptions::read_timeout_s (or the request's
// ChatRequest::timeout_s, when smaller); ChatRequest::extra members are in the
// body like any other (a program ignores what it does not know). A non-zero exit is
// an error carrying the first line of its stderr. Output is capped at 16 MiB.
// Thread-safe: each call runs its own child.
#ifndef STEPCACHE_ENGINE_COMMAND_BACKEND_H_
#define STEPCACHE_ENGINE_COMMAND_BACKEND_H_

#include <memory>
#include <string>
#include <string_view>

#include "stepcache/engine/backend.h"

namespace stepcache::engine {

// Returns null and sets *error when `path` is empty. The program's existence
// is checked at each call (a missing program is kUnavailable).
std::unique_ptr<Backend> OpenCommandBackend(std::string_view path, const BackendOptions& options,
                                            std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_COMMAND_BACKEND_H_
