// The "request_meaning" step verifier: what the request or the text says a
// member's value must be, beyond the field that states it. A value its
// field states is still wrong when
//   * the request qualifies it ("the total without VAT", a description
//     "amount excluding VAT", the schema's own "All amounts exclude VAT",
//     a question in the text "the amount before VAT?") and the field that
//     states it does not carry that qualification ("Total: 100" is not the
//     net amount; "Net: 80" is);
//   * the request asks for a form ("digits only", "without spaces",
//     "formatted as YYYY-MM-DD", "without the title") the value is not in;
//   * a note in the text changes it without the value being in the note
//     ("it is the other way round", "shift the stay one day later", "add
//     three more of the lamps": SourceText::change_notes);
//   * the request picks a role or rules one out ("the person who received
//     the money", "the city she did not move to") and the value stands in
//     prose that names another candidate of the same shape;
//   * the text states another value its enum allows after the last place
//     that states it ("Status: open ... 15:40 problem solved, ticket
//     closed"): a later line may have changed it.
// Each is a reason the checks cannot verify the value, so the member is
// patched (or the request ends in a clear error), never reused or accepted.
// What the prompt asks is read once per prompt (SourceText::asks), what
// the schema asks once per schema (MemberLabelTable::Entry::asked_*).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "request_meaning.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "verifiers.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

using Span = std::pair<std::size_t, std::size_t>;

// Whether a field's label carries the qualification: "Net", "Total excl.
// VAT", "Subtotal" exclude; "Total", "Gross", "Incl. VAT" include.
bool LabelCarries(const Field& f, unsigned q) {
  static const vocab::WordSet kOut = {"net",   "excl",  "excluding", "without", "before", "ex",   "exclusive",
                                      "subtotal", "netto", "ekskl", "exkl", "ohne", "zzgl", "sin", "sem", "hors",
                                      "ht",    "pretax", "pre", "uten", "utan", "exclusief"};
  static const vocab::WordSet kIn = {"gross", "incl", "including", "inclusive", "with", "after", "total", "grand",
                                     "brutto", "inkl", "inklusive", "ttc", "con", "mit", "med", "inclusief", "sum",
                                     "summe", "totalt", "totaal"};
  bool out = false, in = false;
  for (const std::string& w : f.label_words) {
    out = out || kOut.Has(w);
    in = in || kIn.Has(w);
  }
  return q == kExcluding ? out : (in && !out);
}

std::optional<std::string> BreaksForm(std::string_view v, unsigned forms) {
  if ((forms & kDigitsOnly) != 0 &&
      !std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return std::string("the request asks for digits only");
  }
  if ((forms & kNoSpaces) != 0 && v.find_first_of(" \t") != std::string_view::npos) {
    return std::string("the request asks for it without spaces");
  }
  if ((forms & kNoUnit) != 0 &&
      std::any_of(v.begin(), v.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
    return std::string("the request asks for it without the unit");
  }
  if ((forms & kNoTitle) != 0) {
    static const vocab::WordSet kTitles = {"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "herr",
                                           "frau", "sr", "sra", "mx", "rev"};
    const std::vector<std::string> w = Words(v);
    if (!w.empty() && kTitles.Has(w.front())) return std::string("the request asks for it without the title");
  }
  if ((forms & kNoCountryCode) != 0 && (v.rfind("+", 0) == 0 || v.rfind("00", 0) == 0)) {
    return std::string("the request asks for it without the country code");
  }
  if ((forms & kFirstName) != 0 && v.find(' ') != std::string_view::npos) {
    return std::string("the request asks for the first name only");
  }
  return std::nullopt;
}

bool Capitalised(const SourceText& source, std::size_t i) {
  const Token& k = source.tokens()[i];
  if (k.kind != TokenKind::kWord) return false;
  const unsigned char c = static_cast<unsigned char>(source.prompt()[k.begin]);
  return std::isupper(c) != 0 || c >= 0xC0;  // a capital, or a letter outside ASCII
}

// Runs of capitalised words in the source's prose (not in a field's label
// or value); a lone one that opens a sentence is left out ("The", "Eva" as
// the subject).
std::vector<Span> Candidates(const SourceText& source) {
  const std::vector<Token>& t = source.tokens();
  std::vector<Span> out;
  auto prose = [&](std::size_t i) { return t[i].in_source && !source.InLabel(i) && source.FieldAt(t[i].begin) == nullptr; };
  for (std::size_t i = 0; i < t.size();) {
    if (!prose(i) || !Capitalised(source, i)) {
      ++i;
      continue;
    }
    std::size_t e = i + 1;
    while (e < t.size() && prose(e) && Capitalised(source, e) && t[e].line == t[i].line) ++e;
    const bool opens = i == 0 || t[i - 1].line != t[i].line || t[i - 1].norm == "." || t[i - 1].norm == "!" ||
                       t[i - 1].norm == "?" || t[i - 1].norm == ":";
    if (!(opens && e == i + 1)) out.push_back({i, e});
    i = e;
  }
  return out;
}

// Whether `w` is a word of one of `sets`' labels.
bool InLabels(const LabelSets& sets, std::string_view w) {
  for (const auto& label : sets) {
    if (std::find(label.begin(), label.end(), w) != label.end()) return true;
  }
  return false;
}

// Whether `words` name the member: a word of its labels that no other
// member's label has ("child" of child_tickets beside adult_tickets), or a
// shared word ("tickets") when no word names another member alone.
bool NamesMember(const std::vector<std::string>& words, const MemberLabelTable::Entry& entry) {
  bool any_own = false, own_alone = false, other_alone = false;
  for (const std::string& w : words) {
    if (IsFillerWord(w)) continue;
    // Labels hold singulars ("how many pupils" names "pupils").
    const std::string one = vocab::Singular(w);
    const bool own = InLabels(entry.own, w) || InLabels(entry.own, one);
    const bool other = InLabels(entry.others, w) || InLabels(entry.others, one);
    any_own = any_own || own;
    own_alone = own_alone || (own && !other);
    other_alone = other_alone || (other && !own);
  }
  return own_alone || (any_own && !other_alone);
}

// Whether the sentence (token span) states `value`: a number token of the
// same value, or the string's text (case-insensitive).
bool StatesValue(const SourceText& source, Span sentence, const rapidjson::Value& value) {
  const std::vector<Token>& t = source.tokens();
  if (sentence.first >= sentence.second) return false;
  if (value.IsNumber()) {
    for (std::size_t k = sentence.first; k < sentence.second; ++k) {
      if (t[k].kind == TokenKind::kNumber && t[k].number == value.GetDouble()) return true;
    }
    return false;
  }
  const std::string_view text = source.prompt().substr(t[sentence.first].begin,
                                                       t[sentence.second - 1].end - t[sentence.first].begin);
  const std::string_view v(value.GetString(), value.GetStringLength());
  if (v.empty() || v.size() > text.size()) return false;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  return std::search(text.begin(), text.end(), v.begin(), v.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

// A figure the request asks to be computed from several values ("how many
// people attend", "total_guests", "the average delivery time") is verified
// only where the text states it under a label that names the member or such
// a figure, and nothing the member does not ("Total: 730", "Guests: 4"; not
// "Total rooms: 4" for the guests, "Total budget: 700" for the sum of the
// expenses, a list's "4." or "Rest for 4 minutes").
std::optional<std::string> UnstatedFigure(const SourceText& source, const MemberLabelTable::Entry& entry,
                                          const rapidjson::Value& value) {
  const std::vector<Token>& t = source.tokens();
  auto member_word = [&](const std::string& w) {
    return InLabels(entry.own, w) ||
           std::find(entry.meaning_words.begin(), entry.meaning_words.end(), w) != entry.meaning_words.end();
  };
  for (const Span& o : source.FindNumberInSource(value.GetDouble())) {
    // One end of a range is its minimum or maximum ("Price range: 10-15").
    if ((source.PlaceOf(o.first) & (SourceText::kRangeLow | SourceText::kRangeHigh)) != 0) return std::nullopt;
    // The member named beside the number ("now has 250 staff", "2 adults",
    // "total due 3,429.96").
    for (std::size_t k : {o.second, o.first > 0 ? o.first - 1 : o.second, o.first > 1 ? o.first - 2 : o.second}) {
      if (k < t.size() && t[k].kind == TokenKind::kWord && t[k].line == t[o.first].line &&
          member_word(source.SingularWord(k))) {
        return std::nullopt;
      }
    }
    const Field* f = source.FieldAt(t[o.first].begin);
    if (f == nullptr) continue;
    bool named = false, foreign = false;
    for (const std::string& w : f->label_words) {
      if (IsComputedWord(w) || member_word(w)) {
        named = true;
      } else if (!IsFillerWord(w)) {
        foreign = true;
      }
    }
    if (named && !foreign) return std::nullopt;
  }
  return std::string("the request asks for a figure computed from the text (a count, total or average), and the "
                     "text does not state it under a label naming that figure");
}

// Another value the member's enum allows, stated after the last place the
// text states `value` ("Status: open" ... "15:40 problem solved, ticket
// closed"; "set to pending until the customer replies"): which of them holds
// now is not checked.
std::optional<std::string> LaterEnumValue(const SourceText& source, const MemberLabelTable::Entry& entry,
                                          const rapidjson::Value& value) {
  const std::string_view v(value.GetString(), value.GetStringLength());
  const std::vector<Span> at = source.FindInSource(v);
  if (at.empty()) return std::nullopt;
  for (const std::string& other : entry.enum_values) {
    if (other.empty() || std::equal(other.begin(), other.end(), v.begin(), v.end(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      continue;
    }
    for (const Span& o : source.FindInSource(other)) {
      // Past the value's last occurrence, not within it ("review" in "under
      // review").
      if (o.first >= at.back().second) {
        return "the text states \"" + other + "\", another of its allowed values, after it; which holds now is "
               "not checked";
      }
    }
  }
  return std::nullopt;
}

class RequestMeaningVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "request_meaning"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>*) const override {
    if (context.json == nullptr || !context.json->IsObject()) return;
    const SourceText& source = context.Source();
    const bool prompt_asks = !source.asks().empty() || source.asks_role() || !source.change_notes().empty();
    const MemberLabelTable& table = context.Labels();
    const grammars::Steps& steps = *context.steps;
    std::size_t cursor = 0;
    MemberLabelTable::Entry scratch;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& step = steps[i];
      if (step.kind != grammars::StepKind::kMember || step.pointer.size() < 2) continue;
      const std::string_view pointer = std::string_view(step.pointer).substr(1);
      if (pointer.find('/') != std::string_view::npos || pointer.find('~') != std::string_view::npos) continue;
      const MemberLabelTable::Entry& entry = table.Find(pointer, &scratch);
      if (!prompt_asks && entry.asked_qualifier == kNoQualifier && entry.asked_forms == kNoForm &&
          entry.asked_date.empty() && !entry.asked_role && entry.enum_values.size() < 2) {
        continue;
      }
      const rapidjson::Value* value = context.TopMember(pointer, &cursor);
      if (value == nullptr) continue;
      if (std::optional<std::string> why = Judge(source, table, entry, *value)) {
        MergeVerdict(&(*verdicts)[i], {false, *why});
      }
    }
  }

 private:
  static std::optional<std::string> Judge(const SourceText& source, const MemberLabelTable& table,
                                          const MemberLabelTable::Entry& entry, const rapidjson::Value& value) {
    const LabelSets& own = entry.own;
    // A clause applies to the members it names, or to every member when it
    // names none ("the total without VAT", "digits only").
    auto applies = [&](const std::vector<std::string>& words) {
      return NamesMember(words, entry) || std::none_of(words.begin(), words.end(), [&](const std::string& w) {
               return !IsFillerWord(w) && table.HasWord(w);
             });
    };
    const std::vector<Token>& t = source.tokens();
    // The qualification asked of this member.
    unsigned qualifier = entry.asked_qualifier;
    unsigned forms = entry.asked_forms;
    for (const SourceText::Ask& a : source.asks()) {
      if (a.qualifier != kNoQualifier && (a.every_member || applies(a.words))) qualifier |= a.qualifier;
      if (a.forms != kNoForm && applies(a.words)) forms |= a.forms;
    }
    if (qualifier != kNoQualifier && entry.asked_qualifier == kNoQualifier && !own.empty()) {
      // A member that is the charge itself ("vat", "shipping_fee": its
      // name's words, the last label) is not qualified by it.
      for (const std::string& w : own.back()) {
        if (IsCharge(w)) qualifier = kNoQualifier;
      }
    }
    if (qualifier == (kExcluding | kIncluding)) return std::string("the request asks for it both with and without a charge");
    if ((forms & kComputed) != 0 && value.IsNumber()) {
      if (std::optional<std::string> why = UnstatedFigure(source, entry, value)) return why;
    }
    if (qualifier != kNoQualifier && value.IsNumber()) {
      bool carried = false;
      const Field* seen = nullptr;
      for (const Span& o : source.FindNumberInSource(value.GetDouble())) {
        const Field* f = source.FieldAt(t[o.first].begin);
        if (f == nullptr) continue;
        seen = f;
        carried = carried || LabelCarries(*f, qualifier);
      }
      if (!carried) {
        return std::string("the request asks for it ") +
               (qualifier == kExcluding ? "without the charge (net)" : "with the charge (gross)") +
               (seen != nullptr ? ", and the text's \"" + seen->label + "\" does not say so"
                                : ", and no field of the text states it so");
      }
    }
    if (value.IsString()) {
      const std::string_view v(value.GetString(), value.GetStringLength());
      for (const SourceText::Ask& a : source.asks()) {
        if (!a.date_pattern.empty() && NamesMember(a.words, entry) && !MatchesDatePattern(v, a.date_pattern)) {
          return "the request asks for it as " + a.date_pattern;
        }
      }
      if (!entry.asked_date.empty() && !MatchesDatePattern(v, entry.asked_date)) {
        return "its description asks for " + entry.asked_date;
      }
      if (std::optional<std::string> why = BreaksForm(v, forms)) return why;
    }
    if (value.IsString() && entry.enum_values.size() >= 2) {
      if (std::optional<std::string> why = LaterEnumValue(source, entry, value)) return why;
    }
    if (!(value.IsString() || value.IsNumber())) return std::nullopt;
    // A note that changes the value without stating it.
    for (const SourceText::ChangeNote& note : source.change_notes()) {
      // A general note that names some member applies to those only
      // ("Correction: the age is 45").
      if (!(note.general ? applies(note.words) : NamesMember(note.words, entry))) continue;
      if (StatesValue(source, note.sentence, value)) continue;
      const std::string_view text = source.prompt().substr(
          t[note.sentence.first].begin, t[note.sentence.second - 1].end - t[note.sentence.first].begin);
      return "the text says it changed (\"" + std::string(text.substr(0, 120)) + "\")";
    }
    // A role picked among several named in one prose sentence.
    if (!((source.asks_role() || entry.asked_role) && value.IsString())) return std::nullopt;
    const std::vector<Span> at = source.FindInSource(std::string_view(value.GetString(), value.GetStringLength()));
    if (!at.empty()) {
      bool in_field = false;
      for (const Span& o : at) in_field = in_field || source.FieldAt(t[o.first].begin) != nullptr;
      if (in_field) return std::nullopt;
      // Another name of the same shape anywhere in the prose: the roles
      // may be told in other sentences ("Ana put her bike up for sale. On
      // Friday Bo paid for it.").
      const std::vector<Span> candidates = Candidates(source);
      for (const Span& o : at) {
        for (const Span& c : candidates) {
          const bool overlaps = c.first < o.second && o.first < c.second;
          // A run at least as long may hold another name ("On Friday Bo Lund").
          if (overlaps || c.second - c.first < o.second - o.first) continue;
          if (source.prompt().substr(t[c.first].begin, t[c.second - 1].end - t[c.first].begin) ==
              source.prompt().substr(t[o.first].begin, t[o.second - 1].end - t[o.first].begin)) {
            continue;  // the same name again
          }
          return "the text also names \"" +
                 std::string(source.prompt().substr(t[c.first].begin, t[c.second - 1].end - t[c.first].begin)) +
                 "\", and which of them the request means is not checked";
        }
      }
    }
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<StepVerifier> MakeRequestMeaningVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<RequestMeaningVerifier>();
}

}  // namespace stepcache::checks::internal
