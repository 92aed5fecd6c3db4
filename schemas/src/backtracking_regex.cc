// PCRE2 behind a match budget. The pattern reaching PCRE2 is the ECMA
// translation (explicit \x{..} literals and classes, \A and \z), so only UTF
// mode and ECMA's reading of unset back-references are set here.
#include "backtracking_regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

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

}  // namespace

struct BacktrackingRegex::Impl {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
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
  thread_local ThreadMatchData data;
  if (!data.md) {
    if (reason) *reason = "out of memory";
    return Outcome::kGaveUp;
  }
  const auto subject = reinterpret_cast<PCRE2_SPTR>(n ? s : "");
  int rc = pcre2_match(impl_->code, subject, n, 0, 0, data.md, impl_->context);
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
