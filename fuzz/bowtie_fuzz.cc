// Fuzzes the Bowtie IHOP session in-process: the input is a transcript of
// protocol lines. Every command must get exactly one JSON reply line (none for
// `stop` and blank lines), and nothing may crash the session.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "stepcache/schemas/bowtie.h"
#include "stepcache/schemas/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  stepcache::schemas::BowtieOptions options;
  options.limits.max_bytes = 1 << 16;
  options.limits.max_depth = 64;
  stepcache::schemas::BowtieSession session(options);
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    bool stop = false;
    const std::string reply = session.HandleLine(line, &stop);
    if (reply.find('\n') != std::string::npos) std::abort();  // one line per reply
    if (!reply.empty()) {
      rapidjson::Document doc;
      if (!stepcache::ParseJson(reply, doc) || !doc.IsObject()) std::abort();
    }
    if (stop) break;
  }
  return 0;
}
