// Finding the equation in one line of a worked solution.
//
// Pure function, thread-safe. Used by the kEquations segmenter and by task
// checks that read a single line.
#ifndef STEPCACHE_GRAMMARS_EQUATION_H_
#define STEPCACHE_GRAMMARS_EQUATION_H_

#include <optional>
#include <string_view>

namespace stepcache::grammars {

// Returns the first equation in `line` as a view into it, or nullopt. An
// equation is a maximal span holding exactly one '=' (never "==", "=>", "<=",
// ">=", "!=") with an arithmetic expression on each side: numbers, variables
// (single letters or identifiers), + - * / ^ ( ), spaces and the Unicode
// signs − – × ÷; implicit products such as "3x" and "2(x + 1)" are accepted.
// A leading step label ("Step 3:", "3.", "3)", "-", "*", "**Step 3:**") and
// surrounding prose are left out: "Therefore, the answer is x = 5." gives
// "x = 5". At least one side must hold a digit or a one-letter variable.
// Each side is searched within 160 bytes of the '=' and at most four '=' are
// tried per line, so the cost is linear in the line length.
std::optional<std::string_view> FindEquation(std::string_view line);

}  // namespace stepcache::grammars

#endif  // STEPCACHE_GRAMMARS_EQUATION_H_
