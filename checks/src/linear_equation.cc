#include "stepcache/checks/linear_equation.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace stepcache::checks {
namespace {

// An expression that is affine in the one variable: coef * var + cst.
struct Affine {
  Rational coef;
  Rational cst;
};

enum class Tok { kEnd, kNumber, kLetter, kPlus, kMinus, kStar, kSlash, kLParen, kRParen,
                 kEquals, kCaret, kOther };

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Classifies the token starting at s[pos]; *len is its byte length for
// operators (the Unicode signs are several bytes).
Tok Classify(std::string_view s, std::size_t pos, std::size_t* len) {
  *len = 1;
  if (pos >= s.size()) {
    *len = 0;
    return Tok::kEnd;
  }
  char c = s[pos];
  if (IsDigit(c) || (c == '.' && pos + 1 < s.size() && IsDigit(s[pos + 1]))) return Tok::kNumber;
  if (IsLetter(c)) return Tok::kLetter;
  switch (c) {
    case '+': return Tok::kPlus;
    case '-': return Tok::kMinus;
    case '*': return Tok::kStar;
    case '/': return Tok::kSlash;
    case '(': return Tok::kLParen;
    case ')': return Tok::kRParen;
    case '=': return Tok::kEquals;
    case '^': return Tok::kCaret;
    default: break;
  }
  std::string_view rest = s.substr(pos);
  auto starts = [&](std::string_view p) { return rest.substr(0, p.size()) == p; };
  if (starts("\xE2\x88\x92") || starts("\xE2\x80\x93")) {  // U+2212 minus, U+2013 en dash
    *len = 3;
    return Tok::kMinus;
  }
  if (starts("\xC3\x97")) {  // U+00D7 multiplication sign
    *len = 2;
    return Tok::kStar;
  }
  if (starts("\xC2\xB7")) {  // U+00B7 middle dot
    *len = 2;
    return Tok::kStar;
  }
  if (starts("\xE2\x8B\x85")) {  // U+22C5 dot operator
    *len = 3;
    return Tok::kStar;
  }
  if (starts("\xC3\xB7") ) {  // U+00F7 division sign
    *len = 2;
    return Tok::kSlash;
  }
  return Tok::kOther;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  std::optional<LinearEquation> ParseEquation(EquationError* error) {
    std::optional<LinearEquation> result = Run();
    if (!result && error != nullptr) *error = error_;
    return result;
  }

 private:
  std::optional<LinearEquation> Run() {
    Affine left, right;
    if (!Expr(&left)) return std::nullopt;
    std::size_t len;
    Tok t = Peek(&len);
    if (t != Tok::kEquals) {
      if (t == Tok::kEnd) return Fail("expected '=': an equation needs two sides");
      return Unexpected(t);
    }
    pos_ += len;
    if (!Expr(&right)) return std::nullopt;
    t = Peek(&len);
    if (t == Tok::kEquals) return Fail("more than one '=' in the equation");
    if (t != Tok::kEnd) return Unexpected(t);
    LinearEquation eq;
    eq.variable = variable_;
    std::optional<Rational> coef = left.coef.Sub(right.coef);
    std::optional<Rational> cst = left.cst.Sub(right.cst);
    if (!coef || !cst) return Fail("number too large");
    eq.coefficient = *coef;
    eq.constant = *cst;
    std::size_t b = 0, e = s_.size();
    while (b < e && IsSpace(s_[b])) ++b;
    while (e > b && IsSpace(s_[e - 1])) --e;
    eq.text = std::string(s_.substr(b, e - b));
    eq.left_coefficient = left.coef;
    eq.left_constant = left.cst;
    eq.right_coefficient = right.coef;
    eq.right_constant = right.cst;
    return eq;
  }

  std::nullopt_t Fail(std::string message) { return FailAt(std::move(message), pos_); }
  std::nullopt_t FailAt(std::string message, std::size_t offset) {
    if (!failed_) {
      failed_ = true;
      error_.message = std::move(message);
      error_.offset = offset;
    }
    return std::nullopt;
  }
  std::nullopt_t Unexpected(Tok t) {
    switch (t) {
      case Tok::kCaret: return Fail("exponents are not supported (the equation must be linear)");
      case Tok::kRParen: return Fail("unbalanced ')'");
      case Tok::kEquals: return Fail("unexpected '='");
      case Tok::kNumber: return Fail("unexpected number (two numbers in a row)");
      case Tok::kLetter: return Fail("unexpected variable");
      case Tok::kEnd: return Fail("unexpected end of equation");
      default: return Fail("unexpected character");
    }
  }

  Tok Peek(std::size_t* len) {
    while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
    return Classify(s_, pos_, len);
  }

  bool Expr(Affine* out) {
    if (!Term(out)) return false;
    for (;;) {
      std::size_t len;
      Tok t = Peek(&len);
      if (t != Tok::kPlus && t != Tok::kMinus) return true;
      std::size_t at = pos_;
      pos_ += len;
      Affine rhs;
      if (!Term(&rhs)) return false;
      std::optional<Rational> c = t == Tok::kPlus ? out->coef.Add(rhs.coef) : out->coef.Sub(rhs.coef);
      std::optional<Rational> k = t == Tok::kPlus ? out->cst.Add(rhs.cst) : out->cst.Sub(rhs.cst);
      if (!c || !k) return FailAt("number too large", at), false;
      out->coef = *c;
      out->cst = *k;
    }
  }

  bool Term(Affine* out) {
    if (!Unary(out)) return false;
    for (;;) {
      std::size_t len;
      Tok t = Peek(&len);
      std::size_t at = pos_;
      bool divide = false;
      if (t == Tok::kStar || t == Tok::kSlash) {
        divide = t == Tok::kSlash;
        pos_ += len;
      } else if (t != Tok::kLetter && t != Tok::kLParen) {
        return true;  // no (implicit) multiplication follows
      }
      Affine rhs;
      if (!Unary(&rhs)) return false;
      if (divide ? !Divide(out, rhs, at) : !Multiply(out, rhs, at)) return false;
    }
  }

  bool Multiply(Affine* a, const Affine& b, std::size_t at) {
    if (!a->coef.is_zero() && !b.coef.is_zero()) {
      return FailAt("non-linear term: " + variable_ + " multiplied by " + variable_, at), false;
    }
    std::optional<Rational> c1 = a->coef.Mul(b.cst);
    std::optional<Rational> c2 = b.coef.Mul(a->cst);
    std::optional<Rational> k = a->cst.Mul(b.cst);
    if (!c1 || !c2 || !k) return FailAt("number too large", at), false;
    std::optional<Rational> c = c1->Add(*c2);
    if (!c) return FailAt("number too large", at), false;
    a->coef = *c;
    a->cst = *k;
    return true;
  }

  bool Divide(Affine* a, const Affine& b, std::size_t at) {
    if (!b.coef.is_zero()) {
      return FailAt("non-linear term: division by an expression containing " + variable_, at), false;
    }
    if (b.cst.is_zero()) return FailAt("division by zero", at), false;
    std::optional<Rational> c = a->coef.Div(b.cst);
    std::optional<Rational> k = a->cst.Div(b.cst);
    if (!c || !k) return FailAt("number too large", at), false;
    a->coef = *c;
    a->cst = *k;
    return true;
  }

  bool Unary(Affine* out) {
    std::size_t len;
    Tok t = Peek(&len);
    if (t != Tok::kPlus && t != Tok::kMinus) return Primary(out);
    if (++depth_ > kMaxEquationDepth) return Fail("nesting deeper than " + std::to_string(kMaxEquationDepth)), false;
    pos_ += len;
    bool ok = Unary(out);
    --depth_;
    if (ok && t == Tok::kMinus) {
      out->coef = out->coef.Neg();
      out->cst = out->cst.Neg();
    }
    return ok;
  }

  bool Primary(Affine* out) {
    std::size_t len;
    Tok t = Peek(&len);
    std::size_t at = pos_;
    if (t == Tok::kNumber) {
      std::size_t end = pos_;
      while (end < s_.size() && IsDigit(s_[end])) ++end;
      if (end < s_.size() && s_[end] == '.' && end + 1 < s_.size() && IsDigit(s_[end + 1])) {
        ++end;
        while (end < s_.size() && IsDigit(s_[end])) ++end;
      }
      std::optional<Rational> v = Rational::Parse(s_.substr(pos_, end - pos_));
      if (!v) return FailAt("number too large", at), false;
      pos_ = end;
      *out = Affine{Rational(0), *v};
      return true;
    }
    if (t == Tok::kLetter) {
      std::size_t end = pos_;
      while (end < s_.size() && IsLetter(s_[end])) ++end;
      if (end - pos_ > 2) {
        return FailAt("unexpected word '" + std::string(s_.substr(pos_, end - pos_)) + "'", at), false;
      }
      std::string name(1, s_[pos_]);
      if (variable_.empty()) {
        variable_ = name;
      } else if (variable_ != name) {
        return FailAt("more than one variable: " + variable_ + " and " + name, at), false;
      }
      ++pos_;  // a second letter ("xy", "xx") is an implicit product, caught next
      *out = Affine{Rational(1), Rational(0)};
      return true;
    }
    if (t == Tok::kLParen) {
      if (++depth_ > kMaxEquationDepth) return Fail("nesting deeper than " + std::to_string(kMaxEquationDepth)), false;
      pos_ += len;
      if (!Expr(out)) return false;
      Tok close = Peek(&len);
      if (close != Tok::kRParen) {
        if (close == Tok::kEnd || close == Tok::kEquals) return FailAt("unclosed '('", at), false;
        return Unexpected(close), false;
      }
      pos_ += len;
      --depth_;
      return true;
    }
    if (t == Tok::kEnd) return Fail("expected a number, a variable or '(' but the text ended"), false;
    if (t == Tok::kEquals) return Fail("expected a number, a variable or '(' before '='"), false;
    return Unexpected(t), false;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;
  std::string variable_;
  bool failed_ = false;
  EquationError error_;
};

// ---- Formatting for the step-by-step solver --------------------------------

Rational Abs(const Rational& r) { return r.num() < 0 ? r.Neg() : r; }

std::string FormatMagnitude(const Rational& magnitude, const std::string& var) {
  if (var.empty()) return magnitude.ToString();
  if (magnitude == Rational(1)) return var;
  // "7x/3" rather than "(7/3)x": a coefficient group before the variable is
  // a form many step grammars (and readers) do not take as multiplication.
  if (magnitude.num() == 1) return var + "/" + std::to_string(magnitude.den());
  std::string m = magnitude.ToString();
  if (m.find('/') != std::string::npos) {
    return std::to_string(magnitude.num()) + var + "/" + std::to_string(magnitude.den());
  }
  return m + var;
}

// A sum of terms "3x - 5 + (1/2)x"; zero terms are omitted, "0" when all are.
struct Term {
  Rational value;
  bool is_var;
};

std::string FormatSum(const std::vector<Term>& terms, const std::string& var) {
  std::string out;
  for (const Term& t : terms) {
    if (t.value.is_zero()) continue;
    bool negative = t.value.num() < 0;
    std::string body = FormatMagnitude(Abs(t.value), t.is_var ? var : std::string());
    if (out.empty()) {
      out = (negative ? "-" : "") + body;
    } else {
      out += negative ? " - " : " + ";
      out += body;
    }
  }
  return out.empty() ? "0" : out;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Integers bare, anything else in parentheses as an exact fraction.
std::string Parenthesized(const Rational& r, bool allow_negative) {
  std::string s = r.is_integer() ? r.ToString()
                                 : std::to_string(r.num()) + "/" + std::to_string(r.den());
  if (r.is_integer() && (allow_negative || r.num() >= 0)) return s;
  return "(" + s + ")";
}

// ---- Finding the equation in prose ------------------------------------------

// A piece of the prompt that may belong to an equation (a number, one or two
// letters, an operator, a parenthesis, a run of spaces) or a barrier that no
// equation crosses (a longer word, punctuation, a line break, a sentence end).
struct Piece {
  std::size_t begin;
  std::size_t end;
  bool barrier;
  bool space;
  bool equals;
};

std::vector<Piece> Pieces(std::string_view s) {
  std::vector<Piece> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    std::size_t len = 1;
    Piece p{i, i + 1, false, false, false};
    if (c == ' ' || c == '\t') {
      while (p.end < s.size() && (s[p.end] == ' ' || s[p.end] == '\t')) ++p.end;
      p.space = true;
    } else if (IsDigit(c) || (c == '.' && i + 1 < s.size() && IsDigit(s[i + 1]))) {
      while (p.end < s.size() && IsDigit(s[p.end])) ++p.end;
      if (p.end + 1 < s.size() && s[p.end] == '.' && IsDigit(s[p.end + 1])) {
        ++p.end;
        while (p.end < s.size() && IsDigit(s[p.end])) ++p.end;
      }
    } else if (IsLetter(c)) {
      while (p.end < s.size() && IsLetter(s[p.end])) ++p.end;
      p.barrier = p.end - p.begin > 2;
    } else {
      Tok t = Classify(s, i, &len);
      p.end = i + len;
      p.equals = t == Tok::kEquals;
      p.barrier = t == Tok::kOther || t == Tok::kCaret;
    }
    out.push_back(p);
    i = p.end;
  }
  return out;
}

constexpr std::size_t kMaxPiecesPerSide = 32;
constexpr std::size_t kMaxEqualsSigns = 32;
constexpr std::size_t kMaxEquationBytes = 4096;

}  // namespace

std::optional<LinearEquation> ParseLinearEquation(std::string_view text, EquationError* error) {
  return Parser(text).ParseEquation(error);
}

std::optional<Rational> Solve(const LinearEquation& equation) {
  if (equation.variable.empty() || equation.coefficient.is_zero()) return std::nullopt;
  std::optional<Rational> v = equation.constant.Neg().Div(equation.coefficient);
  return v;
}

std::optional<bool> Satisfies(const LinearEquation& equation, const Rational& value) {
  std::optional<Rational> product = equation.coefficient.Mul(value);
  if (!product) return std::nullopt;
  std::optional<Rational> sum = product->Add(equation.constant);
  if (!sum) return std::nullopt;
  return sum->is_zero();
}

bool SameSolution(const LinearEquation& a, const LinearEquation& b) {
  if (a.variable != b.variable) return false;
  std::optional<Rational> sa = Solve(a);
  std::optional<Rational> sb = Solve(b);
  return sa && sb && *sa == *sb;
}

std::optional<LinearEquation> FindEquationInPrompt(std::string_view prompt, EquationError* error) {
  std::vector<Piece> pieces = Pieces(prompt);
  EquationError first_error;
  bool have_error = false;
  std::size_t equals_seen = 0;
  for (std::size_t eq = 0; eq < pieces.size() && equals_seen < kMaxEqualsSigns; ++eq) {
    if (!pieces[eq].equals) continue;
    ++equals_seen;
    // Candidate starts and ends, never crossing a barrier or another '='.
    // Only leading/trailing letters (prose such as "if", "a", "x" in "for x
    // 2x = 4") may be trimmed off; trimming an operator or a parenthesis
    // would change the equation ("x + y = 3" must not become "y = 3").
    std::size_t left = eq, right = eq + 1;
    while (left > 0 && eq - left < kMaxPiecesPerSide && !pieces[left - 1].barrier && !pieces[left - 1].equals) {
      --left;
    }
    while (right < pieces.size() && right - eq < kMaxPiecesPerSide && !pieces[right].barrier &&
           !pieces[right].equals) {
      ++right;
    }
    std::vector<std::size_t> starts, ends;  // starts: farthest first; ends: farthest first
    for (std::size_t i = left; i < eq; ++i) {
      if (pieces[i].space) continue;
      char first = prompt[pieces[i].begin];
      // After trimmed prose the equation starts with an operand, never with
      // a sign that belonged to the trimmed part — except a leading minus
      // after a prose word ("Find x if -6x + 15 = 69"): a word of two or
      // more letters is not a term the sign could belong to.
      if (!starts.empty() && !IsLetter(first) && !IsDigit(first) && first != '(' && first != '.') {
        const bool minus = first == '-' || prompt.substr(pieces[i].begin, 3) == "\xE2\x88\x92";
        std::size_t prev = i;
        while (prev > left && pieces[prev - 1].space) --prev;
        bool after_word = false;
        if (prev > left) {
          std::string_view word = prompt.substr(pieces[prev - 1].begin, pieces[prev - 1].end - pieces[prev - 1].begin);
          after_word = word.size() >= 2 && std::all_of(word.begin(), word.end(), IsLetter);
        }
        if (minus && after_word && prev < i) starts.push_back(i);
        break;
      }
      starts.push_back(i);
      if (!IsLetter(first)) break;
    }
    for (std::size_t i = right; i-- > eq + 1;) {
      if (pieces[i].space) continue;
      ends.push_back(i);
      if (!IsLetter(prompt[pieces[i].begin])) break;
    }
    std::reverse(starts.begin(), starts.end());
    std::reverse(ends.begin(), ends.end());
    for (std::size_t si = starts.size(); si-- > 0;) {
      for (std::size_t ei = ends.size(); ei-- > 0;) {
        std::size_t b = pieces[starts[si]].begin;
        std::size_t e = pieces[ends[ei]].end;
        // A hostile prompt (a megabyte of digits around '=') must not cost
        // one full parse per candidate.
        if (e - b > kMaxEquationBytes) {
          if (!have_error) {
            have_error = true;
            first_error = EquationError{"equation longer than " + std::to_string(kMaxEquationBytes) + " bytes", b};
          }
          continue;
        }
        EquationError err;
        std::optional<LinearEquation> parsed = ParseLinearEquation(prompt.substr(b, e - b), &err);
        if (parsed && !parsed->variable.empty()) return parsed;
        if (!have_error) {
          have_error = true;
          first_error = parsed ? EquationError{"the equation has no variable", b} : err;
          if (!parsed) first_error.offset += b;
        }
      }
    }
  }
  if (error != nullptr) {
    if (have_error) {
      *error = first_error;
    } else {
      *error = EquationError{equals_seen == 0 ? "no equation ('=') in the prompt"
                                              : "no equation around '=' in the prompt",
                             0};
    }
  }
  return std::nullopt;
}

std::optional<std::string> SolveStepByStep(const LinearEquation& equation) {
  if (equation.variable.empty() || equation.coefficient.is_zero()) return std::nullopt;
  const std::string& x = equation.variable;
  Rational a = equation.left_coefficient, b = equation.left_constant;
  Rational c = equation.right_coefficient, d = equation.right_constant;
  std::string original = CollapseSpaces(equation.text);
  if (original.empty()) {
    a = equation.coefficient;
    b = equation.constant;
    c = Rational(0);
    d = Rational(0);
  }
  // The sides must agree with the normalised form, else the fields were
  // filled inconsistently by hand: trust coefficient/constant.
  std::optional<Rational> k = a.Sub(c);
  std::optional<Rational> r = d.Sub(b);
  if (!k || !r || *k != equation.coefficient || r->Neg() != equation.constant) {
    a = equation.coefficient;
    b = equation.constant;
    c = Rational(0);
    d = Rational(0);
    k = a;
    r = b.Neg();
    original.clear();
  }
  std::optional<Rational> value = r->Div(*k);
  if (!value) return std::nullopt;

  std::vector<std::string> lines;
  auto add = [&](std::string line) {
    if (lines.empty() || lines.back() != line) lines.push_back(std::move(line));
  };
  std::string simplified = FormatSum({{a, true}, {b, false}}, x) + " = " + FormatSum({{c, true}, {d, false}}, x);
  add(original.empty() ? simplified : original);
  add(simplified);
  add(FormatSum({{a, true}, {c.Neg(), true}}, x) + " = " + FormatSum({{d, false}, {b.Neg(), false}}, x));
  add(FormatSum({{*k, true}}, x) + " = " + r->ToString());
  if (*k != Rational(1)) add(x + " = " + Parenthesized(*r, true) + "/" + Parenthesized(*k, false));
  add(x + " = " + value->ToString());

  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += "Step " + std::to_string(i + 1) + ": " + lines[i];
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

namespace {

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsLower(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char ch = s[i];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch != p[i]) return false;
  }
  return true;
}

// The end of a step label at the start of `s` ("Step 3", "3", "Step one"),
// before what closes it; 0 when there is none.
std::size_t StepLabelEnd(std::string_view s) {
  std::size_t i = 0;
  const bool step = StartsLower(s, "step");
  if (step) {
    i = 4;
    // ("Step-1:", "Step [1]:", "Step (1):")
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '-' || s[i] == '[' || s[i] == '(')) ++i;
  } else if (s.size() > 1 && (s[0] == 'S' || s[0] == 's') && IsDigit(s[1])) {
    i = 1;  // ("S1:")
  }
  const std::size_t digits = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i > digits) {
    // ("S1" only before a colon or a dot: "S1: Subtract 5 ...".)
    if (!step && digits == 1 && !(i < s.size() && (s[i] == ':' || s[i] == '.'))) return 0;
    return i;
  }
  if (!step) return 0;
  // ("Step one:", "Step Two:": a number word, whole, when what follows gives
  // a number of its own: in "Step one: Subtract from both sides" the word may
  // be the amount, and the line is read with it.)
  static constexpr std::string_view kNumbers[] = {"one", "two", "three", "four", "five", "six", "seven",
                                                  "eight", "nine", "ten", "eleven", "twelve"};
  const auto number_word_at = [&](std::size_t at) -> std::size_t {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) return 0;
    for (std::string_view n : kNumbers) {
      const std::size_t end = at + n.size();
      if (StartsLower(s.substr(at), n) && (end == s.size() || !std::isalpha(static_cast<unsigned char>(s[end])))) {
        return end;
      }
    }
    return 0;
  };
  const std::size_t end = number_word_at(i);
  if (end == 0) return 0;
  // (The description only: up to an equation, and before the colon that
  // ends it, "Step one: Subtract from both sides: 4t = 40".)
  std::size_t scope = std::min(s.find('=', end), s.size());
  if (const std::size_t colon = s.substr(0, scope).rfind(':'); colon != std::string_view::npos && colon > end) {
    scope = colon;
  }
  for (std::size_t k = end; k < scope; ++k) {
    if (IsDigit(s[k]) || (std::isalpha(static_cast<unsigned char>(s[k])) && number_word_at(k) != 0)) return end;
  }
  return 0;
}

// The length of a mark a line may open with before a step label: a
// heading's, a quote's, a table's, emphasis, code, a bracket, a list's
// ("- ", "+"), a bullet or an arrow (U+2022, U+2023, U+25AA, U+25B6, U+25CF,
// U+2192, U+21D2, U+2794, U+27A1, U+27A4); 0 for none.
std::size_t OpeningMarkAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == '#' || c == '>' || c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == '+') return 1;
  if (c == '-' && (i + 1 == s.size() || IsSpace(s[i + 1]) || s[i + 1] == '*' || s[i + 1] == '_' || s[i + 1] == '`')) {
    return 1;
  }
  static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xE2\x80\xA3", "\xE2\x96\xAA", "\xE2\x96\xB6",
                                                  "\xE2\x97\x8F", "\xE2\x86\x92", "\xE2\x87\x92", "\xE2\x9E\x94",
                                                  "\xE2\x9E\xA1", "\xE2\x9E\xA4"};
  for (std::string_view b : kBullets) {
    if (s.substr(i, b.size()) == b) return b.size();
  }
  return 0;
}

// A step label behind the marks a line opens with, or set in them ("###
// Step 1: ...", "**Step 1:** ...", "> Step 1:", "| Step 1 | ... |", "> 1.",
// "[Step 1]", "- **Step 1:**", "\u2022 Step 1:", "STEP 1 - ...", "Step-1:",
// "1/ ...", "**Step 3: Divide both sides by 4**"): what follows it, without
// the marks; nullopt when there is no such label.
std::optional<std::string_view> AfterMarkedLabel(std::string_view line) {
  std::size_t i = 0;
  bool marked = false;
  for (;;) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    const std::size_t n = OpeningMarkAt(line, i);
    if (n == 0) break;
    i += n;
    marked = true;
  }
  std::string_view rest = line.substr(i);
  const bool step_word = StartsLower(rest, "step") || (rest.size() > 1 && (rest[0] == 'S' || rest[0] == 's') &&
                                                       IsDigit(rest[1]));
  std::size_t end = StepLabelEnd(rest);
  // (A number alone is a label only behind a mark: "> 1.", "| 1 |".)
  if (end == 0 || (!step_word && !marked)) return std::nullopt;
  // What closes the label: ':', '.', ')', ']', '|', the marks again, or a
  // dash or a slash before a space ("STEP 1 - ...", "1/ ...").
  bool closed = false;
  for (std::size_t k = end; k < rest.size();) {
    const char c = rest[k];
    const bool spaced = k + 1 == rest.size() || IsSpace(rest[k + 1]);
    // (A dash after a colon is the equation's sign: "Step 1: - 2(y - 3) = 4";
    // a dot before a digit is a decimal point: "Step 1: .4 + 2 = 7".)
    const bool point = c == '.' && k + 1 < rest.size() && IsDigit(rest[k + 1]);
    if (c == ':' || (c == '.' && !point) || c == ')' || c == ']' || c == '|' || c == '*' || c == '_' || c == '`' ||
        ((c == '-' || c == '/') && spaced && !closed)) {
      closed = true;
      end = ++k;
    } else if (!closed && rest.substr(k, 3) == "\xE2\x80\x93" && (k + 3 == rest.size() || IsSpace(rest[k + 3]))) {
      closed = true;
      end = k += 3;
    } else if (IsSpace(c)) {
      ++k;
    } else {
      break;
    }
  }
  // ("### 2x = 4", "Step 3x = 9" hold no label; "**Step 2** Divide ..." does.)
  if (!closed && !(step_word && marked)) return std::nullopt;
  if (!closed && end < rest.size() && !IsSpace(rest[end])) return std::nullopt;
  rest = TrimBlanks(rest.substr(end));
  // (A line set in marks: "**Step 3: Divide both sides by 4**", "| ... |".)
  if (marked) {
    while (!rest.empty() && (rest.back() == '*' || rest.back() == '_' || rest.back() == '`' || rest.back() == '|' ||
                             IsSpace(rest.back()))) {
      rest.remove_suffix(1);
    }
  }
  return rest;
}

}  // namespace

std::string_view StripStepLabel(std::string_view line) {
  line = TrimBlanks(line);
  if (std::optional<std::string_view> rest = AfterMarkedLabel(line)) {
    line = *rest;
  } else if (!line.empty() && IsDigit(line[0])) {
    std::size_t i = 0;
    while (i < line.size() && IsDigit(line[i])) ++i;
    if (i + 1 < line.size() && (line[i] == '.' || line[i] == ')' || line[i] == '/') && IsSpace(line[i + 1])) {
      line = TrimBlanks(line.substr(i + 1));
    }
  } else if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && IsSpace(line[1])) {
    line = TrimBlanks(line.substr(1));
  }
  if (!line.empty() && line.back() == '.' && (line.size() < 2 || line[line.size() - 2] != '.')) {
    line.remove_suffix(1);
    line = TrimBlanks(line);
  }
  return line;
}

}  // namespace stepcache::checks
