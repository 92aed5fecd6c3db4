"""Red-team round 113 (black box, stepcache-s39): round 111's fixes attacked: allowed values in other cases,
forms, plurals and languages ("VANS", "vans only", "Deutsch"), synonyms of boolean members ("express" for
urgent, "bio" for organic, "B&B" for breakfast, "free of gluten"), statements without "it" ("Car is a van",
"Class -> van"), statements after the record, numbers in words ("3 boxes more", "double boxes"). What got
through: the plural of an allowed value, and a short statement of its own in the instruction or as a record
line ("; BIO.", "; express.", "; B&B.", "bio" under "Record:"). Kept as data (round113.json): its pair and
single sets, one probe per distinct prompt. Seven shapes are still open and generated only with --with-open:
a boolean's synonym in brackets or after a comma inside the main sentence ("as JSON (bio)", "as JSON, bio."),
before it ("Express: Extract ..."), or as the value of a field of no member ("Label: bio", "Service: express").
Adds them to probe_kit.P."""
import json
import os

import probe_kit
from probe_kit import P

# Open findings (FINDINGS.md, rounds 113-114): served from the cache or stored.
OPEN = {"d113-fl-w3-bio-paren", "d113-sh-w3-express-paren", "d113-sh-w3-exp-pre2", "d113-fl-w4-bio-comma",
        "d113-fl-w4-label-bio", "d113-sh-w4-svc-end", "d113-sh-w4-svc-after"}


def _open(probe_id):
    return any(probe_id == o or probe_id.startswith(o + "-") for o in OPEN)


with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round113.json"), encoding="utf-8") as f:
    P.extend(p for p in json.load(f) if probe_kit.WITH_OPEN or not _open(p["id"]))
