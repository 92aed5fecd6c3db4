// Property fuzzer for stepcache::checks::RepairJson.
//
// For every input: RepairJson either succeeds with output that ParseJson
// accepts and a log whose offsets lie inside the input, or fails cleanly with
// a message. Every number in the output is spelled in the input (its integer,
// fraction and exponent digits all occur there: no invented digits), and
// every uncertain pointer names a value in the output. When the input is
// already valid JSON the output is the same bytes (compared as text: RapidJSON's
// `==` is false for `{"c":7,"c":""}` against itself) with an empty log; with
// a schema that coerces nothing (`{}`) the scanner itself runs and must
// return valid input byte for byte. A coercing schema must still give valid
// JSON with no invented digits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <set>
#include <string_view>
#include <vector>

#include <rapidjson/pointer.h>

#include "stepcache/checks/json_repair.h"
#include "stepcache/schemas/json.h"

namespace {

using stepcache::JsonLimits;
using stepcache::ParseJson;
using stepcache::checks::RepairError;
using stepcache::checks::RepairJson;
using stepcache::checks::RepairOptions;
using stepcache::checks::RepairResult;

constexpr std::size_t kMaxDepth = 200;

const rapidjson::Document& Schema(const char* text) {
  auto* doc = new rapidjson::Document;  // lives for the whole run
  doc->Parse(text);
  if (doc->HasParseError()) std::abort();
  return *doc;
}

// Strips leading zeros ("007" -> "7", "0" -> "").
std::string_view Significant(std::string_view digits) {
  while (!digits.empty() && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

// Aborts when a number token in `json` (outside strings) has an integer,
// fraction or exponent part whose digits do not occur in `input`.
void CheckNumbersSpelledIn(std::string_view json, std::string_view input) {
  auto digits_at = [&](std::size_t& k) {
    const std::size_t from = k;
    while (k < json.size() && json[k] >= '0' && json[k] <= '9') ++k;
    return json.substr(from, k - from);
  };
  auto require = [&](std::string_view d) {
    d = Significant(d);
    if (!d.empty() && input.find(d) == std::string_view::npos) std::abort();
  };
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (c == '"') {
      for (++i; i < json.size() && json[i] != '"'; i += json[i] == '\\' ? 2 : 1) {
      }
      ++i;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      if (c == '-') ++i;
      require(digits_at(i));
      if (i < json.size() && json[i] == '.') require(digits_at(++i));
      if (i < json.size() && (json[i] == 'e' || json[i] == 'E')) {
        ++i;
        if (i < json.size() && (json[i] == '+' || json[i] == '-')) ++i;
        require(digits_at(i));
      }
    } else {
      ++i;
    }
  }
}

// Whether some object in `root` repeats a key (a pointer then names the
// first such member, while the repair's pointer may mean a later one).
bool HasRepeatedKeys(const rapidjson::Value& root) {
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      for (const auto& e : v->GetArray()) stack.push_back(&e);
    } else if (v->IsObject()) {
      std::set<std::string_view> keys;
      for (const auto& m : v->GetObject()) {
        if (!keys.insert({m.name.GetString(), m.name.GetStringLength()}).second) return true;
        stack.push_back(&m.value);
      }
    }
  }
  return false;
}

// Checks one repair; returns the output parsed into *doc (null on failure).
bool Check(std::string_view text, const RepairOptions& options, RepairResult* result,
           rapidjson::Document* doc) {
  RepairError error;
  if (!RepairJson(text, result, &error, options)) {
    if (error.message.empty() || !result->json.empty() || !result->log.empty()) std::abort();
    return false;
  }
  JsonLimits limits;
  limits.max_bytes = std::numeric_limits<std::size_t>::max();
  limits.max_depth = kMaxDepth;
  if (!ParseJson(result->json, *doc, nullptr, limits)) std::abort();
  for (const auto& fix : result->log) {
    if (fix.offset > text.size()) std::abort();
    if (!fix.uncertain && !fix.pointer.empty()) std::abort();
  }
  if (result->uncertain_pointers.empty() != !result->uncertain()) std::abort();
  CheckNumbersSpelledIn(result->json, text);
  if (!options.schema && !HasRepeatedKeys(*doc)) {  // a schema may drop the member a guess touched
    for (const std::string& p : result->uncertain_pointers) {
      if (!rapidjson::Pointer(p.data(), p.size()).Get(*doc)) std::abort();
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rapidjson::Document& kEmpty = Schema("{}");
  static const rapidjson::Document& kCoercing = Schema(R"({
    "type": "object", "additionalProperties": false,
    "properties": {
      "a": {"type": "integer"}, "b": {"type": "string"}, "c": {"$ref": "#/$defs/flags"},
      "d": {"type": ["number", "null"]}, "e": {"prefixItems": [{"type": "string"}]}},
    "$defs": {"flags": {"type": "array", "items": {"type": "boolean"}}}})");

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  RepairOptions options;
  options.max_bytes = 1 << 20;
  options.max_depth = kMaxDepth;
  JsonLimits limits;
  limits.max_bytes = options.max_bytes;
  limits.max_depth = options.max_depth;
  rapidjson::Document input;
  // ParseJson stops at a NUL byte (RapidJSON's end marker) and skips the
  // bytes EF, BB, BF at the start (its BOM check): such text is not counted
  // as valid input.
  const unsigned char first = size ? data[0] : 0;
  const bool valid = first != 0xEF && first != 0xBB && first != 0xBF &&
                     text.find('\0') == std::string_view::npos &&
                     ParseJson(text, input, nullptr, limits);

  RepairResult result;
  rapidjson::Document output;
  if (Check(text, options, &result, &output)) {
    if (valid && (result.json != text || result.changed() || result.uncertain())) std::abort();
  } else if (valid) {
    std::abort();
  }

  options.schema = &kEmpty;
  if (Check(text, options, &result, &output)) {
    if (valid && (result.json != text || result.changed())) std::abort();
  } else if (valid) {
    std::abort();
  }

  options.schema = &kCoercing;
  Check(text, options, &result, &output);
  return 0;
}
