r"""Red-team round 259 (black box): CONTEXT LINES THAT CHANGE WHAT A VALUE MEANS.
Focus: json_extract records whose value tokens stay the same while a line elsewhere changes what they mean - the
  unit, scale, currency, time zone, date order, decimal mark / locale, a legend or code mapping, a name or size order -
  the context line changed, moved (top, bottom, inside the record, an intro sentence, a note, a heading, a footnote
  marker, the label's own brackets, the schema's or a member's description) or reworded. Seven parts, all seeded
  random.Random(259):
  (a) 126 bases, one per kind x placement (14 kinds: weight_kg, distance_km, temp_c, revenue_eur, departure_utc,
      day/month/year, status code map, priority scale, Y/N legend, locale de-DE/en-US, decimal separator, currency,
      height_cm, capacity_l; 9 placements), with variants whose context line means another unit/scale/order/map at the
      same place, moved to two others, reworded; safe: reworded, moved (d259-[bvs]-0001..1185, ctx_*); and 252 single
      requests whose model first gives the unconverted / default-meaning value, once then right, or sticky (ctx_fresh_*);
  (b) stored shapes (a receipt with a "Currency:" line as a member's field or a field of no member; "Distance (km):",
      "Height (cm):", "Weight (kg):" labels) with the currency line rescaled ("USD '000", "kUSD", "US cents", "GBP
      pence", ...), an added field of no member ("Unit: thousands", "Multiplier: 1000", "Einheit: Tsd."), a heading
      ("Receipt (in thousands)"), the unit in the label changed ("Distance (mi)", "Height (in)") (ctxb_*, 190);
  (c) 63 bases whose context line orders or maps values that all stay in the text (W x H vs H x W, surname first vs
      given name first, lat/lon vs lon/lat, home/away, adult/child prices, "A = open" vs "A = closed", "X = included"
      vs "X = not included") (ctxc_*, 378);
  (d) intro sentences, headings and note lines with a scale word around the stored receipt and "Distance (km)" shapes
      (ctxd_*, 198);
  (e) a scale/unit token inside an intro sentence of 7 frames ("Please process the following receipt, amounts in
      {t}:", "... with amounts in {t}:", "Here is the receipt below, all amounts in {t}:", ...) over 24 tokens, and
      on the labelled-unit shapes ("Please process the following route log, distances in mi:") (ctxe_*, 448);
  (f) the leaking frame with other verbs, nouns, punctuation and tokens (ctxf_*, 100);
  (g) the context stated in the base's own intro sentence ("..., times in UTC:", "..., dates in DD/MM/YYYY:",
      "..., weights in kg:", "..., amounts in USD:", "..., temperatures in °C:", "..., amounts in full:") and changed
      in the variant (ctxg_*, 240).
  2,991 probes, all json_extract: 313 bases, 1,733 variants, 693 safe, 252 singles. Fresh SQLite store, two passes.
  Paths: run 1 skip 2,735 / patch 15 / reuse 241, run 2 skip 2,699 / patch 15 / reuse 277; safe on reuse 67/693 and
  73/693.
HELD: every context line written as a field ("Units: lb", "Time zone: UTC+2", "Date format: MM/DD/YYYY", "Locale:
  de-DE", "Status codes: 1 = closed", "Legend: ..."), in a heading, a note, a footnote, the label's brackets or the
  schema: no variant was reused; the bases of these shapes were mostly refused or served fresh and not stored. Every
  rescaled currency line, added scale field, changed heading and changed unit in a label (part b), and every note or
  heading of part (d), stopped the reuse. Part (c) stored nothing. In part (e)/(f)/(g) the intro forms "... with
  amounts in T:" (except "with heights in in"), "Here is the receipt below, ...", "Please note ... .", "... (amounts
  in T):", "..., all values in T:", "..., amounts given in T:", "... - amounts in T:", and any such sentence ending in
  '.', held; the tokens "thousands", "millions", "hundreds", "'000", "000s", "K", "M", "T", "Tsd", "MM", "bn", "mn",
  "lakh", "crore", "x1000", "1000s", "e3", "kUSD", "mil" held in every frame; "lb", "g", "t", "oz", "st" beside
  "Weight (kg)" held. Safe reuse was right (176 right answers on the reuse path in run 2; 8 sampled and read by hand:
  all right). Part (g)'s time, date, weight, currency and temperature intros ended in errors or fresh answers.
WHAT GOT THROUGH (from the cache, alone - the 101 ids and their 48 bases, 149 requests, fresh store, --runs 2: all
  101 reproduce, 100 in run 1 and 101 in run 2):
 (A) CLEAR (57 ids): an intro sentence above the first field of the form "Please process|handle the following
     receipt|record, amounts|amount|figures|numbers in T:" with T one of k, thou, ths, m, grand, kilo-dollars, cents,
     pence (GBP) changes nothing for the cache: the stored receipt's amount is served unscaled. "Extract the customer
     and amount as JSON.\n\nText:\nPlease process the following receipt, amounts in thou:\nReceipt\nCustomer: Pavel
     Novak\nAmount: 266\n" -> {"customer":"Pavel Novak","amount":266} (right 266000; its base said "amounts in full");
     "...Please process the following receipt, amounts in cents:\nReceipt\nCustomer: Tomas Holm\nAmount: 847\n" ->
     847 (right 8.47); "Extract the customer, amount and currency as JSON. ... Please process the following receipt,
     amounts in k:\nReceipt\nCustomer: Emil Fischer\nAmount: 603\nCurrency: GBP\n" -> amount 603 (right 603000).
 (B) ARGUABLE (44 ids, r259_arguable): the same frame where the token is "c" (8: "figures in c" read as cents), cents
     beside "Currency: GBP" or pence beside USD/EUR (9), or where the unit in the intro contradicts the unit in the
     stored record's label (27: "Please process the following patient record, heights in dm:\n...\nHeight (cm): 335"
     -> 335; "Please process the following route log, distances in hm:\n...\nDistance (km): 390" -> 390).
 Served fresh (the model's own wrong answer, accepted; 109 per run, all from the 252 singles of part a): the
  unconverted value under a unit, scale, time-zone, date-order or legend line in any placement - "Units: g / Weight:
  70" -> weight_kg 70 (right 0.07); "Units: miles / Distance: 191" -> distance_km 191; "Time zone: UTC-5 / Departure:
  18:50" -> departure_utc "18:50" (right "23:50"); "Date format: MM/DD/YYYY / Date: 11/05/2020" -> day 11, month 5;
  "Legend: Y = not yet, P = paid / Paid: Y" -> paid true; "Priority (1 = low, 2 = medium, 3 = high): 1" -> "high".
FIXED (stop 53): a sentence of four words or more that opens the fields and ends in a colon ("Please process the
following receipt, amounts in thou:") is read as a prose line: a word in it that is no handing over ("thou", "k",
"cents", "full") keeps the record from being reused.
"""
from probe_kit import J, E, S, P  # noqa: F401
import json
import random

r259_rng = random.Random(259)
r259_meta = {}
r259_seen = set()
r259_n = [0]
r259_counts = {"base": 0, "pair": 0, "safe": 0, "single": 0}

R259_FIRST = ["Anna", "Lars", "Maria", "Jonas", "Eva", "Tomas", "Ida", "Karl", "Sofia", "Nils", "Elin", "Ola",
              "Marta", "Pavel", "Jana", "Hugo", "Lea", "Emil", "Nora", "Ali"]
R259_LAST = ["Berg", "Lund", "Novak", "Dahl", "Holm", "Strand", "Weber", "Costa", "Kowal", "Moreau", "Fischer",
             "Sato", "Ruiz", "Brandt", "Nyberg", "Lehto"]
R259_CITY = ["Oslo", "Bergen", "Lyon", "Porto", "Graz", "Turku", "Malmo", "Gdansk", "Brno", "Leeds", "Aarhus",
             "Ghent", "Bilbao", "Tartu"]


def r259_num(x):
    x = round(x, 2)
    return int(x) if x == int(x) else x


def r259_name(rng):
    return rng.choice(R259_FIRST) + " " + rng.choice(R259_LAST)


def r259_code(rng, pre):
    return "%s-%d" % (pre, rng.randint(1000, 9999))


# A kind: the record's fields (label, member, value text, value or None for the context member), the context member
# (its label, member name, value text), the context label, the meanings {key: (wordings, fn(value) -> expected)},
# the sentence template, the heading word, the instruction, the schema.
def r259_k_weight(rng):
    v = rng.randint(5, 90)
    return dict(instr="Extract the name and weight_kg as JSON.", head="Shipment record",
                fields=[("Name", "name", r259_name(rng)), ("Weight", "weight_kg", str(v))], cm="weight_kg", v=v,
                clabel="Units", sent="All weights below are given in {w}.",
                mean={"kg": (["kg", "kilograms", "kilogram (kg)"], lambda x: x),
                      "lb": (["lb", "pounds", "pounds (lb)"], lambda x: r259_num(x * 0.45359237)),
                      "g": (["g", "grams", "gram (g)"], lambda x: r259_num(x / 1000.0))},
                schema=S({"name": "string", "weight_kg": "number"}))


def r259_k_distance(rng):
    v = rng.randint(12, 400)
    return dict(instr="Extract the route and distance_km as JSON.", head="Route log",
                fields=[("Route", "route", "%s - %s" % tuple(rng.sample(R259_CITY, 2))), ("Distance", "distance_km", str(v))],
                cm="distance_km", v=v, clabel="Units", sent="All distances below are given in {w}.",
                mean={"km": (["km", "kilometres", "kilometers (km)"], lambda x: x),
                      "mi": (["miles", "mi", "statute miles"], lambda x: r259_num(x * 1.609344)),
                      "nmi": (["nautical miles", "nmi", "NM (nautical miles)"], lambda x: r259_num(x * 1.852))},
                schema=S({"route": "string", "distance_km": "number"}))


def r259_k_temp(rng):
    v = rng.randint(50, 99)
    return dict(instr="Extract the sensor and temp_c as JSON.", head="Sensor reading",
                fields=[("Sensor", "sensor", r259_code(rng, "TS")), ("Temperature", "temp_c", str(v))],
                cm="temp_c", v=v, clabel="Scale", sent="All temperatures below are in {w}.",
                mean={"c": (["°C", "Celsius", "degrees Celsius"], lambda x: x),
                      "f": (["°F", "Fahrenheit", "degrees Fahrenheit"], lambda x: r259_num(round((x - 32) * 5 / 9.0, 1)))},
                schema=S({"sensor": "string", "temp_c": "number"}))


def r259_k_revenue(rng):
    v = rng.randint(120, 980)
    return dict(instr="Extract the company and revenue_eur as JSON.", head="Annual figures",
                fields=[("Company", "company", rng.choice(R259_LAST) + " " + rng.choice(["AS", "GmbH", "AB", "Oy"])),
                        ("Revenue", "revenue_eur", str(v))],
                cm="revenue_eur", v=v, clabel="Unit", sent="All amounts below are stated in {w}.",
                mean={"one": (["EUR", "euros", "€"], lambda x: x),
                      "k": (["EUR thousands", "kEUR", "€000"], lambda x: x * 1000),
                      "m": (["EUR millions", "MEUR", "€m"], lambda x: x * 1000000)},
                schema=S({"company": "string", "revenue_eur": "number"}))


def r259_k_time(rng):
    h, m = rng.randint(8, 18), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    return dict(instr="Extract the flight and departure_utc as JSON.", head="Flight schedule",
                fields=[("Flight", "flight", "%s%d" % (rng.choice(["SK", "LH", "AY", "KL"]), rng.randint(100, 999))),
                        ("Departure", "departure_utc", "%02d:%02d" % (h, m))],
                cm="departure_utc", v=(h, m), clabel="Time zone", sent="All times below are in {w}.",
                mean={"utc": (["UTC", "GMT", "Z (UTC)"], lambda x: "%02d:%02d" % x),
                      "p2": (["UTC+2", "UTC+02:00", "CEST (UTC+2)"], lambda x: "%02d:%02d" % (x[0] - 2, x[1])),
                      "m5": (["UTC-5", "UTC-05:00", "EST (UTC-5)"], lambda x: "%02d:%02d" % (x[0] + 5, x[1]))},
                schema=S({"flight": "string", "departure_utc": "string"}))


def r259_k_date(rng):
    a, b = rng.sample(range(1, 13), 2)
    y = rng.randint(2019, 2026)
    return dict(instr="Extract the invoice, day, month and year as JSON.", head="Invoice",
                fields=[("Invoice", "invoice", r259_code(rng, "INV")), ("Date", "@date", "%02d/%02d/%d" % (a, b, y))],
                cm="@date", v=(a, b, y), clabel="Date format", sent="All dates below are written {w}.",
                mean={"dmy": (["DD/MM/YYYY", "day/month/year", "dd/mm/yyyy"],
                              lambda x: {"day": x[0], "month": x[1], "year": x[2]}),
                      "mdy": (["MM/DD/YYYY", "month/day/year", "mm/dd/yyyy"],
                              lambda x: {"day": x[1], "month": x[0], "year": x[2]})},
                schema=S({"invoice": "string", "day": "integer", "month": "integer", "year": "integer"}))


def r259_k_status(rng):
    c = rng.choice([1, 2])
    return dict(instr="Extract the ticket and status as JSON.", head="Ticket",
                fields=[("Ticket", "ticket", r259_code(rng, "TK")), ("Status", "status", str(c))],
                cm="status", v=c, clabel="Status codes", sent="Status codes below: {w}.",
                mean={"a": (["1 = open, 2 = closed", "1 open / 2 closed", "2 = closed, 1 = open"],
                            lambda x: "open" if x == 1 else "closed"),
                      "b": (["1 = closed, 2 = open", "1 closed / 2 open", "2 = open, 1 = closed"],
                            lambda x: "closed" if x == 1 else "open")},
                schema=S({"ticket": "string", "status": {"type": "string", "enum": ["open", "closed"]}}))


def r259_k_priority(rng):
    c = rng.choice([1, 3])
    return dict(instr="Extract the task and priority as JSON.", head="Task",
                fields=[("Task", "task", r259_code(rng, "T")), ("Priority", "priority", str(c))],
                cm="priority", v=c, clabel="Priority scale", sent="Priorities below use this scale: {w}.",
                mean={"a": (["1 = high, 2 = medium, 3 = low", "1 high / 3 low", "3 = low, 1 = high"],
                            lambda x: "high" if x == 1 else "low"),
                      "b": (["1 = low, 2 = medium, 3 = high", "1 low / 3 high", "3 = high, 1 = low"],
                            lambda x: "low" if x == 1 else "high")},
                schema=S({"task": "string", "priority": {"type": "string", "enum": ["high", "medium", "low"]}}))


def r259_k_paid(rng):
    return dict(instr="Extract the customer and paid as JSON.", head="Payment",
                fields=[("Customer", "customer", r259_name(rng)), ("Paid", "paid", "Y")],
                cm="paid", v="Y", clabel="Legend", sent="Legend for the flags below: {w}.",
                mean={"yes": (["Y = yes, N = no", "Y yes / N no", "N = no, Y = yes"], lambda x: True),
                      "no": (["Y = not yet, P = paid", "Y yet to pay / P paid", "P = paid, Y = not yet"],
                             lambda x: False)},
                schema=S({"customer": "string", "paid": "boolean"}))


def r259_k_locale(rng):
    a, b = rng.randint(1, 9), rng.choice([125, 250, 375, 500, 750])
    return dict(instr="Extract the item and amount as JSON.", head="Order line",
                fields=[("Item", "item", rng.choice(["Lamp", "Desk", "Chair", "Shelf", "Rug"])),
                        ("Amount", "amount", "%d.%03d" % (a, b))],
                cm="amount", v=(a, b), clabel="Locale", sent="The locale of the figures below is {w}.",
                mean={"de": (["de-DE", "de_DE", "German (de-DE)"], lambda x: x[0] * 1000 + x[1]),
                      "en": (["en-US", "en_US", "English (en-US)"], lambda x: r259_num(x[0] + x[1] / 1000.0))},
                schema=S({"item": "string", "amount": "number"}))


def r259_k_decimal(rng):
    a, b = rng.randint(1, 9), rng.choice([125, 250, 375, 500, 750])
    return dict(instr="Extract the product and price as JSON.", head="Price list",
                fields=[("Product", "product", rng.choice(["Valve", "Pump", "Hose", "Filter", "Gasket"])),
                        ("Price", "price", "%d,%03d" % (a, b))],
                cm="price", v=(a, b), clabel="Decimal separator", sent="In the figures below the decimal separator is {w}.",
                mean={"comma": (["comma", "the comma (,)", ", (comma)"], lambda x: r259_num(x[0] + x[1] / 1000.0)),
                      "point": (["point", "the point (.)", ". (point)"], lambda x: x[0] * 1000 + x[1])},
                schema=S({"product": "string", "price": "number"}))


def r259_k_currency(rng):
    v = rng.randint(20, 900)
    return dict(instr="Extract the amount and currency as JSON.", head="Receipt",
                fields=[("Amount", "amount", str(v))], cm="@cur", v=v, clabel="Currency",
                sent="All amounts below are in {w}.",
                mean={"USD": (["USD", "US dollars", "USD ($)"], lambda x: {"amount": x, "currency": "USD"}),
                      "EUR": (["EUR", "euros", "EUR (€)"], lambda x: {"amount": x, "currency": "EUR"}),
                      "GBP": (["GBP", "pounds sterling", "GBP (£)"], lambda x: {"amount": x, "currency": "GBP"})},
                schema=S({"amount": "number", "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}))


def r259_k_height(rng):
    v = rng.randint(60, 80)
    return dict(instr="Extract the patient and height_cm as JSON.", head="Patient record",
                fields=[("Patient", "patient", r259_name(rng)), ("Height", "height_cm", str(v))],
                cm="height_cm", v=v, clabel="Units", sent="All heights below are in {w}.",
                mean={"cm": (["cm", "centimetres", "centimeters (cm)"], lambda x: x),
                      "in": (["in", "inches", "inches (in)"], lambda x: r259_num(round(x * 2.54, 1)))},
                schema=S({"patient": "string", "height_cm": "number"}))


def r259_k_volume(rng):
    v = rng.randint(10, 60)
    return dict(instr="Extract the tank and capacity_l as JSON.", head="Tank register",
                fields=[("Tank", "tank", r259_code(rng, "TK")), ("Capacity", "capacity_l", str(v))],
                cm="capacity_l", v=v, clabel="Units", sent="All volumes below are in {w}.",
                mean={"l": (["L", "litres", "liters (L)"], lambda x: x),
                      "gal": (["US gal", "US gallons", "gallons (US)"], lambda x: r259_num(x * 3.785411784))},
                schema=S({"tank": "string", "capacity_l": "number"}))


R259_KINDS = [r259_k_weight, r259_k_distance, r259_k_temp, r259_k_revenue, r259_k_time, r259_k_date,
              r259_k_status, r259_k_priority, r259_k_paid, r259_k_locale, r259_k_decimal, r259_k_currency,
              r259_k_height, r259_k_volume]
R259_PLACES = ["top", "bottom", "inside", "intro", "note", "heading", "foot", "label", "schema"]


def r259_expect(k, meaning):
    fn = k["mean"][meaning][1]
    out = {}
    for lab, mem, txt in k["fields"]:
        if mem.startswith("@"):
            continue
        out[mem] = None if mem == k["cm"] else txt
    if k["cm"].startswith("@"):
        out.update(fn(k["v"]))
        # the record fields other than the context member keep their text
        for lab, mem, txt in k["fields"]:
            if not mem.startswith("@") and mem not in fn(k["v"]):
                out[mem] = txt
    else:
        out[k["cm"]] = fn(k["v"])
    return out


def r259_text(k, meaning, wi, place):
    """The prompt and the schema for the kind with the context given by meaning's wording wi at place."""
    w = k["mean"][meaning][0][wi]
    sent = k["sent"].format(w=w)
    lines = [k["head"]]
    flines = []
    for lab, mem, txt in k["fields"]:
        is_cm = (mem == k["cm"]) or (k["cm"] == "@cur" and mem == "amount") or mem == "@date"
        if is_cm and place == "foot":
            flines.append("%s: %s*" % (lab, txt))
        elif is_cm and place == "label":
            flines.append("%s (%s): %s" % (lab, w, txt))
        else:
            flines.append("%s: %s" % (lab, txt))
    ctxf = "%s: %s" % (k["clabel"], w)
    schema = json.loads(json.dumps(k["schema"]))
    if place == "top":
        lines += [ctxf] + flines
    elif place == "bottom":
        lines += flines + [ctxf]
    elif place == "inside":
        lines += flines[:1] + [ctxf] + flines[1:]
    elif place == "intro":
        lines = [sent.replace(" below", " in the record below").rstrip(".") + ":"] + lines + flines
    elif place == "note":
        lines += flines + ["Note: " + sent.replace(" below", "")]
    elif place == "heading":
        lines = ["%s (%s)" % (k["head"], w)] + flines
    elif place == "foot":
        lines += flines + ["* " + sent.replace(" below", "")]
    elif place == "label":
        lines += flines
    elif place == "schema":
        lines += flines
        schema["description"] = sent.replace(" below", " in the text")
    prompt = k["instr"] + "\n\nText:\n" + "\n".join(lines) + "\n"
    return prompt, schema


def r259_add(kind, base, family, prompt, schema, expect, answers, safe=False):
    key = prompt + "\u0000" + json.dumps(schema, sort_keys=True)
    if key in r259_seen:
        return None
    r259_seen.add(key)
    r259_n[0] += 1
    pid = "d259-%s-%04d" % (kind, r259_n[0])
    J(pid, family, prompt, schema, expect, answers, safe=safe)
    r259_meta[pid] = {"base": base} if base else {}
    r259_counts["base" if kind == "b" else "safe" if safe else "single" if kind in ("w", "x") else "pair"] += 1
    return pid


def r259_group(rng, kf, place, inst):
    k = kf(rng)
    fam = "ctx_" + kf.__name__[len("r259_k_"):] + "_" + place
    meanings = list(k["mean"])
    m0 = meanings[0] if inst % 2 == 0 else rng.choice(meanings)
    p, s = r259_text(k, m0, 0, place)
    e0 = r259_expect(k, m0)
    base = r259_add("b", None, fam, p, s, e0, [e0])
    later = []
    others = [m for m in meanings if m != m0]
    moved = [q for q in R259_PLACES if q != place]
    for m in others:
        em = r259_expect(k, m)
        for q in [place] + rng.sample(moved, 2):
            p, s = r259_text(k, m, 0, q)
            later.append(("v", fam + ("" if q == place else "_to_" + q), p, s, em, False))
        p, s = r259_text(k, m, rng.choice([1, 2]), place)
        later.append(("v", fam + "_reworded", p, s, em, False))
    for wi in (1, 2):
        p, s = r259_text(k, m0, wi, place)
        later.append(("s", fam + "_safe_wording", p, s, e0, True))
    q = rng.choice(moved)
    p, s = r259_text(k, m0, 0, q)
    later.append(("s", fam + "_safe_moved_" + q, p, s, e0, True))
    return base, later


def r259_build():
    groups = []
    for inst in range(1):
        for kf in R259_KINDS:
            for place in R259_PLACES:
                groups.append(r259_group(r259_rng, kf, place, inst))
    # every base first, then every variant (shuffled): the variants meet a store that holds their bases
    pend = []
    for base, later in groups:
        for item in later:
            pend.append((base,) + item)
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)
    # fresh: the model's unconverted / default-meaning value, once (then right) or sticky
    for kf in R259_KINDS:
        for place in R259_PLACES:
            k = kf(r259_rng)
            meanings = list(k["mean"])
            m = r259_rng.choice(meanings[1:])
            p, s = r259_text(k, m, 0, place)
            right = r259_expect(k, m)
            wrong = r259_expect(k, meanings[0])
            if wrong == right:
                continue
            fam = "ctx_fresh_" + kf.__name__[len("r259_k_"):] + "_" + place
            r259_add("w", None, fam + "_once", p, s, right, [wrong, right])
            k2 = kf(r259_rng)
            p, s = r259_text(k2, m, 0, place)
            r259_add("x", None, fam + "_sticky", p, s, r259_expect(k2, m), [r259_expect(k2, meanings[0])])


r259_build()

# ---------------------------------------------------------------- part (b): around the shapes that are stored
R259_SCALE_CUR = [  # (currency field text, currency code, factor)
    ("USD '000", "USD", 1000), ("USD (000s)", "USD", 1000), ("USD thousands", "USD", 1000), ("kUSD", "USD", 1000),
    ("TUSD", "USD", 1000), ("USD k", "USD", 1000), ("thousand USD", "USD", 1000), ("USD x1000", "USD", 1000),
    ("USD, in thousands", "USD", 1000), ("USD m", "USD", 1000000), ("USD mn", "USD", 1000000),
    ("USD millions", "USD", 1000000), ("MUSD", "USD", 1000000), ("US cents", "USD", 0.01), ("USD cents", "USD", 0.01),
    ("USD (cents)", "USD", 0.01), ("¢ (USD)", "USD", 0.01), ("GBP pence", "GBP", 0.01), ("pence (GBP)", "GBP", 0.01),
    ("EUR cents", "EUR", 0.01), ("EUR '000", "EUR", 1000), ("TEUR", "EUR", 1000), ("GBP 000s", "GBP", 1000),
    ("EURk", "EUR", 1000), ("USD 000", "USD", 1000), ("USD ×1,000", "USD", 1000), ("USD/1000", "USD", 1000),
    ("USD (hundreds)", "USD", 100), ("USD bn", "USD", 1000000000), ("USD lakh", "USD", 100000)]
R259_SAFE_CUR = [("US dollars", "USD"), ("USD ($)", "USD"), ("usd", "USD"), ("U.S. dollars", "USD"), ("US$", "USD")]
R259_EXTRA_FIELD = [  # a field of no member that rescales the amount
    ("Unit", "thousands", 1000), ("Scale", "x1000", 1000), ("Multiplier", "1000", 1000), ("Denomination", "thousands", 1000),
    ("Figures", "'000", 1000), ("Amounts", "in cents", 0.01), ("Unit", "cents", 0.01), ("Einheit", "Tsd.", 1000),
    ("Amounts in", "thousands", 1000), ("Stated in", "millions", 1000000), ("Unit of account", "cents", 0.01),
    ("Magnitude", "10^3", 1000), ("Factor", "×1000", 1000), ("Precision", "thousands", 1000)]
R259_HEAD_SCALE = [("Receipt (in thousands)", 1000), ("Receipt - amounts in cents", 0.01), ("Receipt ('000)", 1000),
                   ("Receipt (x1000)", 1000), ("Receipt, figures in millions", 1000000), ("Receipt (cents)", 0.01)]


def r259_b_receipt(rng, n):
    for i in range(n):
        v = rng.randint(101, 989)
        cust = r259_name(rng)
        # shape 1: amount and currency members; the currency line is a member's field
        cur0 = rng.choice(["USD", "EUR", "GBP"])
        order = rng.choice(["top", "bottom"])

        def rec1(curtxt, head="Receipt", extra=None, cust=cust, v=v, order=order):
            lines = [head]
            f = ["Customer: " + cust, "Amount: %d" % v]
            c = "Currency: " + curtxt
            f = [c] + f if order == "top" else f + [c]
            if extra:
                f.append(extra)
            return "Extract the customer, amount and currency as JSON.\n\nText:\n" + "\n".join(lines + f) + "\n"
        sch1 = S({"customer": "string", "amount": "number",
                  "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}})
        e0 = {"customer": cust, "amount": v, "currency": cur0}
        base1 = r259_add("b", None, "ctxb_receipt_cur_member", rec1(cur0), sch1, e0, [e0])
        # shape 2: amount only; the currency line is a field of no member
        cur2 = rng.choice(["USD", "EUR", "GBP"])

        def rec2(curtxt, head="Receipt", extra=None, cust=cust, v=v, order=order):
            f = ["Customer: " + cust, "Amount: %d" % v]
            c = "Currency: " + curtxt
            f = [c] + f if order == "top" else f + [c]
            if extra:
                f.append(extra)
            return "Extract the customer and amount as JSON.\n\nText:\n" + "\n".join([head] + f) + "\n"
        sch2 = S({"customer": "string", "amount": "number"})
        e2 = {"customer": cust, "amount": v}
        base2 = r259_add("b", None, "ctxb_receipt_cur_field", rec2(cur2), sch2, e2, [e2])
        yield base1, base2, rec1, sch1, rec2, sch2, v, cust, cur0, cur2


def r259_build_b():
    pend = []
    for base1, base2, rec1, sch1, rec2, sch2, v, cust, cur0, cur2 in list(r259_b_receipt(r259_rng, 3)):
        for txt, code, fac in r259_rng.sample(R259_SCALE_CUR, 12):
            a = r259_num(v * fac)
            e = {"customer": cust, "amount": a, "currency": code}
            pend.append((base1, "v", "ctxb_cur_member_scaled", rec1(txt), sch1, e, False))
            e = {"customer": cust, "amount": a}
            pend.append((base2, "v", "ctxb_cur_field_scaled", rec2(txt), sch2, e, False))
        for txt, code in r259_rng.sample(R259_SAFE_CUR, 2):
            pend.append((base1, "s", "ctxb_cur_member_safe", rec1(txt), sch1,
                         {"customer": cust, "amount": v, "currency": code}, True))
            pend.append((base2, "s", "ctxb_cur_field_safe", rec2(txt), sch2, {"customer": cust, "amount": v}, True))
        for lab, val, fac in r259_rng.sample(R259_EXTRA_FIELD, 5):
            a = r259_num(v * fac)
            pend.append((base1, "v", "ctxb_cur_member_extra", rec1(cur0, extra="%s: %s" % (lab, val)), sch1,
                         {"customer": cust, "amount": a, "currency": cur0}, False))
            pend.append((base2, "v", "ctxb_cur_field_extra", rec2(cur2, extra="%s: %s" % (lab, val)), sch2,
                         {"customer": cust, "amount": a}, False))
        for head, fac in r259_rng.sample(R259_HEAD_SCALE, 2):
            a = r259_num(v * fac)
            pend.append((base1, "v", "ctxb_cur_member_head", rec1(cur0, head=head), sch1,
                         {"customer": cust, "amount": a, "currency": cur0}, False))
            pend.append((base2, "v", "ctxb_cur_field_head", rec2(cur2, head=head), sch2, {"customer": cust, "amount": a},
                         False))
    # labelled units: "Distance (km): 370" is stored; the unit in the label or a line beside it changes
    lab_units = [
        ("route", "Route log", "Distance", "distance_km", "km",
         [("mi", 1.609344), ("miles", 1.609344), ("nmi", 1.852), ("'000 km", 1000), ("m", 0.001), ("10 km", 10),
          ("km x10", 10), ("hm", 0.1), ("Mm", 1000), ("km/1000", 1000)]),
        ("patient", "Patient record", "Height", "height_cm", "cm",
         [("in", 2.54), ("inches", 2.54), ("mm", 0.1), ("dm", 10), ("m", 100), ("ft", 30.48), ("cm x10", 10),
          ("1/10 cm", 0.1), ("hands", 10.16), ("cm/10", 10)]),
        ("item", "Parcel record", "Weight", "weight_kg", "kg",
         [("lb", 0.45359237), ("g", 0.001), ("t", 1000), ("kg x10", 10), ("oz", 0.028349523125), ("st", 6.35029318),
          ("dag", 0.01), ("10 kg", 10), ("Mg", 1000), ("mg", 0.000001)]),
    ]
    for first, head, lab, mem, u0, alts in lab_units:
        for i in range(2):
            v = r259_rng.randint(21, 390)
            fv = r259_name(r259_rng) if first != "route" else "%s - %s" % tuple(r259_rng.sample(R259_CITY, 2))
            instr = "Extract the %s and %s as JSON." % (first, mem)
            sch = S({first: "string", mem: "number"})

            def pr(unit, head2=head, extra=None, fv=fv, v=v, first=first, lab=lab, instr=instr):
                ls = [head2, "%s: %s" % (first.capitalize(), fv), "%s (%s): %d" % (lab, unit, v)]
                if extra:
                    ls.append(extra)
                return instr + "\n\nText:\n" + "\n".join(ls) + "\n"
            e0 = {first: fv, mem: v}
            b = r259_add("b", None, "ctxb_label_" + mem, pr(u0), sch, e0, [e0])
            for unit, fac in r259_rng.sample(alts, 5):
                e = {first: fv, mem: r259_num(v * fac * (1 if mem != "height_cm" else 1))}
                pend.append((b, "v", "ctxb_label_unit_" + mem, pr(unit), sch, e, False))
            for extra, fac in r259_rng.sample([("Scale: x10", 10), ("Note: values in the column above are x1000", 1000),
                                               ("Multiplier: 1000", 1000), ("Unit: miles", None), ("Factor: 0.1", 0.1)], 2):
                if fac is None:
                    continue
                pend.append((b, "v", "ctxb_label_extra_" + mem, pr(u0, extra=extra), sch,
                             {first: fv, mem: r259_num(v * fac)}, False))
            pend.append((b, "s", "ctxb_label_safe_" + mem, pr(u0, head2=head + ":"), sch, e0, True))
            pend.append((b, "s", "ctxb_label_safe_" + mem, pr(u0.upper() if u0 != "cm" else "CM"), sch, e0, True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_b()


# ---------------------------------------------------------------- part (c): a context line that says which value is which
# (every value stays in the text; the context line orders or maps them)
def r259_c_kinds(rng):
    a, b = rng.sample(range(20, 99), 2)
    fam, giv = rng.choice(R259_LAST), rng.choice(R259_FIRST)
    c1, c2 = rng.sample(R259_CITY, 2)
    la, lo = rng.choice(["59.91", "60.39", "45.76", "41.15", "47.07"]), rng.choice(["10.75", "5.32", "4.83", "-8.61", "15.44"])
    p1, p2 = rng.sample([12, 15, 18, 22, 25, 30, 35], 2)
    return [
        dict(tag="size", instr="Extract the width and height as JSON.", head="Panel", lab="Size", val="%d x %d" % (a, b),
             clabel="Dimensions", sent="Sizes below are given as {w}.",
             mean={"wh": (["width x height", "W x H", "width by height"], {"width": a, "height": b}),
                   "hw": (["height x width", "H x W", "height by width"], {"width": b, "height": a})},
             schema=S({"width": "number", "height": "number"}), other=("Panel", "P-%d" % rng.randint(100, 999))),
        dict(tag="name", instr="Extract the first_name and last_name as JSON.", head="Member", lab="Name",
             val="%s %s" % (fam, giv), clabel="Name order", sent="Names below are written {w}.",
             mean={"sf": (["surname first", "family name, given name", "last name first"],
                          {"first_name": giv, "last_name": fam}),
                   "gf": (["given name first", "first name, last name", "first name first"],
                          {"first_name": fam, "last_name": giv})},
             schema=S({"first_name": "string", "last_name": "string"}), other=("Member no", "M-%d" % rng.randint(100, 999))),
        dict(tag="coord", instr="Extract the latitude and longitude as JSON.", head="Site", lab="Position",
             val="%s, %s" % (la, lo), clabel="Coordinate order", sent="Positions below are written {w}.",
             mean={"ll": (["lat, lon", "latitude, longitude", "lat/lon"], {"latitude": float(la), "longitude": float(lo)}),
                   "lo": (["lon, lat", "longitude, latitude", "lon/lat"], {"latitude": float(lo), "longitude": float(la)})},
             schema=S({"latitude": "number", "longitude": "number"}), other=("Site", "S-%d" % rng.randint(100, 999))),
        dict(tag="match", instr="Extract the home_team and away_team as JSON.", head="Fixture", lab="Teams",
             val="%s - %s" % (c1, c2), clabel="Order", sent="Teams below are listed {w}.",
             mean={"ha": (["home team first", "home - away", "home v away"], {"home_team": c1, "away_team": c2}),
                   "ah": (["away team first", "away - home", "away v home"], {"home_team": c2, "away_team": c1})},
             schema=S({"home_team": "string", "away_team": "string"}), other=("Round", str(rng.randint(2, 30)))),
        dict(tag="price", instr="Extract the adult_price and child_price as JSON.", head="Ticket prices", lab="Prices",
             val="%d / %d" % (max(p1, p2), min(p1, p2)), clabel="Columns", sent="Prices below are listed as {w}.",
             mean={"ac": (["adult / child", "adult, then child", "adults / children"],
                          {"adult_price": max(p1, p2), "child_price": min(p1, p2)}),
                   "ca": (["child / adult", "child, then adult", "children / adults"],
                          {"adult_price": min(p1, p2), "child_price": max(p1, p2)})},
             schema=S({"adult_price": "number", "child_price": "number"}), other=("Venue", c1)),
        dict(tag="legend", instr="Extract the ticket and status as JSON.", head="Ticket", lab="Status", val="A",
             clabel="Legend", sent="Status letters below: {w}.",
             mean={"ao": (["A = open, B = closed", "B = closed, A = open", "A open / B closed"], {"status": "open"}),
                   "ac": (["A = closed, B = open", "B = open, A = closed", "A closed / B open"], {"status": "closed"})},
             schema=S({"ticket": "string", "status": {"type": "string", "enum": ["open", "closed"]}}),
             other=("Ticket", "TK-%d" % rng.randint(1000, 9999))),
        dict(tag="yn", instr="Extract the guest and breakfast as JSON.", head="Booking", lab="Breakfast", val="X",
             clabel="Legend", sent="In the fields below {w}.",
             mean={"x1": (["X = included", "X means included", "X: yes"], {"breakfast": True}),
                   "x0": (["X = not included", "X means not included", "X: no"], {"breakfast": False})},
             schema=S({"guest": "string", "breakfast": "boolean"}), other=("Guest", r259_name(rng))),
    ]


def r259_c_text(k, meaning, wi, place):
    w = k["mean"][meaning][0][wi]
    sent = k["sent"].format(w=w)
    ol, ov = k["other"]
    f = ["%s: %s" % (ol, ov), "%s: %s" % (k["lab"], k["val"])]
    ctxf = "%s: %s" % (k["clabel"], w)
    schema = json.loads(json.dumps(k["schema"]))
    lines = [k["head"]]
    if place == "top":
        lines += [ctxf] + f
    elif place == "bottom":
        lines += f + [ctxf]
    elif place == "inside":
        lines += f[:1] + [ctxf] + f[1:]
    elif place == "intro":
        lines = [sent.replace(" below", " in the record below").rstrip(".") + ":"] + lines + f
    elif place == "note":
        lines += f + ["Note: " + sent.replace(" below", "")]
    elif place == "heading":
        lines = ["%s (%s)" % (k["head"], w)] + f
    elif place == "label":
        lines += [f[0], "%s (%s): %s" % (k["lab"], w, k["val"])]
    elif place == "schema":
        lines += f
        schema["description"] = sent.replace(" below", " in the text")
    elif place == "member":
        lines += f
        first = list(schema["properties"])[0]
        schema["properties"][first]["description"] = sent.replace(" below", " in the text")
    prompt = k["instr"] + "\n\nText:\n" + "\n".join(lines) + "\n"
    exp = dict(k["mean"][meaning][1])
    if ol.lower().replace(" ", "_") in k["schema"]["properties"]:
        exp = dict([(ol.lower(), ov)] + list(exp.items()))
    return prompt, schema, exp


R259_C_PLACES = ["top", "bottom", "inside", "intro", "note", "heading", "label", "schema", "member"]


def r259_build_c(n):
    pend = []
    for i in range(n):
        for k in r259_c_kinds(r259_rng):
            for place in R259_C_PLACES:
                ms = list(k["mean"])
                if i % 2:
                    ms.reverse()
                m0, m1 = ms
                fam = "ctxc_%s_%s" % (k["tag"], place)
                p, s, e0 = r259_c_text(k, m0, 0, place)
                b = r259_add("b", None, fam, p, s, e0, [e0])
                for wi in (0, 1, 2):
                    p, s, e = r259_c_text(k, m1, wi, place)
                    pend.append((b, "v", fam + "_flipped", p, s, e, False))
                for q in r259_rng.sample([x for x in R259_C_PLACES if x != place], 2):
                    p, s, e = r259_c_text(k, m1, 0, q)
                    pend.append((b, "v", fam + "_flipped_to_" + q, p, s, e, False))
                for wi in (1, 2):
                    p, s, e = r259_c_text(k, m0, wi, place)
                    pend.append((b, "s", fam + "_safe_wording", p, s, e, True))
                q = r259_rng.choice([x for x in R259_C_PLACES if x != place])
                p, s, e = r259_c_text(k, m0, 0, q)
                pend.append((b, "s", fam + "_safe_moved_" + q, p, s, e, True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_c(1)


# ---------------------------------------------------------------- part (d): intro sentences, headings and note lines
# around the shapes that are stored (a receipt with a currency field; a unit in the label)
R259_D_INTRO = [  # (sentence, factor) above the first field
    ("All amounts in the record below are in thousands:", 1000),
    ("Please note that the amounts below are stated in cents:", 0.01),
    ("Figures in this receipt are in thousands of the currency shown.", 1000),
    ("Every amount that follows is given in millions:", 1000000),
    ("Please note that each amount below is in hundreds:", 100),
    ("The receipt below gives every amount in '000s:", 1000),
    ("Please process the following receipt, amounts in k:", 1000),
    ("Amounts below are in minor units (cents, pence):", 0.01),
    ("The amount below must be multiplied by one thousand:", 1000),
    ("Here is the receipt; its figures are thousands:", 1000),
    ("Bitte beachten: alle Beträge unten in Tausend:", 1000),
    ("Please read every amount below as a number of cents.", 0.01)]
R259_D_INTRO_SAFE = ["Please process the following receipt record below:", "Here is the receipt from our records:",
                     "Please extract the data from the receipt below.", "The receipt record is given below:"]
R259_D_HEAD = [("Receipt (amounts in thousands)", 1000), ("Receipt - in cents", 0.01), ("Receipt ('000)", 1000),
               ("Receipt, figures x1000", 1000), ("Receipt in millions", 1000000), ("Receipt (minor units)", 0.01),
               ("Receipt (k)", 1000), ("Receipt / Tsd.", 1000)]
R259_D_HEAD_SAFE = ["Receipt:", "RECEIPT", "Receipt record"]
R259_D_NOTE = [("Figures: thousands", 1000), ("(000)", 1000), ("All in k.", 1000), ("x1000", 1000), ("in cents", 0.01),
               ("Amounts ×1,000.", 1000), ("Read as cents.", 0.01), ("'000 omitted", 1000), ("(in thousands)", 1000),
               ("Beträge in Tsd.", 1000), ("Montants en milliers.", 1000), ("Amount is per thousand units.", None)]
R259_D_NOTE_SAFE = ["Thank you for your business.", "Printed by the front desk.", "Keep this receipt."]
R259_D_LAB = [  # labelled-unit shape: (intro or note, factor)
    ("intro", "The distances below are in miles, despite the label:", 1.609344),
    ("intro", "Please note that every distance below was measured in nautical miles:", 1.852),
    ("intro", "Please note that the km figures below are in thousands:", 1000),
    ("intro", "All figures in the log below are tenths of the unit shown:", 0.1),
    ("note", "Note: the km column above actually holds miles.", 1.609344),
    ("note", "Distances are in miles.", 1.609344),
    ("note", "(x10)", 10),
    ("head", "Route log (miles)", 1.609344),
    ("head", "Route log - nautical", 1.852)]


def r259_build_d(n):
    pend = []
    for i in range(n):
        v = r259_rng.randint(101, 989)
        cust = r259_name(r259_rng)
        cur = r259_rng.choice(["USD", "EUR", "GBP"])
        withcur = i % 2 == 0

        def rec(intro=None, head="Receipt", note=None, cust=cust, v=v, cur=cur, withcur=withcur):
            ls = ([intro] if intro else []) + [head, "Customer: " + cust, "Amount: %d" % v, "Currency: " + cur]
            if note:
                ls.append(note)
            ins = "Extract the customer, amount and currency as JSON." if withcur else \
                "Extract the customer and amount as JSON."
            return ins + "\n\nText:\n" + "\n".join(ls) + "\n"
        sch = S({"customer": "string", "amount": "number", "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}) \
            if withcur else S({"customer": "string", "amount": "number"})

        def ex(a, cust=cust, cur=cur, withcur=withcur):
            e = {"customer": cust, "amount": a}
            if withcur:
                e["currency"] = cur
            return e
        fam = "ctxd_receipt_" + ("cur" if withcur else "amount")
        b = r259_add("b", None, fam, rec(), sch, ex(v), [ex(v)])
        for s_, f_ in r259_rng.sample(R259_D_INTRO, 6):
            pend.append((b, "v", fam + "_intro", rec(intro=s_), sch, ex(r259_num(v * f_)), False))
        for h_, f_ in r259_rng.sample(R259_D_HEAD, 3):
            pend.append((b, "v", fam + "_head", rec(head=h_), sch, ex(r259_num(v * f_)), False))
        for s_, f_ in r259_rng.sample(R259_D_NOTE, 4):
            if f_:
                pend.append((b, "v", fam + "_note", rec(note=s_), sch, ex(r259_num(v * f_)), False))
        for s_ in r259_rng.sample(R259_D_INTRO_SAFE, 2):
            pend.append((b, "s", fam + "_intro_safe", rec(intro=s_), sch, ex(v), True))
        pend.append((b, "s", fam + "_head_safe", rec(head=r259_rng.choice(R259_D_HEAD_SAFE)), sch, ex(v), True))
        pend.append((b, "s", fam + "_note_safe", rec(note=r259_rng.choice(R259_D_NOTE_SAFE)), sch, ex(v), True))
    for i in range(n):
        v = r259_rng.randint(21, 390)
        rt = "%s - %s" % tuple(r259_rng.sample(R259_CITY, 2))

        def pr(intro=None, head="Route log", note=None, v=v, rt=rt):
            ls = ([intro] if intro else []) + [head, "Route: " + rt, "Distance (km): %d" % v] + ([note] if note else [])
            return "Extract the route and distance_km as JSON.\n\nText:\n" + "\n".join(ls) + "\n"
        sch = S({"route": "string", "distance_km": "number"})
        b = r259_add("b", None, "ctxd_label_distance", pr(), sch, {"route": rt, "distance_km": v},
                     [{"route": rt, "distance_km": v}])
        for where, s_, f_ in R259_D_LAB:
            e = {"route": rt, "distance_km": r259_num(v * f_)}
            p = pr(intro=s_) if where == "intro" else pr(note=s_) if where == "note" else pr(head=s_)
            pend.append((b, "v", "ctxd_label_distance_" + where, p, sch, e, False))
        pend.append((b, "s", "ctxd_label_distance_intro_safe", pr(intro=r259_rng.choice(
            ["Please process the following route record below:", "Here is the route from the log:"])), sch,
            {"route": rt, "distance_km": v}, True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_d(7)


# ---------------------------------------------------------------- part (e): a scale token inside an intro sentence
R259_E_FRAMES = ["Please process the following receipt, amounts in {t}:",
                 "Please process the following receipt with amounts in {t}:",
                 "Here is the receipt below, all amounts in {t}:",
                 "Please note the amounts below are in {t}.",
                 "Please process the following receipt (amounts in {t}):",
                 "Please process the following receipt, figures in {t}:",
                 "Please process this receipt; amounts are in {t}:"]
R259_E_TOKENS = [("k", 1000), ("K", 1000), ("m", 1000000), ("M", 1000000), ("mn", 1000000), ("bn", 1000000000),
                 ("'000", 1000), ("000s", 1000), ("ths", 1000), ("thou", 1000), ("Tsd", 1000), ("T", 1000),
                 ("c", 0.01), ("ct", 0.01), ("¢", 0.01), ("p", 0.01), ("kUSD", 1000), ("MM", 1000000),
                 ("lakh", 100000), ("crore", 10000000), ("mil", 1000), ("x1000", 1000), ("1000s", 1000), ("e3", 1000)]
R259_E_SAFE = ["Please process the following receipt, amounts as shown:", "Please process the following receipt record:",
               "Please process the following receipt, amounts in full:"]


def r259_build_e(n):
    pend = []
    for i in range(n):
        v = r259_rng.randint(101, 989)
        cust = r259_name(r259_rng)
        cur = r259_rng.choice(["USD", "EUR", "GBP"])
        withcur = i % 2 == 0

        def rec(intro=None, cust=cust, v=v, cur=cur, withcur=withcur):
            ls = ([intro] if intro else []) + ["Receipt", "Customer: " + cust, "Amount: %d" % v, "Currency: " + cur]
            ins = "Extract the customer, amount and currency as JSON." if withcur else \
                "Extract the customer and amount as JSON."
            return ins + "\n\nText:\n" + "\n".join(ls) + "\n"
        sch = S({"customer": "string", "amount": "number", "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}) \
            if withcur else S({"customer": "string", "amount": "number"})

        def ex(a, cust=cust, cur=cur, withcur=withcur):
            e = {"customer": cust, "amount": a}
            if withcur:
                e["currency"] = cur
            return e
        fam = "ctxe_receipt_" + ("cur" if withcur else "amount")
        b = r259_add("b", None, fam, rec(), sch, ex(v), [ex(v)])
        toks = list(R259_E_TOKENS)
        r259_rng.shuffle(toks)
        for j, (t, f_) in enumerate(toks[:12]):
            fr = R259_E_FRAMES[(i + j) % len(R259_E_FRAMES)]
            pend.append((b, "v", fam + "_intro_tok", rec(intro=fr.format(t=t)), sch, ex(r259_num(v * f_)), False))
        for s_ in R259_E_SAFE:
            pend.append((b, "s", fam + "_intro_safe", rec(intro=s_), sch, ex(v), True))
    units = [("Route log", "Route", "Distance", "distance_km", "km", "distances",
              [("mi", 1.609344), ("nmi", 1.852), ("m", 0.001), ("k km", 1000), ("hm", 0.1), ("ft", 0.0003048)]),
             ("Parcel record", "Item", "Weight", "weight_kg", "kg", "weights",
              [("lb", 0.45359237), ("g", 0.001), ("t", 1000), ("oz", 0.028349523125), ("st", 6.35029318), ("k kg", 1000)]),
             ("Patient record", "Patient", "Height", "height_cm", "cm", "heights",
              [("in", 2.54), ("mm", 0.1), ("m", 100), ("ft", 30.48), ("dm", 10), ("k cm", 1000)])]
    for head, olab, lab, mem, u0, plural, alts in units:
        for i in range(n // 2):
            v = r259_rng.randint(21, 390)
            ov = r259_name(r259_rng) if olab != "Route" else "%s - %s" % tuple(r259_rng.sample(R259_CITY, 2))
            key = olab.lower()

            def pr(intro=None, unit=u0, v=v, ov=ov, head=head, olab=olab, lab=lab, mem=mem, key=key):
                ls = ([intro] if intro else []) + [head, "%s: %s" % (olab, ov), "%s (%s): %d" % (lab, unit, v)]
                return "Extract the %s and %s as JSON.\n\nText:\n" % (key, mem) + "\n".join(ls) + "\n"
            sch = S({key: "string", mem: "number"})
            b = r259_add("b", None, "ctxe_label_" + mem, pr(), sch, {key: ov, mem: v}, [{key: ov, mem: v}])
            for t, f_ in alts:
                fr = r259_rng.choice(["Please process the following %s, %s in {t}:" % (head.lower(), plural),
                                      "Please process the following record with %s in {t}:" % plural,
                                      "Please note the %s below are in {t}." % plural])
                pend.append((b, "v", "ctxe_label_intro_" + mem, pr(intro=fr.format(t=t)), sch,
                             {key: ov, mem: r259_num(v * f_)}, False))
            pend.append((b, "s", "ctxe_label_intro_safe_" + mem,
                         pr(intro="Please process the following %s, %s in %s:" % (head.lower(), plural, u0)), sch,
                         {key: ov, mem: v}, True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_e(16)


# ---------------------------------------------------------------- part (f): the "Please process the following X, ... in T:"
# frame with other verbs, nouns and tokens
R259_F_FRAMES = ["Please process the following receipt, all values in {t}:",
                 "Please handle the following receipt, amounts in {t}:",
                 "Please process the following record, amounts in {t}:",
                 "Please process the following receipt, amounts given in {t}:",
                 "Please process the following receipt, amount in {t}:",
                 "Please process the following receipt, numbers in {t}:",
                 "Please process the following receipt, amounts in {t}.",
                 "Please process the following receipt - amounts in {t}:"]
R259_F_TOKENS = [("k", 1000), ("thou", 1000), ("ths", 1000), ("m", 1000000), ("c", 0.01), ("ct", 0.01),
                 ("thousands", 1000), ("cents", 0.01), ("millions", 1000000), ("hundreds", 100), ("grand", 1000),
                 ("pence", 0.01), ("kilo-dollars", 1000), ("'000", 1000)]


def r259_build_f(n):
    pend = []
    for i in range(n):
        v = r259_rng.randint(101, 989)
        cust = r259_name(r259_rng)
        cur = r259_rng.choice(["USD", "EUR", "GBP"])

        def rec(intro=None, cust=cust, v=v, cur=cur):
            ls = ([intro] if intro else []) + ["Receipt", "Customer: " + cust, "Amount: %d" % v, "Currency: " + cur]
            return "Extract the customer and amount as JSON.\n\nText:\n" + "\n".join(ls) + "\n"
        sch = S({"customer": "string", "amount": "number"})
        b = r259_add("b", None, "ctxf_receipt", rec(), sch, {"customer": cust, "amount": v},
                     [{"customer": cust, "amount": v}])
        for j, fr in enumerate(R259_F_FRAMES):
            t, f_ = R259_F_TOKENS[(i * 3 + j) % len(R259_F_TOKENS)]
            pend.append((b, "v", "ctxf_receipt_frame", rec(intro=fr.format(t=t)), sch,
                         {"customer": cust, "amount": r259_num(v * f_)}, False))
        pend.append((b, "s", "ctxf_receipt_safe", rec(intro="Please process the following receipt, amounts in %s:" % cur),
                     sch, {"customer": cust, "amount": v}, True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_f(10)


# ---------------------------------------------------------------- part (g): the context stated in the intro sentence of
# the base too ("Please process the following X, times in UTC:"), changed in the variant
def r259_g_kinds(rng):
    h, mi = rng.randint(8, 18), rng.choice([0, 15, 30, 45])
    a, b = rng.sample(range(1, 13), 2)
    y = rng.randint(2019, 2026)
    v = rng.randint(12, 90)
    amt = rng.randint(101, 989)
    hm = "%02d:%02d" % (h, mi)
    return [
        dict(tag="time", noun="booking", plural="times", lab=("Flight", "SK%d" % rng.randint(100, 999)),
             f=("Departure", hm), sch=S({"flight": "string", "departure_utc": "string"}),
             mean=[("UTC", {"departure_utc": hm}), ("UTC+2", {"departure_utc": "%02d:%02d" % (h - 2, mi)}),
                   ("CET", {"departure_utc": "%02d:%02d" % (h - 1, mi)}), ("EST", {"departure_utc": "%02d:%02d" % (h + 5, mi)})],
             safe="GMT"),
        dict(tag="date", noun="invoice", plural="dates", lab=("Invoice", r259_code(rng, "INV")),
             f=("Date", "%02d/%02d/%d" % (a, b, y)), sch=S({"invoice": "string", "day": "integer", "month": "integer"}),
             mean=[("DD/MM/YYYY", {"day": a, "month": b}), ("MM/DD/YYYY", {"day": b, "month": a}),
                   ("US format", {"day": b, "month": a}), ("mm/dd", {"day": b, "month": a})],
             safe="dd/mm/yyyy"),
        dict(tag="weight", noun="parcel record", plural="weights", lab=("Item", r259_name(rng)),
             f=("Weight", str(v)), sch=S({"item": "string", "weight_kg": "number"}),
             mean=[("kg", {"weight_kg": v}), ("lb", {"weight_kg": r259_num(v * 0.45359237)}),
                   ("g", {"weight_kg": r259_num(v / 1000.0)}), ("t", {"weight_kg": v * 1000})],
             safe="kilograms"),
        dict(tag="currency", noun="receipt", plural="amounts", lab=("Customer", r259_name(rng)),
             f=("Amount", str(amt)), sch=S({"customer": "string", "amount": "number",
                                            "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}),
             mean=[("USD", {"amount": amt, "currency": "USD"}), ("EUR", {"amount": amt, "currency": "EUR"}),
                   ("GBP", {"amount": amt, "currency": "GBP"}), ("kUSD", {"amount": amt * 1000, "currency": "USD"})],
             safe="US dollars"),
        dict(tag="temp", noun="sensor log", plural="temperatures", lab=("Sensor", r259_code(rng, "TS")),
             f=("Temperature", str(v)), sch=S({"sensor": "string", "temp_c": "number"}),
             mean=[("°C", {"temp_c": v}), ("°F", {"temp_c": r259_num(round((v - 32) * 5 / 9.0, 1))}),
                   ("F", {"temp_c": r259_num(round((v - 32) * 5 / 9.0, 1))}), ("K", {"temp_c": r259_num(v - 273.15)})],
             safe="Celsius"),
        dict(tag="amount", noun="receipt", plural="amounts", lab=("Customer", r259_name(rng)),
             f=("Amount", str(amt)), sch=S({"customer": "string", "amount": "number"}),
             mean=[("full", {"amount": amt}), ("k", {"amount": amt * 1000}), ("thou", {"amount": amt * 1000}),
                   ("cents", {"amount": r259_num(amt / 100.0)})],
             safe="whole units"),
    ]


def r259_build_g(n):
    pend = []
    for i in range(n):
        for k in r259_g_kinds(r259_rng):
            def pr(tok, k=k):
                ls = ["Please process the following %s, %s in %s:" % (k["noun"], k["plural"], tok),
                      k["noun"].capitalize(), "%s: %s" % k["lab"], "%s: %s" % k["f"]]
                return "Extract the %s as JSON.\n\nText:\n" % " and ".join(k["sch"]["properties"]) + "\n".join(ls) + "\n"

            def ex(d, k=k):
                out = {list(k["sch"]["properties"])[0]: k["lab"][1]}
                out.update(d)
                return out
            t0, e0 = k["mean"][0]
            b = r259_add("b", None, "ctxg_" + k["tag"], pr(t0), k["sch"], ex(e0), [ex(e0)])
            for t, d in k["mean"][1:]:
                pend.append((b, "v", "ctxg_%s_changed" % k["tag"], pr(t), k["sch"], ex(d), False))
            pend.append((b, "s", "ctxg_%s_safe" % k["tag"], pr(k["safe"]), k["sch"], ex(e0), True))
    r259_rng.shuffle(pend)
    for base, kind, fam, p, s, e, safe in pend:
        if base:
            r259_add(kind, base, fam, p, s, e, [e], safe=safe)


r259_build_g(8)


r259_found_alone = {
    "d259-v-2076",
    "d259-v-2123",
    "d259-v-2177",
    "d259-v-2261",
    "d259-v-2266",
    "d259-v-2272",
    "d259-v-2284",
    "d259-v-2288",
    "d259-v-2293",
    "d259-v-2311",
    "d259-v-2326",
    "d259-v-2330",
    "d259-v-2361",
    "d259-v-2372",
    "d259-v-2383",
    "d259-v-2418",
    "d259-v-2425",
    "d259-v-2428",
    "d259-v-2435",
    "d259-v-2441",
    "d259-v-2453",
    "d259-v-2466",
    "d259-v-2467",
    "d259-v-2473",
    "d259-v-2484",
    "d259-v-2486",
    "d259-v-2533",
    "d259-v-2536",
    "d259-v-2549",
    "d259-v-2557",
    "d259-v-2559",
    "d259-v-2567",
    "d259-v-2572",
    "d259-v-2573",
    "d259-v-2574",
    "d259-v-2578",
    "d259-v-2587",
    "d259-v-2590",
    "d259-v-2600",
    "d259-v-2604",
    "d259-v-2610",
    "d259-v-2615",
    "d259-v-2623",
    "d259-v-2636",
    "d259-v-2637",
    "d259-v-2641",
    "d259-v-2648",
    "d259-v-2663",
    "d259-v-2665",
    "d259-v-2670",
    "d259-v-2673",
    "d259-v-2676",
    "d259-v-2679",
    "d259-v-2685",
    "d259-v-2692",
    "d259-v-2695",
    "d259-v-2696",
    "d259-v-2697",
    "d259-v-2699",
    "d259-v-2703",
    "d259-v-2707",
    "d259-v-2716",
    "d259-v-2721",
    "d259-v-2722",
    "d259-v-2723",
    "d259-v-2725",
    "d259-v-2726",
    "d259-v-2727",
    "d259-v-2728",
    "d259-v-2729",
    "d259-v-2732",
    "d259-v-2734",
    "d259-v-2735",
    "d259-v-2736",
    "d259-v-2742",
    "d259-v-2750",
    "d259-v-2751",
    "d259-v-2800",
    "d259-v-2825",
    "d259-v-2828",
    "d259-v-2855",
    "d259-v-2876",
    "d259-v-2877",
    "d259-v-2881",
    "d259-v-2887",
    "d259-v-2903",
    "d259-v-2904",
    "d259-v-2909",
    "d259-v-2910",
    "d259-v-2921",
    "d259-v-2922",
    "d259-v-2940",
    "d259-v-2948",
    "d259-v-2949",
    "d259-v-2950",
    "d259-v-2958",
    "d259-v-2972",
    "d259-v-2973",
    "d259-v-2976",
    "d259-v-2986",
    "d259-v-2990",
}

r259_arguable = {
    "d259-v-2272",
    "d259-v-2284",
    "d259-v-2288",
    "d259-v-2293",
    "d259-v-2311",
    "d259-v-2326",
    "d259-v-2330",
    "d259-v-2372",
    "d259-v-2383",
    "d259-v-2418",
    "d259-v-2425",
    "d259-v-2435",
    "d259-v-2441",
    "d259-v-2453",
    "d259-v-2467",
    "d259-v-2473",
    "d259-v-2484",
    "d259-v-2486",
    "d259-v-2533",
    "d259-v-2536",
    "d259-v-2549",
    "d259-v-2557",
    "d259-v-2567",
    "d259-v-2573",
    "d259-v-2574",
    "d259-v-2578",
    "d259-v-2590",
    "d259-v-2600",
    "d259-v-2604",
    "d259-v-2610",
    "d259-v-2615",
    "d259-v-2623",
    "d259-v-2641",
    "d259-v-2673",
    "d259-v-2676",
    "d259-v-2692",
    "d259-v-2696",
    "d259-v-2697",
    "d259-v-2703",
    "d259-v-2707",
    "d259-v-2721",
    "d259-v-2725",
    "d259-v-2732",
    "d259-v-2735",
}

# ctest keeps every found id, every 10th safe variant and every 30th of the rest, and the bases they need; the
# arguable ones left out.
from probe_kit import trim_round as r259_trim_round  # noqa: E402

r259_trim_round("d259-", r259_found_alone, r259_arguable,
                lambda i: [r259_meta[i]["base"]] if r259_meta.get(i, {}).get("base") else [])
