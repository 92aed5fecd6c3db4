// Strict UTF-8 decoding shared by the regex translator and the format
// checkers: no overlong forms, no surrogates, nothing above U+10FFFF.
#ifndef STEPCACHE_SCHEMAS_SRC_UTF8_H_
#define STEPCACHE_SCHEMAS_SRC_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace stepcache::schemas::internal {

// Decodes the code point starting at s[*pos] (which must be < s.size()) and
// advances *pos past it; false (and *pos unchanged) on invalid UTF-8.
inline bool DecodeUtf8(std::string_view s, std::size_t* pos, std::uint32_t* cp) {
  const std::size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *cp = b0;
    *pos = i + 1;
    return true;
  }
  std::size_t len;
  std::uint32_t c, min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, c = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, c = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    return false;
  }
  if (i + len > s.size()) return false;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return false;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  *cp = c;
  *pos = i + len;
  return true;
}

}  // namespace stepcache::schemas::internal

#endif  // STEPCACHE_SCHEMAS_SRC_UTF8_H_
