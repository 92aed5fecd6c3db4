// Whether a working checks its value: a line that puts the value into the
// asked equation's sides ("Check: 3(5) + 5 = 20", "4 \u00D7 6 + 6 = 30",
// "Left: 2(3) + 11 = 17"). A request that asks for a check ("Check the
// solution.") is answered only by a working that holds one.
//
// A side is checked by a run of arithmetic beside an equals sign that is
// the side as the request writes it, each letter of the variable replaced
// by the value — bracketed after a factor ("3(5)", "3(-2)"), or bare after
// an explicit product sign or where no factor stands ("3 \u00D7 5", "5 + 5")
// — and that the equation reader gives the side's value at the solution.
// Every side with the variable must be checked so; a side that is a number
// needs no line of its own (the line's own arithmetic is judged step by
// step). Anything else, a check in words or of another value, is none.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/checks/linear_equation.h"
#include "verifiers.h"

namespace stepcache::checks::internal {
namespace {

enum class Lex { kNumber, kVariable, kOperator, kOpen, kClose, kEquals, kOther };

struct Lexeme {
  Lex kind;
  std::string text;  // an operator written one way: '+', '-', '*', '/'
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The lexemes of `s`: numbers ("12", "3.5"), words (the variable, or
// another word), the four operations in their signs (U+2212 a minus,
// U+00D7 a product, U+00F7 a division), brackets and
// equals signs; spaces and tabs skipped; anything else a lexeme of its own
// that no run of arithmetic crosses.
std::vector<Lexeme> Lexemes(std::string_view s, std::string_view var) {
  static constexpr std::pair<std::string_view, char> kSigns[] = {
      {"\xE2\x88\x92", '-'}, {"\xC3\x97", '*'}, {"\xC3\xB7", '/'}, {"+", '+'}, {"-", '-'}, {"*", '*'}, {"/", '/'}};
  std::vector<Lexeme> out;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    if (IsDigit(c)) {
      while (i < s.size() && IsDigit(s[i])) ++i;
      if (i + 1 < s.size() && s[i] == '.' && IsDigit(s[i + 1])) {
        ++i;
        while (i < s.size() && IsDigit(s[i])) ++i;
      }
      out.push_back({Lex::kNumber, std::string(s.substr(begin, i - begin)), begin, i});
      continue;
    }
    if (IsAsciiLetter(c)) {
      while (i < s.size() && IsAsciiLetter(s[i])) ++i;
      const std::string_view word = s.substr(begin, i - begin);
      out.push_back({word == var ? Lex::kVariable : Lex::kOther, std::string(word), begin, i});
      continue;
    }
    bool sign = false;
    for (const auto& [text, op] : kSigns) {
      if (s.substr(i, text.size()) == text) {
        out.push_back({Lex::kOperator, std::string(1, op), begin, i + text.size()});
        i += text.size();
        sign = true;
        break;
      }
    }
    if (sign) continue;
    const Lex kind = c == '(' ? Lex::kOpen : c == ')' ? Lex::kClose : c == '=' ? Lex::kEquals : Lex::kOther;
    // (One byte of another character is enough to part two runs.)
    out.push_back({kind, std::string(1, c), begin, i + 1});
    ++i;
  }
  return out;
}

bool IsProductSign(const Lexeme& l) { return l.kind == Lex::kOperator && l.text == "*"; }

// The value written at c[*j]: "(5)", "(-2)", "(7/2)" or, where `bare`
// allows it, "5", and "-2" where `bare_sign` does too. Advances *j past it.
std::optional<Rational> ValueAt(const std::vector<Lexeme>& c, std::size_t* j, bool bare, bool bare_sign) {
  std::size_t k = *j;
  const bool open = k < c.size() && c[k].kind == Lex::kOpen;
  if (open) {
    ++k;
  } else if (!bare) {
    return std::nullopt;
  }
  std::string text;
  if (k < c.size() && c[k].kind == Lex::kOperator && (c[k].text == "-" || c[k].text == "+")) {
    if (!open && !bare_sign) return std::nullopt;
    if (c[k].text == "-") text = "-";
    ++k;
  }
  if (k >= c.size() || c[k].kind != Lex::kNumber) return std::nullopt;
  text += c[k++].text;
  if (open && k + 1 < c.size() && c[k].kind == Lex::kOperator && c[k].text == "/" && c[k + 1].kind == Lex::kNumber) {
    text += "/" + c[k + 1].text;
    k += 2;
  }
  if (open) {
    if (k >= c.size() || c[k].kind != Lex::kClose) return std::nullopt;
    ++k;
  }
  *j = k;
  return Rational::Parse(text);
}

// Whether `c` is the side `r` with the variable replaced by one value, the
// same at each place: `*value` when it is set, else any, which it is set to.
bool Substitutes(const std::vector<Lexeme>& r, const std::vector<Lexeme>& c, std::optional<Rational>* value) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const bool factor_before = i > 0 && (r[i - 1].kind == Lex::kNumber || r[i - 1].kind == Lex::kClose);
    switch (r[i].kind) {
      case Lex::kVariable: {
        bool product = false;
        if (factor_before && j < c.size() && IsProductSign(c[j])) {
          ++j;
          product = true;
        }
        // A bare value after a factor with no sign between would join it
        // ("3" and "5" as "35"); a bare minus there would read as a
        // subtraction ("3-2" for 3x at -2).
        const bool bare = !factor_before || product;
        const bool after_operator = i == 0 || r[i - 1].kind == Lex::kOperator || r[i - 1].kind == Lex::kOpen;
        const std::optional<Rational> v = ValueAt(c, &j, bare, bare && (product || after_operator));
        if (!v || (value->has_value() && *v != **value)) return false;
        *value = v;
        // A value glued to what follows ("5(2)") is no substitution.
        if (j < c.size() && (c[j].kind == Lex::kNumber || c[j].kind == Lex::kOpen)) return false;
        break;
      }
      case Lex::kNumber: {
        if (j >= c.size() || c[j].kind != Lex::kNumber) return false;
        const std::optional<Rational> a = Rational::Parse(r[i].text), b = Rational::Parse(c[j].text);
        if (!a || !b || *a != *b) return false;
        ++j;
        break;
      }
      case Lex::kOpen:
        if (factor_before && j < c.size() && IsProductSign(c[j])) ++j;  // "4 \u00D7 (6 + 1)" for 4(x + 1)
        [[fallthrough]];
      case Lex::kOperator:
      case Lex::kClose:
        if (j >= c.size() || c[j].kind != r[i].kind || c[j].text != r[i].text) return false;
        ++j;
        break;
      case Lex::kEquals:
      case Lex::kOther:
        return false;
    }
  }
  return j == c.size();
}

bool InRun(const Lexeme& l) {
  return l.kind == Lex::kNumber || l.kind == Lex::kOperator || l.kind == Lex::kOpen || l.kind == Lex::kClose;
}

// The request's two sides in lexemes; empty when a character of it is none
// the lexemes read (then no check of it can be read either).
std::vector<std::vector<Lexeme>> RequestSides(const LinearEquation& request) {
  std::vector<std::vector<Lexeme>> sides(1);
  for (const Lexeme& l : Lexemes(request.text, request.variable)) {
    if (l.kind == Lex::kOther) return {};
    if (l.kind == Lex::kEquals) {
      sides.emplace_back();
    } else {
      sides.back().push_back(l);
    }
  }
  if (sides.size() != 2) return {};
  return sides;
}

bool HasVariable(const std::vector<Lexeme>& side) {
  for (const Lexeme& l : side) {
    if (l.kind == Lex::kVariable) return true;
  }
  return false;
}

// A run of arithmetic lexemes on a line, and whether an equals sign stands
// at either end of it.
struct Run {
  std::vector<Lexeme> lexemes;
  bool beside_equals = false;
};

std::vector<Run> RunsOf(const std::vector<Lexeme>& lexemes) {
  std::vector<Run> runs;
  for (std::size_t b = 0; b < lexemes.size();) {
    if (!InRun(lexemes[b])) {
      ++b;
      continue;
    }
    std::size_t e = b;
    while (e < lexemes.size() && InRun(lexemes[e])) ++e;
    Run run;
    run.lexemes.assign(lexemes.begin() + static_cast<std::ptrdiff_t>(b), lexemes.begin() + static_cast<std::ptrdiff_t>(e));
    run.beside_equals = (b > 0 && lexemes[b - 1].kind == Lex::kEquals) ||
                        (e < lexemes.size() && lexemes[e].kind == Lex::kEquals);
    runs.push_back(std::move(run));
    b = e;
  }
  return runs;
}

// Which sides holding the variable `line` puts `value` into (bit 0 the
// left, bit 1 the right).
unsigned SidesPutIn(std::string_view line, const LinearEquation& request,
                    const std::vector<std::vector<Lexeme>>& sides, const Rational& value) {
  const std::optional<Rational> left = request.left_coefficient.Mul(value);
  const std::optional<Rational> right = request.right_coefficient.Mul(value);
  const std::optional<Rational> at[2] = {left ? left->Add(request.left_constant) : std::nullopt,
                                          right ? right->Add(request.right_constant) : std::nullopt};
  unsigned put = 0;
  // Each run of arithmetic beside an equals sign.
  for (const Run& r : RunsOf(Lexemes(line, request.variable))) {
    if (!r.beside_equals) continue;
    const std::vector<Lexeme>& run = r.lexemes;
    const std::optional<LinearEquation> read =
        ParseLinearEquation(std::string(line.substr(run.front().begin, run.back().end - run.front().begin)) + " = 0");
    for (unsigned s = 0; s < 2; ++s) {
      if (!read || !read->variable.empty() || !at[s] || !HasVariable(sides[s])) continue;
      std::optional<Rational> put_in = value;
      if (read->left_coefficient.is_zero() && read->left_constant == *at[s] && Substitutes(sides[s], run, &put_in)) {
        put |= 1u << s;
      }
    }
  }
  return put;
}

}  // namespace

bool ChecksTheValue(const grammars::Steps& steps, const LinearEquation& request, const Rational& solution) {
  const std::vector<std::vector<Lexeme>> sides = RequestSides(request);
  if (sides.empty()) return false;
  // A side that is a number needs no line of its own.
  unsigned put = (HasVariable(sides[0]) ? 0u : 1u) | (HasVariable(sides[1]) ? 0u : 2u);
  if (put == 3) return false;
  for (const grammars::Step& step : steps) {
    put |= SidesPutIn(step.text, request, sides, solution);
    if (put == 3) return true;
  }
  return false;
}

std::optional<Rational> ValuePutIn(std::string_view line, const LinearEquation& request) {
  const std::vector<std::vector<Lexeme>> sides = RequestSides(request);
  if (sides.empty()) return std::nullopt;
  for (const Run& run : RunsOf(Lexemes(line, request.variable))) {
    for (const std::vector<Lexeme>& side : sides) {
      std::optional<Rational> put_in;
      if (HasVariable(side) && Substitutes(side, run.lexemes, &put_in)) return put_in;
    }
  }
  return std::nullopt;
}

std::optional<std::string> CheckLineFor(const LinearEquation& request, const Rational& value) {
  std::string out = "Check: ";
  std::size_t from = 0;
  for (const Lexeme& l : Lexemes(request.text, request.variable)) {
    if (l.kind == Lex::kOther) return std::nullopt;
    if (l.kind != Lex::kVariable) continue;
    out += request.text.substr(from, l.begin - from) + "(" + value.ToString() + ")";
    from = l.end;
  }
  out += request.text.substr(from);
  return out;
}

bool PutsValueIn(std::string_view line, const LinearEquation& request, const Rational& value) {
  const std::vector<std::vector<Lexeme>> sides = RequestSides(request);
  return !sides.empty() && SidesPutIn(line, request, sides, value) != 0;
}

}  // namespace stepcache::checks::internal
