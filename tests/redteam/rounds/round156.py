"""Red-team round 156 (black box, stepcache_s36 -- see REPORT.md for the binary actually run): changes in the
instruction and in the text that a cache must not treat as harmless -- units asked, rounding/format asked, the time
reference, corrections inside the text, conditional statements, negations; json_extract and linear_equation.
Tried (4,090 probes from templates, 150 safe): (A) units asked in words ("height in metres", "(in m)", "in
millimetres", "in inches", "weight in grams/tonnes/pounds", "salary in thousands / kEUR / cents", "price in EUR" with
a rate line, "distance in metres/miles", "duration in hours/seconds"); (B) rounding and format ("to the nearest ten",
"rounded down/up", "in cents", "as a percentage", "in percent", ISO / DD/MM/YYYY / US dates, "the year of the date",
city upper case, surname first, initials, first name only); (C) the time reference ("age next year", "in five years",
"last year", "after the next birthday", "price after the discount", "discounted", "sale price", "including VAT", "the
date one week later", "the day before", "14 days after"); (D) corrections in the text ("Age: 40 -- correction: 41",
"~~40~~ 41", "40 (typo; 41)", "Correction:/Update:/Erratum:/Fix:/Amended:" lines, <del>/<s>, U+0336 strikes,
"(should be 41)", "(actually 41)", "P.S. ... it is 41", meeting dates moved/postponed/rescheduled; sed-style
"s/40/41/", "*41", "-> 41", diff lines "-Age: 40 / +Age: 41"); (E) conditionals ("Fee: 30 if paid before 1 May,
otherwise 45 / Paid on: 3 May", member/student prices, free shipping over 50); (F) negations ("not Oslo but
Bergen", "no longer lives in Oslo", "formerly of Oslo", "Smoker: ~~yes~~ no"); (G) equations asking x in another
unit, rounded, as a percentage, 2x, x + 1, -x, x squared, "check whether x = 5 is a solution", an age next year, a
typo/correction note, "not ... but ...", conditionals choosing another equation; (H-K) the same asks written only in
marks: "%", "‰", "％", "×100", "*100", "/100", "÷100", "x1000", "×10³", ㎜ ㎞ ㎎ ㎍ ㌧ ㍷, ′ ″, ' and ", €, $, ¢,
℉, °F, K, "+1", "−25%", "½", "++", "--", "-age", "~", "^^", "#.#", strftime "%Y-%m-%d", "----/--/--".
Held: every change written with a word, a number or a non-ASCII symbol the instruction compare sees (refused as
"instruction_changed: the instruction word ... changed", "a number changed", "a word standing alone changed");
every correction, update, strike, conditional and negation in the text (the line's extra words fail step 1 or the
value is refused as not stated); every equation variant (refused as asking for more than x, or the text holds two
equations); the "$" asks (the base with an exchange rate was not reused).
Got through: 430 items confirmed alone on a fresh store (215 pairs, 215 singles; alone.txt) and 176 arguable
(88 pairs, 88 singles; alone_arguable.txt): ASCII MARKS IN THE INSTRUCTION THAT THE INSTRUCTION
COMPARE DOES NOT SEE. (1) "%" asked for a member whose text value is a fraction: "Give the fund and share in % as
JSON." / "(in %)" / "(%)" / "[%]" / "as %" / "share%" / "%share" / "share → %" / "share, %," / "as JSON, in %." /
"% -- give ..." over "Share: 0.25" served the stored {"share": 0.25} (should be 25), the same for discount, growth,
rate, humidity, tax (reason "all 2 steps verified", "... after a licensed rewrite", and for singles "the identical
request, verified by this engine under the same rules"); (2) ASCII quote marks for feet/inches: "Extract the name
and height in \" as JSON." over "Height: 182 cm" served 182.
Arguable (r156_arguable, family "..._arguable"): "in '" / "(')" / "(\")" / "in ''" (feet/inches by quote marks);
"age++", "++age", "age--", "--age", "-age", "~age", "age^^", "floor++", "floor--", "age + +", "age %"; "~price",
"price ~", "(#.#)", "as ###"; "date (----/--/--)", "(####-##-##)"; "Return the item and price as JSON." over a text
with "Discount: 25%" (list price or price to pay); "the monthly salary"; "the price to pay". Adds its probes to
probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r156_NR = 999999       # json: no single right value
r156_NRE = "999"       # equation: no single right value
r156_pairs = []
r156_singles = []
r156_safe = []
r156_arguable = set()
r156_ids = set()

r156_PEOPLE = [
    ("Jonas Berg", 40, 41, "Oslo", "Bergen"),
    ("Kari Nes", 33, 35, "Tromsø", "Bodø"),
    ("Liv Aas", 58, 57, "Molde", "Ålesund"),
    ("Per Dahl", 27, 29, "Hamar", "Gjøvik"),
]


def r156_id(x):
    assert x not in r156_ids, x
    r156_ids.add(x)
    return x


def r156_pair(tag, fam, sch, bpr, bexp, vpr, vexp, stale=None, arg=False, single=True):
    """base (stored right) -> variant (stale first); also the variant as a single (stale mistake)."""
    b = r156_id("d156-b-" + tag)
    v = r156_id("d156-v-" + tag)
    J(b, "r156_" + fam + "_base", bpr, sch, bexp, [bexp])
    stale = stale if stale is not None else bexp
    fam2 = "r156_" + fam + ("_arguable" if arg else "")
    J(v, fam2, vpr, sch, vexp, [stale, vexp] if vexp.get("_nr") is None else [stale])
    r156_pairs.append((b, v))
    if arg:
        r156_arguable.add(b)
        r156_arguable.add(v)
    if single:
        s = r156_id("d156-s-" + tag)
        J(s, fam2 + "_single", vpr, sch, vexp, [stale, vexp, vexp] if vexp.get("_nr") is None else [stale])
        r156_singles.append(s)
        if arg:
            r156_arguable.add(s)


def r156_safe_pair(tag, fam, sch, bpr, bexp, vpr):
    b = r156_id("d156-sb-" + tag)
    v = r156_id("d156-ok-" + tag)
    J(b, "r156_" + fam + "_base", bpr, sch, bexp, [bexp])
    J(v, "r156_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r156_safe.append(v)


def r156_nr(d, key):
    d = dict(d)
    d[key] = r156_NR
    return d


# ================================================================ A. units asked in the instruction
r156_SCH_H = S({"name": "string", "height": "number"})
r156_SCH_W = S({"name": "string", "weight": "number"})
r156_SCH_SAL = S({"name": "string", "salary": "number"})
r156_SCH_PR = S({"item": "string", "price": "number"})
r156_SCH_DI = S({"route": "string", "distance": "number"})
r156_SCH_DU = S({"task": "string", "duration": "number"})

# (tag, schema, key, first key, first vals, label, unit text, base vals, base instr, [(vtag, instr, fn or None, arg)])
r156_UNITS = [
    ("h", r156_SCH_H, "height", "name", ["Jonas Berg", "Kari Nes", "Liv Aas"], "Height", " cm", [182, 167, 175],
     "Extract the name and height as JSON.", [
         ("m", "Extract the name and height in metres as JSON.", lambda v: v / 100, False),
         ("m2", "Extract the name and the height (in m) as JSON.", lambda v: v / 100, False),
         ("m3", "Extract the name and height as JSON; give the height in metres.", lambda v: v / 100, False),
         ("m4", "Extract the name and height as JSON, with the height in meters.", lambda v: v / 100, False),
         ("mm", "Extract the name and height in millimetres as JSON.", lambda v: v * 10, False),
         ("in", "Extract the name and height in inches as JSON.", None, False),
         ("ft", "Extract the name and height as JSON (height in feet).", None, False),
         ("dm", "Extract the name and height as JSON. Height in dm, please.", lambda v: v / 10, False),
     ]),
    ("w", r156_SCH_W, "weight", "name", ["Ole Dahl", "Siv Moe", "Ida Lie"], "Weight", " kg", [70, 82, 64],
     "Return the name and weight as JSON.", [
         ("g", "Return the name and weight in grams as JSON.", lambda v: v * 1000, False),
         ("g2", "Return the name and weight as JSON; weight in g.", lambda v: v * 1000, False),
         ("t", "Return the name and weight in tonnes as JSON.", lambda v: v / 1000, False),
         ("lb", "Return the name and weight in pounds as JSON.", None, False),
         ("st", "Return the name and weight as JSON, weight in stone.", None, False),
     ]),
    ("sal", r156_SCH_SAL, "salary", "name", ["Eva Lind", "Tor Vik", "Ane Ruud"], "Salary", " EUR per year",
     [52000, 61000, 47000], "Return the name and salary as JSON.", [
         ("k", "Return the name and salary in thousands as JSON.", lambda v: v / 1000, False),
         ("k2", "Return the name and the salary (in thousands of EUR) as JSON.", lambda v: v / 1000, False),
         ("k3", "Return the name and salary as JSON; salary in kEUR.", lambda v: v / 1000, False),
         ("c", "Return the name and salary in cents as JSON.", lambda v: v * 100, False),
         ("mo", "Return the name and the monthly salary as JSON.", None, True),
         ("mo2", "Return the name and salary per month as JSON.", None, True),
     ]),
    ("usd", r156_SCH_PR, "price", "item", ["Kettle", "Toaster", "Blender"], "Price", " USD\nExchange rate: 1 USD = 0.90 EUR",
     [40, 60, 120], "Return the item and price as JSON.", [
         ("eur", "Return the item and the price in EUR as JSON.", lambda v: v * 0.9, False),
         ("eur2", "Return the item and price as JSON; price in euros.", lambda v: v * 0.9, False),
         ("eur3", "Return the item and price as JSON, converted to EUR.", lambda v: v * 0.9, False),
         ("cent", "Return the item and price in US cents as JSON.", lambda v: v * 100, False),
     ]),
    ("km", r156_SCH_DI, "distance", "route", ["Oslo-Drammen", "Bergen-Voss", "Hamar-Elverum"], "Distance", " km",
     [40, 100, 30], "Give the route and distance as JSON.", [
         ("m", "Give the route and distance in metres as JSON.", lambda v: v * 1000, False),
         ("m2", "Give the route and distance as JSON, distance in m.", lambda v: v * 1000, False),
         ("mi", "Give the route and distance in miles as JSON.", None, False),
     ]),
    ("min", r156_SCH_DU, "duration", "task", ["Backup", "Audit", "Review"], "Duration", " minutes",
     [90, 150, 30], "Give the task and duration as JSON.", [
         ("h", "Give the task and duration in hours as JSON.", lambda v: v / 60, False),
         ("h2", "Give the task and the duration (hours) as JSON.", lambda v: v / 60, False),
         ("s", "Give the task and duration in seconds as JSON.", lambda v: v * 60, False),
     ]),
]


def r156_num(v):
    return int(v) if float(v).is_integer() else round(v, 6)


for r156_t, r156_sch, r156_k, r156_fk, r156_fvs, r156_lab, r156_unit, r156_bvs, r156_bi, r156_vs in r156_UNITS:
    for r156_i, (r156_fv, r156_bv) in enumerate(zip(r156_fvs, r156_bvs)):
        r156_text = "%s: %s\n%s: %s%s" % (r156_fk.capitalize(), r156_fv, r156_lab, r156_bv, r156_unit)
        r156_bexp = {r156_fk: r156_fv, r156_k: r156_bv}
        r156_bpr = r156_bi + "\nText:\n" + r156_text
        for r156_vt, r156_vi, r156_fn, r156_arg in r156_vs:
            r156_vexp = dict(r156_bexp)
            if r156_fn is None:
                r156_vexp[r156_k] = r156_NR
                r156_vexp["_nr"] = 1
            else:
                r156_vexp[r156_k] = r156_num(r156_fn(r156_bv))
            r156_vx = {k: v for k, v in r156_vexp.items() if k != "_nr"}
            if "_nr" in r156_vexp:
                r156_b = r156_id("d156-b-u-%s-%s-%d" % (r156_t, r156_vt, r156_i))
                r156_v = r156_id("d156-v-u-%s-%s-%d" % (r156_t, r156_vt, r156_i))
                r156_s = r156_id("d156-s-u-%s-%s-%d" % (r156_t, r156_vt, r156_i))
                J(r156_b, "r156_unit_base", r156_bpr, r156_sch, r156_bexp, [r156_bexp])
                J(r156_v, "r156_unit_nr", r156_vi + "\nText:\n" + r156_text, r156_sch, r156_vx, [r156_bexp])
                J(r156_s, "r156_unit_nr_single", r156_vi + "\nText:\n" + r156_text, r156_sch, r156_vx, [r156_bexp])
                r156_pairs.append((r156_b, r156_v))
                r156_singles.append(r156_s)
            else:
                r156_pair("u-%s-%s-%d" % (r156_t, r156_vt, r156_i), "unit" + ("_arguable" if r156_arg else ""),
                          r156_sch, r156_bpr, r156_bexp, r156_vi + "\nText:\n" + r156_text, r156_vx, arg=r156_arg)
        # safe paraphrases of the instruction
        for r156_j, r156_si in enumerate([
                r156_bi.replace("as JSON.", "in JSON format."),
                "Please " + r156_bi[0].lower() + r156_bi[1:],
                r156_bi + " Thanks.",
        ]):
            r156_safe_pair("u-%s-%d-%d" % (r156_t, r156_i, r156_j), "unit", r156_sch, r156_bpr, r156_bexp,
                           r156_si + "\nText:\n" + r156_text)

# ================================================================ B. rounding and format asked
r156_SCH_P2 = S({"item": "string", "price": "number"})
r156_SCH_SH = S({"fund": "string", "share": "number"})
r156_SCH_D = S({"event": "string", "date": "string"})
r156_SCH_N = S({"name": "string", "city": "string"})

for r156_i, (r156_it, r156_pv) in enumerate([("Lamp", 47.6), ("Chair", 123.4), ("Desk", 86.5), ("Shelf", 251.8)]):
    r156_text = "Item: %s\nPrice: %s" % (r156_it, r156_pv)
    r156_b = {"item": r156_it, "price": r156_pv}
    r156_bpr = "Return the item and price as JSON.\nText:\n" + r156_text
    import math as r156_math
    for r156_vt, r156_vi, r156_val in [
        ("ten", "Return the item and price as JSON, the price rounded to the nearest ten.", int(round(r156_pv / 10.0) * 10)),
        ("ten2", "Return the item and the price to the nearest 10 as JSON.", int(round(r156_pv / 10.0) * 10)),
        ("whole", "Return the item and the price rounded to a whole number as JSON.",
         int(r156_math.floor(r156_pv + 0.5))),
        ("down", "Return the item and the price rounded down as JSON.", int(r156_math.floor(r156_pv))),
        ("up", "Return the item and the price rounded up as JSON.", int(r156_math.ceil(r156_pv))),
        ("cents", "Return the item and the price in cents as JSON.", int(round(r156_pv * 100))),
        ("hund", "Return the item and price as JSON (price to the nearest hundred).", int(r156_math.floor(r156_pv / 100.0 + 0.5) * 100)),
    ]:
        r156_pair("r-%s-%d" % (r156_vt, r156_i), "round", r156_SCH_P2, r156_bpr, r156_b,
                  r156_bpr.replace("Return the item and price as JSON.", r156_vi), {"item": r156_it, "price": r156_val})
    r156_safe_pair("r-%d" % r156_i, "round", r156_SCH_P2, r156_bpr, r156_b,
                   "Return the item and its price as JSON.\nText:\n" + r156_text)

for r156_i, (r156_f, r156_sv) in enumerate([("Alpha Fund", 0.25), ("Beta Fund", 0.4), ("Gamma Fund", 0.125)]):
    r156_text = "Fund: %s\nShare: %s" % (r156_f, r156_sv)
    r156_b = {"fund": r156_f, "share": r156_sv}
    r156_bpr = "Give the fund and share as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi in [("pct", "Give the fund and the share as a percentage as JSON."),
                             ("pct2", "Give the fund and share as JSON; share in percent."),
                             ("pct3", "Give the fund and share (in %) as JSON.")]:
        r156_pair("f-%s-%d" % (r156_vt, r156_i), "format", r156_SCH_SH, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"fund": r156_f, "share": r156_num(r156_sv * 100)})
    r156_safe_pair("f-%d" % r156_i, "format", r156_SCH_SH, r156_bpr, r156_b,
                   "Give the fund and its share as JSON.\nText:\n" + r156_text)
# percent in the text, a fraction asked
for r156_i, (r156_f, r156_pc) in enumerate([("Delta Fund", 25), ("Omega Fund", 40)]):
    r156_text = "Fund: %s\nShare: %d%%" % (r156_f, r156_pc)
    r156_b = {"fund": r156_f, "share": r156_pc}
    r156_bpr = "Give the fund and share (in percent) as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi in [("frac", "Give the fund and share as a fraction of 1 as JSON."),
                             ("dec", "Give the fund and the share as a decimal (0 to 1) as JSON.")]:
        r156_pair("f-%s-%d" % (r156_vt, r156_i), "format", r156_SCH_SH, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"fund": r156_f, "share": r156_pc / 100.0})

r156_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
for r156_i, (r156_ev, r156_d, r156_m, r156_y) in enumerate([("Board meeting", 5, 3, 2024), ("Launch", 17, 9, 2025),
                                                            ("Audit", 2, 11, 2024)]):
    r156_ds = "%d %s %d" % (r156_d, r156_MON[r156_m - 1], r156_y)
    r156_text = "Event: %s\nDate: %s" % (r156_ev, r156_ds)
    r156_b = {"event": r156_ev, "date": r156_ds}
    r156_bpr = "Return the event and date as JSON.\nText:\n" + r156_text
    r156_iso = "%04d-%02d-%02d" % (r156_y, r156_m, r156_d)
    for r156_vt, r156_vi, r156_val in [
        ("iso", "Return the event and the date in ISO format as JSON.", r156_iso),
        ("iso2", "Return the event and date as JSON, date as YYYY-MM-DD.", r156_iso),
        ("iso3", "Return the event and date (ISO 8601) as JSON.", r156_iso),
        ("dmy", "Return the event and date as JSON; date as DD/MM/YYYY.", "%02d/%02d/%04d" % (r156_d, r156_m, r156_y)),
        ("mdy", "Return the event and date as JSON; date in US format MM/DD/YYYY.",
         "%02d/%02d/%04d" % (r156_m, r156_d, r156_y)),
        ("year", "Return the event and the year of the date as JSON.", str(r156_y)),
        ("month", "Return the event and the month of the date as JSON.", r156_MON[r156_m - 1]),
    ]:
        r156_pair("d-%s-%d" % (r156_vt, r156_i), "format", r156_SCH_D, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"event": r156_ev, "date": r156_val})
    r156_safe_pair("d-%d" % r156_i, "format", r156_SCH_D, r156_bpr, r156_b,
                   "Please return the event and the date as JSON.\nText:\n" + r156_text)
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_text = "Name: %s\nCity: %s" % (r156_n, r156_c)
    r156_b = {"name": r156_n, "city": r156_c}
    r156_bpr = "Return the name and city as JSON.\nText:\n" + r156_text
    r156_fn, r156_ln = r156_n.split()
    for r156_vt, r156_vi, r156_val in [
        ("upper", "Return the name and city as JSON, the city in upper case.", {"name": r156_n, "city": r156_c.upper()}),
        ("lastfirst", "Return the name (surname first, comma-separated) and city as JSON.",
         {"name": "%s, %s" % (r156_ln, r156_fn), "city": r156_c}),
        ("initials", "Return the name as initials and the city as JSON.",
         {"name": "%s. %s." % (r156_fn[0], r156_ln[0]), "city": r156_c}),
        ("first", "Return the first name only and the city as JSON.", {"name": r156_fn, "city": r156_c}),
    ]:
        r156_pair("n-%s-%d" % (r156_vt, r156_i), "format", r156_SCH_N, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, r156_val, arg=(r156_vt == "initials"))

# ================================================================ C. the time reference
r156_SCH_A = S({"name": "string", "age": "integer"})
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_text = "Name: %s\nAge: %d" % (r156_n, r156_a)
    r156_b = {"name": r156_n, "age": r156_a}
    r156_bpr = "Return the name and age as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi, r156_d in [
        ("next", "Return the name and the age next year as JSON.", 1),
        ("next2", "Return the name and age next year as JSON.", 1),
        ("bday", "Return the name and the age after the next birthday as JSON.", 1),
        ("five", "Return the name and the age in five years as JSON.", 5),
        ("last", "Return the name and the age last year as JSON.", -1),
        ("ago", "Return the name and the age ten years ago as JSON.", -10),
        ("turn", "Return the name and the age she or he will turn next as JSON.", 1),
        ("dec", "Return the name and the age at the end of the next decade, i.e. in 10 years, as JSON.", 10),
    ]:
        r156_pair("t-%s-%d" % (r156_vt, r156_i), "time", r156_SCH_A, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"name": r156_n, "age": r156_a + r156_d})
    r156_safe_pair("t-%d" % r156_i, "time", r156_SCH_A, r156_bpr, r156_b,
                   "Return the name and the age as JSON.\nText:\n" + r156_text)
    r156_safe_pair("t2-%d" % r156_i, "time", r156_SCH_A, r156_bpr, r156_b,
                   "Return the name and current age as JSON.\nText:\n" + r156_text)

# price with a discount / VAT in the text
for r156_i, (r156_it, r156_pv, r156_pc) in enumerate([("Lamp", 80, 25), ("Sofa", 400, 10), ("Rug", 60, 50)]):
    r156_text = "Item: %s\nPrice: %d\nDiscount: %d%%" % (r156_it, r156_pv, r156_pc)
    r156_b = {"item": r156_it, "price": r156_pv}
    r156_bpr = "Return the item and the list price as JSON.\nText:\n" + r156_text
    r156_after = r156_num(r156_pv * (100 - r156_pc) / 100.0)
    for r156_vt, r156_vi in [
        ("disc", "Return the item and the price after the discount as JSON."),
        ("disc2", "Return the item and the discounted price as JSON."),
        ("disc3", "Return the item and the price to pay as JSON."),
        ("disc4", "Return the item and the sale price as JSON."),
        ("disc5", "Return the item and price as JSON."),
    ]:
        r156_pair("p-%s-%d" % (r156_vt, r156_i), "time",
                  r156_SCH_PR, r156_bpr, r156_b, r156_vi + "\nText:\n" + r156_text,
                  {"item": r156_it, "price": r156_after} if r156_vt != "disc5" else {"item": r156_it, "price": r156_NR},
                  arg=r156_vt in ("disc5", "disc3"))
    r156_text2 = "Item: %s\nPrice: %d (excl. VAT)\nVAT: 25%%" % (r156_it, r156_pv)
    r156_bpr2 = "Return the item and the price excluding VAT as JSON.\nText:\n" + r156_text2
    for r156_vt, r156_vi in [("vat", "Return the item and the price including VAT as JSON."),
                             ("vat2", "Return the item and the gross price (with VAT) as JSON.")]:
        r156_pair("p-%s-%d" % (r156_vt, r156_i), "time", r156_SCH_PR, r156_bpr2, r156_b,
                  r156_vi + "\nText:\n" + r156_text2, {"item": r156_it, "price": r156_num(r156_pv * 1.25)})

# a date shifted
import datetime as r156_dt
for r156_i, (r156_ev, r156_day) in enumerate([("Board meeting", r156_dt.date(2024, 3, 5)),
                                              ("Launch", r156_dt.date(2025, 9, 17)),
                                              ("Audit", r156_dt.date(2024, 12, 28))]):
    r156_text = "Event: %s\nDate: %s" % (r156_ev, r156_day.isoformat())
    r156_b = {"event": r156_ev, "date": r156_day.isoformat()}
    r156_bpr = "Return the event and date as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi, r156_dd in [
        ("wk", "Return the event and the date one week later as JSON.", 7),
        ("wk2", "Return the event and the date a week after it as JSON.", 7),
        ("before", "Return the event and the day before the date as JSON.", -1),
        ("after", "Return the event and the next day as JSON.", 1),
        ("rem", "Return the event and the reminder date (two days before) as JSON.", -2),
        ("fort", "Return the event and the follow-up date, 14 days after, as JSON.", 14),
    ]:
        r156_pair("ds-%s-%d" % (r156_vt, r156_i), "time", r156_SCH_D, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text,
                  {"event": r156_ev, "date": (r156_day + r156_dt.timedelta(days=r156_dd)).isoformat()})

# ================================================================ D. corrections inside the text
r156_SCH_P = S({"name": "string", "age": "integer", "city": "string"})
r156_AGE_CORR = [
    ("dash", "Age: {a} — correction: {b}", False),
    ("strike", "Age: ~~{a}~~ {b}", False),
    ("typo", "Age: {a} (typo; {b})", False),
    ("typo2", "Age: {a} (typo, read {b})", False),
    ("line", "Age: {a}\nCorrection: the age is {b}.", False),
    ("upd", "Age: {a}\nUpdate: age should read {b}.", False),
    ("err", "Age: {a}\nErratum: Age {b}", False),
    ("should", "Age: {a} (should be {b})", False),
    ("arrow", "Age: {a} → {b} (corrected)", False),
    ("sorry", "Age: {a}, sorry, {b}", False),
    ("del", "Age: <del>{a}</del> <ins>{b}</ins>", False),
    ("s-tag", "Age: <s>{a}</s> {b}", False),
    ("u336", "Age: {au} {b}", False),
    ("wrong", "Age: {a} is wrong, it is {b}", False),
    ("not", "Age: not {a} but {b}", False),
    ("actually", "Age: {a} (actually {b})", False),
    ("corrected", "Age: {b} (corrected from {a})", True),
    ("wasis", "Age: {a}\nAge (corrected): {b}", False),
    ("footnote", "Age: {a}*\n* Correction: {b}.", False),
    ("ps", "Age: {a}\nP.S. I got the age wrong above: it is {b}.", False),
    ("read", "Age: {a} [read: {b}]", False),
    ("fix", "Age: {a}\nFix: Age = {b}", False),
    ("amend", "Age: {a}\nAmended: Age {b}", False),
    ("edit", "Age: {a} (edit: {b})", False),
]
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_bt = "Name: %s\nAge: %d\nCity: %s" % (r156_n, r156_a, r156_c)
    r156_b = {"name": r156_n, "age": r156_a, "city": r156_c}
    r156_bpr = "Extract name, age and city as JSON.\nText:\n" + r156_bt
    r156_au = "".join(ch + "\u0336" for ch in str(r156_a))
    for r156_vt, r156_tpl, r156_arg in r156_AGE_CORR:
        r156_line = r156_tpl.format(a=r156_a, b=r156_a2, au=r156_au)
        r156_vt_text = "Name: %s\n%s\nCity: %s" % (r156_n, r156_line, r156_c)
        r156_pair("c-%s-%d" % (r156_vt, r156_i), "correction", r156_SCH_P, r156_bpr, r156_b,
                  "Extract name, age and city as JSON.\nText:\n" + r156_vt_text,
                  {"name": r156_n, "age": r156_a2, "city": r156_c}, arg=r156_arg)
    # corrections of the city
    for r156_vt, r156_tpl in [
        ("cdash", "City: {a} — correction: {b}"),
        ("cstrike", "City: ~~{a}~~ {b}"),
        ("ctypo", "City: {a} (typo; {b})"),
        ("cupd", "City: {a}\nUpdate: moved to {b} in May."),
        ("cno", "City: {a} (no longer; now {b})"),
        ("cnot", "City: not {a} but {b}"),
        ("cnot2", "City: {b} (not {a})"),
        ("cex", "City: ex-{a}, now {b}"),
        ("cwrong", "City: {a} — wrong, it is {b}"),
        ("cq", "City: {a}? No: {b}."),
        ("cprose", "City: {a}\nShe no longer lives in {a}; she lives in {b}."),
        ("cprose2", "City: {a}\nNote: no longer lives in {a} (moved to {b})."),
        ("cdel", "City: <del>{a}</del> {b}"),
        ("cu336", "City: {au} {b}"),
    ]:
        r156_line = r156_tpl.format(a=r156_c, b=r156_c2, au="".join(ch + "\u0336" for ch in r156_c))
        r156_vt_text = "Name: %s\nAge: %d\n%s" % (r156_n, r156_a, r156_line)
        r156_pair("c-%s-%d" % (r156_vt, r156_i), "negation", r156_SCH_P, r156_bpr, r156_b,
                  "Extract name, age and city as JSON.\nText:\n" + r156_vt_text,
                  {"name": r156_n, "age": r156_a, "city": r156_c2})
    # safe: unrelated sentence, whitespace
    r156_safe_pair("c-%d" % r156_i, "correction", r156_SCH_P, r156_bpr, r156_b,
                   "Extract name, age and city as JSON.\nText:\n" + r156_bt + "\nThe form was filled in on paper.")
    r156_safe_pair("c2-%d" % r156_i, "correction", r156_SCH_P, r156_bpr, r156_b,
                   "Extract  name, age and city as JSON.\nText:\n" + r156_bt.replace(": ", ":  "))
    r156_safe_pair("c3-%d" % r156_i, "correction", r156_SCH_P, r156_bpr, r156_b,
                   "Extract name, age and city as JSON.\nText:\n" + r156_bt + "\nNo corrections.")

# meeting date moved
r156_SCH_M = S({"meeting": "string", "date": "string"})
for r156_i, (r156_mt, r156_d1, r156_d2) in enumerate([("Board", "3 May 2024", "5 May 2024"),
                                                      ("Budget review", "12 June 2025", "19 June 2025"),
                                                      ("Kick-off", "2 April 2024", "9 April 2024")]):
    r156_bt = "Meeting: %s\nDate: %s" % (r156_mt, r156_d1)
    r156_b = {"meeting": r156_mt, "date": r156_d1}
    r156_bpr = "Return the meeting and its date as JSON.\nText:\n" + r156_bt
    for r156_vt, r156_tpl in [
        ("moved", "Date: {a}\nUpdate: the meeting moved to {b}."),
        ("post", "Date: {a} (postponed to {b})"),
        ("strike", "Date: ~~{a}~~ {b}"),
        ("resch", "Date: {a}\nRescheduled: {b}"),
        ("new", "Date: {a}\nNew date: {b}"),
        ("not", "Date: not {a} but {b}"),
        ("moved2", "Date: {a} → moved to {b}"),
        ("cancel", "Date: {a}\nUpdate: the meeting on {a} is cancelled and will be held on {b} instead."),
    ]:
        r156_line = r156_tpl.format(a=r156_d1, b=r156_d2)
        r156_pair("m-%s-%d" % (r156_vt, r156_i), "correction", r156_SCH_M, r156_bpr, r156_b,
                  "Return the meeting and its date as JSON.\nText:\n" + "Meeting: %s\n%s" % (r156_mt, r156_line),
                  {"meeting": r156_mt, "date": r156_d2})

# ================================================================ E. conditional statements
r156_SCH_F = S({"name": "string", "fee": "number"})
for r156_i, (r156_n, r156_f1, r156_f2) in enumerate([("Jonas Berg", 30, 45), ("Kari Nes", 100, 120),
                                                     ("Liv Aas", 15, 25)]):
    r156_bt = "Member: %s\nFee: %d" % (r156_n, r156_f1)
    r156_b = {"name": r156_n, "fee": r156_f1}
    r156_bpr = "Return the member's name and the fee due as JSON.\nText:\n" + r156_bt
    for r156_vt, r156_body, r156_val in [
        ("late", "Fee: {f1} if paid before 1 May, otherwise {f2}\nPaid on: 3 May", "f2"),
        ("late2", "Fee: {f1} if paid before 1 May, otherwise {f2}.\nPayment date: 12 May", "f2"),
        ("late3", "Fee: {f1} (early bird, until 1 May); {f2} after that\nPaid: 20 May", "f2"),
        ("late4", "Fee: {f1}, or {f2} if paid after 1 May\nPaid on: 2 May", "f2"),
        ("late5", "Fee: {f1}\nLate fee applies: paid after the deadline, so the fee is {f2}.", "f2"),
        ("memb", "Fee: {f1} for members, {f2} for others\nMember: no", "f2"),
        ("memb2", "Fee: {f1} for students, otherwise {f2}\nStudent: no", "f2"),
        ("early-ok", "Fee: {f2} if paid after 1 May, otherwise {f1}\nPaid on: 3 May", "f2"),
        ("unless", "Fee: {f1} unless paid late, then {f2}\nPaid late: yes", "f2"),
        ("nodate", "Fee: {f1} if paid before 1 May, otherwise {f2}", None),
    ]:
        r156_vtext = "Member: %s\n%s" % (r156_n, r156_body.format(f1=r156_f1, f2=r156_f2))
        r156_vv = {"f2": r156_f2, "f1": r156_f1, None: r156_NR}[r156_val]
        r156_pair("k-%s-%d" % (r156_vt, r156_i), "conditional", r156_SCH_F, r156_bpr, r156_b,
                  "Return the member's name and the fee due as JSON.\nText:\n" + r156_vtext,
                  {"name": r156_n, "fee": r156_vv})
    # held-as-right: the condition met (model answers f1, right)
    r156_safe_pair("k-%d" % r156_i, "conditional", r156_SCH_F, r156_bpr, r156_b,
                   "Return the name of the member and the fee due as JSON.\nText:\n" + r156_bt)

r156_SCH_SHIP = S({"order": "string", "shipping": "number"})
for r156_i, (r156_o, r156_tot) in enumerate([("A-100", 40), ("B-220", 35), ("C-310", 20)]):
    r156_bt = "Order: %s\nShipping: 0" % r156_o
    r156_b = {"order": r156_o, "shipping": 0}
    r156_bpr = "Return the order and the shipping cost as JSON.\nText:\n" + r156_bt
    r156_vtext = "Order: %s\nShipping: 0 for orders over 50 EUR, else 5\nOrder total: %d EUR" % (r156_o, r156_tot)
    r156_pair("k-ship-%d" % r156_i, "conditional", r156_SCH_SHIP, r156_bpr, r156_b,
              "Return the order and the shipping cost as JSON.\nText:\n" + r156_vtext, {"order": r156_o, "shipping": 5})
    r156_vtext = "Order: %s\nShipping: free (orders over 50 EUR only; otherwise 5)\nTotal: %d EUR" % (r156_o, r156_tot)
    r156_pair("k-ship2-%d" % r156_i, "conditional", r156_SCH_SHIP, r156_bpr, r156_b,
              "Return the order and the shipping cost as JSON.\nText:\n" + r156_vtext, {"order": r156_o, "shipping": 5})

# ================================================================ F. negations in prose
r156_SCH_NC = S({"name": "string", "city": "string"})
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_bpr = "Return the person's name and city of residence as JSON.\nText:\n%s lives in %s." % (r156_n, r156_c)
    r156_b = {"name": r156_n, "city": r156_c}
    for r156_vt, r156_tpl in [
        ("nolonger", "{n} no longer lives in {a}; {n} lives in {b}."),
        ("nolonger2", "{n} no longer lives in {a}. Home is now {b}."),
        ("notbut", "{n} lives not in {a} but in {b}."),
        ("moved", "{n} lived in {a} until 2020 and then moved to {b}."),
        ("used", "{n} used to live in {a}; today {n} lives in {b}."),
        ("left", "{n} lives in {b}, having left {a} in 2019."),
        ("never", "{n} has never lived in {a}; {n} lives in {b}."),
        ("notany", "{n} does not live in {a} any more; the new home is in {b}."),
        ("former", "{n}, formerly of {a}, lives in {b}."),
        ("onlyname", "{n} lives in {a}. Correction: {n} lives in {b}."),
    ]:
        r156_pair("g-%s-%d" % (r156_vt, r156_i), "negation", r156_SCH_NC, r156_bpr, r156_b,
                  "Return the person's name and city of residence as JSON.\nText:\n" +
                  r156_tpl.format(n=r156_n, a=r156_c, b=r156_c2), {"name": r156_n, "city": r156_c2})
    for r156_vt, r156_tpl in [("nolonger0", "{n} no longer lives in {a}.")]:
        r156_pair("g-%s-%d" % (r156_vt, r156_i), "negation", r156_SCH_NC, r156_bpr, r156_b,
                  "Return the person's name and city of residence as JSON.\nText:\n" +
                  r156_tpl.format(n=r156_n, a=r156_c, b=r156_c2), {"name": r156_n, "city": r156_NR})
    r156_safe_pair("g-%d" % r156_i, "negation", r156_SCH_NC, r156_bpr, r156_b,
                   "Return the person's name and city of residence as JSON.\nText:\n%s lives in %s. %s likes skiing."
                   % (r156_n, r156_c, r156_n.split()[0]))

# boolean negation
r156_SCH_B = S({"name": "string", "smoker": "boolean"})
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_bpr = "Health form: return name and smoker as JSON.\nText:\nName: %s\nSmoker: yes" % r156_n
    r156_b = {"name": r156_n, "smoker": True}
    for r156_vt, r156_line in [("nolonger", "Smoker: yes (no longer; quit in 2021)"),
                               ("strike", "Smoker: ~~yes~~ no"),
                               ("corr", "Smoker: yes\nCorrection: smoker: no"),
                               ("notyes", "Smoker: not yes but no"),
                               ("typo", "Smoker: yes (typo; no)")]:
        r156_pair("b-%s-%d" % (r156_vt, r156_i), "negation", r156_SCH_B, r156_bpr, r156_b,
                  "Health form: return name and smoker as JSON.\nText:\nName: %s\n%s" % (r156_n, r156_line),
                  {"name": r156_n, "smoker": False})

# ================================================================ G. equations
r156_EQS = [("3x + 5 = 20", "x", "5"), ("2x - 4 = 10", "x", "7"), ("4x + 2 = 94", "x", "23"),
            ("5y = 35", "y", "7"), ("x/2 + 1 = 13", "x", "24")]
r156_ebases = {}


def r156_ebase(eq, v, val):
    pr = "Solve for %s: %s. Show each step." % (v, eq)
    if pr not in r156_ebases:
        bid = r156_id("d156-eb-%d" % len(r156_ebases))
        r156_ebases[pr] = bid
        E(bid, "r156_eq_base", pr, v, val, ["%s\n%s = %s" % (eq, v, val)])
    return r156_ebases[pr]


r156_EQV = [
    # tag, prompt template ({eq}, {v}), right value or None (no single value: asks for something else)
    ("cm", "Solve for {v}: {eq}, where {v} is in metres. Give {v} in centimetres.", None),
    ("cm2", "Solve for {v}: {eq}. Give {v} in cm ({v} is in m).", None),
    ("cm3", "Solve for {v} in cm: {eq}, where {v} is measured in metres.", None),
    ("mm", "Solve for {v}: {eq} ({v} in metres). State {v} in millimetres.", None),
    ("kg", "Solve for {v}: {eq}, {v} in kilograms. Answer in grams.", None),
    ("th", "Solve for {v}: {eq}, where {v} is in thousands. Give the full number.", None),
    ("eur", "Solve for {v}: {eq}, where {v} is a price in USD. Give it in EUR at 1 USD = 0.9 EUR.", None),
    ("hrs", "Solve for {v}: {eq}, where {v} is in minutes. Give {v} in seconds.", None),
    ("ten", "Solve for {v}: {eq}. Round {v} to the nearest ten.", None),
    ("ten2", "Solve for {v}: {eq}. Give {v} to the nearest ten.", None),
    ("pct", "Solve for {v}: {eq}. Give {v} as a percentage.", None),
    ("pct2", "Solve for {v}: {eq}. Express {v} in percent.", None),
    ("dbl", "Solve for {v}: {eq}. Then give 2{v}.", None),
    ("dbl2", "Solve for {v}: {eq}, and report twice {v}.", None),
    ("p1", "Solve for {v}: {eq}. What is {v} + 1?", None),
    ("p1b", "Solve for {v}: {eq}. Give the value of {v} + 1.", None),
    ("age", "Solve for {v}: {eq}, where {v} is her age now. Give her age next year.", None),
    ("age2", "Solve for {v}: {eq}; {v} is an age today. What is the age in five years?", None),
    ("chk", "Check whether {v} = 5 is a solution of {eq}.", None),
    ("chk2", "Is {v} = 4 a solution of {eq}? Answer yes or no.", None),
    ("chk3", "Solve for {v}: {eq}. Then check whether {v} = 5 is a solution.", None),
    ("typo", "Solve for {v}: {eq} (typo; the 2 should be a 3).", None),
    ("corr", "Solve for {v}: {eq} — correction: the right-hand side is 40.", None),
    ("strike", "Solve for {v}: ~~{eq}~~.", None),
    ("notbut", "Solve for {v}: not {eq} but {v} + 1 = 2.", "1"),
    ("cond", "Solve for {v}: if a = 1 then {eq}, otherwise {v} + 1 = 2; a = 2.", "1"),
    ("cond2", "If it is Monday solve {eq} for {v}, otherwise solve {v} + 1 = 2. It is Tuesday.", "1"),
    ("update", "Solve for {v}: {eq}.\nUpdate: the equation is now {v} + 1 = 2.", "1"),
    ("nolonger", "Solve for {v}: {eq}. (This equation no longer applies; solve {v} + 1 = 2.)", "1"),
    ("neg", "Solve for {v}: {eq}. Give -{v}.", None),
    ("sq", "Solve for {v}: {eq}. Give {v} squared.", None),
    ("year", "Solve for {v}: {eq}, where {v} is the years from 2020. Give the year.", None),
    ("wk", "Solve for {v}: {eq}, {v} in weeks. Give {v} in days.", None),
    ("doz", "Solve for {v}: {eq}, where {v} counts dozens. How many eggs is that?", None),
]
r156_EQSAFE = [
    ("para", "Find {v}: {eq}. Show each step."),
    ("ws", "Solve for {v}:  {eq}.  Show each step."),
    ("thx", "Solve for {v}: {eq}. Show each step. Thanks!"),
    ("plz", "Please solve for {v}: {eq}. Show each step."),
]
for r156_i, (r156_eq, r156_v, r156_val) in enumerate(r156_EQS):
    r156_bid = r156_ebase(r156_eq, r156_v, r156_val)
    r156_stale = "%s\n%s = %s" % (r156_eq, r156_v, r156_val)
    for r156_t, r156_tpl, r156_rv in r156_EQV:
        r156_pr = r156_tpl.format(eq=r156_eq, v=r156_v)
        r156_vid = r156_id("d156-ev-%s-%d" % (r156_t, r156_i))
        r156_sid = r156_id("d156-es-%s-%d" % (r156_t, r156_i))
        if r156_rv is None:
            E(r156_vid, "r156_eq_ask", r156_pr, r156_v, r156_NRE, [r156_stale])
            E(r156_sid, "r156_eq_ask_single", r156_pr, r156_v, r156_NRE, [r156_stale])
        else:
            r156_right = "%s + 1 = 2\n%s = 1" % (r156_v, r156_v)
            E(r156_vid, "r156_eq_change", r156_pr, r156_v, r156_rv, [r156_stale, r156_right])
            E(r156_sid, "r156_eq_change_single", r156_pr, r156_v, r156_rv, [r156_stale, r156_right, r156_right])
        r156_pairs.append((r156_bid, r156_vid))
        r156_singles.append(r156_sid)
    for r156_t, r156_tpl in r156_EQSAFE:
        r156_vid = r156_id("d156-eok-%s-%d" % (r156_t, r156_i))
        E(r156_vid, "r156_eq_safe", r156_tpl.format(eq=r156_eq, v=r156_v), r156_v, r156_val, [r156_stale], safe=True)
        r156_pairs.append((r156_bid, r156_vid))
        r156_safe.append(r156_vid)


# ================================================================ H. the change written only in marks / symbols
# (batch 2: the instruction checks compare words; a unit, scale or shift asked by a mark alone)
r156_SYM = [
    # tag, schema, first key, first vals, label, unit, base vals, base instr, variants [(vtag, instr, fn or None, arg)]
    ("sh", r156_SCH_SH, "fund", ["Alpha Fund", "Beta Fund", "Kappa Fund"], "Share", "", [0.25, 0.4, 0.75],
     "Give the fund and share as JSON.", [
         ("pc1", "Give the fund and share (in %) as JSON.", lambda v: v * 100, False),
         ("pc2", "Give the fund and share in % as JSON.", lambda v: v * 100, False),
         ("pc3", "Give the fund and share as % as JSON.", lambda v: v * 100, False),
         ("pc4", "Give the fund and share % as JSON.", lambda v: v * 100, False),
         ("pc5", "Give the fund and share (%) as JSON.", lambda v: v * 100, False),
         ("pc6", "Give the fund and share [%] as JSON.", lambda v: v * 100, False),
         ("pc7", "Give the fund and share as JSON (share in %).", lambda v: v * 100, False),
         ("pc8", "Give the fund and share as JSON; share: %.", lambda v: v * 100, False),
         ("pc9", "Give the fund and share×100 as JSON.", lambda v: v * 100, False),
         ("pc10", "Give the fund and share (×100) as JSON.", lambda v: v * 100, False),
         ("pc11", "Give the fund and share*100 as JSON.", lambda v: v * 100, False),
         ("pm1", "Give the fund and share (in ‰) as JSON.", lambda v: v * 1000, False),
         ("pm2", "Give the fund and share ‰ as JSON.", lambda v: v * 1000, False),
         ("pc12", "Give the fund and share (％) as JSON.", lambda v: v * 100, False),
         ("pc13", "Give the fund and share → % as JSON.", lambda v: v * 100, False),
         ("pc14", "Give the fund and share, %, as JSON.", lambda v: v * 100, False),
         ("pc15", "Give the fund and share in %-points as JSON.", lambda v: v * 100, False),
         ("pc16", "Give the fund and the share (in %) as JSON.", lambda v: v * 100, False),
         ("pc17", "Give the fund and share as JSON, in %.", lambda v: v * 100, False),
     ]),
    ("hc", r156_SCH_H, "name", ["Jonas Berg", "Kari Nes", "Liv Aas"], "Height", " cm", [182, 167, 175],
     "Extract the name and height as JSON.", [
         ("sqm", "Extract the name and height (in ㎜) as JSON.", lambda v: v * 10, False),
         ("sqm2", "Extract the name and height in ㎜ as JSON.", lambda v: v * 10, False),
         ("sqmm", "Extract the name and height (㎙) as JSON.", None, False),
         ("sqkm", "Extract the name and height in ㎞ as JSON.", lambda v: v / 100000.0, False),
         ("sqdm", "Extract the name and height (in ㍷) as JSON.", lambda v: v / 10, False),
         ("ft", "Extract the name and height in ′ as JSON.", None, False),
         ("in", "Extract the name and height in ″ as JSON.", None, False),
         ("sl100", "Extract the name and height/100 as JSON.", lambda v: v / 100, False),
         ("div100", "Extract the name and height (÷100) as JSON.", lambda v: v / 100, False),
         ("x10", "Extract the name and height (×10) as JSON.", lambda v: v * 10, False),
         ("plus1", "Extract the name and height+1 as JSON.", lambda v: v + 1, False),
     ]),
    ("wk", r156_SCH_W, "name", ["Ole Dahl", "Siv Moe", "Ida Lie"], "Weight", " kg", [70, 82, 64],
     "Return the name and weight as JSON.", [
         ("sqg", "Return the name and weight in ㎎ as JSON.", lambda v: v * 1000000, False),
         ("sqg2", "Return the name and weight (㎍) as JSON.", lambda v: v * 1000000000, False),
         ("sqkt", "Return the name and weight in ㌧ as JSON.", None, True),
         ("x1000", "Return the name and weight ×1000 as JSON.", lambda v: v * 1000, False),
         ("x1000b", "Return the name and weight (x1000) as JSON.", lambda v: v * 1000, False),
         ("e3", "Return the name and weight (×10³) as JSON.", lambda v: v * 1000, False),
         ("m1", "Return the name and weight−1 as JSON.", lambda v: v - 1, False),
     ]),
    ("cur", r156_SCH_PR, "item", ["Kettle", "Toaster", "Blender"], "Price", " USD\nExchange rate: 1 USD = 0.90 EUR",
     [40, 60, 120], "Return the item and price as JSON.", [
         ("eur1", "Return the item and price in € as JSON.", lambda v: v * 0.9, False),
         ("eur2", "Return the item and price (€) as JSON.", lambda v: v * 0.9, False),
         ("eur3", "Return the item and price as JSON, in €.", lambda v: v * 0.9, False),
         ("eur4", "Return the item and €-price as JSON.", lambda v: v * 0.9, False),
         ("eur5", "Return the item and price [€] as JSON.", lambda v: v * 0.9, False),
         ("eur6", "Return the item and price → € as JSON.", lambda v: v * 0.9, False),
         ("cent", "Return the item and price in ¢ as JSON.", lambda v: v * 100, False),
         ("cent2", "Return the item and price (¢) as JSON.", lambda v: v * 100, False),
     ]),
    ("tmp", S({"city": "string", "temperature": "number"}), "city", ["Oslo", "Bergen", "Tromsø"], "Temperature",
     " °C", [20, 10, 30], "Return the city and temperature as JSON.", [
         ("f1", "Return the city and temperature in ℉ as JSON.", lambda v: v * 9 / 5.0 + 32, False),
         ("f2", "Return the city and temperature (°F) as JSON.", lambda v: v * 9 / 5.0 + 32, False),
         ("f3", "Return the city and temperature in °F as JSON.", lambda v: v * 9 / 5.0 + 32, False),
         ("k1", "Return the city and temperature (K) as JSON.", lambda v: v + 273.15, False),
         ("k2", "Return the city and temperature in K as JSON.", lambda v: v + 273.15, False),
         ("k3", "Return the city and temperature in \u212a as JSON.", lambda v: v + 273.15, False),
     ]),
    ("ag", r156_SCH_A, "name", ["Jonas Berg", "Kari Nes", "Per Dahl"], "Age", "", [40, 33, 27],
     "Return the name and age as JSON.", [
         ("p1", "Return the name and age+1 as JSON.", lambda v: v + 1, False),
         ("p1b", "Return the name and age (+1) as JSON.", lambda v: v + 1, False),
         ("p1c", "Return the name and age + 1 as JSON.", lambda v: v + 1, False),
         ("p1d", "Return the name and age (+1 yr) as JSON.", lambda v: v + 1, False),
         ("m1", "Return the name and age−1 as JSON.", lambda v: v - 1, False),
         ("p5", "Return the name and age +5 as JSON.", lambda v: v + 5, False),
         ("x2", "Return the name and age ×2 as JSON.", lambda v: v * 2, False),
         ("x12", "Return the name and age×12 as JSON.", lambda v: v * 12, False),
         ("arr", "Return the name and age → next year as JSON.", lambda v: v + 1, True),
         ("pp", "Return the name and age++ as JSON.", lambda v: v + 1, True),
     ]),
    ("pd", r156_SCH_PR, "item", ["Lamp", "Sofa", "Rug"], "Price", "", [80, 400, 60],
     "Return the item and price as JSON.", [
         ("m25", "Return the item and price −25% as JSON.", lambda v: v * 0.75, False),
         ("m25b", "Return the item and price (−25 %) as JSON.", lambda v: v * 0.75, False),
         ("m25c", "Return the item and price - 25% as JSON.", lambda v: v * 0.75, False),
         ("x075", "Return the item and price×0.75 as JSON.", lambda v: v * 0.75, False),
         ("p25", "Return the item and price +25% as JSON.", lambda v: v * 1.25, False),
         ("p25b", "Return the item and price (+25 % VAT) as JSON.", lambda v: v * 1.25, False),
         ("half", "Return the item and price/2 as JSON.", lambda v: v / 2.0, False),
         ("half2", "Return the item and ½ price as JSON.", lambda v: v / 2.0, False),
         ("half3", "Return the item and price (½) as JSON.", lambda v: v / 2.0, True),
     ]),
]
for r156_t, r156_sch, r156_fk, r156_fvs, r156_lab, r156_unit, r156_bvs, r156_bi, r156_vs in r156_SYM:
    r156_k = [k for k in r156_sch["properties"] if k != r156_fk][0]
    for r156_i, (r156_fv, r156_bv) in enumerate(zip(r156_fvs, r156_bvs)):
        r156_text = "%s: %s\n%s: %s%s" % (r156_fk.capitalize(), r156_fv, r156_lab, r156_bv, r156_unit)
        r156_bexp = {r156_fk: r156_fv, r156_k: r156_bv}
        r156_bpr = r156_bi + "\nText:\n" + r156_text
        for r156_vt, r156_vi, r156_fn, r156_arg in r156_vs:
            r156_val = r156_NR if r156_fn is None else r156_num(r156_fn(r156_bv))
            r156_pair("y-%s-%s-%d" % (r156_t, r156_vt, r156_i), "symbol", r156_sch, r156_bpr, r156_bexp,
                      r156_vi + "\nText:\n" + r156_text, {r156_fk: r156_fv, r156_k: r156_val}, arg=r156_arg)
        r156_safe_pair("y-%s-%d" % (r156_t, r156_i), "symbol", r156_sch, r156_bpr, r156_bexp,
                       r156_bi.replace(" as JSON.", " as JSON:") + "\nText:\n" + r156_text)

# equations: the ask in marks only
r156_EQSYM = [
    ("pc", "Solve for {v}: {eq}. Give {v} in %."),
    ("pc2", "Solve for {v} (in %): {eq}."),
    ("pm", "Solve for {v}: {eq}. {v} in ‰."),
    ("sqmm", "Solve for {v} (㎝): {eq}. Give {v} in ㎜."),
    ("eur", "Solve for {v} ($): {eq}. Give {v} in € (1 $ = 0.9 €)."),
    ("p1", "Solve for {v}: {eq}. Give {v}+1."),
    ("x2", "Solve for {v}: {eq}. Give {v}×2."),
    ("pp", "Solve for {v}: {eq}. Give {v}++."),
    ("arr", "Solve for {v}: {eq} → {v}²."),
    ("chk", "Solve for {v}: {eq}. {v} = 5? ✓/✗"),
    ("half", "Solve for {v}: {eq}. Give ½{v}."),
    ("deg", "Solve for {v} (°C): {eq}. Give {v} in ℉."),
]
for r156_i, (r156_eq, r156_v, r156_val) in enumerate(r156_EQS):
    r156_bid = r156_ebase(r156_eq, r156_v, r156_val)
    r156_stale = "%s\n%s = %s" % (r156_eq, r156_v, r156_val)
    for r156_t, r156_tpl in r156_EQSYM:
        r156_pr = r156_tpl.format(eq=r156_eq, v=r156_v)
        r156_vid = r156_id("d156-ev-y%s-%d" % (r156_t, r156_i))
        r156_sid = r156_id("d156-es-y%s-%d" % (r156_t, r156_i))
        E(r156_vid, "r156_eq_symbol", r156_pr, r156_v, r156_NRE, [r156_stale])
        E(r156_sid, "r156_eq_symbol_single", r156_pr, r156_v, r156_NRE, [r156_stale])
        r156_pairs.append((r156_bid, r156_vid))
        r156_singles.append(r156_sid)


# ================================================================ I. batch 3: ASCII marks the instruction check may pass over
r156_PCM = [  # key, label, first key, first vals, base values (fractions of 1)
    ("share", "Share", "fund", ["Alpha Fund", "Beta Fund", "Kappa Fund"], [0.25, 0.4, 0.75]),
    ("discount", "Discount", "item", ["Lamp", "Sofa", "Rug"], [0.1, 0.2, 0.5]),
    ("growth", "Growth", "company", ["Acme", "Nordlys", "Fjord AS"], [0.05, 0.12, 0.3]),
    ("rate", "Rate", "loan", ["L-100", "L-200", "L-300"], [0.04, 0.06, 0.08]),
    ("humidity", "Humidity", "city", ["Oslo", "Bergen", "Tromsø"], [0.62, 0.81, 0.45]),
    ("tax", "Tax", "country", ["Norway", "Sweden", "Denmark"], [0.25, 0.3, 0.22]),
]
r156_PCT = [
    ("a", "Give the {f} and {k} in % as JSON."),
    ("b", "Give the {f} and {k} (%) as JSON."),
    ("c", "Give the {f} and {k}% as JSON."),
    ("d", "Give the {f} and %{k} as JSON."),
    ("e", "Give the {f} and {k} as JSON (%)."),
    ("f", "Give the {f} and {k} as JSON, %."),
    ("g", "Give the {f} and the {k} in % as JSON."),
    ("h", "Give the {f} and {k} [in %] as JSON."),
    ("i", "Give the {f} and {k} as % as JSON."),
    ("j", "% -- give the {f} and {k} as JSON."),
]
for r156_k, r156_lab, r156_fk, r156_fvs, r156_bvs in r156_PCM:
    r156_sch = S({r156_fk: "string", r156_k: "number"})
    for r156_i, (r156_fv, r156_bv) in enumerate(zip(r156_fvs, r156_bvs)):
        r156_text = "%s: %s\n%s: %s" % (r156_fk.capitalize(), r156_fv, r156_lab, r156_bv)
        r156_bexp = {r156_fk: r156_fv, r156_k: r156_bv}
        r156_bpr = "Give the %s and %s as JSON.\nText:\n%s" % (r156_fk, r156_k, r156_text)
        for r156_vt, r156_tpl in r156_PCT:
            r156_pair("z-%s-%s-%d" % (r156_k, r156_vt, r156_i), "pctmark", r156_sch, r156_bpr, r156_bexp,
                      r156_tpl.format(f=r156_fk, k=r156_k) + "\nText:\n" + r156_text,
                      {r156_fk: r156_fv, r156_k: r156_num(r156_bv * 100)})
        r156_safe_pair("z-%s-%d" % (r156_k, r156_i), "pctmark", r156_sch, r156_bpr, r156_bexp,
                       "Give the %s and the %s as JSON.\nText:\n%s" % (r156_fk, r156_k, r156_text))

# dollars asked, euros given with a rate
for r156_i, (r156_it, r156_pv) in enumerate([("Kettle", 40), ("Toaster", 60), ("Blender", 120)]):
    r156_text = "Item: %s\nPrice: %d EUR\nExchange rate: 1 EUR = 1.10 USD" % (r156_it, r156_pv)
    r156_bexp = {"item": r156_it, "price": r156_pv}
    r156_bpr = "Return the item and price as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi in [("d1", "Return the item and price in $ as JSON."),
                             ("d2", "Return the item and price ($) as JSON."),
                             ("d3", "Return the item and $ price as JSON."),
                             ("d4", "Return the item and price as JSON, in $."),
                             ("d5", "Return the item and price [$] as JSON."),
                             ("d6", "Return the item and price as $ as JSON."),
                             ("d7", "Return the item and price$ as JSON.")]:
        r156_pair("z-usd-%s-%d" % (r156_vt, r156_i), "dollarmark", r156_SCH_PR, r156_bpr, r156_bexp,
                  r156_vi + "\nText:\n" + r156_text, {"item": r156_it, "price": r156_num(r156_pv * 1.1)})

# feet / inches by ASCII marks; height given in cm
for r156_i, (r156_n, r156_hv) in enumerate([("Jonas Berg", 182), ("Kari Nes", 167), ("Liv Aas", 175)]):
    r156_text = "Name: %s\nHeight: %d cm" % (r156_n, r156_hv)
    r156_bexp = {"name": r156_n, "height": r156_hv}
    r156_bpr = "Extract the name and height as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi in [("ft1", "Extract the name and height in ' as JSON."),
                             ("ft2", "Extract the name and height (') as JSON."),
                             ("in1", "Extract the name and height in \" as JSON."),
                             ("in2", "Extract the name and height (\") as JSON."),
                             ("in3", "Extract the name and height in '' as JSON.")]:
        r156_pair("z-ft-%s-%d" % (r156_vt, r156_i), "quotemark", r156_SCH_H, r156_bpr, r156_bexp,
                  r156_vi + "\nText:\n" + r156_text, {"name": r156_n, "height": r156_NR}, arg=r156_vt != "in1")

# ++ / -- / ~ / ^ / # marks on a number member
r156_SCH_FL = S({"name": "string", "floor": "integer"})
r156_SCH_CT = S({"item": "string", "count": "integer"})
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_text = "Name: %s\nAge: %d" % (r156_n, r156_a)
    r156_b = {"name": r156_n, "age": r156_a}
    r156_bpr = "Return the name and age as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi, r156_val, r156_arg in [
        ("pp1", "Return the name and age++ as JSON.", r156_a + 1, True),
        ("pp2", "Return the name and ++age as JSON.", r156_a + 1, True),
        ("mm1", "Return the name and age-- as JSON.", r156_a - 1, True),
        ("mm2", "Return the name and --age as JSON.", r156_a - 1, True),
        ("pp3", "Return the name and (age)++ as JSON.", r156_a + 1, True),
        ("neg", "Return the name and -age as JSON.", -r156_a, True),
        ("neg2", "Return the name and (-age) as JSON.", -r156_a, True),
        ("til", "Return the name and ~age as JSON.", r156_NR, True),
        ("sq", "Return the name and age^^ as JSON.", r156_NR, True),
    ]:
        r156_pair("z-ag-%s-%d" % (r156_vt, r156_i), "plusmark", r156_SCH_A, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"name": r156_n, "age": r156_val}, arg=r156_arg)
    r156_text = "Name: %s\nFloor: %d" % (r156_n, r156_a // 4)
    r156_b = {"name": r156_n, "floor": r156_a // 4}
    r156_bpr = "Return the name and floor as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi, r156_val in [("pp", "Return the name and floor++ as JSON.", r156_a // 4 + 1),
                                       ("mm", "Return the name and floor-- as JSON.", r156_a // 4 - 1)]:
        r156_pair("z-fl-%s-%d" % (r156_vt, r156_i), "plusmark", r156_SCH_FL, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"name": r156_n, "floor": r156_val}, arg=True)


# ================================================================ J. batch 4: corrections written in marks on the next line
r156_MK = [
    ("sed", "Age: {a}\ns/{a}/{b}/", False),
    ("sed2", "Age: {a}\ns/{a}/{b}", False),
    ("star", "Age: {a}\n*{b}", True),
    ("star2", "Age: {a}\n* {b}", True),
    ("arrow", "Age: {a}\n-> {b}", True),
    ("arrow2", "Age: {a}\n=> {b}", True),
    ("gt", "Age: {a}\n>> {b}", True),
    ("caret", "Age: {a}\n^ {b}", True),
    ("dash", "Age: {a} -> {b}", False),
    ("dash2", "Age: {a} => {b}", False),
    ("slash", "Age: {a}/{b}", True),
    ("sedl", "Age: {a}\n\ns/{a}/{b}/", False),
    ("sedg", "Name: {n}\nAge: {a}\ns/Age: {a}/Age: {b}/", False),
    ("diff", "Age: {a}\n-Age: {a}\n+Age: {b}", False),
    ("diff2", "-Age: {a}\n+Age: {b}", False),
]
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_text = "Name: %s\nAge: %d" % (r156_n, r156_a)
    r156_b = {"name": r156_n, "age": r156_a}
    r156_bpr = "Return the name and age as JSON.\nText:\n" + r156_text
    for r156_vt, r156_tpl, r156_arg in r156_MK:
        r156_body = r156_tpl.format(a=r156_a, b=r156_a2, n=r156_n)
        r156_vtext = r156_body if r156_body.startswith("Name:") else "Name: %s\n%s" % (r156_n, r156_body)
        r156_pair("x-%s-%d" % (r156_vt, r156_i), "markcorr", r156_SCH_A, r156_bpr, r156_b,
                  "Return the name and age as JSON.\nText:\n" + r156_vtext, {"name": r156_n, "age": r156_a2},
                  arg=r156_arg)
    # city by marks
    r156_textc = "Name: %s\nCity: %s" % (r156_n, r156_c)
    r156_bc = {"name": r156_n, "city": r156_c}
    r156_bprc = "Return the name and city as JSON.\nText:\n" + r156_textc
    for r156_vt, r156_tpl, r156_arg in [("sed", "City: {a}\ns/{a}/{b}/", False), ("star", "City: {a}\n*{b}", True),
                                        ("diff", "-City: {a}\n+City: {b}", False),
                                        ("dash", "City: {a} -> {b}", False)]:
        r156_pair("x-c%s-%d" % (r156_vt, r156_i), "markcorr", r156_SCH_N, r156_bprc, r156_bc,
                  "Return the name and city as JSON.\nText:\nName: %s\n%s" % (r156_n, r156_tpl.format(a=r156_c, b=r156_c2)),
                  {"name": r156_n, "city": r156_c2}, arg=r156_arg)


# ================================================================ K. batch 5: format / rounding asked in marks
for r156_i, (r156_ev, r156_d, r156_m, r156_y) in enumerate([("Board meeting", 5, 3, 2024), ("Launch", 17, 9, 2025),
                                                            ("Audit", 2, 11, 2024)]):
    r156_ds = "%d %s %d" % (r156_d, r156_MON[r156_m - 1], r156_y)
    r156_text = "Event: %s\nDate: %s" % (r156_ev, r156_ds)
    r156_b = {"event": r156_ev, "date": r156_ds}
    r156_bpr = "Return the event and date as JSON.\nText:\n" + r156_text
    r156_iso = "%04d-%02d-%02d" % (r156_y, r156_m, r156_d)
    for r156_vt, r156_vi, r156_val in [
        ("sf1", "Return the event and date (%Y-%m-%d) as JSON.", r156_iso),
        ("sf2", "Return the event and date as %Y-%m-%d as JSON.", r156_iso),
        ("sf3", "Return the event and date as JSON, date %d/%m/%Y.", "%02d/%02d/%04d" % (r156_d, r156_m, r156_y)),
        ("sf4", "Return the event and date (%Y) as JSON.", str(r156_y)),
        ("sf5", "Return the event and date as JSON (%F).", r156_iso),
        ("dash", "Return the event and date (----/--/--) as JSON.", "%04d/%02d/%02d" % (r156_y, r156_m, r156_d)),
        ("hash", "Return the event and date (####-##-##) as JSON.", r156_iso),
    ]:
        r156_pair("k5-%s-%d" % (r156_vt, r156_i), "datemark", r156_SCH_D, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"event": r156_ev, "date": r156_val},
                  arg=r156_vt in ("dash", "hash", "sf5"))
for r156_i, (r156_it, r156_pv) in enumerate([("Lamp", 47.6), ("Chair", 123.4), ("Desk", 86.5), ("Shelf", 251.8)]):
    r156_text = "Item: %s\nPrice: %s" % (r156_it, r156_pv)
    r156_b = {"item": r156_it, "price": r156_pv}
    r156_bpr = "Return the item and price as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi in [("til", "Return the item and ~price as JSON."),
                             ("til2", "Return the item and price (~) as JSON."),
                             ("til3", "Return the item and price ~ as JSON."),
                             ("hash", "Return the item and price (#.#) as JSON."),
                             ("hash2", "Return the item and price as ### as JSON.")]:
        r156_pair("k5r-%s-%d" % (r156_vt, r156_i), "roundmark", r156_SCH_P2, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"item": r156_it, "price": r156_NR}, arg=True)
    # percent of a price (tip / share of price) asked with %
for r156_i, (r156_n, r156_a, r156_a2, r156_c, r156_c2) in enumerate(r156_PEOPLE):
    r156_text = "Name: %s\nAge: %d" % (r156_n, r156_a)
    r156_b = {"name": r156_n, "age": r156_a}
    r156_bpr = "Return the name and age as JSON.\nText:\n" + r156_text
    for r156_vt, r156_vi, r156_val in [("pl", "Return the name and age + + as JSON.", r156_NR),
                                       ("pe", "Return the name and age += as JSON.", r156_NR),
                                       ("mi", "Return the name and -(age) as JSON.", -r156_a),
                                       ("pct", "Return the name and age % as JSON.", r156_NR)]:
        r156_pair("k5-ag-%s-%d" % (r156_vt, r156_i), "plusmark", r156_SCH_A, r156_bpr, r156_b,
                  r156_vi + "\nText:\n" + r156_text, {"name": r156_n, "age": r156_val}, arg=True)


# Trimmed for ctest (probe_kit.sample_round), stop 36: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 1-th safe probe and every 6-th of the rest.
from probe_kit import sample_round as r156_sample_round  # noqa: E402
r156_found_alone = {
    'd156-b-f-pct3-0', 'd156-b-f-pct3-1', 'd156-b-k5-ag-pct-0', 'd156-b-k5-ag-pct-1', 'd156-b-k5-ag-pct-2',
    'd156-b-k5-ag-pct-3', 'd156-b-k5-ag-pl-0', 'd156-b-k5-ag-pl-1', 'd156-b-k5-ag-pl-2', 'd156-b-k5-ag-pl-3',
    'd156-b-k5-dash-0', 'd156-b-k5-dash-1', 'd156-b-k5-dash-2', 'd156-b-k5-hash-0', 'd156-b-k5-hash-1',
    'd156-b-k5-hash-2', 'd156-b-k5r-hash-0', 'd156-b-k5r-hash-1', 'd156-b-k5r-hash-2', 'd156-b-k5r-hash-3',
    'd156-b-k5r-hash2-0', 'd156-b-k5r-hash2-1', 'd156-b-k5r-hash2-2', 'd156-b-k5r-hash2-3', 'd156-b-k5r-til-0',
    'd156-b-k5r-til-1', 'd156-b-k5r-til-2', 'd156-b-k5r-til-3', 'd156-b-k5r-til2-0', 'd156-b-k5r-til2-1',
    'd156-b-k5r-til2-2', 'd156-b-k5r-til2-3', 'd156-b-k5r-til3-0', 'd156-b-k5r-til3-1', 'd156-b-k5r-til3-2',
    'd156-b-k5r-til3-3', 'd156-b-p-disc5-0', 'd156-b-p-disc5-1', 'd156-b-p-disc5-2', 'd156-b-y-ag-pp-0',
    'd156-b-y-ag-pp-1', 'd156-b-y-ag-pp-2', 'd156-b-y-sh-pc1-0', 'd156-b-y-sh-pc1-1', 'd156-b-y-sh-pc1-2',
    'd156-b-y-sh-pc13-0', 'd156-b-y-sh-pc13-1', 'd156-b-y-sh-pc13-2', 'd156-b-y-sh-pc14-0', 'd156-b-y-sh-pc14-1',
    'd156-b-y-sh-pc14-2', 'd156-b-y-sh-pc16-0', 'd156-b-y-sh-pc16-1', 'd156-b-y-sh-pc16-2', 'd156-b-y-sh-pc17-0',
    'd156-b-y-sh-pc17-1', 'd156-b-y-sh-pc17-2', 'd156-b-y-sh-pc2-0', 'd156-b-y-sh-pc2-1', 'd156-b-y-sh-pc2-2',
    'd156-b-y-sh-pc3-0', 'd156-b-y-sh-pc3-1', 'd156-b-y-sh-pc3-2', 'd156-b-y-sh-pc4-0', 'd156-b-y-sh-pc4-1',
    'd156-b-y-sh-pc4-2', 'd156-b-y-sh-pc5-0', 'd156-b-y-sh-pc5-1', 'd156-b-y-sh-pc5-2', 'd156-b-y-sh-pc6-0',
    'd156-b-y-sh-pc6-1', 'd156-b-y-sh-pc6-2', 'd156-b-z-ag-mm1-0', 'd156-b-z-ag-mm1-1', 'd156-b-z-ag-mm1-2',
    'd156-b-z-ag-mm1-3', 'd156-b-z-ag-mm2-0', 'd156-b-z-ag-mm2-1', 'd156-b-z-ag-mm2-2', 'd156-b-z-ag-mm2-3',
    'd156-b-z-ag-neg-0', 'd156-b-z-ag-neg-1', 'd156-b-z-ag-neg-2', 'd156-b-z-ag-neg-3', 'd156-b-z-ag-pp1-0',
    'd156-b-z-ag-pp1-1', 'd156-b-z-ag-pp1-2', 'd156-b-z-ag-pp1-3', 'd156-b-z-ag-pp2-0', 'd156-b-z-ag-pp2-1',
    'd156-b-z-ag-pp2-2', 'd156-b-z-ag-pp2-3', 'd156-b-z-ag-sq-0', 'd156-b-z-ag-sq-1', 'd156-b-z-ag-sq-2',
    'd156-b-z-ag-sq-3', 'd156-b-z-ag-til-0', 'd156-b-z-ag-til-1', 'd156-b-z-ag-til-2', 'd156-b-z-ag-til-3',
    'd156-b-z-discount-a-0', 'd156-b-z-discount-a-1', 'd156-b-z-discount-a-2', 'd156-b-z-discount-b-0',
    'd156-b-z-discount-b-1', 'd156-b-z-discount-b-2', 'd156-b-z-discount-c-0', 'd156-b-z-discount-c-1',
    'd156-b-z-discount-c-2', 'd156-b-z-discount-d-0', 'd156-b-z-discount-d-1', 'd156-b-z-discount-d-2',
    'd156-b-z-discount-e-0', 'd156-b-z-discount-e-1', 'd156-b-z-discount-e-2', 'd156-b-z-discount-f-0',
    'd156-b-z-discount-f-1', 'd156-b-z-discount-f-2', 'd156-b-z-discount-g-0', 'd156-b-z-discount-g-1',
    'd156-b-z-discount-g-2', 'd156-b-z-discount-h-0', 'd156-b-z-discount-h-1', 'd156-b-z-discount-h-2',
    'd156-b-z-discount-i-0', 'd156-b-z-discount-i-1', 'd156-b-z-discount-i-2', 'd156-b-z-discount-j-0',
    'd156-b-z-discount-j-1', 'd156-b-z-discount-j-2', 'd156-b-z-fl-mm-0', 'd156-b-z-fl-mm-1', 'd156-b-z-fl-mm-2',
    'd156-b-z-fl-mm-3', 'd156-b-z-fl-pp-0', 'd156-b-z-fl-pp-1', 'd156-b-z-fl-pp-2', 'd156-b-z-fl-pp-3',
    'd156-b-z-ft-ft1-0', 'd156-b-z-ft-ft1-1', 'd156-b-z-ft-ft1-2', 'd156-b-z-ft-ft2-0', 'd156-b-z-ft-ft2-1',
    'd156-b-z-ft-ft2-2', 'd156-b-z-ft-in1-0', 'd156-b-z-ft-in1-1', 'd156-b-z-ft-in1-2', 'd156-b-z-ft-in2-0',
    'd156-b-z-ft-in2-1', 'd156-b-z-ft-in2-2', 'd156-b-z-ft-in3-0', 'd156-b-z-ft-in3-1', 'd156-b-z-ft-in3-2',
    'd156-b-z-growth-a-0', 'd156-b-z-growth-a-1', 'd156-b-z-growth-a-2', 'd156-b-z-growth-b-0',
    'd156-b-z-growth-b-1', 'd156-b-z-growth-b-2', 'd156-b-z-growth-c-0', 'd156-b-z-growth-c-1',
    'd156-b-z-growth-c-2', 'd156-b-z-growth-d-0', 'd156-b-z-growth-d-1', 'd156-b-z-growth-d-2',
    'd156-b-z-growth-e-0', 'd156-b-z-growth-e-1', 'd156-b-z-growth-e-2', 'd156-b-z-growth-f-0',
    'd156-b-z-growth-f-1', 'd156-b-z-growth-f-2', 'd156-b-z-growth-g-0', 'd156-b-z-growth-g-1',
    'd156-b-z-growth-g-2', 'd156-b-z-growth-h-0', 'd156-b-z-growth-h-1', 'd156-b-z-growth-h-2',
    'd156-b-z-growth-i-0', 'd156-b-z-growth-i-1', 'd156-b-z-growth-i-2', 'd156-b-z-growth-j-0',
    'd156-b-z-growth-j-1', 'd156-b-z-growth-j-2', 'd156-b-z-humidity-a-0', 'd156-b-z-humidity-a-1',
    'd156-b-z-humidity-a-2', 'd156-b-z-humidity-b-0', 'd156-b-z-humidity-b-1', 'd156-b-z-humidity-b-2',
    'd156-b-z-humidity-c-0', 'd156-b-z-humidity-c-1', 'd156-b-z-humidity-c-2', 'd156-b-z-humidity-d-0',
    'd156-b-z-humidity-d-1', 'd156-b-z-humidity-d-2', 'd156-b-z-humidity-e-0', 'd156-b-z-humidity-e-1',
    'd156-b-z-humidity-e-2', 'd156-b-z-humidity-f-0', 'd156-b-z-humidity-f-1', 'd156-b-z-humidity-f-2',
    'd156-b-z-humidity-g-0', 'd156-b-z-humidity-g-1', 'd156-b-z-humidity-g-2', 'd156-b-z-humidity-h-0',
    'd156-b-z-humidity-h-1', 'd156-b-z-humidity-h-2', 'd156-b-z-humidity-i-0', 'd156-b-z-humidity-i-1',
    'd156-b-z-humidity-i-2', 'd156-b-z-humidity-j-0', 'd156-b-z-humidity-j-1', 'd156-b-z-humidity-j-2',
    'd156-b-z-rate-a-0', 'd156-b-z-rate-a-1', 'd156-b-z-rate-a-2', 'd156-b-z-rate-b-0', 'd156-b-z-rate-b-1',
    'd156-b-z-rate-b-2', 'd156-b-z-rate-c-0', 'd156-b-z-rate-c-1', 'd156-b-z-rate-c-2', 'd156-b-z-rate-d-0',
    'd156-b-z-rate-d-1', 'd156-b-z-rate-d-2', 'd156-b-z-rate-e-0', 'd156-b-z-rate-e-1', 'd156-b-z-rate-e-2',
    'd156-b-z-rate-f-0', 'd156-b-z-rate-f-1', 'd156-b-z-rate-f-2', 'd156-b-z-rate-g-0', 'd156-b-z-rate-g-1',
    'd156-b-z-rate-g-2', 'd156-b-z-rate-h-0', 'd156-b-z-rate-h-1', 'd156-b-z-rate-h-2', 'd156-b-z-rate-i-0',
    'd156-b-z-rate-i-1', 'd156-b-z-rate-i-2', 'd156-b-z-rate-j-0', 'd156-b-z-rate-j-1', 'd156-b-z-rate-j-2',
    'd156-b-z-share-a-0', 'd156-b-z-share-a-1', 'd156-b-z-share-a-2', 'd156-b-z-share-b-0', 'd156-b-z-share-b-1',
    'd156-b-z-share-b-2', 'd156-b-z-share-c-0', 'd156-b-z-share-c-1', 'd156-b-z-share-c-2', 'd156-b-z-share-d-0',
    'd156-b-z-share-d-1', 'd156-b-z-share-d-2', 'd156-b-z-share-e-0', 'd156-b-z-share-e-1', 'd156-b-z-share-e-2',
    'd156-b-z-share-f-0', 'd156-b-z-share-f-1', 'd156-b-z-share-f-2', 'd156-b-z-share-g-0', 'd156-b-z-share-g-1',
    'd156-b-z-share-g-2', 'd156-b-z-share-h-0', 'd156-b-z-share-h-1', 'd156-b-z-share-h-2', 'd156-b-z-share-i-0',
    'd156-b-z-share-i-1', 'd156-b-z-share-i-2', 'd156-b-z-share-j-0', 'd156-b-z-share-j-1', 'd156-b-z-share-j-2',
    'd156-b-z-tax-a-0', 'd156-b-z-tax-a-1', 'd156-b-z-tax-a-2', 'd156-b-z-tax-b-0', 'd156-b-z-tax-b-1',
    'd156-b-z-tax-b-2', 'd156-b-z-tax-c-0', 'd156-b-z-tax-c-1', 'd156-b-z-tax-c-2', 'd156-b-z-tax-d-0',
    'd156-b-z-tax-d-1', 'd156-b-z-tax-d-2', 'd156-b-z-tax-e-0', 'd156-b-z-tax-e-1', 'd156-b-z-tax-e-2',
    'd156-b-z-tax-f-0', 'd156-b-z-tax-f-1', 'd156-b-z-tax-f-2', 'd156-b-z-tax-g-0', 'd156-b-z-tax-g-1',
    'd156-b-z-tax-g-2', 'd156-b-z-tax-h-0', 'd156-b-z-tax-h-1', 'd156-b-z-tax-h-2', 'd156-b-z-tax-i-0',
    'd156-b-z-tax-i-1', 'd156-b-z-tax-i-2', 'd156-b-z-tax-j-0', 'd156-b-z-tax-j-1', 'd156-b-z-tax-j-2',
    'd156-s-f-pct3-0', 'd156-s-f-pct3-1', 'd156-s-k5-ag-pct-0', 'd156-s-k5-ag-pct-1', 'd156-s-k5-ag-pct-2',
    'd156-s-k5-ag-pct-3', 'd156-s-k5-ag-pl-0', 'd156-s-k5-ag-pl-1', 'd156-s-k5-ag-pl-2', 'd156-s-k5-ag-pl-3',
    'd156-s-k5-dash-0', 'd156-s-k5-dash-1', 'd156-s-k5-dash-2', 'd156-s-k5-hash-0', 'd156-s-k5-hash-1',
    'd156-s-k5-hash-2', 'd156-s-k5r-hash-0', 'd156-s-k5r-hash-1', 'd156-s-k5r-hash-2', 'd156-s-k5r-hash-3',
    'd156-s-k5r-hash2-0', 'd156-s-k5r-hash2-1', 'd156-s-k5r-hash2-2', 'd156-s-k5r-hash2-3', 'd156-s-k5r-til-0',
    'd156-s-k5r-til-1', 'd156-s-k5r-til-2', 'd156-s-k5r-til-3', 'd156-s-k5r-til2-0', 'd156-s-k5r-til2-1',
    'd156-s-k5r-til2-2', 'd156-s-k5r-til2-3', 'd156-s-k5r-til3-0', 'd156-s-k5r-til3-1', 'd156-s-k5r-til3-2',
    'd156-s-k5r-til3-3', 'd156-s-p-disc5-0', 'd156-s-p-disc5-1', 'd156-s-p-disc5-2', 'd156-s-y-ag-pp-0',
    'd156-s-y-ag-pp-1', 'd156-s-y-ag-pp-2', 'd156-s-y-sh-pc1-0', 'd156-s-y-sh-pc1-1', 'd156-s-y-sh-pc1-2',
    'd156-s-y-sh-pc13-0', 'd156-s-y-sh-pc13-1', 'd156-s-y-sh-pc13-2', 'd156-s-y-sh-pc14-0', 'd156-s-y-sh-pc14-1',
    'd156-s-y-sh-pc14-2', 'd156-s-y-sh-pc16-0', 'd156-s-y-sh-pc16-1', 'd156-s-y-sh-pc16-2', 'd156-s-y-sh-pc17-0',
    'd156-s-y-sh-pc17-1', 'd156-s-y-sh-pc17-2', 'd156-s-y-sh-pc2-0', 'd156-s-y-sh-pc2-1', 'd156-s-y-sh-pc2-2',
    'd156-s-y-sh-pc3-0', 'd156-s-y-sh-pc3-1', 'd156-s-y-sh-pc3-2', 'd156-s-y-sh-pc4-0', 'd156-s-y-sh-pc4-1',
    'd156-s-y-sh-pc4-2', 'd156-s-y-sh-pc5-0', 'd156-s-y-sh-pc5-1', 'd156-s-y-sh-pc5-2', 'd156-s-y-sh-pc6-0',
    'd156-s-y-sh-pc6-1', 'd156-s-y-sh-pc6-2', 'd156-s-z-ag-mm1-0', 'd156-s-z-ag-mm1-1', 'd156-s-z-ag-mm1-2',
    'd156-s-z-ag-mm1-3', 'd156-s-z-ag-mm2-0', 'd156-s-z-ag-mm2-1', 'd156-s-z-ag-mm2-2', 'd156-s-z-ag-mm2-3',
    'd156-s-z-ag-neg-0', 'd156-s-z-ag-neg-1', 'd156-s-z-ag-neg-2', 'd156-s-z-ag-neg-3', 'd156-s-z-ag-pp1-0',
    'd156-s-z-ag-pp1-1', 'd156-s-z-ag-pp1-2', 'd156-s-z-ag-pp1-3', 'd156-s-z-ag-pp2-0', 'd156-s-z-ag-pp2-1',
    'd156-s-z-ag-pp2-2', 'd156-s-z-ag-pp2-3', 'd156-s-z-ag-sq-0', 'd156-s-z-ag-sq-1', 'd156-s-z-ag-sq-2',
    'd156-s-z-ag-sq-3', 'd156-s-z-ag-til-0', 'd156-s-z-ag-til-1', 'd156-s-z-ag-til-2', 'd156-s-z-ag-til-3',
    'd156-s-z-discount-a-0', 'd156-s-z-discount-a-1', 'd156-s-z-discount-a-2', 'd156-s-z-discount-b-0',
    'd156-s-z-discount-b-1', 'd156-s-z-discount-b-2', 'd156-s-z-discount-c-0', 'd156-s-z-discount-c-1',
    'd156-s-z-discount-c-2', 'd156-s-z-discount-d-0', 'd156-s-z-discount-d-1', 'd156-s-z-discount-d-2',
    'd156-s-z-discount-e-0', 'd156-s-z-discount-e-1', 'd156-s-z-discount-e-2', 'd156-s-z-discount-f-0',
    'd156-s-z-discount-f-1', 'd156-s-z-discount-f-2', 'd156-s-z-discount-g-0', 'd156-s-z-discount-g-1',
    'd156-s-z-discount-g-2', 'd156-s-z-discount-h-0', 'd156-s-z-discount-h-1', 'd156-s-z-discount-h-2',
    'd156-s-z-discount-i-0', 'd156-s-z-discount-i-1', 'd156-s-z-discount-i-2', 'd156-s-z-discount-j-0',
    'd156-s-z-discount-j-1', 'd156-s-z-discount-j-2', 'd156-s-z-fl-mm-0', 'd156-s-z-fl-mm-1', 'd156-s-z-fl-mm-2',
    'd156-s-z-fl-mm-3', 'd156-s-z-fl-pp-0', 'd156-s-z-fl-pp-1', 'd156-s-z-fl-pp-2', 'd156-s-z-fl-pp-3',
    'd156-s-z-ft-ft1-0', 'd156-s-z-ft-ft1-1', 'd156-s-z-ft-ft1-2', 'd156-s-z-ft-ft2-0', 'd156-s-z-ft-ft2-1',
    'd156-s-z-ft-ft2-2', 'd156-s-z-ft-in1-0', 'd156-s-z-ft-in1-1', 'd156-s-z-ft-in1-2', 'd156-s-z-ft-in2-0',
    'd156-s-z-ft-in2-1', 'd156-s-z-ft-in2-2', 'd156-s-z-ft-in3-0', 'd156-s-z-ft-in3-1', 'd156-s-z-ft-in3-2',
    'd156-s-z-growth-a-0', 'd156-s-z-growth-a-1', 'd156-s-z-growth-a-2', 'd156-s-z-growth-b-0',
    'd156-s-z-growth-b-1', 'd156-s-z-growth-b-2', 'd156-s-z-growth-c-0', 'd156-s-z-growth-c-1',
    'd156-s-z-growth-c-2', 'd156-s-z-growth-d-0', 'd156-s-z-growth-d-1', 'd156-s-z-growth-d-2',
    'd156-s-z-growth-e-0', 'd156-s-z-growth-e-1', 'd156-s-z-growth-e-2', 'd156-s-z-growth-f-0',
    'd156-s-z-growth-f-1', 'd156-s-z-growth-f-2', 'd156-s-z-growth-g-0', 'd156-s-z-growth-g-1',
    'd156-s-z-growth-g-2', 'd156-s-z-growth-h-0', 'd156-s-z-growth-h-1', 'd156-s-z-growth-h-2',
    'd156-s-z-growth-i-0', 'd156-s-z-growth-i-1', 'd156-s-z-growth-i-2', 'd156-s-z-growth-j-0',
    'd156-s-z-growth-j-1', 'd156-s-z-growth-j-2', 'd156-s-z-humidity-a-0', 'd156-s-z-humidity-a-1',
    'd156-s-z-humidity-a-2', 'd156-s-z-humidity-b-0', 'd156-s-z-humidity-b-1', 'd156-s-z-humidity-b-2',
    'd156-s-z-humidity-c-0', 'd156-s-z-humidity-c-1', 'd156-s-z-humidity-c-2', 'd156-s-z-humidity-d-0',
    'd156-s-z-humidity-d-1', 'd156-s-z-humidity-d-2', 'd156-s-z-humidity-e-0', 'd156-s-z-humidity-e-1',
    'd156-s-z-humidity-e-2', 'd156-s-z-humidity-f-0', 'd156-s-z-humidity-f-1', 'd156-s-z-humidity-f-2',
    'd156-s-z-humidity-g-0', 'd156-s-z-humidity-g-1', 'd156-s-z-humidity-g-2', 'd156-s-z-humidity-h-0',
    'd156-s-z-humidity-h-1', 'd156-s-z-humidity-h-2', 'd156-s-z-humidity-i-0', 'd156-s-z-humidity-i-1',
    'd156-s-z-humidity-i-2', 'd156-s-z-humidity-j-0', 'd156-s-z-humidity-j-1', 'd156-s-z-humidity-j-2',
    'd156-s-z-rate-a-0', 'd156-s-z-rate-a-1', 'd156-s-z-rate-a-2', 'd156-s-z-rate-b-0', 'd156-s-z-rate-b-1',
    'd156-s-z-rate-b-2', 'd156-s-z-rate-c-0', 'd156-s-z-rate-c-1', 'd156-s-z-rate-c-2', 'd156-s-z-rate-d-0',
    'd156-s-z-rate-d-1', 'd156-s-z-rate-d-2', 'd156-s-z-rate-e-0', 'd156-s-z-rate-e-1', 'd156-s-z-rate-e-2',
    'd156-s-z-rate-f-0', 'd156-s-z-rate-f-1', 'd156-s-z-rate-f-2', 'd156-s-z-rate-g-0', 'd156-s-z-rate-g-1',
    'd156-s-z-rate-g-2', 'd156-s-z-rate-h-0', 'd156-s-z-rate-h-1', 'd156-s-z-rate-h-2', 'd156-s-z-rate-i-0',
    'd156-s-z-rate-i-1', 'd156-s-z-rate-i-2', 'd156-s-z-rate-j-0', 'd156-s-z-rate-j-1', 'd156-s-z-rate-j-2',
    'd156-s-z-share-a-0', 'd156-s-z-share-a-1', 'd156-s-z-share-a-2', 'd156-s-z-share-b-0', 'd156-s-z-share-b-1',
    'd156-s-z-share-b-2', 'd156-s-z-share-c-0', 'd156-s-z-share-c-1', 'd156-s-z-share-c-2', 'd156-s-z-share-d-0',
    'd156-s-z-share-d-1', 'd156-s-z-share-d-2', 'd156-s-z-share-e-0', 'd156-s-z-share-e-1', 'd156-s-z-share-e-2',
    'd156-s-z-share-f-0', 'd156-s-z-share-f-1', 'd156-s-z-share-f-2', 'd156-s-z-share-g-0', 'd156-s-z-share-g-1',
    'd156-s-z-share-g-2', 'd156-s-z-share-h-0', 'd156-s-z-share-h-1', 'd156-s-z-share-h-2', 'd156-s-z-share-i-0',
    'd156-s-z-share-i-1', 'd156-s-z-share-i-2', 'd156-s-z-share-j-0', 'd156-s-z-share-j-1', 'd156-s-z-share-j-2',
    'd156-s-z-tax-a-0', 'd156-s-z-tax-a-1', 'd156-s-z-tax-a-2', 'd156-s-z-tax-b-0', 'd156-s-z-tax-b-1',
    'd156-s-z-tax-b-2', 'd156-s-z-tax-c-0', 'd156-s-z-tax-c-1', 'd156-s-z-tax-c-2', 'd156-s-z-tax-d-0',
    'd156-s-z-tax-d-1', 'd156-s-z-tax-d-2', 'd156-s-z-tax-e-0', 'd156-s-z-tax-e-1', 'd156-s-z-tax-e-2',
    'd156-s-z-tax-f-0', 'd156-s-z-tax-f-1', 'd156-s-z-tax-f-2', 'd156-s-z-tax-g-0', 'd156-s-z-tax-g-1',
    'd156-s-z-tax-g-2', 'd156-s-z-tax-h-0', 'd156-s-z-tax-h-1', 'd156-s-z-tax-h-2', 'd156-s-z-tax-i-0',
    'd156-s-z-tax-i-1', 'd156-s-z-tax-i-2', 'd156-s-z-tax-j-0', 'd156-s-z-tax-j-1', 'd156-s-z-tax-j-2',
    'd156-v-f-pct3-0', 'd156-v-f-pct3-1', 'd156-v-k5-ag-pct-0', 'd156-v-k5-ag-pct-1', 'd156-v-k5-ag-pct-2',
    'd156-v-k5-ag-pct-3', 'd156-v-k5-ag-pl-0', 'd156-v-k5-ag-pl-1', 'd156-v-k5-ag-pl-2', 'd156-v-k5-ag-pl-3',
    'd156-v-k5-dash-0', 'd156-v-k5-dash-1', 'd156-v-k5-dash-2', 'd156-v-k5-hash-0', 'd156-v-k5-hash-1',
    'd156-v-k5-hash-2', 'd156-v-k5r-hash-0', 'd156-v-k5r-hash-1', 'd156-v-k5r-hash-2', 'd156-v-k5r-hash-3',
    'd156-v-k5r-hash2-0', 'd156-v-k5r-hash2-1', 'd156-v-k5r-hash2-2', 'd156-v-k5r-hash2-3', 'd156-v-k5r-til-0',
    'd156-v-k5r-til-1', 'd156-v-k5r-til-2', 'd156-v-k5r-til-3', 'd156-v-k5r-til2-0', 'd156-v-k5r-til2-1',
    'd156-v-k5r-til2-2', 'd156-v-k5r-til2-3', 'd156-v-k5r-til3-0', 'd156-v-k5r-til3-1', 'd156-v-k5r-til3-2',
    'd156-v-k5r-til3-3', 'd156-v-p-disc5-0', 'd156-v-p-disc5-1', 'd156-v-p-disc5-2', 'd156-v-y-ag-pp-0',
    'd156-v-y-ag-pp-1', 'd156-v-y-ag-pp-2', 'd156-v-y-sh-pc1-0', 'd156-v-y-sh-pc1-1', 'd156-v-y-sh-pc1-2',
    'd156-v-y-sh-pc13-0', 'd156-v-y-sh-pc13-1', 'd156-v-y-sh-pc13-2', 'd156-v-y-sh-pc14-0', 'd156-v-y-sh-pc14-1',
    'd156-v-y-sh-pc14-2', 'd156-v-y-sh-pc16-0', 'd156-v-y-sh-pc16-1', 'd156-v-y-sh-pc16-2', 'd156-v-y-sh-pc17-0',
    'd156-v-y-sh-pc17-1', 'd156-v-y-sh-pc17-2', 'd156-v-y-sh-pc2-0', 'd156-v-y-sh-pc2-1', 'd156-v-y-sh-pc2-2',
    'd156-v-y-sh-pc3-0', 'd156-v-y-sh-pc3-1', 'd156-v-y-sh-pc3-2', 'd156-v-y-sh-pc4-0', 'd156-v-y-sh-pc4-1',
    'd156-v-y-sh-pc4-2', 'd156-v-y-sh-pc5-0', 'd156-v-y-sh-pc5-1', 'd156-v-y-sh-pc5-2', 'd156-v-y-sh-pc6-0',
    'd156-v-y-sh-pc6-1', 'd156-v-y-sh-pc6-2', 'd156-v-z-ag-mm1-0', 'd156-v-z-ag-mm1-1', 'd156-v-z-ag-mm1-2',
    'd156-v-z-ag-mm1-3', 'd156-v-z-ag-mm2-0', 'd156-v-z-ag-mm2-1', 'd156-v-z-ag-mm2-2', 'd156-v-z-ag-mm2-3',
    'd156-v-z-ag-neg-0', 'd156-v-z-ag-neg-1', 'd156-v-z-ag-neg-2', 'd156-v-z-ag-neg-3', 'd156-v-z-ag-pp1-0',
    'd156-v-z-ag-pp1-1', 'd156-v-z-ag-pp1-2', 'd156-v-z-ag-pp1-3', 'd156-v-z-ag-pp2-0', 'd156-v-z-ag-pp2-1',
    'd156-v-z-ag-pp2-2', 'd156-v-z-ag-pp2-3', 'd156-v-z-ag-sq-0', 'd156-v-z-ag-sq-1', 'd156-v-z-ag-sq-2',
    'd156-v-z-ag-sq-3', 'd156-v-z-ag-til-0', 'd156-v-z-ag-til-1', 'd156-v-z-ag-til-2', 'd156-v-z-ag-til-3',
    'd156-v-z-discount-a-0', 'd156-v-z-discount-a-1', 'd156-v-z-discount-a-2', 'd156-v-z-discount-b-0',
    'd156-v-z-discount-b-1', 'd156-v-z-discount-b-2', 'd156-v-z-discount-c-0', 'd156-v-z-discount-c-1',
    'd156-v-z-discount-c-2', 'd156-v-z-discount-d-0', 'd156-v-z-discount-d-1', 'd156-v-z-discount-d-2',
    'd156-v-z-discount-e-0', 'd156-v-z-discount-e-1', 'd156-v-z-discount-e-2', 'd156-v-z-discount-f-0',
    'd156-v-z-discount-f-1', 'd156-v-z-discount-f-2', 'd156-v-z-discount-g-0', 'd156-v-z-discount-g-1',
    'd156-v-z-discount-g-2', 'd156-v-z-discount-h-0', 'd156-v-z-discount-h-1', 'd156-v-z-discount-h-2',
    'd156-v-z-discount-i-0', 'd156-v-z-discount-i-1', 'd156-v-z-discount-i-2', 'd156-v-z-discount-j-0',
    'd156-v-z-discount-j-1', 'd156-v-z-discount-j-2', 'd156-v-z-fl-mm-0', 'd156-v-z-fl-mm-1', 'd156-v-z-fl-mm-2',
    'd156-v-z-fl-mm-3', 'd156-v-z-fl-pp-0', 'd156-v-z-fl-pp-1', 'd156-v-z-fl-pp-2', 'd156-v-z-fl-pp-3',
    'd156-v-z-ft-ft1-0', 'd156-v-z-ft-ft1-1', 'd156-v-z-ft-ft1-2', 'd156-v-z-ft-ft2-0', 'd156-v-z-ft-ft2-1',
    'd156-v-z-ft-ft2-2', 'd156-v-z-ft-in1-0', 'd156-v-z-ft-in1-1', 'd156-v-z-ft-in1-2', 'd156-v-z-ft-in2-0',
    'd156-v-z-ft-in2-1', 'd156-v-z-ft-in2-2', 'd156-v-z-ft-in3-0', 'd156-v-z-ft-in3-1', 'd156-v-z-ft-in3-2',
    'd156-v-z-growth-a-0', 'd156-v-z-growth-a-1', 'd156-v-z-growth-a-2', 'd156-v-z-growth-b-0',
    'd156-v-z-growth-b-1', 'd156-v-z-growth-b-2', 'd156-v-z-growth-c-0', 'd156-v-z-growth-c-1',
    'd156-v-z-growth-c-2', 'd156-v-z-growth-d-0', 'd156-v-z-growth-d-1', 'd156-v-z-growth-d-2',
    'd156-v-z-growth-e-0', 'd156-v-z-growth-e-1', 'd156-v-z-growth-e-2', 'd156-v-z-growth-f-0',
    'd156-v-z-growth-f-1', 'd156-v-z-growth-f-2', 'd156-v-z-growth-g-0', 'd156-v-z-growth-g-1',
    'd156-v-z-growth-g-2', 'd156-v-z-growth-h-0', 'd156-v-z-growth-h-1', 'd156-v-z-growth-h-2',
    'd156-v-z-growth-i-0', 'd156-v-z-growth-i-1', 'd156-v-z-growth-i-2', 'd156-v-z-growth-j-0',
    'd156-v-z-growth-j-1', 'd156-v-z-growth-j-2', 'd156-v-z-humidity-a-0', 'd156-v-z-humidity-a-1',
    'd156-v-z-humidity-a-2', 'd156-v-z-humidity-b-0', 'd156-v-z-humidity-b-1', 'd156-v-z-humidity-b-2',
    'd156-v-z-humidity-c-0', 'd156-v-z-humidity-c-1', 'd156-v-z-humidity-c-2', 'd156-v-z-humidity-d-0',
    'd156-v-z-humidity-d-1', 'd156-v-z-humidity-d-2', 'd156-v-z-humidity-e-0', 'd156-v-z-humidity-e-1',
    'd156-v-z-humidity-e-2', 'd156-v-z-humidity-f-0', 'd156-v-z-humidity-f-1', 'd156-v-z-humidity-f-2',
    'd156-v-z-humidity-g-0', 'd156-v-z-humidity-g-1', 'd156-v-z-humidity-g-2', 'd156-v-z-humidity-h-0',
    'd156-v-z-humidity-h-1', 'd156-v-z-humidity-h-2', 'd156-v-z-humidity-i-0', 'd156-v-z-humidity-i-1',
    'd156-v-z-humidity-i-2', 'd156-v-z-humidity-j-0', 'd156-v-z-humidity-j-1', 'd156-v-z-humidity-j-2',
    'd156-v-z-rate-a-0', 'd156-v-z-rate-a-1', 'd156-v-z-rate-a-2', 'd156-v-z-rate-b-0', 'd156-v-z-rate-b-1',
    'd156-v-z-rate-b-2', 'd156-v-z-rate-c-0', 'd156-v-z-rate-c-1', 'd156-v-z-rate-c-2', 'd156-v-z-rate-d-0',
    'd156-v-z-rate-d-1', 'd156-v-z-rate-d-2', 'd156-v-z-rate-e-0', 'd156-v-z-rate-e-1', 'd156-v-z-rate-e-2',
    'd156-v-z-rate-f-0', 'd156-v-z-rate-f-1', 'd156-v-z-rate-f-2', 'd156-v-z-rate-g-0', 'd156-v-z-rate-g-1',
    'd156-v-z-rate-g-2', 'd156-v-z-rate-h-0', 'd156-v-z-rate-h-1', 'd156-v-z-rate-h-2', 'd156-v-z-rate-i-0',
    'd156-v-z-rate-i-1', 'd156-v-z-rate-i-2', 'd156-v-z-rate-j-0', 'd156-v-z-rate-j-1', 'd156-v-z-rate-j-2',
    'd156-v-z-share-a-0', 'd156-v-z-share-a-1', 'd156-v-z-share-a-2', 'd156-v-z-share-b-0', 'd156-v-z-share-b-1',
    'd156-v-z-share-b-2', 'd156-v-z-share-c-0', 'd156-v-z-share-c-1', 'd156-v-z-share-c-2', 'd156-v-z-share-d-0',
    'd156-v-z-share-d-1', 'd156-v-z-share-d-2', 'd156-v-z-share-e-0', 'd156-v-z-share-e-1', 'd156-v-z-share-e-2',
    'd156-v-z-share-f-0', 'd156-v-z-share-f-1', 'd156-v-z-share-f-2', 'd156-v-z-share-g-0', 'd156-v-z-share-g-1',
    'd156-v-z-share-g-2', 'd156-v-z-share-h-0', 'd156-v-z-share-h-1', 'd156-v-z-share-h-2', 'd156-v-z-share-i-0',
    'd156-v-z-share-i-1', 'd156-v-z-share-i-2', 'd156-v-z-share-j-0', 'd156-v-z-share-j-1', 'd156-v-z-share-j-2',
    'd156-v-z-tax-a-0', 'd156-v-z-tax-a-1', 'd156-v-z-tax-a-2', 'd156-v-z-tax-b-0', 'd156-v-z-tax-b-1',
    'd156-v-z-tax-b-2', 'd156-v-z-tax-c-0', 'd156-v-z-tax-c-1', 'd156-v-z-tax-c-2', 'd156-v-z-tax-d-0',
    'd156-v-z-tax-d-1', 'd156-v-z-tax-d-2', 'd156-v-z-tax-e-0', 'd156-v-z-tax-e-1', 'd156-v-z-tax-e-2',
    'd156-v-z-tax-f-0', 'd156-v-z-tax-f-1', 'd156-v-z-tax-f-2', 'd156-v-z-tax-g-0', 'd156-v-z-tax-g-1',
    'd156-v-z-tax-g-2', 'd156-v-z-tax-h-0', 'd156-v-z-tax-h-1', 'd156-v-z-tax-h-2', 'd156-v-z-tax-i-0',
    'd156-v-z-tax-i-1', 'd156-v-z-tax-i-2', 'd156-v-z-tax-j-0', 'd156-v-z-tax-j-1', 'd156-v-z-tax-j-2',
}
r156_sample_round("d156-", r156_found_alone, 6, safe_every=1)
# Arguable items served from the cache after the fixes (FINDINGS.md, rounds 152-156), and with them every
# item the tester called arguable (whether one is served from the cache depends on what other probes stored
# first): left out.
r156_left_out = {
    'd156-s-k5-ag-pl-0', 'd156-s-k5-ag-pl-1', 'd156-s-k5-ag-pl-2', 'd156-s-k5-ag-pl-3', 'd156-s-k5-dash-0',
    'd156-s-k5-dash-1', 'd156-s-k5-dash-2', 'd156-s-k5-hash-0', 'd156-s-k5-hash-1', 'd156-s-k5-hash-2',
    'd156-s-k5r-hash-0', 'd156-s-k5r-hash-1', 'd156-s-k5r-hash-2', 'd156-s-k5r-hash-3', 'd156-s-k5r-hash2-0',
    'd156-s-k5r-hash2-1', 'd156-s-k5r-hash2-2', 'd156-s-k5r-hash2-3', 'd156-s-k5r-til-0', 'd156-s-k5r-til-1',
    'd156-s-k5r-til-2', 'd156-s-k5r-til-3', 'd156-s-k5r-til2-0', 'd156-s-k5r-til2-1', 'd156-s-k5r-til2-2',
    'd156-s-k5r-til2-3', 'd156-s-k5r-til3-0', 'd156-s-k5r-til3-1', 'd156-s-k5r-til3-2', 'd156-s-k5r-til3-3',
    'd156-s-p-disc5-0', 'd156-s-p-disc5-1', 'd156-s-p-disc5-2', 'd156-s-y-ag-pp-0', 'd156-s-y-ag-pp-1',
    'd156-s-y-ag-pp-2', 'd156-s-z-ag-mm1-0', 'd156-s-z-ag-mm1-1', 'd156-s-z-ag-mm1-2', 'd156-s-z-ag-mm1-3',
    'd156-s-z-ag-mm2-0', 'd156-s-z-ag-mm2-1', 'd156-s-z-ag-mm2-2', 'd156-s-z-ag-mm2-3', 'd156-s-z-ag-neg-0',
    'd156-s-z-ag-neg-1', 'd156-s-z-ag-neg-2', 'd156-s-z-ag-neg-3', 'd156-s-z-ag-pp1-0', 'd156-s-z-ag-pp1-1',
    'd156-s-z-ag-pp1-2', 'd156-s-z-ag-pp1-3', 'd156-s-z-ag-pp2-0', 'd156-s-z-ag-pp2-1', 'd156-s-z-ag-pp2-2',
    'd156-s-z-ag-pp2-3', 'd156-s-z-ag-sq-0', 'd156-s-z-ag-sq-1', 'd156-s-z-ag-sq-2', 'd156-s-z-ag-sq-3',
    'd156-s-z-ag-til-0', 'd156-s-z-ag-til-1', 'd156-s-z-ag-til-2', 'd156-s-z-ag-til-3', 'd156-s-z-fl-mm-0',
    'd156-s-z-fl-mm-1', 'd156-s-z-fl-mm-2', 'd156-s-z-fl-mm-3', 'd156-s-z-fl-pp-0', 'd156-s-z-fl-pp-1',
    'd156-s-z-fl-pp-2', 'd156-s-z-fl-pp-3', 'd156-s-z-ft-ft2-0', 'd156-s-z-ft-ft2-1', 'd156-s-z-ft-ft2-2',
    'd156-s-z-ft-in2-0', 'd156-s-z-ft-in2-1', 'd156-s-z-ft-in2-2', 'd156-v-k5-ag-pl-0', 'd156-v-k5-ag-pl-1',
    'd156-v-k5-ag-pl-2', 'd156-v-k5-ag-pl-3', 'd156-v-k5-dash-0', 'd156-v-k5-dash-1', 'd156-v-k5-dash-2',
    'd156-v-k5-hash-0', 'd156-v-k5-hash-1', 'd156-v-k5-hash-2', 'd156-v-k5r-hash-0', 'd156-v-k5r-hash-1',
    'd156-v-k5r-hash-2', 'd156-v-k5r-hash-3', 'd156-v-k5r-hash2-0', 'd156-v-k5r-hash2-1', 'd156-v-k5r-hash2-2',
    'd156-v-k5r-hash2-3', 'd156-v-k5r-til-0', 'd156-v-k5r-til-1', 'd156-v-k5r-til-2', 'd156-v-k5r-til-3',
    'd156-v-k5r-til2-0', 'd156-v-k5r-til2-1', 'd156-v-k5r-til2-2', 'd156-v-k5r-til2-3', 'd156-v-k5r-til3-0',
    'd156-v-k5r-til3-1', 'd156-v-k5r-til3-2', 'd156-v-k5r-til3-3', 'd156-v-p-disc5-0', 'd156-v-p-disc5-1',
    'd156-v-p-disc5-2', 'd156-v-y-ag-pp-0', 'd156-v-y-ag-pp-1', 'd156-v-y-ag-pp-2', 'd156-v-z-ag-mm1-0',
    'd156-v-z-ag-mm1-1', 'd156-v-z-ag-mm1-2', 'd156-v-z-ag-mm1-3', 'd156-v-z-ag-mm2-0', 'd156-v-z-ag-mm2-1',
    'd156-v-z-ag-mm2-2', 'd156-v-z-ag-mm2-3', 'd156-v-z-ag-neg-0', 'd156-v-z-ag-neg-1', 'd156-v-z-ag-neg-2',
    'd156-v-z-ag-neg-3', 'd156-v-z-ag-pp1-0', 'd156-v-z-ag-pp1-1', 'd156-v-z-ag-pp1-2', 'd156-v-z-ag-pp1-3',
    'd156-v-z-ag-pp2-0', 'd156-v-z-ag-pp2-1', 'd156-v-z-ag-pp2-2', 'd156-v-z-ag-pp2-3', 'd156-v-z-ag-sq-0',
    'd156-v-z-ag-sq-1', 'd156-v-z-ag-sq-2', 'd156-v-z-ag-sq-3', 'd156-v-z-ag-til-0', 'd156-v-z-ag-til-1',
    'd156-v-z-ag-til-2', 'd156-v-z-ag-til-3', 'd156-v-z-fl-mm-0', 'd156-v-z-fl-mm-1', 'd156-v-z-fl-mm-2',
    'd156-v-z-fl-mm-3', 'd156-v-z-fl-pp-0', 'd156-v-z-fl-pp-1', 'd156-v-z-fl-pp-2', 'd156-v-z-fl-pp-3',
    'd156-v-z-ft-ft2-0', 'd156-v-z-ft-ft2-1', 'd156-v-z-ft-ft2-2', 'd156-v-z-ft-in2-0', 'd156-v-z-ft-in2-1',
    'd156-v-z-ft-in2-2',
}
P[:] = [r156_p for r156_p in P if r156_p["id"] not in r156_left_out and r156_p["id"] not in r156_arguable]
