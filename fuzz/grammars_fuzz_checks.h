// Invariants the grammars fuzzers assert on every input: Segment never
// crashes, and every step it returns is an exact, in-bounds, increasing span.
#ifndef STEPCACHE_FUZZ_GRAMMARS_FUZZ_CHECKS_H_
#define STEPCACHE_FUZZ_GRAMMARS_FUZZ_CHECKS_H_

#include <cstdlib>
#include <string_view>

#include "stepcache/grammars/segmenter.h"
#include "stepcache/schemas/json.h"

namespace stepcache::fuzz {

inline void Require(bool ok) {
  if (!ok) std::abort();
}

inline void CheckSegment(std::string_view input, grammars::Grammar grammar,
                         const grammars::SegmentOptions& options = {}) {
  grammars::Steps steps;
  grammars::SegmentError error;
  const bool ok = grammars::Segment(input, grammar, &steps, &error, options);
  // The overload that hands the parsed value over agrees: same verdict,
  // error and steps, and (kJson) the value is the parse of its span.
  {
    grammars::Steps again;
    grammars::SegmentError again_error;
    rapidjson::Document doc;
    grammars::SegmentedJson json;
    json.document = &doc;
    Require(grammars::Segment(input, grammar, &again, &again_error, options, &json) == ok);
    Require(again.size() == steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
      Require(again[i].begin == steps[i].begin && again[i].end == steps[i].end &&
              again[i].pointer == steps[i].pointer);
    }
    if (!ok || grammar != grammars::Grammar::kJson) {
      Require(doc.IsNull());
      if (!ok) Require(again_error.message == error.message && again_error.offset == error.offset);
    } else {
      Require(json.begin <= json.end && json.end <= input.size());
      rapidjson::Document expected;
      Require(ParseJson(input.substr(json.begin, json.end - json.begin), expected));
      // By text: RapidJSON's == looks each member up by name, which a
      // repeated key defeats (it compares the second with the first).
      Require(JsonToString(doc) == JsonToString(expected));
    }
  }
  if (!ok) {
    Require(grammar == grammars::Grammar::kJson);  // only JSON can be refused
    Require(steps.empty());
    Require(error.offset <= input.size());
    Require(!error.message.empty());
    return;
  }
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const grammars::Step& step = steps[i];
    Require(step.index == i);
    Require(step.begin >= previous_end && step.begin <= step.end && step.end <= input.size());
    Require(step.text == input.substr(step.begin, step.end - step.begin));
    Require(!step.text.empty());
    if (step.kind == grammars::StepKind::kEquation) {
      Require(step.text.find(step.equation) != std::string_view::npos);
      Require(step.equation.find('=') != std::string::npos);
    }
    if (step.kind == grammars::StepKind::kElement || step.kind == grammars::StepKind::kMember) {
      Require(step.pointer.empty() || step.pointer[0] == '/');
    }
    previous_end = step.end;
  }
}

}  // namespace stepcache::fuzz

#endif  // STEPCACHE_FUZZ_GRAMMARS_FUZZ_CHECKS_H_
