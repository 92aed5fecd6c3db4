// `stepcache validate`: JSON Schema validation of instance files or JSON lines,
// with either engine, printing one JSON result line per instance. With the
// stepcache engine and a schema that streams, each instance goes bytes →
// verdict through StreamValidator (no DOM); only the failing ones are parsed
// again to collect their errors.
#include <chrono>
#include <ctime>
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "command.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/registry.h"
#include "stepcache/schemas/schema.h"
#include "stepcache/schemas/stream_validator.h"
#include "stepcache/schemas/valijson_validator.h"

namespace stepcache::cli {
namespace {

struct ValidateArgs {
  std::string schema_path;
  std::string engine = "stepcache";
  std::string dialect;  // empty: the engine's default
  bool format_assert = false;
  bool all_errors = false;
  std::vector<std::string> files;
  std::string instances_path;
  std::vector<std::string> refs;  // URI=FILE
  int repeat = 1;
  bool stats = false;
  bool no_stream = false;
};

// A parsed instance with the texts of its long numbers. The document lives on
// the heap because the texts are keyed by value addresses, the root's too.
struct Instance {
  explicit Instance(rapidjson::MemoryPoolAllocator<>* pool)
      : doc(std::make_unique<rapidjson::Document>(pool)) {}
  std::unique_ptr<rapidjson::Document> doc;
  JsonNumberTexts texts;
};

// One instance's bytes: a line of the JSON lines file or a whole file, with
// what an error message names.
struct RawInstance {
  std::string_view text;
  std::string where;       // "path:line" or "path"
  std::size_t offset = 0;  // of `text` in its file (JSON lines: the line's start)
};

// Reads the instance texts (JSON lines: one per non-blank line). `storage`
// keeps the bytes the views point into.
bool ReadInstances(const ValidateArgs& args, std::vector<std::string>* storage,
                   std::vector<RawInstance>* out, std::string* error) {
  if (!args.instances_path.empty()) {
    storage->emplace_back();
    if (!ReadFile(args.instances_path, &storage->back(), error)) return false;
    const std::string& text = storage->back();
    std::size_t line_start = 0;
    std::size_t line_number = 0;
    while (line_start < text.size()) {
      std::size_t end = text.find('\n', line_start);
      if (end == std::string::npos) end = text.size();
      ++line_number;
      const std::string_view line(text.data() + line_start, end - line_start);
      if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
        out->push_back(RawInstance{line, args.instances_path + ":" + std::to_string(line_number), line_start});
      }
      line_start = end + 1;
    }
    return true;
  }
  storage->reserve(args.files.size());
  for (const std::string& path : args.files) {
    storage->emplace_back();
    if (!ReadFile(path, &storage->back(), error)) return false;
    out->push_back(RawInstance{storage->back(), path, 0});
  }
  return true;
}

// The message for an instance that does not parse, as it has always read:
// "path:line: <message> at byte <offset in the file>" or "path: <message> at byte N".
std::string ParseErrorMessage(const ValidateArgs& args, const RawInstance& raw, const JsonError& e) {
  if (!args.instances_path.empty())
    return raw.where + ": " + e.message + " at byte " + std::to_string(raw.offset + e.offset);
  return raw.where + ": " + e.ToString();
}

// Parses every instance up front so bad input is reported (exit 2) before any
// verdict is printed, and so --repeat measures validation alone.
// Every instance's values come from one pool, packed one after another as a
// parser that streams them would leave them, rather than each in its own
// 64 KiB chunk.
bool LoadInstances(const ValidateArgs& args, const std::vector<RawInstance>& raws,
                   rapidjson::MemoryPoolAllocator<>* pool, std::vector<Instance>* out, std::string* error) {
  for (const RawInstance& raw : raws) {
    Instance instance(pool);
    JsonError parse_error;
    if (!ParseJson(raw.text, *instance.doc, &parse_error, {}, &instance.texts)) {
      *error = ParseErrorMessage(args, raw, parse_error);
      return false;
    }
    out->push_back(std::move(instance));
  }
  return true;
}

bool LoadRegistry(const std::vector<std::string>& refs, schemas::Registry* registry,
                  std::string* error) {
  for (const std::string& ref : refs) {
    const std::size_t eq = ref.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == ref.size()) {
      *error = "--ref " + ref + ": expected URI=FILE";
      return false;
    }
    const std::string uri = ref.substr(0, eq);
    const std::string path = ref.substr(eq + 1);
    std::string text;
    if (!ReadFile(path, &text, error)) return false;
    JsonError parse_error;
    if (!registry->AddText(uri, text, &parse_error)) {
      *error = path + ": " + parse_error.ToString();
      return false;
    }
  }
  return true;
}

std::string ResultLine(std::size_t index, const schemas::ValidationResult& result) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("instance");
  w.Uint64(index);
  w.Key("valid");
  w.Bool(result.valid);
  w.Key("errors");
  const std::string errors = schemas::ValidationErrorsToJson(result.errors);
  w.RawValue(errors.data(), errors.size(), rapidjson::kArrayType);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// CPU time of this thread: on a shared machine wall time mostly measures the
// scheduler. Wall time is reported beside it.
double CpuNow() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

// --stats: one JSON summary. validate_ns_per_instance is validation alone of
// the parsed instances (the verdict, as the peers' benchmark modes measure
// it); parse_validate_ns_per_instance is bytes → verdict through
// StreamValidator::Check (the DOM path inside it when the schema does not
// stream), and rapidjson_parse_ns_per_instance a plain
// rapidjson::Document::Parse of the same bytes, in rounds interleaved with
// it, so their ratio is of one run.
int Stats(const ValidateArgs& args, const schemas::Validator& validator, const schemas::StreamValidator* stream,
          const std::vector<RawInstance>& raws, const std::vector<Instance>& instances,
          std::int64_t compile_ns) {
  schemas::ValidateOptions validate;
  validate.all_errors = args.all_errors;
  std::size_t valid = 0;
  std::vector<schemas::ValidateOptions> per_instance(instances.size(), validate);
  for (std::size_t i = 0; i < instances.size(); ++i) {
    if (!instances[i].texts.empty()) per_instance[i].number_texts = &instances[i].texts;
    valid += validator.Validate(*instances[i].doc, per_instance[i]).valid;
  }
  std::size_t sink = 0;  // keeps the timed calls observable
  const double cpu_start = CpuNow();
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < args.repeat; ++r) {
    // The verdict alone (no error objects), as the peers' benchmark modes
    // measure it; Validate only where texts of long numbers must be passed.
    for (std::size_t i = 0; i < instances.size(); ++i)
      sink += per_instance[i].number_texts || args.all_errors
                  ? validator.Validate(*instances[i].doc, per_instance[i]).valid
                  : validator.IsValid(*instances[i].doc);
  }
  const double cpu_ns = CpuNow() - cpu_start;
  const double total_ns = static_cast<double>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
  const double runs = static_cast<double>(args.repeat) * static_cast<double>(instances.size());

  // Bytes → verdict, and RapidJSON's parse of the same bytes.
  std::size_t stream_valid = 0, dom_fallbacks = 0;
  double stream_ns = 0, rapidjson_ns = 0;
  if (stream) {
    schemas::StreamScratch scratch;
    for (const RawInstance& raw : raws) {
      bool used_dom = false;
      stream_valid += stream->Check(raw.text, &scratch, nullptr, &used_dom) == schemas::StreamVerdict::kValid;
      dom_fallbacks += used_dom;
    }
    for (int r = 0; r < args.repeat; ++r) {
      double t = CpuNow();
      for (const RawInstance& raw : raws) sink += static_cast<std::size_t>(stream->Check(raw.text, &scratch));
      const double mid = CpuNow();
      stream_ns += mid - t;
      for (const RawInstance& raw : raws) {
        rapidjson::Document doc;
        doc.Parse(raw.text.data(), raw.text.size());
        sink += doc.HasParseError();
      }
      rapidjson_ns += CpuNow() - mid;
    }
  }

  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("engine");
  w.String(std::string(validator.engine()));
  w.Key("instances");
  w.Uint64(instances.size());
  w.Key("valid");
  w.Uint64(valid);
  w.Key("invalid");
  w.Uint64(instances.size() - valid);
  w.Key("repeat");
  w.Int(args.repeat);
  w.Key("compile_ns");
  w.Int64(compile_ns);
  w.Key("validate_ns_per_instance");  // CPU time
  w.Double(runs > 0 ? cpu_ns / runs : 0.0);
  w.Key("wall_ns_per_instance");
  w.Double(runs > 0 ? total_ns / runs : 0.0);
  if (stream) {
    w.Key("mode");
    w.String(stream->streamable() ? "stream" : "dom");
    w.Key("stream_valid");  // the stream's own count: equal to "valid"
    w.Uint64(stream_valid);
    w.Key("dom_fallbacks");  // instances the stream handed to the DOM path
    w.Uint64(dom_fallbacks);
    w.Key("parse_validate_ns_per_instance");  // CPU time, bytes -> verdict
    w.Double(runs > 0 ? stream_ns / runs : 0.0);
    w.Key("rapidjson_parse_ns_per_instance");  // CPU time, Document::Parse of the same bytes
    w.Double(runs > 0 ? rapidjson_ns / runs : 0.0);
  } else {
    w.Key("mode");
    w.String("dom");
  }
  w.EndObject();
  std::cout << buffer.GetString() << "\n";
  (void)sink;
  if (stream && stream_valid != valid) {
    std::cerr << "stepcache: the stream and the DOM path disagree on " << (stream_valid > valid ? stream_valid - valid : valid - stream_valid)
              << " verdicts\n";
    return kExitFail;
  }
  // A measurement, not a verdict: the counts above carry the outcome.
  return kExitOk;
}

int Run(const ValidateArgs& args) {
  if (args.files.empty() && args.instances_path.empty()) {
    return BadInput("validate: give instance FILEs or --instances FILE.jsonl");
  }
  schemas::CompileOptions compile;
  if (!args.dialect.empty()) {
    auto dialect = schemas::DialectFromName(args.dialect);
    if (!dialect) dialect = schemas::DialectFromUri(args.dialect);
    if (!dialect) return BadInput("--dialect " + args.dialect + ": unknown dialect");
    compile.default_dialect = *dialect;
  } else if (args.engine == "valijson") {
    // valijson has no 2019-09/2020-12: its newest draft is the useful default.
    compile.default_dialect = schemas::Dialect::kDraft7;
  }
  compile.format_assertion = args.format_assert;

  std::string error;
  schemas::Registry registry;
  if (!LoadRegistry(args.refs, &registry, &error)) return BadInput(error);
  compile.registry = &registry;

  std::string schema_text;
  if (!ReadFile(args.schema_path, &schema_text, &error)) return BadInput(error);
  rapidjson::Document schema_doc;
  JsonNumberTexts schema_texts;
  JsonError parse_error;
  if (!ParseJson(schema_text, schema_doc, &parse_error, {}, &schema_texts)) {
    return BadInput(args.schema_path + ": " + parse_error.ToString());
  }
  compile.number_texts = &schema_texts;
  std::vector<std::string> storage;
  std::vector<RawInstance> raws;
  if (!ReadInstances(args, &storage, &raws, &error)) return BadInput(error);

  const auto compile_start = std::chrono::steady_clock::now();
  schemas::CompileError compile_error;
  std::unique_ptr<schemas::Validator> validator;
  std::unique_ptr<schemas::StreamValidator> stream;
  if (args.engine == "valijson") {
    validator = schemas::ValijsonValidator::Compile(schema_doc, compile, &compile_error);
  } else {
    auto schema = schemas::Schema::Compile(schema_doc, compile, &compile_error);
    if (schema && !args.no_stream) stream = schemas::StreamValidator::Create(*schema);
    validator = std::move(schema);
  }
  const auto compile_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::steady_clock::now() - compile_start)
                              .count();
  const bool streaming = stream && stream->streamable();

  schemas::ValidateOptions validate;
  validate.all_errors = args.all_errors;

  if (args.stats || !streaming || !validator) {
    // Every instance parsed up front: bad input is reported (exit 2) before
    // anything else, and --stats times validation alone on parsed instances.
    rapidjson::MemoryPoolAllocator<> pool;  // outlives the instances drawn from it
    std::vector<Instance> instances;
    if (!LoadInstances(args, raws, &pool, &instances, &error)) return BadInput(error);
    if (!validator) return BadInput(args.schema_path + ": " + compile_error.ToString());
    if (args.stats) return Stats(args, *validator, stream.get(), raws, instances, compile_ns);
    bool all_valid = true;
    for (std::size_t i = 0; i < instances.size(); ++i) {
      schemas::ValidateOptions options = validate;
      options.number_texts = &instances[i].texts;
      const schemas::ValidationResult result = validator->Validate(*instances[i].doc, options);
      all_valid = all_valid && result.valid;
      std::cout << ResultLine(i, result) << "\n";
    }
    std::cout.flush();
    return all_valid ? kExitOk : kExitFail;
  }

  // The stream: bytes → verdict for every instance first (a malformed one
  // is bad input, reported before any verdict, as above), then the failing
  // ones parsed again for their errors.
  std::vector<schemas::StreamVerdict> verdicts(raws.size());
  schemas::StreamScratch scratch;
  for (std::size_t i = 0; i < raws.size(); ++i) {
    JsonError parse_error;
    verdicts[i] = stream->Check(raws[i].text, &scratch, &parse_error);
    if (verdicts[i] == schemas::StreamVerdict::kMalformed)
      return BadInput(ParseErrorMessage(args, raws[i], parse_error));
  }
  bool all_valid = true;
  for (std::size_t i = 0; i < raws.size(); ++i) {
    schemas::ValidationResult result;
    if (verdicts[i] != schemas::StreamVerdict::kValid) {
      rapidjson::Document doc;
      JsonNumberTexts texts;
      JsonError parse_error;
      if (!ParseJson(raws[i].text, doc, &parse_error, {}, &texts))
        return BadInput(ParseErrorMessage(args, raws[i], parse_error));
      schemas::ValidateOptions options = validate;
      options.number_texts = &texts;
      result = validator->Validate(doc, options);
    }
    all_valid = all_valid && result.valid;
    std::cout << ResultLine(i, result) << "\n";
  }
  std::cout.flush();
  return all_valid ? kExitOk : kExitFail;
}

const RegisterCommand kValidate(
    "validate", "Validate JSON instances against a JSON Schema", [](CLI::App& app) -> Runner {
      auto args = std::make_shared<ValidateArgs>();
      app.footer(
          "Patterns: every `pattern`/`patternProperties` regex RE2 can run matches in time\n"
          "linear in the input (RE2). Patterns that need look-ahead, look-behind or\n"
          "back-references run on PCRE2 (JIT where available) with bounded work: at most\n"
          "1000000 backtracking steps and 64 MiB of backtracking memory per match; a match that\n"
          "exceeds the budget is reported as an error at the keyword (the instance is\n"
          "invalid), never a hang or a silent verdict.\n"
          "Numbers: multipleOf, minimum, maximum, exclusive*, const and enum compare\n"
          "numbers by their exact decimal value as written (integers of any size, long\n"
          "decimals), not as doubles.\n"
          "Streaming: with the stepcache engine each instance goes bytes -> verdict while it\n"
          "is parsed, without a DOM, whenever the schema allows (no $dynamicRef/$recursiveRef\n"
          "resolved dynamically); an object or array under anyOf/oneOf/not/if, contains,\n"
          "dependent*, unevaluated* or uniqueItems of containers is checked on a parsed DOM\n"
          "instead. Verdicts and errors are the same either way: failing instances are\n"
          "parsed again to report their errors. --stats adds \"mode\" (stream or dom),\n"
          "parse_validate_ns_per_instance (bytes -> verdict) and\n"
          "rapidjson_parse_ns_per_instance (rapidjson::Document::Parse of the same bytes,\n"
          "same run).");
      app.add_option("--schema", args->schema_path, "The JSON Schema file")->required();
      app.add_option("--engine", args->engine, "stepcache (default) or valijson")
          ->check(CLI::IsMember({"stepcache", "valijson"}));
      app.add_option("--dialect", args->dialect,
                     "Dialect for a schema without $schema: draft4, draft6, draft7, "
                     "draft2019-09, draft2020-12 (default; draft7 for valijson) or its URI");
      app.add_flag("--format-assert", args->format_assert, "Assert `format` keywords");
      app.add_flag("--all-errors", args->all_errors, "Report every failure, not the first");
      auto* files = app.add_option("files", args->files, "Instance files, one JSON value each");
      app.add_option("--instances", args->instances_path, "A JSON lines file of instances")
          ->excludes(files);
      app.add_option("--ref", args->refs,
                     "URI=FILE: a document that $ref may name by URI (repeatable)")
          ->allow_extra_args(false);
      auto* stats = app.add_flag("--stats", args->stats,
                                 "Print one timing summary instead of per-instance results "
                                 "(exit 0 unless the input is bad)");
      app.add_flag("--no-stream", args->no_stream,
                   "Parse every instance into a DOM before validating, even when the schema streams");
      app.add_option("--repeat", args->repeat, "Validate every instance N times (with --stats)")
          ->check(CLI::Range(1, 1000000000))
          ->needs(stats);
      return [args] { return Run(*args); };
    });

}  // namespace
}  // namespace stepcache::cli
