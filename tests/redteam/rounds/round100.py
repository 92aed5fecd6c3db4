"""Red-team round 100 (black box, stepcache-s34): linear_equation requests built from the words and marks plain solve-requests use, asking for something else or another equation (|x|, x!, [x], x x, 11{x}, negated truth). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r100_pairs = []


def r100_sol(eqs, descs=None, var="x"):
    out = []
    for i, e in enumerate(eqs):
        d = descs[i] if descs and i < len(descs) and descs[i] else ""
        out.append("Step %d: %s%s" % (i + 1, d + ": " if d else "", e))
    out.append("So %s." % eqs[-1])
    return "\n".join(out)


r100_B = {}


def r100_base(tag, prompt, eqs, var, x, descs=None):
    sol = r100_sol(eqs, descs)
    r100_B[tag] = dict(prompt=prompt, sol=sol, x=x)
    E("d100-%s-base" % tag, "r100_base", prompt, var, x, [sol])


def r100_v(tag, vt, fam, prompt, var, value, answers, report=None, safe=False):
    vid = "d100-%s-%s" % (tag, vt)
    E(vid, fam, prompt, var, value, answers, report=report, safe=safe)
    r100_pairs.append(("d100-%s-base" % tag, vid))


# ---------------------------------------------------------------- bases
r100_base("a", "Solve for x: 2x + 3 = 11. Show each step.", ["2x + 3 = 11", "2x = 8", "x = 4"], "x", "4",
          ["", "Subtract 3 from both sides", "Divide both sides by 2"])
r100_base("b", "Solve for x: 3x - 4 = 10. Show each step.", ["3x - 4 = 10", "3x = 14", "x = 14/3"], "x", "14/3",
          ["", "Add 4 to both sides", "Divide both sides by 3"])
r100_base("n", "Solve for x: 2x + 11 = 3. Show each step.", ["2x + 11 = 3", "2x = -8", "x = -4"], "x", "-4",
          ["", "Subtract 11 from both sides", "Divide both sides by 2"])
r100_base("q", "Solve for x: 4x + 1 = 2. Show each step.", ["4x + 1 = 2", "4x = 1", "x = 1/4"], "x", "1/4",
          ["", "Subtract 1 from both sides", "Divide both sides by 4"])
r100_base("m", "Solve for x: 2x - 3 = 11. Show each step.", ["2x - 3 = 11", "2x = 14", "x = 7"], "x", "7",
          ["", "Add 3 to both sides", "Divide both sides by 2"])
r100_base("t", "Solve for x: 2x + y = 10, where y = 4. Show each step.", ["2x + 4 = 10", "2x = 6", "x = 3"], "x", "3",
          ["Put in y = 4", "Subtract 4 from both sides", "Divide both sides by 2"])
r100_base("u", "Solve for x: 2x + 3y = 11, where y = 1. Show each step.", ["2x + 3 = 11", "2x = 8", "x = 4"], "x", "4",
          ["Put in y = 1", "Subtract 3 from both sides", "Divide both sides by 2"])
r100_base("f", "Solve for x: x/3 + 1 = 2. Show each step.", ["x/3 + 1 = 2", "x/3 = 1", "x = 3"], "x", "3",
          ["", "Subtract 1 from both sides", "Multiply both sides by 3"])
r100_base("i", "Solve for x: 3(x + 1) = 12. Show each step.", ["3(x + 1) = 12", "x + 1 = 4", "x = 3"], "x", "3",
          ["", "Divide both sides by 3", "Subtract 1 from both sides"])
r100_base("d", "Solve for x: 5x = 10. Show each step.", ["5x = 10", "x = 2"], "x", "2", ["", "Divide both sides by 5"])
r100_base("w", "Solve for x: 2x / 3 = 4. Show each step.", ["2x / 3 = 4", "2x = 12", "x = 6"], "x", "6",
          ["", "Multiply both sides by 3", "Divide both sides by 2"])

A, B, N, Q, M, T, U, Fb, I, D, W = (r100_B[k] for k in "abnqmtufidw")


def lin(eq, a, b, c, d, var="x", first=None):
    """Solution of eq, which reads a*var + b = c*var + d."""
    from fractions import Fraction as F
    k, r = F(a) - F(c), F(d) - F(b)
    v = r / k
    eqs = [first or eq]
    if first:
        eqs.append(eq)
    fk = "" if k == 1 else ("-" if k == -1 else str(k))
    if b != 0 or c != 0:
        eqs.append("%s%s = %s" % (fk, var, r))
    if k != 1:
        eqs.append("%s = %s" % (var, v))
    return r100_sol(eqs), str(v)


# ================================================================ 1. a second equation, and which one to solve (base a)
for vt, prompt in [
    ("2nd-and", "Solve for x: 2x + 3 = 11 and 3x + 3 = 12. Show each step for the second."),
    ("2nd-last", "Solve for x: 2x + 3 = 11, 3x + 3 = 12. Show each step for the last one."),
    ("2nd-list", "Solve for x:\n1. 2x + 3 = 11\n2. 3x + 3 = 12\nShow each step for the second."),
    ("2nd-listlast", "Solve for x:\n- 2x + 3 = 11\n- 3x + 3 = 12\nShow each step for the last one."),
    ("2nd-first", "Solve the second for x: 2x + 3 = 11; 3x + 3 = 12. Show each step."),
    ("2nd-not", "Solve for x: 3x + 3 = 12, not 2x + 3 = 11. Show each step."),
    ("2nd-instead", "Solve for x: 2x + 3 = 11. Show each step. Solve for x: 3x + 3 = 12 instead."),
    ("2nd-nl", "Solve for x:\n2x + 3 = 11\n3x + 3 = 12\nShow each step for the last one."),
    ("2nd-or", "Solve for x: 2x + 3 = 11 or 3x + 3 = 12, the second one. Show each step."),
]:
    r100_v("a", vt, "r100_second_eq", prompt, "x", "3", [A["sol"], r100_sol(["3x + 3 = 12", "3x = 9", "x = 3"])])
for vt, prompt in [
    ("2nd-same", "Solve for x: 3x + 3 = 12 and 2x + 3 = 11. Show each step for the second."),
    ("2nd-samelast", "Solve for x: 3x + 3 = 12, 2x + 3 = 11. Show each step for the last one."),
]:
    r100_v("a", vt, "r100_second_eq_safe", prompt, "x", "4", [A["sol"]])
# a system
r100_v("a", "sys-y", "r100_system", "Solve for x: 2x + 3 = 12 - y and y = x. Show each step.", "x", "3",
       [A["sol"], r100_sol(["2x + 3 = 12 - x", "3x + 3 = 12", "3x = 9", "x = 3"])])
r100_v("a", "sys-y2", "r100_system", "Solve for x: 2x + 3 = y, y = x + 6. Show each step.", "x", "3",
       [A["sol"], r100_sol(["2x + 3 = x + 6", "x + 3 = 6", "x = 3"])])
r100_v("a", "sys-safe", "r100_system_safe", "Solve for x: 2x + 3 = y, where y = 11. Show each step.", "x", "4",
       [A["sol"]], safe=True)

# ================================================================ 2. the variable to solve for changed, the equation kept
r100_v("t", "fory-swap", "r100_solve_y", "Solve for y: 2x + y = 10, where x = 4. Show each step.", "y", "2",
       [T["sol"].replace("x", "Y").replace("y", "x").replace("Y", "y"),
        r100_sol(["8 + y = 10", "y = 2"], ["Put in x = 4", "Subtract 8 from both sides"])])
r100_v("t", "fory-same", "r100_solve_y", "Solve for y: 2x + y = 10, where x = 3. Show each step.", "y", "4",
       [T["sol"].replace("x = 3", "y = 3"), r100_sol(["6 + y = 10", "y = 4"], ["Put in x = 3", "Subtract 6 from both sides"])])
r100_v("u", "fory-swap", "r100_solve_y", "Solve for y: 2x + 3y = 11, where x = 1. Show each step.", "y", "3",
       [U["sol"].replace("x", "Y").replace("y", "x").replace("Y", "y"),
        r100_sol(["2 + 3y = 11", "3y = 9", "y = 3"], ["Put in x = 1", "Subtract 2 from both sides", "Divide both sides by 3"])])
r100_v("u", "fory-x4", "r100_solve_y", "Solve for y: 2x + 3y = 11, where x = 4. Show each step.", "y", "1",
       [U["sol"].replace("x = 4", "y = 4"), r100_sol(["8 + 3y = 11", "3y = 3", "y = 1"], ["Put in x = 4", "Subtract 8 from both sides", "Divide both sides by 3"])])
r100_v("u", "fory-only", "r100_solve_y", "Solve for y: 2x + 3y = 11, where y = 1. Show each step.", "x", "4",
       [U["sol"]])  # nonsense request: y is given; any served answer judged by hand
r100_v("u", "ren-both", "r100_solve_y_safe", "Solve for y: 2y + 3x = 11, where x = 1. Show each step.", "y", "4",
       [U["sol"].replace("x", "Y").replace("y", "x").replace("Y", "y")], safe=True)
r100_v("a", "ren-safe", "r100_solve_y_safe", "Solve for y: 2y + 3 = 11. Show each step.", "y", "4",
       [A["sol"].replace("x", "y")], safe=True)
r100_v("a", "ren-cap", "r100_solve_y_safe", "Solve for X: 2X + 3 = 11. Show each step.", "X", "4",
       [A["sol"].replace("x", "X")], safe=True)

# ================================================================ 3. symbols instead of words (base a; n for |x|)
SYM = [
    ("neg-q", "Solve for x: 2x + 3 = 11. Show each step. −x = ?", "-x", "-4"),
    ("neg-qa", "Solve for x: 2x + 3 = 11. Show each step. -x = ?", "-x", "-4"),
    ("for-neg", "Solve for −x: 2x + 3 = 11. Show each step.", "-x", "-4"),
    ("for-nega", "Solve for -x: 2x + 3 = 11. Show each step.", "-x", "-4"),
    ("for-negp", "Solve for (-x): 2x + 3 = 11. Show each step.", "-x", "-4"),
    ("give-neg", "Solve for x: 2x + 3 = 11. Show each step. Give −x.", "-x", "-4"),
    ("give-nega", "Solve for x: 2x + 3 = 11. Show each step. Give -x.", "-x", "-4"),
    ("arrow-neg", "Solve for x: 2x + 3 = 11. Show each step → −x", "-x", "-4"),
    ("xx-q", "Solve for x: 2x + 3 = 11. Show each step. x + x = ?", "x+x", "8"),
    ("xdx-q", "Solve for x: 2x + 3 = 11. Show each step. x · x = ?", "x*x", "16"),
    ("xtx-q", "Solve for x: 2x + 3 = 11. Show each step. x × x = ?", "x*x", "16"),
    ("xsx-q", "Solve for x: 2x + 3 = 11. Show each step. x*x = ?", "x*x", "16"),
    ("give-xdx", "Solve for x: 2x + 3 = 11. Show each step. Give x·x.", "x*x", "16"),
    ("give-xx", "Solve for x: 2x + 3 = 11. Show each step. Give x + x.", "x+x", "8"),
    ("for-xx", "Solve for x + x: 2x + 3 = 11. Show each step.", "x+x", "8"),
    ("for-xdx", "Solve for x·x: 2x + 3 = 11. Show each step.", "x*x", "16"),
    ("xh-q", "Solve for x: 2x + 3 = 11. Show each step. x/2 = ?", "x/2", "2"),
    ("x2-q", "Solve for x: 2x + 3 = 11. Show each step. 2x = ?", "2x", "8"),
    ("xp1", "Solve for x: 2x + 3 = 11. Show each step. x + 1 →", "x+1", "5"),
    ("for-2x", "Solve for 2x: 2x + 3 = 11. Show each step.", "2x", "8"),
    ("for-x1", "Solve for x + 1: 2x + 3 = 11. Show each step.", "x+1", "5"),
    ("for-inv", "Solve for 1/x: 2x + 3 = 11. Show each step.", "1/x", "1/4"),
    ("give-sqrt", "Solve for x: 2x + 3 = 11. Show each step. Give √x.", "", "2"),
    ("give-fact", "Solve for x: 2x + 3 = 11. Show each step. Give x!", "", "24"),
    ("xsq-q", "Solve for x: 2x + 3 = 11. Show each step. x² = ?", "", "16"),
    ("xcaret-q", "Solve for x: 2x + 3 = 11. Show each step. x^2 = ?", "", "16"),
    ("xx-word", "Solve for x: 2x + 3 = 11. Show each step. Give xx.", "", "16"),
    ("ans-neg", "Solve for x: 2x + 3 = 11. Show each step. Answer = −x.", "-x", "-4"),
    ("ans-negc", "Solve for x: 2x + 3 = 11. Show each step. Answer: −x", "-x", "-4"),
    ("neg-x-eq", "Solve for x: 2x + 3 = 11. Show each step. −x =", "-x", "-4"),
    ("xminus", "Solve for x: 2x + 3 = 11. Show each step. x − 3 = ?", "x-3", "1"),
]
for vt, prompt, expr, val in SYM:
    line = ("%s = %s" % (expr.replace("*", " * "), val)) if expr else ("The value asked for is %s." % val)
    r100_v("a", "s-" + vt, "r100_symbols", prompt, "x", "4", [A["sol"], A["sol"] + "\n" + line],
           report={"expression": expr, "value": val})
for vt, prompt in [("s-abs", "Solve for x: 2x + 11 = 3. Show each step. |x| = ?"),
                   ("s-absg", "Solve for x: 2x + 11 = 3. Show each step. Give |x|."),
                   ("s-absfor", "Solve for |x|: 2x + 11 = 3. Show each step.")]:
    r100_v("n", vt, "r100_symbols", prompt, "x", "-4", [N["sol"], N["sol"] + "\nThe value asked for is 4."],
           report={"expression": "", "value": "4"})
for vt, prompt in [("s-xq", "Solve for x: 2x + 3 = 11. Show each step. x = ?"),
                   ("s-arrow", "Solve for x: 2x + 3 = 11. Show each step → x"),
                   ("s-ansx", "Solve for x: 2x + 3 = 11. Show each step. Answer: x")]:
    r100_v("a", vt, "r100_symbols_safe", prompt, "x", "4", [A["sol"]], safe=True)

# ================================================================ 4. decimal commas
r100_v("d", "c-coef", "r100_comma", "Solve for x: 2,5x = 10. Show each step.", "x", "4",
       [D["sol"], r100_sol(["2.5x = 10", "x = 4"], ["", "Divide both sides by 2.5"])])
r100_v("d", "c-rhs", "r100_comma", "Solve for x: 5x = 10,5. Show each step.", "x", "21/10",
       [D["sol"], r100_sol(["5x = 10.5", "x = 2.1"], ["", "Divide both sides by 5"])])
r100_v("d", "c-rhs0", "r100_comma_safe", "Solve for x: 5x = 10,0. Show each step.", "x", "2", [D["sol"]], safe=True)
r100_v("d", "c-coefsp", "r100_comma", "Solve for x: 5x = 1,5. Show each step.", "x", "3/10",
       [D["sol"], r100_sol(["5x = 1.5", "x = 0.3"], ["", "Divide both sides by 5"])])
r100_v("a", "c-rhs", "r100_comma", "Solve for x: 2x + 3 = 11,5. Show each step.", "x", "17/4",
       [A["sol"], r100_sol(["2x + 3 = 11.5", "2x = 8.5", "x = 4.25"])])
r100_v("a", "c-const", "r100_comma", "Solve for x: 2x + 3,5 = 11. Show each step.", "x", "15/4",
       [A["sol"], r100_sol(["2x + 3.5 = 11", "2x = 7.5", "x = 3.75"])])
r100_v("a", "c-arab", "r100_comma", "Solve for x: 2x + 3 = 11٫5. Show each step.", "x", "17/4",
       [A["sol"], r100_sol(["2x + 3 = 11.5", "2x = 8.5", "x = 4.25"])])
r100_v("a", "c-mid", "r100_comma", "Solve for x: 2x + 3 = 11⸴5. Show each step.", "x", "17/4",
       [A["sol"], r100_sol(["2x + 3 = 11.5", "2x = 8.5", "x = 4.25"])])
r100_v("a", "c-fwcomma", "r100_comma", "Solve for x: 2x + 3 = 11，5. Show each step.", "x", "17/4",
       [A["sol"], r100_sol(["2x + 3 = 11.5", "2x = 8.5", "x = 4.25"])])
r100_v("a", "c-apos", "r100_comma", "Solve for x: 2x + 3 = 11'5. Show each step.", "x", "17/4",
       [A["sol"], r100_sol(["2x + 3 = 11.5", "2x = 8.5", "x = 4.25"])])

# ================================================================ 5. unicode minus, dashes, ×, ÷
DASH = [("minus", "−"), ("en", "–"), ("em", "—"), ("fig", "‒"), ("hyph", "‐"), ("nbh", "‑"), ("small", "﹣"),
        ("sup", "⁻"), ("sub", "₋"), ("tilde", "~"), ("heavy", "➖")]
for nm, ch in DASH:
    # base a holds "+": the dash changes it to a minus (right: 7)
    r100_v("a", "u-" + nm, "r100_unicode_minus", "Solve for x: 2x %s 3 = 11. Show each step." % ch, "x", "7",
           [A["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
    # base m holds "-": same equation in another dash (right: 7)
    r100_v("m", "u-" + nm, "r100_unicode_minus_safe", "Solve for x: 2x %s 3 = 11. Show each step." % ch, "x", "7",
           [M["sol"]], safe=True)
    # a dash in front of the right side: 2x + 3 = -11 (right: -7)
    r100_v("a", "ur-" + nm, "r100_unicode_minus", "Solve for x: 2x + 3 = %s11. Show each step." % ch, "x", "-7",
           [A["sol"], r100_sol(["2x + 3 = -11", "2x = -14", "x = -7"])])
PLUS = [("fw", "＋"), ("heavy", "➕"), ("small", "﹢"), ("sup", "⁺"), ("sub", "₊"), ("dot", "∔")]
for nm, ch in PLUS:
    r100_v("m", "p-" + nm, "r100_unicode_plus", "Solve for x: 2x %s 3 = 11. Show each step." % ch, "x", "4",
           [M["sol"], A["sol"]])
TIMES = [("times", "×", "2 × x + 3 = 11", "4"), ("cdot", "⋅", "2 ⋅ x + 3 = 11", "4"), ("bull", "∙", "2 ∙ x + 3 = 11", "4"),
         ("ast", "∗", "2 ∗ x + 3 = 11", "4"), ("letx", "x", "2 x x + 3 = 11", "4")]
for nm, ch, eq, v in TIMES:
    r100_v("a", "t-" + nm, "r100_unicode_times_safe", "Solve for x: %s. Show each step." % eq, "x", v, [A["sol"]], safe=True)
r100_v("a", "t-33", "r100_unicode_times", "Solve for x: 2x × 3 + 3 = 11. Show each step.", "x", "4/3",
       [A["sol"], r100_sol(["6x + 3 = 11", "6x = 8", "x = 4/3"])])
r100_v("a", "t-x3", "r100_unicode_times", "Solve for x: 2 × 3 + x = 11. Show each step.", "x", "5",
       [A["sol"], r100_sol(["6 + x = 11", "x = 5"])])
r100_v("a", "t-xx3", "r100_unicode_times", "Solve for x: 2 x 3 + x = 11. Show each step.", "x", "5",
       [A["sol"], r100_sol(["6 + x = 11", "x = 5"])])
for nm, ch in [("div", "÷"), ("ratio", "∶"), ("colon", ":"), ("slash", "／"), ("dslash", "∕")]:
    r100_v("w", "d-" + nm, "r100_unicode_div_safe", "Solve for x: 2x %s 3 = 4. Show each step." % ch, "x", "6", [W["sol"]], safe=True)
r100_v("w", "d-times", "r100_unicode_div", "Solve for x: 2x × 3 = 4. Show each step.", "x", "2/3",
       [W["sol"], r100_sol(["6x = 4", "x = 2/3"])])
r100_v("w", "d-plus", "r100_unicode_div", "Solve for x: 2x ÷ 3 = 4 + 2. Show each step.", "x", "9",
       [W["sol"], r100_sol(["2x ÷ 3 = 6", "2x = 18", "x = 9"])])

# ================================================================ 6. implicit multiplication (base i: 3(x + 1) = 12)
for vt, prompt in [("sp", "Solve for x: 3 (x + 1) = 12. Show each step."),
                   ("dot", "Solve for x: 3·(x + 1) = 12. Show each step."),
                   ("pp", "Solve for x: (3)(x + 1) = 12. Show each step."),
                   ("post", "Solve for x: (x + 1)3 = 12. Show each step."),
                   ("br", "Solve for x: 3[x + 1] = 12. Show each step.")]:
    r100_v("i", "m-" + vt, "r100_implicit_safe", prompt, "x", "3", [I["sol"]], safe=True)
for vt, prompt, eqs, v in [
    ("nobr", "Solve for x: 3x + 1 = 12. Show each step.", ["3x + 1 = 12", "3x = 11", "x = 11/3"], "11/3"),
    ("inner", "Solve for x: 3(x) + 1 = 12. Show each step.", ["3x + 1 = 12", "3x = 11", "x = 11/3"], "11/3"),
    ("two", "Solve for x: 3(x + 1)(2) = 12. Show each step.", ["6(x + 1) = 12", "x + 1 = 2", "x = 1"], "1"),
    ("post2", "Solve for x: 3(x + 1)2 = 12. Show each step.", ["6(x + 1) = 12", "x + 1 = 2", "x = 1"], "1"),
    ("xout", "Solve for x: x(3 + 2) = 12. Show each step.", ["5x = 12", "x = 12/5"], "12/5"),
    ("neg", "Solve for x: -3(x + 1) = 12. Show each step.", ["-3(x + 1) = 12", "x + 1 = -4", "x = -5"], "-5"),
    ("negin", "Solve for x: 3(-x + 1) = 12. Show each step.", ["3(-x + 1) = 12", "-x + 1 = 4", "x = -3"], "-3"),
    ("rhsbr", "Solve for x: 3(x + 1) = 12(2). Show each step.", ["3(x + 1) = 24", "x + 1 = 8", "x = 7"], "7"),
    ("rhsbr1", "Solve for x: 3(x + 1) = (12)2. Show each step.", ["3(x + 1) = 24", "x + 1 = 8", "x = 7"], "7"),
    ("xx", "Solve for x: 3(x + x) = 12. Show each step.", ["6x = 12", "x = 2"], "2"),
    ("nest", "Solve for x: 3((x + 1)) = 12. Show each step.", ["3(x + 1) = 12", "x + 1 = 4", "x = 3"], "3"),
]:
    r100_v("i", "m-" + vt, "r100_implicit", prompt, "x", v, [I["sol"], r100_sol(eqs)])

# ================================================================ 7. fractions (base f: x/3 + 1 = 2)
for vt, prompt in [("sp", "Solve for x: x / 3 + 1 = 2. Show each step."),
                   ("par", "Solve for x: (x/3) + 1 = 2. Show each step."),
                   ("coef", "Solve for x: (1/3)x + 1 = 2. Show each step."),
                   ("rhs1", "Solve for x: x/3 + 1 = 2/1. Show each step.")]:
    r100_v("f", "f-" + vt, "r100_fraction_safe", prompt, "x", "3", [Fb["sol"]], safe=True)
for vt, prompt, eqs, v in [
    ("den", "Solve for x: x/(3 + 1) = 2. Show each step.", ["x/4 = 2", "x = 8"], "8"),
    ("num", "Solve for x: (x + 1)/3 = 2. Show each step.", ["x + 1 = 6", "x = 5"], "5"),
    ("negden", "Solve for x: x/-3 + 1 = 2. Show each step.", ["x/-3 = 1", "x = -3"], "-3"),
    ("twice", "Solve for x: x/3/2 + 1 = 2. Show each step.", ["x/6 = 1", "x = 6"], "6"),
    ("rhs3", "Solve for x: x/3 + 1 = 2/3. Show each step.", ["x/3 = -1/3", "x = -1"], "-1"),
    ("frac", "Solve for x: \\frac{x}{3} + 1 = 2. Show each step.", ["x/3 = 1", "x = 3"], "3"),
    ("dfrac", "Solve for x: \\dfrac{x+1}{3} = 2. Show each step.", ["x + 1 = 6", "x = 5"], "5"),
    ("tex", "Solve for x: $\\frac{x}{3+1} = 2$. Show each step.", ["x/4 = 2", "x = 8"], "8"),
    ("colon", "Solve for x: x : 3 + 1 = 2. Show each step.", ["x/3 = 1", "x = 3"], "3"),
    ("over", "Solve for x: x/3 + 1/3 = 2. Show each step.", ["x/3 = 5/3", "x = 5"], "5"),
]:
    r100_v("f", "f-" + vt, "r100_fraction", prompt, "x", v, [Fb["sol"], r100_sol(eqs)])

# ================================================================ 8. terms reordered, signs flipped (base a)
for vt, prompt in [("swap", "Solve for x: 11 = 2x + 3. Show each step."),
                   ("comm", "Solve for x: 3 + 2x = 11. Show each step."),
                   ("both", "Solve for x: 11 = 3 + 2x. Show each step."),
                   ("negall", "Solve for x: -2x - 3 = -11. Show each step.")]:
    r100_v("a", "o-" + vt, "r100_reorder_safe", prompt, "x", "4", [A["sol"]], safe=True)
for vt, prompt, eqs, v in [
    ("rhsneg", "Solve for x: 2x + 3 = -11. Show each step.", ["2x = -14", "x = -7"], "-7"),
    ("lhsneg", "Solve for x: -(2x + 3) = 11. Show each step.", ["2x + 3 = -11", "2x = -14", "x = -7"], "-7"),
    ("swapneg", "Solve for x: 11 = 2x - 3. Show each step.", ["2x = 14", "x = 7"], "7"),
    ("commneg", "Solve for x: 3 - 2x = 11. Show each step.", ["-2x = 8", "x = -4"], "-4"),
    ("xneg", "Solve for x: 2(-x) + 3 = 11. Show each step.", ["-2x = 8", "x = -4"], "-4"),
    ("minmin", "Solve for x: 2x - -3 = 11. Show each step.", ["2x = 8", "x = 4"], "4"),
    ("plusmin", "Solve for x: 2x + -3 = 11. Show each step.", ["2x = 14", "x = 7"], "7"),
    ("twice", "Solve for x: 2x + 3 = 11, that is 2x - 3 = 11. Show each step.", ["2x = 14", "x = 7"], "7"),
    ("mention", "Solve for x: 2x + 3 = 11. Show each step from 2x - 3 = 11.", ["2x = 14", "x = 7"], "7"),
]:
    r100_v("a", "o-" + vt, "r100_reorder", prompt, "x", v, [A["sol"], r100_sol(eqs)])

# ================================================================ 9. the equation quoted in the instruction vs a text
r100_base("e", "Solve for x in the equation below. Show each step.\nEquation:\n2x + 3 = 11",
          ["2x + 3 = 11", "2x = 8", "x = 4"], "x", "4")
Eb = r100_B["e"]
r100_v("e", "q-instr", "r100_quoted", "Solve for x in the equation below, 2x - 3 = 11. Show each step.\nEquation:\n2x - 3 = 11",
       "x", "7", [Eb["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
r100_v("e", "q-sign", "r100_quoted", "Solve for x in the equation below. Show each step.\nEquation:\n2x - 3 = 11",
       "x", "7", [Eb["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
r100_v("e", "q-quote", "r100_quoted", "Solve for x in the equation \"2x - 3 = 11\". Show each step.",
       "x", "7", [Eb["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
r100_v("e", "q-fence", "r100_quoted", "Solve for x in the equation below. Show each step.\n```\n2x - 3 = 11\n```",
       "x", "7", [Eb["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
r100_v("e", "q-safe", "r100_quoted_safe", "Solve for x in the equation below. Show each step.\n```\n2x + 3 = 11\n```",
       "x", "4", [Eb["sol"]], safe=True)
r100_v("a", "q-quote", "r100_quoted", "Solve for x: \"2x - 3 = 11\". Show each step.", "x", "7",
       [A["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])
r100_v("a", "q-tick", "r100_quoted", "Solve for x: `2x - 3 = 11`. Show each step.", "x", "7",
       [A["sol"], r100_sol(["2x - 3 = 11", "2x = 14", "x = 7"])])

# ================================================================ 10. value forms (base b: 14/3; base q: 1/4)
for vt, tail, val in [
    ("nearest", "Give the answer rounded to the nearest whole number.", "5"),
    ("int", "Give the answer to the nearest integer.", "5"),
    ("down", "Round the answer down.", "4"),
    ("up", "Round the answer up.", "5"),
    ("dp1", "Give the answer to one decimal place.", "47/10"),
    ("tenth", "Give the answer to the nearest tenth.", "47/10"),
    ("whole", "Give the answer as a whole number.", "5"),
    ("rounded", "Give the answer rounded.", "5"),
    ("onedec", "Give the answer with one decimal.", "47/10"),
    ("dec", "Give the answer as a decimal, with one decimal.", "47/10"),
    ("step1", "Show each step, each as a whole number.", "5"),
    ("trunc", "Give the whole part of the answer.", "4"),
]:
    prompt = "Solve for x: 3x - 4 = 10. Show each step. %s" % tail
    r100_v("b", "v-" + vt, "r100_value_form", prompt, "x", "14/3",
           [B["sol"], B["sol"] + "\nRounded, the answer is %s." % ("4.7" if val == "47/10" else val)],
           report={"expression": "", "value": val})
for vt, tail in [("frac", "Give the answer as a fraction."), ("lowest", "Give the answer in lowest terms."),
                 ("improper", "Give the answer as an improper fraction."), ("exact", "Give the exact answer.")]:
    r100_v("b", "v-" + vt, "r100_value_form_safe", "Solve for x: 3x - 4 = 10. Show each step. %s" % tail, "x", "14/3",
           [B["sol"]], safe=True)
for vt, tail in [("pct", "Give the answer as a percentage."), ("pct2", "Give the answer in per cent."),
                 ("dec", "Give the answer as a decimal."), ("dec2", "Give the answer in decimal form.")]:
    right = Q["sol"] + ("\nAs a percentage, the answer is 25%." if "pct" in vt else "\nSo x = 0.25.")
    r100_v("q", "v-" + vt, "r100_value_form_hand", "Solve for x: 4x + 1 = 2. Show each step. %s" % tail, "x", "1/4",
           [Q["sol"], right])

# ================================================================ 11. paraphrases that reverse meaning, in solve words
for vt, prompt, expr, val in [
    ("what2x", "What is 2x? 2x + 3 = 11. Show each step.", "2x", "8"),
    ("whatx3", "What is x + 3 if 2x + 3 = 11? Show each step.", "x+3", "7"),
    ("for2x", "Find 2x: 2x + 3 = 11. Show each step.", "2x", "8"),
    ("value2x", "Give the value of 2x for 2x + 3 = 11. Show each step.", "2x", "8"),
    ("for2xb", "Solve for 2x, not x: 2x + 3 = 11. Show each step.", "2x", "8"),
    ("notx", "Solve for x: 2x + 3 = 11. Show each step, but give the answer for 2x.", "2x", "8"),
    ("eachstep2", "Solve for x: 2x + 3 = 11. Show each step. The answer is the step before x.", "2x", "8"),
]:
    r100_v("a", "p-" + vt, "r100_paraphrase", prompt, "x", "4",
           [A["sol"], A["sol"] + "\n%s = %s" % (expr, val)], report={"expression": expr, "value": val})
for vt, prompt in [("what", "What is x? 2x + 3 = 11. Show each step."),
                   ("find", "Find x: 2x + 3 = 11. Show each step."),
                   ("for", "For 2x + 3 = 11, solve for x. Show each step."),
                   ("ans1", "Solve for x: 2x + 3 = 11. Show the answer, then each step."),
                   ("steps", "Show each step and solve for x: 2x + 3 = 11.")]:
    r100_v("a", "p-" + vt, "r100_paraphrase_safe", prompt, "x", "4", [A["sol"]], safe=True)

# ================================================================ 12. right answers in other step notations (fresh shapes)
NOT = [
    ("arrow", "Solve for x: 5x - 2 = 18. Show each step.", "5x - 2 = 18 ⇒ 5x = 20 ⇒ x = 4", "4"),
    ("latex", "Solve for x: 7x + 1 = 22. Show each step.", "\\[7x + 1 = 22\\]\n\\[7x = 21\\]\n\\[x = 3\\]", "3"),
    ("chain", "Solve for x: 6x = 30 - 12. Show each step.", "6x = 30 - 12 = 18\nx = 18/6 = 3", "3"),
    ("bold", "Solve for x: 9x - 9 = 18. Show each step.", "9x - 9 = 18\n9x = 27\n**x = 3**", "3"),
    ("nosp", "Solve for x: 4x+4=20. Show each step.", "4x+4=20\n4x=16\nx=4", "4"),
    ("dec", "Solve for x: 2x - 1 = 8. Show each step.", "2x - 1 = 8\n2x = 9\nx = 4.5", "9/2"),
    ("dec0", "Solve for x: 3x + 3 = 15. Show each step.", "3x + 3 = 15\n3x = 12\nx = 4.0", "4"),
    ("words", "Solve for x: 8x + 2 = 26. Show each step.", "First, 8x + 2 = 26.\nSubtracting 2 gives 8x = 24.\nDividing by 8 gives x = 3.\nThe answer is x = 3.", "3"),
    ("ans", "Solve for x: 10x - 5 = 25. Show each step.", "10x - 5 = 25\n10x = 30\nx = 3\nAnswer: x = 3", "3"),
    ("dollars", "Solve for x: 6x + 6 = 42. Show each step.", "$6x + 6 = 42$\n$6x = 36$\n$x = 6$", "6"),
    ("mixed", "Solve for x: 3x = 14 + 0. Show each step.", "3x = 14\nx = 14/3 = 4 2/3", "14/3"),
    ("neg", "Solve for x: 4x + 20 = 4. Show each step.", "4x + 20 = 4\n4x = -16\nx = −4", "-4"),
    ("therefore", "Solve for x: 2x + 9 = 15. Show each step.", "2x + 9 = 15\n2x = 6\n∴ x = 3", "3"),
    ("boxed", "Solve for x: 5x + 5 = 30. Show each step.", "5x + 5 = 30\n5x = 25\nx = 5\n\\boxed{x = 5}", "5"),
    ("cdot", "Solve for x: 3x - 3 = 9. Show each step.", "3x - 3 = 9\n3x = 12\nx = 12 ÷ 3 = 4", "4"),
]
for vt, prompt, ans, v in NOT:
    E("d100-n-" + vt, "r100_notation", prompt, "x", v, [ans])


# ================================================================ 13. batch 2: marks around the variable the checks may not read
N_sol, B_sol, A_sol = N["sol"], B["sol"], A["sol"]
for tag, base_sol, vt, prompt, val in [
    ("n", N_sol, "abs2", "Solve for x: 2x + 11 = 3. Show each step. Give |x|!", "4"),
    ("n", N_sol, "abssp", "Solve for x: 2x + 11 = 3. Show each step. Give | x |.", "4"),
    ("n", N_sol, "absfull", "Solve for x: 2x + 11 = 3. Show each step. Give ｜x｜.", "4"),
    ("n", N_sol, "absdbl", "Solve for x: 2x + 11 = 3. Show each step. Give ‖x‖.", "4"),
    ("n", N_sol, "absans", "Solve for x: 2x + 11 = 3. Show each step. Give |the answer|.", "4"),
    ("n", N_sol, "absneg", "Solve for x: 2x + 11 = 3. Show each step. Give -|x|.", "-4"),
    ("n", N_sol, "absbar", "Solve for x: 2x + 11 = 3. Show each step. Give ∣x∣.", "4"),
    ("n", N_sol, "absfor2", "Solve for | x |: 2x + 11 = 3. Show each step.", "4"),
    ("n", N_sol, "absq", "Solve for x: 2x + 11 = 3. Show each step. What is |x|?", "4"),
    ("n", N_sol, "absarrow", "Solve for x: 2x + 11 = 3. Show each step → |x|", "4"),
    ("n", N_sol, "tilde", "Solve for x: 2x + 11 = 3. Show each step. Give ~x.", "3"),
    ("n", N_sol, "pm", "Solve for x: 2x + 11 = 3. Show each step. Give ±x.", "4"),
    ("n", N_sol, "factn", "Solve for x: 2x + 11 = 3. Show each step. Give (-x)!", "24"),
    ("a", A_sol, "fact2", "Solve for x: 2x + 3 = 11. Show each step. Give (x)!", "24"),
    ("a", A_sol, "fact3", "Solve for x: 2x + 3 = 11. Show each step. Give x!!", "8"),
    ("a", A_sol, "fact4", "Solve for x!: 2x + 3 = 11. Show each step.", "24"),
    ("a", A_sol, "fact5", "Solve for x: 2x + 3 = 11. Show each step. x! = ?", "24"),
    ("a", A_sol, "fact6", "Solve for x: 2x + 3 = 11. Show each step. Give the answer!", None),
    ("a", A_sol, "fact7", "Solve for x: 2x + 3 = 11. Show each step → x!", "24"),
    ("a", A_sol, "fact8", "Solve for (x)!: 2x + 3 = 11. Show each step.", "24"),
    ("a", A_sol, "fact9", "Solve for x: 2x + 3 = 11. Show each step. Answer: x!", "24"),
    ("a", A_sol, "fact10", "Solve for x: 2x + 3 = 11. Show each step and give x!", "24"),
    ("a", A_sol, "pow", "Solve for x: 2x + 3 = 11. Show each step. Give xˣ.", "256"),
    ("a", A_sol, "pp", "Solve for x: 2x + 3 = 11. Show each step. Give ++x.", "5"),
    ("a", A_sol, "mm", "Solve for x: 2x + 3 = 11. Show each step. Give --x.", "3"),
    ("a", A_sol, "pm2", "Solve for ±x: 2x + 3 = 11. Show each step.", "4"),
    ("a", A_sol, "prime", "Solve for x: 2x + 3 = 11. Show each step. Give x′.", None),
    ("a", A_sol, "not", "Solve for x: 2x + 3 = 11. Show each step. Give ¬x.", None),
    ("a", A_sol, "circ", "Solve for x: 2x + 3 = 11. Show each step. Give x∘x.", "16"),
    ("a", A_sol, "xor", "Solve for x: 2x + 3 = 11. Show each step. Give x⊕x.", "0"),
    ("a", A_sol, "dotop", "Solve for x: 2x + 3 = 11. Show each step. Give x⋅x.", "16"),
    ("a", A_sol, "minus0", "Solve for x: 2x + 3 = 11. Show each step. Give x−x.", "0"),
    ("a", A_sol, "div", "Solve for x: 2x + 3 = 11. Show each step. Give x÷x.", "1"),
    ("a", A_sol, "cbrt", "Solve for x: 2x + 3 = 11. Show each step. Give ∛x.", None),
    ("b", B_sol, "floor", "Solve for x: 3x - 4 = 10. Show each step. Give ⌊x⌋.", "4"),
    ("b", B_sol, "ceil", "Solve for x: 3x - 4 = 10. Show each step. Give ⌈x⌉.", "5"),
    ("b", B_sol, "brk", "Solve for x: 3x - 4 = 10. Show each step. Give [x].", "4"),
    ("b", B_sol, "brace", "Solve for x: 3x - 4 = 10. Show each step. Give {x}.", "2/3"),
    ("b", B_sol, "floorfor", "Solve for ⌊x⌋: 3x - 4 = 10. Show each step.", "4"),
    ("b", B_sol, "ceilfor", "Solve for ⌈x⌉: 3x - 4 = 10. Show each step.", "5"),
    ("b", B_sol, "round", "Solve for x: 3x - 4 = 10. Show each step. Give ⌊x⌉.", "5"),
    ("b", B_sol, "approx", "Solve for x: 3x - 4 = 10. Show each step. x ≈ ?", "5"),
    ("b", B_sol, "approx2", "Solve for x: 3x - 4 = 10. Show each step. Give x ≈.", "5"),
]:
    line = ("The value asked for is %s." % val) if val else "(see above)"
    fam = "r100_marks" if val else "r100_marks_hand"
    r100_v(tag, "k-" + vt, fam, prompt, "x", B["x"] if tag == "b" else (N["x"] if tag == "n" else "4"),
           [base_sol, base_sol + "\n" + line], report={"expression": "", "value": val} if val else None)

# marks inside the equation that change it (right answer by hand)
for tag, base_sol, vt, prompt, expect, right in [
    ("a", A_sol, "e-abs", "Solve for x: |2x + 3| = 11. Show each step.", "4", "So x = 4 or x = -7."),
    ("a", A_sol, "e-abs2", "Solve for x: 2|x| + 3 = 11. Show each step.", "4", "So x = 4 or x = -4."),
    ("a", A_sol, "e-absr", "Solve for x: 2x + 3 = -|11|. Show each step.", "-7", "Step 1: 2x + 3 = -11\nStep 2: 2x = -14\nStep 3: x = -7\nSo x = -7."),
    ("a", A_sol, "e-fact", "Solve for x: 2x + 3! = 11. Show each step.", "5/2", "Step 1: 2x + 6 = 11\nStep 2: 2x = 5\nStep 3: x = 5/2\nSo x = 5/2."),
    ("a", A_sol, "e-facts", "Solve for x: 2x + 3 ! = 11. Show each step.", "5/2", "Step 1: 2x + 6 = 11\nStep 2: 2x = 5\nStep 3: x = 5/2\nSo x = 5/2."),
    ("a", A_sol, "e-factp", "Solve for x: 2x + (3)! = 11. Show each step.", "5/2", "Step 1: 2x + 6 = 11\nStep 2: 2x = 5\nStep 3: x = 5/2\nSo x = 5/2."),
    ("a", A_sol, "e-floor", "Solve for x: ⌊2x⌋ + 3 = 11. Show each step.", "4", "So 4 ≤ x < 4.5."),
    ("a", A_sol, "e-norm", "Solve for x: ‖2x + 3‖ = 11. Show each step.", "4", "So x = 4 or x = -7."),
    ("n", N_sol, "e-abs", "Solve for x: |2x + 11| = 3. Show each step.", "-4", "So x = -4 or x = -7."),
    ("n", N_sol, "e-abs3", "Solve for x: 2x + 11 = |3|. Show each step.", "-4", N_sol),
    ("n", N_sol, "e-absneg", "Solve for x: 2x + |-11| = 3. Show each step.", "-4", N_sol),
    ("n", N_sol, "e-absneg2", "Solve for x: 2x + |11| = -3. Show each step.", "-7", "Step 1: 2x + 11 = -3\nStep 2: 2x = -14\nStep 3: x = -7\nSo x = -7."),
    ("n", N_sol, "e-tilde", "Solve for x: 2x + 11 = ~3. Show each step.", "-15/2", "So x = -15/2."),
]:
    r100_v(tag, vt, "r100_marks_eq_hand", prompt, "x", expect, [base_sol, right])

# the variable letter changed in one place only
r100_v("a", "v-instr", "r100_rename_hand", "Solve for y: 2x + 3 = 11. Show each step.", "y", "4", [A_sol, A_sol])
r100_v("a", "v-eq", "r100_rename_hand", "Solve for x: 2y + 3 = 11. Show each step.", "x", "4", [A_sol, A_sol.replace("x", "y")])
r100_v("a", "v-cyr", "r100_rename_hand", "Solve for x: 2х + 3 = 11. Show each step.", "x", "4", [A_sol])
r100_v("a", "v-times", "r100_rename_hand", "Solve for x: 2× + 3 = 11. Show each step.", "x", "4", [A_sol])


# ================================================================ 14. batch 3: bars, brackets and marks the instruction reader drops
for tag, base_sol, vt, prompt, val in [
    ("n", N_sol, "bb-broken", "Solve for x: 2x + 11 = 3. Show each step. Give ¦x¦.", "4"),
    ("n", N_sol, "bb-box", "Solve for x: 2x + 11 = 3. Show each step. Give │x│.", "4"),
    ("n", N_sol, "bb-click", "Solve for x: 2x + 11 = 3. Show each step. Give ǀxǀ.", "4"),
    ("n", N_sol, "bb-vline", "Solve for x: 2x + 11 = 3. Show each step. Give ⏐x⏐.", "4"),
    ("n", N_sol, "bb-tex", "Solve for x: 2x + 11 = 3. Show each step. Give $|x|$.", "4"),
    ("n", N_sol, "bb-texp", "Solve for x: 2x + 11 = 3. Show each step. Give \\(|x|\\).", "4"),
    ("n", N_sol, "bb-tick", "Solve for x: 2x + 11 = 3. Show each step. Give `|x|`.", "4"),
    ("n", N_sol, "bb-ans", "Solve for x: 2x + 11 = 3. Show each step. Give |x| as the answer.", "4"),
    ("n", N_sol, "bb-only", "Solve for x: 2x + 11 = 3. Show each step. |x|", "4"),
    ("n", N_sol, "bb-first", "|x| for 2x + 11 = 3. Show each step.", "4"),
    ("n", N_sol, "bb-find", "Find |x|: 2x + 11 = 3. Show each step.", "4"),
    ("n", N_sol, "bb-what", "What is |x|? 2x + 11 = 3. Show each step.", "4"),
    ("n", N_sol, "bb-negx", "Solve for x: 2x + 11 = 3. Show each step. Give |-x|.", "4"),
    ("n", N_sol, "bb-sq", "Solve for x: 2x + 11 = 3. Show each step. Give [x].", "-4"),
    ("n", N_sol, "bb-negfl", "Solve for x: 2x + 11 = 3. Show each step. Give ~x.", "3"),
    ("a", A_sol, "bb-tilde", "Solve for x: 2x + 3 = 11. Show each step. Give ~x.", "-5"),
    ("a", A_sol, "bb-tildefor", "Solve for ~x: 2x + 3 = 11. Show each step.", "-5"),
    ("a", A_sol, "bb-bang", "Solve for x: 2x + 3 = 11. Show each step. Give !x.", "0"),
    ("a", A_sol, "bb-shl", "Solve for x: 2x + 3 = 11. Show each step. Give x<<x.", "64"),
    ("a", A_sol, "bb-fw", "Solve for x: 2x + 3 = 11. Show each step. Give x！", "24"),
    ("a", A_sol, "bb-dbl", "Solve for x: 2x + 3 = 11. Show each step. Give x‼", "8"),
    ("a", A_sol, "bb-texfact", "Solve for x: 2x + 3 = 11. Show each step. Give $x!$.", "24"),
    ("a", A_sol, "bb-tickfact", "Solve for x: 2x + 3 = 11. Show each step. Give `x!`.", "24"),
    ("a", A_sol, "bb-factans", "Solve for x: 2x + 3 = 11. Show each step. Give x! as the answer.", "24"),
    ("a", A_sol, "bb-factfind", "Find x!: 2x + 3 = 11. Show each step.", "24"),
    ("a", A_sol, "bb-factwhat", "What is x!? 2x + 3 = 11. Show each step.", "24"),
    ("a", A_sol, "bb-factbr", "Solve for x: 2x + 3 = 11. Show each step. Give [x!].", "24"),
    ("b", B_sol, "bb-brkfor", "Solve for [x]: 3x - 4 = 10. Show each step.", "4"),
    ("b", B_sol, "bb-bracefor", "Solve for {x}: 3x - 4 = 10. Show each step.", "2/3"),
    ("b", B_sol, "bb-brkans", "Solve for x: 3x - 4 = 10. Show each step. Give [the answer].", "4"),
    ("b", B_sol, "bb-negbrk", "Solve for x: 3x - 4 = 10. Show each step. Give [-x].", "-5"),
    ("b", B_sol, "bb-wbrk", "Solve for x: 3x - 4 = 10. Show each step. Give ⟦x⟧.", "4"),
    ("b", B_sol, "bb-angle", "Solve for x: 3x - 4 = 10. Show each step. Give ⟨x⟩.", None),
    ("b", B_sol, "bb-lenbr", "Solve for x: 3x - 4 = 10. Show each step. Give 【x】.", None),
    ("b", B_sol, "bb-texfl", "Solve for x: 3x - 4 = 10. Show each step. Give $\\lfloor x \\rfloor$.", "4"),
    ("b", B_sol, "bb-brkq", "Solve for x: 3x - 4 = 10. Show each step. [x] = ?", "4"),
    ("b", B_sol, "bb-braceq", "Solve for x: 3x - 4 = 10. Show each step. {x} = ?", "2/3"),
    ("b", B_sol, "bb-brkwhat", "What is [x]? 3x - 4 = 10. Show each step.", "4"),
]:
    line = ("The value asked for is %s." % val) if val else "(see above)"
    fam = "r100_marks3" if val else "r100_marks3_hand"
    r100_v(tag, vt, fam, prompt, "x", B["x"] if tag == "b" else (N["x"] if tag == "n" else "4"),
           [base_sol, base_sol + "\n" + line], report={"expression": "", "value": val} if val else None)
for tag, base_sol, vt, prompt in [
    ("n", N_sol, "bb-safe1", "Solve for x: 2x + 11 = 3. Show each step. Give x."),
    ("n", N_sol, "bb-safe2", "Solve for x: 2x + 11 = 3. Show each step. Give (x)."),
    ("a", A_sol, "bb-safe3", "Solve for x: 2x + 3 = 11. Show each step!"),
    ("a", A_sol, "bb-safe4", "Solve for x! 2x + 3 = 11. Show each step."),
]:
    r100_v(tag, vt, "r100_marks3_safe", prompt, "x", N["x"] if tag == "n" else "4", [base_sol], safe=True)


# ================================================================ 15. batch 4: implicit products and other ASCII marks in the instruction
for tag, base_sol, vt, prompt, val in [
    ("a", A_sol, "ip-xx", "Solve for x: 2x + 3 = 11. Show each step. Give x x.", "16"),
    ("a", A_sol, "ip-xpx", "Solve for x: 2x + 3 = 11. Show each step. Give x(x).", "16"),
    ("a", A_sol, "ip-pp", "Solve for x: 2x + 3 = 11. Show each step. Give (x)(x).", "16"),
    ("a", A_sol, "ip-px", "Solve for x: 2x + 3 = 11. Show each step. Give (x)x.", "16"),
    ("a", A_sol, "ip-xsp", "Solve for x: 2x + 3 = 11. Show each step. Give x (x).", "16"),
    ("a", A_sol, "ip-xxx", "Solve for x: 2x + 3 = 11. Show each step. Give x x x.", "64"),
    ("a", A_sol, "ip-for", "Solve for x(x): 2x + 3 = 11. Show each step.", "16"),
    ("a", A_sol, "ip-forsp", "Solve for x x: 2x + 3 = 11. Show each step.", "16"),
    ("a", A_sol, "ip-q", "Solve for x: 2x + 3 = 11. Show each step. x(x) = ?", "16"),
    ("a", A_sol, "ip-q2", "Solve for x: 2x + 3 = 11. Show each step. (x)(x) = ?", "16"),
    ("a", A_sol, "ip-brk", "Solve for x: 2x + 3 = 11. Show each step. Give [x][x].", "16"),
    ("a", A_sol, "ip-abs", "Solve for x: 2x + 3 = 11. Show each step. Give x|x|.", "16"),
    ("a", A_sol, "ip-gt", "Solve for x: 2x + 3 = 11. Show each step. Give x > 5?", None),
    ("a", A_sol, "ip-prime", "Solve for x: 2x + 3 = 11. Show each step. Give x'.", None),
    ("a", A_sol, "ip-neg", "Solve for x: 2x + 3 = 11. Show each step. Give (-)x.", "-4"),
    ("a", A_sol, "ip-negp", "Solve for x: 2x + 3 = 11. Show each step. Give -(x).", "-4"),
    ("a", A_sol, "ip-mi", "Solve for x: 2x + 3 = 11. Show each step. Give 𝑥!", "24"),
    ("n", N_sol, "ip-absx", "Solve for x: 2x + 11 = 3. Show each step. Give |x|x.", "-16"),
    ("n", N_sol, "ip-xn", "Solve for x: 2x + 11 = 3. Show each step. Give x x.", "16"),
]:
    line = ("The value asked for is %s." % val) if val else "(see above)"
    fam = "r100_marks4" if val else "r100_marks4_hand"
    r100_v(tag, vt, fam, prompt, "x", N["x"] if tag == "n" else "4",
           [base_sol, base_sol + "\n" + line], report={"expression": "", "value": val} if val else None)
# the same marks on a renamed variable (licensed rename + unread mark)
r100_v("n", "rn-abs", "r100_marks4", "Solve for y: 2y + 11 = 3. Show each step. Give |y|.", "y", "-4",
       [N_sol.replace("x", "y"), N_sol.replace("x", "y") + "\nThe value asked for is 4."], report={"expression": "", "value": "4"})
r100_v("a", "rn-fact", "r100_marks4", "Solve for t: 2t + 3 = 11. Show each step. Give t!", "t", "4",
       [A_sol.replace("x", "t"), A_sol.replace("x", "t") + "\nThe value asked for is 24."], report={"expression": "", "value": "24"})
r100_v("b", "rn-brk", "r100_marks4", "Solve for n: 3n - 4 = 10. Show each step. Give [n].", "n", "14/3",
       [B_sol.replace("x", "n"), B_sol.replace("x", "n") + "\nThe value asked for is 4."], report={"expression": "", "value": "4"})


# ================================================================ 16. batch 5: doubled signs (skip, yet the stale fresh answer stored?)
for tag, base_sol, vt, prompt, val in [
    ("a", A_sol, "ds-pp", "Solve for x: 2x + 3 = 11. Show each step. Give x++x.", "8"),
    ("a", A_sol, "ds-psp", "Solve for x: 2x + 3 = 11. Show each step. Give x + +x.", "8"),
    ("a", A_sol, "ds-mm", "Solve for x: 2x + 3 = 11. Show each step. Give x--x.", "8"),
    ("a", A_sol, "ds-msm", "Solve for x: 2x + 3 = 11. Show each step. Give x - -x.", "8"),
    ("a", A_sol, "ds-pm", "Solve for x: 2x + 3 = 11. Show each step. Give x+-x.", "0"),
    ("a", A_sol, "ds-mp", "Solve for x: 2x + 3 = 11. Show each step. Give x-+x.", "0"),
    ("a", A_sol, "ds-mmm", "Solve for x: 2x + 3 = 11. Show each step. Give ---x.", "-4"),
    ("a", A_sol, "ds-pmx", "Solve for x: 2x + 3 = 11. Show each step. Give +-x.", "-4"),
    ("a", A_sol, "ds-mpx", "Solve for x: 2x + 3 = 11. Show each step. Give -+x.", "-4"),
    ("a", A_sol, "ds-forpp", "Solve for x++x: 2x + 3 = 11. Show each step.", "8"),
    ("a", A_sol, "ds-formm", "Solve for x--x: 2x + 3 = 11. Show each step.", "8"),
]:
    r100_v(tag, vt, "r100_doubled_signs", prompt, "x", "4",
           [base_sol, base_sol + "\nThe value asked for is %s." % val], report={"expression": "", "value": val})
for vt, prompt in [("ds-safe1", "Solve for x: 2x + 3 = 11. Show each step. Give +x."),
                   ("ds-safe2", "Solve for x: 2x + 3 = 11. Show each step. Give --x."),
                   ("ds-safe3", "Solve for x: 2x + 3 = 11. Show each step. Give -(-x).")]:
    r100_v("a", vt, "r100_doubled_signs_safe", prompt, "x", "4", [A_sol], safe=True)


# ================================================================ 17. batch 6: the hole on other request shapes
r100_base("c", "Solve for x: 5x + 2 = 3x - 6. Show each step.", ["5x + 2 = 3x - 6", "2x + 2 = -6", "2x = -8", "x = -4"], "x", "-4",
          ["", "Subtract 3x from both sides", "Subtract 2 from both sides", "Divide both sides by 2"])
C_sol = r100_B["c"]["sol"]
r100_base("g", "Find the unknown: 3x + 20 = 8. Show each step.", ["3x + 20 = 8", "3x = -12", "x = -4"], "x", "-4")
G_sol = r100_B["g"]["sol"]
r100_base("h", "What value of x makes 4(x + 5) = 4 true? Show your working.", ["4(x + 5) = 4", "x + 5 = 1", "x = -4"], "x", "-4")
H_sol = r100_B["h"]["sol"]
r100_base("k", "Solve 7x - 5 = 2x + 10 for x.", ["7x - 5 = 2x + 10", "5x = 15", "x = 3"], "x", "3")
K_sol = r100_B["k"]["sol"]
for tag, base_sol, vt, prompt, val in [
    ("c", C_sol, "h-abs", "Solve for x: 5x + 2 = 3x - 6. Show each step. Give |x|.", "4"),
    ("c", C_sol, "h-xx", "Solve for x: 5x + 2 = 3x - 6. Show each step. Give x(x).", "16"),
    ("c", C_sol, "h-fact", "Solve for |x|: 5x + 2 = 3x - 6. Show each step.", "4"),
    ("g", G_sol, "h-abs", "Find the unknown: 3x + 20 = 8. Show each step. Give |x|.", "4"),
    ("g", G_sol, "h-abs2", "Find |the unknown|: 3x + 20 = 8. Show each step.", "4"),
    ("g", G_sol, "h-xx", "Find the unknown: 3x + 20 = 8. Show each step. (x)(x) = ?", "16"),
    ("h", H_sol, "h-abs", "What value of |x| makes 4(x + 5) = 4 true? Show your working.", "4"),
    ("h", H_sol, "h-xx", "What value of x x makes 4(x + 5) = 4 true? Show your working.", "16"),
    ("k", K_sol, "h-fact", "Solve 7x - 5 = 2x + 10 for x!", "6"),
    ("k", K_sol, "h-fact2", "Solve 7x - 5 = 2x + 10 for (x)!.", "6"),
    ("k", K_sol, "h-xx", "Solve 7x - 5 = 2x + 10 for x(x).", "9"),
    ("k", K_sol, "h-xxx", "Solve 7x - 5 = 2x + 10 for x x x.", "27"),
    ("k", K_sol, "h-brace", "Solve 7x - 5 = 2x + 10 for {x}.", "0"),
]:
    r100_v(tag, vt, "r100_hole_shapes", prompt, "x", r100_B[tag]["x"],
           [base_sol, base_sol + "\nThe value asked for is %s." % val], report={"expression": "", "value": val})
# plain requests with a given value of a second letter (costs?)
for vt, prompt, eqs, v in [
    ("w1", "Solve for x: 3x + 2y = 19, where y = 2. Show each step.", ["3x + 4 = 19", "3x = 15", "x = 5"], "5"),
    ("w2", "Solve for x: 2x + y = 10, where y is 4. Show each step.", ["2x + 4 = 10", "2x = 6", "x = 3"], "3"),
    ("w3", "Solve for x: 2x + y = 10 when y = 4. Show each step.", ["2x + 4 = 10", "2x = 6", "x = 3"], "3"),
    ("w4", "Given y = 4, solve 2x + y = 10 for x. Show each step.", ["2x + 4 = 10", "2x = 6", "x = 3"], "3"),
    ("w5", "Solve for x: 2x + 3y = 11, where y = 1. Show each step.", ["2x + 3 = 11", "2x = 8", "x = 4"], "4"),
    ("w6", "Solve for x: 3y + 2x = 11, where y = 1. Show each step.", ["2x + 3 = 11", "2x = 8", "x = 4"], "4"),
]:
    E("d100-cost-" + vt, "r100_cost_where", prompt, "x", v, [r100_sol(eqs)])


# ================================================================ 18. batch 7: relations that are not '=' written around '=', and 'false'
r100_base("r", "What value of x makes 2x + 3 = 11 true? Show your working.", ["2x + 3 = 11", "2x = 8", "x = 4"], "x", "4")
R_sol = r100_B["r"]["sol"]
for tag, base_sol, vt, prompt, right in [
    ("a", A_sol, "rel-ne", "Solve for x: 2x + 3 != 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne2", "Solve for x: 2x + 3 =/= 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne3", "Solve for x: 2x + 3 <> 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne4", "Solve for x: 2x + 3 ≠ 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne5", "Solve for x: 2x + 3 =! 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne6", "Solve for x: 2x + 3 ~= 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-ne7", "Solve for x: 2x + 3 /= 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-le", "Solve for x: 2x + 3 <= 11. Show each step.", "So x ≤ 4."),
    ("a", A_sol, "rel-ge", "Solve for x: 2x + 3 >= 11. Show each step.", "So x ≥ 4."),
    ("a", A_sol, "rel-le2", "Solve for x: 2x + 3 =< 11. Show each step.", "So x ≤ 4."),
    ("a", A_sol, "rel-ge2", "Solve for x: 2x + 3 => 11. Show each step.", "So x ≥ 4."),
    ("a", A_sol, "rel-leu", "Solve for x: 2x + 3 ≤ 11. Show each step.", "So x ≤ 4."),
    ("a", A_sol, "rel-geu", "Solve for x: 2x + 3 ≥ 11. Show each step.", "So x ≥ 4."),
    ("a", A_sol, "rel-ltu", "Solve for x: 2x + 3 < 11. Show each step.", "So x < 4."),
    ("a", A_sol, "rel-leq", "Solve for x: 2x + 3 ≦ 11. Show each step.", "So x ≤ 4."),
    ("a", A_sol, "rel-approx", "Solve for x: 2x + 3 ≈ 11. Show each step.", "So x ≈ 4."),
    ("a", A_sol, "rel-cong", "Solve for x: 2x + 3 ≡ 11. Show each step.", "(identity: ambiguous)"),
    ("a", A_sol, "rel-neg", "Solve for x: 2x + 3 =¬ 11. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-bar", "Solve for x: 2x + 3 =| 11. Show each step.", "(unclear)"),
    ("a", A_sol, "rel-tex", "Solve for x: $2x + 3 \\neq 11$. Show each step.", "So x ≠ 4."),
    ("a", A_sol, "rel-texle", "Solve for x: $2x + 3 \\le 11$. Show each step.", "So x ≤ 4."),
    ("r", R_sol, "t-false", "What value of x makes 2x + 3 = 11 false? Show your working.", "Any x other than 4."),
    ("r", R_sol, "t-untrue", "What value of x makes 2x + 3 = 11 untrue? Show your working.", "Any x other than 4."),
    ("r", R_sol, "t-nottrue", "What value of x makes 2x + 3 = 11 not true? Show your working.", "Any x other than 4."),
    ("r", R_sol, "t-doesnot", "What value of x does not make 2x + 3 = 11 true? Show your working.", "Any x other than 4."),
    ("r", R_sol, "t-ne", "What value of x makes 2x + 3 != 11 true? Show your working.", "Any x other than 4."),
    ("r", R_sol, "t-le", "What value of x makes 2x + 3 <= 11 true? Show your working.", "So x ≤ 4."),
]:
    r100_v(tag, vt, "r100_relation_hand", prompt, "x", "4", [base_sol, right])
for tag, base_sol, vt, prompt in [("a", A_sol, "rel-eqeq", "Solve for x: 2x + 3 == 11. Show each step."),
                                   ("a", A_sol, "rel-colon", "Solve for x: 2x + 3 := 11. Show each step.")]:
    r100_v(tag, vt, "r100_relation_safe", prompt, "x", "4", [base_sol], safe=True)


# ================================================================ 19. batch 8: negations that reverse what is asked (hand: any x but the root)
for tag, base_sol, vt, prompt in [
    ("r", R_sol, "n-nomake", "What value of x does not make 2x + 3 = 11 true? Show your working."),
    ("r", R_sol, "n-never", "What value of x never makes 2x + 3 = 11 true? Show your working."),
    ("r", R_sol, "n-no", "What value of x makes 2x + 3 = 11 no longer true? Show your working."),
    ("r", R_sol, "n-isnt", "What value of x makes 2x + 3 = 11 not hold? Show your working."),
    ("r", R_sol, "n-anynot", "Give a value of x that does not make 2x + 3 = 11 true. Show your working."),
    ("r", R_sol, "n-dont", "What value of x doesn't make 2x + 3 = 11 true? Show your working."),
    ("r", R_sol, "n-nottrue2", "Which value of x makes 2x + 3 = 11 not true? Show your working."),
    ("a", A_sol, "n-notsolve", "Find a value of x that does not solve 2x + 3 = 11. Show each step."),
    ("a", A_sol, "n-notans", "Solve for x: 2x + 3 = 11. Show each step. Give a value that is not the answer."),
    ("a", A_sol, "n-notsol", "Give a value of x that is not a solution of 2x + 3 = 11. Show each step."),
    ("a", A_sol, "n-which", "Which x is not a solution of 2x + 3 = 11? Show each step."),
    ("a", A_sol, "n-notroot", "Find x, not the root of 2x + 3 = 11. Show each step."),
    ("a", A_sol, "n-notx", "Solve for x: 2x + 3 = 11. Show each step. Do not give x; give the answer for 2x."),
]:
    r100_v(tag, vt, "r100_negation_hand", prompt, "x", "4", [base_sol, base_sol + "\nAny value other than 4 works, e.g. x = 0."])


# ================================================================ 20. batch 9: a variable glued after the equation; 'other than'
for vt, prompt, right, v in [
    ("g-x", "Solve for x: 2x + 3 = 11 x. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("g-px", "Solve for x: 2x + 3 = 11(x). Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("g-bx", "Solve for x: 2x + 3 = 11 |x|. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("g-xl", "Solve for x: x 2x + 3 = 11. Show each step.", ["(nonlinear)"], "4"),
    ("g-tx", "Solve for x: 2x + 3 = 11 times x. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("g-brk", "Solve for x: 2x + 3 = 11[x]. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("g-bang", "Solve for x: 2x + 3! = 11x. Show each step.", ["2x + 6 = 11x", "6 = 9x", "x = 2/3"], "2/3"),
]:
    r100_v("a", vt, "r100_glued", prompt, "x", v, [A_sol, r100_sol(right)])
for tag, base_sol, vt, prompt in [
    ("r", R_sol, "o-other", "What value of x other than the answer makes 2x + 3 = 11 true? Show your working."),
    ("r", R_sol, "o-except", "Give any value of x except the one that makes 2x + 3 = 11 true. Show your working."),
    ("r", R_sol, "o-instead", "Instead of the value of x that makes 2x + 3 = 11 true, give another. Show your working."),
    ("r", R_sol, "o-opp", "What value of x makes the opposite of 2x + 3 = 11 true? Show your working."),
    ("a", A_sol, "o-wrong", "Solve for x: 2x + 3 = 11. Show each step. Give a wrong value of x."),
    ("a", A_sol, "o-false", "Solve for x: 2x + 3 = 11 false. Show each step."),
]:
    r100_v(tag, vt, "r100_negation_hand", prompt, "x", "4", [base_sol, base_sol + "\nAny value other than 4 works, e.g. x = 0."])


# ================================================================ 21. batch 10: marks inside the equation that drop a term
for vt, prompt, right, v in [
    ("eq-brace", "Solve for x: 2x + 3 = 11{x}. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq-brksp", "Solve for x: 2x + 3 = 11 [x]. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq-bars", "Solve for x: 2x + 3 = 11|x|. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq-mbrk", "Solve for x: 2x + 3 = 11 - [x]. Show each step.", ["2x + 3 = 11 - x", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-mbar", "Solve for x: 2x + 3 = 11 - |x|. Show each step.", ["2x + 3 = 11 - x", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-pbrace", "Solve for x: 2x + 3 = 11 + {x}. Show each step.", ["2x + 3 = 11 + x", "x = 8"], "8"),
    ("eq-tbrk", "Solve for x: 2x + 3 = 11 · [x]. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq-sbar", "Solve for x: 2x + 3 = 11 * |x|. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq-lbrk", "Solve for x: [x] + 2x + 3 = 11. Show each step.", ["3x + 3 = 11", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-lbar", "Solve for x: |x| + 2x + 3 = 11. Show each step.", ["3x + 3 = 11", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-mid", "Solve for x: 2x + [x] + 3 = 11. Show each step.", ["3x + 3 = 11", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-midbar", "Solve for x: 2x + |x| + 3 = 11. Show each step.", ["3x + 3 = 11", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-brk3", "Solve for x: 2x + [3] = 11. Show each step.", ["2x = 8", "x = 4"], "4"),
    ("eq-tilde", "Solve for x: 2x + 3 = 11 ~x. Show each step.", ["(unclear)"], "4"),
    ("eq-bangx", "Solve for x: 2x + 3 = 11 + x!. Show each step.", ["(not linear)"], "4"),
    ("eq-brkrhs", "Solve for x: 2x + 3 = [11 - x]. Show each step.", ["2x + 3 = 11 - x", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-bracerhs", "Solve for x: 2x + 3 = {11 - x}. Show each step.", ["2x + 3 = 11 - x", "3x = 8", "x = 8/3"], "8/3"),
    ("eq-barrhs", "Solve for x: 2x + 3 = |11 - x|. Show each step.", ["2x + 3 = 11 - x", "3x = 8", "x = 8/3"], "8/3"),
]:
    r100_v("a", vt, "r100_eq_marks", prompt, "x", v, [A_sol, r100_sol(right)])


# ================================================================ 22. batch 11: more marks around a glued variable term
for vt, prompt in [
    ("eq2-tick", "Solve for x: 2x + 3 = 11`x`. Show each step."),
    ("eq2-dollar", "Solve for x: 2x + 3 = 11$x$. Show each step."),
    ("eq2-quote", "Solve for x: 2x + 3 = 11\"x\". Show each step."),
    ("eq2-apos", "Solve for x: 2x + 3 = 11'x'. Show each step."),
    ("eq2-angle", "Solve for x: 2x + 3 = 11<x>. Show each step."),
    ("eq2-guil", "Solve for x: 2x + 3 = 11«x». Show each step."),
    ("eq2-under", "Solve for x: 2x + 3 = 11_x_. Show each step."),
    ("eq2-star", "Solve for x: 2x + 3 = 11*x*. Show each step."),
    ("eq2-hash", "Solve for x: 2x + 3 = 11#x. Show each step."),
    ("eq2-at", "Solve for x: 2x + 3 = 11@x. Show each step."),
    ("eq2-bs", "Solve for x: 2x + 3 = 11\\x. Show each step."),
    ("eq2-semi", "Solve for x: 2x + 3 = 11;x. Show each step."),
    ("eq2-amp", "Solve for x: 2x + 3 = 11&x. Show each step."),
    ("eq2-brk2", "Solve for x: 2x + 3 = 11[x][x]. Show each step."),
    ("eq2-brkb", "Solve for x: 2x + 3 = [11x]. Show each step."),
    ("eq2-brkc", "Solve for x: 2x + 3 = 11 [2x]. Show each step."),
]:
    r100_v("a", vt, "r100_eq_marks2_hand", prompt, "x", "1/3", [A_sol, r100_sol(["2x + 3 = 11x", "3 = 9x", "x = 1/3"])])
G_eq = "Find the unknown: 3x + 20 = 8{x}. Show each step."
r100_v("g", "eq2-find", "r100_eq_marks2", G_eq, "x", "20/5", [G_sol, r100_sol(["3x + 20 = 8x", "20 = 5x", "x = 4"])])
r100_v("h", "eq2-what", "r100_eq_marks2", "What value of x makes 4(x + 5) = 4|x| true? Show your working.", "x", "-5/2",
       [H_sol, r100_sol(["x < 0: 4x + 20 = -4x", "8x = -20", "x = -5/2"])])
r100_v("a", "eq2-ren", "r100_eq_marks2", "Solve for y: 2y + 3 = 11[y]. Show each step.", "y", "1/3",
       [A_sol.replace("x", "y"), r100_sol(["2y + 3 = 11y", "3 = 9y", "y = 1/3"])])


# ================================================================ 23. batch 12: glued numbers in marks (the term dropped?)
for vt, prompt, right, v in [
    ("eq3-brace2", "Solve for x: 2x + 3 = 11{2}. Show each step.", ["2x + 3 = 22", "2x = 19", "x = 19/2"], "19/2"),
    ("eq3-brk2", "Solve for x: 2x + 3 = 11[2]. Show each step.", ["2x + 3 = 22", "2x = 19", "x = 19/2"], "19/2"),
    ("eq3-bar2", "Solve for x: 2x + 3 = 11|2|. Show each step.", ["2x + 3 = 22", "2x = 19", "x = 19/2"], "19/2"),
    ("eq3-brkneg", "Solve for x: 2x + 3 = 11 [-1]. Show each step.", ["2x + 3 = -11", "2x = -14", "x = -7"], "-7"),
    ("eq3-bracex", "Solve for x: 2x + 3 = 11 {-x}. Show each step.", ["2x + 3 = -11x", "13x = -3", "x = -3/13"], "-3/13"),
    ("eq3-lead", "Solve for x: [2]2x + 3 = 11. Show each step.", ["4x + 3 = 11", "4x = 8", "x = 2"], "2"),
    ("eq3-leadx", "Solve for x: {x}2x + 3 = 11. Show each step.", ["(not linear)"], "4"),
    ("eq3-leadb", "Solve for x: |3|x + 3 = 11. Show each step.", ["3x + 3 = 11", "3x = 8", "x = 8/3"], "8/3"),
    ("eq3-coefb", "Solve for x: 2[x] + 3 = 11x. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
]:
    r100_v("a", vt, "r100_eq_marks3", prompt, "x", v, [A_sol, r100_sol(right)])


# ================================================================ 24. batch 13: a bracketed variable term with a space, other letters
for vt, prompt, right, v in [
    ("eq4-sp", "Solve for x: 2x + 3 = 11 (x). Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq4-y", "Solve for x: 2x + 3 = 11 [y]. Show each step.", ["(two unknowns)"], "4"),
    ("eq4-paren2", "Solve for x: 2x + 3 = (11)(x). Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq4-bbar", "Solve for x: 2x + 3 = 11 ‖x‖. Show each step.", ["2x + 3 = 11x", "3 = 9x", "x = 1/3"], "1/3"),
    ("eq4-fl", "Solve for x: 2x + 3 = 11⌊x⌋. Show each step.", ["(floor)"], "1/3"),
    ("eq4-lhs", "Solve for x: 2{x} + 3 = 11. Show each step.", ["2x + 3 = 11", "x = 4"], "4"),
    ("eq4-rhsx", "Solve for x: 2x + 3 = {x}. Show each step.", ["2x + 3 = x", "x = -3"], "-3"),
    ("eq4-rhsbx", "Solve for x: 2x + 3 = |x|. Show each step.", ["x < 0: 2x + 3 = -x", "3x = -3", "x = -1"], "-1"),
    ("eq4-rhsbrk", "Solve for x: 2x + 3 = [x]. Show each step.", ["2x + 3 = x", "x = -3"], "-3"),
]:
    r100_v("a", vt, "r100_eq_marks4", prompt, "x", v, [A_sol, r100_sol(right)])


# ================================================================ 25. batch 14: more negations in solve words (hand: any x but the root)
for tag, base_sol, vt, prompt in [
    ("a", A_sol, "n2-isnot", "Solve for x so that 2x + 3 = 11 is not true. Show each step."),
    ("a", A_sol, "n2-nosol", "Find x that does not satisfy 2x + 3 = 11. Show each step."),
    ("a", A_sol, "n2-fails", "Find a value of x for which 2x + 3 = 11 does not hold. Show each step."),
    ("g", G_sol, "n2-unknown", "Find the unknown that does not make 3x + 20 = 8 true. Show each step."),
    ("r", R_sol, "n2-cannot", "What value of x cannot make 2x + 3 = 11 true? Show your working."),
    ("r", R_sol, "n2-nothing", "What value of x makes 2x + 3 = 11 true? Show your working. Do not give that value; give a value that does not."),
    ("r", R_sol, "n2-nor", "What value of x makes neither side of 2x + 3 = 11 true? Show your working."),
]:
    r100_v(tag, vt, "r100_negation_hand", prompt, "x", "4", [base_sol, base_sol + "\nAny value other than the root works, e.g. x = 0."])


# ---------------------------------------------------------------- main (as probes.py)


# Left out of the ctest set, as the tester judged them no findings: the scorer misreads the
# notation of three right solutions (arrows, a chain, a centred dot), and four requests whose
# value the plain solution already gives ([-4] = -4, -|x| = x here, ++x = --x = x).
r100_left_out = {"d100-n-arrow", "d100-n-chain", "d100-n-cdot", "d100-n-bb-sq", "d100-n-k-absneg", "d100-a-k-pp",
                 "d100-a-k-mm"}
P[:] = [p for p in P if p["id"] not in r100_left_out]
