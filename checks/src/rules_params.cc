#include "rules_params.h"

#include <cmath>

#include "stepcache/schemas/json_pointer.h"

namespace stepcache::checks::internal {

const rapidjson::Value* ParamObject::Find(std::string_view key) const {
  for (auto it = object_.MemberBegin(); it != object_.MemberEnd(); ++it) {
    if (std::string_view(it->name.GetString(), it->name.GetStringLength()) == key) return &it->value;
  }
  return nullptr;
}

std::string ParamObject::PointerTo(std::string_view key) const { return AppendPointer(pointer_, key); }

bool ParamObject::Fail(const std::string& pointer, std::string message) {
  if (error_ != nullptr) {
    error_->pointer = pointer;
    error_->message = std::move(message);
  }
  return false;
}

bool ParamObject::OnlyKeys(std::initializer_list<std::string_view> allowed) {
  for (auto it = object_.MemberBegin(); it != object_.MemberEnd(); ++it) {
    std::string_view name(it->name.GetString(), it->name.GetStringLength());
    bool known = false;
    for (std::string_view a : allowed) known = known || a == name;
    if (!known) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return Fail(PointerTo(name), "unknown member \"" + std::string(name) + "\" (expected one of: " + list + ")");
    }
  }
  return true;
}

bool ParamObject::Has(std::string_view key) const { return Find(key) != nullptr; }

bool ParamObject::GetBool(std::string_view key, bool* out) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return true;
  if (!v->IsBool()) return Fail(PointerTo(key), "must be true or false");
  *out = v->GetBool();
  return true;
}

bool ParamObject::GetNumber(std::string_view key, double* out, double min, double max) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return true;
  if (!v->IsNumber()) return Fail(PointerTo(key), "must be a number");
  double d = v->GetDouble();
  if (!std::isfinite(d) || d < min || d > max) {
    return Fail(PointerTo(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  *out = d;
  return true;
}

bool ParamObject::GetInt(std::string_view key, int* out, int min, int max) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return true;
  if (!v->IsInt64() || v->GetInt64() < min || v->GetInt64() > max) {
    return Fail(PointerTo(key), "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
  }
  *out = static_cast<int>(v->GetInt64());
  return true;
}

bool ParamObject::GetString(std::string_view key, std::string* out) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return true;
  if (!v->IsString()) return Fail(PointerTo(key), "must be a string");
  out->assign(v->GetString(), v->GetStringLength());
  return true;
}

bool ParamObject::RequireString(std::string_view key, std::string* out) {
  if (Find(key) == nullptr) return Fail(pointer_, "missing required member \"" + std::string(key) + "\"");
  return GetString(key, out);
}

bool ParamObject::GetStringArray(std::string_view key, std::vector<std::string>* out) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return true;
  if (!v->IsArray()) return Fail(PointerTo(key), "must be an array of strings");
  out->clear();
  for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
    const rapidjson::Value& e = (*v)[i];
    if (!e.IsString()) return Fail(AppendPointer(PointerTo(key), i), "must be a string");
    out->emplace_back(e.GetString(), e.GetStringLength());
  }
  return true;
}

}  // namespace stepcache::checks::internal
