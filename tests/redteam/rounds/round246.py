r"""Red-team round 246 (black box): A FIELD LABEL'S QUALIFIER CHANGES, ITS VALUE STAYS.
Focus: units, scales and qualifiers inside a field's label ("Weight (kg): 72" -> "Weight (lb): 72", "Height [cm]" ->
  "[in]", "Amount (EUR)" -> "(kEUR)", "Price (NOK, incl. 25% VAT)" -> "(excl. 25% VAT)", net/gross, per night/total,
  per item/per box, UTC/local, min/h/s, yearly/monthly, estimated/actual, min/max, planned/spent, list/paid) with
  members named with the unit (weight_kg, price_incl_vat) or without it and a description naming it ("weight in kg"),
  in 5 label layouts ("L (q): v", "L [q]: v", "L in q: v", "L, q: v", "L / q: v") and "L: v unit".
  2,899 probes (seeded random.Random(246)): 641 bases, 1,557 pair variants (the model's FIRST answer is the base's
  number, the second the right one), 108 singles (the model copies the unconverted number first), 593 safe variants
  (the same qualifier written another way: "(kg)"/"[KG]"/"in kilograms"/"kilos", "incl. 25% VAT"/"inkl. 25% mva",
  "UTC"/"Z"/"GMT", "per night"/"EUR/night", "Unit: KG", "weight in kg" in the instruction).
Parts: unit families d246-[bpqsu]{we,he,am,du,di,vo}- (weight, height, amount, duration, distance, volume; name, age,
  city and the unit member); qualifier families d246-[bps]{vat,vatx,gro,nig,nightt,box,mon,hou}- (the figure needed
  for the conversion in the label itself: "Rate (EUR total, 3 nights): 360" for price_per_night); d246-[bps]tz- (UTC vs
  "local time, UTC+2"); d246-[bp][wo]{cost,temp,plan,price}- (two lines whose qualifiers swap, and one line whose
  qualifier turns into the other, member nullable); d246-[bps]m- (three records, one record's unit changes);
  d246-[bps]p- (prose "weighed 72 kg" -> "72 lb"); d246-g..- singles; part 2 d246-[bps]o{table,csv,unitfield,heading,
  kv,json,tab,note}- (the qualifier outside the field's own label: a Markdown/tab table header, a CSV header
  "weight_kg" -> "weight_lb", "Unit: kg" -> "Unit: lb", a heading "Measurements (kg)", "weight_kg=72", a JSON source, a
  note "(weights in kg)"); part 3 d246-[bps]r- (the qualifier changes on the request's side: the member's description
  "weight in kilograms" -> "in pounds"/"in grams", "weight in pounds" in the instruction, over "Weight (kg): 68").
How served: (1) the tester's copy kept only the d246- probes; whole round on ONE fresh SQLite store,
  two passes (the brief's command); (2) a script outside the suite: each base with its variants on a fresh store of its
  own, two passes (so no other base's stored answer stands in as the candidate). The found and arguable
  sets are both empty.
HELD (0 wrong from the cache in every run): one store: run 1 reuse 21 / patch 77 / skip 2,801, run 2 reuse 55 / patch
  67 / skip 2,777, 0 wrong served from the cache (0 reuse, 0 KEPT-FROM-CACHE) in both runs; per-base stores: run 1
  reuse 4 / patch 53, run 2 reuse 77 / patch 55, 0 from the cache. Every changed qualifier in the member's own label
  failed the member ("its evidence "weight ( kg ) : 72" is not in the new text") and sent it to the patch path, where
  the model's stale number was refused by the unit check ("the request asks for a unit the text's field writes as
  ...") or by grounding (the converted number "does not occur in the source text"), or the text fell under 0.5
  similarity / every member failed and the request was skipped; swapped qualifiers (estimated/actual, min/max,
  planned/spent, list/paid; 80 pairs) were all regenerated; "Unit: kg" -> "Unit: lb" failed every member (for a
  `weight` member described "weight in kilograms"); the request-side changes failed on "the instruction word "kg"
  changed" / the member's schema. Most bases with the qualifier in the label's words ("(NOK, incl. 25% VAT)", "(EUR
  per night, 3 nights)", "(yearly, EUR)", "(h)", "(UTC)") or outside the label (tables, CSV, key=value, JSON, a
  heading, a note) were never stored at all ("no cached candidate" in run 2). Safe on reuse: 18/593 and 25/593 (one
  store), 4/593 and 36/593 (per base): the cache rarely reuses across a rewritten qualifier, even a synonymous one.
WHAT GOT THROUGH: nothing from the cache (no finding; r246_found_alone and r246_arguable empty).
  Served FRESH and wrong (the lesser matter), one store and per base alike: 364 in run 1 and 364 in run 2 (multi 80,
  part 2 80, request side 60, tz 54, box 24, month 15, singles 13, weight 11, height 8, duration 7, swap1 6, distance 4,
  volume 2), e.g. "Departure / local time, UTC-5: 14:30" -> departure_utc "14:30" (right 19:30); "Salary (monthly, EUR):
  7300" -> `amount` described "yearly amount in EUR" 7300 (right 87600); "Price in per box of 6: 168" ->
  price_per_item 168 (right 28); "Item: Ladder / Weight (lb): 12" in a 3-record list -> weight_kg 12; "Weight [lb]: 85"
  -> `weight` described "weight in kg" 85 on the patch path (the member regenerated, not kept); "Distance in miles: 83"
  -> `distance` ("distance in km") 83; "Duration (s): 17" -> duration_minutes 17; CSV "name,city,weight_lb" -> weight_kg
  as written; "Weight: 84 / Unit: lb" -> weight_kg 84; member described "weight in pounds" over "Weight (kg): 68" -> 68;
  "Hours (planned): 32" -> `hours` ("hours actually spent", nullable) 32.
Adds its probes to probe_kit.P."""
import random as r246_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r246_rng = r246_random.Random(246)
r246_found_alone = set()
r246_arguable = set()
r246_prompts = {}
r246_n = [0]
r246_counts = {"pair": 0, "base": 0, "safe": 0, "single": 0}
r246_meta = {}


def r246_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = prompt + "\u0000" + repr(schema)
    if key in r246_prompts:
        return r246_prompts[key]
    r246_n[0] += 1
    pid = "d246-%s-%d" % (tag, r246_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r246_prompts[key] = pid
    r246_counts[kind] += 1
    r246_meta[pid] = {"base": base}
    return pid


def r246_num(x):
    """A number as the model writes it in JSON: int when whole."""
    x = round(x, 2)
    return int(x) if float(x).is_integer() else x


# label layouts for a qualifier q on label L with value text v
R246_LAYOUTS = {
    "paren": "{L} ({q}): {v}",
    "bracket": "{L} [{q}]: {v}",
    "in": "{L} in {q}: {v}",
    "comma": "{L}, {q}: {v}",
    "slash": "{L} / {q}: {v}",
}

NAMES = ["Mira Holt", "Jonas Berg", "Ana Lima", "Kari Nes", "Tomas Ek", "Lea Vogt", "Ravi Shah", "Ida Lund",
         "Omar Haddad", "Sofia Reyes", "Nils Dahl", "Eva Kranz"]
REFS = ["PK-%d" % i for i in range(4101, 4199)]
R246_FIRST = ["Mira", "Jonas", "Ana", "Kari", "Tomas", "Lea", "Ravi", "Ida", "Omar", "Sofia", "Nils", "Eva", "Hugo", "Maja",
              "Pavel", "Yuki", "Leila", "Bjørn", "Greta", "Felix", "Ines", "Arne", "Zofia", "Emil"]
R246_LAST = ["Holt", "Berg", "Lima", "Nes", "Ek", "Vogt", "Shah", "Lund", "Haddad", "Reyes", "Dahl", "Kranz", "Aalto",
             "Moreau", "Novak", "Tanaka", "Rossi", "Fjeld", "Okafor", "Brandt", "Sousa", "Lindqvist", "Kowalski", "Strand"]
R246_USED = set()
R246_UQ = {}


def r246_uniq(key, lo, hi):
    used = R246_UQ.setdefault(key, set())
    for _ in range(200):
        x = r246_rng.randint(lo, hi)
        if x not in used:
            used.add(x)
            return x
    return r246_rng.randint(lo, hi)


def r246_city(key):
    used = R246_UQ.setdefault("city" + key, set())
    left = [c for c in R246_CITIES if c not in used] or R246_CITIES
    c = r246_rng.choice(left)
    used.add(c)
    return c


R246_CITIES = ["Oslo", "Riga", "Bonn", "Pisa", "Cork", "Brno", "Lille", "Nice", "Basel", "Gent", "Kiel", "Lund", "Umeå",
               "Vigo", "Bari", "Split", "Linz", "Dijon", "Trier", "Pécs", "Ålesund", "Bodø", "Odense", "Espoo", "Tartu",
               "Kaunas", "Łódź", "Sevilla", "Murcia", "Leiden", "Bergen", "Porto", "Gdansk", "Lyon", "Tromsø", "Graz", "Aarhus", "Turku", "Malmö", "Bilbao", "Leeds", "Ghent"]


class r246_NamePick:
    def choice(self, _lst):
        while True:
            n = "%s %s" % (r246_rng.choice(R246_FIRST), r246_rng.choice(R246_LAST))
            if n not in R246_USED:
                R246_USED.add(n)
                return n


r246_names = r246_NamePick()

# ---------------------------------------------------------------- unit families
# (family, label words, member options [(member, description)], base unit, [(other unit, factor to base unit)],
#  safe spellings of the base unit, value range, context fields, prompt)
R246_UNIT_FAMS = [
    ("weight", ["Weight", "Body weight", "Mass"],
     [("weight_kg", None), ("weight_kg", "weight in kilograms"), ("weight", "weight in kg"), ("weight", "body weight, kilograms")],
     "kg", [("lb", 0.45359237), ("g", 0.001), ("lbs", 0.45359237)], ["kilograms", "kilos", "KG"], (50, 110),
     "Name", "Return the name and weight as JSON."),
    ("height", ["Height", "Body height", "Stature"],
     [("height_cm", None), ("height_cm", "height in centimetres"), ("height", "height in cm")],
     "cm", [("in", 2.54), ("mm", 0.1), ("inches", 2.54)], ["centimetres", "centimeters", "CM"], (150, 199),
     "Name", "Return the name and height as JSON."),
    ("amount", ["Amount", "Grant amount", "Contract value"],
     [("amount_eur", None), ("amount_eur", "amount in euros"), ("amount", "amount in EUR (whole euros)")],
     "EUR", [("kEUR", 1000), ("EUR thousand", 1000), ("EUR million", 1000000)], ["euros", "€", "in EUR"], (12, 95),
     "Name", "Return the name and amount as JSON."),
    ("duration", ["Duration", "Call length", "Session length"],
     [("duration_minutes", None), ("duration_min", "duration in minutes"), ("duration", "length of the session in minutes")],
     "min", [("h", 60), ("hours", 60), ("s", None)], ["minutes", "mins", "MIN"], (2, 9),
     "Name", "Return the name and duration as JSON."),
    ("distance", ["Distance", "Route length", "Trip distance"],
     [("distance_km", None), ("distance_km", "distance in kilometres"), ("distance", "distance in km")],
     "km", [("mi", 1.609344), ("miles", 1.609344), ("m", 0.001)], ["kilometres", "kilometers", "KM"], (20, 90),
     "Name", "Return the name and distance as JSON."),
    ("volume", ["Volume", "Tank volume", "Capacity"],
     [("volume_l", None), ("volume_litres", "volume in litres"), ("volume", "volume in litres")],
     "L", [("ml", 0.001), ("gal", 3.785411784), ("m³", 1000)], ["litres", "liters", "l"], (20, 80),
     "Name", "Return the name and volume as JSON."),
]


def r246_conv(v, fac):
    return r246_num(v * fac)


def r246_unit_block(fam):
    name, labels, members, bu, others, safe_sp, rng_v, who, prompt = fam
    for mi, (member, desc) in enumerate(members):
        schema = S({"name": "string", "age": "integer", "city": "string", member: "number"}, {member: desc} if desc else None)
        for li, L in enumerate(labels):
            for lay in r246_rng.sample(sorted(R246_LAYOUTS), 2):
                v = r246_uniq("v" + name, rng_v[0], rng_v[1] + 40)
                person = r246_names.choice(NAMES)
                age = r246_uniq("age" + name, 19, 80)
                city = r246_city(name)
                ctx = "Age: %d\nCity: %s\n" % (age, city)
                phone = "%d %02d %03d" % (r246_rng.randint(400, 999), r246_rng.randint(10, 99), r246_rng.randint(100, 999))
                def card(q, layout=lay, label=L, value=v):
                    line = R246_LAYOUTS[layout].format(L=label, q=q, v=value)
                    return "%s\n\n%s: %s\n%s%s\n" % (prompt, who, person, ctx, line)
                base_exp = {"name": person, "age": age, "city": city, member: v}
                bid = r246_add("b" + name[:2], "r246_" + name, card(bu), schema, base_exp, [base_exp], "base")
                q_ou = r246_rng.choice(others)[0]
                u_ou = r246_rng.choice(others)[0]
                for ou, fac in others:
                    if fac is None:  # seconds
                        if name != "duration":
                            continue
                        right = r246_num(v / 60.0)
                    else:
                        right = r246_conv(v, fac)
                    exp = {"name": person, "age": age, "city": city, member: right}
                    # the model's first answer is the base's number, then the right one
                    r246_add("p" + name[:2], "r246_" + name, card(ou), schema, exp,
                             [dict(base_exp), dict(exp)], "pair", base=bid)
                    # other layout for the same change (qualifier moved into another bracket style)
                    lay2 = r246_rng.choice([x for x in R246_LAYOUTS if x != lay])
                    if ou == q_ou:
                        r246_add("q" + name[:2], "r246_" + name, card(ou, layout=lay2), schema, exp,
                                 [dict(base_exp), dict(exp)], "pair", base=bid)
                    # unit after the value, label bare: "Weight: 72 lb"
                    if ou != u_ou:
                        continue
                    txt = "%s\n\n%s: %s\n%s%s: %s %s\n" % (prompt, who, person, ctx, L, v, ou)
                    r246_add("u" + name[:2], "r246_" + name, txt, schema, exp,
                             [dict(base_exp), dict(exp)], "pair", base=bid)
                # safe: the same unit written another way
                for sp in r246_rng.sample(safe_sp, 1):
                    r246_add("s" + name[:2], "r246_" + name, card(sp), schema, base_exp, [dict(base_exp)], "safe",
                             safe=True, base=bid)
                lay2 = r246_rng.choice([x for x in R246_LAYOUTS if x != lay])
                r246_add("s" + name[:2], "r246_" + name, card(bu, layout=lay2), schema, base_exp, [dict(base_exp)],
                         "safe", safe=True, base=bid)
            if li >= 1 and mi >= 2:
                break


for r246_f in R246_UNIT_FAMS:
    r246_unit_block(r246_f)


# ---------------------------------------------------------------- qualifier families (computed from a context line)
def r246_qual_block(name, labels, members, q_base, q_vars, ctx_fn, val_fn, prompt, who, n_per=1):
    """q_vars: [(qualifier, fn(v, ctx) -> right)]; qualifiers are format strings over ctx (the context is in the label)."""
    for member, desc in members:
        schema = S({"name": "string", "age": "integer", "city": "string", member: "number"},
                   {member: desc} if desc else None)
        for L in labels:
            for lay in R246_LAYOUTS:
                ctx, _ = ctx_fn(r246_rng)
                v = val_fn(r246_rng, ctx)
                person = r246_names.choice(NAMES)
                age = r246_uniq("age" + name, 19, 80)
                city = r246_city(name)

                def card(q, layout=lay):
                    line = R246_LAYOUTS[layout].format(L=L, q=q.format(**ctx), v=v)
                    return "%s\n\n%s: %s\nAge: %d\nCity: %s\n%s\n" % (prompt, who, person, age, city, line)
                base_exp = {"name": person, "age": age, "city": city, member: v}
                bid = r246_add("b" + name[:3], "r246_" + name, card(q_base[0]), schema, base_exp, [base_exp], "base")
                for q, fn in q_vars:
                    exp = dict(base_exp)
                    exp[member] = fn(v, ctx)
                    r246_add("p" + name[:3], "r246_" + name, card(q), schema, exp, [dict(base_exp), dict(exp)],
                             "pair", base=bid)
                for qs in r246_rng.sample(q_base[1:], 1):
                    r246_add("s" + name[:3], "r246_" + name, card(qs), schema, base_exp, [dict(base_exp)], "safe",
                             safe=True, base=bid)


def r246_vat(rng):
    return {"rate": 25}, ""


r246_qual_block("vat", ["Price", "Room price", "Total"],
                [("price_incl_vat", None), ("price", "price including VAT, NOK"), ("total_incl_vat", "total incl. VAT")],
                ["NOK, incl. {rate}% VAT", "NOK incl. {rate} % VAT", "NOK, including {rate}% VAT", "NOK, inkl. {rate}% mva"],
                [("NOK, excl. {rate}% VAT", lambda v, c: r246_num(v * 1.25)), ("NOK, ex. {rate}% VAT", lambda v, c: r246_num(v * 1.25)),
                 ("NOK, eks. {rate}% mva", lambda v, c: r246_num(v * 1.25))],
                r246_vat, lambda rng, c: rng.randrange(400, 4000, 4),
                "Return the name, age, city and the price including VAT as JSON.", "Name")
r246_qual_block("vatx", ["Price", "Invoice total"],
                [("price_excl_vat", None), ("net_price", "price excluding VAT")],
                ["excl. {rate}% VAT", "ex {rate}% VAT", "excluding {rate}% VAT", "net of {rate}% VAT"],
                [("incl. {rate}% VAT", lambda v, c: r246_num(v / 1.25)), ("including {rate}% VAT", lambda v, c: r246_num(v / 1.25))],
                r246_vat, lambda rng, c: rng.randrange(400, 4000, 5),
                "Return the name, age, city and the price without VAT as JSON.", "Name")


def r246_pack(rng):
    return {"pack": rng.choice([1, 2, 3])}, ""


r246_qual_block("gross", ["Weight", "Shipment weight"],
                [("net_weight_kg", None), ("weight_kg", "net weight in kg, without packaging")],
                ["kg, net", "net, kg", "net kg"],
                [("kg, gross incl. {pack} kg packaging", lambda v, c: v - c["pack"]),
                 ("gross kg, packaging {pack} kg", lambda v, c: v - c["pack"])],
                r246_pack, lambda rng, c: rng.randint(8, 60),
                "Return the name, age, city and the net weight as JSON.", "Name")


def r246_nights(rng):
    return {"n": rng.choice([2, 3, 4, 5])}, ""


r246_qual_block("night", ["Rate", "Room rate", "Price"],
                [("price_per_night", None), ("rate", "price per night in EUR")],
                ["EUR per night, {n} nights", "per night, EUR, {n} nights", "EUR/night, stay of {n} nights"],
                [("EUR total, {n} nights", lambda v, c: r246_num(v / c["n"])),
                 ("EUR for all {n} nights", lambda v, c: r246_num(v / c["n"]))],
                r246_nights, lambda rng, c: c["n"] * rng.randint(60, 250),
                "Return the name, age, city and the price per night as JSON.", "Name")
r246_qual_block("nightt", ["Rate", "Price"],
                [("total_price", None), ("price", "total price of the stay in EUR")],
                ["EUR total, {n} nights", "total EUR, {n} nights", "EUR for all {n} nights"],
                [("EUR per night, {n} nights", lambda v, c: v * c["n"]), ("EUR/night, {n} nights", lambda v, c: v * c["n"])],
                r246_nights, lambda rng, c: rng.randint(60, 250),
                "Return the name, age, city and the total price of the stay as JSON.", "Name")


def r246_box(rng):
    return {"n": rng.choice([6, 10, 12, 20])}, ""


r246_qual_block("box", ["Price", "Unit cost"],
                [("price_per_item", None), ("unit_price", "price of one item")],
                ["per item, box of {n}", "each, {n} per box", "per piece, box of {n}"],
                [("per box of {n}", lambda v, c: r246_num(v / c["n"])), ("per carton of {n}", lambda v, c: r246_num(v / c["n"]))],
                r246_box, lambda rng, c: c["n"] * rng.randint(2, 30),
                "Return the name, age, city and the price per item as JSON.", "Name")


def r246_year(rng):
    return {}, ""


r246_qual_block("month", ["Salary", "Rent", "Fee"],
                [("annual_amount", None), ("amount", "yearly amount in EUR")],
                ["yearly, EUR", "EUR per year", "annual, EUR", "EUR p.a."],
                [("monthly, EUR", lambda v, c: v * 12), ("EUR per month", lambda v, c: v * 12)],
                r246_year, lambda rng, c: rng.randint(12, 90) * 100,
                "Return the name, age, city and the yearly amount as JSON.", "Name")
r246_qual_block("hours", ["Time", "Effort"],
                [("hours", None), ("time_hours", "time in hours")],
                ["h", "hours", "hrs"],
                [("min", lambda v, c: r246_num(v / 60.0)), ("minutes", lambda v, c: r246_num(v / 60.0))],
                r246_year, lambda rng, c: rng.choice([30, 90, 120, 150, 180, 240, 270, 300]),
                "Return the name, age, city and the time spent in hours as JSON.", "Name")

# ---------------------------------------------------------------- local time / UTC (string member)
def r246_time_block():
    for member, desc in [("departure_utc", None), ("departure", "departure time in UTC, HH:MM")]:
        schema = S({"flight": "string", member: "string"}, {member: desc} if desc else None)
        for L in ["Departure", "Dep. time", "Takeoff"]:
            for lay in R246_LAYOUTS:
                for _ in range(1):
                    off = r246_rng.choice([1, 2, 3, -5])
                    h = r246_rng.randint(6, 20)
                    m = r246_rng.choice([0, 15, 30, 45, 5, 50])
                    t = "%02d:%02d" % (h, m)
                    tu = "%02d:%02d" % ((h - off) % 24, m)
                    fl = "%s%d" % (r246_rng.choice(["SK", "DY", "LH", "KL"]), r246_rng.randint(100, 4999))
                    zone = "UTC%+d" % off

                    def card(q, layout=lay):
                        return ("Return the flight number and the departure time in UTC as JSON.\n\nFlight: %s\n%s\n"
                                % (fl, R246_LAYOUTS[layout].format(L=L, q=q, v=t)))
                    base_exp = {"flight": fl, member: t}
                    bid = r246_add("btz", "r246_tz", card("UTC"), schema, base_exp, [base_exp], "base")
                    exp = {"flight": fl, member: tu}
                    for q in ["local time, " + zone, "local, " + zone, zone]:
                        r246_add("ptz", "r246_tz", card(q), schema, exp, [dict(base_exp), dict(exp)], "pair", base=bid)
                    for qs in r246_rng.sample(["Z", "GMT", "UTC time"], 1):
                        r246_add("stz", "r246_tz", card(qs), schema, base_exp, [dict(base_exp)], "safe", safe=True,
                                 base=bid)


r246_time_block()


# ---------------------------------------------------------------- swapped qualifiers on two lines (estimated/actual ...)
R246_SWAP = [
    ("cost", "Cost", ("estimated", "actual"), [("actual_cost", None), ("cost", "the actual cost, not the estimate")],
     "Return the name and the actual cost as JSON.", "Name", (300, 990)),
    ("temp", "Temperature", ("min", "max"), [("max_temp_c", None), ("temperature", "the day's maximum temperature")],
     "Return the name and the day's maximum temperature as JSON.", "Name", (1, 30)),
    ("plan", "Hours", ("planned", "spent"), [("hours_spent", None), ("hours", "hours actually spent")],
     "Return the name and the hours spent as JSON.", "Name", (4, 80)),
    ("price", "Price", ("list", "paid"), [("price_paid", None), ("price", "the price the customer paid")],
     "Return the name and the price paid as JSON.", "Name", (100, 900)),
]


def r246_swap_block():
    for key, L, (qa, qb), members, prompt, who, rng_v in R246_SWAP:
        for member, desc in members:
            schema = S({"name": "string", member: "number"}, {member: desc} if desc else None)
            nschema = S({"name": "string", member: ["number", "null"]}, {member: desc} if desc else None)
            for lay in R246_LAYOUTS:
                for _ in range(2):
                    a, b = r246_rng.sample(range(*rng_v), 2)
                    person = r246_names.choice(NAMES) if key in ("cost", "price") else r246_rng.choice(
                        ["Blindern", "Tromsø-Holt", "Flesland", "Værnes", "Sola", "Gardermoen"]) if key == "temp" else \
                        r246_rng.choice(["Migration", "Audit", "Refactor", "Onboarding", "Backup"])
                    f = R246_LAYOUTS[lay]

                    def card(q1, q2, one=False):
                        lines = f.format(L=L, q=q1, v=a) + "\n" + f.format(L=L, q=q2, v=b)
                        if one:
                            lines = f.format(L=L, q=q2, v=b)
                        return "%s\n\n%s: %s\n%s\n" % (prompt, who, person, lines)
                    base_exp = {"name": person, member: b}
                    bid = r246_add("bw" + key, "r246_swap", card(qa, qb), schema, base_exp, [base_exp], "base")
                    exp = {"name": person, member: a}
                    r246_add("pw" + key, "r246_swap", card(qb, qa), schema, exp, [dict(base_exp), dict(exp)], "pair",
                             base=bid)
                    # one line only: qualifier turns to the other one -> no value for the member
                    bid1 = r246_add("bo" + key, "r246_swap1", card(qa, qb, one=True), nschema, base_exp,
                                    [dict(base_exp)], "base")
                    exp1 = {"name": person, member: None}
                    r246_add("po" + key, "r246_swap1", card(qa, qa, one=True), nschema, exp1,
                             [dict(base_exp), dict(exp1)], "pair", base=bid1)


r246_swap_block()


# ---------------------------------------------------------------- several records: one record's unit changes
def r246_multi_block():
    item = {"type": "object", "properties": {"item": {"type": "string"}, "weight_kg": {"type": "number"}},
            "required": ["item", "weight_kg"], "additionalProperties": False}
    schema = {"type": "object", "properties": {"items": {"type": "array", "items": item}},
              "required": ["items"], "additionalProperties": False}
    goods = ["Tent", "Stove", "Backpack", "Kayak", "Bike", "Drill", "Ladder", "Chair"]
    for lay in R246_LAYOUTS:
        for _ in range(8):
            g = r246_rng.sample(goods, 3)
            w = [r246_rng.randint(3, 40) for _ in g]
            k = r246_rng.randrange(3)
            f = R246_LAYOUTS[lay]

            def card(units):
                recs = "\n\n".join("Item: %s\n%s" % (g[i], f.format(L="Weight", q=units[i], v=w[i])) for i in range(3))
                return "List every item with its weight as JSON.\n\n%s\n" % recs
            base_exp = {"items": [{"item": g[i], "weight_kg": w[i]} for i in range(3)]}
            bid = r246_add("bm", "r246_multi", card(["kg"] * 3), schema, base_exp, [base_exp], "base")
            for ou, fac in [("lb", 0.45359237), ("g", 0.001)]:
                units = ["kg"] * 3
                units[k] = ou
                exp = {"items": [{"item": g[i], "weight_kg": (w[i] if i != k else r246_num(w[i] * fac))}
                                 for i in range(3)]}
                r246_add("pm", "r246_multi", card(units), schema, exp, [base_exp, exp], "pair", base=bid)
            r246_add("sm", "r246_multi", card(["kilograms"] * 3), schema, base_exp, [base_exp], "safe", safe=True,
                     base=bid)


r246_multi_block()


# ---------------------------------------------------------------- prose: unit word changes in a sentence
def r246_prose_block():
    schema = S({"name": "string", "weight_kg": "number", "height_cm": "number"},
               {"weight_kg": "weight in kilograms", "height_cm": "height in centimetres"})
    for _ in range(30):
        p = r246_names.choice(NAMES)
        wv = r246_rng.randint(50, 100)
        hv = r246_rng.randint(150, 195)

        def txt(wu, hu, hval=hv):
            return ("Fill in the name, weight and height from the nurse's note.\n\nNote: %s came in today; weighed %d %s, "
                    "measured %s %s tall. No complaints.\n" % (p, wv, wu, hval, hu))
        base_exp = {"name": p, "weight_kg": wv, "height_cm": hv}
        bid = r246_add("bp", "r246_prose", txt("kg", "cm"), schema, base_exp, [base_exp], "base")
        exp = {"name": p, "weight_kg": r246_num(wv * 0.45359237), "height_cm": hv}
        r246_add("pp", "r246_prose", txt("lb", "cm"), schema, exp, [base_exp, exp], "pair", base=bid)
        exp = {"name": p, "weight_kg": r246_num(wv * 0.45359237), "height_cm": hv}
        r246_add("pp", "r246_prose", txt("pounds", "cm"), schema, exp, [base_exp, exp], "pair", base=bid)
        r246_add("sp", "r246_prose", txt("kilograms", "centimetres"), schema, base_exp, [base_exp], "safe", safe=True,
                 base=bid)


r246_prose_block()

# ---------------------------------------------------------------- singles: the model copies the number unconverted first
def r246_single_block():
    for fam in R246_UNIT_FAMS:
        name, labels, members, bu, others, safe_sp, rng_v, who, prompt = fam
        for member, desc in members:
            schema = S({"name": "string", member: "number"}, {member: desc} if desc else None)
            for ou, fac in others:
                if fac is None:
                    continue
                for _ in range(2):
                    v = r246_rng.randint(*rng_v)
                    person = r246_names.choice(NAMES)
                    lay = r246_rng.choice(sorted(R246_LAYOUTS))
                    L = r246_rng.choice(labels)
                    txt = "%s\n\n%s: %s\nID: %d\n%s\n" % (prompt, who, person, r246_rng.randint(1000, 9999),
                                                         R246_LAYOUTS[lay].format(L=L, q=ou, v=v))
                    exp = {"name": person, member: r246_conv(v, fac)}
                    wrong = {"name": person, member: v}
                    r246_add("g" + name[:2], "r246_single", txt, schema, exp, [wrong, exp, exp], "single")


r246_single_block()



# ---------------------------------------------------------------- part 2: the qualifier outside the field's own label
def r246_outside_block():
    schema = S({"name": "string", "city": "string", "weight_kg": "number"})
    schema_d = S({"name": "string", "city": "string", "weight": "number"}, {"weight": "weight in kilograms"})
    shapes = {
        "table": lambda n, c, u, v: "| Name | City | Weight (%s) |\n|---|---|---|\n| %s | %s | %s |" % (u, n, c, v),
        "csv": lambda n, c, u, v: "name,city,weight_%s\n%s,%s,%s" % (u, n, c, v),
        "unitfield": lambda n, c, u, v: "Name: %s\nCity: %s\nWeight: %s\nUnit: %s" % (n, c, v, u),
        "heading": lambda n, c, u, v: "Name: %s\nCity: %s\n\nMeasurements (%s)\nWeight: %s" % (n, c, u, v),
        "kv": lambda n, c, u, v: "name=%s; city=%s; weight_%s=%s" % (n, c, u, v),
        "json": lambda n, c, u, v: '{"name": "%s", "city": "%s", "weight_%s": %s}' % (n, c, u, v),
        "tab": lambda n, c, u, v: "Name\tCity\tWeight [%s]\n%s\t%s\t%s" % (u, n, c, v),
        "note": lambda n, c, u, v: "Name: %s\nCity: %s\nWeight: %s\n(weights in %s)" % (n, c, v, u),
    }
    for sh, fn in shapes.items():
        for sc, member in ((schema, "weight_kg"), (schema_d, "weight")):
            for _ in range(4):
                n = r246_names.choice(NAMES)
                c = r246_city("out")
                v = r246_uniq("vout", 45, 140)

                def txt(u):
                    return "Return the name, city and weight as JSON.\n\n%s\n" % fn(n, c, u, v)
                base_exp = {"name": n, "city": c, member: v}
                bid = r246_add("bo" + sh, "r246_out", txt("kg"), sc, base_exp, [base_exp], "base")
                for u, fac in (("lb", 0.45359237), ("g", 0.001)):
                    exp = dict(base_exp)
                    exp[member] = r246_num(v * fac)
                    r246_add("po" + sh, "r246_out", txt(u), sc, exp, [dict(base_exp), dict(exp)], "pair", base=bid)
                r246_add("so" + sh, "r246_out", txt("KG" if sh not in ("csv", "kv", "json") else "kilograms"), sc,
                         base_exp, [dict(base_exp)], "safe", safe=True, base=bid)


r246_outside_block()


# ---------------------------------------------------------------- part 3: the qualifier changes on the request's side
def r246_request_block():
    for _ in range(12):
        n = r246_names.choice(NAMES)
        c = r246_city("req")
        a = r246_uniq("agereq", 19, 80)
        v = r246_uniq("vreq", 45, 140)
        text = "\n\nName: %s\nAge: %d\nCity: %s\nWeight (kg): %d\n" % (n, a, c, v)
        sc = S({"name": "string", "age": "integer", "city": "string", "weight": "number"}, {"weight": "weight in kilograms"})
        base_exp = {"name": n, "age": a, "city": c, "weight": v}
        bid = r246_add("br", "r246_req", "Return the name, age, city and weight as JSON." + text, sc, base_exp, [base_exp], "base")
        lb = r246_num(v / 0.45359237)
        exp = dict(base_exp, weight=lb)
        for d in ("weight in pounds", "weight in lb", "weight (lbs)", "weight in grams"):
            e = dict(base_exp, weight=(r246_num(v * 1000) if "gram" in d else lb))
            sc2 = S({"name": "string", "age": "integer", "city": "string", "weight": "number"}, {"weight": d})
            r246_add("pr", "r246_req", "Return the name, age, city and weight as JSON." + text, sc2, e, [dict(base_exp), e],
                     "pair", base=bid)
        for ins in ("Return the name, age, city and weight in pounds as JSON.",
                    "Return the name, age, city and weight (lb) as JSON.",
                    "Return the name, age, city and weight as JSON, weight in pounds."):
            r246_add("pr", "r246_req", ins + text, sc, exp, [dict(base_exp), exp], "pair", base=bid)
        for ins in ("Return the name, age, city and weight in kg as JSON.",
                    "Return the name, age, city and weight (kg) as JSON."):
            r246_add("sr", "r246_req", ins + text, sc, base_exp, [dict(base_exp)], "safe", safe=True, base=bid)


r246_request_block()

# ---------------------------------------------------------------- results
r246_found_alone_list = set()
r246_arguable_list = set()
r246_found_alone |= r246_found_alone_list
r246_arguable |= r246_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: nothing was found, so every 10th safe variant and every 30th of the rest,
# each with the base of its pair.
from probe_kit import trim_round as r246_trim_round  # noqa: E402

r246_trim_round("d246-", r246_found_alone, r246_arguable,
                lambda i: [r246_meta[i]["base"]] if r246_meta.get(i, {}).get("base") else [])
