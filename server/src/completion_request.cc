#include "stepcache/server/completion_request.h"

#include <cmath>
#include <limits>
#include <optional>

#include <rapidjson/document.h>

#include "stepcache/engine/signature.h"
#include "stepcache/schemas/json.h"

namespace stepcache::server {
namespace {

using rapidjson::Value;

const char* TypeName(const Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

ApiError Expected(const std::string& param, const char* what, const Value& got) {
  return BadRequest(param + ": expected " + what + ", got " + TypeName(got), param, "invalid_type");
}

std::string Str(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// Canonical text of a JSON value, for partition keys (key order does not matter).
std::string Canonical(const Value& v) {
  const std::string text = JsonToString(v);
  std::string canonical, error;
  return engine::CanonicalJson(text, &canonical, &error) ? canonical : text;
}

// The text of a message's content: a string, null (empty) or text parts.
bool ContentText(const Value& content, const std::string& param, std::string* text, ApiError* error) {
  if (content.IsString()) {
    *text = Str(content);
    return true;
  }
  if (content.IsNull()) {
    text->clear();
    return true;
  }
  if (!content.IsArray()) {
    *error = Expected(param, "a string or an array of text parts", content);
    return false;
  }
  text->clear();
  for (rapidjson::SizeType i = 0; i < content.Size(); ++i) {
    const std::string p = param + "[" + std::to_string(i) + "]";
    const Value& part = content[i];
    if (!part.IsObject()) {
      *error = Expected(p, "an object", part);
      return false;
    }
    auto type = part.FindMember("type");
    if (type == part.MemberEnd() || !type->value.IsString()) {
      *error = BadRequest(p + ".type: expected \"text\"", p + ".type", "invalid_type");
      return false;
    }
    if (Str(type->value) != "text") {
      *error = BadRequest(p + ".type: content parts of type \"" + Str(type->value) +
                              "\" are not supported (only \"text\")",
                          p + ".type", "unsupported_content");
      return false;
    }
    auto t = part.FindMember("text");
    if (t == part.MemberEnd() || !t->value.IsString()) {
      *error = t == part.MemberEnd() ? BadRequest(p + ".text: missing", p + ".text", "missing_field")
                                     : Expected(p + ".text", "a string", t->value);
      return false;
    }
    text->append(t->value.GetString(), t->value.GetStringLength());
  }
  return true;
}

bool IsFiniteNumber(const Value& v) { return v.IsNumber() && std::isfinite(v.GetDouble()); }

}  // namespace

bool IsValidTaskName(std::string_view task) {
  if (task.empty() || task.size() > 64) return false;
  for (char c : task) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-';
    if (!ok) return false;
  }
  return true;
}

bool ParseCompletionRequest(std::string_view body, const RequestContext& context, CompletionRequest* out,
                            ApiError* error) {
  *out = CompletionRequest{};
  rapidjson::Document doc;
  JsonError jerr;
  JsonLimits limits;
  limits.max_bytes = context.max_bytes;
  limits.max_depth = 64;
  if (!ParseJson(body, doc, &jerr, limits)) {
    *error = BadRequest("the body is not valid JSON: " + jerr.ToString(), "", "invalid_json");
    return false;
  }
  if (!doc.IsObject()) {
    *error = BadRequest("the body must be a JSON object, got " + std::string(TypeName(doc)), "", "invalid_json");
    return false;
  }
  // A name given twice may be read either way: this server would take the
  // first, a client or gateway that logged the request the last.
  if (std::string twice; FindDuplicateKey(doc, &twice)) {
    *error = BadRequest("the body gives the name at " + twice + " twice; which one is meant is ambiguous", "",
                        "invalid_json");
    return false;
  }
  engine::Request& r = out->request;
  engine::SamplingParams& p = r.params;
  engine::ChatRequest& chat = out->chat;
  auto member = [&doc](const char* name) -> const Value* {
    auto it = doc.FindMember(name);
    return it == doc.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
  };

  // model
  if (const Value* v = member("model")) {
    if (!v->IsString()) return *error = Expected("model", "a string", *v), false;
    r.model = Str(*v);
  }
  if (r.model.empty()) r.model = context.default_model;
  out->model = r.model;
  chat.model = r.model;

  // stream
  if (const Value* v = member("stream")) {
    if (!v->IsBool()) return *error = Expected("stream", "a boolean", *v), false;
    out->stream = v->GetBool();
  }
  if (const Value* v = member("stream_options")) {
    if (!v->IsObject()) return *error = Expected("stream_options", "an object", *v), false;
    auto u = v->FindMember("include_usage");
    if (u != v->MemberEnd() && !u->value.IsNull()) {
      if (!u->value.IsBool()) {
        return *error = Expected("stream_options.include_usage", "a boolean", u->value), false;
      }
      out->include_usage = u->value.GetBool();
    }
  }

  // n, logprobs: refused on the cached path and when bypass is converted;
  // the error waits until the path is known (a raw bypass forwards them).
  std::optional<ApiError> cached_only;
  if (const Value* v = member("n")) {
    if (!v->IsInt64()) return *error = Expected("n", "an integer", *v), false;
    if (v->GetInt64() != 1) cached_only = BadRequest("n: only n = 1 is supported", "n", "unsupported_value");
  }
  for (const char* unsupported : {"logprobs", "top_logprobs"}) {
    const Value* v = member(unsupported);
    if (v && !(v->IsBool() && !v->GetBool()) && !cached_only) {
      cached_only = BadRequest(std::string(unsupported) + " is not supported", unsupported, "unsupported_value");
    }
  }

  // sampling parameters
  if (const Value* v = member("temperature")) {
    if (!IsFiniteNumber(*v)) return *error = Expected("temperature", "a number", *v), false;
    if (v->GetDouble() < 0 || v->GetDouble() > 2) {
      return *error = BadRequest("temperature: must be between 0 and 2", "temperature", "invalid_value"), false;
    }
    p.temperature = v->GetDouble();
    chat.temperature = p.temperature;
  }
  if (const Value* v = member("top_p")) {
    if (!IsFiniteNumber(*v)) return *error = Expected("top_p", "a number", *v), false;
    if (v->GetDouble() < 0 || v->GetDouble() > 1) {
      return *error = BadRequest("top_p: must be between 0 and 1", "top_p", "invalid_value"), false;
    }
    p.top_p = v->GetDouble();
    chat.top_p = p.top_p;
  }
  for (const char* name : {"max_tokens", "max_completion_tokens"}) {
    if (const Value* v = member(name)) {
      if (!v->IsInt64()) return *error = Expected(name, "an integer", *v), false;
      if (v->GetInt64() < 1 || v->GetInt64() > 1'000'000) {
        return *error = BadRequest(std::string(name) + ": must be between 1 and 1000000", name, "invalid_value"),
               false;
      }
      p.max_tokens = static_cast<int>(v->GetInt64());
      chat.max_tokens = p.max_tokens;
    }
  }
  if (const Value* v = member("seed")) {
    if (!v->IsInt64()) return *error = Expected("seed", "an integer", *v), false;
    p.seed = v->GetInt64();
    chat.seed = p.seed;
  }
  if (const Value* v = member("stop")) {
    if (v->IsString()) {
      p.stop.push_back(Str(*v));
    } else if (v->IsArray()) {
      if (v->Size() > 4) return *error = BadRequest("stop: at most 4 sequences", "stop", "invalid_value"), false;
      for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
        if (!(*v)[i].IsString()) {
          return *error = Expected("stop[" + std::to_string(i) + "]", "a string", (*v)[i]), false;
        }
        p.stop.push_back(Str((*v)[i]));
      }
    } else {
      return *error = Expected("stop", "a string or an array of strings", *v), false;
    }
    chat.stop = p.stop;
  }
  for (const char* name : {"presence_penalty", "frequency_penalty"}) {
    if (const Value* v = member(name)) {
      if (!IsFiniteNumber(*v)) return *error = Expected(name, "a number", *v), false;
      if (v->GetDouble() < -2 || v->GetDouble() > 2) {
        return *error = BadRequest(std::string(name) + ": must be between -2 and 2", name, "invalid_value"), false;
      }
      if (v->GetDouble() != 0) p.extra[name] = Canonical(*v);
    }
  }
  if (const Value* v = member("logit_bias")) {
    if (!v->IsObject()) return *error = Expected("logit_bias", "an object", *v), false;
    if (v->MemberCount() > 0) p.extra["logit_bias"] = Canonical(*v);
  }
  // Tools and their choice, under their names and the legacy ones
  // ("functions", "function_call"), sent as written.
  for (const char* name : {"tools", "functions"}) {
    if (const Value* v = member(name)) {
      if (!v->IsArray()) return *error = Expected(name, "an array", *v), false;
      if (v->Size() > 0) p.extra[name] = Canonical(*v);
    }
  }
  for (const char* name : {"tool_choice", "function_call"}) {
    if (const Value* v = member(name)) {
      if (!v->IsString() && !v->IsObject()) return *error = Expected(name, "a string or an object", *v), false;
      p.extra[name] = Canonical(*v);
    }
  }
  // Tools say in their descriptions what is asked as much as the messages
  // do ("names in upper case", "the age in months"), in words the checks do
  // not read: their answers are verified but neither reused nor stored.
  out->verify_only = p.extra.count("tools") > 0 || p.extra.count("functions") > 0;
  if (const Value* v = member("parallel_tool_calls")) {
    if (!v->IsBool()) return *error = Expected("parallel_tool_calls", "a boolean", *v), false;
    p.extra["parallel_tool_calls"] = v->GetBool() ? "true" : "false";
  }

  // response_format
  if (const Value* v = member("response_format")) {
    if (!v->IsObject()) return *error = Expected("response_format", "an object", *v), false;
    auto type = v->FindMember("type");
    if (type == v->MemberEnd() || !type->value.IsString()) {
      return *error = BadRequest("response_format.type: expected \"text\", \"json_object\" or \"json_schema\"",
                                 "response_format.type", "invalid_value"),
             false;
    }
    const std::string t = Str(type->value);
    if (t == "json_object") {
      p.extra["stepcache.response_format"] = "json_object";
      out->json_object = true;
      chat.response_format.type = engine::ResponseFormat::Type::kJsonObject;
    } else if (t == "json_schema") {
      auto js = v->FindMember("json_schema");
      if (js == v->MemberEnd() || !js->value.IsObject()) {
        return *error = js == v->MemberEnd()
                            ? BadRequest("response_format.json_schema: missing", "response_format.json_schema",
                                         "missing_field")
                            : Expected("response_format.json_schema", "an object", js->value),
               false;
      }
      auto schema = js->value.FindMember("schema");
      if (schema == js->value.MemberEnd() || !(schema->value.IsObject() || schema->value.IsBool())) {
        return *error = schema == js->value.MemberEnd()
                            ? BadRequest("response_format.json_schema.schema: missing",
                                         "response_format.json_schema.schema", "missing_field")
                            : Expected("response_format.json_schema.schema", "an object", schema->value),
               false;
      }
      // json_schema.description says what the answer is ("the MOTHER of the
      // person the record is about"): it becomes the schema's own
      // description (before one the schema has), so the model, the checks
      // and the cache key all see it.
      auto description = js->value.FindMember("description");
      if (description != js->value.MemberEnd() && !description->value.IsNull()) {
        if (!description->value.IsString()) {
          return *error = Expected("response_format.json_schema.description", "a string", description->value), false;
        }
        if (schema->value.IsObject() && description->value.GetStringLength() > 0) {
          rapidjson::Document merged;
          merged.CopyFrom(schema->value, merged.GetAllocator());
          std::string text = Str(description->value);
          auto own = merged.FindMember("description");
          if (own != merged.MemberEnd()) {
            if (own->value.IsString()) text += "\n" + Str(own->value);
            merged.RemoveMember(own);
          }
          merged.AddMember("description", rapidjson::Value(text.c_str(), merged.GetAllocator()),
                           merged.GetAllocator());
          r.schema_json = JsonToString(merged);
        } else {
          r.schema_json = JsonToString(schema->value);
        }
      } else {
        r.schema_json = JsonToString(schema->value);
      }
      auto name = js->value.FindMember("name");
      if (name != js->value.MemberEnd() && !name->value.IsNull()) {
        if (!name->value.IsString()) {
          return *error = Expected("response_format.json_schema.name", "a string", name->value), false;
        }
        chat.response_format.name = engine::SanitizeSchemaName(Str(name->value));
      }
      auto strict = js->value.FindMember("strict");
      if (strict != js->value.MemberEnd() && !strict->value.IsNull()) {
        if (!strict->value.IsBool()) {
          return *error = Expected("response_format.json_schema.strict", "a boolean", strict->value), false;
        }
        chat.response_format.strict = strict->value.GetBool();
        if (!strict->value.GetBool()) p.extra["stepcache.strict"] = "false";
      }
      chat.response_format.type = engine::ResponseFormat::Type::kJsonSchema;
      out->json_schema = true;
      chat.response_format.schema = r.schema_json;
    } else if (t != "text") {
      return *error = BadRequest("response_format.type: expected \"text\", \"json_object\" or \"json_schema\", got \"" +
                                     t + "\"",
                                 "response_format.type", "invalid_value"),
             false;
    }
  }

  // task
  std::string task;
  if (const Value* v = member("stepcache")) {
    if (!v->IsObject()) return *error = Expected("stepcache", "an object", *v), false;
    auto t = v->FindMember("task");
    if (t != v->MemberEnd() && !t->value.IsNull()) {
      if (!t->value.IsString()) return *error = Expected("stepcache.task", "a string", t->value), false;
      task = Str(t->value);
      if (!IsValidTaskName(task)) {
        return *error = BadRequest("stepcache.task: a task name is 1-64 characters of [A-Za-z0-9_-]",
                                   "stepcache.task", "invalid_value"),
               false;
      }
    }
  }
  if (task.empty() && !context.header_task.empty()) {
    task = context.header_task;
    if (!IsValidTaskName(task)) {
      return *error = BadRequest("X-StepCache-Task: a task name is 1-64 characters of [A-Za-z0-9_-]",
                                 "X-StepCache-Task", "invalid_value"),
             false;
    }
  }
  if (task.empty() && !r.schema_json.empty()) task = "json_extract";
  // json_object mode on the cached path: an answer is served only if it is a
  // JSON object (verified like any schema).
  if (!task.empty() && r.schema_json.empty() &&
      chat.response_format.type == engine::ResponseFormat::Type::kJsonObject) {
    r.schema_json = R"({"type":"object"})";
  }
  out->bypass = task.empty();
  const bool raw = out->bypass && context.raw_bypass;
  if (cached_only && !raw) return *error = *cached_only, false;
  r.task = task;
  r.tenant = context.tenant;
  if (!context.namespace_name.empty()) p.extra["stepcache.namespace"] = context.namespace_name;

  // messages
  const Value* messages = member("messages");
  if (messages == nullptr) return *error = BadRequest("messages: missing", "messages", "missing_field"), false;
  if (!messages->IsArray()) return *error = Expected("messages", "an array", *messages), false;
  if (messages->Empty()) {
    return *error = BadRequest("messages: at least one message is required", "messages", "invalid_value"), false;
  }
  if (raw) return true;  // forwarded as written: the backend judges the messages
  std::string system;
  bool have_user = false;
  for (rapidjson::SizeType i = 0; i < messages->Size(); ++i) {
    const std::string param = "messages[" + std::to_string(i) + "]";
    const Value& m = (*messages)[i];
    if (!m.IsObject()) return *error = Expected(param, "an object", m), false;
    auto role = m.FindMember("role");
    if (role == m.MemberEnd() || !role->value.IsString()) {
      return *error = role == m.MemberEnd() ? BadRequest(param + ".role: missing", param + ".role", "missing_field")
                                            : Expected(param + ".role", "a string", role->value),
             false;
    }
    const std::string role_name = Str(role->value);
    if (role_name != "system" && role_name != "developer" && role_name != "user" && role_name != "assistant") {
      return *error = BadRequest(param + ".role: \"" + role_name +
                                     "\" messages are not supported (system, developer, user, assistant)",
                                 param + ".role", "unsupported_value"),
             false;
    }
    auto content = m.FindMember("content");
    if (content == m.MemberEnd()) {
      return *error = BadRequest(param + ".content: missing", param + ".content", "missing_field"), false;
    }
    std::string text;
    if (!ContentText(content->value, param + ".content", &text, error)) return false;
    chat.messages.push_back({role_name == "developer" ? "system" : role_name, text});
    if (out->bypass) continue;
    // A message's "name" says who speaks ("Extract my name and age"; an
    // "example_user" system message is an example, not the record): what it
    // changes, the checks do not read, and it would not be part of what a
    // cached answer is matched on.
    if (m.HasMember("name")) {
      return *error = BadRequest(param + ".name: named messages are not supported on the cached path (they are "
                                         "passed through only without a task)",
                                 param + ".name", "unsupported_value"),
             false;
    }
    // The cached path: system messages, then exactly one user message.
    if (role_name == "system" || role_name == "developer") {
      if (have_user) {
        return *error = BadRequest(param + ".role: a system message after the user message is not supported "
                                           "on the cached path",
                                   param + ".role", "unsupported_value"),
               false;
      }
      system += text;
      system += '\n';
    } else if (role_name == "user") {
      if (have_user) {
        return *error = BadRequest(param + ": the cached path takes one user message (multi-turn chats are "
                                           "passed through only without a task)",
                                   param, "unsupported_value"),
               false;
      }
      have_user = true;
      r.prompt = text;
    } else {
      return *error = BadRequest(param + ".role: assistant messages are not supported on the cached path",
                                 param + ".role", "unsupported_value"),
             false;
    }
  }
  if (!out->bypass) {
    if (!have_user) {
      return *error = BadRequest("messages: the cached path needs one user message", "messages", "missing_field"),
             false;
    }
    // System and developer messages say what is asked as much as the user
    // message does ("give every weight in pounds"): they open the prompt,
    // so the model reads them, the checks read them as instruction and
    // they are part of what a cached answer is matched on.
    if (!system.empty()) r.prompt = system + "\n" + r.prompt;
  }
  return true;
}

}  // namespace stepcache::server
