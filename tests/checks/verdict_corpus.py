#!/usr/bin/env python3
"""Verdict-equality harness for the task checks.

Runs `stepcache check` over a fixed corpus of (task, prompt, schema, output)
cases and writes every verdict (exit code, the JSON line, stderr) to one file,
one case a line, so two binaries can be compared byte for byte: a change that
is meant to make the checks faster must leave this file identical.

The corpus:
  - the red-team probes (tests/redteam/workload.jsonl, answers.json,
    expect.jsonl): each prompt with its own answers, its right answer and the
    answers of the other probes of its family, each in several wrappings
    (compact, pretty, fenced, fence left open, in prose, several records in an
    array and in prose, truncated, a lone scalar, ...);
  - the bench's generated workloads (`stepcache bench --generate`, standard
    and adversarial, --seeds): each prompt with the expected answers of its
    group, in the same wrappings; linear equations with the solver-style
    answer and a wrong one.

Usage:
  tests/checks/verdict_corpus.py --binary /tmp/stepcache.before --out /tmp/v.before
  tests/checks/verdict_corpus.py --binary build/release/stepcache --out /tmp/v.after \
      --compare /tmp/v.before
Exit status 1 when --compare finds a difference (the first ones are printed).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def json_wrappings(answer, other):
    """The same JSON answer as a model might wrap it."""
    compact = json.dumps(answer, separators=(",", ":"), ensure_ascii=False)
    pretty = json.dumps(answer, indent=2, ensure_ascii=False)
    out = {
        "compact": compact,
        "pretty": pretty,
        "ascii": json.dumps(answer),
        "fenced": "```json\n" + pretty + "\n```",
        "fenced_plain": "```\n" + compact + "\n```\n",
        "fence_open": "```json\n" + pretty + "\n",
        "prose": "Here is the extracted data:\n\n" + pretty + "\n\nLet me know if you need anything else.",
        "prose_inline": "Sure! " + compact + " is the answer.",
        "prose_fenced": "Sure, here it is:\n```json\n" + pretty + "\n```\nThe values come from the text.",
        "array": json.dumps([answer, other], ensure_ascii=False),
        "two_in_prose": "First record: " + compact + "\nSecond record: " +
                        json.dumps(other, separators=(",", ":"), ensure_ascii=False),
        "two_fences": "```json\n" + json.dumps(other) + "\n```\nor\n```json\n" + compact + "\n```",
        "truncated_half": pretty[: len(pretty) // 2],
        "truncated_end": compact[:-1],
        "fenced_truncated": "```json\n" + pretty[: (2 * len(pretty)) // 3] + "\n```",
        "blank_padded": "\n\n  " + pretty + "  \n",
    }
    if isinstance(answer, dict) and answer:
        first_key = next(iter(answer))
        out["scalar"] = json.dumps(answer[first_key], ensure_ascii=False)
        out["nested"] = json.dumps({"result": answer}, ensure_ascii=False)
        reordered = dict(reversed(list(answer.items())))
        out["reordered"] = json.dumps(reordered, ensure_ascii=False)
        dropped = dict(list(answer.items())[1:])
        out["dropped_first"] = json.dumps(dropped, ensure_ascii=False)
    return out


def text_wrappings(answer):
    return {
        "bare": answer,
        "fenced": "```\n" + answer + "\n```",
        "prose": "Let's solve it.\n" + answer + "\nSo that is the answer.",
        "truncated": answer[: len(answer) // 2],
        "crlf": answer.replace("\n", "\r\n"),
    }


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def redteam_cases():
    rt = os.path.join(ROOT, "tests", "redteam")
    work = {w["id"]: w for w in load_jsonl(os.path.join(rt, "workload.jsonl"))}
    expect = {e["id"]: e for e in load_jsonl(os.path.join(rt, "expect.jsonl"))}
    with open(os.path.join(rt, "answers.json"), encoding="utf-8") as f:
        answers = {a["id"]: a for a in json.load(f)}
    families = {}
    for pid, e in expect.items():
        families.setdefault(e["family"], []).append(pid)
    for pid, w in work.items():
        own = list(answers.get(pid, {}).get("answers", []))
        exp = expect.get(pid, {}).get("expect", {})
        if w["task"] == "json_extract" and "json" in exp:
            own.append(exp["json"])
        family = expect.get(pid, {}).get("family", "")
        pool = []
        for other in families.get(family, []):
            if other == pid:
                continue
            pool.extend(answers.get(other, {}).get("answers", [])[:2])
        candidates = []
        for a in own + pool[:8]:
            if a not in candidates:
                candidates.append(a)
        yield from task_cases("rt/" + pid, w["task"], w["prompt"], w.get("schema"), candidates)


# The wrappings the bench cases use: the red-team cases take every one.
BENCH_WRAPPINGS = ("compact", "fenced", "prose", "array", "two_in_prose", "truncated_half", "scalar",
                   "dropped_first", "bare", "truncated")


def task_cases(prefix, task, prompt, schema, candidates, wrappings=None):
    for i, a in enumerate(candidates):
        if task == "json_extract" or not isinstance(a, str):
            other = candidates[(i + 1) % len(candidates)]
            wraps = json_wrappings(a, other)
        else:
            wraps = text_wrappings(a)
        for name, text in wraps.items():
            if wrappings is not None and name not in wrappings:
                continue
            yield {"id": "%s/%d/%s" % (prefix, i, name), "task": task, "prompt": prompt,
                   "schema": schema, "output": text}


def equation_answers(expect):
    var = expect.get("variable", "x")
    value = expect.get("value")
    if value is None:
        return []
    return ["%s = %s" % (var, value), "%s = %s" % (var, value + 1) if isinstance(value, (int, float)) else ""]


def bench_cases(binary, seeds):
    for suite in ("standard", "adversarial"):
        for seed in seeds:
            text = subprocess.run([binary, "bench", "--generate", "--suite", suite, "--seed", str(seed)],
                                  check=True, capture_output=True, text=True).stdout
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            groups = {}
            for r in rows:
                if r["task"] == "json_extract" and "json" in r.get("expect", {}):
                    key = r.get("family") or r["id"].rsplit("-", 2)[0]
                    groups.setdefault(key, []).append(r["expect"]["json"])
            for r in rows:
                prefix = "bench/%s/%d/%s" % (suite, seed, r["id"])
                exp = r.get("expect", {})
                if r["task"] == "json_extract":
                    key = r.get("family") or r["id"].rsplit("-", 2)[0]
                    cands = []
                    for a in ([exp["json"]] if "json" in exp else []) + groups.get(key, [])[:3]:
                        if a not in cands:
                            cands.append(a)
                    yield from task_cases(prefix, r["task"], r["prompt"], r.get("schema"), cands, BENCH_WRAPPINGS)
                else:
                    yield from task_cases(prefix, r["task"], r["prompt"], None,
                                          [a for a in equation_answers(exp) if a], BENCH_WRAPPINGS)


def run_case(binary, tmp, case, files):
    prompt_path, schema_path = files
    cmd = [binary, "check", "--task", case["task"], "--prompt", prompt_path]
    if schema_path:
        cmd += ["--schema", schema_path]
    cmd.append("-")
    p = subprocess.run(cmd, input=case["output"].encode("utf-8"), capture_output=True)
    return "%s\t%d\t%s\t%s" % (case["id"], p.returncode, p.stdout.decode("utf-8", "replace").rstrip("\n"),
                               p.stderr.decode("utf-8", "replace").rstrip("\n").replace("\n", "\\n"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--compare", help="an earlier --out file that must be identical")
    ap.add_argument("--seeds", default="42,43,44")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="keep cases whose id starts with this")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    seeds = [int(s) for s in args.seeds.split(",") if s]
    # The workloads come from the binary under test's generator; --compare
    # then also catches a generator that changed.
    cases = [c for c in list(redteam_cases()) + list(bench_cases(binary, seeds)) if c["id"].startswith(args.only)]
    with tempfile.TemporaryDirectory(prefix="verdicts.") as tmp:
        files = {}
        for c in cases:
            key = (c["prompt"], json.dumps(c["schema"], sort_keys=True) if c["schema"] is not None else None)
            if key not in files:
                n = len(files)
                prompt_path = os.path.join(tmp, "p%d.txt" % n)
                with open(prompt_path, "w", encoding="utf-8") as f:
                    f.write(c["prompt"])
                schema_path = ""
                if c["schema"] is not None:
                    schema_path = os.path.join(tmp, "s%d.json" % n)
                    with open(schema_path, "w", encoding="utf-8") as f:
                        json.dump(c["schema"], f)
                files[key] = (prompt_path, schema_path)
            c["files"] = files[key]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            lines = list(pool.map(lambda c: run_case(binary, tmp, c, c["files"]), cases))
    with open(args.out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    passes = sum(1 for line in lines if line.split("\t")[1] == "0")
    print("%d cases, %d pass, written to %s" % (len(lines), passes, args.out))
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            before = f.read().splitlines()
        if before == lines:
            print("identical to %s" % args.compare)
            return 0
        print("DIFFERENT from %s (%d vs %d lines)" % (args.compare, len(before), len(lines)))
        shown = 0
        for i in range(max(len(before), len(lines))):
            a = before[i] if i < len(before) else "<none>"
            b = lines[i] if i < len(lines) else "<none>"
            if a != b:
                print("- " + a[:600])
                print("+ " + b[:600])
                shown += 1
                if shown >= 10:
                    break
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
