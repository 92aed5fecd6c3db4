// The "labeled_fields" step verifier: when the source text states a field
// as "<Label>: <value>" (a form, an email header, a record dump), the
// extracted member must hold that whole value. Plain grounding only asks
// that a value occur somewhere, so a truncated "steel" for "steel bolts" or
// a value copied from the neighbouring line would pass it; this check does
// not. The label is the member's schema `description` when it is a string,
// else the member name with '_' read as ' '. Members whose label the text
// does not state get no verdict.
#include <cctype>
#include <cstdlib>
#include <string>

#include "stepcache/schemas/json_pointer.h"
#include "verifiers.h"

namespace stepcache::checks::internal {
namespace {

std::string Normalize(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// The value stated after "<label>:" at the start of a line of `source`
// (case-insensitive, leading blanks allowed), up to the end of the line or a
// ';'; nullopt when no line states the label.
std::optional<std::string> StatedValue(std::string_view source, const std::string& label) {
  const std::string want = Normalize(label);
  if (want.empty()) return std::nullopt;
  std::size_t line = 0;
  while (line <= source.size()) {
    std::size_t end = source.find('\n', line);
    if (end == std::string_view::npos) end = source.size();
    std::string_view text = source.substr(line, end - line);
    const std::size_t colon = text.find(':');
    if (colon != std::string_view::npos && Normalize(text.substr(0, colon)) == want) {
      std::string_view value = text.substr(colon + 1);
      value = value.substr(0, value.find(';'));
      return Normalize(value);
    }
    line = end + 1;
  }
  return std::nullopt;
}

bool SameNumber(const std::string& stated, double value) {
  std::string digits;
  for (char c : stated) {
    if (c != ',') digits += c;
  }
  char* end = nullptr;
  const double parsed = std::strtod(digits.c_str(), &end);
  return end != digits.c_str() && *end == '\0' && parsed == value;
}

// Whether `value` is what the text states.
bool Matches(const rapidjson::Value& value, const std::string& stated) {
  if (value.IsString()) return Normalize({value.GetString(), value.GetStringLength()}) == stated;
  if (value.IsNumber()) return SameNumber(stated, value.GetDouble());
  if (value.IsBool()) {
    return value.GetBool() ? (stated == "true" || stated == "yes") : (stated == "false" || stated == "no");
  }
  return true;  // objects, arrays, null: not a single stated value
}

std::string Label(const rapidjson::Value* schema, const std::string& key) {
  if (schema && schema->IsObject()) {
    auto props = schema->FindMember("properties");
    if (props != schema->MemberEnd() && props->value.IsObject()) {
      auto p = props->value.FindMember(rapidjson::StringRef(key.data(), key.size()));
      if (p != props->value.MemberEnd() && p->value.IsObject()) {
        auto d = p->value.FindMember("description");
        if (d != p->value.MemberEnd() && d->value.IsString()) return d->value.GetString();
      }
    }
  }
  std::string label = key;
  for (char& c : label) {
    if (c == '_') c = ' ';
  }
  return label;
}

class LabeledFieldVerifier final : public StepVerifier {
 public:
  std::string_view name() const override { return "labeled_fields"; }

  void Verify(CheckContext& context, std::vector<StepVerdict>* verdicts,
              std::vector<OutputFailure>*) const override {
    if (context.json == nullptr || !context.json->IsObject()) return;
    const grammars::Steps& steps = *context.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const grammars::Step& s = steps[i];
      // Top-level members only: "/key" with one token.
      if (s.kind != grammars::StepKind::kMember || s.pointer.size() < 2 ||
          s.pointer.find('/', 1) != std::string::npos) {
        continue;
      }
      auto tokens = SplitPointer(s.pointer);
      if (!tokens || tokens->size() != 1) continue;
      const std::string& key = tokens->front();
      auto member = context.json->FindMember(rapidjson::StringRef(key.data(), key.size()));
      if (member == context.json->MemberEnd()) continue;
      const std::string label = Label(context.input->schema_json, key);
      auto stated = StatedValue(context.input->prompt, label);
      if (!stated) continue;
      if (Matches(member->value, *stated)) {
        MergeVerdict(&(*verdicts)[i], {true, "matches the text's \"" + label + "\" field"});
      } else {
        MergeVerdict(&(*verdicts)[i], {false, "the text states " + label + ": " + *stated});
      }
    }
  }
};

}  // namespace

std::unique_ptr<StepVerifier> MakeLabeledFieldVerifier(ParamObject& params) {
  if (!params.OnlyKeys({"check"})) return nullptr;
  return std::make_unique<LabeledFieldVerifier>();
}

}  // namespace stepcache::checks::internal
