// Helpers shared by the C API's translation units: copying results out as
// malloc'd strings, checking text arguments, and the guard that turns every
// C++ exception into an ordinary error return.
#ifndef STEPCACHE_CAPI_SRC_C_UTIL_H_
#define STEPCACHE_CAPI_SRC_C_UTIL_H_

#include <exception>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace stepcache::capi {

// A malloc'd NUL-terminated copy of `s` (stepcache_string_free releases it);
// nullptr when memory is exhausted.
char* NewString(std::string_view s) noexcept;

// *out = a new copy of `s`, when `out` is not null.
void Put(char** out, std::string_view s) noexcept;

// *out = a one-line, valid UTF-8 copy of the error `message` (when `out`
// is not null): messages may quote caller text (a member name, a task), and
// the header promises one line. Control characters become escapes, invalid
// UTF-8 becomes U+FFFD. May throw std::bad_alloc: call it inside Guard.
void PutError(char** out, std::string_view message);

// *out = NULL, when `out` is not null.
inline void Clear(char** out) noexcept {
  if (out) *out = nullptr;
}

// "internal error: <what>" into *out; never throws.
void PutInternalError(char** out, const char* what) noexcept;

// A required text argument: false with *error ("<name> is NULL", "<name>:
// invalid UTF-8 at byte N") when `arg` is null or not UTF-8.
bool TextArg(const char* arg, const char* name, std::string_view* text, std::string* error);

// A required JSON argument: TextArg, then ParseJson; errors name `name`.
bool JsonArg(const char* arg, const char* name, rapidjson::Document* doc, std::string* error);

// Runs `body` and returns its result; any exception becomes `failure` with
// an internal-error message in *out. The C entry points call nothing else
// that may throw, so no exception reaches a C caller.
template <typename R, typename Body>
R Guard(char** out, R failure, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    PutInternalError(out, "out of memory");
  } catch (const std::exception& e) {
    PutInternalError(out, e.what());
  } catch (...) {
    PutInternalError(out, "unknown exception");
  }
  return failure;
}

}  // namespace stepcache::capi

#endif  // STEPCACHE_CAPI_SRC_C_UTIL_H_
