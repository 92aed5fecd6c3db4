// `stepcache segment`: cut a text into steps with a grammar and print them as
// one JSON array.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "command.h"
#include "stepcache/grammars/segmenter.h"

namespace stepcache::cli {
namespace {

struct SegmentArgs {
  std::string grammar;
  std::size_t json_depth = 1;
  std::string file = "-";
};

// Reads at most `limit` + 1 bytes so an oversized input is refused without
// holding all of it.
bool ReadInput(const std::string& file, std::size_t limit, std::string* out, std::string* error) {
  std::ifstream stream;
  std::istream* in = &std::cin;
  if (file != "-") {
    stream.open(file, std::ios::binary);
    if (!stream) {
      *error = file + ": cannot open file";
      return false;
    }
    in = &stream;
  }
  char buffer[1 << 16];
  while (out->size() <= limit && in->read(buffer, sizeof buffer).gcount() > 0) {
    out->append(buffer, static_cast<std::size_t>(in->gcount()));
  }
  if (in->bad()) {
    *error = file + ": read error";
    return false;
  }
  return true;
}

void PrintSteps(const grammars::Steps& steps) {
  rapidjson::OStreamWrapper os(std::cout);
  rapidjson::Writer<rapidjson::OStreamWrapper> writer(os);
  writer.StartArray();
  for (const grammars::Step& step : steps) {
    writer.StartObject();
    writer.Key("index");
    writer.Uint64(step.index);
    writer.Key("kind");
    writer.String(std::string(grammars::StepKindName(step.kind)));
    writer.Key("begin");
    writer.Uint64(step.begin);
    writer.Key("end");
    writer.Uint64(step.end);
    writer.Key("text");
    writer.String(step.text);
    if (step.kind == grammars::StepKind::kMember || step.kind == grammars::StepKind::kElement) {
      writer.Key("pointer");
      writer.String(step.pointer);
    }
    if (step.kind == grammars::StepKind::kEquation) {
      writer.Key("equation");
      writer.String(step.equation);
    }
    writer.EndObject();
  }
  writer.EndArray();
  os.Flush();
  std::cout << "\n";
}

const RegisterCommand kSegment(
    "segment", "Cut a text into ordered steps with byte spans and print them as JSON",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<SegmentArgs>();
      app.add_option("--grammar", args->grammar, "json, equations, markdown or lines")->required();
      app.add_option("--json-depth", args->json_depth,
                     "json: split members down to this many levels")
          ->check(CLI::PositiveNumber);
      app.add_option("file", args->file, "input file, or - for stdin");
      return [args] {
        std::optional<grammars::Grammar> grammar = grammars::GrammarFromName(args->grammar);
        if (!grammar) return BadInput("unknown grammar '" + args->grammar + "'");
        grammars::SegmentOptions options;
        options.json_depth = args->json_depth;
        std::string text;
        std::string read_error;
        if (!ReadInput(args->file, options.max_bytes, &text, &read_error)) return BadInput(read_error);
        if (text.size() > options.max_bytes) {
          return BadInput(args->file + ": input exceeds the limit of " +
                          std::to_string(options.max_bytes) + " bytes at byte " +
                          std::to_string(options.max_bytes));
        }
        grammars::Steps steps;
        grammars::SegmentError error;
        if (!grammars::Segment(text, *grammar, &steps, &error, options)) {
          return BadInput(args->file + ": " + error.message + " at byte " +
                          std::to_string(error.offset));
        }
        PrintSteps(steps);
        return kExitOk;
      };
    });

}  // namespace
}  // namespace stepcache::cli
