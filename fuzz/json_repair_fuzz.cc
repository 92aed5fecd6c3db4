// Property fuzzer for stepcache::checks::RepairJson.
//
// For every input: RepairJson either succeeds with output that ParseJson
// accepts and a log whose offsets lie inside the input, or fails cleanly with
// a message. When the input is already valid JSON the output has the same
// value and an empty log; with a schema that coerces nothing (`{}`) the
// scanner itself runs and must return valid input byte for byte. A coercing
// schema must still give valid JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string_view>

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
    if (valid && (output != input || result.changed() || result.json != text)) std::abort();
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
