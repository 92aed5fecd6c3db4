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

// Why `value` is no value of the kind the member's labels (its name's and
// its description's label words, lower case, singular) name, or says that
// there is none; nullopt when it may be one. "ongoing" for an end date, "+47" for a phone, "@"
// for an e-mail, "https://" for a website, "no employer", "arbeitslos".
std::optional<std::string> NotAValueOfItsKind(const std::vector<std::vector<std::string>>& labels,
                                              std::string_view value);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_VALUE_KIND_H_
