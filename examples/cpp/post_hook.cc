// A C++ cache's post-hook over StepCache's C API (stepcache::stepcache, the
// shared library): before a cached answer leaves the cache, check it against
// the request it is about to answer; serve it only when every step passes.
#include <cstdio>
#include <memory>
#include <string>

#include <stepcache/c.h>

namespace {

// Owns a string returned by the C API.
struct StringFree {
  void operator()(char* s) const { stepcache_string_free(s); }
};
using Owned = std::unique_ptr<char, StringFree>;

struct Verdict {
  int status;           // 1 pass, 0 fail, -1 bad input
  std::string details;  // the verdict JSON, or the error message
};

Verdict Check(const char* task, const std::string& prompt, const char* schema,
              const std::string& answer) {
  char* out = nullptr;
  const int status = stepcache_check(task, prompt.c_str(), schema, answer.c_str(), &out);
  Owned owned(out);
  return {status, owned ? owned.get() : ""};
}

int failures = 0;
void Expect(bool ok, const char* what) {
  std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok) ++failures;
}

}  // namespace

int main() {
  // The other cache matched this request to an answer it stored for
  // "3x + 5 = 20": similar prompt, different constant.
  const std::string cached = "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5\n";
  const Verdict same = Check("linear_equation", "Solve for x: 3x + 5 = 20.", nullptr, cached);
  Expect(same.status == 1, "the cached answer is correct for its own prompt");
  const Verdict other = Check("linear_equation", "Solve for x: 3x + 5 = 26.", nullptr, cached);
  Expect(other.status == 0, "and rejected for a prompt that changed a constant");
  std::printf("      verdict: %s\n", other.details.c_str());
  const Verdict bad = Check("linear_equation", "Solve \xff", nullptr, cached);
  Expect(bad.status == -1 && bad.details.find("invalid UTF-8") != std::string::npos,
         "invalid UTF-8 is an error string, not a crash");

  // Validation in a loop: compile once.
  char* error = nullptr;
  std::unique_ptr<stepcache_schema_t, void (*)(stepcache_schema_t*)> schema(
      stepcache_schema_compile(R"({"type": "array", "items": {"type": "number"}})", &error),
      stepcache_schema_free);
  Owned error_owner(error);
  Expect(schema != nullptr, "the schema compiles");
  int valid = 0;
  for (const char* instance : {"[1, 2.5]", "[]", "[\"3\"]", "[4]"}) {
    valid += stepcache_schema_validate(schema.get(), instance, nullptr) == 1;
  }
  Expect(valid == 3, "three of four instances are valid");

  std::printf("%s\n", failures ? "c++ post_hook example: FAILED" : "c++ post_hook example: all ok");
  return failures ? 1 : 0;
}
