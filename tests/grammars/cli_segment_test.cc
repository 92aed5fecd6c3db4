// Drives `stepcache segment` as a user would: files, stdin, errors.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

class CliSegmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/stepcache_cli_segment_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  std::string Write(const std::string& name, const std::string& contents) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << contents;
    return path;
  }

  CliResult Segment(const std::string& args) {
    const std::string out = dir_ + "/stdout";
    const std::string err = dir_ + "/stderr";
    const std::string command = std::string(STEPCACHE_BINARY_DIR) + "/stepcache segment " + args +
                                " >'" + out + "' 2>'" + err + "'";
    CliResult run;
    const int raw = std::system(command.c_str());
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = Slurp(out);
    run.err = Slurp(err);
    return run;
  }

  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

  std::string dir_;
};

TEST_F(CliSegmentTest, JsonMembersWithPointers) {
  const std::string input = "Answer:\n```json\n{\"a/b\": 1, \"c\": {\"d\": [2]}}\n```\n";
  const std::string path = Write("in.txt", input);
  CliResult run = Segment("--grammar json --json-depth 2 '" + path + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document doc;
  ASSERT_TRUE(stepcache::ParseJson(run.out, doc)) << run.out;
  ASSERT_TRUE(doc.IsArray());
  ASSERT_EQ(doc.Size(), 2u);
  EXPECT_STREQ(doc[0]["kind"].GetString(), "member");
  EXPECT_STREQ(doc[0]["pointer"].GetString(), "/a~1b");
  EXPECT_STREQ(doc[1]["pointer"].GetString(), "/c/d");
  EXPECT_EQ(doc[1]["index"].GetUint64(), 1u);
  const std::size_t begin = doc[1]["begin"].GetUint64();
  const std::size_t end = doc[1]["end"].GetUint64();
  EXPECT_EQ(input.substr(begin, end - begin), doc[1]["text"].GetString());
  EXPECT_EQ(std::string(doc[1]["text"].GetString()), "\"d\": [2]");
  EXPECT_FALSE(doc[0].HasMember("equation"));
}

TEST_F(CliSegmentTest, EquationsFromStdin) {
  const std::string path = Write("eq.txt", "Step 1: 2x = 10\nSo x = 5.\nDone\n");
  CliResult run = Segment("--grammar equations - < '" + path + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document doc;
  ASSERT_TRUE(stepcache::ParseJson(run.out, doc)) << run.out;
  ASSERT_EQ(doc.Size(), 3u);
  EXPECT_STREQ(doc[0]["equation"].GetString(), "2x = 10");
  EXPECT_STREQ(doc[1]["equation"].GetString(), "x = 5");
  EXPECT_STREQ(doc[2]["kind"].GetString(), "line");
  EXPECT_FALSE(doc[2].HasMember("equation"));
  EXPECT_FALSE(doc[2].HasMember("pointer"));
}

TEST_F(CliSegmentTest, MarkdownAndLines) {
  const std::string path = Write("md.txt", "# T\n\n- a\n- b\n");
  CliResult run = Segment("--grammar markdown '" + path + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document doc;
  ASSERT_TRUE(stepcache::ParseJson(run.out, doc)) << run.out;
  ASSERT_EQ(doc.Size(), 3u);
  EXPECT_STREQ(doc[0]["kind"].GetString(), "heading");
  EXPECT_STREQ(doc[2]["kind"].GetString(), "list_item");
  run = Segment("--grammar lines '" + path + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_TRUE(stepcache::ParseJson(run.out, doc)) << run.out;
  EXPECT_EQ(doc.Size(), 3u);
}

TEST_F(CliSegmentTest, MalformedJsonNamesFileAndOffset) {
  const std::string path = Write("bad.json", "{\"a\": 1,, \"b\": 2}");
  CliResult run = Segment("--grammar json '" + path + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find(path), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("at byte 8"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
}

TEST_F(CliSegmentTest, DeepNestingIsBadInput) {
  const std::string path = Write("deep.json", std::string(100000, '['));
  CliResult run = Segment("--grammar json '" + path + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("nesting"), std::string::npos) << run.err;
}

TEST_F(CliSegmentTest, UnreadableFileAndUnknownGrammar) {
  CliResult run = Segment("--grammar lines '" + dir_ + "/missing.txt'");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("missing.txt"), std::string::npos) << run.err;
  run = Segment("--grammar yaml '" + Write("x", "x") + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("yaml"), std::string::npos) << run.err;
}

}  // namespace
