// Value-level checks shared by the evaluator's keywords.
#include "value_checks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "program.h"

namespace stepcache::schemas::value_checks {

using Value = rapidjson::Value;

std::size_t CodePoints(const Value& v) {
  const char* s = v.GetString();
  const std::size_t n = v.GetStringLength();
  // Bytes that do not continue a sequence (10xxxxxx), eight at a time: a
  // continuation byte has its top bit set and the next one clear.
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s + i, 8);
    continuation += static_cast<std::size_t>(__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ull));
  }
  for (; i < n; ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return n - continuation;
}

bool HasMember(const Value& obj, const std::string& name) {
  for (auto m = obj.MemberBegin(); m != obj.MemberEnd(); ++m)
    if (m->name.GetStringLength() == name.size() &&
        std::memcmp(m->name.GetString(), name.data(), name.size()) == 0)
      return true;
  return false;
}

bool AllUnique(const Value& arr) {
  std::vector<std::pair<std::uint64_t, std::size_t>> scratch;
  return AllUnique(arr.Begin(), arr.Size(), &scratch);
}

bool AllUnique(const Value* items, std::size_t n, std::vector<std::pair<std::uint64_t, std::size_t>>* scratch) {
  if (n <= 32) {
    for (std::size_t i = 0; i < n; ++i) {
      const Value& a = items[i];
      for (std::size_t j = i + 1; j < n; ++j) {
        const Value& b = items[j];
        if (a.IsString() && b.IsString()) {  // JsonEqual of two strings, without the call
          const std::size_t len = a.GetStringLength();
          if (len == b.GetStringLength() && std::memcmp(a.GetString(), b.GetString(), len) == 0) return false;
        } else if (JsonEqual(a, b)) {
          return false;
        }
      }
    }
    return true;
  }
  auto& h = *scratch;
  h.resize(n);
  for (std::size_t i = 0; i < n; ++i) h[i] = {JsonHash(items[i]), i};
  std::sort(h.begin(), h.end());
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && h[j].first == h[i].first) ++j;
    for (std::size_t a = i; a < j; ++a)
      for (std::size_t b = a + 1; b < j; ++b)
        if (JsonEqual(items[h[a].second], items[h[b].second])) return false;
    i = j;
  }
  return true;
}

std::string TypeMessage(std::uint8_t mask, const Value& v) {
  static const char* const kNames[] = {"null", "boolean", "object", "array", "number", "string", "integer"};
  std::string expected;
  for (int b = 0; b < 7; ++b) {
    if (!(mask & (1u << b))) continue;
    if (b == 6 && (mask & kTypeNumber)) continue;  // "number" covers integers
    if (!expected.empty()) expected += " or ";
    expected += kNames[b];
  }
  std::uint8_t got = TypeBits(v);
  const char* actual = got & kTypeInteger ? "integer" : "";
  for (int b = 0; b < 6 && !*actual; ++b)
    if (got & (1u << b)) actual = kNames[b];
  return "expected " + expected + ", got " + actual;
}

bool DecodeBase64(std::string_view in, std::string* out) {
  std::uint32_t acc = 0;
  int bits = 0;
  std::size_t pad = 0;
  for (char c : in) {
    int x;
    if (c >= 'A' && c <= 'Z') x = c - 'A';
    else if (c >= 'a' && c <= 'z') x = c - 'a' + 26;
    else if (c >= '0' && c <= '9') x = c - '0' + 52;
    else if (c == '+') x = 62;
    else if (c == '/') x = 63;
    else if (c == '=') { ++pad; continue; }
    else return false;
    if (pad) return false;  // data after padding
    acc = (acc << 6) | static_cast<std::uint32_t>(x);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return pad <= 2 && (in.size() % 4 == 0 || pad == 0);
}

}  // namespace stepcache::schemas::value_checks
