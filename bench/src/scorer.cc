// The benchmark's judge. It shares no code with checks/ or grammars/ (nor
// with the simulated model, which it also judges): its equation reader and
// exact-rational arithmetic are its own, so a bug in the engine's checks
// cannot hide behind the same bug in the scorer.
#include "stepcache/bench/scorer.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::bench {
namespace {

Score Fail(std::string reason) { return Score{false, std::move(reason)}; }

// ------------------------------------------------------------ exact numbers

// num/den in lowest terms, den > 0. Every operation reports overflow instead
// of wrapping: the scorer fails an answer it cannot read rather than guess.
struct Q {
  std::int64_t num = 0, den = 1;
};

std::optional<Q> Make(__int128 num, __int128 den) {
  if (den == 0) return std::nullopt;
  if (den < 0) num = -num, den = -den;
  __int128 a = num < 0 ? -num : num, b = den;
  while (b != 0) {
    const __int128 t = a % b;
    a = b;
    b = t;
  }
  if (a == 0) a = 1;
  num /= a;
  den /= a;
  const __int128 limit = (static_cast<__int128>(1) << 62);
  if (num > limit || num < -limit || den > limit) return std::nullopt;
  return Q{static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)};
}

std::optional<Q> Add(Q a, Q b, int sign = 1) {
  return Make(static_cast<__int128>(a.num) * b.den + sign * static_cast<__int128>(b.num) * a.den,
              static_cast<__int128>(a.den) * b.den);
}
std::optional<Q> Mul(Q a, Q b) {
  return Make(static_cast<__int128>(a.num) * b.num, static_cast<__int128>(a.den) * b.den);
}
std::optional<Q> Div(Q a, Q b) {
  return Make(static_cast<__int128>(a.num) * b.den, static_cast<__int128>(a.den) * b.num);
}
bool operator==(Q a, Q b) { return a.num == b.num && a.den == b.den; }

std::string Show(Q q) {
  return std::to_string(q.num) + (q.den == 1 ? "" : "/" + std::to_string(q.den));
}

// A JSON number as an exact rational: integers exactly, decimals by their
// shortest written form ("2.5" -> 5/2).
std::optional<Q> FromJson(const rapidjson::Value& v) {
  if (v.IsInt64()) return Q{v.GetInt64(), 1};
  if (!v.IsNumber()) return std::nullopt;
  std::string text = JsonToString(v);
  const std::size_t dot = text.find('.');
  if (text.find_first_of("eE") != std::string::npos) return std::nullopt;
  std::int64_t den = 1;
  if (dot != std::string::npos) {
    for (std::size_t i = dot + 1; i < text.size(); ++i) den *= 10;
    text.erase(dot, 1);
  }
  if (text.size() > 17) return std::nullopt;
  return Make(std::strtoll(text.c_str(), nullptr, 10), den);
}

// ------------------------------------------------------------ expressions

// a*var + b; `var` empty while the expression is a plain number.
struct Linear {
  Q a{0, 1}, b{0, 1};
  std::string var;
};

enum class Tok { kNumber, kName, kOp, kOpen, kClose, kEquals };
struct Token {
  Tok kind;
  std::string text;
  Q value;
};

// Unicode operators and arrows a model may write, mapped to ASCII. Arrows
// separate equations, so they become line breaks.
std::string Normalise(std::string_view in) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"\xE2\x88\x92", "-"},  {"\xC3\x97", "*"},   {"\xC2\xB7", "*"},    {"\xC3\xB7", "/"},
      {"\xE2\x86\x92", "\n"}, {"\xE2\x87\x92", "\n"}, {"\xE2\x9F\xB9", "\n"}, {"->", "\n"},
      {"=>", "\n"},           {"\xE2\x80\x94", " "}, {"`", " "},         {"$", " "}};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    bool mapped = false;
    for (const auto& [from, to] : kMap) {
      const std::string_view f(from);
      if (in.substr(i, f.size()) == f) {
        out += to;
        i += f.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) out.push_back(in[i++]);
  }
  return out;
}

std::vector<Token> Tokenise(std::string_view s) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      std::size_t j = i;
      std::int64_t num = 0, den = 1;
      bool dot = false, big = false;
      for (; j < s.size(); ++j) {
        const char d = s[j];
        if (d == '.' && !dot && j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
          dot = true;
          continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(d))) break;
        // Past 15 digits the number is unreadable: stop accumulating before
        // the arithmetic could overflow.
        if (num > 100000000000000LL || den > 100000000000000LL) {
          big = true;
          continue;
        }
        num = num * 10 + (d - '0');
        if (dot) den *= 10;
      }
      Token t{Tok::kNumber, std::string(s.substr(i, j - i)), Q{}};
      if (big) t.kind = Tok::kName, t.text = "<huge number>";  // unreadable: not math
      else t.value = *Make(num, den);
      out.push_back(std::move(t));
      i = j;
    } else if (std::isalpha(c) || c == '_') {
      std::size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      out.push_back({Tok::kName, std::string(s.substr(i, j - i)), Q{}});
      i = j;
    } else if (c == '+' || c == '-' || c == '*' || c == '/') {
      out.push_back({Tok::kOp, std::string(1, s[i]), Q{}});
      ++i;
    } else if (c == '(' || c == '[') {
      out.push_back({Tok::kOpen, "(", Q{}});
      ++i;
    } else if (c == ')' || c == ']') {
      out.push_back({Tok::kClose, ")", Q{}});
      ++i;
    } else if (c == '=') {
      out.push_back({Tok::kEquals, "=", Q{}});
      ++i;
    } else if (std::isspace(c)) {
      ++i;
    } else {
      out.push_back({Tok::kName, std::string(1, s[i]), Q{}});  // punctuation: not math
      ++i;
    }
  }
  return out;
}

// A token that can be part of a formula: numbers, operators, brackets, '='
// and one-letter names (the variable). Words end a formula.
bool IsMath(const Token& t, const std::string& variable) {
  if (t.kind != Tok::kName) return true;
  if (t.text == variable) return true;
  return t.text.size() == 1 && std::isalpha(static_cast<unsigned char>(t.text[0]));
}

// Recursive descent over [pos, end): sum := product (('+'|'-') product)*;
// product := unary (('*'|'/'|implicit) unary)*; unary := '-' unary | atom.
class Parser {
 public:
  Parser(const std::vector<Token>& t, std::size_t begin, std::size_t end)
      : t_(t), pos_(begin), end_(end) {}

  std::optional<Linear> ParseAll(std::string* error) {
    auto v = Sum();
    if (v && pos_ != end_) v.reset(), error_ = "unexpected '" + t_[pos_].text + "'";
    if (!v) *error = error_.empty() ? "cannot read the expression" : error_;
    return v;
  }

 private:
  bool At(Tok k, const char* text = nullptr) const {
    return pos_ < end_ && t_[pos_].kind == k && (text == nullptr || t_[pos_].text == text);
  }

  std::optional<Linear> Sum() {
    auto left = Product();
    while (left && (At(Tok::kOp, "+") || At(Tok::kOp, "-"))) {
      const int sign = t_[pos_++].text == "+" ? 1 : -1;
      auto right = Product();
      if (!right) return std::nullopt;
      left = Combine(*left, *right, sign);
    }
    return left;
  }

  std::optional<Linear> Product() {
    auto left = Unary();
    while (left) {
      if (At(Tok::kOp, "*") || At(Tok::kOp, "/")) {
        const bool divide = t_[pos_++].text == "/";
        auto right = Unary();
        if (!right) return std::nullopt;
        left = divide ? Divide(*left, *right) : Multiply(*left, *right);
      } else if (At(Tok::kNumber) || At(Tok::kName) || At(Tok::kOpen)) {
        auto right = Atom();  // implicit product: "3x", "2(x + 1)", "(x)(2)"
        if (!right) return std::nullopt;
        left = Multiply(*left, *right);
      } else {
        break;
      }
    }
    return left;
  }

  std::optional<Linear> Unary() {
    if (++depth_ > kMaxDepth) return Error("nested too deeply");
    auto v = UnaryBody();
    --depth_;
    return v;
  }

  std::optional<Linear> UnaryBody() {
    if (At(Tok::kOp, "-") || At(Tok::kOp, "+")) {
      const bool minus = t_[pos_++].text == "-";
      auto v = Unary();
      if (!v || !minus) return v;
      return Combine(Linear{}, *v, -1);
    }
    return Atom();
  }

  std::optional<Linear> Atom() {
    if (pos_ >= end_) return Error("the expression ends early");
    const Token& t = t_[pos_];
    if (t.kind == Tok::kNumber) {
      ++pos_;
      return Linear{Q{0, 1}, t.value, ""};
    }
    if (t.kind == Tok::kName) {
      ++pos_;
      return Linear{Q{1, 1}, Q{0, 1}, t.text};
    }
    if (t.kind == Tok::kOpen) {
      ++pos_;
      if (++depth_ > kMaxDepth) return Error("nested too deeply");
      auto v = Sum();
      --depth_;
      if (!v) return v;
      if (!At(Tok::kClose)) return Error("unbalanced parenthesis");
      ++pos_;
      return v;
    }
    return Error("unexpected '" + t.text + "'");
  }

  std::optional<Linear> Error(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return std::nullopt;
  }

  std::optional<Linear> Combine(const Linear& x, const Linear& y, int sign) {
    if (!x.var.empty() && !y.var.empty() && x.var != y.var) {
      return Error("two variables, " + x.var + " and " + y.var);
    }
    auto a = Add(x.a, y.a, sign);
    auto b = Add(x.b, y.b, sign);
    if (!a || !b) return Error("numbers too large");
    return Linear{*a, *b, x.var.empty() ? y.var : x.var};
  }

  std::optional<Linear> Multiply(const Linear& x, const Linear& y) {
    const bool xc = x.var.empty() || x.a.num == 0, yc = y.var.empty() || y.a.num == 0;
    if (!xc && !yc) return Error("not linear");
    const Linear& k = xc ? x : y;  // the constant factor
    const Linear& v = xc ? y : x;
    auto a = Mul(v.a, k.b);
    auto b = Mul(v.b, k.b);
    if (!a || !b) return Error("numbers too large");
    return Linear{*a, *b, v.var};
  }

  std::optional<Linear> Divide(const Linear& x, const Linear& y) {
    if (!(y.var.empty() || y.a.num == 0)) return Error("division by the variable");
    if (y.b.num == 0) return Error("division by zero");
    auto a = Div(x.a, y.b);
    auto b = Div(x.b, y.b);
    if (!a || !b) return Error("numbers too large");
    return Linear{*a, *b, x.var};
  }

  static constexpr int kMaxDepth = 64;  // bounds the recursion on hostile input
  const std::vector<Token>& t_;
  std::size_t pos_, end_;
  int depth_ = 0;
  std::string error_;
};

// One equation read from an answer: its sides, each a linear form.
struct Equation {
  Linear left, right;
  std::string text;
};

// Every formula with '=' in `line`: maximal runs of math tokens; a chain
// "a = b = c" gives a = b and b = c. Runs without '=' are ignored (prose).
bool ReadEquations(std::string_view line, const std::string& variable, std::vector<Equation>* out,
                   std::string* error) {
  const std::vector<Token> t = Tokenise(line);
  for (std::size_t i = 0; i < t.size();) {
    if (!IsMath(t[i], variable)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::vector<std::size_t> equals;
    while (j < t.size() && IsMath(t[j], variable)) {
      if (t[j].kind == Tok::kEquals) equals.push_back(j);
      ++j;
    }
    if (!equals.empty()) {
      // A word such as "So" or "then" may leave a lone letter ("a") before
      // the formula; sides are read between the '=' signs only.
      std::vector<std::pair<std::size_t, std::size_t>> sides;
      std::size_t from = i;
      for (std::size_t e : equals) {
        sides.emplace_back(from, e);
        from = e + 1;
      }
      sides.emplace_back(from, j);
      std::vector<Linear> values;
      for (auto [b, e] : sides) {
        if (b == e) {
          *error = "an equation with an empty side in \"" + std::string(line) + "\"";
          return false;
        }
        std::string why;
        auto v = Parser(t, b, e).ParseAll(&why);
        if (!v) {
          *error = "cannot read \"" + std::string(line) + "\": " + why;
          return false;
        }
        values.push_back(*v);
      }
      for (std::size_t k = 0; k + 1 < values.size(); ++k) {
        out->push_back({values[k], values[k + 1], std::string(line)});
      }
    }
    i = j;
  }
  return true;
}

// The solution set of one equation: nullopt when every value solves it
// (an identity such as 15 = 15), `none` when none does (15 = 14).
struct Solution {
  bool none = false, all = false;
  Q value;
  std::string var;
};

std::optional<Solution> SolveOne(const Equation& eq) {
  if (!eq.left.var.empty() && !eq.right.var.empty() && eq.left.var != eq.right.var) return std::nullopt;
  auto a = Add(eq.left.a, eq.right.a, -1);
  auto b = Add(eq.right.b, eq.left.b, -1);
  if (!a || !b) return std::nullopt;
  Solution s;
  s.var = eq.left.var.empty() ? eq.right.var : eq.left.var;
  if (a->num == 0) {
    s.all = b->num == 0;
    s.none = !s.all;
    return s;
  }
  auto v = Div(*b, *a);
  if (!v) return std::nullopt;
  s.value = *v;
  return s;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The final statement's claims in words: "x equals 5", "x is 5", "the
// answer is 5". Each claim is (what, number); `what` empty for "the answer".
std::vector<std::pair<std::string, Q>> WordClaims(std::string_view line, const std::string& variable) {
  std::vector<std::pair<std::string, Q>> claims;
  const std::vector<Token> t = Tokenise(line);
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].kind != Tok::kName) continue;
    const std::string verb = Lower(t[i].text);
    if (verb != "equals" && verb != "is" && verb != "equal") continue;
    std::size_t k = i + 1;
    if (verb == "equal" && k < t.size() && Lower(t[k].text) == "to") ++k;
    int sign = 1;
    if (k < t.size() && t[k].kind == Tok::kOp && t[k].text == "-") sign = -1, ++k;
    if (k >= t.size() || t[k].kind != Tok::kNumber) continue;
    Q value = t[k].value;
    if (k + 2 < t.size() && t[k + 1].kind == Tok::kOp && t[k + 1].text == "/" && t[k + 2].kind == Tok::kNumber) {
      if (auto q = Div(value, t[k + 2].value)) value = *q;
    }
    value.num *= sign;
    if (i == 0) continue;
    const std::string subject = t[i - 1].text;
    if (subject == variable || (subject.size() == 1 && std::isalpha(static_cast<unsigned char>(subject[0])))) {
      claims.emplace_back(subject, value);
    } else if (Lower(subject) == "answer" || Lower(subject) == "solution" || Lower(subject) == "value" ||
               Lower(subject) == "result") {
      claims.emplace_back("", value);
    }
  }
  return claims;
}

// The answer's lines after arrows are split out, with blank lines dropped.
std::vector<std::string> Lines(std::string_view answer) {
  const std::string text = Normalise(answer);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    const std::string_view line = Trim(std::string_view(text).substr(start, nl - start));
    if (!line.empty() && line != "```") lines.emplace_back(line);
    start = nl + 1;
  }
  return lines;
}

// Strips "Step 3:", "3.", "3)", "- ", "* " from the front of a line: the step
// number is not an equation side.
std::string_view StripLabel(std::string_view line) {
  std::string_view s = line;
  if (Lower(s.substr(0, 4)) == "step") {
    std::size_t i = 4;
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t d = i;
    while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
    if (d > i && d < s.size() && (s[d] == ':' || s[d] == '.' || s[d] == ')')) return Trim(s.substr(d + 1));
  }
  std::size_t d = 0;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') return Trim(s.substr(d + 1));
  if (s.size() > 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') return Trim(s.substr(2));
  return s;
}

Score ScoreLinear(const rapidjson::Value& expect, std::string_view answer) {
  auto var_it = expect.FindMember("variable");
  auto value_it = expect.FindMember("value");
  if (var_it == expect.MemberEnd() || !var_it->value.IsString() || value_it == expect.MemberEnd()) {
    return Fail("expect needs {\"variable\": string, \"value\": number}");
  }
  const std::string variable = var_it->value.GetString();
  const std::optional<Q> value = FromJson(value_it->value);
  if (!value) return Fail("expect.value is not a readable number");
  // What the final statement must report: the variable, or an expression of
  // it ("report": {"expression": "2x", "value": 10}).
  Linear report{Q{1, 1}, Q{0, 1}, variable};
  Q report_value = *value;
  bool reports_expression = false;
  if (auto r = expect.FindMember("report"); r != expect.MemberEnd()) {
    if (!r->value.IsObject() || !r->value.HasMember("expression") || !r->value["expression"].IsString() ||
        !r->value.HasMember("value")) {
      return Fail("expect.report needs {\"expression\": string, \"value\": number}");
    }
    const std::vector<Token> t = Tokenise(r->value["expression"].GetString());
    std::string why;
    auto form = Parser(t, 0, t.size()).ParseAll(&why);
    auto rv = FromJson(r->value["value"]);
    if (!form || !rv) return Fail("expect.report is not readable: " + why);
    if (form->var.empty()) form->var = variable;
    report = *form;
    report_value = *rv;
    reports_expression = !(report.a == Q{1, 1} && report.b == Q{0, 1});
  }

  const std::vector<std::string> lines = Lines(answer);
  if (lines.empty()) return Fail("empty answer");
  // Every equation on every line must hold for the expected value: a
  // correctness layer promises each line, not just the last.
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::vector<Equation> eqs;
    std::string error;
    std::string_view body = StripLabel(lines[n]);
    if (!ReadEquations(body, variable, &eqs, &error)) return Fail("line " + std::to_string(n + 1) + ": " + error);
    for (const Equation& eq : eqs) {
      auto s = SolveOne(eq);
      if (!s) return Fail("line " + std::to_string(n + 1) + " mixes variables or overflows: " + eq.text);
      if (!s->var.empty() && s->var != variable) {
        return Fail("line " + std::to_string(n + 1) + " names another variable (" + s->var + "): " + eq.text);
      }
      if (s->none) return Fail("line " + std::to_string(n + 1) + " is false: " + eq.text);
      if (!s->all && !(s->value == *value)) {
        return Fail("line " + std::to_string(n + 1) + " has the solution " + variable + " = " + Show(s->value) +
                    ", not " + Show(*value) + ": " + eq.text);
      }
    }
  }
  // The final statement: the last line, as an equation "<report> = number"
  // or in words ("x equals 5", "the answer is 5"). Every claim on it must
  // agree; a claim about anything else fails.
  const std::string_view last = StripLabel(lines.back());
  std::vector<Equation> eqs;
  std::string error;
  ReadEquations(last, variable, &eqs, &error);
  int claims = 0;
  for (const Equation& eq : eqs) {
    const Linear* side = nullptr;
    const Linear* number = nullptr;
    if (eq.right.var.empty() || eq.right.a.num == 0) side = &eq.left, number = &eq.right;
    else if (eq.left.var.empty() || eq.left.a.num == 0) side = &eq.right, number = &eq.left;
    if (side == nullptr || side->var.empty() || side->a.num == 0) continue;  // "3x + 2 = x + 12" is a step, not a claim
    if (side->a == report.a && side->b == report.b) {
      if (!(number->b == report_value)) {
        return Fail("the final statement gives " + Show(number->b) + ", not " + Show(report_value) + ": " + lines.back());
      }
      ++claims;
    }
    // Anything else on the last line ("x = 5, so 2x = 10") was already
    // checked as an equation above: true, so not a contradiction.
  }
  for (const auto& [what, v] : WordClaims(last, variable)) {
    if (!what.empty() && what != report.var) return Fail("the final statement names " + what + ": " + lines.back());
    if (!what.empty() && reports_expression) continue;  // "x is 5" then "2x = 10"
    if (!(v == report_value)) {
      return Fail("the final statement gives " + Show(v) + ", not " + Show(report_value) + ": " + lines.back());
    }
    ++claims;
  }
  if (claims == 0) {
    return Fail("the last line does not state the answer (" +
                std::string(reports_expression ? "the reported expression" : variable) + " = value): " +
                lines.back());
  }
  return Score{true, ""};
}

// Deep equality with numbers compared by value (34 == 34.0), key order free.
bool SameJson(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.IsNumber() && b.IsNumber()) {
    auto qa = FromJson(a), qb = FromJson(b);
    if (qa && qb) return *qa == *qb;
    return a.GetDouble() == b.GetDouble();
  }
  if (a.GetType() != b.GetType()) return false;
  if (a.IsObject()) {
    if (a.MemberCount() != b.MemberCount()) return false;
    for (const auto& m : a.GetObject()) {
      auto it = b.FindMember(m.name);
      if (it == b.MemberEnd() || !SameJson(m.value, it->value)) return false;
    }
    return true;
  }
  if (a.IsArray()) {
    if (a.Size() != b.Size()) return false;
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i) {
      if (!SameJson(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

Score ScoreJson(const WorkloadItem& item, const rapidjson::Value& expect, std::string_view answer) {
  if (!expect.HasMember("json")) return Fail("expect needs {\"json\": value}");
  rapidjson::Document doc;
  JsonError error;
  if (!ParseJson(answer, doc, &error)) return Fail("answer is not exactly one JSON value: " + error.ToString());
  if (!item.schema_json.empty()) {
    rapidjson::Document schema_doc;
    if (!ParseJson(item.schema_json, schema_doc)) return Fail("workload schema is not JSON");
    schemas::CompileError cerr;
    auto schema = schemas::Schema::Compile(schema_doc, {}, &cerr);
    if (!schema) return Fail("workload schema does not compile: " + cerr.ToString());
    auto result = schema->Validate(doc);
    if (!result.valid) {
      return Fail("answer is off-schema at " + result.errors.front().instance_location + ": " +
                  result.errors.front().message);
    }
  }
  const rapidjson::Value& want = expect["json"];
  if (doc.IsObject() && want.IsObject()) {
    for (const auto& m : want.GetObject()) {
      auto it = doc.FindMember(m.name);
      if (it == doc.MemberEnd()) return Fail(std::string("answer lacks /") + m.name.GetString());
      if (!SameJson(it->value, m.value)) {
        return Fail(std::string("answer has /") + m.name.GetString() + " = " + JsonToString(it->value) +
                    ", expected " + JsonToString(m.value));
      }
    }
  }
  if (!SameJson(doc, want)) return Fail("answer differs from the expected JSON");
  return Score{true, ""};
}

}  // namespace

Score ScoreAnswer(const WorkloadItem& item, std::string_view answer) {
  rapidjson::Document expect;
  if (item.expect_json.empty() || !ParseJson(item.expect_json, expect) || !expect.IsObject()) {
    return Fail("item has no usable expect");
  }
  if (item.task == "linear_equation") return ScoreLinear(expect, answer);
  if (item.task == "json_extract") return ScoreJson(item, expect, answer);
  return Fail("no scorer for task " + item.task);
}

}  // namespace stepcache::bench
