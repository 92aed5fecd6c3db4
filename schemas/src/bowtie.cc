#include "stepcache/schemas/bowtie.h"

#include <sys/utsname.h>

#include <exception>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "stepcache/schemas/registry.h"
#include "stepcache/schemas/schema.h"

namespace stepcache::schemas {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// The project has no published address yet; Bowtie requires these fields, so
// they point at the repository's expected home and are easy to change here.
constexpr const char* kHomepage = "https://github.com/stepcache/stepcache";
constexpr const char* kIssues = "https://github.com/stepcache/stepcache/issues";
constexpr const char* kVersion = "0.1.0";

constexpr Dialect kAllDialects[] = {Dialect::kDraft2020_12, Dialect::kDraft2019_09,
                                    Dialect::kDraft7, Dialect::kDraft6, Dialect::kDraft4};

void WriteString(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string Finish(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

// {"seq": S, "errored": true, "context": {"message": M}}; seq is omitted only
// when the line had none we could read, since the reply must still go out.
std::string ErroredReply(const rapidjson::Value* seq, std::string_view message) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("seq");
  if (seq) seq->Accept(w);
  else w.Null();
  w.Key("errored");
  w.Bool(true);
  w.Key("context");
  w.StartObject();
  w.Key("message");
  WriteString(w, message);
  w.EndObject();
  w.EndObject();
  return Finish(buffer);
}

std::string OkReply(bool ok) { return ok ? R"({"ok":true})" : R"({"ok":false})"; }

const rapidjson::Value* Member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string StartReply(const rapidjson::Value& command) {
  const rapidjson::Value* version = Member(command, "version");
  if (!version || !version->IsInt() || version->GetInt() != 1) {
    return ErroredReply(nullptr, "unsupported IHOP protocol version (only 1 is spoken)");
  }
  return "{\"version\":1,\"implementation\":" + BowtieImplementationJson() + "}";
}

std::string RunReply(const rapidjson::Value& command, const JsonNumberTexts& texts, Dialect dialect,
                     const BowtieOptions& options) {
  const rapidjson::Value* seq = Member(command, "seq");
  if (!seq) return ErroredReply(nullptr, "run command has no \"seq\"");
  const rapidjson::Value* test_case = Member(command, "case");
  if (!test_case || !test_case->IsObject()) {
    return ErroredReply(seq, "run command has no \"case\" object");
  }
  const rapidjson::Value* schema = Member(*test_case, "schema");
  if (!schema) return ErroredReply(seq, "case has no \"schema\"");
  const rapidjson::Value* tests = Member(*test_case, "tests");
  if (!tests || !tests->IsArray()) return ErroredReply(seq, "case has no \"tests\" array");

  Registry registry;
  if (const rapidjson::Value* docs = Member(*test_case, "registry")) {
    if (!docs->IsObject()) return ErroredReply(seq, "case \"registry\" is not an object");
    for (const auto& entry : docs->GetObject()) {
      registry.Add(std::string_view(entry.name.GetString(), entry.name.GetStringLength()),
                   entry.value);
    }
  }

  CompileOptions compile;
  compile.default_dialect = dialect;
  compile.format_assertion = options.format_assertion;
  compile.registry = &registry;
  compile.number_texts = &texts;
  CompileError error;
  std::unique_ptr<Schema> compiled = Schema::Compile(*schema, compile, &error);
  if (!compiled) return ErroredReply(seq, "cannot compile schema: " + error.ToString());

  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("seq");
  seq->Accept(w);
  w.Key("results");
  w.StartArray();
  for (const auto& test : tests->GetArray()) {
    const rapidjson::Value* instance = Member(test, "instance");
    w.StartObject();
    if (!instance) {
      w.Key("errored");
      w.Bool(true);
      w.Key("context");
      w.StartObject();
      w.Key("message");
      w.String("test has no \"instance\"");
      w.EndObject();
    } else {
      w.Key("valid");
      ValidateOptions validate;
      validate.number_texts = &texts;
      w.Bool(texts.empty() ? compiled->IsValid(*instance) : compiled->Validate(*instance, validate).valid);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Finish(buffer);
}

}  // namespace

std::string BowtieImplementationJson() {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("name");
  w.String("stepcache");
  w.Key("language");
  w.String("c++");
  w.Key("version");
  w.String(kVersion);
  w.Key("dialects");
  w.StartArray();
  for (Dialect d : kAllDialects) {
    // Bowtie lists dialects by their canonical ids, which for drafts 4-7 end in '#'.
    WriteString(w, DialectUri(d));
  }
  w.EndArray();
  w.Key("homepage");
  w.String(kHomepage);
  w.Key("issues");
  w.String(kIssues);
  w.Key("source");
  w.String(kHomepage);
  w.Key("language_version");
#if defined(__VERSION__)
  w.String("C++17, " __VERSION__);
#else
  w.String("C++17");
#endif
  struct utsname uts;
  if (uname(&uts) == 0) {
    w.Key("os");
    w.String(uts.sysname);
    w.Key("os_version");
    w.String(uts.release);
  }
  w.EndObject();
  return Finish(buffer);
}

BowtieSession::BowtieSession(BowtieOptions options) : options_(std::move(options)) {}

std::string BowtieSession::HandleLine(std::string_view line, bool* stop) {
  *stop = false;
  if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) return "";
  rapidjson::Document command;
  try {
    JsonError parse_error;
    JsonNumberTexts texts;
    if (!ParseJson(line, command, &parse_error, options_.limits, &texts)) {
      return ErroredReply(nullptr, "malformed command line: " + parse_error.ToString());
    }
    const rapidjson::Value* cmd = Member(command, "cmd");
    if (!cmd || !cmd->IsString()) {
      return ErroredReply(Member(command, "seq"), "command has no string \"cmd\"");
    }
    const std::string_view name(cmd->GetString(), cmd->GetStringLength());
    if (name == "start") return StartReply(command);
    if (name == "dialect") {
      const rapidjson::Value* uri = Member(command, "dialect");
      std::optional<Dialect> dialect;
      if (uri && uri->IsString()) {
        dialect = DialectFromUri(std::string_view(uri->GetString(), uri->GetStringLength()));
      }
      if (!dialect) return OkReply(false);
      dialect_ = *dialect;
      return OkReply(true);
    }
    if (name == "run") return RunReply(command, texts, dialect_, options_);
    if (name == "stop") {
      *stop = true;
      return "";
    }
    return ErroredReply(Member(command, "seq"), "unknown command \"" + std::string(name) + "\"");
  } catch (const std::exception& e) {
    // The engine reports problems through return values; this is the last
    // line of defence so one case can never end the session.
    return ErroredReply(Member(command, "seq"), std::string("internal error: ") + e.what());
  }
}

namespace {

// std::getline with a cap: a line longer than `max` is consumed and dropped
// (*too_long set) instead of growing without bound. False at end of input.
bool ReadLine(std::istream& in, std::size_t max, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  char buf[1 << 16];
  bool any = false;
  for (;;) {
    in.get(buf, sizeof buf, '\n');
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n > 0) {
      any = true;
      if (!*too_long && line->size() + n > max) {
        *too_long = true;
        std::string().swap(*line);
      }
      if (!*too_long) line->append(buf, n);
    }
    if (in.eof() || in.bad()) return any;
    if (in.fail()) in.clear();  // get() stored nothing: the delimiter is next
    const int c = in.peek();
    if (c == '\n') {
      in.ignore();
      return true;
    }
    if (c == std::char_traits<char>::eof()) return any;
  }
}

}  // namespace

int RunBowtie(std::istream& in, std::ostream& out, const BowtieOptions& options) {
  BowtieSession session(options);
  std::string line;
  bool too_long = false;
  while (ReadLine(in, options.limits.max_bytes, &line, &too_long)) {
    bool stop = false;
    const std::string reply =
        too_long ? ErroredReply(nullptr, "command line longer than " +
                                             std::to_string(options.limits.max_bytes) + " bytes")
                 : session.HandleLine(line, &stop);
    if (!reply.empty()) {
      out << reply << '\n';
      out.flush();
      if (!out) return 1;
    }
    if (stop) return 0;
  }
  return 0;
}

}  // namespace stepcache::schemas
