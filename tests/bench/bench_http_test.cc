// The whole product over HTTP: `stepcache bench` and `stepcache run` against
// the simulated model served by SimServer on 127.0.0.1, through the same
// OpenAI-compatible backend a real llama.cpp or vLLM server would get.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "stepcache/bench/workload.h"
#include "stepcache/engine/sim_server.h"
#include "stepcache/schemas/json.h"
#include "support/command.h"

namespace stepcache::bench {
namespace {

using stepcache::test_support::RunCli;

class BenchOverHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    engine::SimServerOptions options;
    options.port = 0;
    options.time_scale = 0.0005;  // really sleeps, scaled: ~1 ms per answer
    server_ = std::make_unique<engine::SimServer>(options);
    std::string error;
    ASSERT_TRUE(server_->Start(&error)) << error;
    backend_ = "openai:http://127.0.0.1:" + std::to_string(server_->port()) + "/v1";
    dir_ = ::testing::TempDir() + "bench_http_" + std::to_string(getpid());
    workload_ = dir_ + ".jsonl";
    // Two families of each task: bases and their variants, in file order.
    std::ofstream out(workload_);
    for (const WorkloadItem& item : GenerateWorkload(42)) {
      const bool keep = item.id.rfind("linear_equation-0-", 0) == 0 ||
                        item.id.rfind("linear_equation-1-", 0) == 0 ||
                        item.id.rfind("json_extract-0-", 0) == 0 ||
                        item.id.rfind("json_extract-3-", 0) == 0;
      if (keep) out << ToJsonLine(item) << "\n";
    }
  }
  void TearDown() override {
    if (server_) server_->Stop();
    for (const char* suffix : {".jsonl", ".json", ".html"}) std::remove((dir_ + suffix).c_str());
  }

  std::unique_ptr<engine::SimServer> server_;
  std::string backend_, dir_, workload_;
};

TEST_F(BenchOverHttp, BenchReportFromARealHttpBackend) {
  auto r = RunCli("bench --workload " + workload_ + " --backend " + backend_ + " --seeds 42 --report " +
              dir_ + ".json --html " + dir_ + ".html");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("StepCache benchmark"), std::string::npos) << r.out;
  std::string text;
  ASSERT_TRUE(ReadFile(dir_ + ".json", &text, nullptr));
  rapidjson::Document report;
  ASSERT_TRUE(ParseJson(text, report)) << text;
  const auto& sc = report["stepcache"];
  EXPECT_DOUBLE_EQ(sc["correct_pct"].GetDouble(), 100.0) << text;
  EXPECT_DOUBLE_EQ(sc["false_reuse"].GetDouble(), 0.0);
  EXPECT_GT(sc["reuse_pct"].GetDouble(), 50.0);
  EXPECT_GT(sc["skip_pct"].GetDouble(), 0.0);
  EXPECT_LT(sc["tokens_total"].GetDouble(), report["baseline"]["tokens_total"].GetDouble());
  EXPECT_FALSE(report["simulated"].GetBool()) << "over HTTP the engine cannot know the server is simulated";
  EXPECT_GT(server_->requests(), 0u);
  std::string html;
  ASSERT_TRUE(ReadFile(dir_ + ".html", &html, nullptr));
  EXPECT_NE(html.find("<svg"), std::string::npos);
}

TEST_F(BenchOverHttp, RunServesEveryRequestWithAVerifiedAnswer) {
  auto r = RunCli("run --workload " + workload_ + " --backend " + backend_);
  ASSERT_EQ(r.status, 0) << r.out;
  std::set<std::string> paths;
  std::size_t lines = 0;
  std::size_t start = 0;
  while (start < r.out.size()) {
    std::size_t end = r.out.find('\n', start);
    if (end == std::string::npos) end = r.out.size();
    rapidjson::Document line;
    ASSERT_TRUE(ParseJson(std::string_view(r.out).substr(start, end - start), line));
    EXPECT_FALSE(line.HasMember("error")) << r.out.substr(start, end - start);
    EXPECT_TRUE(line["output"].IsString());
    for (const char* k : {"id", "path", "latency_s", "prompt_tokens", "completion_tokens",
                          "reused_tokens", "attempts", "fallback"}) {
      EXPECT_TRUE(line.HasMember(k)) << k;
    }
    paths.insert(line["path"].GetString());
    ++lines;
    start = end + 1;
  }
  EXPECT_GT(lines, 30u);
  EXPECT_TRUE(paths.count("reuse") && paths.count("skip")) << r.out;
}

TEST_F(BenchOverHttp, BackendDownIsAnErrorLineNotAWrongAnswer) {
  server_->Stop();
  auto r = RunCli("run --workload " + workload_ + " --backend " + backend_ + " --retries 0 --timeout 2");
  EXPECT_EQ(r.status, 1) << r.out;
  // Linear equations still get the exact solver's verified answer; JSON
  // extraction, which needs a model, reports an error per request.
  EXPECT_NE(r.out.find("\"error\""), std::string::npos);
  EXPECT_NE(r.out.find("\"fallback\":true"), std::string::npos);
}

}  // namespace
}  // namespace stepcache::bench
