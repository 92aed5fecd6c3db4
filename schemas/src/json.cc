#include "stepcache/schemas/json.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache {

std::string JsonError::ToString() const {
  return message + " at byte " + std::to_string(offset);
}

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a "\uXXXX" escape starting at text[i] ('\\'), or -1.
int EscapedUnit(std::string_view text, std::size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(text[k]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

bool Fail(JsonError* error, std::string message, std::size_t offset) {
  if (error) {
    error->message = std::move(message);
    error->offset = offset;
  }
  return false;
}

// One pass before RapidJSON: finds nesting deeper than `max_depth` (so a
// hostile document never reaches a recursive walk) and "\u" escapes that
// would decode to a lone surrogate, which RapidJSON lets through as bytes
// that are not UTF-8.
bool PreScan(std::string_view text, std::size_t max_depth, JsonError* error) {
  // RapidJSON skips a byte-order mark byte by byte, so a lone 0xEF, 0xBB or
  // 0xBF would vanish; only the whole mark may stand first.
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (!bom && !text.empty() && (text[0] == '\xEF' || text[0] == '\xBB' || text[0] == '\xBF')) {
    return Fail(error, "invalid byte before the value", 0);
  }
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // RapidJSON reads a NUL as the end of input and would accept "1\0junk".
    if (c == '\0') return Fail(error, "NUL byte in JSON text", i);
    if (in_string) {
      if (c == '"') {
        in_string = false;
      } else if (c == '\\') {
        const int unit = EscapedUnit(text, i);
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          return Fail(error, "lone low surrogate escape in string", i);
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          const int low = EscapedUnit(text, i + 6);
          if (low < 0xDC00 || low > 0xDFFF) {
            return Fail(error, "high surrogate escape not followed by a low surrogate", i);
          }
          i += 11;  // both escapes
        } else {
          ++i;  // the escaped character (the rest of \uXXXX is plain hex)
        }
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return Fail(error, "nesting deeper than the limit of " + std::to_string(max_depth), i);
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

}  // namespace

bool ParseJson(std::string_view text, rapidjson::Document& doc, JsonError* error,
               const JsonLimits& limits) {
  doc.SetNull();
  if (text.size() > limits.max_bytes) {
    if (error) {
      error->message = "document of " + std::to_string(text.size()) +
                       " bytes exceeds the limit of " + std::to_string(limits.max_bytes);
      error->offset = limits.max_bytes;
    }
    return false;
  }
  if (!PreScan(text, limits.max_depth, error)) return false;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
  doc.Parse<kFlags>(text.data(), text.size());
  if (doc.HasParseError()) {
    if (error) {
      error->message = rapidjson::GetParseError_En(doc.GetParseError());
      // RapidJSON's English messages end with a period; ours are embedded.
      if (!error->message.empty() && error->message.back() == '.') error->message.pop_back();
      error->offset = doc.GetErrorOffset();
    }
    doc.SetNull();
    return false;
  }
  return true;
}

std::size_t JsonDepth(const rapidjson::Value& value) {
  std::size_t max_depth = 0;
  std::vector<std::pair<const rapidjson::Value*, std::size_t>> stack{{&value, 0}};
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& e : v->GetArray()) stack.emplace_back(&e, d + 1);
    } else if (v->IsObject()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& m : v->GetObject()) stack.emplace_back(&m.value, d + 1);
    }
  }
  return max_depth;
}

std::string JsonToString(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool ReadFile(const std::string& path, std::string* contents, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot open file";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    if (error) *error = path + ": read error";
    return false;
  }
  *contents = std::move(ss).str();
  return true;
}

}  // namespace stepcache
