// Registry: owned deep copies of schema documents keyed by absolute URI.
#include "stepcache/schemas/registry.h"

#include "uri.h"

namespace stepcache::schemas {
namespace {

constexpr std::size_t kMaxDocumentDepth = 10000;

// The key a URI is stored under: normalised (so "HTTP://Example.com/a/../b"
// and "http://example.com/b" meet) and without its fragment.
std::string Key(std::string_view uri) {
  std::string normal = ResolveUri("", uri);
  auto hash = normal.find('#');
  if (hash != std::string::npos) normal.erase(hash);
  return normal;
}

}  // namespace

Registry::Registry() = default;
Registry::~Registry() = default;
Registry::Registry(Registry&&) noexcept = default;
Registry& Registry::operator=(Registry&&) noexcept = default;

void Registry::Add(std::string_view uri, const rapidjson::Value& document) {
  // RapidJSON's deep copy recurses once per level; nothing that deep can be
  // a usable schema (Compile's max_depth is far lower), so it is not stored.
  if (JsonDepth(document) > kMaxDocumentDepth) {
    documents_.erase(Key(uri));
    return;
  }
  auto doc = std::make_unique<rapidjson::Document>();
  doc->CopyFrom(document, doc->GetAllocator());
  documents_[Key(uri)] = std::move(doc);
}

bool Registry::AddText(std::string_view uri, std::string_view json_text, JsonError* error) {
  auto doc = std::make_unique<rapidjson::Document>();
  if (!ParseJson(json_text, *doc, error)) return false;
  documents_[Key(uri)] = std::move(doc);
  return true;
}

const rapidjson::Value* Registry::Find(std::string_view uri) const {
  auto it = documents_.find(Key(uri));
  return it == documents_.end() ? nullptr : it->second.get();
}

std::size_t Registry::size() const { return documents_.size(); }

}  // namespace stepcache::schemas
