// What a member's name says its value is made of (a date holds digits, a
// phone number several, an e-mail address a mailbox and a domain), and
// words that say a value is missing ("no fax", "unemployed", "kommer
// snart"). Read for members whose schema allows null: a string that is not
// such a value, or says there is none, is not the value; null is.
// Internal to the checks library; pure functions, thread-safe.
#ifndef STEPCACHE_CHECKS_SRC_VALUE_KIND_H_
#define STEPCACHE_CHECKS_SRC_VALUE_KIND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepcache::checks::internal {

// The kinds of value a member's labels (its name's and its description's
// label words, lower case, singular) name, as bits for NotAValueOfItsKind:
// read once per schema member (MemberLabelTable::Entry::value_kinds).
unsigned ValueKindsOf(const std::vector<std::vector<std::string>>& labels);

// Why `value` is no value of the kinds `kinds` (ValueKindsOf) names, or
// says that there is none; nullopt when it may be one. "ongoing" for an
// end date, "+47" for a phone, "@" for an e-mail, "https://" for a website,
// "no employer", "arbeitslos".
std::optional<std::string> NotAValueOfItsKind(unsigned kinds, std::string_view value);

// Why a number is no value of those kinds (an age past 150 or below 0, as
// "Age: 1984" gives a year; a number of nights past 999, as "Nights:
// 20260217" gives a date), or nullopt.
std::optional<std::string> NotANumberOfItsKind(unsigned kinds, double value);

// Whether a string is affirmed as a value rather than as a word that may
// say there is none in a language no list holds ("ukendt", "onbekend"),
// a template's ("Nom Pr\u00e9nom", "na@na.com", "+47 11 11 11 11") or a
// phrase for "not yet" ("Awaiting Assignment"): the member is free text;
// or it is of a kind (a phone, an e-mail, a date, a postcode...), its
// digits, mailbox and date are no template's ("1970-01-01"), and it holds two digits or an
// '@' or opens with a capital. Of a member of no kind (a name, an
// employer) only a code is ("SK 4037": two digits, not one repeated, no
// word without one but three capitals at most). Only such a value of a member that may be null or
// left out is stored and reused.
bool AffirmedValue(unsigned kinds, std::string_view value);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_VALUE_KIND_H_
