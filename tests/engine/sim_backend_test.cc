#include "stepcache/engine/sim_backend.h"

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "stepcache/checks/linear_equation.h"
#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

ChatRequest EquationRequest(const std::string& equation) {
  ChatRequest r;
  r.model = "m";
  r.messages = {{"system", "You are a careful math tutor."},
                {"user", "Solve for x: " + equation +
                             ". Show your steps, one per line."}};
  r.temperature = 0.0;
  return r;
}

// A varied family of equations a*x + b = c*x + d with an integer answer.
std::vector<std::string> Equations(int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    const int a = 2 + i % 7, c = i % 3 == 0 ? 0 : 1, x = (i * 7) % 23 - 9, b = (i * 5) % 17 - 6;
    const int d = (a - c) * x + b;
    std::string eq = std::to_string(a) + "x " + (b < 0 ? "- " : "+ ") + std::to_string(std::abs(b)) +
                     " = ";
    if (c != 0) eq += "x " + std::string(d < 0 ? "- " : "+ ") + std::to_string(std::abs(d));
    else eq += std::to_string(d);
    out.push_back(eq);
  }
  return out;
}

// The value the answer ends with, when it ends with "x = <value>".
std::optional<checks::Rational> FinalValue(const std::string& content) {
  const std::size_t nl = content.rfind('\n');
  const std::string last(checks::StripStepLabel(nl == std::string::npos ? content : content.substr(nl + 1)));
  if (last.rfind("x = ", 0) != 0) return std::nullopt;
  return checks::Rational::Parse(last.substr(4));
}

bool EquationAnswerRight(const std::string& equation, const std::string& content) {
  auto eq = checks::ParseLinearEquation(equation);
  if (!eq) return false;
  auto truth = checks::Solve(*eq);
  auto got = FinalValue(content);
  if (!truth || !got || *got != *truth) return false;
  // Every step must be an equation with the same solution.
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    const std::string_view line = checks::StripStepLabel(std::string_view(content).substr(start, end - start));
    auto step = checks::ParseLinearEquation(line);
    if (!step || !checks::SameSolution(*step, *eq)) return false;
    start = end + 1;
  }
  return true;
}

const char* kSchema = R"({"type": "object", "properties": {
  "name": {"type": "string"},
  "age": {"type": "integer"},
  "city": {"type": "string", "description": "Home town"},
  "is_member": {"type": "boolean"},
  "score": {"type": "number"},
  "tags": {"type": "array", "items": {"type": "string"}}},
  "required": ["name", "age", "city", "is_member", "score", "tags"], "additionalProperties": false})";

ChatRequest JsonRequest(int i, const std::string& schema = kSchema) {
  ChatRequest r;
  r.model = "m";
  r.messages = {
      {"system", "You extract data and answer with JSON only."},
      {"user", "Extract the fields from the record below.\nFields: name, age, city, is_member, score, tags\n"
               "Record:\nName: Person " + std::to_string(i) + " Smith\nAge: " + std::to_string(20 + i % 50) +
               "\nHOME TOWN: Town" + std::to_string(i) + "; Is member: " + (i % 2 ? "yes" : "no") +
               "\nScore: " + std::to_string(i % 10) + ".5\nTags: alpha, beta" + std::to_string(i % 3) + "\n"}};
  r.response_format.type = ResponseFormat::Type::kJsonSchema;
  r.response_format.name = "person";
  r.response_format.schema = schema;
  return r;
}

std::string ExpectedJson(int i) {
  return "{\"name\":\"Person " + std::to_string(i) + " Smith\",\"age\":" + std::to_string(20 + i % 50) +
         ",\"city\":\"Town" + std::to_string(i) + "\",\"is_member\":" + (i % 2 ? "true" : "false") +
         ",\"score\":" + std::to_string(i % 10) + ".5,\"tags\":[\"alpha\",\"beta" + std::to_string(i % 3) +
         "\"]}";
}

// Compact form of the answer, or "" when it is not plain JSON.
std::string Compact(const std::string& content) {
  rapidjson::Document doc;
  if (!ParseJson(content, doc)) return "";
  return JsonToString(doc);
}

TEST(SimBackend, SameRequestSameAnswer) {
  SimOptions options;
  for (const std::string& eq : Equations(20)) {
    const ChatResponse a = SimulateCompletion(options, EquationRequest(eq));
    const ChatResponse b = SimulateCompletion(options, EquationRequest(eq));
    EXPECT_EQ(a.content, b.content);
    EXPECT_EQ(a.latency_s, b.latency_s);
    EXPECT_TRUE(a.simulated);
    EXPECT_EQ(a.model, "stepcache-sim");
    EXPECT_FALSE(a.usage.from_server);
    EXPECT_EQ(a.usage.completion_tokens, EstimateTokens(a.content));
  }
}

TEST(SimBackend, SeedChangesWhichAnswersAreWrong) {
  SimOptions s1, s2;
  s2.seed = 43;
  std::set<int> wrong1, wrong2;
  const std::vector<std::string> eqs = Equations(200);
  for (int i = 0; i < 200; ++i) {
    SimTrace t1, t2;
    SimulateCompletion(s1, EquationRequest(eqs[i]), &t1);
    SimulateCompletion(s2, EquationRequest(eqs[i]), &t2);
    if (!t1.mistake.empty()) wrong1.insert(i);
    if (!t2.mistake.empty()) wrong2.insert(i);
  }
  EXPECT_NE(wrong1, wrong2);
}

TEST(SimBackend, EquationAnswersAreRightWithoutErrors) {
  SimOptions options;
  options.error_rate = 0;
  for (const std::string& eq : Equations(60)) {
    SimTrace trace;
    const ChatResponse r = SimulateCompletion(options, EquationRequest(eq), &trace);
    EXPECT_EQ(trace.task, "linear_equation");
    EXPECT_EQ(trace.mistake, "");
    EXPECT_TRUE(EquationAnswerRight(eq, r.content)) << eq << "\n" << r.content;
    EXPECT_EQ(r.finish_reason, "stop");
  }
}

TEST(SimBackend, EquationErrorRateIsAsConfigured) {
  SimOptions options;  // error_rate 0.25
  const std::vector<std::string> eqs = Equations(400);
  int wrong = 0, traced = 0;
  std::set<std::string> kinds;
  for (const std::string& eq : eqs) {
    SimTrace trace;
    const ChatResponse r = SimulateCompletion(options, EquationRequest(eq), &trace);
    const bool right = EquationAnswerRight(eq, r.content);
    wrong += !right;
    traced += !trace.mistake.empty();
    if (!trace.mistake.empty()) kinds.insert(trace.mistake);
    EXPECT_EQ(right, trace.mistake.empty()) << trace.mistake << "\n" << eq << "\n" << r.content;
  }
  EXPECT_GT(wrong, 400 * 0.17);
  EXPECT_LT(wrong, 400 * 0.33);
  EXPECT_EQ(wrong, traced);
  EXPECT_EQ(kinds, (std::set<std::string>{"slip", "wrong_final", "prose"}));
}

TEST(SimBackend, SlipCarriesToTheEnd) {
  SimOptions options;
  options.error_rate = 1;
  int slips = 0;
  for (const std::string& eq : Equations(80)) {
    SimTrace trace;
    const ChatResponse r = SimulateCompletion(options, EquationRequest(eq), &trace);
    if (trace.mistake != "slip") continue;
    ++slips;
    // The first line is still the task's equation; the final value is wrong
    // and follows from the (wrong) line before it.
    auto truth = checks::Solve(*checks::ParseLinearEquation(eq));
    auto got = FinalValue(r.content);
    ASSERT_TRUE(got) << r.content;
    EXPECT_NE(*got, *truth);
    const std::size_t last = r.content.rfind('\n');
    const std::size_t before = r.content.rfind('\n', last - 1);
    auto previous = checks::ParseLinearEquation(checks::StripStepLabel(
        r.content.substr(before == std::string::npos ? 0 : before + 1, last - before - 1)));
    ASSERT_TRUE(previous) << r.content;
    EXPECT_EQ(*checks::Solve(*previous), *got) << r.content;
  }
  EXPECT_GT(slips, 20);
}

TEST(SimBackend, ContinuesFromAVerifiedPrefix) {
  SimOptions options;
  options.error_rate = 0;
  const std::string eq = "4x + 7 = 2x - 9";
  const ChatResponse full = SimulateCompletion(options, EquationRequest(eq));
  const std::size_t second = full.content.find('\n', full.content.find('\n') + 1);
  ASSERT_NE(second, std::string::npos) << full.content;
  ChatRequest r = EquationRequest(eq);
  r.messages.push_back({"assistant", full.content.substr(0, second)});
  r.messages.push_back({"user", "Continue the solution from the last step above."});
  SimTrace trace;
  const ChatResponse rest = SimulateCompletion(options, r, &trace);
  EXPECT_TRUE(trace.region);
  EXPECT_EQ(rest.content.rfind("Step 3: ", 0), 0u) << rest.content;
  EXPECT_TRUE(EquationAnswerRight(eq, rest.content)) << rest.content;
  EXPECT_EQ(full.content.substr(0, second + 1) + rest.content, full.content);
}

TEST(SimBackend, JsonAnswersMatchTheTextWithoutErrors) {
  SimOptions options;
  options.error_rate = 0;
  for (int i = 0; i < 40; ++i) {
    SimTrace trace;
    const ChatResponse r = SimulateCompletion(options, JsonRequest(i), &trace);
    EXPECT_EQ(trace.task, "json_extract");
    EXPECT_FALSE(trace.region);
    EXPECT_EQ(Compact(r.content), ExpectedJson(i)) << r.content;
  }
}

TEST(SimBackend, JsonErrorRateIsAsConfigured) {
  SimOptions options;
  options.error_rate = 0.25;
  int wrong = 0;
  std::set<std::string> kinds;
  for (int i = 0; i < 400; ++i) {
    SimTrace trace;
    const ChatResponse r = SimulateCompletion(options, JsonRequest(i), &trace);
    const bool right = Compact(r.content) == ExpectedJson(i);
    wrong += !right;
    EXPECT_EQ(right, trace.mistake.empty()) << trace.mistake << "\n" << r.content;
    if (!trace.mistake.empty()) kinds.insert(trace.mistake);
    EXPECT_EQ(r.truncated(), trace.mistake == "truncated");
  }
  EXPECT_GT(wrong, 400 * 0.17);
  EXPECT_LT(wrong, 400 * 0.33);
  EXPECT_EQ(kinds, (std::set<std::string>{"dropped_key", "renamed_key", "wrong_type", "wrong_value",
                                          "prose", "fences", "truncated"}));
}

TEST(SimBackend, RegionRequestGetsOnlyTheAskedMembers) {
  const std::string region_schema = R"({"type": "object", "properties": {
      "age": {"type": "integer"}, "city": {"type": "string", "description": "Home town"}},
      "required": ["age", "city"]})";
  ChatRequest r = JsonRequest(5, region_schema);
  r.messages[1].content += "\nAnswer only these members as JSON: age, city.";
  SimOptions options;
  options.error_rate = 0;
  options.whole_object_rate = 0;
  SimTrace trace;
  EXPECT_EQ(Compact(SimulateCompletion(options, r, &trace).content),
            R"({"age":25,"city":"Town5"})");
  EXPECT_TRUE(trace.region);
  EXPECT_FALSE(trace.whole_object);
  options.whole_object_rate = 1;
  // Ignoring the instruction: every member the prompt lists, typed by the
  // region schema where it names them and by the text's look elsewhere.
  EXPECT_EQ(Compact(SimulateCompletion(options, r, &trace).content),
            R"({"name":"Person 5 Smith","age":25,"city":"Town5","is_member":true,"score":5.5,)"
            R"("tags":"alpha, beta2"})");
  EXPECT_TRUE(trace.whole_object);
}

TEST(SimBackend, FullAnswerTakesAboutTwoVirtualSeconds) {
  SimOptions options;
  options.error_rate = 0;
  double sum = 0, prompt = 0, completion = 0;
  int n = 0;
  auto add = [&](const ChatResponse& r) {
    sum += r.latency_s;
    prompt += static_cast<double>(r.usage.prompt_tokens);
    completion += static_cast<double>(r.usage.completion_tokens);
    ++n;
  };
  for (const std::string& eq : Equations(30)) add(SimulateCompletion(options, EquationRequest(eq)));
  for (int i = 0; i < 30; ++i) add(SimulateCompletion(options, JsonRequest(i)));
  const double mean = sum / n;
  std::cout << "simulated full answer: mean " << mean << " s, " << prompt / n << " prompt and "
            << completion / n << " completion tokens\n";
  EXPECT_GT(mean, 1.5);
  EXPECT_LT(mean, 2.5);
  const ChatResponse r = SimulateCompletion(options, JsonRequest(1));
  EXPECT_DOUBLE_EQ(r.latency_s, SimulatedLatency(options, r.usage.prompt_tokens,
                                                 r.usage.completion_tokens));
}

TEST(SimBackend, MaxTokensCutsTheAnswer) {
  SimOptions options;
  options.error_rate = 0;
  ChatRequest r = JsonRequest(3);
  r.max_tokens = 5;
  const ChatResponse resp = SimulateCompletion(options, r);
  EXPECT_EQ(resp.finish_reason, "length");
  EXPECT_TRUE(resp.truncated());
  EXPECT_EQ(resp.content.size(), 20u);
}

TEST(SimBackend, UnknownTaskGetsAFixedAnswer) {
  ChatRequest r;
  r.messages = {{"user", "Write a poem about the sea."}};
  SimTrace trace;
  const ChatResponse resp = SimulateCompletion(SimOptions{}, r, &trace);
  EXPECT_EQ(trace.task, "unknown");
  EXPECT_FALSE(resp.content.empty());
}

TEST(SimBackend, SpecOptions) {
  SimOptions o;
  std::string error;
  ASSERT_TRUE(ParseSimSpec("error_rate=0.5,seed=7,base_s=0.2,prompt_ms=2,completion_ms=10,"
                           "realtime=1,time_scale=0.01,model=tiny",
                           &o, &error))
      << error;
  EXPECT_EQ(o.error_rate, 0.5);
  EXPECT_EQ(o.seed, 7u);
  EXPECT_DOUBLE_EQ(o.completion_s_per_token, 0.01);
  EXPECT_TRUE(o.realtime);
  EXPECT_EQ(o.model, "tiny");
  EXPECT_FALSE(ParseSimSpec("error_rate=2", &o, &error));
  EXPECT_NE(error.find("error_rate"), std::string::npos);
  EXPECT_FALSE(ParseSimSpec("colour=blue", &o, &error));
  EXPECT_NE(error.find("colour"), std::string::npos);
  EXPECT_FALSE(ParseSimSpec("seed", &o, &error));
  EXPECT_FALSE(ParseSimSpec("seed=-1", &o, &error));

  BackendOptions bo;
  auto backend = OpenBackend("sim:error_rate=0,seed=9", bo, &error);
  ASSERT_TRUE(backend) << error;
  EXPECT_NE(backend->name().find("simulated"), std::string::npos);
  BackendResult result = backend->Complete(EquationRequest("2x = 10"));
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.response().simulated);
  EXPECT_FALSE(OpenBackend("sim:error_rate=x", bo, &error));
  EXPECT_FALSE(OpenBackend("carrier-pigeon", bo, &error));
}

}  // namespace
}  // namespace stepcache::engine
