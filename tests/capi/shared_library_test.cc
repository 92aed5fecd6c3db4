// libstepcache.so as a C caller meets it: its SONAME, its dynamic symbol
// table (only the C API: nothing internal, no C++ or third-party symbol),
// and that every function of stepcache/c.h is there and works when loaded
// with dlopen.
#include <dlfcn.h>

#include <cstdio>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/command.h"

namespace {

const std::string kLibrary = STEPCACHE_SHARED_LIBRARY;

std::string Capture(const std::string& command) {
  return stepcache::test_support::RunCommand(command).out;
}

const char* const kApi[] = {
    "stepcache_version",      "stepcache_string_free",  "stepcache_validate",
    "stepcache_schema_compile", "stepcache_schema_compile_with_options",
    "stepcache_schema_validate", "stepcache_schema_free", "stepcache_repair",
    "stepcache_check",        "stepcache_engine_new",   "stepcache_serve",
    "stepcache_engine_stats", "stepcache_engine_free",
};

TEST(SharedLibraryTest, ExportsExactlyTheCApi) {
  const std::string table = Capture("nm -D --defined-only '" + kLibrary + "'");
  ASSERT_FALSE(table.empty()) << "nm -D printed nothing for " << kLibrary;
  std::set<std::string> exported;
  std::size_t start = 0;
  while (start < table.size()) {
    std::size_t end = table.find('\n', start);
    if (end == std::string::npos) end = table.size();
    const std::string line = table.substr(start, end - start);
    start = end + 1;
    const std::size_t space = line.rfind(' ');
    if (line.empty() || space == std::string::npos) continue;
    const std::string name = line.substr(space + 1);
#if defined(STEPCACHE_SANITIZED)
    // An instrumented build may carry the sanitizers' own bookkeeping symbols.
    if (name.rfind("__asan", 0) == 0 || name.rfind("__odr_asan", 0) == 0 ||
        name.rfind("__ubsan", 0) == 0 || name.rfind("__sanitizer", 0) == 0) {
      continue;
    }
#endif
    exported.insert(name);
  }
  const std::set<std::string> expected(std::begin(kApi), std::end(kApi));
  EXPECT_EQ(exported, expected) << table;
}

TEST(SharedLibraryTest, HasAVersionedSoname) {
  const std::string dynamic = Capture("readelf -d '" + kLibrary + "'");
  EXPECT_NE(dynamic.find("Library soname: [libstepcache.so.0]"), std::string::npos) << dynamic;
}

TEST(SharedLibraryTest, WorksWhenLoadedWithDlopen) {
  void* handle = ::dlopen(kLibrary.c_str(), RTLD_NOW | RTLD_LOCAL);
  ASSERT_NE(handle, nullptr) << ::dlerror();
  for (const char* name : kApi) EXPECT_NE(::dlsym(handle, name), nullptr) << name;
  using Validate = int (*)(const char*, const char*, char**);
  using Free = void (*)(char*);
  auto validate = reinterpret_cast<Validate>(::dlsym(handle, "stepcache_validate"));
  auto string_free = reinterpret_cast<Free>(::dlsym(handle, "stepcache_string_free"));
  ASSERT_TRUE(validate && string_free);
  char* errors = nullptr;
  EXPECT_EQ(validate(R"({"type": "integer"})", "1", &errors), 1);
  EXPECT_EQ(validate(R"({"type": "integer"})", "\"1\"", &errors), 0);
  ASSERT_NE(errors, nullptr);
  EXPECT_NE(std::string(errors).find("\"keyword\":\"type\""), std::string::npos) << errors;
  string_free(errors);
  EXPECT_EQ(validate(nullptr, "1", &errors), -1);
  EXPECT_STREQ(errors, "schema_json is NULL");
  string_free(errors);
  ::dlclose(handle);
}

}  // namespace
