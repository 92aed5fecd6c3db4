"""Red-team round 96 (black box, stepcache-s32): equation requests whose cached solution must not
be reused (common English words that change what must be answered) and truly safe variants.
Adds its probes to probe_kit.P."""
from fractions import Fraction as F

from probe_kit import P, S, J, E  # noqa: F401


r96_pairs = []  # (base_id, variant_id)


# ---------------------------------------------------------------- answer writers
def r96_sol(eqs, style=0, var="x", descs=None, tail=None):
    final = eqs[-1]
    if style == 0:   # Step n:
        out = ["Step %d: %s%s" % (i + 1, (descs[i] + ": ") if descs and i < len(descs) and descs[i] else "", e)
               for i, e in enumerate(eqs)]
        out.append("So %s." % final)
    elif style == 1:  # arrows
        out = [" → ".join(eqs), "So %s" % final]
    elif style == 2:  # prose
        out = ["We start from %s." % eqs[0]]
        for i, e in enumerate(eqs[1:], 1):
            d = descs[i] if descs and i < len(descs) and descs[i] else "Then"
            out.append("%s: %s" % (d, e))
        out.append("Therefore %s." % final)
    else:            # markdown bold, numbered
        out = ["**Step %d:** %s" % (i + 1, e) for i, e in enumerate(eqs)]
        out.append("**%s**" % final)
    if tail:
        out.append(tail)
    return "\n".join(out)


def r96_fmt(v):
    return str(F(v))


def r96_lin(eq, a, b, c, d, style=0, var="x"):
    """Steps of ax + b = cx + d, restated as eq."""
    k, r = a - c, F(d) - F(b)
    v = F(r) / F(k)
    eqs = [eq]
    if c != 0 or b != 0:
        eqs.append("%s%s = %s" % ("" if k == 1 else ("-" if k == -1 else r96_fmt(k)), var, r96_fmt(r)))
    if k != 1:
        eqs.append("%s = %s" % (var, r96_fmt(v)))
    return r96_sol(eqs, style, var), r96_fmt(v)


# ---------------------------------------------------------------- bases
# tag, equation, steps, x, style, lhs expression (no spaces), renamed-variable equation and its steps
r96_B = {}


def r96_base(tag, eq, eqs, x, style, lhs, eq_y, eqs_y, descs=None):
    sol = r96_sol(eqs, style, descs=descs)
    r96_B[tag] = dict(eq=eq, sol=sol, x=F(x), style=style, lhs=lhs, eq_y=eq_y, sol_y=r96_sol(eqs_y, style, "y"))
    E("d96-%s-base" % tag, "r96_base", "Solve for x: %s. Show each step." % eq, "x", x, [sol])


r96_base("a", "2x + 3 = 11", ["2x + 3 = 11", "2x = 8", "x = 4"], "4", 0, "2x+3",
         "2y + 3 = 11", ["2y + 3 = 11", "2y = 8", "y = 4"], descs=["", "Subtract 3 from both sides", "Divide both sides by 2"])
r96_base("b", "3x - 4 = 10", ["3x - 4 = 10", "3x = 14", "x = 14/3"], "14/3", 1, "3x-4",
         "3y - 4 = 10", ["3y - 4 = 10", "3y = 14", "y = 14/3"])
r96_base("c", "5x + 2 = 3x + 12", ["5x + 2 = 3x + 12", "2x + 2 = 12", "2x = 10", "x = 5"], "5", 2, "5x+2",
         "5y + 2 = 3y + 12", ["5y + 2 = 3y + 12", "2y + 2 = 12", "2y = 10", "y = 5"],
         descs=["", "Subtract 3x from both sides", "Subtract 2 from both sides", "Divide both sides by 2"])
r96_base("d", "4(x - 1) = 2x + 6", ["4(x - 1) = 2x + 6", "4x - 4 = 2x + 6", "2x = 10", "x = 5"], "5", 3, "4(x-1)",
         "4(y - 1) = 2y + 6", ["4(y - 1) = 2y + 6", "4y - 4 = 2y + 6", "2y = 10", "y = 5"])
r96_base("e", "x/3 - 2 = 5", ["x/3 - 2 = 5", "x/3 = 7", "x = 21"], "21", 1, "x/3-2",
         "y/3 - 2 = 5", ["y/3 - 2 = 5", "y/3 = 7", "y = 21"])
r96_base("f", "7 - 2x = 15", ["7 - 2x = 15", "-2x = 8", "x = -4"], "-4", 2, "7-2x",
         "7 - 2y = 15", ["7 - 2y = 15", "-2y = 8", "y = -4"], descs=["", "Subtract 7 from both sides", "Divide both sides by -2"])
r96_base("g", "0.4x + 1 = 2.8", ["0.4x + 1 = 2.8", "0.4x = 1.8", "x = 4.5"], "9/2", 0, "0.4x+1",
         "0.4y + 1 = 2.8", ["0.4y + 1 = 2.8", "0.4y = 1.8", "y = 4.5"])


def r96_v(tag, vt, fam, prompt, var, value, answers, report=None, safe=False):
    vid = "d96-%s-%s" % (tag, vt)
    E(vid, fam, prompt, var, value, answers, report=report, safe=safe)
    r96_pairs.append(("d96-%s-base" % tag, vid))


# ---------------------------------------------------------------- 1. what is reported (generic, every base)
# (vt, instruction built from EQ, expression, function of x, line writer)
r96_R = [
    ("lhs", "Solve for x: {eq}. Show each step, then give the value of the left side.", "{lhs}", None),
    ("plus5", "Solve for x: {eq}. Show each step, then add five to your answer.", "x+5", lambda x: x + 5),
    ("sum2", "Solve for x: {eq}. Show each step. Then tell me the sum of x and 2.", "x+2", lambda x: x + 2),
    ("both", "Solve for x: {eq}. Show each step and give both the value and its double.", "2x", lambda x: 2 * x),
    ("dbl", "Solve for x: {eq}. Then double it.", "2x", lambda x: 2 * x),
    ("q2x", "What is 2x if {eq}? Show each step.", "2x", lambda x: 2 * x),
    ("sq", "Solve for x: {eq}. Show each step. What is x squared?", "x*x", lambda x: x * x),
    ("opp", "Solve for x: {eq}. Show each step, then give the opposite of the answer.", "-x", lambda x: -x),
    ("min1", "Solve for x: {eq}. Show each step, and give the answer minus one.", "x-1", lambda x: x - 1),
    ("half", "Solve for x: {eq}. Show each step. What is half of the answer?", "x/2", lambda x: x / 2),
    ("ten", "Solve for x: {eq}. Show each step, then give the answer times ten.", "10x", lambda x: 10 * x),
    ("next", "Solve for x: {eq}. Show each step. What number is one more than x?", "x+1", lambda x: x + 1),
    ("three", "Solve for x: {eq}. Show each step, then give the value of 3x.", "3x", lambda x: 3 * x),
    ("de", "Löse nach x auf: {eq}. Zeige jeden Schritt. Then add five to the answer.", "x+5", lambda x: x + 5),
    ("fr", "Résous pour x : {eq}. Montre chaque étape, then give the double of the answer.", "2x", lambda x: 2 * x),
    ("es", "Resuelve para x: {eq}. Muestra cada paso. What is x plus one?", "x+1", lambda x: x + 1),
    ("zh", "解方程求x：{eq}。写出每一步。Then give x minus two.", "x-2", lambda x: x - 2),
    ("recip", "Solve for x: {eq}. Show each step, then give one over the answer.", "1/x", lambda x: 1 / x),
    ("twice", "Solve for x: {eq}. Show each step. Then give the answer twice as big.", "2x", lambda x: 2 * x),
    ("first", "Solve for x: {eq}. Show only the first step.", None, None),
]

r96_LHSVAL = {"a": F(11), "b": F(10), "c": F(27), "d": F(16), "e": F(5), "f": F(15), "g": F(14, 5)}


def r96_exprline(expr, val):
    shown = {"x*x": "x * x", "2x": "2x", "-x": "-x", "10x": "10x", "3x": "3x", "1/x": "1/x"}.get(expr)
    if shown is None:
        shown = expr.replace("+", " + ").replace("-", " - ") if expr[0] != "-" else expr
    return "%s = %s" % (shown, r96_fmt(val))


for tag, b in r96_B.items():
    x = b["x"]
    for vt, tmpl, expr, fn in r96_R:
        prompt = tmpl.format(eq=b["eq"])
        if vt == "first" or (vt == "lhs" and tag == "g"):
            continue
        if vt == "lhs":
            expr_s, val = b["lhs"], r96_LHSVAL[tag]
            line = "%s = %s" % (b["eq"].split(" = ")[0], r96_fmt(val))
        else:
            expr_s, val = expr, fn(x)
            line = r96_exprline(expr, val)
        right = b["sol"] + "\n" + ("x = %s\n" % r96_fmt(x) if vt == "both" else "") + line
        r96_v(tag, "r-" + vt, "r96_report", prompt, "x", r96_fmt(x), [b["sol"], right],
              report={"expression": expr_s, "value": r96_fmt(val)})

# ---------------------------------------------------------------- 2. truly safe variants (generic)
r96_SAFE = [
    ("pls", "Please solve for x: {eq}. Show each step. Thank you!"),
    ("hw", "This is for my homework. Solve for x: {eq}. Show each step."),
    ("exam", "I have a math exam tomorrow. Solve for x: {eq}. Show each step."),
    ("ws", "Solve  for x:   {eq} .   Show each step."),
    ("every", "Solve for x: {eq}. Show every step."),
    ("can", "Can you solve for x: {eq}? Show each step."),
    ("work", "Solve for x: {eq}. Show your work step by step."),
    ("chk", "Solve for x: {eq}. Show each step and show the check too."),
]
for tag, b in r96_B.items():
    for vt, tmpl in r96_SAFE:
        ans = b["sol"]
        if vt == "chk":
            lhs = b["eq"].split(" = ")[0]
            import re as _re
            sub = _re.sub(r"(\d)x", r"\1(%s)" % r96_fmt(b["x"]), b["eq"]).replace("x", "(%s)" % r96_fmt(b["x"]))
            ans = b["sol"] + "\nCheck: %s\nSo x = %s." % (sub, r96_fmt(b["x"]))
        r96_v(tag, "s-" + vt, "r96_safe", tmpl.format(eq=b["eq"]), "x", r96_fmt(b["x"]), [ans], safe=True)
    r96_v(tag, "s-nosp", "r96_safe", "Solve for x: %s. Show each step." % b["eq"].replace(" ", ""), "x",
          r96_fmt(b["x"]), [b["sol"]], safe=True)
    r96_v(tag, "s-ren", "r96_safe_rename", "Solve for y: %s. Show each step." % b["eq_y"], "y",
          r96_fmt(b["x"]), [b["sol_y"]], safe=True)

# ---------------------------------------------------------------- 3. the equation changed by words (hand-written)
A = r96_B["a"]
A_eq = "Solve for x: 2x + 3 = 11. Show each step."


def r96_ch(tag, vt, prompt, eq, coeffs, style=None, fam="r96_change", var="x"):
    b = r96_B[tag]
    sol, v = r96_lin(eq, *coeffs, style=b["style"] if style is None else style, var=var)
    r96_v(tag, "c-" + vt, fam, prompt, var, v, [b["sol"], sol])


r96_ch("a", "before", A_eq + " Use the equation from before, with 13 instead of 11.", "2x + 3 = 13", (2, 3, 0, 13))
r96_ch("a", "first7", A_eq + " The first number should be 7.", "7x + 3 = 11", (7, 3, 0, 11))
r96_ch("a", "3is4", A_eq + " Assume the 3 is a 4.", "2x + 4 = 11", (2, 4, 0, 11))
r96_ch("a", "read12", A_eq + " Read the 11 as 12.", "2x + 3 = 12", (2, 3, 0, 12))
r96_ch("a", "minus", A_eq + " The plus should be a minus.", "2x - 3 = 11", (2, -3, 0, 11))
r96_ch("a", "times2", "Solve for x: 2x + 3 = 11 times 2. Show each step.", "2x + 3 = 22", (2, 3, 0, 22))
r96_ch("a", "morex", "Solve for x: 2x + 3 = 11 more than x. Show each step.", "2x + 3 = x + 11", (2, 3, 1, 11))
r96_ch("a", "less5x", "Solve for x: 2x + 3 = 11 less than 5x. Show each step.", "2x + 3 = 5x - 11", (2, 3, 5, -11))
r96_ch("a", "half11", "Solve for x: 2x + 3 = half of 11. Show each step.", "2x + 3 = 11/2", (2, 3, 0, F(11, 2)))
r96_ch("a", "imean", A_eq + " I mean 2x + 3 = 13.", "2x + 3 = 13", (2, 3, 0, 13))
r96_ch("a", "then15", A_eq + " Then solve 2x + 3 = 15 the same way and give that x.", "2x + 3 = 15", (2, 3, 0, 15))
r96_ch("a", "typo2", A_eq + " The 2 is a typo, it is a 3.", "3x + 3 = 11", (3, 3, 0, 11))
r96_ch("a", "last21", A_eq + " The last number should be 21.", "2x + 3 = 21", (2, 3, 0, 21))
r96_ch("a", "left4", "Solve for x: 2x + 3 = 11 after adding 4 to the left side only. Show each step.", "2x + 7 = 11", (2, 7, 0, 11))
r96_ch("a", "xp1", A_eq + " Then solve it again with x replaced by x + 1.", "2(x + 1) + 3 = 11", (2, 5, 0, 11))
r96_ch("a", "split", "Solve for x: 2x + 3 = 11. Show each step. Wait, the right side is 17.", "2x + 3 = 17", (2, 3, 0, 17))
r96_ch("a", "prose2", A_eq + " Also the second number is three times bigger.", "2x + 9 = 11", (2, 9, 0, 11))
r96_ch("a", "not3", A_eq + " It is not 3 but 5.", "2x + 5 = 11", (2, 5, 0, 11))
r96_ch("a", "twiceq", "Solve for x: 2x + 3 = 11. Show each step. Solve for x: 2x + 3 = 19. Show each step.", "2x + 3 = 19", (2, 3, 0, 19))
r96_ch("a", "de-mix", "Löse nach x auf: 2x + 3 = 11. Zeige jeden Schritt. But the 11 should be 15.", "2x + 3 = 15", (2, 3, 0, 15))
r96_ch("a", "es-mix", "Resuelve para x: 2x + 3 = 11. Muestra cada paso. The first number is 4, not 2.", "4x + 3 = 11", (4, 3, 0, 11))
r96_ch("a", "fr-mix", "Résous pour x : 2x + 3 = 11. Montre chaque étape. Sorry, the 3 should be a 1.", "2x + 1 = 11", (2, 1, 0, 11))
r96_ch("a", "q-first", "What is x if 2x + 3 = 11 and the first number is really 4? Show each step.", "4x + 3 = 11", (4, 3, 0, 11))
r96_ch("a", "right-x", A_eq + " Then add x to the right side and solve again.", "2x + 3 = x + 11", (2, 3, 1, 11))
r96_ch("c", "first6", "Solve for x: 5x + 2 = 3x + 12. Show each step. The first number should be 6.", "6x + 2 = 3x + 12", (6, 2, 3, 12))
r96_ch("c", "12is14", "Solve for x: 5x + 2 = 3x + 12. Show each step. Assume the 12 is a 14.", "5x + 2 = 3x + 14", (5, 2, 3, 14))
r96_ch("c", "drop2", "Solve for x: 5x + 2 = 3x + 12. Show each step. Drop the 2 on the left.", "5x = 3x + 12", (5, 0, 3, 12))
r96_ch("c", "3is4", "Solve for x: 5x + 2 = 3x + 12. Show each step. The 3x is really 4x.", "5x + 2 = 4x + 12", (5, 2, 4, 12))
r96_ch("d", "4is3", "Solve for x: 4(x - 1) = 2x + 6. Show each step. The 4 should be a 3.", "3(x - 1) = 2x + 6", (3, -3, 2, 6))
r96_ch("d", "plus1", "Solve for x: 4(x - 1) = 2x + 6. Show each step. Read x - 1 as x + 1.", "4(x + 1) = 2x + 6", (4, 4, 2, 6))
r96_ch("f", "7is17", "Solve for x: 7 - 2x = 15. Show each step. Assume the 7 is a 17.", "17 - 2x = 15", (-2, 17, 0, 15))
r96_ch("f", "plus", "Solve for x: 7 - 2x = 15. Show each step. The minus should be a plus.", "7 + 2x = 15", (2, 7, 0, 15))
r96_ch("e", "3is7", "Solve for x: x/3 - 2 = 5. Show each step. The 3 should be a 7.", "x/7 - 2 = 5", (F(1, 7), -2, 0, 5))
r96_ch("e", "q-last", "What is x if x/3 - 2 = 5, with the last number 8? Show each step.", "x/3 - 2 = 8", (F(1, 3), -2, 0, 8))
r96_ch("b", "4is1", "Solve for x: 3x - 4 = 10. Show each step. Assume the 4 is a 1.", "3x - 1 = 10", (3, -1, 0, 10))
r96_ch("g", "1is2", "Solve for x: 0.4x + 1 = 2.8. Show each step. The 1 should be a 2.", "0.4x + 2 = 2.8", (F(2, 5), 2, 0, F(14, 5)))

# other variable: y defined in prose
r96_v("a", "y-other", "r96_other_var", A_eq + " Then give the answer for the other variable, y, where y = x + 3.", "x", "4",
      [A["sol"], A["sol"] + "\ny = x + 3\ny = 7"], report={"expression": "y", "value": "7"})
r96_v("a", "y-prose", "r96_other_var", A_eq + " A second number y is twice x. Give y.", "x", "4",
      [A["sol"], A["sol"] + "\ny = 2x\ny = 8"], report={"expression": "y", "value": "8"})
r96_v("c", "y-other", "r96_other_var", "Solve for x: 5x + 2 = 3x + 12. Show each step. Then give the answer for the other variable, y, where y = x - 1.",
      "x", "5", [r96_B["c"]["sol"], r96_B["c"]["sol"] + "\nThen: y = x - 1\nTherefore y = 4."], report={"expression": "y", "value": "4"})

# ---------------------------------------------------------------- 4. forms and conditions (judged by path by hand)
B = r96_B["b"]
B_eq = "Solve for x: 3x - 4 = 10. Show each step."
G = r96_B["g"]
G_eq = "Solve for x: 0.4x + 1 = 2.8. Show each step."
r96_FORM = [
    ("b", "mixed", B_eq + " State the answer as a mixed number.", B["sol"] + "\nAs a mixed number: x = 4 2/3"),
    ("b", "dec1", B_eq + " State x to one decimal place.", B["sol"] + "\nx ≈ 4.7"),
    ("b", "whole", B_eq + " Give the answer only if x is whole.", B["sol"] + "\nx is not a whole number, so there is no answer."),
    ("b", "round", B_eq + " Round the answer to the nearest whole number.", B["sol"] + "\nRounded: x ≈ 5"),
    ("b", "pct", B_eq + " Give x in percent.", B["sol"] + "\nx = 466.67%"),
    ("b", "words", B_eq + " Write the answer in words.", B["sol"] + "\nx is fourteen thirds."),
    ("b", "dec", B_eq + " Give the answer as a decimal.", B["sol"] + "\nx ≈ 4.667"),
    ("a", "neg", A_eq + " The answer must be negative.", A["sol"] + "\nBut x = 4 is not negative, so there is no negative answer."),
    ("a", "pct", A_eq + " Give x in percent.", A["sol"] + "\nx = 400%"),
    ("a", "words", A_eq + " Give the answer in words.", A["sol"] + "\nx is four."),
    ("a", "const", A_eq + " Then solve it for the constant instead.", A["sol"] + "\nFor the constant: 3 = 11 - 2x"),
    ("a", "cents", A_eq + " x is in dollars; give it in cents.", A["sol"] + "\n100x = 400"),
    ("a", "double-all", A_eq + " Every number should be doubled first.", r96_sol(["4x + 6 = 22", "4x = 16", "x = 4"], 0)),
    ("a", "whole", A_eq + " Give the answer only if x is whole.", A["sol"]),
    ("a", "pos", A_eq + " The answer must be positive.", A["sol"]),
    ("g", "frac", G_eq + " Give the answer as a fraction in lowest terms.", G["sol"] + "\nx = 9/2"),
    ("g", "mixed", G_eq + " State the answer as a mixed number.", G["sol"] + "\nx = 4 1/2"),
    ("g", "whole", G_eq + " Give the answer only if x is whole.", G["sol"] + "\nx = 4.5 is not whole, so there is no answer."),
    ("f", "neg", "Solve for x: 7 - 2x = 15. Show each step. The answer must be negative.", r96_B["f"]["sol"]),
    ("f", "pos", "Solve for x: 7 - 2x = 15. Show each step. The answer must be positive.",
     r96_B["f"]["sol"] + "\nBut -4 is not positive, so there is no positive answer."),
    ("e", "words", "Solve for x: x/3 - 2 = 5. Show each step. Give x in words.", r96_B["e"]["sol"] + "\nx is twenty-one."),
    ("e", "hours", "Solve for x: x/3 - 2 = 5. Show each step. x is in hours; give it in minutes.", r96_B["e"]["sol"] + "\n60x = 1260"),
]
r96_form_same = {"a-whole", "a-pos", "f-neg", "a-double-all"}  # reuse of the base answer is right (same value and form)
for tag, vt, prompt, right in r96_FORM:
    b = r96_B[tag]
    same = ("%s-%s" % (tag, vt)) in r96_form_same
    r96_v(tag, "m-" + vt, "r96_form_same" if same else "r96_form", prompt, "x", r96_fmt(b["x"]),
          [b["sol"]] if right == b["sol"] else [b["sol"], right], safe=same)

# the same equation written twice (nothing changes) and the sides swapped
r96_v("a", "s-twice", "r96_safe_twice", A_eq + " Again: 2x + 3 = 11.", "x", "4", [A["sol"]], safe=True)
r96_v("a", "s-swap", "r96_safe_twice", "Solve for x: 11 = 2x + 3. Show each step.", "x", "4",
      [r96_sol(["11 = 2x + 3", "8 = 2x", "x = 4"], 0)], safe=True)


# ================================================================ batch 2: phrases read as a change but not as a report; forms in words
r96_R2 = [
    ("recip2", "Show each step, then give the reciprocal of the answer.", "1/x", lambda x: 1 / x),
    ("onediv", "Show each step, then give one divided by the answer.", "1/x", lambda x: 1 / x),
    ("flip", "Show each step, then flip the answer upside down.", "1/x", lambda x: 1 / x),
    ("over2", "Show each step, then give the answer over two.", "x/2", lambda x: x / 2),
    ("over1", "Show each step, then give one over x.", "1/x", lambda x: 1 / x),
    ("oneoverx2", "Show each step, then give one over two x.", "1/(2x)", lambda x: 1 / (2 * x)),
    ("sqof", "Show each step, then give the square of the answer.", "x*x", lambda x: x * x),
    ("cubed", "Show each step, then give the answer cubed.", "x*x*x", lambda x: x * x * x),
    ("lots", "Show each step, then give three lots of the answer.", "3x", lambda x: 3 * x),
    ("incr", "Show each step, then give the answer increased by two.", "x+2", lambda x: x + 2),
    ("decr", "Show each step, then give the answer decreased by two.", "x-2", lambda x: x - 2),
    ("takeaway", "Show each step, then take two away from the answer.", "x-2", lambda x: x - 2),
    ("less", "Show each step, then give one less than the answer.", "x-1", lambda x: x - 1),
    ("before", "Show each step, then give the number before the answer.", "x-1", lambda x: x - 1),
    ("after", "Show each step, then give the number after the answer.", "x+1", lambda x: x + 1),
    ("tenmore", "Show each step, then give ten more than the answer.", "x+10", lambda x: x + 10),
    ("third", "Show each step, then give a third of the answer.", "x/3", lambda x: x / 3),
    ("quarter", "Show each step, then give a quarter of the answer.", "x/4", lambda x: x / 4),
    ("split", "Show each step, then split the answer in two.", "x/2", lambda x: x / 2),
    ("tripled", "Show each step, then give the answer tripled.", "3x", lambda x: 3 * x),
    ("together", "Show each step, then give the answer and the answer together.", "x+x", lambda x: x + x),
    ("itself", "Show each step, then give the answer added to itself.", "x+x", lambda x: x + x),
    ("timesitself", "Show each step, then give the answer times itself.", "x*x", lambda x: x * x),
    ("far0", "Show each step, then say how far the answer is from zero.", "|x|", lambda x: abs(x)),
    ("one-then", "Show each step. Then one over it.", "1/x", lambda x: 1 / x),
    ("q-recip", "Show each step. What is one over x?", "1/x", lambda x: 1 / x),
    ("de-one", "Zeige jeden Schritt, then give one over the answer.", "1/x", lambda x: 1 / x),
    ("neg-one", "Show each step, then give minus one over the answer.", "-1/x", lambda x: -1 / x),
    ("x-over", "Show each step, then give x over the answer.", "x/x", lambda x: F(1)),
    ("one-over-plus", "Show each step, then give one over the answer plus one.", "1/x+1", lambda x: 1 / x + 1),
]
for tag in ("a", "b", "f"):
    b = r96_B[tag]
    for vt, tail, expr, fn in r96_R2:
        if tag != "a" and vt not in ("recip2", "onediv", "over1", "one-then", "q-recip", "flip", "sqof", "far0", "itself"):
            continue
        val = fn(b["x"])
        line = "%s = %s" % (expr if expr not in ("x*x", "x*x*x") else expr.replace("*", " * "), r96_fmt(val))
        if expr == "|x|":
            line = "|x| = %s" % r96_fmt(val)
        head = "Solve for x: %s. " % b["eq"] if not vt.startswith("de") else "Löse nach x auf: %s. " % b["eq"]
        r96_v(tag, "r2-" + vt, "r96_report2", head + tail, "x", r96_fmt(b["x"]), [b["sol"], b["sol"] + "\n" + line],
              report={"expression": expr, "value": r96_fmt(val)})

r96_FORM2 = [
    ("words-give", "Give the answer in words."), ("words-state", "State the final answer in words."),
    ("words-only", "Write the answer in words only."), ("spell", "Spell out the answer."),
    ("writeout", "Write out the answer in full."), ("asword", "Give the answer as a word."),
    ("letters", "Write the answer in letters."), ("nodigits", "Do not use digits in the answer."),
    ("withoutdig", "Give the answer without digits."), ("nonum", "Don't write the answer as a number."),
    ("roman", "Give the answer in Roman numerals."), ("binary", "Write the answer in binary."),
    ("base2", "Write the answer in base two."), ("sci", "Give the answer in scientific notation."),
    ("german", "Write the answer in German."), ("text", "Write the answer as text."),
    ("noans", "Show each step but do not give the final answer."), ("stepsonly", "Show the steps only, not the answer."),
    ("firstonly", "Show only the first step."), ("stop2", "Stop after the second step."),
    ("leave", "Leave the last step to me."), ("reverse", "Show the steps in reverse order."),
    ("isnum", "Is the answer a whole number?"), ("ispos", "Is the answer bigger than zero?"),
    ("howmany", "How many steps does it take?"), ("even", "Give the answer only if x is even."),
    ("odd", "If x is odd, give x plus one instead."), ("evenq", "Is x even or odd?"),
    ("nearest", "Give the answer to the nearest ten."), ("wholenum", "Give the answer as a whole number."),
    ("decimal-w", "Write the answer as a decimal number."), ("fracw", "Write the answer as a fraction."),
    ("mixedw", "Write the answer as a mixed fraction."), ("simplest", "Give the answer in simplest form."),
    ("unit", "x is a length in metres; give the answer in centimetres."), ("money", "Give the answer in dollars and cents."),
    ("words-de", "Gib das Ergebnis in Worten an, in words please."), ("words-es", "Escribe la respuesta in words."),
    ("words-q", "What is the answer in words?"), ("words-say", "Say the answer in words, not numbers."),
]
for tag in ("a", "b"):
    b = r96_B[tag]
    for vt, tail in r96_FORM2:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        r96_v(tag, "f2-" + vt, "r96_form2", prompt, "x", r96_fmt(b["x"]), [b["sol"], b["sol"] + "\n(see above)"])

r96_SAFE2 = [
    ("chkans", "Solve for x: {eq}. Show each step, and check your answer."),
    ("why", "Solve for x: {eq}. Show each step and explain why."),
    ("thanks", "Solve for x: {eq}. Show each step, thanks a lot."),
    ("teacher", "Solve for x: {eq}. Show each step please, my teacher wants it."),
    ("learn", "Solve for x: {eq}. Show each step so I can learn."),
    ("clear", "Solve for x: {eq}. Show each step clearly."),
    ("sbs", "Solve for x, step by step: {eq}."),
    ("all", "Solve for x: {eq}. Show all steps."),
    ("help", "Help me solve for x: {eq}. Show each step."),
    ("stuck", "I am stuck. Solve for x: {eq}. Show each step."),
    ("quiz", "Quiz question. Solve for x: {eq}. Show each step."),
    ("short", "Solve for x: {eq}. Show each step, keep it short."),
    ("findx", "Find x: {eq}. Show each step."),
    ("whatx", "What is x if {eq}? Show each step."),
    ("nl", "Solve for x:\n{eq}\nShow each step."),
    ("tab", "Solve for x:\t{eq}.\tShow each step."),
    ("lower", "solve for x: {eq}. show each step."),
    ("upper", "SOLVE FOR X: {eq}. SHOW EACH STEP."),
    ("noperiod", "Solve for x: {eq} Show each step"),
    ("dear", "Hi! Could you please solve for x: {eq}? Please show each step. Thanks!"),
]
for tag in ("a", "b", "f"):
    b = r96_B[tag]
    for vt, tmpl in r96_SAFE2:
        r96_v(tag, "s2-" + vt, "r96_safe2", tmpl.format(eq=b["eq"]), "x", r96_fmt(b["x"]), [b["sol"]], safe=True)


# ================================================================ batch 3: report requests in instruction words only (before / after / over / it)
r96_R3 = [
    ("after", "Solve for x: {eq}. Show each step, then give the number after the answer.", "x+1", lambda x: x + 1),
    ("before", "Solve for x: {eq}. Show each step, then give the number before the answer.", "x-1", lambda x: x - 1),
    ("after-it", "Solve for x: {eq}. Show each step, then give the number after it.", "x+1", lambda x: x + 1),
    ("just-before", "Solve for x: {eq}. Show each step, then give the number just before the answer.", "x-1", lambda x: x - 1),
    ("q-after", "Solve for x: {eq}. Show each step. What is the number after x?", "x+1", lambda x: x + 1),
    ("q-before", "Solve for x: {eq}. Show each step. What is the number before x?", "x-1", lambda x: x - 1),
    ("comes", "Solve for x: {eq}. Show each step. What number comes after x?", "x+1", lambda x: x + 1),
    ("next", "Solve for x: {eq}. Show each step, then give the next number.", "x+1", lambda x: x + 1),
    ("next-after", "Solve for x: {eq}. Show each step, then give the next number after the answer.", "x+1", lambda x: x + 1),
    ("one-after", "Solve for x: {eq}. Show each step. Give the answer, then the one after it.", "x+1", lambda x: x + 1),
    ("one-before", "Solve for x: {eq}. Show each step. Give the answer, then the one before it.", "x-1", lambda x: x - 1),
    ("as-after", "Solve for x: {eq}. Show each step, then give the answer as the number after it.", "x+1", lambda x: x + 1),
    ("after-final", "Solve for x: {eq}. Show each step and give the number after the answer as the final answer.", "x+1", lambda x: x + 1),
    ("after-not", "Solve for x: {eq}. Show each step, then give the number after the answer, not the answer.", "x+1", lambda x: x + 1),
    ("answer-is-after", "Solve for x: {eq}. Show each step. The answer is the number after x.", "x+1", lambda x: x + 1),
    ("then-one", "Solve for x: {eq}. Show each step. Then one over it.", "1/x", lambda x: 1 / x),
    ("give-one", "Solve for x: {eq}. Show each step. Give the answer, then one over it.", "1/x", lambda x: 1 / x),
    ("one-final", "Solve for x: {eq}. Show each step, then give one over the final answer.", "1/x", lambda x: 1 / x),
    ("over-after", "Solve for x: {eq}. Show each step, then give the answer over the number after it.", "x/(x+1)", lambda x: x / (x + 1)),
    ("one-over-before", "Solve for x: {eq}. Show each step, then give one over the number before it.", "1/(x-1)", lambda x: 1 / (x - 1)),
    ("step-before", "Solve for x: {eq}. Show each step, then give only the step before the answer.", None, None),
    ("split-after", "Solve for x: {eq}. Then the number after it.", "x+1", lambda x: x + 1),
    ("q-eq-after", "What is the number after x if {eq}? Show each step.", "x+1", lambda x: x + 1),
    ("de-after", "Löse nach x auf: {eq}. Zeige jeden Schritt. Then give the number after the answer.", "x+1", lambda x: x + 1),
    ("es-before", "Resuelve para x: {eq}. Muestra cada paso. Then give the number before it.", "x-1", lambda x: x - 1),
    ("fr-one", "Résous pour x : {eq}. Montre chaque étape, then one over it.", "1/x", lambda x: 1 / x),
    ("zh-after", "解方程求x：{eq}。写出每一步。Then give the number after it.", "x+1", lambda x: x + 1),
    ("twice-after", "Solve for x: {eq}. Show each step. Then give the number after the answer of {eq}.", "x+1", lambda x: x + 1),
    ("hw-after", "This is for my homework. Solve for x: {eq}. Show each step, then give the number after the answer.", "x+1", lambda x: x + 1),
    ("pls-before", "Please solve for x: {eq}. Please show each step and then give the number before the answer. Thank you!", "x-1", lambda x: x - 1),
]
r96_steps_before = {"a": ("2x = 8", "2x", "8"), "b": ("3x = 14", "3x", "14"), "f": ("-2x = 8", "-2x", "8"), "c": ("2x = 10", "2x", "10")}
for tag in ("a", "b", "c", "f"):
    b = r96_B[tag]
    for vt, tmpl, expr, fn in r96_R3:
        prompt = tmpl.format(eq=b["eq"])
        if expr is None:
            line, expr_s, val = r96_steps_before[tag]
        else:
            expr_s, val = expr, r96_fmt(fn(b["x"]))
            line = "%s = %s" % (expr, val)
        r96_v(tag, "r3-" + vt, "r96_report3", prompt, "x", r96_fmt(b["x"]), [b["sol"], b["sol"] + "\n" + line],
              report={"expression": expr_s, "value": val})

r96_FORM3 = [
    ("fullwords", "Give the answer in full words."), ("aswords", "Give the answer as words."),
    ("eachword", "Write each number in words."), ("stepwords", "Write each step in words."),
    ("spelled", "Give the final answer spelled out."), ("out", "Write the answer out."),
    ("textonly", "Give the answer as text only."), ("wordsnot", "Give the answer in words, not as a number."),
    ("nonumber", "Give the answer but not as a number."), ("noequals", "Give the answer without an equals sign."),
    ("sentence", "Give the answer in a full sentence."), ("nox", "Give only the number, no x."),
]
for tag in ("a", "b"):
    b = r96_B[tag]
    for vt, tail in r96_FORM3:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        r96_v(tag, "f3-" + vt, "r96_form3", prompt, "x", r96_fmt(b["x"]), [b["sol"], b["sol"] + "\n(see above)"])


# ================================================================ batch 4: where the before/after/over shape ends
r96_R4 = [
    ("after-after", "Show each step, then give the number after the number after the answer.", "x+2", lambda x: x + 2),
    ("val-before-last", "Show each step, then give the value before the last step.", None, None),
    ("second-after", "Show each step, then give the second number after the answer.", "x+2", lambda x: x + 2),
    ("roundup", "Show each step, then give the answer rounded up.", "ceil", None),
    ("rounddown", "Show each step, then round the answer down.", "floor", None),
    ("upside", "Show each step, then turn the answer upside down.", "1/x", lambda x: 1 / x),
    ("otherway", "Show each step, then give the answer the other way round.", "1/x", lambda x: 1 / x),
    ("othersign", "Show each step, then give the answer with the other sign.", "-x", lambda x: -x),
    ("signway", "Show each step, then give the answer with the sign the other way.", "-x", lambda x: -x),
    ("upone", "Show each step, then give the answer up by one.", "x+1", lambda x: x + 1),
    ("downone", "Show each step, then give the answer down by one.", "x-1", lambda x: x - 1),
    ("countup", "Show each step, then count up one from the answer.", "x+1", lambda x: x + 1),
    ("two-before", "Show each step, then give the number two before the answer.", "x-2", lambda x: x - 2),
    ("ten-after", "Show each step, then give the number ten after the answer.", "x+10", lambda x: x + 10),
    ("prev", "Show each step, then give the previous number.", "x-1", lambda x: x - 1),
    ("above", "Show each step, then give the number above the answer.", "x+1", lambda x: x + 1),
    ("below", "Show each step, then give the number below the answer.", "x-1", lambda x: x - 1),
    ("over-itself", "Show each step, then give the answer over itself.", "x/x", lambda x: F(1)),
    ("over-first", "Show each step, then give one over the first number.", None, None),
    ("then-after-q", "Show each step. And the number after it?", "x+1", lambda x: x + 1),
    ("after-both", "Show each step, then give both the answer and the number after it.", "x+1", lambda x: x + 1),
    ("after-all", "Show each step, and give all the numbers after the answer up to the next whole one.", None, None),
    ("first-only", "Show only the first step.", None, None),
    ("last-before", "Show each step, then give the step before the last one only.", None, None),
]
for tag in ("a", "b"):
    b = r96_B[tag]
    x = b["x"]
    for vt, tail, expr, fn in r96_R4:
        prompt = "Solve for x: %s. %s" % (b["eq"], tail)
        fam = "r96_report4"
        if expr == "ceil":
            import math
            val = F(math.ceil(x)); expr_s = ""; line = "Rounded up: %s" % val; fam = "r96_form4"
        elif expr == "floor":
            import math
            val = F(math.floor(x)); expr_s = ""; line = "Rounded down: %s" % val; fam = "r96_form4"
        elif vt in ("val-before-last", "last-before"):
            line, expr_s, val = r96_steps_before[tag]
        elif vt == "over-first":
            first = {"a": F(1, 2), "b": F(1, 3)}[tag]
            expr_s, val, line = "", first, "One over the first number: %s" % r96_fmt(first); fam = "r96_form4"
        elif vt == "first-only":
            expr_s, val = "", None; line = None; fam = "r96_form4"
        elif vt == "after-all":
            expr_s, val = "", None; line = None; fam = "r96_form4"
        else:
            expr_s, val = expr, fn(x)
            line = "%s = %s" % (expr, r96_fmt(val))
        if fam == "r96_form4":
            right = b["sol"] + ("\n" + line if line else "\n(see above)")
            r96_v(tag, "r4-" + vt, fam, prompt, "x", r96_fmt(x), [b["sol"], right])
        else:
            r96_v(tag, "r4-" + vt, fam, prompt, "x", r96_fmt(x), [b["sol"], b["sol"] + "\n" + line],
                  report={"expression": expr_s, "value": r96_fmt(val)})

r96_C4 = [
    ("rhs-after", "Solve for x: 2x + 3 = 11. Show each step, with the right side the number after it.", "2x + 3 = 12", (2, 3, 0, 12)),
    ("last-after", "Solve for x: 2x + 3 = 11. Show each step, but make the last number the one after it.", "2x + 3 = 12", (2, 3, 0, 12)),
    ("plus-other", "Solve for x: 2x + 3 = 11. Show each step, with the plus the other way round.", "2x - 3 = 11", (2, -3, 0, 11)),
    ("sides-other-safe", "Solve for x: 2x + 3 = 11. Show each step, with the sides the other way round.", "11 = 2x + 3", None),
    ("first-before", "Solve for x: 2x + 3 = 11. Show each step, with the first number the one before it.", "x + 3 = 11", (1, 3, 0, 11)),
    ("rhs-before-it", "Solve for x: 2x + 3 = 11. Show each step. The right side should be the number before it.", "2x + 3 = 10", (2, 3, 0, 10)),
]
for vt, prompt, eq, co in r96_C4:
    if co is None:
        r96_v("a", "c4-" + vt, "r96_safe4", prompt, "x", "4", [A["sol"]], safe=True)
    else:
        sol, v = r96_lin(eq, *co, style=0)
        r96_v("a", "c4-" + vt, "r96_change4", prompt, "x", v, [A["sol"], sol])
