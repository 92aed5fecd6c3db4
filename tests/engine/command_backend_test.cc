#include "stepcache/engine/command_backend.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace stepcache::engine {
namespace {

// Writes an executable shell script into a fresh temporary directory.
class Script {
 public:
  explicit Script(const std::string& body) {
    char dir[] = "/tmp/stepcache-command-test-XXXXXX";
    dir_ = mkdtemp(dir);
    path_ = dir_ + "/model.sh";
    std::ofstream(path_) << "#!/bin/sh\n" << body << "\n";
    chmod(path_.c_str(), 0700);
  }
  ~Script() {
    unlink(path_.c_str());
    rmdir(dir_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string dir_, path_;
};

ChatRequest Request(std::string content = "Solve for x: 2x = 10.") {
  ChatRequest r;
  r.model = "m";
  r.messages = {{"user", std::move(content)}};
  return r;
}

std::unique_ptr<Backend> Open(const std::string& path, double timeout_s = 10) {
  BackendOptions options;
  options.read_timeout_s = timeout_s;
  std::string error;
  auto backend = OpenBackend("command:" + path, options, &error);
  EXPECT_TRUE(backend) << error;
  return backend;
}

TEST(CommandBackend, FeedsTheRequestAndReadsTheAnswer) {
  // Answers with the number of request bytes it read, so the test sees the
  // whole body arrived on stdin.
  Script script(R"(n=$(wc -c | tr -d ' ')
printf '{"choices": [{"message": {"content": "%s"}, "finish_reason": "stop"}]}' "$n")");
  auto backend = Open(script.path());
  const ChatRequest request = Request();
  BackendResult result = backend->Complete(request);
  ASSERT_TRUE(result.ok()) << result.error().message;
  std::string body, error;
  ASSERT_TRUE(SerializeChatRequest(request, &body, &error));
  EXPECT_EQ(result.response().content, std::to_string(body.size()));
  EXPECT_FALSE(result.response().usage.from_server);  // estimated
  EXPECT_GT(result.response().usage.prompt_tokens, 0);
  EXPECT_EQ(backend->name(), "command:" + script.path());
}

TEST(CommandBackend, LargeRequestToAProgramThatDoesNotRead) {
  // The child exits without reading: writing must not kill us with SIGPIPE.
  Script script(R"(echo '{"choices": [{"message": {"content": "ok"}}], "usage": {"prompt_tokens": 1, "completion_tokens": 1}}')");
  auto backend = Open(script.path());
  BackendResult result = backend->Complete(Request(std::string(4 << 20, 'a')));
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result.response().content, "ok");
  EXPECT_TRUE(result.response().usage.from_server);
}

TEST(CommandBackend, NonZeroExitCarriesStderr) {
  Script script("cat >/dev/null\necho 'model file missing: /m.gguf' >&2\necho second line >&2\nexit 3");
  auto backend = Open(script.path());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kUnavailable);
  EXPECT_NE(result.error().message.find("exited with status 3: model file missing: /m.gguf"),
            std::string::npos)
      << result.error().message;
  EXPECT_EQ(result.error().message.find("second line"), std::string::npos);
}

TEST(CommandBackend, SlowProgramIsKilledAtTheTimeout) {
  Script script("exec sleep 30");
  auto backend = Open(script.path(), 0.3);
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kTimeout) << result.error().message;
  EXPECT_NE(result.error().message.find("killed"), std::string::npos);
}

TEST(CommandBackend, GarbageOutputIsMalformed) {
  Script script("cat >/dev/null\necho 'I am not JSON'");
  auto backend = Open(script.path());
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kMalformed);
  EXPECT_NE(result.error().message.find("invalid JSON"), std::string::npos);
}

TEST(CommandBackend, MissingProgramIsUnavailable) {
  auto backend = Open("/nonexistent/stepcache-model");
  BackendResult result = backend->Complete(Request());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, BackendError::Kind::kUnavailable);
  std::string error;
  EXPECT_FALSE(OpenBackend("command:", BackendOptions{}, &error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace stepcache::engine
