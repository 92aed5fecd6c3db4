// SimpleRegex (the DFA that `pattern` uses for simple patterns) against RE2
// running the same ECMA-262 pattern through CompileEcmaRegex: the same
// verdict on every text, for hand-picked patterns and random ones.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "../../schemas/src/simple_regex.h"
#include "stepcache/schemas/ecma_regex.h"

namespace stepcache::schemas {
namespace {

struct Rng {
  std::uint64_t state;
  std::uint32_t Next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state >> 33);
  }
  std::size_t Below(std::size_t n) { return Next() % n; }
};

// Compares the two engines on `texts`; false (with a message) on the first
// disagreement. *built: whether SimpleRegex took the pattern.
::testing::AssertionResult Agree(const std::string& pattern, const std::vector<std::string>& texts,
                                 bool* built) {
  auto re2 = CompileEcmaRegex(pattern);
  if (!re2) return ::testing::AssertionFailure() << "RE2 refuses " << pattern;
  SimpleRegex simple;
  *built = simple.Build(pattern);
  if (!*built) return ::testing::AssertionSuccess();
  for (const std::string& t : texts) {
    const bool want = RE2::PartialMatch(t, *re2);
    if (simple.Search(t.data(), t.size()) != want)
      return ::testing::AssertionFailure() << "pattern /" << pattern << "/ on \"" << t << "\": RE2 says " << want;
    if (want && !t.empty() && !simple.MayStartWith(static_cast<unsigned char>(t[0])))
      return ::testing::AssertionFailure() << "pattern /" << pattern << "/ matches \"" << t
                                           << "\" but MayStartWith rules out its first byte";
  }
  // MayStartWith: a byte it rules out starts no matching text, whatever
  // follows (every byte, before a few of the texts).
  for (int c = 0; c < 256; ++c) {
    if (simple.MayStartWith(static_cast<unsigned char>(c))) continue;
    for (std::size_t k = 0; k < texts.size() && k < 4; ++k) {
      const std::string t = std::string(1, static_cast<char>(c)) + texts[k];
      if (RE2::PartialMatch(t, *re2))
        return ::testing::AssertionFailure() << "pattern /" << pattern << "/ matches \"" << t
                                             << "\" but MayStartWith rules out its first byte";
    }
  }
  return ::testing::AssertionSuccess();
}

// Random texts over the pattern's own characters and a few others
// (non-ASCII and control bytes included).
std::vector<std::string> Texts(const std::string& pattern, Rng& rng, int count) {
  std::string alphabet = pattern + "aZ09-_. @\n\x01\x7f";
  alphabet += "\xC3\xA9\xE2\x80\xA8";
  std::vector<std::string> texts = {"", pattern};
  for (int k = 0; k < count; ++k) {
    std::string t;
    const std::size_t len = rng.Below(24);
    for (std::size_t j = 0; j < len; ++j) t += alphabet[rng.Below(alphabet.size())];
    texts.push_back(t);
  }
  return texts;
}

TEST(SimpleRegexTest, AgreesWithRe2OnChosenPatterns) {
  struct Case {
    const char* pattern;
    bool in_subset;
    std::vector<std::string> texts;
  };
  const Case cases[] = {
      {"^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", true, {"someone1@example.org", "NoAt.example.org", "a@b.c"}},
      {"^\\+?[0-9][0-9 ()-]{6,18}[0-9]$", true, {"+49 (30) 1234-0001", "123", "+1234567"}},
      {"^[0-9]{5}(-[0-9]{4})?$", true, {"00000-6789", "1234", "12345", "12345-", "12345-678"}},
      {"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", true,
       {"2024-03-23", "2024-13-01", "2024-00-10", "2024-12-31", "2024-12-32"}},
      {"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", true,
       {"123e4567-e89b-12d3-a456-426614100000", "123e4567-e89b-12d3-a456-42661410000"}},
      {"^[a-z0-9]+(-[a-z0-9]+)*$", true, {"a-b-c-0", "a--b", "-a", "a-", "abc"}},
      {"^x-[a-z]+$", true, {"x-keya", "x-", "x-A"}},
      {"^n[0-9]+$", true, {"n0", "n", "n12a"}},
      {"^[A-Za-z ]*$", true, {"Some Words Here", "Not fine 42", ""}},
      {"ab|cd", true, {"xxcd", "ab", "ac"}},
      {"^ab|cd$", true, {"abx", "xab", "xcd", "cdx"}},
      {"^$", true, {"", "a"}},
      {"", true, {"", "x"}},
      {"a|", true, {"", "b"}},
      {"^(a|)$", true, {"", "a", "aa"}},
      {"^(?:ab)*$", true, {"", "ab", "abab", "aba"}},
      {"(a*)*b", true, {"aaa", "aab", "b"}},
      {"^(a{2,3}|b{0,2})c{1}$", true, {"aac", "ac", "c", "bbc", "bbbc", "aaaac"}},
      {"x[]y", true, {"xy", "x]y"}},
      {"^[\\d\\w-]{3}\\.$", true, {"a_-.", "a_-"}},
      {"^a+?b??c*?$", true, {"a", "ab", "abccc", "bc"}},
      {"(?:(?:(?:x)))", true, {"x", "y"}},
      {"[a-c]{2}$", true, {"zzab", "abz"}},
      {"^(ab|a)(bc|c)$", true, {"abc", "abbc", "ac"}},
      // Outside the subset: left to RE2.
      {"^.+$", false, {}},
      {"[^a]", false, {}},
      {"\\s", false, {}},
      {"\\bword", false, {}},
      {"(?<name>a)", false, {}},
      {"a{2", false, {}},
      {"(^a)", false, {}},
      {"a$b", false, {}},
      {"^[a-z]{1,300}$", false, {}},
  };
  Rng rng{42};
  for (const Case& c : cases) {
    std::vector<std::string> texts = Texts(c.pattern, rng, 300);
    texts.insert(texts.end(), c.texts.begin(), c.texts.end());
    bool built = false;
    EXPECT_TRUE(Agree(c.pattern, texts, &built));
    EXPECT_EQ(built, c.in_subset) << c.pattern;
  }
}

// Random patterns from the subset's grammar (and some outside it).
std::string RandomPattern(Rng& rng, int depth) {
  static const char* const kAtoms[] = {"a", "b", "c", "-", "\\.", "\\d", "\\w", "[a-c]", "[b-]", "[0-9a]", "[]", "x", "\\-"};
  static const char* const kQuantifiers[] = {"", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "{2,3}?"};
  std::string out;
  const std::size_t items = 1 + rng.Below(4);
  for (std::size_t i = 0; i < items; ++i) {
    if (depth < 3 && rng.Below(4) == 0) {
      out += rng.Below(2) ? "(" : "(?:";
      out += RandomPattern(rng, depth + 1);
      if (rng.Below(2)) out += "|" + RandomPattern(rng, depth + 1);
      out += ")";
    } else {
      out += kAtoms[rng.Below(sizeof kAtoms / sizeof *kAtoms)];
    }
    out += kQuantifiers[rng.Below(sizeof kQuantifiers / sizeof *kQuantifiers)];
  }
  return out;
}

TEST(SimpleRegexTest, AgreesWithRe2OnRandomPatterns) {
  Rng rng{7};
  int built_count = 0;
  for (int k = 0; k < 1500; ++k) {
    std::string pattern = RandomPattern(rng, 0);
    if (rng.Below(3) == 0) pattern = "^" + pattern;
    if (rng.Below(3) == 0) pattern += "$";
    if (rng.Below(5) == 0) pattern += "|" + RandomPattern(rng, 1) + (rng.Below(2) ? "$" : "");
    std::vector<std::string> texts = Texts(pattern, rng, 60);
    for (int j = 0; j < 60; ++j) {  // texts over the atoms' own letters
      std::string t;
      const std::size_t len = rng.Below(10);
      for (std::size_t i = 0; i < len; ++i) t += "abc-.x0_"[rng.Below(8)];
      texts.push_back(t);
    }
    bool built = false;
    ASSERT_TRUE(Agree(pattern, texts, &built));
    built_count += built;
  }
  EXPECT_GT(built_count, 1000);  // the subset covers the grammar above, bar DFA size
}

// Search takes two bytes a step when the table is small, one otherwise:
// both against RE2 on every text up to 40 bytes over the patterns' own
// characters (odd and even lengths, a match or a dead end on either byte
// of a pair, the end flag after an odd tail).
TEST(SimpleRegexTest, TwoByteStepsAgreeWithOneByteSteps) {
  struct Case {
    std::string pattern;
    bool two_byte_steps;
    std::string alphabet;
  };
  const Case cases[] = {
      {"^[a-z0-9.-]+$", true, "az.-_A"},
      {"^[0-9a-f]{8}-[0-9a-f]{4}$", true, "0af-g"},
      {"ab|c", true, "abcx"},
      {"^(ab)*c$", true, "abcx"},
      {"a{3}$", true, "ab"},
      // 22 byte classes and 24 states: 484 pairs a state are too many.
      {"^abcdefghijklmnopqrstu$", false, "abcdefghijklmnopqrstuvz"},
      {"abcdefghijklmnopqrstu", false, "abcdefghijklmnopqrstuvz"},
  };
  Rng rng{11};
  for (const Case& c : cases) {
    SimpleRegex simple;
    ASSERT_TRUE(simple.Build(c.pattern)) << c.pattern;
    EXPECT_EQ(simple.two_byte_steps(), c.two_byte_steps) << c.pattern;
    std::vector<std::string> texts;
    // The pattern's own text and its prefixes, then random ones.
    std::string literal;
    for (char ch : c.pattern)
      if (ch != '^' && ch != '$') literal += ch;
    for (std::size_t k = 0; k <= literal.size(); ++k) {
      texts.push_back(literal.substr(0, k));
      texts.push_back("x" + literal.substr(0, k));
      texts.push_back(literal.substr(0, k) + "x");
    }
    for (int k = 0; k < 2000; ++k) {
      std::string t;
      const std::size_t len = rng.Below(41);
      for (std::size_t j = 0; j < len; ++j) t += c.alphabet[rng.Below(c.alphabet.size())];
      texts.push_back(t);
    }
    bool built = false;
    EXPECT_TRUE(Agree(c.pattern, texts, &built));
  }
}

}  // namespace
}  // namespace stepcache::schemas
