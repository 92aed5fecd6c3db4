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
#include <utility>

#include "stepcache/checks/rational.h"

namespace stepcache::checks {

// Parenthesis/unary-sign nesting allowed by the parser: deeper input is
// rejected with an error instead of recursing further.
constexpr std::size_t kMaxEquationDepth = 200;

// coefficient * variable + constant = 0, after moving everything left.
struct LinearEquation {
  std::string variable;   // empty when the equation has no variable (e.g. "5 = 5")
  Rational coefficient;
  Rational constant;
  // Filled by the parser (empty/zero when built by hand): the equation as
  // written, trimmed, and each side simplified to coefficient*x + constant.
  std::string text;
  Rational left_coefficient;
  Rational left_constant;
  Rational right_coefficient;
  Rational right_constant;
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

// A correct step-by-step solution of `equation`, one step per line, each
// labelled "Step N: " and holding an equation with the same solution; the
// last line is "Step N: <variable> = <value>". Deterministic. nullopt when
// the equation has no unique solution or an intermediate value overflows.
std::optional<std::string> SolveStepByStep(const LinearEquation& equation);

// True when `value` substituted for the variable makes both sides equal
// (exactly); nullopt on overflow.
std::optional<bool> Satisfies(const LinearEquation& equation, const Rational& value);

// True when both have the same variable and the same unique solution.
bool SameSolution(const LinearEquation& a, const LinearEquation& b);

// Whether a request holding `equation` asks for something other than the
// value of its variable: a number outside the equation (other than "Step
// 1"), the variable inside an expression ("-x", "2x", "x - 1", "1/x", "x
// squared"), an operation word ("double", "half of", "opposite"), or
// another variable ("Solve for y: 3x + 5 = 20"). *what names the first
// such thing. Such a request is verified only when it says plainly which
// expression to report (the final_answer check), and its cached answers
// are never reused for another request.
bool AsksForAnotherValue(std::string_view prompt, const LinearEquation& equation, std::string* what = nullptr);

// Whether a request holding `equation` asks for the solution to be checked
// ("Check the solution.", "Also verify your answer.", "Include a check at the
// end."; not "The teacher will check it tomorrow.", "No need to check."). Such
// a request is answered only by a working with a line that puts the value
// into the asked equation, and shares no answer with a request that does not
// ask for one.
bool AsksForACheck(std::string_view prompt, const LinearEquation& equation);

// The form a request asks its answer in: the working (kSteps: "step by
// step", "Show your work.", "Explain.", "one equation per line"), one line
// (kOneLine: "Keep it to a single line.", "Show no steps.", "Final answer
// only.", "Just give the result.", "nothing else"), the value alone
// (kValueOnly: "Bare number only.", "Respond with a number and nothing
// else.", "without 'x ='"), both a working and one line or the value alone
// (kBoth, which no answer can give), or none said (kAny). The answer must
// have that form: a stored working is no answer to a request for the value
// alone, nor a stored value alone to a request for the steps (round 262).
enum class AskedForm { kAny, kSteps, kOneLine, kValueOnly, kBoth };
AskedForm AskedFormOf(std::string_view prompt);

// The words of `prompt` that may ask for a check ("check", "verify", "prove",
// "confirm", "double", another language's), in order, each followed by a
// space, but those after a modal of another's ("The teacher will check it
// tomorrow."): two requests that say them differently share no answer,
// whether or not AsksForACheck reads them ("With check.", "Steps, answer,
// check.").
std::string CheckWordsIn(std::string_view prompt);

// The first word of a request holding `equation`, outside it, that is
// none of the words the checks read in such a request (English words that
// ask to solve it, show the work and state the value); empty when there is
// none. Such a request ("Runde svaret av til nærmeste heltall", "la moitié
// de x") is answered and checked, but not stored for reuse: what it asks
// beyond the value may not be read.
std::string UnreadRequestWord(std::string_view prompt, const LinearEquation& equation);

// What a worked solution says beside its equations that the checks do not
// read, quoted: a word outside the English words a step, a final line or a
// number is written with ("Odejmij dzieseć", "Halbiere", "a dozen", "the
// constant", "the t-term"), or an operation named without its number
// ("Divide by the right-hand side", "Move the constant across"); empty when
// there is none. `variable` is the request's. Such an answer is checked and
// served, but neither stored for reuse nor reused: what its lines say of
// their steps may be false, and no check reads it.
std::string UnreadWorkingWord(std::string_view answer, std::string_view variable);

// The byte offset and length of the first character in `text` that the
// equation reader does not read as part of a formula: vulgar fractions,
// superscripts and subscripts, no-break and thin spaces, '\\' (LaTeX),
// zero-width and direction marks, digits of other scripts, fullwidth forms,
// Roman, circled, keycap and mathematical digits. nullopt when none.
std::optional<std::pair<std::size_t, std::size_t>> UnreadFormulaCharacter(std::string_view text);

// A word that names an operation of a solution's step, in any of its forms
// ("subtract", "subtracting", "subtracted", "divide", "both", "sides",
// "simplify", "rearrange"): the core of the words that may explain a step
// around an equation.
bool IsStepOperationWord(std::string_view lowercase_word);

// What a line of a solution says right after an equation or a stated value
// that ends at byte `end` of `line`, when it may change the value: anything
// glued to it ("5k", "5!", "5%"), a character the equation reader does not
// read ("5\u00B2"), a sign of comparison or approximation ("\u00B1 1", "< 6"),
// a number ("or 6", "(i.e. 6)"), the (lowercase) `variable`, or any word
// but a remark on the answer ("is the solution", "which checks out") or an
// explanation of the step ("(dividing both sides by 3)"): "squared",
// "grand", "percent", "tenths" change it, and no list of such words is
// complete. "\u2248 5.33" passes when `value` is given and 5.33 is it rounded
// or cut to those decimals. Sentence punctuation and closing marks ("**",
// "$", "\\)") are nothing. Returns what it says, quoted, or empty.
std::string SaysMoreAfter(std::string_view line, std::size_t end, const std::optional<Rational>& value,
                          std::string_view variable);

// Removes a leading step label ("Step 3:", "Step one:", "3.", "3)", "- ", "* "), one
// set in Markdown ("### Step 1:", "**Step 1:**", "*Step 1:*", "__Step 1__",
// "### 2.", a whole line in bold) and surrounding whitespace from one line
// of a solution.
std::string_view StripStepLabel(std::string_view line);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_LINEAR_EQUATION_H_
