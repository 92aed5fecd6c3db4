// The pure parts of the HTTP front end: request bodies to engine Requests
// (what goes into the cache partition), Cache-Control, API key files,
// Bearer tokens and error bodies.
#include "stepcache/server/completion_request.h"

#include <gtest/gtest.h>

#include "stepcache/engine/signature.h"
#include "stepcache/server/api_error.h"
#include "stepcache/server/api_keys.h"
#include "stepcache/server/cache_control.h"

namespace stepcache::server {
namespace {

CompletionRequest Parse(const std::string& body, RequestContext context = {}) {
  CompletionRequest out;
  ApiError error;
  EXPECT_TRUE(ParseCompletionRequest(body, context, &out, &error)) << body << " -> " << error.message;
  return out;
}

ApiError Fail(const std::string& body, RequestContext context = {}) {
  CompletionRequest out;
  ApiError error;
  EXPECT_FALSE(ParseCompletionRequest(body, context, &out, &error)) << body;
  EXPECT_EQ(error.status, 400);
  return error;
}

// The legacy "functions" and "function_call" are what "tools" and
// "tool_choice" are: part of the partition, sent to the backend, and the
// answer never reused nor stored (they were ignored, and a forced function
// call was answered with a cached content answer).
TEST(CompletionRequestTest, LegacyFunctionsAreToolsAndNeverServedFromTheCache) {
  RequestContext context;
  context.header_task = "json_extract";
  CompletionRequest r = Parse(
      R"({"model":"m","messages":[{"role":"user","content":"Name and age: Mari Holm, 30"}],)"
      R"("functions":[{"name":"register","description":"Names in upper case."}],"function_call":{"name":"register"}})",
      context);
  EXPECT_TRUE(r.verify_only);
  EXPECT_EQ(r.request.params.extra.at("functions"), R"([{"description":"Names in upper case.","name":"register"}])");
  EXPECT_EQ(r.request.params.extra.at("function_call"), R"({"name":"register"})");
  const std::string plain = R"({"model":"m","messages":[{"role":"user","content":"Solve x + 1 = 2."}]})";
  EXPECT_FALSE(Parse(plain, context).verify_only);
  EXPECT_EQ(Fail(R"({"model":"m","messages":[{"role":"user","content":"x"}],"functions":{}})", context).param,
            "functions");
  EXPECT_EQ(Fail(R"({"model":"m","messages":[{"role":"user","content":"x"}],"function_call":3})", context).param,
            "function_call");
}

TEST(CompletionRequestTest, EveryParameterLandsInThePartition) {
  RequestContext context;
  context.tenant = "acme";
  context.namespace_name = "team-a";
  context.header_task = "linear_equation";
  CompletionRequest r = Parse(
      R"({"model":"m","messages":[{"role":"system","content":"Be brief."},)"
      R"({"role":"user","content":[{"type":"text","text":"Solve "},{"type":"text","text":"x + 1 = 2."}]}],)"
      R"("temperature":0.5,"top_p":0.9,"max_completion_tokens":99,"seed":7,"stop":"END",)"
      R"("presence_penalty":0.5,"frequency_penalty":-0.25,"logit_bias":{"50":1,"10":-1},)"
      R"("tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":"auto",)"
      R"("stream":true,"stream_options":{"include_usage":true},"n":1,"user":"ignored"})",
      context);
  EXPECT_FALSE(r.bypass);
  EXPECT_TRUE(r.stream);
  EXPECT_TRUE(r.include_usage);
  const engine::Request& q = r.request;
  EXPECT_EQ(q.tenant, "acme");
  EXPECT_EQ(q.task, "linear_equation");
  EXPECT_EQ(q.model, "m");
  EXPECT_EQ(q.prompt, "Be brief.\n\nSolve x + 1 = 2.") << "the system message opens the prompt";
  EXPECT_EQ(q.params.temperature, 0.5);
  EXPECT_EQ(q.params.top_p, 0.9);
  EXPECT_EQ(q.params.max_tokens, 99);
  EXPECT_EQ(q.params.seed, 7);
  EXPECT_EQ(q.params.stop, std::vector<std::string>{"END"});
  EXPECT_EQ(q.params.extra.at("presence_penalty"), "0.5");
  EXPECT_EQ(q.params.extra.at("frequency_penalty"), "-0.25");
  EXPECT_EQ(q.params.extra.at("logit_bias"), R"({"10":-1,"50":1})") << "canonical: key order does not matter";
  EXPECT_EQ(q.params.extra.count("tools"), 1u);
  EXPECT_EQ(q.params.extra.at("tool_choice"), R"("auto")");
  EXPECT_TRUE(r.verify_only) << "tools: verified, never reused nor stored";
  EXPECT_EQ(q.params.extra.at("stepcache.namespace"), "team-a");
  EXPECT_EQ(q.params.extra.count("stepcache.system"), 0u);
  EXPECT_EQ(q.params.extra.count("user"), 0u);
}

TEST(CompletionRequestTest, TaskComesFromTheBodyThenTheHeaderThenTheSchema) {
  RequestContext context;
  context.header_task = "linear_equation";
  EXPECT_EQ(Parse(R"({"messages":[{"role":"user","content":"a"}],"stepcache":{"task":"json_extract"}})", context)
                .request.task,
            "json_extract");
  EXPECT_EQ(Parse(R"({"messages":[{"role":"user","content":"a"}]})", context).request.task, "linear_equation");
  CompletionRequest schema = Parse(
      R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"json_schema",)"
      R"("json_schema":{"name":"p","strict":true,"schema":{"type":"object"}}}})");
  EXPECT_EQ(schema.request.task, "json_extract");
  EXPECT_EQ(schema.request.schema_json, R"({"type":"object"})");
  CompletionRequest plain = Parse(
      R"({"model":"m","messages":[{"role":"system","content":"s"},{"role":"user","content":"a"},)"
      R"({"role":"assistant","content":"b"},{"role":"user","content":"c"}],"max_tokens":5})");
  EXPECT_TRUE(plain.bypass) << "no task and no schema";
  ASSERT_EQ(plain.chat.messages.size(), 4u);
  EXPECT_EQ(plain.chat.max_tokens, 5);
  EXPECT_EQ(plain.chat.model, "m");
  RequestContext defaults;
  defaults.default_model = "dflt";
  EXPECT_EQ(Parse(R"({"messages":[{"role":"user","content":"a"}]})", defaults).model, "dflt");
}

TEST(CompletionRequestTest, TheJsonSchemaDescriptionBecomesTheSchemasOwn) {
  CompletionRequest r = Parse(
      R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"json_schema",)"
      R"("json_schema":{"name":"p","description":"The buyer, not the seller.",)"
      R"("schema":{"type":"object","description":"One party.","properties":{"n":{"type":"string"}}}}}})");
  EXPECT_EQ(r.request.schema_json,
            R"({"type":"object","properties":{"n":{"type":"string"}},"description":"The buyer, not the seller.\nOne party."})");
  EXPECT_EQ(r.chat.response_format.schema, r.request.schema_json) << "the model sees it too";
  Fail(R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"json_schema",)"
       R"("json_schema":{"name":"p","description":7,"schema":{"type":"object"}}}})");
}

TEST(CompletionRequestTest, ARawBypassLeavesWhatOnlyTheCachedPathRefusesToTheBackend) {
  const std::string agent =
      R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":null,"tool_calls":[]},)"
      R"({"role":"tool","tool_call_id":"c","content":[{"type":"image_url","image_url":{"url":"x"}}]}],)"
      R"("n":3,"logprobs":true,"top_logprobs":2})";
  RequestContext raw;
  raw.raw_bypass = true;
  CompletionRequest r = Parse(agent, raw);
  EXPECT_TRUE(r.bypass);
  EXPECT_EQ(Fail(agent).param, "n") << "converted bypass still refuses n > 1";
  // With a task the same body is refused even when the backend forwards.
  raw.header_task = "linear_equation";
  EXPECT_EQ(Fail(agent, raw).param, "n");
  // Malformed values are refused on every path.
  raw.header_task.clear();
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"temperature":"hot"})", raw).param, "temperature");
}

TEST(CompletionRequestTest, DifferentParametersGiveDifferentPartitions) {
  RequestContext context;
  context.header_task = "linear_equation";
  const std::string base = R"({"messages":[{"role":"user","content":"Solve for x: x + 1 = 2."}])";
  auto key = [&](const std::string& extra, RequestContext c) {
    return engine::PartitionKey(Parse(base + extra + "}", c).request);
  };
  const auto plain = key("", context);
  EXPECT_EQ(plain, key(R"(,"n":1,"user":"u")", context));
  for (const char* extra : {R"(,"temperature":0.1)", R"(,"seed":1)", R"(,"frequency_penalty":1)",
                            R"(,"response_format":{"type":"json_object"})", R"(,"parallel_tool_calls":false)",
                            R"(,"model":"x")"}) {
    EXPECT_NE(plain, key(extra, context)) << extra;
  }
  RequestContext other = context;
  other.tenant = "other";
  EXPECT_NE(plain, key("", other));
  other = context;
  other.namespace_name = "ns";
  EXPECT_NE(plain, key("", other));
}

TEST(CompletionRequestTest, ErrorsNameTheField) {
  EXPECT_EQ(Fail("[]").param, "");
  ApiError json = Fail(R"({"messages": [)");
  EXPECT_NE(json.message.find("at byte"), std::string::npos) << json.message;
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user"}]})").param, "messages[0].content");
  EXPECT_EQ(Fail(R"({"messages":[{"content":"a"}]})").param, "messages[0].role");
  EXPECT_EQ(Fail(R"({"messages":[]})").param, "messages");
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"top_p":2})").param, "top_p");
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"seed":"x"})").param, "seed");
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"logprobs":true})").param, "logprobs");
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"stream_options":{"include_usage":1}})").param,
            "stream_options.include_usage");
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"xml"}})").param,
            "response_format.type");
  RequestContext bad_task;
  bad_task.header_task = "a/b";
  EXPECT_EQ(Fail(R"({"messages":[{"role":"user","content":"a"}]})", bad_task).param, "X-StepCache-Task");
  std::string deep = R"({"messages":)" + std::string(100, '[') + std::string(100, ']') + "}";
  Fail(deep);
  RequestContext small;
  small.max_bytes = 16;
  Fail(R"({"messages":[{"role":"user","content":"a"}]})", small);
  EXPECT_TRUE(IsValidTaskName("json_extract"));
  EXPECT_FALSE(IsValidTaskName("../x"));
  EXPECT_FALSE(IsValidTaskName(""));
}

TEST(CacheControlTest, Directives) {
  CacheControl none = ParseCacheControl("");
  EXPECT_FALSE(none.no_cache);
  EXPECT_FALSE(none.no_store);
  EXPECT_EQ(none.max_age_seconds, -1);
  CacheControl all = ParseCacheControl(" No-Cache ,no-store, max-age=30, private");
  EXPECT_TRUE(all.no_cache);
  EXPECT_TRUE(all.no_store);
  EXPECT_EQ(all.max_age_seconds, 30);
  EXPECT_EQ(ParseCacheControl("max-age=\"5\"").max_age_seconds, 5);
  EXPECT_EQ(ParseCacheControl("max-age=-1").max_age_seconds, -1);
  EXPECT_EQ(ParseCacheControl("max-age=abc").max_age_seconds, -1);
  EXPECT_GT(ParseCacheControl("max-age=99999999999999999999999").max_age_seconds, 1'000'000'000);
}

TEST(ApiKeysTest, FileFormat) {
  std::string error;
  auto keys = ApiKeys::Parse("# comment\n\n  sk-a   alpha\r\nsk-b\tbeta  \n", &error);
  ASSERT_TRUE(keys) << error;
  EXPECT_EQ(keys->size(), 2u);
  EXPECT_EQ(*keys->Tenant("sk-a"), "alpha");
  EXPECT_EQ(*keys->Tenant("sk-b"), "beta");
  EXPECT_EQ(keys->Tenant("sk-c"), nullptr);
  EXPECT_EQ(keys->Tenant(""), nullptr);
  EXPECT_FALSE(ApiKeys::Parse("sk-a\n", &error));
  EXPECT_EQ(error, "line 1: expected `KEY TENANT`");
  EXPECT_FALSE(ApiKeys::Parse("sk-a alpha\nsk-a beta\n", &error));
  EXPECT_EQ(error, "line 2: this key is listed twice");
  EXPECT_FALSE(ApiKeys::Parse("sk-a al/pha\n", &error));
  EXPECT_FALSE(ApiKeys::Parse("sk-a alpha extra\n", &error));
  EXPECT_FALSE(ApiKeys::Parse("# nothing\n", &error));
  EXPECT_EQ(BearerToken("Bearer sk-a"), "sk-a");
  EXPECT_EQ(BearerToken("bearer   sk-a "), "sk-a");
  EXPECT_EQ(BearerToken("Basic abc"), "");
  EXPECT_EQ(BearerToken("Bearer"), "");
}

TEST(ApiErrorTest, OpenAIShape) {
  EXPECT_EQ(ApiErrorBody(BadRequest("messages: missing", "messages", "missing_field")),
            R"j({"error":{"message":"messages: missing (at /messages)","type":"invalid_request_error","param":"messages","code":"missing_field"}})j");
  // The place as a JSON Pointer beside OpenAI's dotted param; none for a
  // header or no param.
  EXPECT_EQ(BadRequest("x", "messages[0].content").message, "x (at /messages/0/content)");
  EXPECT_EQ(BadRequest("x", "response_format.json_schema.schema").message,
            "x (at /response_format/json_schema/schema)");
  EXPECT_EQ(BadRequest("x", "stop[2]").message, "x (at /stop/2)");
  EXPECT_EQ(BadRequest("x", "X-StepCache-Task").message, "x");
  EXPECT_EQ(BadRequest("x", "").message, "x");
  ApiError e;
  e.status = 500;
  e.message = "x";
  e.type = "server_error";
  EXPECT_EQ(ApiErrorBody(e), R"({"error":{"message":"x","type":"server_error","param":null,"code":null}})");
}

}  // namespace
}  // namespace stepcache::server
