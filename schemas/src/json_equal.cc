// JSON Schema equality (numbers by value, so 1 == 1.0) and a matching hash,
// both iterative so arbitrarily deep instances cannot exhaust the stack.
#include <cmath>
#include <cstring>
#include <vector>

#include "program.h"

namespace stepcache::schemas {
namespace {

// An integral double equals a 64-bit integer only if it is that integer:
// comparing as doubles would round the integer (2^53 + 1 == 2^53).
bool IntegerEqualsDouble(const rapidjson::Value& i, double d) {
  if (!(std::floor(d) == d) || d < -9223372036854775808.0 || d >= 18446744073709551616.0) return false;
  if (i.IsUint64()) return d >= 0 && static_cast<std::uint64_t>(d) == i.GetUint64();
  return d < 9223372036854775808.0 && static_cast<std::int64_t>(d) == i.GetInt64();
}

bool NumbersEqual(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.IsInt64() && b.IsInt64()) return a.GetInt64() == b.GetInt64();
  if (a.IsUint64() && b.IsUint64()) return a.GetUint64() == b.GetUint64();
  const bool ai = a.IsInt64() || a.IsUint64(), bi = b.IsInt64() || b.IsUint64();
  if (ai && bi) return false;  // one is negative, the other beyond int64
  if (ai) return IntegerEqualsDouble(a, b.GetDouble());
  if (bi) return IntegerEqualsDouble(b, a.GetDouble());
  return a.GetDouble() == b.GetDouble();
}

std::uint64_t Mix(std::uint64_t h, std::uint64_t x) {
  h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

std::uint64_t ScalarHash(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return 1;
    case rapidjson::kFalseType: return 2;
    case rapidjson::kTrueType: return 3;
    case rapidjson::kNumberType: {
      double d = v.GetDouble();
      if (d == 0) d = 0;  // -0 == 0
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return Mix(4, bits);
    }
    case rapidjson::kStringType: {
      std::uint64_t h = 1469598103934665603ull;
      const char* s = v.GetString();
      for (rapidjson::SizeType i = 0; i < v.GetStringLength(); ++i)
        h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
      return Mix(5, h);
    }
    case rapidjson::kArrayType: return Mix(6, v.Size());
    case rapidjson::kObjectType: return Mix(7, v.MemberCount());
  }
  return 0;
}

}  // namespace

bool JsonEqual(const rapidjson::Value& a, const rapidjson::Value& b) {
  // Scalars (every enum/const check of a string or number) need no stack.
  const bool a_container = a.IsArray() || a.IsObject(), b_container = b.IsArray() || b.IsObject();
  if (!a_container || !b_container) {
    if (a_container || b_container) return false;
    if (a.IsNumber() && b.IsNumber()) return NumbersEqual(a, b);
    if (a.GetType() != b.GetType()) return false;
    return !a.IsString() || (a.GetStringLength() == b.GetStringLength() &&
                             std::memcmp(a.GetString(), b.GetString(), a.GetStringLength()) == 0);
  }
  std::vector<std::pair<const rapidjson::Value*, const rapidjson::Value*>> stack;
  stack.emplace_back(&a, &b);
  while (!stack.empty()) {
    auto [x, y] = stack.back();
    stack.pop_back();
    if (x->IsNumber() && y->IsNumber()) {
      if (!NumbersEqual(*x, *y)) return false;
      continue;
    }
    if (x->GetType() != y->GetType()) return false;
    switch (x->GetType()) {
      case rapidjson::kStringType:
        if (x->GetStringLength() != y->GetStringLength() ||
            std::memcmp(x->GetString(), y->GetString(), x->GetStringLength()) != 0)
          return false;
        break;
      case rapidjson::kArrayType:
        if (x->Size() != y->Size()) return false;
        for (rapidjson::SizeType i = 0; i < x->Size(); ++i) stack.emplace_back(&(*x)[i], &(*y)[i]);
        break;
      case rapidjson::kObjectType:
        if (x->MemberCount() != y->MemberCount()) return false;
        for (auto m = x->MemberBegin(); m != x->MemberEnd(); ++m) {
          const rapidjson::Value* other = nullptr;
          for (auto n = y->MemberBegin(); n != y->MemberEnd(); ++n) {
            if (n->name.GetStringLength() == m->name.GetStringLength() &&
                std::memcmp(n->name.GetString(), m->name.GetString(), m->name.GetStringLength()) == 0) {
              other = &n->value;
              break;
            }
          }
          if (!other) return false;
          stack.emplace_back(&m->value, other);
        }
        break;
      default:
        break;  // null, true, false: equal types are equal values
    }
  }
  return true;
}

std::uint64_t JsonHash(const rapidjson::Value& v) {
  // One level deep is enough to spread values into buckets; JsonEqual decides.
  std::uint64_t h = ScalarHash(v);
  if (v.IsArray()) {
    for (const auto& e : v.GetArray()) h = Mix(h, ScalarHash(e));
  } else if (v.IsObject()) {
    std::uint64_t sum = 0;
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
      sum += Mix(ScalarHash(m->name), ScalarHash(m->value));
    h = Mix(h, sum);
  }
  return h;
}

}  // namespace stepcache::schemas
