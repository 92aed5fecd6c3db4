// Selective regeneration: turns an output whose check failed into one that
// passes, touching only what failed.
//   JSON tasks: local repair first (fences, prose, quotes, commas, types,
//     forbidden members), then one region request per round holding only the
//     failing or missing members; answers are repaired, cut down to the
//     members asked for (a backend may return the whole object) and merged in
//     schema order; after the rounds, the rules' fallback (backend_repair:
//     one whole-answer repair request).
//   Step-by-step tasks: the steps before the first failing one are kept
//     verbatim and given to the backend as context; its continuation is
//     appended; after the rounds, the rules' fallback (solver: the exact
//     step-by-step solution).
// Every candidate is checked with the task's full check (steps + integrity);
// nothing unverified comes out. Not thread-safe per context.
#ifndef STEPCACHE_ENGINE_SRC_PATCHER_H_
#define STEPCACHE_ENGINE_SRC_PATCHER_H_

#include "serve_context.h"

namespace stepcache::engine {

// `output` with its check `check` (failed). Returns the verified output or
// the last problem.
Outcome Patch(ServeContext& ctx, const std::string& output, const checks::CheckResult& check);

// Local repair only (no model): the JSON value in `output`, repaired and
// coerced to the request schema, serialised compactly; `output` unchanged
// for non-JSON tasks or when nothing could be repaired.
std::string RepairLocally(const ServeContext& ctx, const std::string& output);
// The same, also naming (as top-level member pointers) the members whose
// value the repair had to guess — a string or container closed where the
// output was cut, a literal completed — or that end an output the backend
// cut at its token limit (`cut`). A guessed value is never accepted as
// evidence: those members fail until a model writes them whole.
std::string RepairLocally(const ServeContext& ctx, const std::string& output, bool cut,
                          std::vector<std::string>* uncertain);

// The pointers among `pointers` at which JSON text `after` holds the very
// value JSON text `before` holds (a model giving back the cached value whose
// reuse failed). Empty when either is not a JSON object.
std::vector<std::string> RepeatedValues(const std::string& before, const std::vector<std::string>& pointers,
                                        const std::string& after);

// Marks the top-level members `pointers` as failing in `check` with
// `reason` (a step verdict when the member is present, else a failure).
void FailMembers(checks::CheckResult* check, const std::vector<std::string>& pointers,
                 const std::string& reason);

// Marks the last step of `check` as failing: the backend cut the output at
// its token limit, so the last step may be missing its end.
void FailLastStep(checks::CheckResult* check, const std::string& reason);

// What the caller receives for a verified `output`: for JSON tasks exactly
// the JSON value, compact, without the prose or fences a backend wrapped it
// in (re-checked, so the cleaned value is verified too); else `output`.
std::string Finalize(ServeContext& ctx, const std::string& output);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SRC_PATCHER_H_
