// What a request asks of a value beyond naming it, read from the
// instruction, the text's questions and the schema's descriptions: a charge
// left out or in ("the total without VAT"), a form ("digits only",
// "formatted as YYYY-MM-DD", "without the title"), a role picked or ruled
// out ("who received the money", "the city she did not move to"). Read once
// per prompt (SourceText::asks) and once per schema (MemberLabelTable);
// judged by the request_meaning check. Internal to the checks library.
#ifndef STEPCACHE_CHECKS_SRC_REQUEST_MEANING_H_
#define STEPCACHE_CHECKS_SRC_REQUEST_MEANING_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"

namespace stepcache::checks::internal {

enum Qualifier : unsigned { kNoQualifier = 0, kExcluding = 1, kIncluding = 2 };
enum Form : unsigned {
  kNoForm = 0, kDigitsOnly = 1, kNoSpaces = 2, kNoUnit = 4, kNoTitle = 8, kNoCountryCode = 16, kFirstName = 32,
  kComputed = 64,  // a figure computed from the text: "how many", "the number of", a total, an average
  kUpperCase = 128, kLowerCase = 256  // "in upper case", "in capitals", "all caps"; "lower case", "lowercase"
};
// A word that names a figure computed from several values ("total", "sum",
// "count", "average", "maximum", "combined").
bool IsComputedWord(std::string_view lowercase_word);

// Whether a string value points at another value instead of stating one:
// a word of pointing or of a place in the layout ("same as shipping",
// "Ditto", "as above", "wie oben", "\xE3\x80\x83"), a reference that opens it
// ("see address", "siehe oben"), an arrow or a ditto mark alone, "unchanged",
// "self", or a time counted from another ("next day", "three days later",
// "+3 days", "tomorrow").
bool PointsElsewhere(std::string_view value);
// The longest value PointsElsewhere and a value naming another member are
// read in: a pointer is a short phrase.
inline constexpr std::size_t kPointerPhraseBytes = 48;
// Each byte's letter in lower case, or 0 for a byte that ends a word (ASCII
// letters are lowered, bytes past ASCII are letters of their own).
struct LowerLetterMap {
  unsigned char of[256];
  constexpr LowerLetterMap() : of() {
    for (unsigned c = 0; c < 256; ++c) {
      if (c >= 'A' && c <= 'Z') of[c] = static_cast<unsigned char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || c >= 0x80) of[c] = static_cast<unsigned char>(c);
    }
  }
};
inline constexpr LowerLetterMap kLowerLetter{};
// Calls `f` with each run of letters of `text` (ASCII letters, and bytes past
// ASCII) of at most 31 bytes, lower-cased, until it returns true; digits and
// marks end a word, and a longer run is no word of a list. One pass over the
// bytes: the check calls it on every short string value.
template <class F>
void ForEachLowerWord(std::string_view text, F&& f) {
  char word[32];
  std::size_t n = 0;
  for (const char c : text) {
    const unsigned char m = kLowerLetter.of[static_cast<unsigned char>(c)];
    if (m != 0) {
      // (Stored without a test: a word of 32 bytes or more is never passed
      // on, so what it writes over does not matter.)
      word[n & (sizeof word - 1)] = static_cast<char>(m);
      ++n;
      continue;
    }
    if (n != 0 && n < sizeof word && f(std::string_view(word, n))) return;
    n = 0;
  }
  if (n != 0 && n < sizeof word) f(std::string_view(word, n));
}
// Lowercase words of a text: its runs of ASCII letters and digits (a byte
// past ASCII ends a word). Not text_chars.h's Words, which reads tokens.
std::vector<std::string> AsciiWords(std::string_view text);
// A charge an amount can be given with or without ("vat", "shipping", "tip").
bool IsCharge(std::string_view lowercase_word);
// The qualification `words` ask for at word `i`, or kNoQualifier.
unsigned QualifierAt(const std::vector<std::string>& words, std::size_t i);
// The form `words` ask for at word `i` (Form bits), or kNoForm.
unsigned FormAt(const std::vector<std::string>& words, std::size_t i);
// The date pattern written in `text` ("YYYY-MM-DD", "DD.MM.YYYY"; "ISO
// 8601" reads as YYYY-MM-DD), uppercased; empty when there is none.
std::string DatePattern(std::string_view text);
bool MatchesDatePattern(std::string_view value, std::string_view pattern);
// A word that picks a role among several ("received", "sender", "bought").
bool IsRoleWord(std::string_view lowercase_word);
// "did not", "was not", "never" at word `i`: a choice ruled out.
bool RuledOut(const std::vector<std::string>& words, std::size_t i);

// The prompt's asks, clause by clause, and whether it picks a role.
void ReadAsks(const SourceText& source, std::vector<SourceText::Ask>* asks, bool* role);
// What the member's descriptions and titles (its own, its local $ref's, the
// schema's) ask, into the entry's asked_* fields and meaning_words.
void ReadMemberAsks(const rapidjson::Value* schema_json, std::string_view key, MemberLabelTable::Entry* entry);
// Whether a lowercase word of a request says what a value means, beyond
// asking for it: not a filler, an instruction's word ("extract", "return",
// "json") or a word any value has ("value", "field", "name").
bool IsMeaningWord(std::string_view lowercase_word);
// Whether a lowercase word of an instruction asks for a value in another
// unit, scale, form, time zone or as a computed figure ("millions",
// "percentage", "iso", "utc", "weekday", "rounded", "average", "annual",
// a unit word).
bool AsksTransform(std::string_view lowercase_word);
// Whether a lowercase word scales or counts values in groups, in the
// languages the checks know: "thousand", "Tsd", "tusen", "milliers", "mio",
// "lakh", "dozen", "dusin", a currency with a scale letter ("TNOK", "kEUR",
// "MNOK", "tkr"), "multiplier". A line holding one may rescale every number
// of the text ("(Amounts in TNOK.)", "Counts in dozens").
bool IsScaleWord(std::string_view lowercase_word);

// Whether a lowercase word asks for a value in another unit, scale, form or
// time zone than a text usually gives it in, so that a copy of the text's
// value is wrong unless the text states the word as well ("grams",
// "thousands", "TNOK", "percentage", "cents", "ISO", "alpha", "uppercase",
// "UTC", "weekday"). A unit word is judged against the unit the text
// gives the value in (UnitDimension).
bool AsksConversion(std::string_view lowercase_word);
// The currency a lowercase word or sign names ("eur" for "euros" and "€",
// "usd" for "$"); empty when it names none.
std::string_view CurrencyOf(std::string_view lowercase_word);
// The same, for a number value (not "ISO", "uppercase", "UTC").
bool AsksNumberConversion(std::string_view lowercase_word);
// The words [first, last) of `words` around word `i`: up to `reach` words
// either side, not past "and" or "or" ("full_name, age and city" lists other
// fields; "the address she left" says which).
std::pair<std::size_t, std::size_t> ClauseAround(const std::vector<std::string>& words, std::size_t i,
                                                 std::size_t reach);
// A word that negates another by its prefix ("unpaid", "nonsmoker",
// "unconfirmed"; not "under", "until", "units").
bool Negated(std::string_view lowercase_word);
// What a unit measures (vocab::UnitOf's canonical units): 'L'ength,
// 'M'ass, 'V'olume, 'T'ime, 'K' temperature, 'B'ytes; 0 for another.
char UnitDimension(std::string_view unit);
// Whether token `i` of `t` (within [from, to)) is the apostrophe of a
// possessive of a word the instruction does not say (`said`): "the front
// desk's city", "the desk\u2019s" — a party other than the one asked about.
bool PossessiveOfAnother(const std::vector<Token>& t, std::size_t i, std::size_t from, std::size_t to,
                         const std::vector<std::string>& said);
// Whether the instruction (the tokens of `t` outside the source) names whose
// values it asks for: a possessive ("the customer's name") or "of" before a
// word ("the name of the guest"). Read once per text.
bool AsksWhose(const std::vector<Token>& t);
// Whether the words [from, to) of a prose line of `prompt` (tokens `t`) give
// something to a party the instruction does not name (`said`): a possessive,
// in lower case, of a word it does not say ("the front desk's city"), or "of
// (the, our, his, its...)" before such a word, neither the text's nor a name
// ("details of the front desk"); or, where they speak of the record or point
// at it ("details", "below"), "re", "ref", "regarding", "concerning",
// "about:", "subject:", "on his / its / their...", or "our" after a colon,
// "on", "is" or "are", before one ("details re: our front desk below",
// "subject: the manager, details below"); a party's word may follow a
// record's ("the information desk"). *record tells whether they name the record as a whole
// ("details", "record", "data", "information"). Read only where AsksWhose:
// "Return name, age and city." asks for the record whoever's it is.
bool GivesToAnother(const std::vector<Token>& t, std::size_t from, std::size_t to, const std::vector<std::string>& said,
                    std::string_view prompt, bool* record);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_REQUEST_MEANING_H_
