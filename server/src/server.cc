#include "stepcache/server/server.h"

#include <sys/socket.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <httplib.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/checks/check_result.h"
#include "stepcache/schemas/json.h"
#include "stepcache/server/api_error.h"
#include "stepcache/server/cache_control.h"
#include "stepcache/server/completion_request.h"
#include "stepcache/server/server_metrics.h"
#include "worker_pool.h"

namespace stepcache::server {
namespace {

using Clock = std::chrono::steady_clock;
// A backend timeout within this of the deadline is the deadline's (504
// deadline_exceeded): the socket timer may fire just before the clock reaches it.
constexpr auto kDeadlineSlack = std::chrono::milliseconds(50);
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(Writer& w, std::string_view s) { WriteValidString(w, s); }

std::int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// What a completion produced, whichever path.
struct Answer {
  int path = ServerMetrics::kSkip;
  std::string content;
  std::string reason;
  std::int64_t prompt_tokens = 0;
  std::int64_t reused_tokens = 0;
  std::int64_t regenerated_tokens = 0;
  std::int64_t age_s = -1;
};

void WriteUsage(Writer& w, const Answer& a) {
  w.Key("usage");
  w.StartObject();
  w.Key("prompt_tokens");
  w.Int64(a.prompt_tokens);
  w.Key("completion_tokens");
  w.Int64(a.reused_tokens + a.regenerated_tokens);
  w.Key("total_tokens");
  w.Int64(a.prompt_tokens + a.reused_tokens + a.regenerated_tokens);
  w.Key("completion_tokens_details");
  w.StartObject();
  w.Key("reused_tokens");
  w.Int64(a.reused_tokens);
  w.Key("regenerated_tokens");
  w.Int64(a.regenerated_tokens);
  w.EndObject();
  w.EndObject();
}

void WriteStepCache(Writer& w, const Answer& a) {
  w.Key("stepcache");
  w.StartObject();
  w.Key("path");
  WriteString(w, ServerMetrics::PathLabel(a.path));
  w.Key("reused_tokens");
  w.Int64(a.reused_tokens);
  w.Key("regenerated_tokens");
  w.Int64(a.regenerated_tokens);
  w.Key("reason");
  WriteString(w, a.reason);
  if (a.age_s >= 0) {
    w.Key("age_s");
    w.Int64(a.age_s);
  }
  w.EndObject();
}

void WriteHead(Writer& w, std::string_view id, std::string_view object, std::int64_t created, std::string_view model) {
  w.Key("id");
  WriteString(w, id);
  w.Key("object");
  WriteString(w, object);
  w.Key("created");
  w.Int64(created);
  w.Key("model");
  WriteString(w, model);
}

std::string CompletionBody(const Answer& a, std::string_view id, std::int64_t created, std::string_view model) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  WriteHead(w, id, "chat.completion", created, model);
  w.Key("choices");
  w.StartArray();
  w.StartObject();
  w.Key("index");
  w.Int(0);
  w.Key("message");
  w.StartObject();
  w.Key("role");
  w.String("assistant");
  w.Key("content");
  WriteString(w, a.content);
  w.EndObject();
  w.Key("logprobs");
  w.Null();
  w.Key("finish_reason");
  w.String("stop");
  w.EndObject();
  w.EndArray();
  WriteUsage(w, a);
  WriteStepCache(w, a);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Pieces of `text` for streaming: whole lines, longer lines cut at UTF-8
// character boundaries every ~256 bytes.
std::vector<std::string_view> Pieces(std::string_view text) {
  constexpr std::size_t kMax = 256;
  std::vector<std::string_view> out;
  while (!text.empty()) {
    std::size_t n = text.find('\n');
    n = n == std::string_view::npos ? text.size() : n + 1;
    if (n > kMax) {
      n = kMax;
      while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
      if (n == 0) n = kMax;
    }
    out.push_back(text.substr(0, n));
    text.remove_prefix(n);
  }
  return out;
}

// The server-sent events of a finished answer (see REFERENCE.md, streaming).
std::string StreamEvents(const Answer& a, std::string_view id, std::int64_t created, std::string_view model,
                         bool include_usage) {
  std::string out;
  auto chunk = [&](auto&& fill) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    WriteHead(w, id, "chat.completion.chunk", created, model);
    fill(w);
    w.EndObject();
    out += "data: ";
    out.append(buffer.GetString(), buffer.GetSize());
    out += "\n\n";
  };
  auto choice = [](Writer& w, const char* role, std::string_view content, bool last) {
    w.Key("choices");
    w.StartArray();
    w.StartObject();
    w.Key("index");
    w.Int(0);
    w.Key("delta");
    w.StartObject();
    if (role) {
      w.Key("role");
      w.String(role);
    }
    w.Key("content");
    WriteString(w, content);
    w.EndObject();
    w.Key("logprobs");
    w.Null();
    w.Key("finish_reason");
    if (last) {
      w.String("stop");
    } else {
      w.Null();
    }
    w.EndObject();
    w.EndArray();
  };
  chunk([&](Writer& w) { choice(w, "assistant", "", false); });
  std::vector<std::string_view> pieces = Pieces(a.content);
  if (pieces.empty()) pieces.push_back("");
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const bool last = i + 1 == pieces.size();
    chunk([&](Writer& w) {
      choice(w, nullptr, pieces[i], last);
      if (last && !include_usage) WriteStepCache(w, a);
    });
  }
  if (include_usage) {
    chunk([&](Writer& w) {
      w.Key("choices");
      w.StartArray();
      w.EndArray();
      WriteUsage(w, a);
      WriteStepCache(w, a);
    });
  }
  out += "data: [DONE]\n\n";
  return out;
}

// The body a raw bypass forwards: the client's bytes as they came, unless
// something must change: "stream" true becomes false (the answer is re-sent
// as events, see PassthroughEvents) and "stream_options" goes with it, the
// "stepcache" extension is removed (servers may refuse unknown members), and
// a missing model gets `default_model`. Then the body is re-written from its
// parse (same members, same order).
std::string ForwardBody(const std::string& body, std::string_view default_model) {
  rapidjson::Document doc;
  if (!ParseJson(body, doc, nullptr, JsonLimits{std::size_t{64} << 20, 64}) || !doc.IsObject()) {
    return body;  // parsed before, within these limits: not reached
  }
  bool rewrite = false;
  bool has_model = false;
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string_view name(it->name.GetString(), it->name.GetStringLength());
    if (name == "stepcache" || name == "stream_options" || (name == "stream" && it->value.IsTrue())) rewrite = true;
    if (name == "model" && it->value.IsString()) has_model = true;
    if (name == "model" && !it->value.IsString()) rewrite = true;
  }
  if (!has_model) rewrite = true;
  if (!rewrite) return body;
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  if (!has_model) {
    w.Key("model");
    WriteString(w, default_model);
  }
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string_view name(it->name.GetString(), it->name.GetStringLength());
    if (name == "stepcache" || name == "stream_options" || (name == "model" && !has_model)) continue;
    WriteString(w, name);
    if (name == "stream") {
      w.Bool(false);
    } else {
      it->value.Accept(w);
    }
  }
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// A complete chat.completion (as the backend answered a raw bypass) as
// server-sent events: per choice one chunk whose delta is the whole message
// (role, content, tool_calls with their "index", refusal, ...) and its
// finish_reason; with `include_usage` a last chunk with "choices": [] and the
// usage; then [DONE]. false when `doc` is not such an object.
bool PassthroughEvents(const rapidjson::Document& doc, std::string_view fallback_id, std::int64_t fallback_created,
                       std::string_view fallback_model, bool include_usage, std::string* out) {
  if (!doc.IsObject()) return false;
  auto choices = doc.FindMember("choices");
  if (choices == doc.MemberEnd() || !choices->value.IsArray()) return false;
  auto str = [&](const char* name, std::string_view fallback) -> std::string_view {
    auto it = doc.FindMember(name);
    return it != doc.MemberEnd() && it->value.IsString()
               ? std::string_view(it->value.GetString(), it->value.GetStringLength())
               : fallback;
  };
  auto created = doc.FindMember("created");
  const std::int64_t when =
      created != doc.MemberEnd() && created->value.IsInt64() ? created->value.GetInt64() : fallback_created;
  const std::string_view id = str("id", fallback_id);
  const std::string_view model = str("model", fallback_model);
  auto chunk = [&](auto&& fill) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    WriteHead(w, id, "chat.completion.chunk", when, model);
    auto fp = doc.FindMember("system_fingerprint");
    if (fp != doc.MemberEnd()) {
      w.Key("system_fingerprint");
      fp->value.Accept(w);
    }
    fill(w);
    w.EndObject();
    *out += "data: ";
    out->append(buffer.GetString(), buffer.GetSize());
    *out += "\n\n";
  };
  for (rapidjson::SizeType i = 0; i < choices->value.Size(); ++i) {
    const rapidjson::Value& c = choices->value[i];
    if (!c.IsObject()) return false;
    auto message = c.FindMember("message");
    if (message == c.MemberEnd() || !message->value.IsObject()) return false;
    chunk([&](Writer& w) {
      w.Key("choices");
      w.StartArray();
      w.StartObject();
      w.Key("index");
      auto index = c.FindMember("index");
      if (index != c.MemberEnd() && index->value.IsInt()) {
        w.Int(index->value.GetInt());
      } else {
        w.Uint(i);
      }
      w.Key("delta");
      w.StartObject();
      for (auto m = message->value.MemberBegin(); m != message->value.MemberEnd(); ++m) {
        w.Key(m->name.GetString(), m->name.GetStringLength());
        if (std::string_view(m->name.GetString(), m->name.GetStringLength()) == "tool_calls" && m->value.IsArray()) {
          // A streamed tool call names its place in the list.
          w.StartArray();
          for (rapidjson::SizeType j = 0; j < m->value.Size(); ++j) {
            const rapidjson::Value& call = m->value[j];
            if (!call.IsObject() || call.HasMember("index")) {
              call.Accept(w);
              continue;
            }
            w.StartObject();
            w.Key("index");
            w.Uint(j);
            for (auto f = call.MemberBegin(); f != call.MemberEnd(); ++f) {
              w.Key(f->name.GetString(), f->name.GetStringLength());
              f->value.Accept(w);
            }
            w.EndObject();
          }
          w.EndArray();
        } else {
          m->value.Accept(w);
        }
      }
      w.EndObject();
      w.Key("logprobs");
      auto logprobs = c.FindMember("logprobs");
      if (logprobs != c.MemberEnd()) {
        logprobs->value.Accept(w);
      } else {
        w.Null();
      }
      w.Key("finish_reason");
      auto finish = c.FindMember("finish_reason");
      if (finish != c.MemberEnd()) {
        finish->value.Accept(w);
      } else {
        w.String("stop");
      }
      w.EndObject();
      w.EndArray();
    });
  }
  auto usage = doc.FindMember("usage");
  if (include_usage && usage != doc.MemberEnd()) {
    chunk([&](Writer& w) {
      w.Key("choices");
      w.StartArray();
      w.EndArray();
      w.Key("usage");
      usage->value.Accept(w);
    });
  }
  *out += "data: [DONE]\n\n";
  return true;
}

// Sends `events` (complete "data: ...\n\n" events) as text/event-stream, one
// write per event so a client sees each as it is sent.
void SendEvents(httplib::Response& res, std::string events) {
  auto shared = std::make_shared<std::string>(std::move(events));
  res.set_header("Cache-Control", "no-cache");
  res.set_chunked_content_provider("text/event-stream", [shared](std::size_t, httplib::DataSink& sink) {
    std::size_t at = 0;
    while (at < shared->size()) {
      std::size_t end = shared->find("\n\n", at);
      end = end == std::string::npos ? shared->size() : end + 2;
      if (!sink.write(shared->data() + at, end - at)) return false;
      at = end;
    }
    sink.done();
    return true;
  });
}

const char* StatusMessage(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 404: return "no such route";
    case 405: return "method not allowed";
    case 408: return "request timeout";
    case 413: return "the request body is larger than --max-body";
    case 414: return "the request URI is too long";
    default: return status >= 500 ? "internal server error" : "request failed";
  }
}

const char* StatusType(int status) {
  if (status == 401) return "authentication_error";
  if (status == 429) return "rate_limit_error";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions o, engine::Engine& e) : options(std::move(o)), engine(e) {}

  ServerOptions options;
  engine::Engine& engine;
  httplib::Server http;
  int listen_fd = -1;  // the listening socket (set while binding)
  std::thread thread;
  ServerMetrics metrics;
  std::atomic<std::uint64_t> next_id{0};
  std::uint64_t id_salt = 0;
  bool started = false;

  void SendError(httplib::Response& res, const ApiError& e) {
    res.status = e.status;
    if (e.retry_after_s > 0) res.set_header("Retry-After", std::to_string(e.retry_after_s));
    res.set_content(ApiErrorBody(e), "application/json");
  }

  static ApiError Error(int status, std::string message, std::string code, std::string param = "") {
    ApiError e;
    e.status = status;
    e.message = std::move(message);
    e.type = StatusType(status);
    e.code = std::move(code);
    e.param = std::move(param);
    return e;
  }

  // The tenant of the request's key (or "default" without --keys); false
  // after answering 401.
  bool Authenticate(const httplib::Request& req, httplib::Response& res, std::string* tenant) {
    if (!options.keys) {
      *tenant = "default";
      return true;
    }
    const std::string header = req.get_header_value("Authorization");
    const std::string* t = options.keys->Tenant(BearerToken(header));
    if (t == nullptr) {
      SendError(res, Error(401,
                           header.empty() ? "missing API key: send Authorization: Bearer KEY"
                                          : "incorrect API key provided",
                           "invalid_api_key"));
      return false;
    }
    *tenant = *t;
    return true;
  }

  std::string NewId() {
    char buf[40];
    std::snprintf(buf, sizeof buf, "chatcmpl-%016llx",
                  static_cast<unsigned long long>(id_salt ^ (next_id.fetch_add(1) * 0x9E3779B97F4A7C15ull)));
    return buf;
  }

  ApiError BackendErrorToApi(const engine::BackendError& b, const std::string& context) {
    using K = engine::BackendError::Kind;
    switch (b.kind) {
      case K::kTimeout: return Error(504, "the backend did not answer in time: " + b.message, "backend_timeout");
      case K::kUnavailable: return Error(502, "the backend is unavailable: " + b.message, "backend_unavailable");
      case K::kHttpStatus: {
        ApiError e = Error(502, "the backend answered HTTP " + std::to_string(b.http_status) + ": " + b.message,
                           "backend_http_status");
        if (b.http_status == 429) {
          e = Error(503, "the backend is rate limited: " + b.message, "backend_rate_limited");
          e.retry_after_s = 1;
        }
        return e;
      }
      case K::kMalformed: return Error(502, "the backend answered garbage: " + b.message, "backend_malformed");
      case K::kInvalidRequest: return Error(400, b.message, "invalid_request");
    }
    return Error(502, context, "backend_error");
  }

  ApiError EngineErrorToApi(const engine::Response& r, bool past_deadline) {
    if (r.bad_request) {
      const bool schema = r.error.rfind("schema", 0) == 0;
      return BadRequest(r.error, schema ? "response_format.json_schema.schema" : "stepcache.task",
                        schema ? "invalid_schema" : "invalid_task");
    }
    if (r.deadline_exceeded || (past_deadline && !r.backend_error)) {
      return Error(504, "the request's deadline passed before a verified answer: " + r.error, "deadline_exceeded");
    }
    if (r.backend_error) return BackendErrorToApi(*r.backend_error, r.error);
    return Error(502, r.error, "no_verified_answer");
  }

  // A bypass request sent to the backend as the client wrote it (see
  // ForwardBody): the backend's status, Content-Type and body come back as
  // they are, with x-stepcache-path: bypass; a streaming client gets the
  // answer as events. No answer at all is a 502/504 like on the cached path.
  void Passthrough(const httplib::Request& req, httplib::Response& res, const CompletionRequest& parsed,
                   const std::string& tenant, Clock::time_point start, std::optional<Clock::time_point> deadline) {
    auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto fail = [&](const ApiError& e) {
      SendError(res, e);
      metrics.RecordCompletion(ServerMetrics::kError, tenant, seconds(), 0, 0, 0, true);
    };
    std::optional<double> timeout;
    if (deadline) timeout = std::max(0.0, std::chrono::duration<double>(*deadline - Clock::now()).count());
    const auto sent = Clock::now();
    std::optional<engine::RawHttpResult> r =
        engine.backend().Forward("/chat/completions", ForwardBody(req.body, parsed.model), timeout);
    const double backend_wall = std::chrono::duration<double>(Clock::now() - sent).count();
    if (!r) return fail(Error(502, "the backend cannot pass requests through", "backend_unavailable"));
    if (r->error) {
      if (deadline && Clock::now() + kDeadlineSlack >= *deadline && r->error->kind == engine::BackendError::Kind::kTimeout) {
        return fail(Error(504, "the request's deadline passed before the backend answered: " + r->error->message,
                          "deadline_exceeded"));
      }
      return fail(BackendErrorToApi(*r->error, r->error->message));
    }
    res.set_header("x-stepcache-path", std::string(ServerMetrics::PathLabel(ServerMetrics::kBypass)));
    const std::string content_type = r->content_type.empty() ? "application/json" : r->content_type;
    if (r->status < 200 || r->status >= 300) {
      // The backend's own error, passed through (OpenAI clients read its body).
      res.status = r->status;
      res.set_content(std::move(r->body), content_type);
      metrics.RecordCompletion(ServerMetrics::kError, tenant, seconds(), 0, 0, 0, true);
      return;
    }
    rapidjson::Document doc;
    // The backend's bytes are untrusted: nesting is bounded (the writer recurses).
    const bool json = ParseJson(r->body, doc, nullptr, JsonLimits{std::size_t{64} << 20, 64}) && doc.IsObject();
    std::int64_t prompt_tokens = 0, completion_tokens = 0;
    if (json && doc.HasMember("usage") && doc["usage"].IsObject()) {
      const rapidjson::Value& u = doc["usage"];
      if (u.HasMember("prompt_tokens") && u["prompt_tokens"].IsInt64()) prompt_tokens = u["prompt_tokens"].GetInt64();
      if (u.HasMember("completion_tokens") && u["completion_tokens"].IsInt64()) {
        completion_tokens = u["completion_tokens"].GetInt64();
      }
    }
    std::string events;
    if (!json || (parsed.stream &&
                  !PassthroughEvents(doc, NewId(), UnixNow(), parsed.model, parsed.include_usage, &events))) {
      // A success that is not a JSON object would only break the client.
      res.headers.erase("x-stepcache-path");
      return fail(Error(502, std::string("the backend answered garbage: ") +
                                 (json ? "not a chat.completion" : "not a JSON object") + ": " +
                                 r->body.substr(0, 120),
                        "backend_malformed"));
    }
    if (parsed.stream) {
      SendEvents(res, std::move(events));
    } else {
      res.status = r->status;
      res.set_content(std::move(r->body), content_type);
    }
    metrics.RecordCompletion(ServerMetrics::kBypass, tenant, seconds(), 0, completion_tokens, prompt_tokens, false);
    metrics.RecordOverhead(ServerMetrics::kBypass, seconds() - backend_wall);
  }

  void Completions(const httplib::Request& req, httplib::Response& res) {
    const auto start = Clock::now();
    std::string tenant;
    if (!Authenticate(req, res, &tenant)) return;
    struct InFlight {
      std::atomic<std::int64_t>& n;
      explicit InFlight(std::atomic<std::int64_t>& c) : n(c) { n.fetch_add(1); }
      ~InFlight() { n.fetch_sub(1); }
    } guard(metrics.in_flight);
    if (metrics.in_flight.load() > options.max_concurrent) {
      ApiError e = Error(503, "too many requests in flight (--max-concurrent " +
                                  std::to_string(options.max_concurrent) + "); retry later",
                         "overloaded");
      e.retry_after_s = 1;
      SendError(res, e);
      metrics.RecordCompletion(ServerMetrics::kError, tenant, 0, 0, 0, 0, false);
      return;
    }
    RequestContext context;
    context.tenant = tenant;
    context.default_model = options.model;
    context.max_bytes = options.max_body_bytes;
    context.raw_bypass = engine.backend().CanForward();
    context.header_task = req.get_header_value("X-StepCache-Task");
    context.namespace_name = req.get_header_value("X-StepCache-Namespace");
    if (context.namespace_name.size() > 256) {
      SendError(res, BadRequest("X-StepCache-Namespace: at most 256 bytes", "X-StepCache-Namespace"));
      return;
    }
    CompletionRequest parsed;
    ApiError error;
    auto fail = [&](const ApiError& e, bool backend_error) {
      SendError(res, e);
      metrics.RecordCompletion(ServerMetrics::kError, tenant,
                               std::chrono::duration<double>(Clock::now() - start).count(), 0, 0, 0, backend_error);
    };
    if (!ParseCompletionRequest(req.body, context, &parsed, &error)) return fail(error, false);
    const CacheControl cc = ParseCacheControl(req.get_header_value("Cache-Control"));
    std::optional<Clock::time_point> deadline;
    if (options.deadline_s > 0) {
      deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.deadline_s));
    }

    if (parsed.bypass && context.raw_bypass) return Passthrough(req, res, parsed, tenant, start, deadline);
    Answer answer;
    double backend_wall = 0;  // time spent waiting on the backend
    if (parsed.bypass) {
      answer.path = ServerMetrics::kBypass;
      answer.reason = "no task and no response schema: passed through uncached";
      if (deadline) parsed.chat.timeout_s = std::max(0.0, std::chrono::duration<double>(*deadline - Clock::now()).count());
      const auto sent = Clock::now();
      engine::BackendResult r = engine.backend().Complete(parsed.chat);
      backend_wall = std::chrono::duration<double>(Clock::now() - sent).count();
      if (!r.ok() && deadline && Clock::now() + kDeadlineSlack >= *deadline && r.error().kind == engine::BackendError::Kind::kTimeout) {
        return fail(Error(504, "the request's deadline passed before the backend answered: " + r.error().message,
                          "deadline_exceeded"),
                    true);
      }
      if (!r.ok()) return fail(BackendErrorToApi(r.error(), r.error().message), true);
      engine::EstimateUsageIfMissing(parsed.chat, &r.response());
      answer.content = std::move(r.response().content);
      answer.prompt_tokens = r.response().usage.prompt_tokens;
      answer.regenerated_tokens = r.response().usage.completion_tokens;
    } else {
      engine::ServeOptions serve;
      serve.read_cache = !cc.no_cache && !parsed.verify_only;
      serve.write_cache = !cc.no_store && !parsed.verify_only;
      serve.max_age_seconds = cc.max_age_seconds;
      serve.deadline = deadline;
      const auto served = Clock::now();
      engine::Response r = engine.Serve(parsed.request, serve);
      // The engine's own time is engine_s; the rest of the call waited on the backend.
      backend_wall = std::max(0.0, std::chrono::duration<double>(Clock::now() - served).count() - r.metrics.engine_s);
      if (!r.ok) return fail(EngineErrorToApi(r, deadline && Clock::now() >= *deadline), r.backend_error.has_value());
      const engine::RequestMetrics& m = r.metrics;
      answer.path = m.path == engine::Path::kReuse   ? ServerMetrics::kReuse
                    : m.path == engine::Path::kPatch ? ServerMetrics::kPatch
                                                     : ServerMetrics::kSkip;
      answer.content = std::move(r.output);
      answer.reason = m.reason;
      answer.prompt_tokens = m.prompt_tokens;
      answer.reused_tokens = m.reused_tokens;
      answer.regenerated_tokens = m.completion_tokens;
      answer.age_s = m.reused_age_s;
    }
    if ((parsed.json_object || parsed.json_schema) && !parsed.bypass) {
      // (A line-grammar task ignores schemas: its working is no JSON.)
      rapidjson::Document value;
      const bool json = ParseJson(answer.content, value);
      if (!json || (parsed.json_object && !value.IsObject())) {
        return fail(Error(502, std::string("no verified answer: response_format ") +
                                   (parsed.json_object ? "json_object" : "json_schema") + " was asked for, and task '" +
                                   parsed.request.task + "' answered something that is not " +
                                   (parsed.json_object ? "a JSON object" : "JSON"),
                          "no_verified_answer"),
                    false);
      }
    }

    const std::string id = NewId();
    const std::int64_t created = UnixNow();
    res.set_header("x-stepcache-path", std::string(ServerMetrics::PathLabel(answer.path)));
    if (answer.age_s >= 0) res.set_header("x-stepcache-age", std::to_string(answer.age_s));
    if (parsed.stream) {
      // The whole answer is verified before its first byte is sent.
      SendEvents(res, StreamEvents(answer, id, created, parsed.model, parsed.include_usage));
    } else {
      res.set_content(CompletionBody(answer, id, created, parsed.model), "application/json");
    }
    const double total = std::chrono::duration<double>(Clock::now() - start).count();
    metrics.RecordCompletion(answer.path, tenant, total, answer.reused_tokens, answer.regenerated_tokens,
                             answer.prompt_tokens, false);
    metrics.RecordOverhead(answer.path, total - backend_wall);
  }

  void Verify(const httplib::Request& req, httplib::Response& res) {
    std::string tenant;
    if (!Authenticate(req, res, &tenant)) return;
    rapidjson::Document doc;
    JsonError jerr;
    JsonLimits limits;
    limits.max_bytes = options.max_body_bytes;
    limits.max_depth = 64;
    if (!ParseJson(req.body, doc, &jerr, limits)) {
      return SendError(res, BadRequest("the body is not valid JSON: " + jerr.ToString(), "", "invalid_json"));
    }
    if (!doc.IsObject()) return SendError(res, BadRequest("the body must be a JSON object", "", "invalid_json"));
    if (std::string twice; FindDuplicateKey(doc, &twice)) {
      return SendError(res, BadRequest("the body gives the name at " + twice + " twice; which one is meant is ambiguous",
                                       "", "invalid_json"));
    }
    auto string_member = [&](const char* name, bool required, std::string* out) -> bool {
      auto it = doc.FindMember(name);
      if (it == doc.MemberEnd() || it->value.IsNull()) {
        if (required) SendError(res, BadRequest(std::string(name) + ": missing", name, "missing_field"));
        return !required;
      }
      if (!it->value.IsString()) {
        SendError(res, BadRequest(std::string(name) + ": expected a string", name, "invalid_type"));
        return false;
      }
      out->assign(it->value.GetString(), it->value.GetStringLength());
      return true;
    };
    engine::Request request;
    std::string output;
    if (!string_member("task", true, &request.task) || !string_member("prompt", true, &request.prompt) ||
        !string_member("output", true, &output) || !string_member("model", false, &request.model)) {
      return;
    }
    if (!IsValidTaskName(request.task)) {
      return SendError(res, BadRequest("task: a task name is 1-64 characters of [A-Za-z0-9_-]", "task"));
    }
    request.tenant = tenant;
    if (request.model.empty()) request.model = options.model;
    auto schema = doc.FindMember("schema");
    if (schema != doc.MemberEnd() && !schema->value.IsNull()) {
      if (!schema->value.IsObject() && !schema->value.IsBool()) {
        return SendError(res, BadRequest("schema: expected an object", "schema", "invalid_type"));
      }
      request.schema_json = JsonToString(schema->value);
    }
    bool repair = false;
    auto rep = doc.FindMember("repair");
    if (rep != doc.MemberEnd() && !rep->value.IsNull()) {
      if (!rep->value.IsBool()) return SendError(res, BadRequest("repair: expected a boolean", "repair", "invalid_type"));
      repair = rep->value.GetBool();
    }
    engine::ServeOptions serve;
    if (options.deadline_s > 0) {
      serve.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(options.deadline_s));
    }
    engine::VerifyResult v = engine.Verify(request, output, repair, serve);
    if (!v.ok) {
      const bool is_schema = v.error.rfind("schema", 0) == 0;
      return SendError(res, BadRequest(v.error, is_schema ? "schema" : "task", is_schema ? "invalid_schema" : "invalid_task"));
    }
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("pass");
    w.Bool(v.check.pass);
    w.Key("steps");
    w.StartArray();
    for (std::size_t i = 0; i < v.check.steps.size(); ++i) {
      const grammars::Step& s = v.check.steps[i];
      w.StartObject();
      w.Key("index");
      w.Uint64(i);
      if (!s.pointer.empty()) {
        w.Key("pointer");
        WriteString(w, s.pointer);
      }
      w.Key("span");
      w.StartArray();
      w.Uint64(s.begin);
      w.Uint64(s.end);
      w.EndArray();
      w.Key("pass");
      if (i < v.check.verdicts.size() && v.check.verdicts[i].pass) {
        w.Bool(*v.check.verdicts[i].pass);
      } else {
        w.Null();
      }
      w.Key("reason");
      WriteString(w, i < v.check.verdicts.size() ? v.check.verdicts[i].reason : "");
      w.EndObject();
    }
    w.EndArray();
    w.Key("check");  // the full verdict, as `stepcache check` prints it
    const std::string check_json = checks::CheckResultToJson(v.check);
    w.RawValue(check_json.data(), check_json.size(), rapidjson::kObjectType);
    if (repair) {
      w.Key("repaired");
      w.Bool(v.repaired);
      if (v.repaired) {
        w.Key("output");
        WriteString(w, v.output);
      } else {
        w.Key("repair_error");
        WriteString(w, v.repair_error);
      }
      w.Key("usage");
      w.StartObject();
      w.Key("prompt_tokens");
      w.Int64(v.metrics.prompt_tokens);
      w.Key("completion_tokens");
      w.Int64(v.metrics.completion_tokens);
      w.Key("total_tokens");
      w.Int64(v.metrics.prompt_tokens + v.metrics.completion_tokens);
      w.EndObject();
      w.Key("backend_calls");
      w.Int(v.metrics.attempts);
    }
    w.EndObject();
    res.set_content(std::string(buffer.GetString(), buffer.GetSize()), "application/json");
  }

  void Models(const httplib::Request& req, httplib::Response& res) {
    std::string tenant;
    if (!Authenticate(req, res, &tenant)) return;
    const std::string& spec = options.backend_spec;
    if (spec.rfind("openai:", 0) == 0) {
      // openai:http://host:port/v1 -> GET http://host:port/v1/models
      const std::string url = spec.substr(7);
      const std::size_t scheme_end = url.find("://");
      const std::size_t path_at = scheme_end == std::string::npos ? std::string::npos : url.find('/', scheme_end + 3);
      const std::string origin = path_at == std::string::npos ? url : url.substr(0, path_at);
      std::string path = path_at == std::string::npos ? "" : url.substr(path_at);
      while (!path.empty() && path.back() == '/') path.pop_back();
      httplib::Client client(origin);
      client.set_connection_timeout(5, 0);
      client.set_read_timeout(10, 0);
      httplib::Headers headers;
      const char* key = std::getenv(options.api_key_env.c_str());
      if (key == nullptr || *key == '\0') key = std::getenv("STEPCACHE_API_KEY");
      if (key != nullptr && *key != '\0') headers.emplace("Authorization", std::string("Bearer ") + key);
      auto r = client.Get(path + "/models", headers);
      if (!r) return SendError(res, Error(502, "the backend is unavailable: " + httplib::to_string(r.error()), "backend_unavailable"));
      if (r->status != 200) {
        return SendError(res, Error(502, "the backend answered HTTP " + std::to_string(r->status) + " to /models",
                                    "backend_http_status"));
      }
      res.set_content(r->body, "application/json");
      return;
    }
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("object");
    w.String("list");
    w.Key("data");
    w.StartArray();
    w.StartObject();
    w.Key("id");
    WriteString(w, options.model);
    w.Key("object");
    w.String("model");
    w.Key("created");
    w.Int64(0);
    w.Key("owned_by");
    w.String("stepcache");
    w.EndObject();
    w.EndArray();
    w.EndObject();
    res.set_content(std::string(buffer.GetString(), buffer.GetSize()), "application/json");
  }

  void Health(const httplib::Request&, httplib::Response& res) {
    const engine::StoreStats stats = engine.store().Stats();
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("ok");
    w.Bool(stats.available);
    w.Key("store");
    w.StartObject();
    w.Key("available");
    w.Bool(stats.available);
    w.Key("entries");
    w.Uint64(stats.entries);
    w.EndObject();
    w.Key("backend");
    WriteString(w, engine.backend_name());
    w.Key("in_flight");
    w.Int64(metrics.in_flight.load());
    w.EndObject();
    res.status = stats.available ? 200 : 503;
    res.set_content(std::string(buffer.GetString(), buffer.GetSize()), "application/json");
  }

  void Setup() {
    id_salt = static_cast<std::uint64_t>(Clock::now().time_since_epoch().count()) * 0xBF58476D1CE4E5B9ull;
    const auto core = static_cast<std::size_t>(std::max(1, options.threads));
    const auto max = static_cast<std::size_t>(std::max(options.threads, options.max_threads));
    http.new_task_queue = [core, max] {
      return new internal::WorkerPool(core, max, std::chrono::seconds(10));
    };
    http.set_payload_max_length(options.max_body_bytes);
    http.set_keep_alive_max_count(100000);
    http.set_keep_alive_timeout(5);
    http.set_tcp_nodelay(true);  // else small responses wait for delayed ACKs (~40 ms)
    // httplib listens with a backlog of 5: a burst of new connections
    // overflows it and waits for SYN retries (~1 s). Remember the listening
    // socket to listen again with the system's backlog once bound.
    http.set_socket_options([this](socket_t sock) {
      httplib::default_socket_options(sock);
      listen_fd = sock;
    });
    http.Post("/v1/chat/completions", [this](const httplib::Request& q, httplib::Response& s) { Completions(q, s); });
    http.Post("/v1/stepcache/verify", [this](const httplib::Request& q, httplib::Response& s) { Verify(q, s); });
    http.Get("/v1/models", [this](const httplib::Request& q, httplib::Response& s) { Models(q, s); });
    http.Get("/healthz", [this](const httplib::Request& q, httplib::Response& s) { Health(q, s); });
    http.Get("/metrics", [this](const httplib::Request&, httplib::Response& s) {
      s.set_content(metrics.Render(engine.store().Stats()), "text/plain; version=0.0.4; charset=utf-8");
    });
    auto not_allowed = [this](const char* allow) {
      return [this, allow](const httplib::Request& q, httplib::Response& s) {
        s.set_header("Allow", allow);
        SendError(s, Error(405, "method " + q.method + " is not allowed on " + q.path + " (allowed: " + allow + ")",
                           "method_not_allowed"));
      };
    };
    for (const char* path : {"/v1/chat/completions", "/v1/stepcache/verify"}) {
      http.Get(path, not_allowed("POST"));
      http.Put(path, not_allowed("POST"));
      http.Delete(path, not_allowed("POST"));
      http.Patch(path, not_allowed("POST"));
    }
    for (const char* path : {"/v1/models", "/healthz", "/metrics"}) {
      http.Post(path, not_allowed("GET"));
      http.Put(path, not_allowed("GET"));
      http.Delete(path, not_allowed("GET"));
      http.Patch(path, not_allowed("GET"));
    }
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& q, httplib::Response& s) -> httplib::Server::HandlerResponse {
      if (!s.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      ApiError e = Error(s.status, StatusMessage(s.status), s.status == 404 ? "not_found" : "");
      if (s.status == 404) e.message = "no route for " + q.method + " " + q.path;
      SendError(s, e);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([this](const httplib::Request&, httplib::Response& s, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what += std::string(": ") + e.what();
      } catch (...) {
      }
      SendError(s, Error(500, what, "internal_error"));
    });
    http.set_logger([this](const httplib::Request&, const httplib::Response& s) { metrics.RecordStatus(s.status); });
  }
};

Server::Server(ServerOptions options, engine::Engine& engine)
    : impl_(std::make_unique<Impl>(std::move(options), engine)) {}

Server::~Server() { Stop(); }

bool Server::Start(std::string* error) {
  if (impl_->started) {
    if (error) *error = "serve: already started";
    return false;
  }
  impl_->Setup();
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    port_ = impl_->http.bind_to_any_port(o.host);
    if (port_ <= 0) {
      if (error) *error = "serve: cannot bind " + o.host + " (any port)";
      return false;
    }
  } else {
    if (!impl_->http.bind_to_port(o.host, o.port)) {
      if (error) *error = "serve: cannot bind " + o.host + ":" + std::to_string(o.port);
      return false;
    }
    port_ = o.port;
  }
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  impl_->started = true;
  impl_->thread = std::thread([this] { impl_->http.listen_after_bind(); });
  for (int i = 0; i < 500 && !impl_->http.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

void Server::Stop() {
  if (!impl_ || !impl_->started) return;
  impl_->http.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
  impl_->started = false;
}

}  // namespace stepcache::server
