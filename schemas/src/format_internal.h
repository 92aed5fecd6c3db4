// Shared pieces of the `format` checkers (format.cc, format_idna.cc).
// Private to the schemas module.
#ifndef STEPCACHE_SCHEMAS_SRC_FORMAT_INTERNAL_H_
#define STEPCACHE_SCHEMAS_SRC_FORMAT_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stepcache::schemas::format_internal {

// Strict UTF-8 → code points; false on any malformed sequence.
bool DecodeUtf8(std::string_view text, std::vector<std::uint32_t>* out);

// RFC 1123 host names with IDNA2008 A-label checks (`hostname`), or, with
// `idn`, internationalized names with U-labels and the four IDNA label
// separators (`idn-hostname`).
bool CheckHostname(std::string_view value, bool idn);

// RFC 3492 Punycode. Decode fails on malformed or overflowing input.
bool PunycodeDecode(std::string_view in, std::vector<std::uint32_t>* out);
bool PunycodeEncode(const std::vector<std::uint32_t>& in, std::string* out);

}  // namespace stepcache::schemas::format_internal

#endif  // STEPCACHE_SCHEMAS_SRC_FORMAT_INTERNAL_H_
