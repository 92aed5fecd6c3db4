// Resolver: walks schema documents and indexes their identifiers.
#include "resolver.h"

#include <cstring>

#include "metaschemas.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"
#include "stack_guard.h"
#include "uri.h"

namespace stepcache::schemas {
namespace {

bool IsLegacy(Dialect d) { return d == Dialect::kDraft4 || d == Dialect::kDraft6 || d == Dialect::kDraft7; }

bool IsSingleSchemaKeyword(std::string_view k) {
  static constexpr std::string_view kWords[] = {
      "additionalItems", "additionalProperties", "contains", "not", "propertyNames", "if",
      "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema", "items"};
  for (auto w : kWords)
    if (w == k) return true;
  return false;
}

bool IsArrayKeyword(std::string_view k) {
  return k == "allOf" || k == "anyOf" || k == "oneOf" || k == "items" || k == "prefixItems";
}

bool IsMapKeyword(std::string_view k) {
  return k == "properties" || k == "patternProperties" || k == "definitions" || k == "$defs" ||
         k == "dependentSchemas" || k == "dependencies";
}

bool IsSchemaValue(const rapidjson::Value& v) { return v.IsObject() || v.IsBool(); }

struct VocabName {
  std::string_view suffix;
  std::uint32_t bit;
};

constexpr VocabName kVocabNames[] = {
    {"core", kVocabCore},
    {"applicator", kVocabApplicator},
    {"unevaluated", kVocabUnevaluated},
    {"validation", kVocabValidation},
    {"meta-data", kVocabMetaData},
    {"format", kVocabFormatAnnotation},
    {"format-annotation", kVocabFormatAnnotation},
    {"format-assertion", kVocabFormatAssertion},
    {"content", kVocabContent},
};

std::uint32_t VocabFromUri(std::string_view uri) {
  for (std::string_view prefix : {std::string_view("https://json-schema.org/draft/2019-09/vocab/"),
                                  std::string_view("https://json-schema.org/draft/2020-12/vocab/")}) {
    if (uri.substr(0, prefix.size()) != prefix) continue;
    auto rest = uri.substr(prefix.size());
    for (const auto& v : kVocabNames)
      if (v.suffix == rest) return v.bit;
  }
  return 0;
}

void Fail(CompileError* error, std::string message, const std::string& doc, const std::string& pointer) {
  if (!error) return;
  error->message = std::move(message);
  error->uri = doc;
  error->pointer = pointer;
}

}  // namespace

Resolver::Resolver(const Registry* registry, Dialect default_dialect, std::size_t max_depth)
    : registry_(registry), default_dialect_(default_dialect), max_depth_(max_depth) {}

Resolver::~Resolver() = default;

std::string Resolver::ResourceOf(const std::string& base) {
  std::string_view res, frag;
  SplitFragment(base, &res, &frag);
  return std::string(res);
}

bool Resolver::DialectOf(const rapidjson::Value& schema, SchemaContext* ctx,
                         const std::string& pointer, CompileError* error) {
  auto it = schema.FindMember("$schema");
  if (it == schema.MemberEnd() || !it->value.IsString()) return true;
  std::string_view uri(it->value.GetString(), it->value.GetStringLength());
  if (auto d = DialectFromUri(uri)) {
    ctx->dialect = *d;
    ctx->vocabs = kVocabAll;
    return true;
  }
  // A custom metaschema: its own `$schema` names the dialect and its
  // `$vocabulary` the keywords in force.
  std::string_view res, frag;
  SplitFragment(uri, &res, &frag);
  std::string key(res);
  const rapidjson::Value* meta = registry_ ? registry_->Find(key) : nullptr;
  if (!meta) {
    if (LoadDocument(key, ctx->dialect, nullptr)) {
      auto r = resources_.find(key);
      if (r != resources_.end()) meta = r->second->value;
    }
  }
  if (!meta || !meta->IsObject()) {
    Fail(error, "unknown metaschema \"" + std::string(uri) + "\" in $schema", ctx->doc,
         AppendPointer(pointer, "$schema"));
    return false;
  }
  auto ms = meta->FindMember("$schema");
  if (ms != meta->MemberEnd() && ms->value.IsString()) {
    if (auto d = DialectFromUri(std::string_view(ms->value.GetString(), ms->value.GetStringLength())))
      ctx->dialect = *d;
  }
  ctx->vocabs = kVocabAll;
  auto voc = meta->FindMember("$vocabulary");
  if (voc != meta->MemberEnd() && voc->value.IsObject() && !IsLegacy(ctx->dialect)) {
    std::uint32_t bits = kVocabCore;
    for (auto m = voc->value.MemberBegin(); m != voc->value.MemberEnd(); ++m) {
      std::string_view name(m->name.GetString(), m->name.GetStringLength());
      std::uint32_t bit = VocabFromUri(name);
      if (bit == 0 && m->value.IsTrue()) {
        Fail(error, "metaschema requires unsupported vocabulary \"" + std::string(name) + "\"",
             ctx->doc, AppendPointer(pointer, "$schema"));
        return false;
      }
      bits |= bit;
    }
    ctx->vocabs = bits;
  }
  return true;
}

bool Resolver::AddRoot(const rapidjson::Value& root, const std::string& base_uri,
                       CompileError* error) {
  if (JsonDepth(root) > max_depth_) {
    Fail(error, "schema nested deeper than max_depth (" + std::to_string(max_depth_) + ")", "", "");
    return false;
  }
  SchemaContext ctx;
  ctx.base = ResolveUri("", base_uri);
  ctx.dialect = default_dialect_;
  ctx.doc = "";
  loaded_[ctx.base] = true;
  if (!Walk(root, ctx, 0, error)) return false;
  if (!resources_.count(ctx.base)) resources_[ctx.base] = by_value_[&root].get();
  return true;
}

bool Resolver::LoadDocument(const std::string& uri, Dialect referrer, CompileError* error) {
  if (loaded_.count(uri)) return resources_.count(uri) > 0;
  loaded_[uri] = true;
  const rapidjson::Value* doc = registry_ ? registry_->Find(uri) : nullptr;
  if (!doc) {
    std::size_t count = 0;
    const BuiltinDocument* builtins = BuiltinDocuments(&count);
    for (std::size_t i = 0; i < count; ++i) {
      if (uri != builtins[i].uri) continue;
      auto parsed = std::make_unique<rapidjson::Document>();
      if (!ParseJson(builtins[i].json, *parsed)) return false;
      doc = parsed.get();
      owned_.push_back(std::move(parsed));
      break;
    }
  }
  if (!doc) return false;
  if (JsonDepth(*doc) > max_depth_) {
    Fail(error, "schema nested deeper than max_depth (" + std::to_string(max_depth_) + ")", uri, "");
    return false;
  }
  SchemaContext ctx;
  ctx.base = uri;
  ctx.dialect = referrer;
  ctx.doc = uri;
  if (!Walk(*doc, ctx, 0, error)) return false;
  if (!resources_.count(uri)) resources_[uri] = by_value_[doc].get();
  return true;
}

bool Resolver::Walk(const rapidjson::Value& v, SchemaContext ctx, std::size_t depth,
                    CompileError* error) {
  if (depth > max_depth_ || stack_.Exhausted()) {
    Fail(error, "schema nested deeper than max_depth", ctx.doc, ctx.pointer);
    return false;
  }
  if (by_value_.count(&v)) return true;
  auto loc = std::make_unique<Location>();
  loc->value = &v;
  Location* self = loc.get();
  by_value_[&v] = std::move(loc);
  if (!v.IsObject()) {
    self->ctx = ctx;
    return true;
  }
  const bool doc_root = ctx.pointer.empty();
  if (doc_root && !DialectOf(v, &ctx, ctx.pointer, error)) return false;
  const bool has_ref = v.HasMember("$ref");
  const char* id_keyword = ctx.dialect == Dialect::kDraft4 ? "id" : "$id";
  auto id = v.FindMember(id_keyword);
  if (id != v.MemberEnd() && id->value.IsString() && !(IsLegacy(ctx.dialect) && has_ref)) {
    std::string resolved = ResolveUri(ctx.base, id->value.GetString());
    std::string_view res, frag;
    SplitFragment(resolved, &res, &frag);
    if (!IsLegacy(ctx.dialect) && !doc_root && !DialectOf(v, &ctx, ctx.pointer, error)) return false;
    const bool base_changes = !(id->value.GetStringLength() > 0 && id->value.GetString()[0] == '#');
    if (base_changes) {
      ctx.base = std::string(res);
      if (!resources_.count(ctx.base)) resources_[ctx.base] = self;
    }
    if (!frag.empty() && IsLegacy(ctx.dialect)) {
      std::string key = ctx.base + "#" + std::string(frag);
      if (!anchors_.count(key)) anchors_[key] = self;
    }
  }
  if (!IsLegacy(ctx.dialect)) {
    auto anchor = v.FindMember("$anchor");
    if (anchor != v.MemberEnd() && anchor->value.IsString()) {
      std::string key = ctx.base + "#" + anchor->value.GetString();
      if (!anchors_.count(key)) anchors_[key] = self;
    }
    auto dyn = v.FindMember("$dynamicAnchor");
    if (ctx.dialect == Dialect::kDraft2020_12 && dyn != v.MemberEnd() && dyn->value.IsString()) {
      std::string key = ctx.base + "#" + dyn->value.GetString();
      if (!anchors_.count(key)) anchors_[key] = self;
      self->dynamic_anchor = dyn->value.GetString();
      dynamic_anchors_[self->dynamic_anchor].push_back(self);
    }
  }
  self->ctx = ctx;
  for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
    std::string_view k(m->name.GetString(), m->name.GetStringLength());
    const rapidjson::Value& val = m->value;
    SchemaContext child = ctx;
    if (IsSingleSchemaKeyword(k) && IsSchemaValue(val)) {
      child.pointer = AppendPointer(ctx.pointer, k);
      if (!Walk(val, child, depth + 1, error)) return false;
    } else if (IsArrayKeyword(k) && val.IsArray()) {
      std::string base_ptr = AppendPointer(ctx.pointer, k);
      for (rapidjson::SizeType i = 0; i < val.Size(); ++i) {
        if (!IsSchemaValue(val[i])) continue;
        child.pointer = AppendPointer(base_ptr, i);
        if (!Walk(val[i], child, depth + 1, error)) return false;
      }
    } else if (IsMapKeyword(k) && val.IsObject()) {
      std::string base_ptr = AppendPointer(ctx.pointer, k);
      for (auto e = val.MemberBegin(); e != val.MemberEnd(); ++e) {
        if (!IsSchemaValue(e->value)) continue;
        child.pointer = AppendPointer(base_ptr, std::string_view(e->name.GetString(), e->name.GetStringLength()));
        if (!Walk(e->value, child, depth + 1, error)) return false;
      }
    }
  }
  return true;
}

const Location* Resolver::LocationFor(const rapidjson::Value* v, const Location& resource,
                                      const std::string& fragment) {
  auto it = by_value_.find(v);
  if (it != by_value_.end()) return it->second.get();
  // A pointer into territory the walk did not index (e.g. an unknown
  // keyword): it is a schema in its resource's context.
  SchemaContext ctx = resource.ctx;
  ctx.pointer = resource.ctx.pointer + fragment;
  if (!Walk(*v, ctx, 0, nullptr)) return nullptr;
  return by_value_[v].get();
}

const Location* Resolver::Lookup(const std::string& uri, Dialect referrer, CompileError* error) {
  std::string_view res_view, frag_view;
  SplitFragment(uri, &res_view, &frag_view);
  std::string res(res_view);
  if (!resources_.count(res)) LoadDocument(res, referrer, error);
  auto r = resources_.find(res);
  if (r == resources_.end()) {
    if (error && error->message.empty()) error->message = "unresolvable $ref \"" + uri + "\"";
    return nullptr;
  }
  const Location* root = r->second;
  std::string frag = PercentDecode(frag_view);
  if (frag.empty()) return root;
  if (frag[0] == '/') {
    const rapidjson::Value* target = ResolvePointer(*root->value, frag);
    if (!target) {
      if (error) error->message = "$ref \"" + uri + "\" points at nothing";
      return nullptr;
    }
    return LocationFor(target, *root, frag);
  }
  auto a = anchors_.find(res + "#" + frag);
  if (a == anchors_.end()) {
    if (error) error->message = "unknown anchor in $ref \"" + uri + "\"";
    return nullptr;
  }
  return a->second;
}

const std::vector<const Location*>& Resolver::DynamicAnchors(const std::string& name) const {
  static const std::vector<const Location*> kNone;
  auto it = dynamic_anchors_.find(name);
  return it == dynamic_anchors_.end() ? kNone : it->second;
}

}  // namespace stepcache::schemas
