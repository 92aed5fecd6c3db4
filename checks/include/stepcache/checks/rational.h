// Exact rational arithmetic on 64-bit numerator/denominator, always reduced,
// denominator > 0. Every operation that would overflow reports it instead of
// wrapping. Value type, thread-safe.
#ifndef STEPCACHE_CHECKS_RATIONAL_H_
#define STEPCACHE_CHECKS_RATIONAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stepcache::checks {

class Rational {
 public:
  Rational() = default;
  Rational(std::int64_t integer) : num_(integer) {}  // NOLINT: integers are rationals
  // nullopt when den == 0 or either part is INT64_MIN (excluded so that Neg
  // never overflows).
  static std::optional<Rational> Make(std::int64_t num, std::int64_t den);
  // Parses "12", "-3", "2.75", "3/2", "-0.5"; nullopt otherwise or on overflow.
  static std::optional<Rational> Parse(std::string_view text);

  std::int64_t num() const { return num_; }
  std::int64_t den() const { return den_; }
  bool is_zero() const { return num_ == 0; }
  bool is_integer() const { return den_ == 1; }

  // nullopt on overflow (or division by zero).
  std::optional<Rational> Add(const Rational& o) const;
  std::optional<Rational> Sub(const Rational& o) const;
  std::optional<Rational> Mul(const Rational& o) const;
  std::optional<Rational> Div(const Rational& o) const;
  // Never overflows for values from Make/Parse/arithmetic (the implicit
  // integer constructor given INT64_MIN saturates to INT64_MAX).
  Rational Neg() const;

  bool operator==(const Rational& o) const { return num_ == o.num_ && den_ == o.den_; }
  bool operator!=(const Rational& o) const { return !(*this == o); }

  // "5", "2.5", "-1/3": a decimal when exact within 6 places, else a
  // fraction. The result re-parses (Parse, ParseLinearEquation) to the same value.
  std::string ToString() const;
  double ToDouble() const { return static_cast<double>(num_) / static_cast<double>(den_); }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_RATIONAL_H_
