// PEGTL rules for one line of a worked solution: an optional step label
// ("Step 3:", "3.", "3)", "-", "*", "**Step 3:**") and arithmetic expressions
// over numbers, variables, + - * / ^ ( ) and the Unicode signs − – × ÷.
//
// `group` recurses through `expression` once per parenthesis level; callers
// only ever hand it a window of at most kEquationWindow bytes, which bounds
// that recursion to half as many levels.
#ifndef STEPCACHE_GRAMMARS_SRC_EQUATION_LINE_GRAMMAR_H_
#define STEPCACHE_GRAMMARS_SRC_EQUATION_LINE_GRAMMAR_H_

#include <cstddef>

#include <tao/pegtl.hpp>

namespace stepcache::grammars::equation_grammar {

namespace pegtl = tao::pegtl;

inline constexpr std::size_t kEquationWindow = 160;

struct space : pegtl::one<' ', '\t'> {};
struct spaces : pegtl::star<space> {};

// Step labels.
struct bold_mark : TAO_PEGTL_STRING("**") {};
struct step_word : TAO_PEGTL_ISTRING("step") {};
struct step_label : pegtl::seq<step_word, pegtl::plus<space>, pegtl::plus<pegtl::digit>,
                               pegtl::opt<pegtl::one<':', '.', ')'>>> {};
struct number_label : pegtl::seq<pegtl::plus<pegtl::digit>, pegtl::one<'.', ')'>,
                                 pegtl::sor<space, pegtl::eof>> {};
struct bullet_dot : TAO_PEGTL_STRING("\xE2\x80\xA2") {};  // •
struct bullet_label : pegtl::seq<pegtl::sor<pegtl::one<'-', '*', '+'>, bullet_dot>,
                                 pegtl::sor<space, pegtl::eof>> {};
struct label : pegtl::seq<spaces, pegtl::opt<bold_mark>,
                          pegtl::sor<step_label, number_label, bullet_label>,
                          pegtl::opt<bold_mark>, spaces> {};

// Arithmetic.
// U+2212, and the en dash written in its place (as the equation parser
// of the checks reads it: "9(x – 10) = –54").
struct minus_sign : TAO_PEGTL_STRING("\xE2\x88\x92") {};  // −
struct en_dash : TAO_PEGTL_STRING("\xE2\x80\x93") {};     // –
struct unicode_minus : pegtl::sor<minus_sign, en_dash> {};
struct times_sign : TAO_PEGTL_STRING("\xC3\x97") {};         // ×
struct divide_sign : TAO_PEGTL_STRING("\xC3\xB7") {};        // ÷
struct sign : pegtl::sor<pegtl::one<'+', '-'>, unicode_minus> {};
struct binary_operator : pegtl::sor<pegtl::one<'+', '-', '*', '/', '^'>, unicode_minus,
                                    times_sign, divide_sign> {};
struct decimal_number : pegtl::seq<pegtl::plus<pegtl::digit>,
                                   pegtl::opt<pegtl::one<'.'>, pegtl::plus<pegtl::digit>>> {};
struct identifier : pegtl::seq<pegtl::alpha, pegtl::star<pegtl::sor<pegtl::alnum, pegtl::one<'_'>>>> {};
struct expression;
struct group : pegtl::seq<pegtl::one<'('>, spaces, expression, spaces, pegtl::one<')'>> {};
// "3x" and "2(x + 1)" multiply implicitly; "answer is x" does not parse.
struct coefficient_term : pegtl::seq<decimal_number, pegtl::opt<identifier>> {};
struct atom : pegtl::sor<coefficient_term, identifier, group> {};
struct factor : pegtl::seq<atom, pegtl::star<group>> {};
struct signed_factor : pegtl::seq<pegtl::star<sign, spaces>, factor> {};
struct expression : pegtl::seq<signed_factor,
                               pegtl::star<spaces, binary_operator, spaces, signed_factor>> {};

// One side of an equation, filling its whole window.
struct whole_left_side : pegtl::seq<expression, spaces, pegtl::eof> {};
// The longest expression at the start of the right side's window.
struct leading_right_side : pegtl::seq<spaces, expression> {};

}  // namespace stepcache::grammars::equation_grammar

#endif  // STEPCACHE_GRAMMARS_SRC_EQUATION_LINE_GRAMMAR_H_
