// Index of schema resources for `$ref` resolution: every `$id`, `$anchor`
// and `$dynamicAnchor` of the root schema and of the documents it reaches
// (the caller's Registry, then the built-in metaschemas), walked only through
// keywords that hold subschemas, so identifiers inside `const`, `enum` or
// unknown keywords are not identifiers. Used only while compiling.
#ifndef STEPCACHE_SCHEMAS_SRC_RESOLVER_H_
#define STEPCACHE_SCHEMAS_SRC_RESOLVER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/registry.h"
#include "stack_guard.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::schemas {

// Vocabularies a schema resource has switched on (2019-09 / 2020-12
// `$vocabulary`); older drafts have all of them.
enum Vocab : std::uint32_t {
  kVocabCore = 1u << 0,
  kVocabApplicator = 1u << 1,
  kVocabUnevaluated = 1u << 2,
  kVocabValidation = 1u << 3,
  kVocabMetaData = 1u << 4,
  kVocabFormatAnnotation = 1u << 5,
  kVocabFormatAssertion = 1u << 6,
  kVocabContent = 1u << 7,
  kVocabAll = 0xffu & ~kVocabFormatAssertion,
};

// Where a schema is and what is in effect there.
struct SchemaContext {
  std::string base;         // base URI after the schema's own id
  Dialect dialect = Dialect::kDraft2020_12;
  std::uint32_t vocabs = kVocabAll;
  std::string doc;          // URI of the document holding it (for errors)
  std::string pointer;      // JSON Pointer inside that document
};

struct Location {
  const rapidjson::Value* value = nullptr;
  SchemaContext ctx;
  std::string dynamic_anchor;  // its `$dynamicAnchor`, if any
};

class Resolver {
 public:
  Resolver(const Registry* registry, Dialect default_dialect, std::size_t max_depth);
  ~Resolver();

  // Indexes the root schema under `base_uri` (may be "").
  bool AddRoot(const rapidjson::Value& root, const std::string& base_uri, CompileError* error);

  // Finds the schema `uri` (absolute or root-relative, with fragment) names,
  // loading registry or built-in documents on first use. nullptr + *error
  // when nothing matches.
  const Location* Lookup(const std::string& uri, Dialect referrer, CompileError* error);

  // The indexed location of a subschema value (nullptr if never walked).
  const Location* Find(const rapidjson::Value* value) const {
    auto it = by_value_.find(value);
    return it == by_value_.end() ? nullptr : it->second.get();
  }

  // Locations carrying `"$dynamicAnchor": name`, in every indexed document.
  const std::vector<const Location*>& DynamicAnchors(const std::string& name) const;

  // The dialect and vocabularies a resource root declares with `$schema`,
  // starting from `inherited`. False + *error for an unusable metaschema.
  bool DialectOf(const rapidjson::Value& schema, SchemaContext* ctx, const std::string& pointer,
                 CompileError* error);

  // Resource-root URI (no fragment) of a location's base.
  static std::string ResourceOf(const std::string& base);

 private:
  bool IndexDocument(const rapidjson::Value& doc, const std::string& uri, Dialect dialect,
                     CompileError* error);
  bool Walk(const rapidjson::Value& v, SchemaContext ctx, std::size_t depth, CompileError* error);
  const Location* LocationFor(const rapidjson::Value* v, const Location& resource,
                              const std::string& fragment);
  bool LoadDocument(const std::string& uri, Dialect referrer, CompileError* error);

  const Registry* registry_;
  Dialect default_dialect_;
  std::size_t max_depth_;
  std::map<std::string, const Location*> resources_;  // URI without fragment → resource root
  std::map<std::string, const Location*> anchors_;    // "uri#name"
  std::unordered_map<const rapidjson::Value*, std::unique_ptr<Location>> by_value_;
  std::map<std::string, std::vector<const Location*>> dynamic_anchors_;
  std::vector<std::unique_ptr<rapidjson::Document>> owned_;  // parsed built-in documents
  std::map<std::string, bool> loaded_;                         // document URIs tried
  StackGuard stack_;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_RESOLVER_H_
