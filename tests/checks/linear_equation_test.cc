#include "stepcache/checks/linear_equation.h"

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stepcache::checks {
namespace {

Rational R(std::int64_t n, std::int64_t d = 1) { return *Rational::Make(n, d); }

std::optional<Rational> SolveText(const std::string& text) {
  std::optional<LinearEquation> eq = ParseLinearEquation(text);
  if (!eq) return std::nullopt;
  return Solve(*eq);
}

TEST(LinearEquationTest, ParsesAndSolves) {
  struct Case {
    const char* text;
    Rational solution;
  } cases[] = {
      {"3x + 5 = 20", R(5)},
      {"2(y - 3) = 4y + 1", R(-7, 2)},
      {"n/4 + 2 = 7", R(20)},
      {"x/6 = 3/2", R(9)},
      {"0.5x - 1.25 = 0", R(5, 2)},
      {"-x = 4", R(-4)},
      {"-(x + 1) = 3", R(-4)},
      {"2 * -x = 8", R(-4)},
      {"3(2x + 1) - 2(x - 4) = 19", R(2)},
      {"(x + 1)(2) = 10", R(4)},
      {"2 x + 1 = 7", R(3)},
      {"3/2x = 3", R(2)},
      {"x = 5", R(5)},
      {"5 = x", R(5)},
      {"7 = 2x - 3", R(5)},
      {"((((x)))) = 1", R(1)},
      {"2\xE2\x88\x92x = 1", R(1)},             // U+2212 minus
      {"3\xC3\x97x = 12", R(4)},                // U+00D7 times
      {"x \xC3\xB7 4 = 2", R(8)},               // U+00F7 divide
      {"  x+1=2  ", R(1)},
      {"x - x/2 = 3", R(6)},
  };
  for (const Case& c : cases) {
    EquationError error;
    std::optional<LinearEquation> eq = ParseLinearEquation(c.text, &error);
    ASSERT_TRUE(eq) << c.text << ": " << error.message << " at " << error.offset;
    std::optional<Rational> s = Solve(*eq);
    ASSERT_TRUE(s) << c.text;
    EXPECT_EQ(*s, c.solution) << c.text << " gave " << s->ToString();
    EXPECT_TRUE(Satisfies(*eq, c.solution).value_or(false)) << c.text;
  }
}

TEST(LinearEquationTest, RejectsWithReasonAndOffset) {
  struct Case {
    const char* text;
    const char* reason_part;
    std::size_t offset;
  } cases[] = {
      {"(x+1)(x-1) = 3", "non-linear", 5},
      {"x*x = 4", "non-linear", 1},
      {"xx = 4", "non-linear", 1},
      {"1/x = 2", "division by an expression", 1},
      {"x + y = 3", "more than one variable: x and y", 4},
      {"2xy = 3", "more than one variable", 2},
      {"x^2 = 4", "exponents", 1},
      {"3x + 5", "expected '='", 6},
      {"x = 1 = 1", "more than one '='", 6},
      {"x / 0 = 1", "division by zero", 2},
      {"(x + 1 = 2", "unclosed '('", 0},
      {"x + 1) = 2", "unbalanced ')'", 5},
      {"solve x = 2", "unexpected word 'solve'", 0},
      {"x = ", "text ended", 4},
      {"= 3", "before '='", 0},
      {"x = 3 4", "two numbers", 6},
      {"x = 99999999999999999999", "too large", 4},
      {"x # 3 = 1", "unexpected character", 2},
  };
  for (const Case& c : cases) {
    EquationError error;
    EXPECT_FALSE(ParseLinearEquation(c.text, &error)) << c.text;
    EXPECT_NE(error.message.find(c.reason_part), std::string::npos)
        << c.text << ": got \"" << error.message << "\"";
    EXPECT_EQ(error.offset, c.offset) << c.text << ": " << error.message;
  }
}

TEST(LinearEquationTest, NoUniqueSolution) {
  EXPECT_FALSE(SolveText("x + 1 = x + 2"));
  EXPECT_FALSE(SolveText("2x = 2x"));
  EXPECT_FALSE(SolveText("5 = 5"));
  std::optional<LinearEquation> eq = ParseLinearEquation("5 = 5");
  ASSERT_TRUE(eq);
  EXPECT_TRUE(eq->variable.empty());
  EXPECT_TRUE(eq->constant.is_zero());
  EXPECT_FALSE(SolveStepByStep(*ParseLinearEquation("x + 1 = x + 2")));
}

TEST(LinearEquationTest, DeepNestingIsAnErrorNotACrash) {
  for (const std::string& open : {std::string("("), std::string("-"), std::string("+ ")}) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += open;
    text += "x";
    if (open == "(") text += std::string(100000, ')');
    text += " = 1";
    EquationError error;
    EXPECT_FALSE(ParseLinearEquation(text, &error));
    EXPECT_NE(error.message.find("nesting deeper"), std::string::npos) << error.message;
  }
  std::string ok = std::string(kMaxEquationDepth, '(') + "x" + std::string(kMaxEquationDepth, ')') + " = 1";
  EXPECT_TRUE(ParseLinearEquation(ok));
}

TEST(LinearEquationTest, OverflowIsAnError) {
  EquationError error;
  EXPECT_FALSE(ParseLinearEquation("9223372036854775807x * 2 = 1", &error));
  EXPECT_NE(error.message.find("too large"), std::string::npos);
}

TEST(LinearEquationTest, FindsTheEquationInProse) {
  struct Case {
    const char* prompt;
    const char* text;
    const char* variable;
  } cases[] = {
      {"Solve for x: 3x + 5 = 20. Show each step.", "3x + 5 = 20", "x"},
      {"Find y if 2(y - 3) = 4y + 1", "2(y - 3) = 4y + 1", "y"},
      {"What value of n satisfies n/4 + 2 = 7?", "n/4 + 2 = 7", "n"},
      {"Solve for x 2x = 3/2x + 1 please", "2x = 3/2x + 1", "x"},
      {"If a 3x = 6, what is x?", "3x = 6", "x"},
      {"Solve the equation\n4.5 = 1.5k\nand explain.", "4.5 = 1.5k", "k"},
      {"Solve: -(x - 4)/3 = 2x.", "-(x - 4)/3 = 2x", "x"},
      {"Given that 3 \xC3\x97 (z \xE2\x88\x92 2) = 9, find z.", "3 \xC3\x97 (z \xE2\x88\x92 2) = 9", "z"},
      {"Compute 2 + 2 = 4 first; then solve 5m = 10.", "5m = 10", "m"},
  };
  for (const Case& c : cases) {
    EquationError error;
    std::optional<LinearEquation> eq = FindEquationInPrompt(c.prompt, &error);
    ASSERT_TRUE(eq) << c.prompt << ": " << error.message;
    EXPECT_EQ(eq->text, c.text) << c.prompt;
    EXPECT_EQ(eq->variable, c.variable) << c.prompt;
  }
}

TEST(LinearEquationTest, FindRejectsWithReason) {
  EquationError error;
  EXPECT_FALSE(FindEquationInPrompt("Tell me a joke.", &error));
  EXPECT_NE(error.message.find("no equation"), std::string::npos);
  EXPECT_FALSE(FindEquationInPrompt("Solve (x+1)(x-1) = 3 for x", &error));
  EXPECT_NE(error.message.find("non-linear"), std::string::npos) << error.message;
  EXPECT_EQ(error.offset, 11u);  // offsets are into the prompt
  // Trimming must never drop an operand: "x + y = 3" is not "y = 3".
  EXPECT_FALSE(FindEquationInPrompt("Solve x + y = 3.", &error));
  EXPECT_NE(error.message.find("more than one variable"), std::string::npos) << error.message;
}

TEST(LinearEquationTest, FindSkipsHugeCandidates) {
  std::string prompt = "Solve " + std::string(100000, '7') + "x = 1 and then 2x = 4.";
  EquationError error;
  std::optional<LinearEquation> eq = FindEquationInPrompt(prompt, &error);
  ASSERT_TRUE(eq) << error.message;
  EXPECT_EQ(eq->text, "2x = 4");
  EXPECT_FALSE(FindEquationInPrompt(std::string(100000, '9') + "x = 1", &error));
  EXPECT_NE(error.message.find("longer than"), std::string::npos) << error.message;
}

TEST(LinearEquationTest, StepByStepMatchesTheExample) {
  std::optional<LinearEquation> eq = FindEquationInPrompt("Solve for x: 3x + 5 = 20. Show each step.");
  ASSERT_TRUE(eq);
  EXPECT_EQ(*SolveStepByStep(*eq),
            "Step 1: 3x + 5 = 20\n"
            "Step 2: 3x = 20 - 5\n"
            "Step 3: 3x = 15\n"
            "Step 4: x = 15/3\n"
            "Step 5: x = 5");
}

TEST(LinearEquationTest, StepByStepFromHandBuiltEquation) {
  LinearEquation eq;
  eq.variable = "t";
  eq.coefficient = R(2);
  eq.constant = R(-7);
  std::optional<std::string> text = SolveStepByStep(eq);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("t = 3.5"), std::string::npos) << *text;
}

TEST(LinearEquationTest, StripStepLabel) {
  EXPECT_EQ(StripStepLabel("Step 3: x = 5"), "x = 5");
  EXPECT_EQ(StripStepLabel("  step 12. 2x = 4  "), "2x = 4");
  EXPECT_EQ(StripStepLabel("3) x = 1"), "x = 1");
  EXPECT_EQ(StripStepLabel("4. x = 1."), "x = 1");
  EXPECT_EQ(StripStepLabel("- x = 2"), "x = 2");
  EXPECT_EQ(StripStepLabel("3.5x = 7"), "3.5x = 7");
}

// Every line of every generated solution is an equation with the request's
// solution, the last states it, and the solution satisfies the request.
void CheckSolution(const LinearEquation& eq, const std::string& label) {
  std::optional<Rational> solution = Solve(eq);
  ASSERT_TRUE(solution) << label;
  EXPECT_TRUE(Satisfies(eq, *solution).value_or(false)) << label;
  std::optional<std::string> steps = SolveStepByStep(eq);
  ASSERT_TRUE(steps) << label;
  ASSERT_EQ(steps, SolveStepByStep(eq)) << "deterministic";
  std::istringstream lines(*steps);
  std::string line, last;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    ASSERT_EQ(line.rfind("Step " + std::to_string(n) + ": ", 0), 0u) << line;
    EquationError error;
    std::optional<LinearEquation> step = ParseLinearEquation(StripStepLabel(line), &error);
    ASSERT_TRUE(step) << label << "\n" << *steps << "\nline: " << line << ": " << error.message;
    EXPECT_TRUE(SameSolution(eq, *step)) << label << "\n" << *steps << "\nline: " << line;
    last = std::string(StripStepLabel(line));
  }
  EXPECT_GE(n, 2) << *steps;
  EXPECT_EQ(last, eq.variable + " = " + solution->ToString()) << *steps;
}

TEST(LinearEquationTest, SolverRoundTripOnGeneratedEquations) {
  std::mt19937 rng(42);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const char* vars[] = {"x", "y", "n", "k", "t"};
  int generated = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string v = vars[pick(0, 4)];
    int a = pick(-12, 12), b = pick(-30, 30), c = pick(-12, 12), d = pick(-30, 30), m = pick(1, 9);
    std::string text;
    switch (i % 6) {
      case 0: text = std::to_string(a) + v + " + " + std::to_string(b) + " = " + std::to_string(d); break;
      case 1: text = std::to_string(m) + "(" + v + " - " + std::to_string(b) + ") = " + std::to_string(c) + v + " + " + std::to_string(d); break;
      case 2: text = v + "/" + std::to_string(m) + " + " + std::to_string(b) + " = " + std::to_string(d); break;
      case 3: text = std::to_string(a) + "." + std::to_string(m) + v + " - " + std::to_string(b) + " = " + std::to_string(c) + v; break;
      case 4: text = "-(" + std::to_string(a) + v + " + " + std::to_string(b) + ")/" + std::to_string(m) + " = " + std::to_string(d) + " - " + v; break;
      case 5: text = std::to_string(b) + " = " + std::to_string(a) + " * (" + std::to_string(c) + " - " + v + ")"; break;
    }
    EquationError error;
    std::optional<LinearEquation> eq = ParseLinearEquation(text, &error);
    ASSERT_TRUE(eq) << text << ": " << error.message;
    if (!Solve(*eq)) {
      EXPECT_FALSE(SolveStepByStep(*eq)) << text;
      continue;
    }
    ++generated;
    CheckSolution(*eq, text);
  }
  EXPECT_GT(generated, 2500);
}

}  // namespace
}  // namespace stepcache::checks
