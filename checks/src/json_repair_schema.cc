// Schema guidance for RepairJson: which subschema applies where, and which
// scalar tokens convert losslessly to the type the schema wants.
//
// Deliberately small: only `type` is coerced towards, and only the keywords
// that say where a subschema applies (properties, additionalProperties,
// items, prefixItems, additionalItems, local $ref) are followed. Anything
// richer (anyOf, patternProperties, remote refs) means "unconstrained" here;
// the full validator in schemas/ judges the result afterwards.
#include <cmath>
#include <cstdlib>
#include <string>

#include <rapidjson/reader.h>

#include "json_repair_internal.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::checks::repair_internal {
namespace {

using rapidjson::Value;

const Value* Member(const Value* node, const char* name) {
  if (!node || !node->IsObject()) return nullptr;
  auto it = node->FindMember(name);
  return it == node->MemberEnd() ? nullptr : &it->value;
}

enum TypeBit : unsigned {
  kString = 1, kNumber = 2, kInteger = 4, kBoolean = 8, kNull = 16, kOther = 32,
};

unsigned TypeBitOf(std::string_view name) {
  if (name == "string") return kString;
  if (name == "number") return kNumber;
  if (name == "integer") return kInteger;
  if (name == "boolean") return kBoolean;
  if (name == "null") return kNull;
  return kOther;
}

// 0 when the schema says nothing about the type.
unsigned WantedTypes(const Value* schema) {
  const Value* type = Member(schema, "type");
  if (!type) return 0;
  unsigned bits = 0;
  if (type->IsString()) {
    bits = TypeBitOf(std::string_view(type->GetString(), type->GetStringLength()));
  } else if (type->IsArray()) {
    for (const auto& t : type->GetArray()) {
      if (t.IsString()) bits |= TypeBitOf(std::string_view(t.GetString(), t.GetStringLength()));
    }
  }
  return bits;
}

// Strict JSON number grammar; *integral when there is no fraction or exponent.
bool IsJsonNumber(std::string_view s, bool* integral) {
  std::size_t i = 0;
  auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && s[i] == '-') ++i;
  if (!digit(i)) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  *integral = true;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    *integral = false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    *integral = false;
  }
  return i == s.size();
}

// True when RapidJSON (hence ParseJson) accepts `number` and it is finite.
bool RapidJsonAccepts(const std::string& number) {
  rapidjson::Reader reader;
  rapidjson::BaseReaderHandler<> ignore;
  rapidjson::StringStream stream(number.c_str());
  return !reader.Parse(stream, ignore).IsError();
}

bool IsIntegralValue(std::string_view number) {
  const std::string s(number);
  const double d = std::strtod(s.c_str(), nullptr);
  return std::isfinite(d) && d == std::floor(d);
}

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return r;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' ||
                        s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

void AppendUtf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

unsigned Hex4(std::string_view s, std::size_t at) {
  unsigned v = 0;
  for (std::size_t k = at; k < at + 4 && k < s.size(); ++k) {
    const char c = s[k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
  }
  return v;
}

}  // namespace

std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;        // overlong
    else if (c == 0xED) hi = 0x9F;   // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;        // overlong
    else if (c == 0xF4) hi = 0x8F;   // > U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

std::string DecodeJsonString(std::string_view token) {
  std::string out;
  if (token.size() < 2) return out;
  const std::string_view s = token.substr(1, token.size() - 2);
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        unsigned cp = Hex4(s, i + 1);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() &&
            s.compare(i + 1, 2, "\\u") == 0) {
          const unsigned low = Hex4(s, i + 3);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        AppendUtf8(cp, &out);
        break;
      }
      default: out += e;  // \" \\ \/
    }
  }
  return out;
}

const Value* ResolveSchema(const Value& root, const Value* node) {
  for (int hops = 0; node && hops < 32; ++hops) {
    const Value* ref = Member(node, "$ref");
    if (!ref || !ref->IsString()) return node;
    const std::string_view r(ref->GetString(), ref->GetStringLength());
    if (r.empty() || r[0] != '#') return node;  // remote: not followed
    node = r.size() == 1 ? &root : ResolvePointer(root, r.substr(1));
  }
  return node;
}

const Value* MemberSchema(const Value& root, const Value* object_schema, std::string_view key,
                          bool* forbidden) {
  *forbidden = false;
  if (!object_schema || !object_schema->IsObject()) return nullptr;
  if (const Value* props = Member(object_schema, "properties"); props && props->IsObject()) {
    auto it = props->FindMember(
        Value(rapidjson::StringRef(key.data(), static_cast<rapidjson::SizeType>(key.size()))));
    if (it != props->MemberEnd()) return &it->value;
  }
  if (Member(object_schema, "patternProperties")) return nullptr;  // patterns not evaluated here
  const Value* additional = Member(object_schema, "additionalProperties");
  if (!additional) return nullptr;
  if (additional->IsBool()) {
    *forbidden = !additional->GetBool();
    return nullptr;
  }
  return additional;
}

const Value* ItemSchema(const Value& root, const Value* array_schema, std::size_t index) {
  if (!array_schema || !array_schema->IsObject()) return nullptr;
  const Value* items = Member(array_schema, "items");
  if (const Value* prefix = Member(array_schema, "prefixItems"); prefix && prefix->IsArray()) {
    if (index < prefix->Size()) return &(*prefix)[static_cast<rapidjson::SizeType>(index)];
    return items && items->IsObject() ? items : nullptr;
  }
  if (items && items->IsArray()) {  // draft 4–2019-09 tuple form
    if (index < items->Size()) return &(*items)[static_cast<rapidjson::SizeType>(index)];
    const Value* additional = Member(array_schema, "additionalItems");
    return additional && additional->IsObject() ? additional : nullptr;
  }
  return items && items->IsObject() ? items : nullptr;
}

bool CoerceScalar(const Value* schema, TokenType type, std::string_view token,
                  std::string* replacement) {
  const unsigned want = WantedTypes(schema);
  if (want == 0) return false;
  bool integral = false;
  switch (type) {
    case TokenType::kString: {
      if (want & kString) return false;
      const std::string content = DecodeJsonString(token);
      const std::string_view trimmed = TrimAscii(content);
      if ((want & (kNumber | kInteger)) && IsJsonNumber(trimmed, &integral) &&
          RapidJsonAccepts(std::string(trimmed)) &&
          ((want & kNumber) || (integral || IsIntegralValue(trimmed)))) {
        *replacement = std::string(trimmed);
        return true;
      }
      const std::string lower = AsciiLower(trimmed);
      if ((want & kBoolean) && (lower == "true" || lower == "false")) {
        *replacement = lower;
        return true;
      }
      if ((want & kNull) && lower == "null") {
        *replacement = "null";
        return true;
      }
      return false;
    }
    case TokenType::kNumber:
      if (want & kNumber) return false;
      if ((want & kInteger) && (IsJsonNumber(token, &integral) && (integral || IsIntegralValue(token)))) {
        return false;
      }
      if (want & kString) {
        *replacement = "\"" + std::string(token) + "\"";
        return true;
      }
      return false;
    case TokenType::kTrue:
    case TokenType::kFalse:
      if (want & kBoolean) return false;
      if (want & kString) {
        *replacement = type == TokenType::kTrue ? "\"true\"" : "\"false\"";
        return true;
      }
      return false;
    case TokenType::kNull:
      return false;
  }
  return false;
}

}  // namespace stepcache::checks::repair_internal
