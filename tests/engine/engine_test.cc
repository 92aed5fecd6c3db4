// End-to-end tests of the StepCache engine: the simulated model in process,
// tenant isolation, and faulty backends that must end in a verified answer
// or a clear error, never a wrong answer.
#include "stepcache/engine/engine.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "stepcache/bench/scorer.h"
#include "stepcache/bench/workload.h"
#include "stepcache/engine/signature.h"
#include "stepcache/engine/store.h"
#include "stepcache/schemas/json.h"
#include "../../engine/src/rewrite.h"

namespace stepcache::engine {
namespace {

// A backend whose answers a test scripts.
class ScriptedBackend : public Backend {
 public:
  using Fn = std::function<BackendResult(const ChatRequest&)>;
  explicit ScriptedBackend(Fn fn) : fn_(std::move(fn)) {}
  BackendResult Complete(const ChatRequest& request) override {
    ++calls;
    return fn_(request);
  }
  std::string name() const override { return "scripted (test)"; }
  std::atomic<int> calls{0};

 private:
  Fn fn_;
};

BackendResult Answer(std::string content) {
  ChatResponse r;
  r.content = std::move(content);
  r.finish_reason = "stop";
  r.latency_s = 1.0;
  return r;
}

BackendResult Down() {
  BackendError e;
  e.kind = BackendError::Kind::kUnavailable;
  e.message = "connection refused";
  return e;
}

Request FromItem(const bench::WorkloadItem& item) {
  Request r;
  r.id = item.id;
  r.task = item.task;
  r.tenant = item.tenant;
  r.prompt = item.prompt;
  r.schema_json = item.schema_json;
  return r;
}

std::unique_ptr<Engine> OpenWith(std::unique_ptr<Backend> backend) {
  std::string error;
  auto store = OpenStore("memory", {}, &error);
  auto engine = Engine::Open(Options{}, std::move(backend), std::move(store), &error);
  EXPECT_NE(engine, nullptr) << error;
  return engine;
}

const bench::WorkloadItem& FirstOf(const std::vector<bench::WorkloadItem>& items, const std::string& task) {
  for (const auto& item : items) {
    if (item.task == task) return item;
  }
  ADD_FAILURE() << "no item of task " << task;
  return items.front();
}

TEST(EngineTest, SimulatedWorkloadIsAlwaysRightAndTakesAllThreePaths) {
  Options options;
  options.backend = "sim";
  std::string error;
  auto engine = Engine::Open(options, &error);
  ASSERT_NE(engine, nullptr) << error;
  std::set<Path> paths;
  int reused_wrong = 0;
  for (const auto& item : bench::GenerateWorkload(42)) {
    Response r = engine->Serve(FromItem(item));
    ASSERT_TRUE(r.ok) << item.id << ": " << r.error;
    bench::Score score = bench::ScoreAnswer(item, r.output);
    EXPECT_TRUE(score.correct) << item.id << ": " << score.reason << "\n" << r.output;
    reused_wrong += r.metrics.path == Path::kReuse && !score.correct;
    if (r.metrics.attempts > 0) {
      EXPECT_TRUE(r.metrics.simulated) << item.id;
    }
    paths.insert(r.metrics.path);
    if (r.metrics.path == Path::kReuse) {
      EXPECT_EQ(r.metrics.attempts, 0) << item.id;
      EXPECT_EQ(r.metrics.prompt_tokens + r.metrics.completion_tokens, 0) << item.id;
    }
  }
  EXPECT_EQ(reused_wrong, 0);
  EXPECT_EQ(paths.size(), 3u) << "reuse, patch and skip should all occur";
  MetricsTotals t = engine->totals();
  EXPECT_EQ(t.errors, 0);
  EXPECT_EQ(t.reuse + t.patch + t.skip, t.requests);
}

TEST(EngineTest, IdenticalPromptsOfTwoTenantsNeverShareAnEntry) {
  auto backend = std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("Step 1: 2x + 3 = 11\nStep 2: 2x = 8\nStep 3: x = 4");
  });
  ScriptedBackend* raw = backend.get();
  auto engine = OpenWith(std::move(backend));
  Request a;
  a.task = "linear_equation";
  a.prompt = "Solve for x: 2x + 3 = 11.";
  a.tenant = "alpha";
  Request b = a;
  b.tenant = "beta";
  EXPECT_EQ(engine->Serve(a).metrics.path, Path::kSkip);
  Response rb = engine->Serve(b);
  EXPECT_EQ(rb.metrics.path, Path::kSkip) << "tenant beta must not see alpha's entry";
  EXPECT_EQ(raw->calls.load(), 2);
  EXPECT_EQ(engine->Serve(a).metrics.path, Path::kReuse);
  EXPECT_EQ(raw->calls.load(), 2);
}

TEST(EngineTest, ANumberOfMoreDigitsThanADoubleKeepsIsServedAsTheTextStatesIt) {
  // Round 232: the model's right 98765432109876543210 was served as
  // 98765432109876540000.0, its 0.30000000000000004 as 0.30000000000000007,
  // and its stale 9007199254740993 passed for the text's ...992.
  std::vector<std::string> answers = {
      R"({"name": "Sara Lindqvist", "order_id": 98765432109876543210, "balance": 0.30000000000000004})",
      R"({"name": "Ines Duarte", "order_id": 9007199254740993, "balance": 12.5})",
      R"({"name": "Ines Duarte", "order_id": 9007199254740992, "balance": 12.5})"};
  std::atomic<std::size_t> next{0};
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest&) {
    return Answer(answers[std::min(next++, answers.size() - 1)]);
  }));
  Request r;
  r.task = "json_extract";
  r.schema_json = R"({"type":"object","properties":{"name":{"type":"string"},"order_id":{"type":"integer"},)"
                  R"("balance":{"type":"number"}},"required":["name","order_id","balance"]})";
  r.prompt = "Extract the record as JSON.\n\nName: Sara Lindqvist\nOrder #: 98765432109876543210\n"
             "Balance: 0.30000000000000004\n";
  Response a = engine->Serve(r);
  ASSERT_TRUE(a.ok) << a.error;
  EXPECT_EQ(a.output, R"({"name":"Sara Lindqvist","order_id":98765432109876543210,"balance":0.30000000000000004})");
  r.prompt = "Extract the record as JSON.\n\nName: Ines Duarte\nOrder #: 9,007,199,254,740,992\nBalance: 12.50\n";
  Response b = engine->Serve(r);
  ASSERT_TRUE(b.ok) << b.error;
  EXPECT_EQ(b.output, R"({"name":"Ines Duarte","order_id":9007199254740992,"balance":12.5})");
  EXPECT_EQ(next.load(), 3u) << "the stale order number must be asked again";
}

TEST(EngineTest, BackendDownLinearEquationFallsBackToTheExactSolver) {
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) { return Down(); }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for x: 3(x - 2) = 2x + 5. Show each step.";
  Response resp = engine->Serve(r);
  ASSERT_TRUE(resp.ok) << resp.error;
  EXPECT_TRUE(resp.metrics.fallback);
  bench::WorkloadItem item;
  item.task = "linear_equation";
  item.expect_json = R"({"variable":"x","value":11})";
  EXPECT_TRUE(bench::ScoreAnswer(item, resp.output).correct) << resp.output;
}

TEST(EngineTest, TheSolversAnswerIsServedButNeverStored) {
  // Own request: a courier's stops. The solver's answer passed checks that
  // share its reading of the request; it is not served again from the store.
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) { return Down(); }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for s: 7s - 4 = 24. Show each step.";
  for (int i = 0; i < 2; ++i) {
    Response resp = engine->Serve(r);
    ASSERT_TRUE(resp.ok) << resp.error;
    EXPECT_TRUE(resp.metrics.fallback);
    EXPECT_EQ(resp.metrics.path, Path::kSkip);
    EXPECT_FALSE(resp.metrics.stored);
  }
  EXPECT_EQ(engine->store().Stats().entries, 0u);
}

TEST(EngineTest, AModelThatStartsFromAnotherEquationAgainAndAgainIsNotOverruledByTheSolver) {
  // Own request: a courier's stops. A model that writes another first
  // equation on every try and comes to one value may have read the request
  // where the checks did not: a clear error, not the checks' own solution.
  // A model that restates the request's equation and slips later is
  // overruled by the solver.
  auto other_start = std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("Step 1: 7s + 4 = 24\nStep 2: 7s = 20\nStep 3: s = 20/7");
  });
  auto engine = OpenWith(std::move(other_start));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for s: 7s - 4 = 24. Show each step.";
  Response resp = engine->Serve(r);
  EXPECT_FALSE(resp.ok) << resp.output;
  EXPECT_NE(resp.error.find("the model answered 20/7"), std::string::npos) << resp.error;
  EXPECT_EQ(engine->store().Stats().entries, 0u);

  auto slips = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("Step 1: 7s - 4 = 24\nStep 2: 7s = 28\nStep 3: s = 5");
  }));
  resp = slips->Serve(r);
  ASSERT_TRUE(resp.ok) << resp.error;
  EXPECT_TRUE(resp.metrics.fallback);
  bench::WorkloadItem item;
  item.task = "linear_equation";
  item.expect_json = R"({"variable":"s","value":4})";
  EXPECT_TRUE(bench::ScoreAnswer(item, resp.output).correct) << resp.output;
  EXPECT_EQ(slips->store().Stats().entries, 0u);
}

TEST(EngineTest, BackendDownJsonExtractionIsAClearErrorAndStoresNothing) {
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) { return Down(); }));
  const auto items = bench::GenerateWorkload(1);
  Response resp = engine->Serve(FromItem(FirstOf(items, "json_extract")));
  EXPECT_FALSE(resp.ok);
  EXPECT_NE(resp.error.find("connection refused"), std::string::npos) << resp.error;
  EXPECT_EQ(engine->totals().errors, 1);
  EXPECT_EQ(engine->store().Stats().entries, 0u);
}

TEST(EngineTest, ABackendThatCannotBeReachedIsCalledOnceAndItsWaitIsInTheLatency) {
  // A backend that gave up after its own retries would only repeat the wait
  // for every repair round; the request ends at the first such failure, and
  // the time it took is reported, not hidden.
  auto backend = std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    BackendError e;
    e.kind = BackendError::Kind::kHttpStatus;
    e.http_status = 503;
    e.retryable = true;
    e.message = "503 Service Unavailable (after 4 attempts)";
    return BackendResult(e);
  });
  ScriptedBackend* raw = backend.get();
  auto engine = OpenWith(std::move(backend));
  const auto items = bench::GenerateWorkload(1);
  Response resp = engine->Serve(FromItem(FirstOf(items, "json_extract")));
  EXPECT_FALSE(resp.ok);
  EXPECT_EQ(raw->calls.load(), 1);
  EXPECT_EQ(resp.metrics.attempts, 1);
  EXPECT_NE(resp.error.find("no answer from the backend"), std::string::npos) << resp.error;
  EXPECT_NE(resp.error.find("503"), std::string::npos) << resp.error;
  EXPECT_GE(resp.metrics.backend_s, 0.025);
  EXPECT_GE(resp.metrics.latency_s, resp.metrics.backend_s);
}

TEST(EngineTest, AGarbledBackendAnswerIsAskedAgain) {
  // Not a chat.completion once, then a right answer: the next call may do
  // better, so the request goes on.
  const auto items = bench::GenerateWorkload(1);
  const bench::WorkloadItem& item = FirstOf(items, "json_extract");
  rapidjson::Document expect;
  ASSERT_TRUE(ParseJson(item.expect_json, expect));
  const std::string right = JsonToString(expect["json"]);
  int n = 0;
  auto backend = std::make_unique<ScriptedBackend>([&](const ChatRequest&) {
    if (n++ == 0) {
      BackendError e;
      e.kind = BackendError::Kind::kMalformed;
      e.message = "the answer is not a chat.completion";
      return BackendResult(e);
    }
    return Answer(right);
  });
  ScriptedBackend* raw = backend.get();
  auto engine = OpenWith(std::move(backend));
  Response resp = engine->Serve(FromItem(item));
  ASSERT_TRUE(resp.ok) << resp.error;
  EXPECT_GE(raw->calls.load(), 2);
  EXPECT_TRUE(bench::ScoreAnswer(item, resp.output).correct) << resp.output;
}

TEST(EngineTest, GarbageAndUngroundedAnswersAreNeverReturned) {
  int n = 0;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&n](const ChatRequest&) {
    // Garbage, then well-formed JSON whose values belong to another text.
    return Answer(++n % 2 ? "<<<%%% not json" : R"({"full_name": "Nobody", "age": 99, "city": "Nowhere", "email": "x@y.z"})");
  }));
  const auto items = bench::GenerateWorkload(3);
  Response resp = engine->Serve(FromItem(FirstOf(items, "json_extract")));
  EXPECT_FALSE(resp.ok) << resp.output;
  EXPECT_FALSE(resp.error.empty());
}

TEST(EngineTest, OffSchemaProseWrappedAndWholeObjectAnswersAreRepaired) {
  const auto items = bench::GenerateWorkload(5);
  const bench::WorkloadItem& item = FirstOf(items, "json_extract");
  // The right values, taken from the expectation, with every kind of damage
  // a small model adds: fences, prose, a string for an integer, an extra key.
  rapidjson::Document expect;
  ASSERT_TRUE(ParseJson(item.expect_json, expect));
  std::string body = "Sure! Here is the JSON:\n```json\n{";
  bool first = true;
  for (const auto& m : expect["json"].GetObject()) {
    body += first ? "" : ", ";
    first = false;
    body += "\"" + std::string(m.name.GetString()) + "\": ";
    body += m.value.IsString() ? "'" + std::string(m.value.GetString()) + "'"
                               : "\"" + JsonToString(m.value) + "\"";
  }
  body += ", \"confidence\": 0.9,}\n```\nLet me know if you need more.";
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest&) { return Answer(body); }));
  Response resp = engine->Serve(FromItem(item));
  ASSERT_TRUE(resp.ok) << resp.error;
  EXPECT_TRUE(bench::ScoreAnswer(item, resp.output).correct) << resp.output;
}

TEST(EngineTest, UnknownTaskAndBadSchemaAreClearErrors) {
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) { return Answer("x"); }));
  Request r;
  r.task = "no_such_task";
  r.prompt = "hello";
  Response a = engine->Serve(r);
  EXPECT_FALSE(a.ok);
  EXPECT_NE(a.error.find("no_such_task"), std::string::npos) << a.error;
  r.task = "json_extract";
  // Look-ahead compiles now (PCRE2); an unterminated group never does.
  r.schema_json = R"js({"type": "object", "properties": {"a": {"pattern": "(?=x"}}})js";
  Response b = engine->Serve(r);
  EXPECT_FALSE(b.ok);
  EXPECT_NE(b.error.find("schema"), std::string::npos) << b.error;
}

TEST(EngineTest, ServeOptionsControlCacheReadsWritesAgeAndDeadline) {
  auto backend = std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("Step 1: 2x + 3 = 11\nStep 2: 2x = 8\nStep 3: x = 4");
  });
  ScriptedBackend* raw = backend.get();
  std::int64_t now_ms = 1'000'000;
  Options options;
  options.store_options.clock = [&now_ms] { return now_ms; };
  std::string error;
  auto engine = Engine::Open(options, std::move(backend), OpenStore("memory", options.store_options, &error),
                             &error);
  ASSERT_NE(engine, nullptr) << error;
  Request a;
  a.task = "linear_equation";
  a.prompt = "Solve for x: 2x + 3 = 11.";
  ServeOptions no_store;
  no_store.write_cache = false;
  EXPECT_EQ(engine->Serve(a, no_store).metrics.path, Path::kSkip);
  EXPECT_EQ(engine->store().Stats().entries, 0u) << "no-store wrote an entry";
  Response first = engine->Serve(a);
  EXPECT_EQ(first.metrics.path, Path::kSkip);
  EXPECT_EQ(first.metrics.reused_age_s, -1);
  now_ms += 7'000;
  Response again = engine->Serve(a);
  EXPECT_EQ(again.metrics.path, Path::kReuse);
  EXPECT_EQ(again.metrics.reused_age_s, 7);
  ServeOptions no_cache;
  no_cache.read_cache = false;
  const int calls = raw->calls.load();
  EXPECT_EQ(engine->Serve(a, no_cache).metrics.path, Path::kSkip);
  EXPECT_EQ(raw->calls.load(), calls + 1);
  now_ms += 10'000;  // the entry no-cache replaced is 0 s old, so wait past max-age
  ServeOptions young;
  young.max_age_seconds = 5;
  EXPECT_EQ(engine->Serve(a, young).metrics.path, Path::kSkip) << "a 10 s old entry served under max-age=5";
  young.max_age_seconds = 60;
  EXPECT_EQ(engine->Serve(a, young).metrics.path, Path::kReuse);

  ServeOptions late;
  late.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  late.read_cache = false;
  Request b = a;
  b.task = "json_extract";
  b.prompt = "Extract the name.\nText:\nName: Ann Lee\n";
  b.schema_json = R"({"type":"object","properties":{"name":{"type":"string"}},"required":["name"]})";
  const int before = raw->calls.load();
  Response timed_out = engine->Serve(b, late);
  EXPECT_FALSE(timed_out.ok);
  EXPECT_TRUE(timed_out.deadline_exceeded);
  ASSERT_TRUE(timed_out.backend_error.has_value());
  EXPECT_EQ(timed_out.backend_error->kind, BackendError::Kind::kTimeout);
  EXPECT_EQ(raw->calls.load(), before) << "a backend call started after the deadline";
}

TEST(EngineTest, ExtraParametersReachEveryBackendCallButStepCacheKeysDoNot) {
  std::mutex mu;
  std::vector<ChatRequest> seen;
  int n = 0;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest& r) {
    std::lock_guard<std::mutex> lock(mu);
    seen.push_back(r);
    // A wrong age first, so the failing member is patched with a region request.
    return Answer(++n == 1 ? R"({"name": "Ann Lee", "age": 99})" : R"({"age": 31})");
  }));
  Request r;
  r.task = "json_extract";
  r.prompt = "Extract the person's name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n";
  r.schema_json = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},)"
                  R"("required":["name","age"],"additionalProperties":false})";
  r.params.extra = {{"presence_penalty", "0.5"},
                    {"tools", R"([{"type":"function","function":{"name":"f"}}])"},
                    {"stepcache.namespace", "ns"},
                    {"stepcache.system", "be brief\n"}};
  Response resp = engine->Serve(r);
  ASSERT_TRUE(resp.ok) << resp.error;
  ASSERT_GE(seen.size(), 2u) << "expected a full generation and a region patch";
  for (const ChatRequest& chat : seen) {
    // std::map order (the partition key's), stepcache.* left out.
    ASSERT_EQ(chat.extra.size(), 2u);
    EXPECT_EQ(chat.extra[0], (std::pair<std::string, std::string>{"presence_penalty", "0.5"}));
    EXPECT_EQ(chat.extra[1].second, R"([{"type":"function","function":{"name":"f"}}])");
    EXPECT_FALSE(chat.timeout_s.has_value()) << "no deadline, no per-call timeout";
    std::string body, error;
    ASSERT_TRUE(SerializeChatRequest(chat, &body, &error)) << error;
    EXPECT_NE(body.find(R"("presence_penalty":0.5,"tools":[{"type":"function","function":{"name":"f"}}]})"),
              std::string::npos)
        << body;
    EXPECT_EQ(body.find("stepcache."), std::string::npos) << body;
  }
}

TEST(EngineTest, JsonObjectModeWithoutASchemaIsSentAsResponseFormat) {
  std::vector<ChatRequest> sent;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest& r) {
    sent.push_back(r);
    return Answer("Step 1: 2x + 3 = 11\nStep 2: 2x = 8\nStep 3: x = 4");
  }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for x: 2x + 3 = 11.";
  r.params.extra["stepcache.response_format"] = "json_object";
  engine->Serve(r);
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent[0].response_format.type, ResponseFormat::Type::kJsonObject);
  EXPECT_TRUE(sent[0].extra.empty());
  sent.clear();
  r.schema_json = R"({"type":"object"})";  // a schema wins over json_object mode
  ServeOptions fresh;
  fresh.read_cache = false;
  engine->Serve(r, fresh);
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent[0].response_format.type, ResponseFormat::Type::kJsonSchema);
}

// Round 249: a request for some members again carried only their own
// schemas, so a note on the whole ("Ages are given in months.") was lost to
// the model, which then gave the text's figure the note converts.
TEST(EngineTest, ARegionRequestCarriesWhatTheSchemaSaysOfTheWhole) {
  std::vector<ChatRequest> sent;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest& r) {
    sent.push_back(r);
    return Answer(R"({"name": "Ana Fjeld", "age": 672, "city": "Skien"})");
  }));
  Request r;
  r.task = "json_extract";
  r.prompt = "Return the person as JSON.\n\nName: Ana Fjeld\nAge: 56\nCity: Skien\n";
  r.schema_json = R"({"type":"object","title":"Person record","description":"Ages are given in months.",)"
                  R"("properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}},)"
                  R"("required":["name","age","city"]})";
  engine->Serve(r);
  bool region = false;
  for (const ChatRequest& c : sent) {
    if (c.response_format.schema.find("\"city\"") != std::string::npos) continue;  // the whole schema
    region = true;
    EXPECT_NE(c.response_format.schema.find(R"("description":"Ages are given in months.")"), std::string::npos)
        << c.response_format.schema;
    EXPECT_NE(c.response_format.schema.find(R"("title":"Person record")"), std::string::npos);
  }
  EXPECT_TRUE(region) << "no region request was sent";
}

TEST(EngineTest, AnEquationRequestWithWordsTheChecksDoNotReadIsAnsweredButNotStored) {
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("2x + 3 = 11\n2x = 8\nx = 4");
  }));
  Request r;
  r.task = "linear_equation";
  // What the words ask beyond x ("round the answer to the nearest ten") is
  // not read: served as checked, never again from the cache.
  r.prompt = "Solve for x: 2x + 3 = 11. Rund svaret av til nærmeste tier.";
  Response first = engine->Serve(r);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_FALSE(first.metrics.stored) << first.metrics.reason;
  EXPECT_NE(engine->Serve(r).metrics.path, Path::kReuse);
  r.prompt = "Solve for x: 2x + 3 = 11. Show each step.";
  Response plain = engine->Serve(r);
  ASSERT_TRUE(plain.ok) << plain.error;
  EXPECT_TRUE(plain.metrics.stored) << plain.metrics.reason;
}

// Round 200: a working whose lines say what the checks do not read (a
// number word of Polish, "the constant") is served as checked, not stored,
// and so never reused nor carried into another request's answer.
TEST(EngineTest, AWorkingInWordsTheChecksDoNotReadIsServedButNotStored) {
  std::string answer = "Odejmij sze\u015B\u0107 od obu stron: 4h = 24\nh = 6";
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest&) { return Answer(answer); }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for h: 4h + 6 = 30. Show each step.";
  Response first = engine->Serve(r);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_FALSE(first.metrics.stored) << first.metrics.reason;
  EXPECT_NE(engine->Serve(r).metrics.path, Path::kReuse);
  answer = "4h = 24\nDivide by the constant: h = 6";
  EXPECT_FALSE(engine->Serve(r).metrics.stored);
  answer = "Subtract 6 from both sides: 4h = 24\nDivide both sides by 4: h = 6";
  Response read = engine->Serve(r);
  ASSERT_TRUE(read.ok) << read.error;
  EXPECT_TRUE(read.metrics.stored) << read.metrics.reason;
  EXPECT_EQ(engine->Serve(r).metrics.path, Path::kReuse);
}

// A renamed variable is rewritten where it stands alone, never inside a
// word written with letters outside ASCII: the t of "c\u00F4t\u00E9" and of
// "t\u00EAte" are no variable (they became "c\u00F4y\u00E9" and "y\u00EAte").
// (Since round 200 such a working, in words the checks do not read, is not
// stored at all; the rewrite is held to it on its own.)
TEST(EngineTest, ARenamedVariableIsNotRewrittenInsideAWordWithLettersOutsideAscii) {
  const std::string working =
      "2t + 4 = 10\nOn garde le m\u00EAme c\u00F4t\u00E9, t\u00EAte \u00E0 t\u00EAte.\n2t = 6\nt = 3";
  const std::optional<std::string> renamed =
      ApplySlotRewrites(working, Diff(SplitPrompt("Solve for t: 2t + 4 = 10"), SplitPrompt("Solve for y: 2y + 4 = 10")));
  ASSERT_TRUE(renamed.has_value());
  EXPECT_NE(renamed->find("c\u00F4t\u00E9, t\u00EAte \u00E0 t\u00EAte"), std::string::npos) << *renamed;
  EXPECT_NE(renamed->find("2y = 6\ny = 3"), std::string::npos) << *renamed;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest&) { return Answer(working); }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for t: 2t + 4 = 10";
  Response first = engine->Serve(r);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_FALSE(first.metrics.stored) << first.metrics.reason;
  r.prompt = "Solve for y: 2y + 4 = 10";
  EXPECT_NE(engine->Serve(r).metrics.path, Path::kReuse);
}

TEST(EngineTest, EveryBackendCallGetsTheTimeLeftBeforeTheDeadline) {
  std::vector<double> timeouts;
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([&](const ChatRequest& r) {
    timeouts.push_back(r.timeout_s.value_or(-1));
    return Answer("Step 1: 2x + 3 = 11\nStep 2: 2x = 8\nStep 3: x = 4");
  }));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for x: 2x + 3 = 11.";
  ServeOptions serve;
  serve.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  engine->Serve(r, serve);
  ASSERT_FALSE(timeouts.empty());
  for (double t : timeouts) {
    EXPECT_GT(t, 4.0);
    EXPECT_LE(t, 5.0);
  }
}

TEST(EngineTest, BackendFailureIsReportedWithItsKind) {
  auto engine = OpenWith(std::make_unique<ScriptedBackend>([](const ChatRequest&) { return Down(); }));
  Request r;
  r.task = "json_extract";
  r.prompt = "Extract the name.\nText:\nName: Ann Lee\n";
  r.schema_json = R"({"type":"object","properties":{"name":{"type":"string"}},"required":["name"]})";
  Response resp = engine->Serve(r);
  ASSERT_FALSE(resp.ok);
  ASSERT_TRUE(resp.backend_error.has_value());
  EXPECT_EQ(resp.backend_error->kind, BackendError::Kind::kUnavailable);
  EXPECT_FALSE(resp.bad_request);
  Request bad = r;
  bad.task = "no_such_task";
  EXPECT_TRUE(engine->Serve(bad).bad_request);
}

TEST(EngineTest, VerifyChecksAndRepairsAGivenOutput) {
  auto backend = std::make_unique<ScriptedBackend>([](const ChatRequest&) {
    return Answer("Step 1: 2x + 3 = 11\nStep 2: 2x = 8\nStep 3: x = 4");
  });
  auto engine = OpenWith(std::move(backend));
  Request r;
  r.task = "linear_equation";
  r.prompt = "Solve for x: 2x + 3 = 11.";
  VerifyResult good = engine->Verify(r, "2x + 3 = 11\n2x = 8\nx = 4", false);
  ASSERT_TRUE(good.ok) << good.error;
  EXPECT_TRUE(good.check.pass);
  VerifyResult stale = engine->Verify(r, "2x + 3 = 11\n2x = 9\nx = 4.5", false);
  EXPECT_FALSE(stale.check.pass);
  EXPECT_FALSE(stale.repaired);
  VerifyResult fixed = engine->Verify(r, "2x + 3 = 11\n2x = 9\nx = 4.5", true);
  ASSERT_TRUE(fixed.repaired) << fixed.repair_error;
  EXPECT_NE(fixed.output.find("x = 4"), std::string::npos) << fixed.output;
  EXPECT_EQ(engine->store().Stats().entries, 0u) << "Verify must not write the cache";
  Request unknown = r;
  unknown.task = "nope";
  EXPECT_FALSE(engine->Verify(unknown, "x", false).ok);
}

}  // namespace
}  // namespace stepcache::engine
