r"""Red-team round 265 (black box): A BROAD SEEDED SWEEP OF LINEAR-EQUATION REQUESTS AND WORKINGS.
Focus: linear-equation requests as people write them and workings as models write them, seeded random.Random(265).
  Requests: 12 English asks ("Solve for x:", "Find x if", "What is x?", "Determine the value of x in", "Isolate x:",
  "Work out x from", ...), 8 other languages (no, de, es, fr, it, pl, nl, pt), 8 instructions (steps, numbered, each
  step, final line) and 3 check asks; nine equation shapes (ax + b = c, b + ax = c, ax + b = cx + d, a(x + m) = c,
  x/q + b = c, (x + m)/q = c, ax + b + d = c, decimals) in nine notations (plain, compact, U+2212 minus, \(..\), $..$,
  "*", "·"), 12 variable letters; workings in ten styles (Step n:, numbered, plain, "Subtract 5 from both sides:",
  arrows, **Step n:**, #### headings, \(..\) lines, "- " lists, sentences) with seven final lines (none, "So the
  answer is", "Therefore x equals", "Answer:", \boxed{}, **Answer:**, "####") and check lines. Parts:
  (b/v) 149 bases x up to 11 one-edit variants (1,243): a constant, a sign, a coefficient, the same value with other
      coefficients, the variable renamed, sides swapped, a term added, a bracket put in or taken out, the answer's
      form ("Give only the number", "as a decimal"), a check asked or dropped, another language, a neutral sentence,
      a correcting sentence ("Sorry, typo: the 20 should be 22."), a typo in a word, another notation; the variants'
      model first answers wrong in 32% (a slip carried on, a lost sign, a description naming the wrong number, a
      final line that disagrees, an inverted division, the base's stale working; a third sticky);
  (s) 90 singles with those mistakes (once, twice or sticky) and a safe repeat each; (w) 20 word problems x 4;
  (t) 64 bases x 7-8 marks that move or keep the value ("5y - -17", "5y + -17", "5y - (17)", "(x + 5)/3" vs
      "x + 5/3" vs "x/(3 + 5)", "20 - (x + 5)" vs "20 - x + 5", "4n = 34 + 8", ".5s", "0.05s", "0.50s", "8.00",
      "\frac{y}{4}", "1x", "x/1");
  (x) 60 bases whose working's first step names its number in 15 forms each ("(divide both sides by 4)",
      "÷4 on both sides:", "| ÷4", "// divided by 4", "Move the 5 across:", "Knock off 5:"), then the same value
      with b and c shifted together or a(x + m) = c scaled by k (the stored description's number now wrong), and
      another value;
  (k) 50 bases whose numbers play two roles (a(x + a) = c, ax + a = c; every other one asking a check) and the
      same equation scaled by k = 2, 3, 4, 5, 10 or -1 (same value); (h) 40 such bases whose working's first line
      says it is the request ("The equation is 2(w + 2) = 6.", "Given:", "We start from", "Problem:", "### Solve").
  2,997 probes (891 safe; one prompt the suite holds already left out), all linear_equation; fresh SQLite store, two
  passes. Paths: run 1 skip 2,038 / reuse 500 / patch 459 (safe on reuse 196/891), run 2 skip 1,310 / reuse 1,592 /
  patch 95 (safe on reuse 416/891). Errors 478 /
  477 per run (444 with the model right in its first three: every \(..\) prompt, every word problem, every correcting
  sentence, "Isolate x:" and most form asks).
  check.py: 181 wrong per run, 169 / 171 from the cache; of these 6 / 8 are judge errors (a right working whose step
  line ends "(both sides ÷ 3)" or "(both sides ÷ 6)", read as a value after the equation; in run 2 the two bases too),
  and so are all 12 / 10 fresh ones (the two bases in run 1; the solver's check "Check: 8((8.5) + 4) = 100" puts the
  value in as a decimal, which checks_sides does not read). The tester's own reader (each line one operation from the one before, starting from the request; the
  first equation line compared with the request) read every reuse-path answer of both runs; the items below were read
  by hand.
HELD: no wrong value was served from the cache or fresh in either run. Every edit that changes the value (constant,
  sign, coefficient, added term, bracket, double negatives "5y - -17" and "5y − −17", bracket scope "(x + 5)/3" ->
  "x + 5/3" / "x/(3 + 5)", "20 - (x + 5)" -> "20 - x + 5", a term moved across "=", decimal digits "0.5" -> "0.05",
  "2.6" -> "26") got its own value: run 1 served 18 variants whose value
  differs from their base's on the reuse path ("5y − −17" from "5y - -17", "5y - 17 = - 40"), all right; 0 wrong of 1,243 sweep variants. Checks asked (78), forms asked (101), languages (81),
  typos (57) and correcting sentences (81, all refused) were never served a stored answer of another request. Same
  value with b and c shifted or a(x + m) = c scaled (the stored "Subtract 6 from both sides" now wrong): 112 of 180
  reused in run 1, 98 of them after a licensed rewrite of the description's number ("Take 8 away from each side" ->
  "Take 10 away", "(both sides ÷ 3)" -> "(both sides ÷ 6)"), all read right by hand; the other 14 are item (B). Scaled equations asked with a check (25 bases): never reused.
WHAT GOT THROUGH (from the cache, alone - the 182 ids and their bases (their whole group for 14 that build on a
  sibling), fresh store, --runs 2: all 182 reproduce; values right, the working is another equation's):
 (A) CLEAR (89 ids, part h): a stored working whose first line says it is the request serves a request whose equation
     is that one scaled by k (same value): "What is w? 8(w + 2) = 24. Show your work." -> "1. The equation is 2(w +
     2) = 6.\n2. w + 2 = 3\n3. w = 1\nAnswer: w = 1"; "Solve the equation 16(r + 4) = -16. Number the steps." ->
     "Start: 4(r + 4) = -4\nr + 4 = -1\nr = -5"; "What is x? 30x + 30 = 240. Show your work." -> "3x + 3 = 24\nOriginal
     equation: 3x + 3 = 24\nSubtract 3 from both sides: 3x = 21\nDivide both sides by 3: x = 7". Heads: "The equation
     is" 12, "### Solve" 21, "The given equation is" 12, "Start:" 15, "We start from" 12, "Original equation:" 8,
     "Equation:" 6, "Problem:" 3.
 (B) ARGUABLE (92 ids, parts k, x, h): the same without a word that calls the line the request - the working starts
     from the request divided by k and never says so: "Solve for y: 20y + 20 = -60." -> "5y + 5 = -15\n5y = -20\ny =
     -4" (70 of part k); "What is x? 6(x + 2) = -12. Show your work." -> "2(x + 2) = -4\n**Divide by 2:** x + 2 =
     -2\nSubtract 2 from both sides: x = -4\nAnswer: x = -4"; "What is m? -8(m + 4) = -48." -> "-4(m + 4) =
     -24\nSimplify both sides: -4m - 16 = -24\n..." (the stored answer of the sibling -4(m + 4) = -24; 14 of part x);
     8 of part h served another base's unlabelled working ("Find r if 60r + 60 = -120." -> "5r + 5 = -10\n5r =
     -15\nr = -3\nAnswer: r = -3").
 (C) ARGUABLE (1 id, patch path): the stored answer of "Calculate z where 6(z + 4) = 6. Give only the number,
     nothing else." ("-3") kept as the prefix of "Calculate z where 6(z+4)=6.", then the model's whole working twice:
     "-3\n6(z + 4) = 6 → 6z + 24 = 6 → 6z = -18 → z = -3\n\boxed{z = -3}\n6(z + 4) = 6\nDivide both sides by 6: ...".
 Rates (run 1): scaled by a positive k without a check, 167 of 194 variants of parts k and h (70 of 74, 97 of 120);
  scaled by -1, 0 of 90; with a check asked, 0 of 75. Part x: 14 of 180 same-value variants (4 scaled from a base
  whose a equals m, 10 with a negative coefficient served the stored working of a sibling at half the scale).
 Served fresh (the model's, never stored), ARGUABLE: 61 / 45 workings per run written twice - a first answer ending
  in "\boxed{x = 5}" (or "#### 5") was continued, and the model's next whole answer appended: "Solve for k: $8(k - 8)
  = -40$." -> "1. 8(k - 8) = -40\n2. k - 8 = -5\n3. k = 3\n\boxed{k = 3}\n8(k - 8) = -40\nStep 1: Divide both sides
  by 8: ...\nSo the answer is k = 3." (every line true). No wrong value was served fresh.

FIXED (stop 54): an equation the working calls the request ("The equation is", "Start:", "Original equation:",
"### Solve" above it) must be the request itself. The arguable items (a working of the request divided through that
no line calls the request) still reuse and are left out of ctest.
"""
from probe_kit import J, E, S, P  # noqa: F401
import random
from fractions import Fraction as F

r265_rng = random.Random(265)
r265_meta = {}
r265_kind = {}  # variant id -> edit kind (for the report)
r265_prompts = set()

# ------------------------------------------------------------------ numbers and sides


def r265_fmt(q, dec=False):
    q = F(q)
    if q.denominator == 1:
        return str(q.numerator)
    if dec:
        d = q.denominator
        while d % 2 == 0:
            d //= 2
        while d % 5 == 0:
            d //= 5
        if d == 1:
            s = "%.6f" % float(q)
            return s.rstrip("0").rstrip(".")
    return "%d/%d" % (q.numerator, q.denominator)


def r265_term(c, v, dec=False, mult=""):
    c = F(c)
    if c == 1:
        return v
    if c == -1:
        return "-" + v
    if c.denominator != 1 and not dec:
        if c.numerator == 1:
            return "%s/%d" % (v, c.denominator)
        return "(%s)%s" % (r265_fmt(c), v)
    return r265_fmt(c, dec) + mult + v


def r265_side(c, k, v, dec=False, const_first=False, mult="", minus="-"):
    c, k = F(c), F(k)
    parts = []
    if c != 0:
        parts.append(r265_term(c, v, dec, mult))
    if k != 0 or c == 0:
        parts.append(r265_fmt(k, dec))
    if const_first and len(parts) == 2:
        parts = [parts[1], parts[0]]
    out = parts[0]
    for p in parts[1:]:
        if p.startswith("-"):
            out += " - " + p[1:]
        else:
            out += " + " + p
    if minus != "-":
        out = out.replace("-", minus)
    return out


def r265_eq(lc, lk, rc, rk, v, dec=False):
    return "%s = %s" % (r265_side(lc, lk, v, dec), r265_side(rc, rk, v, dec))


# ------------------------------------------------------------------ equation shapes
# An equation: dict(shape, a, b, c, d, m, q) and the sides lc v + lk = rc v + rk it means.

def r265_sides(e):
    s = e["shape"]
    a, b, c, d, m, q = (F(e.get(k, 0)) for k in "abcdmq")
    if s in ("lin", "rev", "dec"):
        return (a, b, 0, c)
    if s == "two":
        return (a, b, c, d)
    if s == "brk":
        return (a, a * m, 0, c)
    if s == "div":
        return (1 / q, b, 0, c)
    if s == "fracb":
        return (1 / q, m / q, 0, c)
    if s == "plus2":
        return (a, b + d, 0, c)
    if s == "word":
        return (a, b, 0, c)
    raise ValueError(s)


def r265_value(e):
    lc, lk, rc, rk = r265_sides(e)
    if lc == rc:
        return None
    return (rk - lk) / (lc - rc)


def r265_render(e, v, nota="plain"):
    """The request's equation in a notation."""
    s = e["shape"]
    a, b, c, d, m, q = (F(e.get(k, 0)) for k in "abcdmq")
    dec = s == "dec"
    mult = {"star": "*", "dot": "·"}.get(nota, "")
    if s == "lin":
        txt = "%s = %s" % (r265_side(a, b, v, mult=mult), r265_fmt(c))
    elif s == "rev":
        txt = "%s = %s" % (r265_side(a, b, v, const_first=True, mult=mult), r265_fmt(c))
    elif s == "dec":
        txt = "%s = %s" % (r265_side(a, b, v, dec=True, mult=mult), r265_fmt(c, True))
    elif s == "two":
        txt = "%s = %s" % (r265_side(a, b, v, mult=mult), r265_side(c, d, v, mult=mult))
    elif s == "brk":
        txt = "%s(%s) = %s" % (r265_fmt(a) if a not in (1, -1) else ("" if a == 1 else "-"),
                               r265_side(1, m, v), r265_fmt(c))
    elif s == "div":
        tail = (" - %s" % r265_fmt(-b)) if b < 0 else (" + %s" % r265_fmt(b))
        txt = "%s/%s%s = %s" % (v, r265_fmt(q), tail, r265_fmt(c))
    elif s == "fracb":
        txt = "(%s)/%s = %s" % (r265_side(1, m, v), r265_fmt(q), r265_fmt(c))
    elif s == "plus2":
        tail = (" - %s" % r265_fmt(-d)) if d < 0 else (" + %s" % r265_fmt(d))
        txt = "%s%s = %s" % (r265_side(a, b, v, mult=mult), tail, r265_fmt(c))
    else:
        raise ValueError(s)
    if e.get("swap"):
        l, r = txt.split(" = ")
        txt = "%s = %s" % (r, l)
    if nota == "compact":
        txt = txt.replace(" ", "")
    elif nota == "uminus":
        txt = txt.replace("-", "\u2212")
    elif nota == "latex":
        txt = "\\(" + txt + "\\)"
    elif nota == "dollar":
        txt = "$" + txt + "$"
    return txt


def r265_plain_sides(e, v):
    """The request's two sides as written plainly (for a check asked)."""
    return r265_render(e, v, "plain").split(" = ")


def r265_steps(e, v):
    """[(description, equation)] from the request to v = value, one operation a step."""
    s = e["shape"]
    a, b, c, d, m, q = (F(e.get(k, 0)) for k in "abcdmq")
    dec = s == "dec"
    steps = []
    if s == "brk":
        if r265_rng.random() < 0.5 and (c / a).denominator == 1:
            steps.append(("Divide both sides by %s" % r265_fmt(a), "%s = %s" % (r265_side(1, m, v), r265_fmt(c / a))))
            lc, lk, rc, rk = F(1), m, F(0), c / a
        else:
            steps.append(("Expand the brackets", "%s = %s" % (r265_side(a, a * m, v), r265_fmt(c))))
            lc, lk, rc, rk = a, a * m, F(0), c
    elif s == "div":
        lc, lk, rc, rk = 1 / q, b, F(0), c
        steps.append((("Subtract %s from both sides" % r265_fmt(b)) if b > 0 else ("Add %s to both sides" % r265_fmt(-b)),
                      "%s/%s = %s" % (v, r265_fmt(q), r265_fmt(c - b))))
        steps.append(("Multiply both sides by %s" % r265_fmt(q), "%s = %s" % (v, r265_fmt((c - b) * q))))
        return steps
    elif s == "fracb":
        steps.append(("Multiply both sides by %s" % r265_fmt(q), "%s = %s" % (r265_side(1, m, v), r265_fmt(c * q))))
        lc, lk, rc, rk = F(1), m, F(0), c * q
    elif s == "plus2":
        steps.append(("Combine like terms", "%s = %s" % (r265_side(a, b + d, v), r265_fmt(c))))
        lc, lk, rc, rk = a, b + d, F(0), c
    else:
        lc, lk, rc, rk = r265_sides(e)
    swapped = bool(e.get("swap"))

    def show(l1, l2, r1, r2):
        left, right = r265_side(l1, l2, v, dec), r265_side(r1, r2, v, dec)
        return "%s = %s" % ((right, left) if swapped else (left, right))
    if rc != 0:
        desc = ("Subtract %s from both sides" % r265_term(rc, v, dec)) if rc > 0 else \
            ("Add %s to both sides" % r265_term(-rc, v, dec))
        lc, rc = lc - rc, F(0)
        steps.append((desc, show(lc, lk, rc, rk)))
    if lk != 0:
        desc = ("Subtract %s from both sides" % r265_fmt(lk, dec)) if lk > 0 else \
            ("Add %s to both sides" % r265_fmt(-lk, dec))
        rk, lk = rk - lk, F(0)
        steps.append((desc, show(lc, lk, rc, rk)))
    if lc != 1:
        if lc.denominator != 1 and lc.numerator == 1:
            desc = "Multiply both sides by %s" % r265_fmt(lc.denominator)
        else:
            desc = "Divide both sides by %s" % r265_fmt(lc, dec)
        rk, lc = rk / lc, F(1)
        steps.append((desc, show(lc, lk, rc, rk)))
    if swapped:
        steps.append(("", "%s = %s" % (v, r265_fmt(rk, dec))))
    return steps


# ------------------------------------------------------------------ workings as models write them
STYLES = ["stepcolon", "numbered", "plain", "prose", "arrows", "md_bold", "md_head", "latex", "md_list", "sentences"]
FINALS = ["none", "so", "therefore", "answer", "boxed", "md_answer", "hash"]


def r265_check_line(e, v, val):
    lc, lk, rc, rk = r265_sides(e)
    left, right = r265_plain_sides(e, v)
    if e.get("swap"):
        left, right = right, left
    sv = "(%s)" % r265_fmt(val)

    def put(side):
        import re as _re
        return _re.sub(r"(?<![A-Za-z])%s(?![A-Za-z])" % v, sv, side).replace("%s(" % "", "(")
    lv = lc * val + lk
    rv = rc * val + rk
    if rc == 0:
        return "Check: %s = %s \u2713" % (put(left), r265_fmt(lv))
    return "Check: %s = %s and %s = %s \u2713" % (put(left), r265_fmt(lv), put(right), r265_fmt(rv))


def r265_working(e, v, style, final, check=False, steps=None, val=None, restate=True):
    """A working in a style; returns (text, markdown?)."""
    if val is None:
        val = r265_value(e)
    steps = steps if steps is not None else r265_steps(e, v)
    first = r265_render(e, v, "plain")
    sval = r265_fmt(val, e["shape"] == "dec")
    md = style in ("md_bold", "md_head", "latex", "md_list") or final in ("boxed", "md_answer")
    lines = []
    if style == "stepcolon":
        if restate:
            lines.append(first)
        for i, (d, q) in enumerate(steps, 1):
            lines.append("Step %d: %s: %s" % (i, d, q) if d else "Step %d: %s" % (i, q))
    elif style == "numbered":
        eqs = ([first] if restate else []) + [q for _, q in steps]
        lines += ["%d. %s" % (i, q) for i, q in enumerate(eqs, 1)]
    elif style == "plain":
        lines += ([first] if restate else []) + [q for _, q in steps]
    elif style == "prose":
        if restate:
            lines.append(first)
        lines += ["%s: %s" % (d, q) if d else q for d, q in steps]
    elif style == "arrows":
        lines.append(" \u2192 ".join([first] + [q for _, q in steps]))
    elif style == "md_bold":
        if restate:
            lines.append(first)
        for i, (d, q) in enumerate(steps, 1):
            if d:
                lines.append("**Step %d:** %s" % (i, d))
            lines.append(q)
    elif style == "md_head":
        lines.append("### Solution")
        if restate:
            lines.append(first)
        for i, (d, q) in enumerate(steps, 1):
            if d:
                lines.append("#### Step %d: %s" % (i, d))
            lines.append(q)
    elif style == "latex":
        if restate:
            lines.append("\\(" + first + "\\)")
        lines += ["\\(" + q + "\\)" for _, q in steps]
    elif style == "md_list":
        if restate:
            lines.append("- " + first)
        lines += ["- %s: %s" % (d, q) if d else "- " + q for d, q in steps]
    elif style == "sentences":
        lines.append("We start from %s." % first)
        for d, q in steps:
            lines.append(("%s, which gives %s." % (d, q)) if d else "So %s." % q)
    if check:
        lines.append(r265_check_line(e, v, val))
    if final == "so":
        lines.append("So the answer is %s = %s." % (v, sval))
    elif final == "therefore":
        lines.append("Therefore %s equals %s." % (v, sval))
    elif final == "answer":
        lines.append("Answer: %s = %s" % (v, sval))
    elif final == "boxed":
        lines.append("\\boxed{%s = %s}" % (v, sval))
    elif final == "md_answer":
        lines.append("**Answer:** %s = %s" % (v, sval))
    elif final == "hash":
        lines.append("#### %s" % sval)
    if final == "none" and style == "sentences":
        lines.append("So %s = %s." % (v, sval))
    return "\n".join(lines), md


# ------------------------------------------------------------------ model mistakes

def r265_wrong(e, v, kind, style, final, check, stale=None):
    """A realistic wrong answer of one kind."""
    val = r265_value(e)
    steps = r265_steps(e, v)
    if kind == "slip" and len(steps) >= 2:
        # one number in a middle step off; the later steps carry it on
        e2 = dict(e)
        key = "c" if e["shape"] != "two" else "d"
        e2[key] = F(e2[key]) + r265_rng.choice([-2, -1, 1, 2])
        if r265_value(e2) is None:
            e2[key] = F(e2[key]) + 5
        st2 = r265_steps(e2, v)
        mixed = st2[: len(st2)]
        return r265_working(e, v, style, final, check, steps=mixed, val=r265_value(e2))[0]
    if kind == "sign":
        e2 = dict(e)
        key = "b" if F(e.get("b", 0)) != 0 else "c"
        e2[key] = -F(e2[key])
        if r265_value(e2) is None or r265_value(e2) == val:
            e2[key] = F(e2[key]) + 3
        st2 = r265_steps(e2, v)
        return r265_working(e, v, style, final, check, steps=st2, val=r265_value(e2))[0]
    if kind == "desc":
        # right equations, a description that names the wrong number
        st = list(steps)
        for i, (d, q) in enumerate(st):
            import re as _re
            m = _re.search(r"\d+", d)
            if m:
                n = int(m.group(0))
                st[i] = (d[:m.start()] + str(n + r265_rng.choice([1, 2, 3])) + d[m.end():], q)
                break
        style2 = style if style in ("stepcolon", "prose", "md_bold", "md_head", "md_list", "sentences") else "stepcolon"
        return r265_working(e, v, style2, final, check, steps=st, val=val)[0]
    if kind == "final":
        txt = r265_working(e, v, style, "none", check, steps=steps, val=val)[0]
        return txt + "\nSo the answer is %s = %s." % (v, r265_fmt(val + r265_rng.choice([-1, 1, 2])))
    if kind == "invert" and val != 0:
        st = list(steps)
        d, q = st[-1]
        st[-1] = (d, "%s = %s" % (v, r265_fmt(1 / val)))
        return r265_working(e, v, style, final, check, steps=st, val=1 / val)[0]
    if kind == "stale" and stale:
        return stale
    return r265_working(e, v, style, "so", check, steps=steps, val=val + 1)[0]


WRONG_KINDS = ["slip", "sign", "desc", "final", "invert"]


def r265_answers(e, v, style, final, check, first_wrong=None, sticky=0, stale=None):
    right = r265_working(e, v, style, final, check)[0]
    right2 = r265_working(e, v, r265_rng.choice(["stepcolon", "plain", "prose"]), "so", check)[0]
    if not first_wrong:
        return [right, right2]
    w = r265_wrong(e, v, first_wrong, style, final, check, stale)
    out = [w] * (1 + sticky)
    return out + [right, right2]


# ------------------------------------------------------------------ requests as people write them
ASKS_EN = ["Solve for {v}: {eq}.", "Solve {eq} for {v}.", "Find {v} if {eq}.", "What is {v}? {eq}",
           "Determine the value of {v} in {eq}.", "Isolate {v}: {eq}", "Solve the equation {eq}.",
           "{eq}. Solve for {v}.", "Can you solve {eq} for {v}?", "Please find {v}, given that {eq}.",
           "Work out {v} from {eq}.", "Calculate {v} where {eq}."]
ASKS_OTHER = {"no": "L\u00f8s for {v}: {eq}.", "de": "L\u00f6se nach {v} auf: {eq}.",
              "es": "Resuelve para {v}: {eq}.", "fr": "R\u00e9sous pour {v} : {eq}.",
              "it": "Risolvi per {v}: {eq}.", "pl": "Rozwi\u0105\u017c dla {v}: {eq}.",
              "nl": "Los op voor {v}: {eq}.", "pt": "Resolva para {v}: {eq}."}
INSTR = ["", " Show your steps.", " Show your work.", " Number the steps.", " Explain each step.",
         " Show each step clearly.", " Give the final answer on its own line.", " Step by step, please."]
CHECK_INSTR = [" Check your answer.", " Show your steps and check the answer.", " Verify the solution."]
NEUTRAL = [" Thanks!", " This is for my homework.", " Take your time.", " I'm revising for a test.",
           " Please be clear."]
TYPOS = [("Solve", "Slove"), ("Find", "Fnid"), ("What", "Waht"), ("equation", "equaton"), ("Determine", "Detrmine"),
         ("steps", "setps"), ("value", "vlaue"), ("Calculate", "Calcualte")]
NOTAS = ["plain", "plain", "plain", "compact", "uminus", "latex", "dollar", "star", "dot"]
VARS = ["x", "x", "x", "y", "n", "k", "m", "p", "z", "w", "r", "s"]


def r265_prompt(r):
    eq = r265_render(r.get("shown", r["eq"]), r["v"], r["nota"])
    ask = r["ask"]
    text = ask.format(v=r["v"], eq=eq) + r["instr"] + r.get("extra", "")
    if r.get("typo"):
        a, b = r["typo"]
        text = text.replace(a, b, 1)
    return text


def r265_new_eq(shape):
    R = r265_rng
    for _ in range(200):
        val = F(R.randint(-12, 15))
        if R.random() < 0.15:
            val = F(R.randint(-15, 15), R.choice([2, 3, 4, 5]))
        a = R.choice([2, 3, 4, 5, 6, 7, 8, 9, -2, -3, -4, 11, 12])
        b = R.randint(-30, 30) or 7
        e = {"shape": shape}
        if shape in ("lin", "rev", "word"):
            e.update(a=a, b=b, c=a * val + b)
        elif shape == "dec":
            a = F(R.choice([5, 15, 25, 12, 35]), 10)
            b = F(R.randint(-40, 40), 10) or F(15, 10)
            val = F(R.randint(-8, 12))
            e.update(a=a, b=b, c=a * val + b)
        elif shape == "two":
            c = R.choice([1, 2, 3, -1, -2, 5])
            if c == a:
                continue
            d = R.randint(-20, 20)
            e.update(a=a, b=b, c=c, d=a * val + b - c * val - d + d)
            e["d"] = F(a) * val + b - F(c) * val
        elif shape == "brk":
            m = R.randint(-9, 9) or 3
            e.update(a=a, m=m, c=a * (val + m))
        elif shape == "div":
            q = R.choice([2, 3, 4, 5, 6])
            val = F(q * R.randint(-6, 8))
            e.update(q=q, b=b, c=val / q + b)
        elif shape == "fracb":
            q = R.choice([2, 3, 4, 5])
            m = R.randint(-9, 9) or 2
            val = F(q * R.randint(-5, 8) - m)
            e.update(q=q, m=m, c=(val + m) / q)
        elif shape == "plus2":
            d = R.randint(-15, 15) or 4
            e.update(a=a, b=b, d=d, c=a * val + b + d)
        if r265_value(e) is not None and all(F(e.get(k, 0)).denominator == 1 or shape == "dec"
                                             for k in "abcdmq" if k in e):
            return e
    raise RuntimeError(shape)


SHAPES = ["lin", "lin", "rev", "two", "two", "brk", "div", "fracb", "plus2", "dec"]


# ------------------------------------------------------------------ adding probes

def r265_add(pid, r, answers, md, family, safe=False, base=None, kind=None, form=None, check=False):
    prompt = r265_prompt(r)
    if prompt in r265_prompts:
        return False
    r265_prompts.add(prompt)
    val = r265_value(r["eq"])
    E(pid, family, prompt, r["v"], r265_fmt(val), answers, safe=safe, notation="markdown" if md else None)
    if check:
        P[-1]["expect"]["check_sides"] = r265_plain_sides(r["eq"], r["v"])
    if form:
        P[-1]["expect"]["form"] = form
    r265_meta[pid] = {"base": base} if base else {}
    if kind:
        r265_kind[pid] = kind
    return True


EDITS = ["constant", "constant", "sign", "coefficient", "samesol", "var", "swap", "addterm", "bracket", "form",
         "check", "language", "extra_safe", "extra_change", "typo", "notation", "nocheck"]


def r265_edit(base, kind):
    """(variant request, safe, form) or None."""
    R = r265_rng
    r = dict(base)
    e = dict(base["eq"])
    r["eq"] = e
    s = e["shape"]
    val = r265_value(base["eq"])
    form = None
    if kind == "constant":
        key = "d" if s == "two" and R.random() < 0.5 else "c"
        if s in ("brk", "fracb") and R.random() < 0.5:
            key = "m"
        e[key] = F(e[key]) + R.choice([-3, -2, -1, 1, 2, 3, 5, 10])
        safe = False
    elif kind == "sign":
        key = "b" if "b" in e else ("m" if "m" in e else "c")
        if R.random() < 0.3:
            key = "c"
        e[key] = -F(e[key])
        safe = False
    elif kind == "coefficient":
        if "a" not in e:
            return None
        e["a"] = F(e["a"]) + R.choice([-1, 1, 2, 3])
        safe = False
    elif kind == "samesol":
        if s not in ("lin", "rev", "word", "plus2"):
            return None
        na = F(e["a"]) + R.choice([1, 2, 3])
        e["a"] = na
        e["c"] = na * val + F(e["b"]) + F(e.get("d", 0))
        safe = False
    elif kind == "var":
        r["v"] = R.choice([x for x in VARS if x != base["v"]])
        safe = True
    elif kind == "swap":
        e["swap"] = not e.get("swap")
        safe = True
    elif kind == "addterm":
        if s in ("lin", "rev"):
            e["shape"] = "plus2"
            if s == "rev":
                return None
            e["d"] = R.choice([-6, -4, -2, 2, 3, 5])
        elif s == "two":
            e["b"] = F(e["b"]) + R.choice([-4, 3, 6])
        else:
            return None
        safe = False
    elif kind == "bracket":
        if s == "lin":
            e["shape"] = "brk"
            e["m"] = e["b"]
        elif s == "brk":
            e["shape"] = "lin"
            e["b"] = e["m"]
        else:
            return None
        safe = False
    elif kind == "form":
        if val.denominator != 1:
            r["instr"] = r["instr"] + R.choice([" Give the answer as a decimal.", " Write the answer as a decimal."])
            if r265_fmt(val, True) == r265_fmt(val):
                return None
            form = {"must": r"-?\d+\.\d+"}
        else:
            r["instr"] = R.choice([" Give only the number, nothing else.", " Reply with the value alone."])
            form = {"must": r"\A\s*-?[\d/.]+\s*\Z"}
        safe = False
    elif kind == "check":
        if r.get("checked"):
            return None
        r["instr"] = R.choice(CHECK_INSTR)
        r["checked"] = True
        safe = False
    elif kind == "nocheck":
        if not r.get("checked"):
            return None
        r["instr"] = R.choice([" Show your steps.", ""])
        r["checked"] = False
        safe = True
    elif kind == "language":
        lang = R.choice(list(ASKS_OTHER))
        r["ask"] = ASKS_OTHER[lang]
        safe = True
        if r.get("checked"):
            return None
    elif kind == "extra_safe":
        r["extra"] = R.choice(NEUTRAL)
        safe = True
    elif kind == "extra_change":
        key = "d" if s == "two" else "c"
        if s == "div" or s == "fracb" or s == "brk":
            key = "c"
        newc = F(e[key]) + R.choice([-2, 1, 3, 4])
        old = r265_fmt(e[key], s == "dec")
        r["extra"] = R.choice([" Sorry, typo: the %s should be %s.", " (Correction: replace %s with %s.)",
                               " Actually, the %s is a %s."]) % (old, r265_fmt(newc, s == "dec"))
        if r265_prompt(base).count(old) != 1:
            return None
        r["shown"] = dict(e)
        e[key] = newc
        safe = False
    elif kind == "typo":
        p = r265_prompt(base)
        opts = [t for t in TYPOS if t[0] in p]
        if not opts:
            return None
        r["typo"] = R.choice(opts)
        safe = True
    elif kind == "notation":
        r["nota"] = R.choice([n for n in NOTAS if n != base["nota"]])
        safe = True
    else:
        return None
    if r265_value(e) is None:
        return None
    if not safe and kind not in ("samesol", "form", "check") and r265_value(e) == val:
        safe = True
    return r, safe, form


def r265_sweep(n_bases):
    R = r265_rng
    vn = 0
    for bi in range(n_bases):
        shape = R.choice(SHAPES)
        e = r265_new_eq(shape)
        v = R.choice(VARS)
        lang_base = R.random() < 0.12
        ask = R.choice(list(ASKS_OTHER.values())) if lang_base else R.choice(ASKS_EN)
        checked = R.random() < 0.15
        instr = R.choice(CHECK_INSTR) if checked else R.choice(INSTR)
        nota = R.choice(NOTAS) if shape != "dec" else "plain"
        base = {"eq": e, "v": v, "ask": ask, "instr": instr, "nota": nota, "checked": checked}
        style, final = R.choice(STYLES), R.choice(FINALS)
        text, md = r265_working(e, v, style, final, checked)
        bid = "d265-b%03d" % bi
        answers = [text, r265_working(e, v, "stepcolon", "so", checked)[0]]
        if not r265_add(bid, base, answers, md, "sweep_base", check=checked):
            continue
        kinds = R.sample(EDITS, 11)
        for kind in kinds:
            made = r265_edit(base, kind)
            if not made:
                continue
            r, safe, form = made
            vstyle, vfinal = R.choice([style, style, R.choice(STYLES)]), R.choice([final, R.choice(FINALS)])
            ev = r["eq"]
            if form and form["must"].startswith("\\A"):
                vt = r265_fmt(r265_value(ev))
                answers = [vt, vt]
                vmd = False
                if R.random() < 0.3:
                    answers = [text, vt, vt]  # the model gives the whole working first
            elif form:
                vt = "%s = %s" % (r["v"], r265_fmt(r265_value(ev), True))
                w = r265_working(ev, r["v"], vstyle, "none", r.get("checked"))[0]
                answers = [w + "\n" + vt, w + "\n" + vt]
                vmd = vstyle in ("md_bold", "md_head", "latex", "md_list")
                if R.random() < 0.3:
                    answers = [r265_working(ev, r["v"], vstyle, vfinal, r.get("checked"))[0]] + answers
                    vmd = vmd or vfinal in ("boxed", "md_answer")
            else:
                roll = R.random()
                fw, sticky = None, 0
                if roll < 0.12:
                    fw = "stale"
                elif roll < 0.32:
                    fw = R.choice(WRONG_KINDS)
                    sticky = 1 if R.random() < 0.3 else 0
                answers = r265_answers(ev, r["v"], vstyle, vfinal, r.get("checked"), fw, sticky, stale=text)
                vmd = vstyle in ("md_bold", "md_head", "latex", "md_list") or vfinal in ("boxed", "md_answer") or \
                    (fw == "stale" and md)
            vid = "d265-v%04d" % vn
            vn += 1
            r265_add(vid, r, answers, vmd, "sweep_" + kind, safe=safe, base=bid, kind=kind, form=form,
                     check=bool(r.get("checked")) and not safe)


def r265_singles(n):
    R = r265_rng
    for i in range(n):
        shape = R.choice(SHAPES)
        e = r265_new_eq(shape)
        v = R.choice(VARS)
        checked = R.random() < 0.15
        r = {"eq": e, "v": v, "ask": R.choice(ASKS_EN + list(ASKS_OTHER.values())),
             "instr": R.choice(CHECK_INSTR) if checked else R.choice(INSTR),
             "nota": R.choice(NOTAS) if shape != "dec" else "plain", "checked": checked}
        style, final = R.choice(STYLES), R.choice(FINALS)
        kind = R.choice(WRONG_KINDS)
        sticky = R.choice([0, 0, 1, 5])
        answers = r265_answers(e, v, style, final, checked, kind, sticky)
        md = style in ("md_bold", "md_head", "latex", "md_list") or final in ("boxed", "md_answer")
        sid = "d265-s%03d" % i
        if r265_add(sid, r, answers, md, "single_" + kind, check=checked):
            # a safe repeat right after, its own model right
            r2 = dict(r)
            r2["extra"] = R.choice(NEUTRAL)
            r265_add(sid + "-rep", r2, r265_answers(e, v, style, final, checked), md, "single_repeat", safe=True,
                     base=sid, kind="extra_safe")


WORD = [("A number tripled plus {b} is {c}. Find the number.", 3), ("A number doubled plus {b} is {c}. What is the number?", 2),
        ("Four times a number, plus {b}, equals {c}. Find the number.", 4),
        ("If you multiply a number by 5 and add {b}, you get {c}. What is the number?", 5)]


def r265_words(n):
    R = r265_rng
    for i in range(n):
        tmpl, a = R.choice(WORD)
        val = R.randint(1, 15)
        b = R.randint(1, 20)
        e = {"shape": "lin", "a": a, "b": b, "c": a * val + b}
        base_prompt = tmpl.format(b=b, c=a * val + b)
        steps = r265_steps(e, "n")
        text = "Let n be the number.\n" + "\n".join(["%s = %d" % (r265_side(a, b, "n"), a * val + b)] +
                                                     ["%s: %s" % s for s in steps]) + "\nThe number is %d." % val
        bid = "d265-w%03d" % i
        if base_prompt in r265_prompts:
            continue
        r265_prompts.add(base_prompt)
        E(bid, "word_base", base_prompt, "n", str(val), [text, text])
        r265_meta[bid] = {}
        # variants: the constant, the multiplier word, "minus"
        for j, (kind, mk) in enumerate([("constant", lambda: tmpl.format(b=b, c=a * val + b + 2 * a) if False else None),
                                        ("sign", None), ("coefficient", None), ("extra_safe", None)]):
            if kind == "constant":
                c2 = a * val + b + R.choice([1, 2, 3])
                p2, e2 = tmpl.format(b=b, c=c2), {"shape": "lin", "a": a, "b": b, "c": c2}
            elif kind == "sign":
                p2 = base_prompt.replace("plus", "minus").replace("add", "subtract", 1).replace(", you get", ", you get")
                if p2 == base_prompt:
                    continue
                e2 = {"shape": "lin", "a": a, "b": -b, "c": a * val + b}
            elif kind == "coefficient":
                others = [t for t in WORD if t[1] != a]
                t2, a2 = R.choice(others)
                p2, e2 = t2.format(b=b, c=a * val + b), {"shape": "lin", "a": a2, "b": b, "c": a * val + b}
            else:
                p2, e2 = base_prompt + " Thanks!", e
            v2 = r265_value(e2)
            st2 = r265_steps(e2, "n")
            t2txt = "Let n be the number.\n" + "\n".join([r265_eq(F(e2["a"]), F(e2["b"]), 0, F(e2["c"]), "n")] +
                                                          ["%s: %s" % s for s in st2]) + "\nThe number is %s." % r265_fmt(v2)
            vid = "%s-%s" % (bid, kind)
            if p2 in r265_prompts:
                continue
            r265_prompts.add(p2)
            E(vid, "word_" + kind, p2, "n", r265_fmt(v2), [t2txt, t2txt], safe=(kind == "extra_safe"))
            r265_meta[vid] = {"base": bid}
            r265_kind[vid] = kind



# ------------------------------------------------------------------ part 2: edits whose marks move the value
import re as r265_re


def r265_lin(side, v):
    """(coefficient, constant) of a plain side in v (implied products read), or None."""
    e = side.replace("\u2212", "-").replace("\u2013", "-").replace("\u00b7", "*").replace("\u00d7", "*")
    e = e.replace("\\left", "").replace("\\right", "")
    e = r265_re.sub(r"\\d?frac\{([^{}]+)\}\{([^{}]+)\}", r"((\1)/(\2))", e)
    toks = r265_re.findall(r"\d+(?:\.\d+)?|\.\d+|[A-Za-z]+|[()+\-*/]|\S", e)

    def at(val):
        out, prev = [], None
        for t in toks:
            if r265_re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", t):
                piece, kind = "F('%s')" % t, "atom"
            elif t == v:
                piece, kind = "F(%d)" % val, "atom"
            elif t in "()+-*/":
                piece, kind = t, ("open" if t == "(" else "close" if t == ")" else "op")
            else:
                return None
            if prev in ("atom", "close") and kind in ("atom", "open"):
                out.append("*")
            out.append(piece)
            prev = kind
        try:
            return eval("".join(out), {"F": F, "__builtins__": {}})
        except Exception:
            return None
    vals = [at(0), at(1), at(2)]
    if None in vals or vals[2] - vals[1] != vals[1] - vals[0]:
        return None
    return (vals[1] - vals[0], vals[0])


def r265_solve_text(eqtext, v):
    l, r = eqtext.split("=")
    L, R = r265_lin(l, v), r265_lin(r, v)
    if not L or not R or L[0] == R[0]:
        return None
    return (R[1] - L[1]) / (L[0] - R[0]), L, R


def r265_free_working(eqtext, v, style):
    """A working of any plain linear equation: restated, simplified, then one operation a step."""
    val, L, R = r265_solve_text(eqtext, v)
    lines = [eqtext]
    lc, lk, rc, rk = L[0], L[1], R[0], R[1]
    simple = "%s = %s" % (r265_side(lc, lk, v), r265_side(rc, rk, v))
    if simple.replace(" ", "") != eqtext.replace(" ", "").replace("\u2212", "-"):
        lines.append("Simplify both sides: " + simple)
    if rc != 0:
        d = ("Subtract %s from both sides" % r265_term(rc, v)) if rc > 0 else ("Add %s to both sides" % r265_term(-rc, v))
        lc, rc = lc - rc, F(0)
        lines.append("%s: %s = %s" % (d, r265_side(lc, lk, v), r265_fmt(rk)))
    if lk != 0:
        d = ("Subtract %s from both sides" % r265_fmt(lk)) if lk > 0 else ("Add %s to both sides" % r265_fmt(-lk))
        rk, lk = rk - lk, F(0)
        lines.append("%s: %s = %s" % (d, r265_term(lc, v), r265_fmt(rk)))
    if lc != 1:
        d = ("Multiply both sides by %s" % r265_fmt(1 / lc)) if lc.numerator == 1 and lc > 0 else \
            "Divide both sides by %s" % r265_fmt(lc)
        lines.append("%s: %s = %s" % (d, v, r265_fmt(rk / lc)))
    if style == "so":
        lines.append("So the answer is %s = %s." % (v, r265_fmt(val)))
    elif style == "answer":
        lines.append("Answer: %s = %s" % (v, r265_fmt(val)))
    return "\n".join(lines)


# Each: (base equation, [(variant equation, safe)]) over a template {v}; numbers drawn per base.
def r265_tricky_families(R):
    fams = []
    a, b, c = R.choice([2, 3, 4, 5, 6, 7]), R.randint(2, 19), R.randint(20, 60)
    fams.append(("dneg", "%d{v} - %d = %d" % (a, b, c), [
        ("%d{v} - -%d = %d" % (a, b, c), False), ("%d{v} + -%d = %d" % (a, b, c), True),
        ("%d{v} - (-%d) = %d" % (a, b, c), False), ("%d{v} - (%d) = %d" % (a, b, c), True),
        ("%d{v} \u2212 \u2212%d = %d" % (a, b, c), False), ("-%d{v} - %d = %d" % (a, b, c), False),
        ("%d{v} - %d = -%d" % (a, b, c), False), ("%d{v} - %d = - %d" % (a, b, c), False)]))
    q, m, c2 = R.choice([2, 3, 4, 5]), R.randint(2, 9), R.randint(3, 12)
    fams.append(("fracscope", "({v} + %d)/%d = %d" % (m, q, c2), [
        ("{v} + %d/%d = %d" % (m, q, c2), False), ("{v}/%d + %d = %d" % (q, m, c2), False),
        ("({v} + %d) / %d = %d" % (m, q, c2), True), ("(%d + {v})/%d = %d" % (m, q, c2), True),
        ("({v} - %d)/%d = %d" % (m, q, c2), False), ("({v} + %d)/%d = %d" % (m, q + 1, c2), False),
        ("%d = ({v} + %d)/%d" % (c2, m, q), True), ("({v} + %d)/(%d) = %d" % (m, q, c2), True)]))
    q, b, c3 = R.choice([2, 3, 4, 6]), R.randint(2, 9), R.randint(10, 20)
    fams.append(("divscope", "{v}/%d + %d = %d" % (q, b, c3), [
        ("{v}/(%d + %d) = %d" % (q, b, c3), False), ("({v} + %d)/%d = %d" % (b, q, c3), False),
        ("{v}/%d + %d = %d" % (b, q, c3), False), ("{v} / %d + %d = %d" % (q, b, c3), True),
        ("%d + {v}/%d = %d" % (b, q, c3), True), ("(1/%d){v} + %d = %d" % (q, b, c3), True),
        ("{v}/%d = %d - %d" % (q, c3, b), True), ("{v}/%d = %d + %d" % (q, c3, b), False)]))
    k, m, d = R.randint(20, 40), R.randint(2, 9), R.randint(1, 9)
    fams.append(("negbracket", "%d - ({v} + %d) = %d" % (k, m, d), [
        ("%d - {v} + %d = %d" % (k, m, d), False), ("%d - ({v} - %d) = %d" % (k, m, d), False),
        ("%d - (%d + {v}) = %d" % (k, m, d), True), ("%d + ({v} + %d) = %d" % (k, m, d), False),
        ("%d - {v} - %d = %d" % (k, m, d), True), ("-({v} + %d) + %d = %d" % (m, k, d), True),
        ("%d - %d({v} + %d) = %d" % (k, 2, m, d), False)]))
    a, b, c = R.choice([3, 4, 5, 6]), R.randint(2, 9), R.randint(20, 50)
    fams.append(("moved", "%d{v} + %d = %d" % (a, b, c), [
        ("%d{v} = %d + %d" % (a, c, b), False), ("%d{v} = %d - %d" % (a, c, b), True),
        ("%d{v} + %d - %d = 0" % (a, b, c), True), ("%d + %d{v} = %d" % (b, a, c), True),
        ("%d{v} + %d{v} = %d" % (a, b, c), False), ("%d{v} + %d = %d{v}" % (a, b, c), False),
        ("%d({v}) + %d = %d" % (a, b, c), True), ("%d{v}{v} + %d = %d" % (a, b, c), None)]))
    a, b, c = R.choice([5, 15, 25]), R.randint(11, 49), R.randint(50, 99)
    fams.append(("digits", "0.%d{v} + %d.%d = %d.%d" % (a, b // 10, b % 10, c // 10, c % 10), [
        ("0.0%d{v} + %d.%d = %d.%d" % (a, b // 10, b % 10, c // 10, c % 10), False),
        ("0.%d{v} + %d = %d.%d" % (a, b, c // 10, c % 10), False),
        ("0.%d{v} + %d.%d = %d" % (a, b // 10, b % 10, c), False),
        ("0.%d0{v} + %d.%d = %d.%d" % (a, b // 10, b % 10, c // 10, c % 10), True),
        (".%d{v} + %d.%d = %d.%d" % (a, b // 10, b % 10, c // 10, c % 10), True),
        ("%d{v} + %d.%d = %d.%d" % (a, b // 10, b % 10, c // 10, c % 10), False),
        ("0.%d{v} + %d.%d = %d.%d0" % (a, b // 10, b % 10, c // 10, c % 10), True)]))
    a, b, c = R.choice([2, 3, 4]), R.randint(2, 9), R.randint(10, 40)
    fams.append(("latex", "\\frac{{v}}{%d} + %d = %d" % (a, b, c), [
        ("\\frac{{v}}{%d} + %d = %d" % (b, a, c), False), ("\\frac{{v} + %d}{%d} = %d" % (b, a, c), False),
        ("\\dfrac{{v}}{%d} + %d = %d" % (a, b, c), True), ("\\frac{{v}}{%d} - %d = %d" % (a, b, c), False),
        ("\\frac{1}{%d}{v} + %d = %d" % (a, b, c), True), ("\\frac{%d}{{v}} + %d = %d" % (a, b, c), None),
        ("\\frac{{v}}{%d} + %d = %d" % (a, b, c + 1), False)]))
    a, b, c = R.choice([2, 3, 5]), R.randint(2, 9), R.randint(10, 40)
    fams.append(("unit", "{v} + %d = %d" % (b, c), [
        ("1{v} + %d = %d" % (b, c), True), ("-{v} + %d = %d" % (b, c), False), ("{v} - %d = %d" % (b, c), False),
        ("%d{v} + %d = %d" % (a, b, c), False), ("{v} + %d = %d + {v}" % (b, c), None),
        ("{v} + %d + 0 = %d" % (b, c), True), ("{v}/1 + %d = %d" % (b, c), True)]))
    return fams


ASK2 = ["Solve for {v}: {eq}.", "Find {v} if {eq}. Show your steps.", "Solve {eq} for {v}.",
        "What is {v}? {eq}. Show your work.", "Determine {v} in {eq}.", "Solve the equation {eq}. Number the steps."]


def r265_tricky(n_rounds):
    R = r265_rng
    k = 0
    for rep in range(n_rounds):
        for name, base_eq, variants in r265_tricky_families(R):
            v = R.choice(VARS)
            ask = R.choice(ASK2)
            latex = name == "latex"

            def plain(eqt):
                return eqt.replace("{v}", v)

            def prompt_of(eqt):
                shown = plain(eqt)
                if latex:
                    shown = "\\(" + shown + "\\)"
                return ask.replace("{eq}", shown).replace("{v}", v)

            def solved(eqt):
                t = plain(eqt)
                return r265_solve_text(t, v)
            bs = solved(base_eq)
            if not bs:
                continue
            fin = R.choice(["so", "answer", "none"])

            def work(eqt):
                t = plain(eqt)
                if latex:
                    t = r265_re.sub(r"\\d?frac\{([^{}]+)\}\{([^{}]+)\}", r"(\1)/(\2)", t)
                return r265_free_working(t, v, fin)
            bid = "d265-t%03d" % k
            k += 1
            p = prompt_of(base_eq)
            if p in r265_prompts:
                continue
            r265_prompts.add(p)
            btext = work(base_eq)
            E(bid, "tricky_base_" + name, p, v, r265_fmt(bs[0]), [btext, btext])
            r265_meta[bid] = {}
            for j, (veq, safe) in enumerate(variants):
                vid = "%s-%d" % (bid, j)
                pv = prompt_of(veq)
                if pv in r265_prompts:
                    continue
                sv = solved(veq) if safe is not None else None
                if safe is None or not sv:
                    # not a linear equation in one value: the right answer is a refusal or another method
                    continue
                r265_prompts.add(pv)
                vtext = work(veq)
                same_val = sv[0] == bs[0]
                answers = [vtext, vtext]
                if R.random() < 0.25 and not safe:
                    answers = [btext, vtext, vtext]  # the model repeats the base's working first
                E(vid, "tricky_" + name, pv, v, r265_fmt(sv[0]), answers, safe=bool(safe))
                r265_meta[vid] = {"base": bid}
                r265_kind[vid] = "tricky_" + name + ("_safe" if safe else ("_samevalue" if same_val else ""))



# ------------------------------------------------------------------ part 3: same value, other constants, the stored
# working's descriptions naming the old numbers (shifted b and c, scaled a and c)
DIV_FORMS = ["Divide both sides by {n}: {q}", "{q} (divide both sides by {n})", "Dividing both sides by {n} gives {q}.",
             "\u00f7{n} on both sides: {q}", "{q}   | \u00f7{n}", "**Divide by {n}:** {q}", "Step 1: Divide each side by {n}: {q}",
             "Now divide through by {n}, so {q}.", "Both sides over {n}: {q}", "{q}  (both sides \u00f7 {n})",
             "Divide by {n} \u2192 {q}", "{q}  // divided by {n}", "Split both sides into {n} equal parts: {q}",
             "Cancel the {n}: {q}", "Take out the factor {n}: {q}"]
SUB_FORMS = ["Subtract {n} from both sides: {q}", "{q} (subtract {n} from both sides)", "Subtracting {n} from both sides gives {q}.",
             "\u2212{n} on both sides: {q}", "{q}   | \u2212{n}", "**Subtract {n}:** {q}", "Step 1: Take {n} away from each side: {q}",
             "Move the {n} across: {q}", "Minus {n} both sides: {q}", "{q}  (both sides \u2212 {n})", "Subtract {n} \u2192 {q}",
             "{q}  // minus {n}", "Remove the {n}: {q}", "Get rid of the +{n}: {q}", "Knock off {n}: {q}"]


def r265_stale_desc(n_bases):
    R = r265_rng
    for i in range(n_bases):
        v = R.choice(VARS)
        ask = R.choice(ASK2)
        fin = R.choice(["so", "answer", "none"])
        restate = R.random() < 0.5
        if i % 2 == 0:
            # a(v + m) = c, divided first; variants scale a and c
            a, m, val = R.choice([2, 3, 4, 5]), R.randint(1, 9), R.randint(-5, 12)
            c = a * (val + m)
            form = R.choice(DIV_FORMS)
            eq = "%d(%s + %d) = %d" % (a, v, m, c)
            q = "%s + %d = %d" % (v, m, val + m)
            d1 = form.format(n=a, q=q)
            lines = ([eq] if restate else []) + [d1, "Subtract %d from both sides: %s = %d" % (m, v, val)]
            variants = []
            for k in R.sample([2, 3, -1, -2], 3):
                variants.append(("%d(%s + %d) = %d" % (k * a, v, m, k * c), [d1] + ([eq] if restate else [])))
            variants.append(("%d(%s + %d) = %d" % (a, v, m + 1, c), None))  # another value
            safe_v = ("%d(%s + %d) = %d" % (a, v, m, c)).replace(" = ", "=").replace(" + ", "+")
        else:
            a, b, val = R.choice([2, 3, 4, 5, 6, 7]), R.randint(2, 19), R.randint(-5, 12)
            c = a * val + b
            form = R.choice(SUB_FORMS)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            q = "%d%s = %d" % (a, v, a * val)
            d1 = form.format(n=b, q=q)
            lines = ([eq] if restate else []) + [d1, "Divide both sides by %d: %s = %d" % (a, v, val)]
            variants = []
            for sh in R.sample([1, 2, 3, 5, -1], 3):
                if b + sh <= 0:
                    continue
                variants.append(("%d%s + %d = %d" % (a, v, b + sh, c + sh), [d1] + ([eq] if restate else [])))
            variants.append(("%d%s + %d = %d" % (a, v, b, c + 1), None))
            safe_v = ("%d%s + %d = %d" % (a, v, b, c)).replace(" ", "")
        if fin == "so":
            lines.append("So the answer is %s = %d." % (v, val))
        elif fin == "answer":
            lines.append("Answer: %s = %d" % (v, val))
        text = "\n".join(lines)
        md = "**" in text
        bid = "d265-x%03d" % i
        p = ask.replace("{eq}", eq).replace("{v}", v)
        if p in r265_prompts:
            continue
        r265_prompts.add(p)
        E(bid, "stale_desc_base", p, v, str(val), [text, text], notation="markdown" if md else None)
        r265_meta[bid] = {}
        for j, (veq, false) in enumerate(variants):
            pv = ask.replace("{eq}", veq).replace("{v}", v)
            if pv in r265_prompts:
                continue
            r265_prompts.add(pv)
            sv = r265_solve_text(veq, v)[0]
            work = r265_free_working(veq, v, fin)
            vid = "%s-%d" % (bid, j)
            E(vid, "stale_desc_" + ("same_value" if false else "other_value"), pv, v, r265_fmt(sv), [work, work],
              false_lines=false or None)
            r265_meta[vid] = {"base": bid}
            r265_kind[vid] = "stale_desc"
        pv = ask.replace("{eq}", safe_v).replace("{v}", v)
        if pv not in r265_prompts:
            r265_prompts.add(pv)
            E(bid + "-s", "stale_desc_safe", pv, v, str(val), [text, text], safe=True,
              notation="markdown" if md else None)
            r265_meta[bid + "-s"] = {"base": bid}
            r265_kind[bid + "-s"] = "notation"


r265_stale_desc(60)


# ------------------------------------------------------------------ part 4: a stored working whose numbers play two
# roles (a = m, a = b), asked again for the same equation scaled by k (same value): the cached working restates the
# stored equation, not the request's; with a check asked, its check is the stored equation's
HEADS = ["Given: {e}", "We start from {e}.", "The equation is {e}.", "Original equation: {e}", "Problem: {e}",
         "Equation: {e}", "We are asked to solve {e}.", "### Solve {e}", "Start: {e}", "The given equation is {e}."]


def r265_scaled(n_bases, heads=False, tag="k"):
    R = r265_rng
    for i in range(n_bases):
        head = R.choice(HEADS) if heads else "{e}"
        v = R.choice(VARS)
        ask = R.choice(ASK2)
        check = i % 2 == 1 and not heads
        instr = R.choice(CHECK_INSTR) if check else ""
        fin = R.choice(["so", "answer", "none"])
        style = R.choice(["plain", "desc", "numbered"])
        if R.random() < 0.6:
            a = R.choice([2, 3, 4, 5])
            m, val = a, R.choice([x for x in range(-9, 10) if x != 0 and x != a and x != -a])
            shape = "brk"
        else:
            a = R.choice([2, 3, 4, 5, 6])
            m, val = R.choice([x for x in range(-9, 10) if x not in (0, a, -a)]), None
            shape = "lin"
        if shape == "brk":
            def eq_of(k):
                return "%d(%s + %d) = %d" % (k * a, v, m, k * a * (val + m))
            sides = lambda k: ["%d(%s + %d)" % (k * a, v, m), str(k * a * (val + m))]
            value = val

            def work(k, st):
                e = eq_of(k)
                l2 = "%s + %d = %d" % (v, m, val + m)
                l3 = "%s = %d" % (v, val)
                e = head.format(e=e)
                if st == "desc":
                    body = [e, "Divide both sides by %d: %s" % (k * a, l2), "Subtract %d from both sides: %s" % (m, l3)]
                elif st == "numbered":
                    body = ["1. " + e, "2. " + l2, "3. " + l3]
                else:
                    body = [e, l2, l3]
                return body, "Check: %d(%d + %d) = %d \u2713" % (k * a, val, m, k * a * (val + m))
        else:
            b = a
            c_of = lambda k: k * (a * m + b)
            value = m

            def eq_of(k):
                return "%d%s + %d = %d" % (k * a, v, k * b, c_of(k))
            sides = lambda k: ["%d%s + %d" % (k * a, v, k * b), str(c_of(k))]

            def work(k, st):
                e = eq_of(k)
                l2 = "%d%s = %d" % (k * a, v, c_of(k) - k * b)
                l3 = "%s = %d" % (v, m)
                e = head.format(e=e)
                if st == "desc":
                    body = [e, "Subtract %d from both sides: %s" % (k * b, l2), "Divide both sides by %d: %s" % (k * a, l3)]
                elif st == "numbered":
                    body = ["1. " + e, "2. " + l2, "3. " + l3]
                else:
                    body = [e, l2, l3]
                return body, "Check: %d(%d) + %d = %d \u2713" % (k * a, m, k * b, c_of(k))

        def text(k, st):
            body, chk = work(k, st)
            lines = list(body)
            if check:
                lines.append(chk)
            if fin == "so":
                lines.append("So the answer is %s = %d." % (v, value))
            elif fin == "answer":
                lines.append("Answer: %s = %d" % (v, value))
            return "\n".join(lines)

        def prompt(k):
            return ask.replace("{eq}", eq_of(k)).replace("{v}", v) + instr
        bid = "d265-%s%03d" % (tag, i)
        p = prompt(1)
        if p in r265_prompts:
            continue
        r265_prompts.add(p)
        bt = text(1, style)
        E(bid, "scaled_base" + ("_head" if heads else ""), p, v, str(value), [bt, bt])
        if check:
            P[-1]["expect"]["check_sides"] = sides(1)
        r265_meta[bid] = {}
        base_body, base_chk = work(1, style)
        stale = [base_body[0]] + ([base_chk] if check else [])
        for j, k in enumerate(R.sample([2, 3, 4, 5, 10], 3) + [-1]):
            pv = prompt(k)
            if pv in r265_prompts:
                continue
            r265_prompts.add(pv)
            vt = text(k, R.choice(["plain", "desc", "numbered"]))
            vid = "%s-%d" % (bid, j)
            E(vid, ("scaled_head_k%d" if heads else "scaled_k%d") % k, pv, v, str(value), [vt, vt], false_lines=stale)
            if check:
                P[-1]["expect"]["check_sides"] = sides(k)
            r265_meta[vid] = {"base": bid}
            r265_kind[vid] = "scaled"


r265_scaled(50)
r265_scaled(40, heads=True, tag="h")

r265_tricky(8)

r265_sweep(149)
r265_singles(90)
r265_words(20)

r265_found_alone = {
    "d265-h000-0", "d265-h000-1", "d265-h000-2", "d265-h002-0", "d265-h002-1", "d265-h002-2", "d265-h003-0",
    "d265-h003-1", "d265-h003-2", "d265-h004-0", "d265-h004-1", "d265-h004-2", "d265-h005-0", "d265-h005-1",
    "d265-h005-2", "d265-h006-0", "d265-h006-1", "d265-h006-2", "d265-h007-2", "d265-h008-0", "d265-h008-1",
    "d265-h008-2", "d265-h009-0", "d265-h009-1", "d265-h009-2", "d265-h010-0", "d265-h010-1", "d265-h010-2",
    "d265-h013-0", "d265-h013-1", "d265-h013-2", "d265-h014-0", "d265-h014-1", "d265-h014-2", "d265-h015-0",
    "d265-h015-1", "d265-h015-2", "d265-h016-0", "d265-h016-1", "d265-h016-2", "d265-h017-0", "d265-h017-1",
    "d265-h017-2", "d265-h018-0", "d265-h018-1", "d265-h018-2", "d265-h019-0", "d265-h019-1", "d265-h019-2",
    "d265-h021-0", "d265-h021-1", "d265-h021-2", "d265-h022-0", "d265-h022-1", "d265-h022-2", "d265-h023-0",
    "d265-h023-1", "d265-h023-2", "d265-h024-0", "d265-h024-1", "d265-h024-2", "d265-h025-0", "d265-h025-1",
    "d265-h025-2", "d265-h026-0", "d265-h026-1", "d265-h026-2", "d265-h027-0", "d265-h027-1", "d265-h027-2",
    "d265-h028-0", "d265-h028-1", "d265-h028-2", "d265-h029-0", "d265-h029-1", "d265-h029-2", "d265-h030-0",
    "d265-h030-1", "d265-h030-2", "d265-h031-0", "d265-h031-1", "d265-h031-2", "d265-h033-0", "d265-h033-1",
    "d265-h033-2", "d265-h034-0", "d265-h034-1", "d265-h034-2", "d265-h035-0", "d265-h035-1", "d265-h035-2",
    "d265-h036-0", "d265-h036-1", "d265-h036-2", "d265-h039-0", "d265-h039-1", "d265-h039-2", "d265-k000-0",
    "d265-k000-1", "d265-k000-2", "d265-k002-0", "d265-k002-1", "d265-k002-2", "d265-k004-0", "d265-k004-1",
    "d265-k004-2", "d265-k006-0", "d265-k006-1", "d265-k006-2", "d265-k008-0", "d265-k008-1", "d265-k008-2",
    "d265-k010-0", "d265-k010-1", "d265-k010-2", "d265-k012-0", "d265-k012-1", "d265-k012-2", "d265-k014-0",
    "d265-k014-2", "d265-k016-0", "d265-k016-1", "d265-k016-2", "d265-k018-0", "d265-k018-1", "d265-k018-2",
    "d265-k020-0", "d265-k020-1", "d265-k020-2", "d265-k022-0", "d265-k022-1", "d265-k022-2", "d265-k024-0",
    "d265-k024-1", "d265-k024-2", "d265-k026-1", "d265-k026-2", "d265-k028-0", "d265-k028-1", "d265-k028-2",
    "d265-k032-0", "d265-k032-1", "d265-k032-2", "d265-k034-0", "d265-k034-1", "d265-k034-2", "d265-k036-0",
    "d265-k036-1", "d265-k036-2", "d265-k038-0", "d265-k038-1", "d265-k038-2", "d265-k040-0", "d265-k040-1",
    "d265-k040-2", "d265-k042-0", "d265-k042-1", "d265-k042-2", "d265-k044-0", "d265-k044-1", "d265-k044-2",
    "d265-k046-0", "d265-k046-1", "d265-k046-2", "d265-k048-0", "d265-k048-1", "d265-k048-2", "d265-v1014",
    "d265-x000-1", "d265-x006-2", "d265-x014-2", "d265-x016-1", "d265-x022-1", "d265-x022-2", "d265-x026-2",
    "d265-x032-2", "d265-x034-1", "d265-x036-1", "d265-x038-0", "d265-x038-2", "d265-x044-1", "d265-x050-1",
}

r265_arguable = {
    "d265-h007-2", "d265-h013-0", "d265-h013-1", "d265-h013-2", "d265-h014-0", "d265-h014-1", "d265-h014-2",
    "d265-h022-2", "d265-k000-0", "d265-k000-1", "d265-k000-2", "d265-k002-0", "d265-k002-1", "d265-k002-2",
    "d265-k004-0", "d265-k004-1", "d265-k004-2", "d265-k006-0", "d265-k006-1", "d265-k006-2", "d265-k008-0",
    "d265-k008-1", "d265-k008-2", "d265-k010-0", "d265-k010-1", "d265-k010-2", "d265-k012-0", "d265-k012-1",
    "d265-k012-2", "d265-k014-0", "d265-k014-2", "d265-k016-0", "d265-k016-1", "d265-k016-2", "d265-k018-0",
    "d265-k018-1", "d265-k018-2", "d265-k020-0", "d265-k020-1", "d265-k020-2", "d265-k022-0", "d265-k022-1",
    "d265-k022-2", "d265-k024-0", "d265-k024-1", "d265-k024-2", "d265-k026-1", "d265-k026-2", "d265-k028-0",
    "d265-k028-1", "d265-k028-2", "d265-k032-0", "d265-k032-1", "d265-k032-2", "d265-k034-0", "d265-k034-1",
    "d265-k034-2", "d265-k036-0", "d265-k036-1", "d265-k036-2", "d265-k038-0", "d265-k038-1", "d265-k038-2",
    "d265-k040-0", "d265-k040-1", "d265-k040-2", "d265-k042-0", "d265-k042-1", "d265-k042-2", "d265-k044-0",
    "d265-k044-1", "d265-k044-2", "d265-k046-0", "d265-k046-1", "d265-k046-2", "d265-k048-0", "d265-k048-1",
    "d265-k048-2", "d265-v1014", "d265-x000-1", "d265-x006-2", "d265-x014-2", "d265-x016-1", "d265-x022-1",
    "d265-x022-2", "d265-x026-2", "d265-x032-2", "d265-x034-1", "d265-x036-1", "d265-x038-0", "d265-x038-2",
    "d265-x044-1", "d265-x050-1",
}

# Each variant's base (an empty dict for a base or a single), as built above.
r265_meta = {k: dict(v) for k, v in r265_meta.items()}

# A prompt the suite holds already with other answers (the scripted model keys its answers by prompt): left out.
P[:] = [p for p in P if p["id"] not in ("d265-t007-3",)]

# Two prompts the suite holds already with other answers (d180-p1-314, d190-p11-11057; the scripted model keys its answers by
# prompt): left out.
P[:] = [p for p in P if p["id"] not in ('d265-x003-2', 'd265-x053-0')]

# ctest keeps every found id, every 10th safe variant and every 30th of the rest, and the requests they build on
# (followed along chains); the arguable ones left out.
from probe_kit import trim_round as r265_trim_round  # noqa: E402

r265_trim_round("d265-", r265_found_alone, r265_arguable,
                lambda i: [r265_meta[i]["base"]] if r265_meta.get(i, {}).get("base") else [], chains=True)
