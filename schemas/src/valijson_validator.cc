// valijson 1.0 behind the Validator interface. Everything valijson can throw
// is caught here; what it cannot survive (std::regex recursion on long
// strings) is kept away from it by refusing such instances up front.
//
// valijson's adapter must be seen before any RapidJSON header in this TU.
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "stepcache/schemas/valijson_validator.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "stepcache/schemas/dialect.h"
#include "stepcache/schemas/json.h"
#include "metaschemas.h"

namespace stepcache::schemas {
namespace {

// std::regex (libstdc++) recurses once per input character for many
// patterns; past a few thousand characters the stack is at risk.
constexpr std::size_t kMaxRegexInput = 2000;

// valijson's context element "[name]" → JSON Pointer token "/name".
std::string ContextToPointer(const std::vector<std::string>& context) {
  std::string pointer;
  for (std::size_t i = 0; i < context.size(); ++i) {
    const std::string& part = context[i];
    if (i == 0 && part == "<root>") continue;
    std::string token = part;
    if (token.size() >= 2 && token.front() == '[' && token.back() == ']') {
      token = token.substr(1, token.size() - 2);
    }
    pointer += '/';
    for (char c : token) {
      if (c == '~') {
        pointer += "~0";
      } else if (c == '/') {
        pointer += "~1";
      } else {
        pointer += c;
      }
    }
  }
  return pointer;
}

// valijson reports no keyword; recover it from the message wording.
void ClassifyError(const std::string& description, ValidationError* error) {
  static const std::pair<const char*, const char*> kPhrases[] = {
      {"Missing required property", "required"},
      {"'type' constraint", "type"},
      {"enum values", "enum"},
      {"'const' constraint", "const"},
      {"'pattern' constraint", "pattern"},
      {"anyOf constraint", "anyOf"},
      {"oneOf constraint", "oneOf"},
      {"exactly one child schema", "oneOf"},
      {"child schema #", "allOf"},
      {"'not' constraint", "not"},
      {"if-then-else", "if"},
      {"'contains' constraint", "contains"},
      {"Missing dependency", "dependencies"},
      {"dependent schema", "dependencies"},
      {"additional properties schema", "additionalProperties"},
      {"Object contains a property", "additionalProperties"},
      {"associated with pattern", "patternProperties"},
      {"associated with property name", "properties"},
      {"Object should have no fewer", "minProperties"},
      {"Object should have no more", "maxProperties"},
      {"Array should contain no fewer", "minItems"},
      {"Array should contain no more", "maxItems"},
      {"uniqueness constraint", "uniqueItems"},
      {"additional items", "additionalItems"},
      {"more items than allowed", "additionalItems"},
      {"item #", "items"},
      {"String should be no fewer", "minLength"},
      {"String should be no more", "maxLength"},
      {"Expected number greater than", "minimum"},
      {"Expected number less than", "maximum"},
      {"multiple of", "multipleOf"},
      {"multipleOf", "multipleOf"},
      {"String should be a valid", "format"},
  };
  for (const auto& [phrase, keyword] : kPhrases) {
    if (description.find(phrase) != std::string::npos) {
      error->keyword = keyword;
      break;
    }
  }
  if (error->keyword == "required" || error->keyword == "dependencies") {
    std::size_t open = description.find('\'');
    std::size_t close = description.rfind('\'');
    if (open != std::string::npos && close > open) {
      error->property = description.substr(open + 1, close - open - 1);
    }
  }
}

// Calls f(key, value) for every member of every object in `root`, without
// recursion.
template <typename F>
void ForEachMember(const rapidjson::Value& root, F f) {
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsObject()) {
      for (const auto& m : v->GetObject()) {
        f(m.name, m.value);
        stack.push_back(&m.value);
      }
    } else if (v->IsArray()) {
      for (const auto& e : v->GetArray()) stack.push_back(&e);
    }
  }
}

bool StdRegexAccepts(const std::string& pattern, std::string* why) {
  try {
    std::regex re(pattern);
    return true;
  } catch (const std::exception& e) {
    *why = "std::regex rejects pattern '" + pattern + "': " + e.what();
    return false;
  }
}

}  // namespace

struct ValijsonValidator::Impl {
  valijson::Schema schema;
  bool uses_regex = false;
  // valijson::Validator caches compiled regexes in a mutable member, so
  // one is kept per concurrent caller.
  mutable std::mutex mutex;
  mutable std::vector<std::unique_ptr<valijson::Validator>> pool;

  std::unique_ptr<valijson::Validator> Acquire() const {
    std::lock_guard<std::mutex> lock(mutex);
    if (pool.empty()) return std::make_unique<valijson::Validator>();
    auto v = std::move(pool.back());
    pool.pop_back();
    return v;
  }
  void Release(std::unique_ptr<valijson::Validator> v) const {
    std::lock_guard<std::mutex> lock(mutex);
    pool.push_back(std::move(v));
  }
};

namespace {

std::size_t LongestString(const rapidjson::Value& root) {
  std::size_t longest = 0;
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsString()) {
      longest = std::max<std::size_t>(longest, v->GetStringLength());
    } else if (v->IsObject()) {
      for (const auto& m : v->GetObject()) {
        longest = std::max<std::size_t>(longest, m.name.GetStringLength());
        stack.push_back(&m.value);
      }
    } else if (v->IsArray()) {
      for (const auto& e : v->GetArray()) stack.push_back(&e);
    }
  }
  return longest;
}

// Instances valijson must not see: too deep for its recursive walk, or with
// strings long enough to overflow std::regex. False (and one error in
// *result, if given) when refused.
bool Precheck(const ValijsonValidator::Impl& impl, const rapidjson::Value& instance,
              std::size_t max_depth, ValidationResult* result) {
  std::string keyword, message;
  std::size_t longest;
  if (JsonDepth(instance) > max_depth) {
    keyword = "depth";
    message = "instance nested deeper than " + std::to_string(max_depth) + " levels";
  } else if (impl.uses_regex && (longest = LongestString(instance)) > kMaxRegexInput) {
    keyword = "pattern";
    message = "a string of " + std::to_string(longest) +
              " bytes could overflow valijson's std::regex; not evaluated";
  } else {
    return true;
  }
  if (result) {
    result->valid = false;
    ValidationError e;
    e.keyword = std::move(keyword);
    e.message = std::move(message);
    result->errors.push_back(std::move(e));
  }
  return false;
}

}  // namespace

ValijsonValidator::ValijsonValidator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ValijsonValidator::~ValijsonValidator() = default;

std::unique_ptr<ValijsonValidator> ValijsonValidator::Compile(const rapidjson::Value& schema,
                                                              const CompileOptions& options,
                                                              CompileError* error) {
  auto fail = [&](std::string message, std::string pointer = "") {
    if (error) *error = CompileError{std::move(message), std::move(pointer), ""};
    return nullptr;
  };
  if (JsonDepth(schema) > options.max_depth) {
    return fail("schema nested deeper than " + std::to_string(options.max_depth) + " levels");
  }
  Dialect dialect = options.default_dialect;
  if (schema.IsObject()) {
    auto it = schema.FindMember("$schema");
    if (it != schema.MemberEnd() && it->value.IsString()) {
      if (auto d = DialectFromUri(it->value.GetString())) dialect = *d;
    }
  }
  valijson::SchemaParser::Version version;
  switch (dialect) {
    case Dialect::kDraft4:
      version = valijson::SchemaParser::kDraft4;
      break;
    case Dialect::kDraft6:  // valijson has no draft 6 mode; 7 is a superset
    case Dialect::kDraft7:
      version = valijson::SchemaParser::kDraft7;
      break;
    default:
      return fail("valijson 1.0 supports drafts 4, 6 and 7 only, not " +
                      std::string(DialectName(dialect)),
                  schema.IsObject() && schema.HasMember("$schema") ? "/$schema" : "");
  }

  auto impl = std::make_unique<Impl>();
  // Patterns valijson's std::regex would throw on at validation time.
  std::string why;
  bool bad_regex = false;
  ForEachMember(schema, [&](const rapidjson::Value& key, const rapidjson::Value& value) {
    if (bad_regex) return;
    std::string k(key.GetString(), key.GetStringLength());
    if (k == "pattern" && value.IsString()) {
      impl->uses_regex = true;
      bad_regex = !StdRegexAccepts(std::string(value.GetString(), value.GetStringLength()), &why);
    } else if (k == "patternProperties" && value.IsObject()) {
      impl->uses_regex = true;
      for (const auto& m : value.GetObject()) {
        if (bad_regex) break;
        bad_regex = !StdRegexAccepts(std::string(m.name.GetString(), m.name.GetStringLength()), &why);
      }
    }
  });
  if (bad_regex) return fail(why);

  const Registry* registry = options.registry;
  auto fetch = [registry](const std::string& uri) -> const rapidjson::Document* {
    const rapidjson::Value* found = registry ? registry->Find(uri) : nullptr;
    if (found) {
      auto* doc = new rapidjson::Document();
      doc->CopyFrom(*found, doc->GetAllocator());
      return doc;
    }
    // The dialect metaschemas are always available, as for Schema.
    std::string_view wanted(uri);
    if (auto hash = wanted.find('#'); hash != std::string_view::npos) wanted = wanted.substr(0, hash);
    std::size_t count = 0;
    const BuiltinDocument* builtins = BuiltinDocuments(&count);
    for (std::size_t i = 0; i < count; ++i) {
      if (wanted != builtins[i].uri) continue;
      auto doc = std::make_unique<rapidjson::Document>();
      if (!ParseJson(builtins[i].json, *doc)) return nullptr;
      return doc.release();
    }
    return nullptr;
  };
  auto free_doc = [](const rapidjson::Document* doc) { delete doc; };

  try {
    valijson::SchemaParser parser(version);
    valijson::adapters::RapidJsonAdapter adapter(schema);
    parser.populateSchema(adapter, impl->schema, fetch, free_doc);
  } catch (const std::exception& e) {
    return fail(std::string("valijson rejects the schema: ") + e.what());
  } catch (...) {
    return fail("valijson rejects the schema (unknown exception)");
  }
  return std::unique_ptr<ValijsonValidator>(new ValijsonValidator(std::move(impl)));
}

ValidationResult ValijsonValidator::Validate(const rapidjson::Value& instance,
                                             const ValidateOptions& options) const {
  ValidationResult result;
  auto refuse = [&](std::string keyword, std::string message) {
    result.valid = false;
    ValidationError e;
    e.keyword = std::move(keyword);
    e.message = std::move(message);
    result.errors.push_back(std::move(e));
    return result;
  };
  if (!Precheck(*impl_, instance, options.max_depth, &result)) return result;
  valijson::ValidationResults results;
  auto validator = impl_->Acquire();
  bool ok;
  try {
    valijson::adapters::RapidJsonAdapter adapter(instance);
    ok = validator->validate(impl_->schema, adapter, &results);
  } catch (const std::exception& e) {
    impl_->Release(std::move(validator));
    return refuse("", std::string("valijson threw: ") + e.what());
  }
  impl_->Release(std::move(validator));
  result.valid = ok;
  if (ok) return result;
  valijson::ValidationResults::Error err;
  while (results.popError(err)) {
    ValidationError e;
    e.instance_location = ContextToPointer(err.context);
    e.message = err.description;
    ClassifyError(err.description, &e);
    result.errors.push_back(std::move(e));
    if (!options.all_errors) break;
  }
  if (result.errors.empty()) {
    ValidationError e;
    e.message = "invalid";
    result.errors.push_back(std::move(e));
  }
  return result;
}

bool ValijsonValidator::IsValid(const rapidjson::Value& instance) const {
  if (!Precheck(*impl_, instance, ValidateOptions{}.max_depth, nullptr)) return false;
  auto validator = impl_->Acquire();
  bool ok;
  try {
    valijson::adapters::RapidJsonAdapter adapter(instance);
    ok = validator->validate(impl_->schema, adapter, nullptr);
  } catch (const std::exception&) {
    ok = false;
  }
  impl_->Release(std::move(validator));
  return ok;
}

}  // namespace stepcache::schemas
