// Private to the simulated model: how it reads a json_extract prompt — the
// instruction apart from the source text, the records in the source, which
// record the instruction picks, and each field's raw value. Written from
// what a small model does, not from the engine's checks.
#ifndef STEPCACHE_ENGINE_SRC_SIM_TEXT_H_
#define STEPCACHE_ENGINE_SRC_SIM_TEXT_H_

#include <optional>
#include <string>
#include <vector>

namespace stepcache::engine::sim {

struct SimField {
  std::string name;
  std::string type;       // "integer", "number", "boolean", "string", "array", "" (unknown)
  std::string item_type;  // arrays only
  std::string description;
};

struct LabelledValue {
  std::string label, value;
};

// One record of the source text: its header ("Customer 2", "Sender"; may be
// empty), its "Label: value" pairs, and its other (prose) text.
struct SourceRecord {
  std::string header;
  std::vector<LabelledValue> pairs;
  std::string prose;
};

struct ReadPrompt {
  std::string instruction;
  std::vector<SourceRecord> records;  // at least one
  std::size_t chosen = 0;             // the record the instruction picks
};

ReadPrompt ReadExtractionPrompt(const std::string& prompt);

// The raw text of `field` in `record` (a labelled value, else a prose cue).
// `label_out`, when given, receives the label used ("" for prose).
std::optional<std::string> FindRaw(const SourceRecord& record, const SimField& field, std::string* label_out = nullptr);

// The unit the instruction asks for next to the field's name ("distance in
// metres" -> "m"), or "".
std::string AskedUnit(const std::string& instruction, const SimField& field);

}  // namespace stepcache::engine::sim

#endif  // STEPCACHE_ENGINE_SRC_SIM_TEXT_H_
