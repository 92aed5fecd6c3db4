// Every `format` checker on arbitrary bytes: never crashes, and the
// containment relations between formats hold (a valid URI is a valid IRI, a
// valid hostname is a valid idn-hostname, ...).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "stepcache/schemas/format.h"

namespace {

const char* const kFormats[] = {
    "date-time", "date", "time", "duration", "email", "idn-email", "hostname",
    "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference",
    "uri-template", "uuid", "regex", "json-pointer", "relative-json-pointer"};

void Implies(std::string_view value, const char* narrow, const char* wide) {
  using stepcache::schemas::CheckFormat;
  if (CheckFormat(narrow, value) && !CheckFormat(wide, value)) {
    std::fprintf(stderr, "%s but not %s: %.*s\n", narrow, wide, static_cast<int>(value.size()),
                 value.data());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view value(reinterpret_cast<const char*>(data), size);
  for (const char* f : kFormats) {
    if (!stepcache::schemas::IsKnownFormat(f)) std::abort();
    stepcache::schemas::CheckFormat(f, value);
  }
  Implies(value, "uri", "uri-reference");
  Implies(value, "uri", "iri");
  Implies(value, "iri", "iri-reference");
  Implies(value, "uri-reference", "iri-reference");
  Implies(value, "email", "idn-email");
  Implies(value, "hostname", "idn-hostname");
  return 0;
}
