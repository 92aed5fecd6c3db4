r"""Red-team round 195 (black box): WORKED LINEAR-EQUATION SOLUTIONS AND THE STEP-DESCRIPTION RULES.
Focus: where a step's description is read (rules/README.md, FINDINGS rounds 190/193): before / after the equation, in
  brackets, on lines above, "then"/"next"/"now" used for the current line, descriptions two lines above, between two
  equations on one line, after the final answer, in other languages, numbers as decimals / fractions / percent ("by
  25%", "Take 50% of both sides"), "both sides" omitted ("Subtract 5: 3x = 15", "Divide by 3"), "each side", past
  tense on the line below, stitched answers of pairs whose equation changed one number, final statements ("So x is 5",
  "x ≈ 5", "The solution set is {5}") and requests asking beyond the value ("give x and 2x", "what 2x equals", "x +
  10", "verify your answer", "check the answer").
  Shapes "a v + b = c", "a v - b = c", "a(v + b) = c", "v/d + b = c" x 14 styles (English with/without "both sides",
  "each side", decimal, percent, "% of", 1/N; Norwegian, German, Spanish, French, Swedish, Dutch, Italian; part 4 adds
  Danish, Portuguese, Polish, Finnish) x 11 layouts ("Verb: eq", "eq   (verb)", a line above + a filler line, a line
  above + blank + "We get:", "eq1, verb, eq2", "eq1 → verb → eq2", "eq (then verb)", "Next, verb: eq", "eq, now that
  we verb", "eq / (We verbed.)", "eq — verb"); part 4: one line above ("Trekk fra 5 på begge sider." / "...:") and
  past-tense lines below in 7 forms.
  4,177 probes (seeded random.Random(195)): 1,287 singles (the model's first answer has one false description, the
  second is right), 2,605 pair probes (bases and variants whose first model answer is the base's, incl. 200 asking
  beyond the value), 285 safe. Scored by check.py with this round's additions to its reader (verbs of the 11
  languages, "N%"), plus its own comparison (a served text equal to the model's known wrong answer; lines that no
  answer of the probe's own holds = kept from another stored answer).
HELD: English descriptions in every layout and number form: 0 of 473 wrong English singles stored and served, except
  the past-tense line below (below) — decimals ("Multiply both sides by 0.25"), percent ("by 25%", "Take 50% of both
  sides"), "1/N", "Subtract 5:" / "Divide by 3:" without "both sides", "Take 5 off each side", "Next, …:", ", now
  that we …", "(then …)" naming an operation that is false for the next line too, descriptions between two equations
  on one line and between arrows, two lines above: all refused or regenerated. Other languages BEFORE or AFTER the
  equation on its own line ("Trekk fra 5 på begge sider: 3x = 15", "(dividimos ambos lados entre 2)", "— dela båda
  leden med 4", "eq1 → sottraiamo 4 … → eq2"): 0 of 273 wrong singles stored. Past-tense lines below in the forms
  "We subtracted 8 …", "(subtracted 8 …)", "↑ subtracted 8", "Here we …", German/Norwegian past: 1 of 89 stored.
  Requests beyond the value ("give x and 2x", "what 2x equals", "report x + 10"): refused ("asks for more than the
  value", 72) or answered with the right last line; no wrong value from the cache. No wrong FINAL VALUE was served
  from the cache anywhere in the round (0 "final x = … expected" in either run).
WHAT GOT THROUGH. Whole round, fresh SQLite store, two passes: from the cache 448 in run 1 (163 reuse, 285 patch
  answers keeping lines of another stored answer), 662 in run 2 (613 reuse, 25 patch, 24 stored past-tense
  mistakes the scorer does not read); safe on reuse 67/285, 98/285. Alone (R195_ALONE=1: the ids found, their bases,
  756 probes, fresh store, two passes): run 1 512 (181 reuse, 331 patch-kept), run 2 687 = 662 CLEAR (612 reuse,
  21 patch-kept, 9 stored foreign-language mistakes, 20 stored past-tense mistakes) + 25 ARGUABLE.
 (A) CLEAR, a description in another language on its OWN LINE ABOVE the equation is not read: the model's false
     step is stored and served again. "Please solve 9t + 5 = 59 and explain each step." -> "Subtrahiere 6 auf beiden
     Seiten. / This keeps the equation balanced. / 9t = 54 / Divide both sides by 9: t = 6"; "Solve for x: 2x - 10 = 4.
     Explain each step." -> "Addera 4 till båda leden. / This keeps the equation balanced. / 2x = 14 / ..."; "Solve
     for t: 10(t + 4) = 100." -> "Del begge sider på 4. / … / t + 4 = 10 / ..."; "Please solve 2x + 2 = 6 …" ->
     "Trekk fra 5 på begge sider. / 2x = 4 / ..."; "Solve for y: 4y - 11 = -3." -> "Addiere 7 auf beiden Seiten: /
     4y = 8 / ..." (9 alone, run 2; whole round 14/153 one line above, 9/147 with a colon, 24/105 with a filler line,
     lower bounds: most others were served stitched, (C)).
 (B) CLEAR, a false past-tense line in brackets BELOW the equation it made is not read (the scorer does not read it
     either): "Please solve 9x + 7 = 52 and explain each step." -> "9x = 45 / (We subtracted 8 from both sides.) /
     Divide both sides by 9: x = 5"; "Please solve 5x - 7 = 23 …" -> "5x = 30 / (We added 4 to both sides.) / …";
     "Solve for n: 10n - 6 = 44." -> "10n = 50 / (We added 12 to both sides.) / …"; pair variant "Solve for x: 4x - 7
     = 21." -> "4x = 28 / (We added 4 to both sides.) / …" (the base 4x - 4 = 24's line kept); 20 alone.
 (C) CLEAR, STITCHING: the cache puts description lines (A) of OTHER stored answers above the first step of a
     request it reuses or patches — right model answers of bases, safe rewordings and other requests — and stores the
     result, so they pile up (up to 8 foreign lines in run 2): "Solve for t: 10t + 10 = 80. Explain each step." ->
     "Subtrahiere 6 auf beiden Seiten. / This keeps the equation balanced. / Subtrahiere 4 auf beiden Seiten. / We
     get: / Restamos 4 en ambos lados. / … / Soustrayons 5 des deux côtés. / We get: / Subtract 10 from both sides:
     10t = 70 / Divide both sides by 10: t = 7"; safe "Please solve for x: x/2 + 3 = 10. Show each step." ->
     "Subtrahiere 10 auf beiden Seiten. / This keeps the equation balanced. / x/2 = 7   (subtract 3) / …"; the
     licensed rename of the variable rewrites it inside words of those lines ("från" -> "fråx", "côtés" -> "côyés",
     75 outputs alone); a pair variant keeps the base's unread number ("Solve for n: 2(n + 10) = 26." -> "… Del begge
     sider på 10. / … / n + 10 = 13 / …"). 577 alone, run 2.
 (D) CLEAR, stitching that DROPS the working: "Please solve 5n - 8 = 2 and explain each step." (model: "Add 8 … /
     5n = 10 / Multiply both sides by 1/5. / n = 2") -> "Addiere 5 auf beiden Seiten. / We get: / n = 2 / So n is 2.";
     "Solve for y: 5y + 3 = 23. Show each step." -> "Subtrahiere 11 auf beiden Seiten. / We get: / y = 4 / So y is
     4."; "Solve 10t - 10 = 20 step by step." -> "Addiere 10 … / Tel 10 op bij beide kanten. / … / t = 3". 56 alone.
 (E) ARGUABLE (r195_arguable): "Solve for x: … Show each step and verify your answer by substituting it back." / "…
     then check the answer." served the stored working without any check line (25 reuse alone; also 52 fresh).
  Wrong served fresh (run 1, whole round): 24 on the skip path (the foreign-language-above singles, reason
  "failing_fraction_above … > 0.75", served as the model wrote them), 25 on the patch path with only the model's own
  lines; and the engine's solver fallback ("Step 1: 9n + 4 = 67 / Step 2: 9n = 67 - 4 / …") looked right.
Adds its probes to probe_kit.P."""
import os
import random as r195_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r195_rng = r195_random.Random(195)
r195_found_alone = set()
r195_arguable = set()
r195_prompts = {}
r195_n = [0]
r195_counts = {"pair": 0, "single": 0, "safe": 0}
r195_meta = {}


def r195_add(tag, fam, prompt, var, val, answers, kind, safe=False, meta=None, report=None):
    if prompt in r195_prompts:
        return r195_prompts[prompt]
    r195_n[0] += 1
    pid = "d195-%s-%d" % (tag, r195_n[0])
    E(pid, fam, prompt, var, str(val), answers, report=report, safe=safe)
    r195_prompts[prompt] = pid
    r195_counts[kind] += 1
    r195_meta[pid] = meta or {}
    return pid


# ------------------------------------------------------------------ shapes
def r195_shape(kind, p, v):
    """(equation text, steps); a step is (op, n, equation after)."""
    x = p["x"]
    if kind == "S0":  # a v + b = c
        a, b = p["a"], p["b"]
        c = a * x + b
        return "%d%s + %d = %d" % (a, v, b, c), [("s", b, "%d%s = %d" % (a, v, c - b)), ("d", a, "%s = %d" % (v, x))]
    if kind == "S1":  # a v - b = c
        a, b = p["a"], p["b"]
        c = a * x - b
        return "%d%s - %d = %d" % (a, v, b, c), [("a", b, "%d%s = %d" % (a, v, c + b)), ("d", a, "%s = %d" % (v, x))]
    if kind == "S2":  # a(v + b) = c
        a, b = p["a"], p["b"]
        c = a * (x + b)
        return "%d(%s + %d) = %d" % (a, v, b, c), [("d", a, "%s + %d = %d" % (v, b, x + b)), ("s", b, "%s = %d" % (v, x))]
    if kind == "S3":  # v/d + b = c
        d, b = p["d"], p["b"]
        c = x // d + b
        return "%s/%d + %d = %d" % (v, d, b, c), [("s", b, "%s/%d = %d" % (v, d, x // d)), ("m", d, "%s = %d" % (v, x))]
    raise ValueError(kind)


EN_BOTH = {"s": "Subtract {n} from both sides", "a": "Add {n} to both sides", "d": "Divide both sides by {n}",
           "m": "Multiply both sides by {n}"}
EN_NOBOTH = {"s": "Subtract {n}", "a": "Add {n}", "d": "Divide by {n}", "m": "Multiply by {n}"}
EN_PAST = {"s": "subtracted {n} from both sides", "a": "added {n} to both sides", "d": "divided both sides by {n}",
           "m": "multiplied both sides by {n}"}
EN_ING = {"s": "subtracting {n} from both sides", "a": "adding {n} to both sides", "d": "dividing both sides by {n}",
          "m": "multiplying both sides by {n}"}
LANGS = {
    "no": {"s": "Trekk fra {n} på begge sider", "a": "Legg til {n} på begge sider", "d": "Del begge sider på {n}",
           "m": "Gang begge sider med {n}"},
    "de": {"s": "Subtrahiere {n} auf beiden Seiten", "a": "Addiere {n} auf beiden Seiten",
           "d": "Teile beide Seiten durch {n}", "m": "Multipliziere beide Seiten mit {n}"},
    "es": {"s": "Restamos {n} en ambos lados", "a": "Sumamos {n} en ambos lados", "d": "Dividimos ambos lados entre {n}",
           "m": "Multiplicamos ambos lados por {n}"},
    "fr": {"s": "Soustrayons {n} des deux côtés", "a": "Ajoutons {n} des deux côtés", "d": "Divisons les deux côtés par {n}",
           "m": "Multiplions les deux côtés par {n}"},
    "sv": {"s": "Subtrahera {n} från båda leden", "a": "Addera {n} till båda leden", "d": "Dela båda leden med {n}",
           "m": "Multiplicera båda leden med {n}"},
    "nl": {"s": "Trek {n} af van beide kanten", "a": "Tel {n} op bij beide kanten", "d": "Deel beide kanten door {n}",
           "m": "Vermenigvuldig beide kanten met {n}"},
    "it": {"s": "Sottraiamo {n} da entrambi i lati", "a": "Aggiungiamo {n} a entrambi i lati",
           "d": "Dividiamo entrambi i lati per {n}", "m": "Moltiplichiamo entrambi i lati per {n}"},
}
DEC = {2: "0.5", 4: "0.25", 5: "0.2", 8: "0.125", 10: "0.1"}
PCT = {2: "50%", 4: "25%", 5: "20%", 10: "10%"}


def r195_desc(style, op, n):
    """A description (capitalised) of one operation in a style; None when the style cannot say it."""
    if style == "both":
        return EN_BOTH[op].format(n=n)
    if style == "noboth":
        return EN_NOBOTH[op].format(n=n)
    if style in LANGS:
        return LANGS[style][op].format(n=n)
    if style == "dec":
        if op == "d" and n in DEC:
            return "Multiply both sides by %s" % DEC[n]
        if op == "m" and n in DEC:
            return "Divide both sides by %s" % DEC[n]
        return None
    if style == "pct":
        if op == "d" and n in PCT:
            return "Multiply both sides by %s" % PCT[n]
        if op == "s":
            return None
        return None
    if style == "pctof":
        if op == "d" and n in PCT:
            return "Take %s of both sides" % PCT[n]
        return None
    if style == "frac":
        if op == "d":
            return "Multiply both sides by 1/%d" % n
        if op == "m":
            return "Divide both sides by 1/%d" % n
        return None
    if style == "onesided":  # "Subtract 5: ..." with "on the left" etc
        return {"s": "Take {n} off each side", "a": "Put {n} on each side", "d": "Divide each side by {n}",
                "m": "Multiply each side by {n}"}[op].format(n=n)
    raise ValueError(style)


def r195_low(s):
    return s[0].lower() + s[1:]


def r195_line(layout, desc, prev_eq, eq, past=None):
    """Lines for one step. layout names where the description is written."""
    if layout == "colon":
        return [desc + ": " + eq]
    if layout == "paren":
        return [eq + "   (" + r195_low(desc) + ")"]
    if layout == "twoabove":
        return [desc + ".", "This keeps the equation balanced.", eq]
    if layout == "twoabove2":
        return [desc + ".", "", "We get:", eq]
    if layout == "between":
        return [prev_eq + ", " + r195_low(desc) + ", " + eq]
    if layout == "arrow":
        return [prev_eq + " → " + r195_low(desc) + " → " + eq]
    if layout == "thentail":
        return [eq + "   (then " + r195_low(desc) + ")"]
    if layout == "nexthead":
        return ["Next, " + r195_low(desc) + ": " + eq]
    if layout == "nowtail":
        return [eq + ", now that we " + r195_low(desc)]
    if layout == "pastbelow":
        return [eq, "(We " + (past or r195_low(desc)) + ".)"]
    if layout == "dash":
        return [eq + " — " + r195_low(desc)]
    raise ValueError(layout)


def r195_working(kind, p, v, style, layout, wrong_at=None, wrong_n=None, final="plain", plain_other=True):
    """(equation, answer text, the false line or None)."""
    eq, steps = r195_shape(kind, p, v)
    lines = []
    prev = eq
    bad = None
    for i, (op, n, after) in enumerate(steps):
        nn = wrong_n if i == wrong_at else n
        st = style
        if plain_other and wrong_at is not None and i != wrong_at:
            st = "both"
        d = r195_desc(st, op, nn) or r195_desc("both", op, nn)
        lay = layout if (not plain_other or wrong_at is None or i == wrong_at) else "colon"
        past = EN_PAST[op].format(n=nn)
        ls = r195_line(lay, d, prev, after, past=past)
        if i == wrong_at:
            bad = ls[0] if lay != "twoabove" else ls[0]
        lines += ls
        prev = after
    x = p["x"]
    if final == "so":
        lines.append("So %s is %d." % (v, x))
    elif final == "approx":
        lines.append("%s ≈ %d" % (v, x))
    elif final == "set":
        lines.append("The solution set is {%d}." % x)
    return eq, "\n".join(lines), bad


PROMPTS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.",
           "Please solve {eq} and explain each step.", "Solve for {v}: {eq}. Explain each step."]
SAFE_PROMPTS = ["Please solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}. Show each step. Thanks!",
                "Solve for {v}:  {eq}.  Show each step."]
STYLES = ["both", "noboth", "dec", "pct", "pctof", "frac", "onesided", "no", "de", "es", "fr", "sv", "nl", "it"]
LAYOUTS = ["colon", "paren", "twoabove", "twoabove2", "between", "arrow", "thentail", "nexthead", "nowtail",
           "pastbelow", "dash"]


def r195_params(kind, rng, coincide=False):
    x = rng.randint(2, 9)
    if kind in ("S0", "S1"):
        a = rng.choice([2, 4, 5, 10]) if rng.random() < 0.7 else rng.randint(2, 9)
        b = a if coincide else rng.randint(2, 12)
        return {"x": x, "a": a, "b": b}
    if kind == "S2":
        a = rng.choice([2, 4, 5, 10]) if rng.random() < 0.7 else rng.randint(2, 9)
        b = a if coincide else rng.randint(1, 9)
        return {"x": x, "a": a, "b": b}
    if kind == "S3":
        d = rng.choice([2, 3, 4, 5])
        b = d if coincide else rng.randint(1, 9)
        return {"x": x * d, "d": d, "b": b}


def r195_vary(kind, p, rng):
    """Another parameter set of the same shape: the scale changes (the number the styles write as a
    decimal/percent/fraction) or the constant changes."""
    q = dict(p)
    key = {"S0": "a", "S1": "a", "S2": "a", "S3": "d"}[kind]
    choices = {"S3": [2, 3, 4, 5]}.get(kind, [2, 4, 5, 10])
    if rng.random() < 0.75:
        q[key] = rng.choice([c for c in choices if c != p[key]])
    else:
        q["b"] = p["b"] + rng.choice([1, 2, 3])
    if kind == "S3":
        q["x"] = (p["x"] // p["d"]) * q["d"]
    return q


# ------------------------------------------------------------------ PART 1: singles
for kind in ("S0", "S1", "S2", "S3"):
    for style in STYLES:
        for layout in LAYOUTS:
            if style in LANGS and layout in ("nexthead", "nowtail", "thentail", "pastbelow"):
                continue
            for rep in range(2):
                p = r195_params(kind, r195_rng)
                v = r195_rng.choice(["x", "y", "n", "t"])
                eq, steps = r195_shape(kind, p, v)
                at = r195_rng.randrange(len(steps))
                op, n, _ = steps[at]
                if r195_desc(style, op, n) is None:
                    at = 1 - at
                    op, n, _ = steps[at]
                    if r195_desc(style, op, n) is None:
                        continue
                wrongs = [m for m in ([2, 4, 5, 10] if style in ("dec", "pct", "pctof") else range(2, 13))
                          if m != n and r195_desc(style, op, m)]
                wn = r195_rng.choice(wrongs)
                _, wtext, bad = r195_working(kind, p, v, style, layout, wrong_at=at, wrong_n=wn)
                _, rtext, _ = r195_working(kind, p, v, "both", "colon")
                prompt = r195_rng.choice(PROMPTS).format(v=v, eq=eq)
                r195_add("s", "r195-single-%s-%s" % (style, layout), prompt, v, p["x"], [wtext, rtext], "single",
                         meta={"bad": bad, "wrong": wtext, "right": rtext, "style": style, "layout": layout})

# ------------------------------------------------------------------ PART 2: pairs (stale descriptions)
for kind in ("S0", "S1", "S2", "S3"):
    for style in STYLES:
        for layout in LAYOUTS:
            if style in LANGS and layout in ("nexthead", "nowtail", "thentail", "pastbelow"):
                continue
            for rep in range(2):
                coincide = rep == 1
                p = r195_params(kind, r195_rng, coincide=coincide)
                q = r195_vary(kind, p, r195_rng)
                v = r195_rng.choice(["x", "y", "n", "t"])
                final = r195_rng.choice(["plain", "plain", "so", "approx", "set"])
                eq_b, btext, _ = r195_working(kind, p, v, style, layout, final=final, plain_other=False)
                eq_v, vtext, _ = r195_working(kind, q, v, style, layout, final=final, plain_other=False)
                if eq_b == eq_v:
                    continue
                tmpl = r195_rng.choice(PROMPTS)
                bp = tmpl.format(v=v, eq=eq_b)
                vp = tmpl.format(v=v, eq=eq_v)
                bid = r195_add("pb", "r195-pair-%s-%s" % (style, layout), bp, v, p["x"], [btext], "pair",
                               meta={"right": btext})
                r195_add("pv", "r195-pair-%s-%s" % (style, layout), vp, v, q["x"], [btext, vtext], "pair",
                         meta={"base": bid, "right": vtext, "stale": btext, "style": style, "layout": layout})
                if r195_rng.random() < 0.3:
                    sp = r195_rng.choice(SAFE_PROMPTS).format(v=v, eq=eq_b)
                    r195_add("sf", "r195-safe", sp, v, p["x"], [btext], "safe", safe=True,
                             meta={"base": bid, "right": btext})

# ------------------------------------------------------------------ PART 3: requests beyond the value
BEYOND = [("Solve for {v}: {eq}. Show each step, then give {v} and 2{v}.", "2{v}", lambda x: 2 * x),
          ("Solve {eq} step by step, and also tell me what 2{v} equals.", "2{v}", lambda x: 2 * x),
          ("Solve for {v}: {eq}. Show each step, then report the value of {v} + 10.", "{v} + 10", lambda x: x + 10),
          ("Solve for {v}: {eq}. Show each step and verify your answer by substituting it back.", None, None),
          ("Solve for {v}: {eq}. Show each step, then check the answer.", None, None)]
for kind in ("S0", "S1", "S2", "S3"):
    for style in ("both", "noboth", "dec", "no", "de"):
        for (tmpl, expr, fn) in BEYOND:
            for rep in range(2):
                p = r195_params(kind, r195_rng)
                v = r195_rng.choice(["x", "y", "n", "t"])
                eq, btext, _ = r195_working(kind, p, v, style, "colon")
                bp = PROMPTS[0].format(v=v, eq=eq)
                bid = r195_add("bb", "r195-beyond", bp, v, p["x"], [btext], "pair", meta={"right": btext})
                vp = tmpl.format(v=v, eq=eq)
                x = p["x"]
                if expr:
                    e = expr.format(v=v)
                    rtext = btext + "\n%s = %d" % (e.replace(" ", ""), fn(x)) if "+" not in e else \
                        btext + "\nSo %s = %d + 10 = %d" % (e, x, x + 10)
                    if "+" in e:
                        rtext = btext + "\n%s = %d" % (e, fn(x))
                    r195_add("bv", "r195-beyond", vp, v, x, [btext, rtext], "pair",
                             meta={"base": bid, "right": rtext, "stale": btext},
                             report={"expression": e.replace(" ", ""), "value": str(fn(x))})
                else:
                    chk = "Check: " + eq.replace(v, "(%d)" % x) + " ✓"
                    rtext = btext + "\n" + chk + "\nSo %s = %d." % (v, x)
                    r195_add("bv", "r195-beyond-verify", vp, v, x, [btext, rtext], "pair",
                             meta={"base": bid, "right": rtext, "stale": btext, "arguable": True})


# ------------------------------------------------------------------ PART 4: refinement — words above in more languages, past lines below
LANGS2 = dict(LANGS)
LANGS2.update({
    "da": {"s": "Træk {n} fra på begge sider", "a": "Læg {n} til på begge sider", "d": "Divider begge sider med {n}",
           "m": "Gang begge sider med {n}"},
    "pt": {"s": "Subtraímos {n} de ambos os lados", "a": "Somamos {n} a ambos os lados",
           "d": "Dividimos ambos os lados por {n}", "m": "Multiplicamos ambos os lados por {n}"},
    "pl": {"s": "Odejmujemy {n} od obu stron", "a": "Dodajemy {n} do obu stron", "d": "Dzielimy obie strony przez {n}",
           "m": "Mnożymy obie strony przez {n}"},
    "fi": {"s": "Vähennetään {n} molemmilta puolilta", "a": "Lisätään {n} molemmille puolille",
           "d": "Jaetaan molemmat puolet luvulla {n}", "m": "Kerrotaan molemmat puolet luvulla {n}"},
})
PAST2 = {
    "en1": lambda op, n: "(" + EN_PAST[op].format(n=n) + ")",
    "en2": lambda op, n: "We " + EN_PAST[op].format(n=n) + ".",
    "en3": lambda op, n: "↑ " + EN_PAST[op].format(n=n),
    "en4": lambda op, n: "(That step " + EN_PAST[op].format(n=n).replace("both sides", "each side") + ".)",
    "en5": lambda op, n: "Here we " + EN_PAST[op].format(n=n) + ".",
    "de": lambda op, n: "(" + {"s": "{n} auf beiden Seiten subtrahiert", "a": "{n} auf beiden Seiten addiert",
                              "d": "beide Seiten durch {n} geteilt", "m": "beide Seiten mit {n} multipliziert"}[op].format(n=n) + ")",
    "no": lambda op, n: "(" + {"s": "trakk fra {n} på begge sider", "a": "la til {n} på begge sider",
                              "d": "delte begge sider på {n}", "m": "ganget begge sider med {n}"}[op].format(n=n) + ")",
}


def r195_lines4(kind, p, v, mode, lang, wrong_at=None, wrong_n=None):
    eq, steps = r195_shape(kind, p, v)
    lines = []
    for i, (op, n, after) in enumerate(steps):
        nn = wrong_n if i == wrong_at else n
        if i != wrong_at and wrong_at is not None:
            lines.append(EN_BOTH[op].format(n=n) + ": " + after)
            continue
        if mode == "above1":
            lines += [LANGS2[lang][op].format(n=nn) + ".", after]
        elif mode == "above1colon":
            lines += [LANGS2[lang][op].format(n=nn) + ":", after]
        else:
            lines += [after, PAST2[lang](op, nn)]
    return eq, "\n".join(lines)


for kind in ("S0", "S1", "S2", "S3"):
    for mode, langs in (("above1", list(LANGS2)), ("above1colon", list(LANGS2)), ("below", list(PAST2))):
        for lang in langs:
            for rep in range(4):
                p = r195_params(kind, r195_rng, coincide=(rep % 2 == 1))
                v = r195_rng.choice(["x", "y", "n", "t"])
                eq, steps = r195_shape(kind, p, v)
                at = r195_rng.randrange(len(steps))
                n = steps[at][1]
                wn = r195_rng.choice([m for m in range(2, 13) if m != n])
                _, wtext = r195_lines4(kind, p, v, mode, lang, wrong_at=at, wrong_n=wn)
                _, rtext = r195_lines4(kind, p, v, mode, lang)
                prompt = r195_rng.choice(PROMPTS).format(v=v, eq=eq)
                r195_add("s4", "r195-single4-%s-%s" % (mode, lang), prompt, v, p["x"], [wtext, rtext], "single",
                         meta={"wrong": wtext, "right": rtext})
                # a pair: the base right in this layout, a variant whose scale or constant changed
                q = r195_vary(kind, p, r195_rng)
                eq_v, vtext = r195_lines4(kind, q, v, mode, lang)
                if eq_v != eq:
                    bid = r195_add("p4b", "r195-pair4-%s-%s" % (mode, lang), prompt, v, p["x"], [rtext], "pair")
                    vp = r195_rng.choice(PROMPTS).format(v=v, eq=eq_v)
                    r195_add("p4v", "r195-pair4-%s-%s" % (mode, lang), vp, v, q["x"], [rtext, vtext], "pair",
                             meta={"base": bid, "right": vtext, "stale": rtext})

# ------------------------------------------------------------------ keep / alone
R195_TRIED = set("""
d195-bb-3029
d195-bb-3034
d195-bb-3044
d195-bb-3054
d195-bb-3061
d195-bb-3065
d195-bb-3067
d195-bb-3069
d195-bb-3071
d195-bb-3075
d195-bb-3077
d195-bb-3079
d195-bb-3081
d195-bb-3089
d195-bb-3101
d195-bb-3251
d195-bb-3263
d195-bb-3277
d195-bb-3312
d195-bb-3318
d195-bb-3320
d195-bb-3323
d195-bb-3327
d195-bb-3329
d195-bb-3331
d195-bb-3333
d195-bb-3335
d195-bb-3337
d195-bb-3339
d195-bb-3341
d195-bb-3343
d195-bb-3345
d195-bb-3347
d195-bb-3349
d195-bb-3351
d195-bb-3353
d195-bb-3356
d195-bb-3359
d195-bb-3361
d195-bb-3363
d195-bb-3365
d195-bb-3367
d195-bb-3373
d195-bb-3404
d195-p4v-3423
d195-p4v-3431
d195-p4v-3462
d195-p4v-3464
d195-p4v-3478
d195-p4v-3488
d195-p4v-3500
d195-p4v-3504
d195-p4v-3532
d195-p4v-3575
d195-p4v-3577
d195-p4v-3674
d195-p4v-3691
d195-p4v-3780
d195-p4v-3786
d195-p4v-3803
d195-p4v-3812
d195-p4v-3842
d195-p4v-3846
d195-p4v-3852
d195-p4v-3855
d195-p4v-3912
d195-p4v-3926
d195-p4v-3929
d195-p4v-3952
d195-p4v-3954
d195-p4v-3966
d195-p4v-3973
d195-p4v-3980
d195-p4v-4002
d195-p4v-4043
d195-p4v-4079
d195-p4v-4092
d195-p4v-4102
d195-p4v-4128
d195-p4v-4131
d195-p4v-4139
d195-p4v-4146
d195-p4v-4177
d195-pb-1001
d195-pb-1010
d195-pb-1013
d195-pb-1039
d195-pb-1068
d195-pb-1091
d195-pb-1124
d195-pb-1130
d195-pb-1140
d195-pb-1148
d195-pb-1174
d195-pb-1200
d195-pb-1202
d195-pb-1216
d195-pb-1222
d195-pb-1281
d195-pb-1366
d195-pb-1378
d195-pb-1380
d195-pb-1383
d195-pb-1397
d195-pb-1418
d195-pb-1429
d195-pb-1480
d195-pb-1496
d195-pb-1526
d195-pb-1537
d195-pb-1568
d195-pb-1586
d195-pb-1646
d195-pb-1659
d195-pb-1681
d195-pb-1702
d195-pb-1756
d195-pb-1758
d195-pb-1825
d195-pb-1883
d195-pb-1904
d195-pb-1910
d195-pb-1918
d195-pb-1923
d195-pb-1933
d195-pb-1950
d195-pb-1997
d195-pb-2022
d195-pb-2027
d195-pb-2049
d195-pb-2074
d195-pb-2079
d195-pb-2127
d195-pb-2150
d195-pb-2159
d195-pb-2173
d195-pb-2183
d195-pb-2188
d195-pb-2199
d195-pb-2208
d195-pb-2229
d195-pb-2231
d195-pb-2235
d195-pb-2238
d195-pb-2245
d195-pb-2251
d195-pb-2256
d195-pb-2278
d195-pb-2283
d195-pb-2295
d195-pb-2324
d195-pb-2360
d195-pb-2379
d195-pb-2413
d195-pb-2430
d195-pb-2441
d195-pb-2486
d195-pb-2492
d195-pb-2517
d195-pb-2520
d195-pb-2522
d195-pb-2544
d195-pb-2547
d195-pb-2560
d195-pb-2561
d195-pb-2564
d195-pb-2566
d195-pb-2571
d195-pb-2575
d195-pb-2599
d195-pb-2603
d195-pb-2606
d195-pb-2618
d195-pb-2623
d195-pb-2639
d195-pb-2644
d195-pb-2662
d195-pb-2680
d195-pb-2692
d195-pb-2704
d195-pb-2709
d195-pb-2712
d195-pb-2724
d195-pb-2726
d195-pb-2733
d195-pb-2743
d195-pb-2745
d195-pb-2747
d195-pb-2755
d195-pb-2771
d195-pb-2785
d195-pb-2815
d195-pb-2820
d195-pb-2835
d195-pb-2842
d195-pb-2889
d195-pb-2904
d195-pb-2915
d195-pb-2917
d195-pb-2925
d195-pb-2929
d195-pb-2939
d195-pb-2944
d195-pb-2953
d195-pb-2966
d195-pb-902
d195-pb-904
d195-pb-913
d195-pb-930
d195-pb-935
d195-pb-951
d195-pb-959
d195-pb-967
d195-pv-1002
d195-pv-1014
d195-pv-1040
d195-pv-1125
d195-pv-1131
d195-pv-1141
d195-pv-1168
d195-pv-1175
d195-pv-1203
d195-pv-1223
d195-pv-1282
d195-pv-1312
d195-pv-1343
d195-pv-1352
d195-pv-1358
d195-pv-1379
d195-pv-1387
d195-pv-1428
d195-pv-1481
d195-pv-1516
d195-pv-1527
d195-pv-1544
d195-pv-1569
d195-pv-1587
d195-pv-1650
d195-pv-1660
d195-pv-1682
d195-pv-1815
d195-pv-1826
d195-pv-1882
d195-pv-1884
d195-pv-1901
d195-pv-1905
d195-pv-1911
d195-pv-1914
d195-pv-1924
d195-pv-1934
d195-pv-1980
d195-pv-2016
d195-pv-2048
d195-pv-2075
d195-pv-2101
d195-pv-2106
d195-pv-2128
d195-pv-2141
d195-pv-2151
d195-pv-2160
d195-pv-2174
d195-pv-2179
d195-pv-2184
d195-pv-2200
d195-pv-2220
d195-pv-2230
d195-pv-2232
d195-pv-2236
d195-pv-2239
d195-pv-2246
d195-pv-2252
d195-pv-2257
d195-pv-2279
d195-pv-2296
d195-pv-2325
d195-pv-2356
d195-pv-2361
d195-pv-2375
d195-pv-2380
d195-pv-2381
d195-pv-2414
d195-pv-2427
d195-pv-2437
d195-pv-2442
d195-pv-2487
d195-pv-2493
d195-pv-2518
d195-pv-2521
d195-pv-2523
d195-pv-2545
d195-pv-2562
d195-pv-2567
d195-pv-2572
d195-pv-2574
d195-pv-2581
d195-pv-2604
d195-pv-2607
d195-pv-2619
d195-pv-2635
d195-pv-2640
d195-pv-2678
d195-pv-2687
d195-pv-2694
d195-pv-2695
d195-pv-2701
d195-pv-2705
d195-pv-2710
d195-pv-2725
d195-pv-2727
d195-pv-2739
d195-pv-2742
d195-pv-2748
d195-pv-2770
d195-pv-2781
d195-pv-2816
d195-pv-2821
d195-pv-2827
d195-pv-2836
d195-pv-2838
d195-pv-2871
d195-pv-2899
d195-pv-2921
d195-pv-2926
d195-pv-2930
d195-pv-2956
d195-pv-903
d195-pv-905
d195-pv-931
d195-pv-968
d195-s-157
d195-s-158
d195-s-159
d195-s-160
d195-s-169
d195-s-170
d195-s-173
d195-s-180
d195-s-182
d195-s-183
d195-s-185
d195-s-186
d195-s-189
d195-s-195
d195-s-200
d195-s-203
d195-s-206
d195-s-208
d195-s-215
d195-s-216
d195-s-217
d195-s-219
d195-s-223
d195-s-224
d195-s-226
d195-s-228
d195-s-230
d195-s-396
d195-s-421
d195-s-426
d195-s-432
d195-s-436
d195-s-440
d195-s-446
d195-s-447
d195-s-450
d195-s-451
d195-s-453
d195-s-455
d195-s-457
d195-s-459
d195-s-467
d195-s-468
d195-s-469
d195-s-612
d195-s-614
d195-s-622
d195-s-625
d195-s-626
d195-s-629
d195-s-631
d195-s-638
d195-s-639
d195-s-641
d195-s-642
d195-s-645
d195-s-647
d195-s-649
d195-s-650
d195-s-653
d195-s-656
d195-s-660
d195-s-666
d195-s-669
d195-s-678
d195-s-680
d195-s-682
d195-s-685
d195-s-688
d195-s-695
d195-s-697
d195-s-699
d195-s-701
d195-s-703
d195-s-793
d195-s-826
d195-s-827
d195-s-829
d195-s-839
d195-s-840
d195-s-842
d195-s-856
d195-s-866
d195-s-867
d195-s-868
d195-s-869
d195-s-870
d195-s-874
d195-s-875
d195-s-877
d195-s-884
d195-s-885
d195-s-887
d195-s-888
d195-s-889
d195-s-890
d195-s-891
d195-s-892
d195-s-895
d195-s-896
d195-s-898
d195-s4-3414
d195-s4-3420
d195-s4-3428
d195-s4-3430
d195-s4-3436
d195-s4-3454
d195-s4-3456
d195-s4-3459
d195-s4-3461
d195-s4-3463
d195-s4-3468
d195-s4-3472
d195-s4-3475
d195-s4-3477
d195-s4-3479
d195-s4-3485
d195-s4-3487
d195-s4-3495
d195-s4-3499
d195-s4-3505
d195-s4-3513
d195-s4-3517
d195-s4-3519
d195-s4-3526
d195-s4-3529
d195-s4-3531
d195-s4-3534
d195-s4-3536
d195-s4-3540
d195-s4-3545
d195-s4-3550
d195-s4-3552
d195-s4-3554
d195-s4-3556
d195-s4-3558
d195-s4-3564
d195-s4-3580
d195-s4-3581
d195-s4-3615
d195-s4-3625
d195-s4-3626
d195-s4-3630
d195-s4-3633
d195-s4-3643
d195-s4-3646
d195-s4-3651
d195-s4-3661
d195-s4-3669
d195-s4-3673
d195-s4-3675
d195-s4-3684
d195-s4-3688
d195-s4-3690
d195-s4-3692
d195-s4-3693
d195-s4-3695
d195-s4-3697
d195-s4-3710
d195-s4-3712
d195-s4-3715
d195-s4-3730
d195-s4-3732
d195-s4-3734
d195-s4-3741
d195-s4-3746
d195-s4-3754
d195-s4-3756
d195-s4-3775
d195-s4-3777
d195-s4-3792
d195-s4-3802
d195-s4-3804
d195-s4-3806
d195-s4-3808
d195-s4-3811
d195-s4-3813
d195-s4-3816
d195-s4-3819
d195-s4-3822
d195-s4-3834
d195-s4-3837
d195-s4-3839
d195-s4-3841
d195-s4-3843
d195-s4-3845
d195-s4-3847
d195-s4-3849
d195-s4-3851
d195-s4-3854
d195-s4-3856
d195-s4-3858
d195-s4-3860
d195-s4-3864
d195-s4-3870
d195-s4-3872
d195-s4-3874
d195-s4-3876
d195-s4-3891
d195-s4-3893
d195-s4-3896
d195-s4-3901
d195-s4-3903
d195-s4-3905
d195-s4-3910
d195-s4-3913
d195-s4-3915
d195-s4-3917
d195-s4-3921
d195-s4-3925
d195-s4-3928
d195-s4-3930
d195-s4-3934
d195-s4-3936
d195-s4-3938
d195-s4-3940
d195-s4-3942
d195-s4-3946
d195-s4-3948
d195-s4-3953
d195-s4-3955
d195-s4-3971
d195-s4-3979
d195-s4-4001
d195-s4-4005
d195-s4-4007
d195-s4-4011
d195-s4-4015
d195-s4-4023
d195-s4-4025
d195-s4-4027
d195-s4-4029
d195-s4-4035
d195-s4-4039
d195-s4-4042
d195-s4-4046
d195-s4-4048
d195-s4-4052
d195-s4-4056
d195-s4-4061
d195-s4-4065
d195-s4-4069
d195-s4-4071
d195-s4-4076
d195-s4-4084
d195-s4-4088
d195-s4-4090
d195-s4-4093
d195-s4-4095
d195-s4-4097
d195-s4-4099
d195-s4-4106
d195-s4-4109
d195-s4-4113
d195-s4-4119
d195-s4-4120
d195-s4-4127
d195-s4-4133
d195-s4-4135
d195-s4-4138
d195-s4-4140
d195-s4-4141
d195-s4-4143
d195-s4-4148
d195-s4-4150
d195-s4-4157
d195-s4-4168
d195-sf-1126
d195-sf-1142
d195-sf-1149
d195-sf-1211
d195-sf-1385
d195-sf-1648
d195-sf-1683
d195-sf-1704
d195-sf-1760
d195-sf-1935
d195-sf-2068
d195-sf-2089
d195-sf-2519
d195-sf-2546
d195-sf-2563
d195-sf-2568
d195-sf-2605
d195-sf-2608
d195-sf-2666
d195-sf-2669
d195-sf-2693
d195-sf-2696
d195-sf-2699
d195-sf-2711
d195-sf-2714
d195-sf-2749
d195-sf-2773
d195-sf-2822
d195-sf-2825
d195-sf-2844
d195-sf-2927
d195-sf-3022
d195-sf-906
d195-sf-932
d195-sf-953
""".split())
R195_TRIED_PAST = set("""
d195-pv-1775
d195-pv-2025
d195-s-135
d195-s-136
d195-s-20
d195-s-253
d195-s-274
d195-s-275
d195-s-371
d195-s-488
d195-s-489
d195-s-526
d195-s-527
d195-s-544
d195-s-545
d195-s-561
d195-s-562
d195-s-581
d195-s-582
d195-s-603
d195-s-722
d195-s-723
d195-s-743
d195-s4-3783
""".split())
R195_TRIED_ARGUABLE = set("""
d195-bv-3041
d195-bv-3043
d195-bv-3058
d195-bv-3060
d195-bv-3078
d195-bv-3080
d195-bv-3100
d195-bv-3136
d195-bv-3138
d195-bv-3155
d195-bv-3157
d195-bv-3175
d195-bv-3177
d195-bv-3233
d195-bv-3235
d195-bv-3252
d195-bv-3254
d195-bv-3271
d195-bv-3273
d195-bv-3328
d195-bv-3330
d195-bv-3348
d195-bv-3350
d195-bv-3366
d195-bv-3368
""".split())
# Confirmed alone (R195_ALONE=1 on a fresh store, run 2): what the scorer (with this round's reader of other languages and
# percents) flagged from the cache, the stored past-tense mistakes (the scorer does not read them), and the arguable ones.
R195_CONFIRMED = set("""
d195-bb-3029
d195-bb-3034
d195-bb-3040
d195-bb-3042
d195-bb-3044
d195-bb-3054
d195-bb-3057
d195-bb-3059
d195-bb-3061
d195-bb-3065
d195-bb-3067
d195-bb-3069
d195-bb-3071
d195-bb-3075
d195-bb-3077
d195-bb-3079
d195-bb-3081
d195-bb-3089
d195-bb-3101
d195-bb-3135
d195-bb-3137
d195-bb-3154
d195-bb-3156
d195-bb-3174
d195-bb-3176
d195-bb-3232
d195-bb-3234
d195-bb-3247
d195-bb-3251
d195-bb-3263
d195-bb-3272
d195-bb-3277
d195-bb-3312
d195-bb-3318
d195-bb-3320
d195-bb-3323
d195-bb-3327
d195-bb-3329
d195-bb-3331
d195-bb-3333
d195-bb-3335
d195-bb-3337
d195-bb-3339
d195-bb-3341
d195-bb-3343
d195-bb-3345
d195-bb-3347
d195-bb-3349
d195-bb-3351
d195-bb-3353
d195-bb-3356
d195-bb-3359
d195-bb-3361
d195-bb-3363
d195-bb-3365
d195-bb-3367
d195-bb-3373
d195-bb-3404
d195-p4v-3423
d195-p4v-3431
d195-p4v-3462
d195-p4v-3464
d195-p4v-3478
d195-p4v-3488
d195-p4v-3500
d195-p4v-3504
d195-p4v-3532
d195-p4v-3575
d195-p4v-3577
d195-p4v-3674
d195-p4v-3691
d195-p4v-3780
d195-p4v-3786
d195-p4v-3803
d195-p4v-3812
d195-p4v-3842
d195-p4v-3846
d195-p4v-3852
d195-p4v-3855
d195-p4v-3912
d195-p4v-3926
d195-p4v-3929
d195-p4v-3952
d195-p4v-3954
d195-p4v-3966
d195-p4v-3973
d195-p4v-3980
d195-p4v-4002
d195-p4v-4043
d195-p4v-4079
d195-p4v-4092
d195-p4v-4102
d195-p4v-4128
d195-p4v-4131
d195-p4v-4139
d195-p4v-4146
d195-p4v-4177
d195-pb-1001
d195-pb-1010
d195-pb-1013
d195-pb-1039
d195-pb-1068
d195-pb-1091
d195-pb-1124
d195-pb-1130
d195-pb-1140
d195-pb-1148
d195-pb-1174
d195-pb-1200
d195-pb-1202
d195-pb-1216
d195-pb-1222
d195-pb-1281
d195-pb-1366
d195-pb-1378
d195-pb-1380
d195-pb-1383
d195-pb-1397
d195-pb-1418
d195-pb-1429
d195-pb-1480
d195-pb-1496
d195-pb-1526
d195-pb-1537
d195-pb-1568
d195-pb-1586
d195-pb-1646
d195-pb-1659
d195-pb-1681
d195-pb-1702
d195-pb-1756
d195-pb-1758
d195-pb-1825
d195-pb-1883
d195-pb-1904
d195-pb-1918
d195-pb-1923
d195-pb-1933
d195-pb-1950
d195-pb-1997
d195-pb-2022
d195-pb-2024
d195-pb-2027
d195-pb-2049
d195-pb-2074
d195-pb-2079
d195-pb-2127
d195-pb-2159
d195-pb-2173
d195-pb-2183
d195-pb-2188
d195-pb-2199
d195-pb-2208
d195-pb-2229
d195-pb-2231
d195-pb-2235
d195-pb-2238
d195-pb-2245
d195-pb-2251
d195-pb-2256
d195-pb-2278
d195-pb-2283
d195-pb-2295
d195-pb-2324
d195-pb-2379
d195-pb-2413
d195-pb-2430
d195-pb-2441
d195-pb-2486
d195-pb-2492
d195-pb-2517
d195-pb-2539
d195-pb-2544
d195-pb-2547
d195-pb-2561
d195-pb-2564
d195-pb-2566
d195-pb-2571
d195-pb-2575
d195-pb-2599
d195-pb-2603
d195-pb-2606
d195-pb-2618
d195-pb-2623
d195-pb-2639
d195-pb-2644
d195-pb-2662
d195-pb-2680
d195-pb-2692
d195-pb-2700
d195-pb-2704
d195-pb-2709
d195-pb-2712
d195-pb-2724
d195-pb-2726
d195-pb-2733
d195-pb-2741
d195-pb-2743
d195-pb-2745
d195-pb-2747
d195-pb-2755
d195-pb-2785
d195-pb-2815
d195-pb-2820
d195-pb-2823
d195-pb-2835
d195-pb-2842
d195-pb-2889
d195-pb-2904
d195-pb-2915
d195-pb-2917
d195-pb-2925
d195-pb-2929
d195-pb-2939
d195-pb-2944
d195-pb-2953
d195-pb-2966
d195-pb-902
d195-pb-904
d195-pb-913
d195-pb-930
d195-pb-935
d195-pb-951
d195-pb-959
d195-pb-967
d195-pv-1002
d195-pv-1014
d195-pv-1040
d195-pv-1125
d195-pv-1131
d195-pv-1141
d195-pv-1168
d195-pv-1175
d195-pv-1203
d195-pv-1223
d195-pv-1282
d195-pv-1312
d195-pv-1343
d195-pv-1352
d195-pv-1358
d195-pv-1379
d195-pv-1387
d195-pv-1428
d195-pv-1481
d195-pv-1516
d195-pv-1527
d195-pv-1544
d195-pv-1569
d195-pv-1587
d195-pv-1650
d195-pv-1660
d195-pv-1682
d195-pv-1775
d195-pv-1815
d195-pv-1826
d195-pv-1882
d195-pv-1884
d195-pv-1901
d195-pv-1905
d195-pv-1911
d195-pv-1914
d195-pv-1924
d195-pv-1934
d195-pv-1980
d195-pv-2016
d195-pv-2025
d195-pv-2048
d195-pv-2075
d195-pv-2101
d195-pv-2106
d195-pv-2128
d195-pv-2141
d195-pv-2151
d195-pv-2160
d195-pv-2174
d195-pv-2179
d195-pv-2184
d195-pv-2200
d195-pv-2220
d195-pv-2230
d195-pv-2232
d195-pv-2236
d195-pv-2239
d195-pv-2246
d195-pv-2252
d195-pv-2257
d195-pv-2279
d195-pv-2296
d195-pv-2325
d195-pv-2356
d195-pv-2361
d195-pv-2375
d195-pv-2380
d195-pv-2381
d195-pv-2414
d195-pv-2427
d195-pv-2437
d195-pv-2442
d195-pv-2487
d195-pv-2493
d195-pv-2518
d195-pv-2521
d195-pv-2545
d195-pv-2562
d195-pv-2567
d195-pv-2572
d195-pv-2574
d195-pv-2581
d195-pv-2607
d195-pv-2619
d195-pv-2635
d195-pv-2640
d195-pv-2678
d195-pv-2687
d195-pv-2694
d195-pv-2695
d195-pv-2701
d195-pv-2705
d195-pv-2710
d195-pv-2725
d195-pv-2727
d195-pv-2739
d195-pv-2742
d195-pv-2748
d195-pv-2770
d195-pv-2781
d195-pv-2816
d195-pv-2821
d195-pv-2827
d195-pv-2836
d195-pv-2838
d195-pv-2871
d195-pv-2899
d195-pv-2921
d195-pv-2926
d195-pv-2930
d195-pv-2956
d195-pv-903
d195-pv-905
d195-pv-931
d195-pv-968
d195-s-157
d195-s-158
d195-s-159
d195-s-160
d195-s-169
d195-s-170
d195-s-173
d195-s-180
d195-s-182
d195-s-183
d195-s-185
d195-s-186
d195-s-189
d195-s-195
d195-s-200
d195-s-203
d195-s-206
d195-s-208
d195-s-215
d195-s-216
d195-s-217
d195-s-219
d195-s-223
d195-s-224
d195-s-226
d195-s-228
d195-s-230
d195-s-396
d195-s-421
d195-s-426
d195-s-432
d195-s-436
d195-s-440
d195-s-446
d195-s-447
d195-s-450
d195-s-451
d195-s-453
d195-s-455
d195-s-457
d195-s-459
d195-s-467
d195-s-468
d195-s-469
d195-s-612
d195-s-614
d195-s-622
d195-s-625
d195-s-626
d195-s-629
d195-s-631
d195-s-638
d195-s-639
d195-s-641
d195-s-642
d195-s-645
d195-s-647
d195-s-649
d195-s-650
d195-s-653
d195-s-656
d195-s-660
d195-s-666
d195-s-669
d195-s-678
d195-s-680
d195-s-682
d195-s-685
d195-s-688
d195-s-695
d195-s-697
d195-s-699
d195-s-701
d195-s-703
d195-s-793
d195-s-826
d195-s-829
d195-s-839
d195-s-840
d195-s-842
d195-s-856
d195-s-866
d195-s-867
d195-s-868
d195-s-869
d195-s-870
d195-s-874
d195-s-875
d195-s-877
d195-s-884
d195-s-885
d195-s-887
d195-s-888
d195-s-889
d195-s-890
d195-s-891
d195-s-892
d195-s-896
d195-s-898
d195-s4-3414
d195-s4-3420
d195-s4-3428
d195-s4-3430
d195-s4-3436
d195-s4-3454
d195-s4-3456
d195-s4-3459
d195-s4-3461
d195-s4-3463
d195-s4-3468
d195-s4-3472
d195-s4-3475
d195-s4-3477
d195-s4-3479
d195-s4-3485
d195-s4-3487
d195-s4-3495
d195-s4-3499
d195-s4-3505
d195-s4-3513
d195-s4-3517
d195-s4-3519
d195-s4-3526
d195-s4-3529
d195-s4-3531
d195-s4-3534
d195-s4-3536
d195-s4-3540
d195-s4-3545
d195-s4-3550
d195-s4-3552
d195-s4-3554
d195-s4-3556
d195-s4-3558
d195-s4-3564
d195-s4-3580
d195-s4-3581
d195-s4-3615
d195-s4-3625
d195-s4-3626
d195-s4-3630
d195-s4-3633
d195-s4-3643
d195-s4-3646
d195-s4-3651
d195-s4-3661
d195-s4-3669
d195-s4-3673
d195-s4-3675
d195-s4-3684
d195-s4-3688
d195-s4-3690
d195-s4-3692
d195-s4-3693
d195-s4-3695
d195-s4-3697
d195-s4-3710
d195-s4-3712
d195-s4-3715
d195-s4-3730
d195-s4-3732
d195-s4-3734
d195-s4-3741
d195-s4-3746
d195-s4-3754
d195-s4-3756
d195-s4-3775
d195-s4-3777
d195-s4-3783
d195-s4-3792
d195-s4-3802
d195-s4-3804
d195-s4-3806
d195-s4-3808
d195-s4-3811
d195-s4-3813
d195-s4-3816
d195-s4-3819
d195-s4-3822
d195-s4-3834
d195-s4-3837
d195-s4-3839
d195-s4-3841
d195-s4-3843
d195-s4-3845
d195-s4-3847
d195-s4-3849
d195-s4-3851
d195-s4-3854
d195-s4-3856
d195-s4-3858
d195-s4-3860
d195-s4-3864
d195-s4-3870
d195-s4-3872
d195-s4-3874
d195-s4-3876
d195-s4-3891
d195-s4-3893
d195-s4-3896
d195-s4-3901
d195-s4-3903
d195-s4-3905
d195-s4-3910
d195-s4-3913
d195-s4-3915
d195-s4-3917
d195-s4-3921
d195-s4-3925
d195-s4-3928
d195-s4-3930
d195-s4-3934
d195-s4-3936
d195-s4-3938
d195-s4-3940
d195-s4-3942
d195-s4-3946
d195-s4-3948
d195-s4-3953
d195-s4-3955
d195-s4-3971
d195-s4-3979
d195-s4-4001
d195-s4-4005
d195-s4-4007
d195-s4-4011
d195-s4-4015
d195-s4-4023
d195-s4-4025
d195-s4-4027
d195-s4-4029
d195-s4-4035
d195-s4-4039
d195-s4-4042
d195-s4-4046
d195-s4-4048
d195-s4-4052
d195-s4-4056
d195-s4-4061
d195-s4-4065
d195-s4-4069
d195-s4-4071
d195-s4-4076
d195-s4-4084
d195-s4-4088
d195-s4-4090
d195-s4-4093
d195-s4-4095
d195-s4-4097
d195-s4-4099
d195-s4-4106
d195-s4-4109
d195-s4-4113
d195-s4-4119
d195-s4-4120
d195-s4-4127
d195-s4-4133
d195-s4-4135
d195-s4-4138
d195-s4-4140
d195-s4-4141
d195-s4-4143
d195-s4-4148
d195-s4-4150
d195-s4-4157
d195-s4-4168
d195-sf-1126
d195-sf-1142
d195-sf-1149
d195-sf-1211
d195-sf-1385
d195-sf-1648
d195-sf-1683
d195-sf-1704
d195-sf-1760
d195-sf-1935
d195-sf-2068
d195-sf-2089
d195-sf-2519
d195-sf-2546
d195-sf-2563
d195-sf-2568
d195-sf-2605
d195-sf-2608
d195-sf-2666
d195-sf-2669
d195-sf-2693
d195-sf-2696
d195-sf-2699
d195-sf-2711
d195-sf-2714
d195-sf-2749
d195-sf-2773
d195-sf-2822
d195-sf-2825
d195-sf-2844
d195-sf-2927
d195-sf-3022
d195-sf-906
d195-sf-932
d195-sf-953
""".split())
R195_CONFIRMED_PAST = set("""
d195-s-135
d195-s-136
d195-s-20
d195-s-253
d195-s-274
d195-s-275
d195-s-371
d195-s-488
d195-s-489
d195-s-526
d195-s-527
d195-s-544
d195-s-545
d195-s-561
d195-s-562
d195-s-582
d195-s-603
d195-s-722
d195-s-723
d195-s-743
""".split())
R195_ARGUABLE = set("""
d195-bv-3041
d195-bv-3043
d195-bv-3058
d195-bv-3060
d195-bv-3078
d195-bv-3080
d195-bv-3100
d195-bv-3136
d195-bv-3138
d195-bv-3155
d195-bv-3157
d195-bv-3175
d195-bv-3177
d195-bv-3233
d195-bv-3235
d195-bv-3252
d195-bv-3254
d195-bv-3271
d195-bv-3273
d195-bv-3328
d195-bv-3330
d195-bv-3348
d195-bv-3350
d195-bv-3366
d195-bv-3368
""".split())
r195_found_alone |= R195_CONFIRMED | R195_CONFIRMED_PAST | R195_ARGUABLE
r195_arguable |= R195_ARGUABLE
# Trimmed for ctest (probe_kit.sample_round), stop 46: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r195_keep = set(r195_found_alone) | {r195_meta[r195_i]["base"] for r195_i in r195_found_alone
                                     if r195_meta.get(r195_i, {}).get("base")}
from probe_kit import sample_round as r195_sample_round  # noqa: E402

r195_sample_round("d195-", r195_keep, 30, safe_every=10)
P[:] = [r195_p for r195_p in P if r195_p["id"] not in r195_arguable]

if __name__ == "__main__":
    print(r195_counts, len(r195_meta))
