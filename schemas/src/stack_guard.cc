// StackGuard: the thread's stack bounds (glibc on Linux), or a fixed
// conservative budget where they are not available.
//
// On the main thread pthread_getattr_np reads and parses all of
// /proc/self/maps (about 250k instructions, a quarter of a millisecond, paid
// by the first schema a process compiles). The main thread's bounds are
// derived here instead from what the kernel enforces: the stack's top
// (glibc's __libc_stack_end, the initial stack pointer; the mapping reaches a
// little higher, over argv and the environment, so the bound is slightly
// conservative) less RLIMIT_STACK. Other threads, and a main thread whose
// limit is unlimited or large, still ask pthread (cheap off the main thread).
#include "stack_guard.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

// The initial stack pointer of the process, exported by glibc's dynamic
// loader (and by libc.a in static links) since glibc 2.1.
extern "C" void* __libc_stack_end;
#endif

namespace stepcache::schemas {

namespace {

#if defined(__linux__) && defined(__GLIBC__)
// The lowest usable address of the main thread's stack, from RLIMIT_STACK;
// 0 when the calling thread is not the main thread, is not on the process
// stack (a signal's alternate stack, a coroutine), or the limit is not one
// the kernel's layout guarantees room for: the kernel keeps at least 128 MiB
// (or the limit at exec time, if larger) free below the stack, so a larger
// limit raised after exec might overlap other mappings, and an unlimited one
// leaves the extent to the neighbouring mapping. Those cases ask pthread,
// which reads the mappings.
std::uintptr_t MainThreadStackLow(std::uintptr_t here) {
  constexpr std::uintptr_t kMaxTrustedLimit = std::uintptr_t{128} << 20;
  if (static_cast<long>(getpid()) != syscall(SYS_gettid)) return 0;
  const auto top = reinterpret_cast<std::uintptr_t>(__libc_stack_end);
  if (top == 0 || here >= top) return 0;
  rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
      limit.rlim_cur > kMaxTrustedLimit)
    return 0;
  // Like glibc, round the top up to a page: the stack's mapping ends on one.
  const long page = sysconf(_SC_PAGESIZE);
  const std::uintptr_t page_size = page > 0 ? static_cast<std::uintptr_t>(page) : 4096;
  const std::uintptr_t top_page = (top & ~(page_size - 1)) + page_size;
  const auto size = static_cast<std::uintptr_t>(limit.rlim_cur);
  if (size >= top_page) return 0;
  const std::uintptr_t low = top_page - size;
  if (here <= low) return 0;  // not on the process stack, or already past its limit
  return low;
}
#endif

// The lowest usable stack address of the calling thread; 0 when unknown.
// Done once per thread.
std::uintptr_t ThreadStackLow() {
  thread_local std::uintptr_t low = 0;
  thread_local bool known = false;
  if (known) return low;
  known = true;
  char marker;
  const auto here = reinterpret_cast<std::uintptr_t>(&marker);
  low = 0;
#if defined(__linux__) && defined(__GLIBC__)
  low = MainThreadStackLow(here);
  if (low != 0) return low;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    std::size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr != nullptr) {
      const auto base = reinterpret_cast<std::uintptr_t>(addr);
      if (base < here && here - base <= (std::uintptr_t{1} << 32)) low = base;
    }
    pthread_attr_destroy(&attr);
  }
#endif
  return low;
}

}  // namespace

StackGuard::StackGuard(std::size_t reserve) {
  char marker;
  const auto here = reinterpret_cast<std::uintptr_t>(&marker);
  // Fallback: assume 1 MiB below the current frame (the smallest common
  // default thread stack); the stack grows down on every supported target.
  std::uintptr_t low = here > (std::uintptr_t{1} << 20) ? here - (std::uintptr_t{1} << 20) : 0;
  std::uintptr_t budget_low = ThreadStackLow();
  if (budget_low == 0 || budget_low > here) budget_low = low;
  limit_ = budget_low + reserve;
  if (limit_ > here) limit_ = here;  // no room at all: every check fails cleanly
}

}  // namespace stepcache::schemas
