#include "c_util.h"

#include <cstdlib>
#include <cstring>

#include "stepcache/schemas/json.h"

namespace stepcache::capi {

char* NewString(std::string_view s) noexcept {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (!copy) return nullptr;
  if (!s.empty()) std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = '\0';
  return copy;
}

void Put(char** out, std::string_view s) noexcept {
  if (out) *out = NewString(s);
}

void PutError(char** out, std::string_view message) {
  if (!out) return;
  std::string line;
  line.reserve(message.size());
  std::size_t pos = 0;
  while (pos < message.size()) {
    std::size_t bad = message.size();
    const std::string_view rest = message.substr(pos);
    const std::size_t good = IsValidUtf8(rest, &bad) ? rest.size() : bad;
    for (std::size_t i = 0; i < good; ++i) {
      const char c = rest[i];
      if (c == '\n') {
        line += "\\n";
      } else if (c == '\r') {
        line += "\\r";
      } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        line += ' ';
      } else {
        line += c;
      }
    }
    pos += good;
    if (pos < message.size()) {
      line += "\xEF\xBF\xBD";  // U+FFFD for one invalid byte
      ++pos;
    }
  }
  *out = NewString(line);
}

void PutInternalError(char** out, const char* what) noexcept {
  if (!out) return;
  static constexpr char kPrefix[] = "internal error: ";
  const std::size_t prefix = sizeof(kPrefix) - 1;
  const std::size_t length = what ? std::strlen(what) : 0;
  char* message = static_cast<char*>(std::malloc(prefix + length + 1));
  if (message) {
    std::memcpy(message, kPrefix, prefix);
    if (length) std::memcpy(message + prefix, what, length);
    message[prefix + length] = '\0';
  }
  *out = message;
}

bool TextArg(const char* arg, const char* name, std::string_view* text, std::string* error) {
  if (!arg) {
    *error = std::string(name) + " is NULL";
    return false;
  }
  *text = std::string_view(arg);
  std::size_t bad = 0;
  if (!IsValidUtf8(*text, &bad)) {
    *error = std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  return true;
}

bool JsonArg(const char* arg, const char* name, rapidjson::Document* doc, std::string* error) {
  std::string_view text;
  if (!TextArg(arg, name, &text, error)) return false;
  JsonError json_error;
  if (!ParseJson(text, *doc, &json_error)) {
    *error = std::string(name) + ": invalid JSON: " + json_error.ToString();
    return false;
  }
  return true;
}

}  // namespace stepcache::capi
