#include "stepcache/checks/rules.h"

#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/grammars/json_extract.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::checks {
namespace {

std::unique_ptr<TaskRules> Builtin(const char* name) {
  RulesError error;
  std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin(name, &error);
  EXPECT_TRUE(rules) << error.ToString();
  return rules;
}

std::vector<std::optional<bool>> Passes(const CheckResult& r) {
  std::vector<std::optional<bool>> out;
  for (const StepVerdict& v : r.verdicts) out.push_back(v.pass);
  return out;
}

std::string Dump(const CheckResult& r) { return CheckResultToJson(r); }

// ---- Built-in rules ---------------------------------------------------------

TEST(RulesTest, BuiltinsAreTheRulesFiles) {
  std::vector<std::string> names = TaskRules::BuiltinNames();
  EXPECT_EQ(names, (std::vector<std::string>{"json_extract", "linear_equation"}));
  for (const std::string& name : names) {
    std::ifstream file(std::string(STEPCACHE_SOURCE_DIR) + "/rules/" + name + ".json");
    std::stringstream text;
    text << file.rdbuf();
    EXPECT_EQ(text.str(), TaskRules::BuiltinText(name)) << name;
    std::unique_ptr<TaskRules> rules = Builtin(name.c_str());
    ASSERT_TRUE(rules);
    EXPECT_EQ(rules->name(), name);
  }
}

TEST(RulesTest, BuiltinContents) {
  std::unique_ptr<TaskRules> lin = Builtin("linear_equation");
  ASSERT_TRUE(lin);
  EXPECT_EQ(lin->grammar(), grammars::Grammar::kEquations);
  EXPECT_EQ(lin->patch().fallback, PatchFallback::kSolver);
  EXPECT_EQ(lin->verifier_names(), (std::vector<std::string>{"linear_equation", "pattern"}));
  EXPECT_EQ(lin->integrity_names(), (std::vector<std::string>{"parses", "final_answer"}));
  ASSERT_EQ(lin->skip_conditions().size(), 3u);
  EXPECT_EQ(lin->skip_conditions()[0].when, SkipWhen::kEquationShapeChanged);
  EXPECT_EQ(lin->skip_conditions()[1].when, SkipWhen::kInstructionChanged);
  EXPECT_TRUE(lin->skip_conditions()[1].licensed.renamed_variable);
  std::unique_ptr<TaskRules> json = Builtin("json_extract");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->grammar(), grammars::Grammar::kJson);
  EXPECT_EQ(json->patch().fallback, PatchFallback::kBackendRepair);
  EXPECT_EQ(json->skip_conditions()[0].when, SkipWhen::kInstructionChanged);
  EXPECT_FALSE(json->skip_conditions()[0].licensed.renamed_variable);
  EXPECT_EQ(json->skip_conditions()[1].when, SkipWhen::kSourceTextChanged);
  EXPECT_DOUBLE_EQ(json->skip_conditions()[1].min_similarity, 0.5);
  EXPECT_TRUE(json->reuse().evidence);
  // Cached answers under another schema are candidates: verification
  // against the request's own schema decides.
  EXPECT_FALSE(json->retrieval().same_schema);
  RulesError error;
  EXPECT_FALSE(TaskRules::LoadBuiltin("nope", &error));
  EXPECT_NE(error.message.find("linear_equation"), std::string::npos) << error.message;
}

// ---- linear_equation --------------------------------------------------------

const char kPrompt[] = "Solve for x: 3x + 5 = 20. Show each step.";

TEST(LinearEquationRulesTest, CorrectSolutionPasses) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  TaskInput input{kPrompt};
  CheckResult r = rules->Check(input, "Step 1: 3x + 5 = 20\nStep 2: 3x = 20 - 5\nStep 3: 3x = 15\n"
                                      "Step 4: x = 15/3\nStep 5: x = 5\n");
  EXPECT_TRUE(r.pass) << Dump(r);
  EXPECT_TRUE(r.integrity.pass);
  EXPECT_EQ(r.steps.size(), 5u);
  EXPECT_TRUE(r.failing_steps.empty());
  EXPECT_DOUBLE_EQ(r.FailingFraction(), 0.0);
}

TEST(LinearEquationRulesTest, SolverOutputPassesItsOwnChecks) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  for (const char* prompt : {kPrompt, "Find y if 2(y - 3) = 4y + 1", "What value of n satisfies n/4 + 2 = 7?",
                             "Solve -(x - 4)/3 = 2x for x."}) {
    TaskInput input{prompt};
    std::optional<std::string> answer = rules->FallbackAnswer(input);
    ASSERT_TRUE(answer) << prompt;
    CheckResult r = rules->Check(input, *answer);
    EXPECT_TRUE(r.pass) << prompt << "\n" << *answer << "\n" << Dump(r);
  }
}

TEST(LinearEquationRulesTest, SolverOutputOfGeneratedEquationsPassesEndToEnd) {
  // The solver's text goes through the equations grammar and every verifier:
  // a format the segmenter misreads would fail here.
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  std::mt19937 rng(7);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  int checked = 0;
  for (int i = 0; i < 600; ++i) {
    int a = pick(-9, 9), b = pick(-20, 20), c = pick(-9, 9), d = pick(-20, 20), m = pick(2, 7);
    std::string eq;
    switch (i % 4) {
      case 0: eq = std::to_string(a) + "x + " + std::to_string(b) + " = " + std::to_string(c) + "x - " + std::to_string(d); break;
      case 1: eq = std::to_string(m) + "(x - " + std::to_string(b) + ") = " + std::to_string(d); break;
      case 2: eq = "x/" + std::to_string(m) + " - " + std::to_string(b) + " = " + std::to_string(c) + "x"; break;
      case 3: eq = "-(" + std::to_string(a) + "x + 1)/" + std::to_string(m) + " = " + std::to_string(d) + " - x"; break;
    }
    std::string prompt = "Solve for x: " + eq + ". Show each step.";
    TaskInput input{prompt};
    std::optional<std::string> answer = rules->FallbackAnswer(input);
    if (!answer) continue;
    ++checked;
    CheckResult r = rules->Check(input, *answer);
    ASSERT_TRUE(r.pass) << prompt << "\n" << *answer << "\n" << Dump(r);
  }
  EXPECT_GT(checked, 500);
}

TEST(LinearEquationRulesTest, CachedSolutionOfAnotherEquationFailsWhereItDiffers) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  // Cached for 3x + 5 = 20; the new request is 3x + 8 = 20 (x = 4).
  TaskInput input{"Solve for x: 3x + 8 = 20. Show each step."};
  CheckResult r = rules->Check(input, "Step 1: 3x + 5 = 20\nStep 2: 3x = 20 - 5\nStep 3: 3x = 15\n"
                                      "Step 4: x = 15/3\nStep 5: x = 5\n");
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  EXPECT_NE(r.verdicts[4].reason.find("gives x = 5, not the request's x = 4"), std::string::npos)
      << r.verdicts[4].reason;
  ASSERT_FALSE(r.failures.empty());
  EXPECT_NE(r.failures[0].reason.find("final answer"), std::string::npos);
  EXPECT_FALSE(r.integrity.pass);
}

TEST(LinearEquationRulesTest, SameSolutionDifferentEquationCaughtByTheFirstStep) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  // Both have x = 5, but the first step restates the wrong equation.
  TaskInput input{"Solve 3x + 6 = 21."};
  CheckResult r = rules->Check(input, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5");
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{0}));
  EXPECT_NE(r.verdicts[0].reason.find("is not the asked equation"), std::string::npos) << r.verdicts[0].reason;
  EXPECT_EQ(r.verdicts[1].pass, std::optional<bool>(true));
  EXPECT_TRUE(r.integrity.pass) << "the final answer itself is right";
}

TEST(LinearEquationRulesTest, VerdictsPerStep) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  TaskInput input{kPrompt};
  CheckResult r = rules->Check(input,
                               "Let us solve it.\n"
                               "Step 1: 3x + 5 = 20\n"
                               "Step 2: 3x = 14\n"          // wrong
                               "Step 3: 20 - 5 = 15\n"      // true arithmetic
                               "Step 4: y = 5\n"            // wrong variable
                               "Step 5: x is approximately = 5\n"
                               "Step 6: x = 5\n");
  EXPECT_FALSE(r.pass);
  ASSERT_EQ(r.steps.size(), 7u) << Dump(r);
  EXPECT_EQ(r.verdicts[0].pass, std::nullopt) << "prose is not applicable";
  EXPECT_EQ(r.verdicts[1].pass, std::optional<bool>(true));
  EXPECT_EQ(r.verdicts[2].pass, std::optional<bool>(false));
  EXPECT_EQ(r.verdicts[3].pass, std::optional<bool>(true)) << r.verdicts[3].reason;
  EXPECT_EQ(r.verdicts[4].pass, std::optional<bool>(false));
  EXPECT_NE(r.verdicts[4].reason.find("solves for y"), std::string::npos);
  EXPECT_EQ(r.verdicts[6].pass, std::optional<bool>(true));
  EXPECT_TRUE(r.integrity.pass);
  EXPECT_EQ(r.failing_steps.size(), r.failing_steps.size());
}

TEST(LinearEquationRulesTest, MissingFinalAnswerFailsTheOutput) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  TaskInput input{kPrompt};
  CheckResult r = rules->Check(input, "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\n");
  EXPECT_TRUE(r.failing_steps.empty()) << Dump(r);
  EXPECT_FALSE(r.steps_pass);
  EXPECT_FALSE(r.pass);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_NE(r.failures[0].reason.find("x = <value>"), std::string::npos);
  EXPECT_FALSE(r.integrity.pass);
  EXPECT_TRUE(rules->IntegrityCheck(input, "so x = 5").pass);
  EXPECT_FALSE(rules->IntegrityCheck(input, "so x = 6").pass);
}

TEST(LinearEquationRulesTest, PromptWithoutEquation) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  TaskInput input{"Write a poem."};
  CheckResult r = rules->Check(input, "x = 5");
  EXPECT_FALSE(r.pass);
  ASSERT_FALSE(r.failures.empty());
  EXPECT_NE(r.failures[0].reason.find("no linear equation"), std::string::npos);
  EXPECT_FALSE(rules->FallbackAnswer(input));
}

TEST(LinearEquationRulesTest, SkipReuse) {
  std::unique_ptr<TaskRules> rules = Builtin("linear_equation");
  TaskInput same_shape{"Solve for x: 7x + 1 = 22. Show each step."};
  CheckResult good;
  good.segmented = true;
  good.steps.resize(4);
  SkipDecision d = rules->ShouldSkipReuse(kPrompt, same_shape, good);
  EXPECT_FALSE(d.skip) << d.reason;
  TaskInput other_shape{"Solve for x: 7(x + 1) = 22."};
  d = rules->ShouldSkipReuse(kPrompt, other_shape, good);
  EXPECT_TRUE(d.skip);
  EXPECT_NE(d.reason.find("equation_shape_changed"), std::string::npos);
  CheckResult bad = good;
  bad.failing_steps = {0, 1, 2, 3};
  d = rules->ShouldSkipReuse(kPrompt, same_shape, bad);
  EXPECT_TRUE(d.skip);
  EXPECT_NE(d.reason.find("failing_fraction_above"), std::string::npos);
  EXPECT_EQ(EquationShape("3x + 5 = 20"), "#v+#=#");
  EXPECT_EQ(EquationShape("12y+0.5=1"), "#v+#=#");
  EXPECT_NE(EquationShape("2(x + 1) = 4"), EquationShape("2x + 1 = 4"));
}

// ---- json_extract -----------------------------------------------------------

const char kSource[] =
    "Extract the fields name, age and city from this text.\n"
    "Text: Maria Lopez is 34 years old and lives in Porto. She paid $3.50.";

struct JsonFixture : ::testing::Test {
  void SetUp() override {
    ASSERT_TRUE(ParseJson(R"({"type": "object",
      "properties": {"name": {"type": "string", "description": "Name"},
                     "age": {"type": "integer", "minimum": 0},
                     "city": {"type": "string"},
                     "paid": {"type": "number"}},
      "required": ["name", "age", "city"],
      "additionalProperties": false})",
                          schema_doc));
    schemas::CompileError error;
    schema = schemas::Schema::Compile(schema_doc, {}, &error);
    ASSERT_TRUE(schema) << error.ToString();
    rules = Builtin("json_extract");
    ASSERT_TRUE(rules);
    input.prompt = kSource;
    input.schema = schema.get();
    input.schema_json = &schema_doc;
  }
  rapidjson::Document schema_doc;
  std::unique_ptr<schemas::Schema> schema;
  std::unique_ptr<TaskRules> rules;
  TaskInput input;
};

TEST_F(JsonFixture, GoodAnswerPassesEvenInFences) {
  CheckResult r = rules->Check(input, "Here you go:\n```json\n{\"name\": \"Maria Lopez\", \"age\": 34, "
                                      "\"city\": \"Porto\", \"paid\": 3.5}\n```\n");
  EXPECT_TRUE(r.pass) << Dump(r);
  EXPECT_EQ(Passes(r), (std::vector<std::optional<bool>>{true, true, true, true}));
  EXPECT_EQ(r.steps[1].pointer, "/age");
}

TEST_F(JsonFixture, SchemaErrorsAttributedToTheirMember) {
  CheckResult r = rules->Check(input, R"({"name": "Maria Lopez", "age": "34", "city": "Porto", "zip": "4000"})");
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{1, 3})) << Dump(r);
  EXPECT_NE(r.verdicts[1].reason.find("type"), std::string::npos) << r.verdicts[1].reason;
  EXPECT_NE(r.verdicts[3].reason.find("additionalProperties"), std::string::npos) << r.verdicts[3].reason;
  EXPECT_EQ(r.verdicts[0].pass, std::optional<bool>(true));
  EXPECT_FALSE(r.integrity.pass);
}

TEST_F(JsonFixture, MissingRequiredMemberIsAMissingStep) {
  CheckResult r = rules->Check(input, R"({"name": "Maria Lopez", "age": 34})");
  EXPECT_FALSE(r.pass);
  EXPECT_TRUE(r.failing_steps.empty()) << Dump(r);
  EXPECT_EQ(r.missing_pointers, (std::vector<std::string>{"/city"}));
  EXPECT_FALSE(r.steps_pass);
  EXPECT_DOUBLE_EQ(r.FailingFraction(), 1.0 / 3.0);
}

TEST_F(JsonFixture, CachedAnswerForAnotherTextFailsGrounding) {
  TaskInput other = input;
  other.prompt = "Extract the fields name, age and city from this text.\n"
                 "Text: Tom Berg is 51 years old and lives in Oslo.";
  CheckResult r = rules->Check(other, R"({"name": "Maria Lopez", "age": 34, "city": "Porto"})");
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{0, 1, 2})) << Dump(r);
  EXPECT_NE(r.verdicts[0].reason.find("\"Maria Lopez\" does not occur"), std::string::npos);
  ASSERT_EQ(r.integrity.failures.size(), 3u);
  EXPECT_EQ(r.integrity.failures[0].pointer, "/name");
  // Only the member that changed fails when the text changes a little.
  other.prompt = "Extract the fields name, age and city from this text.\n"
                 "Text: Maria Lopez is 35 years old and lives in Porto.";
  r = rules->Check(other, R"({"name": "Maria Lopez", "age": 34, "city": "Porto"})");
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{1})) << Dump(r);
  SkipDecision d = rules->ShouldSkipReuse(kSource, other, r);
  EXPECT_FALSE(d.skip) << d.reason;
  TaskInput unrelated = input;
  unrelated.prompt = "Completely different words here about weather and rain in Oslo today";
  d = rules->ShouldSkipReuse(kSource, unrelated, r);
  EXPECT_TRUE(d.skip);
  EXPECT_NE(d.reason.find("_changed"), std::string::npos) << d.reason;
}

TEST_F(JsonFixture, NotJsonIsNotSegmented) {
  CheckResult r = rules->Check(input, "I cannot help with that.");
  EXPECT_FALSE(r.segmented);
  EXPECT_FALSE(r.pass);
  EXPECT_FALSE(r.error.empty());
  EXPECT_FALSE(r.integrity.pass);
  EXPECT_DOUBLE_EQ(r.FailingFraction(), 1.0);
}

TEST_F(JsonFixture, WithoutSchemaOnlyGroundingApplies) {
  TaskInput no_schema{kSource};
  CheckResult r = rules->Check(no_schema, R"({"name": "Maria Lopez", "age": 34, "note": null})");
  EXPECT_TRUE(r.pass) << Dump(r);
  EXPECT_EQ(Passes(r), (std::vector<std::optional<bool>>{true, true, std::nullopt}));
}

TEST_F(JsonFixture, BooleansMustBeWrittenInTheSource) {
  TaskInput no_schema{kSource};
  CheckResult r = rules->Check(no_schema, R"({"name": "Maria Lopez", "flag": true})");
  EXPECT_FALSE(r.pass) << Dump(r);
  EXPECT_EQ(Passes(r), (std::vector<std::optional<bool>>{true, false}));
}

TEST_F(JsonFixture, LabeledFieldsMustHoldTheWholeStatedValue) {
  const std::string form = "Please file this.\nProduct: steel bolts\nQuantity: 1,200\nPaid: false\n";
  TaskInput in{form};
  CheckResult ok = rules->Check(in, R"({"product": "steel bolts", "quantity": 1200, "paid": false})");
  EXPECT_TRUE(ok.pass) << Dump(ok);
  // In another case or spacing it is not the text's value: a code or a
  // path may differ by case alone.
  CheckResult spelled = rules->Check(in, R"({"product": "Steel  Bolts", "quantity": 1200, "paid": false})");
  EXPECT_FALSE(spelled.pass) << Dump(spelled);
  EXPECT_NE(Dump(spelled).find("the text writes it \\\"steel bolts\\\""), std::string::npos) << Dump(spelled);
  // Grounded as a substring, but not the value the text states.
  CheckResult cut = rules->Check(in, R"({"product": "steel", "quantity": 1200, "paid": false})");
  EXPECT_FALSE(cut.pass) << Dump(cut);
  EXPECT_EQ(Passes(cut), (std::vector<std::optional<bool>>{false, true, true}));
  EXPECT_NE(cut.verdicts[0].reason.find("steel bolts"), std::string::npos) << cut.verdicts[0].reason;
}

// The checks parse the span the segmenter found instead of searching the
// output again: a value wrapped in prose or fences must be judged exactly
// like the same value given bare (wherever ExtractJson finds that value).
TEST_F(JsonFixture, WrappedAnswersAreJudgedLikeTheBareValue) {
  const std::vector<std::string> bare = {
      R"({"name": "Maria Lopez", "age": 34, "city": "Porto", "paid": 3.5})",
      R"({"name":"Maria","age":35,"city":"porto"})",
      R"({ "name" : "Lopez" , "city" : "Porto {x} ```" })",
      R"({"name": "Maria Lopez", "age": 34, "city": {"a": [1, 2]}})",
      R"([{"name": "Maria Lopez"}, 34, "Porto"])",
      R"([])", R"({})", R"("Porto")", R"(34)", R"(true)", R"(null)"};
  const std::vector<std::pair<std::string, std::string>> wrappers = {
      {"", ""}, {"  \n", "\n\t "}, {"```json\n", "\n```"}, {"Here you go:\n```\n", "\n```\nDone."},
      {"Answer: ", " -- hope this helps"}, {"Note [1] and {2}: ", ""}, {"```json\n{oops\n```\n```json\n", "\n```"},
      {"Sure!\r\n", "\r\n"}, {"[", "]"}, {"{\"wrapped\": ", "}"}};
  std::mt19937 random(8);
  for (int round = 0; round < 200; ++round) {
    const std::string& value = bare[random() % bare.size()];
    const auto& [before, after] = wrappers[random() % wrappers.size()];
    const std::string wrapped = before + value + after;
    std::optional<grammars::JsonSpan> span = grammars::ExtractJson(wrapped);
    if (!span) continue;
    const std::string found = wrapped.substr(span->begin, span->end - span->begin);
    EXPECT_EQ(Dump(rules->Check(input, wrapped)), Dump(rules->Check(input, found))) << wrapped;
    EXPECT_EQ(rules->IntegrityCheck(input, wrapped).pass, rules->IntegrityCheck(input, found).pass) << wrapped;
  }
}

// ---- Loading user rules and errors -----------------------------------------

struct BadRules {
  const char* text;
  const char* pointer;
  const char* message_part;
};

TEST(RulesTest, BadRulesNameThePointerAtFault) {
  const BadRules cases[] = {
      {"", "", "not valid JSON"},
      {"[]", "", "must be a JSON object"},
      {R"({"segmentation": {"grammar": "lines"}})", "", "\"task\""},
      {R"({"task": "t"})", "", "\"segmentation\""},
      {R"({"task": "a/b", "segmentation": {"grammar": "lines"}})", "/task", "task names"},
      {R"({"task": "t", "segmentation": {"grammar": "yaml"}})", "/segmentation/grammar", "unknown grammar"},
      {R"({"task": "t", "segmentation": {"grammar": "json", "json_depth": 0}})", "/segmentation/json_depth", "integer"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "stepz": []})", "/stepz", "unknown member"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": {}})", "/steps", "array"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "schema"}, {"check": "magic"}]})",
       "/steps/1/check", "unknown check \"magic\""},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"kind": "x"}]})", "/steps/0", "\"check\""},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "pattern", "must_match": "(a"}]})",
       "/steps/0/must_match", "RE2"},
      {R"j({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "pattern", "must_match": "(?=a)"}]})j",
       "/steps/0/must_match", "RE2"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "pattern"}]})", "/steps/0", "exactly one"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "pattern", "must_match": "a", "kinds": ["bogus"]}]})",
       "/steps/0/kinds/0", "unknown step kind"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "grounding", "case_insensitive": "yes"}]})",
       "/steps/0/case_insensitive", "true or false"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "grounding", "skip": ["nope"]}]})",
       "/steps/0/skip/0", "JSON Pointer"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "schema", "extra": 1}]})",
       "/steps/0/extra", "unknown member"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "integrity": [{"check": "linear_equation"}]})",
       "/integrity/0/check", "unknown check"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "patch": {"fallback": "magic"}})", "/patch/fallback", "unknown fallback"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "patch": {"max_attempts": -1}})", "/patch/max_attempts", "integer"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "skip_reuse": [{"when": "tuesday"}]})", "/skip_reuse/0/when", "unknown condition"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "skip_reuse": [{"when": "source_text_changed", "min_similarity": 2}]})",
       "/skip_reuse/0/min_similarity", "between"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "retrieval": {"slots": "all"}})", "/retrieval/slots", "unknown slots"},
      {R"({"task": "t", "segmentation": {"grammar": "json"}, "steps": [{"check": "grounding", "a~b/c": 1}]})",
       "/steps/0/a~0b~1c", "unknown member"},
  };
  for (const BadRules& c : cases) {
    RulesError error;
    EXPECT_FALSE(TaskRules::Load(c.text, &error)) << c.text;
    EXPECT_EQ(error.pointer, c.pointer) << c.text << ": " << error.ToString();
    EXPECT_NE(error.message.find(c.message_part), std::string::npos) << c.text << ": " << error.ToString();
  }
}

TEST(RulesTest, DeepRulesDocumentIsAnError) {
  std::string deep(100000, '[');
  RulesError error;
  EXPECT_FALSE(TaskRules::Load(deep, &error));
  EXPECT_NE(error.message.find("not valid JSON"), std::string::npos);
}

TEST(RulesTest, UserTaskFromDirectory) {
  std::string dir = std::string(STEPCACHE_BINARY_DIR) + "/rules_test_dir";
  std::string mkdir = "mkdir -p '" + dir + "'";
  ASSERT_EQ(std::system(mkdir.c_str()), 0);
  {
    std::ofstream out(dir + "/shout.json");
    out << R"({"task": "shout", "segmentation": {"grammar": "lines"},
               "steps": [{"check": "pattern", "must_match": "^[A-Z !]+$", "reason": "must shout"}],
               "integrity": [{"check": "parses"}]})";
  }
  RulesError error;
  std::unique_ptr<TaskRules> rules = TaskRules::LoadFromDir(dir, "shout", &error);
  ASSERT_TRUE(rules) << error.ToString();
  TaskInput input{"Say hello loudly"};
  CheckResult r = rules->Check(input, "HELLO\nhello\nWORLD!\n");
  EXPECT_EQ(Passes(r), (std::vector<std::optional<bool>>{true, false, true}));
  EXPECT_EQ(r.verdicts[1].reason, "must shout");
  EXPECT_EQ(r.failing_steps, (std::vector<std::size_t>{1}));
  // LoadNamed prefers the directory, falls back to built-ins.
  EXPECT_TRUE(TaskRules::LoadNamed(dir, "shout", &error));
  EXPECT_TRUE(TaskRules::LoadNamed(dir, "linear_equation", &error));
  EXPECT_FALSE(TaskRules::LoadFromDir(dir, "../etc/passwd", &error));
  EXPECT_FALSE(TaskRules::LoadFromDir(dir, "absent", &error));
  EXPECT_NE(error.ToString().find("absent.json"), std::string::npos) << error.ToString();
  {
    std::ofstream out(dir + "/renamed.json");
    out << R"({"task": "other", "segmentation": {"grammar": "lines"}})";
  }
  EXPECT_FALSE(TaskRules::LoadFromDir(dir, "renamed", &error));
  EXPECT_EQ(error.pointer, "/task");
}

TEST(RulesTest, TextSimilarity) {
  EXPECT_DOUBLE_EQ(TextSimilarity("a b c", "C B A"), 1.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("a b", "c d"), 0.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("a b c", "a b d"), 0.5);
  EXPECT_DOUBLE_EQ(TextSimilarity("", "..."), 1.0);
}

}  // namespace
}  // namespace stepcache::checks
