// linear_equation and numeric_consistency step verifiers and the
// final_answer integrity check.
//
// Every line of a solution is checked, in the forms models write it: an
// equation ("Step 2: 3x = 15", "Subtract 5 from both sides: 3x = 15"), a
// chain on one line ("3x + 5 = 20 → 3x = 15 → x = 5"), or a final statement
// in words ("So the answer is x = 5", "Therefore x equals 5"). A line that
// claims a result nobody can read fails. The first equation must be the
// asked equation restated, or one equivalent transformation of *it* (the
// same term added to both sides, both sides scaled by a positive number, the
// sides swapped) — not merely another equation with the same solution — or
// state the value outright. A request that asks for the value of an
// expression ("then report the value of 2x") needs a final line stating it.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "stepcache/checks/grounding.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/grammars/equation.h"
#include "text_chars.h"
#include "verifiers.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

std::string Describe(const EquationError& e) {
  return e.message + " at byte " + std::to_string(e.offset);
}

std::string NoEquationReason(const CheckContext& context) {
  return "the request holds no linear equation to check against (" +
         Describe(context.request_equation_error) + ")";
}

// True when the part before '=' is exactly the variable and the part after
// holds no variable: "x = 5", "x = -7/2".
bool StatesValue(const LinearEquation& eq) {
  return !eq.variable.empty() && eq.left_coefficient == Rational(1) && eq.left_constant.is_zero() &&
         eq.right_coefficient.is_zero();
}

std::vector<std::string_view> SplitArrows(std::string_view text) {
  static const std::string_view kArrows[] = {"\xE2\x86\x92", "\xE2\x87\x92", "\xE2\x9F\xB9", "=>", "->",
                                             " implies "};
  std::vector<std::string_view> pieces;
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    for (std::string_view a : kArrows) {
      if (text.substr(i, a.size()) == a) {
        len = a.size();
        break;
      }
    }
    if (len == 0) {
      ++i;
      continue;
    }
    pieces.push_back(text.substr(from, i - from));
    i += len;
    from = i;
  }
  pieces.push_back(text.substr(from));
  return pieces;
}

bool IsClaimWord(std::string_view w) {
  return w == "answer" || w == "solution" || w == "result" || w == "equals" || w == "therefore" ||
         w == "thus" || w == "hence" || w == "so" || w == "value" || w == "gives" || w == "get";
}

// A final statement in words: "<var> equals|is <number>", "the answer is
// <number>", "answer: <number>". Returns the number's text; *end is where
// it ends in `line`.
std::optional<std::string> ReadClaim(std::string_view line, const std::string& var, bool* claims,
                                     std::size_t* end) {
  std::vector<Token> t = Tokenize(line);
  *claims = false;
  bool has_number = false;
  for (const Token& k : t) {
    has_number = has_number || k.kind == TokenKind::kNumber;
    *claims = *claims || (k.kind == TokenKind::kWord && IsClaimWord(k.norm));
  }
  *claims = *claims && has_number;
  auto number_at = [&](std::size_t i) -> std::optional<std::string> {
    if (i >= t.size() || t[i].kind != TokenKind::kNumber) return std::nullopt;
    std::string text(line.substr(t[i].begin, t[i].end - t[i].begin));
    *end = t[i].end;
    if (i + 2 < t.size() && t[i + 1].norm == "/" && t[i + 2].kind == TokenKind::kNumber) {
      text += "/" + std::string(line.substr(t[i + 2].begin, t[i + 2].end - t[i + 2].begin));
      *end = t[i + 2].end;
    }
    std::string digits;
    for (char c : text) {
      if (c != ',') digits += c;
    }
    return digits;
  };
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    const bool subject = (t[i].kind == TokenKind::kWord && t[i].norm == var) || t[i].norm == "answer" ||
                         t[i].norm == "solution" || t[i].norm == "result";
    if (!subject) continue;
    std::size_t j = i + 1;
    if (j < t.size() && (t[j].norm == "equals" || t[j].norm == "is" || t[j].norm == ":" || t[j].norm == "=")) {
      ++j;
      if (j + 1 < t.size() && t[j].norm == var && t[j + 1].norm == "=") j += 2;
      if (auto n = number_at(j)) return n;
    }
  }
  return std::nullopt;
}

struct Stated {
  std::vector<LinearEquation> equations;
  std::string problem;  // a part that cannot be read (fails the step)
};

// Where the equals signs of `text` stand (not "<=", ">=", "!=", "==").
std::vector<std::size_t> EqualsSigns(std::string_view text) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') continue;
    const bool joined = (i > 0 && (text[i - 1] == '<' || text[i - 1] == '>' || text[i - 1] == '!' ||
                                   text[i - 1] == '=')) ||
                        (i + 1 < text.size() && text[i + 1] == '=');
    if (!joined) at.push_back(i);
  }
  return at;
}

// A part of a step that holds one equation or one chain ("x = 15/3 = 5"):
// the step split at ", ", "; ", " or " and " and " when every part has an
// equals sign ("x = 5 or x = -5" states two values).
std::vector<std::string_view> Statements(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t len = 0;
    for (std::string_view sep : {", ", "; ", " or ", " and "}) {
      if (text.compare(i, sep.size(), sep) == 0) len = sep.size();
    }
    if (len == 0) continue;
    parts.push_back(text.substr(from, i - from));
    from = i + len;
    i += len - 1;
  }
  parts.push_back(text.substr(from));
  // Parts without an equals sign belong to their neighbour ("so, x = 5").
  std::vector<std::string_view> out;
  for (std::string_view p : parts) {
    if (EqualsSigns(p).empty()) return {text};
    out.push_back(p);
  }
  return out;
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words a line leading to the final value may hold: those a final
// line is written with ("So", "Therefore", "the answer is", "Step 3:",
// "dividing both sides by 3 gives") and the variable.
bool IsFinalLineWord(std::string_view w, std::string_view variable) {
  static const vocab::WordSet kFinalWords = {
      "so", "therefore", "thus", "hence", "then", "finally", "final", "answer", "answers", "solution", "result",
      "value", "the", "a", "is", "are", "we", "get", "gets", "got", "gives", "give", "find", "found", "obtain",
      "have", "now", "next", "and", "it", "this", "that", "which", "of", "for", "to", "by", "from", "on", "with",
      "step", "steps", "solve", "solving", "like", "terms", "each", "equation", "yields", "us", "our", "in",
      "conclusion", "summary"};
  return w == variable || kFinalWords.Has(w) || IsStepOperationWord(w);
}

// The first token of `text` that is no word of a final line
// (IsFinalLineWord), nor a number, nor, when `marks` is set, a mark a step's
// description is written with (". , : ; ! ? ( ) [ ] * # - _ ` ' \"" and
// dashes): "Wrong", "percent", "halve", "%", "\u00B2". Empty when there is none.
std::string UnreadWordIn(std::string_view text, std::string_view variable, bool marks) {
  static const vocab::WordSet kDescriptionMarks = {".", ",", ":", ";", "!", "?", "(", ")", "[", "]", "*", "#",
                                                   "-", "_", "`", "'", "\"", "\xE2\x80\x94", "\xE2\x80\x93"};
  for (const Token& k : Tokenize(text)) {
    if (k.kind == TokenKind::kNumber) continue;
    if (k.kind == TokenKind::kWord) {
      if (!IsFinalLineWord(k.norm, variable)) return k.norm;
    } else if (marks && !kDescriptionMarks.Has(std::string_view(text).substr(k.begin, k.end - k.begin))) {
      return std::string(text.substr(k.begin, k.end - k.begin));
    }
  }
  return {};
}

// An equation read out of a longer `line`: what the line says after it must
// not change its value ("x = 5 or 6", "x = 16/3 \u2248 6.33", "x = 5k"), and
// before it no number may stand but in a step's label or its description
// ("Step 3:", "Subtract 5 from both sides: ..."): "6, sorry, x = 5".
void NoteWhatFollows(std::string_view line, const LinearEquation& eq, Stated* out) {
  const std::size_t at = line.find(eq.text);
  if (at == std::string_view::npos) return;
  std::optional<Rational> value;
  if (StatesValue(eq)) value = Solve(eq);
  if (const std::string more = SaysMoreAfter(line, at + eq.text.size(), value, Lowercase(eq.variable));
      !more.empty()) {
    out->problem = "the line goes on after the equation: " + more;
    return;
  }
  const std::string_view unlabelled = StripStepLabel(line);
  const std::size_t from = unlabelled.find(eq.text);
  if (from == std::string_view::npos) return;
  std::string_view before = Trim(unlabelled.substr(0, from));
  if (before.find_first_of("0123456789") == std::string_view::npos) return;
  for (const Token& k : Tokenize(before)) {
    if (k.kind == TokenKind::kWord && (IsStepOperationWord(k.norm) || k.norm == "step" || k.norm == "steps")) return;
  }
  out->problem = "the line gives a number before the equation: \"" + std::string(before.substr(0, 40)) + "\"";
}

// The equations of one statement: one equation, or for a chain each
// computation between its sides ("15/3 = 5") and, last, its first side
// equal to its last ("x = 5"), so that a false link anywhere fails.
void AppendStatement(std::string_view text, const std::string& var, Stated* out) {
  const std::vector<std::size_t> signs = EqualsSigns(text);
  auto read = [&](const std::string& equation) {
    // A computation alone ("22 - 7 = 15"), or an equation with words around
    // (and nothing after it that changes its value: "x = 5 or 6").
    std::optional<LinearEquation> eq = ParseLinearEquation(equation);
    if (!eq) {
      eq = FindEquationInPrompt(equation);
      if (eq) NoteWhatFollows(equation, *eq, out);
    }
    // A chain of arithmetic after words that name the line ("Check: 3(5) +
    // 5 = 15 + 5 = 20"), as a line of one equation is read.
    if (const std::size_t colon = equation.find(':');
        !eq && colon < equation.find('=') && equation.find_first_of("0123456789") > colon) {
      if (std::optional<LinearEquation> after = ParseLinearEquation(std::string_view(equation).substr(colon + 1));
          after && after->variable.empty()) {
        eq = std::move(after);
      }
    }
    if (eq) {
      out->equations.push_back(std::move(*eq));
    } else if (equation.find_first_of("0123456789") != std::string::npos) {
      out->problem = "cannot read \"" + equation.substr(0, 60) + "\" as an equation";
    }
  };
  if (signs.size() < 2) {
    read(std::string(text));
    return;
  }
  std::vector<std::string_view> sides;
  std::size_t from = 0;
  for (std::size_t at : signs) {
    sides.push_back(text.substr(from, at - from));
    from = at + 1;
  }
  // The last side ends where words begin ("= 5. So ...", "= 5 is the answer").
  std::string_view last = text.substr(from);
  for (std::size_t i = 0; i + 1 < last.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(last[i])) && std::isalpha(static_cast<unsigned char>(last[i + 1]))) {
      last = last.substr(0, i);
      break;
    }
  }
  while (!last.empty() && std::strchr(" \t.,;:!?", last.back()) != nullptr) last.remove_suffix(1);
  if (const std::string more = SaysMoreAfter(text, from + last.size(), Rational::Parse(Trim(last)), Lowercase(var));
      !more.empty()) {
    out->problem = "the line goes on after the equation: " + more;
  }
  sides.push_back(last);
  for (std::size_t i = 1; i + 1 < sides.size(); ++i) read(std::string(sides[i]) + "=" + std::string(sides[i + 1]));
  read(std::string(sides.front()) + "=" + std::string(sides.back()));
}

// The equations one step states, in order.
Stated StatedBy(const grammars::Step& step, const std::string& var) {
  Stated out;
  std::vector<std::string_view> pieces = SplitArrows(step.text);
  if (pieces.size() > 1) {
    for (std::string_view piece : pieces) {
      const std::size_t before = out.equations.size();
      for (std::string_view statement : Statements(piece)) AppendStatement(statement, var, &out);
      // A piece that states nothing may still change what the chain gives
      // ("x = 3 \u2192 halve it", "t = 2 => %"); an operation ("\u2192 subtract 5
      // \u2192") says nothing of its own.
      if (out.equations.size() == before && out.problem.empty()) {
        if (const std::string said = UnreadWordIn(piece, Lowercase(var), /*marks=*/true); !said.empty()) {
          out.problem = "after an arrow the line says \"" + std::string(Trim(piece).substr(0, 40)) +
                        "\", which the checks do not read";
        }
      }
    }
    return out;
  }
  if (step.kind == grammars::StepKind::kEquation &&
      (EqualsSigns(step.text).size() > 1 || Statements(step.text).size() > 1)) {
    for (std::string_view statement : Statements(step.text)) AppendStatement(statement, var, &out);
    if (!out.equations.empty()) return out;
    out = Stated{};
  }
  if (step.kind == grammars::StepKind::kEquation) {
    EquationError error;
    // The line's own reading keeps a sign after prose ("So -x = -2"), which
    // the segmenter's equation may have left behind.
    std::optional<LinearEquation> eq = ParseLinearEquation(step.equation, &error);
    std::optional<LinearEquation> whole = FindEquationInPrompt(step.text);
    if (whole && (!eq || whole->text.size() > eq->text.size())) eq = std::move(whole);
    if (eq) {
      NoteWhatFollows(step.text, *eq, &out);
      out.equations.push_back(std::move(*eq));
    } else {
      out.problem = "not a linear equation: " + Describe(error);
    }
    return out;
  }
  bool claims = false;
  std::size_t end = 0;
  if (std::optional<std::string> n = ReadClaim(step.text, var, &claims, &end)) {
    std::optional<LinearEquation> eq = ParseLinearEquation(var + " = " + *n);
    if (eq) out.equations.push_back(std::move(*eq));
    else out.problem = "cannot read the stated value \"" + *n + "\"";
    if (const std::string more = SaysMoreAfter(step.text, end, Rational::Parse(*n), Lowercase(var)); !more.empty()) {
      out.problem = "the line goes on after the value: " + more;
    }
  } else if (claims) {
    out.problem = "states a result that cannot be checked: \"" + step.text.substr(0, 80) + "\"";
  }
  return out;
}

// What step `i` states, a line that opens with "=" read as the rest of the
// chain above it ("x = 25/5" then "= 5").
Stated StatedAt(const grammars::Steps& steps, std::size_t i, const std::string& var) {
  auto continues = [&](std::size_t k) {
    std::string_view text = steps[k].text;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    return !text.empty() && text.front() == '=' && !(text.size() > 1 && text[1] == '=');
  };
  if (i == 0 || !continues(i)) return StatedBy(steps[i], var);
  std::size_t first = i;
  while (first > 0 && continues(first)) --first;
  grammars::Step joined = steps[i];
  joined.kind = grammars::StepKind::kEquation;
  joined.text.clear();
  for (std::size_t k = first; k <= i; ++k) joined.text += (k == first ? "" : " ") + steps[k].text;
  joined.equation = joined.text;
  return StatedBy(joined, var);
}

// The two sides of an equation as simplified: x's coefficient and the
// constant on the left, then on the right.
struct Sides {
  Rational a1, b1, a2, b2;
};

Sides SidesOf(const LinearEquation& eq) {
  return {eq.left_coefficient, eq.left_constant, eq.right_coefficient, eq.right_constant};
}

// The same term added to (or subtracted from) both sides, moving a term
// across: what it adds cancels a term on one side ("3x + 5 = 20" -> "3x =
// 15"). A shift that cancels nothing only reaches another equation with the
// same solution ("3x + 5 = 20" -> "3x - 5 = 10").
bool MovesATerm(const Sides& from, const Sides& to) {
  auto dc1 = to.a1.Sub(from.a1), dd1 = to.b1.Sub(from.b1), dc2 = to.a2.Sub(from.a2), dd2 = to.b2.Sub(from.b2);
  if (!(dc1 && dd1 && dc2 && dd2 && *dc1 == *dc2 && *dd1 == *dd2)) return false;
  const bool moves_variable = dc1->is_zero() || to.a1.is_zero() || to.a2.is_zero();
  const bool moves_constant = dd1->is_zero() || to.b1.is_zero() || to.b2.is_zero();
  return moves_variable && moves_constant;
}

// Both sides multiplied by one number k, when `to` is `from` scaled by it:
// k, else nullopt.
std::optional<Rational> ScaleBetween(const Sides& from, const Sides& to) {
  const Rational* base = !from.a1.is_zero() ? &from.a1 : !from.b1.is_zero() ? &from.b1 : !from.a2.is_zero() ? &from.a2 : &from.b2;
  const Rational* scaled = base == &from.a1 ? &to.a1 : base == &from.b1 ? &to.b1 : base == &from.a2 ? &to.a2 : &to.b2;
  if (base->is_zero()) return std::nullopt;
  std::optional<Rational> k = scaled->Div(*base);
  if (!k || k->is_zero()) return std::nullopt;
  auto same = [&](const Rational& f, const Rational& t) {
    std::optional<Rational> m = f.Mul(*k);
    return m && *m == t;
  };
  if (!(same(from.a1, to.a1) && same(from.b1, to.b1) && same(from.a2, to.a2) && same(from.b2, to.b2))) return std::nullopt;
  return k;
}

// A scale a solution takes: both sides divided by a whole number ("divide
// both sides by 3"), or multiplied by one to clear fractions; with
// `any_sign`, by -1 as well ("-3x = -15" -> "3x = 15"). Scaling an integer
// equation up restates another one, and a scale by 6/7 is nothing a working
// does (it hides a wrong coefficient where a side is 0: "7m + 12 = 12" ->
// "6m = 0").
bool SolvingScale(const Rational& k, const Sides& from, const Sides& to, bool any_sign) {
  if (k.num() < 0 && !any_sign) return false;
  const bool divides = (k.num() == 1 && k.den() > 1) || (k.num() == -1);
  const bool clears = k.is_integer() &&
                      !(from.a1.is_integer() && from.b1.is_integer() && from.a2.is_integer() && from.b2.is_integer()) &&
                      to.a1.is_integer() && to.b1.is_integer() && to.a2.is_integer() && to.b2.is_integer();
  return divides || clears;
}

// Whether `step` is the request restated or one equivalent transformation of it.
bool TransformsRequest(const LinearEquation& request, const LinearEquation& step) {
  if (StatesValue(step)) return true;
  const Sides from = SidesOf(request), to = SidesOf(step);
  if (to.a1 == from.a1 && to.b1 == from.b1 && to.a2 == from.a2 && to.b2 == from.b2) return true;
  if (to.a1 == from.a2 && to.b1 == from.b2 && to.a2 == from.a1 && to.b2 == from.b1) return true;
  if (MovesATerm(from, to)) return true;
  // Both sides divided by the same positive number, or multiplied to clear
  // fractions.
  const std::optional<Rational> k = ScaleBetween(from, to);
  return k && SolvingScale(*k, from, to, /*any_sign=*/false);
}

// Whether a step of a working follows from the one before it by a step a
// solution takes, its sides either way round: restated, a term moved across,
// both sides scaled (by -1 too), or a term moved and then both sides scaled
// ("6x + 2 = 14" -> "3x = 6"); or it states the value. "3y + 8 = 29" ->
// "y + 8 = 15" holds for y = 7 but follows from nothing done to both sides.
bool FollowsFrom(const LinearEquation& before, const LinearEquation& step) {
  if (StatesValue(step)) return true;
  const Sides from = SidesOf(before);
  for (const Sides to : {SidesOf(step), Sides{step.right_coefficient, step.right_constant, step.left_coefficient,
                                              step.left_constant}}) {
    if (to.a1 == from.a1 && to.b1 == from.b1 && to.a2 == from.a2 && to.b2 == from.b2) return true;
    if (MovesATerm(from, to)) return true;
    if (const std::optional<Rational> k = ScaleBetween(from, to); k && (*k == Rational(1) || SolvingScale(*k, from, to, true))) {
      return true;
    }
    // A move, then a scale: the scale is what the x terms' net coefficient
    // was multiplied by (a move leaves it as it is).
    const std::optional<Rational> net_from = from.a1.Sub(from.a2), net_to = to.a1.Sub(to.a2);
    if (!net_from || !net_to || net_from->is_zero() || net_to->is_zero()) continue;
    const std::optional<Rational> k = net_to->Div(*net_from);
    if (!k || *k == Rational(1)) continue;
    std::optional<Rational> u1 = to.a1.Div(*k), v1 = to.b1.Div(*k), u2 = to.a2.Div(*k), v2 = to.b2.Div(*k);
    if (!(u1 && v1 && u2 && v2)) continue;
    const Sides unscaled{*u1, *v1, *u2, *v2};
    if (MovesATerm(from, unscaled) && SolvingScale(*k, unscaled, to, true)) return true;
  }
  return false;
}

// The arithmetic a word of a step's description names: '+', '-', '*', '/',
// 't' for a word of taking ("take 5 from", "take away 5", "taking 5 off": a
// subtraction unless a part is taken, "take a third of"), 0 for none.
char OperationWordKind(std::string_view w) {
  static const vocab::WordSet kAdd = {"add", "adding", "added", "adds", "plus", "put", "putting", "increase",
                                      "increasing", "increased"};
  static const vocab::WordSet kSub = {"subtract", "subtracting", "subtracted", "subtracts", "minus", "remove",
                                      "removing", "removed", "deduct", "deducting", "deducted", "decrease",
                                      "decreasing", "decreased", "reduce", "reducing", "reduced", "knock",
                                      "knocking", "knocked"};
  static const vocab::WordSet kMul = {"multiply", "multiplying", "multiplied", "multiplies", "times"};
  static const vocab::WordSet kDiv = {"divide", "dividing", "divided", "divides", "split", "splitting", "share",
                                      "sharing"};
  static const vocab::WordSet kTake = {"take", "taking", "took", "takes"};
  return kAdd.Has(w) ? '+' : kSub.Has(w) ? '-' : kMul.Has(w) ? '*' : kDiv.Has(w) ? '/' : kTake.Has(w) ? 't' : 0;
}

// A word that is an operation and its number at once ("halve", "a third",
// "twice"; a plural, "two thirds"): the operation and the number.
std::optional<std::pair<char, int>> ScaleWord(std::string_view w) {
  static const std::pair<std::string_view, std::pair<char, int>> kScales[] = {
      {"halve", {'/', 2}},  {"halving", {'/', 2}}, {"halved", {'/', 2}},  {"half", {'/', 2}},
      {"third", {'/', 3}},  {"quarter", {'/', 4}}, {"fourth", {'/', 4}},  {"fifth", {'/', 5}},
      {"double", {'*', 2}}, {"doubling", {'*', 2}}, {"doubled", {'*', 2}}, {"twice", {'*', 2}},
      {"triple", {'*', 3}}, {"tripling", {'*', 3}}, {"tripled", {'*', 3}}};
  for (const auto& [word, scale] : kScales) {
    if (w == word || (word.size() > 4 && w.size() == word.size() + 1 && w.back() == 's' &&
                      w.substr(0, word.size()) == word)) {
      return scale;
    }
  }
  return std::nullopt;
}

// Whether token `k` is a word that names an operation on both sides: an
// operation word or a word that is an operation and its number at once.
bool NamesOperation(const Token& k) {
  return k.kind == TokenKind::kWord && (OperationWordKind(k.norm) != 0 || ScaleWord(k.norm));
}

// The value of an English number word up to twenty ("five": 5).
std::optional<int> EnglishNumberWord(std::string_view w) {
  static const std::pair<std::string_view, int> kNumberWords[] = {
      {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},      {"four", 4},
      {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},      {"nine", 9},
      {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},
      {"twenty", 20}};
  for (const auto& [word, value] : kNumberWords) {
    if (w == word) return value;
  }
  return std::nullopt;
}

// The operations a step's description says it makes on both sides, in
// order ("Divide both sides by 8:", "Adding 1 to both sides gives", "Step 1:
// subtract 6 from both sides,", "Multiplying by 2 gives", "Remove 9 from
// both sides", "Multiply both sides by 1/6", "subtract eight", "Halve both
// sides", "Take a third of both sides", "Subtracting 8 and multiplying by 8
// gives", "Subtract 3x and 3 from both sides"), applied to `before`; nullopt
// when the description says none or more than `most`, an operation without
// its number or a number without its operation, or a term with a letter
// other than the variable ("subtract 3y").
std::optional<LinearEquation> OperationsOfWhole(std::string_view description, const LinearEquation& before,
                                                std::size_t most) {
  const std::vector<Token> tokens = Tokenize(description);
  // The sides taken from a number ("Take both sides from fifteen",
  // "Subtract each side from eight"): that number less each side, not read.
  bool sides_before = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i].norm;
    sides_before = sides_before || w == "side" || w == "sides";
    if (!sides_before || (w != "from" && w != "off")) continue;
    for (std::size_t k = i + 1; k < tokens.size(); ++k) {
      if (tokens[k].kind == TokenKind::kNumber || EnglishNumberWord(tokens[k].norm)) return std::nullopt;
    }
  }
  // The operation being read, and those read before it.
  struct Operation {
    char op = 0;
    bool take = false;
    std::optional<Rational> operand;
    bool term = false;  // the operand is a multiple of the variable ("subtract 3n")
  };
  std::vector<Operation> done;
  Operation now;
  // A second operation word, or a second number, after a whole operation
  // starts the next one; a number alone keeps the operation before it
  // ("subtract 3x and 3").
  auto whole = [&]() { return now.operand && (now.op != 0 || now.take); };
  auto start_next = [&]() {
    if (!whole()) return;
    done.push_back(now);
    now = Operation();
  };
  auto set_op = [&](char here) {
    start_next();
    if (now.op != 0 && now.op != here) return false;
    now.op = here;
    return true;
  };
  auto set_operand = [&](const Rational& r) {
    if (whole()) {
      done.push_back(now);
      now = Operation{done.back().op, done.back().take, std::nullopt, false};
    }
    if (now.operand) return false;
    now.operand = r;
    return true;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& k = tokens[i];
    if (k.kind == TokenKind::kWord) {
      // A sign after the operation ("Subtract minus 2", "Take minus 20 off",
      // "Add negative 3"): the number's sign, not read.
      if ((k.norm == "minus" || k.norm == "negative" || k.norm == "plus") && (now.op != 0 || now.take) &&
          !now.operand) {
        return std::nullopt;
      }
      const char kind = OperationWordKind(k.norm);
      if (kind != 0 && kind != 't' && !set_op(kind)) return std::nullopt;
      if (kind == 't') {
        start_next();
        now.take = true;
      }
      if (const std::optional<std::pair<char, int>> scale = ScaleWord(k.norm)) {
        // ("a third of", "halve": the part's operation; "multiply by a
        // half" is read as dividing by 2, its same result. "Divide by one
        // fifth" multiplies by 5: not read.)
        if (now.op == '/' && scale->first == '/') return std::nullopt;
        start_next();
        if (now.op == '*' && scale->first == '/') now.op = 0;
        if (now.op == '/' && scale->first == '*') return std::nullopt;
        now.take = false;
        if (!set_op(scale->first) || !set_operand(Rational(scale->second))) return std::nullopt;
      }
      if (const std::optional<int> value = EnglishNumberWord(k.norm); value && !set_operand(Rational(*value))) {
        return std::nullopt;
      }
      continue;
    }
    if (k.kind != TokenKind::kNumber) continue;
    // "-3", "\u2212" 3: the sign glued before it.
    const bool negative = description[k.begin] != '-' && i > 0 && !k.space_before &&
                          (tokens[i - 1].norm == "-" || tokens[i - 1].norm == "\xE2\x88\x92");
    // A number in brackets or under two signs ("-(-2)", "(3)") is not read.
    const std::size_t sign_at = negative ? i - 1 : i;
    if (sign_at > 0 && !tokens[sign_at].space_before && tokens[sign_at - 1].kind == TokenKind::kPunct) {
      return std::nullopt;
    }
    // A fraction written with a slash ("1/6").
    std::size_t end = k.end;
    if (i + 2 < tokens.size() && tokens[i + 1].norm == "/" && !tokens[i + 1].space_before &&
        tokens[i + 2].kind == TokenKind::kNumber && !tokens[i + 2].space_before) {
      end = tokens[i + 2].end;
      i += 2;
    }
    if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].norm == ")") return std::nullopt;
    // A term of the variable ("3x"); of anything else ("2(x", "3y"), no
    // operation read.
    bool term = false;
    if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].kind != TokenKind::kPunct) {
      if (before.variable.empty() || description.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin) !=
                                         before.variable) {
        return std::nullopt;
      }
      term = true;
      ++i;
    }
    if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].norm == "(") return std::nullopt;
    std::optional<Rational> read = Rational::Parse(description.substr(k.begin, end - k.begin));
    if (!read) return std::nullopt;
    if (negative) read = read->Neg();
    if (!set_operand(*read)) return std::nullopt;
    now.term = term;
  }
  if (now.op != 0 || now.take || now.operand) done.push_back(now);
  if (done.empty() || done.size() > most) return std::nullopt;
  LinearEquation after = before;
  Rational* parts[] = {&after.left_coefficient, &after.left_constant, &after.right_coefficient, &after.right_constant};
  for (Operation& o : done) {
    if (o.op == 0 && o.take) o.op = '-';
    if (o.op == 0 || !o.operand || (o.term && (o.op == '*' || o.op == '/'))) return std::nullopt;
    for (Rational* p : parts) {
      const bool constant = (p == &after.left_constant || p == &after.right_constant) != o.term;
      std::optional<Rational> v = o.op == '+'   ? (constant ? p->Add(*o.operand) : std::optional<Rational>(*p))
                                  : o.op == '-' ? (constant ? p->Sub(*o.operand) : std::optional<Rational>(*p))
                                  : o.op == '*' ? p->Mul(*o.operand)
                                                : (o.operand->is_zero() ? std::nullopt : p->Div(*o.operand));
      if (!v) return std::nullopt;
      *p = *v;
    }
  }
  return after;
}

// What a step's description makes of `before`, read from its first
// operation word when a number stands before that word ("Step 2 of 2:
// Divide both sides by 8", "<h3>Step 1</h3> Subtract 6 from both sides",
// "Operation 1: ...", "\u3010Step 1\u3011 ...": the numbers of a label the
// checks do not strip are no operand, round 260); the whole description when
// nothing reads from there ("5 is subtracted from both sides").
std::optional<LinearEquation> DescribedOperation(std::string_view description, const LinearEquation& before,
                                                 std::size_t most) {
  bool number_before = false;
  for (const Token& k : Tokenize(description)) {
    if (NamesOperation(k)) {
      if (number_before) {
        if (std::optional<LinearEquation> from_word = OperationsOfWhole(description.substr(k.begin), before, most)) {
          return from_word;
        }
      }
      break;
    }
    number_before = number_before || k.kind == TokenKind::kNumber ||
                    (k.kind == TokenKind::kWord && EnglishNumberWord(k.norm));
  }
  return OperationsOfWhole(description, before, most);
}

// Whether `description` gives a number — digits, or a number word of
// English or another language ("fem", "sieben", "seis", "onze", "dos") —
// for an operation the checks cannot read ("Move 1 to the other side:",
// "Simplify by 11:", "Isolate by 7:", "Trekk fra fem:", "Subtraction of 7
// from both sides."): it may be false, so the step fails. A move across
// ("Move the 4 to the other side") reads as adding or subtracting it and
// passes when either gives `eq` from `before`; the factor of an expansion
// and the terms combined ("Distribute 3", "Combine 2x and 3x") are no
// operation on both sides.
bool SameSides(const LinearEquation& a, const LinearEquation& b);

// A word that moves a term across ("Move the 5 to the other side").
bool IsMoveWord(std::string_view w) {
  static const vocab::WordSet kMoves = {"move", "moving", "moved", "bring", "bringing", "brought", "transfer",
                                        "transferring", "transferred", "shift", "shifting", "shifted"};
  return kMoves.Has(w);
}

// Whether `text` holds a digit the tokenizer does not read as one: of
// another script, superscript, fullwidth, mathematical, circled ("Divide
// both sides by \u2079", "by \uFF19", "by \u0669": a number for the operation,
// unread).
bool HoldsUnreadDigit(std::string_view text) {
  while (const auto c = UnreadFormulaCharacter(text)) {
    const std::string_view ch = text.substr(c->first, c->second);
    // (Spaces, LaTeX's backslash, zero-width and direction marks, line
    // separators: no digit.)
    const bool digit = ch != "\\" && ch != "\xC2\xA0" && ch != "\xC2\xAD" && ch != "\xC2\x85" &&
                       ch != "\xEF\xBB\xBF" && !(ch.size() == 3 && ch[0] == '\xE2' && ch[1] == '\x80') &&
                       !(ch.size() == 3 && ch[0] == '\xE2' && ch[1] == '\x81' &&
                         static_cast<unsigned char>(ch[2]) < 0xB0) &&
                       // (Of the fullwidth forms only the digits: "\uFF1A" is a colon.)
                       !(ch.size() == 3 && ch[0] == '\xEF' && (ch[1] == '\xBD' || (ch[1] == '\xBC' &&
                         (static_cast<unsigned char>(ch[2]) < 0x90 || static_cast<unsigned char>(ch[2]) > 0x99))));
    if (digit) return true;
    text.remove_prefix(c->first + c->second);
  }
  return false;
}

bool DescriptionUnread(std::string_view description, const LinearEquation& before, const LinearEquation& eq) {
  static const vocab::WordSet kNumberWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      // Norwegian, Danish, Swedish, German, Dutch, French, Spanish, Italian, Portuguese (not "to", "en", "un",
      // "elf": English words; "fire" and "ti" are no operation's in English).
      "tre", "fire", "ti", "fyra", "fem", "seks", "sju", "syv", "\xC3\xA5tte", "otte", "\xC3\xA5tta", "nio", "tio",
      "elleve", "elva", "tolv", "tretten", "femten", "tjue", "tyve", "tjugo", "zwei", "drei", "vier", "f\xC3\xBCnf", "sechs",
      "sieben", "acht", "neun", "zehn", "zw\xC3\xB6lf", "zwanzig", "twee", "drie", "vijf", "zes", "zeven", "negen",
      "tien", "twaalf", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt",
      "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "veinte", "due",
      "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "dois", "tr\xC3\xAAs", "sete", "oito", "dez"};
  // (A line with an equals sign is judged as an equation, not as words: "x is approximately = 5".)
  if (description.find('=') != std::string_view::npos) return false;
  bool number = HoldsUnreadDigit(description);
  std::string_view move;
  for (const Token& k : Tokenize(description)) {
    if (k.kind == TokenKind::kNumber) number = true;
    if (k.kind != TokenKind::kWord) continue;
    number = number || kNumberWords.Has(k.norm);
    if (IsMoveWord(k.norm) && move.empty()) move = description.substr(k.begin, k.end - k.begin);
    for (std::string_view factor : {"expand", "distribut", "combin", "collect", "factor"}) {
      if (k.norm.compare(0, factor.size(), factor) == 0) return false;
    }
  }
  if (!number || DescribedOperation(description, before, std::numeric_limits<std::size_t>::max())) return false;
  if (!move.empty()) {
    const std::size_t at = static_cast<std::size_t>(move.data() - description.data());
    for (std::string_view verb : {"subtract", "add"}) {
      std::string read(description);
      read.replace(at, move.size(), verb);
      if (std::optional<LinearEquation> made = DescribedOperation(read, before, 1); made && SameSides(*made, eq)) {
        return false;
      }
    }
  }
  return true;
}

// Whether a line without an equation describes the operation that gives the
// next line ("Subtract 4 from both sides:", "Now divide by 3.") rather than
// the one before it ("Subtracted 4 from both sides." below the equation it
// made): a closing colon, or no verb in the past tense.
bool DescribesNextLine(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  if (text.back() == ':') return true;
  static const vocab::WordSet kPast = {"added", "subtracted", "multiplied", "divided"};
  for (const Token& k : Tokenize(text)) {
    if (k.kind == TokenKind::kWord && kPast.Has(k.norm)) return false;
  }
  return true;
}

// `text` without the brackets around it and the marks after them ("(divide
// both sides by 8): " reads "divide both sides by 8").
std::string_view Unbracketed(std::string_view text) {
  text = Trim(text);
  // A step label without its colon ("Step 1 (divide both sides by 8): ").
  if (text.size() > 4 && (text[0] == 'S' || text[0] == 's') && text.substr(1, 3) == "tep") {
    std::size_t i = 4;
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    if (i > digits) text = Trim(text.substr(i));
  }
  while (!text.empty() && (text.back() == ':' || text.back() == ',' || text.back() == '.' || text.back() == ';')) {
    text = Trim(text.substr(0, text.size() - 1));
  }
  if (text.size() > 2 && (text.front() == '(' || text.front() == '[') && text.find_first_of(")]") == text.size() - 1) {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

// Whether words after an equation announce the next step ("3x = 15, then
// divide by 3", "3x = 15 -> divide by 3", "; divide by 3 to get x") rather
// than tell how this line was made ("(subtract 5 from both sides)", "—
// divided by 3", ", after we subtract 6").
bool AnnouncesNextStep(std::string_view after) {
  for (std::string_view arrow : {"->", "=>", "\xE2\x86\x92", "\xE2\x87\x92", "\xE2\x9F\xB6"}) {
    if (after.substr(0, arrow.size()) == arrow) return true;
  }
  static const vocab::WordSet kNext = {"then", "next", "now", "so", "finally", "afterwards", "later", "get",
                                       "gives", "find", "obtain", "isolate", "solve", "leaves", "yields"};
  for (const Token& k : Tokenize(after)) {
    if (k.kind == TokenKind::kWord && kNext.Has(k.norm)) return true;
  }
  return false;
}

// The words on `line` describing its step, which states `equation`: before
// it ("Divide both sides by 7: n + 7 = 14"), else after it ("3x = 15
// (subtract 5 from both sides)", "y = 7 — divided both sides by 9") when
// they do not announce the next step; empty text if none.
struct StepWords {
  std::string_view text;
  bool before_equation = false;
};
StepWords StepDescription(std::string_view line, std::string_view equation) {
  const std::size_t at = line.find(equation);
  if (at == std::string_view::npos) return {};
  if (!Trim(line.substr(0, at)).empty()) return {Unbracketed(line.substr(0, at)), true};
  const std::string_view after = Unbracketed(line.substr(at + equation.size()));
  return {AnnouncesNextStep(after) ? std::string_view() : after, false};
}

std::optional<Rational> MarkedValue(std::string_view text);

// A number written in a line of words without an equation where no word
// names an operation on an equation, a step or the variable ("Subtrahiere 6
// auf beiden Seiten.", "Trekk fra 5 p\u00E5 begge sider.", "Restamos 4 a ambos
// lados."): what the line says of it is not read, so it may describe a step
// falsely. A value alone ("#### 5", "\\boxed{5}") is the final answer's to
// judge. The number's text, or empty.
std::string_view UnreadNumberIn(std::string_view text, std::string_view variable) {
  if (MarkedValue(text)) return {};
  std::string_view number;
  for (const Token& k : Tokenize(text)) {
    if (k.kind == TokenKind::kWord && (IsStepOperationWord(k.norm) || k.norm == "step" || k.norm == "steps" ||
                                       k.norm == variable)) {
      return {};
    }
    if (k.kind == TokenKind::kNumber && number.empty()) number = text.substr(k.begin, k.end - k.begin);
  }
  return number;
}

// Whether two equations have the same sides, term for term, either way round.
bool SameSides(const LinearEquation& a, const LinearEquation& b) {
  return (a.left_coefficient == b.left_coefficient && a.left_constant == b.left_constant &&
          a.right_coefficient == b.right_coefficient && a.right_constant == b.right_constant) ||
         (a.left_coefficient == b.right_coefficient && a.left_constant == b.right_constant &&
          a.right_coefficient == b.left_coefficient && a.right_constant == b.left_constant);
}

// "then report the value of 2x", "tell me what 3x equals", "what is x + 10?":
// the expression the request wants stated last, when it is not the variable
// itself, with where its phrase stands in the prompt.
struct Reported {
  LinearEquation target;     // the expression, parsed as "<expression> = 0"
  std::size_t begin = 0;     // the phrase (the asking words and the expression)
  std::size_t end = 0;
};

// The expression in `var` written right at `b` (digits, the variable as a
// word of its own, + - * / ( ) and spaces), trimmed; empty when it does not
// hold the variable, ends in an operator or is the left side of an equation.
std::string_view ExpressionAt(std::string_view lower, std::size_t b, const std::string& var, std::size_t* end) {
  auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  std::size_t e = b;
  bool has_var = false;
  while (e < lower.size()) {
    const char c = lower[e];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '+' || c == '-' || c == '*' || c == '/' ||
        c == '(' || c == ')') {
      ++e;
    } else if (c == '.' && e + 1 < lower.size() && std::isdigit(static_cast<unsigned char>(lower[e + 1]))) {
      ++e;
    } else if (lower.compare(e, var.size(), var) == 0 && !(e > 0 && is_letter(lower[e - 1])) &&
               !(e + var.size() < lower.size() && is_letter(lower[e + var.size()]))) {
      has_var = true;
      e += var.size();
    } else {
      break;
    }
  }
  std::size_t after = e;
  while (after < lower.size() && lower[after] == ' ') ++after;
  if (after < lower.size() && lower[after] == '=') return {};  // an equation, not an expression
  while (e > b && lower[e - 1] == ' ') --e;
  if (!has_var || e == b) return {};
  const char last = lower[e - 1];
  if (last == '+' || last == '-' || last == '*' || last == '/' || last == '(') return {};
  *end = e;
  return lower.substr(b, e - b);
}

std::optional<Reported> ReportTarget(std::string_view prompt, const std::string& var) {
  std::string lower(prompt);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string low_var = var;
  for (char& c : low_var) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kAsking[] = {"value of ", "what is ", "what ", "give ", "report ", "state ",
                                        "write ", "find ", "compute ", "calculate ", "equal to "};
  std::optional<Reported> found;
  for (const char* asking : kAsking) {
    const std::string_view a(asking);
    for (std::size_t at = lower.find(a); at != std::string::npos; at = lower.find(a, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
      std::size_t end = 0;
      const std::string_view expr = ExpressionAt(lower, at + a.size(), low_var, &end);
      if (expr.empty() || expr == low_var) continue;
      // ("Give (x)!", "the value of 2x|": a mark glued after it makes it
      // another expression.)
      if (end < lower.size() && std::string_view(".,;:?)\n\r\t ").find(lower[end]) == std::string_view::npos) continue;
      std::optional<LinearEquation> eq = ParseLinearEquation(std::string(prompt.substr(at + a.size(), end - at - a.size())) + " = 0");
      if (!eq || eq->variable != var) continue;
      // ("(x)" is the variable itself.)
      if (eq->left_coefficient == Rational(1) && eq->left_constant == Rational(0)) continue;
      if (found) {
        // Two asking phrases over one expression are one target; two
        // different expressions are not a target the checks can hold.
        if (found->target.left_coefficient != eq->left_coefficient ||
            found->target.left_constant != eq->left_constant) {
          return std::nullopt;
        }
        found->begin = std::min(found->begin, at);
        found->end = std::max(found->end, end);
        continue;
      }
      found = Reported{std::move(*eq), at, end};
    }
  }
  return found;
}

// A sign of a relation other than the single "=" the checks read, in
// `text` ("7n == 49", "y := 12", "x \u2254 3", fullwidth "\uFF1D"); empty when
// there is none. A line that states one says what no check reads.
std::string_view OtherRelationSign(std::string_view text) {
  static constexpr std::string_view kSigns[] = {"==", ":=", "=:", "\xE2\x89\x94", "\xE2\x89\x95", "\xEF\xBC\x9D",
                                                "\xE2\xA9\xB5", "\xE2\x89\x9F", "\xE2\x89\x9D"};
  for (std::string_view sign : kSigns) {
    if (text.find(sign) != std::string_view::npos) return sign;
  }
  return {};
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// Whether the words above a working's first equation say it is the
// request ("The equation is", "Start:", "Original equation:", "We start
// from", "Given:", "Problem:", "### Solve") and name no operation on it.
bool ClaimsToBeTheRequest(std::string_view text) {
  static const vocab::WordSet kRestating = {"equation", "start", "starting", "original", "given", "problem",
                                            "begin", "beginning", "solve", "solving", "initial", "question", "task"};
  bool claims = false;
  for (const Token& k : Tokenize(text)) {
    if (k.kind != TokenKind::kWord) continue;
    if (NamesOperation(k) || IsMoveWord(k.norm)) return false;
    claims = claims || kRestating.Has(k.norm);
  }
  return claims;
}

// The number of lines of an answer that hold more than blanks.
std::size_t LinesOf(const grammars::Steps& steps) {
  std::size_t lines = 0;
  for (const grammars::Step& s : steps) lines += !Trim(s.text).empty();
  return lines;
}

// Whether the answer is `value` alone on one line ("-10/3", "1.5", "**7**",
// "$7$", "7."), as a request for the value alone asks.
bool ValueAlone(const grammars::Steps& steps, const Rational& value) {
  if (LinesOf(steps) != 1) return false;
  for (const grammars::Step& s : steps) {
    std::string_view text = Trim(s.text);
    if (text.empty()) continue;
    if (text.size() > 1 && text.back() == '.') text.remove_suffix(1);
    while (text.size() > 2 && text.front() == text.back() &&
           std::string_view("*$`_").find(text.front()) != std::string_view::npos) {
      text = Trim(text.substr(1, text.size() - 2));
    }
    const std::optional<Rational> read = Rational::Parse(text);
    return read && *read == value;
  }
  return false;
}

class LinearEquationVerifier final : public StepVerifier {
 public:
  explicit LinearEquationVerifier(bool final_answer) : final_answer_(final_answer) {}
  std::string_view name() const override { return "linear_equation"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) {
      failures->push_back({"linear_equation", "", NoEquationReason(context)});
      return;
    }
    std::optional<Rational> solution = Solve(*request);
    if (!solution) {
      // ("1,000x = 3,000" read as "000x = 3": say what was misread.)
      std::string misread;
      AsksForAnotherValue(context.input->prompt, *request, &misread);
      failures->push_back({"linear_equation", "",
                           "the request's equation has no unique solution" +
                               (misread.empty() ? std::string() : " as read (" + misread + ")")});
      return;
    }
    const std::string& var = request->variable;
    const grammars::Steps& steps = *context.steps;
    // The form the request asks the answer in (round 262).
    switch (context.Form()) {
      case AskedForm::kBoth:
        failures->push_back({"linear_equation", "",
                             "the request asks for the working and for the value alone at once, which no answer "
                             "gives"});
        return;
      case AskedForm::kValueOnly:
        // (Of another expression, or with a check: no value alone the checks read.)
        if (std::string asked; ReportTarget(context.input->prompt, var) ||
                               AsksForAnotherValue(context.input->prompt, *request, &asked) ||
                               AsksForACheck(context.input->prompt, *request)) {
          failures->push_back({"linear_equation", "",
                               "the request asks for a value alone that is not " + var + "'s, or for a check too"});
        } else if (!ValueAlone(steps, *solution)) {
          failures->push_back({"linear_equation", "",
                               "the request asks for the value of " + var + " alone; the answer is not " +
                                   solution->ToString() + " alone on one line"});
        }
        return;
      case AskedForm::kOneLine:
        if (const std::size_t lines = LinesOf(steps); lines != 1) {
          failures->push_back({"linear_equation", "",
                               "the request asks for one line; the answer has " + std::to_string(lines)});
        }
        break;
      case AskedForm::kSteps: {
        // Two equations, or one whose line names the operation that made it
        // ("Step 1 (divide both sides by 4): d = 7"); not the value alone.
        std::size_t equations = 0;
        for (std::size_t i = 0; i < steps.size() && equations < 2; ++i) {
          equations += StatedAt(steps, i, var).equations.size();
        }
        const auto described = [&] {
          return std::any_of(steps.begin(), steps.end(), [](const grammars::Step& s) {
            const std::vector<Token> words = Tokenize(s.text);
            return std::any_of(words.begin(), words.end(), NamesOperation);
          });
        };
        if (equations < 2 && !StatesValue(*request) && !described()) {
          failures->push_back({"linear_equation", "",
                               "the request asks for the working; the answer states no step before its value"});
        }
        break;
      }
      case AskedForm::kAny:
        break;
    }
    // Prose that only names the value shows no step to verify.
    if (std::none_of(steps.begin(), steps.end(),
                     [](const grammars::Step& s) { return s.kind == grammars::StepKind::kEquation; })) {
      failures->push_back({"linear_equation", "", "no equation steps: the solution must show its working"});
    }
    bool first = true;
    // The equation a step's described operation applies to: the request,
    // then each step's last equation in the variable.
    LinearEquation before = *request;
    bool before_is_step = false;
    // Lines of their own naming an operation ("Divide both sides by 7:"),
    // read for the next line's equation: each must give it.
    std::vector<std::string_view> descriptions_above;
    // The last equation in the variable and the one it was made from, for
    // a line below it that tells how it was made.
    struct Made {
      LinearEquation from;
      LinearEquation equation;
    };
    std::optional<Made> last_made;
    // Lines below an equation that tell of an operation which did not make
    // it: read again for the next equation.
    std::vector<std::size_t> told_between;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      Stated stated = StatedAt(steps, i, var);
      if (!stated.problem.empty()) MergeVerdict(&(*verdicts)[i], {false, stated.problem});
      if (const std::string_view sign = OtherRelationSign(steps[i].text); !sign.empty()) {
        MergeVerdict(&(*verdicts)[i], {false, "the line states \"" + std::string(sign) +
                                                  "\", a relation the checks do not read"});
      }
      // "Divide both sides by 7: n + 7 = 14" below "8(n + 7) = 112": the
      // operation the line names must give its equation. (What the first
      // line names on itself when it restates the request is the plan for
      // the next line: "To solve 3x + 5 = 20, subtract 5 from both sides"; a
      // line of its own above it is read.) Several operations are read
      // before the equation ("Subtracting 8 and multiplying by 2 gives");
      // after it or on lines above they are a plan, not read.
      if (stated.equations.size() == 1 && stated.equations.front().variable == var) {
        const LinearEquation& eq = stated.equations.front();
        const StepWords own =
            first && SameSides(eq, before) ? StepWords() : StepDescription(StripStepLabel(steps[i].text), eq.text);
        const std::size_t above = descriptions_above.size();
        descriptions_above.push_back(own.text);
        for (std::size_t d = 0; d < descriptions_above.size(); ++d) {
          const std::string_view description = descriptions_above[d];
          const std::size_t most = d == above && own.before_equation ? std::numeric_limits<std::size_t>::max() : 1;
          if (std::optional<LinearEquation> made = DescribedOperation(description, before, most);
              made && !SameSides(*made, eq)) {
            MergeVerdict(&(*verdicts)[i], {false, "the step says \"" + std::string(Trim(description).substr(0, 60)) +
                                                      "\", which does not give " + eq.text + " from " + before.text});
            break;
          }
        }
        // (Words after the equation may be a plan for later lines: not held to this.)
        for (std::size_t d = 0; d < descriptions_above.size(); ++d) {
          if ((d < above || own.before_equation) && DescriptionUnread(descriptions_above[d], before, eq)) {
            MergeVerdict(&(*verdicts)[i], {false, "the step says \"" +
                                                      std::string(Trim(descriptions_above[d]).substr(0, 60)) +
                                                      "\", a number for an operation the checks cannot read"});
            break;
          }
        }
      } else if (!first && stated.equations.size() == 1 && stated.equations.front().variable.empty()) {
        // "Multiply both sides by 0: 0 = 0", "Divide both sides by 7: 187 =
        // 187", "Subtract 1288 from both sides: 0 = 0" below "7x = 1288": a
        // line without the variable that names an operation on both sides
        // gives what that operation makes of the equation before it, and an
        // operation that leaves no variable is no step of a solution.
        const LinearEquation& eq = stated.equations.front();
        const StepWords own = StepDescription(StripStepLabel(steps[i].text), eq.text);
        for (std::size_t d = 0; d <= descriptions_above.size(); ++d) {
          const bool is_own = d == descriptions_above.size();
          const std::string_view description = is_own ? own.text : descriptions_above[d];
          const std::size_t most = is_own && own.before_equation ? std::numeric_limits<std::size_t>::max() : 1;
          const std::optional<LinearEquation> made = DescribedOperation(description, before, most);
          if (!made) {
            // ("Divide both sides by 0: 0 = 0": a number for no operation read.)
            if (DescriptionUnread(description, before, eq)) {
              MergeVerdict(&(*verdicts)[i], {false, "the step says \"" + std::string(Trim(description).substr(0, 60)) +
                                                        "\", a number for an operation the checks cannot read"});
              break;
            }
            continue;
          }
          const bool lost = made->left_coefficient.is_zero() && made->right_coefficient.is_zero();
          if (lost || !SameSides(*made, eq)) {
            MergeVerdict(&(*verdicts)[i], {false, "the step says \"" + std::string(Trim(description).substr(0, 60)) +
                                                      "\", which " +
                                                      (lost ? "leaves no " + var + " to solve for"
                                                            : "does not give " + eq.text + " from " + before.text)});
            break;
          }
        }
      }
      if (!stated.equations.empty()) {
        descriptions_above.clear();
      } else if (const std::string_view text = StripStepLabel(steps[i].text); DescribesNextLine(text)) {
        descriptions_above.push_back(Unbracketed(text));
      } else if (last_made) {
        // "(We subtracted 8 from both sides.)" below "9x = 45": how the
        // equation above was made from the one before it, or how the next
        // is made from it; neither, and it fails.
        if (std::optional<LinearEquation> said = DescribedOperation(Unbracketed(text), last_made->from, 1);
            said && !SameSides(*said, last_made->equation)) {
          told_between.push_back(i);
        }
      }
      if (stated.equations.empty() && stated.problem.empty()) {
        if (const std::string_view number = UnreadNumberIn(StripStepLabel(steps[i].text), Lowercase(var));
            !number.empty()) {
          MergeVerdict(&(*verdicts)[i], {false, "the line gives the number " + std::string(number) +
                                                    " in words the checks do not read: \"" +
                                                    std::string(Trim(steps[i].text).substr(0, 60)) + "\""});
        }
      }
      for (const LinearEquation& eq : stated.equations) {
        if (eq.variable != var) continue;
        for (std::size_t k : told_between) {
          const std::string_view text = Unbracketed(StripStepLabel(steps[k].text));
          if (std::optional<LinearEquation> said = DescribedOperation(text, before, 1); !said || SameSides(*said, eq)) {
            continue;
          }
          MergeVerdict(&(*verdicts)[k], {false, "the step says \"" + std::string(Trim(text).substr(0, 60)) +
                                                    "\", which gives neither the line above it nor " + eq.text +
                                                    " from " + before.text});
        }
        told_between.clear();
        // Each step after the first follows from the one before it (the
        // first is held to the request below); after the value is stated,
        // what is made of it ("2x = 10" for the asked 2x) only holds. (A step
        // of another solution fails as that, below.)
        const std::optional<Rational> holds_for = Solve(eq);
        if (before_is_step && !StatesValue(before) && holds_for && *holds_for == *solution && !FollowsFrom(before, eq)) {
          MergeVerdict(&(*verdicts)[i], {false, "\"" + eq.text + "\" does not follow from " + before.text +
                                                    " by one step on both sides"});
        }
        last_made = Made{before, eq};
        before = eq;
        before_is_step = true;
      }
      // A line of arithmetic that puts another value into the request
      // ("Check: 7(13) - 18 = 73" where y = 12): a check of a wrong value.
      if (!stated.equations.empty() &&
          std::all_of(stated.equations.begin(), stated.equations.end(),
                      [](const LinearEquation& eq) { return eq.variable.empty(); })) {
        if (const std::optional<Rational> put = ValuePutIn(steps[i].text, *request); put && *put != *solution) {
          MergeVerdict(&(*verdicts)[i], {false, "puts " + var + " = " + put->ToString() + " into " + request->text +
                                                    ", not its solution " + solution->ToString()});
        }
      }
      for (const LinearEquation& eq : stated.equations) {
        MergeVerdict(&(*verdicts)[i], Judge(eq, var, *solution));
        // An equation the working calls the request ("The equation is 2(w +
        // 2) = 6", "Start:", "Original equation:", a line "### Solve" above
        // the first) must be the request: one divided through is another
        // equation's working (round 265).
        if (!eq.variable.empty()) {
          std::string claim;
          for (std::size_t k = 0; first && k < i; ++k) claim += std::string(steps[k].text) + "\n";
          if (const std::size_t at = steps[i].text.find(eq.text); at != std::string::npos) {
            claim += steps[i].text.substr(0, at);
          }
          if (ClaimsToBeTheRequest(claim) && !SameSides(eq, *request)) {
            MergeVerdict(&(*verdicts)[i], {false, "the working says \"" + eq.text + "\" is the asked equation, which is " +
                                                      request->text});
          }
        }
        if (first && !eq.variable.empty()) {
          first = false;
          if (!TransformsRequest(*request, eq)) {
            MergeVerdict(&(*verdicts)[i], {false, "\"" + eq.text + "\" is not the asked equation " + request->text +
                                                      " restated, nor one step from it"});
          }
        }
      }
    }
    for (std::size_t k : told_between) {
      MergeVerdict(&(*verdicts)[k], {false, "the step says \"" + std::string(Trim(steps[k].text).substr(0, 60)) +
                                                "\", which does not give " + last_made->equation.text + " from " +
                                                last_made->from.text});
    }
    // A solution that stops mid-sentence ("Therefore", "x =") was cut.
    for (std::size_t i = steps.size(); i-- > 0;) {
      std::string_view text = steps[i].text;
      while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
      if (text.empty()) continue;
      // Markdown emphasis closed at the end ("**x = 5**") is no operator.
      for (std::string_view mark : {"**", "__", "*", "_"}) {
        if (text.size() > 2 * mark.size() && text.substr(text.size() - mark.size()) == mark &&
            text.find(mark) < text.size() - mark.size()) {
          text = text.substr(0, text.size() - mark.size());
          break;
        }
      }
      static const char* const kDangling[] = {"therefore", "so", "thus", "hence", "then", "and", "=", "+", "-",
                                              "*", "/", "is", "equals", "gives", ":", "(", ","};
      std::string tail;
      for (std::size_t k = text.size(); k-- > 0 && text[k] != ' ';) {
        tail.insert(tail.begin(), static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
      }
      bool dangling = false;
      for (const char* d : kDangling) dangling = dangling || tail == d || (std::string(d).size() == 1 && text.back() == d[0]);
      if (dangling) MergeVerdict(&(*verdicts)[i], {false, "the solution stops mid-sentence: \"" + std::string(text.substr(0, 60)) + "\""});
      break;
    }
    // A request for another expression's value is judged by the final_answer
    // integrity check when it names the expression plainly; anything else it
    // asks for cannot be verified.
    // What else the request asks is read without the reported expression's
    // phrase.
    const std::optional<Reported> reported = ReportTarget(context.input->prompt, var);
    std::string rest(context.input->prompt);
    if (reported) rest.replace(reported->begin, reported->end - reported->begin, " ");
    std::string asked;
    if (AsksForAnotherValue(rest, *request, &asked)) {
      failures->push_back({"linear_equation", "",
                           "the request asks for more than the value of " + var + " (" + asked +
                               "), which the checks cannot verify"});
      return;
    }
    // A check asked for: a line that puts the value into the asked equation.
    if (AsksForACheck(rest, *request) && !ChecksTheValue(steps, *request, *solution)) {
      failures->push_back({"linear_equation", "",
                           "the request asks for a check of the solution, and no line puts " + var + " = " +
                               solution->ToString() + " into " + request->text + " (\"Check: ...\")"});
      return;
    }
    if (!final_answer_ || reported) return;
    LinearEquation final_eq;
    std::size_t at = FindFinalAnswer(steps, var, &final_eq, request);
    if (at == static_cast<std::size_t>(-1)) {
      failures->push_back({"linear_equation", "",
                           "no final answer: the last step must state " + var + " = <value>"});
    } else if (std::optional<Rational> v = Solve(final_eq); !v || *v != *solution) {
      failures->push_back({"linear_equation", "",
                           "the final answer (step " + std::to_string(at) + ") is wrong"});
    }
  }

 private:
  static StepVerdict Judge(const LinearEquation& eq, const std::string& var, const Rational& solution) {
    if (eq.variable.empty()) {
      if (eq.coefficient.is_zero() && eq.constant.is_zero()) return {true, "arithmetic holds"};
      return {false, "arithmetic is wrong: " + eq.text};
    }
    if (eq.variable != var) {
      return {false, "solves for " + eq.variable + ", the request asks for " + var};
    }
    if (eq.coefficient.is_zero()) {
      // "2x + 3x = 5x" holds for every value; "2x = 2x + 1" for none.
      if (eq.constant.is_zero()) return {true, "holds for every " + var};
      return {false, "holds for no value of " + var + ": " + eq.text};
    }
    std::optional<Rational> s = Solve(eq);
    if (!s) return {false, "has no unique solution, the request's equation has " + var + " = " + solution.ToString()};
    if (*s != solution) {
      return {false, "gives " + var + " = " + s->ToString() + ", not the request's " + var + " = " +
                         solution.ToString()};
    }
    return {true, "same solution as the request (" + var + " = " + solution.ToString() + ")"};
  }

  bool final_answer_;
};

// The numbers of the request's equation must appear in the first equation
// step: a cached solution of "3x + 6 = 21" has the right answer (x = 5) for
// "3x + 5 = 20" and would pass step by step, but restates the wrong problem.
class NumericConsistencyVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "numeric_consistency"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) return;  // linear_equation reports it
    std::vector<double> wanted;
    ExtractNumbers(request->text, &wanted);
    for (double& d : wanted) d = std::fabs(d);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].kind != grammars::StepKind::kEquation) continue;
      std::vector<double> have;
      ExtractNumbers(steps[i].equation, &have);
      for (double& d : have) d = std::fabs(d);
      std::sort(have.begin(), have.end());
      std::string missing;
      for (double w : wanted) {
        if (!std::binary_search(have.begin(), have.end(), w)) missing += (missing.empty() ? "" : ", ") + Num(w);
      }
      if (missing.empty()) {
        MergeVerdict(&(*verdicts)[i], {true, "states the request's numbers"});
      } else {
        MergeVerdict(&(*verdicts)[i], {false, "does not state the request's equation (missing " + missing + ")"});
      }
      return;  // only the first equation step restates the problem
    }
  }
};

// The first line after step `at` (the final answer) that gives a number
// without stating an equation the checks read ("#### 14", "\boxed{21}", a
// bare "24", "So x equals seventy-two.", "L = {39}", "x ∈ {48}"): the
// answer may be that number. Empty when there is none.
// The value a line gives alone, marked as an answer or not ("\\boxed{12/5}",
// "#### 5", "**5**", "$-3$"); nullopt when the line holds anything else.
std::optional<Rational> MarkedValue(std::string_view text) {
  std::string core;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 6, "\\boxed") == 0) {
      i += 5;
      continue;
    }
    if (std::strchr("{}$*#`()[] \t\r", text[i]) == nullptr) core += text[i];
  }
  return core.empty() ? std::nullopt : Rational::Parse(core);
}

// Whether step `k`, after the final value, checks it: a line of arithmetic
// alone, read whole, that puts `value` into the request ("Check: 3(5) + 5
// = 20").
bool ChecksValueLine(const grammars::Steps& steps, std::size_t k, const std::string& var,
                     const LinearEquation* request, const std::optional<Rational>& value) {
  if (request == nullptr || !value) return false;
  const Stated stated = StatedAt(steps, k, var);
  return !stated.equations.empty() && stated.problem.empty() &&
         std::all_of(stated.equations.begin(), stated.equations.end(),
                     [](const LinearEquation& eq) { return eq.variable.empty(); }) &&
         PutsValueIn(steps[k].text, *request, *value);
}

std::string UnreadTrailingNumber(const grammars::Steps& steps, std::size_t at,
                                 const std::optional<Rational>& value = std::nullopt,
                                 const LinearEquation* request = nullptr) {
  static const vocab::WordSet kNumberWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "half", "third", "quarter"};
  for (std::size_t k = at + 1; k < steps.size(); ++k) {
    if (request != nullptr && ChecksValueLine(steps, k, request->variable, request, value)) continue;
    std::string plain = steps[k].text;  // without the LaTeX command that marks an answer
    for (std::size_t b = plain.find("\\boxed"); b != std::string::npos; b = plain.find("\\boxed")) plain.erase(b, 6);
    // (Digits the tokenizer reads as letters too: "\u0666", "\uFF16".)
    if (UnreadFormulaCharacter(plain)) return steps[k].text.substr(0, 80);
    const std::vector<Token> tokens = Tokenize(plain);
    // The final value once more, alone ("\boxed{5}", "#### 5", "**5**").
    std::size_t numbers = 0, words = 0;
    for (const Token& t : tokens) {
      numbers += t.kind == TokenKind::kNumber;
      words += t.kind == TokenKind::kWord;
    }
    if (value && numbers >= 1 && words == 0) {
      if (const std::optional<Rational> r = MarkedValue(steps[k].text); r && *r == *value) continue;
    }
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kWord && kNumberWords.Has(t.norm))) {
        return steps[k].text.substr(0, 80);
      }
    }
  }
  return {};
}

// The first line after the final answer (step `at`) that says anything
// but the value again, a closing word or a rule, or that announces what
// follows ("So the answer is:" before "That's it."): what follows a value may
// change it ("%", "k", "negative", "squared", "(-)", "Then double it.",
// "Note: this is wrong.") and no list of such words is complete, so the
// words a closing line may hold are listed instead ("Hope this helps!",
// "Check: done.", "QED", "\u2713", "```", "---"). Empty when there is none.
std::string UnreadTrailingLine(const grammars::Steps& steps, std::size_t at, const std::optional<Rational>& value,
                               const LinearEquation* request = nullptr) {
  static const vocab::WordSet kClosing = {
      "hope", "this", "that", "it", "s", "helps", "help", "done", "qed", "the", "solution", "answer", "final",
      "is", "complete", "completed", "verified", "correct", "check", "checked", "checks", "out", "and", "we",
      "are", "all", "so", "good", "ok", "okay", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x88\x8E", "\xE2\x96\xA1",
      "\xE2\x96\xA0"};
  for (std::size_t k = at + 1; k < steps.size(); ++k) {
    if (request != nullptr && ChecksValueLine(steps, k, request->variable, request, value)) continue;
    const std::string_view line = StripStepLabel(steps[k].text);
    if (value) {
      if (const std::optional<Rational> r = MarkedValue(line); r && *r == *value) continue;
    }
    // A rule or a fence: one mark three times or more ("---", "```", "***").
    std::string marks;
    for (char c : line) {
      if (!IsSpace(c)) marks += c;
    }
    if (marks.empty() ||
        (marks.size() >= 3 && std::strchr("`-_=*~#", marks[0]) != nullptr &&
         marks.find_first_not_of(marks[0]) == std::string::npos)) {
      continue;
    }
    // A line announcing what follows ("So the answer is:", "Final answer:")
    // with no value after it: which value it names is not read.
    std::string_view end = Trim(line);
    while (!end.empty() && (end.back() == '*' || end.back() == '_' || IsSpace(end.back()))) end.remove_suffix(1);
    if (!end.empty() && end.back() == ':') return std::string(line.substr(0, 80));
    bool words = false, plain = true;
    for (const Token& t : Tokenize(line)) {
      if (t.kind == TokenKind::kWord) {
        words = true;
        plain = plain && kClosing.Has(t.norm);
      } else if (t.kind == TokenKind::kNumber) {
        plain = false;
      } else {
        const bool mark = t.norm.size() == 1 && std::strchr(".,:;!'*_`", t.norm[0]) != nullptr;
        plain = plain && (mark || kClosing.Has(t.norm));
      }
    }
    if (!words || !plain) return std::string(line.substr(0, 80));
  }
  return {};
}

// A line before the final answer (step `at`) that reads as an answer but
// states no equation the checks read ("\boxed{6}", "#### 6", "**6**", a
// bare "6"): the solution may answer that number. Empty when there is none.
std::string UnreadAnswerLine(const grammars::Steps& steps, std::size_t at, const std::string& var,
                             const std::optional<Rational>& value) {
  for (std::size_t k = 0; k < at && k < steps.size(); ++k) {
    const std::string& text = steps[k].text;
    std::string plain = text;  // without the LaTeX command that marks an answer
    for (std::size_t b = plain.find("\\boxed"); b != std::string::npos; b = plain.find("\\boxed")) plain.erase(b, 6);
    if (text.find_first_of("0123456789") == std::string::npos && !UnreadFormulaCharacter(plain)) continue;
    const std::vector<Token> t = Tokenize(text);
    bool marked = text.find("boxed") != std::string::npos || text.find("####") != std::string::npos;
    std::size_t words = 0, numbers = 0;
    for (const Token& k2 : t) {
      words += k2.kind == TokenKind::kWord;
      numbers += k2.kind == TokenKind::kNumber;
    }
    marked = marked || (numbers == 1 && words == 0);  // "6", "**6**", "$6$"
    if (!marked || !StatedAt(steps, k, var).equations.empty()) continue;
    // (The final value itself, boxed above: "\boxed{5}" then "x = 5".)
    if (value && !UnreadFormulaCharacter(plain)) {
      if (const std::optional<Rational> r = MarkedValue(text); r && *r == *value) continue;
    }
    return text.substr(0, 80);
  }
  return {};
}

// The first word before the final statement `eq` on its line that is none
// of the words a final line is written with: "Wrong: x = 5", "Not the final
// answer: x = 5", "Ikke svaret: x = 5" deny the value, and no list of
// denials is complete. Empty when there is none.
std::string SaidBeforeTheValue(std::string_view line, const LinearEquation& eq) {
  const std::string_view unlabelled = StripStepLabel(line);
  const std::size_t at = unlabelled.find(eq.text);
  if (at == std::string_view::npos) return {};
  return UnreadWordIn(unlabelled.substr(0, at), Lowercase(eq.variable), /*marks=*/false);
}

// A line between the working and the final statement (step `at`) that
// states no equation and holds a word or mark no final line is written with:
// "In percent:", "Wrong:", "Not the answer:", "Before halving:", "Squared:"
// over "x = 14" may change or deny it, as words before the value on its own
// line do. Empty when there is none.
std::string SaidOnTheLinesBefore(const grammars::Steps& steps, std::size_t at, const std::string& var) {
  const std::string variable = Lowercase(var);
  for (std::size_t k = at; k-- > 0;) {
    const Stated stated = StatedAt(steps, k, var);
    if (!stated.equations.empty()) break;
    if (!stated.problem.empty()) continue;  // (fails as a step of its own)
    const std::string_view line = StripStepLabel(steps[k].text);
    if (const std::string said = UnreadWordIn(line, variable, /*marks=*/true); !said.empty()) {
      return std::string(Trim(line).substr(0, 60));
    }
  }
  return {};
}

// Whether the value a final statement gives opens with two signs ("x =
// --12", "x = - -12", "x = +-3", "x = -(-12)"): a slip of the writing or a
// form left unsimplified, whatever it reads as.
bool DoubleSignedValue(std::string_view statement) {
  const std::size_t eq = statement.rfind('=');
  if (eq == std::string_view::npos) return false;
  int signs = 0;
  for (std::size_t i = eq + 1; i < statement.size();) {
    const char c = statement[i];
    if (c == ' ' || c == '\t' || c == '(') {
      ++i;
    } else if (c == '-' || c == '+') {
      ++signs;
      ++i;
    } else if (statement.compare(i, 3, "\xE2\x88\x92") == 0) {  // U+2212 MINUS SIGN
      ++signs;
      i += 3;
    } else {
      break;
    }
  }
  return signs >= 2;
}

class FinalAnswerIntegrity final : public IntegrityVerifier {
 public:
  std::string_view name() const override { return "final_answer"; }
  void Run(CheckContext& context, std::vector<OutputFailure>* failures) const override {
    const LinearEquation* request = context.RequestEquation();
    if (request == nullptr) {
      failures->push_back({"final_answer", "", NoEquationReason(context)});
      return;
    }
    const std::string& var = request->variable;
    std::optional<Rational> solution = Solve(*request);
    // (The value alone, asked for: no line states "x = <value>".)
    if (const AskedForm form = context.Form();
        solution && (form == AskedForm::kValueOnly || form == AskedForm::kBoth)) {
      if (form == AskedForm::kBoth || !ValueAlone(*context.steps, *solution)) {
        failures->push_back({"final_answer", "", "the request asks for the value of " + var + " alone"});
      }
      return;
    }
    if (std::optional<Reported> reported = ReportTarget(context.input->prompt, var); reported && solution) {
      const LinearEquation* target = &reported->target;
      // The last stated equation must give the asked expression's value.
      const grammars::Steps& steps = *context.steps;
      for (std::size_t i = steps.size(); i-- > 0;) {
        Stated stated = StatedAt(steps, i, var);
        if (stated.equations.empty()) continue;
        const LinearEquation& last = stated.equations.back();
        std::optional<Rational> want = target->left_coefficient.Mul(*solution);
        if (want) want = want->Add(target->left_constant);
        const bool ok = want && last.left_coefficient == target->left_coefficient &&
                        last.left_constant == target->left_constant && last.right_coefficient.is_zero() &&
                        last.right_constant == *want;
        if (!ok) {
          failures->push_back({"final_answer", "", "the request asks for the value of " + target->text.substr(0, target->text.size() - 4) +
                                                       "; the last line does not state it"});
        } else if (const std::string after = UnreadTrailingNumber(steps, i); !after.empty()) {
          failures->push_back({"final_answer", "", "a line after the final answer gives a number the checks do not read: \"" + after + "\""});
        } else if (const std::string line = UnreadTrailingLine(steps, i, want); !line.empty()) {
          failures->push_back({"final_answer", "", "a line after the final answer may change it: \"" + line + "\""});
        }
        return;
      }
      failures->push_back({"final_answer", "", "no line states the asked value"});
      return;
    }
    LinearEquation final_eq;
    std::size_t at = FindFinalAnswer(*context.steps, var, &final_eq, request);
    if (at == static_cast<std::size_t>(-1)) {
      failures->push_back({"final_answer", "", "no line states " + var + " = <value>"});
      return;
    }
    if (DoubleSignedValue(final_eq.text)) {
      failures->push_back({"final_answer", "", "the final value " + final_eq.text + " is written with two signs"});
      return;
    }
    if (const std::string said = SaidBeforeTheValue((*context.steps)[at].text, final_eq); !said.empty()) {
      failures->push_back({"final_answer", "", "the final line says \"" + said + "\" before its value"});
      return;
    }
    if (const std::string line = SaidOnTheLinesBefore(*context.steps, at, var); !line.empty()) {
      failures->push_back({"final_answer", "", "a line before the final answer may change it: \"" + line + "\""});
      return;
    }
    std::optional<Rational> value = Solve(final_eq);
    std::optional<bool> ok = value ? Satisfies(*request, *value) : std::nullopt;
    if (!ok.value_or(false)) {
      failures->push_back({"final_answer", "",
                           "the final answer " + final_eq.text + " does not satisfy " + request->text});
    } else if (const std::string after = UnreadTrailingNumber(*context.steps, at, value, request); !after.empty()) {
      failures->push_back({"final_answer", "", "a line after the final answer gives a number the checks do not read: \"" + after + "\""});
    } else if (const std::string line = UnreadTrailingLine(*context.steps, at, value, request); !line.empty()) {
      failures->push_back({"final_answer", "", "a line after the final answer may change it: \"" + line + "\""});
    } else if (const std::string before = UnreadAnswerLine(*context.steps, at, var, value); !before.empty()) {
      failures->push_back({"final_answer", "", "a line before the final answer reads as another answer: \"" + before + "\""});
    }
  }
};

}  // namespace

std::size_t FindFinalAnswer(const grammars::Steps& steps, const std::string& variable,
                            LinearEquation* parsed, const LinearEquation* request) {
  // The last statement of the solution decides; it must state the value,
  // or be a check of the value stated last.
  std::vector<std::size_t> checks;  // lines after it without the variable
  for (std::size_t i = steps.size(); i-- > 0;) {
    Stated stated = StatedAt(steps, i, variable);
    if (stated.equations.empty()) continue;
    if (request != nullptr && stated.problem.empty() &&
        std::all_of(stated.equations.begin(), stated.equations.end(),
                    [](const LinearEquation& eq) { return eq.variable.empty(); })) {
      checks.push_back(i);  // (a check of the value above it, or none)
      continue;
    }
    // Its last statement of the variable's value ("x = 5, so 2x = 10").
    for (std::size_t k = stated.equations.size(); k-- > 0;) {
      LinearEquation& last = stated.equations[k];
      if (last.variable == variable && StatesValue(last)) {
        const std::optional<Rational> value = Solve(last);
        for (std::size_t c : checks) {
          if (!ChecksValueLine(steps, c, variable, request, value)) return static_cast<std::size_t>(-1);
        }
        *parsed = std::move(last);
        return i;
      }
    }
    return static_cast<std::size_t>(-1);
  }
  return static_cast<std::size_t>(-1);
}

std::unique_ptr<StepVerifier> MakeLinearEquationVerifier(ParamObject& params) {
  bool final_answer = true;
  if (!params.OnlyKeys({"check", "final_answer"}) || !params.GetBool("final_answer", &final_answer)) {
    return nullptr;
  }
  return std::make_unique<LinearEquationVerifier>(final_answer);
}

std::unique_ptr<StepVerifier> MakeNumericConsistencyVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<NumericConsistencyVerifier>();
}

std::unique_ptr<IntegrityVerifier> MakeFinalAnswerIntegrity(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<FinalAnswerIntegrity>();
}

}  // namespace stepcache::checks::internal

namespace stepcache::checks {

std::string UnreadWorkingWord(std::string_view answer, std::string_view variable) {
  // Words a worked solution is written with in English beyond those of a
  // final line (IsFinalLineWord), an operation (IsStepOperationWord,
  // OperationWordKind, ScaleWord) and a number (EnglishNumberWord).
  static const vocab::WordSet kWorking = {
      "start", "starting", "begin", "beginning", "original", "given", "problem", "swap", "swapping", "swapped",
      "switch", "switching", "flip", "flipping", "flipped", "other", "left", "right", "hand", "across", "over",
      "away", "off", "out", "up", "numbers", "number", "all", "becomes", "become", "leaves", "leaving", "remains",
      "equals", "equal", "check", "checking", "checked", "substitute", "substituting", "substituted", "plug",
      "plugging", "back", "into", "true", "correct", "verify", "verifying", "verified", "works", "holds", "let",
      "let's", "lets", "need", "want", "first", "last", "can", "will", "should", "write", "rewrite", "rewriting",
      "written", "as", "be", "has", "do", "does", "i", "me", "my", "here", "there", "its", "inverse", "operation",
      "operations", "undo", "apply", "applying", "use", "using", "getting", "keep", "keeping", "balance",
      "balanced", "variable", "unknown", "sign", "signs", "simplifies", "expression", "results", "bracket",
      "brackets", "parentheses", "solved", "done", "boxed", "yes", "indeed", "same", "again", "just", "only",
      "above", "below", "line", "lines", "you", "your", "at", "onto", "fraction", "fractions", "clear", "clearing",
      "denominator", "denominators", "both", "sides", "side", "equations", "term", "s"};
  // Words that name an operation on both sides, whose number the
  // description must give ("Move the 5 across", not "Move the constant").
  static const vocab::WordSet kMoreMoves = {"moves", "cancel", "cancels", "cancelling", "canceling", "cancelled",
                                            "canceled"};
  auto moves = [](std::string_view w) { return internal::IsMoveWord(w) || kMoreMoves.Has(w); };
  const std::string var = internal::Lowercase(variable);
  std::optional<LinearEquation> last_in_variable;  // the last line's equation in the variable
  std::string_view constant_line;                  // a line without it, below that one
  for (std::size_t from = 0; from <= answer.size();) {
    std::size_t newline = answer.find('\n', from);
    if (newline == std::string_view::npos) newline = answer.size();
    const std::string_view line = StripStepLabel(answer.substr(from, newline - from));
    from = newline + 1;
    // A relation or a character no formula reader reads ("7n == 49", "x =
    // \u2078\u2044\u2083", "\\frac{8}{3}").
    if (const std::string_view sign = internal::OtherRelationSign(line); !sign.empty()) {
      return "\"" + std::string(sign) + "\"";
    }
    if (const auto c = UnreadFormulaCharacter(line)) return "\"" + std::string(line.substr(c->first, c->second)) + "\"";
    // An "=" in which the steps' reader finds no equation: the line's check
    // read none either, whatever the equation parser makes of it.
    const std::optional<std::string_view> found = line.find('=') != std::string_view::npos
                                                      ? grammars::FindEquation(line)
                                                      : std::nullopt;
    if (line.find('=') != std::string_view::npos && !found) return "\"" + std::string(line.substr(0, 80)) + "\"";
    // A line without the variable between two equations in it that differ
    // ("7x = 1274", "Multiply both sides by 1: 1386 = 1386", "x = 182"): the
    // working goes on from what no equation in the variable says. (A check
    // after the value, "7(182) = 1274" then "So x = 182", is no such line.)
    if (found) {
      if (std::optional<LinearEquation> eq = ParseLinearEquation(*found)) {
        if (eq->variable.empty()) {
          if (last_in_variable && constant_line.empty()) constant_line = line;
        } else if (internal::Lowercase(eq->variable) == var) {
          if (!constant_line.empty() && last_in_variable && !internal::SameSides(*last_in_variable, *eq)) {
            return "\"" + std::string(constant_line.substr(0, 80)) + "\"";
          }
          constant_line = {};
          last_in_variable = std::move(eq);
        }
      }
    }
    const std::vector<Token> tokens = Tokenize(line);
    for (const Token& k : tokens) {
      if (k.kind != TokenKind::kWord || k.norm.find_first_of("0123456789") != std::string::npos) continue;
      // Each run of letters of the word (signs glued to it are a formula's:
      // "\u22C5x", "\u2192", "\u00B2").
      for (std::size_t b = 0; b < k.norm.size();) {
        std::size_t e = b;
        while (e < k.norm.size()) {
          const auto [cp, n] = CodePointAt(k.norm, e);
          if (!IsLetterCodePoint(cp)) break;
          e += n;
        }
        if (e == b) {
          b += CodePointAt(k.norm, b).second;
          continue;
        }
        const std::string_view w = std::string_view(k.norm).substr(b, e - b);
        b = e;
        if (internal::IsFinalLineWord(w, var) || kWorking.Has(w) || moves(w) || internal::OperationWordKind(w) != 0 ||
            internal::ScaleWord(w) || internal::EnglishNumberWord(w)) {
          continue;
        }
        return "\"" + std::string(w) + "\"";
      }
    }
    // Number words two in a row ("twenty one", "two twenty"), or after an
    // equals sign ("x = 2, check: four times two = eleven"): no formula
    // reader reads them.
    const std::size_t equals = line.find('=');
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].kind != TokenKind::kWord || !internal::EnglishNumberWord(tokens[k].norm)) continue;
      if (equals != std::string_view::npos && tokens[k].begin > equals) return "\"" + tokens[k].norm + "\"";
      if (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
          internal::EnglishNumberWord(tokens[k + 1].norm)) {
        return "\"" + tokens[k].norm + " " + tokens[k + 1].norm + "\"";
      }
    }
    // The words that describe the line's step: before or after its
    // equation, or the whole line without one.
    std::string_view description = internal::Unbracketed(line);
    if (equals != std::string_view::npos) {
      const std::optional<LinearEquation> eq = FindEquationInPrompt(line);
      description = eq ? internal::StepDescription(line, eq->text).text : std::string_view();
    }
    const std::vector<Token> words = Tokenize(description);
    // The sides as what is subtracted or divided ("Subtract both sides from
    // ten", "From 10, take both sides", "Divide two by both sides"): the
    // number is taken from or divided by the sides only when the sides come
    // after "from" or "off", and never after "by" ("Take a third of both
    // sides" takes a part).
    auto side_within = [&](std::size_t at) {  // "from both sides", "by each side" (not "from two both sides")
      std::size_t k = at + 1;
      while (k < words.size() &&
             (words[k].norm == "both" || words[k].norm == "each" || words[k].norm == "the" || words[k].norm == "all")) {
        ++k;
      }
      return k < words.size() && (words[k].norm == "side" || words[k].norm == "sides");
    };
    char kind = 0;  // the first arithmetic word's
    bool operation = false, number = false, scale = false, sign_after = false;
    bool part_divisor = false;  // a word that divides by a part ("half", "fifth")
    bool sides = false, from_sides = false, by_sides = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k].norm;
      number = number || words[k].kind == TokenKind::kNumber;
      sides = sides || w == "side" || w == "sides";
      from_sides = from_sides || ((w == "from" || w == "off") && side_within(k));
      by_sides = by_sides || (w == "by" && side_within(k));
      if (words[k].kind != TokenKind::kWord) continue;
      const std::optional<std::pair<char, int>> part = internal::ScaleWord(w);
      // A sign after the operation ("Subtract minus 2", "Take minus 20 off").
      sign_after = sign_after || (operation && (w == "minus" || w == "negative" || w == "plus"));
      if (kind == 0) kind = internal::OperationWordKind(w);
      part_divisor = part_divisor || (part && part->first == '/');
      number = number || part || internal::EnglishNumberWord(w);
      scale = scale || part;
      operation = operation || internal::OperationWordKind(w) != 0 || moves(w);
    }
    // An operation without its number, a sign after it, a division by a
    // part ("Divide both sides by one fifth", "by a half"), the sides
    // subtracted or divided: read as no operation, or not as written.
    if ((operation && !number) || sign_after || (kind == '/' && part_divisor) ||
        ((kind == '-' || (kind == 't' && !scale)) && sides && !from_sides) || (kind == '/' && by_sides)) {
      return "\"" + std::string(internal::Trim(description).substr(0, 60)) + "\"";
    }
  }
  return {};
}

}  // namespace stepcache::checks
