// Words joined in an order: "home-away", "systolic/diastolic", "W x H",
// "DD/MM/YYYY", "home then away", "(from-to)". The order carries meaning
// (which figure of "3-1" is whose, which part of a date is the day) that
// the lowered, order-free word comparisons elsewhere do not see: a pair
// written the other way round is another request or another label.
// Internal to the checks library.
#ifndef STEPCACHE_CHECKS_SRC_WORD_ORDER_H_
#define STEPCACHE_CHECKS_SRC_WORD_ORDER_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rapidjson/document.h"
#include "stepcache/checks/source_text.h"

namespace stepcache::checks::internal {

// Two words (lowered) and the order they are joined in.
using OrderedPair = std::pair<std::string, std::string>;

// The ordered pairs of `tokens` whose in_source flag is `in_source`: a word,
// a joint, a word, on one line. Joints: "-", "/", "|", "–", "×", ">", "→",
// the words "x", "v", "vs", "versus", "to", "then"; ":" and "." glued to
// both words ("home:away", "DD.MM.YYYY"); ",", "&", "+", "and" between words
// that are not in `member_words` (may be null: the members' own words, which
// a request lists in any order). Numbers are no words here.
std::set<OrderedPair> OrderedPairs(const std::vector<Token>& tokens, bool in_source,
                                   const std::vector<std::string>* member_words);
// The same for any text (a schema's description).
void AddOrderedPairs(std::string_view text, const std::vector<std::string>* member_words,
                     std::set<OrderedPair>* out);
// The pairs of a schema's descriptions and titles (the root's and each
// top-level member's), and the words of each key in their order
// ("score_home_away": score-home, home-away).
std::set<OrderedPair> SchemaOrderedPairs(const rapidjson::Value* schema, const std::vector<std::string>* member_words);

// A pair of `a` that `b` writes only the other way round ("home-away"
// against "away-home"), as "first-second" of `a`; "" when there is none.
std::string ReversedPair(const std::set<OrderedPair>& a, const std::set<OrderedPair>& b);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_WORD_ORDER_H_
