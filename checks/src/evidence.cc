#include "stepcache/checks/evidence.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"
#include "code_names.h"
#include "field_context.h"
#include "request_meaning.h"
#include "schema_condition.h"
#include "schema_nodes.h"
#include "schema_unread.h"
#include "stated_value.h"
#include "text_chars.h"
#include "value_kind.h"
#include "vocabulary.h"
#include "word_order.h"

namespace stepcache::checks {
namespace {

using TokenRange = std::pair<std::size_t, std::size_t>;
using internal::Trim;
using internal::IsAsciiAlpha;
using internal::IsDigit;

bool BooleanWord(std::string_view v, bool* value) {
  static const std::set<std::string_view> kTrue = {"true", "yes", "y", "on", "paid", "active", "enabled",
                                                   "available", "confirmed", "complete", "completed"};
  static const std::set<std::string_view> kFalse = {"false", "no", "n", "off", "unpaid", "inactive", "disabled",
                                                    "unavailable", "unconfirmed", "pending", "none", "not paid"};
  if (kTrue.count(v)) *value = true;
  else if (kFalse.count(v)) *value = false;
  else return false;
  return true;
}

// Occurrences (token ranges) of a scalar member value in the source.
std::vector<TokenRange> Occurrences(const SourceText& source, const rapidjson::Value& value,
                                    const std::vector<std::vector<std::string>>& labels) {
  if (value.IsString()) return source.FindInSource({value.GetString(), value.GetStringLength()});
  if (value.IsNumber()) return source.FindNumberInSource(value.GetDouble());
  std::vector<TokenRange> out;
  if (!value.IsBool()) return out;
  // A boolean's evidence is a field whose label names the member and whose
  // value reads as that boolean.
  const std::vector<Token>& tokens = source.tokens();
  for (const Field& f : source.fields()) {
    bool b = false;
    if (!BooleanWord(f.value, &b) || b != value.GetBool()) continue;
    bool named = false;
    for (const auto& l : labels) named = named || LabelMatch(f.label_words, l) > 0;
    if (!named) continue;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].begin >= f.value_begin && tokens[i].begin < f.value_end) {
        std::size_t j = i;
        while (j < tokens.size() && tokens[j].begin < f.value_end) ++j;
        out.push_back({i, j});
        break;
      }
    }
  }
  return out;
}

// The anchor window of an occurrence: its whole field when it lies in one,
// else up to three tokens before and two after on the same line.
TokenRange Anchor(const SourceText& source, TokenRange occ, bool* labelled) {
  const std::vector<Token>& t = source.tokens();
  if (const Field* f = source.FieldAt(t[occ.first].begin)) {
    *labelled = true;
    std::size_t a = occ.first, b = occ.second;
    while (a > 0 && t[a - 1].begin >= f->label_begin) --a;
    while (b < t.size() && t[b].begin < f->value_end) ++b;
    return {a, b};
  }
  *labelled = false;
  std::size_t a = occ.first, b = occ.second;
  for (int k = 0; k < 3 && a > 0 && t[a - 1].line == t[occ.first].line && t[a - 1].in_source; ++k) --a;
  for (int k = 0; k < 2 && b < t.size() && t[b].line == t[occ.second - 1].line && t[b].in_source; ++k) ++b;
  return {a, b};
}

// A token's text for comparing evidence: the separator between a field's
// label and its value reads ':' whatever it was (':', ' - ', ' = ').
std::string_view NormAt(const SourceText& s, std::size_t i) {
  return s.InSeparator(i) ? std::string_view(":") : std::string_view(s.tokens()[i].norm);
}

std::vector<std::string> Norms(const SourceText& s, TokenRange r) {
  std::vector<std::string> out;
  for (std::size_t i = r.first; i < r.second; ++i) out.emplace_back(NormAt(s, i));
  return out;
}

// Source-token ranges of `s` equal to `seq`.
std::vector<TokenRange> FindSequence(const SourceText& s, const std::vector<std::string>& seq) {
  std::vector<TokenRange> out;
  const std::vector<Token>& t = s.tokens();
  if (seq.empty()) return out;
  for (std::size_t i = 0; i + seq.size() <= t.size(); ++i) {
    bool ok = true;
    for (std::size_t k = 0; k < seq.size() && ok; ++k) ok = t[i + k].in_source && NormAt(s, i + k) == seq[k];
    if (ok) out.push_back({i, i + seq.size()});
  }
  return out;
}

// The normalised lines of the source part, keyed by text, with the line
// number of one occurrence.
struct LineInfo {
  int count = 0;
  std::size_t line = 0;
};
// The normalised text of one source line: token norms, with the separator
// between a field's label and value written ':' whatever it was ("Order
// ID - PO-9012" and "Order ID: PO-9012" are the same line).
std::string LineText(const SourceText& s, std::size_t line) {
  std::string out;
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].line != line) continue;
    const std::string_view n = NormAt(s, i);
    if (n == ":" && out.size() >= 2 && out.compare(out.size() - 2, 2, ": ") == 0) continue;  // " - " is one ':'
    out += n;
    out += ' ';
  }
  return out;
}

// The bytes of each word of `s` that starts within [begin, end), as
// written: a letter's case may carry meaning ("800 MB" and "800 Mb", "5 MW"
// and "5 mW") that the lowered norms lose. Numbers (compared by value),
// punctuation and the blanks between tokens are left out ("800MB" is "800
// MB", "2,740.00" is "2,740").
std::vector<std::string_view> RawTokens(const SourceText& s, std::size_t begin, std::size_t end) {
  std::vector<std::string_view> out;
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = s.FirstTokenFrom(begin); i < t.size() && t[i].begin < end; ++i) {
    if (t[i].kind == TokenKind::kWord) out.push_back(s.Raw(t[i]));
  }
  return out;
}

// The byte span of source line `line` of `s`, first token to last.
std::pair<std::size_t, std::size_t> LineSpan(const SourceText& s, std::size_t line) {
  std::size_t begin = std::string::npos, end = 0;
  for (const Token& k : s.tokens()) {
    if (!k.in_source || k.line != line) continue;
    begin = std::min(begin, k.begin);
    end = std::max(end, k.end);
  }
  return {begin == std::string::npos ? 0 : begin, end};
}

// Keyed by LineText, then '\x1f' and the line's words as written
// (RawTokens: "Size: 512 KB" and "Size: 512 kb" are two lines).
std::map<std::string, LineInfo> SourceLines(const SourceText& s) {
  std::map<std::string, LineInfo> lines;
  std::size_t line = static_cast<std::size_t>(-1);
  for (const Token& t : s.tokens()) {
    if (!t.in_source || t.line == line) continue;
    line = t.line;
    std::string key = LineText(s, line) + '\x1f';
    const auto span = LineSpan(s, line);
    for (std::string_view word : RawTokens(s, span.first, span.second)) {
      key.append(word);
      key += ' ';
    }
    LineInfo& info = lines[key];
    ++info.count;
    info.line = line;
  }
  return lines;
}

// Words that make a statement in prose say something other than the value
// plainly: a change, a contrast, a bound, a report of someone's claim.
bool QualifyingWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "but", "however", "although", "though", "yet", "except", "unless", "if", "last", "ago", "next", "then",
      "says", "said", "say", "wrote", "writes", "claims", "claimed", "according", "over", "under", "than",
      "least", "most", "nearly", "almost", "roughly", "maybe", "perhaps", "probably", "possibly", "between",
      "would", "will", "should", "could", "might", "may", "former", "previous", "prior", "old", "new",
      "born", "turned", "turns", "turning", "became", "become", "becomes", "changed", "changes", "updated",
      "update", "typo", "mistake", "error", "misprint", "expected", "planned", "target", "minimum", "maximum",
      "min", "max", "before", "after", "during", "per", "each", "every", "total", "plus", "minus", "times",
      "original", "originally", "initial", "initially", "revised", "amended", "superseded"};
  return kWords.count(w) != 0;
}

// Whether token `t` of a line states something: a number, or a capitalised
// word past the line's first (a name).
bool TokenStates(const SourceText& s, const Token& t, bool first) {
  if (t.kind == TokenKind::kNumber) return true;
  return t.kind == TokenKind::kWord && !first && s.prompt()[t.begin] >= 'A' && s.prompt()[t.begin] <= 'Z';
}

// Whether the source tokens [from, to) of one line speak of a member: they
// name the member's label and state something (a number, a name, the
// value), or hold the value.
bool TokensMention(const SourceText& s, std::size_t from, std::size_t to,
                   const std::vector<std::vector<std::string>>& labels, const std::vector<std::string>& value_norms) {
  std::set<std::string> words;
  std::vector<std::string> seq;
  bool states = false, first = true;
  for (std::size_t i = from; i < to; ++i) {
    const Token& t = s.tokens()[i];
    if (!t.in_source) continue;
    seq.push_back(t.norm);
    words.insert(vocab::Singular(t.norm));
    states = states || TokenStates(s, t, first);
    first = false;
  }
  if (!value_norms.empty()) {
    for (std::size_t i = 0; i + value_norms.size() <= seq.size(); ++i) {
      if (std::equal(value_norms.begin(), value_norms.end(), seq.begin() + static_cast<std::ptrdiff_t>(i))) return true;
    }
  }
  if (!states) return false;
  for (const auto& l : labels) {
    if (l.empty()) continue;
    bool all = true;
    for (const std::string& w : l) all = all && words.count(w);
    if (all) return true;
  }
  return false;
}

// Whether the source tokens [from, to) of one line, stating nothing, ask or
// compute something of a member: they hold a word or mark of a computation
// or qualification ("per", "by", "each", "/", "\u00F7") and any word of the
// member's label ("Room rate per person" of nightly_rate); or they open
// with an instruction verb whose object is a word of the member's label
// ("Report weight a piece", "Reply with amount a item", not "Please process
// the following booking"); or they are nothing but the label ("remote.",
// "- delayed").
// `label_word(w)` says whether w is a word of the member's label.
template <typename LabelWord>
bool TokensAskOf(const SourceText& s, std::size_t from, std::size_t to, const LabelWord& label_word) {
  static const vocab::WordSet kAskVerbs = {"report", "state", "show", "list", "tell", "enter", "set", "put",
                                           "record", "send", "count", "divide", "split", "multiply", "apply",
                                           "json"};
  bool computes = false, named = false, only_label = true, first = true;
  std::vector<std::string_view> opening;
  for (std::size_t i = from; i < to; ++i) {
    const Token& t = s.tokens()[i];
    if (!t.in_source) continue;
    if (TokenStates(s, t, first)) return false;
    first = false;
    computes = computes || QualifyingWord(t.norm) || t.norm == "by" || t.norm == "/" || t.norm == "\xC3\xB7" ||
               t.norm == "\xC3\x97" || t.norm == "*";
    const std::string singular = vocab::Singular(t.norm);
    named = named || label_word(t.norm) || label_word(singular);
    if (t.kind != TokenKind::kPunct) only_label = only_label && (label_word(t.norm) || label_word(singular));
    if (t.kind == TokenKind::kWord && opening.size() < 4 && t.norm != "please" && t.norm != "the" &&
        t.norm != "me" && t.norm != "us" && t.norm != "only" && t.norm != "with") {
      opening.push_back(t.norm);
    }
  }
  if ((computes || only_label) && named) return true;
  return opening.size() >= 2 && (vocab::IsInstructionVerb(opening[0]) || kAskVerbs.Has(opening[0])) &&
         (label_word(opening[1]) || label_word(vocab::Singular(std::string(opening[1]))));
}

// The same for line `line` of `s`, a line added or removed: there a
// member's name speaks of it whether or not the line states a value
// ("Provide amount per item in this record.", "Rate per guest for this
// record": what is asked of it may have changed).
bool LineMentions(const SourceText& s, std::size_t line, const std::vector<std::vector<std::string>>& labels,
                  const std::vector<std::string>& value_norms) {
  const std::vector<Token>& t = s.tokens();
  std::size_t from = 0;
  while (from < t.size() && t[from].line != line) ++from;
  std::size_t to = from;
  while (to < t.size() && t[to].line == line) ++to;
  const auto label_word = [&](std::string_view w) {
    for (const auto& l : labels) {
      if (std::find(l.begin(), l.end(), w) != l.end()) return !IsFillerWord(w) && w.size() >= 3;
    }
    return false;
  };
  return TokensMention(s, from, to, labels, value_norms) || TokensAskOf(s, from, to, label_word);
}


// A word that may stand beside a number in a field that states it plainly:
// the unit the member is asked in (any unit when none is), a currency code
// when no unit is asked, "old" of "34 years old".
bool PlainUnitWord(const SourceText& s, std::size_t i, std::string_view asked_unit) {
  const Token& tok = s.tokens()[i];
  if (tok.kind != TokenKind::kWord) return false;
  const std::string_view text = s.prompt().substr(tok.begin, tok.end - tok.begin);
  if (vocab::IsCurrencyCode(text)) return asked_unit.empty() || asked_unit == "money";  // EUR, USD, NOK
  if (tok.norm == "old") return i > 0 && vocab::UnitOf(s.tokens()[i - 1].norm) == "yr";
  const std::string_view unit = vocab::UnitOf(tok.norm);
  return !unit.empty() && (asked_unit.empty() || unit == asked_unit);
}

// Whether `raw` (a field's label or value as written) gives money in a
// scale: a currency sign or a common currency's code beside a scale word ("$MM",
// "USD m", "\u20B9 L", "$K", "EURm", "MMUSD", "kSEK"); with `units`, beside any
// unit word too ("$750 mm": millions, not millimetres; "2.1 T USD"); "MM"
// in capitals, alone. A `money_member`'s value is money with no sign
// ("Budget: 750mm", "Salary: 95 L").
bool MoneyInAScale(std::string_view raw, bool units, bool money_member = false) {
  const auto lower = [](std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const auto code = [](std::string_view w) { return vocab::IsCurrencyCode(w); };
  bool money = money_member || raw.find('$') != std::string_view::npos ||
               raw.find("\xC2\xA3") != std::string_view::npos ||  // pound
               raw.find("\xC2\xA5") != std::string_view::npos ||  // yen
               raw.find("\xE2\x82") != std::string_view::npos;    // U+2080-20BF: euro, rupee, ...
  // (Scales and money in other scripts: "\u4E07\u5143", "\u5104\u5186", "\u043C\u043B\u043D \u0440\u0443\u0431.", "\uC5B5 \uC6D0".)
  static constexpr std::string_view kWideScales[] = {
      "\xE4\xB8\x87", "\xE5\x84\x84", "\xE4\xBA\xBF", "\xE5\x8D\x83", "\xEC\x96\xB5", "\xEB\xA7\x8C", "\xEC\xB2\x9C",
      "\xD0\xBC\xD0\xBB\xD0\xBD", "\xD1\x82\xD1\x8B\xD1\x81", "\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4"};
  static constexpr std::string_view kWideMoney[] = {"\xE5\x85\x83", "\xE5\x86\x86", "\xE5\x9C\x86", "\xEC\x9B\x90",
                                                    "\xD1\x80\xD1\x83\xD0\xB1", "z\xC5\x82"};
  bool scale = false;
  for (std::string_view w : kWideScales) scale = scale || raw.find(w) != std::string_view::npos;
  for (std::string_view w : kWideMoney) money = money || raw.find(w) != std::string_view::npos;
  for (std::size_t i = 0; i < raw.size();) {
    const auto letter = [&](std::size_t k) { return k < raw.size() && std::isalpha(static_cast<unsigned char>(raw[k])); };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (letter(j)) ++j;
    const std::string_view w = raw.substr(i, j - i);
    i = j;
    if (code(w)) {
      money = true;
      continue;
    }
    if (w == "MM") return true;  // (millions: no unit is written so)
    // (A code glued to a scale: "EURm", "MMUSD", "kSEK", "TEUR".)
    if (w.size() > 3 && w.size() <= 6 &&
        ((code(w.substr(0, 3)) && vocab::ScaleOf(lower(w.substr(3))) != vocab::Scale::kNone) ||
         (code(w.substr(w.size() - 3)) && vocab::ScaleOf(lower(w.substr(0, w.size() - 3))) != vocab::Scale::kNone))) {
      return true;
    }
    const std::string l = lower(w);
    scale = scale || vocab::ScaleOf(l) != vocab::Scale::kNone || (units && !vocab::UnitOf(l).empty());
  }
  return money && scale;
}

// Whether `raw` (a field's label as written) gives a scale: a word of a
// scale alone ("in k", "in K", "(M)", "in bn", "Mio"; not "m", metres), a
// power of ten ("\u00D710\u00B3", "10^3", "\u00B710\u2076", "10\u00B3").
bool ScaleInLabel(std::string_view raw) {
  if (raw.find('^') != std::string_view::npos) return true;
  // (Superscript digits: U+00B2, U+00B3, U+00B9, U+2070-2079.)
  for (std::string_view sup : {"\xC2\xB2", "\xC2\xB3", "\xC2\xB9", "\xE2\x81\xB0", "\xE2\x81\xB4", "\xE2\x81\xB5",
                               "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9", "\xE2\x81\xBB"}) {
    if (raw.find(sup) != std::string_view::npos) return true;
  }
  for (std::size_t i = 0; i < raw.size();) {
    if (!std::isalpha(static_cast<unsigned char>(raw[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < raw.size() && std::isalpha(static_cast<unsigned char>(raw[j]))) ++j;
    const bool glued = (i > 0 && static_cast<unsigned char>(raw[i - 1]) >= 0x80) ||
                       (j < raw.size() && static_cast<unsigned char>(raw[j]) >= 0x80);
    if (!glued && vocab::GivesAScale(raw.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// Whether a field's label is written with an escape ("ci\ty:"), or the
// text holds a JSON escape of a character ('"cit\u0079": "Bergen"'): which
// label or value it is, the text does not say as written, and a second
// "city" may hide in it.
bool EscapeInText(const SourceText& s) {
  const std::string& text = s.source_text();
  for (std::size_t at = text.find('\\'); at != std::string::npos; at = text.find('\\', at + 1)) {
    if (at + 1 >= text.size()) break;
    const char next = text[at + 1];
    if (next == 'u' && at + 5 < text.size() && std::isxdigit(static_cast<unsigned char>(text[at + 2])) &&
        std::isxdigit(static_cast<unsigned char>(text[at + 5]))) {
      return true;
    }
    // (And the other JSON escapes: '\/', '\"', '\\', '\n', '\t' ...: the
    // value as written is not the value.)
    if (std::string_view("\"\\/bfnrt").find(next) != std::string_view::npos) return true;
  }
  return std::any_of(s.fields().begin(), s.fields().end(), [&](const Field& f) {
    return s.prompt().substr(f.label_begin, f.label_end - f.label_begin).find('\\') != std::string_view::npos;
  });
}

// Whether field `g` gives the record's unit ("Unit:", "Units:", "Einheit:",
// "Enhet:", "Eenheid:"), or with `scales` also its scale ("Scale:",
// "Multiplier:", "Factor:").
bool UnitField(const Field& g, bool scales) {
  static const vocab::WordSet kUnit = {"unit",   "units",     "einheit",    "einheiten", "enhet",
                                       "enheter", "unite",   "unit\xC3\xA9", "unites",  "unit\xC3\xA9s",
                                       "unidad",  "unidades", "unita",     "unit\xC3\xA0", "eenheid"};
  static const vocab::WordSet kScale = {"scale", "multiplier", "factor"};
  return std::any_of(g.label_words.begin(), g.label_words.end(),
                     [&](const std::string& w) { return kUnit.Has(w) || (scales && kScale.Has(w)); });
}

// Whether the label of `own` names a unit other than `asked` ("Timeout in
// minutes" for seconds), or a unit field of the record holds one ("Unit: h").
bool OtherUnitGiven(const SourceText& s, const Field& own, std::string_view asked) {
  const auto other = [&](const std::string& w) {
    const std::string_view unit = vocab::UnitOf(w);
    return !unit.empty() && unit != asked && !IsFillerWord(w);
  };
  if (std::any_of(own.label_words.begin(), own.label_words.end(), other)) return true;
  for (const Field& g : s.fields()) {
    if (!UnitField(g, false)) continue;
    for (const Token& k : g.value_tokens) {
      if (k.kind != TokenKind::kWord) continue;
      const std::string_view unit = vocab::UnitOf(k.norm);
      if (!unit.empty() && unit != asked) return true;
    }
  }
  return false;
}

// Whether a field of the text gives a scale for the whole record: money in
// a scale ("Currency: USD MM", "Amounts: $K", "Budget in $MM: 750"), or a
// unit field that holds a scale or a power of ten ("Unit: k", "Unit:
// 1,000", "Units: 10\u00B3", "Scale: M"; not "Unit: kg", "Units: 6").
bool RecordGivesAScale(const SourceText& s) {
  const std::string_view p = s.prompt();
  return std::any_of(s.fields().begin(), s.fields().end(), [&](const Field& g) {
    const std::string_view label = p.substr(g.label_begin, g.label_end - g.label_begin);
    const std::string_view value = p.substr(g.value_begin, g.value_end - g.value_begin);
    if (MoneyInAScale(label, false) || MoneyInAScale(value, false)) return true;
    if (!UnitField(g, true)) return false;
    if (ScaleInLabel(value)) return true;
    // (A power of ten: "Unit: 1,000", "Unit: 1000 NOK"; not a count of units,
    // "Units: 6".)
    return std::any_of(g.value_tokens.begin(), g.value_tokens.end(), [](const Token& k) {
      if (k.kind != TokenKind::kNumber || k.number < 10) return false;
      double n = k.number;
      while (n >= 10 && std::fmod(n, 10) == 0) n /= 10;
      return n == 1;
    });
  });
}

// Whether the number `n` written for a member of `labels` is not its value
// as written: a year in two digits ("Year: 26", "Vintage: 19", "Decade:
// 80s": which century is not written), the hour 24 (the next day's 0).
bool NumberNotAsWritten(const LabelSets& labels, double n) {
  static const vocab::WordSet kYear = {"year",    "yr",     "jahr",   "annee",  "ann\xC3\xA9" "e", "ano",
                                       "a\xC3\xB1o", "anno",   "aar",    "\xC3\xA5r", "jaar",        "rok",
                                       "vuosi",   "vintage", "founded", "built", "established", "season",
                                       "decade"};
  static const vocab::WordSet kHour = {"hour", "hours", "hr", "stunde", "heure", "hora", "ora", "time"};
  const auto has = [&](const vocab::WordSet& set) {
    return std::any_of(labels.begin(), labels.end(), [&](const std::vector<std::string>& l) {
      return std::any_of(l.begin(), l.end(), [&](const std::string& w) { return set.Has(w); });
    });
  };
  return (std::fabs(n) < 100 && has(kYear)) || (n == 24 && has(kHour));
}

// Whether two fields of different labels hold the same word of a member's
// label ("Nights" and "Companion nights", "Previous address" and
// "Address").
bool TwinFields(const SourceText& s, const MemberLabelTable& table) {
  const std::vector<Field>& f = s.fields();
  for (std::size_t i = 0; i < f.size(); ++i) {
    for (const std::string& w : f[i].label_words) {
      if (IsFillerWord(w) || !table.HasWord(w)) continue;
      for (std::size_t j = i + 1; j < f.size(); ++j) {
        if (f[j].label != f[i].label &&
            std::find(f[j].label_words.begin(), f[j].label_words.end(), w) != f[j].label_words.end()) {
          return true;
        }
      }
    }
  }
  return false;
}

// Whether source token `i` is a word or number of no field: neither in a
// field's label nor in its value ("Rent: 9,800.00 | 10,150.00": the second
// value; "Payment terms: 14 days net. A credit of 200.00 ...": the sentence
// after the value).
bool OutsideFields(const SourceText& s, std::size_t i) {
  const Token& k = s.tokens()[i];
  return k.in_source && k.kind != TokenKind::kPunct && s.FieldAt(k.begin) == nullptr && !s.InLabel(i);
}

// Whether `now` keeps the pattern of the code `was` (letters and digits
// both): runs of digits where it had them, of ASCII letters where it had
// them, the same marks between. True when `was` is no such code.
bool SameCodePattern(std::string_view was, std::string_view now) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (std::none_of(was.begin(), was.end(), digit) || std::none_of(was.begin(), was.end(), letter)) return true;
  // (Runs of a class: "AB12" and "AB1234" are letters then digits.)
  const auto runs = [&](std::string_view v) {
    std::string out;
    for (char c : v) {
      const char k = digit(c) ? '9' : letter(c) ? 'a' : c;
      if (out.empty() || out.back() != k || (k != '9' && k != 'a')) out += k;
    }
    return out;
  };
  return runs(was) == runs(now);
}

// Whether a member's labels name something a percentage may give ("rate",
// "share", "discount", "vat", "percent").
bool PercentMember(const LabelSets& labels) {
  static const vocab::WordSet kWords = {"percent", "percentage", "pct", "rate", "share", "ratio", "discount",
                                        "vat", "tax", "interest", "margin", "growth", "humidity", "probability",
                                        "chance", "progress", "completion", "utilization", "utilisation", "load",
                                        "yield", "return", "apr", "apy", "commission", "fee", "tip", "markup",
                                        "occupancy", "score", "battery", "coverage", "change"};
  for (const std::vector<std::string>& l : labels) {
    for (const std::string& w : l) {
      if (kWords.Has(w)) return true;
    }
  }
  return false;
}

// Whether `value` gives two values, a change or a doubt: "?", "...", "~", an
// arrow or "\u00B1", " or ", " vs ", " then ", "maybe", "about", "(TBC)", " & ", letters on both
// sides of a '/' ("Bergen/Oslo", "SK4035/SK4037"; not a date, "03/04/2027").
bool AlternativesOrDoubt(std::string_view value) {
  for (std::string_view mark : {"?", "..", "\xE2\x80\xA6", "\xE2\x86\x92", "->", "=>", "\xC2\xB1", " & ", "\xEF\xBC\x9F",
                                "~", "\xE2\x89\x88"}) {
    if (value.find(mark) != std::string_view::npos) return true;
  }
  // (Words that join or doubt, as words: "310 (or 311)", "Bergen vs Oslo".)
  static const vocab::WordSet kWords = {"or",     "vs",   "versus", "then", "maybe",  "perhaps", "probably", "formerly",
                                       "either", "about", "approx", "approximately", "circa", "tbc", "tba",
                                       "temp", "provisional", "tentative", "roughly", "around"};
  std::vector<std::string_view> runs;  // letters and digits, and what stands between them
  for (std::size_t i = 0; i < value.size();) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(value[i])) != 0;
    std::size_t j = i;
    while (j < value.size() && (std::isalnum(static_cast<unsigned char>(value[j])) != 0) == alnum) ++j;
    runs.push_back(value.substr(i, j - i));
    i = j;
  }
  for (std::string_view r : runs) {
    std::string lower(r);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (kWords.Has(lower)) return true;
  }
  // Two numbers joined by a list's mark or word ("310/311", "310\u2013312",
  // "310, 311", "310 and 311", "310 + 311"): two values. (Not a date's or a
  // code's dash, "2026-05-03", "QX-5120", nor a phone's blanks.)
  const auto number = [](std::string_view r) {
    return std::any_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (std::size_t k = 0; k + 2 < runs.size(); ++k) {
    if (!number(runs[k])) continue;
    std::size_t n = k + 1;
    std::string between(runs[n]);
    // ("310 and 311": a word between blanks.)
    if (n + 2 < runs.size() && runs[n + 1] == "and") {
      between += "and" + std::string(runs[n + 2]);
      n += 2;
    }
    if (n + 1 >= runs.size() || !number(runs[n + 1])) continue;
    std::string marks;
    for (char c : between) {
      if (c != ' ') marks += c;
    }
    if (marks == "/" || marks == "," || marks == "+" || marks == "and" || marks == ";" || marks == "|" ||
        marks == "\xE2\x80\x93" || marks == "\xE2\x80\x94") {
      return true;
    }
  }
  // Letters on both sides of a '/' ("Bergen/Oslo", "SK4035/SK4037").
  for (std::size_t at = value.find('/'); at != std::string_view::npos; at = value.find('/', at + 1)) {
    const bool letter_before = at > 0 && std::isalpha(static_cast<unsigned char>(value[at - 1]));
    const bool letter_after = at + 1 < value.size() && std::isalpha(static_cast<unsigned char>(value[at + 1]));
    if (letter_before || letter_after) return true;
  }
  return false;
}

// Whether the member names a person ("name", "passenger", "recipient"): 1;
// a place ("city", "destination") or a part of a name ("first name"): 2;
// neither: 0.
int NamesWho(const LabelSets& labels) {
  static const vocab::WordSet kPerson = {
      "name",    "fullname", "passenger", "patient", "guest",    "recipient", "person", "customer",
      "client",  "traveller", "traveler", "driver",  "owner",    "holder",    "contact", "employee",
      "tenant",  "payer",    "sender",    "attendee", "author",  "buyer",     "seller",  "student",
      "addressee", "consignee", "beneficiary", "applicant", "insured", "pilot", "captain", "skipper"};
  static const vocab::WordSet kPlace = {"city", "town", "destination", "origin", "village", "municipality",
                                        "hometown", "birthplace", "port", "harbour", "harbor"};
  // ("name" alone or a person's: "full name", "guest name"; not "product
  // name", "venue name".)
  static const vocab::WordSet kNameOf = {"full", "first", "last", "given", "family", "sur", "fullname"};
  int out = 0;
  for (const std::vector<std::string>& l : labels) {
    for (const std::string& w : l) {
      if (w == "name") {
        const bool alone = std::all_of(l.begin(), l.end(), [&](const std::string& x) {
          return x == "name" || kNameOf.Has(x) || kPerson.Has(x);
        });
        // (A part of a name is one word: "first name", "family name".)
        const bool part = std::any_of(l.begin(), l.end(), [&](const std::string& x) {
          return kNameOf.Has(x) && x != "full" && x != "fullname";
        });
        if (alone) return part ? 2 : 1;
        continue;
      }
      if (kPerson.Has(w)) return 1;
      if (kPlace.Has(w)) out = 2;
    }
  }
  return out;
}

// Whether `value` is written as a name: words of a capital and then small
// letters ("Ana Lind", "Anne-Marie O'Neil", "\u00D8ystein R\u00F8nning"; letters past
// ASCII count as either), the first no word that refers ("Her Brother",
// "The Guest"), and for a person two words at least ("Companion", "Self",
// "Mr." are none). A reference or a role is no name to copy: "ihr Bruder",
// "HER BROTHER", "Guest 2", "hometown", "\U0001F464".
bool WrittenAsAName(std::string_view value, bool person) {
  // (Words of a relation or a role, anywhere: "Guest Mother", "Home Town".)
  static const vocab::WordSet kRoles = {
      "mother",   "father",    "brother",  "sister",   "daughter", "wife",     "husband", "partner",
      "friend",   "guest",     "companion", "colleague", "child",   "parent",   "spouse",  "resident",
      "occupant", "occupier",  "bearer",   "home",     "town",     "hometown", "sibling", "cousin",
      "heimatstadt", "hauptstadt", "vorort", "banlieue", "suburb", "capital", "birthplace", "local", "here",
      "city", "name"};
  std::size_t words = 0;
  for (std::size_t i = 0; i < value.size();) {
    while (i < value.size() && value[i] == ' ') ++i;
    if (i == value.size()) break;
    std::size_t j = i;
    while (j < value.size() && value[j] != ' ') ++j;
    const std::string_view w = value.substr(i, j - i);
    i = j;
    const unsigned char first = static_cast<unsigned char>(w[0]);
    if (!(first >= 'A' && first <= 'Z') && first < 0xC3) return false;
    if (w.find("..") != std::string_view::npos) return false;  // "Ber...": cut short
    if (first >= 0xE0) return false;  // an emoji, a CJK character: no name written so
    // (A letter of two bytes: small ones of Latin-1, Greek and Cyrillic, "\u00E9", "\u03C3",
    // "\u0441\u0435\u0441\u0442\u0440\u0430", are no capital.)
    if (first >= 0xC3 && w.size() >= 2) {
      const unsigned cp = ((first & 0x1Fu) << 6) | (static_cast<unsigned char>(w[1]) & 0x3Fu);
      if ((cp >= 0xDF && cp <= 0xFF) || (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F)) return false;
    }
    for (std::size_t k = 1; k < w.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(w[k]);
      if (c >= 'A' && c <= 'Z') {
        // ("McLean", "O'Neil", "Anne-Marie": a capital after a mark or "Mc".)
        const bool after_mark = w[k - 1] == '\'' || w[k - 1] == '-' || (k == 2 && w.substr(0, 2) == "Mc");
        if (!after_mark) return false;
        continue;
      }
      if (!((c >= 'a' && c <= 'z') || c >= 0x80 || c == '\'' || c == '-' || c == '.')) return false;
    }
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if ((words == 0 && vocab::IsReferringWord(lower)) || kRoles.Has(lower)) return false;
    // (A possessive: "Guest's Mother", "Ana\u2019s Son".)
    if (lower.size() > 2 && (lower.substr(lower.size() - 2) == "'s" ||
                             (lower.size() > 4 && lower.substr(lower.size() - 4) == "\xE2\x80\x99s"))) {
      return false;
    }
    ++words;
  }
  return words >= (person ? 2u : 1u);
}

// Whether `text` (as the prompt writes it) and `value` are the same bytes,
// each run of blanks read as one space.
bool SameAsWritten(std::string_view text, std::string_view value) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t i = 0, j = 0;
  while (i < text.size() && j < value.size()) {
    if (blank(text[i]) && blank(value[j])) {
      while (i < text.size() && blank(text[i])) ++i;
      while (j < value.size() && blank(value[j])) ++j;
      continue;
    }
    if (text[i] != value[j]) return false;
    ++i;
    ++j;
  }
  return i == text.size() && j == value.size();
}

// See MemberEvidence::plain.
// `record_scale`: RecordGivesAScale(s).
bool Plain(const SourceText& s, const std::vector<TokenRange>& all, const rapidjson::Value& value,
           const MemberLabelTable::Entry& member, bool labelled, bool record_scale) {
  const LabelSets& labels = member.own;
  const TokenRange occ = all.front();
  const std::vector<Token>& t = s.tokens();
  // A string as written, letter case too ("qx-5120" is not "QX-5120": a
  // code's case may be its meaning, and a copy from another field in
  // another case is no statement of this one).
  if (value.IsString() && occ.second > occ.first &&
      !SameAsWritten(s.prompt().substr(t[occ.first].begin, t[occ.second - 1].end - t[occ.first].begin),
                     {value.GetString(), value.GetStringLength()})) {
    return false;
  }
  // A string that gives two values, a change or a doubt ("Bergen or Oslo",
  // "SK4035/SK4037", "214 \u2192 310", "310 \u00B12", "maybe 310", "3??", "Ber..."):
  // no one value is stated.
  if (value.IsString() && AlternativesOrDoubt({value.GetString(), value.GetStringLength()})) return false;
  // A person's or a place's member holds a name, written as one.
  if (value.IsString()) {
    if (const int who = NamesWho(labels); who != 0 && !WrittenAsAName({value.GetString(), value.GetStringLength()}, who == 1)) {
      return false;
    }
  }
  std::set<std::size_t> own_lines = {t[occ.first].line};
  auto score = [&](const Field& f) {
    int best = 0;
    for (const auto& l : labels) best = std::max(best, LabelMatch(f.label_words, l));
    return best;
  };
  auto member_word = [&](const std::string& x) {
    for (const auto& l : labels) {
      for (const std::string& w : l) {
        if (!IsFillerWord(w) && vocab::Canonical(x) == vocab::Canonical(w)) return true;
      }
    }
    return false;
  };
  // Labels of one kind that share no word ("Mobile" and "Landline" for a
  // phone, "Cell" and "Fax"): twins too.
  static const vocab::WordSet kPhones = {"phone",    "telephone", "tel",         "mobile",   "cell",
                                         "cellphone", "landline", "fax",         "telefax",  "mobil",
                                         "handy",    "telefon",   "fasttelefon", "festnetz", "portable"};
  auto phone_word = [](const std::string& x) { return kPhones.Has(x); };
  const bool phone_member = std::any_of(labels.begin(), labels.end(), [&](const std::vector<std::string>& l) {
    return std::any_of(l.begin(), l.end(), phone_word);
  });
  auto shares_a_word = [&](const Field& f) {
    return std::any_of(f.label_words.begin(), f.label_words.end(), member_word) ||
           (phone_member && std::any_of(f.label_words.begin(), f.label_words.end(), phone_word));
  };
  int named = 0;  // how well the evidence's own label names the member
  if (labelled) {
    const Field* f = s.FieldAt(t[occ.first].begin);
    if (f == nullptr) return false;
    named = score(*f);
    if (named == 0) return false;  // stated under a label that names something else
    // A label struck through ("~Paid~", "~~Active~~"): no longer the field's.
    if (s.prompt().substr(f->label_begin, f->label_end - f->label_begin).find('~') != std::string_view::npos) {
      return false;
    }
    // Another field labelled with the member's word ("Previous
    // appointment" beside "Next appointment", "Birth city" beside "Current
    // city"): which one the request means is read from its words. Plain
    // only where the instruction (or the member's description) names the
    // member and says each word the value's label adds ("the date of the
    // next appointment"), in words the checks read; not "den vorherigen
    // Termin", "her appointment in May".
    const bool twin = std::any_of(s.fields().begin(), s.fields().end(), [&](const Field& g) {
      return &g != f && g.label != f->label && shares_a_word(g);
    });
    if (twin) {
      const std::vector<std::string>& said = s.instruction_words();
      const std::vector<std::string>& said_singular = s.instruction_singular();
      // (A key the instruction writes with '_', "check_in", says its words.)
      std::vector<std::string> key_parts;
      for (const std::string& w : said) {
        if (w.find('_') == std::string::npos) continue;
        for (std::string& part : LabelWords(w)) key_parts.push_back(std::move(part));
      }
      auto says = [&](const std::string& w) {
        return std::find(said.begin(), said.end(), w) != said.end() ||
               std::find(said_singular.begin(), said_singular.end(), vocab::Singular(w)) != said_singular.end() ||
               std::find(key_parts.begin(), key_parts.end(), w) != key_parts.end() ||
               std::find(member.meaning_words.begin(), member.meaning_words.end(), w) != member.meaning_words.end();
      };
      bool names = false;
      for (const auto& l : labels) {
        for (const std::string& w : l) names = names || (!IsFillerWord(w) && says(w));
      }
      if (!names) return false;
      // (Literally: "Mobile" for a phone is a word the label adds.)
      auto literal = [&](const std::string& x) {
        for (const auto& l : labels) {
          if (std::find(l.begin(), l.end(), x) != l.end()) return true;
        }
        return false;
      };
      for (const std::string& w : f->label_words) {
        if (!IsFillerWord(w) && !literal(w) && !says(w)) return false;
      }
    }
    // The value may occur again only inside fields that name other things
    // ("EUR" of "Amount: 79,617 EUR" beside "Currency: EUR").
    for (std::size_t k = 1; k < all.size(); ++k) {
      const Field* g = s.FieldAt(t[all[k].first].begin);
      if (g == nullptr || g == f || score(*g) != 0) return false;
    }
    // A word in brackets in its label that is no word of the member's and
    // that the instruction does not say ("Start hour (pm): 7", "Guests
    // (couples): 40", "Balance (DR): 250.00"): it may change what the
    // value means.
    {
      const std::string_view label = s.prompt().substr(f->label_begin, f->label_end - f->label_begin);
      const std::size_t open = label.find_first_of("([");
      if (open != std::string_view::npos) {
        const std::vector<std::string>& said = s.instruction_words();
        for (const Token& k : Tokenize(label.substr(open))) {
          // (A sign in brackets says it too: "Guests (%): 40".)
          if (k.kind == TokenKind::kPunct && k.norm != "%" && k.norm != "$" && k.norm != "#" && k.norm != "+" &&
              k.norm != "\xE2\x80\xB0") {
            continue;
          }
          if (k.kind != TokenKind::kPunct && IsFillerWord(k.norm)) continue;
          const bool own = std::any_of(labels.begin(), labels.end(), [&](const std::vector<std::string>& l) {
            return std::find(l.begin(), l.end(), k.norm) != l.end();
          });
          if (!own && std::find(said.begin(), said.end(), k.norm) == said.end()) return false;
        }
      }
    }
    // A number's label with a word after the member's that is none of its
    // own, no unit, no currency, no word of a record or a number, and not the
    // instruction's ("Amount ezer forint: 1250", "Qty doz: 3", "Budget juta:
    // 2.5", "Amount thou.: 50"): a scale or a unit in words no list here
    // holds may stand there, so the number is not known to be the value as
    // written. (A word before them qualifies the noun, "Expected
    // attendees", and is read as a label's.)
    if (value.IsNumber()) {
      static const vocab::WordSet kNumberWords = {"number", "no", "nr", "num", "id"};
      const std::vector<std::string>& said = s.instruction_words();
      // (The label's words in their order; Field::label_words are a set.)
      std::vector<std::string> words;
      for (const Token& k : Tokenize(s.prompt().substr(f->label_begin, f->label_end - f->label_begin))) {
        if (k.kind == TokenKind::kWord) words.push_back(vocab::Singular(k.norm));
      }
      const auto last_own = std::find_if(words.rbegin(), words.rend(), member_word);
      // (A unit beside a currency is a scale: "Amount kilo-euros".)
      const bool currency = std::any_of(words.begin(), words.end(), vocab::IsCurrencyWord);
      for (auto it = last_own.base(); last_own != words.rend() && it != words.end(); ++it) {
        const std::string& w = *it;
        if (IsFillerWord(w) || member_word(w) || (!currency && !vocab::UnitOf(w).empty()) || vocab::IsCurrencyWord(w) ||
            vocab::IsRecordKind(w) || kNumberWords.Has(w) ||
            std::find(said.begin(), said.end(), w) != said.end()) {
          continue;
        }
        return false;
      }
    }
    // Another value on its line that no field labels ("Rent: 9,800.00 |
    // 10,150.00" under "Columns: previous month | this month"): which column
    // the member is, the evidence does not keep.
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i].line == t[occ.first].line && OutsideFields(s, i)) return false;
    }
    // Money in a scale, in its own field ("Budget: $750MM", "Budget in $MM:
    // 750") or in a field of its own for the record ("Currency: USD MM",
    // "Amounts: $K"): the value is not the number as it stands.
    // (So is a unit beside an amount of money: "Budget: 750mm", "Salary: 95 L".)
    const bool money = std::any_of(labels.begin(), labels.end(), [&](const std::vector<std::string>& l) {
      return std::any_of(l.begin(), l.end(), [&](const std::string& w) { return vocab::IsMoneyNoun(w); });
    });
    if (value.IsNumber() && NumberNotAsWritten(labels, value.GetDouble())) return false;
    if (value.IsNumber()) {
      const std::string_view p = s.prompt();
      const std::string_view raw = p.substr(f->value_begin, f->value_end - f->value_begin);
      if (record_scale || MoneyInAScale(raw, true, money)) return false;
      // A scale in its own label ("Amount in k", "Population in M",
      // "Amount \u00D710\u00B3") or in the request's words for it ("Amount
      // (k)"): the value is not the number as it stands.
      if (member.scaled || ScaleInLabel(p.substr(f->label_begin, f->label_end - f->label_begin))) return false;
      for (const std::vector<std::string>& l : labels) {
        for (std::size_t i = 0; i < l.size(); ++i) {
          if (l.size() >= 2 && (vocab::GivesAScale(l[i]) ||
                                (money && i + 1 == l.size() && vocab::ScaleOf(l[i]) != vocab::Scale::kNone))) {
            return false;
          }
        }
      }
    }
    const std::string_view asked = internal::AskedUnit(s, member);
    // A unit other than the asked one in the value's label ("Timeout in
    // minutes: 5" for "timeout_s") or in a unit field for the record ("Unit:
    // h"): the number is not in the asked unit.
    if (value.IsNumber() && !asked.empty() && asked != "money" && OtherUnitGiven(s, *f, asked)) return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
      // (A table's label is its column's header, lines above the value.)
      if (t[i].begin == f->label_begin) own_lines.insert(t[i].line);
      // A key glued to its value by '=' ("city=Oslo", "PORT=Tromso"): read
      // as a field for the checks, but which key a value stands under the
      // evidence keeps no better than round 130's keyed lines.
      if (t[i].begin >= f->label_end && t[i].begin < f->value_begin && t[i].norm == "=" && !t[i].space_before) {
        return false;
      }
      if (t[i].begin < f->value_begin || t[i].begin >= f->value_end || (i >= occ.first && i < occ.second)) continue;
      if (t[i].kind == TokenKind::kPunct) {
        static const std::set<std::string_view> kPlainPunct = {".", ",", "$", "\xE2\x82\xAC", "\xC2\xA3", "\""};
        if (kPlainPunct.count(t[i].norm) != 0) continue;
        // ("%" beside a member that may be a percentage: "Rate: 5%"; not
        // "Room: 310%".)
        if (t[i].norm == "%" && PercentMember(labels)) continue;
        return false;  // "(", "~", "?", an arrow: a remark on the value
      }
      if (value.IsNumber() && PlainUnitWord(s, i, asked) &&
          (vocab::UnitOf(t[i].norm) != "%" || PercentMember(labels))) {
        continue;
      }
      return false;  // another word or number beside the value
    }
  } else {
    if (all.size() != 1) return false;
    for (const Token& tok : t) {
      if (!tok.in_source || tok.line != t[occ.first].line) continue;
      if (tok.kind == TokenKind::kWord && QualifyingWord(tok.norm)) return false;
    }
    std::vector<Token> line_tokens;
    std::size_t outside = 0;  // words and numbers of the line outside the value
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (!t[i].in_source || t[i].line != t[occ.first].line) continue;
      line_tokens.push_back(t[i]);
      outside += (i < occ.first || i >= occ.second) && t[i].kind != TokenKind::kPunct;
    }
    // A list item ("- Desk lamp, qty 2", "2. Paint the fence") or a line
    // of the value alone ("Oslo" under "Billing address:"): which member it
    // is depends on its place, first or last, and on the heading above it,
    // which the evidence does not keep.
    static const std::set<std::string_view> kMarkers = {"-", "*", "+", "\xE2\x80\xA2", "\xE2\x80\x93", "\xC2\xB7"};
    const Token& head = line_tokens.front();
    const bool numbered = head.kind == TokenKind::kNumber && line_tokens.size() > 1 &&
                          (line_tokens[1].norm == "." || line_tokens[1].norm == ")");
    if (outside == 0 || kMarkers.count(head.norm) != 0 || numbered) return false;
    // A key set to a value on the line ("city=Oslo office=Bergen", '<row
    // origin="OSL"/>', "LANGUAGE=French") or a value between tags
    // ("<language>German</language>"): the key is a label the fields do not
    // read, so which member the value is, the evidence does not keep.
    if (std::any_of(line_tokens.begin(), line_tokens.end(), [](const Token& k) { return k.norm == "="; })) return false;
    {
      const auto span = LineSpan(s, t[occ.first].line);
      const std::string_view line = s.prompt().substr(span.first, span.second - span.first);
      if (line.find("</") != std::string_view::npos || line.find("/>") != std::string_view::npos) return false;
    }
    // Another member's word on the line ("name(Eva Lund) city(Oslo)
    // office(Tromso)", "her city is Bergen and her office is in Oslo", "city
    // Molde, office Oslo"): the text pairs values with members in words the
    // fields do not read.
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (!t[i].in_source || t[i].line != t[occ.first].line || (i >= occ.first && i < occ.second)) continue;
      if (t[i].kind != TokenKind::kWord || IsFillerWord(t[i].norm)) continue;
      const std::string singular = vocab::Singular(t[i].norm);  // Canonical may return a view of it
      const std::string_view c = vocab::Canonical(singular);
      // (Their canonical words, as the label table keeps them beside the words.)
      for (std::size_t l = 0; l < member.others.size(); ++l) {
        for (std::size_t k = 0; k < member.others[l].size(); ++k) {
          if (!IsFillerWord(member.others[l][k]) && member.others_canonical[l][k] == c) return false;
        }
      }
    }
    if (internal::Qualified(line_tokens)) return false;
    // Which of several numbers on a line is which ("Siv Aas,34,30" under a
    // header) is not stated plainly.
    if (value.IsNumber() && std::count_if(line_tokens.begin(), line_tokens.end(), [](const Token& tok) {
          return tok.kind == TokenKind::kNumber;
        }) > 1) {
      return false;
    }
  }
  // No other line names the member and states something, unless that line
  // is another field whose label holds the member's words but names it less
  // well than the evidence's own ("Birth city: Osaka" beside "Current city:
  // Lisbon"): there the words name that other field, they say nothing of
  // this one. (A "Correction: age should read 43" has them in its value.)
  std::set<std::size_t> specific_lines;
  for (const Field& f : s.fields()) {
    if (score(f) >= named || !shares_a_word(f)) continue;
    const std::size_t at = s.FirstTokenFrom(f.label_begin);
    if (at < t.size()) specific_lines.insert(t[at].line);
  }
  for (std::size_t from = 0, to = 0; from < t.size(); from = to) {
    to = from + 1;
    while (to < t.size() && t[to].line == t[from].line) ++to;
    if (own_lines.count(t[from].line) || specific_lines.count(t[from].line)) continue;
    if (TokensMention(s, from, to, labels, {})) return false;
  }
  return true;
}

// Letters glued after the number that ends at `end` ("Room: 80l", "Nights:
// 2s", "Room: 15G", "Weight: 5kg"): an OCR'd digit, or a unit. Unless the
// member's name ends in that unit ("weight_kg") or its unit is it
// ("timeout_s"), which of the two it is, and what the value then is, the
// checks do not read.
bool UnaskedGluedLetters(std::string_view prompt, std::size_t end, std::string_view key, std::string_view unit) {
  std::size_t k = end;
  while (k < prompt.size()) {
    const auto [cp, n] = CodePointAt(prompt, k);
    if (!IsLetterCodePoint(cp)) break;
    k += n;
  }
  if (k == end) return false;
  std::string word(prompt.substr(end, k - end)), name(key);
  std::transform(word.begin(), word.end(), word.begin(), internal::Lower);
  std::transform(name.begin(), name.end(), name.begin(), internal::Lower);
  if (!unit.empty() && vocab::NameUnitOf(word) == unit) return false;
  const bool named = name.size() > word.size() + 1 && name.compare(name.size() - word.size(), word.size(), word) == 0 &&
                     (name[name.size() - word.size() - 1] == '_' || name[name.size() - word.size() - 1] == '-');
  return !named;
}

// Whether the number written in `text` has at most 15 significant digits
// (commas and a sign aside), so that a double holds it exactly enough to
// write it back the same.
bool ExactInDouble(std::string_view text) {
  std::size_t significant = 0;
  bool leading = true;
  for (char c : text) {
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++significant;
  }
  return significant <= 15;
}

// Whether the text writes decimals with a comma somewhere ("1.499,90",
// "3,5 kg", "12,50"): a comma digit or two and no more, or dotted
// thousands before a comma. There "2,125" and "12.500" may be read either
// way.
bool CommaDecimals(std::string_view text) {
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ',' || !digit(i - 1) || !digit(i + 1)) continue;
    std::size_t j = i + 1;
    while (digit(j)) ++j;
    if (j - i - 1 <= 2) return true;                                        // "3,5", "1.499,90"
    if (i >= 5 && text[i - 4] == '.' && digit(i - 5)) return true;          // "1.499,900"
  }
  return false;
}

// Whether the label of `f` holds a bracketed part its words do not read:
// fullwidth or CJK brackets, braces or angle brackets, or ASCII brackets around
// text past ASCII ("Amount (万元)").
bool UnreadLabelBrackets(const SourceText& source, const Field& f) {
  if (f.label_end <= f.label_begin) return false;
  const std::string_view label = source.prompt().substr(f.label_begin, f.label_end - f.label_begin);
  for (std::string_view open : {"{", "<", "\xEF\xBC\x88", "\xEF\xBC\xBB", "\xE3\x80\x90", "\xE3\x80\x8C",
                                "\xE3\x80\x8E", "\xE3\x80\x94", "\xE3\x80\x88", "\xE3\x80\x8A"}) {
    if (label.find(open) != std::string_view::npos) return true;
  }
  for (char open : {'(', '['}) {
    const std::size_t at = label.find(open);
    if (at == std::string_view::npos) continue;
    const std::size_t close = label.find(open == '(' ? ')' : ']', at);
    const std::string_view inside = label.substr(at + 1, close == std::string_view::npos ? std::string_view::npos : close - at - 1);
    if (std::any_of(inside.begin(), inside.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return true;
  }
  return false;
}

// Whether the member's key, description or title has a word asking for a
// code, an id or a number ("city_code", "cityId", "town_number", described
// "the city code") that the text does not say, while the value is words
// without a digit ("Oslo"); or asks for a compact form ("flight_compact")
// of a value with a blank.
bool AsksForACodeOfAName(const SourceText& source, std::string_view key, const MemberLabelTable::Entry& entry,
                         const rapidjson::Value& value) {
  const std::string_view v(value.GetString(), value.GetStringLength());
  const bool digits = v.find_first_of("0123456789") != std::string_view::npos;
  const bool blank = v.find(' ') != std::string_view::npos;
  static const vocab::WordSet kCodeWords = {"code", "codes", "id", "ids", "number", "no", "nr", "num", "iso",
                                            "abbr", "abbreviation", "abbrev", "initials", "symbol", "key", "ref"};
  static const vocab::WordSet kCompactWords = {"compact", "nospace", "nospaces", "slug", "short", "shortened"};
  auto asks = [&](const std::string& w) {
    if (source.Says(w)) return false;
    return (kCodeWords.Has(w) && !digits) || (kCompactWords.Has(w) && blank);
  };
  for (const std::string& w : internal::Words(internal::SpacedName(key))) {
    if (asks(w)) return true;
  }
  for (const std::string& w : entry.meaning_words) {
    if (asks(w)) return true;
  }
  for (const auto& label : entry.own) {
    for (const std::string& w : label) {
      if (asks(w)) return true;
    }
  }
  return false;
}

// Whether a number's text groups its last three digits with one separator
// that may as well be a decimal point: "48.000", "NOK 450.000", "1.250"
// (thousands in much of Europe, a decimal in English), and "2,125" in a text
// that writes decimals with a comma. Its value is not read for certain.
bool AmbiguousGrouping(std::string_view raw, std::string_view text) {
  const std::size_t sep = raw.find_first_of(",.");
  if (sep == std::string_view::npos || raw.find_first_of(",.", sep + 1) != std::string_view::npos) return false;
  auto digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::size_t lead = sep;
  while (lead > 0 && raw[lead - 1] >= '0' && raw[lead - 1] <= '9') --lead;
  const std::size_t whole = sep - lead;
  std::size_t end = sep + 1;
  while (end < raw.size() && raw[end] >= '0' && raw[end] <= '9') ++end;
  if (whole < 1 || whole > 3 || end - sep - 1 != 3 || !digits(raw.substr(sep + 1, 3))) return false;
  return raw[sep] == '.' || CommaDecimals(text);
}

}  // namespace

namespace internal {

// The form of a text, byte for byte: digits as '9', ASCII letters as 'a',
// tabs and carriage returns as ' ', every other byte as itself ("SK4035" ->
// "aa9999", "912 00 111" -> "999 99 999"), written to `out` (room for
// text.size() bytes): FormOf's string, or a caller's buffer on the stack.
void FormOfTo(std::string_view text, char* out) {
  for (char c : text) {
    if (c >= '0' && c <= '9') c = '9';
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) c = 'a';
    else if (c == '\t' || c == '\r') c = ' ';
    *out++ = c;
  }
}

std::string FormOf(std::string_view text) {
  std::string out(text.size(), '\0');
  if (!out.empty()) FormOfTo(text, &out[0]);
  return out;
}

// Where `form` (with a digit) stands in `text_form` as a whole ("999 99
// 999" in "aaa: 999 99 999", not inside "9999 99 9999"), from `from`; npos
// when nowhere.
std::size_t FindForm(std::string_view text_form, std::string_view form, std::size_t from = 0) {
  const std::size_t digit = form.find('9');
  if (digit == std::string_view::npos) return std::string_view::npos;
  // Searched from its first digit, rare in a text's form ("aaa 99 aaaa":
  // a search from its first letter would stop at every word).
  const std::string_view tail = form.substr(digit), head = form.substr(0, digit);
  // A match of the whole form has before its first digit the form's byte
  // before it (no '9': `digit` is the first), or, for a form opening with a
  // digit, no digit or letter. So a '9' after a '9' (or after a letter, for
  // such a form) starts none, nor does the rest of its run of digits:
  // skipped before any compare (a text's form has many digits).
  const char lead = digit > 0 ? form[digit - 1] : '\0';
  for (std::size_t hit = text_form.find('9', from + digit); hit != std::string_view::npos;
       hit = text_form.find('9', hit + 1)) {
    if (hit > 0) {
      const char prev = text_form[hit - 1];
      if (digit > 0 ? prev != lead : (prev == '9' || prev == 'a')) {
        while (hit + 1 < text_form.size() && text_form[hit + 1] == '9') ++hit;
        continue;
      }
    }
    if (text_form.compare(hit, tail.size(), tail) != 0) continue;
    const std::size_t at = hit - digit;
    if (text_form.compare(at, digit, head) != 0) continue;
    const bool before = at > 0 && (text_form[at - 1] == '9' || text_form[at - 1] == 'a');
    const std::size_t end = at + form.size();
    const bool after = end < text_form.size() && (text_form[end] == '9' || text_form[end] == 'a');
    if (!before && !after) return at;
  }
  return std::string_view::npos;
}

// The prompt's bytes of line `line` of the source text, first token to last.
std::string_view RawLine(const SourceText& s, std::size_t line) {
  const auto [begin, end] = LineSpan(s, line);
  return s.prompt().substr(begin, end - begin);
}

// A string value written with digits ("913 45 678", "SK4037") of which the
// text holds another value of the same form outside any field that names a
// member ("New: 913 45 678", "Now: SK4037", "-> SK4037"): which of the two
// the member is, the words around them say, and the checks may not read
// them.
std::vector<ProseLine> ProseDigitLines(const SourceText& s) {
  // Runs of source tokens of one line outside every field, those with a digit.
  std::vector<ProseLine> out;
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = 0; i < t.size();) {
    if (!t[i].in_source || s.FieldAt(t[i].begin) != nullptr) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool digit = t[i].norm.find_first_of("0123456789") != std::string::npos;
    while (j + 1 < t.size() && t[j + 1].in_source && t[j + 1].line == t[i].line && s.FieldAt(t[j + 1].begin) == nullptr) {
      ++j;
      digit = digit || t[j].norm.find_first_of("0123456789") != std::string::npos;
    }
    if (digit) out.push_back({t[i].begin, FormOf(s.prompt().substr(t[i].begin, t[j].end - t[i].begin))});
    i = j + 1;
  }
  return out;
}

bool OtherValueOfItsForm(const SourceText& s, const rapidjson::Value& value, const MemberLabelTable& table,
                         const std::vector<ProseLine>* prose_lines) {
  if (!value.IsString()) return false;
  const std::string_view v = Trim({value.GetString(), value.GetStringLength()});
  // The value's form, on the stack when short (most values): no copy kept.
  char small[256];
  std::string large;
  char* buffer = small;
  if (v.size() > sizeof small) {
    large.resize(v.size());
    buffer = &large[0];
  }
  FormOfTo(v, buffer);
  const std::string_view form(buffer, v.size());
  if (form.find('9') == std::string_view::npos) return false;
  // Where `line` (starting at byte `begin`) holds another value of the form
  // outside any field that names a member.
  const auto other_in = [&](std::size_t begin, std::string_view line, std::string_view line_form) {
    for (std::size_t at = FindForm(line_form, form); at != std::string::npos; at = FindForm(line_form, form, at + 1)) {
      if (NormalizeText(line.substr(at, form.size())) == NormalizeText(v)) continue;  // the value itself
      const Field* f = s.FieldAt(begin + at);
      if (prose_lines != nullptr && f != nullptr) continue;
      bool names_member = false;
      if (f != nullptr) {
        for (const std::string& w : f->label_words) {
          names_member = names_member || (!IsFillerWord(w) && table.HasWord(w));
        }
      }
      if (!names_member) return true;
    }
    return false;
  };
  if (prose_lines != nullptr) {
    for (const ProseLine& l : *prose_lines) {
      if (other_in(l.begin, s.prompt().substr(l.begin, l.form.size()), l.form)) return true;
    }
    return false;
  }
  // Line by line of the source text, as the prompt writes it.
  const std::vector<Token>& t = s.tokens();
  for (std::size_t i = 0; i < t.size();) {
    if (!t[i].in_source) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < t.size() && t[j + 1].in_source && t[j + 1].line == t[i].line) ++j;
    const std::string_view line = s.prompt().substr(t[i].begin, t[j].end - t[i].begin);
    if (other_in(t[i].begin, line, FormOf(line))) return true;
    i = j + 1;
  }
  return false;
}

}  // namespace internal

namespace {

std::string Quote(const std::vector<std::string>& norms) {
  std::string out = "\"";
  for (std::size_t i = 0; i < norms.size() && i < 12; ++i) out += (i ? " " : "") + norms[i];
  return out + "\"";
}

// Whether the words of the longer of two labels, one inside the other, that
// the shorter lacks are each a word a label may add freely
// (vocab::IsHarmlessLabelWord, fillers): "e mail address" beside "email".
bool OnlyHarmlessBeyond(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::vector<std::string>& big = a.size() >= b.size() ? a : b;
  const std::vector<std::string>& small = a.size() >= b.size() ? b : a;
  for (const std::string& w : big) {
    if (std::find(small.begin(), small.end(), w) != small.end()) continue;
    if (!vocab::IsHarmlessLabelWord(w, small) && !IsFillerWord(w)) return false;
  }
  return true;
}

}  // namespace

std::vector<std::vector<std::string>> MemberLabels(std::string_view key, const rapidjson::Value* schema_json) {
  std::vector<std::vector<std::string>> out;
  const std::string_view desc = internal::Description(internal::PropertySchema(schema_json, key));
  if (!desc.empty() && desc.size() <= 60) out.push_back(LabelWords(desc));
  out.push_back(LabelWords(key));
  return out;
}

namespace {

// Whether the schema's top-level "required" leaves `key` out (a schema
// without "required" makes every member optional).
bool Optional(const rapidjson::Value* schema_json, std::string_view key) {
  if (schema_json == nullptr || !schema_json->IsObject()) return false;
  const auto required = schema_json->FindMember("required");
  if (required == schema_json->MemberEnd() || !required->value.IsArray()) return true;
  for (const auto& k : required->value.GetArray()) {
    if (k.IsString() && std::string_view(k.GetString(), k.GetStringLength()) == key) return false;
  }
  return true;
}

}  // namespace

MemberLabelTable::MemberLabelTable(const rapidjson::Value* schema_json) : schema_(schema_json) {
  if (!schema_json || !schema_json->IsObject()) return;
  unread_text_ = internal::UnreadSchemaText(*schema_json);
  auto props = schema_json->FindMember("properties");
  if (props == schema_json->MemberEnd() || !props->value.IsObject()) return;
  for (const auto& p : props->value.GetObject()) {
    keys_.emplace_back(p.name.GetString(), p.name.GetStringLength());
    entries_.emplace_back();
    entries_.back().own = MemberLabels(keys_.back(), schema_json);
    internal::ReadMemberAsks(schema_json, keys_.back(), &entries_.back());
    std::vector<std::string> words = internal::Words(internal::SpacedName(keys_.back()));
    // A short unit as the last word of a longer name ("timeout_s",
    // "volume_l", "delay_us"): the label words drop it, the name says it.
    if (words.size() >= 2 && !vocab::NameUnitOf(words.back()).empty()) {
      entries_.back().unit = vocab::NameUnitOf(words.back());
    }
    // (So in its description or title: "Timeout [s]", "Delay, in s".)
    const rapidjson::Value& sub = p.value;
    for (const char* name : {"description", "title"}) {
      if (!sub.IsObject()) break;
      const auto text = sub.FindMember(name);
      if (text == sub.MemberEnd() || !text->value.IsString()) continue;
      if (ScaleInLabel({text->value.GetString(), text->value.GetStringLength()})) entries_.back().scaled = true;
      if (!entries_.back().unit.empty()) continue;
      const std::vector<std::string> said =
          internal::Words(internal::SpacedName({text->value.GetString(), text->value.GetStringLength()}));
      if (said.size() >= 2) entries_.back().unit = vocab::NameUnitOf(said.back());
    }
    for (std::string& w : words) name_words_.push_back(std::move(w));
  }
  // Each label's canonical words once; a member's others take them along
  // (n members' others hold n - 1 members' labels each).
  for (Entry& e : entries_) {
    for (const auto& l : e.own) e.own_canonical.push_back(CanonicalWords(l));
  }
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    Entry& mine = entries_[i];
    for (std::size_t j = 0; j < keys_.size(); ++j) {
      if (i == j) continue;
      const Entry& theirs = entries_[j];
      for (std::size_t l = 0; l < theirs.own.size(); ++l) {
        bool inside = false;
        for (std::size_t o = 0; o < mine.own.size() && !inside; ++o) {
          const int match = LabelMatch(mine.own[o], mine.own_canonical[o], theirs.own[l], theirs.own_canonical[l]);
          inside = match > 0;
          // (So a label inside the other's whose other words a label may
          // add freely: "email" and "e mail address".)
          if (mine.synonym_twin.empty() && (match == 2 || (match == 1 && OnlyHarmlessBeyond(mine.own[o], theirs.own[l])))) {
            mine.synonym_twin = keys_[j];
          }
        }
        if (!inside) {
          mine.others.push_back(theirs.own[l]);
          mine.others_canonical.push_back(theirs.own_canonical[l]);
        }
      }
    }
  }
  for (std::size_t i = 0; i < keys_.size(); ++i) Complete(&entries_[i], keys_[i], schema_json);
  AppendAllWords(&words_);
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  for (const Entry& e : entries_) {
    for (const std::string& v : e.enum_values) {
      for (std::string& w : internal::Words(v)) enum_words_.push_back(std::move(w));
    }
  }
  std::sort(enum_words_.begin(), enum_words_.end());
  enum_words_.erase(std::unique(enum_words_.begin(), enum_words_.end()), enum_words_.end());
}

void MemberLabelTable::Complete(Entry* e, std::string_view key, const rapidjson::Value* schema_json) {
  if (!e->own.empty()) e->code_member = internal::CodeMember(e->own.back());
  const internal::CodeName code_name = internal::NameEndsInCode(key, &e->code_head);
  e->code_name = static_cast<unsigned char>(code_name);
  e->pure_code = code_name == internal::CodeName::kCode && internal::PureCodeHead(e->code_head);
  e->optional = Optional(schema_json, key);
  e->value_kinds = internal::ValueKindsOf(e->own);
  static const vocab::WordSet kStateNouns = {"status", "state", "stage", "phase", "condition", "standing",
                                             "outcome", "result", "decision", "verdict", "availability", "progress"};
  e->may_be_state = !e->enum_values.empty() ||
                    internal::AllowsSomeValuesOnly(schema_json, internal::PropertySchema(schema_json, key));
  for (const std::string& w : internal::Words(internal::SpacedName(key))) {
    e->may_be_state = e->may_be_state || kStateNouns.Has(w);
  }
  if (e->own_canonical.size() != e->own.size()) {
    e->own_canonical.clear();
    for (const auto& l : e->own) e->own_canonical.push_back(CanonicalWords(l));
  }
  if (e->others_canonical.size() != e->others.size()) {
    e->others_canonical.clear();
    for (const auto& l : e->others) e->others_canonical.push_back(CanonicalWords(l));
  }
  for (const auto& l : e->own) {
    for (const std::string& w : l) {
      if (vocab::IsQualifier(w)) e->qualifiers.push_back(w);
    }
  }
  for (const auto& l : e->own) {
    for (const std::string& w : l) {
      std::string_view unit = vocab::UnitOf(w);
      if (!unit.empty() && w.size() > 1 && e->unit.empty()) e->unit = unit;
    }
  }
  // An amount a label names in a currency ("price_eur", "discount amount in
  // euros") is money: a percentage or a weight is not it.
  for (const auto& l : e->own) {
    for (const std::string& w : l) {
      if (e->unit.empty() && vocab::IsCurrencyWord(w)) e->unit = "money";
    }
  }
  // An age is in years unless a label names another unit.
  for (const auto& l : e->own) {
    if (e->unit.empty() && std::find(l.begin(), l.end(), "age") != l.end()) e->unit = "yr";
  }
}

const MemberLabelTable::Entry& MemberLabelTable::Find(std::string_view key, Entry* scratch) const {
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) return entries_[i];
  }
  *scratch = Entry();
  scratch->own = MemberLabels(key, schema_);
  Complete(scratch, key, schema_);
  return *scratch;
}

const MemberLabelTable::Entry& MemberLabelTable::Find(std::string_view key, Entry* scratch, std::size_t* next) const {
  if (const Entry* listed = FindListed(key, next)) return *listed;
  return Find(key, scratch);
}

const MemberLabelTable::Entry* MemberLabelTable::FindListed(std::string_view key, std::size_t* next) const {
  if (*next < keys_.size() && keys_[*next] == key) return &entries_[(*next)++];
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) {
      *next = i + 1;
      return &entries_[i];
    }
  }
  return nullptr;
}

bool MemberLabelTable::HasWord(std::string_view word) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), word,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
  return it != words_.end() && *it == word;
}

bool MemberLabelTable::HasEnumWord(std::string_view word) const {
  const auto has = [&](std::string_view w) {
    return std::binary_search(enum_words_.begin(), enum_words_.end(), w,
                              [](std::string_view a, std::string_view b) { return a < b; });
  };
  return has(word) || has(vocab::Singular(word));  // ("vans" of "van")
}

bool MemberLabelTable::HasKey(std::string_view lowercase_key) const {
  return std::any_of(keys_.begin(), keys_.end(), [&](const std::string& k) {
    return std::equal(k.begin(), k.end(), lowercase_key.begin(), lowercase_key.end(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) == b;
    });
  });
}

const LabelSets& MemberLabelTable::Own(std::string_view key, LabelSets* scratch) const {
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) return entries_[i].own;
  }
  *scratch = MemberLabels(key, schema_);
  return *scratch;
}

void MemberLabelTable::AppendAllWords(std::vector<std::string>* out) const {
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    out->push_back(keys_[i]);
    for (const auto& l : entries_[i].own) out->insert(out->end(), l.begin(), l.end());
  }
}

const LabelSets& MemberLabelTable::Others(std::string_view key) const {
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) return entries_[i].others;
  }
  return none_;
}

namespace {

// Whether the text holds a note line that may change a value
// (SourceText::ChangingNoteLine: "his two brothers will join as well",
// "the phone below is no longer in use"): what the note does is not read, so
// no member is stated plainly, whichever it names, and the answer is not
// stored for reuse.
bool ChangingNote(const SourceText& source) {
  for (const Token& k : source.tokens()) {
    if (k.in_source && source.ChangingNoteLine(k.line)) return true;
  }
  return false;
}

// Words that put a statement in the past ("was", "then", "formerly"),
// fillers among them: said of a record, they may make its values old.
bool IsTenseWord(std::string_view w) {
  static const vocab::WordSet kTense = {"was", "were", "then", "had", "formerly", "previously", "once", "ago",
                                        "used", "old", "before", "earlier", "anymore", "longer", "past"};
  return kTense.Has(w);
}

// Whether a word after a code says the record changed or where its holder
// is now ("K38981 now ECFHZ9", "C-01918 since May in Alta", "435 flyttet
// til Risør").
bool RemarkWord(std::string_view w) {
  static const vocab::WordSet kWords = {
      "now", "since", "currently", "lives", "living", "resides", "relocated", "moved", "moving", "works",
      "working", "married", "rebooked", "handled", "hired", "joined", "left", "takes", "taken", "new", "n\xC3\xA5",
      "nb", "successor", "replaced", "replacement", "overtatt", "\xC3\xBC" "bernommen", "reassigned", "transferred",
      "flyttet", "flytta", "bor", "jobber", "jetzt", "seit", "wohnt", "umgezogen", "maintenant", "depuis",
      "habite", "ahora", "desde", "vive", "ora", "agora", "nu", "nyt", "nyligen", "muutti", "asuu"};
  return kWords.Has(w) || IsTenseWord(w) || vocab::ChangeWordKind(w) != vocab::ChangeWord::kNone;
}

// The length of the mark (no letter, no digit) of more than one byte that
// starts at byte `i` of `raw`: punctuation, arrows, dashes, bullets, boxes,
// CJK and fullwidth brackets ("⇨", "‖", "❨", "…", "【", "（"), or 0.
std::size_t SymbolAt(std::string_view raw, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < raw.size() ? static_cast<unsigned char>(raw[k]) : 0u; };
  const unsigned lead = byte(i);
  if (lead == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0xBF) return 2;  // U+0080-U+00BF
  if (lead == 0xC3 && (byte(i + 1) == 0x97 || byte(i + 1) == 0xB7)) return 2;  // × ÷
  if (lead < 0xE0 || lead > 0xEF || (byte(i + 1) & 0xC0) != 0x80 || (byte(i + 2) & 0xC0) != 0x80) return 0;
  const unsigned cp = CodePointAt(raw, i).first;
  // (Not a quote, nor a comma or stop: "B12, metformin" lists.)
  if ((cp >= 0x2018 && cp <= 0x201F) || cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B) return 0;
  return IsSymbolCodePoint(cp) ? 3 : 0;
}

// Where the code of a field's value ends its first part: at its first digit,
// or without one at the first mark after a word ("Gate: A | moved to
// Molde", "Seat: D; Umgezogen Nach Steinkjer") or after a code of one or two
// capitals; npos when there is none.
std::size_t CodeStart(std::string_view raw) {
  const std::size_t digit = raw.find_first_of("0123456789");
  if (digit != std::string_view::npos) return digit;
  const std::size_t word = raw.find_first_not_of(" \t");
  if (word == std::string_view::npos) return word;
  const std::size_t mark = raw.find_first_of("|;,.", word);
  const std::size_t dash = raw.find(" - ", word);
  if (std::min(mark, dash) != std::string_view::npos) return std::min(mark, dash);
  // A code of one or two capitals alone ("Seat: F Demenage A Namsos").
  std::size_t end = word;
  while (end < raw.size() && raw[end] >= 'A' && raw[end] <= 'Z') ++end;
  return end > word && end - word <= 2 && end < raw.size() && raw[end] == ' ' ? end : std::string_view::npos;
}

// Whether three words or more stand in a row, with only spaces between
// them, before a mark and then a code ("Bay: Umgezogen Nach Halden - B781",
// "Gate: Flyttet Til F\u00F8rde, C15"): a remark written before the code.
bool PhraseBeforeACode(std::string_view raw) {
  const std::size_t digit = raw.find_first_of("0123456789");
  if (digit == std::string_view::npos) return false;
  int run = 0;
  bool in_word = false, phrase = false;
  for (std::size_t i = 0; i < digit;) {
    const auto [cp, n] = CodePointAt(raw, i);
    if (IsLetterCodePoint(cp)) {
      if (!in_word) run += 1;
      in_word = true;
      phrase = phrase || run >= 3;
    } else {
      in_word = false;
      if (cp != ' ') {
        if (phrase && cp != '\'' && cp != '.') return true;  // (a mark after the phrase)
        run = 0;
      }
    }
    i += n;
  }
  return false;
}

// Whether the words after the code of `raw` (CodeStart: its first digit, or
// a first mark) may say the record changed, in words no list holds: a word
// of change (RemarkWord, also after "_": "B181_Moved to Steinkjer", "19B |
// now lives in Skien"; with `tense` false, not a word that only puts it in the past:
// "34 years old"), a word in a script other than Latin ("\u73B0\u5C45Molde",
// "Narvik\uC73C\uB85C"), and with `lower` kAny a word in lower case ("M4287 se
// mudr\u00F3 a Troms\u00F8", "K91672 d\u00E9m\u00E9nag\u00E9 \u00E0 Sandefjord") but a unit ("30
// kg"), a currency ("7.990,50 kr") and the small words of a list or a range
// ("1 and 2", "10 to 12", "2 x 3"); with kAccented only one in lower case
// with a letter outside ASCII ("mudr\u00F3", "d\u00E9m\u00E9nag\u00E9", not "years
// old"). A capitalised Latin word may be a name in a list ("Lamp 1, Cable 1",
// "0155 Oslo"); letters glued to digits are part of the code or a unit ("3rd",
// "12ab", "750\u4E07\u5143"). Three words in a row are a remark in any case.
enum class Lower { kNone, kAccented, kAny };
bool RemarkWordsAfterACode(std::string_view raw, bool tense, Lower lower) {
  static const vocab::WordSet kJoin = {"and", "or", "to", "of", "x", "am", "pm", "og", "und", "et", "y", "e"};
  const std::size_t start = CodeStart(raw);
  if (start == std::string_view::npos) return false;
  const std::string_view text = raw.substr(start);
  bool after_letter_or_digit = true;  // (the code's own last character)
  bool glued = true;                  // the letters since the last digit are glued to it ("750\u4E07\u5143")
  int run = 0;                        // words in a row with only spaces between them
  bool after_mark = false;  // the run follows a mark that ends a value: "; ", " | ", ". ", " / ", " - ", a tab
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, n] = CodePointAt(text, i);
    const bool letter = IsLetterCodePoint(cp);
    const bool digit_here = cp < 0x80 && IsDigit(static_cast<char>(cp));
    const bool in_code = glued;
    if (!letter) glued = digit_here;
    if (!letter && cp != ' ') {
      // (A stop or a comma ends the value only right after the code: not
      // "St. New York". A tab always does.)
      run = 0;
      const bool spaced = i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t');
      const bool dash = cp == '-' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t');
      const bool stop = (cp == '.' || cp == ',') && in_code && i > 0;
      after_mark = cp == '\t' || ((cp == ';' || cp == '|' || cp == '/' || stop || dash) && spaced);
    }
    if (letter && cp >= 0x250 && !glued) return true;  // (glued to a Latin word too: "Drammen\uC73C\uB85C")
    if (letter && !after_letter_or_digit) {
      // Three words in a row say something, in whichever language ("Seat:
      // 20A. Neue Adresse Stavanger", "Bay: B356 - abita a Hamar"), and two
      // after a mark that ends the value ("Seat: 25E; Mudou Skien", "Bay:
      // B112 | Neu Levanger", "Gate: C5. Sekarang Hamar", "Seat: 21D, Mudou
      // Skien").
      if (!glued && ++run >= (after_mark ? 2 : 3)) return true;
      std::string word;  // ASCII letters in lower case, the others as written
      bool accented = false;  // a letter outside ASCII in lower case: "\u00E9" of "d\u00E9m\u00E9nag\u00E9"
      for (std::size_t j = i; j < text.size();) {
        const auto [c, m] = CodePointAt(text, j);
        if (!IsLetterCodePoint(c)) break;
        // (Latin in lower case outside ASCII: from U+00DF in Latin-1, the odd
        // code points of Latin Extended-A: the "\u015F" of "ta\u015F\u0131nd\u0131".)
        accented = accented || (c >= 0x80 && (c < 0x100 ? c >= 0xDF : c < 0x180 && (c & 1u) == 1u));
        for (std::size_t b = j; b < j + m && b < text.size(); ++b) {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[b])));
        }
        j += m;
      }
      if (RemarkWord(word) && (tense || !IsTenseWord(word))) return true;
      const bool lower_start = (cp >= 'a' && cp <= 'z') || (accented && cp >= 0x80);
      if (lower == Lower::kAny && lower_start && word.size() >= 2 && !kJoin.Has(word) &&
          vocab::UnitOf(word).empty() && !vocab::IsPrefixedUnit(word) && !vocab::IsCurrencyWord(word) && word != "kr") {
        return true;
      }
      if (lower == Lower::kAccented && lower_start && accented) return true;
    }
    after_letter_or_digit = letter || digit_here;
    i += n;
  }
  return false;
}

// A code or a number with a remark in words beside it: in brackets, after
// an arrow or a slash, after any other mark that is no part of a code or
// after two spaces, or with a word of change ("C-01918 (lives in Alta now)",
// "399 (muutti: Alta)", "423 → Sandefjord", "BK5114 (→ Diga Rodaberg)", "336 /
// Stavanger", "K37704 — he now resides in Florø", "19B | now lives in Skien",
// "K74651 # now Sandefjord", "K38981 now ECFHZ9"): the remark may move or
// replace a member's value in words no list holds.
bool RemarkBesideACode(std::string_view raw) {
  const std::size_t digit = raw.find_first_of("0123456789");
  if (digit == std::string_view::npos) return RemarkWordsAfterACode(raw, /*tense=*/true, Lower::kNone);
  if (RemarkWordsAfterACode(raw, /*tense=*/true, Lower::kAny) || PhraseBeforeACode(raw)) return true;
  auto alnum = [&](std::size_t i) { return i < raw.size() && (IsDigit(raw[i]) || IsAsciiAlpha(raw[i])); };
  for (std::size_t i = digit; i < raw.size();) {
    std::size_t mark = 0;
    bool lower_after = false;  // a remark only when a word in lower case follows
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c >= 0x80) {
      mark = SymbolAt(raw, i);
      if (mark == 0) {
        ++i;
        continue;
      }
    } else if (alnum(i) || (c == ' ' && !(i + 1 < raw.size() && raw[i + 1] == ' '))) {
      ++i;
      continue;
    } else if (c == ' ' || c == '\t') {
      mark = 1;
    } else {
      // Inside a code: "C-01918", "4C/2L", "10:00", "1,200", "a.b@c.no";
      // a closing quote ("\"P2\" down"). A comma, a semicolon or a stop
      // before a word in capitals lists ("Lamp 1, Cable 1; Mouse 1").
      // A closing bracket ends what the bracket test below reads ("Lamp (1),
      // Cable (1)").
      const bool quote = c == '"' || c == '\'';
      if ((i > 0 && alnum(i - 1) && alnum(i + 1)) || (quote && i > 0 && raw[i - 1] != ' ') || c == ')' ||
          c == ']' || c == '}') {
        ++i;
        continue;
      }
      lower_after = c == ',' || c == ';' || (c == '.' && !(i + 1 < raw.size() && raw[i + 1] == '.'));
      mark = 1;
    }
    std::size_t j = i + mark;
    while (j < raw.size()) {
      const unsigned char d = static_cast<unsigned char>(raw[j]);
      const std::size_t more = d >= 0x80 ? SymbolAt(raw, j) : (alnum(j) ? 0 : 1);
      if (more == 0) break;
      j += more;
    }
    const bool past_ascii = j < raw.size() && static_cast<unsigned char>(raw[j]) >= 0x80;
    if (j < raw.size() && (past_ascii || (lower_after ? (raw[j] >= 'a' && raw[j] <= 'z') : IsAsciiAlpha(raw[j])))) {
      return true;
    }
    i = j;
  }
  for (std::string_view arrow : {"\xE2\x86\x92", "\xE2\x87\x92", "\xC2\xBB", "->", "=>", "\xE2\x9F\xB6"}) {
    if (raw.find(arrow) != std::string_view::npos) return true;
  }
  // "336 / Stavanger", "**** 2174 / Zedo Sezulund": a word after a slash.
  for (std::size_t slash = raw.find('/'); slash != std::string_view::npos; slash = raw.find('/', slash + 1)) {
    std::size_t next = slash + 1;
    while (next < raw.size() && raw[next] == ' ') ++next;
    if (next < raw.size() && (std::isalpha(static_cast<unsigned char>(raw[next])) ||
                              static_cast<unsigned char>(raw[next]) >= 0x80)) {
      return true;
    }
  }
  for (std::size_t open = raw.find_first_of("(["); open != std::string_view::npos;
       open = raw.find_first_of("([", open + 1)) {
    const std::size_t close = raw.find_first_of(")]", open + 1);
    const std::string_view inside = raw.substr(open + 1, close == std::string_view::npos ? raw.npos : close - open - 1);
    for (char c : inside) {
      if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) return true;
    }
  }
  return false;
}

// Whether a field's value, up to the next field on its line, names a member
// its label does not: "Refund: (x) # reduction is now a no", "Parking: [x]
// {breakfast cancelled}" (round 267), "Billing address: same as shipping".
// A remark on another member's value, whose effect is not read.
bool ValueNamesAMember(const SourceText& source, const MemberLabelTable& labels) {
  const std::vector<Field>& fields = source.fields();
  const std::vector<Token>& t = source.tokens();
  const std::string_view prompt = source.prompt();
  for (const Field& f : fields) {
    std::size_t end = prompt.find('\n', f.value_begin);
    if (end == std::string_view::npos) end = prompt.size();
    for (const Field& g : fields) {
      if (g.label_begin >= f.value_end && g.label_begin < end) end = g.label_begin;
    }
    for (std::size_t k = source.FirstTokenFrom(f.value_begin); k < t.size() && t[k].begin < end; ++k) {
      // (A unit or a currency is the value's own: "Fine: 12.50 NOK" for fine_nok, "5kg".)
      if (t[k].kind != TokenKind::kWord || IsFillerWord(t[k].norm) || !vocab::UnitOf(t[k].norm).empty() ||
          vocab::IsCurrencyWord(t[k].norm) || vocab::IsCurrencyCode(source.Raw(t[k]))) {
        continue;
      }
      const std::string& singular = source.SingularWord(k);
      if (!labels.HasWord(t[k].norm) && !labels.HasWord(singular)) continue;
      if (std::find(f.label_words.begin(), f.label_words.end(), t[k].norm) == f.label_words.end() &&
          std::find(f.label_words.begin(), f.label_words.end(), singular) == f.label_words.end()) {
        return true;
      }
    }
  }
  return false;
}

// A note written as a field: a field whose label names no member and whose
// value says a change, a negation or a state of the record ("Status: moved
// away", "Current: no", "Record: archived", "Source: last year's card"), or
// any field whose label puts it in the past ("Age then: 61", "Record
// (was):"), or a field no value of `read` comes from with a remark beside a
// code (RemarkBesideACode). What it does to the values is not read.
bool NoteInAField(const SourceText& source, const MemberLabelTable& labels, const std::vector<const Field*>& read) {
  static const vocab::WordSet kStates = {
      "archived", "expired", "invalid", "obsolete", "outdated", "superseded", "void", "voided", "cancelled",
      "canceled", "closed", "deceased", "inactive", "deleted", "removed", "moved", "template", "sample",
      "example", "draft", "test", "dummy", "placeholder", "wrong", "incorrect", "stale", "replaced", "changed"};
  const std::vector<Field>& fields = source.fields();
  const std::string_view prompt = source.prompt();
  for (std::size_t n = 0; n < fields.size(); ++n) {
    const Field& f = fields[n];
    bool names = false;
    for (const Token& k : Tokenize(f.label)) {
      if (k.kind == TokenKind::kWord && IsTenseWord(k.norm)) return true;
    }
    for (const std::string& w : f.label_words) {
      names = names || (!IsFillerWord(w) && (labels.HasWord(w) || labels.HasWord(vocab::Singular(w))));
    }
    const std::string_view raw = prompt.substr(f.value_begin, f.value_end - f.value_begin);
    // (In any field no member's value is read from: "Ref: K38981 (now
    // ECFHZ9)" beside "Booking reference:". A " / " ends the value, so what
    // follows it up to the next field or the line's end is read with it:
    // "Room: 336 / Stavanger". A remark in a field a value is read from is
    // the value's own checks' to judge.)
    std::size_t end = prompt.find('\n', f.value_end);
    if (end == std::string_view::npos) end = prompt.size();
    if (n + 1 < fields.size() && fields[n + 1].label_begin >= f.value_end) end = std::min(end, fields[n + 1].label_begin);
    // In a field a value is read from, a word of change, of another script
    // or in accented lower case after its code, or a phrase before or after
    // it, may move another member's value ("Room: 356 | now lives in Molde",
    // "Seat: 12F. Drammen\uC73C\uB85C \uC774\uC0AC" beside "City: Arendal").
    const std::string_view field_text = prompt.substr(f.value_begin, end - f.value_begin);
    const bool is_read = std::find(read.begin(), read.end(), &f) != read.end();
    if (is_read ? RemarkWordsAfterACode(field_text, /*tense=*/false, Lower::kAccented) ||
                      PhraseBeforeACode(field_text)
                : RemarkBesideACode(field_text)) {
      return true;
    }
    if (names) continue;
    for (const Token& k : Tokenize(raw)) {
      if (k.kind != TokenKind::kWord) continue;
      // (A capitalised word is a name's: "Venue: Old Library".)
      if (std::isupper(static_cast<unsigned char>(raw[k.begin]))) continue;
      if (vocab::IsNegation(k.norm) || vocab::IsQualifier(k.norm) || kStates.Has(k.norm) || RemarkWord(k.norm)) {
        return true;
      }
    }
  }
  return false;
}

// The first line that holds a field and is not a line of prose: where the
// text's record begins (nullopt when it has none).
std::optional<std::size_t> FirstFieldLine(const SourceText& s) {
  const std::vector<Token>& t = s.tokens();
  std::optional<std::size_t> first;
  for (const Field& f : s.fields()) {
    const std::size_t at = s.FirstTokenFrom(f.label_begin);
    if (at < t.size() && !s.ProseLine(t[at].line) && (!first || t[at].line < *first)) first = t[at].line;
  }
  return first;
}

// Whether a field labelled as a change of the record ("EDIT: 42",
// "Correction: 42", "Amended: Bergen", "^ New: SK4037") holds a value of
// `value`'s kind: a number for a number, digits for a string written with
// them, words for another string, anything for a truth value. Which value it
// changes is not read; the member's stated value may be the old one.
bool ChangeFieldOfItsKind(const SourceText& source, const rapidjson::Value& value) {

  const bool digits = value.IsString() && std::string_view(value.GetString(), value.GetStringLength())
                                                  .find_first_of("0123456789") != std::string_view::npos;
  for (const Field& f : source.fields()) {
    if (f.value.empty()) continue;
    bool change = false;
    for (const Token& k : Tokenize(f.label)) change = change || (k.kind == TokenKind::kWord && vocab::IsChangeLabelWord(k.norm));
    if (!change) continue;
    const bool number = std::any_of(f.value_tokens.begin(), f.value_tokens.end(), [](const Token& k) {
      return k.kind == TokenKind::kNumber || k.norm.find_first_of("0123456789") != std::string::npos;
    });
    const bool words = std::any_of(f.value_tokens.begin(), f.value_tokens.end(), [](const Token& k) {
      return k.kind == TokenKind::kWord && k.norm.size() > 1 && k.norm.find_first_of("0123456789") == std::string::npos;
    });
    if ((value.IsNumber() || digits) ? number : value.IsString() ? words : true) return true;
  }
  return false;
}

// Whether tokens of `t` from `begin` say what a member is: a member's word
// (or a word naming the record: "record", "details"), then a word linking
// it to something ("is", "as", "belongs to", "="), then another member's
// word, with only fillers and words of place between ("The guest below is
// the payer", "read the net below as the gross", "The record below is the
// payer's", "All fields below belong to the payer"). Such a sentence may
// turn one field into another member, or say whose record it is, in words
// every list here holds. (Not "Return the amount as a number": a word of
// form is no member there.)
bool LinksMembers(const std::vector<Token>& t, std::size_t begin, std::size_t end, const MemberLabelTable& labels) {
  static const vocab::WordSet kLinks = {"is",     "are",     "as",      "be",   "means", "mean",  "belongs", "belong",
                                        "refers", "refer",   "equals",  "equal", "stands", "denotes", "becomes",
                                        "become", "counts",  "treat",   "read", "=",     "\u2192"};
  static const vocab::WordSet kBetween = {"below",   "above", "here",  "shown", "listed", "given", "named",
                                          "called",  "field", "fields", "line", "value",  "values", "entry",
                                          "person",  "one",   "all",   "every", "each",   "to",     "actually",
                                          "really",  "in",    "fact",  "now",   "just",   "not",    "also"};
  auto member = [&](const Token& k) {
    if (k.kind != TokenKind::kWord || IsFillerWord(k.norm) || vocab::IsFormattingWord(k.norm)) return false;
    return labels.HasWord(k.norm) || labels.HasWord(vocab::Singular(k.norm));
  };
  auto between = [&](const Token& k) {
    return (k.kind == TokenKind::kWord && (IsFillerWord(k.norm) || kBetween.Has(k.norm))) || k.norm == "'" ||
           k.norm == "\u2019";
  };
  for (std::size_t i = begin; i < end; ++i) {
    if (!member(t[i]) && !(t[i].kind == TokenKind::kWord && vocab::IsSourceMarkerNoun(t[i].norm))) continue;
    // Up to the link, over fillers and places ("guest below is").
    std::size_t j = i + 1;
    bool linked = false;
    for (std::size_t n = 0; j < end && n < 4; ++j, ++n) {
      if (kLinks.Has(t[j].norm)) {
        linked = true;
        ++j;
        break;
      }
      if (!between(t[j])) break;
    }
    if (!linked) continue;
    // Then another member's word ("the payer", "that of the payer").
    for (std::size_t n = 0; j < end && n < 4; ++j, ++n) {
      if (member(t[j]) && vocab::Singular(t[j].norm) != vocab::Singular(t[i].norm)) return true;
      if (!between(t[j]) && !kLinks.Has(t[j].norm)) break;
    }
  }
  return false;
}

// Whether any sentence of the prompt, the instruction's or the text's, links
// one member to another (LinksMembers), line by line.
bool LinksMembersAnywhere(const SourceText& source, const MemberLabelTable& labels) {
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = 0; i < t.size();) {
    std::size_t j = i;
    while (j < t.size() && t[j].line == t[i].line) ++j;
    if (LinksMembers(t, i, j, labels)) return true;
    i = j;
  }
  return false;
}

// Whether word token `k` is one a text that only hands a record over may
// hold: a filler, a word that names a source ("card", "record", "below"),
// an instruction verb, a member's word, a word the instruction says
// (`said`), or one of a few words of handing a text over ("please",
// "forwarded", "end").
bool HandingOverWord(const Token& k, const MemberLabelTable& labels, const std::vector<std::string>& said) {
  static const vocab::WordSet kHandingOver = {
      "please", "see", "find", "attached", "enclosed", "copy", "copied", "received", "forwarded", "sent",
      "submitted", "filed", "filing", "pasted", "arrived", "needs", "need", "morning", "today", "front", "desk",
      "customer", "client", "patient", "member", "guest", "person", "information", "info", "above", "end",
      "hi", "hello", "thanks", "thank", "you", "dear", "team", "regards", "best", "kind", "sincerely", "process"};
  return IsFillerWord(k.norm) || vocab::IsSourceMarkerNoun(k.norm) || vocab::IsInstructionVerb(k.norm) ||
         kHandingOver.Has(k.norm) || labels.HasWord(k.norm) || labels.HasWord(vocab::Singular(k.norm)) ||
         std::find(said.begin(), said.end(), k.norm) != said.end();
}

// Whether the instruction writes a word with its case marked (an upper-case
// letter after its first: "in mW", "MBps") that the source text writes only
// otherwise ("Output MW: 3.2", "Speed Mbps: 400"), or a number member's
// name, descriptions or titles write a unit (Entry::unit_forms: "size_kB",
// "Load (Mg)") the text writes only otherwise ("512 kb", "8 mg"): a unit of
// another size; or the text writes a size all in lower case ("512 kb"):
// bits or bytes.
bool CaseMarkedElsewhere(const SourceText& source, const rapidjson::Value& answer, const MemberLabelTable& labels) {
  const std::vector<Token>& t = source.tokens();
  const auto only_otherwise = [&](std::string_view norm, std::string_view asked) {
    bool same = false, other = false;
    for (const Token& m : t) {
      if (!m.in_source || m.kind != TokenKind::kWord || m.norm != norm) continue;
      (source.Raw(m) == asked ? same : other) = true;
    }
    return other && !same;
  };
  for (const Token& k : t) {
    if (k.in_source || k.kind != TokenKind::kWord) continue;
    const std::string_view asked = source.Raw(k);
    if (internal::CaseMarked(asked) && only_otherwise(k.norm, asked)) return true;
  }
  if (!answer.IsObject()) return false;
  // A size in bits or bytes written all in lower case ("512 kb", "20 mb"):
  // which of the two it is, is not written.
  bool number = false;
  for (const auto& m : answer.GetObject()) number = number || m.value.IsNumber();
  for (const Token& m : t) {
    if (!number || !m.in_source || m.kind != TokenKind::kWord || m.norm.size() != 2 || m.norm[1] != 'b') continue;
    const std::string_view written = source.Raw(m);
    if (vocab::IsPrefixedUnit(m.norm) && written[0] == m.norm[0] && written[1] == 'b') return true;
  }
  MemberLabelTable::Entry scratch;
  std::size_t next = 0;
  for (const auto& m : answer.GetObject()) {
    if (!m.value.IsNumber()) continue;
    const MemberLabelTable::Entry& e = labels.Find({m.name.GetString(), m.name.GetStringLength()}, &scratch, &next);
    for (const std::string& u : e.unit_forms) {
      std::string norm(u);
      for (char& c : norm) c = internal::Lower(c);
      if (only_otherwise(norm, u)) return true;
    }
  }
  return false;
}

// Whether the instruction or the schema's descriptions or keys join two
// words in an order ("score (home-away)", "date (DD/MM/YYYY)", a key
// "score_home_away") that the source text writes only the other way round ("Score (away-home): 3-1"): which figure
// is whose is then not read, and a stale answer would be stored.
bool OrderAskedOtherwise(const SourceText& source, const rapidjson::Value* schema_json,
                         const MemberLabelTable& labels) {
  const std::vector<std::string>& member_words = labels.NameWords();
  std::set<internal::OrderedPair> asked = internal::OrderedPairs(source.tokens(), false, &member_words);
  const std::set<internal::OrderedPair> described = internal::SchemaOrderedPairs(schema_json, &member_words);
  asked.insert(described.begin(), described.end());
  return !asked.empty() &&
         !internal::ReversedPair(asked, internal::OrderedPairs(source.tokens(), true, &member_words)).empty();
}

// Whether the words of tokens [from, to), a line without a number, name a
// scale, a unit or a currency ("thou", "k", "cents", "grand", "EUR", "lb").
bool ScaleHeading(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  // (Besides vocab::ScaleOf's words and letters: "thousands", "k", "m", "grand".)
  static const vocab::WordSet kScales = {"thou", "ths", "cents", "cent", "pence", "penny", "c", "000", "000s",
                                         "units", "unit"};
  bool scale = false;
  for (std::size_t i = from; i < to; ++i) {
    const Token& k = t[i];
    if (k.kind == TokenKind::kNumber && k.norm != "000" && k.norm != "'000") return false;
    if (k.kind != TokenKind::kWord) continue;
    scale = scale || kScales.Has(k.norm) || vocab::ScaleOf(k.norm) != vocab::Scale::kNone ||
            internal::AsksConversion(k.norm);
  }
  return scale;
}

// Whether a line of prose in a text whose record is in fields says more
// than that a record is handed over ("Please process the following
// invoice.", "End of customer record." do not; "The card below is out of
// date; he has had a birthday since.", "His birthday was yesterday, by the
// way.", "Hun har hatt bursdag siden kortet ble skrevet." do): each of its
// words must be a HandingOverWord. What any other word does to the record
// is not read, and no word list of changes is complete.
bool UnreadProseLine(const SourceText& source, const MemberLabelTable& labels) {
  const std::vector<Token>& t = source.tokens();
  if (!FirstFieldLine(source)) return false;
  const std::vector<std::string>& said = source.instruction_words();
  std::optional<bool> asks_whose;  // read at the first prose line
  // Whether the prose line of tokens [from, to) says more than a handing over.
  const auto unread = [&](std::size_t from, std::size_t to) {
    // (A line of nothing but a member's words, "remote." or "- delayed",
    // says something of it that no field states; so may a short statement
    // of its own: "Express", "bio", "Free of gluten". Words the instruction
    // says too are read: "(in thousands)" under "sales in thousands", a
    // heading "Clinic" for "the clinic phone".)
    // (A line that asks or computes something of a member, "Output nightly
    // rate per adult in the record below.", says what the text's value is not.)
    const auto member_word = [&](std::string_view w) {
      return !IsFillerWord(w) && w.size() >= 3 && labels.HasWord(w);
    };
    if (TokensAskOf(source, from, to, member_word)) return true;
    // (A line that names a member and says whose something is, "the city
    // below is the front desk's city", "the name and age below are the
    // guest's", "with the front desk's city", gives the record's values to
    // another than the one asked about.)
    static const vocab::WordSet kBelonging = {"is", "are", "be", "been", "being", "belong", "belongs", "belonging",
                                              "own", "owns", "owned"};
    bool names_member = false, says_whose = false;
    bool only_members = t[from].in_source;
    std::vector<std::string> unsaid;
    for (std::size_t i = from; i < to; ++i) {
      const Token& k = t[i];
      if (!k.in_source) continue;
      if (std::find(said.begin(), said.end(), k.norm) == said.end()) unsaid.push_back(k.norm);
      if (k.kind == TokenKind::kNumber) return true;
      names_member = names_member || (k.kind == TokenKind::kWord && (member_word(k.norm) || member_word(vocab::Singular(k.norm))));
      says_whose = says_whose || kBelonging.Has(k.norm) || internal::PossessiveOfAnother(t, i, from, to, said);
      if (k.kind != TokenKind::kWord) continue;
      if (IsTenseWord(k.norm)) return true;  // "The city above was the city."
      // ("It is a van.", "It is de.": a value a member's enum allows.)
      if (labels.HasEnumWord(k.norm)) return true;
      if (!HandingOverWord(k, labels, said)) return true;
      only_members = only_members && !IsFillerWord(k.norm) &&
                     (labels.HasWord(k.norm) || labels.HasWord(vocab::Singular(k.norm)));
    }
    // (So does one that gives the record or a member to a party the
    // instruction does not name: "the details are the front desk's",
    // "details of the front desk below", round 253.)
    bool record = false;
    if (!asks_whose) asks_whose = internal::AsksWhose(t);
    const bool another = *asks_whose && internal::GivesToAnother(t, from, to, said, source.prompt(), &record);
    return only_members || vocab::ShortStatement(unsaid) || (names_member && says_whose) ||
           (another && (names_member || record));
  };
  for (std::size_t from = 0, to = 0; from < t.size(); from = to) {
    to = from + 1;
    while (to < t.size() && t[to].line == t[from].line) ++to;
    if (source.PlainProseLine(t[from].line) && unread(from, to)) return true;
    // A sentence with a colon, read as a note ("Forwarded by the customer;
    // details concerning: the front desk below.", round 255), that gives the
    // record to another party.
    if (source.ProseLine(t[from].line) && !source.PlainProseLine(t[from].line) && t[from].in_source) {
      bool record = false;
      if (!asks_whose) asks_whose = internal::AsksWhose(t);
      if (*asks_whose && internal::GivesToAnother(t, from, to, said, source.prompt(), &record)) return true;
      // A sentence that ends in a colon and opens the fields ("Please
      // process the following receipt, amounts in thou:", round 259) says
      // no more than a handing over either.
      // (A heading, "Receipt:", "Text:", is none: four words at least.)
      const auto words = std::count_if(t.begin() + static_cast<std::ptrdiff_t>(from),
                                       t.begin() + static_cast<std::ptrdiff_t>(to),
                                       [](const Token& k) { return k.kind == TokenKind::kWord; });
      if (t[to - 1].norm == ":" && words >= 4 && unread(from, to - 1)) return true;
    }
    // A short line that ends in a colon and names a scale, a unit or a
    // currency ("amounts in thou:", "Amounts (k):", "Amounts\u2192grand:",
    // "Amounts in cents:", round 260): what it does to the values below is
    // not read.
    // (Not a label whose value stands on the next line: "Amount (EUR):" above "120".)
    if (t[from].in_source && t[to - 1].norm == ":" && ScaleHeading(t, from, to - 1) &&
        !(to < t.size() && (t[to].kind == TokenKind::kNumber || t[to].norm == "-" || t[to].norm == "+"))) {
      return true;
    }
  }
  return false;
}

// Whether line `line` of `s` is a sentence that only introduces the text:
// five words or more, ending with '.', '!', '?' or ':' ("Copy of the
// customer record as received:"), with no number, no bracket and no
// capitalised word after its first, which a value could be ("Customer file
// (she has since relocated to Bergen):").
bool SentenceLine(const SourceText& s, std::size_t line) {
  std::size_t words = 0;
  const Token* last = nullptr;
  for (const Token& k : s.tokens()) {
    if (k.line != line || !k.in_source) continue;
    if (k.kind == TokenKind::kNumber || k.norm == "(" || k.norm == "[" || k.norm == "{") return false;
    if (k.kind == TokenKind::kWord && words > 0 && std::isupper(static_cast<unsigned char>(s.prompt()[k.begin]))) {
      return false;
    }
    words += k.kind == TokenKind::kWord;
    last = &k;
  }
  return words >= 5 && last != nullptr &&
         (last->norm == "." || last->norm == "!" || last->norm == "?" || last->norm == ":");
}

// Whether line `line` of `s` (with `numbers_only`, one that holds a number
// or a scale word) is claimed by no member: no field of it is labelled with
// a member's word ("Catering: 150" when the members are "total" and
// "name"; a heading; a sentence), and it is not only laid out anew: some
// field of it, or the line when it has none, is not in `other` as it is
// ("Phone: +47 412" and "Phone - +47 412" are the same field).
bool UnclaimedLine(const SourceText& s, std::size_t line, const MemberLabelTable& table, const SourceText& other,
                   bool numbers_only, bool codes = false) {
  bool number = !numbers_only || !s.ScaleOn(line).empty();  // "(Amounts in TNOK.)" rescales every number
  for (const Token& k : s.tokens()) {
    if (number) break;
    // (With `codes`, a word with digits counts: "SAS4037", "B12".)
    number = k.line == line && k.in_source &&
             (k.kind == TokenKind::kNumber || (codes && k.norm.find_first_of("0123456789") != std::string::npos));
  }
  if (!number) return false;
  const std::vector<Token>& t = s.tokens();
  // Words beside its fields ("Managing director: Henrik Paulsen. Please pay
  // to DE71 ..., the old account is closed."): prose on a field's line.
  bool beside = false;
  for (std::size_t i = 0; !beside && i < t.size(); ++i) beside = t[i].line == line && OutsideFields(s, i);
  // A field of no member whose value is in words ("Currency: EUR" ->
  // "USD", "Per: night" -> "week", "Unit: m" -> "ft", "Phone type: home"
  // -> "work"): it may say what the other values are.
  // (Also one whose label names a member beside other words, "Phone type:
  // home" -> "work" for a home phone: it says what the member's value is.)
  auto worded_field = [&](const Field& f) {
    bool names = false, other = false;
    for (const std::string& w : f.label_words) {
      if (IsFillerWord(w)) continue;
      (table.HasWord(w) ? names : other) = true;
    }
    return (!names || other) && std::any_of(f.value_tokens.begin(), f.value_tokens.end(), [](const Token& k) {
             return k.kind == TokenKind::kWord &&
                    std::none_of(k.norm.begin(), k.norm.end(), [](char c) { return c >= '0' && c <= '9'; });
           });
  };
  bool worded = false;
  for (const Field& f : s.fields()) {
    const std::size_t at = s.FirstTokenFrom(f.label_begin);
    if (!worded && at < t.size() && t[at].line == line) worded = worded_field(f);
  }
  // Besides numbers, only prose, headings, notes and fields in words: a
  // field of no member that holds a number or a code ("Room: 27" -> "Room:
  // 41") changes no other member's evidence.
  if (!numbers_only && !s.ProseLine(line) && !beside && !worded) return false;
  if (!numbers_only && !s.fields().empty()) {
    // A sentence before the first field introduces the text ("Please
    // process the following booking.", "Forwarded from the front desk");
    // what follows a record may change it, and so may a heading above it
    // ("Next of kin", "Net prices", "## Excl. VAT"). (A sentence that
    // says whose record follows, "The person below is the patient's next
    // of kin.", keeps the record out of the store: OwnerUnread.)
    // (The first field that states a value: a note's "Comment: ..." above
    // the record introduces it too.)
    const std::optional<std::size_t> first_line = FirstFieldLine(s);
    // (Not where the text has two fields of a member's kind, "Nights" and
    // "Companion nights": a sentence may say which is meant, "the person
    // who travels with the guest".)
    // (Nor a sentence that links one member to another: "The guest below
    // is the payer." says which field is which.)
    std::size_t line_begin = 0, line_end = 0;
    while (line_begin < t.size() && t[line_begin].line != line) ++line_begin;
    for (line_end = line_begin; line_end < t.size() && t[line_end].line == line;) ++line_end;
    const bool links = LinksMembers(t, line_begin, line_end, table);
    if (first_line && line < *first_line && SentenceLine(s, line) && !TwinFields(s, table) && !links) {
      return false;
    }
  }
  bool fields = false, moved_only = true;
  for (const Field& f : s.fields()) {
    const std::size_t at = s.FirstTokenFrom(f.label_begin);
    if (at == t.size() || t[at].line != line) continue;
    // (A member's own field beside one in words, "Length: 50, Unit: ft",
    // is no claim: the words may say what its value is.)
    if (!worded) {
      for (const std::string& w : f.label_words) {
        if (!IsFillerWord(w) && table.HasWord(w)) return false;
      }
    }
    fields = true;
    moved_only = moved_only && std::any_of(other.fields().begin(), other.fields().end(), [&](const Field& o) {
                   return o.label == f.label && o.value == f.value;
                 });
  }
  // Words beside its fields are no field laid out anew ("Payment terms: 14
  // days net. A credit of 200.00 is set off, so the amount to pay is
  // 1,989.60."): the line changed.
  return !(fields && moved_only && !beside);
}

// The first word the request says of what the values mean that the text
// does not state: of the member's name, descriptions and titles
// (MemberLabelTable::Entry::meaning_words; with `own`, the field stating the
// value, also one that labels another field instead), or, with `entry`
// null, a word of the instruction that asks for another unit, scale or form
// (internal::AsksTransform: "in millions", "as a percentage", "in UTC").
// Empty when there is none.
std::string UnstatedMeaning(const SourceText& source, const MemberLabelTable::Entry* entry,
                            const Field* own = nullptr) {
  if (entry != nullptr) {
    for (const std::string& w : entry->meaning_words) {
      if (!source.Says(w)) return w;
      // The word labels another field than the value's ("Mother: Eva
      // Diaz" when the request asks for the mother and the value is the
      // one under "Name"): the request may mean that field.
      if (own == nullptr) continue;
      const std::string singular = vocab::Singular(w);
      const auto labelled = [&](const Field& f) {
        return std::find(f.label_words.begin(), f.label_words.end(), singular) != f.label_words.end() ||
               std::find(f.label_words.begin(), f.label_words.end(), w) != f.label_words.end();
      };
      if (labelled(*own)) continue;
      for (const Field& f : source.fields()) {
        if (&f != own && labelled(f)) return w;
      }
    }
    return {};
  }
  const std::vector<std::string>& words = source.instruction_words();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (internal::AsksTransform(words[i]) && !source.Says(words[i])) return words[i];
    // "in Fahrenheit", "as a ratio", "into dozens", "i øre": the noun after
    // a preposition of form names what the value is given as.
    // (and "i", "på", "som", "als", "en", "como", "comme": in and as in the
    // languages the checks know)
    static const vocab::WordSet kForm = {"in", "as", "into", "i", "på", "som", "als", "im", "en", "como", "comme"};
    if (!kForm.Has(words[i])) continue;
    std::size_t k = i + 1;
    while (k < words.size() && k < i + 3 && IsFillerWord(words[k])) ++k;
    if (k < words.size() && internal::IsMeaningWord(words[k]) && !source.Says(words[k])) return words[k];
  }
  return {};
}

// The first scale word of the source (SourceText::ScaleOn) that the request does
// not use as well: in its instruction, the member's name or its meaning
// words. Empty when there is none.
std::string UnaskedScale(const SourceText& source, const MemberLabelTable::Entry& entry, std::string_view key) {
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || (i > 0 && t[i - 1].line == t[i].line && t[i - 1].in_source)) continue;  // line starts
    const std::string scale(source.ScaleOn(t[i].line));
    if (scale.empty()) continue;
    const std::vector<std::string>& asked = source.instruction_words();
    const std::vector<std::string> name = LabelWords(key);
    if (std::find(asked.begin(), asked.end(), scale) != asked.end() ||
        std::find(name.begin(), name.end(), scale) != name.end() ||
        std::find(entry.meaning_words.begin(), entry.meaning_words.end(), scale) != entry.meaning_words.end()) {
      continue;
    }
    return scale;
  }
  return {};
}

// The first word of member name `key` that says what its value means
// (internal::IsMeaningWord: "shipping" of "shipping_city"; not "full" of
// "full_name") and that the source does not state. Empty when there is
// none. A name is a noun phrase: a word an instruction uses as a verb or a
// source marker ("return_flight", "order_date", "report_date",
// "booking_ref") names which one of its kind it is there.
std::string UnstatedNameWord(const SourceText& source, std::string_view key) {
  static const vocab::WordSet kIdentifiers = {"id", "ids", "no", "nr", "num", "code", "ref", "reference",
                                              "identifier"};
  static const vocab::WordSet kNotMeaning = {"please", "only", "do", "don't", "dont", "never", "below", "following",
                                             "here", "details", "data", "content", "text", "input", "source", "context"};
  const auto meaning = [](const std::string& w) {
    return internal::IsMeaningWord(w) ||
           ((vocab::IsInstructionVerb(w) || vocab::IsSourceMarkerNoun(w)) && !kNotMeaning.Has(w));
  };
  for (const std::string& w : LabelWords(key)) {
    if (!IsFillerWord(w) && !kIdentifiers.Has(w) && meaning(w) && !source.Says(w)) return w;
  }
  return {};
}

// The shape of the value at bytes [begin, end) of `prompt`, with the quotation
// marks and brackets right around it: each run of letters or digits as 'a',
// each run of blanks as ' ', every other character as written ("Jon Berg" is
// "a a", "\xC2\xABJon Berg\xC2\xBB" is "\xC2\xABa a\xC2\xBB", "\"Ma\" Rainey \"Sr\"" is "\"a\" a \"a\"",
// "Keep Lovin'" is "a a'"). A string value rewritten from a text must have
// the shape the old one had: "\xC2\xABJon Berg\xC2\xBB", "_Jon Berg_", "Jon Berg\xC2\xB9" or
// "\"Liam \"Li\" Holm\"" is no name in the place of "Jon Berg" or "\"Ma\" Rainey \"Sr\"".
// (Non-ASCII letters: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// kana, CJK and Hangul; any other code point is a mark.)
std::string ValueShape(std::string_view prompt, std::size_t begin, std::size_t end) {
  static const std::string_view kAsciiWrap = "\"'`()[]{}<>*_~";
  for (std::size_t n = 1; begin > 0 && n > 0; begin -= n) {
    n = kAsciiWrap.find(prompt[begin - 1]) != std::string_view::npos ? 1 : internal::NonLetterBefore(prompt, begin);
  }
  for (std::size_t n = 1; end < prompt.size() && n > 0; end += n) {
    n = kAsciiWrap.find(prompt[end]) != std::string_view::npos ? 1 : internal::NonLetterAt(prompt, end);
  }
  const std::string_view raw = prompt.substr(begin, end - begin);
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    std::size_t len = 1;
    char kind = 0;  // 'a' a letter or digit, ' ' a blank, 0 a mark
    if (c < 0x80) {
      if (internal::IsDigit(raw[i]) || internal::IsAsciiAlpha(raw[i])) kind = 'a';
      if (internal::IsSpace(raw[i])) kind = ' ';
    } else {
      const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      std::uint32_t cp = n == 4 ? c & 0x07u : n == 3 ? c & 0x0Fu : n == 2 ? c & 0x1Fu : c;
      bool valid = n > 1 && i + n <= raw.size();
      for (std::size_t k = 1; valid && k < n; ++k) {
        const unsigned char b = static_cast<unsigned char>(raw[i + k]);
        valid = (b & 0xC0u) == 0x80u;
        cp = (cp << 6) | (b & 0x3Fu);
      }
      const bool letter = valid && ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
                                    (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x531 && cp <= 0x58F) ||
                                    (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x620 && cp <= 0x64A) ||
                                    (cp >= 0x1E00 && cp <= 0x1FFF) || (cp >= 0x3041 && cp <= 0x30FA) ||
                                    (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
                                    (cp >= 0xF900 && cp <= 0xFAFF));
      if (letter) kind = 'a';
      if (cp == 0xA0 || cp == 0x202F || cp == 0x3000) kind = ' ';
      len = valid ? n : 1;
    }
    if (kind == 0) {
      out.append(raw.substr(i, len));
    } else if (out.empty() || out.back() != kind) {
      out += kind;
    }
    i += len;
  }
  return out;
}

// Whether source token `i` is followed by a possessive "'s" ("patient's").
bool Possessive(const SourceText& source, std::size_t i) {
  const std::vector<Token>& t = source.tokens();
  for (std::size_t k = i + 1; k < t.size() && k <= i + 2 && t[k].begin <= t[i].end + 3; ++k) {
    if (t[k].norm == "s" || t[k].norm == "'s" || t[k].norm == "\xE2\x80\x99s") return true;
  }
  return false;
}

// Whether the instruction asks a code, key, label or id of a member ("the
// city code", "the code that we give the city", "the key we use for the
// name"), or a number through a word between ("the number that we keep for
// the city"; not "the phone number", "the number of ropes"): a value the text states under no
// label of its own, which the checks cannot tell from the member's own (round
// 258: the stale record, accepted fresh, was stored and served again). A
// head word that is a word of a member's name ("the room number" for
// "room_number"), and "the key names given", are none.
bool HeadWordOfAMember(const SourceText& source, const MemberLabelTable& labels) {
  static const vocab::WordSet kHeads = {"code", "codes", "key", "keys", "label", "labels", "id", "ids"};
  static const vocab::WordSet kNumbers = {"number", "numbers", "nr", "num"};
  static const vocab::WordSet kBetween = {"for", "of", "from", "to", "that", "which", "we", "you"};
  const std::vector<std::string>& w = source.instruction_words();
  const auto member = [&](const std::string& m) {
    return !IsFillerWord(m) && (labels.HasWord(m) || labels.HasWord(vocab::Singular(m)));
  };
  for (std::size_t i = 0; i < w.size(); ++i) {
    const bool head = kHeads.Has(w[i]), number = kNumbers.Has(w[i]);
    if ((!head && !number) || member(w[i])) continue;
    if (i + 1 < w.size() && (w[i + 1] == "name" || w[i + 1] == "names")) continue;
    bool clause = false;
    for (std::size_t k = i + 1; k < w.size() && k <= i + 7; ++k) {
      // ("the number of ropes" is their count: the member.)
      if (kBetween.Has(w[k]) && !(number && w[k] == "of")) clause = true;
      if (member(w[k]) && !kHeads.Has(w[k]) && !kNumbers.Has(w[k])) {
        if ((head && (k <= i + 3 || clause)) || (number && clause)) return true;
        break;
      }
    }
    if (head && i > 0 && member(w[i - 1])) return true;
  }
  return false;
}

// Whether a schema that allows other members than its own (no
// "additionalProperties": false) leaves out a field the instruction asks
// for and the text states under its own label ("Return the name, age and
// city" with members name and age, "City: Molde"): the answer may be
// incomplete in a way its members do not show.
bool AskedBeyondMembers(const SourceText& source, const rapidjson::Value& schema, const MemberLabelTable& labels) {
  // Closed: no member past "properties" ("additionalProperties" or
  // "unevaluatedProperties" false, and no "patternProperties" or subschema
  // that could admit one: "^city$" admits a city).
  auto is_false = [&](const char* keyword) {
    const auto k = schema.FindMember(keyword);
    return k != schema.MemberEnd() && k->value.IsFalse();
  };
  bool admits = false;
  for (const char* keyword : {"patternProperties", "allOf", "anyOf", "oneOf", "if", "dependentSchemas", "$ref"}) {
    admits = admits || schema.HasMember(keyword);
  }
  if ((is_false("additionalProperties") || is_false("unevaluatedProperties")) && !admits) return false;
  const std::vector<std::string>& said = source.instruction_singular();
  for (const Field& f : source.fields()) {
    bool asked = !f.label_words.empty();
    for (const std::string& w : f.label_words) {
      if (labels.HasWord(w)) {
        asked = false;
        break;
      }
      asked = asked && (IsFillerWord(w) || std::find(said.begin(), said.end(), vocab::Singular(w)) != said.end());
    }
    if (asked) return true;
  }
  return false;
}

// The first word of the instruction, not a member's, that says what a value
// means (internal::IsMeaningWord) and that does not stand in the text ("Gib
// den Nachnamen", "Donne le prénom", "the bottom two lines", "Bo Berg, or
// rather the row at the very end", "the penultimate row", "Bo Berg's
// counterpart"): what it asks of the values, or which record it picks, is
// not read. Empty when there is none.
// Whether `sentence` lists a member's allowed values as options ("open or
// closed", "EUR, USD or GBP"): two of them and an "or".
bool OptionsListed(const std::vector<std::string>& sentence, const MemberLabelTable& labels) {
  std::size_t values = 0;
  bool either = false;
  for (const std::string& w : sentence) {
    values += labels.HasEnumWord(w) ? 1 : 0;
    either = either || w == "or";
  }
  return values >= 2 && either;
}

std::string UnreadInstructionWord(const SourceText& source, const MemberLabelTable& labels,
                                  const std::vector<const Field*>& read) {
  // The words of the fields' values and of the labels of fields that name no
  // member and hold none of the answer's values (`read`): said in the
  // instruction, they say which value or record is meant by another field
  // ("the amount when over the limit" beside "Limit:", "where status is
  // Paid" beside "Status: Paid"), which is not read.
  std::set<std::string> field_words;
  for (const Field& f : source.fields()) {
    for (const Token& k : f.value_tokens) {
      if (k.kind == TokenKind::kWord) field_words.insert(vocab::Singular(k.norm));
    }
    const bool names = std::any_of(f.label_words.begin(), f.label_words.end(), [&](const std::string& w) {
      return !IsFillerWord(w) && labels.HasWord(w);
    });
    if (names || std::find(read.begin(), read.end(), &f) != read.end()) continue;
    for (const std::string& w : f.label_words) field_words.insert(vocab::Singular(w));
  }
  for (const std::vector<std::string>& sentence : source.instruction_sentences()) {
    const auto member_word = [&](const std::string& w) {
      return !IsFillerWord(w) && (labels.HasWord(w) || labels.HasWord(vocab::Singular(w)));
    };
    for (const std::string& w : sentence) {
      // An identifier that is no member's key ("weight_in_grams" for the
      // key "weight", "alter_in_monaten"): words joined to a member's name
      // that may ask for another unit, scale or value.
      if (w.find('_') != std::string::npos && !labels.HasKey(w)) return w;
      // A value a member's enum allows ("it is a van", "in de", "; down."):
      // the instruction may give the member that value, whatever the text
      // says, in words as short as any filler.
      if (labels.HasEnumWord(w) && !OptionsListed(sentence, labels)) return w;
      if (member_word(w)) continue;
      // (Words of form, "Do not wrap the JSON in code fences.", "Answer on
      // a single line.", say nothing of the values; a negation alone
      // neither.)
      const std::string singular = vocab::Singular(w);
      const bool form = w == "single" || vocab::IsNegation(w) || vocab::IsFormattingWord(w) ||
                        vocab::IsFormattingWord(w + "s") || vocab::IsFormattingWord(singular);
      if (w.size() < 2 || form || IsFillerWord(w) || !internal::IsMeaningWord(w) ||
          !internal::IsMeaningWord(singular) || w.find('_') != std::string::npos ||
          (source.Says(w) && field_words.count(singular) == 0)) {
        continue;
      }
      return w;
    }
  }
  return {};
}

// Whose record the text holds, where the instruction names an owner
// ("the patient's name and phone"), is not read when the source never
// states that word ("Opplysningene nedenfor gjelder pasientens pårørende.")
// or states it in a sentence or heading as someone's owner or as a role
// ("These are the contact details of the patient's next of kin.", "the
// details of the sender, as the recipient is unknown"). It concerns every
// member of the record, not only the one the owner stands beside.
bool OwnerUnread(const SourceText& source, const MemberLabelTable& labels) {
  const std::vector<std::string>& said = source.instruction_words();
  auto owner_word = [&](const std::string& w) {
    return !IsFillerWord(w) && internal::IsMeaningWord(w) && !labels.HasWord(w);
  };
  for (std::size_t i = 0; i + 1 < said.size(); ++i) {
    if (said[i + 1] == "s" && owner_word(said[i]) && !source.Says(said[i])) return true;
  }
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord || !source.ProseLine(t[i].line)) continue;
    if (!Possessive(source, i) && !internal::IsRoleWord(t[i].norm)) continue;
    if (owner_word(t[i].norm) && std::find(said.begin(), said.end(), t[i].norm) != said.end()) return true;
  }
  return false;
}

// The first word the instruction says within three words of the member's
// name (a meaning word, internal::IsMeaningWord, that names no member) that
// the source states nowhere, or only in fields other than the value's on
// line `value_line` or as an owner in prose. Empty when there is none.
std::string InstructionPicksElsewhere(const SourceText& source, const MemberLabelTable::Entry& entry,
                                      const MemberLabelTable& labels, std::size_t value_line) {
  const std::vector<std::string>& words = source.instruction_words();
  const std::vector<std::string>& singular = source.instruction_singular();
  const std::vector<std::string>& canonical = source.instruction_canonical();
  auto names_member = [&](std::size_t i) {
    for (const auto& label : entry.own) {
      if (std::find(label.begin(), label.end(), singular[i]) != label.end()) return true;
    }
    for (const auto& label : entry.own_canonical) {
      if (std::find(label.begin(), label.end(), canonical[i]) != label.end()) return true;
    }
    return false;
  };
  // "the amount paid": another member's name right after the member's, with
  // no comma between, may say which amount is meant.
  const std::vector<Token>& t = source.tokens();
  const auto own = [&](const std::string& w) {
    return std::any_of(entry.own.begin(), entry.own.end(),
                       [&](const auto& label) { return std::find(label.begin(), label.end(), w) != label.end(); });
  };
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].in_source || t[i + 1].in_source || t[i].kind != TokenKind::kWord || t[i + 1].kind != TokenKind::kWord) {
      continue;
    }
    const std::string a = vocab::Singular(t[i].norm), b = vocab::Singular(t[i + 1].norm);
    if (!IsFillerWord(a) && !IsFillerWord(b) && own(a) && !own(b) && labels.HasWord(b)) return t[i + 1].norm;
  }
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // ("Use exactly the key names given." speaks of the JSON's keys.)
    if (!names_member(i) || (i > 0 && (words[i - 1] == "key" || words[i - 1] == "field"))) continue;
    // Up to three words either side, not past "and" or "or" (four for a
    // qualifying instruction word: "the phone number as one plain number").
    const auto [from, to] = internal::ClauseAround(words, i, 4);
    for (std::size_t k = from; k < to; ++k) {
      const std::string& w = words[k];
      const bool near = k + 3 >= i && k <= i + 3;
      // (Right before the name, any word but a small one qualifies it: "the
      // short name", "the display name"; no list of such words is complete.)
      const bool before = k + 1 == i && !IsFillerWord(words[i]) && !IsFillerWord(w) && !vocab::IsInstructionVerb(w) &&
                          !vocab::IsFormattingWord(w) && !vocab::IsListWord(w);
      // (A field name written as one, "full_name", is no word of meaning.)
      if (k == i ||
          !((near && internal::IsMeaningWord(w)) || vocab::IsQualifyingInstructionWord(w) || before) ||
          labels.HasWord(w) || labels.HasWord(singular[k]) || w.find('_') != std::string::npos) {
        continue;
      }
      source.NormPositions(w, &at);
      for (std::size_t p : source.CanonicalPositions(canonical[k])) at.push_back(p);
      // Stated on the value's line, or only in a sentence or a heading
      // ("the purchase order below" and "Purchase order 4411"), it picks
      // no other field; stated nowhere, in another field ("Work phone:",
      // the old address's "Bergen") or as someone's owner ("the patient's
      // husband"), it may.
      bool here = false, elsewhere = at.empty();
      for (std::size_t p : at) {
        const Token& k2 = source.tokens()[p];
        if (k2.line == value_line) {
          here = true;
        } else if (source.FieldAt(k2.begin) != nullptr || source.InLabel(p) ||
                   (source.ProseLine(k2.line) && (Possessive(source, p) || internal::IsRoleWord(k2.norm)))) {
          // (In a sentence, as an owner or a role: "The person below is
          // the patient's next of kin." and "the details of the sender, as
          // the recipient is unknown" say whose record follows; "the
          // following customer record" does not.)
          elsewhere = true;
        }
      }
      if (!here && elsewhere) return w;
    }
  }
  return {};
}

}  // namespace

namespace {

// Whether the instruction puts a condition on what is asked ("the amount
// provided that it is paid", "otherwise null", "unless it expired") or
// places the record relative to another ("the row above Bo Berg's"): what
// either makes of a value is not read.
bool InstructionCondition(const SourceText& source, const MemberLabelTable& labels, const rapidjson::Value& schema) {
  const std::vector<std::string>& words = source.instruction_words();
  const auto member_word_in = [&](const std::vector<std::string>& in, std::size_t k) {
    return k < in.size() && !IsFillerWord(in[k]) && (labels.HasWord(in[k]) || labels.HasWord(vocab::Singular(in[k])));
  };
  const auto member_word = [&](std::size_t k) { return member_word_in(words, k); };
  // The words of the truth values' names ("paid", "checked", "consent"): said
  // before a noun, they say of which records ("the paid invoice").
  std::set<std::string> truth_words, truth_first;
  if (const auto props = schema.FindMember("properties"); props != schema.MemberEnd() && props->value.IsObject()) {
    LabelSets scratch;
    for (const auto& p : props->value.GetObject()) {
      const auto type = p.value.IsObject() ? p.value.FindMember("type") : p.value.MemberEnd();
      if (!p.value.IsObject() || type == p.value.MemberEnd()) continue;
      bool boolean = type->value.IsString() && std::string_view(type->value.GetString()) == "boolean";
      if (type->value.IsArray()) {
        for (const auto& t : type->value.GetArray()) boolean = boolean || (t.IsString() && std::string_view(t.GetString()) == "boolean");
      }
      if (!boolean) continue;
      // (The first word of its key: "for paid"; not "open on Sunday" of
      // open_sunday.)
      const std::vector<std::string> written =
          internal::Words(internal::SpacedName({p.name.GetString(), p.name.GetStringLength()}));
      if (!written.empty()) truth_first.insert(written.front());
      for (const auto& label : labels.Own({p.name.GetString(), p.name.GetStringLength()}, &scratch)) {
        for (const std::string& w : label) {
          if (!IsFillerWord(w)) truth_words.insert(w);
        }
      }
    }
  }
  static const vocab::WordSet kIndefinite = {"a", "an", "any", "some"};
  static const vocab::WordSet kSubject = {"it", "they", "he", "she", "the", "this", "that", "there", "any",
                                          "a", "an", "its", "their", "his", "her"};
  static const vocab::WordSet kGeneric = {"name", "value", "field", "number", "type", "key", "detail", "info",
                                          "information", "data", "record", "entry", "id", "code", "text", "json",
                                          "object", "string", "date", "amount", "as", "s"};
  static const vocab::WordSet kIndex = {"record", "entry", "row", "item", "no", "number", "line", "guest",
                                        "customer", "person", "invoice", "order", "step", "steps"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    // (Or a record placed relative to another: "the row above Bo Berg's".)
    if (vocab::IsConditionWord(words[i]) || vocab::RelativePosition(words, i) || vocab::Comparison(words, i) ||
        vocab::Computation(words, i)) {
      return true;
    }
    // A number, but a record's index ("the amount of invoices of 500 or
    // more", "at least 500"; not "record 2").
    if (!words[i].empty() && std::isdigit(static_cast<unsigned char>(words[i][0])) &&
        !(i > 0 && kIndex.Has(vocab::Singular(words[i - 1])))) {
      return true;
    }
    // "where", "when", "whose", and "should" asking ("should it be paid";
    // not "should be JSON"): a clause of a condition.
    if (words[i] == "where" || words[i] == "when" || words[i] == "whose" || words[i] == "wherever" ||
        (words[i] == "should" && i + 1 < words.size() && kSubject.Has(words[i + 1]))) {
      return true;
    }
    // A truth value said of a word ("the amount for paid true", "paid:
    // true gives the amount", "settled true"), or a truth value's name
    // after "for", "on", "with" ("the amount for paid"): the answer is
    // asked of records of one truth. (Not "paid (true/false)", "as true or
    // false".)
    if ((words[i] == "true" || words[i] == "false") && i > 0 && !IsFillerWord(words[i - 1]) &&
        words[i - 1] != "either") {
      const std::string next = i + 1 < words.size() ? words[i + 1] : "";
      if (next != "or" && next != "and" && next != "nor" && next != "true" && next != "false") return true;
    }
    if (i > 0 && (words[i - 1] == "for" || words[i - 1] == "on" || words[i - 1] == "with") &&
        truth_first.count(words[i]) != 0) {
      return true;
    }
    // A value set by the instruction ("Provide helmet as false", "give
    // remote as true", "set the fee to 0", "urgent = yes"): the answer is
    // asked as the instruction says, not as the text says. (Not "paid as
    // true or false".)
    if ((words[i] == "true" || words[i] == "false" || words[i] == "yes" || words[i] == "no" ||
         words[i] == "null" || words[i] == "none") &&
        i >= 2 && (words[i - 1] == "as" || words[i - 1] == "to" || words[i - 1] == "be" || words[i - 1] == "is") &&
        (member_word(i - 2) || (words[i - 2] == "it" || words[i - 2] == "them")) &&
        !(i + 1 < words.size() && (words[i + 1] == "or" || words[i + 1] == "and"))) {
      return true;
    }
    // A statement of the record ("it is not bio", "it has no gluten", "it's
    // urgent"; not "as it is", "whether it is paid"): it may set a member the
    // text states otherwise.
    if ((words[i] == "it" || words[i] == "this" || words[i] == "they") && i + 1 < words.size() &&
        (words[i + 1] == "is" || words[i + 1] == "s" || words[i + 1] == "has" || words[i + 1] == "was" ||
         words[i + 1] == "are" || words[i + 1] == "contains") &&
        !(i > 0 && (words[i - 1] == "as" || words[i - 1] == "whether"))) {
      return true;
    }
    // A negation of something other than a form ("no gluten", "no bio",
    // "not the deposit"; not "no commentary", "do not wrap it in fences").
    if (vocab::IsNegation(words[i])) {
      std::string governed;
      for (std::size_t k = i + 1; k < words.size() && k <= i + 4 && governed.empty(); ++k) {
        const std::string& g = words[k];
        if (!IsFillerWord(g) && !vocab::IsNegation(g) && !vocab::IsInstructionVerb(g) && g != "wrap" && g != "add" &&
            g != "show" && g != "put") {
          governed = g;
        }
      }
      if (!governed.empty() && !vocab::IsFormattingWord(governed) && !vocab::IsFormattingWord(governed + "s") &&
          !vocab::IsFormattingWord(vocab::Singular(governed))) {
        return true;
      }
    }
    // A member by another ("nightly rate by adult"): a quotient.
    if (words[i] == "by" && i > 0 && member_word(i - 1) && member_word(i + 1)) return true;
    // A member for all of another ("the hourly rate for all hours", "the
    // monthly rent for all term months", "for the whole stay"): a product.
    if ((words[i] == "all" || words[i] == "whole" || words[i] == "entire") && i > 0 &&
        (words[i - 1] == "for" || words[i - 1] == "over" || words[i - 1] == "across" || words[i - 1] == "the")) {
      std::size_t k = i + 1;
      while (k < words.size() && (words[k] == "the" || words[k] == "of")) ++k;
      if (member_word(k)) return true;
    }
    // A member's word said of something ("for a paid invoice, the amount",
    // "the amount of paid invoices", "the amount of the paid invoice"): a
    // condition in the text's own words. (Not "the customer name", "the
    // guest details": words that name any value or record.)
    if (member_word(i)) {
      if (i > 0 && kIndefinite.Has(words[i - 1])) return true;
      const bool truth = truth_words.count(words[i]) != 0 || truth_words.count(vocab::Singular(words[i])) != 0;
      if (i + 1 < words.size() && !member_word(i + 1) && !IsFillerWord(words[i + 1]) &&
          (truth || vocab::Singular(words[i + 1]) != words[i + 1]) &&
          !kGeneric.Has(vocab::Singular(words[i + 1])) && !vocab::IsListWord(words[i + 1]) &&
          !vocab::IsInstructionWord(words[i + 1]) && !vocab::IsFormattingWord(words[i + 1]) &&
          !vocab::IsInstructionVerb(words[i + 1]) && !vocab::IsNegation(words[i + 1]) &&
          std::isalpha(static_cast<unsigned char>(words[i + 1][0]))) {
        return true;
      }
    }
  }
  // A sentence of nothing but a member's words ("remote.", "Delayed!"): it
  // says something of the member that the text does not. So may any short
  // statement of its own ("; express.", "; bio.", "; B&B.").
  if (!LoneInstructionWords(source, &labels).empty()) return true;
  for (const std::vector<std::string>& sentence : source.instruction_sentences()) {
    if (vocab::ShortStatement(sentence)) return true;
    bool any = false, all = true;
    for (std::size_t k = 0; k < sentence.size() && all; ++k) {
      if (sentence[k].empty() || !std::isalpha(static_cast<unsigned char>(sentence[k][0]))) continue;
      any = true;
      all = member_word_in(sentence, k);
    }
    if (any && all) return true;
  }
  // A sign of comparison in the instruction ("where amount > limit", ">= 500").
  for (const Token& k : source.tokens()) {
    if (!k.in_source && k.kind == TokenKind::kPunct &&
        (k.norm == ">" || k.norm == "<" || k.norm == "=" || k.norm == "\xE2\x89\xA5" || k.norm == "\xE2\x89\xA4" ||
         internal::ArithmeticSign(source.prompt(), k))) {
      return true;
    }
  }
  return false;
}

// Whether the answer leaves out a member of the schema where the text may
// state it: a field with a value (no placeholder, "Tags: none") under one of
// the member's labels ("Tags: billing, urgent" for an optional "tags", "Item:
// Desk lamp" for "items", "Shipping city: Bergen" for "shipping"), or any
// field whose label names none of the members the answer gives ("Mobile:
// 912 34 567" or "Tel.: ..." for a left-out "phone": labels no list here
// reads), or any mention of its name in the prompt ("with phone 913 45 678",
// "She is vegetarian."). Whether the request wanted it is not read: an
// answer without it may be what the model should have written, so it is
// neither stored nor reused.
bool OmitsAStatedMember(const SourceText& source, const rapidjson::Value& answer, const rapidjson::Value& schema,
                        const MemberLabelTable& labels) {
  const auto props = schema.FindMember("properties");
  if (props == schema.MemberEnd() || !props->value.IsObject()) return false;
  LabelSets scratch;
  const auto stated = [](const Field& f) {
    if (f.value.empty() || vocab::IsPlaceholder(f.value)) return false;
    bool said = false;
    return !(internal::ReadBool(internal::Core(f.value), &said) && !said);
  };
  const auto labelled = internal::LabelHolds;
  // The words of the whole prompt, singular: a left-out member named in the
  // instruction or in a sentence ("Extract the customer, with phone 913 45
  // 678.", "She is vegetarian.") may be given there.
  std::set<std::string> said;
  for (const Token& k : source.tokens()) {
    if (k.kind == TokenKind::kWord) said.insert(vocab::Singular(k.norm));
  }
  bool omits = false;
  for (const auto& p : props->value.GetObject()) {
    if (answer.HasMember(p.name)) continue;
    omits = true;
    const std::string_view key(p.name.GetString(), p.name.GetStringLength());
    for (const std::vector<std::string>& label : labels.Own(key, &scratch)) {
      for (const Field& f : source.fields()) {
        if (stated(f) && labelled(f, label)) return true;
      }
      bool content = false, all = !label.empty();
      for (const std::string& w : label) {
        if (IsFillerWord(w)) continue;
        content = true;
        all = all && said.count(w) > 0;
      }
      if (content && all) return true;
    }
  }
  if (!omits) return false;
  for (const Field& f : source.fields()) {
    if (!stated(f)) continue;
    bool names_given = false;
    for (const auto& m : answer.GetObject()) {
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      for (const std::vector<std::string>& label : labels.Own(key, &scratch)) {
        names_given = names_given || labelled(f, label);
      }
    }
    if (!names_given) return true;
  }
  return false;
}

}  // namespace

namespace {
// How RecordsOwnField reads a field's label: its stems only; also whether
// its words are nouns of an attribute, numbers alone aside; whether they
// are such nouns whatever the field holds; or such nouns but of a time,
// which may say when a state changed ("End: 2026-01-17" beside "Status:
// open").
enum class OwnFieldTest { kStems, kNounsOrNumbers, kNouns, kNounsBesideAState };
bool MayListSeveral(std::string_view key, std::string_view value);
bool MayBeAState(const MemberLabelTable::Entry& entry, std::string_view value);
bool RecordsOwnField(const Field& f, const LabelSets& labels, OwnFieldTest test);
}  // namespace

namespace {

// Whether the word that ends at byte `at` of `t` (a stop follows) is an
// initial or a short title a name is written with ("R. Mendes", "St. Olav",
// "Dr. Berg"): the stop ends no value.
bool AbbreviationBefore(std::string_view t, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && IsAsciiAlpha(t[b - 1])) --b;
  const std::string_view word = t.substr(b, at - b);
  if (word.size() == 1) return true;
  static const vocab::WordSet kTitles = {"st", "dr", "mr", "mrs", "ms", "jr", "sr", "prof", "mt", "ft", "co",
                                         "inc", "ltd", "nr", "no", "vs", "gen", "capt", "sgt", "rev", "hr", "fr"};
  std::string lower(word);
  for (char& c : lower) c = internal::Lower(c);
  return kTitles.Has(lower);
}

// Whether the number at byte `at` of `prompt` opens with a dash that may be
// a list's mark as well as a minus: one that opens its line ("\u201382 boxes",
// "-61 bottles" in a list), or any such dash before a value no label gives
// ("> \u201346 boxes", "a. \u201387 boxes", "\u00A0-56 boxes"), or one set apart
// before it. Either reading may be the text's.
bool SignOrListMark(std::string_view prompt, std::size_t at, bool labelled) {
  // A dash set apart between a label's colon and the number ("Balance:\t\u2013\t121.55",
  // "Balance: - 1,250"): a minus, or a mark between label and value. So is
  // any other sign-like mark set apart there ("Balance:\t\u207B\t844.32",
  // "\u2796", "\u2015"): anything but a letter, a digit, a currency sign or a
  // space. (Without the colon, "Age - 41", the dash is the label's.)
  std::size_t b = at;
  while (b > 0 && (prompt[b - 1] == ' ' || prompt[b - 1] == '\t')) --b;
  if (b < at && b > 0) {
    std::size_t mark = b - 1;
    bool sign_like = false;
    const char c = prompt[mark];
    if (c == '-' || c == '+' || c == '~') {
      sign_like = true;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      mark = CodePointStartBefore(prompt, b);
      const unsigned cp = CodePointAt(prompt, mark).first;
      const bool currency = (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
      const bool space = cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
      // (The spacing modifiers are signs here: U+02D7 "\u02D7" is a minus; so
      // are the small and full-width forms of punctuation: "\uFE63", "\uFE58".)
      const bool modifier = cp >= 0x2B0 && cp <= 0x2FF;
      const bool form = (cp >= 0xFE50 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F);
      sign_like = internal::MinusGlyphAt(prompt, mark) != 0 ||
                  (!currency && !space && (modifier || form || !IsLetterCodePoint(cp)));
    }
    if (sign_like) {
      // Back over spaces and further marks ("\u2212\u2212", "+-") to the colon.
      std::size_t k = mark;
      while (k > 0) {
        const char p = prompt[k - 1];
        if (p == ' ' || p == '\t' || p == '-' || p == '+' || p == '~') {
          --k;
        } else if (static_cast<unsigned char>(p) >= 0x80) {
          const std::size_t q = CodePointStartBefore(prompt, k);
          if (prompt.substr(q, k - q) == "\xEF\xBC\x9A" || IsLetterCodePoint(CodePointAt(prompt, q).first)) break;
          k = q;
        } else {
          break;
        }
      }
      const bool after_colon = (k > 0 && prompt[k - 1] == ':') || (k >= 3 && prompt.substr(k - 3, 3) == "\xEF\xBC\x9A");
      if (after_colon) return true;
    }
  }
  if (at >= prompt.size() || (prompt[at] != '-' && internal::MinusGlyphAt(prompt, at) == 0)) return false;
  if (!labelled) return true;
  std::size_t k = at;
  while (k > 0 && (prompt[k - 1] == ' ' || prompt[k - 1] == '\t')) --k;
  return k == 0 || prompt[k - 1] == '\n' || prompt[k - 1] == '\r';
}

// The labels of the fields in records that open otherwise than the first
// (a label seen again opens a record): such a record ("Paid: no" in a
// struck block, then "Paid: yes" below the record) is a line given again,
// not a record of its own, and which of its label's values stands is not
// read (round 218).
std::set<std::string> LabelsGivenAgain(const SourceText& source) {
  std::set<std::string> out;
  const Field* first = source.RecordOpening(0);
  if (source.records().size() <= 1 || first == nullptr) return out;
  for (const Field& f : source.fields()) {
    const Field* opening = source.RecordOpening(f.record);
    if (opening != nullptr && opening->label != first->label) out.insert(f.label);
  }
  return out;
}

}  // namespace

std::vector<MemberEvidence> FindEvidence(const SourceText& source, const rapidjson::Value& answer,
                                         const rapidjson::Value* schema_json, const MemberLabelTable* labels) {
  std::vector<MemberEvidence> out;
  if (!answer.IsObject()) return out;
  std::optional<MemberLabelTable> own_table;
  if (labels == nullptr) labels = &own_table.emplace(schema_json);
  LabelSets scratch;
  const std::vector<Token>& t = source.tokens();
  std::optional<bool> record_scale;  // read once, for the first member found
  for (const auto& m : answer.GetObject()) {
    MemberEvidence e;
    std::string_view key(m.name.GetString(), m.name.GetStringLength());
    e.pointer = AppendPointer("", key);
    std::vector<TokenRange> occ = Occurrences(source, m.value, labels->Own(key, &scratch));
    e.occurrences = static_cast<int>(occ.size());
    if (!occ.empty()) {
      e.value_begin = t[occ[0].first].begin;
      e.value_end = t[occ[0].second - 1].end;
      TokenRange a = Anchor(source, occ[0], &e.labelled);
      e.anchor_begin = t[a.first].begin;
      e.anchor_end = t[a.second - 1].end;
      MemberLabelTable::Entry entry_scratch;
      const MemberLabelTable::Entry& entry = labels->Find(key, &entry_scratch);
      if (!record_scale) record_scale = RecordGivesAScale(source);
      e.plain = Plain(source, occ, m.value, entry, e.labelled, *record_scale);
      // A word the request says of its meaning that the text does not
      // state ("budget_millions", "Weight in grams", "all amounts in
      // thousands"): the value may be asked in another unit, scale, form or
      // role than the text's.
      e.plain = e.plain && UnstatedMeaning(source, &entry, source.FieldAt(e.value_begin)).empty();
      // A word of its name that the text does not state ("shipping_city"
      // beside "City: Tromsø"): the value may be another's.
      // (A member with a description is labelled by it: "origin"
      // described "From".)
      if (e.plain && entry.own.size() == 1) e.plain = UnstatedNameWord(source, key).empty();
      // A part of its field's label in brackets the label's words do not
      // read ("Amount（万元）:", "Amount {k}:", "Amount <k>:", "Qty【打】:"):
      // a scale, unit or correction of the value may stand there.
      if (e.plain) {
        if (const Field* f = source.FieldAt(e.value_begin); f != nullptr && UnreadLabelBrackets(source, *f)) e.plain = false;
      }
      // A key that asks for a code, an id or a number of what the text names
      // in words ("city_code" beside "City: Oslo").
      if (e.plain && m.value.IsString()) e.plain = !AsksForACodeOfAName(source, key, entry, m.value);
      // A number in a text that rescales its numbers ("(Amounts in TNOK.)",
      // "Counts in dozens") in words the request does not use.
      if (e.plain && m.value.IsNumber()) e.plain = UnaskedScale(source, entry, key).empty();
      // A word the instruction says beside the member's name that the
      // value's line does not ("the address she left", "her work phone",
      // "the e-mail her employer gave her"): it may pick another field.
      if (e.plain) e.plain = InstructionPicksElsewhere(source, entry, *labels, t[occ[0].first].line).empty();
      // Another value of its form outside the members' fields ("Phone: 455
      // 66 777" and "New: 455 66 778").
      if (e.plain) e.plain = !internal::OtherValueOfItsForm(source, m.value, *labels);
      // A field labelled as a change holding a value of its kind ("EDIT: 42"
      // below "Age: 41").
      if (e.plain) e.plain = !ChangeFieldOfItsKind(source, m.value);
      // A twin of the member's field ("Name:" beside "Card name:" or
      // "Kartenname:") that the request does not pick by the words at the
      // member's name: which one it means may be read wrong.
      if (e.plain) e.plain = !internal::MemberFacts(source, *labels, key).TwinUnpicked();
      // A number written with a separator in a text that writes decimals
      // with a comma ("Gewicht: 2,125 kg" beside "Preis: 1.499,90 EUR"):
      // 2,125 may be 2.125.
      if (e.plain && m.value.IsNumber()) {
        const std::string_view raw = source.prompt().substr(e.value_begin, e.value_end - e.value_begin);
        e.plain = raw.find_first_of(",.") == std::string_view::npos || !CommaDecimals(source.source_text());
        // ("Population: 48.000": 48 or 48000.)
        if (e.plain) e.plain = !AmbiguousGrouping(raw, source.source_text());
      }
      if (e.plain && m.value.IsNumber()) e.plain = !UnaskedGluedLetters(source.prompt(), e.value_end, key, entry.unit);
      // A number of more digits than a double keeps ("9007199254740993"):
      // the answer's number may differ from the text's in its last digits.
      if (e.plain && m.value.IsNumber()) {
        e.plain = ExactInDouble(source.prompt().substr(e.value_begin, e.value_end - e.value_begin)) &&
                  std::fabs(m.value.GetDouble()) < 9007199254740992.0 && !SignOrListMark(source.prompt(), e.value_begin, e.labelled);
      }
      // A value that stands for none ("n/a", "-", "TBA"): what it means
      // for the member (null, a string, nothing) is the request's to say.
      if (e.plain && m.value.IsString()) {
        e.plain = !vocab::IsPlaceholder({m.value.GetString(), m.value.GetStringLength()}) &&
                  !internal::PointsElsewhere({m.value.GetString(), m.value.GetStringLength()});
      }
      // A member that may be an array or an object, given one value
      // ("tags": "vip"): a line the checks do not read as the member's may
      // give it another ("Also tagged: x86").
      if (e.plain && !m.value.IsArray() && !m.value.IsObject() && entry.may_be_many) e.plain = false;
      // A member that may be null, or that "required" leaves out: a value
      // in small letters or a script without capitals may be a word saying
      // there is none in a language no list holds ("ukendt", "onbekend").
      if (e.plain && m.value.IsString() && entry.enum_values.empty() &&
          (entry.nullable || (entry.optional && schema_json != nullptr && schema_json->IsObject() &&
                              schema_json->HasMember("required")))) {
        e.plain = internal::AffirmedValue(entry.value_kinds, {m.value.GetString(), m.value.GetStringLength()});
      }
    }
    out.push_back(std::move(e));
  }
  // The fields that hold the answer's values.
  std::vector<const Field*> read;
  for (const MemberEvidence& e : out) {
    if (const Field* f = source.FieldAt(e.value_begin); f != nullptr && e.value_end > e.value_begin) read.push_back(f);
  }
  // A member under a label given again in a record of its own.
  if (const std::set<std::string> again = LabelsGivenAgain(source); !again.empty()) {
    for (MemberEvidence& e : out) {
      const Field* f = source.FieldAt(e.value_begin);
      if (f != nullptr && e.value_end > e.value_begin && again.count(f->label) != 0) e.plain = false;
    }
  }
  // A field of no member that gives a code or a number under a label that
  // shares a stem with a string member's words, or, beside a member that
  // may list several things, is not the record's own, may add an item to
  // its value ("Further tagged: 1203" below "Tags: vip", "Allergi 2: E211").
  // So may one beside a member that may be a state (MayBeAState) that is
  // not the record's own: an event that changed it ("Cancellation no.:
  // 24282" below "Booking status: confirmed", "Closed: 64345" below
  // "Status: open").
  {
    LabelSets own_scratch;
    MemberLabelTable::Entry entry_scratch;
    std::size_t at = 0;
    for (const auto& m : answer.GetObject()) {
      MemberEvidence& e = out[at++];
      if (!e.plain || !m.value.IsString()) continue;
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      const std::string_view value(m.value.GetString(), m.value.GetStringLength());
      if (value.find_first_of("0123456789") != std::string_view::npos) continue;
      const OwnFieldTest test = MayBeAState(labels->Find(key, &entry_scratch), value) ? OwnFieldTest::kNounsBesideAState
                                : MayListSeveral(key, value)                        ? OwnFieldTest::kNouns
                                                                                    : OwnFieldTest::kStems;
      const LabelSets& own = labels->Own(key, &own_scratch);
      for (const Field& f : source.fields()) {
        if (std::find(read.begin(), read.end(), &f) != read.end() ||
            f.value.find_first_of("0123456789") == std::string::npos) {
          continue;
        }
        if (!RecordsOwnField(f, own, test)) {
          e.plain = false;
          break;
        }
      }
    }
  }
  // Without a schema's members the model chose the keys: what the request
  // asks of them is not read ("only the age", "keys navn and alder").
  const bool members = schema_json != nullptr && schema_json->IsObject() && schema_json->HasMember("properties") &&
                       (*schema_json)["properties"].IsObject();
  // An instruction that names a member twice may map one member's value to
  // another ("Put the city in the customer field"), which no check reads.
  bool named_twice = false;
  if (members) {
    for (const auto& [word, n] : internal::InstructionMemberMentions(source, *labels)) named_twice = named_twice || n > 1;
    // So may one that names two members with a word that moves a value
    // ("use the city line for the customer field", round 216).
    named_twice = named_twice || !internal::MemberMappingSentence(source, *labels).empty();
  }
  if (!members || named_twice || ChangingNote(source) || EscapeInText(source) || UnreadProseLine(source, *labels) ||
      NoteInAField(source, *labels, read) || internal::RemarkOfOthersInAField(source, /*strict=*/false) != nullptr ||
      ValueNamesAMember(source, *labels) ||
      !UnstatedMeaning(source, nullptr).empty() || OwnerUnread(source, *labels) || LinksMembersAnywhere(source, *labels) ||
      CaseMarkedElsewhere(source, answer, *labels) || OrderAskedOtherwise(source, schema_json, *labels) ||
      AskedBeyondMembers(source, *schema_json, *labels) || !UnreadInstructionWord(source, *labels, read).empty() ||
      HeadWordOfAMember(source, *labels) ||
      OmitsAStatedMember(source, answer, *schema_json, *labels) ||
      InstructionCondition(source, *labels, *schema_json) ||
      internal::ConditionOutsideTheInstruction(source, *schema_json, answer, out, read, *labels)) {
    for (MemberEvidence& e : out) e.plain = false;
  }
  // (Or one whose value is a value a member's enum allows: "Category: vans".)
  bool value_field = false;
  for (const Field& f : source.fields()) {
    if (std::find(read.begin(), read.end(), &f) != read.end()) continue;
    for (const Token& k : f.value_tokens) value_field = value_field || (k.kind == TokenKind::kWord && labels->HasEnumWord(k.norm));
  }
  const bool override_field = members && (value_field || internal::FieldOfNoMemberMaySayOfOne(source, answer, read));
  // (Text of the schema no check reads may say what a member means: "in
  // months" in an "allOf" beside "age".)
  const bool unread_schema = !labels->UnreadText().empty();
  for (MemberEvidence& e : out) e.storable = e.plain && !override_field && !unread_schema;
  return out;
}

bool AllStorable(const std::vector<MemberEvidence>& evidence) {
  if (evidence.empty()) return false;
  for (const MemberEvidence& e : evidence) {
    if (!e.storable) return false;
  }
  return true;
}

std::string EvidenceToJson(const std::vector<MemberEvidence>& evidence) {
  rapidjson::Document doc;
  static_cast<rapidjson::Value&>(doc) = EvidenceToValue(evidence, doc.GetAllocator());
  return JsonToString(doc);
}

rapidjson::Value EvidenceToValue(const std::vector<MemberEvidence>& evidence,
                                 rapidjson::Document::AllocatorType& a) {
  rapidjson::Value doc(rapidjson::kObjectType);
  for (const MemberEvidence& e : evidence) {
    rapidjson::Value v(rapidjson::kObjectType);
    v.AddMember("o", e.occurrences, a);
    if (e.occurrences > 0) {
      rapidjson::Value span(rapidjson::kArrayType), anchor(rapidjson::kArrayType);
      span.PushBack(static_cast<uint64_t>(e.value_begin), a).PushBack(static_cast<uint64_t>(e.value_end), a);
      anchor.PushBack(static_cast<uint64_t>(e.anchor_begin), a).PushBack(static_cast<uint64_t>(e.anchor_end), a);
      v.AddMember("v", span, a);
      v.AddMember("a", anchor, a);
      v.AddMember("l", e.labelled, a);
      v.AddMember("p", e.plain, a);
    }
    doc.AddMember(rapidjson::Value(e.pointer.c_str(), a), v, a);
  }
  return doc;
}

namespace {

// Whether a string member may list several things: its value does ("nuts,
// soy", "tea and milk"), or its name's last word is a plural ("allergies",
// "skills", "tags").
bool MayListSeveral(std::string_view key, std::string_view value) {
  if (value.find_first_of(",;") != std::string_view::npos || value.find(" and ") != std::string_view::npos ||
      value.find(" & ") != std::string_view::npos) {
    return true;
  }
  const std::vector<std::string> words = internal::Words(internal::SpacedName(key));
  return !words.empty() && words.back().size() > 3 && vocab::Singular(words.back()) != words.back();
}

// Whether string member `entry` with value `value` may be a state that an
// event changes: the schema or its name says so (Entry::may_be_state), or
// the value is one word of small letters or ending in "ed" ("confirmed",
// "approved", "active" under "Booking:", "Claim:", "Account:"); not a
// name ("Bergen").
bool MayBeAState(const MemberLabelTable::Entry& entry, std::string_view value) {
  if (entry.may_be_state) return true;
  value = Trim(value);
  if (value.empty() || value.size() > 24) return false;
  bool small = true;
  for (char c : value) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    small = small && !std::isupper(static_cast<unsigned char>(c));
  }
  return small || (value.size() > 4 && value.compare(value.size() - 2, 2, "ed") == 0);
}

// Whether field `f` is the record's own: labelled by no word that shares
// a stem with a word of the member's labels ("tagged" of "tag", "allergi"
// of "allergy"), and holding numbers alone ("Music: 350"; not beside a
// member that may list several things or be a state) or labelled by nouns
// of an attribute of the record's own ("Room: 240", "Booking ref: BK123").
// A code or a number elsewhere may be an item of the member's ("Also
// allergic to: b12", "Tag 2: x86" beside tag_list) or an event that
// changed it ("Closed in: 82327" beside "Status: open"). `test` says which
// of these are read (OwnFieldTest).
bool RecordsOwnField(const Field& f, const LabelSets& labels, OwnFieldTest test) {
  const bool numbers = test == OwnFieldTest::kStems ||
                       (test == OwnFieldTest::kNounsOrNumbers &&
                        std::all_of(f.value_tokens.begin(), f.value_tokens.end(),
                                    [](const Token& k) { return k.kind != TokenKind::kWord; }));
  bool noun = false;
  for (const std::string& w : f.label_words) {
    if (IsFillerWord(w) || (!w.empty() && internal::IsDigit(w[0]))) continue;
    const std::string singular = vocab::Singular(w);
    if (!numbers && !vocab::IsAttributeNoun(singular) && vocab::UnitOf(w).empty()) return false;
    static const vocab::WordSet kTimes = {"date", "time", "day", "year", "month", "week", "start", "end", "due",
                                          "issued", "expiry", "expires", "created", "opened", "period", "term",
                                          "until", "valid", "deadline", "closing", "dato", "datum", "fecha"};
    if (test == OwnFieldTest::kNounsBesideAState && kTimes.Has(singular)) return false;
    for (const std::vector<std::string>& label : labels) {
      for (const std::string& m : label) {
        const std::size_t stem = std::min<std::size_t>(m.size(), 5);
        if (m == singular || (stem >= 3 && singular.size() >= stem && m.compare(0, stem, singular, 0, stem) == 0)) {
          return false;
        }
      }
    }
    noun = true;
  }
  return noun;
}

// Whether line `line` of `source` holds fields only, each the record's own
// (RecordsOwnField, read as `test` says).
bool RecordsOwnCodeLine(const SourceText& source, std::size_t line, const LabelSets& labels, OwnFieldTest test) {
  bool any = false;
  const std::vector<Token>& t = source.tokens();
  for (const Field& f : source.fields()) {
    const std::size_t at = source.FirstTokenFrom(f.label_begin);
    if (at >= t.size() || t[at].line != line) continue;
    any = true;
    if (!RecordsOwnField(f, labels, test)) return false;
  }
  return any;
}

}  // namespace

std::vector<MemberReuse> CompareEvidence(const SourceText& old_source, const SourceText& new_source,
                                         const rapidjson::Value& cached_answer,
                                         const rapidjson::Value* schema_json, const MemberLabelTable* table) {
  std::vector<MemberReuse> out;
  if (!cached_answer.IsObject()) return out;
  const std::map<std::string, LineInfo> old_lines = SourceLines(old_source);
  const std::map<std::string, LineInfo> new_lines = SourceLines(new_source);
  struct Changed {
    std::string text;
    const SourceText* source;
    std::size_t line;
  };
  std::vector<Changed> changed;  // lines added or removed
  const auto text_of = [](const std::string& key) { return key.substr(0, key.find('\x1f')); };
  for (const auto& [line, info] : new_lines) {
    auto it = old_lines.find(line);
    if (it == old_lines.end() || it->second.count != info.count) {
      changed.push_back({text_of(line), &new_source, info.line});
    }
  }
  for (const auto& [line, info] : old_lines) {
    auto it = new_lines.find(line);
    if (it == new_lines.end() || it->second.count != info.count) {
      changed.push_back({text_of(line), &old_source, info.line});
    }
  }
  const bool several = old_source.records().size() > 1 || new_source.records().size() > 1;
  const bool same_selection = old_source.records().size() == new_source.records().size() &&
                              old_source.selected_record() == new_source.selected_record() &&
                              (!several || new_source.selected_record().has_value());
  const std::vector<Token>& ot = old_source.tokens();
  const std::vector<Token>& nt = new_source.tokens();
  // A changed line that asks ("What is his room number?") may change what
  // every member means; so may any change when no instruction part could be
  // told apart at all. (A changed line that corrects one member, "Use 30
  // for the age", is caught below as speaking of it.)
  std::string instructs;
  for (const Changed& line : changed) {
    if (line.text.find("? ") != std::string::npos) instructs = line.text;
  }
  if (instructs.empty() && !changed.empty() && (old_source.instruction_words().empty() ||
                                                new_source.instruction_words().empty())) {
    instructs = changed.front().text;
  }

  std::optional<MemberLabelTable> own_table;
  if (table == nullptr) table = &own_table.emplace(schema_json);
  std::vector<MemberEvidence> evidence = FindEvidence(old_source, cached_answer, schema_json, table);
  // A changed line with a number that no member's field holds: a number
  // member may be computed from it ("Catering: 150" of a total, a line more
  // of a count), which its evidence cannot show.
  const Changed* number = nullptr;
  // Any changed line of prose, a heading or a note from the first field on,
  // in words the checks may not read ("Rettelse: lampen koster trettifem kroner", "Sold
  // out this morning", "Kick-off slipped a fortnight"). Whitespace and
  // layout are no change; a sentence before the first field introduces it.
  const Changed* unclaimed = nullptr;
  // The same for a line with a code written with digits ("Now: SAS4037"),
  // for the string members written with digits.
  const Changed* coded = nullptr;
  std::vector<const Changed*> coded_lines;  // (all of them, and those with a number)
  for (const Changed& line : changed) {
    const SourceText& other = line.source == &new_source ? old_source : new_source;
    if (number == nullptr && UnclaimedLine(*line.source, line.line, *table, other, true)) number = &line;
    const bool code = UnclaimedLine(*line.source, line.line, *table, other, true, true);
    if (code || UnclaimedLine(*line.source, line.line, *table, other, true)) coded_lines.push_back(&line);
    if (coded == nullptr && code) coded = &line;
    if (unclaimed == nullptr && UnclaimedLine(*line.source, line.line, *table, other, false)) unclaimed = &line;
  }
  // What changes every member at once: two words joined the other way
  // round, in the instruction or in the text ("the score (home-away)" now
  // "(away-home)", "Score (home-away):" now "Score (away-home):": every
  // figure of a pair may have changed places, and a paraphrase or a changed
  // value reads the same words); or a field added beside a member's that
  // may say something of it.
  std::string whole_change;
  // A changed line of the new text with several fields, one of which may
  // say something of a member ("Age: 41; Actual: 43"): each field compares
  // as a field, so the member's own would pass.
  for (const Changed& line : changed) {
    if (whole_change.empty() && line.source == &new_source &&
        internal::FieldBesideOthersMaySayOfOne(new_source, line.line, cached_answer)) {
      whole_change = "the line \"" + line.text.substr(0, 60) + "\" holds a field beside a member's that may say something of it";
    }
  }
  // A line that keeps its label and gains a remark after a mark ("Customer:
  // Fjordsoft AS - note: charged back", "Branch: Turku; overdrawn", "Day:
  // Thursday; trays of 12"): the remark may say something of another member
  // whose own line did not change.
  if (whole_change.empty()) {
    auto raw_line = [](const Changed& c) {
      const auto span = LineSpan(*c.source, c.line);
      return c.source->prompt().substr(span.first, span.second - span.first);
    };
    auto label_of = [](std::string_view t) {
      const std::size_t colon = t.find(':');
      return colon == std::string_view::npos ? std::string_view() : t.substr(0, colon);
    };
    // Marks that end a value and then words: "; ", " | ", " / ", " - ", " -- ",
    // a tab, a stop, a comma, "!", "?" ("Branch: Turku. Overdrawn",
    // "Humidity: 62.. Sub-zero"; a field after it is a field's to judge, "|
    // Floor: 3", but a note's label is a remark's: "- note: charged back").
    static const vocab::WordSet kNoteLabels = {"note", "notes", "nb", "remark", "remarks", "comment", "comments",
                                               "obs", "merk", "hinweis", "anm", "bemerkung", "kommentar", "ps"};
    auto remarks = [](std::string_view t) {
      int n = 0;
      for (std::string_view mark : {std::string_view("; "), std::string_view(" | "), std::string_view(" / "),
                                    std::string_view(" - "), std::string_view(" -- "), std::string_view("\t"),
                                    std::string_view(". "), std::string_view(", "), std::string_view("! "),
                                    std::string_view("? ")}) {
        for (std::size_t at = t.find(mark); at != std::string_view::npos; at = t.find(mark, at + 1)) {
          if (mark == ". " && AbbreviationBefore(t, at)) continue;  // "Author: R. Mendes", "St. Olav"
          std::size_t k = at + mark.size();
          while (k < t.size() && (t[k] == ' ' || t[k] == '\t' || t[k] == '-')) ++k;
          if (k >= t.size()) continue;
          const std::string_view rest = t.substr(k);
          const std::size_t colon = rest.find(':');
          const std::size_t next = rest.find_first_of(";|\t");
          // (Numbers alone are no remark: "10:00 - 12:00", "15 / 12".)
          const std::string_view segment = rest.substr(0, next);
          if (std::none_of(segment.begin(), segment.end(),
                           [](char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; })) {
            continue;
          }
          if (colon != std::string_view::npos && colon < next) {
            std::string label(rest.substr(0, colon));
            for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (!kNoteLabels.Has(label)) continue;
          }
          ++n;
        }
      }
      return n;
    };
    for (const Changed& added : changed) {
      if (!whole_change.empty()) break;
      if (added.source != &new_source) continue;
      const std::string_view now = raw_line(added);
      const std::string_view label = label_of(now);
      if (label.empty()) continue;
      const int remarks_now = remarks(now);
      for (const Changed& removed : changed) {
        if (removed.source != &old_source) continue;
        const std::string_view before = raw_line(removed);
        if (label_of(before) == label && remarks_now > remarks(before)) {
          whole_change = "the line \"" + std::string(now.substr(0, 60)) +
                         "\" adds a remark that may say something of another member";
          break;
        }
      }
    }
  }
  const std::vector<std::string>& member_words = table->NameWords();
  for (bool in_source : {false, true}) {
    if (whole_change.empty()) {
      const std::string pair = internal::ReversedPair(internal::OrderedPairs(ot, in_source, &member_words),
                                                      internal::OrderedPairs(nt, in_source, &member_words));
      if (!pair.empty()) whole_change = "the request joins \"" + pair + "\" the other way round";
    }
  }
  LabelSets scratch;
  std::size_t index = 0;
  for (const auto& m : cached_answer.GetObject()) {
    const MemberEvidence& e = evidence[index++];
    MemberReuse r;
    r.pointer = e.pointer;
    std::string_view key(m.name.GetString(), m.name.GetStringLength());
    const LabelSets& labels = table->Own(key, &scratch);
    auto fail = [&](std::string why) {
      r.pass = false;
      r.reason = std::move(why);
      out.push_back(r);
    };
    if (!whole_change.empty()) {
      r.context_changed = true;
      fail(whole_change);
      continue;
    }
    if (changed.empty() && same_selection) {
      r.pass = true;
      r.reason = "the source text is unchanged";
      out.push_back(r);
      continue;
    }
    if (!instructs.empty()) {
      r.context_changed = true;
      fail("a changed line may change what is asked: \"" + instructs.substr(0, 80) + "\"");
      continue;
    }
    if (!same_selection) {
      fail("the text holds several records and the request selects " +
           std::string(new_source.selected_record() ? "another record" : "no readable one"));
      continue;
    }
    if (e.occurrences != 1) {
      fail(e.occurrences == 0 ? "its value has no evidence in the cached text"
                              : "its value occurs " + std::to_string(e.occurrences) +
                                    " times in the cached text (ambiguous evidence)");
      continue;
    }
    // Token ranges of the old occurrence and anchor.
    TokenRange occ{0, 0}, anchor{0, 0};
    for (std::size_t i = 0; i < ot.size(); ++i) {
      if (ot[i].begin == e.value_begin) occ.first = i;
      if (ot[i].end == e.value_end) occ.second = i + 1;
      if (ot[i].begin == e.anchor_begin) anchor.first = i;
      if (ot[i].end == e.anchor_end) anchor.second = i + 1;
    }
    const std::vector<std::string> window = Norms(old_source, anchor);
    const std::vector<std::string> value_norms = Norms(old_source, occ);
    std::vector<TokenRange> found = FindSequence(new_source, window);
    // Lines of the new text that hold the member's own field (new-text line
    // numbers only: an old line number names another line there).
    std::set<std::size_t> own_lines;
    if (found.size() == 1) {
      std::vector<TokenRange> values = Occurrences(new_source, m.value, labels);
      if (values.size() != 1) {
        fail("its value occurs " + std::to_string(values.size()) + " times in the new text (ambiguous)");
        continue;
      }
      if (values[0].first < found[0].first || values[0].second > found[0].second) {
        fail("its value stands elsewhere in the new text than its evidence " + Quote(window));
        continue;
      }
      if (several && new_source.RecordAt(nt[found[0].first].begin) != *new_source.selected_record()) {
        fail("its evidence is in a record the request does not select");
        continue;
      }
      // The whole statement must be the same: "Age: 41 (in 2019; he is 46
      // now)" holds "Age: 41" but no longer says the age is 41. A labelled
      // field is compared as a field (its line may be laid out anew, "Age:
      // 41" on a line of its own or in "Name: A | Age: 41"); prose as a line.
      bool same_statement = false;
      if (const Field* old_field = e.labelled ? old_source.FieldAt(e.value_begin) : nullptr) {
        // (Its value as written, letter case too: "Size: 800 MB" is not
        // "Size: 800 Mb".)
        const std::vector<std::string_view> old_raw =
            RawTokens(old_source, old_field->value_begin, old_field->value_end);
        // (And its label: "Latency [ms]" is not "Latency [Ms]".)
        const std::vector<std::string_view> old_label_raw =
            RawTokens(old_source, old_field->label_begin, old_field->label_end);
        int same = 0, labelled_alike = 0;
        const Field* kept = nullptr;
        for (const Field& f : new_source.fields()) {
          if (f.label != old_field->label) continue;
          ++labelled_alike;
          const bool alike = f.value == old_field->value &&
                             RawTokens(new_source, f.value_begin, f.value_end) == old_raw &&
                             RawTokens(new_source, f.label_begin, f.label_end) == old_label_raw;
          same += alike;
          if (alike) kept = &f;
        }
        same_statement = same == 1 && labelled_alike == 1;
        // A field new to the text on its line ("Nights: 2; new: 4", "Boxes:
        // 8, actual: 6", "Guests: 3 | should be: 1") may give the value
        // anew, unless it names an attribute of its own: the line no longer
        // states it alone.
        if (same_statement && kept != nullptr) {
          const std::size_t line = nt[found[0].first].line;
          for (const Field& f : new_source.fields()) {
            if (&f == kept || f.label.empty()) continue;
            const std::size_t at = new_source.FirstTokenFrom(f.label_begin);
            if (at >= nt.size() || nt[at].line != line) continue;
            const bool known = std::any_of(old_source.fields().begin(), old_source.fields().end(),
                                           [&](const Field& g) { return g.label == f.label; });
            // (A field of an attribute of its own, "Floor: 3" beside "Cabin:
            // 7", says nothing of it.)
            const bool attribute = std::all_of(f.label_words.begin(), f.label_words.end(), [](const std::string& w) {
              return IsFillerWord(w) || vocab::IsAttributeNoun(vocab::Singular(w));
            });
            if (!known && !attribute) {
              same_statement = false;
              break;
            }
          }
        }
      } else {
        const auto old_line = LineSpan(old_source, ot[occ.first].line);
        const auto new_line = LineSpan(new_source, nt[found[0].first].line);
        same_statement = LineText(old_source, ot[occ.first].line) == LineText(new_source, nt[found[0].first].line) &&
                         RawTokens(old_source, old_line.first, old_line.second) ==
                             RawTokens(new_source, new_line.first, new_line.second);
      }
      if (!same_statement) {
        r.context_changed = true;  // "Start date: ..." now "Original start date: ..."
        fail("the statement holding its evidence changed: \"" +
             LineText(new_source, nt[found[0].first].line).substr(0, 80) + "\"");
        continue;
      }
    } else if (found.empty() && e.labelled) {
      // A licensed rewrite: the same label, once, with another value.
      const Field* old_field = old_source.FieldAt(e.value_begin);
      const Field* match = nullptr;
      int count = 0;
      for (const Field& f : new_source.fields()) {
        if (f.label != old_field->label || f.value.empty()) continue;
        if (several && f.record != *new_source.selected_record()) continue;
        ++count;
        match = &f;
      }
      std::vector<std::string> whole = Norms(old_source, occ);
      std::vector<Token> field_tokens = Tokenize(old_field->value);
      bool whole_field = field_tokens.size() == whole.size();
      if (count != 1 || !whole_field) {
        fail("its evidence " + Quote(window) + " is not in the new text");
        continue;
      }
      std::string_view text = new_source.prompt().substr(match->value_begin, match->value_end - match->value_begin);
      std::vector<Token> nv = Tokenize(text);
      // Only a value of the same shape replaces another: the same number of
      // words, the same punctuation, no qualifier ("formerly Oslo, now
      // Bergen" is no city, "41 -> 42" no age).
      std::vector<Token> ov = Tokenize(old_field->value);
      bool same_shape = nv.size() == ov.size();
      for (std::size_t k = 0; same_shape && k < nv.size(); ++k) {
        same_shape = nv[k].kind == ov[k].kind && (nv[k].kind != TokenKind::kPunct || nv[k].norm == ov[k].norm) &&
                     !vocab::IsQualifier(nv[k].norm) && !vocab::IsNegation(nv[k].norm);
      }
      // ... and the rest of its line is unchanged.
      std::string old_line = LineText(old_source, ot[occ.first].line);
      std::string new_line;
      for (std::size_t k = 0; k < nt.size(); ++k) {
        if (nt[k].begin >= match->value_begin && nt[k].begin < match->value_end) {
          new_line = LineText(new_source, nt[k].line);
          break;
        }
      }
      std::string old_value, new_value;
      for (const Token& tok : ov) old_value += tok.norm + " ";
      for (const Token& tok : nv) new_value += tok.norm + " ";
      const std::size_t at = old_line.find(old_value);
      if (at != std::string::npos) old_line.replace(at, old_value.size(), new_value);
      // (A string's words marked otherwise, "«Jon Berg»", "_Jon Berg_",
      // "Jon Berg¹", are no value of the same shape.)
      if (m.value.IsString()) {
        same_shape = same_shape && ValueShape(old_source.prompt(), old_field->value_begin, old_field->value_end) ==
                                       ValueShape(new_source.prompt(), match->value_begin, match->value_end);
      }
      if (!same_shape || at == std::string::npos || old_line != new_line) {
        fail("its field \"" + old_field->label + "\" now reads \"" + std::string(text.substr(0, 60)) +
             "\": not a value of the same shape");
        continue;
      }
      // A placeholder ("DYXXXX", "[redacted]") replaces no value; nor does a
      // string a member that may be null is given: whether "Your Name",
      // "Anytown" or "Ukjent" is a value or none is the model's to say.
      MemberLabelTable::Entry entry_scratch;
      const MemberLabelTable::Entry& entry = table->Find(key, &entry_scratch);  // once: a key it lacks is built
      if (m.value.IsString() && entry.nullable) {
        fail("its field \"" + old_field->label + "\" now reads \"" + std::string(text.substr(0, 60)) +
             "\", and the member may be null: asked again, not copied");
        continue;
      }
      // A value that points at another ("Ditto", "As above", "See below",
      // "Same person", "Som over"): no value of its own to copy.
      if (m.value.IsString()) {
        if (internal::PointsElsewhere(text)) {
          fail("its field \"" + old_field->label + "\" now reads \"" + std::string(text.substr(0, 60)) +
               "\", which points at another value");
          continue;
        }
      }
      if (vocab::IsPlaceholder(text)) {
        fail("its field \"" + old_field->label + "\" now holds a placeholder (\"" + std::string(text.substr(0, 60)) + "\")");
        continue;
      }
      // A code of letters and digits keeps its pattern: "SK4037" may become
      // "SK4039", not "SK403X" (a mask), "SK4O37" or "SK4035" in Cyrillic letters (look-alikes).
      if (m.value.IsString() && !SameCodePattern(old_field->value, text)) {
        fail("its field \"" + old_field->label + "\" now reads \"" + std::string(text.substr(0, 60)) +
             "\", which does not keep the code's letters and digits in place");
        continue;
      }
      // (A person's or a place's member: a name, written as one; "Her
      // Brother", "Guest 2", "hometown" are none.)
      if (m.value.IsString()) {
        const int who = NamesWho(entry.own);
        if (who != 0 && !WrittenAsAName(text, who == 1)) {
          fail("its field \"" + old_field->label + "\" now reads \"" + std::string(text.substr(0, 60)) +
               "\", which is not written as a name");
          continue;
        }
      }
      if (m.value.IsNumber()) {
        if (nv.size() != 1 || nv[0].kind != TokenKind::kNumber) {
          fail("its field \"" + old_field->label + "\" now holds \"" + std::string(text) + "\", not one number");
          continue;
        }
        // A number a double cannot hold exactly ("9007199254740993") is not
        // rewritten: its digits would change.
        if (!ExactInDouble(text)) {
          fail("its field \"" + old_field->label + "\" now holds " + std::string(text.substr(0, 40)) +
               ", more digits than a JSON number keeps exactly");
          continue;
        }
        // ("Population: 48.000", "Price: 1.250": a decimal point or a
        // thousands separator.)
        if (AmbiguousGrouping(text, new_source.source_text())) {
          fail("its field \"" + old_field->label + "\" now holds " + std::string(text.substr(0, 40)) +
               ", whose separator may mark decimals or thousands");
          continue;
        }
        if (NumberNotAsWritten(entry.own, nv[0].number)) {
          fail("its field \"" + old_field->label + "\" now holds " + std::string(text.substr(0, 40)) +
               ", which is not the value as written (a year in two digits, the hour 24)");
          continue;
        }
        r.rewrite = CanonicalNumber(nv[0].number);
      } else if (m.value.IsString()) {
        // (A no-break space is a space in a value: "Lena\xC2\xA0Storm" is "Lena Storm".)
        std::string value(text);
        for (std::string_view nbsp : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
          for (std::size_t at = value.find(nbsp); at != std::string::npos; at = value.find(nbsp, at + 1)) {
            value.replace(at, nbsp.size(), " ");
          }
        }
        rapidjson::Value s(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        r.rewrite = JsonToString(s);
      } else {
        fail("its field \"" + old_field->label + "\" changed");
        continue;
      }
      for (const Token& tok : nt) {
        if (tok.begin >= match->label_begin && tok.begin < match->value_end) own_lines.insert(tok.line);
      }
    } else {
      fail(found.empty() ? "its evidence " + Quote(window) + " is not in the new text"
                         : "its evidence " + Quote(window) + " occurs " + std::to_string(found.size()) +
                               " times in the new text (ambiguous)");
      continue;
    }
    // No added or removed line may speak of the member (a correction, a
    // second value), except the lines of its own field.
    std::set<std::string> own;
    own.insert(LineText(old_source, ot[occ.first].line));
    for (std::size_t line : own_lines) own.insert(LineText(new_source, line));
    if (!found.empty()) own.insert(LineText(new_source, nt[found[0].first].line));
    // The first changed line, other than the member's own, that `holds`.
    auto first_changed = [&](auto holds) -> const Changed* {
      for (const Changed& line : changed) {
        if (own.count(line.text) == 0 && holds(line)) return &line;
      }
      return nullptr;
    };
    bool mentioned = false;
    for (const Changed& line : changed) {
      if (own.count(line.text)) continue;
      if (LineMentions(*line.source, line.line, labels, value_norms)) {
        r.context_changed = true;
        fail("a changed line of the text speaks of it: \"" + line.text.substr(0, 80) + "\"");
        mentioned = true;
        break;
      }
    }
    if (mentioned) continue;
    // A changed line holding a value of its form ("Now: SK4037", "-> 913 45
    // 678" below "Flight: SK4035"): it may replace the value in words the
    // checks do not read.
    if (m.value.IsString()) {
      const std::string form = internal::FormOf(Trim({m.value.GetString(), m.value.GetStringLength()}));
      if (const Changed* holds = first_changed([&](const Changed& line) {
            return internal::FindForm(internal::FormOf(internal::RawLine(*line.source, line.line)), form) != std::string::npos;
          })) {
        r.context_changed = true;
        fail("a changed line of the text holds a value of its form: \"" + holds->text.substr(0, 80) + "\"");
        continue;
      }
    }
    // A note or prose line added or removed that no member's own lines hold
    // and whose words may change a value: what it does to the values is not
    // read ("his two brothers will join as well", "+14 days of credit on
    // this one", "problem solved, ticket closed").
    if (const Changed* note =
            first_changed([](const Changed& line) { return line.source->ChangingNoteLine(line.line); })) {
      r.context_changed = true;
      fail("a line of the text changed that may change it: \"" + note->text.substr(0, 80) + "\"");
      continue;
    }
    // A number member, or a string written with digits (a phone, a date or
    // a code may be given anew in another notation, "New: 91345678" below
    // "Phone: 912 00 111", "Now: 05.03.2027" below "Date: 2027-03-04"): a
    // changed line with a number no member's field states stops its reuse.
    const bool digits = m.value.IsString() &&
                        std::string_view(m.value.GetString(), m.value.GetStringLength()).find_first_of("0123456789") !=
                            std::string_view::npos;
    // (So is a truth value or a null: "Unsubscribed: 2026-11-30" below
    // "Newsletter: yes", a value given where there was none; and a string
    // that may list several things, one of which may be a code: "Also
    // allergic to: b12" below "Allergies: penicillin", unless the line is
    // the record's own code, "Room: 240", of a member of one thing.)
    const bool list = m.value.IsString() && MayListSeveral(key, {m.value.GetString(), m.value.GetStringLength()});
    // (The first coded line that is not the record's own, read only for a
    // string of one thing: "Room: 240" is; "Music: 350" is, unless the
    // member may be a state, as "Closed in: 82327" below "Status: open".)
    const auto foreign = [&]() -> const Changed* {
      MemberLabelTable::Entry entry_scratch;
      const OwnFieldTest test =
          MayBeAState(table->Find(key, &entry_scratch), {m.value.GetString(), m.value.GetStringLength()})
              ? OwnFieldTest::kNounsBesideAState
              : OwnFieldTest::kNounsOrNumbers;
      for (const Changed* line : coded_lines) {
        if (!RecordsOwnCodeLine(*line->source, line->line, labels, test)) return line;
      }
      return nullptr;
    };
    if (const Changed* line = m.value.IsNumber()                                   ? number
                              : digits || m.value.IsBool() || m.value.IsNull() ? coded
                              : list && !coded_lines.empty()                   ? coded_lines.front()
                              : m.value.IsString()                              ? foreign()
                                                                                : nullptr) {
      r.context_changed = true;
      fail("a changed line of the text holds a number no member's field states: \"" + line->text.substr(0, 80) + "\"");
      continue;
    }
    if (unclaimed != nullptr) {
      r.context_changed = true;
      fail("a changed line of the text that no member's field holds may change it: \"" +
           unclaimed->text.substr(0, 80) + "\"");
      continue;
    }
    r.pass = true;
    r.reason = r.rewrite ? "its field changed value only: rewritten to " + *r.rewrite
                         : "its evidence " + Quote(window) + " is unchanged and unique";
    out.push_back(r);
  }
  // A string member whose value changed (rewritten, or failed) in a record
  // with a field of no member whose value is words alone ("Display:
  // Settled", "Käsitlus: tasutud", "Tip: paid ones"): such a line may say
  // what the change does to the other members ("only paid invoices carry an
  // amount"), in words no list here holds; no member is reused.
  // (`out` holds one judgement per member of `cached_answer`, in order.)
  bool string_changed = false;
  index = 0;
  for (const auto& m : cached_answer.GetObject()) {
    if (index >= out.size()) break;
    const MemberReuse& r = out[index++];
    if (m.value.IsString() && (!r.pass || r.rewrite)) string_changed = true;
  }
  const auto fail_all = [&](const char* reason) {
    for (MemberReuse& r : out) {
      if (!r.pass) continue;
      r.pass = false;
      r.rewrite.reset();
      r.context_changed = true;
      r.reason = reason;
    }
  };
  if (string_changed && internal::WordFieldOfNoMember(new_source, *table)) {
    fail_all("another member's text changed, and a field of no member may say what that does to this one");
  }
  // A field of a label the cached text did not have, or one whose value
  // changed, that may turn a member in words the checks do not read ("Seats
  // left: 0" beside "Seats available: yes", "Seats: Window" now "Seats:
  // full", "Names: ... + Di Moe" beside a count): no member is reused.
  // (A member's own field, its value changed, is read by its own checks.)
  std::set<std::pair<std::string, std::string>> old_fields;
  for (const Field& f : old_source.fields()) old_fields.insert({f.label, f.value});
  std::set<std::string> member_labels;
  for (const MemberEvidence& e : evidence) {
    if (const Field* f = e.occurrences > 0 ? old_source.FieldAt(e.value_begin) : nullptr) member_labels.insert(f->label);
  }
  std::vector<const Field*> kept;
  bool added = false;
  for (const Field& f : new_source.fields()) {
    if (old_fields.count({f.label, f.value}) != 0 || member_labels.count(f.label) != 0) {
      kept.push_back(&f);
    } else {
      added = true;
    }
  }
  if (added && internal::FieldOfNoMemberMayTurnOne(new_source, cached_answer, kept)) {
    fail_all("a field was added or changed that may say something of a member");
  }
  // One whose label holds a member's word beside words of no member, where
  // that member's own field is still there ("Breakfast billed separately:
  // 15.00" beside "Breakfast included: yes", "VAT excl.: 84.00" beside "VAT
  // included: yes"): it may be a part of that member, or undo it. (Not a
  // heading with no value, "Copy of the invoice:"; a field that replaced
  // the member's, "Age in years: 20" for "Age: 49", is its evidence gone.)
  const auto beside_its_member = [&](const Field& f) {
    if (f.value.empty()) return false;
    bool other = false;
    std::vector<const std::string*> named;
    for (const std::string& w : f.label_words) {
      if (IsFillerWord(w)) continue;
      if (table->HasWord(w)) {
        named.push_back(&w);
      } else {
        other = true;
      }
    }
    return other && std::any_of(kept.begin(), kept.end(), [&](const Field* g) {
             if (member_labels.count(g->label) == 0) return false;
             return std::any_of(named.begin(), named.end(), [&](const std::string* w) {
               return std::find(g->label_words.begin(), g->label_words.end(), *w) != g->label_words.end();
             });
           });
  };
  for (const Field& f : new_source.fields()) {
    if (std::find(kept.begin(), kept.end(), &f) != kept.end() || !beside_its_member(f)) continue;
    fail_all("a field was added or changed whose label names a member's field beside other words");
    break;
  }
  return out;
}

}  // namespace stepcache::checks
