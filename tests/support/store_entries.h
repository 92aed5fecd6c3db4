// Requests and entries the store tests put into every Store implementation
// (memory, SQLite, Redis), so the contract is tested on the same data.
#ifndef STEPCACHE_TESTS_SUPPORT_STORE_ENTRIES_H_
#define STEPCACHE_TESTS_SUPPORT_STORE_ENTRIES_H_

#include <string>

#include "stepcache/engine/store.h"

namespace stepcache::test_support {

inline engine::Request MathRequest(const std::string& prompt, const std::string& tenant = "acme") {
  engine::Request r;
  r.tenant = tenant;
  r.task = "linear_equation";
  r.model = "m1";
  r.prompt = prompt;
  return r;
}

inline engine::Entry MakeEntry(const engine::Request& r, const std::string& output) {
  engine::Entry e;
  e.request = r;
  e.output = output;
  e.metadata_json = R"({"steps":3})";
  return e;
}

}  // namespace stepcache::test_support

#endif  // STEPCACHE_TESTS_SUPPORT_STORE_ENTRIES_H_
