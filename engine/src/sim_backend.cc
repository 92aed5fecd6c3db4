#include "stepcache/engine/sim_backend.h"

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <thread>

#include "sim_internal.h"

namespace stepcache::engine {
namespace {

std::uint64_t Fnv1a(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// The request's identity for seeding: its wire form, so exactly what a real
// server would see decides the answer. The model name is left out so the
// same prompt gets the same answer whichever alias the caller used, and the
// extra members (see below) are left out too.
std::uint64_t RequestHash(const ChatRequest& request) {
  ChatRequest copy = request;
  copy.model.clear();
  // The simulated model has no penalties, logit bias or tools: the extra
  // members are ignored (they neither change nor reject an answer).
  copy.extra.clear();
  std::string body;
  std::string error;
  if (!SerializeChatRequest(copy, &body, &error)) {
    body.clear();
    for (const ChatMessage& m : request.messages) body += m.role + '\0' + m.content + '\0';
  }
  return Fnv1a(body);
}

bool ParseDouble(std::string_view text, double* out) {
  const std::string s(text);
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size() && std::isfinite(*out);
}

class SimBackend final : public Backend {
 public:
  explicit SimBackend(const SimOptions& options) : options_(options) {}

  std::string name() const override {
    return "sim (simulated model, seed " + std::to_string(options_.seed) + ", error_rate " +
           std::to_string(options_.error_rate) + ")";
  }

  BackendResult Complete(const ChatRequest& request) override {
    ChatResponse response = SimulateCompletion(options_, request);
    if (options_.realtime && options_.time_scale > 0) {
      std::this_thread::sleep_for(
          std::chrono::duration<double>(response.latency_s * options_.time_scale));
    }
    return response;
  }

 private:
  const SimOptions options_;
};

}  // namespace

bool ParseSimSpec(std::string_view spec, SimOptions* options, std::string* error) {
  while (!spec.empty()) {
    const std::size_t comma = spec.find(',');
    const std::string_view item = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    if (item.empty()) continue;
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      *error = "sim: expected key=value, got \"" + std::string(item) + "\"";
      return false;
    }
    const std::string key(item.substr(0, eq));
    const std::string_view value = item.substr(eq + 1);
    if (key == "model") {
      options->model = std::string(value);
      continue;
    }
    double v = 0;
    if (!ParseDouble(value, &v)) {
      *error = "sim: " + key + ": expected a number, got \"" + std::string(value) + "\"";
      return false;
    }
    auto probability = [&](double* slot) {
      if (v < 0 || v > 1) {
        *error = "sim: " + key + ": expected a probability in [0, 1]";
        return false;
      }
      *slot = v;
      return true;
    };
    auto non_negative = [&](double* slot, double scale) {
      if (v < 0) {
        *error = "sim: " + key + ": expected a non-negative number";
        return false;
      }
      *slot = v * scale;
      return true;
    };
    bool ok = true;
    if (key == "seed") {
      if (v < 0 || v != std::floor(v) || v > 9007199254740992.0) {
        *error = "sim: seed: expected a non-negative integer";
        return false;
      }
      options->seed = static_cast<std::uint64_t>(v);
    } else if (key == "error_rate") {
      ok = probability(&options->error_rate);
    } else if (key == "sticky_rate") {
      ok = probability(&options->sticky_rate);
    } else if (key == "whole_object_rate") {
      ok = probability(&options->whole_object_rate);
    } else if (key == "base_s") {
      ok = non_negative(&options->base_s, 1);
    } else if (key == "prompt_ms") {
      ok = non_negative(&options->prompt_s_per_token, 1e-3);
    } else if (key == "completion_ms") {
      ok = non_negative(&options->completion_s_per_token, 1e-3);
    } else if (key == "time_scale") {
      ok = non_negative(&options->time_scale, 1);
    } else if (key == "realtime") {
      options->realtime = v != 0;
    } else {
      *error = "sim: unknown option \"" + key + "\"";
      return false;
    }
    if (!ok) return false;
  }
  return true;
}

double SimulatedLatency(const SimOptions& options, std::int64_t prompt_tokens,
                        std::int64_t completion_tokens) {
  return options.base_s + options.prompt_s_per_token * static_cast<double>(prompt_tokens) +
         options.completion_s_per_token * static_cast<double>(completion_tokens);
}

namespace sim {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    lines.emplace_back(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  return lines;
}

// A trailing paragraph an engine adds to the task when it asks again: it
// talks about fields/steps wanted now or about a rejected answer.
bool IsRetryParagraph(std::string_view paragraph) {
  const std::string p = Lower(paragraph);
  const bool names_fields = p.find("field") != std::string::npos || p.find("member") != std::string::npos ||
                           p.find("key") != std::string::npos;
  const bool about_fields = names_fields && (p.find("only") != std::string::npos || p.find("needed") != std::string::npos ||
                                             p.find("exactly") != std::string::npos);
  return about_fields || p.find("rejected") != std::string::npos || p.find("previous answer") != std::string::npos;
}

TaskView ReadTask(const ChatRequest& request) {
  TaskView task;
  std::size_t first = request.messages.size();
  for (std::size_t i = 0; i < request.messages.size(); ++i) {
    if (request.messages[i].role == "user") {
      first = i;
      break;
    }
  }
  if (first == request.messages.size()) return task;
  task.prompt = request.messages[first].content;
  for (std::size_t cut = task.prompt.rfind("\n\n"); cut != std::string::npos && cut > 0;
       cut = task.prompt.rfind("\n\n")) {
    const std::string_view tail = std::string_view(task.prompt).substr(cut + 2);
    if (!IsRetryParagraph(tail)) break;
    task.retry_note = std::string(tail) + (task.retry_note.empty() ? "" : "\n\n" + task.retry_note);
    task.prompt.resize(cut);
    task.retry = true;
  }
  for (std::size_t i = first + 1; i + 1 < request.messages.size(); ++i) {
    if (request.messages[i].role != "assistant" || request.messages[i + 1].role != "user") continue;
    task.previous = request.messages[i].content;
    task.followup = request.messages[i + 1].content;
    const std::string f = Lower(task.followup);
    task.continuation = f.find("continue") != std::string::npos || f.find("next step") != std::string::npos;
    task.retry = true;
  }
  return task;
}

}  // namespace sim

ChatResponse SimulateCompletion(const SimOptions& options, const ChatRequest& request,
                                SimTrace* trace) {
  SimTrace local;
  if (trace == nullptr) trace = &local;
  *trace = SimTrace{};
  const sim::TaskView task = sim::ReadTask(request);
  // The prompt's own generator decides the first answer's mistake; a retry
  // of the same prompt repeats that draw with probability sticky_rate.
  sim::Rng style(options.seed ^ RequestHash(request));
  style.Next();  // decorrelate from the raw xor
  sim::Rng first(options.seed ^ Fnv1a(task.prompt) ^ 0x5bd1e9955bd1e995ULL);
  first.Next();
  sim::Rng fresh(style.Next());
  trace->retry = task.retry;
  const bool sticky = task.retry && style.Chance(options.sticky_rate);
  sim::Draws draws{task.retry && !sticky ? fresh : first, style};
  sim::Answer answer;
  if (sim::AnswerJsonExtract(options, request, task, draws, &answer, trace)) {
    trace->task = "json_extract";
  } else if (sim::AnswerLinearEquation(options, task, draws, &answer, trace)) {
    trace->task = "linear_equation";
  } else {
    trace->task = "unknown";
    answer.content = "I can only solve linear equations and extract labelled fields.";
  }
  trace->sticky = sticky && !trace->mistake.empty();
  ChatResponse response;
  response.content = std::move(answer.content);
  response.finish_reason = answer.truncated ? "length" : "stop";
  if (request.max_tokens > 0 &&
      EstimateTokens(response.content) > static_cast<std::int64_t>(request.max_tokens)) {
    response.content.resize(static_cast<std::size_t>(request.max_tokens) * 4);
    response.finish_reason = "length";
  }
  response.simulated = true;
  response.model = options.model;
  EstimateUsageIfMissing(request, &response);
  response.latency_s = SimulatedLatency(options, response.usage.prompt_tokens,
                                        response.usage.completion_tokens);
  return response;
}

std::unique_ptr<Backend> OpenSimBackend(const SimOptions& options) {
  return std::make_unique<SimBackend>(options);
}

}  // namespace stepcache::engine
