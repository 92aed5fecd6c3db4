#include "utf8.h"

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

}  // namespace stepcache
