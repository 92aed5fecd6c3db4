#include "field_context.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

#include "stated_value.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

bool Capitalized(std::string_view prompt, const Token& t) {
  return t.kind == TokenKind::kWord && prompt[t.begin] >= 'A' && prompt[t.begin] <= 'Z';
}

}  // namespace

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
bool Names(const WordList& words, const std::vector<std::vector<std::string>>& labels, bool any) {
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
namespace {

// The one field, naming no member, whose label a word of the instruction
// names in the context `said` accepts ("of his wife", "not the sender");
// nullptr for none or several. Labels compare through synonyms ("the
// recipient's" names "To:").
template <typename Context>
const Field* FieldNamedAs(const SourceText& source, const MemberLabelTable& table, Context said) {
  std::vector<std::string> member_words;
  table.AppendAllWords(&member_words);
  const std::vector<std::string>& iw = source.instruction_words();
  const Field* found = nullptr;
  for (const Field& f : source.fields()) {
    if (f.value.empty()) continue;
    bool names_member = false;
    for (const std::string& w : f.label_words) {
      names_member = names_member || std::find(member_words.begin(), member_words.end(), w) != member_words.end();
    }
    if (names_member) continue;
    bool named = false;
    for (std::size_t i = 0; i < iw.size() && !named; ++i) {
      const std::string w = vocab::Singular(iw[i]);
      if (IsFillerWord(w) || vocab::IsInstructionWord(w)) continue;
      bool in_label = false;
      for (const std::string& l : f.label_words) in_label = in_label || vocab::Canonical(l) == vocab::Canonical(w);
      named = in_label && said(iw, i);
    }
    if (!named) continue;
    if (found != nullptr && found != &f) return nullptr;  // several: not one entity
    found = &f;
  }
  return found;
}

// Whether one of the three words before `i` is one of `words`.
bool Preceded(const std::vector<std::string>& iw, std::size_t i, std::initializer_list<std::string_view> words) {
  for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
    for (std::string_view w : words) {
      if (iw[k] == w) return true;
    }
  }
  return false;
}

}  // namespace

const Field* SelectorField(const SourceText& source, const MemberLabelTable& table) {
  // Pointed at as an entity: "of his wife", "for the manager", "the
  // applicant's" — not merely named as something to extract.
  return FieldNamedAs(source, table, [](const std::vector<std::string>& iw, std::size_t i) {
    return (i + 1 < iw.size() && iw[i + 1] == "s") || Preceded(iw, i, {"of", "for", "about"});
  });
}

const Field* ExcludedField(const SourceText& source, const MemberLabelTable& table) {
  return FieldNamedAs(source, table, [](const std::vector<std::string>& iw, std::size_t i) {
    return Preceded(iw, i, {"not", "except", "excluding", "than"});
  });
}

std::size_t CountInField(const SourceText& source, const std::vector<TokenSpan>& occ, const Field& field) {
  std::size_t n = 0;
  for (const TokenSpan& o : occ) {
    const std::size_t b = source.tokens()[o.first].begin;
    n += b >= field.value_begin && b < field.value_end;
  }
  return n;
}

std::vector<TokenSpan> ValueOccurrences(const SourceText& source, const rapidjson::Value& value) {
  if (value.IsString()) return source.FindInSource({value.GetString(), value.GetStringLength()});
  if (value.IsNumber()) return source.FindNumberInSource(value.GetDouble());
  return {};
}

// Qualifiers the instruction puts on the member ("his city of birth", "the
// previous address"): qualifier words within three words of one of its
// label words.
std::vector<std::string> InstructionQualifiers(const std::vector<std::string>& words, const LabelSets& labels) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool names = false;
    const std::string singular = vocab::Singular(words[i]);
    for (const auto& l : labels) {
      for (const std::string& w : l) names = names || (singular == w && !IsFillerWord(w));
    }
    if (!names) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < words.size() && k <= i + 3; ++k) {
      const std::string w(vocab::Canonical(vocab::Singular(words[k])));
      if (k == i || !vocab::IsQualifier(w) || w == "no" || w == "not" || w == "other") continue;
      // "the first record's name" selects a record; "first name" qualifies.
      if (vocab::OrdinalValue(w) != 0 || w == "given" || w == "family" || w == "middle") {
        if (!(k + 1 == i && singular == "name")) continue;
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
  auto names = [&](std::size_t i) {
    const Token& k = t[i];
    if (k.kind != TokenKind::kWord || !k.in_source) return false;
    const std::string_view w = s.CanonicalWord(i);  // computed once per prompt
    return std::find(wanted.begin(), wanted.end(), w) != wanted.end();
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!names(i)) continue;
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
  static const std::unordered_set<std::string_view> kWords = {
      "upper", "uppercase", "lower", "lowercase", "capital", "capitals", "capitalized", "capitalised",
      "capitalize", "capitalise", "reverse", "reversed", "abbreviate", "abbreviated", "initials", "translate",
      "translated", "plus", "minus", "double", "doubled", "twice", "half", "halve", "triple", "surname", "sum",
      "average", "difference", "convert", "converted", "round", "rounded", "negate", "opposite", "after",
      "tomorrow", "yesterday", "next", "increment", "increase", "decrease"};
  for (const std::string& w : source.instruction_words()) {
    if (kWords.count(w) == 0) continue;
    bool own = false;
    for (const auto& l : labels) own = own || std::find(l.begin(), l.end(), vocab::Singular(w)) != l.end();
    if (!own) return true;
  }
  return false;
}

}  // namespace stepcache::checks::internal
