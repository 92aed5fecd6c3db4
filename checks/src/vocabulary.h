// Word lists the prompt readers share: which words start an instruction,
// announce a source text, carry no value, negate, select a record, and which
// an instruction may change without changing what is asked (the vocabulary
// of paraphrases and formatting clauses). Internal to the checks library.
//
// The instruction vocabulary is an allow-list on purpose: a changed word that
// is not on it makes an instruction change unlicensed, so a word nobody
// thought of costs a regeneration, never a wrong reuse.
#ifndef STEPCACHE_CHECKS_SRC_VOCABULARY_H_
#define STEPCACHE_CHECKS_SRC_VOCABULARY_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stepcache::checks::vocab {

// A fixed table of words (views of string literals) with a value each: an
// open-addressed hash on the word's length and its first, middle and last
// bytes, after a mask of the lengths it holds has turned away most words.
// Cheaper than hashing every byte; these tables are consulted per token.
// When a word is listed twice, the first entry wins (as in an unordered_map
// built from the same list).
template <typename V>
class WordTable {
 public:
  WordTable(std::initializer_list<std::pair<std::string_view, V>> entries)
      : WordTable(std::vector<std::pair<std::string_view, V>>(entries.begin(), entries.end())) {}
  explicit WordTable(std::vector<std::pair<std::string_view, V>> entries) {
    std::size_t capacity = 16;
    while (capacity < 2 * entries.size()) capacity *= 2;
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (const auto& [word, value] : entries) {
      if (word.empty()) {
        if (!has_empty_) has_empty_ = true, empty_value_ = value;
        continue;
      }
      std::size_t slot = Hash(word) & mask_;
      bool listed = false;
      for (; slots_[slot] != 0; slot = (slot + 1) & mask_) {
        listed = listed || keys_[slots_[slot] - 1] == word;
      }
      if (listed) continue;
      keys_.push_back(word);
      values_.push_back(value);
      slots_[slot] = static_cast<std::uint32_t>(keys_.size());
      if (word.size() < 64) lengths_ |= std::uint64_t{1} << word.size();
      else long_words_ = true;
    }
  }
  const V* Find(std::string_view w) const {
    if (w.empty()) return has_empty_ ? &empty_value_ : nullptr;
    if (w.size() < 64 ? ((lengths_ >> w.size()) & 1) == 0 : !long_words_) return nullptr;
    for (std::size_t slot = Hash(w) & mask_; slots_[slot] != 0; slot = (slot + 1) & mask_) {
      const std::string_view k = keys_[slots_[slot] - 1];
      if (k.size() == w.size() && std::memcmp(k.data(), w.data(), w.size()) == 0) return &values_[slots_[slot] - 1];
    }
    return nullptr;
  }
  bool Has(std::string_view w) const { return Find(w) != nullptr; }

 private:
  static std::size_t Hash(std::string_view w) {
    const auto at = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
    const std::uint32_t h = at(0) * 0x9E3779B1u ^ at(w.size() - 1) * 0x85EBCA77u ^ at(w.size() / 2) * 0xC2B2AE3Du ^
                            static_cast<std::uint32_t>(w.size()) * 0x27D4EB2Fu;
    return h ^ (h >> 15);
  }
  std::vector<std::string_view> keys_;
  std::vector<V> values_;
  std::vector<std::uint32_t> slots_;  // an index into keys_ plus one, or 0 for an empty slot
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;
  bool long_words_ = false;
  bool has_empty_ = false;
  V empty_value_{};
};

// A fixed set of words (a WordTable without values).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : table_(Pairs(words)) {}
  bool Has(std::string_view w) const { return table_.Has(w); }
  std::size_t count(std::string_view w) const { return Has(w) ? 1 : 0; }

 private:
  static WordTable<char> Pairs(std::initializer_list<std::string_view> words) {
    std::vector<std::pair<std::string_view, char>> p;
    for (std::string_view w : words) p.emplace_back(w, 1);
    return WordTable<char>(std::move(p));
  }
  WordTable<char> table_;
};

// "extract", "return", "solve", ... (lowercase).
bool IsInstructionVerb(std::string_view word);
// "text", "record", "email", ...: a line "<...noun...>:" announces the source.
bool IsSourceMarkerNoun(std::string_view word);
// Function words that carry no value on their own.
bool IsFiller(std::string_view word);
// "not", "no", "without", "except", ...
bool IsNegation(std::string_view word);
// 1 for "first"/"1st", 2 for "second", ..., -1 for "last"/"final"; 0 otherwise.
int OrdinalValue(std::string_view word);
// Words a paraphrase of an instruction may add, drop or move.
bool IsInstructionWord(std::string_view word);
// Words of formatting clauses ("commentary", "fences", "bullet"): what a
// negation may govern in a licensed formatting change.
bool IsFormattingWord(std::string_view word);
// Whether an instruction sentence (lowercase words, punctuation dropped or
// not) is a short statement of one to three words that are no fillers, no
// courtesies ("thanks", "please"), no names of a text's parts ("record") and
// no words of form: "Express.", "; bio.", "; B&B.", "; free of gluten.",
// "Vans only." A sentence of its own so short may set a member in words no
// list holds.
bool ShortStatement(const std::vector<std::string>& sentence);
// Whether `word` (lower case), standing alone in a clause of the
// instruction ("as JSON (bio).", "..., express.", "Express: Extract ..."),
// is such a statement: ShortStatement of it alone, and no instruction or
// list word, no instruction verb but "express", no unit, no discourse word
// ("First,", "Note:", "Task:") and no name of a JSON type ("(string)").
bool LoneStatement(std::string_view word);
// Instruction words a paraphrase may use that still say which value or form
// is asked when they stand at a member's name ("the full phone", "the phone
// as a plain number", "the listed price", "the amount only if paid").
bool IsQualifyingInstructionWord(std::string_view word);
// A word of a label that marks its field as a change of another ("Revised
// total", "EDIT:", "Correction:").
bool IsChangeLabelWord(std::string_view w);
// "New" in a field's label, in English and other languages ("New gate:",
// "Neue Adresse:", "Nouvelle adresse :", "Nytt gate:").
bool IsNewWord(std::string_view lowercase_word);
// Words that put a condition on what is asked ("if", "unless", "provided",
// "otherwise", "assuming", "whenever").
bool IsConditionWord(std::string_view word);
// Whether words[i] asks for a figure computed from others ("divided by",
// "multiplied", "the sum of", "the average", "the amount of one item", "a
// single ticket's price"); not "one line", "a single JSON object".
bool Computation(const std::vector<std::string>& words, std::size_t i);
// Whether words[i] starts a comparison that makes a condition of a value
// ("or more", "at least", "more than", "exceeding").
bool Comparison(const std::vector<std::string>& words, std::size_t i);
// Words that stand before a list of the members' names without saying which
// value or form is asked ("the fields", "holding", "with the keys").
bool IsListWord(std::string_view word);
// Whether words[i] places what is asked relative to another record ("the
// row above Bo Berg's", "the guest below Ida", "the row following Bo's"): a
// word of position followed by a word of content ("the text below and ...",
// "the following record" name the source).
bool RelativePosition(const std::vector<std::string>& words, std::size_t i);
// The canonical unit a word names ("kilometres", "km" -> "km"), or "".
std::string_view UnitOf(std::string_view lowercase_word);
// The unit a short word ending a member's name, description or title stands
// for (lowercase): a unit of one letter ("timeout_s", "volume_l", "Delay [s]")
// or the micro- and nanoseconds "us" and "ns" ("delay_us"), which in prose
// are other words (UnitOf leaves them out); "" otherwise.
std::string_view NameUnitOf(std::string_view lowercase_word);
// Words of a place in a layout ("above", "next", "preceding", "ovenfor",
// "vorherige", "suivante"...): with IsLayoutUnit, what a field says points
// at another line ("Negative: the line above").
bool IsLayoutPlace(std::string_view lowercase_word);
// Words a value uses to point at another value instead of stating one
// ("Ditto", "Idem", "Same", "Likewise", "Ebenso", "Dito", "Même", "Samme")
// and the IsLayoutPlace words: a value of them ("As above", "See below",
// "Same person") is no value of its own.
bool IsPointerWord(std::string_view lowercase_word);
// The IsPointerWord words, for a table that reads them beside others.
std::vector<std::string_view> PointerWords();
// Words that open a reference to a person or a thing by another instead of
// naming it: articles, demonstratives and possessives ("the", "her", "said",
// "same", "ihr", "sa", "leur", "su", "hennes", "sin"), relative words
// ("where", "who", "which") and "self". "her brother", "The Guest", "where
// she lives" and "Seine Frau" name nobody.
bool IsReferringWord(std::string_view lowercase_word);
// Every word (or mark: "~") by which the text around a value may deny it
// ("not", "was", "formerly", "moved", "until"...): internal::Denied reads
// nothing else, so a text without any of them denies no value.
bool IsDenialWord(std::string_view lowercase_word);
// Whether words[i] asks for a value written in another form than the
// text's: a country's style ("US style", "American", where "US" reads
// "usa"), in words or letters ("in words", "written out", "in Worten",
// "en lettres", "med ord"), or a short or full form ("short form", "in
// full"). Read over an instruction's words, punctuation left out.
bool AsksValueInOtherForm(const std::vector<std::string>& words, std::size_t i);
// Words of a field label that announces a new value for the field above it
// ("New:", "Superseded by:", "Changed to:", "EDIT:", "Ny:", "Neu:",
// "Nouveau:"): "core" words say so; the small words "by", "to", "value",
// "is", "as" only join them.
enum class UpdateLabelWord { kNone, kCore, kJoin };
UpdateLabelWord UpdateLabelWordKind(std::string_view lowercase_word);
// Words naming a part of a layout or a figure on it, singular ("line",
// "row", "field", "amount", "linje", "Zeile", "ligne"...).
bool IsLayoutUnit(std::string_view lowercase_singular_word);
// An abbreviation that ends a name or an address and keeps its period there
// ("ACME Ltd.", "Anna Berg Jr.", "4 Main St.").
bool IsValueFinalAbbreviation(std::string_view lowercase_word);
// Words of a sign convention ("sign", "negative", "credit", "debit", "dr",
// "Soll", "fortegn"...): a field holding one may turn a number's sign.
bool IsSignWord(std::string_view lowercase_word);
// Kinds of record, singular ("invoice", "booking", "guest", "payment"...):
// in the plural, a field's words naming which records count.
bool IsRecordKind(std::string_view lowercase_singular_word);
// Nouns that name an attribute of a record of their own, singular ("phone",
// "gate", "ward", "supplier", "due", "date", "reference"; "Telefon",
// "Zimmer", "rom"...): a field under such a label states that attribute and
// says nothing of another member's value. An allow-list on purpose: a label
// in words not on it ("Actual", "Should read", "Moved to", "Quit",
// "Riktig") may correct, move or end another member's value.
bool IsAttributeNoun(std::string_view lowercase_singular_word);
// A unit symbol with a metric prefix, lowercase ("mg", "kb", "mw", "ml",
// "mm", "mbps", "kwh", "mhz"): written with another letter case it is a
// unit of another size ("mg" and "Mg", "kB" and "kb", "mW" and "MW").
bool IsPrefixedUnit(std::string_view lowercase_word);
// A word that qualifies a label or a value into something else: "non",
// "former", "previous", "was", "ex", "old"...
bool IsQualifier(std::string_view lowercase_word);
// Words that make another field of a kind in a label, though not in an
// instruction ("Return departure time", "Outbound flight", "Copy recipient",
// "Cc"; "Return the name" asks for the name).
bool IsLabelQualifier(std::string_view lowercase_word);
// A word a field's label may add to a member's own label without making
// another field of its kind: "Full name", "Phone number", "Email address",
// "Customer name", "Contact email", "Current city".
// (`label`: the member's own label words, which the field's label holds.)
bool IsHarmlessLabelWord(std::string_view lowercase_word, const std::vector<std::string>& label);
// The parties or ends of a two-sided document a word names, one bit each
// (lowercase singular): sender, recipient, buyer, seller, landlord, tenant,
// employer, employee, patient, doctor, origin, destination, billing,
// shipping, issuer, holder, insurer, insured, lender, borrower, payer, payee,
// claimant, defendant, home, away; 0 for any other word. "from" and "to" name the
// sender or origin and the recipient or destination only as a label
// (`as_label`): in prose they are prepositions.
std::uint64_t RoleOf(std::string_view lowercase_word, bool as_label);

// A currency's ISO code as written, three capitals ("USD", "NOK", "INR";
// the common ones: an unknown code is not known to be money).
bool IsCurrencyCode(std::string_view word);
// A word of a member's name or label that makes its amount money
// (lowercase): a common code or a currency's name ("eur", "dollars",
// "yen", "currency").
bool IsCurrencyWord(std::string_view lowercase_word);
// A noun whose amount is money when the label gives no currency ("budget",
// "price", "salary", "rent", "turnover").
bool IsMoneyNoun(std::string_view lowercase_word);
// What a word (lowercase) is as a scale of a number: kWord for a word that
// multiplies it wherever it stands ("thousand", "bn", "mio", "mrd",
// "lakh", "tsd", a metric prefix as a word: "mega", "milli"), kLetter for
// a letter or two that does so beside money and is a unit's symbol or a
// word elsewhere ("k", "m", "mm", "b", "t",
// "l", "cr", "grand"), kNone otherwise.
enum class Scale { kNone, kLetter, kWord };
Scale ScaleOf(std::string_view lowercase_word);
// Whether a word of a label, as written, gives a scale on its own: a scale
// word in any case, "k" and "ks" in any case, the capitals "M", "B", "T"
// and "MM" (in lower case: metres, bytes, tonnes, millimetres).
bool GivesAScale(std::string_view word);

// A value that stands for no value ("n/a", "-", "none", "unknown", "TBA",
// "not yet", "ukjent"), compared without case, blanks and brackets around it.
bool IsPlaceholder(std::string_view value);

// How a word says that a value changed (lowercase): kGeneral for a change
// that needs no member's word to apply ("swapped", "later", "twice",
// "returned", "typo"), kNamed for one that applies to the members a
// sentence names ("add", "more", "fewer", "remove"), kNone otherwise.
enum class ChangeWord { kNone, kNamed, kGeneral };
ChangeWord ChangeWordKind(std::string_view lowercase_word);
// The canonical word of a synonym group ("years" -> "age", "mass" ->
// "weight", "telephone" -> "phone"), or the word itself.
std::string_view Canonical(std::string_view lowercase_singular_word);
// A crude singular: "fields" -> "field", "addresses" -> "address".
std::string Singular(std::string_view word);

}  // namespace stepcache::checks::vocab

#endif  // STEPCACHE_CHECKS_SRC_VOCABULARY_H_
