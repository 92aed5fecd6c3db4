// The C API (stepcache/c.h) against its header's contract: results, the
// ownership of every returned string, and that every bad argument (NULL,
// invalid UTF-8, malformed JSON, wrong types) comes back as an error string.
#include "stepcache/c.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace {

// Takes ownership of a returned string.
std::string Take(char* s) {
  std::string copy = s ? s : "<NULL>";
  stepcache_string_free(s);
  return copy;
}

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document doc;
  stepcache::JsonError error;
  EXPECT_TRUE(stepcache::ParseJson(text, doc, &error)) << text << ": " << error.ToString();
  return doc;
}

const char* const kPerson = R"({"type": "object", "properties": {"name": {"type": "string"},
  "age": {"type": "integer"}}, "required": ["name", "age"], "additionalProperties": false})";

TEST(CApiTest, VersionIsTheProjectVersion) {
  EXPECT_STREQ(stepcache_version(), "0.1.0");
}

TEST(CApiTest, ValidateReportsEveryErrorWithPointers) {
  char* errors = reinterpret_cast<char*>(0x1);  // must be overwritten, never freed
  EXPECT_EQ(stepcache_validate(kPerson, R"({"name": "Ann", "age": 31})", &errors), 1);
  EXPECT_EQ(errors, nullptr);
  EXPECT_EQ(stepcache_validate(kPerson, R"({"name": 7, "age": "x", "extra": 1})", &errors), 0);
  rapidjson::Document doc = Json(Take(errors));
  ASSERT_TRUE(doc.IsArray());
  ASSERT_EQ(doc.Size(), 3u);
  std::vector<std::string> where;
  for (const auto& e : doc.GetArray()) {
    where.push_back(e["instanceLocation"].GetString());
    EXPECT_TRUE(e["keywordLocation"].IsString());
    EXPECT_TRUE(e["keyword"].IsString());
    EXPECT_GT(e["message"].GetStringLength(), 0u);
  }
  EXPECT_NE(std::find(where.begin(), where.end(), "/name"), where.end());
  EXPECT_NE(std::find(where.begin(), where.end(), "/age"), where.end());
  // Errors are optional to receive.
  EXPECT_EQ(stepcache_validate(kPerson, "[]", nullptr), 0);
}

TEST(CApiTest, ValidateBadInputNamesTheArgument) {
  struct Case {
    const char* schema;
    const char* instance;
    const char* expect;  // substring of the message
  };
  const Case cases[] = {
      {nullptr, "1", "schema_json is NULL"},
      {"{}", nullptr, "instance_json is NULL"},
      {"{\"type\": ", "1", "schema_json: invalid JSON"},
      {"{}", "[1,", "instance_json: invalid JSON"},
      {"{}", "\"\xff\"", "instance_json: invalid UTF-8 at byte 1"},
      {"{\"type\": \"\xc0\xaf\"}", "1", "schema_json: invalid UTF-8 at byte 10"},
      {R"({"type": 12})", "1", "schema_json: "},
      {R"({"pattern": "(unclosed"})", "\"b\"", "schema_json: "},
  };
  for (const Case& c : cases) {
    char* errors = nullptr;
    EXPECT_EQ(stepcache_validate(c.schema, c.instance, &errors), -1) << c.expect;
    const std::string message = Take(errors);
    EXPECT_NE(message.find(c.expect), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(CApiTest, CompiledSchemaValidatesConcurrently) {
  char* error = nullptr;
  stepcache_schema_t* schema = stepcache_schema_compile(kPerson, &error);
  ASSERT_NE(schema, nullptr) << Take(error);
  EXPECT_EQ(error, nullptr);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::string instance =
            "{\"name\": \"n" + std::to_string(i) + "\", \"age\": " + ((i + t) % 2 ? "1" : "\"1\"") + "}";
        char* errors = nullptr;
        const int rc = stepcache_schema_validate(schema, instance.c_str(), &errors);
        if (rc != ((i + t) % 2 ? 1 : 0)) ++wrong;
        stepcache_string_free(errors);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
  char* errors = nullptr;
  EXPECT_EQ(stepcache_schema_validate(schema, "{", &errors), -1);
  EXPECT_NE(Take(errors).find("instance_json: invalid JSON"), std::string::npos);
  EXPECT_EQ(stepcache_schema_validate(nullptr, "1", &errors), -1);
  EXPECT_EQ(Take(errors), "schema is NULL");
  stepcache_schema_free(schema);
  stepcache_schema_free(nullptr);
}

TEST(CApiTest, CompileOptionsPickDialectAndFormatAssertion) {
  char* error = nullptr;
  // Draft 4 reads exclusiveMaximum as a boolean; 2020-12 as a number.
  stepcache_schema_t* d4 = stepcache_schema_compile_with_options(
      R"({"maximum": 5, "exclusiveMaximum": true})", R"({"dialect": "draft4"})", &error);
  ASSERT_NE(d4, nullptr) << Take(error);
  EXPECT_EQ(stepcache_schema_validate(d4, "5", nullptr), 0);
  EXPECT_EQ(stepcache_schema_validate(d4, "4", nullptr), 1);
  stepcache_schema_free(d4);
  stepcache_schema_t* email = stepcache_schema_compile_with_options(
      R"({"format": "email"})", R"({"format_assertion": true})", &error);
  ASSERT_NE(email, nullptr) << Take(error);
  EXPECT_EQ(stepcache_schema_validate(email, "\"not an address\"", nullptr), 0);
  stepcache_schema_free(email);
  EXPECT_EQ(stepcache_schema_compile_with_options("{}", R"({"dialect": "draft5"})", &error), nullptr);
  EXPECT_NE(Take(error).find("/dialect"), std::string::npos);
  EXPECT_EQ(stepcache_schema_compile_with_options("{}", R"({"strict": true})", &error), nullptr);
  EXPECT_NE(Take(error).find("unknown option at /strict"), std::string::npos);
}

TEST(CApiTest, RepairReturnsJsonAndLog) {
  char* log = nullptr;
  const std::string repaired = Take(stepcache_repair("Sure!\n```json\n{'a': 1,}\n```", nullptr, &log));
  EXPECT_EQ(Json(repaired)["a"].GetInt(), 1);
  rapidjson::Document fixes = Json(Take(log));
  ASSERT_TRUE(fixes.IsArray());
  EXPECT_GE(fixes.Size(), 2u);
  for (const auto& f : fixes.GetArray()) {
    EXPECT_TRUE(f["kind"].IsString());
    EXPECT_TRUE(f["offset"].IsUint64());
  }
  // Already valid: byte-identical, empty log.
  EXPECT_EQ(Take(stepcache_repair("{\"a\": [1, 2]}", nullptr, &log)), "{\"a\": [1, 2]}");
  EXPECT_EQ(Take(log), "[]");
  // Schema-guided coercion.
  const std::string coerced = Take(stepcache_repair(R"({"name": "Ann", "age": "31"})", kPerson, &log));
  stepcache_string_free(log);
  EXPECT_TRUE(Json(coerced)["age"].IsInt()) << coerced;
  // Broken UTF-8 inside a string is a repair, not bad input.
  const std::string utf8 = Take(stepcache_repair("{\"a\": \"x\xff\"}", nullptr, &log));
  EXPECT_TRUE(stepcache::IsValidUtf8(utf8)) << utf8;
  EXPECT_NE(Take(log).find("invalid_utf8"), std::string::npos);
}

TEST(CApiTest, RepairBadInput) {
  char* log = nullptr;
  EXPECT_EQ(stepcache_repair(nullptr, nullptr, &log), nullptr);
  EXPECT_EQ(Take(log), "text is NULL");
  EXPECT_EQ(stepcache_repair("text with [brackets", nullptr, &log), nullptr);
  EXPECT_NE(Take(log).find("text: cannot repair"), std::string::npos);
  EXPECT_EQ(stepcache_repair("{}", "{\"type\":", &log), nullptr);
  EXPECT_NE(Take(log).find("schema_json: invalid JSON"), std::string::npos);
  EXPECT_EQ(stepcache_repair("{}", "42", &log), nullptr);
  EXPECT_NE(Take(log).find("schema_json: a schema must be"), std::string::npos);
  EXPECT_EQ(stepcache_repair("{}", "{\"\xfe\": 1}", &log), nullptr);
  EXPECT_NE(Take(log).find("invalid UTF-8"), std::string::npos);
  EXPECT_EQ(stepcache_repair(std::string(100000, '[').c_str(), nullptr, &log), nullptr);
  EXPECT_NE(Take(log).find("deeper"), std::string::npos);
}

TEST(CApiTest, CheckGivesStepVerdicts) {
  const char* prompt = "Solve for x: 3x + 5 = 20. Show each step.";
  char* verdict = nullptr;
  EXPECT_EQ(stepcache_check("linear_equation", prompt, nullptr,
                            "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5\n", &verdict), 1);
  rapidjson::Document good = Json(Take(verdict));
  EXPECT_TRUE(good["pass"].GetBool());
  EXPECT_EQ(good["steps"].Size(), 3u);
  EXPECT_EQ(stepcache_check("linear_equation", prompt, nullptr,
                            "Step 1: 3x + 5 = 20\nStep 2: 3x = 16\nStep 3: x = 5\n", &verdict), 0);
  rapidjson::Document bad = Json(Take(verdict));
  EXPECT_FALSE(bad["pass"].GetBool());
  EXPECT_FALSE(bad["steps"][1]["pass"].GetBool());

  const char* extract = "Extract name and age. Text: Ada Byron is 36.";
  EXPECT_EQ(stepcache_check("json_extract", extract, kPerson, R"({"name": "Ada Byron", "age": 36})",
                            &verdict), 1) << verdict;
  stepcache_string_free(verdict);
  EXPECT_EQ(stepcache_check("json_extract", extract, kPerson, R"({"name": "Ada Byron", "age": 37})",
                            &verdict), 0);
  stepcache_string_free(verdict);
}

TEST(CApiTest, CheckBadInput) {
  struct Case {
    const char *task, *prompt, *schema, *output, *expect;
  };
  const Case cases[] = {
      {nullptr, "p", nullptr, "o", "task is NULL"},
      {"linear_equation", nullptr, nullptr, "o", "prompt is NULL"},
      {"linear_equation", "p", nullptr, nullptr, "output is NULL"},
      {"no_such_task", "p", nullptr, "o", "no built-in rules named"},
      {"../etc/passwd", "p", nullptr, "o", "task: "},
      {"linear_equation", "p\xff", nullptr, "o", "prompt: invalid UTF-8 at byte 1"},
      {"linear_equation", "p", nullptr, "\xe2\x82", "output: invalid UTF-8 at byte 0"},
      {"json_extract", "p", "{", "{}", "schema_json: invalid JSON"},
      {"json_extract", "p", R"({"type": "nope"})", "{}", "schema_json: "},
  };
  for (const Case& c : cases) {
    char* verdict = nullptr;
    EXPECT_EQ(stepcache_check(c.task, c.prompt, c.schema, c.output, &verdict), -1) << c.expect;
    const std::string message = Take(verdict);
    EXPECT_NE(message.find(c.expect), std::string::npos) << message;
  }
}

TEST(CApiTest, EngineServesReusesAndCountsTokens) {
  char* error = nullptr;
  stepcache_engine_t* engine = stepcache_engine_new(R"({"backend": "sim", "store": "memory"})", &error);
  ASSERT_NE(engine, nullptr) << Take(error);
  EXPECT_EQ(error, nullptr);
  const char* first = R"({"task": "linear_equation", "prompt": "Solve for x: 2x + 3 = 11.", "id": "a"})";
  rapidjson::Document a = Json(Take(stepcache_serve(engine, first, &error)));
  EXPECT_EQ(error, nullptr);
  ASSERT_TRUE(a["ok"].GetBool()) << a["error"].GetString();
  EXPECT_STREQ(a["id"].GetString(), "a");
  EXPECT_STREQ(a["path"].GetString(), "skip");
  EXPECT_GT(a["completion_tokens"].GetInt64(), 0);
  EXPECT_NE(std::string(a["output"].GetString()).find("x = 4"), std::string::npos);
  // The same request again is reused: no backend tokens at all.
  rapidjson::Document b = Json(Take(stepcache_serve(engine, first, &error)));
  ASSERT_TRUE(b["ok"].GetBool());
  EXPECT_STREQ(b["path"].GetString(), "reuse");
  EXPECT_EQ(b["prompt_tokens"].GetInt64() + b["completion_tokens"].GetInt64(), 0);
  EXPECT_GT(b["reused_tokens"].GetInt64(), 0);
  // A whole workload line (with ground truth the engine ignores) is a request.
  const char* line = R"({"id": "j", "task": "json_extract", "tenant": "t1",
    "prompt": "Extract name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n",
    "schema": {"type": "object", "properties": {"name": {"type": "string"},
      "age": {"type": "integer"}}, "required": ["name", "age"]},
    "expect": {"json": {"name": "Ann Lee", "age": 31}}, "perturbation": "base"})";
  rapidjson::Document j = Json(Take(stepcache_serve(engine, line, &error)));
  ASSERT_TRUE(j["ok"].GetBool()) << j["error"].GetString();
  rapidjson::Document answer = Json(j["output"].GetString());
  EXPECT_STREQ(answer["name"].GetString(), "Ann Lee");
  EXPECT_EQ(answer["age"].GetInt(), 31);
  rapidjson::Document stats = Json(Take(stepcache_engine_stats(engine, &error)));
  EXPECT_EQ(stats["requests"].GetInt64(), 3);
  EXPECT_EQ(stats["reuse"].GetInt64(), 1);
  EXPECT_EQ(stats["entries"].GetUint64(), 2u);
  stepcache_engine_free(engine);
  stepcache_engine_free(nullptr);
}

TEST(CApiTest, EngineServesConcurrently) {
  char* error = nullptr;
  stepcache_engine_t* engine = stepcache_engine_new("{}", &error);
  ASSERT_NE(engine, nullptr) << Take(error);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const std::string request = "{\"task\": \"linear_equation\", \"prompt\": \"Solve for x: " +
                                    std::to_string(t + 2) + "x + " + std::to_string(i) + " = " +
                                    std::to_string(3 * (t + 2) + i) + ".\"}";
        char* err = nullptr;
        char* out = stepcache_serve(engine, request.c_str(), &err);
        if (!out || std::string(out).find("\"ok\":true") == std::string::npos ||
            std::string(out).find("x = 3") == std::string::npos) {
          ++failures;
        }
        stepcache_string_free(out);
        stepcache_string_free(err);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  stepcache_engine_free(engine);
}

TEST(CApiTest, EngineBadOptions) {
  struct Case {
    const char *options, *expect;
  };
  const Case cases[] = {
      {nullptr, "options_json is NULL"},
      {"", "options_json: "},
      {"[]", "must be a JSON object"},
      {R"({"backend": "gpt"})", "options_json: "},
      {R"({"store": "redis:x"})", "options_json: "},
      {R"({"capacity": -1})", "/capacity"},
      {R"({"ttl": "1h"})", "/ttl"},
      {R"({"timeout": 0})", "/timeout"},
      {R"({"bakend": "sim"})", "unknown option at /bakend"},
      {"{\"model\": \"\xff\"}", "invalid UTF-8"},
      // Caller text quoted in a message cannot break it over lines.
      {R"({"a\nb": 1})", "unknown option at /a\\nb"},
  };
  for (const Case& c : cases) {
    char* error = nullptr;
    stepcache_engine_t* engine = stepcache_engine_new(c.options, &error);
    EXPECT_EQ(engine, nullptr) << c.expect;
    stepcache_engine_free(engine);
    const std::string message = Take(error);
    EXPECT_NE(message.find(c.expect), std::string::npos) << c.expect << " -> " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(CApiTest, ServeBadRequests) {
  stepcache_engine_t* engine = stepcache_engine_new(R"({"capacity": 10, "ttl": 60})", nullptr);
  ASSERT_NE(engine, nullptr);
  struct Case {
    const char *request, *expect;
  };
  const Case cases[] = {
      {nullptr, "request_json is NULL"},
      {"{", "request_json: "},
      {"\"x\"", "must be a JSON object"},
      {R"({"prompt": "p"})", "missing required member at /task"},
      {R"({"task": "linear_equation"})", "missing required member at /prompt"},
      {R"({"task": 3, "prompt": "p"})", "expected a string at /task"},
      {R"({"task": "json_extract", "prompt": "p", "schema": "{}"})", "/schema"},
      {R"({"task": "t", "prompt": "p", "params": {"max_tokens": "x"}})", "/params"},
      {"{\"task\": \"t\", \"prompt\": \"\xed\xa0\x80\"}", "invalid UTF-8"},
  };
  for (const Case& c : cases) {
    char* error = nullptr;
    EXPECT_EQ(stepcache_serve(engine, c.request, &error), nullptr) << c.expect;
    const std::string message = Take(error);
    EXPECT_NE(message.find(c.expect), std::string::npos) << c.expect << " -> " << message;
    EXPECT_EQ(message.rfind("request_json", 0), 0u) << message;
  }
  char* error = nullptr;
  EXPECT_EQ(stepcache_serve(nullptr, "{}", &error), nullptr);
  EXPECT_EQ(Take(error), "engine is NULL");
  // An unknown task is not malformed input: the request is answered with ok false.
  rapidjson::Document r =
      Json(Take(stepcache_serve(engine, R"({"task": "no_such_task", "prompt": "p"})", &error)));
  EXPECT_FALSE(r["ok"].GetBool());
  EXPECT_TRUE(r["output"].IsNull());
  EXPECT_TRUE(r["error"].IsString());
  stepcache_engine_free(engine);
}

}  // namespace
