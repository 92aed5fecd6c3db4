// Pieces of reading JSON text that ParseJson and the streaming validator
// must do alike (they must accept and reject the same texts and keep the
// same number texts).
#ifndef STEPCACHE_SCHEMAS_SRC_JSON_TEXT_H_
#define STEPCACHE_SCHEMAS_SRC_JSON_TEXT_H_

#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>
#include <system_error>

namespace stepcache::schemas::internal {

// The UTF-16 code unit of a JSON "\uXXXX" escape starting at text[i] (the
// backslash), or -1 when text[i] does not start one.
inline int JsonEscapedUnit(std::string_view text, std::size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const char c = text[k];
    const int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

// Significant digits of a JSON number's text (leading zeros excluded).
inline std::size_t SignificantDigits(std::string_view t) {
  std::size_t n = 0;
  bool leading = true;
  for (char c : t) {
    if (c == 'e' || c == 'E') break;
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++n;
  }
  return n;
}

// Whether `c` may stand in a JSON number's text.
inline bool IsNumberChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The correctly rounded double of a JSON number's text `t` (RapidJSON's own
// conversion is not correctly rounded). Beyond a double's range it is what
// glibc's strtod (also correctly rounded) gives: ±0 for underflow, ±inf for
// overflow, which the caller refuses. False when `t` is not a number's text.
inline bool ReadJsonDouble(std::string_view t, double* d) {
  *d = 0;
  auto r = std::from_chars(t.data(), t.data() + t.size(), *d);
  if (r.ec == std::errc::result_out_of_range) {
    *d = std::strtod(std::string(t).c_str(), nullptr);
    return true;
  }
  return r.ec == std::errc() && r.ptr == t.data() + t.size();
}

}  // namespace stepcache::schemas::internal

#endif  // STEPCACHE_SCHEMAS_SRC_JSON_TEXT_H_
