#include <exception>
#include <iostream>
#include <map>

#include "command.h"

namespace stepcache::cli {

std::vector<CommandSpec>& Commands() {
  static std::vector<CommandSpec> commands;
  return commands;
}

RegisterCommand::RegisterCommand(std::string name, std::string description,
                                 std::function<Runner(CLI::App&)> setup) {
  Commands().push_back({std::move(name), std::move(description), std::move(setup)});
}

int BadInput(const std::string& message) {
  std::cerr << "stepcache: " << message << "\n";
  return kExitBadInput;
}

}  // namespace stepcache::cli

int main(int argc, char** argv) {
  using namespace stepcache::cli;
  CLI::App app{"StepCache: step-level verified reuse for LLM serving"};
  app.require_subcommand(1);
  std::map<CLI::App*, Runner> runners;
  for (const CommandSpec& spec : Commands()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.description);
    runners[sub] = spec.setup(*sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return BadInput(e.what());
  }
  try {
    for (auto& [sub, run] : runners) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    std::cerr << "stepcache: internal error: " << e.what() << "\n";
    return kExitFail;
  }
  return kExitFail;
}
