#include "requests.h"

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

constexpr const char* kSystem =
    "You are a precise assistant. Follow the user's instructions exactly.";

constexpr const char* kPrivatePrefix = "stepcache.";
constexpr const char* kResponseFormatKey = "stepcache.response_format";

ChatRequest Base(const Request& request) {
  ChatRequest chat;
  chat.model = request.model;
  chat.max_tokens = request.params.max_tokens;
  chat.temperature = request.params.temperature;
  if (request.params.top_p != 1.0) chat.top_p = request.params.top_p;
  chat.seed = request.params.seed;
  chat.stop = request.params.stop;
  chat.messages.push_back({"system", kSystem});
  chat.messages.push_back({"user", request.prompt});
  // Every other parameter the caller gave reaches the backend (penalties,
  // logit_bias, tools, ...); "stepcache.*" keys are the front end's own.
  for (const auto& [name, value] : request.params.extra) {
    if (name.rfind(kPrivatePrefix, 0) == 0) continue;
    chat.extra.emplace_back(name, value);
  }
  // json_object mode without a schema (a schema, when there is one, is the
  // stricter form and is what SetSchema sends).
  auto mode = request.params.extra.find(kResponseFormatKey);
  if (mode != request.params.extra.end() && mode->second == "json_object" && request.schema_json.empty()) {
    chat.response_format.type = ResponseFormat::Type::kJsonObject;
  }
  return chat;
}

void SetSchema(ChatRequest* chat, const std::string& task, std::string schema_json) {
  chat->response_format.type = ResponseFormat::Type::kJsonSchema;
  chat->response_format.name = task.empty() ? "answer" : task;
  chat->response_format.schema = std::move(schema_json);
  chat->response_format.strict = true;
}

}  // namespace

ChatRequest FullRequest(const Request& request) {
  ChatRequest chat = Base(request);
  if (!request.schema_json.empty()) SetSchema(&chat, request.task, request.schema_json);
  return chat;
}

ChatRequest JsonRegionRequest(const Request& request, const rapidjson::Value& schema,
                              const std::vector<std::string>& members, const std::string& problem) {
  ChatRequest chat = Base(request);
  rapidjson::Document region;
  region.SetObject();
  auto& a = region.GetAllocator();
  region.AddMember("type", "object", a);
  // What the schema says of the whole ("Ages are given in months.") holds
  // for each part asked again.
  for (const char* note : {"title", "description"}) {
    if (schema.IsObject() && schema.HasMember(note)) {
      rapidjson::Value copy;
      copy.CopyFrom(schema[note], a);
      region.AddMember(rapidjson::StringRef(note), copy, a);
    }
  }
  rapidjson::Value props(rapidjson::kObjectType), required(rapidjson::kArrayType);
  const rapidjson::Value* all = nullptr;
  if (schema.IsObject()) {
    auto it = schema.FindMember("properties");
    if (it != schema.MemberEnd() && it->value.IsObject()) all = &it->value;
  }
  std::string list;
  for (const std::string& m : members) {
    rapidjson::Value sub(rapidjson::kObjectType);
    if (all) {
      auto it = all->FindMember(rapidjson::Value(m.c_str(), a).Move());
      if (it != all->MemberEnd()) sub.CopyFrom(it->value, a);
    }
    props.AddMember(rapidjson::Value(m.c_str(), a).Move(), sub, a);
    required.PushBack(rapidjson::Value(m.c_str(), a).Move(), a);
    list += (list.empty() ? "" : ", ") + m;
  }
  region.AddMember("properties", props, a);
  region.AddMember("required", required, a);
  region.AddMember("additionalProperties", false, a);
  for (const char* defs : {"$defs", "definitions"}) {
    if (schema.IsObject() && schema.HasMember(defs)) {
      rapidjson::Value copy;
      copy.CopyFrom(schema[defs], a);
      region.AddMember(rapidjson::StringRef(defs), copy, a);
    }
  }
  chat.messages.back().content +=
      "\n\nOnly these fields are needed now: " + list +
      ". Answer with a JSON object holding exactly those fields." +
      (problem.empty() ? "" : " The previous answer was rejected: " + problem + ".");
  SetSchema(&chat, request.task.empty() ? "region" : request.task + "_region", JsonToString(region));
  return chat;
}

ChatRequest ContinuationRequest(const Request& request, const std::string& verified_prefix,
                                const std::string& problem) {
  ChatRequest chat = Base(request);
  chat.messages.push_back({"assistant", verified_prefix});
  chat.messages.push_back(
      {"user", "Those steps are verified. Continue from the next step to the final answer, "
               "one step per line, without repeating the steps above." +
                   (problem.empty() ? "" : " The previous continuation was rejected: " + problem + ".")});
  return chat;
}

ChatRequest RepairRequest(const Request& request, const std::string& previous_answer,
                          const std::string& problem) {
  ChatRequest chat = FullRequest(request);
  chat.messages.push_back({"assistant", previous_answer});
  chat.messages.push_back({"user", "That answer is not acceptable: " + problem +
                                       ". Answer again, following the instructions exactly."});
  return chat;
}

}  // namespace stepcache::engine
