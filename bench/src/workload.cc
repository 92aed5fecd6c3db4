#include "stepcache/bench/workload.h"

#include "rng.h"


#include <cctype>
#include <functional>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/json.h"

namespace stepcache::bench {
namespace {


std::string Signed(long v, bool leading) {
  // "+ 5" / "- 5" between terms, "-5" / "5" when leading.
  if (leading) return std::to_string(v);
  return v < 0 ? "- " + std::to_string(-v) : "+ " + std::to_string(v);
}

// ---------------------------------------------------------------- math ----

// An equation shape: builds text from a variable and constants chosen so the
// solution is the integer `x`.
struct Equation {
  std::string text;
  long solution;
};
using Shape = std::function<Equation(Rng&, const std::string& v, long x)>;

long NonZero(Rng& r, long lo, long hi) {
  long v = 0;
  while (v == 0) v = r.Int(lo, hi);
  return v;
}

const std::vector<Shape>& Shapes() {
  static const std::vector<Shape> shapes = {
      // a v + b = c
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 9), b = NonZero(r, -20, 20);
        return Equation{std::to_string(a) + v + " " + Signed(b, false) + " = " +
                            std::to_string(a * x + b), x};
      },
      // a(v + b) = c
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 7), b = NonZero(r, -9, 9);
        return Equation{std::to_string(a) + "(" + v + " " + Signed(b, false) + ") = " +
                            std::to_string(a * (x + b)), x};
      },
      // v/a + b = c  (x a multiple of a)
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 6), b = NonZero(r, -12, 12);
        long xx = x * a;
        return Equation{v + "/" + std::to_string(a) + " " + Signed(b, false) + " = " +
                            std::to_string(xx / a + b), xx};
      },
      // a v + b = c v + d
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(5, 11), c = r.Int(1, 4), b = NonZero(r, -15, 15);
        long d = a * x + b - c * x;
        return Equation{std::to_string(a) + v + " " + Signed(b, false) + " = " +
                            std::to_string(c) + v + " " + Signed(d, false), x};
      },
      // a(v - b) + c = d
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 6), b = r.Int(1, 9), c = NonZero(r, -10, 10);
        return Equation{std::to_string(a) + "(" + v + " - " + std::to_string(b) + ") " +
                            Signed(c, false) + " = " + std::to_string(a * (x - b) + c), x};
      },
      // b - a v = c
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 8), b = r.Int(10, 60);
        return Equation{std::to_string(b) + " - " + std::to_string(a) + v + " = " +
                            std::to_string(b - a * x), x};
      },
      // (v + b)/a = c
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 5), c = NonZero(r, -9, 12), b = NonZero(r, -9, 9);
        long xx = a * c - b;
        return Equation{"(" + v + " " + Signed(b, false) + ")/" + std::to_string(a) + " = " +
                            std::to_string(c), xx};
      },
      // a v + b v = c
      [](Rng& r, const std::string& v, long x) {
        long a = r.Int(2, 7), b = r.Int(1, 6);
        return Equation{std::to_string(a) + v + " + " + std::to_string(b) + v + " = " +
                            std::to_string((a + b) * x), x};
      },
      // a(v + b) = c(v - d) with a = c + 1, so v = -(c d + a b) is an integer
      [](Rng& r, const std::string& v, long) {
        long c = r.Int(1, 4), a = c + 1, b = NonZero(r, -6, 6), d = r.Int(1, 8);
        return Equation{std::to_string(a) + "(" + v + " " + Signed(b, false) + ") = " +
                            std::to_string(c) + "(" + v + " - " + std::to_string(d) + ")",
                        -(c * d + a * b)};
      },
      // a v - b = c + d v  (a > d)
      [](Rng& r, const std::string& v, long x) {
        long d = r.Int(1, 4), a = d + r.Int(2, 6), b = r.Int(1, 20);
        long c = a * x - b - d * x;
        return Equation{std::to_string(a) + v + " - " + std::to_string(b) + " = " +
                            std::to_string(c) + " + " + std::to_string(d) + v, x};
      },
  };
  return shapes;
}

// Instruction wordings. None contains "=": the equation is the only one in the prompt.
const std::vector<std::string>& MathWordings() {
  static const std::vector<std::string> w = {
      "Solve for {v}: {eq}. Show each step on its own line and finish with the value of {v}.",
      "Find the value of {v} in the equation {eq}. Work it out step by step, one equation per line.",
      "What value of {v} satisfies {eq}? Give a step-by-step solution with one line per step.",
      "Determine {v} given that {eq}. Write out the steps, each on a separate line, ending with {v}.",
  };
  return w;
}

const std::vector<std::string>& MathFormats() {
  static const std::vector<std::string> f = {
      " Number the steps as Step 1, Step 2 and so on.",
      " Put each step on a new line without commentary.",
      " Keep it short: equations only, no explanations.",
  };
  return f;
}

std::string Fill(std::string text, const std::string& v, const std::string& eq) {
  for (std::size_t p; (p = text.find("{v}")) != std::string::npos;) text.replace(p, 3, v);
  for (std::size_t p; (p = text.find("{eq}")) != std::string::npos;) text.replace(p, 4, eq);
  return text;
}

std::string MathExpect(const std::string& v, long value) {
  return "{\"variable\":\"" + v + "\",\"value\":" + std::to_string(value) + "}";
}

WorkloadItem MathItem(int base, const std::string& pert, int k, const std::string& prompt,
                      const std::string& v, long value) {
  WorkloadItem item;
  item.id = "linear_equation-" + std::to_string(base) + "-" + pert + "-" + std::to_string(k);
  item.task = "linear_equation";
  item.prompt = prompt;
  item.perturbation = pert;
  item.expect_json = MathExpect(v, value);
  return item;
}

// Base b of the math family and its variants.
void MathFamily(Rng& rng, int b, std::vector<WorkloadItem>* out) {
  const Shape& shape = Shapes()[static_cast<std::size_t>(b) % Shapes().size()];
  const std::string v = "x";
  const long x = rng.Int(-9, 15);
  // One RNG state per equation so the same constants come back for variants.
  const std::uint64_t eq_seed = rng.Next();
  auto make = [&](const std::string& var, std::uint64_t s) {
    Rng r(s);
    return shape(r, var, x);
  };
  Equation base = make(v, eq_seed);
  const std::string& wording = MathWordings()[0];
  out->push_back(MathItem(b, "base", 0, Fill(wording, v, base.text), v, base.solution));

  for (int k = 1; k <= 3; ++k) {  // paraphrased wording, same equation
    out->push_back(MathItem(b, "paraphrase", k, Fill(MathWordings()[k], v, base.text), v,
                            base.solution));
  }
  for (int k = 0; k < 3; ++k) {  // changed formatting instructions
    out->push_back(MathItem(b, "format", k + 1, Fill(wording, v, base.text) + MathFormats()[k], v,
                            base.solution));
  }
  static const std::vector<std::string> names = {"y", "n", "t", "z", "k", "m", "r", "p", "q", "w"};
  for (int k = 0; k < 3; ++k) {  // renamed variable, same constants
    const std::string nv = names[(static_cast<std::size_t>(b) + 3 * static_cast<std::size_t>(k)) % names.size()];
    Equation e = make(nv, eq_seed);
    out->push_back(MathItem(b, "rename", k + 1, Fill(wording, nv, e.text), nv, e.solution));
  }
  if (b == 0) {  // changed numeric constants, same shape
    // Only magnitudes change: the signs between terms stay, so the variant
    // has the same shape and differs in its constants alone.
    auto signs = [](const std::string& t) {
      std::string s;
      for (char c : t) if (c == '+' || c == '-') s += c;
      return s;
    };
    for (int k = 1; k <= 3; ++k) {
      Equation e;
      for (std::uint64_t attempt = 0; attempt < 256; ++attempt) {
        Rng r(eq_seed + 7919 * static_cast<std::uint64_t>(k) + 104729 * attempt);
        e = shape(r, v, x + k);
        if (signs(e.text) == signs(base.text) && e.text != base.text) break;
      }
      out->push_back(MathItem(b, "numeric", k, Fill(wording, v, e.text), v, e.solution));
    }
  }
  if (b == 1 || b == 2) {  // semantic change: another equation shape
    for (int k = 1; k <= 3; ++k) {
      const Shape& other = Shapes()[(static_cast<std::size_t>(b) + 2 * static_cast<std::size_t>(k) + 1) % Shapes().size()];
      Rng r(eq_seed ^ (0xABCDull * static_cast<std::uint64_t>(k)));
      Equation e = other(r, v, rng.Int(-9, 15));
      out->push_back(MathItem(b, "semantic", k, Fill(wording, v, e.text), v, e.solution));
    }
  }
}

// ---------------------------------------------------------------- JSON ----

enum class FieldType { kString, kInteger, kNumber, kBoolean };

struct Field {
  std::string key;    // property name in the schema
  std::string label;  // label in the source text (schema description)
  FieldType type;
  std::vector<std::string> values;  // candidate values (text form)
};

struct RecordKind {
  std::string noun;              // "customer record"
  std::vector<Field> fields;     // the first four are in the base schema
  Field extra;                   // present in the text, added by the "schema add" variant
  std::string rename_from, rename_to;  // "schema rename": key renamed, label kept
};

const std::vector<RecordKind>& Records() {
  using F = FieldType;
  static const std::vector<RecordKind> kinds = {
      {"customer record",
       {{"full_name", "Name", F::kString, {"Maria Lopez", "Jonas Berg", "Aiko Tanaka", "Omar Haddad"}},
        {"age", "Age", F::kInteger, {"34", "41", "27", "58", "63"}},
        {"city", "City", F::kString, {"Lisbon", "Oslo", "Osaka", "Tunis", "Quito"}},
        {"email", "Email", F::kString, {"maria@example.com", "jb@example.org", "aiko@example.net"}}},
       {"phone", "Phone", F::kString, {"+351 912 345 678", "+47 412 34 567"}}, "full_name", "name"},
      {"purchase order",
       {{"order_id", "Order ID", F::kString, {"PO-4471", "PO-9012", "PO-1288"}},
        {"product", "Product", F::kString, {"steel bolts", "copper wire", "oak planks"}},
        {"quantity", "Quantity", F::kInteger, {"120", "75", "300", "42"}},
        {"unit_price", "Unit price", F::kNumber, {"0.35", "12.5", "4.75", "19.99"}}},
       {"supplier", "Supplier", F::kString, {"Nordic Metals", "Acme Supply"}}, "product", "item"},
      {"flight booking",
       {{"flight_number", "Flight", F::kString, {"TP 1352", "SK 4410", "LH 2001"}},
        {"origin", "From", F::kString, {"Lisbon", "Bergen", "Munich"}},
        {"destination", "To", F::kString, {"Paris", "Oslo", "Vienna", "Rome"}},
        {"seats", "Seats", F::kInteger, {"1", "2", "3", "4"}}},
       {"gate", "Gate", F::kString, {"B12", "C3", "A7"}}, "origin", "departure_city"},
      {"invoice",
       {{"invoice_number", "Invoice number", F::kString, {"INV-2024-117", "INV-2024-503"}},
        {"amount", "Amount", F::kNumber, {"1250.5", "980", "47.25", "3100.75"}},
        {"currency", "Currency", F::kString, {"EUR", "USD", "NOK"}},
        {"paid", "Paid", F::kBoolean, {"true", "false"}}},
       {"due_date", "Due date", F::kString, {"2024-07-01", "2024-09-15"}}, "amount", "total"},
      {"product listing",
       {{"sku", "SKU", F::kString, {"SKU-55812", "SKU-10043", "SKU-77001"}},
        {"product_name", "Product name", F::kString, {"trail shoe", "rain jacket", "camp stove"}},
        {"price", "Price", F::kNumber, {"89.9", "149", "39.5"}},
        {"in_stock", "In stock", F::kBoolean, {"true", "false"}}},
       {"weight_grams", "Weight in grams", F::kInteger, {"340", "620", "1150"}}, "price", "list_price"},
      {"event notice",
       {{"title", "Event", F::kString, {"Spring Gala", "Data Meetup", "Harbour Run"}},
        {"venue", "Venue", F::kString, {"City Hall", "Dock 5", "Old Library"}},
        {"date", "Date", F::kString, {"2024-05-18", "2024-06-02", "2024-10-11"}},
        {"attendees", "Expected attendees", F::kInteger, {"250", "80", "1200"}}},
       {"organizer", "Organizer", F::kString, {"Ana Reis", "Lars Dahl"}}, "venue", "location"},
      {"patient intake form",
       {{"patient_name", "Patient", F::kString, {"Eva Novak", "Tom Hale", "Rui Costa"}},
        {"age", "Age", F::kInteger, {"7", "45", "72", "30"}},
        {"blood_type", "Blood type", F::kString, {"A+", "O-", "B+", "AB+"}},
        {"insured", "Insured", F::kBoolean, {"true", "false"}}},
       {"ward", "Ward", F::kString, {"3B", "1A", "5C"}}, "patient_name", "name"},
      {"support ticket",
       {{"ticket_id", "Ticket", F::kString, {"T-88213", "T-10022", "T-55590"}},
        {"priority", "Priority", F::kString, {"high", "low", "medium"}},
        {"assignee", "Assignee", F::kString, {"Kim Park", "Luis Ortega", "Ines Sa"}},
        {"hours_spent", "Hours spent", F::kNumber, {"2.5", "0.75", "6"}}},
       {"product_area", "Area", F::kString, {"billing", "login", "exports"}}, "assignee", "owner"},
      {"library catalogue entry",
       {{"title", "Title", F::kString, {"The Quiet Shore", "Stone and Salt", "Northern Lights"}},
        {"author", "Author", F::kString, {"H. Lindqvist", "R. Mendes", "A. Okafor"}},
        {"year", "Year", F::kInteger, {"1998", "2011", "2020"}},
        {"pages", "Pages", F::kInteger, {"312", "188", "540"}}},
       {"isbn", "ISBN", F::kString, {"978-0-12-345678-9", "978-1-40-289462-6"}}, "author", "writer"},
      {"job posting",
       {{"job_title", "Position", F::kString, {"Data Engineer", "Nurse", "Site Manager"}},
        {"company", "Company", F::kString, {"Fjord Analytics", "Sol Health", "BuildCo"}},
        {"salary", "Salary", F::kInteger, {"64000", "52000", "78000"}},
        {"remote", "Remote", F::kBoolean, {"true", "false"}}},
       {"start_date", "Start date", F::kString, {"2024-09-01", "2025-01-15"}}, "company", "employer"},
  };
  return kinds;
}

const char* TypeName(FieldType t) {
  switch (t) {
    case FieldType::kString: return "string";
    case FieldType::kInteger: return "integer";
    case FieldType::kNumber: return "number";
    case FieldType::kBoolean: return "boolean";
  }
  return "string";
}

// A record instance: the fields the schema asks for and the values in the text.
struct Record {
  std::vector<Field> schema_fields;   // in schema order, possibly renamed keys
  std::vector<std::string> values;    // text values for every field of the kind + extra
  std::vector<std::string> labels;    // labels, same order as values
};

// Whether a reader can tell the field from its key alone: the label shares a
// word with the key ("Unit price" / unit_price, "Name" / full_name).
bool KeyNamesLabel(const Field& f) {
  auto words = [](const std::string& text, char sep) {
    std::vector<std::string> out;
    std::string w;
    for (char c : text + sep) {
      if (c == sep || c == ' ' || c == '_') {
        if (!w.empty()) out.push_back(w);
        w.clear();
      } else {
        w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
    }
    return out;
  };
  for (const std::string& k : words(f.key, '_')) {
    for (const std::string& l : words(f.label, ' ')) {
      if (k == l) return true;
    }
  }
  return false;
}

// `describe_all` false: a property carries a description only when its key
// does not already name the label, so labels and descriptions stop being
// the same string everywhere.
std::string SchemaJson(const std::vector<Field>& fields, bool describe_all = true) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("type"); w.String("object");
  w.Key("properties"); w.StartObject();
  for (const Field& f : fields) {
    w.Key(f.key.c_str());
    w.StartObject();
    w.Key("type"); w.String(TypeName(f.type));
    if (describe_all || !KeyNamesLabel(f)) {
      w.Key("description"); w.String(f.label.c_str());
    }
    w.EndObject();
  }
  w.EndObject();
  w.Key("required"); w.StartArray();
  for (const Field& f : fields) w.String(f.key.c_str());
  w.EndArray();
  w.Key("additionalProperties"); w.Bool(false);
  w.EndObject();
  return sb.GetString();
}

std::string ExpectJson(const std::vector<Field>& fields, const std::vector<std::string>& values) {
  std::string out = "{\"json\":{";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ",";
    out += "\"" + fields[i].key + "\":";
    if (fields[i].type == FieldType::kString) out += "\"" + values[i] + "\"";
    else out += values[i];
  }
  return out + "}}";
}

const std::vector<std::string>& JsonWordings() {
  static const std::vector<std::string> w = {
      "Extract the fields {fields} from the {noun} below and answer with JSON only.",
      "Read the {noun} below and return a JSON object with the fields {fields}.",
      "From the following {noun}, pull out {fields} as a JSON object.",
      "Produce JSON holding {fields}, taken from this {noun}.",
  };
  return w;
}

const std::vector<std::string>& JsonFormats() {
  static const std::vector<std::string> f = {
      " Answer on a single line.",
      " Do not wrap the JSON in code fences.",
      " Use exactly the key names given.",
  };
  return f;
}

// Text intros: paraphrased source texts keep every value and label.
const std::vector<std::string>& TextIntros() {
  static const std::vector<std::string> t = {
      "Please process the following {noun}.",
      "Forwarded from the front desk; details below.",
      "This arrived this morning and needs filing.",
      "Copy of the {noun} as received:",
  };
  return t;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  return s;
}

struct JsonText {
  std::vector<std::string> labels, values;  // every field of the kind, then the extra one
};

// `form`: 0 "Label: value" lines, 1 "Label - value" lines, 2 one line with
// " | " between the pairs.
std::string RenderPrompt(const RecordKind& kind, const std::vector<Field>& schema_fields,
                         const JsonText& text, const std::string& wording, int intro,
                         bool reorder, const std::string& format, int form = 0) {
  std::string fields;
  for (std::size_t i = 0; i < schema_fields.size(); ++i) {
    if (i) fields += (i + 1 == schema_fields.size()) ? " and " : ", ";
    fields += schema_fields[i].key;
  }
  std::string prompt = Replace(Replace(wording, "{fields}", fields), "{noun}", kind.noun) + format;
  prompt += "\n\nText:\n" + Replace(TextIntros()[static_cast<std::size_t>(intro)], "{noun}", kind.noun) + "\n";
  std::vector<std::size_t> order(text.labels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = reorder ? order.size() - 1 - i : i;
  bool first = true;
  for (std::size_t i : order) {
    if (form == 2) {
      prompt += (first ? "" : " | ") + text.labels[i] + ": " + text.values[i];
    } else {
      prompt += text.labels[i] + (form == 1 ? " - " : ": ") + text.values[i] + "\n";
    }
    first = false;
  }
  if (form == 2) prompt += "\n";
  prompt += "End of " + kind.noun + ".";
  return prompt;
}

WorkloadItem JsonItem(int base, const std::string& pert, int k, std::string prompt,
                      const std::vector<Field>& fields, const std::vector<std::string>& values) {
  // Odd bases describe only the properties whose key does not name the label.
  const bool describe_all = base % 2 == 0;
  WorkloadItem item;
  item.id = "json_extract-" + std::to_string(base) + "-" + pert + "-" + std::to_string(k);
  item.task = "json_extract";
  item.prompt = std::move(prompt);
  item.schema_json = SchemaJson(fields, describe_all);
  item.perturbation = pert;
  item.expect_json = ExpectJson(fields, values);
  return item;
}

void JsonFamily(Rng& rng, int b, std::vector<WorkloadItem>* out) {
  const RecordKind& kind = Records()[static_cast<std::size_t>(b) % Records().size()];
  auto draw = [&](Rng& r) {
    JsonText t;
    for (const Field& f : kind.fields) {
      t.labels.push_back(f.label);
      t.values.push_back(r.Pick(f.values));
    }
    t.labels.push_back(kind.extra.label);
    t.values.push_back(r.Pick(kind.extra.values));
    return t;
  };
  JsonText text = draw(rng);
  std::vector<std::string> values(text.values.begin(), text.values.begin() + 4);
  const std::vector<Field>& fields = kind.fields;
  const std::string& wording = JsonWordings()[0];

  out->push_back(JsonItem(b, "base", 0, RenderPrompt(kind, fields, text, wording, 0, false, ""),
                          fields, values));
  for (int k = 1; k <= 3; ++k) {  // paraphrased instruction
    out->push_back(JsonItem(b, "paraphrase", k,
                            RenderPrompt(kind, fields, text, JsonWordings()[k], 0, false, ""),
                            fields, values));
  }
  for (int k = 1; k <= 3; ++k) {  // changed formatting instructions
    out->push_back(JsonItem(b, "format", k,
                            RenderPrompt(kind, fields, text, wording, 0, false, JsonFormats()[k - 1]),
                            fields, values));
  }
  if (b != 9) {  // paraphrased source text: same values, other wording and order
    for (int k = 1; k <= 3; ++k) {
      // Other wording, order and layout: reversed lines, "Label - value"
      // lines, one line with " | " between the pairs.
      out->push_back(JsonItem(b, "paraphrase_text", k,
                              RenderPrompt(kind, fields, text, wording, k, k != 2, "", k - 1), fields,
                              values));
    }
  }
  if (b == 0 || b == 1) {  // changed output schema: key added, removed, renamed
    std::vector<Field> added = fields;
    added.push_back(kind.extra);
    std::vector<std::string> added_values = values;
    added_values.push_back(text.values[4]);
    out->push_back(JsonItem(b, "schema", 1, RenderPrompt(kind, added, text, wording, 0, false, ""),
                            added, added_values));
    std::vector<Field> removed(fields.begin(), fields.end() - 1);
    std::vector<std::string> removed_values(values.begin(), values.end() - 1);
    out->push_back(JsonItem(b, "schema", 2, RenderPrompt(kind, removed, text, wording, 0, false, ""),
                            removed, removed_values));
    std::vector<Field> renamed = fields;
    for (Field& f : renamed) {
      if (f.key == kind.rename_from) f.key = kind.rename_to;
    }
    out->push_back(JsonItem(b, "schema", 3, RenderPrompt(kind, renamed, text, wording, 0, false, ""),
                            renamed, values));
  }
  if (b == 2) {  // changed numeric constant in the source text
    for (int k = 1; k <= 3; ++k) {
      JsonText t = text;
      for (std::size_t i = 0; i < 4; ++i) {
        if (fields[i].type == FieldType::kInteger || fields[i].type == FieldType::kNumber) {
          t.values[i] = std::to_string(std::stol(t.values[i]) + 10 * k);
          break;
        }
      }
      std::vector<std::string> v(t.values.begin(), t.values.begin() + 4);
      out->push_back(JsonItem(b, "numeric", k, RenderPrompt(kind, fields, t, wording, 0, false, ""),
                              fields, v));
    }
  }
  if (b == 3 || b == 4) {  // semantic change: another source text
    for (int k = 1; k <= 3; ++k) {
      Rng r(rng.Next());
      JsonText t = draw(r);
      // Another text, not a copy: the first value always differs.
      const std::vector<std::string>& names = fields[0].values;
      for (std::size_t i = 0; t.values[0] == text.values[0]; ++i) t.values[0] = names[(k + i) % names.size()];
      std::vector<std::string> v(t.values.begin(), t.values.begin() + 4);
      out->push_back(JsonItem(b, "semantic", k, RenderPrompt(kind, fields, t, wording, 0, false, ""),
                              fields, v));
    }
  }
}

}  // namespace

std::vector<WorkloadItem> GenerateWorkload(std::uint64_t seed) {
  std::vector<WorkloadItem> items;
  Rng math_rng(seed * 2 + 1);
  for (int b = 0; b < 10; ++b) MathFamily(math_rng, b, &items);
  Rng json_rng(seed * 2 + 2);
  for (int b = 0; b < 10; ++b) JsonFamily(json_rng, b, &items);
  return items;
}

std::string ToJsonLine(const WorkloadItem& item) {
  rapidjson::Document expect;
  rapidjson::Document schema;
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("id"); w.String(item.id.c_str());
  w.Key("task"); w.String(item.task.c_str());
  w.Key("prompt"); w.String(item.prompt.c_str(), static_cast<rapidjson::SizeType>(item.prompt.size()));
  if (!item.schema_json.empty() && ParseJson(item.schema_json, schema)) {
    w.Key("schema");
    schema.Accept(w);
  }
  if (!item.tenant.empty()) { w.Key("tenant"); w.String(item.tenant.c_str()); }
  if (!item.perturbation.empty()) { w.Key("perturbation"); w.String(item.perturbation.c_str()); }
  if (!item.family.empty()) {
    w.Key("family"); w.String(item.family.c_str());
    w.Key("safe"); w.Bool(item.safe);
  }
  if (!item.expect_json.empty() && ParseJson(item.expect_json, expect)) {
    w.Key("expect");
    expect.Accept(w);
  }
  w.EndObject();
  return sb.GetString();
}

bool ParseWorkloadLine(const std::string& line, WorkloadItem* item, std::string* error) {
  rapidjson::Document doc;
  JsonError jerr;
  if (!ParseJson(line, doc, &jerr)) {
    *error = jerr.ToString();
    return false;
  }
  if (!doc.IsObject()) {
    *error = "a workload line must be a JSON object (at \"\")";
    return false;
  }
  auto get_string = [&](const char* key, bool required, std::string* out) {
    auto it = doc.FindMember(key);
    if (it == doc.MemberEnd()) {
      if (required) *error = std::string("missing required member at /") + key;
      return !required;
    }
    if (!it->value.IsString()) {
      *error = std::string("expected a string at /") + key;
      return false;
    }
    out->assign(it->value.GetString(), it->value.GetStringLength());
    return true;
  };
  *item = WorkloadItem{};
  if (!get_string("id", true, &item->id) || !get_string("task", true, &item->task) ||
      !get_string("prompt", true, &item->prompt) || !get_string("tenant", false, &item->tenant) ||
      !get_string("perturbation", false, &item->perturbation) ||
      !get_string("family", false, &item->family)) {
    return false;
  }
  if (auto it = doc.FindMember("safe"); it != doc.MemberEnd()) {
    if (!it->value.IsBool()) {
      *error = "expected a boolean at /safe";
      return false;
    }
    item->safe = it->value.GetBool();
  }
  if (auto it = doc.FindMember("schema"); it != doc.MemberEnd()) {
    if (!it->value.IsObject() && !it->value.IsBool()) {
      *error = "expected a JSON Schema (object or boolean) at /schema";
      return false;
    }
    item->schema_json = JsonToString(it->value);
  }
  if (auto it = doc.FindMember("expect"); it != doc.MemberEnd()) {
    if (!it->value.IsObject()) {
      *error = "expected an object at /expect";
      return false;
    }
    item->expect_json = JsonToString(it->value);
  }
  return true;
}

}  // namespace stepcache::bench
