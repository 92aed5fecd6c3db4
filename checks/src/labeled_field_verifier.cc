// The "labeled_fields" step verifier: judges each extracted top-level value
// by the evidence the source text gives for it, not only by whether it
// occurs somewhere.
//   * When the text states the member's field ("Age in years: 27", also
//     several on one line: "Name: A | Age: 3"), the value must be that whole
//     value: a truncated "steel" for "steel bolts", the neighbouring line's
//     number, a value from another record all fail.
//   * A value the text states only under other labels ("Room: 41" for age)
//     fails, and so does one that only occurs as a fragment of a longer name
//     ("Berg" of "Jonas Berg") or that is made of filler words ("in").
//   * When the text holds several records, the values must come from the
//     record the instruction selects; when it cannot be read which one, the
//     values cannot be verified and fail (the request ends in a clear error
//     rather than a guess).
// The label of a member is its schema `description` and its name ('_' and
// camelCase read as spaces); a text label matches when one's words hold the
// other's. Members the text gives no field for get no verdict here (the
// grounding check still applies).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <cctype>
#include <set>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json_pointer.h"
#include "verifiers.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

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
// else a unit its own label names ("weight in pounds", "weight_kg"); ""
// when neither names one.
std::string_view AskedUnit(const std::vector<std::string>& instruction, const LabelSets& labels,
                           bool* from_instruction = nullptr) {
  if (from_instruction != nullptr) *from_instruction = true;
  for (std::size_t i = 0; i < instruction.size(); ++i) {
    bool names = false;
    for (const auto& l : labels) {
      for (const std::string& w : l) names = names || (!IsFillerWord(w) && vocab::Singular(instruction[i]) == w);
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
  for (const auto& l : labels) {
    for (const std::string& w : l) {
      std::string_view unit = vocab::UnitOf(w);
      if (!unit.empty() && w.size() > 1) return unit;
    }
  }
  return {};
}

// A stated value that qualifies itself — a correction, a former value, an
// estimate — does not simply state one value.
bool Qualified(const std::vector<Token>& tokens) {
  static const char* const kWords[] = {"not", "no", "was", "were", "formerly", "previously", "now", "anymore",
                                       "until", "since", "moved", "wrong", "actually", "corrected", "correction",
                                       "estimated", "estimate", "approx", "approximately", "about", "around",
                                       "unconfirmed", "or", "later", "replaces", "replaced", "instead", "see"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct && (t.norm == "\xE2\x86\x92" || t.norm == "~" || t.norm == "?")) return true;
    if (t.kind == TokenKind::kPunct && t.norm == "-" && i + 1 < tokens.size() && tokens[i + 1].norm == ">") return true;
    if (t.kind != TokenKind::kWord) continue;
    for (const char* w : kWords) {
      if (t.norm == w) return true;
    }
  }
  return false;
}

enum class Agreement { kSame, kDiffers, kUnreadable };

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
    if (i > 0 && tokens[i - 1].norm == "(" && i + 1 < tokens.size() && tokens[i + 1].norm == ")" && v > 0) v = -v;
    out = v;
  }
  return out;
}

Agreement Compare(const rapidjson::Value& value, const std::string& stated, std::string_view unit = {},
                  bool unit_from_instruction = false) {
  const std::vector<Token> tokens = Tokenize(stated);
  if (value.IsNumber()) {
    // "Load: 12 kg (12000 g)": the number the asked unit follows, if any;
    // else the value must be one of the stated conversions, and which one
    // is not known. Several numbers that are not one quantity in several
    // units ("41 (in 2019; he is 46 now)") state nothing verifiable.
    std::vector<std::pair<double, std::string_view>> numbers;  // value, unit after it
    bool all_units = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::kNumber) continue;
      std::string_view after = i + 1 < tokens.size() ? vocab::UnitOf(tokens[i + 1].norm) : std::string_view();
      numbers.push_back({tokens[i].number, after});
      all_units = all_units && !after.empty();
    }
    if (numbers.empty()) return Agreement::kDiffers;
    if (Qualified(tokens)) return Agreement::kDiffers;
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
    const std::string v = NormalizeText({value.GetString(), value.GetStringLength()});
    if (v == stated || v == Core(stated)) return Agreement::kSame;
    if (Qualified(tokens)) return Agreement::kDiffers;
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

bool Capitalized(std::string_view prompt, const Token& t) {
  return t.kind == TokenKind::kWord && prompt[t.begin] >= 'A' && prompt[t.begin] <= 'Z';
}

// Every occurrence of the string value is glued to a capitalised word of the
// same line: it is a fragment of a longer name.
bool OnlyFragments(const SourceText& s, const std::vector<std::pair<std::size_t, std::size_t>>& occ) {
  if (occ.empty()) return false;
  const std::vector<Token>& t = s.tokens();
  for (const auto& [a, b] : occ) {
    if (!Capitalized(s.prompt(), t[a])) return false;
    if (const Field* f = s.FieldAt(t[a].begin)) {
      if (t[a].begin == f->value_begin && t[b - 1].end == f->value_end) return false;
    }
    const bool before = a > 0 && t[a - 1].line == t[a].line && t[a - 1].in_source && Capitalized(s.prompt(), t[a - 1]) &&
                        !(a > 1 && (t[a - 2].norm == "." || t[a - 2].norm == ":"));
    const bool after = b < t.size() && t[b].line == t[b - 1].line && t[b].in_source && Capitalized(s.prompt(), t[b]);
    if (!before && !after) return false;
  }
  return true;
}

// The words of the source within two words of an occurrence, in the same
// clause (no '.', ',', ';', ':' or line break in between).
using WordList = std::vector<std::string>;  // a handful of words: a vector beats a set

WordList NearWords(const SourceText& s, std::pair<std::size_t, std::size_t> occ) {
  WordList out;
  const std::vector<Token>& t = s.tokens();
  auto stops = [&](std::size_t i, std::size_t line) {
    if (!t[i].in_source || t[i].line != line) return true;
    const std::string& n = t[i].norm;
    return t[i].kind == TokenKind::kPunct && (n == "." || n == "," || n == ";" || n == ":" || n == "|");
  };
  int taken = 0;
  for (std::size_t i = occ.first; i-- > 0 && taken < 2;) {
    if (stops(i, t[occ.first].line)) break;
    if (t[i].kind == TokenKind::kWord) {
      out.push_back(vocab::Singular(t[i].norm));
      ++taken;
    }
  }
  taken = 0;
  for (std::size_t i = occ.second; i < t.size() && taken < 2; ++i) {
    if (stops(i, t[occ.second - 1].line)) break;
    if (t[i].kind == TokenKind::kWord) {
      out.push_back(vocab::Singular(t[i].norm));
      ++taken;
    }
  }
  return out;
}

// Whether `words` hold every word of one of `labels` (`any`: one word of
// one label is enough).
bool Names(const WordList& words, const std::vector<std::vector<std::string>>& labels,
           bool any = false) {
  for (const auto& l : labels) {
    if (l.empty()) continue;
    bool all = true, some = false;
    for (const std::string& w : l) {
      const bool has = std::find(words.begin(), words.end(), w) != words.end();
      all = all && has;
      some = some || (has && !IsFillerWord(w));
    }
    if (all || (any && some)) return true;
  }
  return false;
}

// Whose value an occurrence is by its adjacent words: +1 this member's
// (a word of its label), -1 another member's, 0 neither. The word after is
// read first ("4 adults and 3 children": 3 belongs to children).
int AdjacentNaming(const SourceText& s, std::pair<std::size_t, std::size_t> occ, const LabelSets& own,
                   const LabelSets& others) {
  const std::vector<Token>& t = s.tokens();
  auto judge = [&](std::size_t i) {
    if (i >= t.size() || !t[i].in_source || t[i].kind != TokenKind::kWord) return 0;
    const WordList word = {vocab::Singular(t[i].norm)};
    if (Names(word, own, /*any=*/true)) return 1;
    if (Names(word, others)) return -1;  // another member's whole label, not one word of it
    return 0;
  };
  if (occ.second < t.size() && t[occ.second].line == t[occ.second - 1].line) {
    if (int v = judge(occ.second)) return v;
  }
  if (occ.first > 0 && t[occ.first - 1].line == t[occ.first].line) {
    if (int v = judge(occ.first - 1)) return v;
  }
  return 0;
}

// A boolean stated in prose: the member's label words, negated ("has not
// been paid") or not ("was paid").
StepVerdict JudgeProseBool(const SourceText& s, const std::vector<std::vector<std::string>>& labels, bool value) {
  const std::vector<Token>& t = s.tokens();
  int said_true = 0, said_false = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    // A field's label names the field, it states nothing ("Paid: no").
    if (s.InLabel(i)) continue;
    bool names = false, prefixed = false;
    for (const auto& l : labels) {
      if (l.size() != 1) continue;
      const std::string word = vocab::Singular(t[i].norm);
      names = names || word == l[0];
      prefixed = prefixed || word == "un" + l[0] || word == "non" + l[0];  // "unpaid"
    }
    if (prefixed) {
      ++said_false;
      continue;
    }
    if (!names) continue;
    bool negated = false;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      negated = negated || (t[k].line == t[i].line && (vocab::IsNegation(t[k].norm) || t[k].norm == "t"));
    }
    (negated ? said_false : said_true)++;
  }
  if (said_true > 0 && said_false > 0) return {};
  if (said_true == 0 && said_false == 0) return {};
  if ((said_true > 0) == value) return {true, "the text states it in words"};
  return {false, std::string("the text states it as ") + (value ? "false" : "true")};
}

// A mention preceded by a denial ("not 29", "was 70 kg", "formerly Oslo")
// or struck through ("~~41~~") does not state the value.
bool Denied(const SourceText& s, std::pair<std::size_t, std::size_t> occ) {
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = occ.first; i-- > 0 && i + 3 > occ.first;) {
    if (t[i].line != t[occ.first].line) break;
    const std::string& n = t[i].norm;
    if (n == "not" || n == "was" || n == "were" || n == "formerly" || n == "previously" || n == "~" ||
        n == "longer" || n == "ex" || n == "instead") {
      return true;
    }
    if (t[i].kind == TokenKind::kPunct && n != "(" && n != "-") break;
  }
  return occ.second < t.size() && t[occ.second].norm == "~";
}

// A field about a former or other state ("Previous home", "Ex-employer").
bool FormerField(const Field& f) {
  for (const std::string& w : f.label_words) {
    if (w == "previous" || w == "former" || w == "old" || w == "ex" || w == "prior" || w == "past" ||
        w == "earlier" || w == "was") {
      return true;
    }
  }
  return false;
}

// A field the instruction points at by its label ("... of his wife" ->
// "Wife: Eva Berg, 39, lives in Oslo too") that names no member itself: the
// values must come from it.
const Field* SelectorField(const SourceText& source, const MemberLabelTable& table) {
  std::vector<std::string> member_words;
  table.AppendAllWords(&member_words);
  const Field* found = nullptr;
  for (const Field& f : source.fields()) {
    if (f.value.empty()) continue;
    bool names_member = false;
    for (const std::string& w : f.label_words) {
      names_member = names_member || std::find(member_words.begin(), member_words.end(), w) != member_words.end();
    }
    if (names_member) continue;
    auto in_label = [&](const std::string& w) {
      for (const std::string& l : f.label_words) {
        if (vocab::Canonical(l) == vocab::Canonical(w)) return true;
      }
      return false;
    };
    // Pointed at as an entity: "of his wife", "for the manager", "the
    // applicant's" — not merely named as something to extract.
    bool pointed = false;
    const std::vector<std::string>& iw = source.instruction_words();
    for (std::size_t i = 0; i < iw.size(); ++i) {
      const std::string w = vocab::Singular(iw[i]);
      if (IsFillerWord(w) || vocab::IsInstructionWord(w)) continue;
      if (!in_label(w)) continue;  // "the recipient's" points at "To:"
      bool entity = i + 1 < iw.size() && iw[i + 1] == "s";
      for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
        entity = entity || iw[k] == "of" || iw[k] == "for" || iw[k] == "about";
      }
      pointed = pointed || entity;
    }
    if (!pointed) continue;
    if (found != nullptr && found != &f) return nullptr;  // several: not one entity
    found = &f;
  }
  return found;
}

// Qualifiers the instruction puts on the member ("his city of birth", "the
// previous address"): qualifier words within three words of one of its
// label words.
std::vector<std::string> InstructionQualifiers(const std::vector<std::string>& words, const LabelSets& labels) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool names = false;
    for (const auto& l : labels) {
      for (const std::string& w : l) names = names || (!IsFillerWord(w) && vocab::Singular(words[i]) == w);
    }
    if (!names) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < words.size() && k <= i + 3; ++k) {
      const std::string w(vocab::Canonical(vocab::Singular(words[k])));
      if (k == i || !vocab::IsQualifier(w) || w == "no" || w == "not" || w == "other") continue;
      // "the first record's name" selects a record; "first name" qualifies.
      if (vocab::OrdinalValue(w) != 0 || w == "given" || w == "family" || w == "middle") {
        if (!(k + 1 == i && vocab::Singular(words[i]) == "name")) continue;
      }
      out.push_back(w);
    }
  }
  return out;
}

// Among several fields naming the member, those the instruction points at:
// a word of the instruction (not of the member's own labels) in their label
// ("the recipient's name" -> "Recipient name"), not negated; all of them
// when the instruction points at none.
std::vector<const Field*> Selected(const SourceText& source, const std::vector<const Field*>& named,
                                   const LabelSets& labels) {
  const std::vector<std::string>& words = source.instruction_words();
  std::vector<const Field*> picked, avoided;
  for (const Field* f : named) {
    bool wanted = false, negated = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string w = vocab::Singular(words[i]);
      if (IsFillerWord(w) || vocab::IsInstructionWord(w)) continue;
      bool own = false;
      for (const auto& l : labels) own = own || std::find(l.begin(), l.end(), w) != l.end();
      if (own || std::find(f->label_words.begin(), f->label_words.end(), w) == f->label_words.end()) continue;
      bool neg = false;
      for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) neg = neg || vocab::IsNegation(words[k]);
      (neg ? negated : wanted) = true;
    }
    if (wanted && !negated) picked.push_back(f);
    if (negated) avoided.push_back(f);
  }
  if (!picked.empty()) return picked;
  if (!avoided.empty()) {
    std::vector<const Field*> rest;
    for (const Field* f : named) {
      if (std::find(avoided.begin(), avoided.end(), f) == avoided.end()) rest.push_back(f);
    }
    return rest;
  }
  return named;
}

// A field whose label is the member's label negated ("Non-smoker",
// "Inactive", "Not paid"): the truth value it states, inverted.
std::optional<bool> NegatedField(const SourceText& source, const LabelSets& labels,
                                 std::optional<std::size_t> record) {
  for (const Field& f : source.fields()) {
    if (f.value.empty() || (record && f.record != *record)) continue;
    std::vector<std::string> rest;
    bool negation = false;
    for (const std::string& w : f.label_words) {
      if (w == "non" || w == "not" || w == "no") negation = true;
      else rest.push_back(w);
    }
    for (std::string& w : rest) {
      for (const char* prefix : {"non", "un", "in", "dis"}) {
        const std::string p(prefix);
        if (w.size() > p.size() + 2 && w.compare(0, p.size(), p) == 0) {
          for (const auto& l : labels) {
            if (l.size() == 1 && w.substr(p.size()) == l[0]) {
              w = l[0];
              negation = true;
            }
          }
        }
      }
    }
    if (!negation) continue;
    std::sort(rest.begin(), rest.end());
    bool names = false;
    for (const auto& l : labels) names = names || l == rest;
    bool b = false;
    if (names && ReadBool(Core(f.value), &b)) return !b;
  }
  return std::nullopt;
}

// Numbers stated right beside one of the member's label words outside any
// field label: "age 34", "suite 33", "58 years", "3 children".
std::vector<double> LabelAdjacentNumbers(const SourceText& s, const LabelSets& labels,
                                         std::optional<std::size_t> record) {
  std::vector<double> out;
  const std::vector<Token>& t = s.tokens();
  // Only the member's one-word labels, in canonical form, are looked for.
  std::vector<std::string_view> wanted;
  for (const auto& l : labels) {
    if (l.size() == 1) wanted.push_back(vocab::Canonical(l[0]));
  }
  if (wanted.empty()) return out;
  auto names = [&](const Token& k) {
    if (k.kind != TokenKind::kWord || !k.in_source) return false;
    const std::string singular = vocab::Singular(k.norm);
    const std::string_view w = vocab::Canonical(singular);
    return std::find(wanted.begin(), wanted.end(), w) != wanted.end();
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!names(t[i])) continue;
    if (s.InLabel(i) || (record && s.RecordAt(t[i].begin) != *record)) continue;
    std::size_t j = i + 1;
    while (j < t.size() && j <= i + 2 && t[j].line == t[i].line &&
           (t[j].norm == "is" || t[j].norm == "of" || t[j].norm == "=" || t[j].norm == "no" || t[j].norm == "#" ||
            t[j].norm == ":")) {
      ++j;
    }
    if (j < t.size() && t[j].line == t[i].line && t[j].kind == TokenKind::kNumber && !Denied(s, {j, j + 1})) {
      out.push_back(t[j].number);
    }
    if (i > 0 && t[i - 1].line == t[i].line && t[i - 1].kind == TokenKind::kNumber && !Denied(s, {i - 1, i})) {
      out.push_back(t[i - 1].number);
    }
  }
  return out;
}

// Words in the instruction that ask for the value changed ("in upper
// case", "double", "after tomorrow's birthday"), unless they name a member.
bool TransformationAsked(const SourceText& source, const LabelSets& labels) {
  static const char* const kWords[] = {"upper", "uppercase", "lower", "lowercase", "capital", "capitals",
                                       "capitalized", "capitalised", "capitalize", "capitalise", "reverse",
                                       "reversed", "abbreviate", "abbreviated", "initials", "translate",
                                       "translated", "plus", "minus", "double", "doubled", "twice", "half",
                                       "halve", "triple", "surname", "sum", "average", "difference", "convert",
                                       "converted", "round", "rounded", "negate", "opposite", "after", "tomorrow",
                                       "yesterday", "next", "increment", "increase", "decrease"};
  for (const std::string& w : source.instruction_words()) {
    for (const char* k : kWords) {
      if (w != k) continue;
      bool own = false;
      for (const auto& l : labels) own = own || std::find(l.begin(), l.end(), vocab::Singular(w)) != l.end();
      if (!own) return true;
    }
  }
  return false;
}

class LabeledFieldVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "labeled_fields"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>*) const override {
    if (context.json == nullptr || !context.json->IsObject()) return;
    const SourceText& source = context.Source();
    const Field* selector = SelectorField(source, context.Labels());
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& s = steps[i];
      if (s.kind != grammars::StepKind::kMember || s.pointer.size() < 2 ||
          s.pointer.find('/', 1) != std::string::npos) {
        continue;
      }
      auto tokens = SplitPointer(s.pointer);
      if (!tokens || tokens->size() != 1) continue;
      const std::string& key = tokens->front();
      auto member = context.json->FindMember(rapidjson::StringRef(key.data(), key.size()));
      if (member == context.json->MemberEnd()) continue;
      StepVerdict v = Judge(source, key, member->value, context.Labels(), selector);
      if (v.pass.has_value()) MergeVerdict(&(*verdicts)[i], v);
    }
  }

 private:
  static StepVerdict Judge(const SourceText& source, const std::string& key, const rapidjson::Value& value,
                           const MemberLabelTable& table, const Field* selector) {
    if (!(value.IsString() || value.IsNumber() || value.IsBool())) return {};
    if (source.records().size() <= 1 && source.selects_a_record()) {
      return {false, "the request selects one record, but the text marks no records to tell them apart"};
    }
    if (source.ambiguous_records()) {
      return {false, "the text holds " + std::to_string(source.records().size()) +
                         " records and the request does not say which one to extract"};
    }
    LabelSets scratch;
    const LabelSets& labels = table.Own(key, &scratch);
    std::optional<std::size_t> record;
    if (source.records().size() > 1) record = source.selected_record();
    // The fields that name this member, best match first.
    int best = 0;
    std::vector<const Field*> named;
    for (const Field& f : source.fields()) {
      if (f.value.empty() || (record && f.record != *record)) continue;
      int score = 0;
      for (const auto& l : labels) score = std::max(score, LabelMatch(f.label_words, l));
      if (score == 0) continue;
      if (score > best) {
        best = score;
        named.clear();
      }
      if (score == best) named.push_back(&f);
    }
    if (TransformationAsked(source, labels)) {
      return {false, "the instruction asks for the value changed in a way the checks cannot verify"};
    }
    bool in_selector = false;  // the value is in the field the request points at
    if (selector != nullptr) {
      // The request is about that field's entity: the value must be in it.
      const std::vector<std::pair<std::size_t, std::size_t>> in =
          value.IsString() ? source.FindInSource({value.GetString(), value.GetStringLength()})
          : value.IsNumber() ? source.FindNumberInSource(value.GetDouble())
                             : std::vector<std::pair<std::size_t, std::size_t>>{};
      bool inside = false;
      for (const auto& o : in) {
        const std::size_t b = source.tokens()[o.first].begin;
        inside = inside || (b >= selector->value_begin && b < selector->value_end);
      }
      in_selector = inside;
      if (!inside && !value.IsBool()) {
        return {false, "the request points at \"" + selector->label + ": " + selector->value +
                           "\" and this value is not in it"};
      }
    }
    // A member more specific than a field ("first name", "city of birth",
    // the instruction's "his city of birth") is not that field's whole value.
    {
      std::vector<std::string> extra = InstructionQualifiers(source.instruction_words(), labels);
      for (const auto& l : labels) {
        for (const std::string& w : l) {
          if (vocab::IsQualifier(w) || w == "first" || w == "last" || w == "given" || w == "family" || w == "middle") {
            extra.push_back(w);
          }
        }
      }
      if (!in_selector && !extra.empty() && (value.IsString() || value.IsNumber())) {
        const std::string v = value.IsString() ? NormalizeText({value.GetString(), value.GetStringLength()})
                                               : CanonicalNumber(value.GetDouble());
        for (const Field& f : source.fields()) {
          if (f.value.empty() || (record && f.record != *record)) continue;
          bool has_extra = false;
          for (const std::string& w : extra) {
            has_extra = has_extra || std::find(f.label_words.begin(), f.label_words.end(), w) != f.label_words.end();
          }
          if (has_extra) continue;
          bool general = false;
          for (const auto& l : labels) {
            for (const std::string& w : l) {
              general = general || (!IsFillerWord(w) &&
                                    std::find(f.label_words.begin(), f.label_words.end(), w) != f.label_words.end());
            }
          }
          std::string stated = f.value;
          if (value.IsNumber()) {
            std::optional<double> n = StatedNumber(Tokenize(f.value));
            stated = n ? CanonicalNumber(*n) : "";
          }
          if (general && stated == v) {
            return {false, "the request asks for its " + extra.front() + " one; the text's \"" + f.label +
                               "\" is another"};
          }
        }
      }
    }
    if (in_selector) named.clear();  // fields about someone else
    if (named.size() > 1) named = Selected(source, named, labels);
    if (!named.empty()) {
      bool same_values = true;
      for (const Field* f : named) same_values = same_values && f->value == named.front()->value;
      if (!same_values) {
        return {false, "the text states several values for it (" + named[0]->label + ": " + named[0]->value + "; " +
                           named[1]->label + ": " + named[1]->value + ") and the request does not say which"};
      }
      const Field& f = *named.front();
      bool unit_from_instruction = false;
      const std::string_view unit = AskedUnit(source.instruction_words(), labels, &unit_from_instruction);
      switch (Compare(value, f.value, unit, unit_from_instruction)) {
        case Agreement::kSame:
          if (value.IsNumber()) {
            // "Age: 40" and later "the age is 42": the text disagrees with itself.
            for (double said : LabelAdjacentNumbers(source, labels, record)) {
              if (said != value.GetDouble()) {
                return {false, "the text also states it as " + CanonicalNumber(said)};
              }
            }
          }
          return {true, "matches the text's \"" + f.label + "\" field"};
        case Agreement::kDiffers:
          return {false, "the text states " + f.label + ": " + f.value};
        case Agreement::kUnreadable:
          break;
      }
    }
    if (value.IsBool()) {
      // "Non-smoker: no" states smoker = true.
      if (std::optional<bool> inverted = NegatedField(source, labels, record)) {
        if (*inverted == value.GetBool()) return {true, "the text states its negation"};
        return {false, std::string("the text states it as ") + (*inverted ? "true" : "false")};
      }
      return JudgeProseBool(source, labels, value.GetBool());
    }
    if (value.IsNumber()) {
      // "born 1990, age 34", "suite 33": a number right beside the member's
      // label word is what the text says it is.
      std::vector<double> said = LabelAdjacentNumbers(source, labels, record);
      if (!said.empty() && std::find(said.begin(), said.end(), value.GetDouble()) == said.end()) {
        return {false, "the text states it as " + CanonicalNumber(said.front())};
      }
    }
    if (value.IsString()) {
      std::string_view text(value.GetString(), value.GetStringLength());
      std::vector<Token> words = Tokenize(text);
      bool filler = !words.empty();
      for (const Token& t : words) filler = filler && (t.kind == TokenKind::kPunct || IsFillerWord(t.norm));
      if (filler) return {false, "\"" + std::string(text) + "\" is not a value the text gives"};
    }
    std::vector<std::pair<std::size_t, std::size_t>> occ =
        value.IsString() ? source.FindInSource({value.GetString(), value.GetStringLength()})
        : value.IsNumber() ? source.FindNumberInSource(value.GetDouble())
                           : std::vector<std::pair<std::size_t, std::size_t>>{};
    if (occ.empty()) return {};
    const std::vector<Token>& t = source.tokens();
    if (record) {
      bool in_record = false;
      for (const auto& o : occ) in_record = in_record || source.RecordAt(t[o.first].begin) == *record;
      if (!in_record) return {false, "the value comes from a record the request does not select"};
    }
    // Stated only under other labels, or only beside another member's name?
    const LabelSets& others = table.Others(key);
    bool all_other = true;
    std::string other;
    for (const auto& o : occ) {
      // "not 29", "was 70 kg", "~~41~~" anywhere: the text contests the value.
      if (Denied(source, o)) {
        const std::size_t from = o.first >= 2 ? o.first - 2 : 0;
        return {false, "the text denies or replaces this value (\"" +
                           std::string(source.prompt().substr(t[from].begin, t[o.second - 1].end - t[from].begin)) +
                           "\")"};
      }
    }
    for (const auto& o : occ) {
      // "not 29", "was 70 kg", "~~41~~": the text contests the value.
      if (Denied(source, o)) {
        return {false, "the text denies or replaces this value (\"" + std::string(source.prompt().substr(
                           t[o.first >= 2 ? o.first - 2 : 0].begin, t[o.second - 1].end - t[o.first >= 2 ? o.first - 2 : 0].begin)) +
                           "\")"};
      }
      const Field* f = source.FieldAt(t[o.first].begin);
      // A field whose value is this value alone (a unit may follow) states
      // it; a value inside a longer field value ("2 adults and 2 children")
      // is read like prose.
      std::size_t field_tokens = 0;
      if (f != nullptr) {
        for (const Token& k : Tokenize(f->value)) field_tokens += k.kind != TokenKind::kPunct;
      }
      int own_score = 0, other_score = 0;
      if (f != nullptr) {
        for (const auto& l : labels) own_score = std::max(own_score, LabelMatch(f->label_words, l));
        for (const auto& l : others) other_score = std::max(other_score, LabelMatch(f->label_words, l));
      }
      if (f != nullptr && own_score == 0 && FormerField(*f)) {
        other = f->label;  // "Previous home: Porto" states no current value
        continue;
      }
      if (f != nullptr && own_score == 0 && other_score > 0) {
        other = f->label;  // inside another member's field: the 2024 of "Date: 2024-05-18"
        continue;
      }
      if (f != nullptr && field_tokens <= (o.second - o.first) + 1) {
        if (own_score > 0) {
          all_other = false;
          break;
        }
        // A label that names no member ("Customer: Ann Lee" for full_name)
        // is only evidence against a number or a truth value.
        if (value.IsString()) {
          all_other = false;
          break;
        }
        other = f->label;
        continue;
      }
      // The word right after a number ("3 children") or right before a
      // value ("aged 41") says whose it is before any wider context does.
      const int adjacent = AdjacentNaming(source, o, labels, others);
      if (adjacent > 0) {
        all_other = false;
        break;
      }
      if (adjacent < 0) {
        other = "another field's words";
        continue;
      }
      const WordList near = NearWords(source, o);
      if (Names(near, labels, /*any=*/true) || !Names(near, others)) {
        all_other = false;
        break;
      }
      other = "another field's words";
    }
    if (all_other) return {false, "the text states this value as \"" + other + "\", not as " + key};
    if (value.IsString() && OnlyFragments(source, occ)) {
      return {false, "\"" + std::string(value.GetString()) + "\" is only part of a longer name in the text"};
    }
    return {};
  }
};

}  // namespace

std::unique_ptr<StepVerifier> MakeLabeledFieldVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<LabeledFieldVerifier>();
}

}  // namespace stepcache::checks::internal
