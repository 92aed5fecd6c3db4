// A small DFA for the simple patterns that dominate real schemas
// ("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", "^[0-9]{5}(-[0-9]{4})?$",
// "^[0-9]{4}-(0[1-9]|1[0-2])$", "^[a-z0-9]+(-[a-z0-9]+)*$"): ASCII atoms
// (literals, escaped punctuation, \d, \w, positive [classes], [] that
// matches nothing), groups ((...) and (?:...), alternation, every
// quantifier (* + ? {n} {n,} {n,m}, lazy or not: `test` only asks whether a
// match exists, so they match the same strings), and ^ / $ at the start /
// end of a top-level alternative. No dot, negation, \s, \b, look-around or
// back-reference: anything else is left to RE2.
//
// Build turns the pattern into a position (Glushkov) automaton, then into a
// DFA over byte classes, at most kMaxStates states; a pattern whose DFA
// would be larger is left to RE2 too. Search is one table step per input
// byte, linear time like RE2 but without RE2's per-call setup. Bytes of
// 0x80 and above (any non-ASCII code point, whole or in part) match no
// atom, exactly as none of these ASCII atoms matches a non-ASCII code point.
// Immutable after Build; thread-safe.
#ifndef STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_
#define STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace stepcache::schemas {

class SimpleRegex {
 public:
  static constexpr int kMaxPositions = 255;  // atoms after repetition counts are unrolled
  static constexpr int kMaxStates = 512;

  // Builds from ECMA-262 source (already known to be valid, as `pattern`
  // reads it); false when the pattern is outside the subset or its DFA
  // would be too large.
  bool Build(std::string_view ecma_pattern);

  // ECMA-262 `test` semantics: true if the pattern matches somewhere in
  // `text` (anywhere unless anchored).
  bool Search(const char* text, std::size_t n) const {
    if (always_) return true;
    const std::uint16_t* t = table_.data();
    const auto* u = reinterpret_cast<const unsigned char*>(text);
    std::uint32_t s = start_;
    std::size_t i = 0;
    if (row_ != width_) {  // two bytes a step
      for (; i + 2 <= n; i += 2) {
        s = t[s + width_ + class_of_[u[i]] * classes_ + class_of_[u[i + 1]]];
        if (s <= row_) return s == row_;  // the dead row (0) or the match row
      }
    }
    for (; i < n; ++i) {
      s = t[s + class_of_[u[i]]];
      if (s <= row_) return s == row_;
    }
    return t[s + width_ - 1] != 0;  // the row's end flag: accepting at the end
  }

  // False when no text starting with byte `c` can match: Search on such a
  // text stops at its first byte with false. (A text that is empty is not
  // covered: ask Search.)
  bool MayStartWith(unsigned char c) const { return always_ || table_[start_ + class_of_[c]] != 0; }

  // Whether Search takes two bytes a step (the table was small enough).
  bool two_byte_steps() const { return row_ != width_; }

 private:
  static constexpr std::size_t kMaxPairEntries = 8192;  // two-byte steps: 16 KiB at most
  void AddPairSteps(std::size_t states);

  // Rows of row_ entries, indexed by row offset: row 0 is dead, row 1
  // (offset row_) a match already found; a transition holds the next row's
  // offset. A row has width_ entries (one per byte class, then the end
  // flag), then, when row_ > width_, classes_² two-byte steps.
  std::vector<std::uint16_t> table_;
  std::uint8_t class_of_[256] = {};
  std::uint32_t width_ = 0;
  std::uint32_t row_ = 0;
  std::uint32_t classes_ = 0;
  std::uint32_t start_ = 0;
  bool always_ = false;  // every text matches (an empty match is always there)
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_
