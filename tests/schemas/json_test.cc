// ParseJson: the one entry point for untrusted JSON text.
#include "stepcache/schemas/json.h"

#include <string>

#include <gtest/gtest.h>

#include "stepcache/schemas/json_pointer.h"

namespace stepcache {
namespace {

JsonError ParseError(std::string_view text, const JsonLimits& limits = {}) {
  rapidjson::Document doc;
  JsonError error;
  EXPECT_FALSE(ParseJson(text, doc, &error, limits)) << text;
  EXPECT_TRUE(doc.IsNull());
  return error;
}

TEST(ParseJsonTest, AcceptsValidDocumentsAndSurrogatePairs) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"( {"a": [1, 2.5, "\ud83d\ude00", null]} )", doc));
  EXPECT_EQ(doc["a"][2].GetStringLength(), 4u);  // one 4-byte UTF-8 code point
  EXPECT_EQ(JsonToString(doc), "{\"a\":[1,2.5,\"\xF0\x9F\x98\x80\",null]}");
}

TEST(ParseJsonTest, ErrorsNameTheByteOffset) {
  EXPECT_EQ(ParseError("{\"a\": tru}").offset, 9u);  // where "tru" stops matching
  EXPECT_EQ(ParseError("[1, 2] x").offset, 7u);
  JsonError bad_utf8 = ParseError("[\"\xC3\x28\"]");
  EXPECT_EQ(bad_utf8.offset, 2u) << bad_utf8.ToString();  // the 0xC3 byte
}

TEST(ParseJsonTest, LoneSurrogateEscapesAreRejected) {
  EXPECT_EQ(ParseError(R"(["ab\udc00"])").offset, 4u);
  EXPECT_EQ(ParseError(R"(["\ud800x"])").offset, 2u);
  EXPECT_EQ(ParseError(R"(["\ud800\u0041"])").offset, 2u);
  // An escaped backslash before "udc00" is not an escape.
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson(R"(["\\udc00"])", doc));
}

TEST(ParseJsonTest, NulBytesAndStrayByteOrderMarkBytesAreRejected) {
  EXPECT_EQ(ParseError(std::string_view("1\0junk", 6)).offset, 1u);
  EXPECT_EQ(ParseError(std::string_view("[\"a\0\"]", 6)).offset, 3u);
  EXPECT_EQ(ParseError("\xBFnull").offset, 0u);
  EXPECT_EQ(ParseError("\xEF\xBBnull").offset, 0u);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson("\xEF\xBB\xBFnull", doc));  // a whole byte-order mark is allowed
}

TEST(ParseJsonTest, DeepNestingIsACleanErrorNotAStackOverflow) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  JsonError e = ParseError(deep);
  EXPECT_EQ(e.offset, 1000u);
  EXPECT_NE(e.message.find("nesting"), std::string::npos);
  // Brackets inside strings do not count.
  rapidjson::Document doc;
  EXPECT_TRUE(ParseJson("[\"" + std::string(5000, '[') + "\"]", doc));
}

TEST(ParseJsonTest, SizeLimit) {
  JsonLimits limits;
  limits.max_bytes = 8;
  EXPECT_NE(ParseError("[1,2,3,4,5]", limits).message.find("exceeds"), std::string::npos);
}

TEST(ParseJsonTest, DepthOfValue) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a": [[1], {"b": []}]})", doc));
  EXPECT_EQ(JsonDepth(doc), 4u);  // object, array, object, array
  ASSERT_TRUE(ParseJson("7", doc));
  EXPECT_EQ(JsonDepth(doc), 0u);
}

TEST(JsonPointerTest, EscapesSplitsAndResolves) {
  EXPECT_EQ(EscapePointerToken("a/b~c"), "a~1b~0c");
  EXPECT_EQ(AppendPointer("/x", "a/b"), "/x/a~1b");
  auto tokens = SplitPointer("/a~1b~0c/0");
  ASSERT_TRUE(tokens.has_value());
  EXPECT_EQ((*tokens)[0], "a/b~c");
  EXPECT_FALSE(SplitPointer("a").has_value());
  EXPECT_FALSE(SplitPointer("/~2").has_value());
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a/b~c": [10, 20]})", doc));
  const rapidjson::Value* v = ResolvePointer(doc, "/a~1b~0c/1");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->GetInt(), 20);
  EXPECT_EQ(ResolvePointer(doc, "/a~1b~0c/01"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, ""), &doc);
}

}  // namespace
}  // namespace stepcache
