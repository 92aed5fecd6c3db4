// Tokens, normalised text and labels: the pieces the prompt reader and the
// evidence checks compare (source_text.h).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include "stepcache/checks/source_text.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks {
namespace {

using internal::IsAsciiAlpha;
using internal::IsDigit;
using internal::IsSpace;
using internal::IsWordByte;
using internal::Lower;
using internal::MinusGlyphAt;
using internal::Words;

// Bytes >= 0x80 that are punctuation or spacing rather than letters: the
// arrows, dashes, quotes, guillemets, corner and angle brackets, bullets and
// no-break spaces models and people write ("«Jon Berg»", "「Osaka」").
std::size_t NonLetterSequenceSlow(std::string_view s, std::size_t i) {
  static const std::string_view kSeqs[] = {
      "\xE2\x86\x92", "\xE2\x87\x92", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\xA2",
      "\xC2\xA0",     "\xE2\x80\xAF", "\xC3\x97",     "\xC3\xB7",     "\xC2\xB7",
      "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE2\x80\x9E",
      "\xE2\x80\x9A", "\xE2\x9F\xA8", "\xE2\x9F\xA9", "\xE3\x80\x88", "\xE3\x80\x89",
      "\xE3\x80\x8A", "\xE3\x80\x8B", "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E",
      "\xE3\x80\x8F",
      // CJK commas, stops and brackets (、。【】〔〕〖〗), and the fullwidth
      // forms of ( ) : , ; ! ? [ ] { } ~ ("12 kg（更正：14 kg）"), ⦅ ⦆.
      "\xE3\x80\x81", "\xE3\x80\x82", "\xE3\x80\x90", "\xE3\x80\x91", "\xE3\x80\x94",
      "\xE3\x80\x95", "\xE3\x80\x96", "\xE3\x80\x97", "\xEF\xBC\x88", "\xEF\xBC\x89",
      "\xEF\xBC\x9A", "\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xEF\xBC\x81", "\xEF\xBC\x9F",
      "\xEF\xBC\xBB", "\xEF\xBC\xBD", "\xEF\xBD\x9B", "\xEF\xBD\x9D", "\xEF\xBD\x9E",
      "\xE2\xA6\x85", "\xE2\xA6\x86"};
  for (std::string_view p : kSeqs) {
    if (s.substr(i, p.size()) == p) return p.size();
  }
  return 0;
}

// A fullwidth form's ASCII sign ("（" is "(", "：" is ":"), read as such
// ("（2,740.00）" is negative as "(2,740.00)" is); any other sequence as it is.
std::string_view AsciiForm(std::string_view p) {
  if (p.size() != 3 || static_cast<unsigned char>(p[0]) != 0xEF) return p;
  static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
      {"\xEF\xBC\x88", "("}, {"\xEF\xBC\x89", ")"}, {"\xEF\xBC\x9A", ":"}, {"\xEF\xBC\x8C", ","},
      {"\xEF\xBC\x9B", ";"}, {"\xEF\xBC\x81", "!"}, {"\xEF\xBC\x9F", "?"}, {"\xEF\xBC\xBB", "["},
      {"\xEF\xBC\xBD", "]"}, {"\xEF\xBD\x9B", "{"}, {"\xEF\xBD\x9D", "}"}, {"\xEF\xBD\x9E", "~"}};
  for (const auto& [wide, ascii] : kForms) {
    if (p == wide) return ascii;
  }
  return p;
}

// Every sequence above starts with 0xE2, 0xE3, 0xEF, 0xC2 or 0xC3: other
// bytes (all ASCII among them) are answered without a call.
inline std::size_t NonLetterSequence(std::string_view s, std::size_t i) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xE2 && lead != 0xE3 && lead != 0xEF && lead != 0xC2 && lead != 0xC3) return 0;
  return NonLetterSequenceSlow(s, i);
}

}  // namespace

namespace internal {

std::size_t NonLetterAt(std::string_view s, std::size_t i) { return i < s.size() ? NonLetterSequence(s, i) : 0; }

std::size_t NonLetterBefore(std::string_view s, std::size_t end) {
  for (std::size_t n = 2; n <= 3 && n <= end; ++n) {
    if (NonLetterSequence(s, end - n) == n) return n;
  }
  return 0;
}

std::size_t NormalizeTextTo(std::string_view text, char* out) {
  // Written through a pointer (the output is never longer than the input).
  char* const begin = out;
  char* o = begin;
  // Each byte's lower case, 0 for whitespace (a NUL byte is kept through
  // the `c != 0` test): one table load and one branch per byte. A
  // whitespace run writes one ' ' unless the output is empty or already
  // ends in the ' ' of a run (no other byte writes a ' '); a trailing one
  // is cut below.
  static const auto kLower = [] {
    std::array<char, 256> t{};
    for (int b = 1; b < 256; ++b) t[static_cast<std::size_t>(b)] = Lower(static_cast<char>(b));
    for (char b : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(b)] = 0;
    return t;
  }();
  // Plain blocks of 16 bytes at once (NormalizePlainBlock), the others
  // byte by byte.
  const char* in = text.data();
  const char* const end = in + text.size();
  while (in != end) {
    if (end - in >= 16 && NormalizePlainBlock(in, o, o == begin || o[-1] == ' ', /*fold=*/true)) {
      in += 16;
      o += 16;
      continue;
    }
    for (const char* const stop = in + std::min<std::ptrdiff_t>(end - in, 16); in != stop; ++in) {
      const char c = *in;
      const char l = kLower[static_cast<unsigned char>(c)];
      if (l == 0 && c != 0) {
        if (o != begin && o[-1] != ' ') *o++ = ' ';
        continue;
      }
      *o++ = l;
    }
  }
  while (o != begin && (o[-1] == '.' || o[-1] == ',' || o[-1] == ';' || o[-1] == ' ')) --o;
  return static_cast<std::size_t>(o - begin);
}

}  // namespace internal

std::string NormalizeText(std::string_view text) {
  // Written into a buffer of the input's size, then cut to length: no
  // growth check per byte.
  std::string out(text.size(), '\0');
  if (!out.empty()) out.resize(internal::NormalizeTextTo(text, &out[0]));
  return out;
}

bool IsFillerWord(std::string_view w) { return vocab::IsFiller(w); }

std::string internal::SpacedName(std::string_view name) {
  std::string split;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    // camelCase -> camel case
    if (i > 0 && c >= 'A' && c <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') split += ' ';
    split += (c == '_' || c == '-') ? ' ' : c;
  }
  return split;
}

std::vector<std::string> LabelWords(std::string_view label) {
  std::vector<std::string> out;
  const std::vector<std::string> words = Words(internal::SpacedName(label));
  for (const std::string& w : words) {
    if (!vocab::IsFiller(w)) out.push_back(vocab::Singular(w));
  }
  // A label made of filler words alone ("From", "To") is still a label.
  if (out.empty()) {
    for (const std::string& w : words) out.push_back(w);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// LabelMatch over two labels whose canonical words are `ca` and `cb`
// (anything indexable whose elements compare with a string_view).
template <typename CanonA, typename CanonB>
int LabelMatchCanonical(const std::vector<std::string>& a, const CanonA& ca, const std::vector<std::string>& b,
                        const CanonB& cb) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 2;
  // Synonyms count as the same word ("Years" names an age, "Mass" a weight).
  // Labels are a few words: linear scans beat sorting copies.
  auto has = [](const auto& words, std::size_t n, std::string_view w) {
    for (std::size_t i = 0; i < n; ++i) {
      if (std::string_view(words[i]) == w) return true;
    }
    return false;
  };
  // One word of a label that two words of the other write apart:
  // "Check-out date" and checkout_date, "E-mail" and email. `w` is such a
  // word of one label, or `part` one of the two words of the other.
  auto joined = [](const auto& words, std::size_t n, std::string_view w) {
    for (std::size_t i = 0; i < n; ++i) {
      if (internal::WritesApart(words, n, w, words[i], i)) return true;
    }
    return false;
  };
  auto part_of_join = [&](const auto& joins, std::size_t n_joins, const auto& parts, std::size_t n_parts,
                          std::string_view part) {
    for (std::size_t i = 0; i < n_joins; ++i) {
      const std::string_view w(joins[i]);
      if (w.size() > part.size() && (w.compare(0, part.size(), part) == 0 || w.compare(w.size() - part.size(), part.size(), part) == 0) &&
          joined(parts, n_parts, w)) {
        return true;
      }
    }
    return false;
  };
  auto in_b = [&](std::size_t i) {
    return has(cb, b.size(), ca[i]) || joined(cb, b.size(), ca[i]) || part_of_join(cb, b.size(), ca, a.size(), ca[i]);
  };
  auto in_a = [&](std::size_t i) {
    return has(ca, a.size(), cb[i]) || joined(ca, a.size(), cb[i]) || part_of_join(ca, a.size(), cb, b.size(), cb[i]);
  };
  bool a_in_b = true, b_in_a = true;
  for (std::size_t i = 0; i < a.size() && a_in_b; ++i) a_in_b = in_b(i);
  for (std::size_t i = 0; i < b.size() && b_in_a; ++i) b_in_a = in_a(i);
  if (a_in_b && b_in_a) return 2;
  if (!a_in_b && !b_in_a) return 0;
  // A qualifier one label has and the other lacks makes another field:
  // "Non-smoker" is not "Smoker", "Previous home" not "Home", "Max age" not "Age".
  const std::vector<std::string>& big = a_in_b ? b : a;
  for (std::size_t i = 0; i < big.size(); ++i) {
    const bool in_small = a_in_b ? in_a(i) : in_b(i);
    if (!in_small && vocab::IsQualifier(big[i])) return 0;
  }
  return 1;
}

}  // namespace

int LabelMatch(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 2;
  // Each word's canonical form is looked up once (this runs per field and
  // label pair when no canonical words were prepared).
  constexpr std::size_t kInline = 8;
  std::string_view inline_a[kInline], inline_b[kInline];
  std::vector<std::string_view> heap_a, heap_b;
  auto canonical = [](const std::vector<std::string>& words, std::string_view* inline_out,
                      std::vector<std::string_view>* heap) {
    std::string_view* out = inline_out;
    if (words.size() > kInline) {
      heap->resize(words.size());
      out = heap->data();
    }
    for (std::size_t i = 0; i < words.size(); ++i) out[i] = vocab::Canonical(words[i]);
    return out;
  };
  const std::string_view* ca = canonical(a, inline_a, &heap_a);
  const std::string_view* cb = canonical(b, inline_b, &heap_b);
  return LabelMatchCanonical(a, ca, b, cb);
}

int LabelMatch(const std::vector<std::string>& a, const std::vector<std::string>& a_canonical,
               const std::vector<std::string>& b, const std::vector<std::string>& b_canonical) {
  return LabelMatchCanonical(a, a_canonical, b, b_canonical);
}

std::vector<std::string> CanonicalWords(const std::vector<std::string>& label) {
  std::vector<std::string> out;
  out.reserve(label.size());
  for (const std::string& w : label) out.emplace_back(vocab::Canonical(w));
  return out;
}

std::string CanonicalNumber(double value) {
  if (value == 0) return "0";
  char buf[64];
  // Integers below 100000 in magnitude: the shortest form of the double is
  // the integer's digits (from 100000 on it may be "1e+05"), written
  // without the floating-point search.
  if (value > -100000 && value < 100000 && value == static_cast<double>(static_cast<long>(value))) {
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long>(value));
    return std::string(buf, ptr);
  }
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
}

// The value of a number's digits ("-" optional, then digits, maybe a '.'
// and more digits): from_chars, or for up to 15 digits and no '.' the
// integer read directly (exact; zero is left to from_chars for its sign).
static bool ReadNumber(std::string_view digits, double* value) {
  std::size_t i = !digits.empty() && digits[0] == '-' ? 1 : 0;
  if (digits.size() - i >= 1 && digits.size() - i <= 15) {
    long long n = 0;
    bool plain = true;
    for (std::size_t k = i; k < digits.size() && plain; ++k) {
      plain = IsDigit(digits[k]);
      n = n * 10 + (digits[k] - '0');
    }
    if (plain && n != 0) {
      *value = static_cast<double>(i == 1 ? -n : n);
      return true;
    }
  }
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
  return ec == std::errc();
}

// A number token written into a token already in place (a fresh Token).
static void SetNumberToken(Token* t, std::size_t begin, std::size_t end, double value, bool space, std::size_t line) {
  t->kind = TokenKind::kNumber;
  t->begin = begin;
  t->end = end;
  t->number = value;
  if (value != 0 && value > -100000 && value < 100000 && value == static_cast<double>(static_cast<long>(value))) {
    // CanonicalNumber's integer case, written straight into the token.
    char buf[24];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long>(value));
    // At most six bytes: appended in place (the string's own buffer holds
    // them), without a call into the library.
    for (const char* c = buf; c != ptr; ++c) t->norm.push_back(*c);
  } else {
    t->norm = CanonicalNumber(value);
  }
  t->space_before = space;
  t->line = line;
}

namespace {

// Per byte, read from one table: IsSpace, Lower, and whether it is a word
// byte that starts none of NonLetterSequence's sequences (a word runs on
// over such a byte without another test).
struct TokenTables {
  std::array<bool, 256> space{}, plain_word{};
  std::array<char, 256> lower{};
};

const TokenTables& Tables() {
  static const TokenTables kTables = [] {
    TokenTables t;
    for (int b = 0; b < 256; ++b) {
      const char c = static_cast<char>(b);
      t.space[static_cast<std::size_t>(b)] = IsSpace(c);
      t.lower[static_cast<std::size_t>(b)] = Lower(c);
      t.plain_word[static_cast<std::size_t>(b)] = IsWordByte(c) && b != 0xE2 && b != 0xE3 && b != 0xEF && b != 0xC2 && b != 0xC3;
    }
    return t;
  }();
  return kTables;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  TokenizeInto(s, &out);
  return out;
}

void TokenizeInto(std::string_view s, std::vector<Token>* into) {
  const TokenTables& tables = Tables();
  std::vector<Token>& out = *into;
  out.clear();
  // About one token per word, and room for the few more of a short date or
  // code ("2024-03-14"): few reallocations, and a small block (a large one
  // costs more to allocate than the copies it saves).
  out.reserve(s.size() / 4 + 4);
  std::size_t line = 0;
  bool space = true;
  std::size_t i = 0;
  std::string long_digits;  // a number too long for the buffer below
  while (i < s.size()) {
    const char c = s[i];
    if (tables.space[static_cast<unsigned char>(c)]) {
      if (c == '\n') ++line;
      space = true;
      ++i;
      continue;
    }
    // U+2212 MINUS SIGN before a digit is a sign as well, and so is an en or
    // em dash, a hyphen or a full-width minus written in its place ("Balance:
    // –12.50"; not "10–12", after a number or word): read with the number
    // below, as '-' is.
    std::size_t sign_len = 0;
    if ((c == '\xE2' || c == '\xEF') && i + 3 < s.size() && IsDigit(s[i + 3]) && MinusGlyphAt(s, i) != 0 &&
        !(i > 0 && IsWordByte(s[i - 1]))) {
      sign_len = 3;
    } else if (std::size_t n = NonLetterSequence(s, i)) {
      if (s.substr(i, n) == "\xC2\xA0" || s.substr(i, n) == "\xE2\x80\xAF") {
        space = true;
      } else {
        Token t{TokenKind::kPunct, i, i + n, std::string(AsciiForm(s.substr(i, n))), 0, false, space, line};
        out.push_back(std::move(t));
        space = false;
      }
      i += n;
      continue;
    }
    // Right after a word or number (not after a dash or quote of several
    // bytes: "10–15"; nor after a letter past ASCII, as scripts without
    // spaces write numbers: "正しくは42", "第3").
    const bool prev_word = !out.empty() && out.back().end == i && out.back().kind != TokenKind::kPunct &&
                           static_cast<unsigned char>(s[i - 1]) < 0x80;
    if (c == '-' && i + 1 < s.size() && IsDigit(s[i + 1]) && !prev_word) sign_len = 1;

    const bool dot = c == '.' && i + 1 < s.size() && IsDigit(s[i + 1]) && !(i > 0 && IsDigit(s[i - 1]));
    if ((IsDigit(c) && !prev_word) || sign_len != 0 || dot) {
      std::size_t j = i + sign_len;
      // The number's extent first, then its digits (its bytes without the
      // thousands commas, a '0' before a bare '.') copied into a buffer on
      // the stack: no string is built for it.
      const std::size_t first_digit = j;
      while (j < s.size() && IsDigit(s[j])) ++j;
      const std::size_t int_end = j;
      while (j + 3 < s.size() + 0 && s[j] == ',' && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) && IsDigit(s[j + 3]) &&
             (j + 4 >= s.size() || !IsDigit(s[j + 4]))) {
        j += 4;
      }
      const std::size_t groups_end = j;
      if (j + 1 < s.size() && s[j] == '.' && IsDigit(s[j + 1])) {
        ++j;
        while (j < s.size() && IsDigit(s[j])) ++j;
      }
      char small[64];
      const std::size_t most = j - i + 2;  // the bytes, a '-' and a '0' at most
      char* digits = small;
      if (most > sizeof small) {
        long_digits.resize(most);
        digits = &long_digits[0];
      }
      char* d = digits;
      if (sign_len != 0) *d++ = '-';
      if (first_digit == int_end) *d++ = '0';  // ".5", "-.5": a '0' before the '.'
      std::memcpy(d, s.data() + first_digit, int_end - first_digit);
      d += int_end - first_digit;
      for (std::size_t g = int_end; g < groups_end; g += 4) {
        std::memcpy(d, s.data() + g + 1, 3);
        d += 3;
      }
      std::memcpy(d, s.data() + groups_end, j - groups_end);
      d += j - groups_end;
      double v = 0;
      const bool ok = ReadNumber(std::string_view(digits, static_cast<std::size_t>(d - digits)), &v);
      SetNumberToken(&out.emplace_back(), i, j, (ok && std::isfinite(v)) ? v : 0, space, line);
      space = false;
      i = j;
      continue;
    }
    if (IsWordByte(c)) {
      std::size_t j = i;
      while (j < s.size()) {
        const unsigned char b = static_cast<unsigned char>(s[j]);
        if (tables.plain_word[b]) {
          // (Digits are plain bytes: the table first, the digit's test only
          // for a plain byte.)
          if (static_cast<unsigned char>(b - '0') <= 9 && j > i && static_cast<unsigned char>(s[j - 1]) >= 0x80) {
            break;  // a number after a letter past ASCII ("正しくは42")
          }
          ++j;
        } else if (IsWordByte(s[j]) && NonLetterSequence(s, j) == 0) {
          ++j;
        } else {
          break;
        }
      }
      Token& t = out.emplace_back();  // built in place: no Token moved
      t.kind = TokenKind::kWord;
      t.begin = i;
      t.end = j;
      // Copied in one call (into the string's own buffer when short), then
      // lowered in place: cheaper than a push_back per byte. (Appended to
      // the new token's empty norm: append is a shorter call than assign.)
      t.norm.append(s.data() + i, j - i);
      for (char* norm = &t.norm[0], *end = norm + (j - i); norm != end; ++norm) {
        *norm = tables.lower[static_cast<unsigned char>(*norm)];
      }
      // A capital prefix before a small 'b' is bits, not bytes ("800 Mb" is
      // a hundred megabytes): lowering it alone would make it "mb".
      if (j - i == 2 && s[i + 1] == 'b' && (c == 'K' || c == 'M' || c == 'G' || c == 'T' || c == 'P')) {
        t.norm += "it";
      }
      t.space_before = space;
      t.line = line;
      space = false;
      i = j;
      continue;
    }
    std::size_t n = 1;
    if (static_cast<unsigned char>(c) >= 0xC0) {
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    }
    Token& t = out.emplace_back();
    t.kind = TokenKind::kPunct;
    t.begin = i;
    t.end = i + n;
    if (n == 1) {
      t.norm.push_back(c);  // in the string's own buffer: no call into the library
    } else {
      t.norm.assign(s.data() + i, n);
    }
    t.space_before = space;
    t.line = line;
    space = false;
    i += n;
  }
}

std::vector<std::vector<std::string>> SplitSentences(const std::vector<Token>& tokens, bool (*keep)(const Token&)) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> current;
  std::size_t line = 0;
  auto flush = [&] {
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
  };
  for (const Token& t : tokens) {
    if (keep != nullptr && !keep(t)) {
      flush();
      continue;
    }
    if (t.line != line) flush();
    line = t.line;
    if (t.kind == TokenKind::kPunct) {
      if (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == ";") {
        if (t.norm == "?") current.push_back("?");
        flush();
      }
      continue;
    }
    current.push_back(t.norm);
  }
  flush();
  return out;
}

}  // namespace stepcache::checks
