// Whether a request's JSON Schema, rather than its instruction, says which
// value a member takes: a condition written anywhere in the schema.
//
// Internal to the checks library; used by FindEvidence (evidence.cc).
#ifndef STEPCACHE_CHECKS_SRC_SCHEMA_CONDITION_H_
#define STEPCACHE_CHECKS_SRC_SCHEMA_CONDITION_H_

#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"

namespace stepcache::checks::internal {

// Whether something besides the instruction says which value a member of
// `answer` takes, so that the answer may not be stored (FindEvidence):
// - any string of `schema` that puts a condition on a member or on the
//   whole: a member's key ("amount_if_paid", "amountIfPaid"), its
//   description or title ("the amount if the invoice is paid, else
//   null"), a comment, an annotation of any name ("x-only-when": "status
//   is Paid"), a "$defs" entry's name or a "$ref" to it ("#/$defs/
//   PaidAmount"), an "$id", the strings of "examples" and "default",
//   nested members, items and alternatives alike; or an example that gives
//   a member null. A condition is a condition word, a comparison, a
//   relative place, a negation or a computation with a word of content in
//   its clause (not the member's own key, its field's words, or a word of
//   absence: "null if not given" is none), or a word of those strings that
//   the text states only as the value of a field not the member's
//   ("paid_amount" beside "Status: Paid");
// - a field of `source` that holds none of the answer's values (`read`:
//   the fields that do) and says which values count or how to write them:
//   a condition in its label and value ("Rule: Paid only", "Amount only:
//   Paid"), a label of selection ("Filter:", "Nur:", "Shown for:"), a kind
//   of record in the plural ("settled invoices"), another read field's
//   whole value ("Filter: Paid" beside "Status: Paid"), or a word of form
//   ("Case: upper"); fields beside a record ("Arrival: Friday", "Rate per
//   night: 1890.00", "Pets: no") are none;
// - a field of words alone of no member beside a member that may be null
//   (WordFieldOfNoMember).
// `evidence` places each top-level member's value in the text; `labels`
// is the schema's member label table.
bool ConditionOutsideTheInstruction(const SourceText& source, const rapidjson::Value& schema,
                                    const rapidjson::Value& answer, const std::vector<MemberEvidence>& evidence,
                                    const std::vector<const Field*>& read, const MemberLabelTable& labels);

// Whether `source` has a field that holds none of the answer's values
// (`read`: the fields that do) and may say something of one: its value is
// of a kind a member holds and its label names no attribute of its own
// (vocab::IsAttributeNoun) — "Actual: 43", "Should read: 43", "Moved to:
// Porto", "Quit: 2019" beside a smoker. Such an answer is not stored: what
// the field does to a member is not read. (A request that differs from a
// stored one by such a line fails that member on the changed line.)
bool FieldOfNoMemberMaySayOfOne(const SourceText& source, const rapidjson::Value& answer,
                                const std::vector<const Field*>& read);
// The same, narrower: whether such a field may turn a member in words the
// checks do not read (beside a truth value a refusal, nothing, zero, an
// error or a state in lower-case words, "Seats left: 0", "Payment: charged
// back"; beside a count a list that adds or drops someone, "Names: ... + Di
// Moe"). The reuse comparison asks it of fields a request added.
bool FieldOfNoMemberMayTurnOne(const SourceText& source, const rapidjson::Value& answer,
                               const std::vector<const Field*>& read);
// Whether line `line` of `source` holds several fields, one of which may say
// something of a member of `answer` as above ("Age: 41; Actual: 43", "Name:
// Ida Berg | Age: 41 | Actual: 43"): a member's own line that changed so
// fails every member (a field moved onto a line of its own is a changed
// line the other rules read).
bool FieldBesideOthersMaySayOfOne(const SourceText& source, std::size_t line, const rapidjson::Value& answer);
// Whether `source` has a field whose label names no member of `labels` and
// whose value is words alone, no yes/no ("Display: Settled", "Priority:
// high"): a line that may say what a change of one member does to another.
bool WordFieldOfNoMember(const SourceText& source, const MemberLabelTable& labels);

// Whether token `k` of `text` is a sign of arithmetic: "÷", "×", or "/" or
// "*" with a space on both sides ("Amount / Quantity"; not "true/false").
bool ArithmeticSign(std::string_view text, const Token& k);

}  // namespace stepcache::checks::internal

#endif  // STEPCACHE_CHECKS_SRC_SCHEMA_CONDITION_H_
