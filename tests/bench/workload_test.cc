// The benchmark's own pieces: workload composition (both splits) and the
// report arithmetic. The scorer has its own file (scorer_test.cc).
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "stepcache/bench/report.h"
#include "stepcache/bench/workload.h"
#include "stepcache/schemas/json.h"

namespace stepcache::bench {
namespace {

TEST(WorkloadTest, CompositionIsFixedAndDocumented) {
  const auto items = GenerateWorkload(42);
  std::map<std::string, int> by;
  std::set<std::string> ids;
  for (const auto& item : items) {
    ++by[item.task + "/" + item.perturbation];
    EXPECT_TRUE(ids.insert(item.id).second) << "duplicate id " << item.id;
  }
  EXPECT_EQ(items.size(), 221u);
  const std::map<std::string, int> expected = {
      {"linear_equation/base", 10}, {"linear_equation/paraphrase", 30},
      {"linear_equation/format", 30}, {"linear_equation/rename", 30},
      {"linear_equation/numeric", 3}, {"linear_equation/semantic", 6},
      {"json_extract/base", 10}, {"json_extract/paraphrase", 30},
      {"json_extract/format", 30}, {"json_extract/paraphrase_text", 27},
      {"json_extract/schema", 6}, {"json_extract/numeric", 3},
      {"json_extract/semantic", 6}};
  EXPECT_EQ(by, expected);
}

TEST(WorkloadTest, SameSeedSameWorkloadOtherSeedOtherConstants) {
  const auto a = GenerateWorkload(7), b = GenerateWorkload(7), c = GenerateWorkload(8);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(ToJsonLine(a[i]), ToJsonLine(b[i]));
  int differ = 0;
  for (std::size_t i = 0; i < a.size() && i < c.size(); ++i) differ += a[i].prompt != c[i].prompt;
  EXPECT_GT(differ, 100);
}

// A small evaluator of its own (neither the engine's nor the scorer's), to
// re-derive every expected solution: the equation is linear, so
// f(v) = left - right is a line and its root is -f(0) / (f(1) - f(0)).
class Eval {
 public:
  Eval(std::string text, std::string var, double value) : s_(std::move(text)), var_(std::move(var)), v_(value) {}
  bool Run(double* out) {
    *out = Sum();
    Skip();
    return ok_ && i_ == s_.size();
  }

 private:
  void Skip() { while (i_ < s_.size() && s_[i_] == ' ') ++i_; }
  double Sum() {
    double v = Product();
    for (Skip(); i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-'); Skip()) {
      const char op = s_[i_++];
      const double r = Product();
      v = op == '+' ? v + r : v - r;
    }
    return v;
  }
  double Product() {
    double v = Factor();
    for (Skip(); i_ < s_.size(); Skip()) {
      if (s_[i_] == '*' || s_[i_] == '/') {
        const char op = s_[i_++];
        const double r = Factor();
        v = op == '*' ? v * r : v / r;
      } else if (s_[i_] == '(' || std::isalnum(static_cast<unsigned char>(s_[i_]))) {
        v *= Factor();  // "3x", "2(x + 1)"
      } else {
        break;
      }
    }
    return v;
  }
  double Factor() {
    Skip();
    if (i_ >= s_.size()) return ok_ = false, 0;
    if (s_[i_] == '-') return ++i_, -Factor();
    if (s_[i_] == '(') {
      ++i_;
      const double v = Sum();
      Skip();
      if (i_ >= s_.size() || s_[i_] != ')') ok_ = false;
      ++i_;
      return v;
    }
    if (std::isdigit(static_cast<unsigned char>(s_[i_]))) {
      std::size_t n = 0;
      const double v = std::stod(s_.substr(i_), &n);
      i_ += n;
      return v;
    }
    if (s_.compare(i_, var_.size(), var_) == 0) return i_ += var_.size(), v_;
    return ok_ = false, 0;
  }
  std::string s_, var_;
  double v_;
  std::size_t i_ = 0;
  bool ok_ = true;
};

// The equation in a prompt: the formula around its only '='.
std::string EquationIn(const std::string& prompt, const std::string& var) {
  const std::size_t eq = prompt.find('=');
  if (eq == std::string::npos) return "";
  auto math = [&](std::size_t p) {
    const char c = prompt[p];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      // the variable only when it stands alone or after a digit
      const bool before_ok = p == 0 || !std::isalpha(static_cast<unsigned char>(prompt[p - 1]));
      const bool after_ok = p + 1 >= prompt.size() || !std::isalpha(static_cast<unsigned char>(prompt[p + 1]));
      return prompt.compare(p, var.size(), var) == 0 && before_ok && after_ok;
    }
    return std::isdigit(static_cast<unsigned char>(c)) || std::string(" +-*/()=").find(c) != std::string::npos ||
           (c == '.' && p + 1 < prompt.size() && std::isdigit(static_cast<unsigned char>(prompt[p + 1])));
  };
  std::size_t b = eq, e = eq;
  while (b > 0 && math(b - 1)) --b;
  while (e < prompt.size() && math(e)) ++e;
  return prompt.substr(b, e - b);
}

double Root(const std::string& equation, const std::string& var, bool* ok) {
  const std::size_t eq = equation.find('=');
  auto f = [&](double v) {
    double l = 0, r = 0;
    *ok = *ok && Eval(equation.substr(0, eq), var, v).Run(&l) && Eval(equation.substr(eq + 1), var, v).Run(&r);
    return l - r;
  };
  *ok = eq != std::string::npos;
  const double f0 = f(0), f1 = f(1);
  *ok = *ok && f1 != f0;
  return -f0 / (f1 - f0);
}

void CheckMath(const WorkloadItem& item, const rapidjson::Value& expect) {
  const std::string var = expect["variable"].GetString();
  const std::string equation = EquationIn(item.prompt, var);
  bool ok = false;
  const double root = Root(equation, var, &ok);
  ASSERT_TRUE(ok) << item.id << ": cannot read \"" << equation << "\" in " << item.prompt;
  EXPECT_NEAR(root, expect["value"].GetDouble(), 1e-9) << item.id << ": " << equation;
  EXPECT_EQ(std::count(item.prompt.begin(), item.prompt.end(), '='), 1) << item.prompt;
  if (expect.HasMember("report")) {
    double reported = 0;
    ASSERT_TRUE(Eval(expect["report"]["expression"].GetString(), var, root).Run(&reported)) << item.id;
    EXPECT_NEAR(reported, expect["report"]["value"].GetDouble(), 1e-9) << item.id;
    EXPECT_NE(item.prompt.find(expect["report"]["expression"].GetString()), std::string::npos) << item.id;
  }
}

// Every expected JSON value is stated in the source text: strings as whole
// tokens (never a fragment of a longer word), numbers as written with or
// without thousands separators, booleans as a yes/no word.
void CheckJson(const WorkloadItem& item, const rapidjson::Value& expect) {
  ASSERT_TRUE(expect.HasMember("json") && expect["json"].IsObject()) << item.id;
  rapidjson::Document schema;
  ASSERT_TRUE(ParseJson(item.schema_json, schema)) << item.id;
  std::string plain;  // the prompt without thousands separators
  for (std::size_t i = 0; i < item.prompt.size(); ++i) {
    const bool separator = item.prompt[i] == ',' && i > 0 && i + 1 < item.prompt.size() &&
                           std::isdigit(static_cast<unsigned char>(item.prompt[i - 1])) &&
                           std::isdigit(static_cast<unsigned char>(item.prompt[i + 1]));
    if (!separator) plain += item.prompt[i];
  }
  auto whole = [&](const std::string& text, const std::string& v) {
    for (std::size_t p = text.find(v); p != std::string::npos; p = text.find(v, p + 1)) {
      const bool before = p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]));
      const std::size_t e = p + v.size();
      const bool after = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
      if (before && after) return true;
    }
    return false;
  };
  for (const auto& m : expect["json"].GetObject()) {
    EXPECT_TRUE(schema["properties"].HasMember(m.name)) << item.id << " " << m.name.GetString();
    if (m.value.IsString()) {
      EXPECT_TRUE(whole(item.prompt, m.value.GetString())) << item.id << " " << m.value.GetString();
    } else if (m.value.IsNumber()) {
      EXPECT_TRUE(whole(plain, JsonToString(m.value))) << item.id << " " << JsonToString(m.value);
    } else if (m.value.IsBool()) {
      const bool t = whole(item.prompt, "yes") || whole(item.prompt, "paid") || whole(item.prompt, "true");
      const bool f = whole(item.prompt, "no") || whole(item.prompt, "unpaid") || whole(item.prompt, "false");
      EXPECT_TRUE(m.value.GetBool() ? t : f) << item.id;
    }
  }
  EXPECT_EQ(expect["json"].MemberCount(), schema["properties"].MemberCount()) << item.id;
}

void CheckExpectations(const std::vector<WorkloadItem>& items) {
  for (const auto& item : items) {
    rapidjson::Document expect;
    ASSERT_TRUE(ParseJson(item.expect_json, expect)) << item.id;
    if (item.task == "linear_equation") {
      CheckMath(item, expect);
    } else {
      ASSERT_EQ(item.task, "json_extract");
      CheckJson(item, expect);
    }
  }
}

TEST(WorkloadTest, ExpectationsAreTheTruth) {
  for (std::uint64_t seed : {42, 43, 44}) CheckExpectations(GenerateWorkload(seed));
}

TEST(AdversarialWorkload, ExpectationsAreTheTruth) {
  for (std::uint64_t seed : {1, 42, 43, 44, 1000}) CheckExpectations(GenerateAdversarialWorkload(seed));
}

TEST(AdversarialWorkload, FamiliesIdsAndSafety) {
  const auto items = GenerateAdversarialWorkload(42);
  EXPECT_GE(items.size(), 200u);
  EXPECT_LE(items.size(), 300u);
  std::set<std::string> ids;
  std::map<std::string, int> variants, bases;
  const std::set<std::string> safe = {"paraphrase", "whitespace", "unrelated_sentence", "renamed_variable"};
  for (const auto& item : items) {
    EXPECT_TRUE(ids.insert(item.id).second) << "duplicate id " << item.id;
    ASSERT_FALSE(item.family.empty()) << item.id;
    (item.perturbation == "base" ? bases : variants)[item.family]++;
    EXPECT_EQ(item.safe, safe.count(item.family) == 1 && item.perturbation != "base") << item.id;
    // The line format carries the family and the safety flag.
    WorkloadItem back;
    std::string error;
    ASSERT_TRUE(ParseWorkloadLine(ToJsonLine(item), &back, &error)) << error;
    EXPECT_EQ(back.family, item.family);
    EXPECT_EQ(back.safe, item.safe);
  }
  for (const char* f : {"label_drift", "distractor_labels", "record_selection", "repeated_numbers",
                        "old_value_elsewhere", "word_prefix_values", "key_order", "sign_flip", "same_solution",
                        "instruction_change", "paraphrase", "whitespace", "unrelated_sentence", "renamed_variable"}) {
    EXPECT_GE(bases[f], 2) << f;
    EXPECT_GE(variants[f], 6) << f;
  }
  EXPECT_EQ(bases.size(), 14u);
}

TEST(AdversarialWorkload, VariantsDifferFromTheirBaseAndSeedsDiffer) {
  const auto a = GenerateAdversarialWorkload(5), b = GenerateAdversarialWorkload(5), c = GenerateAdversarialWorkload(6);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(ToJsonLine(a[i]), ToJsonLine(b[i]));
  int differ = 0;
  for (std::size_t i = 0; i < a.size() && i < c.size(); ++i) differ += a[i].prompt != c[i].prompt;
  EXPECT_GT(differ, 150);
  // An unsafe variant always changes the prompt or the schema of its base;
  // on most it changes the expected answer too.
  const WorkloadItem* base = nullptr;
  int changed_answers = 0, unsafe = 0;
  for (const auto& item : a) {
    if (item.perturbation == "base") {
      base = &item;
      continue;
    }
    ASSERT_NE(base, nullptr);
    EXPECT_TRUE(item.prompt != base->prompt || item.schema_json != base->schema_json) << item.id;
    if (!item.safe) {
      ++unsafe;
      changed_answers += item.expect_json != base->expect_json;
    } else {
      EXPECT_EQ(item.task == "json_extract" ? item.expect_json : "", base->task == "json_extract" ? base->expect_json : "")
          << item.id;
    }
  }
  EXPECT_GT(changed_answers * 10, unsafe * 6) << changed_answers << " of " << unsafe;
}

TEST(WorkloadTest, LinesRoundTripAndBadLinesNameTheField) {
  const auto items = GenerateWorkload(1);
  WorkloadItem back;
  std::string error;
  ASSERT_TRUE(ParseWorkloadLine(ToJsonLine(items.back()), &back, &error)) << error;
  EXPECT_EQ(ToJsonLine(back), ToJsonLine(items.back()));
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": "a", "task": "t"})", &back, &error));
  EXPECT_NE(error.find("/prompt"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": 1, "task": "t", "prompt": "p"})", &back, &error));
  EXPECT_NE(error.find("/id"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine(R"({"id": "a", "task": "t", "prompt": "p", "schema": 3})", &back, &error));
  EXPECT_NE(error.find("/schema"), std::string::npos) << error;
  EXPECT_FALSE(ParseWorkloadLine("{\"id\": ", &back, &error));
  EXPECT_NE(error.find("byte"), std::string::npos) << error;
}

ItemResult Result(double latency, engine::Path path, bool correct, std::int64_t tokens) {
  ItemResult r;
  r.ok = true;
  r.correct = correct;
  r.metrics.latency_s = latency;
  r.metrics.path = path;
  r.metrics.prompt_tokens = tokens;
  return r;
}

TEST(ReportTest, SummaryArithmetic) {
  std::vector<ItemResult> v;
  for (int i = 1; i <= 20; ++i) {
    v.push_back(Result(i, i <= 15 ? engine::Path::kReuse : engine::Path::kSkip, i != 3, 10));
  }
  Summary s = Summarize(v);
  EXPECT_DOUBLE_EQ(s.mean_s, 10.5);
  EXPECT_DOUBLE_EQ(s.median_s, 10.5);
  EXPECT_DOUBLE_EQ(s.p95_s, 19);  // nearest rank: ceil(0.95 * 20) = 19th
  EXPECT_DOUBLE_EQ(s.tokens_total, 200);
  EXPECT_DOUBLE_EQ(s.correct_pct, 95);
  EXPECT_DOUBLE_EQ(s.reuse_pct, 75);
  EXPECT_DOUBLE_EQ(s.skip_pct, 25);
  EXPECT_DOUBLE_EQ(s.false_reuse, 1);  // item 3 was reused and wrong
}

TEST(ReportTest, JsonTableAndHtmlCarryTheFigures) {
  SeedRun run;
  run.seed = 42;
  run.baseline = {Result(2, engine::Path::kSkip, false, 100), Result(2, engine::Path::kSkip, true, 100)};
  run.stepcache = {Result(2, engine::Path::kSkip, true, 100), Result(0.0001, engine::Path::kReuse, true, 0)};
  for (auto* list : {&run.baseline, &run.stepcache}) {
    for (auto& r : *list) { r.task = "t"; r.perturbation = "p"; }
  }
  BenchReport report = BuildReport({run}, "sim (simulated)", true);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(ReportJson(report), doc));
  for (const char* k : {"baseline", "stepcache", "seeds", "by_task", "by_perturbation", "targets"}) {
    EXPECT_TRUE(doc.HasMember(k)) << k;
  }
  EXPECT_DOUBLE_EQ(doc["stepcache"]["reuse_pct"].GetDouble(), 50);
  EXPECT_DOUBLE_EQ(doc["baseline"]["correct_pct"].GetDouble(), 50);
  EXPECT_TRUE(doc["by_perturbation"].HasMember("t/p"));
  const std::string table = ReportTable(report);
  EXPECT_NE(table.find("SIMULATED"), std::string::npos);
  EXPECT_NE(table.find("MISSED"), std::string::npos);  // mean 1.0 s misses 0.45 s
  const std::string html = ReportHtml(report);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org"));  // no network assets
}

}  // namespace
}  // namespace stepcache::bench
