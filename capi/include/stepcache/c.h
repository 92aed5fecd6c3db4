/* StepCache's C API, for callers in C and in any language with a C FFI
   (Python's ctypes, Go's cgo, Rust, Node, ...).

   Everything crosses the boundary as NUL-terminated UTF-8 text, most of it
   JSON, so the API has no structs to keep in sync across versions:

     stepcache_validate        JSON Schema validation (drafts 4 to 2020-12)
     stepcache_schema_*        the same with a schema compiled once, for loops
     stepcache_repair          local repair of almost-JSON model output
     stepcache_check           a task's step verdicts for a model output
     stepcache_engine_*        the caching engine: open, serve requests, close

   Conventions (every function):

   * Strings in. Arguments are NUL-terminated UTF-8. NULL where an argument
     is required, text that is not valid UTF-8, and malformed JSON are
     reported as bad input with a one-line message naming the argument and
     the byte offset or JSON Pointer at fault. The one exception is the
     `text` of stepcache_repair: broken bytes are what it repairs. Arguments
     are only read during the call; nothing keeps a pointer to them.

   * Strings out. Every `char*` the API returns, and every string it stores
     through a `char**` out-parameter, is a new NUL-terminated UTF-8 string
     the caller owns and must release with stepcache_string_free. An
     out-parameter is always written when it is not NULL: with a string or
     with NULL; a value it held before the call is overwritten, not freed.
     Passing NULL for an out-parameter means "not wanted".

   * Failure. No C++ exception and no abort crosses this boundary: a failure
     inside the library becomes an ordinary error return whose message
     starts with "internal error:". Under memory exhaustion an error return
     may come with a NULL message.

   * Thread-safety. Functions without a handle are safe to call
     concurrently. A compiled schema is immutable: any number of threads may
     validate against it at once. stepcache_serve may be called concurrently
     on the same engine. A handle must not be freed while another thread
     uses it.

   Linking: `pkg-config --cflags --libs stepcache`, or in CMake
   `find_package(stepcache)` and `target_link_libraries(app stepcache::stepcache)`. */
#ifndef STEPCACHE_C_H_
#define STEPCACHE_C_H_

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden visibility: only what is marked here is
   exported from libstepcache.so. */
#if defined(__GNUC__)
#define STEPCACHE_EXPORT __attribute__((visibility("default")))
#else
#define STEPCACHE_EXPORT
#endif

/* The library's version, "MAJOR.MINOR.PATCH". A static string: do not free. */
STEPCACHE_EXPORT const char* stepcache_version(void);

/* Releases a string returned by any function below. NULL is a no-op. */
STEPCACHE_EXPORT void stepcache_string_free(char* s);

/* ---- JSON Schema validation ------------------------------------------ */

/* Validates the JSON text `instance_json` against the JSON Schema text
   `schema_json` (its "$schema" picks the draft; default 2020-12; `format`
   is an annotation). Returns
     1   valid; *errors = NULL
     0   invalid; *errors = a JSON array of every failure:
         [{"instanceLocation": "/age", "keywordLocation": "/properties/age/type",
           "keyword": "type", "message": "..."}]
         (locations are JSON Pointers; "" is the root)
    -1   bad input (an argument NULL, not UTF-8, not JSON, or not a valid
         schema); *errors = a one-line message naming the argument. */
STEPCACHE_EXPORT int stepcache_validate(const char* schema_json, const char* instance_json,
                                        char** errors);

/* A compiled JSON Schema. Opaque; immutable and thread-safe once compiled. */
typedef struct stepcache_schema_t stepcache_schema_t;

/* Compiles `schema_json` once for repeated validation. Returns NULL with
   *error set to a one-line message (naming the keyword's JSON Pointer)
   when it is NULL, not UTF-8, not JSON or not a valid schema. Free the
   result with stepcache_schema_free. */
STEPCACHE_EXPORT stepcache_schema_t* stepcache_schema_compile(const char* schema_json,
                                                              char** error);

/* Like stepcache_schema_compile, with options as a JSON object (NULL or
   "{}" for the defaults):
     {"dialect": "draft4" | "draft6" | "draft7" | "draft2019-09" | "draft2020-12"
                 or the dialect's URI   (for a schema without "$schema"),
      "format_assertion": false}        (true: `format` is asserted) */
STEPCACHE_EXPORT stepcache_schema_t* stepcache_schema_compile_with_options(
    const char* schema_json, const char* options_json, char** error);

/* Validates `instance_json` against a compiled schema: returns 1, 0 or -1
   exactly as stepcache_validate does (-1: `schema` or `instance_json` NULL,
   or the instance not UTF-8 JSON). */
STEPCACHE_EXPORT int stepcache_schema_validate(const stepcache_schema_t* schema,
                                               const char* instance_json, char** errors);

/* Frees a compiled schema. NULL is a no-op. */
STEPCACHE_EXPORT void stepcache_schema_free(stepcache_schema_t* schema);

/* ---- Local JSON repair ----------------------------------------------- */

/* Repairs what a model emitted in place of JSON (prose or code fences
   around it, trailing or missing commas, single or typographic quotes,
   unquoted keys, Python literals, comments, invalid UTF-8 or escapes in
   strings, output cut off mid-value) without calling any model. With a
   `schema_json` (may be NULL) values are coerced towards the schema's
   `type`s and members it forbids are dropped.
   Returns the repaired JSON text (it always parses; text that already
   parses comes back byte-identical) and sets *log to a JSON array of the
   fixes made, each {"kind": "trailing_comma", "offset": <byte offset in
   `text`>, "detail": "..."} ("[]" when nothing was fixed). Returns NULL
   and sets *log to a one-line message when `text` is NULL, holds no JSON
   value at all (plain prose), exceeds 8 MiB or 1000 levels of nesting, or
   `schema_json` is not UTF-8 JSON holding an object or a boolean. */
STEPCACHE_EXPORT char* stepcache_repair(const char* text, const char* schema_json, char** log);

/* ---- Task checks ----------------------------------------------------- */

/* Runs the step verifiers and integrity checks of the built-in task rules
   named `task` ("linear_equation", "json_extract") on a model `output`
   for the request `prompt`, with the request's response schema
   `schema_json` (NULL when it has none). Returns
     1   every step and the whole output pass; 0 something fails.
         *verdict = {"pass": bool, "steps": [{"index", "kind", "pointer"?,
         "pass": true|false|null, "reason"}], "missing": ["/key"],
         "failures": [{"check", "pointer", "reason"}],
         "integrity": {"pass": bool, "failures": [...]}} (plus "error" when
         the output could not be cut into steps at all) — the form
         `stepcache check` prints.
    -1   bad input (an argument other than schema_json NULL or not UTF-8,
         an unknown task, a schema that is not valid); *verdict = message. */
STEPCACHE_EXPORT int stepcache_check(const char* task, const char* prompt, const char* schema_json,
                                     const char* output, char** verdict);

/* ---- The caching engine ---------------------------------------------- */

/* An engine: a backend, a store of verified answers and the task rules.
   Opaque; stepcache_serve on one engine is thread-safe. */
typedef struct stepcache_engine_t stepcache_engine_t;

/* Opens an engine from options given as a JSON object; every member is
   optional and unknown members are errors:
     {"backend": "sim" | "sim:k=v,..." | "openai:http://HOST:PORT/v1" | "command:PATH",
      "store": "memory" | "sqlite:PATH",
      "rules_dir": "DIR",           rules (<task>.json) searched before the built-ins
      "model": "name",              for requests that name none
      "enable_cache": true,         false: verify only, never store or reuse
      "capacity": 100000,           live entries (LRU), 0 = unlimited
      "ttl": 0,                     seconds an entry lives, 0 = forever
      "similarity_threshold": 0.5,  "sqlite_full_sync": false,
      "timeout": 120, "connect_timeout": 5, "retries": 3,   backend
      "seed": 42, "realtime": false, "time_scale": 1,      simulated model
      "api_key_env": "OPENAI_API_KEY"}
   "{}" opens the simulated backend with an in-memory store. Returns NULL
   with *error set when `options_json` is NULL, not UTF-8 JSON, names an
   unknown option or a bad value, or the backend or store cannot be opened.
   Free the engine with stepcache_engine_free. */
STEPCACHE_EXPORT stepcache_engine_t* stepcache_engine_new(const char* options_json, char** error);

/* Serves one request, given as one workload line:
     {"task": "json_extract", "prompt": "...", "schema": {...}?,
      "tenant": "..."?, "model": "..."?, "id": "..."?,
      "params": {"temperature", "top_p", "max_tokens", "seed", "stop", "extra"}?}
   (other members, such as a workload's "expect", are ignored). The answer
   is reused from the cache, patched, or generated, and verified in every
   case. Returns a JSON object:
     {"id"?, "ok": true, "path": "reuse" | "patch" | "skip",
      "output": "<the verified answer>", "latency_s", "engine_s", "backend_s",
      "prompt_tokens", "completion_tokens", "reused_tokens", "attempts",
      "fallback", "simulated", "reason"}
   When the request could not be answered correctly (the backend failed,
   or nothing it produced passed the checks) "ok" is false, "output" is
   null and "error" says why: a result, not an error return.
   Returns NULL with *error set only for bad input: `engine` or
   `request_json` NULL, the request not UTF-8 JSON, or a required member
   missing or of the wrong type (named by JSON Pointer). Thread-safe. */
STEPCACHE_EXPORT char* stepcache_serve(stepcache_engine_t* engine, const char* request_json,
                                       char** error);

/* Running totals over every stepcache_serve of `engine` as a JSON object:
   {"requests", "errors", "reuse", "patch", "skip", "prompt_tokens",
    "completion_tokens", "reused_tokens", "backend_calls", "fallbacks",
    "engine_s", "backend_s", "entries"}. NULL with *error when `engine` is NULL. */
STEPCACHE_EXPORT char* stepcache_engine_stats(stepcache_engine_t* engine, char** error);

/* Closes the store and the backend and frees the engine. NULL is a no-op.
   No other thread may be inside stepcache_serve on it. */
STEPCACHE_EXPORT void stepcache_engine_free(stepcache_engine_t* engine);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* STEPCACHE_C_H_ */
