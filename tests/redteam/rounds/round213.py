r"""Red-team round 213 (black box): ARRAY MEMBERS AND NESTED OBJECTS.
Focus: extraction whose schema holds an array (order lines, passengers, route stops, medications, tags, hotel rooms,
  ranked candidates) or nested objects (sender/recipient), and flat members beside or over the list (total, counts,
  first/last stop, top candidate, the one item of a one-item record), against the current rules (this stop's fixes of rounds 205-210).
2,874 probes (seeded random.Random(213); STEPCACHE_REDTEAM_FULL=1 keeps it whole):
  1,960 pair variants, 286 bases, 383 singles, 245 safe. 1,589 probes have an array in the answer, 240 nested objects
  without an array, 1,045 flat.
Part 1 (d213-b/v*/sf-): 7 array domains x 6 layouts each ("Label: v" lines, one-line "a | b" records, bullets, one line
  "Items: 2 x Coffee, 1 x Tea", "Stop 1:" / "Rank 1:" numbered lines, "A -> B" arrows, "#tag" hashtags, pipe tables,
  prose) x 1-3 items; variants add an item (inside or at the end), remove one, swap two, reverse the list, change one
  quantity/dose/room number, rename one, mark one "(cancelled)"/"(stopped)"/"(removed)"/"(withdrawn)", or cancel the
  only item and add another; the model's first answer is the base's answer (vst), or the base's array with the flat
  members right (vsa), or the array right with a flat member stale (vsl: total, passenger_count, tag_count, first/last
  stop, top_candidate). Part 2 (d213-s*-): singles whose first answer drops the last item, duplicates one, reverses the
  list, adds the "Previously ordered:" / "Previous booking:" / "Former stop (until May):" / "Old tags:" / "Last year's
  pick:" item (line below or above the record), keeps a cancelled item, adds a totals row ("Total", "Passengers: 2",
  "3 stops"), merges two items ("Coffee and Tea"), splits "3 x Coffee" into three items of 1, or gets a count, the
  total or the first/last/top member wrong beside a right array. Part 3 (d213-nb/nv/ns-): nested sender/recipient
  objects in 4 layouts (label lines, one line, indented "From:/To:" blocks, prose): the recipient's city, the two
  parties swapped, the cities swapped, another name, the box count, the same name twice; singles with the sender's city
  as the recipient's and a "Previous recipient city:" line. Part 3b (d213-cb/cv-): a nested customer beside an array
  and item_count. Part 4 (d213-fb/fv/fvp/fa-): the same lists under flat schemas (item/qty/total, passenger +
  passenger_count, first_stop/last_stop, medication/dose_mg, tag/tag_count, room_number/room_type, top_candidate) with
  the same changes, a previous-item line above or below, and the list added to the schema. Part R (d213-rb/rv/ra-): the
  stored one-item records, a line added that changes the item ("Substitution: Tea", "Replaced by:", "Sent instead:",
  "Ersatzartikel:", "Erstattet med:", "Remplacé par :", 10 in all), the quantity ("Qty (amended): 4", "Final qty:",
  5), a return ("Returned: 1", arguable), a cancelled item and a new one, a new dose ("Dose reduced to: 200 mg", "Ny
  dose:", "Dosis geändert:", 7), a switch ("Switched to: Paracetamol 500 mg", 3), a retag ("Tag changed to:", 5), with
  the record's other member the same or changed (to force the patch path). Part E (d213-eb/ev-): in-field edits of the
  stored one-item record ("Item: Latte -> Tea", "Tea (was Latte)", "~~Latte~~ Tea", "Tea instead of Latte", "Latte
  (replaced by Tea)", "Latte / Tea (second is final)", "Dose: 400 mg -> 200 mg", "Medication: X (was Y)", "Tag: a ->
  b"). Part S (d213-sb/sv-): the same instruction with the list added to a stored flat record's schema (patch path),
  the text the same, a second item, the item cancelled, a new first item, a medication "(stopped)".
HELD, all of it: nothing wrong from the cache in either run (0 on path=reuse, 0 KEPT-FROM-CACHE). No answer holding an
  array or a nested object was stored (0 of 66 store entries; all 1,589 array probes and 240 nested probes on path=skip
  in both runs), so every dropped, added, duplicated, reordered, merged, split, cancelled, totals-row and
  previously-ordered item was served fresh only. Only flat one-item records in "Label: value" lines or one-line records
  were stored (order item/qty/total, medication/dose_mg, tag/tag_count; booking, route, hotel and shortlist flat bases
  never: "the text's 'Passenger' is an identifier, and the member a count", "the request asks for its first one",
  several records). Their variants: a renamed item or changed quantity/dose was rewritten right or patched right (21
  reuse / 28 patch in run 1, all right); every added line of part R (substitution, amended quantity, new dose, switch,
  retag, cancelled + new item), every in-field edit of part E and every schema change of part S failed every member
  (failing_fraction 1.0 -> skip; 0 kept). Safe on reuse: 9/245 (run 1), 9/245 (run 2): list records are not stored,
  so their safe variants are fresh.
WHAT GOT THROUGH from the cache: nothing. Counts from the cache: run 1 0 (0 reuse, 0 kept), run 2 0; alone: no item to
  confirm (R213_ALONE=1 keeps 0 probes); 0 clear, 0 arguable.
Wrong answers served FRESH (the lesser matter; never stored): 357 in run 1, 364 in run 2, all path=skip, mostly the
  model's stale or mistaken array accepted:
  - an item dropped: "Patient: Jon Strand / Medication: Ibuprofen / Dose: 400 mg / Medication: Metformin / Dose: 850 mg"
    -> medications [Metformin 850] only; "Room: 373 / ... / Room: 362 / Type: single" -> the last room left out;
  - a stopped/cancelled item kept: "Medication: Omeprazole (stopped) / ... / Medication: Paracetamol" -> both;
    "Medication: Metformin (stopped) ... Atorvastatin" -> [Metformin 850];
  - order swapped: "Room: 251 / Type: double / Room: 264 / Type: family" -> rooms [264, 251];
  - a previous item added: "Last year's pick: Ann Berg / Position: Welder / Rank 1: Lars Fjeld" -> ranked ["Lars
    Fjeld", "Ann Berg"];
  - nested members from the other party: "Sender: Dag Moe / Sender city: Molde / Recipient: Ida Holm / Recipient
    city: Stavanger" -> sender {Ida Holm, Stavanger}, recipient {Dag Moe, Molde} (the two objects swapped, accepted);
    recipient city = the sender's city accepted;
  - flat: "Item: Bagel | Qty: 2 | Substitution: Tea" -> item "Bagel"; "Item: Latte / Tea (second is final)" -> "Latte";
    "Dose: 400 mg, reduced to 200 mg" -> 400.
  Cost seen: 1,801 / 1,794 right answers refused (errors) in runs 1 / 2, mostly arrays over several items ("the request
  selects one record, but the text marks no records", "the text holds 2 records").
Adds its probes to probe_kit.P."""
import copy
import random as r213_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r213_random.Random(213)
r213_found_alone = set()
r213_arguable = set()
r213_meta = {}
r213_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r213_n = [0]
r213_prompts = set()


def r213_add(tag, kind, prompt, schema, expect, answers, safe=False, base=None, note=""):
    key = prompt + "\x00" + repr(sorted(schema["properties"]))
    if key in r213_prompts:
        return None
    r213_prompts.add(key)
    r213_n[0] += 1
    pid = "d213-%s-%d" % (tag, r213_n[0])
    J(pid, "r213_" + kind, prompt, schema, expect, answers, safe=safe)
    r213_counts[kind] += 1
    r213_meta[pid] = {"base": base, "note": note}
    return pid


STR = {"type": "string"}
INT = {"type": "integer"}
NUM = {"type": "number"}


def arr(items):
    return {"type": "array", "items": items}


def obj(props):
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


FOODS = [("Coffee", 3.50), ("Tea", 3.00), ("Cinnamon Bun", 4.25), ("Bagel", 2.75), ("Orange Juice", 3.80),
         ("Croissant", 2.90), ("Muffin", 3.10), ("Latte", 4.40), ("Scone", 2.60), ("Hot Chocolate", 3.95)]
PEOPLE = ["Ann Berg", "Bo Lind", "Cora Dahl", "Dag Moe", "Eva Lund", "Finn Aas", "Gro Vik", "Hans Eide", "Ida Holm",
          "Jon Strand", "Kari Nes", "Lars Fjeld"]
STOPS = ["Oslo", "Drammen", "Kongsberg", "Notodden", "Bø", "Skien", "Porsgrunn", "Larvik", "Sandefjord", "Tønsberg"]
MEDS = [("Ibuprofen", 400), ("Paracetamol", 500), ("Amoxicillin", 250), ("Metformin", 850), ("Atorvastatin", 20),
        ("Lisinopril", 10), ("Omeprazole", 40), ("Sertraline", 50)]
TAGS = ["billing", "urgent", "refund", "login", "shipping", "bug", "feature", "vip", "duplicate", "invoice"]
ROOMTYPES = ["single", "double", "twin", "suite", "family"]
CITIES = ["Bergen", "Tromsø", "Stavanger", "Trondheim", "Ålesund", "Bodø", "Molde", "Hamar"]


def money(x):
    return "%.2f" % x


# ------------------------------------------------------------------ domains
# Each domain: make(rng) -> record; render(rec, layout) -> text; expect(rec) -> json; schema; instruction.
# An item in rec["items"] is a dict; rendered per domain.

class Dom:
    ordered = False


class Order(Dom):
    name = "order"
    schema = S({"order_id": "string", "items": arr(obj({"name": STR, "qty": INT})), "total": "number"},
               {"items": "the ordered items with their quantities", "total": "order total in EUR"})
    instr = ["Extract the order as JSON: order_id, items (name and qty of each line) and total.",
             "Return JSON with the order id, the items ordered (name, qty) and the total."]
    layouts = ["LN", "OL", "BU", "IN", "PR", "TB"]

    def make(self, rng, n):
        picks = rng.sample(FOODS, n)
        return {"id": "A%d" % rng.randint(1000, 9999),
                "items": [{"name": f, "qty": rng.randint(1, 4), "price": p} for f, p in picks]}

    def total(self, rec):
        return round(sum(i["qty"] * i["price"] for i in rec["items"] if not i.get("x")), 2)

    def expect(self, rec):
        return {"order_id": rec["id"], "items": [{"name": i["name"], "qty": i["qty"]} for i in rec["items"]
                                                 if not i.get("x")], "total": self.total(rec)}

    def render(self, rec, lay):
        its = rec["items"]
        tot = money(self.total(rec))
        def tag(i):
            return " (cancelled)" if i.get("x") else ""
        if lay == "LN":
            s = "Order: %s\n" % rec["id"]
            for i in its:
                s += "Item: %s%s\nQty: %d\n" % (i["name"], tag(i), i["qty"])
            return s + "Total: %s EUR\n" % tot
        if lay == "OL":
            return "Order: %s | " % rec["id"] + " | ".join("Item: %s%s | Qty: %d" % (i["name"], tag(i), i["qty"])
                                                          for i in its) + " | Total: %s EUR\n" % tot
        if lay == "BU":
            return "Order %s\nItems:\n" % rec["id"] + "".join("- %d x %s%s\n" % (i["qty"], i["name"], tag(i))
                                                             for i in its) + "Total: %s EUR\n" % tot
        if lay == "IN":
            return "Order: %s\nItems: %s\nTotal: %s EUR\n" % (
                rec["id"], ", ".join("%d x %s%s" % (i["qty"], i["name"], tag(i)) for i in its), tot)
        if lay == "TB":
            return "Order: %s\n| Item | Qty |\n|---|---|\n" % rec["id"] + "".join(
                "| %s%s | %d |\n" % (i["name"], tag(i), i["qty"]) for i in its) + "Total: %s EUR\n" % tot
        # prose
        parts = []
        for i in its:
            parts.append("%d %s%s" % (i["qty"], i["name"], " (later cancelled)" if i.get("x") else ""))
        return "Order %s: the customer ordered %s, for a total of %s EUR.\n" % (rec["id"], " and ".join(parts), tot)

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        f, p = rng.choice([x for x in FOODS if x[0] not in have])
        return {"name": f, "qty": rng.randint(1, 4), "price": p}

    def change_qty(self, rng, item):
        item["qty"] = rng.choice([q for q in range(1, 6) if q != item["qty"]])

    def rename(self, rng, rec, item):
        have = {i["name"] for i in rec["items"]}
        f, p = rng.choice([x for x in FOODS if x[0] not in have])
        item["name"], item["price"] = f, p

    def prev_line(self, item):
        return "Previously ordered: %d x %s\n" % (item["qty"], item["name"])

    def total_item(self, rec):
        return {"name": "Total", "qty": len(rec["items"])}


class Booking(Dom):
    name = "booking"
    schema = S({"booking_ref": "string", "passengers": arr(STR), "passenger_count": "integer"},
               {"passengers": "full names of the passengers"})
    instr = ["Extract the booking as JSON: booking_ref, passengers (their names) and passenger_count.",
             "Give me JSON with the booking reference, the list of passengers and how many there are."]
    layouts = ["LN", "OL", "BU", "IN", "PR", "NU"]

    def make(self, rng, n):
        return {"id": "%s%d" % (rng.choice(["K7", "QX", "LM", "ZP"]), rng.randint(1000, 9999)),
                "items": [{"name": p} for p in rng.sample(PEOPLE, n)]}

    def live(self, rec):
        return [i for i in rec["items"] if not i.get("x")]

    def expect(self, rec):
        lv = self.live(rec)
        return {"booking_ref": rec["id"], "passengers": [i["name"] for i in lv], "passenger_count": len(lv)}

    def render(self, rec, lay):
        its = rec["items"]
        cnt = len(self.live(rec))
        def tag(i):
            return " (cancelled)" if i.get("x") else ""
        if lay == "LN":
            return "Booking ref: %s\n" % rec["id"] + "".join("Passenger: %s%s\n" % (i["name"], tag(i)) for i in its) + \
                "Passengers: %d\n" % cnt
        if lay == "OL":
            return "Booking ref: %s | " % rec["id"] + " | ".join("Passenger: %s%s" % (i["name"], tag(i)) for i in its) + \
                " | Passengers: %d\n" % cnt
        if lay == "BU":
            return "Booking %s\nPassengers (%d):\n" % (rec["id"], cnt) + "".join("- %s%s\n" % (i["name"], tag(i))
                                                                            for i in its)
        if lay == "IN":
            return "Booking ref: %s\nTravellers: %s\nNumber of passengers: %d\n" % (
                rec["id"], ", ".join(i["name"] + tag(i) for i in its), cnt)
        if lay == "NU":
            return "Booking ref: %s\n" % rec["id"] + "".join("Passenger %d: %s%s\n" % (k + 1, i["name"], tag(i))
                                                            for k, i in enumerate(its)) + "Total passengers: %d\n" % cnt
        names = [i["name"] + (" (who later cancelled)" if i.get("x") else "") for i in its]
        return "Booking %s is for %s; %d passenger%s in all.\n" % (rec["id"], " and ".join(names), cnt,
                                                                  "" if cnt == 1 else "s")

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        return {"name": rng.choice([p for p in PEOPLE if p not in have])}

    change_qty = None

    def rename(self, rng, rec, item):
        have = {i["name"] for i in rec["items"]}
        item["name"] = rng.choice([p for p in PEOPLE if p not in have])

    def prev_line(self, item):
        return "Previous booking: %s\n" % item["name"]

    def total_item(self, rec):
        return {"name": "Passengers: %d" % len(rec["items"])}


class Route(Dom):
    name = "route"
    ordered = True
    schema = S({"route": "string", "stops": arr(STR), "first_stop": "string", "last_stop": "string"},
               {"stops": "the stops in travel order"})
    instr = ["Extract the route as JSON: route, stops (in order), first_stop and last_stop.",
             "Return the bus route as JSON with its name, its stops in order, the first and the last stop."]
    layouts = ["LN", "OL", "NU", "IN", "AR", "PR"]

    def make(self, rng, n):
        return {"id": "Bus %d" % rng.randint(10, 299), "items": [{"name": s} for s in rng.sample(STOPS, n)]}

    def live(self, rec):
        return [i for i in rec["items"] if not i.get("x")]

    def expect(self, rec):
        lv = [i["name"] for i in self.live(rec)]
        return {"route": rec["id"], "stops": lv, "first_stop": lv[0] if lv else None,
                "last_stop": lv[-1] if lv else None}

    def render(self, rec, lay):
        its = rec["items"]
        def tag(i):
            return " (cancelled)" if i.get("x") else ""
        if lay == "LN":
            return "Route: %s\n" % rec["id"] + "".join("Stop: %s%s\n" % (i["name"], tag(i)) for i in its)
        if lay == "OL":
            return "Route: %s | " % rec["id"] + " | ".join("Stop: %s%s" % (i["name"], tag(i)) for i in its) + "\n"
        if lay == "NU":
            return "Route: %s\n" % rec["id"] + "".join("Stop %d: %s%s\n" % (k + 1, i["name"], tag(i))
                                                      for k, i in enumerate(its))
        if lay == "IN":
            return "Route: %s\nStops: %s\n" % (rec["id"], ", ".join(i["name"] + tag(i) for i in its))
        if lay == "AR":
            return "Route: %s\nStops: %s\n" % (rec["id"], " -> ".join(i["name"] + tag(i) for i in its))
        names = [i["name"] + (" (stop cancelled)" if i.get("x") else "") for i in its]
        if len(names) == 1:
            return "%s runs from the depot and calls only at %s.\n" % (rec["id"], names[0])
        return "%s starts at %s, then calls at %s and ends at %s.\n" % (
            rec["id"], names[0], ", ".join(names[1:-1]) or "no other stops", names[-1])

    new_item = Booking.new_item

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        return {"name": rng.choice([p for p in STOPS if p not in have])}

    change_qty = None

    def rename(self, rng, rec, item):
        have = {i["name"] for i in rec["items"]}
        item["name"] = rng.choice([p for p in STOPS if p not in have])

    def prev_line(self, item):
        return "Former stop (until May): %s\n" % item["name"]

    def total_item(self, rec):
        return {"name": "%d stops" % len(rec["items"])}


class Rx(Dom):
    name = "rx"
    schema = S({"patient": "string", "medications": arr(obj({"name": STR, "dose_mg": INT}))},
               {"medications": "current medications with dose in mg"})
    instr = ["Extract the prescription as JSON: patient and medications (name, dose_mg).",
             "Please return JSON with the patient's name and each medication with its dose in mg."]
    layouts = ["LN", "OL", "BU", "IN", "PR", "TB"]

    def make(self, rng, n):
        return {"id": rng.choice(PEOPLE), "items": [{"name": m, "qty": d} for m, d in rng.sample(MEDS, n)]}

    def expect(self, rec):
        return {"patient": rec["id"], "medications": [{"name": i["name"], "dose_mg": i["qty"]} for i in rec["items"]
                                                      if not i.get("x")]}

    def render(self, rec, lay):
        its = rec["items"]
        def tag(i):
            return " (stopped)" if i.get("x") else ""
        if lay == "LN":
            return "Patient: %s\n" % rec["id"] + "".join("Medication: %s%s\nDose: %d mg\n" % (i["name"], tag(i), i["qty"])
                                                        for i in its)
        if lay == "OL":
            return "Patient: %s | " % rec["id"] + " | ".join("Medication: %s%s | Dose: %d mg" % (i["name"], tag(i), i["qty"])
                                                            for i in its) + "\n"
        if lay == "BU":
            return "Patient: %s\nMedications:\n" % rec["id"] + "".join("- %s %d mg%s\n" % (i["name"], i["qty"], tag(i))
                                                                      for i in its)
        if lay == "IN":
            return "Patient: %s\nMedications: %s\n" % (rec["id"], ", ".join("%s %d mg%s" % (i["name"], i["qty"], tag(i))
                                                                           for i in its))
        if lay == "TB":
            return "Patient: %s\n| Medication | Dose (mg) |\n|---|---|\n" % rec["id"] + "".join(
                "| %s%s | %d |\n" % (i["name"], tag(i), i["qty"]) for i in its)
        parts = ["%s %d mg%s" % (i["name"], i["qty"], " (now stopped)" if i.get("x") else "") for i in its]
        return "%s takes %s.\n" % (rec["id"], " and ".join(parts))

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        m, d = rng.choice([x for x in MEDS if x[0] not in have])
        return {"name": m, "qty": d}

    def change_qty(self, rng, item):
        item["qty"] = rng.choice([d for d in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if d != item["qty"]])

    def rename(self, rng, rec, item):
        have = {i["name"] for i in rec["items"]}
        item["name"] = rng.choice([m for m, d in MEDS if m not in have])

    def prev_line(self, item):
        return "Previously prescribed: %s %d mg\n" % (item["name"], item["qty"])

    def total_item(self, rec):
        return {"name": "Total daily", "dose_mg": sum(i["qty"] for i in rec["items"])}


class Ticket(Dom):
    name = "ticket"
    schema = S({"ticket_id": "string", "tags": arr(STR), "tag_count": "integer"})
    instr = ["Extract the ticket as JSON: ticket_id, tags and tag_count.",
             "Return JSON with the support ticket's id, its tags and the number of tags."]
    layouts = ["LN", "OL", "IN", "BU", "HS", "PR"]

    def make(self, rng, n):
        return {"id": "T-%d" % rng.randint(10000, 99999), "items": [{"name": t} for t in rng.sample(TAGS, n)]}

    def live(self, rec):
        return [i for i in rec["items"] if not i.get("x")]

    def expect(self, rec):
        lv = self.live(rec)
        return {"ticket_id": rec["id"], "tags": [i["name"] for i in lv], "tag_count": len(lv)}

    def render(self, rec, lay):
        its = rec["items"]
        cnt = len(self.live(rec))
        def tag(i):
            return " (removed)" if i.get("x") else ""
        if lay == "LN":
            return "Ticket: %s\n" % rec["id"] + "".join("Tag: %s%s\n" % (i["name"], tag(i)) for i in its) + \
                "Tag count: %d\n" % cnt
        if lay == "OL":
            return "Ticket: %s | " % rec["id"] + " | ".join("Tag: %s%s" % (i["name"], tag(i)) for i in its) + \
                " | Tag count: %d\n" % cnt
        if lay == "IN":
            return "Ticket: %s\nTags: %s\nTag count: %d\n" % (rec["id"], ", ".join(i["name"] + tag(i) for i in its), cnt)
        if lay == "BU":
            return "Ticket %s\nTags (%d):\n" % (rec["id"], cnt) + "".join("- %s%s\n" % (i["name"], tag(i)) for i in its)
        if lay == "HS":
            return "Ticket: %s\nTags: %s\nTag count: %d\n" % (rec["id"], " ".join("#" + i["name"] + tag(i) for i in its),
                                                            cnt)
        names = [i["name"] + (" (since removed)" if i.get("x") else "") for i in its]
        return "Ticket %s was tagged %s (%d tag%s).\n" % (rec["id"], " and ".join(names), cnt, "" if cnt == 1 else "s")

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        return {"name": rng.choice([p for p in TAGS if p not in have])}

    change_qty = None

    def rename(self, rng, rec, item):
        have = {i["name"] for i in rec["items"]}
        item["name"] = rng.choice([p for p in TAGS if p not in have])

    def prev_line(self, item):
        return "Old tags: %s\n" % item["name"]

    def total_item(self, rec):
        return {"name": "Tag count: %d" % len(rec["items"])}


class Hotel(Dom):
    name = "hotel"
    schema = S({"guest": "string", "rooms": arr(obj({"number": INT, "type": STR}))})
    instr = ["Extract the reservation as JSON: guest and rooms (number and type of each).",
             "Give JSON with the guest's name and the rooms booked, each with its number and type."]
    layouts = ["LN", "OL", "BU", "IN", "PR", "TB"]

    def make(self, rng, n):
        nums = rng.sample(range(101, 460), n)
        return {"id": rng.choice(PEOPLE), "items": [{"name": rng.choice(ROOMTYPES), "qty": k} for k in nums]}

    def expect(self, rec):
        return {"guest": rec["id"], "rooms": [{"number": i["qty"], "type": i["name"]} for i in rec["items"]
                                              if not i.get("x")]}

    def render(self, rec, lay):
        its = rec["items"]
        def tag(i):
            return " (cancelled)" if i.get("x") else ""
        if lay == "LN":
            return "Guest: %s\n" % rec["id"] + "".join("Room: %d\nType: %s%s\n" % (i["qty"], i["name"], tag(i))
                                                      for i in its)
        if lay == "OL":
            return "Guest: %s | " % rec["id"] + " | ".join("Room: %d | Type: %s%s" % (i["qty"], i["name"], tag(i))
                                                          for i in its) + "\n"
        if lay == "BU":
            return "Guest: %s\nRooms:\n" % rec["id"] + "".join("- Room %d (%s)%s\n" % (i["qty"], i["name"], tag(i))
                                                              for i in its)
        if lay == "IN":
            return "Guest: %s\nRooms: %s\n" % (rec["id"], ", ".join("%d %s%s" % (i["qty"], i["name"], tag(i)) for i in its))
        if lay == "TB":
            return "Guest: %s\n| Room | Type |\n|---|---|\n" % rec["id"] + "".join(
                "| %d | %s%s |\n" % (i["qty"], i["name"], tag(i)) for i in its)
        parts = ["%s room %d%s" % (i["name"], i["qty"], " (since cancelled)" if i.get("x") else "") for i in its]
        return "%s has booked the %s.\n" % (rec["id"], " and the ".join(parts))

    def new_item(self, rng, rec):
        have = {i["qty"] for i in rec["items"]}
        return {"name": rng.choice(ROOMTYPES), "qty": rng.choice([k for k in range(101, 460) if k not in have])}

    def change_qty(self, rng, item):
        item["qty"] = item["qty"] + rng.choice([1, 2, 100, -1])

    def rename(self, rng, rec, item):
        item["name"] = rng.choice([t for t in ROOMTYPES if t != item["name"]])

    def prev_line(self, item):
        return "Previous stay: room %d (%s)\n" % (item["qty"], item["name"])

    def total_item(self, rec):
        return {"number": len(rec["items"]), "type": "total"}


class Shortlist(Dom):
    name = "shortlist"
    ordered = True
    schema = S({"position": "string", "ranked_candidates": arr(STR), "top_candidate": "string"},
               {"ranked_candidates": "candidates from best to worst"})
    instr = ["Extract the shortlist as JSON: position, ranked_candidates (best first) and top_candidate.",
             "Return JSON with the position, the candidates in rank order and the top candidate."]
    layouts = ["NU", "LN", "IN", "OL", "PR", "BU"]

    def make(self, rng, n):
        return {"id": rng.choice(["Data Engineer", "Nurse", "Welder", "Accountant", "Chef", "Pilot"]),
                "items": [{"name": p} for p in rng.sample(PEOPLE, n)]}

    def live(self, rec):
        return [i for i in rec["items"] if not i.get("x")]

    def expect(self, rec):
        lv = [i["name"] for i in self.live(rec)]
        return {"position": rec["id"], "ranked_candidates": lv, "top_candidate": lv[0] if lv else None}

    def render(self, rec, lay):
        its = rec["items"]
        def tag(i):
            return " (withdrawn)" if i.get("x") else ""
        if lay == "NU":
            return "Position: %s\n" % rec["id"] + "".join("Rank %d: %s%s\n" % (k + 1, i["name"], tag(i))
                                                         for k, i in enumerate(its))
        if lay == "LN":
            return "Position: %s\n" % rec["id"] + "".join("Candidate: %s%s\n" % (i["name"], tag(i)) for i in its)
        if lay == "IN":
            return "Position: %s\nRanking: %s\n" % (rec["id"], " > ".join(i["name"] + tag(i) for i in its))
        if lay == "OL":
            return "Position: %s | " % rec["id"] + " | ".join("%d. %s%s" % (k + 1, i["name"], tag(i))
                                                             for k, i in enumerate(its)) + "\n"
        if lay == "BU":
            return "Position: %s\nShortlist (best first):\n" % rec["id"] + "".join("- %s%s\n" % (i["name"], tag(i))
                                                                                   for i in its)
        names = [i["name"] + (" (who has withdrawn)" if i.get("x") else "") for i in its]
        if len(names) == 1:
            return "For the %s position only %s made the shortlist.\n" % (rec["id"], names[0])
        return "For the %s position the panel ranked %s first, followed by %s.\n" % (rec["id"], names[0],
                                                                                      ", then ".join(names[1:]))

    def new_item(self, rng, rec):
        have = {i["name"] for i in rec["items"]}
        return {"name": rng.choice([p for p in PEOPLE if p not in have])}

    change_qty = None
    rename = Booking.rename

    def prev_line(self, item):
        return "Last year's pick: %s\n" % item["name"]

    def total_item(self, rec):
        return {"name": "%d candidates" % len(rec["items"])}


DOMS = [Order(), Booking(), Route(), Rx(), Ticket(), Hotel(), Shortlist()]


def prompt_of(dom, instr, text, intro="Text:"):
    return "%s\n\n%s\n%s" % (instr, intro, text)


# ------------------------------------------------------------------ pairs, singles, safe
def mutate(dom, rng, rec, op):
    """A changed copy of rec, or None when the op does not apply."""
    v = copy.deepcopy(rec)
    its = v["items"]
    if op == "add":
        its.insert(rng.randint(0, len(its)), dom.new_item(rng, v))
    elif op == "addend":
        its.append(dom.new_item(rng, v))
    elif op == "remove":
        if len(its) < 2:
            return None
        its.pop(rng.randrange(len(its)))
    elif op == "reorder":
        if len(its) < 2:
            return None
        a, b = rng.sample(range(len(its)), 2)
        its[a], its[b] = its[b], its[a]
    elif op == "reverse":
        if len(its) < 2:
            return None
        its.reverse()
    elif op == "qty":
        if dom.change_qty is None:
            return None
        dom.change_qty(rng, rng.choice(its))
    elif op == "rename":
        dom.rename(rng, v, rng.choice(its))
    elif op == "cancel":
        if len(its) < 2:
            its.append(dom.new_item(rng, v))
            its[0]["x"] = True
        else:
            rng.choice(its)["x"] = True
    elif op == "replace":  # the only item cancelled, another in its place (1-item base)
        its[0]["x"] = True
        its.append(dom.new_item(rng, v))
    else:
        raise ValueError(op)
    return v


def stale_mix(dom, base_exp, right):
    """The base answer with the flat members right (only the array stale) -- a second stale shape."""
    out = dict(right)
    for k, val in base_exp.items():
        if isinstance(val, list):
            out[k] = val
    return out


def stale_flat(dom, base_exp, right):
    """The array right, a flat member stale."""
    out = dict(right)
    for k, val in base_exp.items():
        if not isinstance(val, list):
            out[k] = val
    return out


OPS = ["add", "addend", "remove", "reorder", "reverse", "qty", "rename", "cancel", "replace"]


def gen_pairs(dom, lay, n_items, rng):
    rec = dom.make(rng, n_items)
    instr = rng.choice(dom.instr)
    base_exp = dom.expect(rec)
    bp = prompt_of(dom, instr, dom.render(rec, lay))
    bid = r213_add("b", "base", bp, dom.schema, base_exp, [base_exp])
    if bid is None:
        return
    # safe variants
    for sp in [rng.choice([prompt_of(dom, instr + " Thanks!", dom.render(rec, lay)),
                           prompt_of(dom, "Please " + instr[0].lower() + instr[1:], dom.render(rec, lay))])]:
        r213_add("sf", "safe", sp, dom.schema, base_exp, [base_exp], safe=True, base=bid)
    for op in OPS:
        if (op in ("reorder", "reverse")) and not dom.ordered and n_items > 1:
            pass  # still generated: order of lines in an order is arguable, judged later
        v = mutate(dom, rng, rec, op)
        if v is None:
            continue
        right = dom.expect(v)
        if right == base_exp:
            continue
        vp = prompt_of(dom, instr, dom.render(v, lay))
        shapes = [("st", base_exp)]
        sm = stale_mix(dom, base_exp, right)
        if sm != right and sm != base_exp:
            shapes.append(("sa", sm))
        sf = stale_flat(dom, base_exp, right)
        if sf != right and sf != base_exp:
            shapes.append(("sl", sf))
        first = rng.choice(shapes)
        r213_add("v" + first[0], "pair", vp, dom.schema, right, [first[1], right, right], base=bid,
                 note="%s/%s/%s/%d" % (dom.name, lay, op, n_items))


def gen_singles(dom, lay, n_items, rng):
    rec = dom.make(rng, n_items)
    instr = rng.choice(dom.instr)
    right = dom.expect(rec)
    arrk = [k for k, v in right.items() if isinstance(v, list)][0]
    text = dom.render(rec, lay)
    cases = []
    lst = right[arrk]
    # drop one
    if len(lst) >= 1:
        w = copy.deepcopy(right)
        w[arrk] = lst[:-1]
        cases.append(("drop", text, w))
    # duplicate one
    w = copy.deepcopy(right)
    w[arrk] = lst + [copy.deepcopy(lst[-1])]
    cases.append(("dup", text, w))
    # reorder
    if len(lst) >= 2:
        w = copy.deepcopy(right)
        w[arrk] = list(reversed(lst))
        cases.append(("rev", text, w))
    # previously ordered / old line added by the model
    old = dom.new_item(rng, rec)
    rec2 = copy.deepcopy(rec)
    rec2["items"].append(old)
    wrong_with_old = dom.expect(rec2)
    t2 = text + dom.prev_line(old)
    cases.append(("prev", t2, wrong_with_old, right))
    # the old item written first
    t2b = dom.prev_line(old) + text
    cases.append(("prevtop", t2b, wrong_with_old, right))
    # cancelled kept
    rec3 = copy.deepcopy(rec)
    x = dom.new_item(rng, rec3)
    x["x"] = True
    rec3["items"].insert(rng.randint(0, len(rec3["items"])), x)
    right3 = dom.expect(rec3)
    rec3k = copy.deepcopy(rec3)
    for i in rec3k["items"]:
        i.pop("x", None)
    wrong3 = dom.expect(rec3k)
    cases.append(("cxl", dom.render(rec3, lay), wrong3, right3))
    # a totals/count line as an item
    w = copy.deepcopy(right)
    w[arrk] = lst + [dom.total_item(rec)]
    try:
        cases.append(("totrow", text, w))
    except Exception:
        pass
    # merged two items
    if len(lst) >= 2 and isinstance(lst[0], str):
        w = copy.deepcopy(right)
        w[arrk] = [lst[0] + " and " + lst[1]] + lst[2:]
        cases.append(("merge", text, w))
    if len(lst) >= 2 and isinstance(lst[0], dict) and "name" in lst[0]:
        w = copy.deepcopy(right)
        m = dict(lst[0])
        m["name"] = lst[0]["name"] + " and " + lst[1]["name"]
        w[arrk] = [m] + lst[2:]
        cases.append(("merge", text, w))
    # split "2 x Coffee" into two items of 1
    if isinstance(lst[0], dict) and "qty" in lst[0]:
        big = [i for i in lst if i["qty"] >= 2]
        if big:
            w = copy.deepcopy(right)
            new = []
            for i in lst:
                if i is big[0]:
                    new += [{"name": i["name"], "qty": 1} for _ in range(i["qty"])]
                else:
                    new.append(i)
            w[arrk] = new
            cases.append(("split", text, w))
    # flat member stale / wrong beside a right array
    for k, val in right.items():
        if isinstance(val, int) and not isinstance(val, bool) and k != arrk:
            w = copy.deepcopy(right)
            w[k] = val + 1
            cases.append(("cnt", text, w))
        if k in ("last_stop", "top_candidate", "first_stop") and len(lst) >= 2:
            w = copy.deepcopy(right)
            w[k] = lst[-1] if k != "last_stop" else lst[0]
            cases.append(("end", text, w))
        if k == "total":
            w = copy.deepcopy(right)
            w[k] = round(val - lst[-1]["qty"] * [p for f, p in FOODS if f == lst[-1]["name"]][0], 2)
            cases.append(("tot", text, w))
    for c in cases:
        tag, t, wrong = c[0], c[1], c[2]
        r = c[3] if len(c) > 3 else right
        if wrong == r:
            continue
        r213_add("s" + tag, "single", prompt_of(dom, instr, t), dom.schema, r, [wrong, r, r],
                 note="%s/%s/%s/%d" % (dom.name, lay, tag, n_items))
    # the right answer too, with one-item singles only, to see what is stored
    r213_add("sr", "single", prompt_of(dom, instr, t2), dom.schema, right, [right],
             note="%s/%s/rightprev/%d" % (dom.name, lay, n_items))


# ------------------------------------------------------------------ nested objects (no array)
SHIP = S({"shipment_id": "string",
          "sender": obj({"name": STR, "city": STR}),
          "recipient": obj({"name": STR, "city": STR}),
          "boxes": "integer"})
SHIP_INSTR = ["Extract the shipment as JSON: shipment_id, sender (name, city), recipient (name, city) and boxes.",
              "Return JSON for the consignment: its id, the sender and recipient (each name and city) and the box count."]


def ship_render(s, lay):
    if lay == "LN":
        return ("Shipment: %(id)s\nSender: %(sn)s\nSender city: %(sc)s\nRecipient: %(rn)s\nRecipient city: %(rc)s\n"
                "Boxes: %(b)d\n") % s
    if lay == "OL":
        return "Shipment: %(id)s | Sender: %(sn)s, %(sc)s | Recipient: %(rn)s, %(rc)s | Boxes: %(b)d\n" % s
    if lay == "BL":
        return ("Shipment %(id)s\nFrom:\n  Name: %(sn)s\n  City: %(sc)s\nTo:\n  Name: %(rn)s\n  City: %(rc)s\n"
                "Boxes: %(b)d\n") % s
    return "Shipment %(id)s: %(b)d boxes sent by %(sn)s in %(sc)s to %(rn)s in %(rc)s.\n" % s


def ship_exp(s):
    return {"shipment_id": s["id"], "sender": {"name": s["sn"], "city": s["sc"]},
            "recipient": {"name": s["rn"], "city": s["rc"]}, "boxes": s["b"]}


def gen_ship(lay, rng):
    a, b = rng.sample(PEOPLE, 2)
    c1, c2 = rng.sample(CITIES, 2)
    s = {"id": "SH-%d" % rng.randint(1000, 9999), "sn": a, "sc": c1, "rn": b, "rc": c2, "b": rng.randint(2, 9)}
    instr = rng.choice(SHIP_INSTR)
    be = ship_exp(s)
    bid = r213_add("nb", "base", prompt_of(None, instr, ship_render(s, lay)), SHIP, be, [be])
    if bid is None:
        return
    r213_add("nsf", "safe", prompt_of(None, instr + " Thanks!", ship_render(s, lay)), SHIP, be, [be], safe=True,
             base=bid)
    vs = []
    v = dict(s); v["rc"] = rng.choice([c for c in CITIES if c not in (s["sc"], s["rc"])]); vs.append(("rcity", v))
    v = dict(s); v["sn"], v["rn"], v["sc"], v["rc"] = s["rn"], s["sn"], s["rc"], s["sc"]; vs.append(("swap", v))
    v = dict(s); v["rc"], v["sc"] = s["sc"], s["rc"]; vs.append(("swapcity", v))
    v = dict(s); v["rn"] = rng.choice([p for p in PEOPLE if p not in (a, b)]); vs.append(("rname", v))
    v = dict(s); v["b"] = s["b"] + rng.choice([1, 2, 3]); vs.append(("boxes", v))
    v = dict(s); v["rn"] = s["sn"]; vs.append(("samename", v))
    for tag, v in vs:
        ve = ship_exp(v)
        r213_add("nv", "pair", prompt_of(None, instr, ship_render(v, lay)), SHIP, ve, [be, ve, ve], base=bid,
                 note="ship/%s/%s" % (lay, tag))
    # singles: a nested member taken from the other party
    w = ship_exp(s)
    w["recipient"] = dict(w["recipient"]); w["recipient"]["city"] = s["sc"]
    r213_add("ns", "single", prompt_of(None, instr, ship_render(s, lay)) + "\n", SHIP, be, [w, be, be],
             note="ship/%s/othercity" % lay)
    # a forwarded line: "Forwarded to: X" ; recipient stays, model takes the forward address
    fwd = rng.choice([c for c in CITIES if c not in (s["sc"], s["rc"])])
    t = ship_render(s, lay) + "Previous recipient city: %s\n" % fwd
    w = ship_exp(s); w["recipient"] = {"name": s["rn"], "city": fwd}
    r213_add("ns", "single", prompt_of(None, instr, t), SHIP, be, [w, be, be], note="ship/%s/prevcity" % lay)


# ------------------------------------------------------------------ one list in a nested object (order in a customer)
CUST = S({"customer": obj({"name": STR, "city": STR}), "items": arr(STR), "item_count": INT})


def gen_cust(rng):
    for lay in ("LN", "IN"):
        for n in (1, 2):
            name, city = rng.choice(PEOPLE), rng.choice(CITIES)
            its = [f for f, p in rng.sample(FOODS, n)]
            def rend(its, lay=lay, name=name, city=city):
                if lay == "LN":
                    return "Customer: %s\nCity: %s\n" % (name, city) + "".join("Item: %s\n" % i for i in its) + \
                        "Item count: %d\n" % len(its)
                return "Customer: %s\nCity: %s\nItems: %s\nItem count: %d\n" % (name, city, ", ".join(its), len(its))
            instr = "Extract JSON: customer (name, city), items and item_count."
            be = {"customer": {"name": name, "city": city}, "items": its, "item_count": len(its)}
            bid = r213_add("cb", "base", prompt_of(None, instr, rend(its)), CUST, be, [be])
            for op in ("add", "rename", "city"):
                if op == "add":
                    its2 = its + [rng.choice([f for f, p in FOODS if f not in its])]
                    ve = {"customer": {"name": name, "city": city}, "items": its2, "item_count": len(its2)}
                    t = rend(its2)
                elif op == "rename":
                    its2 = [rng.choice([f for f, p in FOODS if f not in its])] + its[1:]
                    ve = {"customer": {"name": name, "city": city}, "items": its2, "item_count": len(its2)}
                    t = rend(its2)
                else:
                    c2 = rng.choice([c for c in CITIES if c != city])
                    ve = {"customer": {"name": name, "city": c2}, "items": its, "item_count": len(its)}
                    t = rend(its, city=c2)
                r213_add("cv", "pair", prompt_of(None, instr, t), CUST, ve, [be, ve, ve], base=bid,
                         note="cust/%s/%s/%d" % (lay, op, n))


for r213_dom in DOMS:
    for r213_lay in r213_dom.layouts:
        for r213_k in (1, 2, 3):
            gen_pairs(r213_dom, r213_lay, r213_k, R)
        for r213_k in (1, 3):
            gen_singles(r213_dom, r213_lay, r213_k, R)
# ------------------------------------------------------------------ flat members over a list (no array in the schema)
def flat_of(dom, rec):
    """(schema, expect) of a flat schema over the record's list, or None."""
    lv = [i for i in rec["items"] if not i.get("x")]
    if not lv:
        return None
    n = dom.name
    if n == "order":
        sch = S({"order_id": "string", "item": "string", "qty": "integer", "total": "number"})
        if len(lv) != 1:
            return None
        return sch, {"order_id": rec["id"], "item": lv[0]["name"], "qty": lv[0]["qty"], "total": dom.total(rec)}
    if n == "booking":
        sch = S({"booking_ref": "string", "passenger": "string", "passenger_count": "integer"})
        if len(lv) != 1:
            return None
        return sch, {"booking_ref": rec["id"], "passenger": lv[0]["name"], "passenger_count": 1}
    if n == "route":
        sch = S({"route": "string", "first_stop": "string", "last_stop": "string"})
        return sch, {"route": rec["id"], "first_stop": lv[0]["name"], "last_stop": lv[-1]["name"]}
    if n == "rx":
        sch = S({"patient": "string", "medication": "string", "dose_mg": "integer"})
        if len(lv) != 1:
            return None
        return sch, {"patient": rec["id"], "medication": lv[0]["name"], "dose_mg": lv[0]["qty"]}
    if n == "ticket":
        sch = S({"ticket_id": "string", "tag": "string", "tag_count": "integer"})
        if len(lv) != 1:
            return None
        return sch, {"ticket_id": rec["id"], "tag": lv[0]["name"], "tag_count": 1}
    if n == "hotel":
        sch = S({"guest": "string", "room_number": "integer", "room_type": "string"})
        if len(lv) != 1:
            return None
        return sch, {"guest": rec["id"], "room_number": lv[0]["qty"], "room_type": lv[0]["name"]}
    if n == "shortlist":
        sch = S({"position": "string", "top_candidate": "string"})
        return sch, {"position": rec["id"], "top_candidate": lv[0]["name"]}
    return None


FLAT_INSTR = {"order": "Extract order_id, item, qty and total as JSON.",
              "booking": "Extract booking_ref, passenger and passenger_count as JSON.",
              "route": "Extract the route, its first_stop and its last_stop as JSON.",
              "rx": "Extract patient, medication and dose_mg as JSON.",
              "ticket": "Extract ticket_id, tag and tag_count as JSON.",
              "hotel": "Extract guest, room_number and room_type as JSON.",
              "shortlist": "Extract the position and the top_candidate (rank 1) as JSON."}


def gen_flat(dom, lay, n_items, rng):
    rec = dom.make(rng, n_items)
    fb = flat_of(dom, rec)
    if fb is None:
        return
    sch, be = fb
    instr = FLAT_INSTR[dom.name]
    bid = r213_add("fb", "base", prompt_of(dom, instr, dom.render(rec, lay)), sch, be, [be])
    if bid is None:
        return
    r213_add("fsf", "safe", prompt_of(dom, instr + " Thanks!", dom.render(rec, lay)), sch, be, [be], safe=True,
             base=bid)
    for op in ["qty", "rename", "replace", "reorder", "reverse", "remove", "addend", "add", "prevtop", "prevend"]:
        if op.startswith("prev"):
            v = copy.deepcopy(rec)
            old = dom.new_item(rng, v)
            t = dom.prev_line(old) + dom.render(v, lay) if op == "prevtop" else dom.render(v, lay) + dom.prev_line(old)
            v2 = copy.deepcopy(v)
            v2["items"] = [old] + v2["items"] if op == "prevtop" else v2["items"] + [old]
            fw = flat_of(dom, v2)
            if fw is None:
                continue
            # the model takes the old line's item; the right answer is the base's
            r213_add("fvp", "pair", prompt_of(dom, instr, t), sch, be, [fw[1], be, be], base=bid,
                     note="flat/%s/%s/%s/%d" % (dom.name, lay, op, n_items))
            continue
        v = mutate(dom, rng, rec, op)
        if v is None:
            continue
        fv = flat_of(dom, v)
        if fv is None:
            continue
        ve = fv[1]
        if ve == be:
            continue
        r213_add("fv", "pair", prompt_of(dom, instr, dom.render(v, lay)), sch, ve, [be, ve, ve], base=bid,
                 note="flat/%s/%s/%s/%d" % (dom.name, lay, op, n_items))
    # schema change: the same text, the array member added to the flat schema's keys (patch path)
    full = dom.expect(rec)
    r213_add("fa", "pair", prompt_of(dom, instr.replace(" as JSON", ", plus the whole list, as JSON"), dom.render(rec, lay)),
             dom.schema, full, [full], base=bid, note="flat/%s/%s/schema/%d" % (dom.name, lay, n_items))


for r213_dom in DOMS:
    for r213_lay in r213_dom.layouts:
        for r213_k in (1, 1, 2):
            gen_flat(r213_dom, r213_lay, r213_k, R)

for r213_lay in ("LN", "OL", "BL", "PR"):
    for _ in range(6):
        gen_ship(r213_lay, R)
gen_cust(R)


# ------------------------------------------------------------------ part R: the stored one-item flat records, a line
# that changes the item, its quantity or dose, or the tag (substitutions, amended quantities, new doses, switches)
SUBW = ["Substitution:", "Substituted with:", "Replaced by:", "Sent instead:", "Swapped for:", "Replacement item:",
        "Ersatzartikel:", "Erstattet med:", "Remplacé par :", "Out of stock, sent:"]
QTYW = ["Qty (amended):", "Qty corrected to:", "Revised qty:", "Updated quantity:", "Final qty:"]
RETW = ["Returned:", "Qty returned:", "Refunded qty:"]
DOSEW = ["Dose reduced to:", "New dose:", "Adjusted dose:", "Dose from 1 March:", "Dose changed to:",
         "Dosis geändert:", "Ny dose:"]
SWW = ["Switched to:", "Replaced by:", "Stopped, now on:"]
TAGW = ["Tag changed to:", "Retagged:", "Tag (corrected):", "Moved to tag:", "Tag now:"]


def r_join(lines, lay):
    if lay == "LN":
        return "\n".join(lines) + "\n"
    return " | ".join(lines) + "\n"


def gen_partR(rng):
    oinstr = FLAT_INSTR["order"]
    osch = S({"order_id": "string", "item": "string", "qty": "integer", "total": "number"})
    for lay in ("LN", "OL"):
        for _ in range(3):
            oid = "A%d" % rng.randint(1000, 9999)
            (f, p), (g, q) = rng.sample(FOODS, 2)
            n = rng.randint(2, 4)
            base = ["Order: %s" % oid, "Item: %s" % f, "Qty: %d" % n, "Total: %s EUR" % money(n * p)]
            be = {"order_id": oid, "item": f, "qty": n, "total": round(n * p, 2)}
            bid = r213_add("rb", "base", prompt_of(None, oinstr, r_join(base, lay)), osch, be, [be])
            for w in SUBW:
                t = base[:3] + ["%s %s" % (w, g), "Total: %s EUR" % money(n * q)]
                ve = {"order_id": oid, "item": g, "qty": n, "total": round(n * q, 2)}
                r213_add("rv", "pair", prompt_of(None, oinstr, r_join(t, lay)), osch, ve, [be, ve, ve], base=bid,
                         note="R/order/%s/sub/%s" % (lay, w))
            for w in QTYW:
                m = n + rng.choice([1, 2])
                t = base[:3] + ["%s %d" % (w, m), "Total: %s EUR" % money(m * p)]
                ve = {"order_id": oid, "item": f, "qty": m, "total": round(m * p, 2)}
                r213_add("rv", "pair", prompt_of(None, oinstr, r_join(t, lay)), osch, ve, [be, ve, ve], base=bid,
                         note="R/order/%s/qty/%s" % (lay, w))
            for w in RETW:
                t = base[:3] + ["%s 1" % w, "Total: %s EUR" % money((n - 1) * p)]
                ve = {"order_id": oid, "item": f, "qty": n - 1, "total": round((n - 1) * p, 2)}
                r213_add("ra", "pair", prompt_of(None, oinstr, r_join(t, lay)), osch, ve, [be, ve, ve], base=bid,
                         note="R/order/%s/ret/%s" % (lay, w))
            m = rng.randint(1, 3)
            t = base[:3] + ["Cancelled item: %s" % f, "Item: %s" % g, "Qty: %d" % m, "Total: %s EUR" % money(m * q)]
            ve = {"order_id": oid, "item": g, "qty": m, "total": round(m * q, 2)}
            r213_add("rv", "pair", prompt_of(None, oinstr, r_join(t, lay)), osch, ve, [be, ve, ve], base=bid,
                     note="R/order/%s/cxl2" % lay)
    rinstr = FLAT_INSTR["rx"]
    rsch = S({"patient": "string", "medication": "string", "dose_mg": "integer"})
    for lay in ("LN", "OL"):
        for _ in range(3):
            pt, pt2 = rng.sample(PEOPLE, 2)
            (m1, d1), (m2, d2) = rng.sample(MEDS, 2)
            base = ["Patient: %s" % pt, "Medication: %s" % m1, "Dose: %d mg" % d1]
            be = {"patient": pt, "medication": m1, "dose_mg": d1}
            bid = r213_add("rb", "base", prompt_of(None, rinstr, r_join(base, lay)), rsch, be, [be])
            for newpt in (pt, pt2):
                head = ["Patient: %s" % newpt]
                bstale = dict(be)
                for w in DOSEW:
                    nd = d1 // 2 if d1 >= 20 else d1 * 2
                    t = head + base[1:] + ["%s %d mg" % (w, nd)]
                    ve = {"patient": newpt, "medication": m1, "dose_mg": nd}
                    r213_add("rv", "pair", prompt_of(None, rinstr, r_join(t, lay)), rsch, ve, [bstale, ve, ve],
                             base=bid, note="R/rx/%s/dose/%s/%s" % (lay, w, "same" if newpt == pt else "newpt"))
                for w in SWW:
                    t = head + base[1:] + ["%s %s %d mg" % (w, m2, d2)]
                    ve = {"patient": newpt, "medication": m2, "dose_mg": d2}
                    r213_add("rv", "pair", prompt_of(None, rinstr, r_join(t, lay)), rsch, ve, [bstale, ve, ve],
                             base=bid, note="R/rx/%s/switch/%s/%s" % (lay, w, "same" if newpt == pt else "newpt"))
    tinstr = FLAT_INSTR["ticket"]
    tsch = S({"ticket_id": "string", "tag": "string", "tag_count": "integer"})
    for lay in ("LN", "OL"):
        for _ in range(3):
            tid, tid2 = "T-%d" % rng.randint(10000, 99999), "T-%d" % rng.randint(10000, 99999)
            a, b = rng.sample(TAGS, 2)
            base = ["Ticket: %s" % tid, "Tag: %s" % a, "Tag count: 1"]
            be = {"ticket_id": tid, "tag": a, "tag_count": 1}
            bid = r213_add("rb", "base", prompt_of(None, tinstr, r_join(base, lay)), tsch, be, [be])
            for nid in (tid, tid2):
                for w in TAGW:
                    t = ["Ticket: %s" % nid] + base[1:] + ["%s %s" % (w, b)]
                    ve = {"ticket_id": nid, "tag": b, "tag_count": 1}
                    r213_add("rv", "pair", prompt_of(None, tinstr, r_join(t, lay)), tsch, ve, [be, ve, ve],
                             base=bid, note="R/ticket/%s/tag/%s/%s" % (lay, w, "same" if nid == tid else "newid"))
                t = ["Ticket: %s" % nid, "Tag: %s" % a, "Tag: %s" % b, "Tag count: 2"]
                ve = {"ticket_id": nid, "tag": a, "tag_count": 2}
                r213_add("ra", "pair", prompt_of(None, tinstr, r_join(t, lay)), tsch, ve, [be, ve, ve],
                         base=bid, note="R/ticket/%s/secondtag/%s" % (lay, "same" if nid == tid else "newid"))


gen_partR(R)


# ------------------------------------------------------------------ part E: in-field edits of the stored one-item
# records' item, medication, dose or tag (the licensed rewrite's ground): arrows, "(was X)", strikes, "instead of"
def gen_partE(rng):
    oinstr = FLAT_INSTR["order"]
    osch = S({"order_id": "string", "item": "string", "qty": "integer", "total": "number"})
    rinstr = FLAT_INSTR["rx"]
    rsch = S({"patient": "string", "medication": "string", "dose_mg": "integer"})
    tinstr = FLAT_INSTR["ticket"]
    tsch = S({"ticket_id": "string", "tag": "string", "tag_count": "integer"})
    for lay in ("LN", "OL"):
        for _ in range(2):
            # order
            oid, oid2 = "A%d" % rng.randint(1000, 9999), "A%d" % rng.randint(1000, 9999)
            (f, p), (g, q) = rng.sample(FOODS, 2)
            n = rng.randint(2, 4)
            base = ["Order: %s" % oid, "Item: %s" % f, "Qty: %d" % n, "Total: %s EUR" % money(n * p)]
            be = {"order_id": oid, "item": f, "qty": n, "total": round(n * p, 2)}
            bid = r213_add("eb", "base", prompt_of(None, oinstr, r_join(base, lay)), osch, be, [be])
            edits = [("%s -> %s" % (f, g), g, "clear"), ("%s (was %s)" % (g, f), g, "clear"),
                     ("~~%s~~ %s" % (f, g), g, "clear"), ("%s instead of %s" % (g, f), g, "clear"),
                     ("%s → %s" % (f, g), g, "clear"), ("%s (replaced by %s)" % (f, g), g, "clear"),
                     ("%s, swapped for %s" % (f, g), g, "clear"), ("%s / %s (second is final)" % (f, g), g, "clear")]
            for ed, right_item, kind in edits:
                for nid in (oid, oid2):
                    t = ["Order: %s" % nid, "Item: %s" % ed, "Qty: %d" % n, "Total: %s EUR" % money(n * q)]
                    ve = {"order_id": nid, "item": right_item, "qty": n, "total": round(n * q, 2)}
                    r213_add("ev", "pair", prompt_of(None, oinstr, r_join(t, lay)), osch, ve, [be, ve, ve], base=bid,
                             note="E/order/%s/%s/%s" % (lay, ed.replace(f, "F").replace(g, "G"),
                                                         "same" if nid == oid else "newid"))
            # rx
            pt, pt2 = rng.sample(PEOPLE, 2)
            (m1, d1), (m2, d2) = rng.sample(MEDS, 2)
            base = ["Patient: %s" % pt, "Medication: %s" % m1, "Dose: %d mg" % d1]
            be = {"patient": pt, "medication": m1, "dose_mg": d1}
            bid = r213_add("eb", "base", prompt_of(None, rinstr, r_join(base, lay)), rsch, be, [be])
            nd = d1 // 2 if d1 >= 20 else d1 * 2
            medits = [("Medication: %s -> %s" % (m1, m2), "Dose: %d mg" % d2, m2, d2),
                      ("Medication: %s (was %s)" % (m2, m1), "Dose: %d mg" % d2, m2, d2),
                      ("Medication: ~~%s~~ %s" % (m1, m2), "Dose: %d mg" % d2, m2, d2),
                      ("Medication: %s" % m1, "Dose: %d mg -> %d mg" % (d1, nd), m1, nd),
                      ("Medication: %s" % m1, "Dose: %d mg (was %d mg)" % (nd, d1), m1, nd),
                      ("Medication: %s" % m1, "Dose: ~~%d mg~~ %d mg" % (d1, nd), m1, nd),
                      ("Medication: %s" % m1, "Dose: %d mg, reduced to %d mg" % (d1, nd), m1, nd)]
            for ml, dl, rm, rd in medits:
                for npt in (pt, pt2):
                    t = ["Patient: %s" % npt, ml, dl]
                    ve = {"patient": npt, "medication": rm, "dose_mg": rd}
                    r213_add("ev", "pair", prompt_of(None, rinstr, r_join(t, lay)), rsch, ve, [be, ve, ve], base=bid,
                             note="E/rx/%s/%s|%s/%s" % (lay, ml.replace(m1, "M").replace(m2, "N"),
                                                        dl.replace(str(d1), "D").replace(str(nd), "E"),
                                                        "same" if npt == pt else "newpt"))
            # ticket
            tid, tid2 = "T-%d" % rng.randint(10000, 99999), "T-%d" % rng.randint(10000, 99999)
            a, b = rng.sample(TAGS, 2)
            base = ["Ticket: %s" % tid, "Tag: %s" % a, "Tag count: 1"]
            be = {"ticket_id": tid, "tag": a, "tag_count": 1}
            bid = r213_add("eb", "base", prompt_of(None, tinstr, r_join(base, lay)), tsch, be, [be])
            tedits = [("%s -> %s" % (a, b), b), ("%s (was %s)" % (b, a), b), ("~~%s~~ %s" % (a, b), b),
                      ("%s, retagged %s" % (a, b), b), ("%s → %s" % (a, b), b)]
            for ed, rt in tedits:
                for nid in (tid, tid2):
                    t = ["Ticket: %s" % nid, "Tag: %s" % ed, "Tag count: 1"]
                    ve = {"ticket_id": nid, "tag": rt, "tag_count": 1}
                    r213_add("ev", "pair", prompt_of(None, tinstr, r_join(t, lay)), tsch, ve, [be, ve, ve], base=bid,
                             note="E/ticket/%s/%s/%s" % (lay, ed.replace(a, "A").replace(b, "B"),
                                                         "same" if nid == tid else "newid"))


gen_partE(R)


# ------------------------------------------------------------------ part S: the same instruction, the schema gains the
# list beside the stored flat members (patch path: the list asked of the model, the flat members kept)
def gen_partS(rng):
    for lay in ("LN", "OL"):
        for _ in range(2):
            oinstr = "Extract the order as JSON."
            osch = S({"order_id": "string", "item": "string", "qty": "integer", "total": "number"})
            asch = S({"order_id": "string", "item": "string", "qty": "integer", "total": "number",
                      "items": arr(obj({"name": STR, "qty": INT}))},
                     {"item": "the first item", "qty": "quantity of the first item"})
            oid = "A%d" % rng.randint(1000, 9999)
            (f, p), (g, q) = rng.sample(FOODS, 2)
            n, m = rng.randint(2, 4), rng.randint(1, 3)
            base = ["Order: %s" % oid, "Item: %s" % f, "Qty: %d" % n, "Total: %s EUR" % money(n * p)]
            be = {"order_id": oid, "item": f, "qty": n, "total": round(n * p, 2)}
            bid = r213_add("sb", "base", prompt_of(None, oinstr, r_join(base, lay)), osch, be, [be])
            # (a) the same text
            ve = dict(be, items=[{"name": f, "qty": n}])
            r213_add("sv", "pair", prompt_of(None, oinstr, r_join(base, lay)), asch, ve, [ve], base=bid,
                     note="S/order/%s/same" % lay)
            # (b) a second item line, total updated
            t = base[:3] + ["Item: %s" % g, "Qty: %d" % m, "Total: %s EUR" % money(n * p + m * q)]
            ve = {"order_id": oid, "item": f, "qty": n, "total": round(n * p + m * q, 2),
                  "items": [{"name": f, "qty": n}, {"name": g, "qty": m}]}
            r213_add("sv", "pair", prompt_of(None, oinstr, r_join(t, lay)), asch, ve, [dict(be, items=ve["items"]), ve],
                     base=bid, note="S/order/%s/second" % lay)
            # (c) the item cancelled, another in its place, total updated
            t = ["Order: %s" % oid, "Item: %s (cancelled)" % f, "Qty: %d" % n, "Item: %s" % g, "Qty: %d" % m,
                 "Total: %s EUR" % money(m * q)]
            ve = {"order_id": oid, "item": g, "qty": m, "total": round(m * q, 2), "items": [{"name": g, "qty": m}]}
            r213_add("sv", "pair", prompt_of(None, oinstr, r_join(t, lay)), asch, ve, [dict(be, items=ve["items"]), ve],
                     base=bid, note="S/order/%s/cxl" % lay)
            # (d) the first item removed (new first), total updated
            t = ["Order: %s" % oid, "Item: %s" % g, "Qty: %d" % m, "Item: %s" % f, "Qty: %d" % n,
                 "Total: %s EUR" % money(n * p + m * q)]
            ve = {"order_id": oid, "item": g, "qty": m, "total": round(n * p + m * q, 2),
                  "items": [{"name": g, "qty": m}, {"name": f, "qty": n}]}
            r213_add("sv", "pair", prompt_of(None, oinstr, r_join(t, lay)), asch, ve, [dict(be, items=ve["items"]), ve],
                     base=bid, note="S/order/%s/newfirst" % lay)
            # rx
            rinstr = "Extract the prescription as JSON."
            rsch = S({"patient": "string", "medication": "string", "dose_mg": "integer"})
            ras = S({"patient": "string", "medication": "string", "dose_mg": "integer",
                     "medications": arr(obj({"name": STR, "dose_mg": INT}))},
                    {"medication": "the current medication", "dose_mg": "its dose"})
            pt = rng.choice(PEOPLE)
            (m1, d1), (m2, d2) = rng.sample(MEDS, 2)
            base = ["Patient: %s" % pt, "Medication: %s" % m1, "Dose: %d mg" % d1]
            be = {"patient": pt, "medication": m1, "dose_mg": d1}
            bid = r213_add("sb", "base", prompt_of(None, rinstr, r_join(base, lay)), rsch, be, [be])
            ve = dict(be, medications=[{"name": m1, "dose_mg": d1}])
            r213_add("sv", "pair", prompt_of(None, rinstr, r_join(base, lay)), ras, ve, [ve], base=bid,
                     note="S/rx/%s/same" % lay)
            t = ["Patient: %s" % pt, "Medication: %s (stopped)" % m1, "Dose: %d mg" % d1, "Medication: %s" % m2,
                 "Dose: %d mg" % d2]
            ve = {"patient": pt, "medication": m2, "dose_mg": d2, "medications": [{"name": m2, "dose_mg": d2}]}
            r213_add("sv", "pair", prompt_of(None, rinstr, r_join(t, lay)), ras, ve,
                     [dict(be, medications=ve["medications"]), ve], base=bid, note="S/rx/%s/stopped" % lay)


gen_partS(R)

# Trimmed for ctest (probe_kit.sample_round), stop 48: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,874 generated), each with the base of its pair.
from probe_kit import sample_round as r213_sample_round  # noqa: E402

r213_all = list(P)
r213_sample_round("d213-", set(), 30, safe_every=10)
r213_keep = {r213_p["id"] for r213_p in P if r213_p["id"].startswith("d213-")}
r213_keep |= {r213_meta[r213_i]["base"] for r213_i in list(r213_keep) if r213_meta.get(r213_i, {}).get("base")}
P[:] = [r213_p for r213_p in r213_all if not r213_p["id"].startswith("d213-") or r213_p["id"] in r213_keep]
