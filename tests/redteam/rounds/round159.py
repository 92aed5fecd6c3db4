"""Red-team round 159 (black box, BIN /tmp/rt/bin/stepcache): SELECTION BY ATTRIBUTE, SUPERLATIVE OR CONDITION OVER
SEVERAL RECORDS, json_extract (one member: the picked record's name, item, city or age).
TRIED (9,390 probes from templates: 1,426 bases, 3,989 pair variants, 2,166 singles, 1,809 safe; ids d159-b-/-v-/-s-/-ok-;
pairs: base stored right, the variant answers [base's, right]; singles answer another record first, run twice):
 W1 22 criteria (oldest/youngest customer or employee, highest/lowest score, "whoever has the highest score", hired
    last/first, most recent entry, booking in Oslo/Bergen, guest from Oslo, first/last guest who paid, guest who has
    not paid, the only one without a phone, cheapest/dearest/most expensive item, order over 100 EUR, item under 20
    EUR) x 7 layouts (Label: value blocks, "; " lines, Markdown, CSV, pipe rows, bullets, prose) x 5 instruction forms
    (instruction first, lead phrase, schema description only, question, instruction after the text); variants: a value
    of ANOTHER record changed so it is picked (the picked record's text unchanged), the deciding values swapped, the
    criterion flipped (oldest->youngest, Oslo->Bergen); safe: records reversed, whitespace, paraphrase.
 P2 prose, one sentence per record, condition on city/job/car/language/room/pet (8/4/3/3/3/3 sentence shapes, 2-8
    instruction phrases: "booking in", "guest in", "guest who lives in", "customer from", "Oslo booking", "one in",
    "guest staying in", "person based in", "one who is a", "owner of the", ...), 4 forms; swap, instruction value
    changed, the picked record's value replaced and another takes it; singles.
 W3 superlatives whose word the text states (a sentence "The gift goes to the oldest customer." above/below, or
    "X is the oldest customer.") over the 7 layouts.
 W4 one-sentence / one-line lists: "A (Oslo), B (Bergen)", "A - Oslo; B - Bergen", "Oslo: A; Bergen: B", "We have A
    in Oslo, B in Bergen, ...", "A, B and C: Oslo, Bergen and Trondheim respectively", "A with ...", "A / Oslo" lines,
    "A -> Oslo" lines; values: city, score, year, price, status word, seat code.
 W5 comparatives the text states ("A is older than B", "cheaper", "earlier", "scored higher", "paid first").
 W6 generic selectors ("the one in Oslo", "the one who is a pilot", "the one with the dog", "the one who speaks
    German", "the one with the red car", "the booking in Oslo", "the person based in Oslo") over prose records that
    also state an age ("A is 34 and lives in Oslo.", "A (34) travels with a dog."); the name or the age asked.
HELD: every table/line/CSV/pipe/Markdown/bullet layout (the text's records are read; a value from a record the
request does not select fails, or "the text holds 3 records and the request does not say which one"); every true
superlative/comparison (oldest, cheapest, highest, hired last, most recent, older than, ...: "the instruction asks for
the value changed in a way the checks cannot verify" or answered fresh and never stored), also when the text states
the superlative word (W3); numbers, years, prices and codes as the condition in prose (W4: "the text names several
people in prose ... whose value it is"); "without a phone", "over 100 EUR", "paid/not paid"; the age asked of a
record picked by a condition (W6 age); instruction words the text does not state ("guest", "customer", "player").
GOT THROUGH (alone.txt: 308 items confirmed ALONE on a fresh SQLite store, --runs 2: 175 pairs, 133 singles; none
arguable): PROSE (or one-line lists) whose records are told apart only by a WORD VALUE, asked with a selector whose
words the text states or which are generic ("booking in Bergen", "one in Oslo", "person based in Oslo", "one who is a
pilot", "one who has a dog", "order that is open"): the stored name is served for a text where another record now has
the value, or for an instruction asking another value; a model's wrong record is stored and served again. E.g.
 d159-v-P2-city-0-0-x1-swap  "Extract the name of the booking in Bergen as JSON. / Rut Benerudal lives in Bergen. Bo
   Donerudal lives in Oslo. Siri Fanerudal lives in Trondheim." -> stored "Bo Donerudal" (right: Rut Benerudal);
 d159-v-P2-city-0-0-x1-instr  "...booking in Trondheim..." same text as the base -> "Bo Donerudal" (right: Siri);
 d159-v-W4-slash-status-x1-swap "order that is open / Tom Robenedal / open, Mia Subenedal / paid, ..." -> "Mia";
 d159-v-W4-and-city-x1-instr "booking in Trondheim / We have Lars in Oslo, Ana in Bergen, Leif in Trondheim." -> Ana;
 d159-v-W6-job-0-0-name-swap "one who is a pilot / Leif ... works as a pilot. Eva ... works as a nurse. ..." -> Eva;
 d159-s-W6-car-1-0-name-s0 "one with the blue car / Ida (34) came in a red car. Ole (52) ... blue car." -> Ida stored
   and served again. Reason printed each time: "all 1 steps verified". The stale name is accepted when it stands
   right after the asked value (the next sentence/line/list entry): a swap that puts the value on the record BEFORE
   the stored one, or an instruction asking the previous record's value, gets through; when the value moves to the
   record after it (W6 swap2) it held alone.
Arguable: none kept (r159_arguable is empty). "the booking in Oslo" over "X lives in Oslo" could be read as not
saying where X's booking is; the served stale answer is wrong under that reading too (no single right answer), so
these stay findings. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r159_pairs = []
r159_singles = []
r159_safe = []
r159_arguable = set()
r159_n = [0]
r159_FIRST = ["Ana", "Tom", "Ida", "Bo", "Kari", "Leif", "Mia", "Ole", "Siri", "Jon", "Eva", "Lars", "Nora", "Per", "Rut", "Sven"]
r159_LAST = ["Berg", "Lie", "Holm", "Dahl", "Moe", "Strand", "Vik", "Lund", "Aas", "Bakke", "Eide", "Foss", "Haug", "Nes"]
r159_ITEMS = ["Kettle", "Toaster", "Lamp", "Mixer", "Radio", "Fan", "Heater", "Clock", "Blender", "Iron", "Scale", "Grill"]
r159_CITIES = ["Oslo", "Bergen", "Trondheim", "Tromso", "Bodo"]


r159_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do", "Fa", "Gu", "Ha", "Ji", "Po", "Ru"]


def r159_sur(n):
    return r159_SYL[n % 16] + r159_SYL[(n // 16) % 16].lower() + r159_SYL[(n // 256) % 16].lower() + "dal"


def r159_names(k):
    n = r159_n[0]
    r159_n[0] += 1
    return ["%s %s" % (r159_FIRST[(n + i * 5) % 16], r159_sur(n * 4 + i)) for i in range(k)]


def r159_items(k):
    n = r159_n[0]
    r159_n[0] += 1
    return ["%s %s" % (r159_ITEMS[(n + i * 5) % 12], r159_sur(n * 4 + i)) for i in range(k)]


# ---------------------------------------------------------------- records and layouts
# a record is a dict with keys among: name, age, city, score, hired, paid, phone, item, price
r159_LBL = {"name": "Name", "age": "Age", "city": "City", "score": "Score", "hired": "Hired", "paid": "Paid",
            "phone": "Phone", "item": "Item", "price": "Price (EUR)"}


def r159_val(rec, k):
    v = rec.get(k)
    if v is None:
        return ""
    if k == "price":
        return "%.2f" % v
    return str(v)


def r159_render(recs, cols, lay):
    L = [r159_LBL[c] for c in cols]
    if lay == "lines":
        blocks = []
        for r in recs:
            blocks.append("\n".join("%s: %s" % (r159_LBL[c], r159_val(r, c)) for c in cols if r.get(c) is not None))
        return "\n\n".join(blocks)
    if lay == "semi":
        return "\n".join("; ".join("%s: %s" % (r159_LBL[c], r159_val(r, c)) for c in cols if r.get(c) is not None)
                         for r in recs)
    if lay == "md":
        s = "| " + " | ".join(L) + " |\n|" + "---|" * len(L) + "\n"
        return s + "\n".join("| " + " | ".join(r159_val(r, c) or "-" for c in cols) + " |" for r in recs)
    if lay == "csv":
        return ",".join(L) + "\n" + "\n".join(",".join(r159_val(r, c) for c in cols) for r in recs)
    if lay == "pipe":
        return " | ".join(L) + "\n" + "\n".join(" | ".join(r159_val(r, c) or "-" for c in cols) for r in recs)
    if lay == "bul":
        out = []
        for r in recs:
            out.append("- " + ", ".join("%s %s" % (r159_LBL[c].lower(), r159_val(r, c)) if c != cols[0] else r159_val(r, c)
                                        for c in cols if r.get(c) is not None))
        return "\n".join(out)
    if lay == "prose":
        out = []
        for r in recs:
            bits = []
            for c in cols[1:]:
                if r.get(c) is None:
                    continue
                if c == "age":
                    bits.append("is %s years old" % r["age"])
                elif c == "city":
                    bits.append("lives in %s" % r["city"])
                elif c == "score":
                    bits.append("scored %s" % r["score"])
                elif c == "hired":
                    bits.append("was hired on %s" % r["hired"])
                elif c == "paid":
                    bits.append("has paid" if r["paid"] == "yes" else "has not paid")
                elif c == "phone":
                    bits.append("has the phone %s" % r["phone"])
                elif c == "price":
                    bits.append("costs %.2f EUR" % r["price"])
            out.append("%s %s." % (r[cols[0]], " and ".join(bits)))
        return " ".join(out)
    raise ValueError(lay)


r159_LAYS = ["lines", "semi", "md", "csv", "pipe", "bul", "prose"]

# ---------------------------------------------------------------- criteria
# tag, phrase (for "the name of the {phrase}"), noun, key deciding, kind, arg


def r159_pick(recs, kind, key, arg=None):
    if kind == "max":
        return max(recs, key=lambda r: r[key])
    if kind == "min":
        return min(recs, key=lambda r: r[key])
    if kind == "eq":
        c = [r for r in recs if r.get(key) == arg]
        return c[0] if len(c) == 1 else None
    if kind == "firsteq":
        c = [r for r in recs if r.get(key) == arg]
        return c[0] if c else None
    if kind == "lasteq":
        c = [r for r in recs if r.get(key) == arg]
        return c[-1] if c else None
    if kind == "none":
        c = [r for r in recs if r.get(key) is None]
        return c[0] if len(c) == 1 else None
    if kind == "gt":
        c = [r for r in recs if r[key] > arg]
        return c[0] if len(c) == 1 else None
    if kind == "lt":
        c = [r for r in recs if r[key] < arg]
        return c[0] if len(c) == 1 else None
    raise ValueError(kind)


r159_CRIT = [
    # tag, phrase, domain, key, kind, arg, opposite tag
    ("old", "oldest customer", "p", "age", "max", None, "young"),
    ("young", "youngest customer", "p", "age", "min", None, "old"),
    ("olde", "oldest employee", "p", "age", "max", None, "younge"),
    ("younge", "youngest employee", "p", "age", "min", None, "olde"),
    ("hisc", "player with the highest score", "p", "score", "max", None, "losc"),
    ("losc", "player with the lowest score", "p", "score", "min", None, "hisc"),
    ("whosc", "whoever has the highest score", "p", "score", "max", None, "losc"),
    ("hlast", "employee hired last", "p", "hired", "max", None, "hfirst"),
    ("hfirst", "employee hired first", "p", "hired", "min", None, "hlast"),
    ("recent", "most recent entry", "p", "hired", "max", None, "hfirst"),
    ("oslo", "booking in Oslo", "p", "city", "eq", "Oslo", "bergen"),
    ("bergen", "booking in Bergen", "p", "city", "eq", "Bergen", "oslo"),
    ("fromoslo", "guest from Oslo", "p", "city", "eq", "Oslo", "bergen"),
    ("paid1", "first guest who paid", "p", "paid", "firsteq", "yes", "unpaid"),
    ("unpaid", "guest who has not paid", "p", "paid", "eq", "no", "paid1"),
    ("paidl", "last guest who paid", "p", "paid", "lasteq", "yes", "paid1"),
    ("nophone", "only one without a phone", "p", "phone", "none", None, None),
    ("cheap", "cheapest item", "i", "price", "min", None, "dear"),
    ("dear", "dearest item", "i", "price", "max", None, "cheap"),
    ("mexp", "most expensive item", "i", "price", "max", None, "cheap"),
    ("over100", "order over 100 EUR", "i", "price", "gt", 100, "under20"),
    ("under20", "item under 20 EUR", "i", "price", "lt", 20, "over100"),
]
r159_CT = {c[0]: c for c in r159_CRIT}


def r159_cols(key, dom):
    if dom == "i":
        return ["item", "price"]
    base = ["name", key] if key != "city" else ["name", "city"]
    if key == "paid":
        base = ["name", "city", "paid"]
    if key == "phone":
        base = ["name", "city", "phone"]
    if key in ("age", "score", "hired"):
        base = ["name", key, "city"]
    return base


def r159_make(dom, key, kind, arg, k, names):
    """k records with values so that exactly one fits the criterion; returns list of dicts."""
    recs = []
    ages = [34, 52, 41, 29, 47]
    scores = [71, 88, 64, 93, 79]
    hired = ["2019-03-01", "2023-06-15", "2021-09-10", "2017-01-20", "2020-11-05"]
    cities = ["Bergen", "Oslo", "Trondheim", "Tromso", "Bodo"]
    paid = ["no", "yes", "no", "yes", "no"]
    prices = [24.90, 139.00, 59.50, 12.99, 79.00]
    phones = ["912 34 567", None, "913 45 678", "914 56 789", "915 67 890"]
    for i in range(k):
        if dom == "i":
            recs.append({"item": names[i], "price": prices[i]})
        else:
            recs.append({"name": names[i], "age": ages[i], "score": scores[i], "hired": hired[i],
                         "city": cities[i], "paid": paid[i], "phone": phones[i]})
    return recs


def r159_prompt(form, phrase, text, field, fieldword):
    if form == "i1":
        return "Extract the %s of the %s as JSON.\n\n%s" % (fieldword, phrase, text), None
    if form == "i2":
        return "From the list below, return the %s of the %s as JSON.\n\n%s" % (fieldword, phrase, text), None
    if form == "i3":
        return "Extract as JSON.\n\n%s" % text, "%s of the %s" % (fieldword, phrase)
    if form == "i4":
        return "Who is the %s? Give the %s as JSON.\n\n%s" % (phrase, fieldword, text), None
    if form == "i5":
        return "%s\n\nExtract the %s of the %s as JSON." % (text, fieldword, phrase), None
    if form == "i1p":  # paraphrase of i1
        return "Return, as JSON, the %s of the %s.\n\n%s" % (fieldword, phrase, text), None
    raise ValueError(form)


def r159_J(id, fam, prompt, field, desc, exp, answers, safe=False):
    sch = S({field: "string"}, {field: desc} if desc else None)
    J(id, "r159_" + fam, prompt, sch, {field: exp}, [{field: a} for a in answers], safe=safe)


r159_seen = set()


def r159_item(tag, fam, bprompt, vprompt, field, desc, vdesc, bexp, vexp, kind, mis=None):
    """kind: pair / safe / single."""
    if kind == "single":
        sid = "d159-s-" + tag
        r159_J(sid, fam + "_single", bprompt, field, desc, bexp, [mis, bexp])
        r159_singles.append(sid)
        return
    b = "d159-b-" + tag.rsplit("-", 1)[0]
    if b not in r159_seen:
        r159_seen.add(b)
        r159_J(b, "base", bprompt, field, desc, bexp, [bexp])
    if kind == "safe":
        v = "d159-ok-" + tag
        r159_J(v, fam + "_safe", vprompt, field, vdesc, vexp, [vexp], safe=True)
        r159_safe.append(v)
    else:
        v = "d159-v-" + tag
        r159_J(v, fam, vprompt, field, vdesc, vexp, [bexp, vexp])
    r159_pairs.append((b, v))


def r159_fieldof(dom, ask):
    # which field of the selected record is asked
    if dom == "i":
        return ("item", "item name", "name") if ask == "name" else ("price", "price", "price")
    return {"name": ("name", "name", "name"), "city": ("city", "city", "city"),
            "phone": ("phone", "phone", "phone")}[ask]


def r159_gen():
    for ct in r159_CRIT:
        tag, phrase, dom, key, kind, arg, opp = ct
        for lay in r159_LAYS:
            for form in ["i1", "i2", "i3", "i4", "i5"]:
                asks = ["name"] if dom == "i" else ["name", "city"]
                if key == "city":
                    asks = ["name"]
                for ask in asks:
                    if form != "i1" and ask != "name":
                        continue
                    k = 3
                    names = r159_items(k) if dom == "i" else r159_names(k)
                    recs = r159_make(dom, key, kind, arg, k, names)
                    field, fw, _ = r159_fieldof(dom, ask)
                    if field == "city" and key in ("city",):
                        continue
                    cols = r159_cols(key, dom)
                    ansk = "item" if dom == "i" else field
                    sel = r159_pick(recs, kind, key, arg)
                    if sel is None:
                        continue
                    text = r159_render(recs, cols, lay)
                    bpr, bdesc = r159_prompt(form, phrase, text, field, fw)
                    bexp = sel[ansk]
                    t0 = "%s-%s-%s-%s" % (tag, lay, form, ask)
                    # V1: values change so another record is picked; the chosen record's own text unchanged
                    recs2 = [dict(r) for r in recs]
                    others = [r for r in recs2 if r[ansk] != bexp]
                    o = others[-1]
                    if kind in ("max", "min"):
                        vals = [r[key] for r in recs]
                        if key == "hired":
                            o[key] = "2025-02-03" if kind == "max" else "2015-04-04"
                        else:
                            o[key] = (max(vals) + 3) if kind == "max" else (min(vals) - 3) if key != "price" else \
                                (max(vals) + 10.0 if kind == "max" else min(vals) / 2)
                    elif kind in ("eq", "firsteq", "lasteq"):
                        if kind == "eq":
                            # move the deciding value: chosen gets another, o gets arg
                            chosen = [r for r in recs2 if r[ansk] == bexp][0]
                            chosen[key] = o[key] if o[key] != arg else "Bodo"
                            o[key] = arg
                        elif kind == "firsteq":
                            o2 = others[0]
                            if recs2.index(o2) > recs2.index([r for r in recs2 if r[ansk] == bexp][0]):
                                # make chosen unpaid-> no, keep chosen text; set the record before it to arg
                                pass
                            # put an earlier record paid: the first record
                            recs2[0][key] = arg
                            if recs2[0][ansk] == bexp:
                                recs2[0][key] = "no"
                                recs2[1][key] = arg
                        else:
                            recs2[-1][key] = arg
                            if recs2[-1][ansk] == bexp:
                                recs2[-1][key] = "no"
                    elif kind == "none":
                        chosen = [r for r in recs2 if r[ansk] == bexp][0]
                        chosen["phone"] = "916 00 111"
                        o["phone"] = None
                    elif kind == "gt":
                        chosen = [r for r in recs2 if r[ansk] == bexp][0]
                        chosen["price"] = 99.00
                        o["price"] = 149.00
                    elif kind == "lt":
                        chosen = [r for r in recs2 if r[ansk] == bexp][0]
                        chosen["price"] = 21.00
                        o["price"] = 9.90
                    sel2 = r159_pick(recs2, kind, key, arg)
                    if sel2 is not None and sel2[ansk] != bexp:
                        vtext = r159_render(recs2, cols, lay)
                        vpr, vdesc = r159_prompt(form, phrase, vtext, field, fw)
                        r159_item(t0 + "-val", "val", bpr, vpr, field, bdesc, vdesc, bexp, sel2[ansk], "pair")
                    # V1b: the deciding values swapped between chosen and another (same names, same order)
                    if kind in ("max", "min", "gt", "lt", "eq"):
                        recs3 = [dict(r) for r in recs]
                        chosen = [r for r in recs3 if r[ansk] == bexp][0]
                        o = [r for r in recs3 if r[ansk] != bexp][0]
                        chosen[key], o[key] = o[key], chosen[key]
                        sel3 = r159_pick(recs3, kind, key, arg)
                        if sel3 is not None and sel3[ansk] != bexp:
                            vtext = r159_render(recs3, cols, lay)
                            vpr, vdesc = r159_prompt(form, phrase, vtext, field, fw)
                            r159_item(t0 + "-swap", "swap", bpr, vpr, field, bdesc, vdesc, bexp, sel3[ansk], "pair")
                    # V2: instruction flipped
                    if opp and form != "i3":
                        oc = r159_CT[opp]
                        if oc[2] == dom:
                            sel4 = r159_pick(recs, oc[4], oc[3], oc[5])
                            if sel4 is not None and sel4[ansk] != bexp:
                                vpr, vdesc = r159_prompt(form, oc[1], text, field, fw)
                                r159_item(t0 + "-instr", "instr", bpr, vpr, field, bdesc, vdesc, bexp, sel4[ansk], "pair")
                    # SAFE: records reordered (same pick), whitespace, paraphrase
                    if kind in ("max", "min", "eq", "none", "gt", "lt"):
                        rr = list(reversed(recs))
                        if r159_pick(rr, kind, key, arg)[ansk] == bexp:
                            vtext = r159_render(rr, cols, lay)
                            vpr, vdesc = r159_prompt(form, phrase, vtext, field, fw)
                            r159_item(t0 + "-reord", "reord", bpr, vpr, field, bdesc, vdesc, bexp, bexp, "safe")
                    if form == "i1":
                        vpr = bpr.replace("\n\n", "\n\n\n").replace(" as JSON.", "  as JSON.")
                        r159_item(t0 + "-ws", "ws", bpr, vpr, field, bdesc, bdesc, bexp, bexp, "safe")
                        vpr, vdesc = r159_prompt("i1p", phrase, text, field, fw)
                        r159_item(t0 + "-para", "para", bpr, vpr, field, bdesc, vdesc, bexp, bexp, "safe")
                    # SINGLES: a wrong record (first other record, and the opposite extreme)
                    snames = r159_items(k) if dom == "i" else r159_names(k)
                    recs = r159_make(dom, key, kind, arg, k, snames)
                    bexp = r159_pick(recs, kind, key, arg)[ansk]
                    bpr, bdesc = r159_prompt(form, phrase, r159_render(recs, cols, lay), field, fw)
                    wrongs = [r[ansk] for r in recs if r[ansk] != bexp]
                    r159_item(t0 + "-s0", "wrongrec", bpr, None, field, bdesc, None, bexp, None, "single",
                              mis=wrongs[0])
                    if lay in ("lines", "md", "prose"):
                        snames = r159_items(k) if dom == "i" else r159_names(k)
                        recs = r159_make(dom, key, kind, arg, k, snames)
                        bexp = r159_pick(recs, kind, key, arg)[ansk]
                        bpr, bdesc = r159_prompt(form, phrase, r159_render(recs, cols, lay), field, fw)
                        wrongs = [r[ansk] for r in recs if r[ansk] != bexp]
                        r159_item(t0 + "-s1", "wrongrec", bpr, None, field, bdesc, None, bexp, None, "single",
                                  mis=wrongs[-1])


r159_gen()


# ================================================================ wave 2: prose with a condition on one attribute
r159_ATTR = {
    # attr: (values, sentence templates {n},{v}, instruction phrases {v})
    "city": (["Oslo", "Bergen", "Trondheim"],
             ["{n} lives in {v}.", "{n} is from {v}.", "{n} booked a room in {v}.", "In {v}, the guest is {n}.",
              "{n} stays in {v}.", "The {v} booking is for {n}.", "{n} arrives in {v} on Monday.",
              "{n} has a flat in {v}."],
             ["booking in {v}", "guest in {v}", "guest who lives in {v}", "customer from {v}", "{v} booking",
              "one in {v}", "guest staying in {v}", "person based in {v}"]),
    "job": (["nurse", "pilot", "teacher"],
            ["{n} works as a {v}.", "{n} is a {v}.", "The {v} is {n}.", "{n}, a {v}, signed up."],
             ["{v}", "guest who is a {v}", "applicant working as a {v}", "one who is a {v}"]),
    "car": (["red", "blue", "green"],
            ["{n} drives a {v} car.", "{n} came in a {v} car.", "The {v} car belongs to {n}."],
            ["guest with the {v} car", "owner of the {v} car", "driver of the {v} car"]),
    "lang": (["German", "French", "Spanish"],
             ["{n} speaks {v}.", "{n} is a {v} speaker.", "The {v} speaker is {n}."],
             ["guest who speaks {v}", "{v} speaker", "one speaking {v}"]),
    "room": (["12", "14", "21"],
             ["{n} has room {v}.", "{n} sleeps in room {v}.", "Room {v} is {n}'s."],
             ["guest in room {v}", "occupant of room {v}"]),
    "pet": (["dog", "cat", "parrot"],
            ["{n} has a {v}.", "{n} travels with a {v}.", "The {v} belongs to {n}."],
            ["guest with the {v}", "owner of the {v}", "one who has a {v}"]),
}
r159_FORMS2 = [
    ("x1", "Extract the name of the {ph} as JSON.\n\n{t}"),
    ("x2", "From the text below, return the name of the {ph} as JSON.\n\n{t}"),
    ("x3", "{t}\n\nWho is the {ph}? Answer as JSON."),
    ("x4", "Give the name of the {ph} as JSON.\n\n{t}"),
]


def r159_w2():
    for attr, (vals, sents, phs) in r159_ATTR.items():
        for si, st in enumerate(sents):
            for pi, ph0 in enumerate(phs):
                for fo, ftpl in r159_FORMS2:
                    if fo != "x1" and pi > 1:
                        continue
                    names = r159_names(3)
                    tgt = 1  # the record asked for in the base
                    tv = vals[tgt]

                    def txt(vs, order=(0, 1, 2), nm=names):
                        return " ".join(st.format(n=nm[i], v=vs[i]) for i in order)

                    def pr(ph_v, t):
                        return ftpl.format(ph=ph0.format(v=ph_v), t=t)
                    base_t = txt(vals)
                    bpr = pr(tv, base_t)
                    tag = "P2-%s-%d-%d-%s" % (attr, si, pi, fo)
                    bexp = names[tgt]
                    # swap the values of records 0 and 1 (names in place)
                    sv = [vals[1], vals[0], vals[2]]
                    r159_item(tag + "-swap", "p2swap", bpr, pr(tv, txt(sv)), "name", None, None, bexp, names[0], "pair")
                    # the instruction asks another value
                    r159_item(tag + "-instr", "p2instr", bpr, pr(vals[2], base_t), "name", None, None, bexp, names[2],
                              "pair")
                    # the chosen record's value replaced by a fourth value, another record takes it
                    mv = [tv, "Ztown" if attr == "city" else vals[2] + "x", vals[2]]
                    if attr == "city":
                        mv = [tv, "Tromso", vals[2]]
                    elif attr == "job":
                        mv = [tv, "baker", vals[2]]
                    elif attr == "car":
                        mv = [tv, "white", vals[2]]
                    elif attr == "lang":
                        mv = [tv, "Polish", vals[2]]
                    elif attr == "room":
                        mv = [tv, "33", vals[2]]
                    elif attr == "pet":
                        mv = [tv, "rabbit", vals[2]]
                    r159_item(tag + "-move", "p2move", bpr, pr(tv, txt(mv)), "name", None, None, bexp, names[0], "pair")
                    # safe: reordered sentences; whitespace
                    r159_item(tag + "-reord", "p2reord", bpr, pr(tv, txt(vals, (2, 0, 1))), "name", None, None, bexp,
                              bexp, "safe")
                    if fo == "x1":
                        r159_item(tag + "-ws", "p2ws", bpr, bpr.replace("\n\n", "\n\n\n") + "  ", "name", None, None,
                                  bexp, bexp, "safe")
                    # single: a wrong record's name, on its own names
                    n2 = r159_names(3)
                    spr = ftpl.format(ph=ph0.format(v=tv), t=txt(vals, nm=n2))
                    r159_item(tag + "-s0", "p2wrong", spr, None, "name", None, None, n2[1], None, "single", mis=n2[0])
                    n3 = r159_names(3)
                    spr = ftpl.format(ph=ph0.format(v=tv), t=txt(vals, nm=n3))
                    r159_item(tag + "-s2", "p2wrong", spr, None, "name", None, None, n3[1], None, "single", mis=n3[2])


r159_w2()


# ================================================================ wave 3: superlatives whose word the text states
r159_SUP = [
    # tag, asked phrase, other phrase, key, kind, sentence naming the word
    ("old", "oldest customer", "youngest customer", "age", "max", "The gift goes to the oldest customer."),
    ("young", "youngest customer", "oldest customer", "age", "min", "The youngest customer gets a discount."),
    ("hisc", "player with the highest score", "player with the lowest score", "score", "max",
     "The highest score wins."),
    ("hlast", "employee hired last", "employee hired first", "hired", "max", "The employee hired last gets a mentor."),
]


def r159_w3():
    lays = ["lines", "md", "csv", "pipe", "semi", "bul", "prose"]
    for tag0, ph, oph, key, kind, hint in r159_SUP:
        for lay in lays:
            for hpos in ["above", "below", "named"]:
                names = r159_names(3)
                recs = r159_make("p", key, kind, None, 3, names)
                cols = ["name", key, "city"]

                def T(rs, hp=hpos):
                    t = r159_render(rs, cols, lay)
                    if hp == "above":
                        return hint + "\n\n" + t
                    if hp == "below":
                        return t + "\n\n" + hint
                    sel = r159_pick(rs, kind, key)
                    return t + "\n\n" + "%s is the %s." % (sel["name"], ph)
                bpr = "Extract the name of the %s as JSON.\n\n%s" % (ph, T(recs))
                sel = r159_pick(recs, kind, key)["name"]
                tag = "W3-%s-%s-%s" % (tag0, lay, hpos)
                # another record's value passes the chosen one's (chosen's text unchanged)
                r2 = [dict(r) for r in recs]
                o = [r for r in r2 if r["name"] != sel][-1]
                if key == "hired":
                    o[key] = "2025-02-03" if kind == "max" else "2015-04-04"
                else:
                    o[key] = max(r[key] for r in recs) + 3 if kind == "max" else min(r[key] for r in recs) - 3
                s2 = r159_pick(r2, kind, key)["name"]
                r159_item(tag + "-val", "w3val", bpr, "Extract the name of the %s as JSON.\n\n%s" % (ph, T(r2)),
                          "name", None, None, sel, s2, "pair")
                if hpos != "named":
                    r159_item(tag + "-instr", "w3instr", bpr, "Extract the name of the %s as JSON.\n\n%s" % (oph, T(recs)),
                              "name", None, None, sel, r159_pick(recs, "min" if kind == "max" else "max", key)["name"],
                              "pair")
                rr = list(reversed(recs))
                r159_item(tag + "-reord", "w3reord", bpr, "Extract the name of the %s as JSON.\n\n%s" % (ph, T(rr)),
                          "name", None, None, sel, sel, "safe")
                n2 = r159_names(3)
                rs = r159_make("p", key, kind, None, 3, n2)
                s_ = r159_pick(rs, kind, key)["name"]
                r159_item(tag + "-s0", "w3wrong", "Extract the name of the %s as JSON.\n\n%s" % (ph, T(rs)), None,
                          "name", None, None, s_, None, "single", mis=[r["name"] for r in rs if r["name"] != s_][0])


r159_w3()


# ================================================================ wave 4: one-sentence lists, numbers and dates as the condition,
# comparatives the text states
r159_INL = [
    # tag, record template, joiner, lead, tail
    ("par", "{n} ({v})", ", ", "Guests: ", "."),
    ("dash", "{n} - {v}", "; ", "", ""),
    ("vcol", "{v}: {n}", "; ", "", ""),
    ("and", "{n} in {v}", ", ", "We have ", "."),
    ("resp", None, None, None, None),
    ("with", "{n} with {v}", ", ", "Bookings: ", "."),
    ("slash", "{n} / {v}", "\n", "", ""),
    ("arrow", "{n} -> {v}", "\n", "", ""),
]
r159_VALS4 = {
    "city": (["Oslo", "Bergen", "Trondheim"], "booking in {v}", "Tromso"),
    "score": (["71", "93", "64"], "player who scored {v}", "80"),
    "year": (["2019", "2023", "2021"], "employee hired in {v}", "2017"),
    "price": (["24.90 EUR", "139.00 EUR", "59.50 EUR"], "item costing {v}", "88.00 EUR"),
    "status": (["paid", "open", "cancelled"], "order that is {v}", "pending"),
    "code": (["A12", "B7", "C33"], "guest with seat {v}", "D40"),
}


def r159_w4():
    for it, tpl, jn, lead, tail in r159_INL:
        for attr, (vals, ph, fourth) in r159_VALS4.items():
            for fo, ftpl in r159_FORMS2[:3]:
                names = r159_names(3) if attr not in ("price",) else r159_items(3)

                def txt(vs, order=(0, 1, 2), nm=names):
                    if it == "resp":
                        return "%s, %s and %s: %s, %s and %s respectively." % tuple(
                            [nm[i] for i in order] + [vs[i] for i in order])
                    return lead + jn.join(tpl.format(n=nm[i], v=vs[i]) for i in order) + tail

                def pr(v, t):
                    return ftpl.format(ph=ph.format(v=v), t=t)
                tv = vals[1]
                bpr = pr(tv, txt(vals))
                bexp = names[1]
                tag = "W4-%s-%s-%s" % (it, attr, fo)
                r159_item(tag + "-swap", "w4swap", bpr, pr(tv, txt([vals[1], vals[0], vals[2]])), "name", None, None,
                          bexp, names[0], "pair")
                r159_item(tag + "-swap2", "w4swap", bpr, pr(tv, txt([vals[0], vals[2], vals[1]])), "name", None, None,
                          bexp, names[2], "pair")
                r159_item(tag + "-instr", "w4instr", bpr, pr(vals[2], txt(vals)), "name", None, None, bexp, names[2],
                          "pair")
                r159_item(tag + "-instr0", "w4instr", bpr, pr(vals[0], txt(vals)), "name", None, None, bexp, names[0],
                          "pair")
                r159_item(tag + "-move", "w4move", bpr, pr(tv, txt([tv, fourth, vals[2]])), "name", None, None, bexp,
                          names[0], "pair")
                r159_item(tag + "-reord", "w4reord", bpr, pr(tv, txt(vals, (2, 0, 1))), "name", None, None, bexp, bexp,
                          "safe")
                n2 = r159_names(3) if attr not in ("price",) else r159_items(3)
                r159_item(tag + "-s0", "w4wrong", ftpl.format(ph=ph.format(v=tv), t=txt(vals, nm=n2)), None, "name",
                          None, None, n2[1], None, "single", mis=n2[0])
                n3 = r159_names(3) if attr not in ("price",) else r159_items(3)
                r159_item(tag + "-s2", "w4wrong", ftpl.format(ph=ph.format(v=tv), t=txt(vals, nm=n3)), None, "name",
                          None, None, n3[1], None, "single", mis=n3[2])


r159_w4()

r159_CMP = [
    # tag, sentence {a} {b}: a is X-er than b, asked phrase, opposite phrase
    ("older", "{a} is older than {b}.", "older of the two", "younger of the two"),
    ("younger", "{a} is younger than {b}.", "younger of the two", "older of the two"),
    ("taller", "{a} is taller than {b}.", "taller guest", "shorter guest"),
    ("cheaper", "The {a} is cheaper than the {b}.", "cheaper item", "dearer item"),
    ("earlier", "{a} arrived earlier than {b}.", "guest who arrived earlier", "guest who arrived later"),
    ("higher", "{a} scored higher than {b}.", "player who scored higher", "player who scored lower"),
    ("oldest", "{a} is the oldest; {b} is younger.", "oldest guest", "youngest guest"),
    ("first", "{a} paid first, then {b}.", "guest who paid first", "guest who paid last"),
    ("before", "{b} checked in after {a}.", "guest who checked in first", "guest who checked in last"),
]


def r159_w5():
    for ct, st, ph, oph in r159_CMP:
        for fo, ftpl in r159_FORMS2:
            for extra in ["", " Both paid in cash.", "Two guests: "]:
                nm = r159_names(2) if ct != "cheaper" else r159_items(2)

                def T(a, b):
                    s = st.format(a=a, b=b)
                    if extra == "Two guests: ":
                        return extra + s
                    return s + extra
                bpr = ftpl.format(ph=ph, t=T(nm[0], nm[1]))
                tag = "W5-%s-%s-%d" % (ct, fo, len(extra))
                r159_item(tag + "-swap", "w5swap", bpr, ftpl.format(ph=ph, t=T(nm[1], nm[0])), "name", None, None,
                          nm[0], nm[1], "pair")
                r159_item(tag + "-instr", "w5instr", bpr, ftpl.format(ph=oph, t=T(nm[0], nm[1])), "name", None, None,
                          nm[0], nm[1], "pair")
                n2 = r159_names(2) if ct != "cheaper" else r159_items(2)
                r159_item(tag + "-s0", "w5wrong", ftpl.format(ph=ph, t=T(n2[0], n2[1])), None, "name", None, None,
                          n2[0], None, "single", mis=n2[1])


r159_w5()


# ================================================================ wave 6: generic selectors ("the one in Oslo", "the booking in Oslo")
# over more attributes and text shapes; another member of the picked record (age) asked
r159_W6 = {
    "city": (["Oslo", "Bergen", "Trondheim"], ["one in {v}", "booking in {v}", "person based in {v}"],
             ["{n} is {a} and lives in {v}.", "We have {n} ({a}) in {v}.", "{n}, aged {a}, stays in {v}."]),
    "job": (["nurse", "pilot", "teacher"], ["one who is a {v}", "one working as a {v}"],
            ["{n} is {a} and works as a {v}.", "{n} ({a}) is a {v}."]),
    "pet": (["dog", "cat", "parrot"], ["one who has a {v}", "one with the {v}"],
            ["{n} is {a} and has a {v}.", "{n} ({a}) travels with a {v}."]),
    "lang": (["German", "French", "Spanish"], ["one who speaks {v}"],
             ["{n} is {a} and speaks {v}.", "{n} ({a}) speaks {v}."]),
    "car": (["red", "blue", "green"], ["one with the {v} car"],
            ["{n} is {a} and drives a {v} car.", "{n} ({a}) came in a {v} car."]),
}


def r159_w6():
    ages = [34, 52, 41]
    for attr, (vals, phs, sents) in r159_W6.items():
        for si, st in enumerate(sents):
            for pi, ph in enumerate(phs):
                for ask in ["name", "age"]:
                    nm = r159_names(3)

                    def T(vs, ag=ages, order=(0, 1, 2), nm=nm):
                        return " ".join(st.format(n=nm[i], a=ag[i], v=vs[i]) for i in order)
                    if ask == "name":
                        def PR(v, t):
                            return "Extract the name of the %s as JSON.\n\n%s" % (ph.format(v=v), t)
                        sch_t, get = "string", (lambda i: nm[i])
                    else:
                        def PR(v, t):
                            return "Extract the age of the %s as JSON.\n\n%s" % (ph.format(v=v), t)
                        sch_t, get = "integer", (lambda i: ages[i])
                    tag = "W6-%s-%d-%d-%s" % (attr, si, pi, ask)
                    bpr = PR(vals[1], T(vals))

                    def item(t, fam, vpr, vi, kind="pair", spr=None, mis=None, sexp=None):
                        sch = S({ask: sch_t})
                        if kind == "single":
                            sid = "d159-s-" + t
                            J(sid, "r159_" + fam + "_single", spr, sch, {ask: sexp}, [{ask: mis}, {ask: sexp}])
                            r159_singles.append(sid)
                            return
                        b = "d159-b-" + tag
                        if b not in r159_seen:
                            r159_seen.add(b)
                            J(b, "r159_base", bpr, sch, {ask: get(1)}, [{ask: get(1)}])
                        if kind == "safe":
                            v = "d159-ok-" + t
                            J(v, "r159_" + fam + "_safe", vpr, sch, {ask: get(1)}, [{ask: get(1)}], safe=True)
                            r159_safe.append(v)
                        else:
                            v = "d159-v-" + t
                            J(v, "r159_" + fam, vpr, sch, {ask: get(vi)}, [{ask: get(1)}, {ask: get(vi)}])
                        r159_pairs.append((b, v))
                    item(tag + "-swap", "w6swap", PR(vals[1], T([vals[1], vals[0], vals[2]])), 0)
                    item(tag + "-swap2", "w6swap", PR(vals[1], T([vals[0], vals[2], vals[1]])), 2)
                    item(tag + "-instr", "w6instr", PR(vals[0], T(vals)), 0)
                    item(tag + "-instr2", "w6instr", PR(vals[2], T(vals)), 2)
                    item(tag + "-reord", "w6reord", PR(vals[1], T(vals, order=(2, 0, 1))), 1, kind="safe")
                    n2 = r159_names(3)
                    sexp = n2[1] if ask == "name" else ages[1]
                    mis = n2[0] if ask == "name" else ages[0]
                    item(tag + "-s0", "w6wrong", None, None, kind="single", spr=PR(vals[1], T(vals, nm=n2)), mis=mis,
                         sexp=sexp)


r159_w6()


# Trimmed for ctest (probe_kit.sample_round), stop 37: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 4-th safe probe and every 10-th of the rest.
from probe_kit import sample_round as r159_sample_round  # noqa: E402
r159_found_alone = {
    'd159-b-P2-city-0-0-x1', 'd159-b-P2-city-0-0-x2', 'd159-b-P2-city-0-0-x3', 'd159-b-P2-city-0-0-x4',
    'd159-b-P2-city-0-5-x1', 'd159-b-P2-city-0-7-x1', 'd159-b-P2-city-1-0-x2', 'd159-b-P2-city-1-0-x3',
    'd159-b-P2-city-1-0-x4', 'd159-b-P2-city-1-5-x1', 'd159-b-P2-city-1-7-x1', 'd159-b-P2-city-2-0-x1',
    'd159-b-P2-city-2-0-x2', 'd159-b-P2-city-2-0-x4', 'd159-b-P2-city-2-7-x1', 'd159-b-P2-city-4-0-x1',
    'd159-b-P2-city-4-0-x2', 'd159-b-P2-city-4-0-x3', 'd159-b-P2-city-4-0-x4', 'd159-b-P2-city-4-5-x1',
    'd159-b-P2-city-5-0-x3', 'd159-b-P2-city-5-5-x1', 'd159-b-P2-city-5-7-x1', 'd159-b-P2-city-6-0-x1',
    'd159-b-P2-city-6-0-x3', 'd159-b-P2-city-6-5-x1', 'd159-b-P2-city-6-7-x1', 'd159-b-P2-city-7-0-x1',
    'd159-b-P2-city-7-0-x2', 'd159-b-P2-city-7-0-x3', 'd159-b-P2-city-7-5-x1', 'd159-b-P2-city-7-7-x1',
    'd159-b-P2-job-0-3-x1', 'd159-b-P2-job-1-3-x1', 'd159-b-P2-job-2-3-x1', 'd159-b-P2-pet-2-2-x1',
    'd159-b-W4-and-city-x1', 'd159-b-W4-and-city-x2', 'd159-b-W4-and-city-x3', 'd159-b-W4-and-status-x1',
    'd159-b-W4-and-status-x2', 'd159-b-W4-and-status-x3', 'd159-b-W4-slash-city-x1', 'd159-b-W4-slash-city-x2',
    'd159-b-W4-slash-city-x3', 'd159-b-W4-slash-status-x1', 'd159-b-W4-slash-status-x2',
    'd159-b-W4-slash-status-x3', 'd159-b-W6-car-1-0-name', 'd159-b-W6-city-0-0-name', 'd159-b-W6-city-0-1-name',
    'd159-b-W6-city-0-2-name', 'd159-b-W6-city-1-1-name', 'd159-b-W6-city-1-2-name', 'd159-b-W6-city-2-0-name',
    'd159-b-W6-city-2-2-name', 'd159-b-W6-job-0-0-name', 'd159-b-W6-job-0-1-name', 'd159-b-W6-job-1-1-name',
    'd159-b-W6-lang-0-0-name', 'd159-b-W6-lang-1-0-name', 'd159-b-W6-pet-0-0-name', 'd159-b-W6-pet-0-1-name',
    'd159-b-W6-pet-1-1-name', 'd159-b-bergen-prose-i1-name', 'd159-b-bergen-prose-i2-name',
    'd159-b-bergen-prose-i4-name', 'd159-b-fromoslo-prose-i1-name', 'd159-b-fromoslo-prose-i2-name',
    'd159-b-fromoslo-prose-i4-name', 'd159-b-oslo-prose-i1-name', 'd159-b-oslo-prose-i2-name',
    'd159-b-oslo-prose-i4-name', 'd159-b-oslo-prose-i5-name', 'd159-s-P2-city-0-0-x1-s0',
    'd159-s-P2-city-0-0-x1-s2', 'd159-s-P2-city-0-0-x2-s0', 'd159-s-P2-city-0-0-x3-s0', 'd159-s-P2-city-0-0-x3-s2',
    'd159-s-P2-city-0-0-x4-s2', 'd159-s-P2-city-0-5-x1-s0', 'd159-s-P2-city-0-5-x1-s2', 'd159-s-P2-city-0-7-x1-s0',
    'd159-s-P2-city-0-7-x1-s2', 'd159-s-P2-city-1-0-x1-s0', 'd159-s-P2-city-1-0-x1-s2', 'd159-s-P2-city-1-0-x2-s0',
    'd159-s-P2-city-1-0-x3-s0', 'd159-s-P2-city-1-0-x3-s2', 'd159-s-P2-city-1-0-x4-s0', 'd159-s-P2-city-1-5-x1-s0',
    'd159-s-P2-city-1-5-x1-s2', 'd159-s-P2-city-1-7-x1-s0', 'd159-s-P2-city-1-7-x1-s2', 'd159-s-P2-city-2-0-x1-s2',
    'd159-s-P2-city-2-0-x2-s0', 'd159-s-P2-city-2-0-x2-s2', 'd159-s-P2-city-2-0-x3-s0', 'd159-s-P2-city-2-0-x3-s2',
    'd159-s-P2-city-2-0-x4-s0', 'd159-s-P2-city-2-5-x1-s0', 'd159-s-P2-city-2-5-x1-s2', 'd159-s-P2-city-2-7-x1-s0',
    'd159-s-P2-city-2-7-x1-s2', 'd159-s-P2-city-4-0-x1-s0', 'd159-s-P2-city-4-0-x2-s0', 'd159-s-P2-city-4-0-x2-s2',
    'd159-s-P2-city-4-0-x3-s2', 'd159-s-P2-city-4-0-x4-s0', 'd159-s-P2-city-4-0-x4-s2', 'd159-s-P2-city-4-5-x1-s2',
    'd159-s-P2-city-4-7-x1-s0', 'd159-s-P2-city-4-7-x1-s2', 'd159-s-P2-city-5-0-x3-s0', 'd159-s-P2-city-5-5-x1-s0',
    'd159-s-P2-city-5-7-x1-s2', 'd159-s-P2-city-6-0-x1-s0', 'd159-s-P2-city-6-0-x1-s2', 'd159-s-P2-city-6-0-x2-s0',
    'd159-s-P2-city-6-0-x2-s2', 'd159-s-P2-city-6-0-x3-s0', 'd159-s-P2-city-6-0-x3-s2', 'd159-s-P2-city-6-0-x4-s0',
    'd159-s-P2-city-6-0-x4-s2', 'd159-s-P2-city-6-5-x1-s0', 'd159-s-P2-city-6-7-x1-s0', 'd159-s-P2-city-7-0-x1-s0',
    'd159-s-P2-city-7-0-x1-s2', 'd159-s-P2-city-7-0-x2-s2', 'd159-s-P2-city-7-0-x3-s0', 'd159-s-P2-city-7-0-x3-s2',
    'd159-s-P2-city-7-0-x4-s0', 'd159-s-P2-city-7-0-x4-s2', 'd159-s-P2-city-7-5-x1-s0', 'd159-s-P2-city-7-5-x1-s2',
    'd159-s-P2-city-7-7-x1-s0', 'd159-s-P2-job-0-3-x1-s0', 'd159-s-P2-job-0-3-x1-s2', 'd159-s-P2-job-1-3-x1-s2',
    'd159-s-P2-job-2-3-x1-s0', 'd159-s-P2-job-2-3-x1-s2', 'd159-s-P2-job-3-3-x1-s0', 'd159-s-P2-job-3-3-x1-s2',
    'd159-s-P2-pet-0-2-x1-s0', 'd159-s-P2-pet-0-2-x1-s2', 'd159-s-P2-pet-1-2-x1-s0', 'd159-s-P2-pet-1-2-x1-s2',
    'd159-s-P2-pet-2-2-x1-s0', 'd159-s-P2-pet-2-2-x1-s2', 'd159-s-W4-and-city-x1-s0', 'd159-s-W4-and-city-x2-s0',
    'd159-s-W4-and-city-x2-s2', 'd159-s-W4-and-city-x3-s0', 'd159-s-W4-and-status-x1-s0',
    'd159-s-W4-and-status-x1-s2', 'd159-s-W4-and-status-x2-s2', 'd159-s-W4-and-status-x3-s0',
    'd159-s-W4-and-status-x3-s2', 'd159-s-W4-slash-city-x1-s0', 'd159-s-W4-slash-city-x1-s2',
    'd159-s-W4-slash-city-x2-s0', 'd159-s-W4-slash-city-x2-s2', 'd159-s-W4-slash-city-x3-s0',
    'd159-s-W4-slash-city-x3-s2', 'd159-s-W4-slash-status-x1-s0', 'd159-s-W4-slash-status-x2-s0',
    'd159-s-W4-slash-status-x2-s2', 'd159-s-W4-slash-status-x3-s0', 'd159-s-W4-slash-status-x3-s2',
    'd159-s-W6-car-0-0-name-s0', 'd159-s-W6-car-1-0-name-s0', 'd159-s-W6-city-0-0-name-s0',
    'd159-s-W6-city-0-1-name-s0', 'd159-s-W6-city-0-2-name-s0', 'd159-s-W6-city-1-0-name-s0',
    'd159-s-W6-city-1-1-name-s0', 'd159-s-W6-city-1-2-name-s0', 'd159-s-W6-city-2-0-name-s0',
    'd159-s-W6-city-2-1-name-s0', 'd159-s-W6-city-2-2-name-s0', 'd159-s-W6-job-0-0-name-s0',
    'd159-s-W6-job-0-1-name-s0', 'd159-s-W6-job-1-0-name-s0', 'd159-s-W6-job-1-1-name-s0',
    'd159-s-W6-lang-0-0-name-s0', 'd159-s-W6-lang-1-0-name-s0', 'd159-s-W6-pet-0-0-name-s0',
    'd159-s-W6-pet-0-1-name-s0', 'd159-s-W6-pet-1-0-name-s0', 'd159-s-W6-pet-1-1-name-s0',
    'd159-s-bergen-prose-i1-name-s1', 'd159-s-bergen-prose-i2-name-s0', 'd159-s-bergen-prose-i2-name-s1',
    'd159-s-bergen-prose-i3-name-s0', 'd159-s-bergen-prose-i3-name-s1', 'd159-s-bergen-prose-i4-name-s0',
    'd159-s-bergen-prose-i4-name-s1', 'd159-s-bergen-prose-i5-name-s0', 'd159-s-bergen-prose-i5-name-s1',
    'd159-s-oslo-prose-i1-name-s1', 'd159-s-oslo-prose-i2-name-s0', 'd159-s-oslo-prose-i2-name-s1',
    'd159-s-oslo-prose-i3-name-s0', 'd159-s-oslo-prose-i3-name-s1', 'd159-s-oslo-prose-i4-name-s0',
    'd159-s-oslo-prose-i5-name-s0', 'd159-s-oslo-prose-i5-name-s1', 'd159-v-P2-city-0-0-x1-instr',
    'd159-v-P2-city-0-0-x1-swap', 'd159-v-P2-city-0-0-x2-instr', 'd159-v-P2-city-0-0-x2-swap',
    'd159-v-P2-city-0-0-x3-instr', 'd159-v-P2-city-0-0-x3-swap', 'd159-v-P2-city-0-0-x4-instr',
    'd159-v-P2-city-0-0-x4-swap', 'd159-v-P2-city-0-5-x1-instr', 'd159-v-P2-city-0-5-x1-swap',
    'd159-v-P2-city-0-7-x1-instr', 'd159-v-P2-city-0-7-x1-swap', 'd159-v-P2-city-1-0-x2-instr',
    'd159-v-P2-city-1-0-x2-swap', 'd159-v-P2-city-1-0-x3-instr', 'd159-v-P2-city-1-0-x3-swap',
    'd159-v-P2-city-1-0-x4-instr', 'd159-v-P2-city-1-0-x4-swap', 'd159-v-P2-city-1-5-x1-instr',
    'd159-v-P2-city-1-5-x1-swap', 'd159-v-P2-city-1-7-x1-instr', 'd159-v-P2-city-1-7-x1-swap',
    'd159-v-P2-city-2-0-x1-instr', 'd159-v-P2-city-2-0-x1-swap', 'd159-v-P2-city-2-0-x2-instr',
    'd159-v-P2-city-2-0-x2-swap', 'd159-v-P2-city-2-0-x4-instr', 'd159-v-P2-city-2-0-x4-swap',
    'd159-v-P2-city-2-7-x1-instr', 'd159-v-P2-city-2-7-x1-swap', 'd159-v-P2-city-4-0-x1-instr',
    'd159-v-P2-city-4-0-x1-swap', 'd159-v-P2-city-4-0-x2-instr', 'd159-v-P2-city-4-0-x2-swap',
    'd159-v-P2-city-4-0-x3-instr', 'd159-v-P2-city-4-0-x3-swap', 'd159-v-P2-city-4-0-x4-instr',
    'd159-v-P2-city-4-0-x4-swap', 'd159-v-P2-city-4-5-x1-instr', 'd159-v-P2-city-4-5-x1-swap',
    'd159-v-P2-city-5-0-x3-instr', 'd159-v-P2-city-5-5-x1-instr', 'd159-v-P2-city-5-7-x1-instr',
    'd159-v-P2-city-6-0-x1-instr', 'd159-v-P2-city-6-0-x3-instr', 'd159-v-P2-city-6-5-x1-instr',
    'd159-v-P2-city-6-7-x1-instr', 'd159-v-P2-city-7-0-x1-instr', 'd159-v-P2-city-7-0-x1-swap',
    'd159-v-P2-city-7-0-x2-instr', 'd159-v-P2-city-7-0-x2-swap', 'd159-v-P2-city-7-0-x3-instr',
    'd159-v-P2-city-7-0-x3-swap', 'd159-v-P2-city-7-5-x1-instr', 'd159-v-P2-city-7-5-x1-swap',
    'd159-v-P2-city-7-7-x1-instr', 'd159-v-P2-city-7-7-x1-swap', 'd159-v-P2-job-0-3-x1-instr',
    'd159-v-P2-job-0-3-x1-swap', 'd159-v-P2-job-1-3-x1-instr', 'd159-v-P2-job-1-3-x1-swap',
    'd159-v-P2-job-2-3-x1-instr', 'd159-v-P2-job-2-3-x1-move', 'd159-v-P2-job-2-3-x1-swap',
    'd159-v-P2-pet-2-2-x1-instr', 'd159-v-P2-pet-2-2-x1-move', 'd159-v-P2-pet-2-2-x1-swap',
    'd159-v-W4-and-city-x1-instr', 'd159-v-W4-and-city-x1-instr0', 'd159-v-W4-and-city-x1-move',
    'd159-v-W4-and-city-x1-swap', 'd159-v-W4-and-city-x1-swap2', 'd159-v-W4-and-city-x2-instr',
    'd159-v-W4-and-city-x2-instr0', 'd159-v-W4-and-city-x2-move', 'd159-v-W4-and-city-x2-swap',
    'd159-v-W4-and-city-x2-swap2', 'd159-v-W4-and-city-x3-instr', 'd159-v-W4-and-city-x3-instr0',
    'd159-v-W4-and-city-x3-move', 'd159-v-W4-and-city-x3-swap', 'd159-v-W4-and-city-x3-swap2',
    'd159-v-W4-and-status-x1-instr', 'd159-v-W4-and-status-x1-swap', 'd159-v-W4-and-status-x1-swap2',
    'd159-v-W4-and-status-x2-instr', 'd159-v-W4-and-status-x2-swap', 'd159-v-W4-and-status-x2-swap2',
    'd159-v-W4-and-status-x3-instr', 'd159-v-W4-and-status-x3-swap', 'd159-v-W4-and-status-x3-swap2',
    'd159-v-W4-slash-city-x1-instr', 'd159-v-W4-slash-city-x1-instr0', 'd159-v-W4-slash-city-x1-move',
    'd159-v-W4-slash-city-x1-swap', 'd159-v-W4-slash-city-x1-swap2', 'd159-v-W4-slash-city-x2-instr',
    'd159-v-W4-slash-city-x2-instr0', 'd159-v-W4-slash-city-x2-move', 'd159-v-W4-slash-city-x2-swap',
    'd159-v-W4-slash-city-x2-swap2', 'd159-v-W4-slash-city-x3-instr', 'd159-v-W4-slash-city-x3-instr0',
    'd159-v-W4-slash-city-x3-move', 'd159-v-W4-slash-city-x3-swap', 'd159-v-W4-slash-city-x3-swap2',
    'd159-v-W4-slash-status-x1-instr', 'd159-v-W4-slash-status-x1-swap', 'd159-v-W4-slash-status-x1-swap2',
    'd159-v-W4-slash-status-x2-instr', 'd159-v-W4-slash-status-x2-swap', 'd159-v-W4-slash-status-x2-swap2',
    'd159-v-W4-slash-status-x3-instr', 'd159-v-W4-slash-status-x3-swap', 'd159-v-W4-slash-status-x3-swap2',
    'd159-v-W6-car-1-0-name-instr', 'd159-v-W6-car-1-0-name-instr2', 'd159-v-W6-car-1-0-name-swap',
    'd159-v-W6-city-0-0-name-instr', 'd159-v-W6-city-0-0-name-instr2', 'd159-v-W6-city-0-0-name-swap',
    'd159-v-W6-city-0-1-name-instr', 'd159-v-W6-city-0-1-name-instr2', 'd159-v-W6-city-0-1-name-swap',
    'd159-v-W6-city-0-2-name-instr', 'd159-v-W6-city-0-2-name-instr2', 'd159-v-W6-city-0-2-name-swap',
    'd159-v-W6-city-1-1-name-instr', 'd159-v-W6-city-1-1-name-instr2', 'd159-v-W6-city-1-2-name-instr',
    'd159-v-W6-city-1-2-name-instr2', 'd159-v-W6-city-2-0-name-instr', 'd159-v-W6-city-2-0-name-instr2',
    'd159-v-W6-city-2-0-name-swap', 'd159-v-W6-city-2-2-name-instr', 'd159-v-W6-city-2-2-name-instr2',
    'd159-v-W6-city-2-2-name-swap', 'd159-v-W6-job-0-0-name-instr', 'd159-v-W6-job-0-0-name-instr2',
    'd159-v-W6-job-0-0-name-swap', 'd159-v-W6-job-0-1-name-instr', 'd159-v-W6-job-0-1-name-instr2',
    'd159-v-W6-job-0-1-name-swap', 'd159-v-W6-job-1-1-name-instr', 'd159-v-W6-job-1-1-name-instr2',
    'd159-v-W6-job-1-1-name-swap', 'd159-v-W6-lang-0-0-name-instr', 'd159-v-W6-lang-0-0-name-instr2',
    'd159-v-W6-lang-0-0-name-swap', 'd159-v-W6-lang-1-0-name-instr', 'd159-v-W6-lang-1-0-name-instr2',
    'd159-v-W6-lang-1-0-name-swap', 'd159-v-W6-pet-0-0-name-instr', 'd159-v-W6-pet-0-0-name-instr2',
    'd159-v-W6-pet-0-0-name-swap', 'd159-v-W6-pet-0-1-name-instr', 'd159-v-W6-pet-0-1-name-instr2',
    'd159-v-W6-pet-0-1-name-swap', 'd159-v-W6-pet-1-1-name-instr', 'd159-v-W6-pet-1-1-name-instr2',
    'd159-v-W6-pet-1-1-name-swap', 'd159-v-bergen-prose-i1-name-instr', 'd159-v-bergen-prose-i2-name-instr',
    'd159-v-bergen-prose-i4-name-instr', 'd159-v-fromoslo-prose-i1-name-instr',
    'd159-v-fromoslo-prose-i2-name-instr', 'd159-v-fromoslo-prose-i4-name-instr', 'd159-v-oslo-prose-i1-name-instr',
    'd159-v-oslo-prose-i1-name-swap', 'd159-v-oslo-prose-i2-name-instr', 'd159-v-oslo-prose-i2-name-swap',
    'd159-v-oslo-prose-i4-name-instr', 'd159-v-oslo-prose-i4-name-swap', 'd159-v-oslo-prose-i5-name-instr',
    'd159-v-oslo-prose-i5-name-swap',
}
r159_sample_round("d159-", r159_found_alone, 10, safe_every=4)
# Items still served from the cache after the fixes (all arguable, or open: FINDINGS.md, rounds 157-160), and
# with them every item the tester called arguable: left out.
r159_left_out = {

}
P[:] = [r159_p for r159_p in P if r159_p["id"] not in r159_left_out and r159_p["id"] not in r159_arguable]
