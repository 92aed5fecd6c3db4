// Subcommand registry for the `stepcache` front end. Each cmd_*.cc file
// registers one subcommand with a static RegisterCommand; the front ends stay
// thin: option parsing and printing only, logic lives in the libraries.
#ifndef STEPCACHE_CLI_COMMAND_H_
#define STEPCACHE_CLI_COMMAND_H_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace stepcache::cli {

constexpr int kExitOk = 0;
constexpr int kExitFail = 1;      // a negative verdict, or an internal failure
constexpr int kExitBadInput = 2;  // unreadable or malformed input

// Runs the subcommand after parsing; returns the exit status.
using Runner = std::function<int()>;

struct CommandSpec {
  std::string name;
  std::string description;
  // Adds options to `app` (binding them to state it owns) and returns the runner.
  std::function<Runner(CLI::App& app)> setup;
};

std::vector<CommandSpec>& Commands();

struct RegisterCommand {
  RegisterCommand(std::string name, std::string description,
                  std::function<Runner(CLI::App&)> setup);
};

// Prints "stepcache: <message>" as one line on stderr and returns kExitBadInput.
int BadInput(const std::string& message);

}  // namespace stepcache::cli

#endif  // STEPCACHE_CLI_COMMAND_H_
