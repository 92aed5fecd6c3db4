// Reading one object of a rules document with errors that name the JSON
// Pointer at fault. Internal to the checks library.
#ifndef STEPCACHE_CHECKS_SRC_RULES_PARAMS_H_
#define STEPCACHE_CHECKS_SRC_RULES_PARAMS_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/rules.h"

namespace stepcache::checks::internal {

// A view of one JSON object of a rules file at `pointer`. Every getter
// leaves its output untouched when the member is absent and returns false
// (with *error filled) only when it is present but wrong.
class ParamObject {
 public:
  ParamObject(const rapidjson::Value& object, std::string pointer, RulesError* error)
      : object_(object), pointer_(std::move(pointer)), error_(error) {}

  // False when a member other than `allowed` is present.
  bool OnlyKeys(std::initializer_list<std::string_view> allowed);
  bool Has(std::string_view key) const;
  bool GetBool(std::string_view key, bool* out);
  bool GetNumber(std::string_view key, double* out, double min, double max);
  bool GetInt(std::string_view key, int* out, int min, int max);
  bool GetString(std::string_view key, std::string* out);
  bool RequireString(std::string_view key, std::string* out);
  bool GetStringArray(std::string_view key, std::vector<std::string>* out);

  std::string PointerTo(std::string_view key) const;
  const std::string& pointer() const { return pointer_; }
  // Records an error at `pointer` and returns false.
  bool Fail(const std::string& pointer, std::string message);

 private:
  const rapidjson::Value* Find(std::string_view key) const;

  const rapidjson::Value& object_;
  std::string pointer_;
  RulesError* error_;
};

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_RULES_PARAMS_H_
