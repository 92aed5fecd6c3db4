#include "stepcache/engine/json_io.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

bool Fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

// Reads an optional string member; false (with *error) when present but not a string.
bool OptionalString(const rapidjson::Value& object, const char* key, std::string* out,
                    std::string* error, bool* present = nullptr) {
  auto it = object.FindMember(key);
  if (present) *present = it != object.MemberEnd();
  if (it == object.MemberEnd()) return true;
  if (!it->value.IsString()) return Fail(error, std::string("expected a string at /") + key);
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return true;
}

bool ParseObject(std::string_view json, rapidjson::Document* doc, const char* what,
                 std::string* error) {
  JsonError jerr;
  if (!ParseJson(json, *doc, &jerr)) return Fail(error, jerr.ToString());
  if (!doc->IsObject()) return Fail(error, std::string(what) + " must be a JSON object (at \"\")");
  return true;
}

}  // namespace

bool RequestFromJson(std::string_view json, Request* request, std::string* error) {
  rapidjson::Document doc;
  if (!ParseObject(json, &doc, "a request", error)) return false;
  Request out;
  bool has_task = false, has_prompt = false;
  if (!OptionalString(doc, "task", &out.task, error, &has_task) ||
      !OptionalString(doc, "prompt", &out.prompt, error, &has_prompt) ||
      !OptionalString(doc, "id", &out.id, error) ||
      !OptionalString(doc, "tenant", &out.tenant, error) ||
      !OptionalString(doc, "model", &out.model, error)) {
    return false;
  }
  if (!has_task) return Fail(error, "missing required member at /task");
  if (out.task.empty()) return Fail(error, "empty task name at /task");
  if (!has_prompt) return Fail(error, "missing required member at /prompt");
  if (auto it = doc.FindMember("schema"); it != doc.MemberEnd()) {
    if (!it->value.IsObject() && !it->value.IsBool()) {
      return Fail(error, "expected a JSON Schema (object or boolean) at /schema");
    }
    out.schema_json = JsonToString(it->value);
  }
  if (auto it = doc.FindMember("params"); it != doc.MemberEnd()) {
    if (!it->value.IsObject()) return Fail(error, "expected an object at /params");
    std::string params_error;
    if (!ParamsFromJson(JsonToString(it->value), &out.params, &params_error)) {
      return Fail(error, "/params: " + params_error);
    }
  }
  *request = std::move(out);
  return true;
}

bool OptionsFromJson(std::string_view json, Options* options, std::string* error) {
  rapidjson::Document doc;
  if (!ParseObject(json, &doc, "engine options", error)) return false;
  Options out;
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    const rapidjson::Value& v = it->value;
    const std::string at = " at /" + key;
    auto string = [&](std::string* field) {
      if (!v.IsString()) return Fail(error, "expected a string" + at);
      field->assign(v.GetString(), v.GetStringLength());
      return true;
    };
    auto boolean = [&](bool* field) {
      if (!v.IsBool()) return Fail(error, "expected true or false" + at);
      *field = v.GetBool();
      return true;
    };
    // A finite number in [low, high].
    auto number = [&](double* field, double low, double high, bool low_open) {
      if (!v.IsNumber()) return Fail(error, "expected a number" + at);
      const double d = v.GetDouble();
      if (!std::isfinite(d) || d < low || d > high || (low_open && d == low)) {
        return Fail(error, "number out of range" + at);
      }
      *field = d;
      return true;
    };
    auto count = [&](std::uint64_t* field) {
      if (!v.IsUint64()) return Fail(error, "expected a non-negative integer" + at);
      *field = v.GetUint64();
      return true;
    };
    constexpr double kHuge = 1e9;
    bool ok = true;
    std::uint64_t n = 0;
    if (key == "backend") {
      ok = string(&out.backend);
    } else if (key == "store") {
      ok = string(&out.store);
    } else if (key == "rules_dir" || key == "rules") {
      ok = string(&out.rules_dir);
    } else if (key == "model") {
      ok = string(&out.model);
    } else if (key == "api_key_env") {
      ok = string(&out.backend_options.api_key_env);
    } else if (key == "enable_cache") {
      ok = boolean(&out.enable_cache);
    } else if (key == "sqlite_full_sync") {
      ok = boolean(&out.store_options.sqlite_full_sync);
    } else if (key == "realtime") {
      ok = boolean(&out.backend_options.realtime);
    } else if (key == "capacity") {
      ok = count(&n);
      out.store_options.capacity = static_cast<std::size_t>(n);
    } else if (key == "ttl" || key == "ttl_seconds") {
      ok = count(&n);
      if (ok && n > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max() / 1000)) {
        ok = Fail(error, "number out of range" + at);
      }
      out.store_options.ttl_seconds = static_cast<std::int64_t>(n);
    } else if (key == "seed") {
      ok = count(&out.backend_options.seed);
    } else if (key == "retries") {
      ok = count(&n) && (n <= 100 || Fail(error, "number out of range" + at));
      out.backend_options.max_retries = static_cast<int>(n);
    } else if (key == "similarity_threshold") {
      ok = number(&out.store_options.similarity_threshold, 0, 1, false);
    } else if (key == "timeout") {
      ok = number(&out.backend_options.read_timeout_s, 0, kHuge, true);
    } else if (key == "connect_timeout") {
      ok = number(&out.backend_options.connect_timeout_s, 0, kHuge, true);
    } else if (key == "time_scale") {
      ok = number(&out.backend_options.time_scale, 0, kHuge, false);
    } else {
      ok = Fail(error, "unknown option" + at);
    }
    if (!ok) return false;
  }
  *options = std::move(out);
  return true;
}

std::string ResponseToJson(const Response& response, std::string_view id) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  // (A reason or output cut inside a character is written valid.)
  auto string = [&w](std::string_view s) { WriteValidString(w, s); };
  auto number = [&w](double d) {  // JSON has no NaN or infinity
    if (std::isfinite(d)) w.Double(d); else w.Null();
  };
  const RequestMetrics& m = response.metrics;
  w.StartObject();
  if (!id.empty()) {
    w.Key("id");
    string(id);
  }
  w.Key("ok"); w.Bool(response.ok);
  w.Key("path"); string(PathName(m.path));
  w.Key("output");
  if (response.ok) {
    string(response.output);
  } else {
    w.Null();
    w.Key("error"); string(response.error);
  }
  w.Key("latency_s"); number(m.latency_s);
  w.Key("engine_s"); number(m.engine_s);
  w.Key("backend_s"); number(m.backend_s);
  w.Key("prompt_tokens"); w.Int64(m.prompt_tokens);
  w.Key("completion_tokens"); w.Int64(m.completion_tokens);
  w.Key("reused_tokens"); w.Int64(m.reused_tokens);
  w.Key("attempts"); w.Int(m.attempts);
  w.Key("fallback"); w.Bool(m.fallback);
  w.Key("simulated"); w.Bool(m.simulated);
  w.Key("reason"); string(m.reason);
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

}  // namespace stepcache::engine
