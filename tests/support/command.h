// Runs a shell command from a test and collects what it wrote to stdout and
// how it exited: the one way tests drive the built CLI and system tools.
#ifndef STEPCACHE_TESTS_SUPPORT_COMMAND_H_
#define STEPCACHE_TESTS_SUPPORT_COMMAND_H_

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace stepcache::test_support {

struct CommandResult {
  int status = -1;  // exit status; -1 if the command could not run or was killed
  std::string out;  // everything the command wrote to stdout
};

inline CommandResult RunCommand(const std::string& command) {
  CommandResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  const int raw = ::pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

// `stepcache <args>` from the build tree, its stderr discarded.
inline CommandResult RunCli(const std::string& args) {
  return RunCommand(std::string(STEPCACHE_BINARY_DIR) + "/stepcache " + args + " 2>/dev/null");
}

}  // namespace stepcache::test_support

#endif  // STEPCACHE_TESTS_SUPPORT_COMMAND_H_
