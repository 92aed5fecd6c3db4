// SimpleRegex: parse the restricted pattern subset, then simulate its NFA
// with bit operations (bit i set = "the next atom to match is atom i").
#include "simple_regex.h"

#include <cstring>

namespace stepcache::schemas {
namespace {

struct Class {
  std::uint64_t lo = 0, hi = 0;  // ASCII bitmap
  void Add(unsigned c) { (c < 64 ? lo : hi) |= std::uint64_t{1} << (c & 63); }
  void AddRange(unsigned a, unsigned b) {
    for (unsigned c = a; c <= b; ++c) Add(c);
  }
  bool Has(unsigned c) const { return ((c < 64 ? lo : hi) >> (c & 63)) & 1; }
};

bool IsPunct(char c) {
  return std::strchr("\\^$.|?*+()[]{}/-_:;,!@#%&=<>~'\"` ", c) != nullptr && c != '\0';
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

}  // namespace

bool SimpleRegex::Build(std::string_view s) {
  if (!s.empty() && s[0] == '^') {
    anchored_start_ = true;
    s.remove_prefix(1);
  }
  if (!s.empty() && s.back() == '$') {
    std::size_t slashes = 0;
    for (std::size_t k = s.size() - 1; k > 0 && s[k - 1] == '\\'; --k) ++slashes;
    if (slashes % 2 == 0) {
      anchored_end_ = true;
      s.remove_suffix(1);
    }
  }
  std::size_t i = 0;
  auto add_atom = [&](const Class& cls, bool star, bool skip) -> bool {
    if (atoms_ >= 62) return false;
    const std::uint64_t bit = std::uint64_t{1} << atoms_;
    for (unsigned c = 0; c < 128; ++c)
      if (cls.Has(c)) accept_[c] |= bit;
    if (star) star_ |= bit;
    if (skip) skip_ |= bit;
    ++atoms_;
    return true;
  };
  while (i < s.size()) {
    Class cls;
    char c = s[i];
    if (c == '[') {
      ++i;
      if (i < s.size() && s[i] == '^') return false;
      bool closed = false;
      while (i < s.size()) {
        char a = s[i];
        if (a == ']') {
          closed = true;
          ++i;
          break;
        }
        unsigned lo;
        if (a == '\\') {
          if (i + 1 >= s.size()) return false;
          char e = s[i + 1];
          i += 2;
          if (e == 'd' || e == 'w') {
            Escape(e, &cls);
            continue;
          }
          if (!IsPunct(e)) return false;
          lo = static_cast<unsigned char>(e);
        } else {
          if (!Printable(a) || a == '[') return false;
          lo = static_cast<unsigned char>(a);
          ++i;
        }
        if (i + 1 < s.size() && s[i] == '-' && s[i + 1] != ']') {
          char b = s[i + 1];
          if (b == '\\' || !Printable(b)) return false;
          unsigned hi = static_cast<unsigned char>(b);
          if (hi < lo) return false;
          cls.AddRange(lo, hi);
          i += 2;
        } else {
          cls.Add(lo);
        }
      }
      if (!closed) return false;
    } else if (c == '\\') {
      if (i + 1 >= s.size() || !Escape(s[i + 1], &cls)) return false;
      i += 2;
    } else if (std::strchr(".()|^$*+?{}]", c) != nullptr || !Printable(c)) {
      return false;
    } else {
      cls.Add(static_cast<unsigned char>(c));
      ++i;
    }
    // Quantifier.
    std::size_t min = 1, max = 1;
    bool unbounded = false, quantified = true;
    char q = i < s.size() ? s[i] : '\0';
    if (q == '*') {
      min = 0;
      unbounded = true;
      ++i;
    } else if (q == '+') {
      unbounded = true;
      ++i;
    } else if (q == '?') {
      min = 0;
      ++i;
    } else if (q == '{') {
      std::size_t j = i + 1, a = 0, b = 0;
      bool digits = false;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9' && a < 100) {
        a = a * 10 + static_cast<std::size_t>(s[j] - '0');
        ++j;
        digits = true;
      }
      if (!digits || j >= s.size()) return false;
      if (s[j] == '}') {
        b = a;
      } else if (s[j] == ',') {
        ++j;
        if (j < s.size() && s[j] == '}') {
          unbounded = true;
        } else {
          bool more = false;
          while (j < s.size() && s[j] >= '0' && s[j] <= '9' && b < 100) {
            b = b * 10 + static_cast<std::size_t>(s[j] - '0');
            ++j;
            more = true;
          }
          if (!more || j >= s.size() || s[j] != '}' || b < a) return false;
        }
      } else {
        return false;
      }
      min = a;
      max = b;
      i = j + 1;
    } else {
      quantified = false;
    }
    // A lazy quantifier matches the same strings under `test`.
    if (quantified && i < s.size() && s[i] == '?') ++i;
    for (std::size_t k = 0; k < min; ++k)
      if (!add_atom(cls, false, false)) return false;
    if (unbounded) {
      if (!add_atom(cls, true, true)) return false;
    } else {
      for (std::size_t k = min; k < max; ++k)
        if (!add_atom(cls, false, true)) return false;
    }
  }
  final_ = std::uint64_t{1} << atoms_;
  int longest = 0, run = 0;
  for (int k = 0; k < atoms_; ++k) {
    run = (skip_ >> k) & 1 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  std::uint64_t window = skip_;  // window[i]: atoms i .. i+2^k-1 all skippable
  for (steps_ = 0; steps_ < 6 && (1 << steps_) <= longest; ++steps_) {
    prop_[steps_] = window;
    window &= window >> (1 << steps_);
  }
  return true;
}

std::uint64_t SimpleRegex::Closure(std::uint64_t s) const {
  // Skippable atoms pass the state on without input. Jumps of 1, 2, 4, ...
  // atoms over all-skippable windows (prop_[k]) cover every run in
  // log2(longest run) steps instead of one step per atom.
  for (int k = 0; k < steps_; ++k) s |= (s & prop_[k]) << (1 << k);
  return s;
}

bool SimpleRegex::Search(const char* text, std::size_t n) const {
  const std::uint64_t start = Closure(1);
  std::uint64_t state = start;
  if ((state & final_) && !anchored_end_) return true;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::uint64_t take = c < 128 ? (state & accept_[c]) : 0;
    state = Closure(((take & ~star_) << 1) | (take & star_));
    if (!anchored_start_) state |= start;
    if ((state & final_) && !anchored_end_) return true;
    if (state == 0) return false;
  }
  return (state & final_) != 0;
}

}  // namespace stepcache::schemas
