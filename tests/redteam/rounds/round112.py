"""Red-team round 112 (black box, stepcache-s38): how the equation reader reads marks, numerals, spacing, line breaks and numbers around the equation; what got through: a label number apart from the variable read as its coefficient ("Item 3 x + 5 = 11", "#3 x", "(3) x"), an equation's number after it read as a factor ("x + 5 = 11 (3)"), another '=' after it ("2x+3=11=."), and the engine's own solution of such a misread served when the model gave nothing or changing values. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401


r112_NR = "999"
r112_A = ["2x + 3 = 11", "2x = 8", "x = 4"]
r112_BASES = {
    "a": ("Solve for x: 2x + 3 = 11.", "x", "4", r112_A),
    "e": ("Solve for x: x + 3 = 11.", "x", "8", ["x + 3 = 11", "x = 8"]),
    "f": ("Solve for x: x + 5 = 11.", "x", "6", ["x + 5 = 11", "x = 6"]),
}
r112_pairs = []
for k, (pr, var, val, lines) in r112_BASES.items():
    E("d112-base-" + k, "r112_base", pr + " Show each step.", var, val, ["\n".join(lines)])

r112_cases = []  # (id, base, core prompt, var, value, lines of the model's right answer)


def r112_c(id, base, core, value, lines, var="x"):
    r112_cases.append((id, base, core, var, value, lines))


A = r112_A
def L(*xs):
    return list(xs)

# ---- glued marks / powers
r112_c("pow0", "a", "Solve for x: 2x^0 + 3 = 11.", r112_NR, A)
r112_c("pow1", "a", "Solve for x: 2x^1 + 3 = 11.", "4", A)
r112_c("powc", "a", "Solve for x: 2x + 3^2 = 11.", "1", L("2x + 9 = 11", "2x = 2", "x = 1"))
r112_c("supc", "a", "Solve for x: 2x + 3² = 13.", "2", L("2x + 9 = 13", "2x = 4", "x = 2"))
r112_c("powr", "a", "Solve for x: 2x + 3 = 2^3 + 5.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("pct50", "a", "Solve for x: 50% x + 3 = 5.", "4", L("0.5x + 3 = 5", "0.5x = 2", "x = 4"))
r112_c("pct50g", "a", "Solve for x: 50%x + 3 = 5.", "4", L("0.5x + 3 = 5", "0.5x = 2", "x = 4"))
r112_c("fact", "a", "Solve for x: x! + 3 = 9.", "3", L("x! + 3 = 9", "x! = 6", "x = 3"))
r112_c("fact2", "a", "Solve for x: 2x! + 3 = 11.", r112_NR, A)
r112_c("factc", "a", "Solve for x: 3!x + 3 = 15.", "2", L("6x + 3 = 15", "6x = 12", "x = 2"))
r112_c("sub2", "a", "Solve for x: 2x₂ + 3 = 11.", r112_NR, A)
r112_c("paren", "a", "Solve for x: 2(x) + 3 = 11.", "4", A)
r112_c("brack", "a", "Solve for x: 2[x] + 3 = 11.", "4", A)
# ---- doubled signs
r112_c("pp", "a", "Solve for x: 2x + + 3 = 11.", "4", A)
r112_c("mm", "a", "Solve for x: 2x - - 3 = 11.", "4", A)
r112_c("mmg", "a", "Solve for x: 2x--3 = 11.", "4", A)
r112_c("pm", "a", "Solve for x: 2x + - 3 = 11.", "7", L("2x - 3 = 11", "2x = 14", "x = 7"))
r112_c("mp", "a", "Solve for x: 2x - + 3 = 11.", "7", L("2x - 3 = 11", "2x = 14", "x = 7"))
r112_c("umm", "a", "Solve for x: 2x − −3 = 11.", "4", A)
r112_c("mparen", "a", "Solve for x: 2x - (-3) = 11.", "4", A)
r112_c("mpg", "a", "Solve for x: 3x−+2 = 11.", "13/3", L("3x - 2 = 11", "3x = 13", "x = 13/3"))
r112_c("space", "a", "Solve for x: 2 x + 3 = 11.", "4", A)
r112_c("lead", "a", "Solve for x: + 2x + 3 = + 11.", "4", A)
# ---- broken equals / dangling operators
r112_c("eqend", "a", "Solve for x: 2x+3=11=.", r112_NR, A)
r112_c("eqeq", "a", "Solve for x: 2x + 3 = = 11.", "4", A)
r112_c("plend", "a", "Solve for x: 2x + 3 = 11 + .", r112_NR, A)
r112_c("mnend", "a", "Solve for x: 2x + 3 = 11 −.", r112_NR, A)
r112_c("tmend", "a", "Solve for x: 2x + 3 = 11 ×.", r112_NR, A)
r112_c("noc", "a", "Solve for x: 2x + = 11.", r112_NR, A)
r112_c("chain", "a", "Solve for x: 2x + 3 = 11 = 5 + 6.", "4", A)
r112_c("chainbad", "a", "Solve for x: 2x + 3 = 11 = 12.", r112_NR, A)
r112_c("chainmid", "a", "Solve for x: 2x + 3 = 4 + 7 = 11.", "4", A)
# ---- divisions
r112_c("div2", "a", "Solve for x: x/2/3 + 1 = 3.", "12", L("x/6 + 1 = 3", "x/6 = 2", "x = 12"))
r112_c("obel2", "a", "Solve for x: x ÷ 2 ÷ 3 = 2.", "12", L("x/6 = 2", "x = 12"))
r112_c("23x", "a", "Solve for x: 2/3x + 1 = 5.", "6", L("(2/3)x + 1 = 5", "(2/3)x = 4", "x = 6"))
r112_c("half", "a", "Solve for x: 1/2 x + 3 = 5.", "4", L("(1/2)x + 3 = 5", "(1/2)x = 2", "x = 4"))
r112_c("xneg2", "a", "Solve for x: x/-2 + 3 = 5.", "-4", L("x/(-2) + 3 = 5", "x/(-2) = 2", "x = -4"))
r112_c("vulg", "a", "Solve for x: ⅔x + 1 = 5.", "6", L("(2/3)x + 1 = 5", "(2/3)x = 4", "x = 6"))
# ---- implicit products
r112_c("ip1", "a", "Solve for x: 2(x + 1) = 10.", "4", L("2(x + 1) = 10", "x + 1 = 5", "x = 4"))
r112_c("ip2", "a", "Solve for x: (x + 1)2 = 10.", "4", L("2(x + 1) = 10", "x + 1 = 5", "x = 4"))
r112_c("ip3", "a", "Solve for x: x(2) + 3 = 11.", "4", A)
r112_c("ip4", "a", "Solve for x: (2)(x) + (3) = 11.", "4", A)
r112_c("ip5", "a", "Solve for x: 2(x + 1)(3) = 30.", "4", L("6(x + 1) = 30", "x + 1 = 5", "x = 4"))
r112_c("ip6", "a", "Solve for x: 2x(3) + 1 = 13.", "2", L("6x + 1 = 13", "6x = 12", "x = 2"))
r112_c("ip7", "a", "Solve for x: −(x − 1) = −3.", "4", L("-(x - 1) = -3", "x - 1 = 3", "x = 4"))
r112_c("ip8", "a", "Solve for x: 3(2x + 1) = 27.", "4", L("3(2x + 1) = 27", "2x + 1 = 9", "2x = 8", "x = 4"))
# ---- decimals
r112_c("dec05", "a", "Solve for x: 0.5x + 3 = 5.", "4", L("0.5x + 3 = 5", "0.5x = 2", "x = 4"))
r112_c("decp5", "a", "Solve for x: .5x + 3 = 5.", "4", L("0.5x + 3 = 5", "0.5x = 2", "x = 4"))
r112_c("dec5p", "a", "Solve for x: 5.x + 3 = 13.", "2", L("5x + 3 = 13", "5x = 10", "x = 2"))
r112_c("decc", "a", "Solve for x: 2x + .5 = 4.5.", "2", L("2x + 0.5 = 4.5", "2x = 4", "x = 2"))
r112_c("decr", "a", "Solve for x: 2x + 3 = 11.5.", "17/4", L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4"))
r112_c("decr0", "a", "Solve for x: 2x + 3 = 11.0.", "4", A)
r112_c("dcomma", "a", "Solve for x: 2x + 3 = 11,5.", "17/4", L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4"))
r112_c("dcomma2", "a", "Solve for x: 0,5x + 3 = 5.", "4", L("0.5x + 3 = 5", "0.5x = 2", "x = 4"))
# ---- thousands
r112_c("th1", "a", "Solve for x: 2x + 3 = 1,001.", "499", L("2x + 3 = 1001", "2x = 998", "x = 499"))
r112_c("th2", "a", "Solve for x: 1,000x + 3 = 3,003.", "3", L("1000x + 3 = 3003", "1000x = 3000", "x = 3"))
r112_c("th3", "a", "Solve for x: 1 000x + 3 = 2 003.", "2", L("1000x + 3 = 2003", "1000x = 2000", "x = 2"))
r112_c("th4", "a", "Solve for x: 2x + 3 = 1 011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
r112_c("th5", "a", "Solve for x: 2x + 3 = 1\u00a0011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
r112_c("th6", "a", "Solve for x: 2x + 3 = 1\u202f011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
r112_c("th7", "a", "Solve for x: 2x + 3 = 1'011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
r112_c("th8", "a", "Solve for x: 2x + 3 = 1_011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
r112_c("th9", "a", "Solve for x: 2x + 3 = 1\u2009011.", "504", L("2x + 3 = 1011", "2x = 1008", "x = 504"))
# ---- mixed numbers, exponents
r112_c("mix1", "a", "Solve for x: 1 1/2x + 3 = 6.", "2", L("1.5x + 3 = 6", "1.5x = 3", "x = 2"))
r112_c("mix2", "a", "Solve for x: 1½x + 3 = 6.", "2", L("1.5x + 3 = 6", "1.5x = 3", "x = 2"))
r112_c("mix3", "a", "Solve for x: 2x + 3 = 11 1/2.", "17/4", L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4"))
r112_c("mix4", "a", "Solve for x: 2x + 3 = 11½.", "17/4", L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4"))
r112_c("mix5", "a", "Solve for x: 2x + 3 = 11 ½.", "17/4", L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4"))
r112_c("exp1", "a", "Solve for x: 1e3x = 2000.", "2", L("1000x = 2000", "x = 2"))
r112_c("exp2", "a", "Solve for x: 2x + 3 = 1e1.", "7/2", L("2x + 3 = 10", "2x = 7", "x = 7/2"))
r112_c("exp3", "a", "Solve for x: 2x + 3 = 1.1e1.", "4", A)
r112_c("exp4", "a", "Solve for x: 2x + 3 = 1.1 × 10^1.", "4", A)
r112_c("exp5", "a", "Solve for x: 2x·10² + 3 = 803.", "4", L("200x + 3 = 803", "200x = 800", "x = 4"))
r112_c("exp6", "a", "Solve for x: 2x + 3 = 1.3E1.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
# ---- unicode digits
r112_c("ar", "a", "Solve for x: ٢x + ٣ = ١١.", "4", A)
r112_c("fa", "a", "Solve for x: ۲x + ۳ = ۱۱.", "4", A)
r112_c("dev", "a", "Solve for x: २x + ३ = ११.", "4", A)
r112_c("ben", "a", "Solve for x: ২x + ৩ = ১১.", "4", A)
r112_c("thai", "a", "Solve for x: ๒x + ๓ = ๑๑.", "4", A)
r112_c("bold", "a", "Solve for x: 𝟐x + 𝟑 = 𝟏𝟏.", "4", A)
r112_c("mixar", "a", "Solve for x: 2x + 3 = 1١.", "4", A)
r112_c("arc", "a", "Solve for x: 2x + ٣ = 11.", "4", A)
r112_c("arr13", "a", "Solve for x: 2x + 3 = ١٣.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("ar13m", "a", "Solve for x: 2x + 3 = 1٣.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("arco", "a", "Solve for x: ٤x + 3 = 11.", "2", L("4x + 3 = 11", "4x = 8", "x = 2"))
r112_c("devr", "a", "Solve for x: 2x + 3 = १३.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("boldr", "a", "Solve for x: 2x + 3 = 𝟏𝟑.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("mono", "a", "Solve for x: 2x + 3 = 𝟷𝟹.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("base4", "a", "Solve for x: 2x + 3 = 13₄.", "2", L("2x + 3 = 7", "2x = 4", "x = 2"))
r112_c("circ", "a", "Solve for x: 2x + 3 = ⑬.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
# ---- invisible and direction marks
r112_c("zw", "a", "Solve for x: 2x + 3 = 1\u200b1.", "4", A)
r112_c("rlm", "a", "Solve for x: 2x + 3 = 1\u200f1.", "4", A)
r112_c("lrm", "a", "Solve for x: 2x + 3 = 1\u200e1.", "4", A)
r112_c("shy", "a", "Solve for x: 2x + 3 = 1\u00ad1.", "4", A)
r112_c("wj", "a", "Solve for x: 2x + 3 = 1\u20601.", "4", A)
r112_c("bom", "a", "Solve for x: 2x + 3 = 1\ufeff1.", "4", A)
r112_c("zwc", "a", "Solve for x: 2\u200bx + 3 = 11.", "4", A)
r112_c("zwop", "a", "Solve for x: 2x +\u200b3 = 11.", "4", A)
r112_c("rlmlead", "a", "Solve for x: \u200f2x + 3 = 11.", "4", A)
r112_c("zwmin", "a", "Solve for x: 2x + 3 = \u200b-11.", "-7", L("2x + 3 = -11", "2x = -14", "x = -7"))
r112_c("zwc2", "a", "Solve for x: 1\u200b2x + 3 = 27.", "2", L("12x + 3 = 27", "12x = 24", "x = 2"))
r112_c("rlo", "a", "Solve for x: 2x + 3 = \u202e31\u202c.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("zwj", "a", "Solve for x: 2x + 3 = 1\u200d3.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("comb", "a", "Solve for x: 2x + 3 = 13\u0338.", r112_NR, L("2x + 3 = 13", "2x = 10", "x = 5"))
# ---- split over lines
r112_c("nl1", "a", "Solve for x: 2x + 3\n= 11.", "4", A)
r112_c("nl2", "a", "Solve for x: 2x +\n3 = 11.", "4", A)
r112_c("nl3", "a", "Solve for x: 2x + 3 =\n11.", "4", A)
r112_c("nl4", "a", "Solve for x:\n2x + 3 = 11 -\n2.", "3", L("2x + 3 = 9", "2x = 6", "x = 3"))
r112_c("nl5", "a", "Solve for x: 2x + 3 =\n11 + 2.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("nl6", "a", "Solve for x: 2x\n+ 3 = 13.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("nl7", "a", "Solve for x: 2x + 1\n+ 2 = 13.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("nl8", "a", "Solve for x: 2x + 3 = 1\n3.", r112_NR, A)
# ---- two equations
r112_c("two1", "a", "Solve for x: 2x + 3 = 11 and 3x + 1 = 13.", "4", A)
r112_c("two2", "a", "Solve for x: 2x + 3 = 11, x + 1 = 6.", r112_NR, A)
r112_c("two3", "a", "Solve for x: x + 1 = 6 and 2x + 3 = 11.", r112_NR, A)
r112_c("two4", "a", "Solve for x: 2x + 3 = 11; 2x + 3 = 13.", r112_NR, A)
r112_c("two5", "a", "If 2 + 2 = 4, solve 2x + 3 = 11 for x.", "4", A)
r112_c("two6", "a", "Solve for x: 2 + 3 = 5 and 2x + 3 = 13.", "5", L("2x + 3 = 13", "2x = 10", "x = 5"))
r112_c("two7", "a", "Given y = 3, solve 2x + y = 11 for x.", "4", L("2x + 3 = 11", "2x = 8", "x = 4"))
r112_c("two8", "a", "Given y = 5, solve 2x + y = 11 for x.", "3", L("2x + 5 = 11", "2x = 6", "x = 3"))
r112_c("xeq1", "a", "Solve for x: x = 2x - 8.", "8", L("x = 2x - 8", "-x = -8", "x = 8"))
r112_c("xeq2", "a", "Solve for x: x = 3x - 8.", "4", L("x = 3x - 8", "-2x = -8", "x = 4"))
r112_c("xeq3", "a", "Solve for x: x = 4, 2x + 3 = 13.", r112_NR, A)
# ---- numbers around the equation
r112_c("day3", "a", "On day 3, solve 2x + 3 = 11 for 5 points.", "4", A)
r112_c("prob2", "e", "Problem 2. x + 3 = 11, solve for x.", "8", L("x + 3 = 11", "x = 8"))
r112_c("num2", "e", "2. Solve x + 3 = 11.", "8", L("x + 3 = 11", "x = 8"))
r112_c("q2", "e", "Q2) x + 3 = 11. Solve for x.", "8", L("x + 3 = 11", "x = 8"))
r112_c("par3", "f", "(3) x + 5 = 11. Solve for x.", "6", L("x + 5 = 11", "x = 6"))
r112_c("r3", "f", "3) x + 5 = 11 — solve for x.", "6", L("x + 5 = 11", "x = 6"))
r112_c("lbla", "a", "a) 2x + 3 = 11. Solve for x.", "4", A)
r112_c("ex4", "e", "Exercise 4: x + 3 = 11. Solve for x.", "8", L("x + 3 = 11", "x = 8"))
r112_c("ex4b", "e", "Exercise 4 x + 3 = 11. Solve for x.", "8", L("x + 3 = 11", "x = 8"))
r112_c("hash3", "f", "#3 x + 5 = 11. Solve for x.", "6", L("x + 5 = 11", "x = 6"))
r112_c("marks", "a", "Solve for x: 2x + 3 = 11 (3 marks).", "4", A)
r112_c("brk2", "a", "Solve for x: 2x + 3 = 11 [2].", "4", A)
r112_c("pts", "a", "Solve for x: 2x + 3 = 11 (2 pts).", "4", A)
r112_c("sect", "a", "Solve for x: 2x + 3 = 11 (Section 2.3).", "4", A)
r112_c("page", "a", "Solve for x: 2x + 3 = 11 (see page 2).", "4", A)
r112_c("emd", "a", "Solve for x: 2x + 3 = 11 — 10 min.", "4", A)
r112_c("ways", "a", "Solve for x in 2 ways: 2x + 3 = 11.", "4", A)
r112_c("steps3", "a", "Solve for x: 2x + 3 = 11 in 3 steps.", "4", A)
r112_c("yr", "a", "In 2024, Ana solved 2x + 3 = 11. What is x?", "4", A)
r112_c("apples", "a", "Ana has 3 apples. Solve for x: 2x + 3 = 11.", "4", A)
r112_c("ver", "a", "Solve for x: 2x + 3 = 11 (version 2).", "4", A)
r112_c("pm5", "a", "Solve for x: 2x + 3 = 11 at 5 pm.", "4", A)
r112_c("tries", "a", "Solve 2x + 3 = 11 for x; you have 2 tries.", "4", A)
r112_c("fn1", "a", "Solve for x: 2x + 3 = 11¹.", "4", A)
r112_c("fnb", "a", "Solve for x: 2x + 3 = 11[1].", "4", A)
r112_c("xs2", "a", "Solve for x: 2x + 3 = 11 x 2.", r112_NR, A)
r112_c("cols", "a", "Solve for x: 2x + 3 = 11 | 2 marks.", "4", A)
r112_c("col2", "a", "Solve for x: 2x + 3 = 11: 2 marks.", "4", A)
r112_c("slash2", "a", "Solve for x: 2x + 3 = 11 / 2 marks.", "4", A)
# ---- the variable is a word
r112_c("va1", "a", "Solve for a: 2a + 3 = 11.", "4", L("2a + 3 = 11", "2a = 8", "a = 4"), var="a")
r112_c("va2", "e", "Solve for a: a + 3 = 11 in a minute.", "8", L("a + 3 = 11", "a = 8"), var="a")
r112_c("va3", "a", "Solve for a: 2a + 3 = a + 11, a classic.", "8", L("2a + 3 = a + 11", "a + 3 = 11", "a = 8"), var="a")
r112_c("vi1", "a", "Solve for I: 2I + 3 = 11. I want each step.", "4", L("2I + 3 = 11", "2I = 8", "I = 4"), var="I")
r112_c("vi2", "e", "Solve for I: I + 3 = 11. Then I will check.", "8", L("I + 3 = 11", "I = 8"), var="I")
r112_c("va4", "f", "Solve for a: a + 5 = 11 — a quick one.", "6", L("a + 5 = 11", "a = 6"), var="a")
r112_c("va5", "a", "Solve for a: 2a + 3 = 11, as a fraction if needed.", "4", L("2a + 3 = 11", "2a = 8", "a = 4"), var="a")
r112_c("va6", "a", "Solve for a: 2a + 3 = 11 a.", r112_NR, L("2a + 3 = 11", "2a = 8", "a = 4"), var="a")
r112_c("vi3", "a", "Solve for i: 2i + 3 = 11.", "4", L("2i + 3 = 11", "2i = 8", "i = 4"), var="i")
r112_c("ve", "a", "Solve for e: 2e + 3 = 11.", "4", L("2e + 3 = 11", "2e = 8", "e = 4"), var="e")
r112_c("va7", "a", "Solve for a: 2a + 3 = 11 a week.", r112_NR, L("2a + 3 = 11", "2a = 8", "a = 4"), var="a")

r112_keep_n = {"eqend", "par3", "ex4b", "hash3", "dec05", "zw", "ar", "nl4", "two2", "xeq2", "va6"}
STALE = {k: "\n".join(v[3]) for k, v in r112_BASES.items()}
for id, base, core, var, value, lines in r112_cases:
    right = "\n".join(lines)
    norest = "\n".join(lines[1:]) if len(lines) > 1 else right
    # pair: base stored, then the variant; model repeats the base first
    E("d112-p-" + id, "r112_pair", core + " Show each step.", var, value, [STALE[base], right])
    r112_pairs.append(("d112-base-" + base, "d112-p-" + id))
    # singles: the model is right (as a human reads it) every time; with and without restating the equation
    E("d112-r-" + id, "r112_single_r", core + " Please show your work.", var, value, [right] * 4)
    if id in r112_keep_n:
        E("d112-n-" + id, "r112_single_n", core + " Explain briefly.", var, value, [norest] * 4)


# ================================================================ batch 2: a label number beside the equation, read as its coefficient
r112_MB = {
    "a": ("Solve for x: 2x + 3 = 11.", ["2x + 3 = 11", "2x = 8", "x = 4"]),
    "m3": ("Solve for x: 3x + 5 = 11.", ["3x + 5 = 11", "3x = 6", "x = 2"]),
    "m4": ("Solve for x: 4x + 3 = 11.", ["4x + 3 = 11", "4x = 8", "x = 2"]),
    "h": ("Solve for x: 2x + 3 = 11/2.", ["2x + 3 = 11/2", "2x = 5/2", "x = 5/4"]),
    "d": ("Solve for x: 2x + 3 = 22.", ["2x + 3 = 22", "2x = 19", "x = 19/2"]),
    "g": ("Solve for x: 2x + 3 = 13.", ["2x + 3 = 13", "2x = 10", "x = 5"]),
}
for k, (pr, lines) in r112_MB.items():
    if k != "a":
        E("d112-mbase-" + k, "r112_base", pr + " Show each step.", "x", lines[-1].split("= ")[1], ["\n".join(lines)])
r112_E8 = ["x + 3 = 11", "x = 8"]
r112_E6 = ["x + 5 = 11", "x = 6"]
r112_m = [  # (id, core, value, right lines, misread base)
    ("ex4", "Exercise 4 x + 3 = 11. Solve for x.", "8", r112_E8, "m4"),
    ("ex4nl", "Exercise 4\nx + 3 = 11\nSolve for x.", "8", r112_E8, "m4"),
    ("hash3", "#3 x + 5 = 11. Solve for x.", "6", r112_E6, "m3"),
    ("par3", "(3) x + 5 = 11. Solve for x.", "6", r112_E6, "m3"),
    ("prob3", "Problem 3 x + 5 = 11. Solve for x.", "6", r112_E6, "m3"),
    ("no3", "No. 3 x + 5 = 11. Solve for x.", "6", r112_E6, "m3"),
    ("q3nl", "Question 3\n\nx + 5 = 11\n\nSolve for x.", "6", r112_E6, "m3"),
    ("ex2", "Exercise 2 x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("ex2nl", "Exercise 2\nx + 3 = 11\nSolve for x.", "8", r112_E8, "a"),
    ("hash2", "#2 x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("par2", "(2) x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("eqn2", "Solve equation (2) x + 3 = 11 for x.", "8", r112_E8, "a"),
    ("prob2", "Problem 2 x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("task2", "Task 2 x + 3 = 11: solve for x.", "8", r112_E8, "a"),
    ("sect2", "Section 2 x + 3 = 11 - find x.", "8", r112_E8, "a"),
    ("ex2em", "Exercise 2 — x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("ex2col", "Exercise 2: x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("exdot2", "Ex. 2 x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("step2", "Step 2 x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("lvl2", "Level 2\tx + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("bul2", "2 • x + 3 = 11. Solve for x.", "8", r112_E8, "a"),
    ("sl2m", "Solve for x: 2x + 3 = 11 / 2 marks.", "4", r112_A, "h"),
    ("sl2p", "Solve for x: 2x + 3 = 11 / 2 points.", "4", r112_A, "h"),
    ("sl2t", "Solve for x: 2x + 3 = 11 / 2 tries allowed.", "4", r112_A, "h"),
    ("p2", "Solve for x: 2x + 3 = 11 (2).", "4", r112_A, "d"),
    ("eq2", "Solve for x: 2x + 3 = 11 (eq. 2).", "4", r112_A, "d"),
    ("star2", "Solve for x: 2x + 3 = 11 * 2 marks.", "4", r112_A, "d"),
    ("x2m", "Solve for x: 2x + 3 = 11 × 2 marks.", "4", r112_A, "d"),
    ("pl2", "Solve for x: 2x + 3 = 11 + 2 bonus marks for the check.", "4", r112_A, "g"),
    ("eqq", "Solve for x: 2x + 3 = 11 = ?", "4", r112_A, "a"),
    ("eq2x", "Solve for x: 2x + 3 = 11 = 2x.", r112_NR, r112_A, "a"),
    ("eq13", "Solve for x: 2x + 3 =11=13.", r112_NR, r112_A, "a"),
    ("eqnl13", "Solve for x: 2x + 3 = 11 =\n13.", r112_NR, r112_A, "a"),
    ("eqx", "Solve for x: 2x + 3 = 11 =x.", r112_NR, r112_A, "a"),
]
for id, core, value, lines, mb in r112_m:
    right = "\n".join(lines)
    mis = "\n".join(r112_MB[mb][1])
    E("d112-ms-" + id, "r112_misread_single", core + " Show your steps.", "x", value, [mis, right, right])
    E("d112-mr-" + id, "r112_misread_right", core + " Work it out.", "x", value, [right] * 4)
    E("d112-mp-" + id, "r112_misread_pair", core + " Show each step.", "x", value, [mis, right])
    r112_pairs.append(("d112-mbase-" + mb if mb != "a" else "d112-base-a", "d112-mp-" + id))


# ================================================================ batch 3: more labels, a number in brackets after the equation, and the engine's own solution
r112_MB3 = {
    "m3": ["3x + 5 = 11", "3x = 6", "x = 2"],
    "t": ["x + 5 = 33", "x = 28"],
}
E("d112-mbase-t", "r112_base", "Solve for x: x + 5 = 33. Show each step.", "x", "28", ["\n".join(r112_MB3["t"])])
r112_l3 = [  # right: x + 5 = 11 -> 6
    ("item3", "Item 3 x + 5 = 11. Solve for x.", "m3"),
    ("ex3", "Ex 3 x + 5 = 11. Solve for x.", "m3"),
    ("nr3", "Nr. 3 x + 5 = 11. Löse nach x auf.", "m3"),
    ("aufg3", "Aufgabe 3 x + 5 = 11. Bestimme x.", "m3"),
    ("ejer3", "Ejercicio 3 x + 5 = 11. Resuelve para x.", "m3"),
    ("zh3", "第3题 x + 5 = 11，求x。", "m3"),
    ("ja3", "問3 x + 5 = 11 のxを求めよ。", "m3"),
    ("ko3", "문제 3 x + 5 = 11에서 x를 구하시오.", "m3"),
    ("brk3", "[3] x + 5 = 11. Solve for x.", "m3"),
    ("line3", "Line 3 x + 5 = 11. Solve for x.", "m3"),
    ("round3", "Round 3 x + 5 = 11. Solve for x.", "m3"),
    ("page3", "Page 12, exercise 3 x + 5 = 11. Solve for x.", "m3"),
    ("pb3", "Problem 3) x + 5 = 11. Solve for x.", "m3"),
    ("deg3", "Exercise 3° x + 5 = 11. Solve for x.", "m3"),
    ("num3", "Number 3 x + 5 = 11. Solve for x.", "m3"),
    ("hw3", "Homework 3 x + 5 = 11, solve for x.", "m3"),
    ("cnt3", "Solve all 3 x + 5 = 11 type equations; here: x + 5 = 11.", None),
    ("par3t", "Solve for x: x + 5 = 11 (3).", "t"),
    ("par3tn", "Solve for x: x + 5 = 11 (3)\nShow the check too.", "t"),
    ("eq3t", "Solve for x: x + 5 = 11 (3) — from the sheet.", "t"),
    ("brace3", "Solve for x: x + 5 = 11 {3}.", "t"),
]
for id, core, mb in r112_l3:
    right = "x + 5 = 11\nx = 6"
    if mb:
        mis = "\n".join(r112_MB3[mb])
        E("d112-ls-" + id, "r112_label_single", core + " Show your steps.", "x", "6", [mis, right, right])
        E("d112-lp-" + id, "r112_label_pair", core + " Show each step.", "x", "6", [mis, right])
        r112_pairs.append(("d112-mbase-" + mb, "d112-lp-" + id))
    E("d112-lr-" + id, "r112_label_right", core + " Work it out.", "x", "6", [right] * 4)

# the engine's own solution: the model never starts from the misread equation and is right or wanders
r112_own = [
    ("ex4-only", "Exercise 4 x + 3 = 11. Solve for x.", "8", ["x = 8"] * 4),
    ("ex4-wander", "Exercise 4 x + 3 = 11. Solve for x.", "8", ["x + 3 = 11\nx = 7", "x + 3 = 11\nx = 9", "x + 3 = 11\nx = 8", "x + 3 = 11\nx = 8"]),
    ("ex4-words", "Exercise 4 x + 3 = 11. Solve for x.", "8", ["Subtract 3 from both sides, so x is 8."] * 4),
    ("ex4-both", "Exercise 4 x + 3 = 11. Solve for x.", "8", ["4x + 3 = 11\n4x = 8\nx = 2\nNo wait: the 4 is the exercise number.\nx + 3 = 11\nx = 8"] * 4),
    ("ex4-none", "Exercise 4 x + 3 = 11. Solve for x.", "8", ["I cannot solve this.", "Sorry.", "No idea.", "?"]),
    ("hash3-3v", "#3 x + 5 = 11. Solve for x.", "6", ["x + 5 = 11\nx = 5", "x + 5 = 11\nx = 7", "x + 5 = 11\nx = 16", "x + 5 = 11\nx = 6"]),
    ("hash3-diff", "#3 x + 5 = 11. Solve for x.", "6", ["x + 5 = 11\nx = 6", "x = 11 - 5\nx = 6", "5 + x = 11\nx = 6", "x = 6"]),
    ("hash3-bad", "#3 x + 5 = 11. Solve for x.", "6", ["x + 5 = 11\nx = 16"] * 4),
    ("par2-only", "Solve for x: 2x + 3 = 11 (2).", "4", ["x = 4"] * 4),
    ("par2-3v", "Solve for x: 2x + 3 = 11 (2).", "4", ["2x + 3 = 11\n2x = 8\nx = 5", "2x + 3 = 11\n2x = 8\nx = 3", "2x + 3 = 11\n2x = 14\nx = 7", "2x + 3 = 11\n2x = 8\nx = 4"]),
    ("eqend-bad", "Solve for x: 2x+3=11=13.", r112_NR, ["2x + 3 = 11\nx = 4"] * 4),
    ("sl2-only", "Solve for x: 2x + 3 = 11 / 2 marks.", "4", ["x = 4"] * 4),
    ("step2-3v", "Step 2 x + 3 = 11. Solve for x.", "8", ["x + 3 = 11\nx = 7", "x + 3 = 11\nx = 9", "x + 3 = 11\nx = 14", "x + 3 = 11\nx = 8"]),
]
r112_sfx = ["Show your working.", "Please solve it.", "Go step by step.", "Solve it now.", "Please answer.",
            "Show the working.", "Please help.", "Answer below.", "Do it step by step.", "Please work it out.",
            "Solve it, please.", "Show working.", "Give the steps."]
for (id, core, value, answers), sfx in zip(r112_own, r112_sfx):
    E("d112-o-" + id, "r112_own_solution", core + " " + sfx, "x", value, answers)


# ================================================================ batch 4: more label words and marks; the engine's own solution when the model wanders
r112_l4 = [  # right: x + 5 = 11 -> 6; the label number 3 read as a coefficient gives 3x + 5 = 11 -> 2
    ("part3", "Part 3 x + 5 = 11. Solve for x."),
    ("day3", "Day 3 x + 5 = 11. Solve for x."),
    ("lesson3", "Lesson 3 x + 5 = 11. Solve for x."),
    ("unit3", "Unit 3 x + 5 = 11. Solve for x."),
    ("chap3", "Chapter 3 x + 5 = 11. Solve for x."),
    ("quiz3", "Quiz 3 x + 5 = 11. Solve for x."),
    ("card3", "Card 3 x + 5 = 11. Solve for x."),
    ("row3", "Row 3 x + 5 = 11. Solve for x."),
    ("eqn3", "Equation 3 x + 5 = 11. Solve for x."),
    ("numero3", "№3 x + 5 = 11. Solve for x."),
    ("no3b", "Nº 3 x + 5 = 11. Solve for x."),
    ("sect3", "§3 x + 5 = 11. Solve for x."),
    ("ord3", "3rd x + 5 = 11. Solve for x."),
    ("pipe3", "Exercise 3 | x + 5 = 11. Solve for x."),
    ("arrow3", "Exercise 3 → x + 5 = 11. Solve for x."),
    ("tilde3", "Exercise 3 ~ x + 5 = 11. Solve for x."),
    ("q3sp", "Q 3 x + 5 = 11. Solve for x."),
    ("two3", "Question 3 x + 5 = 11 and question 4 x + 1 = 2. Solve question 3 for x."),
    ("par3cmt", "Solve for x: x + 5 = 11 (#3)."),
    ("sol3", "Solve 3 x + 5 = 11 for x? No: solve x + 5 = 11 for x."),
]
for id, core in r112_l4:
    right = "x + 5 = 11\nx = 6"
    E("d112-ks-" + id, "r112_label4_single", core + " Show your steps.", "x", "6", ["3x + 5 = 11\n3x = 6\nx = 2", right, right])
    E("d112-kr-" + id, "r112_label4_right", core + " Work it out.", "x", "6", [right] * 4)

r112_own2 = [  # (id, core, value, answers): the model never answers the misread equation
    ("item3-none", "Item 3 x + 5 = 11. Solve for x.", "6", ["I am not sure.", "Hmm.", "Cannot tell.", "?"]),
    ("item3-wander", "Item 3 x + 5 = 11. Solve for x.", "6", ["x + 5 = 11\nx = 5", "x + 5 = 11\nx = 7", "x + 5 = 11\nx = 8", "x + 5 = 11\nx = 6"]),
    ("num3-wander", "Number 3 x + 5 = 11. Solve for x.", "6", ["x = 5", "x = 7", "x = 16", "x = 6"]),
    ("line3-none", "Line 3 x + 5 = 11. Solve for x.", "6", ["", "", "", ""]),
    ("task2-wander", "Task 2 x + 3 = 11: solve for x.", "8", ["x + 3 = 11\nx = 7", "x + 3 = 11\nx = 14", "x + 3 = 11\nx = 9", "x + 3 = 11\nx = 8"]),
    ("par3-wander", "(3) x + 5 = 11. Solve for x.", "6", ["x + 5 = 11\nx = 5", "x + 5 = 11\nx = 7", "x + 5 = 11\nx = 16", "x + 5 = 11\nx = 6"]),
    ("p3t-wander", "Solve for x: x + 5 = 11 (3).", "6", ["x + 5 = 11\nx = 5", "x + 5 = 11\nx = 7", "x + 5 = 11\nx = 16", "x + 5 = 11\nx = 6"]),
    ("p3t-none", "Solve for x: x + 5 = 11 (3).", "6", ["No.", "No.", "No.", "No."]),
    ("eqx-wander", "Solve for x: 2x + 3 = 11 =x.", r112_NR, ["2x + 3 = 11\nx = 5", "x = 11\nx = 11", "2x = 8\nx = 3", "no single x"]),
    ("eqend-none", "Solve for x: 2x+3=11=.", r112_NR, ["This is not a complete equation.", "The equation is incomplete.", "Incomplete.", "Incomplete."]),
    ("sl2-wander", "Solve for x: 2x + 3 = 11 / 2 marks.", "4", ["2x + 3 = 11\nx = 3", "2x + 3 = 11\nx = 5", "2x + 3 = 11\nx = 7", "2x + 3 = 11\nx = 4"]),
    ("a-wander", "Solve for a: 2a + 3 = 11 a.", r112_NR, ["2a + 3 = 11\na = 3", "2a + 3 = 11\na = 5", "a = 7", "a = 4"]),
    ("ex2-none", "Exercise 2 x + 3 = 11. Solve for x.", "8", ["Not sure.", "Not sure.", "Not sure.", "Not sure."]),
    ("hw3-none", "Homework 3 x + 5 = 11, solve for x.", "6", ["Skip.", "Skip.", "Skip.", "Skip."]),
]
for (id, core, value, answers), sfx in zip(r112_own2, r112_sfx + ["Be brief."]):
    E("d112-o-" + id, "r112_own_solution", core + " " + sfx, "a" if id.startswith("a-") else "x", value, answers)


# ================================================================ batch 5: equation numbers at the right, as in a paper; the next item's number below
r112_t5 = [  # (id, core, misread answer) right: x + 5 = 11 -> 6
    ("sp3", "Solve for x: x + 5 = 11        (3)", "x + 5 = 33\nx = 28"),
    ("tab3", "Solve for x: x + 5 = 11\t(3)", "x + 5 = 33\nx = 28"),
    ("dec31", "Solve for x: x + 5 = 11 (3.1).", "x + 5 = 34.1\nx = 29.1"),
    ("eq1", "Solve for x: x + 5 = 11 (1), then check it.", "x + 5 = 11\nx = 6"),
    ("nl3", "Solve for x:\nx + 5 = 11\n3. Check your answer.", "x + 5 = 33\nx = 28"),
    ("hash3t", "Solve for x: x + 5 = 11 #3.", "x + 5 = 33\nx = 28"),
    ("lead13", "(1.3) x + 5 = 11. Solve for x.", "1.3x + 5 = 11\n1.3x = 6\nx = 60/13"),
    ("both", "(3) x + 5 = 11 (3). Solve for x.", "3x + 5 = 33\n3x = 28\nx = 28/3"),
]
for id, core, mis in r112_t5:
    right = "x + 5 = 11\nx = 6"
    E("d112-ts-" + id, "r112_eqnum_single", core + " Show your steps.", "x", "6", [mis, right, right])
    E("d112-tr-" + id, "r112_eqnum_right", core + " Work it out.", "x", "6", [right] * 4)
    E("d112-tw-" + id, "r112_eqnum_wander", core + " Please solve it.", "x", "6", ["x + 5 = 11\nx = 5", "x + 5 = 11\nx = 7", "x + 5 = 11\nx = 16", "x + 5 = 11\nx = 6"])
