#include "stepcache/checks/json_repair.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::checks {
namespace {

RepairResult Repair(std::string_view text, const RepairOptions& options = {}) {
  RepairResult result;
  RepairError error;
  EXPECT_TRUE(RepairJson(text, &result, &error, options)) << error.ToString() << " for " << text;
  return result;
}

RepairError RepairFails(std::string_view text, const RepairOptions& options = {}) {
  RepairResult result;
  RepairError error;
  EXPECT_FALSE(RepairJson(text, &result, &error, options)) << "repaired into " << result.json;
  EXPECT_TRUE(result.json.empty());
  EXPECT_TRUE(result.log.empty());
  return error;
}

// Compares JSON values, not bytes.
void ExpectValue(const std::string& actual, const std::string& expected) {
  rapidjson::Document a, e;
  ASSERT_TRUE(ParseJson(actual, a)) << "not JSON: " << actual;
  ASSERT_TRUE(ParseJson(expected, e)) << "bad expectation: " << expected;
  EXPECT_TRUE(a == e) << "got " << actual << ", want " << expected;
}

std::size_t CountFix(const RepairResult& r, RepairKind kind) {
  std::size_t n = 0;
  for (const auto& f : r.log) n += f.kind == kind;
  return n;
}

bool HasFix(const RepairResult& r, RepairKind kind, std::size_t offset) {
  for (const auto& f : r.log) {
    if (f.kind == kind && f.offset == offset) return true;
  }
  return false;
}

std::string LogString(const RepairResult& r) { return RepairLogToJsonLines(r.log); }

// ---- valid input ----

TEST(JsonRepairTest, ValidInputComesBackByteIdenticalWithEmptyLog) {
  for (const char* text : {R"({"a": 1, "b": [true, false, null, -0.5e3, "x\"y\u00e9"]})",
                           "  [1,2 ,\n 3]\n", R"("just a string")", "42", "null",
                           "{\"k\": \"\xc3\xa9\xe2\x80\x9c\"}", "[]", "{}"}) {
    const RepairResult r = Repair(text);
    EXPECT_EQ(r.json, text);
    EXPECT_TRUE(r.log.empty()) << LogString(r);
    EXPECT_FALSE(r.changed());
  }
}

TEST(JsonRepairTest, ScannerKeepsValidInputByteIdenticalWhenASchemaForcesIt) {
  rapidjson::Document empty;
  ASSERT_TRUE(ParseJson("{}", empty));
  RepairOptions options;
  options.schema = &empty;  // runs the full scanner, coerces nothing
  for (const char* text : {R"( {"a" : 1,"b":[true ,false,null,-0.5e3,"x\"y\u00e9\ud83d\ude00"]} )",
                           "[\n  1,\n  2\n]\n", R"("s")", "-12", R"({"x": {"y": [[], {}]}})"}) {
    const RepairResult r = Repair(text, options);
    EXPECT_EQ(r.json, text);
    EXPECT_TRUE(r.log.empty()) << LogString(r);
  }
}

// ---- each repair kind ----

TEST(JsonRepairTest, StripsProseAndFences) {
  const std::string text = "Here you go:\n```json\n{\"a\": 1}\n```\nHope this helps.";
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"a": 1})");
  EXPECT_TRUE(HasFix(r, RepairKind::kStripProse, 0));
  EXPECT_TRUE(HasFix(r, RepairKind::kStripFence, text.find("```")));
  EXPECT_TRUE(HasFix(r, RepairKind::kStripProse, text.find("Hope")));

  const RepairResult prose = Repair("The answer is {\"x\": [1]} as requested");
  ExpectValue(prose.json, R"({"x": [1]})");
  EXPECT_TRUE(HasFix(prose, RepairKind::kStripProse, 0));
  EXPECT_TRUE(HasFix(prose, RepairKind::kStripProse, 25));

  // A bracket in prose that cannot start JSON is skipped.
  ExpectValue(Repair("See [the docs] for {\"a\": 2}").json, R"({"a": 2})");
  // The fence wins over braces in the prose around it.
  ExpectValue(Repair("Fill {name} in:\n```json\n{\"a\": [1,]}\n```\n{x}").json, R"({"a": [1]})");
  // A closing fence with no opening one ends a cut-off value.
  ExpectValue(Repair("{\"a\": [1, 2\n```").json, R"({"a": [1, 2]})");
  // A fenced scalar.
  ExpectValue(Repair("```\n\"hi\"\n```").json, R"("hi")");
}

TEST(JsonRepairTest, DropsTrailingCommas) {
  const RepairResult r = Repair(R"({"a": [1, 2,], "b": 3,})");
  ExpectValue(r.json, R"({"a": [1, 2], "b": 3})");
  EXPECT_TRUE(HasFix(r, RepairKind::kTrailingComma, 11));
  EXPECT_TRUE(HasFix(r, RepairKind::kTrailingComma, 21));
  EXPECT_EQ(CountFix(r, RepairKind::kTrailingComma), 2u);
}

TEST(JsonRepairTest, DropsLeadingAndDoubledCommas) {
  const RepairResult r = Repair("[,1,,2]");
  ExpectValue(r.json, "[1, 2]");
  EXPECT_TRUE(HasFix(r, RepairKind::kExtraComma, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kExtraComma, 4));
  ExpectValue(Repair(R"({,"a": 1,, "b": 2})").json, R"({"a": 1, "b": 2})");
}

TEST(JsonRepairTest, InsertsMissingCommas) {
  const RepairResult r = Repair("{\"a\": 1\n \"b\": [1 2 {\"c\": 3} [4]]}");
  ExpectValue(r.json, R"({"a": 1, "b": [1, 2, {"c": 3}, [4]]})");
  EXPECT_TRUE(HasFix(r, RepairKind::kMissingComma, 9));
  EXPECT_EQ(CountFix(r, RepairKind::kMissingComma), 4u);
}

TEST(JsonRepairTest, InsertsMissingColon) {
  const RepairResult r = Repair(R"({"a" 1, "b" "x"})");
  ExpectValue(r.json, R"({"a": 1, "b": "x"})");
  EXPECT_TRUE(HasFix(r, RepairKind::kMissingColon, 5));
}

TEST(JsonRepairTest, ConvertsSingleQuotes) {
  const RepairResult r = Repair(R"({'a': 'say "hi"', 'b': 'it\'s'})");
  ExpectValue(r.json, R"({"a": "say \"hi\"", "b": "it's"})");
  EXPECT_TRUE(HasFix(r, RepairKind::kSingleQuotes, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kSingleQuotes, 6));
  EXPECT_EQ(CountFix(r, RepairKind::kSingleQuotes), 4u);
  // An apostrophe inside a single-quoted string does not end it.
  ExpectValue(Repair("{'t': 'it's fine'}").json, R"({"t": "it's fine"})");
}

TEST(JsonRepairTest, ConvertsTypographicQuotes) {
  const std::string text = "{\xe2\x80\x9c" "name\xe2\x80\x9d: \xe2\x80\x98" "Bob\xe2\x80\x99" "s\xe2\x80\x99}";
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"name": "Bob’s"})");
  EXPECT_TRUE(HasFix(r, RepairKind::kTypographicQuotes, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kTypographicQuotes, 13));
}

TEST(JsonRepairTest, EscapesQuotesInsideStrings) {
  const RepairResult r = Repair(R"({"t": "He said "no" twice", "u": 1})");
  ExpectValue(r.json, R"({"t": "He said \"no\" twice", "u": 1})");
  EXPECT_TRUE(HasFix(r, RepairKind::kUnescapedQuote, 15));
  EXPECT_TRUE(HasFix(r, RepairKind::kUnescapedQuote, 18));
}

TEST(JsonRepairTest, QuotesUnquotedKeysAndValues) {
  const RepairResult r = Repair("{name: Bob Smith, $id2: 7, first-name: x}");
  ExpectValue(r.json, R"({"name": "Bob Smith", "$id2": 7, "first-name": "x"})");
  EXPECT_TRUE(HasFix(r, RepairKind::kUnquotedKey, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kUnquotedString, 7));
  EXPECT_EQ(CountFix(r, RepairKind::kUnquotedKey), 3u);
}

TEST(JsonRepairTest, ConvertsPythonAndJavaScriptLiterals) {
  const RepairResult r = Repair("[True, False, None, undefined, true]");
  ExpectValue(r.json, "[true, false, null, null, true]");
  EXPECT_TRUE(HasFix(r, RepairKind::kPythonLiteral, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kPythonLiteral, 7));
  EXPECT_TRUE(HasFix(r, RepairKind::kPythonLiteral, 14));
  EXPECT_EQ(CountFix(r, RepairKind::kPythonLiteral), 4u);
  EXPECT_EQ(r.log[0].detail, "True -> true");
}

TEST(JsonRepairTest, NonFiniteNumbersBecomeNull) {
  const RepairResult r = Repair("[NaN, Infinity, -Infinity, 1e999, -1e400, 1e-400]");
  ExpectValue(r.json, "[null, null, null, null, null, 0]");
  EXPECT_EQ(CountFix(r, RepairKind::kNonFiniteNumber), 5u);
  EXPECT_TRUE(HasFix(r, RepairKind::kNonFiniteNumber, 16));
}

TEST(JsonRepairTest, NormalisesNumbers) {
  const RepairResult r = Repair("[+1, .5, -.25, 1., 2e, 3E+, -0, 0.0]");
  ExpectValue(r.json, "[1, 0.5, -0.25, 1, 2, 3, -0, 0.0]");
  EXPECT_EQ(CountFix(r, RepairKind::kInvalidNumber), 6u);
  EXPECT_TRUE(HasFix(r, RepairKind::kInvalidNumber, 5));
  EXPECT_TRUE(r.uncertain_pointers.empty());
  // Not a number at all: kept as text.
  ExpectValue(Repair(R"({"id": 0x1F})").json, R"({"id": "0x1F"})");
}

TEST(JsonRepairTest, NumberLikeTextThatIsNotOneNumberStaysAString) {
  ExpectValue(Repair(R"({"key": 1/3})").json, R"({"key": "1/3"})");
  ExpectValue(Repair("[0.0.1,2]").json, R"(["0.0.1", 2])");
  ExpectValue(Repair(R"({"date": 2024-10-18T18:35:22.229Z})").json,
              R"({"date": "2024-10-18T18:35:22.229Z"})");
  ExpectValue(Repair(R"({"zip": 007, "t": 12:30, "v": 2e3.4, "w": -05})").json,
              R"({"zip": "007", "t": "12:30", "v": "2e3.4", "w": "-05"})");
  ExpectValue(Repair("0789").json, R"("0789")");
  ExpectValue(Repair(R"({"pct": 50%, "eur": 5€})").json, R"({"pct": "50%", "eur": "5€"})");
  ExpectValue(Repair("[-e5, 05e]").json, R"(["-e5", "05e"])");
  // A comment after a number is still a comment.
  ExpectValue(Repair("[1// one\n, 2/* two */]").json, "[1, 2]");
}

TEST(JsonRepairTest, CompletesLiteralsCutOffAtTheEnd) {
  const RepairResult r = Repair(R"({"a": tr)");
  ExpectValue(r.json, R"({"a": true})");
  EXPECT_TRUE(HasFix(r, RepairKind::kCompleteLiteral, 6));
  ExpectValue(Repair("[fa").json, "[false]");
  ExpectValue(Repair("[1, n").json, "[1, null]");
}

TEST(JsonRepairTest, DropsComments) {
  const std::string text = "{\n  // the name\n  \"a\": 1, /* inline */ \"b\": 2 # python\n}";
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"a": 1, "b": 2})");
  EXPECT_TRUE(HasFix(r, RepairKind::kComment, text.find("//")));
  EXPECT_TRUE(HasFix(r, RepairKind::kComment, text.find("/*")));
  EXPECT_TRUE(HasFix(r, RepairKind::kComment, text.find("#")));
  // Comment markers inside strings are text.
  const RepairResult in_string = Repair("{'u': 'http://x/*y*/#z'}");
  ExpectValue(in_string.json, R"({"u": "http://x/*y*/#z"})");
  EXPECT_EQ(CountFix(in_string, RepairKind::kComment), 0u);
}

TEST(JsonRepairTest, EscapesControlCharactersInStrings) {
  const std::string text = std::string("{\"a\": \"x\ny\tz\b\"}");
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"a": "x\ny\tz\b"})");
  EXPECT_TRUE(HasFix(r, RepairKind::kControlCharInString, 8));
  EXPECT_TRUE(HasFix(r, RepairKind::kControlCharInString, 10));
  EXPECT_TRUE(HasFix(r, RepairKind::kControlCharInString, 12));
  // Other raw control characters are not something a model meant to write.
  EXPECT_EQ(RepairFails(std::string("[\"abc\x01\"]")).message,
            "raw control character U+0001 in a string");
  EXPECT_EQ(RepairFails(std::string("\"abc\0\"", 6)).offset, 4u);
}

TEST(JsonRepairTest, FixesInvalidEscapesAndSurrogates) {
  const RepairResult r = Repair(R"(["C:\dir", "\ud800x", "\ud83d\ude00", "a\'b"])");
  ExpectValue(r.json, R"(["C:\\dir", "\ufffdx", "\ud83d\ude00", "a'b"])");
  EXPECT_TRUE(HasFix(r, RepairKind::kInvalidEscape, 4));
  EXPECT_TRUE(HasFix(r, RepairKind::kInvalidEscape, 12));
  EXPECT_EQ(CountFix(r, RepairKind::kInvalidEscape), 3u);
  // A broken \u escape is refused; one cut off by the end is dropped.
  EXPECT_EQ(RepairFails(R"(["\u12"])").offset, 2u);
  RepairFails(R"("\uZ000)");
  ExpectValue(Repair(R"({"a":"bar\u20)").json, R"({"a": "bar"})");
  ExpectValue(Repair("\"first\\\nsecond\"").json, R"("first\nsecond")");
}

TEST(JsonRepairTest, ReplacesInvalidUtf8) {
  const RepairResult r = Repair(std::string("{'a': 'x\xff\xc3\xa9'}"));
  ExpectValue(r.json, "{\"a\": \"x\xef\xbf\xbd\xc3\xa9\"}");
  EXPECT_TRUE(HasFix(r, RepairKind::kInvalidUtf8, 8));
  EXPECT_EQ(CountFix(r, RepairKind::kInvalidUtf8), 1u);
}

TEST(JsonRepairTest, ClosesTruncatedOutputInOrder) {
  const std::string text = R"({"a": [1, {"b": "tru)";
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"a": [1, {"b": "tru"}]})");
  EXPECT_TRUE(HasFix(r, RepairKind::kCloseString, text.size()));
  EXPECT_EQ(CountFix(r, RepairKind::kCloseContainer), 3u);
  EXPECT_TRUE(HasFix(r, RepairKind::kCloseContainer, text.size()));
  ExpectValue(Repair("[").json, "[]");
  ExpectValue(Repair(R"({"a": 1, "b": [)").json, R"({"a": 1, "b": []})");
  ExpectValue(Repair(R"(["x\)").json, R"(["x"])");
}

TEST(JsonRepairTest, KeepsAKeyWithoutAValueAsAnUncertainNull) {
  for (const char* text : {R"({"a": 1, "b)", R"({"a": 1, "b")", R"({"a": 1, "b":)",
                           R"({"a": 1, "b": )", R"({"a": 1, "b": })", R"({"a": 1, "b": ,})"}) {
    const RepairResult r = Repair(text);
    ExpectValue(r.json, R"({"a": 1, "b": null})");
    EXPECT_EQ(r.uncertain_pointers, std::vector<std::string>{"/b"}) << text;
  }
  const RepairResult r = Repair(R"({"b": , "a": 1})");
  ExpectValue(r.json, R"({"b": null, "a": 1})");
  EXPECT_TRUE(HasFix(r, RepairKind::kMissingValue, 6));
  EXPECT_EQ(r.uncertain_pointers, std::vector<std::string>{"/b"});
  ExpectValue(Repair(R"({"a": 1, )").json, R"({"a": 1})");
  // A key followed by `,` or a closing bracket says nothing of its value.
  RepairFails(R"({"b", "a": 1})");
  RepairFails(R"({"a" ])");
  RepairFails(R"({"a",)");
  EXPECT_EQ(RepairFails("{:2}").message, "a key expected before ':'");
}

TEST(JsonRepairTest, ClosesMismatchedBrackets) {
  const RepairResult r = Repair(R"({"a": [1, 2}, "b": 3})");
  // The `}` closed the array; the members after it go back into the object.
  ExpectValue(r.json, R"({"a": [1, 2], "b": 3})");
  EXPECT_TRUE(HasFix(r, RepairKind::kCloseContainer, 11));
  const RepairResult swapped = Repair(R"({"a": 1])");
  ExpectValue(swapped.json, R"({"a": 1})");
  EXPECT_TRUE(HasFix(swapped, RepairKind::kMismatchedBracket, 7));
}

TEST(JsonRepairTest, DropsGarbageBytes) {
  const RepairResult r = Repair("[1, @@ 2, ~3]");
  ExpectValue(r.json, "[1, 2, 3]");
  EXPECT_TRUE(HasFix(r, RepairKind::kDropGarbage, 4));
  EXPECT_TRUE(HasFix(r, RepairKind::kDropGarbage, 10));
  EXPECT_EQ(CountFix(r, RepairKind::kDropGarbage), 2u);  // adjacent bytes are one fix
}

TEST(JsonRepairTest, StopsAtAClosingFenceInsideAValue) {
  const RepairResult r = Repair("{\"a\": [1, 2\n```\nthanks");
  ExpectValue(r.json, R"({"a": [1, 2]})");
}

TEST(JsonRepairTest, OffsetsPointIntoTheOriginalText) {
  const std::string text = "Result:\n```json\n{'k': True,}\n```";
  const RepairResult r = Repair(text);
  ExpectValue(r.json, R"({"k": true})");
  EXPECT_TRUE(HasFix(r, RepairKind::kSingleQuotes, text.find("'k'")));
  EXPECT_TRUE(HasFix(r, RepairKind::kPythonLiteral, text.find("True")));
  EXPECT_TRUE(HasFix(r, RepairKind::kTrailingComma, text.find(",}")));
}

// ---- refusals and limits ----

TEST(JsonRepairTest, RefusesTextWithoutAValue) {
  EXPECT_EQ(RepairFails("").message, "no JSON value found");
  RepairFails("   \n ");
  const RepairError prose = RepairFails("Sorry, see [");
  EXPECT_NE(prose.message.find("no JSON value"), std::string::npos);
  RepairFails("foo [");
  RepairFails("]");
  RepairFails(".");
  // A second value glued to the first is not a repair anyone can vouch for.
  EXPECT_EQ(RepairFails(R"({"a":2}{})").offset, 7u);
  RepairFails(R"({"a":2}foo)");
  RepairFails("```json\n```");
}

TEST(JsonRepairTest, RefusesInputOverTheByteLimit) {
  RepairOptions options;
  options.max_bytes = 16;
  const RepairError e = RepairFails(R"({"a": "0123456789abcdef"})", options);
  EXPECT_EQ(e.offset, 16u);
  EXPECT_NE(e.message.find("exceeds the limit of 16"), std::string::npos);
  Repair(R"({"a": 1,})", options);
}

TEST(JsonRepairTest, DeepNestingIsACleanErrorNotACrash) {
  const std::string broken(100000, '[');
  const RepairError e = RepairFails(broken);
  EXPECT_EQ(e.offset, 1000u);  // the first `[` past the default limit of 1000
  EXPECT_NE(e.message.find("nesting deeper than the limit of 1000"), std::string::npos);

  const std::string valid = std::string(100000, '[') + std::string(100000, ']');
  RepairFails(valid);

  RepairOptions options;
  options.max_depth = 3;
  ExpectValue(Repair("[[[1]]", options).json, "[[[1]]]");
  EXPECT_EQ(RepairFails("[[[[1]]]]", options).offset, 3u);
}

TEST(JsonRepairTest, RepairsLargeInputs) {
  std::string text = "[";
  for (int i = 0; i < 20000; ++i) text += "{'id': " + std::to_string(i) + ", name: 'n', ok: True,},";
  const RepairResult r = Repair(text);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(r.json, doc));
  ASSERT_TRUE(doc.IsArray());
  EXPECT_EQ(doc.Size(), 20000u);
  EXPECT_EQ(doc[19999]["id"].GetInt(), 19999);
}

// ---- schema guidance ----

class JsonRepairSchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(ParseJson(R"({
      "type": "object", "additionalProperties": false,
      "properties": {
        "age": {"type": "integer"}, "score": {"type": "number"}, "ok": {"type": "boolean"},
        "name": {"type": "string"}, "maybe": {"type": ["integer", "null"]},
        "tags": {"type": "array", "items": {"$ref": "#/$defs/count"}},
        "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "number"}]},
        "old": {"type": "array", "items": [{"type": "boolean"}], "additionalItems": {"type": "string"}},
        "nested": {"$ref": "#/definitions/inner"},
        "free": {"type": "object", "patternProperties": {"^x": {}}, "additionalProperties": false}
      },
      "$defs": {"count": {"type": "integer"}},
      "definitions": {"inner": {"type": "object", "properties": {"n": {"type": "number"}},
                                "additionalProperties": {"type": "string"}}}
    })", schema_));
    options_.schema = &schema_;
  }
  rapidjson::Document schema_;
  RepairOptions options_;
};

TEST_F(JsonRepairSchemaTest, CoercesScalarsTowardsTheSchemaType) {
  const std::string text =
      R"({"age": "34", "score": " 2.5 ", "ok": "True", "name": 7, "maybe": "null",)"
      R"( "tags": ["1", 2, "x"], "pair": [5, "6"], "old": ["false", 1, 2],)"
      R"( "nested": {"n": "1e2", "other": false}})";
  const RepairResult r = Repair(text, options_);
  ExpectValue(r.json,
              R"({"age": 34, "score": 2.5, "ok": true, "name": "7", "maybe": null,)"
              R"( "tags": [1, 2, "x"], "pair": ["5", 6], "old": [false, "1", "2"],)"
              R"( "nested": {"n": 1e2, "other": "false"}})");
  EXPECT_TRUE(HasFix(r, RepairKind::kCoerceType, text.find("\"34\"")));
  bool found = false;
  for (const auto& f : r.log) found |= f.detail == R"(/age: "34" -> 34)";
  EXPECT_TRUE(found) << LogString(r);
  for (const auto& f : r.log) found |= f.detail == R"(/tags/0: "1" -> 1)";
  EXPECT_TRUE(found) << LogString(r);
  EXPECT_EQ(CountFix(r, RepairKind::kCoerceType), 13u) << LogString(r);
}

TEST_F(JsonRepairSchemaTest, LeavesValuesThatDoNotConvert) {
  const RepairResult r = Repair(R"({"age": "34.5", "ok": "yes", "tags": ["1.5"], "score": "1,000"})",
                                options_);
  ExpectValue(r.json, R"({"age": "34.5", "ok": "yes", "tags": ["1.5"], "score": "1,000"})");
  EXPECT_TRUE(r.log.empty()) << LogString(r);
}

TEST_F(JsonRepairSchemaTest, DropsForbiddenProperties) {
  const std::string text = R"({"extra": {"deep": [1, 2]}, "age": 3, "more": "x", "free": {"y": 1}})";
  const RepairResult r = Repair(text, options_);
  // patternProperties are not evaluated here, so "free" keeps its member.
  ExpectValue(r.json, R"({"age": 3, "free": {"y": 1}})");
  EXPECT_TRUE(HasFix(r, RepairKind::kDropForbiddenProperty, 1));
  EXPECT_TRUE(HasFix(r, RepairKind::kDropForbiddenProperty, text.find("\"more\"")));
  EXPECT_EQ(r.log[0].detail, "/extra");
  // Dropping the only member leaves a valid empty object.
  ExpectValue(Repair(R"({"zzz": 1})", options_).json, "{}");
  ExpectValue(Repair(R"({"zzz": 1 "age": 2})", options_).json, R"({"age": 2})");
}

TEST_F(JsonRepairSchemaTest, CombinesWithSyntaxRepairs) {
  const RepairResult r = Repair("```json\n{age: '41', ok: False, junk: [1,\n```", options_);
  ExpectValue(r.json, R"({"age": 41, "ok": false})");
  EXPECT_GE(CountFix(r, RepairKind::kCoerceType), 1u);
  EXPECT_GE(CountFix(r, RepairKind::kDropForbiddenProperty), 1u);
}

TEST(JsonRepairLogTest, KindNamesAreDistinctSnakeCase) {
  std::set<std::string_view> names;
  for (int k = 0; k <= static_cast<int>(RepairKind::kDropForbiddenProperty); ++k) {
    const std::string_view name = RepairKindName(static_cast<RepairKind>(k));
    EXPECT_NE(name, "unknown");
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789"), std::string::npos);
    names.insert(name);
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(RepairKind::kDropForbiddenProperty) + 1);
  EXPECT_EQ(RepairKindName(RepairKind::kTrailingComma), "trailing_comma");
}

TEST(JsonRepairLogTest, LogIsJsonLines) {
  const RepairResult r = Repair("{'a': True,}");
  const std::string lines = RepairLogToJsonLines(r.log);
  EXPECT_EQ(lines,
            "{\"kind\":\"single_quotes\",\"offset\":1,\"detail\":\"\"}\n"
            "{\"kind\":\"python_literal\",\"offset\":6,\"detail\":\"True -> true\"}\n"
            "{\"kind\":\"trailing_comma\",\"offset\":10,\"detail\":\"\"}\n");
}

}  // namespace
}  // namespace stepcache::checks
