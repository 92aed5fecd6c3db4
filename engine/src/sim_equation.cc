// The simulated model's linear-equation answers, with its own reader and
// exact solver (no engine checks): the equation is read into two linear
// forms a*v + b, solved along one of two paths, written in one of several
// notations, then (seeded) a small model's mistakes.
#include <cctype>
#include <cstdint>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "sim_internal.h"

namespace stepcache::engine::sim {
namespace {

// An exact fraction; nullopt from any operation that would overflow.
struct Frac {
  long long n = 0, d = 1;
};

std::optional<Frac> Reduce(__int128 n, __int128 d) {
  if (d == 0) return std::nullopt;
  if (d < 0) n = -n, d = -d;
  __int128 x = n < 0 ? -n : n, y = d;
  while (y) {
    const __int128 t = x % y;
    x = y;
    y = t;
  }
  if (x > 1) n /= x, d /= x;
  const __int128 cap = static_cast<__int128>(1) << 60;
  if (n > cap || n < -cap || d > cap) return std::nullopt;
  return Frac{static_cast<long long>(n), static_cast<long long>(d)};
}
std::optional<Frac> Plus(Frac a, Frac b) {
  return Reduce(static_cast<__int128>(a.n) * b.d + static_cast<__int128>(b.n) * a.d, static_cast<__int128>(a.d) * b.d);
}
std::optional<Frac> Minus(Frac a, Frac b) { return Plus(a, Frac{-b.n, b.d}); }
std::optional<Frac> Times(Frac a, Frac b) {
  return Reduce(static_cast<__int128>(a.n) * b.n, static_cast<__int128>(a.d) * b.d);
}
std::optional<Frac> Over(Frac a, Frac b) {
  return Reduce(static_cast<__int128>(a.n) * b.d, static_cast<__int128>(a.d) * b.n);
}
bool Same(Frac a, Frac b) { return a.n == b.n && a.d == b.d; }
bool Zero(Frac a) { return a.n == 0; }
std::string Text(Frac a) { return std::to_string(a.n) + (a.d == 1 ? "" : "/" + std::to_string(a.d)); }

// One side: k*v + c.
struct Side {
  Frac k, c;
};
// An equation: left = right, in the variable `v`.
struct Form {
  Side left, right;
};

// --------------------------------------------------------------- reading

// Reads a side from text: terms joined by + and -, a term being a number, the
// variable, a product (implicit or '*'), a quotient by a number, or a
// bracketed sum. Anything else fails the read.
class SideReader {
 public:
  SideReader(std::string_view text, std::string_view var) : s_(text), v_(var) {}
  std::optional<Side> Read() {
    auto side = Sum(0);
    Blank();
    if (!side || i_ != s_.size()) return std::nullopt;
    return side;
  }

 private:
  void Blank() { while (i_ < s_.size() && s_[i_] == ' ') ++i_; }
  std::optional<Side> Sum(int depth) {
    if (depth > 32) return std::nullopt;
    auto total = Term(depth);
    while (total) {
      Blank();
      if (i_ >= s_.size() || (s_[i_] != '+' && s_[i_] != '-')) break;
      const bool minus = s_[i_++] == '-';
      auto next = Term(depth);
      if (!next) return std::nullopt;
      auto k = minus ? Minus(total->k, next->k) : Plus(total->k, next->k);
      auto c = minus ? Minus(total->c, next->c) : Plus(total->c, next->c);
      if (!k || !c) return std::nullopt;
      total = Side{*k, *c};
    }
    return total;
  }
  std::optional<Side> Term(int depth) {
    Blank();
    bool minus = false;
    if (i_ < s_.size() && s_[i_] == '-') minus = true, ++i_;
    auto value = Factor(depth);
    for (;;) {
      if (!value) return std::nullopt;
      Blank();
      if (i_ >= s_.size()) break;
      const char c = s_[i_];
      const bool divide = c == '/';
      if (c == '*' || divide) ++i_;
      else if (!(c == '(' || std::isdigit(static_cast<unsigned char>(c)) || s_.compare(i_, v_.size(), v_) == 0)) break;
      auto next = Factor(depth);
      if (!next) return std::nullopt;
      value = divide ? Divide(*value, *next) : Multiply(*value, *next);
    }
    if (minus) value = Side{Frac{-value->k.n, value->k.d}, Frac{-value->c.n, value->c.d}};
    return value;
  }
  std::optional<Side> Factor(int depth) {
    Blank();
    if (i_ >= s_.size()) return std::nullopt;
    if (s_[i_] == '(') {
      ++i_;
      auto inner = Sum(depth + 1);
      Blank();
      if (!inner || i_ >= s_.size() || s_[i_] != ')') return std::nullopt;
      ++i_;
      return inner;
    }
    if (!v_.empty() && s_.compare(i_, v_.size(), v_) == 0) {
      i_ += v_.size();
      return Side{Frac{1, 1}, Frac{0, 1}};
    }
    long long n = 0, d = 1;
    bool digits = false, point = false;
    for (; i_ < s_.size(); ++i_) {
      const char c = s_[i_];
      if (c == '.' && !point) {
        point = true;
        continue;
      }
      if (!std::isdigit(static_cast<unsigned char>(c))) break;
      if (n > 99999999999LL || d > 99999999LL) return std::nullopt;
      n = n * 10 + (c - '0');
      if (point) d *= 10;
      digits = true;
    }
    if (!digits) return std::nullopt;
    auto f = Reduce(n, d);
    if (!f) return std::nullopt;
    return Side{Frac{0, 1}, *f};
  }
  static std::optional<Side> Multiply(Side a, Side b) {
    if (!Zero(a.k) && !Zero(b.k)) return std::nullopt;  // not linear
    const Side& num = Zero(a.k) ? b : a;
    const Frac f = Zero(a.k) ? a.c : b.c;
    auto k = Times(num.k, f), c = Times(num.c, f);
    if (!k || !c) return std::nullopt;
    return Side{*k, *c};
  }
  static std::optional<Side> Divide(Side a, Side b) {
    if (!Zero(b.k) || Zero(b.c)) return std::nullopt;
    auto k = Over(a.k, b.c), c = Over(a.c, b.c);
    if (!k || !c) return std::nullopt;
    return Side{*k, *c};
  }
  std::string_view s_, v_;
  std::size_t i_ = 0;
};

struct Found {
  std::string text;  // the equation as written in the prompt
  std::string var;
  Form form;
};

bool FormulaChar(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '+' || c == '-' || c == '*' || c == '/' ||
         c == '(' || c == ')' || c == '.' || c == '=';
}

// The equation in a prompt: around its first '=', the longest stretch of
// formula characters and one-letter names; the name is the variable.
std::optional<Found> FindEquation(std::string_view prompt) {
  for (std::size_t eq = prompt.find('='); eq != std::string_view::npos; eq = prompt.find('=', eq + 1)) {
    auto letter = [&](std::size_t p) {
      const bool alone_before = p == 0 || !std::isalpha(static_cast<unsigned char>(prompt[p - 1]));
      const bool alone_after = p + 1 >= prompt.size() || !std::isalpha(static_cast<unsigned char>(prompt[p + 1]));
      return std::isalpha(static_cast<unsigned char>(prompt[p])) && alone_before && alone_after;
    };
    std::size_t b = eq, e = eq + 1;
    while (b > 0 && (FormulaChar(prompt[b - 1]) || letter(b - 1))) --b;
    while (e < prompt.size() && (FormulaChar(prompt[e]) || letter(e))) ++e;
    std::string text(Trim(prompt.substr(b, e - b)));
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
    std::string var;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (std::isalpha(static_cast<unsigned char>(text[i]))) {
        if (!var.empty() && var[0] != text[i]) return std::nullopt;  // two names: not ours
        var = std::string(1, text[i]);
      }
    }
    const std::size_t mid = text.find('=');
    if (var.empty() || mid == std::string::npos || text.find('=', mid + 1) != std::string::npos) continue;
    auto l = SideReader(std::string_view(text).substr(0, mid), var).Read();
    auto r = SideReader(std::string_view(text).substr(mid + 1), var).Read();
    if (!l || !r) continue;
    return Found{text, var, Form{*l, *r}};
  }
  return std::nullopt;
}

// A line of a prefix: the equation after any label, description or arrow.
std::optional<Form> ReadLine(std::string_view line, const std::string& var) {
  for (const char* arrow : {"\xE2\x86\x92", "->", "=>"}) {
    const std::size_t p = line.rfind(arrow);
    if (p != std::string_view::npos) line = line.substr(p + std::string_view(arrow).size());
  }
  const std::size_t eq = line.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  const std::size_t colon = line.rfind(':', eq);
  if (colon != std::string_view::npos) line = line.substr(colon + 1);
  std::string_view t = Trim(line);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  std::size_t d = 0;  // "3. 3x = 15"
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') t = Trim(t.substr(d + 1));
  const std::size_t mid = t.find('=');
  auto l = SideReader(t.substr(0, mid), var).Read();
  auto r = SideReader(t.substr(mid + 1), var).Read();
  if (!l || !r) return std::nullopt;
  return Form{*l, *r};
}

// --------------------------------------------------------------- solving

struct Step {
  Form form;
  std::string why;   // "Subtract 5 from both sides", … ("" for the restated equation)
  std::string text;  // as written, when not the canonical form (the prompt's equation)
};

std::string Amount(Frac f) { return Text(Frac{f.n < 0 ? -f.n : f.n, f.d}); }

std::string TermText(Frac k, const std::string& v) {
  if (k.d != 1 && k.n == 1) return v + "/" + std::to_string(k.d);
  if (k.d != 1 && k.n == -1) return "-" + v + "/" + std::to_string(k.d);
  if (k.d != 1) return "(" + Text(k) + ")" + v;
  if (k.n == 1) return v;
  if (k.n == -1) return "-" + v;
  return std::to_string(k.n) + v;
}

std::string SideText(const Side& s, const std::string& v) {
  if (Zero(s.k)) return Text(s.c);
  std::string out = TermText(s.k, v);
  if (!Zero(s.c)) out += (s.c.n < 0 ? " - " : " + ") + Amount(s.c);
  return out;
}

std::string FormText(const Form& f, const std::string& v) { return SideText(f.left, v) + " = " + SideText(f.right, v); }

// The steps from `from` to "v = value". Path 0 moves the variable's terms
// first, path 1 the constants first. False on overflow or no single solution.
bool Solve(Form from, int path, const std::string& v, std::vector<Step>* out) {
  auto move_terms = [&]() {
    if (Zero(from.right.k)) return true;
    const Frac moved = from.right.k;
    auto k = Minus(from.left.k, moved);
    if (!k) return false;
    from.left.k = *k;
    from.right.k = Frac{0, 1};
    out->push_back({from, std::string(moved.n > 0 ? "Subtract " : "Add ") + TermText(Frac{moved.n < 0 ? -moved.n : moved.n, moved.d}, v) +
                              (moved.n > 0 ? " from" : " to") + " both sides", ""});
    return true;
  };
  auto move_constants = [&]() {
    if (Zero(from.left.c)) return true;
    const Frac moved = from.left.c;
    auto c = Minus(from.right.c, moved);
    if (!c) return false;
    from.right.c = *c;
    from.left.c = Frac{0, 1};
    out->push_back({from, std::string(moved.n > 0 ? "Subtract " : "Add ") + Amount(moved) +
                              (moved.n > 0 ? " from" : " to") + " both sides", ""});
    return true;
  };
  // The variable on the right only: mirror the sides first.
  if (Zero(from.left.k) && !Zero(from.right.k)) {
    std::swap(from.left, from.right);
    out->push_back({from, "Swap the sides", ""});
  }
  if (!(path == 0 ? move_terms() && move_constants() : move_constants() && move_terms())) return false;
  if (Zero(from.left.k)) return false;
  if (!(Same(from.left.k, Frac{1, 1}))) {
    const Frac k = from.left.k;
    auto value = Over(from.right.c, k);
    if (!value) return false;
    from.left.k = Frac{1, 1};
    from.right.c = *value;
    out->push_back({from, k.d == 1 ? "Divide both sides by " + Text(k) : "Multiply both sides by " + Text(Frac{k.d, k.n}), ""});
  }
  return true;
}

std::optional<Frac> ValueOf(const Form& f) {
  auto k = Minus(f.left.k, f.right.k);
  auto c = Minus(f.right.c, f.left.c);
  if (!k || !c || Zero(*k)) return std::nullopt;
  return Over(*c, *k);
}

// "report the value of 2x" → the expression's text.
std::string ReportedExpression(const std::string& prompt, const std::string& v) {
  const std::string lower = Lower(prompt);
  for (const char* cue : {"report the value of ", "give the value of ", "report "}) {
    const std::size_t p = lower.find(cue);
    if (p == std::string::npos) continue;
    std::size_t b = p + std::string_view(cue).size(), e = b;
    while (e < prompt.size() && (FormulaChar(prompt[e]) || prompt.compare(e, v.size(), v) == 0) && prompt[e] != '=') ++e;
    std::string expr(Trim(std::string_view(prompt).substr(b, e - b)));
    while (!expr.empty() && expr.back() == '.') expr.pop_back();
    if (expr.find(v) != std::string::npos && expr != v) return expr;
  }
  return "";
}

std::string Render(const std::vector<Step>& steps, const std::string& v, int notation, std::size_t first_number) {
  std::string out;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const std::string eq = steps[i].text.empty() ? FormText(steps[i].form, v) : steps[i].text;
    const std::size_t n = first_number + i;
    switch (notation) {
      case 0: out += "Step " + std::to_string(n) + ": " + eq + "\n"; break;
      case 1: out += std::to_string(n) + ". " + eq + "\n"; break;
      case 2: out += eq + "\n"; break;
      case 3: out += (steps[i].why.empty() ? std::string("Start from the equation") : steps[i].why) + ": " + eq + "\n"; break;
      default: out += (i ? " \xE2\x86\x92 " : "") + eq + (i + 1 == steps.size() ? "\n" : ""); break;
    }
  }
  return out;
}

}  // namespace

bool AnswerLinearEquation(const SimOptions& options, const TaskView& task, Draws draws, Answer* answer,
                          SimTrace* trace) {
  const std::optional<Found> found = FindEquation(task.prompt);
  if (!found) return false;
  const std::string& v = found->var;
  const std::optional<Frac> truth = ValueOf(found->form);
  if (!truth) return false;
  Rng& m = draws.mistakes;
  Rng& style = draws.style;
  // The mistake, decided before anything else so a sticky retry repeats it.
  std::string mistake;
  if (m.Chance(options.error_rate)) {
    static const char* kKinds[] = {"slip", "slip", "slip", "slip", "wrong_final", "wrong_final", "contradiction",
                                   "contradiction", "misread", "misread", "prose", "truncated", "truncated",
                                   "fences", "slip", "contradiction", "wrong_final", "prose", "misread", "slip"};
    mistake = kKinds[m.Below(20)];
  }
  const long long delta = static_cast<long long>(m.Below(3)) + 1;
  const bool delta_down = m.Chance(0.5);
  const std::uint64_t where = m.Next();

  Form start = found->form;
  std::vector<Step> steps;
  std::size_t first_number = 1;
  int notation = static_cast<int>(style.Below(10));
  notation = notation < 4 ? 0 : notation < 5 ? 1 : notation < 6 ? 2 : notation < 8 ? 3 : 4;
  const int path = static_cast<int>(style.Below(2));
  if (task.continuation) {
    // Go on from the prefix's last line, one step per line, numbered after it.
    std::vector<std::string> prefix;
    for (const std::string& line : SplitLines(task.previous)) {
      if (!Trim(line).empty()) prefix.push_back(line);
    }
    std::optional<Form> from = prefix.empty() ? std::nullopt : ReadLine(prefix.back(), v);
    if (from && ValueOf(*from)) {
      start = *from;
      first_number = prefix.size() + 1;
      notation = Lower(prefix.back()).rfind("step", 0) == 0 ? 0 : notation == 4 ? 2 : notation;
    }
    trace->region = true;
  } else {
    steps.push_back({start, "", found->text});
  }
  if (mistake == "misread" && task.continuation) mistake = "slip";
  if (mistake == "misread") {
    // Reads one sign wrong: every step follows from an equation not asked.
    Form misread = start;
    if (!Zero(misread.left.c)) misread.left.c.n = -misread.left.c.n;
    else misread.right.c.n = -misread.right.c.n;
    if (ValueOf(misread) && !Same(*ValueOf(misread), *truth)) {
      start = misread;
      steps.back() = Step{misread, "", ""};
    } else {
      mistake = "wrong_final";
    }
  }
  if (!task.continuation && FormText(start, v) != steps.back().text && !steps.back().text.empty()) {
    steps.push_back({start, "Expand and collect terms", ""});  // "3(x + 2) = 21" -> "3x + 6 = 21"
  }
  if (!Solve(start, path, v, &steps)) return false;
  if (task.continuation && steps.empty()) steps.push_back({start, "", ""});  // nothing left: restate it
  if (mistake == "slip") {
    // A number in a middle step is off and the later steps follow from it.
    const std::size_t lo = task.continuation ? 0 : 1;
    if (steps.size() >= lo + 2) {
      const std::size_t i = lo + where % (steps.size() - lo - 1);
      Form slipped = steps[i].form;
      slipped.right.c.n += (delta_down ? -delta : delta) * slipped.right.c.d;
      std::vector<Step> rest;
      if (ValueOf(slipped) && Solve(slipped, path, v, &rest)) {
        steps.resize(i);
        steps.push_back({slipped, steps.empty() ? "" : "Simplify", ""});
        steps.insert(steps.end(), rest.begin(), rest.end());
      } else {
        mistake = "wrong_final";
      }
    } else {
      mistake = "wrong_final";
    }
  }
  const Frac final_value = *ValueOf(steps.back().form);
  Frac shown = final_value;
  if (mistake == "wrong_final" || mistake == "contradiction") {
    shown.n += (delta_down ? -delta : delta) * shown.d;
    if (mistake == "wrong_final") steps.back() = Step{Form{Side{Frac{1, 1}, Frac{0, 1}}, Side{Frac{0, 1}, shown}}, steps.back().why, ""};
  }
  trace->mistake = mistake;

  if (mistake == "prose") {
    answer->content = "Moving the terms with " + v + " to one side and the numbers to the other, then dividing, " +
                      "we get " + v + " = " + Text(final_value) + ".";
    return true;
  }
  std::string out = Render(steps, v, notation, first_number);
  const std::string report = ReportedExpression(task.prompt, v);
  if (!report.empty()) {
    // The reported expression at the value found (right or wrong).
    std::string reported_text;
    if (auto side = SideReader(report, v).Read()) {
      auto k = Times(side->k, final_value);
      auto value = k ? Plus(*k, side->c) : std::nullopt;
      if (value) {
        out += report + " = " + Text(*value) + "\n";
        Frac said = *value;
        if (mistake == "contradiction") said.n += (delta_down ? -delta : delta) * said.d;
        reported_text = "So " + report + " = " + Text(said) + ".";
      }
    }
    if (!reported_text.empty()) out += reported_text + "\n";
  } else if (mistake == "contradiction") {
    out += "So the answer is " + v + " = " + Text(shown) + ".\n";
  } else {
    switch (style.Below(4)) {
      case 0: out += "So the answer is " + v + " = " + Text(final_value) + ".\n"; break;
      case 1: out += "Therefore " + v + " equals " + Text(final_value) + ".\n"; break;
      default: break;  // the last step already states it
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  if (mistake == "fences") out = "```\n" + out + "\n```";
  if (mistake == "truncated") {
    // Cut inside the last line, at least two characters before its end, so
    // what is left never reads as a finished answer.
    const std::size_t last = out.rfind('\n') == std::string::npos ? 0 : out.rfind('\n') + 1;
    const std::size_t room = out.size() - last;
    out.resize(room > 3 ? last + 1 + where % (room - 3) : last);
    answer->truncated = true;
  }
  answer->content = std::move(out);
  return true;
}

}  // namespace stepcache::engine::sim
