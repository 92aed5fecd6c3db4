// The simulated model's json_extract answers: "<Label>: <value>" lookups in
// the prompt, typed by the response schema, then (seeded) a small model's
// mistakes.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "sim_internal.h"
#include "stepcache/schemas/json.h"

namespace stepcache::engine::sim {
namespace {

struct Field {
  std::string name;
  std::string type;       // "integer", "number", "boolean", "string", "array", "" (unknown)
  std::string item_type;  // arrays only
  std::string label;      // the schema's description, if any
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

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
      if (d != m.value.MemberEnd() && d->value.IsString()) f.label = d->value.GetString();
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

// The value written as "<label>: <value>" in `text` (label matched
// case-insensitively at a word boundary); ends at a newline or ';'.
std::optional<std::string> FindLabelled(std::string_view text, std::string_view label) {
  if (label.empty()) return std::nullopt;
  const std::string lower_text = Lower(text);
  const std::string lower_label = Lower(label);
  for (std::size_t p = lower_text.find(lower_label); p != std::string::npos;
       p = lower_text.find(lower_label, p + 1)) {
    if (p > 0 && IsWordChar(lower_text[p - 1])) continue;
    std::size_t q = p + lower_label.size();
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q >= text.size() || text[q] != ':') continue;
    const std::size_t begin = q + 1;
    std::size_t end = begin;
    while (end < text.size() && text[end] != '\n' && text[end] != ';') ++end;
    return std::string(Trim(text.substr(begin, end - begin)));
  }
  return std::nullopt;
}

std::optional<std::string> FindValue(const ChatRequest& request, const Field& field) {
  std::string spaced = field.name;
  for (char& c : spaced) {
    if (c == '_') c = ' ';
  }
  for (const std::string& label : {field.label, spaced, field.name}) {
    for (const ChatMessage& m : request.messages) {
      if (m.role != "user") continue;
      if (auto v = FindLabelled(m.content, label)) return v;
    }
  }
  return std::nullopt;
}

std::optional<long long> ParseInteger(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == s.size()) return std::nullopt;
  const bool negative = i > 0 && s[i - 1] == '-';
  std::string digits;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      digits.push_back(s[i]);
    } else if (s[i] != ',' || i + 1 >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      break;  // thousands separators ("1,200") are skipped
    }
  }
  if (digits.size() > 17) return std::nullopt;
  const long long v = std::stoll(digits);
  return negative ? -v : v;
}

std::optional<bool> ParseBool(std::string_view s) {
  const std::string v = Lower(Trim(s));
  if (v == "yes" || v == "true" || v == "y") return true;
  if (v == "no" || v == "false" || v == "n") return false;
  return std::nullopt;
}

void SetScalar(rapidjson::Value& out, std::string type, std::string_view raw,
               rapidjson::Document::AllocatorType& a) {
  if (type.empty()) {  // no schema type: what the text looks like
    const std::string_view t = Trim(raw);
    const bool digits = !t.empty() && t.find_first_not_of("-0123456789") == std::string_view::npos &&
                        t.find_first_of("0123456789") != std::string_view::npos;
    const std::string s(t);
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    const bool number = !s.empty() && end == s.c_str() + s.size();
    type = digits ? "integer" : number ? "number" : ParseBool(t) ? "boolean" : "string";
  }
  if (type == "integer") {
    if (auto v = ParseInteger(raw)) return void(out.SetInt64(*v));
  } else if (type == "number") {
    const std::string s(Trim(raw));
    const std::size_t start = s.find_first_of("-0123456789.");
    if (start != std::string::npos) {
      char* end = nullptr;
      const double v = std::strtod(s.c_str() + start, &end);
      if (end != s.c_str() + start && std::isfinite(v)) {
        const std::string_view number(s.c_str() + start, static_cast<std::size_t>(end - (s.c_str() + start)));
        if (number.find_first_of(".eE") == std::string_view::npos && number.size() < 17) {
          return void(out.SetInt64(static_cast<long long>(v)));
        }
        return void(out.SetDouble(v));
      }
    }
  } else if (type == "boolean") {
    if (auto v = ParseBool(raw)) return void(out.SetBool(*v));
  }
  out.SetString(raw.data(), static_cast<rapidjson::SizeType>(raw.size()), a);
}

void SetTyped(rapidjson::Value& out, const Field& field, std::string_view raw,
              rapidjson::Document::AllocatorType& a) {
  if (field.type != "array") return SetScalar(out, field.type, raw, a);
  out.SetArray();
  while (!raw.empty()) {
    const std::size_t comma = raw.find(',');
    const std::string_view item = Trim(raw.substr(0, comma));
    raw = comma == std::string_view::npos ? std::string_view() : raw.substr(comma + 1);
    if (item.empty()) continue;
    rapidjson::Value v;
    SetScalar(v, field.item_type.empty() ? "string" : field.item_type, item, a);
    out.PushBack(v, a);
  }
}

std::string Pretty(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  value.Accept(w);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string Renamed(const std::string& name) {
  std::string out;
  bool upper = false;
  for (char c : name) {
    if (c == '_') {
      upper = true;
    } else {
      out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
      upper = false;
    }
  }
  if (out == name && !out.empty()) {  // no underscore: a capitalised key instead
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    if (out == name) out += "_value";
  }
  return out;
}

// A wrong but plausible value of the same type.
void Perturb(rapidjson::Value& v, Rng& rng, rapidjson::Document::AllocatorType& a) {
  if (v.IsInt64()) {
    v.SetInt64(v.GetInt64() + 1 + static_cast<long long>(rng.Below(9)));
  } else if (v.IsDouble()) {
    v.SetDouble(v.GetDouble() + 1.5);
  } else if (v.IsBool()) {
    v.SetBool(!v.GetBool());
  } else if (v.IsString()) {
    std::string s(v.GetString(), v.GetStringLength());
    const std::size_t space = s.rfind(' ');
    if (space != std::string::npos && space > 0) {
      s.resize(space);  // a stale, shorter value
    } else {
      s += "s";
    }
    v.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
  } else if (v.IsArray()) {
    if (v.Size() > 1) {
      v.PopBack();
    } else {
      v.PushBack(rapidjson::Value("other", a), a);
    }
  }
}

// Applies one mistake; returns its name ("" when none could be made).
std::string MakeMistake(rapidjson::Document& doc, Rng& rng, std::string* text, bool* truncated) {
  auto& a = doc.GetAllocator();
  const rapidjson::SizeType n = doc.MemberCount();
  const std::uint64_t pick = rng.Below(12);
  if (pick >= 9 || n == 0) {
    const std::string json = Pretty(doc);
    if (pick == 9) {
      *text = "Here is the extracted information:\n" + json + "\nLet me know if you need anything else.";
      return "prose";
    }
    if (pick == 10) {
      *text = "```json\n" + json + "\n```";
      return "fences";
    }
    const std::size_t cut = json.size() * (40 + rng.Below(40)) / 100;
    *text = json.substr(0, cut);
    *truncated = true;
    return "truncated";
  }
  auto member = doc.MemberBegin() + static_cast<std::ptrdiff_t>(rng.Below(n));
  std::string mistake;
  if (pick < 2) {
    doc.EraseMember(member);
    mistake = "dropped_key";
  } else if (pick < 4) {
    const std::string name = Renamed(member->name.GetString());
    member->name.SetString(name.c_str(), static_cast<rapidjson::SizeType>(name.size()), a);
    mistake = "renamed_key";
  } else if (pick < 6) {
    // Prefer a member whose type a string can break.
    for (rapidjson::SizeType k = 0; k < n && !(member->value.IsNumber() || member->value.IsBool()); ++k) {
      member = doc.MemberBegin() + static_cast<std::ptrdiff_t>((k + 1) % n);
    }
    if (member->value.IsNumber() || member->value.IsBool()) {
      const std::string s = JsonToString(member->value);
      member->value.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
      mistake = "wrong_type";
    } else {
      Perturb(member->value, rng, a);
      mistake = "wrong_value";
    }
  } else {
    Perturb(member->value, rng, a);
    mistake = "wrong_value";
  }
  *text = Pretty(doc);
  return mistake;
}

}  // namespace

bool AnswerJsonExtract(const SimOptions& options, const ChatRequest& request, Rng& rng,
                       Answer* answer, SimTrace* trace) {
  std::vector<Field> fields = SchemaFields(request.response_format);
  const std::vector<std::string> whole = PromptFields(request);
  if (fields.empty() && whole.empty()) return false;
  if (fields.empty()) {
    for (const std::string& name : whole) fields.push_back(Field{name, "", "", ""});
  } else if (!whole.empty() && fields.size() < whole.size()) {
    trace->region = true;
    if (rng.Chance(options.whole_object_rate)) {
      // Ignore the instruction and answer everything the prompt lists,
      // keeping the schema's typing for the members it names.
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
  rapidjson::Document doc;
  doc.SetObject();
  auto& a = doc.GetAllocator();
  for (const Field& f : fields) {
    const std::optional<std::string> raw = FindValue(request, f);
    if (!raw) continue;  // nothing in the text to ground it: leave it out
    rapidjson::Value v;
    SetTyped(v, f, *raw, a);
    doc.AddMember(rapidjson::Value(f.name.c_str(), a), v, a);
  }
  if (rng.Chance(options.error_rate)) {
    trace->mistake = MakeMistake(doc, rng, &answer->content, &answer->truncated);
  } else {
    answer->content = Pretty(doc);
  }
  return true;
}

}  // namespace stepcache::engine::sim
