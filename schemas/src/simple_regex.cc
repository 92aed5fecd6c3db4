// SimpleRegex: parse the pattern subset into a tree, unroll it into a
// position automaton (each atom occurrence a position; `first`, `last` and
// `follow` sets), then build the DFA of position sets.
//
// Matching is ECMA-262's `test`: a match may start anywhere unless its
// alternative starts with ^, and a match is found as soon as an alternative
// without $ has matched (the rest of the text does not matter), or at the
// end of the text for an alternative with $. Without back-references or
// look-around every quantifier and alternation matches a regular language,
// so the set of texts with a match is the DFA's, whatever order ECMA-262's
// backtracking would try things in.
#include "simple_regex.h"

#include <cstring>
#include <unordered_map>

namespace stepcache::schemas {
namespace {

constexpr int kMaxNesting = 32;
constexpr int kWords = (SimpleRegex::kMaxPositions + 1 + 63) / 64;

// A set of positions; bit 0 is "at the start of the text".
struct Set {
  std::uint64_t w[kWords] = {};
  void Add(int p) { w[p >> 6] |= std::uint64_t{1} << (p & 63); }
  bool Has(int p) const { return (w[p >> 6] >> (p & 63)) & 1; }
  Set& operator|=(const Set& o) {
    for (int k = 0; k < kWords; ++k) w[k] |= o.w[k];
    return *this;
  }
  Set operator&(const Set& o) const {
    Set r;
    for (int k = 0; k < kWords; ++k) r.w[k] = w[k] & o.w[k];
    return r;
  }
  bool Empty() const {
    for (int k = 0; k < kWords; ++k)
      if (w[k]) return false;
    return true;
  }
  bool operator==(const Set& o) const { return std::memcmp(w, o.w, sizeof w) == 0; }
  template <typename F>
  void ForEach(F f) const {
    for (int k = 0; k < kWords; ++k)
      for (std::uint64_t b = w[k]; b; b &= b - 1) f(k * 64 + __builtin_ctzll(b));
  }
};
struct SetHash {
  std::size_t operator()(const Set& s) const {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < kWords; ++k) h = (h ^ s.w[k]) * 0xFF51AFD7ED558CCDull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

struct Class {
  std::uint64_t lo = 0, hi = 0;  // ASCII bitmap
  void Add(unsigned c) { (c < 64 ? lo : hi) |= std::uint64_t{1} << (c & 63); }
  void AddRange(unsigned a, unsigned b) {
    for (unsigned c = a; c <= b; ++c) Add(c);
  }
  bool Has(unsigned c) const { return c < 128 && (((c < 64 ? lo : hi) >> (c & 63)) & 1); }
};

bool IsPunct(char c) {
  return c != '\0' && std::strchr("\\^$.|?*+()[]{}/-_:;,!@#%&=<>~'\"` ", c) != nullptr;
}

// An escape usable inside or outside a class: \d, \w or escaped punctuation.
bool Escape(char c, Class* cls) {
  if (c == 'd') {
    cls->AddRange('0', '9');
  } else if (c == 'w') {
    cls->AddRange('0', '9');
    cls->AddRange('a', 'z');
    cls->AddRange('A', 'Z');
    cls->Add('_');
  } else if (IsPunct(c)) {
    cls->Add(static_cast<unsigned char>(c));
  } else {
    return false;
  }
  return true;
}

bool Printable(char c) { return c >= 0x20 && c < 0x7f; }

// The pattern as a tree.
struct Tree {
  enum Kind : std::uint8_t { kAtom, kEmpty, kConcat, kAlternation, kRepeat };
  Kind kind = kEmpty;
  Class cls;                  // kAtom
  int min = 1, max = 1;       // kRepeat; max -1: unbounded
  std::vector<int> children;  // kConcat, kAlternation; kRepeat: one
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  // One top-level alternative: [^] sequence [$].
  struct Branch {
    int tree;
    bool anchored_start, anchored_end;
  };
  bool Run(std::vector<Branch>* branches) {
    while (true) {
      Branch b{-1, false, false};
      if (i_ < s_.size() && s_[i_] == '^') {
        b.anchored_start = true;
        ++i_;
      }
      if (!Sequence(0, &b.tree)) return false;
      if (i_ < s_.size() && s_[i_] == '$') {
        b.anchored_end = true;
        ++i_;
      }
      branches->push_back(b);
      if (i_ == s_.size()) return true;
      if (s_[i_] != '|') return false;  // ')' unbalanced, or '^' / '$' elsewhere
      ++i_;
    }
  }
  std::vector<Tree>& trees() { return trees_; }

 private:
  int Add(Tree t) {
    trees_.push_back(std::move(t));
    return static_cast<int>(trees_.size()) - 1;
  }

  // alternatives separated by '|', up to ')' (or the end at depth 0).
  bool Alternation(int depth, int* out) {
    Tree alt;
    alt.kind = Tree::kAlternation;
    while (true) {
      int seq;
      if (!Sequence(depth, &seq)) return false;
      alt.children.push_back(seq);
      if (i_ < s_.size() && s_[i_] == '|') {
        ++i_;
        continue;
      }
      break;
    }
    *out = alt.children.size() == 1 ? alt.children[0] : Add(std::move(alt));
    return true;
  }

  bool Sequence(int depth, int* out) {
    Tree seq;
    seq.kind = Tree::kConcat;
    while (i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')' && s_[i_] != '$') {
      int atom;
      if (!Atom(depth, &atom)) return false;
      if (!Quantifier(&atom)) return false;
      seq.children.push_back(atom);
    }
    if (seq.children.empty()) {
      *out = Add(Tree{});
    } else {
      *out = seq.children.size() == 1 ? seq.children[0] : Add(std::move(seq));
    }
    return true;
  }

  bool Atom(int depth, int* out) {
    const char c = s_[i_];
    Tree atom;
    atom.kind = Tree::kAtom;
    if (c == '(') {
      if (depth + 1 > kMaxNesting) return false;
      ++i_;
      if (i_ < s_.size() && s_[i_] == '?') {
        if (i_ + 1 >= s_.size() || s_[i_ + 1] != ':') return false;  // look-around, named groups
        i_ += 2;
      }
      if (!Alternation(depth + 1, out)) return false;
      if (i_ >= s_.size() || s_[i_] != ')') return false;
      ++i_;
      return true;
    }
    if (c == '[') {
      if (!ParseClass(&atom.cls)) return false;
    } else if (c == '\\') {
      if (i_ + 1 >= s_.size() || !Escape(s_[i_ + 1], &atom.cls)) return false;
      i_ += 2;
    } else if (std::strchr(".^*+?{}]", c) != nullptr || !Printable(c)) {
      return false;
    } else {
      atom.cls.Add(static_cast<unsigned char>(c));
      ++i_;
    }
    *out = Add(std::move(atom));
    return true;
  }

  bool ParseClass(Class* cls) {
    ++i_;  // '['
    if (i_ < s_.size() && s_[i_] == '^') return false;
    while (i_ < s_.size()) {
      const char a = s_[i_];
      if (a == ']') {
        ++i_;
        return true;
      }
      unsigned lo;
      if (a == '\\') {
        if (i_ + 1 >= s_.size()) return false;
        const char e = s_[i_ + 1];
        i_ += 2;
        if (e == 'd' || e == 'w') {
          Escape(e, cls);
          continue;
        }
        if (!IsPunct(e)) return false;
        lo = static_cast<unsigned char>(e);
      } else {
        if (!Printable(a) || a == '[') return false;
        lo = static_cast<unsigned char>(a);
        ++i_;
      }
      if (i_ + 1 < s_.size() && s_[i_] == '-' && s_[i_ + 1] != ']') {
        const char b = s_[i_ + 1];
        if (b == '\\' || !Printable(b)) return false;
        const unsigned hi = static_cast<unsigned char>(b);
        if (hi < lo) return false;
        cls->AddRange(lo, hi);
        i_ += 2;
      } else {
        cls->Add(lo);
      }
    }
    return false;  // unterminated
  }

  bool Number(int* n) {
    bool digits = false;
    long v = 0;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') {
      v = v * 10 + (s_[i_] - '0');
      if (v > SimpleRegex::kMaxPositions) return false;  // more atoms than allowed anyway
      ++i_;
      digits = true;
    }
    *n = static_cast<int>(v);
    return digits;
  }

  bool Quantifier(int* atom) {
    if (i_ >= s_.size()) return true;
    int min = 1, max = 1;
    const char q = s_[i_];
    if (q == '*') {
      min = 0;
      max = -1;
      ++i_;
    } else if (q == '+') {
      max = -1;
      ++i_;
    } else if (q == '?') {
      min = 0;
      ++i_;
    } else if (q == '{') {
      ++i_;
      if (!Number(&min) || i_ >= s_.size()) return false;
      if (s_[i_] == '}') {
        max = min;
      } else if (s_[i_] == ',') {
        ++i_;
        if (i_ < s_.size() && s_[i_] == '}') {
          max = -1;
        } else if (!Number(&max) || i_ >= s_.size() || s_[i_] != '}' || max < min) {
          return false;
        }
      } else {
        return false;
      }
      ++i_;  // '}'
    } else {
      return true;
    }
    // A lazy quantifier matches the same strings under `test`.
    if (i_ < s_.size() && s_[i_] == '?') ++i_;
    // A quantifier on a quantifier is not ECMA-262; leave it to RE2's checks.
    if (i_ < s_.size() && std::strchr("*+?{", s_[i_]) != nullptr) return false;
    Tree rep;
    rep.kind = Tree::kRepeat;
    rep.min = min;
    rep.max = max;
    rep.children.push_back(*atom);
    *atom = Add(std::move(rep));
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<Tree> trees_;
};

// The position automaton of a tree.
class Positions {
 public:
  explicit Positions(const std::vector<Tree>& trees) : trees_(trees) { follow_.emplace_back(); }

  struct Fragment {
    Set first, last;
    bool nullable = true;
  };

  bool Emit(int id, Fragment* out) {
    // Repetition counts unroll subtrees; bound the walk for those that emit
    // no positions (`(?:){200}`), which the position cap does not.
    if (++visits_ > kMaxVisits) return false;
    const Tree& t = trees_[static_cast<std::size_t>(id)];
    *out = Fragment{};
    switch (t.kind) {
      case Tree::kEmpty:
        return true;
      case Tree::kAtom: {
        if (static_cast<int>(classes_.size()) >= SimpleRegex::kMaxPositions) return false;
        classes_.push_back(t.cls);
        follow_.emplace_back();
        const int p = static_cast<int>(classes_.size());  // positions start at 1
        out->first.Add(p);
        out->last.Add(p);
        out->nullable = false;
        return true;
      }
      case Tree::kConcat:
        for (int child : t.children) {
          Fragment f;
          if (!Emit(child, &f)) return false;
          Append(out, f);
        }
        return true;
      case Tree::kAlternation:
        out->nullable = false;
        for (int child : t.children) {
          Fragment f;
          if (!Emit(child, &f)) return false;
          out->first |= f.first;
          out->last |= f.last;
          out->nullable = out->nullable || f.nullable;
        }
        return true;
      case Tree::kRepeat: {
        const int child = t.children[0];
        for (int k = 0; k < t.min; ++k) {
          Fragment f;
          if (!Emit(child, &f)) return false;
          Append(out, f);
        }
        if (t.max < 0) {
          Fragment f;
          if (!Emit(child, &f)) return false;
          f.last.ForEach([&](int p) { follow_[static_cast<std::size_t>(p)] |= f.first; });
          f.nullable = true;
          Append(out, f);
        } else {
          for (int k = t.min; k < t.max; ++k) {
            Fragment f;
            if (!Emit(child, &f)) return false;
            f.nullable = true;
            Append(out, f);
          }
        }
        return true;
      }
    }
    return false;
  }

  int count() const { return static_cast<int>(classes_.size()); }
  const Class& cls(int p) const { return classes_[static_cast<std::size_t>(p - 1)]; }
  const Set& follow(int p) const { return follow_[static_cast<std::size_t>(p)]; }

 private:
  // out := out followed by f.
  void Append(Fragment* out, const Fragment& f) {
    out->last.ForEach([&](int p) { follow_[static_cast<std::size_t>(p)] |= f.first; });
    if (out->nullable) out->first |= f.first;
    if (f.nullable) {
      out->last |= f.last;
    } else {
      out->last = f.last;
    }
    out->nullable = out->nullable && f.nullable;
  }

  static constexpr int kMaxVisits = 8 * SimpleRegex::kMaxPositions;
  const std::vector<Tree>& trees_;
  int visits_ = 0;
  std::vector<Class> classes_;
  std::vector<Set> follow_;  // [0] unused: the start's successors are kept apart
};

}  // namespace

bool SimpleRegex::Build(std::string_view pattern) {
  table_.clear();
  always_ = false;
  width_ = row_ = classes_ = start_ = 0;
  Parser parser(pattern);
  std::vector<Parser::Branch> branches;
  if (!parser.Run(&branches)) return false;
  Positions pos(parser.trees());
  // first_anchored: where a match may begin at the text's start only;
  // first_anywhere: at every byte. last_end: positions that complete a
  // match only at the text's end; last_any: that complete one outright.
  Set first_anchored, first_anywhere, last_end, last_any;
  bool empty_text_matches = false;
  for (const Parser::Branch& b : branches) {
    Positions::Fragment f;
    if (!pos.Emit(b.tree, &f)) return false;
    (b.anchored_start ? first_anchored : first_anywhere) |= f.first;
    (b.anchored_end ? last_end : last_any) |= f.last;
    if (f.nullable) {
      // An empty match: at the start (anywhere, then) without $, at the end
      // without ^ — so in every text — or, for ^...$, in the empty text.
      if (!b.anchored_end || !b.anchored_start) always_ = true;
      else empty_text_matches = true;
    }
  }
  if (always_) return true;

  // Byte classes: bytes that the same positions accept.
  const int n = pos.count();
  std::vector<Set> accepts;  // per class
  {
    std::vector<Set> by_byte(128);  // bytes 0x80 and above: no position
    for (int p = 1; p <= n; ++p) {
      const Class& cls = pos.cls(p);
      for (std::uint64_t b = cls.lo; b; b &= b - 1) by_byte[__builtin_ctzll(b)].Add(p);
      for (std::uint64_t b = cls.hi; b; b &= b - 1) by_byte[64 + __builtin_ctzll(b)].Add(p);
    }
    auto class_of_set = [&accepts](const Set& set) {
      std::size_t k = 0;
      while (k < accepts.size() && !(accepts[k] == set)) ++k;
      if (k == accepts.size()) accepts.push_back(set);
      return static_cast<std::uint8_t>(k);
    };
    for (unsigned c = 0; c < 128; ++c) class_of_[c] = class_of_set(by_byte[c]);
    std::memset(class_of_ + 128, class_of_set(Set{}), 128);
  }
  const std::size_t classes = accepts.size();
  width_ = static_cast<std::uint32_t>(classes + 1);

  // Subset construction; states 0 (dead) and 1 (matched) are fixed.
  std::vector<Set> states(2);
  std::unordered_map<Set, std::uint32_t, SetHash> index;
  Set start;
  start.Add(0);
  states.push_back(start);
  index.emplace(start, 2);
  table_.assign(3 * width_, 0);
  for (std::uint32_t c = 0; c < width_; ++c) table_[width_ + c] = static_cast<std::uint16_t>(width_);
  for (std::size_t id = 2; id < states.size(); ++id) {
    const Set s = states[id];
    Set next = first_anywhere;
    if (s.Has(0)) next |= first_anchored;
    s.ForEach([&](int p) {
      if (p > 0) next |= pos.follow(p);
    });
    for (std::size_t c = 0; c < classes; ++c) {
      const Set t = next & accepts[c];
      std::uint32_t target;
      if (!(t & last_any).Empty()) {
        target = 1;
      } else if (t.Empty() && first_anywhere.Empty()) {
        target = 0;
      } else {
        // find before emplace: emplace allocates a node even for a set
        // already known, the common case.
        auto it = index.find(t);
        if (it == index.end()) {
          if (states.size() >= kMaxStates || (states.size() + 1) * width_ > 0xFFFF) return false;
          it = index.emplace(t, static_cast<std::uint32_t>(states.size())).first;
          states.push_back(t);
          table_.resize(states.size() * width_, 0);
        }
        target = it->second;
      }
      table_[id * width_ + c] = static_cast<std::uint16_t>(target * width_);
    }
    const bool accepting = !(s & last_end).Empty() || (s.Has(0) && empty_text_matches);
    table_[id * width_ + classes] = accepting ? 1 : 0;
  }
  start_ = 2 * width_;
  row_ = width_;
  classes_ = static_cast<std::uint32_t>(classes);
  AddPairSteps(states.size());
  return true;
}

// Each row gains classes² entries after its own: the row reached from it by
// two bytes, indexed by their classes (first * classes + second). The two
// steps compose exactly (the dead and matched rows are absorbing, so a
// match or a dead end on the first byte is kept by the second), and Search
// then waits for one table load per two bytes instead of one per byte: the
// loads depend on each other, so their latency, not their number, is what
// a long text costs. Done only while the table stays small.
void SimpleRegex::AddPairSteps(std::size_t states) {
  const std::uint32_t pairs = classes_ * classes_;
  const std::uint32_t row = width_ + pairs;
  if (states * pairs > kMaxPairEntries || states * row > 0xFFFF) return;
  std::vector<std::uint16_t> out(states * row, 0);
  auto step = [&](std::uint32_t id, std::uint32_t c) { return table_[id * width_ + c] / width_; };
  for (std::uint32_t id = 0; id < states; ++id) {
    for (std::uint32_t c = 0; c < width_; ++c) {
      // Transitions hold row offsets; the last column is the end flag.
      const std::uint16_t v = table_[id * width_ + c];
      out[id * row + c] = c + 1 == width_ ? v : static_cast<std::uint16_t>(v / width_ * row);
    }
    for (std::uint32_t a = 0; a < classes_; ++a)
      for (std::uint32_t b = 0; b < classes_; ++b)
        out[id * row + width_ + a * classes_ + b] = static_cast<std::uint16_t>(step(step(id, a), b) * row);
  }
  table_ = std::move(out);
  start_ = 2 * row;
  row_ = row;
}

}  // namespace stepcache::schemas
