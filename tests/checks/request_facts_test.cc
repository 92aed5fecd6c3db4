// RequestFacts: the labeled_fields check reads the prompt and schema once per
// request and keeps what it read across checks. The verdicts must be the same
// as a check that reads them afresh, whatever answers came before.
#include "stepcache/checks/request_facts.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/checks/check_result.h"
#include "stepcache/checks/rules.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::checks {
namespace {

std::string Write(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The red-team probes' extraction prompts, each with its schema, its own
// answers and the first few answers of other probes with the same schema
// (all of them made the test grow with the square of the probe set; eight
// others, 782,600 of the 991,051 answers of 118,584 probes, made the four
// shards 463 s of a 672 s release run on 2 cores; three are 296,615).
struct Probe {
  std::string id, prompt, schema;
  std::vector<std::string> answers;
};

std::vector<Probe> Probes() {
  std::ifstream file(std::string(STEPCACHE_SOURCE_DIR) + "/tests/redteam/answers.json");
  std::stringstream text;
  text << file.rdbuf();
  rapidjson::Document doc;
  // (The scripted answers of every round: past the parser's default 64 MiB.)
  EXPECT_TRUE(ParseJson(text.str(), doc, nullptr, JsonLimits{std::size_t{256} << 20, 1000}));
  std::vector<Probe> probes;
  std::map<std::string, std::vector<std::string>> by_schema;
  constexpr std::size_t kOthers = 3;  // answers of other probes with the same schema
  for (const auto& p : doc.GetArray()) {
    if (std::string(p["task"].GetString()) != "json_extract") continue;
    Probe probe{p["id"].GetString(), p["prompt"].GetString(), Write(p["schema"]), {}};
    for (const auto& a : p["answers"].GetArray()) {
      probe.answers.push_back(Write(a));
      std::vector<std::string>& same = by_schema[probe.schema];
      if (same.size() < kOthers && std::find(same.begin(), same.end(), probe.answers.back()) == same.end()) {
        same.push_back(probe.answers.back());
      }
    }
    probes.push_back(std::move(probe));
  }
  for (Probe& p : probes) {
    for (const std::string& a : by_schema[p.schema]) {
      if (std::find(p.answers.begin(), p.answers.end(), a) == p.answers.end()) p.answers.push_back(a);
    }
  }
  return probes;
}

// `answer` and variants of it a model might give: each string member cut to
// its first word or given another member's string, each number one more.
std::vector<std::string> Variants(const std::string& answer) {
  std::vector<std::string> out{answer};
  rapidjson::Document doc;
  if (!ParseJson(answer, doc) || !doc.IsObject()) return out;
  for (auto& m : doc.GetObject()) {
    rapidjson::Document copy;
    copy.CopyFrom(doc, copy.GetAllocator());
    rapidjson::Value& v = copy[m.name];
    if (v.IsString()) {
      std::string s = v.GetString();
      const std::size_t space = s.find(' ');
      if (space != std::string::npos) {
        v.SetString(s.substr(0, space).c_str(), copy.GetAllocator());
        out.push_back(Write(copy));
      }
      for (const auto& o : doc.GetObject()) {
        if (o.value.IsString() && o.name != m.name) {
          v.SetString(o.value.GetString(), copy.GetAllocator());
          out.push_back(Write(copy));
          break;
        }
      }
    } else if (v.IsNumber()) {
      v.SetDouble(v.GetDouble() + 1);
      out.push_back(Write(copy));
    }
  }
  return out;
}

// The probes in kShards parts (probe i in part i % kShards), so ctest runs
// the parts side by side, every kStride-th probe of each part: every round
// is in both builds. The release build checks every other probe (all of
// them, 148,484 at stop 54, took the four parts 270 s of CPU, a quarter of
// the release run's test time, beside a red-team suite that already serves
// every probe); under AddressSanitizer, which makes each check about ten
// times slower, every twentieth (a tenth took 228 s at 148,484; a fifth
// took 107-139 s a part at 81,995). What the test looks for (facts kept
// across checks that change a verdict) is in every probe's answers.
constexpr int kShards = 4;
#if defined(STEPCACHE_SANITIZED)
constexpr int kStride = 20;
#else
constexpr int kStride = 2;
#endif

class RequestFactsShard : public ::testing::TestWithParam<int> {};

TEST_P(RequestFactsShard, VerdictsAreTheSameWithFactsKeptAcrossChecks) {
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  ASSERT_NE(rules, nullptr);
  const std::vector<Probe> probes = Probes();
  ASSERT_GT(probes.size(), 100u);
  std::size_t checked = 0, passed = 0, failed = 0;
  for (std::size_t n = static_cast<std::size_t>(GetParam()); n < probes.size(); n += kShards * kStride) {
    const Probe& p = probes[n];
    rapidjson::Document schema_doc;
    ASSERT_TRUE(ParseJson(p.schema, schema_doc));
    const auto schema = schemas::Schema::Compile(schema_doc);
    ASSERT_NE(schema, nullptr);
    TaskInput fresh;  // reads everything afresh for each check
    fresh.prompt = p.prompt;
    fresh.schema = schema.get();
    fresh.schema_json = &schema_doc;
    // As the engine prepares a request: once, for all its checks.
    const SourceText source(p.prompt);
    const MemberLabelTable labels(&schema_doc);
    RequestFacts facts(source, labels);
    TaskInput prepared = fresh;
    prepared.source = &source;
    prepared.labels = &labels;
    prepared.facts = &facts;
    std::vector<std::string> outputs;
    for (const std::string& a : p.answers) {
      for (std::string& v : Variants(a)) outputs.push_back(std::move(v));
    }
    // The fresh verdicts once (they depend on nothing kept); the prepared
    // ones twice, the second time in the other order, with the facts filled.
    std::vector<std::string> want;
    want.reserve(outputs.size());
    for (const std::string& output : outputs) {
      const CheckResult result = rules->Check(fresh, output);
      want.push_back(CheckResultToJson(result));
      ++checked;
      (result.pass ? passed : failed)++;
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t k = 0; k < outputs.size(); ++k) {
        const std::size_t i = pass == 0 ? k : outputs.size() - 1 - k;
        ASSERT_EQ(CheckResultToJson(rules->Check(prepared, outputs[i])), want[i]) << p.id << ": " << outputs[i];
      }
    }
  }
  // The corpus holds answers of both kinds, else it proves little.
  EXPECT_GT(checked, 1000u / kShards / kStride);
  EXPECT_GT(passed, 100u / kShards / kStride);
  EXPECT_GT(failed, 100u / kShards / kStride);
}

INSTANTIATE_TEST_SUITE_P(Part, RequestFactsShard, ::testing::Range(0, kShards));

TEST(RequestFactsTest, FactsOfAnotherPromptAreNotUsed) {
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  const std::string schema_text =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"]})";
  rapidjson::Document schema_doc;
  ASSERT_TRUE(ParseJson(schema_text, schema_doc));
  const auto schema = schemas::Schema::Compile(schema_doc);
  const MemberLabelTable labels(&schema_doc);
  const SourceText other("Extract the person.\n\nText:\nName: Ann Lee\nAge: 41\n");
  RequestFacts facts(other, labels);
  const std::string output = R"({"name":"Ann Lee","age":41})";
  TaskInput other_input;
  other_input.prompt = other.prompt();
  other_input.schema = schema.get();
  other_input.schema_json = &schema_doc;
  other_input.source = &other;
  other_input.labels = &labels;
  other_input.facts = &facts;
  EXPECT_TRUE(rules->Check(other_input, output).pass);  // facts filled for "Ann Lee", 41
  // The same facts given with another prompt (no SourceText of its own, or
  // another one) are set aside: "Age: 14" fails 41 as it would without them.
  TaskInput input = other_input;
  input.prompt = "Extract the person.\n\nText:\nName: Ann Lee\nAge: 14\n";
  input.source = nullptr;
  const CheckResult with = rules->Check(input, output);
  input.facts = nullptr;
  const CheckResult without = rules->Check(input, output);
  EXPECT_FALSE(without.pass);
  EXPECT_EQ(CheckResultToJson(with), CheckResultToJson(without));
}

}  // namespace
}  // namespace stepcache::checks
