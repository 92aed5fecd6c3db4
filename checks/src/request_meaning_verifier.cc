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
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field_context.h"
#include "request_meaning.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/grounding.h"
#include "stepcache/checks/source_text.h"
#include "text_chars.h"
#include "value_kind.h"
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
    const std::vector<std::string> w = AsciiWords(v);
    if (!w.empty() && kTitles.Has(w.front())) return std::string("the request asks for it without the title");
  }
  if ((forms & kNoCountryCode) != 0 && (v.rfind("+", 0) == 0 || v.rfind("00", 0) == 0)) {
    return std::string("the request asks for it without the country code");
  }
  // In the case asked: an ASCII letter of the other case breaks it (a letter
  // past ASCII is left to the model).
  if ((forms & kUpperCase) != 0 &&
      std::any_of(v.begin(), v.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
    return std::string("the request asks for it in upper case");
  }
  if ((forms & kLowerCase) != 0 &&
      std::any_of(v.begin(), v.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
    return std::string("the request asks for it in lower case");
  }
  if ((forms & kFirstName) != 0 && v.find(' ') != std::string_view::npos) {
    return std::string("the request asks for the first name only");
  }
  return std::nullopt;
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

// PeopleInProse of `source` (field_context.h), read once per request.
PeopleInProse ReadPeopleInProse(const SourceText& source) {
  PeopleInProse out;
  const std::vector<Token>& t = source.tokens();
  const std::string_view p = source.prompt();
  // (Not a word a code goes on from: "Invoice INV-20931" names no one.)
  auto name_word = [&](std::size_t i) {
    return !(t[i].end + 1 < p.size() && p[t[i].end] == '-' && IsDigit(p[t[i].end + 1]));
  };
  for (const Span& c : Candidates(source)) {
    for (std::size_t i = c.first; i < c.second;) {
      std::size_t e = i;
      while (e < c.second && name_word(e)) ++e;
      if (e - i >= 2) {
        const std::string_view name = p.substr(t[i].begin, t[e - 1].end - t[i].begin);
        if (std::find(out.names.begin(), out.names.end(), name) == out.names.end()) out.names.emplace_back(name);
      }
      i = std::max(e, i + 1);
    }
  }
  return out;
}

// When `value` (a string or number) stands in the source only outside its
// fields, and that prose names two people or more: why it is not verified.
// Whose value it is, or which of them a name member means, is said by
// words the checks do not follow: who is named in the request, a pronoun,
// "respectively", a relation ("Siv Vold's lawyer is Lars Fjeld", "Tom
// sends it to Ana"), a condition the request picks one by ("the booking in
// Bergen", "the one who is a pilot").
// (An invoice's "Vendor: Northwind ... Billed to Contoso Analytics" names
// one firm in prose, and is read as before.)
std::optional<std::string> SeveralPeopleInProse(const SourceText& source, const PeopleInProse& people,
                                                const rapidjson::Value& value) {
  if (people.names.size() < 2 || !(value.IsString() || value.IsNumber())) return std::nullopt;
  const std::vector<Span> at = value.IsString()
                                   ? source.FindInSource(std::string_view(value.GetString(), value.GetStringLength()))
                                   : source.FindNumberInSource(value.GetDouble());
  const std::vector<Token>& t = source.tokens();
  if (at.empty()) return std::nullopt;
  for (const Span& o : at) {
    if (source.FieldAt(t[o.first].begin) != nullptr) return std::nullopt;
  }
  return "the text names several people in prose (\"" + people.names[0] + "\", \"" + people.names[1] + "\") and states this value outside any field: whose value it is is not read";
}

// Whether instruction word `w` is a word of one of `sets`' labels: itself,
// its singular ("how many pupils" names "pupils"), or every part of a key
// written with '_' ("total_amount").
bool WordOfLabels(const LabelSets& sets, const std::string& w) {
  return InLabels(sets, w) || InLabels(sets, vocab::Singular(w)) || KeyInLabels(w, sets);
}

// Whether `words` name the member: a word of its labels that no other
// member's label has ("child" of child_tickets beside adult_tickets), or a
// shared word ("tickets") when no word names another member alone.
bool NamesMember(const std::vector<std::string>& words, const MemberLabelTable::Entry& entry) {
  bool any_own = false, own_alone = false, other_alone = false;
  for (const std::string& w : words) {
    if (IsFillerWord(w)) continue;
    const bool own = WordOfLabels(entry.own, w);
    const bool other = WordOfLabels(entry.others, w);
    any_own = any_own || own;
    own_alone = own_alone || (own && !other);
    other_alone = other_alone || (other && !own);
  }
  return own_alone || (any_own && !other_alone);
}

// A prose line of a text with fields that gives something to a party the
// instruction does not name (GivesToAnother: "Please process the following
// customer record below; the city below is the front desk's city.", "the
// details are the front desk's"), its words, and whether it speaks of the
// whole record and names no member: a member it names, or every member when
// it speaks of the record alone, is given to another than the one asked
// about (rounds 251, 253).
// (A name's possessive, "Maria's city is Porto", is the record's own.)
struct GivenLine {
  std::string text;
  std::vector<std::string> words;
  bool record = false;
};

std::vector<GivenLine> LinesGivingToAnother(const SourceText& source, const MemberLabelTable& table) {
  std::vector<GivenLine> out;
  if (source.fields().empty()) return out;
  const std::vector<Token>& t = source.tokens();
  const std::vector<std::string>& said = source.instruction_words();
  std::optional<bool> asks_whose;  // read at the first prose line
  for (std::size_t from = 0, to = 0; from < t.size(); from = to) {
    to = from + 1;
    while (to < t.size() && t[to].line == t[from].line) ++to;
    // (A note's or a heading's line too: "Forwarded by the customer;
    // details concerning: the front desk below.")
    if (!t[from].in_source || !source.ProseLine(t[from].line)) continue;
    if (!asks_whose) asks_whose = AsksWhose(t);
    if (!*asks_whose) return out;
    GivenLine line;
    if (!GivesToAnother(t, from, to, said, source.prompt(), &line.record)) continue;
    for (std::size_t i = from; i < to; ++i) {
      if (t[i].kind == TokenKind::kWord) line.words.push_back(t[i].norm);
    }
    // (A line that names members gives those: "the following record; the
    // city below is the ward's city".)
    line.record = line.record && std::none_of(line.words.begin(), line.words.end(), [&](const std::string& w) {
                    return !IsFillerWord(w) && w.size() >= 3 && (table.HasWord(w) || table.HasWord(vocab::Singular(w)));
                  });
    line.text = std::string(source.prompt().substr(t[from].begin, t[to - 1].end - t[from].begin));
    out.push_back(std::move(line));
  }
  return out;
}

// Whether the member is the last one `words` name ("supplier, delivery_date,
// total_amount (excluding VAT)": the clause is the total's), or they name
// none.
bool LastNamedIs(const std::vector<std::string>& words, const MemberLabelTable::Entry& entry) {
  for (std::size_t k = words.size(); k-- > 0;) {
    if (IsFillerWord(words[k])) continue;
    const bool own = WordOfLabels(entry.own, words[k]);
    if (own || WordOfLabels(entry.others, words[k])) return own;
  }
  return true;
}

// Whether the sentence (token span) states `value`: a number token of the
// same value, or the string's tokens, where no word before it denies it
// ("should read Accountant II, not Senior Accountant" states only the first).
bool StatesValue(const SourceText& source, Span sentence, const rapidjson::Value& value) {
  const std::vector<Token>& t = source.tokens();
  if (sentence.first >= sentence.second) return false;
  if (value.IsNumber()) {
    for (std::size_t k = sentence.first; k < sentence.second; ++k) {
      if (t[k].kind == TokenKind::kNumber && t[k].number == value.GetDouble() && !Denied(source, {k, k + 1})) {
        return true;
      }
    }
    return false;
  }
  for (const Span& o : source.FindInSource(std::string_view(value.GetString(), value.GetStringLength()))) {
    if (o.first >= sentence.first && o.second <= sentence.second && !Denied(source, o)) return true;
  }
  return false;
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

// A value the text states as it stands, where the request asks for it in
// another unit, scale, form or time zone (internal::AsksConversion), by the
// member's name, descriptions or titles, or by the instruction near the
// member's name or naming no member ("Weight in grams" beside "1.25 kg",
// "total in euro cents", "the rate as a percentage" beside "0.045", "all
// amounts are in thousands of NOK", an "ISO 3166 alpha-2 code" beside
// "Norway"); or where the text rescales its figures in words the request
// does not use ("Amounts: TNOK", "Multiplier: 1000", "4 500 TNOK"). The
// checks convert nothing: the text's copy is wrong wherever a conversion is
// asked, and a converted value the text does not state fails grounding.
std::optional<std::string> UnconvertedValue(const SourceText& source, const MemberLabelTable& table,
                                            const MemberLabelTable::Entry& entry, const rapidjson::Value& value) {
  const bool number = value.IsNumber();
  if (entry.conversion_words.empty() && source.conversion_asks().empty() && !(number && source.Rescaled())) {
    return std::nullopt;
  }
  const std::vector<Token>& t = source.tokens();
  const std::vector<Span> at =
      number ? source.FindNumberInSource(value.GetDouble())
             : source.FindInSource(std::string_view(value.GetString(), value.GetStringLength()));
  if (at.empty()) return std::nullopt;
  auto judge = [&](const std::string& w) -> std::optional<std::string> {
    if (AsksNumberConversion(w) != number) return std::nullopt;
    // A currency: against the currencies the value's line states, or the
    // text's when its line states none ("Price: $40", "Currency: USD").
    if (const std::string_view asked = CurrencyOf(w); !asked.empty()) {
      std::vector<std::string_view> given;
      auto gather = [&](auto on) {
        for (const Token& k : t) {
          if (!k.in_source || !on(k)) continue;
          const std::string_view c = CurrencyOf(k.norm);
          if (!c.empty()) given.push_back(c);
        }
      };
      gather([&](const Token& k) {
        return std::any_of(at.begin(), at.end(), [&](const Span& o) { return t[o.first].line == k.line; });
      });
      if (given.empty()) gather([](const Token&) { return true; });
      if (given.empty() || std::find(given.begin(), given.end(), asked) != given.end()) return std::nullopt;
      return "the request asks for it in " + w + ", and the text gives it in " + std::string(given.front()) +
             "; the checks do not convert currencies";
    }
    const std::string_view unit = vocab::UnitOf(w);
    const char dimension = UnitDimension(unit);
    if (dimension == 0) {
      if (source.Says(w)) return std::nullopt;
      return "the request asks for it in \"" + w + "\", which the text does not state; the checks do not convert "
             "values";
    }
    // A unit: against the unit the text gives the value in, right after it.
    std::string other;
    for (const Span& o : at) {
      if (o.second >= t.size() || t[o.second].kind != TokenKind::kWord || t[o.second].line != t[o.first].line) continue;
      const std::string_view given = vocab::UnitOf(t[o.second].norm);
      if (given == unit) return std::nullopt;
      if (UnitDimension(given) == dimension) other = t[o.second].norm;
    }
    if (other.empty()) return std::nullopt;
    return "the request asks for it in " + w + ", and the text gives it in " + other +
           "; the checks do not convert units";
  };
  for (const std::string& w : entry.conversion_words) {
    if (std::optional<std::string> why = judge(w)) return why;
  }
  // The instruction's: near the member's name, or naming no member ("give
  // every amount in thousands").
  const std::vector<std::string>& words = source.instruction_words();
  for (std::size_t i : source.conversion_asks()) {
    const auto [from, to] = ClauseAround(words, i, 4);
    const std::vector<std::string> near(words.begin() + static_cast<std::ptrdiff_t>(from),
                                        words.begin() + static_cast<std::ptrdiff_t>(to));
    const bool names_some = std::any_of(near.begin(), near.end(), [&](const std::string& w) {
      return !IsFillerWord(w) && table.HasWord(w);
    });
    if (names_some && !NamesMember(near, entry)) continue;
    if (std::optional<std::string> why = judge(words[i])) return why;
  }
  if (!number || !source.Rescaled()) return std::nullopt;
  // A scale on the value's line, or on a line of its own (a heading, a
  // footnote, "Amounts: TNOK"), that the request does not use.
  auto asked = [&](std::string_view scale) {
    const std::string w(scale);
    return std::find(words.begin(), words.end(), w) != words.end() || InLabels(entry.own, w) ||
           std::find(entry.meaning_words.begin(), entry.meaning_words.end(), w) != entry.meaning_words.end();
  };
  auto scale_line = [&](std::size_t line) {
    for (const Token& k : t) {
      if (k.line == line && k.in_source && k.kind == TokenKind::kNumber && k.number != 1000 &&
          k.number != 1000000 && k.number != 1000000000) {
        return false;
      }
    }
    return true;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || (i > 0 && t[i - 1].in_source && t[i - 1].line == t[i].line)) continue;  // line starts
    const std::string_view scale = source.ScaleOn(t[i].line);
    // (A multiplier in digits may be a figure: "Free shipping over 1,000 NOK.")
    const bool digits = !scale.empty() && std::isdigit(static_cast<unsigned char>(scale.front())) && scale != "000";
    if (scale.empty() || digits || !vocab::UnitOf(scale).empty() || asked(scale)) continue;
    const bool own_line = std::any_of(at.begin(), at.end(), [&](const Span& o) { return t[o.first].line == t[i].line; });
    if (own_line || scale_line(t[i].line)) {
      return "the text gives figures in \"" + std::string(scale) + "\" (at byte " + std::to_string(t[i].begin) +
             "), which the request does not ask for; the checks do not rescale values";
    }
  }
  return std::nullopt;
}

// A string the text states only in another case or spacing ("astrid
// solberg" or "ASTRID SOLBERG" for "Astrid Solberg", " Tønsberg "): the
// text's own spelling is the value, and a code or a path may differ by case
// alone ("xY7kP2"). (Spacing the text has and the value collapses,
// "Didrik  Hole" as "Didrik Hole", is the same.) Not for a member whose
// schema lists its values (enum), nor where the request asks for a case or
// a form (`asked`).
std::optional<std::string> NotAsWritten(const SourceText& source, const GroundingSource& grounding, std::string_view v) {
  // (Digits and marks alone, "2024-03-14", have no case; grounding reads
  // their spacing.)
  const bool letters_or_spaces = std::any_of(v.begin(), v.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
           std::isspace(static_cast<unsigned char>(c));
  });
  if (!letters_or_spaces || grounding.StatesAsWritten(v)) return std::nullopt;
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  if (!space(v.front()) && !space(v.back())) {
    for (const auto& [b, e] : source.source_ranges()) {
      const std::string_view part = source.prompt().substr(b, e - b);
      if (memmem(part.data(), part.size(), v.data(), v.size()) != nullptr) return std::nullopt;
      // In another case only ("…/reports/ar2026-final.pdf" for
      // "…/Reports/AR2026-Final.pdf").
      const auto it = std::search(part.begin(), part.end(), v.begin(), v.end(),
                                  [&](char a, char c) { return lower(a) == lower(c); });
      if (it != part.end()) {
        return "the text writes it \"" + std::string(part.substr(static_cast<std::size_t>(it - part.begin()), std::min<std::size_t>(v.size(), 80))) + "\"";
      }
    }
  }
  const std::vector<Span> at = source.FindInSource(v);
  if (at.empty()) return std::nullopt;  // grounding's to report
  const std::vector<Token>& t = source.tokens();
  std::string first;
  for (const Span& o : at) {
    const std::string_view raw = source.prompt().substr(t[o.first].begin, t[o.second - 1].end - t[o.first].begin);
    std::string collapsed;
    for (char c : raw) {
      if (!space(c)) collapsed += c;
      else if (collapsed.empty() || collapsed.back() != ' ') collapsed += ' ';
    }
    if (collapsed == v) return std::nullopt;
    if (first.empty()) first = std::string(raw.substr(0, 80));
  }
  return "the text writes it \"" + first + "\"";
}

// The first word of `value`, a short value without a digit, that is a word of
// another member's name and no word of this member's labels ("shipping" in
// "as shipping" for billing_address beside shipping_address), or "".
// A filter of the member names' words (MemberLabelTable::NameWords), made
// once per check: a word whose bit (by its first byte and length) is clear
// is none of them, as most words of a value are, told without a search.
class NameWordFilter {
 public:
  explicit NameWordFilter(const std::vector<std::string>& names) {
    for (const std::string& w : names) {
      if (w.empty()) continue;
      const unsigned s = Slot(w);
      bits_[s >> 6] |= std::uint64_t{1} << (s & 63u);
    }
  }
  // False only for a word (not empty) that is no name word.
  bool MayHold(std::string_view w) const {
    if (w.empty()) return true;
    const unsigned s = Slot(w);
    return ((bits_[s >> 6] >> (s & 63u)) & 1u) != 0;
  }

 private:
  static unsigned Slot(std::string_view w) {
    return (static_cast<unsigned char>(w[0]) * 31u + static_cast<unsigned>(w.size())) & 255u;
  }
  std::uint64_t bits_[4] = {};
};

std::string OtherMembersWord(const MemberLabelTable& table, const MemberLabelTable::Entry& entry,
                             std::string_view value, const NameWordFilter& filter) {
  // (A value with a digit states something of its own: "Storgata 12B".)
  if (value.size() > kPointerPhraseBytes ||
      std::any_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {};
  }
  const std::vector<std::string>& names = table.NameWords();
  std::string found;
  ForEachLowerWord(value, [&](std::string_view w) {
    if (w.size() < 3 || !filter.MayHold(w) || std::find(names.begin(), names.end(), w) == names.end()) return false;
    const std::string word(w);
    if (IsFillerWord(word) || InLabels(entry.own, word)) return false;
    found = word;
    return true;
  });
  return found;
}

// Whether the request asks for a case or a form: the instruction's or the
// member's words ("in upper case", "capitalised", "digits only").
bool AsksCaseOrForm(const SourceText& source, const MemberLabelTable::Entry& entry) {
  static const vocab::WordSet kCase = {"uppercase", "lowercase", "upper", "lower", "capitals", "caps",
                                       "capitalised", "capitalized", "capitalise", "capitalize", "initials",
                                       "abbreviation", "abbreviated", "acronym", "slug", "normalised", "normalized",
                                       "normalise", "normalize", "spelling", "spelled", "spelt"};
  if (entry.asked_forms != kNoForm || !entry.asked_date.empty() || !entry.conversion_words.empty()) return true;
  for (const SourceText::Ask& a : source.asks()) {
    if (a.forms != kNoForm || !a.date_pattern.empty()) return true;
  }
  for (const std::string& w : source.instruction_words()) {
    if (kCase.Has(w)) return true;
  }
  for (const std::string& w : entry.meaning_words) {
    if (kCase.Has(w)) return true;
  }
  return false;
}

// Another value the member's enum allows, stated after the last place the
// text states `value` ("Status: open" ... "15:40 problem solved, ticket
// closed"; "set to pending until the customer replies"): which of them holds
// now is not checked.
std::optional<std::string> LaterEnumValue(const SourceText& source, const MemberLabelTable::Entry& entry,
                                          const rapidjson::Value& value, RequestFactsData& facts) {
  const std::string_view v(value.GetString(), value.GetStringLength());
  const std::vector<Span> at = source.FindInSource(v);
  if (at.empty()) return std::nullopt;
  for (const std::string& other : entry.enum_values) {
    if (other.empty() || std::equal(other.begin(), other.end(), v.begin(), v.end(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      continue;
    }
    // (The allowed value's places, found once per request.)
    for (const Span& o : facts.AllowedValueSpans(other)) {
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
    const bool prompt_asks = !source.asks().empty() || source.asks_role() || !source.change_notes().empty() ||
                             !source.conversion_asks().empty() || source.Rescaled();
    const MemberLabelTable& table = context.Labels();
    const grammars::Steps& steps = *context.steps;
    std::size_t cursor = 0, next_entry = 0;
    std::optional<MemberLabelTable::Entry> scratch;  // made only for a key the schema lacks
    const GroundingSource* grounding = nullptr;
    std::optional<PeopleInProse>* people = nullptr;  // the request's (RequestFacts), found at first need
    std::optional<NameWordFilter> name_filter;       // OtherMembersWord's, made at first need
    std::optional<std::vector<GivenLine>> given_to_another;  // at first need
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& step = steps[i];
      if (step.kind != grammars::StepKind::kMember || step.pointer.size() < 2) continue;
      const std::string_view pointer = std::string_view(step.pointer).substr(1);
      if (HoldsEither(pointer, '/', '~')) continue;
      const MemberLabelTable::Entry* listed = table.FindListed(pointer, &next_entry);
      const MemberLabelTable::Entry& entry = listed != nullptr ? *listed : table.Find(pointer, &scratch.emplace());
      const rapidjson::Value* value = context.TopMember(pointer, &cursor);
      if (value == nullptr) continue;
      // "n/a", "-", "unknown" where the schema allows null: the text gives
      // no value, and null says so.
      if (value->IsString() && entry.nullable &&
          vocab::IsPlaceholder(std::string_view(value->GetString(), value->GetStringLength()))) {
        MergeVerdict(&(*verdicts)[i], {false, "\"" + std::string(value->GetString()) +
                                                  "\" stands for no value, and the schema allows null"});
        continue;
      }
      // "ongoing" for an end date, "+47" for a phone, "no employer": no
      // value of the kind the member's name says, or words saying there is
      // none, where null or leaving the member out says so.
      if (value->IsString() && entry.enum_values.empty() && !entry.own.empty() &&
          (entry.nullable || entry.optional)) {
        const std::string_view text(value->GetString(), value->GetStringLength());
        if (std::optional<std::string> why = NotAValueOfItsKind(entry.value_kinds, text)) {
          MergeVerdict(&(*verdicts)[i], {false, "\"" + std::string(text.substr(0, 60)) + "\": " + *why +
                                                    (entry.nullable ? ", and the schema allows null"
                                                                    : ", and the member may be left out")});
          continue;
        }
      }
      // "Age: 1984" read as an age: a year, not the member's value, and no
      // answer the request can have, null or not ("Age: 19750816" kept as
      // the stored age's rewrite was served from the cache).
      if (value->IsNumber()) {
        if (std::optional<std::string> why = NotANumberOfItsKind(entry.value_kinds, value->GetDouble())) {
          MergeVerdict(&(*verdicts)[i], {false, *why});
          continue;
        }
      }
      // "Billing address: same as shipping", "End: next day": words that
      // point at another value, which no check follows.
      if (value->IsString() && entry.enum_values.empty() &&
          PointsElsewhere(std::string_view(value->GetString(), value->GetStringLength()))) {
        MergeVerdict(&(*verdicts)[i], {false, "\"" + std::string(value->GetString()).substr(0, 60) +
                                                  "\" points at another value, which the checks do not follow"});
        continue;
      }
      // "Billing address: as shipping", "Payer: the guest": a word of another
      // member's name, not of its own, in its value.
      if (value->IsString() && entry.enum_values.empty()) {
        if (!name_filter) name_filter.emplace(table.NameWords());
        const std::string_view text(value->GetString(), value->GetStringLength());
        const std::string other = OtherMembersWord(table, entry, text, *name_filter);
        if (!other.empty()) {
          MergeVerdict(&(*verdicts)[i], {false, "\"" + std::string(value->GetString()).substr(0, 60) + "\" names another member (\"" +
                                                    other + "\"): it may point at that value"});
          continue;
        }
      }
      if (value->IsString() && entry.enum_values.empty()) {
        if (grounding == nullptr) grounding = &context.Grounding(GroundingOptions{});
        std::optional<std::string> why =
            NotAsWritten(source, *grounding, std::string_view(value->GetString(), value->GetStringLength()));
        if (why && !AsksCaseOrForm(source, entry)) {
          MergeVerdict(&(*verdicts)[i], {false, *why});
          continue;
        }
      }
      // A value the text states only in prose that names several people
      // ("The jobs of Ana Berg and Tom Lie are nurse and pilot,
      // respectively", "Ana Berg met Tom Lie. He is 41.", "Rut Dahl lives
      // in Bergen. Bo Lie lives in Oslo." for the booking in Bergen): whose
      // value it is, the checks do not read.
      if (people == nullptr) people = &context.Facts().data().people;
      if (!*people) *people = ReadPeopleInProse(source);
      if (std::optional<std::string> who = SeveralPeopleInProse(source, **people, *value)) {
        MergeVerdict(&(*verdicts)[i], {false, *who});
        continue;
      }
      // A line beside the record that gives the member to another party.
      if (!given_to_another) given_to_another.emplace(LinesGivingToAnother(source, table));
      const auto given = std::find_if(given_to_another->begin(), given_to_another->end(), [&](const GivenLine& line) {
        return line.record || NamesMember(line.words, entry);
      });
      if (given != given_to_another->end()) {
        MergeVerdict(&(*verdicts)[i], {false, "the text gives it to another than the one asked about (\"" +
                                                  given->text.substr(0, 120) + "\")"});
        continue;
      }
      if (!prompt_asks && entry.asked_qualifier == kNoQualifier && entry.asked_forms == kNoForm &&
          entry.asked_date.empty() && !entry.asked_role && entry.enum_values.size() < 2 &&
          entry.conversion_words.empty() && entry.negation_words.empty()) {
        continue;
      }
      if (std::optional<std::string> why = Judge(source, table, entry, *value, context.Facts().data())) {
        MergeVerdict(&(*verdicts)[i], {false, *why});
      }
    }
  }

 private:
  static std::optional<std::string> Judge(const SourceText& source, const MemberLabelTable& table,
                                          const MemberLabelTable::Entry& entry, const rapidjson::Value& value,
                                          RequestFactsData& facts) {
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
      if (a.qualifier != kNoQualifier && (a.every_member || (applies(a.words) && LastNamedIs(a.words, entry)))) {
        qualifier |= a.qualifier;
      }
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
      if (std::optional<std::string> why = LaterEnumValue(source, entry, value, facts)) return why;
    }
    if (value.IsBool()) {
      // "true if the invoice is still unpaid" beside "Paid: yes".
      for (const std::string& w : entry.negation_words) {
        if (!source.Says(w)) return "its description asks for \"" + w + "\", which the text does not state";
      }
    }
    if (!(value.IsString() || value.IsNumber() || value.IsBool())) return std::nullopt;
    if (!value.IsBool()) {
      if (std::optional<std::string> why = UnconvertedValue(source, table, entry, value)) return why;
    }
    // A note that changes the value without stating it.
    for (const SourceText::ChangeNote& note : source.change_notes()) {
      // A general note that names some member applies to those only
      // ("Correction: the age is 45").
      if (!(note.general ? applies(note.words) : NamesMember(note.words, entry))) continue;
      // ("Cancellation is free until 48 hours before arrival" names no member.)
      if (note.deadline && std::none_of(note.words.begin(), note.words.end(), [&](const std::string& w) {
            return !IsFillerWord(w) && table.HasWord(w);
          })) {
        continue;
      }
      if (value.IsBool()) {
        // Which way a note turns a truth value is not read: "paid changed to
        // no", "Correction: paid = yes" fail either answer. (A field of the
        // member's own whose label holds the word, "Minibar removed: yes",
        // is the field checks' to read.)
        const std::size_t at = t[note.sentence.first].begin;
        if (std::any_of(source.fields().begin(), source.fields().end(), [&](const Field& f) {
              return f.label_begin <= at && at < f.label_end && NamesMember(f.label_words, entry);
            })) {
          continue;
        }
      } else if (StatesValue(source, note.sentence, value)) {
        continue;
      }
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
