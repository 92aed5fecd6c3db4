#include "stepcache/checks/source_text.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <string_view>

#include "request_meaning.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks {
namespace {

using internal::IsAsciiAlpha;
using internal::IsDigit;
using internal::IsSpace;
using internal::IsWordByte;
using internal::Lower;
using internal::Trim;
using internal::AsciiWords;

std::vector<std::string_view> SplitLines(std::string_view text, std::vector<std::size_t>* starts) {
  std::vector<std::string_view> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    starts->push_back(at);
    at = end + 1;
  }
  return lines;
}

// Whether a paragraph or line reads as an instruction to the model rather
// than as text to extract from.
bool ReadsAsInstruction(std::string_view text) {
  std::vector<std::string> words = AsciiWords(text);
  if (words.empty()) return false;
  // "Record 2:", "Name: Ann" — a header or a field, whatever its first word.
  std::string_view first_line = text.substr(0, text.find('\n'));
  const std::size_t colon = first_line.find(':');
  if (colon != std::string_view::npos) {
    std::vector<std::string> head = AsciiWords(first_line.substr(0, colon));
    bool meta = false;
    for (const std::string& w : head) meta = meta || w == "json" || w == "schema" || w == "fields" || w == "keys";
    if (!head.empty() && head.size() <= 3 && !meta) return false;
  }
  if (vocab::IsInstructionVerb(words.front())) return true;
  for (const std::string& w : words) {
    if (w == "json" || w == "schema") return true;
  }
  // "From the purchase order below, extract …", "Using the text, return …":
  // a short leading phrase, a comma, then a verb of the instruction.
  const std::string_view first_sentence = text.substr(0, text.find_first_of(".!?\n"));
  const std::size_t comma = first_sentence.find(',');
  if (comma != std::string_view::npos) {
    static const vocab::WordSet kLead = {"from", "in", "using", "given", "based", "for", "according", "with",
                                         "of", "on", "within", "reading", "considering", "regarding", "out"};
    const std::vector<std::string> lead = AsciiWords(first_sentence.substr(0, comma));
    const std::vector<std::string> after = AsciiWords(first_sentence.substr(comma + 1));
    if (!lead.empty() && lead.size() <= 8 && kLead.Has(lead.front()) && !after.empty() &&
        vocab::IsInstructionVerb(after.front())) {
      return true;
    }
  }
  // "Below is a hotel booking. Extract …": a sentence that points at the
  // text, then one that starts with a verb of the instruction.
  static const vocab::WordSet kPointer = {"below", "following", "attached", "above", "here"};
  if (std::none_of(words.begin(), words.end(), [](const std::string& w) { return kPointer.Has(w); })) return false;
  for (std::size_t at = text.find_first_of(".!?"); at != std::string_view::npos; at = text.find_first_of(".!?", at + 1)) {
    const std::vector<std::string> next = AsciiWords(text.substr(at + 1, 40));
    if (at + 1 < text.size() && IsSpace(text[at + 1]) && !next.empty() && vocab::IsInstructionVerb(next.front()) &&
        next.front() != "please" && next.front() != "only") {
      return kPointer.Has(words.front()) || words.front() == "this" || words.front() == "the" || words.front() == "a" ||
             words.front() == "an";
    }
  }
  return false;
}

// A line of two or more key=value words and nothing else ("host=db.local
// port=6432"): keys are a letter, then letters, digits, '_', '-' or '.'.
bool KeyValueLine(std::string_view line) {
  std::size_t pairs = 0;
  std::size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && line[at] == ' ') ++at;
    if (at == line.size()) break;
    std::size_t end = line.find(' ', at);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view word = line.substr(at, end - at);
    const std::size_t eq = word.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == word.size() || !IsAsciiAlpha(word[0])) return false;
    for (std::size_t k = 0; k < eq; ++k) {
      const char c = word[k];
      if (!(IsAsciiAlpha(c) || IsDigit(c) || c == '_' || c == '-' || c == '.')) return false;
    }
    ++pairs;
    at = end;
  }
  return pairs >= 2;
}

// Where the '=' of a line that is one key=value pair stands ("shipping_city=Malmo",
// "name=Jonas Silva", "  old_city = Lyon"): a key of letters, digits, '_',
// '-' or '.' that starts with a letter, then '=' and a value holding no other
// '=' (not an equation, "x=2y=4"); npos for any other line (round 261: the
// model's swapped billing and shipping cities passed, the lines not read).
std::size_t OneKeyValueSeparator(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  if (at == line.size() || !IsAsciiAlpha(line[at])) return std::string_view::npos;
  std::size_t k = at;
  while (k < line.size() &&
         (IsAsciiAlpha(line[k]) || IsDigit(line[k]) || line[k] == '_' || line[k] == '-' || line[k] == '.')) {
    ++k;
  }
  std::size_t eq = k;
  while (eq < line.size() && line[eq] == ' ') ++eq;
  if (eq >= line.size() || line[eq] != '=') return std::string_view::npos;
  const std::string_view value = Trim(line.substr(eq + 1));
  if (value.empty() || value.find('=') != std::string_view::npos) return std::string_view::npos;
  return eq;
}

// A "Label: value" line: a label of one to three words that is not about
// the output ("Fields", "Keys", "Format", "Example", "Note"), and a value.
bool IsFieldLine(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || Trim(line.substr(colon + 1)).empty()) return false;
  const std::vector<std::string> head = AsciiWords(line.substr(0, colon));
  if (head.empty() || head.size() > 3 || vocab::IsInstructionVerb(head.front())) return false;
  static const std::set<std::string_view> kAboutOutput = {"json", "schema", "field", "fields", "key", "keys",
                                                           "format", "output", "example", "note", "answer",
                                                           "return", "respond", "reply"};
  for (const std::string& w : head) {
    if (kAboutOutput.count(w) != 0) return false;
  }
  return true;
}

// A line that announces the source text: "Text:", "Here is the email:",
// "Customer record below:". Returns true with *inline_at set to where text
// after the colon starts when the source continues on the same line.
bool IsMarkerLine(std::string_view line, std::size_t* inline_at) {
  std::string_view t = Trim(line);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view head = t.substr(0, colon);
  for (char c : head) {
    if (IsDigit(c)) return false;
  }
  std::vector<std::string> words = AsciiWords(head);
  if (words.empty() || words.size() > 12) return false;
  bool noun = false;
  for (const std::string& w : words) noun = noun || vocab::IsSourceMarkerNoun(w);
  if (!noun) return false;
  std::string_view rest = Trim(t.substr(colon + 1));
  if (rest.empty()) {
    *inline_at = std::string_view::npos;
    return true;
  }
  // "Text: Jonas Berg is 41" — only when the head is short or an instruction,
  // and names a source ("Input text:", "The email:"), not a field of one
  // ("Entry date: 2027-01-02", "Record number: R-7", "Message ID: 55").
  // (A head in brackets or ending in a small word is no field label:
  // "Floor (below ground):", "Card of:".)
  const bool field_label = head.find_first_of("()[]") == std::string_view::npos && words.back().size() > 3 &&
                           !vocab::IsSourceMarkerNoun(words.back()) && !vocab::IsInstructionVerb(words.front());
  if (field_label) return false;
  if (words.size() <= 3 || vocab::IsInstructionVerb(words.front()) || ReadsAsInstruction(head)) {
    *inline_at = static_cast<std::size_t>(rest.data() - line.data());
    return true;
  }
  return false;
}

// "Email: ola@moe.no" or "Booking: K72Q564" below "Name: Ola Moe": a field
// whose label is a marker's noun, not the start of the text. Its value is one
// word, and a line beside it is a field line of no marker's noun.
bool MarkerNounFieldAmongFields(const std::vector<std::string_view>& lines, std::size_t l, std::size_t inline_at) {
  const std::string_view rest = Trim(lines[l].substr(inline_at));
  // "Order ID: PO-1 | City: Oslo": the first field of a record on one line.
  const std::size_t bar = rest.find_first_of("|;\t");
  if (bar != std::string_view::npos && bar > 0 && rest.substr(0, bar).find(':') == std::string_view::npos) {
    const std::string_view next = Trim(rest.substr(bar + 1));
    const std::string_view label = next.substr(0, next.find(':'));
    const std::size_t words = AsciiWords(label).size();
    if (label.size() < next.size() && words >= 1 && words <= 4 &&
        label.find_first_of("0123456789") == std::string_view::npos) {
      return true;
    }
  }
  if (rest.empty() || rest.find_first_of(" \t") != std::string_view::npos) return false;
  std::size_t ignored = 0;
  for (std::size_t k : {l - 1, l + 1}) {
    if (k >= lines.size()) continue;  // l - 1 wraps for l == 0
    if (IsFieldLine(lines[k]) && !IsMarkerLine(lines[k], &ignored)) return true;
  }
  return false;
}

// Appends `w` to a change note's words, and its singular when that differs.
void AddNoteWord(const std::string& w, std::vector<std::string>* words) {
  words->push_back(w);
  std::string singular = vocab::Singular(w);
  if (singular != w) words->push_back(std::move(singular));
}

}  // namespace

SourceText::SourceText(std::string_view prompt) : prompt_(prompt) {
  tokens_ = Tokenize(prompt_);
  SplitParts();
  for (const auto& [b, e] : source_) {
    source_text_.append(prompt_, b, e - b);
    source_text_ += '\n';
  }
  for (Token& t : tokens_) {
    t.in_source = InSource(t.begin);
    has_denial_words_ = has_denial_words_ || vocab::IsDenialWord(t.norm);
    // "in US format", "US style" is no "us": the country, as a word of its
    // own, for every reader of the instruction (its words and sentences).
    if (!t.in_source && t.end - t.begin == 2 && prompt_.compare(t.begin, 2, "US") == 0) t.norm = "usa";
  }
  for (const Token& t : tokens_) {
    if (t.in_source) continue;
    if (t.kind != TokenKind::kPunct) {
      instruction_words_.push_back(t.norm);
    } else if (t.norm == "#" && !instruction_words_.empty()) {
      // "the desk #" asks for the desk's number.
      instruction_words_.push_back("number");
    } else if (t.norm == "%" || t.norm == "\xE2\x80\xB0" || t.norm == "\xEF\xBC\x85") {
      // "the share in %", "(%)", "discount%": a percentage (or per mille).
      instruction_words_.push_back(t.norm == "\xE2\x80\xB0" ? "permille" : "percent");
    } else if ((t.norm == "\"" || t.norm == "'" || t.norm == "\xE2\x80\xB3" || t.norm == "\xE2\x80\xB2") &&
               !instruction_words_.empty() && instruction_words_.back() == "in") {
      // "the height in \"", "in '": inches, feet (a quote opening a word,
      // "in 'metres'", is no unit).
      const std::size_t next = static_cast<std::size_t>(&t - tokens_.data()) + 1;
      if (next >= tokens_.size() || tokens_[next].kind == TokenKind::kPunct || tokens_[next].space_before ||
          tokens_[next].line != t.line) {
        instruction_words_.push_back(t.norm == "\"" || t.norm == "\xE2\x80\xB3" ? "inches" : "feet");
      }
    }
  }
  instruction_singular_.reserve(instruction_words_.size());
  instruction_canonical_.reserve(instruction_words_.size());
  for (const std::string& w : instruction_words_) {
    instruction_singular_.push_back(vocab::Singular(w));
    instruction_canonical_.emplace_back(vocab::Canonical(instruction_singular_.back()));
  }
  instruction_sentences_ = SplitSentences(tokens_, [](const Token& t) { return !t.in_source; });
  FindFields();
  for (Field& f : fields_) {
    f.value_tokens = Tokenize(f.value);
    for (const Token& k : f.value_tokens) f.value_words += k.kind != TokenKind::kPunct;
    f.label_canonical = CanonicalWords(f.label_words);
  }
  FindRecords();
  ReadSelection();
  token_role_.assign(tokens_.size(), kOtherToken);
  for (const Field& f : fields_) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const std::size_t b = tokens_[i].begin;
      if (b >= f.label_begin && b < f.label_end) token_role_[i] = kLabelToken;
      else if (b >= f.label_end && b < f.value_begin && tokens_[i].kind == TokenKind::kPunct) token_role_[i] = kSeparatorToken;
    }
  }
  IndexTokens();
  MarkPlaces();
  FindChangeNotes();
  FindChangingNoteLines();
  internal::ReadAsks(*this, &asks_, &asks_role_);
  for (std::size_t i = 0; i < instruction_words_.size(); ++i) {
    if (internal::AsksConversion(instruction_words_[i])) conversion_asks_.push_back(i);
  }
}

std::string_view SourceText::ScaleOn(std::size_t line) const {
  if (line >= scale_token_.size() || scale_token_[line] == kNoToken) return {};
  const Token& k = tokens_[scale_token_[line]];
  return k.kind == TokenKind::kWord ? std::string_view(k.norm) : std::string_view(prompt_).substr(k.begin, k.end - k.begin);
}

bool SourceText::Says(std::string_view w) const {
  std::vector<std::size_t> at;
  NormPositions(w, &at);
  if (!at.empty()) return true;
  const std::string singular = vocab::Singular(w);
  if (!CanonicalPositions(vocab::Canonical(singular)).empty()) return true;
  const std::string_view unit = vocab::UnitOf(w);
  if (unit.empty()) return false;
  for (const Token& k : tokens_) {
    if (!k.in_source) continue;
    if (k.kind == TokenKind::kWord && vocab::UnitOf(k.norm) == unit) return true;
    if (unit == "%" && k.norm == "%") return true;
  }
  return false;
}

// Which source lines are notes or prose whose effect on the values the
// checks cannot read (read once per prompt):
//  - a note or prose line, not a field that states a value: every label on
//    the line is a note's ("Comment from the customer: ...", "P.S. ...") or a
//    sentence's ("Agreed with the customer by phone: ...", three spaces or
//    more);
//  - whose words may change a value: a number added ("+14 days"), a word of
//    change (vocab::ChangeWordKind), a negation, a word that moves or ends
//    something ("join", "resolved", "behind", "until"), or one that gives
//    values another unit, scale or form ("All figures in thousands of
//    euros"; internal::AsksTransform). "Forwarded from the
//    front desk; details below." does not; "his two brothers will join as
//    well" does.
void SourceText::FindChangingNoteLines() {
  static const vocab::WordSet kNoteLabels = {"comment", "comments", "note",   "notes",  "update", "updates",
                                             "message", "remark",   "remarks", "ps",    "p",      "notice",
                                             "correction", "reply", "addendum", "nb",  "memo",   "log",
                                             "erratum", "errata", "corrigendum", "amendment",
                                             // ... in other languages ("Merk:", "Let op:", "Remarque :").
                                             "merk", "merknad", "obs", "bem\xC3\xA6rk", "observera", "anm",
                                             "hinweis", "anmerkung", "bemerkung", "notiz", "let", "opmerking",
                                             "remarque", "nota", "observaci\xC3\xB3n", "aviso", "huom",
                                             "huomautus", "uwaga", "avviso", "observa\xC3\xA7\xC3\xA3o",
                                             "rettelse", "korrektur", "berichtigung", "rectification",
                                             "correzione", "rettifica", "correctie", "sprostowanie"};
  static const vocab::WordSet kWords = {
      "join",    "joins",   "joined",   "joining",  "also",      "too",       "resolved", "solved",
      "pending", "until",   "moved",    "behind",   "ahead",     "schedule",  "credit",   "extend",
      "extended", "extension", "instead", "now",    "replaced",  "replace",   "refund",   "refunded",
      "not",     "no",      "cannot",   "never",    "n't",       "anymore",   "longer",   "reopened",
      "rejected", "approved", "declined", "postponed", "rescheduled"};
  const std::vector<Token>& t = tokens_;
  std::size_t lines = 0;
  for (const Token& k : t) {
    if (k.in_source) lines = std::max(lines, k.line + 1);
  }
  enum : unsigned char { kHasWords = 1, kField = 2, kChange = 4, kValueField = 8, kSentenceField = 16 };
  std::vector<unsigned char> flags(lines, 0);
  scale_token_.assign(lines, kNoToken);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source) continue;
    unsigned char& f = flags[t[i].line];
    std::uint32_t& scale = scale_token_[t[i].line];
    if (t[i].kind != TokenKind::kPunct) f |= kHasWords;
    if (t[i].kind == TokenKind::kNumber) {
      if (i > 0 && t[i - 1].norm == "+" && t[i - 1].line == t[i].line) f |= kChange;
      // A thousands multiplier in digits, outside a field's value: "NOK
      // '000", "(Alle tall i 1000 kr)".
      const std::string_view raw = std::string_view(prompt_).substr(t[i].begin, t[i].end - t[i].begin);
      if (scale == kNoToken &&
          (raw == "000" || raw == "'000" ||
           ((t[i].number == 1000 || t[i].number == 1000000 || t[i].number == 1000000000) &&
            FieldAt(t[i].begin) == nullptr))) {
        scale = static_cast<std::uint32_t>(i);
      }
      continue;
    }
    if (t[i].kind != TokenKind::kWord) continue;
    // A scale word, "in thousands", changes the numbers only (ScaleOn).
    const bool scale_word = internal::IsScaleWord(t[i].norm);
    if (scale_word && scale == kNoToken) scale = static_cast<std::uint32_t>(i);
    if (kWords.Has(t[i].norm) || (!scale_word && internal::AsksTransform(t[i].norm)) ||
        vocab::ChangeWordKind(t[i].norm) != vocab::ChangeWord::kNone) {
      f |= kChange;
    }
  }
  for (const Field& field : fields_) {
    const std::string_view label = field.label;
    bool note = std::count(label.begin(), label.end(), ' ') >= 3;
    for (const std::string& w : field.label_words) note = note || kNoteLabels.Has(w);
    if (note) continue;
    // The lines of this field's label tokens state a value.
    const std::size_t first = FirstTokenFrom(field.label_begin);
    // A field whose value is a sentence ("Rettelse: lampen koster trettifem
    // kroner.", "Misprint: there is a zero too many above.") or nothing (a
    // heading, "Shelf label (sale over):") states no value: for
    // ProseLine it is prose.
    const std::string_view raw =
        field.value_end > field.value_begin ? std::string_view(prompt_).substr(field.value_begin, field.value_end - field.value_begin)
                                            : std::string_view();
    const bool sentence = field.value_words == 0 || field.value_words >= 5 ||
                          (field.value_words >= 3 && !raw.empty() && (raw.back() == '.' || raw.back() == '!') &&
                           raw.find_first_of("0123456789") == std::string_view::npos);
    for (std::size_t i = first; i < t.size() && t[i].begin < field.label_end; ++i) {
      if (t[i].in_source && InLabel(i)) flags[t[i].line] |= kField | (sentence ? kSentenceField : kValueField);
    }
  }
  changing_note_line_.assign(lines, false);
  prose_line_.assign(lines, 0);
  for (std::size_t line = 0; line < lines; ++line) {
    changing_note_line_[line] = flags[line] == (kHasWords | kChange);
    prose_line_[line] = (flags[line] & (kHasWords | kValueField)) != kHasWords ? 0
                        : (flags[line] & kSentenceField) != 0                  ? 2
                                                                               : 1;
  }
  // A prose line saying the values are not real: a word that says so
  // alone, or a word of where such values come from with a negation, or a
  // negation right before "real", "genuine", "actual" ("not real data").
  static const vocab::WordSet kNotReal = {
      "placeholder", "placeholders", "dummy", "dummies", "fictitious", "fictional", "fake", "faked", "mock",
      "mocked", "invented", "specimen", "illustration", "illustrative", "filler", "hypothetical", "imaginary",
      "lorem", "ipsum", "fabricated", "fiktiv", "fiktive", "erfunden", "platzhalter", "eksempeldata"};
  static const vocab::WordSet kSourcesOfSuch = {"template", "templates", "sample", "samples", "example", "examples",
                                                "default", "defaults", "demo", "demonstration", "training", "test",
                                                "testing", "tests"};
  static const vocab::WordSet kReal = {"real", "genuine", "actual", "authentic", "true", "live", "production"};
  for (std::size_t i = 0; i < t.size() && !not_real_line_; ++i) {
    if (!t[i].in_source || !ProseLine(t[i].line)) continue;
    std::size_t e = i;
    while (e < t.size() && t[e].in_source && t[e].line == t[i].line) ++e;
    bool strong = false, source = false, negation = false, not_real = false;
    for (std::size_t k = i; k < e; ++k) {
      if (t[k].kind != TokenKind::kWord) continue;
      const std::string& w = t[k].norm;
      strong = strong || kNotReal.Has(w) || (w == "made" && k + 1 < e && t[k + 1].norm == "up");
      source = source || kSourcesOfSuch.Has(w);
      const bool negates = w == "not" || w == "no" || w == "never" || w == "n't";
      negation = negation || negates;
      for (std::size_t j = k + 1; negates && j < e && j <= k + 2 && !not_real; ++j) not_real = kReal.Has(t[j].norm);
    }
    if (strong || not_real || (source && negation)) not_real_line_ = std::pair<std::size_t, std::size_t>{i, e};
    i = e - 1;
  }
}

void SourceText::FindChangeNotes() {
  const std::vector<Token>& t = tokens_;
  auto word = [&](std::size_t i, std::string_view w) { return i < t.size() && t[i].norm == w; };
  auto time_unit = [&](std::size_t i) {
    return word(i, "day") || word(i, "days") || word(i, "week") || word(i, "weeks") || word(i, "hour") ||
           word(i, "hours") || word(i, "month") || word(i, "months") || word(i, "year") || word(i, "years");
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    vocab::ChangeWord kind = vocab::ChangeWordKind(t[i].norm);
    // A deadline or a window is no change of its own: "free of charge until
    // 48 hours before arrival", "within 14 days after delivery", "no later
    // than".
    auto deadline = [&](std::size_t at) {
      for (std::size_t k = at; k-- > 0 && k + 4 > at;) {
        if (word(k, "until") || word(k, "till") || word(k, "within") || word(k, "least") || word(k, "latest") ||
            word(k, "no") || (word(k, "up") && word(k + 1, "to"))) {
          return true;
        }
      }
      return false;
    };
    // "later" and "earlier" change a value when measured ("one day later",
    // "later than booked"), not in "call me later" or "no later than";
    // "twice" in "twice as many", not in "ring twice".
    if (t[i].norm == "later" || t[i].norm == "earlier") {
      if (!(word(i + 1, "than") || (i > 0 && time_unit(i - 1))) || (i > 0 && word(i - 1, "no"))) {
        kind = vocab::ChangeWord::kNone;
      }
    } else if (t[i].norm == "twice") {
      if (!(word(i + 1, "as") || word(i + 1, "the"))) kind = vocab::ChangeWord::kNone;
    }
    bool window = false;  // a deadline or window, not a change of its own
    if ((t[i].norm == "after" || t[i].norm == "before") && i > 0 && time_unit(i - 1)) {
      kind = vocab::ChangeWord::kGeneral;  // "arrives a week after the date shown"
      window = deadline(i - 1);
    }
    // "the other way round", "mixed up", "as many as"
    if ((t[i].norm == "way" && i > 0 && t[i - 1].norm == "other" && (word(i + 1, "round") || word(i + 1, "around"))) ||
        (t[i].norm == "mixed" && word(i + 1, "up"))) {
      kind = vocab::ChangeWord::kGeneral;
    }
    if (kind == vocab::ChangeWord::kNone) continue;
    const std::pair<std::size_t, std::size_t> sentence = SentenceOf(i);
    if (!change_notes_.empty() && change_notes_.back().sentence == sentence) {
      change_notes_.back().general = change_notes_.back().general || kind == vocab::ChangeWord::kGeneral;
      change_notes_.back().deadline = change_notes_.back().deadline && window;
      continue;
    }
    ChangeNote note;
    note.sentence = sentence;
    note.general = kind == vocab::ChangeWord::kGeneral;
    note.deadline = window;
    for (std::size_t k = sentence.first; k < sentence.second; ++k) {
      if (t[k].kind != TokenKind::kWord) continue;
      AddNoteWord(t[k].norm, &note.words);
    }
    change_notes_.push_back(std::move(note));
  }
  FindUpdateFields();
}

// "Email: eva@lund.no" then "New: eva.lund@posten.no", "Invoice: INV-201"
// then "Superseded by: INV-210": a field whose label says only that it gives
// a new value changes the field on the line above, or the one its value
// names ("EDIT: City: Bodø"). Each is a note naming that field's label
// words; a value it does not state is changed.
void SourceText::FindUpdateFields() {
  const std::vector<Token>& t = tokens_;
  for (std::size_t k = 0; k < fields_.size(); ++k) {
    const Field& f = fields_[k];
    bool core = false, other = f.label_words.empty();
    for (const std::string& w : f.label_words) {
      const vocab::UpdateLabelWord kind = vocab::UpdateLabelWordKind(w);
      core = core || kind == vocab::UpdateLabelWord::kCore;
      other = other || kind == vocab::UpdateLabelWord::kNone;
    }
    if (!core || other) continue;
    const std::size_t first = FirstTokenFrom(f.label_begin);
    if (first >= t.size() || !t[first].in_source) continue;
    // (The whole label of its line: not "(new)" of "Account no. (new):";
    // or the next field of a line after a mark, "Quantity: 15 / updated: 25",
    // which changes the field before it.)
    bool opens_line = true;
    for (std::size_t i = first; i-- > 0 && t[i].line == t[first].line;) opens_line = opens_line && t[i].kind == TokenKind::kPunct;
    const Field* beside = nullptr;
    if (!opens_line && k > 0 && fields_[k - 1].value_end <= f.label_begin) {
      const std::string_view between =
          std::string_view(prompt_).substr(fields_[k - 1].value_end, f.label_begin - fields_[k - 1].value_end);
      const std::size_t prev = FirstTokenFrom(fields_[k - 1].label_begin);
      if (prev < t.size() && t[prev].line == t[first].line && !between.empty() &&
          between.find_first_not_of(" \t/|;,.") == std::string_view::npos && between.find_first_of("/|;,.") != std::string_view::npos) {
        beside = &fields_[k - 1];
      }
    }
    if (!opens_line && beside == nullptr) continue;
    std::size_t last = first;
    while (last < t.size() && t[last].line == t[first].line) ++last;
    // A label of its own in the value ("EDIT: City: Bodø", "Correction:
    // paid = yes") names the field; else the field on the line above.
    const std::size_t colon = f.value.find_first_of(":=");
    bool inner_label = colon != std::string::npos && colon > 0 && colon <= 40;
    for (std::size_t c = 0; inner_label && c < colon; ++c) {
      inner_label = IsAsciiAlpha(f.value[c]) || f.value[c] == ' ' || static_cast<unsigned char>(f.value[c]) >= 0x80;
    }
    const Field* above = inner_label ? nullptr : beside;
    if (!inner_label && above == nullptr && k > 0) {
      const std::size_t prev = FirstTokenFrom(fields_[k - 1].label_begin);
      if (prev < t.size() && t[prev].line + 1 == t[first].line) above = &fields_[k - 1];
    }
    if (!inner_label && above == nullptr) continue;
    ChangeNote note;
    note.sentence = {first, last};
    if (above != nullptr) {
      for (const std::string& w : above->label_words) AddNoteWord(w, &note.words);
      // ("Note book" also names notebook.)
      const std::vector<std::string> in_order = AsciiWords(above->label);
      for (std::size_t i = 0; i + 1 < in_order.size(); ++i) AddNoteWord(in_order[i] + in_order[i + 1], &note.words);
    }
    for (std::size_t i = first; i < last; ++i) {
      if (t[i].kind == TokenKind::kWord) AddNoteWord(t[i].norm, &note.words);
    }
    change_notes_.push_back(std::move(note));
  }
}

void SourceText::IndexTokens() {
  norm_hash_.assign(tokens_.size(), 0);
  canonical_hash_.assign(tokens_.size(), 0);
  canonical_.resize(tokens_.size());
  singular_.resize(tokens_.size());
  std::vector<bool> source(tokens_.size()), words(tokens_.size());
  const std::hash<std::string_view> hash;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (!t.in_source) continue;
    source[i] = true;
    norm_hash_[i] = hash(t.norm);
    if (t.kind == TokenKind::kNumber) number_tokens_.push_back(i);
    if (t.kind == TokenKind::kWord) {
      singular_[i] = vocab::Singular(t.norm);
      canonical_[i] = std::string(vocab::Canonical(singular_[i]));
      canonical_hash_[i] = hash(canonical_[i]);
      words[i] = true;
    }
  }
  // Token indices fit 32 bits for any prompt a request can carry; a larger
  // one is looked up by scanning (no index).
  if (tokens_.size() < kNoToken) {
    norm_index_.Build(norm_hash_, source);
    canonical_index_.Build(canonical_hash_, words);
  }
}

void SourceText::TokenIndex::Build(const std::vector<std::size_t>& hashes, const std::vector<bool>& include) {
  std::size_t slots = 16;
  while (slots < 2 * hashes.size()) slots *= 2;
  mask = slots - 1;
  head.assign(slots, kNoToken);
  next.assign(hashes.size(), kNoToken);
  // Last to first, each pushed in front: a slot's chain runs in text order.
  for (std::size_t i = hashes.size(); i-- > 0;) {
    if (!include[i]) continue;
    std::uint32_t& h = head[hashes[i] & mask];
    next[i] = h;
    h = static_cast<std::uint32_t>(i);
  }
}

void SourceText::NormPositions(std::string_view norm, std::vector<std::size_t>* out) const {
  out->clear();
  if (norm_index_.head.empty()) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].in_source && tokens_[i].norm == norm) out->push_back(i);
    }
    return;
  }
  const std::size_t h = std::hash<std::string_view>()(norm);
  for (std::uint32_t i = norm_index_.First(h); i != kNoToken; i = norm_index_.next[i]) {
    if (norm_hash_[i] == h && tokens_[i].norm == norm) out->push_back(i);
  }
}

std::vector<std::size_t> SourceText::CanonicalPositions(std::string_view canonical) const {
  std::vector<std::size_t> out;
  if (canonical_index_.head.empty()) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].in_source && tokens_[i].kind == TokenKind::kWord && canonical_[i] == canonical) out.push_back(i);
    }
    return out;
  }
  const std::size_t h = std::hash<std::string_view>()(canonical);
  for (std::uint32_t i = canonical_index_.First(h); i != kNoToken; i = canonical_index_.next[i]) {
    if (canonical_hash_[i] == h && canonical_[i] == canonical) out.push_back(i);
  }
  return out;
}

bool SourceText::InSource(std::size_t byte) const {
  for (const auto& [b, e] : source_) {
    if (byte >= b && byte < e) return true;
  }
  return false;
}

void SourceText::SplitParts() {
  std::string_view p = prompt_;
  std::vector<std::size_t> starts;
  std::vector<std::string_view> lines = SplitLines(p, &starts);
  auto end_of = [&](std::size_t line) { return starts[line] + lines[line].size(); };
  // 1. A fenced or triple-quoted block.
  for (std::string_view fence : {std::string_view("```"), std::string_view("\"\"\"")}) {
    std::size_t open = std::string_view::npos;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      if (Trim(lines[l]).substr(0, fence.size()) != fence) continue;
      if (open == std::string_view::npos) {
        open = l;
      } else {
        if (l > open + 1) source_.push_back({starts[open + 1], end_of(l - 1)});
        open = std::string_view::npos;
      }
    }
    if (!source_.empty()) return;
  }
  // 2. A marker line; the source runs to the end or to a trailing
  // instruction paragraph.
  for (std::size_t l = 0; l < lines.size(); ++l) {
    std::size_t inline_at = 0;
    if (!IsMarkerLine(lines[l], &inline_at)) continue;
    if (inline_at != std::string_view::npos && MarkerNounFieldAmongFields(lines, l, inline_at)) continue;
    std::size_t begin = inline_at == std::string_view::npos ? (l + 1 < lines.size() ? starts[l + 1] : p.size())
                                                            : starts[l] + inline_at;
    std::size_t end = p.size();
    for (std::size_t k = l + 1; k + 1 < lines.size(); ++k) {
      if (Trim(lines[k]).empty() && ReadsAsInstruction(lines[k + 1])) {
        end = starts[k];
        break;
      }
    }
    if (begin < end) {
      source_.push_back({begin, end});
      return;
    }
  }
  // 3. Paragraphs that do not read as instructions; else lines; else all.
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (Trim(lines[l]).empty()) continue;
    std::size_t k = l;
    while (k + 1 < lines.size() && !Trim(lines[k + 1]).empty()) ++k;
    paragraphs.push_back({l, k});
    l = k;
  }
  bool any_instruction = false;
  std::vector<std::pair<std::size_t, std::size_t>> src;
  for (const auto& [a, b] : paragraphs) {
    std::string_view text = p.substr(starts[a], end_of(b) - starts[a]);
    if (!ReadsAsInstruction(text)) {
      src.push_back({starts[a], end_of(b)});
      continue;
    }
    any_instruction = true;
    // "Return the employee's name as JSON.\nEmployee: Siv Aas\nDepartment:
    // HR": field lines under an instruction sentence are source text. Not
    // under one that announces a list ("Use these keys:"), and not lines that
    // speak of the output ("Fields: name, age", "Format: JSON").
    if (b > a && !Trim(lines[a]).empty() && Trim(lines[a]).back() != ':' && !ReadsAsInstruction(lines[a + 1])) {
      bool fields = true;
      for (std::size_t l = a + 1; l <= b && fields; ++l) fields = IsFieldLine(lines[l]);
      if (fields) src.push_back({starts[a + 1], end_of(b)});
    }
  }
  if (any_instruction && !src.empty()) {
    source_ = std::move(src);
    return;
  }
  src.clear();
  any_instruction = false;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (Trim(lines[l]).empty()) continue;
    if (ReadsAsInstruction(lines[l])) any_instruction = true;
    else src.push_back({starts[l], end_of(l)});
  }
  if (any_instruction && !src.empty()) {
    source_ = std::move(src);
    return;
  }
  source_.push_back({0, p.size()});
}

void SourceText::AddTableRow(const std::vector<std::pair<std::size_t, std::size_t>>& header,
                             const std::vector<std::pair<std::size_t, std::size_t>>& row) {
  for (std::size_t c = 0; c < row.size(); ++c) {
    Field f;
    std::string_view label = std::string_view(prompt_).substr(header[c].first, header[c].second - header[c].first);
    std::string_view value = std::string_view(prompt_).substr(row[c].first, row[c].second - row[c].first);
    f.label = NormalizeText(label);
    f.label_words = LabelWords(label);
    // The header names the column; the row's own span is the field.
    f.label_begin = row[c].first;
    f.label_end = row[c].first;
    f.value_begin = row[c].first;
    f.value_end = row[c].second;
    f.value = NormalizeText(value);
    if (!f.label_words.empty()) fields_.push_back(std::move(f));
  }
}

void SourceText::FindTables() {
  // "| Product | Price |" then "|---|---|" then rows: each row a record of
  // fields named by the header cells. (A source split by lines spans
  // several ranges; the header carries over between them.)
  std::vector<std::pair<std::size_t, std::size_t>> header;
  for (const auto& [sb, se] : source_) {
    std::string_view src = std::string_view(prompt_).substr(sb, se - sb);
    std::vector<std::size_t> starts;
    std::vector<std::string_view> lines = SplitLines(src, &starts);
    auto cells = [](std::string_view line, std::size_t base) {
      std::vector<std::pair<std::size_t, std::size_t>> out;  // trimmed cell spans
      std::string_view t = Trim(line);
      if (t.size() < 3 || t.front() != '|' || t.back() != '|') return out;
      const std::size_t off = static_cast<std::size_t>(t.data() - line.data());
      std::size_t from = 1;
      for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i] != '|') continue;
        std::string_view cell = t.substr(from, i - from);
        std::size_t b = 0, e = cell.size();
        while (b < e && IsSpace(cell[b])) ++b;
        while (e > b && IsSpace(cell[e - 1])) --e;
        out.push_back({base + off + from + b, base + off + from + e});
        from = i + 1;
      }
      return out;
    };
    for (std::size_t l = 0; l < lines.size(); ++l) {
      auto row = cells(lines[l], sb + starts[l]);
      if (row.empty()) {
        if (!Trim(lines[l]).empty()) header.clear();
        continue;
      }
      std::string_view first = std::string_view(prompt_).substr(row[0].first, row[0].second - row[0].first);
      if (!first.empty() && first.find_first_not_of("-: ") == std::string_view::npos) continue;  // |---|
      if (header.empty()) {
        header = row;
        continue;
      }
      if (row.size() != header.size()) continue;
      AddTableRow(header, row);
    }
  }
}

void SourceText::FindDelimitedTables() {
  // "name,tenure,age" then "Siv Aas,34,30": a header line of two or more
  // short label cells split by ',', ';' or a tab, then rows with as many
  // cells split by the same byte; each row a record of fields named by the
  // header cells, as in a Markdown table. A cell in double quotes may hold
  // the delimiter.
  auto split = [](std::string_view line, std::size_t base, char delim) {
    std::vector<std::pair<std::size_t, std::size_t>> out;  // trimmed cell spans, quotes dropped
    std::size_t from = 0;
    bool quoted = false;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && line[i] == '"') quoted = !quoted;
      if (i < line.size() && (quoted || line[i] != delim)) continue;
      std::size_t b = from, e = i;
      while (b < e && IsSpace(line[b])) ++b;
      while (e > b && IsSpace(line[e - 1])) --e;
      if (e - b >= 2 && line[b] == '"' && line[e - 1] == '"') ++b, --e;
      out.push_back({base + b, base + e});
      from = i + 1;
    }
    return out;
  };
  auto header_cells = [&](std::string_view line, std::size_t base, char delim) {
    std::vector<std::pair<std::size_t, std::size_t>> cells;
    if (line.find(':') != std::string_view::npos || (delim != '|' && line.find('|') != std::string_view::npos)) return cells;
    // (A '|' table with its outer bars is FindTables'.)
    const std::string_view trimmed = Trim(line);
    if (delim == '|' && (trimmed.empty() || trimmed.front() == '|' || trimmed.back() == '|')) return cells;
    cells = split(line, base, delim);
    bool ok = cells.size() >= 2;
    for (const auto& [b, e] : cells) {
      std::string_view cell = std::string_view(prompt_).substr(b, e - b);
      std::size_t words = 0;
      bool in_word = false;
      for (char c : cell) {
        const bool letter = IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
        ok = ok && (letter || c == ' ' || c == '_' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/' ||
                    c == '\'');
        words += letter && !in_word;
        in_word = letter;
      }
      ok = ok && words >= 1 && words <= 4;
    }
    if (!ok) cells.clear();
    return cells;
  };
  // The source's lines in order, across its ranges (a source read line by
  // line is one range per line).
  std::vector<std::string_view> lines;
  std::vector<std::size_t> starts;
  for (const auto& [sb, se] : source_) {
    std::vector<std::size_t> range_starts;
    std::vector<std::string_view> range_lines = SplitLines(std::string_view(prompt_).substr(sb, se - sb), &range_starts);
    for (std::size_t i = 0; i < range_lines.size(); ++i) {
      lines.push_back(range_lines[i]);
      starts.push_back(sb + range_starts[i]);
    }
  }
  // A header line of label cells over a row with another number of cells
  // split by the same byte ('|' too, its outer bars dropped): the row's
  // cells are not known to stand under the header's labels.
  for (std::size_t l = 0; l + 1 < lines.size(); ++l) {
    for (char delim : {',', ';', '\t', '|'}) {
      auto bare = [&](std::size_t k, std::size_t* base) {
        std::string_view line = lines[k];
        *base = starts[k];
        if (delim != '|') return line;
        const std::size_t lead = line.find_first_not_of(" \t");
        if (lead != std::string_view::npos && line[lead] == '|') {
          *base += lead + 1;
          line.remove_prefix(lead + 1);
        }
        const std::size_t last = line.find_last_not_of(" \t");
        if (last != std::string_view::npos && line[last] == '|') line = line.substr(0, last);
        return line;
      };
      std::size_t header_base = 0;
      const std::string_view header_line = bare(l, &header_base);
      if (delim == '|' && (header_line.find(':') != std::string_view::npos || header_line.find('|') == std::string_view::npos)) {
        continue;
      }
      std::vector<std::pair<std::size_t, std::size_t>> header;
      if (delim == '|') {
        header = split(header_line, header_base, delim);
        bool labels = header.size() >= 2;
        for (const auto& [b, e] : header) {
          const std::string_view cell = std::string_view(prompt_).substr(b, e - b);
          labels = labels && !cell.empty() && cell.find_first_of("0123456789") == std::string_view::npos;
        }
        if (!labels) continue;
      } else {
        header = header_cells(lines[l], starts[l], delim);
        // (Two cells split by a comma are as often a clause of prose.)
        if (header.empty() || (delim == ',' && header.size() < 3)) continue;
      }
      for (std::size_t k = l + 1; k < lines.size(); ++k) {
        if (Trim(lines[k]).empty()) break;
        std::size_t row_base = 0;
        const std::string_view row_line = bare(k, &row_base);
        if (row_line.find_first_not_of("-:| \t") == std::string_view::npos) continue;  // a Markdown rule
        if (row_line.find(": ") != std::string_view::npos) break;  // "Label: value" lines, no row
        const auto row = split(row_line, row_base, delim);
        if (row.size() < 2) break;
        // (A '|' row with an empty or placeholder cell too: "Tor
        // Bakke||Bergen|Tromso", "SK4035|-|Bergen|Stavanger" are read as
        // pipes that fold the cell away.)
        // (So is a cell of marks only: "*", "/", "#", "+", one sign past
        // ASCII ("\u2022"); and a placeholder in emphasis: "*TBD*", "`n/a`".)
        bool empty_cell = false;
        for (const auto& [b, e] : row) {
          std::string_view cell = std::string_view(prompt_).substr(b, e - b);
          const bool ascii = std::none_of(cell.begin(), cell.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
          const bool marks_only = (ascii || cell.size() <= 4) &&
                                  std::none_of(cell.begin(), cell.end(), [](char c) { return IsAsciiAlpha(c) || IsDigit(c); });
          while (cell.size() >= 2 && cell.front() == cell.back() && (cell.front() == '*' || cell.front() == '_' || cell.front() == '`')) {
            cell = cell.substr(1, cell.size() - 2);
          }
          // (A list's marker, "1.", "a)", or a bullet before a placeholder,
          // "* TBD".)
          const bool marker = cell.size() >= 2 && cell.size() <= 3 && (cell.back() == '.' || cell.back() == ')') &&
                              (std::all_of(cell.begin(), cell.end() - 1, [](char c) { return IsDigit(c); }) ||
                               (cell.size() == 2 && IsAsciiAlpha(cell[0])));
          if (cell.size() > 2 && (cell[0] == '*' || cell[0] == '-' || cell[0] == '+') && cell[1] == ' ') cell = Trim(cell.substr(2));
          for (std::string_view bullet : {std::string_view("\xE2\x80\xA2"), std::string_view("\xE2\x96\xAA")}) {
            if (cell.size() > bullet.size() && cell.substr(0, bullet.size()) == bullet) cell = Trim(cell.substr(bullet.size()));
          }
          // (And an HTML character reference alone: "&nbsp;", "&mdash;".)
          const bool entity = cell.size() >= 3 && cell.front() == '&' && cell.back() == ';' &&
                              cell.find(' ') == std::string_view::npos;
          empty_cell = empty_cell || (delim == '|' && (marks_only || marker || entity || vocab::IsPlaceholder(cell)));
        }
        if (row.size() != header.size() || empty_cell) {
          broken_rows_.push_back({starts[k], starts[k] + lines[k].size(), starts[l], starts[l] + lines[l].size()});
        }
      }
      break;
    }
  }
  // ("name|vehicle|car": a '|' table without its outer bars, read the same
  // way.)
  for (std::size_t l = 0; l + 1 < lines.size(); ++l) {
    for (char delim : {',', ';', '\t', '|'}) {
      auto header = header_cells(lines[l], starts[l], delim);
      if (header.empty()) continue;
      std::size_t k = l + 1;
      for (; k < lines.size(); ++k) {
        if (Trim(lines[k]).empty()) break;
        auto row = split(lines[k], starts[k], delim);
        if (row.size() != header.size()) break;
        // Two cells of words only ("Jonas Berg, Oslo" under "Anna Holm,
        // Bergen") read as prose, not a table.
        bool digit = false;
        for (char c : lines[k]) digit = digit || IsDigit(c);
        if (header.size() < 3 && !digit) break;
        AddTableRow(header, row);
      }
      if (k > l + 1) {
        l = k - 1;
        break;
      }
    }
  }
}

std::string_view SourceText::SectionHeading(std::string_view line, std::size_t base) const {
  // A Markdown heading of a few words ("## Return address") over a "Label:
  // value" line, or a line of a few words over indented ones ("Invoice
  // address" then "    Postcode: 5003"). ("## Unpaid" below the record, or
  // a lone "# UNPAID INVOICE" heading, are read as the text's words.)
  if (line.find(':') != std::string_view::npos) return {};
  const std::size_t lead = line.find_first_not_of(" \t");
  if (lead == std::string_view::npos) return {};
  std::size_t hashes = lead;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  const bool markdown = hashes > lead && hashes - lead <= 6 && hashes < line.size() && line[hashes] == ' ';
  std::size_t k = base + line.size();
  if (markdown) {
    while (k < prompt_.size() && (prompt_[k] == '\n' || prompt_[k] == '\r' || prompt_[k] == ' ' || prompt_[k] == '\t')) ++k;
  } else {
    ++k;  // the next line, indented deeper
    if (line.find_first_of(".,;!?()[]{}|=") != std::string_view::npos || AsciiWords(line).size() > 4) return {};
    hashes = lead;
  }
  if (k >= prompt_.size() || !InSource(k)) return {};
  const std::string_view next = std::string_view(prompt_).substr(k, std::min(prompt_.size(), prompt_.find('\n', k)) - k);
  if (next.find(':') == std::string_view::npos) return {};
  if (!markdown) {
    const std::size_t next_lead = next.find_first_not_of(" \t");
    if (next_lead == std::string_view::npos || next_lead <= lead) return {};
  }
  const std::string_view text = Trim(line.substr(hashes));
  const std::size_t words = AsciiWords(text).size();
  return words >= 1 && words <= 6 ? text : std::string_view();
}

void SourceText::FindFields() {
  FindTables();
  FindDelimitedTables();
  std::size_t headings = 0;
  for (const auto& [sb, se] : source_) {
    std::vector<std::size_t> starts;
    const std::vector<std::string_view> lines = SplitLines(std::string_view(prompt_).substr(sb, se - sb), &starts);
    for (std::size_t l = 0; l < lines.size(); ++l) headings += !SectionHeading(lines[l], sb + starts[l]).empty();
  }
  // "Label: value" pieces: a line, or the parts of a line split at '|', ';',
  // tabs, or ", Label:" where another label follows.
  for (const auto& [sb, se] : source_) {
    std::string_view src = std::string_view(prompt_).substr(sb, se - sb);
    std::vector<std::size_t> starts;
    std::vector<std::string_view> lines = SplitLines(src, &starts);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      std::string_view line = lines[l];
      std::size_t base = sb + starts[l];
      // A section heading heads the fields below it as "Return address:"
      // would: a record of its own, where the text has two or more or the
      // instruction names it ("the city of the delivery address").
      {
        const std::string_view text = SectionHeading(line, base);
        bool named = !text.empty();
        for (const std::string& w : AsciiWords(text)) {
          named = named && std::find(instruction_words_.begin(), instruction_words_.end(), w) != instruction_words_.end();
        }
        if (!text.empty() && (headings >= 2 || named)) {
          Field f;
          f.label = NormalizeText(text);
          f.label_words = LabelWords(text);
          f.label_begin = base + static_cast<std::size_t>(text.data() - line.data());
          f.label_end = f.label_begin + text.size();
          f.value_begin = f.value_end = f.label_end;
          fields_.push_back(std::move(f));
          continue;
        }
      }
      std::vector<std::pair<std::size_t, std::size_t>> pieces;
      std::size_t from = 0;
      // "host=db.local port_old=5432 port=6432": key=value words, cut at spaces.
      const bool key_values = KeyValueLine(line);
      for (std::size_t i = 0; i <= line.size(); ++i) {
        bool cut = i == line.size() || line[i] == '|' || line[i] == ';' || line[i] == '\t' ||
                   (key_values && line[i] == ' ') ||
                   (line[i] == '/' && i > 0 && line[i - 1] == ' ' && i + 1 < line.size() && line[i + 1] == ' ');
        const bool sentence_end = line[i] == '.' && i + 1 < line.size() && line[i + 1] == ' ';
        if (!cut && (line[i] == ',' || sentence_end)) {
          // ", Label:" or ". Label:" — at most four words and a colon follow.
          std::size_t colon = line.find(':', i);
          // An initial ("R. Mendes") is no sentence end.
          const bool initial = sentence_end && i >= 1 && IsAsciiAlpha(line[i - 1]) &&
                               (i == 1 || !IsWordByte(line[i - 2]));
          if (colon != std::string_view::npos && !initial) {
            std::string_view between = line.substr(i + 1, colon - i - 1);
            std::vector<std::string> w = AsciiWords(between);
            // After a sentence's end, a label that starts with a capital may
            // hold a date ("... 400. Balance on 1 June: 250").
            const std::string_view trimmed = Trim(between);
            const bool sentence_label = sentence_end && !trimmed.empty() && trimmed.front() >= 'A' &&
                                        trimmed.front() <= 'Z' && w.size() <= 6 &&
                                        between.find_first_of("|;,\t") == std::string_view::npos;
            const bool crosses = between.find_first_of("0123456789|;,\t") != std::string_view::npos;
            cut = !w.empty() && ((w.size() <= 4 && !crosses) || sentence_label);
          }
        }
        if (cut) {
          pieces.push_back({from, i});
          from = i + 1;
        }
      }
      for (const auto& [a, b] : pieces) {
        std::string_view piece = line.substr(a, b - a);
        // The label ends at the first ':' (or " - " / " = ").
        std::size_t sep = piece.find(':');
        std::size_t sep_len = 1;
        if (sep == std::string_view::npos) {
          sep = piece.find(" - ");
          sep_len = 3;
          if (sep == std::string_view::npos) {
            sep = piece.find(" = ");
          }
          if (sep == std::string_view::npos && key_values) {
            sep = piece.find('=');
            sep_len = 1;
          }
          if (sep == std::string_view::npos) {
            sep = OneKeyValueSeparator(piece);
            sep_len = 1;
          }
        }
        if (sep == std::string_view::npos || sep == 0) continue;
        std::string_view label = piece.substr(0, sep);
        std::string_view value = piece.substr(sep + sep_len);
        // Strip list markers and step labels before the label.
        std::size_t lb = 0;
        while (lb < label.size() && (IsSpace(label[lb]) || label[lb] == '-' || label[lb] == '*' || label[lb] == '#' ||
                                     label[lb] == '[' || label[lb] == '{')) {
          ++lb;
        }
        // "2) Name:", "(3) Name:", "4. Name:" — a numbered list item, not the label.
        {
          std::size_t d = lb;
          if (d < label.size() && label[d] == '(') ++d;
          const std::size_t digits = d;
          while (d < label.size() && IsDigit(label[d])) ++d;
          if (d > digits && d < label.size() && (label[d] == ')' || label[d] == '.') && d + 1 < label.size() &&
              label[d + 1] == ' ') {
            lb = d + 2;
          }
        }
        std::string_view label_text = Trim(label.substr(lb));
        // JSON written into the text ('{"name": "Al", "age": 31}'): the key
        // without its quotes, the value without its quotes and closing brackets.
        const bool json_key = label_text.size() > 2 && label_text.front() == '"' && label_text.back() == '"';
        if (json_key) {
          label_text = label_text.substr(1, label_text.size() - 2);
          value = Trim(value);
          while (!value.empty() && (value.back() == '}' || value.back() == ']' || IsSpace(value.back()))) {
            value.remove_suffix(1);
          }
          if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        }
        std::vector<std::string> lw = AsciiWords(label_text);
        if (lw.empty() || lw.size() > 6) continue;
        // A value ends with its sentence: "Vendor: Acme Ltd., 4 Main St. Billed
        // to ..." holds "Acme Ltd., 4 Main St" (abbreviations do not end it).
        for (std::size_t d = value.find(". "); d != std::string_view::npos; d = value.find(". ", d + 1)) {
          if (d + 2 >= value.size() || !(value[d + 2] >= 'A' && value[d + 2] <= 'Z')) continue;
          std::size_t w = d;
          while (w > 0 && IsAsciiAlpha(value[w - 1])) --w;
          std::string word;
          for (std::size_t k = w; k < d; ++k) word += Lower(value[k]);
          static const char* const kAbbrev[] = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "ltd", "inc",
                                                "co", "corp", "no", "vs", "etc", "approx", "dept", "ave", "rd", "e",
                                                "g", "i"};
          // An initial ("R. Mendes") does not end a sentence either.
          bool abbrev = word.size() == 1 && (w == 0 || !IsDigit(value[w - 1]));
          for (const char* a : kAbbrev) abbrev = abbrev || word == a;
          if (!abbrev) {
            value = value.substr(0, d);
            break;
          }
        }
        std::string_view vtrim = Trim(value);
        // A record quoted as a whole ("Name: A | City: B") leaves its quotes
        // on the first label and the last value: they belong to neither.
        auto unquote = [](std::string_view v, bool front) {
          static const std::string_view kQuotes[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "`"};
          for (std::string_view q : kQuotes) {
            if (front && v.substr(0, q.size()) == q && v.find(q, q.size()) == std::string_view::npos) {
              return v.substr(q.size());
            }
            // (Not a mark right after a number: "Nights: 3'", "Length: 90\""
            // end in a prime, minutes or inches, which the value keeps; a
            // code's last digit, "Badge: R1\"", is no number.)
            const bool prime = q.size() == 1 && v.size() >= 2 &&
                               std::all_of(v.begin(), v.end() - 1, [](char c) {
                                 return IsDigit(c) || c == '.' || c == ',' || c == ' ';
                               }) &&
                               IsDigit(v[v.size() - 2]);
            if (!front && v.size() >= q.size() && v.substr(v.size() - q.size()) == q &&
                v.find(q) == v.size() - q.size() && !prime) {
              return v.substr(0, v.size() - q.size());
            }
          }
          return v;
        };
        // A value wrapped whole in a pair of quotation marks or brackets
        // ("\xC2\xABJon Berg\xC2\xBB", "\xE3\x80\x8COsaka\xE3\x80\x8D",
        // "\xE2\x80\x9CDune\xE2\x80\x9D") is the words inside them.
        static const std::pair<std::string_view, std::string_view> kPairs[] = {
            {"\"", "\""},         {"'", "'"},
            {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE2\x80\x98", "\xE2\x80\x99"},
            {"\xC2\xAB", "\xC2\xBB"},         {"\xC2\xBB", "\xC2\xAB"},
            {"\xE2\x80\xB9", "\xE2\x80\xBA"}, {"\xE2\x80\xBA", "\xE2\x80\xB9"},
            {"\xE2\x80\x9E", "\xE2\x80\x9C"}, {"\xE2\x80\x9E", "\xE2\x80\x9D"},
            {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"},
            {"\xE3\x80\x8A", "\xE3\x80\x8B"}, {"\xE3\x80\x88", "\xE3\x80\x89"},
            {"\xE2\x9F\xA8", "\xE2\x9F\xA9"}};
        for (const auto& [open, close] : kPairs) {
          if (vtrim.size() > open.size() + close.size() && vtrim.substr(0, open.size()) == open &&
              vtrim.substr(vtrim.size() - close.size()) == close) {
            const std::string_view inside = vtrim.substr(open.size(), vtrim.size() - open.size() - close.size());
            if (inside.find(open) == std::string_view::npos && inside.find(close) == std::string_view::npos) {
              vtrim = Trim(inside);
            }
            break;
          }
        }
        vtrim = Trim(unquote(vtrim, false));
        label = unquote(Trim(label), true);
        // A time "10:30" or a URL is no label; "Customer 2:" is a header.
        if (label_text.find("//") != std::string_view::npos || value.substr(0, 2) == "//") continue;
        if (IsDigit(label_text.back()) && !vtrim.empty() && IsDigit(vtrim.front())) continue;
        bool any_letter = false;
        for (char c : label_text) any_letter = any_letter || IsAsciiAlpha(c);
        if (!any_letter) continue;
        Field f;
        f.label = NormalizeText(label_text);
        f.label_words = LabelWords(label_text);
        f.label_begin = base + a + static_cast<std::size_t>(label_text.data() - piece.data());
        f.label_end = f.label_begin + label_text.size();
        f.value_begin = vtrim.empty() ? base + a + sep + sep_len
                                      : base + a + static_cast<std::size_t>(vtrim.data() - piece.data());
        f.value_end = f.value_begin + vtrim.size();
        f.value = NormalizeText(vtrim);
        fields_.push_back(std::move(f));
      }
    }
  }
  ExtendValuesOverMarks();
}

// Marks only, no letter or digit, short: "+", "++", "(+)", "~", ">", "+/-",
// "\u2265". Not a Markdown rule or fence ("---", "***", "```"), nor closing
// brackets, quotes or bars ("}", "\")", the '|' that ends a one-line
// record's cell: "Name: Ana | Age: 40 |"), which end what the value stood in.
static bool MarksOnly(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 8) return false;
  for (char c : s) {
    if (IsAsciiAlpha(c) || IsDigit(c)) return false;
  }
  if (s.size() >= 3 && s.find_first_not_of(s[0]) == std::string_view::npos && std::strchr("-=*_~#`", s[0])) {
    return false;
  }
  if (s.substr(0, 3) == "```" || s.substr(0, 3) == "~~~") return false;
  return s.find_first_not_of("}])\"'`,|") != std::string_view::npos;
}

void SourceText::ExtendValuesOverMarks() {
  // "Age: 40" then a line "+", or "Age: 40\t+": marks the value goes on
  // with ("40+": a lower bound), which a field read to its line's end or
  // tab would leave out. The value takes them in.
  for (Field& f : fields_) {
    if (f.value_begin == f.value_end) continue;
    const std::size_t eol = std::min(prompt_.size(), prompt_.find('\n', f.value_end));
    std::string_view rest = std::string_view(prompt_).substr(f.value_end, eol - f.value_end);
    std::size_t end = 0;
    if (!Trim(rest).empty()) {
      if (!MarksOnly(rest)) continue;
      end = f.value_end + rest.find_last_not_of(" \t\r") + 1;
    } else if (eol < prompt_.size()) {
      const std::size_t next_end = std::min(prompt_.size(), prompt_.find('\n', eol + 1));
      const std::string_view next = std::string_view(prompt_).substr(eol + 1, next_end - eol - 1);
      if (!MarksOnly(next) || !InSource(eol + 1 + next.find_first_not_of(" \t\r"))) continue;
      end = eol + 1 + next.find_last_not_of(" \t\r") + 1;
    } else {
      continue;
    }
    f.value_end = end;
    f.value = NormalizeText(std::string_view(prompt_).substr(f.value_begin, f.value_end - f.value_begin));
  }
}

void SourceText::FindRecords() {
  // A header (a field with no value: "Customer 2:", "Sender:") or a label
  // already seen in the current record starts a new record.
  records_.push_back(Record{"", source_.empty() ? 0 : source_.front().first, prompt_.size()});
  std::set<std::string> seen;
  std::map<std::string, std::size_t> seen_at;  // where each label was last seen
  std::string first_label;                     // the current record's first
  bool headers = false;
  std::size_t previous_end = 0;  // where the previous field's value ends
  for (Field& f : fields_) {
    const bool header = f.value.empty();
    // A label again on the line that already has it ("Flight: SK4035 |
    // Flight: SK4037 (current)", "Phone: 912 | Member no: 5 | Phone: 913"):
    // a second value of the same record, not a record of its own - unless
    // it is the label the record opened with ('[{"name": "Lea", "age": 52},
    // {"name": "Kim", "age": 38}]', "Name: A | Age: 3 | Name: B | Age: 5").
    const auto last = seen_at.find(f.label);
    const bool same_line = last != seen_at.end() && prompt_.find('\n', last->second) >= f.label_begin &&
                           f.label != first_label;
    if (!header) seen_at[f.label] = f.label_begin;
    if (header || (seen.count(f.label) && !same_line)) {
      const bool fresh = header ? !seen.empty() || records_.back().header.size() : true;
      if (fresh) {
        // Lines between the previous field and this one ("## Current
        // record", "Second customer") head the new record.
        std::size_t begin = f.label_begin;
        if (!header && previous_end > 0) {
          const std::size_t eol = prompt_.find('\n', previous_end);
          if (eol != std::string::npos && eol + 1 < begin) begin = eol + 1;
        }
        records_.back().end = begin;
        records_.push_back(Record{"", begin, prompt_.size()});
        seen.clear();
      }
      if (header) {
        records_.back().header = f.label;
        headers = true;
      }
    }
    if (!header) seen.insert(f.label);
    if (!header && seen.size() == 1) first_label = f.label;
    f.record = records_.size() - 1;
    previous_end = std::max(previous_end, header ? f.label_end : f.value_end);
  }
  // A header before any field opens the first record: drop the empty
  // record in front of it.
  if (records_.size() > 1 && headers && records_.front().header.empty()) {
    bool empty = true;
    for (const Field& f : fields_) empty = empty && f.record != 0;
    if (empty) {
      records_.erase(records_.begin());
      for (Field& f : fields_) --f.record;
    }
  }
  // Headers alone (no repeated label, no field) do not make several records.
  std::size_t with_values = 0;
  for (std::size_t r = 0; r < records_.size(); ++r) {
    bool any = false;
    for (const Field& f : fields_) any = any || (f.record == r && !f.value.empty());
    with_values += any;
  }
  if (with_values <= 1) {
    records_.resize(1);
    records_[0].begin = source_.empty() ? 0 : source_.front().first;
    records_[0].end = prompt_.size();
    for (Field& f : fields_) f.record = 0;
  }
  // A record with no header that opens with another label than the first,
  // a label the record before it holds, and no word before it but markup
  // ("Paid: no\nPaid: yes", "<del>\nPaid: no\n</del>\nPaid: yes") gives
  // values of that record again (RecordOwner). ("Outbound\nFlight no.: ..."
  // then "Back\nFlight no.: ..." are two records, each under its words.)
  record_opening_.assign(records_.size(), nullptr);
  for (const Field& f : fields_) {
    if (!f.value.empty() && f.record < record_opening_.size() && record_opening_[f.record] == nullptr) {
      record_opening_[f.record] = &f;
    }
  }
  const std::vector<const Field*>& opening = record_opening_;
  record_owner_.resize(records_.size());
  for (std::size_t r = 0; r < records_.size(); ++r) {
    record_owner_[r] = r;
    if (r == 0 || !records_[r].header.empty() || opening[r] == nullptr || opening[0] == nullptr ||
        opening[r]->label == opening[0]->label) {
      continue;
    }
    const std::size_t owner = record_owner_[r - 1];
    const bool held = std::any_of(fields_.begin(), fields_.end(), [&](const Field& f) {
      return f.record == owner && !f.value.empty() && f.label == opening[r]->label;
    });
    bool words = false, in_tag = false;
    for (std::size_t i = records_[r].begin; i < opening[r]->label_begin && i < prompt_.size() && !words; ++i) {
      const char c = prompt_[i];
      if (c == '<') in_tag = true;
      if (!in_tag && (IsAsciiAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80)) words = true;
      if (c == '>') in_tag = false;
    }
    if (held && !words) record_owner_[r] = owner;
  }
}

void SourceText::ReadSelection() {
  const std::vector<std::string>& iw = instruction_words_;
  for (std::size_t i = 0; i < iw.size() && !selects_; ++i) {
    if (vocab::OrdinalValue(iw[i]) == 0) continue;
    const std::string next = i + 1 < iw.size() ? iw[i + 1] : "";
    const std::string after = i + 2 < iw.size() ? iw[i + 2] : "";
    // "the second line" of a text is no record; "the second line item" is.
    const bool line_item = next == "line" && (after == "item" || after == "items");
    selects_ = line_item || !(next == "name" || next == "names" || next == "line" || next == "step" || next == "word");
  }
  if (records_.size() <= 1) return;
  const std::vector<std::string>& words = instruction_words_;
  // Ordinals first: "the second customer", "record 2", "the last one".
  std::optional<std::size_t> ordinal;
  for (std::size_t i = 0; i < words.size(); ++i) {
    int n = vocab::OrdinalValue(words[i]);
    if (n == 0 && i > 0 && (words[i - 1] == "record" || words[i - 1] == "entry" || words[i - 1] == "no" ||
                            words[i - 1] == "number" || words[i - 1] == "item")) {
      double v = 0;
      auto [p, ec] = std::from_chars(words[i].data(), words[i].data() + words[i].size(), v);
      if (ec == std::errc() && v >= 1 && v <= 64 && v == std::floor(v)) n = static_cast<int>(v);
    }
    if (n == 0) continue;
    // "the one before last", "last but one": not the last.
    if (n < 0 && ((i > 0 && words[i - 1] == "before") || (i + 1 < words.size() && words[i + 1] == "but"))) return;
    // "The first row above is an example.", "Ignore the first row", "Skip
    // row 1 (a sample)": the ordinal names a record that is not the one to
    // extract, or says something else of it. Read as no selection.
    static const vocab::WordSet kNotThisOne = {
        "example", "examples", "sample", "samples", "template", "demo", "dummy", "test", "placeholder", "mock",
        "fake", "illustration", "ignore", "ignored", "skip", "skipped", "disregard", "exclude", "excluding",
        "except", "besides", "other", "instead"};
    for (std::size_t k = i >= 5 ? i - 5 : 0; k < words.size() && k <= i + 5; ++k) {
      if (kNotThisOne.Has(words[k])) return;
    }
    // ("not the first one", "never the second")
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      if (vocab::IsNegation(words[k])) return;
    }
    // (Counted over the records that hold values: "Bookings:" over "Booking
    // B-92:" and "Booking B-84:" heads no record of its own.)
    std::vector<std::size_t> valued;
    for (std::size_t r = 0; r < records_.size(); ++r) {
      if (record_opening_[r] != nullptr) valued.push_back(r);
    }
    const std::size_t k = n < 0 ? valued.size() - 1 : static_cast<std::size_t>(n - 1);
    if (valued.empty() || k >= valued.size()) return;  // names a record the text lacks: unreadable
    const std::size_t index = valued[k];
    if (ordinal && *ordinal != index) return;  // two different ordinals
    ordinal = index;
  }
  if (ordinal) {
    selected_ = ordinal;
    return;
  }
  // Else the record whose header or values the instruction names (and does
  // not negate) more than any other.
  // Words that name a field ("age", "city") ask what to extract, not which
  // record: a table's header line would otherwise count for its first row,
  // and a line that repeats one label ("Paid: no" and, later, "Paid: yes")
  // would leave its value to the record that holds the other labels the
  // instruction names (round 218). ("Sender:" over one record, a header,
  // still selects it.)
  std::set<std::string> labels;
  for (const Field& f : fields_) {
    if (f.value.empty()) continue;
    labels.insert(f.label_words.begin(), f.label_words.end());
  }
  std::set<std::string> wanted, negated;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // (Label words are singular: "nights" over a "nights" column is "night".)
    if (vocab::IsFiller(words[i]) || vocab::IsInstructionWord(words[i]) || labels.count(words[i]) != 0 ||
        labels.count(instruction_singular_[i]) != 0) {
      continue;
    }
    bool neg = false;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) neg = neg || vocab::IsNegation(words[k]);
    (neg ? negated : wanted).insert(words[i]);
  }
  std::vector<int> score(records_.size(), 0);
  for (std::size_t r = 0; r < records_.size(); ++r) {
    std::set<std::string> in_record;
    for (const std::string& w : AsciiWords(records_[r].header)) in_record.insert(w);
    for (const Token& t : tokens_) {
      if (t.in_source && t.begin >= records_[r].begin && t.begin < records_[r].end && t.kind != TokenKind::kPunct) {
        in_record.insert(t.norm);
      }
    }
    for (const std::string& w : wanted) score[r] += in_record.count(w) ? 1 : 0;
    for (const std::string& w : negated) score[r] -= in_record.count(w) ? 1 : 0;
  }
  int best = 0;
  std::size_t best_r = 0, ties = 0;
  for (std::size_t r = 0; r < score.size(); ++r) {
    if (score[r] > best) {
      best = score[r];
      best_r = r;
      ties = 1;
    } else if (score[r] == best && best > 0) {
      ++ties;
    }
  }
  if (best > 0 && ties == 1) selected_ = best_r;
}

std::string_view SourceText::BrokenRowHeader(std::size_t at) const {
  for (const auto& [b, e, hb, he] : broken_rows_) {
    if (at >= b && at < e) return std::string_view(prompt_).substr(hb, he - hb);
  }
  return {};
}

std::vector<std::pair<std::size_t, std::size_t>> SourceText::FindInSource(std::string_view value) const {
  return FindInSource(Tokenize(value));
}

std::vector<std::pair<std::size_t, std::size_t>> SourceText::FindInSource(const std::vector<Token>& want) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  FindInSource(want, &out);
  return out;
}

void SourceText::FindInSource(const std::vector<Token>& want,
                              std::vector<std::pair<std::size_t, std::size_t>>* spans) const {
  std::vector<std::pair<std::size_t, std::size_t>>& out = *spans;
  out.clear();
  if (want.empty()) return;
  const std::size_t first = std::hash<std::string_view>()(want[0].norm);
  auto match_at = [&](std::size_t i) {
    if (i + want.size() > tokens_.size() || norm_hash_[i] != first) return;  // not the first token's norm
    bool ok = true;
    for (std::size_t k = 0; k < want.size() && ok; ++k) {
      const Token& t = tokens_[i + k];
      // Tokens glued together in the value ("a.b@c") must be glued in the text.
      ok = t.in_source && t.kind == want[k].kind && t.norm == want[k].norm &&
           (k == 0 || t.space_before == want[k].space_before);
    }
    if (!ok) return;
    if (out.empty()) out.reserve(4);  // (a value stated a few times: one block, no regrowth)
    out.push_back({i, i + want.size()});
  };
  if (norm_index_.head.empty()) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) match_at(i);
  } else {
    // Only source tokens are indexed: a match needs its first token in the source.
    for (std::uint32_t i = norm_index_.First(first); i != kNoToken; i = norm_index_.next[i]) match_at(i);
  }
}

std::vector<std::pair<std::size_t, std::size_t>> SourceText::FindNumberInSource(double value) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  FindNumberInSource(value, &out);
  return out;
}

void SourceText::FindNumberInSource(double value, std::vector<std::pair<std::size_t, std::size_t>>* spans) const {
  std::vector<std::pair<std::size_t, std::size_t>>& out = *spans;
  out.clear();
  for (std::size_t i : number_tokens_) {
    const Token& t = tokens_[i];
    // "pages 3 - 5" names 5: a sign read as a minus between numbers.
    if (t.number == value || (t.number == -value && t.norm[0] == '-' && t.space_before)) {
      if (out.empty()) out.reserve(4);
      out.push_back({i, i + 1});
    }
  }
}

std::pair<std::size_t, std::size_t> SourceText::SentenceOf(std::pair<std::size_t, std::size_t> span,
                                                           bool semicolon_ends) const {
  const std::vector<Token>& t = tokens_;
  auto inside = [&](std::size_t k) {
    if (t[k].line != t[span.first].line || !t[k].in_source) return false;
    if (t[k].kind != TokenKind::kPunct) return true;
    // (One byte read, not a string compare per mark.)
    const std::string& n = t[k].norm;
    if (n.size() != 1) return true;
    return !(n[0] == '.' || n[0] == '!' || n[0] == '?' || (semicolon_ends && n[0] == ';'));
  };
  std::size_t b = span.first, e = span.second;
  while (b > 0 && inside(b - 1)) --b;
  while (e < t.size() && inside(e)) ++e;
  return {b, e};
}

void SourceText::MarkPlaces() {
  place_.assign(tokens_.size(), 0);
  const std::vector<Token>& t = tokens_;
  auto punct = [&](std::size_t k, std::string_view p) { return t[k].kind == TokenKind::kPunct && t[k].norm == p; };
  auto word = [&](std::size_t k, std::string_view w) { return t[k].kind == TokenKind::kWord && t[k].norm == w; };
  auto number = [&](std::size_t k) { return k < t.size() && t[k].kind == TokenKind::kNumber && t[k].in_source; };
  // Punctuation that ends the clause a marked value stands in.
  auto ends_clause = [&](std::size_t k) {
    return punct(k, ",") || punct(k, ";") || punct(k, ".") || punct(k, ")") || punct(k, "(");
  };
  auto dash = [&](std::size_t k) {
    return punct(k, "\xE2\x80\x93") || punct(k, "\xE2\x80\x94") || punct(k, "-");  // en dash, em dash, '-'
  };
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!number(i)) continue;
    // A range: "10–15", "10 - 15" (read as 10 and -15), "10 to 15",
    // "between 10 and 15". Dates, codes and phone numbers joined by '-'
    // ("2024-05-18", "22-33-44") are not: a dash on either side of the pair,
    // or a right side written with a leading zero, rules the pair out.
    std::size_t j = 0;
    if (i + 2 < t.size() && number(i + 2) && (dash(i + 1) || word(i + 1, "to"))) j = i + 2;
    if (number(i + 1) && t[i + 1].norm[0] == '-' && t[i + 1].space_before) j = i + 1;
    if (i > 0 && word(i - 1, "between") && i + 2 < t.size() && number(i + 2) && word(i + 1, "and")) j = i + 2;
    if (j != 0) {
      const bool joined = (i > 0 && dash(i - 1)) || (j + 1 < t.size() && dash(j + 1) && !t[j + 1].space_before);
      const std::string_view right = std::string_view(prompt_).substr(t[j].begin, t[j].end - t[j].begin);
      const bool padded = right.size() > 1 && right[0] == '0' && IsDigit(right[1]);
      if (!joined && !padded) {
        place_[i] |= kRangeLow;
        place_[j] |= kRangeHigh;
      }
    }
    // A rate: "30 boxes per pallet", "120 km/h", "4 each".
    for (std::size_t k = i + 1; k < t.size() && k <= i + 3 && t[k].line == t[i].line; ++k) {
      if (word(k, "per") || word(k, "each") || word(k, "every") ||
          (punct(k, "/") && k + 1 < t.size() && t[k + 1].kind == TokenKind::kWord && !t[k].space_before &&
           !t[k + 1].space_before)) {
        place_[i] |= kRate;
        break;
      }
      if (t[k].kind != TokenKind::kWord) break;
    }
  }
  // A sentence that supposes: its numbers hold only if it holds.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    static const std::set<std::string_view> kSupposing = {"if", "unless", "would", "otherwise", "suppose",
                                                           "supposing", "assuming", "hypothetically"};
    if (kSupposing.count(t[i].norm) == 0) continue;
    const auto [b, e] = SentenceOf(i);
    for (std::size_t k = b; k < e; ++k) {
      if (t[k].kind == TokenKind::kNumber) place_[k] |= kSupposed;
    }
    i = e;
  }
  // A value the text marks as withdrawn: "12 May (cancelled)", "the 12 May
  // slot was cancelled", "Room 4 – void": its clause, back to the previous
  // punctuation, does not state a value that holds.
  for (std::size_t c = 1; c < t.size(); ++c) {
    static const std::set<std::string_view> kWithdrawn = {"cancelled", "canceled", "void", "voided", "withdrawn",
                                                          "revoked", "superseded", "obsolete", "expired", "annulled",
                                                          "invalid", "invalidated", "retracted", "discontinued"};
    if (!t[c].in_source || t[c].kind != TokenKind::kWord || kWithdrawn.count(t[c].norm) == 0) continue;
    std::size_t k = c - 1;
    if (t[k].kind == TokenKind::kWord && (t[k].norm == "was" || t[k].norm == "is" || t[k].norm == "been" ||
                                          t[k].norm == "got" || t[k].norm == "were" || t[k].norm == "are")) {
    } else if (!(punct(k, "(") || punct(k, ",") || dash(k))) {
      continue;
    }
    while (k > 0) {
      --k;
      if (!t[k].in_source || t[k].line != t[c].line || ends_clause(k) || punct(k, ":")) break;
      place_[k] |= kWithdrawnValue;
    }
  }
  // A question: its numbers are asked about, not stated ("Is the total 450?").
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || !punct(i, "?")) continue;
    const auto [b, e] = SentenceOf(i - (i > 0 ? 1 : 0));
    for (std::size_t k = b; k < e && k < i; ++k) {
      if (t[k].kind == TokenKind::kNumber) place_[k] |= kAsked;
    }
  }
  // What held before: "first set for 1 June", "originally 40", "previously
  // Oslo", "room 204 instead of room 118", "rather than 5" — the rest of the
  // clause after those words.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    static const std::set<std::string_view> kBefore = {"originally", "initially", "previously", "formerly", "earlier"};
    static const std::set<std::string_view> kSet = {"set", "planned", "scheduled", "booked", "given", "stated", "agreed"};
    std::size_t from = 0;
    if (kBefore.count(t[i].norm) != 0) from = i + 1;
    if (t[i].norm == "first" && i + 1 < t.size() && t[i + 1].kind == TokenKind::kWord && kSet.count(t[i + 1].norm) != 0) {
      from = i + 2;
    }
    if ((t[i].norm == "instead" && i + 1 < t.size() && word(i + 1, "of")) ||
        (t[i].norm == "rather" && i + 1 < t.size() && word(i + 1, "than"))) {
      from = i + 2;
    }
    if (t[i].norm == "in" && i + 2 < t.size() && word(i + 1, "place") && word(i + 2, "of")) from = i + 3;
    if (from == 0) continue;
    for (std::size_t k = from; k < t.size() && t[k].line == t[i].line && !ends_clause(k); ++k) place_[k] |= kFormer;
  }
  // A sentence that takes numbers from one another ("All 12 rooms are
  // booked except 3", "40 minus 5"): none of its numbers is stated as it stands.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    static const std::set<std::string_view> kTaking = {"except", "excluding", "minus", "besides", "apart", "less"};
    if (kTaking.count(t[i].norm) == 0) continue;
    const auto [b, e] = SentenceOf(i);
    std::size_t numbers = 0;
    for (std::size_t k = b; k < e; ++k) numbers += t[k].kind == TokenKind::kNumber;
    if (numbers < 2) continue;
    for (std::size_t k = b; k < e; ++k) {
      if (t[k].kind == TokenKind::kNumber) place_[k] |= kScaled;
    }
  }
  // The whole a part is taken of: "half of the 40 seats", "twice 12".
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].kind != TokenKind::kWord) continue;
    static const std::set<std::string_view> kParts = {"half", "third", "thirds", "quarter", "quarters", "fifth",
                                                      "twice", "double", "triple", "thrice"};
    if (kParts.count(t[i].norm) == 0) continue;
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + 3 && t[k].kind == TokenKind::kWord &&
           (t[k].norm == "of" || t[k].norm == "the" || t[k].norm == "its" || t[k].norm == "their" ||
            t[k].norm == "his" || t[k].norm == "her" || t[k].norm == "all")) {
      ++k;
    }
    if (number(k)) place_[k] |= kScaled;
  }
  // An earlier message quoted below newer text: lines opening with '>',
  // when there are words or numbers outside them, in the source or after
  // the prompt's first paragraph ("Please change my number to ..." reads as
  // an instruction, yet it is the newer message).
  // A forwarded or replied-to message below its marker line ("-------- Forwarded
  // message --------", "-----Original Message-----", "On 3 May, Kari wrote:")
  // is quoted the same way, to the end of the prompt.
  std::vector<std::size_t> starts;
  std::vector<bool> quoted_line;
  std::size_t first_break = std::string::npos;  // the first empty line
  bool forwarded = false;
  for (std::string_view line : SplitLines(prompt_, &starts)) {
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() && first_break == std::string::npos) first_break = quoted_line.size();
    if (!forwarded && !trimmed.empty() && quoted_line.size() > 0) {
      std::string lower(trimmed);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      forwarded = lower.find("forwarded message") != std::string::npos ||
                  lower.find("original message") != std::string::npos ||
                  lower.rfind("begin forwarded", 0) == 0 ||
                  (lower.rfind("on ", 0) == 0 && lower.size() > 10 &&
                   lower.compare(lower.size() - 6, 6, "wrote:") == 0);
    }
    quoted_line.push_back(forwarded || (!trimmed.empty() && trimmed.front() == '>'));
  }
  bool any_quoted = false, newer = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].line < quoted_line.size() && quoted_line[t[i].line]) {
      if (t[i].in_source) place_[i] |= kQuoted, any_quoted = true;
    } else if (t[i].kind != TokenKind::kPunct && (t[i].in_source || t[i].line > first_break)) {
      place_[i] |= kNewer;
      newer = true;
    }
  }
  if (!any_quoted || !newer) {
    for (std::uint16_t& p : place_) p &= static_cast<std::uint16_t>(~(kQuoted | kNewer));
  }
  places_ = 0;
  for (std::uint16_t p : place_) places_ |= p;
}

const Field* SourceText::FieldAt(std::size_t at) const {
  for (const Field& f : fields_) {
    if (at >= f.value_begin && at < f.value_end) return &f;
  }
  return nullptr;
}

std::size_t SourceText::RecordAt(std::size_t at) const {
  for (std::size_t r = records_.size(); r-- > 0;) {
    if (at >= records_[r].begin) return r;
  }
  return 0;
}

std::pair<unsigned, std::size_t> CodePointAt(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned lead = byte(i);
  if (lead >= 0xC0 && lead < 0xE0) return {((lead & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu), 2};
  if (lead >= 0xE0 && lead < 0xF0) {
    return {((lead & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu), 3};
  }
  if (lead >= 0xF0) return {0x10000, 4};
  return {lead, 1};
}

std::size_t CodePointStartBefore(std::string_view text, std::size_t at) {
  if (at == 0) return 0;
  std::size_t lead = at - 1;
  while (lead > 0 && at - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return lead;
}

unsigned CodePointBefore(std::string_view text, std::size_t at) {
  if (at == 0 || at > text.size()) return ' ';
  return CodePointAt(text, CodePointStartBefore(text, at)).first;
}

bool IsSymbolCodePoint(unsigned cp) {
  return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

bool IsLetterCodePoint(unsigned cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  return !IsSymbolCodePoint(cp) && !(cp >= 0xFF10 && cp <= 0xFF19);
}

}  // namespace stepcache::checks
