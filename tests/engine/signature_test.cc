#include "stepcache/engine/signature.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace stepcache::engine {
namespace {

Request Base() {
  Request r;
  r.tenant = "acme";
  r.task = "linear_equation";
  r.model = "m1";
  r.prompt = "Solve for x: 3x + 5 = 20. Show each step.";
  r.params.temperature = 0.0;
  r.params.max_tokens = 256;
  return r;
}

std::vector<std::string> SlotTexts(const PromptTemplate& t) {
  std::vector<std::string> out;
  for (const auto& s : t.slots) out.push_back(s.text);
  return out;
}

TEST(SplitPrompt, LinearEquation) {
  const PromptTemplate t = SplitPrompt("Solve for x: 3x + 5 = 20. Show each step.");
  EXPECT_EQ(t.text, "Solve for \1V\1: \1N\1\1V\1 + \1N\1 = \1N\1. Show each step.");
  EXPECT_EQ(SlotTexts(t), (std::vector<std::string>{"x", "3", "x", "5", "20"}));
  EXPECT_EQ(t.slots[0].kind, SlotKind::kVariable);
  EXPECT_EQ(t.slots[1].kind, SlotKind::kNumber);
  EXPECT_EQ(t.slots[1].begin, 13u);
  EXPECT_EQ(t.slots[1].end, 14u);
}

TEST(SplitPrompt, NumbersDecimalsFractionsNegatives) {
  const PromptTemplate t = SplitPrompt("a = -2.5, b=-3/4, c: 7-1, (2)-1, x2 v1.2.3");
  // "a" is an English word, not a variable; b and c stand alone; x2 and v1
  // are words; ".2.3" after them leaves the number 2.3.
  EXPECT_EQ(SlotTexts(t), (std::vector<std::string>{"-2.5", "b", "-3/4", "c", "7", "1", "2", "1",
                                                     "2.3"}));
  EXPECT_EQ(t.slots[2].kind, SlotKind::kNumber);
}

TEST(SplitPrompt, QuotedStringsAndIdentifiers) {
  const PromptTemplate t =
      SplitPrompt("Don't rename user_id; use \"Alice Smith\" or 'Bob' or \xE2\x80\x9C" "Carol\xE2\x80\x9D.");
  EXPECT_EQ(SlotTexts(t), (std::vector<std::string>{"user_id", "\"Alice Smith\"", "'Bob'",
                                                     "\xE2\x80\x9C" "Carol\xE2\x80\x9D"}));
  EXPECT_EQ(t.slots[0].kind, SlotKind::kVariable);
  EXPECT_EQ(t.slots[1].kind, SlotKind::kQuoted);
  EXPECT_EQ(t.slots[3].kind, SlotKind::kQuoted);
}

TEST(SplitPrompt, UnterminatedQuotesAndMarkBytesReassemble) {
  for (std::string p : {std::string("say \"hi and 'no end"), std::string("\1\1N\1 x \1"),
                        std::string("\xE2\x80\x9C open"), std::string(""), std::string("-"),
                        std::string("3/"), std::string("1.")}) {
    const PromptTemplate t = SplitPrompt(p);
    std::string back;
    ASSERT_TRUE(Reassemble(t, &back)) << p;
    EXPECT_EQ(back, p);
    for (const auto& s : t.slots) EXPECT_EQ(p.substr(s.begin, s.end - s.begin), s.text);
  }
}

TEST(SplitPrompt, ReassembleRejectsMismatchedSlots) {
  PromptTemplate t = SplitPrompt("x = 5");
  std::string back;
  t.slots.pop_back();
  EXPECT_FALSE(Reassemble(t, &back));
}

TEST(SplitPrompt, VariantsShareTemplate) {
  const PromptTemplate a = SplitPrompt("Solve for x: 3x + 5 = 20. Show each step.");
  const PromptTemplate b = SplitPrompt("Solve for y: 7y + 2 = 9. Show each step.");
  const PromptTemplate c = SplitPrompt("Solve for x: 3x - 5 = 20. Show each step.");
  EXPECT_EQ(a.hash, b.hash);
  EXPECT_NE(a.hash, c.hash);
  const SlotDiff d = Diff(a, b);
  ASSERT_TRUE(d.comparable);
  ASSERT_EQ(d.changes.size(), 5u);
  EXPECT_EQ(d.changes[0].old_text, "x");
  EXPECT_EQ(d.changes[0].new_text, "y");
  EXPECT_EQ(d.changes[1].kind, SlotKind::kNumber);
  EXPECT_EQ(d.changes[1].old_text, "3");
  EXPECT_EQ(d.changes[1].new_text, "7");
  EXPECT_FALSE(Diff(a, c).comparable);
  EXPECT_TRUE(Diff(a, c).changes.empty());
  EXPECT_TRUE(Diff(a, a).changes.empty());
}

TEST(Signature, EveryKeyFieldSeparatesPartitions) {
  const Request base = Base();
  const Signature s0 = ComputeSignature(base);
  EXPECT_EQ(s0.partition, PartitionKey(base));
  std::vector<Request> variants(8, base);
  variants[0].tenant = "other";
  variants[1].model = "m2";
  variants[2].task = "json_extract";
  variants[3].params.temperature = 0.7;
  variants[4].params.seed = 42;
  variants[5].params.stop = {"\n\n"};
  variants[6].params.extra["presence_penalty"] = "0.5";
  variants[7].schema_json = R"({"type":"object"})";
  for (const Request& v : variants) {
    const Signature s = ComputeSignature(v);
    EXPECT_NE(s.partition, s0.partition);
    EXPECT_NE(PartitionKey(v), PartitionKey(base));
    EXPECT_FALSE(s.SamePartition(s0));
    EXPECT_EQ(s.template_hash, s0.template_hash);  // the prompt did not change
  }
  Request top_p = base, max_tokens = base;
  top_p.params.top_p = 0.9;
  max_tokens.params.max_tokens = 512;
  EXPECT_NE(PartitionKey(top_p), PartitionKey(base));
  EXPECT_NE(PartitionKey(max_tokens), PartitionKey(base));
}

TEST(Signature, SlotsChangeOnlyTheTemplateSlotsAndIdIsIgnored) {
  const Request base = Base();
  Request other = base;
  other.prompt = "Solve for y: 9y + 1 = 10. Show each step.";
  other.id = "req-77";
  const Signature a = ComputeSignature(base), b = ComputeSignature(other);
  EXPECT_TRUE(a.SamePartition(b));
  EXPECT_EQ(a.template_hash, b.template_hash);
  EXPECT_NE(a.prompt_hash, b.prompt_hash);
  Request reworded = base;
  reworded.prompt = "Find x: 3x + 5 = 20. Show each step.";
  EXPECT_NE(ComputeSignature(reworded).template_hash, a.template_hash);
  EXPECT_EQ(ComputeSignature(reworded).partition, a.partition);
}

TEST(Signature, EmptyTenantIsDefault) {
  Request a = Base(), b = Base();
  a.tenant = "";
  b.tenant = "default";
  EXPECT_EQ(PartitionKey(a), PartitionKey(b));
  EXPECT_EQ(EffectiveTenant(a), "default");
}

TEST(Signature, SchemaHashIsCanonical) {
  EXPECT_EQ(SchemaHash(R"({"type":"object","required":["a"]})"),
            SchemaHash("{ \"required\" : [\"a\"],\n  \"type\": \"object\" }"));
  EXPECT_EQ(SchemaHash(R"({"maximum":1.0})"), SchemaHash(R"({"maximum":1})"));
  EXPECT_NE(SchemaHash(R"({"required":["a","b"]})"), SchemaHash(R"({"required":["b","a"]})"));
  EXPECT_NE(SchemaHash(R"({"type":"object"})"), SchemaHash(""));
  EXPECT_EQ(SchemaHash(""), 0u);
  EXPECT_NE(SchemaHash("{not json"), SchemaHash("{not  json"));
  std::string canonical, error;
  ASSERT_TRUE(CanonicalJson(R"({"b":{"y":1,"x":[true,null]},"a":"s"})", &canonical, &error));
  EXPECT_EQ(canonical, R"({"a":"s","b":{"x":[true,null],"y":1}})");
  EXPECT_FALSE(CanonicalJson("[1,", &canonical, &error));
  EXPECT_NE(error.find("byte"), std::string::npos);
}

TEST(Signature, ParamsCanonicalisation) {
  SamplingParams a, b;
  a.temperature = 0.0;
  b.temperature = -0.0;
  EXPECT_EQ(ParamsHash(a), ParamsHash(b));
  b.stop = {"a", "b"};
  a.stop = {"b", "a"};
  EXPECT_NE(ParamsHash(a), ParamsHash(b));
  // Length prefixes: {"ab"} and {"a","b"} differ.
  a.stop = {"ab"};
  b.stop = {"a", "b"};
  EXPECT_NE(ParamsHash(a), ParamsHash(b));
}

TEST(Request, ParamsJsonRoundTrip) {
  SamplingParams p;
  p.temperature = 0.1;
  p.top_p = 0.95;
  p.max_tokens = 77;
  p.seed = -5;
  p.stop = {"\n", "END"};
  p.extra["logit_bias"] = "{\"50256\":-100}";
  SamplingParams q;
  std::string error;
  ASSERT_TRUE(ParamsFromJson(ParamsToJson(p), &q, &error)) << error;
  EXPECT_EQ(ParamsHash(p), ParamsHash(q));
  EXPECT_EQ(q.seed, p.seed);
  EXPECT_EQ(q.stop, p.stop);
  EXPECT_FALSE(ParamsFromJson("{\"max_tokens\":\"x\"}", &q, &error));
  EXPECT_NE(error.find("/max_tokens"), std::string::npos);
  EXPECT_FALSE(ParamsFromJson("[", &q, &error));
}

// request.h promises an exact round trip; RapidJSON's default number parser
// broke it for ~19% of random temperatures (equal requests, other partitions).
TEST(Request, ParamsJsonRoundTripIsExactForEveryDouble) {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> unit(0.0, 2.0);
  std::uniform_int_distribution<std::uint64_t> bits;
  for (int i = 0; i < 100000; ++i) {
    SamplingParams p;
    p.temperature = unit(rng);
    double any;
    const std::uint64_t b = bits(rng);
    std::memcpy(&any, &b, sizeof any);
    p.top_p = std::isfinite(any) ? any : 0.5;
    SamplingParams q;
    std::string error;
    ASSERT_TRUE(ParamsFromJson(ParamsToJson(p), &q, &error)) << error;
    ASSERT_EQ(q.temperature, p.temperature) << ParamsToJson(p);
    ASSERT_EQ(q.top_p, p.top_p) << ParamsToJson(p);
    ASSERT_EQ(std::signbit(q.top_p), std::signbit(p.top_p));
  }
}

TEST(Hash, StableValues) {
  // Persisted stores rely on these never changing between builds.
  EXPECT_EQ(HashBytes(""), HashBytes(""));
  EXPECT_NE(HashBytes("a"), HashBytes("b"));
  EXPECT_NE(HashBytes("abc", 1), HashBytes("abc", 2));
  EXPECT_NE(HashBytes(std::string("\0", 1)), HashBytes(""));
  EXPECT_NE(HashCombine(1, 2), HashCombine(2, 1));
}

}  // namespace
}  // namespace stepcache::engine
