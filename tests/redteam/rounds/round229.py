r"""Red-team round 229 (black box): RECORDS WITH MANY MEMBERS, ONE MEMBER CHANGED.
Focus: one record of 12-17 members (hotel booking, staff record, bill header, product sheet; integers that look
  alike: room/floor/nights/party_size/age, desk/floor/leave_days, width/height/depth/aisle/shelf, terms/vat_rate/lines;
  digit strings: postcode, ids, extension, EAN, HS code; enums; booleans; nullable digit strings/dates/times), written
  as "Label: value" or "Label - value" lines (humanised key names, 1 in 8 bases in synonyms: Storey, Persons, ZIP...),
  30 bases per kind, 1 in 4 with a cancelled first record before it ("Extract the second record as JSON.").
  2,939 probes (seeded random.Random(229); its tester served only this round's): 2,342 pair probes (120 bases,
  2,222 variants, model's FIRST answer = the base's answer, then right), 117 singles (a neighbour's integer put in one
  member, first answer), 480 safe.
Variants: vdg one digit of an integer (440), vds one digit of a digit string (290), vsw two same-type integers' values
  swapped (283), vlb labels of two integer lines swapped, values in place (209), ven enum changed (210), vrm nullable
  line removed -> null (70), vco "Correction: <Label> is N, not M." added (240), vam "<Label> (amended): N" added (120),
  vol old line relabelled "Old <label>" and "<Label>: N" added at the end (240), vtw two integers +1 each (120).
  Safe: synonym label (ssyn), "Printed by: front office" line (sline), two neighbour lines reordered (sord),
  "Previous <label>: N" line added (sprev).
Note: the first generator (instructions "Extract the booking below", "Fill in the employee card...", "Turn this
  product sheet into JSON", nullable names/employers, Check-in/Check-out twins, PO number, due date...) stored nothing:
  every many-member answer was skip. Members that kept a record out of the store were dropped by a greedy per-kind
  search (R229_KEEP) so the cache does store and reuse; the round is on what remains.
HELD (fresh SQLite store, two passes): WRONG ANSWERS SERVED 0 in run 1 (reuse 121, patch 351, skip 2,467) and 0 in
  run 2 (reuse 220, patch 193). Variants served from the cache and right in run 2: 185 on reuse (one-digit integers
  rewritten: 62; swapped values 38; swapped labels 28; enums 30; two digits 17; digit strings 10) and 169 on patch
  (digit strings 56, one digit 33, removed nullable lines 22, swaps 20+16, enums 15, two digits 7), with the other
  11-16 members kept from the stored answer: none kept stale. Correction / amended / "Old <label>" lines (600) and
  singles (117) were all refused or answered fresh (skip), never from the cache. Cancelled-first-record texts were
  refused fresh ("the text holds N records..."). 1,334 right answers rejected per run (synonym labels "storey",
  "h (mm)", "job title"; multi-record texts; correction lines). Safe on reuse only 16/480 (run 1), 19/480 (run 2):
  "Printed by", "Previous <label>" lines and synonym labels all skip.
WHAT GOT THROUGH: nothing. Wrong from the cache: 0 (run 1) / 0 (run 2); alone: no ids to confirm
  (r229_found_alone and r229_arguable empty). Wrong served fresh: 0.
Adds its probes to probe_kit.P."""
import random as r229_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r229_rng = r229_random.Random(229)
r229_found_alone = set()
r229_arguable = set()
r229_counts = {"pair": 0, "single": 0, "safe": 0}
r229_prompts = set()
r229_n = [0]
r229_base = {}

NUL = lambda t: {"type": [t, "null"]}  # noqa: E731
EN = lambda *v: {"type": "string", "enum": list(v)}  # noqa: E731

# kind -> (instruction, [(key, schema type, [labels], generator)])
FIRST = ["Ana Ruiz", "Mira Holt", "Tomas Ek", "Priya Nair", "Jonas Berg", "Lea Dahl", "Ivo Pak", "Sara Lind",
         "Oskar Moe", "Nina Falk", "Karl Weiss", "Ines Moreau", "Rui Costa", "Eva Sand", "Omar Haddad"]
CITIES = ["Oslo", "Bergen", "Graz", "Lyon", "Ghent", "Porto", "Split", "Cadiz", "Turku", "Malmo", "Aarhus"]


def g_int(lo, hi):
    return lambda r: r.randint(lo, hi)


def g_pc(r):
    return "%04d" % r.randint(1000, 9899)


def g_date(r, y=2026):
    return "%d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def g_digits(n):
    return lambda r: "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))


KINDS = {
    "booking": ("Please extract this hotel reservation as JSON.", [
        ("guest", "string", ["Guest", "Guest name", "Name"], lambda r: r.choice(FIRST)),
        ("booking_ref", "string", ["Booking ref", "Reference", "Ref"], lambda r: "BK-%05d" % r.randint(10000, 99999)),
        ("room", "integer", ["Room", "Room no.", "Room number"], lambda r: r.randint(1, 9) * 100 + r.randint(1, 40)),
        ("floor", "integer", ["Floor", "Level", "Storey"], g_int(1, 12)),
        ("nights", "integer", ["Nights", "Number of nights", "Length of stay (nights)"], g_int(1, 14)),
        ("party_size", "integer", ["Party size", "Persons", "Party"], g_int(1, 6)),
        ("age", "integer", ["Age", "Lead guest age", "Age (yrs)"], g_int(18, 80)),
        ("check_in", "string", ["Check-in", "Arrival", "Arrival date"], g_date),
        ("check_out", "string", ["Check-out", "Departure", "Departure date"], g_date),
        ("category", EN("single", "double", "twin", "suite"), ["Room type", "Type", "Category"],
         lambda r: r.choice(["single", "double", "twin", "suite"])),
        ("board", EN("room only", "breakfast", "half board", "full board"), ["Board", "Meal plan", "Meals"],
         lambda r: r.choice(["room only", "breakfast", "half board", "full board"])),
        ("rate", "number", ["Rate", "Nightly rate", "Price per night"], lambda r: r.randint(60, 400)),
        ("postcode", "string", ["Postcode", "Post code", "ZIP"], g_pc),
        ("city", "string", ["City", "Town", "Home city"], lambda r: r.choice(CITIES)),
        ("phone", "string", ["Phone", "Tel", "Mobile"], lambda r: "555-%04d" % r.randint(100, 9999)),
        ("parking", "boolean", ["Parking", "Car park", "Parking space"], lambda r: r.random() < 0.5),
        ("loyalty_no", NUL("string"), ["Loyalty no.", "Member number", "Loyalty card"], g_digits(8)),
        ("checkin_time", NUL("string"), ["Checkin time", "ETA", "Expected arrival"], lambda r: "%02d:%02d" % (r.randint(12, 23), r.choice([0, 15, 30, 45]))),
    ]),
    "employee": ("Extract this staff record as JSON.", [
        ("name", "string", ["Name", "Employee", "Full name"], lambda r: r.choice(FIRST)),
        ("employee_id", "string", ["Employee ID", "Staff no.", "ID"], g_digits(6)),
        ("age", "integer", ["Age", "Age (years)", "Years"], g_int(19, 66)),
        ("department", EN("sales", "finance", "it", "hr", "logistics"), ["Department", "Dept", "Unit"],
         lambda r: r.choice(["sales", "finance", "it", "hr", "logistics"])),
        ("title", "string", ["Title", "Job title", "Position"], lambda r: r.choice(["analyst", "clerk", "engineer", "team lead", "buyer"])),
        ("floor", "integer", ["Floor", "Office floor", "Level"], g_int(1, 14)),
        ("desk", "integer", ["Desk", "Desk no.", "Workstation"], g_int(1, 99)),
        ("extension", "string", ["Extension", "Ext.", "Phone ext"], g_digits(4)),
        ("start_date", "string", ["Start date", "Hired", "Joined"], lambda r: g_date(r, r.randint(2005, 2025))),
        ("postcode", "string", ["Postcode", "Post code", "ZIP"], g_pc),
        ("city", "string", ["City", "Town", "Home town"], lambda r: r.choice(CITIES)),
        ("manager", "string", ["Manager", "Reports to", "Line manager"], lambda r: r.choice(FIRST)),
        ("grade", EN("B1", "B2", "B3", "B4", "B5"), ["Grade", "Salary band", "Band"], lambda r: "B%d" % r.randint(1, 5)),
        ("hours", "integer", ["Hours", "Hours per week", "Weekly hours"], lambda r: r.choice([20, 24, 30, 32, 36, 37, 40])),
        ("leave_days", "integer", ["Leave days", "Holiday days", "Annual leave"], g_int(20, 35)),
        ("remote", EN("none", "hybrid", "full"), ["Remote", "Remote work", "Home office"], lambda r: r.choice(["none", "hybrid", "full"])),
        ("badge", NUL("string"), ["Badge", "Badge no.", "Access card"], g_digits(5)),
        ("mobile", NUL("string"), ["Mobile", "Cell", "Mobile phone"], lambda r: "9%07d" % r.randint(0, 9999999)),
    ]),
    "invoice": ("Extract the details of this bill as JSON.", [
        ("invoice_number", "string", ["Invoice number", "Invoice number", "Invoice #"], g_digits(6)),
        ("po_number", NUL("string"), ["PO number", "Purchase order", "PO"], g_digits(5)),
        ("customer", "string", ["Customer", "Bill to", "Client"], lambda r: r.choice(["Norsk Tre AS", "Fjord Data", "Vela GmbH", "Arco SA", "Lind & Co"])),
        ("account_number", "string", ["Account number", "Account no.", "Acct"], g_digits(5)),
        ("issue_date", "string", ["Issue date", "Invoice date", "Date"], g_date),
        ("due_date", "string", ["Due date", "Payable by", "Due"], g_date),
        ("terms_days", "integer", ["Terms (days)", "Payment terms (days)", "Net days"], lambda r: r.choice([10, 14, 15, 20, 30, 45, 60])),
        ("currency", EN("EUR", "NOK", "SEK", "USD"), ["Currency", "Curr.", "Ccy"], lambda r: r.choice(["EUR", "NOK", "SEK", "USD"])),
        ("net", "number", ["Net", "Subtotal", "Net amount"], lambda r: r.randint(100, 9000)),
        ("vat_rate", "integer", ["VAT rate (%)", "VAT %", "Tax rate (%)"], lambda r: r.choice([0, 6, 12, 15, 20, 25])),
        ("lines", "integer", ["Lines", "Line items", "Item count"], g_int(1, 30)),
        ("street", "string", ["Street", "Address", "Street address"], lambda r: r.choice(["Storgata", "Main Street", "Kirkeveien", "Rue Haute"]) + " %d" % r.randint(1, 99)),
        ("postcode", "string", ["Postcode", "Post code", "ZIP"], g_pc),
        ("city", "string", ["City", "Town", "Place"], lambda r: r.choice(CITIES)),
        ("paid", "boolean", ["Paid", "Settled", "Payment received"], lambda r: r.random() < 0.5),
        ("delivery_date", NUL("string"), ["Delivery date", "Delivered", "Shipped"], g_date),
    ]),
    "product": ("Extract the details of this item as JSON.", [
        ("sku", "string", ["SKU", "Item no.", "Article"], lambda r: "%s-%04d" % (r.choice(["KT", "LM", "BL", "TS"]), r.randint(100, 9999))),
        ("name", "string", ["Name", "Product", "Description"], lambda r: r.choice(["kettle", "desk lamp", "blender", "toaster", "fan"])),
        ("brand", "string", ["Brand", "Make", "Manufacturer"], lambda r: r.choice(["Vela", "Nordik", "Arco", "Lumo"])),
        ("colour", EN("black", "white", "red", "grey", "blue"), ["Colour", "Color", "Finish"], lambda r: r.choice(["black", "white", "red", "grey", "blue"])),
        ("size", EN("S", "M", "L", "XL"), ["Size", "Size class", "Format"], lambda r: r.choice(["S", "M", "L", "XL"])),
        ("weight_g", "integer", ["Weight (g)", "Mass (g)", "Net weight (g)"], g_int(150, 4000)),
        ("width_mm", "integer", ["Width (mm)", "W (mm)", "Breadth (mm)"], g_int(50, 600)),
        ("height_mm", "integer", ["Height (mm)", "H (mm)", "Tall (mm)"], g_int(50, 600)),
        ("depth_mm", "integer", ["Depth (mm)", "D (mm)", "Deep (mm)"], g_int(50, 600)),
        ("pack_qty", "integer", ["Pack qty", "Units per pack", "Per carton"], lambda r: r.choice([1, 2, 4, 6, 12])),
        ("stock", "integer", ["Stock", "In stock", "On hand"], g_int(0, 500)),
        ("price", "number", ["Price", "Unit price", "RRP"], lambda r: r.randint(9, 300)),
        ("ean", "string", ["EAN", "Barcode", "GTIN"], g_digits(13)),
        ("aisle", "integer", ["Aisle", "Row", "Lane"], g_int(1, 40)),
        ("shelf", "integer", ["Shelf", "Bin", "Slot"], g_int(1, 12)),
        ("warranty_years", "integer", ["Warranty (years)", "Guarantee (yrs)", "Warranty"], g_int(1, 5)),
        ("discontinued", "boolean", ["Discontinued", "End of line", "EOL"], lambda r: r.random() < 0.3),
        ("hs_code", NUL("string"), ["HS code", "Customs code", "Tariff code"], g_digits(8)),
    ]),
}


def fmt(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)


def typ(t):
    return t if isinstance(t, dict) else {"type": t}


def schema_for(fields):
    props = {k: typ(t) for k, t, _, _ in fields}
    return {"type": "object", "properties": props, "required": [k for k, _, _, _ in fields], "additionalProperties": False}


def render(order, labels, rec, sep, head):
    lines = [head] if head else []
    for k in order:
        if k in labels and rec.get(k) is not None:
            lines.append("%s%s%s" % (labels[k], sep, fmt(rec[k])))
    return "\n".join(lines) + "\n"


def add(tag, kind, prompt, schema, expect, answers, cat, safe=False):
    key = (prompt, tuple(schema["properties"]))
    if key in r229_prompts:
        return None
    r229_prompts.add(key)
    r229_n[0] += 1
    pid = "d229-%s-%d" % (tag, r229_n[0])
    J(pid, "r229_" + kind, prompt, schema, expect, answers, safe=safe)
    r229_counts[cat] += 1
    return pid


def bump(v, r):
    """One digit changed."""
    s = str(v)
    i = r.randrange(len(s))
    d = int(s[i])
    nd = (d + r.choice([1, -1])) % 10
    if i == 0 and nd == 0 and len(s) > 1:
        nd = d + 1 if d < 9 else d - 1
    return s[:i] + str(nd) + s[i + 1:]


def variants(kind, fields, rec, r):
    """[(tag, new record, label overrides, order change, extra line, safe)]"""
    out = []
    ftype = {k: t for k, t, _, _ in fields}
    ints = [k for k, t, _, _ in fields if t == "integer"]
    strs_d = [k for k, t, _, _ in fields if t == "string" and str(rec[k]).replace("-", "").isdigit()]
    nulls = [k for k, t, _, _ in fields if isinstance(t, dict) and "null" in t.get("type", []) and rec[k] is not None]
    enums = [k for k, t, _, _ in fields if isinstance(t, dict) and "enum" in t]
    # (1) one digit in an integer
    for k in r.sample(ints, min(4, len(ints))):
        nv = int(bump(rec[k], r))
        if nv == rec[k] or nv < 0:
            continue
        n = dict(rec); n[k] = nv
        out.append(("dg", n, {}, None, None, False))
    # (1b) one digit in a digit string (postcode, id, ext, ean)
    for k in r.sample(strs_d, min(3, len(strs_d))):
        s = str(rec[k])
        pre = s[:s.rfind("-") + 1] if "-" in s else ""
        body = s[len(pre):]
        n = dict(rec); n[k] = pre + bump(int(body), r).zfill(len(body))
        if n[k] != rec[k]:
            out.append(("ds", n, {}, None, None, False))
    # (2) two same-type values swapped
    for _ in range(3):
        a, b = r.sample(ints, 2)
        if rec[a] == rec[b]:
            continue
        n = dict(rec); n[a], n[b] = rec[b], rec[a]
        out.append(("sw", n, {}, None, None, False))
    # (2b) labels of two neighbouring integer lines swapped (values stay in place)
    for _ in range(2):
        a, b = r.sample(ints, 2)
        if rec[a] == rec[b]:
            continue
        n = dict(rec); n[a], n[b] = rec[b], rec[a]
        out.append(("lb", n, {"__swaplab__": (a, b)}, None, None, False))
    # (3) enum changed
    for k in r.sample(enums, min(2, len(enums))):
        opts = [e for e in ftype[k]["enum"] if e != rec[k]]
        n = dict(rec); n[k] = r.choice(opts)
        out.append(("en", n, {}, None, None, False))
    # (4) nullable line removed
    for k in nulls[:2]:
        n = dict(rec); n[k] = None
        out.append(("rm", n, {}, None, None, False))
    # (5) a correction line added
    for k in r.sample(ints, 2):
        nv = rec[k] + r.choice([1, 2, 3, 10])
        n = dict(rec); n[k] = nv
        out.append(("co", n, {}, None, ("Correction: %s is %d, not %d." % ("__LAB__" + k, nv, rec[k])), False))
    # (5b) an amended line below the original
    k = r.choice(ints)
    nv = rec[k] + r.choice([1, 2, 5])
    n = dict(rec); n[k] = nv
    out.append(("am", n, {}, None, ("__LAB__%s (amended): %d" % (k, nv)), False))
    # (6) value moved to a label that names something else (old label renamed to a near, not equal, term)
    k = r.choice(ints)
    n = dict(rec); n[k] = rec[k]
    # (7) old label kept as "Old ...", the new value on the member's label at the end
    for k in r.sample(ints, 2):
        nv = rec[k] + r.choice([1, 2, 11])
        n = dict(rec); n[k] = nv
        out.append(("ol", n, {"__old__": (k, rec[k])}, None, None, False))
    # (8) two members changed by one digit each
    a, b = r.sample(ints, 2)
    n = dict(rec); n[a] = rec[a] + 1; n[b] = rec[b] + 1
    out.append(("tw", n, {}, None, None, False))
    # safe: a "Previous <label>" line added
    k = r.choice(ints)
    out.append(("sf-prev", dict(rec), {"__prev__": (k, rec[k] + 7)}, None, None, True))
    # safe: synonym label rename, an irrelevant line, two lines reordered
    k = r.choice(list(rec))
    out.append(("sf-syn", dict(rec), {"__syn__": k}, None, None, True))
    out.append(("sf-line", dict(rec), {}, None, "Printed by: front office", True))
    out.append(("sf-ord", dict(rec), {}, "swap", None, True))
    return out


R229_KEEP = {"booking": [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17],
             "employee": [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17],
             "invoice": [0, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14],
             "product": [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17]}


def build():
    for kind, (instr, fields) in KINDS.items():
        fields = [fields[i] for i in R229_KEEP[kind]]
        instr = "Extract the record as JSON."
        for bi in range(30):
            r = r229_rng
            rec = {k: g(r) for k, _, _, g in fields}


            hum = lambda k: {"age": "Age", "postcode": "Postcode"}.get(k, k.replace("_", " ").capitalize())
            labels = {k: (hum(k) if bi % 8 else r.choice(ls)) for k, _, ls, _ in fields}
            order = [k for k, _, _, _ in fields]
            sep = r.choice([": ", ": ", ": ", " - "])
            head = r.choice(["", "", "Details:"])
            # drop one optional member sometimes from the schema (fewer properties) -> 12..18 members
            fl = list(fields)
            if bi % 3 == 1:
                fl = [f for f in fl if f[0] not in ("company", "mobile", "delivery_date", "hs_code", "checkin_time")]
            if bi % 3 == 2:
                fl = fl[:12]
            keys = [f[0] for f in fl]
            schema = schema_for(fl)
            recs = {k: rec[k] for k in keys}
            # multi-record: the target plus another record before it
            other = None
            if bi % 4 == 3:
                other = {k: g(r) for k, _, _, g in fields}
            def prompt_of(rc, labs, ordr, extra):
                body = render(ordr, labs, rc, sep, head)
                if extra:
                    x = extra
                    for kk in labs:
                        x = x.replace("__LAB__" + kk, labs[kk])
                    body += x + "\n"
                if other is not None:
                    ob = render(ordr, labels, other, sep, "Record 1 (cancelled):")
                    return "Extract the second record as JSON. The first record is cancelled.\n\n" + ob + "\nRecord 2 (active):\n" + body
                return instr + "\n\n" + body
            base_prompt = prompt_of(rec, labels, order, None)
            bid = add("b%s" % kind[:2], kind, base_prompt, schema, recs, [recs], "pair")
            for tag, n, ov, ordch, extra, safe in variants(kind, fl, recs, r):
                full = dict(rec); full.update(n)
                labs = dict(labels)
                ordr = list(order)
                if "__swaplab__" in ov:
                    a, b = ov["__swaplab__"]
                    # text: label a now carries old b value: i.e. keep value positions, swap labels
                    ia, ib = ordr.index(a), ordr.index(b)
                    ordr[ia], ordr[ib] = ordr[ib], ordr[ia]
                if "__syn__" in ov:
                    k = ov["__syn__"]
                    alts = [l for f in fields if f[0] == k for l in f[2] if l.lower() != labels[k].lower()]
                    labs[k] = alts[0]
                if ordch == "swap":
                    i = r.randrange(len(ordr) - 1)
                    ordr[i], ordr[i + 1] = ordr[i + 1], ordr[i]
                shown = dict(full)
                if tag in ("co", "am"):
                    shown = dict(rec)
                if "__old__" in ov:
                    k, ov_ = ov["__old__"]
                    shown[k] = ov_
                    labs["__oldk"] = labs[k]
                    extra = "%s: %d" % (labs[k], full[k])
                    labs[k] = "Old " + labs[k].lower()
                if "__prev__" in ov:
                    k, pv = ov["__prev__"]
                    extra = "Previous %s: %d" % (labs[k].lower(), pv)
                p = prompt_of(shown, labs, ordr, extra)
                exp = {k: full[k] for k in keys}
                if safe:
                    add("s%s" % tag[3:], kind, p, schema, exp, [exp], "safe", safe=True)
                else:
                    # the model's first answer is the base answer, later ones right
                    vid = add("v%s" % tag, kind, p, schema, exp, [recs, exp, exp], "pair")
                    if vid:
                        r229_base[vid] = bid
                    # and a second mistake: right member, but one neighbour value slipped
            # singles: a model mistake on one member (a neighbour's value), stored and served again
            ints = [k for k in keys if dict((f[0], f[1]) for f in fl)[k] == "integer"]
            a, b = r.sample(ints, 2)
            if recs[a] != recs[b]:
                bad = dict(recs); bad[a] = recs[b]
                sp = prompt_of(rec, labels, order, "Status: confirmed")
                add("si", kind, sp, schema, recs, [bad, recs], "single")


build()
# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,939 generated), each with the base of its pair.
from probe_kit import sample_round as r229_sample_round  # noqa: E402

r229_all = list(P)
r229_sample_round("d229-", set(), 30, safe_every=10)
r229_keep = {r229_p["id"] for r229_p in P if r229_p["id"].startswith("d229-")}
r229_keep |= {r229_base[r229_i] for r229_i in list(r229_keep) if r229_i in r229_base}
P[:] = [r229_p for r229_p in r229_all if (not r229_p["id"].startswith("d229-") or r229_p["id"] in r229_keep)
        and r229_p["id"] not in r229_arguable]
