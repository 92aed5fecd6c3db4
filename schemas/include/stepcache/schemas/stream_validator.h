// Bytes → verdict without a DOM: validates a JSON text against a compiled
// Schema while RapidJSON's SAX reader parses it.
//
// The verdict is, for every input, the one `ParseJson` + `Schema::Validate`
// (with the number texts ParseJson keeps) would give:
//   kMalformed  the bytes are not one JSON value within the JsonLimits
//               (everything ParseJson rejects: syntax, invalid UTF-8, lone
//               surrogate escapes, NUL bytes, a partial byte-order mark, size,
//               depth, numbers beyond a double's range);
//   kValid / kInvalid  otherwise, the schema's verdict.
// Once the schema has failed, validation stops but parsing goes on to the
// end, so malformed input is always reported as malformed.
//
// What streams: at an object or array, the keywords type, properties,
// patternProperties, additionalProperties, required, propertyNames, items /
// prefixItems / additionalItems, min/maxItems, min/maxProperties,
// uniqueItems (of scalar items), $ref, allOf, and const/enum whose values are
// scalars; at a scalar, every keyword (anyOf, oneOf, not, if/then/else
// included). An instance that reaches an object or array where some other
// keyword applies (anyOf/oneOf/not/if, contains, dependent*, unevaluated*,
// uniqueItems over containers, const/enum of containers), or that nests
// deeper than the evaluator's own frame limits could follow, is decided by
// the DOM path instead (ParseJson + the evaluator), so the verdict stays
// exact; `Check` says when that happened. Schemas with dynamic references
// ($dynamicRef / $recursiveRef that resolve dynamically) are not streamable
// at all: Check always takes the DOM path for them.
//
// Thread-safe: a StreamValidator is immutable; each thread passes its own
// StreamScratch, whose buffers are reused so that a valid instance costs no
// heap allocation once they have grown.
#ifndef STEPCACHE_SCHEMAS_STREAM_VALIDATOR_H_
#define STEPCACHE_SCHEMAS_STREAM_VALIDATOR_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::schemas {

enum class StreamVerdict : std::uint8_t { kValid, kInvalid, kMalformed };

// Reusable per-thread buffers for StreamValidator::Check. Not thread-safe:
// one per thread (or per concurrent call).
class StreamScratch {
 public:
  StreamScratch();
  ~StreamScratch();
  StreamScratch(const StreamScratch&) = delete;
  StreamScratch& operator=(const StreamScratch&) = delete;

  struct State;  // defined in the implementation
  State& state() { return *state_; }

 private:
  std::unique_ptr<State> state_;
};

class StreamValidator {
 public:
  // `schema` must outlive the validator. `limits` are the ones ParseJson
  // would be called with.
  static std::unique_ptr<StreamValidator> Create(const Schema& schema, const JsonLimits& limits = {});
  ~StreamValidator();
  StreamValidator(const StreamValidator&) = delete;
  StreamValidator& operator=(const StreamValidator&) = delete;

  // false: the schema needs the DOM for every instance (dynamic references,
  // or in-place reference chains too long to follow); Check still answers,
  // through ParseJson + the evaluator.
  bool streamable() const;

  // The verdict for `bytes` (see the top of this file). `scratch` may be
  // null (a temporary one is used). For kMalformed, *error (if given) is
  // ParseJson's error (message and byte offset). *used_dom (if given) is set
  // to whether the DOM path decided this instance. Schema errors are not
  // built here: call Schema::Validate on the parsed instance for them.
  StreamVerdict Check(std::string_view bytes, StreamScratch* scratch = nullptr, JsonError* error = nullptr,
                      bool* used_dom = nullptr) const;

  struct Impl;  // defined in the implementation

 private:
  explicit StreamValidator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_STREAM_VALIDATOR_H_
