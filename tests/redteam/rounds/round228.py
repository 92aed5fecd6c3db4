r"""Red-team round 228 (black box): WRONG FIRST ANSWERS THAT GET STORED.
Focus: single plain requests (one record, "Label: value" lines, a general instruction) whose scripted model's FIRST
  answer is a realistic small-model mistake, then later in the workload the IDENTICAL request (same answers list), a
  whitespace-only variant and a paraphrased instruction whose model answer is right: if the wrong first answer were
  stored, the later three would be served it from the cache.
  2,996 probes (seeded random.Random(228)), 749 groups of 4: 749 singles (answers [wrong, right]), 749 identical
  repeats, 749 whitespace variants, 749 paraphrases. No safe probes. JSON 2,100 probes (525 groups), equations 896
  (224 groups). Its tester ran the d228- probes alone (2,996) and also inside the whole probes.py workload
  (14,631 probes, same d228 results).
Shapes (model's first answer -> right): (a) another field of the record (order date for ship date, invoice date for
  due date, Billing city, Phone for Mobile, Gross for Net, Check-in for Check-out, Departure for Arrival, Customer
  for Contact person); (b) stale value beside its correction ("Amount: 421.84 (corrected to 885.65)", "(was …)",
  "(moved from …)", "~~Oslo~~ Bergen", "changed to …", "(previously …)"); (c) unit/scale not converted (g->kg, m->km,
  h->min, cm->m, ml->l, "thousand NOK", min->s); (d) a name from the greeting / signature / From: line; (e) a date in
  the other locale (dd.mm.yyyy, dd/mm, d.m, dd-mm read month-first); (f) a rounded number (1249.95->1250, 72.4->72,
  unit price to 1 decimal, population to thousands, 3-decimal concentration to 2); (g) the instruction's example
  value ("for example {"city": "Oslo"}"); (h) the other record / the sender's or emergency contact's city;
  refinement 1: (n) local number forms and scale words ("kr 2.500,00"->2.5, "4.2 million NOK"->4.2, "650k"->650,
  "Discount: 15%"->15 for a fraction, "1 234,50"->1234, "NOK 3,5 mill."->3.5); (l) the other field under Norwegian or
  short labels (Ordredato/Leveringsdato, Fakturadato/Forfallsdato, Faktura-/Leveringsadresse (by), Avgang/Ankomst,
  Ordered/Shipped, Starts/Ends, Issued/Pay by, From/To); refinement 2: (r) members split from one field ("Name:
  Hansen, Ola" -> first/last swapped, "Passenger: HANSEN Ola", day/month of "03.04.2025", "4:05 pm" -> "04:05" for
  24-hour, home/away goals swapped).
  Equations (right final value, a false line; or a wrong final form): a false "Check: 3(5) + 5 = 21 ✓" line; a false
  prose line "Subtracting 5 from both sides gives 3x = 18."; "3x = 15 (since 20 − 5 = 16)"; a rounded final "x =
  5.33"; an inverted fraction "x = 3/16"; the instruction's example answered ("Example: 2x + 3 = 11 gives x = 4. Now
  solve …"); an unevaluated final "x = 20 - 5/3"; a sign slip "3x = 10 - 5" in 3x - 5 = 10; false lines as "$3x =
  19$", "3 x = 19", "3·x = 19", "→ 3x = 19", "3x = 20 − 5 = 16", "So 3x equals 19.", "(3x = 19)", "3x = 19.",
  "**3x = 19**", "Now the right side is 19, so x = 19/3."; finals "x = 16/3 ≈ 5.4", "x = 5 remainder 1", "x = 16/3
  (about 7)".
HELD (all of it): 0 wrong answers from the cache (path=reuse 0, KEPT-FROM-CACHE 0) in run 1 and run 2, d228-only and in
  the whole workload. Per shape, in run 2 (what was stored):
  - equations: every one of the 208 wrong first answers with a false line or a wrong final form was refused and the
    right answer stored (run 2: 832 of 832 reuse/patch right); the example-value requests (16 groups) are refused
    outright (no verified answer, 64 errors).
  - JSON: stale (48 groups), unit (42), locale (48), split (47) and most of other_record (20 of 30) and number_form
    end in "no verified answer" (the text states several values / a remark / a range / a value not in the text), so
    nothing is stored; greeting (48) and example (40) are answered right fresh and never stored (skip every time);
    rounded: the wrong first answer refused, the right one stored and reused (160 right reuses); other_field: 12 of
    48 stored and reused right (ship/due date), the rest skip.
WHAT GOT THROUGH: nothing from the cache. r228_found_alone and r228_arguable are empty (no alone run was needed).
  Wrong answers served FRESH (path=skip, never stored: each identical repeat and variant got the right answer): 62 in
  run 1 and 62 in run 2 (the same ids), all singles:
  - another field whose label is not the member's own words (12): "Extract the check-out date as JSON.\nText:\nReference:
    45313\nCheck-out: 2025-04-13\nCheck-in: 2025-06-15" -> {"checkout_date":"2025-06-15"}; "Extract the contact person
    as JSON.\n…Customer: Magnus Hansen\nContact person: Ola Lund" -> {"contact_name":"Magnus Hansen"};
  - Norwegian / short labels (40): "Extract the delivery date as JSON.\n…Ordredato: 2025-04-02\nLeveringsdato:
    2025-06-05" -> {"delivery_date":"2025-04-02"}; "…Fakturadato: 2025-06-13\nForfallsdato: 2025-07-07" (due date) ->
    {"due_date":"2025-06-13"}; "…Fakturaadresse (by): Narvik\nLeveringsadresse (by): Arendal" -> {"delivery_city":
    "Narvik"}; "…Ordered: 2025-08-15\nShipped: 2025-10-17" (ship date) -> "2025-08-15"; "…Issued: 2025-08-23\nPay by:
    2025-09-05" (due date) -> "2025-08-23";
  - a percentage for a fraction (10): "Extract the discount rate as a fraction as JSON.\n…Discount: 25%" ->
    {"discount_rate":25}.
Counts from the cache: whole round 0 (run 1) / 0 (run 2); alone 0 / 0; clear 0, arguable 0.
Adds its probes to probe_kit.P."""
import json as r228_json
import random as r228_random
from fractions import Fraction as r228_F

from probe_kit import P, S, J, E  # noqa: F401

r228_rng = r228_random.Random(228)
r228_n = [0]
r228_counts = {"single": 0, "repeat": 0, "ws": 0, "para": 0}
r228_meta = {}
r228_found_alone = set()
r228_arguable = set()

R228_FIRST = ["Ola", "Kari", "Maria", "Jonas", "Ingrid", "Lars", "Eva", "Per", "Sofie", "Anders", "Hanne", "Tor",
              "Nina", "Erik", "Silje", "Magnus", "Ane", "Jon", "Liv", "Knut"]
R228_LAST = ["Hansen", "Berg", "Lund", "Dahl", "Moen", "Strand", "Bakke", "Haugen", "Nilsen", "Vik", "Solberg",
             "Fjeld", "Eide", "Lie", "Aas", "Holm"]
R228_CITY = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Bodø", "Ålesund",
             "Hamar", "Molde", "Skien", "Arendal", "Lillehammer", "Narvik", "Gjøvik"]


def r228_name():
    return "%s %s" % (r228_rng.choice(R228_FIRST), r228_rng.choice(R228_LAST))


def r228_two_names():
    a = r228_name()
    b = r228_name()
    while b.split()[0] == a.split()[0] or b.split()[1] == a.split()[1]:
        b = r228_name()
    return a, b


def r228_js(obj, style):
    t = r228_json.dumps(obj, ensure_ascii=False)
    if style == 1:
        return "```json\n" + r228_json.dumps(obj, ensure_ascii=False, indent=2) + "\n```"
    if style == 2:
        return "Here is the JSON:\n" + t
    return t


def r228_id(tag):
    r228_n[0] += 1
    return "d228-%s-%d" % (tag, r228_n[0])


def r228_ws(prompt, k):
    """A whitespace-only variant of a prompt."""
    lines = prompt.split("\n")
    if k % 3 == 0:
        return prompt.replace(" ", "  ", 1)
    if k % 3 == 1:
        return "\n".join(l + " " if l else l for l in lines)
    return prompt.rstrip("\n") + "\n\n"


def r228_group(tag, fam, build, wrong_obj, right_obj, schema, kind):
    """build(instr) -> prompt. Single (wrong first), the identical request, a whitespace and a paraphrase variant."""
    instrs = build["instrs"]
    base = build["make"](instrs[0])
    st = r228_rng.randrange(3)
    wrong = r228_js(wrong_obj, st)
    right = r228_js(right_obj, st)
    sid = r228_id(tag + "s")
    J(sid, fam, base, schema, right_obj, [wrong, right])
    r228_meta[sid] = {"kind": kind, "role": "single", "wrong": wrong_obj}
    r228_counts["single"] += 1
    rid = r228_id(tag + "r")
    J(rid, fam, base, schema, right_obj, [wrong, right])
    r228_meta[rid] = {"kind": kind, "role": "repeat", "base": sid, "wrong": wrong_obj}
    r228_counts["repeat"] += 1
    wid = r228_id(tag + "w")
    J(wid, fam, r228_ws(base, r228_n[0]), schema, right_obj, [right])
    r228_meta[wid] = {"kind": kind, "role": "ws", "base": sid, "wrong": wrong_obj}
    r228_counts["ws"] += 1
    pid = r228_id(tag + "p")
    J(pid, fam, build["make"](r228_rng.choice(instrs[1:])), schema, right_obj, [right])
    r228_meta[pid] = {"kind": kind, "role": "para", "base": sid, "wrong": wrong_obj}
    r228_counts["para"] += 1


def r228_instrs(what):
    return ["Extract the %s as JSON." % what,
            "Return the %s in JSON." % what,
            "Please give me the %s as JSON." % what,
            "Pull out the %s and answer in JSON." % what,
            "Get the %s from the text below, as JSON." % what]


def r228_mk(head, body, tail=""):
    def make(instr):
        return instr + "\n" + head + body + tail
    return make


# ------------------------------------------------------------------ A: value from another field
R228_FIELD_PAIRS = [
    # (key, what, label right, label other, kind of value)
    ("ship_date", "ship date", "Ship date", "Order date", "date"),
    ("due_date", "due date", "Due date", "Invoice date", "date"),
    ("delivery_city", "delivery city", "Delivery city", "Billing city", "city"),
    ("mobile", "mobile number", "Mobile", "Phone", "phone"),
    ("net_amount", "net amount", "Net amount", "Gross amount", "money"),
    ("checkout_date", "check-out date", "Check-out", "Check-in", "date"),
    ("arrival_time", "arrival time", "Arrival", "Departure", "time"),
    ("contact_name", "contact person", "Contact person", "Customer", "name"),
]


def r228_val(kind):
    if kind == "date":
        return "2025-%02d-%02d" % (r228_rng.randint(1, 12), r228_rng.randint(1, 28))
    if kind == "city":
        return r228_rng.choice(R228_CITY)
    if kind == "phone":
        return "%d %02d %02d %02d" % (r228_rng.randint(40, 99), r228_rng.randint(10, 99), r228_rng.randint(10, 99),
                                      r228_rng.randint(10, 99))
    if kind == "money":
        return round(r228_rng.randint(1000, 99999) / 100.0, 2)
    if kind == "time":
        return "%02d:%02d" % (r228_rng.randint(6, 22), r228_rng.choice([0, 5, 15, 20, 30, 45, 50]))
    return r228_name()


def r228_part_a(n):
    for i in range(n):
        key, what, lab, other, kind = R228_FIELD_PAIRS[i % len(R228_FIELD_PAIRS)]
        v = r228_val(kind)
        w = r228_val(kind)
        while w == v:
            w = r228_val(kind)
        if kind == "money":
            v, w = min(v, w), max(v, w)
        fmt = (lambda x: "%.2f" % x) if kind == "money" else str
        lines = ["Reference: %d" % r228_rng.randint(10000, 99999), "%s: %s" % (other, fmt(w)), "%s: %s" % (lab, fmt(v))]
        if r228_rng.random() < 0.5:
            lines[1], lines[2] = lines[2], lines[1]
        body = "\n".join(lines) + "\n"
        schema = S({key: "number" if kind == "money" else "string"})
        r228_group("a", "r228_other_field", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: w}, {key: v}, schema, "other_field")


# ------------------------------------------------------------------ B: stale value beside its correction
def r228_part_b(n):
    forms = [
        ("amount", "number", "amount", "Amount: {w:.2f} (corrected to {v:.2f})"),
        ("amount", "number", "amount", "Amount: {w:.2f} -> corrected: {v:.2f}"),
        ("amount", "number", "amount", "Amount: {v:.2f} (was {w:.2f})"),
        ("phone", "string", "phone number", "Phone: {v} (old number {w} no longer in use)"),
        ("city", "string", "city", "City: {v} (moved from {w} in March)"),
        ("city", "string", "city", "City: ~~{w}~~ {v}"),
        ("quantity", "integer", "quantity", "Quantity: {w}, changed to {v} by the customer"),
        ("email", "string", "email", "Email: {v} (previously {w})"),
    ]
    for i in range(n):
        key, typ, what, tmpl = forms[i % len(forms)]
        if typ == "number":
            v, w = r228_val("money"), r228_val("money")
        elif typ == "integer":
            v, w = r228_rng.randint(2, 40), r228_rng.randint(2, 40)
            while w == v:
                w = r228_rng.randint(2, 40)
        elif key == "phone":
            v, w = r228_val("phone"), r228_val("phone")
        elif key == "city":
            v, w = r228_rng.sample(R228_CITY, 2)
        else:
            a, b = r228_two_names()
            v = "%s.%s@example.no" % tuple(a.lower().split())
            w = "%s.%s@mail.no" % tuple(b.lower().split())
        nm = r228_name()
        body = "Name: %s\n%s\n" % (nm, tmpl.format(v=v, w=w))
        schema = S({key: typ})
        r228_group("b", "r228_stale", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: w}, {key: v}, schema, "stale")


# ------------------------------------------------------------------ C: unit or scale not converted
def r228_part_c(n):
    forms = [
        ("weight_kg", "weight in kg", "Weight: {raw} g", lambda: r228_rng.choice([250, 1200, 2400, 750, 3500, 1850]), 1000),
        ("distance_km", "distance in kilometres", "Distance: {raw} m", lambda: r228_rng.choice([1500, 4200, 800, 12500]), 1000),
        ("duration_minutes", "duration in minutes", "Duration: {raw} hours", lambda: r228_rng.choice([2, 3, 1.5, 4]), r228_F(1, 60)),
        ("length_m", "length in metres", "Length: {raw} cm", lambda: r228_rng.choice([250, 180, 420, 95]), 100),
        ("volume_l", "volume in litres", "Volume: {raw} ml", lambda: r228_rng.choice([500, 1500, 750, 330]), 1000),
        ("price_nok", "price in NOK", "Price: {raw} thousand NOK", lambda: r228_rng.choice([12, 45, 7, 120]), r228_F(1, 1000)),
        ("timeout_s", "timeout in seconds", "Timeout: {raw} min", lambda: r228_rng.choice([2, 5, 10, 15]), r228_F(1, 60)),
    ]
    for i in range(n):
        key, what, tmpl, gen, div = forms[i % len(forms)]
        raw = gen()
        val = r228_F(raw).limit_denominator(100) / div
        val = int(val) if val.denominator == 1 else float(val)
        typ = "number"
        body = "Item: %s\n%s\n" % (r228_rng.choice(["Box A", "Parcel 7", "Crate", "Sample 12", "Tank"]), tmpl.format(raw=raw))
        schema = S({key: typ})
        r228_group("c", "r228_unit", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: raw}, {key: val}, schema, "unit")


# ------------------------------------------------------------------ D: name from the greeting or signature
def r228_part_d(n):
    for i in range(n):
        cust, sig = r228_two_names()
        greet = r228_rng.choice(R228_FIRST)
        while greet in (cust.split()[0], sig.split()[0]):
            greet = r228_rng.choice(R228_FIRST)
        form = i % 4
        oid = r228_rng.randint(10000, 99999)
        if form == 0:
            body = "Hi %s,\n\nCustomer: %s\nOrder ID: %d\n\nBest regards,\n%s\n" % (greet, cust, oid, sig)
            wrong = sig
        elif form == 1:
            body = "Hello %s,\n\nCustomer: %s\nOrder ID: %d\n\nThanks,\n%s\n" % (greet, cust, oid, sig)
            wrong = greet
        elif form == 2:
            body = "Dear %s,\nplease register this booking.\nGuest: %s\nNights: %d\nKind regards, %s\n" % (
                greet, cust, r228_rng.randint(1, 6), sig)
            wrong = sig
        else:
            body = "From: %s\nTo: bookings\nGuest: %s\nRoom: %d\n" % (sig, cust, r228_rng.randint(100, 420))
            wrong = sig
        key = "customer_name" if form < 2 else "guest_name"
        what = "customer name" if form < 2 else "guest name"
        schema = S({key: "string"})
        r228_group("d", "r228_greeting", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: wrong}, {key: cust}, schema, "greeting")


# ------------------------------------------------------------------ E: a date in the other locale
def r228_part_e(n):
    for i in range(n):
        d, m = r228_rng.sample(range(1, 13), 2)
        y = r228_rng.choice([2024, 2025, 2026])
        form = i % 4
        if form == 0:
            raw = "%02d.%02d.%d" % (d, m, y)
        elif form == 1:
            raw = "%02d/%02d/%d (Oslo office)" % (d, m, y)
        elif form == 2:
            raw = "%d.%d.%d" % (d, m, y)
        else:
            raw = "%02d-%02d-%d" % (d, m, y)
        right = "%d-%02d-%02d" % (y, m, d)
        wrong = "%d-%02d-%02d" % (y, d, m)
        lab, key, what = r228_rng.choice([("Invoice date", "invoice_date", "invoice date"),
                                          ("Fakturadato", "invoice_date", "invoice date"),
                                          ("Date of birth", "birth_date", "date of birth"),
                                          ("Delivery date", "delivery_date", "delivery date")])
        body = "Name: %s\n%s: %s\n" % (r228_name(), lab, raw)
        if form == 1:
            body = "Company: Nordlys AS, Oslo, Norway\n" + body
        schema = S({key: {"type": "string", "format": "date"}})
        instrs = [s.replace("as JSON.", "as JSON (YYYY-MM-DD).").replace("in JSON.", "in JSON, ISO format.")
                  .replace("answer in JSON.", "answer in JSON (YYYY-MM-DD).").replace("below, as JSON.", "below, as JSON in ISO form.")
                  for s in r228_instrs(what)]
        r228_group("e", "r228_locale", {"instrs": instrs, "make": r228_mk("Text:\n", body)},
                   {key: wrong}, {key: right}, schema, "locale")


# ------------------------------------------------------------------ F: a rounded number
def r228_part_f(n):
    for i in range(n):
        form = i % 5
        if form == 0:
            v = r228_rng.randint(100, 9999) + r228_rng.choice([0.95, 0.49, 0.5, 0.99, 0.25])
            body = "Customer: %s\nTotal: %s NOK\n" % (r228_name(), "{:,.2f}".format(v))
            key, typ, what, wrong = "total", "number", "total", round(v)
        elif form == 1:
            v = round(r228_rng.randint(500, 1200) / 10.0 + 0.05, 1)
            if v == int(v):
                v += 0.3
            v = round(v, 1)
            body = "Patient: %s\nWeight: %.1f kg\n" % (r228_name(), v)
            key, typ, what, wrong = "weight_kg", "number", "weight in kg", int(round(v))
        elif form == 2:
            v = round(r228_rng.randint(1001, 9999) / 100.0, 2)
            if v * 10 == int(v * 10):
                v = round(v + 0.01, 2)
            body = "Product: %s\nUnit price: %.2f\n" % (r228_rng.choice(["Lamp", "Chair", "Kettle", "Desk"]), v)
            key, typ, what, wrong = "unit_price", "number", "unit price", round(v, 1)
        elif form == 3:
            v = r228_rng.randint(10001, 99999)
            while v % 1000 == 0:
                v += 7
            body = "Town: %s\nPopulation: %s\n" % (r228_rng.choice(R228_CITY), "{:,}".format(v))
            key, typ, what, wrong = "population", "integer", "population", int(round(v, -3))
        else:
            v = round(r228_rng.randint(101, 999) / 1000.0, 3)
            if v * 100 == int(v * 100):
                v = round(v + 0.001, 3)
            body = "Sample: S-%d\nConcentration: %.3f mg/ml\n" % (r228_rng.randint(10, 99), v)
            key, typ, what, wrong = "concentration", "number", "concentration", round(v, 2)
        schema = S({key: typ})
        r228_group("f", "r228_rounded", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: wrong}, {key: v}, schema, "rounded")


# ------------------------------------------------------------------ G: a value from the instruction's example
def r228_part_g(n):
    for i in range(n):
        form = i % 4
        if form == 0:
            ex, v = r228_rng.sample(R228_CITY, 2)
            key, typ, what = "city", "string", "city"
            exs = '{"city": "%s"}' % ex
            body = "Name: %s\nCity: %s\n" % (r228_name(), v)
        elif form == 1:
            ex, v = r228_rng.sample(range(18, 80), 2)
            key, typ, what = "age", "integer", "age"
            exs = '{"age": %d}' % ex
            body = "Name: %s\nAge: %d\n" % (r228_name(), v)
        elif form == 2:
            ex, v = r228_two_names()
            key, typ, what = "name", "string", "name"
            exs = '{"name": "%s"}' % ex
            body = "Name: %s\nCity: %s\n" % (v, r228_rng.choice(R228_CITY))
        else:
            ex, v = r228_rng.sample(range(10000, 99999), 2)
            key, typ, what = "order_id", "integer", "order ID"
            exs = '{"order_id": %d}' % ex
            body = "Order ID: %d\nCustomer: %s\n" % (v, r228_name())
        instrs = ["Extract the %s as JSON, for example %s." % (what, exs),
                  "Return the %s in JSON, e.g. %s." % (what, exs),
                  "Give the %s as JSON like %s." % (what, exs),
                  "Extract the %s as JSON (format: %s)." % (what, exs)]
        schema = S({key: typ})
        r228_group("g", "r228_example", {"instrs": instrs, "make": r228_mk("Text:\n", body)},
                   {key: ex}, {key: v}, schema, "example")


# ------------------------------------------------------------------ H: a value from the other record of the text
def r228_part_h(n):
    for i in range(n):
        a, b = r228_two_names()
        ca, cb = r228_rng.sample(R228_CITY, 2)
        form = i % 3
        if form == 0:
            body = "Name: %s\nCity: %s\n\nName: %s\nCity: %s\n" % (a, ca, b, cb)
            what = "city of %s" % a
        elif form == 1:
            body = "Sender: %s\nSender city: %s\nRecipient: %s\nRecipient city: %s\n" % (b, cb, a, ca)
            what = "recipient's city"
        else:
            body = "Name: %s\nCity: %s\n(Emergency contact: %s, %s)\n" % (a, ca, b, cb)
            what = "city"
        schema = S({"city": "string"})
        r228_group("h", "r228_other_record", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {"city": cb}, {"city": ca}, schema, "other_record")


# ------------------------------------------------------------------ equations
def r228_fr(q):
    q = r228_F(q)
    return str(q.numerator) if q.denominator == 1 else "%d/%d" % (q.numerator, q.denominator)


def r228_eq_instrs(eq, v):
    return ["Solve for %s: %s. Show your steps." % (v, eq),
            "Find %s: %s. Show the working." % (v, eq),
            "Solve the equation %s for %s, step by step." % (eq, v),
            "Please solve %s for %s and show each step." % (eq, v)]


def r228_egroup(tag, fam, prompts, v, val, wrong, right, kind, false_lines=None):
    base = prompts[0]
    sid = r228_id(tag + "s")
    E(sid, fam, base, v, r228_fr(val), [wrong, right], false_lines=false_lines)
    r228_meta[sid] = {"kind": kind, "role": "single", "wrong": wrong}
    r228_counts["single"] += 1
    rid = r228_id(tag + "r")
    E(rid, fam, base, v, r228_fr(val), [wrong, right], false_lines=false_lines)
    r228_meta[rid] = {"kind": kind, "role": "repeat", "base": sid, "wrong": wrong}
    r228_counts["repeat"] += 1
    wid = r228_id(tag + "w")
    E(wid, fam, r228_ws(base, r228_n[0]), v, r228_fr(val), [right], false_lines=false_lines)
    r228_meta[wid] = {"kind": kind, "role": "ws", "base": sid, "wrong": wrong}
    r228_counts["ws"] += 1
    pid = r228_id(tag + "p")
    E(pid, fam, r228_rng.choice(prompts[1:]), v, r228_fr(val), [right], false_lines=false_lines)
    r228_meta[pid] = {"kind": kind, "role": "para", "base": sid, "wrong": wrong}
    r228_counts["para"] += 1


def r228_axb(v, integer=True):
    a = r228_rng.randint(2, 9)
    b = r228_rng.randint(1, 20)
    if integer:
        x = r228_rng.randint(2, 12)
        c = a * x + b
    else:
        c = r228_rng.randint(b + 1, b + 60)
        while (c - b) % a == 0:
            c += 1
        x = r228_F(c - b, a)
    return a, b, c, x


def r228_part_eq(n):
    vs = ["x", "y", "n", "t"]
    for i in range(n):
        v = vs[i % 4]
        form = i % 8
        if form == 0:  # a false check line after a right working
            a, b, c, x = r228_axb(v)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            right = "%s\n%d%s = %d\n%s = %d" % (eq, a, v, c - b, v, x)
            chk = "Check: %d(%d) + %d = %d ✓" % (a, x, b, c + a)
            wrong = right + "\n" + chk
            r228_egroup("q", "r228_eq_check", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_false_check", [chk])
        elif form == 1:  # a false intermediate line in prose
            a, b, c, x = r228_axb(v)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            fl = "Subtracting %d from both sides gives %d%s = %d." % (b, a, v, c - b + a)
            wrong = "%s\n%s\n%s = %d" % (eq, fl, v, x)
            right = "%s\nSubtracting %d from both sides gives %d%s = %d.\n%s = %d" % (eq, b, a, v, c - b, v, x)
            r228_egroup("q", "r228_eq_prose", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_prose_line", [fl])
        elif form == 2:  # a false arithmetic remark in brackets
            a, b, c, x = r228_axb(v)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            fl = "%d%s = %d (since %d − %d = %d)" % (a, v, c - b, c, b, c - b + 1)
            wrong = "%s\n%s\n%s = %d" % (eq, fl, v, x)
            right = "%s\n%d%s = %d (since %d − %d = %d)\n%s = %d" % (eq, a, v, c - b, c, b, c - b, v, x)
            r228_egroup("q", "r228_eq_remark", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_remark", [fl])
        elif form == 3:  # a rounded decimal as the final value
            a, b, c, x = r228_axb(v, integer=False)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            dec = "%.2f" % float(x)
            wrong = "%s\n%d%s = %d\n%s = %s" % (eq, a, v, c - b, v, dec)
            right = "%s\n%d%s = %d\n%s = %s" % (eq, a, v, c - b, v, r228_fr(x))
            r228_egroup("q", "r228_eq_round", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_rounded")
        elif form == 4:  # the final value as a wrong mixed number / inverted fraction
            a, b, c, x = r228_axb(v, integer=False)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            inv = "%d/%d" % (x.denominator, x.numerator)
            wrong = "%s\n%d%s = %d\n%s = %s" % (eq, a, v, c - b, v, inv)
            right = "%s\n%d%s = %d\n%s = %s" % (eq, a, v, c - b, v, r228_fr(x))
            r228_egroup("q", "r228_eq_inverted", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_inverted")
        elif form == 5:  # the instruction's example answered
            a, b, c, x = r228_axb(v)
            ea, eb = 2, 3
            ex = r228_rng.randint(2, 9)
            while ex == x:
                ex = r228_rng.randint(2, 9)
            exeq = "%d%s + %d = %d" % (ea, v, eb, ea * ex + eb)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            prompts = ["Example: %s gives %s = %d. Now solve for %s: %s. Show your steps." % (exeq, v, ex, v, eq),
                       "For example, %s gives %s = %d. Now find %s: %s. Show the working." % (exeq, v, ex, v, eq),
                       "Like the example %s (%s = %d), solve %s for %s step by step." % (exeq, v, ex, eq, v)]
            wrong = "%s\n%d%s = %d\n%s = %d" % (exeq, ea, v, ea * ex, v, ex)
            right = "%s\n%d%s = %d\n%s = %d" % (eq, a, v, c - b, v, x)
            r228_egroup("q", "r228_eq_example", prompts, v, x, wrong, right, "eq_example")
        elif form == 6:  # a final line in another form: "x = c-b/a" unevaluated, wrong precedence
            a, b, c, x = r228_axb(v)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            fin = "%s = %d - %d/%d" % (v, c, b, a)
            wrong = "%s\n%s" % (eq, fin)
            right = "%s\n%d%s = %d\n%s = %d" % (eq, a, v, c - b, v, x)
            r228_egroup("q", "r228_eq_form", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_form")
        else:  # sign slip in a middle line, right final
            a, b, c, x = r228_axb(v)
            eq = "%d%s - %d = %d" % (a, v, b, a * x - b)
            fl = "%d%s = %d - %d" % (a, v, a * x - b, b)
            wrong = "%s\n%s\n%d%s = %d\n%s = %d" % (eq, fl, a, v, a * x, v, x)
            right = "%s\n%d%s = %d + %d\n%d%s = %d\n%s = %d" % (eq, a, v, a * x - b, b, a, v, a * x, v, x)
            r228_egroup("q", "r228_eq_sign", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_sign_line", [fl])


r228_part_a(48)
r228_part_b(48)
r228_part_c(42)
r228_part_d(48)
r228_part_e(48)
r228_part_f(50)
r228_part_g(40)
r228_part_h(30)
r228_part_eq(128)


# ------------------------------------------------------------------ refinement: numbers in local forms and scale words
def r228_part_n(n):
    for i in range(n):
        form = i % 6
        nm = r228_name()
        if form == 0:
            v = r228_rng.randint(2, 98) * 100
            body = "Kunde: %s\nBeløp: kr %s,00\n" % (nm, "{:,}".format(v).replace(",", "."))
            key, what, wrong = "amount", "amount", v / 1000.0
        elif form == 1:
            v = r228_rng.randint(12, 98) * 100000
            body = "Company: %s AS\nRevenue: %.1f million NOK\n" % (nm.split()[1], v / 1e6)
            key, what, wrong = "revenue_nok", "revenue in NOK", v / 1e6
        elif form == 2:
            v = r228_rng.randint(40, 95) * 10000
            body = "Employee: %s\nSalary: %dk NOK\n" % (nm, v // 1000)
            key, what, wrong = "salary_nok", "salary in NOK", v // 1000
        elif form == 3:
            p = r228_rng.choice([5, 10, 12, 15, 20, 25, 30])
            body = "Customer: %s\nDiscount: %d%%\n" % (nm, p)
            key, what, wrong = "discount_rate", "discount rate as a fraction", p
            v = p / 100.0
        elif form == 4:
            v = r228_rng.randint(1001, 9999) + 0.5
            body = "Kunde: %s\nTotalt: %s NOK\n" % (nm, "{:,.2f}".format(v).replace(",", " ").replace(".", ","))
            key, what, wrong = "total", "total", int(v)
        else:
            v = r228_rng.randint(2, 9) * 1000000 + r228_rng.choice([0, 500000])
            body = "Project: %s\nBudget: NOK %s mill.\n" % (r228_rng.choice(["Bru", "Skole", "Veg", "Hall"]),
                                                          ("%.1f" % (v / 1e6)).replace(".", ","))
            key, what, wrong = "budget_nok", "budget in NOK", v / 1e6
        if isinstance(v, float) and v == int(v):
            v = int(v)
        if isinstance(wrong, float) and wrong == int(wrong):
            wrong = int(wrong)
        schema = S({key: "number"})
        r228_group("n", "r228_number_form", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: wrong}, {key: v}, schema, "number_form")


# ------------------------------------------------------------------ refinement: another field under local labels
R228_NO_PAIRS = [
    ("delivery_date", "delivery date", "Leveringsdato", "Ordredato", "date"),
    ("due_date", "due date", "Forfallsdato", "Fakturadato", "date"),
    ("delivery_city", "delivery city", "Leveringsadresse (by)", "Fakturaadresse (by)", "city"),
    ("departure_time", "departure time", "Avgang", "Ankomst", "time"),
    ("ship_date", "ship date", "Shipped", "Ordered", "date"),
    ("end_date", "end date", "Ends", "Starts", "date"),
    ("due_date", "due date", "Pay by", "Issued", "date"),
    ("to_city", "destination city", "To", "From", "city"),
]


def r228_part_l(n):
    for i in range(n):
        key, what, lab, other, kind = R228_NO_PAIRS[i % len(R228_NO_PAIRS)]
        v = r228_val(kind)
        w = r228_val(kind)
        while w == v:
            w = r228_val(kind)
        if kind == "date":
            v, w = max(v, w), min(v, w)
        lines = ["Ref: %d" % r228_rng.randint(10000, 99999), "%s: %s" % (other, w), "%s: %s" % (lab, v)]
        body = "\n".join(lines) + "\n"
        schema = S({key: "string"})
        r228_group("l", "r228_local_label", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   {key: w}, {key: v}, schema, "local_label")


# ------------------------------------------------------------------ refinement: equations, a false line in other forms
def r228_part_eq2(n):
    vs = ["x", "y", "n", "t"]
    for i in range(n):
        v = vs[i % 4]
        form = i % 10
        a, b, c, x = r228_axb(v)
        eq = "%d%s + %d = %d" % (a, v, b, c)
        good = "%d%s = %d" % (a, v, c - b)
        off = c - b + r228_rng.choice([1, -1, a])
        if form == 0:
            fl = "$%d%s = %d$" % (a, v, off)
        elif form == 1:
            fl = "%d %s = %d" % (a, v, off)
        elif form == 2:
            fl = "%d·%s = %d" % (a, v, off)
        elif form == 3:
            fl = "→ %d%s = %d" % (a, v, off)
        elif form == 4:
            fl = "%d%s = %d − %d = %d" % (a, v, c, b, off)
        elif form == 5:
            fl = "So %d%s equals %d." % (a, v, off)
        elif form == 6:
            fl = "(%d%s = %d)" % (a, v, off)
        elif form == 7:
            fl = "%d%s = %d." % (a, v, off)
        elif form == 8:
            fl = "**%d%s = %d**" % (a, v, off)
        else:
            fl = "Now the right side is %d, so %s = %d/%d." % (off, v, off, a)
        if form == 9:
            wrong = "%s\n%s\n%s = %d" % (eq, fl, v, x)
        else:
            wrong = "%s\n%s\n%s = %d" % (eq, fl, v, x)
        right = "%s\n%s\n%s = %d" % (eq, good, v, x)
        r228_egroup("k", "r228_eq_falseform", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_falseform_%d" % form, [fl])
    for i in range(n // 2):  # final line: the exact value beside a wrong approximation or another wrong form
        v = vs[i % 4]
        a, b, c, x = r228_axb(v, integer=False)
        eq = "%d%s + %d = %d" % (a, v, b, c)
        f = i % 3
        if f == 0:
            fin = "%s = %s ≈ %.1f" % (v, r228_fr(x), float(x) + 0.1)
        elif f == 1:
            q, rmd = divmod(c - b, a)
            fin = "%s = %d remainder %d" % (v, q, rmd)
        else:
            fin = "%s = %s (about %d)" % (v, r228_fr(x), int(float(x)) + 2)
        wrong = "%s\n%d%s = %d\n%s" % (eq, a, v, c - b, fin)
        right = "%s\n%d%s = %d\n%s = %s" % (eq, a, v, c - b, v, r228_fr(x))
        r228_egroup("m", "r228_eq_final", r228_eq_instrs(eq, v), v, x, wrong, right, "eq_final_%d" % f)


r228_part_n(60)
r228_part_l(64)
r228_part_eq2(64)


# ------------------------------------------------------------------ refinement 2: members split from one field
def r228_part_r(n):
    for i in range(n):
        form = i % 5
        f, l = r228_rng.choice(R228_FIRST), r228_rng.choice(R228_LAST)
        if form == 0:
            body = "Name: %s, %s\nCity: %s\n" % (l, f, r228_rng.choice(R228_CITY))
            schema = S({"first_name": "string", "last_name": "string"})
            wrong, right, what = {"first_name": l, "last_name": f}, {"first_name": f, "last_name": l}, "first and last name"
        elif form == 1:
            body = "Passenger: %s %s\nSeat: %d%s\n" % (l.upper(), f, r228_rng.randint(1, 30), r228_rng.choice("ABCDEF"))
            schema = S({"first_name": "string", "last_name": "string"})
            wrong, right, what = {"first_name": l.upper(), "last_name": f}, {"first_name": f, "last_name": l.upper()}, "passenger's first and last name"
        elif form == 2:
            d, m = r228_rng.sample(range(1, 13), 2)
            y = r228_rng.choice([2024, 2025])
            body = "Customer: %s %s\nDate: %02d.%02d.%d\n" % (f, l, d, m, y)
            schema = S({"day": "integer", "month": "integer", "year": "integer"})
            wrong, right, what = {"day": m, "month": d, "year": y}, {"day": d, "month": m, "year": y}, "day, month and year of the date"
        elif form == 3:
            h = r228_rng.randint(1, 11)
            mi = r228_rng.choice([0, 15, 30, 45, 5, 50])
            body = "Flight: SK%d\nDeparture: %d:%02d pm\n" % (r228_rng.randint(100, 999), h, mi)
            schema = S({"departure_time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}})
            wrong = {"departure_time": "%02d:%02d" % (h, mi)}
            right = {"departure_time": "%02d:%02d" % (h + 12, mi)}
            what = "departure time (24-hour HH:MM)"
        else:
            s = r228_rng.randint(10, 99)
            e = r228_rng.randint(10, 99)
            body = "Match: %s vs %s\nResult: %d-%d\n" % (r228_rng.choice(["Brann", "Molde", "Rosenborg"]),
                                                       r228_rng.choice(["Viking", "Bodø/Glimt", "Lillestrøm"]), s % 6, e % 5)
            schema = S({"home_goals": "integer", "away_goals": "integer"})
            wrong = {"home_goals": e % 5, "away_goals": s % 6}
            right = {"home_goals": s % 6, "away_goals": e % 5}
            if wrong == right:
                continue
            what = "home and away goals"
        r228_group("r", "r228_split", {"instrs": r228_instrs(what), "make": r228_mk("Text:\n", body)},
                   wrong, right, schema, "split_%d" % form)


r228_part_r(50)

r228_found_alone_list = set()
r228_arguable_list = set()
r228_found_alone |= r228_found_alone_list
r228_arguable |= r228_arguable_list

# Trimmed for ctest, stop 49: nothing was found from the cache; every 10th group of four (by a hash of its single's
# id, so the same ones each time), whole: the single, its identical repeat and both variants (2,996 generated).
import zlib as r228_zlib  # noqa: E402

r228_groups = {r228_i for r228_i, r228_m in r228_meta.items()
               if r228_m.get("role") == "single" and r228_zlib.crc32(r228_i.encode()) % 10 == 0}
P[:] = [r228_p for r228_p in P if not r228_p["id"].startswith("d228-") or r228_p["id"] in r228_groups
        or r228_meta.get(r228_p["id"], {}).get("base") in r228_groups]
