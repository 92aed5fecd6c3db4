#include "value_place.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace stepcache::checks::internal {
namespace {

bool Any(const std::vector<std::string>& words, const std::set<std::string_view>& set) {
  for (const std::string& w : words) {
    if (set.count(w) != 0) return true;
  }
  return false;
}

// Whether token `k` is one of `words` (as written or singular).
bool IsOneOf(const SourceText& s, std::size_t k, const std::vector<std::string>& words) {
  const Token& t = s.tokens()[k];
  if (t.kind != TokenKind::kWord) return false;
  const std::string& singular = s.SingularWord(k);
  return std::find(words.begin(), words.end(), t.norm) != words.end() ||
         (!singular.empty() && std::find(words.begin(), words.end(), singular) != words.end());
}

std::string Quote(const SourceText& s, std::pair<std::size_t, std::size_t> span) {
  const std::vector<Token>& t = s.tokens();
  return std::string(s.prompt().substr(t[span.first].begin, t[span.second - 1].end - t[span.first].begin));
}

// The text of the source sentence around token `at`.
std::string QuoteSentence(const SourceText& s, std::size_t at) { return Quote(s, s.SentenceOf(at)); }

}  // namespace

std::optional<StepVerdict> JudgeByPlace(const SourceText& source, const rapidjson::Value& value,
                                        const std::vector<TokenSpan>& occurrences, const LabelSets& own,
                                        const std::vector<std::string>& qualifiers,
                                        std::optional<std::size_t> record, bool pass_reason) {
  if (occurrences.empty() || source.places() == 0) return std::nullopt;
  const std::vector<Token>& t = source.tokens();
  std::uint16_t all = 0xFFFF;  // the places every occurrence shares
  for (const TokenSpan& o : occurrences) all &= source.PlaceOf(o.first);
  if (all == 0) return std::nullopt;
  // A number, or a string written as one number ("2.4" of a version).
  const bool numeric = value.IsNumber() || (value.IsString() && std::all_of(occurrences.begin(), occurrences.end(),
                                                                             [&](const TokenSpan& o) {
                                                                               return o.second == o.first + 1 &&
                                                                                      t[o.first].kind == TokenKind::kNumber;
                                                                             }));
  const double number = t[occurrences.front().first].number;
  std::vector<std::string> words = qualifiers;  // the member's words
  for (const auto& label : own) words.insert(words.end(), label.begin(), label.end());

  if (numeric && (all & (SourceText::kRangeLow | SourceText::kRangeHigh)) != 0) {
    static const std::set<std::string_view> kLow = {"min",   "minimum", "lowest", "low",      "lower",   "least",
                                                    "from",  "start",   "starting", "earliest", "bottom", "floor"};
    static const std::set<std::string_view> kHigh = {"max",  "maximum", "highest", "high",   "upper", "most",
                                                     "until", "end",    "ending",  "latest", "top",   "ceiling"};
    const bool low = Any(words, kLow), high = Any(words, kHigh);
    const std::size_t at = occurrences.front().first;
    const std::string range = QuoteSentence(source, at);
    const bool is_low = (all & SourceText::kRangeLow) != 0;
    const bool is_high = (all & SourceText::kRangeHigh) != 0;
    if (low != high && occurrences.size() == 1 && ((low && is_low) || (high && is_high)) &&
        (!record || source.RecordAt(t[at].begin) == *record)) {
      return StepVerdict{true, pass_reason ? std::string(low ? "the lower" : "the upper") + " end of the text's range (\"" +
                                                 range + "\")"
                                           : std::string()};
    }
    return StepVerdict{false, "the text gives " + t[at].norm + " as one end of a range (\"" + range +
                                  "\") and the member does not name that end"};
  }
  if (numeric && (all & SourceText::kRate) != 0) {
    static const std::set<std::string_view> kRateWords = {
        "per",    "rate",   "speed",   "price",  "cost",   "fee",    "wage",     "salary",  "pay",  "each",
        "unit",   "hourly", "daily",   "weekly", "monthly", "yearly", "annual",  "frequency", "density",
        "pace",   "velocity", "dose",  "dosage", "ratio"};
    if (!Any(words, kRateWords)) {
      const std::size_t at = occurrences.front().first;
      return StepVerdict{false, "the text gives " + t[at].norm + " as a rate (\"" + QuoteSentence(source, at) +
                                    "\"), not as the member's own amount"};
    }
  }
  if (numeric && (all & SourceText::kSupposed) != 0) {
    // Another number, in a sentence that supposes nothing and speaks of the member.
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (t[k].kind != TokenKind::kNumber || !t[k].in_source || (source.PlaceOf(k) & SourceText::kSupposed) != 0 ||
          t[k].number == number) {
        continue;
      }
      const auto [b, e] = source.SentenceOf(k);
      bool speaks = false;
      for (std::size_t w = b; w < e && !speaks; ++w) speaks = IsOneOf(source, w, words);
      if (speaks) {
        const std::size_t at = occurrences.front().first;
        return StepVerdict{false, "the text gives " + t[at].norm + " only in a sentence that supposes (\"" +
                                      QuoteSentence(source, at) + "\") and states " + t[k].norm +
                                      " elsewhere"};
      }
    }
  }
  if (numeric && (all & SourceText::kAsked) != 0) {
    // "Is the total 450? No, it is 540."
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (t[k].kind == TokenKind::kNumber && t[k].in_source && (source.PlaceOf(k) & SourceText::kAsked) == 0 &&
          t[k].number != number) {
        const std::size_t at = occurrences.front().first;
        return StepVerdict{false, "the text only asks about " + t[at].norm + " (\"" + QuoteSentence(source, at) +
                                      "?\") and states " + t[k].norm + " elsewhere"};
      }
    }
  }
  if (numeric && (all & SourceText::kScaled) != 0) {
    const std::size_t at = occurrences.front().first;
    return StepVerdict{false, "the text computes with " + t[at].norm + " (\"" +
                                  QuoteSentence(source, at) + "\")"};
  }
  if ((all & SourceText::kFormer) != 0 && (value.IsNumber() || value.IsString())) {
    const std::size_t at = occurrences.front().first;
    return StepVerdict{false, "the text gives it as what held before (\"" + QuoteSentence(source, at) + "\")"};
  }
  if ((all & SourceText::kWithdrawnValue) != 0 && (value.IsNumber() || value.IsString())) {
    const std::size_t at = occurrences.front().first;
    return StepVerdict{false, "the text marks it as withdrawn (\"" + QuoteSentence(source, at) + "\")"};
  }
  if ((all & SourceText::kQuoted) != 0 && (value.IsNumber() || value.IsString())) {
    bool digits = value.IsNumber();
    if (value.IsString()) {
      const std::string_view v(value.GetString(), value.GetStringLength());
      digits = std::any_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    for (std::size_t k = 0; k < t.size(); ++k) {
      if ((source.PlaceOf(k) & SourceText::kNewer) == 0) continue;
      if (digits ? t[k].kind == TokenKind::kNumber : IsOneOf(source, k, words)) {
        return StepVerdict{false, "the value is only in the earlier message quoted below, and the newer text gives \"" +
                                      t[k].norm + "\""};
      }
    }
    // "From: Kari Lie" in the forwarded message and "From: Jonas Berg" above
    // it: the newer message's field of the same label says it anew.
    for (const TokenSpan& o : occurrences) {
      const Field* old_field = source.FieldAt(t[o.first].begin);
      if (old_field == nullptr) continue;
      for (const Field& f : source.fields()) {
        if (&f == old_field || f.label != old_field->label || f.value == old_field->value) continue;
        std::size_t k = 0;
        while (k < t.size() && t[k].begin < f.value_begin) ++k;
        if (k < t.size() && (source.PlaceOf(k) & SourceText::kNewer) != 0) {
          return StepVerdict{false, "the value is only in the earlier message quoted below, and the newer text's \"" +
                                        f.label + ": " + f.value + "\" says it anew"};
        }
      }
    }
  }
  return std::nullopt;
}

namespace {

// Whether two lowercase words share a stem: the same word, or a common
// prefix of at least four letters that leaves at most two letters of the
// shorter ("arrives" / "arrival", "departs" / "departure").
bool SameStem(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::size_t shorter = std::min(a.size(), b.size());
  std::size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  return common >= 4 && common + 2 >= shorter;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> NumbersBesideMemberStem(const SourceText& source, const LabelSets& own) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::vector<Token>& t = source.tokens();
  static const std::set<std::string_view> kBetween = {"at", "on", "is", "was", "of", "to", "in", "by", "for", "are"};
  // The number reached from word `w` stepping by `step` over small words,
  // ':' and '=' on its line, if any.
  auto number_beside = [&](std::size_t w, int step) -> std::optional<std::size_t> {
    for (std::size_t k = w + step; k < t.size() && t[k].line == t[w].line && t[k].in_source; k += step) {
      const bool skip = (t[k].kind == TokenKind::kWord && kBetween.count(t[k].norm) != 0) ||
                        (t[k].kind == TokenKind::kPunct && (t[k].norm == ":" || t[k].norm == "="));
      if (skip) continue;
      if (t[k].kind == TokenKind::kNumber) return k;
      return std::nullopt;
    }
    return std::nullopt;
  };
  std::vector<std::string_view> words;
  for (const auto& label : own) {
    for (const std::string& l : label) {
      if (!IsFillerWord(l)) words.push_back(l);
    }
  }
  if (words.empty()) return out;
  for (std::size_t w = 0; w < t.size(); ++w) {
    if (!t[w].in_source || t[w].kind != TokenKind::kWord || t[w].norm.size() < 2 || IsFillerWord(t[w].norm)) continue;
    bool member_word = false;
    for (std::string_view l : words) member_word = member_word || SameStem(t[w].norm, l);
    if (!member_word) continue;
    for (const int step : {1, -1}) {
      if (std::optional<std::size_t> k = number_beside(w, step)) out.push_back({w, *k});
    }
  }
  return out;
}

std::optional<std::string> OtherValueBesideMemberWord(const SourceText& source, TokenSpan occ,
                                                      const std::vector<std::pair<std::size_t, std::size_t>>& beside) {
  const std::vector<Token>& t = source.tokens();
  for (const auto& [w, k] : beside) {
    if ((w >= occ.first && w < occ.second) || (k >= occ.first && k < occ.second)) continue;
    return "the text puts \"" + t[w].norm + "\" beside " + t[k].norm + ", and nothing near " + Quote(source, occ) +
           " names it";
  }
  return std::nullopt;
}

namespace {

std::string Text(const rapidjson::Value& v) {
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : CanonicalNumber(v.GetDouble());
}

// The first leaf of `v` (depth first) whose every occurrence states no value
// that holds.
const rapidjson::Value* StaleLeaf(const SourceText& source, const rapidjson::Value& v, int depth = 0) {
  if (depth > 16) return nullptr;
  if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      if (const rapidjson::Value* leaf = StaleLeaf(source, m.value, depth + 1)) return leaf;
    }
    return nullptr;
  }
  if (v.IsArray()) {
    for (const auto& item : v.GetArray()) {
      if (const rapidjson::Value* leaf = StaleLeaf(source, item, depth + 1)) return leaf;
    }
    return nullptr;
  }
  if (!(v.IsString() || v.IsNumber())) return nullptr;
  const std::vector<TokenSpan> occ = ValueOccurrences(source, v);
  if (occ.empty()) return nullptr;
  const std::vector<Token>& t = source.tokens();
  for (const TokenSpan& o : occ) {
    const Field* f = source.FieldAt(t[o.first].begin);
    const bool former = f != nullptr && FormerField(*f);
    const bool placed = (source.PlaceOf(o.first) & (SourceText::kWithdrawnValue | SourceText::kFormer)) != 0;
    if (!former && !placed) return nullptr;
  }
  return &v;
}

// Tokens strictly between two spans (0 when they touch or overlap).
std::size_t Gap(TokenSpan a, TokenSpan b) {
  if (a.second <= b.first) return b.first - a.second;
  if (b.second <= a.first) return a.first - b.second;
  return 0;
}

// The objects of an array (with two strings or more) pair their values the
// other way round from the text: for two objects whose anchor values (the
// first string member, e.g. a name) and whose values of another member each
// occur once in the text,
// the values stand closer to the other object's anchor ("Ana (vegan), Bo
// (no restrictions)" answered as Ana: no restrictions, Bo: vegan). When all
// anchors come before all values ("Ana and Bo chose vegan and regular,
// respectively") every pairing is as close, and none is judged.
std::optional<StepVerdict> SwappedPair(const SourceText& source, const rapidjson::Value& array) {
  struct Leaf {
    std::string_view key;
    const rapidjson::Value* value;
    std::optional<TokenSpan> at;  // its one occurrence in the text
  };
  // Objects with one string are the numbers' rule's (JudgeComposite), and
  // cost no look-up here.
  std::size_t strings = 0;
  if (array.Empty() || !array[0].IsObject()) return std::nullopt;
  for (const auto& m : array[0].GetObject()) strings += m.value.IsString();
  if (strings < 2) return std::nullopt;
  std::vector<std::vector<Leaf>> objects;
  for (const auto& item : array.GetArray()) {
    if (!item.IsObject()) return std::nullopt;
    std::vector<Leaf>& leaves = objects.emplace_back();
    for (const auto& m : item.GetObject()) {
      if (!m.value.IsString() && !m.value.IsNumber()) continue;
      std::vector<TokenSpan> occ = ValueOccurrences(source, m.value);
      leaves.push_back({std::string_view(m.name.GetString(), m.name.GetStringLength()), &m.value,
                        occ.size() == 1 ? std::optional<TokenSpan>(occ.front()) : std::nullopt});
    }
  }
  if (objects.size() < 2 || objects.size() > 64 || objects.front().empty()) return std::nullopt;
  auto find = [](const std::vector<Leaf>& leaves, std::string_view key) -> const Leaf* {
    for (const Leaf& l : leaves) {
      if (l.key == key) return &l;
    }
    return nullptr;
  };
  // The anchor: the first member that is a string placed once in the text
  // in every object.
  std::string_view anchor;
  for (const Leaf& l : objects.front()) {
    if (!l.value->IsString()) continue;
    bool placed = true;
    for (const auto& leaves : objects) {
      const Leaf* a = find(leaves, l.key);
      placed = placed && a != nullptr && a->value->IsString() && a->at;
    }
    if (placed) {
      anchor = l.key;
      break;
    }
  }
  if (anchor.empty()) return std::nullopt;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    const Leaf* ai = find(objects[i], anchor);
    for (std::size_t j = i + 1; j < objects.size(); ++j) {
      const Leaf* aj = find(objects[j], anchor);
      if (*ai->at == *aj->at) continue;
      for (const Leaf& vi : objects[i]) {
        const Leaf* vj = find(objects[j], vi.key);
        if (vi.key == anchor || vj == nullptr || !vi.at || !vj->at || *vi.at == *vj->at) continue;
        const std::size_t given = Gap(*ai->at, *vi.at) + Gap(*aj->at, *vj->at);
        const std::size_t swapped = Gap(*ai->at, *vj->at) + Gap(*aj->at, *vi.at);
        if (swapped < given) {
          return StepVerdict{false, "the text puts " + Quote(source, *vj->at) + " with " + Quote(source, *ai->at) +
                                        " and " + Quote(source, *vi.at) + " with " + Quote(source, *aj->at) +
                                        ", and the objects pair them the other way"};
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<StepVerdict> JudgeComposite(const SourceText& source, const rapidjson::Value& value, bool former_field) {
  // Leaves are looked up only when the text has a former field or a
  // withdrawn or former clause at all.
  const bool stale = former_field || (source.places() & (SourceText::kWithdrawnValue | SourceText::kFormer)) != 0;
  if (const rapidjson::Value* leaf = stale ? StaleLeaf(source, value) : nullptr) {
    return StepVerdict{false, "\"" + Text(*leaf) + "\" is only where the text gives a former, denied or withdrawn value"};
  }
  if (!value.IsArray()) return std::nullopt;
  if (std::optional<StepVerdict> v = SwappedPair(source, value)) return v;
  const std::vector<Token>& t = source.tokens();
  // A word's norm: ASCII letters lowercased (Tokenize's words), at most 32
  // of them, into `buffer`; empty when the word is anything else.
  auto word_norm = [](std::string_view w, char (&buffer)[32]) {
    if (w.empty() || w.size() > sizeof buffer) return std::string_view();
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return std::string_view();
      buffer[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return std::string_view(buffer, w.size());
  };
  char first_buffer[32], last_buffer[32];
  std::vector<std::size_t> beside;     // token indices of the numbers beside an object's string
  std::vector<std::size_t> positions;  // NormPositions
  positions.reserve(16);               // (one block for every look-up)
  std::vector<double> numbers;         // the object's numbers
  numbers.reserve(8);                  // (room for a usual object's: one block for the whole array)
  for (const auto& item : value.GetArray()) {
    if (!item.IsObject()) continue;
    const rapidjson::Value* name = nullptr;
    numbers.clear();
    std::size_t strings = 0;
    for (const auto& m : item.GetObject()) {
      if (m.value.IsString()) ++strings, name = &m.value;
      if (m.value.IsNumber()) numbers.push_back(m.value.GetDouble());
    }
    if (strings != 1 || numbers.empty()) continue;
    // The string's first and last words (plain words only), looked up in
    // the source's index: the number right before its first word ("2
    // lamps") or right after its last ("lamps: 2", "lamps (2)").
    const std::string_view text(name->GetString(), name->GetStringLength());
    const std::size_t first_end = text.find(' ');
    const std::size_t last_begin = text.rfind(' ');
    const std::string_view first_norm = word_norm(text.substr(0, first_end), first_buffer);
    const std::string_view last_norm =
        word_norm(last_begin == std::string_view::npos ? text : text.substr(last_begin + 1), last_buffer);
    if (first_norm.empty() || last_norm.empty()) continue;
    beside.clear();
    source.NormPositions(first_norm, &positions);
    for (std::size_t p : positions) {
      if (p > 0 && t[p - 1].kind == TokenKind::kNumber && t[p - 1].line == t[p].line) beside.push_back(p - 1);
    }
    source.NormPositions(last_norm, &positions);
    for (std::size_t p : positions) {
      std::size_t k = p + 1;
      while (k < t.size() && t[k].kind == TokenKind::kPunct && (t[k].norm == ":" || t[k].norm == "(") &&
             t[k].line == t[p].line) {
        ++k;
      }
      if (k < t.size() && t[k].kind == TokenKind::kNumber && t[k].line == t[p].line) beside.push_back(k);
    }
    if (beside.empty()) continue;
    bool own = false;
    for (std::size_t k : beside) own = own || std::find(numbers.begin(), numbers.end(), t[k].number) != numbers.end();
    if (!own) {
      return StepVerdict{false, "the text puts " + t[beside.front()].norm + " beside \"" + std::string(text) +
                                    "\", and its object says " + CanonicalNumber(numbers.front())};
    }
  }
  return std::nullopt;
}

std::optional<StepVerdict> JudgeNamePart(const std::vector<std::string>& qualifiers,
                                         const std::vector<MemberFacts::GeneralField>& general,
                                         const std::string& value) {
  static const std::set<std::string_view> kFirst = {"first", "given", "fore", "forename"};
  static const std::set<std::string_view> kLast = {"last", "family", "sur"};
  const bool first = Any(qualifiers, kFirst), last = Any(qualifiers, kLast);
  if (first == last || value.empty()) return std::nullopt;
  auto trim = [](std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  };
  for (const MemberFacts::GeneralField& g : general) {
    if (g.number) continue;
    const std::string_view name = g.field->value;
    std::string_view front, back;  // the name's two ends as written
    if (const std::size_t comma = name.find(','); comma != std::string_view::npos) {
      // "Berg, Jonas": family name first.
      front = trim(name.substr(comma + 1));
      back = trim(name.substr(0, comma));
    } else {
      const std::size_t a = name.find(' '), b = name.rfind(' ');
      if (a == std::string_view::npos) continue;
      front = name.substr(0, a);
      back = name.substr(b + 1);
    }
    const std::string_view wanted = first ? front : back, other = first ? back : front;
    if (value == other && value != wanted) {
      return StepVerdict{false, "the text writes the name as \"" + std::string(name) + "\": its " +
                                    (first ? "first" : "last") + " name is " + std::string(wanted)};
    }
  }
  return std::nullopt;
}

}  // namespace stepcache::checks::internal
