// SourceText: a prompt read as a user wrote it — instructions around a
// source text — so that extracted values are judged against the source text
// only, as whole tokens, with the evidence that supports each one.
//
// A prompt is split into its *instruction* part and its *source* part (the
// text values are extracted from): the part after a marker line ("Text:",
// "Record:", "Here is the email:"), inside a fenced or triple-quoted block,
// the paragraphs that do not read as instructions, or the whole prompt when
// nothing marks it. The source is cut into tokens (words, numbers with their
// value, punctuation) and into *fields*: "Label: value" statements, on their
// own lines or several on one line ("Name: A | Age: 3"). Fields are grouped
// into *records*: a repeated label or a header line ("Customer 2:") starts a
// new one, and the instruction may select one ("the second customer", "the
// sender, not the recipient", "the customer who lives in Porto").
//
// Immutable after construction; thread-safe to share. Linear in the prompt.
#ifndef STEPCACHE_CHECKS_SOURCE_TEXT_H_
#define STEPCACHE_CHECKS_SOURCE_TEXT_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stepcache::checks {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::size_t begin = 0, end = 0;  // byte span in the prompt
  std::string norm;                // words ASCII-lowercased; numbers canonical ("1200", "3.5")
  double number = 0;               // kNumber: the value (thousands separators read)
  bool in_source = false;          // part of the source text, not the instructions
  bool space_before = false;       // whitespace between this token and the previous one
  std::size_t line = 0;            // 0-based line of the prompt
};

// Splits `text` into tokens (spans relative to `text`). Numbers: "1,200",
// "-5" (a '-' right before a digit and not after a word or digit), "3.50",
// ".5"; words: runs of letters, digits and bytes >= 0x80 that are not a
// number; everything else one punctuation token per byte (or per UTF-8
// sequence). A word's norm is its ASCII lowercase, except a unit of bits
// written with a capital prefix ("Kb", "Mb", "Gb"), which becomes "kbit",
// "mbit", "gbit" (lowercase alone would make it bytes).
std::vector<Token> Tokenize(std::string_view text);
// Tokenize into `out` (its tokens replaced): a caller's buffer, reused
// without a new block per text.
void TokenizeInto(std::string_view text, std::vector<Token>* out);

// The code point that starts at byte `i` of UTF-8 `text` and its length in
// bytes (a stray byte reads as a code point of its own; one beyond the basic
// plane as U+10000).
std::pair<unsigned, std::size_t> CodePointAt(std::string_view text, std::size_t i);
// The byte at which the code point that ends right before byte `at` starts
// (`at` - 1 for ASCII; at most three continuation bytes back; 0 at the start).
std::size_t CodePointStartBefore(std::string_view text, std::size_t at);
// The code point that ends right before byte `at` (a space at the start).
unsigned CodePointBefore(std::string_view text, std::size_t at);
// Whether a code point stands in a block of punctuation, arrows, operators
// and other symbols, or of CJK and fullwidth marks ("\u2192", "\u2014", "\u3001",
// "\uFF0C").
bool IsSymbolCodePoint(unsigned cp);
// Whether a code point is a letter of any script: ASCII letters and, from
// U+00C0, every code point but the multiplication and division signs,
// symbols (IsSymbolCodePoint) and fullwidth digits.
bool IsLetterCodePoint(unsigned cp);

// The words of `tokens` (those `keep` accepts) cut into sentences at '.',
// '!', '?', ';' and line ends; words are token norms, punctuation dropped.
std::vector<std::vector<std::string>> SplitSentences(const std::vector<Token>& tokens,
                                                     bool (*keep)(const Token&) = nullptr);

// Canonical text of a number for comparisons ("3.50" -> "3.5", "1,200" -> "1200").
std::string CanonicalNumber(double value);

struct Field {
  std::string label;               // normalised: lowercase words joined by ' '
  std::vector<std::string> label_words;
  std::size_t label_begin = 0, label_end = 0;  // byte span of the label
  std::size_t value_begin = 0, value_end = 0;  // byte span of the value (trimmed)
  std::string value;               // normalised: lowercase, whitespace collapsed, end '.' dropped
  std::size_t record = 0;          // index of the record it belongs to
  std::size_t value_words = 0;     // tokens of `value` that are not punctuation
  // Read once per prompt for the per-member checks: the canonical form of
  // each label word (vocab synonyms: "years" -> "age"), word for word, and
  // Tokenize(value).
  std::vector<std::string> label_canonical;
  std::vector<Token> value_tokens;
};

struct Record {
  std::string header;              // normalised header line words ("customer 2"), may be empty
  std::size_t begin = 0, end = 0;  // byte span in the prompt
};

class SourceText {
 public:
  explicit SourceText(std::string_view prompt);

  std::string_view prompt() const { return prompt_; }
  // A token's bytes as written (its norm lowers words and reads numbers).
  std::string_view Raw(const Token& k) const { return std::string_view(prompt_).substr(k.begin, k.end - k.begin); }
  const std::vector<Token>& tokens() const { return tokens_; }
  // Whether any token, instruction or source, is a word by which a text
  // denies a value ("not", "formerly", "until"...; internal::Denied).
  bool has_denial_words() const { return has_denial_words_; }
  // Byte ranges of the source part, in order (one or more).
  const std::vector<std::pair<std::size_t, std::size_t>>& source_ranges() const { return source_; }
  bool InSource(std::size_t byte) const;
  // The source part as one text (ranges joined by newlines): what values
  // are grounded in.
  const std::string& source_text() const { return source_text_; }
  // The instruction part as normalised words (lowercase, in order).
  const std::vector<std::string>& instruction_words() const { return instruction_words_; }
  // Each instruction word's crude singular (vocab), and that singular's
  // canonical form (synonyms read as one word), word for word; computed once
  // per prompt.
  const std::vector<std::string>& instruction_singular() const { return instruction_singular_; }
  const std::vector<std::string>& instruction_canonical() const { return instruction_canonical_; }
  // The same words cut into sentences (at '.', '!', '?', ';' and line ends).
  const std::vector<std::vector<std::string>>& instruction_sentences() const { return instruction_sentences_; }

  const std::vector<Field>& fields() const { return fields_; }
  const std::vector<Record>& records() const { return records_; }
  // The record whose values record `r` gives again: `r` itself, or, for a
  // record that opens with another label than the first record ("Paid: no"
  // in a struck block, then "Paid: yes" below), the record before it that
  // opens alike. Its fields are that record's too.
  std::size_t RecordOwner(std::size_t r) const { return r < record_owner_.size() ? record_owner_[r] : r; }
  // The first field of record `r` that holds a value (nullptr when none does:
  // a heading alone, "Bookings:" over two headed bookings).
  const Field* RecordOpening(std::size_t r) const { return r < record_opening_.size() ? record_opening_[r] : nullptr; }
  // The record the instruction selects when there are several: its index,
  // or nullopt when there is one record or the selection cannot be read.
  std::optional<std::size_t> selected_record() const { return selected_; }
  // Several records and no readable selection: the source does not say
  // which values the request wants.
  bool ambiguous_records() const { return records_.size() > 1 && !selected_; }
  // The instruction selects one of several ("the second customer", "record
  // 2", "the last one"; not "first name").
  bool selects_a_record() const { return selects_; }

  // Token indices [first, last) of every whole-token occurrence of `value`'s
  // tokens in the source (words case-insensitive, numbers by value).
  std::vector<std::pair<std::size_t, std::size_t>> FindInSource(std::string_view value) const;
  // The same for a value already tokenized (Tokenize(value)).
  std::vector<std::pair<std::size_t, std::size_t>> FindInSource(const std::vector<Token>& want) const;
  // The same for a number.
  std::vector<std::pair<std::size_t, std::size_t>> FindNumberInSource(double value) const;
  // Those two into `out` (its spans replaced): a caller's buffer, reused
  // without a new block per value.
  void FindInSource(const std::vector<Token>& want, std::vector<std::pair<std::size_t, std::size_t>>* out) const;
  void FindNumberInSource(double value, std::vector<std::pair<std::size_t, std::size_t>>* out) const;
  // The index of the first token that begins at byte `at` or later (tokens
  // are in text order), or tokens().size() when there is none.
  std::size_t FirstTokenFrom(std::size_t at) const {
    return static_cast<std::size_t>(
        std::lower_bound(tokens_.begin(), tokens_.end(), at, [](const Token& k, std::size_t b) { return k.begin < b; }) -
        tokens_.begin());
  }
  // The field whose value span holds byte `at`, or nullptr.
  const Field* FieldAt(std::size_t at) const;
  // The header line of a table whose row holding byte `at` has another
  // number of cells than the header ("name,city,office,home" over "Jonas
  // Berg,Bergen,Tromso": which cell is which is not known); empty when the
  // byte is in no such row.
  std::string_view BrokenRowHeader(std::size_t at) const;
  // Whether token `i` is part of a field's label, or the separator after it.
  bool InLabel(std::size_t i) const { return i < token_role_.size() && token_role_[i] == kLabelToken; }
  bool InSeparator(std::size_t i) const { return i < token_role_.size() && token_role_[i] == kSeparatorToken; }
  // The record whose span holds byte `at` (0 when there is one record).
  std::size_t RecordAt(std::size_t at) const;
  // The singular, canonical form of source word `i` (synonyms read as one
  // word: "years" -> "age"); empty for other tokens. Computed once per prompt.
  const std::string& CanonicalWord(std::size_t i) const { return canonical_[i]; }
  // The singular of source word `i` (vocab::Singular of its norm); empty for
  // other tokens. Computed once per prompt.
  const std::string& SingularWord(std::size_t i) const { return singular_[i]; }
  // Indices, ascending, of the source words whose CanonicalWord is `canonical`.
  std::vector<std::size_t> CanonicalPositions(std::string_view canonical) const;
  // Indices, ascending, of the source tokens whose norm is `norm`, into
  // `out` (cleared first).
  void NormPositions(std::string_view norm, std::vector<std::size_t>* out) const;

  // Where a source token stands, when that changes what it states (read once
  // per prompt; checks::internal::JudgeByPlace judges values by it): one end
  // of a range ("10–15 EUR", "between 10 and 15"), a rate ("30 boxes per
  // pallet"), a number in a sentence that supposes ("If it is late the fee
  // would be 50") or asks ("Is the total 450?"), a token of an earlier
  // message quoted below newer text ("> My phone is 917 44 555") and a word
  // or number of that newer text, a clause the text marks as withdrawn ("12
  // May (cancelled)") or as what held before ("first set for 1 June", "instead
  // of room 118"), a number the text computes with ("half of the 40 seats",
  // "12 rooms ... except 3").
  enum Place : std::uint16_t {
    kRangeLow = 1, kRangeHigh = 2, kRate = 4, kSupposed = 8, kQuoted = 16, kNewer = 32, kWithdrawnValue = 64,
    kAsked = 128, kFormer = 256, kScaled = 512
  };
  std::uint16_t PlaceOf(std::size_t i) const { return i < place_.size() ? place_[i] : 0; }

  // Source sentences that say a value changed, whether or not they state the
  // new one: "it is the other way round", "shift the whole stay one day
  // later", "please add three more of the lamps", "the payment was returned
  // by the bank" (read once per prompt). `general`: the change needs no
  // member's word to apply to every member ("the other way round", "later",
  // "twice as many of everything"); otherwise ("add three more") it applies
  // to the members whose words the sentence names. `deadline`: its only
  // change is a time before or after something after a word of a deadline
  // or a window ("free of charge until 48 hours before arrival", "within
  // 14 days after delivery"), which changes no member the sentence does not
  // name ("stays until 2 days after the booked check-out" names one).
  struct ChangeNote {
    std::pair<std::size_t, std::size_t> sentence;  // token indices [first, last)
    bool general = false;
    bool deadline = false;
    std::vector<std::string> words;  // its words and their singulars
  };
  const std::vector<ChangeNote>& change_notes() const { return change_notes_; }
  // Whether source line `line` is prose or a note ("Comment from the
  // customer: ...", "Update from the shipping line: ...", a label that is a
  // sentence), not a field that states a value, and its words may change a
  // value: a word of change (vocab::ChangeWordKind), a negation, a number
  // added ("+14 days"), or a word that moves or ends something ("join",
  // "resolved", "behind", "until"). "Forwarded from the front desk; details
  // below." and "The office is closed on Fridays." are not. Read once per
  // prompt.
  bool ChangingNoteLine(std::size_t line) const {
    return line < changing_note_line_.size() && changing_note_line_[line];
  }
  // Whether source line `line` is prose, a heading or a note (words, and no
  // field that states a value: a note's, a sentence's "Misprint: a zero too
  // many above.", a heading's), whatever its words; PlainProseLine: with no
  // field at all. Read once per prompt.
  bool ProseLine(std::size_t line) const { return line < prose_line_.size() && prose_line_[line] != 0; }
  bool PlainProseLine(std::size_t line) const { return line < prose_line_.size() && prose_line_[line] == 1; }
  // The first prose line of the source (ProseLine) that says the text's
  // values are not real: placeholders, dummy, fictitious, made-up,
  // filler; or a template's, a sample's, a test's, a form's defaults "not
  // real" ("Every value below is a placeholder from our template, not real
  // data:"). The line's token span, or nullopt. Read once per prompt.
  std::optional<std::pair<std::size_t, std::size_t>> NotRealLine() const { return not_real_line_; }
  // The first word of source line `line` that may rescale the text's
  // numbers: a scale word ("TNOK", "Tsd", "dozens", "multiplier"), or,
  // outside a field's value, a thousands multiplier written in digits
  // ("NOK '000", "(Alle tall i 1000 kr)"). Empty when there is none. Read
  // once per prompt.
  std::string_view ScaleOn(std::size_t line) const;
  // Whether some source line has one.
  bool Rescaled() const {
    return std::any_of(scale_token_.begin(), scale_token_.end(), [](std::uint32_t k) { return k != kNoToken; });
  }
  // Whether the source states lowercase word `w`, its singular's canonical
  // form, or the unit it names ("kg" for "kilograms", "%" for "percent").
  bool Says(std::string_view w) const;
  // Indices into instruction_words() of the words that ask for a value in
  // another unit, scale, form or time zone than the text's
  // (internal::AsksConversion: "in grams", "in thousands", "as a
  // percentage", "ISO code", "in UTC"). Read once per prompt.
  const std::vector<std::size_t>& conversion_asks() const { return conversion_asks_; }

  // What the instruction (or a question in the text) asks of values beyond
  // naming them, clause by clause (read once per prompt; the request_meaning
  // check judges by it): a charge left out or in ("the total without VAT",
  // "the amount before tax?"), a form ("digits only", "formatted as
  // YYYY-MM-DD", "without the title").
  struct Ask {
    unsigned qualifier = 0;        // left out (1) or in (2)
    unsigned forms = 0;            // digits only (1), no spaces (2), no unit (4), no title (8)
    std::string date_pattern;      // "YYYY-MM-DD"
    std::vector<std::string> words;  // the clause (before a qualifier): the members it names
    bool every_member = false;     // a question's qualifier, for every member
  };
  const std::vector<Ask>& asks() const { return asks_; }
  // Whether the instruction picks a role or rules a choice out ("who
  // received the money", "did not move to").
  bool asks_role() const { return asks_role_; }
  // Every token's places together: 0 when nothing in the source is so placed.
  std::uint16_t places() const { return places_; }
  // Token indices [first, last) of the source sentence around tokens
  // [span.first, span.second): the source tokens of span.first's line out to
  // '.', '!', '?' or (when `semicolon_ends`) ';'.
  std::pair<std::size_t, std::size_t> SentenceOf(std::pair<std::size_t, std::size_t> span,
                                                 bool semicolon_ends = true) const;
  // The same around token `i`.
  std::pair<std::size_t, std::size_t> SentenceOf(std::size_t i, bool semicolon_ends = true) const {
    return SentenceOf(std::pair<std::size_t, std::size_t>{i, i + 1}, semicolon_ends);
  }

 private:
  void SplitParts();
  void FindTables();
  void FindDelimitedTables();
  void ExtendValuesOverMarks();
  std::string_view SectionHeading(std::string_view line, std::size_t base) const;
  // One row of a table: a field per cell, named by the header cell above it.
  void AddTableRow(const std::vector<std::pair<std::size_t, std::size_t>>& header,
                   const std::vector<std::pair<std::size_t, std::size_t>>& row);
  void FindFields();
  void FindRecords();
  void ReadSelection();
  void MarkPlaces();
  void FindChangeNotes();
  void FindUpdateFields();
  void FindChangingNoteLines();

  std::string prompt_;
  std::vector<Token> tokens_;
  bool has_denial_words_ = false;
  std::vector<std::pair<std::size_t, std::size_t>> source_;
  std::string source_text_;
  std::vector<std::string> instruction_words_;
  std::vector<std::string> instruction_singular_, instruction_canonical_;
  std::vector<std::vector<std::string>> instruction_sentences_;
  std::vector<Field> fields_;
  std::vector<Record> records_;
  std::vector<std::size_t> record_owner_;        // RecordOwner
  std::vector<const Field*> record_opening_;     // RecordOpening
  // BrokenRowHeader: (row begin, row end, header begin, header end), bytes.
  std::vector<std::array<std::size_t, 4>> broken_rows_;
  std::optional<std::size_t> selected_;
  bool selects_ = false;
  enum : unsigned char { kOtherToken, kLabelToken, kSeparatorToken };
  std::vector<unsigned char> token_role_;  // per token, filled once the fields are known
  // What per-member look-ups need of each token, computed once per prompt
  // (cheap to build: a prompt is read once per request and per candidate):
  // a hash of its norm (source tokens; a scan compares hashes before
  // strings), its canonical singular word (source words), and the source's
  // numbers in text order.
  void IndexTokens();
  // A chained hash table over token indices: head[hash & mask] is the first
  // token in its slot, next[i] the following one (ascending); kNoToken ends.
  struct TokenIndex {
    std::vector<std::uint32_t> head, next;
    std::size_t mask = 0;
    void Build(const std::vector<std::size_t>& hashes, const std::vector<bool>& include);
    std::uint32_t First(std::size_t hash) const { return head.empty() ? kNoToken : head[hash & mask]; }
  };
  static constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;
  TokenIndex norm_index_, canonical_index_;
  std::vector<std::size_t> canonical_hash_;
  std::vector<std::size_t> norm_hash_;
  std::vector<std::string> canonical_;
  std::vector<std::string> singular_;
  std::vector<std::size_t> number_tokens_;
  std::vector<std::uint16_t> place_;  // per token: Place bits
  std::uint16_t places_ = 0;
  std::vector<ChangeNote> change_notes_;
  std::vector<bool> changing_note_line_;  // per source line
  std::vector<unsigned char> prose_line_;  // per source line: 0 no, 1 prose alone, 2 with a note or heading
  std::optional<std::pair<std::size_t, std::size_t>> not_real_line_;  // NotRealLine
  std::vector<std::uint32_t> scale_token_;  // per source line: the token ScaleOn reads, or kNoToken
  std::vector<std::size_t> conversion_asks_;
  std::vector<Ask> asks_;
  bool asks_role_ = false;
};

// Normalises a label or value: ASCII-lowercase, whitespace runs to one
// space, ends trimmed, trailing '.', ',' or ';' dropped.
std::string NormalizeText(std::string_view text);

// Words of a label, lowercase, without filler words ("the", "of", "in"...)
// and '_' read as a space: "Age in years" -> {"age", "years"}.
std::vector<std::string> LabelWords(std::string_view label);

// How well a text's label names a member whose label words are `member`:
// 2 = the same words, 1 = one word set holds the other, 0 = unrelated.
int LabelMatch(const std::vector<std::string>& text_label, const std::vector<std::string>& member);
// The same with each side's canonical words given (Field::label_canonical,
// MemberLabelTable::Entry), so no word is looked up again.
int LabelMatch(const std::vector<std::string>& text_label, const std::vector<std::string>& text_canonical,
               const std::vector<std::string>& member, const std::vector<std::string>& member_canonical);
// The canonical words of a label, word for word (what the overload above takes).
std::vector<std::string> CanonicalWords(const std::vector<std::string>& label);

// True for words that carry no value on their own ("in", "the", "and").
bool IsFillerWord(std::string_view lowercase_word);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_SOURCE_TEXT_H_
