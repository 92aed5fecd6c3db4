// What of a JSON Schema the checks do not read (schema_unread.h).
#include "schema_unread.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/schemas/json_pointer.h"
#include "schema_nodes.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// Keywords whose values constrain or name values, never describe them in
// words (a pattern, a bound, a list of member names, an example value).
bool Constraint(std::string_view k) {
  static const vocab::WordSet kWords = {
      "type", "required", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
      "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minContains",
      "maxContains", "minProperties", "maxProperties", "$schema", "$id", "$anchor", "$dynamicAnchor",
      "$vocabulary", "readOnly", "writeOnly", "deprecated", "nullable", "default", "examples",
      "contentEncoding", "contentMediaType", "dependentRequired"};
  return kWords.Has(k);
}

// Keywords whose value is a schema, or an array or object of schemas.
bool Subschemas(std::string_view k) {
  static const vocab::WordSet kWords = {
      "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "items", "prefixItems", "additionalItems",
      "unevaluatedItems", "contains", "additionalProperties", "unevaluatedProperties", "propertyNames",
      "patternProperties", "dependentSchemas", "dependencies", "properties", "contentSchema"};
  return kWords.Has(k);
}

bool StandardFormat(std::string_view f) {
  static const vocab::WordSet kFormats = {
      "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
      "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template", "json-pointer",
      "relative-json-pointer", "regex"};
  return kFormats.Has(f);
}

bool HoldsString(const rapidjson::Value& v) {
  if (v.IsString()) return true;
  if (v.IsArray()) {
    for (const auto& x : v.GetArray()) {
      if (HoldsString(x)) return true;
    }
  }
  if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      if (HoldsString(m.value)) return true;
    }
  }
  return false;
}

// The words of a name written in snake, kebab or camel case, lowercase
// ("AgeInMonths", "age_in_months": age, in, months).
std::vector<std::string> NameWords(std::string_view name) {
  std::string spaced;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (i > 0 && c >= 'A' && c <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') spaced += ' ';
    spaced += c;
  }
  return LabelWords(spaced);
}

class Reader {
 public:
  explicit Reader(const rapidjson::Value& root) : root_(root) {}

  std::string Root() {
    if (!root_.IsObject()) return {};
    for (const auto& m : root_.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      const std::string at = AppendPointer("", name);
      if (name == "description" || name == "title" || name == "$defs" || name == "definitions") continue;
      if (name == "properties" && m.value.IsObject()) {
        for (const auto& p : m.value.GetObject()) {
          const std::string_view key(p.name.GetString(), p.name.GetStringLength());
          std::string found = Member(p.value, key, AppendPointer(at, key));
          if (!found.empty()) return found;
        }
        continue;
      }
      std::string found = Keyword(m.value, name, at);
      if (!found.empty()) return found;
    }
    return {};
  }

 private:
  // A top-level member's schema: its description and title are read, and
  // those of the target of its local "$ref".
  std::string Member(const rapidjson::Value& node, std::string_view key, const std::string& at) {
    if (!node.IsObject()) return {};
    const rapidjson::Value* target = LocalRef(&root_, &node);
    for (const auto& m : node.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (name == "description" || name == "title") continue;
      if (name == "$ref") {
        if (target == nullptr) return AppendPointer(at, name);
        if (RefSaysMore(node, *target, key)) return AppendPointer(at, name);
        if (!Enter(target)) continue;
        for (const auto& t : target->GetObject()) {
          const std::string_view tn(t.name.GetString(), t.name.GetStringLength());
          if (tn == "description" || tn == "title") continue;
          std::string found = Keyword(t.value, tn, AppendPointer(AppendPointer(at, name), tn));
          if (!found.empty()) return found;
        }
        continue;
      }
      std::string found = Keyword(m.value, name, AppendPointer(at, name));
      if (!found.empty()) return found;
    }
    return {};
  }

  // A keyword anywhere but the read places: `value` is its value.
  std::string Keyword(const rapidjson::Value& value, std::string_view name, const std::string& at) {
    if (Constraint(name)) return {};
    if (name == "format") return value.IsString() && StandardFormat(value.GetString()) ? std::string() : at;
    if (name == "description" || name == "title" || name == "$comment") return at;
    if (name == "$ref") {
      const rapidjson::Value* target =
          value.IsString() ? LocalRefTarget(&root_, {value.GetString(), value.GetStringLength()}) : nullptr;
      if (target == nullptr) return at;
      return Enter(target) ? Schema(*target, at) : std::string();
    }
    if (Subschemas(name)) {
      if (value.IsBool()) return {};
      if (value.IsArray()) {
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
          std::string found = Schema(value[i], AppendPointer(at, static_cast<std::size_t>(i)));
          if (!found.empty()) return found;
        }
        return {};
      }
      if (value.IsObject() && (name == "properties" || name == "patternProperties" || name == "dependentSchemas" ||
                               name == "dependencies")) {
        for (const auto& p : value.GetObject()) {
          const std::string_view key(p.name.GetString(), p.name.GetStringLength());
          // (A nested member's name is a name; its schema's text is unread.)
          if (p.value.IsArray()) continue;  // "dependencies": member names
          std::string found = Schema(p.value, AppendPointer(at, key));
          if (!found.empty()) return found;
        }
        return {};
      }
      return Schema(value, at);
    }
    // An annotation of any other name ("x-unit", "unit", "x-description"):
    // words no check reads, when it holds any.
    return HoldsString(value) ? at : std::string();
  }

  std::string Schema(const rapidjson::Value& node, const std::string& at) {
    if (!node.IsObject()) return {};
    for (const auto& m : node.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      std::string found = Keyword(m.value, name, AppendPointer(at, name));
      if (!found.empty()) return found;
    }
    return {};
  }

  // Whether the name of the "$ref" target says a word of meaning that the
  // member's name and descriptions do not ("#/$defs/age_in_months").
  bool RefSaysMore(const rapidjson::Value& node, const rapidjson::Value& target, std::string_view key) {
    const auto ref = node.FindMember("$ref");
    if (ref == node.MemberEnd() || !ref->value.IsString()) return false;
    const std::string_view path(ref->value.GetString(), ref->value.GetStringLength());
    const std::string_view last = path.substr(path.rfind('/') + 1);
    std::set<std::string> said;
    for (std::string_view text : {key, Description(&node), Title(&node), Description(&target), Title(&target)}) {
      for (const std::string& w : NameWords(text)) said.insert(vocab::Singular(w));
    }
    static const vocab::WordSet kTypeWords = {"string", "str", "number", "num", "integer", "int", "float",
                                              "double", "decimal", "bool", "boolean", "text", "value", "type",
                                              "def", "schema", "nullable", "optional", "null", "field"};
    for (const std::string& w : NameWords(last)) {
      if (IsFillerWord(w) || kTypeWords.Has(w) || said.count(vocab::Singular(w)) != 0) continue;
      return true;
    }
    return false;
  }

  // Whether `target` is entered for the first time (a "$ref" cycle ends).
  bool Enter(const rapidjson::Value* target) { return entered_.insert(target).second; }

  const rapidjson::Value& root_;
  std::set<const rapidjson::Value*> entered_;
};

}  // namespace

std::string UnreadSchemaText(const rapidjson::Value& schema) { return Reader(schema).Root(); }

}  // namespace stepcache::checks::internal
