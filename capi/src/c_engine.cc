// The C API's caching engine: options and requests in their JSON forms
// (stepcache/engine/json_io.h), responses as the result line `stepcache run`
// prints.
#include <memory>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "c_util.h"
#include "stepcache/c.h"
#include "stepcache/engine/engine.h"
#include "stepcache/engine/json_io.h"

struct stepcache_engine_t {
  std::unique_ptr<stepcache::engine::Engine> engine;
};

namespace stepcache::capi {
namespace {

stepcache_engine_t* Open(const char* options_json, char** error) {
  std::string message;
  std::string_view text;
  if (!TextArg(options_json, "options_json", &text, &message)) {
    PutError(error, message);
    return nullptr;
  }
  engine::Options options;
  if (!engine::OptionsFromJson(text, &options, &message)) {
    PutError(error, "options_json: " + message);
    return nullptr;
  }
  std::unique_ptr<engine::Engine> engine = engine::Engine::Open(options, &message);
  if (!engine) {
    PutError(error, "options_json: " + message);
    return nullptr;
  }
  auto handle = std::make_unique<stepcache_engine_t>();
  handle->engine = std::move(engine);
  Clear(error);
  return handle.release();
}

char* Serve(stepcache_engine_t* handle, const char* request_json, char** error) {
  if (!handle) {
    PutError(error, "engine is NULL");
    return nullptr;
  }
  std::string message;
  std::string_view text;
  engine::Request request;
  if (!TextArg(request_json, "request_json", &text, &message)) {
    PutError(error, message);
    return nullptr;
  }
  if (!engine::RequestFromJson(text, &request, &message)) {
    PutError(error, "request_json: " + message);
    return nullptr;
  }
  const engine::Response response = handle->engine->Serve(request);
  char* result = NewString(engine::ResponseToJson(response, request.id));
  if (result) Clear(error);
  return result;
}

char* Stats(stepcache_engine_t* handle, char** error) {
  if (!handle) {
    PutError(error, "engine is NULL");
    return nullptr;
  }
  const engine::MetricsTotals t = handle->engine->totals();
  const engine::StoreStats store = handle->engine->store().Stats();
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("requests"); w.Int64(t.requests);
  w.Key("errors"); w.Int64(t.errors);
  w.Key("reuse"); w.Int64(t.reuse);
  w.Key("patch"); w.Int64(t.patch);
  w.Key("skip"); w.Int64(t.skip);
  w.Key("prompt_tokens"); w.Int64(t.prompt_tokens);
  w.Key("completion_tokens"); w.Int64(t.completion_tokens);
  w.Key("reused_tokens"); w.Int64(t.reused_tokens);
  w.Key("backend_calls"); w.Int64(t.backend_calls);
  w.Key("fallbacks"); w.Int64(t.fallbacks);
  w.Key("engine_s"); w.Double(t.engine_s);
  w.Key("backend_s"); w.Double(t.backend_s);
  w.Key("entries"); w.Uint64(store.entries);
  w.EndObject();
  char* result = NewString(std::string_view(sb.GetString(), sb.GetSize()));
  if (result) Clear(error);
  return result;
}

}  // namespace
}  // namespace stepcache::capi

using stepcache::capi::Guard;

extern "C" {

stepcache_engine_t* stepcache_engine_new(const char* options_json, char** error) {
  return Guard(error, static_cast<stepcache_engine_t*>(nullptr),
               [&] { return stepcache::capi::Open(options_json, error); });
}

char* stepcache_serve(stepcache_engine_t* engine, const char* request_json, char** error) {
  return Guard(error, static_cast<char*>(nullptr),
               [&] { return stepcache::capi::Serve(engine, request_json, error); });
}

char* stepcache_engine_stats(stepcache_engine_t* engine, char** error) {
  return Guard(error, static_cast<char*>(nullptr),
               [&] { return stepcache::capi::Stats(engine, error); });
}

void stepcache_engine_free(stepcache_engine_t* engine) { delete engine; }

}  // extern "C"
