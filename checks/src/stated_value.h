// How the labeled_fields check reads what a field states: a truth value,
// a number as the text means it (units, multipliers, signs), a value the
// text qualifies or corrects, and whether an extracted value agrees with
// it. Internal to the checks library; pure functions, thread-safe.
#ifndef STEPCACHE_CHECKS_SRC_STATED_VALUE_H_
#define STEPCACHE_CHECKS_SRC_STATED_VALUE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"

namespace stepcache::checks::internal {

// "yes", "no", "unpaid", "never", ... as a truth value; false when unreadable.
bool ReadBool(const std::string& stated, bool* value);
// The stated value without surrounding quotes.
std::string Core(std::string stated);
// The unit a member is asked in (see stated_value.cc); "" when none. The
// prompt's instruction words and the member's labels are read once
// (SourceText::instruction_singular, MemberLabelTable::Entry).
std::string_view AskedUnit(const SourceText& source, const MemberLabelTable::Entry& member,
                           bool* from_instruction = nullptr);
// A stated value that qualifies itself (a correction, a former value, an estimate).
bool Qualified(const std::vector<Token>& tokens);
// The number a stated value means ("42.00k" is 42000); nullopt for none or several.
std::optional<double> StatedNumber(const std::vector<Token>& tokens);

enum class Agreement { kSame, kDiffers, kUnreadable };
// Whether `value` is what `stated` (a field's normalised value) says, in `unit`.
Agreement Compare(const rapidjson::Value& value, const std::string& stated, std::string_view unit = {},
                  bool unit_from_instruction = false);
// The same with `stated` already tokenized (Field::value_tokens).
Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction);
// The same with a string value's NormalizeText given (`normalized`; null
// for other values), for a caller comparing one value with several fields.
Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction, const std::string* normalized);
// The same with Qualified(tokens) given when known (a field's, read once
// per request); nullopt: read here.
Agreement Compare(const rapidjson::Value& value, const std::string& stated, const std::vector<Token>& tokens,
                  std::string_view unit, bool unit_from_instruction, const std::string* normalized,
                  std::optional<bool> qualified);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_STATED_VALUE_H_
