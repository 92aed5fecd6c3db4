r"""Red-team round 172 (black box): LISTS OF RECORDS.
Focus: schemas with an array of objects (order items, passengers, medications, rooms, attendees, route stops) beside
  top-level members, and flat schemas over lists (one record picked by name, first/last stop, a one-item list).
61,319 probes (seeded random.Random(172)): 41,982 pair probes (base + variant), 17,727 singles (--runs 2), 1,610 safe.
Part 1 (d172-s-): array schemas, 5 domains x 7 layouts (line records, one-line "a | b" records, pipe table, CSV, YAML,
  bullets, prose) x singles whose first answer drops an item, duplicates one, keeps a "(cancelled)"/"~~struck~~" item,
  swaps a field between two items, takes a Shipping/Subtotal/Discount row as an item, takes the quoted earlier order of an
  e-mail, keeps an item listed under "Not included:"; stops in order swapped. Part 2 (d172-pb/pv-): pairs changing one
  item's field, removing/adding/reordering items, moving one to "Not included:", marking one cancelled. Part 3
  (d172-qb/qs-): safe variants (whitespace, intro sentence, "Please extract"). Part 4: ordered stops arrays.
Part 5 (d172-f/gb/gv-): one item picked by name from a 3-4 item list (flat schema): neighbour row's value, quoted
  earlier e-mail, struck/cancelled duplicate row, prose, a correction line; pairs changing/swapping/striking/quoting it.
Part 6 (d172-st-): first_stop/last_stop of a route; model takes the 2nd stop or reverses; pairs reverse/extend the route.
Part 7 (d172-hb/hv/k-): a ONE-item list (the only list shape the cache stores: L, O, C, Y layouts without a header
  record): variants striking/cancelling it for a new line, a quoted old line, moving it to "Not included:" beside
  another item, a second item picked by name, "(replaces the line above)", "(now N)"; singles with "(pack of 6)" in
  the name, a line total, a previous value, an in-field strike, a quoted old line, a cancelled line above, a total row.
Part 8 (d172-eb/ev/es-): in-field edits of a stored one-item record: "~~3~~ 4", "<del>3</del> 4", "3 → 4", "4 (was
  3)", "3 (now 4)", "3 (jetzt 4)", "3; new: 4", "3 ✗ 4", "3/4 (second is final)"... (pairs and singles).
Parts 9-11 (d172-nb/nv/ns, xb/xv/xs, yb/yv/ys-): "Label: OLD<sep>WORD: NEW" on one line of a stored one-item record
  (rooms: nights/guests; shipment boxes/pallets; stay rooms/nights; adult/child tickets; party adults/children),
  20+18 words ("actual", "current", "final", "latest", "should be", "correct", "now", "nå", "jetzt", "aktuell",
  "endelig", "definitive", "true", "new", "neu", "confirmed", "valid", "effective", "updated", "corrected"...) x
  separators "; " ", " " | " " / " " – ", NEW equal to the record's other number or not.
Part 12 (d172-zb/zv/zs-): the same "Boxes: 8, actual: 6" with ONE number member beside name and city (6 keys).
HELD: no answer holding an array is ever stored (0 of 4,500 array probes reused in run 2), so every dropped,
  duplicated, cancelled, struck, "Not included", total-row, swapped, quoted and reordered item was served fresh only
  (703 wrong fresh, never stored); lists of 2+ records with a flat schema are never stored ("the text holds N
  records"); first/last stop never stored. Part 7's one-item records: every variant (struck/cancelled/replaced line,
  quoted old line, "Not included:", second item by name) was regenerated or rewritten right; every in-field edit of
  part 8 except "; new:" held; words of change ("updated", "corrected", "amended", "revised", "changed to",
  "instead") and the " – " separator held in parts 10-11; the one-line "Shipment: Name: .. | Boxes: .." layout and
  the "Adults/Children" party held; part 12 (one number member beside strings) held completely. Safe reuse: 119/1,610 (run 1), 147/1,610 (run 2).
WHAT GOT THROUGH (never on path=reuse; always on path=PATCH with the changed member REUSED from the cache: the model
  is asked only for the other member, so the stale value comes from the store -- in the variants the scripted model
  never wrote it). Full round: 2,194 ids wrong on the patch path in run 1, 2,362 in run 2 (734 wrong fresh/skip each
  run). Alone (found ids + their bases, fresh SQLite store, --runs 2): 2,110 in run 1 (1,404 clear, 706 arguable),
  2,296 in run 2 (1,536 clear, 760 arguable), every one exactly the base's stored answer.
 (A) CLEAR (1,588 ids): "Guests: 3, should be: 1" / "Nights: 1" -> guests 3 (expected 1); "Boxes: 8, actual: 6" /
     "Pallets: 6" -> boxes 8; "guests: 2, now: 4" (YAML) -> 2; "Boxes: 5, final: 4", "Boxes: 3, current: 8",
     "Boxes: 4, latest: 9", "Boxes: 9, endelig: 5", "Boxes: 3, aktuell: 1", "; correct:", "/ true:", "jetzt", "nå".
     Mostly when NEW equals the record's other number (that member's value is then "ambiguous", patched, and the
     changed member passes); also without it ("Guests: 4; final: 7" -> the changed line is read as speaking of
     nights, which is patched, and guests 4 is reused).
 (B) ARGUABLE (818, r172_arguable): the words "new", "neu", "ny", "nytt", "nouveau", "nuevo", "confirmed", "valid",
     "effective", "real" ("Guests: 3, new: 5" may mean 5 new guests; "Boxes: 9, confirmed: 6" 6 of 9 confirmed), and
     part 8/9's "Nights: 2; new: 4".
Adds its probes to probe_kit.P."""
import copy
import random as r172_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r172_random.Random(172)
r172_arguable = set()
r172_pairs, r172_singles, r172_safe = [], [], []
r172_found_alone = set()

r172_C1 = "bdfgklmnprstvz"
r172_V1 = "aeiou"
r172_seen = set()


def r172_word(k):
    return "".join(R.choice(r172_C1) + R.choice(r172_V1) for _ in range(k))


def r172_nm():
    while True:
        n = r172_word(2).capitalize() + " " + r172_word(2).capitalize() + "sen"
        if n not in r172_seen:
            r172_seen.add(n)
            return n


def r172_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r172_arguable.add(id)
    {"pair": r172_pairs, "single": r172_singles, "safe": r172_safe}[kind].append(id)


PRODUCTS = ["Desk lamp", "Office chair", "Bookshelf", "Floor rug", "Wall clock", "Coffee mug", "Table fan",
            "Plant pot", "Mirror", "Curtain rod", "Pillow", "Duvet", "Kettle", "Toaster", "Blender", "Frying pan",
            "Cutting board", "Knife set", "Bath towel", "Shower curtain", "Laundry basket", "Ironing board",
            "Door mat", "Picture frame", "Candle holder", "Vase", "Bed sheet", "Night lamp", "Shoe rack", "Stool"]
DRUGS = ["Amoxicillin", "Ibuprofen", "Paracetamol", "Metformin", "Atorvastatin", "Omeprazole", "Lisinopril",
         "Sertraline", "Cetirizine", "Prednisolone", "Losartan", "Amlodipine", "Simvastatin", "Levothyroxine"]
CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Tromsø", "Bodø",
          "Ålesund", "Molde", "Hamar", "Lillehammer", "Gjøvik", "Skien", "Arendal", "Larvik", "Sandefjord",
          "Tønsberg", "Moss", "Halden", "Kongsberg", "Voss", "Florø", "Førde", "Harstad", "Narvik", "Alta"]
ROOMTYPES = ["Single", "Double", "Twin", "Suite", "Family room", "Junior suite", "Studio", "Deluxe double"]
COMPANIES = ["Nordlys AS", "Fjordtek", "Havbris AS", "Polar Data", "Bergfall AS", "Kystnett", "Vindel AS",
             "Skogen IT", "Tindra AS", "Elvekraft"]


def price():
    return round(R.randint(5, 400) + R.choice([0, 0.5, 0.9, 0.25, 0.99]), 2)


def fmtp(p):
    return "%.2f" % p


# ---------------------------------------------------------------- domains
# each: name, top fields [(key, label, gen)], array key, array label, item fields [(key, label, type, gen)],
#        instruction
def g_order():
    return str(R.randint(10000, 99999))


DOMAINS = {
    "order": dict(top=[("order_id", "Order no.", g_order), ("customer", "Customer", r172_nm)],
                  arr="items", arrlab="Items",
                  fields=[("product", "Product", "string", lambda: R.choice(PRODUCTS)),
                          ("quantity", "Qty", "integer", lambda: R.randint(1, 9)),
                          ("unit_price", "Unit price", "number", price)],
                  ins=["Extract the order number, the customer and the line items (product, quantity, unit price) as JSON.",
                       "Return the order_id, customer and items as JSON.",
                       "Extract order_id, customer and every line item as JSON."]),
    "booking": dict(top=[("booking_ref", "Booking ref", lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))),
                         ("flight", "Flight", lambda: R.choice(["SK", "DY", "WF"]) + str(R.randint(200, 4999)))],
                    arr="passengers", arrlab="Passengers",
                    fields=[("name", "Name", "string", r172_nm), ("age", "Age", "integer", lambda: R.randint(2, 80))],
                    ins=["Extract the booking reference, the flight and the passengers (name, age) as JSON.",
                         "Return booking_ref, flight and passengers as JSON."]),
    "rx": dict(top=[("patient", "Patient", r172_nm), ("prescriber", "Prescriber", r172_nm)],
               arr="medications", arrlab="Medications",
               fields=[("drug", "Drug", "string", lambda: R.choice(DRUGS)),
                       ("dose_mg", "Dose (mg)", "integer", lambda: R.choice([5, 10, 20, 25, 40, 50, 100, 250, 400, 500])),
                       ("times_per_day", "Times per day", "integer", lambda: R.randint(1, 4))],
               ins=["Extract the patient, the prescriber and the medications (drug, dose in mg, times per day) as JSON.",
                    "Return patient, prescriber and medications as JSON."]),
    "rooms": dict(top=[("guest", "Guest", r172_nm), ("hotel", "Hotel", lambda: "Hotel " + R.choice(CITIES))],
                  arr="rooms", arrlab="Rooms",
                  fields=[("room_type", "Room type", "string", lambda: R.choice(ROOMTYPES)),
                          ("nights", "Nights", "integer", lambda: R.randint(1, 7)),
                          ("guests", "Guests", "integer", lambda: R.randint(1, 4))],
                  ins=["Extract the guest, the hotel and the rooms (room type, nights, guests) as JSON.",
                       "Return guest, hotel and rooms as JSON."]),
    "event": dict(top=[("event", "Event", lambda: R.choice(["Kickoff", "Workshop", "Seminar", "Board meeting", "Hackathon"]) + " " + str(R.randint(2025, 2027))),
                       ("venue", "Venue", lambda: R.choice(CITIES))],
                  arr="attendees", arrlab="Attendees",
                  fields=[("name", "Name", "string", r172_nm), ("company", "Company", "string", lambda: R.choice(COMPANIES))],
                  ins=["Extract the event, the venue and the attendees (name, company) as JSON.",
                       "Return event, venue and attendees as JSON."]),
}


def schema(dom):
    d = DOMAINS[dom]
    props = {}
    for k, _, _ in d["top"]:
        props[k] = {"type": "string"}
    iprops = {k: {"type": t} for k, _, t, _ in d["fields"]}
    props[d["arr"]] = {"type": "array", "items": {"type": "object", "properties": iprops,
                                                  "required": list(iprops), "additionalProperties": False}}
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def stops_schema():
    return {"type": "object", "properties": {
        "route": {"type": "string"},
        "stops": {"type": "array", "items": {"type": "string"}, "description": "the stops in order"}},
        "required": ["route", "stops"], "additionalProperties": False}


def mk_items(dom, n):
    d = DOMAINS[dom]
    out, used = [], set()
    while len(out) < n:
        it = {k: g() for k, _, _, g in d["fields"]}
        first = d["fields"][0][0]
        if it[first] in used:
            continue
        used.add(it[first])
        out.append(it)
    return out


def mk_top(dom):
    return {k: g() for k, _, g in DOMAINS[dom]["top"]}


def sval(dom, k, v):
    t = {f[0]: f[2] for f in DOMAINS[dom]["fields"]}.get(k)
    if t == "number":
        return fmtp(v)
    return str(v)


# ---------------------------------------------------------------- renderers
def r_top(dom, top):
    return "".join("%s: %s\n" % (lab, top[k]) for k, lab, _ in DOMAINS[dom]["top"])


def item_line(dom, it, mark=None):
    d = DOMAINS[dom]
    return " | ".join("%s: %s" % (lab, sval(dom, k, it[k])) for k, lab, _, _ in d["fields"])


def render(dom, layout, top, rows):
    """rows: list of (item, note) -- note None for a plain item, else a string kind:
       'cancel:<style>' marks the row removed; 'extra:<label>:<value>' is a total-like row (item None)."""
    d = DOMAINS[dom]
    fl = d["fields"]
    s = r_top(dom, top)
    if layout == "L":  # line records
        s += "%s:\n" % d["arrlab"]
        for it, note in rows:
            if it is None:
                s += "\n%s\n" % note
                continue
            blk = "".join("%s: %s\n" % (lab, sval(dom, k, it[k])) for k, lab, _, _ in fl)
            if note:
                blk = blk.rstrip("\n") + " " + note + "\n"
            s += "\n" + blk
    elif layout == "O":  # one-line records
        s += "%s:\n" % d["arrlab"]
        for it, note in rows:
            if it is None:
                s += "%s\n" % note
                continue
            s += item_line(dom, it) + ((" " + note) if note else "") + "\n"
    elif layout == "T":
        s += "\n| " + " | ".join(lab for _, lab, _, _ in fl) + " |\n|" + "---|" * len(fl) + "\n"
        for it, note in rows:
            if it is None:
                lab_, val_ = note.split(": ")
                s += "| %s | | %s |\n" % (lab_, val_)
                continue
            cells = [sval(dom, k, it[k]) for k, _, _, _ in fl]
            if note:
                cells[0] = cells[0] + " " + note
            s += "| " + " | ".join(cells) + " |\n"
    elif layout == "C":
        s += "\n" + ",".join(k for k, _, _, _ in fl) + "\n"
        for it, note in rows:
            if it is None:
                lab_, val_ = note.split(": ")
                s += "%s,,%s\n" % (lab_, val_)
                continue
            cells = [sval(dom, k, it[k]) for k, _, _, _ in fl]
            if note:
                cells[0] = cells[0] + " " + note
            s += ",".join(cells) + "\n"
    elif layout == "Y":
        s = "".join("%s: %s\n" % (k, top[k]) for k, _, _ in d["top"]) + "%s:\n" % d["arr"]
        for it, note in rows:
            if it is None:
                s += "# %s\n" % note
                continue
            first = True
            for k, _, _, _ in fl:
                s += ("  - " if first else "    ") + "%s: %s\n" % (k, sval(dom, k, it[k]))
                first = False
            if note:
                s += "    # %s\n" % note
    elif layout == "B":  # bullets
        s += "%s:\n" % d["arrlab"]
        for it, note in rows:
            if it is None:
                s += "%s\n" % note
                continue
            s += "- " + bullet(dom, it) + ((" " + note) if note else "") + "\n"
    elif layout == "P":  # prose
        parts = []
        for it, note in rows:
            if it is None:
                parts.append(None)
                continue
            parts.append(prose_item(dom, it) + ((" " + note) if note else ""))
        plain = [p for p in parts if p is not None]
        s += "The %s are %s.\n" % (d["arrlab"].lower(), join_and(plain))
        for it, note in rows:
            if it is None:
                s += note + "\n"
    return s


def bullet(dom, it):
    if dom == "order":
        return "%d x %s @ %s" % (it["quantity"], it["product"], fmtp(it["unit_price"]))
    if dom == "booking":
        return "%s (%d)" % (it["name"], it["age"])
    if dom == "rx":
        return "%s %d mg, %d times per day" % (it["drug"], it["dose_mg"], it["times_per_day"])
    if dom == "rooms":
        return "%s, %d nights, %d guests" % (it["room_type"], it["nights"], it["guests"])
    return "%s (%s)" % (it["name"], it["company"])


def prose_item(dom, it):
    if dom == "order":
        return "%d x %s at %s each" % (it["quantity"], it["product"], fmtp(it["unit_price"]))
    if dom == "booking":
        return "%s, aged %d" % (it["name"], it["age"])
    if dom == "rx":
        return "%s %d mg %d times per day" % (it["drug"], it["dose_mg"], it["times_per_day"])
    if dom == "rooms":
        return "a %s for %d nights for %d guests" % (it["room_type"].lower(), it["nights"], it["guests"])
    return "%s from %s" % (it["name"], it["company"])


def join_and(xs):
    if len(xs) == 1:
        return xs[0]
    return ", ".join(xs[:-1]) + " and " + xs[-1]


LAYOUTS = ["L", "O", "T", "C", "Y", "B", "P"]


def expect(dom, top, items):
    e = dict(top)
    e[DOMAINS[dom]["arr"]] = [dict(i) for i in items]
    return e


CANCEL = ["(cancelled)", "(removed)", "- out of stock, not sent", "(storniert)", "(kansellert)", "[REMOVED]",
          "(not included)", "(refunded, not shipped)", "(annulé)", "(withdrawn)", "(struck off)", "(deleted by customer)"]
EXTRA = {"order": [("Shipping", 1, None), ("Subtotal", 1, None), ("Discount", 1, None), ("Gift wrap fee", 1, None),
                   ("Total", 1, None)],
         }

n = 0
# ================================================================ PART 1: singles (model's first answer wrong)
for rep in range(6):
    for dom in DOMAINS:
        sch = schema(dom)
        d = DOMAINS[dom]
        fl = d["fields"]
        for layout in LAYOUTS:
            for mk in ["drop", "cancel", "dup", "swapf", "total", "strike", "quoted", "lastmoved"]:
                if mk == "total" and dom != "order":
                    continue
                n += 1
                top = mk_top(dom)
                items = mk_items(dom, R.randint(2, 4))
                rows = [(i, None) for i in items]
                right = items
                wrong = None
                arg = False
                pre = ""
                if mk == "drop":
                    k = R.randrange(len(items))
                    wrong = items[:k] + items[k + 1:]
                elif mk == "dup":
                    k = R.randrange(len(items))
                    wrong = items[:k + 1] + [dict(items[k])] + items[k + 1:]
                elif mk == "swapf":
                    # swap one non-first field between items 0 and 1 (quantity of one, price of the other)
                    fk = R.choice([f[0] for f in fl[1:]])
                    if items[0][fk] == items[1][fk]:
                        o = items[0][fk]
                        items[1][fk] = (o + 1 if isinstance(o, int) else round(o + 1, 2) if isinstance(o, float)
                                        else R.choice([c for c in COMPANIES if c != o]))
                    wrong = copy.deepcopy(items)
                    wrong[0][fk], wrong[1][fk] = wrong[1][fk], wrong[0][fk]
                elif mk == "cancel":
                    extra = mk_items(dom, len(items) + 1)[-1]
                    while extra[fl[0][0]] in [i[fl[0][0]] for i in items]:
                        extra = mk_items(dom, 1)[0]
                    pos = R.randrange(len(items) + 1)
                    rows.insert(pos, (extra, R.choice(CANCEL)))
                    wrong = items[:pos] + [extra] + items[pos:]
                elif mk == "strike":
                    extra = mk_items(dom, 1)[0]
                    while extra[fl[0][0]] in [i[fl[0][0]] for i in items]:
                        extra = mk_items(dom, 1)[0]
                    pos = R.randrange(len(items) + 1)
                    rows.insert(pos, (extra, "STRIKE"))
                    wrong = items[:pos] + [extra] + items[pos:]
                elif mk == "total":
                    lab = R.choice(["Shipping", "Subtotal", "Discount", "Gift wrap", "Total", "Freight", "Frakt"])
                    val = price()
                    tot_item = {"product": lab, "quantity": 1, "unit_price": val}
                    rows.append((None, "%s: %s" % (lab, fmtp(val))))
                    right = items
                    wrong = items + [tot_item]
                elif mk == "quoted":
                    pass
                elif mk == "lastmoved":
                    pass
                if mk == "quoted":
                    # e-mail: the new order; a quoted earlier order holds one more item or another quantity
                    old = copy.deepcopy(items)
                    extra = mk_items(dom, 1)[0]
                    while extra[fl[0][0]] in [i[fl[0][0]] for i in items]:
                        extra = mk_items(dom, 1)[0]
                    old.append(extra)
                    body = render(dom, layout, top, [(i, None) for i in items])
                    oldb = render(dom, layout, top, [(i, None) for i in old])
                    txt = ("Subject: Re: %s\n\nHi,\n\nhere is the updated list:\n\n%s\nBest regards\n\n"
                           "On Monday you wrote:\n" % (d["arrlab"], body)) + "".join("> " + ln + "\n" for ln in oldb.splitlines())
                    wrong = old
                elif mk == "lastmoved":
                    # a separate "Not included" section below holds one item
                    extra = mk_items(dom, 1)[0]
                    while extra[fl[0][0]] in [i[fl[0][0]] for i in items]:
                        extra = mk_items(dom, 1)[0]
                    body = render(dom, layout, top, rows)
                    sec = R.choice(["Not included:", "Removed from the order:", "Waitlist (not confirmed):",
                                    "Backorder - will follow later, not part of this one:", "Ikke med:"])
                    txt = body + "\n" + sec + "\n" + render_rest(dom, layout, [extra]) if False else None
                    oneline = "- " + bullet(dom, extra)
                    txt = body + "\n" + sec + "\n" + oneline + "\n"
                    wrong = items + [extra]
                else:
                    txt = render(dom, layout, top, rows)
                    if mk == "strike":
                        # replace STRIKE marked rows by markdown strike-through of the whole row text
                        lines = txt.splitlines()
                        out = []
                        for ln in lines:
                            if "STRIKE" in ln:
                                core = ln.replace(" STRIKE", "")
                                if layout == "T":
                                    cells = core.strip().strip("|").split("|")
                                    core = "| " + " | ".join("~~%s~~" % c.strip() for c in cells) + " |"
                                elif layout == "Y":
                                    core = core.replace(" STRIKE", "")
                                    out.append(core)
                                    out.append("    # struck out, removed")
                                    continue
                                elif layout == "L":
                                    out.append("~~" + core + "~~")
                                    continue
                                elif layout == "B":
                                    core = "- ~~" + core[2:] + "~~"
                                else:
                                    core = "~~" + core + "~~"
                                out.append(core)
                            else:
                                out.append(ln)
                        txt = "\n".join(out) + "\n"
                        if layout == "L":
                            # strike every line of the struck block
                            pass
                ins = R.choice(d["ins"])
                e = expect(dom, top, right)
                w = expect(dom, top, wrong)
                fam = "r172_%s_%s" % (mk, dom)
                r172_add("single", "d172-s-%s-%s-%s-%d" % (mk, dom, layout, n), fam, ins + "\n\n" + txt, sch, e,
                         [w, e, e], arg)


# ================================================================ PART 2: pairs (variant changes the right answer)
def variant_ops(dom):
    return ["chgf", "remove", "add", "reorder", "movenot", "cancelv", "chgfirst"]


for rep in range(5):
    for dom in DOMAINS:
        sch = schema(dom)
        d = DOMAINS[dom]
        fl = d["fields"]
        for layout in LAYOUTS:
            for op in variant_ops(dom):
                n += 1
                top = mk_top(dom)
                items = mk_items(dom, R.randint(2, 4))
                ins = R.choice(d["ins"])
                btxt = render(dom, layout, top, [(i, None) for i in items])
                vitems = copy.deepcopy(items)
                vtxt = None
                if op == "chgf":
                    k = R.randrange(len(items))
                    fk = R.choice([f[0] for f in fl[1:]])
                    old = vitems[k][fk]
                    if isinstance(old, int):
                        vitems[k][fk] = old + R.choice([1, 2, 3])
                    elif isinstance(old, float):
                        vitems[k][fk] = round(old + R.choice([1, 10, 0.5]), 2)
                    else:
                        vitems[k][fk] = R.choice([c for c in COMPANIES if c != old])
                elif op == "chgfirst":
                    k = R.randrange(len(items))
                    fk = fl[0][0]
                    pool = {"order": PRODUCTS, "rx": DRUGS, "rooms": ROOMTYPES}.get(dom)
                    used = [i[fk] for i in items]
                    vitems[k][fk] = R.choice([p for p in pool if p not in used]) if pool else r172_nm()
                elif op == "remove":
                    k = R.randrange(len(items))
                    del vitems[k]
                elif op == "add":
                    extra = mk_items(dom, 1)[0]
                    while extra[fl[0][0]] in [i[fl[0][0]] for i in items]:
                        extra = mk_items(dom, 1)[0]
                    vitems.insert(R.randrange(len(items) + 1), extra)
                elif op == "reorder":
                    while vitems == items:
                        R.shuffle(vitems)
                elif op == "movenot":
                    k = len(items) - 1
                    moved = vitems.pop(k)
                    vtxt = render(dom, layout, top, [(i, None) for i in vitems]) + "\nNot included:\n- " + bullet(dom, moved) + "\n"
                elif op == "cancelv":
                    k = R.randrange(len(items))
                    moved = vitems.pop(k)
                    rows = [(i, None) for i in items]
                    rows[k] = (items[k], R.choice(CANCEL))
                    vtxt = render(dom, layout, top, rows)
                if vtxt is None:
                    vtxt = render(dom, layout, top, [(i, None) for i in vitems])
                b = expect(dom, top, items)
                v = expect(dom, top, vitems)
                arg = (op == "reorder")  # order of an unordered list
                r172_add("pair", "d172-pb-%s-%s-%s-%d" % (op, dom, layout, n), "r172_pb_%s" % dom, ins + "\n\n" + btxt,
                         sch, b, [b, b])
                r172_add("pair", "d172-pv-%s-%s-%s-%d" % (op, dom, layout, n), "r172_pv_%s_%s" % (op, dom),
                         ins + "\n\n" + vtxt, sch, v, [v, v], arg)

# ================================================================ PART 3: safe variants
UNREL = ["Thank you for your order.", "Please keep this copy for your records.", "Have a nice day!",
         "Questions? Reply to this message."]
for rep in range(2):
    for dom in DOMAINS:
        sch = schema(dom)
        d = DOMAINS[dom]
        for layout in LAYOUTS:
            for sk in ["ws", "unrel", "para"]:
                n += 1
                top = mk_top(dom)
                items = mk_items(dom, R.randint(2, 4))
                ins = d["ins"][0]
                btxt = render(dom, layout, top, [(i, None) for i in items])
                b = expect(dom, top, items)
                if sk == "ws":
                    vtxt = btxt.replace(": ", ":  ") + "\n"
                    vins = ins
                elif sk == "unrel":
                    vtxt = "Please process the following request.\n" + btxt
                    vins = ins
                else:
                    vtxt = btxt
                    vins = ins.replace("Extract", "Please extract")
                r172_add("pair", "d172-qb-%s-%s-%s-%d" % (sk, dom, layout, n), "r172_qb_%s" % dom, ins + "\n\n" + btxt,
                         sch, b, [b])
                r172_add("safe", "d172-qs-%s-%s-%s-%d" % (sk, dom, layout, n), "r172_safe_%s" % sk, vins + "\n\n" + vtxt,
                         sch, b, [b])

# ================================================================ PART 4: stops in order
for rep in range(40):
    n += 1
    route = "R%d" % R.randint(10, 999)
    st = R.sample(CITIES, R.randint(3, 5))
    sch = stops_schema()
    ins = R.choice(["Extract the route and its stops in order as JSON.", "Return route and stops (in order) as JSON."])
    lay = rep % 4
    if lay == 0:
        txt = "Route: %s\nStops: %s\n" % (route, " -> ".join(st))
    elif lay == 1:
        txt = "Route: %s\n" % route + "".join("Stop %d: %s\n" % (i + 1, c) for i, c in enumerate(st))
    elif lay == 2:
        txt = "Route %s runs from %s via %s to %s.\n" % (route, st[0], join_and(st[1:-1]), st[-1])
    else:
        txt = "Route: %s\n| # | Stop |\n|---|---|\n" % route + "".join("| %d | %s |\n" % (i + 1, c) for i, c in enumerate(st))
    e = {"route": route, "stops": st}
    w = {"route": route, "stops": [st[1], st[0]] + st[2:]}
    r172_add("single", "d172-s-order-stops-%d-%d" % (lay, n), "r172_stops", ins + "\n\n" + txt, sch, e, [w, e, e])
    # pair: reversed direction
    n += 1
    st2 = list(reversed(st))
    if lay == 0:
        txt2 = "Route: %s\nStops: %s\n" % (route, " -> ".join(st2))
    elif lay == 1:
        txt2 = "Route: %s\n" % route + "".join("Stop %d: %s\n" % (i + 1, c) for i, c in enumerate(st2))
    elif lay == 2:
        txt2 = "Route %s runs from %s via %s to %s.\n" % (route, st2[0], join_and(st2[1:-1]), st2[-1])
    else:
        txt2 = "Route: %s\n| # | Stop |\n|---|---|\n" % route + "".join("| %d | %s |\n" % (i + 1, c) for i, c in enumerate(st2))
    r172_add("pair", "d172-pb-stops-%d-%d" % (lay, n), "r172_stops_b", ins + "\n\n" + txt, sch, e, [e])
    v = {"route": route, "stops": st2}
    r172_add("pair", "d172-pv-stops-%d-%d" % (lay, n), "r172_stops_v", ins + "\n\n" + txt2, sch, v, [v])


# ================================================================ PART 5: one record picked from a list (flat schema)
def flat_schema(dom, with_top, desc=None):
    d = DOMAINS[dom]
    props = {}
    if with_top:
        k0 = d["top"][0][0]
        props[k0] = {"type": "string"}
    for k, _, t, _ in d["fields"]:
        props[k] = {"type": t}
        if desc and k in desc:
            props[k]["description"] = desc[k]
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


PICK_INS = {
    "order": ["Extract the product, quantity and unit price of the {v} line as JSON.",
              "Return the {v} item (product, quantity, unit_price) as JSON.",
              "Extract product, quantity and unit price for {v} as JSON."],
    "booking": ["Extract the name and age of passenger {v} as JSON.", "Return {v}'s name and age as JSON."],
    "rx": ["Extract the drug, dose in mg and times per day of the {v} prescription as JSON.",
           "Return the {v} medication (drug, dose_mg, times_per_day) as JSON."],
    "rooms": ["Extract the room type, nights and guests of the {v} room as JSON.",
              "Return the {v} room (room_type, nights, guests) as JSON."],
    "event": ["Extract the name and company of attendee {v} as JSON.", "Return {v}'s name and company as JSON."],
}


def pick_ins(dom, v, with_top):
    s = R.choice(PICK_INS[dom]).format(v=v)
    if with_top:
        k0 = DOMAINS[dom]["top"][0][0]
        s = s.replace(" as JSON", " and the %s as JSON" % k0.replace("_", " "))
    return s


def fexp(dom, top, it, with_top):
    e = {}
    if with_top:
        k0 = DOMAINS[dom]["top"][0][0]
        e[k0] = top[k0]
    e.update(it)
    return e


def num_fields(dom):
    return [f[0] for f in DOMAINS[dom]["fields"][1:] if f[2] in ("integer", "number")]


def other_num(v):
    if isinstance(v, int) and not isinstance(v, bool):
        return v + R.choice([1, 2, 3, 5])
    return round(v + R.choice([1, 10, 0.5, 20]), 2)


def strike_lines(txt, layout):
    lines = txt.splitlines()
    out = []
    for ln in lines:
        if "STRIKE" in ln:
            core = ln.replace(" STRIKE", "")
            if layout == "T":
                cells = core.strip().strip("|").split("|")
                core = "| " + " | ".join("~~%s~~" % c.strip() for c in cells) + " |"
            elif layout == "Y":
                out.append(core)
                out.append("    # struck out, removed")
                continue
            elif layout == "B":
                core = "- ~~" + core[2:] + "~~"
            else:
                core = "~~" + core + "~~"
            out.append(core)
        else:
            out.append(ln)
    return "\n".join(out) + "\n"


LAY5 = ["L", "O", "T", "C", "Y", "B", "P"]
for rep in range(8):
    for dom in DOMAINS:
        fl = DOMAINS[dom]["fields"]
        k1 = fl[0][0]
        nfs = num_fields(dom) or [fl[1][0]]
        for layout in LAY5:
            for mk in ["nb", "quoted", "strike", "cancel", "prosemix", "corr"]:
                n += 1
                wt = (n % 2 == 0)
                sch = flat_schema(dom, wt)
                top = mk_top(dom)
                items = mk_items(dom, R.randint(3, 4))
                k = R.randrange(len(items))
                it = items[k]
                fk = R.choice(nfs)
                e = fexp(dom, top, it, wt)
                wi = dict(it)
                rows = [(i, None) for i in items]
                arg = False
                if mk == "nb":
                    j = (k + 1) % len(items)
                    if items[j][fk] == it[fk]:
                        items[j][fk] = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                    wi[fk] = items[j][fk]
                    txt = render(dom, layout, top, rows)
                elif mk == "quoted":
                    old = copy.deepcopy(items)
                    old[k][fk] = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                    wi[fk] = old[k][fk]
                    body = render(dom, layout, top, rows)
                    oldb = render(dom, layout, top, [(i, None) for i in old])
                    txt = ("Subject: Re: your order\n\nHi,\n\nhere is the corrected list:\n\n%s\nBest regards\n\n"
                           "On Monday you wrote:\n" % body) + "".join("> " + ln + "\n" for ln in oldb.splitlines())
                elif mk in ("strike", "cancel"):
                    dead = dict(it)
                    dead[fk] = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                    wi = dict(dead)
                    rows.insert(k, (dead, "STRIKE" if mk == "strike" else R.choice(CANCEL)))
                    txt = render(dom, layout, top, rows)
                    if mk == "strike":
                        txt = strike_lines(txt, layout)
                elif mk == "prosemix":
                    # the model takes the value of the item next to it in a one-line record
                    j = (k + 1) % len(items)
                    if items[j][fk] == it[fk]:
                        items[j][fk] = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                    wi[fk] = items[j][fk]
                    txt = render(dom, "P", top, rows)
                else:  # corr: a correction line below the list changes the picked item's field
                    newv = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                    txt = render(dom, layout, top, rows)
                    lab = [f[1] for f in fl if f[0] == fk][0]
                    txt += "\n" + R.choice(["Correction: %s for %s is %s.", "Update: %s of %s changed to %s.",
                                            "Note: the %s of %s is now %s."]) % (lab.lower(), it[k1], sval(dom, fk, newv)) + "\n"
                    e = dict(e)
                    e[fk] = newv
                    wi = dict(it)
                ins = pick_ins(dom, it[k1], wt)
                w = fexp(dom, top, wi, wt)
                r172_add("single", "d172-f-%s-%s-%s-%d" % (mk, dom, layout, n), "r172_f_%s_%s" % (mk, dom),
                         ins + "\n\n" + txt, sch, e, [w, e, e], arg)

# pairs over a picked record
for rep in range(8):
    for dom in DOMAINS:
        fl = DOMAINS[dom]["fields"]
        k1 = fl[0][0]
        nfs = num_fields(dom) or [fl[1][0]]
        for layout in LAY5:
            for op in ["chg", "swap", "strikev", "cancelv", "quotedv", "corrv", "dupv", "safe_other", "safe_order"]:
                n += 1
                wt = (n % 2 == 1)
                sch = flat_schema(dom, wt)
                top = mk_top(dom)
                items = mk_items(dom, R.randint(3, 4))
                k = R.randrange(len(items))
                it = items[k]
                fk = R.choice(nfs)
                ins = pick_ins(dom, it[k1], wt)
                btxt = render(dom, layout, top, [(i, None) for i in items])
                b = fexp(dom, top, it, wt)
                vit = copy.deepcopy(items)
                nv = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                safe = False
                arg = False
                if op == "chg":
                    vit[k][fk] = nv
                    vtxt = render(dom, layout, top, [(i, None) for i in vit])
                elif op == "swap":
                    j = (k + 1) % len(items)
                    if vit[j][fk] == it[fk]:
                        vit[j][fk] = nv
                    vit[k][fk], vit[j][fk] = vit[j][fk], vit[k][fk]
                    vtxt = render(dom, layout, top, [(i, None) for i in vit])
                elif op in ("strikev", "cancelv"):
                    vit[k][fk] = nv
                    rows = [(i, None) for i in vit]
                    rows.insert(k, (dict(it), "STRIKE" if op == "strikev" else R.choice(CANCEL)))
                    vtxt = render(dom, layout, top, rows)
                    if op == "strikev":
                        vtxt = strike_lines(vtxt, layout)
                elif op == "quotedv":
                    vit[k][fk] = nv
                    body = render(dom, layout, top, [(i, None) for i in vit])
                    vtxt = ("Subject: Re: your order\n\nHi,\n\nhere is the corrected list:\n\n%s\nBest regards\n\n"
                            "On Monday you wrote:\n" % body) + "".join("> " + ln + "\n" for ln in btxt.splitlines())
                elif op == "corrv":
                    vit[k][fk] = nv
                    lab = [f[1] for f in fl if f[0] == fk][0]
                    vtxt = btxt + "\n" + R.choice(["Correction: %s for %s is %s.", "Update: %s of %s changed to %s.",
                                                   "Note: the %s of %s is now %s."]) % (lab.lower(), it[k1], sval(dom, fk, nv)) + "\n"
                elif op == "dupv":
                    # a second line of the same item added below: the asked record is no longer one
                    extra = dict(it)
                    extra[fk] = nv
                    vtxt = render(dom, layout, top, [(i, None) for i in items] + [(extra, "(replaces the line above)")])
                    vit[k][fk] = nv
                elif op == "safe_other":
                    j = (k + 1) % len(items)
                    vit[j][fk] = other_num(vit[j][fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != vit[j][fk]])
                    vtxt = render(dom, layout, top, [(i, None) for i in vit])
                    safe = True
                else:
                    R.shuffle(vit)
                    vtxt = render(dom, layout, top, [(i, None) for i in vit])
                    safe = True
                    vit = items
                v = fexp(dom, top, vit[k] if not safe else it, wt)
                r172_add("pair", "d172-gb-%s-%s-%s-%d" % (op, dom, layout, n), "r172_gb_%s" % dom, ins + "\n\n" + btxt,
                         sch, b, [b, b])
                r172_add("safe" if safe else "pair", "d172-gv-%s-%s-%s-%d" % (op, dom, layout, n),
                         "r172_gv_%s_%s" % (op, dom), ins + "\n\n" + vtxt, sch, v, [v, v], arg)

# ================================================================ PART 6: first / last stop of an ordered route (flat)
for rep in range(30):
    for lay in range(5):
        n += 1
        route = "R%d" % R.randint(10, 999)
        st = R.sample(CITIES, R.randint(3, 5))
        sch = {"type": "object", "properties": {"route": {"type": "string"}, "first_stop": {"type": "string"},
                                                 "last_stop": {"type": "string"}},
               "required": ["route", "first_stop", "last_stop"], "additionalProperties": False}
        ins = R.choice(["Extract the route, its first stop and its last stop as JSON.",
                        "Return route, first_stop and last_stop as JSON."])

        def rt(st, lay=lay, route=route):
            if lay == 0:
                return "Route: %s\nStops: %s\n" % (route, " -> ".join(st))
            if lay == 1:
                return "Route: %s\n" % route + "".join("Stop %d: %s\n" % (i + 1, c) for i, c in enumerate(st))
            if lay == 2:
                return "Route %s calls at %s, in this order.\n" % (route, join_and(st))
            if lay == 3:
                return "Route: %s\n| # | Stop |\n|---|---|\n" % route + "".join("| %d | %s |\n" % (i + 1, c) for i, c in enumerate(st))
            return "Route: %s\nStops:\n" % route + "".join("%d. %s\n" % (i + 1, c) for i, c in enumerate(st))
        e = {"route": route, "first_stop": st[0], "last_stop": st[-1]}
        w = {"route": route, "first_stop": st[1], "last_stop": st[-1]}
        r172_add("single", "d172-st-s1-%d-%d" % (lay, n), "r172_st", ins + "\n\n" + rt(st), sch, e, [w, e, e])
        w2 = {"route": route, "first_stop": st[-1], "last_stop": st[0]}
        r172_add("single", "d172-st-s2-%d-%d" % (lay, n), "r172_st", ins + "\n\n" + rt(st), sch, e, [w2, e, e])
        st2 = list(reversed(st))
        v = {"route": route, "first_stop": st2[0], "last_stop": st2[-1]}
        r172_add("pair", "d172-st-pb-%d-%d" % (lay, n), "r172_st_b", ins + "\n\n" + rt(st), sch, e, [e])
        r172_add("pair", "d172-st-pv-%d-%d" % (lay, n), "r172_st_v", ins + "\n\n" + rt(st2), sch, v, [v])
        st3 = st[:-1] + [R.choice([c for c in CITIES if c not in st])]
        v3 = {"route": route, "first_stop": st3[0], "last_stop": st3[-1]}
        r172_add("pair", "d172-st-pa-%d-%d" % (lay, n), "r172_st_v", ins + "\n\n" + rt(st3), sch, v3, [v3])
        st4 = st + [R.choice([c for c in CITIES if c not in st])]
        v4 = {"route": route, "first_stop": st4[0], "last_stop": st4[-1]}
        r172_add("pair", "d172-st-pc-%d-%d" % (lay, n), "r172_st_v", ins + "\n\n" + rt(st4), sch, v4, [v4])


# ================================================================ PART 7: a one-item list (the shape the cache stores) and its variants
def notop(dom, txt):
    return txt.split("\n", len(DOMAINS[dom]["top"]))[-1]


def one_ins(sch):
    return R.choice(["Extract %s as JSON.", "Return %s as a JSON object.", "Extract the item (%s) as JSON."]) % ", ".join(sch["properties"])


LAY7 = ["L", "O", "C", "Y", "T", "B"]
for rep in range(14):
    for dom in DOMAINS:
        fl = DOMAINS[dom]["fields"]
        k1 = fl[0][0]
        nfs = num_fields(dom) or [fl[1][0]]
        for layout in LAY7:
            for op in ["chg", "strikev", "cancelv", "quotedv", "notinc", "addpick", "replv", "wasv", "addsame",
                       "safe_ws", "safe_unrel"]:
                n += 1
                sch = flat_schema(dom, False)
                top = mk_top(dom)
                two = mk_items(dom, 2)
                it, other = two
                fk = R.choice(nfs)
                nv = other_num(it[fk]) if fk in num_fields(dom) else R.choice([c for c in COMPANIES if c != it[fk]])
                ins = one_ins(sch)
                btxt = notop(dom, render(dom, layout, top, [(it, None)]))
                b = dict(it)
                vi = dict(it)
                vins = ins
                safe = False
                arg = False
                if op == "chg":
                    vi[fk] = nv
                    vtxt = notop(dom, render(dom, layout, top, [(vi, None)]))
                elif op in ("strikev", "cancelv"):
                    vi[fk] = nv
                    rows = [(dict(it), "STRIKE" if op == "strikev" else R.choice(CANCEL)), (vi, None)]
                    vtxt = notop(dom, render(dom, layout, top, rows))
                    if op == "strikev":
                        vtxt = strike_lines(vtxt, layout)
                elif op == "quotedv":
                    vi[fk] = nv
                    body = notop(dom, render(dom, layout, top, [(vi, None)]))
                    vtxt = ("Subject: Re: your order\n\nHi,\n\nhere is the corrected line:\n\n%s\nBest regards\n\n"
                            "On Monday you wrote:\n" % body) + "".join("> " + ln + "\n" for ln in btxt.splitlines())
                elif op == "notinc":
                    vi = dict(other)
                    vtxt = notop(dom, render(dom, layout, top, [(other, None)])) + "\n" + R.choice(
                        ["Not included:", "Removed:", "Cancelled items:", "Out of stock (not sent):"]) + "\n- " + bullet(dom, it) + "\n"
                elif op == "addpick":
                    vi = dict(other)
                    vtxt = notop(dom, render(dom, layout, top, [(it, None), (other, None)]))
                    vins = pick_ins(dom, other[k1], False)
                elif op == "replv":
                    vi[fk] = nv
                    vtxt = notop(dom, render(dom, layout, top, [(it, None), (vi, "(replaces the line above)")]))
                elif op == "wasv":
                    vi[fk] = nv
                    vtxt = btxt.replace(sval(dom, fk, it[fk]), "%s (now %s)" % (sval(dom, fk, it[fk]), sval(dom, fk, nv)), 1)
                    arg = False
                elif op == "addsame":
                    # the same product again on a second line: the order now holds both lines; the asked quantity
                    # is the sum (arguable)
                    if fk not in ("quantity", "nights"):
                        continue
                    extra = dict(it)
                    extra[fk] = nv
                    vtxt = notop(dom, render(dom, layout, top, [(it, None), (extra, None)]))
                    vi[fk] = it[fk] + nv
                    arg = True
                elif op == "safe_ws":
                    vtxt = btxt.replace(": ", ":   ") + "\n\n"
                    safe = True
                else:
                    vtxt = "Please process the following order.\n\n" + btxt + "\nThank you!\n"
                    safe = True
                r172_add("pair", "d172-hb-%s-%s-%s-%d" % (op, dom, layout, n), "r172_hb_%s" % dom, ins + "\n\n" + btxt,
                         sch, b, [b, b])
                r172_add("safe" if safe else "pair", "d172-hv-%s-%s-%s-%d" % (op, dom, layout, n),
                         "r172_hv_%s_%s" % (op, dom), vins + "\n\n" + vtxt, sch, vi, [vi, vi], arg)

# singles on a one-item record: the model's realistic slips
for rep in range(14):
    for dom in DOMAINS:
        fl = DOMAINS[dom]["fields"]
        k1 = fl[0][0]
        nfs = num_fields(dom)
        if not nfs:
            continue
        for layout in ["L", "O", "C", "Y"]:
            for mk in ["packname", "linetotal", "was", "strikein", "quoted", "cancelled_other", "subtotal_row"]:
                n += 1
                sch = flat_schema(dom, False)
                top = mk_top(dom)
                it, other = mk_items(dom, 2)
                fk = R.choice(nfs)
                e = dict(it)
                w = dict(it)
                ins = one_ins(sch)
                base = notop(dom, render(dom, layout, top, [(it, None)]))
                fl_lab = {f[0]: f[1] for f in fl}
                arg = False
                if mk == "packname":
                    pk = R.choice([6, 12, 4, 3, 10, 24])
                    if it[fk] == pk:
                        continue
                    suffix = R.choice([" (pack of %d)", " x%d set", " %d-pack", " (set of %d)"]) % pk
                    txt = base.replace(it[k1], it[k1] + suffix, 1)
                    e[k1] = it[k1] + suffix
                    w = dict(e)
                    w[fk] = pk
                elif mk == "linetotal":
                    if fk != "unit_price" and dom == "order":
                        fk = "unit_price"
                    if dom != "order":
                        continue
                    lt = round(it["unit_price"] * it["quantity"], 2)
                    if it["quantity"] == 1:
                        continue
                    if layout == "L":
                        txt = base.rstrip("\n") + "\nLine total: %s\n" % fmtp(lt)
                    elif layout == "O":
                        txt = base.rstrip("\n") + " | Line total: %s\n" % fmtp(lt)
                    elif layout == "C":
                        lines = base.rstrip("\n").split("\n")
                        lines[-2] += ",line_total"
                        lines[-1] += ",%s" % fmtp(lt)
                        txt = "\n".join(lines) + "\n"
                    else:
                        txt = base.rstrip("\n") + "\n    line_total: %s\n" % fmtp(lt)
                    w["unit_price"] = lt
                elif mk == "was":
                    old = other_num(it[fk])
                    lab = fl_lab[fk]
                    if layout == "L":
                        txt = base.rstrip("\n") + "\nPrevious %s: %s\n" % (lab.lower(), sval(dom, fk, old))
                    elif layout == "O":
                        txt = base.rstrip("\n") + " | Previous %s: %s\n" % (lab.lower(), sval(dom, fk, old))
                    elif layout == "C":
                        lines = base.rstrip("\n").split("\n")
                        lines[-2] += ",previous_" + fk
                        lines[-1] += ",%s" % sval(dom, fk, old)
                        txt = "\n".join(lines) + "\n"
                    else:
                        txt = base.rstrip("\n") + "\n    previous_%s: %s\n" % (fk, sval(dom, fk, old))
                    w[fk] = old
                elif mk == "strikein":
                    old = other_num(it[fk])
                    s_new = sval(dom, fk, it[fk])
                    txt = base.replace(": " + s_new if layout in ("L", "O", "Y") else s_new,
                                       (": ~~%s~~ %s" % (sval(dom, fk, old), s_new)) if layout in ("L", "O", "Y")
                                       else "~~%s~~ %s" % (sval(dom, fk, old), s_new), 1)
                    w[fk] = old
                elif mk == "quoted":
                    old = dict(it)
                    old[fk] = other_num(it[fk])
                    oldb = notop(dom, render(dom, layout, top, [(old, None)]))
                    txt = ("Subject: Re: order\n\nHi,\n\nthe line is now:\n\n%s\nBest regards\n\n> On Monday you wrote:\n" % base) + \
                        "".join("> " + ln + "\n" for ln in oldb.splitlines())
                    w[fk] = old[fk]
                elif mk == "cancelled_other":
                    # a cancelled line above: the model answers the cancelled one
                    txt = notop(dom, render(dom, layout, top, [(other, R.choice(CANCEL)), (it, None)]))
                    w = dict(other)
                elif mk == "subtotal_row":
                    if dom != "order":
                        continue
                    st = price()
                    txt = base.rstrip("\n") + "\n\n" + R.choice(["Shipping: %s", "Subtotal: %s", "Discount: %s", "Total: %s"]) % fmtp(st) + "\n"
                    w["unit_price"] = st
                r172_add("single", "d172-k-%s-%s-%s-%d" % (mk, dom, layout, n), "r172_k_%s_%s" % (mk, dom),
                         ins + "\n\n" + txt, sch, e, [w, e, e], arg)


# ================================================================ PART 8: small in-field edits of a stored one-item record
EDITS = {
    "strk": ["~~{o}~~ {n}", "~~{o}~~{n}", "<s>{o}</s> {n}", "<del>{o}</del> {n}", "~{o}~ {n}", "{n} ~~{o}~~"],
    "arrow": ["{o} → {n}", "{o} -> {n}", "{o} => {n}", "{o} ⇒ {n}", "{o} ➜ {n}", "{o} >> {n}", "{o} —> {n}"],
    "was": ["{n} (was {o})", "{n} (previously {o})", "{n} (changed from {o})", "{n}, not {o}", "{n} (ex {o})",
            "{n} (før {o})", "{n} (vorher {o})", "{n} (orig. {o})", "{n} [was {o}]", "{n} (updated from {o})"],
    "now": ["{o} (now {n})", "{o}, now {n}", "{o} - changed to {n}", "{o} (corrected: {n})", "{o} (nå {n})",
            "{o} (jetzt {n})", "{o} (maintenant {n})", "{o} (update: {n})", "{o} [{n} after change]", "{o}; new: {n}",
            "{o} (read {n})", "{o} (revised {n})", "{o} (amended to {n})", "{o} (+{d})"],
    "cancel": ["{o} (cancelled, now {n})", "{o} ✗ {n}", "{o} ❌ {n}", "{o} / {n} (final)", "{o}/{n} (second is final)"],
}
for rep in range(6):
    for dom in DOMAINS:
        fl = DOMAINS[dom]["fields"]
        flds = [f[0] for f in fl[1:]]
        for layout in ["L", "O", "C", "Y"]:
            for fam_, forms in EDITS.items():
                for form in forms:
                    n += 1
                    sch = flat_schema(dom, False)
                    top = mk_top(dom)
                    it = mk_items(dom, 1)[0]
                    fk = R.choice(flds)
                    t = {f[0]: f[2] for f in fl}[fk]
                    if t == "string":
                        nv = R.choice([c for c in COMPANIES if c != it[fk]])
                        if "{d}" in form:
                            continue
                    else:
                        nv = other_num(it[fk])
                        if "{d}" in form and t != "integer":
                            continue
                    ins = one_ins(sch)
                    btxt = notop(dom, render(dom, layout, top, [(it, None)]))
                    so, sn = sval(dom, fk, it[fk]), sval(dom, fk, nv)
                    d_ = (nv - it[fk]) if t != "string" else 0
                    newcell = form.format(o=so, n=sn, d=d_)
                    if layout == "C":
                        lines = btxt.rstrip("\n").split("\n")
                        cells = lines[-1].split(",")
                        idx = [f[0] for f in fl].index(fk)
                        cells[idx] = newcell if "," not in newcell else '"%s"' % newcell
                        lines[-1] = ",".join(cells)
                        vtxt = "\n".join(lines) + "\n"
                    else:
                        lab = {f[0]: (f[1] if layout != "Y" else f[0]) for f in fl}[fk]
                        vtxt = btxt.replace("%s: %s" % (lab, so), "%s: %s" % (lab, newcell), 1)
                    if vtxt == btxt:
                        continue
                    b = dict(it)
                    v = dict(it)
                    v[fk] = nv
                    arg = fam_ == "cancel" and "/" in form
                    r172_add("pair", "d172-eb-%s-%s-%s-%d" % (fam_, dom, layout, n), "r172_eb_%s" % dom,
                             ins + "\n\n" + btxt, sch, b, [b, b])
                    r172_add("pair", "d172-ev-%s-%s-%s-%d" % (fam_, dom, layout, n), "r172_ev_%s_%s" % (fam_, dom),
                             ins + "\n\n" + vtxt, sch, v, [v, v], arg)
                    # the single: the model keeps the old value of such a field
                    r172_add("single", "d172-es-%s-%s-%s-%d" % (fam_, dom, layout, n), "r172_es_%s_%s" % (fam_, dom),
                             ins + "\n\n" + vtxt, sch, v, [b, v, v], arg)

# two numeric fields' labels swapped in place (CSV header, YAML keys, line labels)
for rep in range(30):
    for dom in ["rooms", "rx", "order"]:
        for layout in ["L", "O", "C", "Y"]:
            n += 1
            fl = DOMAINS[dom]["fields"]
            sch = flat_schema(dom, False)
            top = mk_top(dom)
            it = mk_items(dom, 1)[0]
            a, bk = fl[1][0], fl[2][0]
            if it[a] == it[bk]:
                continue
            if dom == "order":
                it["unit_price"] = float(R.randint(2, 9)) if False else it["unit_price"]
            ins = one_ins(sch)
            btxt = notop(dom, render(dom, layout, top, [(it, None)]))
            la, lb = ((fl[1][1], fl[2][1]) if layout in ("L", "O") else (a, bk))
            vtxt = btxt.replace(la + ":", "\x00").replace(lb + ":", la + ":").replace("\x00", lb + ":") if layout != "C" else \
                btxt.replace("%s,%s" % (a, bk), "%s,%s" % (bk, a))
            v = dict(it)
            v[a], v[bk] = it[bk], it[a]
            if dom == "order":
                if not float(it["unit_price"]).is_integer():
                    continue
                v["quantity"] = int(it["unit_price"])
                v["unit_price"] = it["quantity"]
            b = dict(it)
            r172_add("pair", "d172-wb-%s-%s-%d" % (dom, layout, n), "r172_wb", ins + "\n\n" + btxt, sch, b, [b, b])
            r172_add("pair", "d172-wv-%s-%s-%d" % (dom, layout, n), "r172_wv", ins + "\n\n" + vtxt, sch, v, [v, v])


# ================================================================ PART 9: the new value of one field equals another field's value
ALLFORMS = [(f_, x) for f_, xs in EDITS.items() for x in xs if "{d}" not in x]
for rep in range(3):
    for layout in ["L", "O", "Y", "C"]:
        for fam_, form in ALLFORMS:
            for fk, ok in (("nights", "guests"), ("guests", "nights")):
                n += 1
                dom = "rooms"
                fl = DOMAINS[dom]["fields"]
                sch = flat_schema(dom, False)
                top = mk_top(dom)
                it = mk_items(dom, 1)[0]
                if it[fk] == it[ok]:
                    it[fk] = it[ok] + R.choice([1, 2])
                nv = it[ok]
                ins = one_ins(sch)
                btxt = notop(dom, render(dom, layout, top, [(it, None)]))
                so, sn = str(it[fk]), str(nv)
                newcell = form.format(o=so, n=sn)
                if layout == "C":
                    lines = btxt.rstrip("\n").split("\n")
                    cells = lines[-1].split(",")
                    idx = [f[0] for f in fl].index(fk)
                    cells[idx] = newcell if "," not in newcell else '"%s"' % newcell
                    lines[-1] = ",".join(cells)
                    vtxt = "\n".join(lines) + "\n"
                else:
                    lab = {f[0]: (f[1] if layout != "Y" else f[0]) for f in fl}[fk]
                    vtxt = btxt.replace("%s: %s" % (lab, so), "%s: %s" % (lab, newcell), 1)
                b = dict(it)
                v = dict(it)
                v[fk] = nv
                arg = "/" in form
                r172_add("pair", "d172-nb-%s-%s-%s-%d" % (fam_, fk, layout, n), "r172_nb", ins + "\n\n" + btxt, sch, b, [b, b])
                r172_add("pair", "d172-nv-%s-%s-%s-%d" % (fam_, fk, layout, n), "r172_nv_%s" % fam_, ins + "\n\n" + vtxt,
                         sch, v, [v, v], arg)
                r172_add("single", "d172-ns-%s-%s-%s-%d" % (fam_, fk, layout, n), "r172_ns_%s" % fam_,
                         ins + "\n\n" + vtxt, sch, v, [b, v, v], arg)


# ================================================================ PART 10: "Guests: 4; new: 3" -- a second field on the value's line
P10_WORDS = ["new", "now", "actual", "updated", "corrected", "correct", "final", "revised", "amended", "changed to",
             "neu", "ny", "nytt", "nouveau", "nuevo", "current", "latest", "confirmed", "instead", "should be"]
P10_SEPS = ["; ", ", ", " | ", " / ", " – "]
for rep in range(2):
    for layout in ["L", "O", "Y"]:
        for word in P10_WORDS:
            for sep in P10_SEPS:
                if layout == "O" and sep == " | ":
                    continue
                for collide in (True, False):
                    for fk, ok in (("nights", "guests"), ("guests", "nights")):
                        n += 1
                        dom = "rooms"
                        fl = DOMAINS[dom]["fields"]
                        sch = flat_schema(dom, False)
                        top = mk_top(dom)
                        it = mk_items(dom, 1)[0]
                        if it[fk] == it[ok]:
                            it[fk] = it[ok] + R.choice([1, 2])
                        if collide:
                            nv = it[ok]
                        else:
                            nv = R.choice([x for x in range(1, 10) if x not in (it[fk], it[ok])])
                        ins = one_ins(sch)
                        btxt = notop(dom, render(dom, layout, top, [(it, None)]))
                        lab = {f[0]: (f[1] if layout != "Y" else f[0]) for f in fl}[fk]
                        vtxt = btxt.replace("%s: %s" % (lab, it[fk]), "%s: %s%s%s: %s" % (lab, it[fk], sep, word, nv), 1)
                        b = dict(it)
                        v = dict(it)
                        v[fk] = nv
                        tag = "%s-%s" % (word.replace(" ", "_"), {"; ": "sc", ", ": "cm", " | ": "pp", " / ": "sl", " – ": "da"}[sep])
                        cc = "c" if collide else "u"
                        r172_add("pair", "d172-xb-%s-%s-%s-%s-%d" % (tag, cc, fk, layout, n), "r172_xb", ins + "\n\n" + btxt,
                                 sch, b, [b, b])
                        r172_add("pair", "d172-xv-%s-%s-%s-%s-%d" % (tag, cc, fk, layout, n), "r172_xv", ins + "\n\n" + vtxt,
                                 sch, v, [v, v])
                        r172_add("single", "d172-xs-%s-%s-%s-%s-%d" % (tag, cc, fk, layout, n), "r172_xs",
                                 ins + "\n\n" + vtxt, sch, v, [b, v, v])


# ================================================================ PART 11: the same in other two-number records
P11_DOMS = [
    ("party", [("adults", "Adults"), ("children", "Children")], "Booking party"),
    ("shipment", [("boxes", "Boxes"), ("pallets", "Pallets")], "Shipment"),
    ("stay", [("rooms", "Rooms"), ("nights", "Nights")], "Stay"),
    ("tickets", [("adult_tickets", "Adult tickets"), ("child_tickets", "Child tickets")], "Tickets"),
]
P11_WORDS = ["actual", "current", "final", "latest", "should be", "correct", "now", "new", "confirmed", "nå", "jetzt",
             "real", "true", "valid", "effective", "definitive", "endelig", "aktuell"]
for rep in range(2):
    for dname, flds, head in P11_DOMS:
        for layout in ["L", "O", "Y"]:
            for word in P11_WORDS:
                for sep in ["; ", ", ", " / "]:
                    for fi in (0, 1):
                        n += 1
                        (fk, fl_), (ok, ol_) = flds[fi], flds[1 - fi]
                        sch = {"type": "object", "properties": {"name": {"type": "string"}, flds[0][0]: {"type": "integer"},
                                                                flds[1][0]: {"type": "integer"}},
                               "required": ["name", flds[0][0], flds[1][0]], "additionalProperties": False}
                        nm = r172_nm()
                        vals = {flds[0][0]: R.randint(1, 9), flds[1][0]: R.randint(1, 9)}
                        if vals[fk] == vals[ok]:
                            vals[fk] = vals[ok] + 1
                        nv = vals[ok]
                        rec = [("Name", "name", nm), (flds[0][1], flds[0][0], vals[flds[0][0]]), (flds[1][1], flds[1][0], vals[flds[1][0]])]
                        def rr(rec, layout=layout):
                            if layout == "L":
                                return "%s:\n" % head + "".join("%s: %s\n" % (l, v) for l, k, v in rec)
                            if layout == "O":
                                return "%s: " % head + " | ".join("%s: %s" % (l, v) for l, k, v in rec) + "\n"
                            return "%s:\n" % head.lower().replace(" ", "_") + "".join("  %s: %s\n" % (k, v) for l, k, v in rec)
                        btxt = rr(rec)
                        rec2 = [(l, k, ("%s%s%s: %s" % (v, sep, word, nv)) if k == fk else v) for l, k, v in rec]
                        vtxt = rr(rec2)
                        ins = R.choice(["Extract name, %s and %s as JSON." % (flds[0][0], flds[1][0]),
                                        "Return the name, %s and %s as a JSON object." % (flds[0][0], flds[1][0])])
                        b = {"name": nm, flds[0][0]: vals[flds[0][0]], flds[1][0]: vals[flds[1][0]]}
                        v = dict(b)
                        v[fk] = nv
                        tag = "%s-%s" % (word.replace(" ", "_"), {"; ": "sc", ", ": "cm", " / ": "sl"}[sep])
                        r172_add("pair", "d172-yb-%s-%s-%s-%s-%d" % (tag, dname, fk, layout, n), "r172_yb", ins + "\n\n" + btxt,
                                 sch, b, [b, b])
                        r172_add("pair", "d172-yv-%s-%s-%s-%s-%d" % (tag, dname, fk, layout, n), "r172_yv", ins + "\n\n" + vtxt,
                                 sch, v, [v, v])
                        r172_add("single", "d172-ys-%s-%s-%s-%s-%d" % (tag, dname, fk, layout, n), "r172_ys",
                                 ins + "\n\n" + vtxt, sch, v, [b, v, v])


# ================================================================ PART 12: one number beside strings ("Boxes: 8, actual: 6")
P12_DOMS = [("boxes", "Boxes", "Shipment"), ("guests", "Guests", "Room"), ("quantity", "Quantity", "Item"),
            ("nights", "Nights", "Stay"), ("seats", "Seats", "Table"), ("age", "Age", "Passenger")]
for rep in range(2):
    for key, lab, head in P12_DOMS:
        for layout in ["L", "O", "Y"]:
            for word in P11_WORDS + ["updated", "corrected"]:
                for sep in ["; ", ", ", " / "]:
                    n += 1
                    sch = {"type": "object", "properties": {"name": {"type": "string"}, "city": {"type": "string"},
                                                            key: {"type": "integer"}},
                           "required": ["name", "city", key], "additionalProperties": False}
                    nm = r172_nm()
                    city = R.choice(CITIES)
                    old = R.randint(2, 60)
                    nv = R.choice([x for x in range(2, 60) if x != old])
                    rec = [("Name", "name", nm), ("City", "city", city), (lab, key, old)]

                    def rr(rec, layout=layout, head=head):
                        if layout == "L":
                            return "%s:\n" % head + "".join("%s: %s\n" % (l, v) for l, k, v in rec)
                        if layout == "O":
                            return " | ".join("%s: %s" % (l, v) for l, k, v in rec) + "\n"
                        return "%s:\n" % head.lower() + "".join("  %s: %s\n" % (k, v) for l, k, v in rec)
                    btxt = rr(rec)
                    vtxt = rr([(l, k, ("%s%s%s: %s" % (v, sep, word, nv)) if k == key else v) for l, k, v in rec])
                    ins = R.choice(["Extract name, city and %s as JSON." % key, "Return the name, city and %s as JSON." % key])
                    b = {"name": nm, "city": city, key: old}
                    v = dict(b)
                    v[key] = nv
                    tag = "%s-%s" % (word.replace(" ", "_"), {"; ": "sc", ", ": "cm", " / ": "sl"}[sep])
                    r172_add("pair", "d172-zb-%s-%s-%s-%d" % (tag, key, layout, n), "r172_zb", ins + "\n\n" + btxt, sch, b, [b, b])
                    r172_add("pair", "d172-zv-%s-%s-%s-%d" % (tag, key, layout, n), "r172_zv", ins + "\n\n" + vtxt, sch, v, [v, v])
                    r172_add("single", "d172-zs-%s-%s-%s-%d" % (tag, key, layout, n), "r172_zs", ins + "\n\n" + vtxt, sch, v,
                             [b, v, v])


# ================================================================ found (confirmed alone below)
r172_found_alone_list = ['d172-es-now-rooms-L-18302', 'd172-es-now-rx-L-14774', 'd172-ev-now-rooms-L-18302', 'd172-ev-now-rx-L-14774', 'd172-ns-now-guests-L-19031', 'd172-ns-now-guests-L-19359', 'd172-ns-now-guests-O-19441', 'd172-ns-now-guests-Y-19195', 'd172-ns-now-guests-Y-19523', 'd172-ns-now-nights-L-19030', 'd172-ns-now-nights-L-19358', 'd172-ns-now-nights-O-19112', 'd172-ns-now-nights-Y-19194', 'd172-nv-now-guests-L-19031', 'd172-nv-now-guests-L-19359', 'd172-nv-now-guests-O-19441', 'd172-nv-now-guests-Y-19195', 'd172-nv-now-guests-Y-19523', 'd172-nv-now-nights-L-19030', 'd172-nv-now-nights-L-19358', 'd172-nv-now-nights-O-19112', 'd172-nv-now-nights-Y-19194', 'd172-xs-actual-cm-c-guests-Y-21835', 'd172-xs-actual-cm-c-nights-L-19994', 'd172-xs-actual-pp-c-guests-Y-20719', 'd172-xs-actual-pp-c-guests-Y-21839', 'd172-xs-actual-pp-u-guests-L-20001', 'd172-xs-actual-pp-u-guests-L-21121', 'd172-xs-actual-sc-c-nights-L-21110', 'd172-xs-actual-sc-c-nights-O-20382', 'd172-xs-actual-sc-c-nights-O-21502', 'd172-xs-actual-sc-c-nights-Y-20710', 'd172-xs-actual-sc-u-guests-L-21113', 'd172-xs-actual-sl-c-guests-L-20003', 'd172-xs-actual-sl-c-guests-O-20391', 'd172-xs-actual-sl-c-guests-O-21511', 'd172-xs-actual-sl-c-guests-Y-21843', 'd172-xs-actual-sl-c-nights-L-20002', 'd172-xs-actual-sl-c-nights-L-21122', 'd172-xs-actual-sl-c-nights-O-20390', 'd172-xs-actual-sl-c-nights-Y-20722', 'd172-xs-actual-sl-c-nights-Y-21842', 'd172-xs-actual-sl-u-nights-Y-21844', 'd172-xs-confirmed-cm-c-guests-L-20295', 'd172-xs-confirmed-cm-c-guests-O-20627', 'd172-xs-confirmed-cm-c-nights-L-21414', 'd172-xs-confirmed-cm-c-nights-O-21746', 'd172-xs-confirmed-cm-c-nights-Y-21014', 'd172-xs-confirmed-cm-c-nights-Y-22134', 'd172-xs-confirmed-cm-u-guests-L-21417', 'd172-xs-confirmed-cm-u-nights-O-21748', 'd172-xs-confirmed-cm-u-nights-Y-22136', 'd172-xs-confirmed-pp-c-guests-L-20299', 'd172-xs-confirmed-pp-c-guests-Y-22139', 'd172-xs-confirmed-pp-c-nights-L-20298', 'd172-xs-confirmed-pp-c-nights-L-21418', 'd172-xs-confirmed-sc-c-guests-L-20291', 'd172-xs-confirmed-sc-c-guests-O-20623', 'd172-xs-confirmed-sc-c-guests-Y-21011', 'd172-xs-confirmed-sc-c-nights-L-20290', 'd172-xs-confirmed-sc-c-nights-O-20622', 'd172-xs-confirmed-sc-c-nights-Y-22130', 'd172-xs-confirmed-sc-u-guests-O-20625', 'd172-xs-confirmed-sl-c-guests-L-21423', 'd172-xs-confirmed-sl-c-guests-O-20631', 'd172-xs-confirmed-sl-c-guests-Y-22143', 'd172-xs-confirmed-sl-c-nights-L-20302', 'd172-xs-confirmed-sl-c-nights-L-21422', 'd172-xs-confirmed-sl-c-nights-Y-21022', 'd172-xs-confirmed-sl-u-guests-L-21425', 'd172-xs-confirmed-sl-u-guests-O-20633', 'd172-xs-correct-cm-c-guests-L-20055', 'd172-xs-correct-cm-u-guests-L-20057', 'd172-xs-correct-cm-u-guests-O-21557', 'd172-xs-correct-pp-c-guests-L-21179', 'd172-xs-correct-pp-c-nights-Y-20778', 'd172-xs-correct-pp-c-nights-Y-21898', 'd172-xs-correct-pp-u-guests-L-20061', 'd172-xs-correct-sc-c-guests-O-21551', 'd172-xs-correct-sc-c-nights-L-20050', 'd172-xs-correct-sc-c-nights-L-21170', 'd172-xs-correct-sc-c-nights-O-21550', 'd172-xs-correct-sc-c-nights-Y-21890', 'd172-xs-correct-sc-u-guests-L-21173', 'd172-xs-correct-sc-u-guests-Y-21893', 'd172-xs-correct-sl-c-guests-Y-21903', 'd172-xs-correct-sl-c-nights-L-21182', 'd172-xs-correct-sl-c-nights-O-20438', 'd172-xs-correct-sl-c-nights-Y-20782', 'd172-xs-correct-sl-c-nights-Y-21902', 'd172-xs-current-cm-c-guests-L-21375', 'd172-xs-current-cm-c-guests-O-20595', 'd172-xs-current-cm-c-guests-Y-20975', 'd172-xs-current-cm-c-nights-L-20254', 'd172-xs-current-cm-c-nights-L-21374', 'd172-xs-current-cm-c-nights-O-21714', 'd172-xs-current-cm-u-nights-L-21376', 'd172-xs-current-pp-c-guests-L-20259', 'd172-xs-current-pp-c-guests-Y-22099', 'd172-xs-current-pp-c-nights-Y-20978', 'd172-xs-current-pp-c-nights-Y-22098', 'd172-xs-current-pp-u-nights-L-21380', 'd172-xs-current-pp-u-nights-Y-22100', 'd172-xs-current-sc-c-guests-L-20251', 'd172-xs-current-sc-c-nights-L-20250', 'd172-xs-current-sc-c-nights-L-21370', 'd172-xs-current-sc-c-nights-Y-20970', 'd172-xs-current-sc-c-nights-Y-22090', 'd172-xs-current-sc-u-guests-L-21373', 'd172-xs-current-sc-u-guests-Y-22093', 'd172-xs-current-sl-c-guests-L-21383', 'd172-xs-current-sl-c-guests-O-20599', 'd172-xs-current-sl-c-nights-Y-22102', 'd172-xs-final-cm-c-guests-L-20075', 'd172-xs-final-cm-c-guests-O-20451', 'd172-xs-final-cm-c-guests-O-21571', 'd172-xs-final-cm-c-guests-Y-20795', 'd172-xs-final-cm-c-nights-L-21194', 'd172-xs-final-cm-c-nights-Y-21914', 'd172-xs-final-cm-u-guests-O-21573', 'd172-xs-final-cm-u-nights-L-21196', 'd172-xs-final-pp-c-guests-L-20079', 'd172-xs-final-pp-c-guests-L-21199', 'd172-xs-final-pp-c-guests-Y-21919', 'd172-xs-final-pp-c-nights-L-20078', 'd172-xs-final-pp-c-nights-L-21198', 'd172-xs-final-pp-u-guests-L-20081', 'd172-xs-final-pp-u-guests-Y-21921', 'd172-xs-final-sc-c-guests-L-21191', 'd172-xs-final-sc-c-guests-O-20447', 'd172-xs-final-sc-c-guests-O-21567', 'd172-xs-final-sc-c-guests-Y-20791', 'd172-xs-final-sc-c-nights-Y-21910', 'd172-xs-final-sc-u-guests-L-20073', 'd172-xs-final-sc-u-guests-O-20449', 'd172-xs-final-sl-c-guests-L-20083', 'd172-xs-final-sl-c-guests-L-21203', 'd172-xs-final-sl-u-guests-L-20085', 'd172-xs-final-sl-u-guests-O-20457', 'd172-xs-latest-cm-c-guests-Y-22115', 'd172-xs-latest-cm-c-nights-L-20274', 'd172-xs-latest-cm-c-nights-L-21394', 'd172-xs-latest-cm-c-nights-Y-20994', 'd172-xs-latest-cm-c-nights-Y-22114', 'd172-xs-latest-cm-u-guests-L-21397', 'd172-xs-latest-pp-c-guests-L-20279', 'd172-xs-latest-pp-c-guests-Y-22119', 'd172-xs-latest-pp-c-nights-L-20278', 'd172-xs-latest-pp-c-nights-Y-20998', 'd172-xs-latest-pp-c-nights-Y-22118', 'd172-xs-latest-sc-c-guests-L-21391', 'd172-xs-latest-sc-c-guests-O-20607', 'd172-xs-latest-sc-c-nights-O-21726', 'd172-xs-latest-sc-c-nights-Y-20990', 'd172-xs-latest-sc-u-guests-L-21393', 'd172-xs-latest-sl-c-nights-L-20282', 'd172-xs-latest-sl-c-nights-L-21402', 'd172-xs-latest-sl-c-nights-O-20614', 'd172-xs-latest-sl-c-nights-Y-22122', 'd172-xs-neu-cm-c-guests-O-20515', 'd172-xs-neu-cm-c-guests-O-21635', 'd172-xs-neu-cm-c-guests-Y-21995', 'd172-xs-neu-cm-c-nights-L-20154', 'd172-xs-neu-cm-c-nights-Y-20874', 'd172-xs-neu-cm-c-nights-Y-21994', 'd172-xs-neu-cm-u-guests-L-20157', 'd172-xs-neu-cm-u-guests-L-21277', 'd172-xs-neu-cm-u-guests-O-20517', 'd172-xs-neu-cm-u-guests-Y-21997', 'd172-xs-neu-cm-u-nights-Y-21996', 'd172-xs-neu-pp-c-guests-Y-20879', 'd172-xs-neu-pp-c-guests-Y-21999', 'd172-xs-neu-pp-c-nights-Y-21998', 'd172-xs-neu-sc-c-guests-L-20151', 'd172-xs-neu-sc-c-guests-L-21271', 'd172-xs-neu-sc-c-guests-O-20511', 'd172-xs-neu-sc-c-guests-Y-21991', 'd172-xs-neu-sc-c-nights-Y-20870', 'd172-xs-neu-sc-c-nights-Y-21990', 'd172-xs-neu-sc-u-guests-O-20513', 'd172-xs-neu-sc-u-nights-Y-20872', 'd172-xs-neu-sl-c-guests-O-21639', 'd172-xs-neu-sl-c-guests-Y-20883', 'd172-xs-neu-sl-c-nights-L-21282', 'd172-xs-neu-sl-c-nights-O-21638', 'd172-xs-neu-sl-c-nights-Y-20882', 'd172-xs-neu-sl-u-guests-Y-20885', 'd172-xs-new-cm-c-guests-L-21075', 'd172-xs-new-cm-c-guests-Y-20675', 'd172-xs-new-cm-c-nights-L-19954', 'd172-xs-new-cm-u-guests-L-19957', 'd172-xs-new-pp-c-guests-L-19959', 'd172-xs-new-pp-c-guests-L-21079', 'd172-xs-new-pp-c-nights-Y-20678', 'd172-xs-new-sc-c-guests-L-21071', 'd172-xs-new-sc-c-guests-O-20351', 'd172-xs-new-sc-c-guests-O-21471', 'd172-xs-new-sc-c-guests-Y-20671', 'd172-xs-new-sc-c-guests-Y-21791', 'd172-xs-new-sc-c-nights-L-21070', 'd172-xs-new-sc-c-nights-O-21470', 'd172-xs-new-sl-c-guests-O-21479', 'd172-xs-new-sl-c-nights-O-21478', 'd172-xs-new-sl-c-nights-Y-20682', 'd172-xs-new-sl-u-guests-O-20361', 'd172-xs-nouveau-cm-c-guests-L-20215', 'd172-xs-nouveau-cm-c-guests-L-21335', 'd172-xs-nouveau-cm-c-guests-O-21683', 'd172-xs-nouveau-cm-c-guests-Y-20935', 'd172-xs-nouveau-cm-c-guests-Y-22055', 'd172-xs-nouveau-cm-c-nights-L-20214', 'd172-xs-nouveau-cm-c-nights-O-21682', 'd172-xs-nouveau-cm-u-guests-L-20217', 'd172-xs-nouveau-pp-c-guests-Y-22059', 'd172-xs-nouveau-pp-c-nights-L-21338', 'd172-xs-nouveau-pp-c-nights-Y-20938', 'd172-xs-nouveau-pp-u-guests-Y-20941', 'd172-xs-nouveau-sc-c-guests-O-20559', 'd172-xs-nouveau-sc-c-nights-L-21330', 'd172-xs-nouveau-sc-c-nights-O-20558', 'd172-xs-nouveau-sc-c-nights-Y-20930', 'd172-xs-nouveau-sc-u-guests-L-20213', 'd172-xs-nouveau-sl-c-guests-L-21343', 'd172-xs-nouveau-sl-c-nights-L-20222', 'd172-xs-nouveau-sl-c-nights-O-20566', 'd172-xs-nouveau-sl-c-nights-O-21686', 'd172-xs-nouveau-sl-c-nights-Y-20942', 'd172-xs-nouveau-sl-u-guests-O-21689', 'd172-xs-now-cm-c-guests-Y-21815', 'd172-xs-now-cm-c-nights-L-19974', 'd172-xs-now-cm-c-nights-O-21490', 'd172-xs-now-pp-c-guests-Y-21819', 'd172-xs-now-pp-c-nights-Y-21818', 'd172-xs-now-sc-c-guests-L-19971', 'd172-xs-now-sc-c-guests-L-21091', 'd172-xs-now-sc-c-guests-O-21487', 'd172-xs-now-sc-c-nights-O-20366', 'd172-xs-now-sc-c-nights-O-21486', 'd172-xs-now-sc-c-nights-Y-21810', 'd172-xs-now-sc-u-guests-O-21489', 'd172-xs-now-sl-c-guests-O-20375', 'd172-xs-now-sl-c-guests-O-21495', 'd172-xs-now-sl-c-guests-Y-20703', 'd172-xs-now-sl-c-nights-L-19982', 'd172-xs-now-sl-c-nights-L-21102', 'd172-xs-now-sl-c-nights-Y-20702', 'd172-xs-now-sl-c-nights-Y-21822', 'd172-xs-nuevo-cm-c-guests-O-21699', 'd172-xs-nuevo-cm-c-guests-Y-22075', 'd172-xs-nuevo-cm-c-nights-L-20234', 'd172-xs-nuevo-cm-c-nights-Y-20954', 'd172-xs-nuevo-cm-c-nights-Y-22074', 'd172-xs-nuevo-cm-u-guests-Y-20957', 'd172-xs-nuevo-cm-u-nights-O-20580', 'd172-xs-nuevo-pp-c-guests-Y-20959', 'd172-xs-nuevo-pp-c-nights-Y-20958', 'd172-xs-nuevo-pp-u-guests-Y-20961', 'd172-xs-nuevo-sc-c-guests-O-20575', 'd172-xs-nuevo-sc-c-guests-O-21695', 'd172-xs-nuevo-sc-c-guests-Y-20951', 'd172-xs-nuevo-sc-c-nights-L-21350', 'd172-xs-nuevo-sc-u-nights-Y-22072', 'd172-xs-nuevo-sl-c-guests-L-20243', 'd172-xs-nuevo-sl-c-guests-L-21363', 'd172-xs-nuevo-sl-c-guests-Y-22083', 'd172-xs-nuevo-sl-c-nights-L-21362', 'd172-xs-nuevo-sl-c-nights-O-20582', 'd172-xs-nuevo-sl-c-nights-Y-20962', 'd172-xs-nuevo-sl-u-guests-L-20245', 'd172-xs-ny-cm-c-guests-O-20531', 'd172-xs-ny-cm-c-guests-Y-20895', 'd172-xs-ny-cm-c-nights-O-20530', 'd172-xs-ny-cm-c-nights-O-21650', 'd172-xs-ny-cm-c-nights-Y-20894', 'd172-xs-ny-cm-u-guests-Y-20897', 'd172-xs-ny-cm-u-guests-Y-22017', 'd172-xs-ny-pp-c-guests-L-20179', 'd172-xs-ny-pp-c-guests-Y-22019', 'd172-xs-ny-sc-c-guests-O-20527', 'd172-xs-ny-sc-c-nights-L-20170', 'd172-xs-ny-sc-c-nights-L-21290', 'd172-xs-ny-sc-c-nights-O-20526', 'd172-xs-ny-sc-c-nights-Y-22010', 'd172-xs-ny-sc-u-guests-O-20529', 'd172-xs-ny-sc-u-nights-Y-22012', 'd172-xs-ny-sl-c-guests-L-20183', 'd172-xs-ny-sl-c-guests-O-20535', 'd172-xs-ny-sl-c-nights-O-20534', 'd172-xs-ny-sl-c-nights-O-21654', 'd172-xs-ny-sl-c-nights-Y-20902', 'd172-xs-ny-sl-c-nights-Y-22022', 'd172-xs-nytt-cm-c-guests-L-20195', 'd172-xs-nytt-cm-c-guests-O-20547', 'd172-xs-nytt-cm-c-nights-L-20194', 'd172-xs-nytt-cm-c-nights-O-20546', 'd172-xs-nytt-cm-c-nights-Y-20914', 'd172-xs-nytt-cm-c-nights-Y-22034', 'd172-xs-nytt-pp-c-guests-L-21319', 'd172-xs-nytt-pp-c-guests-Y-22039', 'd172-xs-nytt-pp-c-nights-L-21318', 'd172-xs-nytt-pp-c-nights-Y-20918', 'd172-xs-nytt-pp-c-nights-Y-22038', 'd172-xs-nytt-pp-u-guests-L-20201', 'd172-xs-nytt-pp-u-guests-Y-20921', 'd172-xs-nytt-sc-c-guests-O-20543', 'd172-xs-nytt-sc-c-guests-Y-20911', 'd172-xs-nytt-sc-c-nights-L-21310', 'd172-xs-nytt-sc-c-nights-Y-22030', 'd172-xs-nytt-sc-u-guests-Y-20913', 'd172-xs-nytt-sl-c-guests-L-21323', 'd172-xs-nytt-sl-c-guests-O-20551', 'd172-xs-nytt-sl-c-guests-Y-22043', 'd172-xs-nytt-sl-c-nights-L-21322', 'd172-xs-nytt-sl-c-nights-Y-22042', 'd172-xs-nytt-sl-u-guests-Y-22045', 'd172-xs-should_be-cm-c-guests-L-20335', 'd172-xs-should_be-cm-c-guests-L-21455', 'd172-xs-should_be-cm-c-guests-Y-22175', 'd172-xs-should_be-cm-c-nights-L-20334', 'd172-xs-should_be-cm-c-nights-L-21454', 'd172-xs-should_be-cm-c-nights-Y-22174', 'd172-xs-should_be-cm-u-guests-L-21457', 'd172-xs-should_be-pp-c-guests-Y-22179', 'd172-xs-should_be-pp-c-nights-Y-22178', 'd172-xs-should_be-pp-u-guests-L-20341', 'd172-xs-should_be-pp-u-guests-L-21461', 'd172-xs-should_be-pp-u-guests-Y-21061', 'd172-xs-should_be-pp-u-nights-Y-22180', 'd172-xs-should_be-sc-c-guests-L-20331', 'd172-xs-should_be-sc-c-guests-O-20655', 'd172-xs-should_be-sc-c-guests-Y-21051', 'd172-xs-should_be-sc-c-guests-Y-22171', 'd172-xs-should_be-sc-c-nights-L-20330', 'd172-xs-should_be-sc-c-nights-Y-22170', 'd172-xs-should_be-sc-u-guests-O-21777', 'd172-xs-should_be-sl-c-guests-Y-21063', 'd172-xs-should_be-sl-c-nights-L-20342', 'd172-xs-should_be-sl-c-nights-L-21462', 'd172-xs-should_be-sl-c-nights-O-21782', 'd172-xs-should_be-sl-u-nights-L-20344', 'd172-xs-should_be-sl-u-nights-O-20664', 'd172-xs-should_be-sl-u-nights-O-21784', 'd172-xv-actual-cm-c-guests-Y-21835', 'd172-xv-actual-cm-c-nights-L-19994', 'd172-xv-actual-pp-c-guests-Y-20719', 'd172-xv-actual-pp-c-guests-Y-21839', 'd172-xv-actual-pp-u-guests-L-20001', 'd172-xv-actual-pp-u-guests-L-21121', 'd172-xv-actual-sc-c-nights-L-21110', 'd172-xv-actual-sc-c-nights-O-20382', 'd172-xv-actual-sc-c-nights-O-21502', 'd172-xv-actual-sc-c-nights-Y-20710', 'd172-xv-actual-sc-u-guests-L-21113', 'd172-xv-actual-sl-c-guests-L-20003', 'd172-xv-actual-sl-c-guests-O-20391', 'd172-xv-actual-sl-c-guests-O-21511', 'd172-xv-actual-sl-c-guests-Y-21843', 'd172-xv-actual-sl-c-nights-L-20002', 'd172-xv-actual-sl-c-nights-L-21122', 'd172-xv-actual-sl-c-nights-O-20390', 'd172-xv-actual-sl-c-nights-Y-20722', 'd172-xv-actual-sl-c-nights-Y-21842', 'd172-xv-actual-sl-u-nights-Y-21844', 'd172-xv-confirmed-cm-c-guests-L-20295', 'd172-xv-confirmed-cm-c-guests-O-20627', 'd172-xv-confirmed-cm-c-nights-L-21414', 'd172-xv-confirmed-cm-c-nights-O-21746', 'd172-xv-confirmed-cm-c-nights-Y-21014', 'd172-xv-confirmed-cm-c-nights-Y-22134', 'd172-xv-confirmed-cm-u-guests-L-21417', 'd172-xv-confirmed-cm-u-nights-O-21748', 'd172-xv-confirmed-cm-u-nights-Y-22136', 'd172-xv-confirmed-pp-c-guests-L-20299', 'd172-xv-confirmed-pp-c-guests-Y-22139', 'd172-xv-confirmed-pp-c-nights-L-20298', 'd172-xv-confirmed-pp-c-nights-L-21418', 'd172-xv-confirmed-sc-c-guests-L-20291', 'd172-xv-confirmed-sc-c-guests-O-20623', 'd172-xv-confirmed-sc-c-guests-Y-21011', 'd172-xv-confirmed-sc-c-nights-L-20290', 'd172-xv-confirmed-sc-c-nights-O-20622', 'd172-xv-confirmed-sc-c-nights-Y-22130', 'd172-xv-confirmed-sc-u-guests-O-20625', 'd172-xv-confirmed-sl-c-guests-L-21423', 'd172-xv-confirmed-sl-c-guests-O-20631', 'd172-xv-confirmed-sl-c-guests-Y-22143', 'd172-xv-confirmed-sl-c-nights-L-20302', 'd172-xv-confirmed-sl-c-nights-L-21422', 'd172-xv-confirmed-sl-c-nights-Y-21022', 'd172-xv-confirmed-sl-u-guests-L-21425', 'd172-xv-confirmed-sl-u-guests-O-20633', 'd172-xv-correct-cm-c-guests-L-20055', 'd172-xv-correct-cm-u-guests-L-20057', 'd172-xv-correct-cm-u-guests-O-21557', 'd172-xv-correct-pp-c-guests-L-21179', 'd172-xv-correct-pp-c-nights-Y-20778', 'd172-xv-correct-pp-c-nights-Y-21898', 'd172-xv-correct-pp-u-guests-L-20061', 'd172-xv-correct-sc-c-guests-O-21551', 'd172-xv-correct-sc-c-nights-L-20050', 'd172-xv-correct-sc-c-nights-L-21170', 'd172-xv-correct-sc-c-nights-O-21550', 'd172-xv-correct-sc-c-nights-Y-21890', 'd172-xv-correct-sc-u-guests-L-21173', 'd172-xv-correct-sc-u-guests-Y-21893', 'd172-xv-correct-sl-c-guests-Y-21903', 'd172-xv-correct-sl-c-nights-L-21182', 'd172-xv-correct-sl-c-nights-O-20438', 'd172-xv-correct-sl-c-nights-Y-20782', 'd172-xv-correct-sl-c-nights-Y-21902', 'd172-xv-current-cm-c-guests-L-21375', 'd172-xv-current-cm-c-guests-O-20595', 'd172-xv-current-cm-c-guests-Y-20975', 'd172-xv-current-cm-c-nights-L-20254', 'd172-xv-current-cm-c-nights-L-21374', 'd172-xv-current-cm-c-nights-O-21714', 'd172-xv-current-cm-u-nights-L-21376', 'd172-xv-current-pp-c-guests-L-20259', 'd172-xv-current-pp-c-guests-Y-22099', 'd172-xv-current-pp-c-nights-Y-20978', 'd172-xv-current-pp-c-nights-Y-22098', 'd172-xv-current-pp-u-nights-L-21380', 'd172-xv-current-pp-u-nights-Y-22100', 'd172-xv-current-sc-c-guests-L-20251', 'd172-xv-current-sc-c-nights-L-20250', 'd172-xv-current-sc-c-nights-L-21370', 'd172-xv-current-sc-c-nights-Y-20970', 'd172-xv-current-sc-c-nights-Y-22090', 'd172-xv-current-sc-u-guests-L-21373', 'd172-xv-current-sc-u-guests-Y-22093', 'd172-xv-current-sl-c-guests-L-21383', 'd172-xv-current-sl-c-guests-O-20599', 'd172-xv-current-sl-c-nights-Y-22102', 'd172-xv-final-cm-c-guests-L-20075', 'd172-xv-final-cm-c-guests-O-20451', 'd172-xv-final-cm-c-guests-O-21571', 'd172-xv-final-cm-c-guests-Y-20795', 'd172-xv-final-cm-c-nights-L-21194', 'd172-xv-final-cm-c-nights-Y-21914', 'd172-xv-final-cm-u-guests-O-21573', 'd172-xv-final-cm-u-nights-L-21196', 'd172-xv-final-pp-c-guests-L-20079', 'd172-xv-final-pp-c-guests-L-21199', 'd172-xv-final-pp-c-guests-Y-21919', 'd172-xv-final-pp-c-nights-L-20078', 'd172-xv-final-pp-c-nights-L-21198', 'd172-xv-final-pp-u-guests-L-20081', 'd172-xv-final-pp-u-guests-Y-21921', 'd172-xv-final-sc-c-guests-L-21191', 'd172-xv-final-sc-c-guests-O-20447', 'd172-xv-final-sc-c-guests-O-21567', 'd172-xv-final-sc-c-guests-Y-20791', 'd172-xv-final-sc-c-nights-Y-21910', 'd172-xv-final-sc-u-guests-L-20073', 'd172-xv-final-sc-u-guests-O-20449', 'd172-xv-final-sl-c-guests-L-20083', 'd172-xv-final-sl-c-guests-L-21203', 'd172-xv-final-sl-u-guests-L-20085', 'd172-xv-final-sl-u-guests-O-20457', 'd172-xv-latest-cm-c-guests-Y-22115', 'd172-xv-latest-cm-c-nights-L-20274', 'd172-xv-latest-cm-c-nights-L-21394', 'd172-xv-latest-cm-c-nights-Y-20994', 'd172-xv-latest-cm-c-nights-Y-22114', 'd172-xv-latest-cm-u-guests-L-21397', 'd172-xv-latest-pp-c-guests-L-20279', 'd172-xv-latest-pp-c-guests-Y-22119', 'd172-xv-latest-pp-c-nights-L-20278', 'd172-xv-latest-pp-c-nights-Y-20998', 'd172-xv-latest-pp-c-nights-Y-22118', 'd172-xv-latest-sc-c-guests-L-21391', 'd172-xv-latest-sc-c-guests-O-20607', 'd172-xv-latest-sc-c-nights-O-21726', 'd172-xv-latest-sc-c-nights-Y-20990', 'd172-xv-latest-sc-u-guests-L-21393', 'd172-xv-latest-sl-c-nights-L-20282', 'd172-xv-latest-sl-c-nights-L-21402', 'd172-xv-latest-sl-c-nights-O-20614', 'd172-xv-latest-sl-c-nights-Y-22122', 'd172-xv-neu-cm-c-guests-O-20515', 'd172-xv-neu-cm-c-guests-O-21635', 'd172-xv-neu-cm-c-guests-Y-21995', 'd172-xv-neu-cm-c-nights-L-20154', 'd172-xv-neu-cm-c-nights-Y-20874', 'd172-xv-neu-cm-c-nights-Y-21994', 'd172-xv-neu-cm-u-guests-L-20157', 'd172-xv-neu-cm-u-guests-L-21277', 'd172-xv-neu-cm-u-guests-O-20517', 'd172-xv-neu-cm-u-guests-Y-21997', 'd172-xv-neu-cm-u-nights-Y-21996', 'd172-xv-neu-pp-c-guests-Y-20879', 'd172-xv-neu-pp-c-guests-Y-21999', 'd172-xv-neu-pp-c-nights-Y-21998', 'd172-xv-neu-sc-c-guests-L-20151', 'd172-xv-neu-sc-c-guests-L-21271', 'd172-xv-neu-sc-c-guests-O-20511', 'd172-xv-neu-sc-c-guests-Y-21991', 'd172-xv-neu-sc-c-nights-Y-20870', 'd172-xv-neu-sc-c-nights-Y-21990', 'd172-xv-neu-sc-u-guests-O-20513', 'd172-xv-neu-sc-u-nights-Y-20872', 'd172-xv-neu-sl-c-guests-O-21639', 'd172-xv-neu-sl-c-guests-Y-20883', 'd172-xv-neu-sl-c-nights-L-21282', 'd172-xv-neu-sl-c-nights-O-21638', 'd172-xv-neu-sl-c-nights-Y-20882', 'd172-xv-neu-sl-u-guests-Y-20885', 'd172-xv-new-cm-c-guests-L-21075', 'd172-xv-new-cm-c-guests-Y-20675', 'd172-xv-new-cm-c-nights-L-19954', 'd172-xv-new-cm-u-guests-L-19957', 'd172-xv-new-pp-c-guests-L-19959', 'd172-xv-new-pp-c-guests-L-21079', 'd172-xv-new-pp-c-nights-Y-20678', 'd172-xv-new-sc-c-guests-L-21071', 'd172-xv-new-sc-c-guests-O-20351', 'd172-xv-new-sc-c-guests-O-21471', 'd172-xv-new-sc-c-guests-Y-20671', 'd172-xv-new-sc-c-guests-Y-21791', 'd172-xv-new-sc-c-nights-L-21070', 'd172-xv-new-sc-c-nights-O-21470', 'd172-xv-new-sl-c-guests-O-21479', 'd172-xv-new-sl-c-nights-O-21478', 'd172-xv-new-sl-c-nights-Y-20682', 'd172-xv-new-sl-u-guests-O-20361', 'd172-xv-nouveau-cm-c-guests-L-20215', 'd172-xv-nouveau-cm-c-guests-L-21335', 'd172-xv-nouveau-cm-c-guests-O-21683', 'd172-xv-nouveau-cm-c-guests-Y-20935', 'd172-xv-nouveau-cm-c-guests-Y-22055', 'd172-xv-nouveau-cm-c-nights-L-20214', 'd172-xv-nouveau-cm-c-nights-O-21682', 'd172-xv-nouveau-cm-u-guests-L-20217', 'd172-xv-nouveau-pp-c-guests-Y-22059', 'd172-xv-nouveau-pp-c-nights-L-21338', 'd172-xv-nouveau-pp-c-nights-Y-20938', 'd172-xv-nouveau-pp-u-guests-Y-20941', 'd172-xv-nouveau-sc-c-guests-O-20559', 'd172-xv-nouveau-sc-c-nights-L-21330', 'd172-xv-nouveau-sc-c-nights-O-20558', 'd172-xv-nouveau-sc-c-nights-Y-20930', 'd172-xv-nouveau-sc-u-guests-L-20213', 'd172-xv-nouveau-sl-c-guests-L-21343', 'd172-xv-nouveau-sl-c-nights-L-20222', 'd172-xv-nouveau-sl-c-nights-O-20566', 'd172-xv-nouveau-sl-c-nights-O-21686', 'd172-xv-nouveau-sl-c-nights-Y-20942', 'd172-xv-nouveau-sl-u-guests-O-21689', 'd172-xv-now-cm-c-guests-Y-21815', 'd172-xv-now-cm-c-nights-L-19974', 'd172-xv-now-cm-c-nights-O-21490', 'd172-xv-now-pp-c-guests-Y-21819', 'd172-xv-now-pp-c-nights-Y-21818', 'd172-xv-now-sc-c-guests-L-19971', 'd172-xv-now-sc-c-guests-L-21091', 'd172-xv-now-sc-c-guests-O-21487', 'd172-xv-now-sc-c-nights-O-20366', 'd172-xv-now-sc-c-nights-O-21486', 'd172-xv-now-sc-c-nights-Y-21810', 'd172-xv-now-sc-u-guests-O-21489', 'd172-xv-now-sl-c-guests-O-20375', 'd172-xv-now-sl-c-guests-O-21495', 'd172-xv-now-sl-c-guests-Y-20703', 'd172-xv-now-sl-c-nights-L-19982', 'd172-xv-now-sl-c-nights-L-21102', 'd172-xv-now-sl-c-nights-Y-20702', 'd172-xv-now-sl-c-nights-Y-21822', 'd172-xv-nuevo-cm-c-guests-O-21699', 'd172-xv-nuevo-cm-c-guests-Y-22075', 'd172-xv-nuevo-cm-c-nights-L-20234', 'd172-xv-nuevo-cm-c-nights-Y-20954', 'd172-xv-nuevo-cm-c-nights-Y-22074', 'd172-xv-nuevo-cm-u-guests-Y-20957', 'd172-xv-nuevo-cm-u-nights-O-20580', 'd172-xv-nuevo-pp-c-guests-Y-20959', 'd172-xv-nuevo-pp-c-nights-Y-20958', 'd172-xv-nuevo-pp-u-guests-Y-20961', 'd172-xv-nuevo-sc-c-guests-O-20575', 'd172-xv-nuevo-sc-c-guests-O-21695', 'd172-xv-nuevo-sc-c-guests-Y-20951', 'd172-xv-nuevo-sc-c-nights-L-21350', 'd172-xv-nuevo-sc-u-nights-Y-22072', 'd172-xv-nuevo-sl-c-guests-L-20243', 'd172-xv-nuevo-sl-c-guests-L-21363', 'd172-xv-nuevo-sl-c-guests-Y-22083', 'd172-xv-nuevo-sl-c-nights-L-21362', 'd172-xv-nuevo-sl-c-nights-O-20582', 'd172-xv-nuevo-sl-c-nights-Y-20962', 'd172-xv-nuevo-sl-u-guests-L-20245', 'd172-xv-ny-cm-c-guests-O-20531', 'd172-xv-ny-cm-c-guests-Y-20895', 'd172-xv-ny-cm-c-nights-O-20530', 'd172-xv-ny-cm-c-nights-O-21650', 'd172-xv-ny-cm-c-nights-Y-20894', 'd172-xv-ny-cm-u-guests-Y-20897', 'd172-xv-ny-cm-u-guests-Y-22017', 'd172-xv-ny-pp-c-guests-L-20179', 'd172-xv-ny-pp-c-guests-Y-22019', 'd172-xv-ny-sc-c-guests-O-20527', 'd172-xv-ny-sc-c-nights-L-20170', 'd172-xv-ny-sc-c-nights-L-21290', 'd172-xv-ny-sc-c-nights-O-20526', 'd172-xv-ny-sc-c-nights-Y-22010', 'd172-xv-ny-sc-u-guests-O-20529', 'd172-xv-ny-sc-u-nights-Y-22012', 'd172-xv-ny-sl-c-guests-L-20183', 'd172-xv-ny-sl-c-guests-O-20535', 'd172-xv-ny-sl-c-nights-O-20534', 'd172-xv-ny-sl-c-nights-O-21654', 'd172-xv-ny-sl-c-nights-Y-20902', 'd172-xv-ny-sl-c-nights-Y-22022', 'd172-xv-nytt-cm-c-guests-L-20195', 'd172-xv-nytt-cm-c-guests-O-20547', 'd172-xv-nytt-cm-c-nights-L-20194', 'd172-xv-nytt-cm-c-nights-O-20546', 'd172-xv-nytt-cm-c-nights-Y-20914', 'd172-xv-nytt-cm-c-nights-Y-22034', 'd172-xv-nytt-pp-c-guests-L-21319', 'd172-xv-nytt-pp-c-guests-Y-22039', 'd172-xv-nytt-pp-c-nights-L-21318', 'd172-xv-nytt-pp-c-nights-Y-20918', 'd172-xv-nytt-pp-c-nights-Y-22038', 'd172-xv-nytt-pp-u-guests-L-20201', 'd172-xv-nytt-pp-u-guests-Y-20921', 'd172-xv-nytt-sc-c-guests-O-20543', 'd172-xv-nytt-sc-c-guests-Y-20911', 'd172-xv-nytt-sc-c-nights-L-21310', 'd172-xv-nytt-sc-c-nights-Y-22030', 'd172-xv-nytt-sc-u-guests-Y-20913', 'd172-xv-nytt-sl-c-guests-L-21323', 'd172-xv-nytt-sl-c-guests-O-20551', 'd172-xv-nytt-sl-c-guests-Y-22043', 'd172-xv-nytt-sl-c-nights-L-21322', 'd172-xv-nytt-sl-c-nights-Y-22042', 'd172-xv-nytt-sl-u-guests-Y-22045', 'd172-xv-should_be-cm-c-guests-L-20335', 'd172-xv-should_be-cm-c-guests-L-21455', 'd172-xv-should_be-cm-c-guests-Y-22175', 'd172-xv-should_be-cm-c-nights-L-20334', 'd172-xv-should_be-cm-c-nights-L-21454', 'd172-xv-should_be-cm-c-nights-Y-22174', 'd172-xv-should_be-cm-u-guests-L-21457', 'd172-xv-should_be-pp-c-guests-Y-22179', 'd172-xv-should_be-pp-c-nights-Y-22178', 'd172-xv-should_be-pp-u-guests-L-20341', 'd172-xv-should_be-pp-u-guests-L-21461', 'd172-xv-should_be-pp-u-guests-Y-21061', 'd172-xv-should_be-pp-u-nights-Y-22180', 'd172-xv-should_be-sc-c-guests-L-20331', 'd172-xv-should_be-sc-c-guests-O-20655', 'd172-xv-should_be-sc-c-guests-Y-21051', 'd172-xv-should_be-sc-c-guests-Y-22171', 'd172-xv-should_be-sc-c-nights-L-20330', 'd172-xv-should_be-sc-c-nights-Y-22170', 'd172-xv-should_be-sc-u-guests-O-21777', 'd172-xv-should_be-sl-c-guests-Y-21063', 'd172-xv-should_be-sl-c-nights-L-20342', 'd172-xv-should_be-sl-c-nights-L-21462', 'd172-xv-should_be-sl-c-nights-O-21782', 'd172-xv-should_be-sl-u-nights-L-20344', 'd172-xv-should_be-sl-u-nights-O-20664', 'd172-xv-should_be-sl-u-nights-O-21784', 'd172-ys-actual-cm-shipment-boxes-L-22516', 'd172-ys-actual-cm-shipment-boxes-L-23812', 'd172-ys-actual-cm-shipment-boxes-Y-24028', 'd172-ys-actual-cm-shipment-pallets-L-22517', 'd172-ys-actual-cm-shipment-pallets-L-23813', 'd172-ys-actual-cm-shipment-pallets-Y-22733', 'd172-ys-actual-cm-stay-nights-L-22841', 'd172-ys-actual-cm-stay-nights-L-24137', 'd172-ys-actual-cm-stay-rooms-L-22840', 'd172-ys-actual-cm-stay-rooms-L-24136', 'd172-ys-actual-cm-tickets-adult_tickets-L-23164', 'd172-ys-actual-cm-tickets-adult_tickets-L-24460', 'd172-ys-actual-cm-tickets-child_tickets-L-23165', 'd172-ys-actual-cm-tickets-child_tickets-L-24461', 'd172-ys-actual-sc-shipment-boxes-L-22514', 'd172-ys-actual-sc-shipment-boxes-L-23810', 'd172-ys-actual-sc-shipment-boxes-Y-22730', 'd172-ys-actual-sc-shipment-boxes-Y-24026', 'd172-ys-actual-sc-shipment-pallets-L-22515', 'd172-ys-actual-sc-shipment-pallets-L-23811', 'd172-ys-actual-sc-shipment-pallets-Y-22731', 'd172-ys-actual-sc-shipment-pallets-Y-24027', 'd172-ys-actual-sc-stay-nights-L-22839', 'd172-ys-actual-sc-stay-nights-L-24135', 'd172-ys-actual-sc-stay-rooms-L-22838', 'd172-ys-actual-sc-stay-rooms-L-24134', 'd172-ys-actual-sc-tickets-adult_tickets-L-23162', 'd172-ys-actual-sc-tickets-adult_tickets-L-24458', 'd172-ys-actual-sc-tickets-child_tickets-L-23163', 'd172-ys-actual-sc-tickets-child_tickets-L-24459', 'd172-ys-actual-sl-shipment-boxes-L-22518', 'd172-ys-actual-sl-shipment-boxes-L-23814', 'd172-ys-actual-sl-shipment-boxes-Y-22734', 'd172-ys-actual-sl-shipment-boxes-Y-24030', 'd172-ys-actual-sl-shipment-pallets-L-22519', 'd172-ys-actual-sl-shipment-pallets-L-23815', 'd172-ys-actual-sl-shipment-pallets-Y-22735', 'd172-ys-actual-sl-shipment-pallets-Y-24031', 'd172-ys-actual-sl-stay-nights-L-22843', 'd172-ys-actual-sl-stay-nights-L-24139', 'd172-ys-actual-sl-stay-nights-Y-23059', 'd172-ys-actual-sl-stay-rooms-L-22842', 'd172-ys-actual-sl-stay-rooms-L-24138', 'd172-ys-actual-sl-tickets-adult_tickets-L-23166', 'd172-ys-actual-sl-tickets-adult_tickets-L-24462', 'd172-ys-actual-sl-tickets-child_tickets-L-23167', 'd172-ys-actual-sl-tickets-child_tickets-L-24463', 'd172-ys-aktuell-cm-shipment-boxes-L-22618', 'd172-ys-aktuell-cm-shipment-boxes-L-23914', 'd172-ys-aktuell-cm-shipment-boxes-Y-22834', 'd172-ys-aktuell-cm-shipment-boxes-Y-24130', 'd172-ys-aktuell-cm-shipment-pallets-L-22619', 'd172-ys-aktuell-cm-shipment-pallets-L-23915', 'd172-ys-aktuell-cm-shipment-pallets-Y-22835', 'd172-ys-aktuell-cm-shipment-pallets-Y-24131', 'd172-ys-aktuell-cm-stay-nights-L-22943', 'd172-ys-aktuell-cm-stay-nights-L-24239', 'd172-ys-aktuell-cm-stay-nights-Y-24455', 'd172-ys-aktuell-cm-stay-rooms-L-22942', 'd172-ys-aktuell-cm-stay-rooms-L-24238', 'd172-ys-aktuell-cm-stay-rooms-Y-24454', 'd172-ys-aktuell-cm-tickets-adult_tickets-L-23266', 'd172-ys-aktuell-cm-tickets-adult_tickets-L-24562', 'd172-ys-aktuell-cm-tickets-child_tickets-L-23267', 'd172-ys-aktuell-cm-tickets-child_tickets-L-24563', 'd172-ys-aktuell-sc-shipment-boxes-L-22616', 'd172-ys-aktuell-sc-shipment-boxes-L-23912', 'd172-ys-aktuell-sc-shipment-boxes-Y-22832', 'd172-ys-aktuell-sc-shipment-boxes-Y-24128', 'd172-ys-aktuell-sc-shipment-pallets-L-22617', 'd172-ys-aktuell-sc-shipment-pallets-L-23913', 'd172-ys-aktuell-sc-shipment-pallets-Y-22833', 'd172-ys-aktuell-sc-shipment-pallets-Y-24129', 'd172-ys-aktuell-sc-stay-nights-L-22941', 'd172-ys-aktuell-sc-stay-nights-L-24237', 'd172-ys-aktuell-sc-stay-nights-Y-23157', 'd172-ys-aktuell-sc-stay-nights-Y-24453', 'd172-ys-aktuell-sc-stay-rooms-L-22940', 'd172-ys-aktuell-sc-stay-rooms-L-24236', 'd172-ys-aktuell-sc-stay-rooms-Y-24452', 'd172-ys-aktuell-sc-tickets-adult_tickets-L-23264', 'd172-ys-aktuell-sc-tickets-adult_tickets-L-24560', 'd172-ys-aktuell-sc-tickets-child_tickets-L-23265', 'd172-ys-aktuell-sc-tickets-child_tickets-L-24561', 'd172-ys-aktuell-sl-shipment-boxes-L-22620', 'd172-ys-aktuell-sl-shipment-boxes-L-23916', 'd172-ys-aktuell-sl-shipment-boxes-Y-22836', 'd172-ys-aktuell-sl-shipment-boxes-Y-24132', 'd172-ys-aktuell-sl-shipment-pallets-L-22621', 'd172-ys-aktuell-sl-shipment-pallets-L-23917', 'd172-ys-aktuell-sl-shipment-pallets-Y-22837', 'd172-ys-aktuell-sl-shipment-pallets-Y-24133', 'd172-ys-aktuell-sl-stay-nights-L-22945', 'd172-ys-aktuell-sl-stay-nights-L-24241', 'd172-ys-aktuell-sl-stay-nights-Y-23161', 'd172-ys-aktuell-sl-stay-nights-Y-24457', 'd172-ys-aktuell-sl-stay-rooms-L-22944', 'd172-ys-aktuell-sl-stay-rooms-L-24240', 'd172-ys-aktuell-sl-stay-rooms-Y-23160', 'd172-ys-aktuell-sl-stay-rooms-Y-24456', 'd172-ys-aktuell-sl-tickets-adult_tickets-L-23268', 'd172-ys-aktuell-sl-tickets-adult_tickets-L-24564', 'd172-ys-aktuell-sl-tickets-child_tickets-L-23269', 'd172-ys-aktuell-sl-tickets-child_tickets-L-24565', 'd172-ys-confirmed-cm-shipment-boxes-L-22564', 'd172-ys-confirmed-cm-shipment-boxes-L-23860', 'd172-ys-confirmed-cm-shipment-boxes-Y-22780', 'd172-ys-confirmed-cm-shipment-boxes-Y-24076', 'd172-ys-confirmed-cm-shipment-pallets-L-22565', 'd172-ys-confirmed-cm-shipment-pallets-L-23861', 'd172-ys-confirmed-cm-shipment-pallets-Y-22781', 'd172-ys-confirmed-cm-stay-nights-L-22889', 'd172-ys-confirmed-cm-stay-nights-L-24185', 'd172-ys-confirmed-cm-stay-nights-Y-23105', 'd172-ys-confirmed-cm-stay-nights-Y-24401', 'd172-ys-confirmed-cm-stay-rooms-L-22888', 'd172-ys-confirmed-cm-stay-rooms-L-24184', 'd172-ys-confirmed-cm-stay-rooms-Y-23104', 'd172-ys-confirmed-cm-tickets-adult_tickets-L-23212', 'd172-ys-confirmed-cm-tickets-adult_tickets-L-24508', 'd172-ys-confirmed-cm-tickets-child_tickets-L-23213', 'd172-ys-confirmed-cm-tickets-child_tickets-L-24509', 'd172-ys-confirmed-sc-shipment-boxes-L-22562', 'd172-ys-confirmed-sc-shipment-boxes-L-23858', 'd172-ys-confirmed-sc-shipment-boxes-Y-24074', 'd172-ys-confirmed-sc-shipment-pallets-L-22563', 'd172-ys-confirmed-sc-shipment-pallets-L-23859', 'd172-ys-confirmed-sc-shipment-pallets-Y-22779', 'd172-ys-confirmed-sc-shipment-pallets-Y-24075', 'd172-ys-confirmed-sc-stay-nights-L-22887', 'd172-ys-confirmed-sc-stay-nights-L-24183', 'd172-ys-confirmed-sc-stay-nights-Y-23103', 'd172-ys-confirmed-sc-stay-nights-Y-24399', 'd172-ys-confirmed-sc-stay-rooms-L-22886', 'd172-ys-confirmed-sc-stay-rooms-L-24182', 'd172-ys-confirmed-sc-stay-rooms-Y-23102', 'd172-ys-confirmed-sc-stay-rooms-Y-24398', 'd172-ys-confirmed-sc-tickets-adult_tickets-L-23210', 'd172-ys-confirmed-sc-tickets-adult_tickets-L-24506', 'd172-ys-confirmed-sc-tickets-child_tickets-L-23211', 'd172-ys-confirmed-sc-tickets-child_tickets-L-24507', 'd172-ys-confirmed-sl-shipment-boxes-L-22566', 'd172-ys-confirmed-sl-shipment-boxes-L-23862', 'd172-ys-confirmed-sl-shipment-boxes-Y-22782', 'd172-ys-confirmed-sl-shipment-pallets-L-22567', 'd172-ys-confirmed-sl-shipment-pallets-L-23863', 'd172-ys-confirmed-sl-shipment-pallets-Y-22783', 'd172-ys-confirmed-sl-shipment-pallets-Y-24079', 'd172-ys-confirmed-sl-stay-nights-L-22891', 'd172-ys-confirmed-sl-stay-nights-L-24187', 'd172-ys-confirmed-sl-stay-rooms-L-22890', 'd172-ys-confirmed-sl-stay-rooms-L-24186', 'd172-ys-confirmed-sl-stay-rooms-Y-24402', 'd172-ys-confirmed-sl-tickets-adult_tickets-L-23214', 'd172-ys-confirmed-sl-tickets-adult_tickets-L-24510', 'd172-ys-confirmed-sl-tickets-child_tickets-L-23215', 'd172-ys-confirmed-sl-tickets-child_tickets-L-24511', 'd172-ys-correct-cm-shipment-boxes-L-22546', 'd172-ys-correct-cm-shipment-boxes-L-23842', 'd172-ys-correct-cm-shipment-boxes-Y-22762', 'd172-ys-correct-cm-shipment-boxes-Y-24058', 'd172-ys-correct-cm-shipment-pallets-L-22547', 'd172-ys-correct-cm-shipment-pallets-L-23843', 'd172-ys-correct-cm-shipment-pallets-Y-22763', 'd172-ys-correct-cm-shipment-pallets-Y-24059', 'd172-ys-correct-cm-stay-nights-L-22871', 'd172-ys-correct-cm-stay-nights-L-24167', 'd172-ys-correct-cm-stay-rooms-L-22870', 'd172-ys-correct-cm-stay-rooms-L-24166', 'd172-ys-correct-cm-stay-rooms-Y-24382', 'd172-ys-correct-cm-tickets-adult_tickets-L-23194', 'd172-ys-correct-cm-tickets-adult_tickets-L-24490', 'd172-ys-correct-cm-tickets-child_tickets-L-23195', 'd172-ys-correct-cm-tickets-child_tickets-L-24491', 'd172-ys-correct-sc-shipment-boxes-L-22544', 'd172-ys-correct-sc-shipment-boxes-L-23840', 'd172-ys-correct-sc-shipment-boxes-Y-22760', 'd172-ys-correct-sc-shipment-boxes-Y-24056', 'd172-ys-correct-sc-shipment-pallets-L-22545', 'd172-ys-correct-sc-shipment-pallets-L-23841', 'd172-ys-correct-sc-shipment-pallets-Y-22761', 'd172-ys-correct-sc-shipment-pallets-Y-24057', 'd172-ys-correct-sc-stay-nights-L-22869', 'd172-ys-correct-sc-stay-nights-L-24165', 'd172-ys-correct-sc-stay-nights-Y-24381', 'd172-ys-correct-sc-stay-rooms-L-22868', 'd172-ys-correct-sc-stay-rooms-L-24164', 'd172-ys-correct-sc-tickets-adult_tickets-L-23192', 'd172-ys-correct-sc-tickets-adult_tickets-L-24488', 'd172-ys-correct-sc-tickets-child_tickets-L-23193', 'd172-ys-correct-sc-tickets-child_tickets-L-24489', 'd172-ys-correct-sl-shipment-boxes-L-22548', 'd172-ys-correct-sl-shipment-boxes-L-23844', 'd172-ys-correct-sl-shipment-boxes-Y-24060', 'd172-ys-correct-sl-shipment-pallets-L-22549', 'd172-ys-correct-sl-shipment-pallets-L-23845', 'd172-ys-correct-sl-shipment-pallets-Y-24061', 'd172-ys-correct-sl-stay-nights-L-22873', 'd172-ys-correct-sl-stay-nights-L-24169', 'd172-ys-correct-sl-stay-rooms-L-22872', 'd172-ys-correct-sl-stay-rooms-L-24168', 'd172-ys-correct-sl-tickets-adult_tickets-L-23196', 'd172-ys-correct-sl-tickets-adult_tickets-L-24492', 'd172-ys-correct-sl-tickets-child_tickets-L-23197', 'd172-ys-correct-sl-tickets-child_tickets-L-24493', 'd172-ys-current-cm-shipment-boxes-L-22522', 'd172-ys-current-cm-shipment-boxes-L-23818', 'd172-ys-current-cm-shipment-boxes-Y-24034', 'd172-ys-current-cm-shipment-pallets-L-22523', 'd172-ys-current-cm-shipment-pallets-L-23819', 'd172-ys-current-cm-shipment-pallets-Y-24035', 'd172-ys-current-cm-stay-nights-L-22847', 'd172-ys-current-cm-stay-nights-L-24143', 'd172-ys-current-cm-stay-rooms-L-22846', 'd172-ys-current-cm-stay-rooms-L-24142', 'd172-ys-current-cm-stay-rooms-Y-24358', 'd172-ys-current-cm-tickets-adult_tickets-L-23170', 'd172-ys-current-cm-tickets-adult_tickets-L-24466', 'd172-ys-current-cm-tickets-child_tickets-L-23171', 'd172-ys-current-cm-tickets-child_tickets-L-24467', 'd172-ys-current-sc-shipment-boxes-L-22520', 'd172-ys-current-sc-shipment-boxes-L-23816', 'd172-ys-current-sc-shipment-boxes-Y-24032', 'd172-ys-current-sc-shipment-pallets-L-22521', 'd172-ys-current-sc-shipment-pallets-L-23817', 'd172-ys-current-sc-shipment-pallets-Y-24033', 'd172-ys-current-sc-stay-nights-L-22845', 'd172-ys-current-sc-stay-nights-L-24141', 'd172-ys-current-sc-stay-rooms-L-22844', 'd172-ys-current-sc-stay-rooms-L-24140', 'd172-ys-current-sc-tickets-adult_tickets-L-23168', 'd172-ys-current-sc-tickets-adult_tickets-L-24464', 'd172-ys-current-sc-tickets-child_tickets-L-23169', 'd172-ys-current-sc-tickets-child_tickets-L-24465', 'd172-ys-current-sl-shipment-boxes-L-22524', 'd172-ys-current-sl-shipment-boxes-L-23820', 'd172-ys-current-sl-shipment-boxes-Y-22740', 'd172-ys-current-sl-shipment-boxes-Y-24036', 'd172-ys-current-sl-shipment-pallets-L-22525', 'd172-ys-current-sl-shipment-pallets-L-23821', 'd172-ys-current-sl-shipment-pallets-Y-22741', 'd172-ys-current-sl-shipment-pallets-Y-24037', 'd172-ys-current-sl-stay-nights-L-22849', 'd172-ys-current-sl-stay-nights-L-24145', 'd172-ys-current-sl-stay-rooms-L-22848', 'd172-ys-current-sl-stay-rooms-L-24144', 'd172-ys-current-sl-stay-rooms-Y-24360', 'd172-ys-current-sl-tickets-adult_tickets-L-23172', 'd172-ys-current-sl-tickets-adult_tickets-L-24468', 'd172-ys-current-sl-tickets-child_tickets-L-23173', 'd172-ys-current-sl-tickets-child_tickets-L-24469', 'd172-ys-definitive-cm-shipment-boxes-L-22606', 'd172-ys-definitive-cm-shipment-boxes-L-23902', 'd172-ys-definitive-cm-shipment-boxes-Y-22822', 'd172-ys-definitive-cm-shipment-boxes-Y-24118', 'd172-ys-definitive-cm-shipment-pallets-L-22607', 'd172-ys-definitive-cm-shipment-pallets-L-23903', 'd172-ys-definitive-cm-shipment-pallets-Y-22823', 'd172-ys-definitive-cm-shipment-pallets-Y-24119', 'd172-ys-definitive-cm-stay-nights-L-22931', 'd172-ys-definitive-cm-stay-nights-L-24227', 'd172-ys-definitive-cm-stay-rooms-L-22930', 'd172-ys-definitive-cm-stay-rooms-L-24226', 'd172-ys-definitive-cm-tickets-adult_tickets-L-23254', 'd172-ys-definitive-cm-tickets-adult_tickets-L-24550', 'd172-ys-definitive-cm-tickets-child_tickets-L-23255', 'd172-ys-definitive-sc-shipment-boxes-L-22604', 'd172-ys-definitive-sc-shipment-boxes-L-23900', 'd172-ys-definitive-sc-shipment-boxes-Y-22820', 'd172-ys-definitive-sc-shipment-boxes-Y-24116', 'd172-ys-definitive-sc-shipment-pallets-L-22605', 'd172-ys-definitive-sc-shipment-pallets-L-23901', 'd172-ys-definitive-sc-shipment-pallets-Y-22821', 'd172-ys-definitive-sc-stay-nights-L-22929', 'd172-ys-definitive-sc-stay-nights-L-24225', 'd172-ys-definitive-sc-stay-nights-Y-23145', 'd172-ys-definitive-sc-stay-rooms-L-22928', 'd172-ys-definitive-sc-tickets-adult_tickets-L-23252', 'd172-ys-definitive-sc-tickets-adult_tickets-L-24548', 'd172-ys-definitive-sc-tickets-child_tickets-L-23253', 'd172-ys-definitive-sc-tickets-child_tickets-L-24549', 'd172-ys-definitive-sl-shipment-boxes-L-22608', 'd172-ys-definitive-sl-shipment-boxes-L-23904', 'd172-ys-definitive-sl-shipment-boxes-Y-22824', 'd172-ys-definitive-sl-shipment-boxes-Y-24120', 'd172-ys-definitive-sl-shipment-pallets-L-22609', 'd172-ys-definitive-sl-shipment-pallets-L-23905', 'd172-ys-definitive-sl-shipment-pallets-Y-22825', 'd172-ys-definitive-sl-shipment-pallets-Y-24121', 'd172-ys-definitive-sl-stay-nights-L-22933', 'd172-ys-definitive-sl-stay-nights-L-24229', 'd172-ys-definitive-sl-stay-nights-Y-23149', 'd172-ys-definitive-sl-stay-rooms-L-22932', 'd172-ys-definitive-sl-stay-rooms-L-24228', 'd172-ys-definitive-sl-stay-rooms-Y-23148', 'd172-ys-definitive-sl-tickets-adult_tickets-L-23256', 'd172-ys-definitive-sl-tickets-adult_tickets-L-24552', 'd172-ys-definitive-sl-tickets-child_tickets-L-23257', 'd172-ys-definitive-sl-tickets-child_tickets-L-24553', 'd172-ys-effective-cm-shipment-boxes-L-22600', 'd172-ys-effective-cm-shipment-boxes-L-23896', 'd172-ys-effective-cm-shipment-boxes-Y-24112', 'd172-ys-effective-cm-shipment-pallets-L-22601', 'd172-ys-effective-cm-shipment-pallets-L-23897', 'd172-ys-effective-cm-shipment-pallets-Y-22817', 'd172-ys-effective-cm-shipment-pallets-Y-24113', 'd172-ys-effective-cm-stay-nights-L-22925', 'd172-ys-effective-cm-stay-nights-L-24221', 'd172-ys-effective-cm-stay-nights-Y-23141', 'd172-ys-effective-cm-stay-nights-Y-24437', 'd172-ys-effective-cm-stay-rooms-L-22924', 'd172-ys-effective-cm-stay-rooms-L-24220', 'd172-ys-effective-cm-stay-rooms-Y-23140', 'd172-ys-effective-cm-stay-rooms-Y-24436', 'd172-ys-effective-cm-tickets-adult_tickets-L-23248', 'd172-ys-effective-cm-tickets-adult_tickets-L-24544', 'd172-ys-effective-cm-tickets-child_tickets-L-23249', 'd172-ys-effective-cm-tickets-child_tickets-L-24545', 'd172-ys-effective-sc-shipment-boxes-L-22598', 'd172-ys-effective-sc-shipment-boxes-L-23894', 'd172-ys-effective-sc-shipment-boxes-Y-22814', 'd172-ys-effective-sc-shipment-pallets-L-22599', 'd172-ys-effective-sc-shipment-pallets-L-23895', 'd172-ys-effective-sc-shipment-pallets-Y-22815', 'd172-ys-effective-sc-shipment-pallets-Y-24111', 'd172-ys-effective-sc-stay-nights-L-22923', 'd172-ys-effective-sc-stay-nights-L-24219', 'd172-ys-effective-sc-stay-nights-Y-24435', 'd172-ys-effective-sc-stay-rooms-L-22922', 'd172-ys-effective-sc-stay-rooms-L-24218', 'd172-ys-effective-sc-tickets-adult_tickets-L-23246', 'd172-ys-effective-sc-tickets-adult_tickets-L-24542', 'd172-ys-effective-sc-tickets-child_tickets-L-23247', 'd172-ys-effective-sc-tickets-child_tickets-L-24543', 'd172-ys-effective-sl-shipment-boxes-L-22602', 'd172-ys-effective-sl-shipment-boxes-L-23898', 'd172-ys-effective-sl-shipment-boxes-Y-22818', 'd172-ys-effective-sl-shipment-boxes-Y-24114', 'd172-ys-effective-sl-shipment-pallets-L-22603', 'd172-ys-effective-sl-shipment-pallets-L-23899', 'd172-ys-effective-sl-shipment-pallets-Y-22819', 'd172-ys-effective-sl-shipment-pallets-Y-24115', 'd172-ys-effective-sl-stay-nights-L-22927', 'd172-ys-effective-sl-stay-nights-L-24223', 'd172-ys-effective-sl-stay-rooms-L-22926', 'd172-ys-effective-sl-stay-rooms-L-24222', 'd172-ys-effective-sl-stay-rooms-Y-24438', 'd172-ys-effective-sl-tickets-adult_tickets-L-23250', 'd172-ys-effective-sl-tickets-adult_tickets-L-24546', 'd172-ys-effective-sl-tickets-child_tickets-L-23251', 'd172-ys-effective-sl-tickets-child_tickets-L-24547', 'd172-ys-endelig-cm-shipment-boxes-L-22612', 'd172-ys-endelig-cm-shipment-boxes-L-23908', 'd172-ys-endelig-cm-shipment-boxes-Y-24124', 'd172-ys-endelig-cm-shipment-pallets-L-22613', 'd172-ys-endelig-cm-shipment-pallets-L-23909', 'd172-ys-endelig-cm-shipment-pallets-Y-22829', 'd172-ys-endelig-cm-shipment-pallets-Y-24125', 'd172-ys-endelig-cm-stay-nights-L-22937', 'd172-ys-endelig-cm-stay-nights-L-24233', 'd172-ys-endelig-cm-stay-nights-Y-24449', 'd172-ys-endelig-cm-stay-rooms-L-22936', 'd172-ys-endelig-cm-stay-rooms-L-24232', 'd172-ys-endelig-cm-stay-rooms-Y-23152', 'd172-ys-endelig-cm-stay-rooms-Y-24448', 'd172-ys-endelig-cm-tickets-adult_tickets-L-23260', 'd172-ys-endelig-cm-tickets-adult_tickets-L-24556', 'd172-ys-endelig-cm-tickets-child_tickets-L-23261', 'd172-ys-endelig-cm-tickets-child_tickets-L-24557', 'd172-ys-endelig-sc-shipment-boxes-L-22610', 'd172-ys-endelig-sc-shipment-boxes-L-23906', 'd172-ys-endelig-sc-shipment-boxes-Y-22826', 'd172-ys-endelig-sc-shipment-boxes-Y-24122', 'd172-ys-endelig-sc-shipment-pallets-L-22611', 'd172-ys-endelig-sc-shipment-pallets-L-23907', 'd172-ys-endelig-sc-shipment-pallets-Y-22827', 'd172-ys-endelig-sc-shipment-pallets-Y-24123', 'd172-ys-endelig-sc-stay-nights-L-22935', 'd172-ys-endelig-sc-stay-nights-Y-23151', 'd172-ys-endelig-sc-stay-rooms-L-22934', 'd172-ys-endelig-sc-tickets-adult_tickets-L-23258', 'd172-ys-endelig-sc-tickets-adult_tickets-L-24554', 'd172-ys-endelig-sc-tickets-child_tickets-L-23259', 'd172-ys-endelig-sc-tickets-child_tickets-L-24555', 'd172-ys-endelig-sl-shipment-boxes-L-22614', 'd172-ys-endelig-sl-shipment-boxes-L-23910', 'd172-ys-endelig-sl-shipment-boxes-Y-22830', 'd172-ys-endelig-sl-shipment-pallets-L-22615', 'd172-ys-endelig-sl-shipment-pallets-L-23911', 'd172-ys-endelig-sl-shipment-pallets-Y-22831', 'd172-ys-endelig-sl-shipment-pallets-Y-24127', 'd172-ys-endelig-sl-stay-nights-L-22939', 'd172-ys-endelig-sl-stay-nights-L-24235', 'd172-ys-endelig-sl-stay-nights-Y-24451', 'd172-ys-endelig-sl-stay-rooms-L-22938', 'd172-ys-endelig-sl-stay-rooms-L-24234', 'd172-ys-endelig-sl-stay-rooms-Y-24450', 'd172-ys-endelig-sl-tickets-adult_tickets-L-23262', 'd172-ys-endelig-sl-tickets-adult_tickets-L-24558', 'd172-ys-endelig-sl-tickets-child_tickets-L-23263', 'd172-ys-endelig-sl-tickets-child_tickets-L-24559', 'd172-ys-final-cm-shipment-boxes-L-22528', 'd172-ys-final-cm-shipment-boxes-L-23824', 'd172-ys-final-cm-shipment-boxes-Y-24040', 'd172-ys-final-cm-shipment-pallets-L-22529', 'd172-ys-final-cm-shipment-pallets-L-23825', 'd172-ys-final-cm-shipment-pallets-Y-22745', 'd172-ys-final-cm-shipment-pallets-Y-24041', 'd172-ys-final-cm-stay-nights-L-22853', 'd172-ys-final-cm-stay-nights-L-24149', 'd172-ys-final-cm-stay-nights-Y-24365', 'd172-ys-final-cm-stay-rooms-L-22852', 'd172-ys-final-cm-stay-rooms-L-24148', 'd172-ys-final-cm-stay-rooms-Y-23068', 'd172-ys-final-cm-tickets-adult_tickets-L-23176', 'd172-ys-final-cm-tickets-adult_tickets-L-24472', 'd172-ys-final-cm-tickets-child_tickets-L-23177', 'd172-ys-final-cm-tickets-child_tickets-L-24473', 'd172-ys-final-sc-shipment-boxes-L-22526', 'd172-ys-final-sc-shipment-boxes-L-23822', 'd172-ys-final-sc-shipment-boxes-Y-24038', 'd172-ys-final-sc-shipment-pallets-L-22527', 'd172-ys-final-sc-shipment-pallets-L-23823', 'd172-ys-final-sc-shipment-pallets-Y-24039', 'd172-ys-final-sc-stay-nights-L-22851', 'd172-ys-final-sc-stay-rooms-L-22850', 'd172-ys-final-sc-stay-rooms-L-24146', 'd172-ys-final-sc-tickets-adult_tickets-L-23174', 'd172-ys-final-sc-tickets-adult_tickets-L-24470', 'd172-ys-final-sc-tickets-child_tickets-L-23175', 'd172-ys-final-sc-tickets-child_tickets-L-24471', 'd172-ys-final-sl-shipment-boxes-L-22530', 'd172-ys-final-sl-shipment-boxes-L-23826', 'd172-ys-final-sl-shipment-boxes-Y-24042', 'd172-ys-final-sl-shipment-pallets-L-22531', 'd172-ys-final-sl-shipment-pallets-L-23827', 'd172-ys-final-sl-shipment-pallets-Y-24043', 'd172-ys-final-sl-stay-nights-L-22855', 'd172-ys-final-sl-stay-nights-L-24151', 'd172-ys-final-sl-stay-nights-Y-24367', 'd172-ys-final-sl-stay-rooms-L-22854', 'd172-ys-final-sl-stay-rooms-L-24150', 'd172-ys-final-sl-stay-rooms-Y-24366', 'd172-ys-final-sl-tickets-adult_tickets-L-23178', 'd172-ys-final-sl-tickets-adult_tickets-L-24474', 'd172-ys-final-sl-tickets-child_tickets-L-23179', 'd172-ys-final-sl-tickets-child_tickets-L-24475', 'd172-ys-jetzt-cm-shipment-boxes-L-22576', 'd172-ys-jetzt-cm-shipment-boxes-L-23872', 'd172-ys-jetzt-cm-shipment-boxes-Y-24088', 'd172-ys-jetzt-cm-shipment-pallets-L-22577', 'd172-ys-jetzt-cm-shipment-pallets-L-23873', 'd172-ys-jetzt-cm-shipment-pallets-Y-22793', 'd172-ys-jetzt-cm-shipment-pallets-Y-24089', 'd172-ys-jetzt-cm-stay-nights-L-22901', 'd172-ys-jetzt-cm-stay-nights-L-24197', 'd172-ys-jetzt-cm-stay-nights-Y-24413', 'd172-ys-jetzt-cm-stay-rooms-L-22900', 'd172-ys-jetzt-cm-stay-rooms-L-24196', 'd172-ys-jetzt-cm-stay-rooms-Y-24412', 'd172-ys-jetzt-cm-tickets-adult_tickets-L-23224', 'd172-ys-jetzt-cm-tickets-adult_tickets-L-24520', 'd172-ys-jetzt-cm-tickets-child_tickets-L-23225', 'd172-ys-jetzt-cm-tickets-child_tickets-L-24521', 'd172-ys-jetzt-sc-shipment-boxes-L-22574', 'd172-ys-jetzt-sc-shipment-boxes-L-23870', 'd172-ys-jetzt-sc-shipment-boxes-Y-22790', 'd172-ys-jetzt-sc-shipment-boxes-Y-24086', 'd172-ys-jetzt-sc-shipment-pallets-L-22575', 'd172-ys-jetzt-sc-shipment-pallets-L-23871', 'd172-ys-jetzt-sc-shipment-pallets-Y-22791', 'd172-ys-jetzt-sc-shipment-pallets-Y-24087', 'd172-ys-jetzt-sc-stay-nights-L-22899', 'd172-ys-jetzt-sc-stay-nights-L-24195', 'd172-ys-jetzt-sc-stay-nights-Y-23115', 'd172-ys-jetzt-sc-stay-nights-Y-24411', 'd172-ys-jetzt-sc-stay-rooms-L-22898', 'd172-ys-jetzt-sc-stay-rooms-L-24194', 'd172-ys-jetzt-sc-stay-rooms-Y-24410', 'd172-ys-jetzt-sc-tickets-adult_tickets-L-23222', 'd172-ys-jetzt-sc-tickets-adult_tickets-L-24518', 'd172-ys-jetzt-sc-tickets-child_tickets-L-23223', 'd172-ys-jetzt-sc-tickets-child_tickets-L-24519', 'd172-ys-jetzt-sl-shipment-boxes-L-22578', 'd172-ys-jetzt-sl-shipment-boxes-L-23874', 'd172-ys-jetzt-sl-shipment-boxes-Y-24090', 'd172-ys-jetzt-sl-shipment-pallets-L-22579', 'd172-ys-jetzt-sl-shipment-pallets-L-23875', 'd172-ys-jetzt-sl-shipment-pallets-Y-24091', 'd172-ys-jetzt-sl-stay-nights-L-22903', 'd172-ys-jetzt-sl-stay-nights-L-24199', 'd172-ys-jetzt-sl-stay-nights-Y-23119', 'd172-ys-jetzt-sl-stay-nights-Y-24415', 'd172-ys-jetzt-sl-stay-rooms-L-22902', 'd172-ys-jetzt-sl-stay-rooms-L-24198', 'd172-ys-jetzt-sl-stay-rooms-Y-24414', 'd172-ys-jetzt-sl-tickets-adult_tickets-L-23226', 'd172-ys-jetzt-sl-tickets-adult_tickets-L-24522', 'd172-ys-jetzt-sl-tickets-child_tickets-L-23227', 'd172-ys-jetzt-sl-tickets-child_tickets-L-24523', 'd172-ys-latest-cm-shipment-boxes-L-22534', 'd172-ys-latest-cm-shipment-boxes-L-23830', 'd172-ys-latest-cm-shipment-boxes-Y-22750', 'd172-ys-latest-cm-shipment-pallets-L-22535', 'd172-ys-latest-cm-shipment-pallets-L-23831', 'd172-ys-latest-cm-shipment-pallets-Y-22751', 'd172-ys-latest-cm-shipment-pallets-Y-24047', 'd172-ys-latest-cm-stay-nights-L-22859', 'd172-ys-latest-cm-stay-nights-L-24155', 'd172-ys-latest-cm-stay-nights-Y-24371', 'd172-ys-latest-cm-stay-rooms-L-22858', 'd172-ys-latest-cm-stay-rooms-L-24154', 'd172-ys-latest-cm-tickets-adult_tickets-L-23182', 'd172-ys-latest-cm-tickets-adult_tickets-L-24478', 'd172-ys-latest-cm-tickets-child_tickets-L-23183', 'd172-ys-latest-cm-tickets-child_tickets-L-24479', 'd172-ys-latest-sc-shipment-boxes-L-22532', 'd172-ys-latest-sc-shipment-boxes-L-23828', 'd172-ys-latest-sc-shipment-boxes-Y-22748', 'd172-ys-latest-sc-shipment-boxes-Y-24044', 'd172-ys-latest-sc-shipment-pallets-L-22533', 'd172-ys-latest-sc-shipment-pallets-L-23829', 'd172-ys-latest-sc-shipment-pallets-Y-22749', 'd172-ys-latest-sc-shipment-pallets-Y-24045', 'd172-ys-latest-sc-stay-nights-L-22857', 'd172-ys-latest-sc-stay-nights-L-24153', 'd172-ys-latest-sc-stay-nights-Y-23073', 'd172-ys-latest-sc-stay-rooms-L-22856', 'd172-ys-latest-sc-tickets-adult_tickets-L-23180', 'd172-ys-latest-sc-tickets-adult_tickets-L-24476', 'd172-ys-latest-sc-tickets-child_tickets-L-23181', 'd172-ys-latest-sc-tickets-child_tickets-L-24477', 'd172-ys-latest-sl-shipment-boxes-L-22536', 'd172-ys-latest-sl-shipment-boxes-L-23832', 'd172-ys-latest-sl-shipment-boxes-Y-22752', 'd172-ys-latest-sl-shipment-boxes-Y-24048', 'd172-ys-latest-sl-shipment-pallets-L-22537', 'd172-ys-latest-sl-shipment-pallets-L-23833', 'd172-ys-latest-sl-stay-nights-L-22861', 'd172-ys-latest-sl-stay-nights-L-24157', 'd172-ys-latest-sl-stay-rooms-L-22860', 'd172-ys-latest-sl-stay-rooms-L-24156', 'd172-ys-latest-sl-stay-rooms-Y-23076', 'd172-ys-latest-sl-stay-rooms-Y-24372', 'd172-ys-latest-sl-tickets-adult_tickets-L-23184', 'd172-ys-latest-sl-tickets-adult_tickets-L-24480', 'd172-ys-latest-sl-tickets-child_tickets-L-23185', 'd172-ys-latest-sl-tickets-child_tickets-L-24481', 'd172-ys-new-cm-shipment-boxes-L-22558', 'd172-ys-new-cm-shipment-boxes-L-23854', 'd172-ys-new-cm-shipment-boxes-Y-22774', 'd172-ys-new-cm-shipment-pallets-L-22559', 'd172-ys-new-cm-shipment-pallets-L-23855', 'd172-ys-new-cm-shipment-pallets-Y-22775', 'd172-ys-new-cm-shipment-pallets-Y-24071', 'd172-ys-new-cm-stay-nights-L-22883', 'd172-ys-new-cm-stay-nights-L-24179', 'd172-ys-new-cm-stay-nights-Y-23099', 'd172-ys-new-cm-stay-nights-Y-24395', 'd172-ys-new-cm-stay-rooms-L-22882', 'd172-ys-new-cm-stay-rooms-L-24178', 'd172-ys-new-cm-stay-rooms-Y-23098', 'd172-ys-new-cm-tickets-adult_tickets-L-23206', 'd172-ys-new-cm-tickets-adult_tickets-L-24502', 'd172-ys-new-cm-tickets-child_tickets-L-23207', 'd172-ys-new-cm-tickets-child_tickets-L-24503', 'd172-ys-new-sc-shipment-boxes-L-22556', 'd172-ys-new-sc-shipment-boxes-L-23852', 'd172-ys-new-sc-shipment-boxes-Y-22772', 'd172-ys-new-sc-shipment-boxes-Y-24068', 'd172-ys-new-sc-shipment-pallets-L-22557', 'd172-ys-new-sc-shipment-pallets-L-23853', 'd172-ys-new-sc-shipment-pallets-Y-24069', 'd172-ys-new-sc-stay-nights-L-22881', 'd172-ys-new-sc-stay-nights-L-24177', 'd172-ys-new-sc-stay-rooms-L-22880', 'd172-ys-new-sc-stay-rooms-L-24176', 'd172-ys-new-sc-stay-rooms-Y-24392', 'd172-ys-new-sc-tickets-adult_tickets-L-23204', 'd172-ys-new-sc-tickets-adult_tickets-L-24500', 'd172-ys-new-sc-tickets-child_tickets-L-23205', 'd172-ys-new-sc-tickets-child_tickets-L-24501', 'd172-ys-new-sl-shipment-boxes-L-22560', 'd172-ys-new-sl-shipment-boxes-L-23856', 'd172-ys-new-sl-shipment-boxes-Y-22776', 'd172-ys-new-sl-shipment-boxes-Y-24072', 'd172-ys-new-sl-shipment-pallets-L-22561', 'd172-ys-new-sl-shipment-pallets-L-23857', 'd172-ys-new-sl-shipment-pallets-Y-24073', 'd172-ys-new-sl-stay-nights-L-22885', 'd172-ys-new-sl-stay-nights-L-24181', 'd172-ys-new-sl-stay-nights-Y-24397', 'd172-ys-new-sl-stay-rooms-L-22884', 'd172-ys-new-sl-stay-rooms-L-24180', 'd172-ys-new-sl-tickets-adult_tickets-L-23208', 'd172-ys-new-sl-tickets-adult_tickets-L-24504', 'd172-ys-new-sl-tickets-child_tickets-L-23209', 'd172-ys-new-sl-tickets-child_tickets-L-24505', 'd172-ys-now-cm-shipment-boxes-L-22552', 'd172-ys-now-cm-shipment-boxes-L-23848', 'd172-ys-now-cm-shipment-boxes-Y-22768', 'd172-ys-now-cm-shipment-boxes-Y-24064', 'd172-ys-now-cm-shipment-pallets-L-22553', 'd172-ys-now-cm-shipment-pallets-L-23849', 'd172-ys-now-cm-shipment-pallets-Y-24065', 'd172-ys-now-cm-stay-nights-L-22877', 'd172-ys-now-cm-stay-rooms-L-22876', 'd172-ys-now-cm-stay-rooms-L-24172', 'd172-ys-now-cm-stay-rooms-Y-23092', 'd172-ys-now-cm-tickets-adult_tickets-L-23200', 'd172-ys-now-cm-tickets-adult_tickets-L-24496', 'd172-ys-now-cm-tickets-child_tickets-L-23201', 'd172-ys-now-cm-tickets-child_tickets-L-24497', 'd172-ys-now-sc-shipment-boxes-L-22550', 'd172-ys-now-sc-shipment-boxes-L-23846', 'd172-ys-now-sc-shipment-boxes-Y-22766', 'd172-ys-now-sc-shipment-pallets-L-22551', 'd172-ys-now-sc-shipment-pallets-L-23847', 'd172-ys-now-sc-shipment-pallets-Y-22767', 'd172-ys-now-sc-shipment-pallets-Y-24063', 'd172-ys-now-sc-stay-nights-L-22875', 'd172-ys-now-sc-stay-nights-L-24171', 'd172-ys-now-sc-stay-rooms-L-22874', 'd172-ys-now-sc-stay-rooms-L-24170', 'd172-ys-now-sc-tickets-adult_tickets-L-23198', 'd172-ys-now-sc-tickets-adult_tickets-L-24494', 'd172-ys-now-sc-tickets-child_tickets-L-23199', 'd172-ys-now-sc-tickets-child_tickets-L-24495', 'd172-ys-now-sl-shipment-boxes-L-22554', 'd172-ys-now-sl-shipment-boxes-L-23850', 'd172-ys-now-sl-shipment-boxes-Y-22770', 'd172-ys-now-sl-shipment-pallets-L-22555', 'd172-ys-now-sl-shipment-pallets-L-23851', 'd172-ys-now-sl-shipment-pallets-Y-22771', 'd172-ys-now-sl-shipment-pallets-Y-24067', 'd172-ys-now-sl-stay-nights-L-22879', 'd172-ys-now-sl-stay-nights-L-24175', 'd172-ys-now-sl-stay-nights-Y-23095', 'd172-ys-now-sl-stay-rooms-L-22878', 'd172-ys-now-sl-stay-rooms-L-24174', 'd172-ys-now-sl-tickets-adult_tickets-L-23202', 'd172-ys-now-sl-tickets-adult_tickets-L-24498', 'd172-ys-now-sl-tickets-child_tickets-L-23203', 'd172-ys-now-sl-tickets-child_tickets-L-24499', 'd172-ys-nå-cm-shipment-boxes-L-22570', 'd172-ys-nå-cm-shipment-boxes-L-23866', 'd172-ys-nå-cm-shipment-boxes-Y-22786', 'd172-ys-nå-cm-shipment-boxes-Y-24082', 'd172-ys-nå-cm-shipment-pallets-L-22571', 'd172-ys-nå-cm-shipment-pallets-L-23867', 'd172-ys-nå-cm-shipment-pallets-Y-24083', 'd172-ys-nå-cm-stay-nights-L-22895', 'd172-ys-nå-cm-stay-nights-L-24191', 'd172-ys-nå-cm-stay-nights-Y-23111', 'd172-ys-nå-cm-stay-rooms-L-22894', 'd172-ys-nå-cm-stay-rooms-L-24190', 'd172-ys-nå-cm-stay-rooms-Y-23110', 'd172-ys-nå-cm-stay-rooms-Y-24406', 'd172-ys-nå-cm-tickets-adult_tickets-L-23218', 'd172-ys-nå-cm-tickets-adult_tickets-L-24514', 'd172-ys-nå-cm-tickets-child_tickets-L-23219', 'd172-ys-nå-cm-tickets-child_tickets-L-24515', 'd172-ys-nå-sc-shipment-boxes-L-22568', 'd172-ys-nå-sc-shipment-boxes-L-23864', 'd172-ys-nå-sc-shipment-boxes-Y-22784', 'd172-ys-nå-sc-shipment-boxes-Y-24080', 'd172-ys-nå-sc-shipment-pallets-L-22569', 'd172-ys-nå-sc-shipment-pallets-L-23865', 'd172-ys-nå-sc-shipment-pallets-Y-24081', 'd172-ys-nå-sc-stay-nights-L-22893', 'd172-ys-nå-sc-stay-nights-L-24189', 'd172-ys-nå-sc-stay-nights-Y-24405', 'd172-ys-nå-sc-stay-rooms-L-22892', 'd172-ys-nå-sc-stay-rooms-Y-23108', 'd172-ys-nå-sc-stay-rooms-Y-24404', 'd172-ys-nå-sc-tickets-adult_tickets-L-23216', 'd172-ys-nå-sc-tickets-adult_tickets-L-24512', 'd172-ys-nå-sc-tickets-child_tickets-L-23217', 'd172-ys-nå-sc-tickets-child_tickets-L-24513', 'd172-ys-nå-sl-shipment-boxes-L-22572', 'd172-ys-nå-sl-shipment-boxes-L-23868', 'd172-ys-nå-sl-shipment-pallets-L-22573', 'd172-ys-nå-sl-shipment-pallets-L-23869', 'd172-ys-nå-sl-shipment-pallets-Y-22789', 'd172-ys-nå-sl-stay-nights-L-22897', 'd172-ys-nå-sl-stay-nights-L-24193', 'd172-ys-nå-sl-stay-nights-Y-24409', 'd172-ys-nå-sl-stay-rooms-L-22896', 'd172-ys-nå-sl-stay-rooms-L-24192', 'd172-ys-nå-sl-tickets-adult_tickets-L-23220', 'd172-ys-nå-sl-tickets-adult_tickets-L-24516', 'd172-ys-nå-sl-tickets-child_tickets-L-23221', 'd172-ys-nå-sl-tickets-child_tickets-L-24517', 'd172-ys-real-cm-shipment-boxes-L-22582', 'd172-ys-real-cm-shipment-boxes-L-23878', 'd172-ys-real-cm-shipment-boxes-Y-24094', 'd172-ys-real-cm-shipment-pallets-L-22583', 'd172-ys-real-cm-shipment-pallets-L-23879', 'd172-ys-real-cm-shipment-pallets-Y-22799', 'd172-ys-real-cm-shipment-pallets-Y-24095', 'd172-ys-real-cm-stay-nights-L-22907', 'd172-ys-real-cm-stay-nights-L-24203', 'd172-ys-real-cm-stay-nights-Y-23123', 'd172-ys-real-cm-stay-nights-Y-24419', 'd172-ys-real-cm-stay-rooms-L-22906', 'd172-ys-real-cm-stay-rooms-L-24202', 'd172-ys-real-cm-stay-rooms-Y-24418', 'd172-ys-real-cm-tickets-adult_tickets-L-23230', 'd172-ys-real-cm-tickets-adult_tickets-L-24526', 'd172-ys-real-cm-tickets-child_tickets-L-23231', 'd172-ys-real-cm-tickets-child_tickets-L-24527', 'd172-ys-real-sc-shipment-boxes-L-22580', 'd172-ys-real-sc-shipment-boxes-L-23876', 'd172-ys-real-sc-shipment-pallets-L-22581', 'd172-ys-real-sc-shipment-pallets-L-23877', 'd172-ys-real-sc-shipment-pallets-Y-24093', 'd172-ys-real-sc-stay-nights-L-22905', 'd172-ys-real-sc-stay-nights-L-24201', 'd172-ys-real-sc-stay-nights-Y-24417', 'd172-ys-real-sc-stay-rooms-L-22904', 'd172-ys-real-sc-stay-rooms-L-24200', 'd172-ys-real-sc-stay-rooms-Y-24416', 'd172-ys-real-sc-tickets-adult_tickets-L-23228', 'd172-ys-real-sc-tickets-adult_tickets-L-24524', 'd172-ys-real-sc-tickets-child_tickets-L-23229', 'd172-ys-real-sc-tickets-child_tickets-L-24525', 'd172-ys-real-sl-shipment-boxes-L-22584', 'd172-ys-real-sl-shipment-boxes-L-23880', 'd172-ys-real-sl-shipment-boxes-Y-22800', 'd172-ys-real-sl-shipment-boxes-Y-24096', 'd172-ys-real-sl-shipment-pallets-L-22585', 'd172-ys-real-sl-shipment-pallets-L-23881', 'd172-ys-real-sl-shipment-pallets-Y-22801', 'd172-ys-real-sl-shipment-pallets-Y-24097', 'd172-ys-real-sl-stay-nights-L-22909', 'd172-ys-real-sl-stay-nights-L-24205', 'd172-ys-real-sl-stay-nights-Y-24421', 'd172-ys-real-sl-stay-rooms-L-22908', 'd172-ys-real-sl-stay-rooms-L-24204', 'd172-ys-real-sl-tickets-adult_tickets-L-23232', 'd172-ys-real-sl-tickets-adult_tickets-L-24528', 'd172-ys-real-sl-tickets-child_tickets-L-23233', 'd172-ys-real-sl-tickets-child_tickets-L-24529', 'd172-ys-should_be-cm-shipment-boxes-L-22540', 'd172-ys-should_be-cm-shipment-boxes-L-23836', 'd172-ys-should_be-cm-shipment-boxes-Y-24052', 'd172-ys-should_be-cm-shipment-pallets-L-22541', 'd172-ys-should_be-cm-shipment-pallets-L-23837', 'd172-ys-should_be-cm-shipment-pallets-Y-24053', 'd172-ys-should_be-cm-stay-nights-L-22865', 'd172-ys-should_be-cm-stay-nights-L-24161', 'd172-ys-should_be-cm-stay-nights-Y-23081', 'd172-ys-should_be-cm-stay-rooms-L-22864', 'd172-ys-should_be-cm-stay-rooms-L-24160', 'd172-ys-should_be-cm-tickets-adult_tickets-L-23188', 'd172-ys-should_be-cm-tickets-adult_tickets-L-24484', 'd172-ys-should_be-cm-tickets-child_tickets-L-23189', 'd172-ys-should_be-cm-tickets-child_tickets-L-24485', 'd172-ys-should_be-sc-shipment-boxes-L-22538', 'd172-ys-should_be-sc-shipment-boxes-L-23834', 'd172-ys-should_be-sc-shipment-boxes-Y-22754', 'd172-ys-should_be-sc-shipment-boxes-Y-24050', 'd172-ys-should_be-sc-shipment-pallets-L-22539', 'd172-ys-should_be-sc-shipment-pallets-L-23835', 'd172-ys-should_be-sc-shipment-pallets-Y-22755', 'd172-ys-should_be-sc-stay-nights-L-22863', 'd172-ys-should_be-sc-stay-nights-L-24159', 'd172-ys-should_be-sc-stay-nights-Y-23079', 'd172-ys-should_be-sc-stay-rooms-L-22862', 'd172-ys-should_be-sc-stay-rooms-L-24158', 'd172-ys-should_be-sc-tickets-adult_tickets-L-23186', 'd172-ys-should_be-sc-tickets-adult_tickets-L-24482', 'd172-ys-should_be-sc-tickets-child_tickets-L-23187', 'd172-ys-should_be-sc-tickets-child_tickets-L-24483', 'd172-ys-should_be-sl-shipment-boxes-L-22542', 'd172-ys-should_be-sl-shipment-boxes-L-23838', 'd172-ys-should_be-sl-shipment-boxes-Y-22758', 'd172-ys-should_be-sl-shipment-boxes-Y-24054', 'd172-ys-should_be-sl-shipment-pallets-L-22543', 'd172-ys-should_be-sl-shipment-pallets-L-23839', 'd172-ys-should_be-sl-shipment-pallets-Y-22759', 'd172-ys-should_be-sl-shipment-pallets-Y-24055', 'd172-ys-should_be-sl-stay-nights-L-22867', 'd172-ys-should_be-sl-stay-nights-L-24163', 'd172-ys-should_be-sl-stay-nights-Y-24379', 'd172-ys-should_be-sl-stay-rooms-L-22866', 'd172-ys-should_be-sl-stay-rooms-L-24162', 'd172-ys-should_be-sl-stay-rooms-Y-24378', 'd172-ys-should_be-sl-tickets-adult_tickets-L-23190', 'd172-ys-should_be-sl-tickets-adult_tickets-L-24486', 'd172-ys-should_be-sl-tickets-child_tickets-L-23191', 'd172-ys-should_be-sl-tickets-child_tickets-L-24487', 'd172-ys-true-cm-shipment-boxes-L-22588', 'd172-ys-true-cm-shipment-boxes-L-23884', 'd172-ys-true-cm-shipment-boxes-Y-22804', 'd172-ys-true-cm-shipment-boxes-Y-24100', 'd172-ys-true-cm-shipment-pallets-L-22589', 'd172-ys-true-cm-shipment-pallets-L-23885', 'd172-ys-true-cm-shipment-pallets-Y-22805', 'd172-ys-true-cm-shipment-pallets-Y-24101', 'd172-ys-true-cm-stay-nights-L-22913', 'd172-ys-true-cm-stay-nights-L-24209', 'd172-ys-true-cm-stay-nights-Y-23129', 'd172-ys-true-cm-stay-rooms-L-22912', 'd172-ys-true-cm-stay-rooms-L-24208', 'd172-ys-true-cm-stay-rooms-Y-24424', 'd172-ys-true-cm-tickets-adult_tickets-L-23236', 'd172-ys-true-cm-tickets-adult_tickets-L-24532', 'd172-ys-true-cm-tickets-child_tickets-L-23237', 'd172-ys-true-cm-tickets-child_tickets-L-24533', 'd172-ys-true-sc-shipment-boxes-L-22586', 'd172-ys-true-sc-shipment-boxes-L-23882', 'd172-ys-true-sc-shipment-boxes-Y-24098', 'd172-ys-true-sc-shipment-pallets-L-22587', 'd172-ys-true-sc-shipment-pallets-L-23883', 'd172-ys-true-sc-shipment-pallets-Y-22803', 'd172-ys-true-sc-shipment-pallets-Y-24099', 'd172-ys-true-sc-stay-nights-L-22911', 'd172-ys-true-sc-stay-nights-L-24207', 'd172-ys-true-sc-stay-rooms-L-22910', 'd172-ys-true-sc-stay-rooms-L-24206', 'd172-ys-true-sc-stay-rooms-Y-23126', 'd172-ys-true-sc-tickets-adult_tickets-L-23234', 'd172-ys-true-sc-tickets-adult_tickets-L-24530', 'd172-ys-true-sc-tickets-child_tickets-L-23235', 'd172-ys-true-sc-tickets-child_tickets-L-24531', 'd172-ys-true-sl-shipment-boxes-L-22590', 'd172-ys-true-sl-shipment-boxes-L-23886', 'd172-ys-true-sl-shipment-boxes-Y-22806', 'd172-ys-true-sl-shipment-boxes-Y-24102', 'd172-ys-true-sl-shipment-pallets-L-22591', 'd172-ys-true-sl-shipment-pallets-L-23887', 'd172-ys-true-sl-shipment-pallets-Y-24103', 'd172-ys-true-sl-stay-nights-L-22915', 'd172-ys-true-sl-stay-nights-L-24211', 'd172-ys-true-sl-stay-nights-Y-23131', 'd172-ys-true-sl-stay-nights-Y-24427', 'd172-ys-true-sl-stay-rooms-L-22914', 'd172-ys-true-sl-stay-rooms-L-24210', 'd172-ys-true-sl-stay-rooms-Y-24426', 'd172-ys-true-sl-tickets-adult_tickets-L-23238', 'd172-ys-true-sl-tickets-adult_tickets-L-24534', 'd172-ys-true-sl-tickets-child_tickets-L-23239', 'd172-ys-true-sl-tickets-child_tickets-L-24535', 'd172-ys-valid-cm-shipment-boxes-L-22594', 'd172-ys-valid-cm-shipment-boxes-L-23890', 'd172-ys-valid-cm-shipment-boxes-Y-22810', 'd172-ys-valid-cm-shipment-boxes-Y-24106', 'd172-ys-valid-cm-stay-rooms-L-22918', 'd172-ys-valid-cm-stay-rooms-L-24214', 'd172-ys-valid-cm-stay-rooms-Y-24430', 'd172-ys-valid-cm-tickets-adult_tickets-L-23242', 'd172-ys-valid-cm-tickets-adult_tickets-L-24538', 'd172-ys-valid-sc-shipment-boxes-L-22592', 'd172-ys-valid-sc-shipment-boxes-L-23888', 'd172-ys-valid-sc-shipment-boxes-Y-22808', 'd172-ys-valid-sc-shipment-boxes-Y-24104', 'd172-ys-valid-sc-stay-rooms-L-22916', 'd172-ys-valid-sc-stay-rooms-L-24212', 'd172-ys-valid-sc-stay-rooms-Y-23132', 'd172-ys-valid-sc-stay-rooms-Y-24428', 'd172-ys-valid-sc-tickets-adult_tickets-L-23240', 'd172-ys-valid-sc-tickets-adult_tickets-L-24536', 'd172-ys-valid-sl-shipment-boxes-L-22596', 'd172-ys-valid-sl-shipment-boxes-L-23892', 'd172-ys-valid-sl-shipment-boxes-Y-22812', 'd172-ys-valid-sl-shipment-boxes-Y-24108', 'd172-ys-valid-sl-stay-rooms-L-22920', 'd172-ys-valid-sl-stay-rooms-L-24216', 'd172-ys-valid-sl-stay-rooms-Y-23136', 'd172-ys-valid-sl-tickets-adult_tickets-L-23244', 'd172-ys-valid-sl-tickets-adult_tickets-L-24540', 'd172-yv-actual-cm-shipment-boxes-L-22516', 'd172-yv-actual-cm-shipment-boxes-L-23812', 'd172-yv-actual-cm-shipment-boxes-Y-24028', 'd172-yv-actual-cm-shipment-pallets-L-22517', 'd172-yv-actual-cm-shipment-pallets-L-23813', 'd172-yv-actual-cm-shipment-pallets-Y-22733', 'd172-yv-actual-cm-stay-nights-L-22841', 'd172-yv-actual-cm-stay-nights-L-24137', 'd172-yv-actual-cm-stay-rooms-L-22840', 'd172-yv-actual-cm-stay-rooms-L-24136', 'd172-yv-actual-cm-tickets-adult_tickets-L-23164', 'd172-yv-actual-cm-tickets-adult_tickets-L-24460', 'd172-yv-actual-cm-tickets-child_tickets-L-23165', 'd172-yv-actual-cm-tickets-child_tickets-L-24461', 'd172-yv-actual-sc-shipment-boxes-L-22514', 'd172-yv-actual-sc-shipment-boxes-L-23810', 'd172-yv-actual-sc-shipment-boxes-Y-22730', 'd172-yv-actual-sc-shipment-boxes-Y-24026', 'd172-yv-actual-sc-shipment-pallets-L-22515', 'd172-yv-actual-sc-shipment-pallets-L-23811', 'd172-yv-actual-sc-shipment-pallets-Y-22731', 'd172-yv-actual-sc-shipment-pallets-Y-24027', 'd172-yv-actual-sc-stay-nights-L-22839', 'd172-yv-actual-sc-stay-nights-L-24135', 'd172-yv-actual-sc-stay-rooms-L-22838', 'd172-yv-actual-sc-stay-rooms-L-24134', 'd172-yv-actual-sc-tickets-adult_tickets-L-23162', 'd172-yv-actual-sc-tickets-adult_tickets-L-24458', 'd172-yv-actual-sc-tickets-child_tickets-L-23163', 'd172-yv-actual-sc-tickets-child_tickets-L-24459', 'd172-yv-actual-sl-shipment-boxes-L-22518', 'd172-yv-actual-sl-shipment-boxes-L-23814', 'd172-yv-actual-sl-shipment-boxes-Y-22734', 'd172-yv-actual-sl-shipment-boxes-Y-24030', 'd172-yv-actual-sl-shipment-pallets-L-22519', 'd172-yv-actual-sl-shipment-pallets-L-23815', 'd172-yv-actual-sl-shipment-pallets-Y-22735', 'd172-yv-actual-sl-shipment-pallets-Y-24031', 'd172-yv-actual-sl-stay-nights-L-22843', 'd172-yv-actual-sl-stay-nights-L-24139', 'd172-yv-actual-sl-stay-nights-Y-23059', 'd172-yv-actual-sl-stay-rooms-L-22842', 'd172-yv-actual-sl-stay-rooms-L-24138', 'd172-yv-actual-sl-tickets-adult_tickets-L-23166', 'd172-yv-actual-sl-tickets-adult_tickets-L-24462', 'd172-yv-actual-sl-tickets-child_tickets-L-23167', 'd172-yv-actual-sl-tickets-child_tickets-L-24463', 'd172-yv-aktuell-cm-shipment-boxes-L-22618', 'd172-yv-aktuell-cm-shipment-boxes-L-23914', 'd172-yv-aktuell-cm-shipment-boxes-Y-22834', 'd172-yv-aktuell-cm-shipment-boxes-Y-24130', 'd172-yv-aktuell-cm-shipment-pallets-L-22619', 'd172-yv-aktuell-cm-shipment-pallets-L-23915', 'd172-yv-aktuell-cm-shipment-pallets-Y-22835', 'd172-yv-aktuell-cm-shipment-pallets-Y-24131', 'd172-yv-aktuell-cm-stay-nights-L-22943', 'd172-yv-aktuell-cm-stay-nights-L-24239', 'd172-yv-aktuell-cm-stay-nights-Y-24455', 'd172-yv-aktuell-cm-stay-rooms-L-22942', 'd172-yv-aktuell-cm-stay-rooms-L-24238', 'd172-yv-aktuell-cm-stay-rooms-Y-24454', 'd172-yv-aktuell-cm-tickets-adult_tickets-L-23266', 'd172-yv-aktuell-cm-tickets-adult_tickets-L-24562', 'd172-yv-aktuell-cm-tickets-child_tickets-L-23267', 'd172-yv-aktuell-cm-tickets-child_tickets-L-24563', 'd172-yv-aktuell-sc-shipment-boxes-L-22616', 'd172-yv-aktuell-sc-shipment-boxes-L-23912', 'd172-yv-aktuell-sc-shipment-boxes-Y-22832', 'd172-yv-aktuell-sc-shipment-boxes-Y-24128', 'd172-yv-aktuell-sc-shipment-pallets-L-22617', 'd172-yv-aktuell-sc-shipment-pallets-L-23913', 'd172-yv-aktuell-sc-shipment-pallets-Y-22833', 'd172-yv-aktuell-sc-shipment-pallets-Y-24129', 'd172-yv-aktuell-sc-stay-nights-L-22941', 'd172-yv-aktuell-sc-stay-nights-L-24237', 'd172-yv-aktuell-sc-stay-nights-Y-23157', 'd172-yv-aktuell-sc-stay-nights-Y-24453', 'd172-yv-aktuell-sc-stay-rooms-L-22940', 'd172-yv-aktuell-sc-stay-rooms-L-24236', 'd172-yv-aktuell-sc-stay-rooms-Y-24452', 'd172-yv-aktuell-sc-tickets-adult_tickets-L-23264', 'd172-yv-aktuell-sc-tickets-adult_tickets-L-24560', 'd172-yv-aktuell-sc-tickets-child_tickets-L-23265', 'd172-yv-aktuell-sc-tickets-child_tickets-L-24561', 'd172-yv-aktuell-sl-shipment-boxes-L-22620', 'd172-yv-aktuell-sl-shipment-boxes-L-23916', 'd172-yv-aktuell-sl-shipment-boxes-Y-22836', 'd172-yv-aktuell-sl-shipment-boxes-Y-24132', 'd172-yv-aktuell-sl-shipment-pallets-L-22621', 'd172-yv-aktuell-sl-shipment-pallets-L-23917', 'd172-yv-aktuell-sl-shipment-pallets-Y-22837', 'd172-yv-aktuell-sl-shipment-pallets-Y-24133', 'd172-yv-aktuell-sl-stay-nights-L-22945', 'd172-yv-aktuell-sl-stay-nights-L-24241', 'd172-yv-aktuell-sl-stay-nights-Y-23161', 'd172-yv-aktuell-sl-stay-nights-Y-24457', 'd172-yv-aktuell-sl-stay-rooms-L-22944', 'd172-yv-aktuell-sl-stay-rooms-L-24240', 'd172-yv-aktuell-sl-stay-rooms-Y-23160', 'd172-yv-aktuell-sl-stay-rooms-Y-24456', 'd172-yv-aktuell-sl-tickets-adult_tickets-L-23268', 'd172-yv-aktuell-sl-tickets-adult_tickets-L-24564', 'd172-yv-aktuell-sl-tickets-child_tickets-L-23269', 'd172-yv-aktuell-sl-tickets-child_tickets-L-24565', 'd172-yv-confirmed-cm-shipment-boxes-L-22564', 'd172-yv-confirmed-cm-shipment-boxes-L-23860', 'd172-yv-confirmed-cm-shipment-boxes-Y-22780', 'd172-yv-confirmed-cm-shipment-boxes-Y-24076', 'd172-yv-confirmed-cm-shipment-pallets-L-22565', 'd172-yv-confirmed-cm-shipment-pallets-L-23861', 'd172-yv-confirmed-cm-shipment-pallets-Y-22781', 'd172-yv-confirmed-cm-stay-nights-L-22889', 'd172-yv-confirmed-cm-stay-nights-L-24185', 'd172-yv-confirmed-cm-stay-nights-Y-23105', 'd172-yv-confirmed-cm-stay-nights-Y-24401', 'd172-yv-confirmed-cm-stay-rooms-L-22888', 'd172-yv-confirmed-cm-stay-rooms-L-24184', 'd172-yv-confirmed-cm-stay-rooms-Y-23104', 'd172-yv-confirmed-cm-tickets-adult_tickets-L-23212', 'd172-yv-confirmed-cm-tickets-adult_tickets-L-24508', 'd172-yv-confirmed-cm-tickets-child_tickets-L-23213', 'd172-yv-confirmed-cm-tickets-child_tickets-L-24509', 'd172-yv-confirmed-sc-shipment-boxes-L-22562', 'd172-yv-confirmed-sc-shipment-boxes-L-23858', 'd172-yv-confirmed-sc-shipment-boxes-Y-24074', 'd172-yv-confirmed-sc-shipment-pallets-L-22563', 'd172-yv-confirmed-sc-shipment-pallets-L-23859', 'd172-yv-confirmed-sc-shipment-pallets-Y-22779', 'd172-yv-confirmed-sc-shipment-pallets-Y-24075', 'd172-yv-confirmed-sc-stay-nights-L-22887', 'd172-yv-confirmed-sc-stay-nights-L-24183', 'd172-yv-confirmed-sc-stay-nights-Y-23103', 'd172-yv-confirmed-sc-stay-nights-Y-24399', 'd172-yv-confirmed-sc-stay-rooms-L-22886', 'd172-yv-confirmed-sc-stay-rooms-L-24182', 'd172-yv-confirmed-sc-stay-rooms-Y-23102', 'd172-yv-confirmed-sc-stay-rooms-Y-24398', 'd172-yv-confirmed-sc-tickets-adult_tickets-L-23210', 'd172-yv-confirmed-sc-tickets-adult_tickets-L-24506', 'd172-yv-confirmed-sc-tickets-child_tickets-L-23211', 'd172-yv-confirmed-sc-tickets-child_tickets-L-24507', 'd172-yv-confirmed-sl-shipment-boxes-L-22566', 'd172-yv-confirmed-sl-shipment-boxes-L-23862', 'd172-yv-confirmed-sl-shipment-boxes-Y-22782', 'd172-yv-confirmed-sl-shipment-pallets-L-22567', 'd172-yv-confirmed-sl-shipment-pallets-L-23863', 'd172-yv-confirmed-sl-shipment-pallets-Y-22783', 'd172-yv-confirmed-sl-shipment-pallets-Y-24079', 'd172-yv-confirmed-sl-stay-nights-L-22891', 'd172-yv-confirmed-sl-stay-nights-L-24187', 'd172-yv-confirmed-sl-stay-rooms-L-22890', 'd172-yv-confirmed-sl-stay-rooms-L-24186', 'd172-yv-confirmed-sl-stay-rooms-Y-24402', 'd172-yv-confirmed-sl-tickets-adult_tickets-L-23214', 'd172-yv-confirmed-sl-tickets-adult_tickets-L-24510', 'd172-yv-confirmed-sl-tickets-child_tickets-L-23215', 'd172-yv-confirmed-sl-tickets-child_tickets-L-24511', 'd172-yv-correct-cm-shipment-boxes-L-22546', 'd172-yv-correct-cm-shipment-boxes-L-23842', 'd172-yv-correct-cm-shipment-boxes-Y-22762', 'd172-yv-correct-cm-shipment-boxes-Y-24058', 'd172-yv-correct-cm-shipment-pallets-L-22547', 'd172-yv-correct-cm-shipment-pallets-L-23843', 'd172-yv-correct-cm-shipment-pallets-Y-22763', 'd172-yv-correct-cm-shipment-pallets-Y-24059', 'd172-yv-correct-cm-stay-nights-L-22871', 'd172-yv-correct-cm-stay-nights-L-24167', 'd172-yv-correct-cm-stay-rooms-L-22870', 'd172-yv-correct-cm-stay-rooms-L-24166', 'd172-yv-correct-cm-stay-rooms-Y-24382', 'd172-yv-correct-cm-tickets-adult_tickets-L-23194', 'd172-yv-correct-cm-tickets-adult_tickets-L-24490', 'd172-yv-correct-cm-tickets-child_tickets-L-23195', 'd172-yv-correct-cm-tickets-child_tickets-L-24491', 'd172-yv-correct-sc-shipment-boxes-L-22544', 'd172-yv-correct-sc-shipment-boxes-L-23840', 'd172-yv-correct-sc-shipment-boxes-Y-22760', 'd172-yv-correct-sc-shipment-boxes-Y-24056', 'd172-yv-correct-sc-shipment-pallets-L-22545', 'd172-yv-correct-sc-shipment-pallets-L-23841', 'd172-yv-correct-sc-shipment-pallets-Y-22761', 'd172-yv-correct-sc-shipment-pallets-Y-24057', 'd172-yv-correct-sc-stay-nights-L-22869', 'd172-yv-correct-sc-stay-nights-L-24165', 'd172-yv-correct-sc-stay-nights-Y-24381', 'd172-yv-correct-sc-stay-rooms-L-22868', 'd172-yv-correct-sc-stay-rooms-L-24164', 'd172-yv-correct-sc-tickets-adult_tickets-L-23192', 'd172-yv-correct-sc-tickets-adult_tickets-L-24488', 'd172-yv-correct-sc-tickets-child_tickets-L-23193', 'd172-yv-correct-sc-tickets-child_tickets-L-24489', 'd172-yv-correct-sl-shipment-boxes-L-22548', 'd172-yv-correct-sl-shipment-boxes-L-23844', 'd172-yv-correct-sl-shipment-boxes-Y-24060', 'd172-yv-correct-sl-shipment-pallets-L-22549', 'd172-yv-correct-sl-shipment-pallets-L-23845', 'd172-yv-correct-sl-shipment-pallets-Y-24061', 'd172-yv-correct-sl-stay-nights-L-22873', 'd172-yv-correct-sl-stay-nights-L-24169', 'd172-yv-correct-sl-stay-rooms-L-22872', 'd172-yv-correct-sl-stay-rooms-L-24168', 'd172-yv-correct-sl-tickets-adult_tickets-L-23196', 'd172-yv-correct-sl-tickets-adult_tickets-L-24492', 'd172-yv-correct-sl-tickets-child_tickets-L-23197', 'd172-yv-correct-sl-tickets-child_tickets-L-24493', 'd172-yv-current-cm-shipment-boxes-L-22522', 'd172-yv-current-cm-shipment-boxes-L-23818', 'd172-yv-current-cm-shipment-boxes-Y-24034', 'd172-yv-current-cm-shipment-pallets-L-22523', 'd172-yv-current-cm-shipment-pallets-L-23819', 'd172-yv-current-cm-shipment-pallets-Y-24035', 'd172-yv-current-cm-stay-nights-L-22847', 'd172-yv-current-cm-stay-nights-L-24143', 'd172-yv-current-cm-stay-rooms-L-22846', 'd172-yv-current-cm-stay-rooms-L-24142', 'd172-yv-current-cm-stay-rooms-Y-24358', 'd172-yv-current-cm-tickets-adult_tickets-L-23170', 'd172-yv-current-cm-tickets-adult_tickets-L-24466', 'd172-yv-current-cm-tickets-child_tickets-L-23171', 'd172-yv-current-cm-tickets-child_tickets-L-24467', 'd172-yv-current-sc-shipment-boxes-L-22520', 'd172-yv-current-sc-shipment-boxes-L-23816', 'd172-yv-current-sc-shipment-boxes-Y-24032', 'd172-yv-current-sc-shipment-pallets-L-22521', 'd172-yv-current-sc-shipment-pallets-L-23817', 'd172-yv-current-sc-shipment-pallets-Y-24033', 'd172-yv-current-sc-stay-nights-L-22845', 'd172-yv-current-sc-stay-nights-L-24141', 'd172-yv-current-sc-stay-rooms-L-22844', 'd172-yv-current-sc-stay-rooms-L-24140', 'd172-yv-current-sc-tickets-adult_tickets-L-23168', 'd172-yv-current-sc-tickets-adult_tickets-L-24464', 'd172-yv-current-sc-tickets-child_tickets-L-23169', 'd172-yv-current-sc-tickets-child_tickets-L-24465', 'd172-yv-current-sl-shipment-boxes-L-22524', 'd172-yv-current-sl-shipment-boxes-L-23820', 'd172-yv-current-sl-shipment-boxes-Y-22740', 'd172-yv-current-sl-shipment-boxes-Y-24036', 'd172-yv-current-sl-shipment-pallets-L-22525', 'd172-yv-current-sl-shipment-pallets-L-23821', 'd172-yv-current-sl-shipment-pallets-Y-22741', 'd172-yv-current-sl-shipment-pallets-Y-24037', 'd172-yv-current-sl-stay-nights-L-22849', 'd172-yv-current-sl-stay-nights-L-24145', 'd172-yv-current-sl-stay-rooms-L-22848', 'd172-yv-current-sl-stay-rooms-L-24144', 'd172-yv-current-sl-stay-rooms-Y-24360', 'd172-yv-current-sl-tickets-adult_tickets-L-23172', 'd172-yv-current-sl-tickets-adult_tickets-L-24468', 'd172-yv-current-sl-tickets-child_tickets-L-23173', 'd172-yv-current-sl-tickets-child_tickets-L-24469', 'd172-yv-definitive-cm-shipment-boxes-L-22606', 'd172-yv-definitive-cm-shipment-boxes-L-23902', 'd172-yv-definitive-cm-shipment-boxes-Y-22822', 'd172-yv-definitive-cm-shipment-boxes-Y-24118', 'd172-yv-definitive-cm-shipment-pallets-L-22607', 'd172-yv-definitive-cm-shipment-pallets-L-23903', 'd172-yv-definitive-cm-shipment-pallets-Y-22823', 'd172-yv-definitive-cm-shipment-pallets-Y-24119', 'd172-yv-definitive-cm-stay-nights-L-22931', 'd172-yv-definitive-cm-stay-nights-L-24227', 'd172-yv-definitive-cm-stay-rooms-L-22930', 'd172-yv-definitive-cm-stay-rooms-L-24226', 'd172-yv-definitive-cm-tickets-adult_tickets-L-23254', 'd172-yv-definitive-cm-tickets-adult_tickets-L-24550', 'd172-yv-definitive-cm-tickets-child_tickets-L-23255', 'd172-yv-definitive-sc-shipment-boxes-L-22604', 'd172-yv-definitive-sc-shipment-boxes-L-23900', 'd172-yv-definitive-sc-shipment-boxes-Y-22820', 'd172-yv-definitive-sc-shipment-boxes-Y-24116', 'd172-yv-definitive-sc-shipment-pallets-L-22605', 'd172-yv-definitive-sc-shipment-pallets-L-23901', 'd172-yv-definitive-sc-shipment-pallets-Y-22821', 'd172-yv-definitive-sc-stay-nights-L-22929', 'd172-yv-definitive-sc-stay-nights-L-24225', 'd172-yv-definitive-sc-stay-nights-Y-23145', 'd172-yv-definitive-sc-stay-rooms-L-22928', 'd172-yv-definitive-sc-tickets-adult_tickets-L-23252', 'd172-yv-definitive-sc-tickets-adult_tickets-L-24548', 'd172-yv-definitive-sc-tickets-child_tickets-L-23253', 'd172-yv-definitive-sc-tickets-child_tickets-L-24549', 'd172-yv-definitive-sl-shipment-boxes-L-22608', 'd172-yv-definitive-sl-shipment-boxes-L-23904', 'd172-yv-definitive-sl-shipment-boxes-Y-22824', 'd172-yv-definitive-sl-shipment-boxes-Y-24120', 'd172-yv-definitive-sl-shipment-pallets-L-22609', 'd172-yv-definitive-sl-shipment-pallets-L-23905', 'd172-yv-definitive-sl-shipment-pallets-Y-22825', 'd172-yv-definitive-sl-shipment-pallets-Y-24121', 'd172-yv-definitive-sl-stay-nights-L-22933', 'd172-yv-definitive-sl-stay-nights-L-24229', 'd172-yv-definitive-sl-stay-nights-Y-23149', 'd172-yv-definitive-sl-stay-rooms-L-22932', 'd172-yv-definitive-sl-stay-rooms-L-24228', 'd172-yv-definitive-sl-stay-rooms-Y-23148', 'd172-yv-definitive-sl-tickets-adult_tickets-L-23256', 'd172-yv-definitive-sl-tickets-adult_tickets-L-24552', 'd172-yv-definitive-sl-tickets-child_tickets-L-23257', 'd172-yv-definitive-sl-tickets-child_tickets-L-24553', 'd172-yv-effective-cm-shipment-boxes-L-22600', 'd172-yv-effective-cm-shipment-boxes-L-23896', 'd172-yv-effective-cm-shipment-boxes-Y-24112', 'd172-yv-effective-cm-shipment-pallets-L-22601', 'd172-yv-effective-cm-shipment-pallets-L-23897', 'd172-yv-effective-cm-shipment-pallets-Y-22817', 'd172-yv-effective-cm-shipment-pallets-Y-24113', 'd172-yv-effective-cm-stay-nights-L-22925', 'd172-yv-effective-cm-stay-nights-L-24221', 'd172-yv-effective-cm-stay-nights-Y-23141', 'd172-yv-effective-cm-stay-nights-Y-24437', 'd172-yv-effective-cm-stay-rooms-L-22924', 'd172-yv-effective-cm-stay-rooms-L-24220', 'd172-yv-effective-cm-stay-rooms-Y-23140', 'd172-yv-effective-cm-stay-rooms-Y-24436', 'd172-yv-effective-cm-tickets-adult_tickets-L-23248', 'd172-yv-effective-cm-tickets-adult_tickets-L-24544', 'd172-yv-effective-cm-tickets-child_tickets-L-23249', 'd172-yv-effective-cm-tickets-child_tickets-L-24545', 'd172-yv-effective-sc-shipment-boxes-L-22598', 'd172-yv-effective-sc-shipment-boxes-L-23894', 'd172-yv-effective-sc-shipment-boxes-Y-22814', 'd172-yv-effective-sc-shipment-pallets-L-22599', 'd172-yv-effective-sc-shipment-pallets-L-23895', 'd172-yv-effective-sc-shipment-pallets-Y-22815', 'd172-yv-effective-sc-shipment-pallets-Y-24111', 'd172-yv-effective-sc-stay-nights-L-22923', 'd172-yv-effective-sc-stay-nights-L-24219', 'd172-yv-effective-sc-stay-nights-Y-24435', 'd172-yv-effective-sc-stay-rooms-L-22922', 'd172-yv-effective-sc-stay-rooms-L-24218', 'd172-yv-effective-sc-tickets-adult_tickets-L-23246', 'd172-yv-effective-sc-tickets-adult_tickets-L-24542', 'd172-yv-effective-sc-tickets-child_tickets-L-23247', 'd172-yv-effective-sc-tickets-child_tickets-L-24543', 'd172-yv-effective-sl-shipment-boxes-L-22602', 'd172-yv-effective-sl-shipment-boxes-L-23898', 'd172-yv-effective-sl-shipment-boxes-Y-22818', 'd172-yv-effective-sl-shipment-boxes-Y-24114', 'd172-yv-effective-sl-shipment-pallets-L-22603', 'd172-yv-effective-sl-shipment-pallets-L-23899', 'd172-yv-effective-sl-shipment-pallets-Y-22819', 'd172-yv-effective-sl-shipment-pallets-Y-24115', 'd172-yv-effective-sl-stay-nights-L-22927', 'd172-yv-effective-sl-stay-nights-L-24223', 'd172-yv-effective-sl-stay-rooms-L-22926', 'd172-yv-effective-sl-stay-rooms-L-24222', 'd172-yv-effective-sl-stay-rooms-Y-24438', 'd172-yv-effective-sl-tickets-adult_tickets-L-23250', 'd172-yv-effective-sl-tickets-adult_tickets-L-24546', 'd172-yv-effective-sl-tickets-child_tickets-L-23251', 'd172-yv-effective-sl-tickets-child_tickets-L-24547', 'd172-yv-endelig-cm-shipment-boxes-L-22612', 'd172-yv-endelig-cm-shipment-boxes-L-23908', 'd172-yv-endelig-cm-shipment-boxes-Y-24124', 'd172-yv-endelig-cm-shipment-pallets-L-22613', 'd172-yv-endelig-cm-shipment-pallets-L-23909', 'd172-yv-endelig-cm-shipment-pallets-Y-22829', 'd172-yv-endelig-cm-shipment-pallets-Y-24125', 'd172-yv-endelig-cm-stay-nights-L-22937', 'd172-yv-endelig-cm-stay-nights-L-24233', 'd172-yv-endelig-cm-stay-nights-Y-24449', 'd172-yv-endelig-cm-stay-rooms-L-22936', 'd172-yv-endelig-cm-stay-rooms-L-24232', 'd172-yv-endelig-cm-stay-rooms-Y-23152', 'd172-yv-endelig-cm-stay-rooms-Y-24448', 'd172-yv-endelig-cm-tickets-adult_tickets-L-23260', 'd172-yv-endelig-cm-tickets-adult_tickets-L-24556', 'd172-yv-endelig-cm-tickets-child_tickets-L-23261', 'd172-yv-endelig-cm-tickets-child_tickets-L-24557', 'd172-yv-endelig-sc-shipment-boxes-L-22610', 'd172-yv-endelig-sc-shipment-boxes-L-23906', 'd172-yv-endelig-sc-shipment-boxes-Y-22826', 'd172-yv-endelig-sc-shipment-boxes-Y-24122', 'd172-yv-endelig-sc-shipment-pallets-L-22611', 'd172-yv-endelig-sc-shipment-pallets-L-23907', 'd172-yv-endelig-sc-shipment-pallets-Y-22827', 'd172-yv-endelig-sc-shipment-pallets-Y-24123', 'd172-yv-endelig-sc-stay-nights-L-22935', 'd172-yv-endelig-sc-stay-nights-Y-23151', 'd172-yv-endelig-sc-stay-rooms-L-22934', 'd172-yv-endelig-sc-tickets-adult_tickets-L-23258', 'd172-yv-endelig-sc-tickets-adult_tickets-L-24554', 'd172-yv-endelig-sc-tickets-child_tickets-L-23259', 'd172-yv-endelig-sc-tickets-child_tickets-L-24555', 'd172-yv-endelig-sl-shipment-boxes-L-22614', 'd172-yv-endelig-sl-shipment-boxes-L-23910', 'd172-yv-endelig-sl-shipment-boxes-Y-22830', 'd172-yv-endelig-sl-shipment-pallets-L-22615', 'd172-yv-endelig-sl-shipment-pallets-L-23911', 'd172-yv-endelig-sl-shipment-pallets-Y-22831', 'd172-yv-endelig-sl-shipment-pallets-Y-24127', 'd172-yv-endelig-sl-stay-nights-L-22939', 'd172-yv-endelig-sl-stay-nights-L-24235', 'd172-yv-endelig-sl-stay-nights-Y-24451', 'd172-yv-endelig-sl-stay-rooms-L-22938', 'd172-yv-endelig-sl-stay-rooms-L-24234', 'd172-yv-endelig-sl-stay-rooms-Y-24450', 'd172-yv-endelig-sl-tickets-adult_tickets-L-23262', 'd172-yv-endelig-sl-tickets-adult_tickets-L-24558', 'd172-yv-endelig-sl-tickets-child_tickets-L-23263', 'd172-yv-endelig-sl-tickets-child_tickets-L-24559', 'd172-yv-final-cm-shipment-boxes-L-22528', 'd172-yv-final-cm-shipment-boxes-L-23824', 'd172-yv-final-cm-shipment-boxes-Y-24040', 'd172-yv-final-cm-shipment-pallets-L-22529', 'd172-yv-final-cm-shipment-pallets-L-23825', 'd172-yv-final-cm-shipment-pallets-Y-22745', 'd172-yv-final-cm-shipment-pallets-Y-24041', 'd172-yv-final-cm-stay-nights-L-22853', 'd172-yv-final-cm-stay-nights-L-24149', 'd172-yv-final-cm-stay-nights-Y-24365', 'd172-yv-final-cm-stay-rooms-L-22852', 'd172-yv-final-cm-stay-rooms-L-24148', 'd172-yv-final-cm-stay-rooms-Y-23068', 'd172-yv-final-cm-tickets-adult_tickets-L-23176', 'd172-yv-final-cm-tickets-adult_tickets-L-24472', 'd172-yv-final-cm-tickets-child_tickets-L-23177', 'd172-yv-final-cm-tickets-child_tickets-L-24473', 'd172-yv-final-sc-shipment-boxes-L-22526', 'd172-yv-final-sc-shipment-boxes-L-23822', 'd172-yv-final-sc-shipment-boxes-Y-24038', 'd172-yv-final-sc-shipment-pallets-L-22527', 'd172-yv-final-sc-shipment-pallets-L-23823', 'd172-yv-final-sc-shipment-pallets-Y-24039', 'd172-yv-final-sc-stay-nights-L-22851', 'd172-yv-final-sc-stay-rooms-L-22850', 'd172-yv-final-sc-stay-rooms-L-24146', 'd172-yv-final-sc-tickets-adult_tickets-L-23174', 'd172-yv-final-sc-tickets-adult_tickets-L-24470', 'd172-yv-final-sc-tickets-child_tickets-L-23175', 'd172-yv-final-sc-tickets-child_tickets-L-24471', 'd172-yv-final-sl-shipment-boxes-L-22530', 'd172-yv-final-sl-shipment-boxes-L-23826', 'd172-yv-final-sl-shipment-boxes-Y-24042', 'd172-yv-final-sl-shipment-pallets-L-22531', 'd172-yv-final-sl-shipment-pallets-L-23827', 'd172-yv-final-sl-shipment-pallets-Y-24043', 'd172-yv-final-sl-stay-nights-L-22855', 'd172-yv-final-sl-stay-nights-L-24151', 'd172-yv-final-sl-stay-nights-Y-24367', 'd172-yv-final-sl-stay-rooms-L-22854', 'd172-yv-final-sl-stay-rooms-L-24150', 'd172-yv-final-sl-stay-rooms-Y-24366', 'd172-yv-final-sl-tickets-adult_tickets-L-23178', 'd172-yv-final-sl-tickets-adult_tickets-L-24474', 'd172-yv-final-sl-tickets-child_tickets-L-23179', 'd172-yv-final-sl-tickets-child_tickets-L-24475', 'd172-yv-jetzt-cm-shipment-boxes-L-22576', 'd172-yv-jetzt-cm-shipment-boxes-L-23872', 'd172-yv-jetzt-cm-shipment-boxes-Y-24088', 'd172-yv-jetzt-cm-shipment-pallets-L-22577', 'd172-yv-jetzt-cm-shipment-pallets-L-23873', 'd172-yv-jetzt-cm-shipment-pallets-Y-22793', 'd172-yv-jetzt-cm-shipment-pallets-Y-24089', 'd172-yv-jetzt-cm-stay-nights-L-22901', 'd172-yv-jetzt-cm-stay-nights-L-24197', 'd172-yv-jetzt-cm-stay-nights-Y-24413', 'd172-yv-jetzt-cm-stay-rooms-L-22900', 'd172-yv-jetzt-cm-stay-rooms-L-24196', 'd172-yv-jetzt-cm-stay-rooms-Y-24412', 'd172-yv-jetzt-cm-tickets-adult_tickets-L-23224', 'd172-yv-jetzt-cm-tickets-adult_tickets-L-24520', 'd172-yv-jetzt-cm-tickets-child_tickets-L-23225', 'd172-yv-jetzt-cm-tickets-child_tickets-L-24521', 'd172-yv-jetzt-sc-shipment-boxes-L-22574', 'd172-yv-jetzt-sc-shipment-boxes-L-23870', 'd172-yv-jetzt-sc-shipment-boxes-Y-22790', 'd172-yv-jetzt-sc-shipment-boxes-Y-24086', 'd172-yv-jetzt-sc-shipment-pallets-L-22575', 'd172-yv-jetzt-sc-shipment-pallets-L-23871', 'd172-yv-jetzt-sc-shipment-pallets-Y-22791', 'd172-yv-jetzt-sc-shipment-pallets-Y-24087', 'd172-yv-jetzt-sc-stay-nights-L-22899', 'd172-yv-jetzt-sc-stay-nights-L-24195', 'd172-yv-jetzt-sc-stay-nights-Y-23115', 'd172-yv-jetzt-sc-stay-nights-Y-24411', 'd172-yv-jetzt-sc-stay-rooms-L-22898', 'd172-yv-jetzt-sc-stay-rooms-L-24194', 'd172-yv-jetzt-sc-stay-rooms-Y-24410', 'd172-yv-jetzt-sc-tickets-adult_tickets-L-23222', 'd172-yv-jetzt-sc-tickets-adult_tickets-L-24518', 'd172-yv-jetzt-sc-tickets-child_tickets-L-23223', 'd172-yv-jetzt-sc-tickets-child_tickets-L-24519', 'd172-yv-jetzt-sl-shipment-boxes-L-22578', 'd172-yv-jetzt-sl-shipment-boxes-L-23874', 'd172-yv-jetzt-sl-shipment-boxes-Y-24090', 'd172-yv-jetzt-sl-shipment-pallets-L-22579', 'd172-yv-jetzt-sl-shipment-pallets-L-23875', 'd172-yv-jetzt-sl-shipment-pallets-Y-24091', 'd172-yv-jetzt-sl-stay-nights-L-22903', 'd172-yv-jetzt-sl-stay-nights-L-24199', 'd172-yv-jetzt-sl-stay-nights-Y-23119', 'd172-yv-jetzt-sl-stay-nights-Y-24415', 'd172-yv-jetzt-sl-stay-rooms-L-22902', 'd172-yv-jetzt-sl-stay-rooms-L-24198', 'd172-yv-jetzt-sl-stay-rooms-Y-24414', 'd172-yv-jetzt-sl-tickets-adult_tickets-L-23226', 'd172-yv-jetzt-sl-tickets-adult_tickets-L-24522', 'd172-yv-jetzt-sl-tickets-child_tickets-L-23227', 'd172-yv-jetzt-sl-tickets-child_tickets-L-24523', 'd172-yv-latest-cm-shipment-boxes-L-22534', 'd172-yv-latest-cm-shipment-boxes-L-23830', 'd172-yv-latest-cm-shipment-boxes-Y-22750', 'd172-yv-latest-cm-shipment-pallets-L-22535', 'd172-yv-latest-cm-shipment-pallets-L-23831', 'd172-yv-latest-cm-shipment-pallets-Y-22751', 'd172-yv-latest-cm-shipment-pallets-Y-24047', 'd172-yv-latest-cm-stay-nights-L-22859', 'd172-yv-latest-cm-stay-nights-L-24155', 'd172-yv-latest-cm-stay-nights-Y-24371', 'd172-yv-latest-cm-stay-rooms-L-22858', 'd172-yv-latest-cm-stay-rooms-L-24154', 'd172-yv-latest-cm-tickets-adult_tickets-L-23182', 'd172-yv-latest-cm-tickets-adult_tickets-L-24478', 'd172-yv-latest-cm-tickets-child_tickets-L-23183', 'd172-yv-latest-cm-tickets-child_tickets-L-24479', 'd172-yv-latest-sc-shipment-boxes-L-22532', 'd172-yv-latest-sc-shipment-boxes-L-23828', 'd172-yv-latest-sc-shipment-boxes-Y-22748', 'd172-yv-latest-sc-shipment-boxes-Y-24044', 'd172-yv-latest-sc-shipment-pallets-L-22533', 'd172-yv-latest-sc-shipment-pallets-L-23829', 'd172-yv-latest-sc-shipment-pallets-Y-22749', 'd172-yv-latest-sc-shipment-pallets-Y-24045', 'd172-yv-latest-sc-stay-nights-L-22857', 'd172-yv-latest-sc-stay-nights-L-24153', 'd172-yv-latest-sc-stay-nights-Y-23073', 'd172-yv-latest-sc-stay-rooms-L-22856', 'd172-yv-latest-sc-tickets-adult_tickets-L-23180', 'd172-yv-latest-sc-tickets-adult_tickets-L-24476', 'd172-yv-latest-sc-tickets-child_tickets-L-23181', 'd172-yv-latest-sc-tickets-child_tickets-L-24477', 'd172-yv-latest-sl-shipment-boxes-L-22536', 'd172-yv-latest-sl-shipment-boxes-L-23832', 'd172-yv-latest-sl-shipment-boxes-Y-22752', 'd172-yv-latest-sl-shipment-boxes-Y-24048', 'd172-yv-latest-sl-shipment-pallets-L-22537', 'd172-yv-latest-sl-shipment-pallets-L-23833', 'd172-yv-latest-sl-stay-nights-L-22861', 'd172-yv-latest-sl-stay-nights-L-24157', 'd172-yv-latest-sl-stay-rooms-L-22860', 'd172-yv-latest-sl-stay-rooms-L-24156', 'd172-yv-latest-sl-stay-rooms-Y-23076', 'd172-yv-latest-sl-stay-rooms-Y-24372', 'd172-yv-latest-sl-tickets-adult_tickets-L-23184', 'd172-yv-latest-sl-tickets-adult_tickets-L-24480', 'd172-yv-latest-sl-tickets-child_tickets-L-23185', 'd172-yv-latest-sl-tickets-child_tickets-L-24481', 'd172-yv-new-cm-shipment-boxes-L-22558', 'd172-yv-new-cm-shipment-boxes-L-23854', 'd172-yv-new-cm-shipment-boxes-Y-22774', 'd172-yv-new-cm-shipment-pallets-L-22559', 'd172-yv-new-cm-shipment-pallets-L-23855', 'd172-yv-new-cm-shipment-pallets-Y-22775', 'd172-yv-new-cm-shipment-pallets-Y-24071', 'd172-yv-new-cm-stay-nights-L-22883', 'd172-yv-new-cm-stay-nights-L-24179', 'd172-yv-new-cm-stay-nights-Y-23099', 'd172-yv-new-cm-stay-nights-Y-24395', 'd172-yv-new-cm-stay-rooms-L-22882', 'd172-yv-new-cm-stay-rooms-L-24178', 'd172-yv-new-cm-stay-rooms-Y-23098', 'd172-yv-new-cm-tickets-adult_tickets-L-23206', 'd172-yv-new-cm-tickets-adult_tickets-L-24502', 'd172-yv-new-cm-tickets-child_tickets-L-23207', 'd172-yv-new-cm-tickets-child_tickets-L-24503', 'd172-yv-new-sc-shipment-boxes-L-22556', 'd172-yv-new-sc-shipment-boxes-L-23852', 'd172-yv-new-sc-shipment-boxes-Y-22772', 'd172-yv-new-sc-shipment-boxes-Y-24068', 'd172-yv-new-sc-shipment-pallets-L-22557', 'd172-yv-new-sc-shipment-pallets-L-23853', 'd172-yv-new-sc-shipment-pallets-Y-24069', 'd172-yv-new-sc-stay-nights-L-22881', 'd172-yv-new-sc-stay-nights-L-24177', 'd172-yv-new-sc-stay-rooms-L-22880', 'd172-yv-new-sc-stay-rooms-L-24176', 'd172-yv-new-sc-stay-rooms-Y-24392', 'd172-yv-new-sc-tickets-adult_tickets-L-23204', 'd172-yv-new-sc-tickets-adult_tickets-L-24500', 'd172-yv-new-sc-tickets-child_tickets-L-23205', 'd172-yv-new-sc-tickets-child_tickets-L-24501', 'd172-yv-new-sl-shipment-boxes-L-22560', 'd172-yv-new-sl-shipment-boxes-L-23856', 'd172-yv-new-sl-shipment-boxes-Y-22776', 'd172-yv-new-sl-shipment-boxes-Y-24072', 'd172-yv-new-sl-shipment-pallets-L-22561', 'd172-yv-new-sl-shipment-pallets-L-23857', 'd172-yv-new-sl-shipment-pallets-Y-24073', 'd172-yv-new-sl-stay-nights-L-22885', 'd172-yv-new-sl-stay-nights-L-24181', 'd172-yv-new-sl-stay-nights-Y-24397', 'd172-yv-new-sl-stay-rooms-L-22884', 'd172-yv-new-sl-stay-rooms-L-24180', 'd172-yv-new-sl-tickets-adult_tickets-L-23208', 'd172-yv-new-sl-tickets-adult_tickets-L-24504', 'd172-yv-new-sl-tickets-child_tickets-L-23209', 'd172-yv-new-sl-tickets-child_tickets-L-24505', 'd172-yv-now-cm-shipment-boxes-L-22552', 'd172-yv-now-cm-shipment-boxes-L-23848', 'd172-yv-now-cm-shipment-boxes-Y-22768', 'd172-yv-now-cm-shipment-boxes-Y-24064', 'd172-yv-now-cm-shipment-pallets-L-22553', 'd172-yv-now-cm-shipment-pallets-L-23849', 'd172-yv-now-cm-shipment-pallets-Y-24065', 'd172-yv-now-cm-stay-nights-L-22877', 'd172-yv-now-cm-stay-rooms-L-22876', 'd172-yv-now-cm-stay-rooms-L-24172', 'd172-yv-now-cm-stay-rooms-Y-23092', 'd172-yv-now-cm-tickets-adult_tickets-L-23200', 'd172-yv-now-cm-tickets-adult_tickets-L-24496', 'd172-yv-now-cm-tickets-child_tickets-L-23201', 'd172-yv-now-cm-tickets-child_tickets-L-24497', 'd172-yv-now-sc-shipment-boxes-L-22550', 'd172-yv-now-sc-shipment-boxes-L-23846', 'd172-yv-now-sc-shipment-boxes-Y-22766', 'd172-yv-now-sc-shipment-pallets-L-22551', 'd172-yv-now-sc-shipment-pallets-L-23847', 'd172-yv-now-sc-shipment-pallets-Y-22767', 'd172-yv-now-sc-shipment-pallets-Y-24063', 'd172-yv-now-sc-stay-nights-L-22875', 'd172-yv-now-sc-stay-nights-L-24171', 'd172-yv-now-sc-stay-rooms-L-22874', 'd172-yv-now-sc-stay-rooms-L-24170', 'd172-yv-now-sc-tickets-adult_tickets-L-23198', 'd172-yv-now-sc-tickets-adult_tickets-L-24494', 'd172-yv-now-sc-tickets-child_tickets-L-23199', 'd172-yv-now-sc-tickets-child_tickets-L-24495', 'd172-yv-now-sl-shipment-boxes-L-22554', 'd172-yv-now-sl-shipment-boxes-L-23850', 'd172-yv-now-sl-shipment-boxes-Y-22770', 'd172-yv-now-sl-shipment-pallets-L-22555', 'd172-yv-now-sl-shipment-pallets-L-23851', 'd172-yv-now-sl-shipment-pallets-Y-22771', 'd172-yv-now-sl-shipment-pallets-Y-24067', 'd172-yv-now-sl-stay-nights-L-22879', 'd172-yv-now-sl-stay-nights-L-24175', 'd172-yv-now-sl-stay-nights-Y-23095', 'd172-yv-now-sl-stay-rooms-L-22878', 'd172-yv-now-sl-stay-rooms-L-24174', 'd172-yv-now-sl-tickets-adult_tickets-L-23202', 'd172-yv-now-sl-tickets-adult_tickets-L-24498', 'd172-yv-now-sl-tickets-child_tickets-L-23203', 'd172-yv-now-sl-tickets-child_tickets-L-24499', 'd172-yv-nå-cm-shipment-boxes-L-22570', 'd172-yv-nå-cm-shipment-boxes-L-23866', 'd172-yv-nå-cm-shipment-boxes-Y-22786', 'd172-yv-nå-cm-shipment-boxes-Y-24082', 'd172-yv-nå-cm-shipment-pallets-L-22571', 'd172-yv-nå-cm-shipment-pallets-L-23867', 'd172-yv-nå-cm-shipment-pallets-Y-24083', 'd172-yv-nå-cm-stay-nights-L-22895', 'd172-yv-nå-cm-stay-nights-L-24191', 'd172-yv-nå-cm-stay-nights-Y-23111', 'd172-yv-nå-cm-stay-rooms-L-22894', 'd172-yv-nå-cm-stay-rooms-L-24190', 'd172-yv-nå-cm-stay-rooms-Y-23110', 'd172-yv-nå-cm-stay-rooms-Y-24406', 'd172-yv-nå-cm-tickets-adult_tickets-L-23218', 'd172-yv-nå-cm-tickets-adult_tickets-L-24514', 'd172-yv-nå-cm-tickets-child_tickets-L-23219', 'd172-yv-nå-cm-tickets-child_tickets-L-24515', 'd172-yv-nå-sc-shipment-boxes-L-22568', 'd172-yv-nå-sc-shipment-boxes-L-23864', 'd172-yv-nå-sc-shipment-boxes-Y-22784', 'd172-yv-nå-sc-shipment-boxes-Y-24080', 'd172-yv-nå-sc-shipment-pallets-L-22569', 'd172-yv-nå-sc-shipment-pallets-L-23865', 'd172-yv-nå-sc-shipment-pallets-Y-24081', 'd172-yv-nå-sc-stay-nights-L-22893', 'd172-yv-nå-sc-stay-nights-L-24189', 'd172-yv-nå-sc-stay-nights-Y-24405', 'd172-yv-nå-sc-stay-rooms-L-22892', 'd172-yv-nå-sc-stay-rooms-Y-23108', 'd172-yv-nå-sc-stay-rooms-Y-24404', 'd172-yv-nå-sc-tickets-adult_tickets-L-23216', 'd172-yv-nå-sc-tickets-adult_tickets-L-24512', 'd172-yv-nå-sc-tickets-child_tickets-L-23217', 'd172-yv-nå-sc-tickets-child_tickets-L-24513', 'd172-yv-nå-sl-shipment-boxes-L-22572', 'd172-yv-nå-sl-shipment-boxes-L-23868', 'd172-yv-nå-sl-shipment-pallets-L-22573', 'd172-yv-nå-sl-shipment-pallets-L-23869', 'd172-yv-nå-sl-shipment-pallets-Y-22789', 'd172-yv-nå-sl-stay-nights-L-22897', 'd172-yv-nå-sl-stay-nights-L-24193', 'd172-yv-nå-sl-stay-nights-Y-24409', 'd172-yv-nå-sl-stay-rooms-L-22896', 'd172-yv-nå-sl-stay-rooms-L-24192', 'd172-yv-nå-sl-tickets-adult_tickets-L-23220', 'd172-yv-nå-sl-tickets-adult_tickets-L-24516', 'd172-yv-nå-sl-tickets-child_tickets-L-23221', 'd172-yv-nå-sl-tickets-child_tickets-L-24517', 'd172-yv-real-cm-shipment-boxes-L-22582', 'd172-yv-real-cm-shipment-boxes-L-23878', 'd172-yv-real-cm-shipment-boxes-Y-24094', 'd172-yv-real-cm-shipment-pallets-L-22583', 'd172-yv-real-cm-shipment-pallets-L-23879', 'd172-yv-real-cm-shipment-pallets-Y-22799', 'd172-yv-real-cm-shipment-pallets-Y-24095', 'd172-yv-real-cm-stay-nights-L-22907', 'd172-yv-real-cm-stay-nights-L-24203', 'd172-yv-real-cm-stay-nights-Y-23123', 'd172-yv-real-cm-stay-nights-Y-24419', 'd172-yv-real-cm-stay-rooms-L-22906', 'd172-yv-real-cm-stay-rooms-L-24202', 'd172-yv-real-cm-stay-rooms-Y-24418', 'd172-yv-real-cm-tickets-adult_tickets-L-23230', 'd172-yv-real-cm-tickets-adult_tickets-L-24526', 'd172-yv-real-cm-tickets-child_tickets-L-23231', 'd172-yv-real-cm-tickets-child_tickets-L-24527', 'd172-yv-real-sc-shipment-boxes-L-22580', 'd172-yv-real-sc-shipment-boxes-L-23876', 'd172-yv-real-sc-shipment-pallets-L-22581', 'd172-yv-real-sc-shipment-pallets-L-23877', 'd172-yv-real-sc-shipment-pallets-Y-24093', 'd172-yv-real-sc-stay-nights-L-22905', 'd172-yv-real-sc-stay-nights-L-24201', 'd172-yv-real-sc-stay-nights-Y-24417', 'd172-yv-real-sc-stay-rooms-L-22904', 'd172-yv-real-sc-stay-rooms-L-24200', 'd172-yv-real-sc-stay-rooms-Y-24416', 'd172-yv-real-sc-tickets-adult_tickets-L-23228', 'd172-yv-real-sc-tickets-adult_tickets-L-24524', 'd172-yv-real-sc-tickets-child_tickets-L-23229', 'd172-yv-real-sc-tickets-child_tickets-L-24525', 'd172-yv-real-sl-shipment-boxes-L-22584', 'd172-yv-real-sl-shipment-boxes-L-23880', 'd172-yv-real-sl-shipment-boxes-Y-22800', 'd172-yv-real-sl-shipment-boxes-Y-24096', 'd172-yv-real-sl-shipment-pallets-L-22585', 'd172-yv-real-sl-shipment-pallets-L-23881', 'd172-yv-real-sl-shipment-pallets-Y-22801', 'd172-yv-real-sl-shipment-pallets-Y-24097', 'd172-yv-real-sl-stay-nights-L-22909', 'd172-yv-real-sl-stay-nights-L-24205', 'd172-yv-real-sl-stay-nights-Y-24421', 'd172-yv-real-sl-stay-rooms-L-22908', 'd172-yv-real-sl-stay-rooms-L-24204', 'd172-yv-real-sl-tickets-adult_tickets-L-23232', 'd172-yv-real-sl-tickets-adult_tickets-L-24528', 'd172-yv-real-sl-tickets-child_tickets-L-23233', 'd172-yv-real-sl-tickets-child_tickets-L-24529', 'd172-yv-should_be-cm-shipment-boxes-L-22540', 'd172-yv-should_be-cm-shipment-boxes-L-23836', 'd172-yv-should_be-cm-shipment-boxes-Y-24052', 'd172-yv-should_be-cm-shipment-pallets-L-22541', 'd172-yv-should_be-cm-shipment-pallets-L-23837', 'd172-yv-should_be-cm-shipment-pallets-Y-24053', 'd172-yv-should_be-cm-stay-nights-L-22865', 'd172-yv-should_be-cm-stay-nights-L-24161', 'd172-yv-should_be-cm-stay-nights-Y-23081', 'd172-yv-should_be-cm-stay-rooms-L-22864', 'd172-yv-should_be-cm-stay-rooms-L-24160', 'd172-yv-should_be-cm-tickets-adult_tickets-L-23188', 'd172-yv-should_be-cm-tickets-adult_tickets-L-24484', 'd172-yv-should_be-cm-tickets-child_tickets-L-23189', 'd172-yv-should_be-cm-tickets-child_tickets-L-24485', 'd172-yv-should_be-sc-shipment-boxes-L-22538', 'd172-yv-should_be-sc-shipment-boxes-L-23834', 'd172-yv-should_be-sc-shipment-boxes-Y-22754', 'd172-yv-should_be-sc-shipment-boxes-Y-24050', 'd172-yv-should_be-sc-shipment-pallets-L-22539', 'd172-yv-should_be-sc-shipment-pallets-L-23835', 'd172-yv-should_be-sc-shipment-pallets-Y-22755', 'd172-yv-should_be-sc-stay-nights-L-22863', 'd172-yv-should_be-sc-stay-nights-L-24159', 'd172-yv-should_be-sc-stay-nights-Y-23079', 'd172-yv-should_be-sc-stay-rooms-L-22862', 'd172-yv-should_be-sc-stay-rooms-L-24158', 'd172-yv-should_be-sc-tickets-adult_tickets-L-23186', 'd172-yv-should_be-sc-tickets-adult_tickets-L-24482', 'd172-yv-should_be-sc-tickets-child_tickets-L-23187', 'd172-yv-should_be-sc-tickets-child_tickets-L-24483', 'd172-yv-should_be-sl-shipment-boxes-L-22542', 'd172-yv-should_be-sl-shipment-boxes-L-23838', 'd172-yv-should_be-sl-shipment-boxes-Y-22758', 'd172-yv-should_be-sl-shipment-boxes-Y-24054', 'd172-yv-should_be-sl-shipment-pallets-L-22543', 'd172-yv-should_be-sl-shipment-pallets-L-23839', 'd172-yv-should_be-sl-shipment-pallets-Y-22759', 'd172-yv-should_be-sl-shipment-pallets-Y-24055', 'd172-yv-should_be-sl-stay-nights-L-22867', 'd172-yv-should_be-sl-stay-nights-L-24163', 'd172-yv-should_be-sl-stay-nights-Y-24379', 'd172-yv-should_be-sl-stay-rooms-L-22866', 'd172-yv-should_be-sl-stay-rooms-L-24162', 'd172-yv-should_be-sl-stay-rooms-Y-24378', 'd172-yv-should_be-sl-tickets-adult_tickets-L-23190', 'd172-yv-should_be-sl-tickets-adult_tickets-L-24486', 'd172-yv-should_be-sl-tickets-child_tickets-L-23191', 'd172-yv-should_be-sl-tickets-child_tickets-L-24487', 'd172-yv-true-cm-shipment-boxes-L-22588', 'd172-yv-true-cm-shipment-boxes-L-23884', 'd172-yv-true-cm-shipment-boxes-Y-22804', 'd172-yv-true-cm-shipment-boxes-Y-24100', 'd172-yv-true-cm-shipment-pallets-L-22589', 'd172-yv-true-cm-shipment-pallets-L-23885', 'd172-yv-true-cm-shipment-pallets-Y-22805', 'd172-yv-true-cm-shipment-pallets-Y-24101', 'd172-yv-true-cm-stay-nights-L-22913', 'd172-yv-true-cm-stay-nights-L-24209', 'd172-yv-true-cm-stay-nights-Y-23129', 'd172-yv-true-cm-stay-rooms-L-22912', 'd172-yv-true-cm-stay-rooms-L-24208', 'd172-yv-true-cm-stay-rooms-Y-24424', 'd172-yv-true-cm-tickets-adult_tickets-L-23236', 'd172-yv-true-cm-tickets-adult_tickets-L-24532', 'd172-yv-true-cm-tickets-child_tickets-L-23237', 'd172-yv-true-cm-tickets-child_tickets-L-24533', 'd172-yv-true-sc-shipment-boxes-L-22586', 'd172-yv-true-sc-shipment-boxes-L-23882', 'd172-yv-true-sc-shipment-boxes-Y-24098', 'd172-yv-true-sc-shipment-pallets-L-22587', 'd172-yv-true-sc-shipment-pallets-L-23883', 'd172-yv-true-sc-shipment-pallets-Y-22803', 'd172-yv-true-sc-shipment-pallets-Y-24099', 'd172-yv-true-sc-stay-nights-L-22911', 'd172-yv-true-sc-stay-nights-L-24207', 'd172-yv-true-sc-stay-rooms-L-22910', 'd172-yv-true-sc-stay-rooms-L-24206', 'd172-yv-true-sc-stay-rooms-Y-23126', 'd172-yv-true-sc-tickets-adult_tickets-L-23234', 'd172-yv-true-sc-tickets-adult_tickets-L-24530', 'd172-yv-true-sc-tickets-child_tickets-L-23235', 'd172-yv-true-sc-tickets-child_tickets-L-24531', 'd172-yv-true-sl-shipment-boxes-L-22590', 'd172-yv-true-sl-shipment-boxes-L-23886', 'd172-yv-true-sl-shipment-boxes-Y-22806', 'd172-yv-true-sl-shipment-boxes-Y-24102', 'd172-yv-true-sl-shipment-pallets-L-22591', 'd172-yv-true-sl-shipment-pallets-L-23887', 'd172-yv-true-sl-shipment-pallets-Y-24103', 'd172-yv-true-sl-stay-nights-L-22915', 'd172-yv-true-sl-stay-nights-L-24211', 'd172-yv-true-sl-stay-nights-Y-23131', 'd172-yv-true-sl-stay-nights-Y-24427', 'd172-yv-true-sl-stay-rooms-L-22914', 'd172-yv-true-sl-stay-rooms-L-24210', 'd172-yv-true-sl-stay-rooms-Y-24426', 'd172-yv-true-sl-tickets-adult_tickets-L-23238', 'd172-yv-true-sl-tickets-adult_tickets-L-24534', 'd172-yv-true-sl-tickets-child_tickets-L-23239', 'd172-yv-true-sl-tickets-child_tickets-L-24535', 'd172-yv-valid-cm-shipment-boxes-L-22594', 'd172-yv-valid-cm-shipment-boxes-L-23890', 'd172-yv-valid-cm-shipment-boxes-Y-22810', 'd172-yv-valid-cm-shipment-boxes-Y-24106', 'd172-yv-valid-cm-stay-rooms-L-22918', 'd172-yv-valid-cm-stay-rooms-L-24214', 'd172-yv-valid-cm-stay-rooms-Y-24430', 'd172-yv-valid-cm-tickets-adult_tickets-L-23242', 'd172-yv-valid-cm-tickets-adult_tickets-L-24538', 'd172-yv-valid-sc-shipment-boxes-L-22592', 'd172-yv-valid-sc-shipment-boxes-L-23888', 'd172-yv-valid-sc-shipment-boxes-Y-22808', 'd172-yv-valid-sc-shipment-boxes-Y-24104', 'd172-yv-valid-sc-stay-rooms-L-22916', 'd172-yv-valid-sc-stay-rooms-L-24212', 'd172-yv-valid-sc-stay-rooms-Y-23132', 'd172-yv-valid-sc-stay-rooms-Y-24428', 'd172-yv-valid-sc-tickets-adult_tickets-L-23240', 'd172-yv-valid-sc-tickets-adult_tickets-L-24536', 'd172-yv-valid-sl-shipment-boxes-L-22596', 'd172-yv-valid-sl-shipment-boxes-L-23892', 'd172-yv-valid-sl-shipment-boxes-Y-22812', 'd172-yv-valid-sl-shipment-boxes-Y-24108', 'd172-yv-valid-sl-stay-rooms-L-22920', 'd172-yv-valid-sl-stay-rooms-L-24216', 'd172-yv-valid-sl-stay-rooms-Y-23136', 'd172-yv-valid-sl-tickets-adult_tickets-L-23244', 'd172-yv-valid-sl-tickets-adult_tickets-L-24540']
r172_arguable_list = ['d172-es-now-rooms-L-18302', 'd172-es-now-rx-L-14774', 'd172-ev-now-rooms-L-18302', 'd172-ev-now-rx-L-14774', 'd172-ns-now-guests-L-19031', 'd172-ns-now-guests-L-19359', 'd172-ns-now-guests-O-19441', 'd172-ns-now-guests-Y-19195', 'd172-ns-now-guests-Y-19523', 'd172-ns-now-nights-L-19030', 'd172-ns-now-nights-L-19358', 'd172-ns-now-nights-O-19112', 'd172-ns-now-nights-Y-19194', 'd172-nv-now-guests-L-19031', 'd172-nv-now-guests-L-19359', 'd172-nv-now-guests-O-19441', 'd172-nv-now-guests-Y-19195', 'd172-nv-now-guests-Y-19523', 'd172-nv-now-nights-L-19030', 'd172-nv-now-nights-L-19358', 'd172-nv-now-nights-O-19112', 'd172-nv-now-nights-Y-19194', 'd172-xs-confirmed-cm-c-guests-L-20295', 'd172-xs-confirmed-cm-c-guests-O-20627', 'd172-xs-confirmed-cm-c-nights-L-21414', 'd172-xs-confirmed-cm-c-nights-O-21746', 'd172-xs-confirmed-cm-c-nights-Y-21014', 'd172-xs-confirmed-cm-c-nights-Y-22134', 'd172-xs-confirmed-cm-u-guests-L-21417', 'd172-xs-confirmed-cm-u-nights-O-21748', 'd172-xs-confirmed-cm-u-nights-Y-22136', 'd172-xs-confirmed-pp-c-guests-L-20299', 'd172-xs-confirmed-pp-c-guests-Y-22139', 'd172-xs-confirmed-pp-c-nights-L-20298', 'd172-xs-confirmed-pp-c-nights-L-21418', 'd172-xs-confirmed-sc-c-guests-L-20291', 'd172-xs-confirmed-sc-c-guests-O-20623', 'd172-xs-confirmed-sc-c-guests-Y-21011', 'd172-xs-confirmed-sc-c-nights-L-20290', 'd172-xs-confirmed-sc-c-nights-O-20622', 'd172-xs-confirmed-sc-c-nights-Y-22130', 'd172-xs-confirmed-sc-u-guests-O-20625', 'd172-xs-confirmed-sl-c-guests-L-21423', 'd172-xs-confirmed-sl-c-guests-O-20631', 'd172-xs-confirmed-sl-c-guests-Y-22143', 'd172-xs-confirmed-sl-c-nights-L-20302', 'd172-xs-confirmed-sl-c-nights-L-21422', 'd172-xs-confirmed-sl-c-nights-Y-21022', 'd172-xs-confirmed-sl-u-guests-L-21425', 'd172-xs-confirmed-sl-u-guests-O-20633', 'd172-xs-neu-cm-c-guests-O-20515', 'd172-xs-neu-cm-c-guests-O-21635', 'd172-xs-neu-cm-c-guests-Y-21995', 'd172-xs-neu-cm-c-nights-L-20154', 'd172-xs-neu-cm-c-nights-Y-20874', 'd172-xs-neu-cm-c-nights-Y-21994', 'd172-xs-neu-cm-u-guests-L-20157', 'd172-xs-neu-cm-u-guests-L-21277', 'd172-xs-neu-cm-u-guests-O-20517', 'd172-xs-neu-cm-u-guests-Y-21997', 'd172-xs-neu-cm-u-nights-Y-21996', 'd172-xs-neu-pp-c-guests-Y-20879', 'd172-xs-neu-pp-c-guests-Y-21999', 'd172-xs-neu-pp-c-nights-Y-21998', 'd172-xs-neu-sc-c-guests-L-20151', 'd172-xs-neu-sc-c-guests-L-21271', 'd172-xs-neu-sc-c-guests-O-20511', 'd172-xs-neu-sc-c-guests-Y-21991', 'd172-xs-neu-sc-c-nights-Y-20870', 'd172-xs-neu-sc-c-nights-Y-21990', 'd172-xs-neu-sc-u-guests-O-20513', 'd172-xs-neu-sc-u-nights-Y-20872', 'd172-xs-neu-sl-c-guests-O-21639', 'd172-xs-neu-sl-c-guests-Y-20883', 'd172-xs-neu-sl-c-nights-L-21282', 'd172-xs-neu-sl-c-nights-O-21638', 'd172-xs-neu-sl-c-nights-Y-20882', 'd172-xs-neu-sl-u-guests-Y-20885', 'd172-xs-new-cm-c-guests-L-21075', 'd172-xs-new-cm-c-guests-Y-20675', 'd172-xs-new-cm-c-nights-L-19954', 'd172-xs-new-cm-u-guests-L-19957', 'd172-xs-new-pp-c-guests-L-19959', 'd172-xs-new-pp-c-guests-L-21079', 'd172-xs-new-pp-c-nights-Y-20678', 'd172-xs-new-sc-c-guests-L-21071', 'd172-xs-new-sc-c-guests-O-20351', 'd172-xs-new-sc-c-guests-O-21471', 'd172-xs-new-sc-c-guests-Y-20671', 'd172-xs-new-sc-c-guests-Y-21791', 'd172-xs-new-sc-c-nights-L-21070', 'd172-xs-new-sc-c-nights-O-21470', 'd172-xs-new-sl-c-guests-O-21479', 'd172-xs-new-sl-c-nights-O-21478', 'd172-xs-new-sl-c-nights-Y-20682', 'd172-xs-new-sl-u-guests-O-20361', 'd172-xs-nouveau-cm-c-guests-L-20215', 'd172-xs-nouveau-cm-c-guests-L-21335', 'd172-xs-nouveau-cm-c-guests-O-21683', 'd172-xs-nouveau-cm-c-guests-Y-20935', 'd172-xs-nouveau-cm-c-guests-Y-22055', 'd172-xs-nouveau-cm-c-nights-L-20214', 'd172-xs-nouveau-cm-c-nights-O-21682', 'd172-xs-nouveau-cm-u-guests-L-20217', 'd172-xs-nouveau-pp-c-guests-Y-22059', 'd172-xs-nouveau-pp-c-nights-L-21338', 'd172-xs-nouveau-pp-c-nights-Y-20938', 'd172-xs-nouveau-pp-u-guests-Y-20941', 'd172-xs-nouveau-sc-c-guests-O-20559', 'd172-xs-nouveau-sc-c-nights-L-21330', 'd172-xs-nouveau-sc-c-nights-O-20558', 'd172-xs-nouveau-sc-c-nights-Y-20930', 'd172-xs-nouveau-sc-u-guests-L-20213', 'd172-xs-nouveau-sl-c-guests-L-21343', 'd172-xs-nouveau-sl-c-nights-L-20222', 'd172-xs-nouveau-sl-c-nights-O-20566', 'd172-xs-nouveau-sl-c-nights-O-21686', 'd172-xs-nouveau-sl-c-nights-Y-20942', 'd172-xs-nouveau-sl-u-guests-O-21689', 'd172-xs-nuevo-cm-c-guests-O-21699', 'd172-xs-nuevo-cm-c-guests-Y-22075', 'd172-xs-nuevo-cm-c-nights-L-20234', 'd172-xs-nuevo-cm-c-nights-Y-20954', 'd172-xs-nuevo-cm-c-nights-Y-22074', 'd172-xs-nuevo-cm-u-guests-Y-20957', 'd172-xs-nuevo-cm-u-nights-O-20580', 'd172-xs-nuevo-pp-c-guests-Y-20959', 'd172-xs-nuevo-pp-c-nights-Y-20958', 'd172-xs-nuevo-pp-u-guests-Y-20961', 'd172-xs-nuevo-sc-c-guests-O-20575', 'd172-xs-nuevo-sc-c-guests-O-21695', 'd172-xs-nuevo-sc-c-guests-Y-20951', 'd172-xs-nuevo-sc-c-nights-L-21350', 'd172-xs-nuevo-sc-u-nights-Y-22072', 'd172-xs-nuevo-sl-c-guests-L-20243', 'd172-xs-nuevo-sl-c-guests-L-21363', 'd172-xs-nuevo-sl-c-guests-Y-22083', 'd172-xs-nuevo-sl-c-nights-L-21362', 'd172-xs-nuevo-sl-c-nights-O-20582', 'd172-xs-nuevo-sl-c-nights-Y-20962', 'd172-xs-nuevo-sl-u-guests-L-20245', 'd172-xs-ny-cm-c-guests-O-20531', 'd172-xs-ny-cm-c-guests-Y-20895', 'd172-xs-ny-cm-c-nights-O-20530', 'd172-xs-ny-cm-c-nights-O-21650', 'd172-xs-ny-cm-c-nights-Y-20894', 'd172-xs-ny-cm-u-guests-Y-20897', 'd172-xs-ny-cm-u-guests-Y-22017', 'd172-xs-ny-pp-c-guests-L-20179', 'd172-xs-ny-pp-c-guests-Y-22019', 'd172-xs-ny-sc-c-guests-O-20527', 'd172-xs-ny-sc-c-nights-L-20170', 'd172-xs-ny-sc-c-nights-L-21290', 'd172-xs-ny-sc-c-nights-O-20526', 'd172-xs-ny-sc-c-nights-Y-22010', 'd172-xs-ny-sc-u-guests-O-20529', 'd172-xs-ny-sc-u-nights-Y-22012', 'd172-xs-ny-sl-c-guests-L-20183', 'd172-xs-ny-sl-c-guests-O-20535', 'd172-xs-ny-sl-c-nights-O-20534', 'd172-xs-ny-sl-c-nights-O-21654', 'd172-xs-ny-sl-c-nights-Y-20902', 'd172-xs-ny-sl-c-nights-Y-22022', 'd172-xs-nytt-cm-c-guests-L-20195', 'd172-xs-nytt-cm-c-guests-O-20547', 'd172-xs-nytt-cm-c-nights-L-20194', 'd172-xs-nytt-cm-c-nights-O-20546', 'd172-xs-nytt-cm-c-nights-Y-20914', 'd172-xs-nytt-cm-c-nights-Y-22034', 'd172-xs-nytt-pp-c-guests-L-21319', 'd172-xs-nytt-pp-c-guests-Y-22039', 'd172-xs-nytt-pp-c-nights-L-21318', 'd172-xs-nytt-pp-c-nights-Y-20918', 'd172-xs-nytt-pp-c-nights-Y-22038', 'd172-xs-nytt-pp-u-guests-L-20201', 'd172-xs-nytt-pp-u-guests-Y-20921', 'd172-xs-nytt-sc-c-guests-O-20543', 'd172-xs-nytt-sc-c-guests-Y-20911', 'd172-xs-nytt-sc-c-nights-L-21310', 'd172-xs-nytt-sc-c-nights-Y-22030', 'd172-xs-nytt-sc-u-guests-Y-20913', 'd172-xs-nytt-sl-c-guests-L-21323', 'd172-xs-nytt-sl-c-guests-O-20551', 'd172-xs-nytt-sl-c-guests-Y-22043', 'd172-xs-nytt-sl-c-nights-L-21322', 'd172-xs-nytt-sl-c-nights-Y-22042', 'd172-xs-nytt-sl-u-guests-Y-22045', 'd172-xv-confirmed-cm-c-guests-L-20295', 'd172-xv-confirmed-cm-c-guests-O-20627', 'd172-xv-confirmed-cm-c-nights-L-21414', 'd172-xv-confirmed-cm-c-nights-O-21746', 'd172-xv-confirmed-cm-c-nights-Y-21014', 'd172-xv-confirmed-cm-c-nights-Y-22134', 'd172-xv-confirmed-cm-u-guests-L-21417', 'd172-xv-confirmed-cm-u-nights-O-21748', 'd172-xv-confirmed-cm-u-nights-Y-22136', 'd172-xv-confirmed-pp-c-guests-L-20299', 'd172-xv-confirmed-pp-c-guests-Y-22139', 'd172-xv-confirmed-pp-c-nights-L-20298', 'd172-xv-confirmed-pp-c-nights-L-21418', 'd172-xv-confirmed-sc-c-guests-L-20291', 'd172-xv-confirmed-sc-c-guests-O-20623', 'd172-xv-confirmed-sc-c-guests-Y-21011', 'd172-xv-confirmed-sc-c-nights-L-20290', 'd172-xv-confirmed-sc-c-nights-O-20622', 'd172-xv-confirmed-sc-c-nights-Y-22130', 'd172-xv-confirmed-sc-u-guests-O-20625', 'd172-xv-confirmed-sl-c-guests-L-21423', 'd172-xv-confirmed-sl-c-guests-O-20631', 'd172-xv-confirmed-sl-c-guests-Y-22143', 'd172-xv-confirmed-sl-c-nights-L-20302', 'd172-xv-confirmed-sl-c-nights-L-21422', 'd172-xv-confirmed-sl-c-nights-Y-21022', 'd172-xv-confirmed-sl-u-guests-L-21425', 'd172-xv-confirmed-sl-u-guests-O-20633', 'd172-xv-neu-cm-c-guests-O-20515', 'd172-xv-neu-cm-c-guests-O-21635', 'd172-xv-neu-cm-c-guests-Y-21995', 'd172-xv-neu-cm-c-nights-L-20154', 'd172-xv-neu-cm-c-nights-Y-20874', 'd172-xv-neu-cm-c-nights-Y-21994', 'd172-xv-neu-cm-u-guests-L-20157', 'd172-xv-neu-cm-u-guests-L-21277', 'd172-xv-neu-cm-u-guests-O-20517', 'd172-xv-neu-cm-u-guests-Y-21997', 'd172-xv-neu-cm-u-nights-Y-21996', 'd172-xv-neu-pp-c-guests-Y-20879', 'd172-xv-neu-pp-c-guests-Y-21999', 'd172-xv-neu-pp-c-nights-Y-21998', 'd172-xv-neu-sc-c-guests-L-20151', 'd172-xv-neu-sc-c-guests-L-21271', 'd172-xv-neu-sc-c-guests-O-20511', 'd172-xv-neu-sc-c-guests-Y-21991', 'd172-xv-neu-sc-c-nights-Y-20870', 'd172-xv-neu-sc-c-nights-Y-21990', 'd172-xv-neu-sc-u-guests-O-20513', 'd172-xv-neu-sc-u-nights-Y-20872', 'd172-xv-neu-sl-c-guests-O-21639', 'd172-xv-neu-sl-c-guests-Y-20883', 'd172-xv-neu-sl-c-nights-L-21282', 'd172-xv-neu-sl-c-nights-O-21638', 'd172-xv-neu-sl-c-nights-Y-20882', 'd172-xv-neu-sl-u-guests-Y-20885', 'd172-xv-new-cm-c-guests-L-21075', 'd172-xv-new-cm-c-guests-Y-20675', 'd172-xv-new-cm-c-nights-L-19954', 'd172-xv-new-cm-u-guests-L-19957', 'd172-xv-new-pp-c-guests-L-19959', 'd172-xv-new-pp-c-guests-L-21079', 'd172-xv-new-pp-c-nights-Y-20678', 'd172-xv-new-sc-c-guests-L-21071', 'd172-xv-new-sc-c-guests-O-20351', 'd172-xv-new-sc-c-guests-O-21471', 'd172-xv-new-sc-c-guests-Y-20671', 'd172-xv-new-sc-c-guests-Y-21791', 'd172-xv-new-sc-c-nights-L-21070', 'd172-xv-new-sc-c-nights-O-21470', 'd172-xv-new-sl-c-guests-O-21479', 'd172-xv-new-sl-c-nights-O-21478', 'd172-xv-new-sl-c-nights-Y-20682', 'd172-xv-new-sl-u-guests-O-20361', 'd172-xv-nouveau-cm-c-guests-L-20215', 'd172-xv-nouveau-cm-c-guests-L-21335', 'd172-xv-nouveau-cm-c-guests-O-21683', 'd172-xv-nouveau-cm-c-guests-Y-20935', 'd172-xv-nouveau-cm-c-guests-Y-22055', 'd172-xv-nouveau-cm-c-nights-L-20214', 'd172-xv-nouveau-cm-c-nights-O-21682', 'd172-xv-nouveau-cm-u-guests-L-20217', 'd172-xv-nouveau-pp-c-guests-Y-22059', 'd172-xv-nouveau-pp-c-nights-L-21338', 'd172-xv-nouveau-pp-c-nights-Y-20938', 'd172-xv-nouveau-pp-u-guests-Y-20941', 'd172-xv-nouveau-sc-c-guests-O-20559', 'd172-xv-nouveau-sc-c-nights-L-21330', 'd172-xv-nouveau-sc-c-nights-O-20558', 'd172-xv-nouveau-sc-c-nights-Y-20930', 'd172-xv-nouveau-sc-u-guests-L-20213', 'd172-xv-nouveau-sl-c-guests-L-21343', 'd172-xv-nouveau-sl-c-nights-L-20222', 'd172-xv-nouveau-sl-c-nights-O-20566', 'd172-xv-nouveau-sl-c-nights-O-21686', 'd172-xv-nouveau-sl-c-nights-Y-20942', 'd172-xv-nouveau-sl-u-guests-O-21689', 'd172-xv-nuevo-cm-c-guests-O-21699', 'd172-xv-nuevo-cm-c-guests-Y-22075', 'd172-xv-nuevo-cm-c-nights-L-20234', 'd172-xv-nuevo-cm-c-nights-Y-20954', 'd172-xv-nuevo-cm-c-nights-Y-22074', 'd172-xv-nuevo-cm-u-guests-Y-20957', 'd172-xv-nuevo-cm-u-nights-O-20580', 'd172-xv-nuevo-pp-c-guests-Y-20959', 'd172-xv-nuevo-pp-c-nights-Y-20958', 'd172-xv-nuevo-pp-u-guests-Y-20961', 'd172-xv-nuevo-sc-c-guests-O-20575', 'd172-xv-nuevo-sc-c-guests-O-21695', 'd172-xv-nuevo-sc-c-guests-Y-20951', 'd172-xv-nuevo-sc-c-nights-L-21350', 'd172-xv-nuevo-sc-u-nights-Y-22072', 'd172-xv-nuevo-sl-c-guests-L-20243', 'd172-xv-nuevo-sl-c-guests-L-21363', 'd172-xv-nuevo-sl-c-guests-Y-22083', 'd172-xv-nuevo-sl-c-nights-L-21362', 'd172-xv-nuevo-sl-c-nights-O-20582', 'd172-xv-nuevo-sl-c-nights-Y-20962', 'd172-xv-nuevo-sl-u-guests-L-20245', 'd172-xv-ny-cm-c-guests-O-20531', 'd172-xv-ny-cm-c-guests-Y-20895', 'd172-xv-ny-cm-c-nights-O-20530', 'd172-xv-ny-cm-c-nights-O-21650', 'd172-xv-ny-cm-c-nights-Y-20894', 'd172-xv-ny-cm-u-guests-Y-20897', 'd172-xv-ny-cm-u-guests-Y-22017', 'd172-xv-ny-pp-c-guests-L-20179', 'd172-xv-ny-pp-c-guests-Y-22019', 'd172-xv-ny-sc-c-guests-O-20527', 'd172-xv-ny-sc-c-nights-L-20170', 'd172-xv-ny-sc-c-nights-L-21290', 'd172-xv-ny-sc-c-nights-O-20526', 'd172-xv-ny-sc-c-nights-Y-22010', 'd172-xv-ny-sc-u-guests-O-20529', 'd172-xv-ny-sc-u-nights-Y-22012', 'd172-xv-ny-sl-c-guests-L-20183', 'd172-xv-ny-sl-c-guests-O-20535', 'd172-xv-ny-sl-c-nights-O-20534', 'd172-xv-ny-sl-c-nights-O-21654', 'd172-xv-ny-sl-c-nights-Y-20902', 'd172-xv-ny-sl-c-nights-Y-22022', 'd172-xv-nytt-cm-c-guests-L-20195', 'd172-xv-nytt-cm-c-guests-O-20547', 'd172-xv-nytt-cm-c-nights-L-20194', 'd172-xv-nytt-cm-c-nights-O-20546', 'd172-xv-nytt-cm-c-nights-Y-20914', 'd172-xv-nytt-cm-c-nights-Y-22034', 'd172-xv-nytt-pp-c-guests-L-21319', 'd172-xv-nytt-pp-c-guests-Y-22039', 'd172-xv-nytt-pp-c-nights-L-21318', 'd172-xv-nytt-pp-c-nights-Y-20918', 'd172-xv-nytt-pp-c-nights-Y-22038', 'd172-xv-nytt-pp-u-guests-L-20201', 'd172-xv-nytt-pp-u-guests-Y-20921', 'd172-xv-nytt-sc-c-guests-O-20543', 'd172-xv-nytt-sc-c-guests-Y-20911', 'd172-xv-nytt-sc-c-nights-L-21310', 'd172-xv-nytt-sc-c-nights-Y-22030', 'd172-xv-nytt-sc-u-guests-Y-20913', 'd172-xv-nytt-sl-c-guests-L-21323', 'd172-xv-nytt-sl-c-guests-O-20551', 'd172-xv-nytt-sl-c-guests-Y-22043', 'd172-xv-nytt-sl-c-nights-L-21322', 'd172-xv-nytt-sl-c-nights-Y-22042', 'd172-xv-nytt-sl-u-guests-Y-22045', 'd172-ys-confirmed-cm-shipment-boxes-L-22564', 'd172-ys-confirmed-cm-shipment-boxes-L-23860', 'd172-ys-confirmed-cm-shipment-boxes-Y-22780', 'd172-ys-confirmed-cm-shipment-boxes-Y-24076', 'd172-ys-confirmed-cm-shipment-pallets-L-22565', 'd172-ys-confirmed-cm-shipment-pallets-L-23861', 'd172-ys-confirmed-cm-shipment-pallets-Y-22781', 'd172-ys-confirmed-cm-stay-nights-L-22889', 'd172-ys-confirmed-cm-stay-nights-L-24185', 'd172-ys-confirmed-cm-stay-nights-Y-23105', 'd172-ys-confirmed-cm-stay-nights-Y-24401', 'd172-ys-confirmed-cm-stay-rooms-L-22888', 'd172-ys-confirmed-cm-stay-rooms-L-24184', 'd172-ys-confirmed-cm-stay-rooms-Y-23104', 'd172-ys-confirmed-cm-tickets-adult_tickets-L-23212', 'd172-ys-confirmed-cm-tickets-adult_tickets-L-24508', 'd172-ys-confirmed-cm-tickets-child_tickets-L-23213', 'd172-ys-confirmed-cm-tickets-child_tickets-L-24509', 'd172-ys-confirmed-sc-shipment-boxes-L-22562', 'd172-ys-confirmed-sc-shipment-boxes-L-23858', 'd172-ys-confirmed-sc-shipment-boxes-Y-24074', 'd172-ys-confirmed-sc-shipment-pallets-L-22563', 'd172-ys-confirmed-sc-shipment-pallets-L-23859', 'd172-ys-confirmed-sc-shipment-pallets-Y-22779', 'd172-ys-confirmed-sc-shipment-pallets-Y-24075', 'd172-ys-confirmed-sc-stay-nights-L-22887', 'd172-ys-confirmed-sc-stay-nights-L-24183', 'd172-ys-confirmed-sc-stay-nights-Y-23103', 'd172-ys-confirmed-sc-stay-nights-Y-24399', 'd172-ys-confirmed-sc-stay-rooms-L-22886', 'd172-ys-confirmed-sc-stay-rooms-L-24182', 'd172-ys-confirmed-sc-stay-rooms-Y-23102', 'd172-ys-confirmed-sc-stay-rooms-Y-24398', 'd172-ys-confirmed-sc-tickets-adult_tickets-L-23210', 'd172-ys-confirmed-sc-tickets-adult_tickets-L-24506', 'd172-ys-confirmed-sc-tickets-child_tickets-L-23211', 'd172-ys-confirmed-sc-tickets-child_tickets-L-24507', 'd172-ys-confirmed-sl-shipment-boxes-L-22566', 'd172-ys-confirmed-sl-shipment-boxes-L-23862', 'd172-ys-confirmed-sl-shipment-boxes-Y-22782', 'd172-ys-confirmed-sl-shipment-pallets-L-22567', 'd172-ys-confirmed-sl-shipment-pallets-L-23863', 'd172-ys-confirmed-sl-shipment-pallets-Y-22783', 'd172-ys-confirmed-sl-shipment-pallets-Y-24079', 'd172-ys-confirmed-sl-stay-nights-L-22891', 'd172-ys-confirmed-sl-stay-nights-L-24187', 'd172-ys-confirmed-sl-stay-rooms-L-22890', 'd172-ys-confirmed-sl-stay-rooms-L-24186', 'd172-ys-confirmed-sl-stay-rooms-Y-24402', 'd172-ys-confirmed-sl-tickets-adult_tickets-L-23214', 'd172-ys-confirmed-sl-tickets-adult_tickets-L-24510', 'd172-ys-confirmed-sl-tickets-child_tickets-L-23215', 'd172-ys-confirmed-sl-tickets-child_tickets-L-24511', 'd172-ys-effective-cm-shipment-boxes-L-22600', 'd172-ys-effective-cm-shipment-boxes-L-23896', 'd172-ys-effective-cm-shipment-boxes-Y-24112', 'd172-ys-effective-cm-shipment-pallets-L-22601', 'd172-ys-effective-cm-shipment-pallets-L-23897', 'd172-ys-effective-cm-shipment-pallets-Y-22817', 'd172-ys-effective-cm-shipment-pallets-Y-24113', 'd172-ys-effective-cm-stay-nights-L-22925', 'd172-ys-effective-cm-stay-nights-L-24221', 'd172-ys-effective-cm-stay-nights-Y-23141', 'd172-ys-effective-cm-stay-nights-Y-24437', 'd172-ys-effective-cm-stay-rooms-L-22924', 'd172-ys-effective-cm-stay-rooms-L-24220', 'd172-ys-effective-cm-stay-rooms-Y-23140', 'd172-ys-effective-cm-stay-rooms-Y-24436', 'd172-ys-effective-cm-tickets-adult_tickets-L-23248', 'd172-ys-effective-cm-tickets-adult_tickets-L-24544', 'd172-ys-effective-cm-tickets-child_tickets-L-23249', 'd172-ys-effective-cm-tickets-child_tickets-L-24545', 'd172-ys-effective-sc-shipment-boxes-L-22598', 'd172-ys-effective-sc-shipment-boxes-L-23894', 'd172-ys-effective-sc-shipment-boxes-Y-22814', 'd172-ys-effective-sc-shipment-pallets-L-22599', 'd172-ys-effective-sc-shipment-pallets-L-23895', 'd172-ys-effective-sc-shipment-pallets-Y-22815', 'd172-ys-effective-sc-shipment-pallets-Y-24111', 'd172-ys-effective-sc-stay-nights-L-22923', 'd172-ys-effective-sc-stay-nights-L-24219', 'd172-ys-effective-sc-stay-nights-Y-24435', 'd172-ys-effective-sc-stay-rooms-L-22922', 'd172-ys-effective-sc-stay-rooms-L-24218', 'd172-ys-effective-sc-tickets-adult_tickets-L-23246', 'd172-ys-effective-sc-tickets-adult_tickets-L-24542', 'd172-ys-effective-sc-tickets-child_tickets-L-23247', 'd172-ys-effective-sc-tickets-child_tickets-L-24543', 'd172-ys-effective-sl-shipment-boxes-L-22602', 'd172-ys-effective-sl-shipment-boxes-L-23898', 'd172-ys-effective-sl-shipment-boxes-Y-22818', 'd172-ys-effective-sl-shipment-boxes-Y-24114', 'd172-ys-effective-sl-shipment-pallets-L-22603', 'd172-ys-effective-sl-shipment-pallets-L-23899', 'd172-ys-effective-sl-shipment-pallets-Y-22819', 'd172-ys-effective-sl-shipment-pallets-Y-24115', 'd172-ys-effective-sl-stay-nights-L-22927', 'd172-ys-effective-sl-stay-nights-L-24223', 'd172-ys-effective-sl-stay-rooms-L-22926', 'd172-ys-effective-sl-stay-rooms-L-24222', 'd172-ys-effective-sl-stay-rooms-Y-24438', 'd172-ys-effective-sl-tickets-adult_tickets-L-23250', 'd172-ys-effective-sl-tickets-adult_tickets-L-24546', 'd172-ys-effective-sl-tickets-child_tickets-L-23251', 'd172-ys-effective-sl-tickets-child_tickets-L-24547', 'd172-ys-new-cm-shipment-boxes-L-22558', 'd172-ys-new-cm-shipment-boxes-L-23854', 'd172-ys-new-cm-shipment-boxes-Y-22774', 'd172-ys-new-cm-shipment-pallets-L-22559', 'd172-ys-new-cm-shipment-pallets-L-23855', 'd172-ys-new-cm-shipment-pallets-Y-22775', 'd172-ys-new-cm-shipment-pallets-Y-24071', 'd172-ys-new-cm-stay-nights-L-22883', 'd172-ys-new-cm-stay-nights-L-24179', 'd172-ys-new-cm-stay-nights-Y-23099', 'd172-ys-new-cm-stay-nights-Y-24395', 'd172-ys-new-cm-stay-rooms-L-22882', 'd172-ys-new-cm-stay-rooms-L-24178', 'd172-ys-new-cm-stay-rooms-Y-23098', 'd172-ys-new-cm-tickets-adult_tickets-L-23206', 'd172-ys-new-cm-tickets-adult_tickets-L-24502', 'd172-ys-new-cm-tickets-child_tickets-L-23207', 'd172-ys-new-cm-tickets-child_tickets-L-24503', 'd172-ys-new-sc-shipment-boxes-L-22556', 'd172-ys-new-sc-shipment-boxes-L-23852', 'd172-ys-new-sc-shipment-boxes-Y-22772', 'd172-ys-new-sc-shipment-boxes-Y-24068', 'd172-ys-new-sc-shipment-pallets-L-22557', 'd172-ys-new-sc-shipment-pallets-L-23853', 'd172-ys-new-sc-shipment-pallets-Y-24069', 'd172-ys-new-sc-stay-nights-L-22881', 'd172-ys-new-sc-stay-nights-L-24177', 'd172-ys-new-sc-stay-rooms-L-22880', 'd172-ys-new-sc-stay-rooms-L-24176', 'd172-ys-new-sc-stay-rooms-Y-24392', 'd172-ys-new-sc-tickets-adult_tickets-L-23204', 'd172-ys-new-sc-tickets-adult_tickets-L-24500', 'd172-ys-new-sc-tickets-child_tickets-L-23205', 'd172-ys-new-sc-tickets-child_tickets-L-24501', 'd172-ys-new-sl-shipment-boxes-L-22560', 'd172-ys-new-sl-shipment-boxes-L-23856', 'd172-ys-new-sl-shipment-boxes-Y-22776', 'd172-ys-new-sl-shipment-boxes-Y-24072', 'd172-ys-new-sl-shipment-pallets-L-22561', 'd172-ys-new-sl-shipment-pallets-L-23857', 'd172-ys-new-sl-shipment-pallets-Y-24073', 'd172-ys-new-sl-stay-nights-L-22885', 'd172-ys-new-sl-stay-nights-L-24181', 'd172-ys-new-sl-stay-nights-Y-24397', 'd172-ys-new-sl-stay-rooms-L-22884', 'd172-ys-new-sl-stay-rooms-L-24180', 'd172-ys-new-sl-tickets-adult_tickets-L-23208', 'd172-ys-new-sl-tickets-adult_tickets-L-24504', 'd172-ys-new-sl-tickets-child_tickets-L-23209', 'd172-ys-new-sl-tickets-child_tickets-L-24505', 'd172-ys-real-cm-shipment-boxes-L-22582', 'd172-ys-real-cm-shipment-boxes-L-23878', 'd172-ys-real-cm-shipment-boxes-Y-24094', 'd172-ys-real-cm-shipment-pallets-L-22583', 'd172-ys-real-cm-shipment-pallets-L-23879', 'd172-ys-real-cm-shipment-pallets-Y-22799', 'd172-ys-real-cm-shipment-pallets-Y-24095', 'd172-ys-real-cm-stay-nights-L-22907', 'd172-ys-real-cm-stay-nights-L-24203', 'd172-ys-real-cm-stay-nights-Y-23123', 'd172-ys-real-cm-stay-nights-Y-24419', 'd172-ys-real-cm-stay-rooms-L-22906', 'd172-ys-real-cm-stay-rooms-L-24202', 'd172-ys-real-cm-stay-rooms-Y-24418', 'd172-ys-real-cm-tickets-adult_tickets-L-23230', 'd172-ys-real-cm-tickets-adult_tickets-L-24526', 'd172-ys-real-cm-tickets-child_tickets-L-23231', 'd172-ys-real-cm-tickets-child_tickets-L-24527', 'd172-ys-real-sc-shipment-boxes-L-22580', 'd172-ys-real-sc-shipment-boxes-L-23876', 'd172-ys-real-sc-shipment-pallets-L-22581', 'd172-ys-real-sc-shipment-pallets-L-23877', 'd172-ys-real-sc-shipment-pallets-Y-24093', 'd172-ys-real-sc-stay-nights-L-22905', 'd172-ys-real-sc-stay-nights-L-24201', 'd172-ys-real-sc-stay-nights-Y-24417', 'd172-ys-real-sc-stay-rooms-L-22904', 'd172-ys-real-sc-stay-rooms-L-24200', 'd172-ys-real-sc-stay-rooms-Y-24416', 'd172-ys-real-sc-tickets-adult_tickets-L-23228', 'd172-ys-real-sc-tickets-adult_tickets-L-24524', 'd172-ys-real-sc-tickets-child_tickets-L-23229', 'd172-ys-real-sc-tickets-child_tickets-L-24525', 'd172-ys-real-sl-shipment-boxes-L-22584', 'd172-ys-real-sl-shipment-boxes-L-23880', 'd172-ys-real-sl-shipment-boxes-Y-22800', 'd172-ys-real-sl-shipment-boxes-Y-24096', 'd172-ys-real-sl-shipment-pallets-L-22585', 'd172-ys-real-sl-shipment-pallets-L-23881', 'd172-ys-real-sl-shipment-pallets-Y-22801', 'd172-ys-real-sl-shipment-pallets-Y-24097', 'd172-ys-real-sl-stay-nights-L-22909', 'd172-ys-real-sl-stay-nights-L-24205', 'd172-ys-real-sl-stay-nights-Y-24421', 'd172-ys-real-sl-stay-rooms-L-22908', 'd172-ys-real-sl-stay-rooms-L-24204', 'd172-ys-real-sl-tickets-adult_tickets-L-23232', 'd172-ys-real-sl-tickets-adult_tickets-L-24528', 'd172-ys-real-sl-tickets-child_tickets-L-23233', 'd172-ys-real-sl-tickets-child_tickets-L-24529', 'd172-ys-valid-cm-shipment-boxes-L-22594', 'd172-ys-valid-cm-shipment-boxes-L-23890', 'd172-ys-valid-cm-shipment-boxes-Y-22810', 'd172-ys-valid-cm-shipment-boxes-Y-24106', 'd172-ys-valid-cm-stay-rooms-L-22918', 'd172-ys-valid-cm-stay-rooms-L-24214', 'd172-ys-valid-cm-stay-rooms-Y-24430', 'd172-ys-valid-cm-tickets-adult_tickets-L-23242', 'd172-ys-valid-cm-tickets-adult_tickets-L-24538', 'd172-ys-valid-sc-shipment-boxes-L-22592', 'd172-ys-valid-sc-shipment-boxes-L-23888', 'd172-ys-valid-sc-shipment-boxes-Y-22808', 'd172-ys-valid-sc-shipment-boxes-Y-24104', 'd172-ys-valid-sc-stay-rooms-L-22916', 'd172-ys-valid-sc-stay-rooms-L-24212', 'd172-ys-valid-sc-stay-rooms-Y-23132', 'd172-ys-valid-sc-stay-rooms-Y-24428', 'd172-ys-valid-sc-tickets-adult_tickets-L-23240', 'd172-ys-valid-sc-tickets-adult_tickets-L-24536', 'd172-ys-valid-sl-shipment-boxes-L-22596', 'd172-ys-valid-sl-shipment-boxes-L-23892', 'd172-ys-valid-sl-shipment-boxes-Y-22812', 'd172-ys-valid-sl-shipment-boxes-Y-24108', 'd172-ys-valid-sl-stay-rooms-L-22920', 'd172-ys-valid-sl-stay-rooms-L-24216', 'd172-ys-valid-sl-stay-rooms-Y-23136', 'd172-ys-valid-sl-tickets-adult_tickets-L-23244', 'd172-ys-valid-sl-tickets-adult_tickets-L-24540', 'd172-yv-confirmed-cm-shipment-boxes-L-22564', 'd172-yv-confirmed-cm-shipment-boxes-L-23860', 'd172-yv-confirmed-cm-shipment-boxes-Y-22780', 'd172-yv-confirmed-cm-shipment-boxes-Y-24076', 'd172-yv-confirmed-cm-shipment-pallets-L-22565', 'd172-yv-confirmed-cm-shipment-pallets-L-23861', 'd172-yv-confirmed-cm-shipment-pallets-Y-22781', 'd172-yv-confirmed-cm-stay-nights-L-22889', 'd172-yv-confirmed-cm-stay-nights-L-24185', 'd172-yv-confirmed-cm-stay-nights-Y-23105', 'd172-yv-confirmed-cm-stay-nights-Y-24401', 'd172-yv-confirmed-cm-stay-rooms-L-22888', 'd172-yv-confirmed-cm-stay-rooms-L-24184', 'd172-yv-confirmed-cm-stay-rooms-Y-23104', 'd172-yv-confirmed-cm-tickets-adult_tickets-L-23212', 'd172-yv-confirmed-cm-tickets-adult_tickets-L-24508', 'd172-yv-confirmed-cm-tickets-child_tickets-L-23213', 'd172-yv-confirmed-cm-tickets-child_tickets-L-24509', 'd172-yv-confirmed-sc-shipment-boxes-L-22562', 'd172-yv-confirmed-sc-shipment-boxes-L-23858', 'd172-yv-confirmed-sc-shipment-boxes-Y-24074', 'd172-yv-confirmed-sc-shipment-pallets-L-22563', 'd172-yv-confirmed-sc-shipment-pallets-L-23859', 'd172-yv-confirmed-sc-shipment-pallets-Y-22779', 'd172-yv-confirmed-sc-shipment-pallets-Y-24075', 'd172-yv-confirmed-sc-stay-nights-L-22887', 'd172-yv-confirmed-sc-stay-nights-L-24183', 'd172-yv-confirmed-sc-stay-nights-Y-23103', 'd172-yv-confirmed-sc-stay-nights-Y-24399', 'd172-yv-confirmed-sc-stay-rooms-L-22886', 'd172-yv-confirmed-sc-stay-rooms-L-24182', 'd172-yv-confirmed-sc-stay-rooms-Y-23102', 'd172-yv-confirmed-sc-stay-rooms-Y-24398', 'd172-yv-confirmed-sc-tickets-adult_tickets-L-23210', 'd172-yv-confirmed-sc-tickets-adult_tickets-L-24506', 'd172-yv-confirmed-sc-tickets-child_tickets-L-23211', 'd172-yv-confirmed-sc-tickets-child_tickets-L-24507', 'd172-yv-confirmed-sl-shipment-boxes-L-22566', 'd172-yv-confirmed-sl-shipment-boxes-L-23862', 'd172-yv-confirmed-sl-shipment-boxes-Y-22782', 'd172-yv-confirmed-sl-shipment-pallets-L-22567', 'd172-yv-confirmed-sl-shipment-pallets-L-23863', 'd172-yv-confirmed-sl-shipment-pallets-Y-22783', 'd172-yv-confirmed-sl-shipment-pallets-Y-24079', 'd172-yv-confirmed-sl-stay-nights-L-22891', 'd172-yv-confirmed-sl-stay-nights-L-24187', 'd172-yv-confirmed-sl-stay-rooms-L-22890', 'd172-yv-confirmed-sl-stay-rooms-L-24186', 'd172-yv-confirmed-sl-stay-rooms-Y-24402', 'd172-yv-confirmed-sl-tickets-adult_tickets-L-23214', 'd172-yv-confirmed-sl-tickets-adult_tickets-L-24510', 'd172-yv-confirmed-sl-tickets-child_tickets-L-23215', 'd172-yv-confirmed-sl-tickets-child_tickets-L-24511', 'd172-yv-effective-cm-shipment-boxes-L-22600', 'd172-yv-effective-cm-shipment-boxes-L-23896', 'd172-yv-effective-cm-shipment-boxes-Y-24112', 'd172-yv-effective-cm-shipment-pallets-L-22601', 'd172-yv-effective-cm-shipment-pallets-L-23897', 'd172-yv-effective-cm-shipment-pallets-Y-22817', 'd172-yv-effective-cm-shipment-pallets-Y-24113', 'd172-yv-effective-cm-stay-nights-L-22925', 'd172-yv-effective-cm-stay-nights-L-24221', 'd172-yv-effective-cm-stay-nights-Y-23141', 'd172-yv-effective-cm-stay-nights-Y-24437', 'd172-yv-effective-cm-stay-rooms-L-22924', 'd172-yv-effective-cm-stay-rooms-L-24220', 'd172-yv-effective-cm-stay-rooms-Y-23140', 'd172-yv-effective-cm-stay-rooms-Y-24436', 'd172-yv-effective-cm-tickets-adult_tickets-L-23248', 'd172-yv-effective-cm-tickets-adult_tickets-L-24544', 'd172-yv-effective-cm-tickets-child_tickets-L-23249', 'd172-yv-effective-cm-tickets-child_tickets-L-24545', 'd172-yv-effective-sc-shipment-boxes-L-22598', 'd172-yv-effective-sc-shipment-boxes-L-23894', 'd172-yv-effective-sc-shipment-boxes-Y-22814', 'd172-yv-effective-sc-shipment-pallets-L-22599', 'd172-yv-effective-sc-shipment-pallets-L-23895', 'd172-yv-effective-sc-shipment-pallets-Y-22815', 'd172-yv-effective-sc-shipment-pallets-Y-24111', 'd172-yv-effective-sc-stay-nights-L-22923', 'd172-yv-effective-sc-stay-nights-L-24219', 'd172-yv-effective-sc-stay-nights-Y-24435', 'd172-yv-effective-sc-stay-rooms-L-22922', 'd172-yv-effective-sc-stay-rooms-L-24218', 'd172-yv-effective-sc-tickets-adult_tickets-L-23246', 'd172-yv-effective-sc-tickets-adult_tickets-L-24542', 'd172-yv-effective-sc-tickets-child_tickets-L-23247', 'd172-yv-effective-sc-tickets-child_tickets-L-24543', 'd172-yv-effective-sl-shipment-boxes-L-22602', 'd172-yv-effective-sl-shipment-boxes-L-23898', 'd172-yv-effective-sl-shipment-boxes-Y-22818', 'd172-yv-effective-sl-shipment-boxes-Y-24114', 'd172-yv-effective-sl-shipment-pallets-L-22603', 'd172-yv-effective-sl-shipment-pallets-L-23899', 'd172-yv-effective-sl-shipment-pallets-Y-22819', 'd172-yv-effective-sl-shipment-pallets-Y-24115', 'd172-yv-effective-sl-stay-nights-L-22927', 'd172-yv-effective-sl-stay-nights-L-24223', 'd172-yv-effective-sl-stay-rooms-L-22926', 'd172-yv-effective-sl-stay-rooms-L-24222', 'd172-yv-effective-sl-stay-rooms-Y-24438', 'd172-yv-effective-sl-tickets-adult_tickets-L-23250', 'd172-yv-effective-sl-tickets-adult_tickets-L-24546', 'd172-yv-effective-sl-tickets-child_tickets-L-23251', 'd172-yv-effective-sl-tickets-child_tickets-L-24547', 'd172-yv-new-cm-shipment-boxes-L-22558', 'd172-yv-new-cm-shipment-boxes-L-23854', 'd172-yv-new-cm-shipment-boxes-Y-22774', 'd172-yv-new-cm-shipment-pallets-L-22559', 'd172-yv-new-cm-shipment-pallets-L-23855', 'd172-yv-new-cm-shipment-pallets-Y-22775', 'd172-yv-new-cm-shipment-pallets-Y-24071', 'd172-yv-new-cm-stay-nights-L-22883', 'd172-yv-new-cm-stay-nights-L-24179', 'd172-yv-new-cm-stay-nights-Y-23099', 'd172-yv-new-cm-stay-nights-Y-24395', 'd172-yv-new-cm-stay-rooms-L-22882', 'd172-yv-new-cm-stay-rooms-L-24178', 'd172-yv-new-cm-stay-rooms-Y-23098', 'd172-yv-new-cm-tickets-adult_tickets-L-23206', 'd172-yv-new-cm-tickets-adult_tickets-L-24502', 'd172-yv-new-cm-tickets-child_tickets-L-23207', 'd172-yv-new-cm-tickets-child_tickets-L-24503', 'd172-yv-new-sc-shipment-boxes-L-22556', 'd172-yv-new-sc-shipment-boxes-L-23852', 'd172-yv-new-sc-shipment-boxes-Y-22772', 'd172-yv-new-sc-shipment-boxes-Y-24068', 'd172-yv-new-sc-shipment-pallets-L-22557', 'd172-yv-new-sc-shipment-pallets-L-23853', 'd172-yv-new-sc-shipment-pallets-Y-24069', 'd172-yv-new-sc-stay-nights-L-22881', 'd172-yv-new-sc-stay-nights-L-24177', 'd172-yv-new-sc-stay-rooms-L-22880', 'd172-yv-new-sc-stay-rooms-L-24176', 'd172-yv-new-sc-stay-rooms-Y-24392', 'd172-yv-new-sc-tickets-adult_tickets-L-23204', 'd172-yv-new-sc-tickets-adult_tickets-L-24500', 'd172-yv-new-sc-tickets-child_tickets-L-23205', 'd172-yv-new-sc-tickets-child_tickets-L-24501', 'd172-yv-new-sl-shipment-boxes-L-22560', 'd172-yv-new-sl-shipment-boxes-L-23856', 'd172-yv-new-sl-shipment-boxes-Y-22776', 'd172-yv-new-sl-shipment-boxes-Y-24072', 'd172-yv-new-sl-shipment-pallets-L-22561', 'd172-yv-new-sl-shipment-pallets-L-23857', 'd172-yv-new-sl-shipment-pallets-Y-24073', 'd172-yv-new-sl-stay-nights-L-22885', 'd172-yv-new-sl-stay-nights-L-24181', 'd172-yv-new-sl-stay-nights-Y-24397', 'd172-yv-new-sl-stay-rooms-L-22884', 'd172-yv-new-sl-stay-rooms-L-24180', 'd172-yv-new-sl-tickets-adult_tickets-L-23208', 'd172-yv-new-sl-tickets-adult_tickets-L-24504', 'd172-yv-new-sl-tickets-child_tickets-L-23209', 'd172-yv-new-sl-tickets-child_tickets-L-24505', 'd172-yv-real-cm-shipment-boxes-L-22582', 'd172-yv-real-cm-shipment-boxes-L-23878', 'd172-yv-real-cm-shipment-boxes-Y-24094', 'd172-yv-real-cm-shipment-pallets-L-22583', 'd172-yv-real-cm-shipment-pallets-L-23879', 'd172-yv-real-cm-shipment-pallets-Y-22799', 'd172-yv-real-cm-shipment-pallets-Y-24095', 'd172-yv-real-cm-stay-nights-L-22907', 'd172-yv-real-cm-stay-nights-L-24203', 'd172-yv-real-cm-stay-nights-Y-23123', 'd172-yv-real-cm-stay-nights-Y-24419', 'd172-yv-real-cm-stay-rooms-L-22906', 'd172-yv-real-cm-stay-rooms-L-24202', 'd172-yv-real-cm-stay-rooms-Y-24418', 'd172-yv-real-cm-tickets-adult_tickets-L-23230', 'd172-yv-real-cm-tickets-adult_tickets-L-24526', 'd172-yv-real-cm-tickets-child_tickets-L-23231', 'd172-yv-real-cm-tickets-child_tickets-L-24527', 'd172-yv-real-sc-shipment-boxes-L-22580', 'd172-yv-real-sc-shipment-boxes-L-23876', 'd172-yv-real-sc-shipment-pallets-L-22581', 'd172-yv-real-sc-shipment-pallets-L-23877', 'd172-yv-real-sc-shipment-pallets-Y-24093', 'd172-yv-real-sc-stay-nights-L-22905', 'd172-yv-real-sc-stay-nights-L-24201', 'd172-yv-real-sc-stay-nights-Y-24417', 'd172-yv-real-sc-stay-rooms-L-22904', 'd172-yv-real-sc-stay-rooms-L-24200', 'd172-yv-real-sc-stay-rooms-Y-24416', 'd172-yv-real-sc-tickets-adult_tickets-L-23228', 'd172-yv-real-sc-tickets-adult_tickets-L-24524', 'd172-yv-real-sc-tickets-child_tickets-L-23229', 'd172-yv-real-sc-tickets-child_tickets-L-24525', 'd172-yv-real-sl-shipment-boxes-L-22584', 'd172-yv-real-sl-shipment-boxes-L-23880', 'd172-yv-real-sl-shipment-boxes-Y-22800', 'd172-yv-real-sl-shipment-boxes-Y-24096', 'd172-yv-real-sl-shipment-pallets-L-22585', 'd172-yv-real-sl-shipment-pallets-L-23881', 'd172-yv-real-sl-shipment-pallets-Y-22801', 'd172-yv-real-sl-shipment-pallets-Y-24097', 'd172-yv-real-sl-stay-nights-L-22909', 'd172-yv-real-sl-stay-nights-L-24205', 'd172-yv-real-sl-stay-nights-Y-24421', 'd172-yv-real-sl-stay-rooms-L-22908', 'd172-yv-real-sl-stay-rooms-L-24204', 'd172-yv-real-sl-tickets-adult_tickets-L-23232', 'd172-yv-real-sl-tickets-adult_tickets-L-24528', 'd172-yv-real-sl-tickets-child_tickets-L-23233', 'd172-yv-real-sl-tickets-child_tickets-L-24529', 'd172-yv-valid-cm-shipment-boxes-L-22594', 'd172-yv-valid-cm-shipment-boxes-L-23890', 'd172-yv-valid-cm-shipment-boxes-Y-22810', 'd172-yv-valid-cm-shipment-boxes-Y-24106', 'd172-yv-valid-cm-stay-rooms-L-22918', 'd172-yv-valid-cm-stay-rooms-L-24214', 'd172-yv-valid-cm-stay-rooms-Y-24430', 'd172-yv-valid-cm-tickets-adult_tickets-L-23242', 'd172-yv-valid-cm-tickets-adult_tickets-L-24538', 'd172-yv-valid-sc-shipment-boxes-L-22592', 'd172-yv-valid-sc-shipment-boxes-L-23888', 'd172-yv-valid-sc-shipment-boxes-Y-22808', 'd172-yv-valid-sc-shipment-boxes-Y-24104', 'd172-yv-valid-sc-stay-rooms-L-22916', 'd172-yv-valid-sc-stay-rooms-L-24212', 'd172-yv-valid-sc-stay-rooms-Y-23132', 'd172-yv-valid-sc-stay-rooms-Y-24428', 'd172-yv-valid-sc-tickets-adult_tickets-L-23240', 'd172-yv-valid-sc-tickets-adult_tickets-L-24536', 'd172-yv-valid-sl-shipment-boxes-L-22596', 'd172-yv-valid-sl-shipment-boxes-L-23892', 'd172-yv-valid-sl-shipment-boxes-Y-22812', 'd172-yv-valid-sl-shipment-boxes-Y-24108', 'd172-yv-valid-sl-stay-rooms-L-22920', 'd172-yv-valid-sl-stay-rooms-L-24216', 'd172-yv-valid-sl-stay-rooms-Y-23136', 'd172-yv-valid-sl-tickets-adult_tickets-L-23244', 'd172-yv-valid-sl-tickets-adult_tickets-L-24540']
r172_found_alone = set(r172_found_alone_list)
r172_arguable = set(r172_arguable_list)


def r172_base(i):
    p = i.split("-")
    p[1] = {"xv": "xb", "xs": "xb", "yv": "yb", "ys": "yb", "nv": "nb", "ns": "nb", "ev": "eb", "es": "eb"}[p[1]]
    return "-".join(p)

# Trimmed for ctest (probe_kit.sample_round), stop 40: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r172_keep = set(r172_found_alone) | {r172_base(r172_i) for r172_i in r172_found_alone}
from probe_kit import sample_round as r172_sample_round  # noqa: E402

r172_sample_round("d172-", r172_keep, 30, safe_every=10)
P[:] = [r172_p for r172_p in P if r172_p["id"] not in r172_arguable]
