#include "stepcache/checks/rational.h"

#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

namespace stepcache::checks {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Rational R(std::int64_t n, std::int64_t d) { return *Rational::Make(n, d); }

TEST(RationalTest, MakeReducesAndNormalisesSign) {
  Rational r = R(6, -4);
  EXPECT_EQ(r.num(), -3);
  EXPECT_EQ(r.den(), 2);
  EXPECT_EQ(R(0, -7), Rational(0));
  EXPECT_EQ(R(0, -7).den(), 1);
  EXPECT_FALSE(Rational::Make(1, 0));
  EXPECT_FALSE(Rational::Make(kMin, 1));
  EXPECT_FALSE(Rational::Make(1, kMin));
}

TEST(RationalTest, ParseForms) {
  EXPECT_EQ(*Rational::Parse("12"), Rational(12));
  EXPECT_EQ(*Rational::Parse("-3"), Rational(-3));
  EXPECT_EQ(*Rational::Parse("2.75"), R(11, 4));
  EXPECT_EQ(*Rational::Parse("3/2"), R(3, 2));
  EXPECT_EQ(*Rational::Parse("-0.5"), R(-1, 2));
  EXPECT_EQ(*Rational::Parse("3.50"), R(7, 2));
  EXPECT_EQ(*Rational::Parse(".25"), R(1, 4));
  EXPECT_EQ(*Rational::Parse("1.000000000000000000000000"), Rational(1));
  EXPECT_EQ(*Rational::Parse("9223372036854775807"), Rational(kMax));
}

TEST(RationalTest, ParseRejects) {
  for (const char* bad : {"", "-", ".", "1/0", "abc", "1.2.3", "3/", "/3", "1e5", " 1", "1 ",
                          "9223372036854775808", "-9223372036854775808", "0.0000000000000000001",
                          "1/-2", "--1"}) {
    EXPECT_FALSE(Rational::Parse(bad)) << bad;
  }
}

TEST(RationalTest, Arithmetic) {
  EXPECT_EQ(*R(1, 2).Add(R(1, 3)), R(5, 6));
  EXPECT_EQ(*R(1, 2).Sub(R(1, 3)), R(1, 6));
  EXPECT_EQ(*R(2, 3).Mul(R(3, 4)), R(1, 2));
  EXPECT_EQ(*R(2, 3).Div(R(4, 9)), R(3, 2));
  EXPECT_EQ(*Rational(5).Div(Rational(-10)), R(-1, 2));
  EXPECT_FALSE(Rational(5).Div(Rational(0)));
  EXPECT_EQ(R(3, 7).Neg(), R(-3, 7));
}

TEST(RationalTest, OverflowIsReportedNotWrapped) {
  EXPECT_FALSE(Rational(kMax).Add(Rational(1)));
  EXPECT_FALSE(Rational(-kMax).Sub(Rational(1)));  // would be INT64_MIN, excluded
  EXPECT_FALSE(Rational(kMax).Mul(Rational(2)));
  EXPECT_FALSE(R(1, kMax).Div(Rational(2)));
  EXPECT_FALSE(R(1, kMax).Add(R(1, kMax - 1)));
  // Large intermediates that reduce back into range are fine.
  EXPECT_EQ(*Rational(kMax).Mul(R(1, kMax)), Rational(1));
  EXPECT_EQ(*R(kMax, 2).Add(R(kMax, 2)), Rational(kMax));
}

TEST(RationalTest, ToStringDecimalWhenShortElseFraction) {
  EXPECT_EQ(Rational(5).ToString(), "5");
  EXPECT_EQ(Rational(-5).ToString(), "-5");
  EXPECT_EQ(R(5, 2).ToString(), "2.5");
  EXPECT_EQ(R(-3, 2).ToString(), "-1.5");
  EXPECT_EQ(R(1, 8).ToString(), "0.125");
  EXPECT_EQ(R(-1, 3).ToString(), "-1/3");
  EXPECT_EQ(R(1, 128).ToString(), "1/128");  // 7 decimal places: not short
  EXPECT_EQ(R(1, 64).ToString(), "0.015625");
  EXPECT_EQ(Rational(kMax).ToString(), "9223372036854775807");
}

TEST(RationalTest, ToStringRoundTrips) {
  for (std::int64_t n = -40; n <= 40; ++n) {
    for (std::int64_t d = 1; d <= 40; ++d) {
      Rational r = R(n, d);
      std::optional<Rational> back = Rational::Parse(r.ToString());
      ASSERT_TRUE(back) << r.ToString();
      EXPECT_EQ(*back, r) << r.ToString();
    }
  }
  // The scaled decimal leaves int64 but the reduced value does not.
  Rational wide = R(1466589658966833021, 2500).Div(R(5, 6))->Neg().Neg();
  EXPECT_EQ(wide.ToString(), "703963036304079.85008");
  EXPECT_EQ(*Rational::Parse(wide.ToString()), wide);
  Rational big = R(kMax, kMax - 1);
  EXPECT_EQ(*Rational::Parse(big.ToString()), big);
}

}  // namespace
}  // namespace stepcache::checks
