// Patterns RE2 cannot run (look-around, back-references) run on PCRE2 under a
// match budget: real-world patterns of that kind validate, and a match that
// exceeds the budget is an error at the keyword whatever surrounds it (a
// `not` or `anyOf` must not turn it into a pass), never a hang.
#include <chrono>
#include <cstring>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"
#include "../../schemas/src/backtracking_regex.h"

namespace stepcache::schemas {
namespace {

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  JsonError err;
  EXPECT_TRUE(ParseJson(text, doc, &err)) << err.ToString() << " in " << text;
  return doc;
}

std::unique_ptr<Schema> MustCompile(const std::string& text) {
  auto doc = Parse(text);
  CompileError err;
  auto schema = Schema::Compile(doc, {}, &err);
  EXPECT_NE(schema, nullptr) << err.ToString();
  return schema;
}

bool Valid(const Schema& s, const std::string& instance) {
  auto doc = Parse(instance);
  ValidateOptions all;
  all.all_errors = true;
  const bool v = s.IsValid(doc);
  EXPECT_EQ(v, s.Validate(doc).valid) << instance;
  EXPECT_EQ(v, s.Validate(doc, all).valid) << instance;
  return v;
}

TEST(BacktrackingPatternTest, RealWorldLookAheadPatterns) {
  auto a = MustCompile(R"({"pattern": "^(?!-)[a-z]+$"})");
  EXPECT_TRUE(Valid(*a, R"("abc")"));
  EXPECT_FALSE(Valid(*a, R"("-abc")"));
  auto b = MustCompile(R"({"pattern": "^(?!@@)[\\w@]+$"})");
  EXPECT_TRUE(Valid(*b, R"("a@b")"));
  EXPECT_FALSE(Valid(*b, R"("@@ab")"));
  auto c = MustCompile(R"({"pattern": "^(?!org\\.bukkit\\.)[a-z.]+$"})");
  EXPECT_TRUE(Valid(*c, R"("org.example.plugin")"));
  EXPECT_FALSE(Valid(*c, R"("org.bukkit.plugin")"));
  auto d = MustCompile(R"({"pattern": "(?<=\\$)\\d+"})");
  EXPECT_TRUE(Valid(*d, R"("costs $12")"));
  EXPECT_FALSE(Valid(*d, R"("costs 12")"));
}

// "^(?!literal)...rest" runs as prefix tests and a DFA instead of PCRE2;
// every such pattern (and near misses that must stay on PCRE2: alternation
// at the top, a class or dot in the look-ahead) answers as the standard
// library's ECMAScript engine does, on texts built from the literals' bytes.
TEST(BacktrackingPatternTest, LeadingNegativeLiteralsAnswerAsEcma) {
  const std::vector<std::string> patterns = {
      "^(?!org\\.bukkit\\.)(?!-)[a-z0-9.-]+$", "^(?!-)[a-z]+$", "^(?!ab)(?!b)(a|b)*$", "^(?!x)[a-c]{2,3}",
      "^(?!a\\.)a.?", "^(?!a)b|a", "^(?!\\-\\-)[-a]+$", "^(?!a)(?!b)", "^(?!ab)(?:a|b)+(c|d)?$",
      "^(?![a-b])a+$", "^(?!a b)[a b]*$", "^(?!_x)\\w+$"};
  std::mt19937 rng(3);
  const std::string alphabet = "ab.-xorgbukkitc d_";
  for (const std::string& pattern : patterns) {
    auto re = BacktrackingRegex::Compile(pattern, nullptr);
    ASSERT_NE(re, nullptr) << pattern;
    const std::regex reference(pattern, std::regex::ECMAScript);
    std::vector<std::string> texts = {"", "a", "-", "ab", "org.bukkit.x", "org.bukkit", "org.example", "a.b",
                                      "--a", "-a", "a b", "_xy", "xy_", "b", "ba"};
    for (int i = 0; i < 300; ++i) {
      std::string t;
      for (int k = static_cast<int>(rng() % 14); k > 0; --k) t += alphabet[rng() % alphabet.size()];
      texts.push_back(t);
      if (i % 3 == 0) texts.push_back("org.bukkit." + t);
    }
    for (const std::string& t : texts) {
      const bool want = std::regex_search(t, reference);
      const auto got = re->Search(t.data(), t.size());
      EXPECT_EQ(got, want ? BacktrackingRegex::Outcome::kMatch : BacktrackingRegex::Outcome::kNoMatch)
          << pattern << " on \"" << t << "\"";
    }
  }
  // Texts beyond ASCII go through pcre2_match's own UTF-8 check.
  auto re = BacktrackingRegex::Compile("^(?=a)\\w+\u00e9$", nullptr);
  ASSERT_NE(re, nullptr);
  const std::string accented = "ab\u00e9";
  EXPECT_EQ(re->Search(accented.data(), accented.size()), BacktrackingRegex::Outcome::kMatch);
  const std::string broken = "ab\xc3";
  EXPECT_EQ(re->Search(broken.data(), broken.size()), BacktrackingRegex::Outcome::kGaveUp);
}

TEST(BacktrackingPatternTest, BackReferencesReadAsEcmaReadsThem) {
  auto s = MustCompile(R"({"pattern": "^(\\w)\\1$"})");
  EXPECT_TRUE(Valid(*s, R"("aa")"));
  EXPECT_FALSE(Valid(*s, R"("ab")"));
  // ECMA: a reference to a group that did not participate matches empty.
  auto u = MustCompile(R"({"pattern": "^(?:(a)|b)\\1c$"})");
  EXPECT_TRUE(Valid(*u, R"("bc")"));
  auto n = MustCompile(R"({"pattern": "^(?<q>['\"]).*\\k<q>$"})");
  EXPECT_TRUE(Valid(*n, R"("'x'")"));
  EXPECT_FALSE(Valid(*n, R"("'x\"")"));
  // Non-ASCII text is matched by code point.
  auto g = MustCompile(R"({"pattern": "^(?!x)(.)\\1$"})");
  EXPECT_TRUE(Valid(*g, "\"\xC3\xA9\xC3\xA9\""));
}

TEST(BacktrackingPatternTest, PatternPropertiesUseItToo) {
  auto s = MustCompile(R"j({"patternProperties": {"^(?!_)": {"type": "string"}},
                           "additionalProperties": false})j");
  EXPECT_TRUE(Valid(*s, R"({"a": "x"})"));
  EXPECT_FALSE(Valid(*s, R"({"a": 1})"));
  EXPECT_FALSE(Valid(*s, R"({"_a": "x"})"));
}

TEST(BacktrackingPatternTest, ExceedingTheBudgetIsAnErrorAtTheKeyword) {
  // (a|aa)+ against 60 a's and a mismatch backtracks ~fib(60) times.
  const std::string hostile = "\"" + std::string(60, 'a') + "!\"";
  auto s = MustCompile(R"({"properties": {"x": {"pattern": "^(?=a)(a|aa)+$"}}})");
  const auto start = std::chrono::steady_clock::now();
  auto doc = Parse(R"({"x": )" + hostile + "}");
  EXPECT_FALSE(s->IsValid(doc));
  ValidateOptions all;
  all.all_errors = true;
  auto r = s->Validate(doc, all);
  ASSERT_FALSE(r.valid);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].keyword, "pattern");
  EXPECT_EQ(r.errors[0].keyword_location, "/properties/x/pattern");
  EXPECT_EQ(r.errors[0].instance_location, "/x");
  EXPECT_NE(r.errors[0].message.find("budget"), std::string::npos) << r.errors[0].message;
  // A `not` above must not turn the failure into a pass; the error names the
  // keyword's place in the schema.
  auto n = MustCompile(R"({"not": {"pattern": "^(?=a)(a|aa)+$"}})");
  auto inst = Parse(hostile);
  EXPECT_FALSE(n->IsValid(inst));
  auto nr = n->Validate(inst);
  ASSERT_FALSE(nr.valid);
  ASSERT_FALSE(nr.errors.empty());
  EXPECT_EQ(nr.errors[0].keyword, "pattern");
  EXPECT_EQ(nr.errors[0].keyword_location, "/not/pattern");
  auto pp = MustCompile(R"({"anyOf": [{"patternProperties": {"^(?=a)(a|aa)+$": false}}, true]})");
  auto obj = Parse(R"({)" + hostile + R"(: 1})");
  EXPECT_FALSE(pp->IsValid(obj));
  auto pr = pp->Validate(obj);
  ASSERT_FALSE(pr.errors.empty());
  EXPECT_EQ(pr.errors[0].keyword, "patternProperties");
  EXPECT_EQ(pr.errors[0].keyword_location, "/anyOf/0/patternProperties/^(?=a)(a|aa)+$");
  // Bounded: the budget, not the input's exponential, decides the time (a
  // generous bound; the point is that it returns at all).
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

// Long subjects that are deep but not hostile get a verdict, not "gave up".
TEST(BacktrackingPatternTest, LongBenignSubjectsGetAVerdict) {
  auto s = MustCompile(R"({"pattern": "^(?!x)(?:a|b)*$"})");
  std::string text(100000, 'a');
  for (std::size_t i = 0; i < text.size(); i += 3) text[i] = 'b';
  EXPECT_TRUE(Valid(*s, "\"" + text + "\""));
  EXPECT_FALSE(Valid(*s, "\"" + text + "c\""));
}

// A pattern that splits into refused literals and a SimpleRegex is matched
// without PCRE2, so it gets no JIT code; PCRE2 still judges the pattern.
TEST(BacktrackingPatternTest, SplitPatternsNeedNoJit) {
  auto split = BacktrackingRegex::Compile("^(?!org\\.bukkit\\.)(?!-)[a-z0-9.-]+$", nullptr);
  ASSERT_NE(split, nullptr);
  EXPECT_FALSE(split->jit());
  for (const char* t : {"org.bukkit.x", "-a", "", "A"})
    EXPECT_EQ(split->Search(t, std::strlen(t)), BacktrackingRegex::Outcome::kNoMatch) << t;
  for (const char* t : {"org.bukkitx", "a-", "com.example.last"})
    EXPECT_EQ(split->Search(t, std::strlen(t)), BacktrackingRegex::Outcome::kMatch) << t;
  // The same shape with a look-behind PCRE2 refuses is still refused.
  std::string why;
  EXPECT_EQ(BacktrackingRegex::Compile("^(?!a)(?<=b+)c$", &why), nullptr);
  EXPECT_FALSE(why.empty());
  // Not split (a class in the look-ahead): PCRE2 matches it.
  auto whole = BacktrackingRegex::Compile("^(?![b-c])[a-c]+$", nullptr);
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(whole->Search("ba", 2), BacktrackingRegex::Outcome::kNoMatch);
  EXPECT_EQ(whole->Search("ab", 2), BacktrackingRegex::Outcome::kMatch);
}

TEST(BacktrackingPatternTest, RefusedWhenNeitherEngineCanRunIt) {
  auto doc = Parse(R"j({"pattern": "(?i:abc)"})j");
  CompileError err;
  EXPECT_EQ(Schema::Compile(doc, {}, &err), nullptr);
  EXPECT_EQ(err.pointer, "/pattern");
  EXPECT_FALSE(err.message.empty());
}

}  // namespace
}  // namespace stepcache::schemas
