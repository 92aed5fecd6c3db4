// Reading the nodes of a JSON Schema (schema_nodes.h).
#include "schema_nodes.h"

#include <algorithm>

namespace stepcache::checks::internal {

const rapidjson::Value* Child(const rapidjson::Value* v, std::string_view name) {
  if (v == nullptr || !v->IsObject()) return nullptr;
  for (const auto& m : v->GetObject()) {
    if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == name) return &m.value;
  }
  return nullptr;
}

const rapidjson::Value* PropertySchema(const rapidjson::Value* schema, std::string_view key) {
  const rapidjson::Value* node = Child(Child(schema, "properties"), key);
  return node != nullptr && node->IsObject() ? node : nullptr;
}

const rapidjson::Value* LocalRef(const rapidjson::Value* root, const rapidjson::Value* node) {
  const rapidjson::Value* ref = Child(node, "$ref");
  if (ref == nullptr || !ref->IsString()) return nullptr;
  return LocalRefTarget(root, {ref->GetString(), ref->GetStringLength()});
}

const rapidjson::Value* LocalRefTarget(const rapidjson::Value* root, std::string_view r) {
  for (std::string_view section : {"$defs", "definitions"}) {
    if (r.size() <= section.size() + 3 || r.compare(0, 2, "#/") != 0 || r.compare(2, section.size(), section) != 0 ||
        r[2 + section.size()] != '/') {
      continue;
    }
    const rapidjson::Value* d = Child(Child(root, section), r.substr(section.size() + 3));
    return d != nullptr && d->IsObject() ? d : nullptr;
  }
  return nullptr;
}

namespace {

std::string_view StringMember(const rapidjson::Value* node, std::string_view name) {
  const rapidjson::Value* d = Child(node, name);
  if (d == nullptr || !d->IsString()) return {};
  return {d->GetString(), d->GetStringLength()};
}

}  // namespace

std::string_view Description(const rapidjson::Value* node) { return StringMember(node, "description"); }

std::string_view Title(const rapidjson::Value* node) { return StringMember(node, "title"); }

std::vector<std::string_view> EnumStrings(const rapidjson::Value* root, const rapidjson::Value* node) {
  std::vector<std::string_view> out;
  const rapidjson::Value* e = Child(node, "enum");
  if (e == nullptr) e = Child(LocalRef(root, node), "enum");
  if (e == nullptr || !e->IsArray()) return out;
  for (const rapidjson::Value& v : e->GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

namespace {

// How many schema nodes one walk below reads: alternatives that point at
// alternatives ("anyOf" of 20,000 "$ref"s to another such "anyOf") would
// otherwise multiply into hundreds of millions of visits. A walk that
// spends it answers yes, which stores and reuses less.
constexpr int kNodeBudget = 4096;

// Whether `holds` is true of the schema at `node`, of an anyOf/oneOf
// alternative or allOf part of it, or of its local "$ref"'s, four steps
// deep at most (and yes past kNodeBudget nodes). (An "allOf" part is read
// as an alternative: what it allows may be the value's, and reading too
// much here only stores less.)
template <typename Holds>
bool SomeNodeHolds(const rapidjson::Value* root, const rapidjson::Value* node, const Holds& holds) {
  int budget = kNodeBudget;
  auto walk = [&](const rapidjson::Value* n, int depth, const auto& self) -> bool {
    if (n == nullptr || !n->IsObject() || depth > 4) return false;
    if (--budget < 0 || holds(*n)) return true;
    for (std::string_view parts : {"anyOf", "oneOf", "allOf"}) {
      const rapidjson::Value* alts = Child(n, parts);
      if (alts == nullptr || !alts->IsArray()) continue;
      for (const rapidjson::Value& alt : alts->GetArray()) {
        if (self(&alt, depth + 1, self)) return true;
      }
    }
    return self(LocalRef(root, n), depth + 1, self);
  };
  return walk(node, 0, walk);
}

}  // namespace

bool AllowsType(const rapidjson::Value* root, const rapidjson::Value* node, std::string_view a,
                std::string_view b) {
  auto named = [&](const rapidjson::Value& t) {
    if (!t.IsString()) return false;
    const std::string_view n(t.GetString(), t.GetStringLength());
    return n == a || (!b.empty() && n == b);
  };
  return SomeNodeHolds(root, node, [&](const rapidjson::Value& n) {
    if (const rapidjson::Value* type = Child(&n, "type")) {
      if (named(*type)) return true;
      if (type->IsArray() && std::any_of(type->Begin(), type->End(), named)) return true;
    }
    const rapidjson::Value* nullable = Child(&n, "nullable");
    return nullable != nullptr && nullable->IsTrue() && (a == "null" || b == "null");
  });
}

bool Untyped(const rapidjson::Value* root, const rapidjson::Value* node) {
  for (int depth = 0; depth <= 4 && node != nullptr && node->IsObject(); ++depth) {
    for (const char* typing : {"type", "enum", "const", "anyOf", "oneOf", "allOf", "not", "if"}) {
      if (Child(node, typing) != nullptr) return false;
    }
    const rapidjson::Value* ref = LocalRef(root, node);
    if (ref == nullptr) return true;  // (nor a "$ref" read here)
    node = ref;
  }
  return false;
}

bool AllowsNull(const rapidjson::Value* root, const rapidjson::Value* node) { return AllowsType(root, node, "null"); }

bool AllowsSomeValuesOnly(const rapidjson::Value* root, const rapidjson::Value* node) {
  return SomeNodeHolds(root, node, [](const rapidjson::Value& n) {
    return Child(&n, "enum") != nullptr || Child(&n, "const") != nullptr;
  });
}

}  // namespace stepcache::checks::internal
