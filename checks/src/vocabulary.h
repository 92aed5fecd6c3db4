// Word lists the prompt readers share: which words start an instruction,
// announce a source text, carry no value, negate, select a record, and which
// an instruction may change without changing what is asked (the vocabulary
// of paraphrases and formatting clauses). Internal to the checks library.
//
// The instruction vocabulary is an allow-list on purpose: a changed word that
// is not on it makes an instruction change unlicensed, so a word nobody
// thought of costs a regeneration, never a wrong reuse.
#ifndef STEPCACHE_CHECKS_SRC_VOCABULARY_H_
#define STEPCACHE_CHECKS_SRC_VOCABULARY_H_

#include <string>
#include <string_view>

namespace stepcache::checks::vocab {

// "extract", "return", "solve", ... (lowercase).
bool IsInstructionVerb(std::string_view word);
// "text", "record", "email", ...: a line "<...noun...>:" announces the source.
bool IsSourceMarkerNoun(std::string_view word);
// Function words that carry no value on their own.
bool IsFiller(std::string_view word);
// "not", "no", "without", "except", ...
bool IsNegation(std::string_view word);
// 1 for "first"/"1st", 2 for "second", ..., -1 for "last"/"final"; 0 otherwise.
int OrdinalValue(std::string_view word);
// Words a paraphrase of an instruction may add, drop or move.
bool IsInstructionWord(std::string_view word);
// Words of formatting clauses ("commentary", "fences", "bullet"): what a
// negation may govern in a licensed formatting change.
bool IsFormattingWord(std::string_view word);
// The canonical unit a word names ("kilometres", "km" -> "km"), or "".
std::string_view UnitOf(std::string_view lowercase_word);
// A word that qualifies a label or a value into something else: "non",
// "former", "previous", "was", "ex", "old"...
bool IsQualifier(std::string_view lowercase_word);
// The canonical word of a synonym group ("years" -> "age", "mass" ->
// "weight", "telephone" -> "phone"), or the word itself.
std::string_view Canonical(std::string_view lowercase_singular_word);
// A crude singular: "fields" -> "field", "addresses" -> "address".
std::string Singular(std::string_view word);

}  // namespace stepcache::checks::vocab

#endif  // STEPCACHE_CHECKS_SRC_VOCABULARY_H_
