#include "stepcache/schemas/json.h"

#include "decimal.h"
#include "json_text.h"

#include <charconv>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache {

using schemas::Compare;
using schemas::Decimal;
using schemas::internal::IsNumberChar;
using schemas::internal::SignificantDigits;

std::string JsonError::ToString() const {
  return message + " at byte " + std::to_string(offset);
}

namespace {

bool Fail(JsonError* error, std::string message, std::size_t offset) {
  if (error) {
    error->message = std::move(message);
    error->offset = offset;
  }
  return false;
}

// One pass before RapidJSON: finds nesting deeper than `max_depth` (so a
// hostile document never reaches a recursive walk) and "\u" escapes that
// would decode to a lone surrogate, which RapidJSON lets through as bytes
// that are not UTF-8.
bool PreScan(std::string_view text, std::size_t max_depth, JsonError* error) {
  // RapidJSON skips a byte-order mark byte by byte, so a lone 0xEF, 0xBB or
  // 0xBF would vanish; only the whole mark may stand first.
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (!bom && !text.empty() && (text[0] == '\xEF' || text[0] == '\xBB' || text[0] == '\xBF')) {
    return Fail(error, "invalid byte before the value", 0);
  }
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // RapidJSON reads a NUL as the end of input and would accept "1\0junk".
    if (c == '\0') return Fail(error, "NUL byte in JSON text", i);
    if (in_string) {
      if (c == '"') {
        in_string = false;
      } else if (c == '\\') {
        const int unit = schemas::internal::JsonEscapedUnit(text, i);
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          return Fail(error, "lone low surrogate escape in string", i);
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          const int low = schemas::internal::JsonEscapedUnit(text, i + 6);
          if (low < 0xDC00 || low > 0xDFFF) {
            return Fail(error, "high surrogate escape not followed by a low surrogate", i);
          }
          i += 11;  // both escapes
        } else {
          ++i;  // the escaped character (the rest of \uXXXX is plain hex)
        }
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return Fail(error, "nesting deeper than the limit of " + std::to_string(max_depth), i);
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

}  // namespace

namespace {


using InputStream = rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream>;


// Forwards every SAX event to the document but settles doubles itself:
// RapidJSON's default conversion is not correctly rounded, and its
// full-precision mode has undefined behaviour on some inputs. Integers that
// fit 64 bits are exact as RapidJSON reads them; for every other number the
// text (found from the stream position, which is just past it when the
// handler is called) is converted with std::from_chars.
class NumberReadingHandler {
 public:
  NumberReadingHandler(rapidjson::Document& doc, JsonNumberTexts* texts, std::string_view text,
                       const InputStream& is)
      : doc_(doc), texts_(texts), text_(text), is_(is) {}

  bool Null() { return doc_.Null(); }
  bool Bool(bool b) { return doc_.Bool(b); }
  bool Int(int i) { return i == 0 ? Zero() : doc_.Int(i); }
  bool Uint(unsigned i) { return i == 0 ? Zero() : doc_.Uint(i); }
  bool Int64(std::int64_t i) { return i == 0 ? Zero() : doc_.Int64(i); }
  bool Uint64(std::uint64_t i) { return i == 0 ? Zero() : doc_.Uint64(i); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc_.String(s, n, copy); }
  bool StartObject() { return doc_.StartObject(); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc_.Key(s, n, copy); }
  bool EndObject(rapidjson::SizeType n) { return doc_.EndObject(n); }
  bool StartArray() { return doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return doc_.EndArray(n); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }  // not requested

  bool Double(double) {
    const std::string_view t = NumberText();
    double d = 0;
    if (!schemas::internal::ReadJsonDouble(t, &d)) return false;
    if (!std::isfinite(d)) {
      too_big_ = true;
      return false;
    }
    // A text of at most 15 significant digits is the shortest form of its
    // (normal) double, so Decimal::FromDouble recovers it; only longer ones
    // may need keeping. Below the normal range (subnormals, underflow to 0)
    // fewer digits survive, so such texts are checked too.
    const std::size_t significant = texts_ ? SignificantDigits(t) : 0;
    if (texts_ && (significant > 15 || (significant > 0 && std::fabs(d) < DBL_MIN))) {
      Decimal written;
      if (Decimal::Parse(t, &written) && Compare(written, Decimal::FromDouble(d)) != 0)
        pending_.emplace_back(doubles_, std::string(t));
    }
    ++doubles_;
    return doc_.Double(d);
  }

  bool too_big() const { return too_big_; }
  std::vector<std::pair<std::size_t, std::string>>& pending() { return pending_; }

 private:
  // The text of the number just read: it ends at the stream position.
  std::string_view NumberText() const {
    const std::size_t end = std::min(is_.Tell(), text_.size());
    std::size_t begin = end;
    while (begin > 0 && IsNumberChar(text_[begin - 1])) --begin;
    return text_.substr(begin, end - begin);
  }
  // "-0" is the double -0.0 (it keeps its sign), every other zero an integer.
  bool Zero() {
    if (NumberText() == "-0") {
      ++doubles_;
      return doc_.Double(-0.0);
    }
    return doc_.Uint(0);
  }

  rapidjson::Document& doc_;
  JsonNumberTexts* texts_;
  std::string_view text_;
  const InputStream& is_;
  bool too_big_ = false;
  std::size_t doubles_ = 0;
  // (ordinal among the document's doubles, text): values move while the
  // document is built, so texts are attached to addresses afterwards.
  std::vector<std::pair<std::size_t, std::string>> pending_;
};

// Walks the document in order, counting doubles as the parser met them,
// and files each pending text under its value's final address.
void AttachTexts(const rapidjson::Value& root, std::vector<std::pair<std::size_t, std::string>>& pending,
                 JsonNumberTexts* texts) {
  std::size_t next = 0, ordinal = 0;
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty() && next < pending.size()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      for (auto it = v->End(); it != v->Begin();) stack.push_back(&*--it);
    } else if (v->IsObject()) {
      for (auto it = v->MemberEnd(); it != v->MemberBegin();) stack.push_back(&(--it)->value);
    } else if (v->IsDouble()) {
      if (pending[next].first == ordinal) texts->Record(v, std::move(pending[next++].second));
      ++ordinal;
    }
  }
}

}  // namespace

bool ParseJson(std::string_view text, rapidjson::Document& doc, JsonError* error,
               const JsonLimits& limits, JsonNumberTexts* texts) {
  doc.SetNull();
  if (texts) texts->Clear();
  if (text.size() > limits.max_bytes) {
    if (error) {
      error->message = "document of " + std::to_string(text.size()) +
                       " bytes exceeds the limit of " + std::to_string(limits.max_bytes);
      error->offset = limits.max_bytes;
    }
    return false;
  }
  if (!PreScan(text, limits.max_depth, error)) return false;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
  rapidjson::Reader reader;
  rapidjson::MemoryStream ms(text.data(), text.size());
  InputStream is(ms);
  NumberReadingHandler handler(doc, texts, text, is);
  auto generate = [&](rapidjson::Document&) {
    return !reader.Parse<kFlags>(is, handler).IsError();
  };
  doc.Populate(generate);
  if (reader.HasParseError()) {
    if (error) {
      if (handler.too_big()) {
        error->message = "Number too big to be stored in double";
      } else {
        error->message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
        // RapidJSON's English messages end with a period; ours are embedded.
        if (!error->message.empty() && error->message.back() == '.') error->message.pop_back();
      }
      error->offset = reader.GetErrorOffset();
    }
    doc.SetNull();
    return false;
  }
  if (texts && !handler.pending().empty()) AttachTexts(doc, handler.pending(), texts);
  return true;
}

const std::string* JsonNumberTexts::Find(const rapidjson::Value* number) const {
  auto it = texts_.find(number);
  return it == texts_.end() ? nullptr : &it->second;
}

void JsonNumberTexts::Record(const rapidjson::Value* number, std::string text) {
  texts_[number] = std::move(text);
}

std::size_t JsonDepth(const rapidjson::Value& value) {
  std::size_t max_depth = 0;
  std::vector<std::pair<const rapidjson::Value*, std::size_t>> stack{{&value, 0}};
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (v->IsArray()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& e : v->GetArray()) stack.emplace_back(&e, d + 1);
    } else if (v->IsObject()) {
      max_depth = std::max(max_depth, d + 1);
      for (const auto& m : v->GetObject()) stack.emplace_back(&m.value, d + 1);
    }
  }
  return max_depth;
}

std::string JsonToString(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool ReadFile(const std::string& path, std::string* contents, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot open file";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    if (error) *error = path + ": read error";
    return false;
  }
  *contents = std::move(ss).str();
  return true;
}

}  // namespace stepcache
