"""Red-team round 113 (black box, stepcache-s39): round 111's fixes attacked: allowed values in other cases,
forms, plurals and languages ("VANS", "vans only", "Deutsch"), synonyms of boolean members ("express" for
urgent, "bio" for organic, "B&B" for breakfast, "free of gluten"), statements without "it" ("Car is a van",
"Class -> van"), statements after the record, numbers in words ("3 boxes more", "double boxes"). What got
through: the plural of an allowed value, and a short statement of its own in the instruction or as a record
line ("; BIO.", "; express.", "; B&B.", "bio" under "Record:"). Kept as data (round113.json): its pair and
single sets, one probe per distinct prompt. Seven shapes stayed open until the session after it (a clause of
one word of its own: "as JSON (bio)", "as JSON, bio.", "Express: Extract ..."; with them "Label: bio",
"Service: express" under the same store) and are now in the set like the rest. Adds them to probe_kit.P."""
import json
import os

from probe_kit import P

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round113.json"), encoding="utf-8") as f:
    P.extend(json.load(f))
