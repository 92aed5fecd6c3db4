// Single-step extraction: the one JSON value in a model answer that may wrap
// it in prose, markdown code fences, or both.
#ifndef STEPCACHE_GRAMMARS_JSON_EXTRACT_H_
#define STEPCACHE_GRAMMARS_JSON_EXTRACT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include <rapidjson/document.h>

namespace stepcache {
class JsonNumberTexts;  // schemas/json.h
}

namespace stepcache::grammars {

struct JsonSpan {
  std::size_t begin = 0;  // byte offsets of the value inside the answer
  std::size_t end = 0;
  bool fenced = false;    // found inside a ``` fence
};

// Prefers a fenced block (```json or ```) holding a complete value, then the
// first complete top-level object or array in the text, then the whole text.
// The span is of syntactically complete JSON (strings, nesting balanced and
// valid); nullopt when there is none.
std::optional<JsonSpan> ExtractJson(std::string_view answer);
// The same, and the value found parsed into *parsed (with its allocator;
// every candidate tried is parsed into it, so a caller that wants the value
// pays no second parse). *parsed is null when nothing is found. `texts`
// (when given) receives the texts of its numbers no double holds (ParseJson).
std::optional<JsonSpan> ExtractJson(std::string_view answer, rapidjson::Document* parsed,
                                    JsonNumberTexts* texts = nullptr);

}  // namespace stepcache::grammars

#endif  // STEPCACHE_GRAMMARS_JSON_EXTRACT_H_
