// Linear equations in one variable: parsing with exact rational arithmetic,
// solving, and a deterministic step-by-step solver.
//
// Accepted syntax: integers, decimals, fractions (3/2, x/6), parentheses,
// implicit multiplication (3x, 2(x + 1), (x+1)(2)), unary minus, + - * /,
// and the Unicode minus and multiplication signs. Input that is non-linear
// (x*x, 1/x), names two variables, or has no single "=" is rejected with a
// reason. Pure functions, thread-safe.
#ifndef STEPCACHE_CHECKS_LINEAR_EQUATION_H_
#define STEPCACHE_CHECKS_LINEAR_EQUATION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "stepcache/checks/rational.h"

namespace stepcache::checks {

// coefficient * variable + constant = 0, after moving everything left.
struct LinearEquation {
  std::string variable;   // empty when the equation has no variable (e.g. "5 = 5")
  Rational coefficient;
  Rational constant;
};

struct EquationError {
  std::string message;    // e.g. "non-linear term: x multiplied by x"
  std::size_t offset = 0; // byte offset into the parsed text
};

// Parses one equation ("3x + 5 = 2(x - 1)"). Text around it is not allowed.
std::optional<LinearEquation> ParseLinearEquation(std::string_view text,
                                                  EquationError* error = nullptr);

// The unique solution; nullopt when there is none or infinitely many.
std::optional<Rational> Solve(const LinearEquation& equation);

// Finds the equation a request asks to solve inside free prose such as
// "Solve for x: 3x + 5 = 20. Show your steps." and parses it.
std::optional<LinearEquation> FindEquationInPrompt(std::string_view prompt,
                                                   EquationError* error = nullptr);

// A correct step-by-step solution of `equation`, one step per line, ending
// with the line "<variable> = <value>". nullopt when it has no unique solution.
std::optional<std::string> SolveStepByStep(const LinearEquation& equation);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_LINEAR_EQUATION_H_
