// Exact decimal values of JSON numbers, for the keywords whose verdict a
// double can get wrong: multipleOf, minimum, maximum, exclusive*, const and
// enum. A number's value is taken from its text (integers of any size,
// decimals of any length, exponents beyond a double's range); a RapidJSON
// number without text is read as its exact integer, or for a double as the
// shortest decimal that reads back as that double, which is the text every
// shortest-form writer (RapidJSON, JavaScript, Python, Go, Java) produces and
// the text itself whenever it had at most 15 significant digits.
// Plain values; thread-safe.
#ifndef STEPCACHE_SCHEMAS_SRC_DECIMAL_H_
#define STEPCACHE_SCHEMAS_SRC_DECIMAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace stepcache::schemas {

struct Decimal {
  bool negative = false;
  // Significant digits without leading or trailing zeros; empty means zero.
  std::string digits;
  // value = digits × 10^exponent (saturated far beyond any double's range).
  std::int64_t exponent = 0;

  bool IsZero() const { return digits.empty(); }
  // JSON number text ("-12.5e3"); false if `text` is not one.
  static bool Parse(std::string_view text, Decimal* out);
  static Decimal FromValue(const rapidjson::Value& number);
  static Decimal FromDouble(double d);
  std::string ToString() const;
};

// <0, 0, >0 as a is less than, equal to or greater than b, by value.
int Compare(const Decimal& a, const Decimal& b);

// Whether x is an integer multiple of m (m > 0), exactly. Sets *exact to
// false (and answers from doubles) only when m has more than 36 significant
// digits, beyond the 128-bit remainder arithmetic used here.
bool IsMultipleOf(const Decimal& x, const Decimal& m, bool* exact = nullptr);
// The same for a number without kept text (its value is its integer, or its
// double's shortest form), without touching the heap.
bool IsMultipleOf(const rapidjson::Value& number, const Decimal& m);
// The same for x = mantissa × 10^exponent (the sign never matters), as
// IsMultipleOf(Decimal) answers for that value: 64-bit remainders when m
// has at most 18 significant digits, no digit string and no heap.
bool IsMultipleOf(std::uint64_t mantissa, std::int64_t exponent, const Decimal& m);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_DECIMAL_H_
