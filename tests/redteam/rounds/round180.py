r"""Red-team round 180 (black box): LINEAR EQUATIONS WRITTEN BY HAND, AGAINST THE CACHE.
25,696 probes (seeded random.Random(180)): 9,954 pair probes (bases + variants), 14,894 singles (--runs 2), 848 safe.
Part 1 (d180-b1/p1/sf1-): 7 hand-written forms ("x/3 + 2 = 5", "0.5x - 1.25 = 2", "3(x - 2) = 2(x + 1)", both sides,
  "2(x + 1) = 10", "(x + 1)/2 = 4", fraction answers), letters x/y/t/n/k, ASCII, unicode minus or no spaces; the variant
  keeps the text and edits the equation: a sign flipped, "x/(3 + 2)", "(x + 2)/3", "x·3", the point moved ("0.05x",
  ".5x"), a bracket dropped on one side, "3 + (x - 2)" for "3(x - 2)", the right constant's sign, a last digit; the
  variant's first answer is the base's (stale) answer. Same-value edits ("3 × (x + 1)", "(x + 1)3") as safe variants.
Part 2 (d180-s2_*-): singles whose first answer follows another reading of the equation: "x - 4 - 3" as x - (4 - 3),
  "20 - x - 3", "x/4/2", "x ÷ 4 × 2", mixed numbers "x + 2 1/2", ".5x" read as 5x, "6/2(x + 1)", "x − −3",
  "(x + 3)2", "2 1/2x", nested minus, "x/2·3", "−x/−3", "13 − x = 4 − 2x".
Part 3 (d180-b3/p3/s3/p3f/p3k-): the instruction asks something else: "Then report 2x", "Give x + 1", "Then give
  twice the answer", "Add one to your answer", "in tenths", "in hundredths", "the negative of x", 12 other languages
  ("Dann gib 2x an.", "Puis donne x + 1.", "Poi dai il doppio di x.", "然后给出2x的值。", "Затем найди 2x."...); rounding
  ("to two decimal places", "nearest tenth", "Runde x auf zwei Nachkommastellen", "Arrondis x à l'entier"); the asked
  thing in the solve slot ("Solve for 2x:", "Find 3x if", "Solve for x + 2:", "What is x - 5, given").
Part 4 (d180-b4*/p4*-): stories: prices with "in cents", ages ("in 5 years", "2 years ago"), "A number tripled plus
  5 is 20" with a number changed, two tanks ("Solve the one for the west tank"), "Then solve the second: ...".
Part 5 (d180-s5_*-): slips: a middle step off by one carried to the end, the last line restating another value, a
  false "Check:" line, the twin's answer, "Step n:" lines with a sign slip, an arrow chain ending wrong, "x = −4" /
  a truncated decimal.
Part 6 (d180-b6/sf6-): safe: renamed variable, spacing, paraphrase, "Number the steps as Step 1, Step 2", "with
  arrows", an unrelated sentence with unicode minus.
Part 7 (d180-s7_*-): look-alike operators and number formats, each with 1-3 wrong readings as the first answer:
  "x⁄3", "x∕3", "x ∶ 3", "x : 3", "x／3", "˗", "﹣", "‒", "⁻", "‐", "➖", "⋅", "∙", "•", "⨯", "✕", "∗", "x - -3",
  "x -+3", "x + -3", "0,5x", "x + 1,5", "1'000", "1 000", "1_000", "010", "3.", "x·10^2", "2^3x", "2[3(x - 1) - 4]",
  "{x + 3}4", "2x + X".
Part 8 (d180-s8_*-): the model's final value written other ways: "x = 1,5" for 15, "1'5", "1 5", "1.5", "1\u00a05",
  "1_5", "x = --15", "x = 15/2", "x = 15²".
Part 9 (d180-b9/p9/sf9-): clauses of form: "as a percentage", "in percent", "as a whole number", "as an integer", "in
  thousands", "in units of ten", "in cents", "per hundred", "in dozens", "rounded", "without decimals", "with one
  decimal"; same-value ones ("in simplest form", "as a decimal", "in scientific notation", "as a mixed number").
Part 10 (d180-b10/p10-): other values asked in the words of steps: "Then add the answer to itself.", "Give the
  value of both sides.", "Give the coefficient of x.", "Give the constant on the left.", "Give the result of the step
  before the answer.", "Give the value of the x term.", "the answer plus the constant", "the sum of the answer and the
  right side", "the answer over the coefficient", "Return JSON with the fields answer and answer_doubled".
Part 11 (d180-s11_*/b11/p11-): LaTeX, HTML, Markdown and words: "$\sqrt{9}x + 2 = 11$", "$2^{3}x = 16$",
  "x \cdot 10^{2}", "2<sup>3</sup>x", strike-through corrections ("= ~~11~~ 13", "<del>11</del><ins>13</ins>",
  "= 11 → 13", "= 13 (was 11)"), "\cdot", "\times", "\div", "\left(\right)", "x - {-3}", "1\,000", operators in words
  ("3x = 14 minus 2", "plus", "times", "over", "less", "divided by", "twice", "half of").
Part 12 (d180-b12/p12-): licensed instruction words found by a side probe of ~230 added sentences: "Just the check.",
  "Just the check line.", "Just the equation.", "Just the working.", "Give every value.", "Give the number per step."
HELD: every pair of parts 1, 3, 4, 9, 10, 11 (0 from the cache): each edited equation was re-verified and regenerated
  (stale first answers rejected), every changed request refused or regenerated. Every slip of part 5 and every wrong
  reading of parts 2 and 7 was rejected: the reader reads "x - 4 - 3", "20 - x - 3", "x/4/2", "x ÷ 4 × 2", ".5x",
  "x − −3", "30 - (x - 4) - 3", "13 − x = 4 − 2x", "x - -3", "x + -3", "x - +3", "⋅" and leading zeros right, and
  refuses the rest (mixed numbers, "6/2(x + 1)", "2 1/2x", "x/2·3", "−x/−3", "(x + 3)2", every look-alike slash, minus
  and times but "⋅", "-+", "0,5x", "1'000", "1 000", "1_000", "2^3x", nested square brackets, braces, "2x + X", all
  LaTeX and HTML marks, strike-throughs, operators in words) with a clear error. The final values "1,5", "1'5", "1 5",
  "1.5", "1\u00a05", "1_5", "15/2", "15²" for 15 were rejected and the retry served. Every story, age, cents, tank,
  word problem, rounding and percent request, and every other-value clause (in English or 12 other languages) ends in
  a clear error or is served fresh and not stored (the Italian "Poi dai il doppio di x." 48 times, "Reply ... with
  the field right_side" 14 times: the plain x served fresh, never stored).
  Cost: 13,452 right answers refused in run 1 (most of parts 2, 7 and 11 are shapes the reader refuses on purpose;
  also "(x + 3)2 = 10", "Solve for 2x:", "Then give twice the answer", "Give the answer as a fraction in lowest
  terms"); safe on reuse 212/848 in run 1, 495/848 in run 2 ("with arrows" never reused).
WHAT GOT THROUGH: full run 44 from the cache in run 1, 73 in run 2; alone (R180_ALONE=1: the 73 ids and the 43 bases
  their pairs store first, fresh SQLite store, --runs 2) 46 in run 1, all 73 in run 2. 0 clear, 73 arguable:
 (A) ARGUABLE (41, d180-p12-): "Solve for t: 4t + 8 = 52. Just the check." (also "Just the check, please.", "Please,
     just the check.", "Show each step. Just the check.", "Just the check line.") served the stored solution of "Solve
     for t: 4t + 8 = 52." ('4t + 8 = 52\n4t = 44\nt = 11') from the cache; the request asked for the check line
     ("4(11) + 8 = 52"). The value served is right; what is missing is the asked check. ("Just the equation.", "Just the
     working.", "Give every value.", "Give the number per step." are reused too; a reader may take the steps as an
     answer, not counted.)
 (B) ARGUABLE (32, d180-s8_-): a final line "y = --12" (a double minus) for y = 12 is accepted, stored and served
     ("Solve for y: 9y + 5 = 113." -> '9y + 5 = 113\n9y = 108\ny = --12'); the licensed rewrite copies it into other
     requests of that shape ("Find n if 5n + 5 = 7505." -> 'n = --1500'). --12 is 12, so the value is right; the form
     reads like a typo for "-12" and the scorer cannot read it.
Adds its probes to probe_kit.P."""
import random as r180_random
from fractions import Fraction as r180_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r180_rng = r180_random.Random(180)
r180_NR = "999"
r180_found_alone = set()
r180_arguable = set()
r180_prompts = {}
r180_n = [0]
r180_counts = {"pair": 0, "single": 0, "safe": 0}


def r180_fr(v):
    v = r180_F(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r180_dec(v):
    v = r180_F(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return r180_fr(v)
    return ("%.8f" % float(v)).rstrip("0").rstrip(".")


def r180_add(tag, fam, prompt, var, val, answers, kind, report=None, safe=False, arg=False):
    if prompt in r180_prompts:
        return r180_prompts[prompt]
    r180_n[0] += 1
    pid = "d180-%s-%d" % (tag, r180_n[0])
    if arg:
        fam += "_arguable"
        r180_arguable.add(pid)
    E(pid, fam, prompt, var, val if isinstance(val, str) else r180_fr(val), answers, report=report, safe=safe)
    r180_prompts[prompt] = pid
    r180_counts[kind] += 1
    return pid


def r180_coef(k, v):
    k = r180_F(k)
    if k == 1:
        return v
    if k == -1:
        return "-" + v
    return r180_dec(k) + v


def r180_lin(v, k, r):
    """k v = r -> lines"""
    k, r = r180_F(k), r180_F(r)
    out = []
    if k != 1:
        out.append("%s = %s" % (r180_coef(k, v), r180_dec(r)))
    out.append("%s = %s" % (v, r180_dec(r / k)))
    return out


def r180_sgn(m):
    return ("+ %s" % r180_dec(m)) if m >= 0 else ("- %s" % r180_dec(-m))


# ------------------------------------------------------------------ hand-written equation forms
# each returns (eq, value, steps) with the variable v; eq written in ASCII, steps solve it exactly.
def r180_forms(v, rng):
    F = r180_F
    out = []
    # x/a + b = c
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    x = a * rng.randint(-3, 9)
    c = x // a + b
    out.append(("div", "%s/%d + %d = %d" % (v, a, b, c), F(x),
                ["%s/%d + %d = %d" % (v, a, b, c), "%s/%d = %d" % (v, a, c - b), "%s = %d" % (v, x)]))
    # p v - q = r decimals
    p = rng.choice(["0.5", "0.25", "1.5", "2.5", "0.2", "0.4", "1.25", "0.75"])
    q = rng.choice(["1.25", "0.75", "2.5", "0.5", "3.75", "1.5"])
    r = rng.choice(["2", "3", "4.5", "1", "5", "6.25"])
    x = (F(r) + F(q)) / F(p)
    out.append(("dec", "%s%s - %s = %s" % (p, v, q, r), x,
                ["%s%s - %s = %s" % (p, v, q, r)] + r180_lin(v, F(p), F(r) + F(q))))
    # a(v - b) = c(v + d)
    while True:
        a, c = rng.randint(2, 7), rng.randint(1, 6)
        if a != c:
            break
    b, d = rng.randint(1, 6), rng.randint(1, 6)
    x = F(a * b + c * d, a - c)
    out.append(("dist", "%d(%s - %d) = %d(%s + %d)" % (a, v, b, c, v, d), x,
                ["%d(%s - %d) = %d(%s + %d)" % (a, v, b, c, v, d),
                 "%d%s - %d = %d%s + %d" % (a, v, a * b, c, v, c * d)] + r180_lin(v, a - c, a * b + c * d)))
    # a v + b = c v + d
    while True:
        a, c = rng.randint(2, 9), rng.randint(1, 8)
        if a != c:
            break
    x = rng.randint(-5, 9)
    b = rng.randint(-9, 9)
    d = (a - c) * x + b
    eq = "%s %s = %s %s" % (r180_coef(a, v), r180_sgn(b), r180_coef(c, v), r180_sgn(d))
    out.append(("both", eq, F(x), [eq] + r180_lin(v, a - c, d - b)))
    # a(v + b) = c   implicit multiplication
    a, b = rng.randint(2, 6), rng.randint(1, 7)
    x = rng.randint(-3, 9)
    c = a * (x + b)
    out.append(("imp", "%d(%s + %d) = %d" % (a, v, b, c), F(x),
                ["%d(%s + %d) = %d" % (a, v, b, c), "%d%s + %d = %d" % (a, v, a * b, c)] + r180_lin(v, a, c - a * b)))
    # (v + a)/b = c
    a, b = rng.randint(1, 9), rng.randint(2, 6)
    c = rng.randint(-2, 9)
    out.append(("quot", "(%s + %d)/%d = %d" % (v, a, b, c), F(b * c - a),
                ["(%s + %d)/%d = %d" % (v, a, b, c), "%s + %d = %d" % (v, a, b * c), "%s = %d" % (v, b * c - a)]))
    # a v + b = c, fraction answer
    a = rng.choice([3, 6, 7, 9])
    bb = rng.choice([k for k in range(1, 30) if k % a])
    e = rng.randint(1, 9)
    out.append(("frac", "%d%s + %d = %d" % (a, v, e, bb + e), F(bb, a),
                ["%d%s + %d = %d" % (a, v, e, bb + e), "%d%s = %d" % (a, v, bb), "%s = %s" % (v, r180_fr(F(bb, a)))]))
    return out


def r180_solve(eq, v):
    """Solves a linear equation written with + - * / ( ) and implicit multiplication, exactly."""
    import re
    e = eq.replace("−", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    lhs, rhs = e.split("=")

    def ev(s, val):
        toks = re.findall(r"\d+(?:\.\d+)?|\.\d+|[A-Za-z]|[()+\-*/]", s)
        out, prev = [], None
        for t in toks:
            if t == v:
                piece, kind = "F(%r)" % str(val), "atom"
            elif re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", t):
                piece, kind = "F(%r)" % t, "atom"
            else:
                piece, kind = t, ("open" if t == "(" else "close" if t == ")" else "op")
            if prev in ("atom", "close") and kind in ("atom", "open"):
                out.append("*")
            out.append(piece)
            prev = kind
        return eval("".join(out), {"F": r180_F})
    f0 = ev(lhs, 0) - ev(rhs, 0)
    f1 = ev(lhs, 1) - ev(rhs, 1)
    k = f1 - f0
    return -f0 / k


r180_V = ["x", "x", "x", "y", "t", "n", "k"]
r180_TPL = ["Solve for {v}: {eq}.", "Solve for {v}: {eq}. Show each step.", "Find {v} if {eq}.",
            "Solve {eq} for {v}.", "Solve for {v}.\n{eq}", "My homework: {eq}. What is {v}?"]


def r180_uni(eq, mode):
    if mode == 1:
        return eq.replace(" - ", " − ").replace("-(", "−(").replace("(-", "(−")
    if mode == 2:
        return eq.replace(" ", "")
    return eq


def r180_ans(lines):
    return "\n".join(lines)


# ------------------------------------------------------------------ PART 1: pairs, the equation changed
def r180_variants(kind, eq, v):
    """Edits of the base equation that keep most of its text but change its answer."""
    import re
    out = []
    if kind == "div":
        out.append(("signflip", eq.replace(" + ", " - ", 1)))
        m = re.match(r"(\w)/(\d+) \+ (\d+) = (-?\d+)", eq)
        if m:
            out.append(("parenmove", "%s/(%s + %s) = %s" % m.groups()))
            out.append(("numer", "(%s + %s)/%s = %s" % (m.group(1), m.group(3), m.group(2), m.group(4))))
            out.append(("divtimes", "%s·%s + %s = %s" % m.groups()))
    if kind == "dec":
        m = re.match(r"([\d.]+)(\w) - ([\d.]+) = ([\d.]+)", eq)
        p, vv, q, r = m.groups()
        p2 = p.replace("0.", "0.0", 1) if p.startswith("0.") else p.replace(".", "", 1)
        out.append(("pointmove", "%s%s - %s = %s" % (p2, vv, q, r)))
        out.append(("dropzero", "%s%s - %s = %s" % (p.replace("0.", ".", 1) if p.startswith("0.") else p, vv,
                                                      q.replace(".", "", 1), r)))
        out.append(("signflip", "%s%s + %s = %s" % (p, vv, q, r)))
    if kind == "dist":
        m = re.match(r"(\d+)\((\w) - (\d+)\) = (\d+)\((\w) \+ (\d+)\)", eq)
        a, vv, b, c, _, d = m.groups()
        out.append(("dropparen", "%s(%s - %s) = %s%s + %s" % (a, vv, b, c, vv, d)))
        out.append(("dropparenL", "%s%s - %s = %s(%s + %s)" % (a, vv, b, c, vv, d)))
        out.append(("innersign", "%s(%s + %s) = %s(%s + %s)" % (a, vv, b, c, vv, d)))
        out.append(("timesplus", "%s + (%s - %s) = %s(%s + %s)" % (a, vv, b, c, vv, d)))
    if kind == "both":
        out.append(("moveside", eq.replace(" = ", " = -", 1) if True else eq))
        # the sign of the right constant flipped
        if " + " in eq.split(" = ")[1]:
            out.append(("rsign", eq.split(" = ")[0] + " = " + eq.split(" = ")[1].replace(" + ", " - ")))
        elif " - " in eq.split(" = ")[1]:
            out.append(("rsign", eq.split(" = ")[0] + " = " + eq.split(" = ")[1].replace(" - ", " + ")))
    if kind == "imp":
        m = re.match(r"(\d+)\((\w) \+ (\d+)\) = (-?\d+)", eq)
        a, vv, b, c = m.groups()
        out.append(("nobracket", "%s%s + %s = %s" % (a, vv, b, c)))
        out.append(("timesx", "%s × (%s + %s) = %s" % (a, vv, b, c)))  # same value: a safe one, flagged below
        out.append(("plusbr", "%s + (%s + %s) = %s" % (a, vv, b, c)))
        out.append(("postfix", "(%s + %s)%s = %s" % (vv, b, a, c)))  # same value
    if kind == "quot":
        m = re.match(r"\((\w) \+ (\d+)\)/(\d+) = (-?\d+)", eq)
        vv, a, b, c = m.groups()
        out.append(("unparen", "%s + %s/%s = %s" % (vv, a, b, c)))
        out.append(("innerminus", "(%s - %s)/%s = %s" % (vv, a, b, c)))
    if kind == "frac":
        out.append(("lastdigit", eq[:-1] + str((int(eq[-1]) + 1) % 10)))
    return out


def r180_steps_for(eq, v, val):
    """Generic right steps for any linear equation: the equation, then v = value."""
    return [eq, "%s = %s" % (v, r180_dec(val))]


def r180_part1():
    rng = r180_rng
    for i in range(150):
        v = rng.choice(r180_V)
        for kind, eq, val, steps in r180_forms(v, rng):
            mode = rng.choice([0, 0, 1, 2])
            tpl = rng.choice(r180_TPL)
            base_eq = r180_uni(eq, mode)
            base_p = tpl.format(v=v, eq=base_eq)
            base_ans = r180_ans(steps)
            b = r180_add("b1", "eq_base_" + kind, base_p, v, val, [base_ans], "pair")
            for vk, eq2 in r180_variants(kind, eq, v):
                try:
                    val2 = r180_solve(eq2, v)
                except ZeroDivisionError:
                    continue
                p2 = tpl.format(v=v, eq=r180_uni(eq2, mode))
                right2 = r180_ans(r180_steps_for(r180_uni(eq2, mode), v, val2))
                if val2 == val:
                    r180_add("sf1", "eq_same_" + vk, p2, v, val2, [base_ans, right2], "safe", safe=True)
                else:
                    r180_add("p1", "eq_var_" + vk, p2, v, val2, [base_ans, right2], "pair")


# ------------------------------------------------------------------ PART 2: parse readings (singles)
def r180_part2():
    """The model reads the equation another (wrong) way; its steps are right for that reading."""
    rng = r180_rng
    F = r180_F
    for i in range(700):
        v = rng.choice(r180_V)
        shape = i % 14
        arg = False
        a, b, c = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 12)
        if shape == 0:      # x - a - b = c ; wrong: x - (a - b)
            if a == b:
                continue
            eq = "%s - %d - %d = %d" % (v, a, b, c)
            val = F(c + a + b)
            wrong = [eq, "%s - %d = %d" % (v, a - b, c), "%s = %d" % (v, c + a - b)]
            right = [eq, "%s - %d = %d" % (v, a + b, c), "%s = %d" % (v, c + a + b)]
        elif shape == 1:    # a - x - b = c ; wrong: a - (x - b)
            eq = "%d - %s - %d = %d" % (a + 20, v, b, c)
            val = F(a + 20 - b - c)
            wrong = [eq, "%d - %s = %d" % (a + 20 + b, v, c), "%s = %d" % (v, a + 20 + b - c)]
            right = [eq, "%d - %s = %d" % (a + 20 - b, v, c), "%s = %d" % (v, a + 20 - b - c)]
        elif shape == 2:    # x/a/b = c ; wrong x/(a/b)
            eq = "%s/%d/%d = %d" % (v, a, b, c)
            val = F(a * b * c)
            w = F(c * a, b)
            wrong = [eq, "%s/%s = %d" % (v, r180_fr(F(a, b)), c), "%s = %s" % (v, r180_fr(w))]
            right = [eq, "%s/%d = %d" % (v, a * b, c), "%s = %d" % (v, a * b * c)]
            if w == val:
                continue
        elif shape == 3:    # x ÷ a × b = c ; wrong x ÷ (a b)
            eq = "%s ÷ %d × %d = %d" % (v, a, b, c * b)
            val = F(c * a)
            wrong = [eq, "%s ÷ %d = %d" % (v, a * b, c * b), "%s = %d" % (v, a * b * c * b)]
            right = [eq, "%s ÷ %d = %d" % (v, a, c), "%s = %d" % (v, a * c)]
        elif shape == 4:    # x + p q/r = c mixed number
            r_ = rng.choice([2, 3, 4, 5])
            q_ = rng.randint(1, r_ - 1)
            mix = F(b) + F(q_, r_)
            eq = "%s + %d %d/%d = %d" % (v, b, q_, r_, c + 10)
            val = F(c + 10) - mix
            w = F(c + 10) - F(b * q_, r_)
            wrong = [eq, "%s + %s = %d" % (v, r180_fr(F(b * q_, r_)), c + 10), "%s = %s" % (v, r180_fr(w))]
            right = [eq, "%s + %s = %d" % (v, r180_fr(mix), c + 10), "%s = %s" % (v, r180_fr(val))]
        elif shape == 5:    # leading dot decimal .5x + b = c ; wrong: 5x
            d = rng.choice([5, 25, 75, 2, 4])
            eq = ".%d%s + %d = %d" % (d, v, b, b + c)
            coef = F("0.%d" % d)
            val = F(c) / coef
            wrong = [eq, "%d%s = %d" % (d, v, c), "%s = %s" % (v, r180_fr(F(c, d)))]
            right = [eq, "0.%d%s = %d" % (d, v, c), "%s = %s" % (v, r180_dec(val))]
        elif shape == 6:    # a/b(x + d) = c ; standard (a/b)(x+d); other: a/(b(x+d))
            arg = True
            d = rng.randint(1, 5)
            xx = b * rng.randint(1, 5)
            cc = F(a, b) * (xx + d)
            if cc.denominator != 1:
                continue
            eq = "%d/%d(%s + %d) = %d" % (a, b, v, d, cc)
            val = F(xx)
            w = F(a, b * cc) - d
            wrong = [eq, "%d(%s + %d) = %s" % (b, v, d, r180_fr(F(a) / cc)), "%s = %s" % (v, r180_fr(w))]
            right = [eq, "%s + %d = %s" % (v, d, r180_fr(F(cc * b, a))), "%s = %s" % (v, r180_fr(val))]
        elif shape == 7:    # x - -a = c (double minus, unicode)
            eq = "%s − −%d = %d" % (v, a, c)
            val = F(c - a)
            wrong = [eq, "%s - %d = %d" % (v, a, c), "%s = %d" % (v, c + a)]
            right = [eq, "%s + %d = %d" % (v, a, c), "%s = %d" % (v, c - a)]
        elif shape == 8:    # (x + a)b = c postfix coefficient
            xx = rng.randint(1, 9)
            eq = "(%s + %d)%d = %d" % (v, a, b, (xx + a) * b)
            val = F(xx)
            wrong = [eq, "%s + %d = %d" % (v, a * b, (xx + a) * b), "%s = %d" % (v, (xx + a) * b - a * b)]
            right = [eq, "%s + %d = %d" % (v, a, xx + a), "%s = %d" % (v, xx)]
            if (xx + a) * b - a * b == xx:
                continue
        elif shape == 9:    # 2 1/2 x = c  mixed coefficient
            arg = True
            r_ = 2
            coef = F(b) + F(1, 2)
            xx = 2 * rng.randint(1, 6)
            cc = coef * xx
            eq = "%d 1/2%s = %s" % (b, v, r180_dec(cc))
            val = F(xx)
            w = F(cc) * 2 / b
            wrong = [eq, "%s/2 = %s" % (r180_coef(b, v), r180_dec(cc)), "%s = %s" % (v, r180_fr(w))]
            right = [eq, "%s%s = %s" % (r180_dec(coef), v, r180_dec(cc)), "%s = %d" % (v, xx)]
            if w == val:
                continue
        elif shape == 10:   # c - (x - a) - b = d ; nested minus
            xx = rng.randint(1, 15)
            d = 30 - (xx - a) - b
            eq = "30 - (%s - %d) - %d = %d" % (v, a, b, d)
            val = F(xx)
            wrong = [eq, "30 - %s - %d - %d = %d" % (v, a, b, d), "%s = %d" % (v, 30 - a - b - d)]
            right = [eq, "30 - %s + %d - %d = %d" % (v, a, b, d), "%s = %d" % (v, xx)]
        elif shape == 11:   # x/a·b = c ; (x/a)·b vs x/(a b)
            arg = True
            xx = a * rng.randint(1, 6)
            cc = xx // a * b
            eq = "%s/%d·%d = %d" % (v, a, b, cc)
            val = F(xx)
            wrong = [eq, "%s/%d = %d" % (v, a * b, cc), "%s = %d" % (v, a * b * cc)]
            right = [eq, "%s/%d = %d" % (v, a, xx // a), "%s = %d" % (v, xx)]
        elif shape == 12:   # -x/-a = c
            eq = "−%s/−%d = %d" % (v, a, c)
            val = F(a * c)
            wrong = [eq, "-%s = %d" % (v, -a * c), "%s = %d" % (v, -a * c)]
            right = [eq, "%s/%d = %d" % (v, a, c), "%s = %d" % (v, a * c)]
        else:               # a − x = b − 2x  (both sides with minus)
            eq = "%d − %s = %d − 2%s" % (a + 10, v, b, v)
            val = F(b - a - 10)
            wrong = [eq, "%d - %s = %d" % (a + 10, v, b), "%s = %d" % (v, a + 10 - b)]
            right = [eq, "%s = %d" % (v, b - a - 10)]
        tpl = rng.choice(r180_TPL)
        p = tpl.format(v=v, eq=eq)
        r180_add("s2_%d" % shape, "read_%d" % shape, p, v, val, [r180_ans(wrong), r180_ans(right)], "single", arg=arg)


# ------------------------------------------------------------------ PART 3: the instruction asks something else
r180_ASK = [
    # (clause, expr, fn, tag)
    ("Then report 2{v}.", "2{v}", lambda x: 2 * x, "2x"),
    ("Give {v} + 1 at the end.", "{v}+1", lambda x: x + 1, "x+1"),
    ("Then give twice the answer.", "2{v}", lambda x: 2 * x, "twice"),
    ("Add one to your answer and report that.", "{v}+1", lambda x: x + 1, "addone"),
    ("Then triple it.", "3{v}", lambda x: 3 * x, "triple"),
    ("Give the answer in tenths.", "10{v}", lambda x: 10 * x, "tenths"),
    ("Give the answer in hundredths.", "100{v}", lambda x: 100 * x, "hundredths"),
    ("Answer with the negative of {v}.", "-{v}", lambda x: -x, "neg"),
    ("Subtract 1 from {v} and give that.", "{v}-1", lambda x: x - 1, "minus1"),
    ("Dann gib 2{v} an.", "2{v}", lambda x: 2 * x, "de"),
    ("Puis donne {v} + 1.", "{v}+1", lambda x: x + 1, "fr"),
    ("Luego da el valor de 3{v}.", "3{v}", lambda x: 3 * x, "es"),
    ("Gi så verdien av {v} − 1.", "{v}-1", lambda x: x - 1, "no"),
    ("Geef daarna 10{v}.", "10{v}", lambda x: 10 * x, "nl"),
    ("Poi dai il doppio di {v}.", "2{v}", lambda x: 2 * x, "it"),
    ("然后给出2{v}的值。", "2{v}", lambda x: 2 * x, "zh"),
    ("その後 {v} + 1 を答えよ。", "{v}+1", lambda x: x + 1, "ja"),
    ("Затем найди 2{v}.", "2{v}", lambda x: 2 * x, "ru"),
    ("Następnie podaj 3{v}.", "3{v}", lambda x: 3 * x, "pl"),
    ("Depois dê {v} + 1.", "{v}+1", lambda x: x + 1, "pt"),
    ("Sonra 2{v} değerini ver.", "2{v}", lambda x: 2 * x, "tr"),
    ("Give the answer doubled.", "2{v}", lambda x: 2 * x, "doubled"),
    ("Show each step, then give the answer plus one.", "{v}+1", lambda x: x + 1, "plusone"),
    ("Give the answer times ten.", "10{v}", lambda x: 10 * x, "timesten"),
    ("Give the answer's double as the final line.", "2{v}", lambda x: 2 * x, "double2"),
]
r180_FORMQ = [
    # (clause, fn(value)->report value, tag, arg)
    ("Give {v} to two decimal places.", lambda x: r180_F(round(x * 100)) / 100, "dp2", False),
    ("Round {v} to the nearest whole number.", lambda x: r180_F(round(x)), "round", False),
    ("Round to the nearest tenth.", lambda x: r180_F(round(x * 10)) / 10, "tenth", False),
    ("Answer to the nearest hundredth.", lambda x: r180_F(round(x * 100)) / 100, "hundredth", False),
    ("Give the answer as a decimal with 2 decimals.", lambda x: r180_F(round(x * 100)) / 100, "2dec", False),
    ("Runde {v} auf zwei Nachkommastellen.", lambda x: r180_F(round(x * 100)) / 100, "de_dp2", False),
    ("Arrondis {v} à l'entier le plus proche.", lambda x: r180_F(round(x)), "fr_round", False),
    ("Redondea {v} a un decimal.", lambda x: r180_F(round(x * 10)) / 10, "es_dp1", False),
]


def r180_part3():
    rng = r180_rng
    F = r180_F
    for i in range(900):
        v = rng.choice(["x", "x", "n", "t", "y"])
        forms = r180_forms(v, rng)
        kind, eq, val, steps = forms[i % len(forms)]
        base_p = "Solve for %s: %s." % (v, eq)
        xonly = r180_ans(steps)
        b = r180_add("b3", "ask_base", base_p, v, val, [xonly], "pair")
        cl, expr, fn, tag = r180_ASK[i % len(r180_ASK)]
        expr = expr.format(v=v)
        rv = fn(val)
        p = "Solve for %s: %s. %s" % (v, eq, cl.format(v=v))
        right = r180_ans(steps + ["%s = %s" % (expr, r180_dec(rv))])
        rep = {"expression": expr, "value": r180_fr(rv)}
        r180_add("p3", "ask_" + tag, p, v, val, [xonly, right], "pair", report=rep)
        if i % 3 == 0:
            r180_add("s3", "asks_" + tag, p + " ", v, val, [xonly, right], "single", report=rep)
    # forms asked: rounding etc. over fraction answers
    for i in range(240):
        v = rng.choice(["x", "n", "t"])
        a = rng.choice([3, 6, 7, 9, 11])
        bb = rng.choice([k for k in range(4, 40) if k % a])
        e = rng.randint(1, 9)
        eq = "%d%s + %d = %d" % (a, v, e, bb + e)
        val = F(bb, a)
        steps = [eq, "%d%s = %d" % (a, v, bb), "%s = %s" % (v, r180_fr(val))]
        xonly = r180_ans(steps)
        cl, fn, tag, arg = r180_FORMQ[i % len(r180_FORMQ)]
        rv = fn(val)
        if rv == val:
            continue
        base_p = "Solve for %s: %s." % (v, eq)
        b = r180_add("b3f", "form_base", base_p, v, val, [xonly], "pair")
        p = "Solve for %s: %s. %s" % (v, eq, cl.format(v=v))
        right = r180_ans(steps + ["%s ≈ %s" % (v, r180_dec(rv))])
        rep = {"expression": v, "value": r180_fr(rv)}
        r180_add("p3f", "form_" + tag, p, v, val, [xonly, right], "pair", report=rep)
    # "Solve for 2x:" / "Find 3x if" — the asked thing in the solve slot
    for i in range(200):
        v = rng.choice(["x", "y", "n"])
        forms = r180_forms(v, rng)
        kind, eq, val, steps = forms[i % len(forms)]
        k = rng.choice([2, 3, 5, 10])
        shapes = [("Solve for %d%s: %s." % (k, v, eq), "%d%s" % (k, v), k * val),
                  ("Find %d%s if %s." % (k, v, eq), "%d%s" % (k, v), k * val),
                  ("Solve for %s + %d: %s." % (v, k, eq), "%s+%d" % (v, k), val + k),
                  ("What is %s - %d, given %s?" % (v, k, eq), "%s-%d" % (v, k), val - k)]
        p, expr, rv = shapes[i % 4]
        base_p = ["Solve for %s: %s.", "Find %s if %s.", "Solve for %s: %s.", "What is %s, given %s?"][i % 4] % (v, eq)
        xonly = r180_ans(steps)
        b = r180_add("b3k", "slot_base", base_p, v, val, [xonly], "pair")
        right = r180_ans(steps + ["%s = %s" % (expr, r180_dec(rv))])
        r180_add("p3k", "slot_%d" % (i % 4), p, v, val, [xonly, right], "pair",
                 report={"expression": expr, "value": r180_fr(rv)})


# ------------------------------------------------------------------ PART 4: word problems and two equations
def r180_part4():
    rng = r180_rng
    F = r180_F
    for i in range(300):
        a = rng.randint(2, 6)
        x = rng.randint(2, 12)
        b = rng.randint(1, 9)
        c = a * x + b
        v = rng.choice(["x", "n", "p"])
        steps = ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)]
        mode = i % 6
        if mode == 0:   # price story with the equation, variant: another total in story AND equation
            s = ("A notebook costs {v} dollars. Ana buys {a} notebooks and a {b}-dollar pen and pays {c} dollars: "
                 "{a}{v} + {b} = {c}. Solve for {v}.")
            p = s.format(v=v, a=a, b=b, c=c)
            bb = r180_add("b4", "story_base", p, v, x, [r180_ans(steps)], "pair")
            c2 = c + a
            p2 = s.format(v=v, a=a, b=b, c=c2)
            r180_add("p4", "story_total", p2, v, x + 1, [r180_ans(steps), r180_ans(
                ["%d%s + %d = %d" % (a, v, b, c2), "%d%s = %d" % (a, v, c2 - b), "%s = %d" % (v, x + 1)])], "pair")
            # cents asked
            p3 = p.replace("Solve for %s." % v, "Give the price of one notebook in cents.")
            rep = {"expression": "100%s" % v, "value": str(100 * x)}
            r180_add("p4c", "story_cents", p3, v, x, [r180_ans(steps), r180_ans(steps + ["100%s = %d" % (v, 100 * x)])],
                     "pair", report=rep)
        elif mode == 1:  # ages
            s = ("Ola is {v} years old. His mother is {a} times as old plus {b} years, and she is {c}: "
                 "{a}{v} + {b} = {c}. How old is Ola?")
            p = s.format(v=v, a=a, b=b, c=c)
            bb = r180_add("b4", "age_base", p, v, x, [r180_ans(steps)], "pair")
            p2 = p.replace("How old is Ola?", "How old will Ola be in 5 years?")
            rep = {"expression": "%s+5" % v, "value": str(x + 5)}
            r180_add("p4a", "age_future", p2, v, x, [r180_ans(steps), r180_ans(steps + ["%s + 5 = %d" % (v, x + 5)])],
                     "pair", report=rep)
            p3 = p.replace("How old is Ola?", "How old was Ola 2 years ago?")
            rep = {"expression": "%s-2" % v, "value": str(x - 2)}
            r180_add("p4a", "age_past", p3, v, x, [r180_ans(steps), r180_ans(steps + ["%s - 2 = %d" % (v, x - 2)])],
                     "pair", report=rep)
        elif mode == 2:  # words only, tripled plus five
            W = {2: "doubled", 3: "tripled", 4: "quadrupled"}
            if a not in W:
                continue
            p = "A number %s plus %d is %d. Find the number." % (W[a], b, c)
            bb = r180_add("b4w", "word_base", p, "x", x, [r180_ans(["%dx + %d = %d" % (a, b, c), "%dx = %d" % (a, c - b),
                                                                  "x = %d" % x])], "pair")
            p2 = "A number %s plus %d is %d. Find the number." % (W[a], b + 1, c)
            x2 = F(c - b - 1, a)
            r180_add("p4w", "word_num", p2, "x", x2, [r180_ans(["%dx + %d = %d" % (a, b, c), "%dx = %d" % (a, c - b),
                                                               "x = %d" % x]),
                                                    r180_ans(["%dx + %d = %d" % (a, b + 1, c),
                                                              "%dx = %d" % (a, c - b - 1), "x = %s" % r180_fr(x2)])], "pair")
        elif mode == 3:  # two equations, the instruction picks one by a name
            a2, b2 = rng.randint(2, 6), rng.randint(1, 9)
            x2 = rng.randint(1, 9)
            if x2 == x:
                continue
            c2 = a2 * x2 + b2
            e1 = "%d%s + %d = %d" % (a, v, b, c)
            e2 = "%d%s + %d = %d" % (a2, v, b2, c2)
            s1 = [e1, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)]
            s2 = [e2, "%d%s = %d" % (a2, v, c2 - b2), "%s = %d" % (v, x2)]
            lay = rng.choice(["East tank: {a}\nWest tank: {b}\nSolve the one for the {w} tank.",
                              "For the east tank {a}, and for the west tank {b}. Solve the {w} tank's equation for {v}.",
                              "{a} (east)   {b} (west)\nSolve the {w} one."])
            pe = lay.format(a=e1, b=e2, w="east", v=v)
            pw = lay.format(a=e1, b=e2, w="west", v=v)
            r180_add("b4t", "tank_base", pe, v, x, [r180_ans(s1)], "pair")
            r180_add("p4t", "tank_flip", pw, v, x2, [r180_ans(s1), r180_ans(s2)], "pair")
            r180_add("b4o", "tank_alone", "Solve for %s: %s." % (v, e1), v, x, [r180_ans(s1)], "pair")
            r180_add("p4o", "tank_second", "Solve for %s: %s. Then solve the second: %s." % (v, e1, e2), v, x2,
                     [r180_ans(s1), r180_ans(s2)], "pair")
        elif mode == 4:  # the equation in a story, the story asks for total cost
            p = ("Pens cost {v} kr each. {a}{v} + {b} = {c}. What is {v}?").format(v=v, a=a, b=b, c=c)
            r180_add("b4q", "ask_story_base", p, v, x, [r180_ans(steps)], "pair")
            k = rng.randint(2, 9)
            p2 = p.replace("What is %s?" % v, "How much do %d pens cost?" % k)
            rep = {"expression": "%d%s" % (k, v), "value": str(k * x)}
            r180_add("p4q", "ask_story_k", p2, v, x, [r180_ans(steps), r180_ans(steps + ["%d%s = %d" % (k, v, k * x)])],
                     "pair", report=rep)
        else:           # story number only (equation the same): arguable, inconsistent
            p = ("A number tripled plus 5 is 20, so 3{v} + 5 = 20. Solve for {v}.").format(v=v)
            r180_add("b4z", "tri_base", p, v, 5, [r180_ans(["3%s + 5 = 20" % v, "3%s = 15" % v, "%s = 5" % v])], "pair")
            p2 = ("A number tripled plus 5 is 23, so 3{v} + 5 = 23. Solve for {v}.").format(v=v)
            r180_add("p4z", "tri_var", p2, v, 6, [r180_ans(["3%s + 5 = 20" % v, "3%s = 15" % v, "%s = 5" % v]),
                                                  r180_ans(["3%s + 5 = 23" % v, "3%s = 18" % v, "%s = 6" % v])], "pair")


# ------------------------------------------------------------------ PART 5: slips inside the answer (singles)
def r180_part5():
    rng = r180_rng
    F = r180_F
    for i in range(700):
        v = rng.choice(r180_V)
        forms = r180_forms(v, rng)
        kind, eq, val, steps = forms[(i // 7) % len(forms)]
        slip = i % 7
        st = list(steps)
        if slip == 0:    # arithmetic error in a middle step, carried to a plausible value
            if len(st) < 3:
                continue
            last_mid = st[-2]
            l, r = last_mid.split(" = ")
            try:
                rr = F(r) + 1
            except ValueError:
                continue
            coefs = [w for w in [l.replace(v, "")] if w]
            try:
                k = F(coefs[0]) if coefs and coefs[0] not in ("-",) else F(1)
            except ValueError:
                continue
            wrong = st[:-2] + ["%s = %s" % (l, r180_dec(rr)), "%s = %s" % (v, r180_dec(rr / k))]
        elif slip == 1:  # steps right, the last line restates another value
            w = val + rng.choice([1, -1, 2])
            wrong = st + [rng.choice(["So the answer is %s = %s.", "Final answer: %s = %s", "Therefore %s = %s."])
                          % (v, r180_dec(w))]
        elif slip == 2:  # a false check line before the final line
            w = rng.choice([1, 2, -1])
            lhs = eq.split(" = ")[0].replace(v, "(%s)" % r180_dec(val))
            rhs = eq.split(" = ")[1]
            try:
                rw = F(rhs) + w
            except ValueError:
                continue
            wrong = st[:-1] + ["Check: %s = %s" % (lhs, r180_dec(rw))] + st[-1:]
        elif slip == 3:  # steps for the twin (one constant off)
            e2 = eq[:-1] + str((int(eq[-1]) + 2) % 10) if eq[-1].isdigit() else None
            if not e2:
                continue
            try:
                v2 = r180_solve(e2, v)
            except ZeroDivisionError:
                continue
            if v2 == val:
                continue
            wrong = [eq, "%s = %s" % (v, r180_dec(v2))]
        elif slip == 4:  # "Step n:" lines with a sign slip in step 2
            wrong = ["Step %d: %s" % (j + 1, s) for j, s in enumerate(st)]
            if len(st) >= 3:
                l, r = st[1].split(" = ")
                wrong[1] = "Step 2: %s = %s" % (l, r180_dec(-F(r)) if r.replace(".", "").replace("-", "").isdigit() else r)
                wrong[-1] = "Step %d: %s = %s" % (len(st), v, r180_dec(-val))
            else:
                wrong[-1] = "Step %d: %s = %s" % (len(st), v, r180_dec(-val))
        elif slip == 5:  # arrows, the last link with another value
            wrong = [" → ".join(st[:-1] + ["%s = %s" % (v, r180_dec(val * 2 if val else 1))])]
        else:            # the value written with a unicode minus slip / decimal from a fraction, truncated
            if val.denominator != 1 and r180_dec(val) == r180_fr(val):
                wrong = st + ["%s = %s" % (v, ("%.2f" % float(val))[:-1])]
            else:
                wrong = st[:-1] + ["%s = −%s" % (v, r180_dec(abs(val)))] if val > 0 else st[:-1] + ["%s = %s" % (v, r180_dec(-val) if val else "1")]
        if r180_ans(wrong) == r180_ans(st):
            continue
        p = rng.choice(r180_TPL).format(v=v, eq=r180_uni(eq, rng.choice([0, 1])))
        r180_add("s5_%d" % slip, "slip_%d" % slip, p, v, val, [r180_ans(wrong), r180_ans(st)], "single")


# ------------------------------------------------------------------ PART 6: safe variants
def r180_part6():
    rng = r180_rng
    for i in range(300):
        v = rng.choice(["x", "y", "t"])
        forms = r180_forms(v, rng)
        kind, eq, val, steps = forms[i % len(forms)]
        base_p = "Solve for %s: %s. Show each step." % (v, eq)
        right = r180_ans(steps)
        r180_add("b6", "safe_base", base_p, v, val, [right], "pair")
        mode = i % 6
        if mode == 0:
            w = {"x": "n", "y": "k", "t": "z"}[v]
            p = "Solve for %s: %s. Show each step." % (w, eq.replace(v, w))
            ans = right.replace(v, w)
            r180_add("sf6", "safe_rename", p, w, val, [ans], "safe", safe=True)
        elif mode == 1:
            p = "Solve for %s:  %s .  Show each step." % (v, eq.replace(" ", "  "))
            r180_add("sf6", "safe_space", p, v, val, [right], "safe", safe=True)
        elif mode == 2:
            p = rng.choice(["Please solve this equation for %s and show your steps: %s.",
                            "Work out %s, showing each step: %s.", "Show each step and find %s: %s."]) % (v, eq)
            r180_add("sf6", "safe_para", p, v, val, [right], "safe", safe=True)
        elif mode == 3:
            p = "Solve for %s: %s. Number the steps as Step 1, Step 2." % (v, eq)
            ans = r180_ans(["Step %d: %s" % (j + 1, s) for j, s in enumerate(steps)])
            r180_add("sf6", "safe_stepn", p, v, val, [ans], "safe", safe=True)
        elif mode == 4:
            p = "Solve for %s: %s. Show each step with arrows." % (v, eq)
            r180_add("sf6", "safe_arrows", p, v, val, [" → ".join(steps)], "safe", safe=True)
        else:
            p = "Solve for %s: %s. Show each step. This is for my homework." % (v, r180_uni(eq, 1))
            r180_add("sf6", "safe_unrelated", p, v, val, [right], "safe", safe=True)


# ------------------------------------------------------------------ PART 7: operator look-alikes and number formats
# (singles: the model's first answer follows a reading a careless reader may share; several readings each)
def r180_part7():
    rng = r180_rng
    F = r180_F
    tpls = ["Solve for {v}: {eq}", "Find {v}: {eq}", "Solve {eq} for {v}.", "Solve for {v}.\n{eq}",
            "What is {v}? {eq}", "Please solve for {v}: {eq}"]
    for i in range(180):
        v = rng.choice(["x", "x", "n", "t"])
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        xx = rng.randint(1, 9)
        cases = []
        # division look-alikes: x⁄a + b = c, x∕a + b = c, x ∶ a + b (ratio), x : a + b (German division)
        c = xx + b
        for sl, tag in (("⁄", "fracslash"), ("∕", "divslash"), (" ∶ ", "ratio"), (" : ", "colon"), ("／", "fwslash")):
            eq = "%s%s%d + %d = %d" % (v, sl, a, b, c)
            val = F(a * xx)
            readings = [F(c - b, a), F(c - b) * a + 0 if False else F(c - b, a) * 1, F(c - b) / a * 0 + F(c - b) - 0]
            # what a reader that drops the mark reads: "x a + b = c" -> a x + b = c -> (c-b)/a ; or "x + b = c"
            readings = [F(c - b, a), F(c - b)]
            cases.append((tag, eq, val, readings))
        # minus look-alikes: modifier minus, small hyphen, figure dash, superscript minus, hyphen bullet
        for mn, tag in (("˗", "modminus"), ("﹣", "smallhyph"), ("‒", "figdash"), ("⁻", "supminus"), ("‐", "hyphen"),
                        ("➖", "heavyminus")):
            eq = "%d%s %s %d = %d" % (a, v, mn, b, a * xx - b)
            val = F(xx)
            readings = [F(a * xx - 2 * b, a), F(a * xx - b, a)]
            cases.append((tag, eq, val, readings))
        # times look-alikes before a bracket: a⋅(x - b), a∙(x - b), a•(x - b), a⨯(x - b), a✕(x - b), a∗(x - b)
        for tm, tag in (("⋅", "sdot"), ("∙", "bullop"), ("•", "bullet"), ("⨯", "cross"), ("✕", "mult"), ("∗", "astop")):
            eq = "%d%s(%s - %d) = %d" % (a, tm, v, b, a * (xx - b))
            val = F(xx)
            readings = [F(a * (xx - b) + b), F(a * (xx - b) - a, 1) + b, F(a * (xx - b), 1) - a + b]
            cases.append((tag, eq, val, readings))
        # double signs in ASCII
        for ds, tag, eff in (("- -", "dminus", 1), ("-+", "minusplus", -1), ("+ -", "plusminus", -1), ("- +", "minusplus2", -1)):
            eq = "%s %s%d = %d" % (v, ds, b, xx + eff * b)
            val = F(xx)
            readings = [F(xx + eff * b + b), F(xx + eff * b - b)]
            cases.append((tag, eq, val, readings))
        # number formats: decimal comma, apostrophe thousands, space thousands, underscore, leading zero
        big = rng.randint(2, 9)
        cases.append(("deccomma", "0,5%s + %d = %d" % (v, b, b + xx), F(2 * xx), [F(xx, 5), F(xx * 2, 1) / 10, F(xx)]))
        cases.append(("deccomma2", "%s + 1,5 = %d" % (v, b + 2), F(b + 2) - F(3, 2), [F(b + 2 - 15), F(b + 1), F(b + 2 - 5)]))
        cases.append(("apos", "%s + 1'000 = %d'000" % (v, big), F((big - 1) * 1000), [F(big - 1), F(big * 1000 - 1)]))
        cases.append(("spc", "%s + 1 000 = %d 000" % (v, big), F((big - 1) * 1000), [F(big - 1), F(0)]))
        cases.append(("under", "%s + 1_000 = %d_000" % (v, big), F((big - 1) * 1000), [F(big - 1)]))
        cases.append(("lead0", "%s + 010 = %d" % (v, 10 + xx), F(xx), [F(10 + xx - 8)]))
        cases.append(("trailpt", "%d%s + 3. = %d" % (a, v, a * xx + 3), F(xx), [F(a * xx + 3 - 3, a) + 0, F(a * xx, a)]))
        # power of ten
        cases.append(("pow", "%s·10^2 = %d" % (v, 100 * xx), F(xx), [F(100 * xx, 102), F(100 * xx, 20), F(100 * xx, 12)]))
        cases.append(("pow2", "2^3%s = %d" % (v, 8 * xx), F(xx), [F(8 * xx, 6), F(8 * xx, 23), F(8 * xx, 2)]))
        # nested brackets
        cases.append(("nest", "2[3(%s - 1) - 4] = %d" % (v, 2 * (3 * (xx - 1) - 4)), F(xx),
                      [F(2 * (3 * (xx - 1) - 4) + 6 + 8, 6), F(2 * (3 * (xx - 1) - 4) + 3 + 4, 6)]))
        cases.append(("braces", "{%s + %d}%d = %d" % (v, b, a, (xx + b) * a), F(xx), [F((xx + b) * a - a * b), F((xx + b) * a - b, a)]))
        # case of the letter
        cases.append(("case", "2%s + %s = %d" % (v, v.upper(), 3 * xx), F(xx), [F(3 * xx, 2)]))
        for tag, eq, val, readings in cases:
            for j, w in enumerate(readings):
                if w == val:
                    continue
                wrong = [eq, "%s = %s" % (v, r180_dec(w))]
                right = [eq, "%s = %s" % (v, r180_dec(val))]
                p = tpls[(i + j) % len(tpls)].format(v=v, eq=eq)
                arg = tag in ("colon", "ratio", "deccomma", "deccomma2", "apos", "spc", "case", "pow", "pow2", "lead0")
                r180_add("s7_" + tag, "look_" + tag, p, v, val, [r180_ans(wrong), r180_ans(right)], "single", arg=arg)


# ------------------------------------------------------------------ PART 8: the final value written other ways
def r180_part8():
    rng = r180_rng
    F = r180_F
    for i in range(300):
        v = rng.choice(["x", "y", "n"])
        a = rng.randint(2, 9)
        xx = rng.choice([12, 15, 25, 35, 45, 105, 1500, 2500, 1005])
        b = rng.randint(1, 9)
        eq = "%d%s + %d = %d" % (a, v, b, a * xx + b)
        st = [eq, "%d%s = %d" % (a, v, a * xx)]
        s = str(xx)
        forms = [
            ("comma", "%s = %s,%s" % (v, s[:-1], s[-1])),          # 1,5 for 15
            ("comma2", "%s = %s,%s" % (v, s[0], s[1:])),             # 1,500 style, a wrong one for 15/25
            ("apos", "%s = %s'%s" % (v, s[:-1], s[-1])),
            ("space", "%s = %s %s" % (v, s[:-1], s[-1])),
            ("dot", "%s = %s.%s" % (v, s[:-1], s[-1])),
            ("nbsp", "%s = %s\u00a0%s" % (v, s[:-1], s[-1])),
            ("under", "%s = %s_%s" % (v, s[:-1], s[-1])),
            ("dbl", "%s = --%s" % (v, s)),
            ("expr", "%s = %s/%d" % (v, s, rng.choice([2, 5]))),
            ("sup", "%s = %s²" % (v, s)),
        ]
        tag, last = forms[i % len(forms)]
        p = rng.choice(r180_TPL).format(v=v, eq=eq)
        arg = tag in ("comma2", "dbl")
        if tag == "comma2" and len(s) == 4:
            continue  # 1,500 is 1500 for many readers
        r180_add("s8_" + tag, "final_" + tag, p, v, F(xx), [r180_ans(st + [last]), r180_ans(st + ["%s = %s" % (v, s)])],
                 "single", arg=arg)


# ------------------------------------------------------------------ PART 9: clauses of form that change the value
r180_FORMS2 = [
    ("Express {v} as a percentage.", lambda x: 100 * x, "pct"),
    ("Give {v} in percent.", lambda x: 100 * x, "pct2"),
    ("Write the answer as a whole number.", lambda x: r180_F(round(x)), "whole"),
    ("Give the answer as an integer.", lambda x: r180_F(round(x)), "int"),
    ("Give the answer in thousands.", lambda x: x / 1000, "thou"),
    ("Give the answer in units of ten.", lambda x: x / 10, "units10"),
    ("Write the answer in scientific notation.", lambda x: x, "sci"),
    ("Give the answer as a fraction in lowest terms.", lambda x: x, "lowest"),
    ("Give the answer as a decimal.", lambda x: x, "decimal"),
    ("Give the answer as a mixed number.", lambda x: x, "mixed"),
    ("Answer in cents.", lambda x: 100 * x, "cents"),
    ("Give the answer per hundred.", lambda x: 100 * x, "perhundred"),
    ("Give the answer in dozens.", lambda x: x / 12, "dozens"),
    ("Give the answer rounded.", lambda x: r180_F(round(x)), "rounded"),
    ("Give the answer without decimals.", lambda x: r180_F(int(x)), "nodec"),
    ("Give the answer with one decimal.", lambda x: r180_F(round(x * 10)) / 10, "onedec"),
    ("Give the answer as a whole number of steps.", lambda x: r180_F(round(x)), "wholesteps"),
    ("Give the answer in simplest form.", lambda x: x, "simplest"),
    ("Answer as an improper fraction.", lambda x: x, "improper"),
    ("Answer with the answer only, no working, rounded down.", lambda x: r180_F(x.numerator // x.denominator), "floor"),
]


def r180_part9():
    rng = r180_rng
    F = r180_F
    for i in range(600):
        v = rng.choice(["x", "n", "t"])
        a = rng.choice([3, 4, 6, 7, 8])
        bb = rng.choice([k for k in range(5, 60) if k % a])
        e = rng.randint(1, 9)
        eq = "%d%s + %d = %d" % (a, v, e, bb + e)
        val = F(bb, a)
        steps = [eq, "%d%s = %d" % (a, v, bb), "%s = %s" % (v, r180_dec(val))]
        xonly = r180_ans(steps)
        cl, fn, tag = r180_FORMS2[i % len(r180_FORMS2)]
        rv = fn(val)
        base_p = rng.choice(["Solve for %s: %s.", "Solve for %s: %s. Show each step."]) % (v, eq)
        r180_add("b9", "form2_base", base_p, v, val, [xonly], "pair")
        p = base_p + " " + cl.format(v=v)
        if rv == val:
            r180_add("sf9", "form2_same_" + tag, p, v, val, [xonly], "safe", safe=True)
        else:
            rep = {"expression": v, "value": r180_fr(rv)}
            r180_add("p9", "form2_" + tag, p, v, val, [xonly, r180_ans(steps + ["%s ≈ %s" % (v, r180_dec(rv))])], "pair",
                     report=rep)


# ------------------------------------------------------------------ PART 10: instruction clauses in the words of steps
r180_STEPWORDS = [
    # (clause, expr, fn(x, lhs_const, rhs_const, a), arguable)
    ("Then add the answer to itself.", "2{v}", lambda x, a, b, c: 2 * x, False),
    ("Add the answer to itself and give the result.", "2{v}", lambda x, a, b, c: 2 * x, False),
    ("Then multiply the answer by itself.", "{v}*{v}", None, False),
    ("Then subtract the answer from both sides and give the new right side.", "", lambda x, a, b, c: c - x, True),
    ("Give the value of both sides.", "", lambda x, a, b, c: c, False),
    ("Give the value of the left side.", "", lambda x, a, b, c: c, False),
    ("What do both sides equal?", "", lambda x, a, b, c: c, False),
    ("Give the value that both sides equal when solved.", "", lambda x, a, b, c: c, False),
    ("Answer with the left-hand side's value.", "", lambda x, a, b, c: c, False),
    ("Give the coefficient of {v}.", "", lambda x, a, b, c: a, False),
    ("Give the constant on the left.", "", lambda x, a, b, c: b, False),
    ("Answer with the right side.", "", lambda x, a, b, c: c, False),
    ("Show each step and give the answer of the first step.", "", lambda x, a, b, c: c - b, True),
    ("Show each step, then divide the answer by itself.", "", lambda x, a, b, c: r180_F(1) if x else None, False),
    ("Then subtract the answer from itself.", "", lambda x, a, b, c: r180_F(0), False),
    ("Give the answer multiplied by the coefficient.", "{a}{v}", lambda x, a, b, c: a * x, False),
    ("Give the answer multiplied by the left side's coefficient.", "{a}{v}", lambda x, a, b, c: a * x, False),
    ("Give the result of the step before the answer.", "{a}{v}", lambda x, a, b, c: a * x, False),
    ("Answer with the value of the term with {v}.", "{a}{v}", lambda x, a, b, c: a * x, False),
    ("Give the value of the {v} term.", "{a}{v}", lambda x, a, b, c: a * x, False),
    ("Give the answer with both sides multiplied by the coefficient.", "{a}{v}", lambda x, a, b, c: a * x, True),
    ("Give the answer, then add the constant to it.", "{v}+{b}", lambda x, a, b, c: x + b, False),
    ("Give the answer plus the constant.", "{v}+{b}", lambda x, a, b, c: x + b, False),
    ("Answer with the answer minus the constant.", "{v}-{b}", lambda x, a, b, c: x - b, False),
    ("Give the sum of the answer and the right side.", "", lambda x, a, b, c: x + c, False),
    ("Give the answer for the equation with the sides subtracted.", "", None, True),
    ("Solve for {v}, then give the answer over the coefficient.", "{v}/{a}", lambda x, a, b, c: x / a, False),
    ("Give the answer divided by the coefficient.", "{v}/{a}", lambda x, a, b, c: x / a, False),
    ("Give the opposite of the answer.", "-{v}", lambda x, a, b, c: -x, False),
    ("Answer with the answer's reciprocal.", "1/{v}", lambda x, a, b, c: 1 / x if x else None, False),
    ("Show the steps. Answer with how much the answer is above the constant.", "{v}-{b}", lambda x, a, b, c: x - b,
     False),
    ("Give each side's value after solving.", "", lambda x, a, b, c: c, True),
    ("Please answer with the value of the equation's left side.", "", lambda x, a, b, c: c, False),
    ("Return JSON with the fields answer and answer_doubled.", "2{v}", lambda x, a, b, c: 2 * x, False),
    ("Return the answer as JSON with a field double.", "2{v}", lambda x, a, b, c: 2 * x, False),
    ("Reply in JSON with the field right_side.", "", lambda x, a, b, c: c, False),
]


def r180_part10():
    rng = r180_rng
    F = r180_F
    for i in range(36 * 14):
        v = rng.choice(["x", "x", "n", "t"])
        a = rng.randint(2, 9)
        xx = rng.randint(2, 12)
        b = rng.randint(1, 9)
        c = a * xx + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        steps = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, xx)]
        xonly = r180_ans(steps)
        cl, expr, fn, arg = r180_STEPWORDS[i % len(r180_STEPWORDS)]
        base_p = rng.choice(["Solve for %s: %s.", "Solve for %s: %s. Show each step.", "Find %s: %s."]) % (v, eq)
        r180_add("b10", "stepw_base", base_p, v, xx, [xonly], "pair")
        p = base_p + " " + cl.format(v=v)
        if fn is None:
            r180_add("p10", "stepw_%d" % (i % len(r180_STEPWORDS)), p, v, r180_NR, [xonly], "pair", arg=True)
            continue
        rv = fn(F(xx), a, b, c)
        if rv is None:
            continue
        ex = expr.format(v=v, a=a, b=b)
        right = r180_ans(steps + ["%s = %s" % (ex or "answer", r180_dec(rv))])
        rep = {"expression": ex, "value": r180_fr(rv)}
        r180_add("p10", "stepw_%d" % (i % len(r180_STEPWORDS)), p, v, xx, [xonly, right], "pair", report=rep, arg=arg)


# ------------------------------------------------------------------ PART 11: LaTeX, HTML, Markdown and words around the equation
def r180_part11():
    rng = r180_rng
    F = r180_F
    tpls = ["Solve for {v}: {eq}", "Solve for {v}: {eq}. Show each step.", "Find {v}: {eq}",
            "Solve for {v}.\n\n{eq}", "Please solve {eq} for {v}."]
    for i in range(120):
        v = rng.choice(["x", "x", "n", "t"])
        a, b = rng.randint(2, 5), rng.randint(1, 9)
        xx = rng.randint(1, 9)
        cases = []
        sq = rng.choice([4, 9, 16, 25])
        r = int(sq ** 0.5)
        # \sqrt{sq} v = r xx   (true coefficient r; a reader dropping \sqrt reads sq)
        cases.append(("sqrt", "$\\sqrt{%d}%s + %d = %d$" % (sq, v, b, r * xx + b), F(xx), [F(r * xx, sq)], False))
        cases.append(("sqrt2", "\\sqrt{%d}\\,%s = %d" % (sq, v, r * xx), F(xx), [F(r * xx, sq)], False))
        # 2^{3} v = 8 xx
        cases.append(("texpow", "$2^{3}%s = %d$" % (v, 8 * xx), F(xx), [F(8 * xx, 23), F(8 * xx, 6), F(8 * xx, 2)], False))
        cases.append(("texpow2", "%s \\cdot 10^{2} = %d" % (v, 100 * xx), F(xx), [F(100 * xx, 102), F(100 * xx, 10)], False))
        # HTML superscripts: 2<sup>3</sup>x
        cases.append(("htmlsup", "2<sup>3</sup>%s = %d" % (v, 8 * xx), F(xx), [F(8 * xx, 23), F(8 * xx, 6)], False))
        cases.append(("htmlsup2", "%s·10<sup>2</sup> = %d" % (v, 100 * xx), F(xx), [F(100 * xx, 102), F(100 * xx, 10)], False))
        # strike-through corrections
        c1, c2 = a * xx + b, a * xx + b + a
        x2 = F(c2 - b, a)
        for tag, eq in (("mdstrike", "%d%s + %d = ~~%d~~ %d" % (a, v, b, c1, c2)),
                        ("mdstrike2", "%d%s + %d = ~~%d~~%d" % (a, v, b, c1, c2)),
                        ("htmlstrike", "%d%s + %d = <s>%d</s> %d" % (a, v, b, c1, c2)),
                        ("htmldel", "%d%s + %d = <del>%d</del><ins>%d</ins>" % (a, v, b, c1, c2))):
            cases.append((tag, eq, x2, [F(xx), F(int(str(c1) + str(c2)) - b, a)], False))
        # LaTeX operators
        cases.append(("cdot", "%d \\cdot (%s - %d) = %d" % (a, v, b, a * (xx - b)), F(xx), [F(a * (xx - b) + b)], False))
        cases.append(("times", "%d\\times(%s+%d) = %d" % (a, v, b, a * (xx + b)), F(xx), [F(a * (xx + b) - b)], False))
        cases.append(("div", "%s \\div %d + %d = %d" % (v, a, b, xx + b), F(a * xx), [F(xx), F(xx, a)], False))
        cases.append(("leftright", "%d\\left(%s - %d\\right) = %d" % (a, v, b, a * (xx - b)), F(xx), [F(a * (xx - b) + b)], False))
        cases.append(("negbrace", "%s - {-%d} = %d" % (v, b, xx + b), F(xx), [F(xx + 2 * b)], False))
        cases.append(("thin", "%s + 1\\,000 = %d\\,000" % (v, a), F((a - 1) * 1000), [F(a - 1)], True))
        # words as operators after the equation
        k = rng.randint(1, 4)
        cases.append(("wminus", "%d%s = %d minus %d" % (a, v, a * xx + k, k), F(xx), [F(a * xx + k, a)], False))
        cases.append(("wplus", "%d%s = %d plus %d" % (a, v, a * xx - k, k), F(xx), [F(a * xx - k, a)], False))
        cases.append(("wtimes", "%s = %d times %d" % (v, xx, a), F(xx * a), [F(xx)], False))
        cases.append(("wover", "%d%s = %d over %d" % (a, v, a * xx * 2, 2), F(xx), [F(2 * xx)], False))
        cases.append(("wless", "%d%s = %d less %d" % (a, v, a * xx + k, k), F(xx), [F(a * xx + k, a)], False))
        cases.append(("wdiv", "%d%s = %d divided by %d" % (a, v, a * xx * 2, 2), F(xx), [F(2 * xx)], False))
        cases.append(("wpre", "%d plus %d%s = %d" % (k, a, v, a * xx + k), F(xx), [F(a * xx + k, a)], False))
        cases.append(("wpre2", "%d%s plus %d = %d" % (a, v, k, a * xx + k), F(xx), [F(a * xx + k, a)], False))
        cases.append(("wtwice", "twice %d%s = %d" % (a, v, 2 * a * xx), F(xx), [F(2 * xx)], False))
        cases.append(("whalf", "%d%s = half of %d" % (a, v, 2 * a * xx), F(xx), [F(2 * xx)], False))
        for tag, eq, val, readings, arg in cases:
            for j, w in enumerate(readings):
                if w == val:
                    continue
                wrong = [eq.strip("$"), "%s = %s" % (v, r180_dec(w))]
                right = [eq.strip("$"), "%s = %s" % (v, r180_dec(val))]
                p = tpls[(i + j) % len(tpls)].format(v=v, eq=eq)
                r180_add("s11_" + tag, "mark_" + tag, p, v, val, [r180_ans(wrong), r180_ans(right)], "single", arg=arg)
            # pair: the plain reading stored first, then the marked request
            if readings and readings[0] != val:
                w = readings[0]
        # pairs: the corrected equation after the plain one was stored
        base_eq = "%d%s + %d = %d" % (a, v, b, c1)
        bp = "Solve for %s: %s" % (v, base_eq)
        base_ans = r180_ans([base_eq, "%d%s = %d" % (a, v, c1 - b), "%s = %d" % (v, xx)])
        r180_add("b11", "mark_base", bp, v, xx, [base_ans], "pair")
        for tag, eq in (("mdstrike", "%d%s + %d = ~~%d~~ %d" % (a, v, b, c1, c2)),
                        ("htmldel", "%d%s + %d = <del>%d</del><ins>%d</ins>" % (a, v, b, c1, c2)),
                        ("arrowfix", "%d%s + %d = %d → %d" % (a, v, b, c1, c2)),
                        ("wasfix", "%d%s + %d = %d (was %d)" % (a, v, b, c2, c1))):
            r180_add("p11", "markpair_" + tag, "Solve for %s: %s" % (v, eq), v, x2,
                     [base_ans, r180_ans([eq, "%s = %s" % (v, r180_dec(x2))])], "pair")


# ------------------------------------------------------------------ PART 12: licensed words that ask for the check line
r180_JUST = [
    ("Just the check.", "check"),
    ("Just the check, please.", "check"),
    ("Show each step. Just the check.", "check"),
    ("Please, just the check.", "check"),
    ("Just the check line.", "check"),
    ("Just the equation.", "equation"),
    ("Just the working.", "working"),
    ("Give every value.", "every"),
    ("Give the number per step.", "perstep"),
]


def r180_part12():
    rng = r180_rng
    F = r180_F
    for i in range(9 * 20):
        v = rng.choice(["x", "n", "t"])
        a = rng.randint(2, 9)
        xx = rng.randint(2, 12)
        b = rng.randint(1, 9)
        c = a * xx + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        steps = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, xx)]
        xonly = r180_ans(steps)
        cl, tag = r180_JUST[i % len(r180_JUST)]
        base_p = "Solve for %s: %s." % (v, eq)
        r180_add("b12", "just_base", base_p, v, xx, [xonly], "pair")
        p = base_p + " " + cl
        chk = "%d(%d) + %d = %d" % (a, xx, b, c)
        if tag == "check":
            rep = {"expression": "%d(%d)+%d" % (a, xx, b), "value": str(c)}
            r180_add("p12", "just_" + tag, p, v, xx, [xonly + "\n" + chk, chk], "pair", report=rep, arg=True)
        else:
            r180_add("p12", "just_" + tag, p, v, xx, [xonly], "pair", arg=True)


r180_part1()
r180_part2()
r180_part3()
r180_part4()
r180_part5()
r180_part6()
r180_part7()
r180_part8()
r180_part9()
r180_part10()
r180_part11()
r180_part12()

# What the full run served wrong from the cache (run 2), confirmed alone below (R180_ALONE=1).
r180_found_alone = {
    'd180-p12-25361', 'd180-p12-25363', 'd180-p12-25365', 'd180-p12-25367', 'd180-p12-25369', 'd180-p12-25379',
    'd180-p12-25381', 'd180-p12-25383', 'd180-p12-25385', 'd180-p12-25387', 'd180-p12-25397', 'd180-p12-25399',
    'd180-p12-25401', 'd180-p12-25403', 'd180-p12-25405', 'd180-p12-25414', 'd180-p12-25416', 'd180-p12-25418',
    'd180-p12-25420', 'd180-p12-25421', 'd180-p12-25431', 'd180-p12-25433', 'd180-p12-25435', 'd180-p12-25436',
    'd180-p12-25438', 'd180-p12-25447', 'd180-p12-25453', 'd180-p12-25454', 'd180-p12-25464', 'd180-p12-25466',
    'd180-p12-25468', 'd180-p12-25470', 'd180-p12-25485', 'd180-p12-25487', 'd180-p12-25499', 'd180-p12-25539',
    'd180-p12-25547', 'd180-p12-25586', 'd180-p12-25606', 'd180-p12-25684', 'd180-p12-25687', 'd180-s8_comma2-19029',
    'd180-s8_dbl-18948', 'd180-s8_dbl-18958', 'd180-s8_dbl-18968', 'd180-s8_dbl-18977', 'd180-s8_dbl-18987', 'd180-s8_dbl-18997',
    'd180-s8_dbl-19006', 'd180-s8_dbl-19015', 'd180-s8_dbl-19035', 'd180-s8_dbl-19045', 'd180-s8_dbl-19054', 'd180-s8_dbl-19064',
    'd180-s8_dbl-19073', 'd180-s8_dbl-19083', 'd180-s8_dbl-19092', 'd180-s8_dbl-19101', 'd180-s8_dbl-19111', 'd180-s8_dbl-19120',
    'd180-s8_dbl-19129', 'd180-s8_dbl-19138', 'd180-s8_dbl-19148', 'd180-s8_dbl-19158', 'd180-s8_dbl-19167', 'd180-s8_dbl-19176',
    'd180-s8_dbl-19185', 'd180-s8_dbl-19194', 'd180-s8_dbl-19203', 'd180-s8_dbl-19212', 'd180-s8_dbl-19221', 'd180-s8_expr-19213',
    'd180-s8_space-19208',
}
# Every one is arguable (see the docstring): the served value is right, the form is not what was asked.
r180_arguable |= set(r180_found_alone)

# Trimmed for ctest (probe_kit.sample_round), stop 42: every item the tester found is arguable (left out; the fixes
# are held by unit tests); every 10th safe variant and every 30th of the rest, arguable items left out.
from probe_kit import sample_round as r180_sample_round  # noqa: E402

r180_sample_round("d180-", set(), 30, safe_every=10)
P[:] = [r180_p for r180_p in P if r180_p["id"] not in r180_arguable]
