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

// Finds the first place where nesting exceeds `max_depth`, skipping strings.
// Runs before RapidJSON so a hostile document never reaches a recursive walk.
bool CheckDepth(std::string_view text, std::size_t max_depth, JsonError* error) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        if (error) {
          error->message = "nesting deeper than the limit of " + std::to_string(max_depth);
          error->offset = i;
        }
        return false;
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
  if (!CheckDepth(text, limits.max_depth, error)) return false;
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
