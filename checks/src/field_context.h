// What the text around an extracted value says about whose value it is:
// the words beside it, the field it stands in, the record or entity the
// instruction points at, denials and corrections. Internal to the checks
// library, used by the labeled_fields check; pure functions, thread-safe,
// except MemberFacts and RequestFactsData (one request's facts, filled as
// its checks run: one thread at a time).
#ifndef STEPCACHE_CHECKS_SRC_FIELD_CONTEXT_H_
#define STEPCACHE_CHECKS_SRC_FIELD_CONTEXT_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/checks/step_verifier.h"

namespace stepcache::checks::internal {

// How many times the instruction names each member's word (a member's word,
// or its singular: "city" 2 in "Extract the customer and city. Put the city
// in the customer field.").
std::map<std::string, int> InstructionMemberMentions(const SourceText& source, const MemberLabelTable& labels);
// The first instruction sentence that names two members with a word that may
// move a value between them ("use the city line for the customer field",
// "Give the customer the city's value", "Fill traveller with the
// destination"), joined; "" when there is none.
std::string MemberMappingSentence(const SourceText& source, const MemberLabelTable& labels);

using TokenSpan = std::pair<std::size_t, std::size_t>;
// The few words around an occurrence (NearWords: at most two before and
// two after), as views of the prompt's words: no allocation.
struct WordList {
  std::string_view words[4];
  std::size_t count = 0;
  void push_back(std::string_view w) { words[count++] = w; }
  const std::string_view* begin() const { return words; }
  const std::string_view* end() const { return words + count; }
};

// Every occurrence of a string value is glued to a capitalised word: a
// fragment of a longer name.
bool OnlyFragments(const SourceText& s, const std::vector<TokenSpan>& occ);
// The words within two words of an occurrence, in the same clause.
WordList NearWords(const SourceText& s, TokenSpan occ);
// Whether `words` hold every word of one of `labels` (`any`: one word is enough).
bool Names(const WordList& words, const LabelSets& labels, bool any = false);
// Whose value an occurrence is by its adjacent words: +1 own, -1 another member's, 0 neither.
int AdjacentNaming(const SourceText& s, TokenSpan occ, const LabelSets& own, const LabelSets& others);
// A truth value stated in prose by the member's label words, negated or not.
// With `sentences_only`, only words on lines of prose with no field at all
// count (SourceText::PlainProseLine), in `record` when it is given.
StepVerdict JudgeProseBool(const SourceText& s, const LabelSets& labels, bool value, bool sentences_only = false,
                           std::optional<std::size_t> record = std::nullopt);
// A mention preceded by a denial ("not 29", "was 70 kg", "moved from
// Ghent"), struck through, or followed by "until" in its clause.
bool Denied(const SourceText& s, TokenSpan occ);
// Whether the source holds a word Denied reads: without one, no value is denied.
bool MayDeny(const SourceText& s);
// A field about a former or other state ("Previous home").
bool FormerField(const Field& f);
// The one field the instruction points at as an entity ("of his wife"), if any.
const Field* SelectorField(const SourceText& source, const MemberLabelTable& table);
// The source sentences (token spans) that mention an entity the instruction
// points at ("of the applicant", "the tenant's") which names no member and
// no field label: "The applicant is Nora Lie, 27." beside a record that
// does not say whose it is. Read once per check.
std::vector<TokenSpan> RoleSentences(const SourceText& source, const MemberLabelTable& table);
// Whether a role sentence states another value of the member's kind than
// `value` (whose source occurrences are `occ`): a different number for a
// number, a capitalised word for a string, and `value` is not in it.
bool RoleSentenceStatesOther(const SourceText& source, TokenSpan sentence, const rapidjson::Value& value,
                             const std::vector<TokenSpan>& occ);
// Where a string or number value occurs in the source text (whole tokens).
std::vector<TokenSpan> ValueOccurrences(const SourceText& source, const rapidjson::Value& value);
// How many of the occurrences `occ` stand in `field`'s value.
std::size_t CountInField(const SourceText& source, const std::vector<TokenSpan>& occ, const Field& field);
// The one field the instruction excludes as an entity ("the person who is
// not the sender", "other than the buyer"), if any.
const Field* ExcludedField(const SourceText& source, const MemberLabelTable& table);
// The words field `f`'s label adds to the member's own name, as written
// (source words too: "Record number"), singular, without articles and
// prepositions: {"card"} for "Card name" and the member "name".
std::vector<std::string> TwinWords(const Field& f, const MemberLabelTable::Entry& entry);
// Whether `f`'s label holds every word of `label` (one label set of a
// member) that is no filler; a label of fillers alone ("From") only as its
// whole label.
bool LabelHolds(const Field& f, const std::vector<std::string>& label);
// A word of `f`'s label that ends in one of the member's own label words, a
// compound ("kartenname", "cardname" for "name"; not "claimant" for
// "claim"); nullptr when none.
const std::string* CompoundOfOwnWord(const Field& f, const MemberLabelTable::Entry& entry);
// What the instruction says around the member's name, no member's words:
// `adjacent`, the word right before it or after its "of", "on", "for" ("the
// card name", "the card's name", "the name on the card"); `mentioned`, any
// word of the instruction that does not stand right before another
// member's name ("the name as printed on the card" mentions "printed" and
// "card"), instruction words aside; `mentioned_all`, the same with them
// ("For the desk, give its number." mentions "number"); `near`, the
// `mentioned` words within three words of content before or after the
// member's name, up to another member's name ("the name as it appears on
// the card", not "purchase" in "From the purchase order below, extract
// po_number, total_amount and currency"). Sorted, singular and canonical
// forms.
struct TwinAsk {
  std::vector<std::string> adjacent, mentioned, mentioned_all, near;
};
TwinAsk AskedTwinWords(const SourceText& source, const MemberLabelTable::Entry& entry);
// Every one of `twin_words` (TwinWords) is in `asked`.
bool AllAsked(const std::vector<std::string>& twin_words, const std::vector<std::string>& asked);
// Whether `word` is a key written with '_' ("check_in", "total_amount") all
// of whose words (fillers aside) are words of `sets`' labels.
bool KeyInLabels(const std::string& word, const LabelSets& sets);
// Whether `w` is a word of one of `sets`' labels.
bool InLabels(const LabelSets& sets, std::string_view w);
// Qualifiers the instruction puts on the member ("his city of birth").
std::vector<std::string> InstructionQualifiers(const SourceText& source, const LabelSets& labels);
// Among several fields naming the member, those the instruction points at.
std::vector<const Field*> Selected(const SourceText& source, const std::vector<const Field*>& named,
                                   const LabelSets& labels);
// A field whose label is the member's label negated ("Non-smoker"): its value, inverted.
std::optional<bool> NegatedField(const SourceText& source, const LabelSets& labels,
                                 std::optional<std::size_t> record);
// What the words a field's label adds to a boolean member's own do to its
// yes or no: nothing ("Breakfast included"), turn it ("Breakfast declined",
// "Opt-out" for opt_in, "Do not call" for may_call), or something no list
// here reads ("Breakfast daily"); `word` gets the word that decided.
enum class BoolLabelTurn { kNone, kReverses, kUnread };
BoolLabelTurn TurnOfBoolLabel(const SourceText& source, const Field& f, const MemberLabelTable::Entry& entry,
                              std::string* word);
// Numbers stated right beside one of the member's label words outside field
// labels; `canonical` holds the labels' canonical words (CanonicalWords).
std::vector<double> LabelAdjacentNumbers(const SourceText& s, const LabelSets& labels, const LabelSets& canonical,
                                         std::optional<std::size_t> record);
// A string value written with digits ("913 45 678", "2027-04-10") of which
// the text holds another value of the same form outside any field that
// names a member ("New: 913 45 678", "she stays until 2027-04-12"): which
// of the two the member is, the words around them say (evidence.cc).
// With `prose_lines` (ProseDigitLines), only such values outside every field
// on those lines count.
struct ProseLine {
  std::size_t begin;  // byte offset in the prompt
  std::string form;   // the line's form (a digit '9', a letter 'a'), byte for byte
};
bool OtherValueOfItsForm(const SourceText& s, const rapidjson::Value& value, const MemberLabelTable& table,
                         const std::vector<ProseLine>* prose_lines = nullptr);
// The runs of a source line outside every field that hold a digit ("At her
// request she stays until 2027-04-12."), with their forms, read once per
// request.
std::vector<ProseLine> ProseDigitLines(const SourceText& s);
// The numbers of the prose sentences that name the member by one of its
// labels (`canonical`: their CanonicalWords), word for word, outside any field ("Loyalty members receive 10%
// off the total price; as a member you pay 5103.00 NOK."), with the
// sentence: the text says more of it than its field.
struct ProseNumber {
  double number;
  TokenSpan sentence;
};
std::vector<ProseNumber> ProseSentenceNumbers(const SourceText& s, const LabelSets& canonical,
                                              std::optional<std::size_t> record);
// The instruction words that ask for a value changed ("upper", "double",
// "tomorrow"), by index into source.instruction_words(); once per check.
std::vector<std::size_t> TransformationWords(const SourceText& source);
// Forms of a number the instruction asks that a value as the text writes it
// may not have: an integer ("as an integer", "integer value"), or the number
// alone ("just the number", "number, nothing else", "as a bare number"). Not
// read when denied ("need not be an integer").
struct NumberFormAsked {
  struct Ask {
    bool integer = false;  // else the number alone
    // The member label word right before "as" ("the hours as an integer":
    // "hour"): the form is asked of that member only; empty, of every member.
    std::string named;
  };
  std::vector<Ask> asks;
};
NumberFormAsked NumberFormAskedBy(const SourceText& source, const MemberLabelTable& table);

// Words that tell one field of a kind from another for this member: the
// instruction's words right before one of its label words ("the shipping
// city", "her home phone") and its own label words ("home" of home_phone).
std::vector<std::string> DistinguishingWords(const SourceText& source, const LabelSets& labels);
// A field whose label is made of the member's own label words ("Employee"
// for the employee name) names it: the reason a value in a field sharing
// none of them ("Approved by: Ola Dahl") is someone else's, or nullopt.
std::optional<std::string> NamedElsewhere(const SourceText& s, TokenSpan occ, const LabelSets& labels);
// When the field holding the occurrence `occ` is not the one `words` ask
// for: a field of the same kind has one of the words in its label and this
// one does not ("Billing address" when "Shipping address" is there), or the
// field's value marks another of its parts with the word ("+47 912 (work),
// +47 400 (home)"). The reason, or nullopt.
std::optional<std::string> WrongPartOfKind(const SourceText& s, TokenSpan occ, const std::vector<std::string>& words);
// An instruction sentence that asks a member to be null ("Set frequent
// flyer to null.", "Ignore the frequent flyer line and put null.", "Use null
// for loyalty number."; round 268): its words (singular, a key's words split
// at '_') and its bytes. Not a condition or a denial ("null if unknown", "If
// missing, use null.", "Never null.").
struct NullSentence {
  std::vector<std::string> words;
  std::size_t begin = 0, end = 0;
};
std::vector<NullSentence> NullAskingSentences(const SourceText& source);
// The field whose value holds a remark that speaks of other values
// ("Customer: Zofia Holt (the two cities on this form are swapped)", round
// 266; "Overdraft: (x) \u2013 the next answer is reversed", round 267), or
// nullptr: what it does to them is not read. `strict` asks for one that
// names other values; else a word of change in three words is one too.
const Field* RemarkOfOthersInAField(const SourceText& source, bool strict);
// The parties or ends (vocab::RoleOf) the member asks for: those its name
// says ("sender_name"), else its description, else the instruction ("the
// seller's details"); 0 when none, or when they name both sides of a pair
// ("from the sender to the recipient").
std::uint64_t MemberRoles(const SourceText& source, const LabelSets& own);
// When the occurrence `occ` is stated for another party or end than
// `roles`: its field's label names one ("Recipient name:", "To:"), or,
// when the label names none, its record's header ("Doctor:" above
// "Name:") or a role column of its row; in prose, the role word of its
// clause, before it ("the recipient's name is ...") or else after it
// ("Ole Vik is the recipient's name"). The reason, or nullopt (also when
// `roles` is 0 or nothing names a party).
std::optional<std::string> OtherPartyAt(const SourceText& s, TokenSpan occ, std::uint64_t roles);
// OtherPartyAt for a value of field `f`.
std::optional<std::string> OtherPartyOfField(const SourceText& s, const Field& f, std::uint64_t roles);
// What a label says its number is: a count ("Number of rooms", "# of
// rooms", "No. of rooms", "Room count", "Total rooms", "num_rooms") or an
// identifier ("Room number", "Room no.", "Order #", "room_id"); unknown
// otherwise ("Rooms", "Number", "Rooms number").
enum class Tally { kUnknown, kCount, kIdentifier };
Tally TallyOf(std::string_view label);
// When field `f`'s label says a count and `member` an identifier, or the
// other way round ("Room number: 214" for number_of_rooms): the reason, or
// nullopt.
// `member_noun`: the member's name when it is one singular noun ("room"),
// which a count of it is not ("Rooms: 2").
std::optional<std::string> OtherTallyOfField(const SourceText& s, const Field& f, Tally member,
                                             std::string_view member_noun = {});

// Whether source token `i` is a word written with a capital, or opening
// with a letter outside ASCII ("Ålesund"): a name's or a value's word.
bool Capitalised(const SourceText& source, std::size_t i);

// When another field of `f`'s record says which side of zero a number is
// on ("Temperature: 4" beside "Direction: below zero", "Elevation: 12"
// beside "Position: below sea level", "Balance: 42.00" beside "Status:
// overdrawn"; a "Direction", "Sign", "Polarity" or "Hemisphere" field with
// any word), or a "Times", "Multiplier" or "Factor" field: the reason, or
// nullopt. The number `f` states may then carry a sign or a factor it does
// not show.
std::optional<std::string> SignInAnotherField(const SourceText& s, const Field& f);

// When another field of `f`'s record says which half of the day the time
// `f` states (at `hour`, 0-23 as written; -1 unknown) is in and the time
// is not in it as written ("Arrival time: 10:30" beside "Period: p.m.",
// "Zone: PM", "Sailing: evening"; "12:30" beside "a.m."; a "Period" or
// "Meridiem" field with any other word, "night" or "noon" for any hour):
// the reason, or nullopt. The time may then be twelve hours off.
std::optional<std::string> HalfOfDayInAnotherField(const SourceText& s, const Field& f, int hour);

// The source's words saying what holds now ("now", "currently", "today",
// "these days"), by token index; once per request.
std::vector<std::size_t> PresentMarkers(const SourceText& s);
// A sentence of the source with one of `markers` (PresentMarkers: "I am 35
// now", "currently 42") that gives, instead of `value`, another number that
// could be it (RivalNumber's tests): the index of that number's token.
std::optional<std::size_t> PresentNumberElsewhere(const SourceText& s, const std::vector<std::size_t>& markers,
                                                  double value, std::string_view unit,
                                                  const LabelSets& own, const LabelSets& others,
                                                  const std::vector<double>& claimed);

// Another number in the sentence of the prose occurrence `occ` that could be
// the member's value as well ("The form says 34, but that is a typo: the
// patient is 43."): not the value itself, not beside another member's word,
// not a piece of a date, time or code, not a year after "in"/"since", not in
// another unit than `unit`, not a value another member of the answer holds.
// The index of its token, or nullopt when the sentence has none.
std::optional<std::size_t> RivalNumber(const SourceText& s, TokenSpan occ, double value, std::string_view unit,
                                       const LabelSets& own, const LabelSets& others,
                                       const std::vector<double>& claimed);
// The instruction asks for the value changed in a way the checks cannot
// verify: one of `words` (TransformationWords) that names no label of the member.
bool TransformationAsked(const SourceText& source, const std::vector<std::size_t>& words, const LabelSets& labels);

// What labeled_fields reads of one member and the request's prompt alone
// (RequestFacts), each made at its first use and kept for the request's
// later checks. One thread at a time.
class MemberFacts {
 public:
  MemberFacts(const SourceText& source, const MemberLabelTable& table, std::string_view key);
  MemberFacts(const MemberFacts&) = delete;
  MemberFacts& operator=(const MemberFacts&) = delete;

  // The member's labels (MemberLabelTable::Find).
  const MemberLabelTable::Entry& entry() const { return *entry_; }
  // The selected record when the text has several.
  std::optional<std::size_t> record() const { return record_; }
  // Whether `f` is a field of the selected record (any field when none
  // is): of it, or of a record that gives its values again
  // (SourceText::RecordOwner).
  bool InRecord(const Field& f) const {
    return !record_ || f.record == *record_ || source_.RecordOwner(f.record) == *record_;
  }
  // How well `f`'s label names the member: LabelMatch over its own labels,
  // the best (0: not at all).
  int OwnScore(const Field& f);
  // The same over the other members' labels.
  int OtherScore(const Field& f);
  // The fields of the selected record (all when the text has one) whose
  // label names the member best, in text order.
  const std::vector<const Field*>& Named();
  // After Named(): a field whose label adds words to the member's name
  // that the instruction mentions but not right at the name ("the name as
  // printed on the card" beside "Name:" and "Card name:"), when another
  // field names the member too; nullptr when none.
  const Field* UnreadTwin() {
    Named();
    return unread_twin_;
  }
  // After Named(): the text has a twin of the member's field ("Card name:"
  // beside "Name:", "Kartenname:"), the request picks none of them by the
  // words at the member's name, and it says other words that may ("the
  // name as it appears on the card").
  bool TwinUnpicked() {
    Named();
    return twin_unpicked_;
  }
  // After Named(): the twins holding the member's whole name ("Total amount
  // payable:", "Revised total amount:" beside "Total amount:") when the
  // request picks none of them.
  const std::vector<const Field*>& UnpickedTwins() {
    Named();
    return unpicked_twins_;
  }
  // Named(), narrowed by Selected(): empty when the instruction turns away
  // from every field naming the member ("the actual cost (not the planned
  // one)" over "Cost planned: 7695").
  const std::vector<const Field*>& NamedSelected();
  // TransformationAsked over the request's TransformationWords.
  bool TransformationAsked(const std::vector<std::size_t>& words);
  // Whether `word` is one of the member's own label words.
  bool HasOwnWord(std::string_view word) const;
  // Qualifiers the member carries: InstructionQualifiers, then the entry's.
  const std::vector<std::string>& Qualifiers();
  // With Qualifiers(): the fields of the selected record whose label holds
  // a non-filler own label word and no qualifier, each with the canonical
  // text of the number its value states (nullopt when none).
  struct GeneralField {
    const Field* field;
    std::optional<std::string> number;
  };
  const std::vector<GeneralField>& GeneralFields();
  // AskedUnit.
  std::string_view Unit(bool* from_instruction);
  // LabelAdjacentNumbers in the selected record.
  const std::vector<double>& AdjacentNumbers();
  // ProseSentenceNumbers in the selected record.
  const std::vector<ProseNumber>& ProseNumbers();
  // NegatedField in the selected record.
  std::optional<bool> Negated();
  // JudgeProseBool for `value`.
  const StepVerdict& ProseBool(bool value);
  // DistinguishingWords.
  const std::vector<std::string>& Distinguishing();
  // The other members' labels that share a word with one of this member's
  // ("closing balance" for the opening balance): members of its kind.
  const LabelSets& KindTwins();
  // MemberRoles.
  std::uint64_t Roles();
  // TallyOf the member's name (a plural noun alone: a count), and the name
  // when it is one singular noun.
  Tally tally() const { return tally_; }
  std::string_view noun() const { return noun_; }
  // The source's numbers right after a single word of the member's labels
  // ("Paid 35.00" for amount_paid), with that word's token index.
  struct WordNumber {
    std::size_t word;
    double number;
  };
  const std::vector<WordNumber>& NumbersAfterOwnWord();
  // The values the source names by a run of the member's own words (or,
  // for a member named by a role, the role's words): after it, a
  // capitalised word or a number, over one more noun, "de"/"of" or "is"
  // ("destination Arendal", "origin point Arendal", "the destination for
  // this booking is, as agreed, Skien"), unless a word for another end or
  // side stands before the run ("end point Kjenndal"); else before it, over
  // at most four lower-case words and clause marks ("Oslo being the
  // destination", "Vardø, the destination", "Odda destination."). The token
  // where the named value begins, or the one just past where it ends (kNone
  // for the other).
  struct WordValue {
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t word, begin, end;
  };
  const std::vector<WordValue>& ValuesAfterOwnWord();
  // NumbersBesideMemberStem (value_place.h) for this member.
  const std::vector<std::pair<std::size_t, std::size_t>>& NumbersBesideOwnStem();

 private:
  // Named()'s second part: the twins of the fields naming the member, which
  // the request picks (into named_), leaves unread or does not pick.
  void ReadTwins();

  const SourceText& source_;
  MemberLabelTable::Entry scratch_;  // the entry of a key the schema lacks
  const MemberLabelTable::Entry* entry_;
  std::optional<std::size_t> record_;  // the selected record, when the text has several
  std::vector<int> own_scores_, other_scores_;  // per field, -1 until made
  std::optional<std::vector<const Field*>> named_, selected_;
  const Field* unread_twin_ = nullptr;
  bool twin_unpicked_ = false;
  std::vector<const Field*> unpicked_twins_;
  std::optional<bool> transformation_;
  std::optional<std::vector<std::string>> qualifiers_;
  std::optional<std::vector<GeneralField>> general_;
  bool unit_made_ = false;
  std::string_view unit_;
  bool unit_from_instruction_ = false;
  std::optional<std::vector<double>> adjacent_;
  std::optional<std::uint64_t> roles_;
  Tally tally_ = Tally::kUnknown;
  std::string noun_;
  std::optional<std::vector<ProseNumber>> prose_numbers_;
  std::optional<std::optional<bool>> negated_;
  std::optional<StepVerdict> prose_bool_[2];
  std::optional<std::vector<std::string>> distinguishing_;
  std::optional<LabelSets> kind_twins_;
  std::optional<std::vector<WordNumber>> after_own_word_;
  std::optional<std::vector<WordValue>> values_after_own_word_;
  std::optional<std::vector<std::pair<std::size_t, std::size_t>>> beside_own_stem_;
};

// The data of a RequestFacts (request_facts.h).
// The people the source's prose names: runs of two or more capitalised
// words, each once (request_meaning_verifier.cc).
struct PeopleInProse {
  std::vector<std::string> names;
};

struct RequestFactsData {
  RequestFactsData(const SourceText& s, const MemberLabelTable& t) : source(s), table(t) {}
  const SourceText& source;
  const MemberLabelTable& table;
  // What the instruction says for every member, made at the first check.
  bool once_made = false;
  const Field* selector = nullptr;           // SelectorField
  const Field* excluded = nullptr;           // ExcludedField
  std::vector<std::size_t> transformations;  // TransformationWords
  std::vector<TokenSpan> roles;              // RoleSentences
  std::vector<std::size_t> present;          // PresentMarkers
  bool former_field = false;                 // some field is a FormerField
  std::vector<ProseLine> prose_digit_lines;  // ProseDigitLines
  bool may_deny = false;                     // MayDeny
  std::vector<NullSentence> null_asked;      // NullAskingSentences
  const Field* remark_of_others = nullptr;   // RemarkOfOthersInAField, strict
  NumberFormAsked number_form;               // NumberFormAskedBy
  // The instruction's short words written with their case marked ("mW",
  // "MBps": CaseMarked), by token index: units whose size the case gives.
  std::vector<std::size_t> case_marked_asks;
  std::optional<PeopleInProse> people;       // made at its first look-up
  void MakeOnce();
  // The member named `key`, made at its first look-up.
  MemberFacts& Member(std::string_view key);
  std::map<std::string, MemberFacts, std::less<>> members;
  // The members in the order they were first looked up (views of the map's
  // keys, whose nodes never move), and where the next look-up is expected:
  // the checks of one request look members up in the same order, so a
  // look-up is most often one comparison instead of a walk down the map.
  std::vector<std::pair<std::string_view, MemberFacts*>> member_order;
  std::size_t member_next = 0;
  // Per source field (by index), whether Qualified(value_tokens) holds:
  // -1 until read (FieldQualified).
  std::vector<signed char> field_qualified;
  bool FieldQualified(const Field& f);
  // SourceText::FindInSource of a value a member's schema allows (an enum
  // value: the schema's, not the answer's), found at its first look-up:
  // the same for every answer to the request. (Valid until the next call.)
  const std::vector<TokenSpan>& AllowedValueSpans(std::string_view value);
  std::vector<std::pair<std::string, std::vector<TokenSpan>>> allowed_value_spans;
};

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_FIELD_CONTEXT_H_
