// ExtractJson: fenced blocks first, then the first balanced object or array
// that ParseJson accepts, then the whole trimmed answer.
//
// Linear time: every byte scanned or validated is charged to a budget of a
// few times the answer's length, so hostile inputs (a run of unbalanced
// brackets, thousands of stray '{') end the search instead of making it
// quadratic; such an answer yields nullopt.
#include "stepcache/grammars/json_extract.h"

#include <string>

#include "json_grammar.h"
#include "segmenters.h"
#include "stepcache/schemas/json.h"

namespace stepcache::grammars {
namespace {

namespace pegtl = tao::pegtl;

constexpr std::size_t kMaxCandidates = 256;

class Budget {
 public:
  explicit Budget(std::size_t bytes) : left_(bytes) {}
  // False once the search has used up its allowance.
  bool Spend(std::size_t bytes) {
    if (bytes > left_) {
      left_ = 0;
      return false;
    }
    left_ -= bytes;
    return true;
  }
  bool Exhausted() const { return left_ == 0; }

 private:
  std::size_t left_;
};

bool IsJsonBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Narrows [begin, end) to exclude JSON whitespace at both ends.
void Trim(std::string_view text, std::size_t* begin, std::size_t* end) {
  while (*begin < *end && IsJsonBlank(text[*begin])) ++*begin;
  while (*end > *begin && IsJsonBlank(text[*end - 1])) --*end;
}

// What failed candidates may leave in a caller's document: its pool
// allocator frees nothing until the document goes.
constexpr std::size_t kCallerPoolCap = std::size_t{1} << 20;

// Whether text[begin, end) parses; when it does and `doc` is given, *doc
// holds the value. Candidates are parsed straight into *doc (no second parse
// of the one found) while its allocator holds little; past that, into a
// scratch document, and the one found is parsed again into *doc.
bool IsValidJson(std::string_view text, std::size_t begin, std::size_t end, Budget* budget,
                 rapidjson::Document* doc, JsonNumberTexts* texts) {
  if (begin >= end || !budget->Spend(end - begin)) return false;
  const std::string_view json = text.substr(begin, end - begin);
  if (doc != nullptr && doc->GetAllocator().Size() <= kCallerPoolCap) return ParseJson(json, *doc, nullptr, {}, texts);
  rapidjson::Document scratch;
  if (!ParseJson(json, scratch)) return false;
  return doc == nullptr || ParseJson(json, *doc, nullptr, {}, texts);
}

bool IsInfoChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || c == '+' || c == '.';
}

// Fences pair up in order: ```json ... ``` ... ``` ... ```. An answer cut
// off before its closing fence still counts when what follows is complete.
std::optional<JsonSpan> FromFences(std::string_view answer, Budget* budget, rapidjson::Document* doc,
                                   JsonNumberTexts* texts) {
  std::size_t pos = 0;
  while (true) {
    const std::size_t open = answer.find("```", pos);
    if (open == std::string_view::npos) return std::nullopt;
    std::size_t content = open + 3;
    while (content < answer.size() && answer[content] == '`') ++content;
    while (content < answer.size() && IsInfoChar(answer[content])) ++content;
    std::size_t close = answer.find("```", content);
    if (close == std::string_view::npos) close = answer.size();
    std::size_t begin = content;
    std::size_t end = close;
    Trim(answer, &begin, &end);
    if (IsValidJson(answer, begin, end, budget, doc, texts)) return JsonSpan{begin, end, true};
    if (budget->Exhausted() || close == answer.size()) return std::nullopt;
    pos = close + 3;
    while (pos < answer.size() && answer[pos] == '`') ++pos;
  }
}

// End of the bracketed text that starts at `start` ('{' or '['), counting
// brackets outside strings, or nullopt when they never balance.
std::optional<std::size_t> BalancedEnd(std::string_view answer, std::size_t start, Budget* budget) {
  std::string closers;
  std::size_t i = start;
  std::optional<std::size_t> result;
  while (i < answer.size()) {
    const char c = answer[i];
    if (c == '"') {
      internal::SliceInput in = internal::MakeInput(answer.substr(i));
      if (!pegtl::parse<json_grammar::loose_string>(in)) {
        i = answer.size();
        break;
      }
      i = static_cast<std::size_t>(in.current() - answer.data());
      continue;
    }
    if (c == '{' || c == '[') {
      closers += c == '{' ? '}' : ']';
    } else if (c == '}' || c == ']') {
      if (closers.empty() || closers.back() != c) break;
      closers.pop_back();
      if (closers.empty()) {
        result = i + 1;
        break;
      }
    }
    ++i;
  }
  if (!budget->Spend(i - start)) return std::nullopt;
  return result;
}

}  // namespace

std::optional<JsonSpan> ExtractJson(std::string_view answer) { return ExtractJson(answer, nullptr); }

std::optional<JsonSpan> ExtractJson(std::string_view answer, rapidjson::Document* doc, JsonNumberTexts* texts) {
  if (doc != nullptr) doc->SetNull();
  Budget budget(4 * answer.size() + (std::size_t{64} << 10));
  std::size_t begin = 0;
  std::size_t end = answer.size();
  Trim(answer, &begin, &end);
  // A bare object or array is its own first top-level value; checking it
  // first also keeps a fence quoted inside one of its strings from winning.
  if (begin < end && (answer[begin] == '{' || answer[begin] == '[') &&
      IsValidJson(answer, begin, end, &budget, doc, texts)) {
    return JsonSpan{begin, end, false};
  }
  if (std::optional<JsonSpan> fenced = FromFences(answer, &budget, doc, texts)) return fenced;

  std::size_t candidates = 0;
  for (std::size_t start = answer.find_first_of("{["); start != std::string_view::npos;
       start = answer.find_first_of("{[", start + 1)) {
    if (++candidates > kMaxCandidates || budget.Exhausted()) break;
    std::optional<std::size_t> end = BalancedEnd(answer, start, &budget);
    if (end && IsValidJson(answer, start, *end, &budget, doc, texts)) return JsonSpan{start, *end, false};
  }

  Budget whole(answer.size());  // the last resort always gets its one look
  if (IsValidJson(answer, begin, end, &whole, doc, texts)) return JsonSpan{begin, end, false};
  if (doc != nullptr) doc->SetNull();
  return std::nullopt;
}

}  // namespace stepcache::grammars
