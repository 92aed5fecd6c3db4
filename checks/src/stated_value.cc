#include "stated_value.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <unordered_set>

#include "vocabulary.h"

namespace stepcache::checks::internal {

bool ReadBool(const std::string& stated, bool* value) {
  static const char* const kTrue[] = {"true", "yes", "y", "paid", "active", "enabled", "available", "confirmed",
                                      "in stock", "complete", "completed", "on"};
  static const char* const kFalse[] = {"false", "no", "n", "unpaid", "not paid", "inactive", "disabled",
                                       "unavailable", "out of stock", "pending", "none", "off", "never",
                                       "not yet", "no longer"};
  for (const char* t : kTrue) {
    if (stated == t) return *value = true, true;
  }
  for (const char* f : kFalse) {
    if (stated == f) return *value = false, true;
  }
  return false;
}

// The stated value without surrounding quotes.
std::string Core(std::string stated) {
  if (stated.size() >= 2 && (stated.front() == '"' || stated.front() == '\'') && stated.back() == stated.front()) {
    stated = stated.substr(1, stated.size() - 2);
  }
  return stated;
}

// The unit a member is asked in: the instruction's "the load in kilograms"
// (the first unit within four words after one of the member's label words),
// else a unit its own label names ("weight in pounds", "weight_kg"), else
// years for an age; "" when none of these names one.
std::string_view AskedUnit(const SourceText& source, const MemberLabelTable::Entry& member,
                           bool* from_instruction) {
  if (from_instruction != nullptr) *from_instruction = true;
  const std::vector<std::string>& instruction = source.instruction_words();
  const std::vector<std::string>& singulars = source.instruction_singular();
  for (std::size_t i = 0; i < instruction.size(); ++i) {
    bool names = false;
    const std::string& singular = singulars[i];
    for (const auto& l : member.own) {
      for (const std::string& w : l) names = names || (singular == w && !IsFillerWord(w));
    }
    if (!names) continue;
    for (std::size_t k = i + 1; k < instruction.size() && k <= i + 4; ++k) {
      if (instruction[k - 1] == "in" || instruction[k - 1] == "as") {
        std::string_view unit = vocab::UnitOf(instruction[k]);
        if (!unit.empty()) return unit;
      }
    }
  }
  if (from_instruction != nullptr) *from_instruction = false;
  return member.unit;
}

// A stated value that qualifies itself — a correction, a former value, an
// estimate — does not simply state one value.
bool Qualified(const std::vector<Token>& tokens) {
  static const vocab::WordSet kWords = {
      "not", "no", "was", "were", "formerly", "previously", "now", "anymore", "until", "since", "moved", "wrong",
      "actually", "corrected", "correction", "estimated", "estimate", "approx", "approximately", "about", "around",
      "unconfirmed", "or", "later", "replaces", "replaced", "instead", "see", "over", "under", "than", "least",
      "most", "ago", "last", "nearly", "almost", "roughly", "maybe", "probably", "between", "should", "maiden",
      "nee", "alias", "aka"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    using namespace std::string_view_literals;
    if (t.kind == TokenKind::kPunct && (t.norm == "\xE2\x86\x92"sv || t.norm == "~"sv || t.norm == "?"sv)) return true;
    if (t.kind == TokenKind::kPunct && t.norm == "-"sv && i + 1 < tokens.size() && tokens[i + 1].norm == ">"sv) return true;
    if (t.kind == TokenKind::kWord && kWords.count(t.norm) != 0) return true;
  }
  return false;
}


// Whether every word beside the one number of a stated value is its unit, a
// multiplier, a currency code or the "old" of "34 years old" — before the
// number only a currency or "minus", and no prime glued after it.
bool OnlyNumberWords(const std::vector<Token>& tokens) {
  static const vocab::WordSet kWords = {
      "k", "thousand", "m", "mn", "mio", "million", "millions", "b", "bn", "billion", "minus", "eur", "usd",
      "gbp", "nok", "sek", "dkk", "chf", "jpy", "cny", "inr", "aud", "cad", "nzd", "pln", "czk", "brl", "zar"};
  std::size_t number = tokens.size();
  for (std::size_t i = 0; i < tokens.size() && number == tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kNumber) number = i;
  }
  // A prime glued after it ("3'", "90\"", "90\u2032"): minutes, seconds,
  // feet or inches, no plain count.
  if (number + 1 < tokens.size() && !tokens[number + 1].space_before) {
    const std::string& n = tokens[number + 1].norm;
    if (n == "'" || n == "\"" || n == "\xE2\x80\xB2" || n == "\xE2\x80\xB3") return false;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // Before the number only a currency ("EUR 40", "kr 300"): "min. 3",
    // "Min 40", "hrs 40" say a minimum or some other thing of it.
    if (t.kind == TokenKind::kWord && i < number && kWords.count(t.norm) == 0 && !vocab::IsCurrencyCode(t.norm) &&
        !vocab::IsCurrencyWord(t.norm)) {
      return false;
    }
    if (t.kind != TokenKind::kWord || kWords.count(t.norm) != 0 || !vocab::UnitOf(t.norm).empty()) continue;
    if (t.norm == "old" && i > 0 && vocab::UnitOf(tokens[i - 1].norm) == "yr") continue;
    // "4.2e3": the exponent glued to the number.
    if (!t.space_before && t.norm.size() > 1 && t.norm[0] == 'e' && std::isdigit(static_cast<unsigned char>(t.norm[1]))) continue;
    return false;
  }
  return true;
}

// The number a stated value means: "42.00k" is 42000, "(42.00)" and
// "42.00-" and "minus 42" are negative, "4.2e3" is 4200. nullopt when it
// holds no number or several.
std::optional<double> StatedNumber(const std::vector<Token>& tokens) {
  std::optional<double> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kNumber) continue;
    if (out) return std::nullopt;
    double v = tokens[i].number;
    if (i + 1 < tokens.size()) {
      const std::string& next = tokens[i + 1].norm;
      const bool glued = !tokens[i + 1].space_before;
      if (next == "k" || next == "thousand") v *= 1e3;
      else if (next == "m" || next == "mn" || next == "mio" || next == "million" || next == "millions") v *= 1e6;
      else if (next == "b" || next == "bn" || next == "billion") v *= 1e9;
      else if (glued && next.size() > 1 && next[0] == 'e' && std::isdigit(static_cast<unsigned char>(next[1]))) {
        v *= std::pow(10.0, std::atof(next.c_str() + 1));
      } else if (glued && next == "-") {
        v = -v;  // a trailing minus: a debit
      }
    }
    if (i > 0 && tokens[i - 1].norm == "minus") v = -v;
    // A sign set apart at the value's start: "- 1,250.00", "\u2212 40",
    // the Dutch "-/- 1.250".
    const auto dash = [&](std::size_t k) { return tokens[k].norm == "-" || tokens[k].norm == "\u2212"; };
    if ((i == 1 && dash(0) && tokens[1].space_before) ||
        (i == 3 && dash(0) && tokens[1].norm == "/" && dash(2) && tokens[3].space_before)) {
      v = -v;
    }
    if (i > 0 && tokens[i - 1].norm == "(" && i + 1 < tokens.size() && tokens[i + 1].norm == ")" && v > 0) v = -v;
    out = v;
  }
  return out;
}

Agreement Compare(const rapidjson::Value& value, const std::string& stated, std::string_view unit,
                  bool unit_from_instruction) {
  return Compare(value, stated, Tokenize(stated), unit, unit_from_instruction);
}

Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction) {
  return Compare(value, stated, tokens, unit, unit_from_instruction, nullptr);
}

Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction, const std::string* normalized) {
  return Compare(value, stated, tokens, unit, unit_from_instruction, normalized, std::nullopt);
}

Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction, const std::string* normalized,
                  std::optional<bool> qualified) {
  // Qualified(tokens), read when first needed unless the caller knows it.
  auto is_qualified = [&] {
    if (!qualified) qualified = Qualified(tokens);
    return *qualified;
  };
  if (value.IsNumber()) {
    // "Load: 12 kg (12000 g)": the number the asked unit follows, if any;
    // else the value must be one of the stated conversions, and which one
    // is not known. Several numbers that are not one quantity in several
    // units ("41 (in 2019; he is 46 now)") state nothing verifiable.
    std::vector<std::pair<double, std::string_view>> numbers;  // value, unit after it
    bool all_units = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::kNumber) continue;
      std::string_view after = i + 1 >= tokens.size()          ? std::string_view()
                               : tokens[i + 1].norm == "%"  ? std::string_view("%")  // "15%"
                                                            : vocab::UnitOf(tokens[i + 1].norm);
      numbers.push_back({tokens[i].number, after});
      all_units = all_units && !after.empty();
    }
    if (numbers.empty()) return Agreement::kDiffers;
    if (is_qualified()) return Agreement::kDiffers;
    // Other words beside a single number ("34 (her mother's age)", "over
    // 34") say something about it: it is not stated plainly.
    if (numbers.size() == 1 && !OnlyNumberWords(tokens)) return Agreement::kDiffers;
    if (!unit.empty()) {
      bool any_unit = false;
      for (const auto& [n, u] : numbers) {
        if (u == unit) return n == value.GetDouble() ? Agreement::kSame : Agreement::kDiffers;
        any_unit = any_unit || !u.empty();
      }
      // Asked in a unit the text does not give ("the age in months" of
      // "Age: 41"): no conversion is verified.
      if (any_unit || unit_from_instruction) return Agreement::kDiffers;
    }
    if (numbers.size() > 1) {
      if (!all_units) return Agreement::kDiffers;
      for (const auto& [n, u] : numbers) {
        if (n == value.GetDouble()) return Agreement::kUnreadable;
      }
      return Agreement::kDiffers;
    }
    std::optional<double> meant = StatedNumber(tokens);
    return meant && *meant == value.GetDouble() ? Agreement::kSame : Agreement::kDiffers;
  }
  if (value.IsString()) {
    std::string own;
    if (normalized == nullptr) own = NormalizeText({value.GetString(), value.GetStringLength()});
    const std::string& v = normalized != nullptr ? *normalized : own;
    // v == Core(stated), without copying `stated`.
    const bool quoted = stated.size() >= 2 && (stated.front() == '"' || stated.front() == '\'') &&
                        stated.back() == stated.front();
    if (v == stated || (quoted && std::string_view(v) == std::string_view(stated).substr(1, stated.size() - 2))) {
      return Agreement::kSame;
    }
    if (is_qualified()) return Agreement::kDiffers;
    // One whole component of a compound value ("Acme Ltd." of "Acme Ltd.,
    // 4 Main St"): another member may hold the rest, so no verdict; a cut
    // inside a component ("steel" of "steel bolts") is wrong.
    auto boundary = [&](std::size_t at) {
      if (at == 0 || at >= stated.size()) return true;
      const char before = stated[at - 1], here = stated[at];
      return before == ',' || before == ';' || before == '(' || before == '/' || here == ',' || here == ';' ||
             here == ')' || here == '/' || (before == ' ' && (at < 2 || stated[at - 2] == ',' || stated[at - 2] == '-')) ||
             (here == ' ' && at + 1 < stated.size() && (stated[at + 1] == '(' || stated[at + 1] == '-')) ||
             (here == '.' && (at + 1 == stated.size() || stated[at + 1] == ',' || stated[at + 1] == ';'));
    };
    for (std::size_t at = stated.find(v); at != std::string::npos; at = stated.find(v, at + 1)) {
      if (boundary(at) && boundary(at + v.size())) return Agreement::kUnreadable;
    }
    return Agreement::kDiffers;
  }
  if (value.IsBool()) {
    // A truth value the field does not state plainly cannot be verified.
    bool b = false;
    if (!ReadBool(Core(stated), &b)) return Agreement::kDiffers;
    return b == value.GetBool() ? Agreement::kSame : Agreement::kDiffers;
  }
  return Agreement::kUnreadable;
}

}  // namespace stepcache::checks::internal
