#include "stepcache/checks/step_verifier.h"

#include "stepcache/checks/check_result.h"

#include <cstdint>
#include <cstring>

namespace stepcache::checks {

AskedForm CheckContext::Form() {
  if (!asked_form) asked_form = input != nullptr ? AskedFormOf(input->prompt) : AskedForm::kAny;
  return *asked_form;
}

const LinearEquation* CheckContext::RequestEquation() {
  if (!equation_searched) {
    equation_searched = true;
    if (input != nullptr) {
      request_equation = FindEquationInPrompt(input->prompt, &request_equation_error);
      // Several equations ("solve the second one") leave the asked one
      // unknown: nothing can be verified against a guess.
      if (request_equation) {
        const std::size_t at = input->prompt.find(request_equation->text);
        if (at != std::string_view::npos) {
          std::string rest(input->prompt);
          rest.replace(at, request_equation->text.size(), " ");
          if (std::optional<LinearEquation> other = FindEquationInPrompt(rest)) {
            request_equation_error = {"the request holds two equations (" + request_equation->text + " and " +
                                          other->text + "); which one to solve is not clear",
                                      at};
            request_equation.reset();
          }
        }
      }
    }
  }
  return request_equation ? &*request_equation : nullptr;
}

const schemas::ValidationResult* CheckContext::Validation() {
  if (input == nullptr || input->schema == nullptr || json == nullptr) return nullptr;
  if (!validated) {
    validated = true;
    // Most checked outputs are valid: the flag-only pass is cheaper than
    // collecting errors, which only a failing output needs.
    if (input->schema->IsValid(*json)) {
      validation = schemas::ValidationResult{};
    } else {
      schemas::ValidateOptions options;
      options.all_errors = true;
      validation = input->schema->Validate(*json, options);
    }
  }
  return &validation;
}

const MemberLabelTable& CheckContext::Labels() {
  if (input != nullptr && input->labels != nullptr) return *input->labels;
  if (!label_table) label_table = std::make_unique<MemberLabelTable>(input != nullptr ? input->schema_json : nullptr);
  return *label_table;
}

const SourceText& CheckContext::Source() {
  if (input != nullptr && input->source != nullptr) return *input->source;
  if (!source_text) source_text = std::make_unique<SourceText>(input != nullptr ? input->prompt : std::string_view());
  return *source_text;
}

RequestFacts& CheckContext::Facts() {
  const SourceText& source = Source();
  const MemberLabelTable& labels = Labels();
  if (input != nullptr && input->facts != nullptr && &input->facts->source() == &source &&
      &input->facts->labels() == &labels) {
    return *input->facts;
  }
  if (!request_facts) request_facts = std::make_unique<RequestFacts>(source, labels);
  return *request_facts;
}

const GroundingSource& CheckContext::Grounding(const GroundingOptions& options) {
  if (input != nullptr && input->grounding != nullptr && input->grounding->SameOptions(options)) {
    return *input->grounding;
  }
  if (!grounding_source || !grounding_source->SameOptions(options)) {
    // Values are grounded in the source text only, never in the
    // instructions around it ("in", a field name, an example).
    grounding_source = std::make_unique<GroundingSource>(Source().source_text(), options);
  }
  return *grounding_source;
}

const rapidjson::Value* CheckContext::TopMember(std::string_view key, std::size_t* cursor) {
  if (json == nullptr || !json->IsObject()) return nullptr;
  const rapidjson::SizeType n = json->MemberCount();
  auto named = [&](const rapidjson::Value& name) {
    return name.GetStringLength() == key.size() && std::memcmp(name.GetString(), key.data(), key.size()) == 0;
  };
  if (unique_names < 0) {
    // Each name's length and end bytes set one bit of a small table: names
    // that set distinct bits are distinct. Only on a shared bit are the
    // names compared pairwise, lengths first. An answer has a few dozen
    // members at most; past that the cursor is not used.
    constexpr rapidjson::SizeType kMaxPaired = 64;
    bool unique = n <= kMaxPaired;
    const auto begin = json->MemberBegin();
    std::uint64_t seen[16] = {};
    bool shared = false;
    for (rapidjson::SizeType i = 0; i < n && unique && !shared; ++i) {
      const rapidjson::Value& a = begin[i].name;
      const rapidjson::SizeType len = a.GetStringLength();
      const unsigned char first = len > 0 ? static_cast<unsigned char>(a.GetString()[0]) : 0;
      const unsigned char last = len > 0 ? static_cast<unsigned char>(a.GetString()[len - 1]) : 0;
      const std::uint32_t bit = (len * 131u + first * 31u + last) & 1023u;
      shared = (seen[bit >> 6] >> (bit & 63)) & 1u;
      seen[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    for (rapidjson::SizeType i = 0; shared && i < n && unique; ++i) {
      const rapidjson::Value& a = begin[i].name;
      for (rapidjson::SizeType j = i + 1; j < n && unique; ++j) {
        const rapidjson::Value& b = begin[j].name;
        unique = a.GetStringLength() != b.GetStringLength() ||
                 (a.GetStringLength() > 0 && a.GetString()[0] != b.GetString()[0]) ||
                 std::memcmp(a.GetString(), b.GetString(), a.GetStringLength()) != 0;
      }
    }
    unique_names = unique ? 1 : 0;
  }
  const auto begin = json->MemberBegin();
  if (unique_names == 1 && *cursor < n && named(begin[*cursor].name)) {
    return &begin[(*cursor)++].value;
  }
  // A Value name: a StringRef converts to a C string, and FindMember would
  // then read `key` up to a NUL instead of its size.
  const rapidjson::Value name(rapidjson::StringRef(key.data(), key.size()));
  auto it = json->FindMember(name);
  if (it == json->MemberEnd()) return nullptr;
  *cursor = static_cast<std::size_t>(it - begin) + 1;
  return &it->value;
}

void MergeVerdict(StepVerdict* into, const StepVerdict& next) {
  if (!next.pass.has_value()) return;
  if (!*next.pass) {
    if (into->pass.value_or(true)) {
      // The first failure replaces any passing reason: a planner shows why
      // a step is regenerated, not why some other check liked it.
      into->pass = false;
      into->reason = next.reason;
    } else {
      into->reason += "; " + next.reason;
    }
    return;
  }
  if (!into->pass.has_value()) {
    into->pass = true;
    into->reason = next.reason;
  }
}

void MergeVerdict(StepVerdict* into, StepVerdict&& next) {
  if (next.pass.has_value() && *next.pass && !into->pass.has_value()) {
    into->pass = true;
    into->reason = std::move(next.reason);
    return;
  }
  MergeVerdict(into, static_cast<const StepVerdict&>(next));
}

double CheckResult::FailingFraction() const {
  if (!segmented) return 1.0;
  std::size_t total = steps.size() + missing_pointers.size();
  if (total == 0) return 0.0;
  return static_cast<double>(failing_steps.size() + missing_pointers.size()) /
         static_cast<double>(total);
}

}  // namespace stepcache::checks
