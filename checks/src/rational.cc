#include "stepcache/checks/rational.h"

#include <cstdint>
#include <limits>

namespace stepcache::checks {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

u128 Abs(i128 v) { return v < 0 ? static_cast<u128>(-(v + 1)) + 1 : static_cast<u128>(v); }

u128 Gcd(u128 a, u128 b) {
  while (b != 0) {
    u128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// Reduces num/den and narrows it to int64. INT64_MIN is excluded on purpose
// so that Neg() can never overflow.
std::optional<Rational> Narrow(i128 num, i128 den) {
  if (den == 0) return std::nullopt;
  bool negative = (num < 0) != (den < 0);
  u128 n = Abs(num);
  u128 d = Abs(den);
  u128 g = Gcd(n, d);
  if (g > 1) {
    n /= g;
    d /= g;
  }
  if (n == 0) d = 1;
  if (n > static_cast<u128>(kMax) || d > static_cast<u128>(kMax)) return std::nullopt;
  std::int64_t sn = static_cast<std::int64_t>(n);
  std::int64_t sd = static_cast<std::int64_t>(d);
  return Rational::Make(negative ? -sn : sn, sd);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Accumulates decimal digits into *value; false on overflow or no digits.
bool ParseDigits(std::string_view s, i128* value) {
  if (s.empty()) return false;
  i128 v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
    if (v > kMax) return false;
  }
  *value = v;
  return true;
}

}  // namespace

std::optional<Rational> Rational::Make(std::int64_t num, std::int64_t den) {
  if (den == 0) return std::nullopt;
  if (num == std::numeric_limits<std::int64_t>::min() ||
      den == std::numeric_limits<std::int64_t>::min()) {
    return std::nullopt;
  }
  if (den < 0) {
    num = -num;
    den = -den;
  }
  u128 g = Gcd(Abs(num), static_cast<u128>(den));
  Rational r;
  if (num == 0) {
    r.num_ = 0;
    r.den_ = 1;
    return r;
  }
  r.num_ = num / static_cast<std::int64_t>(g);
  r.den_ = den / static_cast<std::int64_t>(g);
  return r;
}

std::optional<Rational> Rational::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::size_t slash = text.find('/');
  i128 num = 0;
  i128 den = 1;
  if (slash != std::string_view::npos) {
    if (!ParseDigits(text.substr(0, slash), &num) || !ParseDigits(text.substr(slash + 1), &den)) {
      return std::nullopt;
    }
  } else {
    std::size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (dot != std::string_view::npos && whole.empty() && frac.empty()) return std::nullopt;
    if (!whole.empty() && !ParseDigits(whole, &num)) return std::nullopt;
    if (dot != std::string_view::npos && !frac.empty()) {
      // Trailing zeros add nothing but could overflow the scale: drop them.
      while (frac.size() > 1 && frac.back() == '0') frac.remove_suffix(1);
      if (frac.size() > 18) return std::nullopt;
      i128 f = 0;
      if (!ParseDigits(frac, &f)) return std::nullopt;
      // whole * 10^18 + frac stays below 2^127: the scaled value may leave
      // int64 and still reduce back into it ("703963036304079.85008").
      for (std::size_t i = 0; i < frac.size(); ++i) {
        den *= 10;
        num *= 10;
      }
      num += f;
    }
  }
  return Narrow(negative ? -num : num, den);
}

std::optional<Rational> Rational::Add(const Rational& o) const {
  return Narrow(static_cast<i128>(num_) * o.den_ + static_cast<i128>(o.num_) * den_,
                static_cast<i128>(den_) * o.den_);
}

std::optional<Rational> Rational::Sub(const Rational& o) const {
  return Narrow(static_cast<i128>(num_) * o.den_ - static_cast<i128>(o.num_) * den_,
                static_cast<i128>(den_) * o.den_);
}

std::optional<Rational> Rational::Mul(const Rational& o) const {
  return Narrow(static_cast<i128>(num_) * o.num_, static_cast<i128>(den_) * o.den_);
}

std::optional<Rational> Rational::Div(const Rational& o) const {
  if (o.num_ == 0) return std::nullopt;
  return Narrow(static_cast<i128>(num_) * o.den_, static_cast<i128>(den_) * o.num_);
}

Rational Rational::Neg() const {
  Rational r = *this;
  // Values built by Make/Parse/arithmetic never hold INT64_MIN; the implicit
  // integer constructor can, and its negation saturates instead of wrapping.
  r.num_ = num_ == std::numeric_limits<std::int64_t>::min() ? kMax : -num_;
  return r;
}

std::string Rational::ToString() const {
  std::string sign = num_ < 0 ? "-" : "";
  u128 n = Abs(num_);
  if (den_ == 1) return sign + std::to_string(static_cast<std::uint64_t>(n));
  // Exact as a decimal iff the denominator is 2^a * 5^b; "short" = at most 6 places.
  std::int64_t d = den_;
  int twos = 0, fives = 0;
  while (d % 2 == 0) {
    d /= 2;
    ++twos;
  }
  while (d % 5 == 0) {
    d /= 5;
    ++fives;
  }
  int places = twos > fives ? twos : fives;
  if (d == 1 && places <= 6) {
    u128 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    u128 scaled = n * (scale / static_cast<u128>(den_));
    std::uint64_t whole = static_cast<std::uint64_t>(scaled / scale);
    std::uint64_t frac = static_cast<std::uint64_t>(scaled % scale);
    std::string digits = std::to_string(frac);
    digits.insert(0, static_cast<std::size_t>(places) - digits.size(), '0');
    return sign + std::to_string(whole) + "." + digits;
  }
  return sign + std::to_string(static_cast<std::uint64_t>(n)) + "/" + std::to_string(den_);
}

}  // namespace stepcache::checks
