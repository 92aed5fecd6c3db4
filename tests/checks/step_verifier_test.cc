// CheckContext::TopMember: the member a step names, found by walking the
// answer's members in order when their names are distinct, and as
// FindMember finds it (the first of the name) when they are not.
#include "stepcache/checks/step_verifier.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::checks {
namespace {

const rapidjson::Value* Find(CheckContext& context, const std::vector<std::string>& keys, std::size_t n) {
  std::size_t cursor = 0;
  const rapidjson::Value* found = nullptr;
  for (std::size_t i = 0; i <= n; ++i) found = context.TopMember(keys[i], &cursor);
  return found;
}

TEST(CheckContextTest, TopMemberFindsEachMemberWhoseNamesLookAlike) {
  // Same length, same first and last byte: names the quick test cannot
  // tell apart, so it compares them in full.
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"a1z": 1, "a2z": 2, "a3z": 3, "b": 4})", doc));
  CheckContext context;
  context.json = &doc;
  const std::vector<std::string> keys = {"a1z", "a2z", "a3z", "b"};
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const rapidjson::Value* v = Find(context, keys, i);
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(v->GetInt(), static_cast<int>(i) + 1) << keys[i];
  }
  EXPECT_EQ(context.unique_names, 1);
}

TEST(CheckContextTest, TopMemberGivesTheFirstOfTwoMembersOfOneName) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"age": 41, "name": "Ann", "age": 42})", doc));
  CheckContext context;
  context.json = &doc;
  std::size_t cursor = 0;
  ASSERT_NE(context.TopMember("age", &cursor), nullptr);
  ASSERT_NE(context.TopMember("name", &cursor), nullptr);
  const rapidjson::Value* second = context.TopMember("age", &cursor);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->GetInt(), 41);  // as FindMember reads it, not the member after the cursor
  EXPECT_EQ(context.unique_names, 0);
  EXPECT_EQ(context.TopMember("city", &cursor), nullptr);
}

TEST(CheckContextTest, TopMemberFindsMembersLookedUpOutOfOrder) {
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(R"({"city": "Oslo", "zip": "0150", "name": "Ann"})", doc));
  CheckContext context;
  context.json = &doc;
  std::size_t cursor = 0;
  EXPECT_STREQ(context.TopMember("name", &cursor)->GetString(), "Ann");
  EXPECT_STREQ(context.TopMember("city", &cursor)->GetString(), "Oslo");
  EXPECT_STREQ(context.TopMember("zip", &cursor)->GetString(), "0150");
}

}  // namespace
}  // namespace stepcache::checks
