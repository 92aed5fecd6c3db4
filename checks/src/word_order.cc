#include "word_order.h"

#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

bool Joint(const Token& t) {
  static const vocab::WordSet kPunct = {"-", "/", "|", ">", "\xE2\x80\x93", "\xE2\x80\x94", "\xC3\x97",
                                        "\xE2\x86\x92", "->", "=>", "<->", "\xE2\x86\x94"};
  static const vocab::WordSet kWords = {"x", "v", "vs", "versus", "to", "then"};
  return t.kind == TokenKind::kPunct ? kPunct.Has(t.norm) : t.kind == TokenKind::kWord && kWords.Has(t.norm);
}

// (A joint word may be one of the pair: "(from-to)", "x/y".)
bool Word(const Token& t) { return t.kind == TokenKind::kWord; }

void Add(const std::vector<Token>& t, const bool* in_source, std::set<OrderedPair>* out) {
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (in_source != nullptr && (t[i].in_source != *in_source || t[i + 2].in_source != *in_source)) continue;
    if (!Word(t[i]) || !Joint(t[i + 1]) || !Word(t[i + 2]) || t[i].line != t[i + 2].line) continue;
    if (t[i].norm == t[i + 2].norm) continue;
    out->emplace(t[i].norm, t[i + 2].norm);
  }
}

}  // namespace

std::set<OrderedPair> OrderedPairs(const std::vector<Token>& tokens, bool in_source) {
  std::set<OrderedPair> out;
  Add(tokens, &in_source, &out);
  return out;
}

void AddOrderedPairs(std::string_view text, std::set<OrderedPair>* out) { Add(Tokenize(text), nullptr, out); }

std::set<OrderedPair> SchemaOrderedPairs(const rapidjson::Value* schema) {
  std::set<OrderedPair> out;
  if (schema == nullptr || !schema->IsObject()) return out;
  const auto strings = [&](const rapidjson::Value& node) {
    if (!node.IsObject()) return;
    for (const char* name : {"description", "title"}) {
      const auto it = node.FindMember(name);
      if (it != node.MemberEnd() && it->value.IsString()) {
        AddOrderedPairs({it->value.GetString(), it->value.GetStringLength()}, &out);
      }
    }
  };
  strings(*schema);
  const auto props = schema->FindMember("properties");
  if (props != schema->MemberEnd() && props->value.IsObject()) {
    for (const auto& m : props->value.GetObject()) strings(m.value);
  }
  return out;
}

std::string ReversedPair(const std::set<OrderedPair>& a, const std::set<OrderedPair>& b) {
  for (const OrderedPair& p : a) {
    if (b.count({p.second, p.first}) != 0 && b.count(p) == 0) return p.first + "-" + p.second;
  }
  return {};
}

}  // namespace stepcache::checks::internal
