// Decimal arithmetic on number text. Only comparison and divisibility are
// needed, so a value is kept as its significant digits and a power of ten,
// and divisibility reduces to a remainder modulo the divisor's digits.
#include "decimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace stepcache::schemas {
namespace {

using u128 = unsigned __int128;

// Far beyond any exponent a value of a 64 MiB document can need, and far
// from overflow when digit counts are added to it.
constexpr std::int64_t kExponentCap = std::int64_t{1} << 60;

void Normalize(Decimal* d) {
  std::size_t lead = 0;
  while (lead < d->digits.size() && d->digits[lead] == '0') ++lead;
  d->digits.erase(0, lead);
  std::size_t trail = 0;
  while (trail < d->digits.size() && d->digits[d->digits.size() - 1 - trail] == '0') ++trail;
  d->digits.resize(d->digits.size() - trail);
  d->exponent += static_cast<std::int64_t>(trail);
  if (d->digits.empty()) {
    d->negative = false;
    d->exponent = 0;
  }
}

// a * b mod m for a, b < m < 2^120, without a 256-bit product.
u128 MulMod(u128 a, u128 b, u128 m) {
  u128 r = 0;
  while (b) {
    if (b & 1) r = (r + a) % m;
    a = (a + a) % m;
    b >>= 1;
  }
  return r;
}

u128 PowMod(u128 base, std::uint64_t e, u128 m) {
  u128 r = 1 % m;
  base %= m;
  while (e) {
    if (e & 1) r = MulMod(r, base, m);
    base = MulMod(base, base, m);
    e >>= 1;
  }
  return r;
}

}  // namespace

bool Decimal::Parse(std::string_view t, Decimal* out) {
  Decimal d;
  std::size_t i = 0;
  if (i < t.size() && t[i] == '-') {
    d.negative = true;
    ++i;
  }
  const std::size_t int_begin = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') d.digits.push_back(t[i++]);
  if (i == int_begin || (t[int_begin] == '0' && i - int_begin > 1)) return false;
  std::int64_t frac = 0;
  if (i < t.size() && t[i] == '.') {
    ++i;
    const std::size_t b = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') d.digits.push_back(t[i++]);
    if (i == b) return false;
    frac = static_cast<std::int64_t>(i - b);
  }
  std::int64_t exp = 0;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    const std::size_t b = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
      // Saturates (found by fuzzing: the exponent of "…e-000…0009…" went
      // past the cap and overflowed).
      exp = exp <= (kExponentCap - 9) / 10 ? exp * 10 + (t[i] - '0') : kExponentCap;
      ++i;
    }
    if (i == b) return false;
    if (neg) exp = -exp;
  }
  if (i != t.size()) return false;
  d.exponent = exp - frac;
  Normalize(&d);
  *out = std::move(d);
  return true;
}

Decimal Decimal::FromDouble(double v) {
  char buf[64];
  // The shortest round-trip digits. Scientific form always: the plain form
  // prefers fixed notation on a tie in length, which prints an integral
  // double above 2^53 with all the digits of its exact value
  // (768194553956899968 for 7681945539569e5), not its shortest digits.
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  Decimal d;
  const std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
  if (!Parse(text, &d)) d = Decimal{};  // NaN/inf never come from JSON
  return d;
}

Decimal Decimal::FromValue(const rapidjson::Value& v) {
  Decimal d;
  if (v.IsUint64() || v.IsInt64()) {
    std::uint64_t mag;
    if (v.IsUint64()) {
      mag = v.GetUint64();
    } else {
      const std::int64_t s = v.GetInt64();
      d.negative = s < 0;
      mag = d.negative ? 0 - static_cast<std::uint64_t>(s) : static_cast<std::uint64_t>(s);
    }
    d.digits = std::to_string(mag);
    Normalize(&d);
    return d;
  }
  return FromDouble(v.GetDouble());
}

std::string Decimal::ToString() const {
  if (IsZero()) return "0";
  std::string s = negative ? "-" : "";
  const auto n = static_cast<std::int64_t>(digits.size());
  if (exponent >= 0 && n + exponent <= 40) {
    s += digits;
    s.append(static_cast<std::size_t>(exponent), '0');
  } else if (exponent < 0 && n + exponent > -7) {
    if (n + exponent <= 0) {
      s += "0.";
      s.append(static_cast<std::size_t>(-(n + exponent)), '0');
      s += digits;
    } else {
      s += digits.substr(0, static_cast<std::size_t>(n + exponent));
      s += '.';
      s += digits.substr(static_cast<std::size_t>(n + exponent));
    }
  } else {
    s += digits[0];
    if (n > 1) s += "." + digits.substr(1);
    s += "e" + std::to_string(exponent + n - 1);
  }
  return s;
}

int Compare(const Decimal& a, const Decimal& b) {
  if (a.IsZero() || b.IsZero() || a.negative != b.negative) {
    const int sa = a.IsZero() ? 0 : a.negative ? -1 : 1;
    const int sb = b.IsZero() ? 0 : b.negative ? -1 : 1;
    return (sa > sb) - (sa < sb);
  }
  // Same sign, both non-zero: compare magnitudes, then flip for negatives.
  int mag;
  const std::int64_t oa = static_cast<std::int64_t>(a.digits.size()) + a.exponent;
  const std::int64_t ob = static_cast<std::int64_t>(b.digits.size()) + b.exponent;
  if (oa != ob) {
    mag = oa < ob ? -1 : 1;
  } else {
    // Same order of magnitude: digit strings align; with no trailing zeros
    // the longer one is larger when they agree on the shorter's length.
    const int c = a.digits.compare(0, std::string::npos, b.digits);
    mag = c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return a.negative ? -mag : mag;
}

namespace {

// The divisibility test on x = digits·10^exponent (digits without leading or
// trailing zeros, empty = 0), shared by the heap and the no-heap entry points.
bool DigitsMultipleOf(std::string_view digits, std::int64_t exponent, bool negative, const Decimal& m,
                      bool* exact) {
  if (exact) *exact = true;
  if (digits.empty()) return true;
  if (exponent < m.exponent) return false;
  if (m.digits.size() > 36) {
    if (exact) *exact = false;
    Decimal x;
    x.negative = negative;
    x.digits = std::string(digits);
    x.exponent = exponent;
    const double xd = std::strtod(x.ToString().c_str(), nullptr);
    const double md = std::strtod(m.ToString().c_str(), nullptr);
    const double q = xd / md;
    return std::isfinite(q) && std::fabs(q - std::round(q)) <= 1e-9 * std::max(1.0, std::fabs(q));
  }
  u128 b = 0;
  for (char c : m.digits) b = b * 10 + static_cast<unsigned>(c - '0');
  u128 r = 0;
  for (char c : digits) r = (r * 10 + static_cast<unsigned>(c - '0')) % b;
  if (r == 0) return true;
  const auto e = static_cast<std::uint64_t>(exponent - m.exponent);
  return MulMod(r, PowMod(10, e, b), b) == 0;
}

}  // namespace

bool IsMultipleOf(const rapidjson::Value& number, const Decimal& m) {
  // The shortest form of a double or the digits of a 64-bit integer fit a
  // stack buffer: the common case allocates nothing.
  char buf[64] = {};
  std::to_chars_result r;
  if (number.IsUint64()) r = std::to_chars(buf, buf + sizeof buf, number.GetUint64());
  else if (number.IsInt64()) r = std::to_chars(buf, buf + sizeof buf, number.GetInt64());
  else r = std::to_chars(buf, buf + sizeof buf, number.GetDouble(), std::chars_format::scientific);  // as FromDouble
  std::string_view t(buf, static_cast<std::size_t>(r.ptr - buf));
  const bool negative = !t.empty() && t[0] == '-';
  if (negative) t.remove_prefix(1);
  std::int64_t exponent = 0;
  if (auto e = t.find('e'); e != std::string_view::npos) {
    std::int64_t v = 0;
    std::from_chars(t.data() + e + 1 + (t[e + 1] == '+'), t.data() + t.size(), v);
    exponent = v;
    t = t.substr(0, e);
  }
  // Squeeze out the point into a contiguous digit run.
  char digits[64];
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '.') {
      exponent -= static_cast<std::int64_t>(t.size() - i - 1);
      continue;
    }
    digits[n++] = t[i];
  }
  std::size_t lead = 0;
  while (lead < n && digits[lead] == '0') ++lead;
  while (n > lead && digits[n - 1] == '0') {
    --n;
    ++exponent;
  }
  return DigitsMultipleOf(std::string_view(digits + lead, n - lead), exponent, negative, m, nullptr);
}

bool IsMultipleOf(std::uint64_t mantissa, std::int64_t exponent, const Decimal& m) {
  if (mantissa == 0) return true;
  while (mantissa % 10 == 0) {  // as Normalize: no trailing zeros
    mantissa /= 10;
    ++exponent;
  }
  if (m.digits.size() > 18) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, mantissa);
    return DigitsMultipleOf(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), exponent, false, m,
                            nullptr);
  }
  if (exponent < m.exponent) return false;
  // m a power of ten (0.01, 1, 1e3): the exponents alone decide, and x's,
  // its trailing zeros dropped, is at least m's (checked above).
  if (m.digits.size() == 1 && m.digits[0] == '1') return true;
  std::uint64_t b = 0;  // m > 0, below 10^18: r * 10 stays below 2^64
  for (char c : m.digits) b = b * 10 + static_cast<unsigned>(c - '0');
  std::uint64_t r = mantissa % b;
  // r · 10^(exponent - m.exponent) mod b: one power of ten at a time for a
  // short gap (the remainder is zero early when it ever is), by squaring
  // otherwise.
  const auto gap = static_cast<std::uint64_t>(exponent - m.exponent);
  if (gap > 64) return r == 0 || MulMod(r, PowMod(10, gap, b), b) == 0;
  for (std::uint64_t k = gap; r != 0 && k > 0; --k) r = r * 10 % b;
  return r == 0;
}

bool IsMultipleOf(const Decimal& x, const Decimal& m, bool* exact) {
  return DigitsMultipleOf(x.digits, x.exponent, x.negative, m, exact);
}

}  // namespace stepcache::schemas
