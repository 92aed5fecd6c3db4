// kEquations: one step per non-blank line; a line whose text holds an
// equation carries it, with labels and surrounding prose stripped.
#include <cctype>

#include "equation_line_grammar.h"
#include "segmenters.h"
#include "stepcache/grammars/equation.h"

namespace stepcache::grammars {
namespace {

namespace pegtl = tao::pegtl;
namespace eg = equation_grammar;

// A line with many '=' (a table of results, a fuzzer) stays cheap: the first
// few candidates decide.
constexpr int kMaxEqualsTried = 4;

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Only '=' that stands alone: not "==", "=>", "<=", ">=", "!=".
bool IsLoneEquals(std::string_view line, std::size_t at) {
  if (at > 0 && std::string_view("=<>!").find(line[at - 1]) != std::string_view::npos) return false;
  if (at + 1 < line.size() && (line[at + 1] == '=' || line[at + 1] == '>')) return false;
  return true;
}

bool CanStartExpression(std::string_view line, std::size_t at, std::size_t window_begin) {
  const unsigned char c = static_cast<unsigned char>(line[at]);
  if (!(std::isalnum(c) || c == '(' || c == '+' || c == '-' || c == 0xE2)) return false;
  return at == window_begin || !IsAsciiAlnum(line[at - 1]);
}

// An equation needs something to solve for or compute: a digit or a
// one-letter variable ("x"), so "result = great" stays prose.
bool LooksMathematical(std::string_view eq) {
  for (std::size_t i = 0; i < eq.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(eq[i]);
    if (std::isdigit(c)) return true;
    if (std::isalpha(c) && (i == 0 || !IsAsciiAlnum(eq[i - 1])) &&
        (i + 1 == eq.size() || !IsAsciiAlnum(eq[i + 1]))) {
      return true;
    }
  }
  return false;
}

// Finds the equation around the '=' at `eq`: the longest expression ending
// just before it and the longest starting just after it, each within a
// bounded window.
std::optional<std::string_view> EquationAt(std::string_view line, std::size_t start,
                                           std::size_t eq) {
  const std::size_t window_begin = eq - start > eg::kEquationWindow ? eq - eg::kEquationWindow : start;
  std::size_t left = eq;
  for (std::size_t s = window_begin; s < eq; ++s) {
    if (!CanStartExpression(line, s, window_begin)) continue;
    internal::SliceInput in = internal::MakeInput(line.substr(s, eq - s));
    if (pegtl::parse<eg::whole_left_side>(in)) {
      left = s;
      break;
    }
  }
  if (left == eq) return std::nullopt;
  const std::size_t right_window = std::min(line.size() - (eq + 1), eg::kEquationWindow);
  internal::SliceInput in = internal::MakeInput(line.substr(eq + 1, right_window));
  if (!pegtl::parse<eg::leading_right_side>(in)) return std::nullopt;
  const std::size_t right_end = static_cast<std::size_t>(in.current() - line.data());
  std::string_view equation = line.substr(left, right_end - left);
  if (!LooksMathematical(equation)) return std::nullopt;
  return equation;
}

}  // namespace

std::optional<std::string_view> FindEquation(std::string_view line) {
  internal::SliceInput in = internal::MakeInput(line);
  std::size_t start = 0;
  if (pegtl::parse<eg::label>(in)) start = static_cast<std::size_t>(in.current() - line.data());
  int tried = 0;
  for (std::size_t at = line.find('=', start); at != std::string_view::npos && tried < kMaxEqualsTried;
       at = line.find('=', at + 1)) {
    if (!IsLoneEquals(line, at)) continue;
    ++tried;
    if (auto equation = EquationAt(line, start, at)) return equation;
  }
  return std::nullopt;
}

namespace internal {

void SegmentEquations(std::string_view text, Steps* steps) {
  ForEachLine(text, [&](std::size_t begin, std::size_t end) {
    std::string_view line = text.substr(begin, end - begin);
    if (IsBlank(line)) return;
    std::optional<std::string_view> equation = FindEquation(line);
    Step& step = AddStep(text, equation ? StepKind::kEquation : StepKind::kLine, begin, end, steps);
    if (equation) step.equation.assign(*equation);
  });
}

}  // namespace internal
}  // namespace stepcache::grammars
