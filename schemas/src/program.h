// The compiled form of a schema: a flat vector of instructions, grouped into
// nodes (one per subschema), plus side tables of precomputed data. Built by
// compiler.cc, run by evaluator.cc; immutable after compilation.
#ifndef STEPCACHE_SCHEMAS_SRC_PROGRAM_H_
#define STEPCACHE_SCHEMAS_SRC_PROGRAM_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>
#include <rapidjson/document.h>

#include "backtracking_regex.h"
#include "decimal.h"
#include "simple_regex.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::schemas {

constexpr std::uint32_t kNoNode = 0xffffffffu;

enum TypeBit : std::uint8_t {
  kTypeNull = 1, kTypeBoolean = 2, kTypeObject = 4, kTypeArray = 8,
  kTypeNumber = 16, kTypeString = 32, kTypeInteger = 64,
};

enum class Op : std::uint8_t {
  kFalse,            // boolean schema false
  kType,             // mask in u
  kConst,            // table: values[a]
  kEnum,             // table: enums[a]
  kMultipleOf,       // d (nearest double), decimals[a] (exact); c = 1: also int64 in u
  kMaximum, kExclusiveMaximum, kMinimum, kExclusiveMinimum,  // as kMultipleOf
  kMaxLength, kMinLength,          // u (code points)
  kPattern,                        // patterns[a]
  kFormat,                         // strings[a] = format name
  kMaxItems, kMinItems,            // u
  kUniqueItems,
  kMaxProperties, kMinProperties,  // u
  kRequired,                       // names[a]
  kDependentRequired,              // dep_required[a]
  kObject,                         // objects[a]: properties/patternProperties/additionalProperties
  kPropertyNames,                  // node a
  kDependentSchemas,               // dep_schemas[a]
  kItems,                          // items[a]: prefix + rest
  kContains,                       // contains[a]
  kAllOf, kAnyOf, kOneOf,          // lists[a]
  kNot,                            // node a
  kIf,                             // node a = if, b = then, c = else
  kRef,                            // node a
  kDynamicRef,                     // dynamic[a]
  kUnevaluatedProperties,          // node a
  kUnevaluatedItems,               // node a
  kContent,                        // draft 7: a = 1 if base64, u = 1 if JSON media type
};

struct Instr {
  Op op;
  const std::string* keyword;  // the keyword's name (also its location token)
  std::uint32_t a = kNoNode, b = kNoNode, c = kNoNode;
  std::uint64_t u = 0;
  double d = 0;
  const std::string* text = nullptr;  // kFormat: the format name
};

struct Node {
  std::uint32_t begin = 0, end = 0;  // instruction range
  std::uint32_t resource = 0;        // schema resource, for the dynamic scope
  bool unevaluated = false;          // has unevaluated*: collects annotations
  // The node is one `$ref` and nothing else: the silent pass goes straight to
  // this target (no locations to keep there). kNoNode otherwise.
  std::uint32_t forward = 0xffffffffu;
  // The node is one plain `type` check (e.g. {"type": "string"}): its mask,
  // so a passing child is answered without entering the node. 0 otherwise.
  std::uint8_t type_only = 0;
  // Only checks that apply no subschema (type, bounds, lengths, pattern,
  // format, enum, ...): the silent pass runs them inside the parent's loop,
  // without a frame of their own.
  bool leaf = false;
  // The silent pass's specialisation of common node shapes (see
  // CompileProgram): kShapeRecord = [type] [fused required] properties /
  // additionalProperties without patternProperties (shape_index: objects[]);
  // kShapeArray = [type] [minItems] [maxItems] items without prefix items
  // (shape_index: items[]). shape_types: the `type` mask, 0 = no `type`.
  enum Shape : std::uint8_t { kShapeGeneric, kShapeRecord, kShapeArray };
  Shape shape = kShapeGeneric;
  std::uint8_t shape_types = 0;
  std::uint32_t shape_index = 0xffffffffu;
  std::uint32_t min_items = 0, max_items = 0xffffffffu;  // kShapeArray
};

// A name with its pointer-escaped form (for keyword locations).
struct Name {
  std::string text;
  std::string token;
};

struct PropertyEntry {
  Name name;
  std::uint32_t node;
  std::uint64_t required_bit = 0;  // its bit in ObjectApplicator::required_all
};

// A compiled `pattern`. Anchored patterns that start with literal text get
// that text checked first (most property names fail there, without RE2);
// "^literal" and "^literal$" need no RE2 at all.
struct Regex {
  enum Mode : std::uint8_t { kSearch, kPrefixOnly, kExact };
  std::unique_ptr<RE2> re;
  std::string prefix;  // every match starts with it
  Mode mode = kSearch;
  bool use_simple = false;
  SimpleRegex simple;

  // Set instead of `re` for patterns RE2 cannot run.
  std::unique_ptr<BacktrackingRegex> backtracking;
  std::string location;  // the keyword's pointer in its schema document ("uri#/pointer")

  // 1: matches, 0: does not, -1: the backtracking engine gave up (budget).
  int Match(const char* s, std::size_t n) const {
    if (n < prefix.size() || (!prefix.empty() && std::memcmp(s, prefix.data(), prefix.size()) != 0))
      return 0;
    if (mode == kPrefixOnly) return 1;
    if (mode == kExact) return n == prefix.size();
    if (use_simple) return simple.Search(s, n);
    if (backtracking) {
      const auto o = backtracking->Search(s, n);
      return o == BacktrackingRegex::Outcome::kMatch ? 1 : o == BacktrackingRegex::Outcome::kNoMatch ? 0 : -1;
    }
    return re->Match(re2::StringPiece(s, n), 0, n, RE2::UNANCHORED, nullptr, 0);
  }
};

struct PatternEntry {
  Regex re;
  std::string token;
  std::uint32_t node;
};

// Length, first, middle and last byte of a name: what the perfect table of
// an ObjectApplicator keys on.
inline std::uint32_t PerfectKey(const char* s, std::size_t n) {
  if (n == 0) return 0;
  const auto b = [s](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])); };
  return (b(0) | b(n >> 1) << 8 | b(n - 1) << 16) ^ (static_cast<std::uint32_t>(n) * 0x01000193u);
}

// RapidJSON's layout keeps strings of up to 13 bytes inside the 16-byte
// value (48-bit pointers, little-endian): FastProperty::image relies on it.
constexpr bool kInlineNameImages = RAPIDJSON_48BITPOINTER_OPTIMIZATION &&
                                   RAPIDJSON_ENDIAN == RAPIDJSON_LITTLEENDIAN &&
                                   sizeof(rapidjson::Value) == 16;

// The silent pass's compact view of one declared property (parallel to
// ObjectApplicator::properties, plus one sentinel; filled after compilation).
// The fields the member loop reads come first (one cache line).
struct FastProperty {
  // The name as RapidJSON stores a short name inside the member's name
  // value (bytes 0..12, 13 - length at byte 13, the flags at 14..15), and
  // which of those bytes count: a member whose name value equals it under
  // the mask has this name, in two word compares. Names RapidJSON does not
  // store inline get an image no name value matches (flags 0).
  std::uint64_t image[2] = {0, 0};
  std::uint64_t image_mask[2] = {0, 0xffff000000000000u};
  std::uint64_t required_bit = 0;  // as PropertyEntry::required_bit
  // Values that pass without a look at the kind: bit GetType() set when
  // every value of that RapidJSON type passes the node (a plain `type` that
  // takes it, or an empty schema). Numbers only for `type` "number".
  std::uint8_t accept = 0;
  // kRecord whose `type` takes objects: an object member goes straight
  // into ObjectSilent of objects[index].
  bool direct_record = false;
  // direct_record of a map (no declared properties, additionalProperties
  // one plain `type`): the `accept` of its members, checked in the
  // parent's loop without entering the map. 0 otherwise.
  std::uint8_t map_accept = 0;
  // How the silent pass checks a value against `node` (one switch instead
  // of a chain of tests per member):
  //   kAny     an empty schema: every value passes;
  //   kTypes   one plain `type` (mask `types`);
  //   kCheck   one check `check` after an optional plain `type` (`types`, 0 = none);
  //   kNumber  as kCheck with a numeric bound: numbers strictly inside the
  //            bound (int_lo..int_hi for 64-bit integers when the bound is
  //            one, lo..hi as doubles) pass at once; the rest go as kCheck;
  //   kLeaf    checks that apply no subschema, run in the parent's loop;
  //   kRecord, kArray   Node::kShapeRecord / kShapeArray (index, types,
  //            min_items, max_items copied from the node);
  //   kNode    anything else: a frame of its own.
  enum Kind : std::uint8_t { kAny, kTypes, kCheck, kNumber, kLeaf, kRecord, kArray, kNode };
  Kind kind = kNode;
  std::uint8_t types = 0;
  bool int_bound = false;     // kNumber: the bound is a 64-bit integer
  bool number_types = false;  // kNumber: every number passes `types`
  std::uint32_t index = kNoNode;  // kRecord: objects[], kArray: items[]
  // A leaf of one instruction besides an optional `type` (a bound, a
  // length, a pattern, ...): that instruction; the type mask is check_types
  // (= types for kCheck / kNumber). Null otherwise.
  const Instr* check = nullptr;
  std::int64_t int_lo = 0, int_hi = -1;  // kNumber
  double lo = 0, hi = 0;                 // kNumber
  std::uint32_t min_items = 0, max_items = 0xffffffffu;  // kArray
  std::uint32_t node = kNoNode;    // its subschema, `$ref`-only nodes followed
  const char* name = nullptr;
  std::uint32_t size = 0;
  std::uint8_t type_only = 0;      // Node::type_only of `node`
  bool leaf = false;               // Node::leaf of `node`
  std::uint8_t check_types = 0;
};

struct ObjectApplicator {
  const std::string* properties_kw = nullptr;
  const std::string* patterns_kw = nullptr;
  const std::string* additional_kw = nullptr;
  std::vector<PropertyEntry> properties;
  std::vector<std::uint32_t> hash_table;  // open addressing over properties, kNoNode = empty
  std::uint32_t hash_mask = 0;
  std::vector<PatternEntry> patterns;
  std::uint32_t additional = kNoNode;
  bool annotate_patterns = true;
  // A sibling `required` whose names are all declared properties is checked
  // here, in the one pass over the members: each found property ticks its bit.
  std::uint64_t required_all = 0;
  std::uint32_t required_names = kNoNode;  // names[...] of that `required`
  const std::string* required_kw = nullptr;
  // Collision-free table over the declared names, keyed on length, first,
  // middle and last byte: one probe and one compare per member. Empty when
  // no seed separated the names (Find then scans or hashes the whole name).
  std::vector<std::uint8_t> perfect;  // property index + 1, 0 = none
  std::uint32_t perfect_seed = 0, perfect_shift = 0;
  // Parallel to properties, then a sentinel (size UINT32_MAX, an image no
  // name matches) so the declared-order cursor never needs a bounds check.
  std::vector<FastProperty> fast;
  FastProperty fast_additional;    // node = kNoNode: no additionalProperties
  const PropertyEntry* Find(const char* s, std::size_t n) const;
};

// `required` of more than a few names (up to 64): one pass over the
// instance's members, each looked up in a hash table of the names and ticked
// off in a bit mask, instead of a scan of the members per name.
struct RequiredTable {
  std::vector<std::uint32_t> slots;  // open addressing: bit index + 1, 0 = empty
  std::vector<const Name*> by_slot;  // the name behind each slot
  std::uint32_t mask = 0;
  std::uint64_t all = 0;             // one bit per distinct name
  bool empty() const { return slots.empty(); }
  // Bit index of `s`, or -1.
  int Find(const char* s, std::size_t n) const;
};

struct DependentRequiredEntry {
  Name name;
  std::vector<Name> required;
};

struct DependentSchemaEntry {
  Name name;
  std::uint32_t node;
};

struct ItemsApplicator {
  const std::string* prefix_kw = nullptr;  // "prefixItems" or "items"
  std::vector<std::uint32_t> prefix;
  const std::string* rest_kw = nullptr;    // "items" or "additionalItems"
  std::uint32_t rest = kNoNode;
  FastProperty fast_rest;  // the silent pass's view of `rest` (name unused)
};

struct ContainsApplicator {
  std::uint32_t node = kNoNode;
  std::uint64_t min = 1;
  std::uint64_t max = UINT64_MAX;
  bool annotate = false;  // 2020-12: matched items count as evaluated
};

struct DynamicTarget {
  std::uint32_t resource;
  std::uint32_t node;
};

struct DynamicRef {
  std::uint32_t static_node = kNoNode;
  bool dynamic = false;        // false: behaves like $ref
  bool recursive = false;      // $recursiveRef: innermost run of $recursiveAnchor
  std::string anchor;          // $dynamicAnchor name
  std::vector<DynamicTarget> targets;  // per resource holding the anchor
};

struct Schema::Program {
  std::vector<Instr> instrs;
  std::vector<Node> nodes;
  std::uint32_t root = 0;
  Dialect dialect = Dialect::kDraft2020_12;
  bool uses_dynamic_scope = false;
  std::uint32_t resource_count = 0;

  std::deque<std::string> strings;  // keyword names, format names, tokens
  rapidjson::Document values;        // owns the allocator of `copies`
  std::deque<rapidjson::Value> copies;  // const/enum values (a deque: stable addresses)
  std::vector<const rapidjson::Value*> consts;
  std::vector<std::vector<const rapidjson::Value*>> enums;
  // Per enum of more than a few values: (JsonHash, index into the enum),
  // sorted, so a check hashes once instead of comparing value by value.
  std::vector<std::vector<std::pair<std::uint64_t, std::uint32_t>>> enum_hashes;
  std::vector<Decimal> decimals;  // numeric keywords' exact values
  // const/enum numbers whose text their double does not hold.
  std::unordered_map<const rapidjson::Value*, Decimal> long_numbers;
  std::vector<Regex> patterns;
  std::vector<std::vector<Name>> names;
  std::vector<RequiredTable> required_tables;  // parallel to names; empty = scan
  std::vector<std::vector<DependentRequiredEntry>> dep_required;
  std::vector<ObjectApplicator> objects;
  std::vector<std::vector<DependentSchemaEntry>> dep_schemas;
  std::vector<ItemsApplicator> items;
  std::vector<ContainsApplicator> contains;
  std::vector<std::vector<std::uint32_t>> lists;
  std::vector<DynamicRef> dynamic;
  std::vector<std::uint8_t> recursive_anchor;  // per resource: has $recursiveAnchor true

  Program() { values.SetArray(); }
};

// Compiles; nullptr + *error on failure.
std::unique_ptr<Schema::Program> CompileProgram(const rapidjson::Value& schema,
                                                const CompileOptions& options, CompileError* error);

// Runs `program` on `instance`. `result` null = IsValid mode (no strings built).
bool Evaluate(const Schema::Program& program, const rapidjson::Value& instance,
              const ValidateOptions& options, ValidationResult* result);

// JSON equality where numbers compare by value (1 == 1.0); iterative.
bool JsonEqual(const rapidjson::Value& a, const rapidjson::Value& b);
// Hash consistent with JsonEqual; iterative.
std::uint64_t JsonHash(const rapidjson::Value& v);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_PROGRAM_H_
