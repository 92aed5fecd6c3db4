#include "stepcache/engine/openai_backend.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

const char* kOkBody = R"({"id": "c1", "object": "chat.completion", "model": "served-model",
  "choices": [{"index": 0, "message": {"role": "assistant", "content": "x = 5"}, "finish_reason": "stop"}],
  "usage": {"prompt_tokens": 31, "completion_tokens": 4, "total_tokens": 35}})";

// An OpenAI-shaped server on 127.0.0.1 and a free port, answering with
// whatever `reply` says; counts requests and keeps the last one.
class FakeServer {
 public:
  using Reply = std::function<void(int attempt, const httplib::Request&, httplib::Response&)>;

  explicit FakeServer(Reply reply) : reply_(std::move(reply)) {
    server_.Post("/v1/chat/completions", [this](const httplib::Request& req, httplib::Response& res) {
      const int n = ++requests_;
      {
        std::lock_guard<std::mutex> lock(mu_);
        last_body_ = req.body;
        last_auth_ = req.get_header_value("Authorization");
      }
      reply_(n, req, res);
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeServer() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  int requests() const { return requests_; }
  std::string last_body() {
    std::lock_guard<std::mutex> lock(mu_);
    return last_body_;
  }
  std::string last_auth() {
    std::lock_guard<std::mutex> lock(mu_);
    return last_auth_;
  }

 private:
  Reply reply_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<int> requests_{0};
  std::mutex mu_;
  std::string last_body_, last_auth_;
};

ChatRequest Request() {
  ChatRequest r;
  r.model = "m";
  r.messages = {{"user", "Solve for x: 2x = 10."}};
  return r;
}

BackendOptions FastOptions() {
  BackendOptions o;
  o.backoff_initial_s = 0.001;
  o.backoff_max_s = 0.01;
  o.max_retries = 2;
  o.read_timeout_s = 10;
  o.api_key_env = "STEPCACHE_TEST_KEY_UNSET";
  return o;
}

std::unique_ptr<Backend> Open(const std::string& url, const BackendOptions& options) {
  std::string error;
  auto backend = OpenBackend("openai:" + url, options, &error);
  EXPECT_TRUE(backend) << error;
  return backend;
}

TEST(OpenAIBackend, SuccessWithUsageAndKey) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content(kOkBody, "application/json");
  });
  setenv("STEPCACHE_TEST_KEY", "sk-test-123", 1);
  BackendOptions options = FastOptions();
  options.api_key_env = "STEPCACHE_TEST_KEY";
  auto backend = Open(server.url(), options);
  ChatRequest request = Request();
  request.response_format.type = ResponseFormat::Type::kJsonSchema;
  request.response_format.schema = R"({"type": "object"})";
  BackendResult result = backend->Complete(request);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result.response().content, "x = 5");
  EXPECT_EQ(result.response().model, "served-model");
  EXPECT_TRUE(result.response().usage.from_server);
  EXPECT_EQ(result.response().usage.prompt_tokens, 31);
  EXPECT_FALSE(result.response().simulated);
  EXPECT_FALSE(result.response().truncated());
  EXPECT_EQ(result.response().attempts, 1);
  EXPECT_EQ(server.last_auth(), "Bearer sk-test-123");
  EXPECT_EQ(backend->name().find("sk-test"), std::string::npos);
  rapidjson::Document sent;
  ASSERT_TRUE(ParseJson(server.last_body(), sent));
  EXPECT_STREQ(sent["response_format"]["json_schema"]["schema"]["type"].GetString(), "object");
  unsetenv("STEPCACHE_TEST_KEY");
}

TEST(OpenAIBackend, NoKeyNoAuthorizationAndDefaultModel) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content(kOkBody, "application/json");
  });
  BackendOptions options = FastOptions();
  options.model = "default-model";
  auto backend = Open(server.url() + "/", options);
  ChatRequest request = Request();
  request.model.clear();
  ASSERT_TRUE(backend->Complete(request).ok());
  EXPECT_EQ(server.last_auth(), "");
  EXPECT_NE(server.last_body().find(R"("model":"default-model")"), std::string::npos);
}

TEST(OpenAIBackend, MissingUsageIsEstimated) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"choices": [{"message": {"content": "abcdefgh"}, "finish_reason": "stop"}]})",
                    "application/json");
  });
  auto backend = Open(server.url(), FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result.response().usage.from_server);
  EXPECT_EQ(result.response().usage.completion_tokens, 2);
  EXPECT_EQ(result.response().usage.prompt_tokens, EstimatePromptTokens(Request()));
}

TEST(OpenAIBackend, RetriesA429AndHonoursRetryAfter) {
  FakeServer server([](int attempt, const httplib::Request&, httplib::Response& res) {
    if (attempt == 1) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      res.set_content(R"({"error": {"message": "slow down", "type": "rate_limit"}})", "application/json");
      return;
    }
    res.set_content(kOkBody, "application/json");
  });
  BackendOptions options = FastOptions();
  options.backoff_max_s = 5;
  auto backend = Open(server.url(), options);
  BackendResult result = backend->Complete(Request());
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(server.requests(), 2);
  EXPECT_EQ(result.response().attempts, 2);
  // Waited what the server asked for, not the 1 ms backoff.
  EXPECT_GE(result.response().latency_s, 1.0);
}

TEST(OpenAIBackend, GivesUpAfterRepeated500s) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.status = 500;
    res.set_content(R"({"error": {"message": "overloaded"}})", "application/json");
  });
  auto backend = Open(server.url(), FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(server.requests(), 3);
  EXPECT_EQ(result.error().kind, BackendError::Kind::kHttpStatus);
  EXPECT_EQ(result.error().http_status, 500);
  EXPECT_TRUE(result.error().retryable);
  EXPECT_NE(result.error().message.find("overloaded"), std::string::npos);
  EXPECT_NE(result.error().message.find("3 attempts"), std::string::npos);
}

TEST(OpenAIBackend, DoesNotRetryA400) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.status = 400;
    res.set_content(R"({"error": {"message": "bad schema", "type": "invalid_request_error"}})",
                    "application/json");
  });
  auto backend = Open(server.url(), FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(server.requests(), 1);
  EXPECT_EQ(result.error().http_status, 400);
  EXPECT_FALSE(result.error().retryable);
  EXPECT_NE(result.error().message.find("bad schema"), std::string::npos);
}

TEST(OpenAIBackend, GarbageBodyIsMalformed) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content("<html>hello</html>", "text/html");
  });
  auto backend = Open(server.url(), FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kMalformed);
  EXPECT_NE(result.error().message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(server.requests(), 1);
}

TEST(OpenAIBackend, SlowServerTimesOut) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    res.set_content(kOkBody, "application/json");
  });
  BackendOptions options = FastOptions();
  options.read_timeout_s = 0.2;
  options.max_retries = 0;
  auto backend = Open(server.url(), options);
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kTimeout) << result.error().message;
  EXPECT_TRUE(result.error().retryable);
}

TEST(OpenAIBackend, TheRequestsTimeoutCutsReadsAndRetries) {
  FakeServer slow([](int, const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    res.set_content(kOkBody, "application/json");
  });
  BackendOptions options = FastOptions();  // read timeout 10 s, 2 retries
  auto backend = Open(slow.url(), options);
  ChatRequest request = Request();
  request.timeout_s = 0.3;
  auto start = std::chrono::steady_clock::now();
  BackendResult result = backend->Complete(request);
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kTimeout) << result.error().message;
  // Under the server's 1.5 s (loose: tests run in parallel, under sanitizers).
  EXPECT_LT(took, 1.2) << "retried or waited past the request's timeout";
  EXPECT_EQ(slow.requests(), 1);

  // A 503 with Retry-After: 2 is not retried when the wait would pass the timeout.
  FakeServer busy([](int, const httplib::Request&, httplib::Response& res) {
    res.status = 503;
    res.set_header("Retry-After", "2");
    res.set_content(R"({"error": {"message": "busy"}})", "application/json");
  });
  options.backoff_max_s = 8;
  auto backend2 = Open(busy.url(), options);
  request.timeout_s = 1.0;
  start = std::chrono::steady_clock::now();
  result = backend2->Complete(request);
  took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().http_status, 503);
  EXPECT_LT(took, 1.5);  // it did not sleep the 2 s Retry-After
  EXPECT_EQ(busy.requests(), 1);
  EXPECT_NE(result.error().message.find("no time left"), std::string::npos) << result.error().message;
}

TEST(OpenAIBackend, ForwardSendsTheBodyAsItIsAndReturnsAnyStatus) {
  setenv("STEPCACHE_TEST_FWD_KEY", "sk-forward", 1);
  const std::string answer =
      R"({"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1",)"
      R"("type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},"finish_reason":"tool_calls"}]})";
  FakeServer server([&](int n, const httplib::Request&, httplib::Response& res) {
    if (n == 2) {
      res.status = 500;
      res.set_content(R"({"error":{"message":"boom"}})", "application/json");
      return;
    }
    res.set_content(answer, "application/json; charset=utf-8");
  });
  BackendOptions options = FastOptions();
  options.api_key_env = "STEPCACHE_TEST_FWD_KEY";
  auto backend = Open(server.url(), options);
  ASSERT_TRUE(backend->CanForward());
  const std::string body =
      R"({"model":"m","messages":[{"role":"system","content":"s"},{"role":"user","content":"u"}],"n":2, "tools":[]})";
  auto r = backend->Forward("/chat/completions", body, 5.0);
  ASSERT_TRUE(r.has_value());
  ASSERT_FALSE(r->error.has_value()) << r->error->message;
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "application/json; charset=utf-8");
  EXPECT_EQ(r->body, answer);
  EXPECT_EQ(server.last_body(), body);
  EXPECT_EQ(server.last_auth(), "Bearer sk-forward");
  r = backend->Forward("/chat/completions", body, std::nullopt);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 500) << "no retry of a forwarded request";
  EXPECT_EQ(server.requests(), 2);
  unsetenv("STEPCACHE_TEST_FWD_KEY");
}

TEST(OpenAIBackend, ServerDownIsUnavailable) {
  // A port that was free a moment ago and has no listener now.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const int port = ntohs(addr.sin_port);
  close(fd);
  auto backend = Open("http://127.0.0.1:" + std::to_string(port) + "/v1", FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kUnavailable) << result.error().message;
  EXPECT_TRUE(result.error().retryable);
  EXPECT_STREQ(BackendErrorKindName(result.error().kind), "unavailable");
}

TEST(OpenAIBackend, LengthFinishIsTruncated) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"choices": [{"message": {"content": "{\"a\": "}, "finish_reason": "length"}],
                       "usage": {"prompt_tokens": 5, "completion_tokens": 2}})",
                    "application/json");
  });
  auto backend = Open(server.url(), FastOptions());
  BackendResult result = backend->Complete(Request());
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.response().truncated());
  EXPECT_EQ(result.response().usage.total_tokens, 7);
}

TEST(OpenAIBackend, BadSpecsAndRequests) {
  std::string error;
  EXPECT_FALSE(OpenBackend("openai:ftp://x", BackendOptions{}, &error));
  EXPECT_NE(error.find("ftp://x"), std::string::npos);
  EXPECT_FALSE(OpenBackend("openai:http://", BackendOptions{}, &error));
  auto backend = OpenBackend("openai:http://127.0.0.1:9/v1", FastOptions(), &error);
  ASSERT_TRUE(backend);
  ChatRequest request = Request();
  request.response_format.type = ResponseFormat::Type::kJsonSchema;
  request.response_format.schema = "{not json";
  BackendResult result = backend->Complete(request);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kInvalidRequest);
}

TEST(OpenAIBackend, ConcurrentCallsAreSafe) {
  FakeServer server([](int, const httplib::Request&, httplib::Response& res) {
    res.set_content(kOkBody, "application/json");
  });
  auto backend = Open(server.url(), FastOptions());
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i) ok += backend->Complete(Request()).ok();
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok, 40);
}

}  // namespace
}  // namespace stepcache::engine
