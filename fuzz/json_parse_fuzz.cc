// Fuzzes ParseJson under small limits: it must never crash, must respect the
// depth limit, and whatever it accepts must survive JsonToString → ParseJson
// with the same structure.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"

namespace {

// Structural equality without recursion. Doubles may differ in the last bit:
// RapidJSON's default (non full-precision) parser is not correctly rounded.
bool SameJson(const rapidjson::Value& a, const rapidjson::Value& b) {
  std::vector<std::pair<const rapidjson::Value*, const rapidjson::Value*>> stack{{&a, &b}};
  while (!stack.empty()) {
    auto [x, y] = stack.back();
    stack.pop_back();
    if (x->GetType() != y->GetType()) return false;
    if (x->IsNumber()) {
      if (x->IsDouble() != y->IsDouble()) return false;
      if (x->IsDouble()) {
        const double p = x->GetDouble(), q = y->GetDouble();
        if (std::fabs(p - q) > 1e-15 * std::fmax(std::fabs(p), std::fabs(q))) return false;
      } else if (!(*x == *y)) {
        return false;
      }
    } else if (x->IsString()) {
      if (!(*x == *y)) return false;
    } else if (x->IsArray()) {
      if (x->Size() != y->Size()) return false;
      for (rapidjson::SizeType i = 0; i < x->Size(); ++i) stack.emplace_back(&(*x)[i], &(*y)[i]);
    } else if (x->IsObject()) {
      if (x->MemberCount() != y->MemberCount()) return false;
      auto i = x->MemberBegin();
      auto j = y->MemberBegin();
      for (; i != x->MemberEnd(); ++i, ++j) {
        if (!(i->name == j->name)) return false;
        stack.emplace_back(&i->value, &j->value);
      }
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  stepcache::JsonLimits limits;
  limits.max_bytes = 4096;
  limits.max_depth = 24;
  rapidjson::Document doc;
  stepcache::JsonError error;
  if (!stepcache::ParseJson(text, doc, &error, limits)) {
    if (error.message.empty() || error.offset > size) std::abort();
    if (!doc.IsNull()) std::abort();
    return 0;
  }
  if (stepcache::JsonDepth(doc) > limits.max_depth) std::abort();
  // A name given twice is reported with the pointer of an object member
  // that resolves in the document; a document it finds none in has no
  // object with two equal names (checked pairwise on the top level).
  std::string twice;
  if (stepcache::FindDuplicateKey(doc, &twice)) {
    if (twice.empty() || twice[0] != '/') std::abort();
  } else if (doc.IsObject()) {
    for (auto a = doc.MemberBegin(); a != doc.MemberEnd(); ++a) {
      for (auto b = a + 1; b != doc.MemberEnd(); ++b) {
        if (a->name == b->name) std::abort();
      }
    }
  }
  // A lone number must be the correctly rounded double of its text (glibc's
  // strtod is the oracle), or its exact value when it is a 64-bit integer.
  if (doc.IsNumber()) {
    std::string trimmed(text);
    if (trimmed.compare(0, 3, "\xEF\xBB\xBF") == 0) trimmed.erase(0, 3);  // a byte-order mark
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    const double expected = std::strtod(trimmed.c_str(), nullptr);
    if (doc.IsDouble() && !(doc.GetDouble() == expected && std::signbit(doc.GetDouble()) == std::signbit(expected)))
      std::abort();
    if (doc.IsUint64() && std::to_string(doc.GetUint64()) != trimmed) std::abort();
    if (doc.IsInt64() && !doc.IsUint64() && std::to_string(doc.GetInt64()) != trimmed) std::abort();
  }
  const std::string once = stepcache::JsonToString(doc);
  rapidjson::Document again;
  stepcache::JsonLimits roomy = limits;
  roomy.max_bytes = once.size() + 1;  // escapes may make the compact form longer
  if (!stepcache::ParseJson(once, again, &error, roomy)) std::abort();
  if (!SameJson(doc, again)) std::abort();
  return 0;
}
