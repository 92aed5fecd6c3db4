#include "stepcache/checks/grounding.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"
#include "text_chars.h"

namespace stepcache::checks {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Normalises `in` into `out` (room for in.size() bytes: the output is
// never longer) and returns its length: ASCII letters folded when
// `options.case_insensitive`, whitespace runs as one space and the ends
// trimmed when `options.normalize_whitespace`.
std::size_t NormalizeInto(std::string_view in, const GroundingOptions& options, char* out) {
  // Each byte's image under case folding, and whether it is whitespace,
  // read from tables: one load per byte and one branch for the rare space.
  struct Tables {
    std::array<char, 256> fold, same;
    std::array<bool, 256> space;
  };
  static const Tables kTables = [] {
    Tables t{};
    for (int b = 0; b < 256; ++b) {
      t.same[static_cast<std::size_t>(b)] = static_cast<char>(b);
      t.fold[static_cast<std::size_t>(b)] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    }
    for (char b : {' ', '\t', '\n', '\r', '\f', '\v'}) t.space[static_cast<unsigned char>(b)] = true;
    return t;
  }();
  const char* const map = options.case_insensitive ? kTables.fold.data() : kTables.same.data();
  char* o = out;
  if (!options.normalize_whitespace) {
    for (char c : in) *o++ = map[static_cast<unsigned char>(c)];
    return static_cast<std::size_t>(o - out);
  }
  // A whitespace run writes one ' ' unless the output is empty or already
  // ends in the ' ' of a run (no other byte writes a ' '); a trailing one
  // is dropped at the end.
  // Plain blocks of 16 bytes at once (NormalizePlainBlock), the others
  // byte by byte.
  const char* p = in.data();
  const char* const end = p + in.size();
  while (p != end) {
    if (end - p >= 16 && internal::NormalizePlainBlock(p, o, o == out || o[-1] == ' ', options.case_insensitive)) {
      p += 16;
      o += 16;
      continue;
    }
    for (const char* const stop = p + std::min<std::ptrdiff_t>(end - p, 16); p != stop; ++p) {
      const unsigned char b = static_cast<unsigned char>(*p);
      if (kTables.space[b]) {
        if (o != out && o[-1] != ' ') *o++ = ' ';
        continue;
      }
      *o++ = map[b];
    }
  }
  if (o != out && o[-1] == ' ') --o;
  return static_cast<std::size_t>(o - out);
}

void Normalize(std::string_view in, const GroundingOptions& options, std::string* out) {
  out->resize(in.size());
  out->resize(in.empty() ? 0 : NormalizeInto(in, options, &(*out)[0]));
}

bool ToDouble(std::string_view digits, double* value) {
  const char* end = digits.data() + digits.size();
  auto [ptr, ec] = std::from_chars(digits.data(), end, *value);
  return ec == std::errc() && ptr == end && std::isfinite(*value);
}

std::string FormatNumber(const rapidjson::Value& v) {
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v.GetDouble());
  return ec == std::errc() ? std::string(buf, ptr) : std::string("?");
}

std::string Quote(std::string_view s) {
  constexpr std::size_t kMax = 60;
  std::string out = "\"";
  out.append(s.substr(0, kMax));
  if (s.size() > kMax) out += "...";
  out += '"';
  return out;
}

// Whether `needle`, found in `hay` at `at`, stands there as whole words: a
// letter, digit or non-ASCII byte at its start (end) has no such byte or
// '_' right before (after) it. A needle starting or ending in punctuation
// needs no boundary on that side.
// (A byte >= 0x80 is a word byte here, a guillemet's or a CJK bracket's
// too: "红楼梦" is not grounded by "《红楼梦》与《西游记》", where only the whole
// field is a title. A value wrapped whole in such a pair is read without it
// by the field checks.)
bool WholeWordsAt(std::string_view hay, std::size_t at, std::string_view needle) {
  auto word_byte = [](char c) { return IsAlnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; };
  const bool word_start = IsAlnum(needle.front()) || static_cast<unsigned char>(needle.front()) >= 0x80;
  const bool word_end = IsAlnum(needle.back()) || static_cast<unsigned char>(needle.back()) >= 0x80;
  const std::size_t end = at + needle.size();
  if (word_start && at > 0 && word_byte(hay[at - 1])) return false;
  return !(word_end && end < hay.size() && word_byte(hay[end]));
}

// The significant digits of an ExactDecimal ("-125e-1": 3).
std::size_t SignificantDigits(std::string_view exact) {
  const std::size_t e = exact.find('e');
  const std::size_t digits = e == std::string_view::npos ? exact.size() : e;
  return digits - (!exact.empty() && exact[0] == '-' ? 1 : 0);
}

// A double keeps 15 significant digits of any text: one of more may be
// another text's double too.
constexpr std::size_t kDoubleDigits = 15;

}  // namespace

std::string ExactDecimal(std::string_view text) {
  std::size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative || (i < text.size() && text[i] == '+')) ++i;
  std::string digits;
  long long exponent = 0;
  bool any = false, point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      any = true;
      if (digits.empty() && c == '0') {  // a leading zero
        if (point) --exponent;
        continue;
      }
      digits += c;
      if (point) --exponent;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any) return "";
  if (i < text.size()) {  // an exponent: e[+-]digits, and nothing after it
    if (text[i] != 'e' && text[i] != 'E') return "";
    ++i;
    const bool e_negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    if (i == text.size()) return "";
    long long e = 0;
    for (; i < text.size(); ++i) {
      if (!IsDigit(text[i])) return "";
      if (e < 100000000) e = e * 10 + (text[i] - '0');
    }
    exponent += e_negative ? -e : e;
  }
  if (digits.empty()) return "0";
  std::size_t zeros = 0;
  while (zeros < digits.size() && digits[digits.size() - 1 - zeros] == '0') ++zeros;
  digits.resize(digits.size() - zeros);
  exponent += static_cast<long long>(zeros);
  return (negative ? "-" : "") + digits + "e" + std::to_string(exponent);
}

void ExtractNumbers(std::string_view text, std::vector<double>* out,
                    std::vector<std::pair<double, std::string>>* long_out) {
  // A number of more digits than a double keeps, with its exact value.
  auto keep_long = [&](std::string_view written, double value, bool negative) {
    if (long_out == nullptr || written.size() <= kDoubleDigits ||
        static_cast<std::size_t>(std::count_if(written.begin(), written.end(), IsDigit)) <= kDoubleDigits) {
      return;  // (at most 15 digits: at most 15 significant ones)
    }
    std::string exact = ExactDecimal(written);
    if (SignificantDigits(exact) <= kDoubleDigits) return;
    if (negative) long_out->emplace_back(-value, "-" + exact);
    long_out->emplace_back(value, std::move(exact));
  };
  std::size_t i = 0;
  std::string cleaned;
  while (i < text.size()) {
    bool starts = IsDigit(text[i]) ||
                  (text[i] == '.' && i + 1 < text.size() && IsDigit(text[i + 1]) &&
                   (i == 0 || !IsDigit(text[i - 1])));
    if (!starts) {
      ++i;
      continue;
    }
    bool negative = false;
    if (i >= 1 && text[i - 1] == '-') {
      negative = i < 2 || !IsAlnum(text[i - 2]);
    } else if (i >= 3 && internal::MinusGlyphAt(text, i - 3) == 3) {  // U+2212, or a dash in its place
      negative = i < 4 || !IsAlnum(text[i - 4]);
    } else if (i >= 2 && text[i - 1] == ' ' && text[i - 2] == '-') {
      // A sign set apart at the start of a value: "Balance: - 1,250.00",
      // the Dutch "-/- 1.250" (not "10 - 20").
      const std::size_t at = i - 2;
      const bool dutch = at >= 2 && text.substr(at - 2, 3) == "-/-";
      std::size_t k = dutch ? at - 2 : at;
      while (k > 0 && text[k - 1] == ' ') --k;
      negative = k == 0 || text[k - 1] == ':' || text[k - 1] == '\n' || text[k - 1] == '=';
    }
    std::size_t begin = i;
    std::size_t end = i;
    while (end < text.size() && IsDigit(text[end])) ++end;
    std::size_t plain_end = end;  // without thousands groups
    // Thousands groups ",ddd" (exactly three digits each).
    cleaned.assign(text.substr(begin, end - begin));
    bool grouped = false;
    while (end + 3 < text.size() && text[end] == ',' && IsDigit(text[end + 1]) &&
           IsDigit(text[end + 2]) && IsDigit(text[end + 3]) &&
           (end + 4 >= text.size() || !IsDigit(text[end + 4]))) {
      cleaned.append(text.substr(end + 1, 3));
      end += 4;
      grouped = true;
    }
    if (end + 1 < text.size() && text[end] == '.' && IsDigit(text[end + 1])) {
      std::size_t frac = end + 1;
      while (frac < text.size() && IsDigit(text[frac])) ++frac;
      cleaned.append(text.substr(end, frac - end));
      end = frac;
    }
    if (!cleaned.empty() && cleaned[0] == '.') cleaned.insert(cleaned.begin(), '0');
    double value;
    if (ToDouble(cleaned, &value)) {
      out->push_back(value);
      if (negative) out->push_back(-value);
      keep_long(cleaned, value, negative);
    }
    if (grouped) {
      // "1,234" may also be the list "1, 234": keep its first piece and
      // rescan the rest as separate numbers.
      if (ToDouble(text.substr(begin, plain_end - begin), &value)) {
        out->push_back(value);
        if (negative) out->push_back(-value);
        keep_long(text.substr(begin, plain_end - begin), value, negative);
      }
      i = plain_end + 1;
    } else {
      i = end;
    }
  }
}

GroundingSource::GroundingSource(std::string_view source, const GroundingOptions& options)
    : options_(options) {
  Normalize(source, options_, &normalized_);
  if (options_.case_insensitive) {
    GroundingOptions kept = options_;
    kept.case_insensitive = false;
    Normalize(source, kept, &kept_);
  }
  if (normalized_.size() >= 2 && normalized_.size() < kNoPosition) {
    pair_head_.assign(1024, kNoPosition);
    pair_next_.assign(normalized_.size() - 1, kNoPosition);
    for (std::size_t i = normalized_.size() - 1; i-- > 0;) {
      std::uint32_t& head = pair_head_[PairSlot(normalized_[i], normalized_[i + 1])];
      pair_next_[i] = head;
      head = static_cast<std::uint32_t>(i);
    }
  }
  if (options_.check_numbers) {
    ExtractNumbers(source, &numbers_, &long_numbers_);
    std::sort(numbers_.begin(), numbers_.end());
  }
}

bool GroundingSource::SameOptions(const GroundingOptions& o) const {
  return o.case_insensitive == options_.case_insensitive &&
         o.normalize_whitespace == options_.normalize_whitespace &&
         o.check_strings == options_.check_strings && o.check_numbers == options_.check_numbers &&
         o.min_string_length == options_.min_string_length;
}

bool GroundingSource::HasString(std::string_view value) const {
  std::string scratch;
  return HasString(value, &scratch);
}

bool GroundingSource::StatesAsWritten(std::string_view value) const {
  // Spacing the value has and a normalised text cannot show: leading,
  // trailing or repeated whitespace, tabs, line breaks.
  if (value.empty()) return false;
  // That is: a byte below ' ', a space first or last, or two spaces in a
  // row. Sixteen bytes at a time where SSE2 is there (text_chars.h): blocks
  // 15 bytes apart, so every pair of neighbours is inside one; the last
  // block ends at the value's end (bytes read twice are read alike).
  std::size_t scalar_from = 0;
#if defined(__SSE2__)
  if (value.size() >= 16) {
    if (value.front() == ' ' || value.back() == ' ') return false;
    for (std::size_t at = 0;; at += 15) {
      if (at + 16 > value.size()) at = value.size() - 16;
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.data() + at));
      const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // below ' '
      const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
      if (_mm_movemask_epi8(low) != 0 || (spaces & (spaces >> 1)) != 0) return false;
      if (at + 16 == value.size()) break;
    }
    scalar_from = value.size();
  }
#endif
  for (std::size_t i = scalar_from; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c > ' ') continue;
    if (c != ' ' || i == 0 || i + 1 == value.size() || value[i + 1] == ' ') return false;
  }
  const std::string_view hay(normalized_);
  const std::string_view kept = kept_.empty() ? hay : std::string_view(kept_);
  auto exact_at = [&](std::size_t at) {
    return at + value.size() <= kept.size() && kept.compare(at, value.size(), value) == 0 &&
           WholeWordsAt(hay, at, value);
  };
  if (value.size() < 2 || pair_head_.empty()) {
    for (std::size_t at = kept.find(value); at != std::string_view::npos; at = kept.find(value, at + 1)) {
      if (exact_at(at)) return true;
    }
    return false;
  }
  // The folded text's positions of its first two bytes, folded.
  const auto fold = [&](char c) { return options_.case_insensitive && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  const char a = fold(value[0]), b = fold(value[1]);
  for (std::uint32_t at = pair_head_[PairSlot(a, b)]; at != kNoPosition; at = pair_next_[at]) {
    if (kept[at] == value[0] && kept[at + 1] == value[1] && exact_at(at)) return true;
  }
  return false;
}

bool GroundingSource::HasString(std::string_view value, std::string* scratch) const {
  // Normalised on the stack when short (most values), else into `scratch`.
  char small[256];
  char* buffer = small;
  if (value.size() > sizeof small) {
    scratch->resize(value.size());
    buffer = &(*scratch)[0];
  }
  const std::string_view normalized(buffer, value.empty() ? 0 : NormalizeInto(value, options_, buffer));
  if (normalized.size() < options_.min_string_length || normalized.empty()) return true;
  // Whole words only: "nu" is not grounded by "nurse", nor "examp" by
  // "example.com". A value starting or ending in punctuation needs no
  // boundary on that side.
  const std::string_view hay(normalized_);
  // Occurrences in text order, as hay.find would give them, with the
  // second byte compared before the rest (a value's first letter occurs
  // often in a source text; its first two far less).
  const std::string_view needle(normalized);
  auto grounded_at = [&](std::size_t at) { return WholeWordsAt(hay, at, needle); };
  if (needle.size() < 2 || pair_head_.empty()) {
    for (std::size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
      if (grounded_at(at)) return true;
    }
    return false;
  }
  // The positions of its first two bytes, in text order: the same
  // occurrences hay.find would give, without scanning the text.
  for (std::uint32_t at = pair_head_[PairSlot(needle[0], needle[1])]; at != kNoPosition; at = pair_next_[at]) {
    if (hay[at] != needle[0] || hay[at + 1] != needle[1] || at + needle.size() > hay.size()) continue;
    if (hay.compare(at, needle.size(), needle) != 0) continue;
    if (grounded_at(at)) return true;
  }
  return false;
}

GroundingSource::Number GroundingSource::FindNumber(double value, const std::string* exact) const {
  const auto [lo, hi] = std::equal_range(numbers_.begin(), numbers_.end(), value);
  if (lo == hi) return Number::kAbsent;
  if (long_numbers_.empty()) return exact == nullptr ? Number::kStated : Number::kAbsent;
  // The long texts whose double is `value`; two values among them are ambiguous.
  const std::string* first = nullptr;
  std::size_t long_alike = 0;
  for (const auto& [d, digits] : long_numbers_) {
    if (d != value) continue;
    ++long_alike;
    if (first == nullptr) first = &digits;
    else if (digits != *first) return Number::kAmbiguous;
  }
  const bool short_alike = static_cast<std::size_t>(hi - lo) > long_alike;
  if (first == nullptr) return exact == nullptr ? Number::kStated : Number::kAbsent;
  // A text of at most 15 significant digits states its double's shortest
  // form: a long text of another value beside it is ambiguous, and it
  // grounds a value without text of its own, never one with.
  char buf[40];
  const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  const std::string shortest = ExactDecimal(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
  if (short_alike && shortest != *first) return Number::kAmbiguous;
  if (*first == (exact != nullptr ? *exact : shortest)) return Number::kStated;
  return exact == nullptr && short_alike ? Number::kStated : Number::kAbsent;
}

namespace {

// Judges one scalar of the walk: `key` is its member name (null for an
// element or the walk's root), `root` whether it is the value the walk
// started at; pointer_of() builds its pointer, only for a failure.
template <typename PointerOf>
void ExamineScalar(const rapidjson::Value& v, const rapidjson::Value* key, bool root, std::string_view pointer,
                   const GroundingSource& source, std::string* scratch, std::size_t* examined,
                   std::vector<UngroundedValue>* out, const JsonNumberTexts* texts, PointerOf pointer_of) {
  const GroundingOptions& options = source.options();
  if (v.IsString() && options.check_strings) {
    ++*examined;
    std::string_view s(v.GetString(), v.GetStringLength());
    if (!source.HasString(s, scratch)) {
      out->push_back({pointer_of(), Quote(s) + " does not occur in the source text"});
    }
  } else if (v.IsBool() && options.check_booleans) {
    ++*examined;
    // "Paid: yes" grounds true as well as "Paid: true" does.
    // Words that state a truth value on their own; field-specific words
    // ("Paid: unpaid") are the labeled_fields check's to read.
    static const char* const kTrue[] = {"true", "yes"};
    static const char* const kFalse[] = {"false", "no", "not", "never"};
    bool grounded = false;
    if (v.GetBool()) {
      for (const char* w : kTrue) grounded = grounded || source.HasString(w, scratch);
    } else {
      for (const char* w : kFalse) grounded = grounded || source.HasString(w, scratch);
    }
    // "The invoice was paid": the member's own name stated in words.
    std::string name;
    if (key != nullptr) {
      name.assign(key->GetString(), key->GetStringLength());
    } else if (root) {
      // The walk started at the member itself: its name ends `pointer`.
      auto tokens = SplitPointer(pointer);
      if (tokens && !tokens->empty()) name = tokens->back();
    }
    if (!grounded && !name.empty()) {
      for (char& c : name) {
        if (c == '_') c = ' ';
      }
      // "unpaid", "not paid" state false as plainly as "no".
      grounded = name.size() >= 3 && (source.HasString(name, scratch) ||
                                      (!v.GetBool() && (source.HasString("un" + name, scratch) ||
                                                        source.HasString("non" + name, scratch))));
    }
    if (!grounded) {
      out->push_back({pointer_of(), std::string(v.GetBool() ? "true" : "false") +
                                        " is not stated in the source text"});
    }
  } else if (v.IsNumber() && options.check_numbers) {
    ++*examined;
    // A value its double does not hold: the text ParseJson kept, or an
    // integer beyond 2^53 (RapidJSON holds those of 64 bits exactly).
    const std::string* kept = texts != nullptr ? texts->Find(&v) : nullptr;
    constexpr std::uint64_t k2To53 = std::uint64_t{1} << 53;
    const bool big = (v.IsUint64() && v.GetUint64() > k2To53) ||
                     (v.IsInt64() && v.GetInt64() < -static_cast<std::int64_t>(k2To53));
    std::string exact;
    if (kept != nullptr) exact = ExactDecimal(*kept);
    else if (big) exact = ExactDecimal(FormatNumber(v));
    const GroundingSource::Number found = source.FindNumber(v.GetDouble(), exact.empty() ? nullptr : &exact);
    if (found == GroundingSource::Number::kAmbiguous) {
      out->push_back({pointer_of(), (kept != nullptr ? *kept : FormatNumber(v)) +
                                        ": the source text writes several numbers of more digits than a double keeps "
                                        "that this value cannot be told apart from"});
    } else if (found == GroundingSource::Number::kAbsent) {
      out->push_back({pointer_of(), (kept != nullptr ? *kept : FormatNumber(v)) + " does not occur in the source text"});
    }
  }
}

}  // namespace

std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out) {
  std::string scratch;
  return FindUngrounded(value, pointer, source, out, &scratch);
}

std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out,
                           std::string* scratch_buffer) {
  return FindUngrounded(value, pointer, source, out, scratch_buffer, nullptr);
}

std::size_t FindUngrounded(const rapidjson::Value& value, std::string_view pointer,
                           const GroundingSource& source, std::vector<UngroundedValue>* out,
                           std::string* scratch_buffer, const JsonNumberTexts* texts) {
  std::size_t examined = 0;
  std::string& scratch = *scratch_buffer;
  if (!value.IsObject() && !value.IsArray()) {
    // A scalar (most steps are one member): no walk.
    ExamineScalar(value, nullptr, true, pointer, source, &scratch, &examined, out, texts,
                  [&] { return std::string(pointer); });
    return examined;
  }
  // Iterative walk; a frame remembers its parent so pointers are built only
  // for the values that fail.
  struct Frame {
    const rapidjson::Value* value;
    std::size_t parent;  // index into `frames`, or npos for the root
    const rapidjson::Value* key;
    std::size_t index;
  };
  constexpr std::size_t kRoot = static_cast<std::size_t>(-1);
  std::vector<Frame> frames;
  std::vector<std::size_t> todo;
  frames.reserve(32);  // a typical step's values, without regrowing
  todo.reserve(32);
  frames.push_back({&value, kRoot, nullptr, 0});
  todo.push_back(0);
  auto pointer_of = [&](std::size_t f) {
    std::vector<std::size_t> chain;
    for (; f != kRoot; f = frames[f].parent) chain.push_back(f);
    std::string p(pointer);
    for (std::size_t i = chain.size(); i-- > 0;) {
      const Frame& fr = frames[chain[i]];
      if (fr.parent == kRoot) continue;
      if (fr.key != nullptr) {
        p = AppendPointer(p, std::string_view(fr.key->GetString(), fr.key->GetStringLength()));
      } else {
        p = AppendPointer(p, fr.index);
      }
    }
    return p;
  };
  while (!todo.empty()) {
    std::size_t f = todo.back();
    todo.pop_back();
    const rapidjson::Value& v = *frames[f].value;
    if (v.IsObject()) {
      // Children pushed last-first so they pop in document order.
      for (auto it = v.MemberEnd(); it != v.MemberBegin();) {
        --it;
        frames.push_back({&it->value, f, &it->name, 0});
        todo.push_back(frames.size() - 1);
      }
    } else if (v.IsArray()) {
      for (rapidjson::SizeType i = v.Size(); i-- > 0;) {
        frames.push_back({&v[i], f, nullptr, i});
        todo.push_back(frames.size() - 1);
      }
    } else {
      ExamineScalar(v, frames[f].key, frames[f].parent == kRoot, pointer, source, &scratch, &examined, out, texts,
                    [&] { return pointer_of(f); });
    }
  }
  return examined;
}

}  // namespace stepcache::checks
