// What a member's name says of its value as a code: whether any word of
// the name names a code ("order_id", "billingEmail", "IBAN"), and whether
// the name ends in one ("locker_code", "seat", "loadingBay"; not
// "account_holder"), whose value is then a code and the words beside it
// notes. Read once per schema member (MemberLabelTable::Entry).
// Internal to the checks library; pure functions, thread-safe.
#ifndef STEPCACHE_CHECKS_SRC_CODE_NAMES_H_
#define STEPCACHE_CHECKS_SRC_CODE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace stepcache::checks::internal {

// Whether a member's key names a code: an id, a number, a reference, an
// account, a phone, an e-mail address (`key_words`: the key's label words,
// MemberLabels' last set).
bool CodeMember(const std::vector<std::string>& key_words);

// How a member's name ends: in no code word, in a code word, or in a word
// for things numbered and counted alike ("order": "2 x Lamp" may stand).
enum class CodeName : unsigned char { kNone, kCode, kCount };

// The name's ending (its last word after '_', '-', '.', a blank or a
// lower-to-upper case step, lower case, a plural 's' dropped); `head`,
// when given, receives that word for a code name.
CodeName NameEndsInCode(std::string_view key, std::string* head = nullptr);

// Whether `head` (NameEndsInCode's) names a code by nature, which holds a
// digit or is written in capitals (an id, a ticket, a locker; not a seat, a
// gate or an aisle, which may have a name: "Window", "North").
bool PureCodeHead(std::string_view head);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_CODE_NAMES_H_
