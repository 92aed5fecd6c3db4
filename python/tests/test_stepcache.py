"""The Python package against the installed libstepcache (scripts/test sets
STEPCACHE_LIBRARY or LD_LIBRARY_PATH and PYTHONPATH to the install prefix)."""

import json
import os
import subprocess
import sys
import threading

import pytest

import stepcache

PERSON = {"type": "object",
          "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
          "required": ["name", "age"], "additionalProperties": False}
EQUATION_PROMPT = "Solve for x: 3x + 5 = 20. Show each step."


def test_loaded_library_and_version():
    assert stepcache.version() == "0.1.0"
    expected = os.environ.get("STEPCACHE_EXPECT_PREFIX")
    if expected:  # scripts/test: the package and library come from the install prefix
        assert stepcache.__file__.startswith(expected), stepcache.__file__


def test_error_is_a_value_error():
    assert issubclass(stepcache.Error, ValueError)


@pytest.mark.parametrize("schema, instance", [
    (PERSON, {"name": "Ann", "age": 31}),
    (json.dumps(PERSON), '{"name": "Ann", "age": 31}'),
    (PERSON, b'{"name": "Ann", "age": 31}'),
])
def test_validate_accepts_values_and_json_text(schema, instance):
    result = stepcache.validate(schema, instance)
    assert result.valid and result and result.errors == []


def test_validate_reports_every_error_with_pointers():
    result = stepcache.validate(PERSON, {"name": 7, "age": "x", "extra": True})
    assert not result.valid and not result
    locations = sorted(e["instanceLocation"] for e in result.errors)
    assert locations == ["", "/age", "/name"]
    for e in result.errors:
        assert e["keywordLocation"].startswith("/") and e["keyword"] and e["message"]


@pytest.mark.parametrize("schema, instance, fragment", [
    (None, 1, "schema_json: "),  # None is JSON null: not a schema
    ({"type": 12}, 1, "schema_json: "),
    ("{\"type\": ", 1, "schema_json: invalid JSON"),
    (PERSON, "{", "instance_json: invalid JSON"),
    (PERSON, b"\"\xff\"", "instance_json: invalid UTF-8 at byte 1"),
    (PERSON, "a\0b", "NUL character at byte 1"),
    (PERSON, float("nan"), "cannot be written as JSON"),
    (PERSON, object(), "cannot be written as JSON"),
    (PERSON, "\ud800", "not encodable as UTF-8"),
])
def test_validate_bad_input_raises_error(schema, instance, fragment):
    with pytest.raises(stepcache.Error) as info:
        stepcache.validate(schema, instance)
    assert fragment in str(info.value)


def test_compiled_schema_in_threads():
    schema = stepcache.Schema(PERSON)
    wrong = []

    def work(offset):
        for i in range(200):
            good = (i + offset) % 2 == 0
            instance = {"name": "n", "age": 1 if good else "1"}
            if schema.validate(instance).valid != good:
                wrong.append(i)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    schema.close()
    with pytest.raises(stepcache.Error):
        schema.validate(1)


def test_schema_options():
    with stepcache.Schema({"maximum": 5, "exclusiveMaximum": True}, dialect="draft4") as s:
        assert not s.is_valid(5) and s.is_valid(4)
    with stepcache.Schema({"format": "email"}, format_assertion=True) as s:
        assert not s.is_valid(json.dumps("not an address"))  # a str is JSON text
        assert s.is_valid('"ann@example.com"')
    with pytest.raises(stepcache.Error, match="dialect"):
        stepcache.Schema({}, dialect="draft5")


def test_repair():
    assert json.loads(stepcache.repair("Sure!\n```json\n{'a': 1,}\n```")) == {"a": 1}
    assert stepcache.repair('{"a": [1, 2]}') == '{"a": [1, 2]}'
    text, log = stepcache.repair_with_log('{"name": "Ann", "age": "31", "x": 1}', PERSON)
    assert json.loads(text) == {"name": "Ann", "age": 31}
    assert {fix["kind"] for fix in log} >= {"coerce_type", "drop_forbidden_property"}
    with pytest.raises(stepcache.Error, match="cannot repair"):
        stepcache.repair("text with [brackets")
    with pytest.raises(stepcache.Error, match="schema_json"):
        stepcache.repair("{}", schema="{")
    with pytest.raises(stepcache.Error, match="text is None"):
        stepcache.repair(None)


def test_check():
    good = stepcache.check("linear_equation", EQUATION_PROMPT,
                           "Step 1: 3x + 5 = 20\nStep 2: 3x = 15\nStep 3: x = 5\n")
    assert good.passed and good and len(good.steps) == 3
    bad = stepcache.check("linear_equation", EQUATION_PROMPT,
                          "Step 1: 3x + 5 = 20\nStep 2: 3x = 16\nStep 3: x = 5\n")
    assert not bad.passed and bad.steps[1]["pass"] is False
    assert bad["pass"] is False and bad["steps"] == bad.steps  # also the verdict dict
    extract = "Extract name and age. Text: Ada Byron is 36."
    assert stepcache.check("json_extract", extract, '{"name": "Ada Byron", "age": 36}', PERSON)
    wrong = stepcache.check("json_extract", extract, '{"name": "Ada Byron", "age": 37}', PERSON)
    assert not wrong
    with pytest.raises(stepcache.Error, match="no built-in rules"):
        stepcache.check("no_such_task", "p", "o")


def test_engine_serves_reuses_and_counts_tokens():
    with stepcache.Engine(backend="sim", store="memory", capacity=100, ttl=3600) as engine:
        request = {"task": "linear_equation", "prompt": "Solve for x: 2x + 3 = 11.", "id": "a"}
        first = engine.serve(request)
        assert first["ok"] and first["id"] == "a" and first["path"] == "skip"
        assert "x = 4" in first["output"] and first["completion_tokens"] > 0
        again = engine.serve(request)
        assert again["path"] == "reuse"
        assert again["prompt_tokens"] == again["completion_tokens"] == 0
        assert again["reused_tokens"] > 0
        kw = engine.serve(task="json_extract", tenant="t1", schema=PERSON,
                          prompt="Extract name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n")
        assert kw["ok"], kw
        assert json.loads(kw["output"]) == {"name": "Ann Lee", "age": 31}
        stats = engine.stats()
        assert stats["requests"] == 3 and stats["reuse"] == 1


def test_engine_in_threads():
    engine = stepcache.Engine()
    results = []

    def work(t):
        for i in range(5):
            a = t + 2
            results.append(engine.serve({"task": "linear_equation",
                                         "prompt": f"Solve for x: {a}x + {i} = {3 * a + i}."}))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.close()
    assert len(results) == 20
    assert all(r["ok"] and "x = 3" in r["output"] for r in results)
    with pytest.raises(stepcache.Error, match="closed"):
        engine.serve({"task": "linear_equation", "prompt": "p"})


@pytest.mark.parametrize("options, fragment", [
    ({"backend": "gpt"}, "options_json"),
    ({"bakend": "sim"}, "unknown option at /bakend"),
    ({"capacity": -1}, "/capacity"),
])
def test_engine_bad_options(options, fragment):
    with pytest.raises(stepcache.Error) as info:
        stepcache.Engine(**options)
    assert fragment in str(info.value)


@pytest.mark.parametrize("request_, fragment", [
    ({"prompt": "p"}, "/task"),
    ({"task": "linear_equation"}, "/prompt"),
    ('{"task": ', "request_json"),
    ([], "must be a JSON object"),
])
def test_engine_bad_request(request_, fragment):
    with stepcache.Engine() as engine:
        with pytest.raises(stepcache.Error) as info:
            engine.serve(request_)
        assert fragment in str(info.value)


def test_failed_request_is_a_result_not_an_exception():
    with stepcache.Engine() as engine:
        result = engine.serve({"task": "no_such_task", "prompt": "p"})
        assert result["ok"] is False and result["output"] is None and result["error"]


def test_library_found_through_the_loader_path():
    """Without STEPCACHE_LIBRARY the package asks the dynamic loader."""
    library = os.environ.get("STEPCACHE_LIBRARY")
    if not library:
        pytest.skip("STEPCACHE_LIBRARY not set: this run already uses the loader path")
    env = dict(os.environ)
    del env["STEPCACHE_LIBRARY"]
    env["LD_LIBRARY_PATH"] = os.path.dirname(library)
    code = "import stepcache; print(stepcache.validate({'type': 'integer'}, 3).valid)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def test_missing_library_is_a_clear_import_error(tmp_path):
    env = dict(os.environ, STEPCACHE_LIBRARY=str(tmp_path / "nope.so"))
    out = subprocess.run([sys.executable, "-c", "import stepcache"], env=env,
                         capture_output=True, text=True)
    assert out.returncode != 0
    assert "STEPCACHE_LIBRARY" in out.stderr and "cannot load" in out.stderr


def test_post_hook_example_in_readme_runs():
    """The README's post-hook example is code, not prose: run it."""
    readme = open(os.path.join(os.path.dirname(__file__), "..", "README.md"), encoding="utf-8").read()
    section = readme.split("## As a post-hook of another cache", 1)[1]
    code = section.split("```python\n", 1)[1].split("\n```\n", 1)[0]
    assert "def post_hook" in code
    exec(compile(code, "python/README.md", "exec"), {})
