r"""Red-team round 250 (black box): THE PATCH PATH AND STITCHED ANSWERS.
Focus: the patch path and stitched answers, both tasks. JSON records of 3-20 members (40 labelled fields of
  strings, integers, numbers, two enums; 236 bases, the scripted model right) and variants that change 1 member, 2
  adjacent, 2 far apart, 3, two members of one kind swapping values, a member taking another member's old value (same
  kind, or an integer of another meaning), the old value's text extended or cut ("14" -> "140", "Kestrel Ltd" ->
  "Kestrel Ltdberg"), the lines reordered with one member changed, an address object's city or postcode, leading
  zeros added or dropped ("0795" -> "795", "001236" -> "01236"), a sign ("-460.90", "\u2212", "\u2013", "(460.90)",
  "460.90 CR"), a digit inserted or dropped around the point ("4.5" -> "4.05", "231.45" -> "2310.45"), billing and
  shipping sections under swapped headings; chains (a variant of a patched variant, A -> B -> A, then a third member
  taking the first's value). The model's answer to the region request (its first answer for the variant) wrong in 22
  ways: the stale value, stale twice, a neighbour's value (once, or every time), a partial span, another unit (g for
  kg, cents), a missing key, misspelt keys, another record's value, the whole object as text with an unasked member
  wrong, the whole object with the stale members, markdown fences, prose around the JSON, extra keys, unasked keys with
  wrong values, a fenced stale region, numbers as strings, decimal commas, null. Equations: a(v + b) + d = c worked
  with an identity line for the left side first (true for any value, so it survives a changed c), 80 bases, 203
  variants with another c, 123 chain steps, 80 safe rewordings; the continuation restarts from the top, renumbers
  ("Step k:"), repeats the last good step, restates the base's request, ends with "So the answer is v = <base value>",
  switches to arrows, omits the last line, keeps the base's later lines (once or sticky).
  2,997 probes (seeded random.Random(250); the tester's copy ran only this round's probes): 316 bases, 2,199 variants
  (1,873 JSON, 326 equation), 434 safe (354 JSON: a blank line added, the lines reordered, a rating written with a
  trailing zero; 80 equation rewordings), 48 singles (an address object).
  Paths: run 1 skip 1,939 / patch 347 / reuse 711 (safe on reuse 141/434); run 2 skip 1,639 / patch 430 / reuse 928
  (safe on reuse 146/434). 1,257 region requests and 1,128 continuations were made in run 2.
HELD: every shape above. 0 wrong answers from the cache in either run (none on the reuse path, no wrong member kept on
  the patch path). Changed members were rewritten from the text or regenerated on every path; swaps, a value equal to
  another member's old value, extended or cut values, leading zeros, signs (ASCII, U+2212, U+2013) and inserted digits
  were all read right; "(460.90)" and "460.90 CR" and the billing/shipping sections (the text "holds 3 records") were
  refused. Every wrong region answer was re-asked or refused: none of the 22 mistakes reached an answer, nor did an
  unasked member in a whole-object reply. Equations: the identity line was accepted as a verified step (continuations
  were asked after it: "Those steps are verified. Continue ..."), and every continuation that restarted, renumbered, repeated, restated the base, switched
  notation or ended with a stale summary was rejected or replaced by a working that is right; the served patches
  include workings in "Step k:" form that no scripted answer wrote (all right). Records with an address object or with
  sections were never stored.
WHAT GOT THROUGH (fresh only, path=skip, 50 in each run, the same 50 alone on a fresh store, never stored):
 (F) an address object's member taken from another field of the record, accepted with the rest right (48 singles,
     2 variants): "Read the form and give its fields as JSON. / Name: Lena Holt / Home city: Bergen / Address street:
     81 Station Street / Address city: Split / Address postcode: 4825 / ..." -> address.city "Bergen" (right
     "Split"); "Address: 28 Kirke Street, 9139 Krakow / Work city: Bergen" -> address.city "Bergen" (right "Krakow");
     "Street: 79 Elm Street / City: Lyon / Postcode: 5737 / ... / Invoice number: 1084" -> address.postcode "1084"
     (right "5737"). In all three layouts (prefixed labels, one line, bare labels).
Adds its probes to probe_kit.P."""
import json as r250_json
import random as r250_random

from probe_kit import J, E, S, P  # noqa: F401

r250_rng = r250_random.Random(250)
r250_found_alone = set()
r250_arguable = set()
r250_meta = {}
r250_info = {}
r250_prompts = set()
r250_n = [0]

# ---------------------------------------------------------------- value pools
R250_FIRST = ["Mira", "Tomas", "Ines", "Karl", "Lena", "Oskar", "Priya", "Bruno", "Ada", "Chen", "Marta", "Jonas",
              "Sofia", "Emil", "Nora", "Felix", "Hanna", "Pavel", "Lucia", "Arne", "Greta", "Milan", "Selma", "Ivo"]
R250_LAST = ["Holt", "Ek", "Moreau", "Weiss", "Vogt", "Berg", "Nair", "Diaz", "Kovac", "Wei", "Lind", "Strand",
             "Rossi", "Novak", "Haas", "Dahl", "Brandt", "Sato", "Costa", "Meyer", "Falk", "Horvat", "Engel", "Roth"]
R250_CITY = ["Oslo", "Bergen", "Lyon", "Graz", "Ghent", "Bruges", "Split", "Cadiz", "Porto", "Faro", "Voss", "Turku",
             "Aarhus", "Malmo", "Brno", "Krakow", "Gdansk", "Tartu", "Riga", "Bologna", "Utrecht", "Leeds", "Cork"]
R250_COMPANY = ["Nordlys AS", "Fjell Tools", "Kestrel Ltd", "Bluefin GmbH", "Orchid Labs", "Granite & Co",
                "Polar Freight", "Vinter Foods", "Arclight BV", "Mosaic Print", "Heron Systems", "Tidewater Inc"]
R250_DEPT = ["Finance", "Logistics", "Sales", "Research", "Legal", "Support", "Marketing", "Procurement", "Quality"]
R250_JOB = ["pharmacist", "nurse", "welder", "accountant", "pilot", "teacher", "electrician", "chemist", "librarian"]
R250_COUNTRY = ["Norway", "France", "Austria", "Belgium", "Croatia", "Spain", "Portugal", "Finland", "Denmark"]
R250_VEHICLE = ["Volvo V70", "Toyota Yaris", "Skoda Octavia", "Ford Transit", "Renault Clio", "VW Golf", "Kia Ceed"]
R250_COLOUR = ["red", "blue", "green", "black", "white", "grey", "yellow", "orange"]
R250_STATUS = ["active", "inactive", "pending"]
R250_SIZES = ["S", "M", "L", "XL"]

R250_FIELDS = [
    ("name", "Name", "person"), ("city", "City", "city"), ("company", "Company", "company"),
    ("order_id", "Order ID", "code"), ("quantity", "Quantity", "small"), ("unit_price_eur", "Unit price (EUR)", "money"),
    ("age", "Age", "age"), ("room", "Room", "room"), ("department", "Department", "dept"),
    ("job_title", "Job title", "job"), ("start_date", "Start date", "date"), ("status", "Status", "status"),
    ("email", "E-mail", "email"), ("phone", "Phone", "phone"), ("manager", "Manager", "person"),
    ("team_size", "Team size", "small"), ("floor", "Floor", "small"), ("nights", "Nights", "small"),
    ("adults", "Adults", "small"), ("children", "Children", "small"), ("country", "Country", "country"),
    ("postcode", "Postcode", "postcode"), ("vehicle", "Vehicle", "vehicle"), ("licence_plate", "Licence plate", "plate"),
    ("rating", "Rating", "rating"), ("weight_kg", "Weight (kg)", "weight"), ("end_date", "End date", "date"),
    ("home_city", "Home city", "city"), ("work_city", "Work city", "city"), ("supplier", "Supplier", "company"),
    ("contact", "Contact person", "person"), ("invoice_number", "Invoice number", "mid"),
    ("discount", "Discount", "small"), ("balance_eur", "Balance (EUR)", "money"),
    ("deposit_eur", "Deposit (EUR)", "money"), ("colour", "Colour", "colour"), ("size", "Size", "sizeenum"),
    ("seat", "Seat", "seat"), ("gate", "Gate", "small"), ("flight", "Flight", "flight"),
]
R250_STR = {"person", "city", "company", "code", "dept", "job", "date", "email", "phone", "country", "postcode",
            "vehicle", "plate", "colour", "seat", "flight"}
R250_INT = {"small", "age", "room", "mid"}
R250_NUM = {"money", "rating", "weight"}


def r250_value(kind, rng):
    if kind == "person":
        return f"{rng.choice(R250_FIRST)} {rng.choice(R250_LAST)}"
    if kind == "city":
        return rng.choice(R250_CITY)
    if kind == "company":
        return rng.choice(R250_COMPANY)
    if kind == "code":
        return f"ORD-{rng.randint(10000, 99999)}"
    if kind == "small":
        return rng.randint(1, 19)
    if kind == "age":
        return rng.randint(21, 79)
    if kind == "room":
        return rng.randint(101, 499)
    if kind == "mid":
        return rng.randint(1000, 9999)
    if kind == "money":
        return round(rng.randint(100, 99999) / 100, 2)
    if kind == "rating":
        return round(rng.randint(10, 50) / 10, 1)
    if kind == "weight":
        return round(rng.randint(5, 400) / 10, 1)
    if kind == "dept":
        return rng.choice(R250_DEPT)
    if kind == "job":
        return rng.choice(R250_JOB)
    if kind == "date":
        return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "status":
        return rng.choice(R250_STATUS)
    if kind == "email":
        return f"{rng.choice(R250_FIRST).lower()}.{rng.choice(R250_LAST).lower()}@example.org"
    if kind == "phone":
        return f"555-01{rng.randint(10, 99)}"
    if kind == "country":
        return rng.choice(R250_COUNTRY)
    if kind == "postcode":
        return f"{rng.randint(1000, 9999)}"
    if kind == "vehicle":
        return rng.choice(R250_VEHICLE)
    if kind == "plate":
        return f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTUVW')} {rng.randint(10000, 99999)}"
    if kind == "colour":
        return rng.choice(R250_COLOUR)
    if kind == "sizeenum":
        return rng.choice(R250_SIZES)
    if kind == "seat":
        return f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return f"SK {rng.randint(100, 4999)}"
    raise ValueError(kind)


def r250_other_value(kind, old, rng, avoid=()):
    for _ in range(200):
        v = r250_value(kind, rng)
        if v != old and v not in avoid:
            return v
    return old


def r250_schema_of(fields):
    props = {}
    for key, label, kind in fields:
        if kind in R250_STR:
            props[key] = "string"
        elif kind in R250_INT:
            props[key] = "integer"
        elif kind in R250_NUM:
            props[key] = "number"
        elif kind == "status":
            props[key] = {"type": "string", "enum": list(R250_STATUS)}
        elif kind == "sizeenum":
            props[key] = {"type": "string", "enum": list(R250_SIZES)}
        elif kind == "nest":
            props[key] = {"type": "object", "properties": {"street": {"type": "string"}, "city": {"type": "string"},
                                                            "postcode": {"type": "string"}},
                          "required": ["street", "city", "postcode"], "additionalProperties": False}
        elif kind == "arr":
            props[key] = {"type": "array", "items": {"type": "object", "properties": {
                "sku": {"type": "string"}, "qty": {"type": "integer"}}, "required": ["sku", "qty"],
                "additionalProperties": False}}
    return S(props)


def r250_show(kind, v):
    if kind == "money":
        return f"{v:.2f}"
    return str(v)


def r250_text(fields, vals, extra_lines, order=None):
    lines = []
    idx = order if order is not None else list(range(len(fields)))
    for i in idx:
        key, label, kind = fields[i]
        v = vals[key]
        if kind == "nest":
            lines.append(f"{label} street: {v['street']}")
            lines.append(f"{label} city: {v['city']}")
            lines.append(f"{label} postcode: {v['postcode']}")
        elif kind == "arr":
            lines.append(f"{label}:")
            for it in v:
                lines.append(f"- SKU {it['sku']}, qty {it['qty']}")
        else:
            lines.append(f"{label}: {r250_show(kind, v)}")
    return "\n".join(extra_lines[:1] + lines + extra_lines[1:]) + "\n"


R250_INSTR = ["Extract the record as JSON.", "Give this record as JSON.",
              "Fill in the JSON from the form below.", "Read the form and give its fields as JSON."]


def r250_add_json(tag, fam, prompt, schema, expect, answers, safe=False, base=None, kind=""):
    if prompt in r250_prompts:
        return None
    r250_prompts.add(prompt)
    r250_n[0] += 1
    pid = f"d250-{tag}-{r250_n[0]}"
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r250_meta[pid] = {"base": base} if base else {}
    r250_info[pid] = kind
    return pid


# ---------------------------------------------------------------- model mistakes in a region
def r250_mistake(mode, fields, right, base, changed, rng, other_vals):
    """The model's answers for a variant (right answer `right`, stale `base`), `changed` the changed keys."""
    kinds = {k: kd for k, _, kd in fields}
    keys = [k for k, _, _ in fields]

    def with_(upd):
        d = dict(right)
        d.update(upd)
        return d
    if mode == "right":
        return [right]
    if mode == "stale":
        return [base, right]
    if mode == "stale2":
        return [base, base, right]
    if mode in ("neighbour", "neighbour3"):
        upd = {}
        for k in changed:
            kd = kinds[k]
            same = [o for o in keys if o != k and kinds[o] == kd and o not in changed]
            if same:
                upd[k] = right[rng.choice(same)]
            else:
                i = keys.index(k)
                nb = keys[i + 1] if i + 1 < len(keys) else keys[i - 1]
                upd[k] = right[nb] if type(right[nb]) == type(right[k]) else base[k]
        w = with_(upd)
        return [w, right] if mode == "neighbour" else [w, w, w]
    if mode == "partial":
        upd = {}
        for k in changed:
            v = right[k]
            if isinstance(v, str) and " " in v:
                upd[k] = v.split(" ")[0]
            elif isinstance(v, str) and "-" in v:
                upd[k] = v.rsplit("-", 1)[0]
            elif isinstance(v, str) and len(v) > 2:
                upd[k] = v[:-1]
            elif isinstance(v, int) and not isinstance(v, bool) and v >= 10:
                upd[k] = v // 10
            elif isinstance(v, float):
                upd[k] = float(int(v))
            else:
                upd[k] = base[k]
        return [with_(upd), right]
    if mode == "unit":
        upd = {}
        for k in changed:
            kd = kinds[k]
            if kd == "weight":
                upd[k] = round(right[k] * 1000)
            elif kd == "money":
                upd[k] = round(right[k] * 100)
            else:
                upd[k] = base[k]
        return [with_(upd), right]
    if mode == "missing":
        d = {k: v for k, v in right.items() if k not in changed}
        return [d, right]
    if mode == "misspelt":
        d = {}
        for k, v in right.items():
            d[(k.replace("_", "") if "_" in k else k + "s") if k in changed else k] = v
        return [d, right]
    if mode == "otherrec":
        upd = {}
        for k in changed:
            ov = other_vals.get(k)
            upd[k] = ov if ov is not None and ov != right[k] else base[k]
        return [with_(upd), right]
    if mode == "whole_other":
        # the whole object where a region was asked, one member NOT changed given wrong (another record's)
        keep = [k for k in keys if k not in changed and kinds[k] in R250_STR | R250_INT | R250_NUM]
        d = dict(right)
        if keep:
            k2 = rng.choice(keep)
            d[k2] = r250_other_value(kinds[k2], right[k2], rng)
        return [r250_json.dumps(d), right]
    if mode == "whole_stale":
        # the whole object (a string), the changed members right but one kept member stale from another record
        d = dict(base)
        for k in changed:
            d[k] = right[k]
        return [r250_json.dumps(d), right]
    if mode == "fenced":
        return ["```json\n" + r250_json.dumps(right, indent=2) + "\n```", right]
    if mode == "prose":
        return ["Sure! Here is the JSON you asked for:\n" + r250_json.dumps(right) + "\nLet me know if you need more.",
                right]
    if mode == "extra":
        d = dict(right)
        d["notes"] = "checked"
        d["record_id"] = rng.randint(1, 999)
        return [r250_json.dumps(d), right]
    if mode == "extra_wrong":
        # only the region's keys, plus keys it was not asked for with wrong values
        d = {k: right[k] for k in changed}
        unk = [k for k in keys if k not in changed and kinds[k] in R250_STR | R250_INT | R250_NUM]
        for k2 in rng.sample(unk, min(2, len(unk))):
            d[k2] = r250_other_value(kinds[k2], right[k2], rng)
        return [r250_json.dumps(d), right]
    if mode == "region_fenced_stale":
        d = {k: base[k] for k in changed}
        return ["```json\n" + r250_json.dumps(d) + "\n```", right]
    if mode in ("strnum", "comma", "nullv"):
        upd = {}
        for k in changed:
            v = right[k]
            if mode == "nullv":
                upd[k] = None
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                upd[k] = str(v) if mode == "strnum" else str(v).replace(".", ",")
                if mode == "comma" and "," not in upd[k]:
                    upd[k] = f"{v:,}".replace(",", " ") if v >= 1000 else f"{v},0"
            else:
                upd[k] = base[k]
        return [with_(upd), right]
    raise ValueError(mode)


R250_MODES = ["right", "stale", "stale", "stale2", "neighbour", "neighbour", "neighbour3", "partial", "unit",
              "missing", "misspelt", "otherrec", "whole_other", "whole_stale", "fenced", "prose", "extra",
              "extra_wrong", "region_fenced_stale", "strnum", "comma", "nullv"]


# ---------------------------------------------------------------- JSON groups
def r250_group(gi, rng, bases, variants, chains, pool_vals):
    n = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20])
    pick = rng.sample(R250_FIELDS, min(n, len(R250_FIELDS)))
    fields = list(pick)
    nested = rng.random() < 0.12
    arr = False
    if nested:
        fields = [f for f in fields if f[0] not in ("city", "postcode")]
        fields.insert(rng.randrange(len(fields) + 1), ("address", "Address", "nest"))
    if arr:
        fields.append(("items", "Items", "arr"))
    vals = {}
    for key, label, kind in fields:
        if kind == "nest":
            vals[key] = {"street": f"{rng.randint(1, 99)} {rng.choice(['Elm', 'Harbour', 'Mill', 'Kirke', 'Station'])} Street",
                         "city": rng.choice(R250_CITY), "postcode": str(rng.randint(1000, 9999))}
        elif kind == "arr":
            vals[key] = [{"sku": f"A-{rng.randint(10, 99)}", "qty": rng.randint(1, 9)} for _ in range(rng.randint(2, 3))]
        else:
            vals[key] = r250_value(kind, rng)
    schema = r250_schema_of(fields)
    instr = rng.choice(R250_INSTR)
    extra = []
    prompt = f"{instr}\n\n{r250_text(fields, vals, extra)}"
    fam = f"r250_n{len(fields)}"
    bid_holder = {}
    bases.append(("b", fam, prompt, schema, dict(vals), [dict(vals)], False, None, "base", bid_holder))
    kinds = {k: kd for k, _, kd in fields}
    plain = [k for k, _, kd in fields if kd in R250_STR | R250_INT | R250_NUM]
    keys = [k for k, _, _ in fields]
    other_vals = rng.choice(pool_vals) if pool_vals else {}
    pool_vals.append(vals)

    def variant(kind, newvals, changed, mode=None, safe=False, text=None, holder=bid_holder, basevals=vals,
                out=variants):
        m = mode or ("right" if safe else rng.choice(R250_MODES))
        if m in ("whole_other", "extra_wrong") and not [k for k in plain if k not in changed]:
            m = "stale"
        pr = f"{instr}\n\n{text if text is not None else r250_text(fields, newvals, extra)}"
        ans = r250_mistake(m, fields, newvals, basevals, changed, rng, other_vals) if not safe else [newvals]
        h = {}
        out.append(("sf" if safe else "v", fam, pr, schema, dict(newvals), ans, safe, holder,
                    f"{kind}/{m}" + ("" if safe else f"/{len(fields)}"), h))
        return h

    # one member changed
    if plain:
        k = rng.choice(plain)
        nv = dict(vals)
        nv[k] = r250_other_value(kinds[k], vals[k], rng, avoid=[vals[o] for o in keys if o != k])
        variant("c1", nv, [k])
    # two adjacent
    adj = [i for i in range(len(keys) - 1) if keys[i] in plain and keys[i + 1] in plain]
    if adj:
        i = rng.choice(adj)
        nv = dict(vals)
        for k in (keys[i], keys[i + 1]):
            nv[k] = r250_other_value(kinds[k], vals[k], rng, avoid=[vals[o] for o in keys if o != k])
        variant("c2adj", nv, [keys[i], keys[i + 1]])
    # two far apart
    if len(plain) >= 5:
        a, b = plain[0], plain[-1]
        nv = dict(vals)
        for k in (a, b):
            nv[k] = r250_other_value(kinds[k], vals[k], rng, avoid=[vals[o] for o in keys if o != k])
        variant("c2far", nv, [a, b])
    # three changed
    if len(plain) >= 6:
        ch = rng.sample(plain, 3)
        nv = dict(vals)
        for k in ch:
            nv[k] = r250_other_value(kinds[k], vals[k], rng, avoid=[vals[o] for o in keys if o != k])
        variant("c3", nv, ch)
    # two members of one type swap values (labels swapped, the values stay where they are)
    bykind = {}
    for k in plain:
        bykind.setdefault(kinds[k], []).append(k)
    pairs = [v for v in bykind.values() if len(v) >= 2]
    if pairs:
        grp = rng.choice(pairs)
        a, b = rng.sample(grp, 2)
        if vals[a] != vals[b]:
            nv = dict(vals)
            nv[a], nv[b] = vals[b], vals[a]
            variant("swap", nv, [a, b])
            # a member takes another member's old value (one change only)
            nv2 = dict(vals)
            nv2[a] = vals[b]
            variant("eqother", nv2, [a])
    # an integer member takes the value of an integer member of another meaning
    ints = [k for k in plain if kinds[k] in R250_INT]
    if len(ints) >= 2:
        a, b = rng.sample(ints, 2)
        if vals[a] != vals[b] and not (kinds[a] == "room" or kinds[b] == "room"):
            nv = dict(vals)
            nv[a] = vals[b]
            variant("eqint", nv, [a])
    # nested member
    if nested:
        nv = dict(vals)
        ad = dict(vals["address"])
        ad["city"] = r250_other_value("city", ad["city"], rng)
        nv["address"] = ad
        variant("nest_city", nv, ["address"])
        nv2 = dict(vals)
        ad2 = dict(vals["address"])
        ad2["postcode"] = str(int(ad2["postcode"]) + rng.choice([1, 10, 100]))
        nv2["address"] = ad2
        variant("nest_pc", nv2, ["address"])
        # the city outside the address changed to the address's city value, address kept
        if "city" in vals:
            nv3 = dict(vals)
            nv3["city"] = vals["address"]["city"] if vals["address"]["city"] != vals["city"] else \
                r250_other_value("city", vals["city"], rng)
            variant("nest_outer", nv3, ["city"])
    if arr:
        nv = dict(vals)
        items = [dict(x) for x in vals["items"]]
        items[-1]["qty"] = items[-1]["qty"] + 1
        nv["items"] = items
        variant("arr_qty", nv, ["items"])
    # the new value's text extends or shortens the old one ("456" -> "4567", "Ivo Dahl" -> "Ivo Dahlberg")
    if plain:
        k = rng.choice(plain)
        ov = vals[k]
        kd = kinds[k]
        nvv = None
        if kd in R250_INT:
            nvv = ov * 10 + rng.randint(0, 9) if rng.random() < 0.5 or ov < 10 else ov // 10
        elif kd == "money":
            nvv = round(ov * 10, 2) if rng.random() < 0.5 else float(int(ov))
        elif kd in ("person", "company", "city", "vehicle"):
            nvv = ov + rng.choice(["berg", "-Nord", " Jr", "a"]) if not ov.endswith("a") else ov[:-1]
        elif kd in ("code", "phone", "postcode", "plate", "flight", "seat", "date"):
            nvv = ov + str(rng.randint(0, 9)) if kd != "date" else ov[:-1] + str((int(ov[-1]) + 1) % 10)
        if nvv is not None and nvv != ov and (kd not in R250_INT or nvv > 0):
            nv = dict(vals)
            nv[k] = nvv
            variant("prefix", nv, [k])
    # the lines reordered AND one member changed
    if len(plain) >= 3:
        k = rng.choice(plain)
        nv = dict(vals)
        nv[k] = r250_other_value(kinds[k], vals[k], rng, avoid=[vals[o] for o in keys if o != k])
        order = list(range(len(fields)))
        rng.shuffle(order)
        variant("order_c1", nv, [k], text=r250_text(fields, nv, extra, order))
    # safe: a line no member reads changed, and the lines reordered
    tl = r250_text(fields, vals, extra).split("\n")
    cut = rng.randint(1, max(1, len(tl) - 2))
    variant("safe_blank", dict(vals), [], safe=True, text="\n".join(tl[:cut] + [""] + tl[cut:]))
    if len(fields) >= 3:
        order = list(range(len(fields)))
        rng.shuffle(order)
        variant("safe_order", dict(vals), [], safe=True, text=r250_text(fields, vals, extra, order))
    # chains: v1 changes A (patched), v2 changes B from v1, v3 puts A back to the base's value
    if len(plain) >= 3 and rng.random() < 0.55:
        a, b = rng.sample(plain, 2)
        v1 = dict(vals)
        v1[a] = r250_other_value(kinds[a], vals[a], rng, avoid=[vals[o] for o in keys if o != a])
        h1 = variant("chain1", v1, [a], out=chains)
        v2 = dict(v1)
        v2[b] = r250_other_value(kinds[b], vals[b], rng, avoid=[v1[o] for o in keys if o != b])
        h2 = variant("chain2", v2, [b], holder=h1, basevals=v1, out=chains)
        v3 = dict(v2)
        v3[a] = vals[a]
        h3 = variant("chain3", v3, [a], holder=h2, basevals=v2, out=chains)
        # a fourth: b takes a's base value
        c = [k for k in plain if k not in (a, b) and kinds[k] == kinds[a]]
        v4 = dict(v3)
        if c:
            v4[c[0]] = v3[a] if v3[a] != v3[c[0]] else r250_other_value(kinds[c[0]], v3[c[0]], rng)
            variant("chain4", v4, [c[0]], holder=h3, basevals=v3, out=chains)


def r250_json_round(NG):
    rng = r250_rng
    bases, variants, chains = [], [], []
    pool = []
    for gi in range(NG):
        r250_group(gi, rng, bases, variants, chains, pool)
    rng.shuffle(variants)
    # bases first, then the variants in random order, then the chains (each in its own order, interleaved)
    order = bases + variants + chains
    for (tag, fam, pr, schema, exp, ans, safe, holder, kind, h) in order:
        base = holder.get("id") if holder is not None else None
        if tag != "b" and not base:
            continue
        pid = r250_add_json(tag, fam, pr, schema, exp, ans, safe=safe, base=base, kind=kind)
        if pid:
            h["id"] = pid


# ---------------------------------------------------------------- equations
def r250_add_eq(tag, fam, prompt, var, val, answers, safe=False, base=None, kind="", report=None):
    if prompt in r250_prompts:
        return None
    r250_prompts.add(prompt)
    r250_n[0] += 1
    pid = f"d250-{tag}-{r250_n[0]}"
    E(pid, fam, prompt, var, str(val), answers, safe=safe, report=report)
    r250_meta[pid] = {"base": base} if base else {}
    r250_info[pid] = kind
    return pid


def r250_pm(b):
    return f"+ {b}" if b >= 0 else f"- {-b}"


def r250_t(a, v):
    return v if a == 1 else (f"-{v}" if a == -1 else f"{a}{v}")


def r250_work(a, b, d, c, v, style="plain"):
    """a(v + b) + d = c; first an identity of the left side, then the rest. Returns (eq, lines, value)."""
    eq = f"{a}({v} {r250_pm(b)}) {r250_pm(d)} = {c}"
    k = a * b + d
    val = (c - k) // a
    lines = [eq,
             f"{a}({v} {r250_pm(b)}) {r250_pm(d)} = {a}{v} {r250_pm(k)}",
             f"{a}{v} {r250_pm(k)} = {c}",
             f"{a}{v} = {c - k}",
             f"{v} = {val}"]
    return eq, lines, val


def r250_render(lines, style):
    if style == "plain":
        return "\n".join(lines)
    if style == "desc":
        descs = ["", "Expand the left side", "So the equation is", "Move the constant", "Divide both sides"]
        return "\n".join([lines[0]] + [f"{descs[i]}: {l}" for i, l in enumerate(lines) if i > 0])
    if style == "numbered":
        return "\n".join(f"{i + 1}. {l}" for i, l in enumerate(lines))
    if style == "arrow":
        return " → ".join(lines)
    raise ValueError(style)


R250_ETMPL = ["Solve {eq} step by step.", "Solve for {v}: {eq}. Show each step.",
              "Find {v} if {eq}. Explain each step.", "What is {v} in {eq}? Show the steps."]
R250_EMODES = ["right", "stale", "restart", "renumber", "repeat", "earlier", "summary", "notation", "sticky",
               "nolast", "restate_base"]


def r250_eq_answers(mode, lines_v, lines_b, v, val_b, rng, style):
    def R(ls):
        return r250_render(ls, style)
    right = R(lines_v)
    if mode == "right":
        return [right]
    if mode == "stale":
        return [R(lines_b), right]
    if mode == "restart":
        # starts over at the top without the identity line
        return [R([lines_v[0]] + lines_v[2:]) if style != "desc" else "\n".join([lines_v[0]] + lines_v[2:]), right]
    if mode == "renumber":
        return ["\n".join(f"Step {i + 1}: {l}" for i, l in enumerate(lines_v)), right]
    if mode == "repeat":
        return ["\n".join(lines_v[:2] + [lines_v[1]] + lines_v[2:]) if style != "arrow"
                else " → ".join(lines_v[:2] + [lines_v[1]] + lines_v[2:]), right]
    if mode == "earlier":
        # the continuation restates the base's request after the identity line
        return ["\n".join(lines_v[:2] + [lines_b[0]] + lines_v[2:]), right]
    if mode == "summary":
        return [right + f"\nSo the answer is {v} = {val_b}.", right]
    if mode == "notation":
        return [" → ".join(lines_v) if style != "arrow" else "\n".join(lines_v), right]
    if mode == "sticky":
        w = R(lines_v[:2] + lines_b[2:])
        return [w, w, right]
    if mode == "nolast":
        return ["\n".join(lines_v[:-1]), right]
    if mode == "restate_base":
        return [R(lines_v[:2] + lines_b[2:]), right]
    raise ValueError(mode)


def r250_eq_round(NB):
    rng = r250_rng
    bases, variants, chains = [], [], []
    for i in range(NB):
        v = rng.choice(["x", "y", "n", "t", "k", "m"])
        a = rng.randint(2, 7)
        b = rng.choice([rng.randint(1, 9), -rng.randint(1, 6)])
        d = rng.choice([rng.randint(1, 12), -rng.randint(1, 9)])
        x = rng.randint(-5, 12)
        c = a * (x + b) + d
        style = ["plain", "desc", "numbered", "arrow"][i % 4]
        tmpl = rng.choice(R250_ETMPL)
        eq, lines, val = r250_work(a, b, d, c, v)
        base_w = r250_render(lines, style)
        bp = tmpl.format(v=v, eq=eq)
        h0 = {}
        bases.append(("eb", "r250_eq_base", bp, v, val, [base_w], False, None, "ebase", h0))
        # variants: another right-hand constant (the identity line still holds)
        for j in range(3):
            kk = rng.choice([1, 2, 3, -1, -2, 4])
            c2 = c + a * kk
            eq2, l2, val2 = r250_work(a, b, d, c2, v)
            mode = rng.choice(R250_EMODES)
            ans = r250_eq_answers(mode, l2, lines, v, val, rng, style)
            variants.append(("ev", "r250_eq_const", tmpl.format(v=v, eq=eq2), v, val2, ans, False, h0,
                             f"econst/{mode}/{style}", {}))
        # safe: the same equation asked in other words
        t2 = rng.choice([t for t in R250_ETMPL if t != tmpl])
        variants.append(("esf", "r250_eq_safe", t2.format(v=v, eq=eq), v, val,
                         [r250_render(lines, style)], True, h0, "esafe", {}))
        # chain: c -> c' -> c''
        hh = h0
        prev_lines = lines
        prev_val = val
        cc = c
        for j in range(2):
            cc = cc + a * rng.choice([1, 2, -1])
            eqc, lc, valc = r250_work(a, b, d, cc, v)
            mode = rng.choice(R250_EMODES)
            ans = r250_eq_answers(mode, lc, prev_lines, v, prev_val, rng, style)
            nh = {}
            chains.append(("ec", "r250_eq_chain", rng.choice(R250_ETMPL).format(v=v, eq=eqc), v, valc, ans, False,
                           hh, f"echain{j + 1}/{mode}/{style}", nh))
            hh = nh
            prev_lines, prev_val = lc, valc
    rng.shuffle(variants)
    for (tag, fam, pr, var, val, ans, safe, holder, kind, h) in bases + variants + chains:
        base = holder.get("id") if holder is not None else None
        if tag != "eb" and not base:
            continue
        pid = r250_add_eq(tag, fam, pr, var, val, ans, safe=safe, base=base, kind=kind)
        if pid:
            h["id"] = pid


# ---------------------------------------------------------------- special shapes
def r250_special(NG):
    """Sections under headings swapped, leading zeros, signs, a digit inserted after the point."""
    rng = r250_rng
    bases, variants, chains = [], [], []
    for gi in range(NG):
        shape = ["sect", "zeros", "sign", "digit"][gi % 4]
        instr = rng.choice(R250_INSTR)
        nm = f"{rng.choice(R250_FIRST)} {rng.choice(R250_LAST)}"
        h0 = {}
        if shape == "sect":
            c1, c2 = rng.sample(R250_CITY, 2)
            p1, p2 = str(rng.randint(1000, 9999)), str(rng.randint(1000, 9999))
            sch = S({"customer": "string", "billing_city": "string", "billing_postcode": "string",
                     "shipping_city": "string", "shipping_postcode": "string"})

            def txt(h1, h2, a, b):
                return (f"{instr}\n\nCustomer: {nm}\n{h1}:\nCity: {a[0]}\nPostcode: {a[1]}\n{h2}:\nCity: {b[0]}\n"
                        f"Postcode: {b[1]}\n")
            right = {"customer": nm, "billing_city": c1, "billing_postcode": p1, "shipping_city": c2, "shipping_postcode": p2}
            bases.append(("b", "r250_sect", txt("Billing address", "Shipping address", (c1, p1), (c2, p2)), sch, right,
                          [right], False, None, "sect_base", h0))
            sw = {"customer": nm, "billing_city": c2, "billing_postcode": p2, "shipping_city": c1, "shipping_postcode": p1}
            for mode in ("stale", "right"):
                hd = ("Shipping address", "Billing address") if mode == "stale" else ("Ship to", "Bill to")
                ans = [right, sw] if mode == "stale" else [sw]
                variants.append(("v", "r250_sect", txt(hd[0], hd[1], (c1, p1), (c2, p2)), sch, sw, ans, False, h0,
                                 f"sect_swap/{mode}", {}))
            c3 = rng.choice([c for c in R250_CITY if c not in (c1, c2)])
            r2 = dict(right)
            r2["shipping_city"] = c1
            variants.append(("v", "r250_sect", txt("Billing address", "Shipping address", (c1, p1), (c1, p2)), sch, r2,
                             [right, r2], False, h0, "sect_same/stale", {}))
            r3 = dict(right)
            r3["billing_city"] = c3
            variants.append(("v", "r250_sect", txt("Billing address", "Shipping address", (c3, p1), (c2, p2)), sch, r3,
                             [right, r3], False, h0, "sect_c1/stale", {}))
        else:
            sch = S({"name": "string", "postcode": "string", "order_id": "string", "balance_eur": "number",
                     "rating": "number", "quantity": "integer"})
            pc = f"0{rng.randint(100, 999)}"
            oid = f"00{rng.randint(1000, 9999)}"
            bal = round(rng.randint(1000, 99999) / 100, 2)
            rt = round(rng.randint(11, 49) / 10, 1)
            if rt == int(rt):
                rt += 0.1
            q = rng.randint(2, 40)

            def txt(pc, oid, bal, rt, q, balt=None):
                return (f"{instr}\n\nName: {nm}\nPostcode: {pc}\nOrder ID: {oid}\n"
                        f"Balance (EUR): {balt if balt is not None else f'{bal:.2f}'}\nRating: {rt}\nQuantity: {q}\n")
            right = {"name": nm, "postcode": pc, "order_id": oid, "balance_eur": bal, "rating": rt, "quantity": q}
            bases.append(("b", "r250_" + shape, txt(pc, oid, bal, rt, q), sch, right, [right], False, None,
                          shape + "_base", h0))

            def var(kind, upd, tx, mode="stale"):
                r = dict(right)
                r.update(upd)
                ans = [right, r] if mode == "stale" else ([r] if mode == "right" else [dict(right, **{k: v for k, v in right.items() if k in upd}), right, r])
                variants.append(("v", "r250_" + shape, tx, sch, r, ans, False, h0, f"{kind}/{mode}", {}))
            if shape == "zeros":
                var("zero_pc", {"postcode": pc[1:]}, txt(pc[1:], oid, bal, rt, q))
                var("zero_oid", {"order_id": oid[1:]}, txt(pc, oid[1:], bal, rt, q))
                var("zero_oid2", {"order_id": "0" + oid}, txt(pc, "0" + oid, bal, rt, q), mode="right")
                var("zero_q", {"quantity": q}, txt(pc, oid, bal, rt, f"0{q}"), mode="right")
            elif shape == "sign":
                var("sign_minus", {"balance_eur": -bal}, txt(pc, oid, bal, rt, q, balt=f"-{bal:.2f}"))
                var("sign_uminus", {"balance_eur": -bal}, txt(pc, oid, bal, rt, q, balt=f"\u2212{bal:.2f}"))
                var("sign_paren", {"balance_eur": -bal}, txt(pc, oid, bal, rt, q, balt=f"({bal:.2f})"))
                var("sign_cr", {"balance_eur": -bal}, txt(pc, oid, bal, rt, q, balt=f"{bal:.2f} CR"), mode="right")
                var("sign_dash", {"balance_eur": -bal}, txt(pc, oid, bal, rt, q, balt=f"\u2013{bal:.2f}"))
            else:
                s1 = f"{rt}"
                rt2 = float(s1.replace(".", ".0"))
                var("digit_rt", {"rating": rt2}, txt(pc, oid, bal, s1.replace(".", ".0"), q))
                b2 = f"{bal:.2f}"
                b3 = b2.replace(".", "0.", 1)
                var("digit_bal", {"balance_eur": float(b3)}, txt(pc, oid, bal, rt, q, balt=b3))
                var("digit_bal2", {"balance_eur": float(b2[:-1])}, txt(pc, oid, bal, rt, q, balt=b2[:-1]))
                var("digit_rt_safe", {}, txt(pc, oid, bal, f"{rt}0", q), mode="right")
    rng.shuffle(variants)
    for (tag, fam, pr, schema, exp, ans, safe, holder, kind, h) in bases + variants + chains:
        base = holder.get("id") if holder is not None else None
        if tag != "b" and not base:
            continue
        pid = r250_add_json(tag, fam, pr, schema, exp, ans, safe=safe or kind.endswith("_safe/right"), base=base,
                            kind=kind)
        if pid:
            h["id"] = pid


def r250_nested_singles(N):
    """Singles: an address object whose city the model takes from another city field of the record."""
    rng = r250_rng
    for i in range(N):
        nm = f"{rng.choice(R250_FIRST)} {rng.choice(R250_LAST)}"
        c_home, c_addr, c_work = rng.sample(R250_CITY, 3)
        st = f"{rng.randint(1, 99)} {rng.choice(['Elm', 'Harbour', 'Mill', 'Kirke', 'Station'])} Street"
        pc = str(rng.randint(1000, 9999))
        inv = str(rng.randint(1000, 9999))
        sch = S({"name": "string", "home_city": "string",
                 "address": {"type": "object", "properties": {"street": {"type": "string"}, "city": {"type": "string"},
                                                               "postcode": {"type": "string"}},
                             "required": ["street", "city", "postcode"], "additionalProperties": False},
                 "work_city": "string", "invoice_number": "string"})
        form = i % 3
        if form == 0:
            body = (f"Name: {nm}\nHome city: {c_home}\nAddress street: {st}\nAddress city: {c_addr}\n"
                    f"Address postcode: {pc}\nWork city: {c_work}\nInvoice number: {inv}\n")
        elif form == 1:
            body = (f"Name: {nm}\nHome city: {c_home}\nAddress: {st}, {pc} {c_addr}\nWork city: {c_work}\n"
                    f"Invoice number: {inv}\n")
        else:
            body = (f"Name: {nm}\nHome city: {c_home}\nStreet: {st}\nCity: {c_addr}\nPostcode: {pc}\n"
                    f"Work city: {c_work}\nInvoice number: {inv}\n")
        right = {"name": nm, "home_city": c_home, "address": {"street": st, "city": c_addr, "postcode": pc},
                 "work_city": c_work, "invoice_number": inv}
        kind = ["city_home", "city_work", "pc_inv", "street_swap"][i % 4]
        w = r250_json.loads(r250_json.dumps(right))
        if kind == "city_home":
            w["address"]["city"] = c_home
        elif kind == "city_work":
            w["address"]["city"] = c_work
        elif kind == "pc_inv":
            w["address"]["postcode"] = inv
        else:
            w["address"]["city"], w["home_city"] = c_home, c_addr
        r250_add_json("s", "r250_nested", f"{rng.choice(R250_INSTR)}\n\n{body}", sch, right, [w, right],
                      kind=f"nested_{kind}/f{form}")


r250_json_round(172)
r250_special(64)
r250_nested_singles(48)
r250_eq_round(80)

# ---------------------------------------------------------------- found
r250_found_alone = set()
r250_arguable = set()

# Trimmed for ctest (probe_kit.trim_round), stop 52: nothing confirmed from the cache; every 10th safe variant and
# every 30th of the rest, with the requests each builds on (chains followed to their first base).
from probe_kit import trim_round as r250_trim_round  # noqa: E402

r250_trim_round("d250-", r250_found_alone, r250_arguable,
                lambda i: [r250_meta[i]["base"]] if r250_meta.get(i, {}).get("base") else [], chains=True)
