#include "stepcache/engine/command_backend.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

extern char** environ;

namespace stepcache::engine {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMaxOutput = std::size_t{16} << 20;

// Closes a descriptor once; -1 means already closed.
void CloseFd(int* fd) {
  if (*fd >= 0) ::close(*fd);
  *fd = -1;
}

// Writing to a child that exited early raises SIGPIPE, which would kill the
// whole process. Block it on this thread around the write and swallow any
// pending instance, so no process-wide signal disposition changes.
class ScopedSigpipeBlock {
 public:
  ScopedSigpipeBlock() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    already_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
  }
  ~ScopedSigpipeBlock() {
    if (!already_pending_) {
      const struct timespec zero = {0, 0};
      while (sigtimedwait(&set_, nullptr, &zero) >= 0) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t set_;
  sigset_t old_;
  bool already_pending_ = false;
};

class CommandBackend final : public Backend {
 public:
  CommandBackend(std::string path, const BackendOptions& options)
      : path_(std::move(path)), options_(options) {}

  std::string name() const override { return "command:" + path_; }

  BackendResult Complete(const ChatRequest& request) override {
    const Clock::time_point start = Clock::now();
    std::string body;
    std::string error;
    ChatRequest copy = request;
    if (copy.model.empty()) copy.model = options_.model;
    if (!SerializeChatRequest(copy, &body, &error)) {
      return BackendError{BackendError::Kind::kInvalidRequest, error, 0, false};
    }
    std::string out;
    std::string err;
    int status = 0;
    // The program gets the smaller of its configured run time and the
    // request's own timeout (the caller's deadline).
    double timeout_s = options_.read_timeout_s;
    if (request.timeout_s) timeout_s = std::max(0.0, std::min(timeout_s, *request.timeout_s));
    if (auto failure = Run(body, start, timeout_s, &out, &err, &status)) return *failure;
    const double latency = std::chrono::duration<double>(Clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::string what = WIFEXITED(status)
                             ? "exited with status " + std::to_string(WEXITSTATUS(status))
                             : "killed by signal " + std::to_string(WTERMSIG(status));
      std::string line = err.substr(0, err.find('\n'));
      if (line.size() > 200) line.resize(200);
      if (!line.empty()) what += ": " + line;
      return BackendError{BackendError::Kind::kUnavailable, name() + ": " + what, 0, false};
    }
    ChatResponse response;
    std::string parse_error;
    if (ParseChatResponse(out, &response, &parse_error) != ChatParseStatus::kOk) {
      return BackendError{BackendError::Kind::kMalformed,
                          name() + ": bad output: " + parse_error, 0, false};
    }
    EstimateUsageIfMissing(request, &response);
    response.latency_s = latency;
    return response;
  }

 private:
  // Spawns the program, feeds `input`, collects stdout/stderr until both close
  // and the child exits, or kills it at the deadline. Returns an error, or
  // nullopt with *status set.
  std::optional<BackendError> Run(const std::string& input, Clock::time_point start, double timeout_s,
                                  std::string* out, std::string* err, int* status) const {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe2(in_pipe, O_CLOEXEC) != 0) return SysError("pipe");
    if (pipe2(out_pipe, O_CLOEXEC) != 0) {
      ::close(in_pipe[0]);
      ::close(in_pipe[1]);
      return SysError("pipe");
    }
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
      for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) ::close(fd);
      return SysError("pipe");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears FD_CLOEXEC on the target, so only these three survive exec.
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    char* argv[] = {const_cast<char*>(path_.c_str()), nullptr};
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, path_.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in_pipe[0]);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    int to_child = in_pipe[1];
    int from_out = out_pipe[0];
    int from_err = err_pipe[0];
    if (rc != 0) {
      CloseFd(&to_child);
      CloseFd(&from_out);
      CloseFd(&from_err);
      return BackendError{BackendError::Kind::kUnavailable,
                          name() + ": cannot start: " + std::strerror(rc), 0, false};
    }
    fcntl(to_child, F_SETFL, fcntl(to_child, F_GETFL) | O_NONBLOCK);
    const auto deadline =
        start + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(timeout_s));
    std::size_t written = 0;
    if (input.empty()) CloseFd(&to_child);
    std::optional<BackendError> failure;
    ScopedSigpipeBlock sigpipe_block;
    while (from_out >= 0 || from_err >= 0) {
      const auto now = Clock::now();
      if (now >= deadline) {
        failure = BackendError{BackendError::Kind::kTimeout,
                               name() + ": no answer within " +
                                   std::to_string(timeout_s) + " s; killed",
                               0, true};
        break;
      }
      pollfd fds[3];
      int n = 0;
      if (to_child >= 0) fds[n++] = {to_child, POLLOUT, 0};
      if (from_out >= 0) fds[n++] = {from_out, POLLIN, 0};
      if (from_err >= 0) fds[n++] = {from_err, POLLIN, 0};
      const auto wait_ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
      if (poll(fds, n, static_cast<int>(std::min<long long>(wait_ms, 1000))) < 0) {
        if (errno == EINTR) continue;
        failure = SysError("poll");
        break;
      }
      for (int i = 0; i < n; ++i) {
        if (fds[i].revents == 0) continue;
        if (fds[i].fd == to_child) {
          const ssize_t w = ::write(to_child, input.data() + written, input.size() - written);
          if (w > 0) written += static_cast<std::size_t>(w);
          // EPIPE: the child stopped reading; its output decides the outcome.
          if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
            CloseFd(&to_child);
          }
          continue;
        }
        char buffer[65536];
        const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
        if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        std::string* sink = fds[i].fd == from_out ? out : err;
        if (r <= 0) {
          CloseFd(fds[i].fd == from_out ? &from_out : &from_err);
          continue;
        }
        if (sink->size() + static_cast<std::size_t>(r) > kMaxOutput) {
          failure = BackendError{BackendError::Kind::kMalformed,
                                 name() + ": output exceeds 16 MiB; killed", 0, false};
          break;
        }
        sink->append(buffer, static_cast<std::size_t>(r));
      }
      if (failure) break;
    }
    CloseFd(&to_child);
    CloseFd(&from_out);
    CloseFd(&from_err);
    if (failure) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, status, 0);
      return failure;
    }
    // Both pipes closed: the child is exiting (or closed them on purpose);
    // wait for it within what is left of the deadline.
    while (true) {
      const pid_t w = ::waitpid(pid, status, WNOHANG);
      if (w == pid) return std::nullopt;
      if (w < 0 && errno != EINTR) return SysError("waitpid");
      if (Clock::now() >= deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, status, 0);
        return BackendError{BackendError::Kind::kTimeout,
                            name() + ": did not exit within the timeout; killed", 0, true};
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  BackendError SysError(const char* what) const {
    return BackendError{BackendError::Kind::kUnavailable,
                        name() + ": " + what + ": " + std::strerror(errno), 0, false};
  }

  const std::string path_;
  const BackendOptions options_;
};

}  // namespace

std::unique_ptr<Backend> OpenCommandBackend(std::string_view path, const BackendOptions& options,
                                            std::string* error) {
  if (path.empty()) {
    if (error) *error = "command: expected a program path after \"command:\"";
    return nullptr;
  }
  return std::make_unique<CommandBackend>(std::string(path), options);
}

}  // namespace stepcache::engine
