// Judging a value by where the source puts it, when its place changes what
// it states (SourceText::Place): one end of a range, a rate, a number in a
// sentence that supposes, an earlier message quoted below newer text.
// Internal to the checks library, used by the labeled_fields check; pure,
// thread-safe.
#ifndef STEPCACHE_CHECKS_SRC_VALUE_PLACE_H_
#define STEPCACHE_CHECKS_SRC_VALUE_PLACE_H_

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "field_context.h"

namespace stepcache::checks::internal {

// A verdict when every occurrence of `value` stands in such a place, else
// nullopt (the other checks judge it):
//   * one end of a range ("Price range: 10–15 EUR") passes only when the
//     member's words (`own` labels, `qualifiers`) name that end ("min
//     price" -> 10) and it occurs once, in the selected record if any;
//     otherwise it fails;
//   * a rate ("30 boxes per pallet") fails unless the member is a rate
//     ("price", "speed", "per ...");
//   * a number in a supposing sentence ("If it arrives late the fee would
//     be 50") fails when the text gives another number outside such
//     sentences;
//   * a value found only in an earlier message quoted below newer text
//     ("> My phone is 917 44 555") fails when the newer text gives a number
//     (for a value with digits) or a word of the member's label.
//   * a number in a question fails when the text states another one; a
//     number the text computes with ("half of the 40 seats", "12 ... except
//     3") fails; a value in a withdrawn clause ("(cancelled)") or one of what
//     held before ("originally", "instead of room 118") fails.
std::optional<StepVerdict> JudgeByPlace(const SourceText& source, const rapidjson::Value& value,
                                        const std::vector<TokenSpan>& occurrences, const LabelSets& own,
                                        const std::vector<std::string>& qualifiers,
                                        std::optional<std::size_t> record, bool pass_reason);

// The source's words that are a word of the member's label, or a word of
// the same stem ("arrives" for "arrival time"), each with the number right
// before or after it (over small words, ':' and '='): pairs (word, number)
// of token indices. Read once per member and request
// (MemberFacts::NumbersBesideOwnStem).
std::vector<std::pair<std::size_t, std::size_t>> NumbersBesideMemberStem(const SourceText& source, const LabelSets& own);

// For a value that nothing near names (a prose occurrence `occ`): a reason
// to fail when one of `beside` (NumbersBesideMemberStem) puts the member's
// word beside another number ("leaves at 14:35 and arrives at 16:05" for
// the arrival time 14:35).
std::optional<std::string> OtherValueBesideMemberWord(const SourceText& source, TokenSpan occ,
                                                      const std::vector<std::pair<std::size_t, std::size_t>>& beside);

// An object or an array of objects (a member's value): a failing verdict
// when one of its strings or numbers occurs only in a former field
// ("Previous address: ...") or in a clause the text withdraws or gives as
// what held before; or when an array's object pairs
// its one string with a number while the text puts another number right
// beside that string ("2 lamps, 3 chairs" and {"name": "lamps", "qty": 3}).
// Else nullopt.
// `former_field`: whether the text has a former field at all.
std::optional<StepVerdict> JudgeComposite(const SourceText& source, const rapidjson::Value& value, bool former_field);

// A first or last name (`qualifiers` hold "first"/"given" or
// "last"/"family") cut from a general name field: a failing verdict when
// `value` (normalised) is the other end of that field's name ("Name: Berg,
// Jonas" gives the first name Jonas, not Berg), else nullopt.
std::optional<StepVerdict> JudgeNamePart(const std::vector<std::string>& qualifiers,
                                         const std::vector<MemberFacts::GeneralField>& general,
                                         const std::string& value);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_VALUE_PLACE_H_
