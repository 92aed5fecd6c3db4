// Cost of the full step check: a ~1 KB json_extract answer (segment + every
// step verifier + schema + integrity) and a linear-equation solution, with
// the pieces alone for comparison (parse + validate is what a plain
// "validate the whole output" cache would pay).
#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include "stepcache/checks/grounding.h"
#include "stepcache/checks/linear_equation.h"
#include "stepcache/checks/request_facts.h"
#include "stepcache/checks/rules.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/grammars/segmenter.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/schema.h"

namespace {

using stepcache::checks::TaskInput;
using stepcache::checks::TaskRules;

const char kSchema[] = R"({"type": "object",
  "properties": {
    "invoice_number": {"type": "string", "pattern": "^INV-[0-9]+$", "description": "Invoice"},
    "date": {"type": "string"}, "due_date": {"type": "string"},
    "vendor": {"type": "string"}, "vendor_address": {"type": "string"},
    "customer": {"type": "string"}, "customer_email": {"type": "string"},
    "currency": {"type": "string", "enum": ["EUR", "USD", "GBP"]},
    "subtotal": {"type": "number", "minimum": 0}, "tax": {"type": "number", "minimum": 0},
    "total": {"type": "number", "minimum": 0}, "payment_terms": {"type": "string"},
    "items": {"type": "array", "maxItems": 20, "items": {"type": "object",
      "properties": {"description": {"type": "string"}, "quantity": {"type": "integer", "minimum": 1},
                     "unit_price": {"type": "number"}},
      "required": ["description", "quantity", "unit_price"], "additionalProperties": false}},
    "notes": {"type": "string"}},
  "required": ["invoice_number", "date", "vendor", "customer", "total", "items"],
  "additionalProperties": false})";

const char kPrompt[] =
    "Extract the invoice fields as JSON: invoice_number, date, due_date, vendor, vendor_address, "
    "customer, customer_email, currency, subtotal, tax, total, payment_terms, items (description, "
    "quantity, unit_price), notes.\n\nText:\nInvoice INV-20931 issued on 2024-03-14, due 2024-04-13. "
    "Vendor: Northwind Traders Ltd., 42 Harbour Road, Bristol BS1 4DJ. Billed to Contoso Analytics "
    "(accounts@contoso.example). All amounts in EUR. Line items: 12 x Ergonomic keyboard at 49.90 each; "
    "4 x 27-inch monitor at 289.00 each; 30 x USB-C cable (2 m) at 7.45 each; 2 x Standing desk frame at "
    "415.50 each; 6 x Aluminium laptop stand at 35.20 each; 10 x Wireless mouse at 18.99 each. Subtotal 2,858.30, VAT 571.66, total due 3,429.96. Payment terms: net 30 days by bank "
    "transfer. Notes: deliver to the loading dock, ring the bell twice, and ask for Dana in receiving.";

const char kAnswer[] = R"A(```json
{
  "invoice_number": "INV-20931",
  "date": "2024-03-14",
  "due_date": "2024-04-13",
  "vendor": "Northwind Traders Ltd.",
  "vendor_address": "42 Harbour Road, Bristol BS1 4DJ",
  "customer": "Contoso Analytics",
  "customer_email": "accounts@contoso.example",
  "currency": "EUR",
  "subtotal": 2858.30,
  "tax": 571.66,
  "total": 3429.96,
  "payment_terms": "net 30 days by bank transfer",
  "items": [
    {"description": "Ergonomic keyboard", "quantity": 12, "unit_price": 49.90},
    {"description": "27-inch monitor", "quantity": 4, "unit_price": 289.00},
    {"description": "USB-C cable (2 m)", "quantity": 30, "unit_price": 7.45},
    {"description": "Standing desk frame", "quantity": 2, "unit_price": 415.50},
    {"description": "Aluminium laptop stand", "quantity": 6, "unit_price": 35.20},
    {"description": "Wireless mouse", "quantity": 10, "unit_price": 18.99}
  ],
  "notes": "deliver to the loading dock, ring the bell twice, and ask for Dana in receiving"
}
```)A";

struct JsonSetup {
  JsonSetup() {
    if (!stepcache::ParseJson(kSchema, schema_doc)) std::abort();
    schema = stepcache::schemas::Schema::Compile(schema_doc);
    rules = TaskRules::LoadBuiltin("json_extract");
    if (!schema || !rules) std::abort();
    input.prompt = kPrompt;
    input.schema = schema.get();
    input.schema_json = &schema_doc;
    if (!rules->Check(input, kAnswer).pass) std::abort();  // the benchmark measures the passing path
  }
  rapidjson::Document schema_doc;
  std::unique_ptr<stepcache::schemas::Schema> schema;
  std::unique_ptr<TaskRules> rules;
  TaskInput input;
};

const JsonSetup& Json() {
  static const JsonSetup* setup = new JsonSetup();
  return *setup;
}

void BM_CheckJsonExtract_Full(benchmark::State& state) {
  const JsonSetup& s = Json();
  for (auto _ : state) benchmark::DoNotOptimize(s.rules->Check(s.input, kAnswer));
  state.SetBytesProcessed(state.iterations() * (sizeof kAnswer - 1));
}
BENCHMARK(BM_CheckJsonExtract_Full);

// As the engine runs it (ServeContext::Source): the prompt read as
// instructions and source text, prepared for grounding, and the checks'
// facts of the prompt and schema, once per request (not per candidate).
void BM_CheckJsonExtract_PreparedSource(benchmark::State& state) {
  const JsonSetup& s = Json();
  stepcache::checks::SourceText text(kPrompt);
  stepcache::checks::GroundingSource source(text.source_text(), {});
  TaskInput input = s.input;
  stepcache::checks::MemberLabelTable labels(s.input.schema_json);
  stepcache::checks::RequestFacts facts(text, labels);
  input.source = &text;
  input.grounding = &source;
  input.labels = &labels;
  input.facts = &facts;
  for (auto _ : state) benchmark::DoNotOptimize(s.rules->Check(input, kAnswer));
}
BENCHMARK(BM_CheckJsonExtract_PreparedSource);

void BM_CheckJsonExtract_IntegrityOnly(benchmark::State& state) {
  const JsonSetup& s = Json();
  for (auto _ : state) benchmark::DoNotOptimize(s.rules->IntegrityCheck(s.input, kAnswer));
}
BENCHMARK(BM_CheckJsonExtract_IntegrityOnly);

void BM_Piece_SegmentJson(benchmark::State& state) {
  stepcache::grammars::Steps steps;
  for (auto _ : state) {
    stepcache::grammars::Segment(kAnswer, stepcache::grammars::Grammar::kJson, &steps);
    benchmark::DoNotOptimize(steps.data());
  }
}
BENCHMARK(BM_Piece_SegmentJson);

// The baseline a whole-output cache pays: parse + validate, no steps.
void BM_Piece_ParseAndValidate(benchmark::State& state) {
  const JsonSetup& s = Json();
  std::string_view answer(kAnswer);
  std::string_view json = answer.substr(8, answer.size() - 8 - 4);
  for (auto _ : state) {
    rapidjson::Document doc;
    stepcache::ParseJson(json, doc);
    benchmark::DoNotOptimize(s.schema->IsValid(doc));
  }
}
BENCHMARK(BM_Piece_ParseAndValidate);

void BM_Piece_Grounding(benchmark::State& state) {
  rapidjson::Document doc;
  std::string_view answer(kAnswer);
  stepcache::ParseJson(answer.substr(8, answer.size() - 8 - 4), doc);
  std::vector<stepcache::checks::UngroundedValue> bad;
  for (auto _ : state) {
    stepcache::checks::GroundingSource source(kPrompt, {});
    bad.clear();
    benchmark::DoNotOptimize(stepcache::checks::FindUngrounded(doc, "", source, &bad));
  }
}
BENCHMARK(BM_Piece_Grounding);

const char kEquationPrompt[] = "Solve for x: 3(2x - 4) + 7 = 5x + 11. Show each step.";

void BM_CheckLinearEquation_Full(benchmark::State& state) {
  static const std::unique_ptr<TaskRules> rules = TaskRules::LoadBuiltin("linear_equation");
  TaskInput input;
  input.prompt = kEquationPrompt;
  static const std::string answer = *rules->FallbackAnswer(input);
  if (!rules->Check(input, answer).pass) std::abort();
  for (auto _ : state) benchmark::DoNotOptimize(rules->Check(input, answer));
  state.SetLabel(std::to_string(answer.size()) + " bytes");
}
BENCHMARK(BM_CheckLinearEquation_Full);

void BM_Piece_FindAndSolveStepByStep(benchmark::State& state) {
  for (auto _ : state) {
    auto eq = stepcache::checks::FindEquationInPrompt(kEquationPrompt);
    benchmark::DoNotOptimize(stepcache::checks::SolveStepByStep(*eq));
  }
}
BENCHMARK(BM_Piece_FindAndSolveStepByStep);

void BM_Piece_ParseLinearEquation(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(stepcache::checks::ParseLinearEquation("3(2x - 4) + 7 = 5x + 11"));
}
BENCHMARK(BM_Piece_ParseLinearEquation);

}  // namespace
