// The schema-agnostic evaluator: runs a compiled Program over a RapidJSON
// value. Two modes share one code path: silent (IsValid, and the branches of
// anyOf/oneOf/not/if/contains, where failures are expected) builds no
// strings at all; reporting keeps a stack of location tokens and turns it
// into JSON Pointers only when a failure is recorded. Annotations for
// unevaluated* are gathered only below nodes that use them.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "program.h"
#include "value_checks.h"
#include "stack_guard.h"
#include "stepcache/schemas/format.h"
#include "stepcache/schemas/json.h"
#include "decimal.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::schemas {
namespace {

using Value = rapidjson::Value;
using namespace value_checks;  // NOLINT: the evaluator is their only user

// TypeBits(v) & mask != 0, with the floor of a double taken only when an
// integer is asked for and a number is not.
inline bool TypeMatches(const Value& v, std::uint8_t mask) {
  static constexpr std::uint8_t kBits[8] = {kTypeNull,  kTypeBoolean, kTypeBoolean, kTypeObject,
                                            kTypeArray, kTypeString,  kTypeNumber,  0};
  const std::uint8_t t = kBits[v.GetType() & 7];
  if (t & mask) return true;
  return t == kTypeNumber && (mask & kTypeInteger) && (TypeBits(v) & kTypeInteger);
}

// Names up to 16 bytes compare inline in at most two overlapping word loads
// per side (never past either end).
inline bool SameBytes(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    std::uint64_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 8);
    std::memcpy(&y0, b, 8);
    std::memcpy(&x1, a + n - 8, 8);
    std::memcpy(&y1, b + n - 8, 8);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n >= 4) {
    std::uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n == 0) return true;  // 1-3 bytes: first, middle and last cover them
  return ((a[0] ^ b[0]) | (a[n >> 1] ^ b[n >> 1]) | (a[n - 1] ^ b[n - 1])) == 0;
}

// Which members / items of one instance some subschema has evaluated.
struct Annot {
  std::vector<std::uint8_t> marks;
  bool all = false;
  void Init(const Value& v) {
    std::size_t n = v.IsObject() ? v.MemberCount() : v.IsArray() ? v.Size() : 0;
    marks.assign(n, 0);
  }
  void Mark(std::size_t i) { if (i < marks.size()) marks[i] = 1; }
  void MarkAll() { all = true; }
  bool Has(std::size_t i) const { return all || (i < marks.size() && marks[i]); }
  void Merge(const Annot& o) {
    if (o.all) all = true;
    if (marks.size() < o.marks.size()) marks.resize(o.marks.size(), 0);
    for (std::size_t i = 0; i < o.marks.size(); ++i) marks[i] |= o.marks[i];
  }
};

struct Token {
  const char* s;
  std::size_t n;
  std::size_t index;
  enum Kind : std::uint8_t { kEscaped, kRaw, kIndex } kind;
};

class Evaluator {
 public:
  Evaluator(const Schema::Program& p, const ValidateOptions& o, ValidationResult* result)
      : p_(p), nodes_(p.nodes.data()), instrs_(p.instrs.data()), result_(result),
        report_(result != nullptr), all_(result && o.all_errors) {
    if (o.number_texts && !o.number_texts->empty()) texts_ = o.number_texts;
    inst_limit_ = o.max_depth;
    // Schema-side recursion (in-place $ref chains, dynamic refs) is bounded
    // too; the cap keeps the native stack safe whatever max_depth says.
    frame_limit_ = std::min<std::size_t>(o.max_depth, std::size_t{1} << 40) * 4 + 1024;
  }

  // The instance number's exact value: its text when ParseJson kept one.
  Decimal InstanceDecimal(const Value& v) const {
    Decimal d;
    if (texts_)
      if (const std::string* t = texts_->Find(&v); t && Decimal::Parse(*t, &d)) return d;
    return Decimal::FromValue(v);
  }

  // Sign of (instance − bound). Rounding to double is monotonic, so unequal
  // doubles already order the values as written; only a tie needs decimals.
  int CompareNumber(const Value& v, const Instr& in) const {
    if (in.c == 1 && v.IsInt64()) {  // 64-bit integers hold their value exactly
      const std::int64_t a = v.GetInt64(), b = static_cast<std::int64_t>(in.u);
      return (a > b) - (a < b);
    }
    const double x = v.GetDouble();
    if (x < in.d) return -1;
    if (x > in.d) return 1;
    return Compare(InstanceDecimal(v), p_.decimals[in.a]);
  }

  bool MultipleOf(const Value& v, const Instr& in) const {
    if (in.c == 1 && v.IsInt64()) {
      const std::int64_t m = static_cast<std::int64_t>(in.u);  // > 0: the compiler checked
      return v.GetInt64() % m == 0;
    }
    if (texts_ && texts_->Find(&v)) return IsMultipleOf(InstanceDecimal(v), p_.decimals[in.a]);
    return IsMultipleOf(v, p_.decimals[in.a]);
  }

  // const/enum equality; numbers that ParseJson kept as text compare as
  // written (numbers nested inside arrays/objects compare by JsonEqual).
  bool Equal(const Value& v, const Value& e) const {
    if (!JsonEqual(v, e)) return false;
    if (!v.IsNumber() || (!texts_ && p_.long_numbers.empty())) return true;
    const std::string* vt = texts_ ? texts_->Find(&v) : nullptr;
    auto it = p_.long_numbers.empty() ? p_.long_numbers.end() : p_.long_numbers.find(&e);
    if (!vt && it == p_.long_numbers.end()) return true;
    return Compare(InstanceDecimal(v), it != p_.long_numbers.end() ? it->second : Decimal::FromValue(e)) == 0;
  }

  bool Run(const Value& instance) {
    bool ok;
    if (report_) {
      ok = Eval(p_.root, instance, nullptr);
    } else {
      const std::uint32_t forward = p_.nodes[p_.root].forward;
      ok = Silent(forward != kNoNode ? forward : p_.root, instance);
    }
    if (aborted_ && result_) {
      if (!abort_reported_) {
        ValidationError e;
        e.keyword = abort_keyword_;
        e.keyword_location = abort_location_;
        e.message = depth_message_;
        result_->errors.insert(result_->errors.begin(), std::move(e));
      }
      result_->valid = false;
    }
    return ok && !aborted_;
  }

 private:
  bool Eval(std::uint32_t id, const Value& v, Annot* out);
  bool Exec(const Instr& in, const Value& v, Annot* ann);
  bool ExecObject(const Instr& in, const Value& v, Annot* ann);
  bool ExecItems(const Instr& in, const Value& v, Annot* ann);
  bool ObjectSilent(const ObjectApplicator& oa, const Value& v);
  const FastProperty* FindSilent(const ObjectApplicator& oa, const Value& name, const FastProperty* next);
  bool ItemsSilent(const ItemsApplicator& ia, const Value& v);
  bool LeafSilent(const Node& n, const Value& v);
  bool CheckSilent(const Instr& in, const Value& v);

  // The silent pass may take the shortcuts below (children checked inline,
  // no tokens) when no annotation is collected and a child's own checks of
  // the depth and frame limits would pass: its verdict is the same.
  bool SilentShortcut(const Annot* ann) const {
    return !report_ && !ann && inst_depth_ + 1 < inst_limit_ && frames_ < frame_limit_;
  }

  // Silent Descend of a member or item, by FastProperty: a value its
  // `type` takes, a number inside its bound, and an object of a record
  // straight into ObjectSilent, in the caller's loop; the rest in ChildSlow.
  __attribute__((always_inline)) bool ChildSilent(const FastProperty& fp, const Value& child) {
    if ((fp.accept >> child.GetType()) & 1) return true;
    if (fp.kind == FastProperty::kNumber && NumberInside(fp, child)) return true;
    if (fp.direct_record && child.IsObject() && frames_ + 1 < frame_limit_ && inst_depth_ + 2 < inst_limit_ &&
        !stack_.Exhausted()) {
      if (fp.map_accept) {  // members of a map of plain types, checked here
        bool all = true;
        for (auto m = child.MemberBegin(), end = child.MemberEnd(); m != end && all; ++m)
          all = (fp.map_accept >> m->value.GetType()) & 1;
        if (all) return true;  // else ObjectSilent, for the exact verdict
      }
      ++inst_depth_;
      ++frames_;
      const bool ok = ObjectSilent(p_.objects[fp.index], child);
      --frames_;
      --inst_depth_;
      return ok;
    }
    return ChildSlow(fp, child);
  }

  // ChildSilent's other cases: leaves, records and arrays straight into
  // their loop, other nodes in a frame of their own.
  __attribute__((noinline)) bool ChildSlow(const FastProperty& fp, const Value& child) {
    switch (fp.kind) {
      case FastProperty::kAny:
        return true;
      case FastProperty::kTypes:
        return TypeMatches(child, fp.types);
      case FastProperty::kCheck:
      case FastProperty::kNumber:  // (a kNumber of `integer` alone has no check)
        return (!fp.types || TypeMatches(child, fp.types)) && (!fp.check || CheckSilent(*fp.check, child));
      case FastProperty::kLeaf:
        return LeafSilent(nodes_[fp.node], child);
      case FastProperty::kRecord:
      case FastProperty::kArray:
        // Silent's checks of the limits, for the child's frame.
        if (frames_ + 1 < frame_limit_ && inst_depth_ + 2 < inst_limit_ && !stack_.Exhausted())
          return ShapeSilent(fp, child);
        [[fallthrough]];
      default: {
        ++inst_depth_;
        const bool ok = Silent(fp.node, child);
        --inst_depth_;
        return ok;
      }
    }
  }

  // A number strictly inside a kNumber child's bound, of a type it allows.
  static bool NumberInside(const FastProperty& fp, const Value& v) {
    if (v.IsInt64() && fp.int_bound) {
      const std::int64_t i = v.GetInt64();
      return i >= fp.int_lo && i <= fp.int_hi;
    }
    // 64-bit integers are integral: every numeric `types` takes them.
    if (!v.IsNumber() || !(fp.number_types || v.IsInt64())) return false;
    const double x = v.GetDouble();
    return x > fp.lo && x < fp.hi;
  }

  // Silent of a kRecord / kArray child whose frame the limits allow.
  bool ShapeSilent(const FastProperty& fp, const Value& child) {
    if (fp.types && !TypeMatches(child, fp.types)) return false;
    bool ok = true;
    ++inst_depth_;
    ++frames_;
    if (fp.kind == FastProperty::kRecord) {
      if (child.IsObject()) ok = ObjectSilent(p_.objects[fp.index], child);
    } else if (child.IsArray()) {
      const rapidjson::SizeType size = child.Size();
      ok = size >= fp.min_items && size <= fp.max_items && ItemsSilent(p_.items[fp.index], child);
    }
    --frames_;
    --inst_depth_;
    return ok;
  }

  // Silent Eval of node `id` (`$ref`-only nodes already followed): the
  // shapes of Node::shape without the instruction loop; the rest, and every
  // case where a limit is near, through Eval.
  bool Silent(std::uint32_t id, const Value& v) {
    const Node& n = nodes_[id];
    if (n.shape == Node::kShapeGeneric || frames_ + 1 >= frame_limit_ || inst_depth_ + 1 >= inst_limit_ ||
        stack_.Exhausted())
      return Eval(id, v, nullptr);
    if (n.shape_types && !TypeMatches(v, n.shape_types)) return false;
    bool ok = true;
    ++frames_;
    if (n.shape == Node::kShapeRecord) {
      if (v.IsObject()) ok = ObjectSilent(p_.objects[n.shape_index], v);
    } else if (v.IsArray()) {
      const rapidjson::SizeType size = v.Size();
      ok = size >= n.min_items && size <= n.max_items && ItemsSilent(p_.items[n.shape_index], v);
    }
    --frames_;
    return ok;
  }

  bool Stop() const { return aborted_ || !report_ || !all_; }

  void DepthError(const char* what, std::size_t limit) {
    if (!aborted_) {
      depth_message_ = std::string(what) + " (limit " + std::to_string(limit) + ")";
      if (report_) {
        Report(nullptr, "depth", depth_message_, {});
        abort_reported_ = true;
      }
    }
    aborted_ = true;
  }

  // A backtracking pattern ran out of budget: no verdict can be trusted (a
  // `not` or `anyOf` above would turn the failure into a pass), so the whole
  // evaluation stops invalid, with an error at the keyword.
  void RegexGaveUp(const Regex& re, const std::string* kw, const char* keyword) {
    if (aborted_) return;
    aborted_ = true;
    abort_keyword_ = keyword;
    abort_location_ = re.location;
    depth_message_ = "pattern matching stopped: it exceeded the match budget of the backtracking "
                     "engine (" + std::to_string(BacktrackingRegex::kMatchLimit) + " steps)";
    if (report_) {
      Report(kw, keyword, depth_message_, {});
      abort_reported_ = true;
    }
  }

  // Evaluates `id` against `child` (a member or item of the current instance).
  bool Descend(std::uint32_t id, const Value& child, const Token& inst, const std::string* kw,
               const std::string* sub, std::size_t sub_index, Annot* out = nullptr) {
    // Children that pass trivially (an empty schema, one passing `type`)
    // need no frame; a failure still goes the long way, to be reported.
    if (inst_depth_ + 1 < inst_limit_) {
      const Node& n = p_.nodes[id];
      if (n.begin == n.end || (n.type_only && (TypeBits(child) & n.type_only))) return true;
    }
    if (inst_depth_ >= inst_limit_) {
      DepthError("instance nested deeper than max_depth", inst_limit_);
      return false;
    }
    ++inst_depth_;
    std::size_t kw_size = kw_.size();
    if (report_) {
      inst_.push_back(inst);
      kw_.push_back(Token{kw->data(), kw->size(), 0, Token::kEscaped});
      if (sub) kw_.push_back(Token{sub->data(), sub->size(), 0, Token::kEscaped});
      else if (sub_index != SIZE_MAX) kw_.push_back(Token{nullptr, 0, sub_index, Token::kIndex});
    }
    bool ok = Eval(id, child, out);
    if (report_) {
      inst_.pop_back();
      kw_.resize(kw_size);
    }
    --inst_depth_;
    return ok;
  }

  // Evaluates `id` in place (same instance) under keyword tokens.
  bool InPlace(std::uint32_t id, const Value& v, const std::string* kw, const std::string* sub,
               std::size_t sub_index, Annot* out) {
    std::size_t kw_size = kw_.size();
    if (report_) {
      kw_.push_back(Token{kw->data(), kw->size(), 0, Token::kEscaped});
      if (sub) kw_.push_back(Token{sub->data(), sub->size(), 0, Token::kEscaped});
      else if (sub_index != SIZE_MAX) kw_.push_back(Token{nullptr, 0, sub_index, Token::kIndex});
    }
    bool ok = Eval(id, v, out);
    if (report_) kw_.resize(kw_size);
    return ok;
  }

  // Silent evaluation: failures inside are expected and not reported.
  bool Quiet(std::uint32_t id, const Value& v, Annot* out) {
    bool saved = report_;
    report_ = false;
    bool ok = Eval(id, v, out);
    report_ = saved;
    return ok && !aborted_;
  }

  bool IsFalseNode(std::uint32_t id) const {
    const Node& n = p_.nodes[id];
    return n.end == n.begin + 1 && p_.instrs[n.begin].op == Op::kFalse;
  }

  static void AppendToken(std::string* out, const Token& t) {
    out->push_back('/');
    if (t.kind == Token::kIndex) out->append(std::to_string(t.index));
    else if (t.kind == Token::kRaw) out->append(EscapePointerToken(std::string_view(t.s, t.n)));
    else out->append(t.s, t.n);
  }

  // Records a failure of `keyword` (its location token `kw`, or the current
  // schema itself when null) at the current instance location.
  void Report(const std::string* kw, std::string_view keyword, std::string message,
              std::string_view property, const Token* extra_inst = nullptr) {
    if (!report_) return;
    ValidationError e;
    for (const auto& t : inst_) AppendToken(&e.instance_location, t);
    if (extra_inst) AppendToken(&e.instance_location, *extra_inst);
    for (const auto& t : kw_) AppendToken(&e.keyword_location, t);
    if (kw && !kw->empty()) {
      e.keyword_location.push_back('/');
      e.keyword_location.append(*kw);
    }
    e.keyword = std::string(keyword);
    e.message = std::move(message);
    e.property = std::string(property);
    result_->errors.push_back(std::move(e));
  }

  const Schema::Program& p_;
  const Node* const nodes_;    // p_.nodes.data(), p_.instrs.data(): one load
  const Instr* const instrs_;  // less per access on the silent path
  const JsonNumberTexts* texts_ = nullptr;  // null when there are none
  ValidationResult* result_;
  bool report_;
  bool all_;
  bool aborted_ = false;
  bool abort_reported_ = false;  // the abort's error is already in result_
  std::string depth_message_;    // why the evaluation was aborted
  const char* abort_keyword_ = "depth";
  std::string abort_location_;
  std::size_t inst_limit_ = 0, frame_limit_ = 0;
  std::size_t inst_depth_ = 0, frames_ = 0;
  std::vector<Token> inst_, kw_;
  std::vector<std::uint32_t> scope_;
  StackGuard stack_;
};

// A numeric bound that passes on a strict comparison of 64-bit integers or of
// doubles (unequal doubles order the values as written); ties and failures
// go to Exec. Non-numbers pass every bound.
inline bool BoundPassesFast(const Instr& in, const Value& v) {
  if (!v.IsNumber()) return true;
  int sign;  // of (instance - bound), when decisive
  if (in.c == 1 && v.IsInt64()) {
    const std::int64_t a = v.GetInt64(), b = static_cast<std::int64_t>(in.u);
    sign = (a > b) - (a < b);
  } else {
    const double x = v.GetDouble();
    if (x == in.d) return false;
    sign = x < in.d ? -1 : 1;
  }
  switch (in.op) {
    case Op::kMaximum: return sign <= 0;
    case Op::kExclusiveMaximum: return sign < 0;
    case Op::kMinimum: return sign >= 0;
    default: return sign > 0;  // kExclusiveMinimum
  }
}

bool Evaluator::Eval(std::uint32_t id, const Value& v, Annot* out) {
  // A node that is only a `$ref`: a silent pass needs no location for it.
  // (Cycles of such nodes are compile errors, so this ends.)
  if (!report_) {
    while (p_.nodes[id].forward != kNoNode) id = p_.nodes[id].forward;
  }
  if (frames_ >= frame_limit_ || stack_.Exhausted()) {
    DepthError(frames_ >= frame_limit_ ? "schema recursion deeper than the evaluation limit"
                                       : "evaluation too deep for the thread's stack",
               frame_limit_);
    return false;
  }
  ++frames_;
  const Node& n = p_.nodes[id];
  bool pushed = false;
  if (p_.uses_dynamic_scope && (scope_.empty() || scope_.back() != n.resource)) {
    scope_.push_back(n.resource);
    pushed = true;
  }
  bool ok = true;
  if (n.unevaluated) {
    Annot local;
    local.Init(v);
    for (std::uint32_t i = n.begin; i < n.end; ++i) {
      if (!Exec(p_.instrs[i], v, &local)) {
        ok = false;
        if (Stop()) break;
      }
    }
    if (ok && out) out->Merge(local);
  } else {
    for (std::uint32_t i = n.begin; i < n.end; ++i) {
      const Instr& in = p_.instrs[i];
      // The commonest passing checks are answered here, without the call
      // into Exec's big switch (its dispatch is most of an interpreter's cost).
      if (in.op == Op::kType && in.a == 0 && (TypeBits(v) & in.u)) continue;
      if (in.op == Op::kRequired && in.c == 1) continue;  // checked by kObject
      if (in.op >= Op::kMaximum && in.op <= Op::kExclusiveMinimum && BoundPassesFast(in, v)) continue;
      const bool good = in.op == Op::kObject ? ExecObject(in, v, out)
                        : in.op == Op::kItems ? ExecItems(in, v, out)
                                              : Exec(in, v, out);
      if (!good) {
        ok = false;
        if (Stop()) break;
      }
    }
  }
  if (pushed) scope_.pop_back();
  --frames_;
  return ok;
}

// One check of a leaf node on the silent path: the commonest passes
// decided inline, the rest (and every failure) by Exec.
inline bool Evaluator::CheckSilent(const Instr& in, const Value& v) {
  switch (in.op) {
    case Op::kType:
      if (in.a == 0 && TypeMatches(v, static_cast<std::uint8_t>(in.u))) return true;
      break;
    case Op::kMaximum: case Op::kExclusiveMaximum: case Op::kMinimum: case Op::kExclusiveMinimum:
      if (BoundPassesFast(in, v)) return true;
      break;
    case Op::kMaxLength:
      // A string has no more code points than bytes (CodePoints counts the
      // bytes that do not continue a sequence, also in invalid UTF-8 a caller
      // may hand in), so a short enough string passes maxLength uncounted.
      if (!v.IsString() || v.GetStringLength() <= in.u) return true;
      break;
    case Op::kMinLength:
      if (!v.IsString() || CodePoints(v) >= in.u) return true;
      break;
    case Op::kConst:
      // A string const equals only a string of the same bytes (JsonEqual).
      if (const Value& c = *p_.consts[in.a]; c.IsString()) {
        if (!v.IsString()) return false;
        const std::size_t n = c.GetStringLength();
        return n == v.GetStringLength() && std::memcmp(c.GetString(), v.GetString(), n) == 0;
      }
      break;
    default:
      break;
  }
  return Exec(in, v, nullptr);
}

// The checks of a leaf node (see Node::leaf), as Eval's loop runs them.
inline bool Evaluator::LeafSilent(const Node& n, const Value& v) {
  for (const Instr *in = instrs_ + n.begin, *end = instrs_ + n.end; in != end; ++in)
    if (!CheckSilent(*in, v)) return false;
  return true;
}

// Whether the member's name value is `fp`'s name, by its inline image.
inline bool NameMatchesImage(const Value& name, const FastProperty& fp) {
  std::uint64_t w[2];
  std::memcpy(w, static_cast<const void*>(&name), 16);
  return (((w[0] ^ fp.image[0]) & fp.image_mask[0]) | ((w[1] ^ fp.image[1]) & fp.image_mask[1])) == 0;
}

// ExecObject's silent pass without patternProperties: members in the
// declared order are matched by the cursor `next` (the image of its short
// name, one masked compare), others by one probe of the perfect table;
// each child is checked by its FastProperty::kind.
bool Evaluator::ObjectSilent(const ObjectApplicator& oa, const Value& v) {
  if (oa.properties.empty()) {  // a map: additionalProperties (if any) for every member
    if (oa.fast_additional.node == kNoNode) return oa.required_all == 0;
    for (auto m = v.MemberBegin(), members_end = v.MemberEnd(); m != members_end; ++m)
      if (!ChildSilent(oa.fast_additional, m->value)) return false;
    return oa.required_all == 0;
  }
  std::uint64_t required_seen = 0;
  const FastProperty* const props = oa.fast.data();
  const FastProperty* next = props;  // oa.fast ends with a sentinel
  for (auto m = v.MemberBegin(), members_end = v.MemberEnd(); m != members_end; ++m) {
    const FastProperty* fp;
    if (kInlineNameImages && NameMatchesImage(m->name, *next)) {
      fp = next;
    } else {
      fp = FindSilent(oa, m->name, next);
      if (!fp) {
        if (oa.fast_additional.node == kNoNode) continue;
        if (!ChildSilent(oa.fast_additional, m->value)) return false;
        continue;
      }
    }
    required_seen |= fp->required_bit;
    next = fp + 1;
    if (!ChildSilent(*fp, m->value)) return false;
  }
  return required_seen == oa.required_all;
}

// The declared property of a member the image compare did not place
// (a long name, a name RapidJSON did not keep inline, or out of order).
const FastProperty* Evaluator::FindSilent(const ObjectApplicator& oa, const Value& name,
                                          const FastProperty* next) {
  const char* const s = name.GetString();
  const std::size_t n = name.GetStringLength();
  const FastProperty* const props = oa.fast.data();
  if (next->name && next->size == n && SameBytes(next->name, s, n)) return next;  // (not the sentinel)
  if (!oa.perfect.empty()) {
    if (const std::uint8_t k = oa.perfect[(PerfectKey(s, n) * oa.perfect_seed) >> oa.perfect_shift]) {
      const FastProperty* c = props + (k - 1);
      if (c->size == n && SameBytes(c->name, s, n)) return c;
    }
    return nullptr;
  }
  if (oa.properties.empty()) return nullptr;
  const PropertyEntry* pe = oa.Find(s, n);
  return pe ? props + (pe - oa.properties.data()) : nullptr;
}

// ExecItems's silent pass without prefix items: one child node for all.
bool Evaluator::ItemsSilent(const ItemsApplicator& ia, const Value& v) {
  if (ia.rest == kNoNode) return true;
  const FastProperty& fp = ia.fast_rest;
  switch (fp.kind) {
    case FastProperty::kAny:
      return true;
    case FastProperty::kTypes:
      for (auto it = v.Begin(); it != v.End(); ++it)
        if (!TypeMatches(*it, fp.types)) return false;
      return true;
    case FastProperty::kCheck: case FastProperty::kNumber: case FastProperty::kLeaf:
      for (auto it = v.Begin(); it != v.End(); ++it)
        if (!ChildSilent(fp, *it)) return false;
      return true;
    default:
      break;
  }
  ++inst_depth_;
  bool ok = true;
  if (fp.kind == FastProperty::kRecord && frames_ + 1 < frame_limit_ && inst_depth_ + 1 < inst_limit_ &&
      !stack_.Exhausted()) {
    // Silent's checks of the limits hold for every item alike: taken once.
    const ObjectApplicator& oa = p_.objects[fp.index];
    ++frames_;
    for (auto it = v.Begin(); it != v.End() && ok; ++it)
      ok = (!fp.types || TypeMatches(*it, fp.types)) && (!it->IsObject() || ObjectSilent(oa, *it));
    --frames_;
  } else {
    for (auto it = v.Begin(); it != v.End() && ok; ++it) ok = Silent(fp.node, *it);
  }
  --inst_depth_;
  return ok;
}

// properties / patternProperties / additionalProperties (and a fused
// `required`): its own function, called straight from the node loop, so the
// commonest applicator pays neither Exec's dispatch nor its frame.
bool Evaluator::ExecObject(const Instr& in, const Value& v, Annot* ann) {
  if (!v.IsObject()) return true;
  const ObjectApplicator& oa = p_.objects[in.a];
  if (oa.patterns.empty() && SilentShortcut(ann)) return ObjectSilent(oa, v);
  bool ok = true;
  std::size_t i = 0;
  std::uint64_t required_seen = 0;
  for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m, ++i) {
    const char* name = m->name.GetString();
    const std::size_t len = m->name.GetStringLength();
    const Token tok{name, len, 0, Token::kRaw};
    bool matched = false;
    if (!oa.properties.empty()) {
      if (const PropertyEntry* pe = oa.Find(name, len)) {
        matched = true;
        required_seen |= pe->required_bit;
        if (!Descend(pe->node, m->value, tok, oa.properties_kw, &pe->name.token, SIZE_MAX)) {
          ok = false;
          if (Stop()) return false;
        }
      }
    }
    for (const auto& pat : oa.patterns) {
      if (const int r = pat.re.Match(name, len); r <= 0) {
        if (r == 0) continue;
        RegexGaveUp(pat.re, oa.patterns_kw, "patternProperties");
        return false;
      }
      matched = true;
      if (!Descend(pat.node, m->value, tok, oa.patterns_kw, &pat.token, SIZE_MAX)) {
        ok = false;
        if (Stop()) return false;
      }
    }
    if (!matched && oa.additional != kNoNode) {
      bool good;
      if (IsFalseNode(oa.additional)) {
        good = false;
        Report(oa.additional_kw, "additionalProperties",
               "property \"" + std::string(name, len) + "\" is not allowed", std::string_view(name, len));
      } else {
        good = Descend(oa.additional, m->value, tok, oa.additional_kw, nullptr, SIZE_MAX);
      }
      if (!good) {
        ok = false;
        if (Stop()) return false;
      }
      matched = true;
    }
    if (ann && matched) ann->Mark(i);
  }
  if (required_seen != oa.required_all) {
    for (const Name& name : p_.names[oa.required_names]) {
      if (HasMember(v, name.text)) continue;
      Report(oa.required_kw, "required", "missing required property \"" + name.text + "\"", name.text);
      if (Stop()) return false;
    }
    ok = false;
  }
  return ok;
}

// prefixItems / items / additionalItems: as ExecObject.
bool Evaluator::ExecItems(const Instr& in, const Value& v, Annot* ann) {
  if (!v.IsArray()) return true;
  const ItemsApplicator& ia = p_.items[in.a];
  if (ia.prefix.empty() && SilentShortcut(ann)) return ItemsSilent(ia, v);
  const std::size_t n = v.Size();
  const std::size_t np = std::min(n, ia.prefix.size());
  bool ok = true;
  for (std::size_t i = 0; i < np; ++i) {
    if (!Descend(ia.prefix[i], v[static_cast<rapidjson::SizeType>(i)], Token{nullptr, 0, i, Token::kIndex},
                 ia.prefix_kw, nullptr, i)) {
      ok = false;
      if (Stop()) return false;
    }
    if (ann) ann->Mark(i);
  }
  if (ia.rest != kNoNode && n > np) {
    if (IsFalseNode(ia.rest)) {
      Report(ia.rest_kw, *ia.rest_kw, "array has more than " + std::to_string(np) + " items", {});
      return false;
    }
    for (std::size_t i = np; i < n; ++i) {
      if (!Descend(ia.rest, v[static_cast<rapidjson::SizeType>(i)], Token{nullptr, 0, i, Token::kIndex},
                   ia.rest_kw, nullptr, SIZE_MAX)) {
        ok = false;
        if (Stop()) return false;
      }
    }
    if (ann) ann->MarkAll();
  }
  return ok;
}

bool Evaluator::Exec(const Instr& in, const Value& v, Annot* ann) {
  switch (in.op) {
    case Op::kFalse:
      Report(nullptr, "false", "the false schema allows nothing", {});
      return false;
    case Op::kType:
      if (TypeBits(v) & in.u) {
        if (in.a == 0 || !(in.u & kTypeInteger) || (in.u & kTypeNumber) || !v.IsDouble() ||
            std::fabs(v.GetDouble()) >= 18446744073709551616.0)
          return true;
      }
      if (report_) Report(in.keyword, "type", TypeMessage(static_cast<std::uint8_t>(in.u), v), {});
      return false;
    case Op::kConst:
      if (Equal(v, *p_.consts[in.a])) return true;
      if (report_) Report(in.keyword, "const", "value differs from const", {});
      return false;
    case Op::kEnum:
      if (const auto& hashes = p_.enum_hashes[in.a]; !hashes.empty()) {
        const std::uint64_t h = JsonHash(v);
        auto it = std::lower_bound(hashes.begin(), hashes.end(), std::make_pair(h, std::uint32_t{0}));
        for (; it != hashes.end() && it->first == h; ++it)
          if (Equal(v, *p_.enums[in.a][it->second])) return true;
      } else {
        for (const Value* e : p_.enums[in.a])
          if (Equal(v, *e)) return true;
      }
      if (report_) Report(in.keyword, "enum", "value is not one of the enum values", {});
      return false;
    case Op::kMultipleOf:
      if (!v.IsNumber() || MultipleOf(v, in)) return true;
      if (report_) Report(in.keyword, "multipleOf", "not a multiple of " + p_.decimals[in.a].ToString(), {});
      return false;
    case Op::kMaximum:
      if (!v.IsNumber() || CompareNumber(v, in) <= 0) return true;
      if (report_) Report(in.keyword, "maximum", "greater than " + p_.decimals[in.a].ToString(), {});
      return false;
    case Op::kExclusiveMaximum:
      if (!v.IsNumber() || CompareNumber(v, in) < 0) return true;
      if (report_) Report(in.keyword, "exclusiveMaximum", "not less than " + p_.decimals[in.a].ToString(), {});
      return false;
    case Op::kMinimum:
      if (!v.IsNumber() || CompareNumber(v, in) >= 0) return true;
      if (report_) Report(in.keyword, "minimum", "less than " + p_.decimals[in.a].ToString(), {});
      return false;
    case Op::kExclusiveMinimum:
      if (!v.IsNumber() || CompareNumber(v, in) > 0) return true;
      if (report_) Report(in.keyword, "exclusiveMinimum", "not greater than " + p_.decimals[in.a].ToString(), {});
      return false;
    case Op::kMaxLength:
      if (!v.IsString() || v.GetStringLength() <= in.u || CodePoints(v) <= in.u) return true;
      if (report_) Report(in.keyword, "maxLength", "longer than " + std::to_string(in.u) + " characters", {});
      return false;
    case Op::kMinLength:
      if (!v.IsString() || CodePoints(v) >= in.u) return true;
      if (report_) Report(in.keyword, "minLength", "shorter than " + std::to_string(in.u) + " characters", {});
      return false;
    case Op::kPattern:
      if (!v.IsString()) return true;
      if (const int m = p_.patterns[in.a].Match(v.GetString(), v.GetStringLength()); m != 0) {
        if (m > 0) return true;
        RegexGaveUp(p_.patterns[in.a], in.keyword, "pattern");
        return false;
      }
      if (report_) Report(in.keyword, "pattern", "does not match the pattern", {});
      return false;
    case Op::kFormat:
      if (!v.IsString() || CheckFormat(*in.text, std::string_view(v.GetString(), v.GetStringLength())))
        return true;
      if (report_) Report(in.keyword, "format", "not a valid " + *in.text, {});
      return false;
    case Op::kMaxItems:
      if (!v.IsArray() || v.Size() <= in.u) return true;
      if (report_) Report(in.keyword, "maxItems", "more than " + std::to_string(in.u) + " items", {});
      return false;
    case Op::kMinItems:
      if (!v.IsArray() || v.Size() >= in.u) return true;
      if (report_) Report(in.keyword, "minItems", "fewer than " + std::to_string(in.u) + " items", {});
      return false;
    case Op::kUniqueItems:
      if (!v.IsArray() || AllUnique(v)) return true;
      if (report_) Report(in.keyword, "uniqueItems", "items are not unique", {});
      return false;
    case Op::kMaxProperties:
      if (!v.IsObject() || v.MemberCount() <= in.u) return true;
      if (report_) Report(in.keyword, "maxProperties", "more than " + std::to_string(in.u) + " properties", {});
      return false;
    case Op::kMinProperties:
      if (!v.IsObject() || v.MemberCount() >= in.u) return true;
      if (report_) Report(in.keyword, "minProperties", "fewer than " + std::to_string(in.u) + " properties", {});
      return false;
    case Op::kRequired: {
      if (!v.IsObject() || in.c == 1) return true;  // c = 1: kObject checks it
      if (const RequiredTable& t = p_.required_tables[in.a]; !t.empty()) {
        std::uint64_t seen = 0;
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
          const int bit = t.Find(m->name.GetString(), m->name.GetStringLength());
          if (bit >= 0) seen |= std::uint64_t{1} << bit;
        }
        if (seen == t.all) return true;
      }
      bool ok = true;
      for (const Name& name : p_.names[in.a]) {
        if (HasMember(v, name.text)) continue;
        ok = false;
        Report(in.keyword, "required", "missing required property \"" + name.text + "\"", name.text);
        if (Stop()) return false;
      }
      return ok;
    }
    case Op::kDependentRequired: {
      if (!v.IsObject()) return true;
      bool ok = true;
      for (const auto& dep : p_.dep_required[in.a]) {
        if (!HasMember(v, dep.name.text)) continue;
        for (const Name& name : dep.required) {
          if (HasMember(v, name.text)) continue;
          ok = false;
          Report(in.keyword, *in.keyword,
                 "property \"" + dep.name.text + "\" requires property \"" + name.text + "\"", name.text);
          if (Stop()) return false;
        }
      }
      return ok;
    }
    case Op::kObject:
      return ExecObject(in, v, ann);
    case Op::kPropertyNames: {
      if (!v.IsObject()) return true;
      bool ok = true;
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        Value name(rapidjson::StringRef(m->name.GetString(), m->name.GetStringLength()));
        if (Quiet(in.a, name, nullptr)) continue;
        if (aborted_) return false;
        ok = false;
        std::string n(m->name.GetString(), m->name.GetStringLength());
        Report(in.keyword, "propertyNames", "property name \"" + n + "\" is invalid", n);
        if (Stop()) return false;
      }
      return ok;
    }
    case Op::kDependentSchemas: {
      if (!v.IsObject()) return true;
      bool ok = true;
      for (const auto& dep : p_.dep_schemas[in.a]) {
        if (!HasMember(v, dep.name.text)) continue;
        if (!InPlace(dep.node, v, in.keyword, &dep.name.token, SIZE_MAX, ann)) {
          ok = false;
          if (Stop()) return false;
        }
      }
      return ok;
    }
    case Op::kItems:
      return ExecItems(in, v, ann);
    case Op::kContains: {
      if (!v.IsArray()) return true;
      const ContainsApplicator& ca = p_.contains[in.a];
      const bool annotate = ann && ca.annotate;
      std::uint64_t count = 0;
      std::size_t i = 0;
      for (auto it = v.Begin(); it != v.End(); ++it, ++i) {
        if (inst_depth_ >= inst_limit_) {
          DepthError("instance nested deeper than max_depth", inst_limit_);
          return false;
        }
        ++inst_depth_;
        bool hit = Quiet(ca.node, *it, nullptr);
        --inst_depth_;
        if (aborted_) return false;
        if (!hit) continue;
        ++count;
        if (annotate) ann->Mark(i);
        if (!annotate && count >= ca.min && ca.max == UINT64_MAX) break;
        if (!annotate && count > ca.max) break;
      }
      if (count < ca.min) {
        if (count == 0 && ca.min == 1)
          Report(in.keyword, "contains", "no item matches contains", {});
        else
          Report(in.keyword, "minContains", "fewer than " + std::to_string(ca.min) + " items match contains", {});
        return false;
      }
      if (count > ca.max) {
        Report(in.keyword, "maxContains", "more than " + std::to_string(ca.max) + " items match contains", {});
        return false;
      }
      return true;
    }
    case Op::kAllOf: {
      const auto& list = p_.lists[in.a];
      bool ok = true;
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (!InPlace(list[k], v, in.keyword, nullptr, k, ann)) {
          ok = false;
          if (Stop()) return false;
        }
      }
      return ok;
    }
    case Op::kAnyOf: {
      const auto& list = p_.lists[in.a];
      bool any = false;
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (ann) {
          Annot tmp;
          tmp.Init(v);
          if (Quiet(list[k], v, &tmp)) {
            any = true;
            ann->Merge(tmp);
          }
        } else if (Quiet(list[k], v, nullptr)) {
          any = true;
          break;
        }
        if (aborted_) return false;
      }
      if (any) return true;
      if (report_) Report(in.keyword, "anyOf", "no subschema of anyOf matches", {});
      return false;
    }
    case Op::kOneOf: {
      const auto& list = p_.lists[in.a];
      std::size_t count = 0;
      Annot keep;
      for (std::size_t k = 0; k < list.size() && count < 2; ++k) {
        Annot tmp;
        if (ann) tmp.Init(v);
        if (Quiet(list[k], v, ann ? &tmp : nullptr)) {
          ++count;
          if (ann) keep = std::move(tmp);
        }
        if (aborted_) return false;
      }
      if (count == 1) {
        if (ann) ann->Merge(keep);
        return true;
      }
      Report(in.keyword, "oneOf",
             count == 0 ? "no subschema of oneOf matches" : "more than one subschema of oneOf matches", {});
      return false;
    }
    case Op::kNot:
      if (!Quiet(in.a, v, nullptr)) return !aborted_;
      if (report_) Report(in.keyword, "not", "value matches the schema in not", {});
      return false;
    case Op::kIf: {
      bool cond;
      if (ann) {
        Annot tmp;
        tmp.Init(v);
        cond = Quiet(in.a, v, &tmp);
        if (cond) ann->Merge(tmp);
      } else {
        cond = Quiet(in.a, v, nullptr);
      }
      if (aborted_) return false;
      static const std::string kThen = "then", kElse = "else";
      if (cond && in.b != kNoNode) {
        std::size_t kw_size = kw_.size();
        if (report_) kw_.push_back(Token{kThen.data(), kThen.size(), 0, Token::kEscaped});
        bool ok = Eval(in.b, v, ann);
        if (report_) kw_.resize(kw_size);
        return ok;
      }
      if (!cond && in.c != kNoNode) {
        std::size_t kw_size = kw_.size();
        if (report_) kw_.push_back(Token{kElse.data(), kElse.size(), 0, Token::kEscaped});
        bool ok = Eval(in.c, v, ann);
        if (report_) kw_.resize(kw_size);
        return ok;
      }
      return true;
    }
    case Op::kRef:
      return InPlace(in.a, v, in.keyword, nullptr, SIZE_MAX, ann);
    case Op::kDynamicRef: {
      const DynamicRef& dr = p_.dynamic[in.a];
      std::uint32_t target = dr.static_node;
      if (dr.dynamic && dr.recursive) {
        for (auto s = scope_.rbegin(); s != scope_.rend(); ++s) {
          const DynamicTarget* found = nullptr;
          for (const auto& t : dr.targets)
            if (t.resource == *s) found = &t;
          if (!found) break;
          target = found->node;
        }
      } else if (dr.dynamic) {
        bool done = false;
        for (auto s = scope_.begin(); s != scope_.end() && !done; ++s) {
          for (const auto& t : dr.targets) {
            if (t.resource == *s) {
              target = t.node;
              done = true;
              break;
            }
          }
        }
      }
      return InPlace(target, v, in.keyword, nullptr, SIZE_MAX, ann);
    }
    case Op::kContent: {
      if (!v.IsString()) return true;
      std::string decoded;
      std::string_view text(v.GetString(), v.GetStringLength());
      if (in.a) {
        if (!DecodeBase64(text, &decoded)) {
          Report(in.keyword, "contentEncoding", "not valid base64", {});
          return false;
        }
        text = decoded;
      }
      rapidjson::Document doc;
      if (in.u && !ParseJson(text, doc)) {
        Report(in.keyword, "contentMediaType", "not a valid JSON document", {});
        return false;
      }
      return true;
    }
    case Op::kUnevaluatedProperties: {
      if (!v.IsObject()) return true;
      bool ok = true;
      std::size_t i = 0;
      const bool false_node = IsFalseNode(in.a);
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m, ++i) {
        if (ann->Has(i)) continue;
        std::string_view name(m->name.GetString(), m->name.GetStringLength());
        bool good;
        if (false_node) {
          good = false;
          Report(in.keyword, "unevaluatedProperties",
                 "property \"" + std::string(name) + "\" is not evaluated and not allowed", name);
        } else {
          good = Descend(in.a, m->value, Token{name.data(), name.size(), 0, Token::kRaw}, in.keyword,
                         nullptr, SIZE_MAX);
        }
        if (!good) {
          ok = false;
          if (Stop()) return false;
        } else {
          ann->Mark(i);
        }
      }
      return ok;
    }
    case Op::kUnevaluatedItems: {
      if (!v.IsArray()) return true;
      bool ok = true;
      const bool false_node = IsFalseNode(in.a);
      for (std::size_t i = 0; i < v.Size(); ++i) {
        if (ann->Has(i)) continue;
        bool good;
        if (false_node) {
          good = false;
          Token t{nullptr, 0, i, Token::kIndex};
          Report(in.keyword, "unevaluatedItems", "item is not evaluated and not allowed", {}, &t);
        } else {
          good = Descend(in.a, v[static_cast<rapidjson::SizeType>(i)], Token{nullptr, 0, i, Token::kIndex},
                         in.keyword, nullptr, SIZE_MAX);
        }
        if (!good) {
          ok = false;
          if (Stop()) return false;
        } else {
          ann->Mark(i);
        }
      }
      return ok;
    }
  }
  return true;
}

}  // namespace

bool Evaluate(const Schema::Program& program, const rapidjson::Value& instance,
              const ValidateOptions& options, ValidationResult* result) {
  Evaluator ev(program, options, result);
  bool ok = ev.Run(instance);
  if (result) {
    result->valid = ok;
    if (ok) result->errors.clear();
  }
  return ok;
}

}  // namespace stepcache::schemas
