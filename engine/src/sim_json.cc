// The simulated model's json_extract answers: each schema property looked
// up in the prompt's source text by its own reader (sim_text.cc), typed by
// the response schema, then (seeded) a small model's mistakes.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "sim_internal.h"
#include "sim_text.h"
#include "stepcache/schemas/json.h"

namespace stepcache::engine::sim {
namespace {

using Field = SimField;

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A schema "type": a string, or an array whose first non-"null" entry counts.
std::string TypeOf(const rapidjson::Value& schema) {
  if (!schema.IsObject()) return "";
  auto t = schema.FindMember("type");
  if (t == schema.MemberEnd()) return "";
  if (t->value.IsString()) return t->value.GetString();
  if (t->value.IsArray()) {
    for (const auto& e : t->value.GetArray()) {
      if (e.IsString() && std::string_view(e.GetString()) != "null") return e.GetString();
    }
  }
  return "";
}

std::vector<Field> SchemaFields(const ResponseFormat& format) {
  std::vector<Field> fields;
  if (format.type != ResponseFormat::Type::kJsonSchema) return fields;
  rapidjson::Document schema;
  if (!ParseJson(format.schema, schema) || !schema.IsObject()) return fields;
  auto props = schema.FindMember("properties");
  if (props == schema.MemberEnd() || !props->value.IsObject()) return fields;
  for (const auto& m : props->value.GetObject()) {
    Field f;
    f.name.assign(m.name.GetString(), m.name.GetStringLength());
    f.type = TypeOf(m.value);
    if (m.value.IsObject()) {
      auto items = m.value.FindMember("items");
      if (items != m.value.MemberEnd()) f.item_type = TypeOf(items->value);
      auto d = m.value.FindMember("description");
      if (d != m.value.MemberEnd() && d->value.IsString()) f.description = d->value.GetString();
    }
    fields.push_back(std::move(f));
  }
  return fields;
}

// The whole object's field names from a prompt line "Fields: a, b and c" or
// "Extract these keys: a, b".
std::vector<std::string> PromptFields(const ChatRequest& request) {
  for (const ChatMessage& m : request.messages) {
    if (m.role != "user") continue;
    std::string_view text = m.content;
    while (!text.empty()) {
      const std::size_t nl = text.find('\n');
      const std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      const std::string lower = Lower(line);
      std::size_t at = std::string::npos;
      for (const char* marker : {"fields:", "keys:"}) {
        const std::size_t p = lower.find(marker);
        if (p != std::string::npos && (p == 0 || !IsWordChar(lower[p - 1]))) {
          at = p + std::string_view(marker).size();
          break;
        }
      }
      if (at == std::string::npos) continue;
      std::vector<std::string> names;
      std::string_view rest = line.substr(at);
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        std::string_view item = Trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (Lower(item.substr(0, 4)) == "and ") item = Trim(item.substr(4));
        while (!item.empty() && (item.back() == '.' || item.back() == '`')) item.remove_suffix(1);
        while (!item.empty() && (item.front() == '`' || item.front() == '"')) item.remove_prefix(1);
        while (!item.empty() && item.back() == '"') item.remove_suffix(1);
        if (!item.empty() && std::all_of(item.begin(), item.end(), IsWordChar)) {
          names.emplace_back(item);
        }
      }
      if (!names.empty()) return names;
    }
  }
  return {};
}

std::string Pretty(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  value.Accept(w);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The numbers written in a value, with the unit after each: "15 km (15000 m)"
// -> {("15", "km"), ("15000", "m")}; thousands separators dropped.
std::vector<std::pair<std::string, std::string>> Numbers(std::string_view raw) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < raw.size();) {
    const bool digit = std::isdigit(static_cast<unsigned char>(raw[i])) != 0;
    if (!digit || (i > 0 && std::isalpha(static_cast<unsigned char>(raw[i - 1])))) {
      ++i;
      continue;
    }
    std::string number = i > 0 && raw[i - 1] == '-' ? "-" : "";
    std::size_t j = i;
    for (; j < raw.size(); ++j) {
      const char c = raw[j];
      const bool next_digit = j + 1 < raw.size() && std::isdigit(static_cast<unsigned char>(raw[j + 1]));
      if (std::isdigit(static_cast<unsigned char>(c))) number.push_back(c);
      else if (c == '.' && next_digit && number.find('.') == std::string::npos) number.push_back(c);
      else if (c == ',' && next_digit && raw.substr(j + 1).find_first_not_of("0123456789") >= 3) continue;
      else break;
    }
    std::size_t u = j;
    while (u < raw.size() && raw[u] == ' ') ++u;
    std::size_t ue = u;
    while (ue < raw.size() && std::isalpha(static_cast<unsigned char>(raw[ue]))) ++ue;
    out.emplace_back(number, Lower(raw.substr(u, ue - u)));
    i = j;
  }
  return out;
}

std::optional<bool> ReadBool(std::string_view raw, const Field& field) {
  const std::string v = Lower(Trim(raw));
  if (v == "yes" || v == "true" || v == "y") return true;
  if (v == "no" || v == "false" || v == "n" || v == "none") return false;
  std::string word = Lower(field.name);
  if (v == "un" + word || v == "not " + word) return false;
  if (v == word) return true;
  if (v.rfind("not ", 0) == 0 || v.rfind("un", 0) == 0) return false;
  return std::nullopt;
}

void SetScalar(rapidjson::Value& out, const Field& field, std::string type, std::string_view raw,
               const std::string& unit, rapidjson::Document::AllocatorType& a) {
  raw = Trim(raw);
  if (type.empty()) {  // no schema type: what the text looks like
    const auto numbers = Numbers(raw);
    const bool only_number = numbers.size() == 1 && numbers[0].second.empty() &&
                             raw.find_first_not_of("-0123456789.,") == std::string_view::npos;
    type = only_number ? (numbers[0].first.find('.') == std::string::npos ? "integer" : "number")
           : ReadBool(raw, field) ? "boolean" : "string";
  }
  if (type == "integer" || type == "number") {
    const auto numbers = Numbers(raw);
    const std::pair<std::string, std::string>* pick = numbers.empty() ? nullptr : &numbers[0];
    for (const auto& n : numbers) {
      if (!unit.empty() && n.second == unit) pick = &n;
    }
    if (pick != nullptr) {
      const std::string& n = pick->first;
      if (n.find('.') == std::string::npos && n.size() < 17) return void(out.SetInt64(std::stoll(n)));
      if (type == "number") return void(out.SetDouble(std::strtod(n.c_str(), nullptr)));
      return void(out.SetInt64(std::llround(std::strtod(n.c_str(), nullptr))));
    }
  } else if (type == "boolean") {
    if (auto v = ReadBool(raw, field)) return void(out.SetBool(*v));
  }
  out.SetString(raw.data(), static_cast<rapidjson::SizeType>(raw.size()), a);
}

void SetTyped(rapidjson::Value& out, const Field& field, std::string_view raw, const std::string& unit,
              rapidjson::Document::AllocatorType& a) {
  if (field.type != "array") return SetScalar(out, field, field.type, raw, unit, a);
  out.SetArray();
  while (!raw.empty()) {
    const std::size_t comma = raw.find(',');
    const std::string_view item = Trim(raw.substr(0, comma));
    raw = comma == std::string_view::npos ? std::string_view() : raw.substr(comma + 1);
    if (item.empty()) continue;
    rapidjson::Value v;
    SetScalar(v, field, field.item_type.empty() ? "string" : field.item_type, item, "", a);
    out.PushBack(v, a);
  }
}

std::uint64_t NameHash(std::string_view s, std::uint64_t salt) {
  std::uint64_t h = 0xcbf29ce484222325ULL ^ salt;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h ^ (h >> 29);
}

// The mistakes and their weights out of 20 (bench/README.md tables them).
const char* DrawMistake(Rng& m) {
  static const char* kKinds[20] = {
      "other_label", "other_label", "other_label",   "other_label",   "partial_span", "partial_span", "partial_span",
      "instruction_word", "instruction_word", "wrong_record", "wrong_record", "wrong_type", "dropped_key",
      "prose", "prose", "fences", "fences", "truncated", "truncated", "truncated"};
  return kKinds[m.Below(20)];
}

// A raw value for a value mistake on `field`, or "" when this kind cannot
// be made here (the caller then falls back to another).
std::string WrongRaw(const std::string& kind, const Field& field, const std::string& right, const std::string& label,
                     const ReadPrompt& read, Rng& m) {
  const SourceRecord& record = read.records[read.chosen];
  const bool numeric = field.type == "integer" || field.type == "number";
  if (kind == "other_label") {
    // A value from another label of the same record; for a number, any
    // other number of the record ("Room: 27" for the age).
    std::vector<std::string> pool;
    if (numeric) {
      std::set<std::string> right_numbers;
      for (const auto& n : Numbers(right)) right_numbers.insert(n.first);
      std::string text = record.prose;
      for (const LabelledValue& p : record.pairs) text += " " + p.value;
      for (const auto& n : Numbers(text)) {
        if (right_numbers.count(n.first) == 0) pool.push_back(n.first);
      }
    } else {
      for (const LabelledValue& p : record.pairs) {
        if (p.label != label && Lower(p.value) != Lower(right) && Numbers(p.value).empty()) pool.push_back(p.value);
      }
    }
    if (pool.empty()) return "";
    return pool[m.Below(pool.size())];
  }
  if (kind == "partial_span") {
    if (right.size() < 2 || field.type == "boolean") return "";
    if (numeric) return Numbers(right).empty() || Numbers(right)[0].first.size() < 2 ? "" : Numbers(right)[0].first.substr(0, 1);
    const std::size_t cut = 1 + m.Below(right.size() - 1);  // "denti", "sofia.ferreira@examp"
    std::string out = right.substr(0, cut);
    if (Trim(out).empty()) out = right.substr(0, 1);
    return std::string(Trim(out));
  }
  if (kind == "instruction_word") {
    std::vector<std::string> pool;
    std::string word;
    for (char c : read.instruction + " ") {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word.push_back(c);
        continue;
      }
      const bool is_number = !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
      if (word.size() >= 2 && is_number == numeric && Lower(word) != Lower(right)) pool.push_back(word);
      word.clear();
    }
    if (pool.empty()) return "";
    return pool[m.Below(pool.size())];
  }
  if (kind == "wrong_record") {
    if (read.records.size() < 2) return "";
    std::size_t other = m.Below(read.records.size() - 1);
    if (other >= read.chosen) ++other;
    auto v = FindRaw(read.records[other], field);
    return v && *v != right ? *v : "";
  }
  return "";
}

}  // namespace

bool AnswerJsonExtract(const SimOptions& options, const ChatRequest& request, const TaskView& task, Draws draws,
                       Answer* answer, SimTrace* trace) {
  std::vector<Field> fields = SchemaFields(request.response_format);
  const std::vector<std::string> whole = PromptFields(request);
  if (fields.empty() && whole.empty()) return false;
  Rng& m = draws.mistakes;
  // Decided first, from the mistake generator alone, so a sticky retry of
  // the same prompt makes the same mistake on the same member.
  const bool wrong = m.Chance(options.error_rate);
  std::string mistake = wrong ? DrawMistake(m) : "";
  const std::uint64_t salt = m.Next();
  const std::uint64_t detail = m.Next();
  Rng mistake_detail(detail);

  if (fields.empty()) {
    for (const std::string& name : whole) fields.push_back(Field{name, "", "", ""});
  } else if (!whole.empty() && fields.size() < whole.size()) {
    trace->region = true;
    if (draws.style.Chance(options.whole_object_rate)) {
      std::vector<Field> all;
      for (const std::string& name : whole) {
        Field f{name, "", "", ""};
        for (const Field& known : fields) {
          if (known.name == name) f = known;
        }
        all.push_back(std::move(f));
      }
      fields = std::move(all);
      trace->whole_object = true;
    }
  }
  if (!task.retry_note.empty()) trace->region = true;

  const ReadPrompt read = ReadExtractionPrompt(task.prompt);
  // The member a value mistake hits: the smallest hash among those asked, so
  // a region request that asks for it again gets the same one.
  std::size_t target = 0;
  for (std::size_t i = 1; i < fields.size(); ++i) {
    if (NameHash(fields[i].name, salt) < NameHash(fields[target].name, salt)) target = i;
  }
  rapidjson::Document doc;
  doc.SetObject();
  auto& a = doc.GetAllocator();
  const bool value_mistake = mistake == "other_label" || mistake == "partial_span" ||
                             mistake == "instruction_word" || mistake == "wrong_record";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const Field& f = fields[i];
    std::string label;
    std::optional<std::string> raw = FindRaw(read.records[read.chosen], f, &label);
    if (mistake == "wrong_record" && read.records.size() > 1) {
      // The whole answer from another record.
      std::string r = WrongRaw("wrong_record", f, raw.value_or(""), label, read, mistake_detail);
      if (!r.empty()) raw = r, trace->member = trace->member.empty() ? f.name : trace->member;
    } else if (value_mistake && i == target) {
      std::string r;
      for (const std::string& kind : {mistake, std::string("other_label"), std::string("partial_span"),
                                     std::string("instruction_word")}) {
        r = WrongRaw(kind, f, raw.value_or(""), label, read, mistake_detail);
        if (!r.empty()) {
          mistake = kind;
          break;
        }
      }
      if (!r.empty()) raw = r, trace->member = f.name;
    }
    if (!raw) continue;  // nothing in the text to ground it: leave it out
    rapidjson::Value v;
    SetTyped(v, f, *raw, AskedUnit(read.instruction, f), a);
    doc.AddMember(rapidjson::Value(f.name.c_str(), a), v, a);
  }
  if (value_mistake && trace->member.empty()) mistake = doc.MemberCount() > 0 ? "wrong_type" : "prose";
  if (mistake == "wrong_record" && trace->member.empty()) mistake = "wrong_type";
  trace->mistake = mistake;

  if (mistake == "wrong_type" || mistake == "dropped_key") {
    auto member = doc.MemberBegin() + static_cast<std::ptrdiff_t>(target < doc.MemberCount() ? target : 0);
    if (doc.MemberCount() == 0) {
      trace->mistake = mistake = "prose";
    } else if (mistake == "dropped_key") {
      trace->member = member->name.GetString();
      doc.EraseMember(member);
    } else {
      trace->member = member->name.GetString();
      const std::string text = member->value.IsString() ? "\"" + std::string(member->value.GetString()) + "\""
                                                         : JsonToString(member->value);
      const std::string s = member->value.IsString() ? "[" + text + "]" : text;
      if (member->value.IsString()) {
        rapidjson::Value arr(rapidjson::kArrayType);
        arr.PushBack(rapidjson::Value(member->value, a), a);  // "x" -> ["x"]
        member->value = arr;
      } else {
        member->value.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
      }
    }
  }
  const std::string json = Pretty(doc);
  if (mistake == "prose") {
    answer->content = "Here is the extracted information:\n" + json + "\nLet me know if you need anything else.";
  } else if (mistake == "fences") {
    answer->content = "```json\n" + json + "\n```";
  } else if (mistake == "truncated") {
    // Cut inside the last string value when there is one ("job": "nu).
    std::size_t cut = json.size() * (40 + mistake_detail.Below(40)) / 100;
    const std::size_t quote = json.rfind(": \"");
    if (quote != std::string::npos) {
      const std::size_t end = json.find('"', quote + 3);
      if (end != std::string::npos && end > quote + 4) cut = quote + 4 + mistake_detail.Below(end - quote - 4);
    }
    answer->content = json.substr(0, cut);
    answer->truncated = true;
  } else {
    answer->content = json;
  }
  return true;
}

}  // namespace stepcache::engine::sim
