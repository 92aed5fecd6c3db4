"""Red-team round 110 (black box, stepcache-s37): a seeded generator (seed 110, 983 edit phrases in some
55 languages) over twelve records of its own: unit, scale and currency changes, per-unit and total asks,
corrections, retractions and hedges in the text, overrides in the instruction, safe greetings and reorders;
5,762 probes in thirteen waves. What got through: a line added inside the record, above its first field,
asking for a member per count ("Provide amount per item in this record.", "Report weight a piece for this
record.") reused the stored value; instructions that set a value or total a member ("Provide helmet as
false.", "Give the hourly rate for all hours.") let the model's stale answer be stored and served again.
Kept here as data (round110.json): the twelve bases, the 166 ids the tester judged clearly wrong from the
cache, and 700 of the others drawn with random.Random(110); the 73 the tester called arguable are left out.
Adds them to probe_kit.P."""
import json
import os

from probe_kit import P

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round110.json"), encoding="utf-8") as f:
    P.extend(json.load(f))
