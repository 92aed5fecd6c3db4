// Chat-completions bodies from arbitrary bytes: ParseChatResponse and
// ParseChatRequest never crash, fail with a message, and what they accept
// survives a serialise/parse round trip. Accepted requests are also answered
// by the simulated model, which reads the same untrusted prompt text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stepcache/engine/chat.h"
#include "stepcache/engine/sim_backend.h"

using namespace stepcache::engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  std::string error;

  ChatResponse response;
  const ChatParseStatus status = ParseChatResponse(body, &response, &error);
  if (status != ChatParseStatus::kOk) {
    if (error.empty()) std::abort();
  } else {
    ChatResponse again;
    if (ParseChatResponse(SerializeChatResponse(response, "id", 0), &again, &error) !=
            ChatParseStatus::kOk ||
        again.content != response.content || again.model != response.model) {
      std::abort();
    }
  }

  ChatRequest request;
  if (!ParseChatRequest(body, &request, &error)) {
    if (error.empty()) std::abort();
    return 0;
  }
  std::string first, second;
  if (!SerializeChatRequest(request, &first, &error)) std::abort();
  ChatRequest reparsed;
  if (!ParseChatRequest(first, &reparsed, &error)) std::abort();
  if (!SerializeChatRequest(reparsed, &second, &error) || first != second) std::abort();
  SimOptions sim;
  for (double rate : {0.0, 1.0}) {
    sim.error_rate = rate;
    sim.whole_object_rate = rate;
    const ChatResponse answer = SimulateCompletion(sim, request);
    if (!answer.simulated || answer.latency_s < 0) std::abort();
  }
  return 0;
}
