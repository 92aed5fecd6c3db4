r"""Red-team round 160 (black box): NUMBERS WRITTEN OTHER WAYS AND THEIR CHANGES.
8,560 probes: 2,262 pairs (base + variant; 14 of them equations), 2,796 singles (--runs 2), 1,070 safe variants.
Part 1 (d160-b/v/ok/ok2/s-): the member written in words ("forty-two", "twenty one", "a dozen", "three dozen", "a pair",
  "half a dozen", "a score", "a gross"), mixed ("2 million", "1.5k", "3½", "2 1/2", "¾", "3⁄4"), ordinals ("3rd",
  "the fifth", "twenty-first", "3ème", "3ʳᵈ"), Roman ("XIV", "Ⅻ", "MCMXC"), times in words ("half past six", "quarter to
  nine"), signs ("minus 4", "4 below zero", "−4", "(4)", "negative four"), percent / percentage points / bp,
  approximations ("about 40", "40-ish"), glued ("40yrs", "x3", "3x", "No.7", "#7", "3pax") in line records, prose,
  pipe tables and JSON records; pair variants change only the written number ("forty-two" -> "forty-three", "3rd" ->
  "4th", "XIV" -> "XV", "a dozen" -> "two dozen"); singles answer a misreading (42 for "forty-two thousand", 3 for
  "3 dozen", 1 for "½", 4 for "minus 4", "09:15" for "quarter to nine"). Equations with words/Roman/fractions.
  HELD: a value in words is never verified ("42 does not occur in the source text; the text states age: forty-two"),
  so no such base is stored; misreadings served fresh (prose "3½" -> 3, "4 below zero" -> 4) are never stored.
Part 2 (d160-b2/v2/ok3/ok4/s2-): a plain stored base ("Age: 42", "Guests: 12", "Floor: 3", "Temperature: 4", ...) and the
  member's field rewritten in another form or a line added ("Guests: 12 dozen", "Floor: B3", "Temperature: −4",
  "Unit: dozen", "Correction: forty-three", "Extra guests: two"). HELD for every pair (reuse refused: "failing_fraction",
  "patch failed ... the text states ..."). Singles "Times: two", "Unit: pairs", "Boxes: two" stored (arguable).
Part 3 (d160-b3/v3/s3-): a field of no member whose value is a number in words beside a plain member, 66 labels x 12
  kinds. HELD: every "clear" label ("Actual: forty-three", "Revised:", "Final:", "Corrected value:" ... never stored),
  every pair. Stored and served (arguable): "Times: two/three/½", "Unit: pair(s)/score/gross", "Boxes/Batches/Teams/
  Tables/Nights/Weeks: two", "Level/Edition: second", "Direction: below zero".
Part 4/5 (d160-b4/v4/s4/s5-): the SIGN of a plain number given in words in a field of its own.
WHAT GOT THROUGH (all singles; 204 items confirmed alone on a fresh SQLite store, --runs 2; 88 clear, 116 arguable):
 (A) "Temperature: 4 / Direction: below zero" (also "Position:", values "sub-zero", "under zero", "below 0"),
     "Elevation: 12 / Direction: below sea level" ("under/beneath sea level", "below zero"), "Balance: 42.00 /
     Direction: overdrawn" ("in the red", "below zero"): the model's unsigned 4 / 12 / 42 is stored in run 1 and
     served from the cache in run 2 ("all 2 steps verified"); also in one-line "a | b | c" records, YAML, CSV and
     with the sign field before the value. Held: the same values under "Sign:", "Polarity:", "Status:", "Side:",
     "Relative to zero:", "Above or below:", the field in a pipe table, "Direction of the temperature: below zero", and every pair (the stored plain base is not reused).
 (B) ARGUABLE (r160_arguable): "below freezing", "below", "frost", "under", "under freezing" after
     "Direction:"/"Position:", a lone "-" under any of those labels ("Side: -", "Polarity: -"); floors "below ground",
     "underground", "basement"; balance "owed to the bank", "deficit"; part 2/3 multipliers and units in words.
Adds its probes to probe_kit.P."""
import json  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r160_pairs = []
r160_singles = []
r160_safe = []
r160_arguable = set()
r160_n = [0]
r160_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]


import random as r160_random  # noqa: E402

r160_rng = r160_random.Random(160)
r160_C1 = "bdfgklmnprstvz"
r160_V1 = "aeiou"


def r160_word(k):
    return "".join(r160_rng.choice(r160_C1) + r160_rng.choice(r160_V1) for _ in range(k))


def r160_nm():
    r160_n[0] += 1
    return r160_word(2).capitalize() + " " + r160_word(3).capitalize() + "vik"


# member kinds: key -> (json key, type, label, prose template, description)
r160_K = {
    "age": ("age", "integer", "Age", "{n} is {w} years old", None),
    "guests": ("guests", "integer", "Guests", "{n} booked a table for {w} guests", None),
    "qty": ("quantity", "integer", "Quantity", "{n} ordered {w} units of the part", None),
    "floor": ("floor", "integer", "Floor", "{n} lives on the {w} floor", None),
    "chapter": ("chapter", "integer", "Chapter", "{n} stopped reading at chapter {w}", None),
    "temp": ("temperature", "number", "Temperature", "at {n}'s station the temperature was {w} degrees Celsius", None),
    "pop": ("population", "integer", "Population", "{n}'s home town has a population of {w}", None),
    "weight": ("weight_kg", "number", "Weight (kg)", "{n}'s parcel weighs {w} kg", None),
    "time": ("meeting_time", "string", "Meeting time", "{n}'s meeting starts at {w}", None),
    "rate": ("interest_rate", "number", "Interest rate", "{n}'s loan has an interest rate of {w}", "in percent"),
    "price": ("price", "number", "Price", "{n}'s ticket costs {w} euros", None),
    "table": ("table_number", "integer", "Table", "{n} sat at table {w}", None),
    "year": ("year", "integer", "Year", "{n}'s house was built in {w}", None),
}


def r160_sch(k):
    key, typ, lab, pro, desc = r160_K[k]
    return S({"name": "string", key: typ}, {key: desc} if desc else None)


def r160_prompt(k, c, nm, w, extra=""):
    key, typ, lab, pro, desc = r160_K[k]
    q = key.replace("_", " ")
    if c == "L":
        return "Extract name and %s as JSON.\n\nText:\nName: %s\n%s: %s\n%s" % (q, nm, lab, w, extra)
    if c == "P":
        s = pro.format(n=nm, w=w)
        return "Return the name and the %s as JSON.\n\n%s%s.\n%s" % (q, s[0].upper() + s[1:], "", extra)
    if c == "T":
        return "Give name and %s as JSON.\n\n| Name | %s |\n|---|---|\n| %s | %s |\n%s" % (q, lab, nm, w, extra)
    if c == "J":
        return "Convert this record to JSON with name and %s.\n\n%s\n%s" % (
            q, json.dumps({"name": nm, lab.split(" (")[0].lower(): w}, ensure_ascii=False), extra)
    raise ValueError(c)


def r160_obj(k, nm, v):
    return {"name": nm, r160_K[k][0]: v}


# ------------------------------------------------------------------ PAIRS
# (tag, kind, base written, base value, variant written, variant value, arguable)
r160_PAIRS = [
    # words
    ("w4243", "age", "forty-two", 42, "forty-three", 43, False),
    ("w4243sp", "age", "forty two", 42, "forty three", 43, False),
    ("w4243cap", "age", "Forty-Two", 42, "Forty-Three", 43, False),
    ("w4252", "age", "forty-two", 42, "fifty-two", 52, False),
    ("w2122", "age", "twenty one", 21, "twenty two", 22, False),
    ("w2131", "age", "twenty-one", 21, "thirty-one", 31, False),
    ("w717", "age", "seven", 7, "seventeen", 17, False),
    ("w1770", "age", "seventeen", 17, "seventy", 70, False),
    ("w880", "age", "eight", 8, "eighty", 80, False),
    ("w6066", "age", "sixty", 60, "sixty-six", 66, False),
    ("wd42", "age", "42", 42, "forty-three", 43, False),
    ("wdw42", "age", "forty-two", 42, "43", 43, False),
    ("w101", "age", "one hundred and one", 101, "one hundred and eleven", 111, False),
    ("w42en", "age", "forty\u2013two", 42, "forty\u2013three", 43, False),
    ("w4243g", "guests", "forty-two", 42, "forty-three", 43, False),
    ("w46g", "guests", "four", 4, "six", 6, False),
    ("w4243q", "qty", "forty-two", 42, "forty-two hundred", 4200, False),
    ("w42kq", "qty", "forty-two", 42, "forty-two thousand", 42000, False),
    ("w2122q", "qty", "twenty-one", 21, "twenty-one hundred", 2100, False),
    # glued to letters
    ("y40yrs", "age", "40yrs", 40, "41yrs", 41, False),
    ("y40y", "age", "40y", 40, "41y", 41, False),
    ("y40yo", "age", "40yo", 40, "41yo", 41, False),
    ("y40sp", "age", "40 yrs", 40, "41yrs", 41, False),
    ("x3x4", "guests", "x3", 3, "x4", 4, False),
    ("x3X4", "qty", "x3", 3, "x4", 4, False),
    ("3x4x", "qty", "3x", 3, "4x", 4, False),
    ("3pcs", "qty", "3pcs", 3, "4pcs", 4, False),
    ("3pax", "guests", "3pax", 3, "4pax", 4, False),
    ("3ppl", "guests", "3ppl", 3, "4ppl", 4, False),
    ("mul3", "qty", "\u00d73", 3, "\u00d74", 4, False),
    ("no7", "table", "No.7", 7, "No.8", 8, False),
    ("no7sp", "table", "No. 7", 7, "No. 17", 17, False),
    ("hash7", "table", "#7", 7, "#8", 8, False),
    ("nr7", "table", "Nr.7", 7, "Nr.8", 8, False),
    ("t7w", "table", "seven", 7, "eight", 8, False),
    ("t7r", "table", "VII", 7, "VIII", 8, False),
    # dozens, pairs, scores
    ("dz12", "guests", "a dozen", 12, "two dozen", 24, False),
    ("dz13", "guests", "a dozen", 12, "three dozen", 36, False),
    ("dz1h", "guests", "a dozen", 12, "half a dozen", 6, False),
    ("dzh1h", "guests", "half a dozen", 6, "a dozen and a half", 18, False),
    ("dz23", "qty", "2 dozen", 24, "3 dozen", 36, False),
    ("dz23w", "qty", "two dozen", 24, "three dozen", 36, False),
    ("dzd", "qty", "12", 12, "12 dozen", 144, False),
    ("dz1d", "qty", "a dozen", 12, "a dozen dozen", 144, False),
    ("pr12", "qty", "a pair", 2, "two pairs", 4, False),
    ("pr13", "qty", "one pair", 2, "three pairs", 6, False),
    ("sc12", "guests", "a score", 20, "two score", 40, False),
    ("gr12", "qty", "a gross", 144, "two gross", 288, False),
    ("cpl", "guests", "a couple", 2, "a couple of dozen", 24, True),
    ("k1k15", "qty", "1k", 1000, "1.5k", 1500, False),
    ("k15k25", "qty", "1.5k", 1500, "2.5k", 2500, False),
    ("k15K16", "qty", "15k", 15000, "16k", 16000, False),
    ("k15M", "qty", "1.5k", 1500, "1.5M", 1500000, False),
    # millions
    ("m23", "pop", "2 million", 2000000, "3 million", 3000000, False),
    ("m225", "pop", "2 million", 2000000, "2.5 million", 2500000, False),
    ("m2b", "pop", "2 million", 2000000, "2 billion", 2000000000, False),
    ("m23w", "pop", "two million", 2000000, "three million", 3000000, False),
    ("mhq", "pop", "half a million", 500000, "a quarter of a million", 250000, False),
    ("m12m13", "pop", "1.2m", 1200000, "1.3m", 1300000, True),
    ("mio23", "pop", "2 Mio.", 2000000, "3 Mio.", 3000000, False),
    ("w42k43k", "pop", "forty-two thousand", 42000, "forty-three thousand", 43000, False),
    ("w42h43h", "pop", "forty-two hundred", 4200, "forty-three hundred", 4300, False),
    ("k42k43", "pop", "42k", 42000, "43k", 43000, False),
    ("kth", "pop", "42 thousand", 42000, "43 thousand", 43000, False),
    ("mw2m", "pop", "2,000,000", 2000000, "2 million", 2000000, None),  # same value: safe-like
    # fractions
    ("f3h4h", "weight", "3\u00bd", 3.5, "4\u00bd", 4.5, False),
    ("f3h3q", "weight", "3\u00bd", 3.5, "3\u00bc", 3.25, False),
    ("f3h3tq", "weight", "3\u00bd", 3.5, "3\u00be", 3.75, False),
    ("f212", "weight", "2 1/2", 2.5, "2 3/4", 2.75, False),
    ("f212b", "weight", "2 1/2", 2.5, "3 1/2", 3.5, False),
    ("f3414", "weight", "\u00be", 0.75, "\u00bc", 0.25, False),
    ("fh1h", "weight", "\u00bd", 0.5, "1\u00bd", 1.5, False),
    ("f1214", "weight", "1/2", 0.5, "1/4", 0.25, False),
    ("f1234", "weight", "1/2", 0.5, "3/4", 0.75, False),
    ("f2ah", "weight", "two and a half", 2.5, "three and a half", 3.5, False),
    ("f2ah2q", "weight", "two and a half", 2.5, "two and a quarter", 2.25, False),
    ("fdh", "weight", "3.5", 3.5, "4\u00bd", 4.5, False),
    ("fhd", "weight", "3\u00bd", 3.5, "4.5", 4.5, False),
    ("f3dash", "weight", "3-1/2", 3.5, "4-1/2", 4.5, False),
    ("fslash", "weight", "3\u20444", 0.75, "1\u20444", 0.25, False),
    ("f2sp", "weight", "2 \u00bd", 2.5, "3 \u00bd", 3.5, False),
    ("fhalf", "weight", "half a kilo", 0.5, "a kilo and a half", 1.5, True),
    ("fpr", "price", "3\u00bd", 3.5, "4\u00bd", 4.5, False),
    ("fprw", "price", "twelve", 12, "fifteen", 15, False),
    ("fprk", "price", "1.5k", 1500, "2.5k", 2500, False),
    ("fprm", "price", "2 million", 2000000, "3 million", 3000000, False),
    # ordinals
    ("o34", "floor", "3rd", 3, "4th", 4, False),
    ("o313", "floor", "3rd", 3, "13th", 13, False),
    ("o2122", "floor", "21st", 21, "22nd", 22, False),
    ("o12", "floor", "1st", 1, "2nd", 2, False),
    ("ow34", "floor", "third", 3, "fourth", 4, False),
    ("ow313", "floor", "Third", 3, "Thirteenth", 13, False),
    ("ow121", "floor", "first", 1, "twenty-first", 21, False),
    ("ow56", "floor", "the fifth", 5, "the sixth", 6, False),
    ("o56fl", "floor", "5th floor", 5, "6th floor", 6, False),
    ("od34", "floor", "3", 3, "4th", 4, False),
    ("o3d4", "floor", "3rd", 3, "4", 4, False),
    ("o3d", "floor", "3d", 3, "4th", 4, False),
    ("ofr", "floor", "3\u00e8me", 3, "4\u00e8me", 4, False),
    ("ode", "floor", "3.", 3, "4.", 4, True),
    ("osup", "floor", "3\u02b3\u1d48", 3, "4\u1d57\u02b0", 4, False),
    ("ow1220", "floor", "twelfth", 12, "twentieth", 20, False),
    ("ow2223", "floor", "twenty-second", 22, "twenty-third", 23, False),
    ("ochap", "chapter", "3rd", 3, "4th", 4, False),
    # Roman
    ("r1415", "chapter", "XIV", 14, "XV", 15, False),
    ("r1416", "chapter", "XIV", 14, "XVI", 16, False),
    ("r911", "chapter", "IX", 9, "XI", 11, False),
    ("r4060", "chapter", "XL", 40, "LX", 60, False),
    ("r46l", "chapter", "iv", 4, "vi", 6, False),
    ("r87", "chapter", "VIII", 8, "VII", 7, False),
    ("r1445", "chapter", "XIV", 14, "XLV", 45, False),
    ("r1921", "chapter", "XIX", 19, "XXI", 21, False),
    ("ru1211", "chapter", "\u216b", 12, "\u216a", 11, False),
    ("rdr", "chapter", "14", 14, "XV", 15, False),
    ("rrd", "chapter", "XIV", 14, "15", 15, False),
    ("ry90", "year", "MCMXC", 1990, "MCMXCI", 1991, False),
    ("ry8499", "year", "MCMLXXXIV", 1984, "MCMXCIX", 1999, False),
    ("rfl", "floor", "III", 3, "IV", 4, False),
    ("rqty", "qty", "XII", 12, "XIII", 13, False),
    # signs
    ("s45", "temp", "minus 4", -4, "minus 5", -5, False),
    ("sdm", "temp", "4", 4, "minus 4", -4, False),
    ("sbz", "temp", "4 below zero", -4, "5 below zero", -5, False),
    ("sab", "temp", "4 above zero", 4, "4 below zero", -4, False),
    ("su45", "temp", "\u22124", -4, "\u22125", -5, False),
    ("sdu", "temp", "4", 4, "\u22124", -4, False),
    ("sp45", "temp", "(4)", -4, "(5)", -5, True),
    ("sdp", "temp", "4", 4, "(4)", -4, True),
    ("snw", "temp", "negative four", -4, "negative five", -5, False),
    ("smp", "temp", "minus 4", -4, "plus 4", 4, False),
    ("sdeg", "temp", "4\u00b0C", 4, "-4\u00b0C", -4, False),
    ("sen", "temp", "\u20134", -4, "\u20135", -5, True),
    ("smw", "temp", "minus four", -4, "minus fourteen", -14, False),
    ("sfz", "temp", "4 degrees below freezing", -4, "5 degrees below freezing", -5, True),
    ("sdmw", "temp", "4", 4, "minus four", -4, False),
    ("spr", "price", "minus 4", -4, "minus 5", -5, True),
    # percentages
    ("p56", "rate", "5%", 5, "6%", 6, False),
    ("pw56", "rate", "five percent", 5, "six percent", 6, False),
    ("ppc56", "rate", "5 per cent", 5, "6 per cent", 6, False),
    ("ppp", "rate", "5%", 5, "5% plus 2 percentage points", 7, True),
    ("ppc", "rate", "5%", 5, "up 2 percentage points from 5%", 7, True),
    ("pbp", "rate", "50 bp", 0.5, "60 bp", 0.6, True),
    ("phq", "rate", "half a percent", 0.5, "a quarter percent", 0.25, False),
    ("p5h", "rate", "5\u00bd%", 5.5, "6\u00bd%", 6.5, False),
    ("p5h4", "rate", "4 1/2%", 4.5, "4 3/4%", 4.75, False),
    # approximations
    ("aab", "age", "about 40", 40, "about 45", 45, True),
    ("aish", "age", "40-ish", 40, "50-ish", 50, True),
    ("arw", "age", "roughly forty", 40, "roughly fifty", 50, True),
    ("aw", "age", "forty-something", 999, "fifty-something", 999, True),
    ("ag", "guests", "around 40", 40, "around 45", 45, True),
    # times
    ("thp67", "time", "half past six in the evening", "18:30", "half past seven in the evening", "19:30", False),
    ("tq9", "time", "quarter to nine in the morning", "08:45", "quarter past nine in the morning", "09:15", False),
    ("tq10", "time", "quarter past nine in the morning", "09:15", "quarter to ten in the morning", "09:45", False),
    ("t630w", "time", "six thirty pm", "18:30", "six forty pm", "18:40", False),
    ("tnoon", "time", "noon", "12:00", "midnight", "00:00", False),
    ("tdw", "time", "6:30 pm", "18:30", "half past seven pm", "19:30", False),
    ("thalf6", "time", "half six in the evening", "18:30", "half seven in the evening", "19:30", True),
    ("t10to", "time", "ten to nine in the morning", "08:50", "ten past nine in the morning", "09:10", False),
    ("toc", "time", "nine o'clock in the morning", "09:00", "ten o'clock in the morning", "10:00", False),
    ("tampm", "time", "6:30 am", "06:30", "6:30 pm", "18:30", False),
    ("t20p", "time", "twenty past four in the afternoon", "16:20", "twenty to four in the afternoon", "15:40", False),
    ("t630amw", "time", "half past six in the morning", "06:30", "half past six in the evening", "18:30", False),
]

r160_CONT = ["L", "P", "T", "J"]
def r160_gen1():
    for (r160_t, r160_k, bw, bv, vw, vv, r160_a) in r160_PAIRS:
        if r160_a is None:
            continue
        for r160_c in r160_CONT:
            if r160_c == "J" and r160_k in ("time",):
                pass
            sch = r160_sch(r160_k)
            nm = r160_nm()
            tag = "%s-%s" % (r160_t, r160_c)
            b = "d160-b-" + tag
            v = "d160-v-" + tag
            bexp = r160_obj(r160_k, nm, bv)
            vexp = r160_obj(r160_k, nm, vv)
            fam = "r160_%s_%s" % (r160_k, r160_t)
            J(b, fam + "_base", r160_prompt(r160_k, r160_c, nm, bw), sch, bexp, [bexp])
            J(v, fam + ("_arguable" if r160_a else ""), r160_prompt(r160_k, r160_c, nm, vw), sch, vexp, [bexp, vexp])
            if r160_a:
                r160_arguable.add(v)
            r160_pairs.append((b, v))
            # safe: the same record with an unrelated line (every container) and re-spaced (line records)
            s = "d160-ok-" + tag
            J(s, fam + "_safe", r160_prompt(r160_k, r160_c, nm, bw, "Thanks, Ola.\n"), sch, bexp, [bexp], safe=True)
            r160_safe.append((b, s))
            if r160_c == "L":
                s2 = "d160-ok2-" + tag
                J(s2, fam + "_safe", r160_prompt(r160_k, r160_c, nm, bw).replace(": ", ":  "), sch, bexp, [bexp],
                  safe=True)
                r160_safe.append((b, s2))


r160_gen1()

# safe rewrites: the same value in another written form (expect = base's value)
r160_SAFE_RW = [
    ("age", "forty-two", "42", 42), ("age", "42", "forty-two", 42), ("age", "forty-two", "forty two", 42),
    ("age", "forty-two", "Forty-Two", 42), ("guests", "12", "a dozen", 12), ("guests", "a dozen", "twelve", 12),
    ("floor", "3rd", "third", 3), ("floor", "3", "3rd", 3), ("chapter", "XIV", "14", 14), ("chapter", "14", "XIV", 14),
    ("temp", "-4", "minus 4", -4), ("temp", "minus 4", "\u22124", -4), ("weight", "3.5", "3\u00bd", 3.5),
    ("weight", "3\u00bd", "3 1/2", 3.5), ("pop", "2,000,000", "2 million", 2000000), ("qty", "1500", "1.5k", 1500),
    ("time", "18:30", "half past six in the evening", "18:30"), ("rate", "5%", "five percent", 5),
]
def r160_gen2():
    for r160_i, (r160_k, bw, vw, val) in enumerate(r160_SAFE_RW):
        for r160_c in ("L", "P"):
            sch = r160_sch(r160_k)
            nm = r160_nm()
            b = "d160-b-rw%d-%s" % (r160_i, r160_c)
            s = "d160-ok-rw%d-%s" % (r160_i, r160_c)
            exp = r160_obj(r160_k, nm, val)
            J(b, "r160_rw_base", r160_prompt(r160_k, r160_c, nm, bw), sch, exp, [exp])
            J(s, "r160_rw_safe", r160_prompt(r160_k, r160_c, nm, vw), sch, exp, [exp], safe=True)
            r160_safe.append((b, s))


r160_gen2()

# ------------------------------------------------------------------ SINGLES
# (tag, kind, written, right, mistake, arguable)
r160_SINGLES = [
    ("p42k", "pop", "forty-two thousand", 42000, 42, False),
    ("p2m", "pop", "2 million", 2000000, 2, False),
    ("p2mw", "pop", "two million", 2000000, 2, False),
    ("p15k", "pop", "1.5k", 1500, 1.5, False),
    ("p15k15", "pop", "1.5k", 1500, 15, False),
    ("p42kk", "pop", "42k", 42000, 42, False),
    ("p25m", "pop", "2.5 million", 2500000, 2.5, False),
    ("p25m25", "pop", "2.5 million", 2500000, 25, False),
    ("phm", "pop", "half a million", 500000, 1000000, False),
    ("p42h", "pop", "forty-two hundred", 4200, 42, False),
    ("p42h100", "pop", "forty-two hundred", 4200, 4300, True),
    ("pmio", "pop", "2 Mio.", 2000000, 2, False),
    ("p3th", "pop", "3 thousand", 3000, 3, False),
    ("p1th", "pop", "a thousand", 1000, 1, False),
    ("p42kth", "pop", "42 thousand", 42000, 42, False),
    ("g3dz", "guests", "3 dozen", 36, 3, False),
    ("g3dz12", "guests", "3 dozen", 36, 12, False),
    ("g3dzw", "guests", "three dozen", 36, 3, False),
    ("g1dz", "guests", "a dozen", 12, 1, False),
    ("ghdz", "guests", "half a dozen", 6, 12, False),
    ("gdzh", "guests", "a dozen and a half", 18, 12, False),
    ("gpr", "qty", "a pair", 2, 1, False),
    ("g3pr", "qty", "three pairs", 6, 3, False),
    ("g2sc", "guests", "two score", 40, 2, False),
    ("g21", "guests", "twenty one", 21, 20, False),
    ("g21b", "guests", "twenty one", 21, 1, False),
    ("g21c", "guests", "twenty-one", 21, 20, False),
    ("ggr", "qty", "a gross", 144, 1, False),
    ("g2dz", "qty", "2 dozen", 24, 2, False),
    ("q42h", "qty", "forty-two hundred", 4200, 42, False),
    ("q15k", "qty", "1.5k", 1500, 1.5, False),
    ("q2x", "qty", "2x3", 6, 2, True),
    ("w05", "weight", "\u00bd", 0.5, 1, False),
    ("w05b", "weight", "\u00bd", 0.5, 2, False),
    ("w35", "weight", "3\u00bd", 3.5, 3, False),
    ("w35b", "weight", "3\u00bd", 3.5, 31, False),
    ("w25", "weight", "2 1/2", 2.5, 2, False),
    ("w25b", "weight", "2 1/2", 2.5, 10.5, False),
    ("w25c", "weight", "2 1/2", 2.5, 0.5, False),
    ("w25d", "weight", "2 1/2", 2.5, 21, False),
    ("w075", "weight", "\u00be", 0.75, 3, False),
    ("w075b", "weight", "\u00be", 0.75, 4, False),
    ("w05s", "weight", "1/2", 0.5, 1, False),
    ("w05t", "weight", "1/2", 0.5, 2, False),
    ("w35d", "weight", "3-1/2", 3.5, 3, False),
    ("w35e", "weight", "3-1/2", 3.5, -0.5, False),
    ("w25w", "weight", "two and a half", 2.5, 2, False),
    ("w075f", "weight", "3\u20444", 0.75, 3, False),
    ("w2sp", "weight", "2 \u00bd", 2.5, 2, False),
    ("pr35", "price", "3\u00bd", 3.5, 3, False),
    ("f21st", "floor", "twenty-first", 21, 1, False),
    ("f21stb", "floor", "twenty-first", 21, 20, False),
    ("f3rd", "floor", "3rd", 3, 33, True),
    ("f22nd", "floor", "22nd", 22, 2, False),
    ("fIII", "floor", "III", 3, 1, False),
    ("c14", "chapter", "XIV", 14, 4, False),
    ("c14b", "chapter", "XIV", 14, 16, False),
    ("c14c", "chapter", "XIV", 14, 10, False),
    ("c9", "chapter", "IX", 9, 11, False),
    ("c40", "chapter", "XL", 40, 60, False),
    ("c8", "chapter", "VIII", 8, 3, False),
    ("c8b", "chapter", "VIII", 8, 5, False),
    ("c4l", "chapter", "iv", 4, 6, False),
    ("cu12", "chapter", "\u216b", 12, 1, False),
    ("y90", "year", "MCMXC", 1990, 1000, False),
    ("y90b", "year", "MCMXC", 1990, 2100, False),
    ("t4m", "temp", "minus 4", -4, 4, False),
    ("t4bz", "temp", "4 below zero", -4, 4, False),
    ("t4u", "temp", "\u22124", -4, 4, False),
    ("t4p", "temp", "(4)", -4, 4, True),
    ("t4nw", "temp", "negative four", -4, 4, False),
    ("t4mw", "temp", "minus four", -4, 4, False),
    ("t4en", "temp", "\u20134", -4, 4, True),
    ("t4fz", "temp", "4 degrees below freezing", -4, 4, True),
    ("t4deg", "temp", "-4\u00b0C", -4, 4, False),
    ("tq9", "time", "quarter to nine in the morning", "08:45", "09:15", False),
    ("tq9b", "time", "quarter to nine in the morning", "08:45", "08:15", False),
    ("thp6", "time", "half past six in the evening", "18:30", "06:30", False),
    ("thp6b", "time", "half past six in the evening", "18:30", "18:00", False),
    ("th6", "time", "half six in the evening", "18:30", "17:30", True),
    ("t10to9", "time", "ten to nine in the morning", "08:50", "09:10", False),
    ("t20p4", "time", "twenty past four in the afternoon", "16:20", "04:20", False),
    ("t630pm", "time", "6:30 pm", "18:30", "06:30", False),
    ("rpp", "rate", "7% (up 2 percentage points)", 7, 2, False),
    ("rpp2", "rate", "5%, plus 2 percentage points from 1 May", 999, 5, True),
    ("rw5", "rate", "five percent", 5, 0.05, True),
    ("rbp", "rate", "50 bp", 0.5, 50, False),
    ("a40", "age", "about 40", 999, 40, True),
    ("a40i", "age", "40-ish", 999, 40, True),
    ("a40r", "age", "roughly forty", 999, 40, True),
    ("a42w", "age", "forty-two", 42, 40, False),
    ("a42w2", "age", "forty-two", 42, 2, False),
    ("a40yrs", "age", "40yrs", 40, 4, False),
    ("ax3", "guests", "x3", 3, 1, True),
    ("ano7", "table", "No.7", 7, 0, False),
    ("ano17", "table", "No.17", 17, 7, False),
]
def r160_gen3():
    for (r160_t, r160_k, w, right, mis, r160_a) in r160_SINGLES:
        for r160_c in ("L", "P", "T"):
            sch = r160_sch(r160_k)
            nm = r160_nm()
            sid = "d160-s-%s-%s" % (r160_t, r160_c)
            fam = "r160_%s_single" % r160_k + ("_arguable" if r160_a else "")
            J(sid, fam, r160_prompt(r160_k, r160_c, nm, w), sch, r160_obj(r160_k, nm, right),
              [r160_obj(r160_k, nm, mis), r160_obj(r160_k, nm, right), r160_obj(r160_k, nm, right)])
            r160_singles.append(sid)
            if r160_a:
                r160_arguable.add(sid)


r160_gen3()

# ------------------------------------------------------------------ EQUATIONS
# (tag, base equation, base x, variant equation, variant x, base steps, variant steps)
r160_EQ = [
    ("w20", "3x + 5 = twenty", "5", "3x + 5 = twenty-six", "7", ["3x + 5 = 20", "3x = 15"], ["3x + 5 = 26", "3x = 21"]),
    ("ww", "three x plus five equals twenty", "5", "three x plus five equals twenty-six", "7",
     ["3x + 5 = 20", "3x = 15"], ["3x + 5 = 26", "3x = 21"]),
    ("dz", "4x + 4 = a dozen", "2", "4x + 4 = two dozen", "5", ["4x + 4 = 12", "4x = 8"], ["4x + 4 = 24", "4x = 20"]),
    ("rom", "2x = XIV", "7", "2x = XVI", "8", ["2x = 14"], ["2x = 16"]),
    ("min", "2x + 1 = minus 5", "-3", "2x + 1 = minus 7", "-4", ["2x + 1 = -5", "2x = -6"], ["2x + 1 = -7", "2x = -8"]),
    ("umin", "2x + 1 = \u22125", "-3", "2x + 1 = \u22127", "-4", ["2x + 1 = -5", "2x = -6"], ["2x + 1 = -7", "2x = -8"]),
    ("half", "2x + \u00bd = 4\u00bd", "2", "2x + \u00bd = 6\u00bd", "3", ["2x = 4"], ["2x = 6"]),
    ("k", "3x = 1.5k", "500", "3x = 1.8k", "600", ["3x = 1500"], ["3x = 1800"]),
    ("w45", "5x = forty-five", "9", "5x = fifty-five", "11", ["5x = 45"], ["5x = 55"]),
    ("coef", "seven x = 21", "3", "eight x = 32", "4", ["7x = 21"], ["8x = 32"]),
    ("coef2", "seven x = 28", "4", "seventeen x = 51", "3", ["7x = 28"], ["17x = 51"]),
    ("w1213", "x + twelve = 20", "8", "x + thirteen = 20", "7", ["x + 12 = 20"], ["x + 13 = 20"]),
    ("frac", "2x = 2 1/2 + 1 1/2", "2", "2x = 3 1/2 + 2 1/2", "3", ["2x = 4"], ["2x = 6"]),
    ("pct", "x + 5 = 7", "2", "x + five = seventeen", "12", ["x + 5 = 7"], ["x + 5 = 17"]),
]
def r160_gen4():
    for (r160_t, be, bx, ve, vx, bs, vs) in r160_EQ:
        bid = "d160-eb-" + r160_t
        vid = "d160-ev-" + r160_t
        ba = "\n".join(bs + ["x = " + bx])
        va = "\n".join(vs + ["x = " + vx])
        E(bid, "r160_eq_base", "Solve for x: %s. Show each step." % be, "x", bx, [ba])
        E(vid, "r160_eq_pair", "Solve for x: %s. Show each step." % ve, "x", vx, [ba, va])
        r160_pairs.append((bid, vid))
        sid = "d160-eok-" + r160_t
        E(sid, "r160_eq_safe", "Solve for x: %s. Show each step, please." % be, "x", bx, [ba], safe=True)
        r160_safe.append((bid, sid))



r160_gen4()

# ------------------------------------------------------------------ PART 2: a stored plain base, the variant in words
# The base states the member in plain digits (stored); the variant rewrites the member's field, adds a field of no
# member, or a line, in another written form. (tag, kind, base value text, base value, variant lines, variant value, arg)
# variant lines: "FIELD:<text>" replaces the member's value; "ADD:<line>" adds a line after the member's field;
# "PRE:<line>" adds a line before the name.
r160_EMAIL = [False]
r160_CITIES = ["Bergen", "Molde", "Hamar", "Skien", "Bodo", "Alta", "Voss", "Lom", "Rena", "Otta"]
r160_P2 = {
    "age": ("42", 42, [
        ("FIELD:forty-three", 43), ("FIELD:Forty-three", 43), ("FIELD:XLIII", 43), ("FIELD:43yrs", 43),
        ("FIELD:42 + 1", 43), ("FIELD:42 (forty-three in May)", 999), ("FIELD:4\u20602", 999),
        ("FIELD:42nd year", 41), ("FIELD:in her 42nd year", 41), ("FIELD:forty-two and a half", 999),
        ("FIELD:42\u00bd", 999), ("FIELD:about 45", 999), ("FIELD:42-ish", 999), ("FIELD:~42", 999),
        ("FIELD:42 (approx.)", 999), ("FIELD:42?", 999), ("FIELD:42 in dog years", 999),
        ("FIELD:two score and two", 42), ("FIELD:4 dozen", 48), ("FIELD:42 months", 999),
        ("ADD:Age next birthday: forty-three", 42), ("ADD:Correction: forty-three", 43),
        ("ADD:Add: one year", 43), ("ADD:Age (corrected): forty-three", 43), ("ADD:Age (words): forty-three", 999),
        ("ADD:Years added: two", 44), ("ADD:Plus: II", 44), ("ADD:Age in words: forty-four", 999),
        ("ADD:(in words: forty-four)", 999), ("ADD:dozen", 999), ("ADD:x2", 84), ("ADD:×2", 84),
        ("ADD:thousand", 999), ("PRE:All ages below are in months.", 999),
        ("ADD:Age was forty-one last year.", 42),
    ]),
    "guests": ("12", 12, [
        ("FIELD:a dozen", 12), ("FIELD:two dozen", 24), ("FIELD:12 dozen", 144), ("FIELD:12 pairs", 24),
        ("FIELD:12 (two dozen)", 999), ("FIELD:12x2", 24), ("FIELD:12 x2", 24), ("FIELD:x12", 12),
        ("FIELD:12pax", 12), ("FIELD:12 + 2", 14), ("FIELD:12 + two", 14), ("FIELD:12 and a half", 999),
        ("FIELD:1 dozen", 12), ("FIELD:12 couples", 24), ("FIELD:twelve", 12), ("FIELD:XII", 12),
        ("FIELD:XIII", 13), ("FIELD:12th", 999), ("FIELD:12 (13 with the host)", 999),
        ("ADD:Plus two", 14), ("ADD:+ two", 14), ("ADD:Extra guests: two", 14), ("ADD:Extra: a pair", 14),
        ("ADD:Extra: half a dozen", 18), ("ADD:Extra: II", 14), ("ADD:Extra guests: a couple", 14),
        ("ADD:Each brings a partner (x2).", 24), ("ADD:Times: two", 24), ("ADD:Unit: dozen", 144),
        ("ADD:Unit: pairs", 24), ("ADD:Counted in: dozens", 144), ("ADD:Cancelled: three", 9),
        ("ADD:Cancelled guests: a pair", 10), ("ADD:No-shows: two", 10), ("PRE:Guest counts below are in dozens.", 144),
        ("ADD:Tables: two dozen", 12), ("ADD:Children: two", 999),
    ]),
    "floor": ("3", 3, [
        ("FIELD:3rd", 3), ("FIELD:4th", 4), ("FIELD:third", 3), ("FIELD:fourth", 4), ("FIELD:III", 3),
        ("FIELD:IV", 4), ("FIELD:3 below ground", -3), ("FIELD:3 (basement)", -3), ("FIELD:B3", -3),
        ("FIELD:-3", -3), ("FIELD:\u22123", -3), ("FIELD:minus 3", -3), ("FIELD:3rd from the top", 999),
        ("FIELD:3 (4th in US)", 999), ("FIELD:3.", 3), ("FIELD:3\u02b3\u1d48", 3), ("FIELD:3 + mezzanine", 999),
        ("FIELD:3\u00bd", 999), ("FIELD:3 1/2", 999), ("FIELD:33", 33), ("FIELD:3B", 999),
        ("ADD:Floor numbering: European (ground = 0); US: 4th", 3), ("ADD:Basement level", 999),
        ("ADD:(below ground)", -3), ("ADD:Levels below street: three", 999), ("ADD:Moved up: one floor", 4),
        ("ADD:Moved up one floor.", 4), ("ADD:Storey: fourth", 999), ("ADD:Level: IV", 999),
    ]),
    "chapter": ("14", 14, [
        ("FIELD:XIV", 14), ("FIELD:XV", 15), ("FIELD:xv", 15), ("FIELD:fourteen", 14), ("FIELD:fifteen", 15),
        ("FIELD:14th", 14), ("FIELD:15th", 15), ("FIELD:the fifteenth", 15), ("FIELD:14 (XV in the 2nd edition)", 999),
        ("FIELD:XIV (14)", 14), ("FIELD:14 (XV)", 999), ("FIELD:XIV\u2013XV", 999), ("FIELD:\u2173", 999),
        ("FIELD:14.1", 999), ("FIELD:14b", 999), ("FIELD:1 4", 999),
        ("ADD:Part: II", 14), ("ADD:Book: XV", 14), ("ADD:Chapter (new edition): XV", 999),
        ("ADD:Next chapter: XV", 14), ("ADD:Then read chapter fifteen.", 999), ("ADD:Add: one", 15),
    ]),
    "temp": ("4", 4, [
        ("FIELD:minus 4", -4), ("FIELD:\u22124", -4), ("FIELD:4 below zero", -4), ("FIELD:(4)", 999),
        ("FIELD:4 below", -4), ("FIELD:4 (below zero)", -4), ("FIELD:4 under zero", -4), ("FIELD:negative 4", -4),
        ("FIELD:neg. 4", -4), ("FIELD:4-", 999), ("FIELD:4\u00b0 below freezing", -4), ("FIELD:4 frost", -4),
        ("FIELD:\u20134", -4), ("FIELD:\u20144", 999), ("FIELD:\ufe634", -4), ("FIELD:\uff0d4", -4),
        ("FIELD:- 4", -4), ("FIELD:-4", -4), ("FIELD:4 (minus)", -4), ("FIELD:4 degrees of frost", -4),
        ("FIELD:four", 4), ("FIELD:minus four", -4), ("FIELD:40", 40), ("FIELD:4\u00b0F", 999),
        ("ADD:Sign: negative", -4), ("ADD:(below zero)", -4), ("ADD:below zero", -4), ("ADD:Below zero: yes", -4),
        ("ADD:Sign: minus", -4), ("ADD:Frost: yes", 999), ("ADD:All readings are below zero.", -4),
        ("PRE:Readings below are degrees of frost.", -4), ("ADD:\u2212", 999),
    ]),
    "pop": ("2000000", 2000000, [
        ("FIELD:2 million", 2000000), ("FIELD:2.5 million", 2500000), ("FIELD:2 billion", 2000000000),
        ("FIELD:2000000 (2.5 million with suburbs)", 999), ("FIELD:2M", 2000000), ("FIELD:2.5M", 2500000),
        ("FIELD:2,000,000", 2000000), ("FIELD:2.000.000", 2000000), ("FIELD:2 000 000", 2000000),
        ("FIELD:two million", 2000000), ("FIELD:2000k", 2000000), ("FIELD:2500k", 2500000), ("FIELD:2 lakh", 200000),
        ("FIELD:20 lakh", 2000000), ("FIELD:2 crore", 20000000), ("FIELD:2 Mio.", 2000000), ("FIELD:2,5 Mio.", 2500000),
        ("FIELD:2000000 (in thousands)", 999), ("FIELD:2000000+", 999), ("FIELD:~2000000", 999),
        ("ADD:Growth: half a million", 999), ("ADD:Suburbs: half a million", 999), ("ADD:(x1000)", 999),
        ("ADD:Population (metro): 2.5 million", 999), ("ADD:Figures in thousands.", 999),
    ]),
    "weight": ("3.5", 3.5, [
        ("FIELD:3\u00bd", 3.5), ("FIELD:4\u00bd", 4.5), ("FIELD:3 1/2", 3.5), ("FIELD:3 3/4", 3.75),
        ("FIELD:3\u00be", 3.75), ("FIELD:3.5 (net) / 4\u00bd (gross)", 999), ("FIELD:three and a half", 3.5),
        ("FIELD:four and a half", 4.5), ("FIELD:3,5", 3.5), ("FIELD:3.5\u00bd", 999), ("FIELD:3.5 x2", 7),
        ("FIELD:2 x 3.5", 7), ("FIELD:3.5 each", 999), ("FIELD:3.5 lbs", 999), ("FIELD:3.5 st", 999),
        ("FIELD:3\u00b75", 999), ("FIELD:35", 35), ("FIELD:0.35", 0.35), ("FIELD:3.50", 3.5),
        ("ADD:Boxes: two", 999), ("ADD:Packaging: half a kilo", 999), ("ADD:Plus: \u00bd", 4.0),
        ("ADD:\u00bd", 999), ("ADD:and a half", 999), ("ADD:Pieces: x2", 999),
    ]),
    "time": ("18:30", "18:30", [
        ("FIELD:half past six in the evening", "18:30"), ("FIELD:half past seven in the evening", "19:30"),
        ("FIELD:6:30 pm", "18:30"), ("FIELD:6:30", "999"), ("FIELD:6.30 pm", "18:30"), ("FIELD:18.30", "18:30"),
        ("FIELD:18h30", "18:30"), ("FIELD:18:30 (half past six)", "18:30"), ("FIELD:18:30 UTC", "999"),
        ("FIELD:quarter to seven in the evening", "18:45"), ("FIELD:18:30 + 15 min", "18:45"),
        ("FIELD:1830", "18:30"), ("FIELD:18:30\u201319:30", "999"), ("FIELD:half six", "999"),
        ("ADD:Delayed by a quarter of an hour", "18:45"), ("ADD:Postponed: half an hour", "19:00"),
        ("ADD:Delay: fifteen minutes", "18:45"), ("ADD:Moved: an hour later", "19:30"),
        ("ADD:Time zone: two hours ahead", "999"),
    ]),
    "rate": ("5%", 5, [
        ("FIELD:5 percent", 5), ("FIELD:five percent", 5), ("FIELD:6%", 6), ("FIELD:5 pp", 999),
        ("FIELD:5% + 2 pp", 7), ("FIELD:5% + 2%", 999), ("FIELD:5 percentage points above base", 999),
        ("FIELD:5\u2030", 0.5), ("FIELD:5 bp", 0.05), ("FIELD:0.05", 5), ("FIELD:5%\u00bd", 999), ("FIELD:5\u00bd%", 5.5),
        ("FIELD:5% p.a.", 5), ("FIELD:5% p.m.", 999), ("FIELD:5 %", 5), ("FIELD:5\uff05", 5), ("FIELD:5 per cent", 5),
        ("ADD:Increase: two percentage points", 7), ("ADD:Rate change: +2 pp", 7), ("ADD:Surcharge: half a percent", 999),
        ("ADD:Rate increase: two percentage points", 7), ("ADD:Rises by 2 percentage points in May.", 999),
        ("ADD:Margin: +2 percentage points", 999), ("ADD:Rate (after review): 6%", 999),
    ]),
    "table": ("7", 7, [
        ("FIELD:No.7", 7), ("FIELD:No. 8", 8), ("FIELD:#8", 8), ("FIELD:seven", 7), ("FIELD:eight", 8),
        ("FIELD:VII", 7), ("FIELD:VIII", 8), ("FIELD:7a", 999), ("FIELD:7 (now 8)", 8), ("FIELD:7th", 7),
        ("FIELD:T7", 7), ("FIELD:T8", 8), ("FIELD:7/8", 999), ("FIELD:7 & 8", 999),
        ("ADD:Moved to: eight", 8), ("ADD:Moved to table eight.", 8), ("ADD:New table: VIII", 8),
        ("ADD:Table (new): No.8", 8),
    ]),
    "year": ("1990", 1990, [
        ("FIELD:MCMXC", 1990), ("FIELD:MCMXCI", 1991), ("FIELD:'90", 1990), ("FIELD:'91", 1991),
        ("FIELD:nineteen ninety", 1990), ("FIELD:nineteen ninety-one", 1991), ("FIELD:1990s", 999),
        ("FIELD:c. 1990", 999), ("FIELD:1990 BC", -1990), ("FIELD:1990/91", 999), ("FIELD:the 1990s", 999),
        ("FIELD:2 years after 1990", 1992), ("ADD:Rebuilt: MCMXCI", 999), ("ADD:(completed a year later)", 1991),
    ]),
    "qty": ("3", 3, [
        ("FIELD:3 dozen", 36), ("FIELD:3 pairs", 6), ("FIELD:3x", 3), ("FIELD:x3", 3), ("FIELD:3 x 12", 36),
        ("FIELD:3 (of 12)", 999), ("FIELD:3 gross", 432), ("FIELD:3 score", 60), ("FIELD:3k", 3000),
        ("FIELD:3K", 3000), ("FIELD:3M", 3000000), ("FIELD:3 thousand", 3000), ("FIELD:three", 3),
        ("FIELD:thirty", 30), ("FIELD:3\u00bd", 999), ("FIELD:3 packs of six", 18), ("FIELD:3 six-packs", 18),
        ("FIELD:3 cases (24 each)", 72), ("FIELD:3 (III)", 3), ("FIELD:III", 3), ("FIELD:IV", 4),
        ("FIELD:3pcs", 3), ("FIELD:3 pc", 3), ("FIELD:3 doz.", 36), ("FIELD:3dz", 36), ("FIELD:3 reams", 1500),
        ("ADD:Pack size: a dozen", 999), ("ADD:Packs of: six", 999), ("ADD:Unit: dozen", 36), ("ADD:Unit: pair", 6),
        ("ADD:Per: dozen", 36), ("ADD:UoM: DZ", 36), ("ADD:UoM: PR", 6), ("ADD:Each: 12 pieces", 999),
        ("ADD:Multiplier: two", 6), ("ADD:Times: three", 9), ("ADD:x2", 6), ("ADD:Qty in dozens", 36),
    ]),
}
r160_P2K = {"age": "age", "guests": "guests", "floor": "floor", "chapter": "chapter", "temp": "temp", "pop": "pop",
            "weight": "weight", "time": "time", "rate": "rate", "table": "table", "year": "year", "qty": "qty"}


def r160_rec(k, nm, city, val, add=None, pre=None, layout=0):
    key, typ, lab, pro, desc = r160_K[k]
    q = key.replace("_", " ")
    city = "".join(r160_C1[(ord(ch) * 7 + i) % 14] + r160_V1[(ord(ch) + i) % 5] for i, ch in enumerate(nm[-6:-3])).capitalize() + "dal"
    lines = ["Name: " + nm, lab + ": " + val]
    if add:
        lines.append(add)
    lines.append("City: " + city)
    if pre:
        lines.insert(0, pre)
    ins = ["Extract name and %s as JSON.\n\nText:\n" % q, "Return the name and the %s from this record as JSON.\n\n" % q][layout]
    if r160_EMAIL[0]:
        lines.insert(1, "Email: %s@%s.no" % (nm.lower().replace(" ", "."), city.lower()))
    return ins + "\n".join(lines) + "\n"


def r160_gen5():
    for r160_k, (bt, bv, r160_vs) in r160_P2.items():
        sch = r160_sch(r160_k)
        for r160_i, (vspec, vv) in enumerate(r160_vs):
            for r160_lay in (0, 1):
                nm = r160_nm()
                city = r160_CITIES[r160_n[0] % 10]
                tag = "%s%d-%d" % (r160_k, r160_i, r160_lay)
                kind, txt = vspec.split(":", 1)
                bpr = r160_rec(r160_k, nm, city, bt, layout=r160_lay)
                if kind == "FIELD":
                    vpr = r160_rec(r160_k, nm, city, txt, layout=r160_lay)
                elif kind == "ADD":
                    vpr = r160_rec(r160_k, nm, city, bt, add=txt, layout=r160_lay)
                else:
                    vpr = r160_rec(r160_k, nm, city, bt, pre=txt, layout=r160_lay)
                bexp = r160_obj(r160_k, nm, bv)
                vexp = r160_obj(r160_k, nm, vv)
                b = "d160-b2-" + tag
                fam = "r160_p2_%s_%s" % (r160_k, kind.lower())
                J(b, fam + "_base", bpr, sch, bexp, [bexp])
                if vv == bv:
                    v = "d160-ok3-" + tag
                    J(v, fam + "_safe", vpr, sch, vexp, [bexp], safe=True)
                    r160_safe.append((b, v))
                else:
                    v = "d160-v2-" + tag
                    r160_a = vv in (999, "999")
                    J(v, fam + ("_arguable" if r160_a else ""), vpr, sch, vexp, [bexp, vexp])
                    if r160_a:
                        r160_arguable.add(v)
                    r160_pairs.append((b, v))
                    # single: the variant alone, the model gives the base's plain value (a misreading of the form)
                    s = "d160-s2-" + tag
                    nm2 = r160_nm()
                    spr = vpr.replace(nm, nm2)
                    J(s, fam + "_single" + ("_arguable" if r160_a else ""), spr, sch, r160_obj(r160_k, nm2, vv),
                      [r160_obj(r160_k, nm2, bv), r160_obj(r160_k, nm2, vv), r160_obj(r160_k, nm2, vv)])
                    if r160_a:
                        r160_arguable.add(s)
                    r160_singles.append(s)
                # safe: unrelated line
                s3 = "d160-ok4-" + tag
                if r160_lay == 0 and r160_i % 4 == 0:
                    J(s3, fam + "_safe", bpr + "Ref: booked online\n", sch, bexp, [bexp], safe=True)
                    r160_safe.append((b, s3))



r160_gen5()

# ------------------------------------------------------------------ PART 3: a field of no member whose value is a number
# in words (or Roman, ordinal, fraction) beside a plain member: "Guests: 12 / Times: two". SINGLES (the model gives the
# plain value; --runs 2) and PAIRS (the plain record stored, then the line added).
# kind -> (plain text, plain value, {clear label: (words value, right value)})
r160_P3V = {
    "age": ("42", 42, ("forty-three", 43)),
    "guests": ("12", 12, ("fourteen", 14)),
    "floor": ("3", 3, ("fourth", 4)),
    "chapter": ("14", 14, ("XV", 15)),
    "temp": ("4", 4, ("minus four", -4)),
    "weight": ("3.5", 3.5, ("four and a half", 4.5)),
    "qty": ("3", 3, ("thirty", 30)),
    "pop": ("2000000", 2000000, ("two and a half million", 2500000)),
    "table": ("7", 7, ("eight", 8)),
    "year": ("1990", 1990, ("MCMXCI", 1991)),
    "rate": ("5%", 5, ("six percent", 6)),
    "price": ("12", 12, ("fifteen", 15)),
}
# labels that say the member's value is the field's ("Actual: forty-three"): right = the words' value
r160_P3_CLEAR = ["Actual", "Revised", "Updated", "Final", "Corrected value", "Real value", "True value", "Confirmed",
                 "Now", "Latest", "Amended", "Current", "Should read", "Read as", "Instead"]
# labels whose number in words may act on the member (multiplier, unit, sign, count): no single right answer
r160_P3_ARG = [("Times", "two"), ("Times", "three"), ("Unit", "pairs"), ("Unit", "dozen"), ("Unit", "dozens"),
               ("Boxes", "two"), ("Factor", "two"), ("Multiplier", "three"), ("Rounds", "two"), ("Sessions", "two"),
               ("Copies", "two"), ("Sets", "three"), ("Packs", "two"), ("Cases", "a dozen"), ("Repeat", "twice"),
               ("Batches", "two"), ("Shifts", "two"), ("Trips", "two"), ("Layers", "two"), ("Portions", "two"),
               ("Scale", "thousands"), ("Scale", "tens"), ("Per", "dozen"), ("Each", "two"), ("Count", "double"),
               ("Times", "II"), ("Times", "x2"), ("Unit", "score"), ("Unit", "gross"), ("Sign", "minus"),
               ("Sign", "negative"), ("Direction", "below zero"), ("Ratio", "half"), ("Share", "half"),
               ("Times", "\u00bd"), ("Fraction", "three quarters"), ("Weeks", "two"), ("Nights", "two"),
               ("Groups", "two"), ("Teams", "three"), ("Tables", "two"), ("Parts", "three"), ("Doses", "two"),
               ("Units", "dozens"), ("Unit", "pair"), ("Measure", "dozen"), ("Counted in", "pairs"),
               ("Level", "second"), ("Edition", "second"), ("Round", "third"), ("Version", "II")]
r160_p3_i = [0]


def r160_p3(kind, label, words, right, clear):
    bt, bv, _ = r160_P3V[kind]
    sch = r160_sch(kind)
    r160_p3_i[0] += 1
    i = r160_p3_i[0]
    for lay in (0, 1):
        nm = r160_nm()
        city = r160_CITIES[(i + lay) % 10]
        pr = r160_rec(kind, nm, city, bt, add="%s: %s" % (label, words), layout=lay)
        sid = "d160-s3-%s%d-%d" % (kind, i, lay)
        fam = "r160_p3_%s_%s" % (kind, "clear" if clear else "arguable")
        J(sid, fam + "_single", pr, sch, r160_obj(kind, nm, right),
          [r160_obj(kind, nm, bv), r160_obj(kind, nm, right), r160_obj(kind, nm, right)])
        r160_singles.append(sid)
        if not clear:
            r160_arguable.add(sid)
        if lay == 0:
            nm2 = r160_nm()
            b = "d160-b3-%s%d" % (kind, i)
            v = "d160-v3-%s%d" % (kind, i)
            bexp = r160_obj(kind, nm2, bv)
            J(b, fam + "_base", r160_rec(kind, nm2, city, bt), sch, bexp, [bexp])
            J(v, fam + "_pair", r160_rec(kind, nm2, city, bt, add="%s: %s" % (label, words)), sch,
              r160_obj(kind, nm2, right), [bexp, r160_obj(kind, nm2, right)])
            r160_pairs.append((b, v))
            if not clear:
                r160_arguable.add(v)


def r160_gen6():
    for r160_k, (bt, bv, (r160_w, r160_rv)) in r160_P3V.items():
        for r160_lab in r160_P3_CLEAR:
            r160_p3(r160_k, r160_lab, r160_w, r160_rv, True)
        for (r160_lab, r160_w2) in r160_P3_ARG:
            r160_p3(r160_k, r160_lab, r160_w2, 999 if r160_k != "time" else "999", False)



r160_gen6()

# ------------------------------------------------------------------ PART 4: the sign of a plain number in words, in a field
# of its own ("Temperature: 4 / Direction: below zero" is -4). SINGLES (the model gives the unsigned value) and PAIRS.
r160_K["elev"] = ("elevation", "number", "Elevation", "{n}'s farm lies at an elevation of {w} metres", None)
r160_K["bal"] = ("balance", "number", "Balance", "{n}'s account balance is {w}", None)
r160_P4 = {
    # kind: (plain text, value, [(value words, signed right, clear)])
    "temp": ("4", 4, [("below zero", -4, True), ("below freezing", -4, False), ("sub-zero", -4, True),
                      ("under zero", -4, True), ("negative", -4, True), ("minus", -4, True), ("below 0", -4, True),
                      ("below", -4, False), ("frost", -4, False), ("under", -4, False), ("down", 999, False),
                      ("-", -4, False), ("below zero (negative)", -4, True), ("less than zero", -4, True),
                      ("under freezing", -4, False), ("negative (below zero)", -4, True)]),
    "elev": ("12", 12, [("below sea level", -12, True), ("under sea level", -12, True), ("below", -12, False),
                        ("beneath sea level", -12, True), ("negative", -12, True), ("minus", -12, True),
                        ("below zero", -12, True), ("below mean sea level", -12, True), ("underwater", -12, False)]),
    "floor": ("3", 3, [("below ground", -3, False), ("underground", -3, False), ("basement", -3, False),
                       ("below street level", -3, False), ("negative", -3, False), ("minus", -3, False)]),
    "bal": ("42.00", 42, [("overdrawn", -42, True), ("negative", -42, True), ("minus", -42, True),
                          ("debit", -42, False), ("in the red", -42, True), ("owed to the bank", -42, False),
                          ("below zero", -42, True), ("deficit", -42, False)]),
}
r160_P4_LAB = ["Direction", "Position", "Relative to zero", "Side", "Above or below", "Polarity", "Sign", "Status"]
r160_p4_i = [0]
def r160_gen7():
    for r160_k, (bt, bv, r160_vals) in r160_P4.items():
        sch = r160_sch(r160_k)
        for (r160_w, r160_r, r160_cl) in r160_vals:
            for r160_lab in r160_P4_LAB:
                r160_p4_i[0] += 1
                i = r160_p4_i[0]
                for lay in (i % 2,):
                    nm = r160_nm()
                    city = r160_CITIES[(i + lay) % 10]
                    pr = r160_rec(r160_k, nm, city, bt, add="%s: %s" % (r160_lab, r160_w), layout=lay)
                    sid = "d160-s4-%s%d-%d" % (r160_k, i, lay)
                    fam = "r160_p4_%s_%s" % (r160_k, "clear" if r160_cl else "arguable")
                    J(sid, fam + "_single", pr, sch, r160_obj(r160_k, nm, r160_r),
                      [r160_obj(r160_k, nm, bv), r160_obj(r160_k, nm, r160_r), r160_obj(r160_k, nm, r160_r)])
                    r160_singles.append(sid)
                    if not r160_cl:
                        r160_arguable.add(sid)
                nm2 = r160_nm()
                b = "d160-b4-%s%d" % (r160_k, i)
                v = "d160-v4-%s%d" % (r160_k, i)
                bexp = r160_obj(r160_k, nm2, bv)
                J(b, fam + "_base", r160_rec(r160_k, nm2, city, bt), sch, bexp, [bexp])
                J(v, fam + "_pair", r160_rec(r160_k, nm2, city, bt, add="%s: %s" % (r160_lab, r160_w)), sch,
                  r160_obj(r160_k, nm2, r160_r), [bexp, r160_obj(r160_k, nm2, r160_r)])
                r160_pairs.append((b, v))
                if not r160_cl:
                    r160_arguable.add(v)



r160_gen7()

# ------------------------------------------------------------------ PART 5: the part-4 shape in other layouts (singles)
r160_P5 = {"temp": ("4", 4, -4, ["below zero", "sub-zero", "under zero"]),
           "elev": ("12", 12, -12, ["below sea level", "beneath sea level", "below zero"]),
           "bal": ("42.00", 42, -42, ["overdrawn", "in the red", "below zero"])}
r160_P5_LAY = {
    "oneline": lambda lab, nm, v, lab2, w: "Name: %s | %s: %s | %s: %s\n" % (nm, lab, v, lab2, w),
    "before": lambda lab, nm, v, lab2, w: "Name: %s\n%s: %s\n%s: %s\n" % (nm, lab2, w, lab, v),
    "table": lambda lab, nm, v, lab2, w: "| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (lab, lab2, nm, v, w),
    "yaml": lambda lab, nm, v, lab2, w: "name: %s\n%s: %s\n%s: %s\n" % (nm, lab.lower(), v, lab2.lower(), w),
    "lab2": lambda lab, nm, v, lab2, w: "Name: %s\n%s: %s\n%s of the %s: %s\n" % (nm, lab, v, lab2, lab.lower(), w),
    "csv": lambda lab, nm, v, lab2, w: "name,%s,%s\n%s,%s,%s\n" % (lab.lower(), lab2.lower(), nm, v, w),
}
def r160_gen8():
    for r160_k, (bt, bv, rv, r160_ws) in r160_P5.items():
        sch = r160_sch(r160_k)
        lab = r160_K[r160_k][2]
        for r160_ln, r160_f in r160_P5_LAY.items():
            for r160_j, r160_w in enumerate(r160_ws):
                for r160_lab2 in ("Direction", "Position"):
                    nm = r160_nm()
                    pr = "Extract name and %s as JSON.\n\nText:\n" % r160_K[r160_k][0] + r160_f(lab, nm, bt, r160_lab2, r160_w)
                    sid = "d160-s5-%s-%s%d-%s" % (r160_k, r160_ln, r160_j, r160_lab2[0])
                    J(sid, "r160_p5_%s_%s_single" % (r160_k, r160_ln), pr, sch, r160_obj(r160_k, nm, rv),
                      [r160_obj(r160_k, nm, bv), r160_obj(r160_k, nm, rv), r160_obj(r160_k, nm, rv)])
                    r160_singles.append(sid)



r160_gen8()


# ------------------------------------------------------------------ arguable items confirmed alone (readings, not findings)
r160_ARG_CONFIRMED = """
d160-s2-guests27-0 d160-s2-guests27-1 d160-s2-guests29-0 d160-s2-guests29-1 d160-s2-qty29-0 d160-s2-qty29-1
d160-s2-qty35-0 d160-s2-qty35-1 d160-s2-weight19-0 d160-s2-weight19-1 d160-s3-floor179-0 d160-s3-floor179-1
d160-s3-floor195-0 d160-s3-floor195-1 d160-s3-guests109-0 d160-s3-guests109-1 d160-s3-guests110-0
d160-s3-guests110-1 d160-s3-guests116-0 d160-s3-guests116-1 d160-s3-guests121-0 d160-s3-guests121-1
d160-s3-guests122-0 d160-s3-guests122-1 d160-s3-guests126-0 d160-s3-guests126-1 d160-s3-guests82-0
d160-s3-guests82-1 d160-s3-guests83-0 d160-s3-guests83-1 d160-s3-guests84-0 d160-s3-guests84-1
d160-s3-guests87-0 d160-s3-guests87-1 d160-s3-guests97-0 d160-s3-guests97-1 d160-s3-price742-0
d160-s3-price742-1 d160-s3-price743-0 d160-s3-price743-1 d160-s3-price744-0 d160-s3-price744-1
d160-s3-price769-0 d160-s3-price769-1 d160-s3-price770-0 d160-s3-price770-1 d160-s3-price776-0
d160-s3-price776-1 d160-s3-price786-0 d160-s3-price786-1 d160-s3-qty412-0 d160-s3-qty412-1 d160-s3-qty413-0
d160-s3-qty413-1 d160-s3-qty414-0 d160-s3-qty414-1 d160-s3-qty417-0 d160-s3-qty417-1 d160-s3-qty427-0
d160-s3-qty427-1 d160-s3-qty439-0 d160-s3-qty439-1 d160-s3-qty440-0 d160-s3-qty440-1 d160-s3-qty446-0
d160-s3-qty446-1 d160-s3-qty451-0 d160-s3-qty451-1 d160-s3-qty452-0 d160-s3-qty452-1 d160-s3-qty456-0
d160-s3-qty456-1 d160-s3-temp311-0 d160-s3-temp311-1 d160-s3-weight346-0 d160-s3-weight346-1
d160-s3-weight347-0 d160-s3-weight347-1 d160-s3-weight351-0 d160-s3-weight351-1 d160-s3-weight380-0
d160-s3-weight380-1 d160-s4-bal289-1 d160-s4-bal290-0 d160-s4-bal305-1 d160-s4-bal306-0 d160-s4-elev145-1
d160-s4-elev146-0 d160-s4-elev193-1 d160-s4-elev194-0 d160-s4-floor201-1 d160-s4-floor202-0 d160-s4-floor209-1
d160-s4-floor210-0 d160-s4-floor217-1 d160-s4-floor218-0 d160-s4-floor225-1 d160-s4-floor226-0
d160-s4-temp10-0 d160-s4-temp113-1 d160-s4-temp114-0 d160-s4-temp57-1 d160-s4-temp58-0 d160-s4-temp65-1
d160-s4-temp66-0 d160-s4-temp73-1 d160-s4-temp74-0 d160-s4-temp81-1 d160-s4-temp82-0 d160-s4-temp89-1
d160-s4-temp9-1 d160-s4-temp90-0 d160-s4-temp91-1 d160-s4-temp92-0 d160-s4-temp94-0 d160-s4-temp96-0
""".split()
r160_arguable.update(r160_ARG_CONFIRMED)
for r160_p in P:
    if r160_p["id"] in r160_arguable and "arguable" not in r160_p["family"]:
        r160_p["family"] += "_arguable"


# Trimmed for ctest (probe_kit.sample_round), stop 37: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 2-th safe probe and every 8-th of the rest.
from probe_kit import sample_round as r160_sample_round  # noqa: E402
r160_found_alone = {
    'd160-s2-guests27-0', 'd160-s2-guests27-1', 'd160-s2-guests29-0', 'd160-s2-guests29-1', 'd160-s2-qty29-0',
    'd160-s2-qty29-1', 'd160-s2-qty35-0', 'd160-s2-qty35-1', 'd160-s2-weight19-0', 'd160-s2-weight19-1',
    'd160-s3-floor179-0', 'd160-s3-floor179-1', 'd160-s3-floor195-0', 'd160-s3-floor195-1', 'd160-s3-guests109-0',
    'd160-s3-guests109-1', 'd160-s3-guests110-0', 'd160-s3-guests110-1', 'd160-s3-guests116-0',
    'd160-s3-guests116-1', 'd160-s3-guests121-0', 'd160-s3-guests121-1', 'd160-s3-guests122-0',
    'd160-s3-guests122-1', 'd160-s3-guests126-0', 'd160-s3-guests126-1', 'd160-s3-guests82-0', 'd160-s3-guests82-1',
    'd160-s3-guests83-0', 'd160-s3-guests83-1', 'd160-s3-guests84-0', 'd160-s3-guests84-1', 'd160-s3-guests87-0',
    'd160-s3-guests87-1', 'd160-s3-guests97-0', 'd160-s3-guests97-1', 'd160-s3-price742-0', 'd160-s3-price742-1',
    'd160-s3-price743-0', 'd160-s3-price743-1', 'd160-s3-price744-0', 'd160-s3-price744-1', 'd160-s3-price769-0',
    'd160-s3-price769-1', 'd160-s3-price770-0', 'd160-s3-price770-1', 'd160-s3-price776-0', 'd160-s3-price776-1',
    'd160-s3-price786-0', 'd160-s3-price786-1', 'd160-s3-qty412-0', 'd160-s3-qty412-1', 'd160-s3-qty413-0',
    'd160-s3-qty413-1', 'd160-s3-qty414-0', 'd160-s3-qty414-1', 'd160-s3-qty417-0', 'd160-s3-qty417-1',
    'd160-s3-qty427-0', 'd160-s3-qty427-1', 'd160-s3-qty439-0', 'd160-s3-qty439-1', 'd160-s3-qty440-0',
    'd160-s3-qty440-1', 'd160-s3-qty446-0', 'd160-s3-qty446-1', 'd160-s3-qty451-0', 'd160-s3-qty451-1',
    'd160-s3-qty452-0', 'd160-s3-qty452-1', 'd160-s3-qty456-0', 'd160-s3-qty456-1', 'd160-s3-temp311-0',
    'd160-s3-temp311-1', 'd160-s3-weight346-0', 'd160-s3-weight346-1', 'd160-s3-weight347-0', 'd160-s3-weight347-1',
    'd160-s3-weight351-0', 'd160-s3-weight351-1', 'd160-s3-weight380-0', 'd160-s3-weight380-1', 'd160-s4-bal249-1',
    'd160-s4-bal250-0', 'd160-s4-bal281-1', 'd160-s4-bal282-0', 'd160-s4-bal289-1', 'd160-s4-bal290-0',
    'd160-s4-bal297-1', 'd160-s4-bal298-0', 'd160-s4-bal305-1', 'd160-s4-bal306-0', 'd160-s4-elev129-1',
    'd160-s4-elev130-0', 'd160-s4-elev137-1', 'd160-s4-elev138-0', 'd160-s4-elev145-1', 'd160-s4-elev146-0',
    'd160-s4-elev153-1', 'd160-s4-elev154-0', 'd160-s4-elev177-1', 'd160-s4-elev178-0', 'd160-s4-elev193-1',
    'd160-s4-elev194-0', 'd160-s4-floor201-1', 'd160-s4-floor202-0', 'd160-s4-floor209-1', 'd160-s4-floor210-0',
    'd160-s4-floor217-1', 'd160-s4-floor218-0', 'd160-s4-floor225-1', 'd160-s4-floor226-0', 'd160-s4-temp1-1',
    'd160-s4-temp10-0', 'd160-s4-temp113-1', 'd160-s4-temp114-0', 'd160-s4-temp17-1', 'd160-s4-temp18-0',
    'd160-s4-temp2-0', 'd160-s4-temp25-1', 'd160-s4-temp26-0', 'd160-s4-temp49-1', 'd160-s4-temp50-0',
    'd160-s4-temp57-1', 'd160-s4-temp58-0', 'd160-s4-temp65-1', 'd160-s4-temp66-0', 'd160-s4-temp73-1',
    'd160-s4-temp74-0', 'd160-s4-temp81-1', 'd160-s4-temp82-0', 'd160-s4-temp89-1', 'd160-s4-temp9-1',
    'd160-s4-temp90-0', 'd160-s4-temp91-1', 'd160-s4-temp92-0', 'd160-s4-temp94-0', 'd160-s4-temp96-0',
    'd160-s5-bal-before0-D', 'd160-s5-bal-before0-P', 'd160-s5-bal-before1-D', 'd160-s5-bal-before1-P',
    'd160-s5-bal-before2-D', 'd160-s5-bal-before2-P', 'd160-s5-bal-oneline0-D', 'd160-s5-bal-oneline0-P',
    'd160-s5-bal-oneline1-D', 'd160-s5-bal-oneline1-P', 'd160-s5-bal-oneline2-D', 'd160-s5-bal-oneline2-P',
    'd160-s5-bal-yaml0-D', 'd160-s5-bal-yaml0-P', 'd160-s5-bal-yaml1-D', 'd160-s5-bal-yaml1-P',
    'd160-s5-bal-yaml2-D', 'd160-s5-bal-yaml2-P', 'd160-s5-elev-before0-D', 'd160-s5-elev-before0-P',
    'd160-s5-elev-before1-D', 'd160-s5-elev-before1-P', 'd160-s5-elev-before2-D', 'd160-s5-elev-before2-P',
    'd160-s5-elev-csv0-D', 'd160-s5-elev-csv0-P', 'd160-s5-elev-csv1-D', 'd160-s5-elev-csv1-P',
    'd160-s5-elev-csv2-D', 'd160-s5-elev-csv2-P', 'd160-s5-elev-oneline0-D', 'd160-s5-elev-oneline0-P',
    'd160-s5-elev-oneline1-D', 'd160-s5-elev-oneline1-P', 'd160-s5-elev-oneline2-D', 'd160-s5-elev-oneline2-P',
    'd160-s5-elev-yaml0-D', 'd160-s5-elev-yaml0-P', 'd160-s5-elev-yaml1-D', 'd160-s5-elev-yaml1-P',
    'd160-s5-elev-yaml2-D', 'd160-s5-elev-yaml2-P', 'd160-s5-temp-before0-D', 'd160-s5-temp-before0-P',
    'd160-s5-temp-before1-D', 'd160-s5-temp-before1-P', 'd160-s5-temp-before2-D', 'd160-s5-temp-before2-P',
    'd160-s5-temp-csv0-D', 'd160-s5-temp-csv0-P', 'd160-s5-temp-csv1-D', 'd160-s5-temp-csv1-P',
    'd160-s5-temp-csv2-D', 'd160-s5-temp-csv2-P', 'd160-s5-temp-oneline0-D', 'd160-s5-temp-oneline0-P',
    'd160-s5-temp-oneline1-D', 'd160-s5-temp-oneline1-P', 'd160-s5-temp-oneline2-D', 'd160-s5-temp-oneline2-P',
    'd160-s5-temp-yaml0-D', 'd160-s5-temp-yaml0-P', 'd160-s5-temp-yaml1-D', 'd160-s5-temp-yaml1-P',
    'd160-s5-temp-yaml2-D', 'd160-s5-temp-yaml2-P',
}
r160_sample_round("d160-", r160_found_alone, 8, safe_every=2)
# Items still served from the cache after the fixes (all arguable, or open: FINDINGS.md, rounds 157-160), and
# with them every item the tester called arguable: left out.
r160_left_out = {
    'd160-s3-age55-1', 'd160-s3-floor187-1', 'd160-s3-guests121-0', 'd160-s3-guests130-0', 'd160-s3-guests130-1',
    'd160-s3-guests84-0', 'd160-s3-guests97-0', 'd160-s3-pop483-0', 'd160-s3-pop506-1', 'd160-s3-pop525-0',
    'd160-s3-price744-1', 'd160-s3-rate678-1', 'd160-s3-temp319-0', 'd160-s3-temp328-1', 'd160-s3-year649-1',
    'd160-v3-pop480', 'd160-v3-table571', 'd160-v3-temp308', 'd160-v4-temp90',
}
P[:] = [r160_p for r160_p in P if r160_p["id"] not in r160_left_out and r160_p["id"] not in r160_arguable]
