// stepcache::Engine: serve a request by verified step-level reuse.
//
// For each request the engine finds the best cached request of the same
// partition (tenant, task, model, parameters), cuts the cached output into
// steps with the task's grammar, verifies every step against the *new*
// request, and then
//   reuse  every step passes (after licensed slot rewrites): no model call;
//   patch  some steps fail: one minimal regeneration request per failing
//          region (JSON: only the failing members; text: from the first
//          failing step on), local repair first, merged in order;
//   skip   nothing usable, too many failures, or a semantic change the task's
//          rules name: one full generation.
// In every case the stitched output is checked as a whole (integrity) before
// it is stored and returned; a request that cannot be answered correctly
// gets an error, never an unverified answer. An extraction answer is stored
// only when the source text states every member plainly (checks/evidence.h,
// MemberEvidence::plain); otherwise it is answered and regenerated next time
// (RequestMetrics::stored).
//
// Thread-safety: Serve may be called concurrently from any number of
// threads. The Engine owns its store and backend.
#ifndef STEPCACHE_ENGINE_ENGINE_H_
#define STEPCACHE_ENGINE_ENGINE_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "stepcache/checks/check_result.h"
#include "stepcache/engine/backend.h"
#include "stepcache/engine/metrics.h"
#include "stepcache/engine/request.h"
#include "stepcache/engine/store.h"

namespace stepcache::engine {

struct Options {
  // Backend spec (see OpenBackend): "sim", "sim:error_rate=0.25",
  // "openai:http://127.0.0.1:8080/v1", "command:/path/to/program".
  std::string backend = "sim";
  BackendOptions backend_options;
  // Store spec (see OpenStore): "memory" or "sqlite:PATH".
  std::string store = "memory";
  StoreOptions store_options;
  // Directory searched first for "<task>.json" rules; the built-in rules
  // (linear_equation, json_extract) are used when it has none.
  std::string rules_dir;
  // Model name and sampling parameters for requests that do not set them.
  std::string model = "stepcache-default";
  // false: no lookup and no store; every answer is still generated,
  // verified and patched (a verify-only correctness layer).
  bool enable_cache = true;
};

// Per-call controls of Serve (HTTP Cache-Control and deadlines).
struct ServeOptions {
  // false: no lookup (HTTP `no-cache`); the answer is still generated,
  // verified and (if write_cache) stored.
  bool read_cache = true;
  // false: nothing is stored (HTTP `no-store`).
  bool write_cache = true;
  // >= 0: only entries created at most this many seconds ago are candidates
  // (HTTP `max-age=N`); see LookupOptions::max_age_seconds.
  std::int64_t max_age_seconds = -1;
  // When set, no backend call is started after this instant; the request
  // then fails with Response::deadline_exceeded.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

struct Response {
  bool ok = false;
  std::string error;      // one line when !ok
  std::string output;     // the verified answer when ok
  RequestMetrics metrics;
  // The last backend failure of this request, if any (also when a later
  // call succeeded); lets a front end tell 502/504 from an unverifiable answer.
  std::optional<BackendError> backend_error;
  bool deadline_exceeded = false;  // ServeOptions::deadline passed before a backend call
  bool bad_request = false;        // the request itself is wrong (unknown task, bad schema)
};

// What Verify found.
struct VerifyResult {
  bool ok = false;               // the request could be checked (task and schema load)
  std::string error;             // one line when !ok
  checks::CheckResult check;     // the verdicts on the given output
  // With repair: the verified output (local repair, then patches of the
  // failing regions through the backend), when one was reached.
  bool repaired = false;
  std::string output;
  std::string repair_error;      // why repair did not reach a verified output
  RequestMetrics metrics;        // backend calls and tokens spent repairing
  std::optional<BackendError> backend_error;
};

class Engine {
 public:
  // Opens the backend and store named in `options`. nullptr with *error
  // (one line) when either spec is bad or the store cannot be opened.
  static std::unique_ptr<Engine> Open(const Options& options, std::string* error);
  // For tests and embedders that build their own backend or store.
  static std::unique_ptr<Engine> Open(const Options& options, std::unique_ptr<Backend> backend,
                                      std::unique_ptr<Store> store, std::string* error);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Serves one request (see the file comment). Thread-safe.
  Response Serve(const Request& request);
  Response Serve(const Request& request, const ServeOptions& options);

  // Checks `output` against `request` with the task's steps and integrity
  // checks (what `stepcache check` prints). With `repair`, a failing output
  // is repaired locally and its failing regions patched through the
  // backend; nothing is read from or written to the cache. Thread-safe.
  VerifyResult Verify(const Request& request, std::string_view output, bool repair,
                      const ServeOptions& options = {});

  // One shot, no cache, no verification: what a plain serving stack does.
  // Used by the benchmark's baseline; counts tokens the same way as Serve.
  Response ServeBaseline(const Request& request);

  // Running totals over every Serve call so far.
  MetricsTotals totals() const;
  // The engine's store, e.g. for stats or invalidation (thread-safe itself).
  Store& store();
  // The engine's backend, for requests the cache must not see (thread-safe).
  Backend& backend();
  std::string backend_name() const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_ENGINE_H_
