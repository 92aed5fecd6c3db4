// The vendored JSON-Schema-Test-Suite (tests/data/json-schema-test-suite):
// where it is, and its remote documents as a Registry under the URIs the
// suite's tests use (http://localhost:1234/...).
#ifndef STEPCACHE_TESTS_SUPPORT_TEST_SUITE_H_
#define STEPCACHE_TESTS_SUPPORT_TEST_SUITE_H_

#include <filesystem>
#include <string>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/registry.h"

namespace stepcache::test_support {

inline const std::filesystem::path& SuiteRoot() {
  static const std::filesystem::path root =
      std::filesystem::path(STEPCACHE_SOURCE_DIR) / "tests/data/json-schema-test-suite";
  return root;
}

inline const schemas::Registry& SuiteRemotes() {
  namespace fs = std::filesystem;
  static const schemas::Registry* registry = [] {
    auto* r = new schemas::Registry();
    for (const auto& entry : fs::recursive_directory_iterator(SuiteRoot() / "remotes")) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      std::string text, err;
      if (!ReadFile(entry.path().string(), &text, &err)) continue;
      std::string rel = fs::relative(entry.path(), SuiteRoot() / "remotes").generic_string();
      r->AddText("http://localhost:1234/" + rel, text);
    }
    return r;
  }();
  return *registry;
}

}  // namespace stepcache::test_support

#endif  // STEPCACHE_TESTS_SUPPORT_TEST_SUITE_H_
