#include "stepcache/engine/signature.h"

#include <mutex>
#include <unordered_map>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

// A strong 64-bit finaliser (the MurmurHash3 constants): every input bit
// affects every output bit, which MinHash relies on.
inline std::uint64_t Fmix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ULL;
  x ^= x >> 33;
  return x;
}

inline std::uint64_t LoadLe(const unsigned char* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
  return v;
}

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsWord(unsigned char c) { return IsDigit(c) || IsAlpha(c) || c == '_'; }

char KindLetter(SlotKind kind) {
  switch (kind) {
    case SlotKind::kNumber: return 'N';
    case SlotKind::kVariable: return 'V';
    case SlotKind::kQuoted: return 'Q';
  }
  return '?';
}

// Builds the template as the scan goes: literal bytes (escaping the mark) and
// placeholders.
class TemplateBuilder {
 public:
  explicit TemplateBuilder(std::string_view prompt) : prompt_(prompt) {
    out_.text.reserve(prompt.size() + 8);
  }
  void Literal(std::size_t i) {
    out_.text.push_back(prompt_[i]);
    if (prompt_[i] == kPlaceholderMark) out_.text.push_back(kPlaceholderMark);
  }
  void Emit(SlotKind kind, std::size_t begin, std::size_t end) {
    out_.text.push_back(kPlaceholderMark);
    out_.text.push_back(KindLetter(kind));
    out_.text.push_back(kPlaceholderMark);
    out_.slots.push_back(Slot{kind, std::string(prompt_.substr(begin, end - begin)), begin, end});
  }
  PromptTemplate Finish() {
    out_.hash = HashBytes(out_.text);
    return std::move(out_);
  }

 private:
  std::string_view prompt_;
  PromptTemplate out_;
};

constexpr std::string_view kLeftCurly = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightCurly = "\xE2\x80\x9D";  // ”

// A word that stands for a variable: see SlotKind::kVariable.
bool IsVariableWord(std::string_view word, bool after_number) {
  if (word.size() == 1 && IsAlpha(static_cast<unsigned char>(word[0]))) {
    if (after_number) return true;
    return word[0] != 'a' && word[0] != 'A' && word[0] != 'I';  // English words
  }
  bool underscore = false, letter = false;
  for (char c : word) {
    underscore |= c == '_';
    letter |= IsAlpha(static_cast<unsigned char>(c));
  }
  return underscore && letter;
}

// Canonical JSON writer. Recursion depth is bounded by ParseJson's max_depth.
void WriteCanonical(const rapidjson::Value& v, rapidjson::Writer<rapidjson::StringBuffer>& w) {
  switch (v.GetType()) {
    case rapidjson::kNullType: w.Null(); return;
    case rapidjson::kFalseType: w.Bool(false); return;
    case rapidjson::kTrueType: w.Bool(true); return;
    case rapidjson::kStringType: w.String(v.GetString(), v.GetStringLength()); return;
    case rapidjson::kNumberType:
      if (v.IsInt64()) {
        w.Int64(v.GetInt64());
      } else if (v.IsUint64()) {
        w.Uint64(v.GetUint64());
      } else {
        const double d = v.GetDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
          w.Int64(static_cast<std::int64_t>(d));  // 1.0 and 1 are the same number
        } else {
          w.Double(d);
        }
      }
      return;
    case rapidjson::kArrayType:
      w.StartArray();
      for (const auto& e : v.GetArray()) WriteCanonical(e, w);
      w.EndArray();
      return;
    case rapidjson::kObjectType: {
      std::vector<const rapidjson::Value::Member*> members;
      members.reserve(v.MemberCount());
      for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) members.push_back(&*it);
      std::stable_sort(members.begin(), members.end(), [](auto* a, auto* b) {
        return std::string_view(a->name.GetString(), a->name.GetStringLength()) <
               std::string_view(b->name.GetString(), b->name.GetStringLength());
      });
      w.StartObject();
      for (auto* m : members) {
        w.Key(m->name.GetString(), m->name.GetStringLength());
        WriteCanonical(m->value, w);
      }
      w.EndObject();
      return;
    }
  }
}

void AppendDouble(std::string* out, double v) {
  if (v == 0) v = 0;  // -0.0 == 0.0
  char buf[40];
  if (std::isnan(v)) std::snprintf(buf, sizeof buf, "nan");
  else std::snprintf(buf, sizeof buf, "%.17g", v);
  out->append(buf);
  out->push_back(';');
}

// Length-prefixed, so no two different field lists produce the same bytes.
void AppendField(std::string* out, std::string_view s) {
  out->append(std::to_string(s.size()));
  out->push_back(':');
  out->append(s);
}

}  // namespace

std::uint64_t HashBytes(std::string_view bytes, std::uint64_t seed) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  std::uint64_t h = Fmix64(seed ^ kGolden) ^ (static_cast<std::uint64_t>(n) * kGolden);
  while (n >= 8) {
    h = Fmix64(h ^ LoadLe(p, 8)) + kGolden;
    p += 8;
    n -= 8;
  }
  if (n > 0) h = Fmix64(h ^ LoadLe(p, n) ^ (static_cast<std::uint64_t>(n) << 59));
  return Fmix64(h);
}

std::uint64_t HashCombine(std::uint64_t a, std::uint64_t b) {
  return Fmix64(a * kGolden + Fmix64(b) + 0x632BE59BD9B4E019ULL);
}

std::string_view SlotKindName(SlotKind kind) {
  switch (kind) {
    case SlotKind::kNumber: return "number";
    case SlotKind::kVariable: return "variable";
    case SlotKind::kQuoted: return "quoted";
  }
  return "?";
}

PromptTemplate SplitPrompt(std::string_view p) {
  TemplateBuilder b(p);
  const std::size_t n = p.size();
  // Once a closing quote of some kind is not found, none exists further on:
  // remembering that keeps the scan linear on inputs full of openers.
  bool no_double = false, no_single = false, no_curly = false;
  auto at = [&p](std::size_t i) { return static_cast<unsigned char>(p[i]); };
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = at(i);
    const bool prev_word = i > 0 && IsWord(at(i - 1));
    if (c == '"' && !no_double) {
      const std::size_t j = p.find('"', i + 1);
      if (j == std::string_view::npos) {
        no_double = true;
      } else {
        b.Emit(SlotKind::kQuoted, i, j + 1);
        i = j + 1;
        continue;
      }
    } else if (c == '\'' && !no_single && !prev_word) {  // not the apostrophe of "don't"
      const std::size_t j = p.find('\'', i + 1);
      if (j == std::string_view::npos) {
        no_single = true;
      } else {
        b.Emit(SlotKind::kQuoted, i, j + 1);
        i = j + 1;
        continue;
      }
    } else if (c == 0xE2 && !no_curly && p.substr(i, 3) == kLeftCurly) {
      const std::size_t j = p.find(kRightCurly, i + 3);
      if (j == std::string_view::npos) {
        no_curly = true;
      } else {
        b.Emit(SlotKind::kQuoted, i, j + 3);
        i = j + 3;
        continue;
      }
    }
    // A '-' is a sign only where it cannot be a binary minus ("x-3", "(2)-1").
    const bool sign = c == '-' && i + 1 < n && IsDigit(at(i + 1)) &&
                      !(i > 0 && (IsWord(at(i - 1)) || at(i - 1) == ')' || at(i - 1) == ']'));
    if ((IsDigit(c) && !prev_word) || sign) {
      std::size_t j = i + (sign ? 1 : 0);
      while (j < n && IsDigit(at(j))) ++j;
      if (j + 1 < n && (p[j] == '.' || p[j] == '/') && IsDigit(at(j + 1))) {
        ++j;
        while (j < n && IsDigit(at(j))) ++j;
      }
      b.Emit(SlotKind::kNumber, i, j);
      i = j;
      // "3x": the letter right after the coefficient is the variable.
      if (i < n && IsAlpha(at(i))) {
        std::size_t k = i;
        while (k < n && IsWord(at(k))) ++k;
        if (IsVariableWord(p.substr(i, k - i), /*after_number=*/true)) {
          b.Emit(SlotKind::kVariable, i, k);
        } else {
          for (std::size_t m = i; m < k; ++m) b.Literal(m);
        }
        i = k;
      }
      continue;
    }
    if (IsAlpha(c) || c == '_') {
      std::size_t k = i;
      while (k < n && IsWord(at(k))) ++k;
      // The t of "don't" and the s of "it's" are contractions, not variables.
      const bool contraction = i >= 2 && p[i - 1] == '\'' && IsAlpha(at(i - 2));
      if (!contraction && IsVariableWord(p.substr(i, k - i), /*after_number=*/false)) {
        b.Emit(SlotKind::kVariable, i, k);
      } else {
        for (std::size_t m = i; m < k; ++m) b.Literal(m);
      }
      i = k;
      continue;
    }
    b.Literal(i);
    ++i;
  }
  return b.Finish();
}

bool Reassemble(const PromptTemplate& tmpl, std::string* prompt) {
  std::string out;
  out.reserve(tmpl.text.size());
  std::size_t slot = 0;
  const std::string& t = tmpl.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != kPlaceholderMark) {
      out.push_back(t[i]);
      continue;
    }
    if (i + 1 >= t.size()) return false;
    if (t[i + 1] == kPlaceholderMark) {
      out.push_back(kPlaceholderMark);
      ++i;
      continue;
    }
    if (i + 2 >= t.size() || t[i + 2] != kPlaceholderMark) return false;
    if (slot >= tmpl.slots.size() || KindLetter(tmpl.slots[slot].kind) != t[i + 1]) return false;
    out += tmpl.slots[slot++].text;
    i += 2;
  }
  if (slot != tmpl.slots.size()) return false;
  *prompt = std::move(out);
  return true;
}

SlotDiff Diff(const PromptTemplate& cached, const PromptTemplate& incoming) {
  SlotDiff diff;
  if (cached.text != incoming.text || cached.slots.size() != incoming.slots.size()) return diff;
  diff.comparable = true;
  for (std::size_t i = 0; i < cached.slots.size(); ++i) {
    if (cached.slots[i].text != incoming.slots[i].text) {
      diff.changes.push_back(
          SlotChange{i, incoming.slots[i].kind, cached.slots[i].text, incoming.slots[i].text});
    }
  }
  return diff;
}

bool CanonicalJson(std::string_view json, std::string* canonical, std::string* error) {
  rapidjson::Document doc;
  JsonError jerr;
  if (!ParseJson(json, doc, &jerr)) {
    if (error) *error = jerr.ToString();
    return false;
  }
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  WriteCanonical(doc, w);
  canonical->assign(buffer.GetString(), buffer.GetSize());
  return true;
}

std::uint64_t SchemaHash(std::string_view schema_json) {
  if (schema_json.empty()) return 0;
  // A service sees few distinct schemas, each on every request: remember the
  // canonical hash of each text instead of re-canonicalising it per lookup.
  static std::mutex mu;
  static std::unordered_map<std::string, std::uint64_t> memo;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = memo.find(std::string(schema_json));
    if (it != memo.end()) return it->second;
  }
  std::string canonical;
  const std::uint64_t h = CanonicalJson(schema_json, &canonical, nullptr) ? HashBytes(canonical, 0x5C)
                                                                          : HashBytes(schema_json, 0xBAD5C);
  std::lock_guard<std::mutex> lock(mu);
  if (memo.size() >= 4096 || schema_json.size() > (1u << 16)) memo.clear();
  if (schema_json.size() <= (1u << 16)) memo.emplace(std::string(schema_json), h);
  return h;
}

std::uint64_t ParamsHash(const SamplingParams& params) {
  std::string s;
  AppendDouble(&s, params.temperature);
  AppendDouble(&s, params.top_p);
  s += std::to_string(params.max_tokens);
  s += params.seed ? ";seed=" + std::to_string(*params.seed) + ";" : ";noseed;";
  s += "stop" + std::to_string(params.stop.size()) + ";";
  for (const auto& stop : params.stop) AppendField(&s, stop);
  s += "extra" + std::to_string(params.extra.size()) + ";";
  for (const auto& [k, v] : params.extra) {
    AppendField(&s, k);
    AppendField(&s, v);
  }
  return HashBytes(s, 0x9A);
}

std::uint64_t FamilyKey(const Request& request) {
  std::uint64_t h = HashBytes(EffectiveTenant(request), 1);
  h = HashCombine(h, HashBytes(request.task, 2));
  h = HashCombine(h, HashBytes(request.model, 3));
  return HashCombine(h, ParamsHash(request.params));
}

std::uint64_t PartitionKey(const Request& request) {
  return HashCombine(FamilyKey(request), SchemaHash(request.schema_json));
}

Signature ComputeSignature(const Request& request, const PromptTemplate& tmpl) {
  Signature s;
  s.tenant = std::string(EffectiveTenant(request));
  s.task = request.task;
  s.model = request.model;
  s.params_hash = ParamsHash(request.params);
  s.schema_hash = SchemaHash(request.schema_json);
  std::uint64_t h = HashBytes(s.tenant, 1);
  h = HashCombine(h, HashBytes(s.task, 2));
  h = HashCombine(h, HashBytes(s.model, 3));
  s.family = HashCombine(h, s.params_hash);
  s.partition = HashCombine(s.family, s.schema_hash);
  s.template_hash = tmpl.hash;
  s.prompt_hash = HashBytes(request.prompt);
  return s;
}

Signature ComputeSignature(const Request& request) {
  return ComputeSignature(request, SplitPrompt(request.prompt));
}

}  // namespace stepcache::engine
