// The engine's reuse safety against a model that is not the simulator: a
// scripted backend answers hand-written requests the way a model server
// would, with the mistakes models make. Nothing wrong may be served, from
// the cache or from a fresh generation, and nothing wrong may be stored.
#include <atomic>
#include <functional>
#include <mutex>
#include <regex>
#include <thread>

#include <gtest/gtest.h>

#include "stepcache/engine/engine.h"
#include "stepcache/engine/store.h"
#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

// Answers json_extract requests: `fn(prompt, keys asked, call number)`
// returns the JSON object text; the keys asked come from the request's
// response_format schema (a region request asks for fewer).
class ScriptedExtractor : public Backend {
 public:
  using Fn = std::function<std::string(const std::string& prompt, const std::vector<std::string>& keys, int call)>;
  explicit ScriptedExtractor(Fn fn, std::string finish = "stop") : fn_(std::move(fn)), finish_(std::move(finish)) {}
  BackendResult Complete(const ChatRequest& request) override {
    const int call = calls++;
    std::vector<std::string> keys;
    rapidjson::Document schema;
    if (ParseJson(request.response_format.schema, schema) && schema.IsObject() && schema.HasMember("properties")) {
      for (const auto& p : schema["properties"].GetObject()) keys.emplace_back(p.name.GetString());
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      asked.push_back(keys);
    }
    ChatResponse r;
    r.content = fn_(request.messages.size() > 1 ? request.messages[1].content : "", keys, call);
    r.finish_reason = finish_;
    r.latency_s = 1.0;
    return r;
  }
  std::string name() const override { return "scripted extractor (test)"; }
  std::atomic<int> calls{0};
  std::mutex mu;
  std::vector<std::vector<std::string>> asked;

 private:
  Fn fn_;
  std::string finish_;
};

// Picks `keys` out of a full object written as JSON text.
std::string Only(const std::string& full, const std::vector<std::string>& keys) {
  rapidjson::Document doc, out(rapidjson::kObjectType);
  EXPECT_TRUE(ParseJson(full, doc));
  for (const std::string& k : keys) {
    if (doc.HasMember(k.c_str())) {
      out.AddMember(rapidjson::Value(k.c_str(), out.GetAllocator()),
                    rapidjson::Value(doc[k.c_str()], out.GetAllocator()), out.GetAllocator());
    }
  }
  return JsonToString(out);
}

struct Harness {
  explicit Harness(ScriptedExtractor::Fn fn, std::string finish = "stop") {
    auto backend = std::make_unique<ScriptedExtractor>(std::move(fn), std::move(finish));
    model = backend.get();
    std::string error;
    auto s = OpenStore("memory", {}, &error);
    store = s.get();
    Options options;
    engine = Engine::Open(options, std::move(backend), std::move(s), &error);
    EXPECT_NE(engine, nullptr) << error;
  }
  Response Serve(const std::string& prompt, const std::string& schema) {
    Request r;
    r.task = "json_extract";
    r.prompt = prompt;
    r.schema_json = schema;
    return engine->Serve(r);
  }
  ScriptedExtractor* model = nullptr;
  Store* store = nullptr;
  std::unique_ptr<Engine> engine;
};

const char kSchema[] =
    R"({"type":"object","properties":{"full_name":{"type":"string","description":"Name"},
        "age":{"type":"integer","description":"Age"},"city":{"type":"string","description":"City"}},
        "required":["full_name","age","city"],"additionalProperties":false})";

const char kAsk[] = "Extract full_name, age and city as JSON.\n\nText:\n";

bool SameJson(const std::string& a, const std::string& b) {
  rapidjson::Document x, y;
  return ParseJson(a, x) && ParseJson(b, y) && x == y;
}

TEST(ReuseSafetyTest, LabelDriftPatchesOnlyTheMovedMember) {
  const std::string before = std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon\nRoom: 27";
  const std::string after = std::string(kAsk) + "Name: Jonas Berg\nAge in years: 27\nCity: Lisbon\nRoom: 41";
  Harness h([&](const std::string& prompt, const std::vector<std::string>& keys, int) {
    const bool drifted = prompt.find("Age in years") != std::string::npos;
    return Only(drifted ? R"({"full_name":"Jonas Berg","age":27,"city":"Lisbon"})"
                        : R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})",
                keys);
  });
  ASSERT_TRUE(h.Serve(before, kSchema).ok);
  Response r = h.Serve(after, kSchema);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(SameJson(r.output, R"({"full_name":"Jonas Berg","age":27,"city":"Lisbon"})")) << r.output;
  EXPECT_EQ(r.metrics.path, Path::kPatch) << r.metrics.reason;
  ASSERT_EQ(h.model->asked.size(), 2u);
  EXPECT_EQ(h.model->asked[1], (std::vector<std::string>{"age"}));
}

TEST(ReuseSafetyTest, RepeatedNumbersAreNeverRewrittenBlindly) {
  const std::string schema =
      R"({"type":"object","properties":{"adults":{"type":"integer"},"children":{"type":"integer"}},
          "required":["adults","children"],"additionalProperties":false})";
  Harness h([](const std::string& prompt, const std::vector<std::string>& keys, int) {
    std::smatch a, c;
    std::regex_search(prompt, a, std::regex("(\\d+) adults"));
    std::regex_search(prompt, c, std::regex("(\\d+) children"));
    return Only("{\"adults\":" + a[1].str() + ",\"children\":" + c[1].str() + "}", keys);
  });
  const std::string ask = "Extract adults and children as JSON.\n\nText:\n";
  ASSERT_TRUE(h.Serve(ask + "Booking for 2 adults and 2 children.", schema).ok);
  Response r = h.Serve(ask + "Booking for 3 adults and 2 children.", schema);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(SameJson(r.output, R"({"adults":3,"children":2})")) << r.output;
  EXPECT_NE(r.metrics.path, Path::kReuse);
}

TEST(ReuseSafetyTest, AWrongButGroundedValueIsRegenerated) {
  const std::string prompt = std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCurrent city: Lisbon\nBorn in: Osaka";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int call) {
    // The first answer takes the distractor; the retry gets it right.
    return Only(call == 0 ? R"({"full_name":"Aiko Sato","age":33,"city":"Osaka"})"
                          : R"({"full_name":"Aiko Sato","age":33,"city":"Lisbon"})",
                keys);
  });
  Response r = h.Serve(prompt, kSchema);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(SameJson(r.output, R"({"full_name":"Aiko Sato","age":33,"city":"Lisbon"})")) << r.output;
}

TEST(ReuseSafetyTest, AStickyModelWrongTwiceStillEndsRight) {
  const std::string prompt = std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCurrent city: Lisbon\nBorn in: Osaka";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int call) {
    return Only(call < 2 ? R"({"full_name":"Aiko Sato","age":33,"city":"Osaka"})"
                         : R"({"full_name":"Aiko Sato","age":33,"city":"Lisbon"})",
                keys);
  });
  Response r = h.Serve(prompt, kSchema);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(SameJson(r.output, R"({"full_name":"Aiko Sato","age":33,"city":"Lisbon"})")) << r.output;
  EXPECT_EQ(r.metrics.attempts, 3);
}

TEST(ReuseSafetyTest, AModelThatNeverGetsItRightEndsInAClearErrorAndStoresNothing) {
  const std::string prompt = std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCurrent city: Lisbon\nBorn in: Osaka";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"full_name":"Aiko Sato","age":33,"city":"Osaka"})", keys);
  });
  Response r = h.Serve(prompt, kSchema);
  EXPECT_FALSE(r.ok) << r.output;
  EXPECT_NE(r.error.find("city"), std::string::npos) << r.error;
  EXPECT_EQ(h.store->Stats().entries, 0u);
}

TEST(ReuseSafetyTest, ATruncatedValueIsNeverServedOrStored) {
  const std::string schema =
      R"({"type":"object","properties":{"full_name":{"type":"string"},"job":{"type":"string"}},
          "required":["full_name","job"]})";
  const std::string prompt = "Extract full_name and job as JSON.\n\nText:\nJonas Berg works as a nurse in Lisbon.";
  {
    Harness cut([](const std::string&, const std::vector<std::string>&, int) {
      return std::string(R"({"full_name":"Jonas Berg","job":"nu)");
    }, "length");
    Response r = cut.Serve(prompt, schema);
    EXPECT_FALSE(r.ok) << r.output;
    EXPECT_EQ(cut.store->Stats().entries, 0u);
  }
  Harness once([](const std::string&, const std::vector<std::string>& keys, int call) {
    return call == 0 ? std::string(R"({"full_name":"Jonas Berg","job":"nu)")
                     : Only(R"({"full_name":"Jonas Berg","job":"nurse"})", keys);
  });
  Response r = once.Serve(prompt, schema);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(SameJson(r.output, R"({"full_name":"Jonas Berg","job":"nurse"})")) << r.output;
}

TEST(ReuseSafetyTest, EntriesRecordWhatAModelWroteAndTheEvidence) {
  const std::string before = std::string(kAsk) + "Name: Jonas Berg\nAge: 41\nCity: Lisbon\nRoom: 27";
  const std::string after = std::string(kAsk) + "Name: Jonas Berg\nAge in years: 27\nCity: Lisbon\nRoom: 41";
  Harness h([&](const std::string& prompt, const std::vector<std::string>& keys, int) {
    return Only(prompt.find("Age in years") != std::string::npos
                    ? R"({"full_name":"Jonas Berg","age":27,"city":"Lisbon"})"
                    : R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})",
                keys);
  });
  ASSERT_TRUE(h.Serve(before, kSchema).ok);
  ASSERT_TRUE(h.Serve(after, kSchema).ok);
  std::optional<Entry> patched = h.store->Get(2);
  ASSERT_TRUE(patched.has_value());
  rapidjson::Document meta;
  ASSERT_TRUE(ParseJson(patched->metadata_json, meta)) << patched->metadata_json;
  EXPECT_STREQ(meta["origin"].GetString(), "patch");
  ASSERT_EQ(meta["model_members"].Size(), 1u);
  EXPECT_STREQ(meta["model_members"][0].GetString(), "/age");
  ASSERT_TRUE(meta.HasMember("evidence"));
  EXPECT_EQ(meta["evidence"]["/age"]["o"].GetInt(), 1);
}

TEST(ReuseSafetyTest, AnAnswerTheTextDoesNotStatePlainlyIsNeverServedFromTheCache) {
  // The model's 34 passes the checks ("Age: 34"), but the text also gives
  // 34 in passing: an answer whose evidence is not plain is not stored, so
  // the identical request is asked of the model again instead of served
  // from the cache.
  const std::string prompt = std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo\nShe wrote 34 on the form.";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})", keys);
  });
  for (int i = 0; i < 2; ++i) {
    Response r = h.Serve(prompt, kSchema);
    if (r.ok) {
      EXPECT_FALSE(r.metrics.stored) << r.output;
    }
    EXPECT_NE(r.metrics.path, Path::kReuse) << r.metrics.reason;
  }
  EXPECT_EQ(h.store->Stats().entries, 0u);
  EXPECT_EQ(h.model->calls.load(), 2);
  // The plain statement is stored and reused.
  const std::string plain = std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo";
  Response first = h.Serve(plain, kSchema);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_TRUE(first.metrics.stored);
  Response again = h.Serve(plain, kSchema);
  ASSERT_TRUE(again.ok) << again.error;
  EXPECT_EQ(again.metrics.path, Path::kReuse);
  EXPECT_FALSE(again.metrics.stored);  // already there
}

TEST(ReuseSafetyTest, AnAnswerWithoutAMemberTheTextStatesIsNeitherStoredNorReused) {
  // An optional "notes" the instruction does not name: an answer without it
  // may be right, but the text states it under its own label, so the answer
  // is served, not stored; and a stored answer from a text without notes is
  // not reused once notes appear.
  const std::string schema =
      R"({"type":"object","properties":{"parcel":{"type":"string"},"weight":{"type":"number"},)"
      R"("notes":{"type":"array","items":{"type":"string"}}},"required":["parcel","weight"]})";
  const std::string ask = "Extract the parcel as JSON.\n\nParcel:\nParcel: PX-7\nWeight: 4.5\n";
  Harness h([](const std::string&, const std::vector<std::string>&, int) {
    return std::string(R"({"parcel":"PX-7","weight":4.5})");
  });
  Response plain = h.Serve(ask, schema);
  ASSERT_TRUE(plain.ok) << plain.error;
  EXPECT_TRUE(plain.metrics.stored);
  for (const char* line : {"Notes: fragile, keep dry\n", "Note: fragile\n"}) {
    Response r = h.Serve(ask + line, schema);
    EXPECT_NE(r.metrics.path, Path::kReuse) << line << ": " << r.metrics.reason;
    if (r.ok) {
      EXPECT_FALSE(r.metrics.stored) << line;
    }
  }
  // The text without notes is still served from the cache.
  Response again = h.Serve(ask, schema);
  ASSERT_TRUE(again.ok) << again.error;
  EXPECT_EQ(again.metrics.path, Path::kReuse) << again.metrics.reason;
}

TEST(ReuseSafetyTest, AnEntryAnOlderVersionStoredIsServedOnlyIfItsEvidenceIsPlain) {
  // Versions before plain evidence stored every answer that passed the
  // checks: such an entry, read back for the identical request, is judged
  // as Put would judge it now.
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"full_name":"Siv Aas","age":34,"city":"Oslo"})", keys);
  });
  const std::string plain = std::string(kAsk) + "Name: Siv Aas\nAge: 34\nCity: Oslo";
  Response first = h.Serve(plain, kSchema);
  ASSERT_TRUE(first.ok) << first.error;
  ASSERT_TRUE(first.metrics.stored);
  std::optional<Entry> stored = h.store->Get(1);
  ASSERT_TRUE(stored.has_value());
  // The same answer, stored as an older version would have stored it for a
  // text that also gives 34 in passing.
  Entry old = *stored;
  old.id = 0;
  old.request.prompt = plain + "\nShe wrote 34 on the form.";
  ASSERT_NE(h.store->Put(old), 0u);
  Response r = h.Serve(old.request.prompt, kSchema);
  EXPECT_NE(r.metrics.path, Path::kReuse) << r.metrics.reason;
  // (The model is asked; it gives the same 34 again, which is asked once
  // more in the patch before it is served.)
  const int calls = h.model->calls.load();
  EXPECT_GE(calls, 2);
  EXPECT_LE(calls, 3);
  // The plainly stated one is served from the cache as before.
  Response again = h.Serve(plain, kSchema);
  ASSERT_TRUE(again.ok) << again.error;
  EXPECT_EQ(again.metrics.path, Path::kReuse) << again.metrics.reason;
  EXPECT_EQ(h.model->calls.load(), calls);
}

TEST(ReuseSafetyTest, ASchemaWhoseMemberChangedMeaningIsNotReused) {
  const std::string prompt = std::string(kAsk) + "Name: Aiko Sato\nAge: 33\nCurrent city: Lisbon\nBirth city: Osaka";
  const std::string now_city =
      R"({"type":"object","properties":{"city":{"type":"string","description":"Current city"}},"required":["city"]})";
  const std::string birth_city =
      R"({"type":"object","properties":{"city":{"type":"string","description":"Birth city"}},"required":["city"]})";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int call) {
    return call == 0 ? std::string(R"({"city":"Lisbon"})") : std::string(R"({"city":"Osaka"})");
  });
  Response first = h.Serve(prompt, now_city);
  ASSERT_TRUE(first.ok) << first.error;
  Response second = h.Serve(prompt, birth_city);
  ASSERT_TRUE(second.ok) << second.error;
  EXPECT_NE(second.metrics.path, Path::kReuse);
  EXPECT_TRUE(SameJson(second.output, R"({"city":"Osaka"})")) << second.output;
}

TEST(ReuseSafetyTest, TheSchemaOutsideItsMembersChangesEveryMember) {
  // (The instruction asks for no field the schema leaves out: an open
  // schema that did would not be stored.)
  const std::string prompt = "Extract full_name and age as JSON.\n\nText:\nName: Aiko Sato\nAge: 33\nCity: Lisbon";
  const std::string props = R"("properties":{"full_name":{"type":"string"},"age":{"type":"integer"}},)"
                            R"("required":["full_name","age"])";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int call) {
    return Only(call == 0 ? R"({"full_name":"Aiko Sato","age":33})" : R"({"full_name":"Aiko Sato","age":396})", keys);
  });
  Response first = h.Serve(prompt, "{\"type\":\"object\"," + props + "}");
  ASSERT_TRUE(first.ok) << first.error;
  ASSERT_TRUE(first.metrics.stored);
  for (const std::string& schema :
       {"{\"type\":\"object\",\"title\":\"Ages in months\"," + props + "}",
        "{\"type\":\"object\",\"description\":\"The person's age in months.\"," + props + "}",
        "{\"type\":\"object\"," + std::string(R"("properties":{"full_name":{"type":"string"},"age":{"type":"integer"}},)") +
            R"("required":["full_name"]})"}) {
    Response r = h.Serve(prompt, schema);
    EXPECT_NE(r.metrics.path, Path::kReuse) << schema << ": " << r.metrics.reason;
  }
}

TEST(ReuseSafetyTest, AChangedDescriptionThatSpeaksOfAnotherMemberChangesItToo) {
  // A hotel stay: the second request's description of the guest member says
  // how the nights are wanted; the nights' own schema is the same.
  const std::string prompt = "Extract the guest and the nights as JSON.\n\nText:\nGuest: Ola Nes\nNights: 3\n";
  const std::string plain = R"({"type":"object","properties":{"guest":{"type":"string"},)"
                            R"("nights":{"type":"integer"}},"required":["guest","nights"]})";
  const std::string weeks = R"({"type":"object","properties":{"guest":{"type":"string",)"
                            R"x("description":"the guest (the nights below as a count of weeks)"},)x"
                            R"("nights":{"type":"integer"}},"required":["guest","nights"]})";
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"guest":"Ola Nes","nights":3})", keys);
  });
  Response first = h.Serve(prompt, plain);
  ASSERT_TRUE(first.ok) << first.error;
  ASSERT_TRUE(first.metrics.stored) << first.metrics.reason;
  Response second = h.Serve(prompt, weeks);
  EXPECT_NE(second.metrics.path, Path::kReuse) << second.metrics.reason;
  // The nights were asked of the model again, not kept from the cached answer.
  ASSERT_GE(h.model->asked.size(), 2u);
  const std::vector<std::string>& asked = h.model->asked.back();
  EXPECT_NE(std::find(asked.begin(), asked.end(), "nights"), asked.end());
}

TEST(ReuseSafetyTest, AChangedDescriptionOrTitleChangesEveryMember) {
  // A bakery's order: the second request's description, title, note or
  // nested description of the shop member says how the counts are wanted,
  // naming them by a word of their own, by a synonym or not at all.
  const std::string prompt =
      "Extract the shop, the loaves and the rolls as JSON.\n\nText:\nShop: Hansen Bakeri\nLoaves: 24\nRolls: 60\n";
  const auto schema = [](const std::string& shop_words, const std::string& rolls_type) {
    return R"({"type":"object","properties":{"shop":{"type":"string",)" + shop_words +
           R"(},"loaves":{"type":"integer"},"rolls":{"type":")" + rolls_type +
           R"("}},"required":["shop","loaves","rolls"]})";
  };
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"shop":"Hansen Bakeri","loaves":24,"rolls":60})", keys);
  });
  Response first = h.Serve(prompt, schema(R"("description":"the shop's name")", "integer"));
  ASSERT_TRUE(first.ok) << first.error;
  ASSERT_TRUE(first.metrics.stored) << first.metrics.reason;
  for (const std::string& words :
       {std::string(R"("description":"the shop's name; all counts below are in dozens")"),
        std::string(R"x("description":"the shop's name (the bread figures are per week)")x"),
        std::string(R"("description":"the shop's name","title":"Shop. Buns are counted in trays of 12")"),
        // (Or in a note or a nested description, round 177.)
        std::string(R"("description":"the shop's name","x-note":"The rolls figure is in dozens.")"),
        std::string(R"("description":"the shop's name","anyOf":[{"description":"Loaves count double."}])")}) {
    Response r = h.Serve(prompt, schema(words, "integer"));
    EXPECT_NE(r.metrics.path, Path::kReuse) << words << ": " << r.metrics.reason;
    // Every member was asked of the model again.
    ASSERT_FALSE(h.model->asked.empty());
    const std::vector<std::string>& asked = h.model->asked.back();
    for (const char* key : {"loaves", "rolls"}) {
      EXPECT_NE(std::find(asked.begin(), asked.end(), key), asked.end()) << words << ": " << key;
    }
  }
  // A member whose type alone changed fails itself, and keeps the others.
  Response typed = h.Serve(prompt, schema(R"("description":"the shop's name")", "number"));
  ASSERT_TRUE(typed.ok) << typed.error;
  const std::vector<std::string>& asked = h.model->asked.back();
  EXPECT_NE(std::find(asked.begin(), asked.end(), "rolls"), asked.end()) << typed.metrics.reason;
  EXPECT_EQ(std::find(asked.begin(), asked.end(), "loaves"), asked.end()) << typed.metrics.reason;
}

TEST(ReuseSafetyTest, AStaleValueTheModelGivesAgainIsServedButNotStored) {
  const std::string schema = R"({"type":"object","properties":{"item":{"type":"string"},"units":{"type":"integer"}},)"
                             R"("required":["item","units"]})";
  const std::string ask = "Extract the item and the units as JSON.\n\nText:\nItem: Lamp\nUnits: 6\n";
  // A sloppy model: always the same answer.
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"item":"Lamp","units":6})", keys);
  });
  Response first = h.Serve(ask, schema);
  ASSERT_TRUE(first.ok) << first.error;
  ASSERT_TRUE(first.metrics.stored);
  // A note below now changes the units: reuse fails for them, and the
  // model's 6 again passes the checks but is not stored.
  const std::string noted = ask + "\nPS from the customer: add two more of those, please.\n";
  for (int i = 0; i < 2; ++i) {
    Response r = h.Serve(noted, schema);
    EXPECT_NE(r.metrics.path, Path::kReuse) << r.metrics.reason;
    if (r.ok) {
      EXPECT_FALSE(r.metrics.stored) << r.metrics.reason;
    }
  }
}

TEST(ReuseSafetyTest, SafeChangesAreReused) {
  Harness h([](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"full_name":"Jonas Berg","age":41,"city":"Lisbon"})", keys);
  });
  const std::string text = "Name: Jonas Berg\nAge: 41\nCity: Lisbon";
  ASSERT_TRUE(h.Serve(std::string(kAsk) + text, kSchema).ok);
  for (const std::string& p : {std::string("Please return full_name, age and city as a JSON object.\n\nText:\n") + text,
                               std::string(kAsk) + "City: Lisbon\nName:  Jonas Berg\n\nAge: 41",
                               // A sentence that hands the record over. (An unrelated one in words
                               // the checks do not read, "The office is closed on public holidays.",
                               // is no longer reused: above the record since round 44,
                               // UnreadProseLine; beside the instruction since round 38,
                               // UnreadInstructionWord.)
                               std::string(kAsk) + "Please find the customer record below.\n" + text}) {
    Response r = h.Serve(p, kSchema);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.metrics.path, Path::kReuse) << p << "\n" << r.metrics.reason;
  }
  EXPECT_EQ(h.model->calls.load(), 1);
}

// Round 251 (d251-ov-*): a sentence that hands a record over and goes on to
// say whose a member's value is ("the city below is the front desk's city")
// was read as a handing over, and the stored record was served as the
// customer's.
TEST(ReuseSafetyTest, ALineThatSaysWhoseAMembersValueIsStopsReuse) {
  const std::string ask = "Return the customer's name, age and city as JSON.\nText:\n";
  const std::string record = "Name: Oskar Vik\nAge: 38\nCity: Bergen\n";
  const std::string schema =
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"city":{"type":"string"}},)"
      R"("required":["name","age","city"],"additionalProperties":false})";
  Harness h([&](const std::string&, const std::vector<std::string>& keys, int) {
    return Only(R"({"name":"Oskar Vik","age":38,"city":"Bergen"})", keys);
  });
  ASSERT_TRUE(h.Serve(ask + record, schema).ok);
  // (Before the fix every one of these was served from the cache, "all 3 steps verified".)
  for (const char* line : {"Please process the following customer record below; the city below is the front desk's city.\n",
                           "Please process the following customer record below; the name, age and city below are the "
                           "front desk's.\n",
                           "Please process the following customer record below; the front desk\xE2\x80\x99s city is "
                           "the city below.\n",
                           "Please process the following customer record below, with the front desk's city.\n",
                           "Please process the following customer record; the details are the front desk's.\n",
                           "Forwarded by the customer; details of the front desk below.\n"}) {
    for (const bool above : {true, false}) {
      const Response r = h.Serve(above ? ask + line + record : ask + record + line, schema);
      EXPECT_NE(r.metrics.path, Path::kReuse) << line << (above ? " (above)" : " (below)") << ": " << r.metrics.reason;
    }
  }
}

TEST(ReuseSafetyTest, ConcurrentServeFromSeveralThreads) {
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Jonas Berg", "41"}, {"Aiko Sato", "33"}, {"Ann Lee", "31"}, {"Bo Chen", "45"}};
  Harness h([](const std::string& prompt, const std::vector<std::string>& keys, int) {
    std::smatch n, a;
    std::regex_search(prompt, n, std::regex("Name: ([A-Za-z ]+)\n"));
    std::regex_search(prompt, a, std::regex("Age: (\\d+)"));
    return Only("{\"full_name\":\"" + n[1].str() + "\",\"age\":" + a[1].str() + ",\"city\":\"Lisbon\"}", keys);
  });
  std::atomic<int> wrong{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const auto& [name, age] = people[static_cast<std::size_t>(i + t) % people.size()];
        const std::string wording = i % 2 ? std::string(kAsk) : "Please return full_name, age and city as JSON.\n\nText:\n";
        Response r = h.Serve(wording + "Name: " + name + "\nAge: " + age + "\nCity: Lisbon", kSchema);
        if (!r.ok) {
          ++failed;
          continue;
        }
        if (!SameJson(r.output, "{\"full_name\":\"" + name + "\",\"age\":" + age + ",\"city\":\"Lisbon\"}")) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_LT(h.model->calls.load(), 160) << "some requests should have been served from the cache";
}

}  // namespace
}  // namespace stepcache::engine
