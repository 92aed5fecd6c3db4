"""Red-team round 103 (black box, stepcache-s35): the rules added after rounds 100-102 attacked at
their edges: pointers and withheld values in other words, separators, identifiers joined to a
member's name, letter case in other words ("block letters", "in print"), notes and twins in other
languages, keys asking for a code of a named value. The tester wrote six probe files over shared
bases; their 660 distinct probes are kept as data in round103.json. Adds them to probe_kit.P."""
import json
import os

from probe_kit import P

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round103.json"), encoding="utf-8") as f:
    P.extend(json.load(f))
