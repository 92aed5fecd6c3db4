// PCRE2 behind a match budget. The pattern reaching PCRE2 is the ECMA
// translation (explicit \x{..} literals and classes, \A and \z), so only UTF
// mode and ECMA's reading of unset back-references are set here.
#include "backtracking_regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstring>
#include <string>
#include <vector>

#include "simple_regex.h"
#include "stepcache/schemas/ecma_regex.h"

namespace stepcache::schemas {
namespace {

std::string Pcre2Message(int code) {
  PCRE2_UCHAR buf[256];
  const int n = pcre2_get_error_message(code, buf, sizeof buf);
  return n > 0 ? std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n)) : "PCRE2 error";
}

// One match-data block per thread: matches need no allocation, and a Search
// never shares its block with another thread. One ovector pair suffices, as
// only whether there is a match is asked.
struct ThreadMatchData {
  pcre2_match_data* md = pcre2_match_data_create(1, nullptr);
  ~ThreadMatchData() { pcre2_match_data_free(md); }
};

// One JIT stack per thread, grown on demand up to kJitStackMax, handed to
// PCRE2 through the shared match context's callback.
constexpr std::size_t kJitStackMax = std::size_t{8} << 20;

struct ThreadJitStack {
  pcre2_jit_stack* stack = pcre2_jit_stack_create(32 * 1024, kJitStackMax, nullptr);
  ~ThreadJitStack() { pcre2_jit_stack_free(stack); }
};

pcre2_jit_stack* JitStackOfThisThread(void*) {
  thread_local ThreadJitStack holder;
  return holder.stack;  // null: PCRE2 falls back to its small default
}

// A byte that stands for itself outside a class, whatever the flags.
bool PlainLiteral(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c != '\0' && std::strchr("-_ :/@,=!#%&~'\"<>;`", c) != nullptr);
}

// "^(?!L1)(?!L2)...REST" where each L is a literal (plain bytes and escaped
// syntax characters) and REST has no top-level alternative: the shape of
// most look-ahead patterns in real schemas ("^(?!org\\.bukkit\\.)(?!-)[a-z0-9.-]+$",
// "^(?!-)[a-z]+$"). The pattern then matches exactly when the text starts
// with none of the literals and "^REST" matches it (an ECMA look-ahead of a
// literal at the start asks whether the text starts with it; "^" binds to
// the one alternative). Fills *literals and *rest; false for any other shape.
bool SplitLeadingNegativeLiterals(std::string_view p, std::vector<std::string>* literals, std::string* rest) {
  if (p.empty() || p[0] != '^') return false;
  std::size_t i = 1;
  literals->clear();
  while (p.substr(i, 3) == "(?!") {
    i += 3;
    std::string lit;
    while (i < p.size() && p[i] != ')') {
      if (p[i] == '\\') {
        if (i + 1 >= p.size() || p[i + 1] == '\0' || !std::strchr(".*+?()[]{}|^$\\/-", p[i + 1])) return false;
        lit += p[i + 1];
        i += 2;
      } else if (PlainLiteral(p[i])) {
        lit += p[i++];
      } else {
        return false;
      }
    }
    if (i >= p.size() || lit.empty()) return false;
    ++i;  // ')'
    literals->push_back(std::move(lit));
  }
  if (literals->empty()) return false;
  // A quantified look-ahead ("(?!a)*", Annex B) is no prefix test.
  if (i < p.size() && std::strchr("*+?{", p[i])) return false;
  // No '|' outside groups and classes.
  int depth = 0;
  for (std::size_t k = i; k < p.size(); ++k) {
    const char c = p[k];
    if (c == '\\') {
      ++k;
    } else if (c == '[') {
      ++k;
      if (k < p.size() && p[k] == '^') ++k;
      while (k < p.size() && p[k] != ']') k += p[k] == '\\' ? 2 : 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  *rest = "^" + std::string(p.substr(i));
  return true;
}

// Whether PCRE2 may skip its UTF-8 check: ASCII, eight bytes at a time (any
// other text goes through pcre2_match, which checks it).
bool Ascii(const char* s, std::size_t n) {
  std::size_t i = 0;
  std::uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s + i, 8);
    acc |= w;
  }
  for (; i < n; ++i) acc |= static_cast<unsigned char>(s[i]);
  return (acc & 0x8080808080808080ull) == 0;
}

}  // namespace

struct BacktrackingRegex::Impl {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  // Set when the pattern splits into refused prefixes and a simple rest
  // (SplitLeadingNegativeLiterals): no PCRE2 at match time then.
  bool split = false;
  std::vector<std::string> refused;
  SimpleRegex rest;
  ~Impl() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

BacktrackingRegex::~BacktrackingRegex() = default;

std::unique_ptr<BacktrackingRegex> BacktrackingRegex::Compile(std::string_view ecma_pattern, std::string* why) {
  std::string translated;
  RegexError rerr;
  if (!TranslateEcmaRegexForPcre2(ecma_pattern, &translated, &rerr)) {
    if (why) *why = rerr.message + " at byte " + std::to_string(rerr.offset);
    return nullptr;
  }
  std::unique_ptr<BacktrackingRegex> re(new BacktrackingRegex());
  re->impl_ = std::make_unique<Impl>();
  int code = 0;
  PCRE2_SIZE offset = 0;
  re->impl_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                                  PCRE2_UTF | PCRE2_MATCH_UNSET_BACKREF, &code, &offset, nullptr);
  if (!re->impl_->code) {
    if (why) *why = "PCRE2 cannot compile the pattern: " + Pcre2Message(code);
    return nullptr;
  }
  std::string rest;
  if (SplitLeadingNegativeLiterals(ecma_pattern, &re->impl_->refused, &rest))
    re->impl_->split = re->impl_->rest.Build(rest);
  // A split pattern never reaches PCRE2 at match time: it was compiled above
  // only to have PCRE2's verdict on the pattern, and needs no JIT code (the
  // JIT's executable memory and its compile were most of such a pattern's
  // compile time) and no match context.
  if (re->impl_->split) return re;
  re->jit_ = pcre2_jit_compile(re->impl_->code, PCRE2_JIT_COMPLETE) == 0;
  re->impl_->context = pcre2_match_context_create(nullptr);
  if (!re->impl_->context) {
    if (why) *why = "out of memory";
    return nullptr;
  }
  pcre2_set_match_limit(re->impl_->context, kMatchLimit);
  pcre2_set_depth_limit(re->impl_->context, kDepthLimit);
  pcre2_set_heap_limit(re->impl_->context, kHeapLimitKiB);
  if (re->jit_) pcre2_jit_stack_assign(re->impl_->context, JitStackOfThisThread, nullptr);
  return re;
}

BacktrackingRegex::Outcome BacktrackingRegex::Search(const char* s, std::size_t n, std::string* reason) const {
  if (impl_->split) {
    for (const std::string& lit : impl_->refused) {  // short literals: compared inline
      if (n < lit.size()) continue;
      std::size_t k = 0;
      while (k < lit.size() && s[k] == lit[k]) ++k;
      if (k == lit.size()) return Outcome::kNoMatch;
    }
    return impl_->rest.Search(n ? s : "", n) ? Outcome::kMatch : Outcome::kNoMatch;
  }
  thread_local ThreadMatchData data;
  if (!data.md) {
    if (reason) *reason = "out of memory";
    return Outcome::kGaveUp;
  }
  const auto subject = reinterpret_cast<PCRE2_SPTR>(n ? s : "");
  // The JIT's own entry skips pcre2_match's checks, the UTF-8 one included:
  // only for a text known to be valid (ASCII) here.
  int rc = jit_ && Ascii(s, n) ? pcre2_jit_match(impl_->code, subject, n, 0, 0, data.md, impl_->context)
                               : pcre2_match(impl_->code, subject, n, 0, 0, data.md, impl_->context);
  // The JIT's stack is small and fixed; the interpreter keeps its
  // backtracking on the heap, bounded by kHeapLimitKiB: a long subject
  // that is merely deep gets its answer there instead of a false "gave up".
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT) rc = pcre2_match(impl_->code, subject, n, 0, PCRE2_NO_JIT, data.md, impl_->context);
  if (rc >= 0) return Outcome::kMatch;
  if (rc == PCRE2_ERROR_NOMATCH) return Outcome::kNoMatch;
  if (reason) {
    switch (rc) {
      case PCRE2_ERROR_MATCHLIMIT:
        *reason = "more than " + std::to_string(kMatchLimit) + " backtracking steps";
        break;
      case PCRE2_ERROR_DEPTHLIMIT:
        *reason = "backtracking nested deeper than " + std::to_string(kDepthLimit);
        break;
      case PCRE2_ERROR_HEAPLIMIT:
        *reason = "more than " + std::to_string(kHeapLimitKiB) + " KiB of backtracking memory";
        break;
      case PCRE2_ERROR_JIT_STACKLIMIT:
        *reason = "the JIT stack limit";
        break;
      default:
        *reason = Pcre2Message(rc);
    }
  }
  return Outcome::kGaveUp;
}

}  // namespace stepcache::schemas
