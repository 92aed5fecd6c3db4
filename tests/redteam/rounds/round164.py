r"""Red-team round 164 (black box): TRUTH VALUES AND ENUMS STATED BY IMPLICATION; DATES AND TIMES READ BY ANOTHER FIELD.
Focus (tester's choice): (1) booleans/enums said by implication or negation ("Pets: not allowed", "Room: non-smoking",
  "Non-vegetarian: x", "Breakfast: yes" + "Type: at extra cost"); (2) dates and times whose meaning another field or a
  legend sets (day-first vs month-first by a weekday or a "Date format:" field, a.m./p.m. in a field of its own, 12 am/pm,
  a time zone in a field of its own with UTC asked). Neither was attacked as such: rounds 115-122/143 did date and
  time notations on the value's own line, round 131 truths turned by a "... included" twin label, round 160 a sign in a
  field of its own.
13,821 probes (seeded random.Random(164)): 3,587 pairs (base + variant), 6,079 singles (--runs 2), 568 safe variants.
Part 1 (d164-b/v/ok/s/n/b2/v2/sp/bp/vp-): 9 truths (pets_allowed, smoking, vegetarian, breakfast_included, refundable,
  nonstop, parking_available, paid, wheelchair_accessible) stated by a value word ("not allowed", "non-smoking double",
  "room only", "1 stop", "outstanding"...), a negated label with "yes"/"x"/"✓" ("No pets: yes", "Non-smoking: x",
  "Outstanding: Yes"), prose ("X's flat does not allow pets."), 6 labels each (English, Norwegian, German, French),
  line / one-line / pipe / CSV / YAML / e-mail. Enums (d164-e/eb/ev-) whose values hold one another ("smoking" /
  "non-smoking", "member" / "non-member", "in stock" / "out of stock").
Part 2 (d164-dw/db/dv/df/fb/fv-): ambiguous dd/mm dates with the weekday that decides them ("03/04/2025 (Thursday)"),
  a "Date format: DD/MM/YYYY" field, a legend "* all dates are day/month/year", "Locale: en-GB"; ISO asked by format,
  description or instruction. Times (d164-t/tb/tv/t12/tz/zb/zv-): "Time: 04:15" + "AM/PM: PM" / "Period: p.m." /
  "Part of day: evening" / a legend / "pm" on the next line; "12:15 am"; "Departure: 14:00" + "Time zone: CEST" with
  UTC asked in the instruction, the key (departure_utc) or the description.
Parts 3-5 (d164-p/pb/pv/qb/q/h/f/o/ab/av-): edges of the hole: 28 + 14 period labels, 14 values, 7 layouts, time
  written "04:15" or "4:15", schemas with a 24-hour pattern, "HH:MM" description, plain string, start_time, an integer
  hour with minimum 0 / maximum 23; 12 other labels ("Format: 12-hour, PM", "Suffix: PM") and 28 generic ones
  ("Zone", "Type", "Note", "Category"...). Part 6 (d164-xb/xok/yb/yok-): safe paraphrases of stored bases. Part 7
  (d164-k-): "Breakfast: yes" / "Nonstop: yes" / "Pets: yes" beside "Type:", "Category:", "Note:"... "at extra cost",
  "1 stop", "not allowed".
HELD: every pair (0 wrong from the cache in run 1: no variant ever got a base's value from the cache; "Period: a.m." ->
  "Period: p.m.", a period line added, a weekday or format line changed, "Pets: allowed" -> "Pets: not allowed",
  "smoking" -> "non-smoking", "Time zone: UTC" -> "UTC+2"). Every truth stated by implication, negated label, prose or
  enum word: never stored (wrong ones only served fresh: "Non-smoking: x" -> smoking true, "Access: not wheelchair
  accessible" -> true, prose "asked for a non-smoking room" -> "smoking", part 7 "Breakfast: yes / Type: at extra cost"
  -> true, 245 of 258). Every date: a reformatted date is never verified (3,666 of 3,666 requests end in an error), so
  day-first/month-first cannot be stored wrong. Time zones: never stored. "AM/PM:", "Meridiem:", "Time of day:",
  "Part of day:", "Suffix:", "Half:", "Clock:", "Format: 12-hour, PM", "Time period:", "Periode:", "Período:",
  "Per.:", "Period (AM/PM):", a legend and a next-line "pm": served fresh wrong, never stored. YAML, pipe tables and
  e-mails held for every label. A "24-hour clock" or "HH:MM" description, "(24-hour, HH:MM)" in the instruction: not
  stored. Safe reuse: 40 of 568 in run 2 (the "Thanks, Ola." line variants are refused by the documented prose-line rule;
  paraphrased instructions over stored bases reuse).
WHAT GOT THROUGH (all singles; 251 items served wrong from the cache in run 2 of the full round, all 251 again alone on a
  fresh SQLite store with --runs 2; 58 clear, 193 arguable):
 (A) CLEAR (58): the half of the day in a field of its own labelled "Period" ("period", "PERIOD", "Day period",
     "Period of day") holding "p.m.", "PM", "pm", "post meridiem" or "pm (afternoon)", beside a zero-padded time the
     schema wants in 24-hour form (pattern "^[0-2][0-9]:[0-5][0-9]$" or "^([01][0-9]|2[0-3]):..."), or beside an integer
     hour with maximum 23: the model's copy is verified, stored and served again. "Text:\nName: ...\nArrival time:
     10:30\nPeriod: p.m." -> arrival_time "10:30" (expected "22:30"); "Name: ... | Check-in time: 02:50 | Period: p.m."
     -> "02:50" (14:50); CSV "name,arrival time,period / ...,04:30,post meridiem" -> "04:30" (16:30); JSON record
     {"check-in time": "01:00", "period": "PM"} -> "01:00" (13:00); "Hour: 11 / Period: p.m." with hour 0-23 -> 11 (23);
     the Period line before the time line too.
 (B) ARGUABLE (193, r164_arguable): the same with a plain string schema (97: "Time: 01:15 / Period: p.m." -> "01:15"
     with no 24-hour form asked), a word for the half of the day (63: "Period: afternoon/evening/night/after noon/
     nachmittags/ettermiddag/late afternoon/e.m./P"; "Check-in time: 03:45 / Period: night" may well be 03:45), or
     another generic label (33: "Zone: PM", "Type: PM", "Tag: PM", "Category: PM", "Class: PM", "Periods: p.m.").
Adds its probes to probe_kit.P; R164_ALONE=1 keeps only r164_found_alone."""
import datetime as r164_dt
import json  # noqa: F401
import random as r164_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r164_rng = r164_random.Random(164)
r164_arguable = set()
r164_pairs, r164_singles, r164_safe = [], [], []
r164_C1 = "bdfgklmnprstvz"
r164_V1 = "aeiou"
r164_seen = set()


def r164_word(k):
    return "".join(r164_rng.choice(r164_C1) + r164_rng.choice(r164_V1) for _ in range(k))


def r164_nm():
    while True:
        n = r164_word(2).capitalize() + " " + r164_word(3).capitalize() + "sen"
        if n not in r164_seen:
            r164_seen.add(n)
            return n


def r164_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r164_arguable.add(id)
    {"pair": r164_pairs, "single": r164_singles, "safe": r164_safe}[kind].append(id)


# ============================================================ PART 1: truth values and enums by implication
# concept: key, label choices, (true-stated values), (false-stated values), prose true/false templates
r164_BOOL = {
    "pets": ("pets_allowed", ["Pets", "Pet policy", "Animals", "Dogs", "Husdyr", "Haustiere"],
             ["allowed", "welcome", "permitted", "OK", "accepted", "yes"],
             ["not allowed", "forbidden", "prohibited", "not permitted", "no pets", "none", "not accepted",
              "strictly no", "banned", "on request only"],
             "{n}'s flat allows pets", "{n}'s flat does not allow pets"),
    "smoke": ("smoking", ["Smoking", "Smoking policy", "Room", "Room type", "Rauchen", "Fumeur"],
              ["smoking", "permitted", "allowed", "smoking room", "smoking double"],
              ["non-smoking", "non smoking", "nonsmoking", "not permitted", "prohibited", "smoke-free",
               "no smoking", "non-smoking double", "Nichtraucher", "non-fumeur"],
              "{n} booked a smoking room", "{n} booked a non-smoking room"),
    "veg": ("vegetarian", ["Diet", "Meal", "Vegetarian", "Menu", "Kost", "Dietary needs"],
            ["vegetarian", "vegetarian meal", "veggie", "yes"],
            ["non-vegetarian", "non vegetarian", "meat", "not vegetarian", "no", "omnivore", "nonvegetarian",
             "regular (non-veg)"],
            "{n} ordered the vegetarian meal", "{n} ordered the non-vegetarian meal"),
    "bfast": ("breakfast_included", ["Breakfast", "Rate", "Board", "Frokost", "Frühstück", "Breakfast policy"],
              ["included", "incl.", "inclusive", "yes", "bed & breakfast"],
              ["not included", "excluded", "extra", "excl.", "charged separately", "room only", "not incl.",
               "at extra cost", "exclusive"],
              "{n}'s rate includes breakfast", "{n}'s rate does not include breakfast"),
    "refund": ("refundable", ["Fare", "Refund", "Ticket", "Refundable", "Cancellation", "Tariff"],
               ["refundable", "fully refundable", "refund allowed", "yes"],
               ["non-refundable", "non refundable", "nonrefundable", "not refundable", "no refund", "no",
                "refund not possible"],
               "{n}'s ticket is refundable", "{n}'s ticket is non-refundable"),
    "stop": ("nonstop", ["Flight", "Routing", "Stops", "Connection", "Nonstop", "Route"],
             ["non-stop", "nonstop", "direct", "no stops", "yes"],
             ["1 stop", "one stop via Oslo", "not non-stop", "with a stop", "indirect", "via Oslo", "no",
              "stop in Oslo"],
             "{n}'s flight is non-stop", "{n}'s flight has one stop"),
    "park": ("parking_available", ["Parking", "Car park", "Garage", "Parkering", "Parkplatz", "Parking spaces"],
             ["available", "yes", "on site", "free", "provided"],
             ["unavailable", "not available", "none", "no", "not provided", "n/a", "full", "not on site"],
             "{n}'s hotel has parking", "{n}'s hotel has no parking"),
    "paid": ("paid", ["Status", "Payment", "Paid", "Invoice status", "Betalt", "Bezahlt"],
             ["paid", "settled", "received", "yes", "paid in full"],
             ["unpaid", "not paid", "outstanding", "due", "no", "overdue", "not settled", "open", "pending"],
             "{n} has paid the invoice", "{n} has not paid the invoice"),
    "wc": ("wheelchair_accessible", ["Access", "Accessibility", "Wheelchair", "Step-free", "Barrier-free", "Entrance"],
           ["step-free", "accessible", "wheelchair accessible", "yes", "barrier-free"],
           ["stairs only", "not accessible", "inaccessible", "not wheelchair accessible", "no", "not step-free"],
           "{n}'s venue is wheelchair accessible", "{n}'s venue is not wheelchair accessible"),
}
# negated or turned labels with "yes": value false (or true) by the label
r164_NEGLAB = {
    "pets": [("No pets", False), ("Pets banned", False), ("Pet ban", False), ("Pets forbidden", False),
             ("Pets not allowed", False), ("Pet-free", False), ("Pets allowed", True)],
    "smoke": [("Non-smoking", False), ("Nonsmoker room", False), ("Smoking ban", False), ("No smoking", False),
              ("Smoke-free room", False), ("Smoking allowed", True)],
    "veg": [("Non-vegetarian", False), ("Meat eater", False), ("Eats meat", False), ("Vegetarian", True)],
    "bfast": [("Breakfast excluded", False), ("Breakfast extra", False), ("Room only", False),
              ("Breakfast not included", False), ("Breakfast included", True)],
    "refund": [("Non-refundable", False), ("Nonrefundable", False), ("No refund", False), ("Refundable", True)],
    "stop": [("Has stopover", False), ("Stopover", False), ("Indirect", False), ("Connecting flight", False),
             ("Direct", True)],
    "park": [("No parking", False), ("Parking unavailable", False), ("Parking full", False), ("Parking", True)],
    "paid": [("Unpaid", False), ("Outstanding", False), ("Payment due", False), ("Overdue", False), ("Paid", True)],
    "wc": [("Stairs only", False), ("Not accessible", False), ("Inaccessible", False), ("Step-free", True)],
}


def r164_bsch(c, desc=False):
    key = r164_BOOL[c][0]
    d = {key: {"pets": "whether pets are allowed", "smoke": "smoking room", "veg": "vegetarian meal",
               "bfast": "breakfast included in the rate", "refund": "ticket can be refunded",
               "stop": "flight without stops", "park": "parking available", "paid": "invoice paid",
               "wc": "wheelchair accessible"}[c]} if desc else None
    return S({"name": "string", key: "boolean"}, d)


def r164_rec(cont, nm, lab, val, extra=""):
    """A record of name + one field in one of several layouts."""
    if cont == "L":
        return "Text:\nName: %s\n%s: %s\n%s" % (nm, lab, val, extra)
    if cont == "O":
        return "Record: Name: %s | %s: %s | Ref: %d\n%s" % (nm, lab, val, r164_rng.randint(100, 999), extra)
    if cont == "T":
        return "| Name | %s |\n|---|---|\n| %s | %s |\n%s" % (lab, nm, val, extra)
    if cont == "C":
        return "name,%s\n%s,%s\n%s" % (lab.lower(), nm, val, extra)
    if cont == "Y":
        return "```yaml\nname: %s\n%s: %s\n```\n%s" % (nm, lab.lower().replace(" ", "_"), val, extra)
    if cont == "M":
        return ("Here is the email:\nFrom: desk@hotel.example\nSubject: Booking\n\nHi,\n\nplease note the booking "
                "below.\n\nGuest: %s\n%s: %s\n\nBest regards\nFront desk\n%s" % (nm, lab, val, extra))
    raise ValueError(cont)


r164_INS = ["Extract name and {q} as JSON.", "Return the name and {q} as a JSON object.",
            "Give me name and {q} as JSON.", "Convert the record to JSON (name, {q})."]


def r164_bprompt(c, cont, nm, lab, val, extra="", ins=0, desc=False):
    q = r164_BOOL[c][0].replace("_", " ")
    return r164_INS[ins].format(q=q) + "\n\n" + r164_rec(cont, nm, lab, val, extra)


def r164_gen_bool():
    conts = ["L", "O", "T", "C", "Y", "M"]
    for c, (key, labs, tv, fv, pt, pf) in r164_BOOL.items():
        sch_plain = r164_bsch(c)
        sch_desc = r164_bsch(c, True)
        # pairs: base states true, variant false (and the other way), same label
        i = 0
        for lab in labs:
            for cont in conts:
                for (bv, bval, vv, vval) in [(r164_rng.choice(tv), True, r164_rng.choice(fv), False),
                                             (r164_rng.choice(fv), False, r164_rng.choice(tv), True)]:
                    i += 1
                    sch = sch_desc if i % 3 == 0 else sch_plain
                    nm = r164_nm()
                    ins = i % 4
                    tag = "%s%d-%s" % (c, i, cont)
                    bexp = {"name": nm, key: bval}
                    vexp = {"name": nm, key: vval}
                    fam = "r164_bool_%s" % c
                    r164_add("pair", "d164-b-" + tag, fam + "_base", r164_bprompt(c, cont, nm, lab, bv, ins=ins), sch,
                             bexp, [bexp])
                    r164_add("pair", "d164-v-" + tag, fam, r164_bprompt(c, cont, nm, lab, vv, ins=ins), sch, vexp,
                             [bexp, vexp])
                    if i % 4 == 0:
                        r164_add("safe", "d164-ok-" + tag, fam + "_safe",
                                 r164_bprompt(c, cont, nm, lab, bv, "Thanks, Ola.\n", ins=ins), sch, bexp, [bexp])
        # singles: a false-stated value, the model answers true first (and vice versa)
        j = 0
        for lab in labs:
            for val in fv:
                for cont in ("L", "O", "T", "Y", "M"):
                    j += 1
                    if r164_rng.random() < 0.45:
                        continue
                    nm = r164_nm()
                    sch = sch_desc if j % 3 == 0 else sch_plain
                    exp = {"name": nm, key: False}
                    bad = {"name": nm, key: True}
                    r164_add("single", "d164-s-%s%d-%s" % (c, j, cont), "r164_boolmis_%s" % c,
                             r164_bprompt(c, cont, nm, lab, val, ins=j % 4), sch, exp, [bad, exp])
            for val in tv:
                for cont in ("L", "O", "T"):
                    j += 1
                    if r164_rng.random() < 0.6:
                        continue
                    nm = r164_nm()
                    sch = sch_desc if j % 3 == 0 else sch_plain
                    exp = {"name": nm, key: True}
                    bad = {"name": nm, key: False}
                    r164_add("single", "d164-s-%s%d-%s" % (c, j, cont), "r164_boolmis_%s" % c,
                             r164_bprompt(c, cont, nm, lab, val, ins=j % 4), sch, exp, [bad, exp])
        # negated/turned labels: "No pets: yes" -> false; model answers true (word "yes")
        for (lab, truth) in r164_NEGLAB[c]:
            for yes in ("yes", "Yes", "true", "x", "ja", "\u2713"):
                for cont in ("L", "O", "T", "Y"):
                    j += 1
                    if r164_rng.random() < 0.5:
                        continue
                    nm = r164_nm()
                    sch = sch_desc if j % 3 == 0 else sch_plain
                    exp = {"name": nm, key: truth}
                    bad = {"name": nm, key: not truth}
                    r164_add("single", "d164-n-%s%d-%s" % (c, j, cont), "r164_neglab_%s" % c,
                             r164_bprompt(c, cont, nm, lab, yes, ins=j % 4), sch, exp, [bad, exp])
            # pair: base "<plain label>: yes" (true), variant "<negated label>: yes" (false)
            if not truth:
                for cont in ("L", "O", "T"):
                    j += 1
                    nm = r164_nm()
                    plain = {"pets": "Pets", "smoke": "Smoking", "veg": "Vegetarian", "bfast": "Breakfast",
                             "refund": "Refundable", "stop": "Nonstop", "park": "Parking", "paid": "Paid",
                             "wc": "Accessible"}[c]
                    bexp = {"name": nm, key: True}
                    vexp = {"name": nm, key: False}
                    tag = "%s%d-%s" % (c, j, cont)
                    r164_add("pair", "d164-b2-" + tag, "r164_neglab_%s_base" % c,
                             r164_bprompt(c, cont, nm, plain, "yes", ins=j % 4), sch_plain, bexp, [bexp])
                    r164_add("pair", "d164-v2-" + tag, "r164_neglab_%s" % c,
                             r164_bprompt(c, cont, nm, lab, "yes", ins=j % 4), sch_plain, vexp, [bexp, vexp])
        # prose: one person, true/false by a negation; singles and pairs
        for k in range(6):
            j += 1
            nm = r164_nm()
            q = key.replace("_", " ")
            pr_t = "Return name and %s as JSON.\n\n%s." % (q, pt.format(n=nm))
            pr_f = "Return name and %s as JSON.\n\n%s." % (q, pf.format(n=nm))
            exp_t = {"name": nm, key: True}
            exp_f = {"name": nm, key: False}
            r164_add("single", "d164-sp-%s%d" % (c, j), "r164_boolprose_%s" % c, pr_f, sch_plain, exp_f,
                     [exp_t, exp_f])
            nm2 = r164_nm()
            pr_t2 = "Return name and %s as JSON.\n\n%s." % (q, pt.format(n=nm2))
            pr_f2 = "Return name and %s as JSON.\n\n%s." % (q, pf.format(n=nm2))
            r164_add("pair", "d164-bp-%s%d" % (c, j), "r164_boolprose_%s_base" % c, pr_t2, sch_plain,
                     {"name": nm2, key: True}, [{"name": nm2, key: True}])
            r164_add("pair", "d164-vp-%s%d" % (c, j), "r164_boolprose_%s" % c, pr_f2, sch_plain,
                     {"name": nm2, key: False}, [{"name": nm2, key: True}, {"name": nm2, key: False}])


r164_gen_bool()

# ---- enums whose values hold one another ("smoking" in "non-smoking")
r164_ENUM = [
    ("room", "room_type", ["smoking", "non-smoking"], "Room", "{n} asked for a {v} room"),
    ("meal", "meal", ["vegetarian", "non-vegetarian"], "Meal", "{n} chose the {v} menu"),
    ("fare", "fare_type", ["refundable", "non-refundable"], "Fare", "{n} bought a {v} fare"),
    ("flt", "flight_type", ["stop", "non-stop"], "Flight", "{n} is on a {v} flight"),
    ("mem", "membership", ["member", "non-member"], "Membership", "{n} pays the {v} price"),
    ("res", "residency", ["resident", "non-resident"], "Tax status", "{n} is taxed as a {v}"),
    ("stock", "availability", ["in stock", "out of stock"], "Availability", "The lamp {n} ordered is {v}"),
    ("drink", "drink", ["alcoholic", "non-alcoholic"], "Drink", "{n} ordered an {v} drink"),
    ("pay", "payment_status", ["paid", "unpaid"], "Status", "{n}'s invoice is {v}"),
    ("cab", "cabin", ["inside", "outside"], "Cabin", "{n} booked an {v} cabin"),
    ("bind", "offer", ["binding", "non-binding"], "Offer", "{n} sent a {v} offer"),
    ("prof", "org_type", ["profit", "non-profit"], "Organisation", "{n} works for a {v} organisation"),
]


def r164_gen_enum():
    j = 0
    for (t, key, vals, lab, pro) in r164_ENUM:
        sch = S({"name": "string", key: {"type": "string", "enum": vals}})
        q = key.replace("_", " ")
        forms = {
            "L": lambda nm, v: "Extract name and %s as JSON.\n\nText:\nName: %s\n%s: %s\n" % (q, nm, lab, v),
            "O": lambda nm, v: "Extract name and %s as JSON.\n\nName: %s | %s: %s | Seat: 12C\n" % (q, nm, lab, v),
            "P": lambda nm, v: "Extract name and %s as JSON.\n\n%s." % (q, pro.format(n=nm, v=v)),
            "P2": lambda nm, v: "Extract name and %s as JSON.\n\nName: %s\nNote: %s.\n" % (
                q, nm, pro.format(n="the customer", v=v)),
            "T": lambda nm, v: "Extract name and %s as JSON.\n\n| Name | %s |\n|---|---|\n| %s | %s |\n" % (
                q, lab, nm, v),
            "L2": lambda nm, v: "Extract name and %s as JSON.\n\nText:\nName: %s\n%s: %s %s\n" % (
                q, nm, lab, v, {"room": "double", "meal": "menu", "fare": "economy", "flt": "flight",
                                "mem": "rate", "res": "(tax)", "stock": "(warehouse)", "drink": "cocktail",
                                "pay": "invoice", "cab": "cabin", "bind": "quote", "prof": "company"}[t]),
        }
        long_v = vals[1]
        short_v = vals[0]
        if t == "stock":
            extra_forms = [("not in stock", "out of stock", "in stock")]
        elif t == "pay":
            extra_forms = [("not paid", "unpaid", "paid")]
        elif t == "cab":
            extra_forms = [("not an inside one", "outside", "inside")]
        else:
            extra_forms = []
        for f, fn in forms.items():
            for rep in range(2):
                j += 1
                nm = r164_nm()
                exp = {"name": nm, key: long_v}
                bad = {"name": nm, key: short_v}
                r164_add("single", "d164-e-%s%d-%s" % (t, j, f), "r164_enum_%s" % t, fn(nm, long_v), sch, exp,
                         [bad, exp])
                # pair: base short value, variant long value (which holds the short one)
                nm2 = r164_nm()
                b = {"name": nm2, key: short_v}
                v = {"name": nm2, key: long_v}
                r164_add("pair", "d164-eb-%s%d-%s" % (t, j, f), "r164_enum_%s_base" % t, fn(nm2, short_v), sch, b,
                         [b])
                r164_add("pair", "d164-ev-%s%d-%s" % (t, j, f), "r164_enum_%s" % t, fn(nm2, long_v), sch, v,
                         [b, v])
            for (written, right, wrong) in extra_forms:
                j += 1
                nm = r164_nm()
                exp = {"name": nm, key: right}
                bad = {"name": nm, key: wrong}
                r164_add("single", "d164-e-%s%d-%s" % (t, j, f), "r164_enum_%s" % t, fn(nm, written), sch, exp,
                         [bad, exp])


r164_gen_enum()

# ============================================================ PART 2: dates and times read by another field
r164_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def r164_gen_dates():
    j = 0
    # ambiguous day/month pairs (both <= 12, different)
    for rep in range(60):
        y = r164_rng.choice([2024, 2025, 2026])
        a = r164_rng.randint(1, 12)
        b = r164_rng.randint(1, 12)
        if a == b:
            continue
        dm = r164_dt.date(y, b, a)  # day-first reading: a = day, b = month
        md = r164_dt.date(y, a, b)  # month-first reading
        if dm.weekday() == md.weekday():
            continue
        sep = r164_rng.choice(["/", ".", "-"])
        written = "%02d%s%02d%s%d" % (a, sep, b, sep, y)
        nm = r164_nm()
        for (hint_kind, hint_df, hint_mf) in [
            ("wd", "%s (%s)" % (written, r164_WD[dm.weekday()]), "%s (%s)" % (written, r164_WD[md.weekday()])),
            ("wdf", "%s, %s" % (r164_WD[dm.weekday()], written), "%s, %s" % (r164_WD[md.weekday()], written)),
        ]:
            for (fmt, sch) in [("iso", S({"name": "string", "date": {"type": "string", "format": "date"}})),
                               ("isod", S({"name": "string", "date": "string"},
                                          {"date": "the date as YYYY-MM-DD"})),
                               ("ins", S({"name": "string", "date": "string"}))]:
                j += 1
                ins = "Extract name and date as JSON." if fmt != "ins" else \
                    "Extract name and date as JSON, the date as YYYY-MM-DD."
                for cont in ("L", "O", "M"):
                    nm = r164_nm()
                    e_df = {"name": nm, "date": dm.isoformat()}
                    e_md = {"name": nm, "date": md.isoformat()}
                    lab = r164_rng.choice(["Date", "Arrival date", "Meeting date", "Delivery date"])
                    if lab != "Date":
                        sch2 = json.loads(json.dumps(sch))
                    else:
                        sch2 = sch
                    pr = ins + "\n\n" + r164_rec(cont, nm, "Date", hint_df)
                    r164_add("single", "d164-dw-%s%d-%s" % (hint_kind, j, cont), "r164_date_wd", pr, sch2, e_df,
                             [e_md, e_df])
                    # pair: base with weekday fitting day-first, variant weekday fitting month-first
                    nm2 = r164_nm()
                    bb = {"name": nm2, "date": dm.isoformat()}
                    vv = {"name": nm2, "date": md.isoformat()}
                    r164_add("pair", "d164-db-%s%d-%s" % (hint_kind, j, cont), "r164_date_wd_base",
                             ins + "\n\n" + r164_rec(cont, nm2, "Date", hint_df), sch2, bb, [bb])
                    r164_add("pair", "d164-dv-%s%d-%s" % (hint_kind, j, cont), "r164_date_wd",
                             ins + "\n\n" + r164_rec(cont, nm2, "Date", hint_mf), sch2, vv, [bb, vv])
        # a format field of its own / a legend
        for (fk, flab_df, flab_mf) in [
            ("ff", "Date format: DD/MM/YYYY", "Date format: MM/DD/YYYY"),
            ("lg", "* all dates are day/month/year", "* all dates are month/day/year"),
            ("lc", "Locale: en-GB", "Locale: en-US"),
            ("ord", "Order of date: day first", "Order of date: month first"),
        ]:
            j += 1
            written2 = "%02d/%02d/%d" % (a, b, y)
            for cont in ("L", "O"):
                nm = r164_nm()
                sch = S({"name": "string", "date": {"type": "string", "format": "date"}})
                e_df = {"name": nm, "date": dm.isoformat()}
                e_md = {"name": nm, "date": md.isoformat()}
                pr = "Extract name and date as JSON.\n\n" + r164_rec(cont, nm, "Date", written2, flab_df + "\n")
                r164_add("single", "d164-df-%s%d-%s" % (fk, j, cont), "r164_date_fmt", pr, sch, e_df, [e_md, e_df],
                         arg=(fk == "lc"))
                nm2 = r164_nm()
                bb = {"name": nm2, "date": dm.isoformat()}
                vv = {"name": nm2, "date": md.isoformat()}
                r164_add("pair", "d164-fb-%s%d-%s" % (fk, j, cont), "r164_date_fmt_base",
                         "Extract name and date as JSON.\n\n" + r164_rec(cont, nm2, "Date", written2, flab_df + "\n"),
                         sch, bb, [bb])
                r164_add("pair", "d164-fv-%s%d-%s" % (fk, j, cont), "r164_date_fmt",
                         "Extract name and date as JSON.\n\n" + r164_rec(cont, nm2, "Date", written2, flab_mf + "\n"),
                         sch, vv, [bb, vv], arg=(fk == "lc"))


def r164_gen_times():
    j = 0
    tsch = [S({"name": "string", "time": "string"}, {"time": "24-hour clock, HH:MM"}),
            S({"name": "string", "time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}}),
            S({"name": "string", "time": "string"})]
    for rep in range(40):
        h = r164_rng.randint(1, 11)
        m = r164_rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
        am = "%02d:%02d" % (h, m)
        pm = "%02d:%02d" % (h + 12, m)
        written = r164_rng.choice(["%d:%02d" % (h, m), "%02d:%02d" % (h, m), "%d.%02d" % (h, m)])
        for (k, fld_pm, fld_am) in [
            ("ap", "AM/PM: PM", "AM/PM: AM"), ("per", "Period: p.m.", "Period: a.m."),
            ("ev", "Part of day: evening", "Part of day: morning"), ("lg", "* all times are p.m.", "* all times are a.m."),
            ("nx", "pm", "am"),
        ]:
            j += 1
            si = j % 3
            ins = "Extract name and time as JSON." if si != 2 else "Extract name and time (24-hour, HH:MM) as JSON."
            for cont in ("L", "O", "Y"):
                nm = r164_nm()
                e = {"name": nm, "time": pm}
                bad = {"name": nm, "time": am if written.startswith("0") else written}
                bad = {"name": nm, "time": am}
                extra = fld_pm + "\n"
                if k == "nx" and cont == "L":
                    pr = ins + "\n\nText:\nName: %s\nTime: %s\n%s\n" % (nm, written, fld_pm)
                else:
                    pr = ins + "\n\n" + r164_rec(cont, nm, "Time", written, extra)
                r164_add("single", "d164-t-%s%d-%s" % (k, j, cont), "r164_time_pm", pr, tsch[si], e, [bad, e])
                nm2 = r164_nm()
                b = {"name": nm2, "time": am}
                v = {"name": nm2, "time": pm}
                if k == "nx" and cont == "L":
                    pb = ins + "\n\nText:\nName: %s\nTime: %s\n%s\n" % (nm2, written, fld_am)
                    pv = ins + "\n\nText:\nName: %s\nTime: %s\n%s\n" % (nm2, written, fld_pm)
                else:
                    pb = ins + "\n\n" + r164_rec(cont, nm2, "Time", written, fld_am + "\n")
                    pv = ins + "\n\n" + r164_rec(cont, nm2, "Time", written, fld_pm + "\n")
                r164_add("pair", "d164-tb-%s%d-%s" % (k, j, cont), "r164_time_pm_base", pb, tsch[si], b, [b])
                r164_add("pair", "d164-tv-%s%d-%s" % (k, j, cont), "r164_time_pm", pv, tsch[si], v, [b, v])
                if j % 3 == 0:
                    r164_add("safe", "d164-tok-%s%d-%s" % (k, j, cont), "r164_time_safe", pb + "Thanks, Ola.\n",
                             tsch[si], b, [b])
    # 12 am / 12 pm
    for (w, right, wrong) in [("12:15 am", "00:15", "12:15"), ("12:30 AM", "00:30", "12:30"),
                              ("12:30 pm", "12:30", "00:30"), ("12:05 a.m.", "00:05", "12:05"),
                              ("12 midnight", "00:00", "12:00"), ("12:45am", "00:45", "12:45")]:
        for si in range(3):
            for cont in ("L", "O", "T"):
                j += 1
                nm = r164_nm()
                e = {"name": nm, "time": right}
                bad = {"name": nm, "time": wrong}
                ins = "Extract name and time as JSON." if si != 2 else "Extract name and time (24-hour, HH:MM) as JSON."
                r164_add("single", "d164-t12-%d-%s" % (j, cont), "r164_time_12", ins + "\n\n" +
                         r164_rec(cont, nm, "Time", w), tsch[si], e, [bad, e])
    # time zones: asked in UTC, zone in a field of its own
    for rep in range(30):
        h = r164_rng.randint(3, 20)
        m = r164_rng.choice([0, 15, 30, 45])
        off = r164_rng.choice([1, 2, -5, 9, 3])
        loc = "%02d:%02d" % (h, m)
        utc = "%02d:%02d" % ((h - off) % 24, m)
        zname = {1: r164_rng.choice(["CET", "UTC+1", "GMT+1"]), 2: r164_rng.choice(["CEST", "UTC+2", "UTC+02:00"]),
                 -5: r164_rng.choice(["EST", "UTC-5"]), 9: r164_rng.choice(["JST", "UTC+9"]),
                 3: r164_rng.choice(["MSK", "UTC+3"])}[off]
        for (k, ins, sch) in [
            ("ins", "Extract name and departure time in UTC as JSON.", S({"name": "string", "departure": "string"})),
            ("key", "Extract name and departure as JSON.", S({"name": "string", "departure_utc": "string"})),
            ("desc", "Extract name and departure as JSON.", S({"name": "string", "departure": "string"},
                                                            {"departure": "departure time in UTC"})),
        ]:
            key = "departure_utc" if k == "key" else "departure"
            for (zk, fmt) in [("zf", "Departure: {t}\nTime zone: {z}"), ("zl", "Departure: {t}\n* times are {z}"),
                              ("zi", "Departure: {t} {z}")]:
                j += 1
                nm = r164_nm()
                e = {"name": nm, key: utc}
                bad = {"name": nm, key: loc}
                pr = ins + "\n\nText:\nName: %s\n%s\n" % (nm, fmt.format(t=loc, z=zname))
                r164_add("single", "d164-tz-%s%s%d" % (k, zk, j), "r164_tz", pr, sch, e, [bad, e])
                nm2 = r164_nm()
                b = {"name": nm2, key: loc}
                v = {"name": nm2, key: utc}
                r164_add("pair", "d164-zb-%s%s%d" % (k, zk, j), "r164_tz_base",
                         ins + "\n\nText:\nName: %s\n%s\n" % (nm2, fmt.format(t=loc, z="UTC")), sch, b, [b])
                r164_add("pair", "d164-zv-%s%s%d" % (k, zk, j), "r164_tz",
                         ins + "\n\nText:\nName: %s\n%s\n" % (nm2, fmt.format(t=loc, z=zname)), sch, v, [b, v])


r164_gen_dates()
r164_gen_times()


# ============================================================ PART 3: a time whose half of the day is a field of its own
r164_PERLAB = [("Period", "p.m."), ("Period", "PM"), ("Period", "pm"), ("Period", "P.M."), ("Period", "afternoon"),
               ("Meridiem", "PM"), ("Meridian", "p.m."), ("Suffix", "pm"), ("Half", "pm"), ("Half of day", "PM"),
               ("Daypart", "afternoon"), ("Time of day", "evening"), ("Time of day", "afternoon"),
               ("Time of day", "p.m."), ("Part of day", "afternoon"), ("Session", "afternoon"),
               ("Shift", "evening"), ("Clock", "PM"), ("A.M./P.M.", "P.M."), ("Am or pm", "pm"),
               ("Morning or afternoon", "afternoon"), ("Before or after noon", "after noon"),
               ("Tageszeit", "nachmittags"), ("Tageszeit", "abends"), ("Del av dagen", "ettermiddag"),
               ("Moment", "soir"), ("Period", "evening"), ("Period", "night")]
r164_TSCH = {
    "pat": S({"name": "string", "time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}}),
    "pat2": S({"name": "string", "time": {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}}),
    "hhmm": S({"name": "string", "time": "string"}, {"time": "HH:MM"}),
    "bare": S({"name": "string", "time": "string"}),
    "start": S({"name": "string", "start_time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}}),
}


def r164_trec(cont, nm, tlab, t, plab, pv, before=False):
    if cont == "L":
        lines = ["Name: " + nm, "%s: %s" % (tlab, t), "%s: %s" % (plab, pv)]
        if before:
            lines[1], lines[2] = lines[2], lines[1]
        return "Text:\n" + "\n".join(lines) + "\n"
    if cont == "O":
        return "Name: %s | %s: %s | %s: %s\n" % (nm, tlab, t, plab, pv)
    if cont == "Y":
        return "```yaml\nname: %s\n%s: \"%s\"\n%s: %s\n```\n" % (nm, tlab.lower().replace(" ", "_"), t,
                                                            plab.lower().replace(" ", "_"), pv)
    if cont == "T":
        return "| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (tlab, plab, nm, t, pv)
    if cont == "C":
        return "name,%s,%s\n%s,%s,%s\n" % (tlab.lower(), plab.lower(), nm, t, pv)
    if cont == "M":
        return ("Here is the email:\nSubject: Your appointment\n\nDear %s,\n\nyour appointment is confirmed.\n\n"
                "%s: %s\n%s: %s\n\nKind regards\nClinic desk\n" % (nm, tlab, t, plab, pv))
    if cont == "J":
        return json.dumps({"name": nm, tlab.lower(): t, plab.lower(): pv}) + "\n"
    raise ValueError(cont)


def r164_gen_period():
    j = 0
    for (plab, pv) in r164_PERLAB:
        for cont in ("L", "O", "Y", "T", "C", "M", "J", "Lb"):
            for sk in ("pat", "pat2", "hhmm", "bare", "start"):
                j += 1
                if sk in ("pat2", "start", "hhmm") and r164_rng.random() < 0.5:
                    continue
                h = r164_rng.randint(1, 11)
                m = r164_rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
                am = "%02d:%02d" % (h, m)
                pm = "%02d:%02d" % (h + 12, m)
                key = "start_time" if sk == "start" else "time"
                tlab = "Start time" if sk == "start" else r164_rng.choice(["Time", "Time", "Appointment time"])
                if tlab == "Appointment time" and sk != "start":
                    tlab = "Time"
                nm = r164_nm()
                c = cont[0]
                rec = r164_trec(c, nm, tlab, am, plab, pv, before=(cont == "Lb"))
                ins = "Extract name and %s as JSON." % key.replace("_", " ")
                e = {"name": nm, key: pm}
                bad = {"name": nm, key: am}
                arg = sk == "bare" or plab in ("Shift", "Session", "Moment") or pv in ("night",)
                r164_add("single", "d164-p-%d-%s-%s" % (j, cont, sk), "r164_period", ins + "\n\n" + rec,
                         r164_TSCH[sk], e, [bad, e], arg=arg)
                # pair: base "a.m." counterpart (right = am), variant pm (model repeats am first)
                if j % 2 == 0:
                    amv = {"p.m.": "a.m.", "PM": "AM", "pm": "am", "P.M.": "A.M.", "afternoon": "morning",
                           "evening": "morning", "after noon": "before noon", "nachmittags": "vormittags",
                           "abends": "morgens", "ettermiddag": "formiddag", "soir": "matin", "night": "morning"}[pv]
                    nm2 = r164_nm()
                    b = {"name": nm2, key: am}
                    v = {"name": nm2, key: pm}
                    r164_add("pair", "d164-pb-%d-%s-%s" % (j, cont, sk), "r164_period_base",
                             ins + "\n\n" + r164_trec(c, nm2, tlab, am, plab, amv, before=(cont == "Lb")),
                             r164_TSCH[sk], b, [b])
                    r164_add("pair", "d164-pv-%d-%s-%s" % (j, cont, sk), "r164_period",
                             ins + "\n\n" + r164_trec(c, nm2, tlab, am, plab, pv, before=(cont == "Lb")),
                             r164_TSCH[sk], v, [b, v], arg=arg)
                if j % 5 == 0:
                    # safe: the pm time stated in 24 hours beside "Period: p.m."; a thanks line
                    nm3 = r164_nm()
                    b = {"name": nm3, key: pm}
                    pb = ins + "\n\n" + r164_trec(c, nm3, tlab, pm, plab, pv, before=(cont == "Lb"))
                    r164_add("pair", "d164-qb-%d-%s-%s" % (j, cont, sk), "r164_period_24_base", pb, r164_TSCH[sk],
                             b, [b])
                    r164_add("safe", "d164-qok-%d-%s-%s" % (j, cont, sk), "r164_period_safe",
                             pb + "Thanks, Ola.\n", r164_TSCH[sk], b, [b])
    # pair: base with no period line, variant adds it
    for k in range(40):
        j += 1
        h = r164_rng.randint(1, 11)
        m = r164_rng.choice([0, 15, 30, 45])
        am = "%02d:%02d" % (h, m)
        pm = "%02d:%02d" % (h + 12, m)
        plab, pv = r164_rng.choice(r164_PERLAB[:12])
        nm = r164_nm()
        sk = r164_rng.choice(["pat", "pat2"])
        b = {"name": nm, "time": am}
        v = {"name": nm, "time": pm}
        ins = "Extract name and time as JSON.\n\n"
        r164_add("pair", "d164-ab-%d" % j, "r164_period_add_base", ins + "Text:\nName: %s\nTime: %s\n" % (nm, am),
                 r164_TSCH[sk], b, [b])
        r164_add("pair", "d164-av-%d" % j, "r164_period_add",
                 ins + "Text:\nName: %s\nTime: %s\n%s: %s\n" % (nm, am, plab, pv), r164_TSCH[sk], v, [b, v])


r164_gen_period()

# ============================================================ PART 4: edges of "Period: p.m." beside a time
r164_PLAB2 = ["Period", "period", "PERIOD", "Time period", "Day period", "Period of day", "Periode", "Periodo",
              "P\u00e9riode", "Period (AM/PM)", "Per.", "AM/PM period", "Clock period", "Periods"]
r164_PVAL2 = ["p.m.", "PM", "afternoon", "evening", "night", "post meridiem", "after noon", "nachmittags", "e.m.",
              "ettermiddag", "late afternoon", "pm (afternoon)", "P", "2nd half of the day"]
r164_TKEYS = [("time", "Time"), ("arrival_time", "Arrival time"), ("pickup_time", "Pickup time"),
              ("check_in_time", "Check-in time"), ("meeting_time", "Meeting time"), ("time", "Tid"),
              ("time", "Uhrzeit"), ("departure_time", "Departure")]
r164_PAT = "^[0-2][0-9]:[0-5][0-9]$"


def r164_gen_period2():
    j = 0
    # labels x containers (values fixed p.m.), values x containers (label fixed Period)
    combos = [(pl, "p.m.") for pl in r164_PLAB2] + [("Period", pv) for pv in r164_PVAL2[1:]]
    for (plab, pv) in combos:
        for cont in ("L", "O", "C", "J", "Lb"):
            for written in ("pad", "nopad"):
                j += 1
                key, tlab = r164_TKEYS[j % len(r164_TKEYS)]
                sch = S({"name": "string", key: {"type": "string", "pattern": r164_PAT}}) if written == "pad" else \
                    S({"name": "string", key: "string"})
                h = r164_rng.randint(1, 11)
                m = r164_rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
                t = "%02d:%02d" % (h, m) if written == "pad" else "%d:%02d" % (h, m)
                pm = "%02d:%02d" % (h + 12, m)
                nm = r164_nm()
                rec = r164_trec(cont[0], nm, tlab, t, plab, pv, before=(cont == "Lb"))
                ins = "Extract name and %s as JSON." % key.replace("_", " ")
                e = {"name": nm, key: pm}
                bad = {"name": nm, key: t}
                arg = (written == "nopad") or pv in ("night", "P", "late afternoon") or plab in ("Periods",)
                r164_add("single", "d164-q-%d-%s-%s" % (j, cont, written), "r164_period2", ins + "\n\n" + rec, sch,
                         e, [bad, e], arg=arg)
    # the hour as an integer member
    for (plab, pv) in [("Period", "p.m."), ("Period", "PM"), ("Period", "evening"), ("Time of day", "p.m."),
                       ("Meridiem", "PM")]:
        for cont in ("L", "O", "C", "J"):
            for rep in range(2):
                j += 1
                h = r164_rng.randint(1, 11)
                nm = r164_nm()
                sch = S({"name": "string", "hour": {"type": "integer", "minimum": 0, "maximum": 23}})
                rec = r164_trec(cont[0], nm, "Hour", str(h), plab, pv)
                e = {"name": nm, "hour": h + 12}
                bad = {"name": nm, "hour": h}
                r164_add("single", "d164-h-%d-%s" % (j, cont), "r164_period_hour",
                         "Extract name and hour (0-23) as JSON.\n\n" + rec if rep else
                         "Extract name and hour as JSON.\n\n" + rec, sch, e, [bad, e])
    # other fields that set the half of the day or the clock
    for (flab, fv, arg) in [("Format", "12-hour, PM", False), ("Clock", "12h PM", False), ("Format", "12h pm", False),
                            ("Notation", "PM", False), ("Suffix", "PM", False), ("Marker", "PM", False),
                            ("Indicator", "pm", False), ("Ante/post meridiem", "post", False), ("AMPM", "PM", False),
                            ("Half", "PM", False), ("Zone", "PM", True), ("Mode", "PM", True)]:
        for cont in ("L", "O", "C", "J"):
            j += 1
            h = r164_rng.randint(1, 11)
            m = r164_rng.choice([0, 15, 30, 45])
            t = "%02d:%02d" % (h, m)
            nm = r164_nm()
            sch = S({"name": "string", "time": {"type": "string", "pattern": r164_PAT}})
            e = {"name": nm, "time": "%02d:%02d" % (h + 12, m)}
            bad = {"name": nm, "time": t}
            r164_add("single", "d164-f-%d-%s" % (j, cont), "r164_period_other",
                     "Extract name and time as JSON.\n\n" + r164_trec(cont[0], nm, "Time", t, flab, fv), sch, e,
                     [bad, e], arg=arg)
    # safe: Period: a.m. with the time as written is right; a repeated record re-spaced
    for k in range(30):
        j += 1
        h = r164_rng.randint(1, 11)
        m = r164_rng.choice([0, 15, 30, 45])
        t = "%02d:%02d" % (h, m)
        nm = r164_nm()
        sch = S({"name": "string", "time": {"type": "string", "pattern": r164_PAT}})
        b = {"name": nm, "time": t}
        pr = "Extract name and time as JSON.\n\nText:\nName: %s\nTime: %s\nPeriod: a.m.\n" % (nm, t)
        r164_add("pair", "d164-sb-%d" % j, "r164_period_am_base", pr, sch, b, [b])
        r164_add("safe", "d164-sok-%d" % j, "r164_period_am_safe", pr.replace(": ", ":  ") + "Thanks, Ola.\n", sch,
                 b, [b])


r164_gen_period2()

# ============================================================ PART 5: other labels of a field of its own holding "PM"
r164_OLAB = [("Zone", True), ("Band", True), ("Slot", True), ("Window", True), ("Part", True), ("Segment", True),
             ("Cycle", True), ("Phase", True), ("Range", True), ("Type", True), ("Note", False), ("Remark", False),
             ("Info", False), ("Extra", True), ("Tag", True), ("Group", True), ("Category", True), ("Class", True),
             ("Status", True), ("Qualifier", False), ("Modifier", False), ("Comment", False), ("Nb", False),
             ("Hint", False), ("Spec", True), ("Detail", False), ("Notes", False), ("Annotation", False)]


def r164_gen_other():
    j = 2000
    for (lab, arg) in r164_OLAB:
        for pv in ("PM", "p.m."):
            for cont in ("L", "O", "J", "Lb"):
                j += 1
                h = r164_rng.randint(1, 11)
                m = r164_rng.choice([0, 15, 30, 45])
                t = "%02d:%02d" % (h, m)
                nm = r164_nm()
                key, tlab = r164_rng.choice([("time", "Time"), ("arrival_time", "Arrival time"),
                                             ("meeting_time", "Meeting time")])
                sch = S({"name": "string", key: {"type": "string", "pattern": r164_PAT}})
                e = {"name": nm, key: "%02d:%02d" % (h + 12, m)}
                bad = {"name": nm, key: t}
                r164_add("single", "d164-o-%d-%s" % (j, cont), "r164_period_olab",
                         "Extract name and %s as JSON.\n\n" % key.replace("_", " ") +
                         r164_trec(cont[0], nm, tlab, t, lab, pv, before=(cont == "Lb")), sch, e, [bad, e], arg=arg)


r164_gen_other()

# ============================================================ PART 6: safe paraphrases of stored shapes
def r164_gen_safe2():
    j = 3000
    for k in range(40):
        j += 1
        h = r164_rng.randint(1, 11)
        m = r164_rng.choice([0, 15, 30, 45])
        t = "%02d:%02d" % (h, m)
        nm = r164_nm()
        sch = S({"name": "string", "time": {"type": "string", "pattern": r164_PAT}})
        b = {"name": nm, "time": t}
        per = r164_rng.choice(["a.m.", "AM", "morning"])
        rec = "Text:\nName: %s\nTime: %s\nPeriod: %s\n" % (nm, t, per)
        r164_add("pair", "d164-xb-%d" % j, "r164_period_am_base", "Extract name and time as JSON.\n\n" + rec, sch, b,
                 [b])
        ins2 = r164_rng.choice(["Please return name and time as a JSON object.", "Extract the name and the time as JSON.",
                                "Extract name and time as JSON, without commentary."])
        r164_add("safe", "d164-xok-%d" % j, "r164_period_am_safe", ins2 + "\n\n" + rec, sch, b, [b])
    for k in range(20):
        j += 1
        nm = r164_nm()
        c = r164_rng.choice(["paid", "refund", "stop", "bfast"])
        key = r164_BOOL[c][0]
        lab = {"paid": "Paid", "refund": "Refundable", "stop": "Nonstop", "bfast": "Breakfast"}[c]
        yn = r164_rng.choice(["yes", "no"])
        b = {"name": nm, key: yn == "yes"}
        rec = "Text:\nName: %s\n%s: %s\n" % (nm, lab, yn)
        q = key.replace("_", " ")
        r164_add("pair", "d164-yb-%d" % j, "r164_bool_yes_base", "Extract name and %s as JSON.\n\n" % q + rec,
                 r164_bsch(c), b, [b])
        r164_add("safe", "d164-yok-%d" % j, "r164_bool_yes_safe",
                 "Please return name and %s as a JSON object.\n\n" % q + rec, r164_bsch(c), b, [b])


r164_gen_safe2()


# ============================================================ PART 7: a truth value turned by a field of its own
r164_TURN = [
    ("bfast", "Breakfast", "yes", False, ["at extra cost", "charged separately", "not included in the rate",
                                          "extra charge", "paid extra", "excluded from rate"], False),
    ("refund", "Refundable", "yes", False, ["only before 2024", "no longer", "expired", "not anymore"], True),
    ("paid", "Paid", "yes", False, ["reversed", "refunded", "chargeback", "bounced"], True),
    ("stop", "Nonstop", "yes", False, ["1 stop", "one stop in Oslo", "via Oslo"], False),
    ("pets", "Pets", "yes", False, ["not allowed", "none", "no pets"], False),
]


def r164_gen_turn():
    j = 4000
    for (c, lab, yes, truth, vals, arg) in r164_TURN:
        key = r164_BOOL[c][0]
        for flab in ("Type", "Category", "Class", "Tag", "Zone", "Period", "Note", "Status"):
            for fv in vals:
                for cont in ("L", "O", "J"):
                    j += 1
                    if r164_rng.random() < 0.5:
                        continue
                    nm = r164_nm()
                    e = {"name": nm, key: truth}
                    bad = {"name": nm, key: not truth}
                    r164_add("single", "d164-k-%d-%s" % (j, cont), "r164_turn_%s" % c,
                             "Extract name and %s as JSON.\n\n" % key.replace("_", " ") +
                             r164_trec(cont, nm, lab, yes, flab, fv), r164_bsch(c), e, [bad, e],
                             arg=arg or flab in ("Zone", "Tag", "Period"))


r164_gen_turn()

# Every item served wrong from the cache (run 2 of the full round, all singles), confirmed alone below.
r164_found_alone = {
    'd164-f-351-L', 'd164-f-352-O', 'd164-f-354-J', 'd164-h-271-L', 'd164-h-273-O', 'd164-h-277-J', 'd164-h-279-L',
    'd164-h-281-O', 'd164-h-287-L', 'd164-h-289-O', 'd164-h-293-J', 'd164-h-297-O', 'd164-h-301-J', 'd164-o-2001-L',
    'd164-o-2002-O', 'd164-o-2003-J', 'd164-o-2004-Lb', 'd164-o-2005-L', 'd164-o-2006-O', 'd164-o-2007-J',
    'd164-o-2008-Lb', 'd164-o-2073-L', 'd164-o-2074-O', 'd164-o-2075-J', 'd164-o-2076-Lb', 'd164-o-2077-L',
    'd164-o-2078-O', 'd164-o-2079-J', 'd164-o-2080-Lb', 'd164-o-2113-L', 'd164-o-2115-J', 'd164-o-2116-Lb',
    'd164-o-2117-L', 'd164-o-2118-O', 'd164-o-2119-J', 'd164-o-2120-Lb', 'd164-o-2129-L', 'd164-o-2130-O',
    'd164-o-2131-J', 'd164-o-2132-Lb', 'd164-o-2133-L', 'd164-o-2134-O', 'd164-o-2136-Lb', 'd164-o-2137-L',
    'd164-o-2138-O', 'd164-o-2139-J', 'd164-o-2140-Lb', 'd164-o-2141-L', 'd164-o-2143-J', 'd164-o-2144-Lb',
    'd164-p-1-L-pat', 'd164-p-1041-L-pat', 'd164-p-1042-L-pat2', 'd164-p-1044-L-bare', 'd164-p-1046-O-pat',
    'd164-p-1047-O-pat2', 'd164-p-1049-O-bare', 'd164-p-1061-C-pat', 'd164-p-1062-C-pat2', 'd164-p-1064-C-bare',
    'd164-p-1071-J-pat', 'd164-p-1072-J-pat2', 'd164-p-1074-J-bare', 'd164-p-1076-Lb-pat', 'd164-p-1079-Lb-bare',
    'd164-p-1081-L-pat', 'd164-p-1084-L-bare', 'd164-p-1086-O-pat', 'd164-p-1089-O-bare', 'd164-p-1090-O-start',
    'd164-p-1101-C-pat', 'd164-p-1104-C-bare', 'd164-p-111-J-pat', 'd164-p-1111-J-pat', 'd164-p-1112-J-pat2',
    'd164-p-1114-J-bare', 'd164-p-1116-Lb-pat', 'd164-p-1119-Lb-bare', 'd164-p-1120-Lb-start', 'd164-p-114-J-bare',
    'd164-p-116-Lb-pat', 'd164-p-119-Lb-bare', 'd164-p-121-L-pat', 'd164-p-124-L-bare', 'd164-p-125-L-start',
    'd164-p-126-O-pat', 'd164-p-127-O-pat2', 'd164-p-129-O-bare', 'd164-p-130-O-start', 'd164-p-141-C-pat',
    'd164-p-142-C-pat2', 'd164-p-144-C-bare', 'd164-p-151-J-pat', 'd164-p-154-J-bare', 'd164-p-156-Lb-pat',
    'd164-p-159-Lb-bare', 'd164-p-161-L-pat', 'd164-p-165-L-start', 'd164-p-166-O-pat', 'd164-p-167-O-pat2',
    'd164-p-169-O-bare', 'd164-p-181-C-pat', 'd164-p-184-C-bare', 'd164-p-185-C-start', 'd164-p-191-J-pat',
    'd164-p-194-J-bare', 'd164-p-197-Lb-pat2', 'd164-p-199-Lb-bare', 'd164-p-21-C-pat', 'd164-p-22-C-pat2',
    'd164-p-24-C-bare', 'd164-p-31-J-pat', 'd164-p-34-J-bare', 'd164-p-35-J-start', 'd164-p-37-Lb-pat2',
    'd164-p-39-Lb-bare', 'd164-p-4-L-bare', 'd164-p-40-Lb-start', 'd164-p-41-L-pat', 'd164-p-44-L-bare',
    'd164-p-46-O-pat', 'd164-p-49-O-bare', 'd164-p-5-L-start', 'd164-p-50-O-start', 'd164-p-6-O-pat',
    'd164-p-7-O-pat2', 'd164-p-71-J-pat', 'd164-p-72-J-pat2', 'd164-p-74-J-bare', 'd164-p-76-Lb-pat',
    'd164-p-79-Lb-bare', 'd164-p-81-L-pat', 'd164-p-86-O-pat', 'd164-p-87-O-pat2', 'd164-p-89-O-bare',
    'd164-p-9-O-bare', 'd164-p-90-O-start', 'd164-q-1-L-pad', 'd164-q-10-Lb-nopad', 'd164-q-11-L-pad',
    'd164-q-12-L-nopad', 'd164-q-131-L-pad', 'd164-q-132-L-nopad', 'd164-q-136-C-nopad', 'd164-q-137-J-pad',
    'd164-q-138-J-nopad', 'd164-q-139-Lb-pad', 'd164-q-140-Lb-nopad', 'd164-q-144-O-nopad', 'd164-q-147-J-pad',
    'd164-q-148-J-nopad', 'd164-q-152-L-nopad', 'd164-q-153-O-pad', 'd164-q-154-O-nopad', 'd164-q-155-C-pad',
    'd164-q-156-C-nopad', 'd164-q-16-C-nopad', 'd164-q-160-Lb-nopad', 'd164-q-161-L-pad', 'd164-q-162-L-nopad',
    'd164-q-163-O-pad', 'd164-q-164-O-nopad', 'd164-q-168-J-nopad', 'd164-q-169-Lb-pad', 'd164-q-17-J-pad',
    'd164-q-170-Lb-nopad', 'd164-q-171-L-pad', 'd164-q-172-L-nopad', 'd164-q-176-C-nopad', 'd164-q-177-J-pad',
    'd164-q-178-J-nopad', 'd164-q-179-Lb-pad', 'd164-q-18-J-nopad', 'd164-q-180-Lb-nopad', 'd164-q-184-O-nopad',
    'd164-q-185-C-pad', 'd164-q-186-C-nopad', 'd164-q-187-J-pad', 'd164-q-188-J-nopad', 'd164-q-19-Lb-pad',
    'd164-q-192-L-nopad', 'd164-q-193-O-pad', 'd164-q-194-O-nopad', 'd164-q-195-C-pad', 'd164-q-196-C-nopad',
    'd164-q-2-L-nopad', 'd164-q-20-Lb-nopad', 'd164-q-200-Lb-nopad', 'd164-q-201-L-pad', 'd164-q-202-L-nopad',
    'd164-q-203-O-pad', 'd164-q-204-O-nopad', 'd164-q-208-J-nopad', 'd164-q-209-Lb-pad', 'd164-q-210-Lb-nopad',
    'd164-q-211-L-pad', 'd164-q-212-L-nopad', 'd164-q-216-C-nopad', 'd164-q-217-J-pad', 'd164-q-218-J-nopad',
    'd164-q-219-Lb-pad', 'd164-q-220-Lb-nopad', 'd164-q-224-O-nopad', 'd164-q-225-C-pad', 'd164-q-226-C-nopad',
    'd164-q-227-J-pad', 'd164-q-228-J-nopad', 'd164-q-232-L-nopad', 'd164-q-233-O-pad', 'd164-q-234-O-nopad',
    'd164-q-235-C-pad', 'd164-q-236-C-nopad', 'd164-q-24-O-nopad', 'd164-q-240-Lb-nopad', 'd164-q-241-L-pad',
    'd164-q-242-L-nopad', 'd164-q-243-O-pad', 'd164-q-244-O-nopad', 'd164-q-248-J-nopad', 'd164-q-249-Lb-pad',
    'd164-q-25-C-pad', 'd164-q-250-Lb-nopad', 'd164-q-251-L-pad', 'd164-q-252-L-nopad', 'd164-q-256-C-nopad',
    'd164-q-257-J-pad', 'd164-q-258-J-nopad', 'd164-q-259-Lb-pad', 'd164-q-26-C-nopad', 'd164-q-260-Lb-nopad',
    'd164-q-27-J-pad', 'd164-q-28-J-nopad', 'd164-q-3-O-pad', 'd164-q-4-O-nopad', 'd164-q-41-L-pad',
    'd164-q-42-L-nopad', 'd164-q-43-O-pad', 'd164-q-44-O-nopad', 'd164-q-48-J-nopad', 'd164-q-49-Lb-pad',
    'd164-q-50-Lb-nopad', 'd164-q-51-L-pad', 'd164-q-52-L-nopad', 'd164-q-57-J-pad', 'd164-q-58-J-nopad',
    'd164-q-60-Lb-nopad', 'd164-q-8-J-nopad', 'd164-q-9-Lb-pad', 'd164-t-per172-L', 'd164-t-per187-L',
    'd164-t-per52-L',
}
# Arguable: no 24-hour form asked (plain string), a word for the half of the day ('afternoon', 'evening', 'night',
# 'nachmittags', 'e.m.', 'P'), or a label other than 'Period'/'Day period'/'Period of day' ('Zone', 'Type', 'Tag',
# 'Category', 'Class', 'Periods').
r164_arguable_found = {
    'd164-f-351-L', 'd164-f-352-O', 'd164-f-354-J', 'd164-h-287-L', 'd164-h-289-O', 'd164-h-293-J', 'd164-h-297-O',
    'd164-h-301-J', 'd164-o-2001-L', 'd164-o-2002-O', 'd164-o-2003-J', 'd164-o-2004-Lb', 'd164-o-2005-L',
    'd164-o-2006-O', 'd164-o-2007-J', 'd164-o-2008-Lb', 'd164-o-2073-L', 'd164-o-2074-O', 'd164-o-2075-J',
    'd164-o-2076-Lb', 'd164-o-2077-L', 'd164-o-2078-O', 'd164-o-2079-J', 'd164-o-2080-Lb', 'd164-o-2113-L',
    'd164-o-2115-J', 'd164-o-2116-Lb', 'd164-o-2117-L', 'd164-o-2118-O', 'd164-o-2119-J', 'd164-o-2120-Lb',
    'd164-o-2129-L', 'd164-o-2130-O', 'd164-o-2131-J', 'd164-o-2132-Lb', 'd164-o-2133-L', 'd164-o-2134-O',
    'd164-o-2136-Lb', 'd164-o-2137-L', 'd164-o-2138-O', 'd164-o-2139-J', 'd164-o-2140-Lb', 'd164-o-2141-L',
    'd164-o-2143-J', 'd164-o-2144-Lb', 'd164-p-1041-L-pat', 'd164-p-1042-L-pat2', 'd164-p-1044-L-bare',
    'd164-p-1046-O-pat', 'd164-p-1047-O-pat2', 'd164-p-1049-O-bare', 'd164-p-1061-C-pat', 'd164-p-1062-C-pat2',
    'd164-p-1064-C-bare', 'd164-p-1071-J-pat', 'd164-p-1072-J-pat2', 'd164-p-1074-J-bare', 'd164-p-1076-Lb-pat',
    'd164-p-1079-Lb-bare', 'd164-p-1081-L-pat', 'd164-p-1084-L-bare', 'd164-p-1086-O-pat', 'd164-p-1089-O-bare',
    'd164-p-1090-O-start', 'd164-p-1101-C-pat', 'd164-p-1104-C-bare', 'd164-p-1111-J-pat', 'd164-p-1112-J-pat2',
    'd164-p-1114-J-bare', 'd164-p-1116-Lb-pat', 'd164-p-1119-Lb-bare', 'd164-p-1120-Lb-start', 'd164-p-114-J-bare',
    'd164-p-119-Lb-bare', 'd164-p-124-L-bare', 'd164-p-129-O-bare', 'd164-p-144-C-bare', 'd164-p-154-J-bare',
    'd164-p-159-Lb-bare', 'd164-p-161-L-pat', 'd164-p-165-L-start', 'd164-p-166-O-pat', 'd164-p-167-O-pat2',
    'd164-p-169-O-bare', 'd164-p-181-C-pat', 'd164-p-184-C-bare', 'd164-p-185-C-start', 'd164-p-191-J-pat',
    'd164-p-194-J-bare', 'd164-p-197-Lb-pat2', 'd164-p-199-Lb-bare', 'd164-p-24-C-bare', 'd164-p-34-J-bare',
    'd164-p-39-Lb-bare', 'd164-p-4-L-bare', 'd164-p-44-L-bare', 'd164-p-49-O-bare', 'd164-p-74-J-bare',
    'd164-p-79-Lb-bare', 'd164-p-89-O-bare', 'd164-p-9-O-bare', 'd164-q-10-Lb-nopad', 'd164-q-12-L-nopad',
    'd164-q-131-L-pad', 'd164-q-132-L-nopad', 'd164-q-136-C-nopad', 'd164-q-137-J-pad', 'd164-q-138-J-nopad',
    'd164-q-139-Lb-pad', 'd164-q-140-Lb-nopad', 'd164-q-144-O-nopad', 'd164-q-148-J-nopad', 'd164-q-152-L-nopad',
    'd164-q-153-O-pad', 'd164-q-154-O-nopad', 'd164-q-155-C-pad', 'd164-q-156-C-nopad', 'd164-q-16-C-nopad',
    'd164-q-160-Lb-nopad', 'd164-q-161-L-pad', 'd164-q-162-L-nopad', 'd164-q-163-O-pad', 'd164-q-164-O-nopad',
    'd164-q-168-J-nopad', 'd164-q-169-Lb-pad', 'd164-q-170-Lb-nopad', 'd164-q-171-L-pad', 'd164-q-172-L-nopad',
    'd164-q-176-C-nopad', 'd164-q-177-J-pad', 'd164-q-178-J-nopad', 'd164-q-179-Lb-pad', 'd164-q-18-J-nopad',
    'd164-q-180-Lb-nopad', 'd164-q-184-O-nopad', 'd164-q-186-C-nopad', 'd164-q-188-J-nopad', 'd164-q-192-L-nopad',
    'd164-q-193-O-pad', 'd164-q-194-O-nopad', 'd164-q-195-C-pad', 'd164-q-196-C-nopad', 'd164-q-2-L-nopad',
    'd164-q-20-Lb-nopad', 'd164-q-200-Lb-nopad', 'd164-q-201-L-pad', 'd164-q-202-L-nopad', 'd164-q-203-O-pad',
    'd164-q-204-O-nopad', 'd164-q-208-J-nopad', 'd164-q-209-Lb-pad', 'd164-q-210-Lb-nopad', 'd164-q-211-L-pad',
    'd164-q-212-L-nopad', 'd164-q-216-C-nopad', 'd164-q-217-J-pad', 'd164-q-218-J-nopad', 'd164-q-219-Lb-pad',
    'd164-q-220-Lb-nopad', 'd164-q-224-O-nopad', 'd164-q-225-C-pad', 'd164-q-226-C-nopad', 'd164-q-227-J-pad',
    'd164-q-228-J-nopad', 'd164-q-232-L-nopad', 'd164-q-233-O-pad', 'd164-q-234-O-nopad', 'd164-q-235-C-pad',
    'd164-q-236-C-nopad', 'd164-q-24-O-nopad', 'd164-q-240-Lb-nopad', 'd164-q-242-L-nopad', 'd164-q-244-O-nopad',
    'd164-q-248-J-nopad', 'd164-q-250-Lb-nopad', 'd164-q-251-L-pad', 'd164-q-252-L-nopad', 'd164-q-256-C-nopad',
    'd164-q-257-J-pad', 'd164-q-258-J-nopad', 'd164-q-259-Lb-pad', 'd164-q-26-C-nopad', 'd164-q-260-Lb-nopad',
    'd164-q-28-J-nopad', 'd164-q-4-O-nopad', 'd164-q-42-L-nopad', 'd164-q-44-O-nopad', 'd164-q-48-J-nopad',
    'd164-q-50-Lb-nopad', 'd164-q-52-L-nopad', 'd164-q-58-J-nopad', 'd164-q-60-Lb-nopad', 'd164-q-8-J-nopad',
}
r164_arguable |= r164_arguable_found
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 4th safe variant and every 14th of the rest; then every arguable item left out.
from probe_kit import sample_round as r164_sample_round  # noqa: E402

r164_sample_round("d164-", r164_found_alone, 14, safe_every=4)
P[:] = [r164_p for r164_p in P if r164_p["id"] not in r164_arguable]
