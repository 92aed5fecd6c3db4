#include "rewrite.h"

#include <cctype>
#include <map>

#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Whether the slot text at `at` stands alone. A variable: no letter (of any
// script), digit or '_' right after it and no letter or '_' right before
// it (a digit before is implicit multiplication: the x of 3x). A number: not
// part of a longer number, not glued to a name, and not a step label.
bool StandsAlone(std::string_view text, std::size_t at, std::size_t len, SlotKind kind) {
  const char before = at > 0 ? text[at - 1] : ' ';
  const char after = at + len < text.size() ? text[at + len] : ' ';
  // (A letter outside ASCII too: the t of "c\u00F4t\u00E9" and the n of "fr\u00E5n" are
  // no variable.)
  const unsigned cp_before = checks::CodePointBefore(text, at);
  if (cp_before >= 0x80 && checks::IsLetterCodePoint(cp_before)) return false;
  if (kind == SlotKind::kVariable && at + len < text.size()) {
    const unsigned cp_after = checks::CodePointAt(text, at + len).first;
    if (cp_after >= 0x80 && checks::IsLetterCodePoint(cp_after)) return false;
  }
  if (kind == SlotKind::kVariable) {
    if (IsWordByte(after)) return false;
    return !(std::isalpha(static_cast<unsigned char>(before)) || before == '_');
  }
  auto numeric = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '/'; };
  // A letter may follow (the 3 of 3x), none may precede (x2 is a name).
  if (numeric(before) || numeric(after) || std::isalpha(static_cast<unsigned char>(before)) ||
      before == '_') {
    return false;
  }
  // "-16" in the output is the slot "-16", not "16" with a sign glued on.
  if (before == '-' && text[at] != '-') return false;
  // Step labels ("Step 3:", "3." or "3)" at the start of a line) are not slots.
  std::size_t b = at;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b >= 4 && (text.substr(b - 4, 4) == "Step" || text.substr(b - 4, 4) == "step")) return false;
  const bool line_start = b == 0 || text[b - 1] == '\n';
  return !(line_start && (after == '.' || after == ')' || after == ':'));
}

}  // namespace

std::optional<std::string> ApplySlotRewrites(std::string_view output, const SlotDiff& diff) {
  if (!diff.comparable || diff.changes.empty()) return std::nullopt;
  std::map<std::string, std::pair<std::string, SlotKind>> mapping;
  std::map<std::string, bool> ambiguous;
  for (const SlotChange& c : diff.changes) {
    if (c.kind == SlotKind::kQuoted) continue;
    auto [it, inserted] = mapping.emplace(c.old_text, std::pair{c.new_text, c.kind});
    if (!inserted && it->second.first != c.new_text) ambiguous[c.old_text] = true;
  }
  // A target that is itself an old text would chain rewrites (x->y, y->x):
  // substitute in one pass so each position is rewritten at most once.
  std::string out;
  out.reserve(output.size());
  bool changed = false;
  for (std::size_t i = 0; i < output.size();) {
    bool done = false;
    for (const auto& [old_text, target] : mapping) {
      if (ambiguous.count(old_text) || old_text.empty()) continue;
      if (output.compare(i, old_text.size(), old_text) != 0) continue;
      if (!StandsAlone(output, i, old_text.size(), target.second)) continue;
      out += target.first;
      i += old_text.size();
      changed = done = true;
      break;
    }
    if (!done) out += output[i++];
  }
  if (!changed) return std::nullopt;
  return out;
}

std::optional<std::string> ProjectToSchema(std::string_view output, const rapidjson::Value& schema) {
  if (!schema.IsObject()) return std::nullopt;
  auto ap = schema.FindMember("additionalProperties");
  auto props = schema.FindMember("properties");
  if (ap == schema.MemberEnd() || !ap->value.IsFalse() || props == schema.MemberEnd() ||
      !props->value.IsObject() || schema.HasMember("patternProperties")) {
    return std::nullopt;
  }
  rapidjson::Document doc;
  if (!ParseJson(output, doc) || !doc.IsObject()) return std::nullopt;
  bool dropped = false;
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd();) {
    if (!props->value.HasMember(it->name)) {
      it = doc.EraseMember(it);
      dropped = true;
    } else {
      ++it;
    }
  }
  if (!dropped) return std::nullopt;
  return JsonToString(doc);
}

}  // namespace stepcache::engine
