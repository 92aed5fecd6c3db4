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


def E(id, family, prompt, var, value, answers, report=None, safe=False):
    ex = {"var": var, "value": value}
    if report:
        ex["report"] = report  # {"expression": "2x", "value": "10"}
    P.append({"id": id, "family": family, "task": "linear_equation", "prompt": prompt,
              "expect": ex, "answers": answers, "safe": safe})
