// The adversarial split: requests built to catch a cache that reuses an
// answer whose evidence changed, and safe variants a good cache must still
// reuse. Written from the task's point of view (what a user would send and
// what the right answer is), never from the engine's checks: every expect is
// computed here from the values the generator chose.
#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/bench/workload.h"

#include "rng.h"

namespace stepcache::bench {
namespace {


// ------------------------------------------------------------------ JSON ---

enum class Kind { kString, kInteger, kNumber, kBoolean };

// A schema property: its key, optional description, type.
struct Prop {
  std::string key, description;
  Kind kind;
};

// The expected value of a property: its JSON text ("41", "\"Lisbon\"", "true").
struct Value {
  std::string key, json;
};

std::string Quote(const std::string& s) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  return sb.GetString();
}

Value Str(const std::string& key, const std::string& v) { return {key, Quote(v)}; }
Value Int(const std::string& key, long v) { return {key, std::to_string(v)}; }
Value Bool(const std::string& key, bool v) { return {key, v ? "true" : "false"}; }

std::string SchemaOf(const std::vector<Prop>& props) {
  std::string s = "{\"type\":\"object\",\"properties\":{";
  for (std::size_t i = 0; i < props.size(); ++i) {
    const Prop& p = props[i];
    static const char* kNames[] = {"string", "integer", "number", "boolean"};
    s += (i ? "," : "") + Quote(p.key) + ":{\"type\":\"" + kNames[static_cast<int>(p.kind)] + "\"";
    if (!p.description.empty()) s += ",\"description\":" + Quote(p.description);
    s += "}";
  }
  s += "},\"required\":[";
  for (std::size_t i = 0; i < props.size(); ++i) s += (i ? "," : "") + Quote(props[i].key);
  return s + "],\"additionalProperties\":false}";
}

std::string ExpectOf(const std::vector<Prop>& props, const std::vector<Value>& values) {
  std::string s = "{\"json\":{";
  bool first = true;
  for (const Prop& p : props) {  // in schema order, every property once
    for (const Value& v : values) {
      if (v.key != p.key) continue;
      s += (first ? "" : ",") + Quote(p.key) + ":" + v.json;
      first = false;
      break;
    }
  }
  return s + "}}";
}

// How the source text is introduced.
std::string Wrap(const std::string& body, int marker) {
  switch (marker % 5) {
    case 0: return "Text:\n" + body;
    case 1: return "Record:\n" + body;
    case 2: return "```\n" + body + "\n```";
    case 3: return "\"" + body + "\"";
    default: return body;
  }
}

// One labelled record rendered as lines "L: v", lines "L - v", or one line
// "L: v | L: v".
std::string Render(const std::vector<std::pair<std::string, std::string>>& record, int form) {
  std::string out;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const auto& [label, value] = record[i];
    switch (form % 3) {
      case 0: out += label + ": " + value + "\n"; break;
      case 1: out += label + " - " + value + "\n"; break;
      default: out += (i ? " | " : "") + label + ": " + value; break;
    }
  }
  if (form % 3 == 2) out += "\n";
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

struct Builder {
  std::vector<WorkloadItem>* out;
  std::string family;
  bool safe = false;
  int base = 0;
  int variant = 0;

  void Json(const std::string& prompt, const std::vector<Prop>& props, const std::vector<Value>& values) {
    WorkloadItem item = Start("json_extract", prompt);
    item.schema_json = SchemaOf(props);
    item.expect_json = ExpectOf(props, values);
    out->push_back(std::move(item));
  }
  void Math(const std::string& prompt, const std::string& var, long value, const std::string& report = "",
            long report_value = 0) {
    WorkloadItem item = Start("linear_equation", prompt);
    item.expect_json = "{\"variable\":" + Quote(var) + ",\"value\":" + std::to_string(value);
    if (!report.empty()) {
      item.expect_json += ",\"report\":{\"expression\":" + Quote(report) + ",\"value\":" +
                          std::to_string(report_value) + "}";
    }
    item.expect_json += "}";
    out->push_back(std::move(item));
  }
  WorkloadItem Start(const std::string& task, const std::string& prompt) {
    WorkloadItem item;
    const bool is_base = variant == 0;
    item.id = "adv-" + family + "-" + task.substr(0, 4) + std::to_string(base) + "-" +
              (is_base ? std::string("base") : "v" + std::to_string(variant));
    item.task = task;
    item.prompt = prompt;
    item.family = family;
    item.perturbation = is_base ? "base" : family;
    item.safe = safe && !is_base;
    ++variant;
    return item;
  }
  void NextBase() {
    ++base;
    variant = 0;
  }
};

const std::vector<std::string>& FirstNames() {
  static const std::vector<std::string> v = {"Jonas", "Sofia", "Maria", "Omar", "Aiko", "Lars", "Ines", "Tomas", "Eva", "Rui"};
  return v;
}
const std::vector<std::string>& LastNames() {
  static const std::vector<std::string> v = {"Berg", "Ferreira", "Lopez", "Haddad", "Tanaka", "Dahl", "Costa", "Novak", "Reis", "Hale"};
  return v;
}
const std::vector<std::string>& Cities() {
  static const std::vector<std::string> v = {"Lisbon", "Osaka", "Oslo", "Quito", "Tunis", "Porto", "Bergen", "Vienna", "Lyon", "Graz"};
  return v;
}
const std::vector<std::string>& Jobs() {
  static const std::vector<std::string> v = {"nurse", "dentist", "electrician", "teacher", "pilot", "chemist", "baker", "architect"};
  return v;
}

// Two different picks from a list.
std::pair<std::string, std::string> Two(Rng& r, const std::vector<std::string>& v) {
  const std::size_t a = r.Next() % v.size();
  std::size_t b = r.Next() % (v.size() - 1);
  if (b >= a) ++b;
  return {v[a], v[b]};
}

const std::string kAsk = "Extract the requested fields from the record below and answer with a JSON object only.";

// label_drift: the same kinds of values under other labels, or two numbers
// trading places so a cached value now belongs to another field.
void LabelDrift(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const std::string name = r.Pick(FirstNames()) + " " + r.Pick(LastNames());
    const long age = r.Int(21, 69);
    long room = r.Int(10, 99);
    while (room == age) room = r.Int(10, 99);
    const std::string city = r.Pick(Cities());
    const bool described = base % 2 == 0;
    const std::vector<Prop> props = {{"full_name", described ? "Full name" : "", Kind::kString},
                                     {"age", described ? "Age of the person" : "", Kind::kInteger},
                                     {"city", described ? "City of residence" : "", Kind::kString}};
    const int form = base % 3;
    auto prompt = [&](const std::vector<std::pair<std::string, std::string>>& rec) {
      return kAsk + "\n\n" + Wrap(Render(rec, form), base);
    };
    b.Json(prompt({{"Name", name}, {"Age", std::to_string(age)}, {"City", city}, {"Room", std::to_string(room)}}),
           props, {Str("full_name", name), Int("age", age), Str("city", city)});
    // The room number and the age trade places.
    b.Json(prompt({{"Name", name}, {"Age in years", std::to_string(room)}, {"City", city}, {"Room", std::to_string(age)}}),
           props, {Str("full_name", name), Int("age", room), Str("city", city)});
    // Same values, every label reworded.
    b.Json(prompt({{"Customer", name}, {"Years of age", std::to_string(age)}, {"Lives in", city}, {"Room no.", std::to_string(room)}}),
           props, {Str("full_name", name), Int("age", age), Str("city", city)});
    // The old age now labels the floor; the age is new.
    const long new_age = age + r.Int(1, 9);
    b.Json(prompt({{"Name", name}, {"Floor", std::to_string(age)}, {"Age", std::to_string(new_age)}, {"City", city}}),
           props, {Str("full_name", name), Int("age", new_age), Str("city", city)});
  }
}

// distractor_labels: a second field of the same kind next to the asked one.
void DistractorLabels(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const std::string name = r.Pick(FirstNames()) + " " + r.Pick(LastNames());
    const auto [now, born] = Two(r, Cities());
    const std::string third = r.Pick(Cities());
    const std::vector<Prop> props = {{"name", base % 2 ? "" : "Person's name", Kind::kString},
                                     {"city", base % 2 ? "" : "Current city", Kind::kString}};
    const int form = base % 3;
    auto prompt = [&](const std::vector<std::pair<std::string, std::string>>& rec) {
      return "Which city does the person live in now? " + kAsk + "\n\n" + Wrap(Render(rec, form), base + 1);
    };
    if (base == 3) {  // prose: the current city is told by the verb, not a label
      auto said = [&](const std::string& sentence) {
        return "Which city does the person live in now? Answer with a JSON object only.\n\n" + Wrap(sentence, base);
      };
      b.Json(said(name + " lives in " + now + " and was born in " + born + "."), props, {Str("name", name), Str("city", now)});
      b.Json(said(name + " was born in " + now + " and now lives in " + born + "."), props, {Str("name", name), Str("city", born)});
      b.Json(said(name + " lived in " + now + " before moving to " + third + "."), props, {Str("name", name), Str("city", third)});
      b.Json(said(name + ", born in " + born + ", lives in " + third + "."), props, {Str("name", name), Str("city", third)});
      continue;
    }
    b.Json(prompt({{"Name", name}, {"Current city", now}, {"Born in", born}}), props, {Str("name", name), Str("city", now)});
    b.Json(prompt({{"Name", name}, {"Born in", now}, {"Current city", born}}), props, {Str("name", name), Str("city", born)});
    b.Json(prompt({{"Name", name}, {"Previous city", now}, {"Current city", third}, {"Born in", born}}), props,
           {Str("name", name), Str("city", third)});
    b.Json(prompt({{"Name", name}, {"City of birth", now}, {"Current city", born}}), props, {Str("name", name), Str("city", born)});
  }
}

// record_selection: several records; the instruction picks one.
void RecordSelection(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    std::vector<std::string> names, cities;
    std::vector<long> ages;
    for (int i = 0; i < 3; ++i) {
      std::string n;
      do n = r.Pick(FirstNames()) + " " + r.Pick(LastNames());
      while (std::find(names.begin(), names.end(), n) != names.end());
      names.push_back(n);
      long a;
      do a = r.Int(20, 80);
      while (std::find(ages.begin(), ages.end(), a) != ages.end());
      ages.push_back(a);
      cities.push_back(r.Pick(Cities()));
    }
    const std::vector<Prop> props = {{"name", base % 2 ? "" : "Customer name", Kind::kString},
                                     {"age", "", Kind::kInteger},
                                     {"city", base % 2 ? "" : "City", Kind::kString}};
    const int form = base % 3;
    std::string body;
    for (int i = 0; i < 3; ++i) {
      body += (i ? "\n\n" : "") + std::string("Customer ") + std::to_string(i + 1) + ":\n" +
              Render({{"Name", names[i]}, {"Age", std::to_string(ages[i])}, {"City", cities[i]}}, form);
    }
    static const char* kWhich[] = {"the SECOND customer", "the FIRST customer", "the THIRD customer",
                                   "the last customer in the list"};
    static const int kPick[] = {1, 0, 2, 2};
    for (int k = 0; k < 4; ++k) {
      const int pick = kPick[k];
      const std::string prompt = "The text lists three customers. Extract the fields for " + std::string(kWhich[k]) +
                                 " only, as a JSON object.\n\n" + Wrap(body, base);
      b.Json(prompt, props, {Str("name", names[pick]), Int("age", ages[pick]), Str("city", cities[pick])});
    }
  }
}

// repeated_numbers: the same number in two fields; a variant changes one.
void RepeatedNumbers(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const long n = r.Int(2, 4);
    const long nights = r.Int(2, 9);
    const std::string guest = r.Pick(LastNames());
    const std::vector<Prop> props = {{"adults", base % 2 ? "" : "Number of adults", Kind::kInteger},
                                     {"children", base % 2 ? "" : "Number of children", Kind::kInteger},
                                     {"nights", "", Kind::kInteger}};
    auto prose = [&](long a, long c, long nn) {
      return "Extract the booking as JSON.\n\n" +
             Wrap("Booking for the " + guest + " family: " + std::to_string(a) + " adults and " + std::to_string(c) +
                      " children, staying " + std::to_string(nn) + " nights.",
                  base);
    };
    b.Json(prose(n, n, nights), props, {Int("adults", n), Int("children", n), Int("nights", nights)});
    b.Json(prose(n + 1, n, nights), props, {Int("adults", n + 1), Int("children", n), Int("nights", nights)});
    b.Json(prose(n, n + 1, nights), props, {Int("adults", n), Int("children", n + 1), Int("nights", nights)});
    b.Json(prose(n, n, n), props, {Int("adults", n), Int("children", n), Int("nights", n)});
  }
}

// old_value_elsewhere: the new record changes a value, but the old value
// still appears elsewhere in the text.
void OldValueElsewhere(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const std::string name = r.Pick(FirstNames()) + " " + r.Pick(LastNames());
    const auto [c1, c2] = Two(r, Cities());
    const auto [j1, j2] = Two(r, Jobs());
    const std::vector<Prop> props = {{"name", "", Kind::kString},
                                     {"city", base % 2 ? "" : "Where the person lives", Kind::kString},
                                     {"job", base % 2 ? "" : "Occupation", Kind::kString}};
    const int form = base % 3;
    auto prompt = [&](const std::string& city, const std::string& job, const std::string& note) {
      return kAsk + "\n\n" + Wrap(Render({{"Name", name}, {"City", city}, {"Job", job}, {"Note", note}}, form), base + 2);
    };
    b.Json(prompt(c1, j1, "visited " + c2 + " last spring"), props, {Str("name", name), Str("city", c1), Str("job", j1)});
    b.Json(prompt(c2, j1, "moved here from " + c1 + " in 2019"), props, {Str("name", name), Str("city", c2), Str("job", j1)});
    b.Json(prompt(c1, j2, "worked as a " + j1 + " until 2020"), props, {Str("name", name), Str("city", c1), Str("job", j2)});
    b.Json(prompt(c2, j2, "formerly a " + j1 + " in " + c1), props, {Str("name", name), Str("city", c2), Str("job", j2)});
  }
}

// word_prefix_values: values that are prefixes of other values or words.
void WordPrefixValues(Rng& r, Builder& b) {
  struct Set {
    std::vector<std::string> names, jobs, codes;
  };
  static const std::vector<Set> sets = {
      {{"Ann Berg", "Anna Berg", "Annabel Berg"}, {"nurse", "nurse practitioner", "nursery teacher"}, {"AB12", "AB123", "AB1234"}},
      {{"Jo Dahl", "Jon Dahl", "Jonas Dahl"}, {"dental nurse", "dentist", "dental technician"}, {"K7", "K77", "K7A"}},
      {{"Eva Reis", "Evan Reis", "Evangeline Reis"}, {"chemist", "chemistry teacher", "chef"}, {"Z-9", "Z-90", "Z-901"}},
      {{"Tom Hale", "Tomas Hale", "Tommy Hale"}, {"pilot", "pilot trainer", "copilot"}, {"R1", "R10", "R100"}},
  };
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const Set& s = sets[(static_cast<std::size_t>(base) + r.Next()) % sets.size()];
    const std::vector<Prop> props = {{"name", base % 2 ? "" : "Full name", Kind::kString},
                                     {"job", "", Kind::kString},
                                     {"badge", base % 2 ? "" : "Badge code", Kind::kString}};
    const int form = base % 3;
    const std::vector<std::vector<int>> picks = {{0, 1, 0}, {1, 0, 1}, {2, 2, 2}, {0, 1, 2}};
    for (const auto& p : picks) {
      const std::string& n = s.names[static_cast<std::size_t>(p[0])];
      const std::string& j = s.jobs[static_cast<std::size_t>(p[1])];
      const std::string& c = s.codes[static_cast<std::size_t>(p[2])];
      b.Json(kAsk + "\n\n" + Wrap(Render({{"Name", n}, {"Job", j}, {"Badge", c}}, form), base),
             props, {Str("name", n), Str("job", j), Str("badge", c)});
    }
  }
}

// key_order: the same text, the schema's keys in another order.
void KeyOrder(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const std::string invoice = "INV-" + std::to_string(r.Int(1000, 9999));
    const long amount = r.Int(1200, 98000);
    const bool paid = r.Next() % 2 == 0;
    const std::string currency = r.Pick(std::vector<std::string>{"EUR", "USD", "NOK"});
    std::string amount_text = std::to_string(amount);
    amount_text.insert(amount_text.size() - 3, ",");  // "12,400"
    const std::string prompt = kAsk + "\n\n" +
        Wrap(Render({{"Invoice", invoice}, {"Amount", amount_text + " " + currency}, {"Currency", currency},
                     {base % 2 ? "Paid" : "Status", paid ? (base % 2 ? "yes" : "paid") : (base % 2 ? "no" : "unpaid")}}, base % 3),
             base + 1);
    std::vector<Prop> props = {{"invoice_number", base % 2 ? "" : "Invoice number", Kind::kString},
                               {"amount", "", Kind::kInteger},
                               {"currency", "", Kind::kString},
                               {"paid", base % 2 ? "" : "Whether it is paid", Kind::kBoolean}};
    const std::vector<Value> values = {Str("invoice_number", invoice), Int("amount", amount), Str("currency", currency),
                                       Bool("paid", paid)};
    b.Json(prompt, props, values);
    for (int k = 0; k < 3; ++k) {
      std::rotate(props.begin(), props.begin() + 1, props.end());
      if (k == 1) std::swap(props[0], props[2]);
      b.Json(prompt, props, values);
    }
  }
}

// instruction_change on JSON: which record, negation, units.
void JsonInstructionChange(Rng& r, Builder& b) {
  for (int base = 0; base < 2; ++base, b.NextBase()) {
    const auto [n1, n2] = Two(r, FirstNames());
    const auto [c1, c2] = Two(r, Cities());
    const std::string l1 = r.Pick(LastNames()), l2 = r.Pick(LastNames());
    const std::vector<Prop> props = {{"name", base ? "" : "Name", Kind::kString}, {"city", "", Kind::kString}};
    const std::string body = Wrap("Sender:\n" + Render({{"Name", n1 + " " + l1}, {"City", c1}}, base) +
                                      "\n\nRecipient:\n" + Render({{"Name", n2 + " " + l2}, {"City", c2}}, base),
                                  base);
    const std::vector<Value> sender = {Str("name", n1 + " " + l1), Str("city", c1)};
    const std::vector<Value> recipient = {Str("name", n2 + " " + l2), Str("city", c2)};
    b.Json("Extract the sender's name and city as JSON.\n\n" + body, props, sender);
    b.Json("Extract the recipient's name and city as JSON.\n\n" + body, props, recipient);
    b.Json("Extract the name and city of the recipient, not the sender, as JSON.\n\n" + body, props, recipient);
    b.Json("Extract the name and city of the sender, not the recipient, as JSON.\n\n" + body, props, sender);
  }
  for (int base = 2; base < 4; ++base, b.NextBase()) {
    const long km = r.Int(3, 40);
    const long kg = r.Int(2, 30);
    const std::string route = r.Pick(Cities()) + " to " + r.Pick(Cities());
    const std::string body = Wrap(Render({{"Route", route}, {"Distance", std::to_string(km) + " km (" +
                                                                              std::to_string(km * 1000) + " m)"},
                                          {"Load", std::to_string(kg) + " kg (" + std::to_string(kg * 1000) + " g)"}},
                                         base),
                                  base);
    const std::vector<Prop> props = {{"distance", "", Kind::kInteger}, {"load", "", Kind::kInteger}};
    b.Json("Extract the distance in kilometres and the load in kilograms as JSON.\n\n" + body, props,
           {Int("distance", km), Int("load", kg)});
    b.Json("Extract the distance in metres and the load in kilograms as JSON.\n\n" + body, props,
           {Int("distance", km * 1000), Int("load", kg)});
    b.Json("Extract the distance in kilometres and the load in grams as JSON.\n\n" + body, props,
           {Int("distance", km), Int("load", kg * 1000)});
    b.Json("Extract the distance in metres and the load in grams as JSON.\n\n" + body, props,
           {Int("distance", km * 1000), Int("load", kg * 1000)});
  }
}

// Safe JSON families: the instruction reworded, the spacing changed, or an
// unrelated sentence added; the record and so the answer stay the same.
void JsonSafe(Rng& r, Builder& b, int which) {
  for (int base = 0; base < 2; ++base, b.NextBase()) {
    const std::string name = r.Pick(FirstNames()) + " " + r.Pick(LastNames());
    const long age = r.Int(18, 90);
    const std::string city = r.Pick(Cities());
    const std::string job = r.Pick(Jobs());
    const std::vector<Prop> props = {{"name", base ? "" : "Full name", Kind::kString},
                                     {"age", "", Kind::kInteger},
                                     {"city", "", Kind::kString},
                                     {"job", base ? "" : "Occupation", Kind::kString}};
    const std::vector<Value> values = {Str("name", name), Int("age", age), Str("city", city), Str("job", job)};
    const std::vector<std::pair<std::string, std::string>> rec = {
        {"Name", name}, {"Age", std::to_string(age)}, {"City", city}, {"Job", job}};
    const std::string body = Render(rec, base);
    b.Json(kAsk + "\n\n" + Wrap(body, base), props, values);
    for (int k = 0; k < 3; ++k) {
      std::string prompt;
      if (which == 0) {
        static const char* kWordings[] = {
            "Please read the record below and reply with just a JSON object holding the requested fields.",
            "Pull the requested fields out of this record; the reply must be a JSON object and nothing else.",
            "Return a JSON object with the requested fields, taken from the following record."};
        prompt = std::string(kWordings[k]) + "\n\n" + Wrap(body, base);
      } else if (which == 1) {
        std::string spaced = body;
        for (std::size_t p = 0; (p = spaced.find(k == 2 ? "\n" : ": ", p)) != std::string::npos; p += 3) {
          spaced.replace(p, k == 2 ? 1 : 2, k == 2 ? "\n\n" : ":  ");
        }
        prompt = (k == 1 ? "  " + kAsk + "\n\n\n" : kAsk + "\n\n") + Wrap(spaced, base) + (k == 0 ? "\n" : "");
      } else {
        static const char* kSentences[] = {"This record was filed by the front desk.",
                                           "Thank you for your help with the paperwork.",
                                           "The office is closed on public holidays."};
        prompt = kAsk + " " + kSentences[k] + "\n\n" + Wrap(body, base);
      }
      b.Json(prompt, props, values);
    }
  }
}

// ------------------------------------------------------------------ math ---

std::string Term(long a, const std::string& v) {  // "3x", "x", "-x"
  if (a == 1) return v;
  if (a == -1) return "-" + v;
  return std::to_string(a) + v;
}
std::string Plus(long b) { return b < 0 ? " - " + std::to_string(-b) : " + " + std::to_string(b); }

std::string SolvePrompt(const std::string& eq, const std::string& v, int wording) {
  switch (wording % 3) {
    case 0: return "Solve for " + v + ": " + eq + ". Show each step on its own line and finish with the value of " + v + ".";
    case 1: return "Find " + v + " if " + eq + ". Work step by step, one equation per line.";
    default: return "Solve the equation " + eq + " step by step and give the value of " + v + ".";
  }
}

long NonZero(Rng& r, long lo, long hi) {
  long v = 0;
  while (v == 0) v = r.Int(lo, hi);
  return v;
}

// sign_flip: one sign changes, or the sides are mirrored with every sign flipped.
void SignFlip(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const long a = r.Int(2, 9), x = r.Int(-6, 12), c = r.Int(2, 19);
    // a x + c = R with solution x; variants keep R and flip signs.
    const long right = a * x + c;
    b.Math(SolvePrompt(Term(a, "x") + Plus(c) + " = " + std::to_string(right), "x", base), "x", x);
    // a x - c = R: x' = (R + c) / a; pick R' so the solution is an integer.
    const long x2 = x + r.Int(1, 4);
    b.Math(SolvePrompt(Term(a, "x") + Plus(-c) + " = " + std::to_string(a * x2 - c), "x", base), "x", x2);
    // c - a x = -(a x - c) = -R2: the mirror of a x - c = R2 (same solution x2).
    b.Math(SolvePrompt(std::to_string(c) + " - " + Term(a, "x") + " = " + std::to_string(-(a * x2 - c)), "x", base),
           "x", x2);
    // -a x + c = R: solution (c - R)/a; choose R so that it is -x.
    b.Math(SolvePrompt(Term(-a, "x") + Plus(c) + " = " + std::to_string(a * x + c), "x", base), "x", -x);
  }
}

// same_solution: other equations with the same solution as the base.
void SameSolution(Rng& r, Builder& b) {
  for (int base = 0; base < 4; ++base, b.NextBase()) {
    const long x = r.Int(-5, 12);
    const long a = r.Int(2, 8), c = NonZero(r, -15, 15);
    b.Math(SolvePrompt(Term(a, "x") + Plus(c) + " = " + std::to_string(a * x + c), "x", base), "x", x);
    const long a2 = a + r.Int(1, 3), c2 = NonZero(r, -15, 15);
    b.Math(SolvePrompt(Term(a2, "x") + Plus(c2) + " = " + std::to_string(a2 * x + c2), "x", base), "x", x);
    const long k = r.Int(2, 5), d = NonZero(r, -6, 6);
    b.Math(SolvePrompt(std::to_string(k) + "(x" + Plus(d) + ") = " + std::to_string(k * (x + d)), "x", base), "x", x);
    const long p = r.Int(4, 9), q = r.Int(1, 3), e = NonZero(r, -9, 9);
    b.Math(SolvePrompt(Term(p, "x") + Plus(e) + " = " + Term(q, "x") + Plus(p * x + e - q * x), "x", base), "x", x);
  }
}

// instruction_change on math: what to report.
void MathInstructionChange(Rng& r, Builder& b) {
  for (int base = 0; base < 2; ++base, b.NextBase()) {
    const long a = r.Int(2, 9), x = r.Int(-5, 12), c = NonZero(r, -20, 20);
    const std::string eq = Term(a, "x") + Plus(c) + " = " + std::to_string(a * x + c);
    b.Math(SolvePrompt(eq, "x", base), "x", x);
    b.Math("Solve " + eq + " step by step, then report the value of 2x.", "x", x, "2x", 2 * x);
    b.Math("Solve " + eq + " step by step, then report the value of x + 3.", "x", x, "x + 3", x + 3);
    b.Math("Solve " + eq + " step by step, then report the value of -x.", "x", x, "-x", -x);
  }
}

// Safe math families: reworded instruction, spacing, an unrelated sentence,
// or the variable renamed (the constants stay).
void MathSafe(Rng& r, Builder& b, int which) {
  const int bases = which == 3 ? 4 : 2;
  for (int base = 0; base < bases; ++base, b.NextBase()) {
    const long a = r.Int(2, 9), x = r.Int(-6, 14), c = NonZero(r, -20, 20);
    auto eq = [&](const std::string& v) { return Term(a, v) + Plus(c) + " = " + std::to_string(a * x + c); };
    b.Math(SolvePrompt(eq("x"), "x", 0), "x", x);
    static const char* kNames[] = {"y", "n", "t", "z", "k"};
    for (int k = 0; k < 3; ++k) {
      std::string prompt;
      std::string v = "x";
      if (which == 0) {
        prompt = SolvePrompt(eq("x"), "x", k + 1);
        if (k == 2) prompt = "Work out the value of x for which " + eq("x") + " holds. Show every step on a separate line.";
      } else if (which == 1) {
        std::string tight = eq("x");
        if (k == 0) tight.erase(std::remove(tight.begin(), tight.end(), ' '), tight.end());
        prompt = k == 1 ? "Solve for x:  " + tight + ".\nShow each step on its own line and finish with the value of x."
                        : SolvePrompt(tight, "x", 0) + (k == 2 ? "\n\n" : "");
      } else if (which == 2) {
        static const char* kSentences[] = {" This is part of a homework set.", " Take your time.",
                                           " The teacher will check it tomorrow."};
        prompt = SolvePrompt(eq("x"), "x", 0) + kSentences[k];
      } else {
        v = kNames[(static_cast<std::size_t>(base) + static_cast<std::size_t>(k)) % 5];
        prompt = SolvePrompt(eq(v), v, 0);
      }
      b.Math(prompt, v, x);
    }
  }
}

}  // namespace

std::vector<WorkloadItem> GenerateAdversarialWorkload(std::uint64_t seed) {
  std::vector<WorkloadItem> items;
  Rng r(seed * 7919 + 17);
  auto family = [&](const std::string& name, bool safe, const std::function<void(Builder&)>& make) {
    Builder b{&items, name, safe};
    make(b);
  };
  family("label_drift", false, [&](Builder& b) { LabelDrift(r, b); });
  family("distractor_labels", false, [&](Builder& b) { DistractorLabels(r, b); });
  family("record_selection", false, [&](Builder& b) { RecordSelection(r, b); });
  family("repeated_numbers", false, [&](Builder& b) { RepeatedNumbers(r, b); });
  family("old_value_elsewhere", false, [&](Builder& b) { OldValueElsewhere(r, b); });
  family("word_prefix_values", false, [&](Builder& b) { WordPrefixValues(r, b); });
  family("key_order", false, [&](Builder& b) { KeyOrder(r, b); });
  family("sign_flip", false, [&](Builder& b) { SignFlip(r, b); });
  family("same_solution", false, [&](Builder& b) { SameSolution(r, b); });
  family("instruction_change", false, [&](Builder& b) {
    JsonInstructionChange(r, b);
    MathInstructionChange(r, b);
  });
  family("paraphrase", true, [&](Builder& b) {
    JsonSafe(r, b, 0);
    MathSafe(r, b, 0);
  });
  family("whitespace", true, [&](Builder& b) {
    JsonSafe(r, b, 1);
    MathSafe(r, b, 1);
  });
  family("unrelated_sentence", true, [&](Builder& b) {
    JsonSafe(r, b, 2);
    MathSafe(r, b, 2);
  });
  family("renamed_variable", true, [&](Builder& b) { MathSafe(r, b, 3); });
  return items;
}

}  // namespace stepcache::bench
