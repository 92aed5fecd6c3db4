// RepairJson on the forms issue 12 added: where a string without its end
// quote ends, several top-level values, JavaScript-isms, bare text, Unicode
// spaces, and the uncertain marks (with JSON Pointers) on every guess.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/checks/json_repair.h"
#include "stepcache/schemas/json.h"

namespace stepcache::checks {
namespace {

using Pointers = std::vector<std::string>;

RepairResult Repair(std::string_view text) {
  RepairResult result;
  RepairError error;
  EXPECT_TRUE(RepairJson(text, &result, &error)) << error.ToString() << " for " << text;
  return result;
}

void ExpectValue(std::string_view text, const std::string& expected) {
  const RepairResult r = Repair(text);
  rapidjson::Document a, e;
  ASSERT_TRUE(ParseJson(r.json, a)) << "not JSON: " << r.json;
  ASSERT_TRUE(ParseJson(expected, e)) << "bad expectation: " << expected;
  EXPECT_TRUE(a == e) << text << " -> " << r.json << ", want " << expected;
}

bool HasKind(const RepairResult& r, RepairKind kind) {
  for (const auto& f : r.log) {
    if (f.kind == kind) return true;
  }
  return false;
}

TEST(JsonRepairFormsTest, AStringWithoutItsEndQuoteStopsAtTheStructure) {
  ExpectValue(R"({"a":"b})", R"({"a": "b"})");
  ExpectValue(R"({"a":"b,"c":"d"})", R"({"a": "b", "c": "d"})");
  ExpectValue(R"({"a":"b,c,"d":"e"})", R"({"a": "b,c", "d": "e"})");
  ExpectValue(R"(["hello, world])", R"(["hello", "world"])");
  ExpectValue("[\n\"abc,\n\"def\"\n]", R"(["abc", "def"])");
  ExpectValue(R"({"url":"https://example.com/a?b=1})", R"({"url": "https://example.com/a?b=1"})");
  ExpectValue("{\n  \"first\": \"John\"\n  last: Smith", R"({"first": "John", "last": "Smith"})");
  // A quote inside the text stays text.
  ExpectValue(R"({"t": "The TV has a 24" screen", "u": 1})",
              R"({"t": "The TV has a 24\" screen", "u": 1})");
  ExpectValue(R"("He is six feet (72") tall")", R"("He is six feet (72\") tall")");
  ExpectValue(R"("the list [1, 2"] more")", R"("the list [1, 2\"] more")");
  ExpectValue(R"x(["foo)" 2])x", R"x(["foo)", 2])x");
  ExpectValue(R"({"key": ""value", "n": 1})", R"({"key": "value", "n": 1})");
  ExpectValue(R"({"comment": "lorem, "ipsum" sic "tamet". To improve"})",
              R"({"comment": "lorem, \"ipsum\" sic \"tamet\". To improve"})");
  ExpectValue(R"({"bio": "He said: "hi", then left", "n": 1})",
              R"({"bio": "He said: \"hi\", then left", "n": 1})");
  ExpectValue(R"({"name": "John", "city": "New York, "gender": "male"})",
              R"({"name": "John", "city": "New York", "gender": "male"})");
}

TEST(JsonRepairFormsTest, GuessedStringEndsAreUncertainWithTheirPointer) {
  const RepairResult r = Repair(R"({"a": {"b": ["x", "y}}})");
  EXPECT_EQ(r.uncertain_pointers, Pointers{"/a/b/1"}) << r.json;
  EXPECT_TRUE(r.uncertain());
  const RepairResult cut = Repair(R"({"k~/": "trunc)");
  EXPECT_EQ(cut.uncertain_pointers, Pointers{"/k~0~1"});
  bool logged = false;
  for (const auto& f : cut.log) {
    if (f.kind == RepairKind::kCloseString) {
      EXPECT_TRUE(f.uncertain);
      EXPECT_EQ(f.pointer, "/k~0~1");
      logged = true;
    }
  }
  EXPECT_TRUE(logged);
  // Certain fixes leave nothing uncertain.
  const RepairResult sure = Repair("{'a': True, b: [1, 2,],}");
  EXPECT_TRUE(sure.changed());
  EXPECT_FALSE(sure.uncertain());
  // Valid input: byte-identical, nothing logged, nothing uncertain.
  const RepairResult valid = Repair(R"({"c":7,"c":""})");
  EXPECT_EQ(valid.json, R"({"c":7,"c":""})");
  EXPECT_TRUE(valid.uncertain_pointers.empty());
}

TEST(JsonRepairFormsTest, OtherGuessesAreUncertainToo) {
  EXPECT_EQ(Repair(R"({"a": [1, 2, tr)").uncertain_pointers, Pointers{"/a/2"});
  EXPECT_EQ(Repair(R"({"a": 12)").uncertain_pointers, Pointers{"/a"});  // 12 may be 123…
  EXPECT_EQ(Repair(R"({"a": 12,)").uncertain_pointers, Pointers{});
  EXPECT_EQ(Repair(R"({"a": [1, @, 2]})").uncertain_pointers, Pointers{"/a"});
  EXPECT_EQ(Repair(R"({"n": NaN})").uncertain_pointers, Pointers{"/n"});
  EXPECT_EQ(Repair(R"({"a":1}, "b":2})").uncertain_pointers, Pointers{""});
}

TEST(JsonRepairFormsTest, SeveralTopLevelValuesBecomeOneArray) {
  ExpectValue("1\n2\n3", "[1, 2, 3]");
  ExpectValue("1,2,3,", "[1, 2, 3]");
  ExpectValue("/* 1 */\n{}\n\n/* 2 */\n{},\n", "[{}, {}]");
  ExpectValue("{\"a\": 1}\n{\"a\": 2}\n", R"([{"a": 1}, {"a": 2}])");
  ExpectValue("a\nb", R"(["a", "b"])");
  const RepairResult r = Repair("\"x\n{\"b\": 1}");
  // Pointers of guesses made before the array appeared are moved under /0.
  EXPECT_EQ(r.uncertain_pointers, Pointers{"/0"}) << r.json;
  // Prose after a container is not a second value.
  ExpectValue("{\"a\": 1}\n\nHope this helps!", R"({"a": 1})");
  // Content after a `}` that came too early goes back into the object.
  ExpectValue(R"({"key": "value"}, "key2": "value2"})", R"({"key": "value", "key2": "value2"})");
  EXPECT_TRUE(HasKind(Repair("1\n2"), RepairKind::kMultipleValues));
}

TEST(JsonRepairFormsTest, JavaScriptForms) {
  ExpectValue(R"("hello" + " world")", R"("hello world")");
  ExpectValue("{\n  \"greeting\": 'hello' +\n 'world'\n}", R"({"greeting": "helloworld"})");
  ExpectValue(R"(["abc+/*c*/"def"])", R"(["abcdef"])");
  ExpectValue(R"({"_id": ObjectId("123"), "n": NumberLong(2), "d": ISODate("2012-12-19")})",
              R"({"_id": "123", "n": 2, "d": "2012-12-19"})");
  ExpectValue("callback_123({\"a\": 1});", R"({"a": 1})");
  ExpectValue("callback_123(2);", "2");
  ExpectValue("{regex: /standalone-styles.css/}", R"({"regex": "/standalone-styles.css/"})");
  ExpectValue(R"(/[a-z]_/)", R"("/[a-z]_/")");
  ExpectValue(R"({\"stringified\": \"hello \\"world\\"\"})", R"({"stringified": "hello \"world\""})");
  const RepairResult escaped = Repair(R"([\"a\", 1,])");
  EXPECT_TRUE(HasKind(escaped, RepairKind::kEscapedJson));
  for (const auto& f : escaped.log) EXPECT_LE(f.offset, std::string(R"([\"a\", 1,])").size());
  EXPECT_TRUE(HasKind(Repair(R"("a" + "b")"), RepairKind::kStringConcatenation));
  EXPECT_TRUE(HasKind(Repair("NumberLong(2)"), RepairKind::kCodeWrapper));
}

TEST(JsonRepairFormsTest, BareTextAndUnicodeSpaces) {
  ExpectValue("abc", R"("abc")");
  ExpectValue("She said: no way", R"("She said: no way")");
  ExpectValue("https://www.example.com/", R"("https://www.example.com/")");
  ExpectValue("[a\",\"b\"]", R"(["a", "b"])");
  ExpectValue("{a\":\"foo\",b\":\"bar\"}", R"({"a": "foo", "b": "bar"})");
  ExpectValue("{\"a\":\xC2\xA0\"foo\xC2\xA0" "bar\"}", "{\"a\": \"foo\xC2\xA0" "bar\"}");
  ExpectValue("{\"a\":\xE2\x80\x8B\"foo\"}", R"({"a": "foo"})");
  ExpectValue("{\"a\":\xE3\x80\x80\"foo\"}", R"({"a": "foo"})");
  ExpectValue("[\"\xEF\xBB\xBF\", \xEF\xBB\xBF 1]", "[\"\xEF\xBB\xBF\", 1]");
  ExpectValue("{`a\xC2\xB4: `b\xC2\xB4}", R"({"a": "b"})");
}

TEST(JsonRepairFormsTest, LogLinesCarryTheUncertainMark) {
  const RepairResult r = Repair(R"({"a": )");
  EXPECT_EQ(RepairLogToJsonLines(r.log),
            "{\"kind\":\"close_container\",\"offset\":6,\"detail\":\"\"}\n"
            "{\"kind\":\"missing_value\",\"offset\":6,\"detail\":\"null\","
            "\"uncertain\":true,\"pointer\":\"/a\"}\n");
}

TEST(JsonRepairFormsTest, ManyBrokenStringsStayLinear) {
  // Every string reads ahead to the end and is cut back: the re-read budget
  // keeps the total work linear; the result is still valid JSON.
  std::string text = "[";
  for (int i = 0; i < 20000; ++i) text += "\"a, b, c, ";
  text += "]";
  const RepairResult r = Repair(text);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(r.json, doc));

  // A long key above many guesses: past the pointer budget a guess names
  // the whole document instead of copying the long path again and again.
  std::string deep = "{\"" + std::string(200000, 'k') + "\": [";
  for (int i = 0; i < 100000; ++i) deep += "[@],";
  deep += "]}";
  const RepairResult d = Repair(deep);
  ASSERT_FALSE(d.uncertain_pointers.empty());
  EXPECT_EQ(d.uncertain_pointers.back(), "");
  EXPECT_LT(d.uncertain_pointers.size(), 100u);
}

}  // namespace
}  // namespace stepcache::checks
