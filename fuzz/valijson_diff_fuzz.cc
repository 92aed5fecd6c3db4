// Differential fuzzing: StepCache's compiled Schema against valijson on the
// keywords where valijson 1.0 is known to be right. The fuzz bytes drive a
// small generator that builds a draft-07 schema and an instance; a verdict
// mismatch aborts with both printed.
//
// Not generated: `pattern`/`patternProperties` (std::regex is not ECMA-262
// and cannot take long inputs), `format` (valijson checks three formats and
// throws on non-strings), `$ref`/`$id` (valijson resolves URIs by string
// joining), decimal counts such as "maxItems": 2.0 (valijson rejects them).
// Worked around: integral doubles under an "integer" type (see below) and
// integer multipleOf divisors (written as doubles instead).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"
#include "stepcache/schemas/valijson_validator.h"

namespace {

using Alloc = rapidjson::Document::AllocatorType;

class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t Next() { return pos_ < size_ ? data_[pos_++] : 0; }
  int Pick(int n) { return Next() % n; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

const char* const kKeys[] = {"a", "b", "c", "\xC3\xA9"};
const char* const kStrings[] = {"", "a", "ab", "abc", "aaaa", "\xC3\xA9", "\xF0\x9F\x90\xB2x", "b"};
const char* const kTypes[] = {"null", "boolean", "integer", "number", "string", "array", "object"};

void String(const char* s, rapidjson::Value* out, Alloc& a) { out->SetString(s, a); }

void Number(Bytes& in, rapidjson::Value* out) {
  switch (in.Pick(5)) {
    case 0: out->SetInt(in.Pick(9) - 3); break;
    case 1: out->SetDouble((in.Pick(9) - 3) + 0.5); break;
    case 2: out->SetDouble(in.Pick(5) * 1.0); break;  // integral doubles
    case 3: out->SetInt64(static_cast<std::int64_t>(in.Pick(3)) * 1000000007LL); break;
    default: out->SetUint(in.Pick(4)); break;
  }
}

void Value(Bytes& in, rapidjson::Value* out, Alloc& a, int depth) {
  int kind = in.Pick(depth > 2 ? 5 : 7);
  switch (kind) {
    case 0: out->SetNull(); break;
    case 1: out->SetBool(in.Pick(2) == 1); break;
    case 2:
    case 3: Number(in, out); break;
    case 4: String(kStrings[in.Pick(8)], out, a); break;
    case 5: {
      out->SetArray();
      int n = in.Pick(4);
      for (int i = 0; i < n; ++i) {
        rapidjson::Value v;
        Value(in, &v, a, depth + 1);
        out->PushBack(v, a);
      }
      break;
    }
    default: {
      out->SetObject();
      int n = in.Pick(4);
      for (int i = 0; i < n; ++i) {
        const char* key = kKeys[in.Pick(4)];
        if (out->HasMember(key)) continue;
        rapidjson::Value v;
        Value(in, &v, a, depth + 1);
        out->AddMember(rapidjson::Value(key, a), v, a);
      }
      break;
    }
  }
}

void SchemaValue(Bytes& in, rapidjson::Value* out, Alloc& a, int depth);

void SchemaArray(Bytes& in, rapidjson::Value* out, Alloc& a, int depth, int min) {
  out->SetArray();
  int n = min + in.Pick(3);
  for (int i = 0; i < n; ++i) {
    rapidjson::Value s;
    SchemaValue(in, &s, a, depth + 1);
    out->PushBack(s, a);
  }
}

void Keyword(Bytes& in, rapidjson::Value* schema, Alloc& a, int depth) {
  static const char* const kKeywords[] = {
      "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
      "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
      "uniqueItems", "required", "properties", "additionalProperties", "items", "additionalItems",
      "allOf", "anyOf", "oneOf", "not", "contains", "propertyNames", "dependencies", "if",
      "then", "else", "multipleOf"};
  const char* keyword = kKeywords[in.Pick(sizeof kKeywords / sizeof *kKeywords)];
  if (schema->HasMember(keyword)) return;
  std::string k = keyword;
  rapidjson::Value v;
  if (k == "type") {
    if (in.Pick(2)) {
      String(kTypes[in.Pick(7)], &v, a);
    } else {
      v.SetArray();
      int first = in.Pick(7), second = in.Pick(7);
      v.PushBack(rapidjson::Value(kTypes[first], a), a);
      if (second != first) v.PushBack(rapidjson::Value(kTypes[second], a), a);
    }
  } else if (k == "enum") {
    v.SetArray();
    int n = 1 + in.Pick(3);
    for (int i = 0; i < n; ++i) {
      rapidjson::Value e;
      Value(in, &e, a, 1);
      v.PushBack(e, a);
    }
  } else if (k == "const") {
    Value(in, &v, a, 1);
  } else if (k == "minimum" || k == "maximum" || k == "exclusiveMinimum" || k == "exclusiveMaximum") {
    Number(in, &v);
  } else if (k == "multipleOf") {
    // Always a double: valijson 1.0's integer-divisor multipleOf truncates
    // the instance first, so it calls -0.5 a multiple of 3.
    static const double kSteps[] = {1, 2, 3, 0.5};
    v.SetDouble(kSteps[in.Pick(4)]);
  } else if (k.rfind("min", 0) == 0 || k.rfind("max", 0) == 0) {
    v.SetInt(in.Pick(4));
  } else if (k == "uniqueItems") {
    v.SetBool(in.Pick(2) == 1);
  } else if (k == "required") {
    v.SetArray();
    int first = in.Pick(4), second = in.Pick(4);
    v.PushBack(rapidjson::Value(kKeys[first], a), a);
    if (second != first) v.PushBack(rapidjson::Value(kKeys[second], a), a);
  } else if (k == "properties") {
    v.SetObject();
    int n = 1 + in.Pick(2);
    for (int i = 0; i < n; ++i) {
      const char* key = kKeys[in.Pick(4)];
      if (v.HasMember(key)) continue;
      rapidjson::Value s;
      SchemaValue(in, &s, a, depth + 1);
      v.AddMember(rapidjson::Value(key, a), s, a);
    }
  } else if (k == "items" && in.Pick(3) == 0) {
    SchemaArray(in, &v, a, depth, 1);
  } else if (k == "allOf" || k == "anyOf" || k == "oneOf") {
    SchemaArray(in, &v, a, depth, 1);
  } else if (k == "dependencies") {
    v.SetObject();
    rapidjson::Value dep;
    if (in.Pick(2)) {
      dep.SetArray();
      dep.PushBack(rapidjson::Value(kKeys[in.Pick(4)], a), a);
    } else {
      SchemaValue(in, &dep, a, depth + 1);
    }
    v.AddMember(rapidjson::Value(kKeys[in.Pick(4)], a), dep, a);
  } else {
    SchemaValue(in, &v, a, depth + 1);
  }
  schema->AddMember(rapidjson::Value(keyword, a), v, a);
}

void SchemaValue(Bytes& in, rapidjson::Value* out, Alloc& a, int depth) {
  int shape = in.Pick(8);
  if (depth > 3 || shape == 0) {
    out->SetBool(in.Pick(4) != 0);
    return;
  }
  out->SetObject();
  int n = shape % 3 + (depth == 0 ? 1 : 0);
  for (int i = 0; i < n; ++i) Keyword(in, out, a, depth);
}

void IntegralDoublesToInts(rapidjson::Value* root) {
  std::vector<rapidjson::Value*> stack{root};
  while (!stack.empty()) {
    rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsDouble() && v->GetDouble() == static_cast<double>(static_cast<std::int64_t>(v->GetDouble()))) {
      v->SetInt64(static_cast<std::int64_t>(v->GetDouble()));
    } else if (v->IsObject()) {
      for (auto& m : v->GetObject()) stack.push_back(&m.value);
    } else if (v->IsArray()) {
      for (auto& e : v->GetArray()) stack.push_back(&e);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Bytes in(data, size);
  rapidjson::Document schema;
  SchemaValue(in, &schema, schema.GetAllocator(), 0);
  if (schema.IsObject()) {
    schema.AddMember("$schema", "http://json-schema.org/draft-07/schema#", schema.GetAllocator());
  }
  rapidjson::Document instance;
  Value(in, &instance, instance.GetAllocator(), 0);
  // valijson 1.0 bug: an integral double such as 2.0 is not an "integer" to
  // it (draft 6+ says it is). Such pairs are written as plain integers.
  if (stepcache::JsonToString(schema).find("\"integer\"") != std::string::npos) {
    IntegralDoublesToInts(&instance);
  }

  stepcache::schemas::CompileOptions options;
  options.default_dialect = stepcache::schemas::Dialect::kDraft7;
  stepcache::schemas::CompileError ours_error, theirs_error;
  auto ours = stepcache::schemas::Schema::Compile(schema, options, &ours_error);
  auto theirs = stepcache::schemas::ValijsonValidator::Compile(schema, options, &theirs_error);
  if (!theirs) return 0;  // valijson rejects it: nothing to compare
  if (!ours) {
    std::fprintf(stderr, "stepcache rejects a schema valijson accepts: %s\n  schema: %s\n",
                 ours_error.ToString().c_str(), stepcache::JsonToString(schema).c_str());
    std::abort();
  }
  bool a = ours->IsValid(instance);
  bool b = theirs->IsValid(instance);
  bool full = ours->Validate(instance, {true}).valid;
  if (a != b || a != full) {
    std::fprintf(stderr, "verdicts differ: stepcache %d (all_errors %d), valijson %d\n  schema: %s\n  instance: %s\n",
                 a, full, b, stepcache::JsonToString(schema).c_str(),
                 stepcache::JsonToString(instance).c_str());
    std::abort();
  }
  return 0;
}
