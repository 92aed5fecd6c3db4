// The "labeled_fields" step verifier: judges each extracted top-level value
// by the evidence the source text gives for it, not only by whether it
// occurs somewhere.
//   * When the text states the member's field ("Age in years: 27", also
//     several on one line: "Name: A | Age: 3"), the value must be that whole
//     value: a truncated "steel" for "steel bolts", the neighbouring line's
//     number, a value from another record all fail.
//   * A value the text states only under other labels ("Room: 41" for age)
//     fails, and so does one that only occurs as a fragment of a longer name
//     ("Berg" of "Jonas Berg") or that is made of filler words ("in").
//   * When the text holds several records, the values must come from the
//     record the instruction selects; when it cannot be read which one, the
//     values cannot be verified and fail (the request ends in a clear error
//     rather than a guess).
// The label of a member is its schema `description` and its name ('_' and
// camelCase read as spaces); a text label matches when one's words hold the
// other's. Members the text gives no field for get no verdict here (the
// grounding check still applies).
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

#include "code_names.h"
#include "field_context.h"
#include "stated_value.h"
#include "value_place.h"
#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json_pointer.h"
#include "text_chars.h"
#include "verifiers.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// The label before the value at byte `at`, when it is written in a script
// no field reader reads ("\u0412\u043E\u0437\u0440\u0430\u0441\u0442: 64",
// "\u90E8\u5C4B\uFF1A46"): the line's words from its start (or a '|') to a
// colon right before the value, letters of no ASCII word and no digit.
// Empty when there is none.
std::string_view UnreadScriptLabelBefore(std::string_view prompt, std::size_t at) {
  std::size_t k = at;
  while (k > 0 && (prompt[k - 1] == ' ' || prompt[k - 1] == '\t')) --k;
  std::size_t colon = 0;
  if (k >= 1 && prompt[k - 1] == ':') {
    colon = 1;
  } else if (k >= 3 && prompt.substr(k - 3, 3) == "\xEF\xBC\x9A") {
    colon = 3;
  } else {
    return {};
  }
  const std::size_t end = k - colon;
  std::size_t begin = end;
  while (begin > 0 && prompt[begin - 1] != '\n' && prompt[begin - 1] != '|' && prompt[begin - 1] != ':') --begin;
  std::string_view label = prompt.substr(begin, end - begin);
  while (!label.empty() && (label.front() == ' ' || label.front() == '\t')) label.remove_prefix(1);
  while (!label.empty() && (label.back() == ' ' || label.back() == '\t')) label.remove_suffix(1);
  if (label.empty() || label.size() > 60) return {};
  bool other_script = false;
  for (std::size_t i = 0; i < label.size();) {
    const auto [cp, len] = CodePointAt(label, i);
    if (cp < 0x80 && (std::isalnum(static_cast<unsigned char>(cp)) != 0)) return {};
    other_script = other_script || (cp >= 0x80 && IsLetterCodePoint(cp));
    i += len;
  }
  return other_script ? label : std::string_view();
}

// Whether a string is no more than a number ("179", "-3.5", "1,25"), or
// holds no digit ("just the number" is not said of a name).
bool BareNumber(std::string_view v) {
  if (v.find_first_of("0123456789") == std::string_view::npos) return true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (IsDigit(c) || (c == '-' && i == 0)) continue;
    if ((c == '.' || c == ',') && i > 0 && i + 1 < v.size() && IsDigit(v[i - 1]) && IsDigit(v[i + 1])) continue;
    return false;
  }
  return true;
}

// A unit the request writes with a letter case that gives its size — a
// short word of the instruction with its case marked ("(mW)", "in MBps":
// `asks`, RequestFactsData::case_marked_asks) or a unit of the member's
// name, descriptions or titles (`unit_forms`: "size_kB", "Load (Mg)") —
// that field `f` writes otherwise ("Output (MW): 3.2", "Speed (Mbps):
// 400", "Load: 8 mg"): a unit of another size, so the field's number is not
// the one asked. Returns the field's word, or "". ("NAME:" beside "the
// Name" is no such pair: a word capitalised only at its first letter is
// neither marked nor a unit.)
std::string_view CaseOtherThanAsked(const SourceText& source, const Field& f, const std::vector<std::size_t>& asks,
                                    const std::vector<std::string>& unit_forms) {
  if (asks.empty() && unit_forms.empty()) return {};
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = source.FirstTokenFrom(std::min(f.label_begin, f.value_begin));
       i < t.size() && t[i].begin < std::max(f.label_end, f.value_end); ++i) {
    const Token& m = t[i];
    if (m.kind != TokenKind::kWord || m.norm.size() > 4) continue;
    const std::string_view written = source.Raw(m);
    for (std::size_t k : asks) {
      if (t[k].norm == m.norm && source.Raw(t[k]) != written) return written;
    }
    for (const std::string& u : unit_forms) {
      if (u != written && u.size() == written.size() &&
          std::equal(u.begin(), u.end(), written.begin(), [](char a, char b) { return Lower(a) == Lower(b); })) {
        return written;
      }
    }
  }
  return {};
}

// Where field `f` goes on to the line below it: that line indented deeper
// than the field's, not blank, in the source, with no field and no list mark
// of its own ("Name: Ann Lee" then "      Berg", "Invoice: 1001" then
// "         -B"). The byte its text ends at; 0 when it does not go on.
std::size_t ContinuationEnd(const SourceText& source, const Field& f) {
  const std::string_view p = source.prompt();
  if (f.value_end <= f.value_begin) return 0;
  std::size_t nl = f.value_end;
  while (nl < p.size() && (p[nl] == ' ' || p[nl] == '\t' || p[nl] == '\r')) ++nl;
  if (nl >= p.size() || p[nl] != '\n') return 0;
  std::size_t line_begin = f.label_begin;
  while (line_begin > 0 && p[line_begin - 1] != '\n') --line_begin;
  std::size_t field_indent = line_begin;
  while (field_indent < f.label_begin && (p[field_indent] == ' ' || p[field_indent] == '\t')) ++field_indent;
  const std::size_t next = nl + 1;
  std::size_t text = next;
  while (text < p.size() && (p[text] == ' ' || p[text] == '\t')) ++text;
  if (text - next <= field_indent - line_begin || text >= p.size() || p[text] == '\n' || p[text] == '\r') return 0;
  if (!source.InSource(text)) return 0;
  // A list under the field ("- nuts", "* Bergen", "1. Oslo", "| a |", "> quote").
  const char mark = p[text];
  if (mark == '-' || mark == '*' || mark == '+' || mark == '>' || mark == '|' || mark == '#') {
    if (text + 1 < p.size() && (p[text + 1] == ' ' || p[text + 1] == '\t')) return 0;
    if (mark != '-') return 0;
  }
  if (p.substr(text, 3) == "\u2022") return 0;  // a bullet
  std::size_t end = p.find('\n', text);
  if (end == std::string_view::npos) end = p.size();
  for (const Field& g : source.fields()) {
    if (g.label_begin >= next && g.label_begin < end) return 0;
    if (g.value_begin >= next && g.value_begin < end) return 0;
  }
  while (end > text && (p[end - 1] == ' ' || p[end - 1] == '\t' || p[end - 1] == '\r')) --end;
  return end;
}

// Whether a field's label has the word "as" between two words ("Years as
// member", "Age as of 2024"): it names the first word in another role.
bool LabelSaysAs(std::string_view label) {
  for (std::size_t at = label.find("as"); at != std::string_view::npos; at = label.find("as", at + 2)) {
    const bool alone = at > 0 && IsSpace(label[at - 1]) && at + 2 < label.size() && IsSpace(label[at + 2]);
    if (!alone) continue;
    const std::string_view after = Trim(label.substr(at + 2));
    if (!after.empty() && IsAsciiAlpha(after.front())) return true;
  }
  return false;
}

// The parts of a value between blanks, in order ("NO93 8601 1117 947": four).
class BlankParts {
 public:
  explicit BlankParts(std::string_view v) : v_(v) {}
  // The next part into *part; false when none is left.
  bool Next(std::string_view* part) {
    while (at_ < v_.size() && IsSpace(v_[at_])) ++at_;
    std::size_t end = at_;
    while (end < v_.size() && !IsSpace(v_[end])) ++end;
    *part = v_.substr(at_, end - at_);
    at_ = end;
    return !part->empty();
  }

 private:
  std::string_view v_;
  std::size_t at_ = 0;
};

// A word before a code in a member named as one ("upstairs E47", "new: 723",
// "hinten 329" for a gate, a room, a locker): not the code. The member's own
// name ("Gate B12" for a gate) and a number's word ("No. 5", "Nr 12", "#")
// may stand before it. The word, or nullopt.
std::optional<std::string> NoteBeforeCode(std::string_view v, std::string_view head) {
  static const vocab::WordSet kNumberWords = {"no", "nr", "nr.", "no.", "num", "number", "nummer", "numero",
                                              "num\xC3\xA9ro", "n\xC3\xBAmero", "n\xC2\xBA", "n\xC2\xB0",
                                              "nro", "#"};
  std::optional<std::string> note;
  BlankParts parts(v);
  for (std::string_view part; parts.Next(&part);) {
    if (std::any_of(part.begin(), part.end(), IsDigit)) return note;  // the code: what stood before it
    if (note) continue;
    std::string lower(part);
    for (char& c : lower) c = Lower(c);
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ',')) lower.pop_back();
    const bool lower_case = std::any_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!lower_case || lower == head || vocab::Singular(lower) == head || kNumberWords.Has(lower)) continue;
    note = std::string(part.substr(0, 40));
  }
  return std::nullopt;  // (no code after it: words, read by the other checks)
}

// For a member named as a code: a part after the code's first part that is
// no part of a code, without brackets ("4281 obsolete", "TCK-764750 old",
// "TCK-489611 ersetzt TCK-109832", "4264 \u27F6 6001", "386 \u00BB 542",
// "v # old x"): a word with a small letter or a letter past ASCII, an
// upper-case word that is no code's group or a remark word ("VOID", "OLD"),
// a mark codes are not written with, or a note glued to a part. Upper-case
// groups ("GB29 NWBK 6016 1331", "1234 AB") and "+1 (555) 123-4567" are
// codes. The part, or nullopt.
std::optional<std::string> NoteAfterCode(std::string_view v, bool counted) {
  static const vocab::WordSet kUpperRemarks = {"OLD", "NEW", "VOID", "EXPIRED", "CANCELLED", "CANCELED",
                                               "INVALID", "OBSOLETE", "REPLACED", "WAS", "EX", "OR", "AND",
                                               "COPY", "TEST", "BLOCKED", "LOST", "STOLEN", "CLOSED", "REVOKED",
                                               "DEPRECATED", "SUPERSEDED", "PREVIOUS", "FORMER", "NOT", "NO",
                                               "ALT", "NEU", "NY", "GML", "ANC", "VIEJ"};
  bool weak = false;
  // The rule reads values that open with a code: digits with a letter or
  // at least three of them ("U-766", "E05", "4281"), or four upper-case
  // letters or more ("MYFFUP"); not "2 x Lamp", "Savings account", "kg".
  {
    // (Its first run of letters and digits, single dashes and dots between
    // them, after a leading "+", "(" or "#": "+47", "U-766", "FKFNEY" of
    // "FKFNEY--old".)
    std::size_t start = 0;
    while (start < v.size() && (v[start] == '+' || v[start] == '(' || v[start] == '#')) ++start;
    const auto alnum = [&](std::size_t k) { return k < v.size() && (IsAsciiAlpha(v[k]) || IsDigit(v[k])); };
    std::size_t end = start;
    while (alnum(end) || ((v[end] == '-' || v[end] == '.') && end > start && alnum(end - 1) && alnum(end + 1))) ++end;
    const std::string_view first = v.substr(start, end - start);
    std::size_t digits = 0, uppers = 0, lowers = 0;
    for (char c : first) {
      digits += IsDigit(c) ? 1 : 0;
      uppers += (c >= 'A' && c <= 'Z') ? 1 : 0;
      lowers += (c >= 'a' && c <= 'z') ? 1 : 0;
    }
    // (A plate's or a flight's letters before its digits: "XG 82459", "SK 4037".)
    const bool prefix = uppers == first.size() && uppers > 0 && uppers <= 3 && end + 1 < v.size() && v[end] == ' ' &&
                        IsDigit(v[end + 1]);
    const bool code = (digits > 0 && (first.size() >= 3 || uppers + lowers > 0 || !counted)) ||
                      (uppers >= 4 && lowers == 0) || prefix;
    // (A number of one or two digits alone, "9", "17", is a platform's or a
    // lane's code, but may be a count for a member that counts things,
    // `counted` ("2 x Lamp" for an order, "5 pcs" for a unit): there only
    // marks and upper-case remarks count after it.)
    weak = !code && digits > 0 && counted;
    if (!code && !weak) return std::nullopt;
  }
  // (An account number that opens with a country's letters and two digits
  // may hold four letters as its second group: "GB29 NWBK 6016".)
  const bool iban_like = v.size() >= 5 && IsAsciiAlpha(v[0]) && IsAsciiAlpha(v[1]) && IsDigit(v[2]) &&
                         IsDigit(v[3]) && IsSpace(v[4]);
  std::size_t part_index = 0;
  // A remark glued to a part ("NXCE5125:old", "5604\u00B7ALTE", "P-7+void",
  // "A1=old", "B-44--old"): letters after such a mark.
  for (std::size_t at = 1; at < v.size() && !weak; ++at) {
    const char c = v[at];
    std::size_t glue = 0;
    if (c == ':' || c == '+' || c == '=' || c == '~' || c == '|' || c == ';') {
      glue = 1;
    } else if (at + 1 < v.size() && ((c == '-' && v[at + 1] == '-') || (c == '\xC2' && v[at + 1] == '\xB7'))) {
      glue = 2;
    }
    if (glue == 0 || IsSpace(v[at - 1])) continue;
    std::size_t end = at + glue;
    while (end < v.size() && (IsAsciiAlpha(v[end]) || static_cast<unsigned char>(v[end]) >= 0x80)) ++end;
    const bool word_ends = end == v.size() || IsSpace(v[end]);
    if (end > at + glue + 1 && word_ends) return std::string(v.substr(at, std::min<std::size_t>(end - at, 40)));
  }
  bool code_seen = false;
  BlankParts parts(v);
  for (std::string_view part; parts.Next(&part);) {
    ++part_index;
    if (!code_seen) {
      code_seen = true;  // (the code's first part, a letter code's too: "MYFFUP")
      continue;
    }
    bool digit = false, lower = false, past_ascii = false, letter = false, odd_mark = false;
    for (std::size_t k = 0; k < part.size(); ++k) {
      const char c = part[k];
      const unsigned char b = static_cast<unsigned char>(c);
      digit = digit || IsDigit(c);
      lower = lower || (c >= 'a' && c <= 'z');
      letter = letter || IsAsciiAlpha(c);
      past_ascii = past_ascii || b >= 0x80;
      odd_mark = odd_mark || (b < 0x80 && !IsAsciiAlpha(c) && !IsDigit(c) && std::strchr("-./()+:_", c) == nullptr);
      // A mark past ASCII ("\u27F6", "\u00AB", "\u00BB"); dashes and no-break
      // spaces are written inside codes and ranges.
      if (const std::size_t n = NonLetterAt(part, k); n > 0) {
        const std::string_view m = part.substr(k, n);
        odd_mark = odd_mark || !(m == "\xE2\x80\x93" || m == "\xE2\x80\x94" || m == "\xC2\xA0" || m == "\xE2\x80\xAF");
        k += n - 1;
      }
    }
    // (An upper-case group of letters alone is a code's part only as the
    // second group of such an account number, two letters of a postcode,
    // "1234 AB", and a VAT number's "MVA"; "8149 ANUL", "0199 DEAD",
    // "BYSNPH GONE", "NO27 7319 1135 142 ANUL" are remarks.)
    const bool upper_group = part.size() <= 2 || part == "MVA" || (part.size() == 4 && iban_like && part_index == 2);
    const bool remark_word = !digit && (((lower || past_ascii) && !weak) ||
                                        (letter && !lower && (!upper_group || kUpperRemarks.Has(part))));
    // (A part past ASCII alone: a mark or a word of another script.)
    if (remark_word || odd_mark || (past_ascii && !letter && !digit)) return std::string(part.substr(0, 40));
  }
  return std::nullopt;
}

// A code given with a remark, a mark or another code in one string, as a
// field may hold them ("63742 (ref 53753)", "NO74 2885 4610 339 (copy)",
// "SNUAXGYCM66 [primary]", "47431 - do not share", "+47 421 38 161<br>",
// "`TCK-517573`", "[89220](mailto:89220)", "63742 \u2713"): the field's
// whole value is not the code alone. The added part, or nullopt. Brackets
// holding no letter ("+1 (555) 123-4567") and a range of codes are not it.
std::optional<std::string> RemarkBesideCode(std::string_view v, bool code_member, CodeName code_named,
                                            std::string_view head) {
  // A check mark or an emoji: U+2713, U+2714, U+2705, U+2611, or any
  // character of four bytes.
  const auto mark_at = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(v[i]);
    if (c >= 0xF0) return true;
    if (c != 0xE2 || i + 2 >= v.size()) return false;
    const std::string_view m = v.substr(i, 3);
    return m == "\xE2\x9C\x93" || m == "\xE2\x9C\x94" || m == "\xE2\x9C\x85" || m == "\xE2\x98\x91";
  };
  // The bytes a remark or a mark may begin with: 1; those of a link or a
  // tag: 2; a dash: 4 (a remark after a blank); a comma: 8 (for a code
  // member). Most values hold none, or only a dash or a comma.
  static const std::array<unsigned char, 256> kMarks = [] {
    std::array<unsigned char, 256> t{};
    for (unsigned char c : std::string_view("([<{`")) t[c] |= 1;
    for (unsigned char c : std::string_view(":<]")) t[c] |= 2;
    for (int c = 0xE2; c < 256; ++c) t[c] |= 1;
    t['-'] |= 4;
    t[','] |= 8;
    return t;
  }();
  if (code_named != CodeName::kNone) {
    if (std::optional<std::string> note = NoteAfterCode(v, code_named == CodeName::kCount)) return note;
    if (code_named == CodeName::kCode) {
      if (std::optional<std::string> note = NoteBeforeCode(v, head)) return note;
    }
  }
  unsigned char seen = 0;
  std::size_t scanned = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time (text_chars.h includes SSE2 where it is there):
  // a block without a byte of bit 1 or 2 adds only a dash's and a comma's
  // bits; one with such a byte is read through the table. The last bytes
  // are read as the block ending at the value's end (a byte read twice adds
  // its bits twice).
  const auto block = [&](std::size_t at) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v.data() + at));
    const auto is = [&](char c) { return _mm_cmpeq_epi8(b, _mm_set1_epi8(c)); };
    __m128i marks = _mm_or_si128(_mm_or_si128(is('('), is('[')), _mm_or_si128(is('<'), is('{')));
    marks = _mm_or_si128(marks, _mm_or_si128(_mm_or_si128(is('`'), is(':')), is(']')));
    // (Bytes from 0xE2 up: the unsigned maximum with 0xE2 is the byte itself.)
    const __m128i high = _mm_set1_epi8(static_cast<char>(0xE2));
    marks = _mm_or_si128(marks, _mm_cmpeq_epi8(_mm_max_epu8(b, high), b));
    if (_mm_movemask_epi8(marks) != 0) {
      for (std::size_t k = at; k < at + 16; ++k) seen |= kMarks[static_cast<unsigned char>(v[k])];
      return;
    }
    if (_mm_movemask_epi8(is('-')) != 0) seen |= 4;
    if (_mm_movemask_epi8(is(',')) != 0) seen |= 8;
  };
  if (v.size() >= 16) {
    for (; scanned + 16 <= v.size(); scanned += 16) block(scanned);
    if (scanned < v.size()) block(v.size() - 16);
    scanned = v.size();
  }
#endif
  for (; scanned < v.size(); ++scanned) seen |= kMarks[static_cast<unsigned char>(v[scanned])];
  if ((seen & 3) == 0) {  // ("2024-03-14", "42 Harbour Road, Bristol")
    const bool dash = (seen & 4) != 0 && v.find(" -") != std::string_view::npos;
    if (!dash && ((seen & 8) == 0 || !code_member)) return std::nullopt;
  }
  const bool link = (seen & 2) != 0;
  while (!v.empty() && IsSpace(v.front())) v.remove_prefix(1);
  while (!v.empty() && IsSpace(v.back())) v.remove_suffix(1);
  if (v.empty()) return std::nullopt;
  if (v.front() == '`' || v.back() == '`') return std::string("`");
  // A mark before it ("\U0001F4DE 71332", "\u2713 NO93 8601 1117 947").
  if (mark_at(0)) return std::string(v.substr(0, std::min(v.find(' '), v.size())));
  if (link) {
    for (std::string_view m : {"](", "mailto:", "tel:", "<br", "<-"}) {
      const auto it = std::search(v.begin(), v.end(), m.begin(), m.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
      });
      if (it != v.end()) return std::string(m);
    }
  }
  // The code: the part before the remark.
  std::size_t at = std::string_view::npos;
  for (std::size_t i = 1; i < v.size() && at == std::string_view::npos; ++i) {
    const char c = v[i];
    if (c == '(' || c == '[' || c == '<' || c == '{' || mark_at(i)) {
      at = i;
    } else if (v[i - 1] == ' ' && (c == '-' || (c == '\xE2' && (v.substr(i, 3) == "\xE2\x80\x93" ||
                                                               v.substr(i, 3) == "\xE2\x80\x94")))) {
      at = i;  // a dash after a blank
    } else if (code_member && v[i - 1] == ',' && c == ' ' && i + 1 < v.size() && IsAsciiAlpha(v[i + 1])) {
      // (For a member named as a code, a comma before words: "5999.02.38433,
      // ref. 7232.01.41017"; an address goes on after a comma.)
      at = i;
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view code = v.substr(0, at), rest = v.substr(at);
  // (A code: a member named as one, or a part holding a digit or an "@".)
  if (!code_member && std::none_of(code.begin(), code.end(), IsDigit) && code.find('@') == std::string_view::npos) {
    return std::nullopt;
  }
  const bool letters = std::any_of(rest.begin(), rest.end(), [](char c) {
    return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!letters) return std::nullopt;
  return std::string(rest.substr(0, 40));
}

// When the clause right before a value in prose names another member of
// the same kind: "..., the closing balance is 14308.99" for the opening
// balance, "the shipping city is Malmo" for the billing city. The clause
// runs back from the value to a mark (',', ';', '.', ':', '(') or "and" on
// its line; it names the other (one of `twins`, the members of its kind:
// MemberFacts::KindTwins) when it holds a word of the other's labels that
// this member's labels lack, a word the two share, and no word of this
// member's own that the other lacks. The reason, or nullopt (round 261: the
// model's swapped pair passed, the balance named by "balance" alone).
std::optional<std::string> ProseClauseNamesAnother(const SourceText& source, TokenSpan occ, const LabelSets& own,
                                                   const LabelSets& twins) {
  const std::vector<Token>& t = source.tokens();
  if (twins.empty() || source.FieldAt(t[occ.first].begin) != nullptr) return std::nullopt;
  std::vector<std::size_t> clause;
  for (std::size_t k = occ.first; k > 0 && clause.size() < 8;) {
    --k;
    const Token& w = t[k];
    if (!w.in_source || w.line != t[occ.first].line) break;
    if (w.norm == "," || w.norm == ";" || w.norm == "." || w.norm == ":" || w.norm == "(" || w.norm == "and") break;
    if (w.kind == TokenKind::kWord && !IsFillerWord(w.norm)) clause.push_back(k);
  }
  if (clause.empty()) return std::nullopt;
  auto in = [](const std::vector<std::string>& set, const std::string& w) {
    return std::find(set.begin(), set.end(), w) != set.end();
  };
  std::vector<std::string> mine;
  for (const auto& l : own) {
    for (const std::string& w : l) {
      if (!IsFillerWord(w) && !in(mine, w)) mine.push_back(w);
    }
  }
  // (A label word may be the text's word shortened: "min" for "minimum",
  // "temp" for "temperature".)
  auto said = [&](const std::vector<std::string>& set, std::size_t k) {
    if (in(set, t[k].norm) || in(set, source.SingularWord(k))) return true;
    return std::any_of(set.begin(), set.end(), [&](const std::string& w) {
      return w.size() >= 3 && t[k].norm.size() > w.size() && t[k].norm.compare(0, w.size(), w) == 0;
    });
  };
  for (const auto& theirs : twins) {
    bool shared = false, their_own = false, my_own = false;
    for (std::size_t k : clause) {
      const bool m = said(mine, k), o = said(theirs, k);
      shared = shared || (m && o);
      their_own = their_own || (o && !m);
      my_own = my_own || (m && !o);
    }
    if (shared && their_own && !my_own) {
      std::string words;
      for (auto k = clause.rbegin(); k != clause.rend(); ++k) words += (words.empty() ? "" : " ") + t[*k].norm;
      return "the text's \"" + words + "\" names this value, another member's words";
    }
  }
  return std::nullopt;
}

// Whether an instruction sentence asks this member to be null (its words
// hold every word of one of its labels; RequestFactsData::null_asked). The
// sentence, or nullopt.
std::optional<std::string> NullAsked(const SourceText& source, const std::vector<NullSentence>& asked,
                                     const LabelSets& labels) {
  for (const NullSentence& n : asked) {
    for (const auto& l : labels) {
      bool all = !l.empty();
      for (const std::string& w : l) {
        all = all && (IsFillerWord(w) || std::find(n.words.begin(), n.words.end(), vocab::Singular(w)) != n.words.end());
      }
      if (all) return std::string(source.prompt().substr(n.begin, n.end - n.begin));
    }
  }
  return std::nullopt;
}

// An upper-case N or S (E or W when the label speaks of longitude) standing
// alone or glued to the number in a field's value ("33.92 S", "33.92S",
// "S 33.92", "18.42E" under "Longitude"); lower-case "s" is seconds.
std::optional<std::string> CompassLetter(const SourceText& source, const Field& f) {
  if (f.value_end <= f.value_begin) return std::nullopt;
  const std::string_view raw = source.prompt().substr(f.value_begin, f.value_end - f.value_begin);
  const bool longitude = std::any_of(f.label_words.begin(), f.label_words.end(), [](const std::string& w) {
    return w == "lon" || w == "long" || w == "lng" || w == "longitude" || w == "laengengrad" || w == "lengdegrad";
  });
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (!(c == 'N' || c == 'S' || (longitude && (c == 'E' || c == 'W')))) continue;
    const auto letter = [&](std::size_t k) { return k < raw.size() && std::isalpha(static_cast<unsigned char>(raw[k])) != 0; };
    if ((i > 0 && letter(i - 1)) || letter(i + 1)) continue;
    const bool digit_near = (i > 0 && (std::isdigit(static_cast<unsigned char>(raw[i - 1])) || raw[i - 1] == ' ')) ||
                            (i + 1 < raw.size() && (raw[i + 1] == ' ' || std::isdigit(static_cast<unsigned char>(raw[i + 1]))));
    if (digit_near && raw.find_first_of("0123456789") != std::string_view::npos) return std::string(1, c);
  }
  return std::nullopt;
}

// A twin of the member's field that changes or qualifies its value: "Revised
// total", "Total payable", "Adjusted price", "New gate", "Neue Adresse".
bool ChangesOrQualifies(const Field& twin) {
  return std::any_of(twin.label_words.begin(), twin.label_words.end(), [](const std::string& w) {
    return vocab::IsChangeLabelWord(w) || vocab::IsNewWord(w) || w == "payable" || w == "adjusted";
  });
}

// "ACME Ltd.", "Anna Berg Jr.", "Kari Berg M.D.": a value of the text whose
// last word is an abbreviation keeps its period, which an answer without it
// lost (the normalised values both drop a final '.').
bool LosesAbbreviationPeriod(std::string_view text_value, std::string_view answer) {
  while (!text_value.empty() && IsSpace(text_value.back())) text_value.remove_suffix(1);
  while (!answer.empty() && IsSpace(answer.back())) answer.remove_suffix(1);
  if (text_value.size() < 3 || text_value.back() != '.' || answer.empty() || answer.back() == '.') return false;
  std::size_t w = text_value.size() - 1;
  while (w > 0 && IsAsciiAlpha(text_value[w - 1])) --w;
  const std::size_t letters = text_value.size() - 1 - w;
  if (letters == 0 || (w > 0 && !IsSpace(text_value[w - 1]) && text_value[w - 1] != '.')) return false;
  // Dotted initials: "M.D.", "Ph.D.", "U.S.".
  if (w >= 2 && text_value[w - 1] == '.' && IsAsciiAlpha(text_value[w - 2]) && letters <= 2) return true;
  std::string word;
  for (std::size_t k = w; k + 1 < text_value.size(); ++k) word += Lower(text_value[k]);
  return vocab::IsValueFinalAbbreviation(word);
}

// Whether a value's last word is one LosesAbbreviationPeriod reads, written
// without its period ("ACME Ltd", "Kari Berg M.D").
bool EndsInAbbreviation(std::string_view v) {
  while (!v.empty() && IsSpace(v.back())) v.remove_suffix(1);
  std::size_t w = v.size();
  while (w > 0 && IsAsciiAlpha(v[w - 1])) --w;
  const std::size_t letters = v.size() - w;
  if (letters == 0 || letters > 4 || w == 0) return false;
  if (v[w - 1] == '.' && letters <= 2) return true;
  if (!IsSpace(v[w - 1])) return false;
  std::string word;
  for (std::size_t k = w; k < v.size(); ++k) word += Lower(v[k]);
  return vocab::IsValueFinalAbbreviation(word);
}

// Whether `value` holds the same words and numbers as the prompt's bytes
// [begin, end), punctuation aside.
bool SameWords(const SourceText& source, std::size_t begin, std::size_t end, std::string_view value) {
  std::vector<std::string_view> a, b;
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = source.FirstTokenFrom(begin); i < t.size() && t[i].begin < end; ++i) {
    if (t[i].kind != TokenKind::kPunct) a.push_back(t[i].norm);
  }
  const std::vector<Token> v = Tokenize(value);
  for (const Token& k : v) {
    if (k.kind != TokenKind::kPunct) b.push_back(k.norm);
  }
  return !a.empty() && a == b;
}

// A truth value the text gives by a box beside the member's label ("[x]
// Vegan", "[ ] Vegetarian", "Smoker: \u2610", "\u2611 Parking"): true for a
// ticked box, false for an empty one; nullopt when no box stands right
// before or after a label of the member, or when its boxes disagree.
std::optional<bool> BoxBesideLabel(const SourceText& source, const LabelSets& labels) {
  static const std::pair<std::string_view, bool> kBoxes[] = {
      {"[x]", true},       {"[X]", true},  {"(x)", true},       {"(X)", true},       {"\u2611", true},
      {"\u2612", true},    {"\u2713", true}, {"\u2714", true},  {"\u25A0", true},    {"(\u2022)", true},
      {"\u25C9", true},    {"[ ]", false}, {"[]", false},       {"( )", false},      {"\u2610", false},
      {"\u25A1", false},   {"\u25CB", false}};
  const std::string_view p = source.prompt();
  std::optional<bool> state;
  bool disagree = false;
  for (const auto& label : labels) {
    if (label.empty()) continue;
    std::string text;
    for (const std::string& w : label) text += (text.empty() ? "" : " ") + w;
    for (const auto& [a, b] : source.FindInSource(text)) {
      const std::vector<Token>& t = source.tokens();
      // Before it, then blanks ("[x] Vegan"); or after it, a colon or dash
      // and blanks ("Smoker: [ ]").
      std::size_t before = t[a].begin, after = t[b - 1].end;
      while (before > 0 && (p[before - 1] == ' ' || p[before - 1] == '\t')) --before;
      while (after < p.size() && (p[after] == ' ' || p[after] == '\t' || p[after] == ':' || p[after] == '-')) ++after;
      // A line with several boxes is a list of options ("Smoker: [ ] no
      // [x] yes", "[ ] paid  [x] unpaid"): which box is the label's is
      // not read.
      std::size_t line_begin = p.rfind('\n', t[a].begin);
      line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
      std::size_t line_end = p.find('\n', t[a].begin);
      if (line_end == std::string_view::npos) line_end = p.size();
      const std::string_view line = p.substr(line_begin, line_end - line_begin);
      std::size_t boxes = 0;
      for (const auto& [box, ticked] : kBoxes) {
        for (std::size_t at = line.find(box); at != std::string_view::npos; at = line.find(box, at + box.size())) ++boxes;
      }
      if (boxes != 1) continue;
      std::optional<bool> found;
      for (const auto& [box, ticked] : kBoxes) {
        if (before >= box.size() && p.substr(before - box.size(), box.size()) == box) found = ticked;
      }
      for (const auto& [box, ticked] : kBoxes) {
        if (!found && p.substr(after, box.size()) == box) found = ticked;
      }
      if (!found) continue;
      disagree = disagree || (state && *state != *found);
      state = found;
    }
  }
  return disagree ? std::nullopt : state;
}

// The hour of a time of day as written (a string "10:30", "9.45" or
// "10:30:15", or a number under a label of hours or times: "Hour: 11"), -1
// for a number of hours past 23; nullopt when the value is no time.
std::optional<int> ClockHour(const rapidjson::Value& value, const Field& f) {
  if (value.IsString()) {
    const std::string_view v(value.GetString(), value.GetStringLength());
    std::size_t i = 0;
    int hour = 0;
    while (i < v.size() && i < 2 && v[i] >= '0' && v[i] <= '9') hour = hour * 10 + (v[i++] - '0');
    if (i == 0 || i >= v.size() || (v[i] != ':' && v[i] != '.')) return std::nullopt;
    const std::string_view rest = v.substr(i + 1);
    if (rest.size() >= 2 && rest[0] >= '0' && rest[0] <= '5' && rest[1] >= '0' && rest[1] <= '9' &&
        (rest.size() == 2 || rest[2] == ':')) {
      return hour;
    }
    return std::nullopt;
  }
  if (!value.IsNumber()) return std::nullopt;
  static const vocab::WordSet kClockLabels = {"hour", "time", "clock", "hr", "uhrzeit", "stunde", "heure", "hora",
                                              "ora", "tid", "klokka", "klokken", "kl"};
  if (std::none_of(f.label_words.begin(), f.label_words.end(),
                   [](const std::string& w) { return kClockLabels.Has(w); })) {
    return std::nullopt;
  }
  const double h = value.GetDouble();
  return h >= 0 && h < 24 ? static_cast<int>(h) : -1;
}

class LabeledFieldVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "labeled_fields"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>*) const override {
    if (context.json == nullptr || !context.json->IsObject()) return;
    // What the prompt and schema say, read once per request (RequestFacts).
    RequestFactsData& facts = context.Facts().data();
    const SourceText& source = facts.source;
    const MemberLabelTable& table = facts.table;
    facts.MakeOnce();
    PerCheck once;
    once.facts = &facts;
    const grammars::Steps& steps = *context.steps;
    std::string unescaped;
    std::size_t cursor = 0;  // CheckContext::TopMember
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& s = steps[i];
      if (s.kind != grammars::StepKind::kMember || s.pointer.size() < 2) continue;
      // One pointer token: the member's name (escapes undone when there are any).
      std::string_view key = std::string_view(s.pointer).substr(1);
      if (HoldsEither(key, '/', '~')) {
        if (key.find('/') != std::string_view::npos) continue;
        auto tokens = SplitPointer(s.pointer);
        if (!tokens || tokens->size() != 1) continue;
        unescaped = std::move(tokens->front());
        key = unescaped;
      }
      const rapidjson::Value* member = context.TopMember(key, &cursor);
      if (member == nullptr) continue;
      // A step that already has a verdict keeps it when this one passes
      // (MergeVerdict): its passing reason is then not built.
      const bool pass_reason = !(*verdicts)[i].pass.has_value();
      // Its position among the answer's members (PerCheck::MemberValue):
      // usually the one TopMember's cursor just passed.
      const auto members = context.json->MemberBegin();
      rapidjson::SizeType index = 0;
      if (cursor > 0 && &members[cursor - 1].value == member) {
        index = static_cast<rapidjson::SizeType>(cursor - 1);
      } else {
        while (&members[index].value != member) ++index;
      }
      StepVerdict v = Judge(source, key, index, *member, *context.json, table, once, pass_reason);
      if (v.pass.has_value()) MergeVerdict(&(*verdicts)[i], std::move(v));
    }
  }

 private:
  // The verdict on the first of `occ` the text denies (Denied), quoted with
  // the two tokens before it; nullopt when it denies none.
  static std::optional<StepVerdict> DeniedOccurrence(const SourceText& source, const std::vector<TokenSpan>& occ) {
    const std::vector<Token>& t = source.tokens();
    for (const TokenSpan& o : occ) {
      if (!Denied(source, o)) continue;
      const std::size_t from = o.first >= 2 ? o.first - 2 : 0;
      return StepVerdict{false, "the text denies or replaces this value (\"" +
                                    std::string(source.prompt().substr(t[from].begin, t[o.second - 1].end - t[from].begin)) +
                                    "\")"};
    }
    return std::nullopt;
  }

  struct PerCheck {
    RequestFactsData* facts = nullptr;  // the request's (selector, roles, members, ...)
    // The top-level members of the answer normalised as
    // RestHeldByOtherMembers compares them (NormalizeText of a string,
    // CanonicalNumber of a number), each made when first needed and kept
    // for the rest of the check.
    struct NormalizedMember {
      bool made = false;
      std::string value;
    };
    mutable std::vector<NormalizedMember> members;
    mutable std::vector<double> claimed;  // OtherMembersNumbers' buffer
    // Judge's buffers for a member's value's tokens and occurrences: one
    // member is judged at a time, and their blocks serve every member.
    mutable std::vector<Token> value_tokens;
    mutable std::vector<TokenSpan> occurrences;
    // Per top-level member: the first byte of its string value past
    // whitespace, lowered (the first byte NormalizeText gives it), '\0' for
    // none or another type; and per such byte, which of the first 64
    // members begin with it. Made when first needed (SameValueOfAnother).
    mutable std::vector<char> leads;
    mutable std::array<std::uint64_t, 256> begin_with{};
    const std::vector<char>& Leads(const rapidjson::Value& answer) const {
      if (leads.size() == answer.MemberCount()) return leads;
      leads.assign(answer.MemberCount(), '\0');
      begin_with.fill(0);
      const auto begin = answer.MemberBegin();
      for (rapidjson::SizeType i = 0; i < answer.MemberCount(); ++i) {
        const rapidjson::Value& v = begin[i].value;
        if (!v.IsString()) continue;
        const char* c = v.GetString();
        const char* const end = c + v.GetStringLength();
        while (c != end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f' || *c == '\v')) ++c;
        if (c == end) continue;
        leads[i] = Lower(*c);
        begin_with[static_cast<unsigned char>(leads[i])] |= i < 64 ? std::uint64_t{1} << i : ~std::uint64_t{0};
      }
      return leads;
    }
    const std::string& MemberValue(const rapidjson::Value& answer, rapidjson::SizeType i) const {
      if (members.size() != answer.MemberCount()) members.assign(answer.MemberCount(), NormalizedMember{});
      NormalizedMember& m = members[i];
      if (!m.made) {
        m.made = true;
        const rapidjson::Value& v = answer.MemberBegin()[i].value;
        if (v.IsString()) m.value = NormalizeText({v.GetString(), v.GetStringLength()});
        if (v.IsNumber()) m.value = CanonicalNumber(v.GetDouble());
      }
      return m.value;
    }
  };

  // A list of strings the text gives as one field ("Tags: red, blue, green")
  // must be that whole list: a missing item, or a list the text qualifies
  // ("blue was removed"), fails.
  static StepVerdict JudgeList(const SourceText& source, const rapidjson::Value& value, const LabelSets& labels,
                               bool pass_reason) {
    std::vector<std::string> given;
    for (const auto& v : value.GetArray()) {
      if (!v.IsString()) return {};
      given.push_back(NormalizeText({v.GetString(), v.GetStringLength()}));
    }
    int best = 0;
    const Field* named = nullptr;
    for (const Field& f : source.fields()) {
      int score = 0;
      for (const auto& l : labels) score = std::max(score, LabelMatch(f.label_words, l));
      if (score > best) best = score, named = &f;
    }
    if (named == nullptr || named->value.empty()) return {};
    if (Qualified(Tokenize(named->value))) {
      return {false, "the text qualifies the list it gives (" + named->label + ": " + named->value + ")"};
    }
    std::vector<std::string> listed;
    std::string item;
    const std::string& text = named->value;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      const bool cut = i == text.size() || text[i] == ',' || text[i] == ';' ||
                       (text.compare(i, 5, " and ") == 0 && (i += 4, true));
      if (!cut) {
        item += text[i];
        continue;
      }
      std::string n = NormalizeText(item);
      if (!n.empty()) listed.push_back(std::move(n));
      item.clear();
    }
    std::vector<std::string> a = given, b = listed;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a == b) return {true, pass_reason ? "the whole list of the text's \"" + named->label + "\" field" : ""};
    return {false, "the text's \"" + named->label + "\" lists " + std::to_string(listed.size()) + " items: " + text};
  }

  // Whether every part of a short compound field value ("Berg, Jonas";
  // "Acme Ltd., 4 Main St": at most three parts of at most four words, no
  // sentence) other than `part` is held by another member of the answer:
  // only then is one part of it the member's whole value. A longer value
  // runs on into prose ("Vendor: Northwind Ltd., 42 Harbour Road. Billed
  // to ..."), judged as prose by the caller.
  static bool RestHeldByOtherMembers(const std::string& stated, const std::string& part, std::string_view key,
                                     const rapidjson::Value& answer, const PerCheck& once) {
    if (stated.find(". ") != std::string::npos) return true;
    // The parts, normalised (NormalizeText) one after another into one
    // buffer, on the stack when the value is short: the parts are disjoint
    // pieces of it and none grows when normalised. At most four are kept
    // (a fourth ends the search).
    const std::string_view text(stated);
    char small[512];
    std::string large;
    char* buffer = small;
    if (text.size() > sizeof small) {
      large.resize(text.size());
      buffer = &large[0];
    }
    std::string_view pieces[4];
    std::size_t piece_count = 0;
    std::size_t used = 0;
    std::size_t piece_begin = 0;
    // (The bytes that cut a part, one table look-up per byte.)
    static const std::array<bool, 256> kCuts = [] {
      std::array<bool, 256> t{};
      for (unsigned char c : std::string_view(",;/()")) t[c] = true;
      return t;
    }();
    for (std::size_t i = 0; i <= text.size(); ++i) {
      const char c = i < text.size() ? text[i] : ',';
      if (!kCuts[static_cast<unsigned char>(c)]) continue;
      const std::size_t n = NormalizeTextTo(text.substr(piece_begin, i - piece_begin), buffer + used);
      const std::string_view piece(buffer + used, n);
      used += n;
      pieces[piece_count++] = piece;
      piece_begin = i + 1;
      // (NormalizeTextTo writes lone spaces between words, none at either
      // end: its words are its spaces and one.)
      const std::size_t words =
          piece.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(piece.begin(), piece.end(), ' '));
      if (piece_count > 3 || words > 4) return true;
    }
    // The other members' string and number values, normalised once per
    // check (PerCheck::MemberValue); the first that holds a part ends its search.
    const auto begin = answer.MemberBegin();
    const rapidjson::SizeType count = answer.MemberCount();
    for (std::size_t p = 0; p < piece_count; ++p) {
      const std::string_view n = pieces[p];
      if (n.empty() || part.find(n) != std::string::npos) continue;  // the value may span several parts
      bool held = false;
      for (rapidjson::SizeType i = 0; i < count && !held; ++i) {
        const auto& m = begin[i];
        if (!(m.value.IsString() || m.value.IsNumber())) continue;
        if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == key) continue;
        const std::string& o = once.MemberValue(answer, i);
        // (Only the longer can hold the shorter; of two alike long, each
        // holds the other when they are equal: one search, not two.)
        held = !o.empty() && (n.size() <= o.size() ? o.find(n) != std::string::npos
                                                   : n.find(o) != std::string_view::npos);
      }
      if (!held) return false;
    }
    return true;
  }

  // Whether `f`'s label holds every word of one of the member's own labels
  // and a word that label lacks which may make another field of its kind:
  // a qualifier ("Return departure time", "Copy recipient"), or any word
  // the request does not say and that is no filler, unit or plain part of
  // such a label ("Cancelled email", "Sender room", "Billing address city",
  // "Date sent", "Departure anterior"). When in doubt, another field.
  static bool QualifiedOwnLabel(const Field& f, const LabelSets& labels, const SourceText& source,
                                bool qualifiers_only) {
    const std::vector<std::string>& words = f.label_words;
    for (const auto& l : labels) {
      // (An own label that has every word of it: "Return date" for a
      // return_date.)
      bool holds_all = true;
      for (const std::string& w : words) holds_all = holds_all && std::find(l.begin(), l.end(), w) != l.end();
      if (holds_all) return false;
    }
    // "Years as member", "Years as a customer": "as" turns the label to
    // another quantity (the years of a membership, not an age), though
    // "as" is a filler word and "member" a harmless one.
    if (LabelSaysAs(f.label)) return true;
    // Whether `w` is one of `list`'s words or has its canonical form.
    auto holds = [](const std::vector<std::string>& list, const std::string& w) {
      const std::string_view c = vocab::Canonical(w);
      return std::any_of(list.begin(), list.end(),
                         [&](const std::string& x) { return x == w || vocab::Canonical(x) == c; });
    };
    auto in_own = [&](const std::string& w) {
      return std::any_of(labels.begin(), labels.end(), [&](const auto& l) { return holds(l, w); });
    };
    // A party word ("Client phone", "Customer's age") where the record
    // states its subject's role as another ("Role: sales rep", "Job title:
    // technician"): the field is someone else's.
    auto other_subject = [&](const std::string& w) {
      static const vocab::WordSet kParties = {"customer", "client", "guest", "patient", "employee", "passenger",
                                              "applicant", "user", "member", "student"};
      static const vocab::WordSet kSubjectRoleLabels = {"role", "position", "job", "title",
                                                        "occupation", "profession", "function", "relation",
                                                        "relationship", "capacity"};
      if (!kParties.Has(w)) return false;
      for (const Field& g : source.fields()) {
        if (&g == &f || g.record != f.record || g.value.empty()) continue;
        const bool role = std::any_of(g.label_words.begin(), g.label_words.end(),
                                      [](const std::string& x) { return kSubjectRoleLabels.Has(x); });
        if (role && g.value.find(w) == std::string::npos) {
          return true;
        }
      }
      return false;
    };
    auto harmless = [&](const std::string& w, const std::vector<std::string>& own) {
      if (vocab::IsLabelQualifier(w) || other_subject(w)) return false;
      if (qualifiers_only) return true;
      if (IsFillerWord(w) || vocab::IsHarmlessLabelWord(w, own) || !vocab::UnitOf(w).empty() || in_own(w)) {
        return true;
      }
      const std::vector<std::string>& said = source.instruction_words();
      const std::vector<std::string>& said_singular = source.instruction_singular();
      const std::string singular = vocab::Singular(w);
      return std::find(said.begin(), said.end(), w) != said.end() ||
             std::find(said_singular.begin(), said_singular.end(), singular) != said_singular.end();
    };
    // (Words compared by their canonical forms: "Billing postcode" holds
    // the zip's label.)
    for (const auto& l : labels) {
      if (l.empty()) continue;
      if (!std::all_of(l.begin(), l.end(), [&](const std::string& w) { return holds(words, w); })) continue;
      for (const std::string& w : words) {
        if (!holds(l, w) && !harmless(w, l)) return true;
      }
    }
    return false;
  }

  // The name of another top-level string member of the answer whose value
  // is this one's (NormalizeText), if any.
  static std::optional<std::string> SameValueOfAnother(const rapidjson::Value& answer, std::string_view key,
                                                       rapidjson::SizeType index, const PerCheck& once) {
    // Only values that begin alike (PerCheck::Leads) are normalised (on the
    // stack when short, no copy kept: most differ).
    const std::vector<char>& leads = once.Leads(answer);
    const auto begin = answer.MemberBegin();
    const rapidjson::Value& own = begin[index].value;
    const char lead = leads[index];
    if (lead == '\0') return std::nullopt;
    // (No other member begins so: the usual case, settled by one mask.)
    const std::uint64_t mine_bit = index < 64 ? std::uint64_t{1} << index : 0;
    if ((once.begin_with[static_cast<unsigned char>(lead)] & ~mine_bit) == 0) return std::nullopt;
    char own_small[256], other_small[256];
    std::optional<std::string_view> mine;
    for (rapidjson::SizeType i = 0; i < answer.MemberCount(); ++i) {
      const auto& m = begin[i];
      if (i == index || leads[i] != lead) continue;
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (name == key) continue;
      if (!mine) {
        const std::string_view raw(own.GetString(), own.GetStringLength());
        mine = raw.size() <= sizeof own_small ? std::string_view(own_small, NormalizeTextTo(raw, own_small))
                                              : std::string_view(once.MemberValue(answer, index));
      }
      const std::string_view raw(m.value.GetString(), m.value.GetStringLength());
      if (raw.size() < mine->size()) continue;  // (normalising never lengthens)
      const std::string_view theirs = raw.size() <= sizeof other_small
                                          ? std::string_view(other_small, NormalizeTextTo(raw, other_small))
                                          : std::string_view(once.MemberValue(answer, i));
      if (theirs == *mine) return std::string(name);
    }
    return std::nullopt;
  }

  // The numbers the answer's members other than `key` hold, written into
  // the check's buffer (PerCheck::claimed: no allocation per member).
  static const std::vector<double>& OtherMembersNumbers(const rapidjson::Value& answer, std::string_view key,
                                                        const PerCheck& once) {
    std::vector<double>& out = once.claimed;
    out.clear();
    out.reserve(answer.MemberCount());  // (one block for the whole check)
    for (const auto& m : answer.GetObject()) {
      if (m.value.IsNumber() && std::string_view(m.name.GetString(), m.name.GetStringLength()) != key) {
        out.push_back(m.value.GetDouble());
      }
    }
    return out;
  }

  static StepVerdict Judge(const SourceText& source, std::string_view key, rapidjson::SizeType index,
                           const rapidjson::Value& value,
                           const rapidjson::Value& answer,
                           const MemberLabelTable& table, const PerCheck& once, bool pass_reason) {
    if (value.IsArray() && !source.ambiguous_records() && source.records().size() <= 1 &&
        (value.Empty() || value[0].IsString())) {
      LabelSets scratch;
      return JudgeList(source, value, table.Own(key, &scratch), pass_reason);
    }
    if (value.IsObject() || value.IsArray()) {
      // Nested values: judged by where their leaves stand (JudgeComposite).
      if (std::optional<StepVerdict> v = JudgeComposite(source, value, once.facts->former_field)) return std::move(*v);
      return {};
    }
    if (!(value.IsString() || value.IsNumber() || value.IsBool())) return {};
    const Field* selector = once.facts->selector;
    const Field* excluded = once.facts->excluded;
    if (source.records().size() <= 1 && source.selects_a_record()) {
      return {false, "the request selects one record, but the text marks no records to tell them apart"};
    }
    if (source.ambiguous_records()) {
      return {false, "the text holds " + std::to_string(source.records().size()) +
                         " records and the request does not say which one to extract"};
    }
    // What the prompt and schema say of this member, read once per request.
    MemberFacts& member = once.facts->Member(key);
    const MemberLabelTable::Entry& entry = member.entry();
    const LabelSets& labels = entry.own;
    if (std::optional<std::string> asked = NullAsked(source, once.facts->null_asked, labels)) {
      return {false, "the request asks for null here (\"" + *asked + "\")"};
    }
    if (value.IsString() && !labels.empty()) {
      const CodeName code_named = static_cast<CodeName>(entry.code_name);
      // A member named as a code given words with no digit ("nav", "enginn",
      // "tidak ada", "\u0E44\u0E21\u0E48\u0E21\u0E35" for a locker): no code; a code
      // of letters is written in capitals ("MYFFUP"). (An e-mail address is
      // letters.)
      // (Only names of codes by nature: a seat, a gate, an aisle or a stop
      // may have a name, "Window", "North".)
      if (entry.pure_code) {
        const std::string_view v(value.GetString(), value.GetStringLength());
        const bool digit = std::any_of(v.begin(), v.end(), IsDigit);
        const bool small = std::any_of(v.begin(), v.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        });
        if (!digit && small && v.find('@') == std::string_view::npos) {
          return {false, "\"" + std::string(v.substr(0, 40)) + "\" holds no digit and is not written as a code"};
        }
      }
      if (std::optional<std::string> remark =
              RemarkBesideCode({value.GetString(), value.GetStringLength()}, entry.code_member, code_named,
                               entry.code_head)) {
        return {false, "the value adds \"" + *remark + "\" to a code: a remark or another code, not the value itself"};
      }
    }
    if (!entry.synonym_twin.empty() && (value.IsString() || value.IsNumber() || value.IsBool())) {
      return {false, "its name and \"" + entry.synonym_twin +
                         "\" are one word to the checks (synonyms): which field states which is not read"};
    }
    std::optional<std::size_t> record;
    if (source.records().size() > 1) record = source.selected_record();
    // Where the value occurs in the source (whole tokens), found once.
    // (Both made when first needed: a value its field states is judged
    // without them.)
    // (Into the check's buffers, PerCheck::value_tokens and occurrences.)
    bool tokens_made = false;
    auto value_tokens = [&]() -> const std::vector<Token>& {
      if (!tokens_made) {
        tokens_made = true;
        once.value_tokens.clear();
        if (value.IsString()) TokenizeInto({value.GetString(), value.GetStringLength()}, &once.value_tokens);
      }
      return once.value_tokens;
    };
    bool occurrences_made = false;
    auto occurrences_of_value = [&]() -> const std::vector<TokenSpan>& {
      if (!occurrences_made) {
        occurrences_made = true;
        if (value.IsString()) {
          source.FindInSource(value_tokens(), &once.occurrences);
        } else if (value.IsNumber()) {
          source.FindNumberInSource(value.GetDouble(), &once.occurrences);
        } else {
          once.occurrences.clear();
        }
      }
      return once.occurrences;
    };
    // A string value's NormalizeText, made once per check when first needed
    // (RestHeldByOtherMembers reads the same for the other members).
    auto normalized_value = [&]() -> const std::string& { return once.MemberValue(answer, index); };
    // "Supplier: ACME Ltd." for company = "ACME Ltd": wherever the text
    // writes the value, its last abbreviation has a period the answer lost.
    if (value.IsString() && EndsInAbbreviation({value.GetString(), value.GetStringLength()})) {
      const std::vector<TokenSpan>& at = occurrences_of_value();
      const std::vector<Token>& t = source.tokens();
      const std::string_view p = source.prompt();
      const bool all_with_period = !at.empty() && std::all_of(at.begin(), at.end(), [&](const TokenSpan& o) {
        const std::size_t end = t[o.second - 1].end;
        return end < p.size() && p[end] == '.' &&
               LosesAbbreviationPeriod(p.substr(t[o.first].begin, end + 1 - t[o.first].begin),
                                       {value.GetString(), value.GetStringLength()});
      });
      if (all_with_period) {
        return {false, "the text writes it with a period after its last abbreviation"};
      }
    }
    // "Every value in the record below is a placeholder from our template,
    // not real data:"
    if (const auto line = source.NotRealLine()) {
      const std::vector<Token>& t = source.tokens();
      return {false, "the text says its values are not real (\"" +
                         std::string(source.prompt().substr(t[line->first].begin,
                                                            t[line->second - 1].end - t[line->first].begin)) +
                         "\")"};
    }
    if (member.TransformationAsked(once.facts->transformations)) {
      return {false, "the instruction asks for the value changed in a way the checks cannot verify"};
    }
    // "with the hours as an integer" beside "Hours: 448.25"; "just the
    // number" beside "Height: 179 cm".
    for (const NumberFormAsked::Ask& ask : once.facts->number_form.asks) {
      if (!ask.named.empty() && !member.HasOwnWord(ask.named)) continue;
      if (ask.integer && value.IsNumber() && !value.IsInt64() && !value.IsUint64() &&
          std::floor(value.GetDouble()) != value.GetDouble()) {
        return {false, "the instruction asks an integer, and the value has a fraction"};
      }
      if (!ask.integer && value.IsString() && !BareNumber({value.GetString(), value.GetStringLength()})) {
        return {false, "the instruction asks the number alone, and the value has more than a number"};
      }
    }
    if (excluded != nullptr && (value.IsString() || value.IsNumber())) {
      // A value found only in the field the request excludes is not wanted.
      const std::vector<TokenSpan>& in = occurrences_of_value();
      const std::size_t inside = CountInField(source, in, *excluded);
      if (inside > 0 && inside == in.size()) {
        return {false, "the request excludes \"" + excluded->label + ": " + excluded->value + "\""};
      }
    }
    for (const TokenSpan& sentence : once.facts->roles) {
      // "of the applicant" and the text's "The applicant is Nora Lie, 27":
      // a value stated elsewhere is not known to be the applicant's.
      if ((value.IsString() || value.IsNumber()) &&
          RoleSentenceStatesOther(source, sentence, value, occurrences_of_value())) {
        const auto& t = source.tokens();
        return {false, "the request asks about someone the text describes apart from this value (\"" +
                           std::string(source.prompt().substr(t[sentence.first].begin,
                                                              t[sentence.second - 1].end - t[sentence.first].begin)) +
                           "\")"};
      }
    }
    bool in_selector = false;  // the value is in the field the request points at
    if (selector != nullptr) {
      // The request is about that field's entity: the value must be in it.
      in_selector = CountInField(source, occurrences_of_value(), *selector) > 0;
      if (!in_selector && !value.IsBool()) {
        return {false, "the request points at \"" + selector->label + ": " + selector->value +
                           "\" and this value is not in it"};
      }
    }
    // One end of a range, a rate, a supposition, an earlier message quoted
    // below newer text (JudgeByPlace).
    // (Strings are looked up only when a place strings can take is in the
    // text, or when the string is written as a number.)
    constexpr std::uint16_t kStringPlaces = SourceText::kQuoted | SourceText::kWithdrawnValue | SourceText::kFormer;
    const bool number_text = value.IsString() && value.GetStringLength() > 0 &&
                             std::all_of(value.GetString(), value.GetString() + value.GetStringLength(),
                                         [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-'; });
    if (source.places() != 0 &&
        (value.IsNumber() || (value.IsString() && ((source.places() & kStringPlaces) != 0 || number_text)))) {
      if (std::optional<StepVerdict> v = JudgeByPlace(source, value, occurrences_of_value(), labels,
                                                      member.Qualifiers(), record, pass_reason)) {
        return std::move(*v);
      }
    }
    // A member more specific than a field ("first name", "city of birth",
    // the instruction's "his city of birth") is not that field's whole value.
    if (!in_selector && (value.IsString() || value.IsNumber())) {
      const std::vector<std::string>& extra = member.Qualifiers();
      if (!extra.empty()) {
        const std::string number_text = value.IsString() ? std::string() : CanonicalNumber(value.GetDouble());
        const std::string& v = value.IsString() ? normalized_value() : number_text;
        // The fields of the record whose label is the member's without its
        // qualifier: the field's value as the member's would read, a
        // number's canonical text ("" when the field states none), else the
        // value itself.
        for (const MemberFacts::GeneralField& g : member.GeneralFields()) {
          const bool stated_same = value.IsNumber() ? (g.number ? *g.number == v : v.empty()) : g.field->value == v;
          if (stated_same) {
            return {false, "the request asks for its " + extra.front() + " one; the text's \"" + g.field->label +
                               "\" is another"};
          }
        }
        if (value.IsString()) {
          if (std::optional<StepVerdict> part = JudgeNamePart(extra, member.GeneralFields(), v)) return std::move(*part);
        }
      }
    }
    if (value.IsNumber() && !once.facts->present.empty()) {
      // "> Age: 34" and "That was last year; I am 35 now.": what the text
      // says holds now is another number.
      const std::vector<double>& claimed = OtherMembersNumbers(answer, key, once);
      if (const std::optional<std::size_t> now = PresentNumberElsewhere(source, once.facts->present, value.GetDouble(),
                                                                        member.Unit(nullptr), labels, entry.others,
                                                                        claimed)) {
        return {false, "the text says what holds now, and gives " + source.tokens()[*now].norm + " there"};
      }
    }
    // "[ ] Vegetarian", "Vegan: \u2611": a box beside the label says the
    // truth value.
    if (value.IsBool()) {
      if (const std::optional<bool> box = BoxBesideLabel(source, labels)) {
        if (*box == value.GetBool()) return {true, pass_reason ? "the text's box beside its label says so" : ""};
        return {false, std::string("the box beside its label in the text is ") + (*box ? "ticked" : "empty")};
      }
    }
    // The fields that name this member (best match first), those the
    // instruction points at when several; none when the value is in the
    // field of someone else the request points at.
    if (!in_selector) {
      if (const Field* twin = member.UnreadTwin()) {
        return {false, "the request mentions words of the text's \"" + twin->label +
                           "\" but not at the member's name, and another field names it too: which one it asks for "
                           "is not read"};
      }
    }
    static const std::vector<const Field*> kNone;
    const std::vector<const Field*>& named = in_selector ? kNone : member.NamedSelected();
    if (!in_selector && named.empty() && !member.Named().empty()) {
      return {false, "the request turns away from the text's \"" + member.Named().front()->label +
                         "\", the only field naming it"};
    }
    if (!named.empty()) {
      bool same_values = true;
      for (const Field* f : named) same_values = same_values && f->value == named.front()->value;
      if (!same_values) {
        return {false, "the text states several values for it (" + named[0]->label + ": " + named[0]->value + "; " +
                           named[1]->label + ": " + named[1]->value + ") and the request does not say which"};
      }
      const Field& f = *named.front();
      // "Return departure time: 17:40" for the departure time: another field
      // of its kind, whichever value it states.
      if (QualifiedOwnLabel(f, labels, source, /*qualifiers_only=*/value.IsBool())) {
        return {false, "the text's \"" + f.label + "\" is another field than the one asked"};
      }
      // "Doctor:" above "Name: Rolf Eng" for the patient's name.
      if (std::optional<std::string> why = OtherPartyOfField(source, f, member.Roles())) {
        return {false, std::move(*why)};
      }
      // "Room number: 214" for number_of_rooms (a number, or a string of
      // digits).
      if (value.IsNumber() || number_text) {
        if (std::optional<std::string> why = OtherTallyOfField(source, f, member.tally(), member.noun())) {
          return {false, std::move(*why)};
        }
        // "Temperature: 4" beside "Direction: below zero".
        if (std::optional<std::string> why = SignInAnotherField(source, f)) return {false, std::move(*why)};
      }
      // "Arrival time: 10:30" (or "Hour: 10") beside "Period: p.m.".
      if (const std::optional<int> hour = ClockHour(value, f)) {
        if (std::optional<std::string> why = HalfOfDayInAnotherField(source, f, *hour)) {
          return {false, std::move(*why)};
        }
      }
      // "Address: Storgata 12," goes on on the next line: the field is not
      // all there.
      if (f.value_end > f.value_begin) {
        const char last = source.prompt()[f.value_end - 1];
        if (last == ',' || last == ';') {
          return {false, "the text's \"" + f.label + "\" field goes on past its line (\"" + f.value + "\")"};
        }
      }
      // "Name: Ann Lee" and an indented "Berg" below it: the value is both.
      if (const std::size_t more = ContinuationEnd(source, f)) {
        if (value.IsString() && SameWords(source, f.value_begin, more, normalized_value())) {
          return {true, pass_reason ? "matches the text's \"" + f.label + "\" field and the line it goes on to" : ""};
        }
        return {false, "the text's \"" + f.label + "\" field goes on to the next line (\"" +
                           NormalizeText(source.prompt().substr(f.value_begin, more - f.value_begin)) + "\")"};
      }
      // "Breakfast declined: yes" states breakfast = false.
      if (value.IsBool()) {
        std::string word;
        bool stated = false;
        if (ReadBool(Core(f.value), &stated)) {
          switch (TurnOfBoolLabel(source, f, member.entry(), &word)) {
            case BoolLabelTurn::kNone:
              break;
            case BoolLabelTurn::kReverses:
              if (stated != value.GetBool()) {
                return {true, pass_reason ? "the text's \"" + f.label + "\" states its opposite" : ""};
              }
              return {false, "the text's \"" + f.label + ": " + f.value + "\" says \"" + word +
                                 "\": it states it as " + (stated ? "false" : "true")};
            case BoolLabelTurn::kUnread:
              return {false, "the text's label \"" + f.label + "\" says \"" + word +
                                 "\" beside its name, and what that does to it is not read"};
          }
        }
      }
      bool unit_from_instruction = false;
      const std::string_view unit = member.Unit(&unit_from_instruction);
      switch (Compare(value, f.value, f.value_tokens, unit, unit_from_instruction,
                      value.IsString() ? &normalized_value() : nullptr, once.facts->FieldQualified(f))) {
        case Agreement::kSame:
          if (value.IsString() &&
              LosesAbbreviationPeriod(source.prompt().substr(f.value_begin, f.value_end - f.value_begin),
                                      std::string_view(value.GetString(), value.GetStringLength()))) {
            return {false, "the text writes \"" +
                               std::string(source.prompt().substr(f.value_begin, f.value_end - f.value_begin)) +
                               "\", its last abbreviation with its period"};
          }
          // "Desk: Window" and a note "the desk should read Door, not
          // Window": the text denies the value it states.
          if (once.facts->may_deny) {
            if (std::optional<StepVerdict> v = DeniedOccurrence(source, occurrences_of_value())) return std::move(*v);
          }
          // "Check-out: 2027-04-10" and "she stays until 2027-04-12": another
          // value of its form no member's field states.
          if (value.IsString() && !once.facts->prose_digit_lines.empty() &&
              OtherValueOfItsForm(source, value, table, &once.facts->prose_digit_lines)) {
            return {false, "the text also states another value of its form outside every field"};
          }
          // "Haemolysed: yes" and "whatever the form says, it is not
          // haemolysed": a sentence states it the other way, and which of
          // them holds is not read.
          if (value.IsBool()) {
            const StepVerdict prose =
                JudgeProseBool(source, member.entry().own, value.GetBool(), /*sentences_only=*/true, member.record());
            if (prose.pass.has_value() && !*prose.pass) {
              return {false, "the text's \"" + f.label + ": " + f.value + "\" agrees, but " + prose.reason};
            }
          }
          if (value.IsNumber()) {
            const std::string_view other_case = CaseOtherThanAsked(source, f, once.facts->case_marked_asks, member.entry().unit_forms);
            if (!other_case.empty()) {
              return {false, "the request asks for a unit the text's \"" + f.label + "\" field writes as \"" +
                                 std::string(other_case) + "\", in another letter case: a unit of another size"};
            }
            // "Latitude: 33.92 S", "33.92S", "S 33.92": a compass letter that
            // signs it.
            if (std::optional<std::string> letter = CompassLetter(source, f)) {
              return {false, "the text writes \"" + *letter + "\" beside it, a hemisphere the checks do not read as a sign"};
            }
            // "Age: 40" and later "the age is 42": the text disagrees with itself.
            for (double said : member.AdjacentNumbers()) {
              if (said != value.GetDouble()) {
                return {false, "the text also states it as " + CanonicalNumber(said)};
              }
            }
            // "Total amount: 1249.50" beside "Revised total amount: 1011.50"
            // or "Total amount payable: 1344.70": which one is meant is not
            // read. (Not "Partner age:", "Old price:": another's.)
            for (const Field* twin : member.UnpickedTwins()) {
              if (twin == &f || !ChangesOrQualifies(*twin)) continue;
              const std::optional<double> other = StatedNumber(twin->value_tokens);
              if (other && *other != value.GetDouble()) {
                return {false, "the text also states " + twin->label + ": " + twin->value +
                                   ", and which of them the request asks for is not read"};
              }
            }
            // "Total price: 5670.00" and "as a member you pay 5103.00 NOK" in
            // a sentence that names the total price.
            for (const ProseNumber& p : member.ProseNumbers()) {
              if (p.number == value.GetDouble()) continue;
              const auto& t = source.tokens();
              return {false, "the text names it again with another figure (\"" +
                                 std::string(source.prompt().substr(
                                     t[p.sentence.first].begin, t[p.sentence.second - 1].end - t[p.sentence.first].begin)) +
                                 "\")"};
            }
          }
          // "Gate: B12" beside "New gate: C4" or "Neues Gate: C4", "Paid: no"
          // beside "Paid (corrected): yes": the same.
          if (value.IsString() || value.IsBool()) {
            for (const Field* twin : member.UnpickedTwins()) {
              if (twin == &f || !ChangesOrQualifies(*twin)) continue;
              if (Compare(value, twin->value, twin->value_tokens, unit, unit_from_instruction, &normalized_value(),
                          once.facts->FieldQualified(*twin)) == Agreement::kDiffers) {
                return {false, "the text also states " + twin->label + ": " + twin->value +
                                   ", and which of them the request asks for is not read"};
              }
            }
          }
          // "Customer: Lukas Rossi (the two cities are back to front)": a
          // remark in another field may undo this one, and how is not read
          // (round 266: the fresh answer that left the pair as written passed).
          if (const Field* remark = once.facts->remark_of_others; remark != nullptr && remark != &f) {
            const std::string_view said =
                source.prompt().substr(remark->value_begin, remark->value_end - remark->value_begin);
            return {false, "the text's \"" + remark->label + "\" field holds a remark on other values (" +
                               std::string(said) + "), and what it does to this one is not read"};
          }
          return {true, pass_reason ? "matches the text's \"" + f.label + "\" field" : std::string()};
        case Agreement::kDiffers:
          return {false, "the text states " + f.label + ": " + f.value};
        case Agreement::kUnreadable:
          if (value.IsString()) {
            const std::string& part = normalized_value();
            if (!RestHeldByOtherMembers(f.value, part, key, answer, once)) {
              return {false, "the text states " + f.label + ": " + f.value + ", of which \"" + part +
                                 "\" is only a part"};
            }
          }
          break;
      }
    }
    if (value.IsBool() && named.empty() && !in_selector) {
      // "Closed on Sunday: no" for open_sunday: a field that shares a word
      // of the member's name and says its opposite, or more than a list here
      // reads.
      for (const Field& f : source.fields()) {
        if (f.value.empty() || !member.InRecord(f)) continue;
        bool shares = false;
        for (const std::string& w : f.label_words) {
          for (const auto& l : member.entry().own) {
            shares = shares || (!IsFillerWord(w) && std::find(l.begin(), l.end(), w) != l.end());
          }
        }
        bool stated = false;
        if (!shares || !ReadBool(Core(f.value), &stated)) continue;
        std::string word;
        const BoolLabelTurn turn = TurnOfBoolLabel(source, f, member.entry(), &word);
        if (turn == BoolLabelTurn::kReverses && stated == value.GetBool()) {
          return {false, "the text's \"" + f.label + ": " + f.value + "\" says \"" + word + "\": it states it as " +
                             (stated ? "false" : "true")};
        }
        if (turn == BoolLabelTurn::kUnread) {
          return {false, "the text's label \"" + f.label + "\" says \"" + word +
                             "\" beside a word of its name, and what that does to it is not read"};
        }
      }
    }
    // (A string that is a yes or a no, "insured": "yes", is read the same.)
    bool yes_no = false;
    const bool truth = value.IsBool() || (value.IsString() && value.GetStringLength() <= 5 &&
                                          [&] {
                                            const std::string& v = normalized_value();
                                            return (v == "yes" || v == "no" || v == "true" || v == "false") &&
                                                   ReadBool(v, &yes_no);
                                          }());
    if (truth && named.empty() && !in_selector) {
      const std::optional<bool> inverted = member.Negated();
      // "Uninsured: yes" for insured = "yes" (a truth value's negation is
      // read below).
      if (inverted && !value.IsBool() && *inverted != yes_no) {
        return {false, std::string("the text states its negation: it is ") + (*inverted ? "yes" : "no")};
      }
      // "Outstanding: yes" or "Settled: yes" for paid, "Void: yes": a yes or
      // a no under a label no member's name reads may state it either way.
      const bool said = inverted || member.ProseBool(value.IsBool() ? value.GetBool() : yes_no).pass.has_value();
      const std::vector<Field>& fields = source.fields();
      for (std::size_t k = 0; !said && k < fields.size(); ++k) {
        const Field& f = fields[k];
        bool stated = false;
        if (f.value.empty() || !member.InRecord(f) || !ReadBool(Core(f.value), &stated)) continue;
        bool claimed = false;
        for (const auto& l : member.entry().others) claimed = claimed || LabelMatch(f.label_words, l) > 0;
        if (!claimed) {
          return {false, "the text's \"" + f.label + ": " + f.value +
                             "\" may state it, under a label its name does not read, either way"};
        }
      }
    }
    if (value.IsBool()) {
      // "Non-smoker: no" states smoker = true.
      if (std::optional<bool> inverted = member.Negated()) {
        if (*inverted == value.GetBool()) return {true, pass_reason ? "the text states its negation" : ""};
        return {false, std::string("the text states it as ") + (*inverted ? "true" : "false")};
      }
      return member.ProseBool(value.GetBool());
    }
    if (value.IsNumber()) {
      // "born 1990, age 34", "suite 33": a number right beside the member's
      // label word is what the text says it is.
      const std::vector<double>& said = member.AdjacentNumbers();
      if (!said.empty() && std::find(said.begin(), said.end(), value.GetDouble()) == said.end()) {
        return {false, "the text states it as " + CanonicalNumber(said.front())};
      }
    }
    if (value.IsString()) {
      std::string_view text(value.GetString(), value.GetStringLength());
      const std::vector<Token>& words = value_tokens();
      bool filler = !words.empty();
      for (const Token& t : words) filler = filler && (t.kind == TokenKind::kPunct || IsFillerWord(t.norm));
      if (filler) return {false, "\"" + std::string(text) + "\" is not a value the text gives"};
    }
    const std::vector<TokenSpan>& occ = occurrences_of_value();
    if (occ.empty()) return {};
    // "name,city,office,home" over "Jonas Berg,Bergen,Tromso": the text
    // states "Bergen" once, and two members giving it cannot both be right.
    if (occ.size() == 1 && value.IsString()) {
      if (std::optional<std::string> other = SameValueOfAnother(answer, key, index, once)) {
        return {false, "the text states \"" + std::string(value.GetString(), value.GetStringLength()) +
                           "\" once, and \"" + *other + "\" gives it too"};
      }
    }
    const std::vector<Token>& t = source.tokens();
    for (const auto& o : occ) {
      const std::string_view header = source.BrokenRowHeader(t[o.first].begin);
      if (!header.empty()) {
        return {false, "the text's row holding it has another number of cells than its header \"" +
                           std::string(header) + "\", or an empty or placeholder cell: which cell is which is not read"};
      }
    }
    if (record) {
      bool in_record = false;
      for (const auto& o : occ) in_record = in_record || source.RecordAt(t[o.first].begin) == *record;
      if (!in_record) return {false, "the value comes from a record the request does not select"};
    }
    // Stated only under other labels, or only beside another member's name?
    const LabelSets& others = entry.others;
    bool all_other = true;
    std::string other;
    // "not 29", "was 70 kg", "~~41~~" anywhere: the text contests the value.
    if (std::optional<StepVerdict> v = DeniedOccurrence(source, occ)) return std::move(*v);
    bool cut = false;  // every occurrence so far is a cut inside a field's value
    std::optional<TokenSpan> loose;  // a prose occurrence no adjacent word names
    bool prose_named = false;        // ... or one an adjacent word names
    bool unnamed = false;            // ... and no word near it names either
    std::optional<std::string> wrong_part;
    std::optional<std::string> stated_for_other;  // another party's, or a count for an identifier
    for (const auto& o : occ) {
      const Field* f = source.FieldAt(t[o.first].begin);
      // "Recipient name: Ole Vik", "Doctor:" above "Name:", "the
      // recipient's name is Ole Vik" for a sender's or a patient's name.
      if (std::optional<std::string> why = OtherPartyAt(source, o, member.Roles())) {
        stated_for_other = std::move(why);
        continue;
      }
      if (f != nullptr && (value.IsNumber() || number_text)) {
        if (std::optional<std::string> why = OtherTallyOfField(source, *f, member.tally(), member.noun())) {
          stated_for_other = std::move(why);
          continue;
        }
      }
      if (f != nullptr && (value.IsString() || value.IsNumber())) {
        std::optional<std::string> why;
        if (!in_selector) why = NamedElsewhere(source, o, labels);
        if (!why) why = WrongPartOfKind(source, o, member.Distinguishing());
        if (why) {
          wrong_part = std::move(why);  // "Billing address" when the shipping one is asked
          continue;
        }
      }
      // "nurse" of "Position: nurse practitioner": a cut inside another
      // field's value is not that value, whatever the label.
      if (value.IsString() && f != nullptr &&
          Compare(value, f->value, f->value_tokens, {}, false, &normalized_value(),
                  once.facts->FieldQualified(*f)) == Agreement::kDiffers) {
        other = f->label + ": " + f->value;
        cut = true;
        continue;
      }
      cut = false;
      // A field whose value is this value alone (a unit may follow) states
      // it; a value inside a longer field value ("2 adults and 2 children")
      // is read like prose.
      const std::size_t field_tokens = f != nullptr ? f->value_words : 0;
      int own_score = 0, other_score = 0;
      if (f != nullptr) {
        own_score = member.OwnScore(*f);
        // Read below only when no own label matches.
        if (own_score == 0) other_score = member.OtherScore(*f);
      }
      if (f != nullptr && ((own_score == 0 && FormerField(*f)) || QualifiedOwnLabel(*f, labels, source, value.IsBool()))) {
        // "Previous home: Porto" states no current value; "Return
        // departure time: 17:40" is not the departure time asked.
        other = f->label;
        continue;
      }
      if (f != nullptr && own_score == 0 && other_score > 0) {
        other = f->label;  // inside another member's field: the 2024 of "Date: 2024-05-18"
        continue;
      }
      if (f != nullptr && field_tokens <= (o.second - o.first) + 1) {
        if (own_score > 0) {
          all_other = false;
          break;
        }
        // A label that names no member ("Customer: Ann Lee" for full_name)
        // is only evidence against a number or a truth value.
        if (value.IsString()) {
          all_other = false;
          break;
        }
        other = f->label;
        continue;
      }
      // A number or a truth value under a label in a script no field reader
      // reads ("\u041A\u043E\u043C\u043D\u0430\u0442\u0430: 52" for an age, round
      // 225): whose it is, is not read.
      if (f == nullptr && (value.IsNumber() || value.IsBool() || number_text)) {
        if (const std::string_view label = UnreadScriptLabelBefore(source.prompt(), t[o.first].begin); !label.empty()) {
          other = std::string(label);
          continue;
        }
      }
      // The word right after a number ("3 children") or right before a
      // value ("aged 41") says whose it is before any wider context does.
      const int adjacent = AdjacentNaming(source, o, labels, others);
      if (adjacent > 0) {
        prose_named = true;
        all_other = false;
        break;
      }
      if (adjacent < 0) {
        other = "another field's words";
        continue;
      }
      const WordList near = NearWords(source, o);
      const bool named_near = Names(near, labels, /*any=*/true);
      if (named_near || !Names(near, others)) {
        all_other = false;
        loose = o;
        unnamed = !named_near;
        break;
      }
      other = "another field's words";
    }
    if (all_other && wrong_part) return {false, std::move(*wrong_part)};
    if (all_other && stated_for_other) return {false, std::move(*stated_for_other)};
    if (all_other && cut) {
      return {false, "\"" + std::string(value.GetString()) + "\" is only part of the text's \"" + other + "\""};
    }
    if (all_other) return {false, "the text states this value as \"" + other + "\", not as " + std::string(key)};
    if (loose && unnamed && value.IsNumber()) {
      // Nothing near it names the member, but a word of its label stands
      // right before another number ("Subtotal 40.00 ... Paid 35.00").
      for (const MemberFacts::WordNumber& wn : member.NumbersAfterOwnWord()) {
        if (wn.number == value.GetDouble()) continue;
        const std::vector<Token>& tk = source.tokens();
        return {false, "the text puts \"" + tk[wn.word].norm + "\" beside " + tk[wn.word + 1].norm +
                           ", and nothing names " + CanonicalNumber(value.GetDouble()) + " " + std::string(key)};
      }
    }
    if (loose && unnamed && !in_selector && (value.IsNumber() || value.IsString())) {
      // "leaves at 14:35 and arrives at 16:05": the member's word (or its
      // stem) stands beside another number.
      if (std::optional<std::string> why = OtherValueBesideMemberWord(source, *loose, member.NumbersBesideOwnStem())) {
        return {false, std::move(*why)};
      }
    }
    if (loose && value.IsNumber()) {
      // Only words near it say this number is the member's: another number
      // in its sentence could be it as well ("would rise to 5000; for now it
      // is 2000").
      const std::vector<double>& claimed = OtherMembersNumbers(answer, key, once);
      if (const std::optional<std::size_t> rival = RivalNumber(source, *loose, value.GetDouble(),
                                                               member.Unit(nullptr), labels, others,
                                                               claimed)) {
        return {false, "the text's sentence also gives " + t[*rival].norm + " and nothing beside " +
                           CanonicalNumber(value.GetDouble()) + " says it is " + std::string(key)};
      }
    }
    if (loose && !in_selector) {
      if (std::optional<std::string> why = ProseClauseNamesAnother(source, *loose, labels, member.KindTwins())) {
        return {false, std::move(*why)};
      }
    }
    if ((loose || prose_named) && value.IsString()) {
      // "Outbound from Florø, destination Arendal" for the destination,
      // "Start point Loen; end point Kjenndal" for the start: a word of the
      // member's own labels names another value, and none names this one.
      const std::vector<MemberFacts::WordValue>& named = member.ValuesAfterOwnWord();
      bool this_one = named.empty();
      for (const MemberFacts::WordValue& nv : named) {
        for (const TokenSpan& o : occ) this_one = this_one || o.first == nv.begin || o.second == nv.end;
      }
      if (!this_one) {
        return {false, "the text names another value by \"" + t[named.front().word].norm + "\", and nothing names \"" +
                           std::string(value.GetString()) + "\" so"};
      }
    }
    if (value.IsString() && OnlyFragments(source, occ)) {
      return {false, "\"" + std::string(value.GetString()) + "\" is only part of a longer name in the text"};
    }
    return {};
  }
};

}  // namespace

std::unique_ptr<StepVerifier> MakeLabeledFieldVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<LabeledFieldVerifier>();
}

}  // namespace stepcache::checks::internal
