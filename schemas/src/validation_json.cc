#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/validator.h"

namespace stepcache::schemas {

std::string ValidationErrorsToJson(const std::vector<ValidationError>& errors) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto string = [&w](const std::string& s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartArray();
  for (const ValidationError& e : errors) {
    w.StartObject();
    w.Key("instanceLocation");
    string(e.instance_location);
    w.Key("keywordLocation");
    string(e.keyword_location);
    w.Key("keyword");
    string(e.keyword);
    w.Key("message");
    string(e.message);
    w.EndObject();
  }
  w.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace stepcache::schemas
