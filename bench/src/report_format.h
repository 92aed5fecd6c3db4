// Number formatting shared by report.cc and report_html.cc (internal to the
// bench library). Pure, thread-safe.
#ifndef STEPCACHE_BENCH_SRC_REPORT_FORMAT_H_
#define STEPCACHE_BENCH_SRC_REPORT_FORMAT_H_

#include <cstdio>
#include <string>

namespace stepcache::bench {

// printf of one double into a std::string of the exact length (no cut).
inline std::string Fmt(const char* f, double v) {
  const int n = std::snprintf(nullptr, 0, f, v);
  std::string out(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
  std::snprintf(out.data(), out.size() + 1, f, v);
  return out;
}

}  // namespace stepcache::bench

#endif  // STEPCACHE_BENCH_SRC_REPORT_FORMAT_H_
