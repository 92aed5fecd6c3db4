// The engine for ECMA-262 patterns RE2 cannot run (look-ahead, look-behind,
// back-references): PCRE2, JIT-compiled where the platform has a JIT, under a
// fixed match budget. Matching such patterns can take exponential time, so
// every match is bounded: at most kMatchLimit backtracking steps, kDepthLimit
// nested backtracking frames and kHeapLimitKiB of heap (8 MiB of JIT stack per
// thread); a match that would
// exceed any of them stops and reports kGaveUp, which the evaluator turns
// into an error at the keyword, never into a verdict.
//
// Immutable after Compile; Search may run concurrently from any number of
// threads (each thread keeps its own match data).
#ifndef STEPCACHE_SCHEMAS_SRC_BACKTRACKING_REGEX_H_
#define STEPCACHE_SCHEMAS_SRC_BACKTRACKING_REGEX_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace stepcache::schemas {

class BacktrackingRegex {
 public:
  static constexpr std::uint32_t kMatchLimit = 1000000;
  // Depth bounds the interpreter's nested backtracking frames; their memory
  // is bounded by the heap limit too (a benign 100k-character subject needs
  // ~100k frames).
  static constexpr std::uint32_t kDepthLimit = 1000000;
  static constexpr std::uint32_t kHeapLimitKiB = 65536;

  enum class Outcome { kNoMatch, kMatch, kGaveUp };

  // nullptr and *why when the pattern is not valid ECMA-262 or PCRE2 refuses
  // its translation (e.g. a look-behind of unbounded length).
  static std::unique_ptr<BacktrackingRegex> Compile(std::string_view ecma_pattern, std::string* why);
  ~BacktrackingRegex();
  BacktrackingRegex(const BacktrackingRegex&) = delete;
  BacktrackingRegex& operator=(const BacktrackingRegex&) = delete;

  // ECMA `test`: an unanchored search of the UTF-8 text s[0, n). On kGaveUp,
  // *reason (if given) says which limit stopped it.
  Outcome Search(const char* s, std::size_t n, std::string* reason = nullptr) const;
  // Whether PCRE2's JIT runs the matches: false without a JIT, and for a
  // pattern that splits into refused literal prefixes and a SimpleRegex
  // ("^(?!L1)(?!L2)REST"), whose matches never reach PCRE2.
  bool jit() const { return jit_; }

 private:
  BacktrackingRegex() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool jit_ = false;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_BACKTRACKING_REGEX_H_
