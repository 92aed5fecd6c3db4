// The C API's JSON entry points (stepcache/c.h) with arbitrary bytes: no
// crash, no exception, no abort crosses the boundary, and every answer keeps
// the header's contract (return codes, messages on every error, JSON where
// JSON is promised).
//
// Input: one selector byte, then up to four arguments separated by 0x1F
// (C strings: each argument ends at its first NUL, as a C caller's would).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "stepcache/c.h"
#include "stepcache/engine/engine.h"
#include "stepcache/engine/json_io.h"
#include "stepcache/schemas/json.h"

namespace {

void Require(bool ok) {
  if (!ok) std::abort();
}

// An error message: present, one line, UTF-8. Frees it.
void RequireMessage(char* message) {
  Require(message != nullptr && message[0] != '\0');
  Require(std::strchr(message, '\n') == nullptr);
  Require(stepcache::IsValidUtf8(message));
  stepcache_string_free(message);
}

// JSON of the expected type. Frees it.
void RequireJson(char* text, rapidjson::Type type) {
  Require(text != nullptr);
  rapidjson::Document doc;
  Require(stepcache::ParseJson(text, doc));
  Require(doc.GetType() == type);
  stepcache_string_free(text);
}

// A validate-like result: 1 (no errors), 0 (an errors array) or -1 (a message).
void RequireVerdict(int rc, char* out, rapidjson::Type zero_type) {
  if (rc == 1 && zero_type == rapidjson::kArrayType) {
    Require(out == nullptr);
  } else if (rc == 1 || rc == 0) {
    RequireJson(out, zero_type);
  } else {
    Require(rc == -1);
    RequireMessage(out);
  }
}

stepcache_engine_t* SharedEngine() {
  static stepcache_engine_t* engine =
      stepcache_engine_new(R"({"backend": "sim", "store": "memory", "capacity": 256})", nullptr);
  return engine;
}

// Opening an engine with fuzzed options must not reach the network, run
// programs, write files or really sleep: only in-memory simulated engines
// are opened; every other option text is still parsed.
bool SafeToOpen(const std::string& options_json) {
  stepcache::engine::Options options;
  std::string error;
  if (!stepcache::engine::OptionsFromJson(options_json, &options, &error)) return true;  // fails early
  const bool sim = options.backend == "sim" ||
                   (options.backend.rfind("sim:", 0) == 0 &&
                    options.backend.find("realtime") == std::string::npos);
  return sim && options.store == "memory" && options.rules_dir.empty() &&
         !options.backend_options.realtime;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int selector = data[0] % 6;
  std::vector<std::string> args;
  std::string current;
  for (std::size_t i = 1; i < size; ++i) {
    if (data[i] == 0x1F && args.size() < 3) {
      args.push_back(current);
      current.clear();
    } else {
      current.push_back(static_cast<char>(data[i]));
    }
  }
  args.push_back(current);
  while (args.size() < 4) args.emplace_back();
  const char* a = args[0].c_str();
  const char* b = args[1].c_str();
  const char* c = args[2].c_str();
  const char* d = args[3].c_str();

  char* out = nullptr;
  switch (selector) {
    case 0: {
      RequireVerdict(stepcache_validate(a, b, &out), out, rapidjson::kArrayType);
      break;
    }
    case 1: {
      stepcache_schema_t* schema =
          stepcache_schema_compile_with_options(a, args[1].empty() ? nullptr : b, &out);
      if (!schema) {
        RequireMessage(out);
        break;
      }
      Require(out == nullptr);
      for (const char* instance : {c, d, "null", "{\"a\": [1, \"x\", {}]}"}) {
        RequireVerdict(stepcache_schema_validate(schema, instance, &out), out, rapidjson::kArrayType);
      }
      stepcache_schema_free(schema);
      break;
    }
    case 2: {
      char* repaired = stepcache_repair(a, args[1].empty() ? nullptr : b, &out);
      if (repaired) {
        rapidjson::Document doc;
        Require(stepcache::ParseJson(repaired, doc));  // the header's promise
        stepcache_string_free(repaired);
        RequireJson(out, rapidjson::kArrayType);
      } else {
        RequireMessage(out);
      }
      break;
    }
    case 3: {
      static const char* const kTasks[] = {"linear_equation", "json_extract", "no_such_task"};
      const char* task = kTasks[args[0].size() % 3];
      RequireVerdict(stepcache_check(task, b, args[2].empty() ? nullptr : c, d, &out), out,
                     rapidjson::kObjectType);
      break;
    }
    case 4: {
      if (!SafeToOpen(args[0])) break;
      stepcache_engine_t* engine = stepcache_engine_new(a, &out);
      if (!engine) {
        RequireMessage(out);
        break;
      }
      Require(out == nullptr);
      char* response = stepcache_serve(
          engine, R"({"task": "linear_equation", "prompt": "Solve for x: 2x + 1 = 7."})", &out);
      RequireJson(response, rapidjson::kObjectType);
      stepcache_engine_free(engine);
      break;
    }
    case 5: {
      char* response = stepcache_serve(SharedEngine(), a, &out);
      if (response) {
        Require(out == nullptr);
        RequireJson(response, rapidjson::kObjectType);
      } else {
        RequireMessage(out);
      }
      break;
    }
  }
  return 0;
}
