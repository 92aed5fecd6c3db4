#!/usr/bin/env python3
"""CPU time per instance of the Sourcemeta CLI's Blaze (`jsonschema validate
--benchmark --fast`), measured as `stepcache validate --stats` and ajv_bench.js
measure theirs: the CLI reports wall time per instance, which on a shared
machine mostly measures the scheduler, so the CLI is run twice (--loop LOW and
--loop HIGH) and the difference in the process's CPU time (user + system) is
divided by the extra validations. Parsing, compiling and start-up cancel out.

  blaze_cpu.py JSONSCHEMA_BIN SCHEMA INSTANCES.jsonl HIGH
Prints one JSON line: engine, instances, valid, validate_ns_per_instance,
wall_us_per_instance_reported.
"""
import json
import os
import re
import subprocess
import sys


def run(binary, schema, instances, loop):
    proc = subprocess.Popen([binary, "validate", schema, instances, "--benchmark", "--fast",
                             "--format-assertion", "--continue", "--loop", str(loop)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode("utf-8", "replace")
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime, out


def main():
    binary, schema, instances, high = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    low = max(1, high // 10)
    cpu_low, _ = run(binary, schema, instances, low)
    cpu_high, out = run(binary, schema, instances, high)
    lines = re.findall(r": (PASS|FAIL) ([0-9.]+) ", out)
    n = len(lines)
    print(json.dumps({
        "engine": "sourcemeta jsonschema (Blaze, --fast)",
        "instances": n,
        "valid": sum(1 for verdict, _ in lines if verdict == "PASS"),
        "validate_ns_per_instance": (cpu_high - cpu_low) * 1e9 / ((high - low) * n) if n else None,
        "wall_us_per_instance_reported": sum(float(us) for _, us in lines) / n if n else None,
    }))


if __name__ == "__main__":
    main()
