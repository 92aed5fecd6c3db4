#include "utf8.h"

#include <algorithm>
#include <string>

#include "stepcache/schemas/json.h"

namespace stepcache {

bool IsValidUtf8(std::string_view text, std::size_t* bad_offset) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    // ASCII runs are the common case for prompts and JSON: skip them cheaply.
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::uint32_t cp = 0;
    if (!schemas::internal::DecodeUtf8(text, &pos, &cp)) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
  }
  return true;
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      out += text[pos++];
      continue;
    }
    const std::size_t start = pos;
    std::uint32_t cp = 0;
    if (schemas::internal::DecodeUtf8(text, &pos, &cp)) {
      out.append(text.substr(start, pos - start));
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      pos = std::max(pos, start + 1);
    }
  }
  return out;
}

}  // namespace stepcache
