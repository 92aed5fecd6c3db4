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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stepcache::checks::internal {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsWordByte(char c) {
  return IsDigit(c) || IsAsciiAlpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
// The length of a minus written other than '-' at byte `i` of `s`, or 0:
// U+2212 MINUS SIGN, and what a keyboard or a word processor puts in its
// place: the en and em dashes, the hyphen and non-breaking hyphen, the
// figure dash, the small and full-width hyphen-minus. (Whether it is a
// sign is the caller's: before a digit, after no word or number.)
inline std::size_t MinusGlyphAt(std::string_view s, std::size_t i) {
  if (i + 3 > s.size()) return 0;
  const unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]),
                      c = static_cast<unsigned char>(s[i + 2]);
  if (a == 0xE2) {
    if (b == 0x88 && c == 0x92) return 3;                // U+2212
    if (b == 0x80 && c >= 0x90 && c <= 0x94) return 3;   // U+2010..U+2014
  } else if (a == 0xEF) {
    if ((b == 0xB9 && c == 0xA3) || (b == 0xBC && c == 0x8D)) return 3;  // U+FE63, U+FF0D
  }
  return 0;
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
// Whether `s` holds byte `a` or byte `b` (eight bytes at a time: a JSON
// Pointer's '/' or '~', looked for in every step's pointer by the verifiers).
inline bool HoldsEither(std::string_view s, char a, char b) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  const std::uint64_t ma = kOnes * static_cast<unsigned char>(a), mb = kOnes * static_cast<unsigned char>(b);
  // (A word with a zero byte: (x - ones) & ~x & highs is not zero.)
  const auto zero_byte = [](std::uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    if (zero_byte(chunk ^ ma) || zero_byte(chunk ^ mb)) return true;
  }
  for (; i < s.size(); ++i) {
    if (s[i] == a || s[i] == b) return true;
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

// One step of the text normalisers (NormalizeTextTo, the grounding
// source's): the 16 bytes at `in` written to `out` as those write them,
// when the block is plain: no whitespace but spaces, each after a byte that
// is no space (`after_space`: the output is empty or ends in a space), so
// each byte is written as itself, an ASCII capital lowered when `fold`.
// False, with nothing written, for any other block (read byte by byte).
// Sixteen bytes at a time where SSE2 is there (always on x86-64).
inline bool NormalizePlainBlock(const char* in, char* out, bool after_space, bool fold) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  // '\t', '\n', '\v', '\f', '\r' (9 to 13): v - 9 is at most 4, unsigned.
  const __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8(9));
  const __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(4)), shifted);
  if (_mm_movemask_epi8(controls) != 0) return false;
  const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
  if ((spaces & ((spaces << 1) | (after_space ? 1u : 0u))) != 0) return false;
  __m128i out_bytes = v;
  if (fold) {
    // (Bytes past ASCII are negative as signed bytes: no capital.)
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                        _mm_cmpgt_epi8(_mm_set1_epi8('Z' + 1), v));
    out_bytes = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), out_bytes);
  return true;
#else
  (void)in, (void)out, (void)after_space, (void)fold;
  return false;
#endif
}

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

// Whether `part` and one of the first `n` of `words` (other than the one at
// `skip`) write `whole` apart, either way round: "note" and "book" for
// "notebook", "check" and "out" for "checkout".
template <typename Words>
bool WritesApart(const Words& words, std::size_t n, std::string_view whole, std::string_view part,
                 std::size_t skip = static_cast<std::size_t>(-1)) {
  if (part.empty() || whole.size() <= part.size()) return false;
  const std::string_view head = whole.substr(0, part.size()), tail = whole.substr(whole.size() - part.size());
  for (std::size_t j = 0; j < n; ++j) {
    if (j == skip) continue;
    const std::string_view other(words[j]);
    if (head == part && whole.substr(part.size()) == other) return true;
    if (tail == part && whole.substr(0, whole.size() - part.size()) == other) return true;
  }
  return false;
}

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_TEXT_CHARS_H_
