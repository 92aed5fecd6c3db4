#include "patcher.h"

#include <algorithm>
#include <set>

#include <rapidjson/pointer.h>

#include "requests.h"
#include "stepcache/grammars/json_extract.h"
#include "stepcache/checks/json_repair.h"
#include "stepcache/schemas/json.h"
#include "stepcache/schemas/json_pointer.h"

namespace stepcache::engine {
namespace {

Outcome Ok(std::string output) { return Outcome{true, std::move(output), ""}; }

// One line naming what is still wrong, for logs and repair requests.
std::string Describe(const checks::CheckResult& c) {
  if (!c.segmented) return c.error.empty() ? "the answer could not be segmented" : c.error;
  for (std::size_t i : c.failing_steps) {
    if (i < c.verdicts.size()) {
      return "step " + std::to_string(i) + " fails: " + c.verdicts[i].reason;
    }
  }
  for (const auto& f : c.failures) return f.check + ": " + f.reason;
  for (const auto& f : c.integrity.failures) return f.check + ": " + f.reason;
  return "the answer does not pass the task's checks";
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string_view FirstLine(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return TrimRight(s.substr(0, s.find('\n')));
}

const rapidjson::Value* Properties(const rapidjson::Value* schema) {
  if (!schema || !schema->IsObject()) return nullptr;
  auto it = schema->FindMember("properties");
  return it != schema->MemberEnd() && it->value.IsObject() ? &it->value : nullptr;
}

// The top-level members to regenerate: failing steps' and missing members'
// first pointer tokens; every schema property when nothing points anywhere.
std::vector<std::string> FailingMembers(const ServeContext& ctx, const checks::CheckResult& c,
                                        const rapidjson::Value& doc) {
  std::vector<std::string> members;
  auto add = [&](const std::string& pointer) {
    auto tokens = SplitPointer(pointer);
    if (!tokens || tokens->empty()) return;
    const std::string& key = tokens->front();
    if (std::find(members.begin(), members.end(), key) == members.end()) members.push_back(key);
  };
  for (std::size_t i : c.failing_steps) {
    if (i < c.steps.size()) add(c.steps[i].pointer);
  }
  for (const std::string& p : c.missing_pointers) add(p);
  for (const auto& f : c.failures) add(f.pointer);
  for (const auto& f : c.integrity.failures) add(f.pointer);
  const rapidjson::Value* props = Properties(ctx.schema_json);
  if (props) {
    // Only members the schema knows can be asked for; others are dropped locally.
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [&](const std::string& k) {
                                   return !props->HasMember(rapidjson::Value(rapidjson::StringRef(k.data(), k.size())));
                                 }),
                  members.end());
    if (members.empty() || !doc.IsObject()) {
      members.clear();
      for (const auto& m : props->GetObject()) {
        if (!doc.IsObject() || !doc.HasMember(m.name)) members.emplace_back(m.name.GetString());
      }
      if (members.empty()) {
        for (const auto& m : props->GetObject()) members.emplace_back(m.name.GetString());
      }
    }
  }
  return members;
}

// Puts region[m] into doc for every member asked for, then orders doc's
// members as the schema lists them (unknown ones last).
void Merge(rapidjson::Document& doc, const rapidjson::Value& region,
           const std::vector<std::string>& members, const rapidjson::Value* props) {
  auto& a = doc.GetAllocator();
  for (const std::string& m : members) {
    auto it = region.FindMember(rapidjson::Value(rapidjson::StringRef(m.data(), m.size())));
    if (it == region.MemberEnd()) continue;
    rapidjson::Value value(it->value, a);
    auto existing = doc.FindMember(rapidjson::Value(rapidjson::StringRef(m.data(), m.size())));
    if (existing != doc.MemberEnd()) existing->value = value;
    else doc.AddMember(rapidjson::Value(m.c_str(), a), value, a);
  }
  if (!props) return;
  // AddMember moves a member out of doc, leaving a null name behind that no
  // later look-up may compare with (RapidJSON asserts names are strings), so
  // moved members are marked instead of searched for again.
  rapidjson::Value ordered(rapidjson::kObjectType);
  std::vector<bool> moved(doc.MemberCount(), false);
  for (const auto& p : props->GetObject()) {
    std::size_t i = 0;
    for (auto& m : doc.GetObject()) {
      if (!moved[i] && m.name == p.name) {
        ordered.AddMember(m.name, m.value, a);
        moved[i] = true;
        break;
      }
      ++i;
    }
  }
  std::size_t i = 0;
  for (auto& m : doc.GetObject()) {
    if (!moved[i++] && !props->HasMember(m.name)) ordered.AddMember(m.name, m.value, a);
  }
  static_cast<rapidjson::Value&>(doc).Swap(ordered);
}

// What a region retry tells the model: why the last answer was rejected,
// the values it gave for the members asked again, and the attempt number.
std::string Rejected(const checks::CheckResult& c, const rapidjson::Value& doc, const std::vector<std::string>& members,
                     int round) {
  std::string gave;
  if (doc.IsObject()) {
    for (const std::string& m : members) {
      auto it = doc.FindMember(rapidjson::Value(rapidjson::StringRef(m.data(), m.size())));
      if (it == doc.MemberEnd()) continue;
      std::string v = JsonToString(it->value);
      if (v.size() > 80) v = v.substr(0, 80) + "...";
      gave += (gave.empty() ? "" : ", ") + m + " = " + v;
    }
  }
  return Describe(c) + (gave.empty() ? "" : " (it gave " + gave + ")") + "; this is attempt " +
         std::to_string(round + 2);
}

}  // namespace

std::vector<std::string> RepeatedValues(const std::string& before, const std::vector<std::string>& pointers,
                                        const std::string& after) {
  std::vector<std::string> out;
  if (pointers.empty()) return out;
  rapidjson::Document a, b;
  if (!ParseJson(before, a) || !ParseJson(after, b) || !a.IsObject() || !b.IsObject()) return out;
  for (const std::string& at : pointers) {
    const rapidjson::Pointer pointer(at.c_str());
    if (!pointer.IsValid()) continue;
    const rapidjson::Value* was = pointer.Get(a);
    const rapidjson::Value* now = pointer.Get(b);
    if (was != nullptr && now != nullptr && *was == *now) out.push_back(at);
  }
  return out;
}

namespace {

Outcome PatchJson(ServeContext& ctx, const std::string& output, const checks::CheckResult& check) {
  std::vector<std::string> uncertain;
  std::string current = RepairLocally(ctx, output, false, &uncertain);
  checks::CheckResult c = current == output ? check : ctx.Check(current);
  FailMembers(&c, uncertain, "its value was cut off and guessed by local repair");
  if (c.pass) return Ok(current);
  const rapidjson::Value* props = Properties(ctx.schema_json);
  const int rounds = std::max(1, ctx.rules->patch().max_attempts);
  for (int round = 0; round < rounds && ctx.schema_json != nullptr; ++round) {
    rapidjson::Document doc;
    if (!ParseJson(current, doc) || !doc.IsObject()) doc.SetObject();
    std::vector<std::string> members = FailingMembers(ctx, c, doc);
    if (members.empty()) break;
    // A retry says what was wrong and which attempt it is: a model at
    // temperature 0 answers an identical request identically.
    const bool model_wrote = round > 0 || !ctx.model_members.empty();
    auto response = ctx.Call(JsonRegionRequest(*ctx.request, *ctx.schema_json, members,
                                               model_wrote ? Rejected(c, doc, members, round) : ""));
    if (!response) continue;
    std::vector<std::string> guessed;
    std::string region_text = RepairLocally(ctx, response->content, response->truncated(), &guessed);
    rapidjson::Document region;
    if (!ParseJson(region_text, region) || !region.IsObject()) continue;
    Merge(doc, region, members, props);
    for (const std::string& m : members) {
      const std::string pointer = AppendPointer("", m);
      uncertain.erase(std::remove(uncertain.begin(), uncertain.end(), pointer), uncertain.end());
      if (std::find(guessed.begin(), guessed.end(), pointer) != guessed.end()) uncertain.push_back(pointer);
      ctx.model_members.insert(pointer);
    }
    current = JsonToString(doc);
    // Members the schema forbids (a backend's extra keys) go the same way.
    current = RepairLocally(ctx, current);
    c = ctx.Check(current);
    FailMembers(&c, uncertain, "its value was cut off and guessed by local repair");
    // Asked once more: a model that gives it a third time is served (the
    // engine does not store it), not asked until the patch gives up.
    if (!ctx.stale_asked) {
      const std::vector<std::string> stale = RepeatedValues(ctx.stale_output, ctx.stale_pointers, current);
      FailMembers(&c, stale, "the model gave again the cached value whose reuse failed for a changed line around it");
      ctx.stale_asked = !stale.empty();
    }
    if (c.pass) return Ok(current);
  }
  if (ctx.rules->patch().fallback == checks::PatchFallback::kBackendRepair) {
    if (auto response = ctx.Call(RepairRequest(*ctx.request, current, Describe(c)))) {
      std::vector<std::string> guessed;
      std::string repaired = RepairLocally(ctx, response->content, response->truncated(), &guessed);
      // The repaired answer's failing members on top of the members already
      // verified, then the repaired answer alone.
      rapidjson::Document doc, whole;
      if (ParseJson(current, doc) && doc.IsObject() && ParseJson(repaired, whole) && whole.IsObject()) {
        std::vector<std::string> members = FailingMembers(ctx, c, doc);
        Merge(doc, whole, members, props);
        std::string merged = RepairLocally(ctx, JsonToString(doc));
        checks::CheckResult m = ctx.Check(merged);
        std::vector<std::string> guessed_members;
        for (const std::string& g : guessed) {
          for (const std::string& k : members) {
            if (g == AppendPointer("", k)) guessed_members.push_back(g);
          }
        }
        FailMembers(&m, guessed_members, "its value was cut off and guessed by local repair");
        if (m.pass) {
          for (const std::string& k : members) ctx.model_members.insert(AppendPointer("", k));
          return Ok(merged);
        }
      }
      checks::CheckResult r = ctx.Check(repaired);
      FailMembers(&r, guessed, "its value was cut off and guessed by local repair");
      if (r.pass) {
        ctx.model_members.insert("*");
        return Ok(repaired);
      }
      c = r;
    }
  }
  return Outcome{false, current, Describe(c)};
}

Outcome PatchSteps(ServeContext& ctx, const std::string& output, const checks::CheckResult& check) {
  std::string current = output;
  checks::CheckResult c = check;
  const int rounds = std::max(1, ctx.rules->patch().max_attempts);
  // The value each of the model's answers in these rounds states where its
  // first step already disagrees with the checks' reading of the request,
  // for the solver fallback to be compared with.
  std::vector<std::string> stated;
  for (int round = 0; round < rounds; ++round) {
    std::size_t first_bad = c.steps.size();
    if (!c.failing_steps.empty()) first_bad = *std::min_element(c.failing_steps.begin(), c.failing_steps.end());
    std::string prefix;
    if (c.segmented && first_bad > 0) {
      const std::size_t cut = first_bad < c.steps.size() ? c.steps[first_bad].begin : current.size();
      prefix = std::string(TrimRight(std::string_view(current).substr(0, cut)));
    }
    const std::string problem = round > 0 ? Describe(c) : "";
    auto response = ctx.Call(prefix.empty() ? (round > 0 ? RepairRequest(*ctx.request, current, problem)
                                                         : FullRequest(*ctx.request))
                                            : ContinuationRequest(*ctx.request, prefix, problem));
    if (!response) continue;
    std::string continuation(TrimRight(response->content));
    // A backend that restarts from the top instead of continuing gave a
    // whole answer: use it alone rather than repeat the prefix.
    if (prefix.empty() || FirstLine(continuation) == FirstLine(prefix)) current = continuation;
    else current = prefix + "\n" + continuation;
    c = ctx.Check(current);
    if (response->truncated()) FailLastStep(&c, "the backend cut the answer at its token limit");
    if (c.pass) return Ok(current);
    const bool first_fails = c.segmented && !c.steps.empty() && !c.failing_steps.empty() && c.failing_steps.front() == 0;
    if (first_fails) {
      if (std::optional<std::string> v = ctx.rules->StatedValue(ctx.input, c)) stated.push_back(std::move(*v));
    }
  }
  switch (ctx.rules->patch().fallback) {
    case checks::PatchFallback::kSolver:
      if (auto answer = ctx.rules->FallbackAnswer(ctx.input)) {
        checks::CheckResult r = ctx.Check(*answer);
        if (r.pass) {
          // A model that starts from another equation than the checks read
          // and comes to another value may have read the request right
          // where the checks did not ("2x* + 3 = 11" read as 2x times +3,
          // "Item 3 x + 5 = 11" as 3x): the checks' own solution is no
          // independent confirmation, so the request ends in an error. (A
          // model that restates the request's equation and slips later is
          // overruled; a model that gives nothing is not asked about.)
          const std::optional<std::string> ours = ctx.rules->StatedValue(ctx.input, r);
          for (const std::string& v : stated) {
            if (ours && v != *ours) {
              const auto times = std::count(stated.begin(), stated.end(), v);
              return Outcome{false, current,
                             "the model answered " + v + (times > 1 ? " in " + std::to_string(times) + " tries" : "") +
                                 " from another first equation than the checks read, and their own solution gives " +
                                 *ours + ": the checks may read the request otherwise than it was meant"};
            }
          }
          ctx.metrics.fallback = true;
          return Ok(*answer);
        }
        c = r;
      }
      break;
    case checks::PatchFallback::kBackendRepair:
      if (auto response = ctx.Call(RepairRequest(*ctx.request, current, Describe(c)))) {
        std::string repaired(TrimRight(response->content));
        checks::CheckResult r = ctx.Check(repaired);
        if (response->truncated()) FailLastStep(&r, "the backend cut the answer at its token limit");
        if (r.pass) return Ok(repaired);
        c = r;
      }
      break;
    case checks::PatchFallback::kNone:
      break;
  }
  return Outcome{false, current, Describe(c)};
}

}  // namespace

std::string RepairLocally(const ServeContext& ctx, const std::string& output) {
  std::vector<std::string> unused;
  return RepairLocally(ctx, output, false, &unused);
}

std::string RepairLocally(const ServeContext& ctx, const std::string& output, bool cut,
                          std::vector<std::string>* uncertain) {
  uncertain->clear();
  if (ctx.rules->grammar() != grammars::Grammar::kJson) return output;
  std::string repaired = output;
  bool guessed = cut;
  if (ctx.rules->patch().local_repair) {
    checks::RepairOptions options;
    options.schema = ctx.schema_json;
    checks::RepairResult result;
    checks::RepairError error;
    if (checks::RepairJson(output, &result, &error, options)) {
      repaired = result.json;
      // The repair names the members it had to guess; the top-level member
      // holding each one fails ("" — the whole answer — fails them all).
      for (const std::string& pointer : result.uncertain_pointers) {
        auto tokens = SplitPointer(pointer);
        if (!tokens) continue;
        if (tokens->empty()) {
          rapidjson::Document doc;
          if (ParseJson(repaired, doc) && doc.IsObject()) {
            for (const auto& m : doc.GetObject()) {
              uncertain->push_back(AppendPointer("", std::string_view(m.name.GetString(), m.name.GetStringLength())));
            }
          }
          continue;
        }
        const std::string top = AppendPointer("", tokens->front());
        if (std::find(uncertain->begin(), uncertain->end(), top) == uncertain->end()) uncertain->push_back(top);
      }
      for (const checks::RepairFix& fix : result.log) {
        guessed = guessed || fix.kind == checks::RepairKind::kCloseString ||
                  fix.kind == checks::RepairKind::kCloseContainer ||
                  fix.kind == checks::RepairKind::kCompleteLiteral;
      }
    }
  }
  if (guessed) {
    // A cut output loses its end: the last member (in document order) holds
    // whatever was being written when it stopped.
    rapidjson::Document doc;
    std::string_view text = repaired;
    auto span = grammars::ExtractJson(text);
    if (span && ParseJson(text.substr(span->begin, span->end - span->begin), doc) && doc.IsObject() &&
        doc.MemberCount() > 0) {
      const auto& last = *(doc.MemberEnd() - 1);
      const std::string pointer =
          AppendPointer("", std::string_view(last.name.GetString(), last.name.GetStringLength()));
      if (std::find(uncertain->begin(), uncertain->end(), pointer) == uncertain->end()) uncertain->push_back(pointer);
    }
  }
  return repaired;
}

void FailLastStep(checks::CheckResult* check, const std::string& reason) {
  if (check->steps.empty()) {
    check->failures.push_back({"truncated", "", reason});
  } else {
    const std::size_t last = check->steps.size() - 1;
    checks::MergeVerdict(&check->verdicts[last], {false, reason});
    if (std::find(check->failing_steps.begin(), check->failing_steps.end(), last) == check->failing_steps.end()) {
      check->failing_steps.push_back(last);
    }
  }
  check->steps_pass = false;
  check->pass = false;
}

void FailMembers(checks::CheckResult* check, const std::vector<std::string>& pointers,
                 const std::string& reason) {
  for (const std::string& pointer : pointers) {
    bool found = false;
    for (std::size_t i = 0; i < check->steps.size(); ++i) {
      if (check->steps[i].pointer != pointer) continue;
      found = true;
      checks::MergeVerdict(&check->verdicts[i], {false, reason});
      if (std::find(check->failing_steps.begin(), check->failing_steps.end(), i) == check->failing_steps.end()) {
        check->failing_steps.push_back(i);
      }
    }
    if (!found) check->failures.push_back({"reuse", pointer, reason});
    check->steps_pass = false;
    check->pass = false;
  }
  std::sort(check->failing_steps.begin(), check->failing_steps.end());
}

std::string Finalize(ServeContext& ctx, const std::string& output) {
  if (ctx.rules->grammar() != grammars::Grammar::kJson) return output;
  auto span = grammars::ExtractJson(output);
  if (!span) return output;
  rapidjson::Document doc;
  JsonNumberTexts texts;  // numbers no double holds are served as the model wrote them
  if (!ParseJson(std::string_view(output).substr(span->begin, span->end - span->begin), doc, nullptr, {}, &texts)) {
    return output;
  }
  std::string clean = JsonToString(doc, &texts);
  if (clean == output) return output;
  return ctx.Check(clean).pass ? clean : output;
}

Outcome Patch(ServeContext& ctx, const std::string& output, const checks::CheckResult& check) {
  if (ctx.rules->grammar() == grammars::Grammar::kJson) return PatchJson(ctx, output, check);
  return PatchSteps(ctx, output, check);
}

}  // namespace stepcache::engine
