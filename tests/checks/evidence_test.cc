// Evidence-bound reuse and the extraction checks, on requests written by hand
// in the forms users write them: other labels, prose, one-line records,
// several records, realistic model mistakes. Each family of the reuse-safety
// issue has a case here; property tests draw random label drifts and record
// selections.
#include "stepcache/checks/evidence.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stepcache/checks/rules.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::checks {
namespace {

const char kPersonSchema[] =
    R"({"type":"object","properties":{"full_name":{"type":"string","description":"Name"},
        "age":{"type":"integer","description":"Age"},"city":{"type":"string","description":"City"}},
        "required":["full_name","age","city"],"additionalProperties":false})";

struct Judged {
  bool pass = false;
  std::vector<std::string> failing;  // pointers of failing steps and failures
  std::string text;                  // the whole verdict, for messages
};

// Runs the built-in json_extract rules on `output` for `prompt`.
Judged CheckExtraction(const std::string& prompt, const std::string& schema_text, const std::string& output) {
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  rapidjson::Document schema_doc;
  EXPECT_TRUE(ParseJson(schema_text, schema_doc));
  auto schema = schemas::Schema::Compile(schema_doc, ResponseSchemaOptions());  // as the engine compiles it
  TaskInput input;
  input.prompt = prompt;
  input.schema = schema.get();
  input.schema_json = &schema_doc;
  CheckResult r = rules->Check(input, output);
  Judged j;
  j.pass = r.pass;
  for (std::size_t i : r.failing_steps) j.failing.push_back(r.steps[i].pointer);
  for (const auto& f : r.failures) j.failing.push_back(f.pointer);
  j.text = CheckResultToJson(r);
  return j;
}

bool Fails(const Judged& j, const std::string& pointer) {
  return !j.pass && std::find(j.failing.begin(), j.failing.end(), pointer) != j.failing.end();
}

std::vector<MemberReuse> Compare(const std::string& old_prompt, const std::string& new_prompt,
                                 const std::string& answer, const std::string& schema_text = kPersonSchema) {
  rapidjson::Document doc, schema;
  EXPECT_TRUE(ParseJson(answer, doc));
  EXPECT_TRUE(ParseJson(schema_text, schema));
  SourceText a(old_prompt), b(new_prompt);
  return CompareEvidence(a, b, doc, &schema);
}

const MemberReuse& Member(const std::vector<MemberReuse>& v, const std::string& pointer) {
  for (const MemberReuse& m : v) {
    if (m.pointer == pointer) return m;
  }
  static MemberReuse none;
  ADD_FAILURE() << "no verdict for " << pointer;
  return none;
}

const char kAsk[] = "Extract full_name, age and city as JSON.\n\nText:\n";

// The label table's prepared entries are what their definitions say: its
// own labels are MemberLabels, its others every other member's label that
// none of its own labels matches, and the canonical words are
// CanonicalWords of each, word for word.
TEST(MemberLabelTableTest, EntriesFollowTheirDefinitions) {
  const char* const kSchemas[] = {
      kPersonSchema,
      R"({"type":"object","properties":{"invoice_number":{"type":"string","description":"Invoice"},
          "date":{"type":"string"},"due_date":{"type":"string"},"vendor":{"type":"string"},
          "vendor_address":{"type":"string"},"customer_email":{"type":"string"},
          "subtotal":{"type":"number"},"total":{"type":"number"},"payment_terms":{"type":"string"}}})",
      R"({"type":"object","properties":{"age":{"type":"integer","description":"Age in years"},
          "years":{"type":"integer"},"previous_city":{"type":"string"},"city":{"type":"string"},
          "weight_kg":{"type":"number"},"mass":{"type":"number","description":"Mass in pounds"},
          "phoneNumber":{"type":"string"},"telephone":{"type":"string"},"non_smoker":{"type":"boolean"},
          "smoker":{"type":"boolean"},"from":{"type":"string"},"to":{"type":"string"}}})",
  };
  for (const char* text : kSchemas) {
    rapidjson::Document schema;
    ASSERT_TRUE(ParseJson(text, schema));
    MemberLabelTable table(&schema);
    std::vector<std::string> keys;
    for (const auto& p : schema["properties"].GetObject()) keys.emplace_back(p.name.GetString());
    std::vector<std::string> words;
    table.AppendAllWords(&words);
    for (const std::string& w : words) EXPECT_TRUE(table.HasWord(w)) << w;
    EXPECT_FALSE(table.HasWord("zzz-not-a-label"));
    for (std::size_t i = 0; i < keys.size(); ++i) {
      MemberLabelTable::Entry scratch;
      const MemberLabelTable::Entry& e = table.Find(keys[i], &scratch);
      LabelSets own = MemberLabels(keys[i], &schema);
      EXPECT_EQ(e.own, own) << keys[i];
      LabelSets others;
      for (std::size_t j = 0; j < keys.size(); ++j) {
        if (j == i) continue;
        for (const auto& l : MemberLabels(keys[j], &schema)) {
          bool inside = false;
          for (const auto& o : own) inside = inside || LabelMatch(o, l) > 0;
          if (!inside) others.push_back(l);
        }
      }
      EXPECT_EQ(e.others, others) << keys[i];
      ASSERT_EQ(e.own_canonical.size(), e.own.size());
      for (std::size_t k = 0; k < e.own.size(); ++k) EXPECT_EQ(e.own_canonical[k], CanonicalWords(e.own[k]));
      ASSERT_EQ(e.others_canonical.size(), e.others.size());
      for (std::size_t k = 0; k < e.others.size(); ++k) {
        EXPECT_EQ(e.others_canonical[k], CanonicalWords(e.others[k]));
      }
      LabelSets unused;
      EXPECT_EQ(table.Own(keys[i], &unused), e.own);
      EXPECT_EQ(table.Others(keys[i]), e.others);
    }
    // A key the schema lacks: its own labels from the key alone, no others.
    MemberLabelTable::Entry scratch;
    const MemberLabelTable::Entry& e = table.Find("home_town", &scratch);
    EXPECT_EQ(e.own, MemberLabels("home_town", &schema));
    EXPECT_TRUE(e.others.empty());
    ASSERT_EQ(e.own_canonical.size(), e.own.size());
    for (std::size_t k = 0; k < e.own.size(); ++k) EXPECT_EQ(e.own_canonical[k], CanonicalWords(e.own[k]));
  }
}

TEST(SourceTextTest, TokenizeReadsNumbersAndWords) {
  auto norms = [](std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : Tokenize(text)) out.push_back(t.norm);
    return out;
  };
  EXPECT_EQ(norms("2024-03-14"), (std::vector<std::string>{"2024", "-", "3", "-", "14"}));
  EXPECT_EQ(norms("Paid 1,234.50 EUR, -7 and .5 or x-3"),
            (std::vector<std::string>{"paid", "1234.5", "eur", ",", "-7", "and", "0.5", "or", "x", "-", "3"}));
  const std::vector<Token> t = Tokenize("total: 1,200,300 (12,34)");
  ASSERT_EQ(t.size(), 8u);  // total : 1200300 ( 12 , 34 )
  EXPECT_EQ(t[2].number, 1200300);
  EXPECT_EQ(t[2].end, 16u);
  EXPECT_EQ(t[4].number, 12);  // "12,34" is no thousands group
  EXPECT_EQ(t[6].number, 34);
  // A number longer than any buffer, and a word longer than a short string.
  const std::string digits(80, '7');
  const std::vector<Token> big = Tokenize(digits + ".25 Supercalifragilistic");
  ASSERT_EQ(big.size(), 2u);
  EXPECT_EQ(big[0].kind, TokenKind::kNumber);
  EXPECT_EQ(big[0].end, 83u);
  EXPECT_DOUBLE_EQ(big[0].number, std::stod(digits + ".25"));
  EXPECT_EQ(big[1].norm, "supercalifragilistic");
}

TEST(SourceTextTest, NormalizeTextCollapsesAndTrims) {
  EXPECT_EQ(NormalizeText("  Acme\t\tLtd.,  4 MAIN St.;  "), "acme ltd., 4 main st");
  EXPECT_EQ(NormalizeText(" \n "), "");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText("a . ,"), "a");
  EXPECT_EQ(NormalizeText(std::string("x\0Y", 3)), std::string("x\0y", 3));
}

TEST(SourceTextTest, SplitsInstructionsFromTheSourceText) {
  SourceText s(std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon");
  ASSERT_EQ(s.fields().size(), 3u);
  EXPECT_EQ(s.fields()[1].label, "age");
  EXPECT_EQ(s.fields()[1].value, "41");
  EXPECT_FALSE(s.FindInSource("Jonas Berg").empty());
  EXPECT_TRUE(s.FindInSource("city").size() == 1);  // the label, not the instruction's "city"
  EXPECT_TRUE(s.FindInSource("Extract").empty());   // instructions are no source
  // Whole tokens only.
  EXPECT_TRUE(s.FindInSource("Jonas Ber").empty());
  EXPECT_TRUE(s.FindInSource("Lis").empty());
}

TEST(SourceTextTest, OneLineRecordsAndProseWithoutAMarker) {
  SourceText one("Return JSON with name, age and city.\n\nName: Ann Lee | Age: 31 | City: Porto");
  ASSERT_EQ(one.fields().size(), 3u);
  EXPECT_EQ(one.fields()[0].value, "ann lee");
  EXPECT_EQ(one.fields()[2].value, "porto");
  SourceText prose("Jonas Berg, 41, works as a nurse in Lisbon.\n\nExtract the name and city as JSON.");
  EXPECT_FALSE(prose.FindInSource("nurse").empty());
  EXPECT_TRUE(prose.FindInSource("json").empty());
}

TEST(SourceTextTest, RecordsAndTheSelectedOne) {
  const std::string text = "Customer 1:\nName: Ann Lee\nAge: 31\n\nCustomer 2:\nName: Bo Chen\nAge: 45\n";
  SourceText second("Extract the SECOND customer's name and age as JSON.\n\nText:\n" + text);
  ASSERT_EQ(second.records().size(), 2u);
  ASSERT_TRUE(second.selected_record().has_value());
  EXPECT_EQ(*second.selected_record(), 1u);
  SourceText by_value("Extract the name and age of the customer who is 31 as JSON.\n\nText:\n" + text);
  ASSERT_TRUE(by_value.selected_record().has_value());
  EXPECT_EQ(*by_value.selected_record(), 0u);
  SourceText unclear("Extract the customer's name and age as JSON.\n\nText:\n" + text);
  EXPECT_TRUE(unclear.ambiguous_records());
  SourceText negated("Extract the sender, not the recipient, as JSON.\n\nText:\nSender:\nName: Ann Lee\n"
                     "Recipient:\nName: Bo Chen\n");
  ASSERT_TRUE(negated.selected_record().has_value());
  EXPECT_EQ(*negated.selected_record(), 0u);
}

// ---- the families of the reuse-safety issue ----------------------------------

TEST(EvidenceTest, LabelDriftFailsTheMovedMember) {
  const std::string before = std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon\nRoom: 27";
  const std::string after = std::string(kAsk) + "Name: Jonas Berg\nAge in years: 27\nCity: Lisbon\nRoom: 41";
  auto v = Compare(before, after, R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})");
  EXPECT_FALSE(Member(v, "/age").pass) << Member(v, "/age").reason;
  EXPECT_TRUE(Member(v, "/full_name").pass) << Member(v, "/full_name").reason;
  EXPECT_TRUE(Member(v, "/city").pass);
  // And the check itself rejects the stale value for the new text.
  EXPECT_TRUE(Fails(CheckExtraction(after, kPersonSchema, R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})"),
                    "/age"));
  EXPECT_TRUE(CheckExtraction(after, kPersonSchema, R"({"full_name":"Jonas Berg","age":27,"city":"Lisbon"})").pass);
}

TEST(EvidenceTest, DistractorLabelIsNotTheMembersEvidence) {
  const std::string prompt =
      std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCurrent city: Lisbon\nBorn in: Osaka";
  EXPECT_TRUE(Fails(CheckExtraction(prompt, kPersonSchema, R"({"full_name":"Aiko Sato","age":33,"city":"Osaka"})"),
                    "/city"));
  Judged right = CheckExtraction(prompt, kPersonSchema, R"({"full_name":"Aiko Sato","age":33,"city":"Lisbon"})");
  EXPECT_TRUE(right.pass) << right.text;
  // Reusing a cached "City: Osaka" answer for it fails the city.
  auto v = Compare(std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCity: Osaka", prompt,
                   R"({"full_name":"Aiko Sato","age":33,"city":"Osaka"})");
  EXPECT_FALSE(Member(v, "/city").pass);
}

TEST(EvidenceTest, RecordSelectionChecksTheSelectedRecord) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"]})";
  const std::string text = "Customer 1:\nName: Ann Lee\nAge: 31\n\nCustomer 2:\nName: Bo Chen\nAge: 45\n";
  const std::string second = "Extract the SECOND customer's name and age as JSON.\n\nText:\n" + text;
  const std::string first = "Extract the FIRST customer's name and age as JSON.\n\nText:\n" + text;
  Judged right = CheckExtraction(second, schema, R"({"name":"Bo Chen","age":45})");
  EXPECT_TRUE(right.pass) << right.text;
  EXPECT_FALSE(CheckExtraction(second, schema, R"({"name":"Ann Lee","age":31})").pass);
  EXPECT_FALSE(CheckExtraction(second, schema, R"({"name":"Bo Chen","age":31})").pass);
  // The first record's cached answer is no evidence for the second.
  auto v = Compare(first, second, R"({"name":"Ann Lee","age":31})", schema);
  EXPECT_FALSE(Member(v, "/name").pass);
  EXPECT_FALSE(Member(v, "/age").pass);
  // When the instruction does not say which, nothing can be verified.
  EXPECT_FALSE(CheckExtraction("Extract the customer's name and age as JSON.\n\nText:\n" + text, schema,
                               R"({"name":"Ann Lee","age":31})")
                   .pass);
}

TEST(EvidenceTest, RepeatedNumbersAreAmbiguousEvidence) {
  const std::string schema =
      R"({"type":"object","properties":{"adults":{"type":"integer"},"children":{"type":"integer"}}})";
  auto v = Compare("Extract adults and children as JSON.\n\nText:\nBooking for 2 adults and 2 children.",
                   "Extract adults and children as JSON.\n\nText:\nBooking for 3 adults and 2 children.",
                   R"({"adults":2,"children":2})", schema);
  EXPECT_FALSE(Member(v, "/adults").pass);
  EXPECT_FALSE(Member(v, "/children").pass);
  EXPECT_FALSE(Member(v, "/adults").rewrite.has_value());
}

TEST(EvidenceTest, OldValueStillPresentElsewhereFails) {
  auto v = Compare(std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon",
                   std::string(kAsk) + "Name: Jonas Berg\nAge: 42 (was 41 last year)\nCity: Lisbon",
                   R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})");
  EXPECT_FALSE(Member(v, "/age").pass);
  EXPECT_FALSE(Member(v, "/age").rewrite.has_value());
  EXPECT_TRUE(Member(v, "/city").pass);
}

TEST(EvidenceTest, ACorrectionLineFailsTheMemberItSpeaksOf) {
  auto v = Compare(std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon",
                   std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon\nCorrection: the city is Porto.",
                   R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})");
  EXPECT_FALSE(Member(v, "/city").pass) << Member(v, "/city").reason;
  // A correction may change more than the member it names ("problem solved,
  // ticket closed" changes the status, d18-enum-log): no member is reused.
  EXPECT_FALSE(Member(v, "/age").pass);
}

TEST(EvidenceTest, ARewriteIsStillFailedByACorrectionOnTheLineTheOldFieldHad) {
  // The cached field "Age: 29" stood on line 4; in the new text line 4 is a
  // correction. The rewrite to the new "Age: 34" must still see it.
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  auto v = Compare("Return the employee's name and age.\nRecord:\nName: Siv Aas\nYears employed: 34\nAge: 29\n",
                   "Return the employee's name and age.\nRecord:\nName: Siv Aas\nAge: 34\n"
                   "Correction: Age should read 43 (digits swapped).\n",
                   R"({"name":"Siv Aas","age":29})", schema);
  EXPECT_FALSE(Member(v, "/age").pass) << Member(v, "/age").reason;
  // (The correction line stops the reuse of every member, name included:
  // ACorrectionLineFailsTheMemberItSpeaksOf.)
  EXPECT_FALSE(Member(v, "/name").pass) << Member(v, "/name").reason;
}

TEST(EvidenceTest, AChangedFieldValueIsRewrittenOnlyWhenItIsTheWholeField) {
  auto v = Compare(std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon",
                   std::string(kAsk) + "Name: Jonas Berg\nAge: 44\nCity: Lisbon",
                   R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})");
  ASSERT_TRUE(Member(v, "/age").pass) << Member(v, "/age").reason;
  ASSERT_TRUE(Member(v, "/age").rewrite.has_value());
  EXPECT_EQ(*Member(v, "/age").rewrite, "44");
  // A member that was a part of its field is not rewritten.
  auto part = Compare(std::string(kAsk) + "Name: Jonas Berg\nAge: 41 years\nCity: Lisbon",
                      std::string(kAsk) + "Name: Jonas Berg\nAge: 44 years\nCity: Lisbon",
                      R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})");
  EXPECT_FALSE(Member(part, "/age").pass);
}

TEST(EvidenceTest, SafeChangesKeepEveryMember) {
  const std::string answer = R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})";
  const std::string base = std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon";
  for (const std::string& changed :
       {std::string(kAsk) + "City: Lisbon\nName: Jonas Berg\nAge: 41",                      // line order
        std::string(kAsk) + "Name:   Jonas Berg\n\nAge: 41\nCity:  Lisbon  ",               // whitespace
        std::string(kAsk) + "The office is closed on public holidays.\nName: Jonas Berg\nAge: 41\nCity: Lisbon",  // intro
        std::string("Please give me full_name, age and city as a JSON object.\n\nText:\n") +
            "Name: Jonas Berg\nAge: 41\nCity: Lisbon"}) {  // paraphrased instruction
    auto v = Compare(base, changed, answer);
    for (const MemberReuse& m : v) EXPECT_TRUE(m.pass) << changed << "\n" << m.pointer << ": " << m.reason;
  }
}

TEST(EvidenceTest, AValueTheNewTextAlsoGivesInPassingIsNotReused) {
  const std::string base = std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo";
  const std::string answer = R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})";
  for (const std::string& added : {std::string("\nShe wrote 34 on the form."),
                                   std::string("\nHer sister, also 34, lives in Oslo too.")}) {
    auto v = Compare(base, base + added, answer);
    EXPECT_FALSE(Member(v, "/age").pass) << added;
  }
  // A sentence added below the record may change it in words no rule reads
  // ("Sold out this morning", "Rettelse: ..."): no member is kept. Above
  // the record it introduces the text and keeps every member.
  for (const MemberReuse& m : Compare(base, base + "\nThe form was filed on a Tuesday.", answer)) {
    EXPECT_FALSE(m.pass) << m.pointer;
  }
  const std::string intro = std::string(kAsk) + "The form was filed by the front desk.\nName: Siv Aas\nAge: 34\nCity: Oslo";
  for (const MemberReuse& m : Compare(base, intro, answer)) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  // Unless it holds what a value could be: a name, a place, a number, a
  // remark in brackets ("Customer file (she has since relocated to
  // Bergen):").
  for (const char* line : {"The form was filed by Ola Nordmann.", "Siv has since relocated to Bergen.",
                           "Customer file (see the note from the clerk):", "The form was filed 3 days late."}) {
    for (const MemberReuse& m : Compare(base, std::string(kAsk) + line + "\nName: Siv Aas\nAge: 34\nCity: Oslo", answer)) {
      EXPECT_FALSE(m.pass) << line << " " << m.pointer;
    }
  }
}

TEST(EvidenceTest, KeyOrderOfTheAnswerDoesNotMatter) {
  auto v = Compare(std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon",
                   std::string(kAsk) + "City: Lisbon\nName: Jonas Berg\nAge: 41",
                   R"({"city":"Lisbon","age":41,"full_name":"Jonas Berg"})");
  for (const MemberReuse& m : v) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
}

// ---- what may be stored: plain evidence -------------------------------------

// The plain flag of each member of `answer` for `prompt`, as "/ptr=0|1 ...".
std::string PlainFlags(const std::string& prompt, const std::string& answer,
                       const std::string& schema_text = kPersonSchema) {
  rapidjson::Document doc, schema;
  EXPECT_TRUE(ParseJson(answer, doc));
  EXPECT_TRUE(ParseJson(schema_text, schema));
  std::string out;
  for (const MemberEvidence& e : FindEvidence(SourceText(prompt), doc, &schema)) {
    out += (out.empty() ? "" : " ") + e.pointer + "=" + (e.plain ? "1" : "0");
  }
  return out;
}

// The storable flag of each member (MemberEvidence::storable), as PlainFlags.
std::string StoreFlags(const std::string& prompt, const std::string& answer, const std::string& schema_text) {
  rapidjson::Document doc, schema;
  EXPECT_TRUE(ParseJson(answer, doc));
  EXPECT_TRUE(ParseJson(schema_text, schema));
  std::string out;
  for (const MemberEvidence& e : FindEvidence(SourceText(prompt), doc, &schema)) {
    out += (out.empty() ? "" : " ") + e.pointer + "=" + (e.storable ? "1" : "0");
  }
  return out;
}

// Round 18 (d18-*): a note line in words the checks do not read ("will join
// as well", "running three days behind schedule") stops reuse of every
// member and keeps the answer out of the store; a note that changes nothing
// ("details below") does neither.
TEST(RedTeamTest, RoundEighteenUnreadNoteLinesStopReuseAndStorage) {
  const std::string record = std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo\n";
  const std::string answer = R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})";
  for (const char* note : {"Message from Siv: her birthday is on Friday, so add one.",
                           "Update from the registry office: the family relocated last week.",
                           "Phoned at noon, she says this card is not current any more."}) {
    for (const MemberReuse& m : Compare(record, record + note + "\n", answer)) {
      EXPECT_FALSE(m.pass) << note << " " << m.pointer;
    }
    EXPECT_EQ(PlainFlags(record + note + "\n", answer), "/full_name=0 /age=0 /city=0") << note;
  }
  // Above the record, such a line introduces it.
  for (const char* note : {"Forwarded from the front desk; details below.", "Comment: filed by the clerk."}) {
    const std::string above = std::string(kAsk) + note + "\nName: Siv Aas\nAge: 34\nCity: Oslo\n";
    for (const MemberReuse& m : Compare(record, above, answer)) {
      EXPECT_TRUE(m.pass) << note << " " << m.pointer << ": " << m.reason;
    }
  }
}

TEST(PlainEvidenceTest, AFieldThatStatesOnlyTheValueIsPlain) {
  const std::string answer = R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})";
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo", answer),
            "/full_name=1 /age=1 /city=1");
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas | Age: 34 years old | City: Oslo.", answer),
            "/full_name=1 /age=1 /city=1");
  const std::string parcel =
      R"({"type":"object","properties":{"weight":{"type":"number"},"amount":{"type":"number"},"paid":{"type":"boolean"}}})";
  EXPECT_EQ(PlainFlags("Weight, amount and paid as JSON.\n\nText:\nWeight: 70 kg\nAmount: 1,250.50 EUR\nPaid: yes",
                       R"({"weight":70,"amount":1250.5,"paid":true})", parcel),
            "/weight=1 /amount=1 /paid=1");
}

TEST(PlainEvidenceTest, AQualifiedCorrectedOrRepeatedValueIsNot) {
  const std::string answer = R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})";
  for (const std::string& age : {std::string("Age: 34 months"), std::string("Age: over 34"),
                                 std::string("Age: 34 (her mother's age)"), std::string("Age: 34 (confirmed)")}) {
    EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\n" + age + "\nCity: Oslo", answer),
              "/full_name=1 /age=0 /city=1")
        << age;
  }
  // A sentence that repeats the value: since round 44 a line of prose in
  // words the checks do not read keeps every member out (UnreadProseLine).
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\nAge: 34\nShe wrote 34 on the form.\nCity: Oslo", answer),
            "/full_name=0 /age=0 /city=0");
  // A note that may change a value keeps every member out of the store,
  // whichever it names: "Customer file (she has since relocated)" names the
  // customer and changes the city.
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCorrection: age should read 43\nCity: Oslo", answer),
            "/full_name=0 /age=0 /city=0");
  // (Since round 197 a word of change after a mark in any field keeps every
  // member out: "Gate: A | moved to Molde" moves the city.)
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas (maiden name; now Siv Lie)\nAge: 34\nCity: Oslo", answer),
            "/full_name=0 /age=0 /city=0");
  // Prose: a line with a word of change or contrast states nothing plainly.
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Siv Aas, who turned 34 last spring, lives in Oslo.", answer),
            "/full_name=0 /age=0 /city=0");
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Siv Aas is 34 and lives in Oslo.", answer),
            "/full_name=1 /age=1 /city=1");
}

TEST(PlainEvidenceTest, AMoreSpecificFieldOfTheSameKindDoesNotMakeItUnclear) {
  const std::string schema =
      R"({"type":"object","properties":{"city":{"type":"string","description":"Current city"}}})";
  EXPECT_EQ(PlainFlags("Extract the city as JSON.\n\nText:\nCurrent city: Lisbon\nBirth city: Osaka",
                       R"({"city":"Lisbon"})", schema),
            "/city=1");
  // ... but two fields that name it equally well do.
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo\nCity: Bergen",
                       R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})"),
            "/full_name=1 /age=1 /city=0");
}

// ---- extraction mistakes caught on first generation -------------------------

TEST(ExtractionCheckTest, TruncatedAndPrefixValuesAreNotGrounded) {
  const std::string schema =
      R"({"type":"object","properties":{"email":{"type":"string"},"job":{"type":"string"}}})";
  const std::string prompt = "Extract email and job as JSON.\n\nText:\nEmail: sofia.ferreira@example.com\nJob: dentist";
  EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"email":"sofia.ferreira@example.com","job":"dentist"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"email":"sofia.ferreira@examp","job":"dentist"})"),
                    "/email"));
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"email":"sofia.ferreira@example.com","job":"denti"})"),
                    "/job"));
}

TEST(ExtractionCheckTest, FragmentsAndFillerWordsOfProseFail) {
  const std::string schema =
      R"({"type":"object","properties":{"full_name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string prompt = "Jonas Berg works as a nurse in Lisbon.\n\nExtract full_name and city as JSON.";
  EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"full_name":"Jonas Berg","city":"Lisbon"})").pass);
  Judged wrong = CheckExtraction(prompt, schema, R"({"full_name":"Berg","city":"in"})");
  EXPECT_TRUE(Fails(wrong, "/full_name")) << wrong.text;
  EXPECT_TRUE(Fails(wrong, "/city")) << wrong.text;
  // A value from the instructions is no value of the text.
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"full_name":"Jonas Berg","city":"JSON"})"), "/city"));
}

TEST(ExtractionCheckTest, ANumberCopiedFromAnotherFieldFails) {
  const std::string prompt = std::string(kAsk) + "Name: Jonas Berg\nRoom: 41\nAge: 27\nCity: Lisbon";
  EXPECT_TRUE(Fails(CheckExtraction(prompt, kPersonSchema, R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})"),
                    "/age"));
  // Also when the age is stated in prose and only the room number is labelled.
  const std::string schema = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Extract the age as JSON.\n\nText:\nJonas is 27.\nRoom: 41", schema,
                                    R"({"age":41})"),
                    "/age"));
}

TEST(ExtractionCheckTest, AValueTheTextQualifiesCorrectsOrCutsFails) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"job":{"type":"string"}}})";
  const std::string ask = "Return the employee's name, age and job.\nRecord:\nName: Siv Aas\n";
  const std::string right = R"({"name":"Siv Aas","age":34,"job":"nurse practitioner"})";
  EXPECT_TRUE(CheckExtraction(ask + "Age: 34\nPosition: nurse practitioner", schema, right).pass);
  EXPECT_TRUE(CheckExtraction(ask + "Age: 34 years old\nPosition: nurse practitioner", schema, right).pass);
  for (const std::string& age : {std::string("Age: 34 months"), std::string("Age: over 34"),
                                 std::string("Age: 34 (her mother's age)"),
                                 std::string("Age: 34\nCorrection: Age should read 43 (digits swapped).")}) {
    Judged j = CheckExtraction(ask + age + "\nPosition: nurse practitioner", schema, right);
    EXPECT_TRUE(Fails(j, "/age")) << age << "\n" << j.text;
  }
  // A cut inside another field's value, whatever its label.
  EXPECT_TRUE(Fails(CheckExtraction(ask + "Age: 34\nPosition: nurse practitioner", schema,
                                    R"({"name":"Siv Aas","age":34,"job":"nurse"})"),
                    "/job"));
  // A value the instruction asks changed ("five years from now") cannot be verified.
  EXPECT_TRUE(Fails(CheckExtraction("Return the employee's name, her age five years from now and her job.\n"
                                    "Record:\nName: Siv Aas\nAge: 34\nPosition: nurse practitioner",
                                    schema, right),
                    "/age"));
}

TEST(ExtractionCheckTest, RightAnswersInOtherFormsPass) {
  const std::string schema =
      R"({"type":"object","properties":{"invoice":{"type":"string","description":"Invoice number"},
          "amount":{"type":"number"},"paid":{"type":"boolean"}},"required":["invoice","amount","paid"]})";
  for (const std::string& text : {std::string("Invoice number: INV-7\nAmount: 1,200.50\nPaid: yes"),
                                  std::string("Invoice number: INV-7 | Amount: 1,200.50 | Paid: yes"),
                                  std::string("Invoice number: INV-7; Amount: 1,200.50; Paid: Yes.")}) {
    Judged j = CheckExtraction("Extract invoice, amount and paid as JSON.\n\nText:\n" + text, schema,
                               R"({"invoice":"INV-7","amount":1200.5,"paid":true})");
    EXPECT_TRUE(j.pass) << text << "\n" << j.text;
    EXPECT_FALSE(CheckExtraction("Extract invoice, amount and paid as JSON.\n\nText:\n" + text, schema,
                                 R"({"invoice":"INV-7","amount":1200.5,"paid":false})")
                     .pass)
        << text;
  }
}

// ---- found by hand-written probes (tests/redteam) ----------------------------

TEST(RedTeamTest, AQualifiedFieldNoLongerStatesItsOldValue) {
  const std::string base = std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Oslo";
  const std::string answer = R"({"full_name":"Jonas Berg","age":41,"city":"Oslo"})";
  for (const std::string& changed : {std::string(kAsk) + "Name: Jonas Berg\nAge: 41 (in 2019; he is 46 now)\nCity: Oslo",
                                     std::string(kAsk) + "Name: Jonas Berg\nAge: 41 -> 42 (birthday today)\nCity: Oslo",
                                     std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Oslo (not anymore; he lives in Bergen now)"}) {
    auto v = Compare(base, changed, answer);
    bool any_failed = false;
    for (const MemberReuse& m : v) any_failed = any_failed || !m.pass;
    EXPECT_TRUE(any_failed) << changed;
    for (const MemberReuse& m : v) {
      if (m.rewrite) {
        EXPECT_EQ(m.rewrite->find("now"), std::string::npos) << *m.rewrite;
      }
    }
  }
}

TEST(RedTeamTest, NumbersAsTheTextMeansThem) {
  const std::string schema = R"({"type":"object","properties":{"balance":{"type":"number"}}})";
  for (const char* text : {"Balance: 42.00k", "Balance: 42.00 million", "Balance: 42.00-", "Balance: (42.00)",
                           "Balance: minus 42.00"}) {
    EXPECT_FALSE(CheckExtraction(std::string("Extract the balance as JSON.\n\nText:\n") + text, schema,
                                 R"({"balance":42})").pass)
        << text;
  }
}

TEST(RedTeamTest, NegatedLabelsAndCorrections) {
  const std::string smoker = R"({"type":"object","properties":{"smoker":{"type":"boolean"}}})";
  EXPECT_FALSE(CheckExtraction("Return smoker as JSON.\n\nText:\nNon-smoker: no", smoker, R"({"smoker":false})").pass);
  EXPECT_TRUE(CheckExtraction("Return smoker as JSON.\n\nText:\nNon-smoker: no", smoker, R"({"smoker":true})").pass);
  const std::string age = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  EXPECT_FALSE(CheckExtraction("Return the age as JSON.\n\nText:\nAge: 40\nUpdate: the age is 42.", age,
                               R"({"age":40})").pass);
  EXPECT_FALSE(CheckExtraction("Return the age as JSON.\n\nPriya turned 29 last spring. Correction: she is actually "
                               "30, not 29.",
                               age, R"({"age":29})").pass);
}

TEST(RedTeamTest, TablesAndTheEntityTheInstructionNames) {
  const std::string table = "Extract the Blender row.\n| Product | Price | Stock |\n|---|---|---|\n"
                            "| Kettle | 24.90 | 12 |\n| Toaster | 31.50 | 0 |\n| Blender | 49.00 | 7 |\n";
  const std::string schema =
      R"({"type":"object","properties":{"product":{"type":"string"},"price":{"type":"number"},"stock":{"type":"integer"}}})";
  EXPECT_TRUE(CheckExtraction(table, schema, R"({"product":"Blender","price":49,"stock":7})").pass);
  EXPECT_FALSE(CheckExtraction(table, schema, R"({"product":"Blender","price":31.5,"stock":0})").pass);
  const std::string wife = "Extract name, age and city of his wife as JSON.\nText:\nName: Jonas Berg\nAge: 41\n"
                           "City: Oslo\nWife: Eva Berg, 39, lives in Oslo too\n";
  const std::string person =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  EXPECT_FALSE(CheckExtraction(wife, person, R"({"name":"Jonas Berg","age":41,"city":"Oslo"})").pass);
  EXPECT_TRUE(CheckExtraction(wife, person, R"({"name":"Eva Berg","age":39,"city":"Oslo"})").pass);
}

TEST(RedTeamTest, FromAndToNameTheSenderAndTheRecipient) {
  const std::string text = "Parcel 7731\nFrom: Ines Moreau, Lyon\nTo: Karl Weiss, Graz\n";
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  for (const std::string& ask : {std::string("Return the recipient's name and city.\n"),
                                 std::string("Return the name and city of the person who is not the sender.\n")}) {
    EXPECT_FALSE(CheckExtraction(ask + text, schema, R"({"name":"Ines Moreau","city":"Lyon"})").pass) << ask;
    EXPECT_TRUE(CheckExtraction(ask + text, schema, R"({"name":"Karl Weiss","city":"Graz"})").pass) << ask;
  }
}

TEST(RedTeamTest, AMemberMoreSpecificThanTheTextsField) {
  const std::string prompt = "Return the requested name as JSON.\n\nText:\nName: Jonas Berg\nAge: 41";
  const std::string first = R"({"type":"object","properties":{"name":{"type":"string","description":"first name only"}}})";
  EXPECT_FALSE(CheckExtraction(prompt, first, R"({"name":"Jonas Berg"})").pass);
  const std::string months = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  EXPECT_FALSE(CheckExtraction("Return the age in months as JSON.\n\nText:\nName: Jonas Berg\nAge: 41", months,
                               R"({"age":41})").pass);
}

TEST(RedTeamTest, DelimitedTablesAreReadByTheirHeader) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  for (const std::string& table : {std::string("name,tenure,age\nSiv Aas,34,30\n"),
                                   std::string("name;tenure;age\nSiv Aas;34;30\n"),
                                   std::string("name\ttenure\tage\nSiv Aas\t34\t30\n"),
                                   std::string("\"name\",\"tenure (years)\",\"age\"\n\"Aas, Siv\",34,30\n")}) {
    const std::string prompt = "Return the employee's name and age.\n" + table;
    const std::string name = table.find("Aas, Siv") != std::string::npos ? "Aas, Siv" : "Siv Aas";
    Judged right = CheckExtraction(prompt, schema, R"({"name":")" + name + R"(","age":30})");
    EXPECT_TRUE(right.pass) << table << right.text;
    // The tenure's 34, copied into the age, is another column's value.
    Judged wrong = CheckExtraction(prompt, schema, R"({"name":")" + name + R"(","age":34})");
    EXPECT_TRUE(Fails(wrong, "/age")) << table << wrong.text;
  }
  // Two cells of words under two cells of words read as prose, not a table.
  const SourceText prose("Extract the name.\nText:\nJonas Berg, Oslo\nAnna Holm, Bergen\n");
  EXPECT_TRUE(prose.fields().empty());
}

TEST(RedTeamTest, AValueThatHeldUntilAChangeIsNotStated) {
  const std::string schema =
      R"({"type":"object","properties":{"job":{"type":"string"},"city":{"type":"string"}}})";
  const std::string prompt = "Read the paragraph and return job and city as JSON.\n\n"
                             "Priya Nair worked as a pharmacist in Ghent until she moved to Bruges, where she now teaches.\n";
  Judged old = CheckExtraction(prompt, schema, R"({"job":"pharmacist","city":"Ghent"})");
  EXPECT_TRUE(Fails(old, "/job")) << old.text;
  EXPECT_TRUE(Fails(old, "/city")) << old.text;
  EXPECT_TRUE(Fails(CheckExtraction("Return the city as JSON.\n\nPriya Nair moved from Ghent to Bruges in May.\n",
                                    schema, R"({"city":"Ghent"})"),
                    "/city"));
  EXPECT_TRUE(CheckExtraction("Return the city as JSON.\n\nPriya Nair lives in Ghent and works as a pharmacist.\n",
                              schema, R"({"job":"pharmacist","city":"Ghent"})")
                  .pass);
  // Other words for a past state, and a place someone left.
  for (const char* text : {"Emil Sand used to work as a baker in Aarhus; these days he drives a taxi in Odense.",
                           "After ten years in Aarhus, Emil left for Odense in March.",
                           "Emil, who was born in Aarhus, moved to Odense."}) {
    const std::string prompt = std::string("Return the city as JSON.\n\n") + text + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"city":"Aarhus"})"), "/city")) << text;
    EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"city":"Odense"})").pass) << text;
  }
  const std::string employer = R"({"type":"object","properties":{"employer":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the employer as JSON.\n\nKari Dahl no longer works for Statoil; she "
                                    "joined Equinor in 2019.\n",
                                    employer, R"({"employer":"Statoil"})"),
                    "/employer"));
}

TEST(RedTeamTest, OnePartOfACompoundFieldIsTheValueOnlyWhenAnotherMemberHoldsTheRest) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string prompt = "Return the customer name and city.\nText:\nName: Berg, Jonas\nCity: Oslo\n";
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"name":"Berg","city":"Oslo"})"), "/name"));
  EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"name":"Berg, Jonas","city":"Oslo"})").pass);
  // "Acme Ltd., 4 Main St": the address member holds the rest, so the
  // company part is not failed for it (the address, under the company's
  // label, is judged on its own).
  const std::string company =
      R"({"type":"object","properties":{"company":{"type":"string"},"address":{"type":"string"}}})";
  const std::string acme = "Return company and address.\nText:\nCompany: Acme Ltd., 4 Main St\n";
  EXPECT_FALSE(Fails(CheckExtraction(acme, company, R"({"company":"Acme Ltd.","address":"4 Main St"})"), "/company"));
  EXPECT_TRUE(Fails(CheckExtraction(acme, company, R"({"company":"Acme Ltd.","address":"Oslo"})"), "/company"));
  // A field that runs on into prose is no short compound: its parts are
  // judged as prose, and a value spanning several of its parts is one value.
  const std::string vendor =
      R"({"type":"object","properties":{"vendor":{"type":"string"},"vendor_address":{"type":"string"},
          "customer":{"type":"string"}}})";
  Judged invoice = CheckExtraction(
      "Extract vendor, vendor_address and customer as JSON.\n\nText:\nInvoice INV-7. Vendor: Northwind Traders "
      "Ltd., 42 Harbour Road, Bristol BS1 4DJ. Billed to Contoso Analytics (accounts@contoso.example).",
      vendor, R"({"vendor":"Northwind Traders Ltd.","vendor_address":"42 Harbour Road, Bristol BS1 4DJ",
                  "customer":"Contoso Analytics"})");
  EXPECT_FALSE(Fails(invoice, "/vendor")) << invoice.text;
  EXPECT_FALSE(Fails(invoice, "/vendor_address")) << invoice.text;
}

TEST(RedTeamTest, ARecordTheTextSaysIsSomeoneElseIsNotTheOneAskedAbout) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  const std::string prompt = "Extract name, age and city of the applicant as JSON.\nText:\nName: Jonas Berg\nAge: 41\n"
                             "City: Oslo\n(The record above is the guarantor. The applicant is Nora Lie, 27, of Oslo.)\n";
  Judged wrong = CheckExtraction(prompt, schema, R"({"name":"Jonas Berg","age":41,"city":"Oslo"})");
  EXPECT_TRUE(Fails(wrong, "/name")) << wrong.text;
  EXPECT_TRUE(Fails(wrong, "/age")) << wrong.text;
  // A mention of the role that states nothing else leaves the record its own.
  EXPECT_TRUE(CheckExtraction("Extract name, age and city of the applicant as JSON.\nText:\nThe applicant called "
                              "today.\nName: Jonas Berg\nAge: 41\nCity: Oslo\n",
                              schema, R"({"name":"Jonas Berg","age":41,"city":"Oslo"})")
                  .pass);
}

// ---- instructions -------------------------------------------------------------

InstructionChange Instr(const std::string& a, const std::string& b, LicensedChanges l = {true, true, false}) {
  return CompareInstructions(SourceText(a + "\n\nText:\nName: A").instruction_words(),
                             SourceText(b + "\n\nText:\nName: A").instruction_words(), l);
}

TEST(InstructionTest, ParaphraseAndFormattingAreLicensed) {
  EXPECT_TRUE(Instr("Extract the fields name and age as JSON.", "Please return name and age as a JSON object.").licensed);
  EXPECT_TRUE(Instr("Extract name and age as JSON.", "Extract name and age as JSON. Do not wrap the JSON in code fences.")
                  .licensed);
  EXPECT_TRUE(Instr("Extract name and age as JSON.", "Extract name and age as JSON. Answer on a single line.").licensed);
}

TEST(InstructionTest, ChangesOfWhatIsAskedAreNot) {
  for (const char* changed : {"Extract the second customer's name and age as JSON.",
                                     "Extract the name and age of the sender as JSON.",
                                     "Extract the name and age as JSON, not the billing ones.",
                                     "Extract the name and the age in months as JSON.",
                                     "Extract the previous name and age as JSON.",
                                     "Extract the destination name and age as JSON."}) {
    EXPECT_FALSE(Instr("Extract the name and age as JSON.", changed).licensed) << changed;
  }
  // Without the license, a paraphrase is a change too.
  EXPECT_FALSE(Instr("Extract name and age as JSON.", "Return name and age as JSON.", {}).licensed);
  // Moving a negation changes what is asked even with the same words.
  EXPECT_FALSE(Instr("Extract the sender, not the recipient.", "Extract the recipient, not the sender.").licensed);
}

// ---- property tests ---------------------------------------------------------------

TEST(EvidencePropertyTest, RandomLabelDriftNeverKeepsAMovedValue) {
  std::mt19937 rng(42);
  const std::vector<std::string> labels = {"Age", "Room", "Floor", "Badge", "Desk"};
  for (int round = 0; round < 200; ++round) {
    std::vector<int> values;
    for (std::size_t i = 0; i < labels.size(); ++i) values.push_back(10 + static_cast<int>(rng() % 80));
    std::string before = "Extract the age as JSON.\n\nText:\n", after = before;
    std::vector<int> moved = values;
    std::shuffle(moved.begin(), moved.end(), rng);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      before += labels[i] + ": " + std::to_string(values[i]) + "\n";
      after += labels[i] + ": " + std::to_string(moved[i]) + "\n";
    }
    const std::string schema = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
    auto v = Compare(before, after, "{\"age\":" + std::to_string(values[0]) + "}", schema);
    const MemberReuse& m = Member(v, "/age");
    const int kept = m.rewrite ? std::stoi(*m.rewrite) : values[0];
    if (m.pass) {
      EXPECT_EQ(kept, moved[0]) << before << "->\n" << after << m.reason;
    }
  }
}

// Round 4 of the red-team probes (tests/redteam/probes.py, d4-*): model
// mistakes the checks of that day accepted on first generation.
TEST(RedTeamTest, AnotherNumberInTheSentenceLeavesAProseNumberUnverified) {
  const std::string age = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  const std::string typo = "Return the patient's age as JSON.\n\nThe form says 34, but that is a typo: the patient is 43.\n";
  EXPECT_TRUE(Fails(CheckExtraction(typo, age, R"({"age":34})"), "/age"));
  const std::string limit = R"({"type":"object","properties":{"credit_limit":{"type":"integer"}}})";
  const std::string hyp = "Return the account's credit limit as JSON.\n\nIf the upgrade is approved, the limit would "
                          "rise to 5000; for now it is 2000.\n";
  EXPECT_TRUE(Fails(CheckExtraction(hyp, limit, R"({"credit_limit":5000})"), "/credit_limit"));
  // A year, a distance, a date and a number another member holds are not rivals.
  for (const char* text : {"Since 2019 the patient, now 43, lives alone.", "The patient is 43 and walked 5 km today.",
                           "On 2024-03-14 the patient, 43, came in.", "The patient, 43, stayed in room 12."}) {
    const std::string prompt = std::string("Return the patient's age and room as JSON.\n\n") + text + "\n";
    const std::string schema =
        R"({"type":"object","properties":{"age":{"type":"integer"},"room":{"type":["integer","null"]}}})";
    const bool has_room = std::string(text).find("room") != std::string::npos;
    EXPECT_TRUE(CheckExtraction(prompt, schema, has_room ? R"({"age":43,"room":12})" : R"({"age":43,"room":null})")
                    .pass)
        << text;
  }
}

TEST(RedTeamTest, APercentageIsNotAnAmountOfMoney) {
  const std::string schema =
      R"({"type":"object","properties":{"discount_eur":{"type":"number","description":"discount amount in euros"}}})";
  const std::string prompt = "Return the discount amount in euros as JSON.\nOrder total: €200\nDiscount: 15%\n";
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"discount_eur":15})"), "/discount_eur"));
  const std::string rate = R"({"type":"object","properties":{"discount":{"type":"number"}}})";
  EXPECT_TRUE(CheckExtraction("Return the discount as JSON.\nDiscount: 15%\n", rate, R"({"discount":15})").pass);
  EXPECT_TRUE(CheckExtraction("Return the price in euros as JSON.\nPrice: 18.50 EUR\n",
                              R"({"type":"object","properties":{"price_eur":{"type":"number"}}})", R"({"price_eur":18.5})")
                  .pass);
}

TEST(RedTeamTest, ARecordChosenByComparingValuesIsNotVerified) {
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  const std::string prompt = "Return the oldest employee's name and age as JSON.\nEmployees: Siv Aas (34), Ola Dahl "
                             "(41), Kari Lie (29).\n";
  EXPECT_FALSE(CheckExtraction(prompt, schema, R"({"name":"Siv Aas","age":34})").pass);
  EXPECT_FALSE(CheckExtraction(prompt, schema, R"({"name":"Ola Dahl","age":41})").pass);
}

TEST(RedTeamTest, TheQualifiedOneOfTwoFieldsOfAKindIsTheOneAskedFor) {
  const std::string addr = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string ship = "Return the customer's name and shipping city as JSON.\nName: Ana Silva\n"
                           "Billing address: 1 Main St, Oslo\nShipping address: 5 Dock Rd, Bergen\n";
  EXPECT_TRUE(Fails(CheckExtraction(ship, addr, R"({"name":"Ana Silva","city":"Oslo"})"), "/city"));
  EXPECT_TRUE(CheckExtraction(ship, addr, R"({"name":"Ana Silva","city":"Bergen"})").pass);
  const std::string phone =
      R"({"type":"object","properties":{"contact":{"type":"string"},"home_phone":{"type":"string"}}})";
  const std::string two = "Return the contact's home phone as JSON.\nContact: Ana Silva\n"
                          "Phone: +47 912 34 567 (work), +47 400 00 001 (home)\n";
  EXPECT_TRUE(Fails(CheckExtraction(two, phone, R"({"contact":"Ana Silva","home_phone":"+47 912 34 567"})"),
                    "/home_phone"));
  EXPECT_TRUE(CheckExtraction(two, phone, R"({"contact":"Ana Silva","home_phone":"+47 400 00 001"})").pass);
}

TEST(RedTeamTest, WhatTheTextSaysHoldsNowAndWhichRecordAHeadingOpens) {
  const std::string age = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  const std::string quoted = "Return the sender's age as JSON.\n\n> Age: 34\n\nThat was last year; I am 35 now.\n";
  EXPECT_TRUE(Fails(CheckExtraction(quoted, age, R"({"age":34})"), "/age"));
  // A heading line between two records opens the second one.
  const std::string sections = "Return the current age as JSON.\n## Old record\nAge: 34\n## Current record\nAge: 35\n";
  EXPECT_TRUE(Fails(CheckExtraction(sections, age, R"({"age":34})"), "/age"));
  EXPECT_TRUE(CheckExtraction(sections, age, R"({"age":35})").pass);
  // Check boxes state both words: which one holds is not read.
  const std::string paid = R"({"type":"object","properties":{"paid":{"type":"boolean"}}})";
  const std::string box = "Return whether the invoice is paid as JSON.\nInvoice: 2291\nStatus: [ ] paid  [x] unpaid\n";
  EXPECT_FALSE(CheckExtraction(box, paid, R"({"paid":true})").pass);
}

TEST(RedTeamTest, RoundEightReceiptsQuotedDenialsAndFieldsThatGoOn) {
  // "Paid 35.00" names the member beside another number than 40.
  const std::string paid = R"({"type":"object","properties":{"amount_paid":{"type":"number"}}})";
  const std::string receipt = "Return the amount paid as JSON.\nSubtotal 40.00\nDiscount -5.00\nPaid 35.00\nChange 5.00\n";
  EXPECT_TRUE(Fails(CheckExtraction(receipt, paid, R"({"amount_paid":40})"), "/amount_paid"));
  EXPECT_TRUE(CheckExtraction(receipt, paid, R"({"amount_paid":35})").pass);
  // A quote between "not" and the value still denies it.
  const std::string code = R"({"type":"object","properties":{"code":{"type":"string"}}})";
  const std::string quoted = "Return the product code as JSON.\n\nThe code is not \"AX-100\" but \"AX-110\".\n";
  EXPECT_TRUE(Fails(CheckExtraction(quoted, code, R"({"code":"AX-100"})"), "/code"));
  // A field value that ends in a comma goes on on the next line.
  const std::string address = R"({"type":"object","properties":{"address":{"type":"string"}}})";
  const std::string folded = "Return the shipping address as JSON.\nAddress: Storgata 12,\n  0155 Oslo\nPhone: 22 33 44 55\n";
  EXPECT_TRUE(Fails(CheckExtraction(folded, address, R"({"address":"Storgata 12,"})"), "/address"));
  // A field whose label is the member's own word names it: a value from
  // another field is someone else's.
  const std::string name = R"({"type":"object","properties":{"name":{"type":"string","description":"employee name"}}})";
  const std::string form = "Return the name from the form as JSON.\n\nEmployee: Siv Aas\nDepartment: HR\nApproved by: Ola Dahl\n";
  EXPECT_TRUE(Fails(CheckExtraction(form, name, R"({"name":"Ola Dahl"})"), "/name"));
  EXPECT_TRUE(CheckExtraction(form, name, R"({"name":"Siv Aas"})").pass);
}

// Round 9 (d9-*): field lines under an instruction sentence, ranges, rates,
// suppositions, an earlier message quoted below a reply, JSON in the text.
TEST(RedTeamTest, RoundNineFieldLinesUnderAnInstructionAreSource) {
  const std::string name = R"({"type":"object","properties":{"name":{"type":"string","description":"employee name"}}})";
  const std::string form = "Return the employee's name from the form as JSON.\nEmployee: Siv Aas\nDepartment: HR\n\n"
                           "Approved by: Ola Dahl (manager)\n";
  EXPECT_TRUE(Fails(CheckExtraction(form, name, R"({"name":"Ola Dahl"})"), "/name"));
  EXPECT_TRUE(CheckExtraction(form, name, R"({"name":"Siv Aas"})").pass);
  // Lines that speak of the output stay instructions: "name" does not ground there.
  const std::string keys = "Return JSON as described.\nFields: name, age\n\nAnna Berg is 41.\n";
  EXPECT_FALSE(CheckExtraction(keys, name, R"({"name":"name, age"})").pass);
  // Under a sentence that announces a list, the lines describe the output.
  const std::string listed = "Return JSON with these keys:\nname: the person's full name\n\nAnna Berg is 41.\n";
  EXPECT_FALSE(CheckExtraction(listed, name, R"({"name":"the person's full name"})").pass);
}

TEST(RedTeamTest, RoundNineRangesRatesAndSuppositions) {
  const std::string min = R"({"type":"object","properties":{"min_price":{"type":"number"}}})";
  for (const char* range : {"10–15 EUR", "10 - 15 EUR", "10-15 EUR", "from 10 to 15 EUR", "between 10 and 15 EUR"}) {
    const std::string prompt = std::string("Return the minimum price as JSON.\nPrice range: ") + range + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, min, R"({"min_price":15})"), "/min_price")) << range;
  }
  EXPECT_TRUE(CheckExtraction("Return the minimum price as JSON.\nPrice range: 10–15 EUR\n", min,
                              R"({"min_price":10})").pass);
  // A member that names no end is not either end.
  const std::string price = R"({"type":"object","properties":{"price":{"type":"number"}}})";
  EXPECT_FALSE(CheckExtraction("Return the price as JSON.\nPrice: 10–15 EUR\n", price, R"({"price":10})").pass);
  // Dates and codes joined by '-' are no ranges.
  const std::string year = R"({"type":"object","properties":{"id":{"type":"string"},"total":{"type":"number"}}})";
  EXPECT_TRUE(CheckExtraction("Return the invoice id and total as JSON.\nInvoice: 2024-0815\nTotal: 120\n", year,
                              R"({"id":"2024-0815","total":120})").pass);
  // A rate is not a count; a price may be a rate.
  const std::string boxes = R"({"type":"object","properties":{"boxes":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the number of boxes as JSON.\nShipment: 12 pallets, 30 boxes per pallet\n",
                                    boxes, R"({"boxes":30})"),
                    "/boxes"));
  EXPECT_TRUE(CheckExtraction("Return the price as JSON.\nApples: 4 EUR per kg\n", price, R"({"price":4})").pass);
  // A number that holds only if something else does.
  const std::string fee = R"({"type":"object","properties":{"fee":{"type":"number"}}})";
  const std::string late = "Return the fee as JSON.\n\nShould the parcel arrive after Friday, the fee would be 50 NOK. "
                           "It came on Thursday, so the fee is 20 NOK.\n";
  EXPECT_TRUE(Fails(CheckExtraction(late, fee, R"({"fee":50})"), "/fee"));
  EXPECT_TRUE(CheckExtraction(late, fee, R"({"fee":20})").pass);
}

TEST(RedTeamTest, RoundNineQuotedRepliesJsonInTheTextAndPastTenseLabels) {
  const std::string phone = R"({"type":"object","properties":{"phone":{"type":"string"}}})";
  const std::string reply = "Return the customer's phone number as JSON.\n\nPlease change my number to 40 11 22 33.\n\n"
                            "> On 3 May, Ida Berg wrote:\n> My phone is 91 74 45 55.\n";
  EXPECT_TRUE(Fails(CheckExtraction(reply, phone, R"({"phone":"91 74 45 55"})"), "/phone"));
  // With nothing newer than the quote, the quote is the source.
  const std::string only = "Return the customer's phone number as JSON.\n\n> My phone is 91 74 45 55.\n";
  EXPECT_TRUE(CheckExtraction(only, phone, R"({"phone":"91 74 45 55"})").pass);
  const std::string age = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  const std::string json = "Return Kim's age as JSON.\n\n[{\"name\": \"Lea\", \"age\": 52}, {\"name\": \"Kim\", \"age\": 38}]\n";
  EXPECT_TRUE(Fails(CheckExtraction(json, age, R"({"age":52})"), "/age"));
  EXPECT_TRUE(CheckExtraction(json, age, R"({"age":38})").pass);
  const std::string hire = R"({"type":"object","properties":{"hire_date":{"type":"string","description":"hire date"}}})";
  const std::string form = "Return the hire date as JSON.\n\nName: Per Moe\nTrial period: 2016-03-01\nHired: 2016-09-01\n";
  EXPECT_TRUE(Fails(CheckExtraction(form, hire, R"({"hire_date":"2016-03-01"})"), "/hire_date"));
  EXPECT_TRUE(CheckExtraction(form, hire, R"({"hire_date":"2016-09-01"})").pass);
}

// Round 10 (d10-*): a name written family name first, a value the text
// withdraws, "the second line item".
TEST(RedTeamTest, RoundTenNamePartsWithdrawnValuesAndLineItems) {
  const std::string first = R"({"type":"object","properties":{"first_name":{"type":"string"}}})";
  const std::string inverted = "Return the first name as JSON.\nName: Dahl, Ola\nCity: Oslo\n";
  EXPECT_TRUE(Fails(CheckExtraction(inverted, first, R"({"first_name":"Dahl"})"), "/first_name"));
  const std::string last = R"({"type":"object","properties":{"last_name":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the last name as JSON.\nName: Ola Dahl\n", last, R"({"last_name":"Ola"})"),
                    "/last_name"));
  const std::string date = R"({"type":"object","properties":{"date":{"type":"string"}}})";
  for (const char* text : {"Booking for 3 June (cancelled), rebooked for 10 June.",
                           "The 3 June booking was cancelled; the new date is 10 June.",
                           "Dates: 3 June – void, 10 June."}) {
    const std::string prompt = std::string("Return the booked date as JSON.\n\n") + text + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, date, R"({"date":"3 June"})"), "/date")) << text;
  }
  const std::string price = R"({"type":"object","properties":{"price":{"type":"number"}}})";
  const std::string items = "Return the second line item's price as JSON.\nOrder 88\n1. Lamp – 40 EUR\n2. Chair – 65 EUR\n";
  EXPECT_FALSE(CheckExtraction(items, price, R"({"price":40})").pass);
  // "The second line" of a text selects no record.
  EXPECT_TRUE(CheckExtraction("Return the price given on the second line as JSON.\nOrder 88\nPrice: 65 EUR\n", price,
                              R"({"price":65})").pass);
}

// Round 11 (d11-*): a member's word of another form beside another number,
// key=value words on one line.
TEST(RedTeamTest, RoundElevenStemsBesideOtherNumbersAndKeyValueWords) {
  const std::string dep = R"({"type":"object","properties":{"departure_time":{"type":"string"}}})";
  const std::string bus = "Return the departure time as JSON.\n\nThe bus arrives at 09:10 and departs at 09:25.\n";
  EXPECT_TRUE(Fails(CheckExtraction(bus, dep, R"({"departure_time":"09:10"})"), "/departure_time"));
  EXPECT_TRUE(CheckExtraction(bus, dep, R"({"departure_time":"09:25"})").pass);
  // A member word away from any other number leaves a value alone.
  const std::string age = R"({"type":"object","properties":{"age":{"type":"integer"}}})";
  EXPECT_TRUE(CheckExtraction("Return the age as JSON.\n\nHer age, as the form states, is 34.\n", age, R"({"age":34})").pass);
  const std::string port = R"({"type":"object","properties":{"port":{"type":"integer"}}})";
  const std::string conf = "Return the port as JSON.\n\nhost=db.local old_port=5432 port=6432 user=app\n";
  EXPECT_TRUE(Fails(CheckExtraction(conf, port, R"({"port":5432})"), "/port"));
  EXPECT_TRUE(CheckExtraction(conf, port, R"({"port":6432})").pass);
}

// Round 12 (d12-*): a member's word after another number on another line,
// parts of a number, questions, what held before, a version as one end of
// a change.
TEST(RedTeamTest, RoundTwelveQuestionsPartsAndWhatHeldBefore) {
  const std::string year = R"({"type":"object","properties":{"year_married":{"type":"integer"}}})";
  const std::string life = "Return the year they married as JSON.\n\n2008: met in Bergen.\n2012: married in Oslo.\n";
  EXPECT_TRUE(Fails(CheckExtraction(life, year, R"({"year_married":2008})"), "/year_married"));
  const std::string sold = R"({"type":"object","properties":{"sold":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the number of tickets sold as JSON.\n\nA third of the 90 tickets are sold.\n",
                                    sold, R"({"sold":90})"),
                    "/sold"));
  const std::string price = R"({"type":"object","properties":{"price":{"type":"number"}}})";
  const std::string asked = "Return the price as JSON.\n\nWas the price 80? No, the price is 95.\n";
  EXPECT_TRUE(Fails(CheckExtraction(asked, price, R"({"price":80})"), "/price"));
  const std::string date = R"({"type":"object","properties":{"date":{"type":"string"}}})";
  const std::string moved = "Return the meeting date as JSON.\n\nThe meeting, originally 3 April, is on 10 April.\n";
  EXPECT_TRUE(Fails(CheckExtraction(moved, date, R"({"date":"3 April"})"), "/date"));
  EXPECT_TRUE(CheckExtraction(moved, date, R"({"date":"10 April"})").pass);
  const std::string version = R"({"type":"object","properties":{"version":{"type":"string"}}})";
  const std::string failed = "Return the installed version as JSON.\n\nThe move from 4.1 to 4.2 failed; 4.1 stays.\n";
  EXPECT_TRUE(Fails(CheckExtraction(failed, version, R"({"version":"4.2"})"), "/version"));
}

// Round 13 (d13-*): nested objects and arrays of objects were judged only
// by grounding.
TEST(RedTeamTest, RoundThirteenNestedValuesAndPairsInArrays) {
  const std::string nested =
      R"({"type":"object","properties":{"name":{"type":"string"},"home":{"type":"object","properties":{"city":{"type":"string"},"zip":{"type":"string"}}}}})";
  const std::string moved = "Return the person and home as JSON.\nName: Ada Moe\nHome: 0150 Oslo\nFormer home: 5003 Bergen\n";
  EXPECT_TRUE(Fails(CheckExtraction(moved, nested, R"({"name":"Ada Moe","home":{"city":"Bergen","zip":"0150"}})"), "/home"));
  EXPECT_TRUE(CheckExtraction(moved, nested, R"({"name":"Ada Moe","home":{"city":"Oslo","zip":"0150"}})").pass);
  const std::string lines =
      R"({"type":"object","properties":{"lines":{"type":"array","items":{"type":"object","properties":{"item":{"type":"string"},"count":{"type":"integer"}}}}}})";
  for (const char* text : {"Basket: 4 pears, 7 plums", "Basket: pears: 4; plums: 7", "Basket: pears (4), plums (7)"}) {
    const std::string prompt = std::string("Return the basket lines as JSON.\n") + text + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, lines, R"({"lines":[{"item":"pears","count":7},{"item":"plums","count":4}]})"),
                      "/lines"))
        << text;
    EXPECT_TRUE(
        CheckExtraction(prompt, lines, R"({"lines":[{"item":"pears","count":4},{"item":"plums","count":7}]})").pass)
        << text;
  }
}

// Round 14 (d14-*, three of four): dated labels in one line, "instead of",
// a sentence that computes with its numbers.
TEST(RedTeamTest, RoundFourteenDatedLabelsInsteadAndExcept) {
  const std::string stock = R"({"type":"object","properties":{"stock":{"type":"integer","description":"latest stock"}}})";
  const std::string dated = "Return the stock as JSON.\n\nStock on 3 March: 70. Stock on 9 March: 55.\n";
  EXPECT_TRUE(Fails(CheckExtraction(dated, stock, R"({"stock":70})"), "/stock"));
  const std::string gate = R"({"type":"object","properties":{"gate":{"type":"integer"}}})";
  const std::string moved = "Return the boarding gate as JSON.\n\nBoarding is at gate 12 instead of gate 31.\n";
  EXPECT_TRUE(Fails(CheckExtraction(moved, gate, R"({"gate":31})"), "/gate"));
  EXPECT_TRUE(CheckExtraction(moved, gate, R"({"gate":12})").pass);
  const std::string seats = R"({"type":"object","properties":{"free":{"type":"integer","description":"free seats"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the free seats as JSON.\n\nAll 40 seats are sold except 6.\n", seats,
                                    R"({"free":40})"),
                    "/free"));
}

// Round 14's last finding (d14-list-nested): two strings of one object that
// the text puts with different items.
TEST(RedTeamTest, ArrayObjectsPairTheirStringsAsTheTextDoes) {
  const std::string pets =
      R"({"type":"object","properties":{"pets":{"type":"array","items":{"type":"object","properties":{"owner":{"type":"string"},"animal":{"type":"string"},"age":{"type":"integer"}}}}}})";
  struct Layout {
    const char* text;
    bool judged;  // whether a swap can be seen in this layout
  };
  for (const Layout& l : {
           Layout{"Pets: Lina has a parrot, Tor keeps a tortoise.", true},
           Layout{"Owner | Pet\nLina | parrot\nTor | tortoise", true},
           Layout{"parrot: Lina; tortoise: Tor", true},
           Layout{"Lina and Tor own a parrot and a tortoise, respectively.", false},
       }) {
    const std::string prompt = std::string("List the pets and their owners as JSON.\n\n") + l.text + "\n";
    const std::string right = R"({"pets":[{"owner":"Lina","animal":"parrot"},{"owner":"Tor","animal":"tortoise"}]})";
    const std::string swapped = R"({"pets":[{"owner":"Lina","animal":"tortoise"},{"owner":"Tor","animal":"parrot"}]})";
    EXPECT_TRUE(CheckExtraction(prompt, pets, right).pass) << l.text;
    if (l.judged) {
      EXPECT_TRUE(Fails(CheckExtraction(prompt, pets, swapped), "/pets")) << l.text;
    }
  }
  // The anchor is the first string found once in the text; a number paired
  // with the wrong name fails the same way.
  const std::string aged = "List the pets as JSON.\n\nLina's parrot is 12 years old; Tor's tortoise is 40.\n";
  EXPECT_TRUE(CheckExtraction(aged, pets,
                              R"({"pets":[{"owner":"Lina","animal":"parrot","age":12},{"owner":"Tor","animal":"tortoise","age":40}]})")
                  .pass);
  EXPECT_TRUE(Fails(CheckExtraction(aged, pets,
                                    R"({"pets":[{"owner":"Lina","animal":"parrot","age":40},{"owner":"Tor","animal":"tortoise","age":12}]})"),
                    "/pets"));
  // A name written twice is not an anchor: nothing is judged by nearness.
  const std::string twice = "List the pets as JSON.\n\nLina has a parrot. Tor has a tortoise, which Lina feeds.\n";
  EXPECT_TRUE(CheckExtraction(twice, pets, R"({"pets":[{"owner":"Lina","animal":"parrot"},{"owner":"Tor","animal":"tortoise"}]})")
                  .pass);
}

// Round 15 (d15-*): a note in the text that changes a value without
// stating it, and a forwarded message below a newer one.
TEST(RedTeamTest, RoundFifteenNotesThatChangeAValueAndForwardedMessages) {
  const std::string tickets =
      R"({"type":"object","properties":{"adult_tickets":{"type":"integer"},"child_tickets":{"type":"integer"}}})";
  const std::string form = "Return the ticket counts as JSON.\n\nBooking\nAdult tickets: 3\nChild tickets: 1\nComment from the guest: ";
  const std::string right = R"({"adult_tickets":3,"child_tickets":1})";
  EXPECT_TRUE(CheckExtraction(form + "none\n", tickets, right).pass);
  // Notes that change the counts, in words that name no count.
  for (const char* note : {"I mixed up the two numbers above.",
                           "my typo, please read both figures the other way around.",
                           "we would like to come one week later than booked."}) {
    EXPECT_FALSE(CheckExtraction(form + note + "\n", tickets, right).pass) << note;
  }
  // A note that names one member changes that one only.
  const Judged more = CheckExtraction(form + "two more child tickets, thanks.\n", tickets, right);
  EXPECT_TRUE(Fails(more, "/child_tickets")) << more.text;
  EXPECT_FALSE(Fails(more, "/adult_tickets")) << more.text;
  // Notes that change nothing stay harmless.
  for (const char* note : {"we ring twice at the gate.", "we may call you later about parking.",
                           "the double room is fine."}) {
    EXPECT_TRUE(CheckExtraction(form + note + "\n", tickets, right).pass) << note;
  }
  // A forwarded message's sender below the newer one's.
  const std::string sender = R"({"type":"object","properties":{"name":{"type":"string","description":"who sent the message"}}})";
  const std::string mail =
      "Return who sent this message as JSON.\n\nFrom: Per Dahl\nSubject: Fwd: order\n\nSee below.\n\n"
      "---------- Forwarded message ---------\nFrom: Siv Holm\nSubject: order\n\nPlease confirm.\n";
  EXPECT_FALSE(CheckExtraction(mail, sender, R"({"name":"Siv Holm"})").pass);
}

// Round 16 (d16-*): what the request asks beyond naming the value.
TEST(RedTeamTest, RoundSixteenChargesFormsAndRoles) {
  const std::string receipt = "Return the receipt's total as JSON.\n\nReceipt\nNet: 40.00\nSales tax: 10.00\nTotal: 50.00\n";
  const std::string amount = R"({"type":"object","properties":{"total":{"type":"number"}}})";
  EXPECT_TRUE(CheckExtraction(receipt, amount, R"({"total":50})").pass);
  // Without the tax: asked in the instruction, a description, the schema's
  // description, a $ref's description, or a question in the text. (The
  // net 40 is still rejected by the labeled fields: "total" names the
  // Total line.)
  const std::string before_tax = "Return the receipt's total before tax as JSON.\n\nReceipt\nNet: 40.00\nSales tax: 10.00\nTotal: 50.00\n";
  EXPECT_TRUE(Fails(CheckExtraction(before_tax, amount, R"({"total":50})"), "/total"));
  for (const char* schema :
       {R"({"type":"object","properties":{"total":{"type":"number","description":"total net of tax"}}})",
        R"({"type":"object","description":"Amounts exclude sales tax.","properties":{"total":{"type":"number"}}})",
        R"({"type":"object","properties":{"total":{"$ref":"#/definitions/money"}},"definitions":{"money":{"type":"number","description":"excluding tax"}}})"}) {
    EXPECT_TRUE(Fails(CheckExtraction(receipt, schema, R"({"total":50})"), "/total")) << schema;
  }
  EXPECT_FALSE(CheckExtraction("Return the total as JSON.\n\nCan you tell me what I paid without the tax?\nNet: 40.00\nTotal: 50.00\n",
                               amount, R"({"total":50})")
                   .pass);
  // With the tax, the Total line carries it.
  EXPECT_TRUE(CheckExtraction("Return the receipt's total including tax as JSON.\n\nReceipt\nNet: 40.00\nSales tax: 10.00\nTotal: 50.00\n",
                              amount, R"({"total":50})")
                  .pass);
  // A member that is the charge itself is not qualified by it.
  const Judged tax = CheckExtraction("Return the sales tax and the total without tax as JSON.\n\nReceipt\nNet: 40.00\nSales tax: 10.00\nTotal: 50.00\n",
                                     R"({"type":"object","properties":{"sales_tax":{"type":"number"},"total":{"type":"number"}}})",
                                     R"({"sales_tax":10,"total":50})");
  EXPECT_FALSE(Fails(tax, "/sales_tax")) << tax.text;
  EXPECT_TRUE(Fails(tax, "/total")) << tax.text;
  // Forms the request asks for.
  const std::string id = R"({"type":"object","properties":{"name":{"type":"string"},"account":{"type":"string"}}})";
  const std::string bank = "Return the name and the account number as JSON; the account number as digits only.\n\nName: Dr. Eli Sand\nAccount: 1503 12 34567\n";
  EXPECT_TRUE(Fails(CheckExtraction(bank, id, R"({"name":"Dr. Eli Sand","account":"1503 12 34567"})"), "/account"));
  EXPECT_FALSE(Fails(CheckExtraction(bank, id, R"({"name":"Dr. Eli Sand","account":"1503 12 34567"})"), "/name"));
  const std::string untitled = "Return the name without the title and the account as JSON.\n\nName: Dr. Eli Sand\nAccount: 1503 12 34567\n";
  EXPECT_TRUE(Fails(CheckExtraction(untitled, id, R"({"name":"Dr. Eli Sand","account":"1503 12 34567"})"), "/name"));
  const std::string day = R"({"type":"object","properties":{"day":{"type":"string"}}})";
  const std::string iso = "Return the day as JSON, the day written as DD/MM/YYYY.\n\nDay: 2025-11-30\n";
  EXPECT_TRUE(Fails(CheckExtraction(iso, day, R"({"day":"2025-11-30"})"), "/day"));
  // A letter case asked in the instruction or in the member's description.
  const std::string crew = "Return the skipper as JSON.\n\nSkipper: Ines Lund\nHarbour: Arendal\n";
  const std::string skipper = R"({"type":"object","properties":{"skipper":{"type":"string","description":"full name in capital letters"}}})";
  EXPECT_TRUE(Fails(CheckExtraction(crew, skipper, R"({"skipper":"Ines Lund"})"), "/skipper"));
  EXPECT_FALSE(Fails(CheckExtraction(crew, skipper, R"({"skipper":"INES LUND"})"), "/skipper"));
  const std::string port = R"({"type":"object","properties":{"harbour":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the harbour in lower case as JSON.\n\nHarbour: Arendal\n", port,
                                    R"({"harbour":"Arendal"})"),
                    "/harbour"));
  EXPECT_TRUE(CheckExtraction("Return the harbour, all caps, as JSON.\n\nHarbour: Arendal\n", port, R"({"harbour":"ARENDAL"})").pass);
  // A role among two names in one sentence.
  const std::string buyer = R"({"type":"object","properties":{"name":{"type":"string","description":"the person who bought the car"}}})";
  EXPECT_FALSE(CheckExtraction("Return the name as JSON.\n\nLeif Aas sold Tone Vik his old car in May.\n", buyer,
                               R"({"name":"Leif Aas"})")
                   .pass);
}

// Round 17 (d17-*): the same shapes in other languages and layouts.
TEST(RedTeamTest, RoundSeventeenOtherLanguagesRolesAcrossSentencesAndTables) {
  const std::string fare = "Ticket\nFare net: 90.00\nVAT: 10.00\nFare: 100.00\n";
  const std::string schema = R"({"type":"object","properties":{"fare":{"type":"number"}}})";
  EXPECT_TRUE(CheckExtraction("Return the fare as JSON.\nText:\n" + fare, schema, R"({"fare":100})").pass);
  for (const char* ask : {"Return the fare zzgl. MwSt. as JSON.", "Return the fare sin IVA as JSON.",
                          "Return the pre-tax fare as JSON.", "Return the fare hors taxes as JSON."}) {
    const Judged j = CheckExtraction(std::string(ask) + "\nText:\n" + fare, schema, R"({"fare":100})");
    EXPECT_TRUE(Fails(j, "/fare")) << ask << " " << j.text;
  }
  // A note far below the record that removes or moves a value.
  const std::string seats = R"({"type":"object","properties":{"chairs":{"type":"integer"},"tables":{"type":"integer"}}})";
  const std::string order = "Return the order as JSON.\n\nOrder\nChairs: 6\nTables: 2\n\nAccess\nThe gate code is 4411.\nUse the side door.\n\n";
  EXPECT_TRUE(CheckExtraction(order, seats, R"({"chairs":6,"tables":2})").pass);
  EXPECT_FALSE(CheckExtraction(order + "PS: please cancel the seating part, we found chairs elsewhere.\n", seats,
                               R"({"chairs":6,"tables":2})")
                   .pass);
  const std::string day = R"({"type":"object","properties":{"pickup":{"type":"string"}}})";
  EXPECT_FALSE(CheckExtraction("Return the pickup day as JSON.\nText:\nPickup: 3 June\n\nUpdate from the depot: all "
                               "collections move two days after the date above.\n",
                               day, R"({"pickup":"3 June"})")
                   .pass);
  // Forms: the country code, a first name.
  const std::string contact = R"({"type":"object","properties":{"person":{"type":"string"},"mobile":{"type":"string"}}})";
  const std::string card = "\nText:\nPerson: Eli Sand\nMobile: +46 70 123 45 67\n";
  EXPECT_TRUE(Fails(CheckExtraction("Return the person and the mobile without the country code as JSON." + card, contact,
                                    R"({"person":"Eli Sand","mobile":"+46 70 123 45 67"})"),
                    "/mobile"));
  const Judged first = CheckExtraction("Return the person's first name and the mobile as JSON." + card, contact,
                                       R"({"person":"Eli Sand","mobile":"+46 70 123 45 67"})");
  EXPECT_TRUE(Fails(first, "/person")) << first.text;
  EXPECT_FALSE(Fails(first, "/mobile")) << first.text;
  // A role told across two sentences.
  const std::string lender = R"({"type":"object","properties":{"name":{"type":"string","description":"who lent the money"}}})";
  EXPECT_FALSE(CheckExtraction("Return the name as JSON.\n\nKim Roe needed cash in March. In April Lea Fox lent her 500 EUR.\n",
                               lender, R"({"name":"Kim Roe"})")
                   .pass);
  // A table's header words do not pick its first row.
  const std::string person = R"({"type":"object","properties":{"age":{"type":"integer"},"town":{"type":"string"}}})";
  const std::string rows = "Return Ivo's age and town as JSON.\n\nname;age;town\nUna;27;Narvik\nIvo;52;Molde\n";
  EXPECT_FALSE(CheckExtraction(rows, person, R"({"age":27,"town":"Narvik"})").pass);
  EXPECT_TRUE(CheckExtraction(rows, person, R"({"age":52,"town":"Molde"})").pass);
}

TEST(RedTeamTest, RoundsNineteenToTwentyOneWhatTheRequestSaysAValueMeans) {
  const std::string ask = "Return the project as JSON.\n\nText:\nProject: Quay wall\nBudget: 2400000\n";
  const std::string answer = R"({"project":"Quay wall","budget":2400000})";
  auto schema = [](const std::string& budget, const std::string& top) {
    return R"({"type":"object",)" + top + R"("properties":{"project":{"type":"string"},)" + budget + "}}";
  };
  EXPECT_EQ(PlainFlags(ask, answer, schema(R"("budget":{"type":"number"})", "")), "/project=1 /budget=1");
  // A scale in the member's name, its title, its description or the
  // schema's: the text does not state it, so the value is not plain.
  for (const std::string& other :
       {schema(R"("budget_millions":{"type":"number"})", ""),
        schema(R"j("budget":{"type":"number","title":"Budget (kNOK)"})j", ""),
        schema(R"("budget":{"type":"number","description":"budget in thousands of kroner"})", ""),
        schema(R"("budget":{"type":"number"})", R"("description":"Every amount in millions.",)")}) {
    const std::string key = other.find("budget_millions") != std::string::npos ? "budget_millions" : "budget";
    const std::string a = R"({"project":"Quay wall",")" + key + R"(":2400000})";
    EXPECT_NE(PlainFlags(ask, a, other).find("/" + key + "=0"), std::string::npos) << other;
  }
  // The instruction asks for another form the text does not state.
  EXPECT_EQ(PlainFlags("Return the project with its budget in millions as JSON.\n\nText:\nProject: Quay wall\n"
                       "Budget: 2400000\n",
                       answer, schema(R"("budget":{"type":"number"})", "")),
            "/project=0 /budget=0");
  // Any noun after "in", "as" or "into" that the text does not state.
  EXPECT_EQ(PlainFlags("Return the station and its reading in Fahrenheit as JSON.\n\nText:\nStation: Vardø\n"
                       "Reading: 4\n",
                       R"({"station":"Vardø","reading":4})",
                       R"({"type":"object","properties":{"station":{"type":"string"},"reading":{"type":"number"}}})"),
            "/station=0 /reading=0");
  // A description word that labels another field: the request may mean it.
  const std::string family = "Return the record as JSON.\n\nText:\nName: Per Dal\nAge: 12\nFather: Ole Dal, 44\n";
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},)"
                             R"("description":"The father of the boy in the record."})";
  EXPECT_EQ(PlainFlags(family, R"({"name":"Per Dal","age":12})", person), "/name=0 /age=0");
  // A word of the member's own name says nothing more ("Age" for "age").
  EXPECT_EQ(PlainFlags(std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo",
                       R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})"),
            "/full_name=1 /age=1 /city=1");
  // An enum value stated after the one given: which holds now is not checked.
  const std::string job = R"({"type":"object","properties":{"job":{"type":"string"},)"
                          R"("state":{"type":"string","enum":["queued","running","done"]}}})";
  const std::string log = "Return the job and its state as JSON.\n\nJob: J-77\nState: queued\n";
  EXPECT_TRUE(CheckExtraction(log, job, R"({"job":"J-77","state":"queued"})").pass);
  const Judged later = CheckExtraction(log + "10:14 worker 3 picked it up; running since then\n", job,
                                       R"({"job":"J-77","state":"queued"})");
  EXPECT_TRUE(Fails(later, "/state")) << later.text;
  EXPECT_FALSE(Fails(later, "/job")) << later.text;
}

TEST(RedTeamTest, AFigureComputedFromTheTextIsVerifiedOnlyWhereTheTextStatesIt) {
  const std::string count = R"({"type":"object","properties":{"pupils":{"type":"integer"}}})";
  const std::string list = "How many pupils are on the trip? Answer as JSON.\n\nTrip list\nBus: 3\n1) Ola\n2) Kari\n3) Nils\n";
  // "3" is the bus and the last list marker, not a stated count of pupils.
  EXPECT_FALSE(CheckExtraction(list, count, R"({"pupils":3})").pass);
  EXPECT_TRUE(CheckExtraction("How many pupils are on the trip? Answer as JSON.\n\nTrip list\nPupils: 3\n", count,
                              R"({"pupils":3})")
                  .pass);
  EXPECT_TRUE(CheckExtraction("Return the number of pupils as JSON.\n\nThe school sends 3 pupils and 2 teachers.\n",
                              count, R"({"pupils":3})")
                  .pass);
  const std::string sum = R"({"type":"object","properties":{"total":{"type":"number","description":"sum of the fees"}}})";
  const std::string fees = "Return the total of the fees as JSON.\n\nEntry fee: 40\nGuide fee: 25\nCash float: 65\n";
  EXPECT_FALSE(CheckExtraction(fees, sum, R"({"total":65})").pass);
  EXPECT_TRUE(CheckExtraction(fees + "Total: 65\n", sum, R"({"total":65})").pass);
}

TEST(RedTeamTest, RoundsTwentyTwoAndThreeScaleLinesAndWordsThatPickAnotherField) {
  const std::string schema = R"({"type":"object","properties":{"shop":{"type":"string"},"sales":{"type":"number"}}})";
  const std::string ask = "Return the shop and its sales as JSON.\n\nShop: Nordlys\nSales: 380\n";
  const std::string answer = R"({"shop":"Nordlys","sales":380})";
  EXPECT_EQ(PlainFlags(ask, answer, schema), "/shop=1 /sales=1");
  // A line that rescales the numbers, in several languages: the number is
  // not plain. (Since round 44 the string is not either: the line is prose
  // in words the checks do not read, UnreadProseLine.)
  for (const char* line : {"(Figures in TEUR)", "Alle Angaben in Tsd. Euro", "Montants en milliers", "EUR '000",
                           "(sold by the dozen)"}) {
    EXPECT_EQ(PlainFlags(ask + line + "\n", answer, schema), "/shop=0 /sales=0") << line;
    // and, added below a stored text, it stops the reuse (of every member:
    // a line below the record may change any of them).
    auto v = Compare(ask, ask + line + "\n", answer, schema);
    EXPECT_FALSE(Member(v, "/sales").pass) << line;
    EXPECT_FALSE(Member(v, "/shop").pass) << line;
  }
  // The request that asks in the same scale states it plainly.
  EXPECT_EQ(PlainFlags("Return the shop and its sales in thousands as JSON.\n\nShop: Nordlys\nSales: 380\n"
                       "(in thousands)\n",
                       answer, schema),
            "/shop=1 /sales=1");
  // A word beside the member's name that picks another field.
  const std::string contact = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}}})";
  const std::string card = "\n\nName: Eli Lund\nPhone: 400 11 222\nHome phone: 55 66 77 88\n";
  const std::string eli = R"({"name":"Eli Lund","phone":"400 11 222"})";
  EXPECT_EQ(PlainFlags("Return the name and phone as JSON." + card, eli, contact), "/name=1 /phone=1");
  EXPECT_EQ(PlainFlags("Return the name and home phone as JSON." + card, eli, contact), "/name=1 /phone=0");
  // (A word the text does not state keeps every member out: since round 64
  // any unread word of the instruction may pick the record, not only one
  // beside a name.)
  EXPECT_EQ(PlainFlags("Return the name and her previous phone as JSON." + card, eli, contact),
            "/name=0 /phone=0");
  // A heading that states the word is no other field ("the clinic's phone").
  // (Since round 44 a heading in a word the checks do not read, "Vest",
  // keeps the record out of the store all the same: UnreadProseLine.)
  EXPECT_EQ(PlainFlags("Return the name and the clinic phone as JSON.\n\nClinic\nName: Eli Lund\n"
                       "Phone: 400 11 222\n",
                       eli, contact),
            "/name=1 /phone=1");
  EXPECT_EQ(PlainFlags("Return the name and the clinic phone as JSON.\n\nClinic Vest\nName: Eli Lund\n"
                       "Phone: 400 11 222\n",
                       eli, contact),
            "/name=0 /phone=0");
}

TEST(RedTeamTest, RoundTwentySixAHeadingAboveTheRecordIsNoIntroduction) {
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}}})";
  const std::string ask = "Return the pupil's name and phone as JSON.\n\n";
  const std::string card = "Name: Ola Vik\nPhone: 930 00 222\n";
  const std::string answer = R"({"name":"Ola Vik","phone":"930 00 222"})";
  // "Pupil" -> "Parent": whose card it is changed; no member is kept.
  for (const MemberReuse& m : Compare(ask + "Pupil\n" + card, ask + "Parent\n" + card, answer, schema)) {
    EXPECT_FALSE(m.pass) << m.pointer;
  }
  // A sentence that introduces the card keeps them.
  for (const MemberReuse& m : Compare(ask + "Pupil\n" + card,
                                      ask + "Pupil\nScanned from the school office this morning.\n" + card, answer,
                                      schema)) {
    EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  }
}

TEST(RedTeamTest, RoundsTwentySevenToThirtyWhatAValueDependsOnBesidesItsLine) {
  // A list item or a line of the value alone: which member it is depends on
  // its place in the list or the heading above it, which the evidence does
  // not keep. Not stored, so a reordered list is never answered from the
  // cache.
  const std::string list_schema =
      R"({"type":"object","properties":{"shop":{"type":"string"},"top_task":{"type":"string"}}})";
  const std::string tasks = R"({"shop":"Kiosk 9","top_task":"Paint the fence"})";
  for (const char* marker : {"- ", "* ", "1. ", "\u2022 "}) {
    const std::string prompt = std::string("Return the shop and its top task as JSON.\n\nShop: Kiosk 9\nTasks:\n") +
                               marker + "Paint the fence\n" + marker + "Sweep the floor\n";
    // (Since round 44 the shop is not plain either: the items are lines of
    // prose in words the checks do not read, UnreadProseLine.)
    EXPECT_EQ(PlainFlags(prompt, tasks, list_schema), "/shop=0 /top_task=0") << marker;
  }
  const std::string cities = R"({"type":"object","properties":{"home_town":{"type":"string"}}})";
  EXPECT_EQ(PlainFlags("Return the home town as JSON.\n\nHome town:\nTrondheim\n\nWork:\nMolde\n",
                       R"({"home_town":"Trondheim"})", cities),
            "/home_town=0");
  // A sentence that says whose record follows: the instruction's word as an
  // owner ("the tenant's guarantor") or a role word ("the buyer, as the
  // seller is abroad"). "the following tenant card" says nothing of it.
  const std::string contact = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}}})";
  const std::string card = "Name: Siri Dahl\nPhone: 455 00 321\n";
  const std::string siri = R"({"name":"Siri Dahl","phone":"455 00 321"})";
  const std::string ask = "Return the tenant's name and phone as JSON.\n\n";
  EXPECT_EQ(PlainFlags("Return the name and phone as JSON.\n\nHere is the card.\n" + card, siri, contact),
            "/name=1 /phone=1");
  // (Since round 44 "in flat 2" is words the checks do not read:
  // UnreadProseLine.)
  EXPECT_EQ(PlainFlags("Return the name and phone as JSON.\n\nThis is the card of the tenant in flat 2.\n" + card, siri,
                       contact),
            "/name=0 /phone=0");
  EXPECT_EQ(PlainFlags(ask + "Listed here is the tenant's guarantor, not the tenant.\n" + card, siri, contact),
            "/name=0 /phone=0");
  EXPECT_EQ(PlainFlags("Return the recipient's name and phone as JSON.\n\nThese are the details of the sender, as "
                       "the recipient is unknown.\n" + card,
                       siri, contact),
            "/name=0 /phone=0");
  // A note naming a member that may change it.
  EXPECT_EQ(PlainFlags(ask + "These are the tenant details; the phone below no longer works.\n" + card, siri, contact),
            "/name=0 /phone=0");
  // Two fields of the member's kind: the instruction must say which, in
  // words the checks read ("the next visit"), not "la visite précédente".
  const std::string visit = R"({"type":"object","properties":{"visit":{"type":"string"}}})";
  const std::string visits = "\n\nLast visit: 2 March 2026\nNext visit: 9 April 2026\n";
  const std::string april = R"({"visit":"9 April 2026"})";
  EXPECT_EQ(PlainFlags("Return the next visit as JSON." + visits, april, visit), "/visit=1");
  // (A word the text does not state, "the date of", keeps it out since round 64.)
  EXPECT_EQ(PlainFlags("Return the date of the next visit as JSON." + visits, april, visit), "/visit=0");
  EXPECT_EQ(PlainFlags("Return the visit as JSON." + visits, april, visit), "/visit=0");
  EXPECT_EQ(PlainFlags("Donne la visite précédente en JSON." + visits, april, visit), "/visit=0");
  // A word of the member's name the text does not state ("delivery_city"
  // beside "City:"), unless a description labels the member.
  const std::string delivery = R"({"type":"object","properties":{"delivery_city":{"type":"string"}}})";
  EXPECT_EQ(PlainFlags("Return the delivery city as JSON.\n\nOrder 55\nCity: Hamar\n", R"({"delivery_city":"Hamar"})",
                       delivery),
            "/delivery_city=0");
  EXPECT_EQ(PlainFlags("Return the delivery city as JSON.\n\nDelivery to:\nCity: Hamar\n",
                       R"({"delivery_city":"Hamar"})", delivery),
            "/delivery_city=1");
}

TEST(RedTeamTest, RoundsTwentyEightToThirtyValuesTheTextStatesInAnotherFormFailFresh) {
  // Asked in another unit, scale or form than the text gives, the text's
  // copy fails (a converted value the text does not state fails grounding).
  const std::string parcel = "Return the parcel and its weight as JSON.\n\nParcel: P-7\nWeight: 2.5 kg\n";
  const std::string grams = R"({"type":"object","properties":{"parcel":{"type":"string"},)"
                            R"("weight":{"type":"number","title":"Weight, grams"}}})";
  EXPECT_TRUE(Fails(CheckExtraction(parcel, grams, R"({"parcel":"P-7","weight":2.5})"), "/weight"));
  const std::string kilos = R"({"type":"object","properties":{"parcel":{"type":"string"},)"
                            R"("weight":{"type":"number","description":"the weight in kilograms"}}})";
  EXPECT_TRUE(CheckExtraction(parcel, kilos, R"({"parcel":"P-7","weight":2.5})").pass);
  EXPECT_TRUE(Fails(CheckExtraction("Return the parcel and its weight in pounds as JSON.\n\nParcel: P-7\nWeight: 2.5 kg\n",
                                    R"({"type":"object","properties":{"parcel":{"type":"string"},"weight":{"type":"number"}}})",
                                    R"({"parcel":"P-7","weight":2.5})"),
                    "/weight"));
  // A scale line the request does not use.
  const std::string shop = R"({"type":"object","properties":{"shop":{"type":"string"},"sales":{"type":"number"}}})";
  const std::string sales = "Return the shop and its sales as JSON.\n\nShop: Nordlys\nSales: 380\n";
  EXPECT_TRUE(CheckExtraction(sales, shop, R"({"shop":"Nordlys","sales":380})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(sales + "Figures: TSEK\n", shop, R"({"shop":"Nordlys","sales":380})"), "/sales"));
  // ("Free delivery over 1,000 kr." is a figure, not a scale.)
  EXPECT_TRUE(CheckExtraction(sales + "Free delivery over 1,000 kr.\n", shop, R"({"shop":"Nordlys","sales":380})").pass);
  // A boolean described by its negation the text does not state.
  const std::string member = "Return the member and whether the fee is paid as JSON.\n\nMember: Kai Ruud\nFee paid: yes\n";
  const std::string unpaid = R"({"type":"object","properties":{"member":{"type":"string"},)"
                             R"("paid":{"type":"boolean","description":"true when the fee is unpaid"}}})";
  EXPECT_TRUE(Fails(CheckExtraction(member, unpaid, R"({"member":"Kai Ruud","paid":true})"), "/paid"));
  // The text's own spelling: another case or padding is not its value, an
  // enum's own spelling is.
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"code":{"type":"string"}}})";
  const std::string card = "Return the name and the code as JSON.\n\nName: Rolf Eng\nCode: qT4mZ9\n";
  EXPECT_TRUE(CheckExtraction(card, person, R"({"name":"Rolf Eng","code":"qT4mZ9"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(card, person, R"({"name":"rolf eng","code":"qT4mZ9"})"), "/name"));
  EXPECT_TRUE(Fails(CheckExtraction(card, person, R"({"name":"Rolf Eng","code":"QT4MZ9"})"), "/code"));
  EXPECT_TRUE(Fails(CheckExtraction(card, person, R"({"name":" Rolf Eng ","code":"qT4mZ9"})"), "/name"));
  const std::string status = R"({"type":"object","properties":{"status":{"type":"string","enum":["open","closed"]}}})";
  EXPECT_TRUE(CheckExtraction("Return the status as JSON.\n\nStatus: Open\n", status, R"({"status":"open"})").pass);
  // An optional member the instruction names and the text states, left out.
  const std::string optional = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},)"
                               R"("required":["name"]})";
  const std::string three = "Extract the name and age as JSON.\n\nName: Rolf Eng\nAge: 52\n";
  EXPECT_TRUE(Fails(CheckExtraction(three, optional, R"({"name":"Rolf Eng"})"), "/age"));
  EXPECT_TRUE(CheckExtraction("Extract the name as JSON.\n\nName: Rolf Eng\nAge: 52\n", optional,
                              R"({"name":"Rolf Eng"})")
                  .pass);
}

TEST(RedTeamTest, RoundsThirtyOneToThirtyFourOwnersOpenSchemasAndWordsBesideAField) {
  const std::string contact = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}},)"
                              R"("additionalProperties":false})";
  const std::string card = "\n\nName: Siri Dahl\nPhone: 455 00 321\n";
  const std::string siri = R"({"name":"Siri Dahl","phone":"455 00 321"})";
  // An owner the text never states concerns every member, not only the one
  // beside it ("the tenant's name and phone", a card in another language).
  EXPECT_EQ(PlainFlags("Return the tenant's name and phone as JSON.\n\nOpplysningene gjelder leietakerens "
                       "pårørende." + card, siri, contact),
            "/name=0 /phone=0");
  // Without a schema's members, or with an open schema that leaves out a
  // field the instruction asks for, nothing is plain.
  rapidjson::Document answer;
  ASSERT_TRUE(ParseJson(siri, answer));
  for (const MemberEvidence& e : FindEvidence(SourceText("Return the name and phone as JSON." + card), answer, nullptr)) {
    EXPECT_FALSE(e.plain) << e.pointer;
  }
  const std::string open = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}}})";
  EXPECT_EQ(PlainFlags("Return the name, phone and city as JSON." + card + "City: Molde\n", siri, open),
            "/name=0 /phone=0");
  EXPECT_EQ(PlainFlags("Return the name and phone as JSON." + card + "City: Molde\n", siri, open), "/name=1 /phone=1");
  // "Mobile" / "Landline" are twins of a phone: the instruction must say which.
  const std::string lines = "\n\nName: Siri Dahl\nMobile: 455 00 321\nLandline: 22 33 44 55\n";
  EXPECT_EQ(PlainFlags("Return the name and her mobile phone as JSON." + lines, siri, contact), "/name=1 /phone=1");
  // (Since round 67 a word of a field that holds no value of the answer,
  // "landline" here, keeps every member out.)
  EXPECT_EQ(PlainFlags("Return the name and her landline number as JSON." + lines, siri, contact), "/name=0 /phone=0");
  // Words beside a field's value: the line changed, whatever its field.
  const std::string invoice = R"({"type":"object","properties":{"customer":{"type":"string"},"total":{"type":"number"}}})";
  const std::string ask = "Return the customer and the total as JSON.\n\nCustomer: Fjord AS\nTotal: 900\n";
  const std::string fjord = R"({"customer":"Fjord AS","total":900})";
  auto v = Compare(ask + "Terms: 14 days net.\n",
                   ask + "Terms: 14 days net. A credit of 100 is set off, so the amount to pay is 800.\n", fjord, invoice);
  EXPECT_FALSE(Member(v, "/total").pass) << Member(v, "/total").reason;
  auto w = Compare(ask + "Director: Per Lund\n", ask + "Director: Per Lund. The customer is now Vest AS.\n", fjord, invoice);
  EXPECT_FALSE(Member(w, "/customer").pass) << Member(w, "/customer").reason;
}

TEST(RedTeamTest, RoundsThirtyFiveToThirtySevenFieldsInWordsCurrenciesAndColumns) {
  // A field in words that says what the other values are ("Currency: EUR"
  // -> "USD", "Unit: m" -> "ft", "Phone type: home" -> "work") changes
  // every member; a field of no member with a number or a code does not.
  const std::string schema = R"({"type":"object","properties":{"item":{"type":"string"},"price":{"type":"number"}}})";
  const std::string answer = R"({"item":"Desk lamp","price":40})";
  const std::string ask = "Return the item and its price as JSON.\n\nItem: Desk lamp\nPrice: 40\n";
  for (const auto& [before, after] : std::vector<std::pair<std::string, std::string>>{
           {"Currency: EUR\n", "Currency: USD\n"}, {"Sold per: piece\n", "Sold per: pair\n"},
           {"Price type: net\n", "Price type: gross\n"}}) {
    for (const MemberReuse& m : Compare(ask + before, ask + after, answer, schema)) {
      EXPECT_FALSE(m.pass) << after << m.pointer;
    }
  }
  for (const MemberReuse& m : Compare(ask + "Shelf: B12\n", ask + "Shelf: C7\n", answer, schema)) {
    EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  }
  const std::string rope = R"({"type":"object","properties":{"item":{"type":"string"},"length":{"type":"number"}}})";
  auto v = Compare("Return the item and length as JSON.\n\nItem: Rope\nLength: 50, Unit: m\n",
                   "Return the item and length as JSON.\n\nItem: Rope\nLength: 50, Unit: ft\n",
                   R"({"item":"Rope","length":50})", rope);
  EXPECT_FALSE(Member(v, "/length").pass) << Member(v, "/length").reason;
  // Another value on its line that no field labels: which column the member
  // is, the evidence does not keep. (Since round 45 the tenant is not plain
  // either: "Columns: previous | ..." is a field of no member whose value
  // says "previous", NoteInAField.)
  const std::string rent = R"({"type":"object","properties":{"tenant":{"type":"string"},"rent":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags("Return the tenant and the rent as JSON.\n\nTenant: Hilde Moe\nColumns: May | June\n"
                       "Rent: 9,800.00 | 10,150.00\n",
                       R"({"tenant":"Hilde Moe","rent":9800})", rent),
            "/tenant=1 /rent=0");
  EXPECT_EQ(PlainFlags("Return the tenant and the rent as JSON.\n\nTenant: Hilde Moe\nColumns: previous | this month\n"
                       "Rent: 9,800.00 | 10,150.00\n",
                       R"({"tenant":"Hilde Moe","rent":9800})", rent),
            "/tenant=0 /rent=0");
  // A currency the request asks that the value's line does not give.
  const std::string eur = R"({"type":"object","properties":{"item":{"type":"string"},"price_eur":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Return the item and its price as JSON.\n\nItem: Desk lamp\nPrice: $40\n", eur,
                                    R"({"item":"Desk lamp","price_eur":40})"),
                    "/price_eur"));
  EXPECT_TRUE(CheckExtraction("Return the item and its price as JSON.\n\nItem: Desk lamp\nPrice: 40 EUR\n", eur,
                              R"({"item":"Desk lamp","price_eur":40})")
                  .pass);
}

TEST(RedTeamTest, RoundsThirtyEightToFortyBracketsInLabelsUnreadInstructionsAndTwinsUnderAnIntro) {
  // A word or sign in brackets in the value's label ("Start hour (pm)",
  // "Guests (%)"): not plain, unless it is the member's or the instruction's.
  const std::string hour = R"({"type":"object","properties":{"event":{"type":"string"},"start_hour":{"type":"integer"}}})";
  const std::string ask = "Return the event and its start hour as JSON.\n\nEvent: Quiz night\n";
  const std::string answer = R"({"event":"Quiz night","start_hour":7})";
  EXPECT_EQ(PlainFlags(ask + "Start hour: 7\n", answer, hour), "/event=1 /start_hour=1");
  EXPECT_EQ(PlainFlags(ask + "Start hour (pm): 7\n", answer, hour), "/event=1 /start_hour=0");
  EXPECT_EQ(PlainFlags(ask + "Start hour (%): 7\n", answer, hour), "/event=1 /start_hour=0");
  // An instruction sentence that names no member, in words the checks do
  // not read ("Gib den Nachnamen als JSON zurück."): nothing is plain. A
  // clause of form ("Do not wrap the JSON in code fences.") is no such word.
  const std::string name = R"({"type":"object","properties":{"name":{"type":"string"}}})";
  const std::string card = "\n\nName: Lena Vogt\n";
  EXPECT_EQ(PlainFlags("Return the name as JSON." + card, R"({"name":"Lena Vogt"})", name), "/name=1");
  EXPECT_EQ(PlainFlags("Gib den Nachnamen als JSON zurück." + card, R"({"name":"Lena Vogt"})", name), "/name=0");
  EXPECT_EQ(PlainFlags("Return the name as JSON. Do not wrap the JSON in code fences." + card, R"({"name":"Lena Vogt"})",
                       name),
            "/name=1");
  // Twins under a sentence above the record: the sentence may say which
  // one is meant, so changing it stops the reuse.
  const std::string booking = R"({"type":"object","properties":{"guest":{"type":"string"},"nights":{"type":"integer"}}})";
  const std::string records = "Guest: Tom Aas\nNights: 5\nCompanion: Ida Moe\nCompanion nights: 2\n";
  const std::string q = "Return the guest and the nights as JSON.\n\n";
  for (const MemberReuse& m : Compare(q + records, q + "This time we want the person who travels along.\n" + records,
                                      R"({"guest":"Tom Aas","nights":5})", booking)) {
    EXPECT_FALSE(m.pass) << m.pointer;
  }
}

TEST(RedTeamTest, RoundsFortyOneToFortyFourFormsPlaceholdersAndProseAroundARecord) {
  // Another value of the member's form outside the members' fields ("Revised:
  // KX2297" under "Flight: KX2291"): not plain, and such a line added later
  // stops the reuse.
  const std::string ref = R"({"type":"object","properties":{"guest":{"type":"string"},"flight":{"type":"string"}}})";
  const std::string q = "Return the guest and the flight as JSON.\n\nGuest: Eli Berg\n";
  const std::string answer = R"({"guest":"Eli Berg","flight":"KX2291"})";
  EXPECT_EQ(PlainFlags(q + "Flight: KX2291\n", answer, ref), "/guest=1 /flight=1");
  EXPECT_EQ(PlainFlags(q + "Flight: KX2291\nRevised: KX2297\n", answer, ref), "/guest=1 /flight=0");
  EXPECT_EQ(PlainFlags(q + "Flight: KX2291\nAlt.: KX2297\n", answer, ref), "/guest=1 /flight=0");
  // (A line of the other value alone is a line of prose in unread words:
  // nothing is plain.)
  EXPECT_EQ(PlainFlags(q + "Flight: KX2291\n>> KX2297\n", answer, ref), "/guest=0 /flight=0");
  auto v = Compare(q + "Flight: KX2291\n", q + "Flight: KX2291\nGeändert: KX2297\n", answer, ref);
  EXPECT_FALSE(Member(v, "/flight").pass) << Member(v, "/flight").reason;
  // A value that stands for none ("n/a", "TBA", "--") is not plain.
  const std::string site = R"({"type":"object","properties":{"shop":{"type":"string"},"website":{"type":["string","null"]}}})";
  EXPECT_EQ(PlainFlags("Return the shop and its website as JSON.\n\nShop: Vik Sport\nWebsite: TBA\n",
                       R"({"shop":"Vik Sport","website":"TBA"})", site),
            "/shop=1 /website=0");
  // A sentence below the record, or above it, in words the checks do not
  // read: nothing is plain. A closing line or a hand-over is no such
  // sentence.
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  const std::string card = "Name: Rut Dahl\nAge: 52\n";
  const std::string ask = "Return the person's name and age as JSON.\n\n";
  const std::string rut = R"({"name":"Rut Dahl","age":52})";
  EXPECT_EQ(PlainFlags(ask + card, rut, person), "/name=1 /age=1");
  EXPECT_EQ(PlainFlags(ask + card + "End of card.\n", rut, person), "/name=1 /age=1");
  EXPECT_EQ(PlainFlags(ask + "Please find the card attached.\n" + card, rut, person), "/name=1 /age=1");
  EXPECT_EQ(PlainFlags(ask + card + "She turned a year older last week.\n", rut, person), "/name=0 /age=0");
  EXPECT_EQ(PlainFlags(ask + "Written before her latest birthday.\n" + card, rut, person), "/name=0 /age=0");
  EXPECT_EQ(PlainFlags(ask + card + "Hun fylte år i går.\n", rut, person), "/name=0 /age=0");
  // A member the schema asks in a format fails a value in another ("2027-05-06"
  // for a date-time), wherever the format comes from.
  const std::string talk = "Return the talk and when it starts as JSON.\n\nTalk: Cloud costs\nStarts: 2027-05-06\n";
  for (const std::string& start : {std::string(R"({"type":"string","format":"date-time"})"),
                                   std::string(R"({"$ref":"#/$defs/when"})")}) {
    const std::string schema = R"({"type":"object","$defs":{"when":{"type":"string","format":"date-time"}},)"
                               R"("properties":{"talk":{"type":"string"},"start":)" + start + "}}";
    EXPECT_TRUE(Fails(CheckExtraction(talk, schema, R"({"talk":"Cloud costs","start":"2027-05-06"})"), "/start"))
        << start;
  }
  // "--" where the schema allows null: the text gives no value.
  const std::string fax = "Return the shop and its fax as JSON.\n\nShop: Vik Sport\nFax: --\n";
  const std::string fax_schema =
      R"({"type":"object","properties":{"shop":{"type":"string"},"fax":{"anyOf":[{"type":"string"},{"type":"null"}]}}})";
  EXPECT_TRUE(Fails(CheckExtraction(fax, fax_schema, R"({"shop":"Vik Sport","fax":"--"})"), "/fax"));
  EXPECT_TRUE(CheckExtraction(fax, fax_schema, R"({"shop":"Vik Sport","fax":null})").pass);
  // A schema closed by "additionalProperties": false that still admits the
  // asked "city" through "patternProperties": an answer without it is not
  // stored.
  const std::string closed = R"({"type":"object","properties":{"name":{"type":"string"}},)"
                             R"("patternProperties":{"^ci":{"type":"string"}},"additionalProperties":false})";
  EXPECT_EQ(PlainFlags("Return her name and city as JSON.\n\nName: Rut Dahl\nCity: Moss\n", R"({"name":"Rut Dahl"})",
                       closed),
            "/name=0");
  // A box beside the label gives a truth value: ticked true, empty false.
  const std::string extras = R"({"type":"object","properties":{"room":{"type":"integer"},)"
                             R"("parking":{"type":"boolean"},"newsletter":{"type":"boolean"}}})";
  for (const std::string& form : {std::string("Room: 12\nParking: \u2611\nNewsletter: \u2610\n"),
                                  std::string("Room: 12\n(x) Parking\n( ) Newsletter\n")}) {
    const std::string prompt = "Return the room and the extras as JSON.\n\n" + form;
    EXPECT_TRUE(CheckExtraction(prompt, extras, R"({"room":12,"parking":true,"newsletter":false})").pass) << form;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, extras, R"({"room":12,"parking":true,"newsletter":true})"), "/newsletter"))
        << form;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, extras, R"({"room":12,"parking":false,"newsletter":false})"), "/parking"))
        << form;
  }
}

TEST(RedTeamTest, RoundFortyFiveAnotherNotationPlaceholdersByShapeAndNotesInHarmlessWords) {
  // A corrected date, phone or code in another notation below a stored
  // record stops its reuse ("Moved to: 05.03.2027" below "Date: 2027-03-04").
  const std::string visit = R"({"type":"object","properties":{"guest":{"type":"string"},"date":{"type":"string"}}})";
  const std::string q = "Return the guest and the date as JSON.\n\nGuest: Ola Moe\nDate: 2027-03-04\n";
  const std::string ola = R"({"guest":"Ola Moe","date":"2027-03-04"})";
  for (const char* line : {"Moved to: 05.03.2027", "Ny: 20270305", "Instead: 2027/3/5"}) {
    auto v = Compare(q, q + line + "\n", ola, visit);
    EXPECT_FALSE(Member(v, "/date").pass) << line << ": " << Member(v, "/date").reason;
  }
  // A placeholder by its shape ("N.N.", "./.", "xxx") is not plain, and fails
  // where the member's schema allows null.
  const std::string contact =
      R"({"type":"object","properties":{"shop":{"type":"string"},"contact":{"type":["string","null"]}}})";
  for (const char* none : {"N.N.", "./.", "xxx", "(vacant)"}) {
    const std::string prompt = std::string("Return the shop and its contact as JSON.\n\nShop: Vik Sport\nContact: ") +
                               none + "\n";
    const std::string answer = std::string(R"({"shop":"Vik Sport","contact":")") + none + "\"}";
    EXPECT_EQ(PlainFlags(prompt, answer, contact), "/shop=1 /contact=0") << none;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, contact, answer), "/contact")) << none;
  }
  // Notes in words the checks treat as harmless but that put the record in
  // the past, and notes written as a field of no member: nothing is plain.
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string card = "Return the name and city as JSON.\n\nName: Siv Lie\nCity: Bodø\n";
  const std::string siv = R"({"name":"Siv Lie","city":"Bodø"})";
  EXPECT_EQ(PlainFlags(card, siv, person), "/name=1 /city=1");
  for (const char* note : {"The city above was her city.", "Standing: archived", "Valid: no", "City then: Bodø"}) {
    EXPECT_EQ(PlainFlags(card + note + "\n", siv, person), "/name=0 /city=0") << note;
  }
}

TEST(RedTeamTest, RoundsFortyEightToFiftyMasksLongNumbersAndCommaDecimals) {
  // A masked or template value is a placeholder: not plain, and no licensed
  // rewrite puts it in place of a stored value.
  const std::string trip = R"({"type":"object","properties":{"guest":{"type":"string"},"flight":{"type":["string","null"]}}})";
  const std::string q = "Return the guest and the flight as JSON.\n\nGuest: Ida Holm\nFlight: ";
  for (const char* masked : {"LH____", "{{flight}}", "<flight>", "LH0000", "LHXXXX"}) {
    EXPECT_EQ(PlainFlags(q + masked + "\n", std::string(R"({"guest":"Ida Holm","flight":")") + masked + "\"}", trip),
              "/guest=1 /flight=0")
        << masked;
  }
  auto v = Compare(q + "LH1234\n", q + "LHXXXX\n", R"({"guest":"Ida Holm","flight":"LH1234"})", trip);
  EXPECT_FALSE(Member(v, "/flight").pass) << Member(v, "/flight").reason;
  // A number with more digits than a double keeps exactly: not plain, and
  // not rewritten.
  const std::string card = R"({"type":"object","properties":{"holder":{"type":"string"},"account":{"type":"integer"}}})";
  const std::string a = "Return the holder and the account as JSON.\n\nHolder: Ida Holm\nAccount: ";
  EXPECT_EQ(PlainFlags(a + "4417\n", R"({"holder":"Ida Holm","account":4417})", card), "/holder=1 /account=1");
  EXPECT_EQ(PlainFlags(a + "18014398509481985\n", R"({"holder":"Ida Holm","account":18014398509481984})", card),
            "/holder=1 /account=0");
  auto w = Compare(a + "4417\n", a + "18014398509481985\n", R"({"holder":"Ida Holm","account":4417})", card);
  EXPECT_FALSE(Member(w, "/account").pass) << Member(w, "/account").reason;
  // A number with a separator in a text that writes decimals with a comma.
  const std::string parcel = R"({"type":"object","properties":{"item":{"type":"string"},"weight":{"type":"number"}}})";
  const std::string item = "Return the item and its weight as JSON.\n\nItem: Sofa\nWeight: 3,250 kg\n";
  EXPECT_EQ(PlainFlags(item, R"({"item":"Sofa","weight":3250})", parcel), "/item=1 /weight=1");
  EXPECT_EQ(PlainFlags(item + "Price: 7.990,50 kr\n", R"({"item":"Sofa","weight":3250})", parcel),
            "/item=1 /weight=0");
}

TEST(RedTeamTest, RoundFiftyOneQualifiedTwinsAndFieldsThatGoOn) {
  // The request puts a word on the member's name ("the billing phone", "the
  // phone on the invoice") and the text has both the plain field and the one
  // whose label adds that word: the plainer field's value is not the answer.
  const std::string schema = R"({"type":"object","properties":{"shop":{"type":"string"},"phone":{"type":"string"}}})";
  const std::string text = "\n\nInvoice:\nShop: Vik Sport\nPhone: 22 11 00 99\nInvoice phone: 22 11 00 42\n";
  for (const char* ask : {"Return the shop and the invoice phone as JSON.", "Return the shop and the phone on the invoice as JSON.",
                          "Return the shop and the invoice's phone as JSON."}) {
    const std::string prompt = ask + text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"shop":"Vik Sport","phone":"22 11 00 99"})"), "/phone")) << ask;
    EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"shop":"Vik Sport","phone":"22 11 00 42"})").pass) << ask;
  }
  // Asked plainly, the plain field is the answer.
  const std::string plain = "Return the shop and the phone as JSON." + text;
  EXPECT_TRUE(Fails(CheckExtraction(plain, schema, R"({"shop":"Vik Sport","phone":"22 11 00 42"})"), "/phone"));
  // Where the plain field is all the text has, the heading's word on it
  // changes nothing.
  const std::string only = "Return the shop and the invoice phone as JSON.\n\nInvoice:\nShop: Vik Sport\nPhone: 22 11 00 99\n";
  EXPECT_TRUE(CheckExtraction(only, schema, R"({"shop":"Vik Sport","phone":"22 11 00 99"})").pass);
  // A field that goes on to an indented line below it: its value is both
  // lines; a list under a label is no such line.
  const std::string venue = R"({"type":"object","properties":{"venue":{"type":"string"},"seats":{"type":"integer"}}})";
  const std::string wrapped = "Return the venue and its seats as JSON.\n\nVenue: Old Town\n       Library Hall\nSeats: 120\n";
  EXPECT_TRUE(Fails(CheckExtraction(wrapped, venue, R"({"venue":"Old Town","seats":120})"), "/venue"));
  EXPECT_TRUE(CheckExtraction(wrapped, venue, R"({"venue":"Old Town Library Hall","seats":120})").pass);
  const std::string listed = "Return the venue and its seats as JSON.\n\nVenue: Old Town\n  - stage\n  - bar\nSeats: 120\n";
  EXPECT_TRUE(CheckExtraction(listed, venue, R"({"venue":"Old Town","seats":120})").pass);
  const std::string more_seats = "Return the venue and its seats as JSON.\n\nVenue: Old Town\nSeats: 120\n       (plus 30 standing)\n";
  EXPECT_TRUE(Fails(CheckExtraction(more_seats, venue, R"({"venue":"Old Town","seats":120})"), "/seats"));
}

TEST(RedTeamTest, RoundsFiftyTwoToFiftyFiveTwinsTurnedTruthValuesAndSigns) {
  // A source word the request puts on a name picks the field whose label
  // adds it ("the entry date" beside "Date:" and "Entry date:"); words the
  // request only mentions away from the name leave which field it asks for
  // unread: both values fail.
  const std::string visit = R"({"type":"object","properties":{"guest":{"type":"string"},"date":{"type":"string"}}})";
  const std::string text = "\n\nVisit:\nGuest: Liv Sand\nDate: 2027-01-04\nEntry date: 2027-01-02\n";
  const std::string entry = "Return the guest and the entry date as JSON." + text;
  EXPECT_TRUE(CheckExtraction(entry, visit, R"({"guest":"Liv Sand","date":"2027-01-02"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(entry, visit, R"({"guest":"Liv Sand","date":"2027-01-04"})"), "/date"));
  const std::string away = "Return the guest and the date as it appears at the top of the desk log, as JSON.\n\n"
                           "Visit:\nGuest: Liv Sand\nDate: 2027-01-04\nDesk log date: 2027-01-02\n";
  EXPECT_TRUE(Fails(CheckExtraction(away, visit, R"({"guest":"Liv Sand","date":"2027-01-02"})"), "/date"));
  EXPECT_TRUE(Fails(CheckExtraction(away, visit, R"({"guest":"Liv Sand","date":"2027-01-04"})"), "/date"));
  // Words the request turns away from pick nothing.
  const std::string ignore = "Return the guest and the date (ignore the desk log date) as JSON.\n\n"
                             "Visit:\nGuest: Liv Sand\nDate: 2027-01-04\nDesk log date: 2027-01-02\n";
  EXPECT_TRUE(CheckExtraction(ignore, visit, R"({"guest":"Liv Sand","date":"2027-01-04"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(ignore, visit, R"({"guest":"Liv Sand","date":"2027-01-02"})"), "/date"));
  // A word in the label that turns a yes into a no; one no list reads fails
  // both values.
  const std::string room = R"({"type":"object","properties":{"guest":{"type":"string"},"minibar":{"type":"boolean"}}})";
  const std::string q = "Return the guest and whether the minibar is stocked as JSON.\n\nGuest: Liv Sand\n";
  for (const char* line : {"Minibar removed: yes\n", "Minibar: no\n"}) {
    EXPECT_TRUE(CheckExtraction(q + line, room, R"({"guest":"Liv Sand","minibar":false})").pass) << line;
    EXPECT_TRUE(Fails(CheckExtraction(q + line, room, R"({"guest":"Liv Sand","minibar":true})"), "/minibar")) << line;
  }
  EXPECT_TRUE(Fails(CheckExtraction(q + "Minibar removed: no\n", room, R"({"guest":"Liv Sand","minibar":false})"),
                    "/minibar"));
  for (bool v : {true, false}) {
    const std::string a = std::string(R"({"guest":"Liv Sand","minibar":)") + (v ? "true" : "false") + "}";
    EXPECT_TRUE(Fails(CheckExtraction(q + "Minibar weekly: yes\n", room, a), "/minibar")) << v;
  }
  // A sign set apart at the start of a value.
  const std::string account = R"({"type":"object","properties":{"account":{"type":"string"},"balance":{"type":"number"}}})";
  for (const char* balance : {"- 310.00", "-/- 310.00"}) {
    const std::string prompt = std::string("Return the account and its balance as JSON.\n\nAccount: K-11\nBalance: ") +
                               balance + "\n";
    EXPECT_TRUE(CheckExtraction(prompt, account, R"({"account":"K-11","balance":-310})").pass) << balance;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, account, R"({"account":"K-11","balance":310})"), "/balance")) << balance;
  }
}

TEST(RedTeamTest, RoundsFiftySixToFiftyEightWordsAfterTheNameCompoundsAndChangeFields) {
  // The word right after the member's name picks the twin whose label adds
  // it ("the desk number" beside "Desk:" and "Desk no.:").
  const std::string desk = R"({"type":"object","properties":{"clerk":{"type":"string"},"desk":{"type":"string"}}})";
  const std::string text = "\n\nRoster:\nClerk: Per Ruud\nDesk: Window\nDesk no.: 7B\n";
  const std::string number = "Return the clerk and the desk number as JSON." + text;
  EXPECT_TRUE(CheckExtraction(number, desk, R"({"clerk":"Per Ruud","desk":"7B"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(number, desk, R"({"clerk":"Per Ruud","desk":"Window"})"), "/desk"));
  // A twin written as one word of another language ("Kartenname") beside the
  // plain field, and a request that qualifies the name in words no label
  // holds: which field it means is not read.
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  const std::string card = "\n\nName: Lena Vogt\nKartenname: L. VOGT\nAge: 40\n";
  const std::string appears = "Return the name as it appears on the card, and the age, as JSON." + card;
  EXPECT_TRUE(Fails(CheckExtraction(appears, person, R"({"name":"Lena Vogt","age":40})"), "/name"));
  EXPECT_EQ(PlainFlags("Return the name and the age as JSON." + card, R"({"name":"Lena Vogt","age":40})", person),
            "/name=1 /age=1");
  // A field labelled as a change that holds a value of the member's kind.
  const std::string q = "Return the clerk and the desk as JSON.\n\nClerk: Per Ruud\nDesk: 7B\n";
  const std::string answer = R"({"clerk":"Per Ruud","desk":"7B"})";
  EXPECT_EQ(PlainFlags(q, answer, desk), "/clerk=1 /desk=1");
  EXPECT_EQ(PlainFlags(q + "Amended: 9C\n", answer, desk), "/clerk=1 /desk=0");
  // A truth value beside an added dated field of no member: not reused.
  const std::string sub = R"({"type":"object","properties":{"clerk":{"type":"string"},"newsletter":{"type":"boolean"}}})";
  const std::string base = "Return the clerk and whether the newsletter is on as JSON.\n\nClerk: Per Ruud\nNewsletter: yes\n";
  auto v = Compare(base, base + "Stopped: 2027-02-01\n", R"({"clerk":"Per Ruud","newsletter":true})", sub);
  EXPECT_FALSE(Member(v, "/newsletter").pass) << Member(v, "/newsletter").reason;
  // An answer that leaves out a member while the text holds a field no member
  // it gives names ("Cell:" for a left-out phone): not stored.
  const std::string contact =
      R"({"type":"object","properties":{"clerk":{"type":"string"},"phone":{"type":"string"}},"required":["clerk"]})";
  EXPECT_EQ(PlainFlags("Return the clerk as JSON.\n\nClerk: Per Ruud\n", R"({"clerk":"Per Ruud"})", contact),
            "/clerk=1");
  EXPECT_EQ(PlainFlags("Return the clerk as JSON.\n\nClerk: Per Ruud\nCell: 402 11 999\n", R"({"clerk":"Per Ruud"})",
                       contact),
            "/clerk=0");
}

TEST(RedTeamTest, RoundsFiftyNineToSixtyOneConditionsPositionsAndMembersNamedInTheRequest) {
  const std::string desk = R"({"type":"object","properties":{"clerk":{"type":"string"},"desk":{"type":"string"}}})";
  const std::string text = "\n\nRoster:\nClerk: Per Ruud\nDesk: Window\nDesk no.: 7B\n";
  // A twin's words anywhere in the request, instruction words too: which
  // field it asks for is not read.
  const std::string later = "Return the clerk and the desk as JSON. For the desk, give its number." + text;
  EXPECT_TRUE(Fails(CheckExtraction(later, desk, R"({"clerk":"Per Ruud","desk":"Window"})"), "/desk"));
  EXPECT_TRUE(Fails(CheckExtraction(later, desk, R"({"clerk":"Per Ruud","desk":"7B"})"), "/desk"));
  // "#" after a name asks for its number.
  const std::string hash = "Return the clerk and the desk # as JSON." + text;
  EXPECT_TRUE(CheckExtraction(hash, desk, R"({"clerk":"Per Ruud","desk":"7B"})").pass);
  // A condition, a record placed by another, a word right before a name, a
  // member named only in the request: nothing of it is stored.
  const std::string card = "\n\nClerk: Per Ruud\nDesk: Window\n";
  const std::string answer = R"({"clerk":"Per Ruud","desk":"Window"})";
  EXPECT_EQ(PlainFlags("Return the clerk and the desk as JSON." + card, answer, desk), "/clerk=1 /desk=1");
  EXPECT_EQ(PlainFlags("Return the clerk and the desk, provided it is staffed, as JSON." + card, answer, desk),
            "/clerk=0 /desk=0");
  EXPECT_EQ(PlainFlags("Return the clerk and the corner desk as JSON." + card, answer, desk), "/clerk=0 /desk=0");
  const std::string rows = "\n\nclerk,desk\nPer Ruud,Window\nAnn Lie,Door\n";
  EXPECT_EQ(PlainFlags("Return the clerk and desk of the row beneath Ann Lie as JSON." + rows,
                       R"({"clerk":"Ann Lie","desk":"Door"})", desk),
            "/clerk=0 /desk=0");
  const std::string phone =
      R"({"type":"object","properties":{"clerk":{"type":"string"},"phone":{"type":"string"}},"required":["clerk"]})";
  EXPECT_EQ(PlainFlags("Return the clerk as JSON; the phone is 402 11 999.\n\nClerk: Per Ruud\n", R"({"clerk":"Per Ruud"})",
                       phone),
            "/clerk=0");
}

TEST(RedTeamTest, RoundsSixtyThreeAndSixtyFourLeadPhrasesDocumentsAndConditionsInTheTextsWords) {
  const std::string desk = R"({"type":"object","properties":{"clerk":{"type":"string"},"desk":{"type":"string"}}})";
  // "From the roster below, pull out …" is the instruction: what it asks of
  // a value is read (it used to be read as part of the text).
  const std::vector<std::string> lead =
      SourceText("Using the roster below, pull out the clerk.\n\nClerk: Per Ruud\n").instruction_words();
  ASSERT_FALSE(lead.empty());
  EXPECT_EQ(lead.front(), "using");
  EXPECT_TRUE(Fails(CheckExtraction("From the roster below, pull out the clerk in capitals and the desk.\n\n"
                                    "Clerk: Per Ruud\nDesk: Window\n",
                                    desk, R"({"clerk":"Per Ruud","desk":"Window"})"),
                    "/clerk"));
  EXPECT_EQ(SourceText("Here is this week's roster. Pull out the clerk.\n\nClerk: Per Ruud\n").instruction_words().size(),
            10u);
  // A correction that names the old value after "not" does not state it.
  EXPECT_TRUE(Fails(CheckExtraction("Pull out the clerk and the desk.\n\nClerk: Per Ruud\nDesk: Window\n"
                                    "Note from the office: the desk should read Door, not Window.\n",
                                    desk, R"({"clerk":"Per Ruud","desk":"Window"})"),
                    "/desk"));
  // A deadline is no change of a date; a shift is.
  const std::string shift =
      R"({"type":"object","properties":{"clerk":{"type":"string"},"start":{"type":"string","format":"date"}}})";
  const std::string roster = "Pull out the clerk and the start.\n\nClerk: Per Ruud\nStart: 2027-05-02\n";
  const std::string answer = R"({"clerk":"Per Ruud","start":"2027-05-02"})";
  EXPECT_TRUE(CheckExtraction(roster + "Cover can be arranged up to 3 days before the rota begins.\n", shift, answer).pass);
  // (... unless it names the member: "stays until 2 days after the start" may move it.)
  EXPECT_TRUE(Fails(CheckExtraction(roster + "Per now works until 2 days after the start.\n", shift, answer), "/start"));
  EXPECT_TRUE(Fails(CheckExtraction(roster + "The shift begins 3 days after the date shown.\n", shift, answer), "/start"));
  // A number the text says again, otherwise, in a sentence that names it;
  // a revised field beside the plain one.
  const std::string fee = R"({"type":"object","properties":{"clerk":{"type":"string"},"fee":{"type":"number"}}})";
  const std::string ledger = "Pull out the clerk and the fee.\n\nClerk: Per Ruud\nFee: 40.00\n";
  EXPECT_TRUE(CheckExtraction(ledger, fee, R"({"clerk":"Per Ruud","fee":40})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(ledger + "Staff get a tenth off the fee, so Per pays 36.00.\n", fee,
                                    R"({"clerk":"Per Ruud","fee":40})"),
                    "/fee"));
  EXPECT_TRUE(Fails(CheckExtraction(ledger + "Amended fee: 38.00\n", fee, R"({"clerk":"Per Ruud","fee":40})"), "/fee"));
  EXPECT_TRUE(CheckExtraction(ledger + "Late fee: 12.00\n", fee, R"({"clerk":"Per Ruud","fee":40})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(ledger + "Memo: the fee was changed from 40.00 to 44.00.\n", fee,
                                    R"({"clerk":"Per Ruud","fee":40})"),
                    "/fee"));
  // A clause after the last of several listed members is that member's.
  const std::string price = R"({"type":"object","properties":{"clerk":{"type":"string"},"price":{"type":"number"}}})";
  const std::string net = "Pull out clerk, price (without VAT).\n\nClerk: Per Ruud\nPrice: 50.00\n";
  const Judged j = CheckExtraction(net, price, R"({"clerk":"Per Ruud","price":50})");
  EXPECT_TRUE(Fails(j, "/price"));
  EXPECT_FALSE(Fails(j, "/clerk"));
  // Nothing is stored where the request puts a condition in the text's own
  // words, a number, or a record picked by a word the text does not state.
  const std::string invoice = R"({"type":"object","properties":{"clerk":{"type":"string"},"fee":{"type":"number"},)"
                              R"("waived":{"type":"boolean"}}})";
  const std::string card = "\n\nClerk: Per Ruud\nFee: 40.00\nWaived: no\n";
  const std::string stored = R"({"clerk":"Per Ruud","fee":40,"waived":false})";
  EXPECT_EQ(PlainFlags("Return the clerk, fee and waived as JSON." + card, stored, invoice), "/clerk=1 /fee=1 /waived=1");
  for (const char* ask : {"Return the clerk, waived and, for a waived fee, the fee as JSON.",
                          "Return the clerk, waived and the fee of waived bookings as JSON.",
                          "Return the clerk, waived and the fee of 30 or more as JSON."}) {
    EXPECT_EQ(PlainFlags(ask + card, stored, invoice), "/clerk=0 /fee=0 /waived=0") << ask;
  }
  // (Round 65: "each", "per", a threshold in words, a place counted from the last.)
  for (const char* ask : {"Return the clerk, waived and the fee of each waived booking as JSON.",
                          "Per waived booking, return the clerk, waived and fee as JSON.",
                          "Return the clerk, waived and the fee if it runs to a hundred or more, as JSON."}) {
    EXPECT_EQ(PlainFlags(ask + card, stored, invoice), "/clerk=0 /fee=0 /waived=0") << ask;
  }
  // (Round 67: a condition in words the text states: another field's label,
  // a field's value, "where", a truth value's word before a noun, "and up",
  // a sign of comparison.)
  const std::string capped = card + "Cap: 60.00\nState: Open\n";
  for (const char* ask : {"Return the clerk, waived and the fee while under the cap, as JSON.",
                          "Return the clerk, waived and the fee of an Open booking, as JSON.",
                          "Return the clerk, waived and the fee where the state says Open, as JSON.",
                          "Return the clerk, waived and the fee of the waived booking as JSON.",
                          "Return the clerk, waived and fee (fee > 30) as JSON."}) {
    EXPECT_EQ(PlainFlags(ask + capped, stored, invoice), "/clerk=0 /fee=0 /waived=0") << ask;
  }
  const std::string rows = "\n\nclerk,desk\nPer Ruud,Window\nAnn Lie,Door\nBo Dahl,Hall\n";
  EXPECT_EQ(PlainFlags("Return the clerk and desk two rows above the last one, as JSON." + rows,
                       R"({"clerk":"Per Ruud","desk":"Window"})", desk),
            "/clerk=0 /desk=0");
  EXPECT_EQ(PlainFlags("Return the clerk and desk of the bottommost row as JSON." + rows,
                       R"({"clerk":"Bo Dahl","desk":"Hall"})", desk),
            "/clerk=0 /desk=0");
  // Keys the instruction writes with '_' name their members: twins that
  // share a word ("Check-in:" and "Check-out:", "Nights:" and "Rate per
  // night:") are picked by them, and the answer is stored.
  const std::string stay = R"({"type":"object","properties":{"check_in":{"type":"string"},)"
                           R"("check_out":{"type":"string"},"nights":{"type":"integer"}}})";
  EXPECT_EQ(PlainFlags("List check_in, check_out and nights in JSON.\n\nCheck-in: 2027-06-14\nCheck-out: 2027-06-17\n"
                       "Nights: 3\nRate per night: 1890.00\n",
                       R"({"check_in":"2027-06-14","check_out":"2027-06-17","nights":3})", stay),
            "/check_in=1 /check_out=1 /nights=1");
  // "US" is the country, not "us"; "the one before last" is not the last.
  const std::vector<std::string> us = SourceText("Return the date in US form.\n\nText:\nDate: 2027-05-02").instruction_words();
  EXPECT_NE(std::find(us.begin(), us.end(), "usa"), us.end());
  EXPECT_FALSE(SourceText("Return the clerk of the one before last.\n\nClerk: Per Ruud\nDesk: Window\n\nClerk: Ann Lie\n"
                          "Desk: Door\n\nClerk: Bo Dahl\nDesk: Hall\n")
                   .selected_record()
                   .has_value());
}

TEST(RedTeamTest, RoundSixtyEightConditionsTheSchemaPutsOnAMember) {
  // A lending desk: the fine is owed only while the loan is overdue. Where
  // the schema, not the instruction, says so (a description, a title, a
  // key, the schema's own description), the answer depends on the "State:"
  // line, which no member's evidence covers: nothing is stored, so a patch
  // that re-asks only the state never keeps a fine that no longer applies.
  const std::string loan = "Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50\n";
  const auto with = [](const std::string& fine, const std::string& top = "") {
    return R"({"type":"object",)" + top + R"("properties":{"borrower":{"type":"string"},"state":{"type":"string"},)" +
           fine + "}}";
  };
  const std::string plain = with(R"("fine":{"type":["number","null"]})");
  const std::string answer = R"({"borrower":"Una Vik","state":"Overdue","fine":12.5})";
  EXPECT_EQ(PlainFlags(loan, answer, plain), "/borrower=1 /state=1 /fine=1");
  for (const std::string& fine :
       {std::string(R"("fine":{"type":["number","null"],"description":"owed while the book is overdue, otherwise null"})"),
        std::string(R"("fine":{"type":["number","null"],"description":"null unless the state is Overdue"})"),
        std::string(R"j("fine":{"type":["number","null"],"title":"Fine (late returns only)"})j"),
        std::string(R"("fine":{"type":["number","null"],"description":"the overdue fine"})"),
        std::string(R"("fine":{"type":["number","null"],"description":"fine when late"})")}) {
    EXPECT_EQ(PlainFlags(loan, answer, with(fine)), "/borrower=0 /state=0 /fine=0") << fine;
  }
  // Keys that hold the condition, in any spelling, or a word the text
  // states only as the state's value.
  for (const char* key : {"fine_if_overdue", "fineIfOverdue", "fine (when overdue)", "overdue_fine", "fine_overdue_only"}) {
    const std::string keyed = with(std::string(R"(")") + key + R"(":{"type":["number","null"]})");
    const std::string keyed_answer = std::string(R"({"borrower":"Una Vik","state":"Overdue",")") + key + R"(":12.5})";
    EXPECT_EQ(PlainFlags(loan, keyed_answer, keyed), "/borrower=0 /state=0 /" + std::string(key) + "=0") << key;
  }
  EXPECT_EQ(PlainFlags(loan, answer, with(R"("fine":{"type":["number","null"]})",
                                           R"("description":"Loans returned in time owe no fine: null for them.",)")),
            "/borrower=0 /state=0 /fine=0");
  EXPECT_EQ(PlainFlags(loan, answer, with(R"("fine":{"type":["number","null"]})", R"("title":"OverdueLoan",)")),
            "/borrower=0 /state=0 /fine=0");
  // (Nested: the condition sits on a member of a member.)
  const std::string nested = R"({"type":"object","properties":{"borrower":{"type":"string"},"loan":{"type":"object",)"
                             R"("properties":{"state":{"type":"string"},"fine":{"type":["number","null"],)"
                             R"("description":"charged only while the loan is overdue"}}}}})";
  EXPECT_EQ(PlainFlags(loan, R"({"borrower":"Una Vik","loan":{"state":"Overdue","fine":12.5}})", nested),
            "/borrower=0 /loan=0");
  // A condition on the member's own absence is none; nor are words of its
  // own field ("Fine: 12.50 NOK" beside "fine in NOK, null if not given").
  EXPECT_EQ(PlainFlags(loan, answer, with(R"("fine":{"type":["number","null"],"description":"null if unknown"})")),
            "/borrower=1 /state=1 /fine=1");
  EXPECT_EQ(PlainFlags("Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50 NOK\n",
                       answer, with(R"("fine":{"type":["number","null"],"description":"fine in NOK, null if unknown"})")),
            "/borrower=1 /state=1 /fine=1");
  // A unit in the key that the text gives on the member's own line is no
  // condition ("fine_nok" beside "Fine: 12.50 NOK"); one it gives only as
  // another field's value is ("fine_nok" beside "Currency: NOK").
  const std::string nok = with(R"("fine_nok":{"type":["number","null"]})");
  const std::string nok_answer = R"({"borrower":"Una Vik","state":"Overdue","fine_nok":12.5})";
  EXPECT_EQ(PlainFlags("Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50 NOK\n",
                       nok_answer, nok),
            "/borrower=1 /state=1 /fine_nok=1");
  EXPECT_EQ(PlainFlags("Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50\n"
                       "Currency: NOK\n",
                       nok_answer, nok),
            "/borrower=0 /state=0 /fine_nok=0");
}

TEST(RedTeamTest, RoundsSeventyAndSeventyOneConditionsInAnySchemaStringAndInFieldsOfNoMember) {
  // The lending desk again (own texts): a condition written in a schema's
  // "$defs" name or the "$ref" to it, a "$comment", an annotation of any
  // name, an example that leaves the fine null, an "$id".
  const std::string loan = "Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50\n";
  const std::string answer = R"({"borrower":"Una Vik","state":"Overdue","fine":12.5})";
  const auto with = [](const std::string& fine, const std::string& top = "") {
    return R"({"type":"object",)" + top + R"("properties":{"borrower":{"type":"string"},"state":{"type":"string"},)" +
           R"("fine":)" + fine + "}}";
  };
  for (const std::string& schema :
       {with(R"({"$ref":"#/$defs/fine_if_overdue"})", R"("$defs":{"fine_if_overdue":{"type":["number","null"]}},)"),
        with(R"({"$ref":"#/$defs/OverdueFine"})", R"("$defs":{"OverdueFine":{"type":["number","null"]}},)"),
        with(R"({"type":["number","null"],"$comment":"null unless the loan is overdue"})"),
        with(R"({"type":["number","null"],"x-applies-when":"state is Overdue"})"),
        with(R"({"type":["number","null"]})", R"("examples":[{"borrower":"Ivar Ek","state":"Returned","fine":null}],)"),
        with(R"({"type":["number","null"]})", R"("$id":"https://lending.example/fine-only-when-overdue.json",)"),
        with(R"({"type":["number","null"]})",
             R"("$defs":{"note":{"description":"Loans returned in time owe no fine"}},)")}) {
    EXPECT_EQ(PlainFlags(loan, answer, schema), "/borrower=0 /state=0 /fine=0") << schema;
  }
  // Harmless strings stay storable: a plain "$ref", a comment on form.
  EXPECT_EQ(PlainFlags(loan, answer, with(R"({"$ref":"#/$defs/money"})", R"("$defs":{"money":{"type":"number"}},)")),
            "/borrower=1 /state=1 /fine=1");
  // A field of no member that says which records count, names a member
  // over words, repeats another field's whole value, names two members, or
  // asks a form: what it does to the answer is not read.
  const std::string plain = with(R"({"type":["number","null"]})");
  for (const char* line : {"Rule: Overdue only\n", "Filter: Overdue\n", "Fine rule: Overdue\n", "Shelf: Overdue\n",
                           "Note: fine for state overdue\n", "Case: upper\n", "Rounding: whole\n"}) {
    EXPECT_EQ(PlainFlags(loan + line, answer, plain), "/borrower=0 /state=0 /fine=0") << line;
  }
  // ... but not fields beside the record ("Branch: Nordre") where no member
  // may be null; beside a fine that may be null, a field of words alone may
  // say when it is (round 77: "Käsitlus: tasutud"), so "Branch: Nordre"
  // keeps it out too. A number under a label that names no attribute of
  // the record's own ("Rate per day: 2.50", "Renewals: 2") may be an event
  // that changed the state (round 185: "Closed in: 82327" beside "Status:
  // open"): the state is not stored; the numbers under "Room:" are.
  const std::string fine = with(R"({"type":"number"})");
  EXPECT_EQ(PlainFlags(loan + "Branch: Nordre\n", answer, fine), "/borrower=1 /state=1 /fine=1");
  EXPECT_EQ(PlainFlags(loan + "Room: 2\n", answer, fine), "/borrower=1 /state=1 /fine=1");
  for (const char* line : {"Rate per day: 2.50\n", "Renewals: 2\n"}) {
    EXPECT_EQ(PlainFlags(loan + line, answer, fine), "/borrower=1 /state=0 /fine=1") << line;
  }
  EXPECT_EQ(PlainFlags(loan + "Renewals: 2\n", answer, plain), "/borrower=1 /state=0 /fine=1");
  EXPECT_EQ(PlainFlags(loan + "Branch: Nordre\n", answer, plain), "/borrower=0 /state=0 /fine=0");
  // A truth value said of a word in the instruction ("the fine for
  // overdue true") is a condition; "overdue (true/false)" is not.
  const std::string flag = R"({"type":"object","properties":{"borrower":{"type":"string"},"overdue":{"type":"boolean"},)"
                           R"("fine":{"type":["number","null"]}}})";
  const std::string card = "\n\nBorrower: Una Vik\nOverdue: yes\nFine: 12.50\n";
  const std::string flagged = R"({"borrower":"Una Vik","overdue":true,"fine":12.5})";
  EXPECT_EQ(PlainFlags("Give the borrower, overdue (true/false) and fine as JSON." + card, flagged, flag),
            "/borrower=1 /overdue=1 /fine=1");
  for (const char* ask : {"Give the borrower, overdue and the fine for overdue true as JSON.",
                          "Give the borrower, overdue and fine as JSON; overdue true gives the fine.",
                          "Give the borrower, overdue and the fine for overdue as JSON."}) {
    EXPECT_EQ(PlainFlags(ask + card, flagged, flag), "/borrower=0 /overdue=0 /fine=0") << ask;
  }
}

TEST(RedTeamTest, RoundsSeventyTwoToSeventyFiveRuleLabelsInOtherWordsAndComputedFigures) {
  // Own texts: a lending desk. A rule line labelled in other words or
  // languages, a form in another language, a record whose rule value
  // repeats a field's value in words the checks read as a truth value.
  const std::string loan = "Give the borrower, state and fine as JSON.\n\nBorrower: Una Vik\nState: Overdue\nFine: 12.50\n";
  const std::string answer = R"({"borrower":"Una Vik","state":"Overdue","fine":12.5})";
  const std::string schema = R"({"type":"object","properties":{"borrower":{"type":"string"},"state":{"type":"string"},)"
                             R"("fine":{"type":["number","null"]}}})";
  for (const char* line : {"Nur: Overdue\n", "Gilt f\xC3\xBCr: Overdue\n", "Gjelder: Overdue\n", "Valid for: late\n",
                           "Counts: late\n", "Mode: late\n", "Desimaler: ingen\n", "Kun: Overdue\n",
                           // (Round 74: "only" in yet other languages.)
                           "Tylko: zaleg\xC5\x82" "e\n", "Sadece: gecikmi\xC5\x9F\n",
                           "Vain: my\xC3\xB6h\xC3\xA4ss\xC3\xA4\n",
                           // (Round 75: a label ending in "for" or "at", a kind of record in
                           // the plural, a member named with what becomes of it.)
                           "Charged for: late loans\n", "Geb\xC3\xBC" "hr bei: versp\xC3\xA4teten Ausleihen\n",
                           "Desk: overdue loans\n", "Returned: fine left blank\n"}) {
    EXPECT_EQ(PlainFlags(loan + line, answer, schema), "/borrower=0 /state=0 /fine=0") << line;
  }
  // A figure computed from others, asked in the instruction, a description
  // or a comment ("of one day", "divided by", "Fine / Days"), is not stored;
  // "on one line" and "a single JSON object" are forms.
  const std::string days = loan + "Days late: 5\n";
  const auto with = [](const std::string& fine) {
    return R"({"type":"object","properties":{"borrower":{"type":"string"},"state":{"type":"string"},"fine":)" + fine +
           "}}";
  };
  EXPECT_EQ(PlainFlags("Give the borrower, state and the fine of one day as JSON." + days.substr(loan.find('\n')), answer,
                       schema),
            "/borrower=0 /state=0 /fine=0");
  for (const char* fine : {R"({"type":"number","description":"Fine divided by days late"})",
                           R"({"type":"number","$comment":"Fine / Days late"})",
                           R"({"type":"number","description":"the average fine"})"}) {
    EXPECT_EQ(PlainFlags(days, answer, with(fine)), "/borrower=0 /state=0 /fine=0") << fine;
  }
  // (The state is not stored beside "Days late: 5", a number under a label
  // of no attribute: round 185.)
  EXPECT_EQ(PlainFlags("Give the borrower, state and fine as a single JSON object on one line." +
                           days.substr(loan.find('\n')),
                       answer, schema),
            "/borrower=1 /state=0 /fine=1");
}

TEST(RedTeamTest, RoundsSeventyEightAndSeventyNineUnitCaseLayoutPlacesAndSentencesThatLinkMembers) {
  // Own texts: a lending desk with a lender and a borrower. A sentence
  // above the record in the members' own words and fillers that links one
  // member to another ("The lender below is the borrower") says which field
  // is which: a changed one fails every member, and such a request is not
  // stored. One that only hands the record over still introduces it.
  const std::string schema = R"({"type":"object","properties":{"lender":{"type":"string"},"borrower":{"type":"string"}}})";
  const std::string ask = "Give the lender and the borrower as JSON.\n\n";
  const std::string record = "Lender: Oda Moe\nBorrower: Per Lund\n";
  const std::string answer = R"({"lender":"Oda Moe","borrower":"Per Lund"})";
  EXPECT_EQ(PlainFlags(ask + "Please process the following record.\n" + record, answer, schema),
            "/lender=1 /borrower=1");
  for (const char* sentence : {"The lender below is the borrower and the borrower below is the lender.\n",
                               "Read the lender below as the borrower.\n", "All fields below belong to the borrower.\n",
                               "The record below is the borrower's.\n"}) {
    EXPECT_EQ(PlainFlags(ask + sentence + record, answer, schema), "/lender=0 /borrower=0") << sentence;
    // (An imperative, "Read the lender below as ...", is read as part of
    // the instruction, whose change skips reuse before any evidence.)
    if (sentence[0] == 'R') continue;
    auto v = Compare(ask + "Please process the following record.\n" + record, ask + sentence + record, answer, schema);
    for (const MemberReuse& m : v) EXPECT_FALSE(m.pass) << sentence << m.pointer;
  }
  auto intro = Compare(ask + "Please process the following record.\n" + record,
                       ask + "Forwarded from the front desk, see the record.\n" + record, answer, schema);
  for (const MemberReuse& m : intro) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  // "Return the fine as a number": a word of form is no member.
  const std::string fined = R"({"type":"object","properties":{"borrower":{"type":"string"},"fine":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags("Give the borrower, and the fine as a number, as JSON.\n\nBorrower: Per Lund\nFine: 12.50\n",
                       R"({"borrower":"Per Lund","fine":12.5})", fined),
            "/borrower=1 /fine=1");

  // A unit's letter case: "Kb" is bits, "KB" bytes; a case change on the
  // member's own line is a change of its evidence (a lowered norm would
  // hide it), whatever the blanks.
  std::vector<std::string> norms;
  for (const Token& t : Tokenize("scan 640 Kb, 80 KB, 5 Mb, 2 mb")) norms.push_back(t.norm);
  EXPECT_EQ(norms, (std::vector<std::string>{"scan", "640", "kbit", ",", "80", "kb", ",", "5", "mbit", ",", "2", "mb"}));
  const std::string scan = R"({"type":"object","properties":{"title":{"type":"string"},"size_kb":{"type":"number"}}})";
  const std::string scan_ask = "Give the title and its size_kb as JSON.\n\nTitle: Atlas scan\n";
  const std::string scan_answer = R"({"title":"Atlas scan","size_kb":640})";
  for (const char* now : {"Size: 640 Kb\n", "Size: 640 kb\n"}) {
    auto v = Compare(scan_ask + "Size: 640 KB\n", scan_ask + now, scan_answer, scan);
    EXPECT_FALSE(Member(v, "/size_kb").pass) << now;
  }
  auto spaced = Compare(scan_ask + "Size: 640 KB\n", scan_ask + "Size: 640KB\n", scan_answer, scan);
  for (const MemberReuse& m : spaced) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;

  // A field of no member that points at a place in the layout ("Negative:
  // the line above"): reordering the lines changes what it says, so the
  // answer is not stored.
  const std::string fine = R"({"type":"object","properties":{"borrower":{"type":"string"},"fine":{"type":"number"}}})";
  const std::string card = "Give the borrower and the fine as JSON.\n\nBorrower: Per Lund\nFine: 40.00\n";
  const std::string fine_answer = R"({"borrower":"Per Lund","fine":40})";
  EXPECT_EQ(PlainFlags(card, fine_answer, fine), "/borrower=1 /fine=1");
  for (const char* rule : {"Credit: the line above\n", "Halved: the next line\n"}) {
    EXPECT_EQ(PlainFlags(card + rule, fine_answer, fine), "/borrower=0 /fine=0") << rule;
  }
}

TEST(RedTeamTest, RoundEightyOneSwapNotesInOtherLanguagesLabelCaseAndPointersWithoutWords) {
  // Own texts: the lender and the borrower again. A note above the record
  // in words no list holds ("Merk: utlåner og låntaker er byttet om.") is no
  // introduction: it may say the fields are swapped.
  const std::string schema = R"({"type":"object","properties":{"lender":{"type":"string"},"borrower":{"type":"string"}}})";
  const std::string ask = "Give the lender and the borrower as JSON.\n\n";
  const std::string record = "Lender: Oda Moe\nBorrower: Per Lund\nLoan no.: 4417\n";
  const std::string answer = R"({"lender":"Oda Moe","borrower":"Per Lund"})";
  for (const char* note : {"Merk: utl\xC3\xA5ner og l\xC3\xA5ntaker er byttet om.\n",
                           "Remarque : le pr\xC3\xAAteur et l'emprunteur sont invers\xC3\xA9s.\n"}) {
    auto v = Compare(ask + record, ask + note + record, answer, schema);
    for (const MemberReuse& m : v) EXPECT_FALSE(m.pass) << note << m.pointer;
  }
  auto intro = Compare(ask + record, ask + "Please process the following record.\n" + record, answer, schema);
  for (const MemberReuse& m : intro) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  // A unit's case in the member's own label ("Weight [mg]" -> "[Mg]").
  const std::string dose = R"({"type":"object","properties":{"drug":{"type":"string"},"dose_mg":{"type":"number"}}})";
  const std::string dose_ask = "Give the drug and its dose_mg as JSON.\n\nDrug: Ibuprofen\n";
  auto v = Compare(dose_ask + "Dose [mg]: 400\n", dose_ask + "Dose [Mg]: 400\n", R"({"drug":"Ibuprofen","dose_mg":400})",
                   dose);
  EXPECT_FALSE(Member(v, "/dose_mg").pass);
  // A field of no member that points at a line by an arrow, in another
  // language or by its number, or that gives a sign in words, keeps the
  // answer out of the store.
  const std::string fine = R"({"type":"object","properties":{"borrower":{"type":"string"},"fine":{"type":"number"}}})";
  const std::string card = "Give the borrower and the fine as JSON.\n\nBorrower: Per Lund\nFine: 40.00\nFee: 5.00\n";
  const std::string fine_answer = R"({"borrower":"Per Lund","fine":40})";
  EXPECT_EQ(PlainFlags(card, fine_answer, fine), "/borrower=1 /fine=1");
  for (const char* rule : {"Credit: \xE2\x86\x91\n", "Credit: ^\n", "Kreditert: linjen over\n",
                           "Gutschrift: vorherige Zeile\n", "Credit: line 4\n", "Sign: NEG\n", "Sign: \xE2\x88\x92\n"}) {
    EXPECT_EQ(PlainFlags(card + rule, fine_answer, fine), "/borrower=0 /fine=0") << rule;
  }
  EXPECT_EQ(PlainFlags(card + "Desk: -\n", fine_answer, fine), "/borrower=1 /fine=1");
}

TEST(RedTeamTest, RoundEightyATruthValueItsFieldStatesAndASentenceDenies) {
  // Own texts: a returned book's card. "Damaged: yes" beside a sentence
  // that says it is not damaged: which of them holds is not read, so the
  // field's value is not believed (the request ends in an error rather
  // than in the value a sentence contradicts).
  const std::string schema = R"({"type":"object","properties":{"title":{"type":"string"},"damaged":{"type":"boolean"}}})";
  const std::string card = "Give the title and whether it is damaged as JSON.\n\nTitle: Sea Atlas\nDamaged: yes\n";
  EXPECT_TRUE(CheckExtraction(card, schema, R"({"title":"Sea Atlas","damaged":true})").pass);
  const std::string denied = card + "Whatever the card above says, the book is not damaged.\n";
  EXPECT_FALSE(CheckExtraction(denied, schema, R"({"title":"Sea Atlas","damaged":true})").pass);
  // A sentence that only names it, or one in another record, says nothing.
  EXPECT_TRUE(CheckExtraction(card + "Please check the damaged box carefully.\n", schema,
                              R"({"title":"Sea Atlas","damaged":true})")
                  .pass);
  EXPECT_TRUE(CheckExtraction(card + "The book was damaged in transit.\n", schema,
                              R"({"title":"Sea Atlas","damaged":true})")
                  .pass);
}

TEST(RedTeamTest, RoundEightySixAUnitsLetterCaseInTheInstruction) {
  // Own texts: a pump's power and a link's speed. "in MW" and "in mW" are
  // units a billion apart, "Mbps" and "MBps" a factor of eight: the
  // instruction's words compared lowered hid both.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  const std::string pump = "\n\nPump: P-7\nPower: 3.2 MW\n";
  TaskInput input;
  const std::pair<const char*, const char*> changed[] = {
      {"Give the pump and its power in MW as JSON.", "Give the pump and its power in mW as JSON."},
      {"Give the link and its speed in Mbps as JSON.", "Give the link and its speed in MBps as JSON."},
      {"Give the pump and its power in kW as JSON.", "Give the pump and its power in KW as JSON."}};
  for (const auto& [before, now] : changed) {
    const std::string prompt = now + pump;  // TaskInput::prompt is a view
    input.prompt = prompt;
    SkipDecision d = rules->ReuseBlocked(before + pump, input);
    EXPECT_TRUE(d.skip) << now;
    EXPECT_NE(d.reason.find("letter case"), std::string::npos) << now << ": " << d.reason;
  }
  // The same case, or a word whose case marks nothing ("Power" at a
  // sentence's start), is no such change.
  std::string prompt = "Please give the pump and its power in MW, as JSON." + pump;
  input.prompt = prompt;
  SkipDecision same = rules->ReuseBlocked("Give the pump and its power in MW as JSON." + pump, input);
  EXPECT_EQ(same.reason.find("letter case"), std::string::npos) << same.reason;
  prompt = "Power in MW and the pump, as JSON." + pump;
  input.prompt = prompt;
  same = rules->ReuseBlocked("power in MW and the pump, as JSON." + pump, input);
  EXPECT_EQ(same.reason.find("letter case"), std::string::npos) << same.reason;

  // The store: an answer to "in MW" of a text that writes the unit only as
  // "mW" is not stored (a stale answer would be served again), one whose
  // text writes "MW" is.
  const std::string schema = R"({"type":"object","properties":{"pump":{"type":"string"},"power":{"type":"number"}}})";
  const std::string answer = R"({"pump":"P-7","power":3.2})";
  const std::string ask = "Give the pump and the power (MW) as JSON.\n\nPump: P-7\n";
  EXPECT_EQ(PlainFlags(ask + "Power (MW): 3.2\n", answer, schema), "/pump=1 /power=1");
  EXPECT_EQ(PlainFlags(ask + "Power (mW): 3.2\n", answer, schema), "/pump=0 /power=0");
  EXPECT_EQ(PlainFlags("Give the pump and the power (mW) as JSON.\n\nPump: P-7\nPower (MW): 3.2\n", answer, schema),
            "/pump=0 /power=0");
}

TEST(RedTeamTest, RoundEightySevenAUnitsLetterCaseInTheSchema) {
  // Own texts: a crane's load and a file's size. A unit the member's name,
  // description or title writes ("load_Mg", "Load in Mg", "size_kB") that the
  // text writes in another case ("8 mg", "512 kb") is a unit of another
  // size: the text's number is not the one asked, and is not stored.
  const std::string load = R"({"type":"object","properties":{"crane":{"type":"string"},)"
                           R"("load":{"type":"number","description":"Load in Mg"}}})";
  const std::string ask = "Give the crane and its load as JSON.\n\nCrane: K-12\n";
  const std::string answer = R"({"crane":"K-12","load":8})";
  EXPECT_TRUE(CheckExtraction(ask + "Load: 8 Mg\n", load, answer).pass);
  EXPECT_TRUE(Fails(CheckExtraction(ask + "Load: 8 mg\n", load, answer), "/load"));
  EXPECT_EQ(PlainFlags(ask + "Load: 8 mg\n", answer, load), "/crane=0 /load=0");
  const std::string size = R"({"type":"object","properties":{"file":{"type":"string"},"size_kB":{"type":"number"}}})";
  const std::string file = "Give the file and its size_kB as JSON.\n\nFile: atlas.tif\n";
  const std::string file_answer = R"({"file":"atlas.tif","size_kB":512})";
  EXPECT_TRUE(CheckExtraction(file + "Size: 512 kB\n", size, file_answer).pass);
  EXPECT_TRUE(Fails(CheckExtraction(file + "Size: 512 kb\n", size, file_answer), "/size_kB"));
  // A word capitalised at its first letter only is no unit ("Weight" in a
  // description beside "weight" in the text).
  const std::string weight = R"({"type":"object","properties":{"crane":{"type":"string"},)"
                             R"("weight":{"type":"number","description":"Weight of the crane"}}})";
  EXPECT_TRUE(CheckExtraction(ask + "Weight: 40\n", weight, R"({"crane":"K-12","weight":40})").pass);
}

TEST(RedTeamTest, RoundEightyEightAFieldOfNoMemberThatMaySayOfOne) {
  // Own texts: a library loan. A field of no member whose value is of a kind
  // a member holds, under a label that names no attribute of its own
  // ("Actual: 6", "Moved to: Bergen", "Returned: 2026-11-02"), may correct,
  // move or end a member's value: the answer is not stored. A field that
  // names an attribute of its own ("Phone:", "Desk:", "Due date:") is none.
  // (Such a field keeps the values plain: a request that differs from a
  // stored one by it fails the member on the changed line, and the other
  // members may still be reused.)
  const std::string schema = R"({"type":"object","properties":{"borrower":{"type":"string"},)"
                             R"("days_late":{"type":"integer"},"branch_city":{"type":"string"}}})";
  const std::string ask = "Give the borrower, days_late and branch_city as JSON.\n\n";
  const std::string record = "Borrower: Per Lund\nDays late: 4\nBranch city: Molde\n";
  const std::string answer = R"({"borrower":"Per Lund","days_late":4,"branch_city":"Molde"})";
  const std::string stored = "/borrower=1 /days_late=1 /branch_city=1";
  const std::string not_stored = "/borrower=0 /days_late=0 /branch_city=0";
  EXPECT_EQ(StoreFlags(ask + record, answer, schema), stored);
  for (const char* neutral : {"Phone: 22 33 44 55\n", "Desk: 3\n", "Due date: 2026-12-10\n", "Card number: 88120\n"}) {
    EXPECT_EQ(StoreFlags(ask + record + neutral, answer, schema), stored) << neutral;
  }
  for (const char* field : {"Actual: 6\n", "Skal v\xC3\xA6re: 6\n", "Moved to: Bergen\n", "Days late (rev. 2): 6\n",
                            "Read as: 6\n"}) {
    EXPECT_EQ(StoreFlags(ask + record + field, answer, schema), not_stored) << field;
  }
  EXPECT_EQ(PlainFlags(ask + record + "Actual: 6\n", answer, schema), stored);
  // A truth value: a date under a label that ends it, or a label sharing
  // the member's stem ("Return date" beside "returned").
  const std::string loan = R"({"type":"object","properties":{"borrower":{"type":"string"},"returned":{"type":"boolean"}}})";
  const std::string card = "Give the borrower and returned as JSON.\n\nBorrower: Per Lund\nReturned: no\n";
  const std::string loan_answer = R"({"borrower":"Per Lund","returned":false})";
  EXPECT_EQ(StoreFlags(card, loan_answer, loan), "/borrower=1 /returned=1");
  for (const char* field : {"Return date: 2026-11-02\n", "Lost since: 2026-10-01\n"}) {
    EXPECT_EQ(StoreFlags(card + field, loan_answer, loan), "/borrower=0 /returned=0") << field;
  }
}

TEST(RedTeamTest, RoundEightyNineWordsJoinedTheOtherWayRound) {
  // Own texts: a handball club's season. "Season (won-lost)" and "(lost-
  // won)" read the same words: the order says which figure is which.
  const std::string schema = R"({"type":"object","properties":{"club":{"type":"string"},"season":{"type":"string"}}})";
  const std::string text = "\n\nClub: Molde HK\nSeason (won-lost): 12-4\n";
  const std::string answer = R"({"club":"Molde HK","season":"12-4"})";
  // The instruction or the text joins two words the other way round: every
  // member fails.
  for (const auto& [before, now] : std::vector<std::pair<std::string, std::string>>{
           {"Give the club and its season (won-lost) as JSON." + text,
            "Give the club and its season (lost-won) as JSON." + text},
           {"Give the club and its season as JSON." + text,
            "Give the club and its season as JSON.\n\nClub: Molde HK\nSeason (lost-won): 4-12\n"},
           {"Give the club and its season, won then lost, as JSON." + text,
            "Give the club and its season, lost then won, as JSON." + text}}) {
    for (const MemberReuse& m : Compare(before, now, answer, schema)) EXPECT_FALSE(m.pass) << now << m.pointer;
  }
  auto same = Compare("Give the club and its season (won-lost) as JSON." + text,
                      "Please give the club and its season (won-lost), as JSON." + text, answer, schema);
  for (const MemberReuse& m : same) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  // Asked one way, written the other: not stored.
  EXPECT_EQ(PlainFlags("Give the club and its season (won-lost) as JSON." + text, answer, schema),
            "/club=1 /season=1");
  EXPECT_EQ(PlainFlags("Give the club and its season (lost-won) as JSON." + text, answer, schema),
            "/club=0 /season=0");
  const std::string described = R"({"type":"object","properties":{"club":{"type":"string"},)"
                                R"js("season":{"type":"string","description":"Season (lost-won)"}}})js";
  EXPECT_EQ(PlainFlags("Give the club and its season as JSON." + text, answer, described), "/club=0 /season=0");
}

TEST(RedTeamTest, RoundNinetyAFieldBesideAMembersOnItsLineAndOrdersByListing) {
  // Own texts: a cabin booking. A field added on a member's own line, in
  // words that name no attribute ("Upgrade: 12"), may say something of it:
  // each field compares as a field, so the line fails every member.
  const std::string schema = R"({"type":"object","properties":{"guest":{"type":"string"},"cabin":{"type":"integer"}}})";
  const std::string ask = "Give the guest and the cabin as JSON.\n\nGuest: Siri Dahl\n";
  const std::string answer = R"({"guest":"Siri Dahl","cabin":7})";
  for (const char* line : {"Cabin: 7 / Upgrade: 12\n", "Cabin: 7 | Final: 12\n", "Cabin: 7, Nytt rom: 12\n"}) {
    for (const MemberReuse& m : Compare(ask + "Cabin: 7\n", ask + line, answer, schema)) {
      EXPECT_FALSE(m.pass) << line << m.pointer;
    }
  }
  // ... not one that names an attribute of its own, nor a member's own.
  for (const MemberReuse& m : Compare(ask + "Cabin: 7\n", ask + "Cabin: 7 | Floor: 3\n", answer, schema)) {
    EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  }
  // Orders by listing ("won & lost", "won, lost", "won and lost") and by a
  // glued ':' or '.' ("won:lost", "DD.MM") count; a list of the members'
  // own names ("the guest and the cabin") is in any order.
  const std::string club = R"({"type":"object","properties":{"club":{"type":"string"},"season":{"type":"string"}}})";
  const std::string text = "\n\nClub: Molde HK\nSeason (won-lost): 12-4\n";
  const std::string club_answer = R"({"club":"Molde HK","season":"12-4"})";
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"(won & lost)", "(lost & won)"}, {"(won, lost)", "(lost, won)"}, {"(won and lost)", "(lost and won)"},
           {"(won:lost)", "(lost:won)"}}) {
    auto v = Compare("Give the club and its season " + a + " as JSON." + text,
                     "Give the club and its season " + b + " as JSON." + text, club_answer, club);
    for (const MemberReuse& m : v) EXPECT_FALSE(m.pass) << b << m.pointer;
  }
  auto listed = Compare("Give the club and the season as JSON." + text, "Give the season and the club as JSON." + text,
                        club_answer, club);
  for (const MemberReuse& m : listed) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  // A key's words in another order than the text's label: not stored.
  const std::string keyed = R"({"type":"object","properties":{"club":{"type":"string"},"season_lost_won":{"type":"string"}}})";
  EXPECT_EQ(PlainFlags("Give the club and season_lost_won as JSON." + text, R"({"club":"Molde HK","season_lost_won":"12-4"})",
                       keyed),
            "/club=0 /season_lost_won=0");
}

TEST(RedTeamTest, RoundNinetyFourSchemaTextTheChecksDoNotReadKeepsAnAnswerOutOfTheStore) {
  // Own texts: a ferry's crossing. What a member means may be written in the
  // schema where no check reads it: "in minutes" in an "allOf" beside
  // "crossing", a "$comment", an "x-unit", a "format" no standard defines, a
  // "$ref" target's name. The text's "45" passes the checks, but such an
  // answer is not stored, so a stale one is never served again.
  const std::string text = "Give the ferry and the crossing as JSON.\n\nFerry: MF Lote\nCrossing: 45\n";
  const std::string answer = R"({"ferry":"MF Lote","crossing":45})";
  const std::string head = R"({"type":"object","properties":{"ferry":{"type":"string"},"crossing":)";
  EXPECT_EQ(StoreFlags(text, answer, head + R"({"type":"integer","description":"Crossing"}}})"),
            "/ferry=1 /crossing=1");
  // A member that may be null, by "anyOf" with types alone, is read.
  EXPECT_EQ(StoreFlags(text, answer, head + R"({"anyOf":[{"type":"integer"},{"type":"null"}]}}})"),
            "/ferry=1 /crossing=1");
  for (const std::string member :
       {R"({"allOf":[{"type":"integer"},{"description":"in seconds"}]}}})",
        R"({"anyOf":[{"type":"integer","description":"in seconds"},{"type":"null"}]}}})",
        R"({"type":"integer","$comment":"seconds"}}})", R"({"type":"integer","x-unit":"s"}}})",
        R"({"type":"integer","format":"duration_in_seconds"}}})",
        R"({"$ref":"#/$defs/crossing_seconds"}},"$defs":{"crossing_seconds":{"type":"integer"}}})",
        R"({"type":"integer"}},"patternProperties":{"^cross":{"description":"in seconds"}}})",
        R"({"type":"integer"}},"$comment":"all times in seconds"})"}) {
    const std::string schema = head + member;
    EXPECT_EQ(StoreFlags(text, answer, schema), "/ferry=0 /crossing=0") << member;
    // (The checks still pass the answer; only storing it is refused.)
    EXPECT_EQ(PlainFlags(text, answer, schema), "/ferry=1 /crossing=1") << member;
  }
  // A "$ref" target whose name says no more than the member's: read.
  EXPECT_EQ(StoreFlags(text, answer, head + R"({"$ref":"#/$defs/crossing"}},"$defs":{"crossing":{"type":"integer"}}})"),
            "/ferry=1 /crossing=1");
}

TEST(RedTeamTest, RoundNinetyThreeAStringRewrittenOnlyAsWrittenWithTheSameMarks) {
  // Own texts: a ferry's skipper. A stored "Skipper: Ida Vik" rewritten for a
  // new text took the new value's whole span: "Skipper: \xC2\xABAre Lund\xC2\xBB"
  // gave "\xC2\xABAre Lund\xC2\xBB", "_Are Lund_" gave "_Are Lund_". A value
  // wrapped whole in quotation marks or brackets is the words inside them;
  // any other mark the old value had not ("_", "\xC2\xB9", "\xE2\x80\xA6")
  // is no value of the same shape.
  const std::string schema = R"({"type":"object","properties":{"ferry":{"type":"string"},"skipper":{"type":"string"}}})";
  const std::string ask = "Give the ferry and the skipper as JSON.\n\nFerry: MF Lote\nSkipper: ";
  const std::string answer = R"({"ferry":"MF Lote","skipper":"Ida Vik"})";
  for (const std::string& wrapped : {std::string("\xC2\xAB" "Are Lund\xC2\xBB"), std::string("\xE3\x80\x8C" "Are Lund\xE3\x80\x8D"),
                                     std::string("\xE2\x80\x9C" "Are Lund\xE2\x80\x9D"), std::string("Are Lund")}) {
    // (The marks around it change its line: the member is patched, or
    // rewritten to the words alone.)
    auto v = Compare(ask + "Ida Vik\n", ask + wrapped + "\n", answer, schema);
    if (Member(v, "/skipper").pass) {
      ASSERT_TRUE(Member(v, "/skipper").rewrite.has_value()) << wrapped;
      EXPECT_EQ(*Member(v, "/skipper").rewrite, "\"Are Lund\"") << wrapped;
    }
  }
  auto plain = Compare(ask + "Ida Vik\n", ask + "Are Lund\n", answer, schema);
  ASSERT_TRUE(Member(plain, "/skipper").rewrite.has_value());
  EXPECT_EQ(*Member(plain, "/skipper").rewrite, "\"Are Lund\"");
  for (const std::string& marked : {std::string("_Are Lund_"), std::string("Are Lund\xC2\xB9"),
                                    std::string("Are Lund\xE2\x80\xA6"), std::string("\xC2\xAB" "Are Lund")}) {
    auto v = Compare(ask + "Ida Vik\n", ask + marked + "\n", answer, schema);
    EXPECT_FALSE(Member(v, "/skipper").pass && Member(v, "/skipper").rewrite.has_value()) << marked;
  }
}

TEST(RedTeamTest, RoundsNinetyFiveAndNinetyEightQuotedPartsPlaceholdersPointersAndABracketedPart) {
  // Own texts: a choir's soloist. Two quoted parts ("\"Ma\" Dahl \"Sr\"") are
  // no shape of one quoted whole with a quote inside; a lone closing quote
  // ("Lovin'") is no quoted whole; a member that may be null takes no
  // copied string ("Your Name", "Ukjent" may stand for none).
  const std::string schema = R"({"type":"object","properties":{"choir":{"type":"string"},"soloist":{"type":"string"}}})";
  const std::string ask = "Give the choir and the soloist as JSON.\n\nChoir: Vox Nidaros\nSoloist: ";
  const std::string two = R"({"choir":"Vox Nidaros","soloist":"\"Ma\" Dahl \"Sr\""})";
  auto v = Compare(ask + "\"Ma\" Dahl \"Sr\"\n", ask + "\"Liv \"Li\" Holm\"\n", two, schema);
  EXPECT_FALSE(Member(v, "/soloist").pass && Member(v, "/soloist").rewrite.has_value()) << Member(v, "/soloist").reason;
  const std::string quoted = R"({"choir":"Vox Nidaros","soloist":"Anna Lie"})";
  v = Compare(ask + "'Anna Lie'\n", ask + "Keep Lovin'\n", quoted, schema);
  EXPECT_FALSE(Member(v, "/soloist").pass && Member(v, "/soloist").rewrite.has_value()) << Member(v, "/soloist").reason;
  const std::string nullable =
      R"({"type":"object","properties":{"choir":{"type":"string"},"soloist":{"type":["string","null"]}}})";
  v = Compare(ask + "Anna Lie\n", ask + "Your Name\n", quoted, nullable);
  EXPECT_FALSE(Member(v, "/soloist").pass) << Member(v, "/soloist").reason;
  // Round 98: a value that points at another ("Ditto", "As above", "Same
  // person") is no value of its own to copy.
  const std::string host = R"({"type":"object","properties":{"host":{"type":"string"},"soloist":{"type":"string"}}})";
  const std::string hosted = "Give the host and the soloist as JSON.\n\nHost: Vox Nidaros\nSoloist: ";
  const std::string stored = R"({"host":"Vox Nidaros","soloist":"Anna Lie"})";
  for (const char* pointer : {"As Above", "Ditto Ditto", "Same Person", "Idem Idem", "See Below"}) {
    v = Compare(hosted + "Anna Lie\n", hosted + pointer + "\n", stored, host);
    EXPECT_FALSE(Member(v, "/soloist").pass && Member(v, "/soloist").rewrite.has_value()) << pointer;
  }
  // A part of a field's value in brackets is not the value, whatever the
  // keys' language ("书名" for the title).
  const std::string book = R"({"type":"object","properties":{"作者":{"type":"string"},"书名":{"type":"string"}}})";
  const std::string text = "Return the book as JSON.\n\n作者: 曹雪芹\n书名: 《红楼梦》与《西游记》\n";
  EXPECT_FALSE(CheckExtraction(text, book, R"({"作者":"曹雪芹","书名":"红楼梦"})").pass);
}

TEST(RedTeamTest, RoundNinetySevenSignsFormsAndPlaceWordsInAMembersOwnTitle) {
  // Own texts: a ferry ticket and a shift. A member's own title or
  // description says what its value means in a sign ("Fare (\xC2\xA2)"), a form
  // ("in words") or a word of place ("End" on `start`) that the words read
  // before dropped: the text's value is not stated plainly, and is not stored.
  const std::string ask = "Give the ticket's ref and fare as JSON.\n\nRef: T-88\nFare: 40\n";
  const std::string answer = R"({"ref":"T-88","fare":40})";
  const std::string head = R"({"type":"object","properties":{"ref":{"type":"string"},"fare":)";
  EXPECT_EQ(PlainFlags(ask, answer, head + R"({"type":"number","title":"Fare"}}})"), "/ref=1 /fare=1");
  for (const std::string fare : {R"js({"type":"number","title":"Fare (\u00a2)"}}})js",
                                 R"js({"type":"number","description":"fare in \u00a3"}}})js"}) {
    EXPECT_EQ(PlainFlags(ask, answer, head + fare), "/ref=1 /fare=0") << fare;
  }
  const std::string words = head + R"({"type":"string","description":"the fare in words"}}})";
  EXPECT_TRUE(Fails(CheckExtraction(ask, words, R"({"ref":"T-88","fare":"40"})"), "/fare"));
  const std::string shift =
      "Return the roster as JSON.\n\nText:\nPlease process the following roster record.\nWorker: Ola Lie\n"
      "Start: 09:00\nEnd: 17:30\nEnd of roster record.";
  const std::string times = R"({"worker":"Ola Lie","start":"09:00","end":"17:30"})";
  const std::string crew = R"({"type":"object","properties":{"worker":{"type":"string"},"start":)";
  EXPECT_EQ(PlainFlags(shift, times, crew + R"({"type":"string"},"end":{"type":"string"}}})"),
            "/worker=1 /start=1 /end=1");
  EXPECT_EQ(PlainFlags(shift, times, crew + R"({"type":"string","title":"End"},"end":{"type":"string"}}})"),
            "/worker=1 /start=0 /end=1");
}

TEST(RedTeamTest, AKeysWordThatInstructionsUseAsAVerbStillSaysWhichOne) {
  // Own texts: a ferry ticket. "return_flight" beside "Flight:" — "return"
  // reads as an instruction's verb ("Return the ..."), but in a member's
  // name it says which flight: the text's one flight is not stated plainly
  // as the return flight, and the answer is not stored.
  const std::string schema = R"({"type":"object","properties":{"ref":{"type":"string"},)"
                             R"("return_flight":{"type":["string","null"]}}})";
  const std::string answer = R"({"ref":"B-2","return_flight":"SK 4037"})";
  const std::string ask = "Return the ref and the return flight as JSON.\n\nRef: B-2\n";
  EXPECT_EQ(PlainFlags(ask + "Flight: SK 4037\n", answer, schema), "/ref=1 /return_flight=0");
  EXPECT_EQ(PlainFlags(ask + "Return flight: SK 4037\n", answer, schema), "/ref=1 /return_flight=1");
  const std::string order = R"({"type":"object","properties":{"ref":{"type":"string"},"order_date":{"type":"string"}}})";
  EXPECT_EQ(PlainFlags("Give the ref and the order date as JSON.\n\nRef: B-2\nDate: 2026-05-01\n",
                       R"({"ref":"B-2","order_date":"2026-05-01"})", order),
            "/ref=1 /order_date=0");
}

TEST(InstructionChangeTest, AWordThatQualifiesAMemberOrAConditionIsNoParaphrase) {
  const std::vector<std::string> members = {"clerk", "desk", "phone", "amount"};
  LicensedChanges all;
  all.paraphrase = all.formatting = all.unrelated_sentence = true;
  const auto words = [](const std::string& s) { return SourceText(s + "\n\nText:\nClerk: A").instruction_words(); };
  const auto compare = [&](const std::string& a, const std::string& b) {
    return CompareInstructions(words(a), words(b), all, {}, {}, &members);
  };
  EXPECT_TRUE(compare("Return the clerk and the phone as JSON.", "Please return the clerk and the phone in JSON.").licensed);
  for (const char* edited : {"Return the clerk and the full phone as JSON.",
                             "Return the clerk and the phone as a plain number, as JSON.",
                             "Return the clerk and the phone only if listed, as JSON."}) {
    EXPECT_FALSE(compare("Return the clerk and the phone as JSON.", edited).licensed) << edited;
  }
  EXPECT_FALSE(compare("Return the clerk and the amount as JSON.", "Return the clerk and the amount if paid as JSON.")
                   .licensed);
  // A word right before a member's name, a record placed by another.
  EXPECT_FALSE(compare("Return the clerk and the phone as JSON.", "Return the clerk and the mobile phone as JSON.")
                   .licensed);
  EXPECT_FALSE(compare("Return the clerk and the phone as JSON.",
                       "Return the clerk and the phone of the row beneath Ann Lie as JSON.")
                   .licensed);
  EXPECT_TRUE(compare("Return the clerk and the phone from the roster below.",
                      "From the roster below, return the clerk and the phone.")
                  .licensed);
}

TEST(EvidenceTest, AChangedNumberNoMemberLabelsStopsTheReuseOfNumbers) {
  const std::string schema = R"({"type":"object","properties":{"event":{"type":"string"},)"
                             R"("spend":{"type":"number","description":"Total spend"}}})";
  const std::string ask = "Return the event and its total spend as JSON.\n\nText:\nEvent: Spring fair\n";
  const std::string answer = R"({"event":"Spring fair","spend":900})";
  auto v = Compare(ask + "Hall: 600\nMusic: 300\nTotal spend: 900\n", ask + "Hall: 600\nMusic: 350\nTotal spend: 900\n",
                   answer, schema);
  EXPECT_FALSE(Member(v, "/spend").pass) << Member(v, "/spend").reason;
  EXPECT_TRUE(Member(v, "/event").pass) << Member(v, "/event").reason;
  // The same fields laid out anew change nothing.
  auto same = Compare(ask + "Hall: 600\nMusic: 300\nTotal spend: 900\n", ask + "Hall - 600\nMusic - 300\nTotal spend - 900\n",
                      answer, schema);
  for (const MemberReuse& m : same) EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
}

TEST(EvidencePropertyTest, RandomRecordSelectionJudgesOnlyTheSelectedRecord) {
  std::mt19937 rng(7);
  const std::vector<std::string> ordinals = {"first", "second", "third"};
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  const std::vector<std::string> names = {"Ann Lee", "Bo Chen", "Cy Diaz", "Di Eko", "Ed Fox"};
  for (int round = 0; round < 100; ++round) {
    std::string text;
    std::vector<std::pair<std::string, int>> records;
    for (int r = 0; r < 3; ++r) {
      records.push_back({names[(round + r) % names.size()], 20 + static_cast<int>(rng() % 25) + r * 25});  // (apart)
      text += "Record " + std::to_string(r + 1) + ":\nName: " + records[r].first + "\nAge: " +
              std::to_string(records[r].second) + "\n\n";
    }
    const std::size_t want = rng() % 3, other = (want + 1 + rng() % 2) % 3;
    const std::string prompt = "Extract the " + ordinals[want] + " record's name and age as JSON.\n\nText:\n" + text;
    auto answer = [&](std::size_t r) {
      return "{\"name\":\"" + records[r].first + "\",\"age\":" + std::to_string(records[r].second) + "}";
    };
    EXPECT_TRUE(CheckExtraction(prompt, schema, answer(want)).pass) << prompt;
    EXPECT_FALSE(CheckExtraction(prompt, schema, answer(other)).pass) << prompt;
  }
}

// A note headed "Erratum", "Amendment" or a correction in another language
// changes the record above it like "Correction:": a value the note does not
// state fails (the model is asked again; with no answer the note states, the
// request ends in an error, not in the value the note replaced).
TEST(RedTeamTest, AnErratumNoteChangesTheRecordAboveIt) {
  const std::string schema = R"({"type":"object","properties":{"soloist":{"type":"string"},"bars":{"type":"integer"}}})";
  const std::string record = "Return the concert's soloist as JSON.\n\nSoloist: Petra Lund\nBars: 112\n";
  EXPECT_TRUE(CheckExtraction(record, schema, R"({"soloist":"Petra Lund","bars":112})").pass);
  for (const char* note : {"Erratum: Soloist Aud Berge", "Errata: the soloist is Aud Berge",
                           "Amendment: soloist Aud Berge", "Rettelse: solist Aud Berge",
                           "Berichtigung: Solistin Aud Berge"}) {
    const Judged j = CheckExtraction(record + note + "\n", schema, R"({"soloist":"Petra Lund","bars":112})");
    EXPECT_TRUE(Fails(j, "/soloist")) << note << " " << j.text;
  }
}

// "Berth: A4" beside "New berth: C9" (or "Neuer Liegeplatz" for a German
// key): which of them is asked is not read, for a string as for a number.
TEST(RedTeamTest, AStringBesideANewTwinOfItsField) {
  const std::string schema = R"({"type":"object","properties":{"boat":{"type":"string"},"berth":{"type":"string"}}})";
  const std::string record = "Return the boat and its berth as JSON.\n\nBoat: Havbris\nBerth: A4\nLength: 9 m\n";
  EXPECT_TRUE(CheckExtraction(record, schema, R"({"boat":"Havbris","berth":"A4"})").pass);
  for (const char* twin : {"New berth: C9", "Nytt berth: C9", "Neues Berth: C9", "Revised berth: C9"}) {
    const Judged j = CheckExtraction(record + twin + "\n", schema, R"({"boat":"Havbris","berth":"A4"})");
    EXPECT_TRUE(Fails(j, "/berth")) << twin << " " << j.text;
    EXPECT_FALSE(Fails(j, "/boat")) << twin << " " << j.text;
  }
  // (A twin that names another berth is not a change of it.)
  EXPECT_TRUE(CheckExtraction(record + "Winter berth: C9\n", schema, R"({"boat":"Havbris","berth":"A4"})").pass);
}

// Rounds 101 and 102 (own texts: a parcel, a ferry booking, a weather
// station's report): what a fresh answer may hold and still be stored.
TEST(RedTeamTest, RoundHundredElevenAllowedValuesAndStatementsOfTheRecord) {
  // Own record: a rowing boat's hire. An allowed value of a member that is
  // also a short word ("it is a single", "; in de") said in the instruction
  // is a change of what is asked; a statement of the record in the
  // instruction ("it is not insured", "no insurance"), the value alone as a
  // line of the record ("It is a double."), or a field of no member that
  // names one ("Unit: oar") keeps the answer out of the store.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  const std::string schema_text = R"({"type":"object","properties":{"rower":{"type":"string"},"oars":{"type":"integer"},
      "insured":{"type":"boolean"},"boat":{"type":"string","enum":["single","double","quad"]},
      "language":{"type":"string","enum":["en","de","it"]}}})";
  rapidjson::Document schema;
  ASSERT_TRUE(ParseJson(schema_text, schema));
  const MemberLabelTable table(&schema);
  const std::string record = "\n\nRecord:\nRower: Ida Lund\nOars: 2\nInsured: yes\nBoat: single\nLanguage: en\n";
  const std::string answer = R"({"rower":"Ida Lund","oars":2,"insured":true,"boat":"single","language":"en"})";
  TaskInput input;
  input.schema_json = &schema;
  input.labels = &table;
  for (const char* now : {"Extract the record as JSON. It is a double.", "Extract the record as JSON; in de.",
                          "Extract the record as JSON; it is a quad."}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked("Extract the record as JSON." + record, input);
    EXPECT_TRUE(d.skip) << now << ": " << d.reason;
  }
  const std::string none = "/rower=0 /oars=0 /insured=0 /boat=0 /language=0";
  EXPECT_EQ(StoreFlags("Extract the record as JSON." + record, answer, schema_text),
            "/rower=1 /oars=1 /insured=1 /boat=1 /language=1");
  for (const char* ask : {"Extract the record as JSON; it is not insured.", "Extract the record as JSON; no insurance.",
                          "Extract the record as JSON; it's a double.", "Extract the record as JSON (boat: double or quad)."}) {
    EXPECT_EQ(StoreFlags(ask + record, answer, schema_text), none) << ask;
  }
  EXPECT_EQ(StoreFlags("Extract the record as JSON.\n\nRecord:\nIt is a double.\nRower: Ida Lund\nOars: 2\n"
                       "Insured: yes\nBoat: single\nLanguage: en\n", answer, schema_text),
            none);
  EXPECT_EQ(StoreFlags("Extract the record as JSON." + record + "Unit: oar\n", answer, schema_text), none);
  // (A form's negation, "no commentary", says nothing of the values.)
  EXPECT_EQ(StoreFlags("Extract the record as JSON, no commentary." + record, answer, schema_text),
            "/rower=1 /oars=1 /insured=1 /boat=1 /language=1");
  // Round 113: an allowed value's plural, a short statement of its own in
  // the instruction or as a record line (a boolean's synonym no list holds:
  // "covered" for insured), an allowed value as a field of no member.
  for (const char* now : {"Extract the record as JSON; doubles.", "Extract the record as JSON; covered.",
                          "Extract the record as JSON; B&B."}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked("Extract the record as JSON." + record, input);
    EXPECT_TRUE(d.skip) << now;
    EXPECT_EQ(StoreFlags(now + record, answer, schema_text), none) << now;
  }
  EXPECT_EQ(StoreFlags("Extract the record as JSON." + record + "covered\n", answer, schema_text), none);
  EXPECT_EQ(StoreFlags("Extract the record as JSON." + record + "Category: doubles\n", answer, schema_text), none);
  // (A form asked in a sentence of its own, or a courtesy, is none.)
  for (const char* now : {"Extract the record as JSON. Answer on a single line.", "Extract the record as JSON. Thanks!"}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked("Extract the record as JSON." + record, input);
    EXPECT_EQ(d.reason.find("short statement"), std::string::npos) << now << ": " << d.reason;
  }
}

TEST(RedTeamTest, RoundHundredTenALineOfTheRecordThatAsksIsNotStored) {
  // Own record: a ferry booking. A line inside the record that asks or
  // computes something of a member ("Output cabin fare per adult in the
  // record below.") says the text's value is not the answer: the answer the
  // model gives from the field is not stored (found again with rounds
  // 115-117 in the set: the round-110 request was stored in a second run and
  // served to its twins).
  const std::string schema = R"({"type":"object","properties":{"passenger":{"type":"string"},)"
                             R"("cabin_fare":{"type":"number"},"adults":{"type":"integer"}}})";
  const std::string answer = R"({"passenger":"Ida Holm","cabin_fare":120,"adults":2})";
  const std::string ask = "Extract the record as JSON.\n\nRecord:\n";
  const std::string booking = "Passenger: Ida Holm\nCabin fare: 120.00\nAdults: 2\n";
  EXPECT_EQ(StoreFlags(ask + booking, answer, schema), "/passenger=1 /cabin_fare=1 /adults=1");
  for (const char* line : {"Output cabin fare per adult in the record below.\n",
                           "Output the cabin fare each adult pays in the record below.\n"}) {
    EXPECT_EQ(StoreFlags(ask + line + booking, answer, schema), "/passenger=0 /cabin_fare=0 /adults=0") << line;
  }
}

TEST(RedTeamTest, RoundHundredSeventeenMoneyInAScale) {
  // Own record: a harbour crane's purchase. A scale written as a unit ("MM"
  // millions read as millimetres, "T" trillions as tonnes, "L" lakhs as
  // litres) beside money, a unit beside an amount of money, or a scale given
  // once for the record in a field ("Currency: USD MM", "Amounts: $K", a label
  // "Budget in $MM"): the number as it stands is not the value, so it is not
  // stored, and a stored plain value is not reused or rewritten for it.
  const std::string schema = R"({"type":"object","properties":{"crane":{"type":"string"},"budget":{"type":"number"}}})";
  const std::string ask = "Return the crane and the budget as JSON.\n\nText:\n";
  const std::string answer = R"({"crane":"Gantry 4","budget":750})";
  EXPECT_EQ(PlainFlags(ask + "Crane: Gantry 4\nBudget: 750\n", answer, schema), "/crane=1 /budget=1");
  EXPECT_EQ(PlainFlags(ask + "Crane: Gantry 4\nBudget: USD 750\n", answer, schema), "/crane=1 /budget=1");
  EXPECT_EQ(PlainFlags(ask + "Currency: USD\nCrane: Gantry 4\nBudget: 750\n", answer, schema), "/crane=1 /budget=1");
  for (const char* text : {"Crane: Gantry 4\nBudget: $750MM\n", "Crane: Gantry 4\nBudget: USD 750 mm\n",
                           "Crane: Gantry 4\nBudget: 750 MM\n", "Crane: Gantry 4\nBudget: 750mm\n",
                           "Crane: Gantry 4\nBudget: \u20B9750 L\n", "Crane: Gantry 4\nBudget: $750T\n",
                           "Currency: USD MM\nCrane: Gantry 4\nBudget: 750\n", "Amounts: $K\nCrane: Gantry 4\nBudget: 750\n",
                           "Crane: Gantry 4\nUnit: EURm\nBudget: 750\n", "Crane: Gantry 4\nBudget in $MM: 750\n",
                           // Round 118: scales and money in other scripts.
                           "Crane: Gantry 4\nUnit: \u4E07\u5143\nBudget: 750\n", "Crane: Gantry 4\nBudget: 750\u4E07\u5143\n",
                           "Crane: Gantry 4\nUnit: mld z\u0142\nBudget: 750\n"}) {
    EXPECT_EQ(PlainFlags(ask + text, answer, schema), "/crane=1 /budget=0") << text;
  }
  auto v = Compare(ask + "Crane: Gantry 4\nBudget: 750\n", ask + "Crane: Gantry 4\nBudget: $750MM\n", answer, schema);
  EXPECT_FALSE(Member(v, "/budget").pass);
  v = Compare(ask + "Crane: Gantry 4\nBudget: 750\n", ask + "Crane: Gantry 4\nBudget: $900MM\n", answer, schema);
  EXPECT_FALSE(Member(v, "/budget").pass);
  EXPECT_FALSE(Member(v, "/budget").rewrite.has_value());
  // (A length in millimetres, a name in capitals, stay plain.)
  const std::string boom = R"({"type":"object","properties":{"crane":{"type":"string"},"boom":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags("Return the crane and the boom as JSON.\n\nText:\nCrane: GANTRY T\nBoom: 750 mm\n",
                       R"({"crane":"GANTRY T","boom":750})", boom),
            "/crane=1 /boom=1");
}

TEST(RedTeamTest, RoundHundredNineteenAYearInTwoDigits) {
  // Own record: a boat register. A year written in two digits ("Year built:
  // 19") does not say its century, and the hour 24 is the next day's 0: the
  // number as written is not stored, and a stored four-digit year is not
  // rewritten to it.
  const std::string schema = R"({"type":"object","properties":{"boat":{"type":"string"},)"
                             R"("year_built":{"type":"integer"}}})";
  const std::string ask = "Return the boat and the year built as JSON.\n\nText:\nBoat: Havbris\n";
  EXPECT_EQ(PlainFlags(ask + "Year built: 2019\n", R"({"boat":"Havbris","year_built":2019})", schema),
            "/boat=1 /year_built=1");
  EXPECT_EQ(PlainFlags(ask + "Year built: 19\n", R"({"boat":"Havbris","year_built":19})", schema),
            "/boat=1 /year_built=0");
  auto v = Compare(ask + "Year built: 2019\n", ask + "Year built: 21\n", R"({"boat":"Havbris","year_built":2019})",
                   schema);
  EXPECT_FALSE(Member(v, "/year_built").pass);
  EXPECT_FALSE(Member(v, "/year_built").rewrite.has_value());
  const std::string ferry = R"({"type":"object","properties":{"boat":{"type":"string"},)"
                            R"("departure_hour":{"type":"integer"}}})";
  EXPECT_EQ(PlainFlags("Return the boat and the departure hour as JSON.\n\nText:\nBoat: Havbris\nDeparture hour: 24\n",
                       R"({"boat":"Havbris","departure_hour":24})", ferry),
            "/boat=1 /departure_hour=0");
  EXPECT_EQ(PlainFlags("Return the boat and the departure hour as JSON.\n\nText:\nBoat: Havbris\nDeparture hour: 23\n",
                       R"({"boat":"Havbris","departure_hour":23})", ferry),
            "/boat=1 /departure_hour=1");
}

TEST(RedTeamTest, RoundHundredTwentyAFieldOfNoMemberThatChangesACountOrATruth) {
  // Own record: a ferry booking. A field of no member in words may change a
  // count ("Late addition: Ola Dahl", "Extension: two berths"), and a
  // refusal, nothing or zero beside a truth value may turn it ("Card:
  // declined", "Amount paid: 0.00", "Seats left: none"): what it does to the
  // member is not read, so the answer copied from the member's own line is
  // not stored.
  const std::string count = R"({"type":"object","properties":{"booking":{"type":"string"},"berths":{"type":"integer"}}})";
  const std::string ask = "Return the booking and the berths as JSON.\n\nText:\nBooking: FB-77\nBerths: 2\n";
  const std::string two = R"({"booking":"FB-77","berths":2})";
  EXPECT_EQ(StoreFlags(ask, two, count), "/booking=1 /berths=1");
  for (const char* line : {"Late addition: Ola Dahl\n", "Extension: two berths\n", "Dropped out: Per Moe\n"}) {
    EXPECT_EQ(StoreFlags(ask + line, two, count), "/booking=0 /berths=0") << line;
  }
  const std::string truth = R"({"type":"object","properties":{"booking":{"type":"string"},"paid":{"type":"boolean"}}})";
  const std::string paid = "Return the booking and paid as JSON.\n\nText:\nBooking: FB-77\nPaid: yes\n";
  const std::string yes = R"({"booking":"FB-77","paid":true})";
  EXPECT_EQ(StoreFlags(paid, yes, truth), "/booking=1 /paid=1");
  // (A question of the truth value is no statement of it.)
  EXPECT_EQ(StoreFlags("Return the booking and whether it is paid as JSON.\n\nText:\nBooking: FB-77\nPaid: yes\n", yes,
                       truth),
            "/booking=1 /paid=1");
  for (const char* line : {"Card: declined\n", "Amount paid: 0.00\n", "Entry: recorded in error\n"}) {
    EXPECT_EQ(StoreFlags(paid + line, yes, truth), "/booking=0 /paid=0") << line;
  }
}

TEST(RedTeamTest, RoundHundredTwentyOneStatesInWordsNoListHoldsAndListsBesideACount) {
  // Own records: a ferry booking and a deck's crew. Beside a truth value a
  // field of no member in lower-case words ("Card: charged back", "Berths:
  // gone") or a placeholder ("Received: n/a"), beside a count a list of names
  // ("Crew: Ada Ek, Bo Lind + Di Moe"): what it does to the member is not
  // read, so the copy of the member's own line is not stored; added to a
  // stored request, no member is reused.
  const std::string truth = R"({"type":"object","properties":{"booking":{"type":"string"},"paid":{"type":"boolean"}}})";
  const std::string ask = "Return the booking and paid as JSON.\n\nText:\nBooking: Havbris\nPaid: yes\n";
  const std::string yes = R"({"booking":"Havbris","paid":true})";
  EXPECT_EQ(StoreFlags(ask, yes, truth), "/booking=1 /paid=1");
  // (Since round 123 a name is no longer told from a state in capitals:
  // "Card: Visa" keeps it out of the store too.)
  EXPECT_EQ(StoreFlags(ask + "Card: Visa\n", yes, truth), "/booking=0 /paid=0");
  for (const char* line : {"Card: charged back\n", "Berths: gone\n", "Received: n/a\n", "Funds: pending\n"}) {
    EXPECT_EQ(StoreFlags(ask + line, yes, truth), "/booking=0 /paid=0") << line;
    for (const MemberReuse& m : Compare(ask, ask + line, yes, truth)) EXPECT_FALSE(m.pass) << line << m.pointer;
  }
  const std::string count = R"({"type":"object","properties":{"deck":{"type":"string"},"crew":{"type":"integer"}}})";
  const std::string deck = "Return the deck and the crew as JSON.\n\nText:\nDeck: Aft\nCrew: 3\n";
  const std::string three = R"({"deck":"Aft","crew":3})";
  EXPECT_EQ(StoreFlags(deck, three, count), "/deck=1 /crew=1");
  for (const char* line : {"Names: Ada Ek, Bo Lind + Di Moe\n", "Names: Ada Ek, Bo Lind\n", "Names: Cy Holm +1\n"}) {
    EXPECT_EQ(StoreFlags(deck + line, three, count), "/deck=0 /crew=0") << line;
    for (const MemberReuse& m : Compare(deck, deck + line, three, count)) EXPECT_FALSE(m.pass) << line << m.pointer;
  }
  // (A phone's "+47" adds no one.)
  EXPECT_EQ(StoreFlags(deck + "Phone: +47 22 33 44 55\n", three, count), "/deck=1 /crew=1");
}

TEST(RedTeamTest, RoundHundredTwentyTwoAStringInAnotherLetterCaseIsNotStored) {
  // Own record: a left-luggage locker. "Tag: b7-AX" after "Locker: B7-ax":
  // the model's copy of the other field passes the case-blind reading of the
  // text, but a code's letter case may be its meaning, so only the value as
  // its own field writes it is stored.
  const std::string schema = R"({"type":"object","properties":{"locker":{"type":"string"},"hours":{"type":"integer"}}})";
  const std::string text = "Return the locker and the hours as JSON.\n\nText:\nLocker: B7-ax\nHours: 6\nTag: b7-AX\n";
  EXPECT_EQ(PlainFlags(text, R"({"locker":"B7-ax","hours":6})", schema), "/locker=1 /hours=1");
  EXPECT_EQ(PlainFlags(text, R"({"locker":"b7-AX","hours":6})", schema), "/locker=0 /hours=1");
  EXPECT_EQ(PlainFlags(text, R"({"locker":"b7-ax","hours":6})", schema), "/locker=0 /hours=1");
}

TEST(RedTeamTest, RoundHundredThirteenAWordStandingAloneInAClauseOfTheInstruction) {
  // Own record: a ferry ticket. One word of its own in a clause of the
  // instruction ("as JSON (covered).", "..., priority.", "Express: Extract
  // ...") may set a member in words no list holds (a synonym of a truth
  // value): added or dropped it is no licensed change, and an answer to such
  // a request is not stored. Words of form, courtesy, a text's part, an
  // instruction or list word, a unit or a member's word standing so are none.
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  const std::string schema_text = R"({"type":"object","properties":{"passenger":{"type":"string"},)"
                                  R"("berth":{"type":"integer"},"insured":{"type":"boolean"}}})";
  rapidjson::Document schema;
  ASSERT_TRUE(ParseJson(schema_text, schema));
  const MemberLabelTable table(&schema);
  const std::string ticket = "\n\nTicket:\nPassenger: Ola Strand\nBerth: 14\nInsured: no\n";
  const std::string answer = R"({"passenger":"Ola Strand","berth":14,"insured":false})";
  const std::string none = "/passenger=0 /berth=0 /insured=0";
  const std::string all = "/passenger=1 /berth=1 /insured=1";
  TaskInput input;
  input.schema_json = &schema;
  input.labels = &table;
  for (const char* now : {"Extract the ticket as JSON (covered).", "Extract the ticket as JSON, priority.",
                          "Express: Extract the ticket as JSON.", "Extract the ticket [covered] as JSON.",
                          // Round 118: other marks, "only", a member's own word marked off or leading.
                          "Extract the ticket as JSON #covered.", "Extract the ticket as JSON/covered.",
                          "Extract the ticket as JSON - covered.", "Extract the ticket as JSON (covered only).",
                          "Extract the ticket as JSON \u00ABcovered\u00BB.", "Extract the ticket as JSON (insured).",
                          "Insured: Extract the ticket as JSON."}) {
    const std::string prompt = now + ticket;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked("Extract the ticket as JSON." + ticket, input);
    EXPECT_TRUE(d.skip) << now;
    EXPECT_NE(d.reason.find("standing alone"), std::string::npos) << now << ": " << d.reason;
    EXPECT_EQ(StoreFlags(now + ticket, answer, schema_text), none) << now;
  }
  // (The same word on both sides is no change; the answer is still not stored.)
  const std::string prompt = "Extract the ticket as JSON (covered), please." + ticket;
  input.prompt = prompt;
  EXPECT_EQ(rules->ReuseBlocked("Extract the ticket as JSON (covered)." + ticket, input).reason.find("standing alone"),
            std::string::npos);
  for (const char* ask : {"Extract the passenger, berth and insured as JSON.", "Task: extract the ticket as JSON.",
                          "Extract the ticket as JSON (kg).", "Extract the ticket as JSON (MW).",
                          "Ticket: extract it as JSON, please.", "Extract the ticket (JSON).",
                          "First, extract the ticket as JSON.", "Extract the ticket as JSON, insured (true/false).",
                          "Extract the ticket as JSON (check-in)."}) {
    const std::string now = ask + ticket;
    input.prompt = now;
    EXPECT_EQ(rules->ReuseBlocked("Extract the ticket as JSON." + ticket, input).reason.find("standing alone"),
              std::string::npos)
        << ask;
  }
  EXPECT_EQ(StoreFlags("Task: extract the ticket as JSON." + ticket, answer, schema_text), all);
  EXPECT_EQ(StoreFlags("Extract the ticket as JSON, please." + ticket, answer, schema_text), all);
}

TEST(RedTeamTest, RoundHundredTenAnAddedLineThatAsksAndAnInstructionThatSetsAValue) {
  // Own record: a ferry crossing. A line added inside the record that asks
  // or computes something of a member ("Give fare per passenger for this
  // record.", "Fare / passengers for the record below.") fails that member's
  // reuse; a line that only introduces the record does not.
  const std::string ferry = R"({"type":"object","properties":{"route":{"type":"string"},"fare":{"type":"number"},
      "passengers":{"type":"integer"},"cabin":{"type":"boolean"}}})";
  const std::string ask = "Return the record as JSON.\n\nRecord:\n";
  const std::string fields = "Route: Hirtshals-Kristiansand\nFare: 96.00\nPassengers: 3\nCabin: yes\n";
  const std::string answer = R"({"route":"Hirtshals-Kristiansand","fare":96,"passengers":3,"cabin":true})";
  for (const char* line : {"Give fare per passenger for this record.\n", "Fare / passengers for the record below.\n",
                           "Report fare a passenger in this record.\n", "Fare by passenger in this record.\n"}) {
    const std::vector<MemberReuse> r = Compare(ask + fields, ask + line + fields, answer, ferry);
    EXPECT_FALSE(Member(r, "/fare").pass) << line;
  }
  for (const char* line : {"Please process the following crossing.\n", "Sent from the harbour office.\n"}) {
    const std::vector<MemberReuse> r = Compare(ask + fields, ask + line + fields, answer, ferry);
    EXPECT_TRUE(Member(r, "/fare").pass) << line << ": " << Member(r, "/fare").reason;
  }
  // An instruction that sets a value or asks a member for all of another:
  // the answer follows the instruction, not the text, and is not stored.
  for (const char* instruction : {"Return the record as JSON. Give cabin as false.",
                                  "Return the record as JSON. Set the cabin to no.",
                                  "Return the record as JSON. Give the fare for all passengers."}) {
    EXPECT_EQ(StoreFlags(std::string(instruction) + "\n\nRecord:\n" + fields, answer, ferry),
              "/route=0 /fare=0 /passengers=0 /cabin=0")
        << instruction;
  }
  EXPECT_EQ(StoreFlags(ask + fields, answer, ferry), "/route=1 /fare=1 /passengers=1 /cabin=1");
  // A member's word alone, as a sentence of the instruction or a line of the
  // text ("cabin."), says something of it that no field states.
  EXPECT_EQ(StoreFlags("Return the record as JSON.\ncabin.\n\nRecord:\n" + fields, answer, ferry),
            "/route=0 /fare=0 /passengers=0 /cabin=0");
  EXPECT_EQ(StoreFlags(ask + fields + "\ncabin.\n", answer, ferry), "/route=0 /fare=0 /passengers=0 /cabin=0");
}

TEST(RedTeamTest, RoundsHundredOneAndHundredTwoWhatAFreshAnswerMayBeStoredWith) {
  const std::string parcel = R"({"type":"object","properties":{"parcel":{"type":"string"},"mass":{"type":"number"}}})";
  const std::string record = "\n\nText:\nParcel: FR-220\nMass: 7 kg\n";
  const std::string answer = R"({"parcel":"FR-220","mass":7})";
  EXPECT_EQ(StoreFlags("Return the parcel and mass as JSON." + record, answer, parcel), "/parcel=1 /mass=1");
  // A member's name joined with "_" to more words in the instruction.
  for (const char* ask : {"Return the parcel and mass_in_grams as JSON.", "Return the parcel and masse_in_gramm as JSON.",
                          "Return the parcel and grams_mass as JSON."}) {
    EXPECT_EQ(StoreFlags(ask + record, answer, parcel), "/parcel=0 /mass=0") << ask;
  }
  // (A member's own key is no such word.)
  const std::string keyed = R"({"type":"object","properties":{"parcel_id":{"type":"string"},"mass_kg":{"type":"number"}}})";
  EXPECT_EQ(StoreFlags("Return parcel_id and mass_kg as JSON.\n\nText:\nParcel id: FR-220\nMass kg: 7\n",
                       R"({"parcel_id":"FR-220","mass_kg":7})", keyed),
            "/parcel_id=1 /mass_kg=1");
  // A number whose one separator may mark decimals or thousands.
  for (const char* mass : {"Mass: 7.500\n", "Mass: 7.500 kg\n"}) {
    EXPECT_EQ(PlainFlags("Return the parcel and mass as JSON.\n\nText:\nParcel: FR-220\n" + std::string(mass),
                         R"({"parcel":"FR-220","mass":7.5})", parcel),
              "/parcel=1 /mass=0")
        << mass;
  }
  EXPECT_EQ(PlainFlags("Return the parcel and mass as JSON.\n\nText:\nParcel: FR-220\nMass: 7.25\n",
                       R"({"parcel":"FR-220","mass":7.25})", parcel),
            "/parcel=1 /mass=1");
  // ... nor rewritten from a stored plain number.
  const std::vector<MemberReuse> r = Compare("Return the parcel and mass as JSON.\n\nText:\nParcel: FR-220\nMass: 7\n",
                                             "Return the parcel and mass as JSON.\n\nText:\nParcel: FR-220\nMass: 7.500\n",
                                             answer, parcel);
  EXPECT_FALSE(Member(r, "/mass").pass);
  EXPECT_FALSE(Member(r, "/mass").rewrite.has_value());
  // A value that points at another, a time counted from another, or one that
  // says there is none.
  const std::string trip = R"({"type":"object","properties":{"start":{"type":"string"},"end":{"type":"string"},
      "billing_address":{"type":"string"},"fax":{"type":["string","null"]}}})";
  const std::string booking = "Return the booking as JSON.\n\nStart: 2027-05-02\nEnd: two days later\n"
                              "Shipping address: Kaigata 4, Bergen\nBilling address: same as shipping\nFax: on request\n";
  const Judged j = CheckExtraction(booking, trip,
                                   R"({"start":"2027-05-02","end":"two days later","billing_address":"same as shipping","fax":"on request"})");
  EXPECT_TRUE(Fails(j, "/end")) << j.text;
  EXPECT_TRUE(Fails(j, "/billing_address")) << j.text;
  EXPECT_TRUE(Fails(j, "/fax")) << j.text;
  EXPECT_FALSE(Fails(j, "/start")) << j.text;
  for (const char* v : {"see above", "Ditto", "wie oben", "+2 days", "the next day", "not disclosed", "unlisted"}) {
    const std::string text = "Return the booking as JSON.\n\nStart: 2027-05-02\nEnd: " + std::string(v) + "\n";
    EXPECT_EQ(StoreFlags(text, R"({"start":"2027-05-02","end":")" + std::string(v) + "\"}", trip), "/start=1 /end=0") << v;
  }
  // A hemisphere letter signs a coordinate ("59.91 S" is -59.91); lower-case
  // "s" is seconds.
  const std::string station = R"({"type":"object","properties":{"station":{"type":"string"},"latitude":{"type":"number"}}})";
  for (const char* line : {"Latitude: 59.91 S\n", "Latitude: 59.91S\n", "Latitude: S 59.91\n"}) {
    const Judged h = CheckExtraction("Return the station as JSON.\n\nStation: Marion Island\n" + std::string(line), station,
                                     R"({"station":"Marion Island","latitude":59.91})");
    EXPECT_TRUE(Fails(h, "/latitude")) << line << h.text;
  }
  EXPECT_TRUE(CheckExtraction("Return the station as JSON.\n\nStation: Marion Island\nLatitude: 59.91\n", station,
                              R"({"station":"Marion Island","latitude":59.91})")
                  .pass);
  // Scripts without spaces: fullwidth brackets and a number right after a
  // letter are read ("40（正しくは42）" states two figures).
  const std::string age = R"({"type":"object","properties":{"氏名":{"type":"string"},"年齢":{"type":"integer"}}})";
  for (const char* line : {"年齢: 40（正しくは42）\n", "年齢: 40（訂正：42）\n"}) {
    const std::string text = "Return the record's 氏名 and 年齢 as JSON.\n\nText:\n氏名: Sato Aki\n" + std::string(line) + "部署: 営業\n";
    EXPECT_EQ(StoreFlags(text, R"({"氏名":"Sato Aki","年齢":40})", age), "/氏名=1 /年齢=0") << line;
  }
}

// Rounds 103 and 105 (own texts: a ferry passenger, a tea order).
TEST(RedTeamTest, RoundsHundredThreeAndHundredFiveFormsKeysAndBracketsOnLabels) {
  const std::string person = R"({"type":"object","properties":{"passenger":{"type":"string"},"port":{"type":"string"}}})";
  const std::string text = "\n\nText:\nPassenger: Ida Moe\nPort: Kirkenes\n";
  for (const char* ask : {"Return the passenger and port as JSON in block letters.", "Return the passenger and port in print.",
                          "Return the passenger and port as JSON, print letters only."}) {
    const Judged j = CheckExtraction(ask + text, person, R"({"passenger":"Ida Moe","port":"Kirkenes"})");
    EXPECT_TRUE(Fails(j, "/port")) << ask << " " << j.text;
  }
  // A key or description asking for a code of what the text names in words.
  const std::string coded = R"({"type":"object","properties":{"passenger":{"type":"string"},"port_code":{"type":"string"}}})";
  EXPECT_EQ(StoreFlags("Return the passenger and port_code as JSON." + text, R"({"passenger":"Ida Moe","port_code":"Kirkenes"})", coded),
            "/passenger=1 /port_code=0");
  const std::string described = R"({"type":"object","properties":{"passenger":{"type":"string"},"port":{"type":"string","description":"code"}}})";
  EXPECT_EQ(StoreFlags("Return the passenger and port as JSON." + text, R"({"passenger":"Ida Moe","port":"Kirkenes"})", described),
            "/passenger=1 /port=0");
  // A bracketed part of a label its words do not read.
  const std::string tea = R"({"type":"object","properties":{"customer":{"type":"string"},"amount":{"type":"number"}}})";
  for (const char* label : {"Amount\xEF\xBC\x88\xE4\xB8\x87\xE5\x85\x83\xEF\xBC\x89: 3600\n", "Amount {k}: 3600\n", "Amount <k>: 3600\n",
                            "Amount (\xE4\xB8\x87\xE5\x85\x83): 3600\n"}) {
    EXPECT_EQ(StoreFlags("Return the customer and amount as JSON.\n\nText:\nCustomer: Li Na\n" + std::string(label),
                         R"({"customer":"Li Na","amount":3600})", tea),
              "/customer=1 /amount=0")
        << label;
  }
  // Pointers in other scripts ("同上", "本人", "상동", "тот же").
  const std::string pair = R"({"type":"object","properties":{"customer":{"type":"string"},"recipient":{"type":"string"}}})";
  for (const char* v : {"\xE5\x90\x8C\xE4\xB8\x8A", "\xE6\x9C\xAC\xE4\xBA\xBA", "\xEC\x83\x81\xEB\x8F\x99",
                        "\xD1\x82\xD0\xBE\xD1\x82 \xD0\xB6\xD0\xB5",
                        // Round 106: other languages and accented spellings.
                        "\xC3\xAD" "dem", "tam\xC5\xBC" "e", "detto", "dasselbe", "viz v\xC3\xBD\xC5\xA1" "e"}) {
    const Judged j = CheckExtraction("Return the customer and recipient as JSON.\n\nText:\nCustomer: Li Na\nRecipient: " + std::string(v) + "\n",
                                     pair, R"({"customer":"Li Na","recipient":")" + std::string(v) + "\"}");
    EXPECT_TRUE(Fails(j, "/recipient")) << v << " " << j.text;
  }
}

TEST(RedTeamTest, RoundHundredTwentyThreeAStateInAnyCaseBesideATruthAndRomanNumeralsBesideACount) {
  // Own record: a ferry's car deck. Beside a truth value, a field of no
  // member in words of any letter case ("Deck: Full", "Card: CHARGED BACK",
  // "Card: No Funds") may turn it, and a name ("Card: Visa") is not told
  // from such a state by its spelling; beside a count a number in Roman
  // numerals ("Extra: III"). Neither is stored.
  const std::string truth = R"({"type":"object","properties":{"ferry":{"type":"string"},"deck_open":{"type":"boolean"}}})";
  const std::string ask = "Return the ferry and deck_open as JSON.\n\nText:\nFerry: Havbris\nDeck open: yes\n";
  const std::string yes = R"({"ferry":"Havbris","deck_open":true})";
  EXPECT_EQ(StoreFlags(ask, yes, truth), "/ferry=1 /deck_open=1");
  // (A code of letters and digits is no state: "Ward: 3B".)
  EXPECT_EQ(StoreFlags(ask + "Ward: 3B\n", yes, truth), "/ferry=1 /deck_open=1");
  for (const char* line : {"Deck: Full\n", "Deck: CLOSED\n", "Card: Charged Back\n", "Card: No Funds\n", "Card: Visa\n",
                           "Deck: Gone\n", "Card: Code 51 (Insufficient Funds)\n"}) {
    EXPECT_EQ(StoreFlags(ask + line, yes, truth), "/ferry=0 /deck_open=0") << line;
  }
  const std::string count = R"({"type":"object","properties":{"ferry":{"type":"string"},"cars":{"type":"integer"}}})";
  const std::string cars = "Return the ferry and the cars as JSON.\n\nText:\nFerry: Havbris\nCars: 3\n";
  const std::string three = R"({"ferry":"Havbris","cars":3})";
  EXPECT_EQ(StoreFlags(cars, three, count), "/ferry=1 /cars=1");
  for (const char* line : {"Extra: II\n", "Extension: III\n", "Added: IX\n", "Extra: ii\n",
                           // Round 127: a count with a letter of counting.
                           "Extra person: x2\n", "Extra: pax2\n", "Added: qty 2\n"}) {
    EXPECT_EQ(StoreFlags(cars + line, three, count), "/ferry=0 /cars=0") << line;
  }
  // (Not a word that only looks so: "Deck: CIVIC", a size "M".)
  EXPECT_EQ(StoreFlags(cars + "Size: M\n", three, count), "/ferry=1 /cars=1");
  // A stored record whose field of the thing changes to a state ("Deck:
  // Upper" now "Deck: full"): no member is reused.
  const std::string upper = ask + "Deck: Upper\n";
  EXPECT_EQ(StoreFlags(upper, yes, truth), "/ferry=0 /deck_open=0");  // (not stored itself since round 123)
  auto v = Compare(upper, ask + "Deck: full\n", yes, truth);
  EXPECT_FALSE(Member(v, "/deck_open").pass);
  EXPECT_FALSE(Member(v, "/ferry").pass);
  v = Compare(upper, ask + "Deck: Upper\n", yes, truth);
  EXPECT_TRUE(Member(v, "/deck_open").pass);
}

TEST(RedTeamTest, RoundHundredTwentyFourTheSameLabelAgainOnItsLine) {
  // Own record: a ferry ticket. The member's own label a second time on the
  // line of its field ("Route: R12 | Route: R14 (current)"): two values of
  // the one record, not two records one of which the request picks.
  const std::string schema = R"({"type":"object","properties":{"passenger":{"type":"string"},"route":{"type":"string"}}})";
  const std::string ask = "Give the passenger and route from this ticket as JSON.\n\nRecord:\n";
  const std::string old_route = R"({"passenger":"Ola Dahl","route":"R12"})";
  const std::string new_route = R"({"passenger":"Ola Dahl","route":"R14"})";
  for (const char* text : {"Passenger: Ola Dahl\nRoute: R12 | Route: R14 (current)\nDeck: 2\n",
                           "Passenger: Ola Dahl | Route: R12 | Deck: 2 | Route: R14 (current)\n",
                           "Passenger: Ola Dahl\nRoute: R12; Route: R14\nDeck: 2\n"}) {
    EXPECT_EQ(SourceText(ask + text).records().size(), 1u) << text;
    EXPECT_TRUE(Fails(CheckExtraction(ask + text, schema, old_route), "/route")) << text;
    EXPECT_TRUE(Fails(CheckExtraction(ask + text, schema, new_route), "/route")) << text;
  }
  // A key written with an escape may be the member's own again: not stored.
  const std::string json_ask = "Give the passenger and route from this ticket as JSON.\n\nRecord:\n";
  EXPECT_EQ(StoreFlags(json_ask + R"({"passenger": "Ola Dahl", "route": "R12"})" "\n", old_route, schema),
            "/passenger=1 /route=1");
  EXPECT_EQ(StoreFlags(json_ask + R"({"passenger": "Ola Dahl", "route": "R12", "deck": "2", "rout\u0065": "R14"})" "\n",
                       old_route, schema),
            "/passenger=0 /route=0");
  EXPECT_EQ(StoreFlags(json_ask + "Passenger: Ola Dahl\nRoute: R12\nRo\\ute: R14\n", old_route, schema),
            "/passenger=0 /route=0");
  // Round 127: the other JSON escapes ("\/", "\"") too.
  EXPECT_EQ(StoreFlags(json_ask + R"({"passenger": "Ola Dahl", "route": "R12", "site": "https:\/\/ferry.no"})" "\n",
                       old_route, schema),
            "/passenger=0 /route=0");
  // (Two records on lines of their own stay two.)
  EXPECT_EQ(SourceText(ask + "Passenger: Ola Dahl\nRoute: R12\nPassenger: Kari Lie\nRoute: R14\n").records().size(), 2u);
}

TEST(RedTeamTest, RoundHundredTwentySixAScaleInTheLabelOrAUnitField) {
  // Own record: a harbour's dues. A scale in the value's own label ("Dues in
  // k", "Dues \u00D710\u00B3"), in the request's words for it ("(k)"), or in a
  // unit field for the record ("Unit: k", "Unit: 1,000"), and a key in seconds
  // beside a value in minutes: the number as it stands is not the value.
  const std::string schema = R"({"type":"object","properties":{"harbour":{"type":"string"},"dues":{"type":"number"}}})";
  const std::string ask = "Return the harbour and the dues as JSON.\n\nText:\nHarbour: Vardø\n";
  const std::string answer = R"({"harbour":"Vardø","dues":1250})";
  EXPECT_EQ(PlainFlags(ask + "Dues: 1250\n", answer, schema), "/harbour=1 /dues=1");
  EXPECT_EQ(PlainFlags(ask + "Dues: 1250\nUnit: NOK\n", answer, schema), "/harbour=1 /dues=1");
  for (const char* text : {"Dues in k: 1250\n", "Dues in M: 1250\n", "Dues \u00D710\u00B3: 1250\n", "Dues 10^3: 1250\n",
                           "Dues: 1250\nUnit: k\n", "Dues: 1250\nUnit: 1,000\n", "Unit: 10\u00B3\nDues: 1250\n"}) {
    EXPECT_NE(PlainFlags(ask + text, answer, schema).find("/dues=0"), std::string::npos) << text;
  }
  const std::string described =
      R"j({"type":"object","properties":{"harbour":{"type":"string"},"dues":{"type":"number","description":"Dues (k)"}}})j";
  EXPECT_EQ(PlainFlags(ask + "Dues: 1250\n", answer, described), "/harbour=1 /dues=0");
  const std::string titled =
      R"j({"type":"object","properties":{"harbour":{"type":"string"},"dues":{"type":"number","title":"Dues (k)"}}})j";
  EXPECT_EQ(PlainFlags(ask + "Dues: 1250\n", answer, titled), "/harbour=1 /dues=0");
  const std::string seconds = R"({"type":"object","properties":{"harbour":{"type":"string"},"wait_s":{"type":"integer"}}})";
  const std::string five = R"({"harbour":"Vardø","wait_s":5})";
  EXPECT_EQ(PlainFlags("Return the harbour and wait_s as JSON.\n\nText:\nHarbour: Vardø\nWait: 5 s\n", five, seconds),
            "/harbour=1 /wait_s=1");
  for (const char* text : {"Wait: 5 min\n", "Wait in minutes: 5\n", "Unit: min\nWait: 5\n", "Unit: ms\nWait: 5\n",
                           "Unit\u00E9: min\nWait: 5\n", "Unit\u00E0: min\nWait: 5\n"}) {
    EXPECT_NE(PlainFlags("Return the harbour and wait_s as JSON.\n\nText:\nHarbour: Vardø\n" + std::string(text), five, seconds)
                  .find("/wait_s=0"),
              std::string::npos)
        << text;
  }
  const std::string micro = R"({"type":"object","properties":{"harbour":{"type":"string"},"wait_us":{"type":"integer"}}})";
  EXPECT_EQ(PlainFlags("Return the harbour and wait_us as JSON.\n\nText:\nHarbour: Vardø\nWait: 5 ms\n",
                       R"({"harbour":"Vardø","wait_us":5})", micro),
            "/harbour=1 /wait_us=0");
  // (The scale words are one vocabulary: a label's "thousands" or "Tsd." as
  // much as its "k".)
  for (const char* text : {"Dues in thousands: 1250\n", "Dues (Tsd.): 1250\n", "Dues in lakh: 1250\n"}) {
    EXPECT_NE(PlainFlags(ask + text, answer, schema).find("/dues=0"), std::string::npos) << text;
  }
  const std::string described_us =
      R"j({"type":"object","properties":{"harbour":{"type":"string"},"wait":{"type":"integer","description":"Wait (us)"}}})j";
  EXPECT_EQ(PlainFlags("Return the harbour and wait as JSON.\n\nText:\nHarbour: Vardø\nWait: 5 ms\n",
                       R"({"harbour":"Vardø","wait":5})", described_us),
            "/harbour=1 /wait=0");
  const std::string described_s =
      R"j({"type":"object","properties":{"harbour":{"type":"string"},"wait":{"type":"integer","description":"Wait [s]"}}})j";
  const std::string five_w = R"({"harbour":"Vardø","wait":5})";
  EXPECT_EQ(PlainFlags("Return the harbour and wait as JSON.\n\nText:\nHarbour: Vardø\nWait: 5 s\n", five_w, described_s),
            "/harbour=1 /wait=1");
  EXPECT_EQ(PlainFlags("Return the harbour and wait as JSON.\n\nText:\nHarbour: Vardø\nWait: 5 min\n", five_w, described_s),
            "/harbour=1 /wait=0");
}


TEST(RedTeamTest, RoundHundredTwentyNineAWordAfterTheMembersInANumbersLabel) {
  // Own record: a harbour office's fees. A word after the member's in the
  // label of a number that is no unit, currency or word of the member's
  // ("Fee ezer: 1250", "Fee doz", "Fee kilo-euros"): a scale in words no list
  // holds may stand there. A word before them qualifies the noun.
  const std::string schema = R"({"type":"object","properties":{"office":{"type":"string"},"fee":{"type":"number"}}})";
  const std::string ask = "Return the office and the fee as JSON.\n\nText:\nOffice: Kirkenes\n";
  const std::string answer = R"({"office":"Kirkenes","fee":1250})";
  for (const char* plain : {"Fee: 1250\n", "Fee EUR: 1250\n", "Harbour fee: 1250\n", "Fee in NOK: 1250\n"}) {
    EXPECT_EQ(PlainFlags(ask + plain, answer, schema), "/office=1 /fee=1") << plain;
  }
  for (const char* text : {"Fee ezer forint: 1250\n", "Fee juta: 1250\n", "Fee doz: 1250\n", "Fee kilo-euros: 1250\n",
                           "Fee, \u03C7\u03B9\u03BB. \u20AC: 1250\n"}) {
    EXPECT_EQ(PlainFlags(ask + text, answer, schema), "/office=1 /fee=0") << text;
  }
}

TEST(RedTeamTest, RoundHundredThirtyAKeySetByAnEqualsSignIsNoPlainStatement) {
  // Own record: a ferry's ports, one line of keys set by '='. Which key a
  // value stands under, the evidence does not keep: the answer is not stored.
  const std::string schema = R"({"type":"object","properties":{"ferry":{"type":"string"},"port":{"type":"string"}}})";
  const std::string answer = R"({"ferry":"Nordlys","port":"Tromso"})";
  for (const char* text : {"ferry=Nordlys port=Tromso next=Bodo\n", "ferry=Nordlys next=Tromso port=Bodo\n",
                           "<row ferry=\"Nordlys\" port=\"Tromso\"/>\n", "FERRY=Nordlys\nPORT=Tromso\n"}) {
    EXPECT_NE(StoreFlags(std::string("Return the ferry and port as JSON.\n\n") + text, answer, schema).find("/port=0"),
              std::string::npos)
        << text;
  }
}

TEST(RedTeamTest, RoundHundredThirtyOneAFieldAddedBesideAMembersFieldNamingIt) {
  // Own record: a hostel stay. A field added beside "Linen included: yes"
  // whose label names the member beside other words ("Linen billed
  // separately: 9.00", "Linen excl.: 9.00") may undo it: no member is reused.
  // A field that replaced the member's is its evidence gone, not this rule.
  const std::string schema =
      R"({"type":"object","properties":{"guest":{"type":"string"},"linen_included":{"type":"boolean"}}})";
  const std::string answer = R"({"guest":"Tove Rud","linen_included":true})";
  const std::string base = "Return the guest and whether linen is included as JSON.\n\nGuest: Tove Rud\nLinen included: yes\n";
  for (const char* added : {"Linen billed separately: 9.00\n", "Linen excl.: 9.00\n", "Linen extra cost: 9.00\n"}) {
    for (const MemberReuse& m : Compare(base, base + added, answer, schema)) EXPECT_FALSE(m.pass) << added << m.pointer;
  }
  // (A heading with no value naming a member is no such field.)
  for (const MemberReuse& m : Compare(base, base + "Copy of the linen list:\n", answer, schema)) {
    EXPECT_TRUE(m.pass) << m.pointer << ": " << m.reason;
  }
  // Round 137: an amount still owed or given back beside the truth keeps the
  // answer out of the store; a date when it is due does not.
  const std::string paid = R"({"type":"object","properties":{"guest":{"type":"string"},"paid":{"type":"boolean"}}})";
  const std::string ask = "Return guest and paid as JSON.\n\nText:\nGuest: Tove Rud\nPaid: yes\n";
  const std::string yes = R"({"guest":"Tove Rud","paid":true})";
  EXPECT_EQ(StoreFlags(ask + "Due date: 2026-05-01\n", yes, paid), "/guest=1 /paid=1");
  for (const char* owed : {"Amount due: 420.00\n", "Balance: 80.00\n", "Refunded: 420.00\n"}) {
    EXPECT_NE(StoreFlags(ask + owed, yes, paid).find("=0"), std::string::npos) << owed;
  }
}

TEST(RedTeamTest, RoundHundredThirtyFourAReferenceIsNoNameToCopy) {
  // Own record: a hostel's guest. A name field now holding a phrase that
  // refers to someone ("her brother", "the companion", "their daughter") is
  // no value to copy: no licensed rewrite, and nothing stored.
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"bed":{"type":"integer"}}})";
  const std::string ask = "Return name and bed as JSON.\n\nName: ";
  for (const char* who : {"her brother", "the companion", "their daughter", "the latter", "your colleague"}) {
    const std::vector<MemberReuse> v =
        Compare(ask + "Tove Rud\nBed: 12\n", ask + who + "\nBed: 12\n", R"({"name":"Tove Rud","bed":12})", schema);
    EXPECT_FALSE(Member(v, "/name").pass) << who;
    EXPECT_EQ(PlainFlags(ask + who + "\nBed: 12\n", std::string(R"({"name":")") + who + R"(","bed":12})", schema),
              "/name=0 /bed=1")
        << who;
  }
}


TEST(RedTeamTest, TheWordsThatOpenAReferenceAreOneListInEveryLanguage) {
  // Own record: a ferry crew member's employer and cabin. A lower-case
  // phrase opening with a possessive in another language ("sa soci\u00E9t\u00E9", his
  // company) points elsewhere, as "her company" does; a capitalised phrase
  // opening with a relative word ("Which One") is no person's name.
  const std::string schema =
      R"({"type":"object","properties":{"employer":{"type":"string"},"cabin":{"type":"integer"}}})";
  const std::string ask = "Return employer and cabin as JSON.\n\nEmployer: ";
  EXPECT_EQ(PlainFlags(ask + "Hurtigruten\nCabin: 12\n", R"({"employer":"Hurtigruten","cabin":12})", schema),
            "/employer=1 /cabin=1");
  for (const char* whose : {"her company", "sa soci\u00E9t\u00E9", "su empresa", "hans firma", "leur agence", "ihre firma"}) {
    EXPECT_EQ(PlainFlags(ask + whose + "\nCabin: 12\n",
                         std::string(R"({"employer":")") + whose + R"(","cabin":12})", schema),
              "/employer=0 /cabin=1")
        << whose;
  }
  const std::string guest = R"({"type":"object","properties":{"guest":{"type":"string"},"cabin":{"type":"integer"}}})";
  for (const char* who : {"Which One", "Whose Guest", "Those Two"}) {
    EXPECT_EQ(PlainFlags(std::string("Return guest and cabin as JSON.\n\nGuest: ") + who + "\nCabin: 12\n",
                         std::string(R"({"guest":")") + who + R"(","cabin":12})", guest),
              "/guest=0 /cabin=1")
        << who;
  }
}

TEST(RedTeamTest, RoundHundredThirtyFiveAMetricPrefixBeforeTheMembersWord) {
  // Own record: a harbour office's fees, with a metric prefix as a word
  // before the member's ("Mega fee"), or "%" beside a member that is no
  // percentage ("Berth: 12%").
  const std::string schema = R"({"type":"object","properties":{"office":{"type":"string"},"fee":{"type":"number"}}})";
  const std::string ask = "Return the office and the fee as JSON.\n\nText:\nOffice: Kirkenes\n";
  for (const char* text : {"Mega fee: 1250\n", "Milli fee: 1250\n", "Hecto fee: 1250\n"}) {
    EXPECT_EQ(PlainFlags(ask + text, R"({"office":"Kirkenes","fee":1250})", schema), "/office=1 /fee=0") << text;
  }
  const std::string berth = R"({"type":"object","properties":{"office":{"type":"string"},"berth":{"type":"integer"}}})";
  const std::string ask_berth = "Return the office and the berth as JSON.\n\nText:\nOffice: Kirkenes\n";
  EXPECT_EQ(PlainFlags(ask_berth + "Berth: 12\n", R"({"office":"Kirkenes","berth":12})", berth), "/office=1 /berth=1");
  EXPECT_EQ(PlainFlags(ask_berth + "Berth: 12%\n", R"({"office":"Kirkenes","berth":12})", berth), "/office=1 /berth=0");
  EXPECT_EQ(PlainFlags(ask_berth + "Berth: 12 percent\n", R"({"office":"Kirkenes","berth":12})", berth),
            "/office=1 /berth=0");
  const std::string rate = R"({"type":"object","properties":{"office":{"type":"string"},"rate":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags("Return the office and the rate as JSON.\n\nText:\nOffice: Kirkenes\nRate: 12%\n",
                       R"({"office":"Kirkenes","rate":12})", rate),
            "/office=1 /rate=1");
}

TEST(RedTeamTest, RoundHundredThirtySixAnotherMembersWordOnAValuesLine) {
  // Own record: a ferry's ports in keyed prose without "=" or ":": which
  // port is which, the fields do not read.
  const std::string schema = R"({"type":"object","properties":{"ferry":{"type":"string"},"port":{"type":"string"},"depot":{"type":"string"}}})";
  const std::string answer = R"({"ferry":"Nordlys","port":"Tromso","depot":"Bodo"})";
  for (const char* text : {"ferry(Nordlys) port(Tromso) depot(Bodo)\n", "ferry Nordlys, port Tromso, depot Bodo\n",
                           "<port>Tromso</port><depot>Bodo</depot>\nferry Nordlys\n",
                           "The ferry Nordlys has its port in Tromso and its depot in Bodo.\n"}) {
    EXPECT_NE(StoreFlags(std::string("Return ferry, port and depot as JSON.\n\n") + text, answer, schema).find("=0"),
              std::string::npos)
        << text;
  }
}

TEST(RedTeamTest, RoundHundredThirtySevenANameWrittenAsOne) {
  // Own record: a hostel's guest and home town. A person's member holds
  // capitalised words, two at least, no relation, role or possessive; a
  // place's one word at least.
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const auto flags = [&](const std::string& name, const std::string& city) {
    return PlainFlags("Return name and city as JSON.\n\nName: " + name + "\nCity: " + city + "\n",
                      R"({"name":")" + name + R"(","city":")" + city + R"("})", schema);
  };
  EXPECT_EQ(flags("Tove Rud", "Bodo"), "/name=1 /city=1");
  EXPECT_EQ(flags("Anne-Marie O'Neil", "Saint-Malo"), "/name=1 /city=1");
  // ("The Hague" opens with "The", as "The Guest" does: not stored, asked afresh.)
  EXPECT_EQ(flags("\u00D8ystein R\u00F8nning", "\u00C5lesund"), "/name=1 /city=1");
  for (const char* who : {"Her Brother", "HER BROTHER", "ihr Bruder", "Guest's Mother", "Seine Frau", "Companion",
                          "Guest 2", "\u0441\u0435\u0441\u0442\u0440\u0430 \u0433\u043E\u0441\u0442\u044F"}) {
    EXPECT_EQ(flags(who, "Bodo"), "/name=0 /city=1") << who;
  }
  for (const char* where : {"Home Town", "hometown", "Heimatstadt", "\U0001F3E0", "Ber..."}) {
    EXPECT_EQ(flags("Tove Rud", where), "/name=1 /city=0") << where;
  }
}

TEST(RedTeamTest, RoundHundredThirtyNineTwoValuesAChangeOrADoubtAndACodesPattern) {
  // Own record: a ferry's cabin and sailing code. A string that gives two
  // values, a change or a doubt is not stored; a code's rewrite keeps its
  // runs of letters and digits.
  const std::string schema = R"({"type":"object","properties":{"cabin":{"type":"string"},"sailing":{"type":"string"}}})";
  const auto flags = [&](const std::string& cabin) {
    return PlainFlags("Return cabin and sailing as JSON.\n\nCabin: " + cabin + "\nSailing: HX4031\n",
                      R"({"cabin":")" + cabin + R"(","sailing":"HX4031"})", schema);
  };
  EXPECT_EQ(flags("B12"), "/cabin=1 /sailing=1");
  for (const char* cabin : {"B12 or B14", "B12/B14", "12/14", "12\u201314", "12, 14", "12 and 14", "B12 \u2192 B14",
                            "maybe B12", "B1?"}) {
    EXPECT_EQ(flags(cabin), "/cabin=0 /sailing=1") << cabin;
  }
  const std::string ask = "Return cabin and sailing as JSON.\n\nCabin: B12\nSailing: ";
  const std::string answer = R"({"cabin":"B12","sailing":"HX4031"})";
  EXPECT_TRUE(Member(Compare(ask + "HX4031\n", ask + "HX4039\n", answer, schema), "/sailing").pass);
  for (const char* code : {"HX403X", "HX4O31"}) {
    EXPECT_FALSE(Member(Compare(ask + "HX4031\n", ask + code + "\n", answer, schema), "/sailing").pass) << code;
  }
}


TEST(RedTeamTest, RoundsHundredFortyToFortyThreeOneCellTwoMembersTwinsAndWordsBeforeANumber) {
  // Own records: a warehouse pick list, a ferry leg, a hostel stay.
  // A value the text states once, given for two members, is one of theirs
  // at most (a row one cell short: "Bergen" under "city" or "office"?).
  const std::string depot = R"({"type":"object","properties":{"picker":{"type":"string"},)"
                            R"("aisle":{"type":"string"},"bay":{"type":"string"}}})";
  const std::string rows = "Extract picker, aisle and bay as JSON.\npicker;aisle;bay;zone\n";
  EXPECT_TRUE(CheckExtraction(rows + "Tove Lunde;North;West;C4\n", depot,
                              R"({"picker":"Tove Lunde","aisle":"North","bay":"West"})")
                  .pass);
  const Judged shifted =
      CheckExtraction(rows + "Tove Lunde;West;C4\n", depot, R"({"picker":"Tove Lunde","aisle":"West","bay":"West"})");
  EXPECT_TRUE(Fails(shifted, "/aisle")) << shifted.text;
  EXPECT_TRUE(Fails(shifted, "/bay")) << shifted.text;
  // Two members the checks' synonyms make one ("price" and "cost"): which
  // column is which is not read, either way round.
  const std::string twins = R"({"type":"object","properties":{"leg":{"type":"string"},)"
                            R"("price":{"type":"number"},"cost":{"type":"number"}}})";
  for (const char* table : {"leg;price;cost;vat\nTromso-Bodo;310.50;240.00;12.00\n",
                            "leg;cost;price;vat\nTromso-Bodo;310.50;240.00;12.00\n"}) {
    const Judged j = CheckExtraction(std::string("Extract leg, price and cost as JSON.\n") + table, twins,
                                     R"({"leg":"Tromso-Bodo","price":310.5,"cost":240})");
    EXPECT_TRUE(Fails(j, "/price") && Fails(j, "/cost")) << table << j.text;
  }
  // A word before the number that is a unit but no currency ("min. 3":
  // a minimum; "hrs 40") states no plain value; a currency does.
  const std::string stay = R"({"type":"object","properties":{"hostel":{"type":"string"},)"
                           R"("nights":{"type":"integer"},"rate":{"type":"number"}}})";
  const std::string ask = "Extract hostel, nights and rate as JSON.\nHostel: Svolvaer Rorbu\n";
  EXPECT_TRUE(CheckExtraction(ask + "Nights: 3\nRate: EUR 40\n", stay,
                              R"({"hostel":"Svolvaer Rorbu","nights":3,"rate":40})")
                  .pass);
  for (const char* lines : {"Nights: min. 3\nRate: EUR 40\n", "Nights: Min 3\nRate: EUR 40\n",
                            "Nights: MIN. 3\nRate: EUR 40\n"}) {
    const Judged j = CheckExtraction(ask + lines, stay, R"({"hostel":"Svolvaer Rorbu","nights":3,"rate":40})");
    EXPECT_TRUE(Fails(j, "/nights")) << lines << j.text;
  }
  const Judged hours = CheckExtraction(ask + "Nights: 3\nRate: hrs 40\n", stay,
                                       R"({"hostel":"Svolvaer Rorbu","nights":3,"rate":40})");
  EXPECT_TRUE(Fails(hours, "/rate")) << hours.text;
  // "Return" before a member's label names the way back, not the member.
  const std::string ferry = R"({"type":"object","properties":{"vessel":{"type":"string"},)"
                            R"("departure_time":{"type":"string"}}})";
  const Judged back = CheckExtraction(
      "Extract the vessel and the departure time as JSON.\nVessel: MS Lofoten\nReturn departure time: 17:40\n", ferry,
      R"({"vessel":"MS Lofoten","departure_time":"17:40"})");
  EXPECT_TRUE(Fails(back, "/departure_time")) << back.text;
}

TEST(RedTeamTest, RoundsHundredFortySixToFiftyLabelWordsNobodyAskedForMarksHeadingsAndPeopleInProse) {
  // Own records: a kennel's boarding cards, a depot's pick rows, a choir.
  // A word in a field's label that the member's own label lacks, the
  // request does not say and no list calls harmless makes another field
  // ("Vet phone", "Cancelled phone", "Kennel postcode"); a harmless one does
  // not ("Contact phone", "Phone number", "Owner phone" when the request
  // asks for the owner's phone).
  const std::string card = R"({"type":"object","properties":{"dog":{"type":"string"},"phone":{"type":"string"}}})";
  const std::string answer = R"({"dog":"Pepper","phone":"917 20 334"})";
  for (const char* label : {"Vet phone", "Cancelled phone", "Groomer's phone", "Phone anterior"}) {
    const Judged j = CheckExtraction(std::string("Give the dog and phone as JSON.\nDog: Pepper\n") + label +
                                         ": 917 20 334\n", card, answer);
    EXPECT_TRUE(Fails(j, "/phone")) << label << j.text;
  }
  for (const char* label : {"Phone", "Contact phone", "Phone number"}) {
    const Judged j = CheckExtraction(std::string("Give the dog and phone as JSON.\nDog: Pepper\n") + label +
                                         ": 917 20 334\n", card, answer);
    EXPECT_TRUE(j.pass) << label << j.text;
  }
  EXPECT_TRUE(CheckExtraction("Give the dog and the owner phone as JSON.\nDog: Pepper\nOwner phone: 917 20 334\n", card,
                              answer).pass);
  // ("E-mail" is the email's label, not a date's: "E-mail date" is the
  // message's.)
  const std::string visit = R"({"type":"object","properties":{"dog":{"type":"string"},"date":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the dog and date as JSON.\nDog: Pepper\nE-mail date: 2027-02-11\n", visit,
                                    R"({"dog":"Pepper","date":"2027-02-11"})"),
                    "/date"));
  const std::string mail1 = R"({"type":"object","properties":{"dog":{"type":"string"},"email":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the dog and email as JSON.\nDog: Pepper\nE-mail address: moe@post.no\n", mail1,
                              R"({"dog":"Pepper","email":"moe@post.no"})")
                  .pass);
  // (Compared by canonical words: "Kennel postcode" holds the zip's label.)
  const std::string post = R"({"type":"object","properties":{"dog":{"type":"string"},"zip":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the dog and zip as JSON.\nDog: Pepper\nKennel postcode: 9008\n", post,
                                    R"({"dog":"Pepper","zip":"9008"})"),
                    "/zip"));
  // A heading ("## Kennel address", or a line over indented fields) heads
  // a record: the zip under another heading is not the one asked.
  for (const char* text : {"## Kennel address\nZip: 9008\n\n## Home address\nCity: Tromso\n",
                           "Kennel address\n    Zip: 9008\nHome address\n    City: Tromso\n"}) {
    const Judged j = CheckExtraction(std::string("Give the dog and the zip of the home address as JSON.\nDog: Pepper\n") +
                                         text, post, R"({"dog":"Pepper","zip":"9008"})");
    EXPECT_TRUE(Fails(j, "/zip")) << text << j.text;
  }
  // (One heading the instruction names heads a record too; one it does not
  // name is read as the text's words.)
  const Judged named = CheckExtraction("Give the dog and the zip of the home address as JSON.\nDog: Pepper\n"
                                       "Zip: 9008\n\n## Home address\nCity: Tromso\n",
                                       post, R"({"dog":"Pepper","zip":"9008"})");
  EXPECT_TRUE(Fails(named, "/zip")) << named.text;
  // Marks on the line after a value, or after a tab, go with it ("12\n+"
  // is "12+").
  for (const char* rest : {"Crates: 12\n+\n", "Crates: 12\t+\n", "Crates: 12\n(+)\n"}) {
    const SourceText source(std::string("Give the crates as JSON.\n") + rest);
    bool with_marks = false;
    for (const Field& f : source.fields()) with_marks = with_marks || (f.label == "crates" && f.value != "12");
    EXPECT_TRUE(with_marks) << rest;
  }
  // Nor a rule, a fence or the bar that ends a one-line record's cell.
  for (const char* rest : {"Crates: 12\n---\nPicker: Tove\n", "Crates: 12\n```\n",
                           "Picker: Tove | Crates: 12 |\n", "Crates: 12\n|\n"}) {
    const SourceText source(std::string("Give the crates as JSON.\n") + rest);
    for (const Field& f : source.fields()) {
      if (f.label == "crates") {
        EXPECT_EQ(f.value, "12") << rest;
      }
    }
  }
  // A count with a prime after it ("3'") keeps the prime.
  const std::string stay = R"({"type":"object","properties":{"dog":{"type":"string"},"nights":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the dog and nights as JSON.\nDog: Pepper\nNights: 3'\n", stay,
                                    R"({"dog":"Pepper","nights":3})"),
                    "/nights"));
  // A pipe row with a list's marker or a bullet in a cell: which cell is
  // which is not read.
  const std::string pick = R"({"type":"object","properties":{"picker":{"type":"string"},)"
                           R"("aisle":{"type":"string"},"bay":{"type":"string"}}})";
  for (const char* cell : {"2.", "b)", "\u2022", "* TBD", "*TBD*", "#"}) {
    const Judged j = CheckExtraction(std::string("Extract picker, aisle and bay as JSON.\npicker | aisle | bay | zone\n"
                                                 "Tove Lunde | ") + cell + " | West | C4\n",
                                     pick, R"({"picker":"Tove Lunde","aisle":"West","bay":"C4"})");
    EXPECT_TRUE(Fails(j, "/aisle")) << cell << j.text;
  }
  // A '|' table without its outer bars is read as one: a swapped answer
  // fails.
  const std::string kennel = R"({"type":"object","properties":{"dog":{"type":"string"},"breed":{"type":"string"},)"
                             R"("run":{"type":"string"}}})";
  const Judged swapped = CheckExtraction("Extract the dog, breed and run as JSON.\n\ndog|run|breed|chip\n"
                                         "Pepper|North 4|Vizsla|578-0091\n",
                                         kennel, R"({"dog":"Pepper","breed":"North 4","run":"Vizsla"})");
  EXPECT_TRUE(Fails(swapped, "/breed") && Fails(swapped, "/run")) << swapped.text;
  // One heading above the record is read as the text's words ("# UNPAID
  // BOARDING FEE" over "Paid: yes").
  const std::string fee = R"({"type":"object","properties":{"dog":{"type":"string"},"paid":{"type":"boolean"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Extract dog and paid as JSON.\n\n# UNPAID BOARDING FEE\nDog: Pepper\nPaid: yes\n",
                                    fee, R"({"dog":"Pepper","paid":true})"),
                    "/paid"));
  // A value stated only in prose that names two people: whose it is, the
  // checks do not read; with one person named, it is read as before.
  const std::string voice = R"({"type":"object","properties":{"voice":{"type":"string"}}})";
  for (const char* prose : {"Siri Moe and Arne Dahl sing alto and bass, respectively.",
                            "Siri Moe met Arne Dahl after the concert. He sings bass."}) {
    const Judged j = CheckExtraction(std::string("What does Arne Dahl sing? Answer as JSON.\n") + prose, voice,
                                     R"({"voice":"bass"})");
    EXPECT_TRUE(Fails(j, "/voice")) << prose << j.text;
  }
  // (Firms an invoice names in prose, asked for by role, are read as before.)
  const std::string bill = R"({"type":"object","properties":{"vendor":{"type":"string"},"total":{"type":"number"}}})";
  const Judged firms = CheckExtraction(
      "Extract vendor and total as JSON.\n\nText:\nInvoice 77. Vendor: Fjord Chorals Ltd., 4 Strandgaten, Bergen. "
      "Billed to Nordic Voices AS. Subtotal 328.00, VAT 82.00, total due 410.00.",
      bill, R"({"vendor":"Fjord Chorals Ltd.","total":410})");
  EXPECT_EQ(firms.text.find("several people"), std::string::npos) << firms.text;
  // Two members one word to the checks through a harmless word ("email"
  // and "e mail address"): neither is verified.
  const std::string mail = R"({"type":"object","properties":{"email":{"type":"string"},)"
                           R"("e_mail_address":{"type":"string"}}})";
  const Judged both = CheckExtraction(
      "Extract the email and e mail address as JSON.\nEmail: siri@koret.no\nE-mail address: moe@post.no\n", mail,
      R"({"email":"siri@koret.no","e_mail_address":"moe@post.no"})");
  EXPECT_TRUE(Fails(both, "/email") && Fails(both, "/e_mail_address")) << both.text;
}

// Rounds 152-156, in texts of their own: a value stated for another party
// or end, a count and an identifier, a party word on someone else's
// record, a line saying the values are not real, and marks in the
// instruction that ask for another unit.
TEST(RedTeamTest, RoundsHundredFiftyTwoToFiftySixPartiesTalliesMarksAndValuesThatAreNotReal) {
  // A courier's waybill: the consignor and the consignee.
  const std::string consignor =
      R"({"type":"object","properties":{"consignor_name":{"type":"string"},"weight_kg":{"type":"number"}}})";
  for (const std::string& text :
       {std::string("Waybill 88-1\nConsignee: Petra Lund\nWeight: 12 kg\n"),
        std::string("Waybill 88-1\nConsignee:\nName: Petra Lund\nWeight: 12 kg\n"),
        std::string("Waybill 88-1. The consignee is Petra Lund; the parcel weighs 12 kg.\n"),
        std::string("Waybill 88-1. Petra Lund is the consignee, and the parcel weighs 12 kg.\n"),
        std::string("| Party | Name |\n|---|---|\n| Consignee | Petra Lund |\n\nWeight: 12 kg\n")}) {
    const Judged j = CheckExtraction("Give the waybill's data as JSON.\n" + text, consignor,
                                     R"({"consignor_name":"Petra Lund","weight_kg":12})");
    EXPECT_TRUE(Fails(j, "/consignor_name")) << text << j.text;
  }
  // The party asked for, in each of those forms, still verifies; and a
  // member that names no party reads the field as before.
  for (const std::string& text : {std::string("Consignor: Petra Lund\nWeight: 12 kg\n"),
                                  std::string("Consignor:\nName: Petra Lund\nWeight: 12 kg\n"),
                                  std::string("The consignor is Petra Lund; the parcel weighs 12 kg.\n")}) {
    const Judged j = CheckExtraction("Give the waybill's data as JSON.\n" + text, consignor,
                                     R"({"consignor_name":"Petra Lund","weight_kg":12})");
    EXPECT_TRUE(j.pass) << text << j.text;
  }
  const std::string plain = R"({"type":"object","properties":{"name":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the name as JSON.\nConsignee: Petra Lund\n", plain, R"({"name":"Petra Lund"})").pass);
  // The instruction picks the party; one it denies picks none.
  EXPECT_TRUE(Fails(CheckExtraction("Give the shipper's name as JSON.\nConsignee: Petra Lund\n", plain,
                                    R"({"name":"Petra Lund"})"),
                    "/name"));
  EXPECT_TRUE(CheckExtraction("Give the name of whoever is not the shipper as JSON.\nConsignee: Petra Lund\n", plain,
                              R"({"name":"Petra Lund"})")
                  .pass);
  // A match report: home and away sides.
  const std::string side = R"({"type":"object","properties":{"team":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Report the away side as JSON.\nThe home side is Odd, while the away side is Start.\n",
                                    side, R"({"team":"Odd"})"),
                    "/team"));
  EXPECT_TRUE(CheckExtraction("Report the away side as JSON.\nThe home side is Odd, while the away side is Start.\n",
                              side, R"({"team":"Start"})")
                  .pass);

  // A hostel's booking: beds counted, and a bed's number.
  const std::string beds = R"({"type":"object","properties":{"number_of_beds":{"type":"integer"}}})";
  const std::string bed = R"({"type":"object","properties":{"bed_number":{"type":"integer"}}})";
  for (const char* label : {"Bed number: 6", "Bed no.: 6", "Bed #: 6"}) {
    const std::string prompt = std::string("Give the booking as JSON.\nGuest: Arne Dahl\n") + label + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, beds, R"({"number_of_beds":6})"), "/number_of_beds")) << label;
    if (std::string(label) != "Bed no.: 6") {
      EXPECT_TRUE(CheckExtraction(prompt, bed, R"({"bed_number":6})").pass) << label;
    }
  }
  for (const char* label : {"Number of beds: 6", "# of beds: 6", "No. of beds: 6", "Bed count: 6"}) {
    const std::string prompt = std::string("Give the booking as JSON.\nGuest: Arne Dahl\n") + label + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, bed, R"({"bed_number":6})"), "/bed_number")) << label;
    if (std::string(label) != "Bed count: 6") {
      EXPECT_TRUE(CheckExtraction(prompt, beds, R"({"number_of_beds":6})").pass) << label;
    }
  }

  // A member named by one noun is one of them, not their count.
  const std::string one = R"({"type":"object","properties":{"bed":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the booking as JSON.\nGuest: Arne Dahl\nBeds: 2\n", one, R"({"bed":"2"})"),
                    "/bed"));
  EXPECT_TRUE(CheckExtraction("Give the booking as JSON.\nGuest: Arne Dahl\nBed: 2\n", one, R"({"bed":"2"})").pass);

  // A clinic's call sheet: the nurse's own record, with the patient's phone.
  const std::string caller = R"({"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string"}}})";
  const Judged nurse = CheckExtraction("Give the caller's name and phone as JSON.\nName: Eli Haug\nPosition: night nurse\n"
                                       "Patient phone: 455 10 901\n",
                                       caller, R"({"name":"Eli Haug","phone":"455 10 901"})");
  EXPECT_TRUE(Fails(nurse, "/phone")) << nurse.text;
  // With no role stated, or the role being that party, the word is free.
  EXPECT_TRUE(CheckExtraction("Give the name and phone as JSON.\nName: Eli Haug\nPatient phone: 455 10 901\n", caller,
                              R"({"name":"Eli Haug","phone":"455 10 901"})")
                  .pass);
  EXPECT_TRUE(CheckExtraction("Give the name and phone as JSON.\nName: Eli Haug\nRole: patient\n"
                              "Patient phone: 455 10 901\n",
                              caller, R"({"name":"Eli Haug","phone":"455 10 901"})")
                  .pass);

  // A line saying the values are not real.
  for (const char* line : {"The figures below come from the onboarding template and are not real.",
                           "This is an illustrative record only.", "All details below are invented for the workshop.",
                           "Sample entry below, not an actual member."}) {
    const Judged j = CheckExtraction(std::string("Give the name and phone as JSON.\n") + line +
                                         "\nName: Eli Haug\nPhone: 455 10 901\n",
                                     caller, R"({"name":"Eli Haug","phone":"455 10 901"})");
    EXPECT_TRUE(Fails(j, "/name") && Fails(j, "/phone")) << line << j.text;
  }
  // Prose that only mentions a test, or a real thing, is no such line.
  for (const char* line : {"Details as registered at the front desk.", "The real estate agent called twice."}) {
    const Judged j = CheckExtraction(std::string("Give the name and phone as JSON.\n") + line +
                                         "\nName: Eli Haug\nPhone: 455 10 901\n",
                                     caller, R"({"name":"Eli Haug","phone":"455 10 901"})");
    EXPECT_TRUE(j.pass) << line << j.text;
  }

  // Marks in the instruction: a percentage, inches.
  const std::string load = R"({"type":"object","properties":{"load":{"type":"number"}}})";
  for (const char* ask : {"Give the load in % as JSON.", "Give the load (%) as JSON.", "Give the load% as JSON."}) {
    EXPECT_TRUE(Fails(CheckExtraction(std::string(ask) + "\nServer: web-3\nLoad: 0.62\n", load, R"({"load":0.62})"),
                      "/load"))
        << ask;
  }
  EXPECT_TRUE(CheckExtraction("Give the load in % as JSON.\nServer: web-3\nLoad: 62%\n", load, R"({"load":62})").pass);
  const std::string screen = R"({"type":"object","properties":{"diagonal":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the diagonal in \" as JSON.\nModel: TX-9\nDiagonal: 139 cm\n", screen,
                                    R"({"diagonal":139})"),
                    "/diagonal"));
}

// Rounds 157-160, in texts of their own: a relation said in prose ("the
// skipper of Ida Brun is Knut Holm"), a record picked by a condition over
// people in prose, and a sign another field of the record gives.
TEST(RedTeamTest, RoundsHundredFiftySevenToSixtyRelationsConditionsAndSignsInOtherFields) {
  // A boat club: who is whose skipper, who rents which berth.
  const std::string skipper = R"({"type":"object","properties":{"skipper_name":{"type":"string"}}})";
  for (const std::string& text : {std::string("The skipper of Ida Brun is Knut Holm.\n"),
                                  std::string("Ida Brun's skipper is Knut Holm.\n"),
                                  std::string("Knut Holm sails for Ida Brun as her skipper.\n"),
                                  std::string("Ida Brun has Knut Holm as skipper.\n")}) {
    // The wrong side fails; the right one is not read either (refused,
    // never served).
    const std::string prompt = "Give the skipper as JSON.\n" + text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, skipper, R"({"skipper_name":"Ida Brun"})"), "/skipper_name")) << text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, skipper, R"({"skipper_name":"Knut Holm"})"), "/skipper_name")) << text;
  }
  const std::string name = R"({"type":"object","properties":{"name":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the name of the member who rents berth 9 as JSON.\n"
                                    "Per Ask rents berth 4. Une Roll rents berth 9. Tor Moe rents berth 2.\n",
                                    name, R"({"name":"Per Ask"})"),
                    "/name"));
  EXPECT_TRUE(Fails(CheckExtraction("Give the name of the account that is pending as JSON.\n\n"
                                    "Kim Tande / settled\nOla Ruud / pending\n",
                                    name, R"({"name":"Kim Tande"})"),
                    "/name"));
  const std::string city = R"({"type":"object","properties":{"home_port":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the home port of the one with the red boat as JSON.\n"
                                    "Per Ask keeps a red boat in Risør. Une Roll keeps a white boat in Lillesand.\n",
                                    city, R"({"home_port":"Lillesand"})"),
                    "/home_port"));
  // One person in prose, and people in fields, read as before.
  EXPECT_TRUE(CheckExtraction("Give the member's name as JSON.\nAda Moen rents berth 4 for the summer.\n", name,
                              R"({"name":"Ada Moen"})")
                  .pass);
  EXPECT_TRUE(CheckExtraction("Give the member's name as JSON.\nName: Ada Moen\nBerth: 4\nContact: Une Roll\n", name,
                              R"({"name":"Ada Moen"})")
                  .pass);
  // A code in capitals is no name: one firm in an invoice's prose.
  const std::string invoice =
      R"({"type":"object","properties":{"invoice":{"type":"string"},"customer":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the invoice as JSON.\nInvoice INV-4471 issued today. Billed to Nordlys Bakeri.\n",
                              invoice, R"({"invoice":"INV-4471","customer":"Nordlys Bakeri"})")
                  .pass);

  // A freezer log, an account, a position: the sign in a field of its own.
  const std::string reading =
      R"({"type":"object","properties":{"unit":{"type":"string"},"reading":{"type":"number"}}})";
  for (const char* sign : {"Direction: under zero", "Side: below 0", "Direction: sub-zero", "Sign: minus"}) {
    const std::string prompt =
        std::string("Give the freezer reading as JSON.\nUnit: Freezer C\nReading: 18\n") + sign + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, reading, R"({"unit":"Freezer C","reading":18})"), "/reading")) << sign;
  }
  EXPECT_TRUE(CheckExtraction("Give the freezer reading as JSON.\nUnit: Freezer C\nReading: 18\nDoor: closed\n",
                              reading, R"({"unit":"Freezer C","reading":18})")
                  .pass);
  const std::string balance =
      R"({"type":"object","properties":{"account":{"type":"string"},"balance":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the account as JSON.\nAccount: 7710 | Balance: 310.50 | Status: in the red\n",
                                    balance, R"({"account":"7710","balance":310.5})"),
                    "/balance"));
  EXPECT_TRUE(CheckExtraction("Give the account as JSON.\nAccount: 7710 | Balance: 310.50 | Status: open\n", balance,
                              R"({"account":"7710","balance":310.5})")
                  .pass);
  const std::string latitude =
      R"({"type":"object","properties":{"site":{"type":"string"},"latitude":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the site as JSON.\nSite: Cape Agulhas\nLatitude: 34.8\nHemisphere: S\n",
                                    latitude, R"({"site":"Cape Agulhas","latitude":34.8})"),
                    "/latitude"));
}

TEST(RedTeamTest, RoundsHundredSixtyOneOnRouteEndsNamedByPrepositionsAndByTheMembersOwnWord) {
  // A ferry's and a bus's routes in prose: the preposition right before a
  // port names its end.
  const std::string arrival = R"({"type":"object","properties":{"port":{"type":"string","description":"the arrival port"}}})";
  const std::string departure = R"({"type":"object","properties":{"departure_port":{"type":"string"}}})";
  for (const std::string& text : {std::string("Sailing out from Florø; arrival Måløy.\n"),
                                  std::string("Arrival from Florø at 14:10, then on to Måløy.\n"),
                                  std::string("The boat leaves Bremanger and calls via Florø, ending in Måløy.\n")}) {
    const std::string prompt = "Give the ferry's port as JSON.\n" + text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, arrival, R"({"port":"Florø"})"), "/port")) << text;
  }
  EXPECT_TRUE(CheckExtraction("Give the ferry's port as JSON.\nSailing out from Florø; arrival Måløy.\n", arrival,
                              R"({"port":"Måløy"})")
                  .pass);
  EXPECT_TRUE(Fails(CheckExtraction("Give the ferry's port as JSON.\nThe evening boat heads to Måløy at 18:00.\n",
                                    departure, R"({"departure_port":"Måløy"})"),
                    "/departure_port"));
  // The member's own word names one value; another, in a clause no word
  // names, is not it.
  const std::string stop = R"({"type":"object","properties":{"stop":{"type":"string","description":"the final stop"}}})";
  for (const std::string& text : {std::string("Leaving Stryn (final stop Olden).\n"),
                                  std::string("Stryn outbound, Olden final stop.\n"),
                                  std::string("Calling at Stryn; the final stop is Olden.\n"),
                                  std::string("Olden is the final stop; first we pass Stryn.\n")}) {
    const std::string prompt = "Give the bus's stop as JSON.\n" + text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, stop, R"({"stop":"Stryn"})"), "/stop")) << text;
    EXPECT_TRUE(CheckExtraction(prompt, stop, R"({"stop":"Olden"})").pass) << text;
  }
  // A word that only narrows the member's own word still names its value.
  const std::string port = R"({"type":"object","properties":{"destination":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the port as JSON.\nStopover Florø; final destination Måløy.\n", port,
                                    R"({"destination":"Florø"})"),
                    "/destination"));
  const std::string start = R"({"type":"object","properties":{"start":{"type":"string","description":"start point"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the hike as JSON.\nStart point Loen; end point Kjenndal.\n", start,
                                    R"({"start":"Kjenndal"})"),
                    "/start"));
  EXPECT_TRUE(CheckExtraction("Give the hike as JSON.\nStart point Loen; end point Kjenndal.\n", start,
                              R"({"start":"Loen"})")
                  .pass);
  // Other pairs are not turned by a preposition: "sold to" names a buyer.
  const std::string buyer = R"({"type":"object","properties":{"buyer":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the buyer as JSON.\nThe old ferry was sold to Fjordline last spring.\n", buyer,
                              R"({"buyer":"Fjordline"})")
                  .pass);
}

TEST(RedTeamTest, RoundsHundredSixtyFiveAndSixtySixTheMembersWordAfterItsValueAndSignsUnderAnyLabel) {
  // The bus's last stop named after it: "Olden being the final stop".
  const std::string stop = R"({"type":"object","properties":{"stop":{"type":"string","description":"the final stop"}}})";
  for (const std::string& text : {std::string("Leaving Stryn \xE2\x80\x93 Olden being the final stop.\n"),
                                  std::string("Leaving Stryn by bus, with Olden as our final stop.\n"),
                                  std::string("Leaving Stryn, Olden serving as the final stop.\n"),
                                  std::string("The final stop for this trip is, as agreed, Olden. Leaving Stryn.\n")}) {
    const std::string prompt = "Give the bus's stop as JSON.\n" + text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, stop, R"({"stop":"Stryn"})"), "/stop")) << text;
    EXPECT_TRUE(CheckExtraction(prompt, stop, R"({"stop":"Olden"})").pass) << text;
  }
  // A member named by its role ("to") meets the role's word; the other end
  // is still read for its own member.
  const std::string to = R"({"type":"object","properties":{"to":{"type":"string"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the trip as JSON.\nLeaving Loen by bus; Olden is the destination.\n", to,
                                    R"({"to":"Loen"})"),
                    "/to"));
  const std::string origin = R"({"type":"object","properties":{"origin":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the trip as JSON.\nLeaving Loen \xE2\x80\x93 Olden being the destination.\n",
                              origin, R"({"origin":"Loen"})")
                  .pass);

  // A coordinate's hemisphere and a balance's overdraft under any label.
  const std::string site = R"({"type":"object","properties":{"site":{"type":"string"},"latitude":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the site as JSON.\nSite: Cape Point\nLatitude: 34.35\nRef: S\n", site,
                                    R"({"site":"Cape Point","latitude":34.35})"),
                    "/latitude"));
  const std::string account =
      R"({"type":"object","properties":{"account":{"type":"string"},"balance":{"type":"number"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the account as JSON.\nAccount: 5521\nBalance: 120.50\nType: overdraft\n",
                                    account, R"({"account":"5521","balance":120.5})"),
                    "/balance"));
  // A size "S" beside a quantity is no hemisphere.
  const std::string order = R"({"type":"object","properties":{"size":{"type":"string"},"quantity":{"type":"integer"}}})";
  EXPECT_TRUE(CheckExtraction("Give the order as JSON.\nSize: S\nQuantity: 3\n", order,
                              R"({"size":"S","quantity":3})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSixtyTwoSameAsTheOtherFieldInWordsOfManyLanguages) {
  // A parcel's billing and delivery towns: the delivery town given as
  // "the same" in words of other languages, or "like the invoice".
  const std::string towns = R"({"type":"object","properties":{"invoice_town":{"type":"string"},)"
                            R"("delivery_town":{"type":"string"}}})";
  for (const char* same : {"Ebenda", "Igualmente", "Sammeledes", "Rovn\xC4\x9B\xC5\xBE", "Pareillement",
                           "\xCE\x9F\xCE\xBC\xCE\xBF\xCE\xAF\xCF\x89\xCF\x82", "\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
                           "Wie Rechnung", "Som faktura", "Comme facture", "As invoice", "Per Invoice", "Ten sam",
                           "\xD0\xA2\xD0\xB5 \xD0\xA1\xD0\xB0\xD0\xBC\xD0\xB5", "Jf. faktura", "Sda"}) {
    const std::string prompt =
        std::string("Give the towns as JSON.\n\nText:\nInvoice town: Florvik\nDelivery town: ") + same + "\n";
    const std::string answer = std::string(R"({"invoice_town":"Florvik","delivery_town":")") + same + "\"}";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, towns, answer), "/delivery_town")) << same;
  }
  // Real names that open with such a word are still read.
  const std::string town = R"({"type":"object","properties":{"contact":{"type":"string"},"town":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the contact as JSON.\n\nText:\nContact: Per Lund\nTown: Como\n", town,
                              R"({"contact":"Per Lund","town":"Como"})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSixtyFourTheHalfOfTheDayInAFieldOfItsOwn) {
  // A ferry's sailing: "p.m.", "PM" or "evening" in another field of the
  // record may put the time twelve hours later.
  const std::string sailing =
      R"({"type":"object","properties":{"vessel":{"type":"string"},)"
      R"("sails_at":{"type":"string","pattern":"^[0-2][0-9]:[0-5][0-9]$"}}})";
  for (const std::string& record : {std::string("Vessel: MS Fjord\nSails at: 07:45\nPeriod: p.m.\n"),
                                    std::string("Vessel: MS Fjord | Sails at: 07:45 | Half: PM\n"),
                                    std::string("Vessel: MS Fjord\nSails at: 07:45\nSailing: evening\n"),
                                    std::string("Period: pm\nVessel: MS Fjord\nSails at: 07:45\n")}) {
    const std::string prompt = "Give the sailing as JSON, the time in 24-hour form.\n" + record;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, sailing, R"({"vessel":"MS Fjord","sails_at":"07:45"})"), "/sails_at"))
        << record;
  }
  EXPECT_TRUE(CheckExtraction("Give the sailing as JSON, the time in 24-hour form.\n"
                              "Vessel: MS Fjord\nSails at: 19:45\nQuay: 3\n",
                              sailing, R"({"vessel":"MS Fjord","sails_at":"19:45"})")
                  .pass);
  // A time already in the half the field names stands.
  for (const char* stands : {"Sails at: 09:15\nPeriod: a.m.\n", "Sails at: 14:00\nPeriod: p.m.\n",
                             "Sails at: 12:30\nPeriod: PM\n"}) {
    const std::string prompt = std::string("Give the sailing as JSON, the time in 24-hour form.\nVessel: MS Fjord\n") +
                               stands;
    const std::string time = std::string(stands).substr(10, 5);
    EXPECT_TRUE(CheckExtraction(prompt, sailing, R"({"vessel":"MS Fjord","sails_at":")" + time + "\"}").pass)
        << stands;
  }
  EXPECT_TRUE(Fails(CheckExtraction("Give the sailing as JSON, the time in 24-hour form.\nVessel: MS Fjord\n"
                                    "Sails at: 12:30\nPeriod: a.m.\n",
                                    sailing, R"({"vessel":"MS Fjord","sails_at":"12:30"})"),
                    "/sails_at"));
  const std::string hour = R"({"type":"object","properties":{"hour":{"type":"integer","maximum":23}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the hour as JSON.\nHour: 9\nMeridiem: post\n", hour, R"({"hour":9})"),
                    "/hour"));
  // A number that is no time is not turned by it.
  const std::string crew = R"({"type":"object","properties":{"crew":{"type":"integer"}}})";
  EXPECT_TRUE(CheckExtraction("Give the crew as JSON.\nCrew: 9\nWatch: evening\n", crew, R"({"crew":9})").pass);
}

TEST(RedTeamTest, RoundHundredSixtyThreeTheInstructionTurnsAwayFromTheOnlyField) {
  // A renovation: the request asks for the final budget and rules out the
  // estimate, and the estimate is the only figure the text gives.
  const std::string budget =
      R"({"type":"object","properties":{"project":{"type":"string"},"budget":{"type":["number","null"]}}})";
  for (const char* ask : {"Give the project and its actual budget (not the estimated one) as JSON.\n",
                          "Give the project and its budget as JSON; ignore any estimated budget.\n",
                          "Give the project and its budget as JSON, excluding estimated figures.\n"}) {
    for (const char* field :
         {"Budget estimated: 41000\n", "Estimated budget: 41000\n", "Budget (estimated): 41000\n"}) {
      const std::string prompt = std::string(ask) + "Project: Loft conversion\n" + field;
      EXPECT_TRUE(Fails(CheckExtraction(prompt, budget, R"({"project":"Loft conversion","budget":41000})"),
                        "/budget"))
          << ask << field;
      EXPECT_TRUE(
          CheckExtraction(prompt, budget, R"({"project":"Loft conversion","budget":null})").pass)
          << ask << field;
    }
  }
  // The plain field beside the estimate is the one asked; a field the
  // instruction does not turn away from stands alone.
  EXPECT_TRUE(CheckExtraction("Give the project and its actual budget (not the estimated one) as JSON.\n"
                              "Project: Loft conversion\nBudget estimated: 41000\nBudget: 43500\n",
                              budget, R"({"project":"Loft conversion","budget":43500})")
                  .pass);
  EXPECT_TRUE(CheckExtraction("Give the project and its budget (not the estimate) as JSON.\n"
                              "Project: Loft conversion\nBudget: 43500\n",
                              budget, R"({"project":"Loft conversion","budget":43500})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSixtyEightACodeWithARemarkInItsField) {
  // A parcel: the field holds the code and a remark, a mark or another
  // code; the field's whole value is not the code.
  const std::string parcel =
      R"({"type":"object","properties":{"recipient":{"type":"string"},"tracking_number":{"type":"string"}}})";
  for (const std::string value : {"RR 4417 0932 NO (reissued)", "RR44170932NO [label 2]", "RR44170932NO (see RR55)",
                                  "RR44170932NO - keep private", "RR44170932NO<br>", "`RR44170932NO`",
                                  "[RR44170932NO](https://track.example/RR44170932NO)", "RR44170932NO \u2713",
                                  "RR44170932NO <-- this one"}) {
    const std::string prompt = "Give the parcel as JSON.\n\nRecipient: Edel Moe\nTracking number: " + value + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, parcel,
                                      R"({"recipient":"Edel Moe","tracking_number":")" + value + "\"}"),
                      "/tracking_number"))
        << value;
  }
  // A code of letters only, for a member named as a code.
  const std::string trip =
      R"({"type":"object","properties":{"traveller":{"type":"string"},"booking_ref":{"type":"string"}}})";
  for (const std::string value : {"QXKTRB \u2713", "QXKTRB (was PLMWDE)", "QXKTRB [return leg]"}) {
    const std::string prompt = "Give the trip as JSON.\n\nTraveller: Edel Moe\nBooking ref: " + value + "\n";
    const std::string answer = R"({"traveller":"Edel Moe","booking_ref":")" + value + "\"}";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, trip, answer), "/booking_ref")) << value;
  }
  // The code alone; brackets holding no letter; a range.
  EXPECT_TRUE(CheckExtraction("Give the parcel as JSON.\n\nRecipient: Edel Moe\nTracking number: RR44170932NO\n",
                              parcel, R"({"recipient":"Edel Moe","tracking_number":"RR44170932NO"})")
                  .pass);
  const std::string contact =
      R"({"type":"object","properties":{"recipient":{"type":"string"},"phone":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the contact as JSON.\n\nRecipient: Edel Moe\nPhone: +1 (555) 123-4567\n",
                              contact, R"({"recipient":"Edel Moe","phone":"+1 (555) 123-4567"})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSixtyNineANoteOrAnotherCodeAfterACodeWithoutBrackets) {
  // A locker hire: the field holds the code and, without brackets, a note,
  // an arrow to another code or a second code.
  const std::string hire =
      R"({"type":"object","properties":{"renter":{"type":"string"},"locker_code":{"type":"string"}}})";
  for (const std::string value : {"7731 expired", "7731 ERSETZT", "7731 VOID", "7731 \u2192 4410", "7731 \u00BB 4410",
                                  "L-7731 // old", "L-7731 # was L-1190", "L-7731  superseded", "7731 ou 4410"}) {
    const std::string prompt = "Give the hire as JSON.\n\nRenter: Siri Aas\nLocker code: " + value + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, hire, R"({"renter":"Siri Aas","locker_code":")" + value + "\"}"),
                      "/locker_code"))
        << value;
  }
  // Codes in groups pass: upper-case letter groups, a dash between codes.
  const std::string bank = R"({"type":"object","properties":{"holder":{"type":"string"},"iban":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the account as JSON.\n\nHolder: Siri Aas\nIBAN: GB29 NWBK 6016 1331 9268 19\n",
                              bank, R"({"holder":"Siri Aas","iban":"GB29 NWBK 6016 1331 9268 19"})")
                  .pass);
  const std::string post =
      R"({"type":"object","properties":{"holder":{"type":"string"},"postcode":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Give the address as JSON.\n\nHolder: Siri Aas\nPostcode: 1017 XN\n", post,
                              R"({"holder":"Siri Aas","postcode":"1017 XN"})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSeventyWordsSayingThereIsNoValueWhereNullIsAllowed) {
  // A club's register: members that may be null, given words that are no
  // value of the member's kind or say there is none.
  const std::string schema = R"({"type":"object","properties":{"member":{"type":"string"},)"
                             R"("left_on":{"type":["string","null"],"description":"date the member left, or null"},)"
                             R"("phone":{"type":["string","null"]},"email":{"type":["string","null"]},)"
                             R"("homepage":{"type":["string","null"]},"employer":{"type":["string","null"]}}})";
  struct Case {
    const char* label;
    const char* key;
    const char* value;
  };
  const Case wrong[] = {{"Left on", "left_on", "still active"}, {"Left on", "left_on", "DD.MM.YYYY"},
                        {"Left on", "left_on", "2025-"},        {"Phone", "phone", "+358"},
                        {"Phone", "phone", "ex-directory number"}, {"E-mail address", "email", "@clubmail.example"},
                        {"E-mail address", "email", "does not have one"},   {"Homepage", "homepage", "http://"},
                        {"Homepage", "homepage", "under construction"}, {"Employer", "employer", "no employer"},
                        {"Employer", "employer", "job seeker"},    {"Employer", "employer", "ohne Arbeit"}};
  const std::string ok = R"("left_on":null,"phone":null,"email":null,"homepage":null,"employer":null)";
  for (const Case& c : wrong) {
    const std::string prompt = std::string("Register entry as JSON.\n\nMember: Per Vik\n") + c.label + ": " +
                               c.value + "\n";
    std::string answer = R"({"member":"Per Vik",)" + ok + "}";
    const std::string null_member = "\"" + std::string(c.key) + "\":null";
    answer.replace(answer.find(null_member), null_member.size(), "\"" + std::string(c.key) + "\":\"" + c.value + "\"");
    const Judged j = CheckExtraction(prompt, schema, answer);
    EXPECT_TRUE(Fails(j, std::string("/") + c.key)) << c.value;
    EXPECT_NE(j.text.find("the schema allows null"), std::string::npos) << j.text;
  }
  // Values of the member's kind pass.
  const std::string prompt =
      "Register entry as JSON.\n\nMember: Per Vik\nLeft on: 2025-09-30\nPhone: +47 913 22 480\n"
      "E-mail address: per.vik@clubmail.example\nHomepage: https://www.pervik.example/about\nEmployer: Vik Bygg AS\n";
  const Judged r = CheckExtraction(
      prompt, schema,
      R"({"member":"Per Vik","left_on":"2025-09-30","phone":"+47 913 22 480","email":"per.vik@clubmail.example",)"
      R"("homepage":"https://www.pervik.example/about","employer":"Vik Bygg AS"})");
  EXPECT_TRUE(r.pass) << r.text;
}

TEST(RedTeamTest, RoundHundredSeventyYearsAsAMemberAreNoAge) {
  // "Years as member" counts a membership, not an age.
  const std::string schema = R"({"type":"object","properties":{"member":{"type":"string"},)"
                             R"("age":{"type":["integer","null"]}}})";
  for (const char* label : {"Years as member", "Years as a customer"}) {
    const std::string prompt =
        std::string("Register entry as JSON.\n\nMember: Per Vik\nAge: \u2014\n") + label + ": 12\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"member":"Per Vik","age":12})"), "/age")) << label;
  }
  EXPECT_TRUE(CheckExtraction("Register entry as JSON.\n\nMember: Per Vik\nAge in years: 44\n", schema,
                              R"({"member":"Per Vik","age":44})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSeventyTwoAFieldNewToTheTextOnAKeptMembersLine) {
  // A ferry booking: a field the old text lacked, added on the line of a
  // member's value, may give the value anew; the member is asked again.
  const std::string schema = R"({"type":"object","properties":{"cabin":{"type":"integer"},)"
                             R"("berths":{"type":"integer"}}})";
  const std::string ask = "Give the cabin and the berths as JSON.\n\n";
  const std::string answer = R"({"cabin":714,"berths":2})";
  for (const char* line : {"Berths: 2; now: 4\n", "Berths: 2, actual: 3\n", "Berths: 2 | korrekt: 4\n"}) {
    for (const MemberReuse& m : Compare(ask + "Cabin: 714\nBerths: 2\n", ask + "Cabin: 714\n" + line, answer, schema)) {
      if (m.pointer == "/berths") {
        EXPECT_FALSE(m.pass) << line;
      }
    }
  }
}

TEST(RedTeamTest, RoundHundredSeventyOneANoteAfterACodeWhateverTheCodesName) {
  // A depot: members whose names end in a word of a code ("loading_bay",
  // "lane", "permit_no", "badge"); a note after the code, upper case or
  // glued, fails; a count for a member that counts things passes.
  struct Case {
    const char* key;
    const char* label;
    const char* value;
  };
  const Case notes[] = {{"loading_bay", "Loading bay", "B-44 upstairs"}, {"lane", "Lane", "17 DEAD"},
                        {"permit_no", "Permit no", "P-2231 GONE"},         {"badge", "Badge", "BG67697:old"},
                        {"lane", "Lane", "9 \u21D0 new"},                  {"plate", "Plate", "XG 82459 old"},
                        {"iban", "IBAN", "NO27 7319 1135 142 ANUL"}};
  for (const Case& c : notes) {
    const std::string schema = std::string(R"({"type":"object","properties":{"driver":{"type":"string"},")") + c.key +
                               R"(":{"type":"string"}}})";
    const std::string prompt =
        std::string("Give the depot slip as JSON.\n\nDriver: Per Ask\n") + c.label + ": " + c.value + "\n";
    const std::string answer = std::string(R"({"driver":"Per Ask",")") + c.key + "\":\"" + c.value + "\"}";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, answer), std::string("/") + c.key)) << c.value;
  }
  const Case fine[] = {{"unit", "Unit", "5 pcs"},         {"account_holder", "Account holder", "Kari Lund"},
                       {"iban", "IBAN", "NL91 ABNA 0417 1643 00"}, {"flight", "Flight", "SK 4037"},
                       {"booking_status", "Booking status", "confirmed by phone"}};
  for (const Case& c : fine) {
    const std::string schema = std::string(R"({"type":"object","properties":{"driver":{"type":"string"},")") + c.key +
                               R"(":{"type":"string"}}})";
    const std::string prompt =
        std::string("Give the depot slip as JSON.\n\nDriver: Per Ask\n") + c.label + ": " + c.value + "\n";
    const std::string answer = std::string(R"({"driver":"Per Ask",")") + c.key + "\":\"" + c.value + "\"}";
    const Judged j = CheckExtraction(prompt, schema, answer);
    EXPECT_TRUE(j.pass) << c.value << ": " << j.text;
  }
}

TEST(RedTeamTest, RoundHundredSeventyOneAnOptionalMemberTheTextSaysIsMissing) {
  // A team page: "manager" is not required; words saying there is none are
  // no manager (the member is left out).
  const std::string schema = R"({"type":"object","properties":{"team":{"type":"string"},)"
                             R"("manager":{"type":"string"}},"required":["team"]})";
  for (const char* value : {"has no manager", "nobody at the moment", "None."}) {
    const std::string prompt = std::string("Give the team as JSON.\n\nTeam: Kundeservice\nManager: ") + value + "\n";
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, std::string(R"({"team":"Kundeservice","manager":")") + value +
                                                          "\"}"),
                      "/manager"))
        << value;
  }
  EXPECT_TRUE(CheckExtraction("Give the team as JSON.\n\nTeam: Kundeservice\nManager: Eva Holm\n", schema,
                              R"({"team":"Kundeservice","manager":"Eva Holm"})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSeventyFiveValuesOfAnotherKindWhereNullIsAllowed) {
  // A sailing club's register: members that may be null, given what the
  // form held in their place: a time for a phone, a season for a date, a
  // template's address, a house number for a postcode, words for unknown.
  const std::string schema =
      R"({"type":"object","properties":{"member":{"type":"string"},"start_date":{"type":["string","null"]},)"
      R"("phone":{"type":["string","null"]},"email":{"type":["string","null"]},"website":{"type":["string","null"]},)"
      R"("postcode":{"type":["string","null"]},"born":{"type":["string","null"]},"hp":{"type":["string","null"]},)"
      R"("employer":{"type":["string","null"]}}})";
  // The register with one member's field given `value`, and the answer that
  // copies it.
  const std::string nulls = R"("start_date":null,"phone":null,"email":null,"website":null,"postcode":null,)"
                            R"("born":null,"hp":null,"employer":null)";
  auto judge = [&](const char* label, const std::string& key, const std::string& value) {
    const std::string prompt =
        "Register entry as JSON.\n\nMember: Siv Lund\n" + std::string(label) + ": " + value + "\n";
    std::string answer = R"({"member":"Siv Lund",)" + nulls + "}";
    const std::string null_member = "\"" + key + "\":null";
    answer.replace(answer.find(null_member), null_member.size(), "\"" + key + "\":\"" + value + "\"");
    return CheckExtraction(prompt, schema, answer);
  };
  struct Case {
    const char* label;
    const char* key;
    const char* value;
  };
  const Case wrong[] = {{"Start date", "start_date", "Day 1"},
                        {"Start date", "start_date", "Q3 2026"},
                        {"Start date", "start_date", "spring 1984"},
                        {"Start date", "start_date", "00.00.1984"},
                        {"Start date", "start_date", "12 months"},
                        {"Phone", "phone", "10:30-16:00"},
                        {"Phone", "phone", "PIN 12345"},
                        {"Phone", "phone", "2026-03-04"},
                        {"Phone", "phone", "NO93 8601 1117 947"},
                        {"Email", "email", "a@b.c"},
                        {"Email", "email", "test@test.com"},
                        {"Website", "website", "kari@acme.no"},
                        {"Website", "website", "www.yoursite.com"},
                        {"Postcode", "postcode", "+47"},
                        {"Postcode", "postcode", "No. 7"},
                        {"Postcode", "postcode", "PO Box 114"},
                        {"Born", "born", "Tuesday"},
                        {"Born", "born", "week 14"},
                        {"Born", "born", "ASAP"},
                        {"Phone", "phone", "12345"},
                        {"Phone", "phone", "MVA 912345678"},
                        {"Postcode", "postcode", "P.O. 114"},
                        {"Employer", "employer",
                         "\xD0\x9D\xD0\xB5\xD0\xB8\xD0\xB7\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE"},
                        {"Employer", "employer", "Nil 0"},
                        {"Employer", "employer", "A\xC3\xBAn no"},
                        {"Start date", "start_date", "Week 14 2026"},
                        {"HP", "hp", "Skype: kari.n"},
                        {"Employer", "employer", "ukendt"},
                        {"Employer", "employer", "interim (TBD)"},
                        {"Employer", "employer",
                         "\xD0\xBD\xD0\xB5\xD0\xB8\xD0\xB7\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE"}};
  for (const Case& c : wrong) {
    EXPECT_TRUE(Fails(judge(c.label, c.key, c.value), std::string("/") + c.key)) << c.value;
  }
  // Values of each kind, written as people write them, pass.
  const Case right[] = {{"Start date", "start_date", "3 March 2026"}, {"Start date", "start_date", "2026-03-04T10:00"},
                        {"Start date", "start_date", "4.3.2026"},     {"Start date", "start_date", "Mar 3rd, 2026"},
                        {"Phone", "phone", "+47 22 33 44 55"},        {"Phone", "phone", "+1 (555) 123-4567"},
                        {"Postcode", "postcode", "SW1A 1AA"},         {"Postcode", "postcode", "D-10115"},
                        {"Born", "born", "Oslo"},                     {"Born", "born", "12 May 1984"},
                        {"HP", "hp", "0812 3456 7890"},               {"Employer", "employer", "Lund Seil AS"},
                        {"Start date", "start_date", "3 marca 2026"},  {"Start date", "start_date", "3 Ekim 2026"}};
  for (const Case& c : right) {
    const Judged j = judge(c.label, c.key, c.value);
    EXPECT_FALSE(Fails(j, std::string("/") + c.key)) << c.value << ": " << j.text;
  }
  // An age that is a year ("Age: 1984") is no age where null is allowed.
  const std::string ages =
      R"({"type":"object","properties":{"member":{"type":"string"},"age":{"type":["integer","null"]}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Register entry as JSON.\n\nMember: Siv Lund\nAge: 1984\n", ages,
                                    R"({"member":"Siv Lund","age":1984})"),
                    "/age"));
  EXPECT_TRUE(CheckExtraction("Register entry as JSON.\n\nMember: Siv Lund\nAge: 41\n", ages,
                              R"({"member":"Siv Lund","age":41})")
                  .pass);
}

TEST(RedTeamTest, RoundHundredSeventyFiveAValueInSmallLettersWhereNullIsAllowedIsNotStored) {
  // A crew list: an employer member that may be null. A word in small
  // letters or in a script without capitals may say there is none in a
  // language no list holds ("haijulikani", "okänt"): the answer may pass,
  // but it is not stored, so no later request is served it from the cache.
  const std::string schema = R"({"type":"object","properties":{"crew":{"type":"string"},)"
                             R"("employer":{"type":["string","null"]}},"required":["crew"]})";
  // (So is a name of an employer that may be null, capitals and all: a
  // name may be one word, and so may "none", "Nvt", "N0NE"; words that say
  // there is none yet or a template's name read as names do.)
  for (const char* value : {"haijulikani", "ok\xC3\xA4nt", "\xE6\x9C\xAA\xE5\xAE\x9A", "Nvt", "N0NE", "Saga",
                            "Moe Fiske AS", "\xC3\x98stlandet Rederi", "Havbruk 24", "Nom Pr\xC3\xA9nom",
                            "Awaiting Assignment", "Lorem Ipsum", "Slot 2 Open", "Nomination Pending 2026"}) {
    const std::string prompt = std::string("Crew list as JSON.\n\nCrew: Ola Moe\nEmployer: ") + value + "\n";
    EXPECT_EQ(StoreFlags(prompt, std::string(R"({"crew":"Ola Moe","employer":")") + value + "\"}", schema),
              "/crew=1 /employer=0")
        << value;
  }
}

TEST(RedTeamTest, RoundHundredSeventyEightATemplatesValueWhereNullIsAllowedIsNotStored) {
  // A rowing club's crew list: members that may be null. A code and a
  // phone number are stored; a template's digits, like a name, are not.
  const std::string schema = R"({"type":"object","properties":{"crew":{"type":"string"},)"
                             R"("locker_code":{"type":["string","null"]},"phone":{"type":["string","null"]}},)"
                             R"("required":["crew"]})";
  auto flags = [&](const std::string& code, const std::string& phone) {
    const std::string prompt = "Crew list as JSON.\n\nCrew: Ola Moe\nLocker code: " + code + "\nPhone: " + phone + "\n";
    return StoreFlags(prompt, R"({"crew":"Ola Moe","locker_code":")" + code + R"(","phone":")" + phone + "\"}",
                      schema);
  };
  EXPECT_EQ(flags("LK 2231", "+47 912 30 488"), "/crew=1 /locker_code=1 /phone=1");
  EXPECT_EQ(flags("AB 00", "+47 912 30 488"), "/crew=1 /locker_code=0 /phone=1");  // (one digit repeated)
  // (A type that allows null inside "allOf" allows it: round 184.)
  const std::string wrapped = R"({"type":"object","properties":{"crew":{"type":"string"},)"
                              R"("employer":{"allOf":[{"type":["string","null"]}]}},"required":["crew"]})";
  EXPECT_EQ(StoreFlags("Crew list as JSON.\n\nCrew: Ola Moe\nEmployer: Awaiting Assignment\n",
                       R"({"crew":"Ola Moe","employer":"Awaiting Assignment"})", wrapped),
            "/crew=1 /employer=0");
  for (const auto& [code, phone] : {std::pair<std::string, std::string>{"Shelf 12 Pending", "+47 11 11 11 11"},
                                    {"00000", "+47 12 34 56 78"},
                                    {"Locker 7", "(000) 000-0000"}}) {
    EXPECT_EQ(flags(code, phone), "/crew=1 /locker_code=0 /phone=0") << code << " | " << phone;
  }
}

TEST(RedTeamTest, RoundHundredSeventyNineOneValueOfAMemberThatMayBeAListIsNotStored) {
  // A clinic's intake: "allergies" may be one string or a list. An answer
  // that gives one string is not stored, whatever the lines after it say
  // ("Also allergic to: b12"); a member that may only be a string is.
  const std::string prompt = "Give the patient and the allergies as JSON.\n\nPatient: Kari Lund\nAllergies: pollen\n";
  const std::string answer = R"({"patient":"Kari Lund","allergies":"pollen"})";
  for (const char* allergies : {R"({"type":["string","array"],"items":{"type":"string"}})",
                                R"({"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]})",
                                R"({"$ref":"#/$defs/list"})", R"({"type":["string","object"]})",
                                R"({"description":"Allergies"})"}) {
    const std::string schema = std::string(R"({"type":"object","$defs":{"list":{"type":["array","string"]}},)") +
                               R"("properties":{"patient":{"type":"string"},"allergies":)" + allergies + "}}";
    EXPECT_EQ(PlainFlags(prompt, answer, schema), "/patient=1 /allergies=0") << allergies;
  }
  EXPECT_EQ(PlainFlags(prompt, answer,
                       R"({"type":"object","properties":{"patient":{"type":"string"},"allergies":{"type":"string"}}})"),
            "/patient=1 /allergies=1");
}

TEST(RedTeamTest, RoundHundredEightyOneACodeAddedBelowAListInOneString) {
  // A pharmacy's card: "allergies" and "medications" are strings that may
  // list several things. A line no member's field holds, added with a code
  // ("Also allergic to: b12", "Stopped: D3"), may add an item or take one
  // away: such a member is not reused; a member of one thing is, beside a
  // line that is the record's own code ("Room: B12").
  const std::string schema = R"({"type":"object","properties":{"patient":{"type":"string"},)"
                             R"("allergies":{"type":"string"},"medications":{"type":"string"}}})";
  const std::string base =
      "Give the card as JSON.\n\nPatient: Kari Lund\nAllergies: penicillin\nMedications: insulin, D3\n";
  const std::string answer = R"({"patient":"Kari Lund","allergies":"penicillin","medications":"insulin, D3"})";
  for (const char* added : {"Also allergic to: b12\n", "Stopped: D3\n", "Now taking: E621\n", "Also allergic to: 1203\n"}) {
    const std::vector<MemberReuse> r = Compare(base, base + added, answer, schema);
    EXPECT_FALSE(Member(r, "/allergies").pass) << added;
    EXPECT_FALSE(Member(r, "/medications").pass) << added;
  }
  // Nor is a member of one thing whose name is no English plural, when the
  // line is not the record's own code ("Drug 2: B12", "Etikett 2: q3").
  const std::string info = R"({"type":"object","properties":{"patient":{"type":"string"},)"
                           R"("medication_info":{"type":"string"},"etiketter":{"type":"string"}}})";
  const std::string card = "Give the card as JSON.\n\nPatient: Kari Lund\nMedication: Warfarin\nEtiketter: faktura\n";
  const std::string given = R"({"patient":"Kari Lund","medication_info":"Warfarin","etiketter":"faktura"})";
  for (const char* added : {"Drug 2: B12\n", "Etikett 2: q3\n", "Zus\xC3\xA4tzliche Allergie: E211\n"}) {
    const std::vector<MemberReuse> r = Compare(card, card + added, given, info);
    EXPECT_FALSE(Member(r, "/medication_info").pass) << added;
    EXPECT_FALSE(Member(r, "/etiketter").pass) << added;
  }
  const std::vector<MemberReuse> room = Compare(card + "Room: 238\n", card + "Room: 240\n", given, info);
  EXPECT_TRUE(Member(room, "/medication_info").pass);
  EXPECT_TRUE(Member(room, "/etiketter").pass);
  // Nor stored beside such a line ("Further tagged: 1203" below "Tags:").
  const std::string tags = R"({"type":"object","properties":{"customer":{"type":"string"},"tags":{"type":"string"}}})";
  const std::string shop =
      "Give the customer and the tags as JSON.\n\nCustomer: Kari Lund\nTags: priority\nRoom: 212\n";
  const std::string tagged = R"({"customer":"Kari Lund","tags":"priority"})";
  EXPECT_EQ(PlainFlags(shop, tagged, tags), "/customer=1 /tags=1");
  EXPECT_EQ(PlainFlags(shop + "Further tagged: 1203\n", tagged, tags), "/customer=1 /tags=0");
  // (Whichever changed line comes first.)
  const std::vector<MemberReuse> both = Compare(card + "Room: 238\n", card + "Room: 240\nDrug 2: B12\n", given, info);
  EXPECT_FALSE(Member(both, "/medication_info").pass);
  const std::string city = R"({"type":"object","properties":{"patient":{"type":"string"},"city":{"type":"string"}}})";
  const std::string home = "Give the card as JSON.\n\nPatient: Kari Lund\nCity: Bergen\n";
  EXPECT_TRUE(Member(Compare(home, home + "Room: B12\n", R"({"patient":"Kari Lund","city":"Bergen"})", city),
                     "/city")
                  .pass);
}

// Round 185 (d185-*): a state beside an added field of no member whose label
// names an event and whose value is a number ("Closed in: 82327" below
// "Status: open") was reused. A member of allowed values, or one named as
// a state, is neither reused nor stored beside a number under a label that
// names no attribute of the record's own; "Room: 240" keeps both.
TEST(RedTeamTest, RoundHundredEightyFiveAnEventBesideAState) {
  // A repair shop's job card.
  const std::string schema = R"({"type":"object","properties":{"owner":{"type":"string"},)"
                             R"("repair_state":{"type":"string","enum":["waiting","done"]}}})";
  const std::string plain = R"({"type":"object","properties":{"owner":{"type":"string"},)"
                            R"("repair_state":{"type":"string"}}})";
  const std::string card = "Give the owner and the repair state as JSON.\n\nOwner: Tove Hauge\nRepair state: waiting\n";
  const std::string answer = R"({"owner":"Tove Hauge","repair_state":"waiting"})";
  for (const std::string& s : {schema, plain}) {
    for (const char* added : {"Finished under: 7731\n", "Henta: 12.03\n", "Picked up by: #4410\n"}) {
      const std::vector<MemberReuse> r = Compare(card, card + added, answer, s);
      EXPECT_FALSE(Member(r, "/repair_state").pass) << added;
      EXPECT_TRUE(Member(r, "/owner").pass) << added;
      EXPECT_EQ(PlainFlags(card + added, answer, s), "/owner=1 /repair_state=0") << added;
    }
    const std::vector<MemberReuse> bay = Compare(card + "Bay: 3\n", card + "Bay: 4\n", answer, s);
    EXPECT_TRUE(Member(bay, "/repair_state").pass) << Member(bay, "/repair_state").reason;
    EXPECT_EQ(PlainFlags(card + "Bay: 3\n", answer, s), "/owner=1 /repair_state=1");
  }
  // A member that names no state keeps its reuse beside such a line ("Music: 350" of an event's name).
  const std::string named = R"({"type":"object","properties":{"owner":{"type":"string"},"car":{"type":"string"}}})";
  const std::string car = "Give the owner and the car as JSON.\n\nOwner: Tove Hauge\nCar: Volvo Amazon\n";
  EXPECT_TRUE(Member(Compare(car, car + "Finished under: 7731\n", R"({"owner":"Tove Hauge","car":"Volvo Amazon"})", named),
                     "/car")
                  .pass);
}

// Round 187 (d187-*): states the rule of round 185 did not see as states: a
// member named after the record holding one word ("Booking: confirmed"), a
// set of consts under anyOf/oneOf/allOf, and a time under an attribute's
// noun ("Expiry: 2025-12-31", "End: 2026-01-17") beside a state.
TEST(RedTeamTest, RoundHundredEightySevenStatesNotNamedAsStates) {
  // A gym's membership card.
  const std::string card = "Give the member and the membership as JSON.\n\nMember: Rune Vik\nMembership: active\n";
  const std::string answer = R"({"member":"Rune Vik","membership":"active"})";
  for (const char* membership : {R"({"type":"string"})", R"({"anyOf":[{"const":"active"},{"const":"frozen"}]})",
                                 R"({"allOf":[{"type":"string"},{"enum":["active","frozen"]}]})"}) {
    const std::string schema =
        std::string(R"({"type":"object","properties":{"member":{"type":"string"},"membership":)") + membership + "}}";
    for (const char* added : {"Freeze no.: 4471\n", "Expiry: 2025-12-31\n"}) {
      EXPECT_FALSE(Member(Compare(card, card + added, answer, schema), "/membership").pass) << membership << added;
      EXPECT_EQ(PlainFlags(card + added, answer, schema), "/member=1 /membership=0") << membership << added;
    }
    EXPECT_TRUE(Member(Compare(card + "Room: 12\n", card + "Room: 14\n", answer, schema), "/membership").pass)
        << membership;
  }
  // A name of one word keeps its reuse beside a number ("Music: 350").
  const std::string city = R"({"type":"object","properties":{"member":{"type":"string"},"city":{"type":"string"}}})";
  const std::string home = "Give the member and the city as JSON.\n\nMember: Rune Vik\nCity: Bergen\n";
  EXPECT_TRUE(Member(Compare(home, home + "Visits: 350\n", R"({"member":"Rune Vik","city":"Bergen"})", city), "/city")
                  .pass);
}

// A field whose label is a noun a marker line uses ("Email:", "Booking:",
// "Order:") among field lines is a field, not the start of the text: the
// lines above it stay source text. An update written as a field below a
// member's field ("New:", "Superseded by:", "EDIT: Email: ...", "Ny:")
// changes that field: its old value fails, the other members keep theirs.
TEST(RedTeamTest, RoundHundredEightyEightAFieldNamedLikeAMarkerAndAnUpdateBelowAField) {
  // A dentist's patient card.
  const std::string schema = R"({"type":"object","properties":{"patient":{"type":"string"},)"
                             R"("email":{"type":"string"}}})";
  const std::string head = "Give the patient and the email as JSON.\n\nPatient: Siv Dahl\nEmail: siv@dahl.no\n";
  const std::string tail = "Dentist: Dr. Moe\n";
  const std::string old_answer = R"({"patient":"Siv Dahl","email":"siv@dahl.no"})";
  const SourceText text(head + tail);
  EXPECT_NE(text.source_text().find("Patient: Siv Dahl"), std::string::npos) << text.source_text();
  const Judged plain = CheckExtraction(head + tail, schema, old_answer);
  EXPECT_TRUE(plain.pass) << plain.text;
  for (const char* update : {"New: siv.dahl@post.no\n", "Superseded by: siv.dahl@post.no\n",
                             "EDIT: Email: siv.dahl@post.no\n", "Ny: siv.dahl@post.no\n"}) {
    const Judged j = CheckExtraction(head + update + tail, schema, old_answer);
    EXPECT_TRUE(Fails(j, "/email")) << update << j.text;
    EXPECT_FALSE(Fails(j, "/patient")) << update << j.text;
  }
  // ("Account no. (new):" is a label of its own, no update of the line above.)
  const std::string account = R"({"type":"object","properties":{"patient":{"type":"string"},)"
                              R"("account":{"type":"string"}}})";
  const Judged own = CheckExtraction("Give the patient and the account as JSON.\n\nPatient: Siv Dahl\n"
                                     "Account no. (new): 9304.07.95574\n",
                                     account, R"({"patient":"Siv Dahl","account":"9304.07.95574"})");
  EXPECT_FALSE(Fails(own, "/patient")) << own.text;
}

// Round 188 (d188-*): a remark beside a code in another field ("Customer
// no.: C-01918 (lives in Alta now)", "Room: 423 \u2192 Sandefjord", "Room: 336 /
// Stavanger") may move a member's value in words no list holds: no member is
// stored beside it. A code alone keeps storage.
TEST(RedTeamTest, RoundHundredEightyEightARemarkBesideACodeKeepsTheAnswerOutOfTheStore) {
  // A bicycle repair's customer card.
  const std::string schema = R"({"type":"object","properties":{"customer":{"type":"string"},)"
                             R"("town":{"type":"string"}}})";
  const std::string card = "Give the customer and the town as JSON.\n\nCustomer: Leif Holm\nTown: Voss\n";
  const std::string answer = R"({"customer":"Leif Holm","town":"Voss"})";
  EXPECT_EQ(PlainFlags(card + "Frame no.: F-2231\n", answer, schema), "/customer=1 /town=1");
  for (const char* remark : {"Frame no.: F-2231 (now at his cabin in Geilo)\n", "Frame no.: F-2231 [Geilo]\n",
                             "Bay: 12 \xE2\x86\x92 Geilo\n", "Bay: 12 / Geilo\n", "Ref: K-88 (ny: Geilo)\n"}) {
    EXPECT_EQ(PlainFlags(card + remark, answer, schema), "/customer=0 /town=0") << remark;
  }
  // ("Bay: 12 / Stand: 4" is two fields.)
  EXPECT_EQ(PlainFlags(card + "Bay: 12 / Stand: 4\n", answer, schema), "/customer=1 /town=1");
}

// Round 189 (d189-*): a clause that asks for a value in another form, in
// words the instruction vocabulary licenses ("US style", "in words",
// "written out", "Words.", "short form", "in full"), was reused as a
// formatting change and accepted fresh. It is no licensed change, and a
// value the text writes otherwise is not verified.
TEST(RedTeamTest, RoundHundredEightyNineAValuesFormIsNoFormattingChange) {
  const std::string plain = "Return the date and the city as JSON.";
  for (const char* clause : {" US style.", " Answer as JSON, US notation.", " In words, please.", " Words.",
                             " Answer as JSON, written out.", " Short form.", " In full.", " In brief.",
                             " In Worten."}) {
    EXPECT_FALSE(Instr(plain, plain + clause).licensed) << clause;
  }
  for (const char* clause : {" No extra words.", " Answer in your own words.", " Keep it brief.",
                             " Answer as JSON, compact."}) {
    EXPECT_TRUE(Instr(plain, plain + clause).licensed) << clause;
  }
  // Fresh: a value the text writes otherwise is not verified.
  const std::string schema = R"({"type":"object","properties":{"date":{"type":"string"},"city":{"type":"string"}}})";
  const std::string text = "\n\nDate: 2027-06-16\nCity: Arendal\n";
  EXPECT_TRUE(CheckExtraction(plain + text, schema, R"({"date":"2027-06-16","city":"Arendal"})").pass);
  for (const char* clause : {" US style.", " In words."}) {
    const Judged j = CheckExtraction(plain + clause + text, schema, R"({"date":"2027-06-16","city":"Arendal"})");
    EXPECT_TRUE(Fails(j, "/date")) << clause << j.text;
  }
}

// Round 191 (d191-*): a remark beside a code in a field no member reads,
// after a mark other than a bracket, an arrow or a slash ("K37704 — he now
// resides in Florø", "19B | now lives in Skien", "C3; re-invoiced at 6868",
// "D10 \"overtatt av ...\"", "435 - flyttet til Risør") or in words of
// change beside it, was stored and served. A list of items, a closing quote
// and a number's unit keep storage.
TEST(RedTeamTest, RoundHundredNinetyOneARemarkAfterAnyMarkKeepsTheAnswerOutOfTheStore) {
  // A ski rental's card.
  const std::string schema = R"({"type":"object","properties":{"renter":{"type":"string"},)"
                             R"("town":{"type":"string"}}})";
  const std::string card = "Give the renter and the town as JSON.\n\nRenter: Siri Vik\nTown: Lom\n";
  const std::string answer = R"({"renter":"Siri Vik","town":"Lom"})";
  for (const char* remark : {"Skis no.: 4471 \xE2\x80\x94 she has since moved to Otta\n", "Skis no.: 4471 | Otta\n",
                             "Skis no.: 4471 - flytta til Otta\n", "Skis no.: 4471; relocated to Otta\n",
                             "Skis no.: 4471 # Otta\n", "Skis no.: 4471 \"bor i Otta\"\n",
                             "Skis no.: 4471 \xE2\x87\xA8 Otta\n", "Skis no.: 4471 \xE2\x80\xA6 Otta\n",
                             "Skis no.: 4471  Otta\n", "Skis no.: 4471 now Otta\n",
                             "Skis no.: 4471 \xEF\xBC\x88Otta\xEF\xBC\x89\n", "Locker: 7\nAddress: Otta since May\n",
                             // (A word in lower case after a code, since round 194: what it says is not read.)
                             "Subject: Binding \"B2\" loose\n"}) {
    EXPECT_EQ(PlainFlags(card + remark, answer, schema), "/renter=0 /town=0") << remark;
  }
  for (const char* plain : {"Skis no.: 4471\n", "Skis: Atomic 170, Poles 120; Boots 42\n",
                            "Subject: Binding \"B2\" Loose\n", "Length: 170 cm\n", "Skis no.: AT-4471.2\n"}) {
    EXPECT_EQ(PlainFlags(card + plain, answer, schema), "/renter=1 /town=1") << plain;
  }
}

// Round 194 (d194-*): a remark beside a code in words of another language
// after a mark the remark rule did not list ("D30\uFF0Cd\u00E9m\u00E9nag\u00E9 \u00E0 Ris\u00F8r", a single
// space, "_", " ;", a CJK comma) let the old town be stored; a word of change
// beside a code in a field another member is read from ("Room: 356 | now
// lives in Molde") left the town kept on the patch path.
TEST(RedTeamTest, RoundHundredNinetyFourRemarksInAnyLanguageAndBesideAReadCode) {
  // A ski rental's card again, now with a locker and a pass.
  const std::string schema = R"({"type":"object","properties":{"renter":{"type":"string"},)"
                             R"("town":{"type":"string"},"locker":{"type":"integer"}}})";
  const std::string card = "Give the renter, the town and the locker as JSON.\n\nRenter: Siri Vik\nTown: Lom\n";
  const std::string answer = R"({"renter":"Siri Vik","town":"Lom","locker":7})";
  for (const char* remark : {"Locker: 7\nPass: P4471\xEF\xBC\x8C" "d\xC3\xA9m\xC3\xA9nag\xC3\xA9 \xC3\xA0 Otta\n",
                             "Locker: 7\nPass: P4471 se mud\xC3\xB3 a Otta\n", "Locker: 7\nPass: P4471_flytta Otta\n",
                             "Locker: 7\nPass: P4471 ;Otta'ya ta\xC5\x9F\xC4\xB1nd\xC4\xB1\n",
                             "Locker: 7\nPass: P4471 \xE7\x8E\xB0\xE5\xB1\x85Otta\n",
                             "Locker: 7\nPass: P4471\xE3\x80\x81Otta\xEC\x9C\xBC\xEB\xA1\x9C\n",
                             "Locker: 7\nPass: P4471_Moved to Otta\n", "Locker: 7 | now lives in Otta\n",
                             "Locker: 7; relocated to Otta\n",
                             "Locker: 7 | d\xC3\xA9m\xC3\xA9nag\xC3\xA9 \xC3\xA0 Otta\n",
                             "Locker: 7. Otta\xEC\x9C\xBC\xEB\xA1\x9C \xEC\x9D\xB4\xEC\x82\xAC\n",
                             // Round 197: three words in a row after or before a code, in any case and
                             // language; a word of change after a code without a digit.
                             "Locker: 7 - Demenage A Otta\n", "Locker: 7 - abita a Otta\n",
                             "Locker: 7\nPass: P4471. Ny Adresse Otta\n",
                             "Locker: 7\nPass: Umgezogen Nach Otta - P4471\n",
                             "Locker: 7\nGate: A | moved to Otta\n", "Locker: 7\nSeat: F Demenage A Otta\n"}) {
    EXPECT_EQ(PlainFlags(card + remark, answer, schema), "/renter=0 /town=0 /locker=0") << remark;
  }
  for (const char* plain : {"Locker: 7\nPass: P4471\n", "Locker: 7\nPass: P4471, Otta\n", "Locker: 7\nPass: 3rd\n",
                            "Locker: 7\nWeight: 12 kg\n", "Locker: 7\nPass: 1 and 2\n"}) {
    EXPECT_EQ(PlainFlags(card + plain, answer, schema), "/renter=1 /town=1 /locker=1") << plain;
  }
}

// Round 200 (d200-*): two capitalised words after a mark that ends a read
// code ("Seat: 25E; Mudou Skien", "Bay: B112 | Neu Levanger") were no remark
// to the reader, and the city a member reads from its own line was kept from
// the cache on the patch path.
TEST(RedTeamTest, RoundTwoHundredTwoWordsAfterAMarkBesideAReadCode) {
  // The ski rental's card once more.
  const std::string schema = R"({"type":"object","properties":{"renter":{"type":"string"},)"
                             R"("town":{"type":"string"},"locker":{"type":"integer"}}})";
  const std::string card = "Give the renter, the town and the locker as JSON.\n\nRenter: Siri Vik\nTown: Lom\n";
  const std::string answer = R"({"renter":"Siri Vik","town":"Lom","locker":7})";
  for (const char* remark : {"Locker: 7; Mudou Otta\n", "Locker: 7 | Neu Otta\n", "Locker: 7. Sekarang Otta\n",
                             "Locker: 7; Hoy Otta\n", "Locker: 7 / Nun Otta\n",
                             "Locker: 7\nSeat: 21D, Mudou Otta\n",
                             // Round 201: after a tab, or a dash between spaces.
                             "Locker: 7\tMudou Otta\n", "Locker: 7\t- Neu Otta\n",
                             "Locker: 7\nAddress: Storgata 39 - Sekarang Otta\n"}) {
    EXPECT_EQ(PlainFlags(card + remark, answer, schema), "/renter=0 /town=0 /locker=0") << remark;
  }
  // (One word after the mark, two words with no mark, or after a stop that
  // ends a word: "St. Olav" is a name.)
  for (const char* plain : {"Locker: 7\n", "Locker: 7\nPass: P4471, Otta\n", "Locker: 7\nWeight: 12 kg\n",
                            "Locker: 7\nShop: St. Olav Sport\n", "Locker: 7\nAddress: Storgata 39 - 2670 Otta\n"}) {
    EXPECT_EQ(PlainFlags(card + plain, answer, schema), "/renter=1 /town=1 /locker=1") << plain;
  }
}

// Round 204 (d204-*): a remark added after another member's value on its
// own line ("Customer: Fjordsoft AS - note: charged back", "Branch: Turku;
// overdrawn") changed what an unchanged line meant, and the patch path kept
// that line's member from the cache.
TEST(RedTeamTest, RoundTwoHundredFourARemarkOnOneLineMayChangeAnother) {
  // A market stall's day sheet.
  const std::string schema = R"({"type":"object","properties":{"stall":{"type":"string"},)"
                             R"("paid":{"type":"boolean"},"eggs":{"type":"integer"}}})";
  const std::string ask = "Give the stall, paid and eggs as JSON.\n\n";
  const std::string answer = R"({"stall":"Nordtun Gard","paid":true,"eggs":15})";
  const std::string before = ask + "Stall: Nordtun Gard\nPaid: yes\nEggs: 15\n";
  for (const char* remark : {"Stall: Nordtun Gard - note: charged back\nPaid: yes\nEggs: 15\n",
                             "Stall: Nordtun Gard; refunded\nPaid: yes\nEggs: 15\n",
                             "Stall: Nordtun Gard\nPaid: yes\nEggs: 15 / trays of twelve\n",
                             "Stall: Nordtun Gard | bounced\nPaid: yes\nEggs: 15\n",
                             "Stall: Nordtun Gard; 12 per unit\nPaid: yes\nEggs: 15\n"}) {
    for (const MemberReuse& m : Compare(before, ask + remark, answer, schema)) {
      EXPECT_FALSE(m.pass) << remark << m.pointer;
    }
  }
  // (A value changed on its line, or a number after a mark, leave the others kept.)
  EXPECT_TRUE(Member(Compare(before, ask + "Stall: Nordtun Gard\nPaid: yes\nEggs: 18\n", answer, schema), "/paid").pass);
}

// Round 192 (d192-*): a number asked as an integer ("with the hours as an
// integer") beside a value with a fraction, and a number asked alone ("just
// the number", "number, nothing else") beside a value with its unit or mark,
// were accepted as the text writes them; a country asked "as a code" was
// reused as a formatting change.
TEST(RedTeamTest, RoundHundredNinetyTwoANumbersFormAskedInPlainWords) {
  // A workshop's time sheet.
  const std::string schema = R"({"type":"object","properties":{"hours":{"type":"number"},)"
                             R"("length":{"type":"string"},"job":{"type":"string"}}})";
  const std::string sheet = "\n\nHours: 37.75\nLength: 240 cm\nJob: W-12\n";
  const std::string as_written = R"({"hours":37.75,"length":"240 cm","job":"W-12"})";
  const std::string plain = "Return the hours, the length and the job as JSON.";
  EXPECT_TRUE(CheckExtraction(plain + sheet, schema, as_written).pass);
  for (const char* ask : {" Give the hours as an integer.", " Answer as JSON, with the hours as integer."}) {
    const Judged j = CheckExtraction(plain + ask + sheet, schema, as_written);
    EXPECT_TRUE(Fails(j, "/hours")) << ask << j.text;
    EXPECT_FALSE(Fails(j, "/length")) << ask << j.text;
  }
  // Asked of a member by name ("the length as a number"), the others keep
  // their form; asked of none by name, of every member (a code too).
  const Judged named = CheckExtraction(plain + " Answer as JSON, the length as a number." + sheet, schema, as_written);
  EXPECT_TRUE(Fails(named, "/length")) << named.text;
  EXPECT_FALSE(Fails(named, "/job")) << named.text;
  for (const char* ask : {" Just the number.", " Length, number, nothing else.",
                          " Give the hours and the length as a number."}) {
    const Judged j = CheckExtraction(plain + ask + sheet, schema, as_written);
    EXPECT_TRUE(Fails(j, "/length") && Fails(j, "/job")) << ask << j.text;
  }
  // ("The number of hours", "need not be an integer", "the phone number
  // only" ask no form.)
  for (const char* ask : {" Give the number of hours.", " The hours need not be an integer."}) {
    EXPECT_TRUE(CheckExtraction(plain + ask + sheet, schema, as_written).pass) << ask;
  }
  const std::string country = "Return the country as JSON.";
  EXPECT_FALSE(Instr(country, country + " As a code.").licensed);
  EXPECT_TRUE(Instr(country, country + " Answer as JSON.").licensed);
}

// Round 194 (d194-*, fresh): the integer and the number alone asked in other
// words and languages ("as ints", "without decimals", "som heltall", "als
// ganze Zahl", "nur die Zahl") were not read as asks of a form, and the value
// as the text writes it was accepted.
TEST(RedTeamTest, RoundHundredNinetyFourANumbersFormAskedInOtherWordsAndLanguages) {
  // A bakery's order slip.
  const std::string schema = R"({"type":"object","properties":{"weight":{"type":"number"},)"
                             R"("length":{"type":"string"},"baker":{"type":"string"}}})";
  const std::string slip = "\n\nWeight: 12.4\nLength: 30 cm\nBaker: Una Rise\n";
  const std::string as_written = R"({"weight":12.4,"length":"30 cm","baker":"Una Rise"})";
  const std::string plain = "Return the weight, the length and the baker as JSON.";
  EXPECT_TRUE(CheckExtraction(plain + slip, schema, as_written).pass);
  for (const char* ask : {" The weight as ints.", " Weight without decimals.", " Give it with no fraction.",
                          " Gi vekten som heltall.", " Das Gewicht als ganze Zahl.", " Das Gewicht als Ganzzahl.",
                          " El peso como n\xC3\xBAmero entero.", " Le poids en nombre entier.",
                          " Wag\xC4\x99 jako liczba ca\xC5\x82kowita.", " Het gewicht als geheel getal.",
                          " Vekten uten desimaler.", " Das Gewicht ohne Nachkommastellen.", " Vikten som heltal."}) {
    const Judged j = CheckExtraction(plain + ask + slip, schema, as_written);
    EXPECT_TRUE(Fails(j, "/weight")) << ask << j.text;
    EXPECT_FALSE(Fails(j, "/baker")) << ask << j.text;
  }
  for (const char* ask : {" Die L\xC3\xA4nge: nur die Zahl.", " Lengden: bare tallet.",
                          " La longitud: solo el n\xC3\xBAmero.", " La longueur en chiffres.",
                          // Round 201: after a word that names no member, and "figure".
                          " The length as a string, number only.", " The length, figure only."}) {
    const Judged j = CheckExtraction(plain + ask + slip, schema, as_written);
    EXPECT_TRUE(Fails(j, "/length")) << ask << j.text;
  }
  // (Not denied, nor a word of these in another sense: "not without
  // decimals", "the number of hours", "a whole day".)
  for (const char* ask : {" Do not give it without decimals.", " Give the number of hours.",
                          " The baker worked a whole day."}) {
    const Judged j = CheckExtraction(plain + ask + slip, schema, as_written);
    EXPECT_TRUE(j.pass) << ask << j.text;
  }
}

// A schema whose alternatives point at alternatives ("anyOf" of thousands of
// "$ref"s to another such "anyOf") is read up to a budget of nodes, not
// walked whole (a walk of 20,000 by 20,000 took a minute per request): past
// it the member counts as one that may be null or several things, and is
// not stored.
TEST(EvidenceTest, AlternativesPastTheBudgetAreNotWalkedWhole) {
  std::string refs_to_a1, refs_to_a2;
  for (int i = 0; i < 3000; ++i) {
    refs_to_a1 += std::string(i ? "," : "") + R"({"$ref":"#/$defs/a1"})";
    refs_to_a2 += std::string(i ? "," : "") + R"({"$ref":"#/$defs/a2"})";
  }
  const std::string schema = R"({"type":"object","$defs":{"a0":{"anyOf":[)" + refs_to_a1 + R"(]},"a1":{"anyOf":[)" +
                             refs_to_a2 + R"(]},"a2":{"type":"string"}},"properties":{"name":{"type":"string"},)" +
                             R"("x":{"$ref":"#/$defs/a0"}}})";
  const std::string prompt = "Give the name and x as JSON.\n\nName: Ola Moe\nX: open\n";
  EXPECT_EQ(PlainFlags(prompt, R"({"name":"Ola Moe","x":"open"})", schema), "/name=1 /x=0");
  // (Two alternatives deep is read as it is: a string of one word stored.)
  const std::string small = R"({"type":"object","$defs":{"a0":{"anyOf":[{"$ref":"#/$defs/a1"}]},)"
                            R"("a1":{"anyOf":[{"type":"string"}]}},"properties":{"name":{"type":"string"},)"
                            R"("x":{"$ref":"#/$defs/a0"}}})";
  EXPECT_EQ(PlainFlags(prompt, R"({"name":"Ola Moe","x":"open"})", small), "/name=1 /x=1");
}

// Round 238 (d238-*): OCR'd text. "Room: 80l", the model reading 80, was
// stored and served again, and a stored "Room: 50" was reused for "Room:
// 50g": a letter glued after the number may be a misread digit or a unit,
// and the checks do not read which. Such a number is never plain, unless
// the member's name or unit is that letter ("weight_kg" beside "5kg").
TEST(RedTeamTest, RoundTwoHundredThirtyEightALetterGluedAfterTheNumber) {
  const std::string schema =
      R"({"type":"object","properties":{"guest":{"type":"string"},"room":{"type":"integer"},)"
      R"("nights":{"type":"integer"}}})";
  const std::string ask = "Extract the booking as JSON.\n\nGuest: Jonas Berg\n";
  const std::string answer = R"({"guest":"Jonas Berg","room":80,"nights":3})";
  for (const char* room : {"80l", "80s", "80G", "80T", "80g", "80st"}) {
    EXPECT_EQ(PlainFlags(ask + "Room: " + room + "\nNights: 3\n", answer, schema), "/guest=1 /room=0 /nights=1") << room;
  }
  EXPECT_EQ(PlainFlags(ask + "Room: 80\nNights: 3\n", answer, schema), "/guest=1 /room=1 /nights=1");
  EXPECT_EQ(PlainFlags(ask + "Room: 80 l\nNights: 3\n", answer, schema).substr(0, 17), "/guest=1 /room=1 ");
  // A stored clean value is not reused for the letter's text.
  const auto reuse = Compare(ask + "Room: 50\nNights: 3\n", ask + "Room: 50g\nNights: 3\n",
                             R"({"guest":"Jonas Berg","room":50,"nights":3})", schema);
  EXPECT_FALSE(Member(reuse, "/room").pass);
  EXPECT_TRUE(Member(reuse, "/nights").pass);
  // The member's own unit glued to its number is read as written.
  const std::string kg = R"({"type":"object","properties":{"guest":{"type":"string"},"weight_kg":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags(ask + "Weight: 5kg\n", R"({"guest":"Jonas Berg","weight_kg":5})", kg), "/guest=1 /weight_kg=1");
  const std::string plain_weight = R"({"type":"object","properties":{"guest":{"type":"string"},"weight":{"type":"number"}}})";
  EXPECT_EQ(PlainFlags(ask + "Weight: 5kg\n", R"({"guest":"Jonas Berg","weight":5})", plain_weight),
            "/guest=1 /weight=0");
}

// Round 244 (d244-*, through `stepcache serve`), fresh answers: "a member for
// 56 years ... is 66 years old" passed 56 for the age, both numbers standing
// before "years".
TEST(RedTeamTest, RoundTwoHundredFortyFourASpanOfYearsBesideTheAge) {
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}})";
  for (const char* text : {"Tore Aas has been a member for 56 years. Tore is 66 years old.\n",
                           "Tore Aas is 66 years old and has worked here for 56 years.\n"}) {
    const std::string prompt = "Extract the name and age as JSON.\nText:\n" + std::string(text);
    EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"name":"Tore Aas","age":56})"), "/age")) << text;
  }
  EXPECT_TRUE(CheckExtraction("Extract the name and age as JSON.\nText:\nTore Aas has been a member for 56 years. Tore is 66 years old.\n",
                              schema, R"({"name":"Tore Aas","age":66})")
                  .pass);
  EXPECT_TRUE(CheckExtraction("Extract the name and age as JSON.\nText:\nTore Aas, 66 years, Oslo.\n", schema,
                              R"({"name":"Tore Aas","age":66})")
                  .pass);
}

// Round 241 (d241-*), fresh answers: a truth value no field of the member
// states passed beside a yes or a no under another label ("Outstanding:
// yes", "Settled: yes" for paid), and "Uninsured: yes" passed "yes" for an
// insured enum of yes / no / unknown.
TEST(RedTeamTest, RoundTwoHundredFortyOneTruthValuesUnderOtherLabels) {
  const std::string invoice = R"({"type":"object","properties":{"invoice_no":{"type":"string"},"amount":{"type":"number"},)"
                              R"("paid":{"type":"boolean","description":"whether the invoice has been paid"}}})";
  const std::string ask = "Return invoice_no, amount and paid for the invoice below.\n\nInvoice no: INV-9745\nAmount: 480.50\n";
  for (const char* line : {"Outstanding: yes\n", "Settled: yes\n", "Payment received: no\n"}) {
    for (const char* paid : {"true", "false"}) {
      const std::string answer = std::string(R"({"invoice_no":"INV-9745","amount":480.5,"paid":)") + paid + "}";
      EXPECT_TRUE(Fails(CheckExtraction(ask + line, invoice, answer), "/paid")) << line << paid;
    }
  }
  // The member's own field, and another yes or no beside it, read as before.
  EXPECT_TRUE(CheckExtraction(ask + "Paid: no\nVoid: no\n", invoice, R"({"invoice_no":"INV-9745","amount":480.5,"paid":false})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(ask + "Paid: no\nVoid: no\n", invoice, R"({"invoice_no":"INV-9745","amount":480.5,"paid":true})"),
                    "/paid"));
  const std::string driver = R"({"type":"object","properties":{"name":{"type":"string"},)"
                             R"("insured":{"type":"string","enum":["yes","no","unknown"]}}})";
  const std::string uninsured = "Return name and insured as JSON.\n\nName: Lars Fjeld\nUninsured: yes\n";
  EXPECT_TRUE(Fails(CheckExtraction(uninsured, driver, R"({"name":"Lars Fjeld","insured":"yes"})"), "/insured"));
  EXPECT_TRUE(CheckExtraction("Return name and insured as JSON.\n\nName: Lars Fjeld\nInsured: yes\n", driver,
                              R"({"name":"Lars Fjeld","insured":"yes"})")
                  .pass);
}

// Round 240 (d240-*), fresh answers: a record on one line whose first label
// starts with a word that may open the text ("Order ID: PO-2026-0418 |
// Invoice reference: ...") lost that field to the instruction, so the other
// field's value passed for it; "ACME Ltd" passed for "ACME Ltd." (and was
// reused for it); a name asked without diacritics passed with them.
TEST(RedTeamTest, RoundTwoHundredFortyOneLineRecordsAbbreviationsAndAskedForms) {
  const std::string schema = R"({"type":"object","properties":{"order_id":{"type":"string"},"invoice_ref":{"type":"string"}}})";
  for (const char* line : {"Order ID: PO-2026-0418 | Invoice reference: PO-2026-00418\n",
                           "Order ID: PO-2026-0418; Invoice reference: PO-2026-00418\n"}) {
    const std::string text = "Fill in the JSON from the form below.\n\n" + std::string(line);
    EXPECT_TRUE(CheckExtraction(text, schema, R"({"order_id":"PO-2026-0418","invoice_ref":"PO-2026-00418"})").pass) << line;
    EXPECT_TRUE(Fails(CheckExtraction(text, schema, R"({"order_id":"PO-2026-00418","invoice_ref":"PO-2026-00418"})"),
                      "/order_id"))
        << line;
  }
  // A last abbreviation's period is the value's ("ACME Ltd.", "M.D."),
  // under the member's label or any other; a sentence's period is not.
  const std::string firm = R"({"type":"object","properties":{"company":{"type":"string"},"city":{"type":"string"}}})";
  for (const char* text : {"Company: ACME Ltd.\nCity: Bergen\n", "Supplier: ACME Ltd. | City: Bergen\n",
                           "We buy from ACME Ltd. in Bergen.\n"}) {
    const std::string prompt = "Extract the company and city as JSON.\n\n" + std::string(text);
    EXPECT_TRUE(CheckExtraction(prompt, firm, R"({"company":"ACME Ltd.","city":"Bergen"})").pass) << text;
    EXPECT_TRUE(Fails(CheckExtraction(prompt, firm, R"({"company":"ACME Ltd","city":"Bergen"})"), "/company")) << text;
  }
  const std::string doctor = "Extract the company and city as JSON.\n\nCompany: Kari Berg M.D.\nCity: Bergen.\n";
  EXPECT_TRUE(Fails(CheckExtraction(doctor, firm, R"({"company":"Kari Berg M.D","city":"Bergen"})"), "/company"));
  EXPECT_TRUE(CheckExtraction(doctor, firm, R"({"company":"Kari Berg M.D.","city":"Bergen"})").pass);
  EXPECT_TRUE(CheckExtraction("Extract the company and city as JSON.\n\nCompany: ACME\nCity: Bergen.\n", firm,
                              R"({"company":"ACME","city":"Bergen"})")
                  .pass);
  // A name asked without its diacritics is a form the checks do not make.
  const std::string named = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string plain = "Return the record as JSON. Give the name without diacritics.\n\nName: Jos\u00e9 Lund\nCity: Lyon\n";
  EXPECT_TRUE(Fails(CheckExtraction(plain, named, "{\"name\":\"Jos\u00e9 Lund\",\"city\":\"Lyon\"}"), "/name"));
  // A heading that opens the text before the first label keeps that label.
  const std::string person = R"({"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}}})";
  const std::string headed = "Fill in the JSON.\n\nOrder details: Name: Ann Lee | City: Oslo\n";
  EXPECT_TRUE(CheckExtraction(headed, person, R"({"name":"Ann Lee","city":"Oslo"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(headed, person, R"({"name":"Oslo","city":"Oslo"})"), "/name"));
}

// Round 234 (d234-*), fresh answers: "Check-out date" beside "Check-in date"
// passed either date for checkout_date (the label's "check" and "out" were
// not read as "checkout"), and a correction of a truth value ("Paid
// (corrected): yes", "Correction: paid = yes", "Quantity: 15 / updated: 25")
// let the stale value pass.
TEST(RedTeamTest, RoundTwoHundredThirtyFourCorrectionsAndLabelWordsWrittenApart) {
  const std::string booking = R"({"type":"object","properties":{"guest":{"type":"string"},)"
                              R"("checkout_date":{"type":"string"},"paid":{"type":"boolean"}}})";
  const std::string ask = "Turn this booking into JSON.\n\nGuest: Anna Berg\n";
  for (const char* dates : {"Check-in date: 2025-06-02\nCheck-out date: 2025-06-09\n",
                            "Check-out: 2025-06-09\nCheck-in: 2025-06-02\n"}) {
    const std::string text = ask + dates + "Paid: yes\n";
    EXPECT_TRUE(CheckExtraction(text, booking, R"({"guest":"Anna Berg","checkout_date":"2025-06-09","paid":true})").pass)
        << dates;
    EXPECT_TRUE(Fails(CheckExtraction(text, booking, R"({"guest":"Anna Berg","checkout_date":"2025-06-02","paid":true})"),
                      "/checkout_date"))
        << dates;
  }
  // The words together in the member's name and apart in the label.
  const std::string joined = R"({"type":"object","properties":{"guest":{"type":"string"},"email":{"type":"string"}}})";
  const std::string mails = ask + "E-mail: anna@berg.no\nBackup: bo@berg.no\n";
  EXPECT_TRUE(CheckExtraction(mails, joined, R"({"guest":"Anna Berg","email":"anna@berg.no"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(mails, joined, R"({"guest":"Anna Berg","email":"bo@berg.no"})"), "/email"));
  // A correction of a truth value fails the stale value; which way a note
  // turns it is not read, so the other fails too (an error, never the
  // stale answer).
  const std::string invoice = R"({"type":"object","properties":{"invoice_no":{"type":"string"},"paid":{"type":"boolean"}}})";
  for (const char* note : {"Paid (corrected): yes\n", "Correction: paid = yes\n", "Note added later: paid changed to yes.\n"}) {
    const std::string text = "Turn this invoice into JSON.\n\nInvoice no: INV-3456\nPaid: no\n" + std::string(note);
    EXPECT_TRUE(Fails(CheckExtraction(text, invoice, R"({"invoice_no":"INV-3456","paid":false})"), "/paid")) << note;
  }
  EXPECT_TRUE(CheckExtraction("Turn this invoice into JSON.\n\nInvoice no: INV-3456\nPaid: no\n", invoice,
                              R"({"invoice_no":"INV-3456","paid":false})")
                  .pass);
  // Round 243: a later value under the label and a word of time, a field
  // that says only "later", a change after a sentence's end on the line,
  // and the member's name written apart in the changed field.
  for (const char* note : {"Paid as of today: yes\n", "later: yes\n"}) {
    const std::string text = "Turn this invoice into JSON.\n\nInvoice no: INV-3456\nPaid: no\n" + std::string(note);
    EXPECT_TRUE(Fails(CheckExtraction(text, invoice, R"({"invoice_no":"INV-3456","paid":false})"), "/paid")) << note;
  }
  EXPECT_TRUE(Fails(CheckExtraction("Turn this invoice into JSON.\n\nInvoice no: INV-3456\nPaid: no. Update: yes\n", invoice,
                                    R"({"invoice_no":"INV-3456","paid":false})"),
                    "/paid"));
  const std::string laptop = R"({"type":"object","properties":{"owner":{"type":"string"},"notebook":{"type":"string"}}})";
  for (const char* lines : {"Notebook: XPS 13\nNew note book: MacBook Air\n", "Note book: XPS 13 / updated: MacBook Air\n"}) {
    EXPECT_TRUE(Fails(CheckExtraction("Return the record as JSON.\n\nOwner: Ann\n" + std::string(lines), laptop,
                                      R"({"owner":"Ann","notebook":"XPS 13"})"),
                      "/notebook"))
        << lines;
  }
  EXPECT_TRUE(CheckExtraction("Return the record as JSON.\n\nOwner: Ann\nNote book: XPS 13\n", laptop,
                              R"({"owner":"Ann","notebook":"XPS 13"})")
                  .pass);
  // A change written after the value on its line.
  const std::string order = R"({"type":"object","properties":{"order_id":{"type":"string"},"quantity":{"type":"integer"}}})";
  for (const char* line : {"Quantity: 15 / updated: 25\n", "Quantity: 15 | new: 25\n"}) {
    EXPECT_TRUE(Fails(CheckExtraction("Extract the order as JSON.\n\nOrder ID: ORD-80527\n" + std::string(line), order,
                                      R"({"order_id":"ORD-80527","quantity":15})"),
                      "/quantity"))
        << line;
  }
}

// Round 251 (d251-ov-*): a line beside the record that gives a member's
// value to another party than the one asked about ("the city below is the
// front desk's city") fails that member on a fresh answer too (the reuse
// side: ReuseSafetyTest.ALineThatSaysWhoseAMembersValueIsStopsReuse).
TEST(RedTeamTest, RoundTwoHundredFiftyOneALineThatGivesAMemberToAnotherParty) {
  // Own texts: a clinic's patients.
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}},)"
      R"("required":["name","age","city"],"additionalProperties":false})";
  const std::string ask = "Return the patient's name, age and city as JSON.\nText:\n";
  const std::string record = "Name: Oskar Vik\nAge: 38\nCity: Bergen\n";
  const std::string answer = R"({"name":"Oskar Vik","age":38,"city":"Bergen"})";
  const Judged city = CheckExtraction(ask + "Please file the following patient record; the city below is the ward's city.\n" +
                                          record, schema, answer);
  EXPECT_TRUE(Fails(city, "/city")) << city.text;
  EXPECT_FALSE(Fails(city, "/age")) << city.text;
  const Judged all = CheckExtraction(ask + record + "The name, age and city above are the nurse\xE2\x80\x99s.\n", schema, answer);
  for (const char* p : {"/name", "/age", "/city"}) EXPECT_TRUE(Fails(all, p)) << p << all.text;
  // The asked party's own, and a name's possessive, are the record's.
  for (const std::string& line : {std::string("Here are the patient's details from our front desk:\n"),
                                  std::string("Oskar's city is Bergen.\n")}) {
    EXPECT_TRUE(CheckExtraction(ask + line + record, schema, answer).pass) << line;
  }
}

// Round 254 (d254-c*): a word added after a member's name that makes it
// another value ("the customer code", "the city's code", "the code of the
// city", "the age at entry") was licensed as an instruction word ("code" of
// "no code fences"), and the stored name or city was served for the code.
TEST(RedTeamTest, RoundTwoHundredFiftyFourAWordThatMakesAMemberAnotherValue) {
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  const std::string schema_text =
      R"({"type":"object","properties":{"customer":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  rapidjson::Document schema;
  ASSERT_TRUE(ParseJson(schema_text, schema));
  const MemberLabelTable table(&schema);
  const std::string record = "\n\nText:\nCustomer: Ivan Dahl\nAge: 44\nCity: Malmo\n";
  const std::string before = "Extract the customer, age and city as JSON." + record;
  TaskInput input;
  input.schema_json = &schema;
  input.labels = &table;
  for (const char* now : {"Extract the customer code, age and city as JSON.", "Extract the customer's code, age and city as JSON.",
                          "Extract the customer, age and code of the city as JSON.",
                          "Extract the customer, age at entry and city as JSON.",
                          "Extract the customer, age at the start and city as JSON.",
                          "Extract the customer key, age and city as JSON."}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked(before, input);
    EXPECT_TRUE(d.skip) << now;
  }
  // A pointer at the text, a participle, or a format word after a name is none.
  for (const char* now : {"From the record below, extract the customer, age and city as JSON.",
                          "Produce JSON holding customer, age and city, taken from this record."}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked(before, input);
    EXPECT_EQ(d.reason.find("beside the member's name"), std::string::npos) << now << ": " << d.reason;
  }
}

// Round 253 (d253-*): a line that gives the whole record to another party
// ("the details are the front desk's", "details of the front desk below",
// a heading "Details of the front desk:") named no member, and the stored
// record was served as the customer's.
TEST(RedTeamTest, RoundTwoHundredFiftyThreeALineThatGivesTheRecordToAnotherParty) {
  // Own texts: a ferry's passengers.
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}},)"
      R"("required":["name","age","city"],"additionalProperties":false})";
  const std::string ask = "Give the name, age and city of the passenger as JSON.\nCard:\n";
  const std::string record = "Name: Ada Holm\nAge: 61\nCity: Kiel\n";
  const std::string answer = R"({"name":"Ada Holm","age":61,"city":"Kiel"})";
  for (const std::string& line : {std::string("Please process the following passenger record; the details are the front desk's.\n"),
                                  std::string("Forwarded by the passenger; details of the front desk below.\n"),
                                  std::string("Please process the following passenger record.\nDetails of the crew:\n")}) {
    const Judged j = CheckExtraction(ask + line + record, schema, answer);
    for (const char* p : {"/name", "/age", "/city"}) EXPECT_TRUE(Fails(j, p)) << line << p << j.text;
    EXPECT_EQ(PlainFlags(ask + line + record, answer, schema), "/name=0 /age=0 /city=0") << line;
  }
  // Details handed over from another party, or of the asked one, are the record's.
  for (const std::string& line : {std::string("Here are the passenger details from our front desk:\n"),
                                  std::string("Details of the passenger:\n")}) {
    EXPECT_TRUE(CheckExtraction(ask + line + record, schema, answer).pass) << line;
  }
}

// Round 255 (d255-*): the record given to another party in words the reader
// did not list ("details re: our front desk below", "subject: the manager,
// details below", "details of his desk below"), and a word that makes a
// member another value before "for / from / of their" ("the code of their
// city"): the stored record was served.
TEST(RedTeamTest, RoundTwoHundredFiftyFiveTheRecordAboutAnotherPartyAndCodesOfAMember) {
  // Own texts: a ferry's passengers.
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}},)"
      R"("required":["name","age","city"],"additionalProperties":false})";
  const std::string ask = "Give the name, age and city of the passenger as JSON.\nCard:\n";
  const std::string record = "Name: Ada Holm\nAge: 61\nCity: Kiel\n";
  const std::string answer = R"({"name":"Ada Holm","age":61,"city":"Kiel"})";
  for (const std::string& line : {std::string("Please process the details re: our front desk below.\n"),
                                  std::string("Forwarded by the passenger; details concerning: the purser below.\n"),
                                  std::string("Forwarded by the passenger; subject: the manager, details below.\n"),
                                  std::string("Forwarded by the passenger; details: our purser, below.\n"),
                                  std::string("Details of his cabin steward below.\n")}) {
    const Judged j = CheckExtraction(ask + line + record, schema, answer);
    for (const char* p : {"/name", "/age", "/city"}) EXPECT_TRUE(Fails(j, p)) << line << p << j.text;
  }
  for (const std::string& line : {std::string("Details re: the passenger below.\n"),
                                  std::string("A note about the crossing: calm seas.\n"),
                                  std::string("Here are the passenger details from our front desk:\n")}) {
    EXPECT_TRUE(CheckExtraction(ask + line + record, schema, answer).pass) << line;
  }
  const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(schema, doc));
  const MemberLabelTable table(&doc);
  TaskInput input;
  input.schema_json = &doc;
  input.labels = &table;
  const std::string before = "Give the name, age and city as JSON.\n" + record;
  for (const char* now : {"Give the name, age and code of their city as JSON.\n",
                          "Give the name, age and code for this city as JSON.\n",
                          "Give the name, age and number from the city as JSON.\n",
                          "Give the name, age on entry and city as JSON.\n"}) {
    const std::string prompt = now + record;
    input.prompt = prompt;
    EXPECT_TRUE(rules->ReuseBlocked(before, input).skip) << now;
  }
}

// Round 256 (d256-*): an age or a number of nights written as a year or a
// date ("Age: 19750816", "Nights: 20260217") passed where the member may not
// be null, and the stored answer's licensed rewrite served it.
TEST(RedTeamTest, RoundTwoHundredFiftySixAnAgeOrAStayWrittenAsADate) {
  const std::string schema =
      R"({"type":"object","properties":{"guest":{"type":"string"},"age":{"type":"integer"},"nights":{"type":"integer"}},)"
      R"("required":["guest","age","nights"]})";
  const std::string ask = "Give the guest, age and number of nights as JSON.\n\nGuest: Petra Moen\n";
  for (const char* age : {"1975", "19750816", "2026", "187"}) {
    const Judged j = CheckExtraction(ask + "Age: " + age + "\nNights: 3\n", schema,
                                     std::string(R"({"guest":"Petra Moen","age":)") + age + R"(,"nights":3})");
    EXPECT_TRUE(Fails(j, "/age")) << age << j.text;
  }
  for (const char* nights : {"20260217", "2026"}) {
    const Judged j = CheckExtraction(ask + "Age: 41\nNights: " + nights + "\n", schema,
                                     std::string(R"({"guest":"Petra Moen","age":41,"nights":)") + nights + "}");
    EXPECT_TRUE(Fails(j, "/nights")) << nights << j.text;
  }
  EXPECT_TRUE(CheckExtraction(ask + "Age: 41\nNights: 14\n", schema, R"({"guest":"Petra Moen","age":41,"nights":14})").pass);
}

// Round 258 (d258-*): an age under another name or language ("guest_age",
// "Idade") and a stay under another name ("length_of_stay"), past the
// limits; a code or key asked of a member through a clause ("the code that
// we give the city"), whose stale answer, accepted fresh, was stored and
// served again. Round 259 (d259-*): a sentence that opens the fields with a
// colon ("Please process the following receipt, amounts in thou:").
TEST(RedTeamTest, RoundTwoHundredFiftyEightAndNineAgesUnderOtherNamesHeadWordsAndScaleSentences) {
  for (const char* key : {"guest_age", "idade", "alter"}) {
    const std::string schema = std::string(R"({"type":"object","properties":{"name":{"type":"string"},")") + key +
                               R"(":{"type":"integer"}},"required":["name",")" + key + R"("]})";
    const Judged j = CheckExtraction(std::string("Give the name and ") + key + " as JSON.\n\nName: Ana Lee\n" + key +
                                         ": 19750816\n",
                                     schema, std::string(R"({"name":"Ana Lee",")") + key + R"(":19750816})");
    EXPECT_TRUE(Fails(j, std::string("/") + key)) << key << j.text;
  }
  const std::string stay = R"({"type":"object","properties":{"guest":{"type":"string"},"length_of_stay":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the guest and length_of_stay as JSON.\n\nGuest: Ana Lee\nLength of stay: 20260217\n",
                                    stay, R"({"guest":"Ana Lee","length_of_stay":20260217})"),
                    "/length_of_stay"));
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  const std::string record = "\n\nText:\nName: Tomas Strand\nAge: 34\nCity: Ghent\n";
  const std::string answer = R"({"name":"Tomas Strand","age":34,"city":"Ghent"})";
  for (const char* ask : {"Extract the name, the age and the code that we give the city as JSON.",
                          "Extract the key that we use for the name, the age and the city as JSON.",
                          "Extract the name, the age and the number that we keep for the city as JSON."}) {
    EXPECT_EQ(PlainFlags(ask + record, answer, schema), "/name=0 /age=0 /city=0") << ask;
  }
  EXPECT_EQ(PlainFlags("Extract the name, the age and the city as JSON." + record, answer, schema),
            "/name=1 /age=1 /city=1");
  const std::string receipt = R"({"type":"object","properties":{"customer":{"type":"string"},"amount":{"type":"number"}}})";
  const std::string text = "Extract the customer and amount as JSON.\n\nText:\n";
  EXPECT_EQ(PlainFlags(text + "Please process the following receipt, amounts in thou:\nCustomer: Pavel Novak\nAmount: 266\n",
                       R"({"customer":"Pavel Novak","amount":266})", receipt),
            "/customer=0 /amount=0");
  EXPECT_EQ(PlainFlags(text + "Please process the following receipt:\nCustomer: Pavel Novak\nAmount: 266\n",
                       R"({"customer":"Pavel Novak","amount":266})", receipt),
            "/customer=1 /amount=1");
}

// Round 260 (d260-*): a short line naming a scale above the record
// ("amounts in thou:", "Amounts (k):") was not read, so the stored unscaled
// amount was reused; a stay or an age under an abbreviation or another
// language's word ("Nts", "LOS", "Pernoctaciones", "Yrs") took a date.
TEST(RedTeamTest, RoundTwoHundredSixtyShortScaleLinesAndStaysUnderOtherNames) {
  const std::string receipt = R"({"type":"object","properties":{"customer":{"type":"string"},"amount":{"type":"number"}}})";
  const std::string text = "Extract the customer and amount as JSON.\n\nText:\n";
  const std::string answer = R"({"customer":"Sofia Strand","amount":112})";
  for (const char* line : {"amounts in thou:", "Amounts (k):", "Amounts\u2192grand:", "Amounts in cents:", "Amount in m:"}) {
    EXPECT_EQ(PlainFlags(text + line + "\nReceipt\nCustomer: Sofia Strand\nAmount: 112\n", answer, receipt),
              "/customer=0 /amount=0")
        << line;
  }
  EXPECT_EQ(PlainFlags(text + "Receipt:\nCustomer: Sofia Strand\nAmount: 112\n", answer, receipt),
            "/customer=1 /amount=1");
  for (const char* key : {"nts", "los", "pernoctaciones", "pernottamenti", "nachten", "noclegi", "geceler"}) {
    const std::string schema = std::string(R"({"type":"object","properties":{"guest":{"type":"string"},")") + key +
                               R"(":{"type":"integer"}},"required":["guest",")" + key + R"("]})";
    const std::string ask = std::string("Extract guest and ") + key + " as JSON.\n\nText:\nGuest: Elif Vik\n" + key;
    EXPECT_TRUE(Fails(CheckExtraction(ask + ": 20260217\n", schema,
                                      std::string(R"({"guest":"Elif Vik",")") + key + R"(":20260217})"),
                      std::string("/") + key))
        << key;
    EXPECT_TRUE(CheckExtraction(ask + ": 13\n", schema, std::string(R"({"guest":"Elif Vik",")") + key + R"(":13})").pass)
        << key;
  }
  const std::string yrs = R"({"type":"object","properties":{"name":{"type":"string"},"yrs":{"type":"integer"}}})";
  EXPECT_TRUE(Fails(CheckExtraction("Give the name and yrs as JSON.\n\nName: Ana Lee\nYrs: 1975\n", yrs,
                                    R"({"name":"Ana Lee","yrs":1975})"),
                    "/yrs"));
  // Round 264 (d264-*): more languages' words, and the singular the label
  // reader makes of "noches".
  for (const char* key : {"noches", "nuitees", "noci", "estancia", "umur"}) {
    const std::string schema = std::string(R"({"type":"object","properties":{"guest":{"type":"string"},")") + key +
                               R"(":{"type":["integer","null"]}},"required":["guest",")" + key + R"("]})";
    EXPECT_TRUE(Fails(CheckExtraction(std::string("Extract the guest and the ") + key +
                                          " from this booking record as JSON.\n\nguest: Per Dahl\n" + key + ": 20260217\n",
                                      schema, std::string(R"({"guest":"Per Dahl",")") + key + R"(":20260217})"),
                      std::string("/") + key))
        << key;
  }
}

// Round 266 (d266-*): a remark in brackets after one member's value that
// speaks of others ("(the two cities on this form are swapped)", "(the pair
// below is reversed)") changed members whose lines did not change, and the
// patch path kept them from the cached answer: no member is plain.
TEST(RedTeamTest, RoundTwoHundredSixtySixABracketRemarkAboutOtherValues) {
  const std::string schema = R"({"type":"object","properties":{"customer":{"type":"string"},)"
                             R"("billing_city":{"type":"string"},"shipping_city":{"type":"string"}}})";
  const std::string answer = R"({"customer":"Zofia Holt","billing_city":"Trier","shipping_city":"Krakow"})";
  const std::string ask = "Give customer, billing_city and shipping_city in JSON.\n\nCustomer: Zofia Holt";
  const std::string rest = "\nBilling city: Trier\nShipping city: Krakow\n";
  for (const char* remark : {" (the two cities on this form are swapped)", " (the pair below is reversed)",
                             " (les deux valeurs sont invers\u00E9es)", " (the values appear in the opposite order of their labels)"}) {
    EXPECT_EQ(PlainFlags(ask + remark + rest, answer, schema), "/customer=0 /billing_city=0 /shipping_city=0") << remark;
  }
  EXPECT_EQ(PlainFlags(ask + rest, answer, schema), "/customer=1 /billing_city=1 /shipping_city=1");
}

// Round 261 (d261-s-*): a boolean answered after its key ("breakfast=no",
// "the overdraft is no") read as the key merely named, so as true: the
// model's true passed and the right false was refused.
TEST(RedTeamTest, RoundTwoHundredSixtyOneANoAfterTheKey) {
  const std::string schema = R"({"type":"object","properties":{"room_type":{"type":"string"},)"
                             R"("breakfast":{"type":"boolean"},"city":{"type":"string"}}})";
  auto answer = [](bool breakfast) {
    return std::string(R"({"room_type":"suite","breakfast":)") + (breakfast ? "true" : "false") +
           R"(,"city":"Basel"})";
  };
  const std::string ask = "Read the hotel booking below and give its fields as JSON.\n\nText:\n";
  const std::string prose = "For this hotel booking, the room type is suite, the breakfast is ";
  for (const auto& [text, stated] : std::vector<std::pair<std::string, bool>>{
           {"room_type=suite\nbreakfast=no\ncity=Basel\n", false},
           {"room_type=suite\nbreakfast=yes\ncity=Basel\n", true},
           {prose + "no, and the city is Basel.\n", false},
           {prose + "not included, and the city is Basel.\n", false},
           {prose + "yes, and the city is Basel.\n", true}}) {
    EXPECT_TRUE(CheckExtraction(ask + text, schema, answer(stated)).pass) << text;
    EXPECT_TRUE(Fails(CheckExtraction(ask + text, schema, answer(!stated)), "/breakfast")) << text;
  }
  // Round 267 (d267-v-0093 ...): answered after a dash, an arrow or a bar.
  for (const char* mark : {" \u2014 ", " \u2013 ", " \u2192 ", " | "}) {
    const std::string text = ask + "room_type=suite\nbreakfast" + mark + "no\ncity=Basel\n";
    EXPECT_TRUE(CheckExtraction(text, schema, answer(false)).pass) << mark;
    EXPECT_TRUE(Fails(CheckExtraction(text, schema, answer(true)), "/breakfast")) << mark;
  }
  // Negated before and answered after: read both ways, so neither passes.
  const std::string both = ask + "room_type=suite\nno breakfast=yes\ncity=Basel\n";
  EXPECT_FALSE(CheckExtraction(both, schema, answer(true)).pass);
  EXPECT_FALSE(CheckExtraction(both, schema, answer(false)).pass);
}

// Round 261 (d261-s-0323 ...): lines of one key=value pair each
// ("billing_city=Utrecht") were not read as fields, so the model's swapped
// billing and shipping cities passed. They are fields now; like round 130's
// keyed lines, their values are not stored as plain statements.
TEST(RedTeamTest, RoundTwoHundredSixtyOneOneKeyValuePairALine) {
  const std::string schema = R"({"type":"object","properties":{"name":{"type":"string"},)"
                             R"("billing_city":{"type":"string"},"shipping_city":{"type":"string"}}})";
  const std::string right = R"({"name":"Jonas Silva","billing_city":"Utrecht","shipping_city":"Malmo"})";
  const std::string swapped = R"({"name":"Jonas Silva","billing_city":"Malmo","shipping_city":"Utrecht"})";
  for (const char* text : {"name=Jonas Silva\nbilling_city=Utrecht\nshipping_city=Malmo\n",
                           "NAME=Jonas Silva\nBILLING_CITY=Utrecht\nSHIPPING_CITY=Malmo\n",
                           "  name = Jonas Silva\n  billing_city = Utrecht\n  shipping_city = Malmo\n"}) {
    const std::string ask = std::string("Extract the details as JSON.\n\nText:\n") + text;
    EXPECT_TRUE(CheckExtraction(ask, schema, right).pass) << text;
    EXPECT_TRUE(Fails(CheckExtraction(ask, schema, swapped), "/billing_city")) << text;
  }
  EXPECT_EQ(PlainFlags("Extract the details as JSON.\n\nname=Jonas Silva\nbilling_city=Utrecht\nshipping_city=Malmo\n",
                       right, schema),
            "/name=0 /billing_city=0 /shipping_city=0");
  // (An equation in the text is no such line: "x=2y=4" holds two.)
  const std::string eq = R"({"type":"object","properties":{"formula":{"type":"string"}}})";
  EXPECT_TRUE(CheckExtraction("Extract the formula as JSON.\n\nText:\nx=2y=4\n", eq, R"({"formula":"x=2y=4"})").pass);
}

// Round 268 (d268-v-0034 ...): the instruction asked a member to be null
// ("Set frequent flyer to null.") and the text's value passed fresh. A
// sentence of the instruction that asks null of a member refuses a value;
// a condition or a denial asks nothing ("null if unknown", "Never null.").
TEST(RedTeamTest, RoundTwoHundredSixtyEightNullAskedOfAMember) {
  const std::string schema = R"({"type":"object","properties":{"passenger":{"type":"string"},)"
                             R"("frequent_flyer":{"type":["string","null"]}}})";
  const std::string text = "\n\nPassenger: Ines Brandt\nFrequent flyer: UE226708\n";
  const std::string value = R"({"passenger":"Ines Brandt","frequent_flyer":"UE226708"})";
  const std::string null = R"({"passenger":"Ines Brandt","frequent_flyer":null})";
  for (const char* ask : {"Extract the fields as JSON. Ignore the frequent flyer line and put null.",
                          "Return the details as JSON. Set frequent_flyer to null.",
                          "Extract the record as JSON. Keep frequent flyer empty (null).",
                          "Return the details as JSON. We don't track frequent flyer; give null."}) {
    EXPECT_TRUE(Fails(CheckExtraction(ask + text, schema, value), "/frequent_flyer")) << ask;
    EXPECT_TRUE(CheckExtraction(ask + text, schema, null).pass) << ask;
  }
  for (const char* ask : {"Extract the fields as JSON. Use null for frequent flyer if it is missing.",
                          "Extract the fields as JSON. The frequent flyer is never null.",
                          "Extract the fields as JSON. Frequent flyer must not be null."}) {
    EXPECT_TRUE(CheckExtraction(ask + text, schema, value).pass) << ask;
  }
}

// Round 267 (d267-v-*): a boolean's line changed to a box with a remark
// after it on other values ("Overdraft: (x) \u2013 the next answer is
// reversed", "Gift wrap: \u2611 \u00ABthe pair above is back to front\u00BB",
// "Refund: (x) # reduction is now a no"): the patch path regenerated that
// member and kept the ones the remark speaks of. Such a remark keeps every
// member from being plain; one that names other values refuses them fresh.
TEST(RedTeamTest, RoundTwoHundredSixtySevenRemarksAfterABox) {
  const std::string schema = R"({"type":"object","properties":{"customer":{"type":"string"},)"
                             R"("billing_city":{"type":"string"},"shipping_city":{"type":"string"},)"
                             R"("gift_wrap":{"type":"boolean"}}})";
  const std::string ask = "Return customer, billing_city, shipping_city and gift_wrap as JSON.\n\nCustomer: Ana Vidal\n"
                          "Billing city: Aarhus\nShipping city: Bergen\nGift wrap: ";
  const std::string answer = R"({"customer":"Ana Vidal","billing_city":"Aarhus","shipping_city":"Bergen","gift_wrap":true})";
  for (const char* remark : {"(x) {the pair above is back to front}", "\u2611 \u00ABthe pair above is back to front\u00BB",
                             "(x) the two above are in each other's place", "[x] (figures transposed)",
                             "(x) \u2013 the next answer is reversed", "\u2611 the next answer is mirrored",
                             "[x] {billing cancelled}", "(x) # shipping is now Oslo"}) {
    EXPECT_EQ(PlainFlags(ask + remark + "\n", answer, schema),
              "/customer=0 /billing_city=0 /shipping_city=0 /gift_wrap=0")
        << remark;
  }
  for (const char* remark : {"(x) {the pair above is back to front}", "(x) the two above are in each other's place",
                             "[x] (figures transposed)"}) {
    EXPECT_TRUE(Fails(CheckExtraction(ask + remark + "\n", schema, answer), "/billing_city")) << remark;
  }
  EXPECT_EQ(PlainFlags(ask + "yes\n", answer, schema), "/customer=1 /billing_city=1 /shipping_city=1 /gift_wrap=1");
  // (A box alone is no remark; its own member is not stored from a box.)
  EXPECT_EQ(PlainFlags(ask + "[x]\n", answer, schema), "/customer=1 /billing_city=1 /shipping_city=1 /gift_wrap=0");
  EXPECT_TRUE(CheckExtraction(ask + "yes\n", schema, answer).pass);
}

// Round 261 (d261-s-0270 ...): a pair of members that share a word, stated in
// prose ("the opening balance is 15546.00, the closing balance is
// 14308.99"), passed swapped: the shared word "balance" named either value.
// The clause before a value that names another member of the kind refuses
// it; and a boolean's label of two words in a row is read in prose.
TEST(RedTeamTest, RoundTwoHundredSixtyOnePairsAndBooleansInProse) {
  const std::string balances = R"({"type":"object","properties":{"opening_balance":{"type":"number"},)"
                               R"("closing_balance":{"type":"number"},"currency":{"type":"string"}}})";
  const std::string statement = "Extract the record as JSON.\n\nText:\nFor this bank statement, the opening balance is "
                                "15546.00, the closing balance is 14308.99, and the currency is SEK.\n";
  EXPECT_TRUE(CheckExtraction(statement, balances,
                              R"({"opening_balance":15546.00,"closing_balance":14308.99,"currency":"SEK"})").pass);
  const Judged swapped =
      CheckExtraction(statement, balances, R"({"opening_balance":14308.99,"closing_balance":15546.00,"currency":"SEK"})");
  EXPECT_TRUE(Fails(swapped, "/opening_balance"));
  EXPECT_TRUE(Fails(swapped, "/closing_balance"));
  // ("min" of the key is the text's "minimum" shortened.)
  const std::string temps = R"({"type":"object","properties":{"min_temperature":{"type":"integer"},)"
                            R"("max_temperature":{"type":"integer"}}})";
  const std::string day = "Extract the record as JSON.\n\nText:\nToday the minimum temperature is -4, the maximum "
                          "temperature is 12.\n";
  EXPECT_TRUE(CheckExtraction(day, temps, R"({"min_temperature":-4,"max_temperature":12})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(day, temps, R"({"min_temperature":12,"max_temperature":-4})"), "/min_temperature"));
  // A boolean whose label is two words.
  const std::string notice = R"({"type":"object","properties":{"carrier":{"type":"string"},)"
                             R"("signature_required":{"type":"boolean"}}})";
  const std::string ship = "Extract the shipping notice details as JSON.\n\nText:\nFor this shipping notice, the carrier "
                           "is UPS, the signature required is no.\n";
  EXPECT_TRUE(CheckExtraction(ship, notice, R"({"carrier":"UPS","signature_required":false})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(ship, notice, R"({"carrier":"UPS","signature_required":true})"), "/signature_required"));
}

}  // namespace

// Round 205 (d205-*): a minus written as an en or em dash ("Balance:
// \u201312.50 EUR") was read as no sign, so the number without it passed;
// a hyphen, figure dash or full-width minus made both fail.
TEST(RedTeamTest, RoundTwoHundredFiveAMinusWrittenAsADash) {
  // A sailing club's ledger.
  const std::string schema = R"({"type":"object","properties":{"member":{"type":"string"},)"
                             R"("balance":{"type":"number"}}})";
  for (const char* minus : {"-", "\u2212", "\u2013", "\u2014", "\u2010", "\u2012", "\ufe63", "\uff0d"}) {
    const std::string ask = std::string("Return the member and the balance as JSON.\n\nMember: Oda Kvam\nBalance: ") +
                            minus + "1,250.50 NOK\n";
    EXPECT_TRUE(CheckExtraction(ask, schema, R"({"member":"Oda Kvam","balance":-1250.5})").pass) << minus;
    EXPECT_TRUE(Fails(CheckExtraction(ask, schema, R"({"member":"Oda Kvam","balance":1250.5})"), "/balance")) << minus;
  }
  // A dash between two numbers is a range, not a sign.
  const Judged range = CheckExtraction("Return the member and the balance as JSON.\n\nMember: Oda Kvam\n"
                                       "Balance: 1250\nBerth: 10\u201312\n",
                                       schema, R"({"member":"Oda Kvam","balance":1250})");
  EXPECT_TRUE(range.pass) << range.text;
}

// Round 206 (d206-*): a table whose header names the members ("guest,
// nights,city") over two rows was read as the first row's: the request's
// "nights" counted the header line for the first record, and "The first row
// above is an example." named that record as the one to extract.
TEST(RedTeamTest, RoundTwoHundredSixATableWithTwoRowsAndAnExampleRow) {
  // A cabin rental's bookings.
  const std::string schema = R"({"type":"object","properties":{"guest":{"type":"string"},)"
                             R"("nights":{"type":"integer"},"cabin":{"type":"string"}}})";
  const std::string first = R"({"guest":"Jon Dahl","nights":9,"cabin":"Lia"})";
  const std::string second = R"({"guest":"Eva Lund","nights":8,"cabin":"Haug"})";
  const std::string table = "Text:\nguest,nights,cabin\nJon Dahl,9,Lia\nEva Lund,8,Haug\n";
  for (const std::string& ask : {"Please return the guest, nights and cabin as a JSON object.\n" + table,
                                 "Please return the guest, nights and cabin as a JSON object.\n" + table +
                                     "The first row above is an example.\n",
                                 "Ignore the first row, it is an example. Return the guest, nights and cabin.\n" +
                                     table}) {
    EXPECT_FALSE(CheckExtraction(ask, schema, first).pass) << ask;
  }
  // An ordinal that names the record still selects it.
  const std::string ask = "Return the guest, nights and cabin of the second row as JSON.\n" + table;
  EXPECT_TRUE(CheckExtraction(ask, schema, second).pass);
  EXPECT_FALSE(CheckExtraction(ask, schema, first).pass);
}

// Round 207 (d207-*): one word after a stop on another member's line
// ("Branch: Turku. Overdrawn", "Humidity: 62.. Sub-zero") changed what an
// unchanged line meant, and the patch path kept that line's member.
TEST(RedTeamTest, RoundTwoHundredSevenAWordAfterAStopOnAnotherLine) {
  // A bank branch's account sheet.
  const std::string schema = R"({"type":"object","properties":{"account":{"type":"string"},)"
                             R"("balance":{"type":"integer"},"branch":{"type":"string"}}})";
  const std::string ask = "Return account, balance and branch as JSON.\nText:\n";
  const std::string answer = R"({"account":"Lindqvist AB","balance":6987,"branch":"Turku"})";
  const std::string before = ask + "Account: Lindqvist AB\nBalance: 6987\nBranch: Turku\n";
  for (const char* remark : {"Branch: Turku. Overdrawn\n", "Branch: Turku.. Deficit\n", "Branch: Turku... Minus\n",
                             "Branch: Turku. Negative.\n", "Branch: Turku, overdrawn\n", "Branch: Turku! Minus\n"}) {
    const std::string after = ask + "Account: Lindqvist AB\nBalance: 6987\n" + remark;
    EXPECT_FALSE(Member(Compare(before, after, answer, schema), "/balance").pass) << remark;
  }
  // (The branch alone changed, or the account now with an initial: the balance is kept.)
  EXPECT_TRUE(Member(Compare(before, ask + "Account: Lindqvist AB\nBalance: 6987\nBranch: Pori\n", answer, schema),
                     "/balance").pass);
  EXPECT_TRUE(Member(Compare(before, ask + "Account: K. Lindqvist AB\nBalance: 6987\nBranch: Turku\n", answer, schema),
                     "/balance").pass);
}


// Round 208 (d208-*): a dash glued to a count at the start of its line
// ("\u201382 boxes" in an inventory list) was read as a minus, and the
// model's negative counts were stored and reused. Such a dash may be a
// minus or a list's mark: the member is answered, never stored or reused.
TEST(RedTeamTest, RoundTwoHundredEightADashThatOpensALineMayBeAListMark) {
  // A ship chandler's stock list.
  const std::string schema = R"({"type":"object","properties":{"ropes":{"type":"integer"},)"
                             R"("buoys":{"type":"integer"}}})";
  const std::string ask = "Extract the number of ropes and buoys as JSON.\n\nInventory:\n";
  for (const char* dash : {"-", "\u2212", "\u2013", "\u2014", "\u2012", "\uff0d"}) {
    const std::string list = ask + dash + "14 ropes\n" + dash + "6 buoys\n";
    EXPECT_EQ(PlainFlags(list, R"({"ropes":-14,"buoys":-6})", schema), "/ropes=0 /buoys=0") << dash;
  }
  // (Round 211: so may a dash behind another mark, before a value no label gives.)
  for (const char* mark : {"> \u2013", "a. \u2013", "[x] -", "\u00A0-", "| \u2212"}) {
    const std::string list = ask + mark + "14 ropes\n" + mark + "6 buoys\n";
    EXPECT_EQ(PlainFlags(list, R"({"ropes":-14,"buoys":-6})", schema), "/ropes=0 /buoys=0") << mark;
  }
  // (And a dash or another sign-like mark set apart between a label and its
  // number; round 214: "\u207B", "\u02D7", "\u2796", "\u2015".)
  EXPECT_EQ(PlainFlags(ask + "Ropes:\t\u2013\t14\nBuoys: - 6\n", R"({"ropes":14,"buoys":6})", schema),
            "/ropes=0 /buoys=0");
  for (const char* mark : {"\u207B", "\u02D7", "\u2796", "\u2015", "\u208B", "\uFE63", "\uFE58", "\uFF0D",
                           "\u2212\u2212", "+-"}) {
    EXPECT_EQ(PlainFlags(ask + "Ropes:\t" + mark + "\t14\nBuoys: 6\n", R"({"ropes":14,"buoys":6})", schema),
              "/ropes=0 /buoys=1")
        << mark;
  }
  // (A dash after a label without a colon is the label's: "Ropes - 14".)
  EXPECT_EQ(PlainFlags(ask + "Ropes - 14\nBuoys - 6\n", R"({"ropes":14,"buoys":6})", schema), "/ropes=1 /buoys=1");
  // Without the dash, or after a label, the reading is one.
  EXPECT_EQ(PlainFlags(ask + "14 ropes\n6 buoys\n", R"({"ropes":14,"buoys":6})", schema), "/ropes=1 /buoys=1");
  EXPECT_EQ(PlainFlags(ask + "Ropes: \u201314\nBuoys: 6\n", R"({"ropes":-14,"buoys":6})", schema), "/ropes=1 /buoys=1");
}


// Round 215 (d215-*): a sentence that maps one member's value to another
// ("Put the city in the customer field and the customer's name in the city
// field", "Fill in traveller with the destination") names members the
// instruction already names: the stored answer was reused as it was.
TEST(RedTeamTest, RoundTwoHundredFifteenAMemberNamedAgainMapsWhatIsAsked) {
  static std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("json_extract");
  // A ferry booking.
  rapidjson::Document schema;
  ASSERT_TRUE(ParseJson(R"({"type":"object","properties":{"traveller":{"type":"string"},)"
                        R"("destination":{"type":"string"}}})",
                        schema));
  const MemberLabelTable labels(&schema);
  const std::string ask = "Extract the traveller and destination from the booking as JSON.";
  const std::string booking = "\n\nTraveller: Oda Lie\nDestination: Florø\n";
  TaskInput input;
  input.labels = &labels;
  for (const char* added : {" Fill in traveller with the destination.",
                            " Put the destination in the traveller field and the traveller in the destination field.",
                            " Traveller should hold the destination."}) {
    const std::string prompt = ask + added + booking;
    input.prompt = prompt;
    const SkipDecision d = rules->ReuseBlocked(ask + booking, input);
    EXPECT_TRUE(d.skip) << added;
    // (And the other way round: a stored mapped answer for the plain request.)
    const std::string plain = ask + booking;
    input.prompt = plain;
    EXPECT_TRUE(rules->ReuseBlocked(ask + added + booking, input).skip) << added;
    // Its answer is not stored: no check reads the mapping.
    EXPECT_EQ(PlainFlags(ask + added + booking, R"({"traveller":"Oda Lie","destination":"Florø"})",
                         R"({"type":"object","properties":{"traveller":{"type":"string"},"destination":{"type":"string"}}})"),
              "/traveller=0 /destination=0")
        << added;
  }
  // Round 216: a copy that names each member once ("use the destination line
  // for the traveller field", "Give the traveller the destination's value").
  for (const char* added : {" Use the destination line for the traveller field.",
                            " Give the traveller the destination's value."}) {
    const std::string prompt = ask + added + booking;
    input.prompt = prompt;
    EXPECT_TRUE(rules->ReuseBlocked(ask + booking, input).skip) << added;
    EXPECT_EQ(PlainFlags(prompt, R"({"traveller":"Oda Lie","destination":"Florø"})",
                         R"({"type":"object","properties":{"traveller":{"type":"string"},"destination":{"type":"string"}}})"),
              "/traveller=0 /destination=0")
        << added;
  }
  // A paraphrase that names each member once is no such change.
  const std::string paraphrase = "Return the destination and the traveller of this booking as JSON." + booking;
  input.prompt = paraphrase;
  EXPECT_EQ(rules->ReuseBlocked(ask + booking, input).reason.find("different number"), std::string::npos);
}


// Round 218 (d218-mv-*): a label given again below the record ("<del>\nPaid:
// no\n</del>\nPaid: yes") opened a record of its own, the instruction's
// member words picked the first, and its struck value was checked, stored
// and reused. Such a member is no longer plain, and a label of the text's
// fields no longer picks a record.
TEST(RedTeamTest, RoundTwoHundredEighteenALabelGivenAgainBelowTheRecord) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},)"
      R"("city":{"type":"string"},"paid":{"type":"boolean"}},"required":["name","age","city","paid"]})";
  const std::string ask = "Return name, age, city and paid as JSON.\nText:\nName: Tomas Ek\nAge: 59\nCity: Graz\n";
  for (const char* again : {"<del>\nPaid: no\n</del>\nPaid: yes\n", "Paid: no\nPaid: yes\n",
                            "<del>\n\nPaid: no\n\n</del>\n\nPaid: yes\n"}) {
    for (const char* paid : {"false", "true"}) {
      const std::string answer = std::string(R"({"name":"Tomas Ek","age":59,"city":"Graz","paid":)") + paid + "}";
      EXPECT_EQ(PlainFlags(ask + again, answer, schema), "/name=1 /age=1 /city=1 /paid=0") << again << paid;
      // Neither value is checked as the record's: the text gives two.
      EXPECT_FALSE(CheckExtraction(ask + again, schema, answer).pass) << again << paid;
    }
  }
  // Round 220: the same below a header the instruction names ("Extract the
  // booking"), which picked the record that opens alike: the line given
  // again is that record's too.
  const std::string booking_schema =
      R"({"type":"object","properties":{"guest":{"type":"string"},"city":{"type":"string"},)"
      R"("nights":{"type":"integer"},"paid":{"type":"boolean"}}})";
  const std::string booking = "Extract the booking as JSON.\n\nBooking\nGuest: Tomas Haddad\nCity: Oslo\nNights: 2\n"
                              "Paid: no\nPaid: yes\nArrival: Friday\n";
  for (const char* paid : {"false", "true"}) {
    const std::string answer = std::string(R"({"guest":"Tomas Haddad","city":"Oslo","nights":2,"paid":)") + paid + "}";
    EXPECT_TRUE(Fails(CheckExtraction(booking, booking_schema, answer), "/paid")) << paid;
    EXPECT_EQ(PlainFlags(booking, answer, booking_schema), "/guest=1 /city=1 /nights=1 /paid=0") << paid;
  }
  // A second record under words of its own is no line given again:
  // "Outbound" and "Back" each head a "Flight no.:" (round 168's shape).
  const std::string flights_schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"outbound_flight":{"type":"string"}}})";
  const std::string flights = "Return the name and the outbound flight as a JSON object.\n\nText:\nName: Zuna Pifesen\n\n"
                              "Outbound\nFlight no.: WF3265\n\nBack\nFlight no.: KL3322\n";
  EXPECT_TRUE(CheckExtraction(flights, flights_schema, R"({"name":"Zuna Pifesen","outbound_flight":"WF3265"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(flights, flights_schema, R"({"name":"Zuna Pifesen","outbound_flight":"KL3322"})"),
                    "/outbound_flight"));
  // Once, the record is plain and checked as before.
  const std::string once = ask + "Paid: yes\n";
  EXPECT_EQ(PlainFlags(once, R"({"name":"Tomas Ek","age":59,"city":"Graz","paid":true})", schema),
            "/name=1 /age=1 /city=1 /paid=1");
  EXPECT_TRUE(CheckExtraction(once, schema, R"({"name":"Tomas Ek","age":59,"city":"Graz","paid":true})").pass);
  EXPECT_FALSE(CheckExtraction(once, schema, R"({"name":"Tomas Ek","age":59,"city":"Graz","paid":false})").pass);
}

// Round 217's tester: an instruction that lists the members ("Extract name,
// age and city.") was read as ending in a statement (", age and city.", as
// ", organic." is one), so no such answer was stored. A list is not; a
// statement after a clause that ends in no member's word still is.
TEST(RedTeamTest, RoundTwoHundredSeventeenAListOfMembersEndsTheInstruction) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  const std::string answer = R"({"name":"Ines Silva","age":62,"city":"Lodz"})";
  const std::string record = "\n\nName: Ines Silva\nAge: 62\nCity: Lodz\n";
  for (const char* ask : {"Extract name, age and city.", "Extract the name, age and city.",
                          "Give me name, age or city.", "Extract name, age, city."}) {
    EXPECT_EQ(StoreFlags(ask + record, answer, schema), "/name=1 /age=1 /city=1") << ask;
  }
  const std::string organic =
      R"({"type":"object","properties":{"name":{"type":"string"},"vegan":{"type":"boolean"},"organic":{"type":"boolean"}}})";
  EXPECT_EQ(StoreFlags("Extract the product, vegan and organic.\n\nName: Oat drink\nVegan: yes\nOrganic: no\n",
                       R"({"name":"Oat drink","vegan":true,"organic":false})", organic),
            "/name=0 /vegan=0 /organic=0");
}


// Round 223 (d223-x1-*): "the second guest" under a heading over the
// records ("Bookings:" above "Booking B-92:" and "Booking B-84:") counted
// the heading as the first record, and the check took the first booking's
// values for the second's (served fresh, never stored).
TEST(RedTeamTest, RoundTwoHundredTwentyThreeAnOrdinalCountsRecordsThatHoldValues) {
  const std::string schema =
      R"({"type":"object","properties":{"guest":{"type":"string"},"city":{"type":"string"},"nights":{"type":"integer"}}})";
  const std::string prompt =
      "From these bookings, extract the second guest (guest, city, nights).\n\nBookings:\nBooking B-92:\nGuest: Ines "
      "Costa\nCity: Gdansk\nNights: 9\nBooking B-84:\nGuest: Tomas Novak\nCity: Porto\nNights: 13\n";
  EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"guest":"Tomas Novak","city":"Porto","nights":13})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(prompt, schema, R"({"guest":"Ines Costa","city":"Gdansk","nights":9})"), "/guest"));
  // "The last guest" is the last record that holds values.
  std::string last = prompt;
  last.replace(last.find("the second guest"), 16, "the last guest");
  EXPECT_TRUE(CheckExtraction(last, schema, R"({"guest":"Tomas Novak","city":"Porto","nights":13})").pass);
}


// Round 225 (d225-*): a record whose labels are in a script no field reader
// reads ("Возраст: 64", "部屋：46") let any of its numbers pass for any
// member: the room number was served as the age (fresh, never stored).
// Such a number is now read as another label's, as "Alter: 64" is.
TEST(RedTeamTest, RoundTwoHundredTwentyFiveANumberUnderALabelInAnotherScript) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}}})";
  const std::string ru = "Extract name, age and city as JSON.\n\nИмя: Иван Петров\nВозраст: 64\nГород: Москва\nКомната: 52\n";
  EXPECT_TRUE(Fails(CheckExtraction(ru, schema, R"({"name":"Иван Петров","age":52,"city":"Москва"})"), "/age"));
  const std::string ja = "Extract name, age and city as JSON.\n\n名前: 山田太郎\n年齢: 37\n都市: 大阪\n部屋：46\n";
  EXPECT_TRUE(Fails(CheckExtraction(ja, schema, R"({"name":"山田太郎","age":46,"city":"大阪"})"), "/age"));
  // Under a label the checks read, the same record's number passes.
  const std::string en = "Extract name, age and city as JSON.\n\nName: Иван Петров\nAge: 64\nCity: Москва\nКомната: 52\n";
  EXPECT_TRUE(CheckExtraction(en, schema, R"({"name":"Иван Петров","age":64,"city":"Москва"})").pass);
  EXPECT_TRUE(Fails(CheckExtraction(en, schema, R"({"name":"Иван Петров","age":52,"city":"Москва"})"), "/age"));
}


// Round 230 (d230-*): an answer that names a member twice ({"room": 475, ...,
// "room": 649}) was checked by its first copy and served as the model wrote
// it: most JSON readers keep the last. Such an answer now fails to parse as
// one answer, and the model is asked again.
TEST(RedTeamTest, RoundTwoHundredThirtyAMemberNamedTwiceInTheAnswer) {
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"room":{"type":"integer"},)"
      R"("stay":{"type":"object","properties":{"nights":{"type":"integer"}}}}})";
  const std::string prompt = "Return the guest record as JSON.\n\nName: Aiko Tanaka\nRoom: 650\nNights: 3\n";
  const Judged twice = CheckExtraction(prompt, schema, R"({"name":"Aiko Tanaka","room":650,"room":649})");
  EXPECT_FALSE(twice.pass);
  EXPECT_NE(twice.text.find("/room twice"), std::string::npos) << twice.text;
  // Inside a nested object, and with the same value twice, too.
  const Judged nested =
      CheckExtraction(prompt, schema, R"({"name":"Aiko Tanaka","room":650,"stay":{"nights":3,"nights":3}})");
  EXPECT_FALSE(nested.pass);
  EXPECT_NE(nested.text.find("/stay/nights twice"), std::string::npos) << nested.text;
  EXPECT_TRUE(CheckExtraction(prompt, schema, R"({"name":"Aiko Tanaka","room":650,"stay":{"nights":3}})").pass);
}

}  // namespace stepcache::checks
