#include "schema_condition.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "stepcache/schemas/json_pointer.h"
#include "request_meaning.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// Words that mark a condition, beside vocab::IsConditionWord's ("if",
// "unless", "null", "each"...), vocab::Comparison and a negation.
const vocab::WordSet& Markers() {
  static const vocab::WordSet s = {"where", "when", "whose", "only", "else", "till", "until", "solely",
                                   "exclusively",
                                   // "only" in other languages (words past ASCII as written,
                                   // lower case).
                                   "nur", "ausschlie\xC3\x9Flich", "lediglich", "kun", "bare", "bara", "endast",
                                   "enbart", "alleen", "enkel", "uniquement", "seulement", "solo", "s\xC3\xB3lo",
                                   "solamente", "\xC3\xBA" "nicamente", "unicamente", "soltanto", "apenas", "somente",
                                   "s\xC3\xB3", "nom\xC3\xA9s", "tylko", "wy\xC5\x82\xC4\x85" "cznie", "wylacznie",
                                   "vain", "ainoastaan", "csak", "kiz\xC3\xA1r\xC3\xB3lag", "sadece",
                                   "yaln\xC4\xB1" "zca", "doar", "numai", "pouze", "jen", "jenom", "len", "iba",
                                   "samo", "jedino", "tik", "tiktai", "tikai", "ainult", "a\xC3\xB0" "eins",
                                   "hanya", "sahaja", "lamang",
                                   "\xD1\x82\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBA\xD0\xBE",  // только
                                   "\xD0\xBB\xD0\xB8\xD1\x88\xD0\xB5",                      // лише
                                   "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xBE",                      // само
                                   "\xCE\xBC\xCF\x8C\xCE\xBD\xCE\xBF"};                      // μόνο
  return s;
}

// The condition words of vocab::IsConditionWord that no label or value of
// a record uses for itself.
const vocab::WordSet& FieldMarkers() {
  static const vocab::WordSet s = {"if", "unless", "provided", "providing", "otherwise", "assuming", "whenever",
                                   "except", "excepting", "wenn", "falls", "sofern", "hvis", "dersom", "sauf",
                                   "salvo", "indien"};
  return s;
}

// Words that say a value is missing, that name any value, or that name a
// schema's annotation ("x-description", "errorMessage").
const vocab::WordSet& NoContent() {
  static const vocab::WordSet s = {
      "given", "known", "unknown", "missing", "absent", "present", "available", "unavailable", "stated",
      "mentioned", "specified", "listed", "shown", "found", "exist", "exists", "any", "none", "empty", "blank",
      "applicable", "nothing", "omitted", "included", "set", "filled", "provided", "supplied", "value", "field",
      "text", "source", "document", "record", "entry", "string", "number", "json", "key", "s", "description",
      "desc", "title", "comment", "message", "error", "markdown", "doc", "docs", "help", "hint", "label", "x",
      "defs", "definitions", "properties", "schema", "schemas", "http", "https", "www", "com", "org", "net"};
  return s;
}

// Labels that say which records or values count.
const vocab::WordSet& SelectionLabelWords() {
  static const vocab::WordSet s = {
      "rule", "rules", "filter", "filters", "scope", "condition", "conditions", "criteria", "criterion", "ledger",
      "show", "shown", "include", "exclude", "select", "selection", "apply", "applies", "applicable", "only",
      "else", "otherwise", "valid", "validity", "count", "counts", "counted", "restricted", "restrict", "limited",
      "eligible", "eligibility", "qualifies", "qualifying", "mode",
      // The same in other languages ("Regel:", "Gilt für:", "Gjelder:").
      "regel", "regeln", "r\xC3\xA8gle", "regla", "filtre", "filtr", "filtro", "gilt", "gelten", "g\xC3\xBCltig",
      "gjelder", "g\xC3\xA4ller", "g\xC3\xA6lder", "vaut", "vale", "v\xC3\xA1lido", "valido", "valable"};
  return s;
}

// Words that ask for a value in another form: a field that holds one and
// none of the answer's values ("Case: upper", "Rounding: whole") says how
// to write them.
const vocab::WordSet& FormWords() {
  static const vocab::WordSet s = {"case", "uppercase", "lowercase", "upper", "lower", "capitals", "capital",
                                   "capitalised", "capitalized", "rounding", "rounded", "round", "format",
                                   "formatting", "style", "precision", "decimals", "notation", "spelling",
                                   "transliteration", "abbreviated", "abbreviation", "convention", "cents",
                                   "decimal", "digits",
                                   // The same in other languages ("Desimaler: ingen").
                                   "desimaler", "decimaler", "nachkommastellen", "dezimalstellen", "avrunding",
                                   "rundung", "arrondi", "redondeo", "versaler", "gro\xC3\x9F" "buchstaben",
                                   "majuscules", "may\xC3\xBA" "sculas"};
  return s;
}

// Values that say yes or no, or nothing.
const vocab::WordSet& YesNo() {
  static const vocab::WordSet s = {"yes", "no", "true", "false", "y", "n", "ja", "nei", "nein", "oui",
                                   "non", "si", "s\xC3\xAD", "x", "none", "n/a", "-"};
  return s;
}

// A schema's string as words: names written as one word ("amountIfPaid",
// "amount_if_paid"), paths ("#/$defs/PaidAmount", ".../amount-only-if-
// paid.json") and prose alike.
std::string Readable(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    const bool inside = c == '.' && i + 1 < out.size() && std::isalpha(static_cast<unsigned char>(out[i + 1]));
    // (A slash between spaces is a sign: "Amount / Quantity".)
    const bool sign = c == '/' && i > 0 && out[i - 1] == ' ' && i + 1 < out.size() && out[i + 1] == ' ';
    if ((c == '/' && !sign) || c == '#' || c == '$' || inside) out[i] = ' ';
  }
  return SpacedName(out);
}

// Reads strings (of a schema, or a field's line) for a condition.
class ConditionReader {
 public:
  // `fields`: the strings are fields' lines, where "per", "each", "null"
  // and negations are a label's or value's own words ("Rate per night:",
  // "Pets: no") and only the words that pick values mark a condition.
  ConditionReader(const SourceText& source, std::set<std::string> keys, bool fields)
      : source_(source), keys_(std::move(keys)), fields_(fields) {}

  // Whether `text`, said of the member `key` (nullptr: of the whole) whose
  // fields are `own`, holds a condition. `name`: the text is the member's
  // own key, whose words then count (a key's own words do say something:
  // "amount_if_paid").
  bool Holds(std::string_view text, bool name, const std::string_view* key,
             const std::vector<const Field*>& own) const {
    if (text.empty()) return false;
    std::set<std::string> own_words;
    if (key == nullptr) {
      own_words = keys_;
    } else if (!name) {
      for (const std::string& w : LabelWords(*key)) own_words.insert(w);
    }
    for (const Field* f : own) {
      for (const std::string& w : f->label_words) own_words.insert(vocab::Singular(w));
      for (const Token& k : f->value_tokens) own_words.insert(vocab::Singular(k.norm));
    }
    const std::string readable = Readable(text);
    const std::vector<Token> tokens = Tokenize(readable);
    std::vector<std::string> words;
    for (const Token& k : tokens) {
      if (k.kind != TokenKind::kPunct) words.push_back(k.norm);
    }
    const auto content = [&](const std::string& w) {
      const std::string singular = vocab::Singular(w);
      return w.size() > 1 && !IsFillerWord(w) && !Markers().Has(w) && !vocab::IsConditionWord(w) &&
             !NoContent().Has(w) && !NoContent().Has(singular) && !vocab::IsNegation(w) &&
             !vocab::IsInstructionVerb(w) && !vocab::IsFormattingWord(w) && own_words.count(singular) == 0 &&
             own_words.count(w) == 0;
    };
    // A marker with a word of content in its clause (between ',', ';',
    // ':', '.', brackets).
    std::size_t w = 0;
    bool marker = false, said = false;
    for (std::size_t i = 0; i <= tokens.size(); ++i) {
      const bool end = i == tokens.size() ||
                       (tokens[i].kind == TokenKind::kPunct && tokens[i].norm.find_first_of(",;:.()[]") == 0);
      if (end) {
        if (marker && said) return true;
        marker = said = false;
        continue;
      }
      if (tokens[i].kind == TokenKind::kPunct) {
        // (Signs of comparison: "amount > 0", "≥ 500"; of arithmetic,
        // "Amount / Quantity", alone.)
        const std::string& n = tokens[i].norm;
        marker = marker || n == ">" || n == "<" || n == ">=" || n == "<=" || n == "\xE2\x89\xA5" ||
                 n == "\xE2\x89\xA4";
        if (ArithmeticSign(readable, tokens[i])) return true;
        continue;
      }
      // A figure computed from others ("divided by", "the amount of one
      // item"), alone.
      if (vocab::Computation(words, w)) return true;
      marker = marker || Markers().Has(words[w]) || vocab::Comparison(words, w) ||
               (fields_ ? FieldMarkers().Has(words[w])
                        : vocab::IsConditionWord(words[w]) || vocab::IsNegation(words[w]) ||
                              vocab::RelativePosition(words, w));
      said = said || content(words[w]);
      ++w;
    }
    // A word stated only in the values of fields not the member's. (Not of
    // a field's line: a record's fields share words, "Last visit: 2 March
    // 2026" and "Next visit: 9 April 2026"; FieldCondition reads whole
    // values.)
    if (fields_) return false;
    std::size_t meaning = 0;
    for (const std::string& word : words) meaning += IsFillerWord(word) ? 0 : 1;
    if (name && meaning < 2) return false;
    std::vector<std::size_t> at;
    for (const std::string& word : words) {
      if (!content(word) || !IsMeaningWord(word)) continue;
      source_.NormPositions(word, &at);
      bool elsewhere = false, value = false;
      for (std::size_t p : at) {
        const Field* f = source_.FieldAt(source_.tokens()[p].begin);
        if (f == nullptr || source_.InLabel(p)) {
          elsewhere = true;
        } else if (std::find(own.begin(), own.end(), f) == own.end()) {
          value = true;
        }
      }
      if (value && !elsewhere) return true;
    }
    return false;
  }

 private:
  const SourceText& source_;
  std::set<std::string> keys_;
  bool fields_;
};

// The words of the keys of every member of `schema`, nested ones too.
std::set<std::string> MemberKeyWords(const rapidjson::Value& schema) {
  std::set<std::string> keys;
  const std::function<void(const rapidjson::Value&)> collect = [&](const rapidjson::Value& node) {
    if (node.IsArray()) {
      for (const auto& v : node.GetArray()) collect(v);
      return;
    }
    if (!node.IsObject()) return;
    for (const auto& m : node.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (name == "properties" && m.value.IsObject()) {
        for (const auto& p : m.value.GetObject()) {
          for (const std::string& w : LabelWords({p.name.GetString(), p.name.GetStringLength()})) keys.insert(w);
        }
      }
      if (name != "enum" && name != "const" && name != "examples" && name != "default") collect(m.value);
    }
  };
  collect(schema);
  return keys;
}

// Whether a member of `schema`'s "properties" may be null ("type":
// ["number", "null"], an "anyOf" with {"type": "null"}).
bool NullableMember(const rapidjson::Value& schema) {
  const auto props = schema.IsObject() ? schema.FindMember("properties") : schema.MemberEnd();
  if (!schema.IsObject() || props == schema.MemberEnd() || !props->value.IsObject()) return false;
  const auto is_null = [](const rapidjson::Value& t) { return t.IsString() && std::string_view(t.GetString()) == "null"; };
  for (const auto& p : props->value.GetObject()) {
    if (!p.value.IsObject()) continue;
    if (const auto type = p.value.FindMember("type"); type != p.value.MemberEnd()) {
      if (is_null(type->value)) return true;
      if (type->value.IsArray() && std::any_of(type->value.Begin(), type->value.End(), is_null)) return true;
    }
    for (const char* any : {"anyOf", "oneOf"}) {
      const auto alternatives = p.value.FindMember(any);
      if (alternatives == p.value.MemberEnd() || !alternatives->value.IsArray()) continue;
      for (const auto& a : alternatives->value.GetArray()) {
        const auto type = a.IsObject() ? a.FindMember("type") : a.MemberEnd();
        if (a.IsObject() && type != a.MemberEnd() && is_null(type->value)) return true;
      }
    }
  }
  return false;
}

bool HoldsNull(const rapidjson::Value& v) {
  if (v.IsNull()) return true;
  if (v.IsArray()) return std::any_of(v.Begin(), v.End(), [](const rapidjson::Value& x) { return HoldsNull(x); });
  if (v.IsObject()) {
    return std::any_of(v.MemberBegin(), v.MemberEnd(), [](const auto& m) { return HoldsNull(m.value); });
  }
  return false;
}

}  // namespace

bool WordFieldOfNoMember(const SourceText& source, const MemberLabelTable& labels) {
  for (const Field& f : source.fields()) {
    if (f.value.empty() || YesNo().Has(f.value) || vocab::IsPlaceholder(f.value)) continue;
    const bool names = std::any_of(f.label_words.begin(), f.label_words.end(), [&](const std::string& w) {
      return !IsFillerWord(w) && (labels.HasWord(w) || labels.HasWord(vocab::Singular(w)));
    });
    const bool digits = std::any_of(f.value.begin(), f.value.end(), IsDigit);
    if (!names && !digits) return true;
  }
  return false;
}

bool ArithmeticSign(std::string_view text, const Token& k) {
  if (k.kind != TokenKind::kPunct) return false;
  if (k.norm == "\xC3\xB7" || k.norm == "\xC3\x97") return true;
  if (k.norm != "/" && k.norm != "*") return false;
  const auto space = [&](std::size_t at) { return at < text.size() && (text[at] == ' ' || text[at] == '\t'); };
  return k.begin > 0 && space(k.begin - 1) && space(k.end);
}

namespace {

bool SchemaCondition(const SourceText& source, const rapidjson::Value& schema,
                     const std::vector<MemberEvidence>& evidence, const std::set<std::string>& keys) {
  const ConditionReader reader(source, keys, false);
  // The fields of the member `key`: the one holding its value (`top`: a
  // member of the answer's object), and those whose labels share a word of
  // its key (not of its description: "null unless the state is Overdue"
  // names the state's field, no field of its own; and the cached answer's
  // value may be gone from the text).
  const auto fields_of = [&](std::string_view key, bool top) {
    std::vector<const Field*> own;
    const std::string pointer = AppendPointer("", key);
    for (const MemberEvidence& e : evidence) {
      const Field* f = e.value_end > e.value_begin ? source.FieldAt(e.value_begin) : nullptr;
      if (top && e.pointer == pointer && f != nullptr) own.push_back(f);
    }
    std::set<std::string> names;
    for (const std::string& w : LabelWords(key)) names.insert(w);
    for (const Field& f : source.fields()) {
      const bool shares = std::any_of(f.label_words.begin(), f.label_words.end(), [&](const std::string& w) {
        return !IsFillerWord(w) && names.count(vocab::Singular(w)) != 0;
      });
      if (shares) own.push_back(&f);
    }
    return own;
  };
  // Keywords whose strings are values, patterns or member names, not words
  // about the members.
  static const vocab::WordSet kNotWords = {"type", "format", "$schema", "required", "pattern", "enum", "const",
                                           "contentMediaType", "contentEncoding", "$vocabulary",
                                           "dependentRequired"};
  // Keywords whose strings are read alone; any other's (an annotation of
  // any name, "x-only-when") with its name.
  static const vocab::WordSet kAnnotations = {"description", "title", "$comment", "$id", "$ref", "$anchor",
                                              "$dynamicRef", "$dynamicAnchor"};
  // Every subschema: a member's own (its items, its alternatives, what it
  // refers to) is said of it; any other, of the whole.
  const std::vector<const Field*> none;
  const std::function<bool(const rapidjson::Value&, const std::string_view*, const std::vector<const Field*>&,
                           bool)>
      visit = [&](const rapidjson::Value& node, const std::string_view* key, const std::vector<const Field*>& own,
                  bool top) {
        if (node.IsString()) {
          return reader.Holds({node.GetString(), node.GetStringLength()}, false, key, own);
        }
        if (node.IsArray()) {
          for (const auto& v : node.GetArray()) {
            if (visit(v, key, own, false)) return true;
          }
          return false;
        }
        if (!node.IsObject()) return false;
        for (const auto& m : node.GetObject()) {
          const std::string_view name(m.name.GetString(), m.name.GetStringLength());
          if (kNotWords.Has(name)) continue;
          if (name == "examples" || name == "default") {
            // An example that leaves a member null shows when it is null.
            if ((name == "examples" && HoldsNull(m.value)) || visit(m.value, key, own, false)) return true;
          } else if (name == "properties" && m.value.IsObject()) {
            for (const auto& p : m.value.GetObject()) {
              const std::string_view member(p.name.GetString(), p.name.GetStringLength());
              const std::vector<const Field*> fields = fields_of(member, top);
              if (reader.Holds(member, true, &member, fields) || visit(p.value, &member, fields, false)) return true;
            }
          } else if ((name == "$defs" || name == "definitions") && m.value.IsObject()) {
            for (const auto& d : m.value.GetObject()) {
              if (reader.Holds({d.name.GetString(), d.name.GetStringLength()}, true, key, own) ||
                  visit(d.value, key, own, false)) {
                return true;
              }
            }
          } else if (name == "patternProperties" || name == "dependentSchemas") {
            // (Keys are patterns or member names.)
            if (m.value.IsObject()) {
              for (const auto& d : m.value.GetObject()) {
                if (visit(d.value, key, own, false)) return true;
              }
            }
          } else if (m.value.IsString() && !kAnnotations.Has(name)) {
            const std::string text =
                std::string(name) + " " + std::string(m.value.GetString(), m.value.GetStringLength());
            if (reader.Holds(text, false, key, own)) return true;
          } else if (visit(m.value, key, own, false)) {
            return true;
          }
        }
        return false;
      };
  return visit(schema, nullptr, none, true);
}

// Whether a field of words alone (the caller sees it holds no digit) says
// which records count: under a label that ends in "for" or "at" ("Shown
// for: settled invoices", "Beløp vises for: betalte fakturaer", "Betrag
// bei: bezahlten Rechnungen"), or naming a kind of record in the plural
// ("Billing: settled invoices"; not "Product: steel bolts").
// `names_a_member`: its value names a member.
bool SaysWhichRecordsCount(const Field& f, bool names_a_member) {
  if (f.value.empty() || f.label_words.empty()) return false;
  static const vocab::WordSet kFor = {"for", "f\xC3\xBCr", "pour", "para", "voor", "f\xC3\xB6r", "dla",
                                      "pro", "per", "bei", "ved", "vid", "bij", "chez", "przy", "pri",
                                      "p\xC5\x99i"};
  const std::vector<std::string> label = Words(f.label);
  if (!label.empty() && kFor.Has(label.back())) return true;
  std::vector<std::string> value;
  for (const Token& k : f.value_tokens) {
    if (k.kind == TokenKind::kWord) value.push_back(k.norm);
  }
  if (value.size() >= 2 && vocab::Singular(value.back()) != value.back() &&
      vocab::IsRecordKind(vocab::Singular(value.back()))) {
    return true;
  }
  // ... or in the label ("Paid invoices: amount shown").
  for (const std::string& w : label) {
    if (vocab::Singular(w) != w && vocab::IsRecordKind(vocab::Singular(w))) return true;
  }
  // A member named in the value with what becomes of it ("Unsettled:
  // amount left blank", "Open: amount hidden").
  static const vocab::WordSet kShown = {"blank", "shown", "show", "hidden", "hide", "empty", "null", "none",
                                        "omitted", "omit", "withheld", "left", "zero", "removed", "excluded",
                                        "included", "visible", "displayed", "dropped", "cleared"};
  const auto shown = [](const std::string& w) { return kShown.Has(w); };
  return names_a_member && std::any_of(value.begin(), value.end(), shown);
}

// A place in the layout ("Negative: the line above", "Half: the next
// line", "Negativ: linjen over", "N\u00e9gatif : ligne pr\u00e9c\u00e9dente",
// "Negative: line 3", "Negative: \u2191"): what it says of another field
// moves with the lines, which a text laid out anew may reorder.
bool PointsAtAnotherLine(const Field& f) {
  bool place = false, layout = false, numbered = false, letters = false;
  for (const std::string& w : f.label_words) {
    place = place || vocab::IsLayoutPlace(w);
    layout = layout || vocab::IsLayoutUnit(vocab::Singular(w));
  }
  // (An arrow, a mathematical sign or a geometric mark, U+2190-22FF,
  // U+2580-26FF, U+2B00-2BFF, reads as a word byte run, not as a
  // letter.)
  const auto symbol = [](const std::string& norm) {
    for (std::size_t i = 0; i < norm.size();) {
      const unsigned char c = static_cast<unsigned char>(norm[i]);
      if (c < 0x80) {
        if (std::isalnum(c)) return false;
        ++i;
        continue;
      }
      if (c != 0xE2 || i + 2 >= norm.size()) return false;
      const unsigned char b = static_cast<unsigned char>(norm[i + 1]);
      if (!(b == 0x86 || b == 0x87 || (b >= 0x88 && b <= 0x8B) || (b >= 0x96 && b <= 0x9B) ||
            (b >= 0xAC && b <= 0xAF))) {
        return false;
      }
      i += 3;
    }
    return true;
  };
  for (std::size_t i = 0; i < f.value_tokens.size(); ++i) {
    const Token& k = f.value_tokens[i];
    if (k.kind == TokenKind::kPunct || symbol(k.norm)) continue;
    letters = true;
    if (k.kind != TokenKind::kWord) continue;
    place = place || vocab::IsLayoutPlace(k.norm);
    const bool line = vocab::IsLayoutUnit(vocab::Singular(k.norm));
    layout = layout || line;
    numbered = numbered || (line && i + 1 < f.value_tokens.size() &&
                            f.value_tokens[i + 1].kind == TokenKind::kNumber);
  }
  // (Signs alone, "\u2191", "^", "\u2b06": an arrow or a mark, not a
  // placeholder such as "-" or "n/a".)
  const bool signs = !letters && !f.value.empty() && !vocab::IsPlaceholder(f.value);
  return (place && layout) || numbered || signs;
}

// A sign convention in words ("Sign: NEG", "Fortegn: minus", "Entry:
// credit"): it may turn a number's sign. (The caller asks it of fields of
// words alone: "Sign: -12" is a number's own.)
bool StatesASign(const Field& f) {
  const auto sign = [](const std::string& w) { return vocab::IsSignWord(w); };
  return std::any_of(f.label_words.begin(), f.label_words.end(), sign) ||
         std::any_of(f.value_tokens.begin(), f.value_tokens.end(),
                     [](const Token& k) { return k.kind == TokenKind::kWord && vocab::IsSignWord(k.norm); });
}

// Whether `raw` (blanks and a final '.' around it aside) is a number in
// Roman numerals, in capitals and in their usual order ("II", "XIV", "IX";
// not "IIII", "VX", "CHARGED"), or a small one in lower case ("ii", "xii").
// A single "I", "V" or "X" counts; "C", "D", "L" or "M" alone do not (a
// size, a grade).
bool RomanNumeral(std::string_view raw) {
  while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t')) raw.remove_prefix(1);
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '.')) raw.remove_suffix(1);
  if (raw.empty() || raw.size() > 15) return false;
  if (raw.size() == 1 && raw != "I" && raw != "V" && raw != "X") return false;
  // (In lower case only the small ones, "ii", "iv", "xii": not "mix", "mid".)
  std::string upper(raw);
  if (raw.size() >= 2 && raw.find_first_not_of("ivx") == std::string_view::npos) {
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    raw = upper;
  }
  const auto value = [](char c) {
    switch (c) {
      case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
      case 'C': return 100; case 'D': return 500; case 'M': return 1000; default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const int v = value(raw[i]);
    if (v == 0) return false;
    const int next = i + 1 < raw.size() ? value(raw[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  // Written back in the usual order, it must read the same.
  static constexpr std::pair<int, std::string_view> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string back;
  for (const auto& [n, text] : kParts) {
    for (; total >= n; total -= n) back += text;
  }
  return back == raw;
}

// What a field's value is made of, read once for MayTurnAMember and
// MaySayOfAMember.
struct ValueKinds {
  bool digits = false;   // a digit anywhere ("3", "n2", "0.00")
  bool letters = false;  // a word of letters
  bool none = false;     // no digit, and a value that stands for none ("n/a", "-")
};

ValueKinds KindsOf(const Field& f) {
  ValueKinds v;
  for (const Token& k : f.value_tokens) {
    v.digits = v.digits || std::any_of(k.norm.begin(), k.norm.end(), IsDigit);
    v.letters = v.letters || (k.kind == TokenKind::kWord && !std::all_of(k.norm.begin(), k.norm.end(), IsDigit));
  }
  v.none = !v.digits && vocab::IsPlaceholder(f.value);
  return v;
}

// Whether field `f`, of no member, may turn a member's value in words the
// checks do not read: beside a truth value a refusal, nothing, zero, an
// error, a placeholder or a state in lower-case words; beside a count a list
// (of names or things), or one that adds or drops someone. The part of
// MaySayOfAMember the reuse comparison asks of an added field too.
bool MayTurnAMember(std::string_view prompt, const Field& f, const ValueKinds& kinds, bool digits_member,
                    bool truth_member) {
  if (f.value.empty()) return false;
  const bool digits = kinds.digits, letters = kinds.letters;
  // Beside a truth value, a refusal, nothing or zero ("Card: declined",
  // "Dose: refused", "Seats left: none", "Amount paid: 0.00") may turn it.
  if (truth_member) {
    static const vocab::WordSet kTurns = {"declined", "refused", "rejected", "none",    "nothing",  "nil",
                                          "empty",    "cancelled", "canceled", "failed", "bounced", "void",
                                          "voided",   "revoked",  "expired",  "reversed", "denied",  "withdrawn",
                                          "zero",     "missing",  "lost",     "blocked",  "suspended", "error",
                                          "mistake",  "wrong",    "invalid",  "incorrect", "pending", "unpaid"};
    for (const Token& k : f.value_tokens) {
      if ((k.kind == TokenKind::kWord && kTurns.Has(k.norm)) || (k.kind == TokenKind::kNumber && k.number == 0)) {
        return true;
      }
    }
    // (So may a value that stands for none: "Received: -", "Seats: n/a".)
    if (kinds.none) return true;
    // And an amount still owed or given back, by its label ("Amount due:
    // 420.00", "Balance: 80", "Refunded: 420.00" beside "Paid: yes").
    static const vocab::WordSet kOwed = {"due",      "outstanding", "balance", "owed",     "owing",   "remaining",
                                         "unpaid",   "arrears",     "refund",  "refunded", "chargeback", "reversal",
                                         "overdue",  "restbetrag",  "saldo",   "restbel\xC3\xB8p", "pendiente", "d\xC3\xBB"};
    // (Not when it is due: "Due date: 2024-07-01".)
    static const vocab::WordSet kWhen = {"date", "day", "deadline", "time", "dato", "datum", "fecha", "by", "on"};
    const auto has = [&](const vocab::WordSet& set) {
      return std::any_of(f.label_words.begin(), f.label_words.end(), [&](const std::string& w) { return set.Has(w); });
    };
    if (has(kOwed) && !has(kWhen)) return true;
  }
  // Beside a count, a number in Roman numerals ("Extension: III", "Extra: II"),
  // or a count written with a letter of counting ("x2", "pax2", "n3", "qty 2";
  // "n" and "no" only glued to the number).
  if (digits_member && !digits && RomanNumeral(prompt.substr(f.value_begin, f.value_end - f.value_begin))) return true;
  if (digits_member && digits) {
    static const vocab::WordSet kCounting = {"x", "pax", "qty", "pcs", "n", "nr", "no", "pers", "ppl", "times"};
    for (const Token& k : f.value_tokens) {
      if (k.kind != TokenKind::kWord) continue;
      std::size_t letters_end = 0;
      while (letters_end < k.norm.size() && std::isalpha(static_cast<unsigned char>(k.norm[letters_end]))) ++letters_end;
      if (letters_end > 0 && kCounting.Has(k.norm.substr(0, letters_end))) return true;  // "x2", "pax2", "x02"
      if (kCounting.Has(k.norm) && k.norm != "no" && k.norm != "n") return true;       // "x 2", "qty 2"
    }
  }
  if (kinds.none) return false;
  // Beside a truth value, a state in words, in any letter case and with
  // digits or without ("Payment: charged back", "Seats: Gone", "Card: Code
  // 51 (Insufficient Funds)", "Door: Open", "Card: No Funds"): what it does
  // to the truth is not read, and a name ("Card: Visa") is not told from a
  // state by its spelling.
  // (A code of letters and digits alone, "Ward: 3B", "Gate: A12", is
  // none: a word of letters only is.)
  // (A truth alone, "Insured: true", "No.", is a truth's own field.)
  std::size_t words = 0;
  bool truth_word = false;
  for (const Token& k : f.value_tokens) {
    if (k.kind == TokenKind::kPunct) continue;
    ++words;
    truth_word = k.norm == "yes" || k.norm == "no" || k.norm == "true" || k.norm == "false";
  }
  if (truth_member && letters && !(truth_word && words == 1)) {
    const std::vector<Token>& v = f.value_tokens;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i].kind != TokenKind::kWord || std::any_of(v[i].norm.begin(), v[i].norm.end(), IsDigit)) continue;
      const bool glued_digit = (i > 0 && !v[i].space_before && v[i - 1].kind == TokenKind::kNumber) ||
                               (i + 1 < v.size() && !v[i + 1].space_before && v[i + 1].kind == TokenKind::kNumber);
      if (!glued_digit) return true;
    }
  }
  // Beside a count, a list that adds or drops someone ("Names: Ada Ek, Bo Lind
  // + Di Moe", "Cy Holm +1", "Bo Lind (gone)", "Di Moe joins").
  if (digits_member) {
    static const vocab::WordSet kChanges = {"joins",   "joining", "joined", "new",   "gone",    "left",
                                            "added",   "extra",   "plus",   "dropped", "leaves", "leaving",
                                            "cancelled", "canceled", "absent", "more"};
    std::size_t items = 1, words = 0;
    for (const Token& k : f.value_tokens) {
      if (k.kind == TokenKind::kWord && kChanges.Has(k.norm)) return true;
      words += k.kind == TokenKind::kWord;
      items += k.norm == "," || k.norm == ";" || k.norm == "&" || k.norm == "and";
    }
    // (A list of names or things beside a count: how many it holds is not
    // read, "Names: Ada Ek, Cy Holm" beside "Guests: 3".)
    if (!digits && items >= 2 && words >= items) return true;
    // ('+' before a name, or "+1" after one; not a phone's "+47".)
    const std::string& v = f.value;
    for (std::size_t at = v.find('+'); at != std::string::npos; at = v.find('+', at + 1)) {
      std::size_t next = at + 1, prev = at;
      while (next < v.size() && v[next] == ' ') ++next;
      while (prev > 0 && v[prev - 1] == ' ') --prev;
      const bool name_after = next < v.size() && std::isalpha(static_cast<unsigned char>(v[next]));
      const bool one_digit = next < v.size() && IsDigit(v[next]) && (next + 1 == v.size() || !IsDigit(v[next + 1]));
      const bool name_before = prev > 0 && std::isalpha(static_cast<unsigned char>(v[prev - 1]));
      if (name_after || (one_digit && name_before)) return true;
    }
  }
  return false;
}

// Whether field `f`, of no member, may say something of a member's value:
// its value is of a kind some member of the answer holds (digits beside a
// number, a code or a truth value; words beside words or a truth value; a
// value of both, "host \u21c4 payer (1\u21942)", beside either),
// and its label is not a noun of an attribute of its own (IsAttributeNoun)
// or shares a stem with a member's name ("Delivery date" beside
// "delivered"). "Actual: 43", "Should read: 43", "Moved to: Porto",
// "Quit: 2019" beside a smoker, "Riktig: 14 kg" do; "Phone: 22 33 44 55",
// "Gate: 12", "Supplier: Nordfrukt" do not. Which of the two a label in
// other words is, is not read.
bool MaySayOfAMember(std::string_view prompt, const Field& f, const std::set<std::string>& key_words, bool digits_member,
                     bool words_member, bool truth_member) {
  if (f.value.empty()) return false;
  const ValueKinds kinds = KindsOf(f);
  const bool digits = kinds.digits, letters = kinds.letters;
  if (MayTurnAMember(prompt, f, kinds, digits_member, truth_member)) return true;
  // (A value that stands for none, "n/a" or "-", says nothing; "0" may.)
  if (kinds.none) return false;
  // (Words may change a count too: "Extension: two nights", "Late addition:
  // Di Moe", "Dropped out: Bo Lind".)
  if (!truth_member && !(digits && digits_member) && !(letters && (words_member || digits_member))) return false;
  // Its value names a member ("Unit: box" beside boxes, "Payer: each diner,
  // equally" beside diners): it may say how that member counts another.
  for (const Token& k : f.value_tokens) {
    if (k.kind == TokenKind::kWord && !IsFillerWord(k.norm) && key_words.count(vocab::Singular(k.norm)) != 0) {
      return true;
    }
  }
  bool noun = false;
  for (const std::string& w : f.label_words) {
    if (IsFillerWord(w)) continue;
    const std::string singular = vocab::Singular(w);
    // (A member's own words and units: its field in another form, "Weight
    // in grams" beside "weight_kg", is read by its own checks.)
    const bool own = key_words.count(singular) != 0 || !vocab::UnitOf(w).empty();
    if (!own && !vocab::IsAttributeNoun(singular)) return true;
    noun = true;
    for (const std::string& key_word : key_words) {
      if (key_word != singular && key_word.size() >= 5 && singular.size() >= 5 &&
          key_word.compare(0, 5, singular, 0, 5) == 0) {
        return true;
      }
    }
  }
  return !noun;
}

bool FieldCondition(const SourceText& source, const std::set<std::string>& keys, const rapidjson::Value& answer,
                    const std::vector<const Field*>& read) {
  const ConditionReader reader(source, keys, true);
  // The words of the answer's keys as written, small ones too ("per" of
  // "price_per_night"), and whether the value they name holds a digit.
  std::map<std::string, bool> written;
  if (answer.IsObject()) {
    for (const auto& m : answer.GetObject()) {
      bool digit = m.value.IsNumber();
      if (m.value.IsString()) {
        const std::string_view v(m.value.GetString(), m.value.GetStringLength());
        digit = std::any_of(v.begin(), v.end(), IsDigit);
      }
      for (const std::string& w : Words(SpacedName({m.name.GetString(), m.name.GetStringLength()}))) {
        if (w != "a" && w != "an" && w != "the" && w != "of" && w != "and" && w != "or") {
          written[vocab::Singular(w)] = written[vocab::Singular(w)] || digit;
        }
      }
    }
  }
  for (const Field& f : source.fields()) {
    if (std::find(read.begin(), read.end(), &f) != read.end()) continue;
    // A word of form ("Case: upper").
    for (const std::string& w : f.label_words) {
      if (FormWords().Has(w)) return true;
    }
    bool digits = false;
    std::set<std::string> named;  // members' words in the value
    for (const Token& k : f.value_tokens) {
      if (k.kind == TokenKind::kWord && FormWords().Has(k.norm)) return true;
      if (k.kind == TokenKind::kWord && k.norm.size() > 2 && !IsFillerWord(k.norm) &&
          keys.count(vocab::Singular(k.norm)) != 0) {
        named.insert(vocab::Singular(k.norm));
      }
      digits = digits || std::any_of(k.norm.begin(), k.norm.end(), IsDigit);
    }
    // Members named in the value ("Rule: amount for paid true"; not one
    // word of a heading, "Fjordbank - Account statement").
    if (named.size() >= 2) return true;
    // A label that says which values count ("Filter: Paid", "Rule: Paid",
    // "Else: none"), or that shares a word of a member's key over words
    // alone where the member's value has digits ("Amount rule: Paid", "Per:
    // week" beside "price_per_night", "Date type: arrival" beside
    // "departure_date"; not "Rate per night: 1890.00" nor "Birth city:
    // Osaka", twins the checks read as such).
    // (A label that also names a member of words is that member's twin:
    // "Card name: A. LEE" beside "card_number" and "name".)
    const bool twin = std::any_of(f.label_words.begin(), f.label_words.end(), [&](const std::string& w) {
      const auto key = written.find(vocab::Singular(w));
      return key != written.end() && !key->second;
    });
    for (const std::string& w : f.label_words) {
      const auto key = written.find(vocab::Singular(w));
      if (SelectionLabelWords().Has(w) || Markers().Has(w) ||
          (!twin && !digits && !f.value.empty() && key != written.end() && key->second)) {
        return true;
      }
    }
    // Another field's whole value, in words ("Filter: Paid", "Ledger: Paid"
    // beside "Status: Paid"; not "yes" or "no").
    if (!digits && !f.value.empty() && !YesNo().Has(f.value)) {
      for (const Field* g : read) {
        if (g != &f && g->value == f.value) return true;
      }
    }
    if (!digits && SaysWhichRecordsCount(f, !named.empty())) return true;
    if (PointsAtAnotherLine(f) || (!digits && StatesASign(f))) return true;
    // A condition in its label and value as one ("Amount only: Paid",
    // "Rule: Paid only").
    if (reader.Holds(f.label + " " + f.value, false, nullptr, {})) return true;
  }
  return false;
}

}  // namespace

// The words of an answer's keys (singular) and the kinds of value it holds,
// for MaySayOfAMember.
struct AnswerKinds {
  std::set<std::string> key_words;
  bool digits = false, words = false, truth = false;
  explicit AnswerKinds(const rapidjson::Value& answer) {
    if (!answer.IsObject()) return;
    for (const auto& m : answer.GetObject()) {
      for (const std::string& w : Words(SpacedName({m.name.GetString(), m.name.GetStringLength()}))) {
        if (!IsFillerWord(w)) key_words.insert(vocab::Singular(w));
      }
      truth = truth || m.value.IsBool();
      digits = digits || m.value.IsNumber();
      if (m.value.IsString()) {
        const std::string_view v(m.value.GetString(), m.value.GetStringLength());
        (std::any_of(v.begin(), v.end(), IsDigit) ? digits : words) = true;
      }
    }
  }
};

bool FieldOfNoMemberMaySayOfOne(const SourceText& source, const rapidjson::Value& answer,
                                const std::vector<const Field*>& read) {
  if (!answer.IsObject()) return false;
  const AnswerKinds kinds(answer);
  for (const Field& f : source.fields()) {
    if (std::find(read.begin(), read.end(), &f) != read.end()) continue;
    if (MaySayOfAMember(source.prompt(), f, kinds.key_words, kinds.digits, kinds.words, kinds.truth)) return true;
  }
  return false;
}

bool FieldOfNoMemberMayTurnOne(const SourceText& source, const rapidjson::Value& answer,
                               const std::vector<const Field*>& read) {
  if (!answer.IsObject()) return false;
  const AnswerKinds kinds(answer);
  for (const Field& f : source.fields()) {
    if (std::find(read.begin(), read.end(), &f) != read.end()) continue;
    if (MayTurnAMember(source.prompt(), f, KindsOf(f), kinds.digits, kinds.truth)) return true;
  }
  return false;
}

bool FieldBesideOthersMaySayOfOne(const SourceText& source, std::size_t line, const rapidjson::Value& answer) {
  const Field* suspect = nullptr;
  int on_line = 0;
  std::optional<AnswerKinds> kinds;
  // (A field that holds one of the answer's values is that member's: "To:
  // Oslo" beside "destination".)
  const auto holds_a_value = [&](const Field& f) {
    if (!answer.IsObject()) return false;
    for (const auto& m : answer.GetObject()) {
      if (m.value.IsString()) {
        const std::vector<std::string> v = Words({m.value.GetString(), m.value.GetStringLength()});
        std::vector<std::string> w;
        for (const Token& k : f.value_tokens) {
          if (k.kind != TokenKind::kPunct) w.push_back(k.norm);
        }
        if (!v.empty() && v == w) return true;
      } else if (m.value.IsNumber()) {
        for (const Token& k : f.value_tokens) {
          if (k.kind == TokenKind::kNumber && k.number == m.value.GetDouble()) return true;
        }
      }
    }
    return false;
  };
  for (const Field& f : source.fields()) {
    const std::size_t at = source.FirstTokenFrom(f.label_begin);
    if (at >= source.tokens().size() || source.tokens()[at].line != line) continue;
    ++on_line;
    if (holds_a_value(f)) continue;
    if (!kinds) kinds.emplace(answer);
    if (suspect == nullptr &&
        MaySayOfAMember(source.prompt(), f, kinds->key_words, kinds->digits, kinds->words, kinds->truth)) {
      suspect = &f;
    }
  }
  return on_line >= 2 && suspect != nullptr;
}

bool ConditionOutsideTheInstruction(const SourceText& source, const rapidjson::Value& schema,
                                    const rapidjson::Value& answer, const std::vector<MemberEvidence>& evidence,
                                    const std::vector<const Field*>& read, const MemberLabelTable& labels) {
  const std::set<std::string> keys = MemberKeyWords(schema);
  return SchemaCondition(source, schema, evidence, keys) || FieldCondition(source, keys, answer, read) ||
         // A field of no member in words alone beside a member that may be
         // null ("Display: Settled" beside an amount or null): it may say
         // when the member is null, in words no list here holds.
         (NullableMember(schema) && WordFieldOfNoMember(source, labels));
}

}  // namespace stepcache::checks::internal
