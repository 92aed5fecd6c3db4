"""Red-team round 111 (black box, stepcache-s38): round 110's fixes attacked in eight waves: lines added inside
the record in other verbs, no verb and eight languages, footnote markers, value overrides and totals in the
instruction ("treat helmet as not worn", "per head", "for the stay"); then what got through: an allowed value
of a member that is also a short common word ("it is a van", "; in de.", "; down."), read as no change and the
stored answer reused; statements of the record in the instruction ("it is not bio", "it has no gluten", "it is
urgent", "no gluten") and "It is a van." as a line of the record, whose stale answer was stored and served again;
fields of no member that name one ("Unit: box", "Payer: each diner, equally"). Kept as data (round111.json): the
probes of its fifteen pair and single sets, one per distinct prompt and schema. Adds them to probe_kit.P."""
import json
import os

from probe_kit import P

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round111.json"), encoding="utf-8") as f:
    P.extend(json.load(f))
