// Numbers as written: ParseJson's correctly rounded doubles and kept texts,
// and the numeric keywords (multipleOf, minimum, maximum, exclusive*, const,
// enum) judged by value on decimal text, not on a double. Regression cases
// from real-world schemas and from the fuzzers are named where they came from.
#include <charconv>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"
#include "../../schemas/src/decimal.h"

namespace stepcache::schemas {
namespace {

// Validates `instance` against `schema`, both parsed with their number texts
// kept, through the fast path and the error-collecting path (which must agree).
bool Valid(const std::string& schema, const std::string& instance) {
  rapidjson::Document sdoc, idoc;
  JsonNumberTexts stexts, itexts;
  JsonError jerr;
  EXPECT_TRUE(ParseJson(schema, sdoc, &jerr, {}, &stexts)) << jerr.ToString();
  EXPECT_TRUE(ParseJson(instance, idoc, &jerr, {}, &itexts)) << jerr.ToString();
  CompileOptions copts;
  copts.number_texts = &stexts;
  CompileError cerr;
  auto s = Schema::Compile(sdoc, copts, &cerr);
  EXPECT_NE(s, nullptr) << cerr.ToString();
  if (!s) return false;
  ValidateOptions vopts;
  vopts.number_texts = &itexts;
  vopts.all_errors = true;
  const bool full = s->Validate(idoc, vopts).valid;
  vopts.all_errors = false;
  EXPECT_EQ(full, s->Validate(idoc, vopts).valid) << schema << " vs " << instance;
  return full;
}

double ParsedDouble(const std::string& text) {
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(text, doc));
  EXPECT_TRUE(doc.IsNumber());
  return doc.GetDouble();
}

TEST(ExactNumberTest, ParseGivesTheCorrectlyRoundedDouble) {
  // Found by the fuzzers: RapidJSON's default parser landed one step off.
  for (const char* t : {"3031.1111111112679", "0.1", "2.2250738585072011e-308",
                        "1.00000000000000011102230246251565404236316680908203125",
                        "123456789012345678901234567890e-400", "9007199254740993.0",
                        "0.30000000000000004", "1.7976931348623157e308", "4.9e-324",
                        // long mantissas landing among the subnormals
                        "1234567890123456789012345678901234567890e-360",
                        "2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324",
                        "7.2911220195563974e-304", "9007199254740993e-330"}) {
    EXPECT_EQ(ParsedDouble(t), std::strtod(t, nullptr)) << t;
  }
  // Random temperatures in [0, 2) round-trip through shortest text.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> dist(0.0, 2.0);
  for (int i = 0; i < 20000; ++i) {
    const double d = dist(rng);
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    for (int prec : {0, 17}) {
      std::string text = prec ? std::string(buf, std::snprintf(buf, sizeof buf, "%.17g", d))
                              : std::string(buf, r.ptr);
      ASSERT_EQ(ParsedDouble(text), d) << text;
    }
  }
}

TEST(ExactNumberTest, OutOfRangeIsAnErrorAndUnderflowIsZero) {
  rapidjson::Document doc;
  JsonError err;
  EXPECT_FALSE(ParseJson("[1, 1e400]", doc, &err));
  EXPECT_EQ(err.offset, 4u);
  EXPECT_NE(err.message.find("too big"), std::string::npos) << err.message;
  EXPECT_EQ(ParsedDouble("1e-400"), 0.0);
  EXPECT_TRUE(std::signbit(ParsedDouble("-1e-400")));
}

TEST(ExactNumberTest, IntegersKeepTheirType) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson("[9223372036854775807, -9223372036854775808, 18446744073709551615, "
                        "18446744073709551616, -0, 1.0]", doc));
  EXPECT_TRUE(doc[0].IsInt64());
  EXPECT_EQ(doc[1].GetInt64(), INT64_MIN);
  EXPECT_EQ(doc[2].GetUint64(), UINT64_MAX);
  EXPECT_TRUE(doc[3].IsDouble());
  EXPECT_TRUE(doc[4].IsDouble());
  EXPECT_TRUE(std::signbit(doc[4].GetDouble()));
  EXPECT_TRUE(doc[5].IsDouble());  // draft 4 tells 1.0 from 1
}

TEST(ExactNumberTest, TextsAreKeptOnlyWhereADoubleCannotHoldThem) {
  rapidjson::Document doc;
  JsonNumberTexts texts;
  ASSERT_TRUE(ParseJson(R"({"a": [0.1, 18446744073709551617, 3031.1111111112679, 1e30,
                        1000000000000000000000000000001, 12345678.905]})", doc, nullptr, {}, &texts));
  const auto& a = doc["a"];
  EXPECT_EQ(texts.Find(&a[0]), nullptr);
  ASSERT_NE(texts.Find(&a[1]), nullptr);
  EXPECT_EQ(*texts.Find(&a[1]), "18446744073709551617");
  ASSERT_NE(texts.Find(&a[2]), nullptr);  // its double prints as 3031.1111111112677
  EXPECT_EQ(texts.Find(&a[3]), nullptr);
  ASSERT_NE(texts.Find(&a[4]), nullptr);
  EXPECT_EQ(texts.Find(&a[5]), nullptr);
  EXPECT_EQ(texts.size(), 3u);
}

TEST(ExactNumberTest, MultipleOfIsExact) {
  // Real-world: the tolerance grew with the number.
  EXPECT_FALSE(Valid(R"({"multipleOf": 1})", "1643723400.5"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 1})", "500000000.5"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 0.01})", "12345678.905"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 0.01})", "12345678.91"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 0.1})", "0.3"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 0.0001})", "0.0075"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 0.0001})", "0.00751"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 1e-8})", "12345678.12345678"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 1e-8})", "12345678.123456789"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 5})", "1e30"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 1024})", "1e30"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 3})", "1e30"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 7})", "1e30"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 2})", "18446744073709551618"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 2})", "18446744073709551617"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 1})", "9007199254740993"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 2})", "9007199254740993"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 0.5})", "-7.5"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 123456789012345678901234567890})", "246913578024691357802469135780"));
  EXPECT_FALSE(Valid(R"({"multipleOf": 123456789012345678901234567890})", "246913578024691357802469135781"));
  EXPECT_TRUE(Valid(R"({"multipleOf": 1e-300})", "5e-300"));
}

// The no-heap divisibility test on mantissa × 10^exponent answers as the
// one on decimal digits, for divisors short and long, small and huge gaps.
TEST(ExactNumberTest, MantissaMultipleOfAgreesWithDecimalDigits) {
  std::mt19937_64 rng(5);
  std::vector<std::string> divisors = {"0.01", "0.5", "1", "3", "7", "1e-8", "1e-300", "1024", "0.0001",
                                       "123456789012345678", "999999999999999989", "1234567890123456789",
                                       "123456789012345678901234567890", "2.5e10", "1e300"};
  for (int i = 0; i < 40; ++i)
    divisors.push_back(std::to_string(rng() % 1000000007 + 1) + "e" + std::to_string(static_cast<int>(rng() % 41) - 20));
  for (const std::string& dt : divisors) {
    Decimal m;
    ASSERT_TRUE(Decimal::Parse(dt, &m)) << dt;
    for (int i = 0; i < 400; ++i) {
      std::uint64_t mantissa = rng() >> (rng() % 64);
      if (i % 4 == 0) mantissa = (rng() % 1000) * 1000;  // trailing zeros
      if (i % 7 == 0) {
        Decimal::Parse(dt, &m);
        mantissa = 0;
        for (char c : m.digits.substr(0, 18)) mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
        mantissa *= 1 + rng() % 50;  // a multiple of the divisor's digits
      }
      const std::int64_t exponent = static_cast<std::int64_t>(rng() % 700) - 350;
      Decimal x;
      ASSERT_TRUE(Decimal::Parse(std::to_string(mantissa) + "e" + std::to_string(exponent), &x));
      EXPECT_EQ(IsMultipleOf(mantissa, exponent, m), IsMultipleOf(x, m))
          << mantissa << "e" << exponent << " multipleOf " << dt;
    }
  }
  // An integral double above 2^53 written with few digits is read as those
  // digits, not as the digits of its exact binary value (768194553956899968,
  // which the plain shortest form prints because it is no longer).
  EXPECT_TRUE(Valid(R"({"multipleOf": 7})", "7681945539569e5"));
  EXPECT_TRUE(Valid(R"({"minimum": 7681945539569e5})", "7681945539569e5"));
  EXPECT_EQ(Decimal::FromDouble(7681945539569e5).ToString(), "768194553956900000");
  Decimal cent;
  ASSERT_TRUE(Decimal::Parse("0.01", &cent));
  EXPECT_TRUE(IsMultipleOf(1234567891, -2, cent));
  EXPECT_FALSE(IsMultipleOf(12345678905, -3, cent));
  EXPECT_TRUE(IsMultipleOf(12345678900, -3, cent));
  EXPECT_TRUE(IsMultipleOf(0, -400, cent));
  EXPECT_FALSE(IsMultipleOf(9007199254740993, -3, cent));
  EXPECT_TRUE(IsMultipleOf(9007199254740993, 1000000, cent));
}

TEST(ExactNumberTest, BoundsAreExactAtTheEdgesOfEveryRepresentation) {
  // Real-world: large integers were compared as doubles.
  EXPECT_FALSE(Valid(R"({"maximum": 9223372036854775807})", "9223372036854775808"));
  EXPECT_TRUE(Valid(R"({"maximum": 9223372036854775807})", "9223372036854775807"));
  EXPECT_FALSE(Valid(R"({"maximum": 9007199254740992})", "9007199254740993"));
  EXPECT_TRUE(Valid(R"({"maximum": 9007199254740992})", "9007199254740991"));
  EXPECT_FALSE(Valid(R"({"minimum": -9223372036854775808})", "-9223372036854775809"));
  EXPECT_TRUE(Valid(R"({"minimum": -9223372036854775808})", "-9223372036854775808"));
  EXPECT_TRUE(Valid(R"({"minimum": -9223372036854775808})", "-9223372036854775808.0"));
  EXPECT_FALSE(Valid(R"({"maximum": 18446744073709551616})", "18446744073709551617"));
  EXPECT_TRUE(Valid(R"({"maximum": 18446744073709551616})", "18446744073709551616"));
  EXPECT_TRUE(Valid(R"({"maximum": 18446744073709551616})", "18446744073709551615"));
  EXPECT_FALSE(Valid(R"({"exclusiveMaximum": 18446744073709551616})", "18446744073709551616"));
  EXPECT_FALSE(Valid(R"({"exclusiveMinimum": 9223372036854775807})", "9223372036854775807"));
  EXPECT_TRUE(Valid(R"({"exclusiveMinimum": 9223372036854775807})", "9223372036854775808"));
  EXPECT_FALSE(Valid(R"({"maximum": 1e30})", "1000000000000000000000000000001"));
  EXPECT_TRUE(Valid(R"({"maximum": 1e30})", "1000000000000000000000000000000"));
  EXPECT_TRUE(Valid(R"({"minimum": 1000000000000000000000000000001})", "1000000000000000000000000000001"));
  EXPECT_FALSE(Valid(R"({"minimum": 1000000000000000000000000000001})", "1e30"));
  // Long decimals whose doubles tie.
  EXPECT_FALSE(Valid(R"({"maximum": 0.1})", "0.10000000000000000001"));
  EXPECT_TRUE(Valid(R"({"maximum": 0.10000000000000000001})", "0.1"));
  EXPECT_FALSE(Valid(R"({"exclusiveMaximum": 0.1})", "0.1"));
  EXPECT_TRUE(Valid(R"({"exclusiveMaximum": 0.100000000000000000001})", "0.1"));
  // Draft 4's boolean exclusiveMaximum.
  EXPECT_FALSE(Valid(R"({"$schema": "http://json-schema.org/draft-04/schema#",
                         "maximum": 9007199254740992, "exclusiveMaximum": true})", "9007199254740992"));
  EXPECT_TRUE(Valid(R"({"$schema": "http://json-schema.org/draft-04/schema#",
                        "maximum": 9007199254740993, "exclusiveMaximum": true})", "9007199254740992"));
}

TEST(ExactNumberTest, ConstAndEnumCompareByValue) {
  EXPECT_FALSE(Valid(R"({"const": 9007199254740992})", "9007199254740993"));
  EXPECT_FALSE(Valid(R"({"const": 9007199254740992.0})", "9007199254740993"));
  EXPECT_TRUE(Valid(R"({"const": 9007199254740992.0})", "9007199254740992"));
  EXPECT_FALSE(Valid(R"({"const": 18446744073709551616})", "18446744073709551617"));
  EXPECT_TRUE(Valid(R"({"const": 18446744073709551617})", "18446744073709551617"));
  EXPECT_FALSE(Valid(R"({"enum": [1e30, 2]})", "1000000000000000000000000000001"));
  EXPECT_TRUE(Valid(R"({"enum": [1000000000000000000000000000001]})", "1000000000000000000000000000001"));
  EXPECT_FALSE(Valid(R"({"enum": [0.1]})", "0.10000000000000000001"));
  EXPECT_TRUE(Valid(R"({"enum": [1.0, "a"]})", "1"));
  EXPECT_FALSE(Valid(R"({"enum": [-9223372036854775808]})", "-9223372036854775809"));
}

// Found by fuzzing: exponents of any length saturate instead of overflowing.
TEST(ExactNumberTest, HugeExponentsSaturate) {
  const std::string zeros(200, '0');
  EXPECT_TRUE(Valid(R"({"maximum": 184467.41844644073709e-)" + zeros + R"(9})", "0.00018446741844644073709"));
  EXPECT_FALSE(Valid(R"({"maximum": 184467.41844644073709e-)" + zeros + R"(9})", "0.00018446741844644073710"));
  EXPECT_FALSE(Valid(R"({"maximum": 1.5e-)" + zeros + R"(1})", "1"));
  EXPECT_TRUE(Valid(R"({"minimum": 1e-999999999999999999999})", "1e-300"));
  // The bound underflows to the double 0, yet 0 is below it: its text is kept.
  EXPECT_FALSE(Valid(R"({"minimum": 1e-999999999999999999999})", "0"));
  EXPECT_FALSE(Valid(R"({"exclusiveMaximum": 0})", "1e-400"));
  EXPECT_TRUE(Valid(R"({"exclusiveMaximum": 0})", "-1e-400"));
}

TEST(ExactNumberTest, WithoutTextsDoublesReadAsTheirShortestForm) {
  // Callers that pass no texts get the value every shortest-form writer
  // would print: still exact for the real-world cases.
  rapidjson::Document s, i;
  ASSERT_TRUE(ParseJson(R"({"multipleOf": 0.01})", s));
  ASSERT_TRUE(ParseJson("12345678.905", i));
  auto schema = Schema::Compile(s);
  ASSERT_NE(schema, nullptr);
  EXPECT_FALSE(schema->IsValid(i));
  ASSERT_TRUE(ParseJson("12345678.91", i));
  EXPECT_TRUE(schema->IsValid(i));
}

TEST(ExactNumberTest, MessagesNameTheBoundAsWritten) {
  rapidjson::Document s, i;
  JsonNumberTexts texts;
  ASSERT_TRUE(ParseJson(R"({"maximum": 18446744073709551616000001})", s, nullptr, {}, &texts));
  ASSERT_TRUE(ParseJson("1e30", i));
  CompileOptions o;
  o.number_texts = &texts;
  auto schema = Schema::Compile(s, o);
  ASSERT_NE(schema, nullptr);
  auto r = schema->Validate(i);
  ASSERT_FALSE(r.valid);
  EXPECT_EQ(r.errors[0].message, "greater than 18446744073709551616000001");
}

}  // namespace
}  // namespace stepcache::schemas
