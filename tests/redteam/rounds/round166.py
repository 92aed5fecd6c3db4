r"""Red-team round 166 (black box): A FIELD OF ITS OWN THAT CHANGES HOW ANOTHER FIELD READS.
Focus: a sibling field that gives a member's scale, unit, currency, time zone, percent/fraction form, calendar, sign,
  exponent, estimate or validity, beside a plain number the model copies (round 160's "Direction: below zero" and round
  164's "Period: p.m." generalised). Layouts: line records (modifier after or before the value), one-line "a | b"
  records, pipe tables (modifier column), CSV, YAML, JSON records, e-mails, a legend line under a table, a header line
  above the record, "(Label: x)" on the value's line.
9,802 probes (seeded random.Random(166)): 3,152 pair probes (1,576 base + variant), 5,913 singles (--runs 2), 737 safe.
Part 1 (d166-s/pb/pv/ok/ab/av-): 17 kinds x 6-19 labels x 3-13 values, 2 layouts each: scale ("Scale/Amounts in/
  Figures in/Denomination/Magnitude/Einheit/Beløp i: thousands, x1000, 1e3, 10^3, '000s, tusen"), rounding ("Rounded
  to: thousands"), exponent ("Exponent/Power of ten/Exp/E/x10^: 3"), cents ("Unit: cents" for price_eur), currency
  ("Currency/Valuta/CCY/Paid in: SEK, USD, kr, dollars" for price_eur/budget_eur), units ("Weight unit: lb/imperial/
  oz", "Length unit: inches", "Scale: Fahrenheit/Kelvin", "Distance unit: miles", "Unit: hours" for duration_minutes),
  percent vs fraction ("Format: percent/bp/per mille" for a share described "as a fraction"; "Format: fraction" for
  interest_rate_percent), calendar ("Calendar: Buddhist era/Solar Hijri/Bikram Sambat" for a Gregorian year), time zone
  ("Time zone/Offset/TZ/Clock: CEST, +02:00, America/New_York" for departure_utc), hemisphere ("E/W/Side/Orientation:
  W" for longitude), balance state ("Type/Entry/Position/Kind/Dr/Cr: debit, Dr, overdraft, arrears, owing"), "Below
  zero: yes", estimate ("Status: estimated", "Accuracy: approximate"), validity ("Valid: no"), adjustment ("Correction:
  +30"). Pairs: base with the neutral modifier ("Currency: EUR", "Scale: units", "Time zone: UTC") -> variant with the
  real one; base without the line -> variant adding it. Safe: instruction paraphrases of the pair bases.
Part 2 (d166-g/gb/gv-): a sign by a state word under 29 generic labels (Type, Kind, Position, Category, Tag, Class,
  Note, Result, Outcome, Trend, N/S, Relative to UTC...) for balance, profit, change_percent, variance, latitude,
  utc_offset_hours, goal_difference; schema plain or described "signed ...".
Part 3 (d166-x/k-): exponent under 18 short labels ("E", "e", "EXP", "x10", "10^", "Pow", "Zehnerpotenz"...); scales,
  currencies, units, percent, calendar, zones under the generic labels of part 2.
Part 4 (d166-w/wb/wv/wok-): GPS references (EXIF's "GPSLatitudeRef: S", "Latitude ref", "Lat dir", "N/S indicator",
  "Ref"), "Altitude ref: below sea level", balances "overdraft / in overdraft / à découvert / in debt" under 14 labels.
Part 5 (d166-r-, d166-t/z/h/o-): the short labels that let part 4 through ("Ref", "Ref.", "Reference", "Code", "Loc.
  ref", "Ref code" + 16 neighbours) beside a hemisphere, a balance state, a scale, a currency, a unit, a percent, a
  time's "p.m." and a zone "CEST"; the hemisphere in e-mails, YAML and pipe tables.
HELD: every pair (0 of 1,576 variants served the base's value from the cache; bases with a modifier field are never
  stored). Every scale, rounding, cents, currency, unit, percent/fraction, calendar and time-zone modifier under every
  label and layout, the generic and "Ref" labels included: many copies served fresh (3,395 wrong fresh in run 1, the
  checks convert nothing and accept the plain copy beside e.g. "Currency: SEK" or "Weight unit: lb"), none stored.
  Exponent fields other than "E"/"e" ("Exponent", "Power of ten", "Exp", "x10^", "Zehnerpotenz"). The sign labels
  "Hemisphere", "Direction", "Hemisphere ref", "Sign ref", "Latitude ref", "GPSLatitudeRef", "Lat dir", "N/S
  indicator" (a label holding the member's word or a sign word), "Altitude ref: below sea level" everywhere; "debit",
  "Dr", "owing", "negative", "overdrawn" beside a balance; every state in a pipe table, YAML, an e-mail, a header or
  legend line, "(Label: x)"; "Time: 04:30 / Ref: p.m.", "Departure: 14:00 / Ref: CEST"; described "signed" schemas
  (never stored). Estimates, "Valid: no", "Correction: +30": never stored.
WHAT GOT THROUGH (all singles but one pair variant; 196 items served wrong from the cache in run 2 of the full round,
  4 in run 1; all 196 again alone on a fresh SQLite store with --runs 2 (4 from the cache in run 1, 196 in run 2);
  71 clear, 125 arguable):
 (A) CLEAR (71): the HEMISPHERE in a field labelled by a generic reference word: "Latitude: 39.5 / Ref: S",
     "Longitude: 27.5 / Ref.: West", "Reference: South", "Loc. ref: S", CSV "name,latitude,ref / X,73.25,South", JSON
     {"latitude": 6.5, "ref": "south"} -> 39.5 / 27.5 / 73.25 / 6.5 stored and served (expected the negative signed
     decimal degree); the ref line before the value too. A BALANCE STATE of an overdrawn account under a generic label:
     "Balance: 307.25 / Position: overdraft" (also "Kind:", "Type:", "Class:", "Tag:", "Category:", "Account state:",
     "Account position:", "State of account:"; values "overdraft", "in overdraft", "à découvert") -> 307.25 (-307.25).
 (B) ARGUABLE (125, r166_arguable): the same hemisphere under "Code", "Ref code", "Category", "Account state" or as a
     single letter under "Reference"; balances "in debt", "arrears", "due to bank", "shortfall", "to pay", "debt", and
     "overdraft" under "Ref"/"Code"/"Loc. ref"; "Profit: 679 / Tag: a loss", "Entry: perte"; "Variance: 247 / Type:
     missing", "Category: under budget"; an exponent field labelled "E" or "e" ("Value: 322 / E: 3" -> 322, expected
     322000; the licensed rewrite served one such record's value to another in run 1).
Adds its probes to probe_kit.P; R166_ALONE=1 keeps only r166_found_alone."""
import json
import random as r166_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r166_rng = r166_random.Random(166)
r166_arguable = set()
r166_pairs, r166_singles, r166_safe = [], [], []
r166_C1 = "bdfgklmnprstvz"
r166_V1 = "aeiou"
r166_seen = set()


def r166_word(k):
    return "".join(r166_rng.choice(r166_C1) + r166_rng.choice(r166_V1) for _ in range(k))


def r166_nm():
    while True:
        n = r166_word(2).capitalize() + " " + r166_word(3).capitalize() + "dal"
        if n not in r166_seen:
            r166_seen.add(n)
            return n


def r166_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r166_arguable.add(id)
    {"pair": r166_pairs, "single": r166_singles, "safe": r166_safe}[kind].append(id)


def r166_num(x):
    x = round(x, 2)
    return int(x) if float(x).is_integer() else x


# kinds: key -> (json key, type, value label, description, value generator, written form)
r166_K = {
    "amount": ("amount", "number", "Amount", None),
    "revenue": ("revenue", "integer", "Revenue", None),
    "budget": ("budget_eur", "number", "Budget", "in euros"),
    "price": ("price_eur", "number", "Price", "price in euros"),
    "weight": ("weight_kg", "number", "Weight", None),
    "length": ("length_cm", "number", "Length", None),
    "temp": ("temperature_c", "number", "Temperature", "in degrees Celsius"),
    "dist": ("distance_km", "number", "Distance", None),
    "share": ("share", "number", "Share", "as a fraction between 0 and 1"),
    "ratepct": ("interest_rate_percent", "number", "Interest rate", None),
    "year": ("year", "integer", "Year", "Gregorian (CE) year"),
    "pop": ("population", "integer", "Population", None),
    "dur": ("duration_minutes", "integer", "Duration", None),
    "dep": ("departure_utc", "string", "Departure", "departure time in UTC, HH:MM"),
    "value": ("value", "number", "Value", None),
    "lon": ("longitude", "number", "Longitude", "signed decimal degrees, west negative"),
    "bal": ("balance", "number", "Balance", None),
}

# modifiers: (tag, kind, label, modifier value, neutral value for a pair base or None, fn(plain)->right, arguable)
r166_x = lambda f: (lambda v: r166_num(v * f))  # noqa: E731
r166_MODS = []


def r166_m(kind, labels, values, neutral, fn, arg=False):
    for lab in labels:
        for val in values:
            r166_MODS.append((kind, lab, val, neutral, fn, arg))


# scale of an amount / count
r166_SCL = ["Scale", "Amounts in", "Figures in", "Denomination", "Magnitude", "Stated in", "Values in",
            "Reported in", "Expressed in", "Note", "Basis", "Einheit", "Enhet", "Échelle", "Skala", "Tall i",
            "Beløp i", "Angaben in", "Montants en"]
r166_m("amount", r166_SCL, ["thousands", "x1000", "\u00d71000", "1e3", "10^3", "'000s", "000s", "in thousands",
                            "tusen", "Tausend", "milliers"], "units", r166_x(1000))
r166_m("revenue", r166_SCL[:10], ["thousands", "millions", "x1,000", "k", "hundreds", "MM"], "units",
       None)  # fn set per value below
r166_m("pop", ["Rounded to", "Rounding", "Scale", "Figures in", "Counted in", "Precision"],
       ["thousands", "nearest thousand", "x1000", "1,000s"], "units", r166_x(1000), arg=True)
r166_m("amount", ["Rounded to", "Rounding", "Precision"], ["thousands", "nearest thousand", "000s"], "units",
       r166_x(1000), arg=True)
r166_m("value", ["Exponent", "Power of ten", "Exp", "E", "\u00d710^", "Order of magnitude", "Times ten to the",
                 "Base-10 exponent", "Eksponent"], ["3", "2", "+3", "6"], "0", None)
# cents
r166_m("price", ["Unit", "Units", "Currency unit", "Denomination", "Stated in", "Priced in", "Enhet", "Minor unit",
                 "Money unit"], ["cents", "cent", "euro cents", "ct", "minor units", "1/100 EUR"], "euros",
       r166_x(0.01))
# currency other than asked
r166_m("price", ["Currency", "Valuta", "Währung", "Devise", "CCY", "Cur.", "Paid in", "Money", "Moneda", "Priced in"],
       ["SEK", "USD", "NOK", "DKK", "GBP", "kr", "dollars", "Swedish kronor", "CHF"], "EUR", None)
r166_m("budget", ["Currency", "Valuta", "CCY", "Budget currency", "Ccy"], ["SEK", "USD", "NOK", "GBP", "PLN"], "EUR",
       None)
# units
r166_m("weight", ["Weight unit", "Unit", "Units", "Measured in", "Mass unit", "System", "Vektenhet", "Scale unit",
                  "Gewichtseinheit", "UoM"], ["lb", "lbs", "pounds", "imperial", "oz", "st", "g", "grams", "US"],
       "kg", None)
r166_m("length", ["Length unit", "Unit", "Units", "Measured in", "System", "UoM", "Dimension unit", "Lengdeenhet"],
       ["inches", "in", "mm", "ft", "imperial", "m"], "cm", None)
r166_m("temp", ["Scale", "Temperature scale", "Unit", "Units", "Measured in", "Degrees", "Thermometer", "System"],
       ["Fahrenheit", "\u00b0F", "F", "Kelvin", "K", "imperial", "US customary"], "Celsius", None)
r166_m("dist", ["Distance unit", "Unit", "Units", "Measured in", "System", "UoM", "Odometer"],
       ["miles", "mi", "nautical miles", "nmi", "imperial", "m", "metres"], "km", None)
r166_m("dur", ["Unit", "Units", "Time unit", "Measured in", "Duration unit", "Stated in", "Enhet"],
       ["hours", "h", "hrs", "seconds", "s", "days"], "minutes", None)
# percent vs fraction
r166_m("share", ["Format", "Notation", "Unit", "Expressed as", "Stated as", "Type", "Form", "Shown as"],
       ["percent", "percentage", "%", "per cent", "prosent", "Prozent", "basis points", "bp", "per mille", "\u2030"],
       "fraction", None)
r166_m("ratepct", ["Format", "Notation", "Unit", "Expressed as", "Stated as", "Form", "Shown as"],
       ["fraction", "decimal", "decimal fraction", "ratio", "0-1", "basis points", "bp"], "percent", None)
# calendar
r166_m("year", ["Calendar", "Era", "Calendar system", "Kalender", "Dating", "Reckoning"],
       ["Buddhist", "Buddhist era", "BE", "Thai solar", "Hijri", "AH", "Hebrew", "Bikram Sambat", "Nepali",
        "Persian", "Solar Hijri", "Japanese (Reiwa)"], "Gregorian", None)
# time zone
r166_m("dep", ["Time zone", "Timezone", "TZ", "Zone", "Offset", "UTC offset", "Clock", "Local time", "Tidssone",
               "Zeitzone", "Fuseau"],
       ["CET", "CEST", "+02:00", "UTC+2", "+2", "Europe/Oslo", "local (UTC+2)", "GMT+2", "EST", "UTC-5",
        "-05:00", "America/New_York", "JST"], "UTC", None)
# sign in other words / sides
r166_m("lon", ["Hemisphere", "E/W", "Side", "East/West", "Direction", "Meridian side", "Lengde", "Orientation"],
       ["W", "West", "west of Greenwich", "V", "O (oeste)", "westlich"], "E", lambda v: r166_num(-v))
r166_m("bal", ["Type", "Entry", "Status", "Account state", "Position", "Balance type", "Dr/Cr", "Kind", "Side"],
       ["debit", "Dr", "overdraft", "owing", "arrears", "negative", "in debt", "due to bank", "shortfall"],
       "credit", lambda v: r166_num(-v), arg=True)
r166_m("temp", ["Below zero", "Below freezing", "Frost", "Minus", "Negative", "Sub-zero", "Under null"],
       ["yes", "true", "x", "\u2713", "ja"], "no", lambda v: r166_num(-v))
# estimate / validity / correction
r166_m("amount", ["Status", "Accuracy", "Quality", "Type", "Estimate", "Basis", "Confidence"],
       ["estimated", "approximate", "provisional", "forecast", "budgeted", "rough", "placeholder", "guess"],
       "final", None, arg=True)
r166_m("amount", ["Valid", "Correct", "Verified", "Checked", "OK", "Accepted", "Gyldig"],
       ["no", "false", "invalid", "N", "\u2717", "nei"], "yes", None, arg=True)
r166_m("amount", ["Adjustment", "Correction", "Offset", "Delta", "Add", "Plus", "Surcharge applied"],
       ["+30", "-20", "+10%", "x2", "\u00d72", "double"], "0", None, arg=True)

r166_CUR = {"SEK": 0.087, "USD": 0.92, "NOK": 0.085, "DKK": 0.134, "GBP": 1.17, "kr": 0.087, "dollars": 0.92,
            "Swedish kronor": 0.087, "CHF": 1.05, "PLN": 0.23}
r166_WT = {"lb": 0.4536, "lbs": 0.4536, "pounds": 0.4536, "imperial": 0.4536, "oz": 0.02835, "st": 6.35,
           "g": 0.001, "grams": 0.001, "US": 0.4536}
r166_LEN = {"inches": 2.54, "in": 2.54, "mm": 0.1, "ft": 30.48, "imperial": 2.54, "m": 100}
r166_DST = {"miles": 1.609, "mi": 1.609, "nautical miles": 1.852, "nmi": 1.852, "imperial": 1.609, "m": 0.001,
            "metres": 0.001}
r166_DUR = {"hours": 60, "h": 60, "hrs": 60, "seconds": 1 / 60, "s": 1 / 60, "days": 1440}
r166_YR = {"Buddhist": -543, "Buddhist era": -543, "BE": -543, "Thai solar": -543, "Hijri": None, "AH": None,
           "Hebrew": -3760, "Bikram Sambat": -57, "Nepali": -57, "Persian": 621, "Solar Hijri": 621,
           "Japanese (Reiwa)": None}
r166_TZ = {"CET": -1, "CEST": -2, "+02:00": -2, "UTC+2": -2, "+2": -2, "Europe/Oslo": -1, "local (UTC+2)": -2,
           "GMT+2": -2, "EST": 5, "UTC-5": 5, "-05:00": 5, "America/New_York": 5, "JST": -9}
r166_SCV = {"thousands": 1000, "millions": 1000000, "x1,000": 1000, "k": 1000, "hundreds": 100, "MM": 1000000}


def r166_value(kind, mval):
    """(written plain value, right value)."""
    r = r166_rng
    if kind in ("amount", "value", "bal"):
        v = r166_num(r.randint(12, 980) + r.choice([0, 0.5, 0.25]))
    elif kind == "revenue":
        v = r.randint(120, 9800)
    elif kind in ("price", "budget"):
        v = r.randint(150, 9900)
    elif kind == "weight":
        v = r.randint(40, 220)
    elif kind == "length":
        v = r.randint(8, 95)
    elif kind == "temp":
        v = r.randint(3, 30)
    elif kind == "dist":
        v = r.randint(12, 480)
    elif kind == "share":
        v = r.randint(5, 95)
    elif kind == "ratepct":
        v = r166_num(r.randint(15, 95) / 1000.0)
    elif kind == "year":
        v = r.randint(2560, 2570)
    elif kind == "pop":
        v = r.randint(12, 950)
    elif kind == "dur":
        v = r.randint(2, 9)
    elif kind == "dep":
        h, m = r.randint(9, 17), r.choice([0, 15, 30, 45])
        return "%02d:%02d" % (h, m), (h, m)
    elif kind == "lon":
        v = r166_num(r.randint(10, 170) + r.choice([0.5, 0.25, 0.75]))
    else:
        raise ValueError(kind)
    return v, v


def r166_right(kind, lab, mval, v, fn):
    if kind == "dep":
        h, m = v
        d = r166_TZ[mval]
        return "%02d:%02d" % ((h + d) % 24, m)
    if fn is not None:
        return fn(v)
    if kind == "revenue":
        return int(v * r166_SCV[mval])
    if kind == "value":
        return r166_num(v * 10 ** int(mval))
    if kind in ("price", "budget"):
        return r166_num(v * r166_CUR[mval])
    if kind == "weight":
        return r166_num(v * r166_WT[mval])
    if kind == "length":
        return r166_num(v * r166_LEN[mval])
    if kind == "temp":
        if mval in ("Kelvin", "K"):
            return r166_num(v - 273.15)
        return r166_num((v - 32) * 5 / 9.0)
    if kind == "dist":
        return r166_num(v * r166_DST[mval])
    if kind == "dur":
        return int(round(v * r166_DUR[mval]))
    if kind == "share":
        if mval in ("basis points", "bp"):
            return r166_num(v / 10000.0)
        if mval in ("per mille", "\u2030"):
            return r166_num(v / 1000.0)
        return r166_num(v / 100.0)
    if kind == "ratepct":
        if mval in ("basis points", "bp"):
            return r166_num(v / 100.0)
        return r166_num(v * 100)
    if kind == "year":
        d = r166_YR[mval]
        return v + d if d is not None else v - 1979  # rough; any value but the plain one
    if kind == "amount":
        # estimate / validity / adjustment: the "right" value is not the plain one (null or adjusted)
        if mval.startswith("+") and mval.endswith("%"):
            return r166_num(v * 1.1)
        if mval.startswith("+") or mval.startswith("-"):
            return r166_num(v + int(mval))
        if mval in ("x2", "\u00d72", "double"):
            return r166_num(v * 2)
        return None
    raise ValueError(kind)


def r166_sch(kind, nullable=False, tz=False):
    key, typ, lab, desc = r166_K[kind]
    t = {"type": [typ, "null"] if nullable else typ}
    if desc:
        t["description"] = desc
    if kind == "dep":
        t["pattern"] = "^[0-2][0-9]:[0-5][0-9]$"
    return S({"name": "string", key: t})


r166_INS = ["Extract name and {q} as JSON.", "Return the name and the {q} as a JSON object.",
            "Give me name and {q} as JSON.", "Convert the record to JSON (name, {q})."]
r166_SAFE_INS = ["Please extract the name and the {q} as JSON.", "Return JSON with name and {q}.",
                 "Extract name and {q} as JSON, please."]


def r166_rec(cont, nm, vlab, v, mlab, mval):
    vs = str(v)
    if cont == "L":
        return "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, vlab, vs, mlab, mval)
    if cont == "Lb":
        return "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, mlab, mval, vlab, vs)
    if cont == "O":
        return "Record: Name: %s | %s: %s | %s: %s\n" % (nm, vlab, vs, mlab, mval)
    if cont == "T":
        return "| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (vlab, mlab, nm, vs, mval)
    if cont == "C":
        return "name,%s,%s\n%s,%s,%s\n" % (vlab.lower(), mlab.lower(), nm, vs, mval)
    if cont == "Y":
        return "```yaml\nname: %s\n%s: %s\n%s: \"%s\"\n```\n" % (nm, vlab.lower().replace(" ", "_"), vs,
                                                              mlab.lower().replace(" ", "_"), mval)
    if cont == "J":
        return json.dumps({"name": nm, vlab.lower(): v, mlab.lower(): mval}, ensure_ascii=False) + "\n"
    if cont == "M":
        return ("Here is the email:\nFrom: office@firm.example\nSubject: Record\n\nHi,\n\nthe record is below.\n\n"
                "Name: %s\n%s: %s\n%s: %s\n\nBest regards\nOffice\n" % (nm, vlab, vs, mlab, mval))
    if cont == "G":  # legend line under a table
        return "| Name | %s |\n|---|---|\n| %s | %s |\n%s: %s\n" % (vlab, nm, vs, mlab, mval)
    if cont == "H":  # header line above the record
        return "%s: %s\n\nName: %s\n%s: %s\n" % (mlab, mval, nm, vlab, vs)
    if cont == "P":  # value in a parenthesis field of the same line
        return "Text:\nName: %s\n%s: %s (%s: %s)\n" % (nm, vlab, vs, mlab, mval)
    raise ValueError(cont)


r166_CONTS = ["L", "Lb", "O", "T", "C", "Y", "J", "M", "G", "H", "P"]


def r166_gen():
    j = 0
    for (kind, mlab, mval, neutral, fn, arg) in r166_MODS:
        conts = r166_rng.sample(r166_CONTS, 2)
        for cont in conts:
            j += 1
            key, typ, vlab, desc = r166_K[kind]
            v, vr = r166_value(kind, mval)
            right = r166_right(kind, mlab, mval, vr, fn)
            if typ == "integer" and isinstance(right, float):
                right = int(round(right))
            plain = v
            if kind == "dep":
                plain = v
            nm = r166_nm()
            q = key.replace("_", " ")
            ins = r166_INS[j % len(r166_INS)].format(q=q)
            nullable = right is None
            sch = r166_sch(kind, nullable=nullable)
            e = {"name": nm, key: right}
            bad = {"name": nm, key: plain}
            a = arg or nullable or cont in ("G", "H")
            r166_add("single", "d166-s-%d-%s" % (j, cont), "r166_mod_" + kind,
                     ins + "\n\n" + r166_rec(cont, nm, vlab, plain, mlab, mval), sch, e, [bad, e], arg=a)
            # pair: base with the neutral modifier value, variant with the real one
            if neutral is not None and j % 3 == 0:
                nm2 = r166_nm()
                b = {"name": nm2, key: plain}
                v2 = {"name": nm2, key: right}
                r166_add("pair", "d166-pb-%d-%s" % (j, cont), "r166_pair_base_" + kind,
                         ins + "\n\n" + r166_rec(cont, nm2, vlab, plain, mlab, neutral), sch, b, [b])
                r166_add("pair", "d166-pv-%d-%s" % (j, cont), "r166_pair_" + kind,
                         ins + "\n\n" + r166_rec(cont, nm2, vlab, plain, mlab, mval), sch, v2, [b, v2], arg=a)
                if j % 2 == 0:
                    sins = r166_SAFE_INS[j % 3].format(q=q)
                    r166_add("safe", "d166-ok-%d-%s" % (j, cont), "r166_safe_" + kind,
                             sins + "\n\n" + r166_rec(cont, nm2, vlab, plain, mlab, neutral), sch, b, [b])
            # pair: base without the modifier line, variant adds it (line records only)
            if j % 7 == 0 and cont in ("L", "O", "Y"):
                nm3 = r166_nm()
                b = {"name": nm3, key: plain}
                v3 = {"name": nm3, key: right}
                if cont == "L":
                    base = "Text:\nName: %s\n%s: %s\n" % (nm3, vlab, plain)
                elif cont == "O":
                    base = "Record: Name: %s | %s: %s\n" % (nm3, vlab, plain)
                else:
                    base = "```yaml\nname: %s\n%s: %s\n```\n" % (nm3, vlab.lower().replace(" ", "_"), plain)
                r166_add("pair", "d166-ab-%d-%s" % (j, cont), "r166_add_base_" + kind, ins + "\n\n" + base,
                         sch, b, [b])
                r166_add("pair", "d166-av-%d-%s" % (j, cont), "r166_add_" + kind,
                         ins + "\n\n" + r166_rec(cont, nm3, vlab, plain, mlab, mval), sch, v3, [b, v3], arg=a)


r166_gen()


# ============================================================ WAVE 2: around the holes of wave 1
# (a) a sign given by a state word in a field of its own, generic labels; schemas plain or saying "signed"
r166_SIGNK = {
    "bal": ("balance", "Balance", ["overdraft", "in arrears", "arrears", "in debt", "due to bank", "shortfall",
                                   "overdrawn account", "debt", "liability", "payable", "to pay", "red",
                                   "in the negative", "minus balance", "below nil", "loan", "outstanding debt",
                                   "Überziehung", "i minus", "à découvert", "en números rojos", "overtrekk"],
            ["credit", "in credit", "positive", "surplus"]),
    "profit": ("profit", "Profit", ["loss", "net loss", "a loss", "deficit year", "tap", "Verlust", "perte",
                                    "pérdida", "loss-making"], ["gain", "profit", "net gain"]),
    "change": ("change_percent", "Change", ["down", "decrease", "fall", "falling", "drop", "decline", "lower",
                                            "ned", "runter", "baisse", "bajada"], ["up", "increase", "rise"]),
    "var": ("variance", "Variance", ["under budget", "under", "short", "below target", "underrun", "missing"],
            ["over budget", "over", "above target"]),
    "lat": ("latitude", "Latitude", ["S", "South", "south of the equator", "Sør", "Süd", "Sud", "Sur"],
            ["N", "North"]),
    "off": ("utc_offset_hours", "UTC offset", ["behind", "behind UTC", "west", "minus", "earlier", "back"],
            ["ahead", "ahead of UTC"]),
    "gd": ("goal_difference", "Goal difference", ["lost", "lost by", "defeat", "behind", "trailing", "tap"],
           ["won", "won by", "ahead"]),
}
r166_SIGNLAB = ["Type", "Kind", "Position", "Account state", "Entry", "Status", "State", "Category", "Class",
                "Note", "Remark", "Flag", "Tag", "Mode", "Nature", "Label", "Sort", "Art", "Type of balance",
                "Result", "Outcome", "Trend", "Movement", "Situation", "Condition", "N/S", "Relative to UTC",
                "Match", "Standing"]
r166_SIGNDESC = [None, "signed", "signed value", "signed; debts, losses and falls are negative",
                 "signed number (negative below zero)"]


def r166_gen2():
    j = 5000
    for kind, (key, vlab, negv, posv) in r166_SIGNK.items():
        for lab in r166_SIGNLAB:
            for val in negv:
                if r166_rng.random() > 0.45:
                    continue
                j += 1
                cont = r166_rng.choice(["L", "Lb", "O", "J", "L", "O", "Y", "T", "C", "M"])
                if kind in ("lat",):
                    v = r166_num(r166_rng.randint(5, 80) + r166_rng.choice([0.5, 0.25]))
                elif kind in ("off", "gd"):
                    v = r166_rng.randint(1, 9)
                elif kind == "change":
                    v = r166_num(r166_rng.randint(1, 90) / 10.0)
                else:
                    v = r166_num(r166_rng.randint(20, 990) + r166_rng.choice([0, 0.5]))
                dsc = r166_rng.choice(r166_SIGNDESC)
                t = {"type": "integer" if kind in ("off", "gd") else "number"}
                if dsc:
                    t["description"] = dsc
                sch = S({"name": "string", key: t})
                nm = r166_nm()
                q = key.replace("_", " ")
                ins = r166_INS[j % len(r166_INS)].format(q=q)
                e = {"name": nm, key: r166_num(-v)}
                bad = {"name": nm, key: v}
                arg = kind in ("bal", "var", "gd") or dsc is None
                r166_add("single", "d166-g-%d-%s" % (j, cont), "r166_sign_" + kind,
                         ins + "\n\n" + r166_rec(cont, nm, vlab, v, lab, val), sch, e, [bad, e], arg=arg)
                if j % 4 == 0:
                    nm2 = r166_nm()
                    b = {"name": nm2, key: v}
                    r166_add("pair", "d166-gb-%d-%s" % (j, cont), "r166_signpair_base_" + kind,
                             ins + "\n\n" + r166_rec(cont, nm2, vlab, v, lab, r166_rng.choice(posv)), sch, b, [b])
                    r166_add("pair", "d166-gv-%d-%s" % (j, cont), "r166_signpair_" + kind,
                             ins + "\n\n" + r166_rec(cont, nm2, vlab, v, lab, val), sch,
                             {"name": nm2, key: r166_num(-v)}, [b, {"name": nm2, key: r166_num(-v)}], arg=arg)


r166_gen2()

# (b) an exponent under short labels; (c) scales, units, currencies, zones under the generic labels that let
# the sign words through
r166_EXPLAB = ["E", "e", "EXP", "x10", "\u00d710", "10^", "Pow", "Power", "Pot.", "Zehnerpotenz", "E-notation",
               "Sci", "Mag", "Magn.", "Scale exp", "Dec. shift", "Shift", "Places"]
r166_GEN = ["Type", "Kind", "Position", "Account state", "Entry", "Category", "Class", "Tag", "Mode", "Nature",
            "Sort", "Situation", "Condition", "Label", "Flag"]
r166_GENV = [("amount", ["thousands", "in thousands", "millions", "x1000", "'000"], None),
             ("price", ["SEK", "USD", "cents", "NOK", "GBP"], None),
             ("weight", ["lb", "pounds", "imperial", "grams"], None),
             ("length", ["inches", "mm", "imperial"], None),
             ("temp", ["Fahrenheit", "\u00b0F", "Kelvin"], None),
             ("dist", ["miles", "nautical miles"], None),
             ("dur", ["hours", "seconds"], None),
             ("share", ["percent", "%", "basis points"], None),
             ("year", ["Buddhist era", "Solar Hijri"], None),
             ("dep", ["CET", "UTC+2", "EST", "local (UTC+2)"], None)]


def r166_gen3():
    j = 8000
    for lab in r166_EXPLAB:
        for ex in ["3", "2", "+3", "6", "-2"]:
            for cont in r166_rng.sample(["L", "Lb", "O", "J", "Y", "T", "C", "M"], 3):
                j += 1
                v = r166_num(r166_rng.randint(12, 980) + r166_rng.choice([0, 0.5, 0.25]))
                right = r166_num(v * 10 ** int(ex))
                nm = r166_nm()
                sch = S({"name": "string", "value": "number"})
                ins = r166_INS[j % len(r166_INS)].format(q="value")
                r166_add("single", "d166-x-%d-%s" % (j, cont), "r166_exp",
                         ins + "\n\n" + r166_rec(cont, nm, "Value", v, lab, ex), sch,
                         {"name": nm, "value": right}, [{"name": nm, "value": v}, {"name": nm, "value": right}],
                         arg=lab in ("e", "E", "Shift", "Places", "Mag", "Sci"))
    for kind, vals, _ in r166_GENV:
        for lab in r166_GEN:
            for mval in vals:
                if r166_rng.random() > 0.6:
                    continue
                cont = r166_rng.choice(["L", "Lb", "O", "J", "L", "O"])
                j += 1
                key, typ, vlab, desc = r166_K[kind]
                v, vr = r166_value(kind, mval)
                fn = r166_x(1000) if (kind == "amount" and mval != "millions") else (
                    r166_x(1000000) if kind == "amount" else None)
                if kind == "price" and mval == "cents":
                    fn = r166_x(0.01)
                right = r166_right(kind, lab, mval, vr, fn)
                if typ == "integer" and isinstance(right, float):
                    right = int(round(right))
                nm = r166_nm()
                q = key.replace("_", " ")
                ins = r166_INS[j % len(r166_INS)].format(q=q)
                sch = r166_sch(kind)
                r166_add("single", "d166-k-%d-%s" % (j, cont), "r166_gen_" + kind,
                         ins + "\n\n" + r166_rec(cont, nm, vlab, v, lab, mval), sch, {"name": nm, key: right},
                         [{"name": nm, key: v}, {"name": nm, key: right}], arg=(kind == "amount"))


r166_gen3()


# (d) safe: a stored plain base (no modifier line) and an instruction paraphrase of it
def r166_gen4():
    j = 9500
    for k in range(160):
        j += 1
        kind = r166_rng.choice(["amount", "price", "weight", "temp", "share", "dist", "dur", "value", "bal"])
        key, typ, vlab, desc = r166_K.get(kind, ("balance", "number", "Balance", None)) if kind != "bal" else (
            "balance", "number", "Balance", None)
        v, vr = r166_value(kind, None)
        nm = r166_nm()
        sch = r166_sch(kind) if kind != "bal" else S({"name": "string", "balance": "number"})
        q = key.replace("_", " ")
        cont = r166_rng.choice(["L", "O", "Y"])
        if cont == "L":
            base = "Text:\nName: %s\n%s: %s\n" % (nm, vlab, v)
        elif cont == "O":
            base = "Record: Name: %s | %s: %s\n" % (nm, vlab, v)
        else:
            base = "```yaml\nname: %s\n%s: %s\n```\n" % (nm, vlab.lower(), v)
        b = {"name": nm, key: v}
        r166_add("pair", "d166-sb-%d-%s" % (j, cont), "r166_safebase_" + kind,
                 r166_INS[0].format(q=q) + "\n\n" + base, sch, b, [b])
        r166_add("safe", "d166-sok-%d-%s" % (j, cont), "r166_safe2_" + kind,
                 r166_SAFE_INS[j % 3].format(q=q) + "\n\n" + base, sch, b, [b])


r166_gen4()



# ============================================================ WAVE 3: realistic clear shapes around wave 2's holes
# GPS references (EXIF writes the hemisphere in a field of its own), bank balances, altitude references
r166_W3 = [
    # (kind key, value label, member type, description, labels, negative values, positive value, arguable)
    ("latitude", "Latitude", None,
     ["Latitude ref", "Lat ref", "LatitudeRef", "GPSLatitudeRef", "GPS Latitude Ref", "Latitude direction",
      "Lat dir", "N/S indicator", "Latitude N/S", "Category", "Account state", "Lat. hemisphere", "Breitengrad-Ref",
      "Ref"], ["S", "South", "south"], "N", False),
    ("longitude", "Longitude", None,
     ["Longitude ref", "Lon ref", "LongitudeRef", "GPSLongitudeRef", "GPS Longitude Ref", "Longitude direction",
      "Lon dir", "E/W indicator", "Longitude E/W", "Category", "Account state", "Ref"], ["W", "West", "west"],
     "E", False),
    ("altitude_m", "Altitude", None,
     ["Altitude ref", "AltitudeRef", "GPSAltitudeRef", "GPS Altitude Ref", "Category", "Reference", "Ref",
      "Account state"], ["below sea level", "1 (below sea level)", "Below Sea Level", "under sea level"],
     "above sea level", False),
    ("balance", "Balance", None,
     ["Type", "Kind", "Position", "Account state", "Category", "Tag", "Class", "Standing", "Situation",
      "Account status", "Balance status", "Balance state", "State of account", "Account position"],
     ["overdraft", "in debt", "\u00e0 d\u00e9couvert", "overdrawn", "in overdraft", "debt balance"], "in credit",
     False),
]


def r166_gen5():
    j = 10000
    for key, vlab, desc, labs, negs, pos, arg in r166_W3:
        for lab in labs:
            for val in negs:
                for cont in r166_rng.sample(["L", "Lb", "O", "J", "Y", "C", "T", "M"], 3):
                    j += 1
                    if key == "altitude_m":
                        v = r166_rng.randint(3, 420)
                    elif key == "balance":
                        v = r166_num(r166_rng.randint(20, 990) + r166_rng.choice([0, 0.5]))
                    else:
                        v = r166_num(r166_rng.randint(5, 80 if key == "latitude" else 170)
                                     + r166_rng.choice([0.5, 0.25, 0.75]))
                    t = {"type": "integer" if key == "altitude_m" else "number"}
                    sch = S({"name": "string", key: t})
                    nm = r166_nm()
                    q = key.replace("_", " ")
                    ins = r166_INS[j % len(r166_INS)].format(q=q)
                    e = {"name": nm, key: r166_num(-v)}
                    bad = {"name": nm, key: v}
                    a = arg or (key == "balance" and val not in ("overdrawn", "in overdraft", "overdraft",
                                                                 "\u00e0 d\u00e9couvert"))
                    r166_add("single", "d166-w-%d-%s" % (j, cont), "r166_ref_" + key,
                             ins + "\n\n" + r166_rec(cont, nm, vlab, v, lab, val), sch, e, [bad, e], arg=a)
                    if j % 3 == 0:
                        nm2 = r166_nm()
                        b = {"name": nm2, key: v}
                        r166_add("pair", "d166-wb-%d-%s" % (j, cont), "r166_refpair_base_" + key,
                                 ins + "\n\n" + r166_rec(cont, nm2, vlab, v, lab, pos), sch, b, [b])
                        r166_add("pair", "d166-wv-%d-%s" % (j, cont), "r166_refpair_" + key,
                                 ins + "\n\n" + r166_rec(cont, nm2, vlab, v, lab, val), sch,
                                 {"name": nm2, key: r166_num(-v)}, [b, {"name": nm2, key: r166_num(-v)}], arg=a)
                        if j % 2 == 0:
                            r166_add("safe", "d166-wok-%d-%s" % (j, cont), "r166_refsafe_" + key,
                                     r166_SAFE_INS[j % 3].format(q=q) + "\n\n" + r166_rec(cont, nm2, vlab, v, lab,
                                                                                          pos), sch, b, [b])


r166_gen5()



# ============================================================ WAVE 4: the short generic labels of wave 3 ("Ref") and
# their neighbours, for the hemisphere and for the other modifiers
r166_W4LAB = ["Ref", "Ref.", "Reference", "Hem.", "Hemi", "Quadrant", "Dir", "Dir.", "Indicator", "Suffix", "Letter",
              "Compass", "Cardinal", "Cardinal point", "Pole", "Half", "Code", "Qualifier", "Marker", "Key"]
r166_W4 = [
    ("latitude", "Latitude", "number", ["S", "South"], lambda v: r166_num(-v), False),
    ("longitude", "Longitude", "number", ["W", "West"], lambda v: r166_num(-v), False),
    ("temperature", "Temperature", "number", ["below zero", "minus", "sub-zero"], lambda v: r166_num(-v), False),
    ("amount", "Amount", "number", ["thousands", "x1000", "in thousands"], lambda v: r166_num(v * 1000), True),
    ("price_eur", "Price", "number", ["SEK", "USD", "cents"], None, False),
    ("weight_kg", "Weight", "number", ["lb", "pounds"], lambda v: r166_num(v * 0.4536), False),
    ("share", "Share", "number", ["percent", "%"], lambda v: r166_num(v / 100.0), False),
]


def r166_gen6():
    j = 12000
    for key, vlab, typ, vals, fn, arg in r166_W4:
        for lab in r166_W4LAB:
            for val in vals:
                for cont in r166_rng.sample(["L", "Lb", "O", "J", "C", "Y"], 2):
                    j += 1
                    if key in ("latitude", "longitude"):
                        v = r166_num(r166_rng.randint(5, 80) + r166_rng.choice([0.5, 0.25, 0.75]))
                    elif key == "temperature":
                        v = r166_rng.randint(2, 25)
                    elif key == "share":
                        v = r166_rng.randint(5, 95)
                    else:
                        v = r166_rng.randint(20, 990)
                    if fn is None:
                        right = r166_num(v * (0.01 if val == "cents" else r166_CUR[val]))
                    else:
                        right = fn(v)
                    d = {"price_eur": "price in euros", "share": "as a fraction between 0 and 1"}.get(key)
                    sch = S({"name": "string", key: typ}, {key: d} if d else None)
                    nm = r166_nm()
                    q = key.replace("_", " ")
                    ins = r166_INS[j % len(r166_INS)].format(q=q)
                    a = arg or lab in ("Half", "Key", "Code", "Marker", "Letter", "Pole", "Quadrant")
                    r166_add("single", "d166-r-%d-%s" % (j, cont), "r166_short_" + key,
                             ins + "\n\n" + r166_rec(cont, nm, vlab, v, lab, val), sch, {"name": nm, key: right},
                             [{"name": nm, key: v}, {"name": nm, key: right}], arg=a)


r166_gen6()



# ============================================================ WAVE 5: the "Ref" / "Code" labels beside a time's half, a
# time zone, a balance's state and an exponent; the hemisphere in other layouts (e-mail, YAML, a pipe table)
r166_W5LAB = ["Ref", "Ref.", "Reference", "Code", "Hemisphere ref", "Loc. ref", "Sign ref", "Ref code"]


def r166_gen7():
    j = 14000
    tsch = S({"name": "string", "time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}})
    for lab in r166_W5LAB:
        for cont in ("L", "Lb", "O", "J", "C", "Y", "T", "M"):
            # time + p.m.
            j += 1
            h, m = r166_rng.randint(1, 11), r166_rng.choice([0, 15, 30, 45])
            nm = r166_nm()
            am, pm = "%02d:%02d" % (h, m), "%02d:%02d" % (h + 12, m)
            r166_add("single", "d166-t-%d-%s" % (j, cont), "r166_w5_time",
                     "Extract name and time as JSON.\n\n" + r166_rec(cont, nm, "Time", am, lab, "p.m."), tsch,
                     {"name": nm, "time": pm}, [{"name": nm, "time": am}, {"name": nm, "time": pm}],
                     arg=lab in ("Code", "Ref code"))
            # departure in UTC + zone
            j += 1
            nm = r166_nm()
            h = r166_rng.randint(9, 17)
            sch = r166_sch("dep")
            r166_add("single", "d166-z-%d-%s" % (j, cont), "r166_w5_zone",
                     "Extract name and departure utc as JSON.\n\n" + r166_rec(cont, nm, "Departure", "%02d:00" % h, lab,
                                                                            "CEST"), sch,
                     {"name": nm, "departure_utc": "%02d:00" % (h - 2)},
                     [{"name": nm, "departure_utc": "%02d:00" % h}, {"name": nm, "departure_utc": "%02d:00" % (h - 2)}])
            # hemisphere
            for key, vlab, val in (("latitude", "Latitude", "S"), ("longitude", "Longitude", "West")):
                j += 1
                nm = r166_nm()
                v = r166_num(r166_rng.randint(5, 80) + 0.5)
                sch = S({"name": "string", key: "number"})
                r166_add("single", "d166-h-%d-%s" % (j, cont), "r166_w5_" + key,
                         "Give me name and %s as JSON.\n\n" % key + r166_rec(cont, nm, vlab, v, lab, val), sch,
                         {"name": nm, key: r166_num(-v)}, [{"name": nm, key: v}, {"name": nm, key: r166_num(-v)}],
                         arg=lab in ("Code", "Ref code") or (lab == "Reference" and len(val) == 1))
            # balance
            j += 1
            nm = r166_nm()
            v = r166_rng.randint(20, 900)
            sch = S({"name": "string", "balance": "number"})
            r166_add("single", "d166-o-%d-%s" % (j, cont), "r166_w5_balance",
                     "Extract name and balance as JSON.\n\n" + r166_rec(cont, nm, "Balance", v, lab, "overdraft"), sch,
                     {"name": nm, "balance": -v}, [{"name": nm, "balance": v}, {"name": nm, "balance": -v}],
                     arg=lab in ("Code", "Ref code"))


r166_gen7()

# Every item served wrong from the cache in the full round (run 1 or 2), confirmed alone below.
r166_found_alone = {
    'd166-g-5004-L', 'd166-g-5022-J', 'd166-g-5070-L', 'd166-g-5089-L', 'd166-g-5118-Lb', 'd166-g-5120-L',
    'd166-g-5296-O', 'd166-g-5322-L', 'd166-g-5552-L', 'd166-g-5572-O', 'd166-g-5574-J', 'd166-g-5593-O',
    'd166-g-5598-O', 'd166-g-5609-C', 'd166-g-5642-J', 'd166-g-5658-O', 'd166-gv-5552-L', 'd166-h-14004-L',
    'd166-h-14008-Lb', 'd166-h-14009-Lb', 'd166-h-14013-O', 'd166-h-14014-O', 'd166-h-14018-J', 'd166-h-14019-J',
    'd166-h-14023-C', 'd166-h-14024-C', 'd166-h-14043-L', 'd166-h-14044-L', 'd166-h-14048-Lb', 'd166-h-14053-O',
    'd166-h-14054-O', 'd166-h-14058-J', 'd166-h-14059-J', 'd166-h-14063-C', 'd166-h-14064-C', 'd166-h-14083-L',
    'd166-h-14084-L', 'd166-h-14088-Lb', 'd166-h-14089-Lb', 'd166-h-14093-O', 'd166-h-14094-O', 'd166-h-14098-J',
    'd166-h-14099-J', 'd166-h-14103-C', 'd166-h-14104-C', 'd166-h-14123-L', 'd166-h-14124-L', 'd166-h-14128-Lb',
    'd166-h-14129-Lb', 'd166-h-14133-O', 'd166-h-14134-O', 'd166-h-14138-J', 'd166-h-14139-J', 'd166-h-14143-C',
    'd166-h-14144-C', 'd166-h-14203-L', 'd166-h-14204-L', 'd166-h-14208-Lb', 'd166-h-14209-Lb', 'd166-h-14283-L',
    'd166-h-14284-L', 'd166-h-14288-Lb', 'd166-h-14289-Lb', 'd166-h-14293-O', 'd166-h-14294-O', 'd166-h-14298-J',
    'd166-h-14299-J', 'd166-h-14303-C', 'd166-h-14304-C', 'd166-o-14005-L', 'd166-o-14010-Lb', 'd166-o-14015-O',
    'd166-o-14020-J', 'd166-o-14045-L', 'd166-o-14050-Lb', 'd166-o-14055-O', 'd166-o-14060-J', 'd166-o-14085-L',
    'd166-o-14090-Lb', 'd166-o-14095-O', 'd166-o-14100-J', 'd166-o-14125-L', 'd166-o-14130-Lb', 'd166-o-14135-O',
    'd166-o-14140-J', 'd166-o-14205-L', 'd166-o-14210-Lb', 'd166-o-14285-L', 'd166-o-14290-Lb', 'd166-o-14295-O',
    'd166-o-14300-J', 'd166-r-12002-O', 'd166-r-12004-Lb', 'd166-r-12005-C', 'd166-r-12006-O', 'd166-r-12008-J',
    'd166-r-12009-C', 'd166-r-12010-L', 'd166-r-12012-J', 'd166-r-12065-J', 'd166-r-12066-L', 'd166-r-12068-C',
    'd166-r-12081-Lb', 'd166-r-12085-C', 'd166-r-12088-Lb', 'd166-r-12089-J', 'd166-r-12090-L', 'd166-r-12092-J',
    'd166-r-12146-L', 'd166-s-2378-O', 'd166-s-2384-L', 'd166-s-2396-O', 'd166-s-2402-Lb', 'd166-s-2432-J',
    'd166-s-2436-Lb', 'd166-s-2437-O', 'd166-s-2440-L', 'd166-s-2445-Lb', 'd166-s-2449-L', 'd166-s-2453-J',
    'd166-s-2454-L', 'd166-s-2456-J', 'd166-s-2457-J', 'd166-s-2458-O', 'd166-s-2504-L', 'd166-s-2508-Lb',
    'd166-s-629-J', 'd166-s-632-Lb', 'd166-w-10084-J', 'd166-w-10088-J', 'd166-w-10090-O', 'd166-w-10092-C',
    'd166-w-10094-L', 'd166-w-10096-O', 'd166-w-10097-O', 'd166-w-10098-L', 'd166-w-10120-Lb', 'd166-w-10121-O',
    'd166-w-10122-C', 'd166-w-10124-O', 'd166-w-10125-J', 'd166-w-10126-C', 'd166-w-10209-O', 'd166-w-10210-C',
    'd166-w-10212-C', 'd166-w-10220-J', 'd166-w-10224-C', 'd166-w-10228-J', 'd166-w-10229-J', 'd166-w-10230-C',
    'd166-w-10233-C', 'd166-w-10334-L', 'd166-w-10336-O', 'd166-w-10338-O', 'd166-w-10345-J', 'd166-w-10349-Lb',
    'd166-w-10350-O', 'd166-w-10352-O', 'd166-w-10357-O', 'd166-w-10368-J', 'd166-w-10374-O', 'd166-w-10386-O',
    'd166-w-10390-O', 'd166-w-10393-O', 'd166-w-10398-L', 'd166-w-10408-L', 'd166-w-10409-J', 'd166-w-10416-J',
    'd166-w-10417-Lb', 'd166-w-10424-O', 'd166-w-10429-O', 'd166-w-10433-L', 'd166-w-10440-O', 'd166-w-10444-L',
    'd166-w-10445-L', 'd166-w-10446-J', 'd166-w-10553-Lb', 'd166-w-10565-L', 'd166-w-10570-O', 'd166-w-10572-J',
    'd166-w-10578-Lb', 'd166-x-8001-Lb', 'd166-x-8004-J', 'd166-x-8005-L', 'd166-x-8010-L', 'd166-x-8013-C',
    'd166-x-8017-L', 'd166-x-8018-O', 'd166-x-8020-O', 'd166-x-8021-Lb', 'd166-x-8022-O', 'd166-x-8024-Lb',
    'd166-x-8025-J', 'd166-x-8026-Lb', 'd166-x-8028-Lb', 'd166-x-8029-C',
}
r166_arguable_found = {
    'd166-g-5004-L', 'd166-g-5022-J', 'd166-g-5070-L', 'd166-g-5118-Lb', 'd166-g-5120-L', 'd166-g-5296-O',
    'd166-g-5322-L', 'd166-g-5552-L', 'd166-g-5572-O', 'd166-g-5574-J', 'd166-g-5593-O', 'd166-g-5598-O',
    'd166-g-5609-C', 'd166-g-5642-J', 'd166-g-5658-O', 'd166-gv-5552-L', 'd166-h-14083-L', 'd166-h-14088-Lb',
    'd166-h-14093-O', 'd166-h-14098-J', 'd166-h-14103-C', 'd166-h-14123-L', 'd166-h-14124-L', 'd166-h-14128-Lb',
    'd166-h-14129-Lb', 'd166-h-14133-O', 'd166-h-14134-O', 'd166-h-14138-J', 'd166-h-14139-J', 'd166-h-14143-C',
    'd166-h-14144-C', 'd166-h-14283-L', 'd166-h-14284-L', 'd166-h-14288-Lb', 'd166-h-14289-Lb', 'd166-h-14293-O',
    'd166-h-14294-O', 'd166-h-14298-J', 'd166-h-14299-J', 'd166-h-14303-C', 'd166-h-14304-C', 'd166-o-14005-L',
    'd166-o-14010-Lb', 'd166-o-14015-O', 'd166-o-14020-J', 'd166-o-14045-L', 'd166-o-14050-Lb', 'd166-o-14055-O',
    'd166-o-14060-J', 'd166-o-14085-L', 'd166-o-14090-Lb', 'd166-o-14095-O', 'd166-o-14100-J', 'd166-o-14125-L',
    'd166-o-14130-Lb', 'd166-o-14135-O', 'd166-o-14140-J', 'd166-o-14205-L', 'd166-o-14210-Lb', 'd166-o-14285-L',
    'd166-o-14290-Lb', 'd166-o-14295-O', 'd166-o-14300-J', 'd166-r-12009-C', 'd166-r-12010-L', 'd166-r-12065-J',
    'd166-r-12066-L', 'd166-r-12068-C', 'd166-r-12089-J', 'd166-r-12090-L', 'd166-r-12146-L', 'd166-s-2378-O',
    'd166-s-2384-L', 'd166-s-2396-O', 'd166-s-2402-Lb', 'd166-s-2432-J', 'd166-s-2436-Lb', 'd166-s-2437-O',
    'd166-s-2440-L', 'd166-s-2449-L', 'd166-s-2453-J', 'd166-s-2454-L', 'd166-s-2456-J', 'd166-s-2457-J',
    'd166-s-2458-O', 'd166-s-2504-L', 'd166-s-2508-Lb', 'd166-s-629-J', 'd166-s-632-Lb', 'd166-w-10084-J',
    'd166-w-10088-J', 'd166-w-10090-O', 'd166-w-10092-C', 'd166-w-10094-L', 'd166-w-10096-O', 'd166-w-10097-O',
    'd166-w-10098-L', 'd166-w-10209-O', 'd166-w-10210-C', 'd166-w-10212-C', 'd166-w-10220-J', 'd166-w-10224-C',
    'd166-w-10334-L', 'd166-w-10336-O', 'd166-w-10352-O', 'd166-w-10390-O', 'd166-w-10408-L', 'd166-w-10424-O',
    'd166-w-10444-L', 'd166-w-10570-O', 'd166-x-8001-Lb', 'd166-x-8004-J', 'd166-x-8005-L', 'd166-x-8010-L',
    'd166-x-8013-C', 'd166-x-8017-L', 'd166-x-8018-O', 'd166-x-8020-O', 'd166-x-8021-Lb', 'd166-x-8022-O',
    'd166-x-8024-Lb', 'd166-x-8025-J', 'd166-x-8026-Lb', 'd166-x-8028-Lb', 'd166-x-8029-C',
}
r166_arguable = (r166_arguable - r166_found_alone) | r166_arguable_found
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 4th safe variant and every 12th of the rest; then every arguable item left out.
from probe_kit import sample_round as r166_sample_round  # noqa: E402

r166_sample_round("d166-", r166_found_alone, 12, safe_every=4)
P[:] = [r166_p for r166_p in P if r166_p["id"] not in r166_arguable]
