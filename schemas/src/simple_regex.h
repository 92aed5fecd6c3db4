// A bit-parallel matcher for the simple patterns that dominate real schemas
// ("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", "^[0-9a-f]{8}-...$"): a
// sequence of at most 62 ASCII atoms (literals, escaped punctuation, \d, \w,
// positive [classes]) each optionally quantified, with optional ^ and $, and
// no groups, alternation, dot or negation. It simulates the NFA with one
// 64-bit word per input byte, so it runs in linear time like RE2 but without
// RE2's per-call setup; anything outside that subset is left to RE2.
// Immutable after Build; thread-safe.
#ifndef STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_
#define STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace stepcache::schemas {

class SimpleRegex {
 public:
  // Builds from ECMA-262 source; false when the pattern is outside the subset.
  bool Build(std::string_view ecma_pattern);

  // ECMA-262 `test` semantics: true if the pattern matches somewhere in
  // `text` (anywhere unless anchored).
  bool Search(const char* text, std::size_t n) const;

 private:
  std::uint64_t accept_[128] = {};  // per ASCII byte: atoms that consume it
  std::uint64_t star_ = 0;          // atoms that may repeat
  std::uint64_t skip_ = 0;          // atoms that may be skipped (*, ?)
  std::uint64_t final_ = 0;         // the bit past the last atom
  std::uint64_t prop_[6] = {};      // see Closure
  int steps_ = 0;
  int atoms_ = 0;
  bool anchored_start_ = false;
  bool anchored_end_ = false;

  std::uint64_t Closure(std::uint64_t s) const;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_SIMPLE_REGEX_H_
