#include "stepcache/engine/chat.h"

#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

ChatRequest SampleRequest() {
  ChatRequest r;
  r.model = "qwen2.5-7b";
  r.messages = {{"system", "Answer with JSON."}, {"user", "Name: Ann \"A\"\nAge: 3\n\u00e9"}};
  r.max_tokens = 256;
  r.temperature = 0.0;
  r.top_p = 0.9;
  r.seed = 42;
  r.stop = {"\n\n", "END"};
  r.response_format.type = ResponseFormat::Type::kJsonSchema;
  r.response_format.name = "person record";
  r.response_format.schema = R"({"type":"object","properties":{"z":{"type":"string"},"a":{"type":"integer"}}})";
  return r;
}

TEST(Chat, RequestHasTheOpenAIShape) {
  std::string body, error;
  ASSERT_TRUE(SerializeChatRequest(SampleRequest(), &body, &error)) << error;
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(body, doc));
  EXPECT_STREQ(doc["model"].GetString(), "qwen2.5-7b");
  EXPECT_EQ(doc["messages"].Size(), 2u);
  EXPECT_STREQ(doc["messages"][1]["role"].GetString(), "user");
  EXPECT_EQ(doc["max_tokens"].GetInt(), 256);
  EXPECT_FALSE(doc.HasMember("max_completion_tokens"));
  EXPECT_EQ(doc["seed"].GetInt64(), 42);
  EXPECT_FALSE(doc["stream"].GetBool());
  const rapidjson::Value& rf = doc["response_format"];
  EXPECT_STREQ(rf["type"].GetString(), "json_schema");
  // Nested form: llama.cpp ignores a flat response_format.schema.
  EXPECT_FALSE(rf.HasMember("schema"));
  EXPECT_STREQ(rf["json_schema"]["name"].GetString(), "person_record");
  EXPECT_TRUE(rf["json_schema"]["strict"].GetBool());
  // The schema is embedded as JSON, member order kept.
  const rapidjson::Value& props = rf["json_schema"]["schema"]["properties"];
  EXPECT_STREQ(props.MemberBegin()->name.GetString(), "z");
}

TEST(Chat, ExtraMembersAreWrittenLastVerbatimAndInOrder) {
  ChatRequest r;
  r.model = "m";
  r.messages = {{"user", "hi"}};
  r.extra = {{"tools", R"([{"type":"function","function":{"name":"f","parameters":{"z":1,"a":2}}}])"},
             {"presence_penalty", "0.50"},
             {"tool_choice", R"("auto")"},
             {"stream", "true"},  // a member the serializer writes itself: never overridden
             {"logit_bias", R"({"50256":-100})"}};
  r.timeout_s = 3;  // not a wire member
  std::string body, error;
  ASSERT_TRUE(SerializeChatRequest(r, &body, &error)) << error;
  EXPECT_NE(body.find(R"("stream":false,"tools":[{"type":"function","function":{"name":"f","parameters":{"z":1,"a":2}}}],)"
                      R"("presence_penalty":0.50,"tool_choice":"auto","logit_bias":{"50256":-100}})"),
            std::string::npos)
      << body;
  EXPECT_EQ(body.find("stream\":true"), std::string::npos);
  EXPECT_EQ(body.find("timeout"), std::string::npos) << body;
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(body, doc)) << body;
  EXPECT_FALSE(doc["stream"].GetBool());

  // Parsed back: the extra members in body order, "stream" not among them.
  ChatRequest back;
  ASSERT_TRUE(ParseChatRequest(body, &back, &error)) << error;
  ASSERT_EQ(back.extra.size(), 4u);
  EXPECT_EQ(back.extra[0].first, "tools");
  EXPECT_EQ(back.extra[1], (std::pair<std::string, std::string>{"presence_penalty", "0.5"}));
  EXPECT_EQ(back.extra[2].second, R"("auto")");
  EXPECT_EQ(back.extra[3].first, "logit_bias");

  r.extra = {{"logit_bias", "{\"1\": "}};
  EXPECT_FALSE(SerializeChatRequest(r, &body, &error));
  EXPECT_NE(error.find("logit_bias"), std::string::npos) << error;
  r.extra = {{"user", "\"a\" \"b\""}};  // two values
  EXPECT_FALSE(SerializeChatRequest(r, &body, &error));
}

TEST(Chat, OptionalFieldsAreOmitted) {
  ChatRequest r;
  r.model = "m";
  r.messages = {{"user", "hi"}};
  std::string body, error;
  ASSERT_TRUE(SerializeChatRequest(r, &body, &error));
  EXPECT_EQ(body, R"({"model":"m","messages":[{"role":"user","content":"hi"}],"stream":false})");
  r.response_format.type = ResponseFormat::Type::kJsonObject;
  ASSERT_TRUE(SerializeChatRequest(r, &body, &error));
  EXPECT_NE(body.find(R"("response_format":{"type":"json_object"})"), std::string::npos);
}

TEST(Chat, InvalidSchemaIsRefusedWithOffset) {
  ChatRequest r = SampleRequest();
  r.response_format.schema = R"({"type": )";
  std::string body, error;
  EXPECT_FALSE(SerializeChatRequest(r, &body, &error));
  EXPECT_NE(error.find("response_format.schema"), std::string::npos);
  EXPECT_NE(error.find("at byte"), std::string::npos);
}

TEST(Chat, RequestRoundTrips) {
  const ChatRequest original = SampleRequest();
  std::string body, error;
  ASSERT_TRUE(SerializeChatRequest(original, &body, &error));
  ChatRequest parsed;
  ASSERT_TRUE(ParseChatRequest(body, &parsed, &error)) << error;
  EXPECT_EQ(parsed.model, original.model);
  ASSERT_EQ(parsed.messages.size(), 2u);
  EXPECT_EQ(parsed.messages[1].content, original.messages[1].content);
  EXPECT_EQ(parsed.max_tokens, 256);
  EXPECT_EQ(parsed.temperature, 0.0);
  EXPECT_EQ(parsed.top_p, 0.9);
  EXPECT_EQ(parsed.seed, 42);
  EXPECT_EQ(parsed.stop, original.stop);
  EXPECT_EQ(parsed.response_format.type, ResponseFormat::Type::kJsonSchema);
  EXPECT_EQ(parsed.response_format.name, "person_record");
  EXPECT_EQ(parsed.response_format.schema, original.response_format.schema);
  std::string again;
  ASSERT_TRUE(SerializeChatRequest(parsed, &again, &error));
  EXPECT_EQ(again, body);
}

TEST(Chat, RequestErrorsNameThePointer) {
  ChatRequest r;
  std::string error;
  EXPECT_FALSE(ParseChatRequest(R"({"messages": [{"role": "user", "content": 5}]})", &r, &error));
  EXPECT_EQ(error.rfind("/messages/0/content:", 0), 0u) << error;
  EXPECT_FALSE(ParseChatRequest(R"({"model": "m"})", &r, &error));
  EXPECT_EQ(error, "/messages: missing");
  EXPECT_FALSE(ParseChatRequest(R"({"messages": [], "response_format": {"type": "json_schema"}})", &r,
                                &error));
  EXPECT_EQ(error.rfind("/response_format/schema", 0), 0u) << error;
  EXPECT_FALSE(ParseChatRequest("[", &r, &error));
  EXPECT_EQ(error.rfind("invalid JSON", 0), 0u);
}

TEST(Chat, SchemaNamesAreSanitised) {
  EXPECT_EQ(SanitizeSchemaName("answer"), "answer");
  EXPECT_EQ(SanitizeSchemaName("my schema/v1.json"), "my_schema_v1_json");
  EXPECT_EQ(SanitizeSchemaName(""), "answer");
  EXPECT_EQ(SanitizeSchemaName("A-b_9"), "A-b_9");
  EXPECT_EQ(SanitizeSchemaName(std::string(100, 'x')).size(), 64u);
  EXPECT_EQ(SanitizeSchemaName("\xc3\xa9t\xc3\xa9"), "__t__");
}

TEST(Chat, ParsesAServerResponse) {
  ChatResponse r;
  std::string error;
  const char* body = R"({"id": "chatcmpl-1", "object": "chat.completion", "created": 1709726488,
    "model": "llama", "choices": [{"index": 0, "message": {"role": "assistant", "content": "x = 5"},
    "finish_reason": "length"}], "usage": {"prompt_tokens": 229, "completion_tokens": 20, "total_tokens": 249}})";
  ASSERT_EQ(ParseChatResponse(body, &r, &error), ChatParseStatus::kOk) << error;
  EXPECT_EQ(r.content, "x = 5");
  EXPECT_EQ(r.model, "llama");
  EXPECT_TRUE(r.truncated());
  EXPECT_TRUE(r.usage.from_server);
  EXPECT_EQ(r.usage.prompt_tokens, 229);
  EXPECT_EQ(r.usage.total_tokens, 249);
}

TEST(Chat, ResponseRoundTrips) {
  ChatResponse r;
  r.content = "{\"a\": 1}\n";
  r.finish_reason = "stop";
  r.model = "stepcache-sim";
  r.usage = {10, 3, 13, true};
  ChatResponse parsed;
  std::string error;
  ASSERT_EQ(ParseChatResponse(SerializeChatResponse(r, "chatcmpl-7", 5), &parsed, &error),
            ChatParseStatus::kOk);
  EXPECT_EQ(parsed.content, r.content);
  EXPECT_EQ(parsed.finish_reason, "stop");
  EXPECT_EQ(parsed.model, r.model);
  EXPECT_EQ(parsed.usage.completion_tokens, 3);
  EXPECT_TRUE(parsed.usage.from_server);
}

TEST(Chat, MissingUsageIsEstimated) {
  ChatResponse r;
  std::string error;
  ASSERT_EQ(ParseChatResponse(R"({"choices": [{"message": {"content": "12345678"}}]})", &r, &error),
            ChatParseStatus::kOk);
  EXPECT_FALSE(r.usage.from_server);
  ChatRequest q;
  q.messages = {{"user", "abcdefghi"}};  // 9 bytes: 3 tokens, +4 per message, +3
  EstimateUsageIfMissing(q, &r);
  EXPECT_EQ(r.usage.prompt_tokens, 10);
  EXPECT_EQ(r.usage.completion_tokens, 2);
  EXPECT_EQ(r.usage.total_tokens, 12);
  EXPECT_EQ(EstimateTokens(""), 0);
  EXPECT_EQ(EstimateTokens("a"), 1);
  EXPECT_EQ(EstimateTokens("abcd"), 1);
  EXPECT_EQ(EstimateTokens("abcde"), 2);
}

TEST(Chat, ContentPartsNullAndErrors) {
  ChatResponse r;
  std::string error;
  ASSERT_EQ(ParseChatResponse(
                R"({"choices": [{"message": {"content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}}]})",
                &r, &error),
            ChatParseStatus::kOk);
  EXPECT_EQ(r.content, "ab");
  ASSERT_EQ(ParseChatResponse(R"({"choices": [{"message": {"content": null, "tool_calls": []}}]})", &r,
                              &error),
            ChatParseStatus::kOk);
  EXPECT_EQ(r.content, "");

  const std::pair<const char*, const char*> cases[] = {
      {R"({"choices": [{"message": {"content": 7}}]})", "/choices/0/message/content: expected"},
      {R"({"choices": null})", "/choices: expected an array, got null"},
      {R"({"choices": []})", "/choices: empty"},
      {R"({"object": "chat.completion"})", "/choices: missing"},
      {R"({"choices": [{"message": {"content": "a"}, "finish_reason": 3}]})", "/choices/0/finish_reason"},
      {R"({"choices": [{"message": {"content": "a"}}], "usage": {"prompt_tokens": -1}})",
       "/usage/prompt_tokens"},
      {"<html>502 Bad Gateway</html>", "invalid JSON: "},
      {"[1, 2]", ": expected an object, got array"},
  };
  for (const auto& [body, expected] : cases) {
    EXPECT_EQ(ParseChatResponse(body, &r, &error), ChatParseStatus::kMalformed) << body;
    EXPECT_NE(error.find(expected), std::string::npos) << body << " -> " << error;
  }
  EXPECT_EQ(ParseChatResponse(R"({"error": {"message": "model not found", "type": "invalid_request_error"}})",
                              &r, &error),
            ChatParseStatus::kErrorObject);
  EXPECT_EQ(error, "server error: model not found (type invalid_request_error)");
}

TEST(Chat, DeepNestingIsACleanError) {
  ChatResponse r;
  std::string error;
  const std::string deep = "{\"choices\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(ParseChatResponse(deep, &r, &error), ChatParseStatus::kMalformed);
  EXPECT_NE(error.find("nesting"), std::string::npos) << error;
}

}  // namespace
}  // namespace stepcache::engine
