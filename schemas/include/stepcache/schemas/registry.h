// A registry of schema documents addressed by absolute URI.
//
// Remote `$ref`s resolve only against documents a caller put here: StepCache
// never does network or file I/O while compiling. The five dialect
// metaschemas are always available without being added. A Registry is
// filled once and then read; Add is not thread-safe, concurrent reads are.
#ifndef STEPCACHE_SCHEMAS_REGISTRY_H_
#define STEPCACHE_SCHEMAS_REGISTRY_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"

namespace stepcache::schemas {

class Registry {
 public:
  Registry();
  ~Registry();
  Registry(Registry&&) noexcept;
  Registry& operator=(Registry&&) noexcept;

  // Adds a deep copy of `document` under `uri` (fragment ignored), replacing
  // any previous document with that URI. A document nested deeper than
  // 10,000 levels is not stored (no usable schema is that deep, and copying
  // it would recurse that deep): the URI then has no document.
  void Add(std::string_view uri, const rapidjson::Value& document);

  // Parses `json_text` and adds it; false with *error on malformed JSON.
  bool AddText(std::string_view uri, std::string_view json_text, JsonError* error = nullptr);

  // The document stored under `uri` (fragment ignored), or nullptr.
  const rapidjson::Value* Find(std::string_view uri) const;

  std::size_t size() const;

 private:
  std::map<std::string, std::unique_ptr<rapidjson::Document>, std::less<>> documents_;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_REGISTRY_H_
