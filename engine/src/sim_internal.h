// Private to the simulated model (sim_*.cc): its seeded generator and the
// per-task answerers. Not installed; not part of the engine's API.
#ifndef STEPCACHE_ENGINE_SRC_SIM_INTERNAL_H_
#define STEPCACHE_ENGINE_SRC_SIM_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/engine/sim_backend.h"

namespace stepcache::engine::sim {

// splitmix64: tiny, and unlike <random>'s distributions its sequence is the
// same with every standard library, so simulated runs are reproducible.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::uint64_t Below(std::uint64_t n) { return n == 0 ? 0 : Next() % n; }
  bool Chance(double p) { return Uniform() < p; }

 private:
  std::uint64_t state_;
};

// What an answerer produced.
struct Answer {
  std::string content;
  bool truncated = false;  // the answer was cut on purpose (finish_reason "length")
};

// The request as the model reads it (see sim_backend.h for the rules).
struct TaskView {
  std::string prompt;      // the first user message, retry paragraph set aside
  std::string retry_note;  // that paragraph ("Only these fields…", "…rejected: …")
  std::string previous;    // an assistant message after the prompt, if any
  std::string followup;    // the user message after it
  bool continuation = false;  // the follow-up asks to continue the previous steps
  bool retry = false;         // region, continuation or repair
};

TaskView ReadTask(const ChatRequest& request);

// Two generators per answer: `mistakes` decides whether and how the answer
// is wrong (the prompt's own generator on a first answer and on a sticky
// retry, the request's otherwise); `style` decides right-answer choices
// (notation, path) and is always the request's.
struct Draws {
  Rng& mistakes;
  Rng& style;
};

// Each returns false when the request is not for its task.
bool AnswerLinearEquation(const SimOptions& options, const TaskView& task, Draws draws, Answer* answer,
                          SimTrace* trace);
bool AnswerJsonExtract(const SimOptions& options, const ChatRequest& request, const TaskView& task, Draws draws,
                       Answer* answer, SimTrace* trace);

// Text helpers shared by the two answerers (not by anything outside sim_*).
std::string Lower(std::string_view s);
std::string_view Trim(std::string_view s);
std::vector<std::string> SplitLines(std::string_view text);

}  // namespace stepcache::engine::sim

#endif  // STEPCACHE_ENGINE_SRC_SIM_INTERNAL_H_
