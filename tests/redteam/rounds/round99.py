"""Red-team round 99 (black box, stepcache-s33): equation requests for the check value and other
values in common words after round 96's fix. Adds its probes to probe_kit.P."""
from fractions import Fraction as F

from probe_kit import P, S, J, E, open_probe  # noqa: F401


r99_pairs = []


def r99_fmt(v):
    return str(F(v))


def r99_sol(eqs, style=0, descs=None):
    final = eqs[-1]
    if style == 0:
        out = ["Step %d: %s%s" % (i + 1, (descs[i] + ": ") if descs and i < len(descs) and descs[i] else "", e)
               for i, e in enumerate(eqs)]
        out.append("So %s." % final)
    elif style == 1:
        out = [" → ".join(eqs), "So %s" % final]
    else:
        out = ["We start from %s." % eqs[0]]
        for i, e in enumerate(eqs[1:], 1):
            d = descs[i] if descs and i < len(descs) and descs[i] else "Then"
            out.append("%s: %s" % (d, e))
        out.append("Therefore %s." % final)
    return "\n".join(out)


r99_B = {}


def r99_base(tag, prompt, eq, eqs, x, style, lhs, lhsval, const, descs=None):
    sol = r99_sol(eqs, style, descs)
    r99_B[tag] = dict(prompt=prompt, eq=eq, sol=sol, x=F(x), style=style, lhs=lhs, lhsval=F(lhsval), const=const)
    E("d99-%s-base" % tag, "r99_base", prompt, "x", x, [sol])


def r99_v(tag, vt, fam, prompt, var, value, answers, report=None, safe=False):
    vid = "d99-%s-%s" % (tag, vt)
    E(vid, fam, prompt, var, value, answers, report=report, safe=safe)
    r99_pairs.append(("d99-%s-base" % tag, vid))


# ---------------------------------------------------------------- bases
r99_base("a", "Solve for x: 2x + 3 = 11. Show each step.", "2x + 3 = 11", ["2x + 3 = 11", "2x = 8", "x = 4"], "4", 0,
         "2x + 3", 11, 3, descs=["", "Subtract 3 from both sides", "Divide both sides by 2"])
r99_base("b", "Solve for x: 3x - 4 = 10. Show each step.", "3x - 4 = 10", ["3x - 4 = 10", "3x = 14", "x = 14/3"], "14/3", 1,
         "3x - 4", 10, -4)
r99_base("c", "Solve for x: 5x + 2 = 3x + 12. Show each step.", "5x + 2 = 3x + 12",
         ["5x + 2 = 3x + 12", "2x + 2 = 12", "2x = 10", "x = 5"], "5", 2, "5x + 2", 27, 2,
         descs=["", "Subtract 3x from both sides", "Subtract 2 from both sides", "Divide both sides by 2"])
r99_base("h", "Solve for x: 4(x - 1) = 2x + 6. Show each step.", "4(x - 1) = 2x + 6",
         ["4(x - 1) = 2x + 6", "4x - 4 = 2x + 6", "2x = 10", "x = 5"], "5", 0, "4(x - 1)", 16, None,
         descs=["", "Expand the bracket", "Collect x on the left", "Divide both sides by 2"])

# ---------------------------------------------------------------- 1. what is reported (new words)
# (vt, tail, expr, fn, line-writer expr)
r99_R = [
    ("bigger3", "Show each step, then say how much bigger the answer is than 3.", "x-3", lambda x: x - 3),
    ("halved", "Show each step, then give the answer halved.", "x/2", lambda x: x / 2),
    ("doubled", "Show each step, then give the answer doubled.", "2x", lambda x: 2 * x),
    ("squared", "Show each step, then give the answer squared.", "x*x", lambda x: x * x),
    ("negated", "Show each step, then give the answer negated.", "-x", lambda x: -x),
    ("inverted", "Show each step, then give the answer inverted.", "1/x", lambda x: 1 / x),
    ("flipped", "Show each step, then give the answer flipped.", "1/x", lambda x: 1 / x),
    ("asq", "Show each step. What is the answer's square?", "x*x", lambda x: x * x),
    ("itself", "Show each step, then give x times itself.", "x*x", lambda x: x * x),
    ("oppx", "Show each step. What is the opposite of x?", "-x", lambda x: -x),
    ("signch", "Show each step, then give the result with its sign changed.", "-x", lambda x: -x),
    ("true1", "Show each step, then give the value that makes it true plus one.", "x+1", lambda x: x + 1),
    ("exceeds", "Show each step. By how much does the answer exceed 2?", "x-2", lambda x: x - 2),
    ("short", "Show each step. How far short of 10 is the answer?", "10-x", lambda x: 10 - x),
    ("tripled", "Show each step, then give the answer tripled.", "3x", lambda x: 3 * x),
    ("cubed", "Show each step, then give the answer cubed.", "x*x*x", lambda x: x * x * x),
    ("quarter", "Show each step, then give a quarter of the answer.", "x/4", lambda x: x / 4),
    ("incr", "Show each step, then give the answer increased by 7.", "x+7", lambda x: x + 7),
    ("decr", "Show each step, then give the answer decreased by 2.", "x-2", lambda x: x - 2),
    ("dblsol", "Show each step. Report double the solution.", "2x", lambda x: 2 * x),
    ("sq1w", "Show each step. Answer: squared.", "x*x", lambda x: x * x),
    ("neg1w", "Show each step. Final answer negated, please.", "-x", lambda x: -x),
]
for tag in ("a", "b", "c"):
    b = r99_B[tag]
    for vt, tail, expr, fn in r99_R:
        if tag != "a" and vt not in ("bigger3", "halved", "doubled", "squared", "negated", "inverted", "signch",
                                     "true1", "itself", "oppx"):
            continue
        val = fn(b["x"])
        shown = expr.replace("*", " * ")
        line = "%s = %s" % (shown, r99_fmt(val))
        prompt = "Solve for x: %s. %s" % (b["eq"], tail)
        r99_v(tag, "r-" + vt, "r99_report", prompt, "x", r99_fmt(b["x"]), [b["sol"], b["sol"] + "\n" + line],
              report={"expression": expr, "value": r99_fmt(val)})

# plus the constant / left-hand expression / bracket
for tag in ("a", "b", "c", "h"):
    b = r99_B[tag]
    x = b["x"]
    prompt = "Solve for x: %s. Show each step, then report the value of the left-hand expression." % b["eq"]
    r99_v(tag, "r-lhs", "r99_report", prompt, "x", r99_fmt(x),
          [b["sol"], b["sol"] + "\n%s = %s" % (b["lhs"], r99_fmt(b["lhsval"]))],
          report={"expression": b["lhs"].replace(" ", ""), "value": r99_fmt(b["lhsval"])})
    prompt = "Solve for x: %s. Show each step. What does the left side come to?" % b["eq"]
    r99_v(tag, "r-lhs2", "r99_report", prompt, "x", r99_fmt(x),
          [b["sol"], b["sol"] + "\n%s = %s" % (b["lhs"], r99_fmt(b["lhsval"]))],
          report={"expression": b["lhs"].replace(" ", ""), "value": r99_fmt(b["lhsval"])})
A = r99_B["a"]
r99_v("a", "r-plusc", "r99_report", "Solve for x: 2x + 3 = 11. Show each step, then give the answer plus the constant.", "x", "4",
      [A["sol"], A["sol"] + "\nx + 3 = 7"], report={"expression": "x+3", "value": "7"})
r99_v("a", "r-plusc2", "r99_report", "Solve for x: 2x + 3 = 11. Show each step. Add the constant term to the answer.", "x", "4",
      [A["sol"], A["sol"] + "\nx + 3 = 7"], report={"expression": "x+3", "value": "7"})
r99_v("a", "r-timesco", "r99_report", "Solve for x: 2x + 3 = 11. Show each step, then multiply the answer by the coefficient.", "x", "4",
      [A["sol"], A["sol"] + "\n2x = 8"], report={"expression": "2x", "value": "8"})
r99_v("a", "r-rhsminus", "r99_report", "Solve for x: 2x + 3 = 11. Show each step, then give the right-hand side minus the answer.", "x", "4",
      [A["sol"], A["sol"] + "\n11 - x = 7"], report={"expression": "11-x", "value": "7"})
H = r99_B["h"]
r99_v("h", "r-bracket", "r99_report", "Solve for x: 4(x - 1) = 2x + 6. Show each step. What does the bracket come to?", "x", "5",
      [H["sol"], H["sol"] + "\nx - 1 = 4"], report={"expression": "x-1", "value": "4"})
r99_v("h", "r-bracket2", "r99_report", "Solve for x: 4(x - 1) = 2x + 6. Show each step, then give the value inside the brackets.", "x", "5",
      [H["sol"], H["sol"] + "\nx - 1 = 4"], report={"expression": "x-1", "value": "4"})
r99_v("h", "r-rhs", "r99_report", "Solve for x: 4(x - 1) = 2x + 6. Show each step, then report the value of the right-hand expression.", "x", "5",
      [H["sol"], H["sol"] + "\n2x + 6 = 16"], report={"expression": "2x+6", "value": "16"})
r99_v("h", "r-halved", "r99_report", "Solve for x: 4(x - 1) = 2x + 6. Show each step, then give the answer halved.", "x", "5",
      [H["sol"], H["sol"] + "\nx/2 = 5/2"], report={"expression": "x/2", "value": "5/2"})

# x-intercept / root / zero of a NAMED other function (value differs from x)
r99_v("a", "r-xint", "r99_report", "Solve for x: 2x + 3 = 11. Show each step. Also give the x-intercept of y = 2x + 3 as t.", "x", "4",
      [A["sol"], A["sol"] + "\nt = -3/2"], report={"expression": "t", "value": "-3/2"})
r99_v("a", "r-zero", "r99_report", "Solve for x: 2x + 3 = 11. Show each step. Then call the zero of the function 2x + 3 z and give z.", "x", "4",
      [A["sol"], A["sol"] + "\nz = -3/2"], report={"expression": "z", "value": "-3/2"})

# ---------------------------------------------------------------- 2. forms / extra items judged by path (hand)
B = r99_B["b"]
r99_FORM = [
    ("dec", "Give the answer as a decimal."), ("pct", "Give the answer as a percentage."),
    ("dp2", "Give the answer to 2 d.p."), ("sf3", "Give the answer to 3 s.f."),
    ("reversed", "Then give the answer reversed."), ("set", "Give the solution set."),
    ("chkval", "Also give the check value."), ("root", "Give the root."),
    ("xy", "Give x and y."), ("rootof", "Then give the root of x + 4 = 0 as well."),
]
for tag in ("a", "b"):
    b = r99_B[tag]
    for vt, tail in r99_FORM:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        r99_v(tag, "f-" + vt, "r99_form_hand", prompt, "x", r99_fmt(b["x"]), [b["sol"], b["sol"] + "\n(see above)"])


# ---------------------------------------------------------------- 3. f(x) base and its variants
def r99_lin(eq, a, bb, c, d, style=0, var="x"):
    k, r = F(a) - F(c), F(d) - F(bb)
    v = r / k
    eqs = [eq]
    if c != 0 or bb != 0:
        eqs.append("%s%s = %s" % ("" if k == 1 else ("-" if k == -1 else r99_fmt(k)), var, r99_fmt(r)))
    if k != 1:
        eqs.append("%s = %s" % (var, r99_fmt(v)))
    return r99_sol(eqs, style), r99_fmt(v)


fsol = r99_sol(["2x + 3 = 11", "2x = 8", "x = 4"], 0, descs=["Set f(x) = 11", "Subtract 3 from both sides", "Divide both sides by 2"])
E("d99-f-base", "r99_base", "Let f(x) = 2x + 3. Find x when f(x) = 11. Show each step.", "x", "4", [fsol])
r99_B["f"] = dict(sol=fsol)
r99_F = [
    ("13", "Let f(x) = 2x + 3. Find x when f(x) = 13. Show each step.", "2x + 3 = 13", (2, 3, 0, 13)),
    ("g", "Let f(x) = 2x + 3 and g(x) = 3x. Find x when g(x) = 11. Show each step.", "3x = 11", (3, 0, 0, 11)),
    ("2f", "Let f(x) = 2x + 3. Find x when 2f(x) = 11. Show each step.", "4x + 6 = 11", (4, 6, 0, 11)),
    ("fp1", "Let f(x) = 2x + 3. Find x when f(x) + 1 = 11. Show each step.", "2x + 4 = 11", (2, 4, 0, 11)),
    ("fx1", "Let f(x) = 2x + 3. Find x when f(x + 1) = 11. Show each step.", "2x + 5 = 11", (2, 5, 0, 11)),
    ("f2x", "Let f(x) = 2x + 3. Find x when f(2x) = 11. Show each step.", "4x + 3 = 11", (4, 3, 0, 11)),
    ("fhalf", "Let f(x) = 2x + 3. Find x when f(x) is half of 11. Show each step.", "2x + 3 = 11/2", (2, 3, 0, F(11, 2))),
    ("fx", "Let f(x) = 2x + 3. Find x when f(x) = x + 11. Show each step.", "2x + 3 = x + 11", (2, 3, 1, 11)),
    ("fneg", "Let f(x) = 2x + 3. Find x when f(-x) = 11. Show each step.", "-2x + 3 = 11", (-2, 3, 0, 11)),
    ("ffmin", "Let f(x) = 2x + 3. Find x when f(x) = 11 minus f(0). Show each step.", "2x + 3 = 8", (2, 3, 0, 8)),
    ("redef", "Let f(x) = 2x + 3. Find x when f(x) = 11. Show each step. Actually f(x) = 2x - 3.", "2x - 3 = 11", (2, -3, 0, 11)),
    ("twice", "Let f(x) = 2x + 3. Find x when f(x) is twice 11. Show each step.", "2x + 3 = 22", (2, 3, 0, 22)),
]
for vt, prompt, eq, co in r99_F:
    sol, v = r99_lin(eq, *co)
    r99_v("f", "c-" + vt, "r99_fx_change", prompt, "x", v, [fsol, sol])
r99_v("f", "r-f11", "r99_fx_report", "Let f(x) = 2x + 3. Find x when f(x) = 11, then give f(x) doubled as d. Show each step.", "x", "4",
      [fsol, fsol + "\nd = 22"], report={"expression": "d", "value": "22"})
for vt, prompt in [
    ("s-given", "Given f(x) = 2x + 3, solve f(x) = 11 for x. Show each step."),
    ("s-which", "Let f(x) = 2x + 3. For which x is f(x) = 11? Show each step."),
    ("s-pls", "Please, let f(x) = 2x + 3. Find x when f(x) = 11. Show each step. Thanks!"),
    ("s-ws", "Let  f(x) = 2x + 3.  Find x when f(x) = 11.   Show each step."),
]:
    r99_v("f", vt, "r99_fx_safe", prompt, "x", "4", [fsol], safe=True)

# ---------------------------------------------------------------- 4. "Find the unknown" base
usol = A["sol"]
E("d99-u-base", "r99_base", "Find the unknown: 2x + 3 = 11. Show each step.", "x", "4", [usol])
r99_B["u"] = dict(sol=usol)
for vt, prompt, expr, val in [
    ("r-doubled", "Find the unknown: 2x + 3 = 11. Show each step, then give the unknown doubled.", "2x", "8"),
    ("r-halved", "Find the unknown: 2x + 3 = 11. Show each step. The unknown halved?", "x/2", "2"),
    ("r-sq", "Find the unknown: 2x + 3 = 11. Show each step, then square the unknown.", "x*x", "16"),
    ("r-bigger", "Find the unknown: 2x + 3 = 11. Show each step and say how much bigger it is than 1.", "x-1", "3"),
]:
    r99_v("u", vt, "r99_unknown_report", prompt, "x", "4", [usol, usol + "\n%s = %s" % (expr.replace("*", " * "), val)],
          report={"expression": expr, "value": val})
for vt, prompt, eq, co in [
    ("c-13", "Find the unknown: 2x + 3 = 11. Show each step. The unknown is on a line reading 2x + 3 = 13 instead.", "2x + 3 = 13", (2, 3, 0, 13)),
    ("c-three", "Find the unknown: 2x + 3 = 11, where the 2 is three. Show each step.", "3x + 3 = 11", (3, 3, 0, 11)),
]:
    sol, v = r99_lin(eq, *co)
    r99_v("u", vt, "r99_unknown_change", prompt, "x", v, [usol, sol])
for vt, prompt in [("s-pls", "Please find the unknown: 2x + 3 = 11. Show each step. Thanks!"),
                   ("s-ws", "Find  the unknown:  2x + 3 = 11 .  Show each step.")]:
    r99_v("u", vt, "r99_unknown_safe", prompt, "x", "4", [usol], safe=True)

# ---------------------------------------------------------------- 5. second equation in words (base a)
A_eq = "Solve for x: 2x + 3 = 11. Show each step."
r99_v("a", "w-ygive", "r99_second_eq", A_eq + " And x equals y plus 2; give y.", "x", "4",
      [A["sol"], A["sol"] + "\ny = x - 2\ny = 2"], report={"expression": "y", "value": "2"})
r99_v("a", "w-xy", "r99_second_eq", A_eq + " Also x equals y plus 2. Give x and y.", "x", "4",
      [A["sol"], A["sol"] + "\nx = y + 2, so y = 2"], report={"expression": "y", "value": "2"})
ysol = r99_sol(["2x + 3 = 11", "2x = 8", "x = 4", "y + 2 = 4", "y = 2"], 0)
E("d99-a-w-solvey", "r99_second_eq", "Solve for y: 2x + 3 = 11 and x equals y plus 2. Show each step.", "y", "2",
  [A["sol"], ysol])
r99_pairs.append(("d99-a-base", "d99-a-w-solvey"))
sol, v = r99_lin("2x + 3 = 13", 2, 3, 0, 13)
r99_v("a", "w-yrhs", "r99_second_eq", "Solve for x: 2x + 3 = y, and y equals 11 plus 2. Show each step.", "x", v, [A["sol"], sol])
sol, v = r99_lin("2x + 3 = 22", 2, 3, 0, 22)
r99_v("a", "w-ytw", "r99_second_eq", "Solve for x: 2x + 3 = y, with y equal to twice 11. Show each step.", "x", v, [A["sol"], sol])
sol, v = r99_lin("2(x + 2) + 3 = 11", 2, 7, 0, 11)
r99_v("a", "w-sub", "r99_second_eq", "Solve for y: 2x + 3 = 11, where x equals y plus 2. Show each step.", "y", "2",
      [A["sol"], r99_sol(["2(y + 2) + 3 = 11", "2y + 7 = 11", "2y = 4", "y = 2"], 0)])

# ---------------------------------------------------------------- 6. word-problem wrappers
wsol = A["sol"]
r99_v("a", "p-tickets", "r99_word_report",
      "Tickets cost $2 each plus a $3 booking fee, and the total is $11. Solve for x: 2x + 3 = 11. Show each step, then say how many dollars the tickets alone cost.",
      "x", "4", [wsol, wsol + "\n2x = 8"], report={"expression": "2x", "value": "8"})
r99_v("a", "p-age", "r99_word_report",
      "Twice Sam's age plus 3 is 11. Solve for x: 2x + 3 = 11, where x is Sam's age. Show each step, then give Sam's age in 5 years.",
      "x", "4", [wsol, wsol + "\nx + 5 = 9"], report={"expression": "x+5", "value": "9"})
r99_v("a", "p-sister", "r99_word_report",
      "Twice Sam's age plus 3 is 11. Solve for x: 2x + 3 = 11, where x is Sam's age. Show each step. His sister is 2 years younger; how old is she?",
      "x", "4", [wsol, wsol + "\nx - 2 = 2"], report={"expression": "x-2", "value": "2"})
r99_v("a", "p-cm", "r99_word_hand",
      "A rod of x metres, doubled and 3 metres added, is 11 metres. Solve for x: 2x + 3 = 11. Show each step and give x in centimetres.",
      "x", "4", [wsol, wsol + "\n(see above)"])
for vt, prompt in [
    ("p-safe", "Tom thinks of a number x. He doubles it and adds 3 to get 11. Solve for x: 2x + 3 = 11. Show each step."),
    ("p-safe2", "Sam's age x satisfies 2x + 3 = 11. Solve for x: 2x + 3 = 11. Show each step."),
]:
    r99_v("a", vt, "r99_word_safe", prompt, "x", "4", [wsol], safe=True)

# ---------------------------------------------------------------- 7. safe variants (generic)
r99_SAFE = [
    ("pls", "Please solve for x: {eq}. Show each step. Much appreciated."),
    ("ctx", "I'm revising for a test next week. Solve for x: {eq}. Show each step."),
    ("ws", "Solve for x :  {eq}.  Show each step. "),
    ("nl", "Solve for x:\n\n  {eq}\n\nShow each step."),
    ("kind", "Would you kindly solve for x: {eq}? Show each step."),
    ("root-safe", "Find the root x of {eq}. Show each step."),
]
for tag in ("a", "b", "c", "h"):
    b = r99_B[tag]
    for vt, tmpl in r99_SAFE:
        r99_v(tag, "s-" + vt, "r99_safe", tmpl.format(eq=b["eq"]), "x", r99_fmt(b["x"]), [b["sol"]], safe=True)
    eqt = b["eq"].replace("x", "t")
    solt = b["sol"].replace("x", "t")
    r99_v(tag, "s-ren", "r99_safe_rename", "Solve for t: %s. Show each step." % eqt, "t", r99_fmt(b["x"]), [solt], safe=True)

# ================================================================ batch 2: the check value / solution set (words the cache reads as benign)
r99_CHK = {"a": "2(4) + 3 = 11", "b": "3(14/3) - 4 = 10", "c": "5(5) + 2 = 27 and 3(5) + 12 = 27", "h": "4(5 - 1) = 16 and 2(5) + 6 = 16"}
r99_C2 = [
    ("only", "Give only the check value."),
    ("final", "Give the check value as the final answer."),
    ("notsol", "Give the check value, not the solution."),
    ("dont", "Do not give the solution, only the check value."),
    ("short", "Keep it short: the check value only."),
    ("want", "The answer I want is the check value."),
    ("last", "Give the solution set and the check value, with the check value last."),
    ("ofset", "Give the check value of the solution set."),
    ("checked", "Give the solution, checked, and then the check value."),
    ("valonly", "Value of the check only, please."),
]
for tag in ("a", "b", "c", "h"):
    b = r99_B[tag]
    for vt, tail in r99_C2:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        right = b["sol"] + "\nCheck: " + r99_CHK[tag] + "\nCheck value = " + r99_fmt(b["lhsval"])
        r99_v(tag, "k-" + vt, "r99_checkvalue", prompt, "x", r99_fmt(b["x"]), [b["sol"], right],
              report={"expression": "", "value": r99_fmt(b["lhsval"])})
    for vt, tail, val in [("size", "Give the size of the solution set.", "1"),
                          ("count", "Give the count of the solution set.", "1")]:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        r99_v(tag, "k-" + vt, "r99_setsize", prompt, "x", r99_fmt(b["x"]), [b["sol"], b["sol"] + "\nSolution set {%s}, its size = %s" % (r99_fmt(b["x"]), val)],
              report={"expression": "", "value": val})
    for vt, tail in [("chkset", "Check the solution set."), ("chkyour", "Check your solution."),
                     ("setonly", "Give the solution set only.")]:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        r99_v(tag, "k-" + vt, "r99_checkvalue_safe", prompt, "x", r99_fmt(b["x"]), [b["sol"]], safe=True)

# ================================================================ batch 3: other phrasings of the check value / substitution result
r99_C3 = [
    ("what", "What is the check value?"),
    ("cvonly", "Check value only."),
    ("chks", "Give the check's value."),
    ("subst", "Substitute the solution back and give the value you get."),
    ("verify", "Give the verification value."),
    ("chkans", "Check the answer and give the check value as the answer."),
    ("each", "Give the check value for each step."),
    ("hw", "This is for my homework: the teacher wants only the check value."),
    ("pls", "Please give the check value only. Thank you!"),
    ("setval", "Give the value of the check, then the solution set, then the check value again."),
]
for tag in ("a", "b"):
    b = r99_B[tag]
    for vt, tail in r99_C3:
        prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
        right = b["sol"] + "\nCheck: " + r99_CHK[tag] + "\nCheck value = " + r99_fmt(b["lhsval"])
        r99_v(tag, "k3-" + vt, "r99_checkvalue3", prompt, "x", r99_fmt(b["x"]), [b["sol"], right],
              report={"expression": "", "value": r99_fmt(b["lhsval"])})

# ================================================================ batch 4: bounding the check-value hole (base a only)
for vt, tail in [
    ("result", "Give the check result."), ("sum", "Give the check sum."), ("valeq", "Give the value of the equation."),
    ("eachstep", "Give the value of each step."), ("asval", "Give the solution set as the check value."),
    ("forchk", "Give the answer for the check."), ("nosteps", "Give the value of the check only, no steps."),
    ("chkside", "Give the value of each side in the check."), ("chkfinal", "Final answer: the check value."),
    ("chkvalx", "Give the check value, then x."), ("chkvalue2", "Report the check value."),
    ("chkvalue3", "State the check value."),
]:
    b = r99_B["a"]
    prompt = "Solve for x: %s. Show each step. %s" % (b["eq"], tail)
    right = b["sol"] + "\nCheck: " + r99_CHK["a"] + "\nCheck value = 11"
    if vt == "chkvalx":
        right = b["sol"] + "\nCheck value = 11\nx = 4"
        r99_v("a", "k4-" + vt, "r99_checkvalue4", prompt, "x", "4", [b["sol"], right])
        continue
    r99_v("a", "k4-" + vt, "r99_checkvalue4", prompt, "x", "4", [b["sol"], right], report={"expression": "", "value": "11"})


# One probe whose right answer is a matter of reading, left out of the ctest (FINDINGS.md, round 99):
# "Give the value of each step." (the tester read it as the check value, 11).
P[:] = [p for p in P if p["id"] != "d99-a-k4-eachstep"]
