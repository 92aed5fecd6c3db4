r"""Red-team round 198 (black box): NUMBERS IN OTHER NOTATIONS AND SCRIPTS, both tasks.
Focus: values and coefficients written in Arabic-Indic / Extended Arabic-Indic / Devanagari / full-width / Bengali / Thai
  digits, group separators of other locales (plain, thin, no-break, narrow no-break space, "'", "’", "."), decimal commas
  ("12,5", "12,500" vs "12,5", "1.234,50"), scientific notation ("1.2e3", "1.2 × 10³", "4,5E-2", "3 × 10⁻²"), negatives
  (U+2212, hyphen, en/em/figure dash, non-breaking hyphen, "﹣", "－", "˗", "➖", "⁻", "(1,200)", "12-", "12 CR/DR", "+12"),
  superscripts and vulgar fractions ("2³", "10²", "3½", "3¼", "3¹⁄₂"), Roman numerals, ordinals ("3rd", "3º", "3.", "3ª"),
  words mixed with digits ("2 dozen", "1.5 million", "3k", "€2,5 Mio.", "12 lakh", "12万"); in equations the same, plus
  products and quotients in 33 operator characters ("2 × 13", "2·13", "⋅", "∙", "•", "✕", "⨯", "✖", "‧", "・", "∗", "⋆",
  "÷", ":", "∶", "∕", "⁄", "➗"), implicit multiplication ("3(x + 1)", "(3)(x + 1)", "3[x + 1]", "3(x + 1)(2)", "3x(2)",
  "2(13)"), chains and precedence ("40 ÷ 2 ÷ 2", "40 ÷ 2 × 2", "40/2(2)", "30 − 20 ÷ 2", "x/2/3", "x − 2 − 3", "10 − x − 2",
  "−2(x − 3)", "2 − (x − 3)", "2x − −3"), short/long decimals (".25x", "020", "20.", "20.0", "0.20"), and one digit of a
  number in another script or in mathematical bold / double-struck / sub- / superscript / circled digits ("2٠", "2𝟎", "1३x").
  Workings restate the request in its own notation, then ASCII.
  3,831 probes (deterministic; seeded random.Random(198) unused): json_extract 592 bases, 711 pair variants, 108 singles,
  55 safe; linear_equation 396 bases, 1,719 pair variants, 153 singles, 97 safe. Run on the d198 ids only
  (check.py --workload), fresh SQLite store, --runs 2: paths run 1 skip 3,326 / reuse 257 / patch 248, run 2 skip 3,007 /
  reuse 824; safe on reuse 11/152 (run 1), 29/152 (run 2).
HELD (0 wrong answers from the cache, run 1 and run 2):
  - json_extract: this binary stored no extraction answer at all (the SQLite store held only linear_equation entries;
    every json request, the suite's own ld-base/pr-base/co-base included, was "no cached candidate" in both runs), so no
    extraction shape could reach reuse or patch. Fresh: other-script digits, space/apostrophe/point groups, decimal
    commas, e-notation, "× 10³", fractions, Roman numerals, words ("2 dozen", "1.5 million", "3k", "€2,5 Mio.") were all
    refused ("does not occur in the source text"): 104 of 108 wrong singles refused, the 4 served were right.
  - linear_equation, the request reader: every operator character it does not read as an operator ("∙", "•", "✕", "⨯",
    "✖", "∶", "∕", "⁄", "‑", "‐", "‒", "﹣", "－", "➖", "⁻"...), other-script / bold / sub- / superscript / circled
    digits, superscripts, vulgar fractions, e-notation, comma decimals, group separators, Roman numerals, "3[x + 1]",
    "2/3x", "x/2(3)", "x/−2" was refused with "asks for more than the variable's value" or "holds no equation" (1,249 pair
    variants refused, none served wrong; an isolated check: "Solve x + 5 = 20 ..." stored, then "Solve 3 ∙ x + 5 = 20
    ..." refused, "3x + 5 = 20 ∶ 2" / "20 ‑ 2" / "20 ∕ 2" refused, "3 • (x + 1) = 15" refused, "x + 1 = 15" patched right).
  - what it reads, it reads right: U+2212 and en dash as minus (also "3x – 5", "(–5)", "- –5"), "×", "·", "⋅", "*" as
    products ("3 ⋅ x", "x·3", "3x·2", "3 × x × 2"), "÷" and "/" as division, left-to-right chains ("40 ÷ 2 ÷ 2" = 10,
    "40 ÷ 2 × 2" = 40, "x/2/3" = x/6, "x − 2 − 3"), precedence ("30 − 20 ÷ 2", "2 + 3 × 6"), signs before brackets,
    double signs, ".25x", "020", "20.", "(3)(x + 1)", "2(13)": 470 pair variants served from the cache in run 2 (90
    singles reused from their bases), every one with the right value and lines that hold.
WHAT GOT THROUGH: nothing from the cache (r198_found_alone and r198_arguable are empty).
  Wrong answers served FRESH (path skip, never stored; 19 in run 1 and 19 in run 2, all 19 again alone, R198_ALONE=1,
  29 probes, fresh store, two passes): json_extract accepts the unsigned digits of a value whose sign or power is in its
  notation — "Amount: –12 EUR" -> {"amount": 12}; "open balance of ‐12 EUR" -> 12; "balance of - 12 EUR" -> 12;
  "balance of －12 EUR" -> 12; "balance of 12- EUR" -> 12; "balance of (1,200.00) EUR" -> 1200; "Suite: –12" -> 12;
  "who turned 12² last spring" -> 12; "who turned −12" / "–12" / "(1,200)" / "1,200-" -> 12 / 12 / 1200 / 1200; order lines "- BQ-22: −12" / "–12" / "(1,200)" / "1,200-" / "12²" ->
  12 / 12 / 1200 / 1200 / 12, and "BQ-22: 2³" / "BQ-22: VI" -> 4 (another line's quantity, "AX-10: 4"). Listed in
  r198_fresh_wrong.
  Scorer note: check.py flags 68 right equation answers per run as wrong (path reuse 36 / patch 16 / skip 16 in run 1,
  reuse 68 in run 2) because its line evaluator does not read "÷", "–", "⋅", "∶" in the restated first line (e.g. "Solve
  3x + 5 = 40 ÷ 2 ÷ 2 step by step." -> "3x + 5 = 40 ÷ 2 ÷ 2 / 3x + 5 = 10 / 3x = 5 / x = 5/3"); every line of each holds
  (checked by the round's own evaluator, kept by its tester).
Adds its probes to probe_kit.P."""
import random as r198_random
from fractions import Fraction as r198_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r198_rng = r198_random.Random(198)
r198_found_alone = set()
r198_arguable = set()
r198_prompts = {}
r198_n = [0]
r198_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r198_meta = {}

R198_DIG = {
    "arab": "٠١٢٣٤٥٦٧٨٩", "ext": "۰۱۲۳۴۵۶۷۸۹", "deva": "०१२३४५६७८९", "full": "０１２３４５６７８９",
    "beng": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙",
}


def r198_sc(s, script):
    if script == "ascii":
        return s
    d = R198_DIG[script]
    return "".join(d[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def r198_add(tag, kind, task, prompt, expect, answers, schema=None, var=None, safe=False, base=None, fam=None):
    if prompt in r198_prompts:
        return r198_prompts[prompt]
    r198_n[0] += 1
    pid = "d198-%s-%d" % (tag, r198_n[0])
    fam = fam or ("num_notation_" + tag)
    if task == "j":
        J(pid, fam, prompt, schema, expect, answers, safe=safe)
    else:
        E(pid, fam, prompt, var, str(expect), answers, safe=safe)
    r198_prompts[prompt] = pid
    r198_counts[kind] += 1
    r198_meta[pid] = {"base": base}
    return pid


# ------------------------------------------------------------------ extraction
# (text, value) notations; pairs: (tag, base_text, base_value, var_text, var_value, type, arguable?)
def r198_json_pairs():
    out = []
    for sc in R198_DIG:
        for a, b in ((41, 42), (41, 14), (12, 21), (305, 350), (1234, 1243), (58, 59)):
            out.append(("sd", r198_sc(str(a), sc), a, r198_sc(str(b), sc), b, "integer"))  # same script, other value
            out.append(("sa", str(a), a, r198_sc(str(b), sc), b, "integer"))  # ascii base, script variant
            out.append(("sx", r198_sc(str(a), sc), a, str(b), b, "integer"))
        out.append(("sdec", r198_sc("12.5", sc), 12.5, r198_sc("12.8", sc), 12.8, "number"))
        out.append(("sdec", "12.5", 12.5, r198_sc("12.8", sc), 12.8, "number"))
        # Arabic decimal separator U+066B and thousands U+066C
    out.append(("asep", "١٢٫٥", 12.5, "١٢٫٨", 12.8, "number"))
    out.append(("asep", "١٬٢٣٤", 1234, "١٬٢٤٣", 1243, "integer"))
    out.append(("asep", "12.5", 12.5, "١٢٫٨", 12.8, "number"))
    for sep in (" ", "\u2009", "\u00a0", "\u202f", "'", "’", "."):
        out.append(("grp", "1%s234" % sep, 1234, "1%s243" % sep, 1243, "integer"))
        out.append(("grp", "12%s500" % sep, 12500, "12%s050" % sep, 12050, "integer"))
        out.append(("grp", "1,234", 1234, "1%s243" % sep, 1243, "integer"))
        out.append(("grp", "1%s234%s567" % (sep, sep), 1234567, "1%s243%s567" % (sep, sep), 1243567, "integer"))
        if sep != ".":
            out.append(("grp", "1%s234.50" % sep, 1234.5, "1%s234.80" % sep, 1234.8, "number"))
    out += [
        ("dc", "12,5", 12.5, "12,8", 12.8, "number"),
        ("dc", "12,5", 12.5, "21,5", 21.5, "number"),
        ("dc", "12.5", 12.5, "12,8", 12.8, "number"),
        ("dc", "12,500", 12500, "12,5", 12.5, "number"),
        ("dc", "12,50", 12.5, "12,500", 12500, "number"),
        ("dc", "1.234,50", 1234.5, "1.234,80", 1234.8, "number"),
        ("dc", "1.234,50", 1234.5, "1.243,50", 1243.5, "number"),
        ("dc", "1,234.50", 1234.5, "1.234,80", 1234.8, "number"),
        ("dc", "1.234,50", 1234.5, "1.234", 1234, "number"),
        ("dc", "0,75", 0.75, "0,57", 0.57, "number"),
        ("dc", "3,14", 3.14, "3,41", 3.41, "number"),
        ("sci", "1.2e3", 1200, "1.2e4", 12000, "number"),
        ("sci", "1.2e3", 1200, "2.1e3", 2100, "number"),
        ("sci", "1.2E+03", 1200, "1.2E+04", 12000, "number"),
        ("sci", "1.2 × 10³", 1200, "1.2 × 10⁴", 12000, "number"),
        ("sci", "1.2 × 10³", 1200, "1.3 × 10³", 1300, "number"),
        ("sci", "1.2·10³", 1200, "1.2·10⁵", 120000, "number"),
        ("sci", "1.2 x 10^3", 1200, "1.2 x 10^4", 12000, "number"),
        ("sci", "4,5E-2", 0.045, "4,5E-3", 0.0045, "number"),
        ("sci", "4.5e-2", 0.045, "4.5e-3", 0.0045, "number"),
        ("sci", "4.5e-2", 0.045, "4,5E-3", 0.0045, "number"),
        ("sci", "1200", 1200, "1.2e4", 12000, "number"),
        ("sci", "1200", 1200, "1.2 × 10⁴", 12000, "number"),
        ("sci", "3 × 10⁻²", 0.03, "3 × 10⁻³", 0.003, "number"),
        ("sci", "3 × 10⁻²", 0.03, "3 × 10²", 300, "number"),
        ("sci", "2²", 4, "2³", 8, "integer"),
        ("sci", "10²", 100, "10³", 1000, "integer"),
        ("sci", "12", 12, "12²", 144, "integer"),
        ("sci", "23", 23, "2³", 8, "integer"),
        ("neg", "12", 12, "−12", -12, "integer"),
        ("neg", "12", 12, "‐12", -12, "integer"),
        ("neg", "12", 12, "–12", -12, "integer"),
        ("neg", "12", 12, "－12", -12, "integer"),
        ("neg", "1,200", 1200, "(1,200)", -1200, "integer"),
        ("neg", "1,200.00", 1200, "(1,200.00)", -1200, "number"),
        ("neg", "1,200", 1200, "1,200-", -1200, "integer"),
        ("neg", "12", 12, "12-", -12, "integer"),
        ("neg", "+12", 12, "−12", -12, "integer"),
        ("neg", "−12", -12, "+12", 12, "integer"),
        ("neg", "−12", -12, "−13", -13, "integer"),
        ("neg", "−12", -12, "12", 12, "integer"),
        ("neg", "(1,200)", -1200, "(1,300)", -1300, "integer"),
        ("neg", "(1,200)", -1200, "1,200", 1200, "integer"),
        ("neg", "12-", -12, "12", 12, "integer"),
        ("neg", "12 CR", 12, "12 DR", -12, "integer"),
        ("neg", "-12", -12, "12", 12, "integer"),
        ("neg", "12", 12, "- 12", -12, "integer"),
        ("neg", "12", 12, "−1̶2̶ 12", 12, "integer"),
        ("frac", "3½", 3.5, "3¼", 3.25, "number"),
        ("frac", "3½", 3.5, "3¾", 3.75, "number"),
        ("frac", "½", 0.5, "¾", 0.75, "number"),
        ("frac", "3 1/2", 3.5, "3 1/4", 3.25, "number"),
        ("frac", "3.5", 3.5, "3¼", 3.25, "number"),
        ("frac", "3", 3, "3½", 3.5, "number"),
        ("frac", "3½", 3.5, "3", 3, "number"),
        ("frac", "3⅓", r198_F(10, 3), "3⅔", r198_F(11, 3), "number"),
        ("frac", "2⅛", 2.125, "2⅜", 2.375, "number"),
        ("frac", "3 ½", 3.5, "3 ¼", 3.25, "number"),
        ("frac", "3¹⁄₂", 3.5, "3¹⁄₄", 3.25, "number"),
        ("rom", "XII", 12, "XIV", 14, "integer"),
        ("rom", "IX", 9, "XI", 11, "integer"),
        ("rom", "IV", 4, "VI", 6, "integer"),
        ("rom", "XL", 40, "LX", 60, "integer"),
        ("rom", "12", 12, "XIV", 14, "integer"),
        ("rom", "XII", 12, "14", 14, "integer"),
        ("rom", "Ⅻ", 12, "Ⅺ", 11, "integer"),
        ("rom", "xii", 12, "xiv", 14, "integer"),
        ("ord", "3rd", 3, "4th", 4, "integer"),
        ("ord", "3º", 3, "4º", 4, "integer"),
        ("ord", "3.", 3, "4.", 4, "integer"),
        ("ord", "3rd", 3, "third", 3, "integer"),
        ("ord", "3rd", 3, "fourth", 4, "integer"),
        ("ord", "21st", 21, "12th", 12, "integer"),
        ("ord", "3ª", 3, "5ª", 5, "integer"),
        ("ord", "3", 3, "4th", 4, "integer"),
        ("wd", "2 dozen", 24, "3 dozen", 36, "integer"),
        ("wd", "2 dozen", 24, "2 gross", 288, "integer"),
        ("wd", "2 dozen", 24, "2½ dozen", 30, "integer"),
        ("wd", "24", 24, "2 dozen", 24, "integer"),
        ("wd", "24", 24, "3 dozen", 36, "integer"),
        ("wd", "1.5 million", 1500000, "1.5 billion", 1500000000, "integer"),
        ("wd", "1.5 million", 1500000, "2.5 million", 2500000, "integer"),
        ("wd", "1.5 million", 1500000, "1.5 thousand", 1500, "integer"),
        ("wd", "3k", 3000, "3M", 3000000, "integer"),
        ("wd", "3k", 3000, "4k", 4000, "integer"),
        ("wd", "3k", 3000, "3.5k", 3500, "integer"),
        ("wd", "3000", 3000, "3k", 3000, "integer"),
        ("wd", "3000", 3000, "4k", 4000, "integer"),
        ("wd", "€2,5 Mio.", 2500000, "€2,5 Mrd.", 2500000000, "integer"),
        ("wd", "€2,5 Mio.", 2500000, "€3,5 Mio.", 3500000, "integer"),
        ("wd", "€2,5 Mio.", 2500000, "€2,5 Tsd.", 2500, "integer"),
        ("wd", "1.5m", 1500000, "1.5bn", 1500000000, "integer"),
        ("wd", "12 lakh", 1200000, "12 crore", 120000000, "integer"),
        ("wd", "12万", 120000, "12亿", 1200000000, "integer"),
        ("wd", "half a dozen", 6, "a dozen", 12, "integer"),
        ("wd", "twenty-four", 24, "twenty-five", 25, "integer"),
        ("wd", "a score", 20, "two score", 40, "integer"),
    ]
    return out


R198_JT = [
    # (intro with {v}, fixed members, member, description)
    ("Pull the guest's details out of the registration card into JSON.\n\nCard:\nGuest: Mira Holt\nYears: 33\nSuite: {v}\nArrival: Friday\n",
     {"guest": "Mira Holt", "age": 33}, "suite", None),
    ("Return the employee's name and age.\nRecord:\nName: Tomas Ek\nAge: {v}\n", {"name": "Tomas Ek"}, "age", None),
    ("From the parcel note, give its weight and height.\nNote:\nMass: {v} kg\nTall: 40 cm\nWidth: 30 cm\n",
     {"height_cm": 40}, "weight_kg", "weight in kilograms"),
    ("Extract the invoice number, customer and amount as JSON.\n\nInvoice: INV-204\nCustomer: Brandt GmbH\nAmount: {v} EUR\n",
     {"invoice": "INV-204", "customer": "Brandt GmbH"}, "amount", None),
    ("Read the lab sheet and return sample, operator and reading as JSON.\n\nSample: S-77\nOperator: K. Lind\nReading: {v}\nStatus: ok\n",
     {"sample": "S-77", "operator": "K. Lind"}, "reading", None),
]
R198_PROSE = [
    ("Read the paragraph and return name, age and city as JSON.\n\nPriya Nair, who turned {v} last spring, works as a pharmacist in Ghent.\n",
     {"name": "Priya Nair", "city": "Ghent"}, "age"),
    ("Read the note and return the customer and the balance as JSON.\n\nBrandt GmbH has an open balance of {v} EUR on its account.\n",
     {"customer": "Brandt GmbH"}, "balance"),
]


def r198_tmpl(t, vtext, val, typ, extra=""):
    intro, fixed, mem, desc = t
    props = {}
    for k, v in fixed.items():
        props[k] = "integer" if isinstance(v, int) else "string"
    props[mem] = typ
    sch = S(props, {mem: desc} if desc else {})
    e = dict(fixed)
    e[mem] = r198_jval(val, typ)
    return intro.format(v=vtext) + extra, sch, e


def r198_val(v, typ):
    if isinstance(v, r198_F):
        return float(v) if typ == "number" else int(v)
    return int(v) if typ == "integer" and float(v).is_integer() else (float(v) if typ == "number" else v)


def r198_jval(v, typ):
    if isinstance(v, r198_F):
        return round(float(v), 4)
    if typ == "integer":
        return int(v)
    return v if isinstance(v, float) else int(v) if float(v).is_integer() else v


def r198_build_json():
    pairs = r198_json_pairs()
    for idx, (tag, bt, bv, vt, vv, typ) in enumerate(pairs):
        if any(isinstance(x, r198_F) for x in (bv, vv)) and typ == "number":
            pass
        if typ == "number" and (isinstance(bv, float) or isinstance(vv, float) or isinstance(bv, r198_F)):
            pass
        if (not float(bv).is_integer() or not float(vv).is_integer()) and typ == "integer":
            typ = "number"
        ts = [R198_JT[idx % len(R198_JT)], R198_JT[(idx + 2) % len(R198_JT)]]
        for t in ts:
            bp, sch, be = r198_tmpl(t, bt, bv, typ)
            vp, _, ve = r198_tmpl(t, vt, vv, typ)
            bid = r198_add("jb" + tag, "base", "j", bp, be, [be], schema=sch)
            r198_add("jp" + tag, "pair", "j", vp, ve, [be, ve], schema=sch, base=bid)
        t = R198_PROSE[idx % len(R198_PROSE)]
        bp, sch, be = r198_tmpl(t + (None,), bt, bv, typ)
        vp, _, ve = r198_tmpl(t + (None,), vt, vv, typ)
        bid = r198_add("jb" + tag, "base", "j", bp, be, [be], schema=sch)
        r198_add("jp" + tag, "pair", "j", vp, ve, [be, ve], schema=sch, base=bid)
    # several records: the changed number is in the second record, in a notation
    for idx, (tag, bt, bv, vt, vv, typ) in enumerate(pairs[::2]):
        if (not float(bv).is_integer() or not float(vv).is_integer()) and typ == "integer":
            typ = "number"
        item = {"type": "object", "properties": {"sku": {"type": "string"}, "qty": {"type": typ}},
                "required": ["sku", "qty"], "additionalProperties": False}
        sch = {"type": "object", "properties": {"lines": {"type": "array", "items": item}},
               "required": ["lines"], "additionalProperties": False}
        pr = "List every order line (sku and quantity) as JSON.\n\nOrder 7781\n- AX-10: 4\n- BQ-22: %s\n- CK-05: 9\n"
        be = {"lines": [{"sku": "AX-10", "qty": 4}, {"sku": "BQ-22", "qty": r198_jval(bv, typ)}, {"sku": "CK-05", "qty": 9}]}
        ve = {"lines": [{"sku": "AX-10", "qty": 4}, {"sku": "BQ-22", "qty": r198_jval(vv, typ)}, {"sku": "CK-05", "qty": 9}]}
        bid = r198_add("jb" + tag, "base", "j", pr % bt, be, [be], schema=sch)
        r198_add("jm" + tag, "pair", "j", pr % vt, ve, [be, ve], schema=sch, base=bid)

    # singles: a notation the model misreads first
    singles = [
        ("(1,200)", -1200, 1200, "integer"), ("1,200-", -1200, 1200, "integer"), ("12-", -12, 12, "integer"),
        ("−12", -12, 12, "integer"), ("1.234,50", 1234.5, 1.2345, "number"), ("1.234,50", 1234.5, 1234.05, "number"),
        ("1'234", 1234, 1, "integer"), ("1 234", 1234, 1, "integer"), ("1\u202f234", 1234, 234, "integer"),
        ("12,5", 12.5, 125, "number"), ("12,5", 12.5, 12, "number"),
        ("1.2 × 10³", 1200, 1.2, "number"), ("1.2 × 10³", 1200, 123.6, "number"), ("1.2 × 10³", 1200, 12000, "number"),
        ("4,5E-2", 0.045, 4.5, "number"), ("4,5E-2", 0.045, 45, "number"), ("1.2e3", 1200, 1.2, "number"),
        ("3¼", 3.25, 3, "number"), ("3¼", 3.25, 3.4, "number"), ("3¼", 3.25, 34, "number"), ("½", 0.5, 12, "number"),
        ("2³", 8, 23, "integer"), ("2³", 8, 6, "integer"), ("10²", 100, 102, "integer"),
        ("XIV", 14, 16, "integer"), ("XIV", 14, 4, "integer"), ("IX", 9, 11, "integer"), ("XL", 40, 60, "integer"),
        ("٤١", 41, 14, "integer"), ("٤١", 41, 41.0, "integer"), ("۴۱", 41, 14, "integer"), ("४१", 41, 14, "integer"),
        ("४१", 41, 11, "integer"), ("４１", 41, 14, "integer"), ("٥٠", 50, 5, "integer"), ("٧", 7, 1, "integer"),
        ("۶", 6, 9, "integer"), ("١٢٫٥", 12.5, 125, "number"), ("١٬٢٣٤", 1234, 1, "integer"),
        ("2 dozen", 24, 2, "integer"), ("2 dozen", 24, 12, "integer"), ("1.5 million", 1500000, 1.5, "number"),
        ("1.5 million", 1500000, 15000000, "number"), ("3k", 3000, 3, "integer"), ("€2,5 Mio.", 2500000, 2.5, "number"),
        ("€2,5 Mio.", 2500000, 25, "number"), ("3rd", 3, 33, "integer"), ("3º", 3, 30, "integer"),
        ("12 lakh", 1200000, 12, "integer"), ("12 lakh", 1200000, 12000000, "integer"), ("12万", 120000, 12, "integer"),
        ("−1.5e2", -150, 150, "number"), ("(12.5)", -12.5, 12.5, "number"), ("+12", 12, -12, "integer"),
    ]
    r198_seen = {}
    for k, (txt, right, wrong, typ) in enumerate(singles):
        j0 = r198_seen.get(txt, 0)
        r198_seen[txt] = j0 + 2
        for t in (R198_JT[j0 % 5], R198_JT[(j0 + 1) % 5]):
            typ2 = typ if float(right).is_integer() and float(wrong).is_integer() else "number"
            p, sch, e = r198_tmpl(t, txt, right, typ2, extra="Ref: Q-%d\n" % (100 + k))
            w = dict(e)
            w[t[2]] = r198_jval(wrong, typ2)
            r198_add("js", "single", "j", p, e, [w, e], schema=sch)
    # safe: same value, other notation
    safe = [("1234", "1 234", 1234, "integer"), ("1234", "1,234", 1234, "integer"), ("1200", "1.2e3", 1200, "number"),
            ("12.5", "12.50", 12.5, "number"), ("41", "٤١", 41, "integer"), ("41", "４１", 41, "integer"),
            ("-12", "−12", -12, "integer"), ("3.5", "3½", 3.5, "number"), ("12", "12.0", 12, "number")]
    for bt, vt, v, typ in safe:
        for t in R198_JT:
            bp, sch, e = r198_tmpl(t, bt, v, typ)
            bid = r198_add("jb", "base", "j", bp, e, [e], schema=sch)
            r198_add("jf", "safe", "j", bp + "Thanks!\n", e, [e], schema=sch, safe=True, base=bid)
            vp, _, _ = r198_tmpl(t, vt, v, typ)
            r198_add("jf", "safe", "j", vp, e, [e], schema=sch, safe=True, base=bid)


# ------------------------------------------------------------------ equations
def r198_fs(f):
    f = r198_F(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def r198_work(a, b, c, v="x"):
    """ASCII working of a v + b = c (a, b, c Fractions)."""
    x = (c - b) / a
    lines = ["%s%s + %s = %s" % (r198_fs(a) if a != 1 else "", v, r198_fs(b), r198_fs(c)) if b >= 0 else
             "%s%s - %s = %s" % (r198_fs(a) if a != 1 else "", v, r198_fs(-b), r198_fs(c))]
    if b != 0:
        lines.append("%s%s = %s" % (r198_fs(a) if a != 1 else "", v, r198_fs(c - b)))
    if a != 1:
        lines.append("%s = %s" % (v, r198_fs(x)))
    return "\n".join(lines), x


R198_EQ_ASK = ["Solve for x: %s. Show each step.", "Solve %s step by step.", "Please solve %s for x and show your working."]


def r198_build_eq():
    F = r198_F
    # (tag, base equation text, (a,b,c) base, variant text, (a,b,c) variant)
    pairs = []
    for sc in R198_DIG:
        for (a, b, c), (a2, b2, c2) in (((3, 5, 20), (3, 5, 26)), ((3, 5, 20), (5, 3, 20)), ((2, 7, 21), (2, 7, 12)),
                                        ((4, 1, 13), (4, 1, 31)), ((6, 2, 14), (6, 2, 41))):
            mk = lambda a, b, c, s: "%sx + %s = %s" % (r198_sc(str(a), s), r198_sc(str(b), s), r198_sc(str(c), s))
            pairs.append(("es", mk(a, b, c, sc), (a, b, c), mk(a2, b2, c2, sc), (a2, b2, c2)))
            pairs.append(("es", mk(a, b, c, "ascii"), (a, b, c), mk(a2, b2, c2, sc), (a2, b2, c2)))
            pairs.append(("es", mk(a, b, c, sc), (a, b, c), mk(a2, b2, c2, "ascii"), (a2, b2, c2)))
    pairs += [
        ("ep", "3x + 5 = 23", (3, 5, 23), "3x + 5 = 2³", (3, 5, 8)),
        ("ep", "3x + 5 = 8", (3, 5, 8), "3x + 5 = 2³", (3, 5, 8)),
        ("ep", "3x + 5 = 2³", (3, 5, 8), "3x + 5 = 2⁵", (3, 5, 32)),
        ("ep", "x + 22 = 30", (1, 22, 30), "x + 2² = 30", (1, 4, 30)),
        ("ep", "2x + 10 = 102", (2, 10, 102), "2x + 10 = 10²", (2, 10, 100)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 2·13", (3, 5, 26)),
        ("ep", "3x + 5 = 2·10", (3, 5, 20), "3x + 5 = 2·13", (3, 5, 26)),
        ("ep", "3x + 5 = 2·10", (3, 5, 20), "3x + 5 = 2 × 13", (3, 5, 26)),
        ("ep", "3x + 5 = 210", (3, 5, 210), "3x + 5 = 2·10", (3, 5, 20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 2e1", (3, 5, 20)),
        ("ep", "3x + 5 = 2e1", (3, 5, 20), "3x + 5 = 2.6e1", (3, 5, 26)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 2.6e1", (3, 5, 26)),
        ("ep", "3x + 5 = 2e1", (3, 5, 20), "3x + 5 = 2e2", (3, 5, 200)),
        ("ep", "3x + 5 = 21", (3, 5, 21), "3x + 5 = 2e1", (3, 5, 20)),
        ("ep", "0.5x + 1 = 3", (F(1, 2), 1, 3), "0,5x + 1 = 3", (F(1, 2), 1, 3)),
        ("ep", "0.5x + 1 = 3", (F(1, 2), 1, 3), "0,25x + 1 = 3", (F(1, 4), 1, 3)),
        ("ep", "0,5x + 1 = 3", (F(1, 2), 1, 3), "0,25x + 1 = 3", (F(1, 4), 1, 3)),
        ("ep", "0,5x + 1 = 3", (F(1, 2), 1, 3), "0,5x + 1 = 3,5", (F(1, 2), 1, F(7, 2))),
        ("ep", "5x + 1 = 3", (5, 1, 3), "0,5x + 1 = 3", (F(1, 2), 1, 3)),
        ("ep", "0.5x + 1 = 3", (F(1, 2), 1, 3), "0.5x + 1 = 3,5", (F(1, 2), 1, F(7, 2))),
        ("ep", "3x = 12", (3, 0, 12), "−3x = 12", (-3, 0, 12)),
        ("ep", "3x = 12", (3, 0, 12), "3x = −12", (3, 0, -12)),
        ("ep", "-3x = 12", (-3, 0, 12), "−3x = 15", (-3, 0, 15)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x − 5 = 20", (3, -5, 20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = −20", (3, 5, -20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = ‒20", (3, 5, -20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = －20", (3, 5, -20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x ＋ 5 = 20", (3, 5, 20)),
        ("ep", "x/2 + 1/4 = 1", (F(1, 2), F(1, 4), 1), "x/2 + ¾ = 1", (F(1, 2), F(3, 4), 1)),
        ("ep", "x/2 + ¼ = 1", (F(1, 2), F(1, 4), 1), "x/2 + ¾ = 1", (F(1, 2), F(3, 4), 1)),
        ("ep", "x/2 + 4 = 5", (F(1, 2), 4, 5), "x/2 + ¼ = 5", (F(1, 2), F(1, 4), 5)),
        ("ep", "x/2 + 14 = 20", (F(1, 2), 14, 20), "x/2 + ¼ = 20", (F(1, 2), F(1, 4), 20)),
        ("ep", "½x + 3 = 5", (F(1, 2), 3, 5), "¼x + 3 = 5", (F(1, 4), 3, 5)),
        ("ep", "2x + 3 = 5", (2, 3, 5), "½x + 3 = 5", (F(1, 2), 3, 5)),
        ("ep", "x + 3½ = 5", (1, F(7, 2), 5), "x + 3¼ = 5", (1, F(13, 4), 5)),
        ("ep", "x + 3 = 5", (1, 3, 5), "x + 3½ = 5", (1, F(7, 2), 5)),
        ("ep", "x + 31/2 = 5", (1, F(31, 2), 5), "x + 3½ = 5", (1, F(7, 2), 5)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3 · x + 5 = 26", (3, 5, 26)),
        ("ep", "3 · x + 5 = 20", (3, 5, 20), "3 · x + 5 = 26", (3, 5, 26)),
        ("ep", "3*x + 5 = 20", (3, 5, 20), "3*x + 5 = 26", (3, 5, 26)),
        ("ep", "3×x + 5 = 20", (3, 5, 20), "3×x + 5 = 26", (3, 5, 26)),
        ("ep", "3×x + 5 = 20", (3, 5, 20), "4×x + 5 = 20", (4, 5, 20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "x·3 + 5 = 26", (3, 5, 26)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3 x + 5 = 20", (3, 5, 20)),
        ("ep", "x + 35 = 20", (1, 35, 20), "x + 3·5 = 20", (1, 15, 20)),
        ("ep", "x + 35 = 20", (1, 35, 20), "x + 3 5 = 20", (1, 35, 20)),
        ("ep", "x + 3 = 20", (1, 3, 20), "x + 3·5 = 20", (1, 15, 20)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 2 0", (3, 5, 20)),
        ("ep", "3x + 1,200 = 4,200", (3, 1200, 4200), "3x + 1.200 = 4.200", (3, F(6, 5), F(21, 5))),
        ("ep", "3x + 1 200 = 4 200", (3, 1200, 4200), "3x + 1 200 = 4 500", (3, 1200, 4500)),
        ("ep", "3x + 1 200 = 4 200", (3, 1200, 4200), "3x + 1\u202f200 = 4\u202f500", (3, 1200, 4500)),
        ("ep", "3x + 1 200 = 4 200", (3, 1200, 4200), "3x + 1 200 = 4 2OO", (3, 1200, 4200)),
        ("ep", "3x + 5 = XX", (3, 5, 20), "3x + 5 = XXVI", (3, 5, 26)),
        ("ep", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 2O", (3, 5, 20)),
    ]
    pairs_paren = [
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 15", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3·(x + 1) = 15", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3 × (x + 1) = 15", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "(x + 1)3 = 15", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "٣(x + ١) = ١٥", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "３(x + １) = １５", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 1.5e1", (3, 1, 15)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 1.2e1", (3, 1, 12)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = −12", (3, 1, -12)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 2²·3", (3, 1, 12)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 2³·3", (3, 1, 24)),
        ("ei", "3(x + 1) = 12", (3, 1, 12), "3(x + ½) = 12", (3, F(1, 2), 12)),
    ]
    for idx, (tag, bt, (a, b, c), vt, (a2, b2, c2)) in enumerate(pairs + pairs_paren):
        a, b, c, a2, b2, c2 = map(F, (a, b, c, a2, b2, c2))
        ask = R198_EQ_ASK[idx % len(R198_EQ_ASK)]
        if tag == "ei":
            def work(a, b, c):
                x = c / a - b
                return "%s(x + %s) = %s\nx + %s = %s\nx = %s" % (r198_fs(a), r198_fs(b), r198_fs(c), r198_fs(b),
                                                                  r198_fs(c / a), r198_fs(x)), x
        else:
            work = r198_work
        bw, bx = work(a, b, c)
        vw, vx = work(a2, b2, c2)
        bid = r198_add("eb", "base", "e", ask % bt, r198_fs(bx), [bw], var="x")
        same = vx == bx and (a, b, c) == (a2, b2, c2)
        r198_add("ef" if same else "e" + tag[1:], "safe" if same else "pair", "e", ask % vt, r198_fs(vx),
                 [bw, vw] if not same else [vw], var="x", safe=same, base=bid)
        if not same:
            # the model's working restates the equation in its own notation first, then ASCII
            vw2 = vt + "\n" + "\n".join(vw.split("\n")[1:])
            r198_add("e" + tag[1:] + "r", "pair", "e", (ask % vt) + " Explain briefly.", r198_fs(vx), [bw, vw2],
                     var="x", base=r198_add("eb", "base", "e", (ask % bt) + " Explain briefly.", r198_fs(bx), [bw], var="x"))
    # singles: the working mixes notations and has a wrong line
    sing = [
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = ٦", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = ١٥\nx = 6", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 1.5e1\nx = 6", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 1.8e1\nx = 6", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = ５", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = ６", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = ५", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = ६", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = V", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = VI", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = 5¹", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = 5²", "5"),
        ("3x + 5 = 20", "3x + 5 = 20\n3x = 15\nx = 15/3 = 5e0", "5"),
        ("٣x + ٥ = ٢٠", "3x + 5 = 20\n3x = 15\nx = 6", "5"),
        ("٣x + ٥ = ٢٠", "3x + 5 = 2\n3x = -3\nx = -1", "5"),
        ("٣x + ٥ = ٢٠", "٣x + ٥ = ٢٠\n٣x = ١٥\nx = ٥", "5"),
        ("٣x + ٥ = ٢٠", "٣x + ٥ = ٢٠\n٣x = ١٥\nx = ٦", "5"),
        ("۳x + ۵ = ۲۰", "3x + 5 = 20\n3x = 15\nx = 5", "5"),
        ("۳x + ۵ = ۲۰", "3x + 5 = 2\n3x = -3\nx = -1", "5"),
        ("३x + ५ = २०", "3x + 5 = 2\n3x = -3\nx = -1", "5"),
        ("३x + ५ = २०", "3x + 5 = 20\n3x = 15\nx = 5", "5"),
        ("３x + ５ = ２０", "3x + 5 = 2\n3x = -3\nx = -1", "5"),
        ("3x + 5 = 2·10", "3x + 5 = 210\n3x = 205\nx = 205/3", "5"),
        ("3x + 5 = 2·10", "3x + 5 = 2·10\n3x = 205\nx = 205/3", "5"),
        ("3x + 5 = 2e1", "3x + 5 = 2\n3x = -3\nx = -1", "5"),
        ("3x + 5 = 2e1", "3x + 5 = 2e1\n3x = -3\nx = -1", "5"),
        ("3x + 5 = 2³", "3x + 5 = 23\n3x = 18\nx = 6", "1"),
        ("3x + 5 = 2³", "3x + 5 = 2³\n3x = 18\nx = 6", "1"),
        ("x + 2² = 10", "x + 22 = 10\nx = -12", "6"),
        ("x + 2² = 10", "x + 2² = 10\nx = -12", "6"),
        ("0,5x + 1 = 3", "5x + 1 = 3\n5x = 2\nx = 2/5", "4"),
        ("0,5x + 1 = 3", "0,5x + 1 = 3\n5x = 2\nx = 2/5", "4"),
        ("0,5x + 1 = 3", "0,5x + 1 = 3\n0,5x = 2\nx = 2/5", "4"),
        ("0,5x + 1 = 3", "0,5x + 1 = 3\n0,5x = 2\nx = 1", "4"),
        ("−3x = 12", "3x = 12\nx = 4", "-4"),
        ("−3x = 12", "−3x = 12\nx = 4", "-4"),
        ("3x − 5 = 10", "3x + 5 = 10\n3x = 5\nx = 5/3", "5"),
        ("3x − 5 = 10", "3x − 5 = 10\n3x = 5\nx = 5/3", "5"),
        ("x/2 + ¼ = 1", "x/2 + 1/4 = 1\nx/2 = 3/4\nx = 3/4", "3/2"),
        ("x/2 + ¼ = 1", "x/2 + ¼ = 1\nx/2 = ¾\nx = 3/4", "3/2"),
        ("x/2 + ¼ = 1", "x/2 + ¼ = 1\nx/2 = ¾\nx = ¾", "3/2"),
        ("x/2 + ¼ = 1", "x/2 + 4 = 1\nx/2 = -3\nx = -6", "3/2"),
        ("x + 3½ = 5", "x + 3 = 5\nx = 2", "3/2"),
        ("x + 3½ = 5", "x + 3½ = 5\nx = 2", "3/2"),
        ("x + 3½ = 5", "x + 31/2 = 5\nx = -21/2", "3/2"),
        ("3(x + 1) = 12", "3x + 1 = 12\n3x = 11\nx = 11/3", "3"),
        ("3(x + 1) = 12", "3(x + 1) = 12\n3x + 1 = 12\n3x = 11\nx = 11/3", "3"),
        ("3·(x + 1) = 12", "3 + x + 1 = 12\nx = 8", "3"),
        ("3 × x + 5 = 20", "3 × x + 5 = 20\n3 × x = 15\nx = 6", "5"),
        ("3*x + 5 = 20", "3*x + 5 = 20\n3*x = 15\nx = 6", "5"),
        ("3x + 1 200 = 4 200", "3x + 1 = 4\n3x = 3\nx = 1", "1000"),
        ("3x + 1 200 = 4 200", "3x + 1 200 = 4 200\n3x = 3 000\nx = 1 001", "1000"),
        ("3x + 1.200 = 4.200", "3x + 1200 = 4200\n3x = 3000\nx = 1000", "1"),
        ("3x + 5 = XX", "3x + 5 = 20\n3x = 15\nx = 6", "5"),
        ("2x + 3 = 4,5", "2x + 3 = 45\n2x = 42\nx = 21", "3/4"),
        ("2x + 3 = 4,5", "2x + 3 = 4,5\n2x = 1,5\nx = 1,5", "3/4"),
        ("2x + 3 = 4,5", "2x + 3 = 4,5\n2x = 1,5\nx = 0,8", "3/4"),
    ]
    right_work = {
        "5": "3x + 5 = 20\n3x = 15\nx = 5",
    }
    r198_seen = {}
    asks = R198_EQ_ASK + ["Find x if %s. Show your steps.", "Solve the equation %s. Work it out line by line.",
                          "What is x? %s. Please show the working.", "Solve for x, showing each step: %s"]
    for k, (eq, wrong, val) in enumerate(sing):
        j0 = r198_seen.get(eq, 0)
        r198_seen[eq] = j0 + 2
        for ask in (asks[j0 % len(asks)], asks[(j0 + 1) % len(asks)]):
            p = ask % eq + ("" if j0 < 2 else " Thanks!" if j0 < 4 else " Please be careful.")
            good = right_work.get(val) if eq in ("3x + 5 = 20", "٣x + ٥ = ٢٠", "۳x + ۵ = ۲۰", "३x + ५ = २०",
                                                 "３x + ５ = ２０", "3x + 5 = 2·10", "3x + 5 = 2e1", "3x + 5 = XX",
                                                 "3 × x + 5 = 20", "3*x + 5 = 20") else None
            if good is None:
                good = "x = %s" % val
            r198_add("esg", "single", "e", p, val, [wrong, good], var="x")


# ------------------------------------------------------------------ part 2: equations, notations the reader may take
def r198_build_eq2():
    F = r198_F
    asks = ["Solve for x: %s. Show each step.", "Solve %s step by step.", "Please solve %s for x and show your working."]
    MIN = {"hy": "-", "um": "−", "en": "–", "em": "—", "h2010": "‐", "nbh": "‑", "fig": "‒", "sm": "﹣", "fw": "－",
           "mod": "˗", "heavy": "➖", "sup": "⁻"}
    MUL = {"times": " × ", "mid": "·", "mids": " · ", "dot": " ⋅ ", "bul": " ∙ ", "bullet": " • ", "ast": " * ",
           "ast0": "*", "xl": " x ", "XL": " X ", "cross": " ✕ ", "vx": " ⨯ ", "heavyx": " ✖ "}
    DIV = {"obel": " ÷ ", "colon": " : ", "slash": " / ", "dslash": " ∕ ", "fslash": " ⁄ ", "ratio": " ∶ ", "s0": "/"}
    n = [0]

    def pair(tag, bt, bx, vt, vx, bw, vw, safe=None):
        ask = asks[n[0] % 3]
        n[0] += 1
        bid = r198_add("eb", "base", "e", ask % bt, r198_fs(bx), [bw], var="x")
        same = (vx == bx) if safe is None else safe
        if same:
            r198_add("ef", "safe", "e", ask % vt, r198_fs(vx), [vw], var="x", safe=True, base=bid)
        else:
            r198_add("e2" + tag, "pair", "e", ask % vt, r198_fs(vx), [bw, vw], var="x", base=bid)

    def W(a, b, c):
        return r198_work(F(a), F(b), F(c))

    # (1) a negative constant written with another dash, base positive
    for k, m in MIN.items():
        for (a, b, c) in ((3, 5, 20), (2, 7, 21), (4, 1, 13)):
            bw, bx = W(a, b, c)
            vw, vx = W(a, b, -c)
            pair("mn" + k, "%dx + %d = %d" % (a, b, c), bx, "%dx + %d = %s%d" % (a, b, m, c), vx, bw, vw)
            vw, vx = W(a, -b, c)
            pair("mo" + k, "%dx + %d = %d" % (a, b, c), bx, "%dx %s %d = %d" % (a, m, b, c), vx, bw, vw)
            vw, vx = W(-a, b, c)
            pair("mc" + k, "%dx + %d = %d" % (a, b, c), bx, "%s%dx + %d = %d" % (m, a, b, c), vx, bw, vw)
            # a negative in brackets and a double sign
            vw, vx = W(a, -b, c)
            pair("mb" + k, "%dx + %d = %d" % (a, b, c), bx, "%dx + (%s%d) = %d" % (a, m, b, c), vx, bw, vw)
            vw, vx = W(a, b, c)
            bw2, bx2 = W(a, -b, c)
            pair("md" + k, "%dx - %d = %d" % (a, b, c), bx2, "%dx - %s%d = %d" % (a, m, b, c), vx, bw2, vw)
    # (2) a product or quotient on the right, base the bare left number or the product's digits glued
    for k, op in MUL.items():
        for (a, b, p, q) in ((3, 5, 2, 13), (2, 4, 3, 10), (5, 5, 4, 10)):
            c = p * q
            bw, bx = W(a, b, c)
            vw, vx = W(a, b, p * (q + 3))
            pair("xr" + k, "%dx + %d = %d%s%d" % (a, b, p, op, q), bx, "%dx + %d = %d%s%d" % (a, b, p, op, q + 3), vx, bw, vw)
            vw, vx = W(a, b, p)
            bw2, bx2 = W(a, b, p)
            glued = int("%d%d" % (p, q))
            bw3, bx3 = W(a, b, glued)
            vw, vx = W(a, b, c)
            pair("xg" + k, "%dx + %d = %d" % (a, b, glued), bx3, "%dx + %d = %d%s%d" % (a, b, p, op, q), vx, bw3, vw)
            pair("xp" + k, "%dx + %d = %d" % (a, b, p), bx2, "%dx + %d = %d%s%d" % (a, b, p, op, q), vx, bw2, vw)
        # coefficient written with the sign
        for (a, b, c) in ((3, 5, 20), (2, 7, 21)):
            bw, bx = W(a, b, c)
            vw, vx = W(a + 1, b, c)
            pair("xc" + k, "%d%sx + %d = %d" % (a, op.strip() and op, b, c) if False else "%dx + %d = %d" % (a, b, c), bx,
                 "%d%sx + %d = %d" % (a + 1, op, b, c), vx, bw, vw)
            vw, vx = W(a, b, c)
            pair("xs" + k, "%dx + %d = %d" % (a, b, c), bx, "%d%sx + %d = %d" % (a, op, b, c), vx, bw, vw)
    for k, op in DIV.items():
        for (a, b, m, d) in ((3, 5, 40, 2), (2, 4, 60, 3), (5, 5, 90, 3)):
            bw, bx = W(a, b, m)
            vw, vx = W(a, b, F(m, d))
            pair("dv" + k, "%dx + %d = %d" % (a, b, m), bx, "%dx + %d = %d%s%d" % (a, b, m, op, d), vx, bw, vw)
            bw2, bx2 = W(a, b, F(m, d))
            vw2, vx2 = W(a, b, F(m, d + 1))
            pair("dw" + k, "%dx + %d = %d%s%d" % (a, b, m, op, d), bx2, "%dx + %d = %d%s%d" % (a, b, m, op, d + 1), vx2, bw2, vw2)
        # x divided
        for (d, b, c) in ((2, 3, 5), (4, 1, 3)):
            bw, bx = r198_work(F(1, d), F(b), F(c))
            vw, vx = r198_work(F(1, d + 1), F(b), F(c))
            pair("dx" + k, "x/%d + %d = %d" % (d, b, c), bx, "x%s%d + %d = %d" % (op, d + 1, b, c), vx, bw, vw)
            pair("dy" + k, "x/%d + %d = %d" % (d, b, c), bx, "x%s%d + %d = %d" % (op, d, b, c), bx, bw, bw)
    # (3) decimals written short or long, leading zeros, a plus sign
    dec = [("0.5x + 1 = 3", (F(1, 2), 1, 3), ".25x + 1 = 3", (F(1, 4), 1, 3)),
           ("0.5x + 1 = 3", (F(1, 2), 1, 3), ".5x + 1 = 3", (F(1, 2), 1, 3)),
           ("5x + 1 = 3", (5, 1, 3), ".5x + 1 = 3", (F(1, 2), 1, 3)),
           ("5x + 1 = 3", (5, 1, 3), "0.5x + 1 = 3", (F(1, 2), 1, 3)),
           ("5x + 1 = 3", (5, 1, 3), "5.x + 1 = 3", (5, 1, 3)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 020", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20.0", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20.5", (3, 5, F(41, 2))),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20.", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 2.0", (3, 5, 2)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 0.20", (3, 5, F(1, 5))),
           ("3x + 5 = 20", (3, 5, 20), "3x + .5 = 20", (3, F(1, 2), 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = +20", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "+3x + 5 = 20", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + +5 = 20", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = ＋20", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + (5) = 20", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + (5) = (26)", (3, 5, 26)),
           ("3x + 5 = 20", (3, 5, 20), "(3)x + 5 = 26", (3, 5, 26)),
           ("3x + 5 = 20", (3, 5, 20), "3(x) + 5 = 26", (3, 5, 26)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 2(13)", (3, 5, 26)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = (2)(13)", (3, 5, 26)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 2(10)", (3, 5, 20)),
           ("3x + 5 = 210", (3, 5, 210), "3x + 5 = 2(10)", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 1,200 = 4,200", (3, 1200, 4200)),
           ("3x + 1200 = 4200", (3, 1200, 4200), "3x + 1,200 = 4,500", (3, 1200, 4500)),
           ("3x + 1200 = 4200", (3, 1200, 4200), "3x + 1_200 = 4_500", (3, 1200, 4500)),
           ("3x + 1200 = 4200", (3, 1200, 4200), "3x + 1'200 = 4'500", (3, 1200, 4500)),
           ("3x + 12 = 42", (3, 12, 42), "3x + 1,2 = 4,5", (3, F(6, 5), F(9, 2))),
           ("3x + 12 = 42", (3, 12, 42), "3x + 1.2 = 4.5", (3, F(6, 5), F(9, 2))),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 2 × 10", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 10 + 10", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 − 0", (3, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 − 6", (3, 5, 14)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 – 6", (3, 5, 14)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 — 6", (3, 5, 14)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ‑ 6", (3, 5, 14)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ÷ 2", (3, 5, 10)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 : 2", (3, 5, 10)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ∶ 2", (3, 5, 10)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ∕ 2", (3, 5, 10)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ⁄ 2", (3, 5, 10)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 × 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ⋅ 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 x 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 • 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ∙ 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20 ✕ 2", (3, 5, 40)),
           ("3x + 5 = 20", (3, 5, 20), "3 × 3x + 5 = 20", (9, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3 · 3x + 5 = 20", (9, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3 ⋅ 3x + 5 = 20", (9, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "2 • 3x + 5 = 20", (6, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 ⋅ 2 = 20", (3, 10, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 • 2 = 20", (3, 10, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 : 5 = 20", (3, 1, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x + 5 ÷ 5 = 20", (3, 1, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x ÷ 3 + 5 = 20", (1, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x : 3 + 5 = 20", (1, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x ∶ 3 + 5 = 20", (1, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x ⁄ 3 + 5 = 20", (1, 5, 20)),
           ("3x + 5 = 20", (3, 5, 20), "3x ∕ 3 + 5 = 20", (1, 5, 20)),
           ]
    for bt, (a, b, c), vt, (a2, b2, c2) in dec:
        bw, bx = W(a, b, c)
        vw, vx = W(a2, b2, c2)
        pair("dc", bt, bx, vt, vx, bw, vw, safe=(vx == bx))
    # (4) brackets: implicit multiplication
    def WI(a, b, c):
        a, b, c = F(a), F(b), F(c)
        x = c / a - b
        return "%s(x + %s) = %s\nx + %s = %s\nx = %s" % (r198_fs(a), r198_fs(b), r198_fs(c), r198_fs(b), r198_fs(c / a), r198_fs(x)), x
    br = [("3(x + 1) = 12", (3, 1, 12), "3[x + 1] = 15", (3, 1, 15)), ("3[x + 1] = 12", (3, 1, 12), "3[x + 1] = 15", (3, 1, 15)),
          ("3(x + 1) = 12", (3, 1, 12), "3{x + 1} = 15", (3, 1, 15)), ("3(x + 1) = 12", (3, 1, 12), "3 (x + 1) = 15", (3, 1, 15)),
          ("3(x + 1) = 12", (3, 1, 12), "(3)(x + 1) = 15", (3, 1, 15)), ("3(x + 1) = 12", (3, 1, 12), "3 ⋅ (x + 1) = 15", (3, 1, 15)),
          ("3(x + 1) = 12", (3, 1, 12), "3 • (x + 1) = 15", (3, 1, 15)), ("3(x + 1) = 12", (3, 1, 12), "3*(x + 1) = 15", (3, 1, 15)),
          ("3(x + 1) = 12", (3, 1, 12), "4(x + 1) = 12", (4, 1, 12)), ("3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 12 ÷ 2", (3, 1, 6)),
          ("3(x + 1) = 12", (3, 1, 12), "3(x − 1) = 12", (3, -1, 12)), ("3(x + 1) = 12", (3, 1, 12), "3(x – 1) = 12", (3, -1, 12)),
          ("3(x + 1) = 12", (3, 1, 12), "−3(x + 1) = 12", (-3, 1, 12)), ("3(x + 1) = 12", (3, 1, 12), "–3(x + 1) = 12", (-3, 1, 12)),
          ("3(x + 1) = 12", (3, 1, 12), "3(x + 1)(2) = 12", (6, 1, 12)), ("3(x + 1) = 12", (3, 1, 12), "3(x + 1)·2 = 12", (6, 1, 12)),
          ("3(x + 1) = 12", (3, 1, 12), "2·3(x + 1) = 12", (6, 1, 12)), ("3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 2(6)", (3, 1, 12)),
          ("3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 2(9)", (3, 1, 18)), ("3(x + 1) = 12", (3, 1, 12), "3(x + 1) = 3 × 5", (3, 1, 15)),
          ]
    for bt, (a, b, c), vt, (a2, b2, c2) in br:
        bw, bx = WI(a, b, c)
        vw, vx = WI(a2, b2, c2)
        pair("br", bt, bx, vt, vx, bw, vw, safe=(vx == bx))

# ------------------------------------------------------------------ part 3: chains, precedence, signs before brackets
def r198_build_eq3():
    F = r198_F
    asks = ["Solve for x: %s. Show each step.", "Solve %s step by step.", "Please solve %s for x and show your working."]
    n = [0]

    def work_rhs(a, b, expr, c):
        """a x + b = expr, expr = c: working that evaluates the right side first."""
        x = (F(c) - b) / a
        la = ("%s" % r198_fs(a)) if a != 1 else ""
        head = "%sx + %s = %s" % (la, r198_fs(b), expr) if b >= 0 else "%sx - %s = %s" % (la, r198_fs(-b), expr)
        l2 = "%sx + %s = %s" % (la, r198_fs(b), r198_fs(c)) if b >= 0 else "%sx - %s = %s" % (la, r198_fs(-b), r198_fs(c))
        lines = [head, l2, "%sx = %s" % (la, r198_fs(F(c) - b))]
        if a != 1:
            lines.append("x = %s" % r198_fs(x))
        return "\n".join(lines), x

    def pair(tag, bt, bw, bx, vt, vw, vx, wrongs=()):
        ask = asks[n[0] % 3]
        n[0] += 1
        bid = r198_add("eb", "base", "e", ask % bt, r198_fs(bx), [bw], var="x")
        if vx == bx:
            r198_add("ef", "safe", "e", ask % vt, r198_fs(vx), [vw], var="x", safe=True, base=bid)
        else:
            r198_add("e3" + tag, "pair", "e", ask % vt, r198_fs(vx), [bw] + list(wrongs) + [vw], var="x", base=bid)
            # single: the model's own misreading first
            for w in wrongs:
                r198_add("e3s" + tag, "single", "e", (asks[(n[0] + 1) % 3] % vt) + " Thanks!", r198_fs(vx), [w, vw], var="x")

    # right sides: (text, value, misread value)
    R = [("40 ÷ 2 ÷ 2", 10, 40), ("40 / 2 / 2", 10, 40), ("40 : 2 : 2", 10, 40), ("40 − 10 − 5", 25, 35),
         ("40 – 10 – 5", 25, 35), ("40 - 10 - 5", 25, 35), ("40 ÷ 2 × 2", 40, 10), ("40 / 2 × 2", 40, 10),
         ("40 / 2 * 2", 40, 10), ("40 / 2(2)", 40, 10), ("40/2(2)", 40, 10), ("40 ÷ 2(2)", 40, 10),
         ("2 × 3 + 14", 20, 34), ("2 + 3 × 6", 20, 30), ("2 · 3 + 14", 20, 34), ("2 + 3 · 6", 20, 30),
         ("2 × (3 + 7)", 20, 13), ("30 − 2 × 5", 20, 140), ("30 − 20 ÷ 2", 20, 5), ("2 ⋅ 3 + 14", 20, 34),
         ("−2 × −10", 20, -20), ("−(−20)", 20, -20), ("−−20", 20, -20), ("10 − −10", 20, 0), ("50 ÷ 2 − 5", 20, 50),
         ("4 × 5 ÷ 2", 10, 10), ("60 ÷ 3 ÷ 2", 10, 40), ("60 / 3 / 2", 10, 40), ("8 − 3 − 1", 4, 6)]
    for (a, b) in ((3, 5), (2, 4)):
        for expr, val, mis in R:
            base_c = F(val) + 6 if (F(val) + 6 - b) % a == 0 else F(val) + a
            bw, bx = work_rhs(F(a), F(b), r198_fs(base_c), base_c)
            vw, vx = work_rhs(F(a), F(b), expr, val)
            ww, wx = work_rhs(F(a), F(b), expr, mis)
            pair("rhs", "%dx + %d = %s" % (a, b, r198_fs(base_c)), bw, bx, "%dx + %d = %s" % (a, b, expr), vw, vx,
                 wrongs=[ww] if wx != vx else [])
            # base at the misread value: the reader that misreads would reuse it
            if mis != val and (F(mis) - b) / a != vx:
                bw2, bx2 = work_rhs(F(a), F(b), r198_fs(mis), mis)
                pair("rhm", "%dx + %d = %s" % (a, b, r198_fs(mis)), bw2, bx2, "%dx + %d = %s" % (a, b, expr), vw, vx)
    # left sides: chains on the variable side (text, right x, base text, base x, working)
    L = [("x/2/3 = 1", 6, "x/6 = 1", 6, "x/2/3 = 1\nx/6 = 1\nx = 6", "x/2/3 = 1\nx/(2/3) = 1\nx = 2/3"),
         ("x/2/3 = 2", 12, "x/3 = 2", 6, "x/2/3 = 2\nx/6 = 2\nx = 12", "x/2/3 = 2\nx = 4/3"),
         ("x ÷ 2 ÷ 3 = 2", 12, "x ÷ 3 = 2", 6, "x ÷ 2 ÷ 3 = 2\nx/6 = 2\nx = 12", "x ÷ 2 ÷ 3 = 2\nx = 4/3"),
         ("x − 2 − 3 = 0", 5, "x − 1 = 0", 1, "x − 2 − 3 = 0\nx − 5 = 0\nx = 5", "x − 2 − 3 = 0\nx − (−1) = 0\nx = -1"),
         ("x – 2 – 3 = 0", 5, "x – 1 = 0", 1, "x - 2 - 3 = 0\nx - 5 = 0\nx = 5", "x - 2 - 3 = 0\nx + 1 = 0\nx = -1"),
         ("10 − x − 2 = 3", 5, "10 − x = 3", 7, "10 − x − 2 = 3\n8 − x = 3\nx = 5", "10 − x − 2 = 3\n10 − x + 2 = 3\nx = 9"),
         ("−2(x − 3) = 4", 1, "2(x − 3) = 4", 5, "−2(x − 3) = 4\nx − 3 = −2\nx = 1", "2(x − 3) = 4\nx − 3 = 2\nx = 5"),
         ("–2(x – 3) = 4", 1, "2(x – 3) = 4", 5, "-2(x - 3) = 4\nx - 3 = -2\nx = 1", "2(x - 3) = 4\nx - 3 = 2\nx = 5"),
         ("2 − (x − 3) = 4", 1, "2 + (x − 3) = 4", 5, "2 − (x − 3) = 4\n5 − x = 4\nx = 1", "2 − (x − 3) = 4\n2 − x − 3 = 4\nx = -5"),
         ("x/−2 = 3", -6, "x/2 = 3", 6, "x/−2 = 3\nx = −6", "x/2 = 3\nx = 6"),
         ("x ÷ −2 = 3", -6, "x ÷ 2 = 3", 6, "x ÷ −2 = 3\nx = −6", "x ÷ 2 = 3\nx = 6"),
         ("−x = 5", -5, "x = 5", 5, "−x = 5\nx = −5", "−x = 5\nx = 5"),
         ("x − 3x = 4", -2, "3x = 4", F(4, 3), "x − 3x = 4\n−2x = 4\nx = −2", "x − 3x = 4\n2x = 4\nx = 2"),
         ("2/3x + 1 = 5", 6, "2x + 1 = 5", 2, "2/3x + 1 = 5\n2/3x = 4\nx = 6", "2/3x + 1 = 5\n2/3x = 4\nx = 8/3"),
         ("x/2(3) + 1 = 4", 2, "x/2 + 1 = 4", 6, "x/2(3) + 1 = 4\n3x/2 = 3\nx = 2", "x/2(3) + 1 = 4\nx/6 = 3\nx = 18"),
         ("0.5(x + 2) = 3", 4, "5(x + 2) = 3", F(-7, 5), "0.5(x + 2) = 3\nx + 2 = 6\nx = 4", "0.5(x + 2) = 3\nx + 2 = 1.5\nx = -1/2"),
         ("3x(2) + 5 = 20", F(5, 2), "3x + 5 = 20", 5, "3x(2) + 5 = 20\n6x = 15\nx = 5/2", "3x(2) + 5 = 20\n3x = 15\nx = 5"),
         ("3x·2 + 5 = 20", F(5, 2), "3x + 5 = 20", 5, "3x·2 + 5 = 20\n6x = 15\nx = 5/2", "3x + 5 = 20\n3x = 15\nx = 5"),
         ("3 × x × 2 + 5 = 20", F(5, 2), "3 × x + 5 = 20", 5, "6x + 5 = 20\n6x = 15\nx = 5/2", "3x + 5 = 20\n3x = 15\nx = 5"),
         ("2x − −3 = 7", 2, "2x − 3 = 7", 5, "2x − −3 = 7\n2x + 3 = 7\n2x = 4\nx = 2", "2x − −3 = 7\n2x = 10\nx = 5"),
         ("2x + −3 = 7", 5, "2x + 3 = 7", 2, "2x + −3 = 7\n2x − 3 = 7\n2x = 10\nx = 5", "2x + −3 = 7\n2x = 4\nx = 2"),
         ("−3 − x = 2", -5, "3 − x = 2", 1, "−3 − x = 2\n−x = 5\nx = −5", "−3 − x = 2\n−x = −1\nx = 1"),
         ]
    for vt, vx, bt, bx, vw, ww in L:
        bw = "%s\nx = %s" % (bt, r198_fs(bx))
        pair("lhs", bt, bw, F(bx), vt, vw, F(vx), wrongs=[ww])


# ------------------------------------------------------------------ part 4: operator characters the reader may drop
def r198_build_eq4():
    F = r198_F
    asks = ["Solve for x: %s. Show each step.", "Solve %s step by step.", "Please solve %s for x and show your working."]
    # char: kind (m multiply, d divide, s subtract)
    OPS = {"∙": "m", "•": "m", "✕": "m", "⨯": "m", "✖": "m", "‧": "m", "・": "m", "･": "m", "⦁": "m", "∗": "m",
           "⋆": "m", "×": "m", "·": "m", "⋅": "m", "*": "m",
           "∶": "d", "∕": "d", "⁄": "d", ":": "d", "➗": "d", "÷": "d", "/": "d",
           "‑": "s", "‐": "s", "‒": "s", "﹣": "s", "—": "s", "–": "s", "−": "s", "-": "s", "➖": "s", "˗": "s", "⁃": "s"}

    def ap(k, a, b):
        return {"m": a * b, "d": F(a, b), "s": a - b}[k]

    def work(a, b, c, head=None):
        w, x = r198_work(F(a), F(b), F(c))
        if head:
            w = head + "\n" + w
        return w, x

    for ch, k in OPS.items():
        for sp in (" ", ""):
            op = sp + ch + sp
            for j, ask in enumerate(asks):
                forms = []
                if k == "m":
                    # coefficient written with the sign; base the bare variable
                    forms.append(("co", "x + 5 = 20", (1, 5, 20), "3%sx + 5 = 20" % op, (3, 5, 20)))
                    forms.append(("cl", "3x + 5 = 20", (3, 5, 20), "2%s3x + 5 = 20" % op, (6, 5, 20)))
                    forms.append(("cb", "x + 1 = 15", (1, 1, 15), "3%s(x + 1) = 15" % op, None))
                if k in "md":
                    forms.append(("cr", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 20%s2" % op, (3, 5, ap(k, 20, 2))))
                    forms.append(("ct", "3x + 2 = 20", (3, 2, 20), "3x + 2%s2 = 20" % op, (3, ap(k, 2, 2), 20)))
                if k == "d":
                    forms.append(("cx", "x + 3 = 5", (1, 3, 5), "x%s2 + 3 = 5" % op, (F(1, 2), 3, 5)))
                if k == "s":
                    forms.append(("cr", "3x + 5 = 20", (3, 5, 20), "3x + 5 = 20%s2" % op, (3, 5, 18)))
                    forms.append(("cn", "3x + 5 = 20", (3, 5, 20), "3x + 5 = %s20" % ch, (3, 5, -20)))
                    forms.append(("cm", "3x + 5 = 20", (3, 5, 20), "3x%s5 = 20" % op, (3, -5, 20)))
                for tag, bt, (a, b, c), vt, v in forms:
                    if sp == "" and tag == "cn":
                        continue
                    bw, bx = work(a, b, c)
                    if v is None:  # bracket form
                        vx = F(4)
                        vw = "3(x + 1) = 15\nx + 1 = 5\nx = 4"
                    else:
                        vw, vx = work(*v)
                    bid = r198_add("eb", "base", "e", ask % bt, r198_fs(bx), [bw], var="x")
                    if vx == bx:
                        r198_add("ef", "safe", "e", ask % vt, r198_fs(vx), [vw], var="x", safe=True, base=bid)
                    else:
                        r198_add("e4" + tag, "pair", "e", ask % vt, r198_fs(vx), [bw, vw], var="x", base=bid)


# ------------------------------------------------------------------ part 5: one digit of a number in another script
def r198_build_eq5():
    F = r198_F
    asks = ["Solve for x: %s. Show each step.", "Solve %s step by step.", "Please solve %s for x and show your working."]
    SCR = dict(R198_DIG)
    SCR["mbold"] = "".join(chr(0x1D7CE + i) for i in range(10))
    SCR["mdouble"] = "".join(chr(0x1D7D8 + i) for i in range(10))
    SCR["sub"] = "₀₁₂₃₄₅₆₇₈₉"
    SCR["supd"] = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    SCR["circ"] = "⓪①②③④⑤⑥⑦⑧⑨"
    for name, dg in SCR.items():
        for j, ask in enumerate(asks):
            # right side 20 with its last digit in the script; base: the number without that digit
            cases = [
                ("3x + 5 = 2", (3, 5, 2), "3x + 5 = 2" + dg[0], (3, 5, 20)),
                ("3x + 5 = 0", (3, 5, 0), "3x + 5 = " + dg[2] + "0", (3, 5, 20)),
                ("3x + 5 = 2", (3, 5, 2), "3x + 5 = " + dg[2] + dg[6], (3, 5, 26)),
                ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 2" + dg[6], (3, 5, 26)),
                ("3x + 5 = 26", (3, 5, 26), "3x + 5 = 2" + dg[0], (3, 5, 20)),
                ("x + 5 = 20", (1, 5, 20), dg[3] + "x + 5 = 20", (3, 5, 20)),
                ("3x + 5 = 20", (3, 5, 20), "3x + " + dg[5] + " = 20", (3, 5, 20)),
                ("3x = 20", (3, 0, 20), "3x + " + dg[5] + " = 20", (3, 5, 20)),
                ("3x + 5 = 20", (3, 5, 20), "1" + dg[3] + "x + 5 = 20", (13, 5, 20)),
                ("3x + 5 = 20", (3, 5, 20), "3x + 5 = 20." + dg[5], (3, 5, F(41, 2))),
            ]
            for bt, (a, b, c), vt, (a2, b2, c2) in cases:
                bw, bx = r198_work(F(a), F(b), F(c))
                vw, vx = r198_work(F(a2), F(b2), F(c2))
                bid = r198_add("eb", "base", "e", ask % bt, r198_fs(bx), [bw], var="x")
                if vx == bx:
                    r198_add("ef", "safe", "e", ask % vt, r198_fs(vx), [vw], var="x", safe=True, base=bid)
                else:
                    r198_add("e5" + name, "pair", "e", ask % vt, r198_fs(vx), [bw, vw], var="x", base=bid)


r198_build_json()
r198_build_eq()
r198_build_eq2()
r198_build_eq3()
r198_build_eq4()
r198_build_eq5()

# ------------------------------------------------------------------ findings (filled in after the runs)
r198_found_alone_list = set()
r198_arguable_list = set()
r198_fresh_wrong = {
    'd198-jpsci-773', 'd198-jpneg-782', 'd198-jpneg-785', 'd198-jpneg-786', 'd198-jpneg-788', 'd198-jpneg-789',
    'd198-jpneg-792', 'd198-jpneg-798', 'd198-jpneg-804', 'd198-jpneg-808', 'd198-jpneg-811', 'd198-jpneg-847',
    'd198-jmsci-1235', 'd198-jmsci-1237', 'd198-jmneg-1238', 'd198-jmneg-1239', 'd198-jmneg-1241', 'd198-jmneg-1242',
    'd198-jmrom-1261',
}
r198_found_alone |= r198_found_alone_list
r198_arguable |= r198_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r198_keep = set(r198_found_alone) | set(r198_fresh_wrong)
from probe_kit import sample_round as r198_sample_round  # noqa: E402

r198_sample_round("d198-", r198_keep, 30, safe_every=10)
P[:] = [r198_p for r198_p in P if r198_p["id"] not in r198_arguable]
