#include "stepcache/engine/request.h"

#include <cmath>
#include <cstdio>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {

std::string_view EffectiveTenant(const Request& request) {
  return request.tenant.empty() ? std::string_view("default") : std::string_view(request.tenant);
}

std::string ParamsToJson(const SamplingParams& params) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  // RapidJSON's default double formatting is the shortest round-trip form.
  auto number = [&w](double v) {
    if (std::isfinite(v)) w.Double(v); else w.Null();  // JSON has no NaN/inf
  };
  w.StartObject();
  w.Key("temperature");
  number(params.temperature);
  w.Key("top_p");
  number(params.top_p);
  w.Key("max_tokens");
  w.Int(params.max_tokens);
  if (params.seed) {
    w.Key("seed");
    w.Int64(*params.seed);
  }
  w.Key("stop");
  w.StartArray();
  for (const auto& s : params.stop) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
  w.Key("extra");
  w.StartObject();
  for (const auto& [k, v] : params.extra) {
    w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool ParamsFromJson(std::string_view json, SamplingParams* params, std::string* error) {
  auto fail = [error](std::string message) {
    if (error) *error = std::move(message);
    return false;
  };
  rapidjson::Document doc;
  JsonError jerr;
  if (!ParseJson(json, doc, &jerr)) return fail("sampling params: " + jerr.ToString());
  if (!doc.IsObject()) return fail("sampling params: not a JSON object");
  SamplingParams out;
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    const rapidjson::Value& v = it->value;
    if (key == "temperature" || key == "top_p") {
      if (v.IsNull()) {  // ParamsToJson writes a non-finite value as null
        (key == "temperature" ? out.temperature : out.top_p) = std::nan("");
        continue;
      }
      if (!v.IsNumber()) return fail("sampling params: /" + key + " is not a number");
      (key == "temperature" ? out.temperature : out.top_p) = v.GetDouble();
    } else if (key == "max_tokens") {
      if (!v.IsInt()) return fail("sampling params: /max_tokens is not an int");
      out.max_tokens = v.GetInt();
    } else if (key == "seed") {
      if (v.IsNull()) continue;
      if (!v.IsInt64()) return fail("sampling params: /seed is not a 64-bit integer");
      out.seed = v.GetInt64();
    } else if (key == "stop") {
      if (!v.IsArray()) return fail("sampling params: /stop is not an array");
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
        if (!v[i].IsString()) return fail("sampling params: /stop/" + std::to_string(i) + " is not a string");
        out.stop.emplace_back(v[i].GetString(), v[i].GetStringLength());
      }
    } else if (key == "extra") {
      if (!v.IsObject()) return fail("sampling params: /extra is not an object");
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        if (!m->value.IsString()) return fail("sampling params: an /extra value is not a string");
        out.extra[std::string(m->name.GetString(), m->name.GetStringLength())] =
            std::string(m->value.GetString(), m->value.GetStringLength());
      }
    } else {
      return fail("sampling params: unknown member /" + key);
    }
  }
  *params = std::move(out);
  return true;
}

}  // namespace stepcache::engine
