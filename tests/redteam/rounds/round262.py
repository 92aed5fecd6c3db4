r"""Red-team round 262 (black box): THE FORM AN EQUATION'S ANSWER IS ASKED IN, AND FINAL-ANSWER SLIPS.
Focus: a linear-equation request that solves the same equation as a stored one but asks the final answer in another
  form (a decimal, a percentage, a mixed number, rounded to n places or a whole number, 3 significant figures,
  scientific notation, words, Roman numerals, \boxed{}, the bare number without "x =", one line, a unit, simplified,
  no fractions / no decimals / no LaTeX) or asks something besides the solution (2x + 1, 1/x, -x, even or odd, is it
  an integer, the integer part, the floor, the numerator, x times 100); the answer alone or the working asked in
  request words; and the model's final-answer slips (a right working whose last line disagrees: "Answer: 0.57" under
  x = 3/4, "x = 7/3 = 2.34", a dropped sign on the last line only, the last line in another variable or restating the
  equation, two final answers, "Final Answer: The final answer is $0.57$. I hope it is correct.", "#### 0.57",
  "= 0.57" on its own line, "x = 3/4 = 75"), once or sticky, each followed by safe repeats. Twelve parts, all seeded
  random.Random(262):
  (a) 26 plain bases with up to 11 form variants each and their form worded otherwise (d262-a*);
  (b) 16 bases asked in one form, then 5 other forms (d262-b*); (c) 24 Markdown/LaTeX bases with 5 forms (d262-c*);
  (d) 30 single requests with two final-answer slips each and a form request with a form slip, each with safe
      repeats (d262-d*); (e) 40 plain bases, each asked again for the answer alone in 8 of 26 wordings ("Bare number
      only.", "Respond with a number and nothing else.", "Keep it to a single line.", "Final answer only.") (d262-e*);
  (f) 36 bases asked for another value in words the form lists may miss ("Truncate", "Drop the fractional part",
      "as a float", "numerically", "Estimate", "in binary") (d262-f*); (g) 12 x 4 bases (fraction, decimal, LaTeX,
      unreduced) asked "No fractions.", "No decimals.", "No LaTeX.", "Simplify" (d262-g*); (h) 40 singles with one
      more slip shape each and safe repeats (d262-h*); (i) 24 bases asked the answer alone in 24 more wordings
      (d262-i*); (j) 24 one-line answers stored first ("Only the solution, please."), then the working asked
      (d262-j*); (k) 48 such bases, 12 of them a plain request ("What is y if 5y + 7 = 16?") the model answers in one
      line, then 5 of 14 requests for the working ("Solve step by step.", "Explain each step.", "Number the steps as
      Step 1, Step 2.", "One equation per line, each step shown.") (d262-k*); (l) 20 plain requests answered in one
      line, then a check or the working asked (d262-l*).
  2,963 probes, all linear_equation: 436 bases and singles, 378 safe. Fresh SQLite store, two passes. Paths: run 1
  skip 1,998 / patch 591 / reuse 374, run 2 skip 1,619 / patch 128 / reuse 1,216; safe on reuse 44/378 and 278/378.
  check.py reads the value only (0.75 is 3/4 to it): of its 9 wrong answers per run, 7 are judge errors (a right
  "Answer: 0.25" last line) and 2 are the model's first answer without the asked scientific notation, served fresh; the tester's own reader (a pattern per
  variant that its right answer's last line or whole text must match: "≈ 2.33", "75%", "\boxed", a bare number, one
  line, more than one line) judged every served answer, and the items below were read by hand.
HELD: every form whose word the checks list ("decimal", "percent", "mixed", "round", "significant", "words", "Roman",
  "metres", "boxed" with a backslash, "fraction", "decimals", "No"/"Not" beside the equation) ended in a clear error
  or a fresh answer in that form, never a stored one; another expression (2x + 1, 1/x, -x) was reused only from its
  own stored answer; "Simplify" / "lowest terms" never got the stored "x = 10/4"; "No LaTeX." never got the stored
  LaTeX working; a check asked ("Check the solution.", "Verify your answer.", "Show your steps and check your
  answer.") never got a stored one-line answer. Every final-answer slip of parts (d) and (h) was refused or replaced
  (no wrong value served, fresh or from the cache, in either run), and their 378 safe repeats were right.
WHAT GOT THROUGH (from the cache, alone - the 247 ids and their bases, 385 requests, fresh store, --runs 2: 228 ids
  reproduce on the reuse path, 19 more only on the patch path with the solver's working, counted fresh; every served
  value is right, the form the request asks is not):
 (A) CLEAR (110 ids): a one-line answer ("x = 20") stored - the model's answer to a plain request ("What is x if
     8x + 14 = 174?", 80 ids) or to one asking a single line ("Keep it to a single line.", "Show no steps.", "Only the
     solution, please.", 30 ids) - served from the cache to a request that asks for the working: "What is x if 8x +
     14 = 174? Solve step by step." -> "x = 20"; "What is k if 5k + 19 = 27? Explain it like a teacher would, step by
     step." -> "k = 8/5"; "Solve 6x - 9 = -14 for x. Number the steps as Step 1, Step 2." -> "x = -5/6"; "What is y
     if 2y - 3 = 9? One equation per line, each step shown." -> "y = 6".
 (B) CLEAR (100 ids) and ARGUABLE (18): a stored working served to a request that asks the answer alone: "What is
     x? 3x - 6 = -16 Bare number only." -> "3x - 6 = -16\n3x = -10\nx = -10/3" (right: -10/3); "Solve for x: 4x + 17
     = -27. Respond with a number and nothing else." -> the working (right: -11); "What is t? 6t - 2 = 118 Give just
     't = ...' and nothing else." -> the working (right: t = 20); "What is x? 2x - 14 = -7 Give only the number,
     without 'x ='." -> the working ending "x = 7/2". Arguable: "Final answer only.", "Just give the result.", "Only
     the solution, please.", "No working needed." (the working holds the answer), and "Give only the number, without
     'x ='" after "Show your steps." in the same request.
  Fresh (not from the cache): the exact solver's working ("Step 1: ... Step 5: x = 1.5") served for a request whose
  model answered in the asked form ("Bare number only." -> the model's "3/2" refused; "Also say whether t is even or
  odd."; "Write x in scientific notation."; "Drop the fractional part of m." -> "m = 17/7", right: 2; "Estimate y.");
  the model's first answer that ignores the form accepted ("Give k as a float." -> "k = 11/5"; "Approximately, what
  is t?" -> "t = -23/6"; "Don't show any steps." -> the working).

FIXED (stop 54): the form a request asks is read (the working, one line, the value alone, both) and the answer
must have it; a bare value passes for a request that asks for the value alone; the solver's fallback answers in the
form asked. check.py judges the form through each probe's `expect["form"]` (this round's own reading). The whole
round after the fixes: 0 in the wrong form from the cache; 49 fresh on the skip path (forms the checks do not read:
scientific notation, even or odd, estimates, "drop the fractional part"), left as known.
"""
from probe_kit import J, E, S, P  # noqa: F401

import random
import re
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

r262_rng = random.Random(262)
r262_meta = {}
r262_form_checks = {}  # id -> {"must": regex the right answer's last line (or text) matches, "where": "last"|"text"}
r262_seen_prompts = set()

R262_VARS = ["x", "x", "x", "y", "n", "t", "k", "m"]
R262_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen twenty").split()
R262_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
              11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI", 17: "XVII", 18: "XVIII", 19: "XIX",
              20: "XX"}


def r262_fr(f):
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def r262_dec(f, places=None):
    d = Decimal(f.numerator) / Decimal(f.denominator)
    if places is None:
        s = format(d.normalize(), "f")
        return s
    q = Decimal(1).scaleb(-places)
    return format(d.quantize(q, rounding=ROUND_HALF_UP), "f")


def r262_sig(f, n):
    d = Decimal(f.numerator) / Decimal(f.denominator)
    if d == 0:
        return "0"
    exp = d.adjusted()
    q = Decimal(1).scaleb(exp - n + 1)
    return format(d.quantize(q, rounding=ROUND_HALF_UP), "f")


def r262_terminating(f):
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def r262_mixed(f):
    sign = "-" if f < 0 else ""
    a = abs(f)
    whole = a.numerator // a.denominator
    rest = a - whole
    return "%s%d %s" % (sign, whole, r262_fr(rest))


def r262_sci(f):
    d = Decimal(f.numerator) / Decimal(f.denominator)
    exp = d.adjusted()
    mant = (d.scaleb(-exp)).normalize()
    return "%s × 10^%d" % (format(mant, "f"), exp)


def r262_words_int(v):
    if v < 0:
        return "negative " + R262_WORDS[-v]
    return R262_WORDS[v]


def r262_eq_text(a, b, c, v):
    left = ("%d%s" % (a, v)) if a != 1 else v
    if b > 0:
        left += " + %d" % b
    elif b < 0:
        left += " - %d" % (-b)
    return "%s = %d" % (left, c)


def r262_make_eq(kind):
    """kind: 'int', 'term' (terminating decimal), 'rep' (repeating decimal)."""
    v = r262_rng.choice(R262_VARS)
    if kind == "int":
        sol = Fraction(r262_rng.choice([i for i in range(-15, 21) if i not in (0, 1)]))
        a = r262_rng.randint(2, 9)
    else:
        q = r262_rng.choice([2, 4, 5, 8] if kind == "term" else [3, 6, 7, 9, 11])
        while True:
            p = r262_rng.randint(-4 * q, 5 * q)
            if p != 0 and Fraction(p, q).denominator == q:
                break
        sol = Fraction(p, q)
        a = q * r262_rng.choice([1, 1, 2]) if q * 2 <= 16 else q
    b = r262_rng.choice([i for i in range(-19, 20) if i != 0])
    k = a * sol
    assert k.denominator == 1
    k = int(k)
    c = k + b
    return {"v": v, "a": a, "b": b, "c": c, "k": k, "sol": sol, "eq": r262_eq_text(a, b, c, v)}


def r262_working(e, final=None, notation=None):
    """The model's plain working: the equation, the move, the division, then `final` (default "v = sol")."""
    v, a, b, k = e["v"], e["a"], e["b"], e["k"]
    lines = [e["eq"], "%d%s = %d" % (a, v, k)]
    if final is None:
        final = "%s = %s" % (v, r262_fr(e["sol"]))
    if notation == "markdown":
        lines = ["**Step 1:** %s" % ("Subtract %d from both sides" % b if b > 0 else "Add %d to both sides" % (-b)),
                 "$$%d%s = %d$$" % (a, v, k),
                 "**Step 2:** Divide both sides by %d" % a]
        fin = final if isinstance(final, str) else ""
        return "\n".join(lines + [fin])
    if isinstance(final, list):
        return "\n".join(lines + final)
    return "\n".join(lines + [final])


R262_BASE_TEMPLATES = [
    "Solve for {v}: {eq}.",
    "Solve {eq} for {v}.",
    "Find {v} if {eq}. Show your steps.",
    "Solve the equation {eq}. Show your work.",
    "What is {v}? {eq}",
]

# Form variants: (tag, suffix templates (first is the variant, the rest its safe rewordings), applicable kinds,
#                 builder(e) -> (final lines list, must regex on last line, judge note))


def r262_forms(e):
    v, s = e["v"], e["sol"]
    fs = r262_fr(s)
    out = []
    integer = s.denominator == 1
    if r262_terminating(s) and not integer:
        dec = r262_dec(s)
        out.append(("dec", ["Give the answer as a decimal.", "Write {v} in decimal form.", "Answer with a decimal number.",
                            "Express {v} as a decimal.", "Give {v} as a decimal (not a fraction).",
                            "Gib {v} als Dezimalzahl an.", "Oppgi {v} som desimaltall.", "Donne {v} en nombre décimal."],
                    ["%s = %s" % (v, dec)], r"=\s*%s\s*$" % re.escape(dec)))
        out.append(("pct", ["Express your answer as a percentage.", "Give {v} in percent.", "Write {v} as a percent.",
                            "Answer as a %.", "Give {v} as a per cent value."],
                    ["%s = %s = %s%%" % (v, dec, r262_dec(s * 100))], r"%s\s*%%" % re.escape(r262_dec(s * 100))))
        out.append(("sci", ["Write {v} in scientific notation.", "Give {v} in standard form (a × 10^n).",
                            "Express the answer in scientific notation."],
                    ["%s = %s = %s" % (v, dec, r262_sci(s))], r"10\^"))
        out.append(("sf3", ["Give the answer to 3 significant figures.", "Round {v} to 3 s.f.", "Answer to three sig figs."],
                    ["%s = %s = %s" % (v, dec, r262_sig(s, 3))], r"%s\s*$" % re.escape(r262_sig(s, 3))))
        if len(dec.split(".")[1]) >= 2:
            one = r262_dec(s, 1)
            if Fraction(one) != s and abs(s * 100) % 10 != 5:
                out.append(("dp1", ["Round {v} to one decimal place.", "Give {v} to 1 d.p.", "Answer to the nearest tenth.",
                                    "Give {v} (1 dp).", "Runde {v} auf eine Nachkommastelle."],
                            ["%s = %s ≈ %s" % (v, fs, one)], r"≈\s*%s\s*$" % re.escape(one)))
    if not integer:
        if abs(s) > 1:
            out.append(("mix", ["Give the answer as a mixed number.", "Write {v} as a mixed fraction.",
                                "Express {v} as a mixed numeral.", "Skriv {v} som blandet tall."],
                        ["%s = %s = %s" % (v, fs, r262_mixed(s))], r"%s\s*$" % re.escape(r262_mixed(s))))
        near = int((abs(s) + Fraction(1, 2)).__floor__()) * (1 if s > 0 else -1)
        if (abs(s) * 2).denominator != 1:
            out.append(("int", ["Round {v} to the nearest whole number.", "Give {v} rounded to the nearest integer.",
                                "Round the answer to a whole number.", "Give {v} to the nearest unit.",
                                "Runde {v} auf eine ganze Zahl."],
                        ["%s = %s ≈ %d" % (v, fs, near)], r"≈\s*%d\s*$" % near))
        if not r262_terminating(s):
            two = r262_dec(s, 2)
            out.append(("dp2", ["Give the answer rounded to 2 decimal places.", "Round {v} to two decimal places.",
                                "Give {v} to 2 d.p.", "Answer to the nearest hundredth.", "Give {v} (2dp).",
                                "Give {v} as a decimal, rounded to 2 places."],
                        ["%s = %s ≈ %s" % (v, fs, two)], r"≈\s*%s\s*$" % re.escape(two)))
            three = r262_sig(s, 3)
            out.append(("sf3", ["Give the answer to 3 significant figures.", "Round {v} to 3 s.f.", "Answer to three sig figs."],
                        ["%s = %s ≈ %s" % (v, fs, three)], r"≈\s*%s\s*$" % re.escape(three)))
    else:
        n = int(s)
        if -20 <= n <= 20:
            out.append(("wrd", ["Write the answer in words.", "Give {v} spelled out in words.", "Answer in words, not digits.",
                                "Write {v} out in English words."],
                        ["%s = %d" % (v, n), "%s is %s." % (v, r262_words_int(n))],
                        r"\b%s\b" % r262_words_int(n)))
        if 1 <= n <= 20:
            out.append(("rom", ["Give the answer in Roman numerals.", "Write {v} as a Roman numeral."],
                        ["%s = %d = %s" % (v, n, R262_ROMAN[n])], r"\b%s\s*$" % R262_ROMAN[n]))
        out.append(("dp2i", ["Give the answer to 2 decimal places.", "Write {v} with two decimal places.", "Give {v} to 2 d.p."],
                    ["%s = %d.00" % (v, n)], r"=\s*-?\d+\.00\s*$"))
        out.append(("pcti", ["Express your answer as a percentage.", "Give {v} in percent."],
                    ["%s = %d = %d%%" % (v, n, n * 100)], r"%d\s*%%" % (n * 100)))
        out.append(("par", ["Also say whether {v} is even or odd.", "Then state whether the solution is odd or even."],
                    ["%s = %d" % (v, n), "%d is %s." % (n, "even" if n % 2 == 0 else "odd")],
                    r"\b%s\b" % ("even" if n % 2 == 0 else "odd")))
    # whatever the value
    out.append(("box", ["Put your final answer in \\boxed{{}}.", "Box the final answer.", "Give the final answer boxed.",
                        "Write the final answer as \\boxed{{...}}."],
                ["%s = %s" % (v, fs), "\\boxed{%s}" % fs], r"\\boxed"))
    out.append(("num", ["Give only the number, without '{v} ='.", "Final line: just the number, no '{v} ='.",
                        "End with the bare value (no variable)."],
                ["%s = %s" % (v, fs), fs], r"^\s*-?[\d/.]+\s*$"))
    out.append(("unit", ["{v} is a length in metres; give {v} with its unit.", "{v} is in metres: state the answer with the unit m."],
                ["%s = %s m" % (v, fs)], r"\bm\s*\.?$"))
    out.append(("int?", ["Is the solution an integer? Solve, then answer yes or no.",
                         "Solve, then say whether {v} is a whole number."],
                ["%s = %s" % (v, fs), "%s, %s is %s." % ("Yes" if integer else "No", v,
                                                        "an integer" if integer else "not an integer")],
                r"\b(?:Yes|No)\b"))
    rep = 2 * s + 1
    out.append(("rep2x1", ["Then give the value of 2{v} + 1 at the solution.", "What does 2{v} + 1 equal at the solution?"],
                ["%s = %s" % (v, fs), "2%s + 1 = %s" % (v, r262_fr(rep))], r"2%s\s*\+\s*1\s*=\s*%s" % (v, re.escape(r262_fr(rep)))))
    out.append(("recip", ["Then give the reciprocal of {v}.", "Also give 1/{v}."],
                ["%s = %s" % (v, fs), "1/%s = %s" % (v, r262_fr(1 / s))], r"1/%s\s*=\s*%s" % (v, re.escape(r262_fr(1 / s)))))
    out.append(("neg", ["Then give the opposite of {v} (its negative).", "Give -{v} as the final line."],
                ["%s = %s" % (v, fs), "-%s = %s" % (v, r262_fr(-s))], r"-%s\s*=\s*%s" % (v, re.escape(r262_fr(-s)))))
    return out




def r262_add_eq(id, family, prompt, e, value, answers, safe=False, report=None, false_lines=None, notation=None,
                must=None, base=None):
    if prompt in r262_seen_prompts:
        return False
    r262_seen_prompts.add(prompt)
    E(id, family, prompt, e["v"], r262_fr(value), answers, report=report, safe=safe, false_lines=false_lines,
      notation=notation)
    r262_meta[id] = {"base": base} if base else {}
    if must:
        r262_form_checks[id] = must if isinstance(must, dict) else {"must": must}
    return True


def r262_report_for(tag, e):
    v, s = e["v"], e["sol"]
    if tag == "rep2x1":
        return {"expression": "2%s+1" % v, "value": r262_fr(2 * s + 1)}
    if tag == "recip":
        return {"expression": "1/%s" % v, "value": r262_fr(1 / s)}
    if tag == "neg":
        return {"expression": "-%s" % v, "value": r262_fr(-s)}
    return None


# ---------------------------------------------------------------- (a) plain bases and their form variants
r262_bases, r262_later, r262_latest = [], [], []
for r262_i in range(26):
    kind = ["int", "term", "term", "rep"][r262_i % 4]
    e = r262_make_eq(kind)
    tpl = r262_rng.choice(R262_BASE_TEMPLATES)
    bp = tpl.format(v=e["v"], eq=e["eq"])
    bid = "d262-a%03d-base" % r262_i
    base_final = "%s = %s" % (e["v"], r262_fr(e["sol"]))
    r262_bases.append((bid, bp, e, [r262_working(e)], None, None, None))
    # safe rewordings of the base
    for j, sp in enumerate(["Please solve for {v}: {eq}.", "Solve for {v}, showing each step: {eq}."]):
        p2 = sp.format(v=e["v"], eq=e["eq"])
        r262_latest.append(("d262-a%03d-safe%d" % (r262_i, j), p2, e, [r262_working(e)], bid, None, None, True))
    forms = r262_forms(e)
    r262_rng.shuffle(forms)
    for tag, suffixes, final, must in forms[:11]:
        sfx = suffixes[0].format(v=e["v"])
        vp = bp + " " + sfx
        rep = r262_report_for(tag, e)
        ans = r262_working(e, final)
        # realistic: sometimes the model first answers in the base's form, then right
        answers = [ans] if r262_rng.random() < 0.6 else [r262_working(e), ans]
        fl = [base_final] if final[-1] != base_final and tag not in ("rep2x1", "recip", "neg", "box", "num", "int?",
                                                                       "wrd", "par") else None
        if tag in ("box", "num", "wrd", "par", "int?"):
            fl = None
        r262_later.append(("d262-a%03d-%s" % (r262_i, tag), vp, e, answers, bid, rep, fl, False, must))
        # the form worded otherwise: safe against the form variant
        for k, alt in enumerate(suffixes[1:3]):
            if r262_rng.random() < 0.55:
                ap = bp + " " + alt.format(v=e["v"])
                r262_latest.append(("d262-a%03d-%s-alt%d" % (r262_i, tag, k), ap, e, [ans], "d262-a%03d-%s" % (r262_i, tag),
                                    rep, fl, False, must))

# ---------------------------------------------------------------- (b) a form request stored first, another form asked
for r262_i in range(16):
    kind = ["term", "rep", "int", "term"][r262_i % 4]
    e = r262_make_eq(kind)
    bp0 = r262_rng.choice(R262_BASE_TEMPLATES).format(v=e["v"], eq=e["eq"])
    forms = [f for f in r262_forms(e) if f[0] not in ("rep2x1", "recip", "neg")]
    r262_rng.shuffle(forms)
    if len(forms) < 3:
        continue
    t0, sfx0, fin0, must0 = forms[0]
    bid = "d262-b%03d-%s-base" % (r262_i, t0)
    bprompt = bp0 + " " + sfx0[0].format(v=e["v"])
    r262_bases.append((bid, bprompt, e, [r262_working(e, fin0)], None, None, None, False, must0))
    for tag, suffixes, final, must in forms[1:6]:
        vp = bp0 + " " + suffixes[0].format(v=e["v"])
        ans = r262_working(e, final)
        fl = [fin0[-1]] if fin0[-1] != final[-1] and fin0[-1] not in final else None
        r262_later.append(("d262-b%03d-%s" % (r262_i, tag), vp, e, [ans], bid, None, fl, False, must))

# ---------------------------------------------------------------- (c) markdown workings with a form asked
for r262_i in range(24):
    kind = ["term", "rep", "int"][r262_i % 3]
    e = r262_make_eq(kind)
    v, s = e["v"], e["sol"]
    fs = r262_fr(s)
    tex = ("\\frac{%d}{%d}" % (s.numerator, s.denominator)) if s.denominator != 1 else str(s.numerator)
    bp = r262_rng.choice(R262_BASE_TEMPLATES).format(v=v, eq=e["eq"])
    bid = "d262-c%03d-base" % r262_i
    bfinal = "**Answer:** $%s = %s$" % (v, tex)
    r262_bases.append((bid, bp, e, [r262_working(e, bfinal, "markdown")], None, None, None, False, None, "markdown"))
    forms = [f for f in r262_forms(e) if f[0] in ("dec", "pct", "dp2", "dp1", "int", "mix", "box", "num", "sf3", "dp2i", "wrd")]
    r262_rng.shuffle(forms)
    for tag, suffixes, final, must in forms[:5]:
        vp = bp + " " + suffixes[0].format(v=v)
        last = final[-1]
        mdfinal = "**Answer:** $%s$" % last if "=" in last else last
        lines = final[:-1] + [mdfinal]
        ans = r262_working(e, "\n".join(lines), "markdown")
        fl = [bfinal] if tag not in ("box", "num", "wrd") else None
        r262_later.append(("d262-c%03d-%s" % (r262_i, tag), vp, e, [ans], bid, None, fl, False, must, "markdown"))
        alt = suffixes[1].format(v=v) if len(suffixes) > 1 else None
        if alt:
            r262_latest.append(("d262-c%03d-%s-alt" % (r262_i, tag), bp + " " + alt, e, [ans],
                                "d262-c%03d-%s" % (r262_i, tag), None, fl, False, must, "markdown"))


# ---------------------------------------------------------------- (d) final-answer slips, then safe repeats
def r262_slips(e):
    v, s = e["v"], e["sol"]
    fs = r262_fr(s)
    out = []
    dec2 = r262_dec(s, 2)
    bad2 = r262_dec(s + Fraction(r262_rng.choice([-3, 3, 7, -7]), 100), 2)
    out.append(("ansdis", ["%s = %s" % (v, fs), "Answer: %s" % bad2]))
    out.append(("ansdisx", ["%s = %s" % (v, fs), "Answer: %s = %s" % (v, bad2)]))
    out.append(("round", ["%s = %s ≈ %s" % (v, fs, bad2)]))
    out.append(("roundline", ["%s = %s" % (v, fs), "%s ≈ %s" % (v, bad2)]))
    out.append(("sign", ["%s = %s" % (v, fs), "Final answer: %s = %s" % (v, r262_fr(-s))]))
    other = r262_rng.choice([w for w in "xyzntkm" if w != v])
    out.append(("othervar", ["%s = %s" % (v, fs), "%s = %s" % (other, fs)]))
    out.append(("restate", ["%s = %s" % (v, fs), e["eq"]]))
    out.append(("two", ["%s = %s or %s = %s" % (v, fs, v, r262_fr(1 / s))]))
    out.append(("twolines", ["%s = %s" % (v, fs), "%s = %s" % (v, r262_fr(s + 1))]))
    out.append(("paren", ["%s = %s (%s)" % (v, fs, bad2)]))
    out.append(("chain", ["%s = %s = %s" % (v, fs, bad2)]))
    out.append(("pctslip", ["%s = %s" % (v, fs), "Answer: %s%%" % r262_dec(s * 10)]))
    out.append(("boxslip", ["%s = %s" % (v, fs), "\\boxed{%s}" % r262_fr(s + 1)]))
    out.append(("inv", ["%s = %s" % (v, r262_fr(1 / s))]))
    out.append(("approxonly", ["%s ≈ %s" % (v, dec2)]))
    out.append(("mixslip", ["%s = %s" % (v, r262_mixed(s + 1) if abs(s + 1) > 1 and (s + 1).denominator != 1 else r262_fr(s + 1))]))
    out.append(("dropsign", ["%s = %s" % (v, r262_fr(abs(s)) if s < 0 else r262_fr(-s))]))
    return out


for r262_i in range(30):
    kind = ["rep", "term", "int"][r262_i % 3]
    e = r262_make_eq(kind)
    slips = r262_slips(e)
    r262_rng.shuffle(slips)
    for tag, fin in slips[:2]:
        tpl = r262_rng.choice(R262_BASE_TEMPLATES)
        sp = tpl.format(v=e["v"], eq=e["eq"])
        sid = "d262-d%03d-%s" % (r262_i, tag)
        if sp in r262_seen_prompts or any(x[1] == sp for x in r262_bases):
            sp = "Solve carefully: " + sp
        good = r262_working(e)
        sticky = r262_rng.random() < 0.35
        answers = [r262_working(e, fin)] if sticky else [r262_working(e, fin), good]
        r262_bases.append((sid + ("-sticky" if sticky else ""), sp, e, answers, None, None, None))
        for j, rw in enumerate(["Please solve for {v}: {eq}.", "Solve for {v}, showing each step: {eq}.",
                                "Solve for {v}. {eq}"]):
            if r262_rng.random() < 0.7:
                rp = rw.format(v=e["v"], eq=e["eq"])
                if tag == slips[1][0]:
                    rp = rp.replace("Solve", "Now solve", 1)
                r262_latest.append(("%s-rep%d" % (sid, j), rp, e, [good], sid + ("-sticky" if sticky else ""),
                                    None, None, True))
    # the same slips on a form request
    forms = [f for f in r262_forms(e) if f[0] in ("dec", "dp2", "dp1", "int", "pct", "sf3", "dp2i")]
    if forms:
        tag, suffixes, final, must = r262_rng.choice(forms)
        fp = r262_rng.choice(R262_BASE_TEMPLATES).format(v=e["v"], eq=e["eq"]) + " " + suffixes[0].format(v=e["v"])
        right = r262_working(e, final)
        fid = "d262-d%03d-f%s" % (r262_i, tag)
        s = e["sol"]
        wrongs = {"dec": ["%s = %s" % (e["v"], r262_dec(s + Fraction(1, 10)))],
                  "dp2": ["%s = %s ≈ %s" % (e["v"], r262_fr(s), r262_dec(s, 2)[:-1] + str((int(r262_dec(s, 2)[-1]) + 1) % 10))],
                  "dp1": ["%s = %s ≈ %s" % (e["v"], r262_fr(s), r262_dec(s + Fraction(1, 10), 1))],
                  "int": ["%s = %s ≈ %d" % (e["v"], r262_fr(s), int(s) + (2 if s > 0 else -2))],
                  "pct": ["%s = %s = %s%%" % (e["v"], r262_dec(s), r262_dec(s * 10))],
                  "sf3": ["%s = %s ≈ %s" % (e["v"], r262_fr(s), r262_sig(s + Fraction(1, 100), 3))],
                  "dp2i": ["%s = %d.0" % (e["v"], int(s) + 1)]}[tag]
        sticky = r262_rng.random() < 0.4
        answers = [r262_working(e, wrongs)] if sticky else [r262_working(e, wrongs), right]
        fl = ["%s = %s" % (e["v"], r262_fr(s))] if tag not in ("dp2i",) else None
        fl = None
        r262_bases.append((fid + ("-sticky" if sticky else ""), fp, e, answers, None, None, fl, False, must))
        for j, alt in enumerate(suffixes[1:3]):
            ap = r262_rng.choice(["Please solve for {v}: {eq}.", "Solve for {v}, showing each step: {eq}."]).format(
                v=e["v"], eq=e["eq"]) + " " + alt.format(v=e["v"])
            r262_latest.append(("%s-rep%d" % (fid, j), ap, e, [right], fid + ("-sticky" if sticky else ""), None, fl, True, must))



# ---------------------------------------------------------------- (e) the answer alone, asked in request words
R262_ALONE = [  # (tag, wording, kind of right answer: "bare" the number alone, "line" one line "v = value")
    ("bare1", "Answer with just the number.", "bare"), ("bare2", "Reply with the number only.", "bare"),
    ("bare3", "Just the final number, please.", "bare"), ("bare4", "Write only the value of {v}.", "bare"),
    ("bare5", "Output the value alone.", "bare"), ("bare6", "Don't write '{v} ='.", "bare"),
    ("bare7", "Only the number; no words, no '{v}'.", "bare"), ("bare8", "Bare number only.", "bare"),
    ("bare9", "Nur die Zahl.", "bare"), ("bare10", "Bare tallet.", "bare"), ("bare11", "Solo el número.", "bare"),
    ("bare12", "Digits only.", "bare"), ("bare13", "The answer only, as a number.", "bare"),
    ("bare14", "Respond with a number and nothing else.", "bare"),
    ("line1", "Only the final answer, no working.", "line"), ("line2", "No steps, just the answer.", "line"),
    ("line3", "Give the answer without showing steps.", "line"), ("line4", "Answer in one line.", "line"),
    ("line5", "Do not show your work.", "line"), ("line6", "Final answer only.", "line"),
    ("line7", "Skip the working.", "line"), ("line8", "Give just '{v} = ...' and nothing else.", "line"),
    ("line9", "Don't show any steps.", "line"), ("line10", "No explanation, no steps.", "line"),
    ("line11", "Keep it to a single line.", "line"), ("line12", "Just the answer please, no work.", "line"),
]
for r262_i in range(40):
    kind = ["int", "term", "rep", "term"][r262_i % 4]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    bp = r262_rng.choice(R262_BASE_TEMPLATES).format(v=v, eq=e["eq"])
    if "steps" in bp or "work" in bp:
        bp = "Solve for {v}: {eq}.".format(v=v, eq=e["eq"])
    bid = "d262-e%03d-base" % r262_i
    r262_bases.append((bid, bp, e, [r262_working(e)], None, None, None))
    picks = r262_rng.sample(R262_ALONE, 8)
    for tag, wording, kind2 in picks:
        vp = bp + " " + wording.format(v=v)
        right = fs if kind2 == "bare" else "%s = %s" % (v, fs)
        must = r"\A\s*-?[\d/.]+\s*\Z" if kind2 == "bare" else r"\A[^\n]*\Z"
        answers = [right] if r262_rng.random() < 0.7 else [r262_working(e), right]
        r262_later.append(("d262-e%03d-%s" % (r262_i, tag), vp, e, answers, bid, None, None, False,
                           {"must": must, "where": "text"}))

# ---------------------------------------------------------------- (f) another value asked in words the form lists may miss
def r262_other_values(e):
    v, s = e["v"], e["sol"]
    fs = r262_fr(s)
    fl = s.numerator // s.denominator
    ce = -((-s.numerator) // s.denominator)
    tr = int(s)
    out = [
        ("trunc", "Truncate {v} to a whole number.", "%d" % tr),
        ("ipart", "Give the integer part of {v}.", "%d" % tr),
        ("floor", "Give the floor of {v}.", "%d" % fl),
        ("ceil", "Give the ceiling of {v}.", "%d" % ce),
        ("down", "Give {v} to the whole number below it.", "%d" % fl),
        ("drop", "Drop the fractional part of {v}.", "%d" % tr),
        ("x100", "Give the answer times 100.", r262_fr(100 * s)),
        ("h100", "Multiply the answer by 100.", r262_fr(100 * s)),
        ("numer", "Give the numerator of {v}.", "%d" % s.numerator),
        ("denom", "Give the denominator of {v}.", "%d" % s.denominator),
        ("half", "Give half of {v}.", r262_fr(s / 2)),
        ("twice", "Give {v} doubled.", r262_fr(2 * s)),
        ("plus3", "Give three more than {v}.", r262_fr(s + 3)),
        ("abs", "Give the absolute value of {v}.", r262_fr(abs(s))),
        ("sq", "Give {v} squared.", r262_fr(s * s)),
    ]
    if s.denominator != 1 and r262_terminating(s):
        out += [("float", "Give {v} as a float.", r262_dec(s)), ("real", "Give {v} as a real number.", r262_dec(s)),
                ("numer2", "Give {v} numerically.", r262_dec(s)), ("pts", "Give {v} with digits after the point.", r262_dec(s)),
                ("enot", "Give {v} in e-notation.", None)]
    if s.denominator != 1 and not r262_terminating(s):
        out += [("2pl", "Give {v} to two places.", r262_dec(s, 2)), ("2dig", "Two digits after the point.", r262_dec(s, 2)),
                ("hund", "Give {v} in hundredths.", r262_dec(s, 2)), ("approx", "Approximately, what is {v}?", r262_dec(s, 2)),
                ("estim", "Estimate {v}.", r262_dec(s, 1))]
    if s.denominator != 1:
        out += [("ratio", "Give {v} as a ratio a:b.", "%d:%d" % (s.numerator, s.denominator))]
    if s.denominator == 1 and s > 0:
        out += [("bin", "Give {v} in binary.", bin(int(s))[2:]), ("hex", "Give {v} in hex.", hex(int(s))[2:].upper())]
    return [o for o in out if o[2] is not None]


for r262_i in range(36):
    kind = ["term", "rep", "int"][r262_i % 3]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    bp = r262_rng.choice(R262_BASE_TEMPLATES).format(v=v, eq=e["eq"])
    bid = "d262-f%03d-base" % r262_i
    r262_bases.append((bid, bp, e, [r262_working(e)], None, None, None))
    others = r262_other_values(e)
    r262_rng.shuffle(others)
    for tag, wording, val in others[:7]:
        vp = bp + " " + wording.format(v=v)
        if str(val) == fs or val == "%s" % fs:
            continue
        right = r262_working(e, ["%s = %s" % (v, fs), "Answer: %s" % val])
        must = r"Answer:\s*%s\s*$" % re.escape(str(val))
        answers = [right] if r262_rng.random() < 0.6 else [r262_working(e), right]
        r262_later.append(("d262-f%03d-%s" % (r262_i, tag), vp, e, answers, bid, None, None, False, must))

# ---------------------------------------------------------------- (g) a form negated: no fractions, no decimals, no LaTeX; simplify
R262_NOFRAC = ["No fractions.", "Don't use fractions.", "Don't give a fraction.", "Avoid fractions in the answer.",
               "Do not write the answer as a fraction.", "Not as a fraction, please."]
R262_NODEC = ["No decimals.", "Don't use decimals.", "Without decimals, please.", "Avoid decimals in the answer.",
              "Do not write the answer as a decimal.", "Not as a decimal, please."]
R262_NOTEX = ["No LaTeX.", "Plain text only, no LaTeX.", "Don't use Markdown.", "No bold, no dollar signs.",
              "Do not use LaTeX or Markdown.", "Write it without LaTeX."]
R262_SIMP = ["Simplify the fraction.", "Give the fraction in lowest terms.", "Fully reduce the answer.",
             "Simplify your answer.", "Reduce it.", "Write the answer in simplest form."]
for r262_i in range(12):
    e = r262_make_eq("term")
    v, s = e["v"], e["sol"]
    if s.denominator == 1:
        continue
    fs, ds = r262_fr(s), r262_dec(s)
    bp = r262_rng.choice(R262_BASE_TEMPLATES).format(v=v, eq=e["eq"])
    # base 1: the model ends with a fraction; asked again with no fractions
    bid = "d262-g%03d-frac-base" % r262_i
    r262_bases.append((bid, bp, e, [r262_working(e)], None, None, None))
    for k, w in enumerate(r262_rng.sample(R262_NOFRAC, 3)):
        r262_later.append(("d262-g%03d-nofrac%d" % (r262_i, k), bp + " " + w, e, [r262_working(e, "%s = %s" % (v, ds))],
                           bid, None, ["%s = %s" % (v, fs)], False, r"=\s*-?\d+(?:\.\d+)?\s*$"))
    # base 2: the model ends with a decimal; asked again with no decimals
    bp2 = "Solve for {v}: {eq}".format(v=v, eq=e["eq"])
    bid2 = "d262-g%03d-dec-base" % r262_i
    r262_bases.append((bid2, bp2, e, [r262_working(e, "%s = %s" % (v, ds))], None, None, None))
    for k, w in enumerate(r262_rng.sample(R262_NODEC, 3)):
        r262_later.append(("d262-g%03d-nodec%d" % (r262_i, k), bp2 + " " + w, e, [r262_working(e)],
                           bid2, None, ["%s = %s" % (v, ds)], False, r"=\s*-?\d+(?:/\d+)?\s*$"))
    # base 3: LaTeX working; asked again without LaTeX
    bp3 = "Find {v}: {eq}.".format(v=v, eq=e["eq"])
    bid3 = "d262-g%03d-tex-base" % r262_i
    tex = "\\frac{%d}{%d}" % (s.numerator, s.denominator)
    r262_bases.append((bid3, bp3, e, [r262_working(e, "**Answer:** $%s = %s$" % (v, tex), "markdown")], None, None, None,
                       False, None, "markdown"))
    for k, w in enumerate(r262_rng.sample(R262_NOTEX, 3)):
        r262_later.append(("d262-g%03d-notex%d" % (r262_i, k), bp3 + " " + w, e, [r262_working(e)],
                           bid3, None, None, False, {"must": r"\A[^$*\\]*\Z", "where": "text"}, "markdown"))
    # base 4: the model leaves the fraction unreduced; asked again simplified
    g = r262_rng.choice([2, 3])
    unred = "%d/%d" % (s.numerator * g, s.denominator * g)
    bp4 = "Solve the equation {eq} for {v}.".format(v=v, eq=e["eq"])
    bid4 = "d262-g%03d-unred-base" % r262_i
    r262_bases.append((bid4, bp4, e, [r262_working(e, "%s = %s" % (v, unred))], None, None, None))
    for k, w in enumerate(r262_rng.sample(R262_SIMP, 3)):
        r262_later.append(("d262-g%03d-simp%d" % (r262_i, k), bp4 + " " + w, e, [r262_working(e)],
                           bid4, None, ["%s = %s" % (v, unred)], False, r"=\s*%s\s*$" % re.escape(fs)))

# ---------------------------------------------------------------- (h) more final-answer slips, then safe repeats
def r262_slips2(e):
    v, s = e["v"], e["sol"]
    fs = r262_fr(s)
    bad = r262_dec(s + Fraction(r262_rng.choice([-3, 3, 7, -7]), 100), 2)
    tex = ("\\frac{%d}{%d}" % (s.numerator, s.denominator)) if s.denominator != 1 else str(s.numerator)
    return [
        ("minerva", ["%s = %s" % (v, fs), "Final Answer: The final answer is $%s$. I hope it is correct." % bad]),
        ("ie", ["Therefore, %s = %s, i.e. %s." % (v, fs, bad)]),
        ("about", ["%s = %s, which is about %s" % (v, fs, bad)]),
        ("approxp", ["%s = %s (approximately %s)" % (v, fs, bad)]),
        ("theans", ["%s = %s" % (v, fs), "", "The answer is %s." % bad]),
        ("hash", ["%s = %s" % (v, fs), "#### %s" % bad]),
        ("cont", ["%s = %s" % (v, fs), "= %s" % bad]),
        ("pctdrop", ["%s = %s = %s" % (v, fs, r262_dec(s * 100))]),
        ("comma", ["%s = %s = %s" % (v, fs, bad.replace(".", ","))]),
        ("dot", ["%s = %s = %s" % (v, fs, bad.lstrip("0") if bad.startswith("0") else bad)]),
        ("indec", ["So %s = %s. In decimal: %s" % (v, fs, bad)]),
        ("dp", ["%s = %s ≈ %s (to 2 d.p.)" % (v, fs, bad)]),
        ("texans", ["$%s = %s$" % (v, tex), "**Answer:** $%s = %s$" % (v, bad)]),
        ("boxx", ["%s = %s" % (v, fs), "\\boxed{%s = %s}" % (v, bad)]),
        ("words", ["%s = %s" % (v, fs), "So %s equals %s." % (v, bad)]),
        ("thefinal", ["%s = %s" % (v, fs), "The final answer is %s = %s." % (v, r262_fr(-s))]),
        ("both", ["%s = %s" % (v, fs), "%s = %s" % (v, bad)]),
    ]


for r262_i in range(40):
    kind = ["rep", "term", "term", "int"][r262_i % 4]
    e = r262_make_eq(kind)
    slips = r262_slips2(e)
    r262_rng.shuffle(slips)
    tag, fin = slips[0]
    good = r262_working(e)
    sp = ("Work out {v}: {eq}." if r262_i % 2 else "Solve for {v} and give the final answer: {eq}.").format(v=e["v"], eq=e["eq"])
    sticky = r262_rng.random() < 0.4
    sid = "d262-h%03d-%s%s" % (r262_i, tag, "-sticky" if sticky else "")
    answers = [r262_working(e, fin)] if sticky else [r262_working(e, fin), good]
    r262_bases.append((sid, sp, e, answers, None, None, None))
    for j, rw in enumerate(["Please work out {v}: {eq}.", "Work out {v}, showing each step: {eq}.", "Work out {v}. {eq}"]):
        rp = rw.format(v=e["v"], eq=e["eq"])
        r262_latest.append(("%s-rep%d" % (sid, j), rp, e, [good], sid, None, None, True))



# ---------------------------------------------------------------- (i) more wordings of the answer alone; markdown bases
R262_ALONE2 = [
    ("bare15", "Return the number only.", "bare"), ("bare16", "Give me the value, nothing more.", "bare"),
    ("bare17", "Reply with only the solution value.", "bare"), ("bare18", "Answer: a single number.", "bare"),
    ("bare19", "Your reply must be just a number.", "bare"), ("bare20", "Print only the number.", "bare"),
    ("bare21", "No '{v} =' in the answer, just the value.", "bare"), ("bare22", "Leave out the variable.", "bare"),
    ("bare23", "Without the variable name.", "bare"), ("bare24", "Value only.", "bare"),
    ("bare25", "Give the result as a plain number.", "bare"), ("bare26", "Only the numeric answer.", "bare"),
    ("line13", "Don't explain.", "line"), ("line14", "No working needed.", "line"),
    ("line15", "Just give the result.", "line"), ("line16", "Show no steps.", "line"),
    ("line17", "Answer briefly in one line.", "line"), ("line18", "Give the final line only.", "line"),
    ("line19", "Only write the last step.", "line"), ("line20", "Omit the working.", "line"),
    ("line21", "I only need the answer, not the steps.", "line"), ("line22", "Reply with the final equation only.", "line"),
    ("line23", "Only the solution, please.", "line"), ("line24", "Without steps.", "line"),
]
for r262_i in range(24):
    kind = ["term", "int", "rep"][r262_i % 3]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    md = r262_i % 3 == 0
    bp = "Solve for {v}: {eq}.".format(v=v, eq=e["eq"]) if r262_i % 2 else "Find {v}: {eq}".format(v=v, eq=e["eq"])
    bid = "d262-i%03d-base" % r262_i
    if md:
        tex = ("\\frac{%d}{%d}" % (e["sol"].numerator, e["sol"].denominator)) if e["sol"].denominator != 1 else fs
        r262_bases.append((bid, bp, e, [r262_working(e, "**Answer:** $%s = %s$" % (v, tex), "markdown")], None, None,
                           None, False, None, "markdown"))
    else:
        r262_bases.append((bid, bp, e, [r262_working(e)], None, None, None))
    for tag, wording, kind2 in r262_rng.sample(R262_ALONE2, 8):
        vp = bp + " " + wording.format(v=v)
        right = fs if kind2 == "bare" else "%s = %s" % (v, fs)
        must = r"\A\s*-?[\d/.]+\s*\Z" if kind2 == "bare" else r"\A[^\n]*\Z"
        r262_later.append(("d262-i%03d-%s" % (r262_i, tag), vp, e, [right], bid, None, None, False,
                           {"must": must, "where": "text"}, "markdown" if md else None))

# ---------------------------------------------------------------- (j) the answer alone stored first, the working asked after
R262_STEPS = [("steps", "Show your steps."), ("work", "Show all your working."), ("each", "Explain each step."),
              ("stepn", "Number the steps as Step 1, Step 2."), ("full", "Give the full solution."),
              ("how", "Show how you got the answer.")]
for r262_i in range(24):
    kind = ["term", "int", "rep"][r262_i % 3]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    bp = "Solve for {v}: {eq}.".format(v=v, eq=e["eq"])
    tag0, w0, k0 = r262_rng.choice(R262_ALONE + R262_ALONE2)
    right0 = fs if k0 == "bare" else "%s = %s" % (v, fs)
    bid = "d262-j%03d-%s-base" % (r262_i, tag0)
    r262_bases.append((bid, bp + " " + w0.format(v=v), e, [right0], None, None, None, False,
                       {"must": r"\A\s*-?[\d/.]+\s*\Z" if k0 == "bare" else r"\A[^\n]*\Z", "where": "text"}))
    for tag, w in r262_rng.sample(R262_STEPS, 4):
        ans = r262_working(e)
        if tag == "stepn":
            ans = "Step 1: %s\nStep 2: %d%s = %d\nStep 3: %s = %s" % (e["eq"], e["a"], v, e["k"], v, fs)
        r262_later.append(("d262-j%03d-%s" % (r262_i, tag), bp + " " + w, e, [ans], bid, None, None, False,
                           {"must": r"\n", "where": "text"}))


# ---------------------------------------------------------------- (k) a one-line answer stored, the working asked after
R262_STEPS2 = R262_STEPS + [("sbs", "Solve step by step."), ("swork", "Show your work."), ("reason", "Explain your reasoning."),
                            ("every", "Show every step."), ("write", "Write out the steps."), ("detail", "Give a detailed solution."),
                            ("sbs2", "Step-by-step please."), ("lines", "One equation per line, each step shown.")]
R262_ONELINE = [w for w in R262_ALONE + R262_ALONE2 if w[2] == "line"]
for r262_i in range(48):
    kind = ["term", "int", "rep"][r262_i % 3]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    tpl = ["Solve for {v}: {eq}.", "Solve {eq} for {v}.", "Find {v}: {eq}", "What is {v} if {eq}?"][r262_i % 4]
    bp = tpl.format(v=v, eq=e["eq"])
    if r262_i % 4 == 3:
        # the model answers a plain request in one line
        tag0, w0 = "plain", ""
    else:
        tag0, w0, _ = r262_rng.choice(R262_ONELINE)
    bid = "d262-k%03d-%s-base" % (r262_i, tag0)
    r262_bases.append((bid, (bp + " " + w0.format(v=v)).strip(), e, ["%s = %s" % (v, fs)], None, None, None, False,
                       {"must": r"\A[^\n]*\Z", "where": "text"} if w0 else None))
    for tag, w in r262_rng.sample(R262_STEPS2, 5):
        ans = r262_working(e)
        if tag == "stepn":
            ans = "Step 1: %s\nStep 2: %d%s = %d\nStep 3: %s = %s" % (e["eq"], e["a"], v, e["k"], v, fs)
        r262_later.append(("d262-k%03d-%s" % (r262_i, tag), bp + " " + w, e, [ans], bid, None, None, False,
                           {"must": r"\n", "where": "text"}))
    if w0:
        r262_latest.append(("d262-k%03d-plain" % r262_i, bp, e, [r262_working(e)], bid, None, None, True, None))


# ---------------------------------------------------------------- (l) a plain request answered in one line, then a check or the steps asked
R262_CHECKS = [("chk", "Check the solution.", True), ("stepschk", "Show your steps and check your answer.", True),
               ("verify", "Verify your answer.", True), ("sbs3", "Solve it step by step.", False),
               ("showw", "Please show the working.", False), ("expl", "Explain how you solve it.", False),
               ("teach", "Explain it like a teacher would, step by step.", False), ("work2", "Show work.", False)]
for r262_i in range(20):
    kind = ["term", "int", "rep", "int"][r262_i % 4]
    e = r262_make_eq(kind)
    v = e["v"]
    fs = r262_fr(e["sol"])
    bp = ["What is {v} if {eq}?", "{eq}. What is {v}?", "Solve for {v}: {eq}", "If {eq}, what is {v}?"][r262_i % 4].format(
        v=v, eq=e["eq"])
    bid = "d262-l%03d-base" % r262_i
    r262_bases.append((bid, bp, e, ["%s = %s" % (v, fs)], None, None, None))
    lhs = e["eq"].split(" = ")[0]
    for tag, w, chk in r262_rng.sample(R262_CHECKS, 6):
        ans = r262_working(e)
        if chk:
            at = lhs.replace("%d%s" % (e["a"], v), "%d(%s)" % (e["a"], fs), 1)
            ans += "\nCheck: %s = %d" % (at, e["c"])
        r262_later.append(("d262-l%03d-%s" % (r262_i, tag), bp + " " + w, e, [ans], bid, None, None, False,
                           {"must": r"\n", "where": "text"}))

def r262_emit(row):
    row = list(row) + [None] * (10 - len(row))
    id, prompt, e, answers, base, rep, fl, safe, must, notation = row
    r262_add_eq(id, "r262_answer_form", prompt, e, e["sol"], answers, safe=bool(safe), report=rep, false_lines=fl,
                notation=notation, must=must, base=base)


r262_rng.shuffle(r262_later)
r262_rng.shuffle(r262_latest)
for r262_row in r262_bases + r262_later + r262_latest:
    r262_emit(r262_row)

# Right answers of a form the check.py judge reads as wrong ("75%", "2 1/3", "x is seven.", "VII", "m"): the tester's
# own reader (r262_form_checks) judges them.

r262_found_alone = {
    "d262-a001-num",
    "d262-a004-num",
    "d262-a005-num",
    "d262-a007-num",
    "d262-a012-num",
    "d262-a018-num",
    "d262-a024-num",
    "d262-e000-bare14",
    "d262-e002-bare8",
    "d262-e003-bare8",
    "d262-e004-bare4",
    "d262-e004-line8",
    "d262-e005-bare14",
    "d262-e005-bare4",
    "d262-e005-line6",
    "d262-e006-bare14",
    "d262-e006-bare8",
    "d262-e006-line8",
    "d262-e007-bare4",
    "d262-e007-line4",
    "d262-e008-bare14",
    "d262-e008-bare3",
    "d262-e008-bare4",
    "d262-e008-bare7",
    "d262-e009-bare14",
    "d262-e010-bare7",
    "d262-e010-bare8",
    "d262-e010-line8",
    "d262-e011-line4",
    "d262-e012-line4",
    "d262-e012-line6",
    "d262-e012-line8",
    "d262-e013-bare4",
    "d262-e013-bare8",
    "d262-e013-line11",
    "d262-e013-line6",
    "d262-e014-bare7",
    "d262-e014-line10",
    "d262-e014-line11",
    "d262-e015-bare7",
    "d262-e015-bare8",
    "d262-e016-bare14",
    "d262-e016-bare4",
    "d262-e016-bare8",
    "d262-e016-line8",
    "d262-e017-bare4",
    "d262-e018-bare3",
    "d262-e018-bare8",
    "d262-e019-bare3",
    "d262-e019-line11",
    "d262-e020-bare2",
    "d262-e020-bare8",
    "d262-e021-bare7",
    "d262-e022-bare2",
    "d262-e022-line4",
    "d262-e022-line6",
    "d262-e023-bare4",
    "d262-e024-bare14",
    "d262-e024-bare2",
    "d262-e024-line4",
    "d262-e025-line10",
    "d262-e026-bare4",
    "d262-e026-line11",
    "d262-e027-bare2",
    "d262-e028-line8",
    "d262-e029-bare14",
    "d262-e029-bare7",
    "d262-e029-bare8",
    "d262-e031-line8",
    "d262-e032-bare2",
    "d262-e033-bare8",
    "d262-e034-bare14",
    "d262-e034-bare7",
    "d262-e034-bare8",
    "d262-e035-bare14",
    "d262-e035-bare2",
    "d262-e035-bare8",
    "d262-e035-line6",
    "d262-e036-bare2",
    "d262-e036-bare7",
    "d262-e036-line10",
    "d262-e037-bare3",
    "d262-e037-bare7",
    "d262-e037-line6",
    "d262-e038-bare14",
    "d262-e038-line11",
    "d262-e039-bare8",
    "d262-i001-bare15",
    "d262-i001-line23",
    "d262-i001-line24",
    "d262-i002-bare15",
    "d262-i002-bare24",
    "d262-i002-line15",
    "d262-i004-bare15",
    "d262-i004-bare24",
    "d262-i004-line23",
    "d262-i004-line24",
    "d262-i005-bare15",
    "d262-i007-bare15",
    "d262-i007-line14",
    "d262-i007-line16",
    "d262-i008-line24",
    "d262-i010-bare15",
    "d262-i010-bare19",
    "d262-i010-line15",
    "d262-i011-bare24",
    "d262-i013-bare15",
    "d262-i013-bare24",
    "d262-i014-bare24",
    "d262-i017-bare24",
    "d262-i019-bare15",
    "d262-i019-bare24",
    "d262-i020-bare15",
    "d262-i022-line23",
    "d262-i023-bare15",
    "d262-i023-bare19",
    "d262-i023-line14",
    "d262-i023-line24",
    "d262-j000-each",
    "d262-j000-work",
    "d262-j003-each",
    "d262-j003-steps",
    "d262-j003-work",
    "d262-j004-each",
    "d262-j004-stepn",
    "d262-j009-each",
    "d262-j009-steps",
    "d262-j009-work",
    "d262-j013-stepn",
    "d262-j017-full",
    "d262-j022-full",
    "d262-k000-each",
    "d262-k000-sbs2",
    "d262-k000-steps",
    "d262-k000-swork",
    "d262-k000-work",
    "d262-k003-each",
    "d262-k003-lines",
    "d262-k003-work",
    "d262-k003-write",
    "d262-k005-each",
    "d262-k005-every",
    "d262-k005-reason",
    "d262-k005-stepn",
    "d262-k005-work",
    "d262-k007-each",
    "d262-k007-every",
    "d262-k007-reason",
    "d262-k007-sbs",
    "d262-k007-swork",
    "d262-k011-steps",
    "d262-k011-work",
    "d262-k011-write",
    "d262-k012-every",
    "d262-k012-swork",
    "d262-k015-each",
    "d262-k015-lines",
    "d262-k017-reason",
    "d262-k017-sbs",
    "d262-k017-swork",
    "d262-k019-each",
    "d262-k019-full",
    "d262-k019-reason",
    "d262-k019-sbs",
    "d262-k019-work",
    "d262-k023-every",
    "d262-k023-reason",
    "d262-k023-work",
    "d262-k023-write",
    "d262-k027-every",
    "d262-k027-full",
    "d262-k027-reason",
    "d262-k027-sbs",
    "d262-k027-steps",
    "d262-k030-full",
    "d262-k030-sbs",
    "d262-k031-every",
    "d262-k031-sbs2",
    "d262-k031-swork",
    "d262-k031-write",
    "d262-k035-lines",
    "d262-k035-sbs",
    "d262-k039-each",
    "d262-k039-every",
    "d262-k039-reason",
    "d262-k039-sbs2",
    "d262-k043-full",
    "d262-k043-lines",
    "d262-k043-sbs2",
    "d262-k043-stepn",
    "d262-k047-every",
    "d262-k047-steps",
    "d262-k047-write",
    "d262-l000-showw",
    "d262-l000-teach",
    "d262-l000-work2",
    "d262-l001-sbs3",
    "d262-l001-work2",
    "d262-l003-sbs3",
    "d262-l003-showw",
    "d262-l003-teach",
    "d262-l003-work2",
    "d262-l004-work2",
    "d262-l005-expl",
    "d262-l005-work2",
    "d262-l007-work2",
    "d262-l008-sbs3",
    "d262-l008-work2",
    "d262-l009-expl",
    "d262-l009-sbs3",
    "d262-l009-work2",
    "d262-l011-expl",
    "d262-l011-showw",
    "d262-l011-teach",
    "d262-l012-work2",
    "d262-l013-expl",
    "d262-l013-showw",
    "d262-l013-teach",
    "d262-l013-work2",
    "d262-l015-expl",
    "d262-l015-sbs3",
    "d262-l016-expl",
    "d262-l016-sbs3",
    "d262-l016-work2",
    "d262-l017-sbs3",
    "d262-l017-teach",
    "d262-l019-showw",
    "d262-l019-work2",
}
r262_arguable = {
    "d262-a004-num",
    "d262-a005-num",
    "d262-a007-num",
    "d262-a012-num",
    "d262-a024-num",
    "d262-e005-line6",
    "d262-e012-line6",
    "d262-e013-line6",
    "d262-e022-line6",
    "d262-e035-line6",
    "d262-e037-line6",
    "d262-i001-line23",
    "d262-i002-line15",
    "d262-i004-line23",
    "d262-i007-line14",
    "d262-i010-line15",
    "d262-i022-line23",
    "d262-i023-line14",
}

# The form each request asks its answer in, for check.py to judge (its own reading judges the value only).
for r262_p in P:
    if r262_p["id"] in r262_form_checks:
        r262_p["expect"]["form"] = r262_form_checks[r262_p["id"]]

# ctest keeps every found id, every 10th safe variant and every 30th of the rest, and the bases they need; the
# arguable ones left out.
from probe_kit import trim_round as r262_trim_round  # noqa: E402

r262_trim_round("d262-", r262_found_alone, r262_arguable,
                lambda i: [r262_meta[i]["base"]] if r262_meta.get(i, {}).get("base") else [])
