#include <iostream>

#include "command.h"
#include "stepcache/bench/workload.h"

namespace stepcache::cli {
namespace {

struct BenchArgs {
  bool generate = false;
  std::uint64_t seed = 42;
};

const RegisterCommand kBench(
    "bench", "Generate the benchmark workload, or run baseline vs StepCache on it",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<BenchArgs>();
      app.add_flag("--generate", args->generate, "Write the benchmark workload (JSONL) to stdout");
      app.add_option("--seed", args->seed, "Seed of the generated workload");
      return [args] {
        if (args->generate) {
          for (const auto& item : bench::GenerateWorkload(args->seed)) {
            std::cout << bench::ToJsonLine(item) << "\n";
          }
          return kExitOk;
        }
        return BadInput("bench: nothing to do (use --generate)");
      };
    });

}  // namespace
}  // namespace stepcache::cli
