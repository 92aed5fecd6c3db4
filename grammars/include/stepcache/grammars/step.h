// A step: one contiguous piece of a model output that StepCache verifies,
// reuses or regenerates on its own.
#ifndef STEPCACHE_GRAMMARS_STEP_H_
#define STEPCACHE_GRAMMARS_STEP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stepcache::grammars {

enum class StepKind {
  kMember,     // a JSON object member ("key": value), pointer "/key"
  kElement,    // a JSON array element, pointer "/0"
  kEquation,   // a line holding an equation (equation text in `equation`)
  kLine,       // any other non-empty line
  kHeading,    // markdown heading
  kListItem,   // markdown list item (may span several lines)
  kParagraph,  // markdown paragraph
  kCodeBlock,  // fenced code block, fences included
};

std::string_view StepKindName(StepKind kind);  // "member", "element", "equation", ...

struct Step {
  std::size_t index = 0;   // 0-based position in the output
  StepKind kind = StepKind::kLine;
  std::size_t begin = 0;   // byte offsets into the segmented text: text == input.substr(begin, end - begin)
  std::size_t end = 0;
  std::string text;
  std::string pointer;     // JSON Pointer for kMember / kElement, else empty
  std::string equation;    // for kEquation: the equation itself, labels and prose stripped
};

using Steps = std::vector<Step>;

}  // namespace stepcache::grammars

#endif  // STEPCACHE_GRAMMARS_STEP_H_
