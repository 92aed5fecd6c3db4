r"""Red-team round 205 (black box): SIGNS, BRACKETS AND NUMBER FORMS that change a value's sign or size while most
characters stay, in both tasks.
Focus: (1) JSON members of type number/integer (balance, floor, adjustment, profit, offset; population, views,
  downloads, distance, revenue; rate) in "Name: X / Label: value" records (the only layout this binary stores: no
  description, a label equal to the key; temperature "°C", longitude and "change" never stored and were dropped after
  the first try): the minus as U+2212, U+2212 + space, en dash, em dash, U+2010, figure dash, U+FE63, fullwidth,
  U+2796, subscript/superscript minus, "~", "+/-", a trailing "-" or "−", accounting "(12.50)" and "( 12.50 )",
  "minus/Minus/negative/moins/menos 12", "DR", "OD", "B2", "U2", "basement 2", "down 4", "a loss of 300", "(penalty)",
  "behind" (the temperature, longitude and change forms went with their domains); the sign apart ("Sign: −" line, a "−" line above, a "Sign" or "Dr/Cr" column, "Negative: yes",
  "Balance (−): 12", "Balance (negative): 12", "Direction: down"); pairs = a stored plain positive base, then the
  variant with only the mark added, the model's first answer the base's number; singles = the same text, the model
  loses the sign first. Scales and powers (k, K, thousand, Tsd., mil, M, Mio., mln, million, lakh, crore, bn, Mrd.,
  e3, E+03, "× 10³", "·10³", "x 10^3", "*10^3", "× 10^-3", "× 10⁻³", e-3, e2, "²", "^2") as pairs and singles; percent
  ("12‰", "12 per mille", "12 Promille", "12 bp/bps", "12 ppm", "12 pct") under "rate in percent", "0.12%", "0.12‰",
  "12%" under "rate as a fraction". Part R: a stored NEGATIVE base ("-", "−", "–", "(12)", "12-", "- 12"), then the
  variant "12", "+12", "[12]", "'12'", "--12", "-(-12)" (model first: the stored negative), and "12 -", "-(12)",
  "-12", "−12" as safe. (2) Equations: a base then a variant changing only a sign's glyph or place: "a v − b = c"
  (const), "= −c" (rhs), "−a v" (coef), "a(v − b)" (bracket), "a·v − b", "(−a)v", "v/−d" and "v/(−d)", "−a(v + b)"
  (outer), "= (−c)" (rhsparen), "a v minus b", "b²", "c e2 / × 10^2 / ·10² / hundred" — each in 8 glyphs (ASCII, U+2212,
  en dash, em dash, U+2010, figure dash, fullwidth, U+FE63); pairs (model first: the base's working; every third also
  a "Thanks!" variant whose first answer restates the variant but solves as the base), singles (sign lost), safe
  (glyph-only change of an existing minus). Part Q: en dash / U+2212 / ASCII inside brackets — "a v + b = (–c)",
  "a(v – b) = c", "a v + (–b) = c", "(–a)v + b = c" — as pairs both ways (sign-dropped base stored, then the bracketed
  request; and the reverse) and singles whose right answer has ONE false bracketed middle line ("6m = (–66)" written
  "6m = 66"), in the glyph and in ASCII. Part F: singles whose first answer's FINAL line is a glyph or bracket
  ("x = –13", "x = (–9)", "x = −(−8)"-like "x = –-8", fullwidth, U+2010) with a wrong value.
3,981 probes (seeded random.Random(205), Part F random.Random(2051); the "12²" equation shape, all refused, left out
  after generation): 2,260 json_extract (864 bases, 858 pair variants, 378 singles, 160 safe), 1,721 linear_equation
  (560 bases, 748 pair variants, 386 singles, 27 safe). R205_ONLY=1 (set in this round's probes.py) serves only the
  d205- probes; R205_ALONE=1 keeps r205_found_alone + r205_arguable + r205_context (the probes whose stored answers the
  found ones are stitched from) and their bases (39 probes).
HELD (whole round, fresh SQLite store, two passes; 0 wrong JSON answers from the cache in either run):
 - JSON signs: every one of 38 sign forms, 0 wrong from the cache in 858 pair variants + 378 singles. The minus glyphs
   other than "-" and U+2212 (en/em dash, "12−", "Balance (−)") are seen as "not a value of the same shape" and the
   member is regenerated (patch path); U+2010, figure dash, fullwidth, U+FE63, U+2796, sub/superscript minus, "~",
   words in four languages, "DR/OD/B2/U2/basement/down/loss", and every sign apart (8 layouts) were refused (no
   verified answer), right answer included. Part R: a stored negative was never served for "12", "+12", "[12]",
   "'12'" (30 + 30 + 30 + 30 right: reuse, patch), and "12 -", "-(12)" were refused.
 - JSON scales and powers: all 348 pair/single variants refused (the plain stored number never reused); percent /
   per mille / bp / ppm: 0 from the cache (90 refused).
 - Equations: ASCII, U+2212 and en dash are read as a minus in the request in every shape (const, rhs, coef, dot,
   paren, outer, rhsparen, bracket: 0 stale values served; ~500 pair/single variants served right, mostly reuse in run
   2); em dash, U+2010, figure dash, fullwidth, U+FE63, "minus", "e2", "× 10^2", "·10²", "hundred", "²" refused
   (0 served: "no linear equation" or "asks for more"). Part F: 0 of 64 wrong glyph/bracket final lines served (the
   right later answer was). Part Q singles with a false middle line in the glyph or ASCII: 0 of their own false lines
   served (what got through is (A)). Safe: 97/187 on reuse in run 1, 101/187 in run 2.
WHAT GOT THROUGH (check.py's own judgement: "lines that do not hold"; every final value served was right):
 Whole round: wrong from the cache 6 in run 1 (reuse; besides 18 on the patch path whose false lines come from a
 cached answer, 3 skip), 27 in run 2 (all reuse). Alone (R205_ALONE=1, 39 probes, fresh store, two passes): run 1 1
 reuse + 12 patch with cached lines, run 2 16 reuse (16 clear, 0 arguable) = r205_found_alone.
 (A) CLEAR, a worked answer that holds ANOTHER equation's lines written with an EN DASH inside a bracket ("a(v – b) =
     c", "v – b = (–k)", "6n + (–12) = -30", "t/(–3) = 3") before the right working: stitched on the patch path from a
     cached answer rewritten to the request's numbers (or from the model's stale first answer), stored, then served
     whole by reuse ("all 5 steps verified") — the en-dash lines are not checked. "Solve 9(x + 10) = -54 step by
     step." -> "9(x – 10) = -54 / x – 10 = (–6) / 9(x + 10) = -54 / x + 10 = -6 / x = -16"; the BASE "Please solve
     8(t + 8) = -32 and show your working." (model right) -> "8(t – 8) = -32 / t – 8 = (–10) / 8(t + 8) = -32 / t + 8
     = -4 / t = -12"; "Solve 6n + (12) = -30 step by step." -> "6n + (–12) = -30 / 6n = (–18) / 6n + (12) = -30 / 6n
     = -42 / n = -7"; "Solve 4(n – 5) = 68 step by step." -> "4(n – 5) = 36 / 4(n – 5) = 68 / n – 5 = 17 / n = 22";
     "Solve 5(t – 9) = 0 step by step." (and "... Thanks!") -> "5(t – 9) = 36 / 5(t – 9) = 0 / t – 9 = 0 / t = 9";
     "Solve 6(m + 8) = -66 step by step." (an ASCII request) -> "6(m – 8) = -66 / m – 8 = (–6) / 6(m + 8) = -66 / ...
     / m = -19"; whole run also "Please solve t/(–2) = 6 ..." -> "t/(–3) = 3 / t/(–2) = 6 / t = 6 · (-2) / t = -12".
 Wrong served FRESH (never from the cache; run 1 141, run 2 126): JSON sign lost by the model and accepted — en dash
   "–593.48" -> 593.48 (13), em dash (12), "0.03%" under "rate as a fraction" -> 0.03 (10), "Balance (−): 12" (8),
   "12−" (6), "Negative: yes" (4), "Dr/Cr | Dr" (3 / 8, arguable), "(12.50)"/"( 12.50 )" (5); "--12"/"-(-12)" -> -12 (60,
   arguable: "--" may be a typo); equations: the stitched answers of (A) on the patch and skip paths in run 1.
Adds its probes to probe_kit.P."""
import json
import random as r205_random
from fractions import Fraction as r205_F

from probe_kit import P, S, J, E  # noqa: F401

R = r205_random.Random(205)
r205_found_alone = set(['d205-ep-2909', 'd205-qp-3711', 'd205-qp-3741', 'd205-qb-3816', 'd205-qb-3828', 'd205-qp-3843', 'd205-qp-3853', 'd205-qp-3861', 'd205-qb-3876', 'd205-qb-3918', 'd205-qb-3930', 'd205-qp-3939', 'd205-qp-3957', 'd205-qs-3970', 'd205-qs-3971', 'd205-qp-3975'])
r205_arguable = set()
# probes whose stored answers the found ones are stitched from (kept by R205_ALONE with them)
r205_context = set(['d205-ep-1790', 'd205-ep-1791', 'd205-ep-2846', 'd205-ep-2847', 'd205-ep-3067', 'd205-qs-3754',
                    'd205-qs-3755', 'd205-qs-3910', 'd205-qs-3911', 'd205-qs-3946', 'd205-qs-3947'])
r205_meta = {}
r205_n = [0]
r205_prompts = set()
r205_counts = {"base": 0, "pair": 0, "single": 0, "safe": 0}


def r205_js(o):
    return json.dumps(o, ensure_ascii=False)


def r205_J(tag, kind, prompt, schema, expect, answers, base=None, form=None, safe=False):
    if prompt in r205_prompts:
        return None
    r205_prompts.add(prompt)
    r205_n[0] += 1
    pid = "d205-%s-%d" % (tag, r205_n[0])
    J(pid, "r205_" + tag, prompt, schema, expect, [a if isinstance(a, str) else r205_js(a) for a in answers], safe=safe)
    r205_counts[kind] += 1
    r205_meta[pid] = {"base": base, "form": form, "kind": kind}
    return pid


def r205_E(tag, kind, prompt, var, value, answers, base=None, form=None, safe=False):
    if prompt in r205_prompts:
        return None
    r205_prompts.add(prompt)
    r205_n[0] += 1
    pid = "d205-%s-%d" % (tag, r205_n[0])
    E(pid, "r205_" + tag, prompt, var, str(value), answers, safe=safe)
    r205_counts[kind] += 1
    r205_meta[pid] = {"base": base, "form": form, "kind": kind}
    return pid


def w(k):
    return "".join(R.choice("bdfgklmnprstvz") + R.choice("aeiou") for _ in range(k))


r205_seen = set()


def nm():
    while True:
        n = w(2).capitalize() + " " + w(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal", "nes"])
        if n not in r205_seen:
            r205_seen.add(n)
            return n


def num(v):
    """JSON number for a Fraction/float value."""
    f = r205_F(v)
    if f.denominator == 1:
        return int(f)
    return float(f)


def fmt(v, dec):
    return ("%." + str(dec) + "f") % v if dec else "%d" % v


# ------------------------------------------------------------------ JSON: domains
# (key, type, description, labels, record word, value maker -> (float, dec), unit)
DOMAINS = [
    ("balance", "number", "account balance in EUR", ["Balance", "Balance", "Current balance"],
     "account", lambda: (R.randint(100, 99999) / 100.0, 2), ""),
    ("temperature", "number", "temperature in degrees Celsius", ["Temperature", "Temperature", "Temp"],
     "station", lambda: (R.randint(2, 35), 0), " °C"),
    ("change", "number", "change since the last reading", ["Change", "Change", "Net change"],
     "ticker", lambda: (R.randint(5, 950) / 10.0, 1), ""),
    ("floor", "integer", "floor number (negative below ground)", ["Floor", "Floor"],
     "room", lambda: (R.randint(1, 6), 0), ""),
    ("longitude", "number", "longitude in decimal degrees (east positive)", ["Longitude", "Longitude"],
     "site", lambda: (R.randint(1000, 170000) / 1000.0, 3), ""),
    ("adjustment", "integer", "score adjustment in points", ["Adjustment", "Points adjustment"],
     "player", lambda: (R.randint(2, 40), 0), ""),
    ("profit", "number", "net profit for the quarter in EUR", ["Profit", "Profit", "Net profit"],
     "unit", lambda: (R.randint(300, 90000), 0), ""),
    ("offset", "integer", "clock offset in milliseconds", ["Offset", "Clock offset"],
     "sensor", lambda: (R.randint(3, 900), 0), " ms"),
]

# negative forms: (name, fn(text_of_abs_value_with_unit, domainkey) -> text or None, arguable)
MINUS = "\u2212"
NEG_FORMS = [
    ("u2212", lambda s, k: MINUS + s, False),
    ("u2212sp", lambda s, k: MINUS + " " + s, False),
    ("endash", lambda s, k: "\u2013" + s, False),
    ("emdash", lambda s, k: "\u2014" + s, False),
    ("hyph2010", lambda s, k: "\u2010" + s, False),
    ("figdash", lambda s, k: "\u2012" + s, False),
    ("smallhyph", lambda s, k: "\ufe63" + s, False),
    ("fullwidth", lambda s, k: "\uff0d" + s, False),
    ("heavyminus", lambda s, k: "\u2796" + s, False),
    ("trailing", lambda s, k: s + "-" if not s.endswith(("C", "s")) else None, False),
    ("trail2212", lambda s, k: s + MINUS if not s.endswith(("C", "s")) else None, False),
    ("acct", lambda s, k: "(" + s + ")", False),
    ("acctsp", lambda s, k: "( " + s + " )", False),
    ("minusword", lambda s, k: "minus " + s, False),
    ("negword", lambda s, k: "negative " + s, False),
    ("Minusword", lambda s, k: "Minus " + s, False),
    ("moins", lambda s, k: "moins " + s, False),
    ("menos", lambda s, k: "menos " + s, False),
    ("below", lambda s, k: s + " below zero" if k == "temperature_c" else None, False),
    ("frost", lambda s, k: s + " of frost" if k == "temperature_c" else None, True),
    ("grad", lambda s, k: "minus " + s.replace(" °C", "") + " Grad" if k == "temperature_c" else None, False),
    ("down", lambda s, k: "down " + s if k in ("change", "adjustment") else None, False),
    ("loss", lambda s, k: "a loss of " + s if k == "profit" else None, False),
    ("dr", lambda s, k: s + " DR" if k == "balance" else None, True),
    ("od", lambda s, k: s + " OD" if k == "balance" else None, True),
    ("W", lambda s, k: s + "° W" if k == "longitude" else None, False),
    ("basement", lambda s, k: "basement " + s if k == "floor" else None, False),
    ("B", lambda s, k: "B" + s if k == "floor" else None, True),
    ("sub", lambda s, k: "U" + s if k == "floor" else None, True),
    ("pen", lambda s, k: s + " (penalty)" if k == "adjustment" else None, True),
    ("behind", lambda s, k: s + " behind" if k == "offset_ms" else None, True),
    ("lowminus", lambda s, k: "\u208b" + s, False),
    ("supminus", lambda s, k: "\u207b" + s, False),
    ("tilde", lambda s, k: "~" + s, True),
    ("pm", lambda s, k: "+/-" + s, True),
]
# a sign given apart from the value: (name, fn(label, s) -> block of lines)
APART = [
    ("signline", lambda lab, s: "%s: %s\nSign: %s" % (lab, s, MINUS), False),
    ("signabove", lambda lab, s: "%s\n%s: %s" % ("     " + MINUS, lab, s), True),
    ("signcol", lambda lab, s: "%s | Sign\n%s | %s" % (lab, s, "\u2013"), False),
    ("drcol", lambda lab, s: "%s | Dr/Cr\n%s | Dr" % (lab, s), True),
    ("negflag", lambda lab, s: "%s: %s\nNegative: yes" % (lab, s), False),
    ("lblsign", lambda lab, s: "%s (%s): %s" % (lab, MINUS, s), False),
    ("lblneg", lambda lab, s: "%s (negative): %s" % (lab, s), False),
    ("dirline", lambda lab, s: "%s: %s\nDirection: down" % (lab, s), True),
]

# scale / exponent forms: (name, fn(mantissa text) -> text, factor, arguable)
SCALE_FORMS = [
    ("k", lambda s: s + "k", 1000, False),
    ("K", lambda s: s + "K", 1000, False),
    ("thousand", lambda s: s + " thousand", 1000, False),
    ("tsd", lambda s: s + " Tsd.", 1000, False),
    ("mil_es", lambda s: s + " mil", 1000, True),
    ("M", lambda s: s + "M", 1000000, False),
    ("mio", lambda s: s + " Mio.", 1000000, False),
    ("mln", lambda s: s + " mln", 1000000, False),
    ("million", lambda s: s + " million", 1000000, False),
    ("lakh", lambda s: s + " lakh", 100000, False),
    ("crore", lambda s: s + " crore", 10000000, False),
    ("bn", lambda s: s + "bn", 1000000000, False),
    ("mrd", lambda s: s + " Mrd.", 1000000000, False),
    ("e3", lambda s: s + "e3", 1000, False),
    ("E+03", lambda s: s + "E+03", 1000, False),
    ("x10sup3", lambda s: s + " × 10³", 1000, False),
    ("dot10sup3", lambda s: s + "·10³", 1000, False),
    ("x10caret3", lambda s: s + " x 10^3", 1000, False),
    ("star10", lambda s: s + "*10^3", 1000, False),
    ("x10m3", lambda s: s + " × 10^-3", r205_F(1, 1000), False),
    ("x10supm3", lambda s: s + " × 10⁻³", r205_F(1, 1000), False),
    ("em3", lambda s: s + "e-3", r205_F(1, 1000), False),
    ("e2", lambda s: s + "e2", 100, False),
]

# count-like domains for scale (no money)
SCALE_DOMAINS = [
    ("population", "integer", "population", ["Population"], "town"),
    ("views", "integer", "number of views", ["Views"], "video"),
    ("downloads", "integer", "number of downloads", ["Downloads"], "app"),
    ("distance", "number", "distance in metres", ["Distance", "Distance (m)"], "route"),
    ("revenue", "number", "revenue in EUR", ["Revenue"], "branch"),
]

INSTR = [
    "From the record below, give name and {key}.",
    "From the record below, give name and {key}.",
    "From the note below, give name and {key}.",
    "From the record below, return name and {key}.",
]


def r205_schema(key, typ, desc):
    return S({"name": "string", key: typ})


CITIES = ["Bergen", "Tromsø", "Ålesund", "Gdańsk", "Lyon", "Porto", "Graz", "Turku", "Malmö", "Aarhus", "Leuven",
          "Bilbao", "Brno", "Utrecht", "Tartu", "Kaunas"]


def r205_ctx():
    """lines a base and its variant share, unlike other probes'."""
    return ["City: %s" % R.choice(CITIES), "Contact: %s@%s.example" % (w(2), w(2)),
            "Comment: %s %s %s" % (w(2), w(3), w(2))]


R205_CTX = {}


def r205_tx(name, body):
    if name not in R205_CTX:
        R205_CTX[name] = r205_ctx()
    return "Name: %s\n%s\n" % (name, body)


def r205_text(layout, name, lab, valtext, extra, ctx=None):
    return "Name: %s\n%s: %s\n" % (name, lab, valtext)
    if layout == 0:
        return "Name: %s\n%s\n%s: %s\n%s\n%s\n" % (name, ctx[0], lab, valtext, ctx[1], ctx[2])
    if layout == 1:
        return "Name: %s\n%s: %s\n%s\n%s\n%s\n" % (name, lab, valtext, ctx[0], ctx[1], ctx[2])
    if layout == 2:
        return "Name: %s\n%s\n%s\n%s: %s\n%s\n" % (name, ctx[0], ctx[1], lab, valtext, ctx[2])
    return "Name: %s\n%s\n%s\n%s\n%s: %s\n" % (name, ctx[0], ctx[2], ctx[1], lab, valtext)


EXTRAS = ["Checked 3 May.", "Updated by ops.", "Ref 4471.", "Source: monthly report.", "Entered by Ola."]


def r205_prompt(instr, text):
    return instr + "\n\n" + text


R205_DROP = ("temperature", "longitude", "change")


def build_json():
    for di, (key, typ, desc, labels, rec, mk, unit) in enumerate(DOMAINS):
        schema = r205_schema(key, typ, desc)
        if key in R205_DROP:
            continue
        for form, fn, arg in NEG_FORMS:
            for rep in range(4):
                v, dec = mk()
                s = fmt(v, dec) + unit
                neg = fn(s, key)
                if neg is None:
                    break
                name = nm()
                lab = R.choice(labels)
                layout = R.randrange(4)
                instr = R.choice(INSTR).format(rec=rec, desc=desc, key=key)
                extra = R.choice(EXTRAS)
                if typ == "integer" and dec:
                    continue
                pos = {"name": name, key: num(v)}
                negv = {"name": name, key: num(-r205_F(str(fmt(v, dec))))}
                ctx = r205_ctx()
                if rep < 2:
                    # pair: base plain positive, variant only the sign mark changes
                    bp = r205_prompt(instr, r205_text(layout, name, lab, s, extra, ctx))
                    b = r205_J("jb", "base", bp, schema, pos, [pos])
                    vp = r205_prompt(instr, r205_text(layout, name, lab, neg, extra, ctx))
                    r205_J("jp", "pair", vp, schema, negv, [pos, negv, negv], base=b, form=form)
                    if rep == 0 and form in ("u2212", "endash", "acct", "trailing", "emdash", "hyph2010"):
                        # reverse: the stored one is negative, the variant positive again (ascii "+")
                        r205_J("jr", "pair", r205_prompt(instr, r205_text(layout, name, lab, "+" + s, extra, ctx)),
                               schema, pos, [negv, pos, pos], base=None, form=form + "-rev")
                else:
                    # single: model loses the sign first
                    vp = r205_prompt(instr, r205_text(layout, name, lab, neg, extra, ctx))
                    r205_J("js", "single", vp, schema, negv, [pos, negv, negv], form=form)
        # sign apart
        for form, fn, arg in APART:
            for rep in range(3):
                v, dec = mk()
                if typ == "integer" and dec:
                    continue
                s = fmt(v, dec) + unit
                name = nm()
                lab = R.choice(labels)
                instr = R.choice(INSTR).format(rec=rec, desc=desc, key=key)
                pos = {"name": name, key: num(v)}
                negv = {"name": name, key: num(-r205_F(str(fmt(v, dec))))}
                bp = r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, s)))
                vp = r205_prompt(instr, r205_tx(name, fn(lab, s)))
                if rep < 2:
                    b = r205_J("ab", "base", bp, schema, pos, [pos])
                    r205_J("ap", "pair", vp, schema, negv, [pos, negv, negv], base=b, form=form)
                else:
                    r205_J("as", "single", vp, schema, negv, [pos, negv, negv], form=form)
        # safe: glyph changes, same negative value (base ascii '-', variant U+2212 / en dash) and name-only
        for rep in range(3):
            v, dec = mk()
            if typ == "integer" and dec:
                continue
            s = fmt(v, dec) + unit
            name = nm()
            lab = R.choice(labels)
            instr = R.choice(INSTR).format(rec=rec, desc=desc, key=key)
            negv = {"name": name, key: num(-r205_F(str(fmt(v, dec))))}
            bp = r205_prompt(instr, r205_tx(name, "%s: -%s" % (lab, s)))
            b = r205_J("sb", "base", bp, schema, negv, [negv])
            r205_J("sf", "safe", r205_prompt(instr, r205_tx(name, "%s: %s%s" % (lab, MINUS, s))), schema, negv,
                   [negv], base=b, form="safe2212", safe=True)
            r205_J("sf", "safe", r205_prompt(instr + " Thanks!", r205_tx(name, "%s: -%s" % (lab, s))), schema, negv,
                   [negv], base=b, form="safethanks", safe=True)
            # a negative base, variant ONLY loses the minus (the stored answer keeps it)
            r205_J("jl", "pair", r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, s))), schema,
                   {"name": name, key: num(v)}, [negv, {"name": name, key: num(v)}], base=b, form="lostminus")

    # scale / exponent / percent
    for key, typ, desc, labels, rec in SCALE_DOMAINS:
        schema = r205_schema(key, typ, desc)
        for form, fn, fac, arg in SCALE_FORMS:
            for rep in range(3):
                if isinstance(fac, r205_F) or typ == "number":
                    m = r205_F(R.randint(11, 99), 10)
                    mt = "%.1f" % float(m)
                else:
                    m = r205_F(R.randint(2, 99))
                    mt = str(int(m))
                val = m * fac
                if typ == "integer" and val.denominator != 1:
                    continue
                if typ == "integer" and isinstance(fac, r205_F):
                    continue
                name = nm()
                lab = R.choice(labels)
                instr = R.choice(INSTR).format(rec=rec, desc=desc, key=key)
                plain = {"name": name, key: num(m)} if (typ == "number" or m.denominator == 1) else None
                right = {"name": name, key: num(val)}
                vp = r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, fn(mt))))
                if rep < 2 and plain is not None:
                    bp = r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, mt)))
                    b = r205_J("xb", "base", bp, schema, plain, [plain])
                    r205_J("xp", "pair", vp, schema, right, [plain, right, right], base=b, form=form)
                elif plain is not None:
                    r205_J("xs", "single", vp, schema, right, [plain, right, right], form=form)
        # squares: "12²"
        for rep in range(3):
            m = R.randint(11, 40)
            name = nm()
            lab = R.choice(labels)
            instr = R.choice(INSTR).format(rec=rec, desc=desc, key=key)
            bp = r205_prompt(instr, r205_tx(name, "%s: %d" % (lab, m)))
            b = r205_J("xb", "base", bp, schema, {"name": name, key: m}, [{"name": name, key: m}])
            for f, t in (("sq", "%d²" % m), ("caret2", "%d^2" % m)):
                r205_J("xp", "pair", r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, t))), schema,
                       {"name": name, key: m * m}, [{"name": name, key: m}, {"name": name, key: m * m}], base=b, form=f)
    # percent / per mille / basis points
    pschema = S({"name": "string", "rate": "number"}, {"rate": "rate in percent"})
    fschema = S({"name": "string", "rate": "number"}, {"rate": "rate as a fraction (0.05 for 5%)"})
    for rep in range(10):
        p = R.randint(2, 40)
        name = nm()
        instr = R.choice(INSTR).format(rec="loan", desc="rate in percent", key="rate")
        lab = "Rate"
        bp = r205_prompt(instr, r205_tx(name, "%s: %d%%" % (lab, p)))
        right = {"name": name, "rate": p}
        b = r205_J("pb", "base", bp, pschema, right, [right])
        for f, t, val in (("permille", "%d‰" % p, r205_F(p, 10)), ("permilleword", "%d per mille" % p, r205_F(p, 10)),
                          ("bp", "%d bp" % p, r205_F(p, 100)), ("bps", "%d bps" % p, r205_F(p, 100)),
                          ("pct", "%d pct" % p, p), ("pm_de", "%d Promille" % p, r205_F(p, 10)),
                          ("pctpt", "%d ppm" % p, r205_F(p, 10000))):
            r205_J("pp", "pair" if f != "pct" else "safe", r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, t))),
                   pschema, {"name": name, "rate": num(val)},
                   [right, {"name": name, "rate": num(val)}] if f != "pct" else [right], base=b, form=f,
                   safe=(f == "pct"))
        name = nm()
        instr2 = R.choice(INSTR).format(rec="loan", desc="rate as a fraction", key="rate")
        fr = r205_F(p, 100)
        bp2 = r205_prompt(instr2, r205_tx(name, "%s: %s" % (lab, "%.2f" % float(fr))))
        rb = {"name": name, "rate": num(fr)}
        b2 = r205_J("pb", "base", bp2, fschema, rb, [rb])
        for f, t, val in (("frac_pct", "%.2f%%" % float(fr), fr / 100), ("frac_pm", "%.2f‰" % float(fr), fr / 1000),
                          ("pct_whole", "%d%%" % p, fr)):
            r205_J("pp", "pair" if f != "pct_whole" else "safe", r205_prompt(instr2, r205_tx(name, "%s: %s" % (lab, t))),
                   fschema, {"name": name, "rate": num(val)},
                   [rb, {"name": name, "rate": num(val)}] if f != "pct_whole" else [rb], base=b2, form=f,
                   safe=(f == "pct_whole"))


# ------------------------------------------------------------------ equations
GL = {"ascii": "-", "u2212": MINUS, "endash": "\u2013", "emdash": "\u2014", "hyph": "\u2010", "fig": "\u2012",
      "fullw": "\uff0d", "small": "\ufe63"}
ETPL = ["Solve for {v}: {eq}.", "Solve {eq} step by step.", "Please solve {eq} and show your working.",
        "Solve for {v}: {eq}. Show each step.", "Find {v} if {eq}."]


def lin(a, v, b, g="-", dot=False):
    """text of a v + b with minus glyph g."""
    t = ("" if a == 1 else (g if a == -1 else ((g + str(-a)) if a < 0 else str(a))) + ("·" if dot else "")) + v
    if a == 1:
        t = v
    if b > 0:
        t += " + %d" % b
    elif b < 0:
        t += " %s %d" % (g, -b)
    return t


def sval(n, g):
    return (g + str(-n)) if n < 0 else str(n)


def work(a, b, c, v, g_first, g_rest="-", first=None):
    """worked solution of a v + b = c; first line given (request's own text) or built."""
    x = r205_F(c - b, a)
    lines = [first if first else "%s = %s" % (lin(a, v, b, g_first), sval(c, g_first))]
    if b != 0:
        lines.append("%s = %s" % (lin(a, v, 0, g_rest), sval(c - b, g_rest)))
    if a != 1:
        lines.append("%s = %s" % (v, sval(int(x), "-") if x.denominator == 1 else str(x)))
    return "\n".join(lines)


def build_eq():
    vars_ = ["x", "y", "n", "t", "k"]
    count = 0
    tries = 0
    shapes = ["const", "rhs", "coef", "bracket", "dot", "paren", "div", "minusword", "sq", "outer", "sci", "rhsparen"]
    while count < 58 * len(shapes) and tries < 200000:
        tries += 1
        shape = shapes[tries % len(shapes)]
        glyph = R.choice(list(GL))
        g = GL[glyph]
        v = R.choice(vars_)
        a = R.randint(2, 9)
        b = R.randint(1, 12)
        x1 = R.randint(1, 12)
        tpl = R.choice(ETPL)
        if shape in ("const", "rhs", "coef", "dot", "minusword", "sq"):
            c = a * x1 + b
            base_eq = "%s%s%s + %d = %d" % (a, "·" if shape == "dot" else "", v, b, c)
            if shape in ("const", "dot"):
                var_eq = "%s%s%s %s %d = %d" % (a, "·" if shape == "dot" else "", v, g, b, c)
                A, B, C = a, -b, c
            elif shape == "minusword":
                var_eq = "%s%s minus %d = %d" % (a, v, b, c)
                A, B, C = a, -b, c
            elif shape == "rhs":
                var_eq = "%s%s + %d = %s%d" % (a, v, b, g, c)
                A, B, C = a, b, -c
            elif shape == "coef":
                var_eq = "%s%s%s + %d = %d" % (g, a, v, b, c)
                A, B, C = -a, b, c
            else:  # sq: b -> b²
                var_eq = "%s%s + %d² = %d" % (a, v, b, c)
                A, B, C = a, b * b, c
            x2 = r205_F(C - B, A)
            if x2.denominator != 1 or x2 == x1:
                continue
            base_ans = work(a, b, c, v, "-", first=base_eq)
            right = work(A, B, C, v, g, "-", first=var_eq)
            # realistic sign-lost: restates right, then proceeds as the base (arithmetic wrong)
            lost = "\n".join([var_eq] + base_ans.split("\n")[1:])
        elif shape == "bracket":
            c = a * (x1 + b)
            base_eq = "%d(%s + %d) = %d" % (a, v, b, c)
            var_eq = "%d(%s %s %d) = %d" % (a, v, g, b, c)
            if c % a:
                continue
            x2 = r205_F(c, a) + b
            base_ans = "%s\n%s + %d = %d\n%s = %d" % (base_eq, v, b, c // a, v, x1)
            right = "%s\n%s %s %d = %d\n%s = %d" % (var_eq, v, g, b, c // a, v, int(x2))
            lost = "%s\n%s + %d = %d\n%s = %d" % (var_eq, v, b, c // a, v, x1)
        elif shape == "outer":
            g = GL[R.choice(["ascii", "u2212", "endash"])]
            glyph = {"-": "ascii", MINUS: "u2212", "\u2013": "endash"}[g]
            c = a * (x1 + b)
            base_eq = "%d(%s + %d) = %d" % (a, v, b, c)
            var_eq = "%s%d(%s + %d) = %d" % (g, a, v, b, c)
            x2 = r205_F(-c, a) - b
            if x2.denominator != 1:
                continue
            base_ans = "%s\n%s + %d = %d\n%s = %d" % (base_eq, v, b, c // a, v, x1)
            right = "%s\n%s + %d = %d\n%s = %d" % (var_eq, v, b, -(c // a), v, int(x2))
            lost = "%s\n%s + %d = %d\n%s = %d" % (var_eq, v, b, c // a, v, x1)
        elif shape == "rhsparen":
            g = GL[R.choice(["ascii", "u2212", "endash"])]
            glyph = {"-": "ascii", MINUS: "u2212", "\u2013": "endash"}[g]
            c = a * x1 + b
            base_eq = "%d%s + %d = %d" % (a, v, b, c)
            var_eq = "%d%s + %d = (%s%d)" % (a, v, b, g, c)
            x2 = r205_F(-c - b, a)
            if x2.denominator != 1:
                continue
            base_ans = work(a, b, c, v, "-", first=base_eq)
            right = work(a, b, -c, v, "-", first=var_eq)
            lost = "\n".join([var_eq] + base_ans.split("\n")[1:])
        elif shape == "sci":
            k = R.randint(2, 9)
            c = a * k
            base_eq = "%d%s = %d" % (a, v, c)
            sty = R.choice(["%de2", "%d × 10^2", "%d·10²", "%d × 10²", "%d*10^2", "%dE2", "%d hundred"])
            glyph = sty.replace("%d", "N")
            var_eq = "%d%s = %s" % (a, v, sty % c)
            x1 = k
            x2 = r205_F(c * 100, a)
            base_ans = "%s\n%s = %d" % (base_eq, v, k)
            right = "%s\n%d%s = %d\n%s = %d" % (var_eq, a, v, c * 100, v, int(x2))
            lost = "%s\n%s = %d" % (var_eq, v, k)
        elif shape == "paren":
            c = a * x1
            base_eq = "(%d)%s = %d" % (a, v, c)
            var_eq = "(%s%d)%s = %d" % (g, a, v, c)
            x2 = r205_F(-x1)
            base_ans = "%s\n%s = %d" % (base_eq, v, x1)
            right = "%s\n%s = %d / (-%d)\n%s = %d" % (var_eq, v, c, a, v, -x1)
            lost = "%s\n%s = %d" % (var_eq, v, x1)
        else:  # div
            k = R.randint(2, 12)
            d = a
            base_eq = "%s/%d = %d" % (v, d, k)
            var_eq = R.choice(["%s/%s%d = %d" % (v, g, d, k), "%s/(%s%d) = %d" % (v, g, d, k)])
            x1 = d * k
            x2 = r205_F(-d * k)
            base_ans = "%s\n%s = %d" % (base_eq, v, x1)
            right = "%s\n%s = %d · (-%d)\n%s = %d" % (var_eq, v, k, d, v, -x1)
            lost = "%s\n%s = %d" % (var_eq, v, x1)
        count += 1
        bp = tpl.format(v=v, eq=base_eq)
        vp = tpl.format(v=v, eq=var_eq)
        form = "%s/%s" % (shape, glyph if shape not in ("minusword", "sq") else shape)
        if count % 3 != 0:
            bid = r205_E("eb", "base", bp, v, x1, [base_ans])
            if bid is None:
                continue
            r205_E("ep", "pair", vp, v, int(x2), [base_ans, right, right], base=bid, form=form)
            if count % 3 == 1:
                r205_E("ep", "pair", vp.replace(".", ". Thanks!", 1) if vp.endswith(".") else vp + " Thanks!", v,
                       int(x2), [lost, right, right], base=bid, form=form + "/lost")
        else:
            r205_E("es", "single", vp, v, int(x2), [lost, right, right], form=form)
        # safe: glyph-only change of an existing minus (same value)
        if count % 5 == 0 and shape in ("const", "dot", "bracket"):
            sb = r205_E("esb", "base", vp.replace(g, "-"), v, int(x2), [right.replace(g, "-")])
            if sb:
                r205_E("esf", "safe", vp.replace(g, MINUS if g != MINUS else "\u2013"), v, int(x2), [right], base=sb,
                       form="safe", safe=True)


# ------------------------------------------------------------------ PART R: a stored NEGATIVE base, the variant drops
# or moves the sign (the model's first answer is the stored negative number)
R_DOMS = [("balance", "number", "Balance", lambda: (R.randint(100, 99999) / 100.0, 2)),
          ("floor", "integer", "Floor", lambda: (R.randint(1, 6), 0)),
          ("adjustment", "integer", "Adjustment", lambda: (R.randint(2, 40), 0)),
          ("profit", "number", "Profit", lambda: (R.randint(300, 90000), 0)),
          ("offset", "integer", "Offset", lambda: (R.randint(3, 900), 0))]
R_BASEFORMS = [("ascii", lambda s: "-" + s), ("u2212", lambda s: MINUS + s), ("endash", lambda s: "\u2013" + s),
               ("acct", lambda s: "(" + s + ")"), ("trail", lambda s: s + "-"), ("asciisp", lambda s: "- " + s)]
R_VARFORMS = [("plain", lambda s: s, 1), ("plus", lambda s: "+" + s, 1), ("hyphapart", lambda s: s + " -", -1),
              ("bracket_pos", lambda s: "[" + s + "]", 1), ("quoted", lambda s: "'" + s + "'", 1),
              ("minus_minus", lambda s: "--" + s, 1), ("neg_paren", lambda s: "-(" + s + ")", -1),
              ("minus_paren_minus", lambda s: "-(-" + s + ")", 1), ("ascii", lambda s: "-" + s, -1),
              ("u2212", lambda s: MINUS + s, -1)]


def build_r():
    for key, typ, lab, mk in R_DOMS:
        schema = S({"name": "string", key: typ})
        for bf, bfn in R_BASEFORMS:
            for vf, vfn, sign in R_VARFORMS:
                if vf == bf:
                    continue
                v, dec = mk()
                s = fmt(v, dec)
                name = nm()
                negv = {"name": name, key: num(-r205_F(s))}
                right = {"name": name, key: num(sign * r205_F(s))}
                instr = R.choice(INSTR).format(key=key, rec="", desc="")
                bp = r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, bfn(s))))
                b = r205_J("rb", "base", bp, schema, negv, [negv])
                vp = r205_prompt(instr, r205_tx(name, "%s: %s" % (lab, vfn(s))))
                if sign == -1:
                    r205_J("rsf", "safe", vp, schema, right, [right], base=b, form=bf + ">" + vf, safe=True)
                else:
                    r205_J("rp", "pair", vp, schema, right, [negv, right, right], base=b, form=bf + ">" + vf)


# ------------------------------------------------------------------ PART Q: en dash (and others) inside brackets in
# the equation and in the working lines
QG = {"endash": "\u2013", "u2212": MINUS, "ascii": "-", "emdash": "\u2014"}


def build_q():
    vars_ = ["x", "y", "n", "t", "k", "m"]
    made = 0
    tries = 0
    while made < 150 and tries < 20000:
        tries += 1
        gname = R.choice(["endash", "endash", "endash", "u2212", "ascii"])
        g = QG[gname]
        v = R.choice(vars_)
        a = R.randint(2, 9)
        b = R.randint(1, 12)
        x = R.randint(-12, 12)
        if x == 0:
            continue
        tpl = R.choice(ETPL)
        shape = R.choice(["rhs", "brk", "addneg", "coefp"])
        if shape == "rhs":      # a v + b = (–c)   (c > 0)
            c = a * x + b
            if c >= 0:
                continue
            eq = "%d%s + %d = (%s%d)" % (a, v, b, g, -c)
            mid_t, mid_v = "%d%s" % (a, v), c - b
            other = "%d%s + %d = (%d)" % (a, v, b, -c)           # the sign dropped
            xo = r205_F(-c - b, a)
        elif shape == "brk":    # a(v – b) = c
            c = a * (x - b)
            eq = "%d(%s %s %d) = %d" % (a, v, g, b, c)
            mid_t, mid_v = "%s %s %d" % (v, g, b), x - b
            other = "%d(%s + %d) = %d" % (a, v, b, c)
            xo = r205_F(c, a) - b
        elif shape == "addneg":  # a v + (–b) = c
            c = a * x - b
            eq = "%d%s + (%s%d) = %d" % (a, v, g, b, c)
            mid_t, mid_v = "%d%s" % (a, v), c + b
            other = "%d%s + (%d) = %d" % (a, v, b, c)
            xo = r205_F(c - b, a)
        else:                   # (–a)v + b = c
            c = -a * x + b
            eq = "(%s%d)%s + %d = %d" % (g, a, v, b, c)
            mid_t, mid_v = "(%s%d)%s" % (g, a, v), c - b
            other = "(%d)%s + %d = %d" % (a, v, b, c)
            xo = r205_F(c - b, a)
        if xo.denominator != 1 or xo == x:
            continue
        made += 1
        def val(n):
            return ("(%s%d)" % (g, -n)) if n < 0 else str(n)
        right = "%s\n%s = %s\n%s = %d" % (eq, mid_t, val(mid_v), v, x)
        if shape == "brk":
            right = "%s\n%s = %s\n%s = %d" % (eq, mid_t, val(mid_v), v, x)
        # base: the sign-dropped equation, right for itself
        if shape == "rhs":
            ob = "%s\n%d%s = %d\n%s = %d" % (other, a, v, -c - b, v, int(xo))
        elif shape == "brk":
            ob = "%s\n%s + %d = %d\n%s = %d" % (other, v, b, c // a if c % a == 0 else 0, v, int(xo))
            if c % a:
                made -= 1
                continue
        elif shape == "addneg":
            ob = "%s\n%d%s = %d\n%s = %d" % (other, a, v, c - b, v, int(xo))
        else:
            ob = "%s\n(%d)%s = %d\n%s = %d" % (other, a, v, c - b, v, int(xo))
        bp = tpl.format(v=v, eq=other)
        vp = tpl.format(v=v, eq=eq)
        kind = made % 3
        if kind == 0:   # pair: the sign-dropped base stored, then the variant with the bracketed sign
            bid = r205_E("qb", "base", bp, v, int(xo), [ob])
            if bid:
                r205_E("qp", "pair", vp, v, x, [ob, right, right], base=bid, form="q-%s/%s" % (shape, gname))
        elif kind == 1:  # reverse pair: the bracketed-sign base stored, then the sign-dropped request
            bid = r205_E("qb", "base", vp, v, x, [right])
            if bid:
                r205_E("qp", "pair", bp, v, int(xo), [right, ob, ob], base=bid, form="q-%s/%s-rev" % (shape, gname))
        else:            # single: right restated equation and final value, a FALSE bracketed middle line
            wrong_mid = mid_v + R.choice([-2, 2, 3, -3, 6]) if mid_v > 0 else -mid_v
            if wrong_mid == mid_v:
                wrong_mid = mid_v + 1
            bad = "%s\n%s = %s\n%s = %d" % (eq, mid_t, val(wrong_mid), v, x)
            r205_E("qs", "single", vp, v, x, [bad, right, right], form="q-%s/%s-falsemid" % (shape, gname))
            # and the same with the sign glyph of the working line in ascii (control)
            bad2 = "%s\n%s = %d\n%s = %d" % (eq, mid_t.replace(g, "-"), wrong_mid, v, x)
            r205_E("qs", "single", vp.replace(".", ". Thanks!", 1) if vp.endswith(".") else vp + " Thanks!", v, x,
                   [bad2, right, right], form="q-%s/%s-falsemid-ascii" % (shape, gname))


# ------------------------------------------------------------------ PART F: the FINAL line's value in a glyph or a bracket
FG = [("endash", "\u2013{n}"), ("endashp", "(\u2013{n})"), ("u2212", MINUS + "{n}"), ("u2212p", "(" + MINUS + "{n})"),
      ("emdash", "\u2014{n}"), ("asciip", "(-{n})"), ("hyph", "\u2010{n}"), ("fullw", "\uff0d{n}")]


def build_f():
    R = r205_random.Random(2051)
    vars_ = ["x", "y", "n", "t", "k"]
    for fg, pat in FG:
        for rep in range(8):
            v = R.choice(vars_)
            a = R.randint(2, 9)
            b = R.randint(1, 12)
            x = -R.randint(2, 12)
            c = a * x + b
            g = R.choice(["\u2013", MINUS, "-"])
            eq = "%d%s + %d = %s" % (a, v, b, (g + str(-c)) if c < 0 else str(c))
            mid = "%d%s = %s" % (a, v, (g + str(-(c - b))) if c - b < 0 else str(c - b))
            tpl = R.choice(ETPL)
            right = "%s\n%s\n%s = %d" % (eq, mid, v, x)
            if rep % 2 == 0:   # sign lost in the final glyph line: value +|x| written plainly would be wrong;
                # here the final states the right magnitude with the glyph, and a wrong magnitude
                wrong = "%s\n%s\n%s = %s" % (eq, mid, v, pat.format(n=-x + R.choice([1, 2, -1])))
            else:
                wrong = "%s\n%s\n%s = %s" % (eq, mid, v, pat.format(n=x))   # --x: a double sign, positive
            r205_E("fs", "single", tpl.format(v=v, eq=eq), v, x, [wrong, right, right], form="final/%s/%d" % (fg, rep % 2))


build_json()
build_eq()
build_r()
build_q()
build_f()

# keep the round within 4,000 probes: the "12²" equation shape (all refused, 0 served) is left out after generation, so
# the ids of every other probe stay as they were
r205_sq = {i for i, m in r205_meta.items() if (m.get("form") or "").startswith("sq/")}
r205_sq |= {r205_meta[i]["base"] for i in r205_sq if r205_meta[i].get("base")}
P[:] = [p for p in P if p["id"] not in r205_sq]

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone, the probes their
# false lines were copied from and the bases of their pairs, every 10th safe variant and every 30th of the rest
# (3,981 generated); then every arguable item left out.
r205_keep = set(r205_found_alone) | r205_context
r205_keep |= {r205_meta[r205_i]["base"] for r205_i in list(r205_keep) if r205_meta.get(r205_i, {}).get("base")}
from probe_kit import sample_round as r205_sample_round  # noqa: E402

r205_sample_round("d205-", r205_keep, 30, safe_every=10)
P[:] = [r205_p for r205_p in P if r205_p["id"] not in r205_arguable]
