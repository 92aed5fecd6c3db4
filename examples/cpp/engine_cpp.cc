// StepCache's C++ API from an installed package (stepcache::stepcache_static):
// open an engine, serve two requests, and compile a JSON Schema directly.
#include <cstdio>
#include <memory>
#include <string>

#include <stepcache/engine/engine.h>
#include <stepcache/schemas/json.h>
#include <stepcache/schemas/schema.h>

int main() {
  int failures = 0;
  auto expect = [&failures](bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok) ++failures;
  };

  stepcache::engine::Options options;  // the simulated backend, an in-memory store
  std::string error;
  std::unique_ptr<stepcache::engine::Engine> engine = stepcache::engine::Engine::Open(options, &error);
  expect(engine != nullptr, "the engine opens");
  if (!engine) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  stepcache::engine::Request request;
  request.task = "json_extract";
  request.prompt = "Extract name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n";
  request.schema_json = R"({"type": "object", "properties": {"name": {"type": "string"},
      "age": {"type": "integer"}}, "required": ["name", "age"]})";
  const stepcache::engine::Response first = engine->Serve(request);
  expect(first.ok, "the first request is answered");
  std::printf("      %s via %s\n", first.output.c_str(),
              std::string(stepcache::engine::PathName(first.metrics.path)).c_str());
  const stepcache::engine::Response second = engine->Serve(request);
  expect(second.ok && second.metrics.path == stepcache::engine::Path::kReuse &&
             second.metrics.completion_tokens == 0,
         "the repeated request is reused without a model call");

  rapidjson::Document schema_doc, instance;
  expect(stepcache::ParseJson(R"({"type": "integer", "minimum": 0})", schema_doc) &&
             stepcache::ParseJson("-3", instance),
         "JSON parses");
  auto schema = stepcache::schemas::Schema::Compile(schema_doc);
  expect(schema && !schema->Validate(instance).valid, "-3 is not a non-negative integer");

  std::printf("%s\n", failures ? "c++ engine example: FAILED" : "c++ engine example: all ok");
  return failures ? 1 : 0;
}
