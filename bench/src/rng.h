// splitmix64: a tiny, portable generator, so a seed yields the same workload
// on every standard library (std:: distributions are implementation-defined).
// Shared by the benchmark's workload generators; internal to bench/.
#ifndef STEPCACHE_BENCH_SRC_RNG_H_
#define STEPCACHE_BENCH_SRC_RNG_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace stepcache::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  long Int(long lo, long hi) { return lo + static_cast<long>(Next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Next() % v.size()]; }
  template <typename T>
  void Shuffle(std::vector<T>* v) {
    for (std::size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[Next() % i]);
  }

 private:
  std::uint64_t state_;
};

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_SRC_RNG_H_
