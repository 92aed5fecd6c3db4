// Byte classes and word lists shared by the prompt reader and the
// tokenizer. Internal to the checks library.
#ifndef STEPCACHE_CHECKS_SRC_TEXT_CHARS_H_
#define STEPCACHE_CHECKS_SRC_TEXT_CHARS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/checks/source_text.h"

namespace stepcache::checks::internal {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsWordByte(char c) {
  return IsDigit(c) || IsAsciiAlpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
// Whether `s` has a byte past ASCII (eight bytes at a time).
inline bool PastAscii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    if ((chunk & 0x8080808080808080ULL) != 0) return true;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return true;
  }
  return false;
}
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}
// A word written with its case marked: an upper-case letter after its first
// ("mW", "MBps", "MW"; not "Mw" or "mw"). Such a word may be a unit whose
// size its letter case gives.
inline bool CaseMarked(std::string_view word) {
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (word[i] >= 'A' && word[i] <= 'Z') return true;
  }
  return false;
}
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// NormalizeText (source_text.h) written to `out`, which has room for
// text.size() bytes (the result is never longer); returns its length.
std::size_t NormalizeTextTo(std::string_view text, char* out);
// The length of the punctuation or spacing sequence of bytes >= 0x80 that
// starts at byte `i` of `s` (a quote, guillemet, dash, arrow, no-break
// space: what Tokenize reads as no letter), or 0.
std::size_t NonLetterAt(std::string_view s, std::size_t i);
// The length of such a sequence that ends right before byte `end` of `s`, or 0.
std::size_t NonLetterBefore(std::string_view s, std::size_t end);

// A name written as one word read as words: '_' and '-' as spaces,
// camelCase as "camel Case" ("amountIfPaid" -> "amount If Paid").
std::string SpacedName(std::string_view name);

// The words of `text` (token norms, punctuation dropped).
inline std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    if (t.kind != TokenKind::kPunct) out.push_back(t.norm);
  }
  return out;
}

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_TEXT_CHARS_H_
