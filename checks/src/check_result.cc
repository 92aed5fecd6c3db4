#include "stepcache/checks/check_result.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stepcache::checks {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteFailures(Writer& w, const std::vector<OutputFailure>& failures) {
  w.StartArray();
  for (const OutputFailure& f : failures) {
    w.StartObject();
    w.Key("check");
    w.String(f.check);
    w.Key("pointer");
    w.String(f.pointer);
    w.Key("reason");
    w.String(f.reason);
    if (f.missing) {
      w.Key("missing");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string CheckResultToJson(const CheckResult& result) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("pass");
  w.Bool(result.pass);
  if (!result.segmented) {
    w.Key("error");
    w.String(result.error);
  }
  w.Key("steps");
  w.StartArray();
  for (std::size_t i = 0; i < result.steps.size(); ++i) {
    const grammars::Step& s = result.steps[i];
    w.StartObject();
    w.Key("index");
    w.Uint64(i);
    w.Key("kind");
    std::string_view kind = grammars::StepKindName(s.kind);
    w.String(kind.data(), static_cast<rapidjson::SizeType>(kind.size()));
    if (s.kind == grammars::StepKind::kMember || s.kind == grammars::StepKind::kElement) {
      w.Key("pointer");
      w.String(s.pointer);
    }
    const StepVerdict* v = i < result.verdicts.size() ? &result.verdicts[i] : nullptr;
    w.Key("pass");
    if (v != nullptr && v->pass.has_value()) {
      w.Bool(*v->pass);
    } else {
      w.Null();
    }
    w.Key("reason");
    w.String(v != nullptr ? v->reason : std::string());
    w.EndObject();
  }
  w.EndArray();
  w.Key("missing");
  w.StartArray();
  for (const std::string& m : result.missing_pointers) w.String(m);
  w.EndArray();
  w.Key("failures");
  WriteFailures(w, result.failures);
  w.Key("integrity");
  w.StartObject();
  w.Key("pass");
  w.Bool(result.integrity.pass);
  w.Key("failures");
  WriteFailures(w, result.integrity.failures);
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace stepcache::checks
