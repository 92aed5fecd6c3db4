// Throughput of stepcache::checks::RepairJson on 1 KB, 64 KB and 1 MB model
// answers: valid JSON (the fast path), valid JSON forced through the scanner
// (an empty schema), broken JSON with several kinds of damage at once, and
// 1 MB of each single kind of damage (BM_RepairDamage/<kind>), including the
// many trailing commas that make a peer quadratic; RapidJSON parsing the
// same valid bytes is the peer in the same run. Target (issue 12): every
// damage kind at most 30 ms per MB.
//
//   nice -n 19 build/release/repair_bench --benchmark_min_time=0.2
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

// About `bytes` bytes of one kind of damage, repeated.
enum Damage {
  kTrailingCommas,    // [1,,,,,,,,…] and {"a":1,,,,} : a peer strips each one by copying
  kUnclosedStrings,   // ["abc, "def, …]: every string's end quote missing
  kUnquoted,          // {key: value words, …}
  kNumberLike,        // dates, versions, 1/3: kept as strings
  kConcatenation,     // "a" + "b" + …
  kNdjson,            // one object per line, no array
  kTruncatedDeep,     // nested records, the last one cut off deep inside a string
  kQuotesInText,      // "He said "hi" twice"
  kDamageKinds,
};
const char* const kDamageNames[] = {"trailing_commas", "unclosed_strings", "unquoted",
                                    "number_like",     "concatenation",    "ndjson",
                                    "truncated_deep",  "quotes_in_text"};

std::string MakeDamage(Damage kind, std::size_t bytes) {
  std::string text;
  switch (kind) {
    case kTrailingCommas:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) {
        text += "{\"a\": " + std::to_string(i) + ",,,,,,,,,,}," + std::string(32, ',');
      }
      return text + "]";
    case kUnclosedStrings:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) text += "\"item " + std::to_string(i) + ", ";
      return text + "]";
    case kUnquoted:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) {
        text += "{name: user " + std::to_string(i) + ", role: admin user, ok: yes},\n";
      }
      return text + "]";
    case kNumberLike:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) {
        text += "{d: 2024-10-" + std::to_string(10 + i % 20) + "T18:35:22Z, v: 0.0." +
                std::to_string(i) + ", r: 1/3, z: 007},\n";
      }
      return text + "]";
    case kConcatenation:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) {
        text += "\"part " + std::to_string(i) + "\" + 'x' + \"y\",\n";
      }
      return text + "]";
    case kNdjson:
      for (int i = 0; text.size() < bytes; ++i) {
        text += "{\"id\": " + std::to_string(i) + ", \"name\": \"n\"}\n";
      }
      return text;
    case kTruncatedDeep:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) text += "[{\"a\": [1, 2, {\"b\": \"x\"}]}], ";
      return text + "[{\"a\": [1, 2, {\"b\": [[{\"c\": \"cut her";
    case kQuotesInText:
      text = "[";
      for (int i = 0; text.size() < bytes; ++i) {
        text += "\"He said \"hi " + std::to_string(i) + "\" twice\",\n";
      }
      return text + "\"end\"]";
    case kDamageKinds:
      break;
  }
  return text;
}

void BM_RepairDamage(benchmark::State& state) {
  const Damage kind = static_cast<Damage>(state.range(0));
  const std::string text = MakeDamage(kind, static_cast<std::size_t>(state.range(1)));
  state.SetLabel(kDamageNames[kind]);
  RepairResult result;
  RepairError error;
  for (auto _ : state) {
    if (!RepairJson(text, &result, &error)) state.SkipWithError(error.ToString().c_str());
    benchmark::DoNotOptimize(result.json.data());
  }
  state.counters["fixes"] = static_cast<double>(result.log.size());
  state.counters["uncertain"] = static_cast<double>(result.uncertain_pointers.size());
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
BENCHMARK(BM_RepairDamage)
    ->ArgsProduct({benchmark::CreateDenseRange(0, kDamageKinds - 1, 1), {1024 * kKB}})
    ->Unit(benchmark::kMillisecond);

}  // namespace
