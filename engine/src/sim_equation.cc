// The simulated model's linear-equation answers: the exact step-by-step
// solution from the checks module, then (seeded) a small model's mistakes.
#include <optional>
#include <string>
#include <vector>

#include "sim_internal.h"
#include "stepcache/checks/linear_equation.h"

namespace stepcache::engine::sim {
namespace {

using checks::LinearEquation;
using checks::Rational;

std::vector<std::string> NonEmptyLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!checks::StripStepLabel(line).empty()) lines.emplace_back(line);
  }
  return lines;
}

std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

// Step bodies (labels stripped) of the exact solution of `eq`.
std::vector<std::string> ExactSteps(const LinearEquation& eq) {
  std::vector<std::string> bodies;
  const std::optional<std::string> steps = checks::SolveStepByStep(eq);
  if (!steps) return bodies;
  for (const std::string& line : NonEmptyLines(*steps)) {
    bodies.emplace_back(checks::StripStepLabel(line));
  }
  return bodies;
}

// Drops leading bodies that restate `already` (the step the caller has).
void DropRestated(std::vector<std::string>* bodies, std::string_view already) {
  const std::string key = Collapse(already);
  std::size_t n = 0;
  while (n < bodies->size() && Collapse((*bodies)[n]) == key) ++n;
  bodies->erase(bodies->begin(), bodies->begin() + static_cast<std::ptrdiff_t>(n));
}

std::optional<Rational> Nudge(const Rational& v, Rng& rng) {
  static constexpr int kDeltas[] = {1, -1, 2, -2, 3};
  return v.Add(Rational(kDeltas[rng.Below(5)]));
}

// An arithmetic slip: one number in a middle step is off, and every later
// step follows from the wrong line, so the final value is wrong too.
bool Slip(std::vector<std::string>* bodies, const std::string& variable, const Rational& truth,
          Rng& rng) {
  // Candidates: middle steps that still hold the variable on a side with
  // something else, so the slip has later steps to carry it. A slip in the
  // final division would only be a wrong final line.
  std::vector<std::size_t> candidates;
  for (std::size_t i = bodies->size() >= 3 ? 1 : 0; i + 1 < bodies->size(); ++i) {
    const std::string& b = (*bodies)[i];
    const bool solved_form = b.size() > variable.size() + 2 &&
                             b.compare(0, variable.size() + 3, variable + " = ") == 0;
    if (!solved_form) candidates.push_back(i);
  }
  if (candidates.empty()) return false;
  const std::size_t index = candidates[rng.Below(candidates.size())];
  const std::string& body = (*bodies)[index];
  std::vector<std::pair<std::size_t, std::size_t>> numbers;  // [begin, end)
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] >= '0' && body[i] <= '9') {
      std::size_t j = i;
      while (j < body.size() && body[j] >= '0' && body[j] <= '9') ++j;
      if (j - i <= 9) numbers.emplace_back(i, j);
      i = j;
    } else {
      ++i;
    }
  }
  if (numbers.empty()) return false;
  const std::size_t start = rng.Below(numbers.size());
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    const auto [b, e] = numbers[(start + k) % numbers.size()];
    const long long n = std::stoll(body.substr(b, e - b));
    const long long m = n >= 2 && rng.Chance(0.5) ? n - 1 : n + 1 + static_cast<long long>(rng.Below(2));
    const std::string changed = body.substr(0, b) + std::to_string(m) + body.substr(e);
    const std::optional<LinearEquation> eq = checks::ParseLinearEquation(changed);
    if (!eq) continue;
    const std::optional<Rational> value = checks::Solve(*eq);
    if (!value || *value == truth) continue;
    std::vector<std::string> tail = ExactSteps(*eq);
    if (tail.empty()) continue;
    DropRestated(&tail, changed);
    bodies->resize(index);
    bodies->push_back(changed);
    bodies->insert(bodies->end(), tail.begin(), tail.end());
    return true;
  }
  return false;
}

// The final line names a value that does not follow from the steps above it.
bool WrongFinal(std::vector<std::string>* bodies, const std::string& variable,
                const Rational& truth, Rng& rng) {
  const std::optional<Rational> wrong = Nudge(truth, rng);
  if (!wrong || bodies->empty()) return false;
  bodies->back() = variable + " = " + wrong->ToString();
  return true;
}

std::string Prose(const std::string& variable, const Rational& truth) {
  return "Moving the terms with " + variable +
         " to one side and the numbers to the other, then dividing by the coefficient, "
         "we find that " + variable + " is " + truth.ToString() + ".";
}

}  // namespace

bool AnswerLinearEquation(const SimOptions& options, const ChatRequest& request, Rng& rng,
                          Answer* answer, SimTrace* trace) {
  // The task's equation: the first user message that states one.
  std::optional<LinearEquation> equation;
  std::size_t equation_message = 0;
  for (std::size_t i = 0; i < request.messages.size() && !equation; ++i) {
    if (request.messages[i].role != "user") continue;
    equation = checks::FindEquationInPrompt(request.messages[i].content);
    equation_message = i;
  }
  if (!equation) return false;
  const std::optional<Rational> truth = checks::Solve(*equation);
  if (!truth) return false;

  // Continuation: an assistant message after the task holds the verified
  // prefix; go on from its last line.
  std::vector<std::string> bodies;
  std::size_t first_number = 1;
  for (std::size_t i = request.messages.size(); i-- > equation_message + 1;) {
    if (request.messages[i].role != "assistant") continue;
    const std::vector<std::string> prefix = NonEmptyLines(request.messages[i].content);
    if (prefix.empty()) break;
    const std::string last(checks::StripStepLabel(prefix.back()));
    const std::optional<LinearEquation> from = checks::ParseLinearEquation(last);
    if (!from || !checks::Solve(*from)) break;
    bodies = ExactSteps(*from);
    DropRestated(&bodies, last);
    if (bodies.empty()) bodies.push_back(last);  // nothing left: restate the answer
    first_number = prefix.size() + 1;
    trace->region = true;
    break;
  }
  if (bodies.empty()) bodies = ExactSteps(*equation);
  if (bodies.empty()) return false;

  bool prose = false;
  if (rng.Chance(options.error_rate)) {
    // Weights: slips are the typical small-model failure on algebra.
    const std::uint64_t pick = rng.Below(10);
    if (pick >= 8) {
      prose = true;
      trace->mistake = "prose";
    } else if (pick < 5 && Slip(&bodies, equation->variable, *truth, rng)) {
      trace->mistake = "slip";
    } else if (WrongFinal(&bodies, equation->variable, *truth, rng)) {
      trace->mistake = "wrong_final";
    }
  }
  if (prose) {
    answer->content = Prose(equation->variable, *truth);
    return true;
  }
  std::string out;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    if (i > 0) out += '\n';
    out += "Step " + std::to_string(first_number + i) + ": " + bodies[i];
  }
  answer->content = std::move(out);
  return true;
}

}  // namespace stepcache::engine::sim
