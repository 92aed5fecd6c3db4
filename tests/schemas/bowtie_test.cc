// Bowtie IHOP v1: the session in-process, and the `stepcache bowtie` binary
// driven through pipes exactly as a Bowtie driver would, over the whole
// vendored JSON-Schema-Test-Suite (required tests of every draft). The suite
// run is the acceptance test of StepCache's engine: it demands 100% agreement.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "stepcache/schemas/bowtie.h"
#include "stepcache/schemas/json.h"

namespace fs = std::filesystem;
using stepcache::JsonToString;
using stepcache::ParseJson;

namespace {

const std::string kSuite = std::string(STEPCACHE_SOURCE_DIR) + "/tests/data/json-schema-test-suite";

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  stepcache::JsonError error;
  EXPECT_TRUE(ParseJson(text, doc, &error)) << text.substr(0, 200) << ": " << error.ToString();
  return doc;
}

// ---------------------------------------------------------------- in-process

TEST(BowtieSessionTest, StartAnswersWithImplementationMetadata) {
  stepcache::schemas::BowtieSession session;
  bool stop = true;
  rapidjson::Document reply = Parse(session.HandleLine(R"({"cmd":"start","version":1})", &stop));
  EXPECT_FALSE(stop);
  EXPECT_EQ(reply["version"].GetInt(), 1);
  const auto& impl = reply["implementation"];
  EXPECT_STREQ(impl["name"].GetString(), "stepcache");
  EXPECT_STREQ(impl["language"].GetString(), "c++");
  for (const char* field : {"version", "homepage", "issues", "source"}) {
    ASSERT_TRUE(impl.HasMember(field)) << field;
    EXPECT_TRUE(impl[field].IsString()) << field;
  }
  ASSERT_TRUE(impl["dialects"].IsArray());
  std::vector<std::string> dialects;
  for (const auto& d : impl["dialects"].GetArray()) dialects.push_back(d.GetString());
  for (const char* uri : {"http://json-schema.org/draft-04/schema#",
                          "http://json-schema.org/draft-06/schema#",
                          "http://json-schema.org/draft-07/schema#",
                          "https://json-schema.org/draft/2019-09/schema",
                          "https://json-schema.org/draft/2020-12/schema"}) {
    EXPECT_NE(std::find(dialects.begin(), dialects.end(), uri), dialects.end()) << uri;
  }
  rapidjson::Document wrong = Parse(session.HandleLine(R"({"cmd":"start","version":2})", &stop));
  EXPECT_TRUE(wrong["errored"].GetBool());
}

TEST(BowtieSessionTest, DialectSetsTheImplicitDialect) {
  stepcache::schemas::BowtieSession session;
  bool stop = false;
  EXPECT_EQ(session.HandleLine(
                R"({"cmd":"dialect","dialect":"http://json-schema.org/draft-04/schema#"})", &stop),
            R"({"ok":true})");
  EXPECT_EQ(session.dialect(), stepcache::schemas::Dialect::kDraft4);
  EXPECT_EQ(session.HandleLine(R"({"cmd":"dialect","dialect":"urn:nope"})", &stop),
            R"({"ok":false})");
  EXPECT_EQ(session.dialect(), stepcache::schemas::Dialect::kDraft4);
  // Draft 4's exclusiveMaximum is a boolean modifier, 2020-12's a number: the
  // implicit dialect decides whether this schema even compiles.
  const std::string run =
      R"({"cmd":"run","seq":1,"case":{"description":"d","schema":{"maximum":3,"exclusiveMaximum":true},)"
      R"("tests":[{"description":"t","instance":3},{"description":"u","instance":2}]}})";
  rapidjson::Document reply = Parse(session.HandleLine(run, &stop));
  ASSERT_TRUE(reply.HasMember("results")) << JsonToString(reply);
  EXPECT_FALSE(reply["results"][0]["valid"].GetBool());
  EXPECT_TRUE(reply["results"][1]["valid"].GetBool());
}

TEST(BowtieSessionTest, RunEchoesAnySeqAndUsesTheRegistry) {
  stepcache::schemas::BowtieSession session;
  bool stop = false;
  const std::string run =
      R"({"cmd":"run","seq":{"k":[1,"two"]},"case":{"description":"d",)"
      R"("schema":{"$ref":"http://example.com/int.json"},)"
      R"("registry":{"http://example.com/int.json":{"type":"integer"}},)"
      R"("tests":[{"description":"a","instance":1},{"description":"b","instance":"x"}]}})";
  rapidjson::Document reply = Parse(session.HandleLine(run, &stop));
  EXPECT_EQ(JsonToString(reply["seq"]), R"({"k":[1,"two"]})");
  ASSERT_TRUE(reply.HasMember("results")) << JsonToString(reply);
  ASSERT_EQ(reply["results"].Size(), 2u);
  EXPECT_TRUE(reply["results"][0]["valid"].GetBool());
  EXPECT_FALSE(reply["results"][1]["valid"].GetBool());
}

TEST(BowtieSessionTest, BadCasesAndGarbageGetErroredRepliesNotACrash) {
  stepcache::schemas::BowtieSession session;
  bool stop = false;
  struct Case {
    std::string line;
    std::string seq;  // expected seq in the reply
  };
  const std::vector<Case> cases = {
      {"this is not json", "null"},
      {"{\"cmd\":\"run\",\"seq\":", "null"},
      {"[1,2,3]", "null"},
      {R"({"cmd":42,"seq":5})", "5"},
      {R"({"cmd":"dance","seq":"s"})", "\"s\""},
      {R"({"cmd":"run","seq":7})", "7"},
      {R"({"cmd":"run","seq":8,"case":{"schema":{},"tests":{}}})", "8"},
      {R"({"cmd":"run","seq":9,"case":{"schema":{"type":"nosuch"},"tests":[]}})", "9"},
      {R"({"cmd":"run","seq":10,"case":{"schema":{"$ref":"http://nowhere.test/x"},"tests":[]}})",
       "10"},
      {R"({"cmd":"run","seq":11,"case":{"schema":{},"registry":[],"tests":[]}})", "11"},
      {std::string(100000, '['), "null"},
      {"\"\xff\"", "null"},
  };
  for (const Case& c : cases) {
    rapidjson::Document reply = Parse(session.HandleLine(c.line, &stop));
    EXPECT_FALSE(stop);
    ASSERT_TRUE(reply.IsObject()) << c.line.substr(0, 80);
    EXPECT_TRUE(reply.HasMember("errored") && reply["errored"].GetBool()) << c.line.substr(0, 80);
    EXPECT_EQ(JsonToString(reply["seq"]), c.seq) << c.line.substr(0, 80);
    EXPECT_TRUE(reply["context"]["message"].IsString());
  }
  EXPECT_EQ(session.HandleLine("   ", &stop), "");
  // A test without an instance errors on its own; its neighbours still run.
  rapidjson::Document partial = Parse(session.HandleLine(
      R"({"cmd":"run","seq":12,"case":{"schema":{"type":"string"},"tests":[{"description":"x"},{"instance":"s"}]}})",
      &stop));
  ASSERT_TRUE(partial.HasMember("results")) << JsonToString(partial);
  EXPECT_TRUE(partial["results"][0]["errored"].GetBool());
  EXPECT_TRUE(partial["results"][1]["valid"].GetBool());
  EXPECT_EQ(session.HandleLine(R"({"cmd":"stop"})", &stop), "");
  EXPECT_TRUE(stop);
}

TEST(BowtieSessionTest, RunBowtieStopsAtStopAndFlushesEachReply) {
  std::istringstream in(
      "{\"cmd\":\"start\",\"version\":1}\nnot json\n{\"cmd\":\"stop\"}\n{\"cmd\":\"start\",\"version\":1}\n");
  std::ostringstream out;
  EXPECT_EQ(stepcache::schemas::RunBowtie(in, out), 0);
  std::istringstream lines(out.str());
  std::vector<std::string> replies;
  for (std::string line; std::getline(lines, line);) replies.push_back(line);
  ASSERT_EQ(replies.size(), 2u) << out.str();
  EXPECT_TRUE(Parse(replies[0]).HasMember("implementation"));
  EXPECT_TRUE(Parse(replies[1])["errored"].GetBool());
}

TEST(BowtieSessionTest, RunBowtieDropsOverlongLinesAndReassemblesLongOnes) {
  stepcache::schemas::BowtieOptions options;
  options.limits.max_bytes = 400000;
  // 300,000 bytes spans several internal read chunks but is within the limit.
  const std::string big(300000, 'a');
  std::istringstream in(std::string(500000, 'x') + "\n" +
                        R"({"cmd":"run","seq":1,"case":{"description":"d","schema":{"maxLength":300000},)"
                        R"("tests":[{"description":"t","instance":")" + big + R"("}]}})" + "\n" +
                        R"({"cmd":"stop"})" + "\n");
  std::ostringstream out;
  EXPECT_EQ(stepcache::schemas::RunBowtie(in, out, options), 0);
  std::istringstream lines(out.str());
  std::vector<std::string> replies;
  for (std::string line; std::getline(lines, line);) replies.push_back(line);
  ASSERT_EQ(replies.size(), 2u) << out.str().substr(0, 500);
  EXPECT_TRUE(Parse(replies[0])["errored"].GetBool());
  rapidjson::Document run = Parse(replies[1]);
  ASSERT_TRUE(run.HasMember("results")) << replies[1];
  EXPECT_TRUE(run["results"][0]["valid"].GetBool());
}

// ------------------------------------------------------------- child process

// `stepcache bowtie` as a child with its stdin and stdout on pipes.
class BowtieChild {
 public:
  BowtieChild() {
    signal(SIGPIPE, SIG_IGN);  // a dead child must fail the test, not kill it
    int to_child[2], from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(to_child[0], 0);
      dup2(from_child[1], 1);
      close(to_child[0]);
      close(to_child[1]);
      close(from_child[0]);
      close(from_child[1]);
      const std::string binary = std::string(STEPCACHE_BINARY_DIR) + "/stepcache";
      execl(binary.c_str(), binary.c_str(), "bowtie", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    in_ = to_child[1];
    out_ = fdopen(from_child[0], "r");
  }
  ~BowtieChild() {
    if (in_ >= 0) close(in_);
    if (out_) fclose(out_);
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  bool ok() const { return pid_ > 0 && out_ != nullptr; }

  bool Send(const std::string& line) {
    std::string data = line + "\n";
    std::size_t done = 0;
    while (done < data.size()) {
      ssize_t n = write(in_, data.data() + done, data.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }

  // Sends one command and reads its one reply line ("" when the child died).
  std::string Exchange(const std::string& line) {
    if (!Send(line)) return "";
    char* buf = nullptr;
    std::size_t cap = 0;
    ssize_t n = getline(&buf, &cap, out_);
    std::string reply = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
    free(buf);
    if (!reply.empty() && reply.back() == '\n') reply.pop_back();
    return reply;
  }

  // Closes stdin and returns the exit status (-1 if killed by a signal).
  int Finish() {
    close(in_);
    in_ = -1;
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int in_ = -1;
  FILE* out_ = nullptr;
  bool waited_ = false;
};

TEST(BowtieBinaryTest, GarbageLinesDoNotKillTheHarness) {
  BowtieChild child;
  ASSERT_TRUE(child.ok());
  EXPECT_TRUE(Parse(child.Exchange(R"({"cmd":"start","version":1})")).HasMember("implementation"));
  for (const std::string& garbage :
       {std::string("}{"), std::string("\x01\x02\x03"), std::string(300000, '{'),
        std::string(R"({"cmd":"run","seq":3,"case":{"schema":{"pattern":"(?i:a)b"},"tests":[]}})")}) {
    rapidjson::Document reply = Parse(child.Exchange(garbage));
    ASSERT_TRUE(reply.IsObject());
    EXPECT_TRUE(reply["errored"].GetBool());
  }
  rapidjson::Document reply = Parse(child.Exchange(
      R"({"cmd":"run","seq":4,"case":{"description":"d","schema":{"minimum":2},"tests":[{"description":"t","instance":1}]}})"));
  ASSERT_TRUE(reply.HasMember("results")) << JsonToString(reply);
  EXPECT_EQ(reply["seq"].GetInt(), 4);
  EXPECT_FALSE(reply["results"][0]["valid"].GetBool());
  EXPECT_TRUE(child.Send(R"({"cmd":"stop"})"));
  EXPECT_EQ(child.Finish(), 0);
}

struct Draft {
  const char* dir;
  const char* uri;
  std::size_t required_tests;  // REFERENCE.md: the suite at commit 44401e0
};

const Draft kDrafts[] = {
    {"draft4", "http://json-schema.org/draft-04/schema#", 618},
    {"draft6", "http://json-schema.org/draft-06/schema#", 839},
    {"draft7", "http://json-schema.org/draft-07/schema#", 927},
    {"draft2019-09", "https://json-schema.org/draft/2019-09/schema", 1259},
    {"draft2020-12", "https://json-schema.org/draft/2020-12/schema", 1299},
};

std::string ReadOrDie(const fs::path& path) {
  std::string text, error;
  EXPECT_TRUE(stepcache::ReadFile(path.string(), &text, &error)) << error;
  return text;
}

// Every remote document, addressed the way the suite's tests name them.
std::string RegistryJson() {
  const fs::path root = fs::path(kSuite) / "remotes";
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string out = "{";
  for (const fs::path& file : files) {
    rapidjson::Document doc = Parse(ReadOrDie(file));
    rapidjson::Value uri;
    const std::string name = "http://localhost:1234/" + fs::relative(file, root).generic_string();
    uri.SetString(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    if (out.size() > 1) out += ",";
    out += JsonToString(uri) + ":" + JsonToString(doc);
  }
  return out + "}";
}

class SuiteTest : public ::testing::TestWithParam<Draft> {};

TEST_P(SuiteTest, AgreesWithEveryRequiredTest) {
  const Draft& draft = GetParam();
  const std::string registry = RegistryJson();
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(kSuite) / "tests" / draft.dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  BowtieChild child;
  ASSERT_TRUE(child.ok());
  ASSERT_TRUE(Parse(child.Exchange(R"({"cmd":"start","version":1})")).HasMember("implementation"));
  ASSERT_EQ(child.Exchange(std::string(R"({"cmd":"dialect","dialect":")") + draft.uri + "\"}"),
            R"({"ok":true})");

  std::size_t tests = 0, agreed = 0, seq = 0;
  std::vector<std::string> failures;
  for (const fs::path& file : files) {
    rapidjson::Document cases = Parse(ReadOrDie(file));
    ASSERT_TRUE(cases.IsArray()) << file;
    for (const auto& c : cases.GetArray()) {
      std::string line = R"({"cmd":"run","seq":)" + std::to_string(++seq) +
                         R"(,"case":{"description":)" + JsonToString(c["description"]) +
                         R"(,"schema":)" + JsonToString(c["schema"]) + R"(,"registry":)" +
                         registry + R"(,"tests":[)";
      const auto& suite_tests = c["tests"].GetArray();
      for (rapidjson::SizeType i = 0; i < suite_tests.Size(); ++i) {
        if (i) line += ",";
        line += R"({"description":)" + JsonToString(suite_tests[i]["description"]) +
                R"(,"instance":)" + JsonToString(suite_tests[i]["data"]) + "}";
      }
      line += "]}}";
      const std::string reply_text = child.Exchange(line);
      ASSERT_FALSE(reply_text.empty()) << "harness died at " << file.filename() << ": "
                                       << c["description"].GetString();
      rapidjson::Document reply = Parse(reply_text);
      ASSERT_TRUE(reply.IsObject());
      ASSERT_EQ(reply["seq"].GetUint64(), seq);
      const bool ran = reply.HasMember("results") && reply["results"].IsArray() &&
                       reply["results"].Size() == suite_tests.Size();
      for (rapidjson::SizeType i = 0; i < suite_tests.Size(); ++i) {
        ++tests;
        const bool expected = suite_tests[i]["valid"].GetBool();
        const rapidjson::Value* result = ran ? &reply["results"][i] : nullptr;
        if (result && result->HasMember("valid") && (*result)["valid"].GetBool() == expected) {
          ++agreed;
        } else if (failures.size() < 40) {
          failures.push_back(file.filename().string() + " | " + c["description"].GetString() +
                             " | " + suite_tests[i]["description"].GetString() + " | expected " +
                             (expected ? "valid" : "invalid") + " | got " +
                             (ran ? JsonToString(*result) : reply_text.substr(0, 300)));
        }
      }
    }
  }
  EXPECT_TRUE(child.Send(R"({"cmd":"stop"})"));
  EXPECT_EQ(child.Finish(), 0);
  EXPECT_EQ(tests, draft.required_tests) << "the vendored suite changed";
  std::string report;
  for (const std::string& f : failures) report += "  " + f + "\n";
  EXPECT_EQ(agreed, tests) << draft.dir << ": " << (tests - agreed) << " of " << tests
                           << " required tests disagree; first ones:\n"
                           << report;
}

INSTANTIATE_TEST_SUITE_P(Drafts, SuiteTest, ::testing::ValuesIn(kDrafts),
                         [](const ::testing::TestParamInfo<Draft>& info) {
                           std::string name = info.param.dir;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
