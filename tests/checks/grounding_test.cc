#include "stepcache/checks/grounding.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::checks {
namespace {

std::vector<UngroundedValue> Ungrounded(const std::string& json, const std::string& source,
                                        const GroundingOptions& options = {}) {
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(json, doc)) << json;
  GroundingSource src(source, options);
  std::vector<UngroundedValue> out;
  FindUngrounded(doc, "", src, &out);
  return out;
}

// The same, with the texts of the answer's numbers no double holds.
std::vector<UngroundedValue> UngroundedExactly(const std::string& json, const std::string& source) {
  rapidjson::Document doc;
  JsonNumberTexts texts;
  EXPECT_TRUE(ParseJson(json, doc, nullptr, {}, &texts)) << json;
  GroundingSource src(source, {});
  std::vector<UngroundedValue> out;
  std::string scratch;
  FindUngrounded(doc, "", src, &out, &scratch, &texts);
  return out;
}

std::vector<std::string> Pointers(const std::vector<UngroundedValue>& v) {
  std::vector<std::string> out;
  for (const UngroundedValue& u : v) out.push_back(u.pointer);
  return out;
}

const char kInvoice[] =
    "Invoice from ACME   Corp.\nCustomer: Jane Doe, age 34.\nTotal: $3.50 for 1,200 units; "
    "temperature -5 C. Paid: true.";

TEST(GroundingTest, EverythingGrounded) {
  EXPECT_TRUE(Ungrounded(R"({"company": "acme corp.", "customer": "Jane Doe", "age": 34,
                             "total": 3.5, "units": 1200, "temp": -5, "paid": true, "note": null})",
                         kInvoice)
                  .empty());
}

TEST(GroundingTest, NumbersMatchNumerically) {
  EXPECT_TRUE(Ungrounded(R"({"a": "34", "b": 34, "c": 34.0, "d": 3.50, "e": 5})", kInvoice).empty());
  EXPECT_EQ(Pointers(Ungrounded(R"({"a": 35, "b": 3.05, "c": -34})", kInvoice)),
            (std::vector<std::string>{"/a", "/b", "/c"}));
}

TEST(GroundingTest, NumbersOfMoreDigitsThanADoubleKeepsMatchDigitForDigit) {
  // A double keeps about 16 digits: the model's stale or rounded value was
  // grounded by the text's longer number whose double it shares.
  const std::string order = "Order #: 9,007,199,254,740,992\nCustomer: Sara Lindqvist\n";
  EXPECT_TRUE(UngroundedExactly(R"({"id": 9007199254740992})", order).empty());
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"id": 9007199254740993})", order)), (std::vector<std::string>{"/id"}));
  const std::string residents = "Residents on file: +9223372036854775817 (census)";
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"n": 9223372036854775807})", residents)),
            (std::vector<std::string>{"/n"}));
  EXPECT_TRUE(UngroundedExactly(R"({"n": 9223372036854775817})", residents).empty());
  const std::string balance = "Balance: 42.000000000000001 EUR";
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"b": 42.0})", balance)), (std::vector<std::string>{"/b"}));
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"b": 42})", balance)), (std::vector<std::string>{"/b"}));
  EXPECT_TRUE(UngroundedExactly(R"({"b": 42.000000000000001})", balance).empty());
  EXPECT_TRUE(UngroundedExactly(R"({"b": 42.0000000000000010})", balance).empty());
  // Two values of one double in the text (round 235: "Account: 9007199254740993", "Reference:
  // 9007199254740992", the model answering the reference): the field checks compare doubles, so
  // neither is grounded.
  const std::string two = "Account: 9007199254740993\nReference: 9007199254740992\n";
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"a": 9007199254740992})", two)), (std::vector<std::string>{"/a"}));
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"a": 9007199254740993})", two)), (std::vector<std::string>{"/a"}));
  EXPECT_NE(UngroundedExactly(R"({"a": 9007199254740993})", two)[0].reason.find("cannot be told apart"),
            std::string::npos);
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"b": 42})", balance + "; deposit 42 EUR")),
            (std::vector<std::string>{"/b"}));
  EXPECT_TRUE(UngroundedExactly(R"({"a": 9007199254740993})", "Account: 9007199254740993, again 9007199254740993")
                  .empty());
  // A long text the double holds in its shortest form is the same value.
  EXPECT_TRUE(UngroundedExactly(R"({"b": 0.30000000000000004})", "Balance: 0.30000000000000004").empty());
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"b": 0.30000000000000001})", "Balance: 0.30000000000000004")),
            (std::vector<std::string>{"/b"}));
  EXPECT_EQ(Pointers(UngroundedExactly(R"({"b": 98765432109876543211})", "Amount: 98765432109876543210")),
            (std::vector<std::string>{"/b"}));
  EXPECT_TRUE(UngroundedExactly(R"({"b": -98765432109876543210})", "Amount: -98765432109876543210").empty());
}

TEST(GroundingTest, ExactDecimalReadsEveryFormOfOneValue) {
  EXPECT_EQ(ExactDecimal("-0012.500"), "-125e-1");
  EXPECT_EQ(ExactDecimal("1.5e3"), "15e2");
  EXPECT_EQ(ExactDecimal("1500"), "15e2");
  EXPECT_EQ(ExactDecimal("1500.000"), "15e2");
  EXPECT_EQ(ExactDecimal("0.000"), "0");
  EXPECT_EQ(ExactDecimal("+7"), "7e0");
  EXPECT_EQ(ExactDecimal("9007199254740993"), "9007199254740993e0");
  EXPECT_EQ(ExactDecimal(".5"), "5e-1");
  EXPECT_EQ(ExactDecimal("2E-4"), "2e-4");
  EXPECT_EQ(ExactDecimal("12a"), "");
  EXPECT_EQ(ExactDecimal("e5"), "");
  EXPECT_EQ(ExactDecimal("1e"), "");
}

TEST(GroundingTest, FailingMembersNamedByPointerInDocumentOrder) {
  std::vector<UngroundedValue> bad =
      Ungrounded(R"({"customer": "John Smith", "items": [{"name": "ACME"}, {"name": "Widget"}],
                     "a/b": "nope"})",
                 kInvoice);
  EXPECT_EQ(Pointers(bad), (std::vector<std::string>{"/customer", "/items/1/name", "/a~1b"}));
  EXPECT_NE(bad[0].reason.find("\"John Smith\" does not occur"), std::string::npos) << bad[0].reason;
}

TEST(GroundingTest, CaseAndWhitespaceOptions) {
  GroundingOptions strict;
  strict.case_insensitive = false;
  strict.normalize_whitespace = false;
  EXPECT_EQ(Pointers(Ungrounded(R"({"c": "ACME Corp."})", kInvoice, strict)), (std::vector<std::string>{"/c"}));
  EXPECT_TRUE(Ungrounded(R"({"c": "ACME   Corp."})", kInvoice, strict).empty());
  EXPECT_EQ(Pointers(Ungrounded(R"({"c": "jane doe"})", kInvoice, strict)), (std::vector<std::string>{"/c"}));
  EXPECT_TRUE(Ungrounded(R"({"c": "jane   DOE", "d": " acme corp. "})", kInvoice).empty());
}

TEST(GroundingTest, NumbersAndStringsCanBeSwitchedOff) {
  GroundingOptions no_numbers;
  no_numbers.check_numbers = false;
  EXPECT_TRUE(Ungrounded(R"({"a": 999})", kInvoice, no_numbers).empty());
  GroundingOptions no_strings;
  no_strings.check_strings = false;
  EXPECT_TRUE(Ungrounded(R"({"a": "zzz"})", kInvoice, no_strings).empty());
  GroundingOptions min3;
  min3.min_string_length = 3;
  EXPECT_TRUE(Ungrounded(R"({"a": "zz"})", kInvoice, min3).empty());
  EXPECT_FALSE(Ungrounded(R"({"a": "zzz"})", kInvoice, min3).empty());
}

TEST(GroundingTest, CachedAnswerForAnotherTextFails) {
  const char* other = "Invoice from Globex. Customer: Hank Scorpio, age 51. Total: $9.99.";
  std::vector<UngroundedValue> bad =
      Ungrounded(R"({"company": "ACME Corp.", "customer": "Jane Doe", "age": 34, "total": 3.5})", other);
  EXPECT_EQ(Pointers(bad), (std::vector<std::string>{"/company", "/customer", "/age", "/total"}));
}

TEST(GroundingTest, ExtractNumbers) {
  std::vector<double> n;
  ExtractNumbers("a 1,200 b 3.50 c -5 d x-7 e .5 f 1,2345 g \xE2\x88\x92" "8", &n);
  std::sort(n.begin(), n.end());
  for (double want : {1200.0, 1.0, 200.0, 3.5, -5.0, 5.0, 7.0, 0.5, 2345.0, -8.0, 8.0}) {
    EXPECT_TRUE(std::binary_search(n.begin(), n.end(), want)) << want;
  }
  EXPECT_FALSE(std::binary_search(n.begin(), n.end(), -7.0)) << "x-7 is a hyphen, not a sign";
}

TEST(GroundingTest, DeepValuesDoNotRecurse) {
  std::string deep(900, '[');
  deep += "\"missing\"";
  deep += std::string(900, ']');
  std::vector<UngroundedValue> bad = Ungrounded(deep, kInvoice);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].pointer.size(), 900u * 2);
}

}  // namespace
// A caller's scratch buffer, whatever it holds, leaves every answer as the
// allocating overload gives it (the grounding step verifier shares one
// buffer across all the steps of a check).
TEST(GroundingTest, ScratchBufferGivesTheSameAnswers) {
  const char* const kJsons[] = {
      R"({"company": "acme corp.", "customer": "Jane Doe", "age": 34, "paid": true})",
      R"({"customer": "Jane Do", "total": 3.51, "items": [{"name": "units", "n": 1200}, "ACME"]})",
      R"({"paid": false, "unpaid": false, "note": "temperature  -5 c"})",
      R"("a scalar that is not in the text at all")",
  };
  GroundingOptions options;
  options.case_insensitive = true;
  options.normalize_whitespace = true;
  GroundingSource src(kInvoice, options);
  std::string scratch = "left over from an earlier, much longer value than any of these";
  for (const char* json : kJsons) {
    rapidjson::Document doc;
    ASSERT_TRUE(ParseJson(json, doc)) << json;
    std::vector<UngroundedValue> plain, shared;
    const std::size_t a = FindUngrounded(doc, "/x", src, &plain);
    const std::size_t b = FindUngrounded(doc, "/x", src, &shared, &scratch);
    EXPECT_EQ(a, b) << json;
    ASSERT_EQ(plain.size(), shared.size()) << json;
    for (std::size_t i = 0; i < plain.size(); ++i) {
      EXPECT_EQ(plain[i].pointer, shared[i].pointer) << json;
      EXPECT_EQ(plain[i].reason, shared[i].reason) << json;
    }
  }
}

// Values longer than the stack buffer HasString normalises short ones in
// are normalised into the scratch buffer, with the same rules.
TEST(GroundingTest, LongValuesAndBlankValues) {
  std::string sentence;
  for (int i = 0; i < 40; ++i) sentence += "Word" + std::to_string(i) + " ";
  const std::string source = "Notes:\n" + sentence + "\nEnd.";
  GroundingSource src(source, GroundingOptions{});
  std::string spaced;  // the same words, upper case, whitespace runs between
  for (int i = 0; i < 40; ++i) spaced += "\t WORD" + std::to_string(i) + "  \n";
  ASSERT_GT(spaced.size(), 256u);
  std::string scratch;
  EXPECT_TRUE(src.HasString(spaced, &scratch));
  EXPECT_TRUE(src.HasString(spaced));
  EXPECT_FALSE(src.HasString(spaced + " word41", &scratch));
  EXPECT_FALSE(src.HasString(spaced.substr(0, spaced.size() - 5) + "X", &scratch));  // "... WORDX"
  // Only whitespace: nothing to look for.
  EXPECT_TRUE(src.HasString(" \t\n ", &scratch));
  GroundingOptions strict;
  strict.case_insensitive = false;
  strict.normalize_whitespace = false;
  GroundingSource exact(source, strict);
  const std::string head = sentence.substr(0, sentence.rfind(' ', 300));  // whole words
  ASSERT_GT(head.size(), 256u);
  EXPECT_TRUE(exact.HasString(head, &scratch));
  EXPECT_FALSE(exact.HasString("word1 Word2", &scratch));
  EXPECT_FALSE(exact.HasString("Word1  Word2", &scratch));
}

}  // namespace stepcache::checks
