#include "stepcache/engine/sim_server.h"

#include <cstdio>
#include <string>

#include <gtest/gtest.h>
#include <httplib.h>

#include "stepcache/engine/backend.h"
#include "support/command.h"

namespace stepcache::engine {
namespace {

ChatRequest EquationRequest(const std::string& equation) {
  ChatRequest r;
  r.model = "stepcache-sim";
  r.messages = {{"user", "Solve for x: " + equation + ". Show your steps."}};
  return r;
}

BackendOptions FastOptions() {
  BackendOptions o;
  o.backoff_initial_s = 0.001;
  o.backoff_max_s = 0.01;
  o.max_retries = 3;
  o.api_key_env = "STEPCACHE_TEST_KEY_UNSET";
  return o;
}

std::string Url(const SimServer& server) {
  return "openai:http://127.0.0.1:" + std::to_string(server.port()) + "/v1";
}

TEST(SimServer, AnswersLikeTheInProcessModel) {
  SimServerOptions options;
  options.time_scale = 0.001;
  SimServer server(options);
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;
  auto backend = OpenBackend(Url(server), FastOptions(), &error);
  ASSERT_TRUE(backend) << error;
  for (const char* eq : {"3x + 5 = 20", "2(x - 1) = x + 4", "7x = 2x - 15"}) {
    const ChatRequest request = EquationRequest(eq);
    BackendResult result = backend->Complete(request);
    ASSERT_TRUE(result.ok()) << result.error().message;
    const ChatResponse local = SimulateCompletion(options.sim, request);
    EXPECT_EQ(result.response().content, local.content);
    EXPECT_EQ(result.response().model, "stepcache-sim");
    // usage came over the wire, counted by the shared estimator.
    EXPECT_TRUE(result.response().usage.from_server);
    EXPECT_EQ(result.response().usage.prompt_tokens, local.usage.prompt_tokens);
    EXPECT_EQ(result.response().usage.completion_tokens, local.usage.completion_tokens);
    EXPECT_FALSE(result.response().simulated);  // the client cannot know; the model id says so
  }
  EXPECT_EQ(server.requests(), 3u);
}

TEST(SimServer, ModelsAndHealth) {
  SimServer server(SimServerOptions{});
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;
  httplib::Client client("127.0.0.1", server.port());
  auto health = client.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto models = client.Get("/v1/models");
  ASSERT_TRUE(models);
  EXPECT_NE(models->body.find("\"stepcache-sim\""), std::string::npos);
  EXPECT_EQ(models->get_header_value("X-StepCache-Simulated"), "true");
  auto bad = client.Post("/v1/chat/completions", "{\"messages\": 3}", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("/messages"), std::string::npos);
}

TEST(SimServer, InjectedFailuresAreRetriedThrough) {
  SimServerOptions options;
  options.time_scale = 0;
  options.fail_rate = 0.5;
  SimServer server(options);
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;
  BackendOptions backend_options = FastOptions();
  backend_options.max_retries = 10;
  auto backend = OpenBackend(Url(server), backend_options, &error);
  int retried = 0;
  for (int i = 0; i < 20; ++i) {
    BackendResult result = backend->Complete(EquationRequest(std::to_string(i + 2) + "x = 10"));
    ASSERT_TRUE(result.ok()) << result.error().message;
    retried += result.response().attempts > 1;
  }
  EXPECT_GT(retried, 0);
  EXPECT_GT(server.requests(), 20u);
}

TEST(SimServer, InjectedStatusAndGarbage) {
  SimServerOptions options;
  options.time_scale = 0;
  options.status = 503;
  SimServer down(options);
  std::string error;
  ASSERT_TRUE(down.Start(&error)) << error;
  BackendOptions backend_options = FastOptions();
  backend_options.max_retries = 1;
  BackendResult result = OpenBackend(Url(down), backend_options, &error)->Complete(EquationRequest("x = 1"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().http_status, 503);
  EXPECT_EQ(down.requests(), 2u);

  options.status = 0;
  options.garbage_rate = 1;
  SimServer garbage(options);
  ASSERT_TRUE(garbage.Start(&error)) << error;
  result = OpenBackend(Url(garbage), backend_options, &error)->Complete(EquationRequest("x = 1"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kMalformed);
}

TEST(SimServer, HookReplacesTheAnswer) {
  SimServerOptions options;
  options.hook = [](const ChatRequest& request, std::uint64_t index, SimServerReply* reply) {
    if (index != 0) return false;
    reply->status = 429;
    reply->body = R"({"error": {"message": "busy"}})";
    return true;
  };
  options.time_scale = 0;
  SimServer server(options);
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;
  BackendResult result = OpenBackend(Url(server), FastOptions(), &error)->Complete(EquationRequest("2x = 4"));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.response().attempts, 2);
}

TEST(SimServer, RefusesRemoteAddresses) {
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("127.1.2.3"));
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_FALSE(IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(IsLoopbackHost("127.0.0.1.evil.com"));
  EXPECT_FALSE(IsLoopbackHost("10.0.0.1"));
  SimServerOptions options;
  options.host = "0.0.0.0";
  SimServer server(options);
  std::string error;
  EXPECT_FALSE(server.Start(&error));
  EXPECT_NE(error.find("--allow-remote"), std::string::npos);
}

TEST(SimServer, CliRefusesRemoteAndBadListen) {
  const std::string cli = std::string(STEPCACHE_BINARY_DIR) + "/stepcache";
  for (const char* args : {"--listen 0.0.0.0:0", "--listen nonsense", "--listen 127.0.0.1:99999"}) {
    const std::string command = cli + " sim-server " + args + " 2>&1";
    const auto [status, output] = stepcache::test_support::RunCommand(command);
    EXPECT_EQ(status, 2) << args << ": " << output;
    EXPECT_EQ(output.rfind("stepcache: ", 0), 0u) << output;
  }
}

}  // namespace
}  // namespace stepcache::engine
