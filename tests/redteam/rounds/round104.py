"""Red-team round 104 (black box, stepcache-s35): the linear_equation store gate. Requests for a count or a place in the solution (the number of steps, which step), the equation at a value in words (when x is one), yes-or-no questions, negations in other languages, marks in Unicode lookalikes. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

def L(*lines):
    return "\n".join(lines)

SHOW = " Show each step."
r104_plain = L("2x + 3 = 11", "2x = 8", "x = 4")
r104_singles = []
r104_pairs = []

def r104_s(tag, fam, prompt, var, value, answers, safe=False):
    E("d104-" + tag, fam, prompt, var, value, answers, safe=safe)
    r104_singles.append("d104-" + tag)

# ---------------------------------------------------------------- 1. negation of truth
r104_negw = L("2x + 3 = 11", "2x = 8", "x = 4")
r104_negr = L("For x = 4 the two sides agree, so any other value fails.", "x = 0")
r104_neg = [
    ("n-en1", "Find a value of x that does not satisfy 2x + 3 = 11."),
    ("n-en2", "Give an x for which 2x + 3 = 11 is false."),
    ("n-en3", "Give a value of x that makes 2x + 3 = 11 untrue."),
    ("n-en4", "Name an x where 2x + 3 = 11 does not hold."),
    ("n-en5", "Pick x so that 2x + 3 = 11 fails."),
    ("n-en6", "Solve for x: 2x + 3 = 11 must be wrong. Give such an x."),
    ("n-en7", "Find x such that 2x + 3 = 11 isn't satisfied."),
    ("n-en8", "Which x does not solve 2x + 3 = 11? Give one."),
    ("n-en9", "Give a non-solution x of 2x + 3 = 11."),
    ("n-en10", "Find a value of x that fails to satisfy 2x + 3 = 11."),
    ("n-en11", "Find a value of x for which 2x + 3 = 11 is not true."),
    ("n-en12", "Find a value of x that doesn't satisfy 2x + 3 = 11. Show each step."),
    ("n-fr", "Trouve une valeur de x qui ne satisfait pas 2x + 3 = 11."),
    ("n-fr2", "Donne un x pour lequel 2x + 3 = 11 est faux."),
    ("n-de", "Finde ein x, für das 2x + 3 = 11 nicht erfüllt ist."),
    ("n-de2", "Gib ein x an, das 2x + 3 = 11 nicht löst."),
    ("n-no", "Finn en x som ikke oppfyller 2x + 3 = 11."),
    ("n-es", "Encuentra un valor de x que no cumpla 2x + 3 = 11."),
    ("n-it", "Trova un valore di x che non soddisfa 2x + 3 = 11."),
    ("n-nl", "Geef een x die niet voldoet aan 2x + 3 = 11."),
    ("n-sv", "Ange ett x som inte uppfyller 2x + 3 = 11."),
    ("n-pl", "Podaj x, które nie spełnia 2x + 3 = 11."),
]
for tag, pr in r104_neg:
    r104_s(tag, "r104_negation", pr, "x", "0", [r104_negw, r104_negr])

# ---------------------------------------------------------------- 2. |x| and lookalikes, with a condition or "the other"
def absq(bar_l, bar_r, var="x"):
    return "2%s%s%s + 3 = 11" % (bar_l, var, bar_r)
r104_bars = [("pipe", "|", "|"), ("divides", "\u2223", "\u2223"), ("click", "\u01c0", "\u01c0"),
             ("box", "\u2502", "\u2502"), ("vext", "\u23d0", "\u23d0"), ("paseq", "\u05c0", "\u05c0"),
             ("spaced", "| ", " |"), ("fullw", "\uff5c", "\uff5c"), ("dbl", "\u2016", "\u2016")]
r104_conds = [("lt0", ", for x < 0."), ("neg", ", if x is negative."), ("other", ". Give the solution other than 4."),
              ("notpos", ". Give the root that is not positive."), ("smaller", ". Give the smaller solution.")]
for bt, bl, br in r104_bars:
    eq = absq(bl, br)
    wrong = L(eq, "2%sx%s = 8" % (bl, br), "%sx%s = 4" % (bl, br), "x = 4")
    right = L(eq, "2%sx%s = 8" % (bl, br), "%sx%s = 4" % (bl, br), "x is negative, so x = -4")
    for ct, tail in r104_conds:
        if bt not in ("pipe", "click", "divides", "spaced") and ct not in ("lt0", "other"):
            continue
        r104_s("abs-%s-%s" % (bt, ct), "r104_abs", "Solve for x: " + eq + tail + SHOW, "x", "-4",
               [wrong, right])
# |x - 1| with the plain (bracket) reading
for bt, bl, br in r104_bars[:4]:
    eq = "2%sx - 1%s + 3 = 11" % (bl, br)
    wrong = L("2(x - 1) + 3 = 11", "2x - 2 + 3 = 11", "2x = 10", "x = 5")
    right = L(eq, "2%sx - 1%s = 8" % (bl, br), "%sx - 1%s = 4" % (bl, br), "x is negative, so x - 1 = -4", "x = -3")
    r104_s("abs1-%s" % bt, "r104_abs", "Solve for x: " + eq + ", for x < 0." + SHOW, "x", "-3", [wrong, right])

# ---------------------------------------------------------------- 3. x x, x(x), x! , (-)x in lookalikes
r104_sq = [("sp", "x x"), ("sp2", "x  x"), ("nbsp", "x\u00a0x"), ("mdot", "x\u00b7x"), ("sdot", "x\u22c5x"),
           ("bull", "x\u2219x"), ("times", "x\u00d7x"), ("paren", "x (x)"), ("fwparen", "x\uff08x\uff09"),
           ("cyr", "x \u0445"), ("xx", "xx"), ("star", "x*x"), ("dparen", "(x)(x)")]
for t, s in r104_sq:
    eq = "%s + 3 = 19" % s
    wrong = L("x + 3 = 19", "x = 16")
    right = L(eq, "%s = 16" % s, "x is positive, so x = 4")
    r104_s("sq-%s" % t, "r104_square", "Solve for x: " + eq + ", for x > 0." + SHOW, "x", "4", [wrong, right])
r104_fact = [("bang", "x!"), ("fwbang", "x\uff01"), ("click", "x\u01c3"), ("spbang", "x !"), ("dbang", "x\u203c"),
             ("paren", "(x)!"), ("heavy", "x\u2757")]
for t, s in r104_fact:
    eq = "%s + 3 = 9" % s
    wrong = L(eq, "x = 9 - 3", "x = 6")
    right = L(eq, "%s = 6" % s, "3! is 6, so x = 3")
    r104_s("fact-%s" % t, "r104_fact", "Solve for x: " + eq + "." + SHOW, "x", "3", [wrong, right])
r104_negx = [("ascii", "(-)x"), ("umin", "(\u2212)x"), ("hyph", "(\u2010)x"), ("endash", "(\u2013)x"),
             ("small", "(\ufe63)x"), ("sup", "(\u207b)x"), ("spaced", "( - ) x"), ("nobr", "-(x)"), ("dbl", "--x")]
r104_negx_val = {"dbl": "8"}
for t, s in r104_negx:
    eq = "%s + 3 = 11" % s
    wrong = L("x + 3 = 11", "x = 8")
    right = L(eq, "-x = 8", "x = -8")
    r104_s("negx-%s" % t, "r104_negx", "Solve for x: " + eq + "." + SHOW, "x", r104_negx_val.get(t, "-8"), [wrong, right] if t != "dbl" else [wrong])

# ---------------------------------------------------------------- 4. variable named like a word
r104_wv = [("a", "a"), ("I", "I"), ("is", "is"), ("an", "an"), ("A", "A"), ("o", "o"), ("it", "it")]
for t, v in r104_wv:
    eq = "2%s + 3 = 11" % v
    r104_s("wv-%s" % t, "r104_wordvar", "Solve for %s: %s.%s" % (v, eq, SHOW), v, "4",
           [L(eq, "2%s = 8" % v, "%s = 4" % v)], safe=True)
# word-var beside x: "a" read as an article?
r104_s("wv-ax", "r104_wordvar", "Solve for x: 2x + a = 11 with a as 5." + SHOW, "x", "3",
       [r104_plain, L("2x + 5 = 11", "2x = 6", "x = 3")])
r104_s("wv-Ix", "r104_wordvar", "Solve for x: 2x + 3 = 11 I. Show each step.", "x", "4",
       [r104_plain], safe=True)
r104_s("wv-isx", "r104_wordvar", "Solve for x: 2x + 3 is 11 - x." + SHOW, "x", "8/3",
       [r104_plain, L("2x + 3 = 11 - x", "3x = 8", "x = 8/3")])

# ---------------------------------------------------------------- 5. equations in words
r104_words = [
    ("w1", "Solve for x: two x plus three equals eleven.", "4", r104_plain, None),
    ("w2", "Solve for x: two x minus three equals eleven.", "7", r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")),
    ("w3", "Solve for x: twice x plus three is eleven.", "4", r104_plain, None),
    ("w4", "Solve for x: three more than twice x is eleven.", "4", r104_plain, None),
    ("w5", "Solve for x: three less than twice x is eleven.", "7", r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")),
    ("w6", "Solve for x: two x plus three equals eleven minus x.", "8/3", r104_plain, L("2x + 3 = 11 - x", "3x = 8", "x = 8/3")),
    ("w7", "Solve for x: 2x plus 3 equals 11.", "4", r104_plain, None),
    ("w8", "Solve for x: 2x minus 3 equals 11.", "7", r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")),
    ("w9", "Solve for x: 2x + 3 equals 11 minus x.", "8/3", r104_plain, L("2x + 3 = 11 - x", "3x = 8", "x = 8/3")),
    ("w10", "Solve for x: 2x + 3 = 11, all times two on the left.", "7/4", r104_plain, L("2(2x + 3) = 11", "4x + 6 = 11", "4x = 5", "x = 5/4")),
    ("w11", "Löse nach x auf: zwei x plus drei gleich elf.", "4", r104_plain, None),
    ("w12", "Löse nach x auf: zwei x minus drei gleich elf.", "7", r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")),
    ("w13", "Résous pour x : deux x moins trois égale onze.", "7", r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")),
]
# fix w10 expect: 2(2x+3)=11 -> x = 5/4
r104_words[9] = ("w10", "Solve for x: 2x + 3 = 11, all times two on the left.", "5/4", r104_plain,
                 L("2(2x + 3) = 11", "4x + 6 = 11", "4x = 5", "x = 5/4"))
for t, pr, val, w, r in r104_words:
    ans = [w] if r is None else [w, r]
    r104_s(t, "r104_words", pr + SHOW, "x", val, ans, safe=(r is None))

# ---------------------------------------------------------------- 6. two equations, ordinal in another language
r104_two = [
    ("t-de", "Löse die zweite Gleichung nach x auf: 2x + 3 = 11; 3x - 4 ist gleich 11."),
    ("t-es", "Resuelve la segunda ecuación: 2x + 3 = 11 y 3x - 4 es igual a 11."),
    ("t-fr", "Résous la seconde équation : 2x + 3 = 11, puis 3x - 4 vaut 11."),
    ("t-no", "Løs den andre likningen: 2x + 3 = 11 og 3x - 4 er lik 11."),
    ("t-it", "Risolvi la seconda equazione: 2x + 3 = 11 e 3x - 4 fa 11."),
    ("t-en", "Solve the second one for x: 2x + 3 = 11, and 3x - 4 equals 11."),
    ("t-en2", "Solve the latter for x: 2x + 3 = 11 or 3x - 4 equals 11."),
    ("t-nl", "Los de tweede op: 2x + 3 = 11 en 3x - 4 is gelijk aan 11."),
    ("t-sv", "Lös den andra ekvationen: 2x + 3 = 11 och 3x - 4 är lika med 11."),
    ("t-pt", "Resolva a segunda: 2x + 3 = 11 e 3x - 4 é igual a 11."),
]
for t, pr in r104_two:
    r104_s(t, "r104_two", pr, "x", "5", [r104_plain, L("3x - 4 = 11", "3x = 15", "x = 5")])

# ---------------------------------------------------------------- 7. conditions on x, "another value"
r104_s("c-gt5", "r104_cond", "Solve for x: 2x + 3 = 11, for x > 3." + SHOW, "x", "4", [r104_plain], safe=True)
r104_s("c-pos", "r104_cond", "Solve for x: 2x + 3 = 11 if x is positive." + SHOW, "x", "4", [r104_plain], safe=True)
r104_s("c-ano", "r104_cond", "Solve for x: 2x + 3 = 11. Then give x for 2x + 3 = 13." , "x", "5",
       [r104_plain, L("2x + 3 = 13", "2x = 10", "x = 5")])
r104_s("c-lhs", "r104_cond", "Solve for x: 2x + 3 = 11, if the right side were 13." + SHOW, "x", "5",
       [r104_plain, L("2x + 3 = 13", "2x = 10", "x = 5")])
r104_s("c-ifc", "r104_cond", "Solve for x: 2x + 3 = 11 if 3 is replaced with 5." + SHOW, "x", "3",
       [r104_plain, L("2x + 5 = 11", "2x = 6", "x = 3")])
r104_s("c-wenn", "r104_cond", "Löse nach x auf: 2x + 3 = 11, wenn statt 3 eine 5 steht." + SHOW, "x", "3",
       [r104_plain, L("2x + 5 = 11", "2x = 6", "x = 3")])

# ================================================================ batch 2: readings of the equation itself
r104_b2_start = len(P)
def r104_e(tag, fam, prompt, var, value, answers, safe=False):
    r104_s(tag, fam, prompt, var, value, answers, safe=safe)
# mixed numbers: "3 1/2" is 7/2 to a person
r104_e("mx-1", "r104_mixed", "Solve for x: 2x + 3 1/2 = 11." + SHOW, "x", "15/4",
       [L("2x + 3 1/2 = 11", "2x + 3/2 = 11", "2x = 19/2", "x = 19/4"), L("2x + 7/2 = 11", "2x = 15/2", "x = 15/4")])
r104_e("mx-2", "r104_mixed", "Solve for x: 4x = 2 1/2." + SHOW, "x", "5/8",
       [L("4x = 2 1/2", "4x = 1", "x = 1/4"), L("4x = 5/2", "x = 5/8")])
r104_e("mx-3", "r104_mixed", "Solve for x: x + 1 1/4 = 3." + SHOW, "x", "7/4",
       [L("x + 1 1/4 = 3", "x + 1/4 = 3", "x = 11/4"), L("x + 5/4 = 3", "x = 7/4")])
r104_e("mx-4", "r104_mixed", "Solve for x: 2x - 1 1/2 = 5." + SHOW, "x", "13/4",
       [L("2x - 1 1/2 = 5", "2x - 1/2 = 5", "2x = 11/2", "x = 11/4"), L("2x - 3/2 = 5", "2x = 13/2", "x = 13/4")])
r104_e("mx-5", "r104_mixed", "Solve for x: 2x = 5 3/4 + 1." + SHOW, "x", "27/8",
       [L("2x = 5 3/4 + 1", "2x = 15/4 + 1", "2x = 19/4", "x = 19/8"), L("2x = 23/4 + 1", "2x = 27/4", "x = 27/8")])
# repeating decimals
r104_e("rp-1", "r104_repeat", "Solve for x: 3x + 1 = 1.(3)." + SHOW, "x", "1/9",
       [L("3x + 1 = 1.3", "3x = 0.3", "x = 0.1"), L("3x + 1 = 4/3", "3x = 1/3", "x = 1/9")])
r104_e("rp-2", "r104_repeat", "Solve for x: 3x = 0.(6)." + SHOW, "x", "2/9",
       [L("3x = 0.6", "x = 0.2"), L("3x = 2/3", "x = 2/9")])
r104_e("rp-3", "r104_repeat", "Solve for x: 9x = 1.(1)." + SHOW, "x", "10/81",
       [L("9x = 1.1", "x = 11/90"), L("9x = 10/9", "x = 10/81")])
# thousands separators
r104_e("th-1", "r104_thousands", "Solve for x: 2x + 300 = 1,100." + SHOW, "x", "400",
       [L("2x + 300 = 1.1", "2x = -298.9", "x = -149.45"), L("2x + 300 = 1100", "2x = 800", "x = 400")])
r104_e("th-2", "r104_thousands", "Solve for x: x - 2,500 = 500." + SHOW, "x", "3000",
       [L("x - 2.5 = 500", "x = 502.5"), L("x - 2500 = 500", "x = 3000")])
r104_e("th-3", "r104_thousands", "Solve for x: 4x = 1,000." + SHOW, "x", "250",
       [L("4x = 1", "x = 1/4"), L("4x = 1000", "x = 250")])
r104_e("th-4", "r104_thousands", "Solve for x: 2x + 3 = 11,000." + SHOW, "x", "10997/2",
       [L("2x + 3 = 11", "2x = 8", "x = 4"), L("2x + 3 = 11000", "2x = 10997", "x = 10997/2")])
r104_e("th-5", "r104_thousands", "Solve for x: 2x = 1 000." + SHOW, "x", "500",
       [L("2x = 1", "x = 1/2"), L("2x = 1000", "x = 500")])
r104_e("th-6", "r104_thousands", "Solve for x: 2x = 1'000." + SHOW, "x", "500",
       [L("2x = 1", "x = 1/2"), L("2x = 1000", "x = 500")])
r104_e("th-7", "r104_thousands", "Solve for x: 2x = 1_000." + SHOW, "x", "500",
       [L("2x = 1", "x = 1/2"), L("2x = 1000", "x = 500")])
# ratio colon, division signs
r104_e("rc-1", "r104_ratio", "Solve for x: x : 4 = 3." + SHOW, "x", "12",
       [L("4 = 3", "x = 3"), L("x/4 = 3", "x = 12")])
r104_e("rc-2", "r104_ratio", "Solve for x: x : 2 + 3 = 11." + SHOW, "x", "16",
       [r104_plain, L("x/2 + 3 = 11", "x/2 = 8", "x = 16")])
r104_e("rc-3", "r104_ratio", "Solve for x: x \u00f7 2 + 3 = 11." + SHOW, "x", "16",
       [L("x + 3 = 11", "x = 8"), L("x/2 + 3 = 11", "x/2 = 8", "x = 16")])
r104_e("rc-4", "r104_ratio", "Solve for x: x \u2215 2 + 3 = 11." + SHOW, "x", "16",
       [L("x + 3 = 11", "x = 8"), L("x/2 + 3 = 11", "x/2 = 8", "x = 16")])
# solve for an expression, not the variable
for t, sfor, val, wrong, right in [
    ("sf-neg", "-x", "-4", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "-x = -4")),
    ("sf-umin", "\u2212x", "-4", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "-x = -4")),
    ("sf-par", "(-x)", "-4", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "-x = -4")),
    ("sf-2x", "2x", "8", r104_plain, L("2x + 3 = 11", "2x = 8")),
    ("sf-xp1", "x + 1", "5", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "x + 1 = 5")),
    ("sf-xx", "xx", "16", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "x*x = 16")),
    ("sf-half", "x/2", "2", r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "x/2 = 2")),
]:
    rep = {"expression": sfor.replace("\u2212", "-").replace("(", "").replace(")", "").replace("xx", "x*x"), "value": val}
    if sfor == "2x":
        rep = {"expression": "2x", "value": "8"}
    E("d104-" + t, "r104_solvefor", "Solve for %s: 2x + 3 = 11.%s" % (sfor, SHOW), "x", "4", [wrong, right], report=rep)
    r104_singles.append("d104-" + t)
for t, pr in [("fq-1", "Find -x given that 2x + 3 = 11."), ("fq-2", "What is -x if 2x + 3 = 11?"),
              ("fq-3", "Solve 2x + 3 = 11 for -x."), ("fq-4", "Solve for the negative of x: 2x + 3 = 11."),
              ("fq-5", "Solve for minus x: 2x + 3 = 11."), ("fq-6", "Solve for x's opposite: 2x + 3 = 11.")]:
    E("d104-" + t, "r104_solvefor", pr + SHOW, "x", "4", [r104_plain, L("2x + 3 = 11", "2x = 8", "x = 4", "-x = -4")],
      report={"expression": "-x", "value": "-4"})
    r104_singles.append("d104-" + t)
# x2 / 2x3 / 1/2x
r104_e("im-1", "r104_implicit", "Solve for x: x2 + 3 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-2", "r104_implicit", "Solve for x: 1/2x + 3 = 11." + SHOW, "x", "16",
       [L("1/2x + 3 = 11", "1/2x = 8", "x = 16")], safe=True)
r104_e("im-3", "r104_implicit", "Solve for x: 2.x + 3 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-4", "r104_implicit", "Solve for x: 2x + 3 = 11 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-5", "r104_implicit", "Solve for x: 2x + +3 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-6", "r104_implicit", "Solve for x: 2x +- 3 = 11, taking the minus." + SHOW, "x", "7",
       [r104_plain, L("2x - 3 = 11", "2x = 14", "x = 7")])
r104_e("im-7", "r104_implicit", "Solve for x: 2x - -3 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-8", "r104_implicit", "Solve for x: 2x - - 3 = 11." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-9", "r104_implicit", "Solve for x: 2x + 3 = 1 1." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-10", "r104_implicit", "Solve for x: 2x + 3 = 11 - 0x." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-11", "r104_implicit", "Solve for x: 2x + 3 = 11 + x - x." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-12", "r104_implicit", "Solve for x: 2x + 3 = 1e1 + 1." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-13", "r104_implicit", "Solve for x: 2x + 3 = 11 (mod 5)." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-14", "r104_implicit", "Solve for x: 2x + 3 = 11.5." + SHOW, "x", "17/4",
       [L("2x + 3 = 11", "2x = 8", "x = 4"), L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4")])
r104_e("im-15", "r104_implicit", "Solve for x: 2x + 3 = 11,5." + SHOW, "x", "17/4",
       [L("2x + 3 = 11", "2x = 8", "x = 4"), L("2x + 3 = 11.5", "2x = 8.5", "x = 17/4")])
r104_e("im-16", "r104_implicit", "Solve for x: 2x + 3 = .11." + SHOW, "x", "-289/200",
       [L("2x + 3 = 11", "2x = 8", "x = 4"), L("2x + 3 = 0.11", "2x = -2.89", "x = -289/200")])
r104_e("im-17", "r104_implicit", "Solve for x: 2x + 3 = 11.0.5." + SHOW, "x", "4",
       [L("2x + 3 = 11", "2x = 8", "x = 4")], safe=True)
r104_e("im-18", "r104_implicit", "Solve for x: 2x + 3 = 11 11." + SHOW, "x", "59",
       [L("2x + 3 = 11", "2x = 8", "x = 4"), L("2x + 3 = 121", "2x = 118", "x = 59")])
r104_e("im-19", "r104_implicit", "Solve for x: 2x + 3 = 11x." + SHOW, "x", "1/3",
       [L("2x + 3 = 11x", "3 = 9x", "x = 1/3")], safe=True)
r104_e("im-20", "r104_implicit", "Solve for x: 2 x 3 + x = 11." + SHOW, "x", "5",
       [L("7x = 11", "x = 11/7"), L("6 + x = 11", "x = 5")])

# ================================================================ batch 3: a plain-word sentence beside the equation
r104_b3_start = len(P)
r104_V = [
 ("v-cents", "Show each step. Give x in cents.", "400"),
 ("v-pct", "Show each step. Give x as a percentage.", "400"),
 ("v-tenths", "Show each step. Give x in tenths.", "40"),
 ("v-bin", "Show each step. Give the answer in binary.", "100"),
 ("v-base2", "Show each step. Give the answer in base two.", "100"),
 ("v-ten", "Show each step. Give the answer rounded to the nearest ten.", "0"),
 ("v-sqrt", "Show each step. Give the square root of the answer.", "2"),
 ("v-succ", "Show each step. Give the successor of the answer.", "5"),
 ("v-pred", "Show each step. Give the predecessor of the answer.", "3"),
 ("v-next", "Show each step. Give the next whole number after x.", "5"),
 ("v-prev", "Show each step. Give the whole number before x.", "3"),
 ("v-left", "Show each step. Give the left side.", "11"),
 ("v-lhs", "Show each step. Give what the left-hand side comes to.", "11"),
 ("v-const", "Show each step. Give the constant.", "3"),
 ("v-coef", "Show each step. Give the coefficient of x.", "2"),
 ("v-nsteps", "Show each step. Give the number of steps.", "3"),
 ("v-second", "Show only the second step.", "8"),
 ("v-digits", "Show each step. Give the sum of the digits of the answer times three.", "12"),
 ("v-sign", "Show each step. Give the sign of x.", "1"),
 ("v-reci", "Show each step. Give the reciprocal.", "1/4"),
 ("v-dozen", "Show each step. Give x in dozens.", "1/3"),
 ("v-hund", "Show each step. Give the answer in hundreds.", "1/25"),
 ("v-thou", "Show each step. Give x in thousands.", "1/250"),
 ("v-mm", "Show each step. x is in metres; give it in millimetres.", "4000"),
 ("v-min", "Show each step. x is in hours; give it in minutes.", "240"),
 ("v-sec", "Show each step. x is in minutes; give it in seconds.", "240"),
 ("v-twice", "Show each step. Give twice the answer.", "8"),
 ("v-thrice", "Show each step. Give thrice the answer.", "12"),
 ("v-half", "Show each step. Give half the answer.", "2"),
 ("v-third", "Show each step. Give a third of the answer.", "4/3"),
 ("v-power", "Show each step. Give x to the power of three.", "64"),
 ("v-less", "Show each step. Give the answer less five.", "-1"),
 ("v-add", "Show each step. Add five to the answer.", "9"),
 ("v-sub", "Show each step. Subtract five from the answer.", "-1"),
 ("v-mult", "Show each step. Multiply the answer by five.", "20"),
 ("v-div", "Show each step. Divide the answer by five.", "4/5"),
 ("v-abs", "Show each step. Give the distance of x from ten.", "6"),
 ("v-mod", "Show each step. Give the remainder of x divided by three.", "1"),
 ("v-fact", "Show each step. Give the factorial of x.", "24"),
 ("v-gap", "Show each step. Give the gap between the answer and ten.", "6"),
 ("v-diff", "Show each step. Give the difference between x and ten.", "-6"),
 ("v-sum", "Show each step. Give the sum of x and ten.", "14"),
 ("v-prod", "Show each step. Give the product of x and ten.", "40"),
 ("v-quot", "Show each step. Give the quotient of x and ten.", "2/5"),
 ("v-avg", "Show each step. Give the mean of x and ten.", "7"),
 ("v-y", "Show each step. Then give y where y is two more than x.", "6"),
 ("v-tw", "Show each step. Then give y, which is x and two more.", "6"),
 ("v-swap", "Show each step with the sides swapped and the plus made a minus.", "7"),
 ("v-rev", "Show each step. Read the equation right to left.", "4"),
 ("v-hw", "Show each step. This is part of a homework set on cents.", "400"),
 ("v-teach", "Show each step. The teacher will check x in cents tomorrow.", "400"),
 ("v-exam", "Show each step. On the exam, answers are given in tenths.", "40"),
 ("v-ded", "Show each step. Give the answer reduced by five.", "-1"),
 ("v-raised", "Show each step. Give the answer raised by five.", "9"),
 ("v-more", "Show each step. Give five more than the answer.", "9"),
 ("v-fewer", "Show each step. Give five fewer than the answer.", "-1"),
 ("v-again", "Show each step. Then use the answer as the constant and solve again.", "4"),
 ("v-xnew", "Show each step. Then solve 2x + x = 11 too.", "11/3"),
 ("v-only2x", "Give only the value of 2x.", "8"),
 ("v-lsfinal", "Show each step. The final line must give the right side minus the constant.", "8"),
]
for t, tail, val in r104_V:
    r104_s(t, "r104_vocab", "Solve for x: 2x + 3 = 11. " + tail, "x", val, [r104_plain])

# ================================================================ batch 4: counts and yes/no in known words
r104_b4_start = len(P)
r104_N = [
 ("k-nsteps2", "Show each step. How many steps are there?", "3"),
 ("k-nsol", "Show each step. Give the number of solutions.", "1"),
 ("k-nsol2", "How many solutions does it have?", "1"),
 ("k-nlines", "Show each step. Give the number of lines.", "3"),
 ("k-neq", "Show each step. Give the number of equations.", "3"),
 ("k-nterms", "Show each step. Give the number of terms.", "3"),
 ("k-nvar", "Show each step. Give the number of variables.", "1"),
 ("k-nans", "Show each step. Give the number of answers.", "1"),
 ("k-ndig", "Show each step. Give the number of digits of the answer.", "1"),
 ("k-stepno", "Show each step. Give the number of the step that gives the answer.", "3"),
 ("k-count", "Show each step. Count the steps.", "3"),
 ("k-takes", "Show each step. Give how many steps it takes.", "3"),
 ("k-only", "Give only the number of steps.", "3"),
 ("k-nstepsfirst", "Give the number of steps, then show each step.", "3"),
 ("k-stepsneed", "How many steps does it need?", "3"),
 ("k-yn1", "Show each step. Does it have a solution?", "1"),
 ("k-yn2", "Show each step. Is the answer a number?", "1"),
 ("k-yn3", "Show each step. Does the answer check out?", "1"),
 ("k-nstepsx", "Show each step. Give the number of steps as x.", "3"),
 ("k-nsub", "Show each step. Give the number of steps where you subtract.", "1"),
 ("k-ndiv", "Show each step. Give the number you divide by.", "2"),
 ("k-nsubby", "Show each step. Give the number you subtract.", "3"),
 ("k-nstepsans", "Show each step. The answer is the number of steps.", "3"),
 ("k-ncheck", "Show each step. Give the number of checks.", "1"),
 ("k-nsides", "Show each step. Give the number of sides.", "2"),
 ("k-nx", "Show each step. Give the number of x terms.", "1"),
 ("k-steps-only", "Show only the number of steps.", "3"),
 ("k-step-of", "Show each step. Give the step of the answer.", "3"),
 ("k-answer-step", "Show each step. Which step gives the answer?", "3"),
 ("k-last-no", "Show each step. Give the last step's number.", "3"),
]
for t, tail, val in r104_N:
    r104_s(t, "r104_count", "Solve for x: 2x + 3 = 11. " + tail, "x", val, [r104_plain])

# ================================================================ batch 5: the count shape on stored bases
r104_b5_start = len(P)
r104_bases = {
 "a": ("Solve for x: 2x + 3 = 11.", "x", r104_plain, "4", 3),
 "b": ("Solve for x: 5x + 2 = 3x + 12.", "x", L("5x + 2 = 3x + 12", "2x + 2 = 12", "2x = 10", "x = 5"), "5", 4),
 "c": ("Solve for n: 7 = 2n - 3.", "n", L("7 = 2n - 3", "10 = 2n", "n = 5"), "5", 3),
}
r104_tails = [
 ("only", "Give only the number of steps.", "steps"),
 ("nsteps", "Show each step. Give the number of steps.", "steps"),
 ("nlines", "Show each step. Give the number of lines.", "steps"),
 ("nsol", "Show each step. Give the number of solutions.", 1),
 ("nans", "Show each step. Give the number of answers.", 1),
 ("which", "Show each step. Which step gives the answer?", "steps"),
 ("lastno", "Show each step. Give the last step's number.", "steps"),
 ("stepno", "Show each step. Give the number of the step that gives the answer.", "steps"),
 ("steponly", "Show only the number of steps.", "steps"),
 ("neq", "Show each step. Give the number of equations.", "steps"),
]
for bt, (bp, var, bsol, bval, nsteps) in r104_bases.items():
    E("d104-p%s-base" % bt, "r104_pbase", bp + SHOW, var, bval, [bsol])
    for tt, tail, want in r104_tails:
        n = nsteps if want == "steps" else want
        vid = "d104-p%s-%s" % (bt, tt)
        E(vid, "r104_pcount", bp + " " + tail, var, str(n), [bsol, bsol + "\n#### %d" % n])
        r104_pairs.append(("d104-p%s-base" % bt, vid))
# spread of a stored wrong answer: renamed variable, paraphrase, whitespace
r104_spread = [
 ("sp-y", "Solve for y: 2y + 3 = 11. Give only the number of steps.", "y", L("2y + 3 = 11", "2y = 8", "y = 4")),
 ("sp-ws", "Solve for x:  2x+3=11.  Give only the number of steps.", "x", r104_plain),
 ("sp-para", "Find x, given that 2x + 3 = 11. Give only the number of steps.", "x", r104_plain),
 ("sp-comm", "Solve for x: 3 + 2x = 11. Give only the number of steps.", "x", r104_plain),
 ("sp-swap", "Solve for x: 11 = 2x + 3. Give only the number of steps.", "x", r104_plain),
]
for t, pr, var, sol in r104_spread:
    E("d104-" + t, "r104_spread", pr, var, "3", [sol, sol + "\n#### 3"])
    r104_pairs.append(("d104-k-only", "d104-" + t))

# ================================================================ batch 6: the count shape, more words
r104_b6_start = len(P)
r104_M = [
 ("m-state", "Show each step. State the number of steps.", "3"),
 ("m-write", "Show each step. Write the number of steps.", "3"),
 ("m-tell", "Show each step. Tell me the number of steps.", "3"),
 ("m-say", "Show each step. Say the number of steps.", "3"),
 ("m-report", "Show each step. Report the number of steps.", "3"),
 ("m-total", "Show each step. Give the total number of steps.", "3"),
 ("m-q", "Show each step. Number of steps?", "3"),
 ("m-what", "Show each step. What is the number of steps?", "3"),
 ("m-it", "Show each step. Give the number of steps it takes to solve.", "3"),
 ("m-words", "Show each step. Give the number of steps in words.", "3"),
 ("m-lineans", "Show each step. Which line has the answer?", "3"),
 ("m-alone", "Show each step. Which step has x alone?", "3"),
 ("m-stepis", "Show each step. Which step is the last?", "3"),
 ("m-first", "Show each step. Give the number of the first step.", "1"),
 ("m-isx", "Show each step. Is x the answer?", "1"),
 ("m-ansline", "Show each step. Give the answer's line number.", "3"),
 ("m-solve2", "Solve it and give the number of steps.", "3"),
 ("m-noshow", "Give the number of steps only.", "3"),
 ("m-noshow2", "Just give the number of steps.", "3"),
 ("m-stepsneeded", "Give the number of steps needed.", "3"),
 ("m-nsolonly", "Give only the number of solutions.", "1"),
 ("m-neqonly", "Give only the number of equations.", "3"),
 ("m-nlinesonly", "Give only the number of lines.", "3"),
 ("m-which-only", "Give only the step that gives the answer.", "3"),
 ("m-stepnum", "Give only the step number of the answer.", "3"),
 ("m-xline", "Give only the number of the line with the answer.", "3"),
]
for t, tail, val in r104_M:
    r104_s(t, "r104_count2", "Solve for x: 2x + 3 = 11. " + tail, "x", val, [r104_plain])

# ================================================================ batch 7: which words pass as neutral
r104_b7_start = len(P)
r104_W = ["other solution", "another answer", "answer else", "different answer", "root", "roots", "values", "numbers",
          "answer if x is greater than five", "answer if x is bigger than five", "answer for x above five", "answer for x below five",
          "answer that is not x", "answer that is smaller", "least answer", "most answer", "answer to zero", "zero",
          "none", "answer too", "answer also", "answer and the number of steps", "answer or the number of steps",
          "answer of every step", "answer of both steps", "answer of all steps", "equation", "equation of the last step",
          "step before the last", "answer of the first step", "number x is", "number of x", "answer as the number of steps",
          "answer in the last step", "answer for each step", "answer at least", "answer at most", "answer when x is one",
          "answer when it has no solution", "solution if it has one", "steps only", "steps but no answer", "steps without the answer"]
for i, w in enumerate(r104_W):
    r104_s("wd%02d" % i, "r104_word", "Solve for x: 2x + 3 = 11. Show each step. Give the %s." % w, "x", "4", [r104_plain])

# ================================================================ batch 8: right answers to the count shape; more forms
r104_b8_start = len(P)
r104_s("r-only1", "r104_countright", "Solve for x: 2x + 3 = 11. Give only the number of steps.", "x", "3", ["#### 3"])
r104_s("r-only2", "r104_countright", "Solve for x: 2x + 3 = 11. Show each step. Give the number of steps.", "x", "3",
       [L("Step 1: 2x + 3 = 11", "Step 2: 2x = 8", "Step 3: x = 4", "Number of steps: 3")])
r104_s("r-only3", "r104_countright", "Solve for x: 2x + 3 = 11. Show each step. Give the number of solutions.", "x", "1",
       [L("2x + 3 = 11", "2x = 8", "x = 4", "There is 1 solution.")])
r104_s("r-and", "r104_count3", "Solve for x: 2x + 3 = 11 and give the number of steps.", "x", "3", [r104_plain])
r104_s("r-frac", "r104_count3", "Solve for x: 3x - 4 = 10. Give only the number of steps.", "x", "3",
       [L("3x - 4 = 10", "3x = 14", "x = 14/3")])
r104_s("r-both", "r104_count3", "Solve for x: 4(x - 1) = 2x + 6. Give only the number of steps.", "x", "4",
       [L("4(x - 1) = 2x + 6", "4x - 4 = 2x + 6", "2x = 10", "x = 5")])
r104_s("r-xone", "r104_count3", "Solve for x: 2x + 3 = 11. Show each step. Give the answer when x is one.", "x", "5", [r104_plain])
r104_s("r-xtwo", "r104_count3", "Solve for x: 2x + 3 = 11. Show each step. Give the answer when x is two.", "x", "7", [r104_plain])
r104_s("r-ifone", "r104_count3", "Solve for x: 2x + 3 = 11. Show each step. Give the left side if x is one.", "x", "5", [r104_plain])
r104_s("r-eqone", "r104_count3", "Solve for x: 2x + 3 = 11. Show each step. Give what the equation gives when x is one.", "x", "5", [r104_plain])
r104_s("r-hw", "r104_count3", "Solve for x: 2x + 3 = 11. This is part of a homework set. Give only the number of steps.", "x", "3", [r104_plain])
r104_s("r-nl", "r104_count3", "Solve for x: 2x + 3 = 11.\nGive only the number of steps.", "x", "3", [r104_plain])
r104_s("r-andsol", "r104_count3", "Solve for x: 2x + 3 = 11. Give the answer and the number of steps.", "x", "3", [r104_plain])
r104_s("r-onlyeq", "r104_count3", "Solve for x: 2x + 3 = 11. Give only the equation of the last step but one.", "x", "8",
       [r104_plain])

# ================================================================ batch 9: "one" and word-named variables in the count shape
r104_b9_start = len(P)
r104_O = [
 ("o-eqfor", "Solve for x: 2x + 3 = 11. Show each step. Give what the equation gives for x as one.", "x", "5", r104_plain),
 ("o-at", "Solve for x: 2x + 3 = 11. Show each step. Give the answer at x equal to one.", "x", "5", r104_plain),
 ("o-plus", "Solve for x: 2x + 3 = 11. Show each step. Give the number of steps plus one.", "x", "4", r104_plain),
 ("o-eqis", "Solve for x: 2x + 3 = 11. Show each step. What does the equation give when x is one?", "x", "5", r104_plain),
 ("o-ifone", "Solve for x: 2x + 3 = 11. Show each step. Give the answer if x is one.", "x", "5", r104_plain),
 ("o-a", "Solve for a: 2a + 3 = 11. Give only the number of steps.", "a", "3", L("2a + 3 = 11", "2a = 8", "a = 4")),
 ("o-I", "Solve for I: 2I + 3 = 11. Give only the number of steps.", "I", "3", L("2I + 3 = 11", "2I = 8", "I = 4")),
 ("o-A", "Solve for A: 2A + 3 = 11. Which step gives the answer?", "A", "3", L("2A + 3 = 11", "2A = 8", "A = 4")),
 ("o-de", "Solve for x: 2x + 3 = 11. Gib nur die Anzahl der Schritte an.", "x", "3", r104_plain),
 ("o-word", "Find x: 2x + 3 = 11. Give only the number of lines.", "x", "3", r104_plain),
]
for t, pr, var, val, sol in r104_O:
    r104_s(t, "r104_one", pr, var, val, [sol])

# ================================================================ batch 10: "when x is one" on a stored base, other number words
r104_b10_start = len(P)
for t, w, v in [("zero", "zero", "3"), ("one", "one", "5"), ("ten", "ten", "23"), ("half", "a half", "4"), ("none", "nothing", "3")]:
    r104_s("n1-" + t, "r104_numword", "Solve for x: 2x + 3 = 11. Show each step. What does the equation give when x is %s?" % w, "x", v, [r104_plain])
for bt in ("a", "b", "c"):
    bp, var, bsol, bval, nsteps = r104_bases[bt]
    lhs = {"a": "2x + 3", "b": "5x + 2", "c": "2n - 3"}[bt]
    one = {"a": "5", "b": "7", "c": "-1"}[bt]
    vid = "d104-p%s-xone" % bt
    E(vid, "r104_pone", bp + " Show each step. What does the equation give when %s is one?" % var, var, one,
      [bsol, "%s = 1: %s comes to %s\\n#### %s" % (var, lhs, one, one)])
    r104_pairs.append(("d104-p%s-base" % bt, vid))
