#include <iostream>
#include <memory>

#include "command.h"
#include "stepcache/schemas/bowtie.h"

namespace stepcache::cli {
namespace {

const RegisterCommand kBowtie(
    "bowtie", "Speak Bowtie's IHOP protocol (v1) on stdin/stdout", [](CLI::App& app) -> Runner {
      auto options = std::make_shared<schemas::BowtieOptions>();
      app.add_flag("--format-assert", options->format_assertion,
                   "Assert `format` instead of treating it as an annotation");
      return [options] {
        // Replies are flushed per line; unsynced streams keep that cheap.
        std::ios::sync_with_stdio(false);
        return schemas::RunBowtie(std::cin, std::cout, *options) == 0 ? kExitOk : kExitFail;
      };
    });

}  // namespace
}  // namespace stepcache::cli
