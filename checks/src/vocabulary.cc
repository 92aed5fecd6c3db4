#include "vocabulary.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <initializer_list>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace stepcache::checks::vocab {
namespace {

using Set = WordSet;

bool In(const Set& set, std::string_view w) { return set.Has(w); }

// Words that start an instruction to the model. Nouns that also start
// fields ("Record 2:", "Number of guests: 4", "Order: 17") are left out.
const Set& Verbs() {
  static const Set s = {
      "extract", "return", "give", "produce", "output", "provide", "respond", "reply", "answer",
      "fill", "find", "identify", "read", "parse", "convert", "create", "generate", "write", "use",
      "include", "pull", "get", "take", "build", "make", "populate", "capture", "collect", "emit",
      "print", "solve", "determine", "compute", "calculate", "please", "only", "do", "don't", "dont",
      "never", "express", "present", "summarize", "copy", "fetch", "retrieve", "look", "locate",
      "pick", "select", "grab", "figure", "derive", "ensure", "make", "respect", "follow", "avoid"};
  return s;
}

const Set& MarkerNouns() {
  static const Set s = {
      "text", "record", "records", "input", "document", "source", "email", "message", "data",
      "passage", "context", "content", "profile", "entry", "form", "below", "following",
      "transcript", "letter", "invoice", "receipt", "review", "ticket", "listing", "bio", "notice",
      "booking", "order", "memo", "excerpt", "snippet", "paragraph", "description", "details",
      "card", "log", "sheet", "report", "statement", "note", "here"};
  return s;
}

const Set& Fillers() {
  static const Set s = {
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
      "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
      "those", "into", "onto", "than", "then", "so", "if", "per", "s", "de", "da", "do", "la",
      "le", "el", "del", "van", "von", "der", "has", "have", "had", "will", "would", "which",
      "who", "whom", "what", "where", "when", "there", "their", "his", "her", "our", "my", "your",
      "i", "we", "he", "she", "they", "them", "us", "me", "him"};
  return s;
}

const Set& Negations() {
  static const Set s = {"not", "no", "without", "except", "excluding", "exclude", "never",
                        "don't", "dont", "doesn't", "isn't", "aren't", "instead", "rather",
                        "neither", "nor", "other", "non", "n't", "t", "unless", "but", "ignore",
                        "ignoring", "skip", "omit", "omitting"};
  return s;
}

// The allow-list of instruction words (see the file comment of vocabulary.h).
// Deliberately absent: numbers, ordinals, negations, units, comparatives,
// time words (current, previous, former, new, old, latest), roles and record
// nouns (sender, buyer, customer), operations (sum, total, double, round).
const Set& InstructionWords() {
  static const Set s = {
      // articles, pronouns, prepositions, conjunctions
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
      "as", "is", "are", "be", "it", "its", "this", "that", "these", "those", "into", "then",
      "so", "if", "you", "your", "yours", "me", "my", "i", "we", "us", "our", "please", "kindly",
      "can", "could", "would", "will", "should", "must", "may", "need", "needs", "want", "like",
      "here", "there", "what", "which", "how", "out", "up", "down", "over", "all", "just", "also",
      "each", "every", "own", "its", "their", "s", "do", "does", "has", "have", "using", "use",
      "via", "per", "one", "once", "both", "any", "way", "following", "below", "above", "given",
      "shown", "provided", "supplied", "attached", "included", "based", "according",
      // verbs of asking and answering
      "extract", "extracts", "extracting", "return", "returns", "returning", "give", "gives",
      "giving", "produce", "produces", "producing", "output", "outputs", "outputting", "provide",
      "providing", "respond", "responding", "reply", "answer", "answers", "answering", "fill",
      "filling", "list", "find", "finding", "identify", "read", "reading", "parse", "parsing",
      "create", "generate", "write", "writing", "report", "include", "including", "pull",
      "get", "take", "taken", "build", "make", "populate", "capture", "collect", "emit", "show",
      "showing", "solve", "solving", "determine", "compute", "calculate", "work", "working",
      "worked", "figure", "derive", "express", "state", "stating", "present", "holding", "hold",
      "holds", "containing", "contain", "contains", "put", "keep", "finish", "finishing",
      "end", "ending", "ends", "start", "starting", "begin", "go", "lay", "laid", "spell",
      "satisfies", "satisfy", "satisfying", "holds", "makes", "true", "need", "needed", "done",
      "look", "locate", "fetch", "retrieve", "grab", "pick", "turn", "map", "copy", "record",
      "fill", "complete", "send", "reply", "explain",
      // what is asked for
      "json", "object", "objects", "field", "fields", "key", "keys", "value", "values", "name",
      "names", "information", "info", "details", "data", "result", "results", "output",
      "response", "answer", "format", "formatted", "schema", "structure", "structured",
      "property", "properties", "attribute", "attributes", "item", "items", "entry",
      "text", "document", "record", "source", "passage", "input", "content", "message",
      "solution", "equation", "equations", "variable", "unknown", "step", "steps", "stepwise",
      "working", "work", "line", "lines", "row", "rows", "method", "process", "reasoning",
      "calculation", "calculations", "math", "problem", "expression",
      // formatting
      "only", "exactly", "exact", "single", "separate", "separately", "new", "own", "short",
      "shortly", "brief", "briefly", "concise", "concisely", "clear", "clearly", "plain",
      "valid", "strict", "strictly", "same", "given", "raw", "bare", "compact", "minified",
      "pretty", "indented", "code", "fence", "fences", "fenced", "markdown", "block", "blocks",
      "commentary", "comment", "comments", "explanation", "explanations", "prose", "extra",
      "additional", "else", "nothing", "anything", "wrap", "wrapped", "wrapping", "surrounding",
      "around", "quote", "quotes", "quoted", "number", "numbered", "numbering", "bullet",
      "bullets", "bulleted", "label", "labels", "labelled", "labeled", "order", "listed",
      "wording", "words", "sentence", "sentences", "notation", "like", "following", "manner",
      "style", "form", "verbatim", "precisely", "carefully", "correctly", "properly", "fully",
      "full", "clean", "neat", "neatly", "tidy", "simple", "simply", "by", "after", "before",
      "down", "each", "at", "least", "via", "respectively", "written", "listed", "names", "as",
      "is", "are", "no", "not", "without", "don't", "dont", "do",
      // politeness and framing
      "?", "hello", "hi", "thanks", "thank", "help", "task", "job", "want", "wanted", "assistant",
      "model", "careful", "accurate", "accurately", "correct", "final", "finally", "result"};
  return s;
}

const Set& FormattingWords() {
  static const Set s = {
      "commentary", "comment", "comments", "explanation", "explanations", "explain", "prose",
      "extra", "additional", "code", "fence", "fences", "fenced", "markdown", "block", "blocks",
      "wrap", "wrapped", "wrapping", "quote", "quotes", "text", "anything", "else", "nothing",
      "json", "output", "words", "sentence", "sentences", "preamble", "introduction", "intro",
      "repeat", "restate", "numbering", "bullets", "bullet", "labels", "formatting", "format",
      "chatter", "notes", "note", "apologies", "apologize", "filler", "backticks", "indentation",
      "newlines", "spaces", "whitespace", "trailing", "steps", "step", "working", "lines"};
  return s;
}

}  // namespace

bool IsInstructionVerb(std::string_view w) { return In(Verbs(), w); }
bool IsSourceMarkerNoun(std::string_view w) { return In(MarkerNouns(), w); }
bool IsFiller(std::string_view w) { return In(Fillers(), w); }
bool IsNegation(std::string_view w) { return In(Negations(), w); }
bool IsInstructionWord(std::string_view w) { return In(InstructionWords(), w); }
bool IsListWord(std::string_view w) {
  static const Set s = {"fields", "field", "keys", "key", "properties", "members", "attributes", "values",
                        "holding", "containing", "contains", "with", "out", "me", "us", "need", "want", "get", "give",
                        "provide", "i", "we", "and", "also", "plus", "then", "both", "all", "each", "just", "only",
                        "please", "following", "requested", "given"};
  return In(s, w);
}
bool IsChangeLabelWord(std::string_view w) {
  static const Set s = {"edit", "edited", "edits", "correction", "corrections", "corrected", "update", "updated",
                        "amended", "amendment", "revised", "revision", "erratum", "errata", "fix", "fixed", "today",
                        "later",
                        "changed", "change", "instead", "actually", "replaced", "replacement", "override",
                        "overridden"};
  return In(s, w);
}
bool IsNewWord(std::string_view w) {
  static const Set s = {"new",   "neu",   "neue",  "neuer", "neues",  "neuen", "nouveau", "nouvelle", "nouvel",
                        "nuevo", "nueva", "nuovo", "nuova", "novo",   "nova",  "nieuw",   "nieuwe",   "ny",
                        "nytt",  "nye",   "nya",   "nyt",   "nowy",   "nowa",  "nowe",    "yeni",     "uusi"};
  return In(s, w);
}
bool IsConditionWord(std::string_view w) {
  // ("null" and "once": "the amount once it has been paid (null before
  // that)", "an open invoice gets null as its amount".)
  static const Set s = {"if", "unless", "provided", "providing", "otherwise", "assuming", "whenever", "except",
                        "excepting", "lest", "null", "once", "wenn", "falls", "sofern", "hvis", "dersom", "sauf",
                        "salvo", "indien",
                        // ("the amount of each paid invoice", "per paid invoice", "every
                        // checked-in guest": a value asked of records of one kind.)
                        "each", "every", "per", "jede", "jeder", "jedes", "hver", "hvert", "cada"};
  return In(s, w);
}
bool Computation(const std::vector<std::string>& words, std::size_t i) {
  static const Set kArithmetic = {"divided", "divide", "dividing", "multiplied", "multiply", "multiplying",
                                  "minus", "plus", "sum", "summed", "average", "averaged", "mean", "median",
                                  "halved", "doubled", "twice", "tripled", "ratio", "quotient", "difference",
                                  "subtract", "subtracted"};
  // Words a single thing of the answer's form is counted in.
  static const Set kForm = {"json", "object", "line", "lines", "sentence", "word", "string", "value", "field",
                            "record", "entry", "answer", "response", "block", "paragraph", "number", "key",
                            "decimal", "space", "of", "the", "a", "an", "and", "or"};
  if (i >= words.size()) return false;
  const std::string& w = words[i];
  if (In(kArithmetic, w)) return true;
  if (w != "one" && w != "single") return false;
  const std::string next = i + 1 < words.size() ? words[i + 1] : "";
  return !next.empty() && std::isalpha(static_cast<unsigned char>(next[0])) && !In(kForm, next) &&
         !IsFormattingWord(next) && !IsFiller(next);
}

bool Comparison(const std::vector<std::string>& words, std::size_t i) {
  // "of 500 or more", "the limit and above", "at least a grand", "more than",
  // "exceeding".
  static const Set kMore = {"more", "less", "fewer", "greater", "higher", "lower", "larger", "smaller", "above",
                            "over", "under", "below", "up", "down", "beyond", "bigger", "cheaper", "dearer"};
  static const Set kAlone = {"exceeding", "exceeds", "exceed", "exceeded", "minimum", "maximum", "threshold",
                             "upwards", "mindestens", "minst", "mindst", "hochstens", "maks"};
  if (i >= words.size()) return false;
  const std::string& w = words[i];
  const std::string next = i + 1 < words.size() ? words[i + 1] : "";
  if (In(kAlone, w)) return true;
  if ((w == "or" || w == "and") && In(kMore, next)) return true;  // "500 and up", "the limit and above"
  if (w == "at" && (next == "least" || next == "most")) return true;
  return In(kMore, w) && (next == "than" || next == "then");
}
bool RelativePosition(const std::vector<std::string>& words, std::size_t i) {
  // ("previous", "next", "prior" qualify a member as twins do: "the next
  // visit" beside "Next visit:".)
  static const Set kPosition = {"above", "over", "below", "under", "beneath", "underneath", "following",
                                "preceding", "before", "after", "ahead", "behind", "adjacent", "neighbouring",
                                "neighboring", "roommate", "shares", "sharing"};
  static const Set kSmall = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from",
                             "with", "as", "is", "are", "this", "that", "it", "its", "please", "then", "but"};
  if (i >= words.size() || !In(kPosition, words[i])) return false;
  // "two rows above the last", "below the first one": placed by a place.
  {
    std::size_t k = i + 1;
    if (k < words.size() && (words[k] == "the" || words[k] == "of" || words[k] == "to")) ++k;
    if (k < words.size() && words[k] == "the") ++k;
    if (k < words.size() && OrdinalValue(words[k]) != 0) return true;
  }
  const auto small = [&](const std::string& w) {
    return In(kSmall, w) || IsInstructionVerb(w) || IsFormattingWord(w) || IsSourceMarkerNoun(w);
  };
  // "the following record" names the source; "the row following Bo's"
  // places one record after another.
  if (words[i] == "following") return i > 0 && !small(words[i - 1]);
  // "the posting below and answer" names the source; "the row below Bo
  // Berg's", "the guest ahead of Ida" place one record by another.
  std::size_t next = i + 1;
  if (next < words.size() && (words[next] == "of" || words[next] == "to")) ++next;
  return next < words.size() && !small(words[next]);
}
bool IsQualifyingInstructionWord(std::string_view w) {
  static const Set s = {"full", "complete", "exact", "exactly", "entire", "whole", "plain", "raw", "listed",
                        "printed", "shown", "written", "original", "final", "correct", "corrected", "valid",
                        "digits", "digit", "only", "net", "gross", "total", "formatted", "normalized", "normalised",
                        "combined", "main", "primary", "official", "legal", "current", "latest", "given", "if",
                        "unless"};
  return In(s, w);
}
bool IsFormattingWord(std::string_view w) { return In(FormattingWords(), w); }
bool ShortStatement(const std::vector<std::string>& sentence) {
  static const Set kCourtesy = {"thanks", "thank", "thx", "please", "pls", "hi", "hello", "hey", "regards",
                                "cheers", "best", "ok", "okay", "json", "only", "you", "much", "lot", "great",
                                // ("End of job posting.": the text's frame.)
                                "end", "begin", "beginning", "start", "eof", "eom"};
  std::size_t words = 0;
  bool verb_first = false;
  for (const std::string& w : sentence) {
    if (w.empty() || !(std::isalnum(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0x80)) {
      continue;
    }
    if (IsFiller(w) && !(w.size() == 1 && w != "a" && w != "i")) continue;  // ("b & b" counts)
    // ("bio" names a text's part and a product's grade; "express" asks a
    // form and a shipment's speed.)
    if (In(kCourtesy, w) || (IsSourceMarkerNoun(w) && w != "bio") || IsFormattingWord(w)) return false;
    if (words == 0) verb_first = IsInstructionVerb(w) && w != "express";
    ++words;
  }
  // ("Answer on a single line." asks a form; "Express." alone asks nothing.)
  return words >= 1 && words <= 3 && !(verb_first && words >= 2);
}

bool LoneStatement(std::string_view w) {
  // (Not "Task:", "Record:", "(kg)", "Return:", "Fields:", "First, ...",
  // "(string)"; "Express:" and "(bio)" are, as in ShortStatement.)
  static const Set kDiscourse = {"first",   "firstly",  "secondly", "then",      "finally", "lastly",  "also",
                                 "now",     "additionally", "again", "afterwards", "note",  "hint",    "reminder",
                                 "task",    "goal",     "important", "instructions", "instruction", "example",
                                 "string",  "number",   "integer",  "int",       "boolean", "bool",    "float",
                                 "array",   "object",   "null",     "date",      "datetime", "optional", "required"};
  if (In(kDiscourse, w)) return false;
  if (w != "express" && (IsInstructionWord(w) || IsInstructionVerb(w) || IsListWord(w))) return false;
  if (!UnitOf(w).empty() || IsPrefixedUnit(w)) return false;
  return ShortStatement({std::string(w)});
}

int OrdinalValue(std::string_view w) {
  // Every ordinal word starts with one of these letters or a digit.
  if (w.empty() || !(w[0] == 'f' || w[0] == 's' || w[0] == 't' || w[0] == 'e' || w[0] == 'n' || w[0] == 'l' ||
                     (w[0] >= '1' && w[0] <= '9'))) {
    return 0;
  }
  static const std::initializer_list<std::pair<std::string_view, int>> kOrdinals = {
      {"first", 1}, {"1st", 1}, {"second", 2}, {"2nd", 2}, {"third", 3}, {"3rd", 3},
      {"fourth", 4}, {"4th", 4}, {"fifth", 5}, {"5th", 5}, {"sixth", 6}, {"6th", 6},
      {"seventh", 7}, {"7th", 7}, {"eighth", 8}, {"8th", 8}, {"ninth", 9}, {"9th", 9},
      {"tenth", 10}, {"10th", 10}, {"last", -1}, {"final", -1}, {"latter", -1}, {"former", 1}};
  for (const auto& [word, n] : kOrdinals) {
    if (w == word) return n;
  }
  return 0;
}

std::string_view UnitOf(std::string_view w) {
  static const std::initializer_list<std::pair<std::string_view, std::string_view>> kUnits = {
      {"km", "km"}, {"kilometre", "km"}, {"kilometres", "km"}, {"kilometer", "km"}, {"kilometers", "km"},
      {"m", "m"}, {"metre", "m"}, {"metres", "m"}, {"meter", "m"}, {"meters", "m"},
      {"cm", "cm"}, {"centimetre", "cm"}, {"centimetres", "cm"}, {"centimeter", "cm"}, {"centimeters", "cm"},
      {"mm", "mm"}, {"millimetre", "mm"}, {"millimetres", "mm"}, {"millimeter", "mm"}, {"millimeters", "mm"},
      {"mi", "mi"}, {"mile", "mi"}, {"miles", "mi"}, {"ft", "ft"}, {"foot", "ft"}, {"feet", "ft"},
      {"in", "in"}, {"inch", "in"}, {"inches", "in"},
      {"kg", "kg"}, {"kilogram", "kg"}, {"kilograms", "kg"}, {"kilo", "kg"}, {"kilos", "kg"},
      {"g", "g"}, {"gram", "g"}, {"grams", "g"}, {"mg", "mg"}, {"milligram", "mg"}, {"milligrams", "mg"},
      {"t", "t"}, {"tonne", "t"}, {"tonnes", "t"}, {"ton", "t"}, {"tons", "t"},
      {"lb", "lb"}, {"lbs", "lb"}, {"pound", "lb"}, {"pounds", "lb"}, {"oz", "oz"}, {"ounce", "oz"}, {"ounces", "oz"},
      {"l", "l"}, {"litre", "l"}, {"litres", "l"}, {"liter", "l"}, {"liters", "l"},
      {"ml", "ml"}, {"millilitre", "ml"}, {"millilitres", "ml"}, {"milliliter", "ml"}, {"milliliters", "ml"},
      {"s", "s"}, {"sec", "s"}, {"secs", "s"}, {"second", "s"}, {"seconds", "s"},
      {"ms", "ms"}, {"msec", "ms"}, {"millisecond", "ms"}, {"milliseconds", "ms"},
      {"usec", "us"}, {"microsecond", "us"}, {"microseconds", "us"},
      {"nsec", "ns"}, {"nanosecond", "ns"}, {"nanoseconds", "ns"},
      {"min", "min"}, {"mins", "min"}, {"minute", "min"}, {"minutes", "min"},
      {"h", "h"}, {"hr", "h"}, {"hrs", "h"}, {"hour", "h"}, {"hours", "h"},
      {"day", "d"}, {"days", "d"}, {"week", "wk"}, {"weeks", "wk"}, {"month", "mo"}, {"months", "mo"},
      {"year", "yr"}, {"years", "yr"}, {"celsius", "c"}, {"fahrenheit", "f"}, {"kelvin", "k"},
      {"cent", "cent"}, {"cents", "cent"}, {"percent", "%"}, {"kb", "kb"}, {"mb", "mb"}, {"gb", "gb"},
      {"kbit", "kbit"}, {"mbit", "mbit"}, {"gbit", "gbit"}, {"tbit", "tbit"}, {"pbit", "pbit"}};
  // Looked up per number and per instruction word near a label: hashed once.
  static const WordTable<std::string_view> kByWord(kUnits);
  const std::string_view* unit = kByWord.Find(w);
  return unit == nullptr ? std::string_view() : *unit;
}

std::string_view NameUnitOf(std::string_view w) {
  // The unit's own spelling, never a view of the caller's word (the name's
  // words are gone once the label table is built).
  if (w == "us") return "us";
  if (w == "ns") return "ns";
  return w.size() == 1 ? UnitOf(w) : std::string_view();
}

bool IsQualifier(std::string_view w) {
  // Words that make another field of the same kind, not a more precise name
  // of it ("Home city" is still the city; "Previous city" is not).
  static const Set s = {"non", "not", "no", "former", "formerly", "previous", "previously", "prior", "past",
                        "was", "were", "ex", "old", "earlier", "before", "until", "max", "maximum", "min",
                        "minimum", "spouse", "wife", "husband", "partner", "child", "parent",
                        "father", "mother", "emergency", "birth", "born", "maiden", "nick", "nickname",
                        "other", "first", "last", "given", "family", "middle"};
  return In(s, w);
}

namespace {
// Words of a place in a layout, and words that point at another value (for
// IsLayoutPlace and IsPointerWord, which reads both lists).
constexpr std::string_view kLayoutPlaces[] = {
      "above", "below", "next", "previous", "prev", "preceding", "following", "prior", "earlier", "later",
      "under", "beneath", "over", "ovenfor", "nedenfor", "forrige", "neste", "ovan", "nedan", "f\xC3\xB6reg\xC3\xA5" "ende",
      "n\xC3\xA4sta", "n\xC3\xA6ste", "oben", "unten", "vorherige", "vorige", "vorhergehende", "n\xC3\xA4" "chste",
      "folgende", "volgende", "boven", "onder", "pr\xC3\xA9" "c\xC3\xA9" "dente", "pr\xC3\xA9" "c\xC3\xA9" "dent",
      "suivante", "suivant", "dessus", "dessous", "anterior", "siguiente", "arriba", "abajo", "precedente",
      "successiva", "successivo", "sopra", "sotto", "acima", "abaixo", "pr\xC3\xB3xima", "pr\xC3\xB3ximo",
      "seguinte", "edellinen", "seuraava", "poprzedni", "nast\xC4\x99pny", "yll\xC3\xA4",
      "v\xC3\xBD\xC5\xA1" "e", "n\xC3\xAD\xC5\xBE" "e", "yukar\xC4\xB1" "daki", "yukar\xC4\xB1" "da", "a\xC5\x9F" "a\xC4\x9F\xC4\xB1" "daki",
      "wy\xC5\xBC" "ej", "ni\xC5\xBC" "ej"};
constexpr std::string_view kPointers[] = {"ditto", "dito", "dto", "idem", "ibid", "ibidem", "same", "likewise", "ebenso",
                        "desgleichen", "gleich", "gleiche", "samme", "samma", "sama", "samo", "m\xC3\xAAme",
                        "mismo", "misma", "stesso", "stessa", "zelfde", "hetzelfde", "idem.", "\xE3\x80\x83", "identical",
                        "identisch", "identique", "id\xC3\xA9ntico", "identico", "identisk",
                        // (round 106: Latin-script languages, Turkish, Hungarian, accented forms)
                        "\xC3\xAD" "dem", "detto", "dett\xC3\xB3", "dett", "dtto", "ugyanaz", "ayn\xC4\xB1",
                        "ayn\xC4\xB1s\xC4\xB1", "pareil", "pareille", "dezelfde", "hetzelfde", "dasselbe", "derselbe",
                        "dieselbe", "tam\xC5\xBC" "e", "tamze", "tamt\xC3\xA9\xC5\xBE", "tot\xC3\xA9\xC5\xBE", "isto", "ista",
                        "eadem", "uguale", "uguali", "mesmo", "mesma", "supra", "pats", "pati", "maga", "ist\xC3\xA9",
                        "fel", "tr\xC3\xAAn",
                        // (round 162: "same", "likewise", "ibidem" in other languages and scripts)
                        "ebenda", "ebd", "gleichfalls", "ebenfalls", "dasgleiche", "dgl", "ebendort", "ebendaselbst",
                        "igual", "igualmente", "id\xC3\xA9nticamente", "id\xC3\xA9ntica", "\xC3\x8D" "dem", "sda",
                        "sammeledes", "sammeleis", "likes\xC3\xA5", "likeledes", "tilsvarende", "detsamma",
                        "densamma", "samoin", "iisama", "samuti", "stejn\xC3\xA9", "stejn\xC4\x9B",
                        "stejn\xC3\xBD", "rovn\xC4\x9B\xC5\xBE", "tent\xC3\xBD\xC5\xBE", "rovnako", "stejn\xC3\xA1", "stejnou", "isti", "ugyanott",
                        "ugyan\xC3\xADgy", "szint\xC3\xA9n", "aynen", "keza", "pareillement",
                        "r\xC3\xB3wnie\xC5\xBC", "takso\xC5\xBC", "tak\xC5\xBC" "e", "eveneens", "insgelijks",
                        "altrettanto", "egualmente", "parimenti", "medesimo", "medesima", "aforesaid",
                        "aforementioned", "hereinabove", "thereof", "oppe", "nede",
                        "\xCE\xBF\xCE\xBC\xCE\xBF\xCE\xAF\xCF\x89\xCF\x82",
                        "\xCE\x9F\xCE\xBC\xCE\xBF\xCE\xAF\xCF\x89\xCF\x82",
                        "\xCE\xB5\xCF\x80\xCE\xAF\xCF\x83\xCE\xB7\xCF\x82",
                        "\xCE\x95\xCF\x80\xCE\xAF\xCF\x83\xCE\xB7\xCF\x82",
                        "\xCE\xAF\xCE\xB4\xCE\xB9\xCE\xBF\xCF\x82", "\xCE\x8A\xCE\xB4\xCE\xB9\xCE\xBF\xCF\x82",
                        "\xCE\xAF\xCE\xB4\xCE\xB9\xCE\xB1", "\xCE\x8A\xCE\xB4\xCE\xB9\xCE\xB1",
                        "\xCE\xAF\xCE\xB4\xCE\xB9\xCE\xBF", "\xCE\x8A\xCE\xB4\xCE\xB9\xCE\xBF",
                        "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", "\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
                        "\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB3\xD0\xB8\xD1\x87\xD0\xBD\xD0\xBE",
                        "\xD0\x90\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB3\xD0\xB8\xD1\x87\xD0\xBD\xD0\xBE",
                        "\xD1\x82\xD0\xBE\xD0\xB6\xD0\xB5", "\xD0\xA2\xD0\xBE\xD0\xB6\xD0\xB5",
                        "\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB8\xD1\x87\xD0\xBD\xD0\xBE",
                        "\xD0\x98\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB8\xD1\x87\xD0\xBD\xD0\xBE",
                        "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6", "\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6",
                        "\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB3\xD1\x96\xD1\x87\xD0\xBD\xD0\xBE",
                        "\xD0\x90\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB3\xD1\x96\xD1\x87\xD0\xBD\xD0\xBE"};
WordTable<char> TableOf(std::initializer_list<std::pair<const std::string_view*, std::size_t>> lists) {
  std::vector<std::pair<std::string_view, char>> words;
  for (const auto& [list, size] : lists) {
    for (std::size_t i = 0; i < size; ++i) words.emplace_back(list[i], 1);
  }
  return WordTable<char>(std::move(words));
}
}  // namespace

bool IsLayoutPlace(std::string_view w) {
  static const WordTable<char> t = TableOf({{kLayoutPlaces, std::size(kLayoutPlaces)}});
  return t.Has(w);
}
bool IsPointerWord(std::string_view w) {
  // (One table of both lists: PointsElsewhere asks it of every word of every
  // short string value.)
  static const WordTable<char> t =
      TableOf({{kPointers, std::size(kPointers)}, {kLayoutPlaces, std::size(kLayoutPlaces)}});
  return t.Has(w);
}
std::vector<std::string_view> PointerWords() {
  std::vector<std::string_view> out(std::begin(kPointers), std::end(kPointers));
  out.insert(out.end(), std::begin(kLayoutPlaces), std::end(kLayoutPlaces));
  return out;
}
bool IsReferringWord(std::string_view w) {
  static const Set s = {
      "the",    "her",   "his",    "their",  "your",  "my",     "our",   "its",   "this",  "that",   "these",
      "those",  "said",  "same",   "plus",   "self",  "myself", "where", "who",   "whom",  "whose",  "which",
      "what",   "wherever", "seine", "sein", "seiner", "ihr",   "ihre",  "ihrem", "unser", "unsere", "mein",
      "meine",  "dein",  "deine",  "son",    "sa",    "ses",    "leur",  "notre", "mon",   "ma",     "su",
      "sus",    "mi",    "hans",   "hennes", "deres", "hennar", "sin",   "sitt",  "sine"};
  return In(s, w);
}
bool IsLabelQualifier(std::string_view w) {
  // (Not IsQualifier's: "Return the name" is an instruction, and its words
  // are read for qualifiers too.)
  static const Set s = {"return", "outbound", "inbound", "copy", "cc", "bcc"};
  return In(s, w);
}
bool IsHarmlessLabelWord(std::string_view w, const std::vector<std::string>& label) {
  // ("Email address" and "E-mail" are the email; "Vendor address" is not the
  // vendor, nor an "E-mail date" the date.)
  if (w == "address" || w == "e" || w == "mail") {
    return std::any_of(label.begin(), label.end(), [](const std::string& l) { return l == "email" || l == "mail"; });
  }
  static const Set s = {"full", "complete", "number", "no", "nr", "num", "name", "id", "code",
                        "current", "present", "main", "primary", "contact", "personal", "your", "my",
                        "customer", "client", "guest", "patient", "employee", "passenger", "applicant", "user",
                        "member", "student", "person", "value", "info", "details", "a", "an",
                        "expected", "planned", "actual", "residence", "unit", "spent", "product", "item", "type",
                        "of", "in", "the", "at"};
  return In(s, w);
}
std::uint64_t RoleOf(std::string_view w, bool as_label) {
  enum : std::uint64_t {
    kSender = 1u << 0, kRecipient = 1u << 1, kBuyer = 1u << 2, kSeller = 1u << 3, kLandlord = 1u << 4,
    kTenant = 1u << 5, kEmployer = 1u << 6, kEmployee = 1u << 7, kPatient = 1u << 8, kDoctor = 1u << 9,
    kOrigin = 1u << 10, kDestination = 1u << 11, kBilling = 1u << 12, kShipping = 1u << 13, kIssuer = 1u << 14,
    kHolder = 1u << 15, kInsurer = 1u << 16, kInsured = 1u << 17, kLender = 1u << 18, kBorrower = 1u << 19,
    kPayer = 1u << 20, kPayee = 1u << 21, kClaimant = 1u << 22, kDefendant = 1u << 23, kHome = 1u << 24,
    kAway = 1u << 25
  };
  if (w == "from") return as_label ? (kSender | kOrigin) : 0;
  if (w == "to") return as_label ? (kRecipient | kDestination) : 0;
  static const WordTable<std::uint64_t> kRoles = {
      {"sender", kSender}, {"shipper", kSender}, {"consignor", kSender}, {"absender", kSender},
      {"avsender", kSender}, {"remitente", kSender}, {"exp\xC3\xA9" "diteur", kSender}, {"expediteur", kSender},
      {"recipient", kRecipient}, {"receiver", kRecipient}, {"addressee", kRecipient}, {"consignee", kRecipient},
      {"empf\xC3\xA4nger", kRecipient}, {"mottaker", kRecipient}, {"destinatario", kRecipient},
      {"destinataire", kRecipient},
      {"buyer", kBuyer}, {"purchaser", kBuyer}, {"k\xC3\xA4ufer", kBuyer}, {"kj\xC3\xB8per", kBuyer},
      {"comprador", kBuyer}, {"acheteur", kBuyer},
      {"seller", kSeller}, {"vendor", kSeller}, {"supplier", kSeller}, {"merchant", kSeller},
      {"retailer", kSeller}, {"verk\xC3\xA4ufer", kSeller}, {"selger", kSeller}, {"vendedor", kSeller},
      {"vendeur", kSeller}, {"lieferant", kSeller}, {"leverand\xC3\xB8r", kSeller},
      {"landlord", kLandlord}, {"landlady", kLandlord}, {"lessor", kLandlord}, {"vermieter", kLandlord},
      {"utleier", kLandlord}, {"arrendador", kLandlord}, {"bailleur", kLandlord},
      {"tenant", kTenant}, {"lessee", kTenant}, {"renter", kTenant}, {"mieter", kTenant},
      {"leietaker", kTenant}, {"arrendatario", kTenant}, {"locataire", kTenant},
      {"employer", kEmployer}, {"arbeitgeber", kEmployer}, {"arbeidsgiver", kEmployer}, {"employeur", kEmployer},
      {"employee", kEmployee}, {"arbeitnehmer", kEmployee}, {"arbeidstaker", kEmployee}, {"employ\xC3\xA9", kEmployee},
      {"patient", kPatient}, {"patientin", kPatient}, {"pasient", kPatient}, {"paciente", kPatient},
      {"doctor", kDoctor}, {"physician", kDoctor}, {"gp", kDoctor}, {"clinician", kDoctor},
      {"practitioner", kDoctor}, {"dr", kDoctor}, {"surgeon", kDoctor}, {"dentist", kDoctor}, {"arzt", kDoctor},
      {"\xC3\xA4rztin", kDoctor}, {"lege", kDoctor}, {"m\xC3\xA9" "decin", kDoctor}, {"m\xC3\xA9" "dico", kDoctor},
      {"origin", kOrigin}, {"departure", kOrigin}, {"abfahrt", kOrigin}, {"abflug", kOrigin}, {"avreise", kOrigin},
      {"avgang", kOrigin}, {"salida", kOrigin}, {"d\xC3\xA9part", kOrigin}, {"partenza", kOrigin},
      {"destination", kDestination}, {"arrival", kDestination}, {"ankunft", kDestination},
      {"ankomst", kDestination}, {"llegada", kDestination}, {"arriv\xC3\xA9" "e", kDestination},
      {"arrivo", kDestination}, {"destino", kDestination}, {"ziel", kDestination},
      {"billing", kBilling}, {"bill", kBilling}, {"rechnungsadresse", kBilling}, {"facturation", kBilling},
      {"shipping", kShipping}, {"delivery", kShipping}, {"ship", kShipping}, {"shipment", kShipping},
      {"lieferadresse", kShipping}, {"lieferung", kShipping}, {"levering", kShipping}, {"livraison", kShipping},
      {"entrega", kShipping},
      {"issuer", kIssuer}, {"holder", kHolder}, {"cardholder", kHolder}, {"bearer", kHolder},
      {"insurer", kInsurer}, {"insured", kInsured}, {"policyholder", kInsured},
      {"lender", kLender}, {"creditor", kLender}, {"borrower", kBorrower}, {"debtor", kBorrower},
      {"payer", kPayer}, {"payor", kPayer}, {"payee", kPayee}, {"beneficiary", kPayee},
      {"home", kHome}, {"hjemme", kHome}, {"heim", kHome}, {"away", kAway}, {"visitor", kAway},
      {"visiting", kAway}, {"borte", kAway}, {"ausw\xC3\xA4rts", kAway}, {"gast", kAway},
      {"claimant", kClaimant}, {"plaintiff", kClaimant}, {"defendant", kDefendant}, {"respondent", kDefendant}};
  const std::uint64_t* r = kRoles.Find(w);
  return r != nullptr ? *r : 0;
}
bool IsDenialWord(std::string_view w) {
  static const Set s = {"not", "was", "were", "~", "ex", "instead", "formerly", "previously", "longer", "former",
                        "used", "moved", "moving", "relocated", "emigrated", "left", "transferred", "until", "till",
                        "changed", "updated", "corrected", "amended", "revised", "increased", "decreased",
                        "reduced", "raised", "lowered", "switched"};
  return In(s, w);
}
bool AsksValueInOtherForm(const std::vector<std::string>& words, std::size_t i) {
  const std::string& w = words[i];
  const std::string_view prev = i > 0 ? std::string_view(words[i - 1]) : std::string_view();
  const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1]) : std::string_view();
  if (w == "usa" || w == "american" || w == "america") return true;
  // "in words", "as words", "in full words", "Answer as JSON, words.",
  // "... from the record below. Words." (not "no extra words", "in your own
  // words", "20 words", "fewer words").
  if (w == "words") {
    static const Set kHowMany = {"no", "extra", "other", "own", "more", "fewer", "less", "any", "few", "additional",
                                 "unnecessary", "without", "many", "than", "max", "maximum", "minimum", "too",
                                 "some", "these", "those", "key", "the", "your", "spare", "filler", "exact", "add", "include",
                                 "write", "use", "surrounding", "explanatory", "introductory", "wrapping", "of"};
    return prev.empty() || (!In(kHowMany, prev) && !(prev.front() >= '0' && prev.front() <= '9'));
  }
  // ("written out", not "Write out the steps".)
  if ((w == "written" || w == "spelled" || w == "spelt") && next == "out") return true;
  // The same in other languages: "in Worten", "en (toutes) lettres", "med
  // ord", "en palabras", "in parole", "por extenso", "in letters".
  static const Set kInWords = {"letters", "worten", "buchstaben", "lettres", "ord", "bokstaver", "palabras", "letras",
                               "parole", "lettere", "extenso", "woorden", "sanoin"};
  if (In(kInWords, w)) {
    return prev == "in" || prev == "en" || prev == "toutes" || prev == "med" || prev == "i" || prev == "por" ||
           prev == "a" || prev == "con" || prev == "im" || prev == "op";
  }
  // "short form", "full form", "text form", "in full", "in short", "in
  // brief", "in writing", "in prose".
  if (w == "form" || w == "version") {
    return prev == "short" || prev == "full" || prev == "long" || prev == "brief" || prev == "compact" ||
           prev == "abbreviated" || prev == "shortened" || prev == "expanded" || prev == "concise" ||
           prev == "text" || prev == "written";
  }
  // "as a code", "as code", "in code form" ("Country: Germany" asked "DE").
  if (w == "code") {
    const std::string_view before = prev == "a" && i >= 2 ? std::string_view(words[i - 2]) : prev;
    if (before == "as" || next == "form") return true;
  }
  return (w == "full" || w == "short" || w == "brief" || w == "writing" || w == "prose") && prev == "in";
}

UpdateLabelWord UpdateLabelWordKind(std::string_view w) {
  // ("Replaces:" and "Supersedes:" point the other way: the field above is
  // the new value, so they are not here.)
  static const Set kCore = {"new", "now", "later", "edit", "edited", "update", "updated", "correction", "corrected",
                            "replacement", "replaced", "superseded", "changed", "amended", "revised", "ny", "nytt",
                            "nye", "neu", "neue", "neuer", "neues", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo",
                            "nuova", "novo", "nova", "uusi", "nieuw", "nieuwe", "oppdatert", "endret", "aktualisiert",
                            "ge\xC3\xA4ndert", "korrigiert", "corrig\xC3\xA9", "corrig\xC3\xA9" "e", "rettet"};
  static const Set kJoin = {"by", "to", "value", "is", "as", "entry", "version"};
  if (In(kCore, w)) return UpdateLabelWord::kCore;
  if (In(kJoin, w)) return UpdateLabelWord::kJoin;
  return UpdateLabelWord::kNone;
}
bool IsValueFinalAbbreviation(std::string_view w) {
  static const Set s = {"ltd", "inc", "co", "corp", "jr", "sr", "bros", "esq", "plc", "pty", "llc", "st",
                        "ave", "rd", "blvd", "dept", "etc", "assn", "intl", "mfg", "cie", "ste", "apt"};
  return In(s, w);
}
bool IsLayoutUnit(std::string_view w) {
  static const Set s = {
      "line", "row", "field", "entry", "item", "column", "cell", "figure", "value", "one", "amount", "number",
      "sum", "total", "linje", "linjen", "rad", "raden", "zeile", "reihe", "feld", "regel", "rij", "ligne",
      "champ", "l\xC3\xADnea", "fila", "campo", "riga", "linha", "rivi", "wiersz", "felt", "feltet"};
  return In(s, w);
}
bool IsSignWord(std::string_view w) {
  static const Set s = {
      "sign", "negative", "neg", "minus", "positive", "pos", "plus", "credit", "debit", "dr", "cr",
      "fortegn", "vorzeichen", "signe", "signo", "segno", "sinal", "negativ", "negatif", "negativo",
      "n\xC3\xA9gatif", "kredit", "debet", "haben", "soll"};
  return In(s, w);
}
bool IsCurrencyCode(std::string_view w) {
  static const Set s = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "NOK", "SEK",
                        "DKK", "ISK", "PLN", "CZK", "HUF", "INR", "CNY", "RMB", "HKD", "SGD",
                        "KRW", "BRL", "MXN", "ZAR", "TRY", "RUB", "AED", "SAR", "ILS", "THB"};
  return w.size() == 3 && In(s, w);
}
bool IsCurrencyWord(std::string_view w) {
  static const Set s = {"eur", "euro", "euros", "usd", "dollar", "dollars", "gbp", "nok",
                        "sek", "dkk", "chf", "jpy", "yen", "currency"};
  return In(s, w);
}
bool IsMoneyNoun(std::string_view w) {
  static const Set s = {"budget", "price", "cost", "salary", "fee", "revenue", "income",
                        "principal", "cap", "wage", "rent", "payment", "spend", "turnover",
                        "profit", "sales", "deal", "capital", "funding", "valuation"};
  return In(s, w);
}
Scale ScaleOf(std::string_view w) {
  static const Set words = {"bn",       "mn",        "mio",      "mln",      "mrd",       "mld",
                            "mlrd",     "lakh",      "lakhs",    "crore",    "crores",    "thousand",
                            "thousands", "million",  "millions", "billion",  "billions",  "trillion",
                            "trillions", "tys",      "tsd",      "mega",     "giga",      "tera",
                            "milli",    "micro",     "nano",     "hecto",    "deca",      "deka",
                            "centi",    "deci",      "myriad"};
  static const Set letters = {"k", "m", "mm", "b", "t", "tn", "tr", "l", "g", "mil", "mill", "cr", "kk",
                              "lac", "md", "grand"};
  if (In(words, w)) return Scale::kWord;
  return In(letters, w) ? Scale::kLetter : Scale::kNone;
}
bool GivesAScale(std::string_view w) {
  if (w == "M" || w == "B" || w == "T" || w == "MM") return true;
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "k" || lower == "ks" || ScaleOf(lower) == Scale::kWord;
}
bool IsRecordKind(std::string_view w) {
  static const Set s = {
      "invoice", "order", "booking", "reservation", "customer", "client", "account", "ticket", "claim",
      "payment", "transaction", "shipment", "parcel", "delivery", "guest", "member", "employee", "policy",
      "loan", "subscription", "contract", "bill", "receipt", "record", "entry", "case", "request", "item",
      "stay", "visit", "appointment", "application", "purchase", "sale", "refund", "expense", "charge"};
  return In(s, w);
}
bool IsAttributeNoun(std::string_view w) {
  static const Set s = {
      // Contact and place.
      "phone", "telephone", "tel", "mobile", "cell", "fax", "email", "mail", "e", "address", "street", "zip",
      "postcode", "postal", "code", "country", "region", "county", "state", "province", "area", "zone", "district",
      "site", "location", "branch", "office", "building", "floor", "room", "ward", "bed", "desk", "counter", "gate",
      "terminal", "platform", "seat", "row", "aisle", "dock", "bay", "unit", "venue", "hall",
      // Reference and kind.
      "id", "ref", "reference", "number", "no", "nr", "num", "sku", "isbn", "issn", "ean", "upc", "barcode",
      "serial", "batch", "lot", "order", "invoice", "booking", "ticket", "case", "account", "iban", "swift", "bic",
      "card", "membership", "policy", "claim", "project", "category", "type", "kind", "class", "grade", "level",
      "priority", "tag", "label", "version", "model", "brand", "make", "edition", "format", "colour", "color",
      "language", "currency", "channel", "carrier", "route", "flight", "train", "vessel", "vehicle", "plate",
      "licence", "license", "insurer", "insurance",
      // People and bodies.
      "supplier", "vendor", "seller", "buyer", "customer", "client", "organizer", "organiser", "host", "owner",
      "author", "publisher", "editor", "reporter", "assignee", "manager", "contact", "agent", "doctor",
      "physician", "nurse", "clinic", "hospital", "department", "dept", "team", "company", "employer", "school",
      "bank", "nationality", "gender", "sex", "title", "position", "role",
      // Time.
      "date", "time", "day", "year", "month", "week", "start", "end", "due", "issued", "issue", "arrival",
      "departure", "expiry", "created", "opened",
      // Things, roles and terms a record names beside its members.
      "name", "city", "town", "location", "folio", "period", "term", "chart", "night", "member", "child",
      "adult", "companion", "passenger", "guest", "patient", "payer", "payee", "tenant", "landlord", "lender",
      "borrower", "driver", "clerk", "staff", "employee", "student", "course", "product", "item", "article",
      "recipient", "sender", "direction", "price", "amount", "quantity", "breakfast", "meal", "contract",
      "airline", "landline", "badge", "record", "entry", "event", "job", "occupation", "station", "stop",
      "airport", "port", "origin", "distance", "store", "shop", "warehouse", "shelf", "pallet", "box", "hold",
      "permit", "payment", "file", "document", "form", "section", "table", "list", "menu", "technician",
      // Charges of their own.
      "fee", "tax", "vat", "discount", "shipping", "postage", "freight", "deposit", "tip", "surcharge",
      // Measures of their own.
      "weight", "height", "length", "width", "depth", "size", "volume", "capacity", "distance", "duration",
      "page", "blood", "allergy", "diet",
      // The same in other languages.
      "telefon", "adresse", "adresa", "direcci\xC3\xB3n", "rom", "zimmer", "chambre", "habitaci\xC3\xB3n",
      "pok\xC3\xB3j", "etasje", "stock", "etage", "planta", "piso", "avdeling", "abteilung", "service",
      "departamento", "dato", "datum", "fecha", "data", "nummer", "num\xC3\xA9ro", "n\xC3\xBAmero", "numer",
      "leverand\xC3\xB8r", "lieferant", "fournisseur", "proveedor", "kunde", "firma", "empresa", "soci\xC3\xA9t\xC3\xA9",
      "sted", "ort", "lieu", "lugar", "miejsce", "sete", "platz", "si\xC3\xA8ge", "asiento"};
  return In(s, w);
}
bool IsPrefixedUnit(std::string_view w) {
  static const Set kSymbols = {"g", "m", "l", "b", "w", "j", "v", "hz", "pa", "bps", "wh", "t", "bit"};
  if (w.size() < 2 || w.size() > 4) return false;
  const char prefix = w[0];
  if (prefix != 'k' && prefix != 'm' && prefix != 'g' && prefix != 't' && prefix != 'p' && prefix != 'n' &&
      prefix != 'u' && prefix != 'c' && prefix != 'd') {
    return false;
  }
  return In(kSymbols, w.substr(1));
}
bool IsPlaceholder(std::string_view value) {
  static const Set kPlaceholders = {
      "n/a", "na", "n.a.", "n.a", "n/a.", "-", "--", "---", "\xE2\x80\x94", "\xE2\x80\x93", "-/-", "none", "nothing",
      "unknown", "not known", "not yet", "not yet known", "tba", "tbd", "tbc", "tba.", "tbd.", "tbc.",
      "to be announced", "to be decided", "to be confirmed", "to be named", "pending", "null", "nil",
      "not available", "not applicable", "not relevant", "irrelevant", "not provided", "not given", "none given",
      "not stated", "not specified", "not set", "blank", "empty", "vacant", "name", "?", "??", "???", "...",
      "\xE2\x80\xA6", "ingen", "ukjent", "ikke oppgitt", "ikke relevant", "vakant", "keine", "keiner", "unbekannt",
      "k.a.", "aucun", "aucune", "inconnu", "ninguno", "ninguna", "desconocido",
      // Withheld, to come, or elsewhere ("Phone: unlisted", "Fax: on
      // request", "Price: see website").
      "unlisted", "ex-directory", "on request", "upon request", "available on request", "to follow", "follows",
      "will follow", "will be sent", "will be sent later", "sent later", "see attached", "attached", "see website",
      "see web site", "see online", "confidential", "withheld", "private", "secret", "undisclosed", "restricted",
      "hidden", "declined", "refused", "missing", "unavailable", "none on record", "none on file", "no phone",
      "no email", "no e-mail", "no address", "no number", "no data", "no record", "unassigned", "unallocated",
      "to be appointed", "to be assigned", "to be advised", "tba later", "ask at reception", "ask staff",
      "unchanged", "no change", "as before", "as usual", "same as before", "varies", "various",
      "ok\xC3\xA4nd", "hemmelig", "hemlig", "geheim", "keine angabe", "k. a.", "sans objet", "no tiene",
      "uoppgitt", "ikke oppgitt", "unbenannt", "nicht angegeben", "non renseign\xC3\xA9", "no consta"};
  while (!value.empty() && (value.front() == ' ' || value.front() == '(' || value.front() == '[')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == ')' || value.back() == ']')) value.remove_suffix(1);
  if (value.empty() || value.size() > 48) return false;
  std::string lower(value);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (In(kPlaceholders, lower)) return true;
  // "not disclosed", "not on file", "not listed": a value that says there
  // is none.
  for (std::string_view lead : {"not ", "never ", "nicht ", "ikke ", "inte ", "pas ", "non "}) {
    if (lower.rfind(lead, 0) == 0) return true;
  }
  // A masked or template value: "DYXXXX", "934 12 XXX", "DY13**", "DY____",
  // "DY####", "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88", "{{flight_no}}", "${FLIGHT}", "<flight>", "[redacted]",
  // "Firstname Lastname".
  for (std::string_view mask : {"**", "__", "##", "\xE2\x96\x88", "{{", "${", "redacted", "firstname", "lastname",
                                "first last", "fornavn", "etternavn", "vorname", "nachname"}) {
    if (lower.find(mask) != std::string::npos) return true;
  }
  // Only zeros for its digits, three or more ("DY0000", "000 00 000").
  if (std::count(lower.begin(), lower.end(), '0') >= 3 && lower.find_first_of("123456789") == std::string::npos) {
    return true;
  }
  const char open = value.front(), close = value.back();
  if ((open == '<' && close == '>') || (open == '{' && close == '}')) return true;
  for (std::size_t i = 0; i + 1 < value.size(); ++i) {
    // Two or more X (or x) that end the value or stand before a blank or a
    // sign, not "XXL" nor the end of a name ("Foxx").
    const char c = value[i];
    if ((c != 'X' && c != 'x') || value[i + 1] != c) continue;
    std::size_t j = i;
    while (j < value.size() && value[j] == c) ++j;
    const bool letter_after = j < value.size() && std::isalpha(static_cast<unsigned char>(value[j]));
    const bool lower_before = i > 0 && std::islower(static_cast<unsigned char>(value[i - 1]));  // "Foxx"
    if (!letter_after && !lower_before) return true;
    i = j;
  }
  // By its shape: no digit but 0, and no letter but 'x' or initials, each
  // followed by a dot ("N.N.", "t.b.a.", "./.", "\xE2\x80\x94/\xE2\x80\x94", "0", "00 00 00 00"; not
  // "B+", "A-"), or one letter over and over ("xxx", "XX").
  // (Dashes, an ellipsis and the empty-set sign only: another script's
  // letters are letters.)
  std::string shape = lower;
  for (std::string_view sign : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xE2\x88\x85"}) {
    for (std::size_t at = shape.find(sign); at != std::string::npos; at = shape.find(sign)) shape.replace(at, sign.size(), "-");
  }
  if (std::any_of(shape.begin(), shape.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return false;
  if (shape.size() >= 2 && shape.find_first_not_of(shape[0]) == std::string::npos && shape[0] >= 'a' && shape[0] <= 'z') {
    return true;
  }
  if (shape.size() == 1) return shape == "x" || shape == "0" || shape == "-" || shape == "?" || shape == ".";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    const char c = shape[i];
    if (c >= '1' && c <= '9') return false;
    const bool letter = c >= 'a' && c <= 'z';
    if (letter && c != 'x' && !(i + 1 < shape.size() && shape[i + 1] == '.')) return false;
  }
  return true;
}

ChangeWord ChangeWordKind(std::string_view w) {
  static const Set kGeneral = {"swap", "swapped", "switch", "switched", "reversed", "later", "earlier", "shift",
                               "shifted", "postpone", "postponed", "delayed", "returned", "bounced", "refunded",
                               "twice", "doubled", "triple", "tripled", "halve", "halved", "forgot",
                               "forgotten", "typo", "mistake", "mistakenly", "wrong", "incorrect", "correction",
                               "corrected", "erratum", "errata", "corrigendum", "amendment", "amended",
                               // ... as a note's heading in other languages ("Rettelse:",
                               // "Berichtigung:", "Correzione:").
                               "rettelse", "r\xC3\xA4ttelse", "korrektur", "korrektion", "berichtigung",
                               "rectification", "rectificaci\xC3\xB3n", "correcci\xC3\xB3n",
                               "correzione", "rettifica", "corre\xC3\xA7\xC3\xA3o", "correctie", "verbetering",
                               "sprostowanie", "korekta", "d\xC3\xBCzeltme", "actually", "strike", "struck", "cancel", "delete", "deleted", "scrap",
                               "remove", "removed",
                               // Swapped, reversed, mixed up, in other languages ("Merk: gjest og
                               // betaler er byttet om", "sont invers\xC3\xA9s", "vertauscht").
                               "inverted", "interchanged", "exchanged", "transposed", "mislabelled", "mislabeled",
                               "byttet", "bytta", "ombyttet", "forbyttet", "ombytt", "omvendt", "forbyttede",
                               "bytt", "omkastade", "omv\xC3\xA4" "nda", "f\xC3\xB6rv\xC3\xA4xlade",
                               "f\xC3\xB6rv\xC3\xA4xlat", "ombyttede", "vertauscht", "verwechselt", "umgekehrt",
                               "getauscht", "vertauschte", "verwisseld", "omgewisseld", "gewisseld", "omgedraaid", "omgekeerd", "verwisselde",
                               "invers\xC3\xA9s", "invers\xC3\xA9", "invers\xC3\xA9" "es", "intervertis",
                               "\xC3\xA9" "chang\xC3\xA9s", "permut\xC3\xA9s", "intercambiados",
                               "intercambiadas", "invertidos", "invertidas", "trocados", "trocadas", "scambiati",
                               "scambiate", "invertiti", "invertite", "vaihdettu", "vaihdetut", "zamienione",
                               "odwr\xC3\xB3" "cone"};
  static const Set kNamed = {"add", "added", "more", "fewer", "less", "extra", "additional", "drop", "dropped", "reduce", "reduced", "increase", "increased", "decrease",
                             "decreased", "change", "changed", "update", "updated", "half"};
  if (In(kGeneral, w)) return ChangeWord::kGeneral;
  if (In(kNamed, w)) return ChangeWord::kNamed;
  return ChangeWord::kNone;
}

std::string_view Canonical(std::string_view w) {
  static const WordTable<std::string_view> kSynonyms = {
      {"year", "age"}, {"aged", "age"}, {"mass", "weight"}, {"telephone", "phone"}, {"tel", "phone"},
      {"mobile", "phone"}, {"cell", "phone"}, {"e-mail", "email"}, {"mail", "email"}, {"town", "city"},
      {"surname", "lastname"}, {"postcode", "zip"}, {"postal", "zip"}, {"qty", "quantity"},
      {"sum", "amount"}, {"cost", "price"}, {"fullname", "name"}, {"born", "birth"},
      {"birthplace", "birth"}, {"hired", "hire"}, {"dob", "birth"}, {"from", "sender"}, {"to", "recipient"},
      {"addressee", "recipient"}, {"receiver", "recipient"}};
  const std::string_view* canonical = kSynonyms.Find(w);
  return canonical == nullptr ? w : *canonical;
}

std::string Singular(std::string_view w) {
  // Suffix tests on the view, one allocation for the result: this runs for
  // most words of every prompt and label.
  const std::size_t n = w.size();
  auto ends = [&](std::string_view suffix) { return n >= suffix.size() && w.substr(n - suffix.size()) == suffix; };
  if (n > 4 && ends("ies")) {
    std::string s(w.substr(0, n - 3));
    s += 'y';
    return s;
  }
  if (n > 4 && (ends("sses") || ends("shes") || ends("ches") || ends("xes"))) return std::string(w.substr(0, n - 2));
  if (n > 3 && w.back() == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
    return std::string(w.substr(0, n - 1));
  }
  return std::string(w);
}

}  // namespace stepcache::checks::vocab
