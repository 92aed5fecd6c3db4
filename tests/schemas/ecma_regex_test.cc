#include "stepcache/schemas/ecma_regex.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "stepcache/schemas/json.h"

namespace stepcache::schemas {
namespace {

// ECMA `RegExp.prototype.test` semantics: unanchored search.
bool Matches(const std::string& pattern, const std::string& text) {
  RegexError error;
  auto re = CompileEcmaRegex(pattern, &error);
  EXPECT_NE(re, nullptr) << pattern << ": " << error.message << " at " << error.offset;
  if (!re) return false;
  return RE2::PartialMatch(text, *re);
}

TEST(EcmaRegex, AnchorsMeanInputBoundariesOnly) {
  EXPECT_TRUE(Matches("^abc$", "abc"));
  EXPECT_FALSE(Matches("^abc$", "abc\n"));
  EXPECT_FALSE(Matches("^abc$", "x\nabc"));
  EXPECT_TRUE(Matches("b", "abc"));
}

TEST(EcmaRegex, ShorthandClassesAreAscii) {
  EXPECT_TRUE(Matches("^\\d$", "7"));
  EXPECT_FALSE(Matches("^\\d$", "\xDF\x80"));  // U+07C0 NKO DIGIT ZERO
  EXPECT_TRUE(Matches("^\\D$", "\xDF\x80"));
  EXPECT_TRUE(Matches("^\\w$", "_"));
  EXPECT_FALSE(Matches("^\\w$", "\xC3\xA9"));  // é
  EXPECT_TRUE(Matches("^\\W$", "\xC3\xA9"));
  EXPECT_TRUE(Matches("^[\\w.-]+$", "a-b.c"));
  EXPECT_TRUE(Matches("^[^\\d]+$", "abc"));
  EXPECT_FALSE(Matches("^[^\\d]+$", "a1"));
}

TEST(EcmaRegex, WhitespaceIncludesUnicodeSpaces) {
  for (const char* s : {" ", "\t", "\v", "\f", "\n", "\r", "\xC2\xA0", "\xEF\xBB\xBF",
                        "\xE2\x80\xA9", "\xE2\x80\x83", "\xE3\x80\x80"}) {
    EXPECT_TRUE(Matches("^\\s$", s)) << s;
    EXPECT_FALSE(Matches("^\\S$", s)) << s;
  }
  EXPECT_FALSE(Matches("^\\s$", "\x01"));
  EXPECT_FALSE(Matches("^\\s$", "\xE2\x80\x93"));  // en dash
  EXPECT_TRUE(Matches("^[\\S]$", "\xE2\x80\x93"));
}

TEST(EcmaRegex, DotExcludesLineTerminatorsOnly) {
  EXPECT_TRUE(Matches("^.$", "\xF0\x9F\x90\xB2"));  // one astral code point
  EXPECT_FALSE(Matches("^.$", "\n"));
  EXPECT_FALSE(Matches("^.$", "\xE2\x80\xA8"));
  EXPECT_TRUE(Matches("^[^]$", "\n"));
  EXPECT_FALSE(Matches("[]", "anything"));
}

TEST(EcmaRegex, Escapes) {
  EXPECT_TRUE(Matches("^\\cC$", "\x03"));
  EXPECT_TRUE(Matches("^\\cc$", "\x03"));
  EXPECT_FALSE(Matches("^\\cC$", "\\cC"));
  EXPECT_TRUE(Matches("^\\t$", "\t"));
  EXPECT_TRUE(Matches("^\\x41\\u0042\\u{43}$", "ABC"));
  EXPECT_TRUE(Matches("^\\ud83d\\udc32$", "\xF0\x9F\x90\xB2"));
  EXPECT_TRUE(Matches("^\\u{1F432}+$", "\xF0\x9F\x90\xB2\xF0\x9F\x90\xB2"));
  EXPECT_TRUE(Matches("^a\\/b$", "a/b"));
  EXPECT_TRUE(Matches("^\\0$", std::string(1, '\0')));
  EXPECT_TRUE(Matches("^[\\b]$", "\b"));
  EXPECT_TRUE(Matches("\\bfoo\\b", "a foo b"));
  EXPECT_FALSE(Matches("\\bfoo\\b", "afoo"));
  EXPECT_TRUE(Matches("^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\$", ".*+?()[]{}|^$\\"));
  EXPECT_TRUE(Matches("^\\-\\#\\:$", "-#:"));
}

TEST(EcmaRegex, NonBmpLiteralsAreOneCodePoint) {
  EXPECT_TRUE(Matches("^\xF0\x9F\x90\xB2*$", ""));
  EXPECT_TRUE(Matches("^\xF0\x9F\x90\xB2*$", "\xF0\x9F\x90\xB2\xF0\x9F\x90\xB2"));
  EXPECT_FALSE(Matches("^\xF0\x9F\x90\xB2*$", "\xF0\x9F\x90\x89"));
  EXPECT_TRUE(Matches("^[\xF0\x9F\x90\x80-\xF0\x9F\x90\xBF]$", "\xF0\x9F\x90\xB2"));
}

TEST(EcmaRegex, UnicodeProperties) {
  EXPECT_TRUE(Matches("^\\p{L}+$", "\xC3\xA9t\xC3\xA9"));
  EXPECT_TRUE(Matches("\\p{Letter}cole", "l'\xC3\xA9" "cole"));
  EXPECT_TRUE(Matches("^\\p{digit}+$", "\xE0\xA7\xAA\xE0\xA7\xA8"));  // Bengali ৪২
  EXPECT_TRUE(Matches("^\\p{gc=Lu}$", "A"));
  EXPECT_TRUE(Matches("^\\p{General_Category=Uppercase_Letter}$", "A"));
  EXPECT_FALSE(Matches("^\\P{Lu}$", "A"));
  EXPECT_TRUE(Matches("^\\p{Script=Greek}$", "\xCE\xB1"));
  EXPECT_TRUE(Matches("^\\p{sc=Latin}$", "a"));
  EXPECT_TRUE(Matches("^[\\p{L}\\d]+$", "a1\xC3\xA9"));
  EXPECT_TRUE(Matches("^\\p{ASCII}+$", "abc"));
  EXPECT_FALSE(Matches("^\\p{ASCII}$", "\xC3\xA9"));
  EXPECT_TRUE(Matches("^\\P{ASCII}$", "\xC3\xA9"));
}

TEST(EcmaRegex, GroupsAndQuantifiers) {
  EXPECT_TRUE(Matches("^(?<year>\\d{4})-(?:\\d{2})$", "2024-01"));
  EXPECT_TRUE(Matches("^a{2,3}?b$", "aab"));
  EXPECT_TRUE(Matches("^a{2,}$", "aaaa"));
  EXPECT_TRUE(Matches("^x{$", "x{"));   // Annex B: not a quantifier
  EXPECT_TRUE(Matches("^x{,2}$", "x{,2}"));
  EXPECT_TRUE(Matches("^a]$", "a]"));
  EXPECT_TRUE(Matches("^(a|b)*$", "abba"));
  std::string translated;
  ASSERT_TRUE(TranslateEcmaRegex("(?<word>a)", &translated));
  EXPECT_EQ(translated, "(?P<word>a)");
}

void ExpectRejected(const std::string& pattern, std::size_t offset, bool valid_ecma) {
  RegexError error;
  std::string out;
  EXPECT_FALSE(TranslateEcmaRegex(pattern, &out, &error)) << pattern;
  EXPECT_EQ(error.offset, offset) << pattern << ": " << error.message;
  EXPECT_FALSE(error.message.empty());
  // The check without RE2 (patterns the compiler runs without RE2) refuses
  // the same patterns for the same reason.
  RegexError unchecked;
  EXPECT_FALSE(EcmaRegexTranslatesForRe2(pattern, &unchecked)) << pattern;
  EXPECT_EQ(unchecked.message, error.message) << pattern;
  EXPECT_EQ(unchecked.offset, error.offset) << pattern;
  EXPECT_EQ(CompileEcmaRegex(pattern), nullptr);
  EXPECT_EQ(IsValidEcmaRegex(pattern), valid_ecma) << pattern;
}

// Literals are written \x{HEX}: upper-case digits, no leading zeros.
TEST(EcmaRegex, HexLiteralsInTranslation) {
  std::string out;
  ASSERT_TRUE(TranslateEcmaRegex("\\0\\x7f\u00e9\\u{10FFFF}\\u{1F600}-", &out));
  EXPECT_EQ(out, "\\x{0}\\x{7F}\\x{E9}\\x{10FFFF}\\x{1F600}\\x{2D}");
  ASSERT_TRUE(TranslateEcmaRegex("[\\x00-\\xff]", &out));
  EXPECT_EQ(out, "[\\x{0}-\\x{FF}]");
  EXPECT_TRUE(EcmaRegexTranslatesForRe2("^[a-z]+\\.x$"));
}

TEST(EcmaRegex, UnsupportedButValidEcma) {
  ExpectRejected("a(?=b)", 1, true);
  ExpectRejected("a(?!b)", 1, true);
  ExpectRejected("x(?<=a+)b", 1, true);
  ExpectRejected("(?<!a)b", 0, true);
  ExpectRejected("(a)\\1", 3, true);
  ExpectRejected("(a)\\1*", 3, true);
  ExpectRejected("(?<n>a)\\k<n>", 7, true);
  ExpectRejected("a{1001}", 1, true);
  ExpectRejected("(?i:a)", 0, true);
  ExpectRejected("\\p{Alphabetic}", 0, true);
}

TEST(EcmaRegex, InvalidEcma) {
  ExpectRejected("^(abc]", 1, false);
  ExpectRejected("(?P<name>x)", 0, false);
  ExpectRejected("(?#comment)a", 0, false);
  ExpectRejected("(?i)abc", 0, false);
  ExpectRejected("a)", 1, false);
  ExpectRejected("*a", 0, false);
  ExpectRejected("a**", 2, false);
  ExpectRejected("^*", 1, false);
  ExpectRejected("[z-a]", 1, false);
  ExpectRejected("a{3,2}", 1, false);
  ExpectRejected("\\", 0, false);
  ExpectRejected("\\c1", 0, false);
  ExpectRejected("\\u12", 0, false);
  ExpectRejected("\\u{110000}", 0, false);
  ExpectRejected("\\p{NoSuchProperty}", 0, false);
  ExpectRejected("(a)\\2", 3, false);
  ExpectRejected("\\k<nope>", 0, false);
  ExpectRejected("(?<a>x)(?<a>y)", 7, false);
  ExpectRejected("ab\xFF", 2, false);
  // Translation reports the look-ahead first; the syntax check the quantifier.
  RegexError error;
  EXPECT_FALSE(IsValidEcmaRegex("(?=a)*", &error));
  EXPECT_EQ(error.offset, 5u);
}

// Outside unicode mode ECMA-262 reads `\_` and escaped letters without an
// escape meaning as themselves; `format: regex` keeps checking the u flag.
TEST(EcmaRegex, AnnexBIdentityEscapesTranslate) {
  EXPECT_TRUE(Matches("^[\\w\\.\\d\\_]+$", "a_b.c1"));  // real-world schema
  EXPECT_FALSE(Matches("^[\\w\\.\\d\\_]+$", "a-b"));
  EXPECT_TRUE(Matches("^\\_x$", "_x"));
  EXPECT_TRUE(Matches("^\\a\\e\\q$", "aeq"));
  EXPECT_TRUE(Matches("^[\\-+]$", "-"));
  EXPECT_FALSE(IsValidEcmaRegex("\\a"));
  EXPECT_FALSE(IsValidEcmaRegex("\\_"));
}

// The PCRE2 translation keeps look-around and back-references, written so
// PCRE2 reads them exactly (delimited group numbers, non-capturing wraps).
TEST(EcmaRegex, Pcre2TranslationKeepsLookaroundAndBackreferences) {
  std::string out;
  RegexError error;
  ASSERT_TRUE(TranslateEcmaRegexForPcre2("^(?!-)[a-z]+$", &out, &error)) << error.message;
  EXPECT_EQ(out, "\\A(?!\\x{2D})[\\x{61}-\\x{7A}]+\\z");
  ASSERT_TRUE(TranslateEcmaRegexForPcre2("(a)\\1+0", &out, &error)) << error.message;
  EXPECT_EQ(out, "(a)(?:\\g{1})+0");
  ASSERT_TRUE(TranslateEcmaRegexForPcre2("(?<n>a)\\k<n>", &out, &error)) << error.message;
  EXPECT_EQ(out, "(?P<n>a)(?:\\k<n>)");
  ASSERT_TRUE(TranslateEcmaRegexForPcre2("(?<=a)b(?<!c)", &out, &error)) << error.message;
  EXPECT_EQ(out, "(?<=a)b(?<!c)");
  EXPECT_FALSE(TranslateEcmaRegexForPcre2("(a)\\2", &out, &error));  // no group 2
  EXPECT_FALSE(TranslateEcmaRegexForPcre2("(?i:a)", &out, &error));
}

TEST(EcmaRegex, ValidEcmaSyntax) {
  for (const char* p : {"(?<name>x)", "(?<n>a)\\k<n>", "(?<=a+)b", "[]", "[^]", "\\cA",
                        "([abc])+\\s+$", "(a)\\1", "a(?=b)c"}) {
    RegexError error;
    EXPECT_TRUE(IsValidEcmaRegex(p, &error)) << p << ": " << error.message;
  }
}

TEST(EcmaRegex, DeepNestingIsACleanError) {
  std::string deep(100000, '(');
  RegexError error;
  EXPECT_FALSE(TranslateEcmaRegex(deep, nullptr, &error));
  EXPECT_EQ(error.offset, 1000u);
  std::string ok = std::string(500, '(') + "a" + std::string(500, ')');
  EXPECT_TRUE(TranslateEcmaRegex(ok, nullptr));
  // The syntax check does not nest at all, but still bounds group depth.
  EXPECT_FALSE(IsValidEcmaRegex(deep));
}

TEST(EcmaRegex, LinearTimeOnPathologicalInput) {
  auto re = CompileEcmaRegex("^(a|aa)*$");
  ASSERT_NE(re, nullptr);
  std::string text(100000, 'a');
  EXPECT_TRUE(RE2::PartialMatch(text, *re));
  text += 'b';
  EXPECT_FALSE(RE2::PartialMatch(text, *re));
}

// Every `pattern` / `patternProperties` in the suite's regex-related files,
// checked on the test data directly (no schema engine involved).
void RunSuiteFile(const std::string& path, int* checked) {
  std::string text, why;
  ASSERT_TRUE(ReadFile(path, &text, &why)) << why;
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(text, doc));
  for (const auto& group : doc.GetArray()) {
    const auto& schema = group["schema"];
    if (!schema.IsObject()) continue;
    for (const auto& test : group["tests"].GetArray()) {
      const auto& data = test["data"];
      bool expected = test["valid"].GetBool();
      bool got = true;
      if (schema.HasMember("pattern") && data.IsString()) {
        got = Matches(schema["pattern"].GetString(),
                      std::string(data.GetString(), data.GetStringLength()));
      } else if (schema.HasMember("patternProperties") && data.IsObject() &&
                 schema.HasMember("additionalProperties") &&
                 schema["additionalProperties"].IsFalse()) {
        for (const auto& m : data.GetObject()) {
          bool any = false;
          for (const auto& pp : schema["patternProperties"].GetObject()) {
            any = any || Matches(pp.name.GetString(), std::string(m.name.GetString(),
                                                                  m.name.GetStringLength()));
          }
          got = got && any;
        }
      } else {
        continue;
      }
      ++*checked;
      EXPECT_EQ(got, expected) << path << ": " << group["description"].GetString() << " / "
                               << test["description"].GetString();
    }
  }
}

TEST(EcmaRegex, JsonSchemaTestSuite) {
  const std::string base = std::string(STEPCACHE_SOURCE_DIR) + "/tests/data/json-schema-test-suite/tests/";
  int checked = 0;
  for (const char* draft : {"draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"}) {
    RunSuiteFile(base + draft + "/optional/ecmascript-regex.json", &checked);
    RunSuiteFile(base + draft + "/pattern.json", &checked);
  }
  for (const char* draft : {"draft2019-09", "draft2020-12"}) {
    RunSuiteFile(base + draft + "/optional/non-bmp-regex.json", &checked);
  }
  EXPECT_GT(checked, 150);
}

}  // namespace
}  // namespace stepcache::schemas
