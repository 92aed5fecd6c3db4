// Drives the built `stepcache validate` binary on temporary files: output
// shape, exit statuses, and the one-line error messages for bad input.
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"
#include "support/command.h"

namespace {

struct Outcome {
  int status = -1;
  std::vector<std::string> lines;  // stdout lines
  std::string err;                 // stderr
};

class CliValidateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/cli_validate_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  std::string Write(const std::string& name, const std::string& contents) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << contents;
    return path;
  }

  // Runs `stepcache validate <args>`; arguments must not need shell quoting.
  Outcome Validate(const std::string& args) {
    const std::string err_path = dir_ + "/stderr.txt";
    const std::string cmd =
        std::string(STEPCACHE_BINARY_DIR) + "/stepcache validate " + args + " 2>" + err_path;
    const auto [status, text] = stepcache::test_support::RunCommand(cmd);
    Outcome out;
    out.status = status;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) out.lines.push_back(line);
    std::ifstream err(err_path);
    out.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return out;
  }

  std::string dir_;
};

rapidjson::Document Parse(const std::string& line) {
  rapidjson::Document doc;
  stepcache::JsonError error;
  EXPECT_TRUE(stepcache::ParseJson(line, doc, &error)) << line << ": " << error.ToString();
  return doc;
}

constexpr const char* kSchema =
    R"({"type": "object", "required": ["a"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}})";

TEST_F(CliValidateTest, ValidAndInvalidInstancesGiveOneLineEachAndExitOne) {
  const std::string schema = Write("s.json", kSchema);
  const std::string good = Write("good.json", R"({"a": 1})");
  const std::string bad = Write("bad.json", R"({"a": "x"})");
  Outcome out = Validate("--schema " + schema + " " + good + " " + bad);
  EXPECT_EQ(out.status, 1) << out.err;
  ASSERT_EQ(out.lines.size(), 2u);

  rapidjson::Document first = Parse(out.lines[0]);
  EXPECT_EQ(first["instance"].GetInt(), 0);
  EXPECT_TRUE(first["valid"].GetBool());
  EXPECT_EQ(first["errors"].Size(), 0u);

  rapidjson::Document second = Parse(out.lines[1]);
  EXPECT_EQ(second["instance"].GetInt(), 1);
  EXPECT_FALSE(second["valid"].GetBool());
  ASSERT_GE(second["errors"].Size(), 1u);
  const auto& e = second["errors"][0];
  EXPECT_STREQ(e["instanceLocation"].GetString(), "/a");
  EXPECT_STREQ(e["keywordLocation"].GetString(), "/properties/a/type");
  EXPECT_GT(e["message"].GetStringLength(), 0u);
  EXPECT_TRUE(out.err.empty()) << out.err;
}

TEST_F(CliValidateTest, AllValidExitsZero) {
  const std::string schema = Write("s.json", kSchema);
  const std::string good = Write("good.json", R"({"a": 1, "b": "y"})");
  Outcome out = Validate("--schema " + schema + " " + good);
  EXPECT_EQ(out.status, 0) << out.err;
  ASSERT_EQ(out.lines.size(), 1u);
  EXPECT_TRUE(Parse(out.lines[0])["valid"].GetBool());
}

TEST_F(CliValidateTest, AllErrorsReportsEveryFailure) {
  const std::string schema = Write("s.json", kSchema);
  const std::string bad = Write("bad.json", R"({"a": "x", "b": 2})");
  Outcome all = Validate("--all-errors --schema " + schema + " " + bad);
  EXPECT_EQ(all.status, 1) << all.err;
  ASSERT_EQ(all.lines.size(), 1u);
  rapidjson::Document doc = Parse(all.lines[0]);
  ASSERT_GE(doc["errors"].Size(), 2u);
  std::vector<std::string> where;
  for (const auto& e : doc["errors"].GetArray()) where.push_back(e["instanceLocation"].GetString());
  EXPECT_NE(std::find(where.begin(), where.end(), "/a"), where.end());
  EXPECT_NE(std::find(where.begin(), where.end(), "/b"), where.end());

  Outcome first = Validate("--schema " + schema + " " + bad);
  EXPECT_EQ(first.status, 1);
  ASSERT_EQ(first.lines.size(), 1u);
  EXPECT_GE(Parse(first.lines[0])["errors"].Size(), 1u);
}

TEST_F(CliValidateTest, MalformedInstanceNamesFileAndByteOffset) {
  const std::string schema = Write("s.json", kSchema);
  const std::string good = Write("good.json", R"({"a": 1})");
  const std::string broken = Write("broken.json", R"({"a": 1,,})");
  Outcome out = Validate("--schema " + schema + " " + good + " " + broken);
  EXPECT_EQ(out.status, 2);
  EXPECT_TRUE(out.lines.empty()) << "no verdicts are printed for bad input";
  EXPECT_NE(out.err.find(broken), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("at byte 8"), std::string::npos) << out.err;
  EXPECT_EQ(std::count(out.err.begin(), out.err.end(), '\n'), 1) << "one line: " << out.err;
}

TEST_F(CliValidateTest, InvalidUtf8IsBadInput) {
  const std::string schema = Write("s.json", kSchema);
  const std::string bad = Write("latin1.json", "{\"a\": 1, \"b\": \"caf\xe9\"}");
  Outcome out = Validate("--schema " + schema + " " + bad);
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find(bad), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("at byte"), std::string::npos) << out.err;
}

TEST_F(CliValidateTest, UnreadableFileIsBadInput) {
  const std::string schema = Write("s.json", kSchema);
  const std::string missing = dir_ + "/no-such-file.json";
  Outcome out = Validate("--schema " + schema + " " + missing);
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find(missing), std::string::npos) << out.err;

  Outcome no_schema = Validate("--schema " + missing + " " + schema);
  EXPECT_EQ(no_schema.status, 2);
  EXPECT_NE(no_schema.err.find(missing), std::string::npos) << no_schema.err;
}

TEST_F(CliValidateTest, BadSchemaNamesTheKeywordByPointer) {
  const std::string schema =
      Write("s.json", R"({"properties": {"a": {"type": "no-such-type"}}})");
  const std::string good = Write("good.json", R"({"a": 1})");
  Outcome out = Validate("--schema " + schema + " " + good);
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find(schema), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("/properties/a/type"), std::string::npos) << out.err;
}

TEST_F(CliValidateTest, MalformedSchemaJsonNamesByteOffset) {
  const std::string schema = Write("s.json", R"({"type": })");
  const std::string good = Write("good.json", R"({"a": 1})");
  Outcome out = Validate("--schema " + schema + " " + good);
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find(schema), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("at byte 9"), std::string::npos) << out.err;
}

TEST_F(CliValidateTest, JsonLinesGivesIndicesAndSkipsBlankLines) {
  const std::string schema = Write("s.json", kSchema);
  const std::string lines = Write("in.jsonl", "{\"a\":1}\n\n{\"a\":true}\n{\"a\":3}\n");
  Outcome out = Validate("--schema " + schema + " --instances " + lines);
  EXPECT_EQ(out.status, 1) << out.err;
  ASSERT_EQ(out.lines.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Parse(out.lines[i])["instance"].GetInt(), i);
  EXPECT_TRUE(Parse(out.lines[0])["valid"].GetBool());
  EXPECT_FALSE(Parse(out.lines[1])["valid"].GetBool());
  EXPECT_TRUE(Parse(out.lines[2])["valid"].GetBool());
}

TEST_F(CliValidateTest, JsonLinesBadLineNamesLineAndFileByteOffset) {
  const std::string schema = Write("s.json", kSchema);
  // Lines 1 and 2 take 16 bytes; the stray comma is 5 bytes into line 3.
  const std::string lines = Write("in.jsonl", "{\"a\":1}\n{\"a\":2}\n{\"a\":,}\n");
  Outcome out = Validate("--schema " + schema + " --instances " + lines);
  EXPECT_EQ(out.status, 2);
  EXPECT_TRUE(out.lines.empty());
  EXPECT_NE(out.err.find(lines + ":3:"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("at byte 21"), std::string::npos) << out.err;
}

TEST_F(CliValidateTest, HugeNestingIsACleanError) {
  const std::string schema = Write("s.json", kSchema);
  const std::string deep =
      Write("deep.json", std::string(100000, '[') + std::string(100000, ']'));
  Outcome out = Validate("--schema " + schema + " " + deep);
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find(deep), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("at byte"), std::string::npos) << out.err;
}

TEST_F(CliValidateTest, RepeatStatsPrintsOneSummaryObject) {
  const std::string schema = Write("s.json", kSchema);
  const std::string lines = Write("in.jsonl", "{\"a\":1}\n{\"a\":\"x\"}\n{\"a\":2}\n");
  Outcome out = Validate("--schema " + schema + " --instances " + lines + " --repeat 7 --stats");
  EXPECT_EQ(out.status, 0) << out.err;
  ASSERT_EQ(out.lines.size(), 1u);
  rapidjson::Document doc = Parse(out.lines[0]);
  ASSERT_TRUE(doc.IsObject());
  EXPECT_STREQ(doc["engine"].GetString(), "stepcache");
  EXPECT_EQ(doc["instances"].GetInt(), 3);
  EXPECT_EQ(doc["valid"].GetInt(), 2);
  EXPECT_EQ(doc["invalid"].GetInt(), 1);
  EXPECT_EQ(doc["repeat"].GetInt(), 7);
  EXPECT_TRUE(doc["compile_ns"].IsNumber());
  EXPECT_GE(doc["compile_ns"].GetDouble(), 0.0);
  EXPECT_TRUE(doc["validate_ns_per_instance"].IsNumber());
  EXPECT_GT(doc["validate_ns_per_instance"].GetDouble(), 0.0);  // CPU time
  EXPECT_TRUE(doc["wall_ns_per_instance"].IsNumber());
  // The stream: bytes -> verdict beside RapidJSON's parse of the same lines.
  EXPECT_STREQ(doc["mode"].GetString(), "stream");
  EXPECT_EQ(doc["stream_valid"].GetInt(), 2);
  EXPECT_EQ(doc["dom_fallbacks"].GetInt(), 0);
  EXPECT_GT(doc["parse_validate_ns_per_instance"].GetDouble(), 0.0);
  EXPECT_GT(doc["rapidjson_parse_ns_per_instance"].GetDouble(), 0.0);
  EXPECT_EQ(doc.MemberCount(), 13u);

  Outcome dom = Validate("--schema " + schema + " --instances " + lines + " --stats --no-stream");
  EXPECT_EQ(dom.status, 0) << dom.err;
  ASSERT_EQ(dom.lines.size(), 1u);
  rapidjson::Document d = Parse(dom.lines[0]);
  EXPECT_STREQ(d["mode"].GetString(), "dom");
  EXPECT_EQ(d["valid"].GetInt(), 2);
}

// The streaming path and the DOM path print the same lines: verdicts, the
// errors of failing instances (parsed again), with --all-errors too, and the
// same message for a line that does not parse.
TEST_F(CliValidateTest, StreamAndDomPrintTheSameResults) {
  const std::string schema = Write("s.json", R"({
      "type": "object", "required": ["id"], "additionalProperties": false,
      "properties": {"id": {"type": "integer", "minimum": 1, "maximum": 18446744073709551616},
                     "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
                     "price": {"multipleOf": 0.01},
                     "alt": {"anyOf": [{"type": "object", "required": ["x"]}, {"type": "null"}]}},
      "patternProperties": {"^x-": {"type": "boolean"}}})");
  const std::string lines = Write("in.jsonl",
      "{\"id\": 1}\n"
      "{\"id\": 0, \"tags\": [\"a\", \"a\"], \"x-y\": 1}\n"
      "\n"
      "{\"id\": 18446744073709551617, \"price\": 12345678.905}\n"
      "{\"id\": 18446744073709551616, \"price\": 12345678.91}\n"
      "{\"id\": 2, \"alt\": {\"y\": 1}, \"other\": true}\n"
      "{\"id\": 2, \"alt\": {\"x\": 1}}\n"
      "[]\n");
  for (const char* extra : {"", " --all-errors", " --format-assert"}) {
    Outcome stream = Validate("--schema " + schema + " --instances " + lines + extra);
    Outcome dom = Validate("--schema " + schema + " --instances " + lines + extra + " --no-stream");
    EXPECT_EQ(stream.status, 1) << stream.err;
    EXPECT_EQ(stream.status, dom.status);
    ASSERT_EQ(stream.lines.size(), 7u) << stream.err;
    EXPECT_EQ(stream.lines, dom.lines) << extra;
    EXPECT_TRUE(Parse(stream.lines[0])["valid"].GetBool());
    EXPECT_FALSE(Parse(stream.lines[1])["valid"].GetBool());
    EXPECT_FALSE(Parse(stream.lines[2])["valid"].GetBool());
    EXPECT_TRUE(Parse(stream.lines[3])["valid"].GetBool());
    EXPECT_FALSE(Parse(stream.lines[4])["valid"].GetBool());
    EXPECT_TRUE(Parse(stream.lines[5])["valid"].GetBool());
    EXPECT_FALSE(Parse(stream.lines[6])["valid"].GetBool());
  }
  Outcome stats = Validate("--schema " + schema + " --instances " + lines + " --stats");
  ASSERT_EQ(stats.lines.size(), 1u) << stats.err;
  rapidjson::Document doc = Parse(stats.lines[0]);
  EXPECT_EQ(doc["valid"].GetInt(), 3);
  EXPECT_EQ(doc["stream_valid"].GetInt(), 3);
  EXPECT_EQ(doc["dom_fallbacks"].GetInt(), 2);  // the objects under anyOf

  // A bad line: the same message and exit status, no verdicts printed.
  const std::string bad = Write("bad.jsonl", "{\"id\": 1}\n{\"id\": 1,}\n{\"id\": \"\\uDC00\"}\n");
  Outcome s_bad = Validate("--schema " + schema + " --instances " + bad);
  Outcome d_bad = Validate("--schema " + schema + " --instances " + bad + " --no-stream");
  EXPECT_EQ(s_bad.status, 2);
  EXPECT_EQ(s_bad.status, d_bad.status);
  EXPECT_TRUE(s_bad.lines.empty());
  EXPECT_EQ(s_bad.err, d_bad.err);
  EXPECT_NE(s_bad.err.find(":2: "), std::string::npos) << s_bad.err;

  // Files given one by one stream too.
  const std::string one = Write("one.json", "{\"id\": 0}");
  const std::string two = Write("two.json", "{\"id\": 5}");
  Outcome f_stream = Validate("--schema " + schema + " " + one + " " + two);
  Outcome f_dom = Validate("--schema " + schema + " " + one + " " + two + " --no-stream");
  EXPECT_EQ(f_stream.status, 1);
  EXPECT_EQ(f_stream.lines, f_dom.lines);
  ASSERT_EQ(f_stream.lines.size(), 2u);
}

// Numbers are judged as written: the CLI keeps the texts a double cannot hold
// for the schema and for every instance, the root value's too.
TEST_F(CliValidateTest, LongNumbersAreComparedAsWritten) {
  const std::string schema = Write("n.json", R"({"maximum": 18446744073709551616, "multipleOf": 0.01})");
  const std::string lines = Write("n.jsonl", "18446744073709551617\n18446744073709551616\n12345678.905\n[1]\n");
  Outcome out = Validate("--schema " + schema + " --instances " + lines);
  EXPECT_EQ(out.status, 1) << out.err;
  ASSERT_EQ(out.lines.size(), 4u);
  EXPECT_FALSE(Parse(out.lines[0])["valid"].GetBool());
  EXPECT_TRUE(Parse(out.lines[1])["valid"].GetBool());
  EXPECT_FALSE(Parse(out.lines[2])["valid"].GetBool());
  EXPECT_TRUE(Parse(out.lines[3])["valid"].GetBool());
}

TEST_F(CliValidateTest, LookAheadPatternsRunAndHelpStatesTheGuarantee) {
  const std::string schema = Write("p.json", R"({"pattern": "^(?!-)[a-z]+$"})");
  const std::string lines = Write("p.jsonl", "\"abc\"\n\"-abc\"\n");
  Outcome out = Validate("--schema " + schema + " --instances " + lines);
  ASSERT_EQ(out.lines.size(), 2u) << out.err;
  EXPECT_TRUE(Parse(out.lines[0])["valid"].GetBool());
  EXPECT_FALSE(Parse(out.lines[1])["valid"].GetBool());
  Outcome help = Validate("--help");
  std::string all;
  for (const auto& l : help.lines) all += l + "\n";
  EXPECT_NE(all.find("linear"), std::string::npos) << all;
  EXPECT_NE(all.find("PCRE2"), std::string::npos) << all;
  EXPECT_NE(all.find("budget"), std::string::npos) << all;
}

TEST_F(CliValidateTest, RepeatWithoutStatsIsAUsageError) {
  const std::string schema = Write("s.json", kSchema);
  const std::string good = Write("good.json", R"({"a": 1})");
  EXPECT_EQ(Validate("--schema " + schema + " --repeat 3 " + good).status, 2);
  EXPECT_EQ(Validate("--schema " + schema).status, 2) << "no instances given";
}

TEST_F(CliValidateTest, ValijsonEngineAgreesOnVerdicts) {
  const std::string schema = Write("s.json", kSchema);
  const std::string good = Write("good.json", R"({"a": 1})");
  const std::string bad = Write("bad.json", R"({"a": "x"})");
  Outcome out = Validate("--engine valijson --schema " + schema + " " + good + " " + bad);
  EXPECT_EQ(out.status, 1) << out.err;
  ASSERT_EQ(out.lines.size(), 2u);
  EXPECT_TRUE(Parse(out.lines[0])["valid"].GetBool());
  rapidjson::Document second = Parse(out.lines[1]);
  EXPECT_FALSE(second["valid"].GetBool());
  ASSERT_GE(second["errors"].Size(), 1u);
  EXPECT_STREQ(second["errors"][0]["instanceLocation"].GetString(), "/a");

  Outcome stats = Validate("--engine valijson --stats --schema " + schema + " " + good);
  ASSERT_EQ(stats.lines.size(), 1u) << stats.err;
  EXPECT_STREQ(Parse(stats.lines[0])["engine"].GetString(), "valijson");
  EXPECT_EQ(Validate("--engine nosuch --schema " + schema + " " + good).status, 2);
}

TEST_F(CliValidateTest, RefOptionRegistersRemoteDocuments) {
  const std::string schema = Write("s.json", R"({"$ref": "http://example.com/int.json"})");
  const std::string remote = Write("int.json", R"({"type": "integer"})");
  const std::string one = Write("one.json", "1");
  const std::string text = Write("text.json", "\"x\"");
  Outcome out = Validate("--ref http://example.com/int.json=" + remote + " --schema " + schema +
                         " " + one + " " + text);
  EXPECT_EQ(out.status, 1) << out.err;
  ASSERT_EQ(out.lines.size(), 2u);
  EXPECT_TRUE(Parse(out.lines[0])["valid"].GetBool());
  EXPECT_FALSE(Parse(out.lines[1])["valid"].GetBool());

  Outcome unresolved = Validate("--schema " + schema + " " + one);
  EXPECT_EQ(unresolved.status, 2) << "an unresolvable $ref is a bad schema";
  EXPECT_NE(unresolved.err.find(schema), std::string::npos) << unresolved.err;
  EXPECT_EQ(Validate("--ref nonsense --schema " + schema + " " + one).status, 2);
}

TEST_F(CliValidateTest, FormatAssertionIsOptIn) {
  const std::string schema = Write("s.json", R"({"format": "date"})");
  const std::string bad_date = Write("d.json", "\"2024-13-45\"");
  EXPECT_EQ(Validate("--schema " + schema + " " + bad_date).status, 0);
  EXPECT_EQ(Validate("--format-assert --schema " + schema + " " + bad_date).status, 1);
}

}  // namespace
