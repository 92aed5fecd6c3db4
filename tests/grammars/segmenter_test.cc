#include "stepcache/grammars/segmenter.h"

#include <string>

#include <gtest/gtest.h>

#include "stepcache/grammars/equation.h"
#include "stepcache/schemas/json.h"

namespace stepcache::grammars {
namespace {

// Every step's text is exactly its span, spans increase and stay in bounds.
void ExpectWellFormed(std::string_view input, const Steps& steps) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Step& s = steps[i];
    EXPECT_EQ(s.index, i);
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, input.size());
    EXPECT_GE(s.begin, previous_end) << "step " << i << " overlaps the previous one";
    EXPECT_EQ(s.text, input.substr(s.begin, s.end - s.begin));
    previous_end = s.end;
  }
}

Steps MustSegment(std::string_view input, Grammar grammar, SegmentOptions options = {}) {
  Steps steps;
  SegmentError error;
  EXPECT_TRUE(Segment(input, grammar, &steps, &error, options))
      << error.message << " at byte " << error.offset;
  ExpectWellFormed(input, steps);
  return steps;
}

TEST(GrammarNames, RoundTrip) {
  for (Grammar g : {Grammar::kJson, Grammar::kEquations, Grammar::kMarkdown, Grammar::kLines}) {
    EXPECT_EQ(GrammarFromName(GrammarName(g)), g);
  }
  EXPECT_FALSE(GrammarFromName("yaml"));
  EXPECT_EQ(StepKindName(StepKind::kListItem), "list_item");
  EXPECT_EQ(StepKindName(StepKind::kCodeBlock), "code_block");
  EXPECT_EQ(StepKindName(StepKind::kMember), "member");
}

TEST(JsonSegmenter, OneStepPerMemberWithExactSpans) {
  const std::string input = R"( {"name": "Ada", "age" : 36,"tags":[1, 2]} )";
  Steps steps = MustSegment(input, Grammar::kJson);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].text, R"("name": "Ada")");
  EXPECT_EQ(steps[0].pointer, "/name");
  EXPECT_EQ(steps[0].kind, StepKind::kMember);
  EXPECT_EQ(steps[1].text, R"("age" : 36)");
  EXPECT_EQ(steps[2].text, R"("tags":[1, 2])");
  EXPECT_EQ(steps[2].pointer, "/tags");
}

TEST(JsonSegmenter, ArrayElements) {
  const std::string input = "[1, {\"a\": null}, \"x\"]";
  Steps steps = MustSegment(input, Grammar::kJson);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[1].text, "{\"a\": null}");
  EXPECT_EQ(steps[1].pointer, "/1");
  EXPECT_EQ(steps[2].pointer, "/2");
  EXPECT_EQ(steps[2].kind, StepKind::kElement);
}

TEST(JsonSegmenter, PointerEscaping) {
  Steps steps = MustSegment(R"({"a/b~c": 1, "": 2})", Grammar::kJson);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].pointer, "/a~1b~0c");
  EXPECT_EQ(steps[1].pointer, "/");
}

TEST(JsonSegmenter, UnicodeKeysWithEscapes) {
  // "caf\u00e9", a raw UTF-8 key, an escaped slash and a surrogate pair (U+1F600).
  Steps steps = MustSegment(
      "{\"caf\\u00e9\": 1, \"\xC3\xBC\": 2, \"a\\/b\": 3, \"\\ud83d\\ude00\": 4, \"t\\tn\": 5}",
      Grammar::kJson);
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0].pointer, "/caf\xC3\xA9");
  EXPECT_EQ(steps[1].pointer, "/\xC3\xBC");
  EXPECT_EQ(steps[2].pointer, "/a~1b");
  EXPECT_EQ(steps[3].pointer, "/\xF0\x9F\x98\x80");
  EXPECT_EQ(steps[4].pointer, "/t\tn");
}

TEST(JsonSegmenter, NestedSplitFollowsDepth) {
  const std::string input = R"({"a": {"b": 1, "c": [true, false]}, "d": 3, "e": {}})";
  Steps one = MustSegment(input, Grammar::kJson);
  ASSERT_EQ(one.size(), 3u);

  SegmentOptions two;
  two.json_depth = 2;
  Steps steps = MustSegment(input, Grammar::kJson, two);
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps[0].pointer, "/a/b");
  EXPECT_EQ(steps[0].text, R"("b": 1)");
  EXPECT_EQ(steps[1].pointer, "/a/c");
  EXPECT_EQ(steps[1].text, R"("c": [true, false])");
  EXPECT_EQ(steps[2].pointer, "/d");
  EXPECT_EQ(steps[3].pointer, "/e");  // an empty object has nothing to split

  SegmentOptions three;
  three.json_depth = 3;
  steps = MustSegment(input, Grammar::kJson, three);
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[1].pointer, "/a/c/0");
  EXPECT_EQ(steps[1].text, "true");
  EXPECT_EQ(steps[2].pointer, "/a/c/1");
  EXPECT_EQ(steps[2].kind, StepKind::kElement);
}

TEST(JsonSegmenter, ScalarAndEmptyAreOneWholeStep) {
  Steps steps = MustSegment("  42 ", Grammar::kJson);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].pointer, "");
  EXPECT_EQ(steps[0].text, "42");
  steps = MustSegment("{ }", Grammar::kJson);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].text, "{ }");
}

TEST(JsonSegmenter, SegmentsJsonWrappedInProseWithOriginalOffsets) {
  const std::string input = "Here you go:\n```json\n{\"x\": 1, \"y\": [2]}\n```\nThanks!";
  Steps steps = MustSegment(input, Grammar::kJson);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].text, "\"x\": 1");
  EXPECT_EQ(steps[0].begin, input.find("\"x\""));
  EXPECT_EQ(steps[1].pointer, "/y");
}

// The value Segment read, handed over: the same steps as without it, and
// the document is the parse of the span it reports.
TEST(JsonSegmenter, HandsOverTheParsedValue) {
  const std::string inputs[] = {
      "{\"x\": 1, \"y\": [2]}",
      "  [1, {\"a\": null}]\n",
      "Here you go:\n```json\n{\"x\": 1, \"y\": [2]}\n```\nThanks!",
      "Sure! {\"name\": \"Ann\"} is it.",
      "```json\n{\"open\": true}\n",
      "\"just a string\"",
      "42",
  };
  for (const std::string& input : inputs) {
    Steps plain = MustSegment(input, Grammar::kJson);
    Steps steps;
    SegmentError error;
    rapidjson::Document doc;
    SegmentedJson json;
    json.document = &doc;
    ASSERT_TRUE(Segment(input, Grammar::kJson, &steps, &error, {}, &json)) << input;
    ASSERT_EQ(steps.size(), plain.size()) << input;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      EXPECT_EQ(steps[i].begin, plain[i].begin);
      EXPECT_EQ(steps[i].end, plain[i].end);
      EXPECT_EQ(steps[i].pointer, plain[i].pointer);
      EXPECT_GE(steps[i].begin, json.begin);
      EXPECT_LE(steps[i].end, json.end);
    }
    ASSERT_LE(json.begin, json.end);
    ASSERT_LE(json.end, input.size());
    rapidjson::Document expected;
    ASSERT_TRUE(ParseJson(std::string_view(input).substr(json.begin, json.end - json.begin), expected)) << input;
    EXPECT_TRUE(doc == expected) << input;
  }
  // Nothing to hand over: the document is null, and the error is the one
  // Segment gives without it.
  // (A byte-order mark before the value parses, and the walk refuses it.)
  for (const std::string bad :
       {"no json here", "```\nnot json\n```", "{\"a\": 1,, \"b\": 2}", "", "\xEF\xBB\xBF{\"a\": 1}"}) {
    Steps steps;
    SegmentError error, plain_error;
    rapidjson::Document doc;
    doc.SetObject();
    SegmentedJson json;
    json.document = &doc;
    EXPECT_FALSE(Segment(bad, Grammar::kJson, &steps, &error, {}, &json));
    EXPECT_FALSE(Segment(bad, Grammar::kJson, &steps, &plain_error));
    EXPECT_TRUE(doc.IsNull());
    EXPECT_EQ(error.message, plain_error.message);
    EXPECT_EQ(error.offset, plain_error.offset);
  }
  // Other grammars parse nothing.
  rapidjson::Document doc;
  doc.SetObject();
  SegmentedJson json;
  json.document = &doc;
  Steps steps;
  EXPECT_TRUE(Segment("{\"a\": 1}\n", Grammar::kLines, &steps, nullptr, {}, &json));
  EXPECT_TRUE(doc.IsNull());
}

TEST(JsonSegmenter, MalformedJsonGivesOffset) {
  Steps steps;
  SegmentError error;
  EXPECT_FALSE(Segment("{\"a\": 1,, \"b\": 2}", Grammar::kJson, &steps, &error));
  EXPECT_EQ(error.offset, 8u);
  EXPECT_FALSE(error.message.empty());
  EXPECT_TRUE(steps.empty());
  EXPECT_FALSE(Segment("  [1, 2", Grammar::kJson, &steps, &error));
  EXPECT_EQ(error.offset, 7u);
  EXPECT_FALSE(Segment("no json here", Grammar::kJson, &steps, &error));
}

TEST(JsonSegmenter, DeepNestingIsACleanError) {
  const std::string input(100000, '[');
  Steps steps;
  SegmentError error;
  EXPECT_FALSE(Segment(input, Grammar::kJson, &steps, &error));
  EXPECT_NE(error.message.find("nesting"), std::string::npos) << error.message;
  EXPECT_LT(error.offset, input.size());
  // Deep but within limits: balanced nesting still segments, with a deep split.
  std::string deep = std::string(900, '[') + std::string(900, ']');
  SegmentOptions options;
  options.json_depth = 100000;
  Steps deep_steps = MustSegment(deep, Grammar::kJson, options);
  ASSERT_EQ(deep_steps.size(), 1u);
  EXPECT_EQ(deep_steps[0].text, "[]");
}

TEST(Segment, InputOverTheLimitIsRefused) {
  SegmentOptions options;
  options.max_bytes = 4;
  Steps steps;
  SegmentError error;
  EXPECT_FALSE(Segment("a\nb\nc", Grammar::kLines, &steps, &error, options));
  EXPECT_EQ(error.offset, 4u);
}

struct EquationCase {
  const char* line;
  const char* equation;  // nullptr: not an equation
};

TEST(EquationSegmenter, LabelsAndProse) {
  const EquationCase cases[] = {
      {"Step 3: 2x + 3 = 13", "2x + 3 = 13"},
      {"3. 2x = 10", "2x = 10"},
      {"3) x = 5", "x = 5"},
      {"- 4y - 2 = 6", "4y - 2 = 6"},
      {"* x = 7", "x = 7"},
      {"**Step 3:** 3x = 15", "3x = 15"},
      {"Subtract 5 from both sides: 3x = 15", "3x = 15"},
      {"So x = 5.", "x = 5"},
      {"Therefore, the answer is x = 5", "x = 5"},
      {"-x = 5", "-x = 5"},
      {"2(x + 1) \xE2\x88\x92 4 = 10 \xC3\xB7 5", "2(x + 1) \xE2\x88\x92 4 = 10 \xC3\xB7 5"},
      {"speed = 3 \xC3\x97 20", "speed = 3 \xC3\x97 20"},
      {"9(x \xE2\x80\x93 10) = \xE2\x80\x93" "54", "9(x \xE2\x80\x93 10) = \xE2\x80\x93" "54"},  // en dashes
      {"x \xE2\x80\x93 10 = (\xE2\x80\x93" "6)", "x \xE2\x80\x93 10 = (\xE2\x80\x93" "6)"},
      {"x = 2.5 is the solution", "x = 2.5"},
      {"if a == b then", nullptr},
      {"x => y", nullptr},
      {"a <= 3", nullptr},
      {"result = great", nullptr},
      {"We start with the equation.", nullptr},
      {"cost = $5", nullptr},
  };
  for (const EquationCase& c : cases) {
    std::optional<std::string_view> found = FindEquation(c.line);
    if (c.equation == nullptr) {
      EXPECT_FALSE(found) << c.line << " gave " << *found;
    } else {
      ASSERT_TRUE(found) << c.line;
      EXPECT_EQ(*found, c.equation) << c.line;
    }
  }
}

TEST(EquationSegmenter, OneStepPerNonEmptyLineWithCrlf) {
  const std::string input = "Solve 2x + 3 = 13.\r\n\r\nStep 1: 2x = 10\r\n   \nStep 2: x = 5\r\nDone";
  Steps steps = MustSegment(input, Grammar::kEquations);
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps[0].kind, StepKind::kEquation);
  EXPECT_EQ(steps[0].equation, "2x + 3 = 13");
  EXPECT_EQ(steps[0].text, "Solve 2x + 3 = 13.");
  EXPECT_EQ(steps[1].equation, "2x = 10");
  EXPECT_EQ(steps[1].text, "Step 1: 2x = 10");
  EXPECT_EQ(steps[2].equation, "x = 5");
  EXPECT_EQ(steps[3].kind, StepKind::kLine);
  EXPECT_EQ(steps[3].text, "Done");
  EXPECT_TRUE(steps[3].equation.empty());
}

TEST(EquationSegmenter, LongLinesStayBounded) {
  std::string line(200000, '(');
  line += " = 1";
  Steps steps = MustSegment(line, Grammar::kEquations);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].kind, StepKind::kLine);
}

TEST(LinesSegmenter, SpansExcludeNewlinesAndCarriageReturns) {
  const std::string input = "first\r\n\n  second  \r\n\t\nlast";
  Steps steps = MustSegment(input, Grammar::kLines);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].text, "first");
  EXPECT_EQ(steps[1].text, "  second  ");
  EXPECT_EQ(steps[2].text, "last");
  EXPECT_EQ(steps[2].begin, input.size() - 4);
  EXPECT_TRUE(MustSegment("", Grammar::kLines).empty());
}

TEST(MarkdownSegmenter, EachBlockKind) {
  const std::string input =
      "# Plan\n"
      "Some intro text\n"
      "over two lines.\n"
      "\n"
      "1. First step\n"
      "   continues here\n"
      "2) Second step\n"
      "- bullet\n"
      "\n"
      "  after a blank line\n"
      "* star\n"
      "+ plus\n"
      "## Code\n"
      "```python\n"
      "# not a heading\n"
      "- not an item\n"
      "```\n"
      "~~~\n"
      "tilde\n"
      "~~~\n"
      "Closing words.";
  Steps steps = MustSegment(input, Grammar::kMarkdown);
  ASSERT_EQ(steps.size(), 11u);
  EXPECT_EQ(steps[0].kind, StepKind::kHeading);
  EXPECT_EQ(steps[0].text, "# Plan");
  EXPECT_EQ(steps[1].kind, StepKind::kParagraph);
  EXPECT_EQ(steps[1].text, "Some intro text\nover two lines.");
  EXPECT_EQ(steps[2].kind, StepKind::kListItem);
  EXPECT_EQ(steps[2].text, "1. First step\n   continues here");
  EXPECT_EQ(steps[3].text, "2) Second step");
  EXPECT_EQ(steps[4].text, "- bullet\n\n  after a blank line");
  EXPECT_EQ(steps[5].text, "* star");
  EXPECT_EQ(steps[6].text, "+ plus");
  EXPECT_EQ(steps[7].kind, StepKind::kHeading);
  EXPECT_EQ(steps[8].kind, StepKind::kCodeBlock);
  EXPECT_EQ(steps[8].text, "```python\n# not a heading\n- not an item\n```");
  EXPECT_EQ(steps[9].kind, StepKind::kCodeBlock);
  EXPECT_EQ(steps[9].text, "~~~\ntilde\n~~~");
  EXPECT_EQ(steps[10].kind, StepKind::kParagraph);
}

TEST(MarkdownSegmenter, UnterminatedFenceRunsToEnd) {
  const std::string input = "Intro\n````\ncode\n```\nmore code\n";
  Steps steps = MustSegment(input, Grammar::kMarkdown);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[1].kind, StepKind::kCodeBlock);
  EXPECT_EQ(steps[1].text, "````\ncode\n```\nmore code");
}

TEST(MarkdownSegmenter, FenceInsideListItemStaysInTheItem) {
  const std::string input = "1. Run:\n   ```\n   - x\n   ```\n2. Done\r\n";
  Steps steps = MustSegment(input, Grammar::kMarkdown);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].text, "1. Run:\n   ```\n   - x\n   ```");
  EXPECT_EQ(steps[1].text, "2. Done");
}

TEST(MarkdownSegmenter, HeadingNeedsSpaceAndListNeedsMarkerSpace) {
  Steps steps = MustSegment("#hashtag\n-dash\n#\n", Grammar::kMarkdown);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].kind, StepKind::kParagraph);
  EXPECT_EQ(steps[0].text, "#hashtag\n-dash");
  EXPECT_EQ(steps[1].kind, StepKind::kHeading);
}

}  // namespace
}  // namespace stepcache::grammars
