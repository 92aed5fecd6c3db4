// A harness speaking Bowtie's IHOP protocol, version 1, so any Bowtie driver
// can measure StepCache's JSON Schema engine against the official suite.
//
// The protocol is newline-delimited JSON: one command per input line, one
// reply line per command (none for `stop`):
//   {"cmd":"start","version":1}        → {"version":1,"implementation":{...}}
//   {"cmd":"dialect","dialect":URI}    → {"ok":true} (false for an unknown URI)
//   {"cmd":"run","seq":S,"case":{"schema","registry","tests":[{"instance"}]}}
//                                      → {"seq":S,"results":[{"valid":bool},...]}
//                                        or {"seq":S,"errored":true,"context":{"message"}}
//   {"cmd":"stop"}                     → the loop ends
// `seq` may be any JSON value and is echoed back unchanged. A line that is not
// JSON, names no known command or carries a malformed case gets an errored
// reply (with its `seq` when one can be read) and the session goes on: one bad
// case never ends a run.
//
// A BowtieSession is single-threaded state (the implicit dialect); distinct
// sessions are independent. Nothing here does network or file I/O.
#ifndef STEPCACHE_SCHEMAS_BOWTIE_H_
#define STEPCACHE_SCHEMAS_BOWTIE_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/json.h"

namespace stepcache::schemas {

struct BowtieOptions {
  // Assert `format` (CompileOptions::format_assertion). Off by default: the
  // suite's required tests treat `format` as an annotation.
  bool format_assertion = false;
  // Limits applied to every protocol line (a whole `run` command, registry
  // included, is one line).
  JsonLimits limits;
};

class BowtieSession {
 public:
  explicit BowtieSession(BowtieOptions options = {});

  // Handles one protocol line (without its newline). Returns the reply line
  // (without newline), or "" when the command has no reply (`stop`, or a
  // blank line). Sets *stop to true after `stop`. Never throws for any input.
  std::string HandleLine(std::string_view line, bool* stop);

  // The implicit dialect for schemas without `$schema` (set by `dialect`).
  Dialect dialect() const { return dialect_; }

 private:
  BowtieOptions options_;
  Dialect dialect_ = Dialect::kDraft2020_12;
};

// The `start` reply's implementation metadata as one JSON object.
std::string BowtieImplementationJson();

// Runs a session over `in` until `stop` or end of input, writing one reply
// line per command to `out` and flushing after each. Returns 0 after `stop`
// or a clean end of input, 1 when `out` fails.
int RunBowtie(std::istream& in, std::ostream& out, const BowtieOptions& options = {});

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_BOWTIE_H_
