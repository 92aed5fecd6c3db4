// OpenAI chat-completions requests and responses: the one wire format every
// StepCache backend speaks (HTTP servers, external commands, the simulated
// model), plus the token estimator used wherever a server reports no usage.
//
// All task information travels in the messages (and the response schema), so a
// real server receives exactly what the simulated model reads. Value types;
// the functions are pure and thread-safe.
#ifndef STEPCACHE_ENGINE_CHAT_H_
#define STEPCACHE_ENGINE_CHAT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stepcache::engine {

struct ChatMessage {
  std::string role;     // "system", "user", "assistant"
  std::string content;
};

// How the answer must be shaped. kJsonSchema is sent in the nested OpenAI form
// response_format.json_schema.{name, schema, strict}: llama.cpp silently
// ignores the flat form (see REFERENCE.md).
struct ResponseFormat {
  enum class Type { kNone, kJsonObject, kJsonSchema };
  Type type = Type::kNone;
  std::string name = "answer";  // sanitised on the wire, see SanitizeSchemaName
  std::string schema;           // JSON text of the schema (kJsonSchema only)
  bool strict = true;
};

struct ChatRequest {
  std::string model;                    // empty: the backend's default model
  std::vector<ChatMessage> messages;
  int max_tokens = 0;                   // 0: not sent (server default)
  std::optional<double> temperature;
  std::optional<double> top_p;
  std::optional<std::int64_t> seed;     // sent only when set (best effort)
  std::vector<std::string> stop;
  ResponseFormat response_format;
  // Further top-level members, in order: name -> the member's JSON text,
  // written verbatim (e.g. {"presence_penalty", "0.5"}, {"tools", "[...]"},
  // {"tool_choice", "\"auto\""}). SerializeChatRequest checks that each value
  // is one JSON value and skips a name it writes itself (model, messages,
  // max_tokens, temperature, top_p, seed, stop, stream, response_format), so
  // an extra member can never override those.
  std::vector<std::pair<std::string, std::string>> extra;
  // Seconds this call may take in all (connect, send, wait, retries and their
  // backoff), e.g. what is left of the caller's deadline. Not sent; unset:
  // the backend's own timeouts (BackendOptions) apply. A backend never waits
  // longer than the smaller of the two.
  std::optional<double> timeout_s;
};

struct Usage {
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::int64_t total_tokens = 0;
  // True when the numbers came from the server's `usage`, false when they were
  // estimated with EstimatePromptTokens / EstimateTokens.
  bool from_server = false;
};

struct ChatResponse {
  std::string content;
  std::string finish_reason;  // "stop", "length", ... ("" if the server gave none)
  Usage usage;
  // Time the backend took: wall-clock seconds (all attempts) for HTTP and
  // command backends; VIRTUAL seconds for the simulated model, which computes
  // the time a real model would have taken instead of spending it.
  double latency_s = 0;
  bool simulated = false;     // produced by the simulated model, not a real one
  std::string model;          // the model id the server reported
  int attempts = 1;           // HTTP attempts made (1 + retries used)

  // finish_reason "length": the output may be cut short.
  bool truncated() const { return finish_reason == "length"; }
};

// The documented token estimator, shared by the baseline and StepCache so both
// count the same way when a server reports no usage: ceil(bytes / 4), the usual
// rule of thumb for English text with BPE tokenizers. 0 for empty text.
std::int64_t EstimateTokens(std::string_view text);

// Prompt tokens of a request by the same rule: for each message,
// EstimateTokens(content) + 4 (role and chat-template delimiters, as OpenAI's
// own counting guide does), plus 3 for the reply primer. The response schema is
// not counted: servers enforce it with a grammar, not in the prompt.
std::int64_t EstimatePromptTokens(const ChatRequest& request);

// Fills response->usage from the estimators (from_server = false) unless it
// already came from the server.
void EstimateUsageIfMissing(const ChatRequest& request, ChatResponse* response);

// Maps `name` onto what OpenAI accepts for json_schema.name: [A-Za-z0-9_-],
// 1 to 64 characters. Other bytes become '_'; empty input gives "answer".
std::string SanitizeSchemaName(std::string_view name);

// Serialises `request` as a chat-completions request body ("stream": false),
// the `extra` members last, in their order, byte for byte. Returns false and
// sets *error when response_format.schema or an extra value is not valid JSON.
bool SerializeChatRequest(const ChatRequest& request, std::string* body,
                          std::string* error);

// Parses a chat-completions request body (what SerializeChatRequest writes and
// what OpenAI clients send). Other top-level members except "stream" and
// "stream_options" are kept in `extra` (their compact JSON text, in body
// order), so what SerializeChatRequest wrote parses back. On failure returns
// false with *error naming the JSON Pointer or byte offset that is wrong.
bool ParseChatRequest(std::string_view body, ChatRequest* request, std::string* error);

// Serialises a response in the chat.completion shape, with `usage`.
// `id` becomes the "id" member; `created` the Unix time.
std::string SerializeChatResponse(const ChatResponse& response, std::string_view id,
                                  std::int64_t created);

// What ParseChatResponse found.
enum class ChatParseStatus {
  kOk,
  kMalformed,    // not JSON, or not the chat.completion shape
  kErrorObject,  // a well-formed {"error": {...}} body
};

// Parses a chat.completion body from untrusted bytes. Takes choices[0]; its
// message.content may be a string, null (empty), or an array of
// {"type": "text", "text": ...} parts (concatenated). `usage` is optional
// (from_server records whether it was there). On anything but kOk, *error says
// what is wrong and where ("/choices/0/message/content: expected a string",
// "invalid JSON: ... at byte 12", or the server's error message). Never
// crashes; nesting deeper than 64 levels is rejected.
ChatParseStatus ParseChatResponse(std::string_view body, ChatResponse* response,
                                  std::string* error);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_CHAT_H_
