// Drives `stepcache repair` as a user would: files and stdin in, JSON on
// stdout, the log as JSON lines, exit status 2 with one stderr line on bad input.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace {

struct CommandRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CliRepairTest : public ::testing::Test {
 protected:
  std::string Path(const std::string& name) {
    return ::testing::TempDir() + "cli_repair_" + std::to_string(::getpid()) + "_" + name;
  }
  std::string Write(const std::string& name, const std::string& contents) {
    const std::string path = Path(name);
    std::ofstream(path, std::ios::binary) << contents;
    return path;
  }
  // `args` are appended to "stepcache repair"; `stdin_path` feeds stdin.
  CommandRun Repair(const std::string& args, const std::string& stdin_path = "/dev/null") {
    const std::string out = Path("stdout"), err = Path("stderr");
    const std::string cmd = std::string(STEPCACHE_BINARY_DIR) + "/stepcache repair " + args +
                            " < '" + stdin_path + "' > '" + out + "' 2> '" + err + "'";
    const int rc = std::system(cmd.c_str());
    CommandRun run;
    run.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    run.out = Slurp(out);
    run.err = Slurp(err);
    return run;
  }
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(CliRepairTest, ValidInputIsPrintedUnchanged) {
  const std::string input = "{\"a\": [1, 2], \"b\": \"x\"}\n";
  const std::string file = Write("valid.json", input);
  const std::string log = Path("valid.log");
  const CommandRun run = Repair("--log '" + log + "' '" + file + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, input);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(Slurp(log), "");  // nothing was fixed
}

TEST_F(CliRepairTest, RepairsAndWritesTheLogAsJsonLines) {
  const std::string file = Write("broken.txt", "Sure:\n```json\n{'name': 'Bob', age: 34,}\n```\n");
  const std::string log = Path("broken.log");
  const CommandRun run = Repair("--log '" + log + "' '" + file + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "{\"name\": \"Bob\", \"age\": 34}\n");
  const std::vector<std::string> lines = Lines(Slurp(log));
  ASSERT_EQ(lines.size(), 6u) << Slurp(log);
  EXPECT_EQ(lines[0], R"({"kind":"strip_prose","offset":0,"detail":"5 bytes"})");
  EXPECT_EQ(lines[1], R"({"kind":"strip_fence","offset":6,"detail":"```json"})");
  for (const std::string& line : lines) {
    rapidjson::Document doc;
    ASSERT_TRUE(stepcache::ParseJson(line, doc)) << line;
    EXPECT_TRUE(doc.HasMember("kind") && doc.HasMember("offset") && doc.HasMember("detail"));
  }
  EXPECT_NE(Slurp(log).find(R"({"kind":"trailing_comma","offset":37,"detail":""})"),
            std::string::npos);
}

TEST_F(CliRepairTest, ReadsStdinAndLogsToStderr) {
  const std::string file = Write("stdin.txt", "[True, None,");
  const CommandRun run = Repair("--log - -", file);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "[true, null]\n");
  EXPECT_NE(run.err.find("\"python_literal\""), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("\"trailing_comma\""), std::string::npos) << run.err;
  // Without an argument stdin is read too.
  EXPECT_EQ(Repair("", file).out, "[true, null]\n");
}

TEST_F(CliRepairTest, LogMarksGuessesUncertainWithTheirPointer) {
  const std::string file = Write("cut.txt", "{\"items\": [{\"name\": \"Bo");
  const CommandRun run = Repair("--log - '" + file + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "{\"items\": [{\"name\": \"Bo\"}]}\n");
  EXPECT_NE(run.err.find(R"("kind":"close_string","offset":23,"detail":"cut off","uncertain":true,"pointer":"/items/0/name")"),
            std::string::npos)
      << run.err;
  // Certain fixes carry no mark.
  EXPECT_EQ(run.err.find(R"("kind":"close_container","offset":23,"detail":"","uncertain")"),
            std::string::npos)
      << run.err;
}

TEST_F(CliRepairTest, SchemaGuidesCoercion) {
  const std::string schema = Write(
      "schema.json", R"({"type": "object", "properties": {"age": {"type": "integer"}},
                         "additionalProperties": false})");
  const std::string file = Write("coerce.json", R"({"age": "34", "junk": 1})");
  const CommandRun run = Repair("--schema '" + schema + "' --log - '" + file + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "{\"age\": 34}\n");
  EXPECT_NE(run.err.find(R"("detail":"/age: \"34\" -> 34")"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("drop_forbidden_property"), std::string::npos) << run.err;
}

TEST_F(CliRepairTest, UnrepairableInputExitsTwoNamingFileAndOffset) {
  const std::string file = Write("prose.txt", "  I am sorry, see [the docs].");
  const CommandRun run = Repair("'" + file + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  const std::vector<std::string> lines = Lines(run.err);
  ASSERT_EQ(lines.size(), 1u) << run.err;
  EXPECT_NE(lines[0].find(file), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("at byte 2"), std::string::npos) << lines[0];

  const std::string deep = Write("deep.json", std::string(100000, '['));
  const CommandRun deep_run = Repair("'" + deep + "'");
  EXPECT_EQ(deep_run.status, 2);
  EXPECT_NE(deep_run.err.find("nesting deeper than the limit of 1000 at byte 1000"),
            std::string::npos)
      << deep_run.err;
}

TEST_F(CliRepairTest, BadFilesExitTwo) {
  const CommandRun missing = Repair("'" + Path("does-not-exist.json") + "'");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("does-not-exist.json"), std::string::npos) << missing.err;

  const std::string bad_schema = Write("bad_schema.json", "{\"type\": ");
  const std::string file = Write("ok.json", "{}");
  const CommandRun run = Repair("--schema '" + bad_schema + "' '" + file + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(Lines(run.err).size(), 1u) << run.err;
  EXPECT_NE(run.err.find("bad_schema.json"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("at byte 9"), std::string::npos) << run.err;
}

}  // namespace
