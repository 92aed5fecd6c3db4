// ECMA-262 → RE2 translation. One left-to-right pass, no recursion (groups
// are kept on an explicit stack), so hostile patterns cannot exhaust the
// stack here; RE2 then gets a pattern in which every construct has been
// spelled out explicitly (\x{..} literals, explicit ranges, \A and \z) so
// RE2's own defaults cannot change the meaning.
#include "stepcache/schemas/ecma_regex.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "ecma_properties.h"
#include "utf8.h"

namespace stepcache::schemas {
namespace {

constexpr std::uint32_t kMaxCodePoint = 0x10FFFF;
constexpr std::size_t kMaxNesting = 1000;  // RE2's own parser limit
constexpr long kMaxRepeat = 1000;          // RE2 rejects larger counts

struct Range {
  std::uint32_t lo, hi;
};
using Ranges = std::vector<Range>;

using internal::DecodeUtf8;

// "\x{HEX}", upper-case digits, no leading zeros (what "%X" gives; written
// by hand because snprintf was most of a short pattern's translation cost).
void AppendHex(std::string* out, std::uint32_t cp) {
  char buf[16];
  char* end = buf + sizeof buf;
  char* q = end;
  *--q = '}';
  do {
    *--q = "0123456789ABCDEF"[cp & 0xF];
    cp >>= 4;
  } while (cp != 0);
  *--q = '{';
  *--q = 'x';
  *--q = '\\';
  out->append(q, static_cast<std::size_t>(end - q));
}

// Literal code point in RE2 syntax; everything but [A-Za-z0-9_] is written
// as \x{..} so no character can be read as RE2 syntax.
void AppendLiteral(std::string* out, std::uint32_t cp) {
  if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
      cp == '_') {
    out->push_back(static_cast<char>(cp));
  } else {
    AppendHex(out, cp);
  }
}

Ranges Normalize(Ranges r) {
  std::sort(r.begin(), r.end(), [](const Range& a, const Range& b) { return a.lo < b.lo; });
  Ranges merged;
  for (const Range& x : r) {
    if (!merged.empty() && x.lo <= merged.back().hi + 1) {
      merged.back().hi = std::max(merged.back().hi, x.hi);
    } else {
      merged.push_back(x);
    }
  }
  return merged;
}

Ranges Complement(const Ranges& in) {
  Ranges r = Normalize(in), out;
  std::uint32_t next = 0;
  for (const Range& x : r) {
    if (x.lo > next) out.push_back({next, x.lo - 1});
    next = x.hi + 1;
  }
  if (next <= kMaxCodePoint) out.push_back({next, kMaxCodePoint});
  return out;
}

const Ranges& DigitRanges() {
  static const Ranges r = {{'0', '9'}};
  return r;
}
const Ranges& WordRanges() {
  static const Ranges r = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  return r;
}
// ECMA-262 WhiteSpace and LineTerminator.
const Ranges& SpaceRanges() {
  static const Ranges r = {{0x09, 0x0D}, {0x20, 0x20},     {0xA0, 0xA0},     {0x1680, 0x1680},
                           {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
                           {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
  return r;
}
// Unicode White_Space (differs from \s: has U+0085, lacks U+FEFF).
const Ranges& UnicodeWhiteSpaceRanges() {
  static const Ranges r = {{0x09, 0x0D},     {0x20, 0x20},     {0x85, 0x85},
                           {0xA0, 0xA0},     {0x1680, 0x1680}, {0x2000, 0x200A},
                           {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
                           {0x3000, 0x3000}};
  return r;
}

// The body of an RE2 character class being built.
struct ClassBody {
  Ranges ranges;
  std::string fragments;  // \p{..} / \P{..} items
  void Add(const Ranges& r) { ranges.insert(ranges.end(), r.begin(), r.end()); }
  bool empty() const { return ranges.empty() && fragments.empty(); }
};

void AppendClass(std::string* out, const ClassBody& body, bool negated) {
  if (body.empty()) {
    // ECMA [] matches nothing and [^] matches any code point.
    out->append(negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]");
    return;
  }
  out->append(negated ? "[^" : "[");
  out->append(body.fragments);
  for (const Range& r : Normalize(body.ranges)) {
    AppendHex(out, r.lo);
    if (r.hi != r.lo) {
      out->push_back('-');
      AppendHex(out, r.hi);
    }
  }
  out->push_back(']');
}

bool IsWordChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

std::uint32_t HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

bool IsSyntaxChar(char c) {
  return std::string_view("^$\\.*+?()[]{}|/").find(c) != std::string_view::npos;
}

class Parser {
 public:
  // kCheck: only check ECMA syntax (u flag), accepting what RE2 cannot run.
  // kRe2: translate for RE2. kPcre2: translate for PCRE2, look-around and
  // back-references included. Both translations read identity escapes the
  // way ECMA-262 does outside unicode mode (Annex B).
  enum class Target { kCheck, kRe2, kPcre2 };
  Parser(std::string_view pattern, Target target)
      : p_(pattern), translate_(target != Target::kCheck), pcre_(target == Target::kPcre2) {}

  bool Run();
  std::string& output() { return out_; }
  const RegexError& error() const { return error_; }

 private:
  // What a class atom or an escape denotes: one code point or a set.
  struct Atom {
    bool is_char = true;
    std::uint32_t cp = 0;
    ClassBody set;
  };
  struct Group {
    std::size_t offset;
    bool lookaround;
  };

  bool Fail(std::size_t offset, std::string message) {
    if (!failed_) {
      failed_ = true;
      error_ = {std::move(message), offset};
    }
    return false;
  }
  // Valid ECMA that RE2 cannot express: fatal only when translating.
  bool Unsupported(std::size_t offset, std::string message) {
    if (!translate_) return true;
    return Fail(offset, std::move(message));
  }

  bool ParseGroupOpen();
  bool ParseQuantifierBraces(bool* is_quantifier);
  bool ParseClass();
  bool ParseEscape(bool in_class, Atom* atom, bool* is_assertion);
  bool ParseUnicodeEscape(std::uint32_t* cp);
  bool ParseProperty(bool negated, std::size_t start, ClassBody* body);
  bool ParseGroupName(std::string* name);
  bool ParseLiteral(std::uint32_t* cp) {
    std::size_t at = pos_;
    if (!DecodeUtf8(p_, &pos_, cp)) return Fail(at, "invalid UTF-8 in pattern");
    return true;
  }

  std::string_view p_;
  bool translate_;
  bool pcre_;
  bool emitted_ = false;  // ParseEscape wrote its atom to out_ itself
  std::size_t pos_ = 0;
  std::string out_;
  RegexError error_;
  bool failed_ = false;

  std::vector<Group> groups_;
  std::set<std::string> names_;
  std::size_t captures_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> numeric_backrefs_;    // offset, number
  std::vector<std::pair<std::size_t, std::string>> named_backrefs_;      // offset, name
};

bool Parser::Run() {
  bool can_quantify = false;
  while (pos_ < p_.size()) {
    char c = p_[pos_];
    std::size_t at = pos_;
    switch (c) {
      case '^':
        out_ += "\\A";
        ++pos_;
        can_quantify = false;
        break;
      case '$':
        out_ += "\\z";
        ++pos_;
        can_quantify = false;
        break;
      case '.':
        out_ += "[^\\x{A}\\x{D}\\x{2028}\\x{2029}]";
        ++pos_;
        can_quantify = true;
        break;
      case '|':
        out_ += '|';
        ++pos_;
        can_quantify = false;
        break;
      case '(':
        if (!ParseGroupOpen()) return false;
        can_quantify = false;
        break;
      case ')':
        if (groups_.empty()) return Fail(at, "unmatched ')'");
        // ECMA (u flag) forbids quantifying a look-around.
        can_quantify = !groups_.back().lookaround;
        groups_.pop_back();
        out_ += ')';
        ++pos_;
        break;
      case '*':
      case '+':
      case '?':
        if (!can_quantify) return Fail(at, std::string("nothing to repeat before '") + c + "'");
        out_ += c;
        ++pos_;
        if (pos_ < p_.size() && p_[pos_] == '?') {
          out_ += '?';
          ++pos_;
        }
        can_quantify = false;
        break;
      case '{': {
        bool is_quantifier = false;
        if (!ParseQuantifierBraces(&is_quantifier)) return false;
        if (is_quantifier) {
          if (!can_quantify) return Fail(at, "nothing to repeat before '{'");
          can_quantify = false;
        } else {
          // Annex B: a '{' that starts no quantifier is a literal.
          AppendLiteral(&out_, '{');
          ++pos_;
          can_quantify = true;
        }
        break;
      }
      case '[':
        if (!ParseClass()) return false;
        can_quantify = true;
        break;
      case '\\': {
        Atom atom;
        bool is_assertion = false;
        if (!ParseEscape(false, &atom, &is_assertion)) return false;
        if (emitted_) {
          emitted_ = false;
        } else if (!is_assertion) {
          if (atom.is_char) {
            AppendLiteral(&out_, atom.cp);
          } else {
            AppendClass(&out_, atom.set, false);
          }
        }
        can_quantify = !is_assertion;
        break;
      }
      default: {
        std::uint32_t cp;
        if (!ParseLiteral(&cp)) return false;
        AppendLiteral(&out_, cp);
        can_quantify = true;
        break;
      }
    }
  }
  if (!groups_.empty()) return Fail(groups_.back().offset, "unterminated group");
  for (const auto& [offset, number] : numeric_backrefs_) {
    if (number > captures_) return Fail(offset, "back-reference to a group that does not exist");
  }
  for (const auto& [offset, name] : named_backrefs_) {
    if (!names_.count(name)) return Fail(offset, "back-reference to an unknown group name");
  }
  return !failed_;
}

bool Parser::ParseGroupOpen() {
  std::size_t at = pos_;
  if (groups_.size() >= kMaxNesting) return Fail(at, "groups nested deeper than 1000");
  ++pos_;  // '('
  if (pos_ >= p_.size() || p_[pos_] != '?') {
    ++captures_;
    groups_.push_back({at, false});
    out_ += '(';
    return true;
  }
  ++pos_;  // '?'
  std::string_view rest = p_.substr(pos_);
  if (!rest.empty() && rest[0] == ':') {
    ++pos_;
    groups_.push_back({at, false});
    out_ += "(?:";
    return true;
  }
  if (!rest.empty() && (rest[0] == '=' || rest[0] == '!')) {
    ++pos_;
    groups_.push_back({at, true});
    if (pcre_) {
      out_ += rest[0] == '=' ? "(?=" : "(?!";
      return true;
    }
    out_ += "(?:";
    return Unsupported(at, "look-ahead (?=...) / (?!...) is not supported by RE2");
  }
  if (rest.size() >= 2 && rest[0] == '<' && (rest[1] == '=' || rest[1] == '!')) {
    pos_ += 2;
    groups_.push_back({at, true});
    if (pcre_) {
      out_ += rest[1] == '=' ? "(?<=" : "(?<!";
      return true;
    }
    out_ += "(?:";
    return Unsupported(at, "look-behind (?<=...) / (?<!...) is not supported by RE2");
  }
  if (!rest.empty() && rest[0] == '<') {
    ++pos_;
    std::string name;
    if (!ParseGroupName(&name)) return false;
    if (!names_.insert(name).second) return Fail(at, "duplicate group name '" + name + "'");
    ++captures_;
    groups_.push_back({at, false});
    bool ascii = std::all_of(name.begin(), name.end(), IsWordChar);
    out_ += ascii ? "(?P<" + name + ">" : std::string("(");
    return true;
  }
  // ES2025 modifier groups (?ims-ims:...): valid syntax, not translated.
  std::size_t k = pos_;
  std::string seen;
  bool dash = false;
  while (k < p_.size() && (p_[k] == 'i' || p_[k] == 'm' || p_[k] == 's' || (p_[k] == '-' && !dash))) {
    if (p_[k] == '-') {
      dash = true;
    } else if (seen.find(p_[k]) != std::string::npos) {
      return Fail(k, "repeated flag in modifier group");
    } else {
      seen += p_[k];
    }
    ++k;
  }
  if (k > pos_ && k < p_.size() && p_[k] == ':' && !seen.empty()) {
    pos_ = k + 1;
    groups_.push_back({at, false});
    out_ += "(?:";
    return Unsupported(at, "modifier groups (?ims-ims:...) are not supported");
  }
  return Fail(at, "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!' or '<name>'");
}

// ECMA GroupName: an identifier, then '>'. Accepts ASCII identifier
// characters and any non-ASCII code point (ID_Start/ID_Continue are not
// tabulated here).
bool Parser::ParseGroupName(std::string* name) {
  std::size_t start = pos_;
  while (pos_ < p_.size() && p_[pos_] != '>') {
    char c = p_[pos_];
    auto uc = static_cast<unsigned char>(c);
    if (uc >= 0x80) {
      std::uint32_t cp;
      std::size_t at = pos_;
      if (!DecodeUtf8(p_, &pos_, &cp)) return Fail(at, "invalid UTF-8 in pattern");
      continue;
    }
    bool ok = c == '$' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (pos_ > start && c >= '0' && c <= '9');
    if (!ok) return Fail(pos_, "invalid character in group name");
    ++pos_;
  }
  if (pos_ >= p_.size()) return Fail(start, "unterminated group name");
  if (pos_ == start) return Fail(start, "empty group name");
  *name = std::string(p_.substr(start, pos_ - start));
  ++pos_;  // '>'
  return true;
}

// At '{': a quantifier {n}, {n,} or {n,m} (plus lazy '?') is emitted and
// consumed; anything else leaves pos_ alone with *is_quantifier false.
bool Parser::ParseQuantifierBraces(bool* is_quantifier) {
  std::size_t at = pos_, k = pos_ + 1;
  auto number = [&](long* v) {
    std::size_t s = k;
    *v = 0;
    while (k < p_.size() && p_[k] >= '0' && p_[k] <= '9') {
      if (*v <= 1000000) *v = *v * 10 + (p_[k] - '0');
      ++k;
    }
    return k > s;
  };
  long lo = 0, hi = -1;
  if (!number(&lo)) return true;
  bool comma = false;
  if (k < p_.size() && p_[k] == ',') {
    comma = true;
    ++k;
    if (k < p_.size() && p_[k] != '}' && !number(&hi)) return true;
  }
  if (k >= p_.size() || p_[k] != '}') return true;
  ++k;
  *is_quantifier = true;
  if (!comma) hi = lo;
  if (hi >= 0 && hi < lo) return Fail(at, "numbers out of order in {} quantifier");
  if (lo > kMaxRepeat || hi > kMaxRepeat) {
    if (!Unsupported(at, "repetition count above 1000 is not supported by RE2")) return false;
  }
  out_ += '{';
  out_ += std::to_string(lo);
  if (comma) {
    out_ += ',';
    if (hi >= 0) out_ += std::to_string(hi);
  }
  out_ += '}';
  pos_ = k;
  if (pos_ < p_.size() && p_[pos_] == '?') {
    out_ += '?';
    ++pos_;
  }
  return true;
}

bool Parser::ParseClass() {
  std::size_t start = pos_;
  ++pos_;  // '['
  bool negated = false;
  if (pos_ < p_.size() && p_[pos_] == '^') {
    negated = true;
    ++pos_;
  }
  ClassBody body;
  for (;;) {
    if (pos_ >= p_.size()) return Fail(start, "unterminated character class");
    if (p_[pos_] == ']') {
      ++pos_;
      break;
    }
    auto atom_at = [&](Atom* a) {
      if (p_[pos_] == '\\') {
        bool assertion = false;
        return ParseEscape(true, a, &assertion);
      }
      a->is_char = true;
      return ParseLiteral(&a->cp);
    };
    std::size_t first_at = pos_;
    Atom a;
    if (!atom_at(&a)) return false;
    bool range = pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']';
    if (range && a.is_char) {
      ++pos_;  // '-'
      Atom b;
      if (!atom_at(&b)) return false;
      if (!b.is_char) {
        // Annex B reads [a-\d] as 'a', '-', \d.
        body.ranges.push_back({a.cp, a.cp});
        body.ranges.push_back({'-', '-'});
        body.Add(b.set.ranges);
        body.fragments += b.set.fragments;
        continue;
      }
      if (b.cp < a.cp) return Fail(first_at, "range out of order in character class");
      body.ranges.push_back({a.cp, b.cp});
      continue;
    }
    // Annex B reads [\w-x] as \w, '-', 'x': the '-' comes round as a literal.
    if (a.is_char) {
      body.ranges.push_back({a.cp, a.cp});
    } else {
      body.Add(a.set.ranges);
      body.fragments += a.set.fragments;
    }
  }
  AppendClass(&out_, body, negated);
  return true;
}

bool Parser::ParseUnicodeEscape(std::uint32_t* cp) {
  // pos_ is just after "\u".
  std::size_t at = pos_ - 2;
  if (pos_ < p_.size() && p_[pos_] == '{') {
    std::size_t k = pos_ + 1;
    std::uint32_t v = 0;
    while (k < p_.size() && IsHex(p_[k])) {
      v = v * 16 + HexValue(p_[k]);
      if (v > kMaxCodePoint) return Fail(at, "\\u{...} above U+10FFFF");
      ++k;
    }
    if (k == pos_ + 1 || k >= p_.size() || p_[k] != '}') return Fail(at, "malformed \\u{...} escape");
    pos_ = k + 1;
    *cp = v;
    return true;
  }
  auto four = [&](std::size_t k, std::uint32_t* v) {
    if (k + 4 > p_.size()) return false;
    *v = 0;
    for (std::size_t i = k; i < k + 4; ++i) {
      if (!IsHex(p_[i])) return false;
      *v = *v * 16 + HexValue(p_[i]);
    }
    return true;
  };
  std::uint32_t v;
  if (!four(pos_, &v)) return Fail(at, "\\u must be followed by 4 hex digits or {...}");
  pos_ += 4;
  std::uint32_t lo;
  if (v >= 0xD800 && v <= 0xDBFF && pos_ + 1 < p_.size() && p_[pos_] == '\\' &&
      p_[pos_ + 1] == 'u' && four(pos_ + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
    v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    pos_ += 6;
  }
  *cp = v;  // a lone surrogate stays: it can never match UTF-8 text
  return true;
}

bool Parser::ParseProperty(bool negated, std::size_t start, ClassBody* body) {
  // pos_ is just after "\p" / "\P".
  if (pos_ >= p_.size() || p_[pos_] != '{') return Fail(start, "\\p must be followed by {name}");
  std::size_t close = p_.find('}', pos_);
  if (close == std::string_view::npos) return Fail(start, "unterminated \\p{...}");
  std::string_view inner = p_.substr(pos_ + 1, close - pos_ - 1);
  pos_ = close + 1;
  std::string_view key, value = inner;
  std::size_t eq = inner.find('=');
  if (eq != std::string_view::npos) {
    key = inner.substr(0, eq);
    value = inner.substr(eq + 1);
  }
  for (char c : inner) {
    if (!IsWordChar(c) && c != '=') return Fail(start, "invalid character in \\p{...}");
  }
  const char sign = negated ? 'P' : 'p';
  if (key.empty() && eq == std::string_view::npos) {
    if (const char* gc = ecma_properties::GeneralCategory(value)) {
      body->fragments += std::string("\\") + sign + "{" + gc + "}";
      return true;
    }
    if (value == "ASCII" || value == "Any" || value == "ASCII_Hex_Digit" || value == "White_Space" ||
        value == "space") {
      static const Ranges kAscii = {{0, 0x7F}};
      static const Ranges kAny = {{0, kMaxCodePoint}};
      static const Ranges kHex = {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
      const Ranges& r = value == "ASCII" ? kAscii
                        : value == "Any" ? kAny
                        : value == "ASCII_Hex_Digit" ? kHex
                                                     : UnicodeWhiteSpaceRanges();
      body->Add(negated ? Complement(r) : r);
      return true;
    }
    if (ecma_properties::IsUnsupportedBinaryProperty(value)) {
      return Unsupported(start, "Unicode property '" + std::string(value) + "' is not supported by RE2");
    }
    return Fail(start, "unknown Unicode property '" + std::string(value) + "'");
  }
  if (key == "General_Category" || key == "gc") {
    if (const char* gc = ecma_properties::GeneralCategory(value)) {
      body->fragments += std::string("\\") + sign + "{" + gc + "}";
      return true;
    }
    if (value == "Cn" || value == "Unassigned" || value == "LC" || value == "Cased_Letter") {
      return Unsupported(start, "general category '" + std::string(value) + "' is not supported by RE2");
    }
    return Fail(start, "unknown general category '" + std::string(value) + "'");
  }
  if (key == "Script" || key == "sc") {
    if (value.empty()) return Fail(start, "empty script name");
    // RE2 knows scripts by their long names; it reports unknown ones when
    // the translation is compiled.
    body->fragments += std::string("\\") + sign + "{" + std::string(value) + "}";
    return true;
  }
  if (key == "Script_Extensions" || key == "scx") {
    return Unsupported(start, "Script_Extensions is not supported by RE2");
  }
  return Fail(start, "unknown Unicode property '" + std::string(key) + "'");
}

bool Parser::ParseEscape(bool in_class, Atom* atom, bool* is_assertion) {
  std::size_t at = pos_;
  ++pos_;  // '\'
  if (pos_ >= p_.size()) return Fail(at, "'\\' at end of pattern");
  char c = p_[pos_++];
  atom->is_char = true;
  auto set = [&](const Ranges& r, bool negate) {
    atom->is_char = false;
    atom->set.Add(negate ? Complement(r) : r);
    return true;
  };
  switch (c) {
    case 'd': return set(DigitRanges(), false);
    case 'D': return set(DigitRanges(), true);
    case 'w': return set(WordRanges(), false);
    case 'W': return set(WordRanges(), true);
    case 's': return set(SpaceRanges(), false);
    case 'S': return set(SpaceRanges(), true);
    case 'b':
      if (in_class) {
        atom->cp = 0x08;
        return true;
      }
      *is_assertion = true;
      out_ += "\\b";  // RE2's \b uses the same ASCII word characters as ECMA
      return true;
    case 'B':
      if (in_class) return Fail(at, "\\B is not allowed in a character class");
      *is_assertion = true;
      out_ += "\\B";
      return true;
    case 'f': atom->cp = 0x0C; return true;
    case 'n': atom->cp = 0x0A; return true;
    case 'r': atom->cp = 0x0D; return true;
    case 't': atom->cp = 0x09; return true;
    case 'v': atom->cp = 0x0B; return true;
    case 'c':
      if (pos_ < p_.size() && ((p_[pos_] >= 'A' && p_[pos_] <= 'Z') || (p_[pos_] >= 'a' && p_[pos_] <= 'z'))) {
        atom->cp = static_cast<unsigned char>(p_[pos_++]) % 32;
        return true;
      }
      return Fail(at, "\\c must be followed by a letter");
    case '0':
      if (pos_ < p_.size() && p_[pos_] >= '0' && p_[pos_] <= '9') {
        return Fail(at, "octal escapes are not allowed");
      }
      atom->cp = 0;
      return true;
    case 'x':
      if (pos_ + 2 <= p_.size() && IsHex(p_[pos_]) && IsHex(p_[pos_ + 1])) {
        atom->cp = HexValue(p_[pos_]) * 16 + HexValue(p_[pos_ + 1]);
        pos_ += 2;
        return true;
      }
      return Fail(at, "\\x must be followed by 2 hex digits");
    case 'u':
      return ParseUnicodeEscape(&atom->cp);
    case 'p':
    case 'P':
      atom->is_char = false;
      return ParseProperty(c == 'P', at, &atom->set);
    case 'k': {
      if (in_class) return Fail(at, "\\k is not allowed in a character class");
      if (pos_ >= p_.size() || p_[pos_] != '<') return Fail(at, "\\k must be followed by <name>");
      ++pos_;
      std::string name;
      if (!ParseGroupName(&name)) return false;
      named_backrefs_.push_back({at, name});
      atom->is_char = false;  // quantifiable; emitted for PCRE2 only
      if (pcre_) {
        if (!std::all_of(name.begin(), name.end(), IsWordChar))
          return Fail(at, "back-reference to a non-ASCII group name is not supported");
        emitted_ = true;  // a quantifiable atom, already written
        out_ += "(?:\\k<" + name + ">)";
        return true;
      }
      return Unsupported(at, "back-reference \\k<" + name + "> is not supported by RE2");
    }
    case '-':
      atom->cp = '-';
      return true;
    default:
      break;
  }
  if (c >= '1' && c <= '9') {
    if (in_class) return Fail(at, "back-reference or octal escape in a character class");
    std::size_t n = c - '0';
    while (pos_ < p_.size() && p_[pos_] >= '0' && p_[pos_] <= '9') {
      if (n < 100000) n = n * 10 + (p_[pos_] - '0');
      ++pos_;
    }
    numeric_backrefs_.push_back({at, n});
    atom->is_char = false;
    if (pcre_) {
      emitted_ = true;  // a quantifiable atom, already written
      out_ += "(?:\\g{" + std::to_string(n) + "})";
      return true;
    }
    return Unsupported(at, "back-reference \\" + std::to_string(n) + " is not supported by RE2");
  }
  auto uc = static_cast<unsigned char>(c);
  if (IsSyntaxChar(c) || (uc < 0x80 && uc > 0x20 && uc != 0x7F && !IsWordChar(c))) {
    // Syntax characters and '/' per the u flag; other ASCII punctuation per
    // Annex B, which patterns written for browsers lean on.
    atom->cp = uc;
    return true;
  }
  if (uc >= 0x80) {
    --pos_;
    return ParseLiteral(&atom->cp);  // Annex B identity escape
  }
  if (translate_ && IsWordChar(c) && !(c >= '0' && c <= '9')) {
    // Outside unicode mode ECMA-262 reads an escaped '_' or a letter with no
    // escape meaning as itself (`^[\w\.\d\_]+$` in real-world schemas).
    atom->cp = uc;
    return true;
  }
  return Fail(at, std::string("invalid escape '\\") + c + "'");
}

RE2::Options Re2Options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

}  // namespace

bool TranslateEcmaRegex(std::string_view ecma_pattern, std::string* re2_pattern,
                        RegexError* error) {
  Parser parser(ecma_pattern, Parser::Target::kRe2);
  if (!parser.Run()) {
    if (error) *error = parser.error();
    return false;
  }
  RE2 check(parser.output(), Re2Options());
  if (!check.ok()) {
    if (error) *error = {"RE2 rejects the translated pattern: " + check.error(), 0};
    return false;
  }
  if (re2_pattern) *re2_pattern = std::move(parser.output());
  return true;
}

bool EcmaRegexTranslatesForRe2(std::string_view ecma_pattern, RegexError* error) {
  Parser parser(ecma_pattern, Parser::Target::kRe2);
  if (!parser.Run()) {
    if (error) *error = parser.error();
    return false;
  }
  return true;
}

std::unique_ptr<re2::RE2> CompileEcmaRegex(std::string_view ecma_pattern, RegexError* error) {
  Parser parser(ecma_pattern, Parser::Target::kRe2);
  if (!parser.Run()) {
    if (error) *error = parser.error();
    return nullptr;
  }
  auto re = std::make_unique<RE2>(parser.output(), Re2Options());
  if (!re->ok()) {
    if (error) *error = {"RE2 rejects the translated pattern: " + re->error(), 0};
    return nullptr;
  }
  return re;
}

bool TranslateEcmaRegexForPcre2(std::string_view ecma_pattern, std::string* pcre2_pattern,
                                RegexError* error) {
  Parser parser(ecma_pattern, Parser::Target::kPcre2);
  if (!parser.Run()) {
    if (error) *error = parser.error();
    return false;
  }
  if (pcre2_pattern) *pcre2_pattern = std::move(parser.output());
  return true;
}

bool IsValidEcmaRegex(std::string_view ecma_pattern, RegexError* error) {
  Parser parser(ecma_pattern, Parser::Target::kCheck);
  if (!parser.Run()) {
    if (error) *error = parser.error();
    return false;
  }
  return true;
}

}  // namespace stepcache::schemas
