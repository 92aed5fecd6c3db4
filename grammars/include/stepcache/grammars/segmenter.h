// Segmenters cut a text into ordered steps with exact byte spans.
//
// Segment never fails on arbitrary bytes except where stated: `kJson` needs a
// JSON value (possibly wrapped in prose or fences: it segments the value
// ExtractJson finds) and reports an error otherwise. Thread-safe: no state.
#ifndef STEPCACHE_GRAMMARS_SEGMENTER_H_
#define STEPCACHE_GRAMMARS_SEGMENTER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/grammars/step.h"

namespace stepcache {
class JsonNumberTexts;  // schemas/json.h
}

namespace stepcache::grammars {

enum class Grammar { kJson, kEquations, kMarkdown, kLines };

std::optional<Grammar> GrammarFromName(std::string_view name);  // "json", "equations", "markdown", "lines"
std::string_view GrammarName(Grammar grammar);

struct SegmentOptions {
  // kJson: 1 = one step per top-level member/element; n > 1 also splits
  // members whose values are objects/arrays, down to n levels.
  std::size_t json_depth = 1;
  std::size_t max_bytes = std::size_t{64} << 20;
};

struct SegmentError {
  std::string message;
  std::size_t offset = 0;  // byte offset into the input
};

// Returns false with *error when the input cannot be segmented with `grammar`.
// On success *steps holds the steps in text order (previous contents are
// replaced); each step's text is exactly input[begin, end), spans never
// overlap. Inputs over options.max_bytes are refused (error offset =
// max_bytes). Per grammar:
//  - kJson: the whole (trimmed) text when it is JSON, else the value
//    ExtractJson finds; offsets are always into `text`. One step per member
//    ("key": value, without the comma; kMember, pointer "/key" escaped per
//    RFC 6901) or element (kElement, "/0"); members holding non-empty objects
//    or arrays are split into their children while the depth is below
//    json_depth. A scalar or empty container is one kElement step with
//    pointer "". Malformed JSON (or nesting deeper than 1000) is an error
//    with the byte offset ParseJson reports. No recursion per nesting level.
//  - kEquations: one step per non-blank line (newline and trailing "\r"
//    excluded); kEquation with `equation` set when FindEquation (equation.h)
//    finds one, else kLine.
//  - kMarkdown: kHeading (ATX "#"), kListItem ("-", "*", "+", "1.", "1)",
//    with indented continuation lines, also after blank lines; nested items
//    are items of their own), kParagraph (runs of other non-blank lines),
//    kCodeBlock (``` or ~~~ fences included; an unterminated fence runs to
//    the end). Blocks span whole lines.
//  - kLines: one kLine step per non-blank line.
// Linear time in the input for every grammar.
bool Segment(std::string_view text, Grammar grammar, Steps* steps,
             SegmentError* error = nullptr, const SegmentOptions& options = {});

// kJson: the value Segment found and read, handed over so that a caller that
// needs it parsed (the checks do) does not parse the output a second time.
struct SegmentedJson {
  // Filled with the parsed value (allocated with the document's allocator)
  // when Segment succeeds; null otherwise. Required.
  rapidjson::Document* document = nullptr;
  std::size_t begin = 0, end = 0;  // byte span of the value in the text
  // Filled (when given) with the texts of the value's numbers that no
  // double holds (ParseJson), for the checks that compare them digit for digit.
  JsonNumberTexts* number_texts = nullptr;
};

// Segment, and for kJson also the parsed value in *json (other grammars
// leave *json->document null). The steps are the same as Segment's.
bool Segment(std::string_view text, Grammar grammar, Steps* steps, SegmentError* error,
             const SegmentOptions& options, SegmentedJson* json);

}  // namespace stepcache::grammars

#endif  // STEPCACHE_GRAMMARS_SEGMENTER_H_
