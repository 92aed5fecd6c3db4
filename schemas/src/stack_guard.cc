// StackGuard: the thread's stack bounds from pthread (glibc), or a fixed
// conservative budget where they are not available.
#include "stack_guard.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <pthread.h>
#endif

namespace stepcache::schemas {

namespace {

// The lowest usable stack address of the calling thread; asking pthread
// reads /proc on the main thread, so it is done once per thread.
std::uintptr_t ThreadStackLow() {
  thread_local std::uintptr_t low = 0;
  thread_local bool known = false;
  if (known) return low;
  known = true;
  char marker;
  const auto here = reinterpret_cast<std::uintptr_t>(&marker);
  low = 0;
#if defined(__linux__) && defined(__GLIBC__)
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
