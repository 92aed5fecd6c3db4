// kMarkdown: headings, list items (with their indented continuation lines),
// paragraphs and fenced code blocks. Lines are classified with the PEGTL
// rules in markdown_grammar.h, then grouped into blocks in one forward pass.
#include <vector>

#include "markdown_grammar.h"
#include "segmenters.h"

namespace stepcache::grammars::internal {
namespace {

namespace pegtl = tao::pegtl;
namespace mg = markdown_grammar;

struct Line {
  std::size_t begin;
  std::size_t end;
};

template <typename Rule>
bool LineStartsWith(std::string_view line) {
  SliceInput in = MakeInput(line);
  return pegtl::parse<Rule>(in);
}

struct Fence {
  char mark = 0;          // '`' or '~'
  std::size_t count = 0;  // length of the run
};

std::optional<Fence> FenceAt(std::string_view line) {
  SliceInput in = MakeInput(line);
  if (!pegtl::parse<mg::fence_start>(in)) return std::nullopt;
  const std::size_t run_end = static_cast<std::size_t>(in.current() - line.data());
  const char mark = line[run_end - 1];
  std::size_t run_begin = run_end;
  while (run_begin > 0 && line[run_begin - 1] == mark) --run_begin;
  return Fence{mark, run_end - run_begin};
}

// A closing fence: the same mark, at least as long, nothing after it.
bool Closes(const Fence& open, std::string_view line) {
  std::optional<Fence> fence = FenceAt(line);
  if (!fence || fence->mark != open.mark || fence->count < open.count) return false;
  const std::size_t after = line.find_first_not_of(" ") + fence->count;
  return IsBlank(line.substr(after));
}

class MarkdownBlocks {
 public:
  MarkdownBlocks(std::string_view text, Steps* steps) : text_(text), steps_(steps) {
    ForEachLine(text, [&](std::size_t b, std::size_t e) { lines_.push_back({b, e}); });
  }

  void Run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (Blank(i)) {
        ++i;
      } else if (FenceAt(View(i))) {
        i = CodeBlock(i);
      } else if (LineStartsWith<mg::atx_heading>(View(i))) {
        Emit(StepKind::kHeading, i, i);
        ++i;
      } else if (LineStartsWith<mg::list_item_start>(View(i))) {
        i = ListItem(i);
      } else {
        i = Paragraph(i);
      }
    }
  }

 private:
  std::string_view View(std::size_t i) const {
    return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin);
  }
  bool Blank(std::size_t i) const { return IsBlank(View(i)); }
  bool Indented(std::size_t i) const { return LineStartsWith<mg::continuation_indent>(View(i)); }
  void Emit(StepKind kind, std::size_t first, std::size_t last) {
    AddStep(text_, kind, lines_[first].begin, lines_[last].end, steps_);
  }

  // Index of the line that closes the fence opened at `open`, or the last
  // line: an unterminated fence runs to the end of the text.
  std::size_t FenceEnd(std::size_t open) const {
    const Fence fence = *FenceAt(View(open));
    for (std::size_t j = open + 1; j < lines_.size(); ++j) {
      if (Closes(fence, View(j))) return j;
    }
    return lines_.size() - 1;
  }

  std::size_t CodeBlock(std::size_t open) {
    const std::size_t close = FenceEnd(open);
    Emit(StepKind::kCodeBlock, open, close);
    return close + 1;
  }

  // An item runs over indented lines that start no other item, across blank
  // lines when indented text follows them; a fence inside the item is
  // swallowed whole so its contents cannot end the item.
  std::size_t ListItem(std::size_t first) {
    std::size_t last = first;
    std::size_t j = first + 1;
    while (j < lines_.size()) {
      std::size_t k = j;
      while (k < lines_.size() && Blank(k)) ++k;
      if (k == lines_.size() || !Indented(k) || LineStartsWith<mg::list_item_start>(View(k))) break;
      last = FenceAt(View(k)) ? FenceEnd(k) : k;
      j = last + 1;
    }
    Emit(StepKind::kListItem, first, last);
    return last + 1;
  }

  std::size_t Paragraph(std::size_t first) {
    std::size_t j = first + 1;
    while (j < lines_.size() && !Blank(j) && !FenceAt(View(j)) &&
           !LineStartsWith<mg::atx_heading>(View(j)) &&
           !LineStartsWith<mg::list_item_start>(View(j))) {
      ++j;
    }
    Emit(StepKind::kParagraph, first, j - 1);
    return j;
  }

  std::string_view text_;
  Steps* steps_;
  std::vector<Line> lines_;
};

}  // namespace

void SegmentMarkdown(std::string_view text, Steps* steps) { MarkdownBlocks(text, steps).Run(); }

}  // namespace stepcache::grammars::internal
