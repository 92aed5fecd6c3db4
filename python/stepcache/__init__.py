"""StepCache from Python: JSON Schema validation, local JSON repair, task
checks and the verified-reuse caching engine, over libstepcache's C API
(stepcache/c.h) with ctypes. Nothing to build beyond the library itself: it is
found through $STEPCACHE_LIBRARY or the dynamic loader's path.

    import stepcache
    stepcache.validate({"type": "integer"}, 5).valid            # True
    stepcache.repair("```json\\n{'a': 1,}\\n```")                 # '{"a": 1}'
    stepcache.check("linear_equation", "Solve 2x + 3 = 7.", "2x + 3 = 7\\n2x = 4\\nx = 2").passed  # True
    with stepcache.Engine(backend="sim", store="memory") as engine:
        engine.serve({"task": "linear_equation", "prompt": "Solve 2x + 3 = 7."})["output"]

JSON arguments (schemas, instances, requests) may be Python values or JSON
text: a str or bytes is always read as JSON text, anything else is
serialised with json.dumps. So validate a JSON *string* value as
json.dumps("text"). Bad input of any kind raises stepcache.Error, a
ValueError whose message names the argument and the byte offset or JSON
Pointer at fault. Every call releases the GIL while the library works:
Schema.validate and Engine.serve may run from many threads at once.
"""

import json as _json
import threading as _threading

from ._native import Error, call as _call, encode as _encode, lib as _lib, take as _take

__all__ = ["Error", "ValidationResult", "validate", "Schema", "repair", "repair_with_log",
           "Verdict", "check", "Engine", "version"]


def version():
    """The library's version, e.g. "0.1.0"."""
    return _lib.stepcache_version().decode("utf-8")


def _json_text(value, name, optional=False):
    if value is None and optional:
        return None
    if isinstance(value, (str, bytes, bytearray)):
        return _encode(value, name)
    try:
        text = _json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as e:
        raise Error(f"{name}: cannot be written as JSON: {e}") from None
    return _encode(text, name)


class ValidationResult:
    """The outcome of a validation: `valid`, and `errors`, a list of dicts
    {"instanceLocation", "keywordLocation", "keyword", "message"} (JSON
    Pointers; "" is the root), empty when valid. True when valid."""

    __slots__ = ("valid", "errors")

    def __init__(self, valid, errors):
        self.valid = valid
        self.errors = errors

    def __bool__(self):
        return self.valid

    def __repr__(self):
        return f"ValidationResult(valid={self.valid!r}, errors={self.errors!r})"


class _Closing:
    """Frees the native handle on close(), at the end of a with block, or
    when collected."""

    def close(self):
        raise NotImplementedError

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown may have torn down the module
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _validation_result(rc, message):
    if rc < 0:
        raise Error(message or "stepcache: out of memory")
    return ValidationResult(rc == 1, _json.loads(message) if message else [])


def validate(schema, instance):
    """Validates `instance` against the JSON Schema `schema` (draft from its
    "$schema", default 2020-12) and reports every failure."""
    rc, message = _call(_lib.stepcache_validate, _json_text(schema, "schema"),
                        _json_text(instance, "instance"))
    return _validation_result(rc, message)


class Schema(_Closing):
    """A JSON Schema compiled once, for validating many instances.

    `dialect` ("draft4" ... "draft2020-12" or a metaschema URI) applies when
    the schema has no "$schema"; `format_assertion=True` asserts `format`.
    Immutable and thread-safe; close() (or a `with` block) frees it early."""

    def __init__(self, schema, dialect=None, format_assertion=False):
        options = {"format_assertion": bool(format_assertion)}
        if dialect is not None:
            options["dialect"] = dialect
        handle, message = _call(_lib.stepcache_schema_compile_with_options,
                                _json_text(schema, "schema"), _json_text(options, "options"))
        if not handle:
            raise Error(message or "stepcache: out of memory")
        self._handle = handle

    def validate(self, instance):
        if not self._handle:
            raise Error("schema: closed")
        rc, message = _call(_lib.stepcache_schema_validate, self._handle,
                            _json_text(instance, "instance"))
        return _validation_result(rc, message)

    def is_valid(self, instance):
        return self.validate(instance).valid

    def close(self):
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            _lib.stepcache_schema_free(handle)


def repair_with_log(text, schema=None):
    """Repairs almost-JSON model output locally (fences, prose, quotes,
    commas, comments, Python literals, truncation; with a schema, type
    coercion and forbidden members). Returns (json_text, log) where log lists
    the fixes as dicts {"kind", "offset", "detail"}; offsets are bytes of the
    UTF-8 text. Raises Error when there is no JSON to repair."""
    repaired, message = _call(_lib.stepcache_repair, _encode(text, "text"),
                              _json_text(schema, "schema", optional=True))
    json_text = _take(repaired)
    if json_text is None:
        raise Error(message or "stepcache: out of memory")
    return json_text, _json.loads(message) if message else []


def repair(text, schema=None):
    """The repaired JSON text of repair_with_log, without the log."""
    return repair_with_log(text, schema)[0]


class Verdict(dict):
    """A task check's outcome: the verdict JSON as a dict ("pass", "steps",
    "missing", "failures", "integrity", and "error" when the output could
    not be cut into steps), with attribute shortcuts: `passed` (also the
    truth value), `steps` (dicts {"index", "kind", "pointer"?, "pass",
    "reason"}), `missing` (JSON Pointers of absent required members),
    `failures`, `integrity` ({"pass", "failures"}) and `error`."""

    @property
    def passed(self):
        return bool(self.get("pass"))

    @property
    def steps(self):
        return self.get("steps", [])

    @property
    def missing(self):
        return self.get("missing", [])

    @property
    def failures(self):
        return self.get("failures", [])

    @property
    def integrity(self):
        return self.get("integrity", {})

    @property
    def error(self):
        return self.get("error")

    def __bool__(self):
        return self.passed

    def __repr__(self):
        return f"Verdict({dict.__repr__(self)})"


def check(task, prompt, output, schema=None):
    """Runs the built-in task rules `task` ("linear_equation",
    "json_extract") on a model `output` for the request `prompt` (and its
    response `schema`, if any): every step's verdict and the integrity of
    the whole."""
    rc, message = _call(_lib.stepcache_check, _encode(task, "task"), _encode(prompt, "prompt"),
                        _json_text(schema, "schema", optional=True), _encode(output, "output"))
    if rc < 0:
        raise Error(message or "stepcache: out of memory")
    return Verdict(_json.loads(message))


class Engine(_Closing):
    """The caching engine: serves requests by verified step-level reuse.

    Keyword options are the C API's engine options (stepcache/c.h):
    backend ("sim", "openai:http://HOST:PORT/v1", "command:PATH"), store
    ("memory", "sqlite:PATH"), rules_dir, model, enable_cache, capacity,
    ttl (seconds), similarity_threshold, timeout, retries, seed, ... None
    means "the default". serve() may be called from many threads at once;
    close() waits for calls in flight."""

    def __init__(self, backend="sim", store="memory", **options):
        options = {k: v for k, v in dict(options, backend=backend, store=store).items()
                   if v is not None}
        handle, message = _call(_lib.stepcache_engine_new, _json_text(options, "options"))
        if not handle:
            raise Error(message or "stepcache: out of memory")
        self._handle = handle
        self._idle = _threading.Condition()
        self._active = 0

    def _enter(self):
        with self._idle:
            if not self._handle:
                raise Error("engine: closed")
            self._active += 1
            return self._handle

    def _leave(self):
        with self._idle:
            self._active -= 1
            self._idle.notify_all()

    def serve(self, request=None, **fields):
        """Serves one request: a dict (or JSON text) in the workload-line
        form {"task", "prompt", "schema"?, "tenant"?, "model"?, "id"?,
        "params"?}, or the same as keyword arguments. Returns a dict with
        "ok", "output", "path" ("reuse", "patch" or "skip"), the token counts
        ("prompt_tokens", "completion_tokens", "reused_tokens"), latencies
        and "reason"; "ok" is False (with "error") when no correct answer
        could be produced. Raises Error for a malformed request."""
        if request is None:
            request = fields
        elif fields:
            raise Error("serve: give a request or keyword fields, not both")
        text = _json_text(request, "request")
        handle = self._enter()
        try:
            result, message = _call(_lib.stepcache_serve, handle, text)
        finally:
            self._leave()
        result = _take(result)
        if result is None:
            raise Error(message or "stepcache: out of memory")
        return _json.loads(result)

    def stats(self):
        """Running totals: requests, errors, reuse/patch/skip counts, tokens,
        backend calls, seconds, live cache entries."""
        handle = self._enter()
        try:
            result, message = _call(_lib.stepcache_engine_stats, handle)
        finally:
            self._leave()
        result = _take(result)
        if result is None:
            raise Error(message or "stepcache: out of memory")
        return _json.loads(result)

    def close(self):
        idle = getattr(self, "_idle", None)
        if idle is None:
            return
        with idle:
            while self._active:
                idle.wait()
            handle, self._handle = self._handle, None
        if handle:
            _lib.stepcache_engine_free(handle)
