// What a linear-equation request asks for, beyond the equation itself.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "stepcache/checks/linear_equation.h"
#include "stepcache/checks/source_text.h"
#include "request_meaning.h"
#include "vocabulary.h"

namespace stepcache::checks {
namespace {

bool IsOperator(std::string_view p) {
  return p == "-" || p == "+" || p == "*" || p == "/" || p == "^" || p == "\xC3\x97" || p == "\xC3\xB7" ||
         p == "\xE2\x88\x92" || p == "\xC2\xB7";
}

bool IsOperationWord(std::string_view w) {
  static const char* const kWords[] = {"double", "doubled", "twice", "half", "halve", "triple", "tripled", "times",
                                       "opposite", "negative", "negated", "reciprocal", "squared", "cubed", "square",
                                       "cube", "inverse", "plus", "minus", "substitute", "percent", "round",
                                       "rounded", "decimal", "decimals", "fraction", "sum", "product", "quotient",
                                       "difference", "add", "subtract", "multiply", "divide", "increase", "decrease",
                                       "instead", "typo", "replace", "mistyped", "sorry", "negate", "negation",
                                       "predecessor", "successor", "denominator", "numerator", "integer",
                                       "integers", "floor", "ceiling", "absolute", "modulus", "recurring",
                                       "repeating", "periodic", "factorial",
                                       // Forms of the value no check reads ("in scientific notation",
                                       // "an estimate", "as a float", "Drop the fractional part", rounds 262-264).
                                       "scientific", "exponent", "exponential", "estimate", "estimated",
                                       "approximate", "approximately", "roughly", "fractional", "truncate",
                                       "truncated", "parity", "float"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

// The byte offset and length of the first character of a formula the
// equation reader does not read: U+00BC-00BE and U+2150-215E (vulgar
// fractions), U+00B2, U+00B3, U+00B9 and U+2070-209F (superscripts and
// subscripts), U+00A0, U+2009, U+202F (no-break and thin spaces), '\\' (a
// LaTeX command); and characters that hide or change a number without
// being read as part of it: U+00AD (soft hyphen), U+200B-200F, U+202A-202E,
// U+2060-206F and U+FEFF (zero-width and direction marks), U+2028, U+2029
// (line separators), digits and separators of other scripts (U+0660-066C,
// U+06F0-06F9, U+0966-096F), fullwidth forms (U+FF01-FF5E), Roman numerals
// (U+2160-2188), circled and keycap numbers (U+2460-24FF, U+2776-2793,
// U+20D0-20FF), mathematical digits (U+1D7CE-1D7FF), the digits of the
// Indic, Thai, Lao, Tibetan, Myanmar, Khmer and Mongolian scripts, root
// signs (U+221A-221C: "\u221A(4)x" would be read as 4x) and NEL (U+0085, a
// line break): "31\u200b1" shows as 311 and would be read as 31, "\u2166x"
// as x.
std::optional<std::pair<std::size_t, std::size_t>> UnreadFormulaCharacter(std::string_view p) {
  static constexpr std::pair<char32_t, char32_t> kUnread[] = {
      {0x0085, 0x0085}, {0x00A0, 0x00A0}, {0x00AD, 0x00AD}, {0x00B2, 0x00B3}, {0x00B9, 0x00B9}, {0x00BC, 0x00BE},
      {0x0660, 0x066C}, {0x06F0, 0x06F9}, {0x0966, 0x096F}, {0x09E6, 0x09EF}, {0x0A66, 0x0A6F},
      {0x0AE6, 0x0AEF}, {0x0B66, 0x0B6F}, {0x0BE6, 0x0BEF}, {0x0C66, 0x0C6F}, {0x0CE6, 0x0CEF},
      {0x0D66, 0x0D6F}, {0x0E50, 0x0E59}, {0x0ED0, 0x0ED9}, {0x0F20, 0x0F29}, {0x1040, 0x1049},
      {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x2009, 0x2009}, {0x200B, 0x200F},
      {0x2028, 0x202F}, {0x2060, 0x209F}, {0x20D0, 0x20FF}, {0x2150, 0x2188}, {0x221A, 0x221C}, {0x2460, 0x24FF},
      {0x2776, 0x2793}, {0x3251, 0x325F}, {0x32B1, 0x32BF}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF5E}, {0x1D7CE, 0x1D7FF}};
  for (std::size_t i = 0; i < p.size();) {
    const auto b = [&](std::size_t k) { return k < p.size() ? static_cast<unsigned char>(p[k]) : 0u; };
    if (p[i] == '\\') return std::make_pair(i, std::size_t{1});
    const unsigned lead = b(i);
    const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    char32_t c = n == 1 ? lead : lead & (0xFFu >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (b(i + k) & 0x3Fu);
    for (const auto& [lo, hi] : kUnread) {
      if (c >= lo && c <= hi) return std::make_pair(i, std::min(n, p.size() - i));
    }
    i += n;
  }
  return std::nullopt;
}

namespace {

// A blank between the words of one line: a space or a tab.
bool Blank(std::string_view p, std::size_t k) { return k < p.size() && (p[k] == ' ' || p[k] == '\t'); }

// The length of the sign at k ('+', '-', U+2212 minus, U+2013 en dash), 0
// when there is none.
std::size_t SignLength(std::string_view p, std::size_t k) {
  if (k < p.size() && (p[k] == '+' || p[k] == '-')) return 1;
  if (p.substr(k, 3) == "\xE2\x88\x92" || p.substr(k, 3) == "\xE2\x80\x93") return 3;
  return 0;
}

// The byte offset and length of a mark the equation reader misreads: a
// dash it skips glued to a term ("\u2014x + 5 = 11", "Find \u2014x",
// "\u2014(x + 5)", "\u20147 + x": U+2010-2012, U+2014, U+2015, U+02D7,
// U+2796, U+2E3A, U+2E3B, U+FE58, U+FE63, U+FF0D), read as no sign; a raised
// dot between digits ("0\u00B75", "11\u00B70": a decimal point in school
// notation; U+00B7, U+2219, U+22C5), read as a product; an HTML character
// reference ("&frac12;x", "&#x2212;x"), dropped; an en dash glued to a term
// outside the equation at [eq_begin, eq_end) ("what is \u2013x?"), which
// the request's reading takes for punctuation.
std::optional<std::pair<std::size_t, std::size_t>> MisreadMark(std::string_view p, const std::string& var,
                                                               std::size_t eq_begin, std::size_t eq_end) {
  // (The minus-like ones, first, stand for a sign apart from the term too:
  // "\u2010 x + 5 = 11"; the prose dashes only glued to it.)
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92", "\xCB\x97",
                                                 "\xE2\x9E\x96", "\xEF\xB9\xA3", "\xEF\xBC\x8D", "\xE2\x80\x94",
                                                 "\xE2\x80\x95", "\xE2\xB8\xBA", "\xE2\xB8\xBB", "\xEF\xB9\x98"};
  constexpr std::size_t kMinusLike = 7;
  static constexpr std::string_view kDots[] = {"\xC2\xB7", "\xE2\x88\x99", "\xE2\x8B\x85"};
  const auto digit = [&](std::size_t k) { return k < p.size() && p[k] >= '0' && p[k] <= '9'; };
  const auto alnum = [&](std::size_t k) { return k < p.size() && std::isalnum(static_cast<unsigned char>(p[k])) != 0; };
  for (std::size_t i = 0; i < p.size(); ++i) {
    for (std::size_t n = 0; n < std::size(kDashes); ++n) {
      const std::string_view d = kDashes[n];
      if (p.compare(i, d.size(), d) != 0) continue;
      std::size_t k = i + d.size();
      // (A prose dash stands for a sign too after a colon or at a line's
      // start, ": \u2014 x + 5", or before a blank that is no plain space,
      // "\u2014\tx".)
      const auto white = [&](std::size_t j) {
        return j < p.size() && (p[j] == ' ' || p[j] == '\t' || p[j] == '\v' || p[j] == '\f' || p[j] == '\r');
      };
      std::size_t before = i;
      while (before > 0 && Blank(p, before - 1)) --before;
      const bool opens = before == 0 || p[before - 1] == ':' || p[before - 1] == '\n';
      std::size_t after = k;
      bool odd = false;
      while (white(after)) odd = odd || p[after++] != ' ';
      if (n < kMinusLike || opens || odd) k = after;
      const bool term = digit(k) || (k < p.size() && p[k] == '(') ||
                        (var.size() == 1 && k < p.size() &&
                         std::tolower(static_cast<unsigned char>(p[k])) == var[0] && !alnum(k + 1));
      if (term) return std::make_pair(i, d.size());
    }
    // An en dash (U+2013) the reader reads as a minus in the equation, but
    // not in what is asked beside it: "what is \u2013x?".
    if ((i < eq_begin || i >= eq_end) && p.compare(i, 3, "\xE2\x80\x93") == 0) {
      const std::size_t k = i + 3;
      if (digit(k) || (k < p.size() && p[k] == '(') ||
          (var.size() == 1 && k < p.size() && std::tolower(static_cast<unsigned char>(p[k])) == var[0] && !alnum(k + 1))) {
        return std::make_pair(i, std::size_t{3});
      }
    }
    for (std::string_view d : kDots) {
      if (i > 0 && digit(i - 1) && p.compare(i, d.size(), d) == 0 && digit(i + d.size())) {
        return std::make_pair(i, d.size());
      }
    }
    if (p[i] == '&') {
      std::size_t k = i + 1 + (i + 1 < p.size() && p[i + 1] == '#');
      const std::size_t from = k;
      while (k < p.size() && k - from < 32 && alnum(k)) ++k;
      if (k > from && k < p.size() && p[k] == ';') return std::make_pair(i, k + 1 - i);
    }
  }
  return std::nullopt;
}

// Where a line after the one that ends at `from` holds a sign before a
// term ("\u2212 x.", "+ y", "- (x)", "$- x$", "(then \u2212 x)", "Step 2: + x.",
// "\u2022 \u2212 x"): a number, the variable or a letter no word follows, after
// the sign at the line's start or after a blank, a bracket or a colon; or
// opens with the variable alone in its clause ("x.", "x. Show each step.").
// (Control characters break lines too: "\v", "\f", "\x1C"-"\x1F".)
std::optional<std::size_t> TermOnTheNextLine(std::string_view prompt, std::size_t from, std::string_view var) {
  static constexpr std::string_view kBreaks = "\r\n\v\f\x1C\x1D\x1E\x1F";
  std::size_t i = prompt.find_first_of(kBreaks, from);
  if (i == std::string_view::npos) return std::nullopt;
  // (Blank lines between, and blanks or a '$' opening the line.)
  while (i < prompt.size() && (kBreaks.find(prompt[i]) != std::string_view::npos || prompt[i] == ' ' ||
                               prompt[i] == '\t' || prompt[i] == '$')) {
    ++i;
  }
  const std::size_t line = i;
  std::size_t end = prompt.find_first_of(kBreaks, i);
  if (end == std::string_view::npos) end = prompt.size();
  const std::string_view text = prompt.substr(i, end - i);
  const std::vector<Token> t = Tokenize(text);
  std::size_t first = 0;  // ("(x)", "[x]": the variable in brackets)
  while (first < t.size() && (t[first].norm == "(" || t[first].norm == "[")) ++first;
  if (first < t.size() && t[first].norm == var && (t.size() == first + 1 || t[first + 1].kind == TokenKind::kPunct)) {
    return line;
  }
  // ("= x", "= 2x - 1" opening the line: the equation's other side.)
  if (t.size() >= 2 && t[0].norm == "=" && (t[1].norm == var || t[1].kind == TokenKind::kNumber)) return line;
  static constexpr std::string_view kSigns[] = {"+", "-", "*", "/", "\xE2\x88\x92", "\xE2\x80\x93",
                                                "\xE2\x80\x94", "\xC3\x97", "\xC3\xB7", "\xC2\xB7", "\xC2\xB1"};
  for (std::size_t s = 0; s < t.size(); ++s) {
    if (t[s].kind != TokenKind::kPunct ||
        std::find(std::begin(kSigns), std::end(kSigns), std::string_view(t[s].norm)) == std::end(kSigns)) {
      continue;
    }
    // (At the line's start, or after a blank or a mark, a bracket, a colon, a
    // quote: not "x-intercept", "2-3".)
    const bool apart = s == 0 || t[s].space_before || t[s - 1].kind == TokenKind::kPunct;
    if (!apart) continue;
    std::size_t k = s + 1;
    while (k < t.size() && t[k].kind == TokenKind::kPunct && (t[k].norm == "(" || t[k].norm == "[" || t[k].norm == "$")) {
      ++k;
    }
    if (k == t.size()) continue;
    const bool letter = t[k].kind == TokenKind::kWord && t[k].norm.size() == 1 &&
                        (k + 1 == t.size() || t[k + 1].kind != TokenKind::kWord);
    if (t[k].kind == TokenKind::kNumber || t[k].norm == var || letter) return line;
  }
  return std::nullopt;
}

// The byte offset and length of an operator mark followed by a sign on the line of `p`
// that holds [at, end): "2x* + 3", "2*x* + 3" (markdown italics), "11* + 1"
// (a footnote), "2x/ + 3", "2x\u00B7 - 3". The reader takes them as "times
// (+3)", so the request would be answered for another equation. Only "2x *
// -3" (the operator spaced, the minus on its operand) is a product written so.
std::optional<std::pair<std::size_t, std::size_t>> OperatorBeforeSign(std::string_view p, std::size_t at,
                                                                      std::size_t end) {
  std::size_t begin = p.rfind('\n', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  end = std::min(p.size(), p.find('\n', end));
  static constexpr std::string_view kOperators[] = {"*", "/", "\xC2\xB7", "\xC3\x97", "\xC3\xB7",
                                                    "\xE2\x8B\x85", "\xE2\x88\x97", "\xE2\x88\x99"};
  for (std::size_t i = begin; i < end; ++i) {
    std::size_t n = 0;
    for (std::string_view op : kOperators) {
      if (p.substr(i, op.size()) == op) n = op.size();
    }
    if (n == 0) continue;
    std::size_t k = i + n;
    while (k < end && Blank(p, k)) ++k;
    const std::size_t sign = k < end ? SignLength(p, k) : 0;
    if (sign == 0) continue;
    const bool minus = p[k] != '+';
    const bool spaced = i > begin && Blank(p, i - 1) && Blank(p, i + n);
    const bool glued_operand = k + sign < end && !Blank(p, k + sign);
    if (!(minus && spaced && glued_operand)) return std::make_pair(i, n);
  }
  return std::nullopt;
}

// The two signs glued together in `eq` ("x +- 3", "= -+3", "+\u2212"), as
// (offset, length): typed for \u00B1 or \u2213 as often as for adding a negative.
std::optional<std::pair<std::size_t, std::size_t>> PlusMinus(std::string_view eq) {
  for (std::size_t i = 0; i < eq.size(); ++i) {
    const std::size_t n = SignLength(eq, i);
    if (n == 0) continue;
    const std::size_t m = SignLength(eq, i + n);
    if (m != 0 && (eq[i] == '+') != (eq[i + n] == '+')) return std::make_pair(i, n + m);
  }
  return std::nullopt;
}

// The byte offset in `eq` of a division whose divisor a product follows
// without a mark: "2/3x", "12 \u00F7 3x", "x/2(3)", "8/2(2+2)", "x/(2)(3)".
// Read left to right it is (2/3)x; many read it 2/(3x), so which equation is
// asked is not known.
std::optional<std::size_t> ImpliedProductAfterDivision(std::string_view eq) {
  for (std::size_t i = 0; i < eq.size(); ++i) {
    std::size_t k = 0;
    if (eq[i] == '/') k = i + 1;
    else if (eq.compare(i, 2, "\xC3\xB7") == 0) k = i + 2;
    else continue;
    while (k < eq.size() && (eq[k] == ' ' || eq[k] == '\t')) ++k;
    std::size_t e = k;
    if (e < eq.size() && eq[e] == '(') {
      int depth = 0;
      for (; e < eq.size(); ++e) {
        if (eq[e] == '(') ++depth;
        if (eq[e] == ')' && --depth == 0) break;
      }
      if (e == eq.size()) continue;
      ++e;
    } else {
      while (e < eq.size() && (std::isdigit(static_cast<unsigned char>(eq[e])) || eq[e] == '.')) ++e;
      if (e == k) continue;
    }
    if (e < eq.size() && (std::isalpha(static_cast<unsigned char>(eq[e])) || eq[e] == '(')) return i;
  }
  return std::nullopt;
}

// The byte offset of a number the reader would join to a neighbour across a
// blank, on the line of `p` from the equation at [at, end) on: a number
// apart from the variable ("Item 3 x + 5 = 11", "#3 x", "3\tx"), a bracket
// apart from a term ("(3) x + 5 = 11", "x + 5 = 11 (3)", "= 11\t(-3)"): a
// label or an equation's number, read as a factor; a number apart from a
// sign glued to the next term ("Exercise 3 -x + 5 = 11", "= 11 -3 marks"),
// read as a difference; a sign apart from the first term ("- x + 5 = 11", a
// list's dash), read as the term's sign.
std::optional<std::size_t> NumberApart(std::string_view p, std::size_t at, std::size_t end, const std::string& var) {
  const std::size_t line_end = std::min(p.size(), p.find('\n', end));
  const auto digit = [&](std::size_t k) { return k < p.size() && p[k] >= '0' && p[k] <= '9'; };
  const auto is_var = [&](std::size_t k) {
    if (k >= p.size() || var.size() != 1 || std::tolower(static_cast<unsigned char>(p[k])) != var[0]) return false;
    return k + 1 >= p.size() || !std::isalnum(static_cast<unsigned char>(p[k + 1]));
  };
  // "- x + 5 = 11" (a list's dash), "; - x + 5": a sign apart from the
  // equation's first term.
  if (const std::size_t n = SignLength(p, at); n > 0 && Blank(p, at + n)) return at;
  // What stands before the equation on its line, past the blanks: a sign
  // apart from it (a list's dash the equation's text leaves out), or a word
  // or '#' (a label).
  std::size_t b = at;
  while (b > 0 && Blank(p, b - 1)) --b;
  for (std::size_t n : {std::size_t{1}, std::size_t{3}}) {
    if (b < n || b >= at || SignLength(p, b - n) != n) continue;
    if (b - n == 0 || p[b - n - 1] == '\n' || Blank(p, b - n - 1)) return b - n;
  }
  const bool labelled = b > 0 && (std::isalnum(static_cast<unsigned char>(p[b - 1])) != 0 || p[b - 1] == '#');
  for (std::size_t i = at; i < line_end; ++i) {
    const bool number_end = digit(i) || (p[i] == ')' && i > at);
    if (!number_end || !Blank(p, i + 1)) continue;
    std::size_t k = i + 1;
    while (k < line_end && Blank(p, k)) ++k;
    if (k >= line_end) continue;
    // "3 x", "(3) x": a number or a bracket, then the variable; "11 (3)",
    // "11 (-3)": then a bracketed number ("= 11 (show your work)" is none);
    // "Exercise 3 -x", "= 11 -3 marks": then a sign glued to what follows it.
    const std::size_t n = k + 1 < line_end ? SignLength(p, k + 1) : 0;
    if (is_var(k) || (p[k] == '(' && (digit(k + 1) || (n > 0 && digit(k + 1 + n))))) return i;
    // "Exercise 3 (x + 5) = 11": the equation's first number after a word.
    if (p[k] == '(' && labelled && std::all_of(p.begin() + at, p.begin() + i + 1, [](char c) {
          return (c >= '0' && c <= '9') || c == '.';
        })) {
      return i;
    }
    if (const std::size_t m = SignLength(p, k); m > 0 && k + m < line_end && !Blank(p, k + m)) return i;
  }
  return std::nullopt;
}

// The words that make the equation at [at, end) of `p` a bound or deny it:
// a word of a bound or denial among the first four words of the clause
// after it ("or above", "at the least", "is never so", "only not"), that
// clause going on past a full stop or line break when "or", "and", "but",
// "not", "never" or "at" opens what follows ("= 20.\nOr above.", "= 20. At
// least."); right before it,
// "not", "never", "least", "most".
std::optional<std::string> BoundOrDenial(std::string_view p, std::size_t at, std::size_t end) {
  static const vocab::WordSet kTurn = {"above", "over", "up", "upward", "upwards", "below", "under", "down",
                                       "downward", "downwards", "least", "most", "beyond", "more", "less",
                                       "higher", "lower", "greater", "smaller", "exceeding", "exceeds", "not",
                                       "never", "no", "nor", "neither", "false", "untrue"};
  static const vocab::WordSet kGoesOn = {"or", "and", "but", "not", "never", "nor", "at"};
  const std::vector<Token> after = Tokenize(p.substr(end, std::min<std::size_t>(p.size() - end, 160)));
  std::size_t words = 0;
  for (std::size_t i = 0; i < after.size() && words < 4; ++i) {
    const Token& k = after[i];
    const bool line_break = i > 0 && k.line != after[i - 1].line;
    const bool stop = k.kind == TokenKind::kPunct && (k.norm == "." || k.norm == "!" || k.norm == "?" || k.norm == ";");
    if (stop) {
      // (The next token is read on the next pass, its line break aside.)
      const std::size_t n = i + 1;
      if (n < after.size() && after[n].kind != TokenKind::kPunct && kGoesOn.count(after[n].norm) != 0) continue;
      break;
    }
    const bool after_stop = i > 0 && after[i - 1].kind == TokenKind::kPunct &&
                            (after[i - 1].norm == "." || after[i - 1].norm == "!" || after[i - 1].norm == "?" ||
                             after[i - 1].norm == ";");
    if (line_break && !after_stop && !(k.kind != TokenKind::kPunct && kGoesOn.count(k.norm) != 0)) break;
    if (k.kind == TokenKind::kPunct) continue;
    ++words;
    if (kTurn.count(k.norm) != 0) {
      std::size_t first = 0;
      while (first < i && after[first].kind == TokenKind::kPunct) ++first;
      return std::string(p.substr(end + after[first].begin, k.end - after[first].begin));
    }
  }
  std::size_t line_begin = p.rfind('\n', at == 0 ? 0 : at - 1);
  line_begin = line_begin == std::string_view::npos || at == 0 ? 0 : line_begin + 1;
  if (line_begin > at) line_begin = at;
  const std::vector<Token> before = Tokenize(p.substr(line_begin, at - line_begin));
  for (std::size_t k = before.size(); k-- > 0;) {
    const Token& t = before[k];
    if (t.kind == TokenKind::kPunct && (t.norm == "," || t.norm == ":")) continue;
    if (t.kind != TokenKind::kPunct &&
        (t.norm == "not" || t.norm == "never" || t.norm == "least" || t.norm == "most")) {
      return std::string(p.substr(line_begin + t.begin, t.end - t.begin));
    }
    break;
  }
  return std::nullopt;
}

// What a request says around its equation: the prompt with the equation's
// text taken out and its tokens, where that text stands (npos when the
// prompt does not hold it as such), and the variable in lower case.
struct AroundEquation {
  std::string rest;
  std::vector<Token> tokens;
  std::size_t at = std::string::npos;
  std::string variable;
};

AroundEquation Around(std::string_view prompt, const LinearEquation& equation) {
  AroundEquation out;
  out.rest = std::string(prompt);
  out.at = out.rest.find(equation.text);
  if (out.at != std::string::npos) out.rest.replace(out.at, equation.text.size(), " ");
  out.variable = equation.variable;
  for (char& c : out.variable) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.tokens = Tokenize(out.rest);
  return out;
}

// A number written as a word, in the languages the checks know ("four",
// "drei", "sju", "siete", "trois", "trzy").
bool IsNumberWord(std::string_view w) {
  static const vocab::WordSet kWords = {
      // English
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "hundred", "thousand",
      // Norwegian, Danish, Swedish
      "ett", "två", "tre", "fire", "fyra", "fem", "seks", "sex", "sju", "syv", "åtte", "åtta", "otte",
      "ni", "nio", "ti", "tio", "elleve", "elva", "tolv", "tjue", "tyve", "tjugo", "hundre", "tusen",
      // German, Dutch
      "ein", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
      "twee", "vijf", "zes", "zeven", "negen", "tien",
      // French, Spanish, Italian, Portuguese
      "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "uno",
      "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "due", "quattro",
      "cinque", "sei", "sette", "otto", "nove", "dieci", "um", "dois", "três", "quatro", "oito", "dez",
      // Polish
      "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć"};
  return kWords.Has(w);
}

// Words that speak of the equation's parts or of a mistake in it, in the
// languages the checks know ("the constant was misheard; it is really
// twenty-six", "the coefficient was printed upside down", "the two sides
// were swapped", "Femtallet skal egentlig være et åttetall"): such a
// request asks for another equation than the one written.
bool SpeaksOfTheEquation(std::string_view w) {
  static const vocab::WordSet kWords = {
      "coefficient", "coefficients", "constant", "constants", "term", "terms", "side", "sides", "left", "right",
      "expression", "expressions",
      "hand", "digit", "digits", "sign", "signs", "misheard", "misread", "mistyped", "misprinted", "typo",
      "typos", "mistake", "mistakes", "error", "errors", "wrong", "wrongly", "really", "actually", "correct",
      "corrected", "correction", "swapped", "switched", "reversed", "flipped", "copied", "printed", "smudged",
      "lost", "instead", "replace", "replaced", "halve", "halved", "double", "doubled", "triple", "tripled",
      "half", "twice", "increase", "increased", "decrease", "decreased", "reciprocal", "inverse", "upside",
      "opposite", "negative", "positive", "version", "textbook", "original", "misprint", "meant", "supposed",
      "egentlig", "eigentlich", "realmente", "vraiment", "feil", "falsch", "faux", "erróneo", "skulle", "skal",
      "sollte", "tallet", "zahl", "número", "nombre", "chiffre"};
  return kWords.Has(w);
}

// Whether word `i` of the words around an equation (`t`, the equation's
// variable `var`) asks for a value next to the variable's, in plain English
// words an instruction also uses: "the number after the answer", "one over
// it", "the step before the answer", "the next one", "up by one", "two more
// than x", "in words", "spell it out", "as a mixed number", "only if x is
// whole", "the steps only, not the answer". Uses that say nothing of the
// value are none: "the equation below",
// "on the next line", "one equation per line", "after each step", "the
// whole working".
// Whether token `i` opens a sentence: the first, or after '.', '?' or '!'.
bool OpensSentence(const std::vector<Token>& t, std::size_t i) {
  return i == 0 || t[i - 1].norm == "." || t[i - 1].norm == "?" || t[i - 1].norm == "!";
}

// A token of a possessive after its word: "'", "s", "'s" and their curly forms.
bool PossessiveMark(const std::string& n) {
  return n == "s" || n == "'" || n == "'s" || n == "\xE2\x80\x99" || n == "\xE2\x80\x99s";
}

bool AsksForANeighbour(const std::vector<Token>& t, std::size_t i, const std::string& var) {
  const std::string& w = t[i].norm;
  const std::string none;
  const auto word_at = [&](std::size_t k) -> const std::string& {
    return k < t.size() && t[k].kind != TokenKind::kPunct ? t[k].norm : none;
  };
  const std::string& next = word_at(i + 1);
  const std::string& prev = i > 0 ? word_at(i - 1) : none;
  // A value named after the word: "it", "x", "the answer", "that".
  const bool names_a_value = next == var || next == "it" || next == "the" || next == "that" || next == "this" ||
                             next == "its" || next == "x" || next == "your" || next == "our";
  const bool clause_end = next.empty();
  if (w == "after" || w == "before" || w == "above" || w == "below" || w == "over" || w == "under") {
    return names_a_value || (clause_end && w != "below" && w != "above" && w != "over") || prev == "one" ||
           prev == "number" || prev == "integer" || prev == "value" || prev == "step";
  }
  // "the number following the answer", "following it" ("the following
  // equation", "following the steps" do not).
  if (w == "following" || w == "succeeding") {
    const std::string& after_the = word_at(i + 2);
    if (next == var || next == "it" || next == "that" || prev == "number" || prev == "integer" || prev == "value" ||
        prev == "one" ||
        (next == "the" && (after_the == "answer" || after_the == "value" || after_the == "result" ||
                           after_the == "solution" || after_the == var))) {
      return true;
    }
  }
  if (w == "next" || w == "previous" || w == "preceding") {
    return next != "line" && next != "lines" && next != "row" && next != "page";
  }
  if (w == "more" || w == "less" || w == "fewer" || w == "greater" || w == "smaller" || w == "larger" ||
      w == "bigger" || w == "higher" || w == "lower") {
    return next == "than" || IsNumberWord(prev);
  }
  // ("up by one", "one up from it", "the answer one down")
  if (w == "up" || w == "down") return next == "by" || next == "to" || next == "from" || IsNumberWord(prev);
  if (w == "words" || w == "word") return prev == "in" || prev == "as" || prev == "into";
  if (w == "spell" || w == "spelled" || w == "spelt" || w == "spelling" || w == "letters" || w == "numeral" ||
      w == "numerals" || w == "roman" || w == "mixed" || w == "integer" || w == "integers") {
    return true;
  }
  // A check's or the equation's own value ("the check value", "the check's
  // result", "the value of the check", "the answer for the check", "the
  // value of the equation"): what a side comes to, not the variable.
  std::string_view stem(w);  // ("check's": "check")
  for (std::string_view poss : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (stem.size() > poss.size() && stem.substr(stem.size() - poss.size()) == poss) stem.remove_suffix(poss.size());
  }
  if (stem == "check" || stem == "checks" || stem == "checking" || stem == "verification" || stem == "substitution") {
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + 3 && PossessiveMark(t[k].norm)) ++k;
    const std::string& after = word_at(k);
    // ("Just the check.", "only the check line", "the check alone"): the
    // check instead of the value.
    bool only = false;  // ("Only give the check.", "The check, nothing else.")
    for (std::size_t k = i > 3 ? i - 3 : 0; k < i + 4 && k < t.size(); ++k) {
      const std::string& o = t[k].norm;
      only = only || o == "just" || o == "only" || o == "merely" || o == "solely" || o == "alone" ||
             (o == "nothing" && word_at(k + 1) == "else");
    }
    return after == "value" || after == "values" || after == "result" || after == "results" || after == "number" ||
           after == "total" || after == "sum" || after == "figure" || only;
  }
  if (w == "value" || w == "values" || w == "result" || w == "results" || w == "answer") {
    std::size_t k = i + 1;
    if (word_at(k) != "of" && word_at(k) != "for" && word_at(k) != "from") return false;
    ++k;
    while (word_at(k) == "the" || word_at(k) == "this" || word_at(k) == "that" || word_at(k) == "each" ||
           word_at(k) == "your" || word_at(k) == "its") {
      ++k;
    }
    const std::string& of = word_at(k);
    return of == "check" || of == "equation" || of == "expression" || of == "side" || of == "sides" ||
           of == "substitution" || of == "verification";
  }
  // "the steps only, not the answer", "without the final value".
  if (vocab::IsNegation(w)) {
    for (std::size_t k = i + 1; k < t.size() && k <= i + 3 && t[k].kind != TokenKind::kPunct; ++k) {
      const std::string& n = t[k].norm;
      if (n == "answer" || n == "value" || n == "result" || n == "solution" || n == var) return true;
      // "the x that does not make it true", "does not satisfy", "is not a
      // solution", "never holds".
      if (n == "make" || n == "makes" || n == "satisfy" || n == "satisfies" || n == "solve" || n == "solves" ||
          n == "hold" || n == "holds" || n == "true" || n == "work" || n == "works" || n == "fit" || n == "fits" ||
          n == "balance" || n == "balances" || n == "equal" || n == "equals" || n == "correct" || n == "valid") {
        return true;
      }
    }
    return false;
  }
  if (w == "whole") {
    return next != "working" && next != "solution" && next != "process" && next != "method" && next != "calculation" &&
           next != "thing" && next != "equation";
  }
  return false;
}

// Whether "steps as ..." formats the steps rather than asks for them as a
// value: "Number the steps as Step 1, Step 2", "show the steps as follows";
// `after_as` is the word after "as", `verb` the word before "the steps".
bool StepsFormatted(const std::string& after_as, const std::string& verb, const std::string& prev) {
  for (const std::string* w : {&verb, &prev}) {
    if (*w == "number" || *w == "label" || *w == "list" || *w == "format" || *w == "write" || *w == "show" ||
        *w == "lay" || *w == "present" || *w == "set") {
      return true;
    }
  }
  return after_as == "step" || after_as == "steps" || after_as == "follows" || after_as == "shown" ||
         after_as == "usual" || after_as == "needed" || after_as == "required" || after_as == "before" ||
         after_as == "above" || after_as == "below" || after_as == "bullets" || after_as == "bullet";
}

// Whether word `i` of the words around an equation (`t`, the variable `var`)
// asks for a count or a place in the solution rather than the variable's
// value: "the number of steps", "how many lines", "which step gives the
// answer", "the step number", "the last step's number", "x's step", "the
// answer as a step" ("each step", "step by step", "Number the steps as Step
// 1" do not).
bool AsksForAPartOfTheSolution(const std::vector<Token>& t, std::size_t i, const std::string& var) {
  const Token& k = t[i];
  const std::string none;
  const auto word_at = [&](std::size_t j) -> const std::string& {
    return j < t.size() && t[j].kind == TokenKind::kWord ? t[j].norm : none;
  };
  const std::string& next = word_at(i + 1);
  const std::string& prev = i > 0 ? word_at(i - 1) : none;
  const auto part = [](const std::string& w) {
    return w == "step" || w == "steps" || w == "line" || w == "lines" || w == "equation" || w == "equations" ||
           w == "solution" || w == "solutions" || w == "answer" || w == "answers" || w == "root" || w == "roots";
  };
  // ("the last step's number": the part before the possessive.)
  std::size_t owner = i;
  while (owner > 0 && PossessiveMark(t[owner - 1].norm)) --owner;
  const bool owned = owner < i && owner > 0 && part(word_at(owner - 1));
  // "the step of the answer", "the step that gives it", "which line": a step
  // itself asked for ("each step", "step by step" are not); also after a
  // possessive ("x's step", "the answer's line"), as a question's word ("what
  // step gives x?"), or as the answer's form ("the answer as a step", "x as
  // the steps", "then its step", "the x step", "the steps as a number").
  const bool step_word = k.norm == "step" || k.norm == "line";
  const bool after_owner = owner < i && owner > 0 && t[owner - 1].kind == TokenKind::kWord;
  const bool any_step = step_word || k.norm == "steps" || k.norm == "lines";
  const std::string& before_article = (prev == "a" || prev == "the") && i > 1 ? word_at(i - 2) : none;
  const bool numbered = i + 1 < t.size() && t[i + 1].kind == TokenKind::kNumber;  // "as Step 1"
  const bool a_step =
      (step_word && (prev == "the" || prev == "which" || prev == "what" || after_owner) && next != "by") ||
      (any_step && ((next == "as" && !StepsFormatted(word_at(i + 2), before_article, prev)) ||
                    ((prev == "as" || before_article == "as") && !numbered) || prev == "its" || prev == var ||
                    prev == "answer" || prev == "solution" || prev == "result"));
  return ((k.norm == "number" || k.norm == "count" || k.norm == "total") &&
          (next == "of" || next == "for" || part(prev) || owned)) ||
         a_step || (k.norm == "how" && (next == "many" || next == "much" || next == "long")) ||
         (k.norm == "which" && (part(next) || next == "one")) || k.norm == "many";
}

// Whether punctuation token `i` of the words around an equation is a mark
// that changes the value asked: '|', '{', '}', '[', ']', '~', U+2016 anywhere;
// '!' right after the variable, an answer word, a number or a closing mark
// ("x!", "(x)!", "the answer!") or right before a word ("!x"); '<' and '>'
// touching the variable ("x<<x", "<x>"). (A sentence's "Thanks!" is none.)
bool OddMark(const std::vector<Token>& t, std::size_t i, const std::string& var) {
  const std::string& p = t[i].norm;
  if (p == "|" || p == "{" || p == "}" || p == "[" || p == "]" || p == "~" || p == "\xE2\x80\x96") return true;
  const bool after_glued = i > 0 && !t[i].space_before;
  const bool before_glued = i + 1 < t.size() && !t[i + 1].space_before;
  const auto is_value = [&](const Token& k) {
    return k.norm == var || k.norm == "answer" || k.norm == "unknown" || k.norm == "value" || k.norm == "solution" ||
           k.norm == "result";
  };
  if (p == "!") {
    if (after_glued && (is_value(t[i - 1]) || t[i - 1].kind == TokenKind::kNumber || t[i - 1].norm == ")")) return true;
    return before_glued && t[i + 1].kind != TokenKind::kPunct;
  }
  if (p == "<" || p == ">" || p == "<<" || p == ">>") {
    return (after_glued && t[i - 1].norm == var) || (before_glued && t[i + 1].norm == var);
  }
  return false;
}

// The text of a mark and the variable written right beside the equation at
// [at, at + size) of `prompt` ("{x}", "[x]", "|x|", "'x'", "x "), empty when
// none: after it, on its line, the variable behind marks that touch it; before
// it, the variable or a closing mark of it with nothing but blanks between
// ("x 2x + 3 = 11", "[x] + 2x + 3 = 11"). ("Solve for x: 2x + 3 = 11" has a
// colon between; "= 11 (x is whole)", "= 11; x = ?" keep their space or
// parenthesis.)
std::string VariableBesideEquation(std::string_view prompt, std::size_t at, std::size_t size, const std::string& var) {
  const auto is_var = [&](std::size_t k) {
    if (k >= prompt.size() || std::tolower(static_cast<unsigned char>(prompt[k])) != var[0] || var.size() != 1) return false;
    const auto other = [&](std::size_t j) {
      return j < prompt.size() && (std::isalnum(static_cast<unsigned char>(prompt[j])) != 0 || prompt[j] == '_');
    };
    return !other(k + 1) && (k == 0 || !other(k - 1));
  };
  static constexpr std::string_view kMarks = "[{|`$\"'<#@&;*~!";
  // («, ‹, “, ‘, „, 「, 『, 【, 〈.)
  static constexpr std::string_view kWideMarks[] = {"\xC2\xAB",     "\xE2\x80\xB9", "\xE2\x80\x9C", "\xE2\x80\x98",
                                                    "\xE2\x80\x9E", "\xE3\x80\x8C", "\xE3\x80\x8E", "\xE3\x80\x90",
                                                    "\xE3\x80\x88"};
  const auto mark_at = [&](std::size_t j) -> std::size_t {
    if (j >= prompt.size()) return 0;
    if (kMarks.find(prompt[j]) != std::string_view::npos) return 1;
    for (std::string_view w : kWideMarks) {
      if (prompt.substr(j, w.size()) == w) return w.size();
    }
    return 0;
  };
  std::size_t k = at + size;
  while (k < prompt.size() && (prompt[k] == ' ' || prompt[k] == '\t')) ++k;
  const std::size_t mark = k;
  for (std::size_t m = mark_at(k); m > 0; m = mark_at(k)) k += m;
  if (k > mark && is_var(k)) return std::string(prompt.substr(mark, k + 1 - mark));
  // Before it.
  std::size_t b = at;
  const auto blanks = [&] {
    while (b > 0 && (prompt[b - 1] == ' ' || prompt[b - 1] == '\t')) --b;
  };
  blanks();
  if (b > 0 && std::string_view("+-*/").find(prompt[b - 1]) != std::string_view::npos) {
    --b;
    blanks();
  }
  std::size_t close = b;
  while (close > 0 && std::string_view("]}|").find(prompt[close - 1]) != std::string_view::npos) --close;
  if (close > 0 && is_var(close - 1)) return std::string(prompt.substr(close - 1, at - (close - 1)));
  return {};
}

// The first word or mark of a sentence that names the value asked (with
// "answer", "value", "result", "solution" or "output", in English) that
// is not one of the few words such a sentence uses to ask for the value
// itself ("Finish with the value of x.", "Give the final answer on its own
// line.", "What value of x satisfies the equation?"); empty when there is
// none. Any other word or mark there may ask for another value: "the number
// following the answer", "the answer one up", "one / the answer",
// "\u2212answer", "the equation's value", "What value does the equation
// have?" - and no list of such words is complete, so the list is of the
// words that ask for the value alone.
std::string UnreadValueSentenceWord(const std::vector<Token>& t, const std::string& var) {
  static const vocab::WordSet kValue = {"answer", "answers", "value", "values", "result", "results",
                                        "solution", "solutions", "output", "unknown"};
  static const vocab::WordSet kAsk = {
      "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "and", "then", "also", "as", "is",
      "are", "be", "its", "it", "your", "my", "me", "us", "please", "kindly", "just", "only", "final", "finally",
      "answer", "answers", "value", "values", "result", "results", "solution", "solutions", "unknown",
      "variable", "what", "which", "does", "do", "equal", "equals", "find", "solve", "solving", "determine",
      "compute", "calculate", "work", "working", "out", "get", "give", "state", "write", "report", "show",
      "showing", "present", "provide", "return", "print", "output", "put", "end", "ending", "finish",
      "finishing", "line", "lines", "own", "separate", "last", "each", "every", "step", "steps", "all",
      "clearly", "clear", "exact", "exactly", "simplest", "form", "equation", "this", "that", "given", "if",
      "satisfies", "satisfy", "makes", "make", "true", "holds", "hold", "check", "verify", "substituting",
      "substitute", "back", "into", "original", "box", "boxed", "bold", "format", "so", "our", "we", "you",
      "can", "could", "would", "will", "like", "want", "need", "how", "here", "there", "single", "new", "full",
      "complete", "correct", "one", "same", "per", "thanks", "thank", "hi", "hello", "now", "once", "done", "finished"};
  static const vocab::WordSet kAfterOne = {"line", "lines", "step", "steps", "equation", "equations", "per", "at",
                                           "by", "sentence", "row"};
  std::size_t begin = 0;
  while (begin < t.size()) {
    std::size_t end = begin;
    while (end < t.size() && !(t[end].norm == "." || t[end].norm == "?" || t[end].norm == "!" || t[end].norm == ";") &&
           t[end].line == t[begin].line) {
      ++end;
    }
    bool names_value = false;
    for (std::size_t i = begin; i < end; ++i) {
      names_value = names_value || (t[i].kind == TokenKind::kWord && kValue.Has(t[i].norm));
    }
    for (std::size_t i = begin; names_value && i < end; ++i) {
      const Token& k = t[i];
      if (k.kind == TokenKind::kPunct) {
        // (Sentence marks, quotes and brackets; a '-' inside a word,
        // "step-by-step"; '*' of markdown.)
        static const vocab::WordSet kMarks = {",", ":", "(", ")", "\"", "`", "*", "\xE2\x80\x9C", "\xE2\x80\x9D"};
        const bool inner_dash = k.norm == "-" && i > begin && !k.space_before && i + 1 < end &&
                                !t[i + 1].space_before && t[i - 1].kind == TokenKind::kWord &&
                                t[i + 1].kind == TokenKind::kWord;
        if (kMarks.Has(k.norm) || inner_dash) continue;
        // ("x's value" is the variable's.)
        if ((k.norm == "'" || k.norm == "\xE2\x80\x99") && i > begin && t[i - 1].norm == var) continue;
        return k.norm;
      }
      if (k.kind != TokenKind::kWord) continue;  // (numbers are read by the caller)
      if (k.norm == var) continue;
      if (k.norm == "s" && i > begin && t[i - 1].norm != var &&
          (t[i - 1].norm == "'" || t[i - 1].norm == "\xE2\x80\x99")) {
        return "'s";
      }
      if (k.norm == "one" && !(i + 1 < end && kAfterOne.Has(t[i + 1].norm))) return k.norm;
      // "the equation value", "the expression's result": what a side comes to.
      if (k.norm == "equation" && i + 1 < end && kValue.Has(t[i + 1].norm)) return k.norm + " " + t[i + 1].norm;
      if (!kAsk.Has(k.norm)) return k.norm;
    }
    begin = end + 1;
  }
  return {};
}

// The first place where a word for the value ("answer", "value", "it",
// "that", "the number", "one" ...) is joined to another such word by marks
// alone ("answer*answer", "(the answer)(the answer)", "it-it", "one-it",
// "answer*it"): a product, a difference or a power of the value, not the
// value; empty when there is none. (Markdown's "**answer**" and "*answer*"
// are emphasis; "step-by-step" joins no value.)
std::string ValuesJoined(const std::vector<Token>& t, const std::string& var) {
  static const vocab::WordSet kValueWords = {"answer", "answers", "value", "values", "result", "results", "solution",
                                             "solutions", "output", "unknown", "it", "that", "this", "one", "number",
                                             "figure", "root"};
  static const vocab::WordSet kBetween = {"the", "a", "an", "your", "my", "our", "its", "final", "exact"};
  const auto value_word = [&](const Token& k) { return k.kind == TokenKind::kWord && kValueWords.Has(k.norm) && k.norm != var; };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!value_word(t[i])) continue;
    // The next value word of its sentence, with marks and articles alone between.
    bool marks = false, product = false;
    for (std::size_t j = i + 1; j < t.size(); ++j) {
      const Token& k = t[j];
      if (k.line != t[i].line || k.norm == "." || k.norm == "?" || k.norm == "!" || k.norm == ";" || k.norm == ",") break;
      if (k.kind == TokenKind::kPunct) {
        marks = true;
        // ('*' glued to both sides, or spaced on both: a product; "**" is bold.)
        if (k.norm == "*") {
          const bool bold = (j > 0 && t[j - 1].norm == "*") || (j + 1 < t.size() && t[j + 1].norm == "*");
          const bool after = j + 1 < t.size() && t[j + 1].space_before;
          if (!bold && k.space_before == after) product = true;
        }
        if (k.norm == "-" || k.norm == ")" || k.norm == "(" || k.norm == "\"" || k.norm == "'") product = true;
        continue;
      }
      if (k.kind == TokenKind::kWord && kBetween.Has(k.norm)) continue;
      if (value_word(k) && marks && product) {
        return t[i].norm + " ... " + k.norm;
      }
      break;
    }
  }
  return {};
}

// A word that asks for a check: 1 for an English one ("check", "verify",
// "substitute" ...), 2 for another language's, 0 for none.
int CheckWordKind(const std::string& w) {
  static const vocab::WordSet kCheck = {"check", "checks", "verify", "verifies", "verification", "substitute",
                                        "substituting", "substitution", "plug", "plugging", "test", "recheck",
                                        "crosscheck", "checking", "rechecking", "verifying", "testing",
                                        "proof", "proofs", "confirm", "sjekk", "sjekke", "kolla", "tarkasta"};
  // The check asked in other languages ("Mach die Probe.", "Kontroller
  // svaret.", "Проверьте решение."), anywhere in a sentence.
  static const vocab::WordSet kCheckElsewhere = {
      "probe", "kontroller", "kontrollér", "kontrollera", "kontrolliere", "kontrollieren", "überprüfe",
      "überprüfen", "prüfe", "prüfen", "vérifie", "vérifiez", "vérifier", "comprueba", "compruebe", "comprobar",
      "verifica", "verifique", "verificar", "sprawdź", "sprawdz", "проверьте", "проверь", "проверка",
      "Überprüfe", "Überprüfen", "Prüfe", "Проверьте", "Проверь", "Проверка", "vérification", "kontroll",
      "kontrollen", "prøve", "prøv", "controleer", "controleren", "tarkista", "tarkistus", "controlla",
      "controllare", "controllo", "controlli", "verifiche", "проверкой", "проверку", "проверить", "проверкою",
      "Проверкой", "Проверку", "Проверить", "kontrolle", "prüfung", "Kontrolle", "Prüfung", "überprüfung",
      "Überprüfung", "comprobación", "verificación", "sprawdzenie", "kontrola", "controle", "contrôle",
      "controlez", "contrôlez", "sınama", "kontrol", "kontrolü", "doğrula", "doğrulayın"};
  // (In Chinese and Japanese a word is not written apart: "验算一下。", "検算してください。".)
  static const std::string_view kCheckInside[] = {"\xE9\xAA\x8C\xE7\xAE\x97", "\xE9\xA9\x97\xE7\xAE\x97",
                                                  "\xE6\xA4\x9C\xE7\xAE\x97", "\xE6\xA4\x9C\xE8\xA8\xBC"};
  if (kCheck.Has(w)) return 1;
  if (kCheckElsewhere.Has(w) || std::any_of(std::begin(kCheckInside), std::end(kCheckInside),
                                            [&](std::string_view c) { return w.find(c) != std::string::npos; })) {
    return 2;
  }
  return 0;
}

// Whether the check word at i of the sentence opening at `sentence` is
// another's: a modal after a subject that is not "you" ("The teacher will
// check it tomorrow.").
bool AnothersCheck(const std::vector<Token>& t, std::size_t sentence, std::size_t i) {
  static const vocab::WordSet kModal = {"will", "would", "shall", "may", "might", "can", "could", "should", "must"};
  for (std::size_t k = sentence + 1; k < i; ++k) {
    if (kModal.Has(t[k].norm) && t[k - 1].norm != "you" && t[k - 1].norm != "please") return true;
  }
  return false;
}

// Whether a word is a check word's past participle ("checked", "verified" ...).
bool IsCheckParticiple(const std::string& w) {
  static const vocab::WordSet kChecked = {"checked", "verified", "tested", "proven", "proved", "confirmed",
                                          "rechecked", "crosschecked", "validated", "substituted"};
  return kChecked.Has(w);
}

// Where a check asked with the participle at i begins: the word that asks for
// it done ("Get it checked.", "Have the answer verified.", "Needs checked.",
// "I'd like it tested.", "It must be checked.", "... to be verified."), or
// npos when the participle tells what was done ("I checked it.", "I have
// verified it.", "It has been checked.", "It was tested.", rounds 260 and 264).
std::size_t ParticipleAsked(const std::vector<Token>& t, std::size_t sentence, std::size_t i,
                            const std::string& variable) {
  static const vocab::WordSet kObject = {"it", "this", "that", "the", "answer", "solution", "result", "value",
                                         "your", "my", "our", "work", "working", "workings", "steps", "all",
                                         "everything", "them", "final", "root", "equation"};
  static const vocab::WordSet kCausative = {"get", "have"};
  static const vocab::WordSet kWanting = {"need", "needs", "want", "wants", "like", "prefer"};
  static const vocab::WordSet kModal = {"to", "must", "should", "shall", "please"};
  static const vocab::WordSet kSubject = {"i", "we", "they", "he", "she", "you", "teacher", "someone"};
  std::size_t j = i, objects = 0;
  // ("double-checked", "cross-checked")
  while (j > sentence && (t[j - 1].norm == "-" || t[j - 1].norm == "double" || t[j - 1].norm == "cross")) --j;
  while (j > sentence && (kObject.Has(t[j - 1].norm) || t[j - 1].norm == variable)) {
    --j;
    ++objects;
  }
  if (j == sentence) return std::string::npos;
  const std::size_t asker = j - 1;
  const std::string& w = t[asker].norm;
  // "Get it checked.", "Have the answer verified." (not "I have checked it",
  // whose object comes after; nor "I have it checked", a report).
  if (kCausative.Has(w)) {
    const bool reported = asker > sentence && kSubject.Has(t[asker - 1].norm);
    return objects > 0 && !reported ? asker : std::string::npos;
  }
  if (kWanting.Has(w)) return asker;
  // "It must be checked.", "It needs to be verified." (not "It has been checked.").
  if (w == "be" && objects == 0 && asker > sentence && kModal.Has(t[asker - 1].norm)) return asker - 1;
  return std::string::npos;
}

}  // namespace

std::string CheckWordsIn(std::string_view prompt) {
  const std::vector<Token> t = Tokenize(prompt);
  std::string out;
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    if (k.norm == "." || k.norm == "?" || k.norm == "!" || k.norm == ";" || (i > 0 && k.line != t[i - 1].line)) {
      sentence = k.kind == TokenKind::kWord ? i : i + 1;
    }
    if (k.kind != TokenKind::kWord) continue;
    if (CheckWordKind(k.norm) == 0 && k.norm != "prove" && k.norm != "proof" && k.norm != "confirm" &&
        k.norm != "validate" && k.norm != "double" && !IsCheckParticiple(k.norm)) {
      continue;
    }
    if (AnothersCheck(t, sentence, i)) continue;
    out += k.norm;
    out += ' ';
  }
  return out;
}

AskedForm AskedFormOf(std::string_view prompt) {
  const std::vector<Token> t = Tokenize(prompt);
  static const vocab::WordSet kContracted = {"don", "doesn", "didn", "needn", "shouldn", "won", "mustn"};
  static const vocab::WordSet kWorkWords = {"work", "working", "workings", "steps", "step", "calculation",
                                            "calculations", "derivation"};
  // A working asked in other words or languages ("Show the process.", "Show
  // the math.", "Sans \u00E9tapes.", "Poka\u017C obliczenia.", round 264).
  static const vocab::WordSet kWorkingWords = {
      "process", "method", "math", "maths", "\u00E9tapes", "etapes", "schritte", "pasos", "passaggi", "passi",
      "kroki", "stappen", "steg", "trinn", "vaiheet", "obliczenia", "rechenweg", "l\u00F6sungsweg", "calculs",
      "c\u00E1lculos", "calculos", "calcoli", "rechnung", "mellanled"};
  static const vocab::WordSet kExplain = {"explain", "explaining", "explanation", "reasoning", "walk", "justify",
                                          "derive", "teach", "worked", "breakdown", "erkl\u00E4re", "explique",
                                          "expliquez", "explica", "spiega", "wyja\u015Bnij", "forklar"};
  static const vocab::WordSet kValueWords = {
      "answer", "solution", "result", "value", "number", "tl", "dr", "tldr", "l\u00F6sung", "ergebnis", "antwort",
      "svaret", "svar", "r\u00E9ponse", "reponse", "r\u00E9sultat", "resultat", "respuesta", "resultado", "risposta",
      "risultato", "wynik", "odpowied\u017A", "antwoord", "vastaus", "tulos"};
  static const vocab::WordSet kNumberWords = {"number", "numeral", "digits", "value", "liczba", "zahl", "nombre",
                                              "n\u00FAmero", "numero", "tal", "tall", "luku", "getal"};
  // Words that restrict the answer to less than the working ("Just give me
  // the number.", "A plain number, please.", "Nur die L\u00F6sung.", "Kun svaret.").
  static const vocab::WordSet kRestricting = {
      "only", "just", "alone", "solely", "merely", "plain", "bare", "nur", "kun", "juste", "seulement", "solo",
      "s\u00F3lo", "solamente", "tylko", "alleen", "endast", "bara", "vain", "apenas", "somente", "einfach"};
  static const vocab::WordSet kManyWords = {"equations", "equation", "steps", "lines", "working", "work"};
  static const vocab::WordSet kWithout = {"spare", "sans", "ohne", "sin", "senza", "bez", "zonder", "uten", "utan",
                                          "ilman", "sem", "keine", "kein", "pas"};
  // Words for talk around the answer, denied ("Don't explain.", "No fluff.",
  // "No commentary."): the answer without a working, unless a working is
  // asked as well ("Show the steps, no explanation needed.", rounds 262 and 264).
  static const vocab::WordSet kChatter = {"fluff", "commentary", "chatter", "elaboration", "elaborate", "waffle",
                                          "preamble", "blabla", "filler", "talk", "rambling"};
  bool steps = false, one_line = false, value_only = false, terse = false;
  std::size_t sentence = 0;
  const auto norm = [&](std::size_t k) -> const std::string& {
    static const std::string kNone;
    return k < t.size() ? t[k].norm : kNone;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].norm;
    if (w == "." || w == "?" || w == "!" || w == ";" || (i > 0 && t[i].line != t[i - 1].line)) {
      sentence = (w == "." || w == "?" || w == "!" || w == ";") ? i + 1 : i;
    }
    if (t[i].kind != TokenKind::kWord) continue;
    // A negation up to three words before it in its sentence ("Show no
    // steps.", "No working needed.", "Don't show the steps.").
    bool negated = false;
    for (std::size_t k = std::max(sentence, i > 3 ? i - 3 : 0); k < i; ++k) {
      negated = negated || vocab::IsNegation(t[k].norm) || kContracted.Has(t[k].norm) || t[k].norm == "skip" ||
                t[k].norm == "omit" || t[k].norm == "leave" || kWithout.Has(t[k].norm);
    }
    // (Two negations ask for it: "Don't skip the steps.", "Never leave out the working.")
    // (Not two denials of two things: "No explanation, no steps.")
    {
      bool denial = false;
      for (std::size_t k = std::max(sentence, i > 5 ? i - 5 : 0); k < i; ++k) {
        const bool leaves_out = t[k].norm == "skip" || t[k].norm == "omit" || t[k].norm == "leave" ||
                                t[k].norm == "spare" || t[k].norm == "forget";
        if (leaves_out && denial) negated = false;
        denial = denial || t[k].norm == "not" || t[k].norm == "never" || t[k].norm == "t" || kContracted.Has(t[k].norm);
      }
    }
    // (And after it: "No working needed." reads the "no" before; "steps
    // not needed", "working not required" the one after.)
    if (!negated && i + 2 < t.size() && (norm(i + 1) == "not" || norm(i + 2) == "not") &&
        (norm(i + 2) == "needed" || norm(i + 3) == "needed" || norm(i + 2) == "required" ||
         norm(i + 3) == "required" || norm(i + 2) == "necessary" || norm(i + 3) == "necessary")) {
      negated = true;
    }
    const bool step_by_step = w == "step" && norm(i + 1) == "by" && norm(i + 2) == "step";
    // ("Only write the last step.", "just the final line": one line.)
    // (Not "Put the answer on the last line.", "The final line should state x + 7.")
    if ((w == "step" || w == "line") && i > 0 && (t[i - 1].norm == "last" || t[i - 1].norm == "final")) {
      for (std::size_t k = sentence; k < i; ++k) {
        one_line = one_line || t[k].norm == "only" || t[k].norm == "just" || t[k].norm == "solely";
      }
      continue;
    }
    // ("Give the full solution.", "a complete solution": the working.)
    if ((w == "solution" || w == "answer") && i > 0 &&
        (t[i - 1].norm == "full" || t[i - 1].norm == "complete" || t[i - 1].norm == "whole" ||
         t[i - 1].norm == "detailed" || t[i - 1].norm == "worked")) {
      steps = true;
      continue;
    }
    // ("Without the variable name.", "Leave out the variable.": the value alone.)
    if ((w == "variable" || w == "letter") && negated) {
      value_only = true;
      continue;
    }
    if (kWorkWords.Has(w)) {
      // ("Work out the value", "Work it out": no working asked; "Show your
      // work", "with working", "each step", "Number the steps" are.)
      const std::string& prev = i > 0 ? t[i - 1].norm : norm(t.size());
      const bool asked = w == "step" || w == "steps" || w == "calculation" || w == "calculations" ||
                         w == "derivation" || w == "working" || w == "workings" ||
                         (w == "work" && (prev == "your" || prev == "the" || prev == "all" || prev == "show" ||
                                          prev == "full" || prev == "my" || prev == "with" || prev == "no"));
      if (asked) {
        if (negated && !step_by_step) {
          one_line = true;
        } else {
          steps = true;
        }
      }
      if (step_by_step) i += 2;
      continue;
    }
    if (kExplain.Has(w) && !negated) steps = true;
    if ((kExplain.Has(w) || kChatter.Has(w)) && negated) terse = true;
    if (kWorkingWords.Has(w)) (negated ? one_line : steps) = true;
    // ("Show me how.", "Show how you got it.", "How do you get there?", "Teach me how.")
    if (w == "how" && !negated) {
      bool shown = i == sentence;
      for (std::size_t k = sentence; k < i; ++k) {
        shown = shown || t[k].norm == "show" || t[k].norm == "teach" || t[k].norm == "tell" || t[k].norm == "explain";
      }
      if (shown) steps = true;
    }
    // ("Break it down.")
    if (w == "break" && norm(i + 2) == "down") steps = true;
    if (w == "line" || w == "lines") {
      const std::string& prev = i > 0 ? t[i - 1].norm : norm(t.size());
      const std::string& prev2 = i > 1 ? t[i - 2].norm : norm(t.size());
      // "one equation per line", "each on a separate line", "line by line",
      // "on its own line": a working; "on one line", "a single line": one line.
      if (prev == "per" || prev == "separate" || prev == "own" || prev == "new" || prev == "each" ||
          (norm(i + 1) == "by" && norm(i + 2) == "line")) {
        steps = true;
      } else if ((prev == "single" || prev == "one" || (prev == "-" && (prev2 == "one" || prev2 == "single"))) &&
                 norm(i + 1) != "per" &&
                 norm(i + 1) != "for" && norm(i + 1) != "each") {
        one_line = true;
      }
      continue;
    }
    if (w == "oneliner" || w == "liner") one_line = true;
    if (w == "bare") value_only = true;
    if (w == "nothing" && norm(i + 1) == "else") {
      // ("Respond with a number and nothing else.": the value alone.)
      bool number = false;
      for (std::size_t k = i > 5 ? i - 5 : 0; k < i; ++k) number = number || t[k].norm == "number";
      (number ? value_only : one_line) = true;
    }
    if (kRestricting.Has(w)) {
      // What alone is asked for, in its sentence ("Just give me the
      // number.", "Final answer only."); not near a working's word
      // ("equations only", "just the steps").
      bool value = false, number = false, many = false;
      std::size_t end = i + 1;
      while (end < t.size() && !(t[end].norm == "." || t[end].norm == "?" || t[end].norm == "!" ||
                                 t[end].norm == ";" || t[end].line != t[i].line)) {
        ++end;
      }
      for (std::size_t k = sentence; k < end; ++k) {
        if (k == i) continue;
        value = value || kValueWords.Has(t[k].norm);
        number = number || kNumberWords.Has(t[k].norm);
        many = many || (kManyWords.Has(t[k].norm) && (k + 2 >= i && k <= i + 2));
      }
      if (many) continue;
      if (number) value_only = true;
      if (value) one_line = true;
      // ("Just x.", "Just that.": the sentence ends after one word.)
      if ((w == "just" || w == "only") && end == i + 2 && t[i + 1].kind == TokenKind::kWord &&
          (t[i + 1].norm.size() == 1 || t[i + 1].norm == "that" || t[i + 1].norm == "it" || t[i + 1].norm == "this")) {
        one_line = true;
        // ("What number is it? Just that.": the number the sentence before asks.)
        for (std::size_t k = sentence > 6 ? sentence - 6 : 0; k < sentence; ++k) {
          value_only = value_only || kNumberWords.Has(t[k].norm);
        }
      }
    }
  }
  // "without 'x ='", "no \"x =\"": the value alone.
  for (std::size_t at = prompt.find('='); at != std::string_view::npos; at = prompt.find('=', at + 1)) {
    std::size_t b = at;
    while (b > 0 && (prompt[b - 1] == ' ' || std::isalpha(static_cast<unsigned char>(prompt[b - 1])))) --b;
    if (b == 0 || std::string_view("'\"`").find(prompt[b - 1]) == std::string_view::npos) continue;
    std::string before(prompt.substr(b > 14 ? b - 14 : 0, b - (b > 14 ? b - 14 : 0)));
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view neg : {"without", "no ", "not ", "omit", "drop", "leave out", "skip", "don't", "don\u2019t",
                                 "never"}) {
      if (before.find(neg) != std::string::npos) value_only = true;
    }
  }
  if (terse && !steps && !value_only) one_line = true;
  if (steps && (one_line || value_only)) return AskedForm::kBoth;
  if (value_only) return AskedForm::kValueOnly;
  if (one_line) return AskedForm::kOneLine;
  return steps ? AskedForm::kSteps : AskedForm::kAny;
}

// Whether the request asks the solution to be checked: "Check the solution.",
// "Also verify your answer.", "Solve ... and check it", "Include a check at
// the end." (Not "The teacher will check it tomorrow.", "No need to check.")
bool AsksForACheck(std::string_view prompt, const LinearEquation& equation) {
  const AroundEquation around = Around(prompt, equation);
  const std::vector<Token>& t = around.tokens;
  const std::string& variable = around.variable;
  static const vocab::WordSet kLead = {"please", "also", "then", "and", "now", "finally", "afterwards", "lastly", "kindly"};
  // "Show that it works.", "Prove that it holds."
  static const vocab::WordSet kWorks = {"works", "work", "holds", "satisfies", "solves", "correct", "right"};
  static const vocab::WordSet kProve = {"show", "prove", "demonstrate", "confirm"};
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].norm;
    if (w == "." || w == "?" || w == "!" || w == ";" || w == ":" || (i > 0 && t[i].line != t[i - 1].line)) {
      sentence = (w == "." || w == "?" || w == "!" || w == ";" || w == ":") ? i + 1 : i;
      if (sentence == i + 1) continue;
    }
    const int check_word = CheckWordKind(w);
    const bool elsewhere = check_word == 2;
    // A check asked with a participle: its asker's sentence is read for a
    // negation ("Don't get it checked.", "No need to have it verified.").
    const std::size_t asker = IsCheckParticiple(w) ? ParticipleAsked(t, sentence, i, variable) : std::string::npos;
    if (check_word == 0 && !kWorks.Has(w) && w != "prove" && asker == std::string::npos) continue;
    std::size_t first = sentence;
    while (first < i && (kLead.Has(t[first].norm) || (first > sentence && t[first].norm == ","))) ++first;
    // A negation before it in its sentence ("No need to check."; not the
    // variable t of "Solve 5t + 8 = 3 for t. Check.").
    bool denied = false;
    static const vocab::WordSet kContracted = {"don", "doesn", "didn", "needn", "shouldn", "won", "mustn"};
    const std::size_t from = std::min(i, asker);
    for (std::size_t k = std::max(sentence, from > 3 ? from - 3 : 0); k < i; ++k) {
      denied = denied || ((vocab::IsNegation(t[k].norm) || t[k].norm == "skip" || kContracted.Has(t[k].norm)) &&
                          t[k].norm != variable);
    }
    // "need" denies after a negation only, anywhere before it in its
    // sentence ("No need for you to check."; not "Need a check.", "I need a
    // sanity check.", round 260).
    for (std::size_t k = sentence; k < i && !denied; ++k) {
      denied = (t[k].norm == "need" || t[k].norm == "needs") && k > sentence &&
               (vocab::IsNegation(t[k - 1].norm) || kContracted.Has(t[k - 1].norm) ||
                (k > sentence + 1 && (vocab::IsNegation(t[k - 2].norm) || kContracted.Has(t[k - 2].norm))));
    }
    if (denied) continue;
    if (elsewhere) return true;
    // (Another's is read before its asker: "The teacher will have it
    // checked."; "It must be checked." asks.)
    if (asker != std::string::npos) {
      if (!AnothersCheck(t, sentence, asker)) return true;
      continue;
    }
    const std::string_view prev = i > 0 ? std::string_view(t[i - 1].norm) : std::string_view();
    // "And prove it.", "Prove the answer."
    if (w == "prove" && i + 1 < t.size() && (t[i + 1].norm == "it" || t[i + 1].norm == "that" ||
                                             t[i + 1].norm == "the" || t[i + 1].norm == "your")) {
      return true;
    }
    if (kWorks.Has(w)) {
      if (first < i && kProve.Has(t[first].norm) && (prev == "it" || prev == "that" || prev == "answer" ||
                                                    prev == "solution" || prev == "value")) {
        return true;
      }
      continue;
    }
    // Any other check word not denied asks for one ("Check.", "With check.",
    // "Steps & check.", "(check)", "Test it.", "Run a quick check."; no list
    // of the ways to ask is complete, rounds 255 and 258), but another's,
    // after a modal ("The teacher will check it tomorrow.").
    if (!AnothersCheck(t, sentence, i)) return true;
  }
  return false;
}

bool AsksForAnotherValue(std::string_view prompt, const LinearEquation& equation, std::string* what) {
  const AroundEquation around = Around(prompt, equation);
  const std::size_t at = around.at;
  const std::string& var = around.variable;
  const std::vector<Token>& t = around.tokens;
  auto say = [&](std::string w) {
    if (what != nullptr) *what = std::move(w);
    return true;
  };
  // Characters of a formula the equation reader does not read, anywhere in
  // the prompt: a vulgar fraction ("½x + 5 = 20"), a superscript ("20²"), a
  // LaTeX command ("\frac34 x"), a thin or no-break space inside a number
  // ("2 000"). Read as the equation without them, the request would be
  // answered for another equation.
  // A control character other than a tab or a line break ("\a", "\x1B",
  // "\x7F"): what it stands for, the reader does not know.
  for (std::size_t i = 0; i < prompt.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(prompt[i]);
    if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\v' && ch != '\f') || ch == 0x7F) {
      return say("a control character at byte " + std::to_string(i) + ", which the equation reader does not read");
    }
  }
  if (const std::optional<std::pair<std::size_t, std::size_t>> c = UnreadFormulaCharacter(prompt)) {
    return say("the character \"" + std::string(prompt.substr(c->first, c->second)) + "\" at byte " +
               std::to_string(c->first) + ", which the equation reader does not read");
  }
  // "\u2014x + 5 = 11", "x + 0\u00B75 = 3", "&frac12;x": a mark the reader
  // misreads.
  const std::size_t eq_end = at == std::string::npos ? at : at + equation.text.size();
  if (const auto mark = MisreadMark(prompt, var, at, eq_end)) {
    return say("the mark \"" + std::string(prompt.substr(mark->first, mark->second)) + "\" at byte " +
               std::to_string(mark->first) + ", which the equation reader would misread");
  }
  // "Item 3 x + 5 = 11", "(3) x + 5 = 11", "x + 5 = 11 (3)": a number
  // apart from its neighbour.
  if (at != std::string::npos) {
    if (const std::optional<std::size_t> n = NumberApart(prompt, at, at + equation.text.size(), var)) {
      return say("a number or sign apart from what follows it at byte " + std::to_string(*n) +
                 " (a label or an equation's number?), which the equation reader would read as a factor");
    }
  }
  // "x +- 3 = 10": a sign glued to a sign; "2/3x = 4": a divisor a product
  // follows.
  if (at != std::string::npos) {
    const std::string_view eq = prompt.substr(at, equation.text.size());
    if (const auto pm = PlusMinus(eq)) {
      return say("the signs \"" + std::string(eq.substr(pm->first, pm->second)) + "\" at byte " +
                 std::to_string(at + pm->first) + ", which may stand for \u00B1");
    }
    if (const std::optional<std::size_t> d = ImpliedProductAfterDivision(eq)) {
      return say("a division at byte " + std::to_string(at + *d) +
                 " whose divisor a product follows without a mark (\"2/3x\": (2/3)x or 2/(3x)?)");
    }
  }
  // "2x* + 3 = 11", "2*x* + 3 = 11": an operator before a sign.
  if (at != std::string::npos) {
    if (const auto op = OperatorBeforeSign(prompt, at, at + equation.text.size())) {
      return say("the mark \"" + std::string(prompt.substr(op->first, op->second)) + "\" before a sign at byte " +
                 std::to_string(op->first) +
                 ", which the equation reader would read as an operation");
    }
  }
  // A number of the equation written in groups ("1,000x = 3,000", "1'500x",
  // "2x + 1,5 = 4,5"): a thousands separator or a decimal comma, the reader
  // reads neither, and would take the digits on one side of the mark for the
  // whole number ("000x = 3").
  if (at != std::string::npos) {
    const std::size_t end = at + equation.text.size();
    const auto digit = [&](std::size_t k) { return k < prompt.size() && prompt[k] >= '0' && prompt[k] <= '9'; };
    const auto group_mark = [&](std::size_t k) -> std::size_t {
      if (k >= prompt.size()) return 0;
      if (prompt[k] == ',' || prompt[k] == '\'') return 1;
      return prompt.compare(k, 3, "\xE2\x80\x99") == 0 ? 3 : 0;  // U+2019
    };
    std::optional<std::size_t> mark;
    for (std::size_t n : {std::size_t{1}, std::size_t{3}}) {
      if (!mark && at >= n + 1 && group_mark(at - n) == n && digit(at - n - 1) && digit(at)) mark = at - n;
    }
    if (const std::size_t n = group_mark(end); !mark && n > 0 && digit(end - 1) && digit(end + n)) mark = end;
    if (mark) {
      std::size_t from = *mark;
      while (from > 0 && (digit(from - 1) || group_mark(from - 1) == 1)) --from;
      std::size_t to = *mark + group_mark(*mark);
      while (digit(to)) ++to;
      return say("the number \"" + std::string(prompt.substr(from, to - from)) + "\" at byte " +
                 std::to_string(from) +
                 " written with a separator inside it (thousands or a decimal comma?), which the equation reader "
                 "does not read");
    }
  }
  // A number with a point and three digits ending in "00" ("2x + 1.000 =
  // 3.000", "1.500"): a thousands separator in much of Europe, or decimals;
  // the reader takes the point for decimals.
  if (at != std::string::npos) {
    const std::size_t end = at + equation.text.size();
    const auto digit = [&](std::size_t k) { return k < prompt.size() && prompt[k] >= '0' && prompt[k] <= '9'; };
    for (std::size_t k = at + 1; k < end && k + 3 < prompt.size(); ++k) {
      if (prompt[k] == '.' && digit(k - 1) && digit(k + 1) && prompt[k + 2] == '0' && prompt[k + 3] == '0' &&
          !digit(k + 4)) {
        std::size_t from = k;
        while (from > 0 && digit(from - 1)) --from;
        return say("the number \"" + std::string(prompt.substr(from, k + 4 - from)) + "\" at byte " +
                   std::to_string(from) + " written with a point and three digits (thousands or decimals?)");
      }
    }
  }
  // Words that turn the equation into a bound or deny it: "= 20 or above",
  // "= 20 and up", "= 20. Or below.", "at least 3x + 5 = 20", "not 3x + 5 =
  // 20", "= 20, never": no one value answers it.
  if (at != std::string::npos) {
    if (const std::optional<std::string> turn = BoundOrDenial(prompt, at, at + equation.text.size())) {
      return say("\"" + *turn + "\" beside the equation, which makes it a bound or denies it");
    }
  }
  // The equation going on past what the reader read: a digit, a letter or
  // '_' right after it ("2_005", "25k"), a factorial ("4!"), a repeating
  // decimal ("0.333...", "0.333\u2026"), a combining mark ("0.33\u0305").
  if (at != std::string::npos) {
    const std::string_view after = prompt.substr(std::min(prompt.size(), at + equation.text.size()));
    const auto b = [&](std::size_t k) { return k < after.size() ? static_cast<unsigned char>(after[k]) : 0u; };
    bool glued = !after.empty() && (std::isalnum(b(0)) || b(0) == '_' || b(0) == '!' || b(0) == '^');
    // (So past a closing '$' of TeX: "$3x+5=20$!", "$3x+5=20$'", a prime.)
    std::size_t tex = 0;
    while (b(tex) == '$') ++tex;
    glued = glued || (tex > 0 && (std::isalnum(b(tex)) || b(tex) == '!' || b(tex) == '^' || b(tex) == '\''));
    // (And a prime inside it: "$3x+5=20'$".)
    glued = glued || (b(0) == '\'' && at > 0 && prompt.substr(0, at).find('$') != std::string::npos);
    // ("2x+3=11=.", "2x + 3 = 11 =x": another '=' on its line.)
    const std::size_t next = after.find_first_not_of(" \t");
    const bool equals = next != std::string_view::npos && after[next] == '=';
    const bool dots = after.substr(0, 2) == ".." || after.substr(0, 3) == "\u2026";
    const bool combining = (b(0) == 0xCC && b(1) >= 0x80) || (b(0) == 0xCD && b(1) <= 0xAF);
    if (glued || dots || combining || equals) {
      return say("\"" + std::string(after.substr(0, std::min<std::size_t>(after.size(), 4))) +
                 "\" right after the equation, which the equation reader does not read");
    }
  }
  // The equation going on on the next line, a line that opens with a sign
  // and holds a term ("2x + 3 = 11\n\u2212 x.", "= 10\r\n+ y", "$3x+5=20$\n$-
  // x$"): the reader reads one line, and would solve another equation. (A
  // list of words after it, "- Show each step", is no term.)
  if (at != std::string::npos) {
    if (const std::optional<std::size_t> line = TermOnTheNextLine(prompt, at + equation.text.size(), var)) {
      return say("a term on the line after the equation at byte " + std::to_string(*line) +
                 ", which the equation reader does not read");
    }
  }
  // The variable written right beside the equation in marks ("= 11{x}",
  // "= 11 [x]", "= 11|x|", "[x] + 2x + 3 = 11", "x 2x + 3 = 11"): a term the
  // reader left out, so it would solve another equation.
  if (at != std::string::npos) {
    if (const std::string mark = VariableBesideEquation(prompt, at, equation.text.size(), var); !mark.empty()) {
      return say("\"" + mark + "\" beside the equation, which the equation reader does not read");
    }
  }
  // "Answer in %", "in \u2030": a percentage of the value.
  for (std::string_view sign : {"%", "\u2030", "\u2031"}) {
    if (around.rest.find(sign) != std::string::npos) return say("the value in \"" + std::string(sign) + "\"");
  }
  // A number word right before the equation ("four x + 5 = 29", "drei y +
  // 4 = 19"): the reader starts the equation after it and would solve
  // another one.
  if (at != std::string::npos) {
    const std::vector<Token> before = Tokenize(prompt.substr(0, at));
    if (!before.empty() && before.back().kind == TokenKind::kWord && IsNumberWord(before.back().norm)) {
      return say("the number word \"" + before.back().norm + "\" right before the equation, which the equation "
                 "reader does not read");
    }
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    if (k.kind == TokenKind::kNumber) {
      const bool step_number = i > 0 && (t[i - 1].norm == "step" || t[i - 1].norm == "steps");
      if (!step_number) return say("the number " + k.norm + " outside the equation");
      continue;
    }
    if (k.kind == TokenKind::kPunct) {
      // "|x|", "{x}", "[the answer]", "~x", "x!", "!x", "x<<x": marks that
      // make the variable another value (absolute, floor, fractional part,
      // complement, factorial); no list of their meanings is complete.
      if (OddMark(t, i, var)) return say("the mark \"" + k.norm + "\" outside the equation");
      // A relation beside the equation ("= 11 < x", "x > 2x + 3 = 11", "where
      // x != x"): the request asks for the x that also holds it, which the
      // steps do not show. ("<value>" is a placeholder; "->", "=>" arrows.)
      if (k.norm == "<" || k.norm == ">") {
        const bool placeholder = k.norm == "<" && i + 2 < t.size() && !t[i + 1].space_before &&
                                 t[i + 1].kind == TokenKind::kWord && t[i + 2].norm == ">" && !t[i + 2].space_before;
        const bool closing = k.norm == ">" && i >= 2 && t[i - 2].norm == "<" && !k.space_before &&
                             t[i - 1].kind == TokenKind::kWord;
        const bool arrow = k.norm == ">" && i > 0 && !k.space_before && (t[i - 1].norm == "-" || t[i - 1].norm == "=");
        if (!placeholder && !closing && !arrow) return say("the relation \"" + k.norm + "\" outside the equation");
      }
      if (k.norm == "!" && i + 1 < t.size() && t[i + 1].norm == "=" && !t[i + 1].space_before) {
        return say("the relation \"!=\" outside the equation");
      }
      continue;
    }
    if (IsOperationWord(k.norm)) return say("\"" + k.norm + "\"");
    // A count or a place in the solution ("the number of steps", "which
    // step gives the answer", "the answer's line").
    if (AsksForAPartOfTheSolution(t, i, var)) {
      const std::string& next = i + 1 < t.size() && t[i + 1].kind == TokenKind::kWord ? t[i + 1].norm : std::string();
      return say("\"" + k.norm + (next.empty() ? "" : " " + next) + "\"");
    }
    // "Which is the last step?", "What line is the answer on?": a question
    // about the solution's steps.
    if (k.kind == TokenKind::kWord && (k.norm == "which" || k.norm == "what") && OpensSentence(t, i)) {
      bool steps = false;
      for (std::size_t j = i + 1; j < t.size() && t[j].norm != "." && t[j].norm != "!"; ++j) {
        steps = steps || t[j].norm == "step" || t[j].norm == "steps" || t[j].norm == "line" || t[j].norm == "lines";
        if (t[j].norm == "?" && steps) return say("a question about the steps (\"" + k.norm + " ... step?\")");
      }
    }
    // "Does it have a solution?", "Is x the answer?": a yes or no asked.
    if (k.kind == TokenKind::kWord && OpensSentence(t, i) &&
        (k.norm == "does" || k.norm == "do" || k.norm == "is" || k.norm == "are" || k.norm == "can" ||
         k.norm == "has" || k.norm == "have" || k.norm == "will" || k.norm == "would" || k.norm == "could" ||
         k.norm == "should" || k.norm == "was") &&
        // ("Can you solve ...?", "Would you show ...?" ask to solve it.)
        !(i + 1 < t.size() && (t[i + 1].norm == "you" || t[i + 1].norm == "u"))) {
      for (std::size_t j = i + 1; j < t.size() && t[j].norm != "." && t[j].norm != "!"; ++j) {
        if (t[j].norm == "?") return say("a question answered yes or no (\"" + k.norm + " ...?\")");
      }
    }
    // "the x that makes it false", "so that it fails".
    if (k.norm == "false" || k.norm == "untrue" || k.norm == "fails" || k.norm == "fail" || k.norm == "failing") {
      return say("\"" + k.norm + "\"");
    }
    // "to the nearest tenth", "as a percentage", "as a decimal": a form the
    // steps do not show.
    if (internal::AsksTransform(k.norm)) return say("\"" + k.norm + "\"");
    // "Give x in centimetres": a conversion the steps do not show. (Not "in"
    // nor one-letter units: "solve for x in the equation", "step 2 of 3".)
    if (k.norm.size() > 1 && k.norm != "in" && !vocab::UnitOf(k.norm).empty()) {
      return say("the value in " + k.norm);
    }
    if (k.norm == var) {
      const bool glued_before = i > 0 && !k.space_before &&
                                (t[i - 1].kind == TokenKind::kNumber || IsOperator(t[i - 1].norm));
      const bool op_before = i > 0 && IsOperator(t[i - 1].norm) && i > 1 &&
                             (t[i - 2].kind == TokenKind::kNumber || t[i - 2].norm == var);
      const bool op_after = i + 1 < t.size() && (IsOperator(t[i + 1].norm) || t[i + 1].norm == "squared" ||
                                                 t[i + 1].norm == "cubed" || t[i + 1].norm == "^");
      if (glued_before || op_before || op_after) return say("an expression in " + equation.variable);
      // "x x", "x(x)", "(x)(x)", "x[x]": the variable times itself.
      // "when x is one", "if x is nothing": the equation at another value.
      std::size_t at_value = i + 1;
      while (at_value < t.size() && at_value <= i + 2 &&
             (t[at_value].norm == "is" || t[at_value].norm == "equals" || t[at_value].norm == "equal" ||
              t[at_value].norm == "be" || t[at_value].norm == "were" || t[at_value].norm == "becomes" ||
              t[at_value].norm == "as" || t[at_value].norm == "to" || t[at_value].norm == "=")) {
        ++at_value;
      }
      if (at_value > i + 1 && at_value < t.size()) {
        const std::string& v = t[at_value].norm;
        if (IsNumberWord(v) || v == "nothing" || v == "zero" || v == "none" || v == "null" || v == "naught" ||
            v == "nil" || v == "half" || v == "minus" || v == "negative") {
          return say("\"" + equation.variable + " " + t[i + 1].norm + " " + v + "\"");  // ("x as one")
        }
      }
      // "x one", "one for x", "x set to one", "for an x of one": a number
      // word within three words of the variable gives it a value ("one step
      // per line", "one by one" do not).
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < std::min(t.size(), i + 4); ++j) {
        if (j == i || t[j].kind != TokenKind::kWord || !IsNumberWord(t[j].norm)) continue;
        const std::string& after = j + 1 < t.size() ? t[j + 1].norm : std::string();
        if (after == "step" || after == "steps" || after == "line" || after == "lines" || after == "equation" ||
            after == "by" || after == "at" || after == "per" || after == "more" || after == "of") {
          continue;
        }
        return say("\"" + t[j].norm + "\" beside " + equation.variable);
      }
      // ("(-)x", "(2)x": a closing mark glued before it.)
      std::size_t n = i + 1;
      while (n < t.size() && (t[n].norm == ")" || t[n].norm == "(")) ++n;
      const bool closed_before = i > 0 && !k.space_before && (t[i - 1].norm == ")" || t[i - 1].norm == "]");
      if (closed_before || (n < t.size() && t[n].norm == var && (n > i + 1 || t[n].kind == TokenKind::kWord))) {
        return say("an expression in " + equation.variable);
      }
      continue;
    }
    // A word that speaks of the equation's parts or of a mistake in it.
    if (k.kind == TokenKind::kWord && SpeaksOfTheEquation(k.norm)) return say("\"" + k.norm + "\"");
    // A value beside the variable's, in plain words ("the number after it").
    if (k.kind == TokenKind::kWord && AsksForANeighbour(t, i, var)) return say("\"" + k.norm + "\"");
    // "Solve for y", "the value of y": another variable than the equation's.
    if (k.kind == TokenKind::kWord && k.norm.size() == 1 && k.norm != "a" && k.norm != "i" && i > 0 &&
        (t[i - 1].norm == "for" || t[i - 1].norm == "of" || t[i - 1].norm == "find" || t[i - 1].norm == "is")) {
      return say("the variable " + k.norm + ", but the equation's is " + equation.variable);
    }
  }
  if (const std::string word = UnreadValueSentenceWord(t, var); !word.empty()) {
    return say("\"" + word + "\" in a sentence that names the value asked");
  }
  if (const std::string joined = ValuesJoined(t, var); !joined.empty()) {
    return say("\"" + joined + "\": the value joined to a value");
  }
  return false;
}

bool IsStepOperationWord(std::string_view w) {
  static const vocab::WordSet kOperations = {
      "both", "side", "sides", "subtract", "subtracting", "subtracted", "add", "adding", "added", "divide",
      "dividing", "divided", "multiply", "multiplying", "multiplied", "simplify", "simplifying", "simplified",
      "combine", "combining", "combined", "collect", "collecting", "collected", "move", "moving", "moved",
      "distribute", "distributing", "distributed", "expand", "expanding", "expanded", "isolate", "isolating",
      "isolated", "rearrange", "rearranging", "rearranged"};
  return kOperations.Has(w);
}

std::string SaysMoreAfter(std::string_view line, std::size_t end, const std::optional<Rational>& value,
                          std::string_view variable) {
  if (end >= line.size()) return {};
  std::string_view rest = line.substr(end);
  const auto b = [&](std::size_t k) { return k < rest.size() ? static_cast<unsigned char>(rest[k]) : 0u; };
  const auto quoted = [](std::string_view text) { return "\"" + std::string(text.substr(0, 40)) + "\""; };
  const bool glued = std::isalnum(b(0)) || b(0) == '_' || b(0) == '!' || b(0) == '^' || b(0) == '%';
  const bool dots = rest.substr(0, 2) == ".." || rest.substr(0, 3) == "\u2026";
  const bool combining = (b(0) == 0xCC && b(1) >= 0x80) || (b(0) == 0xCD && b(1) <= 0xAF);
  if (glued || dots || combining) return quoted(rest);
  // Closing marks and sentence punctuation at the end say nothing.
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view closer : {"\\)", "\\]", "**", "$", "`", "*", ")", "]", "}", ".", ",", ";", ":", "?",
                                    "\"", "'", " ", "\t", "\r"}) {
      if (rest.size() >= closer.size() && rest.substr(rest.size() - closer.size()) == closer) {
        rest.remove_suffix(closer.size());
        cut = true;
      }
    }
  }
  if (rest.empty()) return {};
  if (UnreadFormulaCharacter(rest)) return quoted(rest);
  const std::vector<Token> t = Tokenize(rest);
  // "\u2248 5.33", "~ 5.3": the value rounded, or cut, to the decimals shown.
  std::size_t k = 0;
  while (k < t.size() && t[k].kind == TokenKind::kPunct && (t[k].norm == "(" || t[k].norm == ",")) ++k;
  if (value && k + 2 == t.size() && (t[k].norm == "\u2248" || t[k].norm == "~" || t[k].norm == "\u2243") &&
      t[k + 1].kind == TokenKind::kNumber) {
    const std::string_view shown = rest.substr(t[k + 1].begin, t[k + 1].end - t[k + 1].begin);
    const std::size_t dot = shown.find('.');
    const int decimals = dot == std::string_view::npos ? 0 : static_cast<int>(shown.size() - dot - 1);
    const double unit = std::pow(10.0, -decimals);
    const double exact = value->ToDouble();
    const double given = t[k + 1].number;
    if (std::fabs(exact - given) <= unit / 2 * (1 + 1e-9) ||
        (std::fabs(exact) >= std::fabs(given) && std::fabs(exact - given) < unit && (exact < 0) == (given < 0))) {
      return {};
    }
    return quoted(rest);
  }
  // Words may follow it only as a remark on the answer ("is the solution",
  // "which checks out") or as an explanation of the step that does not name
  // the variable ("(dividing both sides by 3)"); any other word may change
  // it ("squared", "grand", "percent", "tenths", "below zero", "in
  // binary"), and no list of such words is complete.
  static const vocab::WordSet kRemark = {
      "is", "the", "a", "an", "our", "my", "your", "final", "answer", "solution", "result", "value", "of", "for",
      "so", "therefore", "thus", "hence", "this", "that", "which", "it", "correct", "right", "checks", "check",
      "out", "exact", "exactly", "indeed", "as", "required", "expected", "solves", "satisfies", "equation",
      "original", "we", "get", "got", "find", "found", "have", "done"};
  static const vocab::WordSet kAround = {"by", "from", "to", "on", "each", "with", "after", "terms", "like"};
  auto explaining = [](std::string_view w) { return IsStepOperationWord(w) || kAround.Has(w); };
  bool explains = false;
  for (const Token& w : t) {
    explains = explains || (w.kind == TokenKind::kWord && IsStepOperationWord(w.norm) && w.norm.size() > 4);
  }
  for (const Token& w : t) {
    const bool sign = w.norm == "\u2248" || w.norm == "~" || w.norm == "\u2243" || w.norm == "\u2245" ||
                      w.norm == "\u223C" || w.norm == "\u00B1" || w.norm == "\u2213" || w.norm == "\u2260" ||
                      w.norm == "<" || w.norm == ">" || w.norm == "\u2264" || w.norm == "\u2265" || w.norm == "%" ||
                      w.norm == "\u2030" || w.norm == "^" || w.norm == "=";
    if (sign) return quoted(rest);
    // (A digit inside a word counts: "\u20446" is one word to the tokenizer.)
    const bool number = w.kind == TokenKind::kNumber || w.norm.find_first_of("0123456789") != std::string::npos;
    if (number && !explains) return quoted(rest);
    if (w.kind != TokenKind::kWord || number) continue;
    std::string lower = w.norm;
    if (!variable.empty() && lower == variable) return quoted(rest);  // "(... leaves x as 6)"
    if (kRemark.Has(lower) || (explains && explaining(lower))) continue;
    return quoted(rest);
  }
  return {};
}

std::string UnreadRequestWord(std::string_view prompt, const LinearEquation& equation) {
  // What a request to solve an equation says in English besides the
  // equation: asking, showing the work, naming the value.
  static const vocab::WordSet kWords = {
      "equation", "equations", "solve", "solving", "solution", "solutions", "value", "answer", "answers", "result",
      "final", "finish", "finally", "end", "line", "show", "showing", "work", "step", "steps", "clear", "clearly",
      "briefly", "state", "stating", "variable", "unknown", "linear", "problem", "carefully", "detail", "detailed",
      "reasoning", "method", "algebra", "algebraically", "isolate", "explain", "explaining", "write", "writing",
      "by", "one", "per", "new", "next", "start", "begin", "beginning", "last", "exact", "exactly", "simple",
      "simplest", "fully", "full", "complete", "completely", "thanks", "thank", "hi", "hello", "quick", "quickly",
      "tell", "what", "equal", "equals", "number", "satisfies", "satisfy", "holds", "true", "make", "makes",
      "check", "checking", "keep", "put", "set", "short", "separate", "separately", "ending", "report", "time",
      // The setting a request may mention ("This is part of a homework set.",
      // "The teacher will check it tomorrow."): no word of a value.
      "homework", "assignment", "exercise", "exercises", "practice", "practise", "practising", "practicing",
      "revision", "revising", "test", "tests", "exam", "exams", "quiz", "class", "lesson", "course", "school",
      "college", "teacher", "tutor", "student", "study", "studying", "tomorrow", "today", "tonight", "week",
      "weekend", "morning", "evening", "later", "soon", "part", "sheet", "worksheet", "chapter", "help", "helping",
      "appreciate", "appreciated", "advance", "sorry", "again", "hurry", "rush", "worry", "stuck", "learning",
      "learn", "understand", "trying", "try"};
  const AroundEquation around = Around(prompt, equation);
  const std::string& var = around.variable;
  for (const Token& k : around.tokens) {
    if (k.kind != TokenKind::kWord || k.norm == var || kWords.Has(k.norm) || vocab::IsInstructionWord(k.norm) ||
        vocab::IsFiller(k.norm) || vocab::IsInstructionVerb(k.norm) || vocab::IsFormattingWord(k.norm)) {
      continue;
    }
    return k.norm;
  }
  return {};
}

}  // namespace stepcache::checks
