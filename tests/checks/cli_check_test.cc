// Drives the `stepcache check` binary: output format, exit codes, and that
// the built-in rules work from any working directory.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace {

const std::string kBin = std::string(STEPCACHE_BINARY_DIR) + "/stepcache";
// One scratch directory per process: ctest runs each TEST as its own
// process, in parallel, and they must not overwrite each other's files.
const std::string kDir =
    std::string(STEPCACHE_BINARY_DIR) + "/cli_check_test." + std::to_string(::getpid());

struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
};

void Write(const std::string& name, const std::string& text) {
  std::ofstream(kDir + "/" + name, std::ios::binary) << text;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs from `cwd` (the test's scratch directory by default).
Outcome Exec(const std::string& args, const std::string& stdin_text = "", const std::string& cwd = kDir) {
  Write("stdin.txt", stdin_text);
  std::string cmd = "cd '" + cwd + "' && '" + kBin + "' check " + args + " < '" + kDir + "/stdin.txt' > '" +
                    kDir + "/out.txt' 2> '" + kDir + "/err.txt'";
  int raw = std::system(cmd.c_str());
  Outcome r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = Slurp(kDir + "/out.txt");
  r.err = Slurp(kDir + "/err.txt");
  return r;
}

class CliCheckTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_EQ(std::system(("mkdir -p '" + kDir + "/rules'").c_str()), 0);
    Write("eq_prompt.txt", "Solve for x: 3x + 5 = 20. Show each step.");
    Write("good.txt", "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5\n");
    Write("bad.txt", "Step 1: 3x + 5 = 20\nStep 2: 3x = 16\nStep 3: x = 5\n");
    Write("json_prompt.txt", "Extract name and age. Text: Ada Byron is 36.");
    Write("schema.json", R"({"type": "object", "properties": {"name": {"type": "string"},
        "age": {"type": "integer"}}, "required": ["name", "age"]})");
    Write("bad_schema.json", R"({"type": "object", "properties": {"name": {"type": 12}}})");
  }
};

rapidjson::Document ParseOut(const Outcome& r) {
  rapidjson::Document doc;
  stepcache::JsonError error;
  EXPECT_TRUE(stepcache::ParseJson(r.out, doc, &error)) << r.out << r.err;
  return doc;
}

TEST_F(CliCheckTest, PassingSolutionExitsZero) {
  Outcome r = Exec("--task linear_equation --prompt eq_prompt.txt good.txt");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  ASSERT_TRUE(doc.IsObject());
  EXPECT_TRUE(doc["pass"].GetBool());
  ASSERT_EQ(doc["steps"].Size(), 3u);
  for (rapidjson::SizeType i = 0; i < 3; ++i) {
    EXPECT_EQ(doc["steps"][i]["index"].GetUint(), i);
    EXPECT_TRUE(doc["steps"][i]["pass"].GetBool());
    EXPECT_TRUE(doc["steps"][i]["reason"].IsString());
  }
  EXPECT_EQ(r.out.back(), '\n');
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one line";
}

TEST_F(CliCheckTest, FailingStepExitsOneAndIsNamed) {
  Outcome r = Exec("--task linear_equation --prompt eq_prompt.txt bad.txt");
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  EXPECT_FALSE(doc["pass"].GetBool());
  EXPECT_TRUE(doc["steps"][0]["pass"].GetBool());
  EXPECT_FALSE(doc["steps"][1]["pass"].GetBool());
  EXPECT_NE(std::string(doc["steps"][1]["reason"].GetString()).find("16/3"), std::string::npos);
}

TEST_F(CliCheckTest, StdinAndProseLinesAreNull) {
  Outcome r = Exec("--task linear_equation --prompt eq_prompt.txt -", "We restate it.\n3x + 5 = 20\nx = 5\n");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  ASSERT_EQ(doc["steps"].Size(), 3u);
  EXPECT_TRUE(doc["steps"][0]["pass"].IsNull());
}

TEST_F(CliCheckTest, JsonWithSchemaFromAnotherDirectory) {
  std::string args = "--task json_extract --prompt '" + kDir + "/json_prompt.txt' --schema '" + kDir +
                     "/schema.json' -";
  Outcome r = Exec(args, "```json\n{\"name\": \"Ada Byron\", \"age\": 36}\n```", "/");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  r = Exec(args, "{\"name\": \"Ada Lovelace\"}", "/");
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  EXPECT_FALSE(doc["steps"][0]["pass"].GetBool()) << r.out;
  ASSERT_EQ(doc["missing"].Size(), 1u);
  EXPECT_STREQ(doc["missing"][0].GetString(), "/age");
}

TEST_F(CliCheckTest, NotJsonIsANegativeVerdict) {
  Outcome r = Exec("--task json_extract --prompt json_prompt.txt -", "no json here");
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  EXPECT_EQ(doc["steps"].Size(), 0u);
  EXPECT_TRUE(doc.HasMember("error"));
}

TEST_F(CliCheckTest, BadInputExitsTwoWithOneLine) {
  struct Case {
    std::string args;
    std::string message_part;
  } cases[] = {
      {"--task nope --prompt eq_prompt.txt good.txt", "nope"},
      {"--task linear_equation --prompt missing.txt good.txt", "missing.txt"},
      {"--task linear_equation --prompt eq_prompt.txt missing_output.txt", "missing_output.txt"},
      {"--task json_extract --prompt json_prompt.txt --schema bad_schema.json good.txt", "bad_schema.json"},
      {"--task json_extract --prompt json_prompt.txt --schema eq_prompt.txt good.txt", "eq_prompt.txt"},
      {"--task broken --rules rules --prompt eq_prompt.txt good.txt", "/steps/0/check"},
      {"--prompt eq_prompt.txt good.txt", "task"},
  };
  Write("rules/broken.json", R"({"task": "broken", "segmentation": {"grammar": "lines"},
                                 "steps": [{"check": "nonexistent"}]})");
  for (const Case& c : cases) {
    Outcome r = Exec(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.out << r.err;
    EXPECT_TRUE(r.out.empty()) << c.args;
    EXPECT_NE(r.err.find(c.message_part), std::string::npos) << c.args << ": " << r.err;
  }
}

TEST_F(CliCheckTest, UserRulesDirectory) {
  Write("rules/polite.json", R"({"task": "polite", "segmentation": {"grammar": "lines"},
      "steps": [{"check": "pattern", "must_not_match": "(?i)\\bstupid\\b"}]})");
  Write("prompt.txt", "Be nice.");
  Outcome r = Exec("--task polite --rules rules --prompt prompt.txt -", "hello\nyou are stupid\n");
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  rapidjson::Document doc = ParseOut(r);
  EXPECT_TRUE(doc["steps"][0]["pass"].GetBool());
  EXPECT_FALSE(doc["steps"][1]["pass"].GetBool());
}

}  // namespace
