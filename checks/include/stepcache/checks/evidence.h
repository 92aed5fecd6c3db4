// Evidence-bound reuse: a cached value may serve a new request only when the
// evidence for it in the new request is the evidence it had in the old one.
//
// For each top-level member of a verified extraction answer, FindEvidence
// records where its value came from in the source text (the whole-token
// occurrence) and its anchor (the "Label: value" field holding it, or the
// words around it). CompareEvidence then judges each member of the cached
// answer against a new prompt: it passes when its anchored evidence occurs
// exactly once in the new source text (in the record the new instruction
// selects), the value occurs there exactly once, and no line that was added
// or removed mentions the member's label or value. Everything else — the
// evidence changed, moved into another field, became ambiguous, or cannot be
// found — fails the member, which the planner then patches. A member whose
// labelled field kept its label and changed only its value may be rewritten
// to the new value (the one licensed slot rewrite for extraction answers).
//
// InstructionsChanged compares the instruction parts of two prompts and says
// whether the change is one the task's rules license (a paraphrase, a
// formatting clause, a renamed variable) or may change what is asked.
//
// Pure functions over immutable inputs; thread-safe.
#ifndef STEPCACHE_CHECKS_EVIDENCE_H_
#define STEPCACHE_CHECKS_EVIDENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/source_text.h"

namespace stepcache::checks {

struct MemberEvidence {
  std::string pointer;             // top-level member ("/age")
  int occurrences = 0;             // whole-token occurrences of the value in the source
  std::size_t value_begin = 0, value_end = 0;    // byte span of the (first) occurrence
  std::size_t anchor_begin = 0, anchor_end = 0;  // byte span of its anchor window
  bool labelled = false;           // the anchor is a "Label: value" field
  // The value is stated plainly: in a field, under a label that names the
  // member, with nothing beside it but a unit the member may be in, a
  // currency code or punctuation ("Age: 34", "Weight: 70 kg"), and elsewhere
  // only inside fields that name other things; in prose, once, on a line
  // with no other number and no qualifying or contrasting word ("was",
  // "now", "but", "over", "last", ...); and no other line of the source names the
  // member and states something ("Correction: age should read 43"). Only an
  // answer whose every member is plain may be stored for reuse: a value the
  // text qualifies, corrects or states twice is regenerated every time.
  bool plain = false;
  // Plain, and no field of no member may say something of a member's value
  // in words the checks do not read ("Actual: 43", "Moved to: Porto"): what
  // an answer must be, member by member, to be stored (AllStorable). A request
  // is judged for reuse by `plain` and by what changed against the stored
  // one.
  bool storable = false;
};

class MemberLabelTable;

// The evidence of every top-level scalar member of `answer` (an object) in
// `source`; `schema_json` (may be null) supplies member labels, and `labels`
// (may be null) the same labels already prepared for that schema.
std::vector<MemberEvidence> FindEvidence(const SourceText& source, const rapidjson::Value& answer,
                                         const rapidjson::Value* schema_json,
                                         const MemberLabelTable* labels = nullptr);

// Whether every member of `evidence` is storable (and there is at least one).
bool AllStorable(const std::vector<MemberEvidence>& evidence);

// {"/age":{"o":1,"v":[b,e],"a":[b,e],"l":true,"p":true},...} — for entry metadata.
std::string EvidenceToJson(const std::vector<MemberEvidence>& evidence);
// The same as a value allocated with `allocator`, for a caller building a document.
rapidjson::Value EvidenceToValue(const std::vector<MemberEvidence>& evidence,
                                 rapidjson::Document::AllocatorType& allocator);

struct MemberReuse {
  std::string pointer;
  bool pass = false;
  std::string reason;
  // When set, the member passes with this value instead (a licensed rewrite:
  // its field kept its label and changed only its value). JSON text.
  std::optional<std::string> rewrite;
  // It failed although its evidence stands as before: a line or the request
  // around it changed (a note, a number line, a question). A model that
  // gives the same value again has not shown the change away.
  bool context_changed = false;
};

// Judges each top-level member of `cached_answer` (verified for `old_source`)
// against `new_source` (see the file comment).
std::vector<MemberReuse> CompareEvidence(const SourceText& old_source, const SourceText& new_source,
                                         const rapidjson::Value& cached_answer,
                                         const rapidjson::Value* schema_json,
                                         const MemberLabelTable* labels = nullptr);

struct LicensedChanges {
  bool paraphrase = false;        // instruction words from the instruction vocabulary
  bool formatting = false;        // formatting clauses ("Number the steps", "no commentary")
  bool renamed_variable = false;  // the variable renamed consistently (old_var -> new_var)
  // A whole sentence added or dropped that says nothing about what is asked:
  // no number, variable, negation, selector, unit, name, instruction word,
  // question, nor any word of the source text or the members' labels.
  bool unrelated_sentence = false;
};

struct InstructionChange {
  bool changed = false;   // the instruction words differ
  bool licensed = true;   // every difference is licensed
  std::string reason;     // the first unlicensed difference
};

// Compares two instruction word lists (as SourceText::instruction_words, or
// the words of a prompt without its equation). `old_var`/`new_var` name a
// renamed variable (empty when none).
// With `member_words` (the schema's label words), a word that would be
// licensed is not where it stands within four words of a member's name
// and may qualify it (vocab's qualifying instruction words: "the full
// phone", "the phone as a plain number", "the listed price"), and an added
// or removed condition ("if", "unless") is never licensed. With
// `value_words` (the words of the values the schema's enums allow), such a
// word added or dropped is never licensed ("; in de", "it is a van").
InstructionChange CompareInstructions(const std::vector<std::string>& old_words,
                                      const std::vector<std::string>& new_words,
                                      const LicensedChanges& licensed, std::string_view old_var = {},
                                      std::string_view new_var = {},
                                      const std::vector<std::string>* member_words = nullptr,
                                      const std::vector<std::string>* value_words = nullptr);

// CompareInstructions over sentences: when the words alone are not licensed
// and `licensed.unrelated_sentence` is, whole sentences one side has and the
// other lacks are set aside if each is unrelated (see LicensedChanges; it
// may not use any of `forbidden`, e.g. the source text's words), and the
// rest is compared again.
InstructionChange CompareInstructionSentences(const std::vector<std::vector<std::string>>& old_sentences,
                                              const std::vector<std::vector<std::string>>& new_sentences,
                                              const LicensedChanges& licensed,
                                              const std::vector<std::string>& forbidden,
                                              std::string_view old_var = {}, std::string_view new_var = {},
                                              const std::vector<std::string>* member_words = nullptr,
                                              const std::vector<std::string>* value_words = nullptr);

// The words of the instruction of `source` that stand alone in a clause
// (between brackets, commas, colons, sentence or line ends: "as JSON
// (bio).", "..., express.", "Express: Extract ...") and make a statement
// of their own (vocab's LoneStatement) that no member's label holds
// (`labels`, may be null): they may set a member in words no list holds.
// Sorted, unique.
std::vector<std::string> LoneInstructionWords(const SourceText& source, const MemberLabelTable* labels);

// The label words of a member: its schema description's and its name's.
std::vector<std::vector<std::string>> MemberLabels(std::string_view key, const rapidjson::Value* schema_json);

using LabelSets = std::vector<std::vector<std::string>>;

// Every top-level member's labels (MemberLabels) and the labels of the
// other members (those not part of its own label), computed once per schema.
// Immutable after construction; thread-safe to share.
class MemberLabelTable {
 public:
  // A member's labels and what the per-member checks read of them, prepared
  // once per schema.
  struct Entry {
    LabelSets own, others;                    // as Own() and Others()
    LabelSets own_canonical, others_canonical;  // CanonicalWords of each label
    std::vector<std::string> qualifiers;      // own label words that are qualifiers, in order
    std::string_view unit;                    // the first unit an own label word (not one letter) names
                                              // or a letter ending its name, description or title
    // Its description or title gives a scale ("Amount (k)", "in M"): a
    // number as the text states it is not its value.
    bool scaled = false;
    // What its descriptions (its own, its local $ref's, the schema's) ask
    // beyond its label, for the request_meaning check: a charge left out
    // (1) or in (2), forms (SourceText::Ask::forms), a date pattern, a role.
    unsigned asked_qualifier = 0, asked_forms = 0;
    std::string asked_date;
    bool asked_role = false;
    // The strings its schema's enum allows (its own or its local $ref's).
    std::vector<std::string> enum_values;
    // It may be a state an event changes ("open", "confirmed"): its schema
    // allows some values only (an enum or consts, its own, its parts' or
    // its local $ref's), or its name says so ("status", "stage").
    bool may_be_state = false;
    // Its schema allows null ("type": [..., "null"], "nullable": true, an
    // anyOf/oneOf alternative of type null; its own or its local $ref's).
    bool nullable = false;
    // Its schema allows an array or an object (the same ways, or it has
    // no type at all): a value
    // the answer gives as one string or number may be one of several.
    bool may_be_many = false;
    // The words of its name, descriptions and titles that say what it means
    // (internal::IsMeaningWord), lowercase: a text that states none of one
    // such word does not state the value plainly (the request may ask for
    // it in another unit, scale, form or role: "budget_millions", "Weight
    // in grams", "all amounts in thousands").
    std::vector<std::string> meaning_words;
    // Those of them that ask for another unit, scale, form or time zone
    // than a text gives ("grams", "cents", "percentage", "iso", "utc"), and
    // those that negate ("unpaid", "non-smoker", "not"): the text's value
    // as it stands is wrong where the text does not state them.
    std::vector<std::string> conversion_words, negation_words;
    // The units its name, descriptions and titles write whose letter case
    // gives their size, as written ("kB" of "size_kB", "Mg" of "Load
    // (Mg)", "mL"): a prefixed unit or a short word with its case marked.
    std::vector<std::string> unit_forms;
    // Another member whose label is this one's through a synonym only
    // ("price" and "cost", "phone" and "mobile"): a field the text labels
    // with either word may be either member's, so neither is read.
    std::string synonym_twin;
    // What its name says of it as a code: a word of the name names one
    // ("order_id", "billingEmail"); the name ends in one (0: no, 1: a code,
    // 2: a thing numbered and counted, "order"), that last word, and
    // whether it names a code by nature (an id, a ticket; not a seat).
    bool code_member = false;
    unsigned char code_name = 0;
    std::string code_head;
    bool pure_code = false;
    // The schema's top-level "required" leaves it out (a schema without
    // "required" leaves every member out).
    bool optional = false;
    // The kinds of value its labels name (a date, a phone, an e-mail...),
    // as bits the value-kind check reads.
    unsigned value_kinds = 0;
  };

  explicit MemberLabelTable(const rapidjson::Value* schema_json);
  // The member's entry; built into `scratch` for a key the schema lacks
  // (own labels from the key alone, no others).
  const Entry& Find(std::string_view key, Entry* scratch) const;
  // The same, trying first the member after the one `*next` names (start at
  // 0): a caller walking an answer's members in schema order finds each
  // without a scan.
  const Entry& Find(std::string_view key, Entry* scratch, std::size_t* next) const;
  // The same for a key the schema has; nullptr for another (then Find with
  // a scratch entry builds its entry: a caller makes one only for such a key).
  const Entry* FindListed(std::string_view key, std::size_t* next) const;
  // Whether `word` is a member name or one of a member's label words.
  bool HasWord(std::string_view word) const;
  // Whether `word` (lower case) is a word of a value a member's enum
  // allows ("van" of ["compact", "van"], "de" of ["en", "de"]).
  bool HasEnumWord(std::string_view word) const;
  // Those words, appended.
  void AppendEnumWords(std::vector<std::string>* out) const {
    out->insert(out->end(), enum_words_.begin(), enum_words_.end());
  }
  // Whether `lowercase_key` is a member's key, letter case aside.
  bool HasKey(std::string_view lowercase_key) const;
  // The member's own labels; computed on the fly for a key the schema lacks
  // (the result then lives in `scratch`).
  const LabelSets& Own(std::string_view key, LabelSets* scratch) const;
  // The labels of the schema's other members, minus any that are part of
  // this member's own label ("date" is no other label for "due_date").
  const LabelSets& Others(std::string_view key) const;
  // Every label word of every member (and the member names), appended.
  void AppendAllWords(std::vector<std::string>* out) const;
  // The words of the member names in schema order ("guest_name": guest,
  // name): words a request may list in any order (word_order.h).
  const std::vector<std::string>& NameWords() const { return name_words_; }
  // The JSON Pointer of the first text of the schema that may say what a
  // member means and that no check reads (a description inside "allOf", a
  // "$comment", "x-unit", a "format" no standard defines); empty when there
  // is none. An answer for such a schema is not stored.
  const std::string& UnreadText() const { return unread_text_; }

 private:
  // The rest of an entry from its own and others' labels, its key and the
  // schema.
  static void Complete(Entry* entry, std::string_view key, const rapidjson::Value* schema_json);

  const rapidjson::Value* schema_;
  std::vector<std::string> keys_;
  std::vector<Entry> entries_;
  std::vector<std::string> words_;  // AppendAllWords, sorted and unique
  std::vector<std::string> name_words_;
  std::vector<std::string> enum_words_;  // HasEnumWord, sorted and unique
  std::string unread_text_;
  LabelSets none_;
};

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_EVIDENCE_H_
