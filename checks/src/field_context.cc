#include "field_context.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "stated_value.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {

std::string MemberMappingSentence(const SourceText& source, const MemberLabelTable& labels) {
  static const vocab::WordSet kMoves = {"field", "value", "fill", "put", "copy", "copied", "hold", "holds",
                                        "swap", "swapped", "into", "under", "instead", "place"};
  for (const std::vector<std::string>& sentence : source.instruction_sentences()) {
    std::vector<std::string> members;
    bool move = false;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const std::string& w = sentence[i];
      // ("the city line for the customer field"; not "on one line")
      move = move || kMoves.Has(w) || (w == "line" && i + 1 < sentence.size() && sentence[i + 1] == "for");
      if (vocab::IsFiller(w) || vocab::IsInstructionVerb(w)) continue;
      std::string singular = vocab::Singular(w);
      if (!labels.HasWord(singular)) singular = labels.HasWord(w) ? w : std::string();
      if (!singular.empty() && std::find(members.begin(), members.end(), singular) == members.end()) {
        members.push_back(std::move(singular));
      }
    }
    if (move && members.size() >= 2) {
      std::string text;
      for (const std::string& w : sentence) text += (text.empty() ? "" : " ") + w;
      return text;
    }
  }
  return {};
}

std::map<std::string, int> InstructionMemberMentions(const SourceText& source, const MemberLabelTable& labels) {
  std::map<std::string, int> out;
  for (const Token& t : source.tokens()) {
    // (An instruction's verb is no mention: "Return the return flight".)
    if (t.in_source || t.kind != TokenKind::kWord || vocab::IsFiller(t.norm) || vocab::IsInstructionVerb(t.norm)) {
      continue;
    }
    std::string singular = vocab::Singular(t.norm);
    if (labels.HasWord(singular)) {
      ++out[std::move(singular)];
    } else if (labels.HasWord(t.norm)) {
      ++out[t.norm];
    }
  }
  return out;
}
namespace {

using namespace std::string_view_literals;

// a == b, with the first bytes compared before the rest: most words
// compared here differ in their length or first letter.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a.compare(b) == 0));
}

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
                        !(a > 1 && (t[a - 2].norm == "."sv || t[a - 2].norm == ":"sv));
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
    return t[i].kind == TokenKind::kPunct && n.size() == 1 &&
           (n[0] == '.' || n[0] == ',' || n[0] == ';' || n[0] == ':' || n[0] == '|');
  };
  int taken = 0;
  for (std::size_t i = occ.first; i-- > 0 && taken < 2;) {
    if (stops(i, t[occ.first].line)) break;
    if (t[i].kind == TokenKind::kWord) {
      out.push_back(s.SingularWord(i));  // a source word: its singular is read once per prompt
      ++taken;
    }
  }
  taken = 0;
  for (std::size_t i = occ.second; i < t.size() && taken < 2; ++i) {
    if (stops(i, t[occ.second - 1].line)) break;
    if (t[i].kind == TokenKind::kWord) {
      out.push_back(s.SingularWord(i));
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
      bool has = false;
      for (const std::string_view* x = words.begin(); x != words.end() && !has; ++x) has = SameWord(*x, w);
      all = all && has;
      some = some || (has && !IsFillerWord(w));
      if (any && some) return true;  // settled whatever the label's other words are
      if (!all && !any) break;       // this label cannot name them
    }
    if (all || (any && some)) return true;
  }
  return false;
}

namespace {

// Names({word}, labels, any) without building the one-word list.
bool NamesWord(std::string_view word, const LabelSets& labels, bool any) {
  for (const auto& l : labels) {
    if (l.empty()) continue;
    bool all = true, some = false;
    for (const std::string& w : l) {
      const bool has = SameWord(w, word);
      all = all && has;
      some = some || (has && !IsFillerWord(w));
      if (any && some) return true;  // settled whatever the label's other words are
      if (!all && !any) break;       // this label cannot name it
    }
    if (all || (any && some)) return true;
  }
  return false;
}

}  // namespace

// Whose value an occurrence is by its adjacent words: +1 this member's
// (a word of its label), -1 another member's, 0 neither. The word after is
// read first ("4 adults and 3 children": 3 belongs to children).
int AdjacentNaming(const SourceText& s, std::pair<std::size_t, std::size_t> occ, const LabelSets& own,
                   const LabelSets& others) {
  const std::vector<Token>& t = s.tokens();
  auto judge = [&](std::size_t i) {
    if (i >= t.size() || !t[i].in_source || t[i].kind != TokenKind::kWord) return 0;
    const std::string& word = s.SingularWord(i);
    if (NamesWord(word, own, /*any=*/true)) return 1;
    if (NamesWord(word, others, /*any=*/false)) return -1;  // another member's whole label, not one word of it
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

namespace {

bool IsCopula(std::string_view w) {
  return w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv || w == "been"sv || w == "be"sv;
}

// What the words right after a member's label word answer, in its clause:
// "breakfast=no", "the overdraft is no", "paid: yes" inside a sentence, "the
// breakfast is not included". A yes or no word after "=", ":", a dash, an
// arrow, a bar or a copula;
// a negation after a copula. nullopt when they answer nothing. (Not
// ReadBool's list: after a copula in prose its "on", "pending" or "never"
// say other things, "the breakfast is on the terrace".)
std::optional<bool> AnsweredAfter(const std::vector<Token>& t, std::size_t i) {
  auto word_on_line = [&](std::size_t j) {
    return j < t.size() && t[j].in_source && t[j].line == t[i].line;
  };
  std::size_t k = i + 1;
  if (!word_on_line(k)) return std::nullopt;
  const bool copula = IsCopula(t[k].norm);
  // (Or a dash, an arrow or a bar between: "Auto renew \u2014 no", "Newsletter
  // \u2192 no", "Parking | no", round 267.)
  const bool mark = t[k].norm == "\u2014"sv || t[k].norm == "\u2013"sv || t[k].norm == "\u2192"sv ||
                    t[k].norm == "|"sv || t[k].norm == "~"sv;
  if (!copula && !mark && t[k].norm != "="sv && t[k].norm != ":"sv) return std::nullopt;
  ++k;
  if (!word_on_line(k) || t[k].kind != TokenKind::kWord) return std::nullopt;
  const std::string& w = t[k].norm;
  if (w == "yes"sv || w == "true"sv || w == "y"sv) return true;
  if (w == "no"sv || w == "false"sv || w == "n"sv) return false;
  if (copula && vocab::IsNegation(w)) return false;
  return std::nullopt;
}

}  // namespace

// A boolean stated in prose: the member's label words, negated ("has not
// been paid") or not ("was paid"), or answered after them ("breakfast=no",
// "the overdraft is no").
StepVerdict JudgeProseBool(const SourceText& s, const std::vector<std::vector<std::string>>& labels, bool value,
                           bool sentences_only, std::optional<std::size_t> record) {
  const std::vector<Token>& t = s.tokens();
  int said_true = 0, said_false = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    if (sentences_only && (!s.PlainProseLine(t[i].line) || (record && s.RecordAt(t[i].begin) != *record))) continue;
    // A field's label names the field, it states nothing ("Paid: no").
    if (s.InLabel(i)) continue;
    bool names = false, prefixed = false;
    const std::string& word = s.SingularWord(i);
    auto prefix_of = [&](std::string_view prefix, const std::string& rest) {
      return word.size() == prefix.size() + rest.size() && word.compare(0, prefix.size(), prefix) == 0 &&
             word.compare(prefix.size(), rest.size(), rest) == 0;
    };
    std::size_t first = i;  // where the label's words begin
    for (const auto& l : labels) {
      if (l.size() == 1) {
        names = names || word == l[0];
        prefixed = prefixed || prefix_of("un"sv, l[0]) || prefix_of("non"sv, l[0]);  // "unpaid"
        continue;
      }
      // A label of several words, written in a row in any order ("the
      // signature required is no", round 261): read at its last word.
      if (names || l.empty() || l.size() > 4 || i + 1 < l.size() ||
          std::find(l.begin(), l.end(), word) == l.end()) {
        continue;
      }
      std::vector<std::string> left(l);
      bool row = true;
      for (std::size_t j = 0; j < l.size() && row; ++j) {
        const std::size_t k = i - j;
        const auto at = std::find(left.begin(), left.end(), s.SingularWord(k));
        row = t[k].in_source && t[k].line == t[i].line && !s.InLabel(k) && at != left.end();
        if (row) left.erase(at);
      }
      if (row) {
        names = true;
        first = i + 1 - l.size();
      }
    }
    if (prefixed) {
      ++said_false;
      continue;
    }
    if (!names) continue;
    bool negated = false, copula = false;
    for (std::size_t k = first >= 3 ? first - 3 : 0; k < i; ++k) {
      negated = negated || (t[k].line == t[i].line && (vocab::IsNegation(t[k].norm) || t[k].norm == "t"sv));
      copula = copula || (t[k].line == t[i].line && IsCopula(t[k].norm));
    }
    if (const std::optional<bool> answered = AnsweredAfter(t, i)) {
      // A negation before it as well ("no breakfast=yes") is read both ways.
      if (negated) ++said_true, ++said_false;
      else (*answered ? said_true : said_false)++;
      continue;
    }
    // (In sentences only, a word that merely names it, "return the name
    // and smoker", states nothing; "it is a smoker" and "not a smoker" do.)
    if (sentences_only && !negated && !copula) continue;
    (negated ? said_false : said_true)++;
  }
  if (said_true > 0 && said_false > 0) {
    // "[ ] paid  [x] unpaid": both ways, and which one holds is not read.
    return {false, "the text states it both ways"};
  }
  if (said_true == 0 && said_false == 0) return {};
  if ((said_true > 0) == value) return {true, "the text states it in words"};
  return {false, std::string("the text states it as ") + (value ? "false" : "true")};
}


// A mention preceded by a denial ("not 29", "was 70 kg", "formerly Oslo",
// "moved from Ghent", "used to work in Aarhus"), struck through ("~~41~~")
// or followed by "until" in its clause ("in Ghent until she moved"), and a
// place someone moved away from ("after ten years in Lyon, she left for
// Nantes"), do not state the value.
// Whether `n` is one character of `chars`.
static bool OneOf(const std::string& n, std::string_view chars) {
  return n.size() == 1 && chars.find(n[0]) != std::string_view::npos;
}

bool Denied(const SourceText& s, std::pair<std::size_t, std::size_t> occ) {
  // (Word sets: one lookup per token instead of a comparison per word.)
  static const vocab::WordSet kDenial = {"not", "was", "were", "~", "ex", "instead"};
  static const vocab::WordSet kPast = {"formerly", "previously", "longer", "former"};
  // (Every word read below is a vocab::IsDenialWord: a text without any
  // denies nothing.)
  if (!s.has_denial_words()) return false;
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = occ.first; i-- > 0 && i + 3 > occ.first;) {
    if (t[i].line != t[occ.first].line) break;
    const std::string& n = t[i].norm;
    if (kDenial.Has(n)) return true;
    // (A quote between: 'not "AX-100"'.)
    if (t[i].kind == TokenKind::kPunct && !OneOf(n, "(-\"'")) break;
    // "moved from Ghent", "relocated from Ghent": the place left; "changed
    // from 64 to 62": the value before.
    static const vocab::WordSet kLeft = {"moved", "relocated", "transferred", "changed", "updated", "corrected",
                                         "amended", "revised", "increased", "decreased", "reduced", "raised",
                                         "lowered", "switched"};
    if (n == "from"sv && i > 0 && t[i - 1].line == t[i].line && kLeft.Has(t[i - 1].norm)) return true;
  }
  // "used to work as a baker in Aarhus", "no longer works for Statoil",
  // "formerly known as Nordic Tools": a word of a past state earlier in the
  // same clause.
  for (std::size_t i = occ.first; i-- > 0 && i + 9 > occ.first;) {
    if (t[i].line != t[occ.first].line || (t[i].kind == TokenKind::kPunct && !OneOf(t[i].norm, "(-"))) break;
    const std::string& n = t[i].norm;
    if (kPast.Has(n) || (n == "used"sv && i + 1 < occ.first && t[i + 1].norm == "to"sv)) return true;
  }
  // "After ten years in Lyon, Chloé left for Nantes": a place the sentence
  // says someone moved away from ("in", "at" or "from" a place, and a move
  // in the same sentence).
  if (occ.first > 0 && t[occ.first - 1].line == t[occ.first].line &&
      (t[occ.first - 1].norm == "in"sv || t[occ.first - 1].norm == "at"sv || t[occ.first - 1].norm == "from"sv)) {
    const auto [b, e] = s.SentenceOf(occ);
    for (std::size_t k = b; k < e; ++k) {
      const std::string& n = t[k].norm;
      if (n == "moved"sv || n == "moving"sv || n == "relocated"sv || n == "emigrated"sv ||
          (n == "left"sv && k + 1 < e && (t[k + 1].norm == "for"sv || t[k + 1].norm == "to"sv))) {
        return true;
      }
    }
  }
  if (occ.second < t.size() && t[occ.second].norm == "~"sv) return true;
  // "a pharmacist in Ghent until she moved": what held until a change, a
  // few words on in the same clause.
  for (std::size_t i = occ.second; i < t.size() && i < occ.second + 4; ++i) {
    if (t[i].line != t[occ.first].line || (t[i].kind == TokenKind::kPunct && !OneOf(t[i].norm, ","))) break;
    if (t[i].norm == "until"sv || t[i].norm == "till"sv) return true;
  }
  return false;
}

bool MayDeny(const SourceText& s) {
  // Every word Denied reads, on either side of a value.
  for (const Token& k : s.tokens()) {
    if (k.in_source && vocab::IsDenialWord(k.norm)) return true;
  }
  return false;
}

// A field about a former or other state ("Previous home", "Ex-employer").
bool FormerField(const Field& f) {
  for (const std::string& w : f.label_words) {
    if (w == "previous"sv || w == "former"sv || w == "old"sv || w == "ex"sv || w == "prior"sv || w == "past"sv ||
        w == "earlier"sv || w == "was"sv) {
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
  const std::vector<std::string>& iw = source.instruction_words();
  const std::vector<std::string>& canonical = source.instruction_canonical();
  // The instruction words that may name a field: not filler, not the
  // instruction vocabulary (the same for every field).
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < iw.size(); ++i) {
    const std::string& w = source.instruction_singular()[i];
    if (IsFillerWord(w) || vocab::IsInstructionWord(w)) continue;
    candidates.push_back(i);
  }
  const Field* found = nullptr;
  if (candidates.empty()) return found;
  for (const Field& f : source.fields()) {
    if (f.value.empty()) continue;
    bool names_member = false;
    for (const std::string& w : f.label_words) names_member = names_member || table.HasWord(w);
    if (names_member) continue;
    bool named = false;
    for (std::size_t c = 0; c < candidates.size() && !named; ++c) {
      const std::size_t i = candidates[c];
      bool in_label = false;
      for (const std::string& l : f.label_canonical) in_label = in_label || l == canonical[i];
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
    return (i + 1 < iw.size() && iw[i + 1] == "s"sv) || Preceded(iw, i, {"of", "for", "about"});
  });
}

const Field* ExcludedField(const SourceText& source, const MemberLabelTable& table) {
  return FieldNamedAs(source, table, [](const std::vector<std::string>& iw, std::size_t i) {
    return Preceded(iw, i, {"not", "except", "excluding", "than"});
  });
}

std::vector<TokenSpan> RoleSentences(const SourceText& source, const MemberLabelTable& table) {
  // Words that point at the text or its parts, not at an entity in it.
  static const vocab::WordSet kNotRoles = {
      "text", "record", "paragraph", "email", "message", "document", "json", "following", "above", "below",
      "input", "data", "passage", "note", "letter", "form", "entry", "row", "table", "line", "sentence",
      "object", "field", "value", "schema", "output", "answer", "each", "all", "one", "first", "second",
      "third", "last", "both", "person", "people", "who", "whom", "which", "that", "this", "it", "them",
      "him", "her", "his", "their", "s", "example", "case", "request"};
  std::vector<TokenSpan> out;
  const std::vector<std::string>& iw = source.instruction_words();
  const std::vector<std::string>& canonical = source.instruction_canonical();
  for (std::size_t i = 0; i < iw.size(); ++i) {
    const bool pointed = (i + 1 < iw.size() && iw[i + 1] == "s"sv) || Preceded(iw, i, {"of", "for", "about"});
    if (!pointed || iw[i].size() < 3 || IsFillerWord(iw[i]) || kNotRoles.count(iw[i]) != 0 ||
        table.HasWord(canonical[i]) || table.HasWord(iw[i])) {
      continue;
    }
    bool in_label = false;  // a field names it: SelectorField's case
    for (const Field& f : source.fields()) {
      for (const std::string& l : f.label_canonical) in_label = in_label || l == canonical[i];
    }
    if (in_label) continue;
    for (std::size_t p : source.CanonicalPositions(canonical[i])) {
      if (source.InLabel(p)) continue;
      const TokenSpan sentence = source.SentenceOf(p);
      if (std::find(out.begin(), out.end(), sentence) == out.end()) out.push_back(sentence);
    }
  }
  return out;
}

bool RoleSentenceStatesOther(const SourceText& source, TokenSpan sentence, const rapidjson::Value& value,
                             const std::vector<TokenSpan>& occ) {
  for (const TokenSpan& o : occ) {
    if (o.first >= sentence.first && o.second <= sentence.second) return false;
  }
  const std::vector<Token>& t = source.tokens();
  const std::string_view prompt = source.prompt();
  bool first_word = true;
  for (std::size_t k = sentence.first; k < sentence.second; ++k) {
    if (value.IsNumber() && t[k].kind == TokenKind::kNumber && t[k].number != value.GetDouble()) return true;
    if (value.IsString() && t[k].kind == TokenKind::kWord) {
      const char c = prompt[t[k].begin];
      if (!first_word && c >= 'A' && c <= 'Z') return true;
      first_word = false;
    }
  }
  return false;
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

bool InLabels(const LabelSets& sets, std::string_view w) {
  for (const auto& l : sets) {
    if (std::find(l.begin(), l.end(), w) != l.end()) return true;
  }
  return false;
}

namespace {

// Whether the member's word at `i` is the object of the preposition at `k`
// (k < i): only articles, "to" or "than", and the member's own words
// between, and before the preposition neither a number, a measure of time,
// "one" nor a word of the member's name.
bool ObjectOfPreposition(const std::vector<std::string>& words, const std::vector<std::string>& singulars,
                         const LabelSets& labels, std::size_t k, std::size_t i) {
  static const vocab::WordSet kBetween = {"the", "a", "an", "his", "her", "their", "its", "your", "to", "than"};
  static const vocab::WordSet kMeasure = {"day", "week", "month", "year", "hour", "minute", "night", "weekday",
                                          "one", "time", "moment", "morning", "evening", "date", "deadline", "two", "three",
                                          "four", "five", "six", "seven", "ten", "few", "several", "couple"};
  for (std::size_t b = k + 1; b < i; ++b) {
    if (!kBetween.Has(words[b]) && !InLabels(labels, singulars[b])) return false;
  }
  if (k == 0) return true;
  const std::string& before = singulars[k - 1];
  if (before.empty() || std::isdigit(static_cast<unsigned char>(before[0])) || vocab::OrdinalValue(before) != 0 ||
      kMeasure.Has(before) || InLabels(labels, before)) {
    return false;
  }
  return true;
}
}  // namespace

bool KeyInLabels(const std::string& word, const LabelSets& sets) {
  if (word.find('_') == std::string::npos) return false;
  const std::vector<std::string> parts = LabelWords(word);
  return !parts.empty() && std::all_of(parts.begin(), parts.end(), [&](const std::string& p) {
    return IsFillerWord(p) || InLabels(sets, p);
  });
}

// Qualifiers the instruction puts on the member ("his city of birth", "the
// previous address"): qualifier words within three words of one of its
// label words.
std::vector<std::string> InstructionQualifiers(const SourceText& source, const LabelSets& labels) {
  std::vector<std::string> out;
  const std::vector<std::string>& words = source.instruction_words();
  const std::vector<std::string>& singulars = source.instruction_singular();
  const std::vector<std::string>& canonical = source.instruction_canonical();
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool names = false;
    const std::string& singular = singulars[i];
    for (std::size_t l = 0; l < labels.size() && !names; ++l) {
      for (std::size_t w = 0; w < labels[l].size() && !names; ++w) {
        names = singular == labels[l][w] && !IsFillerWord(labels[l][w]);
      }
    }
    if (!names) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < words.size() && k <= i + 3; ++k) {
      const std::string& w = canonical[k];
      if (k == i || !vocab::IsQualifier(w) || w == "no"sv || w == "not"sv || w == "other"sv) continue;
      // "return the form before the start date": the member is what the
      // word is measured from, not a qualification of it — unless a measure
      // or the member's own kind comes first ("the day before the start
      // date", "the date before the start date", "2 weeks before").
      if (k < i && (w == "before"sv || w == "until"sv || w == "prior"sv) &&
          ObjectOfPreposition(words, singulars, labels, k, i)) {
        continue;
      }
      // "the first record's name" selects a record; "first name" qualifies.
      if (vocab::OrdinalValue(w) != 0 || w == "given"sv || w == "family"sv || w == "middle"sv) {
        if (!(k + 1 == i && singular == "name"sv)) continue;
      }
      out.push_back(w);
    }
  }
  return out;
}

namespace {
// Words that carry no meaning of their own beside a name: articles,
// determiners, pronouns, prepositions, conjunctions.
bool TwinStopWord(std::string_view w) {
  static const vocab::WordSet kStop = {
      "the", "a", "an", "and", "or", "of", "on", "in", "for", "from", "at", "to", "with", "by", "s", "this",
      "that", "these", "those", "his", "her", "their", "its", "my", "our", "your", "each", "every", "all",
      "both", "as", "json", "please", "is", "are", "it", "they", "them", "he", "she", "one", "only", "just",
      "also", "then", "into", "per", "than", "be", "was", "which", "what", "who", "whose"};
  return kStop.Has(w);
}
}  // namespace

namespace {

// Whether two of `words` write `own` apart ("Note book" for "notebook").
bool JoinedIn(const std::vector<std::string>& words, std::string_view own) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return WritesApart(words, words.size(), own, w); });
}

}  // namespace

std::vector<std::string> TwinWords(const Field& f, const MemberLabelTable::Entry& entry) {
  std::vector<std::string> out;
  const auto add = [&](std::string w) {
    // (A word the label writes apart from another, "note" of "New note
    // book" for "notebook", is the member's.)
    for (const auto& label : entry.own) {
      for (const std::string& own : label) {
        if (WritesApart(f.label_words, f.label_words.size(), own, w)) return;
      }
    }
    // ("Room no.:", "Room nr:" for "the room number".)
    if (w == "no" || w == "nr" || w == "num" || w == "nbr" || w == "nos") w = "number";
    if (w.empty() || InLabels(entry.own, w) || TwinStopWord(w)) return;
    if (InLabels(entry.own_canonical, std::string(vocab::Canonical(w)))) return;
    if (std::none_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
      return;
    }
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
  };
  // Its label words ("cardName", "card_name" split), and the words labels
  // drop as naming a source ("Record number", "Entry date").
  for (const std::string& w : f.label_words) add(w);
  // (A label of one word has no word a label drops but that one.)
  if (f.label.find(' ') == std::string::npos) return out;
  std::string_view label = f.label;
  while (!label.empty()) {
    const std::size_t sp = label.find(' ');
    const std::string_view raw = label.substr(0, sp);
    label = sp == std::string_view::npos ? std::string_view() : label.substr(sp + 1);
    if (!raw.empty() && IsFillerWord(raw)) add(vocab::Singular(raw));
  }
  return out;
}

bool LabelHolds(const Field& f, const std::vector<std::string>& label) {
  bool content = false;
  for (const std::string& w : label) {
    if (IsFillerWord(w)) continue;
    content = true;
    if (std::find(f.label_words.begin(), f.label_words.end(), w) == f.label_words.end() && !JoinedIn(f.label_words, w)) {
      return false;
    }
  }
  return content || (!label.empty() && f.label_words == label);
}

const std::string* CompoundOfOwnWord(const Field& f, const MemberLabelTable::Entry& entry) {
  for (const std::string& w : f.label_words) {
    for (const auto& label : entry.own) {
      for (const std::string& own : label) {
        // (Its head at the end, as compounds put it: "Kartenname",
        // "surname"; not "claimant" for "claim".)
        if (own.size() < 4 || w.size() < own.size() + 3 || IsFillerWord(own)) continue;
        if (w.compare(w.size() - own.size(), own.size(), own) == 0) return &w;
      }
    }
  }
  return nullptr;
}

TwinAsk AskedTwinWords(const SourceText& source, const MemberLabelTable::Entry& entry) {
  TwinAsk out;
  const std::vector<std::string>& words = source.instruction_words();
  const std::vector<std::string>& singulars = source.instruction_singular();
  const std::vector<std::string>& canonical = source.instruction_canonical();
  const auto key_of = [&](std::size_t k, const LabelSets& sets) { return KeyInLabels(words[k], sets); };
  const auto own = [&](std::size_t k) {
    return !IsFillerWord(singulars[k]) &&
           (InLabels(entry.own, singulars[k]) || InLabels(entry.own_canonical, canonical[k]) || key_of(k, entry.own));
  };
  // (Any other key: "check_out" beside "check_in", whose shared word the
  // other members' labels do not keep.)
  const auto other = [&](std::size_t k) {
    return !IsFillerWord(singulars[k]) &&
           (InLabels(entry.others, singulars[k]) || InLabels(entry.others_canonical, canonical[k]) ||
            (words[k].find('_') != std::string::npos && !key_of(k, entry.own)));
  };
  const auto word = [&](std::size_t k) {
    const std::string& w = singulars[k];
    return !TwinStopWord(words[k]) && !vocab::IsInstructionVerb(w) && !vocab::IsNegation(words[k]) && !own(k) &&
           !other(k);
  };
  const auto add = [](std::vector<std::string>* to, const std::string& w, const std::string& c) {
    to->push_back(w);
    if (c != w) to->push_back(c);
  };
  // The words right at a name ending at `i`: up to three before it, past the
  // rest of a name of several words ("the card name", "the card holder
  // name", "the card's name", "the record number"); the one right after it
  // ("the room number", "the room's number"); the one after its "of", "on",
  // ... ("the name on the card"); and the one before "of" ahead of it ("the
  // number of the room").
  const auto at_name = [&](std::size_t i, auto is_name) {
    std::vector<std::size_t> out;
    std::size_t j = i;
    while (j > 0 && is_name(j - 1)) --j;
    std::size_t b = j;
    if (b > 0 && words[b - 1] == "s"sv) --b;
    for (int n = 0; n < 3 && b > 0 && word(b - 1); ++n) out.push_back(--b);
    std::size_t k = j;
    while (k > 0 && TwinStopWord(words[k - 1]) && words[k - 1] != "of"sv) --k;
    if (k > 1 && words[k - 1] == "of"sv) {
      std::size_t q = k - 1;
      while (q > 0 && TwinStopWord(words[q - 1])) --q;
      if (q > 0) out.push_back(q - 1);
    }
    std::size_t after = i + 1;
    if (after < words.size() && words[after] == "s"sv) ++after;
    if (after < words.size()) {
      const std::string& p = words[after];
      if (p == "of"sv || p == "on"sv || p == "for"sv || p == "from"sv || p == "in"sv || p == "at"sv) {
        std::size_t q = after + 1;
        while (q + 1 < words.size() && TwinStopWord(words[q])) ++q;
        if (q < words.size()) out.push_back(q);
      } else if (!TwinStopWord(p)) {
        out.push_back(after);
      }
    }
    return out;
  };
  // Words another member's name carries ("the card number and the name",
  // "the age on the card and the name": "card" is the number's, the age's).
  std::vector<bool> others_word(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!other(i) || (i + 1 < words.size() && other(i + 1))) continue;
    for (std::size_t k : at_name(i, other)) others_word[k] = true;
  }
  // A word after "ignore", "not", "except" ... within three words ("the
  // name (ignore the card name)"): the request turns away from it.
  const auto turned_away = [&](std::size_t k) {
    for (std::size_t b = k >= 3 ? k - 3 : 0; b < k; ++b) {
      if (vocab::IsNegation(words[b]) || words[b] == "ignore"sv || words[b] == "except"sv ||
          words[b] == "excluding"sv || words[b] == "instead"sv || words[b] == "rather"sv) {
        return true;
      }
    }
    return false;
  };
  bool named = false;  // the instruction names the member
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Any word of the instruction that no member's name carries and the
    // request does not turn away from.
    if (word(i) && !others_word[i] && !turned_away(i)) {
      add(&out.mentioned_all, singulars[i], canonical[i]);
      if (!vocab::IsInstructionWord(singulars[i])) add(&out.mentioned, singulars[i], canonical[i]);
    }
    if (!own(i) || (i + 1 < words.size() && own(i + 1))) continue;
    named = true;
    for (std::size_t k : at_name(i, own)) {
      if (word(k) && !turned_away(k)) add(&out.adjacent, singulars[k], canonical[k]);
    }
    // Three words of content on either side of the name, up to another
    // member's name.
    std::size_t start = i;
    while (start > 0 && own(start - 1)) --start;
    const auto near = [&](std::size_t k, int* content) {
      if (own(k) || other(k)) return false;
      if (word(k) && !others_word[k]) {
        if (!turned_away(k) && !vocab::IsInstructionWord(singulars[k])) add(&out.near, singulars[k], canonical[k]);
        ++*content;
      }
      return *content < 3;
    };
    int content = 0;
    for (std::size_t k = i + 1; k < words.size() && near(k, &content);) ++k;
    content = 0;
    for (std::size_t k = start; k > 0 && near(k - 1, &content);) --k;
  }
  // (A request that does not name the member by its words, "Gib den
  // Geburtsnamen zurück", has every word near it.)
  if (!named) out.near = out.mentioned;
  for (std::vector<std::string>* v : {&out.adjacent, &out.mentioned, &out.mentioned_all, &out.near}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return out;
}

bool AllAsked(const std::vector<std::string>& twin_words, const std::vector<std::string>& asked) {
  if (twin_words.empty() || asked.empty()) return false;
  for (const std::string& w : twin_words) {
    if (!std::binary_search(asked.begin(), asked.end(), w) &&
        !std::binary_search(asked.begin(), asked.end(), std::string(vocab::Canonical(w)))) {
      return false;
    }
  }
  return true;
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
      const std::string& w = source.instruction_singular()[i];
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
      if (w == "non"sv || w == "not"sv || w == "no"sv) negation = true;
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

BoolLabelTurn TurnOfBoolLabel(const SourceText& source, const Field& f, const MemberLabelTable::Entry& entry,
                              std::string* word) {
  // Words that turn a yes into a no ("Breakfast declined: yes", "Consent
  // withdrawn", "Opt-out", "Closed on Sunday" for open_sunday).
  static const vocab::WordSet kReversing = {
      "declined", "disabled", "withdrawn", "unsubscribed", "revoked", "excluded", "waived", "refused", "missing",
      "cancelled", "canceled", "blocked", "suspended", "expired", "out", "off", "removed", "rejected", "denied",
      "stopped", "terminated", "lapsed", "void", "invalid", "inactive", "unavailable", "forbidden", "prohibited",
      "banned", "absent", "lacking", "without", "skipped", "dropped", "failed", "deactivated", "closed", "locked",
      "paused", "ended", "unchecked", "none", "not", "no", "non", "never", "deleted", "unset", "lost", "barred",
      "opposed", "objected", "vetoed", "declines", "refuses", "withheld", "unpaid", "outstanding"};
  // Words that say the member's own yes ("Breakfast included: yes").
  static const vocab::WordSet kKeeping = {
      "included", "include", "includes", "enabled", "active", "requested", "wanted", "booked", "confirmed",
      "available", "allowed", "accepted", "granted", "given", "provided", "on", "selected", "present", "valid",
      "subscribed", "required", "needed", "chosen", "ordered", "added", "approved", "signed", "checked",
      "ticked", "opted", "in", "status", "flag", "option", "wish", "wished", "preference", "do", "does", "is",
      "has", "have", "with", "incl", "applies", "applicable", "received", "completed", "done", "yes", "y", "n",
      "set", "activated", "agreed", "consented", "registered", "enrolled", "permitted", "paid", "settled"};
  const auto own = [&](const std::string& w, const std::string& canon) {
    for (std::size_t l = 0; l < entry.own.size(); ++l) {
      if (std::find(entry.own[l].begin(), entry.own[l].end(), w) != entry.own[l].end()) return true;
      if (std::find(entry.own_canonical[l].begin(), entry.own_canonical[l].end(), canon) !=
          entry.own_canonical[l].end()) {
        return true;
      }
    }
    return false;
  };
  const std::vector<std::string>& said = source.instruction_singular();
  bool reverses = false;
  // The label's words as written, fillers too ("Do not call").
  for (const Token& k : Tokenize(f.label)) {
    if (k.kind != TokenKind::kWord) continue;
    const std::string w = vocab::Singular(k.norm);
    const std::string canon(vocab::Canonical(w));
    if (own(w, canon)) continue;
    if (kReversing.Has(w)) {
      reverses = !reverses;
      if (word) *word = w;
      continue;
    }
    if (IsFillerWord(w) || kKeeping.Has(w) || std::find(said.begin(), said.end(), w) != said.end()) continue;
    if (word) *word = w;
    return BoolLabelTurn::kUnread;
  }
  return reverses ? BoolLabelTurn::kReverses : BoolLabelTurn::kNone;
}

// Numbers stated right beside one of the member's label words outside any
// field label: "age 34", "suite 33", "58 years", "3 children".
std::vector<double> LabelAdjacentNumbers(const SourceText& s, const LabelSets& labels, const LabelSets& canonical,
                                         std::optional<std::size_t> record) {
  std::vector<double> out;
  const std::vector<Token>& t = s.tokens();
  // Only the member's one-word labels, in canonical form, are looked for.
  std::vector<std::string_view> wanted;
  for (std::size_t l = 0; l < labels.size(); ++l) {
    if (labels[l].size() == 1) wanted.push_back(canonical[l][0]);
  }
  if (wanted.empty()) return out;
  // The source words with one of those canonical forms, in text order
  // (looked up in the prompt's index, not scanned).
  std::vector<std::size_t> at;
  for (std::size_t w = 0; w < wanted.size(); ++w) {
    if (std::find(wanted.begin(), wanted.begin() + static_cast<std::ptrdiff_t>(w), wanted[w]) !=
        wanted.begin() + static_cast<std::ptrdiff_t>(w)) {
      continue;  // the same word twice
    }
    std::vector<std::size_t> found = s.CanonicalPositions(wanted[w]);
    at.insert(at.end(), found.begin(), found.end());
  }
  if (wanted.size() > 1) {
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
  }
  // The words that may stand between: "age is 42", "room no. 7", and a
  // correction's "age should read 43", "age was actually 44".
  static const vocab::WordSet kBetween = {
      "is", "of", "=", "no", "#", ":", "should", "read", "reads", "be", "was", "were", "now", "actually",
      "really", "to", "becomes"};
  // "a member for 56 years ... 66 years old": a number before a synonym of
  // the label ("years" for an age) that the text also gives for the label's
  // own word, or with "old" after the synonym, is another figure (a span of
  // years); those stated so win.
  std::vector<double> weak;
  for (std::size_t i : at) {
    if (s.InLabel(i) || (record && s.RecordAt(t[i].begin) != *record)) continue;
    std::size_t j = i + 1;
    while (j < t.size() && j <= i + 3 && t[j].line == t[i].line && kBetween.count(t[j].norm) != 0) ++j;
    if (j < t.size() && t[j].line == t[i].line && t[j].kind == TokenKind::kNumber && !Denied(s, {j, j + 1})) {
      out.push_back(t[j].number);
    }
    if (i > 0 && t[i - 1].line == t[i].line && t[i - 1].kind == TokenKind::kNumber && !Denied(s, {i - 1, i})) {
      const bool own_word = std::find(wanted.begin(), wanted.end(), std::string_view(t[i].norm)) != wanted.end();
      const bool old = i + 1 < t.size() && t[i + 1].line == t[i].line && t[i + 1].norm == "old";
      (own_word || old ? out : weak).push_back(t[i - 1].number);
    }
  }
  if (out.empty()) return weak;
  return out;
}

std::vector<ProseNumber> ProseSentenceNumbers(const SourceText& s, const LabelSets& canonical,
                                              std::optional<std::size_t> record) {
  std::vector<ProseNumber> out;
  const std::vector<Token>& t = s.tokens();
  std::vector<TokenSpan> seen;  // sentences already read
  for (const std::vector<std::string>& label : canonical) {
    std::vector<std::string_view> words;
    for (const std::string& w : label) {
      if (!IsFillerWord(w)) words.push_back(w);
    }
    if (words.empty()) continue;
    // The label's words together ("the total price"; canonical labels keep
    // no order), outside any field (looked up in the prompt's index, not
    // scanned).
    const std::size_t n = words.size();
    for (std::size_t i : s.CanonicalPositions(words.front())) {
      if (s.FieldAt(t[i].begin) != nullptr || s.InLabel(i)) continue;
      bool all = true;
      for (std::size_t w = 1; w < n && all; ++w) {
        bool near = false;
        for (std::size_t k = i >= n - 1 ? i - (n - 1) : 0; k < t.size() && k <= i + n - 1 && !near; ++k) {
          near = k != i && t[k].line == t[i].line && t[k].in_source && t[k].kind == TokenKind::kWord &&
                 s.CanonicalWord(k) == words[w];
        }
        all = near;
      }
      if (!all) continue;
      if (record && s.RecordAt(t[i].begin) != *record) continue;
      const TokenSpan sentence = s.SentenceOf(i, /*semicolon_ends=*/false);
      if (std::find(seen.begin(), seen.end(), sentence) != seen.end()) continue;
      seen.push_back(sentence);
      for (std::size_t n = sentence.first; n < sentence.second; ++n) {
        if (t[n].kind == TokenKind::kNumber && s.FieldAt(t[n].begin) == nullptr && !Denied(s, {n, n + 1})) {
          out.push_back({t[n].number, sentence});
        }
      }
    }
  }
  return out;
}

// Words in the instruction that ask for the value changed ("in upper
// case", "double", "after tomorrow's birthday").
std::vector<std::size_t> TransformationWords(const SourceText& source) {
  static const vocab::WordSet kWords = {
      "upper", "uppercase", "lower", "lowercase", "capital", "capitals", "capitalized", "capitalised",
      "capitalize", "capitalise", "reverse", "reversed", "abbreviate", "abbreviated", "initials", "translate",
      "translated", "plus", "minus", "double", "doubled", "twice", "half", "halve", "triple", "surname", "sum",
      "average", "difference", "convert", "converted", "round", "rounded", "negate", "opposite", "after",
      "tomorrow", "yesterday", "next", "increment", "increase", "decrease", "ago", "hence", "older", "younger",
      // "without diacritics", "in ASCII", "transliterated"
      "diacritics", "diacritic", "accents", "umlauts", "ascii", "transliterate", "transliterated", "romanize",
      "romanized", "romanise", "romanised",
      // a record chosen by comparing values ("the oldest employee"): which
      // one is meant is a computation the checks do not make
      "oldest", "youngest", "cheapest", "dearest", "highest", "lowest", "largest", "smallest", "biggest",
      "longest", "shortest", "heaviest", "lightest", "newest", "latest", "earliest", "fastest", "slowest",
      "richest", "tallest", "greatest", "fewest"};
  std::vector<std::size_t> out;
  const std::vector<std::string>& words = source.instruction_words();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (kWords.count(words[i]) != 0) out.push_back(i);
    // "her age five years from now"
    if (words[i] == "from" && i + 1 < words.size() && words[i + 1] == "now") out.push_back(i);
    // "in US style", "in words", "short form"
    else if (vocab::AsksValueInOtherForm(words, i)) out.push_back(i);
  }
  return out;
}

NumberFormAsked NumberFormAskedBy(const SourceText& source, const MemberLabelTable& table) {
  NumberFormAsked out;
  const std::vector<std::string>& w = source.instruction_words();
  const std::vector<std::string>& singular = source.instruction_singular();
  auto at = [&](std::size_t i) { return i < w.size() ? std::string_view(w[i]) : std::string_view(); };
  auto denied = [&](std::size_t i) {
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      if (vocab::IsNegation(w[k]) || w[k] == "need" || w[k] == "necessarily") return true;
    }
    return false;
  };
  // "<label> as [a|an] [plain|bare|whole] number|integer": the label's
  // member only.
  auto named_before_as = [&](std::size_t i) {
    std::size_t k = i;
    while (k > 0 && (at(k - 1) == "a" || at(k - 1) == "an" || at(k - 1) == "plain" || at(k - 1) == "bare" ||
                     at(k - 1) == "whole" || at(k - 1) == "pure" || at(k - 1) == "single")) {
      --k;
    }
    static const vocab::WordSet kAs = {"as", "als", "som", "como", "comme", "come", "jako", "en"};
    if (k < 2 || !kAs.Has(at(k - 1)) || k - 2 >= singular.size()) return std::string();
    const std::string& label = singular[k - 2];
    // (Not the last of a list: "the amount and the reference, as integer".)
    std::size_t j = k - 2;
    while (j > 0 && (at(j - 1) == "the" || at(j - 1) == "a" || at(j - 1) == "its" || at(j - 1) == "their")) --j;
    if (j > 0 && (at(j - 1) == "and" || at(j - 1) == "or" || at(j - 1) == "plus")) return std::string();
    return !IsFillerWord(label) && table.HasWord(label) ? label : std::string();
  };
  static const vocab::WordSet kOnly = {"just", "only", "bare", "plain", "pure", "mere", "as", "solely", "simply"};
  // An integer in other words and languages ("as ints", "som heltall",
  // "als Ganzzahl", "como número entero", "en nombre entier", "jako liczba
  // całkowita"; two words: "ganze Zahl", "geheel getal", "hele tall").
  static const vocab::WordSet kInteger = {
      "integer", "integers", "int", "ints", "integral", "heltall", "heltal", "heltallet", "ganzzahl", "ganzzahlig",
      "ganzzahlen", "entero", "enteros", "entier", "entiers", "enti\xC3\xA8re", "intero", "interi", "inteiro",
      "inteiros", "ca\xC5\x82kowita", "ca\xC5\x82kowit\xC4\x85", "ca\xC5\x82kowite", "kokonaisluku",
      "kokonaislukuna", "tamsay\xC4\xB1"};
  static const vocab::WordSet kWholeOf = {"whole", "round", "ganze", "ganzen", "geheel", "hele", "helt", "hel"};
  static const vocab::WordSet kNumberWord = {"number", "numbers", "zahl", "zahlen", "getal", "getallen", "tall", "tal"};
  // "without decimals", "with no fraction", "uten desimaler", "ohne
  // Nachkommastellen", "sin decimales", "sans décimales".
  static const vocab::WordSet kWithout = {"without", "no", "uten", "utan", "ohne", "sin", "sans", "senza", "sem",
                                          "zonder", "bez", "ilman"};
  static const vocab::WordSet kDecimals = {
      "decimal", "decimals", "fraction", "fractions", "fractional", "desimaler", "decimaler", "nachkommastellen",
      "dezimalstellen", "decimales", "d\xC3\xA9" "cimales", "decimali", "decimais", "decimalen", "desimaalit",
      "desimaaleja", "cents", "pennies", "\xC3\xB8re"};
  auto asks_integer = [&](std::size_t i) {
    if (kInteger.Has(w[i])) return true;
    if (kWholeOf.Has(w[i]) && kNumberWord.Has(at(i + 1))) return true;
    if (!kWithout.Has(w[i])) return false;
    std::size_t k = i + 1;
    while (at(k) == "the" || at(k) == "any" || at(k) == "its" || at(k) == "their") ++k;
    return kDecimals.Has(at(k)) || (at(k) == "decimal" && at(k + 1) == "places");
  };
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (denied(i)) continue;
    if (asks_integer(i)) {
      out.asks.push_back({true, named_before_as(i)});
      continue;
    }
    // "nur die Zahl", "bare tallet", "solo el número", "seulement le
    // nombre", "en chiffres".
    static const vocab::WordSet kOnlyElsewhere = {
        "nur", "blo\xC3\x9F", "bloss", "kun", "bare", "bara", "solo", "s\xC3\xB3lo", "seulement", "uniquement",
        "apenas", "s\xC3\xB3", "soltanto", "solamente", "alleen", "tylko", "vain"};
    static const vocab::WordSet kNumberElsewhere = {
        "zahl", "tallet", "talet", "n\xC3\xBAmero", "numero", "nombre", "chiffre", "chiffres", "getal", "cijfers",
        "liczb\xC4\x99", "liczba", "luku", "lukuna"};
    if (kNumberElsewhere.Has(w[i])) {
      std::size_t k = i;
      while (k > 0 && (at(k - 1) == "die" || at(k - 1) == "das" || at(k - 1) == "den" || at(k - 1) == "el" ||
                       at(k - 1) == "le" || at(k - 1) == "il" || at(k - 1) == "o" || at(k - 1) == "het")) {
        --k;
      }
      if ((k > 0 && kOnlyElsewhere.Has(at(k - 1))) || (w[i] == "chiffres" && at(i - 1) == "en")) {
        out.asks.push_back({false, std::string()});
      }
      continue;
    }
    // ("figure only", "just the figures", "digits only".)
    if (w[i] != "number" && w[i] != "figure" && w[i] != "figures" && w[i] != "digits") continue;
    // (Not "the number of guests", nor "the phone number only", which
    // name a member.)
    if (at(i + 1) == "of") continue;
    const bool article = at(i - 1) == "the" || at(i - 1) == "a";
    const std::string_view before = article ? at(i - 2) : at(i - 1);
    // "just the number", "only a number", "as a bare number", "number
    // only" but after a member's label that holds the word ("the phone
    // number only": "as a string, number only", "the length, figure only");
    // "number, nothing else", "number without text".
    const bool names_member =
        i > 0 && !article && !IsFillerWord(before) && table.HasWord(before) && table.HasWord(w[i]);
    if ((i > 0 && kOnly.Has(before)) || ((at(i + 1) == "only" || at(i + 1) == "alone") && !names_member) ||
        at(i + 1) == "nothing" || at(i + 1) == "without" || (at(i + 1) == "and" && at(i + 2) == "nothing")) {
      out.asks.push_back({false, named_before_as(i)});
    }
  }
  return out;
}

std::vector<std::string> DistinguishingWords(const SourceText& source, const LabelSets& labels) {
  std::vector<std::string> out;
  auto add = [&](const std::string& w) {
    if (w.empty() || IsFillerWord(w) || std::find(out.begin(), out.end(), w) != out.end()) return;
    out.push_back(w);
  };
  for (const auto& l : labels) {
    for (const std::string& w : l) add(w);
  }
  const std::vector<std::string>& singulars = source.instruction_singular();
  for (std::size_t i = 0; i < singulars.size(); ++i) {
    bool names = false;
    for (const auto& l : labels) {
      for (const std::string& w : l) names = names || (singulars[i] == w && !IsFillerWord(w));
    }
    if (!names) continue;
    for (std::size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
      const std::string& w = singulars[k];
      if (vocab::IsInstructionWord(w) || std::isdigit(static_cast<unsigned char>(w[0]))) continue;
      add(w);
    }
  }
  return out;
}

std::optional<std::string> NamedElsewhere(const SourceText& s, TokenSpan occ, const LabelSets& labels) {
  const std::vector<Token>& t = s.tokens();
  const Field* f = s.FieldAt(t[occ.first].begin);
  if (f == nullptr) return std::nullopt;
  auto own = [&](const std::string& w) {
    if (IsFillerWord(w)) return false;
    for (const auto& l : labels) {
      if (std::find(l.begin(), l.end(), w) != l.end()) return true;
    }
    return false;
  };
  for (const std::string& l : f->label_words) {
    if (own(l)) return std::nullopt;
  }
  for (const Field& g : s.fields()) {
    if (&g == f || g.record != f->record || g.value.empty()) continue;
    bool all = true, some = false;
    for (const std::string& l : g.label_words) {
      all = all && (IsFillerWord(l) || own(l));
      some = some || own(l);
    }
    if (all && some) {
      return "the text's \"" + g.label + "\" field names this member; the value is in \"" + f->label + "\"";
    }
  }
  return std::nullopt;
}

std::optional<std::string> WrongPartOfKind(const SourceText& s, TokenSpan occ, const std::vector<std::string>& words) {
  const std::vector<Token>& t = s.tokens();
  const Field* f = s.FieldAt(t[occ.first].begin);
  if (f == nullptr) return std::nullopt;
  auto has = [](const std::vector<std::string>& v, const std::string& w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  for (const std::string& w : words) {
    if (has(f->label_words, w)) continue;
    for (const Field& g : s.fields()) {
      if (&g == f || g.record != f->record || !has(g.label_words, w)) continue;
      bool same_kind = false;
      for (const std::string& l : g.label_words) same_kind = same_kind || (!IsFillerWord(l) && has(f->label_words, l));
      if (same_kind) {
        return "the request asks for the " + w + " one; this value is in \"" + f->label + "\", the text also has \"" +
               g.label + "\"";
      }
    }
    // The word inside the field's value marks one part: the value must be
    // that part ("+47 400 00 001 (home)", "home: +47 400 00 001").
    // (The tokens are in text order and do not overlap: those inside the
    // value are a run from the first that starts in it.)
    bool marked = false;
    for (std::size_t k = s.FirstTokenFrom(f->value_begin); k < t.size() && t[k].end <= f->value_end && !marked; ++k) {
      marked = t[k].kind == TokenKind::kWord && t[k].norm == w;
    }
    if (!marked) continue;
    auto beside = [&](std::size_t k, int step) {
      for (int n = 0; n < 3 && k < t.size() && t[k].line == t[occ.first].line; ++n, k += step) {
        if (t[k].kind == TokenKind::kWord) return t[k].norm == w;
        if (t[k].kind != TokenKind::kPunct) return false;
        if (step < 0 && k == 0) return false;
      }
      return false;
    };
    if (!beside(occ.second, 1) && !(occ.first > 0 && beside(occ.first - 1, -1))) {
      return "the text's \"" + f->label + ": " + f->value + "\" marks another part as " + w;
    }
  }
  return std::nullopt;
}

std::uint64_t MemberRoles(const SourceText& source, const LabelSets& own) {
  auto of = [](const std::vector<std::string>& words, bool as_label) {
    std::uint64_t r = 0;
    for (const std::string& w : words) r |= vocab::RoleOf(w, as_label);
    return r;
  };
  if (own.empty()) return 0;
  // (MemberLabels: the description's words first, the name's last.)
  std::uint64_t roles = of(own.back(), /*as_label=*/true);
  for (std::size_t l = 0; l + 1 < own.size() && roles == 0; ++l) roles = of(own[l], false);
  if (roles == 0) {
    // (Not a party the instruction denies: "the person who is not the
    // sender", "anyone but the buyer", "other than the tenant".)
    const std::vector<std::string>& said = source.instruction_singular();
    for (std::size_t i = 0; i < said.size(); ++i) {
      const std::uint64_t r = vocab::RoleOf(said[i], /*as_label=*/false);
      bool denied = false;
      for (std::size_t k = i >= 3 ? i - 3 : 0; k < i && r != 0; ++k) {
        denied = denied || vocab::IsNegation(said[k]) || said[k] == "but" || said[k] == "than";
      }
      if (!denied) roles |= r;
    }
  }
  // Both sides of one pair (the bits 2k and 2k + 1) pick no side.
  constexpr std::uint64_t kFirsts = 0x5555555555555555ull;
  return (roles & kFirsts & (roles >> 1)) != 0 ? 0 : roles;
}

namespace {

// The parties or ends a field is stated for: its label's (as a label:
// "From:", "Recipient name:"); else its record's header's ("Doctor:" above
// "Name:"); else those of a short value its record gives under a label of
// roles ("| Role | Name |" over "| Doctor | Rolf Eng |"). With the words that
// say so.
std::uint64_t FieldRoles(const SourceText& s, const Field& f, std::string* named) {
  std::uint64_t at = 0;
  for (const std::string& w : f.label_words) at |= vocab::RoleOf(w, /*as_label=*/true);
  *named = f.label;
  if (at != 0 || f.record >= s.records().size()) return at;
  const std::string& header = s.records()[f.record].header;
  for (const std::string& w : Words(header)) at |= vocab::RoleOf(vocab::Singular(w), true);
  *named = header;
  if (at != 0) return at;
  static const vocab::WordSet kPartyColumnLabels = {"role", "party", "side", "type",
                                                    "kind", "capacity", "rolle", "funktion"};
  for (const Field& g : s.fields()) {
    if (&g == &f || g.record != f.record || g.value_words == 0 || g.value_words > 3) continue;
    const bool role = std::any_of(g.label_words.begin(), g.label_words.end(),
                                  [](const std::string& w) { return kPartyColumnLabels.Has(w); });
    if (!role) continue;
    for (const Token& k : g.value_tokens) {
      if (k.kind == TokenKind::kWord) at |= vocab::RoleOf(vocab::Singular(k.norm), true);
    }
    if (at != 0) {
      *named = g.label + ": " + g.value;
      return at;
    }
  }
  return 0;
}

std::string OtherPartyReason(const std::string& named) {
  return "the text states this value for another party or end (\"" + named + "\") than the one the request asks for";
}

}  // namespace

std::optional<std::string> OtherPartyOfField(const SourceText& s, const Field& f, std::uint64_t roles) {
  if (roles == 0) return std::nullopt;
  std::string named;
  const std::uint64_t at = FieldRoles(s, f, &named);
  if (at == 0 || (at & roles) != 0) return std::nullopt;
  return OtherPartyReason(named);
}

std::optional<std::string> OtherPartyAt(const SourceText& s, TokenSpan occ, std::uint64_t roles) {
  if (roles == 0) return std::nullopt;
  const std::vector<Token>& t = s.tokens();
  if (const Field* f = s.FieldAt(t[occ.first].begin)) return OtherPartyOfField(s, *f, roles);
  // Prose: the role word of the value's clause, before it (nearest first)
  // or else after it ("Ole Vik is the recipient's name"). A clause ends at
  // a stop, a colon, a bar, a line's end and at "and", "while", "whereas",
  // "but", "or"; "from" and "to" after "the" are nouns ("the from is Oslo").
  std::uint64_t at = 0;
  std::string named;
  const std::size_t line = t[occ.first].line;
  auto ends_clause = [&](std::size_t k) {
    if (!t[k].in_source || t[k].line != line) return true;
    const std::string& n = t[k].norm;
    if (t[k].kind == TokenKind::kPunct) return n == "." || n == ";" || n == ":" || n == "|" || n == "!" || n == "?";
    return n == "and" || n == "while" || n == "whereas" || n == "but" || n == "or" || n == "und" || n == "og" ||
           n == "et" || n == "y";
  };
  auto role_at = [&](std::size_t k) {
    if (t[k].kind != TokenKind::kWord) return false;
    const bool noun = k > 0 && t[k - 1].norm == "the";
    at = vocab::RoleOf(s.SingularWord(k), /*as_label=*/noun);
    named = t[k].norm;
    return at != 0;
  };
  // A preposition right before the value names the end of a route or a
  // delivery, whatever other word of its clause says: "Outbound from
  // Tromsø", "Arrival from Oslo" (an origin, a sender), "heading to
  // Kongsberg" (a destination, a recipient), "via Oslo" (neither). It only
  // refuses ("next to", "according to" agree with nothing), and only for a
  // member of those two pairs: "sold to", "rented from", "paid to" turn the
  // others either way.
  if (occ.first > 0 && !ends_clause(occ.first - 1) && t[occ.first - 1].kind == TokenKind::kWord) {
    static const std::uint64_t kFrom = vocab::RoleOf("from", /*as_label=*/true);
    static const std::uint64_t kTo = vocab::RoleOf("to", /*as_label=*/true);
    static const vocab::WordSet kFromWords = {"from", "fra", "von", "desde"};
    static const vocab::WordSet kToWords = {"to", "towards", "toward", "til", "nach", "hacia"};
    const std::string& p = t[occ.first - 1].norm;
    if ((roles & (kFrom | kTo)) == roles) {
      const std::uint64_t end = kFromWords.Has(p) ? kFrom : kToWords.Has(p) ? kTo : p == "via"sv ? ~(kFrom | kTo) : 0;
      if (end != 0 && (end & roles) == 0) return OtherPartyReason(p + " " + t[occ.first].norm);
    }
  }
  int words = 0;
  for (std::size_t k = occ.first; k-- > 0 && words < 8;) {
    if (ends_clause(k) || role_at(k)) break;
    words += t[k].kind == TokenKind::kWord;
  }
  // (After it, a role word past another value is that value's: "Leaving
  // Risør - Oslo being the destination".)
  words = 0;
  for (std::size_t k = occ.second; at == 0 && k < t.size() && words < 4; ++k) {
    if (ends_clause(k) || role_at(k)) break;
    if (t[k].kind == TokenKind::kNumber || Capitalised(s, k)) break;
    words += t[k].kind == TokenKind::kWord;
  }
  if (at == 0 || (at & roles) != 0) return std::nullopt;
  return OtherPartyReason(named);
}

namespace {

// A label's words, split at anything but letters and digits (a '#' is a
// word: "number", as are "no", "nr", "nº"...); at most eight, views into
// the text, which is lowercase (Field::label, or lowered before).
struct LabelSplit {
  std::string_view w[8];
  std::size_t n = 0;
};

void SplitLabel(std::string_view b, LabelSplit* out) {
  auto word_byte = [](char ch) {
    const unsigned char c = static_cast<unsigned char>(ch);
    return std::isalnum(c) || c >= 0x80;
  };
  std::size_t i = 0;
  while (i < b.size() && out->n < 8) {
    if (b[i] == '#') {
      out->w[out->n++] = "number";
      ++i;
      continue;
    }
    if (!word_byte(b[i])) {
      ++i;
      continue;
    }
    const std::size_t from = i;
    while (i < b.size() && word_byte(b[i])) ++i;
    std::string_view word = b.substr(from, i - from);
    if (word == "no" || word == "nr" || word == "num" || word == "nbr" || word == "n\xC2\xBA" || word == "nummer" ||
        word == "numero" || word == "n\xC3\xBAmero") {
      word = "number";
    }
    out->w[out->n++] = word;
  }
}

bool PluralWord(std::string_view x) { return x.size() > 3 && vocab::Singular(x) != x; }

Tally TallyOfSplit(const LabelSplit& l) {
  const std::string_view* w = l.w;
  const std::size_t n = l.n;
  if (n == 0) return Tally::kUnknown;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::string_view x = w[i];
    const bool tally_word = x == "number" || x == "count" || x == "quantity" || x == "qty" || x == "anzahl" ||
                            x == "antall";
    if (tally_word && (w[i + 1] == "of" || (i == 0 && PluralWord(w[i + 1])))) return Tally::kCount;
    // "Total rooms", "amount of guests" (not "Total amount", "amount of VAT").
    if (x == "total" && PluralWord(w[i + 1])) return Tally::kCount;
    if (x == "amount" && w[i + 1] == "of" && i + 2 < n && PluralWord(w[i + 2])) return Tally::kCount;
    if (x == "how" && w[i + 1] == "many") return Tally::kCount;
  }
  if (n >= 2 && w[n - 1] == "count") return Tally::kCount;
  if (n >= 2 && (w[n - 1] == "number" || w[n - 1] == "id") && w[n - 2] != "of" && !PluralWord(w[n - 2])) {
    return Tally::kIdentifier;
  }
  return Tally::kUnknown;
}

}  // namespace

Tally TallyOf(std::string_view label) {
  std::string lower(label);
  for (char& c : lower) c = Lower(c);
  LabelSplit l;
  SplitLabel(lower, &l);
  return TallyOfSplit(l);
}

bool Capitalised(const SourceText& source, std::size_t i) {
  const Token& k = source.tokens()[i];
  if (k.kind != TokenKind::kWord) return false;
  const unsigned char c = static_cast<unsigned char>(source.prompt()[k.begin]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

std::optional<std::string> SignInAnotherField(const SourceText& s, const Field& f) {
  // Words that put a number below zero by themselves, and those that do
  // before "zero", "0", "sea" (level), "ground", "freezing", "street".
  static const vocab::WordSet kBelow = {"overdrawn", "negative", "minus", "deficit", "debit", "subzero",
                                        "underground", "basement", "frost", "owed", "owing", "negativ",
                                        "overtrukket", "overdraft", "d\xC3\xA9" "couvert", "decouvert", "debt",
                                        "arrears", "shortfall", "loss", "perte", "verlust", "underskudd",
                                        "overtrekk", "descubierto"};
  // A hemisphere south or west of a coordinate under any label ("Ref: S",
  // "Reference: West"), for a latitude or longitude.
  static const vocab::WordSet kSouthWest = {"s", "w", "south", "west", "sud", "s\xC3\xBC" "d", "sur", "s\xC3\xB8r",
                                            "syd", "vest", "ouest", "oeste", "sw", "ssw", "wsw"};
  static const vocab::WordSet kCoordinates = {"latitude", "longitude", "lat", "lon", "long", "lng", "breddegrad",
                                              "lengdegrad", "breite", "l\xC3\xA4nge", "latitud", "longitud"};
  const bool coordinate = std::any_of(f.label_words.begin(), f.label_words.end(),
                                      [](const std::string& w) { return kCoordinates.Has(w); });
  static const vocab::WordSet kSide = {"below", "under", "beneath", "sub", "unter", "unterhalb", "sous", "bajo"};
  static const vocab::WordSet kZero = {"zero", "0", "sea", "ground", "freezing", "street", "null", "par"};
  static const vocab::WordSet kSignLabels = {"direction", "sign", "polarity", "hemisphere", "vorzeichen",
                                             "fortegn", "signe", "signo", "zero"};
  // ("Guests: 12" beside "Times: two".)
  static const vocab::WordSet kTimesLabels = {"times", "multiplier", "factor", "e"};
  for (const Field& g : s.fields()) {
    if (&g == &f || g.record != f.record || g.value_tokens.empty() || g.value_words > 4) continue;
    if (kTimesLabels.Has(g.label)) {  // (the label as written: its words are singular)
      return "the text's \"" + g.label + ": " + g.value + "\" may multiply the number";
    }
    bool says = std::any_of(g.label_words.begin(), g.label_words.end(),
                            [](const std::string& w) { return kSignLabels.Has(w); });
    const std::vector<Token>& v = g.value_tokens;
    // "Position: below"
    says = says || (g.value_words == 1 && kSide.Has(v.front().norm));
    says = says || (coordinate && g.value_words == 1 && kSouthWest.Has(v.front().norm));
    for (std::size_t i = 0; i < v.size() && !says; ++i) {
      if (v[i].kind == TokenKind::kPunct) continue;
      if (kBelow.Has(v[i].norm)) says = true;
      // "in the red"
      if (v[i].norm == "red" && i >= 2 && v[i - 1].norm == "the" && v[i - 2].norm == "in") says = true;
      if (kSide.Has(v[i].norm)) {
        for (std::size_t k = i + 1; k < v.size() && k <= i + 2 && !says; ++k) {
          says = v[k].kind != TokenKind::kPunct && kZero.Has(v[k].norm);
        }
      }
    }
    if (says) {
      return "the text's \"" + g.label + ": " + g.value + "\" may put the number on the other side of zero";
    }
  }
  return std::nullopt;
}

std::optional<std::string> HalfOfDayInAnotherField(const SourceText& s, const Field& f, int hour) {
  static const vocab::WordSet kHalfLabels = {"period", "meridiem", "meridian", "ampm", "am/pm"};
  static const vocab::WordSet kMorning = {"am", "morning", "vormittags", "morgens", "formiddag", "morgen", "matin",
                                          "ma\xC3\xB1" "ana", "mattina"};
  static const vocab::WordSet kAfternoon = {"pm", "afternoon", "evening", "nachmittags", "abends", "ettermiddag",
                                            "kveld", "kvelden", "soir", "apr\xC3\xA8s-midi", "tarde", "pomeriggio",
                                            "sera"};
  static const vocab::WordSet kEither = {"meridiem", "night", "noon", "midday", "midnight", "nachts", "natt", "noche"};
  for (const Field& g : s.fields()) {
    if (&g == &f || g.record != f.record || g.value_tokens.empty() || g.value_words > 4) continue;
    // Which half the field says: 1 the morning, 2 the afternoon, 3 either
    // or one it does not say ("Period" with any word).
    int half = 0;
    const std::vector<Token>& v = g.value_tokens;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i].kind != TokenKind::kWord) continue;
      const std::string& w = v[i].norm;
      // "p.m.", "a.m.", "e.m.", "f.m.": one letter, then "m".
      const bool dotted = w.size() == 1 && i + 2 < v.size() && v[i + 1].norm == "." && v[i + 2].norm == "m";
      const bool after = i > 0 && v[i - 1].kind == TokenKind::kWord;
      if (kMorning.Has(w) || (dotted && (w == "a" || w == "f")) || (w == "meridiem" && after && v[i - 1].norm == "ante")) {
        half |= 1;
      } else if (kAfternoon.Has(w) || (dotted && (w == "p" || w == "e")) ||
                 (w == "meridiem" && after && v[i - 1].norm == "post")) {
        half |= 2;
      } else if (kEither.Has(w) || dotted) {
        half |= 3;
      }
    }
    if (half == 0 && std::any_of(g.label_words.begin(), g.label_words.end(),
                                 [](const std::string& w) { return kHalfLabels.Has(w); })) {
      half = 3;
    }
    // A time in the half it names as written stands ("09:15" beside "a.m.",
    // "12:30" or "14:00" beside "p.m."); any other may be twelve hours off.
    const bool stands = (half == 1 && hour >= 0 && hour < 12) || (half == 2 && hour >= 12 && hour < 24);
    if (half != 0 && !stands) {
      return "the text's \"" + g.label + ": " + g.value + "\" may put the time in the other half of the day";
    }
  }
  return std::nullopt;
}

std::optional<std::string> OtherTallyOfField(const SourceText& s, const Field& f, Tally member,
                                             std::string_view member_noun) {
  if ((member == Tally::kUnknown && member_noun.empty()) || f.label_end <= f.label_begin) return std::nullopt;
  // (A member of one noun meets a count of it only in a label holding the
  // noun: label words are singular.)
  if (member == Tally::kUnknown &&
      std::find(f.label_words.begin(), f.label_words.end(), member_noun) == f.label_words.end()) {
    return std::nullopt;
  }
  // The label as written, with a "#", "No." or "Nr." the field reader left
  // before it ("# of rooms", "No. of rooms").
  const std::string_view p = s.prompt();
  std::size_t begin = f.label_begin;
  std::size_t k = begin;
  while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t')) --k;
  LabelSplit l;
  if (k > 0 && p[k - 1] == '#') {
    begin = k - 1;
  } else {
    std::size_t w = k;
    if (w > 0 && p[w - 1] == '.') --w;
    std::size_t a = w;
    while (a > 0 && std::isalpha(static_cast<unsigned char>(p[a - 1]))) --a;
    if (w - a == 2 && (Lower(p[a]) == 'n') && (Lower(p[a + 1]) == 'o' || Lower(p[a + 1]) == 'r') &&
        (a == 0 || p[a - 1] == ' ' || p[a - 1] == '\n' || p[a - 1] == '|')) {
      begin = a;
    }
  }
  if (begin != f.label_begin) l.w[l.n++] = "number";
  SplitLabel(f.label, &l);
  const std::string_view label = p.substr(begin, f.label_end - begin);
  Tally field = TallyOfSplit(l);
  if (field == Tally::kUnknown) {
    // A bare noun: plural, a count ("Rooms: 2", "Rooms number: 2");
    // singular beside a count asked, one of them ("Room: 214").
    const bool plural = l.n >= 1 && PluralWord(l.w[0]);
    if (l.n == 1 || (l.n == 2 && l.w[1] == "number")) {
      if (plural) field = Tally::kCount;
      else if (l.n == 1 && member == Tally::kCount) field = Tally::kIdentifier;
    }
  }
  if (member == Tally::kUnknown && field == Tally::kCount) {
    // A member named by one noun ("room") is one of them, not their count
    // ("Rooms: 2", "Number of rooms: 2").
    bool counts_it = false;
    for (std::size_t i = 0; i < l.n && !counts_it; ++i) {
      counts_it = l.w[i] != member_noun && PluralWord(l.w[i]) && vocab::Singular(l.w[i]) == member_noun;
    }
    if (counts_it) member = Tally::kIdentifier;
  }
  if (field == Tally::kUnknown || member == Tally::kUnknown || field == member) return std::nullopt;
  return "the text's \"" + std::string(label) + "\" is " + (field == Tally::kCount ? "a count" : "an identifier") +
         ", and the member " + (member == Tally::kCount ? "a count" : "an identifier");
}

std::optional<std::size_t> RivalNumber(const SourceText& s, TokenSpan occ, double value, std::string_view unit,
                                       const LabelSets& own, const LabelSets& others,
                                       const std::vector<double>& claimed) {
  const std::vector<Token>& t = s.tokens();
  const auto [b, e] = s.SentenceOf(occ, /*semicolon_ends=*/false);
  // A piece of "2024-03-14", "10:30", "4/5", "04.03.2024", "AB-12", "3x".
  auto joiner = [&](std::size_t j) {
    const std::string& n = t[j].norm;
    return n == "-"sv || n == "/"sv || n == ":"sv ||
           (n == "."sv && j + 1 < t.size() && !t[j + 1].space_before && t[j + 1].kind != TokenKind::kPunct);
  };
  auto glued = [&](std::size_t k) {
    if (k + 1 < t.size() && !t[k + 1].space_before && (t[k + 1].kind != TokenKind::kPunct || joiner(k + 1))) {
      return true;
    }
    return k > 0 && !t[k].space_before && (t[k - 1].kind != TokenKind::kPunct || joiner(k - 1));
  };
  for (std::size_t k = b; k < e; ++k) {
    if (k >= occ.first && k < occ.second) continue;
    if (t[k].kind != TokenKind::kNumber || t[k].number == value || glued(k)) continue;
    if (std::find(claimed.begin(), claimed.end(), t[k].number) != claimed.end()) continue;
    if (k + 1 < e) {
      const std::string_view after = t[k + 1].norm == "%"sv ? "%"sv : vocab::UnitOf(t[k + 1].norm);
      if (!after.empty() && after != unit) continue;
    }
    if (k > 0 && t[k - 1].line == t[k].line) {
      const std::string& before = t[k - 1].norm;
      const bool year = t[k].number >= 1000 && t[k].number < 3000 && t[k].number == static_cast<int>(t[k].number);
      if (year && (before == "in"sv || before == "since"sv || before == "from"sv || before == "until"sv ||
                   before == "by"sv || before == "of"sv || before == "before"sv || before == "after"sv)) {
        continue;
      }
    }
    if (AdjacentNaming(s, {k, k + 1}, own, others) < 0) continue;
    return k;
  }
  return std::nullopt;
}

std::vector<std::size_t> PresentMarkers(const SourceText& s) {
  const std::vector<Token>& t = s.tokens();
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!t[k].in_source || t[k].kind != TokenKind::kWord) continue;
    const std::string& n = t[k].norm;
    if (n == "now"sv || n == "currently"sv || n == "today"sv || n == "presently"sv || n == "nowadays"sv ||
        (n == "days"sv && k > 0 && t[k - 1].norm == "these"sv)) {
      out.push_back(k);
    }
  }
  return out;
}

std::optional<std::size_t> PresentNumberElsewhere(const SourceText& s, const std::vector<std::size_t>& markers,
                                                  double value, std::string_view unit,
                                                  const LabelSets& own, const LabelSets& others,
                                                  const std::vector<double>& claimed) {
  const std::vector<Token>& t = s.tokens();
  for (std::size_t k : markers) {
    // The sentence around the word: does it give the value itself?
    const auto [b, e] = s.SentenceOf(k, /*semicolon_ends=*/false);
    bool gives_value = false;
    for (std::size_t j = b; j < e && !gives_value; ++j) gives_value = t[j].kind == TokenKind::kNumber && t[j].number == value;
    if (gives_value) continue;
    if (std::optional<std::size_t> other = RivalNumber(s, {k, k + 1}, value, unit, own, others, claimed)) return other;
  }
  return std::nullopt;
}

// ... unless they name one of the member's labels.
bool TransformationAsked(const SourceText& source, const std::vector<std::size_t>& words, const LabelSets& labels) {
  for (std::size_t i : words) {
    const std::string& singular = source.instruction_singular()[i];
    bool own = false;
    for (const auto& l : labels) own = own || std::find(l.begin(), l.end(), singular) != l.end();
    if (!own) return true;
  }
  return false;
}

// The field whose value holds a remark that speaks of other values:
// "Customer: Zofia Holt (the two cities on this form are swapped)", "(the
// pair below is reversed)", "(the first value below is a typo for 140)",
// "(les deux valeurs sont invers\u00E9es)" (round 266), and past a box or a
// value in any marks ("Overdraft: (x) \u2013 the next answer is reversed",
// "Gift wrap: \u2611 \u00ABthe pair above is back to front\u00BB", "Framed: \u2611
// (figures transposed)", "{haemolysed answered backwards}", round 267). A
// word of change with a word for other values ("below", "next", "the
// two", a plural) names others; with `strict` false, a word of change in
// three words or more does too. It may change members whose own lines did
// not change, so none is plain; with `strict`, the checks refuse a value
// read from another field.
const Field* RemarkOfOthersInAField(const SourceText& source, bool strict) {
  static const vocab::WordSet kChange = {
      "swapped", "swap", "reversed", "reverse", "switched", "inverted", "transposed", "flipped", "interchanged",
      "typo", "misprint", "mixed", "mistake", "byttet", "ombyttet", "invers\u00E9es", "invers\u00E9s",
      "invers\u00E9", "invers\u00E9e", "invertidos", "invertidas", "invertida", "invertido", "invertiti",
      "invertite", "scambiati", "scambiate", "vertauscht", "umgekehrt", "omgekeerd", "verwisseld", "zamienione",
      "intercambiados", "cambiados", "opposite", "vice", "versa", "belongs", "belong", "backwards", "backward",
      "negated", "negate", "inverse", "upside", "contrary", "omvendt", "mirrored", "mirror", "reverted", "flip",
      "flips"};
  static const vocab::WordSet kOthers = {
      "below", "above", "other", "pair", "both", "two", "these", "those", "deux", "zwei", "begge", "beide",
      "ambos", "entrambi", "unten", "oben", "dessous", "dessus", "abajo", "arriba", "sotto", "sopra",
      "nedenfor", "ovenfor", "label", "labels", "values", "fields", "figures", "order", "entries", "numbers",
      "columns", "lines", "next", "following", "previous", "preceding", "former", "latter", "answer", "answers",
      "them", "each", "andere", "otra", "autre", "altra", "over", "under"};
  // 2 for a remark that names other values, 1 for a word of change in three
  // words or more, 0 for none.
  const auto remark = [&](std::string_view text) {
    std::size_t words = 0;
    bool change = false, others = false, copula = false;
    const std::vector<Token> t = Tokenize(text);
    for (std::size_t i = 0; i < t.size(); ++i) {
      const Token& k = t[i];
      if (k.kind != TokenKind::kWord) continue;
      ++words;
      // ("the other way round", "the wrong way round", "in each other's
      // place", "back to front")
      bool other_way = false;
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
        other_way = other_way || ((k.norm == "way" || k.norm == "place" || k.norm == "places") &&
                                  (t[j].norm == "other" || t[j].norm == "wrong")) ||
                    (k.norm == "front" && t[j].norm == "back");
      }
      change = change || kChange.Has(k.norm) || other_way;
      copula = copula || k.norm == "is" || k.norm == "are" || k.norm == "was" || k.norm == "were";
      others = others || kOthers.Has(k.norm) || (k.norm.size() > 4 && k.norm.back() == 's' && !kChange.Has(k.norm));
    }
    // (Other values said to be something in words no list holds: "the next
    // answer is mirrored".)
    return change && others ? 2 : ((change || (others && copula)) && words >= 3) ? 1 : 0;
  };
  // Words after a box ("Reduction: \u2610 the next answer is mirrored"): a
  // remark, whatever it says.
  const auto after_box = [](std::string_view text) {
    static constexpr std::string_view kBoxes[] = {"[x]", "[X]", "[ ]", "(x)", "(X)", "( )", "\u2610", "\u2611",
                                                  "\u2612", "\u2713", "\u2714", "\u2717", "\u2718"};
    for (std::string_view box : kBoxes) {
      const std::size_t at = text.find(box);
      if (at == std::string_view::npos) continue;
      std::size_t words = 0;
      for (const Token& k : Tokenize(text.substr(at + box.size()))) words += k.kind == TokenKind::kWord;
      if (words >= 2) return true;
    }
    return false;
  };
  const int wanted = strict ? 2 : 1;
  const std::string_view prompt = source.prompt();
  for (const Field& f : source.fields()) {
    std::size_t end = prompt.find('\n', f.value_begin);
    if (end == std::string_view::npos) end = prompt.size();
    const std::string_view text = prompt.substr(f.value_begin, end - f.value_begin);
    if (remark(text) >= wanted || (!strict && after_box(text))) return &f;
    // (Round brackets alone: a remark of five words or more on other values,
    // "(read Utrecht for the first entry below)".)
    for (std::size_t open = text.find('('); open != std::string_view::npos && !strict; open = text.find('(', open + 1)) {
      const std::size_t close = text.find(')', open);
      if (close == std::string_view::npos) break;
      std::size_t words = 0;
      bool others = false;
      for (const Token& k : Tokenize(text.substr(open + 1, close - open - 1))) {
        if (k.kind != TokenKind::kWord) continue;
        ++words;
        others = others || kOthers.Has(k.norm);
      }
      if (words >= 5 && others) return &f;
    }
  }
  return nullptr;
}

std::vector<NullSentence> NullAskingSentences(const SourceText& source) {
  std::vector<NullSentence> out;
  static const vocab::WordSet kCondition = {"if", "when", "whenever", "unless", "missing", "unknown", "absent",
                                            "otherwise", "else", "or", "only", "unclear", "unsure",
                                            "unavailable", "unstated"};
  static const vocab::WordSet kDenial = {"not", "never", "no", "don", "t", "nor", "neither", "cannot", "non"};
  const std::vector<Token>& t = source.tokens();
  std::size_t begin = 0;
  std::vector<std::string> words;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    const bool end = i == t.size() || t[i].in_source || t[i].norm == "." || t[i].norm == "!" || t[i].norm == "?" ||
                     (i > begin && t[i].line != t[i - 1].line);
    if (!end) continue;
    bool null = false, condition = false;
    words.clear();
    for (std::size_t k = begin; k < i; ++k) {
      condition = condition || kCondition.Has(t[k].norm);
      // ("Never null.", "must not be null")
      if (t[k].norm == "null") {
        null = true;
        for (std::size_t j = std::max(begin, k >= 3 ? k - 3 : 0); j < k; ++j) {
          condition = condition || kDenial.Has(t[j].norm);
        }
      }
      // ("Set frequent_flyer to null.": the key's words.)
      for (std::size_t from = 0; from <= t[k].norm.size();) {
        std::size_t to = t[k].norm.find('_', from);
        if (to == std::string::npos) to = t[k].norm.size();
        if (to > from) words.push_back(vocab::Singular(t[k].norm.substr(from, to - from)));
        from = to + 1;
      }
    }
    if (null && !condition) out.push_back({words, t[begin].begin, t[i - 1].end});
    begin = i + 1;
  }
  return out;
}

}  // namespace stepcache::checks::internal
