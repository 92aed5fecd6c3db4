// Internals of RepairJson shared by json_repair*.cc; not a public interface.
#ifndef STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_
#define STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "stepcache/checks/json_repair.h"

namespace stepcache::checks::repair_internal {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when the
// bytes there are not valid UTF-8 (overlong, surrogate, > U+10FFFF, cut).
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i);

// Decodes the JSON string token `token` (with its quotes, as the repairer
// emits it: valid escapes only) into UTF-8.
std::string DecodeJsonString(std::string_view token);

// ---- schema guidance (json_repair_coerce.cc) ----

// What a scalar token in the output is.
enum class TokenType { kString, kNumber, kTrue, kFalse, kNull };

// Follows local `$ref`s (bounded) from `node`; nullptr stays nullptr.
const rapidjson::Value* ResolveSchema(const rapidjson::Value& root, const rapidjson::Value* node);

// Schema of member `key` inside an object whose (resolved) schema is
// `object_schema`; nullptr when unconstrained. Sets *forbidden when
// `additionalProperties: false` excludes the key.
const rapidjson::Value* MemberSchema(const rapidjson::Value& root,
                                     const rapidjson::Value* object_schema, std::string_view key,
                                     bool* forbidden);

// Schema of element `index` of an array whose (resolved) schema is `array_schema`.
const rapidjson::Value* ItemSchema(const rapidjson::Value& root,
                                   const rapidjson::Value* array_schema, std::size_t index);

// When the resolved `schema` wants another type than `token` (a complete
// scalar token of type `type`) and the token converts losslessly, sets
// *replacement to the new token and returns true.
bool CoerceScalar(const rapidjson::Value* schema, TokenType type, std::string_view token,
                  std::string* replacement);

// ---- the single-pass repairer (json_repair_scanner.cc, json_repair_strings.cc,
// json_repair_values.cc) ----

// Where the value lies in the text (found by the locator in json_repair.cc).
struct Region {
  std::size_t begin = 0;        // scanning starts here (the value's first byte)
  std::size_t end = 0;          // scanning stops here (fence close or text end)
  bool keep_outer_ws = false;   // copy whitespace around the value (whole text is the value)
};

// Runs the repairer over text[region.begin, region.end). On success appends
// the value to *out (and any trailing whitespace when keep_outer_ws) and sets
// *value_end to the offset just after the value; fixes go to *log.
bool ScanValue(std::string_view text, const Region& region, const RepairOptions& options,
               std::string* out, std::vector<RepairFix>* log, std::size_t* value_end,
               RepairError* error);

// Object states: kKeyOrEnd after `{`, kKey after `,`, kColon after a key,
// kValue after `:`, kCommaOrEnd after a value. Array states: kValueOrEnd
// after `[`, kValue after `,`, kCommaOrEnd after a value.
enum class State { kKeyOrEnd, kKey, kColon, kValue, kCommaOrEnd, kValueOrEnd };

// How the next token will be used, decided before anything is written.
enum class Role { kNone, kKey, kKeyAfterMissingComma, kValue, kValueAfterMissingComma,
                  kValueAfterMissingColon };

// Which quotes may close a string, by the quote that opened it: `"` only
// `"`; `'` only `'`; “ ” any of " “ ”; ‘ ’ ` ´ any of ' ‘ ’ ` ´.
enum class Quote { kDouble, kSingle, kDoubleLike, kSingleLike };

struct Frame {
  bool object = false;
  bool synthetic = false;        // the array that collects several top-level values
  State state = State::kValueOrEnd;
  std::size_t emitted = 0;       // members/elements written so far
  std::size_t member_out = 0;    // output size before the current member (and its comma)
  std::size_t last_end_out = 0;  // output size just after the last complete value
  std::size_t key_in = 0;        // input offset of the current key
  std::size_t key_out = 0;       // output offset of the current key token
  std::size_t key_end_out = 0;   // output size just after the current key
  std::size_t index = 0;         // array: index of the next element
  bool dropping = false;         // current member is forbidden by the schema
  const rapidjson::Value* schema = nullptr;         // resolved schema of this container
  const rapidjson::Value* member_schema = nullptr;  // resolved schema of the current member value
  std::string key;                                  // decoded current key (schema mode only)
};

class Scanner {
 public:
  Scanner(std::string_view text, const Region& region, const RepairOptions& options,
          std::string* out, std::vector<RepairFix>* log, RepairError* error);

  bool Run(std::size_t begin, std::size_t* value_end);

 private:
  // What a quote met inside a string means (json_repair_strings.cc).
  enum class QuoteMeaning { kClose, kText, kCutAtComma, kCutAtDelimiter };

  bool Fail(std::string message, std::size_t offset);
  void Fix(RepairKind kind, std::size_t offset, std::string detail = {});
  // A fix that guessed: logged uncertain with the pointer of what it touched.
  void Guess(RepairKind kind, std::size_t offset, std::string pointer, std::string detail = {});
  Frame& Top() { return frames_.back(); }

  // ---- structure (json_repair_scanner.cc) ----
  void EmitWs(std::size_t from, std::size_t to);
  std::size_t SkipComment(std::size_t i);
  std::size_t Garbage(std::size_t i);
  Role DecideRole(bool can_key, bool can_value) const;
  void Commit(Role role, std::size_t i);
  const rapidjson::Value* CurrentValueSchema() const;
  std::string KeyOf(const Frame& f) const;
  std::string ContainerPointer() const;  // the innermost open container
  std::string MemberPointer() const;     // the member/element being (or just) written
  bool Open(bool object, std::size_t i);
  void CloseBracket(bool object, std::size_t i);
  void CloseTop(std::size_t i, bool at_end);
  void Comma(std::size_t i);
  void Colon(std::size_t i);
  void KeyDone(std::size_t key_out);
  void ScalarDone(TokenType type, std::size_t value_out, std::size_t value_in);
  void ValueDone();
  bool ContinueAfterTop(std::size_t i);
  std::size_t UnicodeSpaceAt(std::size_t i) const;
  std::size_t SkipInline(std::size_t i, bool newlines) const;

  // ---- strings (json_repair_strings.cc) ----
  std::size_t String(std::size_t i);
  std::size_t StringPiece(std::size_t i, bool is_key);
  QuoteMeaning MeaningOfQuote(std::size_t content, std::size_t j, std::size_t len,
                              bool can_cut) const;
  std::size_t Escape(std::size_t j, Quote quote);
  std::size_t CopyUtf8Char(std::size_t j, std::size_t to);
  void AppendStringContent(std::size_t from, std::size_t to);
  std::size_t BareString(std::size_t i);
  std::size_t Regex(std::size_t i);

  // ---- numbers, words, keys (json_repair_values.cc) ----
  std::size_t Word(std::size_t i);
  std::size_t Number(std::size_t i);
  std::size_t KeyWord(std::size_t i);

  std::string_view text_;
  std::size_t end_;
  const RepairOptions& options_;
  std::string& out_;
  std::vector<RepairFix>& log_;
  RepairError* error_;
  const rapidjson::Value* root_schema_ = nullptr;

  std::vector<Frame> frames_;
  std::size_t open_objects_ = 0;
  std::size_t open_arrays_ = 0;
  std::size_t open_parens_ = 0;  // `(` of code wrappers (ObjectId(, callback() still open
  bool top_done_ = false;
  bool failed_ = false;
  bool top_container_ = false;   // the (first) top-level value is an object or array
  std::size_t top_value_out_ = 0;  // output offset of the first top-level value
  // Where the last number or bare word ended in the input: one that runs
  // into the cut at the end of the text may have been cut short.
  std::size_t open_scalar_end_ = std::string_view::npos;
  // A `,` seen after a value is written only when the next member/element
  // starts (so a trailing comma or a dropped member never leaves one behind);
  // whitespace after it waits with it.
  bool pending_comma_ = false;
  std::size_t pending_comma_in_ = 0;
  std::string pending_ws_;
  std::size_t garbage_end_ = std::string::npos;  // to merge adjacent garbage fixes
  std::size_t extra_comma_next_ = std::string::npos;  // to merge runs of extra commas
  const rapidjson::Value* value_schema_ = nullptr;  // schema of the value being written
  // Linear-time guard: bytes a string scan read past where the string was
  // finally cut (they are read again as structure). Once over the budget,
  // strings end at their next quote instead of being cut back.
  std::size_t rescanned_ = 0;
  std::size_t rescan_budget_ = 0;
  // Linear-time guard for pointers: bytes spent building JSON Pointers for
  // the log (deep paths, long keys, many guesses). Past the budget a guess
  // names the whole document (""), which is more cautious, never wrong.
  mutable std::size_t pointer_bytes_ = 0;
  std::size_t pointer_budget_ = 0;
  // Where an escape cut off by the end of the text began (it is dropped).
  std::size_t cut_escape_ = std::string_view::npos;
};

bool IsWs(unsigned char c);
bool IsDigit(unsigned char c);
bool IsAsciiWordChar(unsigned char c);
// Length (3) of a typographic quote “ ” ‘ ’ at s[i], else 0.
std::size_t CurlyQuoteAt(std::string_view s, std::size_t i);
// Length of any opening quote at s[i] (" ' “ ” ‘ ’ ` ´), else 0; *kind set.
std::size_t QuoteAt(std::string_view s, std::size_t i, Quote* kind);

}  // namespace stepcache::checks::repair_internal

#endif  // STEPCACHE_CHECKS_JSON_REPAIR_INTERNAL_H_
