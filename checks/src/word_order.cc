#include "word_order.h"

#include <algorithm>

#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// A joint that orders two words on its own ("home-away", "W x H", "home
// then away"), or only when glued to both ("home:away", "DD.MM.YYYY"), or
// one that also lists words ("home, away", "home and away", "home &
// away", "home + away"): such a list orders a pair only of words that are
// not the members' own ("the name and age" lists members in any order).
enum class Joint { kNone, kOrders, kGlued, kLists };

Joint JointOf(const Token& t) {
  static const vocab::WordSet kPunct = {"-", "/", "|", ">", "\xE2\x80\x93", "\xE2\x80\x94", "\xC3\x97",
                                        "\xE2\x86\x92", "->", "=>", "<->", "\xE2\x86\x94", "\xE2\x9E\x9D"};
  static const vocab::WordSet kWords = {"x", "v", "vs", "versus", "to", "then"};
  static const vocab::WordSet kListing = {",", "&", "+", "and"};
  if (kListing.Has(t.norm)) return Joint::kLists;
  if (t.kind == TokenKind::kPunct) {
    if (t.norm == ":" || t.norm == ".") return Joint::kGlued;
    return kPunct.Has(t.norm) ? Joint::kOrders : Joint::kNone;
  }
  return t.kind == TokenKind::kWord && kWords.Has(t.norm) ? Joint::kOrders : Joint::kNone;
}

void Add(const std::vector<Token>& t, const bool* in_source, const std::vector<std::string>* member_words,
         std::set<OrderedPair>* out) {
  const auto member = [&](const std::string& w) {
    return member_words != nullptr && std::find(member_words->begin(), member_words->end(), w) != member_words->end();
  };
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (in_source != nullptr && (t[i].in_source != *in_source || t[i + 2].in_source != *in_source)) continue;
    // (A joint word may be one of the pair: "(from-to)", "x/y".)
    if (t[i].kind != TokenKind::kWord || t[i + 2].kind != TokenKind::kWord || t[i].line != t[i + 2].line) continue;
    if (t[i].norm == t[i + 2].norm) continue;
    switch (JointOf(t[i + 1])) {
      case Joint::kNone:
        continue;
      case Joint::kOrders:
        break;
      case Joint::kGlued:
        if (t[i + 1].space_before || t[i + 2].space_before) continue;
        break;
      case Joint::kLists:
        if (member(t[i].norm) || member(t[i + 2].norm)) continue;
        break;
    }
    out->emplace(t[i].norm, t[i + 2].norm);
  }
}

}  // namespace

std::set<OrderedPair> OrderedPairs(const std::vector<Token>& tokens, bool in_source,
                                   const std::vector<std::string>* member_words) {
  std::set<OrderedPair> out;
  Add(tokens, &in_source, member_words, &out);
  return out;
}

void AddOrderedPairs(std::string_view text, const std::vector<std::string>* member_words,
                     std::set<OrderedPair>* out) {
  Add(Tokenize(text), nullptr, member_words, out);
}

std::set<OrderedPair> SchemaOrderedPairs(const rapidjson::Value* schema, const std::vector<std::string>* member_words) {
  std::set<OrderedPair> out;
  if (schema == nullptr || !schema->IsObject()) return out;
  const auto strings = [&](const rapidjson::Value& node) {
    if (!node.IsObject()) return;
    for (const char* name : {"description", "title"}) {
      const auto it = node.FindMember(name);
      if (it != node.MemberEnd() && it->value.IsString()) {
        AddOrderedPairs({it->value.GetString(), it->value.GetStringLength()}, member_words, &out);
      }
    }
  };
  strings(*schema);
  const auto props = schema->FindMember("properties");
  if (props != schema->MemberEnd() && props->value.IsObject()) {
    for (const auto& m : props->value.GetObject()) {
      strings(m.value);
      // A key's words in their order ("score_home_away", "homeAwayScore").
      std::vector<std::string> words;
      for (const Token& k : Tokenize(SpacedName({m.name.GetString(), m.name.GetStringLength()}))) {
        if (k.kind == TokenKind::kWord) words.push_back(k.norm);
      }
      for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] != words[i + 1]) out.emplace(words[i], words[i + 1]);
      }
    }
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
