// The per-grammar segmenters behind Segment(), and small helpers they share.
// Each appends to *steps (indices assigned by the caller) and never throws.
#ifndef STEPCACHE_GRAMMARS_SRC_SEGMENTERS_H_
#define STEPCACHE_GRAMMARS_SRC_SEGMENTERS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <tao/pegtl.hpp>

#include "stepcache/grammars/segmenter.h"
#include "stepcache/grammars/step.h"

namespace stepcache::grammars::internal {

// A PEGTL input over a slice of bytes. Lazy tracking and a plain `const char*`
// source keep construction free of allocation, so one can be made per line.
using SliceInput = tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy,
                                            tao::pegtl::eol::lf_crlf, const char*>;

inline SliceInput MakeInput(std::string_view text) {
  return SliceInput(text.data(), text.data() + text.size(), "");
}

// `json` may be null (the value is parsed into a scratch document).
bool SegmentJson(std::string_view text, const SegmentOptions& options, Steps* steps,
                 SegmentError* error, SegmentedJson* json);
void SegmentEquations(std::string_view text, Steps* steps);
void SegmentMarkdown(std::string_view text, Steps* steps);
void SegmentLines(std::string_view text, Steps* steps);

// Calls visit(begin, end) for each line of `text`: the end excludes the "\n"
// and one trailing "\r". The last line need not end in a newline.
template <typename Visit>
void ForEachLine(std::string_view text, Visit&& visit) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t newline = text.find('\n', begin);
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end > begin && text[end - 1] == '\r') --end;
    visit(begin, end);
    begin = next;
  }
}

// True when the bytes hold only spaces and tabs (or nothing).
inline bool IsBlank(std::string_view bytes) {
  return bytes.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// Appends a step whose text is text[begin, end).
inline Step& AddStep(std::string_view text, StepKind kind, std::size_t begin, std::size_t end,
                     Steps* steps) {
  Step& step = steps->emplace_back();  // built in place: no Step moved
  step.index = steps->size() - 1;
  step.kind = kind;
  step.begin = begin;
  step.end = end;
  step.text = std::string(text.substr(begin, end - begin));  // built at its size, not grown
  return step;
}

}  // namespace stepcache::grammars::internal

#endif  // STEPCACHE_GRAMMARS_SRC_SEGMENTERS_H_
