"""What every red-team probe file shares: the probe list P and the helpers that add to it
(S builds a schema, J adds an extraction probe, E an equation probe, open_probe one of an
open finding). probes.py and the round files under rounds/ add to the same list."""
import sys

P = []  # probes
WITH_OPEN = "--with-open" in sys.argv


def S(props, desc=None, required=None):
    """Schema from {key: type}; desc {key: description}."""
    desc = desc or {}
    properties = {}
    for k, t in props.items():
        if isinstance(t, dict):
            properties[k] = dict(t)
        else:
            properties[k] = {"type": t}
        if k in desc:
            properties[k]["description"] = desc[k]
    return {"type": "object", "properties": properties,
            "required": required if required is not None else list(props),
            "additionalProperties": False}


def J(id, family, prompt, schema, expect, answers, safe=False):
    P.append({"id": id, "family": family, "task": "json_extract", "prompt": prompt,
              "schema": schema, "expect": {"json": expect}, "answers": answers, "safe": safe})


def open_probe(kind, *args, **kwargs):
    """A probe of an open finding (FINDINGS.md): generated only with --with-open, so the
    ctest keeps passing while it is worked on."""
    if WITH_OPEN:
        kind(*args, **kwargs)


def E(id, family, prompt, var, value, answers, report=None, safe=False, false_lines=None, notation=None):
    ex = {"var": var, "value": value}
    if notation:
        ex["notation"] = notation  # "markdown": check.py reads the working after plain_working
    if report:
        ex["report"] = report  # {"expression": "2x", "value": "10"}
    if false_lines:
        ex["false_lines"] = list(false_lines)  # lines the probe's author knows to be false for this request
    P.append({"id": id, "family": family, "task": "linear_equation", "prompt": prompt,
              "expect": ex, "answers": answers, "safe": safe})


def trim_round(prefix, found, arguable, needs, every=30, safe_every=10, chains=False):
    """A round's trim for ctest: sample_round(prefix, found, every, safe_every), then the requests a kept
    probe needs before it (`needs(id)`: the ids it builds on, e.g. the base of its pair; with `chains`,
    followed to their own as well), in the order the round made them; the arguable items left out."""
    every_probe = list(P)
    sample_round(prefix, found, every, safe_every=safe_every)
    sampled = [p["id"] for p in P if p["id"].startswith(prefix)]
    keep = set(sampled)
    stack = list(sampled)
    while stack:
        for n in needs(stack.pop()):
            if n not in keep:
                keep.add(n)
                if chains:
                    stack.append(n)
    P[:] = [p for p in every_probe if (not p["id"].startswith(prefix) or p["id"] in keep) and p["id"] not in arguable]


def sample_round(prefix, found, every, safe_every=1):
    """Keeps, of the probes whose id starts with `prefix`, the ones in `found` (what the round's tester
    confirmed alone, arguable ones too), every `safe_every`-th safe one (all by default) and every
    `every`-th of the rest (by a hash of the id, so the same ones each time): a round's held shapes keep a
    sample, its findings all of theirs. Set STEPCACHE_REDTEAM_FULL=1 to keep them all."""
    import os
    import zlib
    if os.environ.get("STEPCACHE_REDTEAM_FULL"):
        return
    P[:] = [p for p in P if not p["id"].startswith(prefix) or p["id"] in found
            or zlib.crc32(p["id"].encode()) % (safe_every if p["safe"] else every) == 0]
