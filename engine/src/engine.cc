#include "stepcache/engine/engine.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <unordered_set>
#include <mutex>

#include "patcher.h"
#include "requests.h"
#include "rewrite.h"
#include "serve_context.h"
#include <optional>

#include <rapidjson/pointer.h>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/linear_equation.h"
#include "stepcache/checks/source_text.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::engine {
namespace {

using Clock = std::chrono::steady_clock;

// Cached candidates fetched, and verified, per request: the store ranks by
// prompt similarity, which a paraphrase can fool (another request with the
// same wording looks closer than this one's own equation reworded), so the
// planner re-ranks a wider pool by the task's slots and verifies the best.
constexpr std::size_t kPool = 8;
constexpr std::size_t kCandidates = 4;

// Multiset Jaccard of the number and variable slots of two prompts: for
// tasks whose identity lives in their constants ("numbers" retrieval).
double SlotOverlap(const PromptTemplate& a, const PromptTemplate& b) {
  std::map<std::string, int> ca, cb;
  for (const Slot& s : a.slots) if (s.kind != SlotKind::kQuoted) ++ca[s.text];
  for (const Slot& s : b.slots) if (s.kind != SlotKind::kQuoted) ++cb[s.text];
  int inter = 0, uni = 0;
  for (const auto& [k, n] : ca) {
    auto it = cb.find(k);
    const int m = it == cb.end() ? 0 : it->second;
    inter += std::min(n, m);
    uni += std::max(n, m);
  }
  for (const auto& [k, m] : cb) if (!ca.count(k)) uni += m;
  return uni == 0 ? 0.0 : static_cast<double>(inter) / uni;
}

// Re-ranks the store's pool by the rules' retrieval hint and keeps the best
// kCandidates.
void Rerank(const checks::RetrievalHints& hints, const Request& request, std::vector<Match>* pool) {
  if (hints.slots == "numbers") {
    const PromptTemplate incoming = SplitPrompt(request.prompt);
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < pool->size(); ++i) {
      const Match& m = (*pool)[i];
      const double tier = m.exact_prompt ? 2 : m.exact_template ? 1 : 0;
      order.emplace_back(tier + SlotOverlap(m.entry.prompt_template, incoming) + m.score * 1e-3, i);
    }
    std::stable_sort(order.begin(), order.end(), [](auto& x, auto& y) { return x.first > y.first; });
    std::vector<Match> ranked;
    for (const auto& [score, i] : order) ranked.push_back(std::move((*pool)[i]));
    *pool = std::move(ranked);
  }
  if (pool->size() > kCandidates) pool->resize(kCandidates);
}

double Seconds(Clock::time_point from) {
  return std::chrono::duration<double>(Clock::now() - from).count();
}

// A request schema compiled once and shared by every request that uses it.
struct CompiledSchema {
  rapidjson::Document json;
  std::unique_ptr<schemas::Schema> schema;
  std::unique_ptr<checks::MemberLabelTable> labels;  // the members' labels, for the checks
};

}  // namespace

constexpr auto kDeadlineSlack = std::chrono::milliseconds(50);

std::optional<ChatResponse> ServeContext::Call(ChatRequest chat) {
  if (backend_given_up) return std::nullopt;
  const auto start = Clock::now();
  if (deadline && start >= *deadline) {
    deadline_exceeded = true;
    BackendError e;
    e.kind = BackendError::Kind::kTimeout;
    e.message = "the request's deadline passed before a backend call";
    last_backend_error = e.message;
    backend_error = std::move(e);
    return std::nullopt;
  }
  if (deadline) {
    // The backend stops waiting (and retrying) when the request's time is up.
    const double left = std::chrono::duration<double>(*deadline - start).count();
    chat.timeout_s = chat.timeout_s ? std::min(*chat.timeout_s, left) : left;
  }
  BackendResult result = backend->Complete(chat);
  // A timeout within a moment of the deadline is the deadline's: the socket
  // timer that cut the call may fire a little before the clock reaches it.
  if (!result.ok() && deadline && Clock::now() + kDeadlineSlack >= *deadline &&
      result.error().kind == BackendError::Kind::kTimeout) {
    deadline_exceeded = true;  // the call was cut short by the deadline
  }
  const double wall_s = Seconds(start);
  backend_wall_s += wall_s;
  ++metrics.attempts;
  if (!result.ok()) {
    // A failed call's time (its retries and backoff included) is the
    // backend's share of this request's latency too.
    metrics.backend_s += wall_s;
    last_backend_error = result.error().message;
    backend_error = result.error();
    // A garbled answer may come out right next time; a backend that cannot
    // be reached, timed out or answered with an error status after its own
    // retries would make every later call of this request wait for the same.
    backend_given_up = result.error().kind != BackendError::Kind::kMalformed;
    return std::nullopt;
  }
  ChatResponse& r = result.response();
  EstimateUsageIfMissing(chat, &r);
  metrics.prompt_tokens += r.usage.prompt_tokens;
  metrics.completion_tokens += r.usage.completion_tokens;
  metrics.backend_s += r.latency_s;
  metrics.simulated = metrics.simulated || r.simulated;
  return std::move(r);
}

const checks::SourceText* ServeContext::Source() {
  if (rules->grammar() != grammars::Grammar::kJson) return nullptr;
  if (!source_text) {
    source_text.emplace(request->prompt);
    input.source = &*source_text;
    // The built-in rules' grounding options; checks with other options
    // prepare their own.
    grounding_source.emplace(source_text->source_text(), checks::GroundingOptions{});
    input.grounding = &*grounding_source;
    // What the checks read of this prompt and the schema alone, once for
    // all the request's candidates (this context serves one request on one
    // thread; the label table it reads is shared read-only).
    if (input.labels != nullptr) {
      facts = std::make_unique<checks::RequestFacts>(*source_text, *input.labels);
      input.facts = facts.get();
    }
  }
  return &*source_text;
}

checks::CheckResult ServeContext::Check(std::string_view output) {
  Source();
  const auto start = Clock::now();
  checks::CheckResult result = rules->Check(input, output);
  metrics.verify_s += Seconds(start);
  return result;
}

struct Engine::Impl {
  Options options;
  std::unique_ptr<Backend> backend;
  std::unique_ptr<Store> store;

  mutable std::mutex mu;  // guards the caches and totals below
  std::map<std::string, std::shared_ptr<const checks::TaskRules>, std::less<>> rules;
  std::map<std::string, std::shared_ptr<const CompiledSchema>, std::less<>> schemas;
  MetricsTotals totals;
  // Entries this engine has verified against their own request under the
  // rules it holds now: checks are deterministic, so the identical request
  // (same prompt, schema and rules) needs no second check. Entries written
  // by another process or an older version are checked once first.
  std::unordered_set<std::string> verified;

  static std::string VerifiedKey(const checks::TaskRules* rules, std::uint64_t id) {
    return std::to_string(reinterpret_cast<std::uintptr_t>(rules)) + ":" + std::to_string(id);
  }
  bool IsVerified(const checks::TaskRules* rules, std::uint64_t id) {
    std::lock_guard<std::mutex> lock(mu);
    return verified.count(VerifiedKey(rules, id)) != 0;
  }
  void MarkVerified(const checks::TaskRules* rules, std::uint64_t id) {
    if (id == 0) return;
    std::lock_guard<std::mutex> lock(mu);
    // Evicted ids are never reused; forget them all now and then.
    if (verified.size() > std::max<std::size_t>(4096, 2 * options.store_options.capacity)) verified.clear();
    verified.insert(VerifiedKey(rules, id));
  }

  std::shared_ptr<const checks::TaskRules> Rules(const std::string& task, std::string* error) {
    std::lock_guard<std::mutex> lock(mu);
    auto it = rules.find(task);
    if (it != rules.end()) return it->second;
    checks::RulesError e;
    std::shared_ptr<const checks::TaskRules> r = checks::TaskRules::LoadNamed(options.rules_dir, task, &e);
    if (!r) {
      *error = "task '" + task + "': " + e.ToString();
      return nullptr;
    }
    rules.emplace(task, r);
    return r;
  }

  // What a call keeps alive while it runs: the request's rules and schema.
  struct Compiled {
    std::shared_ptr<const checks::TaskRules> rules;
    std::shared_ptr<const CompiledSchema> schema;
  };

  // Points `ctx` at `request` (which must outlive it), this engine's backend
  // and the call's deadline, and compiles the request's rules and schema into
  // it. False with *error (one line) when the task or the schema is bad.
  bool Prepare(const Request& request, const ServeOptions& serve, ServeContext* ctx, Compiled* compiled,
               std::string* error) {
    ctx->request = &request;
    ctx->backend = backend.get();
    ctx->deadline = serve.deadline;
    compiled->rules = Rules(request.task, error);
    if (compiled->rules && !request.schema_json.empty()) compiled->schema = Schema(request.schema_json, error);
    if (!compiled->rules || (!request.schema_json.empty() && !compiled->schema)) return false;
    ctx->rules = compiled->rules.get();
    if (compiled->schema) {
      ctx->schema = compiled->schema->schema.get();
      ctx->schema_json = &compiled->schema->json;
      ctx->input.labels = compiled->schema->labels.get();
    }
    ctx->input.prompt = request.prompt;
    ctx->input.schema = ctx->schema;
    ctx->input.schema_json = ctx->schema_json;
    return true;
  }

  std::shared_ptr<const CompiledSchema> Schema(const std::string& text, std::string* error) {
    std::lock_guard<std::mutex> lock(mu);
    auto it = schemas.find(text);
    if (it != schemas.end()) return it->second;
    auto compiled = std::make_shared<CompiledSchema>();
    JsonError jerr;
    if (!ParseJson(text, compiled->json, &jerr)) {
      *error = "schema: " + jerr.ToString();
      return nullptr;
    }
    schemas::CompileError cerr;
    compiled->schema = schemas::Schema::Compile(compiled->json, checks::ResponseSchemaOptions(), &cerr);
    if (!compiled->schema) {
      *error = "schema: " + cerr.ToString();
      return nullptr;
    }
    compiled->labels = std::make_unique<checks::MemberLabelTable>(&compiled->json);
    schemas.emplace(text, compiled);
    return compiled;
  }

  void Finish(ServeContext& ctx, Clock::time_point start, Response* response) {
    ctx.metrics.engine_s = std::max(0.0, Seconds(start) - ctx.backend_wall_s);
    ctx.metrics.latency_s = ctx.metrics.engine_s + ctx.metrics.backend_s;
    response->metrics = ctx.metrics;
    response->backend_error = ctx.backend_error;
    response->deadline_exceeded = ctx.deadline_exceeded;
    std::lock_guard<std::mutex> lock(mu);
    totals.Add(ctx.metrics, response->ok);
  }

  // One full generation, made acceptable by the patcher when it fails its check.
  Outcome Generate(ServeContext& ctx) {
    auto response = ctx.Call(FullRequest(*ctx.request));
    // Without a backend only the exact solver (a task rule) can still answer.
    if (!response && ctx.backend_given_up && ctx.rules->patch().fallback != checks::PatchFallback::kSolver) {
      return Outcome{false, "", "no answer from the backend"};
    }
    std::string output = response ? response->content : std::string();
    ctx.model_members.insert("*");
    // Locally repairable answers need no model call; a value the repair had
    // to guess (the output was cut) is regenerated, never accepted.
    std::vector<std::string> uncertain;
    std::string repaired = RepairLocally(ctx, output, response && response->truncated(), &uncertain);
    checks::CheckResult check = ctx.Check(repaired);
    FailMembers(&check, uncertain, "its value was cut off and guessed by local repair");
    if (response && response->truncated() && ctx.rules->grammar() != grammars::Grammar::kJson) {
      FailLastStep(&check, "the backend cut the answer at its token limit");
    }
    // A whole answer that gives again a cached value whose reuse failed
    // (the skip path after a changed description) asks the model once
    // more, as the patch path does.
    if (!ctx.stale_asked && !ctx.stale_pointers.empty()) {
      const std::vector<std::string> stale = RepeatedValues(ctx.stale_output, ctx.stale_pointers, repaired);
      FailMembers(&check, stale,
                  "the model gave again the cached value whose reuse failed for a changed line or schema");
      ctx.stale_asked = !stale.empty();
    }
    if (check.pass) return Outcome{true, repaired, ""};
    return Patch(ctx, repaired, check);
  }

  struct Candidate {
    const Match* match = nullptr;
    std::string output;  // the cached output, possibly rewritten
    checks::CheckResult check;
    bool rewritten = false;  // a licensed rewrite changed the cached output
    // Members that failed although their evidence stands (MemberReuse::
    // context_changed, a value the same text does not state plainly).
    std::vector<std::string> context_failed;
  };

  // The cached extraction answer judged member by member against the new
  // request's evidence (evidence.h): members whose evidence changed are
  // listed in *failing (pointer, reason); licensed rewrites are applied.
  // Returns the answer to check, or nullopt when it is not a JSON object.
  // `doc` is the cached answer, parsed; rewrites are applied to it.
  std::optional<std::string> EvidenceVariant(ServeContext& ctx, const Match& match,
                                             const checks::SourceText& old_source, rapidjson::Document& doc,
                                             std::vector<std::pair<std::string, std::string>>* failing,
                                             std::vector<std::string>* context_failed) {
    if (!doc.IsObject()) return std::nullopt;
    std::vector<checks::MemberReuse> members =
        checks::CompareEvidence(old_source, *ctx.Source(), doc, ctx.schema_json, ctx.input.labels);
    bool changed = false;
    for (const checks::MemberReuse& m : members) {
      if (!m.pass) {
        failing->push_back({m.pointer, "reuse: " + m.reason});
        if (m.context_changed) context_failed->push_back(m.pointer);
        continue;
      }
      if (!m.rewrite) continue;
      rapidjson::Document value;
      rapidjson::Value* slot = rapidjson::Pointer(m.pointer.c_str()).Get(doc);
      if (slot == nullptr || !ParseJson(*m.rewrite, value)) {
        failing->push_back({m.pointer, "reuse: the rewrite could not be applied"});
        continue;
      }
      slot->CopyFrom(value, doc.GetAllocator());
      changed = true;
    }
    return changed ? JsonToString(doc) : match.entry.output;
  }

  // Fails each member of the cached answer `doc` that this request's text
  // does not state plainly (MemberEvidence::plain: Put would not store it),
  // with `reason`; with `skip_failing`, not a member that already fails.
  static void FailWhatIsNotPlain(ServeContext& ctx, const rapidjson::Value& doc, const char* reason, bool skip_failing,
                                 std::vector<std::pair<std::string, std::string>>* failing,
                                 std::vector<std::string>* context_failed) {
    for (const checks::MemberEvidence& e : checks::FindEvidence(*ctx.Source(), doc, ctx.schema_json, ctx.input.labels)) {
      if (e.plain) continue;
      if (skip_failing &&
          std::any_of(failing->begin(), failing->end(), [&](const auto& f) { return f.first == e.pointer; })) {
        continue;
      }
      failing->push_back({e.pointer, reason});
      context_failed->push_back(e.pointer);
    }
  }

  // Members of the cached answer whose sub-schema differs between the
  // cached request's schema and this request's: what such a member means
  // changed ("description": "Current city" -> "Birth city"), so its cached
  // value has no evidence for the new request. Each is also listed in
  // *context_failed: a model that gives the cached value again ("Price (¢)"
  // read as the old euros) is asked once more and, if it repeats it, served
  // but not stored.
  static void ChangedMeanings(const ServeContext& ctx, const Match& match, const rapidjson::Value& answer,
                              std::vector<std::pair<std::string, std::string>>* failing,
                              std::vector<std::string>* context_failed) {
    if (ctx.schema_json == nullptr || match.entry.request.schema_json == ctx.request->schema_json) return;
    rapidjson::Document old_schema;
    if (!ParseJson(match.entry.request.schema_json, old_schema) || !answer.IsObject()) return;
    // What the schema says outside its members (its description and title,
    // $defs a member's "$ref" names, "required"): a change there may change
    // what every member means ("All amounts in thousands of euros").
    auto outside = [](const rapidjson::Value& schema) -> std::string {
      if (!schema.IsObject()) return "";
      rapidjson::Document rest;
      rest.SetObject();
      for (const auto& m : schema.GetObject()) {
        if (m.name != "properties") rest.AddMember(rapidjson::Value(m.name, rest.GetAllocator()),
                                                   rapidjson::Value(m.value, rest.GetAllocator()), rest.GetAllocator());
      }
      std::string canonical, error;
      return CanonicalJson(JsonToString(rest), &canonical, &error) ? canonical : JsonToString(rest);
    };
    if (outside(old_schema) != outside(*ctx.schema_json)) {
      for (const auto& m : answer.GetObject()) {
        const std::string pointer = AppendPointer("", std::string_view(m.name.GetString(), m.name.GetStringLength()));
        failing->push_back({pointer,
                            "reuse: the schema's text outside its members changed (description, title, definitions "
                            "or required), so what its members mean may have"});
        context_failed->push_back(pointer);
      }
      return;
    }
    std::vector<std::string> failed_pointers;
    for (const auto& m : answer.GetObject()) {
      const std::string before = MemberSchema(old_schema, m.name, false);
      const std::string now = MemberSchema(*ctx.schema_json, m.name, false);
      if (now.empty() || before == now) continue;  // dropped members are projected away
      const std::string pointer = AppendPointer("", std::string_view(m.name.GetString(), m.name.GetStringLength()));
      failing->push_back({pointer, "reuse: the member's schema changed, so what it means may have"});
      context_failed->push_back(pointer);
      failed_pointers.push_back(pointer);
    }
    // A member's sub-schema that changed in more than its type, or that a
    // member new to the schema brings, may speak of any other member in a
    // description, a title, a nested one or a note ("x-note", "anyOf"), by
    // its name, a synonym, its label or all of them at once ("the people
    // figure counts couples", "all counts below are in dozens"): every
    // member fails.
    bool words_changed = false;
    if (const auto props = ctx.schema_json->FindMember("properties");
        props != ctx.schema_json->MemberEnd() && props->value.IsObject()) {
      // (A member new to the schema with a type alone reads as one absent.)
      auto beyond_type = [](const rapidjson::Value& schema, const rapidjson::Value& key) {
        const std::string text = MemberSchema(schema, key, true);
        return text.empty() ? std::string("{}") : text;
      };
      for (const auto& p : props->value.GetObject()) {
        words_changed = words_changed || beyond_type(old_schema, p.name) != beyond_type(*ctx.schema_json, p.name);
      }
    }
    if (!words_changed) return;
    for (const auto& m : answer.GetObject()) {
      const std::string pointer = AppendPointer("", std::string_view(m.name.GetString(), m.name.GetStringLength()));
      if (std::find(failed_pointers.begin(), failed_pointers.end(), pointer) != failed_pointers.end()) continue;
      failing->push_back({pointer, "reuse: a member's schema changed beyond its type, and may speak of this one"});
      context_failed->push_back(pointer);
    }
  }

  // A member's sub-schema in `schema` as canonical JSON, without its
  // top-level "type" when `without_type`; "" when the member is absent.
  static std::string MemberSchema(const rapidjson::Value& schema, const rapidjson::Value& key, bool without_type) {
    if (!schema.IsObject()) return "";
    auto props = schema.FindMember("properties");
    if (props == schema.MemberEnd() || !props->value.IsObject()) return "";
    auto p = props->value.FindMember(key);
    if (p == props->value.MemberEnd()) return "";
    std::string text;
    if (without_type && p->value.IsObject() && p->value.HasMember("type")) {
      rapidjson::Document rest;
      rest.CopyFrom(p->value, rest.GetAllocator());
      rest.RemoveMember("type");
      text = JsonToString(rest);
    } else {
      text = JsonToString(p->value);
    }
    std::string canonical, error;
    return CanonicalJson(text, &canonical, &error) ? canonical : "";
  }

  // The best verified starting point among the cached candidates and their
  // licensed rewrites: the first that passes, else the one failing the
  // smallest fraction of its steps. A candidate whose request differs in
  // what it asks (the rules' pre-check skip conditions) is no candidate;
  // *blocked then says why.
  Candidate BestCandidate(ServeContext& ctx, const std::vector<Match>& matches, std::string* blocked) {
    Candidate best;
    const bool extraction = ctx.Source() != nullptr;  // also readies ctx.input.source
    for (const Match& match : matches) {
      // An extraction candidate's prompt is read once, for the instruction
      // comparison and for its evidence.
      std::optional<checks::SourceText> old_source;
      if (extraction && !match.exact_prompt) old_source.emplace(match.entry.request.prompt);
      if (!match.exact_prompt) {
        checks::SkipDecision skip = ctx.rules->ReuseBlocked(match.entry.request.prompt, ctx.input,
                                                            old_source ? &*old_source : nullptr);
        if (skip.skip) {
          if (blocked->empty()) *blocked = skip.reason;
          continue;
        }
      }
      const std::string& cached = match.entry.output;
      if (ctx.rules->grammar() == grammars::Grammar::kEquations) {
        // (An entry an older version stored, whose working says what the
        // checks do not read: Put would not store it now.)
        const std::optional<checks::LinearEquation> eq = checks::FindEquationInPrompt(match.entry.request.prompt);
        if (std::string unread = eq ? checks::UnreadWorkingWord(cached, eq->variable) : std::string();
            !unread.empty()) {
          if (blocked->empty()) *blocked = "the cached working says " + unread + ", which the checks do not read";
          continue;
        }
      }
      std::vector<std::pair<std::string, bool>> variants;  // output, rewritten
      std::vector<std::pair<std::string, std::string>> failing;
      rapidjson::Document cached_doc;  // the cached answer, parsed once (JSON tasks)
      if (ctx.schema_json != nullptr || extraction) ParseJson(cached, cached_doc);
      // (A member whose schema changed is judged afresh by what the new
      // schema means; the model giving its cached value again is not stored.)
      std::vector<std::string> context_failed;
      ChangedMeanings(ctx, match, cached_doc, &failing, &context_failed);
      if (extraction && match.exact_prompt && cached_doc.IsObject()) {
        // The same text (an entry an older version stored, or one stored for
        // another schema): what the text does not state plainly is
        // regenerated, as Put would not have stored it.
        FailWhatIsNotPlain(ctx, cached_doc, "the text does not state its value plainly", false, &failing,
                           &context_failed);
      }
      if (ctx.rules->reuse().evidence && old_source) {
        // Extraction answers: members are kept on evidence alone; blind slot
        // rewrites could write a value no model wrote ("2 adults and 2
        // children" -> 3 and 3).
        std::optional<std::string> v = EvidenceVariant(ctx, match, *old_source, cached_doc, &failing, &context_failed);
        variants.push_back({v ? *v : cached, v && *v != cached});
        // What this request would not store, it does not reuse either: a
        // member the new text and request do not state plainly (the
        // instruction asks it in another unit, a word beside its name picks
        // another field, a scale line, ...) is regenerated.
        if (v && !match.exact_prompt && cached_doc.IsObject()) {
          FailWhatIsNotPlain(ctx, cached_doc, "reuse: the new request does not state its value plainly", true,
                             &failing, &context_failed);
        }
      } else {
        if (auto rewritten = ApplySlotRewrites(cached, match.diff)) variants.push_back({*rewritten, true});
        variants.push_back({cached, false});
      }
      if (ctx.schema_json) {
        for (std::size_t i = 0, n = variants.size(); i < n; ++i) {
          if (auto projected = ProjectToSchema(variants[i].first, *ctx.schema_json)) {
            variants.insert(variants.begin() + static_cast<std::ptrdiff_t>(i), {*projected, true});
            ++i;
            ++n;
          }
        }
      }
      for (auto& [v, rewritten] : variants) {
        checks::CheckResult c = ctx.Check(v);
        for (const auto& [pointer, reason] : failing) FailMembers(&c, {pointer}, reason);
        if (c.pass) return Candidate{&match, std::move(v), std::move(c), rewritten, context_failed};
        if (!best.match || c.FailingFraction() < best.check.FailingFraction()) {
          best = Candidate{&match, std::move(v), std::move(c), rewritten, context_failed};
        }
      }
    }
    return best;
  }

  // The evidence of an extraction answer (ctx.Source() set) when the text
  // states every member plainly (MemberEvidence::plain); nullopt when it
  // does not, or the output is no JSON object.
  static std::optional<std::vector<checks::MemberEvidence>> PlainEvidence(ServeContext& ctx,
                                                                          const std::string& output) {
    rapidjson::Document answer;
    if (!ParseJson(output, answer) || !answer.IsObject()) return std::nullopt;
    std::vector<checks::MemberEvidence> evidence =
        checks::FindEvidence(*ctx.Source(), answer, ctx.schema_json, ctx.input.labels);
    if (!checks::AllStorable(evidence)) return std::nullopt;
    return evidence;
  }

  // What Put requires before it stores: always true for tasks other than extraction.
  static bool StatedPlainly(ServeContext& ctx, const std::string& output) {
    return ctx.Source() == nullptr || PlainEvidence(ctx, output).has_value();
  }

  // Stores a verified answer with what produced it: the path, the members a
  // model wrote for this request, and the evidence of each member in the
  // source text (evidence.h), for the next request to compare with. An
  // extraction answer is stored only when the text states every member
  // plainly (MemberEvidence::plain): a value the text qualifies, corrects,
  // repeats or gives only in passing passed the checks, but an answer that
  // rests on it would be served again to every identical request, so it is
  // regenerated each time instead. Returns the entry's id, 0 when not stored.
  std::uint64_t Put(ServeContext& ctx, const std::string& output) {
    // An answer the rules' own solver wrote (the patch fallback) passed
    // checks that share its reading of the request: served, never stored.
    if (ctx.metrics.fallback) return 0;
    Entry entry;
    entry.request = *ctx.request;
    entry.output = output;
    rapidjson::Document meta(rapidjson::kObjectType);
    auto& a = meta.GetAllocator();
    meta.AddMember("origin", rapidjson::StringRef(PathName(ctx.metrics.path).data(), PathName(ctx.metrics.path).size()), a);
    rapidjson::Value written(rapidjson::kArrayType);
    for (const std::string& m : ctx.model_members) written.PushBack(rapidjson::Value(m.c_str(), a), a);
    meta.AddMember("model_members", written, a);
    if (ctx.rules->grammar() == grammars::Grammar::kEquations) {
      // A request that says more than the checks read beside its equation
      // ("Runde svaret av", "la moitié de x") is answered, not stored.
      const std::optional<checks::LinearEquation> eq = checks::FindEquationInPrompt(ctx.request->prompt);
      if (eq && !checks::UnreadRequestWord(ctx.request->prompt, *eq).empty()) return 0;
      // A working whose lines say what the checks do not read ("Odejmij
      // dziesięć od obu stron:", "Divide by the constant:") is answered, not
      // stored: its steps' words may be false.
      if (eq && !checks::UnreadWorkingWord(output, eq->variable).empty()) return 0;
    }
    if (ctx.Source() != nullptr) {
      std::optional<std::vector<checks::MemberEvidence>> evidence = PlainEvidence(ctx, output);
      if (!evidence) return 0;
      meta.AddMember("evidence", checks::EvidenceToValue(*evidence, a), a);
    }
    entry.metadata_json = JsonToString(meta);
    return store->Put(entry);
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::Open(const Options& options, std::string* error) {
  auto backend = OpenBackend(options.backend, options.backend_options, error);
  if (!backend) return nullptr;
  auto store = OpenStore(options.store, options.store_options, error);
  if (!store) return nullptr;
  return Open(options, std::move(backend), std::move(store), error);
}

std::unique_ptr<Engine> Engine::Open(const Options& options, std::unique_ptr<Backend> backend,
                                     std::unique_ptr<Store> store, std::string* error) {
  if (!backend || !store) {
    if (error) *error = "engine: a backend and a store are required";
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->backend = std::move(backend);
  impl->store = std::move(store);
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

namespace {

// Whether `output` gives, for a JSON member of the cached candidate `cached`
// that failed although its evidence stood (`context_failed`: a changed line
// around it, a value the text does not state plainly), the very value
// that failed. The model said it again, but what made it fail was not
// verified away: such an answer is served, never stored, so it cannot come
// back from the cache.
bool RepeatsAFailedValue(const std::string& cached, const std::vector<std::string>& context_failed,
                         const std::string& output) {
  return !RepeatedValues(cached, context_failed, output).empty();
}

}  // namespace

Response Engine::Serve(const Request& incoming) { return Serve(incoming, ServeOptions{}); }

Response Engine::Serve(const Request& incoming, const ServeOptions& serve) {
  const auto start = Clock::now();
  Request request = incoming;
  if (request.model.empty()) request.model = impl_->options.model;
  Response response;
  ServeContext ctx;
  Impl::Compiled compiled;
  std::string error;
  if (!impl_->Prepare(request, serve, &ctx, &compiled, &error)) {
    response.error = error;
    response.bad_request = true;
    impl_->Finish(ctx, start, &response);
    return response;
  }
  const std::shared_ptr<const checks::TaskRules>& rules = compiled.rules;

  Outcome outcome;
  bool already_stored = false;
  std::vector<Match> matches;
  checks::CheckResult exact_check;  // the identical request's answer, checked once
  bool exact_verified = false;      // ... or known verified by this engine
  const bool read_cache = impl_->options.enable_cache && serve.read_cache;
  const bool write_cache = impl_->options.enable_cache && serve.write_cache;
  if (read_cache) {
    LookupOptions lookup;
    lookup.similarity_threshold = rules->retrieval().min_similarity;
    lookup.same_schema = rules->retrieval().same_schema;
    lookup.max_age_seconds = serve.max_age_seconds;
    // The identical request comes back often: try the single best match
    // first and load the wider pool only when it does not verify.
    matches = impl_->store->LookupCandidates(request, 1, lookup);
    const bool exact = !matches.empty() && matches.front().exact_prompt &&
                       matches.front().entry.request.schema_json == request.schema_json;
    if (exact && impl_->IsVerified(rules.get(), matches.front().entry.id)) {
      exact_check.pass = true;
      exact_verified = true;
    } else if (exact) {
      exact_check = ctx.Check(matches.front().entry.output);
      // An entry written by an older version or another process may rest
      // on evidence this version would not have stored (Put): it must pass
      // the same test before it is served as the identical request's answer.
      if (exact_check.pass && !impl_->StatedPlainly(ctx, matches.front().entry.output)) exact_check.pass = false;
      if (exact_check.pass) impl_->MarkVerified(rules.get(), matches.front().entry.id);
    }
    if (!exact || !exact_check.pass) {
      lookup.touch = false;  // the first lookup already counted this use
      matches = impl_->store->LookupCandidates(request, kPool, lookup);
      Rerank(rules->retrieval(), request, &matches);
      exact_check.pass = false;
    }
  }
  if (matches.empty()) {
    ctx.metrics.path = Path::kSkip;
    ctx.metrics.reason = !impl_->options.enable_cache ? "cache disabled"
                         : !serve.read_cache      ? "cache not read (no-cache)"
                                                  : "no cached candidate";
    outcome = impl_->Generate(ctx);
  }
  std::string blocked;
  Impl::Candidate best;
  bool repeats_failed = false;  // the answer gives a failed member's cached value again
  if (exact_check.pass) {
    // The identical request (same prompt, same schema) verified again: its
    // evidence is this request's evidence.
    best = Impl::Candidate{&matches.front(), matches.front().entry.output, std::move(exact_check), false, {}};
  } else if (!matches.empty()) {
    best = impl_->BestCandidate(ctx, matches, &blocked);
  }
  if (!matches.empty() && best.match == nullptr) {
    // Every candidate asks something else: one full generation.
    ctx.metrics.path = Path::kSkip;
    ctx.metrics.reason = blocked;
    outcome = impl_->Generate(ctx);
  } else if (!matches.empty()) {
    ctx.metrics.match_score = best.match->score;
    const std::int64_t now_ms = impl_->options.store_options.clock
                                    ? impl_->options.store_options.clock()
                                    : std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch()).count();
    ctx.metrics.reused_age_s = std::max<std::int64_t>(0, (now_ms - best.match->entry.created_ms) / 1000);
    const checks::CheckResult& check = best.check;
    checks::SkipDecision skip;
    if (!check.pass) skip = rules->ShouldSkipReuse(best.match->entry.request.prompt, ctx.input, check);
    if (check.pass) {
      ctx.metrics.path = Path::kReuse;
      ctx.metrics.reason = exact_verified ? "the identical request, verified by this engine under the same rules"
                                          : "all " + std::to_string(check.steps.size()) + " steps verified";
      ctx.metrics.reused_tokens = EstimateTokens(best.output);
      outcome = Outcome{true, best.output, ""};
      // The identical request with the identical answer is stored already
      // (and the lookup counted the use): nothing to write.
      already_stored = best.match->exact_prompt && best.output == best.match->entry.output &&
                       best.match->entry.request.schema_json == request.schema_json;
      if (best.rewritten) ctx.metrics.reason += " after a licensed rewrite";
    } else if (skip.skip) {
      ctx.metrics.path = Path::kSkip;
      ctx.metrics.reason = skip.reason;
      ctx.stale_output = best.output;
      ctx.stale_pointers = best.context_failed;
      outcome = impl_->Generate(ctx);
      repeats_failed = outcome.ok && RepeatsAFailedValue(best.output, best.context_failed, outcome.output);
    } else {
      ctx.metrics.path = Path::kPatch;
      ctx.metrics.reason = std::to_string(check.failing_steps.size() + check.missing_pointers.size()) +
                           " of " + std::to_string(check.steps.size()) + " steps failed";
      if (!check.failing_steps.empty() && check.failing_steps.front() < check.steps.size()) {
        const std::size_t i = check.failing_steps.front();
        const std::string& where = check.steps[i].pointer;
        ctx.metrics.reason += " (" + (where.empty() ? "step " + std::to_string(i) : where) + ": " +
                              check.verdicts[i].reason.substr(0, 160) + ")";
      }
      ctx.stale_output = best.output;
      ctx.stale_pointers = best.context_failed;
      outcome = Patch(ctx, best.output, check);
      if (outcome.ok) {
        // What was kept of the candidate, roughly: everything not regenerated.
        const std::int64_t kept = EstimateTokens(best.output) - ctx.metrics.completion_tokens;
        ctx.metrics.reused_tokens = std::max<std::int64_t>(0, kept);
      } else {
        // Patching failed: fall back to one full generation.
        ctx.metrics.path = Path::kSkip;
        ctx.metrics.reused_age_s = -1;
        ctx.metrics.reason = "patch failed (" + outcome.problem + "), regenerated";
        outcome = impl_->Generate(ctx);
      }
      repeats_failed = outcome.ok && RepeatsAFailedValue(best.output, best.context_failed, outcome.output);
    }
  }
  if (repeats_failed) ctx.metrics.reason += "; not stored: the model gave a value again that failed reuse";

  if (outcome.ok) {
    // A stored answer was finalized before it was stored.
    if (!exact_verified) outcome.output = Finalize(ctx, outcome.output);
    // Integrity of the stitched whole was part of every Check above; the
    // output is verified against this request, so it may serve the next.
    if (write_cache && !already_stored && !repeats_failed) {
      const std::uint64_t id = impl_->Put(ctx, outcome.output);
      ctx.metrics.stored = id != 0;
      impl_->MarkVerified(rules.get(), id);
    }
    response.ok = true;
    response.output = outcome.output;
  } else {
    response.error = "no verified answer: " + outcome.problem +
                     (ctx.last_backend_error.empty() ? "" : " (backend: " + ctx.last_backend_error + ")");
  }
  impl_->Finish(ctx, start, &response);
  return response;
}

Response Engine::ServeBaseline(const Request& incoming) {
  const auto start = Clock::now();
  Request request = incoming;
  if (request.model.empty()) request.model = impl_->options.model;
  Response response;
  ServeContext ctx;
  ctx.request = &request;
  ctx.backend = impl_->backend.get();
  ctx.metrics.path = Path::kSkip;
  ctx.metrics.reason = "baseline: one shot, no cache";
  if (auto r = ctx.Call(FullRequest(request))) {
    response.ok = true;
    response.output = r->content;
  } else {
    response.error = "backend: " + ctx.last_backend_error;
  }
  ctx.backend_wall_s = std::min(ctx.backend_wall_s, Seconds(start));
  ctx.metrics.engine_s = std::max(0.0, Seconds(start) - ctx.backend_wall_s);
  ctx.metrics.latency_s = ctx.metrics.engine_s + ctx.metrics.backend_s;
  response.metrics = ctx.metrics;
  return response;
}

MetricsTotals Engine::totals() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->totals;
}

Store& Engine::store() { return *impl_->store; }

Backend& Engine::backend() { return *impl_->backend; }

VerifyResult Engine::Verify(const Request& incoming, std::string_view output, bool repair,
                            const ServeOptions& serve) {
  const auto start = Clock::now();
  Request request = incoming;
  if (request.model.empty()) request.model = impl_->options.model;
  VerifyResult result;
  ServeContext ctx;
  Impl::Compiled compiled;
  std::string error;
  if (!impl_->Prepare(request, serve, &ctx, &compiled, &error)) {
    result.error = error;
    return result;
  }
  result.ok = true;
  const std::string given(output);
  result.check = ctx.Check(given);
  if (repair) {
    Outcome outcome{true, given, ""};
    if (!result.check.pass) {
      std::vector<std::string> uncertain;
      const std::string repaired = RepairLocally(ctx, given, false, &uncertain);
      checks::CheckResult check = ctx.Check(repaired);
      FailMembers(&check, uncertain, "its value was cut off and guessed by local repair");
      outcome = check.pass ? Outcome{true, repaired, ""} : Patch(ctx, repaired, check);
    }
    if (outcome.ok) {
      result.repaired = true;
      result.output = Finalize(ctx, outcome.output);
    } else {
      result.repair_error = outcome.problem +
                            (ctx.last_backend_error.empty() ? "" : " (backend: " + ctx.last_backend_error + ")");
    }
  }
  ctx.metrics.path = ctx.metrics.attempts > 0 ? Path::kPatch : Path::kReuse;
  ctx.metrics.engine_s = std::max(0.0, Seconds(start) - ctx.backend_wall_s);
  ctx.metrics.latency_s = ctx.metrics.engine_s + ctx.metrics.backend_s;
  result.metrics = ctx.metrics;
  result.backend_error = ctx.backend_error;
  return result;
}

std::string Engine::backend_name() const { return impl_->backend->name(); }

}  // namespace stepcache::engine
