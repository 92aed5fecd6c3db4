// Numbers, literals, bare words and unquoted keys for RepairJson's scanner.
//
// A number is repaired only when the text reads as exactly one number in a
// looser spelling (`+1`, `.5`, `1.`, `2e`); anything more (`1/3`, `0.0.1`,
// `2024-10-18`, `0x1F`, leading zeros as in `007`) is kept as a string, so a
// repair never turns text into a different number.
#include <cstring>
#include <string>

#include <rapidjson/reader.h>

#include "json_repair_internal.h"

namespace stepcache::checks::repair_internal {
namespace {

struct Literal {
  const char* word;
  const char* json;
  RepairKind kind;
};
constexpr Literal kLiterals[] = {
    {"true", "true", RepairKind::kPythonLiteral},   {"false", "false", RepairKind::kPythonLiteral},
    {"null", "null", RepairKind::kPythonLiteral},   {"True", "true", RepairKind::kPythonLiteral},
    {"False", "false", RepairKind::kPythonLiteral}, {"None", "null", RepairKind::kPythonLiteral},
    {"TRUE", "true", RepairKind::kPythonLiteral},   {"FALSE", "false", RepairKind::kPythonLiteral},
    {"NULL", "null", RepairKind::kPythonLiteral},   {"Null", "null", RepairKind::kPythonLiteral},
    {"nil", "null", RepairKind::kPythonLiteral},    {"undefined", "null", RepairKind::kPythonLiteral},
    {"NaN", "null", RepairKind::kNonFiniteNumber},  {"nan", "null", RepairKind::kNonFiniteNumber},
    {"Infinity", "null", RepairKind::kNonFiniteNumber},
    {"inf", "null", RepairKind::kNonFiniteNumber},  {"Inf", "null", RepairKind::kNonFiniteNumber},
};

const Literal* FindLiteral(std::string_view word) {
  for (const Literal& l : kLiterals) {
    if (word == l.word) return &l;
  }
  return nullptr;
}

TokenType LiteralType(std::string_view json) {
  if (json == "true") return TokenType::kTrue;
  if (json == "false") return TokenType::kFalse;
  return TokenType::kNull;
}

}  // namespace

// Unquoted key: identifier characters, digits, `-`, `.`, `+` and UTF-8
// letters. A `"` right after it, before the `:`, is the closing half of a
// key whose opening quote was missed (`{a":1}`).
std::size_t Scanner::KeyWord(std::size_t i) {
  std::size_t j = i;
  while (j < end_) {
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    if (IsAsciiWordChar(c) || c == '-' || c == '.' || c == '+') {
      ++j;
    } else if (c >= 0x80 && !CurlyQuoteAt(text_, j) && !UnicodeSpaceAt(j)) {
      const std::size_t n = Utf8SequenceLength(text_, j);
      if (n == 0) break;
      j += n;
    } else {
      break;
    }
  }
  bool has_name = false;
  for (std::size_t k = i; k < j && !has_name; ++k) {
    has_name = text_[k] != '.' && text_[k] != '-' && text_[k] != '+';
  }
  if (!has_name) return Garbage(i);  // `{"a": 1, ...}`: an ellipsis, not a key
  const Role role = DecideRole(true, false);
  Fix(RepairKind::kUnquotedKey, i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  out_ += '"';
  out_.append(text_.data() + i, j - i);
  out_ += '"';
  KeyDone(token_out);
  if (j < end_ && text_[j] == '"') {
    const std::size_t k = SkipInline(j + 1, false);
    if (k < end_ && text_[k] == ':') return j + 1;
  }
  return j;
}

std::size_t Scanner::Word(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kKey || role == Role::kKeyAfterMissingComma) return KeyWord(i);
  if (role == Role::kNone) return Garbage(i);
  std::size_t j = i;
  while (j < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[j]))) ++j;
  const std::string_view word = text_.substr(i, j - i);
  const bool word_ends = j >= end_ || !(static_cast<unsigned char>(text_[j]) >= 0x80 ||
                                        text_[j] == '-' || text_[j] == '.');
  const Literal* lit = word_ends && !word.empty() ? FindLiteral(word) : nullptr;
  if (!lit && !word.empty() && !IsDigit(static_cast<unsigned char>(word[0]))) {
    // ObjectId("…"), NumberLong(2), ISODate("…"), callback_1({…});
    std::size_t k = j;
    while (k < end_ && (text_[k] == ' ' || text_[k] == '\t')) ++k;
    if (k < end_ && text_[k] == '(') {
      Fix(RepairKind::kCodeWrapper, i, std::string(word.substr(0, 40)));
      ++open_parens_;
      return k + 1;
    }
  }
  std::string completed;
  if (!lit && j >= end_ && !word.empty()) {
    // Cut off inside a literal: `tr` → true.
    for (const char* full : {"true", "false", "null", "True", "False", "None"}) {
      if (std::string_view(full).substr(0, word.size()) == word && word.size() < strlen(full)) {
        completed = full;
        break;
      }
    }
  }
  if (!lit && completed.empty()) return BareString(i);
  Commit(role, i);
  const std::size_t token_out = out_.size();
  if (lit) {
    if (lit->kind == RepairKind::kNonFiniteNumber) {
      Guess(lit->kind, i, MemberPointer(), std::string(word) + " -> null");
    } else if (word != lit->json) {
      Fix(lit->kind, i, std::string(word) + " -> " + lit->json);
    }
    out_ += lit->json;
    ScalarDone(LiteralType(lit->json), token_out, i);
  } else {
    const Literal* full = FindLiteral(completed);
    Guess(RepairKind::kCompleteLiteral, i, MemberPointer(),
          std::string(word) + " -> " + full->json);
    out_ += full->json;
    ScalarDone(LiteralType(full->json), token_out, i);
  }
  return j;
}

// Numbers are normalised to the JSON grammar (`+1`, `.5`, `1.`, `1e`) and
// checked against RapidJSON's own range so the result always parses.
std::size_t Scanner::Number(std::size_t i) {
  const Role role = DecideRole(true, true);
  if (role == Role::kKey || role == Role::kKeyAfterMissingComma) return KeyWord(i);
  if (role == Role::kNone) return Garbage(i);
  std::size_t j = i;
  std::string norm;
  bool fixed = false;
  if (text_[j] == '-' || text_[j] == '+') {
    if (text_[j] == '-') {
      norm += '-';
    } else {
      fixed = true;
    }
    ++j;
  }
  if (j < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[j])) &&
      !IsDigit(static_cast<unsigned char>(text_[j]))) {
    // -Infinity, -NaN, +inf; any other word is text (`-e5`)
    std::size_t k = j;
    while (k < end_ && IsAsciiWordChar(static_cast<unsigned char>(text_[k]))) ++k;
    const Literal* lit = FindLiteral(text_.substr(j, k - j));
    if (lit && lit->kind == RepairKind::kNonFiniteNumber) {
      Commit(role, i);
      Guess(RepairKind::kNonFiniteNumber, i, MemberPointer(),
            std::string(text_.substr(i, k - i)) + " -> null");
      const std::size_t token_out = out_.size();
      out_ += "null";
      ScalarDone(TokenType::kNull, token_out, i);
      return k;
    }
    return BareString(i);
  }
  const std::size_t int_begin = j;
  while (j < end_ && IsDigit(static_cast<unsigned char>(text_[j]))) ++j;
  std::string_view int_digits = text_.substr(int_begin, j - int_begin);
  std::string_view frac_digits;
  bool has_dot = false;
  if (j < end_ && text_[j] == '.') {
    has_dot = true;
    const std::size_t f = ++j;
    while (j < end_ && IsDigit(static_cast<unsigned char>(text_[j]))) ++j;
    frac_digits = text_.substr(f, j - f);
  }
  if (int_digits.empty() && frac_digits.empty()) return Garbage(i);  // a lone sign or dot
  if (int_digits.size() > 1 && int_digits[0] == '0') return BareString(i);  // 007: an id, a code
  if (int_digits.empty()) {
    fixed = true;
    norm += '0';
  } else {
    norm.append(int_digits);
  }
  if (has_dot) {
    if (frac_digits.empty()) {
      fixed = true;
    } else {
      norm += '.';
      norm.append(frac_digits);
    }
  }
  bool has_exp = false;
  if (j < end_ && (text_[j] == 'e' || text_[j] == 'E')) {
    std::size_t k = j + 1;
    if (k < end_ && (text_[k] == '+' || text_[k] == '-')) ++k;
    const std::size_t d = k;
    while (k < end_ && IsDigit(static_cast<unsigned char>(text_[k]))) ++k;
    if (k == d) {
      fixed = true;  // `1e` / `1e+`: the exponent was cut off
    } else {
      has_exp = true;
      norm.append(text_.data() + j, k - j);
    }
    j = k;
  }
  if (j < end_) {
    // More that belongs to the same token: `12ab`, `1/3`, `0.0.1`,
    // `2024-10-18T18:35`, `12:30`, `50%`, `5€` are text, not one number.
    const unsigned char c = static_cast<unsigned char>(text_[j]);
    Quote q;
    if (IsAsciiWordChar(c) || c == '.' || c == '-' || c == '+' || c == ':' || c == '%' ||
        (c == '/' && !(j + 1 < end_ && (text_[j + 1] == '/' || text_[j + 1] == '*'))) ||
        (c >= 0x80 && !UnicodeSpaceAt(j) && !QuoteAt(text_, j, &q))) {
      return BareString(i);
    }
  }
  bool finite = true;
  if (has_exp || int_digits.size() + frac_digits.size() > 300) {
    rapidjson::Reader reader;
    rapidjson::BaseReaderHandler<> ignore;
    rapidjson::StringStream stream(norm.c_str());
    finite = !reader.Parse(stream, ignore).IsError();
  }
  Commit(role, i);
  const std::size_t token_out = out_.size();
  const std::string_view original = text_.substr(i, j - i);
  open_scalar_end_ = j;
  if (!finite) {
    Guess(RepairKind::kNonFiniteNumber, i, MemberPointer(),
          std::string(original.substr(0, 40)) + " -> null");
    out_ += "null";
    ScalarDone(TokenType::kNull, token_out, i);
    return j;
  }
  if (fixed) {
    Fix(RepairKind::kInvalidNumber, i,
        std::string(original.substr(0, 40)) + " -> " + norm.substr(0, 40));
  }
  out_ += norm;
  ScalarDone(TokenType::kNumber, token_out, i);
  return j;
}

}  // namespace stepcache::checks::repair_internal
