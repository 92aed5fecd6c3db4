r"""Red-team round 163 (black box): PLANNED VERSUS ACTUAL, ESTIMATES AND AMENDMENTS.
18,152 probes: 3,776 pairs (base + variant), 10,291 singles (--runs 2), 309 safe variants. No equations.
Part 1 (d163-s1/b1/v1/ok1-): one record with two values of one quantity (planned/actual, expected/actual,
  estimated/final, budgeted/actual, quoted/final, requested/approved, ordered/delivered/invoiced, target/achieved,
  forecast, scheduled, original/revised, initial/final, proposed/agreed, projected, current/previous) for cost, amount,
  quantity, price, hours, arrival time, delivery date; key picks one (actual_cost, approved_amount,
  delivered_quantity, ...); 14 layouts (Label: value, one-line "a | b", pipe table, CSV, flat and nested YAML, "Cost
  (planned)", "Cost planned", transposed table, headed blocks, Markdown headings, prose, prose of one person, e-mail).
  Singles: the model gives the other value. Pairs: the variant swaps the two values.
Part 2 (s2/b2/v2): only the other value is stated ("Planned cost: 40" for actual_cost -> null); pairs relabel a stored
  "Actual cost: 40" as "Planned cost: 40". Part 3 (s3/s3n): generic key, description picks one ("the actual cost").
Part 4 (s4/b4/v4): a plain "Cost: 40" and an amendment field (41 labels: Updated, Revised, Amended, New, Rescheduled,
  Final, "Cost (revised)", "Cost now", Was, Now, Changed to, Geänderte, Ny, Nouveau, Nuevo, "Cost v2", ...), 6 layouts.
Part 5 (s5/s5n/b5/v5): limits and bounds ("Quantity: up to 40", "Max quantity", "Cost ceiling", "Price from", "ETA",
  "Arrival time planned", "Latest delivery date", ...). Part 6 (s6/b6/v6): prose and notes, "was ... now", "revised
  from 40 to 45", "planned 40 / actual 42", "est. 40, final 42", "40 -> 42".
Part 7 (s7a-d/b7/v7/b7e/v7e/ok7): 68 qualifying words before/after/in brackets beside the member's label, alone
  (generic key, null expected), beside the plain field, ruled out by the instruction ("the actual cost (not the
  planned one)"), and pairs relabelling the value. Part 8 (s8a/s8r/s8p/s8i/s8c/s8g/s8w/s8x): 105 more label words;
  ranges "Price from: a / Price to: b" in six layouts with max/min/upper/lower/latest/earliest keys and instruction
  words; a change from/to with a new_ key; "actual/final/real/confirmed/paid" in the request over a qualified label.
Part 9-11 (s9/b9/v9, s10/b10/v10, s11/b11/v11): a field that moves the value (Delay, Late by, Overrun, Variance,
  Shortfall, Overtime, Discount, Surcharge, Tax, VAT, Fee, Tip, Deposit, Shipping, Rebate, Credit, ...) with a
  generic key, or a request that picks the moved value ("discounted cost", "net price", "the cost after the discount",
  "the price including the VAT"). Part 12 (s12a-c): a key with a qualifier (planned_, quoted_, requested_, max_, ...)
  over a plain label.
HELD: every record with two values of one quantity (part 1, all 14 layouts): never stored, so no swap pair reached the
  cache; the model's other value was served fresh only from prose (33) and never stored. Parts 2, 3: the other
  qualifier's value ("Planned cost" for actual_cost, "Approved amount" for requested_amount) never stored; relabelled
  pairs refused reuse. Part 4: all 41 amendment labels in all layouts: every pair refused reuse ("failing_fraction"),
  the old value served fresh (249 singles) but never stored. Parts 5, 6: every bound beside the value, every prose
  revision. Part 7 b-e, part 8 ranges/picks/changes, part 9 delay/overrun/shortfall/overtime fields, part 10 requests
  that pick the moved value, part 12 b/c: nothing from the cache. Safe variants: 204/309 reused (the 104 part-1 safe
  variants are of two-value records, which are never stored; the 205 others: 204 reused).
WHAT GOT THROUGH (292 items confirmed alone on a fresh SQLite store, --runs 2: 292 of 292 served wrong from the cache;
  71 of them already in run 1, pair variants and one licensed rewrite). 0 clear, 292 arguable:
 (A) a label with the member's words and one word more, alone, read as the member (139 singles; null expected):
     "Planned cost: 2387" -> cost 2387, "Expected arrival time: 09:40", "Arrival time planned: 14:35" (the known
     round-146 class); NEW words: "Price from: 2635", "Cost to: 8390", "To quantity: 14", "Amount (from): 2463",
     "Delivery date (to)", "Arrival time by: 19:05", "Cost per: 8503", "Second cost: 1961", "Cost or: 2051",
     "Quantity in: 8", "Of cost", "At cost", "On cost", "For cost", "Into", "And", "Von", "De", "Da". A bound ("from",
     "to", "by") or "per"/"second" changes what the value is, but a reader may take the one value the record gives.
     (32 further items, "Actual cost", "Current quantity", "Full cost", "Customer cost", "Contact/Number/Spent ...",
     were the tester's wrong expectation: the value is the member's. Their expectation is the value now.)
 (B) a charge field beside the value, generic key (69 singles, 70 pair variants): "Cost: 4778 / Discount: 338" ->
     cost 4778 (expected 4440), "Planned cost: 3982 / Surcharge: 229", "Price / VAT", "Amount / Fee", "Tax", "Tip",
     "Deposit", "Shipping", "Postage"; the pair base "Cost: 550" stored, the variant adding "Discount: 80" reused in
     run 1. The price before a charge is a fair reading of "the cost". (Requests naming the moved value held.)
 (C) a qualifier in the key dropped (14 singles): quoted_cost / quoted_price / quoted_arrival_time ... and
     requested_amount / requested_quantity / requested_delivery_date ... over a plain "Cost: 3829" / "Amount: 2721"
     (null expected). The plain value may well be the quoted or requested one.
Fresh wrong answers (model mistakes the checks let through, never stored): run 1 2,989, run 2 2,682, mostly
  "the actual cost (not the planned one)" over "Cost planned: 7695" -> 7695 (s7d, 1,221), "discounted cost" over
  "Cost: 7070 / Discount: 43" -> 7070 (s10, 297), "Cost: 7385 | Updated cost: 3348" -> 7385 (s4, 249-268).
Adds its probes to probe_kit.P."""
import json  # noqa: F401
import random as r163_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r163_rng = r163_random.Random(163)
r163_arguable = set()
r163_C1 = "bdfgklmnprstvz"
r163_V1 = "aeiou"


def r163_word(k):
    return "".join(r163_rng.choice(r163_C1) + r163_rng.choice(r163_V1) for _ in range(k))


def r163_nm():
    return r163_word(2).capitalize() + " " + r163_word(3).capitalize() + "vik"


# kind -> (noun label, key noun, json type, value maker)
def r163_num():
    return r163_rng.randrange(120, 9800)


def r163_small():
    return r163_rng.randrange(3, 95)


def r163_time():
    return "%02d:%02d" % (r163_rng.randrange(6, 22), r163_rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50]))


def r163_date():
    return "2027-%02d-%02d" % (r163_rng.randrange(1, 13), r163_rng.randrange(1, 29))


r163_K = {
    "cost": ("cost", "cost", "number", r163_num),
    "amount": ("amount", "amount", "number", r163_num),
    "qty": ("quantity", "quantity", "integer", r163_small),
    "price": ("price", "price", "number", r163_num),
    "hours": ("hours", "hours", "number", r163_small),
    "arr": ("arrival time", "arrival_time", "string", r163_time),
    "ddate": ("delivery date", "delivery_date", "string", r163_date),
}

# qualifier pairs (word A, word B)
r163_Q = [
    ("planned", "actual"), ("expected", "actual"), ("estimated", "actual"), ("estimated", "final"),
    ("budgeted", "actual"), ("quoted", "final"), ("requested", "approved"), ("ordered", "delivered"),
    ("ordered", "invoiced"), ("delivered", "invoiced"), ("target", "achieved"), ("forecast", "actual"),
    ("scheduled", "actual"), ("original", "revised"), ("initial", "final"), ("proposed", "agreed"),
    ("projected", "actual"), ("expected", "confirmed"), ("current", "previous"), ("planned", "expected"),
]
# which kinds each pair fits
r163_QK = {
    "planned": ["cost", "hours", "qty", "arr", "ddate", "amount"],
    "expected": ["cost", "hours", "qty", "arr", "ddate", "amount", "price"],
    "estimated": ["cost", "hours", "arr", "ddate", "price"],
    "budgeted": ["cost", "hours", "amount"],
    "quoted": ["price", "cost"],
    "requested": ["amount", "qty", "ddate"],
    "ordered": ["qty"],
    "delivered": ["qty"],
    "target": ["qty", "hours", "amount"],
    "forecast": ["cost", "qty", "amount"],
    "scheduled": ["arr", "ddate", "hours"],
    "original": ["price", "amount", "arr", "ddate", "cost"],
    "initial": ["price", "amount", "cost"],
    "proposed": ["price", "amount", "ddate"],
    "projected": ["cost", "hours", "amount"],
    "current": ["price", "amount", "arr"],
}


def r163_fmt(v):
    return str(v)


def r163_lab(q, noun):
    return (q + " " + noun).capitalize()


def r163_text(lay, nm, noun, fields):
    """fields: list of (qualifier or '', value). Returns the text part."""
    if lay == "L":
        return "Name: %s\n" % nm + "".join("%s: %s\n" % (r163_lab(q, noun) if q else noun.capitalize(), v)
                                          for q, v in fields)
    if lay == "O":
        return "Name: %s | " % nm + " | ".join("%s: %s" % (r163_lab(q, noun) if q else noun.capitalize(), v)
                                              for q, v in fields) + "\n"
    if lay == "T":
        hdr = ["Name"] + [r163_lab(q, noun) if q else noun.capitalize() for q, v in fields]
        row = [nm] + [str(v) for q, v in fields]
        return "| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n| " + " | ".join(row) + " |\n"
    if lay == "C":
        hdr = ["name"] + [(q + " " + noun) if q else noun for q, v in fields]
        return ",".join(hdr) + "\n" + ",".join([nm] + [str(v) for q, v in fields]) + "\n"
    if lay == "Y":
        return "name: %s\n" % nm + "".join("%s: %s\n" % ((q + "_" + noun.replace(" ", "_")) if q else
                                                       noun.replace(" ", "_"), json.dumps(v)) for q, v in fields)
    if lay == "N":  # nested yaml
        s = "name: %s\n%s:\n" % (nm, noun.replace(" ", "_"))
        return s + "".join("  %s: %s\n" % (q or "value", json.dumps(v)) for q, v in fields)
    if lay == "R":  # reversed order label
        return "Name: %s\n" % nm + "".join("%s%s: %s\n" % (noun.capitalize(), (" (" + q + ")") if q else "", v)
                                          for q, v in fields)
    if lay == "R2":
        return "Name: %s\n" % nm + "".join("%s%s: %s\n" % (noun.capitalize(), (" " + q) if q else "", v)
                                          for q, v in fields)
    if lay == "X":  # transposed table
        hdr = [""] + [q.capitalize() if q else "Value" for q, v in fields]
        return ("Name: %s\n\n| " % nm + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n| " + noun.capitalize() +
                " | " + " | ".join(str(v) for q, v in fields) + " |\n")
    if lay == "H":  # headed blocks
        s = "Name: %s\n\n" % nm
        return s + "".join("%s:\n  %s: %s\n" % (q.capitalize() if q else "Record", noun.capitalize(), v)
                           for q, v in fields)
    if lay == "M":  # markdown headings
        s = "Name: %s\n\n" % nm
        return s + "".join("## %s\n%s: %s\n\n" % (q.capitalize() if q else "Record", noun.capitalize(), v)
                           for q, v in fields)
    if lay == "P":  # prose
        parts = ["the %s %s is %s" % (q, noun, v) if q else "the %s is %s" % (noun, v) for q, v in fields]
        return "For %s, %s.\n" % (nm, "; ".join(parts))
    if lay == "P2":  # prose, one person, no record
        parts = ["%s %s of %s" % (("an " if q[0] in "aeiou" else "a ") + q if q else "a", noun, v) for q, v in fields]
        return "%s's job shows %s.\n" % (nm, " and ".join(parts))
    if lay == "EM":
        parts = ["%s %s: %s" % (q.capitalize(), noun, v) if q else "%s: %s" % (noun.capitalize(), v) for q, v in fields]
        return "From: billing@example.com\nSubject: %s\n\nHi,\n\nhere are the figures for %s.\n\n%s\n\nBest regards,\nOla\n" % (
            nm, nm, "\n".join(parts))
    raise ValueError(lay)


r163_LAYS = ["L", "O", "T", "C", "Y", "N", "R", "R2", "X", "H", "M", "P", "P2", "EM"]


def r163_prompt(key_words, lay, text, style=0):
    q = key_words
    if style == 0:
        return "Extract the name and the %s as JSON.\n\nText:\n%s" % (q, text)
    if style == 1:
        return "Return name and %s as JSON.\n\nRecord:\n%s" % (q, text)
    return "Give me the name and %s as a JSON object.\n\n%s" % (q, text)


def r163_sch(key, typ, desc=None, null=False):
    t = [typ, "null"] if null else typ
    return S({"name": "string", key: t}, {key: desc} if desc else None)


r163_count = {"pair": 0, "single": 0, "safe": 0}


def r163_other(mk, v):
    w = mk()
    while w == v:
        w = mk()
    return w


# ------------------------------------------------------------------ part 1: both values, key picks one
def r163_gen1():
    n = 0
    for qa, qb in r163_Q:
        kinds = [k for k in r163_QK.get(qa, []) if k in r163_QK.get(qb, r163_QK.get(qa, []))] or r163_QK.get(qa, [])
        for k in kinds:
            noun, kn, typ, mk = r163_K[k]
            for pick in (qb, qa):
                other = qa if pick == qb else qb
                key = pick + "_" + kn
                for lay in r163_rng.sample(r163_LAYS, 5):
                    n += 1
                    nm = r163_nm()
                    va = mk()
                    vb = r163_other(mk, va)
                    fields = [(qa, va), (qb, vb)]
                    if r163_rng.random() < 0.3:
                        fields.reverse()
                    right = vb if pick == qb else va
                    wrong = va if pick == qb else vb
                    text = r163_text(lay, nm, noun, fields)
                    pr = r163_prompt(key.replace("_", " "), lay, text, n % 3)
                    sch = r163_sch(key, typ)
                    sid = "d163-s1-%s-%s-%s-%s-%d" % (pick, other, k, lay, n)
                    J(sid, "r163_s1_%s" % lay, pr, sch, {"name": nm, key: right},
                      [{"name": nm, key: wrong}, {"name": nm, key: right}])
                    r163_count["single"] += 1
                    # pair: base right, variant swaps the values
                    if n % 2 == 0:
                        b = "d163-b1-%d" % n
                        v = "d163-v1-%d" % n
                        nm2 = r163_nm()
                        pr = pr.replace(nm, nm2)
                        nm = nm2
                        J(b, "r163_p1_base", pr, sch, {"name": nm, key: right}, [{"name": nm, key: right}])
                        f2 = [(q, vb if x == va else va) for q, x in fields]
                        pr2 = r163_prompt(key.replace("_", " "), lay, r163_text(lay, nm, noun, f2), n % 3)
                        J(v, "r163_p1_%s" % lay, pr2, sch, {"name": nm, key: wrong}, [{"name": nm, key: wrong}])
                        r163_count["pair"] += 1
                    if n % 7 == 0:
                        sf = "d163-ok1-%d" % n
                        J(sf, "r163_p1_safe", pr.replace("Text:\n", "Text:\n\n").replace("Record:\n", "Record:\n\n")
                          + "\n", sch, {"name": nm, key: right}, [{"name": nm, key: right}], safe=True)
                        r163_count["safe"] += 1


# ------------------------------------------------------------------ part 2: only the other value stated
def r163_gen2():
    n = 0
    for qa, qb in r163_Q:
        kinds = r163_QK.get(qa, [])
        for k in kinds:
            noun, kn, typ, mk = r163_K[k]
            for pick, other in ((qb, qa), (qa, qb)):
                key = pick + "_" + kn
                for lay in r163_rng.sample(["L", "O", "T", "C", "Y", "R", "R2", "P", "EM"], 3):
                    n += 1
                    nm = r163_nm()
                    v = mk()
                    text = r163_text(lay, nm, noun, [(other, v)])
                    pr = r163_prompt(key.replace("_", " "), lay, text, n % 3)
                    sch = r163_sch(key, typ, null=True)
                    sid = "d163-s2-%s-%s-%s-%s-%d" % (pick, other, k, lay, n)
                    J(sid, "r163_s2_%s" % lay, pr, sch, {"name": nm, key: None},
                      [{"name": nm, key: v}, {"name": nm, key: None}])
                    r163_count["single"] += 1
                    # pair: base states the picked one; variant relabels it as the other
                    if n % 2 == 1:
                        b = "d163-b2-%d" % n
                        vv = "d163-v2-%d" % n
                        nm = r163_nm()
                        pr = r163_prompt(key.replace("_", " "), lay, r163_text(lay, nm, noun, [(other, v)]), n % 3)
                        bpr = r163_prompt(key.replace("_", " "), lay, r163_text(lay, nm, noun, [(pick, v)]), n % 3)
                        J(b, "r163_p2_base", bpr, sch, {"name": nm, key: v}, [{"name": nm, key: v}])
                        J(vv, "r163_p2_%s" % lay, pr, sch, {"name": nm, key: None}, [{"name": nm, key: None}])
                        r163_count["pair"] += 1


# ------------------------------------------------------------------ part 3: generic key + description picks one
def r163_gen3():
    n = 0
    for qa, qb in r163_Q:
        for k in r163_QK.get(qa, [])[:3]:
            noun, kn, typ, mk = r163_K[k]
            for pick in (qb, qa):
                for desc in ("the %s %s" % (pick, noun), "%s %s" % (pick.capitalize(), noun)):
                    for lay in r163_rng.sample(["L", "O", "T", "Y", "R", "P", "EM", "H"], 2):
                        n += 1
                        nm = r163_nm()
                        va = mk()
                        vb = r163_other(mk, va)
                        right = vb if pick == qb else va
                        wrong = va if pick == qb else vb
                        text = r163_text(lay, nm, noun, [(qa, va), (qb, vb)])
                        pr = r163_prompt(noun, lay, text, n % 3)
                        sch = r163_sch(kn, typ, desc)
                        J("d163-s3-%s-%s-%s-%d" % (pick, k, lay, n), "r163_s3_%s" % lay, pr, sch,
                          {"name": nm, kn: right}, [{"name": nm, kn: wrong}, {"name": nm, kn: right}])
                        r163_count["single"] += 1
                        # generic key, only one of them present, description says the other
                        n += 1
                        other = qa if pick == qb else qb
                        text2 = r163_text(lay, nm, noun, [(other, va)])
                        sch2 = r163_sch(kn, typ, desc, null=True)
                        J("d163-s3n-%s-%s-%s-%d" % (pick, k, lay, n), "r163_s3n_%s" % lay,
                          r163_prompt(noun, lay, text2, n % 3), sch2,
                          {"name": nm, kn: None}, [{"name": nm, kn: va}, {"name": nm, kn: None}])
                        r163_count["single"] += 1


# ------------------------------------------------------------------ part 4: amendments to a plain value
r163_AM = [  # (label template with {N} = Noun, clear)
    ("Updated {n}", True), ("Revised {n}", True), ("Amended {n}", True), ("New {n}", True),
    ("Rescheduled {n}", True), ("Adjusted {n}", True), ("Changed {n}", True), ("Corrected {n}", True),
    ("Final {n}", True), ("Renegotiated {n}", True), ("Confirmed {n}", True), ("Latest {n}", True),
    ("{N} (updated)", True), ("{N} (revised)", True), ("{N} now", True), ("{N}, revised", True),
    ("{N} as amended", True), ("Re-quoted {n}", True), ("Reduced {n}", True), ("Increased {n}", True),
    ("Actual {n}", True), ("Real {n}", True), ("Effective {n}", True), ("Agreed {n}", True),
    ("Approved {n}", True), ("Paid {n}", True), ("Delivered {n}", True), ("Achieved {n}", True),
    ("Spent", True), ("Was", True), ("Now", True), ("Changed to", True), ("Moved to", True),
    ("Geänderte {n}", True), ("Ny {n}", True), ("Nouveau {n}", True), ("Nuevo {n}", True),
    ("{N} v2", True), ("{N} (rev. 2)", True), ("{N} after change", True), ("{N} per amendment 1", True),
]
r163_AMK = ["cost", "amount", "qty", "price", "hours", "arr", "ddate"]


def r163_amtext(lay, nm, noun, v, lab, w):
    N = noun.capitalize()
    if lay == "L":
        return "Name: %s\n%s: %s\n%s: %s\n" % (nm, N, v, lab, w)
    if lay == "O":
        return "Name: %s | %s: %s | %s: %s\n" % (nm, N, v, lab, w)
    if lay == "T":
        return "| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (N, lab, nm, v, w)
    if lay == "Y":
        return "name: %s\n%s: %s\n%s: %s\n" % (nm, noun.replace(" ", "_"), json.dumps(v),
                                               lab.lower().replace(" ", "_"), json.dumps(w))
    if lay == "B":  # amendment below the record after a blank line
        return "Name: %s\n%s: %s\n\n%s: %s\n" % (nm, N, v, lab, w)
    if lay == "I":  # inline, same line, bracket
        return "Name: %s\n%s: %s (%s: %s)\n" % (nm, N, v, lab.lower(), w)
    raise ValueError(lay)


def r163_gen4():
    n = 0
    for lab_t, clear in r163_AM:
        for k in r163_AMK:
            noun, kn, typ, mk = r163_K[k]
            lab = lab_t.format(n=noun, N=noun.capitalize())
            lab = lab[0].upper() + lab[1:]
            for lay in r163_rng.sample(["L", "O", "T", "Y", "B", "I"], 2):
                n += 1
                nm = r163_nm()
                v = mk()
                w = r163_other(mk, v)
                sch = r163_sch(kn, typ)
                base_t = r163_text("L" if lay in "LBI" else lay, nm, noun, [("", v)])
                am_t = r163_amtext(lay, nm, noun, v, lab, w)
                b = "d163-b4-%d" % n
                pr_b = r163_prompt(noun, lay, base_t, n % 3)
                pr_v = r163_prompt(noun, lay, am_t, n % 3)
                J(b, "r163_p4_base", pr_b, sch, {"name": nm, kn: v}, [{"name": nm, kn: v}])
                J("d163-v4-%d" % n, "r163_p4_%s" % lay, pr_v, sch, {"name": nm, kn: w}, [{"name": nm, kn: w}])
                r163_count["pair"] += 1
                nm3 = r163_nm()
                J("d163-s4-%d" % n, "r163_s4_%s" % lay, pr_v.replace(nm, nm3),
                  sch, {"name": nm3, kn: w}, [{"name": nm3, kn: v}, {"name": nm3, kn: w}])
                r163_count["single"] += 1


# ------------------------------------------------------------------ part 5: limits, bounds, approximations
r163_LIM = [  # (kind, text line template, right value function, wrong, clear)
    ("qty", "Quantity: up to {v}", None, True),
    ("qty", "Quantity: at least {v}", None, True),
    ("qty", "Quantity: max {v}", None, True),
    ("qty", "Quantity: min {v}", None, True),
    ("qty", "Max quantity: {v}", None, True),
    ("qty", "Quantity limit: {v}", None, True),
    ("qty", "Maximum quantity: {v}", None, True),
    ("qty", "Minimum quantity: {v}", None, True),
    ("qty", "Quantity cap: {v}", None, True),
    ("cost", "Cost: approx. {v}", None, True),
    ("cost", "Cost: approximately {v}", None, True),
    ("cost", "Cost ceiling: {v}", None, True),
    ("cost", "Cost cap: {v}", None, True),
    ("cost", "Cost not to exceed: {v}", None, True),
    ("cost", "Cost budget: {v}", None, True),
    ("cost", "Cost estimate: {v}", None, True),
    ("cost", "Cost forecast: {v}", None, True),
    ("cost", "Cost target: {v}", None, True),
    ("amount", "Amount requested: {v}", None, True),
    ("amount", "Amount limit: {v}", None, True),
    ("amount", "Amount (max): {v}", None, True),
    ("amount", "Amount ceiling: {v}", None, True),
    ("hours", "Hours budget: {v}", None, True),
    ("hours", "Hours planned: {v}", None, True),
    ("hours", "Hours estimate: {v}", None, True),
    ("hours", "Hours (est.): {v}", None, True),
    ("hours", "Est. hours: {v}", None, True),
    ("price", "Price quote: {v}", None, True),
    ("price", "Price from: {v}", None, True),
    ("price", "Price guide: {v}", None, True),
    ("price", "Asking price: {v}", None, True),
    ("price", "List price: {v}", None, True),
    ("price", "Price estimate: {v}", None, True),
    ("arr", "Arrival time window: {v}", None, True),
    ("arr", "Arrival time (earliest): {v}", None, True),
    ("arr", "Arrival time (latest): {v}", None, True),
    ("arr", "ETA: {v}", None, True),
    ("arr", "Arrival time ETA: {v}", None, True),
    ("arr", "Arrival time (estimated): {v}", None, True),
    ("arr", "Arrival time planned: {v}", None, True),
    ("ddate", "Delivery date (target): {v}", None, True),
    ("ddate", "Delivery date requested: {v}", None, True),
    ("ddate", "Delivery date no later than: {v}", None, True),
    ("ddate", "Delivery date estimate: {v}", None, True),
    ("ddate", "Latest delivery date: {v}", None, True),
    ("ddate", "Earliest delivery date: {v}", None, True),
]


def r163_gen5():
    n = 0
    for k, tmpl, _x, clear in r163_LIM:
        noun, kn, typ, mk = r163_K[k]
        for rep in range(4):
            n += 1
            nm = r163_nm()
            v = mk()
            w = r163_other(mk, v)
            line = tmpl.format(v=v)
            sch = r163_sch(kn, typ)
            # with the actual value beside: model picks the limit
            mode = rep % 2
            if mode == 0:
                pre = "actual " if rep < 2 else ""
                text = "Name: %s\n%s\n%s: %s\n" % (nm, line, ("Actual " + noun) if rep < 2 else noun.capitalize(), w)
                J("d163-s5-%s-%d" % (k, n), "r163_s5_%s" % k, r163_prompt(pre + noun, "L", text, n % 3), sch,
                  {"name": nm, kn: w}, [{"name": nm, kn: v}, {"name": nm, kn: w}])
                r163_count["single"] += 1
            else:
                # only the bound stated: value is not known -> null
                sch2 = r163_sch(kn, typ, null=True)
                text = "Name: %s\n%s\n" % (nm, line)
                sid = "d163-s5n-%s-%d" % (k, n)
                J(sid, "r163_s5n_%s" % k, r163_prompt(noun, "L", text, n % 3), sch2,
                  {"name": nm, kn: None}, [{"name": nm, kn: v}, {"name": nm, kn: None}])
                r163_count["single"] += 1
                r163_arguable.add(sid)  # a bound alone may be read as the value
            # pair: base plain field, variant qualifies it with the bound
            b = "d163-b5-%d" % n
            nm = r163_nm()
            J(b, "r163_p5_base", r163_prompt(noun, "L", "Name: %s\n%s: %s\n" % (nm, noun.capitalize(), v), n % 3),
              sch, {"name": nm, kn: v}, [{"name": nm, kn: v}])
            vt = "Name: %s\n%s\n%s: %s\n" % (nm, line, noun.capitalize(), w)
            J("d163-v5-%d" % n, "r163_p5_%s" % k, r163_prompt(noun, "L", vt, n % 3), sch,
              {"name": nm, kn: w}, [{"name": nm, kn: w}])
            r163_count["pair"] += 1


# ------------------------------------------------------------------ part 6: prose and e-mails with was/now
r163_PROSE = [
    "{nm}'s {noun} was {a} but is now {b}.",
    "The {noun} for {nm} has been revised from {a} to {b}.",
    "We planned a {noun} of {a} for {nm}; it ended up at {b}.",
    "{nm}: {noun} {a} planned, {b} actual.",
    "{nm} - {noun}: planned {a} / actual {b}",
    "{nm} - {noun}: est. {a}, final {b}",
    "{nm} - {noun}: {a} (budget) vs {b} (spent)",
    "{nm} - {noun}: quoted {a}, paid {b}",
    "{nm} - {noun}: requested {a}, approved {b}",
    "{nm} - {noun}: target {a}, achieved {b}",
    "{nm} - {noun}: scheduled {a}, rescheduled to {b}",
    "{nm} - {noun}: forecast {a}, outturn {b}",
    "{nm} - {noun}: ~{a} expected, {b} actual",
    "{nm} - {noun}: {a} -> {b}",
    "{nm} - {noun}: {a}, amended to {b}",
    "{nm} - {noun}: {a} (was), {b} (now)",
    "Hi, the {noun} for {nm} was estimated at {a}. The final {noun} is {b}. Regards, Ola",
    "{nm}. Estimate: {a}. Final: {b}.",
    "{nm}. {noun}: {b}. Originally estimated at {a}.",
]


def r163_gen6():
    n = 0
    for t in r163_PROSE:
        for k in ["cost", "amount", "qty", "price", "hours", "arr"]:
            noun, kn, typ, mk = r163_K[k]
            for keyq in ("", "final "):
                n += 1
                nm = r163_nm()
                a = mk()
                b = r163_other(mk, a)
                text = t.format(nm=nm, noun=noun, a=a, b=b) + "\n"
                key = kn if not keyq else "final_" + kn
                sch = r163_sch(key, typ)
                pr = r163_prompt(key.replace("_", " "), "P", text, n % 3)
                sid = "d163-s6-%d" % n
                J(sid, "r163_s6", pr, sch, {"name": nm, key: b}, [{"name": nm, key: a}, {"name": nm, key: b}])
                r163_count["single"] += 1
                if not keyq:
                    r163_arguable.add(sid)  # generic key over two values: the latest is the natural reading
                # pair: base states only b plainly in prose; variant adds the revision
                if n % 2 == 0:
                    nm2 = r163_nm()
                    pr = pr.replace(nm, nm2)
                    nm = nm2
                    bt = "%s's %s is %s.\n" % (nm, noun, a)
                    J("d163-b6-%d" % n, "r163_p6_base", r163_prompt(key.replace("_", " "), "P", bt, n % 3), sch,
                      {"name": nm, key: a}, [{"name": nm, key: a}])
                    J("d163-v6-%d" % n, "r163_p6", pr, sch, {"name": nm, key: b}, [{"name": nm, key: b}])
                    r163_count["pair"] += 1
                    if not keyq:
                        r163_arguable.add("d163-v6-%d" % n)


r163_gen1()
r163_gen2()
r163_gen3()
r163_gen4()
r163_gen5()
r163_gen6()


# ------------------------------------------------------------------ part 7: a qualifying word beside the member's label
r163_W7 = ["planned", "expected", "estimated", "scheduled", "forecast", "target", "budget", "budgeted", "quoted",
           "requested", "proposed", "projected", "original", "initial", "from", "to", "up to", "min", "max",
           "minimum", "maximum", "limit", "cap", "approx.", "approx", "est.", "ETA", "plan", "soll", "geplant",
           "prévu", "previsto", "planlagt", "ordered", "booked", "advertised", "list", "starting", "starting at",
           "at least", "no more than", "indicative", "provisional", "tentative", "draft", "preliminary", "old",
           "previous", "promised", "agreed", "contracted", "nominal", "standard", "default", "usual", "typical",
           "average", "listed", "offered", "asked", "asking", "ceiling", "floor", "threshold", "allowance", "baseline"]
r163_K7 = ["cost", "price", "arr", "qty", "hours", "amount", "ddate"]


def r163_lab7(pos, word, noun):
    N = noun.capitalize()
    if pos == "pre":
        return word[0].upper() + word[1:] + " " + noun
    if pos == "suf":
        return N + " " + word
    if pos == "br":
        return N + " (" + word + ")"
    if pos == "dash":
        return N + " - " + word
    raise ValueError(pos)


def r163_gen7():
    n = 0
    for word in r163_W7:
        for k in r163_K7:
            noun, kn, typ, mk = r163_K[k]
            for pos in ("suf", "pre", "br", "dash"):
                if pos in ("br", "dash") and r163_rng.random() < 0.5:
                    continue
                n += 1
                lab = r163_lab7(pos, word, noun)
                nm = r163_nm()
                v = mk()
                w = r163_other(mk, v)
                # (a) the qualified field alone, generic key: null (arguable: a reader may take it)
                sid = "d163-s7a-%s-%d" % (pos, n)
                J(sid, "r163_s7a_%s" % pos, r163_prompt(noun, "L", "Name: %s\n%s: %s\n" % (nm, lab, v), n % 3),
                  r163_sch(kn, typ, null=True), {"name": nm, kn: None}, [{"name": nm, kn: v}, {"name": nm, kn: None}])
                r163_arguable.add(sid)
                r163_count["single"] += 1
                # (b) the plain field and the qualified one, generic key: the model gives the qualified one
                nm = r163_nm()
                rows = ["%s: %s" % (noun.capitalize(), w), "%s: %s" % (lab, v)]
                if n % 2:
                    rows.reverse()
                sep = "\n" if n % 3 else " | "
                text = "Name: %s%s%s\n" % (nm, sep, sep.join(rows))
                J("d163-s7b-%s-%d" % (pos, n), "r163_s7b_%s" % pos, r163_prompt(noun, "L", text, n % 3),
                  r163_sch(kn, typ), {"name": nm, kn: w}, [{"name": nm, kn: v}, {"name": nm, kn: w}])
                r163_count["single"] += 1
                # (d) the instruction rules the qualified value out; only it is stated: null (clear)
                nm = r163_nm()
                ins = "Extract the name and the actual %s (not the %s one) as JSON.\n\nText:\nName: %s\n%s: %s\n" % (
                    noun, word, nm, lab, v)
                J("d163-s7d-%s-%d" % (pos, n), "r163_s7d_%s" % pos, ins, r163_sch(kn, typ, null=True),
                  {"name": nm, kn: None}, [{"name": nm, kn: v}, {"name": nm, kn: None}])
                r163_count["single"] += 1
                # (c) pair: base key <word>_noun over "lab: v"; variant relabels the same value as actual
                if word.isalpha() and pos in ("suf", "pre"):
                    nm = r163_nm()
                    key = word.lower() + "_" + kn
                    sch = r163_sch(key, typ, null=True)
                    J("d163-b7-%d" % n, "r163_p7_base", r163_prompt(key.replace("_", " "), "L",
                      "Name: %s\n%s: %s\n" % (nm, lab, v), n % 3), sch, {"name": nm, key: v}, [{"name": nm, key: v}])
                    lab2 = r163_lab7(pos, "actual", noun)
                    J("d163-v7-%d" % n, "r163_p7_%s" % pos, r163_prompt(key.replace("_", " "), "L",
                      "Name: %s\n%s: %s\n" % (nm, lab2, v), n % 3), sch, {"name": nm, key: None},
                      [{"name": nm, key: None}])
                    r163_count["pair"] += 1
                    # (e) pair: generic key; base "Noun: v" stored, variant relabels it "lab: v" and adds "Noun: w"
                    nm = r163_nm()
                    sch = r163_sch(kn, typ)
                    J("d163-b7e-%d" % n, "r163_p7e_base", r163_prompt(noun, "L", "Name: %s\n%s: %s\n" % (
                        nm, noun.capitalize(), v), n % 3), sch, {"name": nm, kn: v}, [{"name": nm, kn: v}])
                    J("d163-v7e-%d" % n, "r163_p7e_%s" % pos, r163_prompt(noun, "L", "Name: %s\n%s: %s\n%s: %s\n" % (
                        nm, lab, v, noun.capitalize(), w), n % 3), sch, {"name": nm, kn: w}, [{"name": nm, kn: w}])
                    r163_count["pair"] += 1
                    # safe: an introducing sentence above the record
                    if n % 4 == 0:
                        J("d163-ok7-%d" % n, "r163_p7_safe", r163_prompt(noun, "L",
                          "Please process the following record.\nName: %s\n%s: %s\n" % (nm, noun.capitalize(), v),
                          n % 3), sch, {"name": nm, kn: v}, [{"name": nm, kn: v}], safe=True)
                        r163_count["safe"] += 1


r163_gen7()


# ------------------------------------------------------------------ part 8: "from"/"to" and free words, ranges and picks
r163_W8 = ["before", "after", "start", "end", "until", "since", "by", "per", "for", "of", "at", "on", "in", "via",
           "about", "around", "circa", "ca.", "roughly", "over", "under", "above", "below", "less", "more", "base",
           "extra", "other", "second", "alt", "alternative", "backup", "desired", "preferred", "ideal", "wish",
           "needed", "required", "due", "owed", "open", "outstanding", "remaining", "left", "used", "spent",
           "saved", "lost", "new", "now", "then", "was", "initially", "originally", "latest", "earliest", "first",
           "last", "next", "prior", "former", "future", "goal", "aim", "range", "window", "band", "bracket",
           "full", "number", "contact", "customer", "current", "actual", "real", "true", "final", "effective",
           "into", "toward", "towards", "between", "and", "or", "vs", "versus", "till", "thru", "through", "upto",
           "ab", "bis", "von", "fra", "til", "de", "desde", "hasta", "jusqu'à", "à partir de", "da", "fino a"]


def r163_gen8():
    n = 0
    for word in r163_W8:
        for k in ["cost", "arr", "qty"]:
            noun, kn, typ, mk = r163_K[k]
            for pos in ("suf", "pre"):
                n += 1
                nm = r163_nm()
                v = mk()
                lab = r163_lab7(pos, word, noun)
                sid = "d163-s8a-%s-%d" % (pos, n)
                J(sid, "r163_s8a_%s" % pos, r163_prompt(noun, "L", "Name: %s\n%s: %s\n" % (nm, lab, v), n % 3),
                  r163_sch(kn, typ, null=True), {"name": nm, kn: None}, [{"name": nm, kn: v}, {"name": nm, kn: None}])
                r163_arguable.add(sid)
                r163_count["single"] += 1
    # ranges and changes written with from / to
    n = 0
    for k in r163_K7:
        noun, kn, typ, mk = r163_K[k]
        N = noun.capitalize()
        for rep in range(12):
            lay = rep % 6
            a = mk()
            b = r163_other(mk, a)
            if typ != "string" and a > b:
                a, b = b, a
            if typ == "string" and a > b:
                a, b = b, a
            def body(nm, a=a, b=b, lay=lay, pre=""):
                if lay == 0:
                    return "Name: %s\n%s%s from: %s\n%s to: %s\n" % (nm, pre, N, a, N, b)
                if lay == 1:
                    return "Name: %s | %s%s from: %s | %s to: %s\n" % (nm, pre, N, a, N, b)
                if lay == 2:
                    return "%s| Name | %s from | %s to |\n|---|---|---|\n| %s | %s | %s |\n" % (pre, N, N, nm, a, b)
                if lay == 3:
                    return "%sname: %s\n%s_from: %s\n%s_to: %s\n" % (pre, nm, kn, json.dumps(a), kn, json.dumps(b))
                if lay == 4:
                    return "Name: %s\n%sFrom %s: %s\nTo %s: %s\n" % (nm, pre, noun, a, noun, b)
                return "Name: %s\n%s%s (from): %s\n%s (to): %s\n" % (nm, pre, N, a, N, b)
            # (a) generic key over a range: null; the model gives the lower bound (arguable)
            n += 1
            nm = r163_nm()
            sid = "d163-s8r-%s-%d" % (k, n)
            J(sid, "r163_s8r_%d" % lay, r163_prompt(noun, "L", body(nm), n % 3), r163_sch(kn, typ, null=True),
              {"name": nm, kn: None}, [{"name": nm, kn: a}, {"name": nm, kn: None}])
            r163_arguable.add(sid)
            r163_count["single"] += 1
            # (b) a key that picks one end: the model gives the other end (clear)
            for pick, right, wrong, words in (("max", b, a, "maximum"), ("min", a, b, "minimum"),
                                              ("upper", b, a, "upper"), ("lower", a, b, "lower"),
                                              ("latest", b, a, "latest"), ("earliest", a, b, "earliest")):
                if rep % 3 != ["max", "min", "upper", "lower", "latest", "earliest"].index(pick) % 3:
                    continue
                n += 1
                nm = r163_nm()
                key = pick + "_" + kn
                J("d163-s8p-%s-%s-%d" % (pick, k, n), "r163_s8p_%d" % lay,
                  r163_prompt(key.replace("_", " "), "L", body(nm), n % 3), r163_sch(key, typ),
                  {"name": nm, key: right}, [{"name": nm, key: wrong}, {"name": nm, key: right}])
                r163_count["single"] += 1
                n += 1
                nm = r163_nm()
                J("d163-s8i-%s-%s-%d" % (pick, k, n), "r163_s8i_%d" % lay,
                  "Extract the name and the %s %s as JSON.\n\nText:\n%s" % (words, noun, body(nm)),
                  r163_sch(kn, typ), {"name": nm, kn: right}, [{"name": nm, kn: wrong}, {"name": nm, kn: right}])
                r163_count["single"] += 1
            # (c) a change from / to, the key asks the new value
            n += 1
            nm = r163_nm()
            J("d163-s8c-%s-%d" % (k, n), "r163_s8c_%d" % lay,
              r163_prompt("new " + noun, "L", body(nm), n % 3), r163_sch("new_" + kn, typ),
              {"name": nm, "new_" + kn: b}, [{"name": nm, "new_" + kn: a}, {"name": nm, "new_" + kn: b}])
            r163_count["single"] += 1
            n += 1
            nm = r163_nm()
            sid = "d163-s8g-%s-%d" % (k, n)
            J(sid, "r163_s8g_%d" % lay,
              r163_prompt(noun, "L", body(nm, pre="Amendment no: 2\n" if lay != 2 else ""), n % 3),
              r163_sch(kn, typ), {"name": nm, kn: b}, [{"name": nm, kn: a}, {"name": nm, kn: b}])
            r163_arguable.add(sid)
            r163_count["single"] += 1
    # instruction words that pick the actual / final value over a label with a free word
    n = 0
    for word in ["planned", "expected", "from", "to"]:
        for k in r163_K7:
            noun, kn, typ, mk = r163_K[k]
            for iw in ("actual", "final", "real", "confirmed", "delivered", "paid", "agreed", "approved"):
                for pos in ("pre", "suf"):
                    if r163_rng.random() < 0.5:
                        continue
                    n += 1
                    nm = r163_nm()
                    v = mk()
                    lab = r163_lab7(pos, word, noun)
                    J("d163-s8w-%s-%d" % (pos, n), "r163_s8w_%s" % iw,
                      r163_prompt(iw + " " + noun, "L", "Name: %s\n%s: %s\n" % (nm, lab, v), n % 3),
                      r163_sch(kn, typ, null=True), {"name": nm, kn: None},
                      [{"name": nm, kn: v}, {"name": nm, kn: None}])
                    r163_count["single"] += 1
                    # the free-word field beside the plain one; the key says the actual
                    n += 1
                    nm = r163_nm()
                    w = r163_other(mk, v)
                    J("d163-s8x-%s-%d" % (pos, n), "r163_s8x_%s" % iw,
                      r163_prompt(iw + " " + noun, "L", "Name: %s\n%s: %s\n%s: %s\n" % (nm, lab, v, noun.capitalize(), w),
                                  n % 3), r163_sch(kn, typ), {"name": nm, kn: w},
                      [{"name": nm, kn: v}, {"name": nm, kn: w}])
                    r163_count["single"] += 1


r163_gen8()


# ------------------------------------------------------------------ part 9: a planned value beside a field that moves it
r163_D9 = [  # (kind, second label, unit text, op)
    ("arr", "Delay", " min", "+"), ("arr", "Delay (min)", "", "+"), ("arr", "Late by", " min", "+"),
    ("arr", "Delayed by", " minutes", "+"), ("arr", "Early by", " min", "-"), ("arr", "Deviation", " min", "+"),
    ("arr", "Minutes late", "", "+"), ("arr", "Lateness", " min", "+"),
    ("cost", "Overrun", "", "+"), ("cost", "Cost overrun", "", "+"), ("cost", "Variance", "", "+"),
    ("cost", "Surcharge", "", "+"), ("cost", "Extra", "", "+"), ("cost", "Savings", "", "-"),
    ("cost", "Underspend", "", "-"), ("cost", "Discount", "", "-"), ("cost", "Adjustment", "", "+"),
    ("qty", "Shortfall", "", "-"), ("qty", "Short", "", "-"), ("qty", "Missing", "", "-"),
    ("qty", "Returned", "", "-"), ("qty", "Damaged", "", "-"), ("qty", "Backordered", "", "-"),
    ("qty", "Extra", "", "+"), ("hours", "Overtime", "", "+"), ("hours", "Overtime hours", "", "+"),
    ("hours", "Extra hours", "", "+"), ("amount", "Reduction", "", "-"), ("amount", "Cut", "", "-"),
    ("amount", "Top-up", "", "+"), ("price", "Markdown", "", "-"), ("price", "Price change", "", "+"),
]


def r163_apply(k, v, d, op):
    if k == "arr":
        h, m = map(int, v.split(":"))
        t = h * 60 + m + (d if op == "+" else -d)
        return "%02d:%02d" % (t // 60, t % 60)
    return v + d if op == "+" else v - d


def r163_gen9():
    n = 0
    for k, lab2, unit, op in r163_D9:
        noun, kn, typ, mk = r163_K[k]
        for qw in ("Planned", "Expected", "", "From"):
            for rep in range(2):
                n += 1
                v = mk()
                d = r163_rng.randrange(5, 50) if k in ("arr", "qty", "hours") else r163_rng.randrange(20, 400)
                if k == "qty" and op == "-":
                    d = max(1, min(d, v - 1))
                right = r163_apply(k, v, d, op)
                lab = ("%s %s" % (qw, noun)) if qw and qw != "From" else (noun.capitalize() + " from" if qw else noun.capitalize())
                lab = lab[0].upper() + lab[1:]
                sep = "\n" if rep == 0 else " | "
                nm = r163_nm()
                text = "Name: %s%s%s: %s%s%s: %s%s\n" % (nm, sep, lab, v, sep, lab2, d, unit)
                sid = "d163-s9-%s-%d" % (k, n)
                J(sid, "r163_s9_%s" % k, r163_prompt(noun, "L", text, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: right}, [{"name": nm, kn: v}, {"name": nm, kn: right}])
                r163_arguable.add(sid)
                r163_count["single"] += 1
                # pair: base without the second field, variant adds it
                nm = r163_nm()
                bt = "Name: %s%s%s: %s\n" % (nm, sep, lab, v)
                vt = "Name: %s%s%s: %s%s%s: %s%s\n" % (nm, sep, lab, v, sep, lab2, d, unit)
                J("d163-b9-%d" % n, "r163_p9_base", r163_prompt(noun, "L", bt, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: v}, [{"name": nm, kn: v}])
                J("d163-v9-%d" % n, "r163_p9_%s" % k, r163_prompt(noun, "L", vt, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: right}, [{"name": nm, kn: right}])
                r163_arguable.add("d163-v9-%d" % n)
                r163_count["pair"] += 1


r163_gen9()


# ------------------------------------------------------------------ part 10: a field that moves the value, picked by the request
r163_L10 = [("Discount", "-"), ("Variance", "+"), ("Rebate", "-"), ("Credit", "-"), ("Deduction", "-"), ("Tax", "+"),
            ("VAT", "+"), ("Fee", "+"), ("Tip", "+"), ("Deposit", "-"), ("Refund", "-"), ("Markup", "+"),
            ("Margin", "+"), ("Deviation", "+"), ("Difference", "+"), ("Delta", "+"), ("Change", "+"),
            ("Correction", "+"), ("Overrun", "+"), ("Surcharge", "+"), ("Savings", "-"), ("Allowance", "-"),
            ("Voucher", "-"), ("Coupon", "-"), ("Reduction", "-"), ("Increase", "+"), ("Penalty", "+"),
            ("Shipping", "+"), ("Postage", "+"), ("Service charge", "+"), ("Rabatt", "-"), ("Remise", "-")]
r163_PICK10 = {  # op -> (key prefix, instruction phrase) choices
    "-": [("discounted", "the discounted {n}"), ("net", "the net {n}"), ("final", "the final {n}"),
          (None, "the {n} after the {l}"), (None, "the {n} minus the {l}"), (None, "the {n} less the {l}"),
          ("reduced", "the reduced {n}"), (None, "the {n} net of the {l}")],
    "+": [("total", "the total {n}"), ("final", "the final {n}"), ("gross", "the gross {n}"),
          (None, "the {n} including the {l}"), (None, "the {n} plus the {l}"), (None, "the {n} after the {l}"),
          ("actual", "the actual {n}"), (None, "the {n} with the {l}")],
}


def r163_gen10():
    n = 0
    for lab2, op in r163_L10:
        for k in ("cost", "price", "amount"):
            noun, kn, typ, mk = r163_K[k]
            for pref, phrase in r163_PICK10[op]:
                n += 1
                nm = r163_nm()
                v = mk()
                d = r163_rng.randrange(20, 100)
                right = v + d if op == "+" else v - d
                sep = "\n" if n % 2 else " | "
                text = "Name: %s%s%s: %s%s%s: %s\n" % (nm, sep, noun.capitalize(), v, sep, lab2, d)
                if pref:
                    key = pref + "_" + kn
                    pr = r163_prompt(key.replace("_", " "), "L", text, n % 3)
                else:
                    key = kn
                    pr = "Extract the name and %s as JSON.\n\nText:\n%s" % (phrase.format(n=noun, l=lab2.lower()), text)
                J("d163-s10-%s-%d" % (k, n), "r163_s10_%s" % (pref or "ins"), pr, r163_sch(key, typ),
                  {"name": nm, key: right}, [{"name": nm, key: v}, {"name": nm, key: right}])
                r163_count["single"] += 1
                if n % 4 == 0:
                    # pair: base without the moving field (the right answer is v), variant adds it
                    nm = r163_nm()
                    bt = "Name: %s%s%s: %s\n" % (nm, sep, noun.capitalize(), v)
                    vt = "Name: %s%s%s: %s%s%s: %s\n" % (nm, sep, noun.capitalize(), v, sep, lab2, d)
                    if pref:
                        bp = r163_prompt(key.replace("_", " "), "L", bt, n % 3)
                        vp = r163_prompt(key.replace("_", " "), "L", vt, n % 3)
                    else:
                        ins = phrase.format(n=noun, l=lab2.lower())
                        bp = "Extract the name and %s as JSON.\n\nText:\n%s" % (ins, bt)
                        vp = "Extract the name and %s as JSON.\n\nText:\n%s" % (ins, vt)
                    J("d163-b10-%d" % n, "r163_p10_base", bp, r163_sch(key, typ), {"name": nm, key: v},
                      [{"name": nm, key: v}])
                    J("d163-v10-%d" % n, "r163_p10_%s" % (pref or "ins"), vp, r163_sch(key, typ),
                      {"name": nm, key: right}, [{"name": nm, key: right}])
                    r163_count["pair"] += 1


r163_gen10()


# ------------------------------------------------------------------ part 11: a plain value beside a field that moves it, generic key
def r163_gen11():
    n = 0
    for lab2, op in r163_L10:
        for k in ("cost", "price", "amount"):
            noun, kn, typ, mk = r163_K[k]
            for qw in ("", "Planned "):
                n += 1
                v = mk()
                d = r163_rng.randrange(20, 100)
                right = v + d if op == "+" else v - d
                sep = "\n" if n % 2 else " | "
                lab = (qw + noun) if qw else noun.capitalize()
                nm = r163_nm()
                text = "Name: %s%s%s: %s%s%s: %s\n" % (nm, sep, lab, v, sep, lab2, d)
                sid = "d163-s11-%s-%d" % (k, n)
                J(sid, "r163_s11_%s" % k, r163_prompt(noun, "L", text, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: right}, [{"name": nm, kn: v}, {"name": nm, kn: right}])
                r163_arguable.add(sid)
                r163_count["single"] += 1
                nm = r163_nm()
                bt = "Name: %s%s%s: %s\n" % (nm, sep, lab, v)
                vt = "Name: %s%s%s: %s%s%s: %s\n" % (nm, sep, lab, v, sep, lab2, d)
                J("d163-b11-%d" % n, "r163_p11_base", r163_prompt(noun, "L", bt, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: v}, [{"name": nm, kn: v}])
                J("d163-v11-%d" % n, "r163_p11_%s" % k, r163_prompt(noun, "L", vt, n % 3), r163_sch(kn, typ),
                  {"name": nm, kn: right}, [{"name": nm, kn: right}])
                r163_arguable.add("d163-v11-%d" % n)
                r163_count["pair"] += 1


r163_gen11()


# ------------------------------------------------------------------ part 12: a key with a qualifying word over a plain label
def r163_gen12():
    n = 0
    for qk in ("planned", "expected", "estimated", "scheduled", "budgeted", "target", "quoted", "requested",
               "original", "from", "to", "max", "min", "previous", "second", "per"):
        for k in r163_K7:
            noun, kn, typ, mk = r163_K[k]
            key = qk + "_" + kn
            for form in range(3):
                n += 1
                nm = r163_nm()
                v = mk()
                w = r163_other(mk, v)
                if form == 0:  # plain label alone: not the qualified value (arguable)
                    text = "Name: %s\n%s: %s\n" % (nm, noun.capitalize(), v)
                    sid = "d163-s12a-%s-%d" % (k, n)
                    J(sid, "r163_s12a", r163_prompt(key.replace("_", " "), "L", text, n % 3),
                      r163_sch(key, typ, null=True), {"name": nm, key: None},
                      [{"name": nm, key: v}, {"name": nm, key: None}])
                    r163_arguable.add(sid)
                elif form == 1:  # plain label and an actual one: the key's word is stated by neither (null)
                    text = "Name: %s\n%s: %s\nActual %s: %s\n" % (nm, noun.capitalize(), v, noun, w)
                    J("d163-s12b-%s-%d" % (k, n), "r163_s12b", r163_prompt(key.replace("_", " "), "L", text, n % 3),
                      r163_sch(key, typ, null=True), {"name": nm, key: None},
                      [{"name": nm, key: w}, {"name": nm, key: None}])
                else:  # the qualified field and the plain one: the model takes the plain one
                    lab = (qk + " " + noun).capitalize()
                    text = "Name: %s | %s: %s | %s: %s\n" % (nm, noun.capitalize(), w, lab, v)
                    J("d163-s12c-%s-%d" % (k, n), "r163_s12c", r163_prompt(key.replace("_", " "), "L", text, n % 3),
                      r163_sch(key, typ), {"name": nm, key: v}, [{"name": nm, key: w}, {"name": nm, key: v}])
                r163_count["single"] += 1


r163_gen12()

# s8a labels whose extra word leaves the member's meaning as it is ("Actual cost", "Current quantity", "Full cost",
# "Customer cost", "Contact ...", "Number ...", "Spent cost"): the value IS the member's, so the expectation is the value
# (32 items the first run counted as wrong were the tester's mistake, not findings).
r163_SAME = {"actual", "current", "full", "customer", "contact", "number", "spent"}
for r163_p in P:
    if r163_p["id"].startswith("d163-s8a-"):
        r163_lab = r163_p["prompt"].split("\n")[-2].split(":")[0].lower().split()
        if r163_SAME & set(r163_lab):
            r163_p["expect"] = {"json": r163_p["answers"][0]}
            r163_p["answers"] = [r163_p["answers"][0]]
            r163_arguable.discard(r163_p["id"])

# every item served wrong from the cache in the round's full runs, confirmed alone on a fresh SQLite store with
# --runs 2 (292 of 292 still served wrong from the cache; all arguable, see the docstring)
r163_found_alone = {
    'd163-s11-amount-119', 'd163-s11-amount-120', 'd163-s11-amount-167', 'd163-s11-amount-168', 'd163-s11-amount-173',
    'd163-s11-amount-174', 'd163-s11-amount-35', 'd163-s11-amount-36', 'd163-s11-amount-41', 'd163-s11-amount-42',
    'd163-s11-amount-47', 'd163-s11-amount-48', 'd163-s11-amount-5', 'd163-s11-amount-53', 'd163-s11-amount-54',
    'd163-s11-amount-59', 'd163-s11-amount-6', 'd163-s11-amount-60', 'd163-s11-cost-1', 'd163-s11-cost-115',
    'd163-s11-cost-116', 'd163-s11-cost-163', 'd163-s11-cost-164', 'd163-s11-cost-169', 'd163-s11-cost-170',
    'd163-s11-cost-2', 'd163-s11-cost-31', 'd163-s11-cost-32', 'd163-s11-cost-37', 'd163-s11-cost-38',
    'd163-s11-cost-43', 'd163-s11-cost-44', 'd163-s11-cost-49', 'd163-s11-cost-50', 'd163-s11-cost-55',
    'd163-s11-cost-56', 'd163-s11-price-117', 'd163-s11-price-118', 'd163-s11-price-165', 'd163-s11-price-166',
    'd163-s11-price-171', 'd163-s11-price-172', 'd163-s11-price-3', 'd163-s11-price-33', 'd163-s11-price-34',
    'd163-s11-price-39', 'd163-s11-price-4', 'd163-s11-price-45', 'd163-s11-price-46', 'd163-s11-price-51',
    'd163-s11-price-52', 'd163-s11-price-57', 'd163-s11-price-58', 'd163-s12a-amount-142', 'd163-s12a-amount-163',
    'd163-s12a-arr-133', 'd163-s12a-arr-154', 'd163-s12a-cost-127', 'd163-s12a-cost-148', 'd163-s12a-ddate-145',
    'd163-s12a-ddate-166', 'd163-s12a-hours-139', 'd163-s12a-hours-160', 'd163-s12a-price-130', 'd163-s12a-price-151',
    'd163-s12a-qty-136', 'd163-s12a-qty-157', 'd163-s5n-arr-158', 'd163-s5n-arr-160', 'd163-s5n-price-114',
    'd163-s5n-price-116', 'd163-s7a-br-304', 'd163-s7a-br-307', 'd163-s7a-br-311', 'd163-s7a-br-320',
    'd163-s7a-br-323', 'd163-s7a-br-326', 'd163-s7a-br-329', 'd163-s7a-dash-295', 'd163-s7a-dash-312',
    'd163-s7a-pre-11', 'd163-s7a-pre-14', 'd163-s7a-pre-17', 'd163-s7a-pre-2', 'd163-s7a-pre-20',
    'd163-s7a-pre-23', 'd163-s7a-pre-26', 'd163-s7a-pre-28', 'd163-s7a-pre-292', 'd163-s7a-pre-294',
    'd163-s7a-pre-30', 'd163-s7a-pre-301', 'd163-s7a-pre-303', 'd163-s7a-pre-306', 'd163-s7a-pre-310',
    'd163-s7a-pre-314', 'd163-s7a-pre-316', 'd163-s7a-pre-319', 'd163-s7a-pre-32', 'd163-s7a-pre-322',
    'd163-s7a-pre-325', 'd163-s7a-pre-328', 'd163-s7a-pre-36', 'd163-s7a-pre-39', 'd163-s7a-pre-5',
    'd163-s7a-pre-9', 'd163-s7a-suf-19', 'd163-s7a-suf-27', 'd163-s7a-suf-291', 'd163-s7a-suf-293',
    'd163-s7a-suf-296', 'd163-s7a-suf-298', 'd163-s7a-suf-302', 'd163-s7a-suf-305', 'd163-s7a-suf-309',
    'd163-s7a-suf-313', 'd163-s7a-suf-315', 'd163-s7a-suf-318', 'd163-s7a-suf-321', 'd163-s7a-suf-324',
    'd163-s7a-suf-327', 'd163-s7a-suf-38', 'd163-s7a-suf-8', 'd163-s8a-pre-170', 'd163-s8a-pre-172',
    'd163-s8a-pre-174', 'd163-s8a-pre-38', 'd163-s8a-pre-40', 'd163-s8a-pre-42', 'd163-s8a-pre-44',
    'd163-s8a-pre-46', 'd163-s8a-pre-470', 'd163-s8a-pre-472', 'd163-s8a-pre-474', 'd163-s8a-pre-48',
    'd163-s8a-pre-494', 'd163-s8a-pre-496', 'd163-s8a-pre-498', 'd163-s8a-pre-50', 'd163-s8a-pre-500',
    'd163-s8a-pre-502', 'd163-s8a-pre-504', 'd163-s8a-pre-52', 'd163-s8a-pre-54', 'd163-s8a-pre-554',
    'd163-s8a-pre-556', 'd163-s8a-pre-558', 'd163-s8a-pre-56', 'd163-s8a-pre-572', 'd163-s8a-pre-574',
    'd163-s8a-pre-576', 'd163-s8a-pre-58', 'd163-s8a-pre-60', 'd163-s8a-pre-602', 'd163-s8a-pre-604',
    'd163-s8a-pre-606', 'd163-s8a-pre-62', 'd163-s8a-pre-64', 'd163-s8a-pre-66', 'd163-s8a-pre-68',
    'd163-s8a-pre-70', 'd163-s8a-pre-72', 'd163-s8a-pre-74', 'd163-s8a-pre-76', 'd163-s8a-pre-78',
    'd163-s8a-suf-169', 'd163-s8a-suf-171', 'd163-s8a-suf-173', 'd163-s8a-suf-37', 'd163-s8a-suf-39',
    'd163-s8a-suf-41', 'd163-s8a-suf-43', 'd163-s8a-suf-469', 'd163-s8a-suf-47', 'd163-s8a-suf-471',
    'd163-s8a-suf-473', 'd163-s8a-suf-49', 'd163-s8a-suf-493', 'd163-s8a-suf-495', 'd163-s8a-suf-497',
    'd163-s8a-suf-499', 'd163-s8a-suf-501', 'd163-s8a-suf-503', 'd163-s8a-suf-51', 'd163-s8a-suf-53',
    'd163-s8a-suf-55', 'd163-s8a-suf-553', 'd163-s8a-suf-555', 'd163-s8a-suf-557', 'd163-s8a-suf-57',
    'd163-s8a-suf-571', 'd163-s8a-suf-573', 'd163-s8a-suf-575', 'd163-s8a-suf-59', 'd163-s8a-suf-601',
    'd163-s8a-suf-603', 'd163-s8a-suf-605', 'd163-s8a-suf-61', 'd163-s8a-suf-63', 'd163-s8a-suf-65',
    'd163-s8a-suf-67', 'd163-s8a-suf-69', 'd163-s8a-suf-71', 'd163-s8a-suf-73', 'd163-s8a-suf-75',
    'd163-s8a-suf-77', 'd163-s9-cost-121', 'd163-s9-cost-122', 'd163-s9-cost-123', 'd163-s9-cost-124',
    'd163-s9-cost-125', 'd163-s9-cost-126', 'd163-s9-cost-127', 'd163-s9-cost-128', 'd163-s9-cost-89',
    'd163-s9-cost-90', 'd163-s9-cost-91', 'd163-s9-cost-92', 'd163-s9-cost-93', 'd163-s9-cost-94',
    'd163-s9-cost-95', 'd163-s9-cost-96', 'd163-v11-1', 'd163-v11-115', 'd163-v11-116',
    'd163-v11-117', 'd163-v11-118', 'd163-v11-119', 'd163-v11-120', 'd163-v11-163',
    'd163-v11-164', 'd163-v11-165', 'd163-v11-166', 'd163-v11-167', 'd163-v11-168',
    'd163-v11-169', 'd163-v11-170', 'd163-v11-171', 'd163-v11-172', 'd163-v11-173',
    'd163-v11-174', 'd163-v11-2', 'd163-v11-3', 'd163-v11-31', 'd163-v11-32',
    'd163-v11-33', 'd163-v11-34', 'd163-v11-35', 'd163-v11-36', 'd163-v11-37',
    'd163-v11-38', 'd163-v11-39', 'd163-v11-4', 'd163-v11-40', 'd163-v11-41',
    'd163-v11-42', 'd163-v11-43', 'd163-v11-44', 'd163-v11-45', 'd163-v11-46',
    'd163-v11-47', 'd163-v11-48', 'd163-v11-49', 'd163-v11-5', 'd163-v11-50',
    'd163-v11-51', 'd163-v11-52', 'd163-v11-53', 'd163-v11-54', 'd163-v11-55',
    'd163-v11-56', 'd163-v11-57', 'd163-v11-58', 'd163-v11-59', 'd163-v11-6',
    'd163-v11-60', 'd163-v9-121', 'd163-v9-122', 'd163-v9-123', 'd163-v9-124',
    'd163-v9-125', 'd163-v9-126', 'd163-v9-127', 'd163-v9-128', 'd163-v9-89',
    'd163-v9-90', 'd163-v9-91', 'd163-v9-92', 'd163-v9-93', 'd163-v9-94',
    'd163-v9-95', 'd163-v9-96',
}
r163_arguable.update(r163_found_alone)
for r163_p in P:
    if r163_p["id"] in r163_arguable and r163_p["id"].startswith("d163-") and "arguable" not in r163_p["family"]:
        r163_p["family"] += "_arguable"
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 4th safe variant and every 20th of the rest; then every arguable item left out.
from probe_kit import sample_round as r163_sample_round  # noqa: E402

r163_sample_round("d163-", r163_found_alone, 20, safe_every=4)
P[:] = [r163_p for r163_p in P if r163_p["id"] not in r163_arguable]
