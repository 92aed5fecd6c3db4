// Segment(): size limit, dispatch to the grammar, step numbering; the names
// of grammars and step kinds; the kLines segmenter.
#include "stepcache/grammars/segmenter.h"

#include "segmenters.h"

namespace stepcache::grammars {

std::optional<Grammar> GrammarFromName(std::string_view name) {
  if (name == "json") return Grammar::kJson;
  if (name == "equations") return Grammar::kEquations;
  if (name == "markdown") return Grammar::kMarkdown;
  if (name == "lines") return Grammar::kLines;
  return std::nullopt;
}

std::string_view GrammarName(Grammar grammar) {
  switch (grammar) {
    case Grammar::kJson: return "json";
    case Grammar::kEquations: return "equations";
    case Grammar::kMarkdown: return "markdown";
    case Grammar::kLines: return "lines";
  }
  return "unknown";
}

std::string_view StepKindName(StepKind kind) {
  switch (kind) {
    case StepKind::kMember: return "member";
    case StepKind::kElement: return "element";
    case StepKind::kEquation: return "equation";
    case StepKind::kLine: return "line";
    case StepKind::kHeading: return "heading";
    case StepKind::kListItem: return "list_item";
    case StepKind::kParagraph: return "paragraph";
    case StepKind::kCodeBlock: return "code_block";
  }
  return "unknown";
}

namespace internal {

void SegmentLines(std::string_view text, Steps* steps) {
  ForEachLine(text, [&](std::size_t begin, std::size_t end) {
    if (!IsBlank(text.substr(begin, end - begin))) AddStep(text, StepKind::kLine, begin, end, steps);
  });
}

}  // namespace internal

bool Segment(std::string_view text, Grammar grammar, Steps* steps, SegmentError* error,
             const SegmentOptions& options) {
  return Segment(text, grammar, steps, error, options, nullptr);
}

bool Segment(std::string_view text, Grammar grammar, Steps* steps, SegmentError* error,
             const SegmentOptions& options, SegmentedJson* json) {
  steps->clear();
  if (json != nullptr && json->document != nullptr) json->document->SetNull();
  if (text.size() > options.max_bytes) {
    if (error) {
      *error = {"input of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                    std::to_string(options.max_bytes),
                options.max_bytes};
    }
    return false;
  }
  switch (grammar) {
    case Grammar::kJson:
      if (!internal::SegmentJson(text, options, steps, error, json)) {
        steps->clear();
        if (json != nullptr && json->document != nullptr) json->document->SetNull();
        return false;
      }
      return true;
    case Grammar::kEquations: internal::SegmentEquations(text, steps); return true;
    case Grammar::kMarkdown: internal::SegmentMarkdown(text, steps); return true;
    case Grammar::kLines: internal::SegmentLines(text, steps); return true;
  }
  if (error) *error = {"unknown grammar", 0};
  return false;
}

}  // namespace stepcache::grammars
