// Grounding: every string and number in an extracted JSON answer must occur
// in the request's source text. It catches a cached answer that belongs to
// a different text (the JSON is valid, the values are simply not there).
//
// A GroundingSource prepares the source text once (normalised copy, the
// numbers it contains) and is immutable afterwards: thread-safe to share.
#ifndef STEPCACHE_CHECKS_GROUNDING_H_
#define STEPCACHE_CHECKS_GROUNDING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace stepcache {
class JsonNumberTexts;  // schemas/json.h
}

namespace stepcache::checks {

struct GroundingOptions {
  bool case_insensitive = true;      // ASCII letters compare without case
  bool normalize_whitespace = true;  // runs of whitespace compare as one space, ends trimmed
  bool check_strings = true;
  bool check_numbers = true;         // numbers match numerically: 3.5 ~ "3.50", 1200 ~ "1,200"
  // true/false must be written in the source ("Paid: false" grounds false,
  // not true): a cached boolean from another text is caught like a string.
  bool check_booleans = true;
  // Strings shorter than this (after normalisation) are not checked: a
  // single letter occurs in almost any text.
  std::size_t min_string_length = 1;
};

class GroundingSource {
 public:
  GroundingSource(std::string_view source, const GroundingOptions& options);

  // True when the (normalised) string occurs in the source. The empty string
  // and strings shorter than min_string_length are grounded trivially.
  bool HasString(std::string_view value) const;
  // The same, normalising into `scratch` (reused across calls to save
  // allocations).
  bool HasString(std::string_view value, std::string* scratch) const;
  // True when the source states the string as it is written: whole words
  // as HasString, in the same case ("astrid solberg" is not the text's
  // "Astrid Solberg"), spacing read as one space. A value with leading,
  // trailing or repeated whitespace is not.
  bool StatesAsWritten(std::string_view value) const;
  // kStated when a number written in the source equals `value` exactly ("34",
  // "3.50", "1,200", "-5"; a '-' counts as a sign when no letter or digit
  // precedes it, and a negative number also grounds its magnitude, since
  // "pages 3 - 5" names 5).
  // A number of more significant digits than a double keeps (the text's
  // "9,007,199,254,740,993", an answer's 0.30000000000000001) is compared
  // digit for digit: `exact` (when given) is the value's ExactDecimal, for a
  // value its double does not hold. kAmbiguous: the source writes two
  // different values that share the double `value` ("Account:
  // 9007199254740993", "Reference: 9007199254740992"); the field checks
  // compare doubles, so they cannot tell which one a value is, and such a
  // value is not grounded.
  enum class Number { kAbsent, kStated, kAmbiguous };
  Number FindNumber(double value, const std::string* exact = nullptr) const;

  const GroundingOptions& options() const { return options_; }
  bool SameOptions(const GroundingOptions& other) const;

 private:
  GroundingOptions options_;
  std::string normalized_;
  std::vector<double> numbers_;  // sorted
  // The source's numbers of more than 15 significant digits (a double
  // may stand for several such texts): (value, ExactDecimal of the text).
  std::vector<std::pair<double, std::string>> long_numbers_;
  // Where each pair of adjacent bytes of normalized_ occurs: pair_head_[slot]
  // is the first position in its slot (of 1024, by a hash of the two
  // bytes), pair_next_[pos] the next one, ascending; kNoPosition ends. A
  // string is looked for only where its first two bytes stand.
  static constexpr std::uint32_t kNoPosition = 0xFFFFFFFFu;
  static std::size_t PairSlot(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 1023u;
  }
  std::vector<std::uint32_t> pair_head_, pair_next_;
  // normalized_ before case folding (same length, same positions: folding
  // maps byte to byte); empty when the options keep case.
  std::string kept_;
};

struct UngroundedValue {
  std::string pointer;  // JSON Pointer of the value ("/items/0/name")
  std::string reason;   // e.g. "\"Bob\" does not occur in the source text"
};

// Walks `value` (iteratively: no recursion) and appends one entry per string
// or number that does not occur in `source`. `pointer` is the location of
// `value` in its document. Keys, booleans and nulls are not checked. Returns
// the number of strings and numbers examined.
std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out);
// The same, with `scratch` (contents unspecified) for the normalised values:
// a caller walking many values reuses one buffer instead of allocating one
// per call.
std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out,
                           std::string* scratch);
// The same, with the texts ParseJson kept of `value`'s numbers that no
// double holds (may be null): those are grounded digit for digit.
std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out,
                           std::string* scratch, const JsonNumberTexts* texts);

// Appends every number written in `text` (same rules as FindNumber); and
// to `long_out` (when given) each of those of more than 15 significant
// digits with its ExactDecimal.
void ExtractNumbers(std::string_view text, std::vector<double>* out,
                    std::vector<std::pair<double, std::string>>* long_out = nullptr);

// The exact value of a number's text ("-0012.500", "1.5e3", "9007199254740993")
// as digits without leading or trailing zeros and a power of ten
// ("-125e-1", "15e2", "9007199254740993e0"; "0" for zero), so two texts of
// one value compare equal; "" when `text` is not a number.
std::string ExactDecimal(std::string_view text);

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_GROUNDING_H_
