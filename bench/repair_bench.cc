// Throughput of stepcache::checks::RepairJson on 1 KB, 64 KB and 1 MB model
// answers: valid JSON (the fast path), valid JSON forced through the scanner
// (an empty schema), and broken JSON with several kinds of damage at once;
// RapidJSON parsing the same valid bytes is the peer in the same run.
//
//   build/h-NAME/bench/repair_bench --benchmark_min_time=0.5
#include <string>

#include <benchmark/benchmark.h>
#include <rapidjson/document.h>

#include "stepcache/checks/json_repair.h"
#include "stepcache/schemas/json.h"

namespace {

using stepcache::checks::RepairError;
using stepcache::checks::RepairJson;
using stepcache::checks::RepairOptions;
using stepcache::checks::RepairResult;

// An array of records of about `bytes` bytes. Broken records carry single
// quotes, unquoted keys, Python literals, comments, raw newlines in strings,
// a missing comma and trailing commas; the broken text is also cut short.
std::string MakeAnswer(std::size_t bytes, bool broken) {
  std::string text = broken ? "Here is the JSON you asked for:\n```json\n[" : "[";
  for (int i = 0; text.size() < bytes; ++i) {
    const std::string n = std::to_string(i);
    if (i > 0) text += ",\n ";
    if (broken) {
      text += "{id: " + n + ", 'name': 'user " + n + "', \"tags\": ['a', 'b',], \"active\": True," +
              " \"spouse\": None, // from the form\n \"note\": \"line one\nline two\"" +
              " \"score\": 12.5,}";
    } else {
      text += "{\"id\": " + n + ", \"name\": \"user " + n + "\", \"tags\": [\"a\", \"b\"]," +
              " \"active\": true, \"spouse\": null,\n \"note\": \"line one\\nline two\"," +
              " \"score\": 12.5}";
    }
  }
  if (broken) {
    text.resize(text.size() - 7);  // cut inside the last record
  } else {
    text += "]";
  }
  return text;
}

void BM_RepairValid(benchmark::State& state) {
  const std::string text = MakeAnswer(static_cast<std::size_t>(state.range(0)), false);
  RepairResult result;
  RepairError error;
  for (auto _ : state) {
    if (!RepairJson(text, &result, &error)) state.SkipWithError(error.ToString().c_str());
    benchmark::DoNotOptimize(result.json.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_RepairValidScanner(benchmark::State& state) {
  const std::string text = MakeAnswer(static_cast<std::size_t>(state.range(0)), false);
  rapidjson::Document empty;
  empty.Parse("{}");
  RepairOptions options;
  options.schema = &empty;  // forces the full scanner; nothing to coerce
  RepairResult result;
  RepairError error;
  for (auto _ : state) {
    if (!RepairJson(text, &result, &error, options)) state.SkipWithError(error.ToString().c_str());
    benchmark::DoNotOptimize(result.json.data());
  }
  if (result.json != text) state.SkipWithError("scanner changed valid input");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_RepairBroken(benchmark::State& state) {
  const std::string text = MakeAnswer(static_cast<std::size_t>(state.range(0)), true);
  RepairResult result;
  RepairError error;
  for (auto _ : state) {
    if (!RepairJson(text, &result, &error)) state.SkipWithError(error.ToString().c_str());
    benchmark::DoNotOptimize(result.json.data());
  }
  state.counters["fixes"] = static_cast<double>(result.log.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// Peer: RapidJSON's own DOM parse of the same valid bytes (iterative mode,
// encoding validated, as ParseJson runs it).
void BM_RapidJsonParse(benchmark::State& state) {
  const std::string text = MakeAnswer(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
        text.data(), text.size());
    if (doc.HasParseError()) state.SkipWithError("parse error");
    benchmark::DoNotOptimize(&doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

constexpr int64_t kKB = 1024;
BENCHMARK(BM_RepairValid)->Arg(kKB)->Arg(64 * kKB)->Arg(1024 * kKB);
BENCHMARK(BM_RepairValidScanner)->Arg(kKB)->Arg(64 * kKB)->Arg(1024 * kKB);
BENCHMARK(BM_RepairBroken)->Arg(kKB)->Arg(64 * kKB)->Arg(1024 * kKB);
BENCHMARK(BM_RapidJsonParse)->Arg(kKB)->Arg(64 * kKB)->Arg(1024 * kKB);

}  // namespace
