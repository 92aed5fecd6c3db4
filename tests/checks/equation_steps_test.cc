// The linear_equation rules on solutions written the ways models write them:
// every line checked, the first step tied to the asked equation, common step
// notations and final statements accepted, instruction changes not reused.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "stepcache/checks/linear_equation.h"
#include "stepcache/checks/rules.h"

namespace stepcache::checks {
namespace {

CheckResult Check(const std::string& prompt, const std::string& output) {
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  input.prompt = prompt;
  return rules->Check(input, output);
}

const char kAsk[] = "Solve for x: 3x - 5 = 10. Show each step.";

TEST(EquationStepsTest, RightAnswersInCommonFormsPass) {
  for (const std::string& answer : {
           std::string("Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nStep 3: x = 5"),
           std::string("3x - 5 = 10 \xE2\x86\x92 3x = 15 \xE2\x86\x92 x = 5"),
           std::string("3x - 5 = 10 => 3x = 15 => x = 5"),
           std::string("Add 5 to both sides: 3x = 15\nDivide both sides by 3: x = 5"),
           std::string("1. 3x = 15\n2. x = 15/3\n3. x = 5\nSo the answer is x = 5."),
           std::string("Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nTherefore x equals 5."),
           std::string("10 = 3x - 5\n15 = 3x\nx = 5"),
       }) {
    CheckResult r = Check(kAsk, answer);
    EXPECT_TRUE(r.pass) << answer << "\n" << CheckResultToJson(r);
  }
}

TEST(EquationStepsTest, EveryLineIsChecked) {
  for (const std::string& answer : {
           std::string("Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nStep 3: x = 5\nSo the answer is x = 7."),
           std::string("Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nTherefore x equals 7."),
           std::string("3x - 5 = 10 \xE2\x86\x92 3x = 16 \xE2\x86\x92 x = 5"),
           std::string("Step 1: 3x - 5 = 10\nStep 2: 3x = 14\nStep 3: x = 5"),
           std::string("We move the terms and find that x is 5."),  // no working shown
       }) {
    EXPECT_FALSE(Check(kAsk, answer).pass) << answer;
  }
}

TEST(EquationStepsTest, TheFirstStepMustRestateTheAskedEquation) {
  // The cached solution of 5 - 3x = -10 has the same solution but restates
  // another equation.
  CheckResult r = Check(kAsk, "Step 1: 5 - 3x = -10\nStep 2: -3x = -15\nStep 3: x = 5");
  EXPECT_FALSE(r.pass);
  ASSERT_FALSE(r.failing_steps.empty());
  EXPECT_EQ(r.failing_steps.front(), 0u);
  // Another equation with the same solution.
  EXPECT_FALSE(Check(kAsk, "Step 1: 2x + 4 = 14\nStep 2: 2x = 10\nStep 3: x = 5").pass);
  // Both sides scaled up: another equation, not a step of this one.
  EXPECT_FALSE(Check(kAsk, "6x - 10 = 20\n6x = 30\nx = 5").pass);
  // Dividing, and clearing fractions, are steps.
  EXPECT_TRUE(Check("Solve for x: 2(x + 3) = 16.", "x + 3 = 8\nx = 5").pass);
  EXPECT_TRUE(Check("Solve for x: x/2 + 1 = 4.", "x + 2 = 8\nx = 6").pass);
  // A sign flip.
  EXPECT_FALSE(Check("Solve for x: 3x + 5 = 20.", "Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nStep 3: x = 5").pass);
}

TEST(EquationStepsTest, AskingForAnotherValueNeedsItStated) {
  const std::string ask = "Solve for x: 3x - 5 = 10, then report the value of 2x.";
  EXPECT_FALSE(Check(ask, "Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nStep 3: x = 5").pass);
  CheckResult r = Check(ask, "Step 1: 3x - 5 = 10\nStep 2: 3x = 15\nStep 3: x = 5\nStep 4: 2x = 10");
  EXPECT_TRUE(r.pass) << CheckResultToJson(r);
}

TEST(EquationStepsTest, AFormTheStepsDoNotShowIsNotVerified) {
  const std::string steps = "7x + 2 = 4\n7x = 2\nx = 2/7";
  EXPECT_TRUE(Check("Solve for x: 7x + 2 = 4.", steps).pass);
  for (const char* ask : {"Solve for x: 7x + 2 = 4, rounded to two decimal places.",
                          "Solve for x: 7x + 2 = 4 and write x as a percent.",
                          "Solve for x: 7x + 2 = 4; give the nearest hundredth."}) {
    EXPECT_FALSE(Check(ask, steps).pass) << ask;
  }
}

TEST(EquationStepsTest, WordsOfAMistakeInTheEquationAreNotVerified) {
  const std::string steps = "2x + 9 = 21\n2x = 12\nx = 6";
  EXPECT_TRUE(Check("Solve for x: 2x + 9 = 21. Show each step, please.", steps).pass);
  for (const char* ask : {"Solve for x: 2x + 9 = 21. Show each step. The nine was a typo.",
                          "Solve for x: 2x + 9 = 21. Show each step. Both constants sit on the wrong side.",
                          "Solve for x: 2x + 9 = 21. Show each step. The coefficient is actually three."}) {
    EXPECT_FALSE(Check(ask, steps).pass) << ask;
  }
}

TEST(EquationStepsTest, CharactersTheEquationReaderDoesNotReadAreAClearError) {
  // Read without them, "⅓x + 2 = 6" would be "x + 2 = 6", "5³" would be 5:
  // such a request is not verified (and so never reused or stored).
  for (const char* ask : {"Solve for x: \u2153x + 2 = 6. Show each step.", "Solve for x: 4x - 2 = 5\u00b3.",
                          "Solve for x: $\\tfrac{2}{5}x = 4$.", "Solve for x: x + 1 = 3\u2009000."}) {
    CheckResult r = Check(ask, "x + 2 = 6\nx = 4");
    EXPECT_FALSE(r.pass) << ask;
    EXPECT_NE(CheckResultToJson(r).find("does not read"), std::string::npos) << ask << CheckResultToJson(r);
  }
}

TEST(EquationStepsTest, HiddenCharactersInsideANumberAreAClearError) {
  // "31\u200b1" shows as 311 and was read as 31: zero-width and direction
  // marks, soft hyphens, digits of other scripts and fullwidth forms.
  for (const char* ask : {"Solve for x: 4x + 7 = 31\u200b1.", "Solve for x: 4x + 7 = 31\u00ad1.",
                          "Solve for x: 4x + 7 = 31\u20601.", "Solve for x: 4x + 7 = 31\ufeff1.",
                          "Solve for x: 4x + 7 = 31\u200e1.", "Solve for x: 4x + 7 = 31\uff11.",
                          "Solve for x: 4x + 7 = 31\u066b5."}) {
    CheckResult r = Check(ask, "4x + 7 = 31\n4x = 24\nx = 6");
    EXPECT_FALSE(r.pass) << ask;
    EXPECT_NE(CheckResultToJson(r).find("does not read"), std::string::npos) << ask << CheckResultToJson(r);
  }
  // Letters of other languages in the words around it are read as before.
  EXPECT_TRUE(Check("Løs for x: 4x + 7 = 31.", "4x + 7 = 31\n4x = 24\nx = 6").pass);
}

TEST(EquationStepsTest, APercentSignANumberWordOrARomanNumeralIsNoPartOfTheValueOfX) {
  // "Answer in %" asks for 100x; "four x" and "\u2166x" were read as "x".
  for (const char* ask : {"Solve for x: 5x = 2. Answer in %.", "Solve for x: 5x = 2 (give it in \u2030).",
                          "Solve for x: four x + 5 = 29.", "Löse nach y: drei y + 4 = 19.",
                          "Solve for x: \u2166x + 5 = 29.", "Solve for x: \u2462x = 9."}) {
    EXPECT_FALSE(Check(ask, "x = 2/5").pass) << ask;
  }
  EXPECT_TRUE(Check("Solve for x: 5x = 2.", "5x = 2\nx = 2/5").pass);
  // The equation going on past what the reader read: a repeating decimal,
  // a factorial, a digit group or a scale letter glued on, a combining mark.
  for (const char* ask : {"Solve for x: 3x = 0.333... Show each step.", "Solve for x: 3x = 0.333\u2026",
                          "Solve for x: 3x = 4!.", "Solve for x: 4x + 5 = 2_005.", "Solve for x: 4x + 5 = 25k.",
                          "Solve for x: 3x = 0.33\u0305.", "Solve for x: 3x = 0.6 recurring."}) {
    EXPECT_FALSE(Check(ask, "3x = 1\nx = 1/3").pass) << ask;
  }
}

TEST(EquationStepsTest, ANumberAfterTheFinalAnswerIsNotLeftUnread) {
  // Right steps, then a last line that gives another number in a form the
  // checks do not read as a statement: the answer may be that number.
  const std::string steps = "3x - 9 = 12\n3x = 21\nx = 7\n";
  for (const char* tail : {"#### 14", "\\boxed{21}", "$\\boxed{21}$", "21", "So x equals twenty-one.",
                           "The answer is fifty-four.", "L = {21}", "x \u2208 {21}"}) {
    CheckResult r = Check("Solve for x: 3x - 9 = 12. Show each step.", steps + tail);
    EXPECT_FALSE(r.pass) << tail;
  }
  // A closing line without a number, or the value restated, is fine.
  EXPECT_TRUE(Check("Solve for x: 3x - 9 = 12. Show each step.", steps + "Hope this helps!").pass);
  EXPECT_TRUE(Check("Solve for x: 3x - 9 = 12. Show each step.", steps + "So the answer is x = 7.").pass);
}

// What a line says after its value, when it may change it: a second value,
// a change of mind, a scale word or sign, a wrong rounding. (Written apart
// from the red-team's round 43, with another equation and variable.)
TEST(EquationStepsTest, ALineThatGoesOnAfterItsValueIsNotReadAsThatValue) {
  const std::string ask = "Find t: 5t + 2 = 14. Work it out line by line.";
  for (const std::string& last : {
           std::string("t = 12/5 or maybe 3"), std::string("t = 12/5, though 3 also looks close"),
           std::string("t = 12/5 (that is, 2.5)"), std::string("t = 12/5 \xE2\x89\x88 2.5"),
           std::string("t = 12/5 \xE2\x89\x88 3.4"), std::string("t = 12/5 hundred"), std::string("t = 12/5m"),
           std::string("The result is 12/5 - no, 13/5."), std::string("t equals 12/5 or 13/5"),
           std::string("t = 12/5 \xC2\xB1 0.1"), std::string("t = 12/5 < 3"),
       }) {
    const std::string answer = "5t + 2 = 14\n5t = 12\n" + last;
    EXPECT_FALSE(Check(ask, answer).pass) << last;
  }
  // Words that change the value, an explanation that names the variable,
  // a number before the value, another answer marked above the last line.
  for (const std::string& last : {
           std::string("t = 12/5 cubed"), std::string("t = 12/5 in octal"), std::string("t = 12/5 tenths"),
           std::string("t = 12/5 (dividing both sides by 5 makes t equal 3)"), std::string("3, no wait: t = 12/5"),
           std::string("\\boxed{3}\nt = 12/5"), std::string("t = 12/5\nFinal: t = \xEF\xBC\x93"),
           std::string("Incorrect: t = 12/5"), std::string("Falsch: t = 12/5"),
       }) {
    const std::string answer = "5t + 2 = 14\n5t = 12\n" + last;
    EXPECT_FALSE(Check(ask, answer).pass) << last;
  }
  // A middle line with a second value.
  EXPECT_FALSE(Check(ask, "5t + 2 = 14\n5t = 12 or 13\nt = 12/5").pass);
  // Right answers that say more in words, explain the step or round right.
  for (const std::string& last : {
           std::string("t = 12/5 is our answer."), std::string("t = 12/5 (dividing both sides by 5)"),
           std::string("t = 12/5 \xE2\x89\x88 2.4"), std::string("t = 12/5 \xE2\x89\x88 2"),
           std::string("**t = 12/5**"), std::string("\\(t = 12/5\\)"), std::string("So t is 12/5."),
           std::string("t = 12/5\n\\boxed{12/5}"), std::string("t = 12/5 which checks out"),
           std::string("In conclusion, t = 12/5"),
       }) {
    const std::string answer = "5t + 2 = 14\n5t = 12\n" + last;
    const CheckResult r = Check(ask, answer);
    EXPECT_TRUE(r.pass) << last << "\n" << CheckResultToJson(r);
  }
}

TEST(EquationStepsTest, AnAskedExpressionIsReadInOtherWordsToo) {
  const std::string steps = "3x + 4 = 19\n3x = 15\nx = 5\n";
  struct Case {
    const char* ask;
    const char* last;  // the right last line
  };
  for (const Case& c : {Case{"Solve 3x + 4 = 19 and tell me what 4x equals.", "4x = 20"},
                        Case{"If 3x + 4 = 19, what is x - 2?", "x - 2 = 3"},
                        Case{"Solve for x: 3x + 4 = 19, and give the value of -x once you are done.", "-x = -5"},
                        Case{"Solve for x: 3x + 4 = 19. The final line should state x + 7.", "x + 7 = 12"}}) {
    EXPECT_TRUE(Check(c.ask, steps + c.last).pass) << c.ask;
    EXPECT_FALSE(Check(c.ask, steps).pass) << c.ask;  // x alone is not what was asked
    EXPECT_FALSE(Check(c.ask, steps + std::string(c.last) + "1").pass) << c.ask;
  }
  // What else the request asks still cannot be verified.
  EXPECT_FALSE(Check("Solve for x: 3x + 4 = 19 in metres, and give x + 1.", steps + "x + 1 = 6").pass);
  EXPECT_FALSE(Check("Solve for x: 3x + 4 = 19, but the 4 was a typo for 7. Give x + 1.", steps + "x + 1 = 6").pass);
  // Two different expressions asked: neither is a target.
  EXPECT_FALSE(Check("Solve for x: 3x + 4 = 19, then give 2x and x + 1.", steps + "2x = 10\nx + 1 = 6").pass);
  // The left side of an equation is not an asked expression.
  EXPECT_TRUE(Check("Find x when 3x + 4 = 19.", steps).pass);
}

// Round 16: a chain's every link and every value a line states.
TEST(EquationStepsTest, EveryLinkOfAChainAndEveryStatedValueIsChecked) {
  const std::string ask = "Solve for k: 4k - 6 = 18.";
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k = 18 + 6 = 24\nk = 24 / 4 = 6").pass);
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k = 24\nThus k = 24/4 = 6.").pass);
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 6, so 2k = 12").pass);
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k - 6 + 6 = 18 + 6\n4k = 24\nk = 6").pass);
  // A false computation in the middle or at the end of a chain, even when
  // the chain's two ends agree.
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 18 + 6 = 25\nk = 6").pass);
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 24/4 = 7").pass);
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k = 24 = 6 * 4 = 23 + 1\nk = 6").pass);
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 24 = 6 * 4 = 23 + 2\nk = 6").pass);
  // Two values where one was asked.
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 6 or k = -6").pass);
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 6; k = 8").pass);
  // A chain that goes on on the next line ("k = 24/4" then "= 7").
  EXPECT_FALSE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 24/4\n= 7").pass);
  EXPECT_TRUE(Check(ask, "4k - 6 = 18\n4k = 24\nk = 24/4\n= 6").pass);
  // A line true for every k is true.
  EXPECT_TRUE(Check("Solve for k: 2k + 2k = 16.", "2k + 2k = 4k = 16\nk = 4").pass);
}

TEST(EquationStepsTest, SeveralEquationsInTheRequestCannotBeVerified) {
  EXPECT_FALSE(Check("Solve the second equation for x: 2x = 4 and 3x = 9.", "3x = 9\nx = 3").pass);
}

TEST(EquationStepsTest, InstructionChangesSkipReuse) {
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  const std::string cached = "Solve for x: 3x - 5 = 10. Show each step on its own line.";
  const std::string licensed[] = {
      "Find the value of x in the equation 3x - 5 = 10. Work it out step by step, one equation per line.",
      "Solve for x: 3x - 5 = 10. Show each step on its own line. Number the steps as Step 1, Step 2 and so on.",
      "Solve for y: 3y - 5 = 10. Show each step on its own line.",
      "Solve for x: 3x - 5 = 10. Show each step on its own line without commentary."};
  for (const std::string& p : licensed) {
    input.prompt = p;
    SkipDecision d = rules->ReuseBlocked(cached, input);
    EXPECT_FALSE(d.skip) << p << ": " << d.reason;
  }
  const std::string unlicensed[] = {
      "Solve for x: 3x - 5 = 10, then report the value of 2x. Show each step on its own line.",
      "Solve for x: 3x - 5 = 10. Show each step on its own line and round to two decimals.",
      "Solve for x: 3x - 5 = 10. Do not show each step.",
      "Solve for x: 3x - 5 = 10. Show each step on its own line and give x + 1."};
  for (const std::string& p : unlicensed) {
    input.prompt = p;
    EXPECT_TRUE(rules->ReuseBlocked(cached, input).skip) << p;
  }
}

TEST(RedTeamTest, RoundNinetyTwoASentenceTheChecksDoNotReadIsNoUnrelatedOne) {
  // Own request: a bracket of a tyre-pressure equation. A sentence added to
  // a stored request that asks for something the steps do not show ("then
  // say what the bracket equals", in English or in another language) is no
  // unrelated sentence, whatever its words: reuse is skipped, as such a
  // request's own answer is not stored.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  const std::string cached = "Solve for p: 4(p - 2) = 36. Show each step.";
  for (const std::string p : {"Solve for p: 4(p - 2) = 36. Show each step, then say what the bracket equals.",
                              "Solve for p: 4(p - 2) = 36. Show each step and end with what is inside the brackets.",
                              "Solve for p: 4(p - 2) = 36. Show each step. Dopo dimmi quanto vale la parentesi.",
                              "Solve for p: 4(p - 2) = 36. Show each step. The parentheses hold the answer too."}) {
    input.prompt = p;
    const SkipDecision d = rules->ReuseBlocked(cached, input);
    EXPECT_TRUE(d.skip) << p;
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    EXPECT_FALSE(UnreadRequestWord(p, *eq).empty()) << p;
  }
  // A sentence of the request's setting is still unrelated.
  for (const std::string p : {"Solve for p: 4(p - 2) = 36. Show each step. This is for my exam tomorrow.",
                              "Solve for p: 4(p - 2) = 36. Show each step. Thanks for the help!"}) {
    input.prompt = p;
    const SkipDecision d = rules->ReuseBlocked(cached, input);
    EXPECT_FALSE(d.skip) << p << ": " << d.reason;
  }
}

TEST(RedTeamTest, RoundsNinetySixAndNinetyNineAValueBesideTheVariablesInPlainWords) {
  // Own request: a ferry's fare equation. A request for a value beside the
  // variable's, in words an instruction also uses ("the number after the
  // answer", "one over it", "the step before the answer", "up by one", "in
  // words", "not the answer"), asks for more than the value: reuse is
  // skipped and the fresh check cannot verify it.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  const std::string cached = "Solve for f: 5f - 15 = 35. Show each step.";
  for (const std::string p : {"Solve for f: 5f - 15 = 35. Show each step, then give the number after the answer.",
                              "Solve for f: 5f - 15 = 35. Show each step. Then one over it.",
                              "Solve for f: 5f - 15 = 35. Show each step, then give only the step before the answer.",
                              "Solve for f: 5f - 15 = 35. Show each step and give the answer up by one.",
                              "Solve for f: 5f - 15 = 35. Show each step and give the answer in words.",
                              "Solve for f: 5f - 15 = 35. Show the steps only, not the answer.",
                              "Solve for f: 5f - 15 = 35. What is the next whole number?",
                              // Round 99: a check's or the equation's own value.
                              "Solve for f: 5f - 15 = 35. Show each step. Give only the check value.",
                              "Solve for f: 5f - 15 = 35. Show each step. Give the check's result.",
                              "Solve for f: 5f - 15 = 35. Show each step. Value of the check only, please.",
                              "Solve for f: 5f - 15 = 35. Show each step. Give the value of the equation."}) {
    input.prompt = p;
    EXPECT_TRUE(rules->ReuseBlocked(cached, input).skip) << p;
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq)) << p;
  }
  // The same words where they say nothing of the value.
  for (const std::string p : {"Solve the equation below for f.\n5f - 15 = 35",
                              "Solve for f: 5f - 15 = 35. Write each step on the next line.",
                              "Find f in 5f - 15 = 35. Work step by step, one equation per line."}) {
    input.prompt = p;
    const SkipDecision d = rules->ReuseBlocked(cached, input);
    EXPECT_FALSE(d.skip) << p << ": " << d.reason;
  }
}

TEST(RedTeamTest, RoundHundredNineAnOperatorBeforeASignIsNoProduct) {
  // Own request: a bakery's trays. A mark glued after a term and followed by
  // a sign ("4t* + 6", markdown italics "4*t* + 6", a footnote "30* + 2",
  // "4t/ + 6", "4t\u00B7 - 6") was read as "times (+6)": the request is
  // not answered as another equation; "4t * -6" is a product written so.
  for (const std::string p : {"Solve for t: 4t* + 6 = 30. Show each step.", "Solve for t: 4*t* + 6 = 30. Show each step.",
                              "Solve for t: 4t*+6 = 30.", "Solve for t: 4t + 6 = 30* + 2.", "Solve for t: 4t/ + 6 = 30.",
                              "Solve for t: 4t\u00B7 - 6 = 30.", "Solve for t: 4t \u00D7 + 6 = 30."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq, &what)) << p;
    EXPECT_NE(what.find("before a sign"), std::string::npos) << p << ": " << what;
  }
  for (const std::string p : {"Solve for t: 4t * -6 = 30.", "Solve for t: 4*t + 6 = 30.", "Solve for t: t/2 + 6 = 30."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}

TEST(RedTeamTest, RoundHundredTwelveANumberApartFromItsNeighbourIsNoFactor) {
  // Own request: a bakery's trays. A label's number apart from the variable
  // ("Tray 3 t + 6 = 30", "#3 t", "(3) t") was read as its coefficient, an
  // equation's number after it ("t + 6 = 30 (3)") as a factor, and another
  // '=' after it ("t + 6 = 30 =t") went unread: such a request is not
  // answered as another equation.
  for (const std::string p : {"Tray 3 t + 6 = 30. Solve for t.", "#3 t + 6 = 30. Solve for t.",
                              "Solve for t: (3) t + 6 = 30.", "Solve for t: t + 6 = 30 (3).",
                              "Solve for t: t + 6 = 30\t(3.1)", "Solve for t: 4t + 6 = 30 =t.",
                              "Solve for t: 4t+6=30=.",
                              // Round 114: a sign glued to the next term after a label's
                              // number, a list's dash, a signed bracket after it.
                              "Tray 3 -t + 6 = 30. Solve for t.", "Solve for t: tray 3 -t + 6 = 30.",
                              "Solve for t:\n- t + 6 = 30", "Solve for t:\n  - 4t + 6 = 30", "Solve for t: t + 6 = 30 (-3).",
                              "Solve for t: t + 6 = 30 -3 marks.", "Tray 3 (t + 6) = 30. Solve for t."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;  // (no equation read: nothing answered for another one)
    EXPECT_TRUE(AsksForAnotherValue(p, *eq)) << p;
  }
  for (const std::string p : {"Solve for t: 4t + 6 = 30. (Show your work.)", "Solve for t: 4(t + 1) = 30.",
                              "Solve for t: -t + 6 = 30.", "Solve for t: 3 - t = 30.", "Solve for t: 3(t + 6) = 30."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
  // A check asked for is no other value: it asks for a line that puts the
  // value in (ACheckAskedForNeedsALineThatPutsTheValueIntoTheEquation).
  const std::string check = "Solve for t: 4t + 6 = 30. Then check it.";
  std::string what;
  EXPECT_FALSE(AsksForAnotherValue(check, *FindEquationInPrompt(check), &what)) << what;
  EXPECT_TRUE(AsksForACheck(check, *FindEquationInPrompt(check)));
}

TEST(RedTeamTest, RoundHundredSixteenADashTheReaderSkipsARaisedDecimalPointAndAnEntity) {
  // Own request: a ferry's crossings. A dash the reader skips, glued to a
  // term ("\u2014c + 4 = 9", "Give \u2014c", "\u2014(c + 4)"), a minus-like
  // dash even apart from it ("\u2010 c + 4 = 9"), a raised decimal point
  // ("c + 0\u00B75 = 3", read as a product 0 \u00D7 5) and an HTML character
  // reference ("&frac12;c", dropped): each would answer another equation.
  for (const std::string p : {"Solve for c: \u2014c + 4 = 9.", "Solve for c: \u20142c + 4 = 9.",
                              "Solve for c: \u2014(c + 4) = 9.", "If 2c + 4 = 10, give \u2014c.",
                              "Solve for c: \u2015c + 4 = 9.", "Solve for c: \u2010 c + 4 = 9.",
                              "Solve for c: \u2796c + 4 = 9.", "Solve for c: c + 0\u00B75 = 3.",
                              "Solve for c: 2c = 1\u00B70.", "Solve for c: &frac12;c + 4 = 9.",
                              "Solve for c: &#x2212;c + 4 = 9.",
                              // Round 118: a prose dash after a colon or before a tab, an
                              // en dash in what is asked.
                              "Solve for c: \u2014 c + 4 = 9.", "Solve for c: \u2014\tc + 4 = 9.",
                              "If 2c + 4 = 10, what is \u2013c?"}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;  // (no equation read: nothing answered for another one)
    std::string what;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq, &what)) << p;
  }
  // A prose dash apart from the equation, or glued to a word, is none.
  for (const std::string p : {"Solve for c \u2014 c + 4 = 9.", "Solve for c: c + 4 = 9 \u2014 show each step.",
                              "Solve for c: \u2013c + 4 = 9.",
                              "Solve for c\u2014show each step: c + 4 = 9.", "Solve for c: c + 0.5 = 3."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}

TEST(RedTeamTest, RoundHundredMarksAroundTheVariableAndNegatedTruth) {
  // Own request: a kayak rental's hours. Marks that make the variable another
  // value ("|h|", "h!", "[h]", "{h}", "~h", "(-)h"), the variable times itself
  // ("h h", "h(h)"), a term in marks beside the equation ("= 52{h}", "[h] +
  // ..."), or a request for a value that does not satisfy it: reuse is
  // skipped, and the solution of the plain equation does not pass fresh.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  const std::string cached = "Solve for h: 6h + 16 = 52. Show each step.";
  const std::string plain = "Step 1: 6h + 16 = 52\nStep 2: Subtract 16 from both sides: 6h = 36\nStep 3: Divide both sides by 6: h = 6\nSo h = 6.";
  EXPECT_TRUE(Check(cached, plain).pass);
  const auto asks_more = [&](const std::string& p) {
    input.prompt = p;
    EXPECT_TRUE(rules->ReuseBlocked(cached, input).skip) << p;
    EXPECT_FALSE(Check(p, plain).pass) << p;
  };
  for (const std::string p : {"Solve for h: 6h + 16 = 52. Show each step. Give |h|.",
                              "Solve for h: 6h + 16 = 52. Show each step. What is |the answer|?",
                              "Solve for h: 6h + 16 = 52. Show each step. Give (h)!",
                              "Solve for h: 6h + 16 = 52. Show each step. Give h!",
                              "Solve for h: 6h + 16 = 52. Show each step. Give [h].",
                              "Solve for h: 6h + 16 = 52. Show each step. Give ~h.",
                              "Solve for h: 6h + 16 = 52. Show each step. Give (-)h.",
                              "Solve for h: 6h + 16 = 52. Show each step. Give h h.",
                              "Solve for h: 6h + 16 = 52. Show each step. Give h (h).",
                              "Solve for h: 6h + 16 = 52{h}. Show each step.",
                              "Solve for h: 6h + 16 = 52 [h]. Show each step.",
                              "Solve for h: 6h + 16 = 52\xC2\xABh\xC2\xBB. Show each step.",
                              "Solve for h: [h] + 6h + 16 = 52. Show each step.",
                              "Find an h that does not make 6h + 16 = 52 true. Show each step.",
                              "Find h so that 6h + 16 = 52 is false. Show each step."}) {
    asks_more(p);
  }
  // Round 104: a count or a place in the solution ("the number of steps",
  // "which step gives the answer", "how many solutions") or the equation at
  // another value ("when h is one").
  for (const std::string p : {"Solve for h: 6h + 16 = 52. Give only the number of steps.",
                              "Solve for h: 6h + 16 = 52. Which step gives the answer?",
                              "Solve for h: 6h + 16 = 52. How many solutions are there?",
                              "What does 6h + 16 = 52 give when h is one?",
                              "Solve for h: 6h + 16 = 52. Give the step number of the answer.",
                              "Solve for h: 6h + 16 = 52. Give the last step's number.",
                              "Solve for h: 6h + 16 = 52. Give only the step that gives the answer.",
                              "Solve for h: 6h + 16 = 52. Give the answer at h equal to one.",
                              "Solve for h: 6h + 16 = 52. Show each step. Does it have a solution?",
                              // Round 107: a step itself or the equation at one, in other frames.
                              "Solve for h: 6h + 16 = 52. Give h's step.", "Solve for h: 6h + 16 = 52. Give the answer's line.",
                              "Solve for h: 6h + 16 = 52. Give the steps as a number.",
                              "Solve for h: 6h + 16 = 52. What step is the answer in?",
                              "Solve for h: 6h + 16 = 52. Which is the last step?",
                              "Solve for h: 6h + 16 = 52. Give the answer as a step.",
                              "Solve for h: 6h + 16 = 52. Give the answer with h one.",
                              "Solve for h: 6h + 16 = 52. Give the answer using one for h."}) {
    asks_more(p);
  }
  // Marks a plain request uses.
  for (const std::string p : {"Solve for `h`: 6h + 16 = 52. Show each step.", "Solve for $h$: $6h + 16 = 52$.",
                              "Solve 6h + 16 = 52 for h (show each step). Thanks!", "Solve 6h + 16 = 52. h = ?",
                              "Solve for h: 6h + 16 = 52. Show each step, one per line.",
                              "Solve for h: 6h + 16 = 52. Number each step.", "Can you solve 6h + 16 = 52 for h?",
                              "Solve 6h + 16 = 52 step by step. Put the answer on the last line.",
                              "Solve for h, one step at a time: 6h + 16 = 52.",
                              "Solve for h: 6h + 16 = 52. Show the steps and give the answer."}) {
    input.prompt = p;
    EXPECT_TRUE(Check(p, plain).pass) << p;
  }
}

TEST(RedTeamTest, RoundHundredTwentyFiveARelationBesideTheEquationAndWordsOfAnotherValue) {
  // Own request: a ferry's crossings. A relation chained to the equation
  // ("= 9 < c", "c > 2c + 4 = 10", "where c != c"), and a sentence naming the
  // value with a word no plain request for it uses ("the number following the
  // answer", "the answer one up", "one / the answer", "\u2212answer", "the
  // equation's value", "What value does the equation have?"): each asks for
  // another value than c.
  for (const std::string p : {"Solve for c: 2c + 4 = 10 < c.", "Solve for c: 2c + 4 = 10 <= c.",
                              "Solve for c: c > 2c + 4 = 10.", "Solve for c: 2c + 4 = 10, c != c.",
                              "Solve for c: 2c + 4 = 10 where c < c.",
                              "Solve for c: 2c + 4 = 10. Give the number following the answer.",
                              "Solve for c: 2c + 4 = 10. Then give the number following it.",
                              "Solve for c: 2c + 4 = 10. Give the answer one up.",
                              "Solve for c: 2c + 4 = 10. Give the number one down from the answer.",
                              "Solve for c: 2c + 4 = 10. Then put one on the answer.",
                              "Solve for c: 2c + 4 = 10. Give one / the answer.",
                              "Solve for c: 2c + 4 = 10. Give \u2212answer.",
                              "Solve for c: 2c + 4 = 10. Give the answer + one.",
                              "Solve for c: 2c + 4 = 10. Give the equation's value.",
                              "Solve for c: 2c + 4 = 10. Give the equation value.",
                              "Solve for c: 2c + 4 = 10. What value does the equation have?",
                              "Solve for c: 2c + 4 = 10. Give the number one up from it.",
                              "Solve for c: 2c + 4 = 10. What does the expression give?",
                              // Round 128: the value joined to a value by marks alone.
                              "Solve for c: 2c + 4 = 10. Give answer*answer.",
                              "Solve for c: 2c + 4 = 10. Give (the answer)(the answer).",
                              "Solve for c: 2c + 4 = 10. Give it-it.", "Solve for c: 2c + 4 = 10. Give one-it.",
                              "Solve for c: 2c + 4 = 10. Give the number*the number."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;  // (no equation read: nothing answered for another one)
    EXPECT_TRUE(AsksForAnotherValue(p, *eq)) << p;
  }
  // The value asked in the usual words, a placeholder and an arrow, stay.
  for (const std::string p : {"Solve for c: 2c + 4 = 10. Show each step on its own line and finish with the value of c.",
                              "Find the value of c in the equation 2c + 4 = 10. Work it out step by step, one equation per line.",
                              "What value of c satisfies 2c + 4 = 10? Give a step-by-step solution with one line per step.",
                              "Determine c given that 2c + 4 = 10. Write out the steps, each on a separate line, ending with c.",
                              "Work out the value of c for which 2c + 4 = 10 holds. Show every step on a separate line.",
                              "Solve for c: 2c + 4 = 10. Keep it short: equations only, no explanations.",
                              "Solve the following equation for c: 2c + 4 = 10. Give the final answer.",
                              "Solve for c: 2c + 4 = 10. Give the **answer** on its own line.",
                              "Solve for c: 2c + 4 = 10. Give the *final* answer."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}


TEST(RedTeamTest, RoundHundredThirtyThreeATermOnTheLineAfterTheEquation) {
  // Own request: a hostel's beds. A line after the equation with a sign
  // before a term ("\u2212 b.", "+ b", "- (b)", "$- b$", "(then \u2212 b)") or
  // the variable alone ("b.") continues it: the request is for another
  // equation than the first line's (rounds 133 and 138).
  for (const std::string p : {"Solve for b: 3b + 2 = 14\n\u2212 b.", "Solve for b: 3b + 2 = 14\n- b. Show each step.",
                              "Solve for b: 3b + 2 = 14\r\n+ b", "Solve for b: 3b + 2 = 14\n\n  - (b)",
                              "Solve for b: $3b + 2 = 14$\n$- b$", "Solve for b: 3b + 2 = 14\n\u2013 2",
                              // Round 138: other breaks, and the term later on the line.
                              "Solve for b: 3b + 2 = 14\v\u2212 b.", "Solve for b: 3b + 2 = 14\f+ b",
                              "Solve for b: 3b + 2 = 14\n(then \u2212 b)", "Solve for b: 3b + 2 = 14\nStep 2: + b.",
                              "Solve for b: 3b + 2 = 14\n\"\u2212 b\" Show each step.", "Solve for b: 3b + 2 = 14\nb.",
                              "Solve for b: $3b + 2 = 14$!", "Solve for b: $3b + 2 = 14'$",
                              "Solve for b: 3b + 2 = 14\n= b Show each step."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq)) << p;
  }
  // A list of words after it is no term.
  for (const std::string p : {"Solve for b: 3b + 2 = 14\n- Show each step\n- Give b at the end",
                              "Solve for b: 3b + 2 = 14\n- A line per step."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}

// Since round 248 a request that asks for a check ended in an error (a
// stored working without one had been served for it). Now it is answered by
// a working with a line that puts the value into the asked equation as the
// request writes it; a check of another value, of another equation, of one
// side only, or in words is none.
TEST(EquationStepsTest, ACheckAskedForNeedsALineThatPutsTheValueIntoTheEquation) {
  // Own requests: a school's lockers.
  const std::string ask = "Solve for x: 3x + 5 = 20. Check the solution.";
  const std::string working = "3x + 5 = 20\nSubtract 5 from both sides: 3x = 15\nDivide both sides by 3: x = 5\n";
  for (const char* check : {"Check: 3(5) + 5 = 20", "Check: 3(5) + 5 = 15 + 5 = 20", "3 \u00D7 5 + 5 = 20",
                                   "Check: 3 * 5 + 5 = 20"}) {
    const CheckResult r = Check(ask, working + check);
    EXPECT_TRUE(r.pass) << check << "\n" << CheckResultToJson(r);
  }
  for (const char* none : {"So the answer is x = 5.", "Check: 3(6) + 5 = 23", "Check: 15 + 5 = 20",
                                  "Check: 3(5) + 5 = 21", "Check: three times five plus five is twenty.",
                                  "Check: 3 + 5 = 8", "Check: 35 + 5 = 40",
                                  // (a number before the line's arithmetic is not read)
                                  "Substituting 5 for x: 3(5) + 5 = 20"}) {
    EXPECT_FALSE(Check(ask, working + none).pass) << none;
  }
  // A negative value: bracketed after a factor, or bare after a product sign.
  const std::string negative = "Solve for y: 4y + 14 = 6. Verify your answer.";
  const std::string steps = "4y + 14 = 6\n4y = -8\ny = -2\n";
  for (const char* check : {"Check: 4(-2) + 14 = 6", "Check: 4 \u00D7 (-2) + 14 = -8 + 14 = 6",
                                   "Check: 4 \u00D7 -2 + 14 = 6"}) {
    EXPECT_TRUE(Check(negative, steps + check).pass) << check;
  }
  for (const char* none : {"Check: 4-2 + 14 = 16", "Check: 4(2) + 14 = 22", "Check: -8 + 14 = 6"}) {
    EXPECT_FALSE(Check(negative, steps + none).pass) << none;
  }
  // The variable on both sides: both sides put in.
  const std::string both = "Solve 5a - 3 = 2a + 9 and check your answer.";
  const std::string both_steps = "5a - 3 = 2a + 9\n3a - 3 = 9\n3a = 12\na = 4\n";
  EXPECT_TRUE(Check(both, both_steps + "Check: 5(4) - 3 = 17 and 2(4) + 9 = 17").pass);
  EXPECT_TRUE(Check(both, both_steps + "Left: 5(4) - 3 = 17\nRight: 2(4) + 9 = 17").pass);
  EXPECT_TRUE(Check(both, both_steps + "Check: 5(4) - 3 = 2(4) + 9").pass);
  EXPECT_FALSE(Check(both, both_steps + "Check: 5(4) - 3 = 17").pass);
  // Brackets and a division, as the request writes them.
  EXPECT_TRUE(Check("Solve 2(k + 3) = 16. Then check it.", "2(k + 3) = 16\nk + 3 = 8\nk = 5\nCheck: 2(5 + 3) = 2(8) = 16")
                  .pass);
  EXPECT_TRUE(Check("Solve m/4 + 2 = 7. Include a check at the end.", "m/4 + 2 = 7\nm/4 = 5\nm = 20\nCheck: 20/4 + 2 = 7")
                  .pass);
  // Without a check asked for, a working needs none.
  EXPECT_TRUE(Check("Solve for x: 3x + 5 = 20.", working + "So the answer is x = 5.").pass);
}

TEST(EquationStepsTest, ACheckAskedForByOneRequestOnlyIsAnInstructionChange) {
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput asks;
  asks.prompt = "Solve for x: 3x + 5 = 20. Check the solution.";
  TaskInput plain;
  plain.prompt = "Solve for x: 3x + 5 = 20.";
  EXPECT_TRUE(rules->ReuseBlocked(plain.prompt, asks).skip);
  EXPECT_TRUE(rules->ReuseBlocked(asks.prompt, plain).skip);
  TaskInput other;
  other.prompt = "Solve for x: 3x + 5 = 20. Check the solution, please.";
  const SkipDecision d = rules->ReuseBlocked(asks.prompt, other);
  EXPECT_EQ(d.reason.find("check of the solution"), std::string::npos) << d.reason;
}

}  // namespace
TEST(RedTeamTest, RoundHundredFortyFiveSignsThatMayMeanPlusOrMinusADivisorBeforeAProductARoot) {
  // Own request: a ferry's cars. "+-" is typed for \u00B1 as often as for
  // adding a negative; "2/3c" is (2/3)c to some and 2/(3c) to others; a root
  // sign the reader does not read would leave "(4)c"; digits of other
  // scripts and NEL (round 141) are not read either.
  int read = 0;
  for (const std::string p :
       {"Solve for c: c +- 3 = 10", "Solve for c: c -+ 4 = 10", "Solve for c: c - 1 = +-3", "Solve for c: 2/3c = 4",
        "Solve for c: 12 \u00F7 3c = 2", "Solve for c: c/2(3) = 4", "Solve for c: c = 8/2(2+2)",
        "Solve for c: c/(2)(3) = 4", "Solve for c: \u221A(4)c = 6", "Solve for c: 3c + 5 = 2\u09EC",
        "Solve for c: 3c + 5 = 20\u0085\u2212 c"}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;  // (no equation read: the request ends in a clear error)
    ++read;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq)) << p;
  }
  EXPECT_GE(read, 9);
  // Spaced signs, a product before the division and a bracketed divisor
  // are read as written.
  for (const std::string p : {"Solve for c: c + -3 = 10", "Solve for c: 3c/4 = 6", "Solve for c: (2/3)c = 4",
                              "Solve for c: c/(2 + 1) = 4", "Solve for c: 3 - -c = 7"}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}

TEST(EquationRequestTest, ANumberWrittenInGroupsIsNamedNotReadInPart) {
  // Own requests: crates of a warehouse. "1,000c" is a thousand to one
  // reader and 1.000 to another; the equation reader reads neither and
  // would take "000c = 3" for the equation. The request ends in an error
  // naming the number; a point and plain digits stay read.
  for (const std::string p : {"Solve for c: 1,000c = 3,000. Show each step.", "Solve for c: 1,500c = 3,000.",
                              "Solve for c: 1'500c = 3'000.", "Solve for c: 4c = 12,000",
                              "Solve for c: 2\u2019500c = 5\u2019000"}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;
    std::string what;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq, &what)) << p;
    EXPECT_NE(what.find("separator inside it"), std::string::npos) << p << ": " << what;
  }
  for (const std::string p : {"Solve for c: 1000c = 3000.", "Solve for c: 1.5c = 3, then stop.",
                              "Solve for c: 4c = 12, and show each step.", "Solve for c: 2c + 1 = 7, 9 crates left"}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what) && what.find("separator inside it") != std::string::npos)
        << p << ": " << what;
  }
}

TEST(RedTeamTest, RoundHundredFiftyOneWordsThatMakeTheEquationABoundOrDenyIt) {
  // Own requests: a bakery's trays. "or above", "at the least", "not"
  // beside the equation ask for a bound or deny the equation: no one value
  // of c answers them.
  for (const std::string p :
       {"Solve for c: 4c - 3 = 21 or above. Show each step.", "Solve for c: 4c - 3 = 21 and up.",
        "Solve for c: 4c - 3 = 21 at the least. Show each step.", "Solve for c: 4c - 3 = 21 is never so.",
        "Solve for c: 4c - 3 = 21.\nOr below.\nShow each step.", "Solve for c: not 4c - 3 = 21.",
        "Find c if at least 4c - 3 = 21.", "Solve for c: 4c - 3 = 21, not once.",
        "Solve for c: 4c - 3 = 21. At least. Show each step."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    if (!eq) continue;
    std::string what;
    EXPECT_TRUE(AsksForAnotherValue(p, *eq, &what)) << p;
  }
  // The steps asked after the equation, and a full stop before other
  // sentences, stay as they were.
  for (const std::string p : {"Solve for c: 4c - 3 = 21. Show each step.", "Solve for c: 4c - 3 = 21, and show each step.",
                              "Solve for c: 4c - 3 = 21.\nShow your work.", "Do not use a calculator. Solve for c: 4c - 3 = 21."}) {
    const std::optional<LinearEquation> eq = FindEquationInPrompt(p);
    ASSERT_TRUE(eq.has_value()) << p;
    std::string what;
    EXPECT_FALSE(AsksForAnotherValue(p, *eq, &what)) << p << ": " << what;
  }
}

TEST(RedTeamTest, RoundHundredSixtySevenALineAfterTheFinalValueMayChangeIt) {
  // Own request: a tank's leak. What follows the value may scale it, turn
  // its sign or deny it; only the value again, a closing line or a rule may.
  const std::string ask = "Solve for t: 4t - 7 = 9. Show each step.";
  const std::string steps = "4t - 7 = 9\n4t = 16\nt = 4\n";
  for (const char* tail : {"%", "k", "negative", "(\u2212)", "squared", "in thousands", "Then double it.",
                           "Note: this is wrong.", "**%**", "*negative*", "Sign: negative", "-ish", "?", "cm",
                           "So t = 4.\ncubed", "Answer: 4\nk"}) {
    const CheckResult r = Check(ask, steps + tail);
    EXPECT_FALSE(r.pass) << tail;
  }
  for (const char* tail : {"", "Hope this helps!", "\\boxed{4}", "**4**", "Done.", "QED", "\u2713", "So t = 4.",
                           "Therefore t equals 4.", "```"}) {
    const CheckResult r = Check(ask, steps + tail);
    EXPECT_TRUE(r.pass) << tail << ": " << CheckResultToJson(r);
  }
}
TEST(RedTeamTest, RoundHundredEightyTwoSignsBeforeTheFinalValueOrJustTheCheck) {
  // Own request: a ferry's cars. A final value written with two signs is a
  // slip ("c = --12"), whatever it reads as; a request for the check alone
  // asks for no value.
  const std::string ask = "Solve for c: 9c + 5 = 113.";
  const std::string working = "9c + 5 = 113\n9c = 108\n";
  for (const char* last :
       {"c = --12", "c = - -12", "c = +-12", "c = \u2212\u221212", "c = -(-12)", "c = \u2212(\u221212)"}) {
    EXPECT_FALSE(Check(ask, working + last).pass) << last;
  }
  EXPECT_TRUE(Check(ask, working + "c = 12").pass);
  EXPECT_TRUE(Check("Solve for c: c - -3 = 15.", "c - -3 = 15\nc + 3 = 15\nc = 12").pass);
  for (const char* tail : {" Just the check.", " Only the check, please.", " Give the check alone.",
                           " Only give the check.", " The check, nothing else."}) {
    EXPECT_FALSE(Check(ask + tail, working + "c = 12").pass) << tail;
  }
  // (A check asked for beside the value needs a line that puts it in.)
  EXPECT_FALSE(Check(ask + " Check your answer.", working + "c = 12").pass);
  EXPECT_TRUE(Check(ask + " Check your answer.", working + "c = 12\nCheck: 9(12) + 5 = 113").pass);
}


TEST(RedTeamTest, RoundHundredSixtyNineALineBeforeTheFinalValueOrAfterAnArrow) {
  // Own request: a bakery's flour. A line of words between the working and
  // the final value, or words after an arrow, may scale, negate or deny it.
  const std::string ask = "Solve for f: 3f + 4 = 19. Show each step.";
  const std::string working = "3f + 4 = 19\n3f = 15\n";
  for (const char* before : {"As a percentage:", "Incorrect:", "Doubled:", "Not final:", "In grams:", "Verkehrt:",
                             "Cubed:", "Ignore the next line:", "%:"}) {
    const CheckResult r = Check(ask, working + before + "\nf = 5\nHope this helps!");
    EXPECT_FALSE(r.pass) << before;
  }
  for (const char* after : {"f = 5 \u2192 double it", "f = 5 => %", "f = 5 -> negative", "f = 5 \u21D2 in kg",
                            "f = 5 \u2192 \u00B2"}) {
    const CheckResult r = Check(ask, working + after + "\nDone.");
    EXPECT_FALSE(r.pass) << after;
  }
  // A line announcing what follows, with nothing after it but a closing.
  for (const char* hanging : {"So the answer is:\nThat's it.", "Final answer:\nQED"}) {
    const CheckResult r = Check(ask, working + "f = 5\n" + hanging);
    EXPECT_FALSE(r.pass) << hanging;
  }
  // Descriptions of a step and the value again pass, as does a chain of arrows.
  for (const std::string& right :
       std::vector<std::string>{working + "Divide both sides by 3:\nf = 5\nHope this helps!",
                                working + "So the answer is:\nf = 5\nDone.",
                                working + "Final answer:\n**f = 5**", "3f + 4 = 19 \u2192 3f = 15 \u2192 f = 5",
                                "3f + 4 = 19\nSubtract 4 from both sides:\n3f = 15\nDivide by 3:\nf = 5"}) {
    const CheckResult r = Check(ask, right);
    EXPECT_TRUE(r.pass) << right << ": " << CheckResultToJson(r);
  }
}

// Round 190 (d190-*): a stored solution whose step description names a
// number that coincided with another ("Divide both sides by 7" when the
// factor and the bracket's constant were both 7) was rewritten for a new
// equation with the description's number unchanged: every equation held, the
// described operation did not give it. A line's one operation on both sides
// must give its equation from the line before (the request's first).
TEST(RedTeamTest, RoundHundredNinetyAStepsDescribedOperationMustGiveItsEquation) {
  // Own requests: a ferry's cars and a choir's chairs.
  for (const auto& [ask, wrong] : std::vector<std::pair<std::string, std::string>>{
           {"Solve for c: 6(c + 5) = 66. Show each step.", "Divide both sides by 5: c + 5 = 11\nc = 6"},
           {"Solve for c: 6c - 2 = 34. Show each step.", "Add 6 to both sides: 6c = 36\nc = 6"},
           {"Solve for c: 6c - 2 = 34. Show each step.", "Adding 2 to both sides gives 6c = 36.\nDividing by 2 gives c = 6."},
           {"Solve for c: c/4 + 3 = 9. Show each step.", "Subtract 3 from both sides: c/4 = 6\nMultiplying by 3 gives c = 24."},
           {"Solve 5c + 3 = 4c + 9 step by step.", "Step 1: subtract 3c, c + 3 = 9\nStep 2: subtract 3, c = 6"},
           {"Solve for c: 7c + 4 = 46. Show each step.", "Step 1: subtract 7 from both sides, 7c = 42\nStep 2: c = 6"},
       }) {
    const CheckResult r = Check(ask, wrong);
    EXPECT_FALSE(r.pass) << wrong;
  }
  for (const auto& [ask, right] : std::vector<std::pair<std::string, std::string>>{
           {"Solve for c: 6(c + 5) = 66. Show each step.", "Divide both sides by 6: c + 5 = 11\nSubtract 5: c = 6"},
           {"Solve for c: 6c - 2 = 34. Show each step.", "Add 2 to both sides: 6c = 36\nDivide both sides by 6: c = 6"},
           {"Solve for c: c/4 + 3 = 9. Show each step.", "Subtract 3 from both sides: c/4 = 6\nMultiplying by 4 gives c = 24."},
           {"Solve 5c + 3 = 4c + 9 step by step.", "Step 1: subtract 4c, c + 3 = 9\nStep 2: subtract 3, c = 6"},
           {"Solve for c: 6c + 2 = 38. Show each step.", "Add -2 to both sides: 6c = 36\nDivide by 6: c = 6"},
       }) {
    const CheckResult r = Check(ask, right);
    EXPECT_TRUE(r.pass) << right << ": " << CheckResultToJson(r);
  }
  // A number the description gives for an operation the check cannot read
  // fails since round 197, right or not ("-(-2)"): patched, never reused.
  EXPECT_FALSE(Check("Solve for c: 6c - 2 = 34. Show each step.", "Add -(-2) to both sides: 6c = 36\nc = 6").pass);
}

// A step's description on the line above its equation ("Divide both sides by
// 5:") or in brackets after it ("(divide both sides by 5)") is read the same;
// a description in the past tense below an equation tells how that equation
// was made, not the next one.
TEST(EquationStepsTest, DescriptionsAboveOrAfterTheEquationAreRead) {
  const std::string ask = "Solve for c: 6(c + 5) = 66. Show each step.";
  for (const std::string& wrong : {std::string("Divide both sides by 5:\nc + 5 = 11\nc = 6"),
                                   std::string("c + 5 = 11 (divide both sides by 5)\nc = 6"),
                                   std::string("Step 1: Divide both sides by 5.\nStep 2: c + 5 = 11\nStep 3: c = 6")}) {
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
  }
  for (const std::string& right : {std::string("Divide both sides by 6:\nc + 5 = 11\nSubtract 5:\nc = 6"),
                                   std::string("c + 5 = 11 (divide both sides by 6)\n"
                                               "c = 6 (subtract 5 from both sides)."),
                                   std::string("6c + 30 = 66\nSubtracted 30 from both sides.\n6c = 36\nc = 6"),
                                   std::string("6c + 30 = 66\n6c = 36\nDivided both sides by 6.\nc = 6")}) {
    const CheckResult r = Check(ask, right);
    EXPECT_TRUE(r.pass) << right << ": " << CheckResultToJson(r);
  }
}

// Round 193 (d193-*): descriptions the check did not read — after the
// equation ("— multiplied both sides by 9", ", after we subtract 6", "|
// subtract 9"), in brackets after a step label, with a fraction, a number
// word, a part ("halve", "a third of") or another verb ("remove", "take
// away", "minus") — let a stored working whose description no longer fits
// be reused.
TEST(RedTeamTest, RoundHundredNinetyThreeDescriptionsInOtherPlacesAndWords) {
  // Own requests: a baker's trays and a kennel's dogs.
  for (const auto& [ask, wrong] : std::vector<std::pair<std::string, std::string>>{
           {"Solve 8d + 5 = 61 step by step.", "8d = 56\nd = 7 \xE2\x80\x94 multiplied both sides by 8.0"},
           {"Solve for d: 5(d + 2) = 45. Explain each step.", "d + 2 = 9\nd = 7 (subtract 5 from both sides)"},
           {"Solve for d: 6d + 4 = 46. Show each step.", "6d = 42, after we subtract 6 from both sides\nd = 7"},
           {"Solve for d: d/3 + 9 = 11. Show each step.", "d/3 = 2   | subtract 11 from both sides\nd = 6"},
           {"Solve for d: 4d = 28. Show each step.", "Step 1 (divide both sides by 7): d = 7"},
           {"Solve for d: 8(d + 1) = 64. Show each step.", "Multiply both sides by 1/4. This gives d + 1 = 8.\nd = 7"},
           {"Solve for d: 2d + 5 = 19. Show each step.", "Subtract nineteen from both sides to get 2d = 14.\nd = 7"},
           {"Solve for d: 3(d + 1) = 24. Show each step.", "Halve both sides; d + 1 = 8\nd = 7"},
           {"Solve for d: 2(d + 1) = 16. Show each step.", "Take a third of both sides: d + 1 = 8\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "Remove 29 from both sides: 3d = 21\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "Take away 3 from both sides: 3d = 21\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "Subtract 8 from both sides.\n3d + 8 = 29\n3d = 21\nd = 7"},
           {"Solve for d: d/2 + 8 = 11.", "Subtracting 8 and multiplying by 8 gives d = 6."},
           {"Solve for d: 5d + 2 = 3d + 16.", "Subtract 2d and 3 from both sides: 2d = 14\nd = 7"},
       }) {
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
  }
  for (const auto& [ask, right] : std::vector<std::pair<std::string, std::string>>{
           {"Solve 8d + 5 = 61 step by step.", "8d = 56\nd = 7 \xE2\x80\x94 divided both sides by 8.0"},
           {"Solve for d: 5(d + 2) = 45. Explain each step.", "d + 2 = 9 (divide both sides by 5)\nd = 7 (subtract 2)"},
           {"Solve for d: 6d + 4 = 46. Show each step.", "6d = 42, after we subtract 4 from both sides\nd = 7"},
           {"Solve for d: 4d = 28. Show each step.", "Step 1 (divide both sides by 4): d = 7"},
           {"Solve for d: 8(d + 1) = 64. Show each step.", "Multiply both sides by 1/8. This gives d + 1 = 8.\nd = 7"},
           {"Solve for d: 2d + 5 = 19. Show each step.", "Subtract five from both sides to get 2d = 14.\nd = 7"},
           {"Solve for d: 2(d + 1) = 16. Show each step.", "Halve both sides; d + 1 = 8\nd = 7"},
           {"Solve for d: 3(d + 1) = 24. Show each step.", "Take a third of both sides: d + 1 = 8\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "Remove 8 from both sides: 3d = 21\nd = 7"},
           {"Solve for d: d/2 + 8 = 11.", "Subtracting 8 and multiplying by 2 gives d = 6."},
           {"Solve for d: 5d + 2 = 3d + 16.", "Subtract 3d and 2 from both sides: 2d = 14\nd = 7"},
           // A plan beside or above the restated equation, or of several
           // operations above a line, is not read as that line's making.
           {"Solve for d: 3d + 8 = 29. Show each step.",
            "To solve 3d + 8 = 29, subtract 8 from both sides.\n3d = 21\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "Subtract 8, then divide by 3.\n3d + 8 = 29\n3d = 21\nd = 7"},
           {"Solve for d: 3d + 8 = 29. Show each step.", "We subtract 8 and divide by 3:\n3d = 21\nd = 7"},
       }) {
    const CheckResult r = Check(ask, right);
    EXPECT_TRUE(r.pass) << right << ": " << CheckResultToJson(r);
  }
}

// Round 195 (d195-*): a description on a line of its own in words the check
// does not read ("Subtrahiere 6 auf beiden Seiten.", "Trekk fra 5 p\u00E5 begge
// sider.") and a past-tense line in brackets below the equation ("(We
// subtracted 8 from both sides.)") let a false step be stored, and stitched
// answers carried such lines from other stored ones.
TEST(RedTeamTest, RoundHundredNinetyFiveLinesOfTheirOwnInOtherWordsOrBelow) {
  // Own requests: a gardener's rows of beans.
  const std::string ask = "Solve for g: 3g + 5 = 26. Show each step.";
  for (const std::string& wrong : {
           std::string("Subtrahiere 6 auf beiden Seiten.\n3g = 21\ng = 7"),
           std::string("Trekk fra 4 p\u00E5 begge sider.\n3g = 21\ng = 7"),
           std::string("Restamos 4 a ambos lados.\nThis keeps the equation balanced.\n3g = 21\ng = 7"),
           std::string("3g = 21\n(We subtracted 6 from both sides.)\ng = 7"),
           std::string("3g + 5 = 26\n3g = 21\n(We added 5 to both sides.)\ng = 7"),
           std::string("3g = 21\ng = 7\n(We divided both sides by 7.)"),
           // Right but in words no check reads: never reused, patched.
           std::string("Subtrahiere 5 auf beiden Seiten.\n3g = 21\ng = 7"),
           // Round 197: a number word of another language, an operation the check cannot read with a number.
           std::string("Trekk fra fem p\u00E5 begge sider: 3g = 21\ng = 7"),
           std::string("Subtrahiere sieben: 3g = 21\ng = 7"), std::string("Divide entre dos: 3g = 21\ng = 7"),
           std::string("3g = 21\nDel begge sider p\u00E5 fire: g = 7"),
           std::string("Move 4 to the other side: 3g = 21\ng = 7"), std::string("Simplify by 11: 3g = 21\ng = 7"),
           std::string("3g = 21\n(Subtraction of 7 from both sides.)\ng = 7"),
       }) {
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
  }
  for (const std::string& right : {
           std::string("3g = 21\n(We subtracted 5 from both sides.)\ng = 7"),
           std::string("3g + 5 = 26\n(We subtracted 5 from both sides.)\n3g = 21\ng = 7"),
           std::string("Trekk fra p\u00E5 begge sider.\n3g = 21\ng = 7"),
           std::string("3g = 21\ng = 7\n#### 7"),
           std::string("Step 1:\n3g = 21\nStep 2:\ng = 7"),
           std::string("Move the 5 to the other side: 3g = 21\nDivide by 3: g = 7"),
       }) {
    const CheckResult r = Check(ask, right);
    EXPECT_TRUE(r.pass) << right << ": " << CheckResultToJson(r);
  }
  // "1.000" may be a thousand: a stored "x = 1" rewritten to "x = 1.000" was served for "2x + 1.000 = 3.000".
  EXPECT_FALSE(Check("Solve for g: 2g + 1.000 = 3.000. Show each step.", "2g = 2\ng = 1").pass);
  EXPECT_TRUE(Check("Solve for g: 2g + 1.125 = 3.125. Show each step.", "2g = 2\ng = 1").pass);
}

// Round 200 (d200-*): steps described in words the checks do not read - a
// number word of a language beyond those listed ("Odejmij dziesi\u0119\u0107"),
// a collective ("a dozen", "a pair"), a term instead of a number ("the
// constant", "the t-term", "the right-hand side") - passed, were stored, and
// were reused and carried into other requests' answers.
TEST(RedTeamTest, RoundTwoHundredWorkingsInWordsTheChecksDoNotRead) {
  // Own requests: a beekeeper's frames, 4h + 6 = 30.
  for (const std::string& unread : {
           std::string("Odejmij sze\u015B\u0107 od obu stron: 4h = 24\nh = 6"),
           std::string("4h = 24\nHer iki taraf\u0131 d\u00F6rt ile b\u00F6l: h = 6"),
           std::string("\u4E21\u8FBA\u304B\u3089\u516D\u3092\u5F15\u304F: 4h = 24\nh = 6"),
           std::string("Subtract half a dozen from both sides: 4h = 24\nh = 6"),
           std::string("4h = 24\nDivide both sides by a pair of pairs: h = 6"),
           std::string("Move the h-term to the other side: 4h = 24\nh = 6"),
           std::string("4h = 24\nDivide by the constant: h = 6"),
           std::string("Subtract the coefficient from both sides: 4h = 24\nh = 6"),
           std::string("4h = 24\nDivide by the right-hand side: h = 6"),
           std::string("Halbiere beide Seiten: 2h + 3 = 15\nh = 6"),
           std::string("4h = 24\nTake a sixth of each side: h = 6"),
           // Round 201: the sides as what is subtracted or divided.
           std::string("Subtract both sides from six: 4h = 24\nh = 6"),
           std::string("Take away both sides from 6: 4h = 24\nh = 6"),
           std::string("From six, subtract both sides: 4h = 24\nh = 6"),
           std::string("Subtract from six both sides: 4h = 24\nh = 6"),
           std::string("Subtract from two both sides: 4h + 2 = 26\nh = 6"),
           std::string("4h = 24\nDivide four by both sides: h = 6"),
           std::string("4h = 24\nDivide 4 by each side: h = 6"),
       }) {
    EXPECT_FALSE(UnreadWorkingWord(unread, "h").empty()) << unread;
  }
  // Right workings in the words the checks read: stored as before (the
  // simulator's notations among them).
  for (const std::string& read : {
           std::string("Step 1: 4h + 6 = 30\nStep 2: 4h = 24\nStep 3: h = 6"),
           std::string("Start from the equation: 4h + 6 = 30\nSubtract 6 from both sides: 4h = 24\n"
                       "Divide both sides by 4: h = 6\nSo the answer is h = 6."),
           std::string("1. 4h + 6 = 30\n2. 4h = 24\n3. h = 6\nTherefore h equals 6."),
           std::string("4h + 6 = 30 \u2192 4h = 24 \u2192 h = 6"),
           std::string("```\nSwap the sides: 30 = 4h + 6\nSubtract 30 from both sides: -4h + 6 - 30 = 0\n```"),
           std::string("Let's solve it step by step. First, subtract 6 from both sides to isolate the term with h:\n"
                       "4h = 24\nNow divide both sides by 4:\nh = 6\nCheck: 4(6) + 6 = 30, which is true."),
           std::string("Expand and collect terms: 4h + 6 = 30\nMultiply both sides by 1/4: h + 1.5 = 7.5\nh = 6"),
           std::string("Move the 6 to the other side: 4h = 24\nHalve both sides twice: h = 6"),
           std::string("Take 6 off both sides: 4h = 24\nTake a quarter of both sides: h = 6"),
           std::string("From both sides, subtract 6: 4h = 24\nDivide by 4 on both sides: h = 6"),
       }) {
    EXPECT_EQ(UnreadWorkingWord(read, "h"), "") << read;
  }
}

// Round 202 (d202-*): lines written with "==", "===" or ":=" and values in
// raised fractions ("x = \u2078\u2044\u2083") were read by no check: a false one
// passed, was stored, and was carried into rewritten answers.
TEST(RedTeamTest, RoundTwoHundredTwoRelationsAndFormsNoCheckReads) {
  // Own requests: a cooperative's crates, 7c + 4 = 25.
  const std::string ask = "Solve for c: 7c + 4 = 25. Show each step.";
  for (const std::string& wrong : {
           std::string("7c + 4 == 25\n7c == 28\nc == 3\nSo the answer is c = 3."),
           std::string("7c + 4 = 25\n7c := 28\nc = 3"),
           std::string("7c + 4 = 25\n7c \u2254 28\nc = 3"),
       }) {
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
    EXPECT_FALSE(UnreadWorkingWord(wrong, "c").empty()) << wrong;
  }
  for (const std::string& unread : {std::string("7c + 4 = 25\n7c = 21\nc = \u2078\u2044\u2083\nc = 3"),
                                    std::string("7c = 21\nc = \\frac{21}{7} = 3")}) {
    EXPECT_FALSE(UnreadWorkingWord(unread, "c").empty()) << unread;
  }
  EXPECT_TRUE(Check(ask, "7c + 4 = 25\n7c = 21\nc = 3").pass);
  EXPECT_EQ(UnreadWorkingWord("7c + 4 = 25\n7c = 21\nc = 3", "c"), "");
}

// Round 203 (d203-*): in the words a working is written with, "Divide both
// sides by one fifth" was read as dividing by 5, "Subtract minus 2" as
// subtracting 2, and number words two in a row ("two twenty") or after an
// equals sign ("check: four times two = eleven") were read by no check.
TEST(RedTeamTest, RoundTwoHundredThreePartsSignsAndNumberWordsInAWorking) {
  // Own requests: a ferry's crossings, 5f = 30 and f/4 + 2 = 7.
  for (const std::string& wrong : {
           std::string("5f = 30\nDivide both sides by one fifth: f = 6"),
           std::string("5f = 30\nDivide both sides by a fifth: f = 6"),
       }) {
    EXPECT_FALSE(UnreadWorkingWord(wrong, "f").empty()) << wrong;
  }
  for (const std::string& wrong : {
           std::string("f/4 + 2 = 7\nSubtract minus 2 from both sides: f/4 = 5\nf = 20"),
           std::string("f/4 + 2 = 7\nTake minus 2 off both sides: f/4 = 5\nf = 20"),
       }) {
    EXPECT_FALSE(Check("Solve for f: f/4 + 2 = 7. Show each step.", wrong).pass) << wrong;
    EXPECT_FALSE(UnreadWorkingWord(wrong, "f").empty()) << wrong;
  }
  for (const std::string& unread : {
           std::string("5f = 30\nSo the answer is f = 6, check with six for f: five times six = thirty one"),
           std::string("5f + 22 = 52\nSubtract two twenty from both sides: 5f = 30\nf = 6"),
           std::string("5f + 21 = 51\nSubtract twenty one from both sides: 5f = 30\nf = 6"),
       }) {
    EXPECT_FALSE(UnreadWorkingWord(unread, "f").empty()) << unread;
  }
  EXPECT_EQ(UnreadWorkingWord("5f = 30\nDivide both sides by five: f = 6\nSo the answer is f = 6.", "f"), "");
  EXPECT_EQ(UnreadWorkingWord("5f = 30\nHalve both sides: 2.5f = 15\nf = 6", "f"), "");
}


// Round 205 (d205-*): lines written with an en dash inside brackets ("9(x
// \u2013 10) = -54", "x \u2013 10 = (\u20136)") were found by no step reader, so
// no check read them: another equation's lines stood in a stored working.
TEST(RedTeamTest, RoundTwoHundredFiveEnDashesInBracketsAreRead) {
  // Own request: a ferry's timetable, 6(m + 8) = -66.
  const std::string ask = "Solve 6(m + 8) = -66 step by step.";
  for (const std::string& wrong : {
           std::string("6(m \u2013 8) = -66\nm \u2013 8 = (\u201311)\n6(m + 8) = -66\nm + 8 = -11\nm = -19"),
           std::string("6(m + 8) = -66\nm + 8 = (\u201312)\nm + 8 = -11\nm = -19"),
       }) {
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
  }
  EXPECT_TRUE(Check(ask, "6(m + 8) = \u201366\nm + 8 = (\u201311)\nm = \u201319").pass);
  // An "=" in which the step reader finds no equation is never stored.
  EXPECT_FALSE(UnreadWorkingWord("6(m + 8) = -66\nm + 8 = [-11]\nm = -19", "m").empty());
  EXPECT_EQ(UnreadWorkingWord("6(m + 8) = -66\nm + 8 = (\u201311)\nm = -19", "m"), "");
}

// Round 207 (d207-*): a line without the variable between two equations in
// it ("Multiply both sides by 0: 0 = 0", "Divide both sides by 7: 187 =
// 187") was judged as arithmetic alone: the working went on from it, and the
// false working was stored.
TEST(RedTeamTest, RoundTwoHundredSevenALineWithoutTheVariableInsideAWorking) {
  // Own request: a bakery's trays, 9b + 5 = 293.
  const std::string ask = "Solve 9b + 5 = 293 for b. Explain each step.";
  for (const std::string& middle : {
           std::string("Multiply both sides by 0: 0 = 0"),
           std::string("Divide both sides by 0: 0 = 0"),
           std::string("Subtract 288 from both sides: 0 = 0"),
           std::string("Multiply both sides by 1: 288 = 288"),
           std::string("Divide both sides by 9: 32 = 32"),
       }) {
    const std::string wrong = "9b + 5 = 293\nSubtract 5 from both sides: 9b = 288\n" + middle +
                              "\nDivide both sides by 9: b = 32\nSo the answer is b = 32.";
    EXPECT_FALSE(Check(ask, wrong).pass) << wrong;
    EXPECT_FALSE(UnreadWorkingWord(wrong, "b").empty()) << wrong;
  }
  // A bare identity inside the working passes the checks but is not stored.
  const std::string bare = "9b + 5 = 293\n9b = 288\n288 = 288\nb = 32";
  EXPECT_FALSE(UnreadWorkingWord(bare, "b").empty());
  // A check after the value, and the value said again below it, are stored.
  const std::string checked = "9b + 5 = 293\nSubtract 5 from both sides: 9b = 288\nDivide both sides by 9: b = 32\n"
                              "Check: 9(32) + 5 = 293\nSo the answer is b = 32.";
  EXPECT_TRUE(Check(ask, checked).pass);
  EXPECT_EQ(UnreadWorkingWord(checked, "b"), "");
}

// Round 248 (d248-*): a working whose every line holds for the value but
// whose step follows from nothing done to both sides ("3y + 8 = 29" ->
// "y + 8 = 15", "4y + 5 = 2y + 5" -> "12y + 5 = 5") was stored and served
// again; and a stored working without a check was served for "Check the
// solution."
TEST(RedTeamTest, RoundTwoHundredFortyEightEachStepFollowsFromTheOneBefore) {
  EXPECT_FALSE(Check("Solve 3y + 8 = 29 step by step.", "3y + 8 = 29\ny + 8 = 15\ny = 7").pass);
  EXPECT_FALSE(Check("Solve 5(n + 5) = 55.", "5(n + 5) = 55\n5n + 5 = 35\n5n = 30\nn = 6").pass);
  EXPECT_FALSE(Check("Solve 4y + 5 = 2y + 5.", "4y + 5 = 2y + 5\n12y + 5 = 5\n12y = 0\ny = 0").pass);
  EXPECT_FALSE(Check("Solve 7m + 12 = 12.", "7m + 12 = 12\n6m = 0\nm = 0").pass);
  EXPECT_FALSE(Check("Solve 3t + 5 = 5.", "3t + 5 = 5 \u2192 4t = 0 \u2192 t = 0").pass);
  // The steps workings take: a term moved, both sides divided, by -1, a
  // move and a division at once, fractions cleared, the sides swapped, the
  // brackets expanded, and anything made of the value once it is stated.
  for (const auto& [ask, working] : std::vector<std::pair<std::string, std::string>>{
           {"Solve 3y + 8 = 29.", "3y + 8 = 29\n3y = 21\ny = 7"},
           {"Solve 5(n + 5) = 55.", "5(n + 5) = 55\n5n + 25 = 55\n5n = 30\nn = 6"},
           {"Solve 6x + 2 = 14.", "6x + 2 = 14\n3x = 6\nx = 2"},
           {"Solve 10 = 4 + 2x.", "10 = 4 + 2x\n2x = 6\nx = 3"},
           {"Solve -3x + 4 = -11.", "-3x + 4 = -11\n-3x = -15\n3x = 15\nx = 5"},
           {"Solve x/3 - 2 = 1/3.", "x/3 - 2 = 1/3\nx - 6 = 1\nx = 7"},
           {"Solve 7 = 2x + 1.", "7 = 2x + 1\n6 = 2x\n3 = x\nx = 3"},
           {"Solve 2x + 3 = x + 7.", "2x + 3 = x + 7\n2x - x = 7 - 3\nx = 4"},
           {"Solve 7m + 12 = 12.", "7m + 12 = 12\n7m = 0\nm = 0"},
           {"Solve 4x = 6.", "4x = 6\n2x = 3\nx = 3/2"},
           {"Solve 3x + 4 = 19 and give 2x.", "3x + 4 = 19\n3x = 15\nx = 5\n2x = 10"}}) {
    EXPECT_TRUE(Check(ask, working).pass) << ask << " / " << working;
  }
  // A check asked for; not a sentence about someone else checking.
  for (const char* ask : {"Solve 3x + 5 = 20. Check the solution.", "Solve 3x + 5 = 20. Also verify your answer.",
                          "Solve 3x + 5 = 20 and check it.", "Solve 3x + 5 = 20. Include a check at the end."}) {
    EXPECT_FALSE(Check(ask, "3x + 5 = 20\n3x = 15\nx = 5").pass) << ask;
  }
  EXPECT_TRUE(Check("Solve 3x + 5 = 20. The teacher will check it tomorrow.", "3x + 5 = 20\n3x = 15\nx = 5").pass);
  EXPECT_TRUE(Check("Solve 3x + 5 = 20. No need to check.", "3x + 5 = 20\n3x = 15\nx = 5").pass);
  // The sides taken from a number is that number less each side, which no
  // step here reads (round 201's probes, answered fresh on the patch path).
  EXPECT_FALSE(Check("Solve 7n + 8 = 64.", "7n + 8 = 64\nSubtract each side from eight: 7n = 56\nn = 8").pass);
  EXPECT_FALSE(Check("Solve 8n + 15 = 55.", "8n + 15 = 55\nTake both sides from fifteen: 8n = 40\nn = 5").pass);
  EXPECT_TRUE(Check("Solve 7n + 8 = 64.", "7n + 8 = 64\nTake 8 off both sides: 7n = 56\nn = 8").pass);
}

// Round 252 (d252-*): "Solve 5t + 18 = 8 for t. Check." was read as denying
// the check (the variable t stood for the "t" of "don't"), so a stored working
// without one was served; "Show that it works." and checks asked in other
// languages were not read; a check of another value passed; and the solver's
// fallback working, with no check, was served for a check asked.
TEST(RedTeamTest, RoundTwoHundredFiftyTwoChecksAskedAndChecksOfAnotherValue) {
  for (const std::string p : {"Solve 5t + 18 = 8 for t. Check.", "Solve 5t + 18 = 8 for t.\nCheck the solution.",
                              "Solve 5t + 18 = 8. Show that it works.", "Solve 5t + 18 = 8. Mach die Probe.",
                              "Solve 5t + 18 = 8. Kontroller svaret.", "Solve 5t + 18 = 8. Can you check it too?",
                              "Solve 5t + 18 = 8. Sanity-check it.", "Afterwards, verify. Solve 5t + 18 = 8.",
                              "\xE9\xAA\x8C\xE7\xAE\x97\xE4\xB8\x80\xE4\xB8\x8B\xE3\x80\x82 Solve 5t + 18 = 8.",
                              "Solve 5t + 18 = 8. \xC3\x9C" "berpr\xC3\xBC" "fe die L\xC3\xB6sung.",
                              "Solve 5t + 18 = 8 for t, step by step. And prove it.",
                              "Solve 5t + 18 = 8. Show each step. Run a quick check."}) {
    EXPECT_TRUE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  for (const std::string p : {"Solve 5t + 18 = 8. No need to check.", "Solve 5t + 18 = 8. Don't check it.",
                              "Solve 5t + 18 = 8. No need to prove it.",
                              "Solve 5t + 18 = 8. The teacher will check it tomorrow."}) {
    EXPECT_FALSE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  EXPECT_FALSE(Check("Solve 5t + 18 = 8 for t. Check.", "5t + 18 = 8\n5t = -10\nt = -2").pass);
  EXPECT_TRUE(Check("Solve 5t + 18 = 8 for t. Check.", "5t + 18 = 8\n5t = -10\nt = -2\nCheck: 5(-2) + 18 = 8").pass);
  // A check of another value fails, asked for or not.
  for (const std::string ask : {"Solve for y: 7y - 18 = 66.", "Solve for y: 7y - 18 = 66. Check your answer."}) {
    EXPECT_FALSE(Check(ask, "7y - 18 = 66\n7y = 84\nCheck: 7(13) - 18 = 73\nSo y = 12").pass) << ask;
  }
  // The solver's fallback holds the check asked for.
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  for (const std::string p : {"Solve 5t + 18 = 8 for t. Check.", "Solve 5a - 3 = 2a + 9 and check your answer.",
                              "Solve 2x + 1 = 8. Verify your answer."}) {
    TaskInput input;
    input.prompt = p;
    const std::optional<std::string> fallback = rules->FallbackAnswer(input);
    ASSERT_TRUE(fallback.has_value()) << p;
    EXPECT_NE(fallback->find("Check: "), std::string::npos) << *fallback;
    EXPECT_TRUE(rules->Check(input, *fallback).pass) << p << "\n" << *fallback << "\n" << CheckResultToJson(rules->Check(input, *fallback));
  }
}

// Round 255 (d255-*): a check asked in words the reader did not list ("With
// check.", "Answer with a check.", "Steps, answer, check.") was read as none,
// and a stored working without one was served.
TEST(RedTeamTest, RoundTwoHundredFiftyFiveChecksAskedInOtherWords) {
  for (const std::string p : {"Solve for x: 2x - 5 = 19. With check.", "Solve for x: 2x - 5 = 19. Answer with a check.",
                              "Solve for x: 2x - 5 = 19. Steps, answer, check.",
                              "Solve for x: 2x - 5 = 19. Each step, then a check.",
                              "Solve for x: 2x - 5 = 19. Double check the answer."}) {
    EXPECT_TRUE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  // Two requests that speak of a check in other words share no answer,
  // whatever the reader makes of them.
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  for (const std::string now : {"Solve for x: 2x - 5 = 19. Reply with check.", "Solve for x: 2x - 5 = 19. Verify.",
                                "Solve for x: 2x - 5 = 19. Check your spelling."}) {
    input.prompt = now;
    EXPECT_TRUE(rules->ReuseBlocked("Solve for x: 2x - 5 = 19.", input).skip) << now;
  }
  input.prompt = "Solve for x:  2x - 5 = 19.";
  EXPECT_FALSE(rules->ReuseBlocked("Solve for x: 2x - 5 = 19.", input).skip);
}

// Round 257 (d257-*): a step's description on a Markdown label line
// ("### Step 1: ...", "**Step 1:** ...", "*Step 1:*", "**Step 2** ...") was not
// read, nor one whose number is written in other digits ("by \u2079"), so a
// false one was stored and served.
TEST(RedTeamTest, RoundTwoHundredFiftySevenDescriptionsOnMarkdownLabelLines) {
  const std::string ask = "Solve 2n + 5 = 21 for n.";
  for (const std::string label : {"### Step 2: ", "**Step 2:** ", "*Step 2:* ", "__Step 2:__ ", "**Step 2** ",
                                  "### 2. ", "Step two: "}) {
    const std::string head = "2n + 5 = 21\n### Step 1: Subtract 5 from both sides\n2n = 16\n";
    EXPECT_FALSE(Check(ask, head + label + "Multiply both sides by 2\nn = 8").pass) << label;
    EXPECT_TRUE(Check(ask, head + label + "Divide both sides by 2\nn = 8").pass) << label;
  }
  EXPECT_FALSE(Check(ask, "2n + 5 = 21\n**Step 1: Subtract 4 from both sides**\n2n = 16\nn = 8").pass);
  EXPECT_TRUE(Check(ask, "2n + 5 = 21\n**Step 1:** Subtract 5 from both sides: 2n = 16\n"
                         "**Step 2:** Divide both sides by 2: n = 8").pass);
  for (const char* digit : {"\u2079", "\uFF19", "\u0669", "\U0001D7D7", "\uFF12"}) {
    EXPECT_FALSE(Check(ask, std::string("2n + 5 = 21\nSubtract 5 from both sides\n2n = 16\nDivide both sides by ") +
                                digit + "\nn = 8")
                     .pass)
        << digit;
  }
}

// Round 258 (d258-*): step labels behind other marks (a quote, a table row,
// brackets, bullets, "STEP 1 -", "Step-1:") and checks asked in other words
// ("Test it.", "(check)", "Steps & check.") were not read.
TEST(RedTeamTest, RoundTwoHundredFiftyEightLabelsBehindMarksAndChecksInOtherWords) {
  const std::string ask = "Solve 2n + 5 = 21 for n.";
  for (const std::string label : {"> Step 2: ", "> 2. ", ">> Step 2: ", "| Step 2 | ", "| 2 | ", "STEP 2 - ",
                                  "- **Step 2:** ", "`Step 2:` ", "[Step 2] ", "+ Step 2: ", "\u2022 Step 2: ",
                                  "\u27A4 Step 2: ", "Step-2: "}) {
    const std::string head = "2n + 5 = 21\nSubtract 5 from both sides\n2n = 16\n";
    EXPECT_FALSE(Check(ask, head + label + "Multiply both sides by 2\nn = 8").pass) << label;
    EXPECT_TRUE(Check(ask, head + label + "Divide both sides by 2\nn = 8").pass) << label;
  }
  // (A dash after the label's colon is the equation's sign; found by linear_equation_fuzz.)
  EXPECT_EQ(StripStepLabel("Step 1: -  2(y - 3) = 4y + 1"), "-  2(y - 3) = 4y + 1");
  EXPECT_EQ(StripStepLabel("STEP 1 - Divide both sides by 2"), "Divide both sides by 2");
  EXPECT_EQ(StripStepLabel("Step 1: .4 + 2 = 7 - 2(y - 3)"), ".4 + 2 = 7 - 2(y - 3)");
  EXPECT_FALSE(Check(ask, "2n + 5 = 21\n| Step 1 | Subtract 5 from both sides | 2n = 16 |\n"
                          "| Step 2 | Multiply both sides by 2 | n = 8 |").pass);
  for (const std::string p : {"Solve 6y + 15 = 3 for y. Test it.", "Solve 6y + 15 = 3 for y. (check)",
                              "Solve 6y + 15 = 3 for y. Steps & check.", "Solve 6y + 15 = 3 for y. + check"}) {
    EXPECT_TRUE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
}

// Round 260 (d260-*): a label the checks do not strip put its numbers into
// the step's description ("Step 2 of 2: Divide both sides by 8" read as two
// operations, a plan, not judged), and a check asked by "checking" or "need
// a check" was not read ("need" was taken for "no need").
TEST(RedTeamTest, RoundTwoHundredSixtyLabelsWithNumbersAndChecksAskedByNeed) {
  const std::string ask = "Solve the equation 7p - 6 = -27 step by step.";
  for (const std::string label : {"Step 2 of 2: ", "<h3>Step 2</h3> ", "\u3010Step 2\u3011", "Operation 2: ",
                                  "Line 2: ", "Step number 2: ", "~ Step 2: ", "- [ ] Step 2: ", "\u00ABStep 2\u00BB ",
                                  "Schritt 2: ", "1.) "}) {
    const std::string head = "7p - 6 = -27\nAdd 6 to both sides\n7p = -21\n";
    EXPECT_FALSE(Check(ask, head + label + "Divide both sides by 8\np = -3").pass) << label;
  }
  // (The right one passes under a label the final answer's check reads; the
  // others' words before the final answer keep it from passing at all.)
  for (const std::string label : {"Step 2 of 2: ", "1.) "}) {
    EXPECT_TRUE(Check(ask, "7p - 6 = -27\nAdd 6 to both sides\n7p = -21\n" + label + "Divide both sides by 7\np = -3").pass)
        << label;
  }
  // (A number before the operation that is its own still reads.)
  EXPECT_TRUE(Check(ask, "7p - 6 = -27\n6 is added to both sides: 7p = -21\np = -3").pass);
  for (const std::string p : {"Checking please. Solve for y: 4y + 24 = 60.", "Solve 5x + 3 = 33 for x. Needs checking.",
                              "Solve for n: 8n + 19 = 3. Need a check.", "Solve for n: 8n + 19 = 3. I need a sanity check.",
                              "Solve for n: 8n + 19 = 3. Proof?", "Risolvi 8n + 19 = 3. Controlla il risultato."}) {
    EXPECT_TRUE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  for (const std::string p : {"Solve for n: 8n + 19 = 3. No need for a proof.", "Solve for n: 8n + 19 = 3. Without checking.",
                              "Solve for n: 8n + 19 = 3. No need for you to check."}) {
    EXPECT_FALSE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
}

// Rounds 260 and 264 (d260-fb00-v06, d260-fb07-v06): a check asked with a
// past participle ("Get it checked.") was not read, so the solver's working
// without a check was served fresh. A participle that tells what was done
// asks nothing.
TEST(RedTeamTest, RoundTwoHundredSixtyChecksAskedWithAParticiple) {
  for (const std::string p : {"Solve the equation 3z + 2 = -22 step by step. Get it checked.",
                              "Find t if 2t + 16 = 14. Show your working. Get it checked.",
                              "Solve 5x + 3 = 33 for x. Have the answer verified.", "Solve 5x + 3 = 33. Needs checked.",
                              "Solve 5x + 3 = 33. I'd like it tested.", "Solve 5x + 3 = 33. It must be checked.",
                              "Solve 5x + 3 = 33; the result needs to be verified.",
                              "Solve 5x + 3 = 33. Please get x double-checked."}) {
    EXPECT_TRUE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  for (const std::string p : {"Solve 5x + 3 = 33. I checked it already.", "Solve 5x + 3 = 33. I have verified the data.",
                              "Solve 5x + 3 = 33. It has been checked.", "Solve 5x + 3 = 33. The sum was tested.",
                              "Solve 5x + 3 = 33. Don't get it checked.", "Solve 5x + 3 = 33. No need to have it verified.",
                              "Solve 5x + 3 = 33. The teacher will have it checked."}) {
    EXPECT_FALSE(AsksForACheck(p, *FindEquationInPrompt(p))) << p;
  }
  // The solver's working without a check is refused; with one it passes.
  EXPECT_FALSE(Check("Solve 5x + 3 = 33. Get it checked.", "5x + 3 = 33\n5x = 30\nx = 6").pass);
  EXPECT_TRUE(Check("Solve 5x + 3 = 33. Get it checked.", "5x + 3 = 33\n5x = 30\nx = 6\nCheck: 5(6) + 3 = 33").pass);
}

// Round 262 (d262-i015-line13): "Don't explain." was answered by the
// solver's whole working. Talk around the answer denied asks for the answer
// without a working, unless a working is asked as well.
TEST(RedTeamTest, RoundTwoHundredSixtyTwoExplanationDenied) {
  const std::string working = "5y + 3 = 16\n5y = 13\ny = 13/5";
  for (const std::string p : {"Solve for y: 5y + 3 = 16. Don't explain.", "Solve for y: 5y + 3 = 16. No fluff.",
                              "Solve for y: 5y + 3 = 16. No commentary, please.",
                              "Solve for y: 5y + 3 = 16. Without explanation."}) {
    EXPECT_EQ(AskedFormOf(p), AskedForm::kOneLine) << p;
    EXPECT_FALSE(Check(p, working).pass) << p;
    EXPECT_TRUE(Check(p, "y = 13/5").pass) << p;
  }
  for (const std::string p : {"Solve for y: 5y + 3 = 16. Show the steps, no explanation needed.",
                              "Solve for y: 5y + 3 = 16 step by step. No fluff."}) {
    EXPECT_EQ(AskedFormOf(p), AskedForm::kSteps) << p;
    EXPECT_TRUE(Check(p, working).pass) << p;
  }
  EXPECT_EQ(AskedFormOf("Solve for y: 5y + 3 = 16. Just the number, no explanation."), AskedForm::kValueOnly);
}

// Round 262 (d262-a021-sci) and earlier (d43-f-float): a form of the value
// no check reads ("in scientific notation", "as a float", "an estimate",
// "Drop the fractional part") was answered by the plain value. The request
// asks for more than the value: no answer passes, none is reused.
TEST(RedTeamTest, RoundTwoHundredSixtyTwoFormsOfTheValueNoCheckReads) {
  for (const std::string ask : {"Write y in scientific notation.", "Give y as a float.", "Give an estimate of y.",
                                "Drop the fractional part.", "Truncate y.", "Give y roughly.", "State its parity."}) {
    const std::string p = "What is y? 2y - 6 = -1 " + ask;
    std::string what;
    EXPECT_TRUE(AsksForAnotherValue(p, *FindEquationInPrompt(p), &what)) << p;
    EXPECT_FALSE(Check(p, "y = 2.5").pass) << p;
  }
  EXPECT_TRUE(Check("What is y? 2y - 6 = -1", "y = 2.5").pass);
}

// Round 262 (d262-*): a stored one-line answer was reused for a request
// that asks for the working, and a stored working for one that asks for the
// value alone or one line: the form asked is read, and the answer must have it.
TEST(RedTeamTest, RoundTwoHundredSixtyTwoTheFormTheRequestAsks) {
  const std::pair<const char*, AskedForm> kForms[] = {
      {"What is x if 8x + 14 = 174? Solve step by step.", AskedForm::kSteps},
      {"Solve for x: 3x + 5 = 20. Show your work.", AskedForm::kSteps},
      {"Find x if 2x - 4 = 8. One equation per line, each step shown.", AskedForm::kSteps},
      {"What is y if 2y - 3 = 9? Give the full solution.", AskedForm::kSteps},
      {"Solve 8m + 4 = 21 for m. Keep it to a single line.", AskedForm::kOneLine},
      {"Solve 8m + 4 = 21 for m. Show no steps.", AskedForm::kOneLine},
      {"Solve 8m + 4 = 21 for m. Final answer only.", AskedForm::kOneLine},
      {"Solve 8m + 4 = 21 for m. No working needed.", AskedForm::kOneLine},
      {"Solve for x: 7x - 5 = 58. Only write the last step.", AskedForm::kOneLine},
      {"What is x? 3x - 6 = -16 Bare number only.", AskedForm::kValueOnly},
      {"Solve for x: 4x + 17 = -27. Respond with a number and nothing else.", AskedForm::kValueOnly},
      {"Solve for t: 9t + 15 = 26. Don't write 't ='.", AskedForm::kValueOnly},
      {"Solve for m: 6m + 19 = 0. Leave out the variable.", AskedForm::kValueOnly},
      {"Solve for x: 3x + 5 = 20. Show your steps. Give only the number.", AskedForm::kBoth},
      {"Solve for x: 3x + 5 = 20. Keep it short: equations only, no explanations.", AskedForm::kAny},
      {"Solve for x: 3x + 5 = 20.", AskedForm::kAny},
      {"Work out the value of x for which 3x + 5 = 20 holds.", AskedForm::kAny},
  };
  for (const auto& [prompt, form] : kForms) EXPECT_EQ(static_cast<int>(AskedFormOf(prompt)), static_cast<int>(form)) << prompt;
  const std::string working = "8x + 14 = 174\n8x = 160\nx = 20";
  EXPECT_FALSE(Check("What is x if 8x + 14 = 174? Solve step by step.", "x = 20").pass);
  EXPECT_TRUE(Check("What is x if 8x + 14 = 174? Solve step by step.", working).pass);
  EXPECT_FALSE(Check("Solve 8x + 14 = 174 for x. Keep it to a single line.", working).pass);
  EXPECT_TRUE(Check("Solve 8x + 14 = 174 for x. Keep it to a single line.", "x = 20").pass);
  EXPECT_FALSE(Check("What is x? 8x + 14 = 174 Bare number only.", working).pass);
  EXPECT_FALSE(Check("What is x? 8x + 14 = 174 Bare number only.", "x = 20").pass);
  EXPECT_FALSE(Check("What is x? 8x + 14 = 174 Bare number only.", "21").pass);
  EXPECT_TRUE(Check("What is x? 8x + 14 = 174 Bare number only.", "20").pass);
  EXPECT_TRUE(Check("What is x? 3x - 6 = -16 Bare number only.", "-10/3").pass);
}

// Round 264 (d264-*): the form asked in words the first reading did not
// list ("Just give me the number.", "A plain number, please.", "Single-line
// answer.", "Show the math.", "Show me how.", "Sans \u00E9tapes.", "Tylko
// liczba.", "Don't skip the steps."); round 265 (d265-*): a working whose
// first line calls a scaled equation the request ("The equation is 2(w + 2)
// = 6" for 8(w + 2) = 24) was reused for it.
TEST(RedTeamTest, RoundTwoHundredSixtyFourAndFiveFormsInOtherWordsAndAFalseRestatement) {
  const std::pair<const char*, AskedForm> kForms[] = {
      {"Solve for x: 2x + 3 = -15. Just give me the number.", AskedForm::kValueOnly},
      {"Solve for y: 9y + 8 = 53. A plain number, please.", AskedForm::kValueOnly},
      {"Solve for y: 9y + 8 = 53. Tylko liczba.", AskedForm::kValueOnly},
      {"Solve for n: 8n + 1 = 57. Single-line answer.", AskedForm::kOneLine},
      {"Solve for n: 8n + 1 = 57. Nur die L\u00F6sung.", AskedForm::kOneLine},
      {"Solve for n: 8n + 1 = 57. Sans \u00E9tapes.", AskedForm::kOneLine},
      {"Solve 2m - 12 = 16 for m. Show the math.", AskedForm::kSteps},
      {"Find n: 6n - 3 = 81 Show the process.", AskedForm::kSteps},
      {"Solve 2m - 12 = 16 for m. Show me how.", AskedForm::kSteps},
      {"Solve 2m - 12 = 16 for m. How do you get there?", AskedForm::kSteps},
      {"Solve 2m - 12 = 16 for m. Don't skip the steps.", AskedForm::kSteps},
      {"Solve 2m - 12 = 16 for m. Break it down.", AskedForm::kSteps},
  };
  for (const auto& [prompt, form] : kForms) EXPECT_EQ(static_cast<int>(AskedFormOf(prompt)), static_cast<int>(form)) << prompt;
  EXPECT_FALSE(Check("What is w? 8(w + 2) = 24. Show your work.",
                     "1. The equation is 2(w + 2) = 6.\n2. w + 2 = 3\n3. w = 1\nAnswer: w = 1").pass);
  EXPECT_FALSE(Check("Solve the equation 16(r + 4) = -16. Number the steps.", "Start: 4(r + 4) = -4\nr + 4 = -1\nr = -5").pass);
  EXPECT_FALSE(Check("What is x? 30x + 30 = 240. Show your work.",
                     "3x + 3 = 24\nOriginal equation: 3x + 3 = 24\nSubtract 3 from both sides: 3x = 21\n"
                     "Divide both sides by 3: x = 7").pass);
  EXPECT_TRUE(Check("Solve the equation 16(r + 4) = -16. Number the steps.",
                    "Start: 16(r + 4) = -16\nDivide both sides by 16: r + 4 = -1\nr = -5").pass);
  EXPECT_TRUE(Check("Solve the equation 8(w + 2) = 24.", "Given: 8w + 16 = 24\nSubtract 16 from both sides: 8w = 8\nw = 1").pass);
}

}  // namespace stepcache::checks
