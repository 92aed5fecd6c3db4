#include <iostream>

#include "command.h"

namespace stepcache::cli {
namespace {

const RegisterCommand kVersion("version", "Print the StepCache version", [](CLI::App&) -> Runner {
  return [] {
    std::cout << "stepcache 0.1.0\n";
    return kExitOk;
  };
});

}  // namespace
}  // namespace stepcache::cli
