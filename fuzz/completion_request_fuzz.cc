// The HTTP front end's parsers of untrusted bytes: chat-completions request
// bodies (ParseCompletionRequest), Cache-Control headers, API key files and
// Authorization headers. None may crash; a rejected body is a 400 with a
// message; an accepted one names a valid task or is a bypass.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stepcache/server/api_keys.h"
#include "stepcache/server/cache_control.h"
#include "stepcache/server/completion_request.h"

using namespace stepcache::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  RequestContext context;
  context.max_bytes = 1 << 16;
  CompletionRequest out;
  ApiError error;
  if (ParseCompletionRequest(bytes, context, &out, &error)) {
    if (!out.bypass && !IsValidTaskName(out.request.task)) std::abort();
    if (out.bypass && out.chat.messages.empty()) std::abort();
  } else if (error.status != 400 || error.message.empty()) {
    std::abort();
  }
  // A raw bypass (the backend forwards bodies) accepts at least what the
  // converted path does, and only ever more on the bypass path.
  RequestContext raw = context;
  raw.raw_bypass = true;
  const bool converted_ok = ParseCompletionRequest(bytes, context, &out, &error);
  const bool raw_ok = ParseCompletionRequest(bytes, raw, &out, &error);
  if (converted_ok && !raw_ok) std::abort();
  if (raw_ok && !converted_ok && !out.bypass) std::abort();
  if (!raw_ok && (error.status != 400 || error.message.empty())) std::abort();
  context.header_task = "json_extract";
  if (ParseCompletionRequest(bytes, context, &out, &error) && out.bypass) std::abort();

  const CacheControl cc = ParseCacheControl(bytes);
  if (cc.max_age_seconds < -1) std::abort();
  std::string key_error;
  if (auto keys = ApiKeys::Parse(bytes, &key_error)) {
    if (keys->size() == 0) std::abort();
  } else if (key_error.empty()) {
    std::abort();
  }
  (void)BearerToken(bytes);
  return 0;
}
