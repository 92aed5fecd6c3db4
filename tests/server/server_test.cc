// `stepcache serve` in process: a Server on 127.0.0.1 (any free port) over an
// Engine, driven with httplib::Client. Backends: the deterministic simulated
// model in process, the simulated model over HTTP (SimServer, with its fault
// injection and reply hook), and a scripted in-process backend.
#include "stepcache/server/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "stepcache/engine/sim_server.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::server {
namespace {

using engine::Engine;

constexpr char kEquation[] =
    R"({"model":"m","messages":[{"role":"user","content":"Solve for x: 3x + 5 = 20. Show your steps."}]})";
constexpr char kSchema[] =
    R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},)"
    R"("required":["name","age"],"additionalProperties":false})";

std::string Extraction(const std::string& name, int age, const std::string& extra = "") {
  return R"({"model":"m","messages":[{"role":"user","content":"Extract the person's name and age as JSON.\nText:\nName: )" +
         name + R"(\nAge: )" + std::to_string(age) +
         R"(\n"}],"response_format":{"type":"json_schema","json_schema":{"name":"person","strict":true,"schema":)" +
         kSchema + "}}" + extra + "}";
}

class ScriptedBackend : public engine::Backend {
 public:
  using Fn = std::function<engine::BackendResult(const engine::ChatRequest&)>;
  explicit ScriptedBackend(Fn fn) : fn_(std::move(fn)) {}
  engine::BackendResult Complete(const engine::ChatRequest& r) override {
    ++calls;
    return fn_(r);
  }
  std::string name() const override { return "scripted (test)"; }
  std::atomic<int> calls{0};

 private:
  Fn fn_;
};

// An engine and a server on a free loopback port.
struct Harness {
  std::unique_ptr<Engine> engine;
  std::unique_ptr<Server> server;
  std::atomic<std::int64_t> now_ms{1'700'000'000'000};

  Harness(const std::string& backend_spec, ServerOptions options = {}, engine::Options eo = {},
          std::unique_ptr<engine::Backend> backend = nullptr) {
    eo.backend = backend_spec;
    eo.backend_options.max_retries = 0;
    eo.store_options.clock = [this] { return now_ms.load(); };
    std::string error;
    if (!backend) backend = engine::OpenBackend(eo.backend, eo.backend_options, &error);
    EXPECT_NE(backend, nullptr) << error;
    auto store = engine::OpenStore("memory", eo.store_options, &error);
    engine = Engine::Open(eo, std::move(backend), std::move(store), &error);
    EXPECT_NE(engine, nullptr) << error;
    options.backend_spec = backend_spec;
    server = std::make_unique<Server>(options, *engine);
    EXPECT_TRUE(server->Start(&error)) << error;
  }
  ~Harness() {
    server->Stop();
    server.reset();
    engine.reset();
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", server->port());
    c.set_read_timeout(30, 0);
    return c;
  }
};

httplib::Result Post(httplib::Client& c, const std::string& path, const std::string& body,
                     httplib::Headers headers = {}) {
  return c.Post(path.c_str(), headers, body, "application/json");
}

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document d;
  EXPECT_TRUE(ParseJson(text, d)) << text;
  return d;
}

std::string Content(const std::string& body) {
  rapidjson::Document d = Json(body);
  if (!d.IsObject() || !d.HasMember("choices")) return "";
  return d["choices"][0]["message"]["content"].GetString();
}

// The error object of an OpenAI error body; fails the test when it is not one.
const rapidjson::Value& ErrorOf(const rapidjson::Document& d) {
  static const rapidjson::Value kNull;
  EXPECT_TRUE(d.IsObject() && d.HasMember("error") && d["error"].IsObject());
  if (!d.IsObject() || !d.HasMember("error")) return kNull;
  const rapidjson::Value& e = d["error"];
  EXPECT_TRUE(e["message"].IsString());
  EXPECT_TRUE(e["type"].IsString());
  EXPECT_TRUE(e.HasMember("param"));
  EXPECT_TRUE(e.HasMember("code"));
  return e;
}

std::string Param(const std::string& body) {
  rapidjson::Document d = Json(body);
  const rapidjson::Value& e = ErrorOf(d);
  return e.IsObject() && e["param"].IsString() ? e["param"].GetString() : "";
}

httplib::Headers Task(const std::string& task) { return {{"X-StepCache-Task", task}}; }

TEST(ServerTest, NonStreamingSkipThenReuseWithUsageSplit) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  auto first = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  EXPECT_EQ(first->get_header_value("x-stepcache-path"), "skip");
  EXPECT_FALSE(first->has_header("x-stepcache-age"));
  rapidjson::Document d = Json(first->body);
  EXPECT_STREQ(d["object"].GetString(), "chat.completion");
  EXPECT_STREQ(d["model"].GetString(), "m");
  EXPECT_STREQ(d["choices"][0]["message"]["role"].GetString(), "assistant");
  EXPECT_STREQ(d["choices"][0]["finish_reason"].GetString(), "stop");
  EXPECT_NE(Content(first->body).find("x = 5"), std::string::npos) << first->body;
  EXPECT_GT(d["usage"]["completion_tokens_details"]["regenerated_tokens"].GetInt64(), 0);

  h.now_ms += 3000;
  auto again = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(again->get_header_value("x-stepcache-path"), "reuse");
  EXPECT_EQ(again->get_header_value("x-stepcache-age"), "3");
  EXPECT_EQ(Content(again->body), Content(first->body));
  rapidjson::Document r = Json(again->body);
  const rapidjson::Value& u = r["usage"];
  EXPECT_EQ(u["completion_tokens_details"]["regenerated_tokens"].GetInt64(), 0);
  EXPECT_GT(u["completion_tokens_details"]["reused_tokens"].GetInt64(), 0);
  EXPECT_EQ(u["completion_tokens"].GetInt64(), u["completion_tokens_details"]["reused_tokens"].GetInt64());
  EXPECT_EQ(u["total_tokens"].GetInt64(), u["prompt_tokens"].GetInt64() + u["completion_tokens"].GetInt64());
  EXPECT_STREQ(r["stepcache"]["path"].GetString(), "reuse");
  EXPECT_EQ(r["stepcache"]["age_s"].GetInt64(), 3);

  // The task from the body extension is the same partition as the header's.
  std::string body = kEquation;
  body.insert(body.size() - 1, R"(,"stepcache":{"task":"linear_equation"})");
  auto ext = Post(c, "/v1/chat/completions", body);
  EXPECT_EQ(ext->get_header_value("x-stepcache-path"), "reuse") << ext->body;
}

// Parses an SSE body into its data payloads.
std::vector<std::string> Events(const std::string& body) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < body.size()) {
    std::size_t end = body.find("\n\n", at);
    EXPECT_NE(end, std::string::npos) << "an event not ended by a blank line";
    if (end == std::string::npos) break;
    const std::string event = body.substr(at, end - at);
    EXPECT_EQ(event.rfind("data: ", 0), 0u) << event;
    out.push_back(event.substr(6));
    at = end + 2;
  }
  return out;
}

TEST(ServerTest, StreamingChunksParseAndEndWithUsageThenDone) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  std::string body = kEquation;
  body.insert(body.size() - 1, R"(,"stream":true,"stream_options":{"include_usage":true})");
  for (const char* expected_path : {"skip", "reuse"}) {
    auto res = Post(c, "/v1/chat/completions", body, Task("linear_equation"));
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("x-stepcache-path"), expected_path);
    EXPECT_NE(res->get_header_value("Content-Type").find("text/event-stream"), std::string::npos);
    std::vector<std::string> events = Events(res->body);
    ASSERT_GE(events.size(), 4u);
    EXPECT_EQ(events.back(), "[DONE]");
    std::string text;
    bool finished = false;
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
      rapidjson::Document d = Json(events[i]);
      ASSERT_TRUE(d.IsObject());
      EXPECT_STREQ(d["object"].GetString(), "chat.completion.chunk");
      const rapidjson::Value& choices = d["choices"];
      if (i + 2 == events.size()) {  // the usage chunk
        EXPECT_TRUE(choices.IsArray() && choices.Empty());
        ASSERT_TRUE(d.HasMember("usage"));
        EXPECT_EQ(d["usage"]["total_tokens"].GetInt64(),
                  d["usage"]["prompt_tokens"].GetInt64() + d["usage"]["completion_tokens"].GetInt64());
        continue;
      }
      EXPECT_FALSE(d.HasMember("usage"));
      const rapidjson::Value& delta = choices[0]["delta"];
      if (i == 0) {
        EXPECT_STREQ(delta["role"].GetString(), "assistant");
      }
      if (delta.HasMember("content")) text += delta["content"].GetString();
      if (choices[0]["finish_reason"].IsString()) {
        EXPECT_FALSE(finished) << "finish_reason twice";
        finished = true;
      }
    }
    EXPECT_TRUE(finished);
    auto plain = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
    EXPECT_EQ(plain->get_header_value("x-stepcache-path"), "reuse");
    EXPECT_EQ(Content(plain->body), text);
  }
  // Without include_usage no chunk carries usage.
  std::string no_usage = kEquation;
  no_usage.insert(no_usage.size() - 1, R"(,"stream":true)");
  auto res = Post(c, "/v1/chat/completions", no_usage, Task("linear_equation"));
  for (const std::string& e : Events(res->body)) EXPECT_EQ(e.find("\"usage\""), std::string::npos) << e;
}

TEST(ServerTest, JsonSchemaResponseFormatIsHonouredAndImpliesJsonExtract) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  auto res = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("x-stepcache-path"), "skip");
  EXPECT_EQ(Content(res->body), R"({"name":"Ann Lee","age":31})");
  auto again = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
  EXPECT_EQ(again->get_header_value("x-stepcache-path"), "reuse");
  // Another schema is another partition: the cached answer lacks "city".
  std::string other = Extraction("Ann Lee", 31);
  const std::string from = R"("required":["name","age"])";
  other.replace(other.find(from), from.size(), R"("required":["name","age","city"])");
  const std::string props = R"("age":{"type":"integer"}})";
  other.replace(other.find(props), props.size(), R"("age":{"type":"integer"},"city":{"type":"string"}})");
  auto res2 = Post(c, "/v1/chat/completions", other);
  EXPECT_NE(res2->get_header_value("x-stepcache-path"), "reuse") << res2->body;
}

TEST(ServerTest, AnAnswerFailingTheSchemaIsNeverServed) {
  auto backend = std::make_unique<ScriptedBackend>([](const engine::ChatRequest&) {
    engine::ChatResponse r;
    r.content = R"({"name":"Ann Lee","age":"thirty-one"})";
    r.finish_reason = "stop";
    return engine::BackendResult(r);
  });
  Harness h("scripted", {}, {}, std::move(backend));
  auto c = h.Client();
  auto res = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
  ASSERT_TRUE(res);
  if (res->status == 200) {
    rapidjson::Document schema = Json(kSchema), answer = Json(Content(res->body));
    auto compiled = schemas::Schema::Compile(schema, {}, nullptr);
    EXPECT_TRUE(compiled->Validate(answer, {}).valid) << res->body;
  } else {
    EXPECT_EQ(res->status, 502) << res->body;
    rapidjson::Document d = Json(res->body);
    EXPECT_STREQ(ErrorOf(d)["code"].GetString(), "no_verified_answer");
  }
}

TEST(ServerTest, CacheControlNoCacheNoStoreAndMaxAge) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  auto path = [&](const char* cache_control) {
    httplib::Headers headers = Task("linear_equation");
    if (cache_control) headers.emplace("Cache-Control", cache_control);
    auto r = Post(c, "/v1/chat/completions", kEquation, headers);
    EXPECT_EQ(r->status, 200) << r->body;
    return r->get_header_value("x-stepcache-path");
  };
  EXPECT_EQ(path("no-store"), "skip");
  EXPECT_EQ(path("no-store"), "skip") << "no-store wrote an entry";
  EXPECT_EQ(h.engine->store().Stats().entries, 0u);
  EXPECT_EQ(path(nullptr), "skip");
  EXPECT_EQ(path(nullptr), "reuse");
  EXPECT_EQ(path("no-cache"), "skip") << "no-cache read the cache";
  EXPECT_EQ(h.engine->store().Stats().entries, 1u);
  h.now_ms += 10'000;
  EXPECT_EQ(path("max-age=5"), "skip") << "a 10 s old entry under max-age=5";
  h.now_ms += 2'000;
  EXPECT_EQ(path("max-age=5"), "reuse") << "the entry max-age=5 stored 2 s ago";
  EXPECT_EQ(path("no-cache, no-store"), "skip");
}

TEST(ServerTest, KeysAuthenticateAndTenantsAreIsolated) {
  ServerOptions options;
  std::string error;
  options.keys = ApiKeys::Parse("# test keys\nsk-alpha alpha\nsk-beta\tbeta\n", &error);
  ASSERT_TRUE(options.keys) << error;
  Harness h("sim:error_rate=0", options);
  auto c = h.Client();
  auto with_key = [&](const std::string& key) {
    httplib::Headers headers = Task("linear_equation");
    if (!key.empty()) headers.emplace("Authorization", "Bearer " + key);
    return Post(c, "/v1/chat/completions", kEquation, headers);
  };
  for (const char* bad : {"", "sk-gamma"}) {
    auto r = with_key(bad);
    EXPECT_EQ(r->status, 401) << bad;
    rapidjson::Document d = Json(r->body);
    EXPECT_STREQ(ErrorOf(d)["type"].GetString(), "authentication_error");
  }
  EXPECT_EQ(with_key("sk-alpha")->get_header_value("x-stepcache-path"), "skip");
  EXPECT_EQ(with_key("sk-alpha")->get_header_value("x-stepcache-path"), "reuse");
  EXPECT_EQ(with_key("sk-beta")->get_header_value("x-stepcache-path"), "skip") << "beta saw alpha's entry";
  auto models = c.Get("/v1/models");
  EXPECT_EQ(models->status, 401);
  EXPECT_EQ(c.Get("/healthz")->status, 200);
  auto metrics = c.Get("/metrics");
  EXPECT_NE(metrics->body.find(R"(stepcache_http_requests_total{path="reuse",tenant="alpha"} 1)"), std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find(R"(stepcache_http_requests_total{path="skip",tenant="beta"} 1)"), std::string::npos);
}

TEST(ServerTest, BadRequestsNameTheField) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  struct Case {
    std::string body;
    std::string param;
  } cases[] = {
      {R"({"model":"m"})", "messages"},
      {R"({"messages":"not an array"})", "messages"},
      {R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":7}]})", "messages[1].content"},
      {R"({"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]})",
       "messages[0].content[0].type"},
      {R"({"messages":[{"role":"user","content":"a"}],"temperature":"hot"})", "temperature"},
      {R"({"messages":[{"role":"user","content":"a"}],"n":2})", "n"},
      {R"({"messages":[{"role":"user","content":"a"}],"max_tokens":1.5})", "max_tokens"},
      {R"({"messages":[{"role":"user","content":"a"}],"stop":[1]})", "stop[0]"},
      {R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"json_schema"}})",
       "response_format.json_schema"},
      {R"({"messages":[{"role":"user","content":"a"}],"response_format":{"type":"json_schema","json_schema":{"name":"x"}}})",
       "response_format.json_schema.schema"},
      {R"({"messages":[{"role":"user","content":"a"}],"stepcache":{"task":"../etc/passwd"}})", "stepcache.task"},
      {R"({"messages":[{"role":"user","content":"a"}],"stepcache":{"task":"no_such_task"}})", "stepcache.task"},
      {R"({"messages":[{"role":"user","content":"a"}],"stream":"yes"})", "stream"},
      {R"({"messages":[{"role":"tool","content":"a"}]})", "messages[0].role"},
  };
  for (const Case& k : cases) {
    auto r = Post(c, "/v1/chat/completions", k.body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << k.body << " -> " << r->body;
    EXPECT_EQ(Param(r->body), k.param) << k.body << " -> " << r->body;
  }
  auto multi = Post(c, "/v1/chat/completions",
                    R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})",
                    Task("linear_equation"));
  EXPECT_EQ(multi->status, 400);
  EXPECT_EQ(Param(multi->body), "messages[1].role");
  // A named message ("Extract my name", an "example_user" system message):
  // who speaks is not read, so the cached path refuses it.
  auto named = Post(c, "/v1/chat/completions",
                    R"({"messages":[{"role":"system","name":"example_user","content":"Name: Eli Moe"},)"
                    R"({"role":"user","content":"Extract the name as JSON."}]})",
                    Task("json_extract"));
  EXPECT_EQ(named->status, 400) << named->body;
  EXPECT_EQ(Param(named->body), "messages[0].name");
  auto malformed = Post(c, "/v1/chat/completions", R"({"messages": [})");
  EXPECT_EQ(malformed->status, 400);
  EXPECT_NE(malformed->body.find("at byte"), std::string::npos) << malformed->body;
  EXPECT_EQ(c.Get("/v1/chat/completions")->status, 405);
  auto missing = c.Get("/v1/nothing");
  EXPECT_EQ(missing->status, 404);
  rapidjson::Document d = Json(missing->body);
  ErrorOf(d);
}

TEST(ServerTest, ANameGivenTwiceIs400WithItsPointer) {
  // {"content": A, "content": B}: this server would read A, a client or a
  // gateway that logged the request B; the request is refused, not served
  // from a cache entry for A.
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  std::string body = Extraction("Ada Lie", 41);
  body.insert(body.find(R"("role":"user")"), R"("role":"system",)");
  auto r = Post(c, "/v1/chat/completions", body);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;
  rapidjson::Document d = Json(r->body);
  const std::string message = ErrorOf(d)["message"].GetString();
  EXPECT_NE(message.find("/messages/0/role"), std::string::npos) << message;
  auto twice = Post(c, "/v1/chat/completions", R"({"model":"m","model":"n","messages":[]})");
  EXPECT_EQ(twice->status, 400);
  EXPECT_NE(twice->body.find("/model"), std::string::npos) << twice->body;
  auto verify = Post(c, "/v1/stepcache/verify", R"({"task":"json_extract","task":"linear_equation","prompt":"p","output":"o"})");
  EXPECT_EQ(verify->status, 400) << verify->body;
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a":[{"b":1},{"c":{"d":1,"e":2,"d":3}}]})", doc));
  std::string at;
  EXPECT_TRUE(FindDuplicateKey(doc, &at));
  EXPECT_EQ(at, "/a/1/c/d");
  ASSERT_TRUE(ParseJson(R"({"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]})", doc));
  EXPECT_FALSE(FindDuplicateKey(doc));
}

TEST(ServerTest, BodyOverTheLimitIs413) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  Harness h("sim:error_rate=0", options);
  auto c = h.Client();
  std::string big = R"({"messages":[{"role":"user","content":")" + std::string(4096, 'a') + R"("}]})";
  auto r = Post(c, "/v1/chat/completions", big);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  rapidjson::Document d = Json(r->body);
  ErrorOf(d);
  auto small = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  ASSERT_TRUE(small);
  EXPECT_EQ(small->status, 200);
}

// A backend that blocks until released.
struct Gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  int waiting = 0;
};

// A backend whose every call waits until the gate opens, then answers a
// right solution of 3x + 5 = 20.
std::unique_ptr<ScriptedBackend> GatedBackend(std::shared_ptr<Gate> gate) {
  return std::make_unique<ScriptedBackend>([gate](const engine::ChatRequest&) {
    std::unique_lock<std::mutex> lock(gate->mu);
    ++gate->waiting;
    gate->cv.notify_all();
    gate->cv.wait(lock, [&] { return gate->open; });
    engine::ChatResponse r;
    r.content = "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5";
    r.finish_reason = "stop";
    return engine::BackendResult(r);
  });
}

TEST(ServerTest, OverTheConcurrencyLimitIs503WithRetryAfter) {
  auto gate = std::make_shared<Gate>();
  auto backend = GatedBackend(gate);
  ServerOptions options;
  options.max_concurrent = 1;
  options.threads = 4;
  Harness h("scripted", options, {}, std::move(backend));
  std::thread first([&] {
    auto c = h.Client();
    auto r = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
    EXPECT_EQ(r->status, 200);
  });
  {
    std::unique_lock<std::mutex> lock(gate->mu);
    ASSERT_TRUE(gate->cv.wait_for(lock, std::chrono::seconds(10), [&] { return gate->waiting > 0; }));
  }
  auto c = h.Client();
  auto r = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->get_header_value("Retry-After"), "1");
  rapidjson::Document d = Json(r->body);
  ErrorOf(d);
  EXPECT_EQ(c.Get("/healthz")->status, 200) << "health checks are not limited";
  {
    std::lock_guard<std::mutex> lock(gate->mu);
    gate->open = true;
  }
  gate->cv.notify_all();
  first.join();
}

// A loopback port nothing listens on: bound, never listened, closed.
int ClosedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

TEST(ServerTest, BackendDownIs502WithAnErrorBody) {
  const int port = ClosedPort();
  Harness h("openai:http://127.0.0.1:" + std::to_string(port) + "/v1");
  auto c = h.Client();
  auto r = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 502) << r->body;
  rapidjson::Document d = Json(r->body);
  EXPECT_STREQ(ErrorOf(d)["code"].GetString(), "backend_unavailable");
  EXPECT_STREQ(d["error"]["type"].GetString(), "server_error");
  auto bypass = Post(c, "/v1/chat/completions", kEquation);
  EXPECT_EQ(bypass->status, 502);
  EXPECT_EQ(c.Get("/v1/models")->status, 502);
  auto metrics = c.Get("/metrics");
  EXPECT_EQ(metrics->body.find("stepcache_backend_errors_total 0"), std::string::npos) << metrics->body;
}

struct SimHarness {
  engine::SimServer sim;
  explicit SimHarness(engine::SimServerOptions o) : sim(([&] {
                                                      o.time_scale = 0;
                                                      o.sim.error_rate = 0;
                                                      return o;
                                                    })()) {
    std::string error;
    EXPECT_TRUE(sim.Start(&error)) << error;
  }
  std::string Spec() const { return "openai:http://127.0.0.1:" + std::to_string(sim.port()) + "/v1"; }
};

TEST(ServerTest, BackendStatus500AndGarbageAre502) {
  for (int mode = 0; mode < 2; ++mode) {
    engine::SimServerOptions o;
    if (mode == 0) o.status = 500;
    if (mode == 1) o.garbage_rate = 1;
    SimHarness sim(o);
    Harness h(sim.Spec());
    auto c = h.Client();
    auto r = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 502) << r->body;
    rapidjson::Document d = Json(r->body);
    EXPECT_STREQ(ErrorOf(d)["code"].GetString(), mode == 0 ? "backend_http_status" : "backend_malformed") << r->body;
  }
}

TEST(ServerTest, SlowBackendPastTheDeadlineIs504) {
  engine::SimServerOptions o;
  o.hook = [](const engine::ChatRequest&, std::uint64_t, engine::SimServerReply* reply) {
    reply->delay_s = 3.0;
    reply->body = R"({"choices":[{"message":{"content":"{}"},"finish_reason":"stop"}]})";
    return true;
  };
  SimHarness sim(o);
  ServerOptions options;
  options.deadline_s = 0.4;
  engine::Options eo;
  eo.backend_options.read_timeout_s = 0.4;  // what `stepcache serve --deadline` sets
  Harness h(sim.Spec(), options, eo);
  auto c = h.Client();
  const auto start = std::chrono::steady_clock::now();
  auto r = Post(c, "/v1/chat/completions", Extraction("Ann Lee", 31));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 504) << r->body;
  rapidjson::Document d = Json(r->body);
  ErrorOf(d);
  // Well under the backend's 3 s (loose: CI runs tests in parallel, under sanitizers).
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.5);
}

// An OpenAI-shaped backend in process that records the bodies it got and
// answers with what `reply` says.
class FakeOpenAI {
 public:
  using Reply = std::function<void(const httplib::Request&, httplib::Response&)>;
  explicit FakeOpenAI(Reply reply) : reply_(std::move(reply)) {
    http_.Post("/v1/chat/completions", [this](const httplib::Request& q, httplib::Response& s) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        bodies_.push_back(q.body);
      }
      reply_(q, s);
    });
    port_ = http_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    while (!http_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeOpenAI() {
    http_.stop();
    thread_.join();
  }
  std::string Spec() const { return "openai:http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  std::vector<std::string> bodies() {
    std::lock_guard<std::mutex> lock(mu_);
    return bodies_;
  }

 private:
  Reply reply_;
  httplib::Server http_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mu_;
  std::vector<std::string> bodies_;
};

constexpr char kToolCallAnswer[] =
    R"({"id":"chatcmpl-up","object":"chat.completion","created":1700000000,"model":"up-model",)"
    R"("choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1",)"
    R"("type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}}]},)"
    R"("logprobs":null,"finish_reason":"tool_calls"}],)"
    R"("usage":{"prompt_tokens":40,"completion_tokens":12,"total_tokens":52}})";

// A chat only the raw pass-through can carry: system, multi-turn with a tool
// call and its result, tools, tool_choice, n = 2, logprobs, user.
constexpr char kAgentChat[] =
    R"({"model":"gpt-x","messages":[{"role":"system","content":"You are terse."},)"
    R"({"role":"user","content":"Weather in Oslo?"},)"
    R"({"role":"assistant","content":null,"tool_calls":[{"id":"call_0","type":"function",)"
    R"("function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}}]},)"
    R"({"role":"tool","tool_call_id":"call_0","content":"12 C"},)"
    R"({"role":"user","content":[{"type":"text","text":"And tomorrow?"},{"type":"image_url","image_url":{"url":"data:x"}}]}],)"
    R"("tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object",)"
    R"("properties":{"city":{"type":"string"}}}}}],"tool_choice":"auto","n":2,"logprobs":true,)"
    R"("presence_penalty":0.25,"user":"u-1"})";

TEST(ServerTest, BypassForwardsTheClientsBodyAndTheBackendsAnswerIntact) {
  FakeOpenAI up([](const httplib::Request&, httplib::Response& res) {
    res.set_content(kToolCallAnswer, "application/json; charset=utf-8");
  });
  Harness h(up.Spec());
  auto c = h.Client();
  auto r = Post(c, "/v1/chat/completions", kAgentChat);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("x-stepcache-path"), "bypass");
  EXPECT_EQ(r->body, kToolCallAnswer) << "the answer changed on the way";
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  ASSERT_EQ(up.bodies().size(), 1u);
  EXPECT_EQ(up.bodies()[0], kAgentChat) << "the request changed on the way";

  // Streaming: the backend is asked without streaming (and without the
  // stepcache extension); the client gets the whole answer as events.
  std::string streamed = kAgentChat;
  streamed.insert(streamed.size() - 1,
                  R"(,"stream":true,"stream_options":{"include_usage":true},"stepcache":{"task":null})");
  r = Post(c, "/v1/chat/completions", streamed);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("x-stepcache-path"), "bypass");
  EXPECT_NE(r->get_header_value("Content-Type").find("text/event-stream"), std::string::npos);
  ASSERT_EQ(up.bodies().size(), 2u);
  rapidjson::Document sent = Json(up.bodies()[1]);
  EXPECT_FALSE(sent["stream"].GetBool());
  EXPECT_FALSE(sent.HasMember("stream_options"));
  EXPECT_FALSE(sent.HasMember("stepcache"));
  EXPECT_EQ(sent["messages"].Size(), 5u);
  EXPECT_STREQ(sent["messages"][3]["tool_call_id"].GetString(), "call_0");
  EXPECT_EQ(sent["n"].GetInt(), 2);
  EXPECT_STREQ(sent["tools"][0]["function"]["name"].GetString(), "get_weather");
  std::vector<rapidjson::Document> events;
  std::size_t at = 0;
  bool done = false;
  while ((at = r->body.find("data: ", at)) != std::string::npos) {
    const std::size_t end = r->body.find("\n\n", at);
    ASSERT_NE(end, std::string::npos);
    const std::string data = r->body.substr(at + 6, end - at - 6);
    at = end;
    if (data == "[DONE]") {
      done = true;
      break;
    }
    events.push_back(Json(data));
  }
  EXPECT_TRUE(done);
  ASSERT_EQ(events.size(), 2u) << r->body;
  const rapidjson::Value& choice = events[0]["choices"][0];
  EXPECT_STREQ(events[0]["object"].GetString(), "chat.completion.chunk");
  EXPECT_STREQ(events[0]["id"].GetString(), "chatcmpl-up");
  EXPECT_STREQ(choice["finish_reason"].GetString(), "tool_calls");
  const rapidjson::Value& call = choice["delta"]["tool_calls"][0];
  EXPECT_EQ(call["index"].GetInt(), 0);
  EXPECT_STREQ(call["id"].GetString(), "call_1");
  EXPECT_STREQ(call["function"]["arguments"].GetString(), R"({"city":"Oslo"})");
  EXPECT_TRUE(events[1]["choices"].Empty());
  EXPECT_EQ(events[1]["usage"]["total_tokens"].GetInt(), 52);

  auto metrics = c.Get("/metrics");
  EXPECT_NE(metrics->body.find(R"(stepcache_http_requests_total{path="bypass",tenant="default"} 2)"), std::string::npos)
      << metrics->body;
}

TEST(ServerTest, BypassPassesTheBackendsErrorsThrough) {
  FakeOpenAI up([](const httplib::Request&, httplib::Response& res) {
    res.status = 500;
    res.set_content(R"({"error":{"message":"model exploded","type":"server_error","param":null,"code":null}})",
                    "application/json");
  });
  Harness h(up.Spec());
  auto c = h.Client();
  auto r = Post(c, "/v1/chat/completions", kAgentChat);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
  EXPECT_EQ(r->get_header_value("x-stepcache-path"), "bypass");
  rapidjson::Document d = Json(r->body);
  EXPECT_STREQ(ErrorOf(d)["message"].GetString(), "model exploded");
  EXPECT_EQ(up.bodies().size(), 1u) << "a forwarded request is never retried";
  // Streaming too: an error is an ordinary HTTP error, never a broken stream.
  std::string streamed = kAgentChat;
  streamed.insert(streamed.size() - 1, R"(,"stream":true)");
  r = Post(c, "/v1/chat/completions", streamed);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);

  // A 200 that is not JSON is the backend's fault, told like on the cached path.
  FakeOpenAI garbage([](const httplib::Request&, httplib::Response& res) { res.set_content("<html>", "text/html"); });
  Harness g(garbage.Spec());
  auto gc = g.Client();
  for (const std::string& body : {std::string(kAgentChat), streamed}) {
    r = Post(gc, "/v1/chat/completions", body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 502);
    rapidjson::Document d2 = Json(r->body);
    EXPECT_STREQ(ErrorOf(d2)["code"].GetString(), "backend_malformed") << r->body;
  }
}

TEST(ServerTest, ExtraParametersReachTheBackendOnTheCachedPath) {
  std::mutex mu;
  std::vector<std::vector<std::pair<std::string, std::string>>> seen;
  engine::SimServerOptions o;
  o.hook = [&](const engine::ChatRequest& request, std::uint64_t, engine::SimServerReply*) {
    std::lock_guard<std::mutex> lock(mu);
    seen.push_back(request.extra);
    return false;  // the simulated answer
  };
  SimHarness sim(o);
  Harness h(sim.Spec());
  auto c = h.Client();
  auto r = Post(c, "/v1/chat/completions",
                Extraction("Ann Lee", 31,
                           R"(,"presence_penalty":0.5,"logit_bias":{"7":-1},"tools":[{"type":"function",)"
                           R"("function":{"name":"f"}}],"tool_choice":"none","parallel_tool_calls":false)"),
                {{"X-StepCache-Namespace", "ns1"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  std::lock_guard<std::mutex> lock(mu);
  ASSERT_FALSE(seen.empty());
  const std::vector<std::pair<std::string, std::string>> want = {
      {"logit_bias", R"({"7":-1})"},
      {"parallel_tool_calls", "false"},
      {"presence_penalty", "0.5"},
      {"tool_choice", R"("none")"},
      {"tools", R"([{"function":{"name":"f"},"type":"function"}])"}};  // canonical: keys sorted
  for (const auto& extra : seen) EXPECT_EQ(extra, want);
}

TEST(ServerTest, EachBackendCallGetsTheTimeLeftSoASlowBackendIs504InTime) {
  FakeOpenAI slow([](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(3000));
    res.set_content(R"({"choices":[{"message":{"content":"{}"},"finish_reason":"stop"}]})", "application/json");
  });
  ServerOptions options;
  options.deadline_s = 0.4;
  engine::Options eo;  // the backend's own read timeout stays at its default (120 s)
  Harness h(slow.Spec(), options, eo);
  auto c = h.Client();
  for (const std::string& body : {Extraction("Ann Lee", 31), std::string(kAgentChat)}) {
    const auto start = std::chrono::steady_clock::now();
    auto r = Post(c, "/v1/chat/completions", body);
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 504) << r->body;
    rapidjson::Document d = Json(r->body);
    EXPECT_STREQ(ErrorOf(d)["code"].GetString(), "deadline_exceeded") << r->body;
    // Well before the backend's 3 s answer (loose: CI runs tests in parallel,
    // under sanitizers): the call was cut at the deadline, not waited out.
    EXPECT_LT(took, 2.0) << "the deadline did not cut the backend call";
  }
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  rapidjson::Document hd = Json(health->body);
  EXPECT_EQ(hd["in_flight"].GetInt64(), 0);
}

TEST(ServerTest, AClientThatDisconnectsMidStreamDoesNotHurtTheServer) {
  Harness h("sim:error_rate=0");
  std::string body = kEquation;
  body.insert(body.size() - 1, R"(,"stream":true,"stream_options":{"include_usage":true})");
  const std::string request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-StepCache-Task: linear_equation\r\n"
                              "Content-Type: application/json\r\nContent-Length: " +
                              std::to_string(body.size()) + "\r\n\r\n" + body;
  for (int i = 0; i < 20; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(h.server->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ASSERT_EQ(::send(fd, request.data(), request.size(), MSG_NOSIGNAL), static_cast<ssize_t>(request.size()));
    if (i % 2 == 0) {
      char buf[64];
      (void)::recv(fd, buf, sizeof buf, 0);  // the first bytes, then hang up
    }
    linger hard{1, 0};  // RST, not FIN
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
  }
  auto c = h.Client();
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto r = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("x-stepcache-path"), "reuse");
}

TEST(ServerTest, AnotherModelTemperatureFormatOrNamespaceDoesNotShare) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  auto path = [&](const std::string& extra, httplib::Headers headers = Task("linear_equation")) {
    std::string body = kEquation;
    body.insert(body.size() - 1, extra);
    auto r = Post(c, "/v1/chat/completions", body, headers);
    EXPECT_EQ(r->status, 200) << body << " -> " << r->body;
    return r->get_header_value("x-stepcache-path");
  };
  EXPECT_EQ(path(""), "skip");
  EXPECT_EQ(path(""), "reuse");
  EXPECT_EQ(path(R"(,"temperature":0.5)"), "skip");
  EXPECT_EQ(path(R"(,"top_p":0.9)"), "skip");
  EXPECT_EQ(path(R"(,"max_tokens":100)"), "skip");
  EXPECT_EQ(path(R"(,"seed":7)"), "skip");
  EXPECT_EQ(path(R"(,"stop":["\n\n"])"), "skip");
  EXPECT_EQ(path(R"(,"presence_penalty":0.5)"), "skip");
  std::string json_object = kEquation;
  json_object.insert(json_object.size() - 1, R"(,"response_format":{"type":"json_object"})");
  auto jo = Post(c, "/v1/chat/completions", json_object, Task("linear_equation"));
  EXPECT_EQ(jo->status, 502) << "a line answer served in json_object mode: " << jo->body;
  // So is one asked under a json_schema: the stored working, text the
  // client's schema does not describe, is not served from the cache (round
  // 227), strict or not.
  for (const char* schema : {R"(,"response_format":{"type":"json_schema","json_schema":{"name":"x","strict":true,)"
                             R"("schema":{"type":"object","properties":{"x":{"type":"number"}},"required":["x"]}}})",
                             R"(,"response_format":{"type":"json_schema","json_schema":{"name":"s",)"
                             R"("schema":{"type":"object","properties":{"steps":{"type":"array"},"x":{"type":"number"}}}}})"}) {
    std::string js = kEquation;
    js.insert(js.size() - 1, schema);
    auto r = Post(c, "/v1/chat/completions", js, Task("linear_equation"));
    EXPECT_EQ(r->status, 502) << "a line answer served under a json_schema: " << r->body;
    EXPECT_NE(r->body.find("json_schema was asked for"), std::string::npos) << r->body;
  }
  EXPECT_EQ(path(R"(,"tools":[{"type":"function","function":{"name":"f"}}])"), "skip");
  // Tools and the legacy functions say what is asked in words the checks do
  // not read ("names in upper case"): verified, never reused nor stored,
  // and a forced function call never answered from the cache.
  const std::string tool = R"(,"tools":[{"type":"function","function":{"name":"f","description":"Upper case."}}])";
  EXPECT_EQ(path(tool), "skip");
  EXPECT_EQ(path(tool), "skip");
  const std::string legacy = R"(,"functions":[{"name":"f","description":"Upper case."}],"function_call":{"name":"f"})";
  EXPECT_EQ(path(legacy), "skip");
  EXPECT_EQ(path(legacy), "skip");
  std::string other_model = R"(,"model":"other")";
  std::string body = kEquation;
  body.replace(body.find(R"("model":"m")"), 11, R"("model":"o")");
  auto r = Post(c, "/v1/chat/completions", body, Task("linear_equation"));
  EXPECT_EQ(r->get_header_value("x-stepcache-path"), "skip");
  httplib::Headers ns = Task("linear_equation");
  ns.emplace("X-StepCache-Namespace", "team-a");
  EXPECT_EQ(path("", ns), "skip");
  EXPECT_EQ(path("", ns), "reuse");
  // A system message opens the prompt: the checks read it as instruction.
  // One that asks for something else is no reuse; one that changes nothing
  // asked is.
  std::string asks_more = kEquation;
  asks_more.replace(asks_more.find("[{"), 2, R"([{"role":"system","content":"Report the value of 2x."},{)");
  auto s = Post(c, "/v1/chat/completions", asks_more, Task("linear_equation"));
  EXPECT_NE(s->get_header_value("x-stepcache-path"), "reuse") << s->body;
  std::string brief = kEquation;
  brief.replace(brief.find("[{"), 2, R"([{"role":"system","content":"Be brief."},{)");
  auto b = Post(c, "/v1/chat/completions", brief, Task("linear_equation"));
  EXPECT_EQ(b->get_header_value("x-stepcache-path"), "reuse") << b->body;
  // Without a task or schema the request is passed through.
  auto bypass = Post(c, "/v1/chat/completions", kEquation);
  EXPECT_EQ(bypass->get_header_value("x-stepcache-path"), "bypass");
  EXPECT_NE(Content(bypass->body).find("x = 5"), std::string::npos) << bypass->body;
}

TEST(ServerTest, MetricsHealthAndModels) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
  Post(c, "/v1/chat/completions", R"({"messages":3})");
  // Statuses are counted once a response is written, which may be just after
  // the client has read it.
  auto m = c.Get("/metrics");
  for (int i = 0; i < 100 && m->body.find(R"(code="400"} 1)") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    m = c.Get("/metrics");
  }
  ASSERT_EQ(m->status, 200);
  for (const char* needle :
       {R"(stepcache_http_requests_total{path="skip",tenant="default"} 1)",
        R"(stepcache_http_requests_total{path="reuse",tenant="default"} 1)",
        R"(stepcache_http_requests_total{path="error",tenant="default"} 1)",
        R"(stepcache_http_request_duration_seconds_bucket{path="reuse",le="+Inf"} 1)",
        R"(stepcache_http_responses_total{code="400"} 1)", "stepcache_tokens_reused_total ",
        "stepcache_tokens_generated_total ", "stepcache_backend_errors_total 0", "stepcache_store_entries 1",
        "stepcache_store_evictions_total 0", "stepcache_store_errors_total 0", "stepcache_in_flight 0",
        "# TYPE stepcache_http_request_duration_seconds histogram",
        R"(stepcache_serve_overhead_seconds_bucket{path="reuse",le="+Inf"} 1)",
        R"(stepcache_serve_overhead_seconds_count{path="skip"} 1)"}) {
    EXPECT_NE(m->body.find(needle), std::string::npos) << needle << "\n" << m->body;
  }
  auto health = c.Get("/healthz");
  ASSERT_EQ(health->status, 200);
  rapidjson::Document d = Json(health->body);
  EXPECT_TRUE(d["ok"].GetBool());
  EXPECT_TRUE(d["store"]["available"].GetBool());
  auto models = c.Get("/v1/models");
  ASSERT_EQ(models->status, 200);
  EXPECT_EQ(Json(models->body)["data"][0]["id"].GetString(), std::string("stepcache-default"));
}

TEST(ServerTest, ModelsArePassedThroughFromAnOpenAIBackend) {
  SimHarness sim({});
  Harness h(sim.Spec());
  auto c = h.Client();
  auto models = c.Get("/v1/models");
  ASSERT_EQ(models->status, 200) << models->body;
  EXPECT_NE(models->body.find("stepcache-sim"), std::string::npos) << models->body;
}

TEST(ServerTest, VerifyEndpointGivesVerdictsAndRepairs) {
  Harness h("sim:error_rate=0");
  auto c = h.Client();
  const std::string stale =
      R"({"task":"linear_equation","prompt":"Solve for x: 3x + 5 = 20.","output":"3x + 5 = 20\n3x = 16\nx = 16/3")";
  auto r = Post(c, "/v1/stepcache/verify", stale + "}");
  ASSERT_EQ(r->status, 200) << r->body;
  rapidjson::Document d = Json(r->body);
  EXPECT_FALSE(d["pass"].GetBool());
  ASSERT_TRUE(d["steps"].IsArray());
  ASSERT_GE(d["steps"].Size(), 2u);
  bool some_failed = false;
  for (const auto& s : d["steps"].GetArray()) {
    EXPECT_TRUE(s["span"].IsArray());
    EXPECT_TRUE(s["reason"].IsString());
    if (s["pass"].IsBool() && !s["pass"].GetBool()) some_failed = true;
  }
  EXPECT_TRUE(some_failed) << r->body;
  auto fixed = Post(c, "/v1/stepcache/verify", stale + R"(,"repair":true})");
  ASSERT_EQ(fixed->status, 200) << fixed->body;
  rapidjson::Document f = Json(fixed->body);
  ASSERT_TRUE(f["repaired"].GetBool()) << fixed->body;
  EXPECT_NE(std::string(f["output"].GetString()).find("x = 5"), std::string::npos) << fixed->body;
  auto good = Post(c, "/v1/stepcache/verify",
                   R"({"task":"json_extract","prompt":"Extract the name.\nText:\nName: Ann Lee\n",)"
                   R"("schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]},)"
                   R"("output":"{\"name\": \"Ann Lee\"}"})");
  ASSERT_EQ(good->status, 200) << good->body;
  EXPECT_TRUE(Json(good->body)["pass"].GetBool()) << good->body;
  auto bad = Post(c, "/v1/stepcache/verify", R"({"task":"linear_equation","output":"x"})");
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(Param(bad->body), "prompt");
  EXPECT_EQ(h.engine->store().Stats().entries, 0u) << "verify wrote the cache";
}

TEST(ServerTest, StopDrainsInFlightRequests) {
  auto gate = std::make_shared<Gate>();
  auto backend = GatedBackend(gate);
  Harness h("scripted", {}, {}, std::move(backend));
  int status = 0;
  std::thread client([&] {
    auto c = h.Client();
    auto r = Post(c, "/v1/chat/completions", kEquation, Task("linear_equation"));
    status = r ? r->status : -1;
  });
  {
    std::unique_lock<std::mutex> lock(gate->mu);
    ASSERT_TRUE(gate->cv.wait_for(lock, std::chrono::seconds(10), [&] { return gate->waiting > 0; }));
  }
  std::thread stopper([&] { h.server->Stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  {
    std::lock_guard<std::mutex> lock(gate->mu);
    gate->open = true;
  }
  gate->cv.notify_all();
  stopper.join();
  client.join();
  EXPECT_EQ(status, 200) << "the in-flight request was dropped";
  EXPECT_EQ(h.engine->store().Stats().entries, 1u) << "its store write was lost";
}

}  // namespace
}  // namespace stepcache::server
