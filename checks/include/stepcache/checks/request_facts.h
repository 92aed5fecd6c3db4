// RequestFacts: what the labeled_fields check reads of a request's prompt
// and schema alone — the field the instruction points at or excludes, the
// words asking for a changed value, the sentences about a role, and per
// member its label matches, qualifiers, asked unit, label-adjacent numbers
// and the like — kept for every check of that request instead of being
// worked out again for each candidate answer.
//
// A caller that prepares a request (SourceText, MemberLabelTable) builds one
// next to them and points TaskInput::facts at it. The per-request facts are
// made at the first check that needs them, each member's at the first check
// of a value for it. The verdicts are the same with or without it (a check
// without one builds its own for that call).
//
// Not thread-safe: it is filled while checks run, so one request's facts are
// used by one thread at a time. `source` and `labels` must outlive it.
#ifndef STEPCACHE_CHECKS_REQUEST_FACTS_H_
#define STEPCACHE_CHECKS_REQUEST_FACTS_H_

#include <memory>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"

namespace stepcache::checks {

namespace internal {
struct RequestFactsData;  // field_context.h
}  // namespace internal

class RequestFacts {
 public:
  RequestFacts(const SourceText& source, const MemberLabelTable& labels);
  ~RequestFacts();
  RequestFacts(const RequestFacts&) = delete;
  RequestFacts& operator=(const RequestFacts&) = delete;

  // What the facts are about.
  const SourceText& source() const { return source_; }
  const MemberLabelTable& labels() const { return labels_; }

  // For the checks library: the facts found so far.
  internal::RequestFactsData& data() { return *data_; }

 private:
  const SourceText& source_;
  const MemberLabelTable& labels_;
  std::unique_ptr<internal::RequestFactsData> data_;
};

}  // namespace stepcache::checks

#endif  // STEPCACHE_CHECKS_REQUEST_FACTS_H_
