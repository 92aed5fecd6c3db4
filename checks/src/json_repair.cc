// RepairJson: the fast path for valid JSON, the tolerant locator that finds
// where a (possibly broken) value starts in a model answer, and the final
// ParseJson check. The repair itself is json_repair_scanner.cc.
#include "stepcache/checks/json_repair.h"

#include <cstdint>
#include <limits>
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_repair_internal.h"
#include "stepcache/schemas/json.h"

namespace stepcache::checks {
namespace {

using repair_internal::Region;

bool IsWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool IsCurlyQuote(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99 ||
          static_cast<unsigned char>(s[i + 2]) == 0x9C || static_cast<unsigned char>(s[i + 2]) == 0x9D);
}

std::size_t SkipWs(std::string_view s, std::size_t i, std::size_t to) {
  while (i < to && IsWs(s[i])) ++i;
  return i;
}

// Whether the `{` or `[` at `k` plausibly starts JSON rather than prose
// ("see [the docs]"): it must be followed by something a value can hold.
bool PlausibleStart(std::string_view s, std::size_t k, std::size_t from, std::size_t to) {
  const std::size_t n = SkipWs(s, k + 1, to);
  // Cut off right after the bracket: a value only when nothing but
  // whitespace came before it (`foo [` is prose).
  if (n >= to) return SkipWs(s, from, k) == k;
  const char c = s[n];
  if (c == '"' || c == '\'' || IsCurlyQuote(s, n)) return true;
  if (s[k] == '{') return c == '}' || c == '_' || c == '$' || (c >= 'a' && c <= 'z') ||
                          (c >= 'A' && c <= 'Z');
  if (c == '{' || c == '[' || c == ']' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
    return true;
  }
  std::size_t e = n;
  while (e < to && IsWordChar(s[e])) ++e;
  const std::string_view word = s.substr(n, e - n);
  for (const char* lit : {"true", "false", "null", "True", "False", "None", "NaN", "Infinity"}) {
    if (word == lit) return true;
  }
  return false;
}

// First plausible `{`/`[` in [from, to), or npos.
std::size_t FindStart(std::string_view s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if ((s[k] == '{' || s[k] == '[') && PlausibleStart(s, k, from, to)) return k;
  }
  return std::string_view::npos;
}

// First "```" that opens a line (only spaces or tabs before it). Valid JSON
// never has one (a line inside a string needs a raw newline), so the
// locator leaves valid input alone.
std::size_t FindFence(std::string_view s) {
  for (std::size_t k = s.find("```"); k != std::string_view::npos; k = s.find("```", k + 3)) {
    std::size_t b = k;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
    if (b == 0 || s[b - 1] == '\n') return k;
  }
  return std::string_view::npos;
}

// Logs a kStripProse for non-whitespace in [from, to); true if there was any.
bool StripProse(std::string_view s, std::size_t from, std::size_t to,
                std::vector<RepairFix>* log) {
  const std::size_t k = SkipWs(s, from, to);
  if (k >= to) return false;
  std::size_t last = to;
  while (IsWs(s[last - 1])) --last;
  log->push_back({RepairKind::kStripProse, k, std::to_string(last - k) + " bytes", false, {}});
  return true;
}

}  // namespace

std::string_view RepairKindName(RepairKind kind) {
  switch (kind) {
    case RepairKind::kStripProse: return "strip_prose";
    case RepairKind::kStripFence: return "strip_fence";
    case RepairKind::kTrailingComma: return "trailing_comma";
    case RepairKind::kExtraComma: return "extra_comma";
    case RepairKind::kMissingComma: return "missing_comma";
    case RepairKind::kMissingColon: return "missing_colon";
    case RepairKind::kSingleQuotes: return "single_quotes";
    case RepairKind::kTypographicQuotes: return "typographic_quotes";
    case RepairKind::kUnescapedQuote: return "unescaped_quote";
    case RepairKind::kUnquotedKey: return "unquoted_key";
    case RepairKind::kUnquotedString: return "unquoted_string";
    case RepairKind::kPythonLiteral: return "python_literal";
    case RepairKind::kNonFiniteNumber: return "non_finite_number";
    case RepairKind::kInvalidNumber: return "invalid_number";
    case RepairKind::kCompleteLiteral: return "complete_literal";
    case RepairKind::kComment: return "comment";
    case RepairKind::kControlCharInString: return "control_char_in_string";
    case RepairKind::kInvalidEscape: return "invalid_escape";
    case RepairKind::kInvalidUtf8: return "invalid_utf8";
    case RepairKind::kCloseString: return "close_string";
    case RepairKind::kCloseContainer: return "close_container";
    case RepairKind::kMismatchedBracket: return "mismatched_bracket";
    case RepairKind::kDropDanglingKey: return "drop_dangling_key";
    case RepairKind::kDropGarbage: return "drop_garbage";
    case RepairKind::kCoerceType: return "coerce_type";
    case RepairKind::kDropForbiddenProperty: return "drop_forbidden_property";
    case RepairKind::kMissingValue: return "missing_value";
    case RepairKind::kUnicodeWhitespace: return "unicode_whitespace";
    case RepairKind::kStringConcatenation: return "string_concatenation";
    case RepairKind::kCodeWrapper: return "code_wrapper";
    case RepairKind::kRegexLiteral: return "regex_literal";
    case RepairKind::kEscapedJson: return "escaped_json";
    case RepairKind::kMultipleValues: return "multiple_values";
    case RepairKind::kReopenObject: return "reopen_object";
  }
  return "unknown";
}

std::string RepairError::ToString() const {
  return message + " at byte " + std::to_string(offset);
}

std::string RepairLogToJsonLines(const std::vector<RepairFix>& log) {
  std::string lines;
  for (const RepairFix& fix : log) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("kind");
    const std::string_view name = RepairKindName(fix.kind);
    writer.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    writer.Key("offset");
    writer.Uint64(fix.offset);
    writer.Key("detail");
    writer.String(fix.detail.data(), static_cast<rapidjson::SizeType>(fix.detail.size()));
    if (fix.uncertain) {
      writer.Key("uncertain");
      writer.Bool(true);
      writer.Key("pointer");
      writer.String(fix.pointer.data(), static_cast<rapidjson::SizeType>(fix.pointer.size()));
    }
    writer.EndObject();
    lines.append(buffer.GetString(), buffer.GetSize());
    lines += '\n';
  }
  return lines;
}

namespace {

// Text that is JSON escaped as if inside a string (`{\"a\": \"b\"}`, what a
// model copies out of a log line) starts with `\"`, or `{`/`[` then `\"`.
bool LooksEscaped(std::string_view text) {
  std::size_t k = SkipWs(text, 0, text.size());
  if (k < text.size() && (text[k] == '{' || text[k] == '[')) k = SkipWs(text, k + 1, text.size());
  return k + 1 < text.size() && text[k] == '\\' && text[k + 1] == '"';
}

// Undoes one level of escaping (`\"` → `"`, `\\` → `\`); map[i] is the
// offset in `text` of unescaped byte i (map[size] = text.size()).
std::string Unescape(std::string_view text, std::vector<std::size_t>* map) {
  std::string plain;
  plain.reserve(text.size());
  map->clear();
  map->reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    map->push_back(i);
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) ++i;
    plain += text[i];
  }
  map->push_back(text.size());
  return plain;
}

bool RepairText(std::string_view text, bool valid, RepairResult* out, RepairError* error,
                const RepairOptions& options);

}  // namespace

bool RepairJson(std::string_view text, RepairResult* out, RepairError* error,
                const RepairOptions& options) {
  out->json.clear();
  out->log.clear();
  out->uncertain_pointers.clear();
  if (text.size() > options.max_bytes) {
    if (error) {
      error->message = "input of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                       std::to_string(options.max_bytes);
      error->offset = options.max_bytes;
    }
    return false;
  }
  JsonLimits limits;
  limits.max_bytes = options.max_bytes;
  limits.max_depth = options.max_depth;
  // RapidJSON stops reading at a NUL byte, so ParseJson accepts "1\0junk",
  // and it skips any of the byte-order-mark bytes EF BB BF one by one at the
  // start, so it accepts "\xBFnull": such text goes through the scanner.
  const unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  bool valid = false;
  if (first != 0xEF && first != 0xBB && first != 0xBF &&
      text.find('\0') == std::string_view::npos) {
    rapidjson::Document doc;
    valid = ParseJson(text, doc, nullptr, limits);
    if (valid && !options.schema) {
      out->json.assign(text.data(), text.size());
      return true;
    }
  }
  bool ok = false;
  if (!valid && LooksEscaped(text)) {
    std::vector<std::size_t> map;
    const std::string plain = Unescape(text, &map);
    ok = RepairText(plain, false, out, error, options);
    if (ok) {
      for (RepairFix& fix : out->log) fix.offset = map[std::min(fix.offset, plain.size())];
      out->log.insert(out->log.begin(), RepairFix{RepairKind::kEscapedJson, 0, {}, false, {}});
    } else if (error) {
      error->offset = map[std::min(error->offset, plain.size())];
    }
  } else {
    ok = RepairText(text, valid, out, error, options);
  }
  if (!ok) {
    out->json.clear();
    out->log.clear();
    return false;
  }
  std::unordered_set<std::string_view> seen;  // views into the log, which no longer changes
  for (const RepairFix& fix : out->log) {
    if (fix.uncertain && seen.insert(fix.pointer).second) {
      out->uncertain_pointers.push_back(fix.pointer);
    }
  }
  return true;
}

namespace {

bool RepairText(std::string_view text, bool valid, RepairResult* out, RepairError* error,
                const RepairOptions& options) {
  auto fail = [&](std::string message, std::size_t offset) {
    if (error) {
      error->message = std::move(message);
      error->offset = offset;
    }
    return false;
  };

  // Locate the value: in the first ``` fence when it holds a plausible
  // `{`/`[` (models put the answer there; prose around it may hold braces),
  // else at the first plausible `{`/`[` anywhere, else a scalar in the fence,
  // else a scalar at the first non-space byte. Valid JSON (here only for
  // schema coercion) is the whole text: its strings may hold anything.
  constexpr std::size_t npos = std::string_view::npos;
  Region region;
  region.end = text.size();
  std::size_t from = 0;  // past a byte order mark
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    out->log.push_back({RepairKind::kStripProse, 0, "byte order mark", false, {}});
    from = 3;
  }
  const std::size_t fence = valid ? npos : FindFence(text);
  std::size_t content = npos, fence_close = npos, fence_end = text.size(), start = npos;
  bool fenced = false;
  if (fence != npos) {
    content = fence + 3;
    while (content < text.size() && (IsWordChar(text[content]) || text[content] == '-' ||
                                     text[content] == '+')) {
      ++content;  // the language tag
    }
    fence_close = text.find("```", content);
    fence_end = fence_close == npos ? text.size() : fence_close;
    start = FindStart(text, content, fence_end);
    fenced = start != npos;
  }
  const std::size_t first_byte = SkipWs(text, from, text.size());
  const bool quote_first =
      first_byte < text.size() &&
      (text[first_byte] == '"' || text[first_byte] == '\'' || IsCurlyQuote(text, first_byte) ||
       (text[first_byte] == '`' && text.compare(first_byte, 3, "```") != 0));
  if (!fenced && !valid && !quote_first) {
    start = FindStart(text, from, text.size());
    if (start == npos && fence != npos && SkipWs(text, content, fence_end) < fence_end) {
      fenced = true;  // a fenced scalar
      start = SkipWs(text, content, fence_end);
    }
  }
  if (fenced) {
    StripProse(text, from, fence, &out->log);
    out->log.push_back({RepairKind::kStripFence, fence,
                        std::string(text.substr(fence, content - fence)), false, {}});
    StripProse(text, content, start, &out->log);
    region.end = fence_end;
  } else if (start == npos) {
    start = SkipWs(text, from, text.size());
    region.keep_outer_ws = from == 0;
  } else if (!StripProse(text, from, start, &out->log)) {
    region.keep_outer_ws = from == 0;
  }
  if (start >= region.end) return fail("no JSON value found", start);
  region.begin = region.keep_outer_ws ? 0 : start;

  out->json.reserve(text.size() + text.size() / 8 + 16);
  std::size_t value_end = 0;
  if (!repair_internal::ScanValue(text, region, options, &out->json, &out->log, &value_end,
                                  error)) {
    return false;
  }
  if (fenced) {
    StripProse(text, value_end, region.end, &out->log);
    if (fence_close != std::string_view::npos) {
      StripProse(text, fence_close + 3, text.size(), &out->log);
    }
  } else if (!StripProse(text, value_end, text.size(), &out->log) && region.keep_outer_ws) {
    out->json.append(text.data() + value_end, text.size() - value_end);
  }

  // The scanner is built to emit valid JSON; this check makes it a guarantee.
  rapidjson::Document doc;
  JsonError parse_error;
  JsonLimits out_limits;
  out_limits.max_bytes = std::numeric_limits<std::size_t>::max();
  out_limits.max_depth = options.max_depth;
  if (!ParseJson(out->json, doc, &parse_error, out_limits)) {
    return fail("repair gave up: result does not parse (" + parse_error.message + ")", value_end);
  }
  return true;
}

}  // namespace

}  // namespace stepcache::checks
