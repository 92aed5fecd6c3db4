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

#include "stepcache/grammars/step.h"

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
bool Segment(std::string_view text, Grammar grammar, Steps* steps,
             SegmentError* error = nullptr, const SegmentOptions& options = {});

}  // namespace stepcache::grammars

#endif  // STEPCACHE_GRAMMARS_SEGMENTER_H_
