// Schema compiler: walks a schema (and whatever its `$ref`s reach) once and
// emits the flat instruction program that evaluator.cc runs. Everything an
// evaluation needs is decided here: keyword set per dialect and vocabulary,
// `$ref` targets, regexes, property lookup tables, const/enum copies.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "program.h"
#include "resolver.h"
#include "stack_guard.h"
#include "stepcache/schemas/ecma_regex.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"
#include "uri.h"

namespace stepcache::schemas {

std::uint32_t HashName(const char* s, std::size_t n) {
  std::uint32_t h = 2166136261u;
  for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
  return h ^ static_cast<std::uint32_t>(n);
}

const PropertyEntry* ObjectApplicator::Find(const char* s, std::size_t n) const {
  if (!perfect.empty()) {
    const std::uint8_t k = perfect[(PerfectKey(s, n) * perfect_seed) >> perfect_shift];
    if (k == 0) return nullptr;
    const PropertyEntry& p = properties[k - 1];
    if (p.name.text.size() != n) return nullptr;
    const char* t = p.name.text.data();
    if (n <= 16) {
      for (std::size_t i = 0; i < n; ++i)
        if (t[i] != s[i]) return nullptr;
      return &p;
    }
    return std::memcmp(t, s, n) == 0 ? &p : nullptr;
  }
  if (properties.size() <= 8) {
    // Short names compare inline (no call); most differ in the first byte.
    for (const auto& p : properties) {
      if (p.name.text.size() != n) continue;
      const char* t = p.name.text.data();
      if (n <= 16) {
        std::size_t i = 0;
        while (i < n && t[i] == s[i]) ++i;
        if (i == n) return &p;
      } else if (std::memcmp(t, s, n) == 0) {
        return &p;
      }
    }
    return nullptr;
  }
  for (std::uint32_t i = HashName(s, n) & hash_mask;; i = (i + 1) & hash_mask) {
    std::uint32_t slot = hash_table[i];
    if (slot == kNoNode) return nullptr;
    const auto& p = properties[slot];
    if (p.name.text.size() == n && std::memcmp(p.name.text.data(), s, n) == 0) return &p;
  }
}

int RequiredTable::Find(const char* s, std::size_t n) const {
  for (std::uint32_t i = HashName(s, n) & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = slots[i];
    if (slot == 0) return -1;
    const Name* name = by_slot[i];
    if (name->text.size() == n && std::memcmp(name->text.data(), s, n) == 0) return static_cast<int>(slot - 1);
  }
}

namespace {

// Looks for a multiplier that sends every declared name of `oa` to its own
// slot of a small table; leaves `perfect` empty when none does (a repeated
// name, or names alike in length and sampled bytes).
void BuildPerfectTable(ObjectApplicator* oa) {
  const std::size_t count = oa->properties.size();
  if (count == 0 || count > 64) return;
  std::vector<std::uint32_t> keys;
  for (const auto& p : oa->properties) keys.push_back(PerfectKey(p.name.text.data(), p.name.text.size()));
  std::uint32_t bits = 1;
  while ((std::size_t{1} << bits) < 2 * count) ++bits;
  for (; bits <= 8; ++bits) {
    std::vector<std::uint8_t> table(std::size_t{1} << bits);
    std::uint32_t seed = 0x9e3779b1u;
    for (int attempt = 0; attempt < 64; ++attempt, seed += 0x6a09e668u) {
      seed |= 1;
      std::fill(table.begin(), table.end(), 0);
      bool ok = true;
      for (std::size_t k = 0; k < count && ok; ++k) {
        std::uint8_t& slot = table[(keys[k] * seed) >> (32 - bits)];
        if (slot) ok = false;
        else slot = static_cast<std::uint8_t>(k + 1);
      }
      if (!ok) continue;
      oa->perfect = std::move(table);
      oa->perfect_seed = seed;
      oa->perfect_shift = 32 - bits;
      return;
    }
  }
}

RequiredTable BuildRequiredTable(const std::vector<Name>& names) {
  RequiredTable t;
  if (names.size() < 4 || names.size() > 64) return t;
  std::size_t cap = 16;
  while (cap < names.size() * 2) cap *= 2;
  t.mask = static_cast<std::uint32_t>(cap - 1);
  t.slots.assign(cap, 0);
  t.by_slot.assign(cap, nullptr);
  std::uint32_t bit = 0;
  for (const Name& name : names) {
    if (t.Find(name.text.data(), name.text.size()) >= 0) continue;  // a repeated name
    std::uint32_t h = HashName(name.text.data(), name.text.size()) & t.mask;
    while (t.slots[h] != 0) h = (h + 1) & t.mask;
    t.slots[h] = ++bit;
    t.by_slot[h] = &name;
    t.all |= std::uint64_t{1} << (bit - 1);
  }
  return t;
}

constexpr std::size_t kMaxSchemaDepth = 10000;

bool IsLegacy(Dialect d) { return d == Dialect::kDraft4 || d == Dialect::kDraft6 || d == Dialect::kDraft7; }

std::string_view View(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

Name MakeName(std::string_view text) { return Name{std::string(text), EscapePointerToken(text)}; }

class Compiler {
 public:
  Compiler(Schema::Program& program, Resolver& resolver, const CompileOptions& options,
           CompileError* error)
      : p_(program), resolver_(resolver), options_(options), error_(error) {}

  bool Run(const rapidjson::Value& root);

 private:
  using Value = rapidjson::Value;

  std::uint32_t Compile(const Location& loc, std::size_t depth);
  bool CompileKeywords(const Location& loc, std::size_t depth, std::vector<Instr>* out);
  void FuseRequired(std::vector<Instr>* out);
  std::uint32_t Child(const Value& v, const Location& parent, std::size_t depth);
  std::uint32_t RefTarget(const Location* loc);
  bool Finalize();
  bool CheckCycles();

  const std::string* Str(std::string_view s) {
    auto it = interned_.find(std::string(s));
    if (it != interned_.end()) return it->second;
    p_.strings.emplace_back(s);
    const std::string* ptr = &p_.strings.back();
    interned_[std::string(s)] = ptr;
    return ptr;
  }
  std::uint32_t ResourceId(const std::string& base) {
    std::string res = Resolver::ResourceOf(base);
    auto it = resource_ids_.find(res);
    if (it != resource_ids_.end()) return it->second;
    std::uint32_t id = static_cast<std::uint32_t>(resource_names_.size());
    resource_ids_[res] = id;
    resource_names_.push_back(res);
    return id;
  }
  bool Fail(const std::string& message, const Location& loc, std::string_view keyword) {
    if (error_ && error_->message.empty()) {
      error_->message = message;
      error_->uri = loc.ctx.doc;
      error_->pointer = keyword.empty() ? loc.ctx.pointer : AppendPointer(loc.ctx.pointer, keyword);
    }
    failed_ = true;
    return false;
  }
  bool NonNegative(const Value& v, std::uint64_t* out) {
    if (!v.IsNumber()) return false;
    double d = v.GetDouble();
    if (!(d >= 0) || std::floor(d) != d) return false;
    *out = d >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(d);
    return true;
  }
  // RE2 (linear time) for every pattern it can run; PCRE2 under a match
  // budget for the rest (look-around, back-references). A pattern that needs
  // no RE2 at match time (a literal prefix test, or SimpleRegex's DFA) is
  // only checked by the ECMA translation, not compiled by RE2: building RE2
  // was most of such a schema's compile time, cold (RE2's code and first-use
  // set-up) as well as warm. The pattern is short (kNoRe2MaxBytes), so RE2's
  // size limit, the one check the translation leaves to RE2, could not have
  // refused it; SimpleRegex's subset has no \p{..}, whose names RE2 checks.
  bool CompileRegex(std::string_view pattern, const Location& loc, std::string_view keyword,
                    std::string_view sub, Regex* out, std::string* why) {
    LiteralPrefix(pattern, out);
    bool simple_tried = false, without_re2 = false;
    if (pattern.size() <= kNoRe2MaxBytes && EcmaRegexTranslatesForRe2(pattern)) {
      if (out->mode == Regex::kSearch) {
        simple_tried = true;
        out->use_simple = out->simple.Build(pattern);
      }
      without_re2 = out->mode != Regex::kSearch || out->use_simple;
    }
    if (!without_re2 && !CompileRe2(pattern, &out->re, why)) {
      std::string backtracking_why;
      out->backtracking = BacktrackingRegex::Compile(pattern, &backtracking_why);
      if (!out->backtracking) {
        // RE2's reason when the pattern is plainly invalid; PCRE2's when RE2
        // only lacked a feature.
        if (why->find("RE2") != std::string::npos) *why = backtracking_why;
        return false;
      }
    }
    std::string pointer = AppendPointer(loc.ctx.pointer, keyword);
    if (!sub.empty()) pointer = AppendPointer(pointer, sub);
    out->location = loc.ctx.doc.empty() ? pointer : loc.ctx.doc + "#" + pointer;
    if (out->re && out->mode == Regex::kSearch && !simple_tried) out->use_simple = out->simple.Build(pattern);
    return true;
  }
  static constexpr std::size_t kNoRe2MaxBytes = 1024;
  // "^abc..." → prefix "abc"; "^abc" alone → kPrefixOnly; "^abc$" → kExact.
  static void LiteralPrefix(std::string_view pattern, Regex* out) {
    if (pattern.size() < 2 || pattern[0] != '^' || pattern.find('|') != std::string_view::npos) return;
    auto literal = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ' ' ||
             c == '@' || c == ':' || c == '/' || c == '#' || c == '=' || c == ',' || c == ';' ||
             c == '%' || c == '&' || c == '~' || c == '<' || c == '>' || c == '!' || c == '\'' ||
             c == '"';
    };
    std::size_t i = 1;
    while (i < pattern.size() && literal(pattern[i])) ++i;
    std::string prefix(pattern.substr(1, i - 1));
    std::string_view rest = pattern.substr(i);
    if (!rest.empty() && (rest[0] == '*' || rest[0] == '+' || rest[0] == '?' || rest[0] == '{')) {
      if (!prefix.empty()) prefix.pop_back();
      out->prefix = prefix;
      return;
    }
    out->prefix = prefix;
    if (rest.empty()) out->mode = Regex::kPrefixOnly;
    else if (rest == "$") out->mode = Regex::kExact;
  }
  // One RE2 compile per pattern: translation and compilation together
  // (compiling to check and again to keep doubled the cost of \p{..}).
  bool CompileRe2(std::string_view pattern, std::unique_ptr<RE2>* out, std::string* why) {
    RegexError rerr;
    *out = CompileEcmaRegex(pattern, &rerr);
    if (!*out) {
      *why = rerr.message;
      return false;
    }
    return true;
  }

  Schema::Program& p_;
  Resolver& resolver_;
  const CompileOptions& options_;

  // The exact value of a schema number: its text when ParseJson kept one.
  Decimal DecimalOf(const Value& number) const {
    Decimal d;
    if (options_.number_texts)
      if (const std::string* t = options_.number_texts->Find(&number); t && Decimal::Parse(*t, &d)) return d;
    return Decimal::FromValue(number);
  }
  void SetNumber(Instr& in, const Value& number) {
    in.d = number.GetDouble();
    in.a = static_cast<std::uint32_t>(p_.decimals.size());
    p_.decimals.push_back(DecimalOf(number));
    if (number.IsInt64()) {
      in.c = 1;
      in.u = static_cast<std::uint64_t>(number.GetInt64());
    }
  }
  void KeepLongNumber(const Value& original, const Value& copy) {
    if (original.IsNumber() && options_.number_texts && options_.number_texts->Find(&original))
      p_.long_numbers[&copy] = DecimalOf(original);
  }
  CompileError* error_;
  bool failed_ = false;
  std::unordered_map<const Value*, std::uint32_t> memo_;
  std::vector<std::pair<std::uint32_t, const Location*>> work_;
  std::vector<const Location*> node_loc_;
  std::map<std::string, std::uint32_t> resource_ids_;
  std::vector<std::string> resource_names_;
  std::map<std::string, const std::string*> interned_;
  StackGuard stack_;
};

std::uint32_t Compiler::RefTarget(const Location* loc) {
  auto it = memo_.find(loc->value);
  if (it != memo_.end()) return it->second;
  std::uint32_t id = static_cast<std::uint32_t>(p_.nodes.size());
  p_.nodes.emplace_back();
  node_loc_.push_back(loc);
  memo_[loc->value] = id;
  work_.emplace_back(id, loc);
  return id;
}

std::uint32_t Compiler::Child(const Value& v, const Location& parent, std::size_t depth) {
  const Location* loc = resolver_.Find(&v);
  if (!loc) {
    Fail("subschema was not indexed", parent, "");
    return kNoNode;
  }
  auto it = memo_.find(&v);
  if (it != memo_.end()) return it->second;
  return Compile(*loc, depth + 1);
}

std::uint32_t Compiler::Compile(const Location& loc, std::size_t depth) {
  if (stack_.Exhausted()) {
    Fail("schema nested too deeply for the thread's stack", loc, "");
    return kNoNode;
  }
  if (depth > options_.max_depth) {
    Fail("schema nested deeper than max_depth (" + std::to_string(options_.max_depth) + ")", loc, "");
    return kNoNode;
  }
  std::uint32_t id;
  auto it = memo_.find(loc.value);
  if (it != memo_.end()) {
    id = it->second;
  } else {
    id = static_cast<std::uint32_t>(p_.nodes.size());
    p_.nodes.emplace_back();
    node_loc_.push_back(&loc);
    memo_[loc.value] = id;
  }
  std::vector<Instr> instrs;
  if (!CompileKeywords(loc, depth, &instrs)) return kNoNode;
  Node& node = p_.nodes[id];
  node.begin = static_cast<std::uint32_t>(p_.instrs.size());
  for (const auto& in : instrs) {
    if (in.op == Op::kUnevaluatedItems || in.op == Op::kUnevaluatedProperties) node.unevaluated = true;
    p_.instrs.push_back(in);
  }
  node.end = static_cast<std::uint32_t>(p_.instrs.size());
  node.resource = ResourceId(loc.ctx.base);
  return id;
}

bool Compiler::CompileKeywords(const Location& loc, std::size_t depth, std::vector<Instr>* out) {
  const Value& v = *loc.value;
  const Dialect d = loc.ctx.dialect;
  const bool legacy = IsLegacy(d);
  const std::uint32_t vocabs = loc.ctx.vocabs;
  auto emit = [&](Op op, std::string_view kw) -> Instr& {
    out->push_back(Instr{op, Str(kw)});
    return out->back();
  };
  if (v.IsBool()) {
    if (!v.GetBool()) emit(Op::kFalse, "");
    return true;
  }
  if (!v.IsObject()) return Fail("a schema must be an object or a boolean", loc, "");

  auto child = [&](const Value& s) { return Child(s, loc, depth); };
  auto find = [&](const char* kw) -> const Value* {
    auto m = v.FindMember(kw);
    return m == v.MemberEnd() ? nullptr : &m->value;
  };
  auto ref_node = [&](const char* kw, const Value& ref, const Location** target) -> std::uint32_t {
    if (!ref.IsString()) {
      Fail(std::string(kw) + " must be a string", loc, kw);
      return kNoNode;
    }
    std::string uri = ResolveUri(loc.ctx.base, View(ref));
    CompileError err;
    const Location* t = resolver_.Lookup(uri, d, &err);
    if (!t) {
      if (!err.uri.empty() || !err.pointer.empty()) {
        if (error_ && error_->message.empty()) *error_ = err;
        failed_ = true;
      } else {
        Fail(err.message.empty() ? "unresolvable " + std::string(kw) + " \"" + uri + "\"" : err.message,
             loc, kw);
      }
      return kNoNode;
    }
    if (target) *target = t;
    return RefTarget(t);
  };

  const bool applicator = vocabs & kVocabApplicator;
  const bool validation = vocabs & kVocabValidation;

  // $ref: in drafts 4-7 it replaces every sibling keyword.
  if (const Value* ref = find("$ref")) {
    std::uint32_t target = ref_node("$ref", *ref, nullptr);
    if (target == kNoNode) return false;
    emit(Op::kRef, "$ref").a = target;
    if (legacy) return true;
  }
  if (d == Dialect::kDraft2020_12) {
    if (const Value* ref = find("$dynamicRef")) {
      const Location* t = nullptr;
      std::uint32_t target = ref_node("$dynamicRef", *ref, &t);
      if (target == kNoNode) return false;
      DynamicRef dr;
      dr.static_node = target;
      std::string_view res, frag;
      SplitFragment(View(*ref), &res, &frag);
      if (!frag.empty() && frag[0] != '/' && t->dynamic_anchor == frag) {
        dr.dynamic = true;
        dr.anchor = std::string(frag);
        p_.uses_dynamic_scope = true;
      }
      p_.dynamic.push_back(std::move(dr));
      emit(Op::kDynamicRef, "$dynamicRef").a = static_cast<std::uint32_t>(p_.dynamic.size() - 1);
    }
  }
  if (d == Dialect::kDraft2019_09) {
    if (const Value* ref = find("$recursiveRef")) {
      const Location* t = nullptr;
      std::uint32_t target = ref_node("$recursiveRef", *ref, &t);
      if (target == kNoNode) return false;
      DynamicRef dr;
      dr.static_node = target;
      auto ra = t->value->IsObject() ? t->value->FindMember("$recursiveAnchor") : rapidjson::Value::ConstMemberIterator();
      if (t->value->IsObject() && ra != t->value->MemberEnd() && ra->value.IsTrue()) {
        dr.dynamic = true;
        dr.recursive = true;
        p_.uses_dynamic_scope = true;
      }
      p_.dynamic.push_back(std::move(dr));
      emit(Op::kDynamicRef, "$recursiveRef").a = static_cast<std::uint32_t>(p_.dynamic.size() - 1);
    }
  }

  if (validation) {
    if (const Value* t = find("type")) {
      auto bit = [](std::string_view n) -> std::uint8_t {
        if (n == "null") return kTypeNull;
        if (n == "boolean") return kTypeBoolean;
        if (n == "object") return kTypeObject;
        if (n == "array") return kTypeArray;
        if (n == "number") return kTypeNumber | kTypeInteger;
        if (n == "string") return kTypeString;
        if (n == "integer") return kTypeInteger;
        return 0;
      };
      std::uint8_t mask = 0;
      if (t->IsString()) {
        mask = bit(View(*t));
        if (!mask) return Fail("unknown type \"" + std::string(View(*t)) + "\"", loc, "type");
      } else if (t->IsArray()) {
        for (const auto& e : t->GetArray()) {
          std::uint8_t b = e.IsString() ? bit(View(e)) : 0;
          if (!b) return Fail("\"type\" entries must be type names", loc, "type");
          mask |= b;
        }
      } else {
        return Fail("\"type\" must be a string or an array", loc, "type");
      }
      Instr& in = emit(Op::kType, "type");
      in.u = mask;
      // Draft 4 tells 1.0 from 1 (an integer needs an integer literal);
      // RapidJSON keeps literals beyond 64 bits as doubles, which stay integers.
      in.a = d == Dialect::kDraft4 ? 1 : 0;
    }
    if (const Value* e = find("enum")) {
      if (!e->IsArray()) return Fail("\"enum\" must be an array", loc, "enum");
      std::vector<const Value*> values;
      for (const auto& x : e->GetArray()) {
        values.push_back(&p_.copies.emplace_back(x, p_.values.GetAllocator()));
        KeepLongNumber(x, *values.back());
      }
      std::vector<std::pair<std::uint64_t, std::uint32_t>> hashes;
      if (values.size() > 4) {
        for (std::uint32_t k = 0; k < values.size(); ++k) hashes.emplace_back(JsonHash(*values[k]), k);
        std::sort(hashes.begin(), hashes.end());
      }
      p_.enums.push_back(std::move(values));
      p_.enum_hashes.push_back(std::move(hashes));
      emit(Op::kEnum, "enum").a = static_cast<std::uint32_t>(p_.enums.size() - 1);
    }
    if (const Value* c = find("const"); c && d != Dialect::kDraft4) {
      p_.consts.push_back(&p_.copies.emplace_back(*c, p_.values.GetAllocator()));
      KeepLongNumber(*c, *p_.consts.back());
      emit(Op::kConst, "const").a = static_cast<std::uint32_t>(p_.consts.size() - 1);
    }
    if (const Value* m = find("multipleOf")) {
      if (!m->IsNumber() || !(m->GetDouble() > 0)) return Fail("\"multipleOf\" must be a number > 0", loc, "multipleOf");
      SetNumber(emit(Op::kMultipleOf, "multipleOf"), *m);
    }
    auto bound = [&](const char* kw, Op op, Op exclusive_op, const char* draft4_flag) -> bool {
      const Value* m = find(kw);
      if (!m) return true;
      if (!m->IsNumber()) return Fail(std::string("\"") + kw + "\" must be a number", loc, kw);
      bool exclusive = false;
      if (d == Dialect::kDraft4) {
        const Value* f = find(draft4_flag);
        exclusive = f && f->IsTrue();
      }
      SetNumber(emit(exclusive ? exclusive_op : op, exclusive ? draft4_flag : kw), *m);
      return true;
    };
    if (!bound("maximum", Op::kMaximum, Op::kExclusiveMaximum, "exclusiveMaximum")) return false;
    if (!bound("minimum", Op::kMinimum, Op::kExclusiveMinimum, "exclusiveMinimum")) return false;
    if (d != Dialect::kDraft4) {
      if (const Value* m = find("exclusiveMaximum")) {
        if (!m->IsNumber()) return Fail("\"exclusiveMaximum\" must be a number", loc, "exclusiveMaximum");
        SetNumber(emit(Op::kExclusiveMaximum, "exclusiveMaximum"), *m);
      }
      if (const Value* m = find("exclusiveMinimum")) {
        if (!m->IsNumber()) return Fail("\"exclusiveMinimum\" must be a number", loc, "exclusiveMinimum");
        SetNumber(emit(Op::kExclusiveMinimum, "exclusiveMinimum"), *m);
      }
    }
    struct Count {
      const char* kw;
      Op op;
    };
    for (Count c : {Count{"maxLength", Op::kMaxLength}, Count{"minLength", Op::kMinLength},
                    Count{"maxItems", Op::kMaxItems}, Count{"minItems", Op::kMinItems},
                    Count{"maxProperties", Op::kMaxProperties},
                    Count{"minProperties", Op::kMinProperties}}) {
      const Value* m = find(c.kw);
      if (!m) continue;
      std::uint64_t n;
      if (!NonNegative(*m, &n)) return Fail(std::string("\"") + c.kw + "\" must be a non-negative integer", loc, c.kw);
      emit(c.op, c.kw).u = n;
    }
    if (const Value* pat = find("pattern")) {
      if (!pat->IsString()) return Fail("\"pattern\" must be a string", loc, "pattern");
      Regex re;
      std::string why;
      if (!CompileRegex(View(*pat), loc, "pattern", "", &re, &why))
        return Fail("invalid pattern: " + why, loc, "pattern");
      p_.patterns.push_back(std::move(re));
      emit(Op::kPattern, "pattern").a = static_cast<std::uint32_t>(p_.patterns.size() - 1);
    }
    if (const Value* u = find("uniqueItems"); u && u->IsTrue()) emit(Op::kUniqueItems, "uniqueItems");
    if (const Value* r = find("required")) {
      if (!r->IsArray()) return Fail("\"required\" must be an array", loc, "required");
      std::vector<Name> names;
      for (const auto& e : r->GetArray()) {
        if (!e.IsString()) return Fail("\"required\" entries must be strings", loc, "required");
        names.push_back(MakeName(View(e)));
      }
      if (!names.empty()) {
        p_.names.push_back(std::move(names));
        // Built once `names` has its final address (the table points into it).
        p_.required_tables.push_back(BuildRequiredTable(p_.names.back()));
        emit(Op::kRequired, "required").a = static_cast<std::uint32_t>(p_.names.size() - 1);
      }
    }
    if (const Value* dr = find("dependentRequired"); dr && !legacy) {
      if (!dr->IsObject()) return Fail("\"dependentRequired\" must be an object", loc, "dependentRequired");
      std::vector<DependentRequiredEntry> entries;
      for (auto m = dr->MemberBegin(); m != dr->MemberEnd(); ++m) {
        if (!m->value.IsArray()) return Fail("\"dependentRequired\" values must be arrays", loc, "dependentRequired");
        DependentRequiredEntry e{MakeName(View(m->name)), {}};
        for (const auto& x : m->value.GetArray()) {
          if (!x.IsString()) return Fail("\"dependentRequired\" entries must be strings", loc, "dependentRequired");
          e.required.push_back(MakeName(View(x)));
        }
        entries.push_back(std::move(e));
      }
      p_.dep_required.push_back(std::move(entries));
      emit(Op::kDependentRequired, "dependentRequired").a = static_cast<std::uint32_t>(p_.dep_required.size() - 1);
    }
  }

  if (d == Dialect::kDraft7) {
    // Draft 7 lets contentEncoding/contentMediaType assert; later drafts made
    // them annotations only.
    const Value* enc = find("contentEncoding");
    const Value* media = find("contentMediaType");
    bool base64 = enc && enc->IsString() && View(*enc) == "base64";
    bool json = media && media->IsString() && View(*media) == "application/json";
    if (base64 || json) {
      Instr& in = emit(Op::kContent, json ? "contentMediaType" : "contentEncoding");
      in.a = base64 ? 1 : 0;
      in.u = json ? 1 : 0;
    }
  }
  const bool format_on = options_.format_assertion || (vocabs & kVocabFormatAssertion);
  if (const Value* f = find("format"); f && f->IsString() && format_on &&
                                       (vocabs & (kVocabFormatAnnotation | kVocabFormatAssertion))) {
    emit(Op::kFormat, "format").text = Str(View(*f));
  }

  if (applicator) {
    for (const char* kw : {"allOf", "anyOf", "oneOf"}) {
      const Value* list = find(kw);
      if (!list) continue;
      if (!list->IsArray() || list->Empty()) return Fail(std::string("\"") + kw + "\" must be a non-empty array", loc, kw);
      std::vector<std::uint32_t> nodes;
      for (const auto& s : list->GetArray()) {
        std::uint32_t n = child(s);
        if (n == kNoNode) return false;
        nodes.push_back(n);
      }
      p_.lists.push_back(std::move(nodes));
      Op op = kw[1] == 'l' ? Op::kAllOf : kw[0] == 'a' ? Op::kAnyOf : Op::kOneOf;
      emit(op, kw).a = static_cast<std::uint32_t>(p_.lists.size() - 1);
    }
    if (const Value* n = find("not")) {
      std::uint32_t c = child(*n);
      if (c == kNoNode) return false;
      emit(Op::kNot, "not").a = c;
    }
    if (const Value* i = find("if"); i && d != Dialect::kDraft4 && d != Dialect::kDraft6) {
      Instr in{Op::kIf, Str("if")};
      if ((in.a = child(*i)) == kNoNode) return false;
      if (const Value* t = find("then"))
        if ((in.b = child(*t)) == kNoNode) return false;
      if (const Value* e = find("else"))
        if ((in.c = child(*e)) == kNoNode) return false;
      out->push_back(in);
    }
    // properties + patternProperties + additionalProperties: one pass over members.
    const Value* props = find("properties");
    const Value* pats = find("patternProperties");
    const Value* addl = find("additionalProperties");
    if (props || pats || addl) {
      ObjectApplicator oa;
      oa.properties_kw = Str("properties");
      oa.patterns_kw = Str("patternProperties");
      oa.additional_kw = Str("additionalProperties");
      if (props) {
        if (!props->IsObject()) return Fail("\"properties\" must be an object", loc, "properties");
        // A name declared twice (JSON text may repeat a key) is the first
        // declaration, for every pass: the reporting pass's Find, the silent
        // pass's next-declared cursor and the streaming validator. The later
        // one is still compiled, so an invalid subschema there is reported.
        std::unordered_set<std::string_view> declared;
        for (auto m = props->MemberBegin(); m != props->MemberEnd(); ++m) {
          std::uint32_t c = child(m->value);
          if (c == kNoNode) return false;
          if (!declared.insert(View(m->name)).second) continue;
          oa.properties.push_back(PropertyEntry{MakeName(View(m->name)), c});
        }
        std::size_t cap = 16;
        while (cap < oa.properties.size() * 2) cap *= 2;
        oa.hash_mask = static_cast<std::uint32_t>(cap - 1);
        oa.hash_table.assign(cap, kNoNode);
        for (std::uint32_t k = 0; k < oa.properties.size(); ++k) {
          const auto& t = oa.properties[k].name.text;
          std::uint32_t h = HashName(t.data(), t.size()) & oa.hash_mask;
          while (oa.hash_table[h] != kNoNode) h = (h + 1) & oa.hash_mask;
          oa.hash_table[h] = k;
        }
        BuildPerfectTable(&oa);
      }
      if (pats) {
        if (!pats->IsObject()) return Fail("\"patternProperties\" must be an object", loc, "patternProperties");
        for (auto m = pats->MemberBegin(); m != pats->MemberEnd(); ++m) {
          PatternEntry pe;
          std::string why;
          if (!CompileRegex(View(m->name), loc, "patternProperties", View(m->name), &pe.re, &why)) {
            Fail("invalid pattern: " + why, loc, "patternProperties");
            if (error_) error_->pointer = AppendPointer(error_->pointer, View(m->name));
            return false;
          }
          pe.token = EscapePointerToken(View(m->name));
          if ((pe.node = child(m->value)) == kNoNode) return false;
          oa.patterns.push_back(std::move(pe));
        }
      }
      if (addl && (oa.additional = child(*addl)) == kNoNode) return false;
      p_.objects.push_back(std::move(oa));
      emit(Op::kObject, "properties").a = static_cast<std::uint32_t>(p_.objects.size() - 1);
    }
    if (const Value* pn = find("propertyNames"); pn && d != Dialect::kDraft4) {
      std::uint32_t c = child(*pn);
      if (c == kNoNode) return false;
      emit(Op::kPropertyNames, "propertyNames").a = c;
    }
    auto dep_schemas = [&](const Value& obj, const char* kw, bool allow_arrays) -> bool {
      std::vector<DependentSchemaEntry> schemas;
      std::vector<DependentRequiredEntry> required;
      for (auto m = obj.MemberBegin(); m != obj.MemberEnd(); ++m) {
        if (allow_arrays && m->value.IsArray()) {
          DependentRequiredEntry e{MakeName(View(m->name)), {}};
          for (const auto& x : m->value.GetArray()) {
            if (!x.IsString()) return Fail("dependency entries must be strings", loc, kw);
            e.required.push_back(MakeName(View(x)));
          }
          required.push_back(std::move(e));
          continue;
        }
        std::uint32_t c = child(m->value);
        if (c == kNoNode) return false;
        schemas.push_back(DependentSchemaEntry{MakeName(View(m->name)), c});
      }
      if (!schemas.empty()) {
        p_.dep_schemas.push_back(std::move(schemas));
        emit(Op::kDependentSchemas, kw).a = static_cast<std::uint32_t>(p_.dep_schemas.size() - 1);
      }
      if (!required.empty()) {
        p_.dep_required.push_back(std::move(required));
        emit(Op::kDependentRequired, kw).a = static_cast<std::uint32_t>(p_.dep_required.size() - 1);
      }
      return true;
    };
    if (const Value* ds = find("dependentSchemas"); ds && !legacy) {
      if (!ds->IsObject()) return Fail("\"dependentSchemas\" must be an object", loc, "dependentSchemas");
      if (!dep_schemas(*ds, "dependentSchemas", false)) return false;
    }
    // 2019-09 split `dependencies`; still honoured there for compatibility.
    if (const Value* ds = find("dependencies")) {
      if (!ds->IsObject()) return Fail("\"dependencies\" must be an object", loc, "dependencies");
      if (!dep_schemas(*ds, "dependencies", true)) return false;
    }
    // Array applicators.
    ItemsApplicator ia;
    const Value* items = find("items");
    if (d == Dialect::kDraft2020_12) {
      if (const Value* pi = find("prefixItems")) {
        if (!pi->IsArray()) return Fail("\"prefixItems\" must be an array", loc, "prefixItems");
        ia.prefix_kw = Str("prefixItems");
        for (const auto& s : pi->GetArray()) {
          std::uint32_t c = child(s);
          if (c == kNoNode) return false;
          ia.prefix.push_back(c);
        }
      }
      if (items && !items->IsArray()) {
        ia.rest_kw = Str("items");
        if ((ia.rest = child(*items)) == kNoNode) return false;
      }
    } else if (items) {
      if (items->IsArray()) {
        ia.prefix_kw = Str("items");
        for (const auto& s : items->GetArray()) {
          std::uint32_t c = child(s);
          if (c == kNoNode) return false;
          ia.prefix.push_back(c);
        }
        if (const Value* ai = find("additionalItems")) {
          ia.rest_kw = Str("additionalItems");
          if ((ia.rest = child(*ai)) == kNoNode) return false;
        }
      } else {
        ia.rest_kw = Str("items");
        if ((ia.rest = child(*items)) == kNoNode) return false;
      }
    }
    if (ia.prefix_kw || ia.rest_kw) {
      p_.items.push_back(std::move(ia));
      emit(Op::kItems, p_.items.back().prefix_kw ? *p_.items.back().prefix_kw : "items").a =
          static_cast<std::uint32_t>(p_.items.size() - 1);
    }
    if (const Value* c = find("contains"); c && d != Dialect::kDraft4) {
      ContainsApplicator ca;
      if ((ca.node = child(*c)) == kNoNode) return false;
      ca.annotate = d == Dialect::kDraft2020_12;
      if (!legacy && validation) {
        if (const Value* m = find("minContains"))
          if (!NonNegative(*m, &ca.min)) return Fail("\"minContains\" must be a non-negative integer", loc, "minContains");
        if (const Value* m = find("maxContains"))
          if (!NonNegative(*m, &ca.max)) return Fail("\"maxContains\" must be a non-negative integer", loc, "maxContains");
      }
      p_.contains.push_back(ca);
      emit(Op::kContains, "contains").a = static_cast<std::uint32_t>(p_.contains.size() - 1);
    }
  }
  const bool unevaluated = d == Dialect::kDraft2020_12 ? (vocabs & kVocabUnevaluated) != 0
                                                       : (d == Dialect::kDraft2019_09 && applicator);
  if (unevaluated) {
    if (const Value* ui = find("unevaluatedItems")) {
      std::uint32_t c = child(*ui);
      if (c == kNoNode) return false;
      emit(Op::kUnevaluatedItems, "unevaluatedItems").a = c;
    }
    if (const Value* up = find("unevaluatedProperties")) {
      std::uint32_t c = child(*up);
      if (c == kNoNode) return false;
      emit(Op::kUnevaluatedProperties, "unevaluatedProperties").a = c;
    }
  }
  if (!failed_) FuseRequired(out);
  return !failed_;
}

void Compiler::FuseRequired(std::vector<Instr>* out) {
  Instr* req = nullptr;
  Instr* obj = nullptr;
  for (Instr& in : *out) {
    if (in.op == Op::kRequired) req = &in;
    if (in.op == Op::kObject) obj = &in;
  }
  if (!req || !obj) return;
  ObjectApplicator& oa = p_.objects[obj->a];
  const std::vector<Name>& names = p_.names[req->a];
  std::vector<PropertyEntry*> targets;
  for (const Name& name : names) {
    PropertyEntry* found = nullptr;
    for (PropertyEntry& pe : oa.properties)
      if (pe.name.text == name.text) found = &pe;
    if (!found) return;  // a required name no property declares: keep the scan
    targets.push_back(found);
  }
  std::uint32_t bits = 0;
  for (PropertyEntry* pe : targets) {
    if (pe->required_bit) continue;
    if (bits == 64) {
      for (PropertyEntry& p : oa.properties) p.required_bit = 0;
      oa.required_all = 0;
      return;
    }
    pe->required_bit = std::uint64_t{1} << bits++;
    oa.required_all |= pe->required_bit;
  }
  oa.required_names = req->a;
  oa.required_kw = req->keyword;
  req->c = 1;  // checked by the kObject instruction
}

bool Compiler::Finalize() {
  // Dynamic targets can pull in new documents and nodes, which can bring new
  // dynamic anchors: iterate to a fixed point.
  for (;;) {
    while (!work_.empty()) {
      auto [id, loc] = work_.back();
      work_.pop_back();
      std::uint32_t got = Compile(*loc, 0);
      if (got == kNoNode) return false;
      (void)id;
    }
    std::size_t before = p_.nodes.size();
    for (std::size_t i = 0; i < p_.dynamic.size(); ++i) {
      if (!p_.dynamic[i].dynamic || p_.dynamic[i].recursive) continue;
      std::vector<DynamicTarget> targets;
      for (const Location* loc : resolver_.DynamicAnchors(p_.dynamic[i].anchor)) {
        std::uint32_t node = RefTarget(loc);
        targets.push_back(DynamicTarget{ResourceId(loc->ctx.base), node});
      }
      p_.dynamic[i].targets = std::move(targets);
    }
    if (p_.uses_dynamic_scope) {
      for (std::size_t r = 0; r < resource_names_.size(); ++r) {
        CompileError ignored;
        const Location* root = resolver_.Lookup(resource_names_[r], p_.dialect, &ignored);
        if (!root || !root->value->IsObject()) continue;
        auto ra = root->value->FindMember("$recursiveAnchor");
        if (ra == root->value->MemberEnd() || !ra->value.IsTrue()) continue;
        std::uint32_t node = RefTarget(root);
        for (auto& dr : p_.dynamic) {
          if (!dr.recursive) continue;
          bool seen = false;
          for (const auto& t : dr.targets) seen |= t.resource == r;
          if (!seen) dr.targets.push_back(DynamicTarget{static_cast<std::uint32_t>(r), node});
        }
      }
    }
    if (work_.empty() && p_.nodes.size() == before) break;
  }
  p_.resource_count = static_cast<std::uint32_t>(resource_names_.size());
  return true;
}

bool Compiler::CheckCycles() {
  // In-place edges (same instance): a cycle there can never terminate.
  const std::size_t n = p_.nodes.size();
  std::vector<std::uint8_t> color(n, 0);
  std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> stack;
  auto edges = [&](std::uint32_t node) {
    std::vector<std::uint32_t> e;
    for (std::uint32_t i = p_.nodes[node].begin; i < p_.nodes[node].end; ++i) {
      const Instr& in = p_.instrs[i];
      switch (in.op) {
        case Op::kRef: e.push_back(in.a); break;
        case Op::kNot: e.push_back(in.a); break;
        case Op::kIf:
          for (auto x : {in.a, in.b, in.c})
            if (x != kNoNode) e.push_back(x);
          break;
        case Op::kAllOf: case Op::kAnyOf: case Op::kOneOf:
          for (auto x : p_.lists[in.a]) e.push_back(x);
          break;
        case Op::kDependentSchemas:
          for (const auto& x : p_.dep_schemas[in.a]) e.push_back(x.node);
          break;
        case Op::kDynamicRef:
          if (!p_.dynamic[in.a].dynamic) e.push_back(p_.dynamic[in.a].static_node);
          break;
        default: break;
      }
    }
    return e;
  };
  for (std::uint32_t start = 0; start < n; ++start) {
    if (color[start]) continue;
    color[start] = 1;
    stack.emplace_back(start, edges(start));
    while (!stack.empty()) {
      auto& top = stack.back();
      if (top.second.empty()) {
        color[top.first] = 2;
        stack.pop_back();
        continue;
      }
      std::uint32_t next = top.second.back();
      top.second.pop_back();
      if (color[next] == 1) {
        return Fail("$ref cycle that never reaches into the instance", *node_loc_[next], "");
      }
      if (color[next] == 0) {
        color[next] = 1;
        stack.emplace_back(next, edges(next));
      }
    }
  }
  return true;
}

// How the silent pass checks a value against node `n` (FastProperty::Kind),
// from what the compiler knows about the node.
void SetFastKind(const Schema::Program& p, const Node& n, FastProperty* fp) {
  if (n.begin == n.end) {
    fp->kind = FastProperty::kAny;
    fp->accept = 0xff;
  } else if (n.type_only) {
    fp->kind = FastProperty::kTypes;
    fp->types = n.type_only;
    const std::uint8_t t = n.type_only;
    std::uint8_t accept = 0;
    if (t & kTypeNull) accept |= 1u << rapidjson::kNullType;
    if (t & kTypeBoolean) accept |= 1u << rapidjson::kFalseType | 1u << rapidjson::kTrueType;
    if (t & kTypeObject) accept |= 1u << rapidjson::kObjectType;
    if (t & kTypeArray) accept |= 1u << rapidjson::kArrayType;
    if (t & kTypeString) accept |= 1u << rapidjson::kStringType;
    if (t & kTypeNumber) accept |= 1u << rapidjson::kNumberType;
    fp->accept = accept;
    if ((t & kTypeInteger) && !(t & kTypeNumber)) {
      // `integer`: 64-bit integers pass as numbers inside an unbounded
      // kNumber range; doubles (2.0 is an integer) and integers beyond
      // int64 go the long way (no `check`: the type alone).
      fp->kind = FastProperty::kNumber;
      fp->int_bound = true;
      fp->int_lo = std::numeric_limits<std::int64_t>::min();
      fp->int_hi = std::numeric_limits<std::int64_t>::max();
      fp->number_types = false;
    }
  } else if (fp->check) {
    fp->kind = FastProperty::kCheck;
    fp->types = fp->check_types;
    const Instr& in = *fp->check;
    const bool bound = in.op >= Op::kMaximum && in.op <= Op::kExclusiveMinimum;
    const std::uint8_t numeric = kTypeNumber | kTypeInteger;
    if (bound && (fp->types == 0 || (fp->types & numeric))) {
      // Inside these ranges a number is strictly on the passing side of the
      // bound (no tie for decimals to settle) and passes `types`.
      fp->kind = FastProperty::kNumber;
      fp->number_types = fp->types == 0 || (fp->types & kTypeNumber);
      const bool lower = in.op == Op::kMinimum || in.op == Op::kExclusiveMinimum;
      constexpr double kInf = std::numeric_limits<double>::infinity();
      fp->lo = lower ? in.d : -kInf;
      fp->hi = lower ? kInf : in.d;
      if (in.c == 1) {  // the bound is the 64-bit integer in u
        const std::int64_t b = static_cast<std::int64_t>(in.u);
        constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
        constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
        fp->int_bound = true;
        switch (in.op) {
          case Op::kMinimum: fp->int_lo = b; fp->int_hi = kMax; break;
          case Op::kMaximum: fp->int_lo = kMin; fp->int_hi = b; break;
          case Op::kExclusiveMinimum:  // nothing above the largest: empty range
            fp->int_lo = b == kMax ? kMax : b + 1;
            fp->int_hi = b == kMax ? kMax - 1 : kMax;
            break;
          default:  // kExclusiveMaximum
            fp->int_lo = b == kMin ? kMin + 1 : kMin;
            fp->int_hi = b == kMin ? kMin : b - 1;
            break;
        }
      }
    }
  } else if (n.leaf) {
    fp->kind = FastProperty::kLeaf;
  } else if (n.shape == Node::kShapeRecord || n.shape == Node::kShapeArray) {
    fp->kind = n.shape == Node::kShapeRecord ? FastProperty::kRecord : FastProperty::kArray;
    fp->types = n.shape_types;
    fp->direct_record = n.shape == Node::kShapeRecord && (!n.shape_types || (n.shape_types & kTypeObject));
    fp->index = n.shape_index;
    fp->min_items = n.min_items;
    fp->max_items = n.max_items;
  } else {
    fp->kind = FastProperty::kNode;
  }
  (void)p;
}

// FastProperty::image of `name`: the bytes of a name value RapidJSON builds
// for it (a copy, as a parser makes), when RapidJSON keeps it inline.
void SetNameImage(const std::string& name, FastProperty* fp) {
  if constexpr (kInlineNameImages) {
    if (name.size() > 13) return;
    rapidjson::MemoryPoolAllocator<> allocator;
    const rapidjson::Value v(name.data(), static_cast<rapidjson::SizeType>(name.size()), allocator);
    if (v.GetString() != reinterpret_cast<const char*>(&v) || v.GetStringLength() != name.size()) return;
    unsigned char bytes[16], mask[16] = {};
    std::memcpy(bytes, &v, 16);
    if (bytes[13] != 13 - name.size()) return;
    for (std::size_t i = 0; i < name.size(); ++i) mask[i] = 0xff;
    mask[13] = mask[14] = mask[15] = 0xff;
    for (int i = 0; i < 16; ++i) bytes[i] &= mask[i];
    std::memcpy(fp->image, bytes, 16);
    std::memcpy(fp->image_mask, mask, 16);
  }
}

bool Compiler::Run(const rapidjson::Value& root) {
  if (!resolver_.AddRoot(root, options_.base_uri, error_)) return false;
  const Location* loc = resolver_.Find(&root);
  if (!loc) return false;
  p_.dialect = loc->ctx.dialect;
  p_.root = RefTarget(loc);
  if (!Finalize()) return false;
  return CheckCycles();
}

}  // namespace

std::unique_ptr<Schema::Program> CompileProgram(const rapidjson::Value& schema,
                                                const CompileOptions& options,
                                                CompileError* error) {
  CompileError local;
  CompileError* err = error ? error : &local;
  *err = CompileError{};
  auto program = std::make_unique<Schema::Program>();
  // Schema nesting is capped whatever the caller asks: the walks below keep
  // a pointer per level, so absurd depths would cost quadratic time.
  CompileOptions capped = options;
  capped.max_depth = std::min<std::size_t>(options.max_depth, kMaxSchemaDepth);
  Resolver resolver(capped.registry, capped.default_dialect, capped.max_depth);
  Compiler compiler(*program, resolver, capped, err);
  if (!compiler.Run(schema)) {
    if (err->message.empty()) err->message = "invalid schema";
    return nullptr;
  }
  if (!program->uses_dynamic_scope) {
    for (Node& n : program->nodes)
      if (n.end == n.begin + 1 && program->instrs[n.begin].op == Op::kRef) n.forward = program->instrs[n.begin].a;
  }
  // Chains of `$ref`-only nodes lead straight to their end (no cycles: checked).
  for (Node& n : program->nodes)
    while (n.forward != kNoNode && program->nodes[n.forward].forward != kNoNode)
      n.forward = program->nodes[n.forward].forward;
  for (Node& n : program->nodes) {
    n.leaf = !n.unevaluated;
    for (std::uint32_t i = n.begin; i < n.end && n.leaf; ++i) {
      switch (program->instrs[i].op) {
        case Op::kObject: case Op::kPropertyNames: case Op::kDependentSchemas: case Op::kItems:
        case Op::kContains: case Op::kAllOf: case Op::kAnyOf: case Op::kOneOf: case Op::kNot:
        case Op::kIf: case Op::kRef: case Op::kDynamicRef: case Op::kUnevaluatedProperties:
        case Op::kUnevaluatedItems:
          n.leaf = false;
          break;
        default:
          break;
      }
    }
  }
  for (Node& n : program->nodes) {
    const Instr* in = n.end == n.begin + 1 ? &program->instrs[n.begin] : nullptr;
    // a != 0 marks draft 4's integer rule, which needs the full check.
    if (in && in->op == Op::kType && in->a == 0 && !n.unevaluated) n.type_only = static_cast<std::uint8_t>(in->u);
  }
  // Shapes the silent pass runs without the instruction loop. Not with
  // dynamic scopes (every node entered pushes its resource) nor unevaluated*.
  for (Node& n : program->nodes) {
    if (program->uses_dynamic_scope || n.unevaluated || n.begin == n.end) continue;
    Node::Shape shape = Node::kShapeGeneric;
    std::uint8_t types = 0;
    std::uint32_t index = kNoNode, min_items = 0, max_items = 0xffffffffu;
    bool fits = true, seen_type = false, seen_min = false, seen_max = false;
    for (std::uint32_t i = n.begin; i < n.end && fits; ++i) {
      const Instr& in = program->instrs[i];
      switch (in.op) {
        case Op::kType:
          fits = in.a == 0 && !seen_type;
          seen_type = true;
          types = static_cast<std::uint8_t>(in.u);
          break;
        case Op::kRequired:
          fits = in.c == 1;  // fused into the kObject below
          break;
        case Op::kObject:
          fits = shape == Node::kShapeGeneric && program->objects[in.a].patterns.empty();
          shape = Node::kShapeRecord;
          index = in.a;
          break;
        case Op::kItems:
          fits = shape == Node::kShapeGeneric && program->items[in.a].prefix.empty();
          shape = Node::kShapeArray;
          index = in.a;
          break;
        case Op::kMinItems:
          fits = !seen_min && in.u <= 0xffffffffu;
          seen_min = true;
          min_items = static_cast<std::uint32_t>(in.u);
          break;
        case Op::kMaxItems:
          fits = !seen_max;
          seen_max = true;
          max_items = static_cast<std::uint32_t>(std::min<std::uint64_t>(in.u, 0xffffffffu));
          break;
        default:
          fits = false;
      }
    }
    if (!fits || shape == Node::kShapeGeneric) continue;
    if (shape == Node::kShapeRecord && (seen_min || seen_max)) continue;
    n.shape = shape;
    n.shape_types = types;
    n.shape_index = index;
    n.min_items = min_items;
    n.max_items = max_items;
  }
  const auto fast = [&program](std::uint32_t node) {
    FastProperty fp;
    if (node == kNoNode) return fp;
    fp.node = program->nodes[node].forward != kNoNode ? program->nodes[node].forward : node;
    const Node& n = program->nodes[fp.node];
    fp.type_only = n.type_only;
    fp.leaf = n.leaf;
    if (n.leaf && !n.type_only && n.end - n.begin <= 2 && n.end > n.begin) {
      const Instr* first = &program->instrs[n.begin];
      const Instr* last = &program->instrs[n.end - 1];
      const auto plain_type = [](const Instr* in) { return in->op == Op::kType && in->a == 0; };
      if (first == last) {
        if (first->op != Op::kType) fp.check = first;
      } else if (plain_type(first) && last->op != Op::kType) {
        fp.check = last;
        fp.check_types = static_cast<std::uint8_t>(first->u);
      }
    }
    SetFastKind(*program, n, &fp);
    return fp;
  };
  for (ObjectApplicator& oa : program->objects) {
    for (const PropertyEntry& pe : oa.properties) {
      FastProperty fp = fast(pe.node);
      fp.name = pe.name.text.data();
      fp.size = static_cast<std::uint32_t>(pe.name.text.size());
      fp.required_bit = pe.required_bit;
      SetNameImage(pe.name.text, &fp);
      oa.fast.push_back(fp);
    }
    FastProperty sentinel;  // no name matches it: size and image impossible
    sentinel.size = 0xffffffffu;
    oa.fast.push_back(sentinel);
    oa.fast_additional = fast(oa.additional);
  }
  for (ItemsApplicator& ia : program->items) ia.fast_rest = fast(ia.rest);
  // Maps of plain-typed values, now that every fast_additional is known.
  const auto map_accept = [&program](FastProperty* fp) {
    if (!fp->direct_record) return;
    const ObjectApplicator& child = program->objects[fp->index];
    if (child.properties.empty() && child.additional != kNoNode && child.fast_additional.kind == FastProperty::kTypes &&
        child.fast_additional.accept != 0 && child.required_all == 0)
      fp->map_accept = child.fast_additional.accept;
  };
  for (ObjectApplicator& oa : program->objects) {
    for (FastProperty& fp : oa.fast) map_accept(&fp);
    map_accept(&oa.fast_additional);
  }
  for (ItemsApplicator& ia : program->items) map_accept(&ia.fast_rest);
  return program;
}

}  // namespace stepcache::schemas
