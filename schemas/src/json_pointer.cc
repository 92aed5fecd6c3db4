#include "stepcache/schemas/json_pointer.h"

namespace stepcache {

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string AppendPointer(std::string_view pointer, std::string_view token) {
  std::string out(pointer);
  out += '/';
  out += EscapePointerToken(token);
  return out;
}

std::string AppendPointer(std::string_view pointer, std::size_t index) {
  std::string out(pointer);
  out += '/';
  out += std::to_string(index);
  return out;
}

std::optional<std::vector<std::string>> SplitPointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer[0] != '/') return std::nullopt;
  std::string current;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (pointer[i] == '~') {
      if (i + 1 >= pointer.size()) return std::nullopt;
      const char next = pointer[++i];
      if (next == '0') current += '~';
      else if (next == '1') current += '/';
      else return std::nullopt;
    } else {
      current += pointer[i];
    }
  }
  return tokens;
}

const rapidjson::Value* ResolvePointer(const rapidjson::Value& root, std::string_view pointer) {
  auto tokens = SplitPointer(pointer);
  if (!tokens) return nullptr;
  const rapidjson::Value* v = &root;
  for (const std::string& t : *tokens) {
    if (v->IsObject()) {
      auto it = v->FindMember(rapidjson::Value(rapidjson::StringRef(t.data(), t.size())));
      if (it == v->MemberEnd()) return nullptr;
      v = &it->value;
    } else if (v->IsArray()) {
      if (t.empty() || t.size() > 9 || (t.size() > 1 && t[0] == '0')) return nullptr;
      std::size_t idx = 0;
      for (char c : t) {
        if (c < '0' || c > '9') return nullptr;
        idx = idx * 10 + static_cast<std::size_t>(c - '0');
      }
      if (idx >= v->Size()) return nullptr;
      v = &(*v)[static_cast<rapidjson::SizeType>(idx)];
    } else {
      return nullptr;
    }
  }
  return v;
}

}  // namespace stepcache
