// Request signature: what a cached answer may be reused for.
//
// A prompt is split into a *template* (the wording) and *slots* (the local
// constraints that vary between otherwise identical requests: numbers,
// variable names, quoted strings). Two requests can share cache entries only
// inside one *partition*:
//
//   PartitionKey = hash(tenant, task, model, canonical params, schema hash)
//
// where the canonical params cover temperature, top_p, max_tokens, seed (or
// its absence), the stop list (in order) and every `extra` member, and the
// schema hash is taken over canonical JSON (object keys sorted, no
// whitespace, numbers normalised) so formatting never splits a partition.
// The request `id` is the only field left out: it never changes an answer.
// Within a partition, an equal template hash is an exact-template hit whose
// slots can be compared with Diff; other prompts are matched by similarity
// (retrieval_index.h).
//
// Hashes are 64-bit and stable across processes and machines (bytes are read
// in little-endian order), so they can be persisted. Stores still compare tenant, task and model byte for byte
// before returning a match, so a hash collision cannot leak across tenants.
// Value types; all functions are pure and thread-safe.
#ifndef STEPCACHE_ENGINE_SIGNATURE_H_
#define STEPCACHE_ENGINE_SIGNATURE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stepcache/engine/request.h"

namespace stepcache::engine {

// ---- Hashing ---------------------------------------------------------------

// 64-bit hash of `bytes` (not cryptographic; fast and well mixed).
std::uint64_t HashBytes(std::string_view bytes, std::uint64_t seed = 0);
// Order-dependent combination of two hashes.
std::uint64_t HashCombine(std::uint64_t a, std::uint64_t b);

// ---- Prompt templates --------------------------------------------------------

enum class SlotKind : std::uint8_t {
  kNumber,    // 3, -2, 2.75, 3/4, -1/2 (a leading '-' only where it cannot be a minus sign)
  kVariable,  // a single letter standing alone (x, y; not the words a, A, I nor the t of "don't"),
              // a letter right after a number (the x of 3x), or a snake_case
              // identifier (word with '_' and a letter: user_id, x_1)
  kQuoted,    // "...", '...' (opening ' not inside a word), “...” — quotes included
};

// "number", "variable", "quoted".
std::string_view SlotKindName(SlotKind kind);

struct Slot {
  SlotKind kind = SlotKind::kNumber;
  std::string text;        // == prompt.substr(begin, end - begin)
  std::size_t begin = 0;   // byte offsets into the prompt
  std::size_t end = 0;
};

// The template text is the prompt with every slot replaced by a placeholder
// kPlaceholderMark, kind letter ('N', 'V', 'Q'), kPlaceholderMark; a literal
// kPlaceholderMark byte of the prompt is written twice, so the template is
// unambiguous for any input and Reassemble is exact.
constexpr char kPlaceholderMark = '\x01';

struct PromptTemplate {
  std::string text;
  std::vector<Slot> slots;   // in prompt order, non-overlapping
  std::uint64_t hash = 0;    // HashBytes(text)
};

// Splits `prompt` into template and slots. Total on arbitrary bytes (not only
// UTF-8), linear time, never throws except std::bad_alloc.
//
//   "Solve for x: 3x + 5 = 20."  ->  "Solve for \1V\1: \1N\1\1V\1 + \1N\1 = \1N\1."
//   slots: x (variable), 3 (number), x (variable), 5, 20 (numbers)
PromptTemplate SplitPrompt(std::string_view prompt);

// The prompt back from a template: placeholders replaced by the slots' text in
// order. Returns false when `tmpl` is not well formed (a placeholder without a
// slot or the other way round, or a kind letter that disagrees with the slot).
bool Reassemble(const PromptTemplate& tmpl, std::string* prompt);

struct SlotChange {
  std::size_t index = 0;   // position in PromptTemplate::slots
  SlotKind kind = SlotKind::kNumber;
  std::string old_text;    // in the cached prompt
  std::string new_text;    // in the incoming prompt
};

struct SlotDiff {
  // True when both templates are equal, so slots correspond one to one and
  // `changes` lists every slot whose text differs. False otherwise (changes
  // then is empty: the prompts differ in wording, not only in slots).
  bool comparable = false;
  std::vector<SlotChange> changes;
};

// Which slots changed between a cached prompt and an incoming one.
SlotDiff Diff(const PromptTemplate& cached, const PromptTemplate& incoming);

// ---- Keys ---------------------------------------------------------------------

// Canonical JSON text of `json`: object members sorted by key (bytewise), no
// insignificant whitespace, integers printed as integers and other numbers with
// 17 significant digits (so 1.0 and 1 are the same). Returns false with
// *error set when `json` does not parse (stepcache::ParseJson limits apply).
bool CanonicalJson(std::string_view json, std::string* canonical, std::string* error);

// Hash of the response schema: 0 for an empty schema, else the hash of its
// canonical JSON; a schema that does not parse is hashed as raw bytes (under a
// different seed), so it still separates from every valid schema.
std::uint64_t SchemaHash(std::string_view schema_json);

// Hash of every sampling parameter (see the file comment). -0.0 equals 0.0.
std::uint64_t ParamsHash(const SamplingParams& params);

// hash(EffectiveTenant, task, model, ParamsHash, SchemaHash).
std::uint64_t PartitionKey(const Request& request);

// hash(EffectiveTenant, task, model, ParamsHash): every partition that
// differs only in the response schema.
std::uint64_t FamilyKey(const Request& request);

struct Signature {
  std::string tenant;            // EffectiveTenant(request)
  std::string task;
  std::string model;
  std::uint64_t params_hash = 0;
  std::uint64_t schema_hash = 0;
  std::uint64_t partition = 0;   // PartitionKey(request)
  // FamilyKey(request): the partition without the response schema. Entries
  // of one family may be offered across schemas when a caller asks for it
  // (LookupOptions::same_schema = false) and verifies them against its own.
  std::uint64_t family = 0;
  std::uint64_t template_hash = 0;
  std::uint64_t prompt_hash = 0; // HashBytes(prompt): identical-prompt hits

  // Same partition: the entries may be compared at all.
  bool SamePartition(const Signature& o) const {
    return partition == o.partition && tenant == o.tenant && task == o.task &&
           model == o.model && params_hash == o.params_hash && schema_hash == o.schema_hash;
  }
};

// The signature of `request` whose prompt splits into `tmpl` (pass
// SplitPrompt(request.prompt); it is taken as an argument so callers that
// already split the prompt do not split it twice).
Signature ComputeSignature(const Request& request, const PromptTemplate& tmpl);
Signature ComputeSignature(const Request& request);

}  // namespace stepcache::engine

#endif  // STEPCACHE_ENGINE_SIGNATURE_H_
