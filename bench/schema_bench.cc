// JSON Schema engines head to head: StepCache's compiled Schema against the
// valijson peer, and both against RapidJSON merely parsing the same instance
// text, on four schema shapes with valid and invalid instances.
//
// Names read BM_<what>/<case>/<valid|invalid>/<engine> so ratios line up:
//   BM_Validate/flat/valid/stepcache vs BM_Validate/flat/valid/valijson
//   BM_Validate/flat/valid/stepcache vs BM_Parse/flat/valid/rapidjson
// Targets: stepcache >= 10x faster than valijson, <= 1.5x the parse time;
//   BM_ParseValidate/flat/valid/stream (bytes -> verdict) <= 1.25x BM_Parse/flat/valid/rapidjson.
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <rapidjson/document.h>

#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"
#include "stepcache/schemas/stream_validator.h"
#include "stepcache/schemas/valijson_validator.h"

namespace {

using stepcache::schemas::CompileOptions;
using stepcache::schemas::Dialect;
using stepcache::schemas::Schema;
using stepcache::schemas::ValijsonValidator;
using stepcache::schemas::Validator;

struct Case {
  std::string name;
  std::string schema;
  std::string valid;    // instance text
  std::string invalid;  // instance text failing late, so no engine can stop early
};

// (a) a flat extraction schema, as an LLM JSON-extraction task would use.
Case Flat() {
  Case c;
  c.name = "flat";
  c.schema = R"({
    "type": "object",
    "required": ["id", "name", "email", "age", "score", "active", "country", "tags",
                 "summary", "created", "status", "priority", "notes", "total", "currency"],
    "additionalProperties": false,
    "properties": {
      "id": {"type": "integer", "minimum": 1},
      "name": {"type": "string", "minLength": 1, "maxLength": 200},
      "email": {"type": "string", "format": "email", "maxLength": 254},
      "age": {"type": "integer", "minimum": 0, "maximum": 150},
      "score": {"type": "number", "minimum": 0, "maximum": 100},
      "active": {"type": "boolean"},
      "country": {"enum": ["DE", "FR", "GB", "US", "JP", "BR", "IN", "CN"]},
      "tags": {"type": "array", "items": {"type": "string", "maxLength": 40},
               "maxItems": 20, "uniqueItems": true},
      "summary": {"type": "string", "maxLength": 2000},
      "created": {"type": "string", "format": "date-time"},
      "status": {"const": "open"},
      "priority": {"type": "integer", "multipleOf": 1, "minimum": 1, "maximum": 5},
      "notes": {"type": ["string", "null"]},
      "total": {"type": "number", "exclusiveMinimum": 0},
      "currency": {"type": "string", "minLength": 3, "maxLength": 3}
    }
  })";
  const std::string summary(520, 'x');
  auto instance = [&](const std::string& currency) {
    return R"({"id": 1042, "name": "Ada Lovelace", "email": "ada@example.com", "age": 36,
      "score": 97.5, "active": true, "country": "GB",
      "tags": ["math", "engines", "poetry", "notes", "analysis", "bernoulli"],
      "summary": ")" + summary + R"(", "created": "1843-07-10T12:00:00Z", "status": "open",
      "priority": 2, "notes": null, "total": 12.75, "currency": )" + currency + "}";
  };
  c.valid = instance("\"GBP\"");
  c.invalid = instance("\"POUNDS\"");
  return c;
}

// (b) nested arrays and objects reached through $refs.
Case Nested() {
  Case c;
  c.name = "nested";
  c.schema = R"({
    "definitions": {
      "address": {"type": "object", "required": ["street", "city", "zip"],
        "properties": {"street": {"type": "string"}, "city": {"type": "string"},
                       "zip": {"type": "string", "maxLength": 10}}},
      "person": {"type": "object", "required": ["name", "address"],
        "properties": {"name": {"type": "string"}, "address": {"$ref": "#/definitions/address"},
                       "phones": {"type": "array", "items": {"type": "string"}}}},
      "item": {"type": "object", "required": ["sku", "qty", "price"],
        "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1},
                       "price": {"type": "number", "minimum": 0},
                       "options": {"type": "object", "additionalProperties": {"type": "string"}}}}
    },
    "type": "object",
    "required": ["customer", "items"],
    "properties": {
      "customer": {"$ref": "#/definitions/person"},
      "shipping": {"$ref": "#/definitions/address"},
      "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/item"}}
    }
  })";
  auto instance = [](int last_qty) {
    std::string items;
    for (int i = 0; i < 12; ++i) {
      if (i) items += ",";
      items += R"({"sku": "SKU-)" + std::to_string(1000 + i) + R"(", "qty": )" +
               std::to_string(i == 11 ? last_qty : i + 1) +
               R"(, "price": 9.99, "options": {"color": "red", "size": "M"}})";
    }
    return R"({"customer": {"name": "Grace", "phones": ["+1 555 0100", "+1 555 0101"],
      "address": {"street": "1 Main St", "city": "Arlington", "zip": "22201"}},
      "shipping": {"street": "2 Side St", "city": "Arlington", "zip": "22202"},
      "items": [)" + items + "]}";
  };
  c.valid = instance(3);
  c.invalid = instance(0);
  return c;
}

// (c) a recursive tree schema.
Case Tree() {
  Case c;
  c.name = "tree";
  c.schema = R"({
    "definitions": {
      "node": {"type": "object", "required": ["value"],
        "properties": {"value": {"type": "integer"}, "label": {"type": "string"},
                       "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}
    },
    "$ref": "#/definitions/node"
  })";
  // Branching 3, depth 5: 364 nodes; the invalid tree's last leaf has a string value.
  int counter = 0;
  std::function<std::string(int, bool)> node = [&](int depth, bool spoil) -> std::string {
    const int id = counter++;
    std::string out = R"({"value": )";
    const bool leaf = depth == 0;
    out += (spoil && leaf) ? "\"bad\"" : std::to_string(id);
    out += R"(, "label": "n)" + std::to_string(id) + "\"";
    if (!leaf) {
      out += R"(, "children": [)";
      for (int k = 0; k < 3; ++k) {
        if (k) out += ",";
        out += node(depth - 1, spoil && k == 2);
      }
      out += "]";
    }
    return out + "}";
  };
  c.valid = node(5, false);
  counter = 0;
  c.invalid = node(5, true);
  return c;
}

// (d) patterns and patternProperties.
Case Patterns() {
  Case c;
  c.name = "pattern";
  c.schema = R"({
    "type": "object",
    "properties": {
      "email": {"type": "string", "pattern": "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"},
      "phone": {"type": "string", "pattern": "^\\+?[0-9][0-9 ()-]{6,18}[0-9]$"},
      "zip": {"type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$"},
      "date": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
      "uuid": {"type": "string",
               "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
      "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
    },
    "patternProperties": {
      "^x-[a-z]+$": {"type": "string", "pattern": "^[A-Za-z ]*$"},
      "^n[0-9]+$": {"type": "integer"},
      "^flag_": {"type": "boolean"}
    },
    "additionalProperties": false
  })";
  auto instance = [](const std::string& last) {
    std::string out = R"({"email": "someone.else@example.org", "phone": "+49 (30) 1234-5678",
      "zip": "12345-6789", "date": "2024-02-29", "uuid": "123e4567-e89b-12d3-a456-426614174000",
      "slug": "a-b-c-d-e-f")";
    for (int i = 0; i < 6; ++i) out += R"(, "x-key)" + std::string(1, 'a' + i) + R"(": "Some Words Here")";
    for (int i = 0; i < 6; ++i) out += R"(, "n)" + std::to_string(i) + R"(": )" + std::to_string(i * 7);
    for (int i = 0; i < 4; ++i) out += R"(, "flag_)" + std::to_string(i) + R"(": true)";
    return out + R"(, "x-last": )" + last + "}";
  };
  c.valid = instance("\"Fine\"");
  c.invalid = instance("\"Not fine 42\"");
  return c;
}

// (e) exact numbers: decimal multipleOf and bounds at the edges of 64 bits,
// which now run decimal arithmetic instead of a double division.
Case Numbers() {
  Case c;
  c.name = "numbers";
  c.schema = R"({"type": "array", "items": {"type": "object", "properties": {
      "price": {"type": "number", "multipleOf": 0.01, "minimum": 0, "maximum": 1e9},
      "id": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807},
      "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}}}})";
  auto instance = [](const std::string& last_price) {
    std::string out = "[";
    for (int i = 0; i < 20; ++i) {
      if (i) out += ",";
      const std::string price = i == 19 ? last_price : std::to_string(i * 37 + 1) + "." + std::to_string(10 + i);
      out += R"({"price": )" + price + R"(, "id": )" + std::to_string(9223372036854775000LL + i) +
             R"(, "ratio": 0.)" + std::to_string(125 + i) + "}";
    }
    return out + "]";
  };
  c.valid = instance("12345678.91");
  c.invalid = instance("12345678.905");
  return c;
}

// (f) look-ahead patterns, which run on PCRE2 under the match budget.
Case Lookaround() {
  Case c;
  c.name = "lookaround";
  c.schema = R"({"type": "object", "additionalProperties": {"type": "string",
      "pattern": "^(?!org\\.bukkit\\.)(?!-)[a-z0-9.-]+$"}})";
  auto instance = [](const std::string& last) {
    std::string out = "{";
    for (int i = 0; i < 12; ++i) out += R"("k)" + std::to_string(i) + R"(": "org.example.plugin)" + std::to_string(i) + R"(",)";
    return out + R"("last": )" + last + "}";
  };
  c.valid = instance("\"com.example.last\"");
  c.invalid = instance("\"org.bukkit.last\"");
  return c;
}

rapidjson::Document MustParse(const std::string& text) {
  rapidjson::Document doc;
  stepcache::JsonError error;
  if (!stepcache::ParseJson(text, doc, &error)) {
    throw std::runtime_error("bench input does not parse: " + error.ToString());
  }
  return doc;
}

CompileOptions Options() {
  CompileOptions options;
  options.default_dialect = Dialect::kDraft7;  // the newest draft both engines speak
  return options;
}

std::unique_ptr<Validator> CompileWith(const std::string& engine, const rapidjson::Value& schema) {
  stepcache::schemas::CompileError error;
  std::unique_ptr<Validator> v;
  if (engine == "stepcache") v = Schema::Compile(schema, Options(), &error);
  else v = ValijsonValidator::Compile(schema, Options(), &error);
  if (!v) throw std::runtime_error(engine + " cannot compile: " + error.ToString());
  return v;
}

struct Fixture {
  Case c;
  rapidjson::Document schema, valid, invalid;
};

void Register(std::vector<std::unique_ptr<Fixture>>& fixtures) {
  for (Case c : {Flat(), Nested(), Tree(), Patterns(), Numbers(), Lookaround()}) {
    // valijson answers the new cases differently (double multipleOf) or not
    // at all: they measure StepCache alone.
    const bool peers = c.name != "numbers" && c.name != "lookaround";
    auto f = std::make_unique<Fixture>();
    f->schema = MustParse(c.schema);
    f->valid = MustParse(c.valid);
    f->invalid = MustParse(c.invalid);
    f->c = std::move(c);
    Fixture* fx = f.get();
    fixtures.push_back(std::move(f));

    for (const char* engine : {"stepcache", "valijson"}) {
      if (!peers && std::string(engine) == "valijson") continue;
      const std::string e = engine;
      benchmark::RegisterBenchmark(("BM_Compile/" + fx->c.name + "/" + e).c_str(),
                                   [fx, e](benchmark::State& state) {
                                     for (auto _ : state) {
                                       auto v = CompileWith(e, fx->schema);
                                       benchmark::DoNotOptimize(v.get());
                                     }
                                   });
    }
    for (const bool valid : {true, false}) {
      const std::string kind = valid ? "valid" : "invalid";
      const std::string& text = valid ? fx->c.valid : fx->c.invalid;
      const rapidjson::Document& instance = valid ? fx->valid : fx->invalid;
      for (const char* engine : {"stepcache", "valijson"}) {
        if (!peers && std::string(engine) == "valijson") continue;
        const std::string e = engine;
        benchmark::RegisterBenchmark(
            ("BM_Validate/" + fx->c.name + "/" + kind + "/" + e).c_str(),
            [fx, e, valid, &instance, &text](benchmark::State& state) {
              auto v = CompileWith(e, fx->schema);
              if (v->IsValid(instance) != valid) {
                state.SkipWithError((e + " disagrees on the expected verdict").c_str());
                return;
              }
              for (auto _ : state) benchmark::DoNotOptimize(v->IsValid(instance));
              state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
            });
      }
      // ParseJson: RapidJSON's reader plus the pre-scan and correctly rounded
      // number conversion (std::from_chars) every StepCache caller pays.
      benchmark::RegisterBenchmark(
          ("BM_Parse/" + fx->c.name + "/" + kind + "/parsejson").c_str(),
          [&text](benchmark::State& state) {
            for (auto _ : state) {
              rapidjson::Document doc;
              benchmark::DoNotOptimize(stepcache::ParseJson(text, doc));
            }
            state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
          });
      // Bytes -> verdict without a DOM (StreamValidator), against the bare
      // RapidJSON parse below: the issue-11 target is at most 1.25x.
      benchmark::RegisterBenchmark(
          ("BM_ParseValidate/" + fx->c.name + "/" + kind + "/stream").c_str(),
          [fx, valid, &text](benchmark::State& state) {
            auto schema = Schema::Compile(fx->schema, Options());
            auto stream = stepcache::schemas::StreamValidator::Create(*schema);
            stepcache::schemas::StreamScratch scratch;
            bool used_dom = false;
            const auto want = valid ? stepcache::schemas::StreamVerdict::kValid
                                    : stepcache::schemas::StreamVerdict::kInvalid;
            if (stream->Check(text, &scratch, nullptr, &used_dom) != want || used_dom) {
              state.SkipWithError(used_dom ? "not decided by the stream" : "stream disagrees on the verdict");
              return;
            }
            for (auto _ : state) benchmark::DoNotOptimize(stream->Check(text, &scratch));
            state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
          });
      benchmark::RegisterBenchmark(
          ("BM_Parse/" + fx->c.name + "/" + kind + "/rapidjson").c_str(),
          [&text](benchmark::State& state) {
            for (auto _ : state) {
              rapidjson::Document doc;
              doc.Parse(text.data(), text.size());
              benchmark::DoNotOptimize(doc.HasParseError());
            }
            state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
          });
    }
  }
}

const bool kRegistered = [] {
  static std::vector<std::unique_ptr<Fixture>> fixtures;
  Register(fixtures);
  return true;
}();

}  // namespace
