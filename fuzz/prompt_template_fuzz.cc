// SplitPrompt on arbitrary bytes: never crashes, every slot lies inside the
// input and is exactly the bytes it spans, slots are ordered and disjoint,
// and template + slots reassemble the prompt byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stepcache/engine/retrieval_index.h"
#include "stepcache/engine/signature.h"

using namespace stepcache::engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view prompt(reinterpret_cast<const char*>(data), size);
  const PromptTemplate t = SplitPrompt(prompt);
  std::size_t last_end = 0;
  for (const Slot& s : t.slots) {
    if (s.begin < last_end || s.end <= s.begin || s.end > size) std::abort();
    if (prompt.substr(s.begin, s.end - s.begin) != s.text) std::abort();
    last_end = s.end;
  }
  std::string back;
  if (!Reassemble(t, &back) || back != prompt) std::abort();
  if (t.hash != HashBytes(t.text)) std::abort();
  const PromptTemplate again = SplitPrompt(back);
  const SlotDiff d = Diff(t, again);
  if (!d.comparable || !d.changes.empty()) std::abort();
  // The shingler reads the same untrusted bytes.
  const auto shingles = PromptShingles(prompt);
  if (ShingleJaccard(shingles, shingles) != 1.0) std::abort();
  return 0;
}
