r"""Red-team round 231 (black box): DECIMAL, FRACTION, NEGATIVE AND ZERO SOLUTIONS.
Focus: linear equations whose solutions are decimals, fractions, negatives or 0, with decimal coefficients, fractions
  in the equation, the variable on both sides and brackets; workings whose final value is written in another form
  (2.50, mixed numbers, repeating or rounded decimals, "3/-4", "-3 ÷ 4"); stored request then variants that change one
  constant, move a term, mirror the sides or change the letter, and the other direction.
2,471 probes (seeded random.Random(231)): 267 bases, 1,137 pair variants whose model's FIRST answer is stale (the
  base's answer, or the base's working under the new equation line), 456 safe variants (mirrored "c = av + b", a term
  moved in front "b + av = c", renamed letter, "3.0" for "3"), 530 singles whose first answer holds a realistic mistake,
  81 others (single-answer repeats). Served twice on one fresh SQLite store (only the d231 probes: --workload).
Part 1 (families INT/DEC/FRC/BOTH/BR, d231-b/v/s/pb/pv-): 240 pair groups, shapes "av + b = c" (ints, fraction answer),
  "0.5x + 1.25 = 3" (decimal), "x/3 + 1/2 = 2", "av + b = cv + e", "a(v + b) = c"; variants change one constant (x10,
  /10, +1/4, sign, reciprocal of a fraction, the divisor), the same with the sides mirrored or a term moved, a new
  letter with a changed constant; every third group the other way (a variant stored, then the base asked).
  Singles (d231-s<kind>-): sign dropped, reciprocal, decimal point shifted, rounded "≈ 0.33", truncated "0.33", "0.333...",
  wrong mixed number "2 2/4" for 2 1/4, improper-as-mixed "3/3" for 1 2/3, a wrong middle step with the right value.
Part 2 (d231-x-): decimal commas ("0,5x + 1,25 = 3", answers "x = 3,5" or the comma read as a separator), "1,500x = 3"
  after "1.5x = 3", mixed numbers in the equation ("2x + 1 1/2 = 4": answers for 1*1/2 and 11/2), exact decimals answered
  as repeating ("1000x = 333" -> "x = 0.333...", "0.(333)", "0.333 recurring", "0.333̅"), thirds answered rounded, the
  negative written "3/-4", "-3/-4", "(3)/4", "3:4", "- 4/3", "−3 / 4", "-4÷3", "-0 3/4", and zero solutions answered "0 = x",
  "x = 0/3", "x = 3/0", "x = 1/3", "x = -0.0".
Part 3 (d231-y-): requests with "x/-4", "3x + -2", "2x - -3", "-(-x)", "2(-x)", "x*-2", "2 × x", "2·x", "2⋅x", "x ÷ 2",
  "x : 4", "2[x - 1]", U+2212, en dash, U+2010 and U+FE63 minus, a leading en dash, "x/0.25", "x/2.5", ".5x", "0.50x",
  "x/3 + 1 / 2", "(x + 1)/3", "x/(2 + 3)", mirrored negatives, zero solutions, both sides with decimals/fractions, each
  with 1-3 wrong values a misreading would give; tolerance probes ("x = 0.333333", "2.5000001", "1.0000000000000002",
  "0" for "1000000x = 3", "7500001" for 7,500,000, "1e-7", "5e-11"); 30 pairs x 2 directions (plain form stored, then the
  form with the symbol, a decimal point moved, "x/(2 + 3)", "(x + 3)/2", "x*0.25", "3(x - 1) = 2(x + 0.5)", "4y + 3 = 0").
HELD: no wrong value from the cache in any part. Run 1: paths skip 734 / patch 1,414 / reuse 323; run 2: reuse 2,118 /
  patch 218 / skip 135. Every stale pair variant (1,137) was patched or regenerated to the right value in both runs
  (mirrored and moved-term variants with a changed constant included, both directions); all 530 singles' mistakes
  (sign, reciprocal, shifted point, rounded/truncated/repeating, wrong mixed numbers, wrong middle step) were refused
  and never stored; mixed numbers are never accepted as a final value (refused, the continuation or solver answers);
  decimal commas and "1,500" / "1.500" are clear errors; every symbol in part 3 was read right or refused ("x/-4",
  "x*-2", "2[x - 1]", "x : 4", U+2010, U+FE63 refused; U+2212, en dash, "·", "⋅", "×", "÷" read right); tolerance: no
  near value, 0 for a tiny solution or e-notation accepted. My own parse of every served reuse/patch output agrees
  with check.py. Safe on reuse: 145/456 (run 1), 409/456 (run 2). Right answers rejected: 26 (decimal commas, "1.500").
WHAT GOT THROUGH: nothing CLEAR.
 (A) ARGUABLE, not wrong (r231_arguable): the minus written in the denominator, scored wrong by check.py ("the last
     line says more after its value: '/-4'") but equal to the right value: "Solve for x: 4x + 3 = 0. Show each step." ->
     "4x + 3 = 0\n4x = -3\nx = 3/-4" (reuse); "Solve 2x + 7 = 2 step by step." -> "... x = 5/-2"; "... 6x + 4 = 1" ->
     "x = 1/-2"; "... 8x + 5 = -1" -> "x = 3/-4". Stored from the model's answer and then reused for every other
     prompt of the same equation (whatever that prompt's model would have said).
Counts from the cache (whole round, fresh store): run 1: 12 scored wrong (8 reuse, 4 patch), run 2: 12 (all reuse), all
  arguable (A), 0 clear; wrong served fresh: 0 besides (A). Alone (the (A) equations' 45 probes, fresh
  store): run 1 44 (40 reuse, 2 patch, 2 fresh skip; all "x = p/-q"), run 2 44 (all reuse); clear 0, arguable 44.
Adds its probes to probe_kit.P."""
import random as r231_random
from fractions import Fraction as F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r231_rng = r231_random.Random(231)
r231_found_alone = set()
# scored wrong by check.py but mathematically right: "x = 3/-4" for -3/4 (the minus in the denominator)
r231_arguable = {"d231-xnegf-2194", "d231-xnegf-2196", "d231-xnegf-2197", "d231-xnegf-2198", "d231-xnegf-2199", "d231-xnegf-2200", "d231-xnegf-2201", "d231-xnegf-2202", "d231-xnegf-2203", "d231-xnegf-2204", "d231-xnegf-2205", "d231-xnegf-2207", "d231-xnegf-2208", "d231-xnegf-2209", "d231-xnegf-2210", "d231-xnegf-2211", "d231-xnegf-2212", "d231-xnegf-2213", "d231-xnegf-2214", "d231-xnegf-2215", "d231-xnegf-2216", "d231-xnegf-2218", "d231-xnegf-2219", "d231-xnegf-2220", "d231-xnegf-2221", "d231-xnegf-2222", "d231-xnegf-2223", "d231-xnegf-2224", "d231-xnegf-2225", "d231-xnegf-2226", "d231-xnegf-2227", "d231-xnegf-2229", "d231-xnegf-2230", "d231-xnegf-2231", "d231-xnegf-2232", "d231-xnegf-2233", "d231-xnegf-2234", "d231-xnegf-2235", "d231-xnegf-2236", "d231-xnegf-2237", "d231-xnegfr-2195", "d231-xnegfr-2206", "d231-xnegfr-2217", "d231-xnegfr-2228"}
r231_prompts = {}
r231_n = [0]
r231_counts = {"pair": 0, "single": 0, "safe": 0}


def r231_add(tag, fam, prompt, var, val, answers, kind, safe=False):
    if prompt in r231_prompts:
        return r231_prompts[prompt]
    r231_n[0] += 1
    pid = "d231-%s-%d" % (tag, r231_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r231_prompts[prompt] = pid
    r231_counts[kind] += 1
    return pid


def fnum(q):
    """A Fraction as a decimal where it terminates (0.5, 1.25), else p/q."""
    q = F(q)
    if q.denominator == 1:
        return str(q.numerator)
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        s = "%.6f" % float(q)
        return s.rstrip("0").rstrip(".")
    return "%d/%d" % (q.numerator, q.denominator)


def ffrac(q):
    q = F(q)
    return str(q.numerator) if q.denominator == 1 else "%d/%d" % (q.numerator, q.denominator)


def final_forms(q):
    """Ways a small model writes the final value q (all right, or a rounded one marked)."""
    q = F(q)
    out = [("frac", ffrac(q))]
    dec = fnum(q)
    if "/" not in dec:
        out.append(("dec", dec))
        if q.denominator != 1:
            out.append(("dec2", "%.2f" % float(q) if len(dec.split(".")[-1]) < 2 else dec + "0"))
    if q.denominator != 1 and abs(q) > 1:
        w = int(abs(q))
        rest = abs(q) - w
        out.append(("mixed", ("-" if q < 0 else "") + "%d %d/%d" % (w, rest.numerator, rest.denominator)))
    return out


def lin(k, c, v, decimal=False):
    f = fnum if decimal else ffrac
    if k == 0:
        return f(c)
    t = ("" if k == 1 else ("-" if k == -1 else f(k))) + v
    if c > 0:
        t += " + " + f(c)
    elif c < 0:
        t += " - " + f(-c)
    return t


def sgn(t, c, f):
    return "%s + %s" % (t, f(c)) if c >= 0 else "%s - %s" % (t, f(-c))


# ---------------------------------------------------------------- shapes: (equation, steps, solution)
def shape(kind, p, v, form="frac"):
    """p: parameters. Returns (eq, [lines], x)."""
    if kind == "INT":  # a v + b = c, ints, fraction answer
        a, b, c = p["a"], p["b"], p["c"]
        x = F(c - b, a)
        eq = "%s = %d" % (sgn("%d%s" % (a, v), b, str), c)
        steps = ["%d%s = %d" % (a, v, c - b)]
    elif kind == "DEC":  # decimal coefficients
        a, b, c = p["a"], p["b"], p["c"]
        x = (c - b) / a
        eq = "%s = %s" % (sgn("%s%s" % (fnum(a), v), b, fnum), fnum(c))
        steps = ["%s%s = %s" % (fnum(a), v, fnum(c - b))]
    elif kind == "FRC":  # v/d + p/q = c
        d, b, c = p["d"], p["b"], p["c"]
        x = (c - b) * d
        eq = "%s = %s" % (sgn("%s/%d" % (v, d), b, ffrac), ffrac(c))
        steps = ["%s/%d = %s" % (v, d, ffrac(c - b))]
    elif kind == "BOTH":  # a v + b = c v + e
        a, b, c, e = p["a"], p["b"], p["c"], p["e"]
        k = a - c
        x = F(e - b, k)
        eq = "%s = %s" % (sgn("%d%s" % (a, v), b, str), sgn("%d%s" % (c, v), e, str))
        steps = ["%s = %d" % (sgn(("%d%s" % (k, v)) if k not in (1, -1) else ("-" if k == -1 else "") + v, b, str), e),
                 "%s = %d" % (("%d%s" % (k, v)) if k not in (1, -1) else ("-" if k == -1 else "") + v, e - b)]
        if k in (1, -1):
            steps = steps[:1] + ["%s%s = %d" % ("-" if k == -1 else "", v, e - b)]
    elif kind == "BR":  # a(v + b) = c
        a, b, c = p["a"], p["b"], p["c"]
        x = F(c, a) - b
        eq = "%d(%s) = %d" % (a, sgn(v, b, str), c)
        steps = ["%s = %s" % (sgn(v, b, str), ffrac(F(c, a)))]
    else:
        raise ValueError(kind)
    return eq, steps, x


def working(eq, steps, v, x, form):
    forms = dict(final_forms(x))
    val = forms.get(form, forms["frac"])
    return "\n".join([eq] + steps + ["%s = %s" % (v, val)])


def rparams(kind):
    R = r231_rng
    while True:
        if kind == "INT":
            p = {"a": R.choice([2, 3, 4, 5, 6, 8, -2, -4]), "b": R.randint(-9, 12), "c": R.randint(-5, 20)}
        elif kind == "DEC":
            p = {"a": F(R.choice(["0.5", "0.25", "1.5", "2.5", "0.2", "0.4", "1.25", "-0.5"])),
                 "b": F(R.choice(["1.25", "0.75", "2.5", "-1.5", "0.2", "3", "1.1"])),
                 "c": F(R.choice(["3", "4.5", "0.5", "-2", "6.25", "1", "2.2"]))}
        elif kind == "FRC":
            p = {"d": R.choice([2, 3, 4, 5, 6, 8]), "b": F(R.choice(["1/2", "1/3", "2/3", "3/4", "-1/2", "1/4", "5/6"])),
                 "c": F(R.choice(["2", "1", "0", "3/2", "5/4", "-1"]))}
        elif kind == "BOTH":
            p = {"a": R.randint(2, 9), "b": R.randint(-8, 9), "c": R.randint(1, 9), "e": R.randint(-9, 9)}
            if p["a"] == p["c"]:
                continue
        elif kind == "BR":
            p = {"a": R.choice([2, 3, 4, 5, 8, -3]), "b": R.randint(-6, 6), "c": R.randint(-9, 15)}
            if p["b"] == 0:
                continue
        eq, steps, x = shape(kind, p, "x")
        return p


ASKS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Please solve {eq} for {v} and show your working.",
        "Find {v} if {eq}. Explain each step."]
ASKS2 = ASKS + ["Solve: {eq}", "What is {v} if {eq}?", "Solve the equation {eq} for {v}.", "Can you solve {eq}? Show the steps.",
                "Work out {v}: {eq}", "Solve for {v}, showing each step: {eq}", "Find the value of {v} in {eq}.",
                "Solve {eq}. Show your work.", "Help me solve {eq} for {v}.", "Determine {v}: {eq}. Show each step."]


def change_one(kind, p):
    """Variants that change one constant: list of (tag, p2)."""
    R = r231_rng
    out = []
    keys = [k for k in p]
    for k in keys:
        q = dict(p)
        val = p[k]
        if kind == "DEC":
            cands = [val * 10, val / 10, val + F(1, 4), -val, val + 1]
        elif kind == "FRC" and k == "b":
            cands = [-val, F(val.denominator, val.numerator) if val.numerator else val + 1, val + F(1, 2)]
        elif kind == "FRC" and k == "d":
            cands = [val + 1, val * 2]
        elif kind == "FRC":
            cands = [val + F(1, 2), -val, val + 1]
        else:
            cands = [val + 1, -val if val else 1, val - 1, val * 10]
        for c in cands:
            if c == val:
                continue
            q2 = dict(q)
            q2[k] = c
            try:
                if kind == "BOTH" and q2["a"] == q2["c"]:
                    continue
                if kind in ("INT", "BR") and q2["a"] == 0:
                    continue
                if kind == "DEC" and q2["a"] == 0:
                    continue
                if kind == "FRC" and q2["d"] == 0:
                    continue
                shape(kind, q2, "x")
            except Exception:
                continue
            out.append(("c%s" % k, q2))
    R.shuffle(out)
    return out[:3]


def rewrite_eq(eq, how):
    """Forms of the same equation: mirrored / swapped sides, a term moved in front."""
    lhs, rhs = eq.split(" = ")
    if how == "mirror":
        return "%s = %s" % (rhs, lhs)
    if how == "front":  # "a v + b" -> "b + a v"
        if " + " in lhs and not lhs.startswith("-") and "(" not in lhs:
            t, c = lhs.rsplit(" + ", 1)
            return "%s + %s = %s" % (c, t, rhs)
        if " - " in lhs and "(" not in lhs:
            t, c = lhs.rsplit(" - ", 1)
            return "-%s + %s = %s" % (c, t, rhs)
    return None


def pair(kind, direction):
    R = r231_rng
    p = rparams(kind)
    v = "x"
    ask = R.choice(ASKS)
    eq, steps, x = shape(kind, p, v)
    form = R.choice([f for f, _ in final_forms(x)])
    base_ans = working(eq, steps, v, x, form)
    # variants
    variants = []
    for tag, q in change_one(kind, p):
        e2, s2, x2 = shape(kind, q, v)
        if x2 == x:
            continue
        variants.append((tag, e2, s2, x2, v, False))
        mv = rewrite_eq(e2, R.choice(["mirror", "front"]))
        if mv:
            variants.append((tag + "m", mv, s2, x2, v, False))
    nv = R.choice(["y", "t", "n", "a", "z", "k"])
    e3, s3, x3 = shape(kind, p, nv)
    variants.append(("let", e3, s3, x3, nv, True))
    q = change_one(kind, p)
    if q:
        e4, s4, x4 = shape(kind, q[0][1], nv)
        if x4 != x:
            variants.append(("letc", e4, s4, x4, nv, False))
    for how in ("mirror", "front"):
        mv = rewrite_eq(eq, how)
        if mv:
            variants.append((how, mv, steps, x, v, True))
    items = []
    for tag, e2, s2, x2, v2, safe in variants:
        ans_right = working(e2, s2, v2, x2, R.choice([f for f, _ in final_forms(x2)]))
        if safe:
            stale = base_ans if v2 == v else base_ans.replace(v, v2)
            items.append((tag, e2, v2, x2, [ans_right], True))
        else:
            # first answer: the base's answer (stale), or base working with the new equation line on top
            stale1 = base_ans
            stale2 = "\n".join([e2] + base_ans.split("\n")[1:])
            items.append((tag, e2, v2, x2, [R.choice([stale1, stale2]), ans_right, ans_right], False))
    if direction == 1 and items:
        # the other direction: a variant stored first, then the base asked
        t0 = R.choice([it for it in items])
        tag, e2, v2, x2, ans, safe = t0
        first = ans[-1]
        bp = r231_add("pb", kind, ask.format(v=v2, eq=e2), v2, x2, [first], "pair")
        stale = first if v2 == v else first
        r231_add("pv" + tag, kind, ask.format(v=v, eq=eq), v, x,
                 ([stale, base_ans, base_ans] if x2 != x else [base_ans]), "safe" if x2 == x else "pair",
                 safe=(x2 == x))
        return
    r231_add("b", kind, ask.format(v=v, eq=eq), v, x, [base_ans], "pair")
    for tag, e2, v2, x2, ans, safe in items:
        r231_add(("s" if safe else "v") + tag, kind, ask.format(v=v2, eq=e2), v2, x2, ans,
                 "safe" if safe else "pair", safe=safe)


def single(kind):
    """One request; the model's first answer holds a realistic mistake in the final value's form."""
    R = r231_rng
    p = rparams(kind)
    v = R.choice(["x", "x", "y", "n"])
    eq, steps, x = shape(kind, p, v)
    ask = R.choice(ASKS)
    right = working(eq, steps, v, x, R.choice([f for f, _ in final_forms(x)]))
    wrongs = []
    if x != 0:
        wrongs.append(("sign", "\n".join([eq] + steps + ["%s = %s" % (v, fnum(-x))])))
        if x.denominator != 1 and x.numerator not in (1, -1):
            wrongs.append(("inv", "\n".join([eq] + steps + ["%s = %s" % (v, ffrac(1 / x))])))
        if "/" not in fnum(x):
            wrongs.append(("shift", "\n".join([eq] + steps + ["%s = %s" % (v, fnum(x * 10))])))
        if "/" in fnum(x):
            wrongs.append(("round", "\n".join([eq] + steps + ["%s ≈ %.2f" % (v, float(x))])))
            wrongs.append(("trunc", "\n".join([eq] + steps + ["%s = %.2f" % (v, int(float(x) * 100) / 100.0)])))
            wrongs.append(("rep", "\n".join([eq] + steps + ["%s = %s..." % (v, ("%.3f" % float(x)))])))
        if x.denominator != 1 and abs(x) > 1:
            w = int(abs(x))
            rest = abs(x) - w
            wrongs.append(("mixbad", "\n".join([eq] + steps + ["%s = %s%d %d/%d" % (v, "-" if x < 0 else "", w, rest.numerator + 1, rest.denominator)])))
            wrongs.append(("mixnum", "\n".join([eq] + steps + ["%s = %s%d/%d" % (v, "-" if x < 0 else "", w + rest.numerator, rest.denominator)])))
    # a wrong middle step, right final value
    wrongs.append(("midstep", "\n".join([eq] + [s.replace(" = ", " = 1") if i == 0 else s for i, s in enumerate(steps)]
                                        + ["%s = %s" % (v, ffrac(x))])))
    tag, w = R.choice(wrongs)
    r231_add("s" + tag, kind, ask.format(v=v, eq=eq), v, x, [w, right, right], "single")


for r231_i in range(48):
    for r231_kind in ("INT", "DEC", "FRC", "BOTH", "BR"):
        pair(r231_kind, r231_i % 3 == 2)
for r231_i in range(60):
    for r231_kind in ("INT", "DEC", "FRC", "BOTH", "BR"):
        single(r231_kind)


# ---------------------------------------------------------------- part X: notations of the value and the equation
def r231_x():
    R = r231_rng
    asks = ASKS
    # (tag, equation, var, right value, right answer, [mistake answers], stored-first base (eq, answer) or None)
    X = []
    # decimal comma in the equation and the answer
    for a, b, c in [("0,5", "1,25", "3"), ("2", "1,5", "4"), ("1,5", "0,75", "6"), ("0,25", "2", "3,5"), ("2,5", "-1,5", "1")]:
        A, B, C = (F(t.replace(",", ".")) for t in (a, b, c))
        xv = (C - B) / A
        eq = "%sx %s %s = %s" % (a, "+" if B >= 0 else "-", b.lstrip("-"), c)
        sol = fnum(xv).replace(".", ",")
        right = "%s\n%sx = %s\nx = %s" % (eq, a, fnum(C - B).replace(".", ","), sol)
        # mistakes: comma read as thousands separator, comma dropped
        A2, B2, C2 = (F(t.replace(",", "")) for t in (a, b, c))
        wrong1 = "%s\n%sx = %s\nx = %s" % (eq, a, ffrac(C2 - B2), fnum((C2 - B2) / A2))
        wrong2 = "%s\nx = %s" % (eq, fnum(xv * 10))
        X.append(("comma", eq, "x", xv, right, [wrong1, wrong2]))
        # the dotted equation stored first, then the comma one (and the other way)
        eqd = eq.replace(",", ".")
        rightd = right.replace(",", ".")
        X.append(("dotbase", eqd, "x", xv, rightd, []))
        X.append(("commav", eq, "x", xv, right, [rightd]))
    # thousands-looking commas
    for a, c in [("1,500", "3"), ("2,250", "9"), ("1,200", "6")]:
        X.append(("kbase", "%sx = %s" % (a.replace(",", "."), c), "x", F(c) / F(a.replace(",", ".")),
                  "%sx = %s\nx = %s" % (a.replace(",", "."), c, fnum(F(c) / F(a.replace(",", ".")))), []))
        xv = F(c) / F(a.replace(",", ""))
        X.append(("kvar", "%sx = %s" % (a, c), "x", xv, "%sx = %s\nx = %s" % (a, c, fnum(xv)),
                  ["%sx = %s\nx = %s" % (a, c, fnum(F(c) / F(a.replace(",", "."))))]))
    # mixed numbers in the equation
    for a, w, n, d, c in [(2, 1, 1, 2, 4), (3, 2, 1, 3, 5), (4, 1, 3, 4, 2), (2, 3, 1, 2, 7), (5, 1, 1, 4, 0)]:
        B = w + F(n, d)
        xv = (c - B) / a
        eq = "%dx + %d %d/%d = %d" % (a, w, n, d, c)
        right = "%s\n%dx = %s\nx = %s" % (eq, a, ffrac(c - B), ffrac(xv))
        Bw = F(w * n, d)  # "1 1/2" read as 1 * 1/2
        Bc = F(int("%d%d" % (w, n)), d)  # read as 11/2
        wr = ["%s\n%dx = %s\nx = %s" % (eq, a, ffrac(c - Bw), ffrac((c - Bw) / a)),
              "%s\n%dx = %s\nx = %s" % (eq, a, ffrac(c - Bc), ffrac((c - Bc) / a))]
        X.append(("mixeq", eq, "x", xv, right, wr))
    # repeating / rounded values where the solution is an exact decimal
    for a, c in [(1000, 333), (100, 33), (1000, 667), (10, 3), (100, 66)]:
        xv = F(c, a)
        eq = "%dx = %d" % (a, c)
        dec = fnum(xv)
        X.append(("repx", eq, "x", xv, "%s\nx = %s" % (eq, dec),
                  ["%s\nx = %s..." % (eq, dec), "%s\nx = %s…" % (eq, dec), "%s\nx = 0.(%s)" % (eq, dec[2:]),
                   "%s\nx = %s recurring" % (eq, dec), "%s\nx = %s̅" % (eq, dec), "%s\nx = %s (repeating)" % (eq, dec)]))
    # repeating notations for thirds, the model giving a wrong repeating value
    for a, b, c in [(3, 0, 1), (3, 1, 3), (6, 1, 2), (9, 0, 2), (3, -1, 0)]:
        xv = F(c - b, a)
        eq = "%dx %s %d = %d" % (a, "+" if b >= 0 else "-", abs(b), c) if b else "%dx = %d" % (a, c)
        dec = "%.3f" % float(xv)
        X.append(("repw", eq, "x", xv, "%s\nx = %s" % (eq, ffrac(xv)),
                  ["%s\nx = 0.(%s)" % (eq, dec[3:4] if False else dec[2:3]), "%s\nx = %.1f" % (eq, float(xv)),
                   "%s\nx = %.2f" % (eq, float(xv)), "%s\nx = %s" % (eq, dec)]))
    # other spellings of a fraction or a negative in the final line
    for a, b, c in [(4, 3, 0), (2, 7, 2), (8, 5, -1), (6, 4, 1)]:
        xv = F(c - b, a)
        eq = "%dx + %d = %d" % (a, b, c)
        p, q = abs(xv.numerator), xv.denominator
        wrong_forms = ["x = %d/-%d" % (p, q), "x = -%d/-%d" % (p, q), "x = (%d)/%d" % (p, q), "x = %d:%d" % (p, q),
                       "x = - %d/%d" % (q, p), "x = -%d/%d" % (q, p), "x = %d/%d" % (p, q), "x = −%d / %d" % (q, p),
                       "x = -%d÷%d" % (q, p), "x = -%d %d/%d" % (p // q, p % q, q) if p > q else "x = -0 %d/%d" % (q, p)]
        X.append(("negf", eq, "x", xv, "%s\n%dx = %d\nx = %s" % (eq, a, c - b, ffrac(xv)),
                  ["%s\n%dx = %d\n%s" % (eq, a, c - b, w) for w in wrong_forms]))
    # final value with the sides swapped, zero solutions
    for a, b in [(3, 5), (7, -2), (2, 9)]:
        eq = "%dx + %d = %d" % (a, b, b)
        X.append(("zero", eq, "x", F(0), "%s\n%dx = 0\nx = 0" % (eq, a),
                  ["%s\n%dx = 0\n0 = x" % (eq, a), "%s\n%dx = 0\nx = %d" % (eq, a, b), "%s\n%dx = 0\nx = 0/%d" % (eq, a, a),
                   "%s\n%dx = 0\nx = %d/0" % (eq, a, a), "%s\n%dx = 0\nx = 1/%d" % (eq, a, a), "%s\n%dx = 0\nx = -0.0" % (eq, a)]))
    for tag, eq, v, xv, right, wrongs in X:
        ask = R.choice(asks)
        if not wrongs:
            r231_add("x" + tag, "X", ask.format(v=v, eq=eq), v, xv, [right], "pair")
            continue
        for wi, w in enumerate(wrongs):
            ask = ASKS2[wi % len(ASKS2)]
            r231_add("x" + tag, "X", ask.format(v=v, eq=eq), v, xv, [w, right, right], "single")
            # and the same request once more, reworded, so a stored mistake shows
            r231_add("x" + tag + "r", "X", "Solve for %s: %s" % (v, eq), v, xv, [right], "single")


r231_x()


# ---------------------------------------------------------------- part Y: signs, symbols, tolerance
def r231_y():
    R = r231_rng
    Y = [  # (tag, equation, right value, [wrong values the model writes])
        ("ndiv", "x/-4 + 1 = 2", F(-4), ["4", "5", "-12"]),
        ("nplus", "3x + -2 = 7", F(3), ["5/3", "-3"]),
        ("nmm", "2x - -3 = 8", F(5, 2), ["11/2", "-5/2"]),
        ("nneg", "-(-x) + 1 = 3.5", F(5, 2), ["-2.5", "-5/2"]),
        ("nbr", "2(-x) + 1 = 4", F(-3, 2), ["3/2", "1.5"]),
        ("nstar", "x*-2 + 1 = 6", F(-5, 2), ["5/2", "7"]),
        ("times", "2 × x + 3 = 8", F(5, 2), ["5", "11/2"]),
        ("mdot", "2·x + 3 = 8", F(5, 2), ["5", "0.5", "-1/2"]),
        ("cdot", "2⋅x + 3 = 8", F(5, 2), ["5", "-1/2"]),
        ("obel", "x ÷ 2 + 3 = 4", F(2), ["1/2", "-2"]),
        ("colon", "x : 4 = 0.5", F(2), ["1/8", "0.125"]),
        ("sqbr", "2[x - 1] = 3", F(5, 2), ["1/2", "2"]),
        ("umin", "2x − 3 = 8", F(11, 2), ["5/2", "2.5"]),
        ("endash", "2x – 3 = 8", F(11, 2), ["5/2", "2.5"]),
        ("hyph", "2x ‐ 3 = 8", F(11, 2), ["5/2", "2.5"]),
        ("smallh", "2x ﹣ 3 = 8", F(11, 2), ["5/2"]),
        ("lead", "–x + 5 = 3", F(2), ["-2", "8"]),
        ("lead2", "−0.5x + 1 = 2", F(-2), ["2"]),
        ("ddiv", "x/0.25 = 3", F(3, 4), ["12", "75", "0.075"]),
        ("ddiv2", "3 = x/0.5 - 1", F(2), ["8", "1/2"]),
        ("dpt", "x/2.5 = 1", F(5, 2), ["25", "1/25"]),
        ("nodot", ".5x + 1.25 = 3", F(7, 2), ["7/10", "0.35", "35"]),
        ("trail", "0.50x - 0.125 = 1", F(9, 4), ["9/40", "22.5"]),
        ("fsp", "x/3 + 1 / 2 = 2", F(9, 2), ["3/2", "5"]),
        ("fbr", "(x + 1)/3 = 1/2", F(1, 2), ["-1/2", "1/6"]),
        ("fbr2", "x/(2 + 3) = 0.4", F(2), ["-2.2", "1/5"]),
        ("mirneg", "-3 = 4x", F(-3, 4), ["3/4", "-4/3"]),
        ("mirneg2", "0 = 5 - 2.5x", F(2), ["-2", "1/2"]),
        ("zero2", "0.25x + 1.5 = 1.5", F(0), ["1.5", "6", "-6"]),
        ("zero3", "3(x + 2) = 6", F(0), ["-2", "4", "2"]),
        ("vboth", "0.5x + 2 = 1.5x - 1", F(3), ["-3", "1", "3/2"]),
        ("vboth2", "x/2 + 1/3 = x/3 + 1/2", F(1), ["-1", "5/6"]),
        ("vboth3", "2.5 - x = x + 1", F(3, 4), ["-3/4", "3/2"]),
    ]
    # tolerance: near values, tiny and huge solutions
    for eq, xv, near in [("3x = 1", F(1, 3), ["0.333333", "0.3333333333", "0.333333333333333"]),
                         ("2x = 5", F(5, 2), ["2.5000001", "2.4999999999", "2.500000000000001", "2.51"]),
                         ("0.1x + 0.2 = 0.3", F(1), ["1.0000000000000002", "0.9999999999999998", "1.001"]),
                         ("1000000x = 3", F(3, 1000000), ["0", "0.00000", "0.000003000001", "0.0000031", "3e-6"]),
                         ("1000000000x = 7", F(7, 1000000000), ["0", "0.000000007000001", "0.00000001"]),
                         ("x/1000000 = 7.5", F(7500000), ["7500001", "7500000.5", "7.5e6", "7500000.0000001"]),
                         ("4x + 1 = 1.0000004", F(1, 10000000), ["0", "0.0000001", "1e-7"]),
                         ("7x = 0.0000007", F(1, 10000000), ["0", "1e-7", "0.0000001"]),
                         ("x - 0.000001 = 0", F(1, 1000000), ["0", "0.00000"]),
                         ("9x = 1", F(1, 9), ["0.111111111111", "0.11111111111111112", "0.1111"]),
                         ("2x = 0.0000000001", F(1, 20000000000), ["0", "5e-11"])]:
        Y.append(("tol", eq, xv, near))
    for tag, eq, xv, wrongs in Y:
        right = "%s\nx = %s" % (eq, ffrac(xv))
        for wi, w in enumerate(wrongs):
            ask = ASKS2[wi % len(ASKS2)]
            r231_add("y" + tag, "Y", ask.format(v="x", eq=eq), "x", xv, ["%s\nx = %s" % (eq, w), right, right], "single")
            r231_add("y" + tag + "r", "Y", "Solve for x: %s" % eq, "x", xv, [right], "single")
    # pairs: the plain form stored, then the form with the symbol (stale answer first), and back
    PAIRS = [("2x + 3 = 8", F(5, 2), "2x − 3 = 8", F(11, 2)), ("2x + 3 = 8", F(5, 2), "2x – 3 = 8", F(11, 2)),
             ("2x + 3 = 8", F(5, 2), "2x ‐ 3 = 8", F(11, 2)), ("x + 5 = 3", F(-2), "–x + 5 = 3", F(2)),
             ("x/4 + 1 = 2", F(4), "x/-4 + 1 = 2", F(-4)), ("3x + 2 = 7", F(5, 3), "3x + -2 = 7", F(3)),
             ("2x + 3 = 8", F(5, 2), "2x - -3 = 8", F(5, 2)), ("2x + 1 = 4", F(3, 2), "2(-x) + 1 = 4", F(-3, 2)),
             ("x/2 + 3 = 4", F(2), "x/(2 + 3) = 4", F(20)), ("x/2 + 3 = 4", F(2), "(x + 3)/2 = 4", F(5)),
             ("x/0.25 = 3", F(3, 4), "x*0.25 = 3", F(12)), ("x/2.5 = 1", F(5, 2), "x/25 = 1", F(25)),
             ("0.5x + 1.25 = 3", F(7, 2), "0.05x + 1.25 = 3", F(35)), ("0.5x + 1.25 = 3", F(7, 2), "5x + 1.25 = 3", F(7, 20)),
             ("0.5x + 1.25 = 3", F(7, 2), "0.5x + 12.5 = 3", F(-19)), ("0.5x + 1.25 = 3", F(7, 2), "0.5x + 1.25 = 3.0", F(7, 2)),
             ("x/3 + 1/2 = 2", F(9, 2), "x/3 + 1/3 = 2", F(5)), ("x/3 + 1/2 = 2", F(9, 2), "x/3 - 1/2 = 2", F(15, 2)),
             ("x/3 + 1/2 = 2", F(9, 2), "x/3 + 2/1 = 2", F(0)), ("x/3 + 1/2 = 2", F(9, 2), "3/x + 1/2 = 2", None),
             ("4x + 3 = 0", F(-3, 4), "4x - 3 = 0", F(3, 4)), ("4x + 3 = 0", F(-3, 4), "0 = 4x + 3", F(-3, 4)),
             ("4x + 3 = 0", F(-3, 4), "3 + 4x = 0", F(-3, 4)), ("4x + 3 = 0", F(-3, 4), "4y + 3 = 0", F(-3, 4)),
             ("3(x - 1) = 2x + 0.5", F(7, 2), "3(x - 1) = 2(x + 0.5)", F(4)), ("3(x - 1) = 2x + 0.5", F(7, 2), "3x - 1 = 2x + 0.5", F(3, 2)),
             ("2.5x = 0", F(0), "2.5x = 0.1", F(1, 25)), ("x + 1/2 = 1/2", F(0), "x + 1/2 = 1/3", F(-1, 6)),
             ("1000000x = 3", F(3, 1000000), "1000000x = 4", F(1, 250000)), ("3x = 1", F(1, 3), "3x = 1.000001", F(1000001, 3000000))]
    for a, xa, b, xb in PAIRS:
        for first, xf, second, xs in ((a, xa, b, xb), (b, xb, a, xa)):
            if xf is None or xs is None:
                continue
            vf = "y" if "y" in first else "x"
            vs = "y" if "y" in second else "x"
            ask = R.choice(ASKS)
            af = "%s\n%s = %s" % (first, vf, ffrac(xf))
            as_ = "%s\n%s = %s" % (second, vs, ffrac(xs))
            r231_add("yb", "YP", ask.format(v=vf, eq=first), vf, xf, [af], "pair")
            stale = af if vf == vs else af.replace(vf, vs)
            r231_add("yv", "YP", ask.format(v=vs, eq=second), vs, xs,
                     [stale, as_, as_] if xs != xf else [as_], "pair" if xs != xf else "safe", safe=(xs == xf and vs == vf))


r231_y()

# In ctest whole, stop 49 (2,471 probes; its singles are stored by other prompts of the same equation, so no trim);
# its arguable items ("x = 3/-4", right but read by the scorer as a value with more after it) left out.
P[:] = [r231_p for r231_p in P if r231_p["id"] not in r231_arguable]
