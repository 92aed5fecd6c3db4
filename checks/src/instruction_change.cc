// Instruction changes: whether the instruction part of a new prompt asks
// what the cached prompt asked (evidence.h: CompareInstructions and
// CompareInstructionSentences).
#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "vocabulary.h"

namespace stepcache::checks {
namespace {

// Whether `w` or its singular is one of `value_words` ("vans" of "van").
bool AValue(const std::vector<std::string>* value_words, const std::string& w) {
  if (value_words == nullptr) return false;
  const std::string singular = vocab::Singular(w);
  return std::find(value_words->begin(), value_words->end(), w) != value_words->end() ||
         std::find(value_words->begin(), value_words->end(), singular) != value_words->end();
}

}  // namespace

InstructionChange CompareInstructions(const std::vector<std::string>& old_words,
                                      const std::vector<std::string>& new_words,
                                      const LicensedChanges& licensed, std::string_view old_var,
                                      std::string_view new_var, const std::vector<std::string>* member_words,
                                      const std::vector<std::string>* value_words) {
  InstructionChange result;
  auto normalise = [&](const std::vector<std::string>& words, std::string_view var) {
    std::vector<std::string> out = words;
    if (!var.empty() && licensed.renamed_variable) {
      for (std::string& w : out) {
        if (w == var) w = "\x01var";
      }
    }
    return out;
  };
  const std::vector<std::string> a = normalise(old_words, old_var);
  const std::vector<std::string> b = normalise(new_words, new_var);
  std::map<std::string, int> count;
  for (const std::string& w : a) --count[w];
  for (const std::string& w : b) ++count[w];
  auto fail = [&](std::string why) {
    result.licensed = false;
    if (result.reason.empty()) result.reason = std::move(why);
  };
  // The words a negation governs and the ordinals, in order: a reordering
  // that moves them ("the sender, not the recipient") changes what is asked.
  auto scoped = [&](const std::vector<std::string>& w) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (vocab::OrdinalValue(w[i]) != 0) out.push_back("#" + w[i]);
      if (!vocab::IsNegation(w[i])) continue;
      for (std::size_t k = i + 1; k < w.size() && k <= i + 3; ++k) {
        if (!vocab::IsFiller(w[k])) {
          // "without commentary" governs formatting, not what is asked.
          if (!(licensed.formatting && vocab::IsFormattingWord(w[k]))) out.push_back("!" + w[k]);
          break;
        }
      }
    }
    return out;
  };
  if (scoped(a) != scoped(b)) fail("what the instruction negates or which one it selects changed");
  // A code, number, key or label asked of a member, written any way ("the
  // city code", "the code to the city", "the city/code", "the City Code",
  // "the code in this city"; round 255): such words and the member's name
  // within three words of them, as pairs, and "on", "at" or "upon" right
  // after a member's name. A pair one instruction has and the other not asks
  // another value of the member.
  auto member_heads = [&](const std::vector<std::string>& w) {
    static const std::set<std::string> kHeads = {"code", "codes", "number", "numbers", "key", "keys", "label",
                                                 "labels", "id", "ids", "no", "nr", "num"};
    std::vector<std::string> out;
    if (member_words == nullptr) return out;
    const auto member = [&](const std::string& m) {
      return !vocab::IsFiller(m) &&
             (std::find(member_words->begin(), member_words->end(), m) != member_words->end() ||
              std::find(member_words->begin(), member_words->end(), vocab::Singular(m)) != member_words->end());
    };
    for (std::size_t i = 0; i < w.size(); ++i) {
      // ("the age on entry", "Age On Entry", "the age at booking": a time
      // the member is asked at.)
      if ((w[i] == "on" || w[i] == "at" || w[i] == "upon") && i > 0 && member(w[i - 1])) {
        out.push_back(w[i] + " " + vocab::Singular(w[i - 1]));
      }
      if (kHeads.count(w[i]) == 0) continue;
      // ("Use exactly the key names given.": the JSON's keys.)
      if (i + 1 < w.size() && (w[i + 1] == "name" || w[i + 1] == "names") && w[i] != "code" && w[i] != "number") {
        continue;
      }
      // (Further after it through a clause: "the number that we keep for
      // the city", "the code which is used for the name", round 258.)
      bool clause = false;
      for (std::size_t k = i >= 3 ? i - 3 : 0; k < w.size() && (k <= i + 3 || (clause && k <= i + 7)); ++k) {
        if (k > i && (w[k] == "that" || w[k] == "which" || w[k] == "we" || w[k] == "you")) clause = true;
        if (k != i && kHeads.count(w[k]) == 0 && member(w[k])) out.push_back(w[i] + " " + vocab::Singular(w[k]));
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  if (const std::vector<std::string> ha = member_heads(a), hb = member_heads(b); ha != hb) {
    const std::vector<std::string>& more = ha.size() > hb.size() ? ha : hb;
    const std::vector<std::string>& fewer = ha.size() > hb.size() ? hb : ha;
    std::string which;
    for (const std::string& h : more) {
      if (std::find(fewer.begin(), fewer.end(), h) == fewer.end()) {
        which = h;
        break;
      }
    }
    fail("a code, number, key or label asked of a member changed" + (which.empty() ? std::string() : ": \"" + which + "\""));
  }
  auto check_side = [&](const std::vector<std::string>& w, int sign) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      auto it = count.find(w[i]);
      if (it == count.end() || it->second * sign <= 0) continue;
      result.changed = true;
      const std::string& word = w[i];
      const std::string next = i + 1 < w.size() ? w[i + 1] : "";
      const std::string prev = i > 0 ? w[i - 1] : "";
      // The variable renamed consistently is licensed ("-x" and "2x" are
      // caught by AsksForAnotherValue, which sees the signs words lose).
      if (word == "\x01var") continue;
      const bool number = !word.empty() && ((word[0] >= '0' && word[0] <= '9') || word[0] == '-');
      if (number) {
        if (!(licensed.formatting && (prev == "step" || prev == "steps"))) fail("a number changed: " + word);
        continue;
      }
      if (AValue(value_words, word)) {
        fail("a value a member allows changed: \"" + word + "\"");
        continue;
      }
      // "US style", "in words", "short form": the value's form, not the
      // answer's.
      if (vocab::AsksValueInOtherForm(w, i)) {
        fail("the form asked of a value changed: \"" + (prev.empty() ? word : prev + " " + word) + "\"");
        continue;
      }
      if (vocab::IsNegation(word)) {
        std::string governed;
        for (std::size_t k = i + 1; k < w.size() && k <= i + 4 && governed.empty(); ++k) {
          if (!vocab::IsFiller(w[k]) && !vocab::IsNegation(w[k]) && w[k] != "wrap" && w[k] != "include" &&
              w[k] != "add" && w[k] != "use" && w[k] != "give" && w[k] != "write" && w[k] != "show") {
            governed = w[k];
          }
        }
        if (!(licensed.formatting && !governed.empty() && vocab::IsFormattingWord(governed))) {
          fail("a negation changed: \"" + word + " " + governed + "\"");
        }
        continue;
      }
      if (word == "new" || word == "single" || word == "one" || word == "separate") {
        static const std::set<std::string> kUnits = {"line", "lines", "row", "rows", "paragraph",
                                                     "equation", "step", "per", "by"};
        if (!(licensed.formatting && kUnits.count(next))) fail("\"" + word + " " + next + "\" changed");
        continue;
      }
      if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z' && word != "a" && word != "i" && word != "s") {
        fail("a variable-like word changed: " + word);
        continue;
      }
      if (!(licensed.paraphrase || licensed.formatting) || !vocab::IsInstructionWord(word)) {
        fail("the instruction word \"" + word + "\" changed");
        continue;
      }
      if (member_words == nullptr) continue;
      // A condition on what is asked ("only if paid", "null unless valid").
      if (vocab::RelativePosition(w, i)) {
        fail("a word of position changed: \"" + word + "\"");
        continue;
      }
      if (vocab::IsConditionWord(word) || vocab::Comparison(w, i)) {
        fail("a condition changed: \"" + word + "\"");
        continue;
      }
      // A word added or dropped right before a member's name, where a word
      // that says which one or in which form stands ("the short name", "the
      // display name", "the international phone"): no list of such words is
      // complete.
      if (i + 1 < w.size() && !vocab::IsFiller(word) && !vocab::IsInstructionVerb(word) &&
          !vocab::IsFormattingWord(word) && !vocab::IsListWord(word)) {
        const std::string& next_word = w[i + 1];
        const bool names_member =
            std::find(member_words->begin(), member_words->end(), next_word) != member_words->end() ||
            std::find(member_words->begin(), member_words->end(), vocab::Singular(next_word)) != member_words->end();
        if (!vocab::IsFiller(next_word) && names_member) {
          fail("the word \"" + word + "\" changed right before the member's name \"" + next_word + "\"");
          continue;
        }
      }
      // A word added or dropped right after a member's name, after its
      // possessive or "at / on (the)", or before "of / for / from (the, its,
      // their...)" and the name, where a
      // noun that makes it another value stands ("the city code", "the
      // guest's code", "the code of the city", "the age at entry", "the age
      // at the start"; round 254). A word of list or
      // format ("the city and amount, JSON only") is none, but "code" and
      // "key".
      // (Nor a word that points at the text, "the order below", names it,
      // "the city in the record", or a participle, "the email, taken from".)
      const bool participle =
          word.size() > 4 && (word.compare(word.size() - 2, 2, "ed") == 0 || word.compare(word.size() - 2, 2, "en") == 0);
      const bool compound_word =
          !vocab::IsFiller(word) && !vocab::IsInstructionVerb(word) && !vocab::IsPointerWord(word) && !participle &&
          (!vocab::IsSourceMarkerNoun(word) || word == "entry") &&
          ((!vocab::IsListWord(word) && !vocab::IsFormattingWord(word)) || word == "code" || word == "codes" ||
           word == "key" || word == "keys");
      if (compound_word) {
        const auto member_at = [&](std::size_t k) {
          return k < w.size() && !vocab::IsFiller(w[k]) &&
                 (std::find(member_words->begin(), member_words->end(), w[k]) != member_words->end() ||
                  std::find(member_words->begin(), member_words->end(), vocab::Singular(w[k])) != member_words->end());
        };
        // (Round 255: "the code of their city", "the code for this city",
        // "the number from the city", "the age on entry".)
        const auto determiner = [](const std::string& d) {
          return d == "the" || d == "a" || d == "an" || d == "this" || d == "that" || d == "its" ||
                 d == "their" || d == "his" || d == "her" || d == "our" || d == "your" || d == "my" ||
                 d == "each" || d == "every";
        };
        std::size_t before = i;  // the word before, past a possessive's "s" or "at / on (the)"
        if (before > 0 && w[before - 1] == "s") {
          --before;
        } else {
          if (before > 1 && determiner(w[before - 1]) &&
              (w[before - 2] == "at" || w[before - 2] == "on" || w[before - 2] == "upon")) {
            --before;
          }
          if (before > 0 && (w[before - 1] == "at" || w[before - 1] == "on" || w[before - 1] == "upon")) --before;
        }
        std::size_t after = i + 1;  // the word after "of / for / from (the)"
        const bool of = after < w.size() && (w[after] == "of" || w[after] == "for" || w[after] == "from");
        if (of) ++after;
        if (of && after < w.size() && determiner(w[after])) ++after;
        if ((before > 0 && member_at(before - 1)) || (of && member_at(after))) {
          fail("the word \"" + word + "\" changed beside the member's name \"" +
               (before > 0 && member_at(before - 1) ? w[before - 1] : w[after]) + "\"");
          continue;
        }
      }
      // A word that may qualify a member's name beside it ("the full phone",
      // "the phone as a plain number"). (A twin field it names, "the room
      // number" beside "Room number:", the fresh checks read.)
      if (vocab::IsQualifyingInstructionWord(word)) {
        for (std::size_t k = i >= 4 ? i - 4 : 0; k < w.size() && k <= i + 4; ++k) {
          if (k == i || vocab::IsFiller(w[k])) continue;
          // ("the key names given" speaks of the JSON's keys.)
          if (k > 0 && (w[k - 1] == "key" || w[k - 1] == "field" || w[k - 1] == "property")) continue;
          const std::string singular = vocab::Singular(w[k]);
          if (std::find(member_words->begin(), member_words->end(), w[k]) != member_words->end() ||
              std::find(member_words->begin(), member_words->end(), singular) != member_words->end()) {
            fail("the word \"" + word + "\" changed beside the member's name \"" + w[k] + "\"");
            break;
          }
        }
      }
    }
  };
  check_side(a, -1);
  check_side(b, +1);
  return result;
}
namespace {

// Words that make a sentence speak of what is asked, whatever else it says.
bool Trigger(std::string_view w) {
  static const char* const kWords[] = {
      "extract", "return", "give", "output", "report", "include", "exclude", "use", "ignore", "only",
      "instead", "rather", "also", "except", "answer", "value", "values", "field", "fields", "key", "keys",
      "json", "format", "convert", "round", "rounded", "express", "list", "select", "pick", "choose", "prefer",
      "skip", "omit", "add", "subtract", "multiply", "divide", "sum", "total", "average", "double", "twice",
      "half", "square", "negative", "positive", "fraction", "decimal", "decimals", "percent", "unit", "units",
      "previous", "former", "current", "latest", "new", "old", "updated", "correct", "corrected", "wrong",
      "actually", "solve", "find", "equation", "variable", "result", "replace", "swap", "change", "changed",
      "should", "must", "need", "needs", "want", "wants", "expected", "instead", "other", "another", "same"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool UnrelatedSentence(const std::vector<std::string>& words, const std::vector<std::string>& forbidden,
                       const std::vector<std::string>* value_words) {
  if (words.empty() || words.size() > 25) return false;
  for (const std::string& w : words) {
    // (An allowed value, however short: "In de.", "It is it.")
    if (AValue(value_words, w)) return false;
    if (w == "?" || Trigger(w) || vocab::IsNegation(w) || vocab::OrdinalValue(w) != 0) return false;
    if (!vocab::UnitOf(w).empty() && w.size() > 2) return false;
    if (!w.empty() && ((w[0] >= '0' && w[0] <= '9') || w[0] == '-')) return false;  // a number
    if (w.size() == 1 && w != "a" && w != "i") return false;                       // a variable
    if (!vocab::IsFiller(w) && std::find(forbidden.begin(), forbidden.end(), w) != forbidden.end()) return false;
  }
  return true;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

InstructionChange CompareInstructionSentences(const std::vector<std::vector<std::string>>& old_sentences,
                                              const std::vector<std::vector<std::string>>& new_sentences,
                                              const LicensedChanges& licensed,
                                              const std::vector<std::string>& forbidden, std::string_view old_var,
                                              std::string_view new_var, const std::vector<std::string>* member_words,
                                              const std::vector<std::string>* value_words) {
  auto flatten = [](const std::vector<std::vector<std::string>>& sentences) {
    std::vector<std::string> out;
    for (const auto& s : sentences) out.insert(out.end(), s.begin(), s.end());
    return out;
  };
  InstructionChange whole =
      CompareInstructions(flatten(old_sentences), flatten(new_sentences), licensed, old_var, new_var, member_words,
                          value_words);
  if (whole.licensed || !licensed.unrelated_sentence) return whole;
  std::map<std::string, int> count;
  for (const auto& s : old_sentences) --count[Join(s)];
  for (const auto& s : new_sentences) ++count[Join(s)];
  std::vector<std::vector<std::string>> old_rest, new_rest;
  std::map<std::string, int> left = count;
  auto keep = [&](const std::vector<std::vector<std::string>>& sentences, int sign,
                  std::vector<std::vector<std::string>>* rest) {
    for (const auto& s : sentences) {
      int& n = left[Join(s)];
      if (n * sign > 0) {  // a sentence only this side has
        if (!UnrelatedSentence(s, forbidden, value_words)) return false;
        n -= sign;
        continue;
      }
      rest->push_back(s);
    }
    return true;
  };
  if (!keep(old_sentences, -1, &old_rest) || !keep(new_sentences, +1, &new_rest)) return whole;
  InstructionChange rest =
      CompareInstructions(flatten(old_rest), flatten(new_rest), licensed, old_var, new_var, member_words,
                          value_words);
  rest.changed = true;
  return rest;
}

std::vector<std::string> LoneInstructionWords(const SourceText& source, const MemberLabelTable* labels) {
  // The instruction cut into clauses at every mark but those inside a word
  // ("B&B", "O'Neil"): "#bio", "/bio", "- bio.", "\u00ABbio\u00BB", "`bio`".
  struct Clause {
    std::size_t words = 0, member_words = 0;
    const Token* word = nullptr;
    bool number = false;
    std::string_view opener;  // the mark that opens it ("" at a line's start)
    bool joined = false;      // ended by a '-' or '/' glued to both words ("won-lost", "true/false")
    std::string_view closer;  // the mark that ends it ("" at a line's end)
    bool conjunction = false; // holds "and" or "or" ("age and city")
  };
  std::vector<Clause> clauses(1);
  const auto member = [&](const Token& w) {
    return labels != nullptr && (labels->HasWord(w.norm) || labels->HasWord(vocab::Singular(w.norm)));
  };
  std::size_t line = static_cast<std::size_t>(-1);
  const std::vector<Token>& t = source.tokens();
  const auto next_clause = [&](std::string_view closer, bool joined) {
    if (clauses.back().words == 0 && !clauses.back().number) {
      clauses.back().opener = {};
      return;
    }
    clauses.back().closer = closer;
    clauses.back().joined = joined;
    clauses.emplace_back();
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    if (k.in_source || k.line != line) {
      next_clause("", false);
      line = k.line;
      if (k.in_source) continue;
    }
    if (k.kind == TokenKind::kPunct) {
      if (k.norm == "&" || k.norm == "'" || k.norm == "\xE2\x80\x99") {
        // ("B&B" is one word.)
        if (k.norm == "&" && !k.space_before && i + 1 < t.size() && !t[i + 1].space_before) ++i;
        continue;
      }
      const bool glued = (k.norm == "-" || k.norm == "/") && !k.space_before && i + 1 < t.size() &&
                         !t[i + 1].space_before && t[i + 1].kind != TokenKind::kPunct;
      next_clause(k.norm, glued);
      clauses.back().opener = k.norm;
      continue;
    }
    Clause& c = clauses.back();
    if (k.kind == TokenKind::kNumber) {
      c.number = true;
      continue;
    }
    // (A letter alone counts, "(B)"; "B&B" is one word, joined above;
    // "only" does not: "(bio only)".)
    if (k.norm == "and" || k.norm == "or") c.conjunction = true;
    if (vocab::IsFiller(k.norm) && !(k.norm.size() == 1 && k.norm != "a" && k.norm != "i")) continue;
    if (k.norm == "only" || k.norm == "just") continue;
    ++c.words;
    c.member_words += member(k);
    c.word = &k;
  }
  const auto single = [](const Clause& c) { return c.words == 1 && !c.number; };
  const auto in = [](std::string_view mark, std::initializer_list<std::string_view> marks) {
    return std::find(marks.begin(), marks.end(), mark) != marks.end();
  };
  std::vector<std::string> out;
  for (std::size_t n = 0; n < clauses.size(); ++n) {
    const Clause& c = clauses[n];
    if (c.words == 0 || c.number) continue;
    // One word of two joined ("won-lost", "true/false", "check-in"): a word
    // of its own, unless a member's ("gluten-free").
    if (c.member_words == 0 && ((c.joined && n + 1 < clauses.size() && single(clauses[n + 1])) ||
                                (n > 0 && clauses[n - 1].joined && single(clauses[n - 1])))) {
      continue;
    }
    if (single(c) && c.member_words == 0) {
      if (vocab::LoneStatement(c.word->norm)) out.push_back(c.word->norm);
      continue;
    }
    // A member's words alone ("organic", "late checkout") are a statement
    // too where the clause is marked off ("(organic)", "#paid", "\u2014 vegan",
    // "/vegan"), leads the instruction ("Organic: Extract ..."), or ends a
    // sentence after a clause of its own (", organic."); in a list ("name,
    // age, city", "Extract name, age and city.": the clause before ends
    // with a member's word and this one joins the list's last items) they
    // name what is asked.
    if (c.member_words != c.words || c.words > 3) continue;
    const bool list_end = c.conjunction && n > 0 && clauses[n - 1].word != nullptr && member(*clauses[n - 1].word);
    const bool marked = in(c.opener, {"(", "[", "{", "#", "\"", "\xC2\xAB", "\xE2\x80\x9C", "\xE2\x80\x9E",
                                      "\xE2\x80\x98", "`", "\xE3\x80\x8C", "-", "/", "|", "+", "\xE2\x80\x94",
                                      "\xE2\x80\x93", "\xE2\x86\x92"});
    const bool lead = n == 0 && c.closer == ":";
    const bool last = c.opener == "," && in(c.closer, {".", "!", "?", ""}) && n > 0 && clauses[n - 1].words >= 2 &&
                      !list_end;
    if ((marked || lead || last) && vocab::LoneStatement(c.word->norm)) out.push_back(c.word->norm);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace stepcache::checks
