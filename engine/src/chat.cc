#include "stepcache/engine/chat.h"

#include <cctype>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(Writer& w, std::string_view s) { WriteValidString(w, s); }

const char* TypeName(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "boolean";
  if (v.IsNumber()) return "number";
  if (v.IsString()) return "string";
  if (v.IsArray()) return "array";
  return "object";
}

std::string Expected(const std::string& pointer, const char* what, const rapidjson::Value& v) {
  return pointer + ": expected " + what + ", got " + TypeName(v);
}

// Message content: a string, null, or an array of text parts (the newer
// OpenAI shape some servers echo back).
bool ReadContent(const rapidjson::Value& v, const std::string& pointer, std::string* out,
                 std::string* error) {
  out->clear();
  if (v.IsNull()) return true;
  if (v.IsString()) {
    out->assign(v.GetString(), v.GetStringLength());
    return true;
  }
  if (!v.IsArray()) {
    *error = Expected(pointer, "a string, null or an array of text parts", v);
    return false;
  }
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const std::string part_pointer = pointer + "/" + std::to_string(i);
    const rapidjson::Value& part = v[i];
    if (!part.IsObject()) {
      *error = Expected(part_pointer, "an object", part);
      return false;
    }
    auto text = part.FindMember("text");
    if (text == part.MemberEnd()) continue;  // image or other non-text parts
    if (!text->value.IsString()) {
      *error = Expected(part_pointer + "/text", "a string", text->value);
      return false;
    }
    out->append(text->value.GetString(), text->value.GetStringLength());
  }
  return true;
}

bool ReadCount(const rapidjson::Value& obj, const char* key, const std::string& pointer,
               std::int64_t* out, std::string* error) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsInt64() || it->value.GetInt64() < 0) {
    *error = pointer + "/" + key + ": expected a non-negative integer";
    return false;
  }
  *out = it->value.GetInt64();
  return true;
}

constexpr JsonLimits kWireLimits{std::size_t{64} << 20, 64};

// The members SerializeChatRequest writes itself; an extra member of one of
// these names is not written (and ParseChatRequest does not keep them).
bool IsOwnMember(std::string_view name) {
  for (const char* own : {"model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p",
                          "seed", "stop", "stream", "stream_options", "response_format"}) {
    if (name == own) return true;
  }
  return false;
}

}  // namespace

std::int64_t EstimateTokens(std::string_view text) {
  return static_cast<std::int64_t>((text.size() + 3) / 4);
}

std::int64_t EstimatePromptTokens(const ChatRequest& request) {
  std::int64_t tokens = 3;
  for (const ChatMessage& m : request.messages) tokens += EstimateTokens(m.content) + 4;
  return tokens;
}

void EstimateUsageIfMissing(const ChatRequest& request, ChatResponse* response) {
  if (response->usage.from_server) return;
  response->usage.prompt_tokens = EstimatePromptTokens(request);
  response->usage.completion_tokens = EstimateTokens(response->content);
  response->usage.total_tokens =
      response->usage.prompt_tokens + response->usage.completion_tokens;
}

std::string SanitizeSchemaName(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (out.size() == 64) break;
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    out.push_back(ok ? c : '_');
  }
  if (out.empty()) out = "answer";
  return out;
}

bool SerializeChatRequest(const ChatRequest& request, std::string* body, std::string* error) {
  std::string_view schema_text;
  if (request.response_format.type == ResponseFormat::Type::kJsonSchema) {
    rapidjson::Document schema;
    JsonError json_error;
    if (!ParseJson(request.response_format.schema, schema, &json_error)) {
      if (error) *error = "response_format.schema: " + json_error.ToString();
      return false;
    }
    if (!schema.IsObject() && !schema.IsBool()) {
      if (error) *error = "response_format.schema: expected an object or a boolean";
      return false;
    }
    schema_text = request.response_format.schema;
  }
  std::vector<rapidjson::Type> extra_types(request.extra.size(), rapidjson::kNullType);
  for (std::size_t i = 0; i < request.extra.size(); ++i) {
    const auto& [name, value] = request.extra[i];
    if (IsOwnMember(name)) continue;
    rapidjson::Document doc;
    JsonError json_error;
    if (!ParseJson(value, doc, &json_error, kWireLimits)) {
      if (error) *error = name + ": " + json_error.ToString();
      return false;
    }
    extra_types[i] = doc.GetType();
  }
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("model");
  WriteString(w, request.model);
  w.Key("messages");
  w.StartArray();
  for (const ChatMessage& m : request.messages) {
    w.StartObject();
    w.Key("role");
    WriteString(w, m.role);
    w.Key("content");
    WriteString(w, m.content);
    w.EndObject();
  }
  w.EndArray();
  // max_tokens, not max_completion_tokens: llama.cpp, vLLM and Ollama read
  // only the former and OpenAI still accepts it for chat models.
  if (request.max_tokens > 0) {
    w.Key("max_tokens");
    w.Int(request.max_tokens);
  }
  if (request.temperature) {
    w.Key("temperature");
    w.Double(*request.temperature);
  }
  if (request.top_p) {
    w.Key("top_p");
    w.Double(*request.top_p);
  }
  if (request.seed) {
    w.Key("seed");
    w.Int64(*request.seed);
  }
  if (!request.stop.empty()) {
    w.Key("stop");
    w.StartArray();
    for (const std::string& s : request.stop) WriteString(w, s);
    w.EndArray();
  }
  w.Key("stream");
  w.Bool(false);
  switch (request.response_format.type) {
    case ResponseFormat::Type::kNone:
      break;
    case ResponseFormat::Type::kJsonObject:
      w.Key("response_format");
      w.StartObject();
      w.Key("type");
      w.String("json_object");
      w.EndObject();
      break;
    case ResponseFormat::Type::kJsonSchema:
      w.Key("response_format");
      w.StartObject();
      w.Key("type");
      w.String("json_schema");
      w.Key("json_schema");
      w.StartObject();
      w.Key("name");
      WriteString(w, SanitizeSchemaName(request.response_format.name));
      w.Key("strict");
      w.Bool(request.response_format.strict);
      w.Key("schema");
      // Validated above; written verbatim so member order (which the
      // simulated model and the engine's region plans rely on) is kept.
      w.RawValue(schema_text.data(), schema_text.size(), rapidjson::kObjectType);
      w.EndObject();
      w.EndObject();
      break;
  }
  for (std::size_t i = 0; i < request.extra.size(); ++i) {
    const auto& [name, value] = request.extra[i];
    if (IsOwnMember(name)) continue;
    WriteString(w, name);  // Key and String write the same bytes
    // Validated above; verbatim, so number spelling and member order stay
    // what the caller gave (they may be partition keys).
    w.RawValue(value.data(), value.size(), extra_types[i]);
  }
  w.EndObject();
  body->assign(buffer.GetString(), buffer.GetSize());
  return true;
}

bool ParseChatRequest(std::string_view body, ChatRequest* request, std::string* error) {
  *request = ChatRequest{};
  rapidjson::Document doc;
  JsonError json_error;
  if (!ParseJson(body, doc, &json_error, kWireLimits)) {
    *error = "invalid JSON: " + json_error.ToString();
    return false;
  }
  if (!doc.IsObject()) {
    *error = Expected("", "an object", doc);
    return false;
  }
  auto model = doc.FindMember("model");
  if (model != doc.MemberEnd() && !model->value.IsNull()) {
    if (!model->value.IsString()) {
      *error = Expected("/model", "a string", model->value);
      return false;
    }
    request->model.assign(model->value.GetString(), model->value.GetStringLength());
  }
  auto messages = doc.FindMember("messages");
  if (messages == doc.MemberEnd() || !messages->value.IsArray()) {
    *error = messages == doc.MemberEnd() ? std::string("/messages: missing")
                                         : Expected("/messages", "an array", messages->value);
    return false;
  }
  for (rapidjson::SizeType i = 0; i < messages->value.Size(); ++i) {
    const std::string pointer = "/messages/" + std::to_string(i);
    const rapidjson::Value& m = messages->value[i];
    if (!m.IsObject()) {
      *error = Expected(pointer, "an object", m);
      return false;
    }
    ChatMessage message;
    auto role = m.FindMember("role");
    if (role == m.MemberEnd() || !role->value.IsString()) {
      *error = pointer + "/role: expected a string";
      return false;
    }
    message.role.assign(role->value.GetString(), role->value.GetStringLength());
    auto content = m.FindMember("content");
    if (content != m.MemberEnd() &&
        !ReadContent(content->value, pointer + "/content", &message.content, error)) {
      return false;
    }
    request->messages.push_back(std::move(message));
  }
  for (const char* key : {"max_tokens", "max_completion_tokens"}) {
    auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || it->value.IsNull()) continue;
    if (!it->value.IsInt() || it->value.GetInt() < 0) {
      *error = std::string("/") + key + ": expected a non-negative integer";
      return false;
    }
    request->max_tokens = it->value.GetInt();
  }
  for (auto [key, slot] : {std::pair{"temperature", &request->temperature},
                           std::pair{"top_p", &request->top_p}}) {
    auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || it->value.IsNull()) continue;
    if (!it->value.IsNumber()) {
      *error = Expected(std::string("/") + key, "a number", it->value);
      return false;
    }
    *slot = it->value.GetDouble();
  }
  auto seed = doc.FindMember("seed");
  if (seed != doc.MemberEnd() && !seed->value.IsNull()) {
    if (!seed->value.IsInt64()) {
      *error = "/seed: expected an integer";
      return false;
    }
    request->seed = seed->value.GetInt64();
  }
  auto stop = doc.FindMember("stop");
  if (stop != doc.MemberEnd() && !stop->value.IsNull()) {
    if (stop->value.IsString()) {
      request->stop.emplace_back(stop->value.GetString(), stop->value.GetStringLength());
    } else if (stop->value.IsArray()) {
      for (rapidjson::SizeType i = 0; i < stop->value.Size(); ++i) {
        if (!stop->value[i].IsString()) {
          *error = Expected("/stop/" + std::to_string(i), "a string", stop->value[i]);
          return false;
        }
        request->stop.emplace_back(stop->value[i].GetString(), stop->value[i].GetStringLength());
      }
    } else {
      *error = Expected("/stop", "a string or an array", stop->value);
      return false;
    }
  }
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string_view name(it->name.GetString(), it->name.GetStringLength());
    if (IsOwnMember(name)) continue;
    request->extra.emplace_back(std::string(name), JsonToString(it->value));
  }
  auto format = doc.FindMember("response_format");
  if (format != doc.MemberEnd() && !format->value.IsNull()) {
    const rapidjson::Value& f = format->value;
    if (!f.IsObject()) {
      *error = Expected("/response_format", "an object", f);
      return false;
    }
    auto type = f.FindMember("type");
    if (type == f.MemberEnd() || !type->value.IsString()) {
      *error = "/response_format/type: expected a string";
      return false;
    }
    const std::string_view t(type->value.GetString(), type->value.GetStringLength());
    ResponseFormat& rf = request->response_format;
    if (t == "json_object") {
      rf.type = ResponseFormat::Type::kJsonObject;
    } else if (t == "json_schema") {
      rf.type = ResponseFormat::Type::kJsonSchema;
      // The nested OpenAI form; the flat form is accepted too since some
      // clients send it.
      const rapidjson::Value* holder = &f;
      std::string pointer = "/response_format";
      auto nested = f.FindMember("json_schema");
      if (nested != f.MemberEnd()) {
        if (!nested->value.IsObject()) {
          *error = Expected("/response_format/json_schema", "an object", nested->value);
          return false;
        }
        holder = &nested->value;
        pointer += "/json_schema";
      }
      auto name = holder->FindMember("name");
      if (name != holder->MemberEnd() && name->value.IsString()) {
        rf.name.assign(name->value.GetString(), name->value.GetStringLength());
      }
      auto strict = holder->FindMember("strict");
      if (strict != holder->MemberEnd() && strict->value.IsBool()) {
        rf.strict = strict->value.GetBool();
      }
      auto schema = holder->FindMember("schema");
      if (schema == holder->MemberEnd() ||
          !(schema->value.IsObject() || schema->value.IsBool())) {
        *error = pointer + "/schema: expected an object or a boolean";
        return false;
      }
      rf.schema = JsonToString(schema->value);
    } else if (t != "text") {
      *error = "/response_format/type: unknown type \"" + std::string(t) + "\"";
      return false;
    }
  }
  return true;
}

std::string SerializeChatResponse(const ChatResponse& response, std::string_view id,
                                  std::int64_t created) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("id");
  WriteString(w, id);
  w.Key("object");
  w.String("chat.completion");
  w.Key("created");
  w.Int64(created);
  w.Key("model");
  WriteString(w, response.model);
  w.Key("choices");
  w.StartArray();
  w.StartObject();
  w.Key("index");
  w.Int(0);
  w.Key("message");
  w.StartObject();
  w.Key("role");
  w.String("assistant");
  w.Key("content");
  WriteString(w, response.content);
  w.EndObject();
  w.Key("finish_reason");
  WriteString(w, response.finish_reason.empty() ? "stop" : response.finish_reason);
  w.EndObject();
  w.EndArray();
  w.Key("usage");
  w.StartObject();
  w.Key("prompt_tokens");
  w.Int64(response.usage.prompt_tokens);
  w.Key("completion_tokens");
  w.Int64(response.usage.completion_tokens);
  w.Key("total_tokens");
  w.Int64(response.usage.total_tokens);
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

ChatParseStatus ParseChatResponse(std::string_view body, ChatResponse* response,
                                  std::string* error) {
  *response = ChatResponse{};
  rapidjson::Document doc;
  JsonError json_error;
  if (!ParseJson(body, doc, &json_error, kWireLimits)) {
    *error = "invalid JSON: " + json_error.ToString();
    return ChatParseStatus::kMalformed;
  }
  if (!doc.IsObject()) {
    *error = Expected("", "an object", doc);
    return ChatParseStatus::kMalformed;
  }
  auto err = doc.FindMember("error");
  if (err != doc.MemberEnd() && !err->value.IsNull()) {
    std::string message = "server error";
    const rapidjson::Value& e = err->value;
    if (e.IsString()) {
      message += ": " + std::string(e.GetString(), e.GetStringLength());
    } else if (e.IsObject()) {
      auto m = e.FindMember("message");
      if (m != e.MemberEnd() && m->value.IsString()) {
        message += ": " + std::string(m->value.GetString(), m->value.GetStringLength());
      }
      auto t = e.FindMember("type");
      if (t != e.MemberEnd() && t->value.IsString()) {
        message += " (type " + std::string(t->value.GetString(), t->value.GetStringLength()) + ")";
      }
    }
    *error = message;
    return ChatParseStatus::kErrorObject;
  }
  auto model = doc.FindMember("model");
  if (model != doc.MemberEnd() && model->value.IsString()) {
    response->model.assign(model->value.GetString(), model->value.GetStringLength());
  }
  auto choices = doc.FindMember("choices");
  if (choices == doc.MemberEnd()) {
    *error = "/choices: missing";
    return ChatParseStatus::kMalformed;
  }
  if (!choices->value.IsArray()) {
    *error = Expected("/choices", "an array", choices->value);
    return ChatParseStatus::kMalformed;
  }
  if (choices->value.Empty()) {
    *error = "/choices: empty";
    return ChatParseStatus::kMalformed;
  }
  const rapidjson::Value& choice = choices->value[0];
  if (!choice.IsObject()) {
    *error = Expected("/choices/0", "an object", choice);
    return ChatParseStatus::kMalformed;
  }
  auto message = choice.FindMember("message");
  if (message == choice.MemberEnd()) {
    *error = "/choices/0/message: missing";
    return ChatParseStatus::kMalformed;
  }
  if (!message->value.IsObject()) {
    *error = Expected("/choices/0/message", "an object", message->value);
    return ChatParseStatus::kMalformed;
  }
  auto content = message->value.FindMember("content");
  if (content != message->value.MemberEnd() &&
      !ReadContent(content->value, "/choices/0/message/content", &response->content, error)) {
    return ChatParseStatus::kMalformed;
  }
  auto finish = choice.FindMember("finish_reason");
  if (finish != choice.MemberEnd() && !finish->value.IsNull()) {
    if (!finish->value.IsString()) {
      *error = Expected("/choices/0/finish_reason", "a string", finish->value);
      return ChatParseStatus::kMalformed;
    }
    response->finish_reason.assign(finish->value.GetString(), finish->value.GetStringLength());
  }
  auto usage = doc.FindMember("usage");
  if (usage != doc.MemberEnd() && !usage->value.IsNull()) {
    if (!usage->value.IsObject()) {
      *error = Expected("/usage", "an object", usage->value);
      return ChatParseStatus::kMalformed;
    }
    Usage& u = response->usage;
    if (!ReadCount(usage->value, "prompt_tokens", "/usage", &u.prompt_tokens, error) ||
        !ReadCount(usage->value, "completion_tokens", "/usage", &u.completion_tokens, error) ||
        !ReadCount(usage->value, "total_tokens", "/usage", &u.total_tokens, error)) {
      return ChatParseStatus::kMalformed;
    }
    // Both are non-negative, so only the upper bound can overflow.
    if (u.total_tokens == 0 && u.prompt_tokens <= INT64_MAX - u.completion_tokens) {
      u.total_tokens = u.prompt_tokens + u.completion_tokens;
    }
    u.from_server = true;
  }
  return ChatParseStatus::kOk;
}

}  // namespace stepcache::engine
