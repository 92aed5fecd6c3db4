// Knows how much native stack the current thread has left, so recursive
// walks (the evaluator, the compiler) stop with a clean error instead of
// overflowing, whatever depth limits a caller configured and however large
// the frames of this build (sanitizers make them much larger) are.
#ifndef STEPCACHE_SCHEMAS_SRC_STACK_GUARD_H_
#define STEPCACHE_SCHEMAS_SRC_STACK_GUARD_H_

#include <cstddef>
#include <cstdint>

namespace stepcache::schemas {

class StackGuard {
 public:
  // Captures the current thread's stack bounds; keeps `reserve` bytes spare.
  explicit StackGuard(std::size_t reserve = 256 * 1024);

  // True once the stack below the caller has less than the reserve left.
  bool Exhausted() const {
    char marker;
    return reinterpret_cast<std::uintptr_t>(&marker) < limit_;
  }

 private:
  std::uintptr_t limit_ = 0;
};

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_STACK_GUARD_H_
