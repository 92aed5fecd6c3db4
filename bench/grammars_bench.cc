// Segmentation throughput of each grammar on 1 KB, 64 KB and 1 MB inputs
// shaped like model outputs, and ExtractJson on a ~1 KB answer in prose.
#include <string>

#include <benchmark/benchmark.h>

#include "stepcache/grammars/json_extract.h"
#include "stepcache/grammars/segmenter.h"

namespace {

using stepcache::grammars::Grammar;

// Repeats `unit(i)` until the text reaches `bytes`.
template <typename Unit>
std::string Grow(std::size_t bytes, Unit unit) {
  std::string text;
  for (int i = 0; text.size() < bytes; ++i) text += unit(i);
  return text;
}

std::string JsonInput(std::size_t bytes) {
  std::string body = Grow(bytes - 2, [](int i) {
    const std::string n = std::to_string(i);
    return (i == 0 ? "" : ",") + std::string("\n  \"field_") + n + "\": {\"name\": \"item " + n +
           "\", \"qty\": " + n + ", \"tags\": [\"a\", \"b\\u00e9\"], \"ok\": true}";
  });
  return "{" + body + "\n}";
}

std::string EquationsInput(std::size_t bytes) {
  return Grow(bytes, [](int i) {
    const std::string n = std::to_string(i % 97 + 2);
    switch (i % 4) {
      case 0: return "Step " + std::to_string(i) + ": Subtract 5 from both sides: " + n + "x = 15\n";
      case 1: return "So x = " + n + ".\n";
      case 2: return std::string("We check the result by substitution into the original.\n");
      default: return "Therefore, the answer is x = " + n + "\n";
    }
  });
}

std::string MarkdownInput(std::size_t bytes) {
  return Grow(bytes, [](int i) {
    const std::string n = std::to_string(i);
    return "## Part " + n + "\n\nA paragraph that explains part " + n +
           "\nacross two lines.\n\n1. First item\n   with a continuation\n- bullet " + n +
           "\n\n```python\nprint(" + n + ")\n```\n\n";
  });
}

std::string LinesInput(std::size_t bytes) {
  return Grow(bytes, [](int i) { return "line number " + std::to_string(i) + " of the answer\r\n"; });
}

std::string InputFor(Grammar grammar, std::size_t bytes) {
  switch (grammar) {
    case Grammar::kJson: return JsonInput(bytes);
    case Grammar::kEquations: return EquationsInput(bytes);
    case Grammar::kMarkdown: return MarkdownInput(bytes);
    case Grammar::kLines: return LinesInput(bytes);
  }
  return {};
}

void BM_Segment(benchmark::State& state, Grammar grammar) {
  const std::string input = InputFor(grammar, static_cast<std::size_t>(state.range(0)));
  stepcache::grammars::Steps steps;
  for (auto _ : state) {
    if (!stepcache::grammars::Segment(input, grammar, &steps)) state.SkipWithError("segment failed");
    benchmark::DoNotOptimize(steps.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
  state.counters["steps"] = static_cast<double>(steps.size());
}

BENCHMARK_CAPTURE(BM_Segment, json, Grammar::kJson)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20);
BENCHMARK_CAPTURE(BM_Segment, equations, Grammar::kEquations)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20);
BENCHMARK_CAPTURE(BM_Segment, markdown, Grammar::kMarkdown)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20);
BENCHMARK_CAPTURE(BM_Segment, lines, Grammar::kLines)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20);

void BM_ExtractJson(benchmark::State& state) {
  const std::string answer = "Sure! Here is the extracted record, as requested. I kept the keys "
                             "exactly as in your schema.\n\n```json\n" +
                             JsonInput(900) + "\n```\n\nLet me know if anything is missing.";
  for (auto _ : state) {
    auto span = stepcache::grammars::ExtractJson(answer);
    if (!span) state.SkipWithError("no JSON found");
    benchmark::DoNotOptimize(span);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * answer.size()));
}
BENCHMARK(BM_ExtractJson);

// The same answer without fences: the balanced-bracket path.
void BM_ExtractJsonProseOnly(benchmark::State& state) {
  const std::string answer = "Sure! Here is the extracted record {see below}: " + JsonInput(900) +
                             " Let me know if anything is missing.";
  for (auto _ : state) {
    auto span = stepcache::grammars::ExtractJson(answer);
    if (!span) state.SkipWithError("no JSON found");
    benchmark::DoNotOptimize(span);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * answer.size()));
}
BENCHMARK(BM_ExtractJsonProseOnly);

}  // namespace
