r"""Red-team round 190 (black box): EQUATIONS ASKED IN OTHER WORDS AND WRITTEN IN OTHER FORMS.
Focus: linear-equation requests whose variant changes what is asked or how the equation is written while keeping most
  tokens; the model's answers in many notations (lines, arrows, "Step n:", "Description: eq", "$...$", prose), with
  realistic slips. 15,606 probes (seeded random.Random(190)): 12,792 pair probes (bases + variants), 1,409 singles
  (--runs 2), 1,405 safe.
Part 1 (d190-b1/p1/sf1-): 8 forms ("4x + 6 = 34", "5x - 2 = 3x + 8", "2(x + 3) = 14", "-(x - 4) = 9", "3(2 - x) = x",
  "x/4 - 1/2 = 3", "0.5x + 1.25 = 3", "2x + 3x + 7 = 32") x 14 letters (x, y, n, t, a, k, z, m, p, θ, α, λ) x 12 glyph
  modes (ASCII, "−", "3×x", "3·x", "3*x", no spaces, "$..$", "\(..\)", "3 \cdot x", backticks, bold) x 16 wordings
  (English, Norwegian, German, French, Spanish); variants: one sign, a coefficient, a term moved to the other side
  ("4x = 34 + 6"), constants or coefficients swapped between sides, the bracket's sign or the minus before it dropped,
  the point moved ("0.05x"); safe: sides swapped, a term in front, "-1(x - 4)", "0.5" for "1/2", spacing.
Part 2 (d190-b2/p2-): what is asked: "Find 2x if", "Find x + 1", "the value of 3x - 1 at the solution", "-x", "x/2",
  "10 - x", "2x = ?", "x + x", "x·2", "x×x", "the answer + 1", "the answer's opposite/reciprocal", five other languages.
Part 3 (d190-b3/p3/b3e/p3e-): word problems with the numbers kept and the words changed ("tripled and increased by 5"
  / "decreased by 5" / "increased by 5 and then tripled", "5 more/less than three times", "Twice the sum/difference",
  "subtracted from a number / a number subtracted from", ages, taxis), alone and with the equation in brackets.
Part 4 (d190-b4/p4g/p4s/p4w/sf4-): two letters with one given ("Given y = 2, solve 3x + y = 11 for x"): the given
  value, the sign of the given letter, the asked letter changed. Part 5 (d190-s5_*-): singles whose first answer has a
  wrong middle step with the right final line, only "3x = 15" last, the solution of the variant's equation under the
  asked one restated, the variant restated, "x = -5" for 5, the value under another letter, a wrong chain link, a
  sign slip that cancels, "Add 5 to both sides:" with a wrong line. Part 6 (d190-b6/sf6-): safe wordings ("Solve:" /
  "Please solve:", spacing, "Thanks!", "Could you ...?", sides swapped). Part 7 (d190-b7/p7-): two report requests
  whose expressions differ in marks or order only ("x - 1" / "1 - x", "x/2" / "2/x", "3x - 1" / "3x + 1", "x + x" /
  "x*x", "x − 1" / "x + 1") in 9 slots. Part 8 (d190-b8/p8-): "\frac", "\cdot", "\div", "\times", "\[..\]",
  "\left(\right)", "3 × cost", word and Greek letters. Part 9 (d190-b9/p9/s9/sf9-): a numbered item's label before the
  equation ("2. 3x + 5 = 20", "2) ", "(2) ", "Q2. ", "2 - ", "Nr. 2: "...), pairs with the glued reading stored
  first ("2.3x"). Part 10 (d190-s10_*-): "x^2", "x**2", "x^1", "x'", "x_1", "x₁", "2^3 x", "(mod 7)", "x ∈ ℤ", "𝑥".
Part 11-13 (d190-b11..b13/p11..p13-): another equation of the same shape and the same solution ("4(n + 9) = 28" then
  "6(n + 9) = 42"), across shapes and letters, with steps described in words. Parts 14-16 (d190-b14..b16/p14..p16-):
  answers that start with a described step and no restatement ("Subtract 7 from both sides: 3x = 15", "Step 1:
  subtract 7 from both sides, 3x = 15", "Subtracting 7 gives ...", "Dividing the given equation by 4 gives ..."),
  pairs whose base has two equal numbers (the constant equals the answer or the coefficient, the factor equals the
  answer or the bracket's constant, the divisor equals the constant), a check line, Norwegian, German, LaTeX "\quad
  (-3)", "| -7" and prose descriptions.
HELD: every pair of parts 1-10 (0 wrong values from the cache): each edited equation re-read and regenerated; the
  reader's refusals are clear errors (Greek and word letters, LaTeX and bold, "\(..\)", two letters with one given,
  word problems without an equation, "Q2." labels, powers, moduli). Every slip of part 5 was rejected and the retry
  served. Report requests are stored but reused only for the same instruction (part 7: 0). "x ∈ ℤ" is answered fresh
  and never stored (19 ids with a non-integer value, arguable). Safe on reuse 233/1,405 (run 1), 865/1,405 (run 2).
  Scorer notes: 12 ids the scorer calls wrong are right (it cannot read "$4(9 - n) = 2n$" or "10-x = 6" lines); the
  17-20 "label" ids of "4 - 2y + 5 = 27" are my mistake (the literal equation, served right).
WHAT GOT THROUGH (the scorer reads only values and equations, so it counts these right; the round's readers
  semdesc.py and detect.py under /tmp/rt/r190 find them). Full run, fresh SQLite store, --runs 2: (A) 257 in run 1,
  280 in run 2; (B) 95 and 95. Alone (R190_ALONE=1: the found ids and their pairs' bases, 1,224 probes, fresh store,
  --runs 2): (A) 245 in run 1, 258 in run 2 (244 clear, 14 arguable); (B) 90 and 90 (arguable).
 (A) CLEAR (r190_found_wrong_step less r190_found_wrong_step_unasked): a stored answer whose base had two equal numbers
     is rewritten for a request whose equation differs in one of them, and the description keeps the wrong one, so
     the served step states an operation that does not give its equation (an answer no model wrote; the final value
     is right): "Solve for n: 8(n + 7) = 112. Explain each step." -> "Divide both sides by 7: n + 7 = 14" (the model:
     "by 8"); "Please solve 4n - 3 = 17 and show your working." -> "Add 4 to both sides: 4n = 20"; "Please solve 3(x +
     9) = 45 ..." -> "Step 1: divide both sides by 6, x + 9 = 15"; "Solve for x: 9x - 1 = 26. Explain each step." ->
     "Adding 9 to both sides gives 9x = 27."; "Solve for y: 2(y + 4) = 18. Explain each step." -> "Dividing the given
     equation by 4 gives y + 4 = 9."; "Solve for x: x/2 + 6 = 30. Show each step." -> "Multiplying by 6 gives x =
     48."; stitched: "Please solve 6x + 3 = 15 ..." -> "Step 1: subtract 6 from both sides, 6x = 12\nSubtract 6 from
     both sides: 6x = 12". Arguable (14): the same when the request asked for no steps ("Solve for n: 5(n + 9) =
     80." -> "Divide both sides by 7: n + 9 = 16").
 (B) ARGUABLE (r190_found_other_equation): the working of another equation of the same shape and solution is served
     whole, its first line a multiple or a shift of the asked one: "Solve for n: 6(n + 9) = 42. Show each step." ->
     "Step 1: 4(n + 9) = 28 / Step 2: 4n = -8 / Step 3: n = -2"; "Solve for y: 9y + 3 = 12." -> "3y + 1 = 4 / 3y = 3 /
     y = 1"; "Solve for y: 4(y + 3) = 12. Show each step." -> "Write the equation: 3(y + 3) = 9 ..."; "Solve 3x - 2 =
     7 step by step." -> "3x - 9 = 0 / Add 9 to both sides: 3x = 9 / ...".
  Also seen (not counted): the patch path stitches lines of several stored answers, so answers grow with repeats of
  the equation in several notations ("Write the equation: 4(t + 3) = 36\n4(t + 3) = 36\nStep 1: 4(t + 3) = 36\n
  4(t + 3) = 36\n$4(t + 3) = 36$\n..."): in an earlier 12,578-probe run, 1,589 answers served in run 1 repeated one equation 3 times or more.
Adds its probes to probe_kit.P."""
import os
import random as r190_random
import re as r190_re
from fractions import Fraction as r190_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r190_rng = r190_random.Random(190)
r190_found_alone = set()
r190_arguable = set()
r190_prompts = {}
r190_n = [0]
r190_counts = {"pair": 0, "single": 0, "safe": 0}


def r190_fr(v):
    v = r190_F(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r190_dec(v):
    v = r190_F(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return r190_fr(v)
    return ("%.8f" % float(v)).rstrip("0").rstrip(".")


def r190_add(tag, fam, prompt, var, val, answers, kind, report=None, safe=False, arg=False):
    if prompt in r190_prompts:
        return r190_prompts[prompt]
    r190_n[0] += 1
    pid = "d190-%s-%d" % (tag, r190_n[0])
    if arg:
        fam += "_arguable"
        r190_arguable.add(pid)
    E(pid, fam, prompt, var, val if isinstance(val, str) else r190_fr(val), answers, report=report, safe=safe)
    r190_prompts[prompt] = pid
    r190_counts[kind] += 1
    return pid


def r190_solve(eq, v):
    """Linear equation in ASCII (+ - * / ( ), implicit products), variable v (any identifier): (k, c) with
    lhs - rhs = k v + c, and the solution."""
    e = eq.replace("−", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    lhs, rhs = e.split("=")

    def ev(s, val):
        toks = r190_re.findall(r"\d+(?:\.\d+)?|\.\d+|" + r190_re.escape(v) + r"|[()+\-*/]", s)
        out, prev = [], None
        for t in toks:
            if t == v:
                piece, kind = "F(%r)" % str(val), "atom"
            elif r190_re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", t):
                piece, kind = "F(%r)" % t, "atom"
            else:
                piece, kind = t, ("open" if t == "(" else "close" if t == ")" else "op")
            if prev in ("atom", "close") and kind in ("atom", "open"):
                out.append("*")
            out.append(piece)
            prev = kind
        return eval("".join(out), {"F": r190_F})
    f0 = ev(lhs, 0) - ev(rhs, 0)
    f1 = ev(lhs, 1) - ev(rhs, 1)
    k = f1 - f0
    if k == 0:
        return None
    return k, f0, -f0 / k


def r190_coef(k, v):
    k = r190_F(k)
    if k == 1:
        return v
    if k == -1:
        return "-" + v
    return r190_dec(k) + v


def r190_steps(eq_ascii, v):
    """Right steps: the equation, k v = r (if k != 1), v = value."""
    k, c, val = r190_solve(eq_ascii, v)
    out = [eq_ascii]
    if k != 1:
        out.append("%s = %s" % (r190_coef(k, v), r190_dec(-c)))
    out.append("%s = %s" % (v, r190_dec(val)))
    return out, val


# notations of the model's answer
def r190_note(lines, mode):
    if mode == 0:
        return "\n".join(lines)
    if mode == 1:
        return " → ".join(lines)
    if mode == 2:
        return "\n".join("Step %d: %s" % (i + 1, l) for i, l in enumerate(lines))
    if mode == 3:
        descs = ["Write the equation", "Collect the terms", "Divide both sides", "Result"]
        out = []
        for i, l in enumerate(lines):
            d = descs[min(i, len(descs) - 1)] if i < len(lines) - 1 else "Result"
            out.append("%s: %s" % (d, l))
        return "\n".join(out)
    if mode == 4:
        return "\n".join("$%s$" % l for l in lines)
    if mode == 5:
        return "\n".join(lines[:-1] + ["So the answer is %s." % lines[-1]])
    if mode == 6:
        return " -> ".join(lines)
    return "\n".join(lines)


R190_NOTES = 7

# ------------------------------------------------------------------ equation forms
# Each: (tag, ascii equation, written form in the prompt). The variant table edits one thing.


def r190_glyph(eq, mode):
    if mode == "uni":
        return eq.replace(" - ", " − ").replace("(-", "(−").replace("-(", "−(")
    if mode == "times":
        return r190_re.sub(r"(\d)([a-zα-ωA-Z])", r"\1×\2", eq)
    if mode == "dot":
        return r190_re.sub(r"(\d)([a-zα-ωA-Z])", r"\1·\2", eq)
    if mode == "star":
        return r190_re.sub(r"(\d)([a-zα-ωA-Z])", r"\1*\2", eq)
    if mode == "tight":
        return eq.replace(" ", "")
    if mode == "latex":
        return "$" + eq + "$"
    if mode == "latex2":
        return "\\(" + eq + "\\)"
    if mode == "cdot":
        return "$" + r190_re.sub(r"(\d)([a-zα-ωA-Z])", r"\1 \\cdot \2", eq) + "$"
    if mode == "md":
        return "`" + eq + "`"
    if mode == "bold":
        return "**" + eq + "**"
    return eq


R190_GLYPHS = ["ascii", "ascii", "uni", "times", "dot", "star", "tight", "latex", "latex2", "cdot", "md", "bold"]
R190_VARS = ["x", "x", "x", "y", "n", "t", "a", "k", "z", "m", "p", "θ", "α", "λ"]

R190_TPL = [
    "Solve for {v}: {eq}.", "Solve: {eq}", "Please solve {eq} for {v}.", "Find {v} when {eq}.",
    "What value of {v} makes {eq} true?", "{eq}\nWhat is {v}?", "Determine {v}: {eq}", "Work out {v} given that {eq}.",
    "Solve the equation {eq}. Show each step.", "I need {v} from {eq}, step by step please.",
    "Løs likningen {eq}.", "Löse {eq} nach {v} auf.", "Résous l'équation {eq}.", "Resuelve {eq}.",
    "Find the value of {v} in {eq}.", "Solve for {v}.\n\n{eq}",
]


def r190_forms(v, rng):
    """(tag, eq, [(vtag, eq2, safe)])"""
    out = []
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    x = rng.randint(-4, 12)
    c = a * x + b
    eq = "%d%s + %d = %d" % (a, v, b, c)
    out.append(("lin", eq, [
        ("sign", "%d%s - %d = %d" % (a, v, b, c), False),
        ("moved", "%d%s = %d + %d" % (a, v, c, b), False),
        ("moved2", "%d%s = %d + %d" % (a, v, b, c), False),
        ("coef", "%d%s + %d = %d" % (a + 1, v, b, c), False),
        ("swapsides", "%d = %d%s + %d" % (c, a, v, b), True),
        ("front", "%d + %d%s = %d" % (b, a, v, c), True),
        ("neg", "-%d%s + %d = %d" % (a, v, b, c), False),
        ("rhsneg", "%d%s + %d = -%d" % (a, v, b, c), False) if c > 0 else ("rhspos", "%d%s + %d = %d" % (a, v, b, -c), False),
    ]))
    # both sides
    while True:
        a, c2 = rng.randint(2, 9), rng.randint(1, 8)
        if a != c2:
            break
    x = rng.randint(-5, 9)
    b = rng.randint(1, 9)
    d = (a - c2) * x - b
    if d >= 0:
        eq = "%d%s - %d = %d%s + %d" % (a, v, b, c2, v, d)
        out.append(("both", eq, [
            ("swapconst", "%d%s + %d = %d%s - %d" % (a, v, d, c2, v, b), False),
            ("swapcoef", "%d%s - %d = %d%s + %d" % (c2, v, b, a, v, d), False),
            ("flip1", "%d%s + %d = %d%s + %d" % (a, v, b, c2, v, d), False),
            ("lhsvar", "%d%s - %d = %d + %d%s" % (a, v, b, d, c2, v), True),
            ("swapsides", "%d%s + %d = %d%s - %d" % (c2, v, d, a, v, b), True),
            ("move", "%d%s - %d%s = %d + %d" % (a, v, c2, v, d, b), True),
            ("move_bad", "%d%s + %d%s = %d + %d" % (a, v, c2, v, d, b), False),
        ]))
    # a(v + b) = c
    a, b = rng.randint(2, 6), rng.randint(1, 7)
    x = rng.randint(-3, 9)
    c = a * (x + b)
    eq = "%d(%s + %d) = %d" % (a, v, b, c)
    out.append(("dist", eq, [
        ("inner", "%d(%s - %d) = %d" % (a, v, b, c), False),
        ("nobr", "%d%s + %d = %d" % (a, v, b, c), False),
        ("outer", "%d + (%s + %d) = %d" % (a, v, b, c), False),
        ("order", "(%s + %d)%d = %d" % (v, b, a, c), True),
        ("star", "%d*(%s + %d) = %d" % (a, v, b, c), True),
        ("space", "%d (%s + %d) = %d" % (a, v, b, c), True),
        ("negout", "-%d(%s + %d) = %d" % (a, v, b, c), False),
    ]))
    # -(v - b) = c
    b, c = rng.randint(1, 9), rng.randint(1, 12)
    eq = "-(%s - %d) = %d" % (v, b, c)
    out.append(("negbr", eq, [
        ("nominus", "(%s - %d) = %d" % (v, b, c), False),
        ("inner", "-(%s + %d) = %d" % (v, b, c), False),
        ("one", "-1(%s - %d) = %d" % (v, b, c), True),
        ("outside", "-%s - %d = %d" % (v, b, c), False),
        ("rhs", "-(%s - %d) = -%d" % (v, b, c), False),
    ]))
    # a(b - v) = v
    a, b = rng.randint(2, 5), rng.randint(1, 9)
    eq = "%d(%d - %s) = %s" % (a, b, v, v)
    out.append(("rev", eq, [
        ("inner", "%d(%d + %s) = %s" % (a, b, v, v), False),
        ("rhs", "%d(%d - %s) = -%s" % (a, b, v, v), False),
        ("coefr", "%d(%d - %s) = 2%s" % (a, b, v, v), False),
        ("order", "%d(-%s + %d) = %s" % (a, v, b, v), True),
        ("twice", "%d(%d - %s) = %s + %s" % (a, b, v, v, v), False),
    ]))
    # v/a - 1/2 = c
    a = rng.choice([2, 3, 4, 5, 6, 8])
    c = rng.randint(1, 9)
    eq = "%s/%d - 1/2 = %d" % (v, a, c)
    out.append(("frac", eq, [
        ("sign", "%s/%d + 1/2 = %d" % (v, a, c), False),
        ("grp", "(%s - 1)/%d/2 = %d" % (v, a, c), False),
        ("den", "%s/%d - 1/4 = %d" % (v, a, c), False),
        ("half", "%s/%d - 0.5 = %d" % (v, a, c), True),
        ("spaced", "%s / %d - 1 / 2 = %d" % (v, a, c), True),
        ("inv", "%d/%s - 1/2 = %d" % (a, v, c), None),  # not linear: skipped
    ]))
    # decimals
    p = rng.choice(["0.5", "0.25", "1.5", "2.5", "0.2", "0.4", "1.25", "0.75"])
    q = rng.choice(["1.25", "0.75", "2.5", "0.5", "3.75", "1.5"])
    r = rng.choice(["3", "4.5", "1", "5", "6.25", "10"])
    eq = "%s%s + %s = %s" % (p, v, q, r)
    p2 = {"0.5": "0.05", "0.25": "2.5", "1.5": "15", "2.5": "0.25", "0.2": "2", "0.4": "0.04", "1.25": "12.5", "0.75": "7.5"}[p]
    out.append(("dec", eq, [
        ("point", "%s%s + %s = %s" % (p2, v, q, r), False),
        ("sign", "%s%s - %s = %s" % (p, v, q, r), False),
        ("lead0", "%s%s + %s = %s" % (p.lstrip("0") if p.startswith("0") else p, v, q, r), True),
        ("trail0", "%s%s + %s = %s.0" % (p, v, q, r) if "." not in r else "%s%s + %s = %s0" % (p, v, q, r), True),
        ("rhs", "%s%s + %s = %s" % (p, v, q, r + "5" if "." in r else r + ".5"), False),
    ]))
    # variable twice on one side
    a, b = rng.randint(2, 6), rng.randint(1, 6)
    x = rng.randint(1, 9)
    c = (a + b) * x + 7
    eq = "%d%s + %d%s + 7 = %d" % (a, v, b, v, c)
    out.append(("twice", eq, [
        ("minus", "%d%s - %d%s + 7 = %d" % (a, v, b, v, c), False),
        ("const", "%d%s + %d + 7%s = %d" % (a, v, b, v, c), False),
        ("merge", "%d%s + 7 = %d" % (a + b, v, c), True),
    ]))
    return out


def r190_show(eq, glyph):
    return r190_glyph(eq, glyph)


# ------------------------------------------------------------------ PART 1: pairs, the equation edited
def r190_part1(N):
    rng = r190_rng
    for i in range(N):
        v = rng.choice(R190_VARS)
        forms = r190_forms(v, rng)
        tag, eq, variants = forms[i % len(forms)]
        glyph = R190_GLYPHS[(i // len(forms)) % len(R190_GLYPHS)]
        tpl = rng.choice(R190_TPL)
        note = rng.randrange(R190_NOTES)
        st, val = r190_steps(eq, v)
        base_ans = r190_note(st, note)
        base_p = tpl.format(v=v, eq=r190_show(eq, glyph))
        r190_add("b1", "form_base_%s_%s" % (tag, glyph), base_p, v, val, [base_ans], "pair")
        for vtag, eq2, safe in variants:
            if safe is None:
                continue
            sol = r190_solve(eq2, v)
            if sol is None:
                continue
            st2, val2 = r190_steps(eq2, v)
            if not safe and val2 == val:
                safe = True
            p2 = tpl.format(v=v, eq=r190_show(eq2, glyph))
            ans2 = r190_note(st2, note)
            if safe:
                r190_add("sf1", "form_same_%s_%s" % (tag, vtag), p2, v, val2, [ans2], "safe", safe=True)
            else:
                # half: the model first answers the base's (stale) solution, then the right one
                answers = [base_ans, ans2] if i % 2 else [ans2]
                r190_add("p1", "form_var_%s_%s_%s" % (tag, vtag, glyph), p2, v, val2, answers, "pair")


# ------------------------------------------------------------------ PART 2: what is asked
# (instruction, expression as the scorer reads it, fn)
R190_ASK = [
    ("Find 2{v} if {eq}.", "2{v}", lambda x: 2 * x),
    ("{eq}. Find {v} + 1.", "{v}+1", lambda x: x + 1),
    ("If {eq}, what is the value of 3{v} - 1?", "3{v}-1", lambda x: 3 * x - 1),
    ("Solve {eq} and give the value of 3{v} - 1 at the solution.", "3{v}-1", lambda x: 3 * x - 1),
    ("Solve {eq} and give the value of 3{v} + 1 at the solution.", "3{v}+1", lambda x: 3 * x + 1),
    ("Find -{v} if {eq}.", "-{v}", lambda x: -x),
    ("What is -{v}, given {eq}?", "-{v}", lambda x: -x),
    ("Solve {eq}. What is {v}/2?", "{v}/2", lambda x: x / 2),
    ("Solve {eq}. What is {v} - 1?", "{v}-1", lambda x: x - 1),
    ("Solve {eq}. Then what is {v} + {v}?", "{v}+{v}", lambda x: 2 * x),
    ("Given {eq}, evaluate 4{v} + 2.", "4{v}+2", lambda x: 4 * x + 2),
    ("Given {eq}, compute 10 - {v}.", "10-{v}", lambda x: 10 - x),
    ("{eq}\n2{v} = ?", "2{v}", lambda x: 2 * x),
    ("{eq}\n{v} + 1 = ?", "{v}+1", lambda x: x + 1),
    ("{eq} — what does 2{v} equal?", "2{v}", lambda x: 2 * x),
    ("Finn 2{v} når {eq}.", "2{v}", lambda x: 2 * x),
    ("Berechne 3{v} - 1, wenn {eq}.", "3{v}-1", lambda x: 3 * x - 1),
    ("Calcule {v} + 1 si {eq}.", "{v}+1", lambda x: x + 1),
    ("Halla 2{v} si {eq}.", "2{v}", lambda x: 2 * x),
    ("Bereken 2{v} als {eq}.", "2{v}", lambda x: 2 * x),
    ("Solve for {v}: {eq}. Answer with -{v}.", "-{v}", lambda x: -x),
    ("Solve for {v}: {eq}. Give the answer as -{v}.", "-{v}", lambda x: -x),
    ("Solve for {v}: {eq}. Give {v} - {v}/2.", "{v}-{v}/2", lambda x: x / 2),
    ("Solve for {v}: {eq}. Give {v}·2.", "{v}·2", lambda x: 2 * x),
    ("Solve for {v}: {eq}. Give 2·{v}.", "2·{v}", lambda x: 2 * x),
    ("Solve for {v}: {eq}. Give {v}×{v}.", "{v}×{v}", lambda x: x * x),
    ("Solve for {v}: {eq}. Give the answer + 1.", "{v}+1", lambda x: x + 1),
    ("Solve for {v}: {eq}. Give answer - 1.", "{v}-1", lambda x: x - 1),
    ("Solve for {v}: {eq}. Reply with the answer, negated.", "-{v}", lambda x: -x),
    ("Solve for {v}: {eq}. Give the answer's opposite.", "-{v}", lambda x: -x),
    ("Solve for {v}: {eq}. Give the answer's reciprocal.", "1/{v}", lambda x: 1 / x if x else None),
    ("Solve for {v}: {eq}. Give the step before the answer.", None, None),
    ("Solve for {v}: {eq}. Give the answer as its negative.", "-{v}", lambda x: -x),
]
# base wording for each ask (the same equation, plain question)
R190_ASK_BASE = ["Find {v} if {eq}.", "{eq}. Find {v}.", "If {eq}, what is the value of {v}?",
                 "Solve {eq} and give the value of {v} at the solution.", "Solve {eq} and give the value of {v} at the solution.",
                 "Find {v} if {eq}.", "What is {v}, given {eq}?", "Solve {eq}. What is {v}?", "Solve {eq}. What is {v}?",
                 "Solve {eq}. Then what is {v}?", "Given {eq}, evaluate {v}.", "Given {eq}, compute {v}.",
                 "{eq}\n{v} = ?", "{eq}\n{v} = ?", "{eq} — what does {v} equal?", "Finn {v} når {eq}.",
                 "Berechne {v}, wenn {eq}.", "Calcule {v} si {eq}.", "Halla {v} si {eq}.", "Bereken {v} als {eq}.",
                 "Solve for {v}: {eq}. Answer with {v}.", "Solve for {v}: {eq}. Give the answer as {v}.",
                 "Solve for {v}: {eq}. Give {v}.", "Solve for {v}: {eq}. Give {v}.", "Solve for {v}: {eq}. Give {v}.",
                 "Solve for {v}: {eq}. Give {v}.", "Solve for {v}: {eq}. Give the answer.",
                 "Solve for {v}: {eq}. Give answer.", "Solve for {v}: {eq}. Reply with the answer.",
                 "Solve for {v}: {eq}. Give the answer.", "Solve for {v}: {eq}. Give the answer.",
                 "Solve for {v}: {eq}. Give the answer.", "Solve for {v}: {eq}. Give the answer."]


def r190_part2(N):
    rng = r190_rng
    for i in range(N):
        v = rng.choice(["x", "x", "y", "n", "t"])
        forms = r190_forms(v, rng)
        tag, eq, _ = forms[rng.randrange(len(forms))]
        glyph = rng.choice(["ascii", "ascii", "uni", "latex", "tight"])
        st, val = r190_steps(eq, v)
        if val == 0:
            continue
        note = rng.randrange(R190_NOTES)
        j = i % len(R190_ASK)
        cl, expr, fn = R190_ASK[j]
        base_p = R190_ASK_BASE[j].format(v=v, eq=r190_show(eq, glyph))
        xonly = r190_note(st, note)
        r190_add("b2", "ask_base", base_p, v, val, [xonly], "pair")
        p = cl.format(v=v, eq=r190_show(eq, glyph))
        if expr is None:
            # the step before the answer: expected = that step's equation (report the kv line)
            continue
        ex = expr.format(v=v)
        rv = fn(val)
        if rv is None:
            continue
        right = r190_note(st + ["%s = %s" % (ex, r190_dec(rv))], note)
        rep = {"expression": ex.replace("·", "*").replace("×", "*") if False else ex, "value": r190_fr(rv)}
        r190_add("p2", "ask_%d" % j, p, v, val, [xonly, right], "pair", report=rep)


# ------------------------------------------------------------------ PART 3: word problems, the words changed
R190_WORDS = [
    # (text, equation in x)
    ("A number tripled and increased by {b} is {c}; find the number.", "3x + {b} = {c}"),
    ("A number tripled and decreased by {b} is {c}; find the number.", "3x - {b} = {c}"),
    ("A number increased by {b} and then tripled is {c}; find the number.", "3(x + {b}) = {c}"),
    ("{b} more than three times a number is {c}. What is the number?", "3x + {b} = {c}"),
    ("{b} less than three times a number is {c}. What is the number?", "3x - {b} = {c}"),
    ("Three times a number is {b} more than {c}. What is the number?", "3x = {c} + {b}"),
    ("Three times a number is {b} less than {c}. What is the number?", "3x = {c} - {b}"),
    ("Twice a number minus {b} equals {c}. Find the number.", "2x - {b} = {c}"),
    ("Twice a number plus {b} equals {c}. Find the number.", "2x + {b} = {c}"),
    ("{b} minus twice a number equals {c}. Find the number.", "{b} - 2x = {c}"),
    ("Twice the sum of a number and {b} equals {c}. Find the number.", "2(x + {b}) = {c}"),
    ("Twice the difference of a number and {b} equals {c}. Find the number.", "2(x - {b}) = {c}"),
    ("When {b} is subtracted from a number, the result is {c}. Find the number.", "x - {b} = {c}"),
    ("When a number is subtracted from {b}, the result is {c}. Find the number.", "{b} - x = {c}"),
    ("Half of a number plus {b} is {c}. Find the number.", "x/2 + {b} = {c}"),
    ("Half of the sum of a number and {b} is {c}. Find the number.", "(x + {b})/2 = {c}"),
    ("Ola is {b} years older than Kari. Together they are {c}. How old is Kari?", "x + x + {b} = {c}"),
    ("Ola is {b} years younger than Kari. Together they are {c}. How old is Kari?", "x + x - {b} = {c}"),
    ("A taxi charges {b} kr plus 3 kr per km. The fare was {c} kr. How many km?", "3x + {b} = {c}"),
    ("A taxi charges {b} kr minus a 3 kr per km discount... no: {b} kr off a 3 kr per km fare. The fare was {c} kr. How many km?", "3x - {b} = {c}"),
]
R190_WORD_PAIRS = [(0, 1), (0, 2), (1, 2), (3, 4), (5, 6), (3, 5), (7, 8), (7, 9), (8, 10), (10, 11), (12, 13),
                   (14, 15), (16, 17), (18, 19)]


def r190_part3(N):
    rng = r190_rng
    for i in range(N):
        i1, i2 = R190_WORD_PAIRS[i % len(R190_WORD_PAIRS)]
        b = rng.randint(2, 9)
        c = rng.randint(b + 10, 60)
        t1, e1 = R190_WORDS[i1]
        t2, e2 = R190_WORDS[i2]
        e1 = e1.format(b=b, c=c)
        e2 = e2.format(b=b, c=c)
        st1, v1 = r190_steps(e1, "x")
        st2, v2 = r190_steps(e2, "x")
        if v1 == v2:
            continue
        note = rng.randrange(R190_NOTES)
        tail = rng.choice(["", " Solve it as an equation in x.", " Let x be the number.", " Show each step."])
        p1 = t1.format(b=b, c=c) + tail
        p2 = t2.format(b=b, c=c) + tail
        a1 = r190_note(st1, note)
        a2 = r190_note(st2, note)
        r190_add("b3", "word_base_%d" % i1, p1, "x", v1, [a1], "pair")
        r190_add("p3", "word_var_%d_%d" % (i1, i2), p2, "x", v2, [a1, a2] if i % 2 else [a2], "pair")
        # with the equation written beside the words
        if i % 3 == 0:
            q1 = p1 + " (%s)" % e1
            q2 = p2 + " (%s)" % e2
            r190_add("b3e", "wordeq_base_%d" % i1, q1, "x", v1, [a1], "pair")
            r190_add("p3e", "wordeq_var_%d_%d" % (i1, i2), q2, "x", v2, [a1, a2] if i % 2 else [a2], "pair")


# ------------------------------------------------------------------ PART 4: two variables, one given; other letters
def r190_part4(N):
    rng = r190_rng
    shapes = [
        "Given {w} = {g}, solve {eq} for {v}.",
        "If {w} = {g} and {eq}, find {v}.",
        "{w} = {g} and {eq}. Solve for {v}.",
        "Solve {eq} for {v} when {w} is {g}.",
        "With {w} equal to {g}, what is {v} in {eq}?",
        "{eq}, where {w} = {g}. What is {v}?",
    ]
    for i in range(N):
        v, w = rng.choice([("x", "y"), ("x", "y"), ("a", "b"), ("n", "m"), ("t", "s"), ("y", "x")])
        a = rng.randint(2, 7)
        x = rng.randint(1, 9)
        g = rng.randint(1, 9)
        sgn = rng.choice(["+", "-"])
        cst = a * x + (g if sgn == "+" else -g)
        eq = "%d%s %s %s = %d" % (a, v, sgn, w, cst)
        shp = shapes[i % len(shapes)]
        p1 = shp.format(w=w, g=g, eq=eq, v=v)
        sub = "%d%s %s %d = %d" % (a, v, sgn, g, cst)
        st, val = r190_steps(sub, v)
        note = rng.randrange(R190_NOTES)
        a1 = r190_note([sub] + st[1:], note)
        r190_add("b4", "two_base_%d" % (i % len(shapes)), p1, v, val, [a1], "pair")
        # variants: the given value changes, the sign of w changes, asks the other letter
        g2 = g + rng.choice([1, 2, 3])
        p2 = shp.format(w=w, g=g2, eq=eq, v=v)
        sub2 = "%d%s %s %d = %d" % (a, v, sgn, g2, cst)
        st2, val2 = r190_steps(sub2, v)
        r190_add("p4g", "two_given_%d" % (i % len(shapes)), p2, v, val2,
                 [a1, r190_note([sub2] + st2[1:], note)] if i % 2 else [r190_note([sub2] + st2[1:], note)], "pair")
        sg2 = "-" if sgn == "+" else "+"
        eq3 = "%d%s %s %s = %d" % (a, v, sg2, w, cst)
        p3 = shp.format(w=w, g=g, eq=eq3, v=v)
        sub3 = "%d%s %s %d = %d" % (a, v, sg2, g, cst)
        st3, val3 = r190_steps(sub3, v)
        r190_add("p4s", "two_sign_%d" % (i % len(shapes)), p3, v, val3,
                 [a1, r190_note([sub3] + st3[1:], note)] if i % 2 else [r190_note([sub3] + st3[1:], note)], "pair")
        # the given letter swapped: the prompt gives v and asks w
        if i % 2 == 0:
            p4 = shp.replace("{w} = {g}", "{v} = {g}").replace("{w} is {g}", "{v} is {g}").replace(
                "{w} equal to {g}", "{v} equal to {g}").replace("for {v}", "for {w}").replace("find {v}", "find {w}").replace(
                "Solve for {v}", "Solve for {w}").replace("what is {v}", "what is {w}").replace("What is {v}", "What is {w}")
            p4 = p4.format(w=w, g=g, eq=eq, v=v)
            # w = cst - a g  (sign)
            wv = (cst - a * g) if sgn == "+" else (a * g - cst)
            sub4 = "%d %s %s = %d" % (a * g, sgn, w, cst)
            st4, val4 = r190_steps(sub4, w)
            if p4 != p1:
                r190_add("p4w", "two_other_%d" % (i % len(shapes)), p4, w, val4,
                         [a1, r190_note([sub4] + st4[1:], note)] if i % 4 == 2 else [r190_note([sub4] + st4[1:], note)], "pair")
        # safe: the clauses in the other order
        if i % 3 == 0:
            ps = "Solve {eq} for {v}, given {w} = {g}.".format(w=w, g=g, eq=eq, v=v)
            r190_add("sf4", "two_safe", ps, v, val, [a1], "safe", safe=True)


# ------------------------------------------------------------------ PART 5: singles, the model's mistakes
def r190_part5(N):
    rng = r190_rng
    for i in range(N):
        v = rng.choice(R190_VARS)
        forms = r190_forms(v, rng)
        tag, eq, variants = forms[rng.randrange(len(forms))]
        glyph = rng.choice(R190_GLYPHS)
        tpl = rng.choice(R190_TPL)
        note = rng.randrange(R190_NOTES)
        st, val = r190_steps(eq, v)
        p = tpl.format(v=v, eq=r190_show(eq, glyph))
        right = r190_note(st, note)
        kind = i % 9
        k, c, _ = r190_solve(eq, v)
        if kind == 0:   # a wrong middle step, right final line
            wrong = [st[0], "%s = %s" % (r190_coef(k, v), r190_dec(-c + rng.choice([-2, -1, 1, 2]))), st[-1]]
        elif kind == 1:  # final line of another quantity only
            if k == 1:
                continue
            wrong = st[:-1]
        elif kind == 2:  # the solution of the unasked equation (a variant's), restated as the asked one
            vs = [vv for vv in variants if vv[2] is False and r190_solve(vv[1], v)]
            if not vs:
                continue
            st2, val2 = r190_steps(vs[0][1], v)
            if val2 == val:
                continue
            wrong = [st[0]] + st2[1:]
        elif kind == 3:  # the variant's equation restated and solved
            vs = [vv for vv in variants if vv[2] is False and r190_solve(vv[1], v)]
            if not vs:
                continue
            st2, val2 = r190_steps(vs[-1][1], v)
            if val2 == val:
                continue
            wrong = st2
        elif kind == 4:  # a sign slip in the final value
            if val == 0:
                continue
            wrong = st[:-1] + ["%s = %s" % (v, r190_dec(-val))]
        elif kind == 5:  # the right value stated for another letter
            other = "x" if v != "x" else "y"
            wrong = st[:-1] + ["%s = %s" % (other, r190_dec(val))]
        elif kind == 6:  # a chain whose middle link is wrong
            if k in (1, -1) or k.denominator != 1 or c.denominator != 1:
                continue
            wrong = st[:-1] + ["%s = %s/%s = %s" % (v, r190_dec(-c), r190_dec(k + 1), r190_dec(val))]
        elif kind == 7:  # step slipped and slipped back ("sign slip that gives the right value")
            wrong = [st[0], "%s = %s" % (r190_coef(-k, v), r190_dec(-c)), "%s = %s" % (v, r190_dec(val))]
        else:            # a description that undoes the step: "Add 5 to both sides" then a right-looking but wrong line
            wrong = [st[0], "Add %s to both sides: %s = %s" % (r190_dec(abs(c)), r190_coef(k, v), r190_dec(-c + 2 * (-c))),
                     st[-1]]
        ans = r190_note(wrong, note)
        r190_add("s5_%d" % kind, "slip_%d_%s" % (kind, glyph), p, v, val, [ans, right], "single")


# ------------------------------------------------------------------ PART 6: safe variants of the instruction
def r190_part6(N):
    rng = r190_rng
    pairs = [("Solve: {eq}", "Please solve: {eq}"), ("Solve: {eq}", "Solve:  {eq}"),
             ("Solve for {v}: {eq}.", "Solve for {v}:   {eq}."), ("Solve for {v}: {eq}.", "Please solve for {v}: {eq}."),
             ("Solve for {v}: {eq}.", "Solve for {v}: {eq}. Thanks!"), ("Solve for {v}: {eq}.", "solve for {v}: {eq}"),
             ("Solve for {v}: {eq}.", "Solve for {v}: {eq}. Show each step."),
             ("Solve for {v}: {eq}.", "Could you solve for {v}: {eq}?")]
    for i in range(N):
        v = rng.choice(["x", "x", "y", "n", "t"])
        forms = r190_forms(v, rng)
        tag, eq, _ = forms[rng.randrange(len(forms))]
        st, val = r190_steps(eq, v)
        a, b2 = pairs[i % len(pairs)]
        ans = r190_note(st, rng.randrange(R190_NOTES))
        r190_add("b6", "safe_base", a.format(v=v, eq=eq), v, val, [ans], "pair")
        r190_add("sf6", "safe_%d" % (i % len(pairs)), b2.format(v=v, eq=eq), v, val, [ans], "safe", safe=True)
        if i % 4 == 0:
            l, r = eq.split(" = ")
            r190_add("sf6", "safe_swap", a.format(v=v, eq="%s = %s" % (r, l)), v, val,
                     [r190_note(["%s = %s" % (r, l)] + st[1:], 0)], "safe", safe=True)


# ------------------------------------------------------------------ PART 7: two report requests, the expression's marks changed
R190_EXPR_PAIRS = [
    ("{v} + 1", "{v} - 1"), ("{v} - 1", "1 - {v}"), ("3{v} - 1", "1 - 3{v}"), ("3{v} - 1", "3{v} + 1"),
    ("{v}/2", "2/{v}"), ("{v}/2", "{v}*2"), ("{v} - 10", "10 - {v}"), ("{v} + {v}", "{v}*{v}"),
    ("2({v} + 1)", "2{v} + 1"), ("({v} + 1)/2", "{v} + 1/2"), ("{v} − 1", "{v} + 1"), ("{v}+1", "{v}-1"),
    ("3{v}-1", "3{v}+1"), ("5 - {v}", "{v} - 5"), ("2{v} - 3", "3 - 2{v}"), ("{v}/4", "4/{v}"),
    ("{v} + 3", "{v} + 3{v}"), ("4{v}", "4 + {v}"), ("{v}*3", "{v}/3"), ("2{v}", "{v}/2"), ("-{v}", "{v}"),
    ("{v}", "-{v}"), ("{v} + 1", "{v}"), ("2 - {v}", "{v} - 2"), ("10{v}", "{v} + 10"), ("{v} - 1", "{v} − 1"),
]
R190_ASK_SLOTS = ["{eq}. Find {e}.", "If {eq}, what is the value of {e}?", "Solve {eq} and give the value of {e} at the solution.",
                  "What is {e}, given {eq}?", "Solve {eq}. What is {e}?", "Given {eq}, compute {e}.",
                  "Solve for {v}: {eq}. Give {e}.", "Solve {eq}, then tell me what {e} equals.",
                  "Solve for {v}: {eq}. Then report the value of {e}."]


def r190_evalexpr(e, v, val):
    e2 = e.replace("−", "-")
    # evaluate directly
    toks = r190_re.findall(r"\d+(?:\.\d+)?|" + r190_re.escape(v) + r"|[()+\-*/]", e2)
    out, prev = [], None
    for t in toks:
        if t == v:
            piece, kind = "F(%r)" % str(val), "atom"
        elif r190_re.fullmatch(r"\d+(?:\.\d+)?", t):
            piece, kind = "F(%r)" % t, "atom"
        else:
            piece, kind = t, ("open" if t == "(" else "close" if t == ")" else "op")
        if prev in ("atom", "close") and kind in ("atom", "open"):
            out.append("*")
        out.append(piece)
        prev = kind
    try:
        return eval("".join(out), {"F": r190_F})
    except ZeroDivisionError:
        return None


def r190_part7(N):
    rng = r190_rng
    for i in range(N):
        v = rng.choice(["x", "x", "x", "y", "n", "t"])
        forms = r190_forms(v, rng)
        tag, eq, _ = forms[rng.randrange(len(forms))]
        if tag in ("frac", "dec"):
            tag, eq, _ = forms[0]
        st, val = r190_steps(eq, v)
        if val == 0:
            continue
        note = rng.choice([0, 0, 1, 2, 3, 6])
        e1, e2 = R190_EXPR_PAIRS[i % len(R190_EXPR_PAIRS)]
        e1, e2 = e1.format(v=v), e2.format(v=v)
        slot = R190_ASK_SLOTS[(i // len(R190_EXPR_PAIRS)) % len(R190_ASK_SLOTS)]
        r1, r2 = r190_evalexpr(e1, v, val), r190_evalexpr(e2, v, val)
        if r1 is None or r2 is None or r1 == r2:
            continue
        ans1 = r190_note(st + (["%s = %s" % (e1.replace("−", "-"), r190_dec(r1))] if e1 != v else []), note)
        ans2 = r190_note(st + (["%s = %s" % (e2.replace("−", "-"), r190_dec(r2))] if e2 != v else []), note)
        p1 = slot.format(eq=eq, e=e1, v=v)
        p2 = slot.format(eq=eq, e=e2, v=v)
        rep1 = {"expression": e1.replace("−", "-"), "value": r190_fr(r1)} if e1 != v else None
        rep2 = {"expression": e2.replace("−", "-"), "value": r190_fr(r2)} if e2 != v else None
        r190_add("b7", "expr_base", p1, v, val, [ans1], "pair", report=rep1)
        r190_add("p7", "expr_var_%d" % (i % len(R190_EXPR_PAIRS)), p2, v, val, [ans1, ans2] if i % 2 else [ans2],
                 "pair", report=rep2, arg=(e2 == v))


# ------------------------------------------------------------------ PART 8: LaTeX and word variables
def r190_part8(N):
    rng = r190_rng
    for i in range(N):
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        c = rng.randint(b + 1, b + 12)
        v = rng.choice(["x", "y", "cost", "price", "θ", "n"])
        shapes = [
            # (written, ascii twin), variant (written, ascii twin)
            (("$\\frac{%s}{%d} + %d = %d$" % (v, a, b, c), "%s/%d + %d = %d" % (v, a, b, c)),
             ("$\\frac{%s}{%d} - %d = %d$" % (v, a, b, c), "%s/%d - %d = %d" % (v, a, b, c))),
            (("$\\frac{%s + %d}{%d} = %d$" % (v, b, a, c), "(%s + %d)/%d = %d" % (v, b, a, c)),
             ("$\\frac{%s}{%d} + %d = %d$" % (v, a, b, c), "%s/%d + %d = %d" % (v, a, b, c))),
            (("$%d%s \\cdot 2 = %d$" % (a, v, 2 * c), "%d%s*2 = %d" % (a, v, 2 * c)),
             ("$%d%s + 2 = %d$" % (a, v, 2 * c), "%d%s + 2 = %d" % (a, v, 2 * c))),
            (("%d × %s − %d = %d" % (a, v, b, c), "%d*%s - %d = %d" % (a, v, b, c)),
             ("%d × %s + %d = %d" % (a, v, b, c), "%d*%s + %d = %d" % (a, v, b, c))),
            (("%d·%s − %d = %d" % (a, v, b, c), "%d*%s - %d = %d" % (a, v, b, c)),
             ("%d·%s − %d = −%d" % (a, v, b, c), "%d*%s - %d = -%d" % (a, v, b, c))),
            (("%d%s − %d = %d" % (a, v, b, c), "%d*%s - %d = %d" % (a, v, b, c)),
             ("%d%s − %d = %d%s" % (a, v, b, c, v), "%d*%s - %d = %d*%s" % (a, v, b, c, v))),
            (("$%s \\div %d = %d$" % (v, a, c), "%s/%d = %d" % (v, a, c)),
             ("$%s \\times %d = %d$" % (v, a, c), "%s*%d = %d" % (v, a, c))),
            (("\\[ %d(%s - %d) = %d \\]" % (a, v, b, c), "%d(%s - %d) = %d" % (a, v, b, c)),
             ("\\[ %d(%s + %d) = %d \\]" % (a, v, b, c), "%d(%s + %d) = %d" % (a, v, b, c))),
            (("$%d\\left(%s - %d\\right) = %d$" % (a, v, b, c), "%d(%s - %d) = %d" % (a, v, b, c)),
             ("$%d\\left(%s + %d\\right) = %d$" % (a, v, b, c), "%d(%s + %d) = %d" % (a, v, b, c))),
            (("%d * %s - %d = %d" % (a, v, b, c), "%d*%s - %d = %d" % (a, v, b, c)),
             ("%d * %s - %d = %d * %s" % (a, v, b, c, v), "%d*%s - %d = %d*%s" % (a, v, b, c, v))),
        ]
        (w1, t1), (w2, t2) = shapes[i % len(shapes)]
        tpl = rng.choice(["Solve for {v}: {eq}", "Solve for {v}: {eq}.", "Find {v}.\n{eq}", "Solve {eq} for {v}."])
        s1 = r190_solve(t1, v)
        s2 = r190_solve(t2, v)
        if not s1 or not s2 or s1[2] == s2[2]:
            continue
        st1, val1 = r190_steps(t1, v)
        st2, val2 = r190_steps(t2, v)
        note = rng.choice([0, 1, 2, 3, 5])
        a1 = r190_note(st1, note)
        a2 = r190_note(st2, note)
        r190_add("b8", "tex_base_%d" % (i % len(shapes)), tpl.format(v=v, eq=w1), v, val1, [a1], "pair")
        r190_add("p8", "tex_var_%d" % (i % len(shapes)), tpl.format(v=v, eq=w2), v, val2, [a1, a2] if i % 2 else [a2], "pair")


# ------------------------------------------------------------------ PART 9: a numbered item's label before the equation
R190_LABELS = ["{n}. ", "{n}.) ", "{n}) ", "({n}) ", "{n}: ", "Q{n}. ", "#{n}. ", "{n} - ", "{n} – ", "Task {n}. ",
               "{n}.\t", "{n}.  ", "Problem {n}: ", "{n}/ ", "{n}.- ", "[{n}] ", "{n}° ", "Nr. {n}: "]


def r190_part9(N):
    rng = r190_rng
    for i in range(N):
        n = rng.randint(1, 9)
        lab = R190_LABELS[i % len(R190_LABELS)].format(n=n)
        v = rng.choice(["x", "x", "y", "n"])
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        x = rng.randint(1, 12)
        c = a * x + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        st, val = r190_steps(eq, v)
        lay = rng.choice(["Solve for {v}:\n{lab}{eq}", "Solve these for {v}.\n{lab}{eq}", "{lab}{eq}\nSolve for {v}.",
                          "Solve for {v}: {lab}{eq}"])
        p = lay.format(v=v, lab=lab, eq=eq)
        note = rng.choice([0, 1, 2, 3])
        right = r190_note(st, note)
        # the misreadings: label glued as decimal or product
        reads = []
        if lab.strip().rstrip(".") == str(n) or lab.startswith("%d." % n):
            reads.append("%d.%d%s + %d = %d" % (n, a, v, b, c))
        reads.append("%d*%d%s + %d = %d" % (n, a, v, b, c))
        reads.append("%d%d%s + %d = %d" % (n, a, v, b, c))
        if "-" in lab or "–" in lab:
            reads.append("%d - %d%s + %d = %d" % (n, a, v, b, c))
        for j, rd in enumerate(reads):
            sol = r190_solve(rd, v)
            if not sol or sol[2] == val:
                continue
            st2, val2 = r190_steps(rd, v)
            wrong = r190_note([eq] + st2[1:], note) if j % 2 == 0 else r190_note(st2, note)
            base_p = lay.format(v=v, lab="", eq=rd.replace("*", "·") if "*" in rd else rd)
            # pair: a stored request of the misread equation, then the labelled one
            r190_add("b9", "label_base_%d" % j, base_p, v, val2, [r190_note(st2, note)], "pair")
            r190_add("p9", "label_var_%d_%d" % (i % len(R190_LABELS), j), p, v, val,
                     [r190_note(st2, note), right] if i % 2 else [right], "pair")
            # single: the model reads the label into the equation
            r190_add("s9", "label_single_%d_%d" % (i % len(R190_LABELS), j), p + " ", v, val, [wrong, right], "single")
        r190_add("sf9", "label_safe", lay.format(v=v, lab="", eq=eq), v, val, [right], "safe", safe=True)


# ------------------------------------------------------------------ PART 10: powers and other letters, singles
def r190_part10(N):
    rng = r190_rng
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        a, b = rng.randint(2, 6), rng.randint(1, 9)
        r = rng.randint(2, 5)
        c = a * r * r + b
        kind = i % 10
        if kind == 0:
            p = "Solve for %s: %d%s^2 + %d = %d." % (v, a, v, b, c)
            wrong = ["%d%s^2 + %d = %d" % (a, v, b, c), "%d%s*2 = %d" % (a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, 2 * a)))]
            wrong2 = ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, a)))]
        elif kind == 1:
            p = "Solve for %s: %d%s**2 + %d = %d." % (v, a, v, b, c)
            wrong = ["%d%s**2 + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, a)))]
            wrong2 = ["%d%s*2 + %d = %d" % (a, v, b, c), "%d%s = %d" % (2 * a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, 2 * a)))]
        elif kind == 2:
            p = "Solve for %s: %d%s^1 + %d = %d." % (v, a, v, b, c)
            wrong = ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, a + 1)))]
            wrong2 = wrong
        elif kind == 3:
            p = "Solve for %s: %d%s' + %d = %d%s + %d." % (v, a, v, b, a - 1, v, b + r)
            wrong = ["%d%s + %d = %d%s + %d" % (a, v, b, a - 1, v, b + r), "%s = %d" % (v, r)]
            wrong2 = wrong
        elif kind == 4:
            p = "Solve for %s: %d%s_1 + %d = %d%s_2 + %d." % (v, a, v, b, a - 1, v, b + r)
            wrong = ["%d%s + %d = %d%s + %d" % (a, v, b, a - 1, v, b + r), "%s = %d" % (v, r)]
            wrong2 = wrong
        elif kind == 5:
            p = "Solve for %s: %d%s₁ + %d = %d%s₂ + %d." % (v, a, v, b, a - 1, v, b + r)
            wrong = ["%d%s + %d = %d%s + %d" % (a, v, b, a - 1, v, b + r), "%s = %d" % (v, r)]
            wrong2 = wrong
        elif kind == 6:
            p = "Solve for %s: 2^%d %s + %d = %d." % (v, a, v, b, c)
            wrong = ["2%d%s + %d = %d" % (a, v, b, c), "%s = %s" % (v, r190_dec(r190_F(c - b, 20 + a)))]
            wrong2 = ["%d%s + %d = %d" % (2 * a, v, b, c), "%s = %s" % (v, r190_dec(r190_F(c - b, 2 * a)))]
        elif kind == 7:
            p = "Solve for %s: %d%s + %d = %d (mod 7)." % (v, a, v, b, c)
            wrong = ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %s" % (v, r190_dec(r190_F(c - b, a)))]
            wrong2 = wrong
        elif kind == 8:
            p = "Solve for %s: %d%s + %d = %d, %s ∈ ℤ." % (v, a, v, b, c + 1, v)
            wrong = ["%d%s + %d = %d" % (a, v, b, c + 1), "%d%s = %d" % (a, v, c + 1 - b), "%s = %s" % (v, r190_dec(r190_F(c + 1 - b, a)))]
            wrong2 = wrong
        else:
            p = "Solve for %s: %d𝑥 + %d = %d." % ("x", a, b, c)
            v = "x"
            wrong = ["%dx + %d = %d" % (a, b, c), "%dx = %d" % (a, c - b), "x = %s" % r190_dec(r190_F(c - b, a))]
            wrong2 = wrong
        # these requests have no right linear answer the scorer can check (powers, moduli, other letters): arguable;
        # expected: the value a human gives where one exists, else the scorer's reading of the first answer fails.
        exp = {0: None, 1: None, 2: r190_F(c - b, a), 3: None, 4: None, 5: None, 6: r190_F(c - b, 2 ** a), 7: None, 8: None,
               9: r190_F(c - b, a)}[kind]
        if exp is None:
            exp = r190_F(10 ** 6 + 7)  # no single linear value: anything served counts for review
        arg = kind not in (2, 6, 9)
        r190_add("s10_%d" % kind, "pow_%d" % kind, p, v, exp, [r190_note(wrong, 0), r190_note(wrong2, 0)], "single", arg=arg)


# ------------------------------------------------------------------ PART 11: another equation of the same shape and the same solution
def r190_part11(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}.", "Solve {eq} step by step.",
            "Show every step: {eq}. Find {v}.", "Solve {eq}. Show the working."]
    for i in range(N):
        v = rng.choice(["x", "x", "y", "n", "t"])
        x = rng.randint(-5, 12)
        kind = i % 5
        if kind == 0:
            a, b = rng.randint(2, 5), rng.randint(1, 9)
            a2 = a + rng.randint(1, 4)
            e1 = "%d(%s + %d) = %d" % (a, v, b, a * (x + b))
            e2 = "%d(%s + %d) = %d" % (a2, v, b, a2 * (x + b))
        elif kind == 1:
            a, b = rng.randint(2, 9), rng.randint(1, 9)
            a2, b2 = rng.randint(2, 9), rng.randint(1, 9)
            e1 = "%d%s + %d = %d" % (a, v, b, a * x + b)
            e2 = "%d%s + %d = %d" % (a2, v, b2, a2 * x + b2)
        elif kind == 2:
            a, c = rng.randint(4, 9), rng.randint(1, 3)
            b = rng.randint(1, 9)
            e1 = "%d%s - %d = %d%s + %d" % (a, v, b, c, v, (a - c) * x - b)
            e2 = "%d%s - %d = %d%s + %d" % (a + 1, v, b, c + 1, v, (a - c) * x - b)
        elif kind == 3:
            d = rng.choice([2, 3, 4, 5])
            x = d * rng.randint(1, 6)
            b = rng.randint(1, 9)
            d2 = rng.choice([k for k in (2, 3, 4, 6) if x % k == 0 and k != d] or [1])
            e1 = "%s/%d + %d = %d" % (v, d, b, x // d + b)
            e2 = "%s/%d + %d = %d" % (v, d2, b, x // d2 + b)
        else:
            b = rng.randint(1, 9)
            c = rng.randint(1, 12)
            e1 = "-(%s - %d) = %d" % (v, b, c)
            x = b - c
            b2 = b + rng.randint(1, 5)
            e2 = "-(%s - %d) = %d" % (v, b2, b2 - x)
        if e1 == e2 or r190_solve(e1, v) is None or r190_solve(e2, v) is None:
            continue
        st1, v1 = r190_steps(e1, v)
        st2, v2 = r190_steps(e2, v)
        if v1 != v2:
            continue
        tpl = tpls[i % len(tpls)]
        note = rng.choice([0, 1, 2, 3])
        r190_add("b11", "same_sol_base_%d" % kind, tpl.format(v=v, eq=e1), v, v1, [r190_note(st1, note)], "pair")
        r190_add("p11", "same_sol_var_%d" % kind, tpl.format(v=v, eq=e2), v, v2, [r190_note(st2, note)], "pair",
                 arg=True)


# ------------------------------------------------------------------ PART 12: another equation with the same solution, across shapes and letters
def r190_part12(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}.", "Solve {eq} step by step."]

    def mk(shape, v, x):
        a, b = rng.randint(2, 6), rng.randint(1, 9)
        if shape == 0:
            return "%d(%s + %d) = %d" % (a, v, b, a * (x + b))
        if shape == 1:
            return "%d%s + %d = %d" % (a, v, b, a * x + b)
        if shape == 2:
            return "-(%s - %d) = %d" % (v, b, b - x)
        if shape == 3:
            return "%d%s - %d = %s + %d" % (a, v, b, v, (a - 1) * x - b)
        return "%d(%d - %s) = %s" % (a, (a + 1) * x // a, v, v) if ((a + 1) * x) % a == 0 else None
    for i in range(N):
        x = rng.randint(1, 12)
        s1, s2 = rng.sample(range(5), 2)
        v1 = rng.choice(["x", "y", "n"])
        v2 = v1 if i % 3 else rng.choice([w for w in ["x", "y", "n", "t"] if w != v1])
        e1, e2 = mk(s1, v1, x), mk(s2, v2, x)
        if not e1 or not e2:
            continue
        if r190_solve(e1, v1) is None or r190_solve(e2, v2) is None:
            continue
        st1, x1 = r190_steps(e1, v1)
        st2, x2 = r190_steps(e2, v2)
        if x1 != x2:
            continue
        tpl = tpls[i % len(tpls)]
        note = rng.choice([0, 1, 2, 3])
        r190_add("b12", "xshape_base", tpl.format(v=v1, eq=e1), v1, x1, [r190_note(st1, note)], "pair")
        r190_add("p12", "xshape_var_%d%d" % (s1, s2), tpl.format(v=v2, eq=e2), v2, x2, [r190_note(st2, note)], "pair", arg=True)


# ------------------------------------------------------------------ PART 13: steps described in words, the same solution, another equation
def r190_part13(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}. Explain each step.", "Solve {eq} step by step."]
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        x = rng.randint(-4, 12)
        kind = i % 3
        if kind == 0:
            a, b = rng.randint(2, 6), rng.randint(1, 9)
            a2 = rng.choice([k for k in range(2, 8) if k != a])
            def ans(a, b, c):
                return ["%d(%s + %d) = %d" % (a, v, b, c), "Divide both sides by %d: %s + %d = %d" % (a, v, b, c // a),
                        "Subtract %d from both sides: %s = %d" % (b, v, c // a - b)]
            e1, e2 = (a, b, a * (x + b)), (a2, b, a2 * (x + b))
        elif kind == 1:
            a, b = rng.randint(2, 9), rng.randint(1, 9)
            a2 = rng.choice([k for k in range(2, 10) if k != a])
            def ans(a, b, c):
                return ["%d%s + %d = %d" % (a, v, b, c), "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
                        "Divide both sides by %d: %s = %d" % (a, v, (c - b) // a)]
            e1, e2 = (a, b, a * x + b), (a2, b, a2 * x + b)
        else:
            a, b = rng.randint(2, 9), rng.randint(1, 9)
            b2 = rng.choice([k for k in range(1, 10) if k != b])
            def ans(a, b, c):
                return ["%d%s - %d = %d" % (a, v, b, c), "Add %d to both sides: %d%s = %d" % (b, a, v, c + b),
                        "Divide both sides by %d: %s = %d" % (a, v, (c + b) // a)]
            e1, e2 = (a, b, a * x - b), (a, b2, a * x - b2)
        A1, A2 = ans(*e1), ans(*e2)
        tpl = tpls[i % len(tpls)]
        eq1, eq2 = A1[0], A2[0]
        r190_add("b13", "desc_base_%d" % kind, tpl.format(v=v, eq=eq1), v, x, ["\n".join(A1)], "pair")
        r190_add("p13", "desc_var_%d" % kind, tpl.format(v=v, eq=eq2), v, x, ["\n".join(A2)], "pair", arg=True)


# ------------------------------------------------------------------ PART 14: answers that start with a described step (no restatement)
def r190_part14(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}.", "Solve {eq} step by step.",
            "Solve for {v}: {eq}. Explain each step."]
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        x = rng.randint(-3, 12)
        kind = i % 4
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        if kind == 0:    # a v + b = c, b changed: "Subtract b" names the old constant
            b2 = rng.choice([k for k in range(1, 10) if k != b])
            def ans(a, b, st):
                return ["Subtract %d from both sides: %d%s = %d" % (b, a, v, a * x),
                        "Divide both sides by %d: %s = %d" % (a, v, x)][:st]
            e1, e2 = "%d%s + %d = %d" % (a, v, b, a * x + b), "%d%s + %d = %d" % (a, v, b2, a * x + b2)
            A1, A2 = ans(a, b, 2), ans(a, b2, 2)
        elif kind == 1:  # a(v + b) = c, a changed: "Divide both sides by a" names the old factor
            a2 = rng.choice([k for k in range(2, 10) if k != a])
            e1, e2 = "%d(%s + %d) = %d" % (a, v, b, a * (x + b)), "%d(%s + %d) = %d" % (a2, v, b, a2 * (x + b))
            A1 = ["Divide both sides by %d: %s + %d = %d" % (a, v, b, x + b), "Subtract %d from both sides: %s = %d" % (b, v, x)]
            A2 = ["Divide both sides by %d: %s + %d = %d" % (a2, v, b, x + b), "Subtract %d from both sides: %s = %d" % (b, v, x)]
        elif kind == 2:  # prose: "Dividing the given equation by a gives ..."
            a2 = rng.choice([k for k in range(2, 10) if k != a])
            e1, e2 = "%d(%s + %d) = %d" % (a, v, b, a * (x + b)), "%d(%s + %d) = %d" % (a2, v, b, a2 * (x + b))
            A1 = ["Dividing the given equation by %d gives %s + %d = %d." % (a, v, b, x + b), "So %s = %d." % (v, x)]
            A2 = ["Dividing the given equation by %d gives %s + %d = %d." % (a2, v, b, x + b), "So %s = %d." % (v, x)]
        else:            # arrows with the operation: "−b →"
            b2 = rng.choice([k for k in range(1, 10) if k != b])
            e1, e2 = "%d%s + %d = %d" % (a, v, b, a * x + b), "%d%s + %d = %d" % (a, v, b2, a * x + b2)
            A1 = ["(−%d) → %d%s = %d" % (b, a, v, a * x), "(÷%d) → %s = %d" % (a, v, x)]
            A2 = ["(−%d) → %d%s = %d" % (b2, a, v, a * x), "(÷%d) → %s = %d" % (a, v, x)]
        tpl = tpls[i % len(tpls)]
        r190_add("b14", "opdesc_base_%d" % kind, tpl.format(v=v, eq=e1), v, x, ["\n".join(A1)], "pair")
        r190_add("p14", "opdesc_var_%d" % kind, tpl.format(v=v, eq=e2), v, x, ["\n".join(A2)], "pair")


# ------------------------------------------------------------------ PART 15: numbers that coincide in the stored answer
def r190_part15(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}.", "Solve {eq} step by step.",
            "Solve for {v}: {eq}. Explain each step.", "Please solve {eq} and show your working."]
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        kind = i % 7
        sty = (i // 7) % 3
        if kind in (0, 1):        # a v + b = c; b == x (0) or b == a (1); variant changes b
            a = rng.randint(2, 9)
            x = rng.randint(2, 9)
            b = x if kind == 0 else a
            if kind == 1 and x == a:
                continue
            b2 = rng.choice([k for k in range(1, 10) if k not in (b, a, x)])

            def A(a, b, x, sty=sty):
                c = a * x + b
                if sty == 0:
                    return ["Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b), "Divide both sides by %d: %s = %d" % (a, v, x)]
                if sty == 1:
                    return ["Step 1: subtract %d from both sides, %d%s = %d" % (b, a, v, c - b), "Step 2: divide by %d, %s = %d" % (a, v, x)]
                return ["Subtracting %d from both sides gives %d%s = %d." % (b, a, v, c - b), "Dividing by %d gives %s = %d." % (a, v, x)]
            e1 = "%d%s + %d = %d" % (a, v, b, a * x + b)
            e2 = "%d%s + %d = %d" % (a, v, b2, a * x + b2)
            A1, A2 = A(a, b, x), A(a, b2, x)
        elif kind in (2, 3):      # a(v + b) = c; a == x (2) or a == b (3); variant changes a
            x = rng.randint(2, 9)
            b = rng.randint(1, 9)
            a = x if kind == 2 else b
            if a < 2:
                continue
            a2 = rng.choice([k for k in range(2, 10) if k not in (a, b, x)])

            def A(a, b, x, sty=sty):
                if sty == 0:
                    return ["Divide both sides by %d: %s + %d = %d" % (a, v, b, x + b), "Subtract %d from both sides: %s = %d" % (b, v, x)]
                if sty == 1:
                    return ["Step 1: divide both sides by %d, %s + %d = %d" % (a, v, b, x + b), "Step 2: subtract %d, %s = %d" % (b, v, x)]
                return ["Dividing the given equation by %d gives %s + %d = %d." % (a, v, b, x + b), "So %s = %d." % (v, x)]
            e1 = "%d(%s + %d) = %d" % (a, v, b, a * (x + b))
            e2 = "%d(%s + %d) = %d" % (a2, v, b, a2 * (x + b))
            A1, A2 = A(a, b, x), A(a2, b, x)
        elif kind == 4:           # a v - b = c, "Add b" with b == a; variant changes b
            a = rng.randint(2, 9)
            x = rng.randint(2, 9)
            b = a
            b2 = rng.choice([k for k in range(1, 10) if k not in (a, x)])

            def A(a, b, x, sty=sty):
                c = a * x - b
                if sty == 0:
                    return ["Add %d to both sides: %d%s = %d" % (b, a, v, c + b), "Divide both sides by %d: %s = %d" % (a, v, x)]
                if sty == 1:
                    return ["Step 1: add %d to both sides, %d%s = %d" % (b, a, v, c + b), "Step 2: divide by %d, %s = %d" % (a, v, x)]
                return ["Adding %d to both sides gives %d%s = %d." % (b, a, v, c + b), "Dividing by %d gives %s = %d." % (a, v, x)]
            e1 = "%d%s - %d = %d" % (a, v, b, a * x - b)
            e2 = "%d%s - %d = %d" % (a, v, b2, a * x - b2)
            A1, A2 = A(a, b, x), A(a, b2, x)
        elif kind == 5:           # v/d + b = c, "Subtract b" then "Multiply by d"; d == b; variant changes d
            d = rng.choice([2, 3, 4, 6])
            q = rng.randint(1, 4)
            x = d * q * rng.choice([1, 2]) * (12 // d)
            b = d
            d2 = rng.choice([k for k in (2, 3, 4, 6) if k != d and x % k == 0] or [None])
            if d2 is None:
                continue

            def A(d, b, x, sty=sty):
                if sty == 0:
                    return ["Subtract %d from both sides: %s/%d = %d" % (b, v, d, x // d), "Multiply both sides by %d: %s = %d" % (d, v, x)]
                if sty == 1:
                    return ["Step 1: subtract %d, %s/%d = %d" % (b, v, d, x // d), "Step 2: multiply by %d, %s = %d" % (d, v, x)]
                return ["Subtracting %d gives %s/%d = %d." % (b, v, d, x // d), "Multiplying by %d gives %s = %d." % (d, v, x)]
            e1 = "%s/%d + %d = %d" % (v, d, b, x // d + b)
            e2 = "%s/%d + %d = %d" % (v, d2, b, x // d2 + b)
            A1, A2 = A(d, b, x), A(d2, b, x)
        else:                     # both sides: a v + b = c v + d; "Subtract c v" with c == b
            a = rng.randint(4, 9)
            c = rng.randint(2, a - 1)
            x = rng.randint(2, 9)
            b = c
            dd = (a - c) * x + b
            c2 = rng.choice([k for k in range(1, a) if k not in (c, x)] or [None])
            if c2 is None:
                continue

            def A(a, b, c, x, sty=sty):
                dd = (a - c) * x + b
                if sty == 0:
                    return ["Subtract %d%s from both sides: %d%s + %d = %d" % (c, v, a - c, v, b, dd),
                            "Subtract %d from both sides: %d%s = %d" % (b, a - c, v, dd - b), "Divide both sides by %d: %s = %d" % (a - c, v, x)]
                if sty == 1:
                    return ["Step 1: subtract %d%s, %d%s + %d = %d" % (c, v, a - c, v, b, dd), "Step 2: subtract %d, %d%s = %d" % (b, a - c, v, dd - b),
                            "Step 3: divide by %d, %s = %d" % (a - c, v, x)]
                return ["Taking %d%s from both sides gives %d%s + %d = %d." % (c, v, a - c, v, b, dd),
                        "Taking %d away gives %d%s = %d." % (b, a - c, v, dd - b), "So %s = %d." % (v, x)]
            e1 = "%d%s + %d = %d%s + %d" % (a, v, b, c, v, dd)
            dd2 = (a - c2) * x + b
            e2 = "%d%s + %d = %d%s + %d" % (a, v, b, c2, v, dd2)
            A1, A2 = A(a, b, c, x), A(a, b, c2, x)
        tpl = tpls[i % len(tpls)]
        r190_add("b15", "coin_base_%d_%d" % (kind, sty), tpl.format(v=v, eq=e1), v, x, ["\n".join(A1)], "pair")
        r190_add("p15", "coin_var_%d_%d" % (kind, sty), tpl.format(v=v, eq=e2), v, x, ["\n".join(A2)], "pair")


# ------------------------------------------------------------------ PART 16: the coincidence in check lines, other languages, LaTeX
def r190_part16(N):
    rng = r190_rng
    tpls = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Please solve {eq} and show your working.",
            "Solve {eq} and check the answer."]
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        kind = i % 6
        a = rng.randint(2, 9)
        x = rng.randint(2, 9)
        b = x if i % 2 else a
        if kind == 5 and b == a:
            b = x
        b2 = rng.choice([k for k in range(1, 10) if k not in (a, b, x)])

        def A(a, b, x, kind=kind):
            c = a * x + b
            if kind == 0:   # a check line
                return ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x),
                        "Check: %d·%d + %d = %d" % (a, x, b, c)]
            if kind == 1:   # Norwegian descriptions
                return ["Trekk fra %d på begge sider: %d%s = %d" % (b, a, v, c - b), "Del begge sider på %d: %s = %d" % (a, v, x)]
            if kind == 2:   # German
                return ["Subtrahiere %d auf beiden Seiten: %d%s = %d" % (b, a, v, c - b), "Teile beide Seiten durch %d: %s = %d" % (a, v, x)]
            if kind == 3:   # LaTeX with \text
                return ["$%d%s + %d = %d$" % (a, v, b, c), "$%d%s = %d \\quad (-%d)$" % (a, v, c - b, b), "$%s = %d \\quad (\\div %d)$" % (v, x, a)]
            if kind == 4:   # arrows with the operation in brackets
                return ["%d%s + %d = %d | -%d" % (a, v, b, c, b), "%d%s = %d | :%d" % (a, v, c - b, a), "%s = %d" % (v, x)]
            return ["%d%s + %d = %d" % (a, v, b, c), "We take away %d: %d%s = %d" % (b, a, v, c - b),
                    "Then %d%s = %d means %s = %d/%d = %d" % (a, v, c - b, v, c - b, a, x)]
        e1 = "%d%s + %d = %d" % (a, v, b, a * x + b)
        e2 = "%d%s + %d = %d" % (a, v, b2, a * x + b2)
        tpl = tpls[i % len(tpls)]
        r190_add("b16", "coin2_base_%d" % kind, tpl.format(v=v, eq=e1), v, x, ["\n".join(A(a, b, x))], "pair")
        r190_add("p16", "coin2_var_%d" % kind, tpl.format(v=v, eq=e2), v, x, ["\n".join(A(a, b2, x))], "pair")


r190_part1(int(os.environ.get("R190_N1", "500")))
r190_part2(int(os.environ.get("R190_N2", "330")))
r190_part3(int(os.environ.get("R190_N3", "140")))
r190_part4(int(os.environ.get("R190_N4", "120")))
r190_part5(int(os.environ.get("R190_N5", "900")))
r190_part6(int(os.environ.get("R190_N6", "120")))
r190_part7(int(os.environ.get("R190_N7", "1170")))
r190_part8(int(os.environ.get("R190_N8", "300")))
r190_part9(int(os.environ.get("R190_N9", "360")))
r190_part10(int(os.environ.get("R190_N10", "200")))
r190_part11(int(os.environ.get("R190_N11", "500")))
r190_part12(int(os.environ.get("R190_N12", "400")))
r190_part13(int(os.environ.get("R190_N13", "300")))
r190_part14(int(os.environ.get("R190_N14", "400")))
r190_part15(int(os.environ.get("R190_N15", "840")))
r190_part16(int(os.environ.get("R190_N16", "480")))


# What the full run (fresh SQLite store, --runs 2) served from the cache, run 1 and run 2 together, found by the
# round's own readers (/tmp/rt/r190/semdesc.py, /tmp/rt/r190/detect.py; the scorer reads only the final value and
# the equations, so it counts all of these right):
# (A) a step whose described operation does not give its equation from the line before (or from the asked
#     equation): numbers of the stored answer kept by the rewrite where they coincided with another number.
r190_found_wrong_step = {
    'd190-b14-13075', 'd190-b15-13416', 'd190-b15-13499', 'd190-b15-13847', 'd190-b15-13889', 'd190-b15-13974',
    'd190-b15-13978', 'd190-b15-14007', 'd190-b15-14100', 'd190-b15-14212', 'd190-b15-14315', 'd190-b15-14329',
    'd190-b15-14487', 'd190-b15-14568', 'd190-b15-14616', 'd190-b15-14639', 'd190-b15-14677', 'd190-b15-14700',
    'd190-b15-14712', 'd190-b15-14758', 'd190-b15-14799', 'd190-b16-14859', 'd190-b16-14866', 'd190-b16-15040',
    'd190-b16-15259', 'd190-b16-15457', 'd190-b16-15494', 'd190-p14-12596', 'd190-p14-12744', 'd190-p14-12869',
    'd190-p14-13076', 'd190-p14-13151', 'd190-p14-13161', 'd190-p15-13349', 'd190-p15-13351', 'd190-p15-13361',
    'd190-p15-13379', 'd190-p15-13389', 'd190-p15-13393', 'd190-p15-13401', 'd190-p15-13417', 'd190-p15-13419',
    'd190-p15-13421', 'd190-p15-13431', 'd190-p15-13441', 'd190-p15-13449', 'd190-p15-13463', 'd190-p15-13471',
    'd190-p15-13481', 'd190-p15-13486', 'd190-p15-13488', 'd190-p15-13508', 'd190-p15-13516', 'd190-p15-13524',
    'd190-p15-13528', 'd190-p15-13535', 'd190-p15-13551', 'd190-p15-13553', 'd190-p15-13555', 'd190-p15-13559',
    'd190-p15-13561', 'd190-p15-13565', 'd190-p15-13577', 'd190-p15-13583', 'd190-p15-13587', 'd190-p15-13591',
    'd190-p15-13613', 'd190-p15-13615', 'd190-p15-13617', 'd190-p15-13625', 'd190-p15-13629', 'd190-p15-13631',
    'd190-p15-13635', 'd190-p15-13642', 'd190-p15-13652', 'd190-p15-13656', 'd190-p15-13679', 'd190-p15-13681',
    'd190-p15-13693', 'd190-p15-13699', 'd190-p15-13705', 'd190-p15-13715', 'd190-p15-13717', 'd190-p15-13719',
    'd190-p15-13721', 'd190-p15-13727', 'd190-p15-13743', 'd190-p15-13745', 'd190-p15-13747', 'd190-p15-13757',
    'd190-p15-13761', 'd190-p15-13767', 'd190-p15-13775', 'd190-p15-13785', 'd190-p15-13789', 'd190-p15-13795',
    'd190-p15-13797', 'd190-p15-13812', 'd190-p15-13814', 'd190-p15-13816', 'd190-p15-13818', 'd190-p15-13834',
    'd190-p15-13838', 'd190-p15-13848', 'd190-p15-13850', 'd190-p15-13856', 'd190-p15-13870', 'd190-p15-13872',
    'd190-p15-13884', 'd190-p15-13886', 'd190-p15-13890', 'd190-p15-13897', 'd190-p15-13906', 'd190-p15-13908',
    'd190-p15-13910', 'd190-p15-13918', 'd190-p15-13934', 'd190-p15-13936', 'd190-p15-13944', 'd190-p15-13948',
    'd190-p15-13959', 'd190-p15-13967', 'd190-p15-13971', 'd190-p15-13977', 'd190-p15-13979', 'd190-p15-13996',
    'd190-p15-13998', 'd190-p15-14000', 'd190-p15-14011', 'd190-p15-14017', 'd190-p15-14023', 'd190-p15-14037',
    'd190-p15-14055', 'd190-p15-14057', 'd190-p15-14074', 'd190-p15-14081', 'd190-p15-14089', 'd190-p15-14091',
    'd190-p15-14099', 'd190-p15-14101', 'd190-p15-14116', 'd190-p15-14118', 'd190-p15-14126', 'd190-p15-14141',
    'd190-p15-14151', 'd190-p15-14153', 'd190-p15-14155', 'd190-p15-14161', 'd190-p15-14178', 'd190-p15-14188',
    'd190-p15-14192', 'd190-p15-14198', 'd190-p15-14205', 'd190-p15-14213', 'd190-p15-14217', 'd190-p15-14225',
    'd190-p15-14238', 'd190-p15-14240', 'd190-p15-14247', 'd190-p15-14255', 'd190-p15-14272', 'd190-p15-14273',
    'd190-p15-14275', 'd190-p15-14281', 'd190-p15-14287', 'd190-p15-14295', 'd190-p15-14297', 'd190-p15-14305',
    'd190-p15-14307', 'd190-p15-14310', 'd190-p15-14316', 'd190-p15-14324', 'd190-p15-14330', 'd190-p15-14334',
    'd190-p15-14341', 'd190-p15-14357', 'd190-p15-14359', 'd190-p15-14368', 'd190-p15-14372', 'd190-p15-14385',
    'd190-p15-14397', 'd190-p15-14404', 'd190-p15-14418', 'd190-p15-14420', 'd190-p15-14434', 'd190-p15-14438',
    'd190-p15-14446', 'd190-p15-14452', 'd190-p15-14453', 'd190-p15-14455', 'd190-p15-14457', 'd190-p15-14462',
    'd190-p15-14468', 'd190-p15-14478', 'd190-p15-14488', 'd190-p15-14505', 'd190-p15-14513', 'd190-p15-14517',
    'd190-p15-14534', 'd190-p15-14538', 'd190-p15-14548', 'd190-p15-14552', 'd190-p15-14556', 'd190-p15-14561',
    'd190-p15-14569', 'd190-p15-14573', 'd190-p15-14581', 'd190-p15-14585', 'd190-p15-14593', 'd190-p15-14597',
    'd190-p15-14599', 'd190-p15-14617', 'd190-p15-14624', 'd190-p15-14634', 'd190-p15-14637', 'd190-p15-14640',
    'd190-p15-14643', 'd190-p15-14660', 'd190-p15-14662', 'd190-p15-14671', 'd190-p15-14678', 'd190-p15-14684',
    'd190-p15-14693', 'd190-p15-14697', 'd190-p15-14701', 'd190-p15-14705', 'd190-p15-14723', 'd190-p15-14733',
    'd190-p15-14737', 'd190-p15-14743', 'd190-p15-14749', 'd190-p15-14759', 'd190-p15-14761', 'd190-p15-14768',
    'd190-p15-14777', 'd190-p15-14785', 'd190-p15-14787', 'd190-p15-14789', 'd190-p15-14804', 'd190-p15-14808',
    'd190-p15-14815', 'd190-p15-14824', 'd190-p15-14826', 'd190-p15-14828', 'd190-p16-14867', 'd190-p16-14897',
    'd190-p16-14955', 'd190-p16-14972', 'd190-p16-14978', 'd190-p16-14984', 'd190-p16-15006', 'd190-p16-15021',
    'd190-p16-15033', 'd190-p16-15041', 'd190-p16-15125', 'd190-p16-15157', 'd190-p16-15165', 'd190-p16-15170',
    'd190-p16-15189', 'd190-p16-15201', 'd190-p16-15206', 'd190-p16-15208', 'd190-p16-15233', 'd190-p16-15238',
    'd190-p16-15245', 'd190-p16-15260', 'd190-p16-15287', 'd190-p16-15291', 'd190-p16-15296', 'd190-p16-15334',
    'd190-p16-15359', 'd190-p16-15374', 'd190-p16-15452', 'd190-p16-15469', 'd190-p16-15495', 'd190-p16-15507',
    'd190-p16-15531', 'd190-p16-15544', 'd190-p16-15567', 'd190-p16-15585',
}
# (B) the working of another equation with the same solution (a multiple or a shift of the asked one).
r190_found_other_equation = {
    'd190-p11-10546', 'd190-p11-10556', 'd190-p11-10566', 'd190-p11-10576', 'd190-p11-10596', 'd190-p11-10616',
    'd190-p11-10626', 'd190-p11-10636', 'd190-p11-10646', 'd190-p11-10656', 'd190-p11-10666', 'd190-p11-10674',
    'd190-p11-10684', 'd190-p11-10693', 'd190-p11-10703', 'd190-p11-10713', 'd190-p11-10723', 'd190-p11-10733',
    'd190-p11-10743', 'd190-p11-10753', 'd190-p11-10763', 'd190-p11-10773', 'd190-p11-10783', 'd190-p11-10793',
    'd190-p11-10812', 'd190-p11-10822', 'd190-p11-10832', 'd190-p11-10842', 'd190-p11-10852', 'd190-p11-10862',
    'd190-p11-10872', 'd190-p11-10882', 'd190-p11-10892', 'd190-p11-10902', 'd190-p11-10919', 'd190-p11-10929',
    'd190-p11-10939', 'd190-p11-10949', 'd190-p11-10959', 'd190-p11-10979', 'd190-p11-10987', 'd190-p11-11007',
    'd190-p11-11016', 'd190-p11-11018', 'd190-p11-11026', 'd190-p11-11045', 'd190-p11-11055', 'd190-p11-11065',
    'd190-p11-11075', 'd190-p11-11085', 'd190-p11-11102', 'd190-p11-11118', 'd190-p11-11128', 'd190-p11-11147',
    'd190-p11-11156', 'd190-p11-11184', 'd190-p11-11190', 'd190-p11-11208', 'd190-p11-11218', 'd190-p11-11228',
    'd190-p11-11237', 'd190-p11-11263', 'd190-p11-11273', 'd190-p11-11283', 'd190-p11-11311', 'd190-p11-11318',
    'd190-p11-11327', 'd190-p11-11336', 'd190-p11-11346', 'd190-p11-11355', 'd190-p11-11363', 'd190-p11-11372',
    'd190-p11-11382', 'd190-p11-11391', 'd190-p11-11400', 'd190-p11-11416', 'd190-p11-11433', 'd190-p11-11453',
    'd190-p11-11462', 'd190-p11-11472', 'd190-p12-11484', 'd190-p12-11583', 'd190-p12-11786', 'd190-p13-12005',
    'd190-p13-12011', 'd190-p13-12040', 'd190-p13-12106', 'd190-p13-12291', 'd190-p13-12315', 'd190-p13-12350',
    'd190-p13-12356', 'd190-p13-12376', 'd190-p13-12384', 'd190-p13-12476', 'd190-p13-12568',
}
r190_found_alone = r190_found_wrong_step | r190_found_other_equation
# (B) is arguable: every line follows from the asked equation by one operation and the value is right. Of (A), the
# requests that did not ask for steps or working ("Solve for n: 5(n + 9) = 80.") are arguable too: the value is right.
r190_found_wrong_step_unasked = {
    'd190-p14-12869', 'd190-p14-13151', 'd190-p15-13583', 'd190-p15-13629', 'd190-p15-13693', 'd190-p15-13721',
    'd190-p15-13761', 'd190-p15-13884', 'd190-p15-13948', 'd190-p15-14011', 'd190-p15-14192', 'd190-p15-14310',
    'd190-p15-14372', 'd190-p15-14457', 'd190-p15-14534', 'd190-p15-14552', 'd190-p15-14593', 'd190-p15-14737',
}
r190_arguable = set(r190_found_other_equation) | r190_found_wrong_step_unasked

# Trimmed for ctest (probe_kit.sample_round), stop 44: the items the round's tester confirmed alone (clear and
# arguable) with the base probe each was paired with (the last base before it) and part 15's bases (part 16 was
# served their stored answers), every 10th safe variant and every 30th of the rest; then every arguable item left
# out.
r190_ids = [r190_p["id"] for r190_p in P]
r190_keep = set(r190_found_alone) | {r190_i for r190_i in r190_ids if "-b15-" in r190_i}
for r190_f in r190_found_alone:
    r190_pre = r190_f.split("-")[1]
    if r190_pre.startswith("p"):
        r190_k = r190_ids.index(r190_f) - 1
        while r190_k >= 0 and r190_ids[r190_k].split("-")[1] != "b" + r190_pre[1:]:
            r190_k -= 1
        r190_keep.add(r190_ids[r190_k])
from probe_kit import sample_round as r190_sample_round  # noqa: E402

r190_sample_round("d190-", r190_keep, 30, safe_every=10)
P[:] = [r190_p for r190_p in P if r190_p["id"] not in r190_arguable]
