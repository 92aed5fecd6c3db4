r"""Red-team round 214 (black box): SIGN-LIKE MARKS THE NEW "UNSURE SIGN" RULE DOES NOT LIST (third attack).
Focus: this stop's rule (a dash glued to a number that opens its line or has no "Label:" before it, or a dash set
  apart between a label and the number -> the member is answered but never stored or reused; "Balance: -12.50" glued
  after a label is a plain minus), attacked with other sign-like marks, other layouts, the sign after the number,
  labels after the number / in other languages, table cells, brackets, two values on a line, stored bases whose
  variant moves the sign, integers vs numbers; plus constant lines in a working ("0 = 0", checks).
1,752 probes (seeded random.Random(214); R214_ONLY=1 keeps only these; R214_ALONE=1 the confirmed ids and their
  bases; R214_TABS=1 the tab-set probes under every label): 856 singles, 820 pair variants, 52 bases, 24 safe.
Part 1 (d214-lc-, 312 singles): "Extract the number of boxes, bottles and tickets" from "Left in stock:" lists whose
  lines open with 30 marks glued to the count (U+2015, U+2796, U+02D7, U+207B, U+2012, U+208B, "−−", "+-",
  "~-", "--", U+FE63, U+FF0D, U+2043, U+2E3A, U+2500, U+2501, U+23AF, U+FE58, U+2011, U+30FC, U+2010, U+301C, U+2053,
  en, "––", U+2212, ASCII, em, U+2E3B, U+2574) in 6 layouts ("M46 boxes", "M46: boxes", "M46 = boxes",
  "― 46 boxes", "M46\tboxes", "boxes\nM46"); model first reads the mark as a minus. Part 2 (d214-bs-,
  252 singles): "Account holder: X / Balance: ..." in 63 forms, number and integer schemas: trailing sign ("12.50-",
  "12.50–", "12.50−", "12.50- NOK"), "DR"/"Dr"/"OD"/"CR", brackets ("(–12.50)", "(-12.50)", "(−12.50 NOK)",
  "(12.50)"), two values ("Balance / limit: –12.50 / 30000.00", "Balance: –12.50 / 30000.00", "..., limit"), the
  sign on its own line / a "Sign: –" line, label after ("–12.50: balance", "-12.50 = balance"), labels in
  Norwegian, German, Russian, Japanese (also full-width colon and U+FF0D), Greek, Arabic, pipe/TSV/CSV tables,
  "~-", "≈ –", "minus 12.50", and 15 marks glued after "Balance: " and set apart by tabs ("Balance:\t⁻\t12.50");
  model first drops or flips the sign. Part 3 (d214-pb/pv/pn/sf-): 24 stored bases ("Balance: 12.50" / "Balance:
  –12.50"), 18 of those forms each as variants (model's first answer the stale base), negative bases turned positive
  ("+12.50", "CR", "(in credit)", a "Previous balance: –" line). Part 4 (d214-cb/cv/cw-): stored plain count lists,
  variants with every line or one line marked. Part 5 (d214-eq-, 68 singles): wrong x with "0 = 0", "Check: 14 = 14",
  a false "Check: 3(5) + 2 = 14 ✓", "4 = 4" lines; right "x = – 5" (spaced), "―10 = x". Part 6 (refinement,
  d214-sp-, 224 singles): 16 marks set apart in 5 ways (":\tM\tV", ": M V", ":  M  V", ": M\tV", ":\tM V") under
  Balance / Net change / Temperature / Saldo. Part 7 (d214-tb/tv-, 16 bases, 80 variants): the tab-set mark stored,
  then another amount, another holder, the mark glued, a plain positive, the en dash tab-set.
HELD: glued line-opening marks in count lists (Part 1): the rule's dashes (ASCII, en, em, U+2212, U+2010-2012, U+FE63,
  U+FF0D, "--", "+-", "––") gave the negatives fresh, never stored; every other mark's negative was refused and the
  positive count served and stored (right): 0 of 312 wrong from the cache. Part 2: every non-tab form held (0 of 188:
  trailing signs and DR/OD refused or the positive served fresh, never stored; brackets, tables, two values, "~-",
  "≈", "minus", other scripts, own-line sign, label after: refused, fresh, or right); the rule's own marks set apart
  by tabs (U+2010, U+2011, U+2012, U+FE63, U+FF0D, "−−", "+-") held. Part 3: 0 wrong from the cache (38 reuses and
  the patches all right: glued U+2010/2011/2012/FE63/FF0D after the label read as minus, other glued marks refused;
  sign moved to trailing/DR/CR/"(in credit)": the patch failed and regenerated). Part 4: 0 (lists with a marked line
  never reused). Part 5: 0 wrong x accepted (all constant-line and false-check singles refused or right after
  regeneration). Part 6: one space or two spaces on each side, and ": M\tV", held under every label (0 of 144); the
  tab forms under Net change / Saldo / Temperature were answered wrong fresh but never stored (0 of 80, also alone).
  Safe on reuse: 0/24 in both runs (safe "Thanks!" variants all refused).
WHAT GOT THROUGH (all path=reuse, 0 KEPT-FROM-CACHE; the model's positive balance accepted fresh and STORED in run 1,
  served from the cache in run 2; no run-1 pair). Whole round, fresh SQLite store, two passes: run 1 0, run 2 87 (36
  clear, 51 arguable). Alone (R214_ALONE=1: 85 ids + 2 bases, 87 probes): run 1 0, run 2 85 (35 clear, 50 arguable).
 (A) CLEAR: a true minus character (U+2796 ➖, U+02D7 ˗, U+207B ⁻, U+208B ₋) set apart after "Balance:" by a TAB
     (tab on both sides, or tab before and a space after): "Account holder: Nils Berg\nBalance:\t⁻\t844.32" ->
     {"holder":"Nils Berg","balance":844.32}; "Balance:\t➖\t1588.23" -> 1588.23; "Balance:\t˗\t2141.63" -> 2141.63;
     "Balance:\t₋\t1082.67" -> 1082.67; "Balance:\t➖ 3049.70 NOK" -> 3049.70; "Balance:\t⁻ 2542.63" -> 2542.63;
     integers too ("Balance:\t⁻\t2529" -> 2529); and the stored wrong base is then reused for another amount
     ("Balance:\t˗\t2231.72 NOK" -> 2231.72, "Balance:\t₋\t4037.51 NOK" -> 4037.51) or another holder
     ("Account holder: Mira Vik / Balance:\t⁻\t1655.53 NOK" -> 1655.53). With one or two spaces instead of the
     tab, the same marks held.
 (B) ARGUABLE (r214_arguable): the same tab layout with dash or rule glyphs outside the rule's list (U+2015 ―, U+FE58
     ﹘, U+2E3A ⸺, U+2E3B ⸻, U+2500 ─, U+2501 ━, U+23AF ⎯, U+2574 ╴, U+2043 ⁃, U+30FC ー):
     "Balance:\t―\t2357.12" -> 2357.12, "Balance:\t﹘\t4029.41" -> 4029.41, "Balance:\t─\t3027.46" -> 3027.46: the
     rule calls a set-apart en dash UNSURE, these are stored as positive (a bypass, but the positive is defensible).
  Note: only the "Account holder / Balance" record stores; the same tab forms under "Net change", "Temperature",
  "Saldo" were never stored. check.py also counts 4 (run 1) / 22 (run 2) equation reuses "x = – 10" as wrong (it
  cannot read a spaced en dash); they are right (x = -10), but a set-apart dash in a working is stored.
Wrong answers served FRESH (never stored): run 1 about 417, run 2 about 319 (besides the above): the rule's glued
  dashes in count lists ("‒46 boxes" -> -46), trailing signs dropped ("Balance: 1222.18–" -> 1222.18, "12.50−"),
  other scripts ("Баланс: –413.55" -> 413.55 after a stale answer), label after ("–413.55: balance" -> 413.55),
  set-apart dashes ("Balance:\t–\t367.53 NOK" -> 367.53 on the patch path, the balance regenerated, not kept).
Adds its probes to probe_kit.P."""
import random as r214_random

from probe_kit import P, S, J, E  # noqa: F401

r214_rng = r214_random.Random(214)
r214_found_alone = {
    'd214-bs-449',
    'd214-bs-450',
    'd214-bs-451',
    'd214-bs-452',
    'd214-bs-457',
    'd214-bs-458',
    'd214-bs-459',
    'd214-bs-460',
    'd214-bs-465',
    'd214-bs-466',
    'd214-bs-467',
    'd214-bs-468',
    'd214-bs-473',
    'd214-bs-474',
    'd214-bs-475',
    'd214-bs-476',
    'd214-bs-489',
    'd214-bs-490',
    'd214-bs-491',
    'd214-bs-492',
    'd214-bs-545',
    'd214-bs-546',
    'd214-bs-547',
    'd214-bs-548',
    'd214-bs-553',
    'd214-bs-554',
    'd214-bs-555',
    'd214-bs-556',
    'd214-bs-561',
    'd214-bs-562',
    'd214-bs-563',
    'd214-bs-564',
    'd214-sp-1445',
    'd214-sp-1447',
    'd214-sp-1459',
    'd214-sp-1473',
    'd214-sp-1475',
    'd214-sp-1487',
    'd214-sp-1489',
    'd214-sp-1501',
    'd214-sp-1503',
    'd214-sp-1515',
    'd214-sp-1517',
    'd214-sp-1529',
    'd214-sp-1531',
    'd214-sp-1543',
    'd214-sp-1545',
    'd214-sp-1557',
    'd214-sp-1559',
    'd214-sp-1571',
    'd214-sp-1573',
    'd214-sp-1585',
    'd214-sp-1587',
    'd214-sp-1599',
    'd214-sp-1601',
    'd214-sp-1613',
    'd214-sp-1615',
    'd214-sp-1627',
    'd214-tb-1657',
    'd214-tb-1663',
    'd214-tv-1664',
    'd214-tb-1669',
    'd214-tv-1670',
    'd214-tb-1675',
    'd214-tv-1676',
    'd214-tv-1689',
    'd214-tb-1693',
    'd214-tv-1694',
    'd214-tb-1699',
    'd214-tv-1700',
    'd214-tb-1705',
    'd214-tv-1706',
    'd214-tb-1711',
    'd214-tv-1712',
    'd214-tb-1717',
    'd214-tv-1718',
    'd214-tb-1723',
    'd214-tv-1724',
    'd214-tb-1729',
    'd214-tv-1730',
    'd214-tb-1735',
    'd214-tv-1736',
    'd214-tb-1741',
    'd214-tv-1742',
    'd214-tv-1749',
}
r214_arguable = set()
r214_prompts = {}
r214_n = [0]
r214_counts = {"pair": 0, "base": 0, "single": 0, "safe": 0}
r214_meta = {}


def r214_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r214_prompts:
        return r214_prompts[prompt]
    r214_n[0] += 1
    pid = "d214-%s-%d" % (tag, r214_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r214_prompts[prompt] = pid
    r214_counts[kind] += 1
    r214_meta[pid] = {"base": base}
    return pid


def r214_addE(tag, fam, prompt, var, val, answers, kind, base=None):
    if prompt in r214_prompts:
        return r214_prompts[prompt]
    r214_n[0] += 1
    pid = "d214-%s-%d" % (tag, r214_n[0])
    E(pid, fam, prompt, var, str(val), answers)
    r214_prompts[prompt] = pid
    r214_counts[kind] += 1
    r214_meta[pid] = {"base": base}
    return pid


# sign-like marks outside the rule's list, and some inside it
R214_MARKS = {
    "u2015": "\u2015", "u2796": "\u2796", "u02d7": "\u02d7", "u207b": "\u207b", "u2012": "\u2012", "u208b": "\u208b",
    "mm": "\u2212\u2212", "pm": "+-", "tm": "~-", "dd": "--", "ufe63": "\ufe63", "uff0d": "\uff0d", "u2043": "\u2043",
    "u2e3a": "\u2e3a", "u2500": "\u2500", "u2501": "\u2501", "u23af": "\u23af", "ufe58": "\ufe58", "u2011": "\u2011",
    "u30fc": "\u30fc", "u2010": "\u2010", "u301c": "\u301c", "u2053": "\u2053", "u2013": "\u2013", "en2": "\u2013\u2013",
    "u2212": "\u2212", "asc": "-", "u2014": "\u2014", "u2e3b": "\u2e3b", "u2574": "\u2574",
}

# ---------------------------------------------------------------- Part 1: count lists, sign-like marks as bullets
r214_cnt = S({"boxes": "integer", "bottles": "integer", "tickets": "integer"})
R214_INTROS = ["Left in stock:\n", "Stock count after closing:\n", "What we still have on the shelf:\n",
               "Remaining inventory (counted Friday):\n"]
R214_LAYS = ["{m}{n} {w}", "{m}{n}: {w}", "{m}{n} = {w}", "{m} {n} {w}", "{m}{n}\t{w}", "{w}\n{m}{n}"]
for r214_mk, r214_m in R214_MARKS.items():
    for r214_li, r214_lay in enumerate(R214_LAYS):
        if r214_lay == "{m} {n} {w}" and r214_mk not in ("u2015", "u2796", "u2043", "u2500", "u30fc", "u2e3a"):
            continue
        for r214_k in range(2):
            a, b, c = r214_rng.randint(3, 95), r214_rng.randint(3, 95), r214_rng.randint(3, 95)
            intro = R214_INTROS[(r214_li + r214_k) % 4]
            lines = [r214_lay.format(m=r214_m, n=n, w=w) for n, w in ((a, "boxes"), (b, "bottles"), (c, "tickets"))]
            prompt = "Extract the number of boxes, bottles and tickets as JSON.\n\n" + intro + "\n".join(lines) + "\n"
            right = {"boxes": a, "bottles": b, "tickets": c}
            wrong = {"boxes": -a, "bottles": -b, "tickets": -c}
            r214_add("lc", "cnt_" + r214_mk, prompt, r214_cnt, right, [wrong, right], "single")

# ---------------------------------------------------------------- Part 2: balances, sign forms (singles)
r214_bal = S({"holder": "string", "balance": "number"})
r214_bali = S({"holder": "string", "balance": "integer"})


R214_FIRST = ["Eva", "Jon", "Ida", "Lars", "Siri", "Dag", "Mira", "Ola", "Kari", "Nils", "Anne", "Tor"]
R214_LAST = ["Lund", "Dahl", "Holm", "Berg", "Bakke", "Moe", "Strand", "Fjeld", "Haug", "Vik", "Aas", "Lie"]


def r214_acct(rng):
    return "%s %s" % (rng.choice(R214_FIRST), rng.choice(R214_LAST))


def r214_money(rng, integer=False):
    if integer:
        return rng.randint(12, 4800)
    return rng.randint(1200, 480000) / 100.0


def r214_fmt(v, integer):
    return ("%d" % v) if integer else ("%.2f" % v)


# (form id, template with {v} the absolute value, sign of right answer, arguable?)
R214_BFORMS = [
    ("trail_asc", "Balance: {v}-", -1, False), ("trail_en", "Balance: {v}\u2013", -1, False),
    ("trail_u2212", "Balance: {v}\u2212", -1, False), ("trail_nok", "Balance: {v}- NOK", -1, False),
    ("dr", "Balance: {v} DR", -1, False), ("dr2", "Balance: {v} Dr", -1, False), ("od", "Balance: {v} OD", -1, False),
    ("cr", "Balance: {v} CR", 1, True),
    ("br_en", "Balance: (\u2013{v})", -1, False), ("br_asc", "Balance: (-{v})", -1, False),
    ("br_acc", "Balance: ({v})", -1, True), ("br_nok", "Balance: (\u2212{v} NOK)", -1, False),
    ("two_slash", "Balance / limit: \u2013{v} / 30000.00", -1, False),
    ("two_inl", "Balance: \u2013{v} / 30000.00", -1, False), ("two_comma", "Balance: \u2013{v}, limit 30000.00", -1, False),
    ("own_line", "Balance:\n\u2013\n{v}", -1, True), ("sign_line", "Sign: \u2013\nBalance: {v}", -1, True),
    ("lab_after", "\u2013{v}: balance", -1, True), ("lab_eq", "-{v} = balance", -1, True),
    ("no", "Saldo: \u2013{v}", -1, False), ("de", "Kontostand: \u2013{v}", -1, False),
    ("ru", "\u0411\u0430\u043b\u0430\u043d\u0441: \u2013{v}", -1, False), ("ja", "\u6b8b\u9ad8: \u2212{v}", -1, False),
    ("ja_fw", "\u6b8b\u9ad8\uff1a\uff0d{v}", -1, False), ("gr", "\u03a5\u03c0\u03cc\u03bb\u03bf\u03b9\u03c0\u03bf: \u2013{v}", -1, False),
    ("ar", "\u0627\u0644\u0631\u0635\u064a\u062f: \u2212{v}", -1, False),
    ("tbl", "| Account holder | Balance |\n|---|---|\n| {a} | \u2013{v} |", -1, False),
    ("tbl_trail", "| Account holder | Balance |\n|---|---|\n| {a} | {v}- |", -1, False),
    ("tsv", "Account holder\tBalance\n{a}\t\u2013{v}", -1, False), ("csv", "Account holder,Balance\n{a},-{v}", -1, False),
    ("tilde", "Balance: ~-{v}", -1, False), ("approx", "Balance: \u2248 \u2013{v}", -1, False),
    ("minusword", "Balance: minus {v}", -1, False),
]
for mk in ("u2015", "u2796", "u02d7", "u207b", "u2012", "u208b", "ufe63", "uff0d", "u2011", "u2010", "mm", "pm", "ufe58",
           "u2e3a", "u2500"):
    R214_BFORMS.append(("lab_" + mk, "Balance: " + R214_MARKS[mk] + "{v}", -1, mk in ("mm", "pm", "u2e3a", "u2500")))
    R214_BFORMS.append(("sp_" + mk, "Balance:\t" + R214_MARKS[mk] + "\t{v}", -1, True))

R214_BINTRO = ["Return the account holder and the balance as JSON.\n\n",
               "Extract the account holder and the balance as JSON.\n\n"]
for fid, tpl, sg, arg in R214_BFORMS:
    for integer in (False, True):
        for k in range(2):
            acct = r214_acct(r214_rng)
            v = r214_money(r214_rng, integer)
            body = tpl.format(v=r214_fmt(v, integer), a=acct)
            if "{a}" in tpl:
                text = body
            else:
                text = "Account holder: %s\n%s" % (acct, body)
            prompt = R214_BINTRO[k] + text + "\n"
            right = {"holder": acct, "balance": sg * v}
            wrong = {"holder": acct, "balance": -sg * v}
            pid = r214_add("bs", "bal_" + fid, prompt, r214_bali if integer else r214_bal, right, [wrong, right], "single")
            if arg:
                r214_arguable.add(pid)

# ---------------------------------------------------------------- Part 3: pairs, stored base moves the sign
R214_PFORMS = [f for f in R214_BFORMS if "{a}" not in f[1]]
for bi in range(24):
    integer = bi % 3 == 2
    acct = r214_acct(r214_rng)
    v = r214_money(r214_rng, integer)
    neg_base = bi % 2 == 1
    intro = R214_BINTRO[bi % 2]
    bsign = -1 if neg_base else 1
    btxt = "Account holder: %s\nBalance: %s%s\n" % (acct, "\u2013" if neg_base else "", r214_fmt(v, integer))
    bright = {"holder": acct, "balance": bsign * v}
    sch = r214_bali if integer else r214_bal
    bid = r214_add("pb", "pair_base", intro + btxt, sch, bright, [bright], "base")
    # safe: spacing / thanks
    r214_add("sf", "pair_safe", intro + btxt + "\nThanks!\n", sch, bright, [bright], "safe", safe=True, base=bid)
    forms = r214_rng.sample(R214_PFORMS, 18)
    for fid, tpl, sg, arg in forms:
        body = tpl.format(v=r214_fmt(v, integer))
        right = {"holder": acct, "balance": sg * v}
        if right == bright:
            # same value, other form: also test a changed value
            v2 = v + (7 if integer else 7.25)
            body = tpl.format(v=r214_fmt(v2, integer))
            right = {"holder": acct, "balance": sg * v2}
        prompt = intro + "Account holder: %s\n%s\n" % (acct, body)
        pid = r214_add("pv", "pair_" + fid, prompt, sch, right, [bright, right], "pair", base=bid)
        if arg:
            r214_arguable.add(pid)
    # negative base -> positive forms
    if neg_base:
        for tpl in ("Balance: {v}", "Balance: +{v}", "Balance: {v} CR", "Balance: {v} (in credit)",
                    "Balance: \u2013 0.00 + {v}", "Balance: {v}\nPrevious balance: \u2013{v}"):
            body = tpl.format(v=r214_fmt(v, integer))
            right = {"holder": acct, "balance": v}
            prompt = intro + "Account holder: %s\n%s\n" % (acct, body)
            pid = r214_add("pn", "pair_pos", prompt, sch, right, [bright, right], "pair", base=bid)
            if "CR" in tpl or "0.00" in tpl:
                r214_arguable.add(pid)

# ---------------------------------------------------------------- Part 4: count pairs, stored plain list
for bi in range(12):
    a, b, c = r214_rng.randint(3, 95), r214_rng.randint(3, 95), r214_rng.randint(3, 95)
    intro = R214_INTROS[bi % 4]
    btxt = "Extract the number of boxes, bottles and tickets as JSON.\n\n" + intro + "%d boxes\n%d bottles\n%d tickets\n" % (a, b, c)
    bright = {"boxes": a, "bottles": b, "tickets": c}
    bid = r214_add("cb", "cpair_base", btxt, r214_cnt, bright, [bright], "base")
    for mk in r214_rng.sample(sorted(R214_MARKS), 10):
        m = R214_MARKS[mk]
        a2 = a + 3
        txt = "Extract the number of boxes, bottles and tickets as JSON.\n\n" + intro + "%s%d boxes\n%s%d bottles\n%s%d tickets\n" % (m, a2, m, b, m, c)
        right = {"boxes": a2, "bottles": b, "tickets": c}
        r214_add("cv", "cpair_" + mk, txt, r214_cnt, right, [{"boxes": -a2, "bottles": -b, "tickets": -c}, right],
                 "pair", base=bid)
        # value kept, stale model answer negative on one line only
        txt2 = "Extract the number of boxes, bottles and tickets as JSON.\n\n" + intro + "%d boxes\n%s%d bottles\n%d tickets\n" % (a, m, b, c)
        r214_add("cw", "cpair1_" + mk, txt2, r214_cnt, bright, [{"boxes": a, "bottles": -b, "tickets": c}, bright],
                 "pair", base=bid)

# ---------------------------------------------------------------- Part 5: equations with constant / check lines
for i in range(40):
    a = r214_rng.randint(2, 9)
    x = r214_rng.randint(2, 12) * (-1 if i % 3 == 0 else 1)
    bb = r214_rng.randint(1, 20)
    c = a * x + bb
    eq = "%dx + %d = %d" % (a, bb, c)
    wx = x + 1
    style = i % 4
    if style == 0:
        wrong = "%dx = %d\n0 = 0\nx = %d" % (a, c - bb, wx)
    elif style == 1:
        wrong = "%dx = %d\nx = %d\nCheck: %d = %d" % (a, c - bb, wx, c, c)
    elif style == 2:
        wrong = "%dx = %d\nx = %d\nCheck: %d(%d) + %d = %d \u2713" % (a, c - bb, wx, a, wx, bb, c)
    else:
        wrong = "%dx + %d - %d = %d - %d\n%dx = %d\n%d = %d\nx = %d" % (a, bb, bb, c, bb, a, c - bb, bb, bb, wx)
    right = "%dx = %d\nx = %d\nCheck: %d(%d) + %d = %d" % (a, c - bb, x, a, x, bb, c)
    r214_addE("eq", "eq_const%d" % style, "Solve %s step by step." % eq, "x", x, [wrong, right], "single")
    # signed-dash on the line: "x = – 5" spaced, glued at line start
    if x < 0:
        w2 = "%dx = %d\nx = \u2013 %d" % (a, c - bb, -x)
        r214_addE("eq", "eq_spdash", "Solve for x: %s." % eq, "x", x, [w2], "single")
        w3 = "%dx = %d\n\u2015%d = x" % (a, c - bb, -x)
        r214_addE("eq", "eq_u2015", "Solve for x: %s. Show the steps." % eq, "x", x,
                  ["%dx = %d\nx = %d" % (a, c - bb, -x), w3], "single")

# ---------------------------------------------------------------- Part 6 (refinement): a sign-like mark set apart
# between the label and the number, marks outside the rule's dash list, other separators, labels and units
R214_SPMARKS = ["u2015", "u2796", "u02d7", "u207b", "u208b", "ufe58", "u2e3a", "u2500", "u2501", "u23af", "u2574",
                "u2043", "u30fc", "u2e3b", "u2012", "u2212"]
R214_SEPS = [("tab", ":\t{m}\t{v}"), ("sp", ": {m} {v}"), ("sp2", ":  {m}  {v}"), ("mtab", ": {m}\t{v}"),
             ("tabm", ":\t{m} {v}")]
R214_LABS = [("Balance", "holder", "Account holder", "Return the account holder and the balance as JSON.", "balance", "number"),
             ("Net change", "item", "Item", "Extract the item and its net change as JSON.", "net_change", "integer"),
             ("Temperature", "station", "Station", "Extract the station and the temperature as JSON.", "temperature", "number"),
             ("Saldo", "holder", "Kontoinnehaver", "Hent ut kontoinnehaver og saldo som JSON.", "saldo", "number")]
R214_WHO = {"holder": lambda rng: r214_acct(rng), "item": lambda rng: rng.choice(["Oat milk", "Paper cups", "Lids", "Espresso beans"]),
            "station": lambda rng: rng.choice(["Tromsø", "Kiruna", "Røros", "Alta"])}
for mk in R214_SPMARKS:
    m = R214_MARKS[mk]
    for sid, sep in R214_SEPS:
        for lab, wk, wl, instr, key, typ in R214_LABS:
            if sid not in ("tab", "sp") and lab not in ("Balance", "Temperature"):
                continue
            sch = S({wk: "string", key: typ})
            who = R214_WHO.get(wk, R214_WHO["holder"])(r214_rng)
            if typ == "integer" or lab == "Temperature":
                v = r214_rng.randint(2, 40) if lab == "Temperature" else r214_rng.randint(3, 400)
                vs = "%d" % v
            else:
                v = r214_rng.randint(1200, 480000) / 100.0
                vs = "%.2f" % v
            unit = {"Temperature": " \u00b0C", "Net change": " units"}.get(lab, " NOK" if r214_rng.random() < 0.5 else "")
            prompt = instr + "\n\n%s: %s\n%s%s%s\n" % (wl, who, lab, sep.format(m=m, v=vs), unit)
            right = {wk: who, key: -v}
            pid = r214_add("sp", "sp_%s_%s" % (sid, mk), prompt, sch, right, [{wk: who, key: v}, right], "single")
            if mk in ("u2015", "u2e3a", "u2500", "u2501", "u23af", "u2574", "u2043", "u30fc", "u2e3b", "ufe58"):
                r214_arguable.add(pid)

# ---------------------------------------------------------------- Part 7: the tab-set mark stored, then another amount
# or holder in the same form (run-1 rewrite), and the same record with the mark moved to a glued or spaced form
for mk in ("u2796", "u02d7", "u207b", "u208b", "u2015", "u2500", "u2e3a", "ufe58"):
    m = R214_MARKS[mk]
    for k in range(2):
        who = r214_acct(r214_rng)
        v = r214_rng.randint(1200, 480000) / 100.0
        instr = R214_BINTRO[k]
        bp = instr + "Account holder: %s\nBalance:\t%s\t%.2f NOK\n" % (who, m, v)
        bid = r214_add("tb", "tab_base_" + mk, bp, r214_bal, {"holder": who, "balance": -v},
                       [{"holder": who, "balance": v}, {"holder": who, "balance": -v}], "base")
        v2 = r214_rng.randint(1200, 480000) / 100.0
        who2 = r214_acct(r214_rng)
        for tag, txt, val, nm in (("amt", "Balance:\t%s\t%.2f NOK" % (m, v2), -v2, who),
                                  ("who", "Balance:\t%s\t%.2f NOK" % (m, v), -v, who2),
                                  ("glued", "Balance: %s%.2f NOK" % (m, v), -v, who),
                                  ("plain", "Balance: %.2f NOK" % v, v, who),
                                  ("endash", "Balance:\t\u2013\t%.2f NOK" % v, -v, who)):
            vp = instr + "Account holder: %s\n%s\n" % (nm, txt)
            pid = r214_add("tv", "tab_%s_%s" % (tag, mk), vp, r214_bal, {"holder": nm, "balance": val},
                           [{"holder": nm, "balance": abs(val)}, {"holder": nm, "balance": val}], "pair", base=bid)
            if mk in ("u2015", "u2500", "u2e3a", "ufe58"):
                r214_arguable.add(pid)
        if mk in ("u2015", "u2500", "u2e3a", "ufe58"):
            r214_arguable.add(bid)

# Final judgement of the confirmed ids: a true minus character (U+2796 HEAVY MINUS SIGN, U+02D7 MODIFIER LETTER MINUS
# SIGN, U+207B SUPERSCRIPT MINUS, U+208B SUBSCRIPT MINUS) set apart after "Balance:" makes the balance negative: CLEAR.
# A dash or rule glyph there (U+2015, U+FE58, U+2E3A/B, U+2500/1, U+23AF, U+2574, U+2043, U+30FC) is what the stop's
# rule calls UNSURE for its own dashes, so storing the positive is a bypass of the rule but not provably wrong: ARGUABLE.
R214_CLEAR_MARKS = ("u2796", "u02d7", "u207b", "u208b")
r214_fam = {r214_p["id"]: r214_p["family"] for r214_p in P if r214_p["id"].startswith("d214-")}
r214_arguable = {i for i in r214_found_alone if not r214_fam.get(i, "").endswith(R214_CLEAR_MARKS)}

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (1,752 generated); then every arguable item left out.
r214_keep = set(r214_found_alone)
r214_keep |= {r214_meta[r214_i]["base"] for r214_i in list(r214_keep) if r214_meta.get(r214_i, {}).get("base")}
from probe_kit import sample_round as r214_sample_round  # noqa: E402

r214_sample_round("d214-", r214_keep, 30, safe_every=10)
P[:] = [r214_p for r214_p in P if r214_p["id"] not in r214_arguable]
