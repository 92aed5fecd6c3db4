#include "stepcache/server/api_error.h"

#include <string_view>

#include "stepcache/schemas/json_pointer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache::server {

std::string ApiErrorBody(const ApiError& error) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&w](const std::string& s) {
    if (s.empty()) {
      w.Null();
    } else {
      w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    }
  };
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("message");
  w.String(error.message.data(), static_cast<rapidjson::SizeType>(error.message.size()));
  w.Key("type");
  str(error.type);
  w.Key("param");
  str(error.param);
  w.Key("code");
  str(error.code);
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

namespace {

// The JSON Pointer of an OpenAI-style param ("messages[0].content" ->
// "/messages/0/content"); empty for a header ("X-StepCache-Task").
std::string ParamPointer(std::string_view param) {
  if (param.empty() || param.rfind("X-", 0) == 0) return {};
  std::string pointer, token;
  auto flush = [&] {
    pointer += '/';
    pointer += EscapePointerToken(token);
    token.clear();
  };
  for (std::size_t i = 0; i < param.size(); ++i) {
    const char c = param[i];
    if (c == '.' || c == '[') {
      if (!token.empty() || (c == '.' && i > 0 && param[i - 1] != ']')) flush();
      continue;
    }
    if (c == ']') {
      flush();
      continue;
    }
    token += c;
  }
  if (!token.empty()) flush();
  return pointer;
}

}  // namespace

ApiError BadRequest(std::string message, std::string param, std::string code) {
  ApiError e;
  e.status = 400;
  // Where, as a JSON Pointer into the body, beside OpenAI's own `param`.
  if (const std::string at = ParamPointer(param); !at.empty()) message += " (at " + at + ")";
  e.message = std::move(message);
  e.param = std::move(param);
  e.code = std::move(code);
  return e;
}

}  // namespace stepcache::server
