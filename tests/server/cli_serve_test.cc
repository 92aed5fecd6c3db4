// `stepcache serve` as a process: flags, readiness, and SIGTERM draining an
// in-flight request whose answer and store write survive (SQLite store,
// reopened by a second process that then reuses the entry).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>

#include "stepcache/engine/sim_server.h"
#include "support/command.h"

namespace stepcache::server {
namespace {

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

// A `stepcache serve` child process.
struct ServeProcess {
  pid_t pid = -1;
  int port = 0;
  explicit ServeProcess(std::vector<std::string> args) {
    port = FreePort();
    args.insert(args.begin(), {"serve", "--listen", "127.0.0.1:" + std::to_string(port)});
    const std::string bin = std::string(STEPCACHE_BINARY_DIR) + "/stepcache";
    std::vector<char*> argv{const_cast<char*>(bin.c_str())};
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid = ::fork();
    if (pid == 0) {
      std::freopen("/dev/null", "w", stderr);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
  }
  bool WaitReady() const {
    httplib::Client c("127.0.0.1", port);
    for (int i = 0; i < 400; ++i) {
      auto r = c.Get("/healthz");
      if (r && r->status == 200) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    return false;
  }
  int Signal(int sig) {
    ::kill(pid, sig);
    int status = 0;
    ::waitpid(pid, &status, 0);
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ~ServeProcess() {
    if (pid > 0) Signal(SIGKILL);
  }
};

constexpr char kBody[] = R"({"messages":[{"role":"user","content":"Solve for x: 3x + 5 = 20."}]})";

TEST(CliServeTest, SigtermDrainsTheInFlightRequestAndKeepsItsStoreWrite) {
  engine::SimServerOptions sim_options;
  sim_options.time_scale = 0;
  sim_options.sim.error_rate = 0;
  sim_options.hook = [](const engine::ChatRequest&, std::uint64_t, engine::SimServerReply* reply) {
    reply->delay_s = 0.6;  // slow enough for SIGTERM to arrive mid-request
    reply->body =
        R"({"choices":[{"message":{"role":"assistant","content":"Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5"},)"
        R"("finish_reason":"stop"}]})";
    return true;
  };
  engine::SimServer sim(sim_options);
  std::string error;
  ASSERT_TRUE(sim.Start(&error)) << error;
  char dir_template[] = "/tmp/stepcache-serve-XXXXXX";
  ASSERT_NE(::mkdtemp(dir_template), nullptr);
  const std::string db = std::string(dir_template) + "/cache.db";
  const std::vector<std::string> args = {"--backend", "openai:http://127.0.0.1:" + std::to_string(sim.port()) + "/v1",
                                         "--store", "sqlite:" + db, "--threads", "4", "--deadline", "30"};
  {
    ServeProcess serve(args);
    ASSERT_TRUE(serve.WaitReady());
    int status = 0;
    std::thread client([&] {
      httplib::Client c("127.0.0.1", serve.port);
      c.set_read_timeout(20, 0);
      auto r = c.Post("/v1/chat/completions", {{"X-StepCache-Task", "linear_equation"}}, kBody, "application/json");
      status = r ? r->status : -1;
    });
    for (int i = 0; i < 200 && sim.requests() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_GT(sim.requests(), 0u);
    EXPECT_EQ(serve.Signal(SIGTERM), 0);
    client.join();
    EXPECT_EQ(status, 200) << "the in-flight request was dropped on SIGTERM";
  }
  {
    ServeProcess again(args);
    ASSERT_TRUE(again.WaitReady());
    httplib::Client c("127.0.0.1", again.port);
    auto r = c.Post("/v1/chat/completions", {{"X-StepCache-Task", "linear_equation"}}, kBody, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->get_header_value("x-stepcache-path"), "reuse") << "the drained request's store write was lost";
    EXPECT_EQ(again.Signal(SIGINT), 0);
  }
  test_support::RunCommand("rm -rf " + std::string(dir_template));
}

TEST(CliServeTest, BadFlagsAreExitStatus2) {
  EXPECT_EQ(test_support::RunCli("serve --listen nonsense").status, 2);
  EXPECT_EQ(test_support::RunCli("serve --listen 127.0.0.1:1 --backend nope:x").status, 2);
  EXPECT_EQ(test_support::RunCli("serve --listen 127.0.0.1:1 --keys /nonexistent/keys").status, 2);
  EXPECT_EQ(test_support::RunCli("serve --listen 127.0.0.1:1 --store bogus:").status, 2);
}

}  // namespace
}  // namespace stepcache::server
