"""Red-team round 125 (black box, stepcache-s43): linear_equation notations not yet listed in FINDINGS.md.
Tried: implicit multiplication with brackets ("2(x + 1)", "(x + 1)2", "x(3)", "2[x + 1]"), fractions and division ("x/2",
"½x", "3/4x", "x ÷ 2", "\\frac{x}{2}", "x over 2", "x : 2", division slashes), decimal commas and lists, thousands
separators ("1,000x", "1 000", "1'000", "1_000", "1.000"), scientific notation ("2e3", "2E-1x", "1.5×10^3"),
superscripts ("x²", "x¹", "2³", "x⁻¹"), percent, Unicode minus, full-width and math-italic/bold letters, LaTeX
("$…$", "\\cdot", "\\times", "\\left("), other variables (X, θ, Cyrillic х, x′), two equations, equations in
words, inequalities, "≈"; a multiplier or fraction WORD before the variable ("thrice x", "a third of x", "dreimal x",
"la mitad de x") and a scale or count word after the last number ("= 11 grand", "= 11 万", "= 11 score"), which the
equation reader drops (served fresh wrong, never stored); safe variants (LaTeX dollars, U+2212, "2×x", "2 (x + 1)",
"x ÷ 2", ".5x", "11 = x + 5", renamed variable, vocabulary-only additions).
What got through (every id confirmed alone on a fresh store, REPORT.md, alone.txt: 166 pairs + 86 singles):
(r125_A) a relation chained to the equation with the variable alone, read as punctuation: "2x + 3 = 11 < x", "= 11 <= x",
"x > 2x + 3 = 11", "x >= …", "… and x < x", ", x != x", "where x < x", "< x < x", "<< x" (no value solves them) serve
the plain equation's stored x; (r125_B) another value asked in words of the instruction vocabulary: "the number following
the answer" (x + 1; "the number after the answer" is refused), "the number one up/down from the answer", "Give the
answer one up", "Then put one on the answer"; (C) a sign or an operation on "the answer" with "one" as operand:
"Give −answer.", "Give -the answer.", "Give one / the answer.", "Give one - the answer.", "Give the answer + one.",
"Give the answer - one - one."; (D) the equation's value in a possessive ("Give the equation's value", "What is the
expression's value?", "the equation's result/output"; "the value of the equation" is refused).
Family r125_arguable_pair holds readings, not findings (implicit multiplication before division "x/2(3)", "1/2x",
"6 ÷ 2(x + 1)"; a dot grouping thousands "x + 1.500 = 2.000", rewritten from "x + 1.5 = 2"; "Give the variable's name";
a scale letter "11 K"): listed in r125_arguable. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r125_NR = "999"   # no single right value: the right outcome is an error
r125_bases = {}   # prompt -> id
r125_pairs = []
r125_singles = []


def r125_base(var, eq, val):
    pr = "Solve for %s: %s. Show each step." % (var, eq)
    if pr not in r125_bases:
        bid = "d125-base-%d" % len(r125_bases)
        r125_bases[pr] = bid
        E(bid, "r125_base", pr, var, val, ["%s\n%s = %s" % (eq, var, val)])
    return r125_bases[pr]


def r125_c(id, core, value, right, mis, var="x", singles=True, bvar=None, fam="r125_pair"):
    """core: the request without its closing sentence; value: the right value (by hand; r125_NR = none);
    right/mis: (first equation, value) as a careful reader / a misreading reads it. The pair's base is the
    misread equation asked plainly (stored with its right answer); the variant's first model answer is that one."""
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    bid = r125_base(bvar or var, mis[0], mis[1])
    E("d125-p-" + id, fam, core + " Show each step.", var, value, [m, r])
    r125_pairs.append((bid, "d125-p-" + id))
    if singles:
        if value != r125_NR and (not id.startswith(("w-", "w12-", "f-", "sw-")) or id.endswith(("thrice", "third", "grand"))):
            E("d125-r-" + id, "r125_right", core + " Work it out.", var, value, [r] * 4)
        E("d125-s-" + id, fam.replace("pair", "mis"), core + " Show your steps.", var, value, [m, r, r])
        r125_singles.append("d125-s-" + id)


def r125_safe(id, core, value, eq, var="x", plain_eq=None):
    """A variant whose right answer is the plain equation's: reuse is allowed."""
    a = "%s\n%s = %s" % (eq, var, value)
    r125_base(var, plain_eq or eq, value)
    E("d125-safe-" + id, "r125_safe", core + " Show each step.", var, value, [a], safe=True)


r125_F = ("x + 5 = 11", "6")
r125_A = ("2x + 3 = 11", "4")
r125_B = ("2x + 5 = 11", "3")

# ================================================================ 1. a multiplier or fraction WORD before the variable
r125_mult = [
    # tag, word, factor
    ("thrice", "thrice", 3), ("treble", "treble", 3), ("threefold", "threefold", 3), ("triple", "triple", 3),
    ("dreimal", "dreimal", 3), ("driekeer", "drie keer", 3), ("trizy", "три раза", 3), ("trois", "trois fois", 3),
    ("quadruple", "quadruple", 4), ("fourfold", "fourfold", 4), ("quintuple", "quintuple", 5), ("tenfold", "tenfold", 10),
    ("doppelt", "doppelt", 2), ("doble", "el doble de", 2), ("twofold", "twofold", 2), ("twice", "twice", 2),
]
from fractions import Fraction as r125_Fr


def r125_fr(v):
    v = r125_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


for r125_t, r125_w, r125_k in r125_mult:
    # W x + 5 = 11  ->  kx = 6
    r125_c("w-" + r125_t, "Solve for x: %s x + 5 = 11." % r125_w, r125_fr(r125_Fr(6, r125_k)),
      ("%dx + 5 = 11" % r125_k, r125_fr(r125_Fr(6, r125_k))), r125_F)
    # W x = 12 -> x = 12/k
    if r125_t not in ("thrice", "treble", "quadruple", "doppelt", "dreimal", "tenfold"):
        continue
    r125_c("w12-" + r125_t, "Solve for x: %s x = 12." % r125_w, r125_fr(r125_Fr(12, r125_k)),
      ("%dx = 12" % r125_k, r125_fr(r125_Fr(12, r125_k))), ("x = 12", "12"),
      singles=r125_t in ("thrice", "quadruple", "doppelt"))
for r125_t, r125_w, r125_k in [r125_mult[0], r125_mult[8], r125_mult[12]]:
    # other letters, other equations, other openings
    r125_c("wy-" + r125_t, "Solve for y: %s y - 4 = 8." % r125_w, r125_fr(r125_Fr(12, r125_k)),
      ("%dy - 4 = 8" % r125_k, r125_fr(r125_Fr(12, r125_k))), ("y - 4 = 8", "12"), var="y", singles=False)
    r125_c("wif-" + r125_t, "Find x if %s x + 5 = 11." % r125_w, r125_fr(r125_Fr(6, r125_k)),
      ("%dx + 5 = 11" % r125_k, r125_fr(r125_Fr(6, r125_k))), r125_F, singles=False)
    r125_c("wrhs-" + r125_t, "Solve for x: 18 = %s x." % r125_w, r125_fr(r125_Fr(18, r125_k)),
      ("18 = %dx" % r125_k, r125_fr(r125_Fr(18, r125_k))), ("18 = x", "18"), singles=False)
    r125_c("wmid-" + r125_t, "Solve for x: 5 + %s x = 11." % r125_w, r125_fr(r125_Fr(6, r125_k)),
      ("5 + %dx = 11" % r125_k, r125_fr(r125_Fr(6, r125_k))), ("5 + x = 11", "6"), singles=False)

r125_part = [
    ("third", "a third of", 3), ("quarter", "a quarter of", 4), ("fifth", "a fifth of", 5), ("half", "half of", 2),
    ("halb", "halb", 2), ("mitad", "la mitad de", 2), ("drittel", "ein Drittel von", 3),
]
for r125_t, r125_w, r125_k in r125_part:
    # W x = 6 -> x = 6k
    r125_c("f-" + r125_t, "Solve for x: %s x = 6." % r125_w, str(6 * r125_k), ("x/%d = 6" % r125_k, str(6 * r125_k)), ("x = 6", "6"))


# the licensed number rewrite: another equation's stored answer (x + 5 = 11) for "thrice x + 4 = 10" etc.
def r125_n(id, base_eq, base_val, core, value, right, mis, var="x"):
    bid = r125_base(var, base_eq, base_val)
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    E("d125-n-" + id, "r125_other", core + " Show each step.", var, value, [m, r])
    r125_pairs.append((bid, "d125-n-" + id))


r125_n("thrice410", "x + 5 = 11", "6", "Solve for x: thrice x + 4 = 10.", "2", ("3x + 4 = 10", "2"), ("x + 4 = 10", "6"))
r125_n("thrice29", "x + 5 = 11", "6", "Solve for x: thrice x + 2 = 11.", "3", ("3x + 2 = 11", "3"), ("x + 2 = 11", "9"))
r125_n("quad17", "x + 5 = 11", "6", "Solve for x: quadruple x + 1 = 17.", "4", ("4x + 1 = 17", "4"), ("x + 1 = 17", "16"))
r125_n("dopp37", "x + 5 = 11", "6", "Solve for x: doppelt x + 3 = 7.", "2", ("2x + 3 = 7", "2"), ("x + 3 = 7", "4"))
r125_n("third5", "x = 6", "6", "Solve for x: a third of x = 5.", "15", ("x/3 = 5", "15"), ("x = 5", "5"))
r125_n("mitad7", "x = 6", "6", "Solve for x: la mitad de x = 7.", "14", ("x/2 = 7", "14"), ("x = 7", "7"))
r125_n("thrice12", "x = 12", "12", "Solve for x: thrice x = 15.", "5", ("3x = 15", "5"), ("x = 15", "15"))
r125_n("treble2x", "2x + 3 = 11", "4", "Solve for x: treble x + 3 = 12.", "3", ("3x + 3 = 12", "3"), ("x + 3 = 12", "9"))

# ================================================================ 2. a scale or count word after the last number
r125_scale = [
    # tag, word, right value of "x + 5 = 11 W"
    ("grand", "grand", "10995"), ("thou", "thou", "10995"), ("mila", "mila", "10995"), ("tys", "тыс", "10995"),
    ("wan", "万", "109995"), ("qian", "千", "10995"), ("bai", "百", "1095"),
    ("score", "score", "215"), ("gross", "gross", "1579"), ("tens", "tens", "105"), ("pairs", "pairs", "17"),
    ("halves", "halves", "1/2"), ("thirds", "thirds", "-4/3"),
    ("tausend", "Tausend", "10995"), ("lakh", "lakh", "1099995"), ("dozen", "dozen", "127"),
]
for r125_t, r125_w, r125_v in r125_scale:
    r125_c("sw-" + r125_t, "Solve for x: x + 5 = 11 %s." % r125_w, r125_v, ("x + 5 = %s" % r125_fr(r125_Fr(r125_v) + 5), r125_v), r125_F)
r125_mulv = {"grand": 11000, "thou": 11000, "mila": 11000, "tys": 11000, "tysiac": 11000, "wan": 110000,
             "qian": 11000, "bai": 1100, "score": 220, "gross": 1584, "tens": 110, "pairs": 22}
for r125_t, r125_w, r125_v in r125_scale[:11]:
    r125_v2 = r125_fr((r125_Fr(r125_mulv[r125_t]) - 3) / 2)
    r125_c("sw2-" + r125_t, "Solve for x: 2x + 3 = 11 %s." % r125_w, r125_v2, ("2x + 3 = %d" % r125_mulv[r125_t], r125_v2), r125_A,
      singles=False)
# arguable: a letter after the number (11 K, 11 M): units or scale?
for r125_t, r125_w, r125_v in [("K", "K", "10995"), ("M", "M", "10999995"), ("k", "k", "10995")]:
    r125_c("swq-" + r125_t, "Solve for x: x + 5 = 11 %s." % r125_w, r125_v, ("x + 5 = %s" % r125_fr(r125_Fr(r125_v) + 5), r125_v), r125_F, singles=False,
      fam="r125_arguable_pair")

# ================================================================ 3. the notations of the brief (most should be read right or refused)
# implicit multiplication with brackets
r125_c("br-2x1", "Solve for x: 2(x + 1) = 10.", "4", ("2(x + 1) = 10", "4"), ("2x + 1 = 10", "9/2"))
r125_c("br-2x1s", "Solve for x: 2 (x + 1) = 10.", "4", ("2(x + 1) = 10", "4"), ("2x + 1 = 10", "9/2"))
r125_c("br-x1-2", "Solve for x: (x + 1)2 = 10.", "4", ("2(x + 1) = 10", "4"), ("x + 1 = 10", "9"))
r125_c("br-x12", "Solve for x: (x + 1)(2) = 10.", "4", ("2(x + 1) = 10", "4"), ("x + 1 = 10", "9"))
r125_c("br-x3", "Solve for x: x(3) = 12.", "4", ("3x = 12", "4"), ("x = 12", "12"))
r125_c("br-2px", "Solve for x: (2)x = 8.", "4", ("2x = 8", "4"), ("x = 8", "8"))
r125_c("br-sq", "Solve for x: 2[x + 1] = 10.", "4", ("2(x + 1) = 10", "4"), ("2x + 1 = 10", "9/2"))
r125_c("br-cu", "Solve for x: 2{x + 1} = 10.", "4", ("2(x + 1) = 10", "4"), ("2x + 1 = 10", "9/2"))
r125_c("br-32x1", "Solve for x: 3(2x + 1) = 15.", "2", ("3(2x + 1) = 15", "2"), ("6x + 1 = 15", "7/3"))
r125_c("br-neg", "Solve for x: -(x) + 5 = 11.", "-6", ("-x + 5 = 11", "-6"), r125_F)
r125_c("br-negsp", "Solve for x: - (x + 5) = 11.", "-16", ("-(x + 5) = 11", "-16"), r125_F)
r125_c("br-dot", "Solve for x: 2·(x + 1) = 10.", "4", ("2(x + 1) = 10", "4"), ("x + 1 = 10", "9"))
r125_c("br-6by2", "Solve for x: 6 ÷ 2(x + 1) = 9.", "2", ("3(x + 1) = 9", "2"), ("6/(2(x + 1)) = 9", "-2/3"), singles=False,
  fam="r125_arguable_pair")
# fractions and division
r125_c("fr-x2", "Solve for x: x/2 + 3 = 7.", "8", ("x/2 + 3 = 7", "8"), ("x + 3 = 7", "4"))
r125_c("fr-half", "Solve for x: ½x + 3 = 7.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"))
r125_c("fr-third", "Solve for x: ⅓x + 1 = 3.", "6", ("(1/3)x + 1 = 3", "6"), ("x + 1 = 3", "2"))
r125_c("fr-34x", "Solve for x: (3/4)x = 6.", "8", ("(3/4)x = 6", "8"), ("3x = 6", "2"))
r125_c("fr-div", "Solve for x: x ÷ 2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-frac", "Solve for x: \\frac{x}{2} = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-dfrac", "Solve for x: \\dfrac{x}{2} + 1 = 5.", "8", ("x/2 + 1 = 5", "8"), ("x + 1 = 5", "4"))
r125_c("fr-tfrac", "Solve for x: \\tfrac12 x = 5.", "10", ("x/2 = 5", "10"), ("12x = 5", "5/12"))
r125_c("fr-over", "Solve for x: x over 2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-dslash", "Solve for x: x ∕ 2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-fslash", "Solve for x: x ⁄ 2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-fwslash", "Solve for x: x／2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-colon", "Solve for x: x : 2 = 5.", "10", ("x/2 = 5", "10"), ("x = 5", "5"))
r125_c("fr-xp12", "Solve for x: (x + 1)/2 = 5.", "9", ("(x + 1)/2 = 5", "9"), ("x + 1 = 5", "4"))
r125_c("fr-x22", "Solve for x: x/2/2 = 1.", "4", ("x/4 = 1", "4"), ("x/2 = 1", "2"))
r125_c("fr-2x3", "Solve for x: 2x/3 + 1 = 5.", "6", ("2x/3 + 1 = 5", "6"), ("2x + 1 = 5", "2"))
r125_c("fr-mixed", "Solve for x: 1 1/2 x = 3.", "2", ("(3/2)x = 3", "2"), ("x = 3", "3"))
r125_c("fr-mixedu", "Solve for x: 1½x = 3.", "2", ("(3/2)x = 3", "2"), ("x = 3", "3"))
r125_c("fr-12x", "Solve for x: 1/2x = 4.", "8", ("(1/2)x = 4", "8"), ("2x = 4", "2"), singles=False, fam="r125_arguable_pair")
r125_c("fr-34xg", "Solve for x: 3/4x = 6.", "8", ("(3/4)x = 6", "8"), ("4x = 6", "3/2"), singles=False, fam="r125_arguable_pair")
# decimal commas vs lists
r125_c("dc-05x", "Solve for x: 0,5x + 1 = 2.", "2", ("0.5x + 1 = 2", "2"), ("5x + 1 = 2", "1/5"))
r125_c("dc-x05", "Solve for x: x + 0,5 = 3.", "5/2", ("x + 0.5 = 3", "5/2"), ("x + 5 = 3", "-2"))
r125_c("dc-2x15", "Solve for x: 2x = 1,5.", "3/4", ("2x = 1.5", "3/4"), ("2x = 1", "1/2"))
r125_c("dc-x15", "Solve for x: x + 1,5 = 3.", "3/2", ("x + 1.5 = 3", "3/2"), ("x + 1 = 3", "2"))
r125_c("dc-list", "Solve for x: 2x + 3 = 11, 3, 5.", r125_NR, ("2x + 3 = 11", "4"), r125_A, singles=False, fam="r125_arguable_pair")
# thousands separators
r125_c("th-1000x", "Solve for x: 1,000x = 2000.", "2", ("1000x = 2000", "2"), ("x = 2000", "2000"))
r125_c("th-comma", "Solve for x: x + 1,000 = 3,000.", "2000", ("x + 1000 = 3000", "2000"), ("x + 1 = 3", "2"))
r125_c("th-space", "Solve for x: x + 1 000 = 2000.", "1000", ("x + 1000 = 2000", "1000"), ("x + 0 = 2000", "2000"))
r125_c("th-nbsp", "Solve for x: x + 1\u00a0000 = 2000.", "1000", ("x + 1000 = 2000", "1000"), ("x + 0 = 2000", "2000"))
r125_c("th-thin", "Solve for x: x + 1\u2009000 = 2000.", "1000", ("x + 1000 = 2000", "1000"), ("x + 0 = 2000", "2000"))
r125_c("th-apos", "Solve for x: x + 1'000 = 2000.", "1000", ("x + 1000 = 2000", "1000"), ("x + 1 = 2000", "1999"))
r125_c("th-us", "Solve for x: x + 1_000 = 2000.", "1000", ("x + 1000 = 2000", "1000"), ("x + 1 = 2000", "1999"))
r125_c("th-dot", "Solve for x: x + 1.000 = 3.000.", "2", ("x + 1 = 3", "2"), ("x + 1000 = 3000", "2000"), singles=False,
  fam="r125_arguable_pair")
# scientific notation
r125_c("sc-e3", "Solve for x: x + 2e3 = 2001.", "1", ("x + 2000 = 2001", "1"), ("x + 2 = 2001", "1999"))
r125_c("sc-E-1", "Solve for x: 2E-1x = 1.", "5", ("0.2x = 1", "5"), ("2x = 1", "1/2"))
r125_c("sc-10p3", "Solve for x: x = 1.5×10^3.", "1500", ("x = 1500", "1500"), ("x = 15", "15"))
r125_c("sc-10sup", "Solve for x: x = 1.5×10³.", "1500", ("x = 1500", "1500"), ("x = 15", "15"))
r125_c("sc-dot10", "Solve for x: x - 2·10^3 = 0.", "2000", ("x - 2000 = 0", "2000"), ("x - 20 = 0", "20"))
r125_c("sc-star", "Solve for x: x = 1.5*10^3.", "1500", ("x = 1500", "1500"), ("x = 15", "15"))
r125_c("sc-ee", "Solve for x: x + 1.5e2 = 200.", "50", ("x + 150 = 200", "50"), ("x + 1.5 = 200", "397/2"))
# superscripts
r125_c("sup-x2", "Solve for x: x² = 9.", r125_NR, ("x^2 = 9", "3"), ("x = 9", "9"))
r125_c("sup-x1", "Solve for x: x¹ + 2 = 9.", "7", ("x + 2 = 9", "7"), ("x + 2 = 9", "7"), singles=False)
r125_c("sup-x2b", "Solve for x: 2x² + 3 = 11.", r125_NR, ("2x^2 + 3 = 11", "2"), r125_A)
r125_c("sup-caret", "Solve for x: x^2 + 3 = 12.", r125_NR, ("x^2 + 3 = 12", "3"), ("x + 3 = 12", "9"))
r125_c("sup-pow1", "Solve for x: x^1 + 2 = 9.", "7", ("x + 2 = 9", "7"), ("x + 2 = 9", "7"), singles=False)
r125_c("sup-23", "Solve for x: x = 2³.", "8", ("x = 8", "8"), ("x = 2", "2"))
r125_c("sup-inv", "Solve for x: x⁻¹ = 2.", "1/2", ("1/x = 2", "1/2"), ("x = 2", "2"))
r125_c("sup-11", "Solve for x: 2x + 3 = 11².", "59", ("2x + 3 = 121", "59"), r125_A)
# percent
r125_c("pc-of", "Solve for x: 50% of x = 10.", "20", ("0.5x = 10", "20"), ("x = 10", "10"))
r125_c("pc-rhs", "Solve for x: 2x = 50%.", "1/4", ("2x = 0.5", "1/4"), ("2x = 50", "25"))
r125_c("pc-add", "Solve for x: x + 50% = 1.", "1/2", ("x + 0.5 = 1", "1/2"), ("x + 50 = 1", "-49"))
r125_c("pc-word", "Solve for x: 10 percent of x = 5.", "50", ("0.1x = 5", "50"), ("x = 5", "5"))
# Unicode minus
r125_c("um-lead", "Solve for x: \u22122x + 3 = 11.", "-4", ("-2x + 3 = 11", "-4"), r125_A)
r125_c("um-mid", "Solve for x: 2x \u2212 3 = 11.", "7", ("2x - 3 = 11", "7"), r125_A)
r125_c("um-rhs", "Solve for x: 2x + 3 = \u221211.", "-7", ("2x + 3 = -11", "-7"), r125_A)
r125_c("um-dbl", "Solve for x: x \u2212 \u22123 = 5.", "2", ("x + 3 = 5", "2"), ("x - 3 = 5", "8"))
r125_c("um-em", "Solve for x: x \u2014 3 = 5.", "8", ("x - 3 = 5", "8"), ("x + 3 = 5", "2"))
r125_c("um-hy", "Solve for x: x \u2010 3 = 5.", "8", ("x - 3 = 5", "8"), ("x + 3 = 5", "2"))
# full-width
r125_c("fw-all", "Solve for x: ２ｘ＋５＝１１.", "3", ("2x + 5 = 11", "3"), ("x + 5 = 11", "6"))
r125_c("fw-rhs", "Solve for x: 2x + 5 = １１.", "3", ("2x + 5 = 11", "3"), ("2x + 5 = 1", "-2"))
r125_c("fw-coef", "Solve for x: ２x + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("fw-plus", "Solve for x: 2x ＋ 5 = 11.", "3", ("2x + 5 = 11", "3"), ("2x = 11", "11/2"))
r125_c("fw-eq", "Solve for x: 2x + 5 ＝ 11.", "3", ("2x + 5 = 11", "3"), ("2x = 11", "11/2"))
r125_c("fw-x", "Solve for x: 2ｘ + 5 = 11.", "3", ("2x + 5 = 11", "3"), ("2 + 5 = 11", r125_NR))
# math italic / bold letters
r125_c("mi-x", "Solve for 𝑥: 2𝑥 + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F, var="x")
r125_c("mi-x2", "Solve for x: 2𝑥 + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("mb-x", "Solve for x: 2𝐱 + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("mb-d", "Solve for x: 𝟐x + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
# LaTeX
r125_c("tx-cdot", "Solve for x: 2 \\cdot x + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("tx-times", "Solve for x: 2 \\times x + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("tx-paren", "Solve for x: \\(2x + 5 = 11\\).", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("tx-left", "Solve for x: 2\\left(x + 1\\right) = 10.", "4", ("2(x + 1) = 10", "4"), ("2x + 1 = 10", "9/2"))
r125_c("tx-neg", "Solve for x: $-x + 5 = 11$.", "-6", ("-x + 5 = 11", "-6"), r125_F)
r125_c("tx-frac2", "Solve for x: $\\frac{1}{2}x + 3 = 7$.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"))
# variables that are not x
r125_c("v-Xx", "Solve for x: 2X + 5 = 11.", "3", ("2X + 5 = 11", "3"), r125_F)
r125_c("v-theta", "Solve for θ: 2θ + 5 = 11.", "3", ("2θ + 5 = 11", "3"), ("θ + 5 = 11", "6"), var="θ", singles=False)
r125_c("v-cyr", "Solve for x: 2\u0445 + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
r125_c("v-prime", "Solve for x: 2x\u2032 + 5 = 11.", r125_NR, ("2x' + 5 = 11", "3"), r125_B)
r125_c("v-pm", "Solve for x: ±x + 5 = 11.", r125_NR, ("x = 6 or x = -6", "6"), r125_F, fam="r125_arguable_pair", singles=False)
r125_c("v-delta", "Solve for x: \u2206x + 5 = 11.", r125_NR, ("Δx = 6", "6"), r125_F, fam="r125_arguable_pair", singles=False)
# two equations
r125_c("two-and", "Solve for x: 2x + 5 = 11 and 3x = 6.", r125_NR, r125_B, r125_B)
r125_c("two-semi", "Solve for x: 2x + 5 = 11; 3x = 9.", r125_NR, r125_B, r125_B)
r125_c("two-let", "Let y = 3. Solve for x: 2x + y = 11.", "4", ("2x + 3 = 11", "4"), ("2x = 11", "11/2"))
# equations in words
r125_c("wd-five", "Solve for x: five times x plus 3 equals 18.", "3", ("5x + 3 = 18", "3"), ("x + 3 = 18", "15"))
r125_c("wd-eleven", "Solve for x: x + 5 = eleven.", "6", ("x + 5 = 11", "6"), ("x + 5 = 1", "-4"))
r125_c("wd-twice", "Solve for x: twice x + 5 = 11.", "3", ("2x + 5 = 11", "3"), r125_F)
# inequalities and ≈
r125_c("in-lt", "Solve for x: 2x + 5 < 11.", r125_NR, ("2x < 6", "3"), r125_B)
r125_c("in-le", "Solve for x: 2x + 5 <= 11.", r125_NR, ("2x <= 6", "3"), r125_B)
r125_c("in-ge", "Solve for x: 2x + 5 >= 11.", r125_NR, ("2x >= 6", "3"), r125_B)
r125_c("in-ne", "Solve for x: 2x + 5 != 11.", r125_NR, ("2x != 6", "3"), r125_B)
r125_c("in-leu", "Solve for x: 2x + 5 ≤ 11.", r125_NR, ("2x ≤ 6", "3"), r125_B)
r125_c("in-geu", "Solve for x: 2x + 5 ≥ 11.", r125_NR, ("2x ≥ 6", "3"), r125_B)
r125_c("in-neu", "Solve for x: 2x + 5 ≠ 11.", r125_NR, ("2x ≠ 6", "3"), r125_B)
r125_c("in-eqlt", "Solve for x: 2x + 5 =< 11.", r125_NR, ("2x <= 6", "3"), r125_B)
r125_c("in-approx", "Solve for x: 2x + 5 ≈ 11.", "3", ("2x + 5 = 11", "3"), r125_B, fam="r125_arguable_pair", singles=False)

# ================================================================ 4. safe variants (the plain equation's answer is right)
r125_safe("para", "Please solve for x: x + 5 = 11.", "6", "x + 5 = 11")
r125_safe("ws", "Solve for x:  x + 5  =  11.", "6", "x + 5 = 11")
r125_safe("ren", "Solve for y: y + 5 = 11.", "6", "y + 5 = 11", var="y")
r125_safe("latex", "Solve for x: $2x + 5 = 11$.", "3", "2x + 5 = 11")
r125_safe("latex2", "Solve for x: $$2x + 5 = 11$$.", "3", "2x + 5 = 11")
r125_safe("umin", "Solve for x: 2x \u2212 3 = 11.", "7", "2x - 3 = 11")
r125_safe("times", "Solve for x: 2×x + 5 = 11.", "3", "2x + 5 = 11")
r125_safe("brk", "Solve for x: 2(x + 1) = 10.", "4", "2(x + 1) = 10")
r125_safe("brk2", "Solve for x: 2 (x + 1) = 10.", "4", "2(x + 1) = 10", plain_eq="2(x + 1) = 10")
r125_safe("div", "Solve for x: x ÷ 2 = 5.", "10", "x/2 = 5", plain_eq="x/2 = 5")
r125_safe("frac", "Solve for x: (1/2)x + 3 = 7.", "8", "(1/2)x + 3 = 7")
r125_safe("dec", "Solve for x: 0.5x + 1 = 2.", "2", "0.5x + 1 = 2")
r125_safe("lead", "Solve for x: .5x + 1 = 2.", "2", "0.5x + 1 = 2", plain_eq="0.5x + 1 = 2")
r125_safe("nosp", "Solve for x: 2x+5=11.", "3", "2x + 5 = 11", plain_eq="2x + 5 = 11")
r125_safe("dbleq", "Solve for x: 2x + 3 = 11. Show the work.", "4", "2x + 3 = 11")
r125_safe("mult", "Solve for x: 2·x + 3 = 11.", "4", "2x + 3 = 11", plain_eq="2x + 3 = 11")
r125_safe("neg", "Solve for x: -(x) + 5 = 11.", "-6", "-x + 5 = 11", plain_eq="-x + 5 = 11")
r125_safe("par3", "Solve for x: x(3) = 12.", "4", "3x = 12", plain_eq="3x = 12")
r125_safe("swap", "Solve for x: 11 = x + 5.", "6", "x + 5 = 11", plain_eq="x + 5 = 11")
r125_safe("hw", "Solve for x: x + 5 = 11. This is part of a homework set.", "6", "x + 5 = 11")

# ================================================================ 5. another value asked in words the instruction vocabulary holds
# (found with the pipeline: "the number after the answer", "up by one" and "the value of the equation" are read as
# asking for more; "the number FOLLOWING the answer", "one up/down from the answer" and "the equation's value" were not)
r125_eqs = [
    # tag, var, equation, value, left side, its value
    ("f", "x", "x + 5 = 11", "6", "x + 5", "11"),
    ("a", "x", "2x + 3 = 11", "4", "2x + 3", "11"),
    ("m", "x", "3x - 1 = 8", "3", "3x - 1", "8"),
    ("y", "y", "y + 2 = 9", "7", "y + 2", "9"),
    ("n", "n", "5n = 20", "4", "5n", "20"),
]
r125_asks = [
    # tag, sentence ({v} = the variable), offset (+1/-1) or "eq" (the value of the equation's sides)
    ("fol", "Give the number following the answer.", 1),
    ("folv", "Give the value following the answer.", 1),
    ("folpos", "Give the answer's following number.", 1),
    ("folvar", "Give the number following {v}.", 1),
    ("folit", "Then give the number following it.", 1),
    ("up", "Give the number one up from the answer.", 1),
    ("upv", "Give the value one up from the answer.", 1),
    ("dn", "Give the number one down from the answer.", -1),
    ("dnv", "Give the value one down from the answer.", -1),
    ("ans1up", "Give the answer one up.", 1),
    ("ans1dn", "Give the answer one down.", -1),
    ("ansup1", "Give the answer up one.", 1),
    ("ansdn1", "Give the answer, down one.", -1),
    ("onedn", "Give one down from the answer.", -1),
    ("puton", "Then put one on the answer.", 1),
    ("takedn", "Then take the answer down one.", -1),
    ("folans", "Give the answer and the number following it.", 1),
    ("folthen", "Give the answer, then the number following it.", 1),
    ("folret", "Return the number following the answer.", 1),
    ("folres", "Give the number following the result.", 1),
    ("folsol", "Give the number following the solution.", 1),
    ("folyour", "Give the number following your answer.", 1),
    ("folrep", "Answer with the number following the answer.", 1),
    ("upit", "Give the number one up from it.", 1),
    ("onon", "Give the number one on from the answer.", 1),
    ("pm-plus", "Give the answer + one.", 1),
    ("pm-plusg", "Give the answer +one.", 1),
    ("pm-pluscm", "Give the answer, + one.", 1),
    ("pm-minus", "Give the answer - one.", -1),
    ("pm-minusg", "Give the answer -one.", -1),
    ("pm-arrow", "Give the answer \u2192 one up.", 1),
    ("op-umin", "Give \u2212answer.", "neg"),
    ("op-umin2", "Give the \u2212answer.", "neg"),
    ("op-minthe", "Give -the answer.", "neg"),
    ("op-minsp", "Give - the answer.", "neg"),
    ("op-1p", "Give one + the answer.", "1p"),
    ("op-1m", "Give one - the answer.", "1m"),
    ("op-1d", "Give one / the answer.", "inv"),
    ("op-1dg", "Give one/the answer.", "inv"),
    ("op-1div", "Give one \u00f7 the answer.", "inv"),
    ("op-pp", "Give the answer + one + one.", 2),
    ("op-mm", "Give the answer - one - one.", -2),
    ("eqv", "Give the equation's value.", "eq"),
    ("eqvq", "What is the equation's value?", "eq"),
    ("eqres", "Give the equation's result.", "eq"),
    ("eqout", "Give the equation's output.", "eq"),
    ("exv", "Give the expression's value.", "eq"),
    ("exvq", "What is the expression's value?", "eq"),
    ("exres", "Give the expression's result.", "eq"),
    ("eqvhave", "What value does the equation have?", "eq"),
    ("exgive", "What does the expression give?", "eq"),
    ("eqvrep", "Report the equation's value.", "eq"),
    ("eqval2", "Give the equation value.", "eq"),
    ("eqgives", "Give the value the equation gives.", "eq"),
]


r125_few = {"fol", "folv", "folans", "up", "dn", "pm-plus", "pm-minus", "eqv", "exv", "eqvq", "op-umin", "op-1d", "op-1m"}


def r125_plain(var, eq, val):
    return "%s\n%s = %s" % (eq, var, val)


for r125_et, r125_v, r125_eq, r125_val, r125_lhs, r125_lv in r125_eqs:
    r125_b = r125_base(r125_v, r125_eq, r125_val)
    for r125_at, r125_sent, r125_off in r125_asks:
        r125_pl = r125_plain(r125_v, r125_eq, r125_val)
        r125_iv = r125_Fr(r125_val)
        if r125_off == "eq":
            r125_rep = {"expression": r125_lhs, "value": r125_lv}
        elif r125_off == "neg":
            r125_rep = {"expression": "-" + r125_v, "value": r125_fr(-r125_iv)}
        elif r125_off == "1p":
            r125_rep = {"expression": "1 + " + r125_v, "value": r125_fr(1 + r125_iv)}
        elif r125_off == "1m":
            r125_rep = {"expression": "1 - " + r125_v, "value": r125_fr(1 - r125_iv)}
        elif r125_off == "inv":
            r125_rep = {"expression": "1/" + r125_v, "value": r125_fr(1 / r125_iv)}
        else:
            r125_rep = {"expression": "%s %s %d" % (r125_v, "+" if r125_off > 0 else "-", abs(r125_off)),
                        "value": str(int(r125_val) + r125_off)}
        r125_right = r125_pl + "\n%s = %s" % (r125_rep["expression"], r125_rep["value"])
        r125_pr = "Solve for %s: %s. Show each step. %s" % (r125_v, r125_eq, r125_sent.format(v=r125_v))
        r125_fam = "r125_eqvalue" if r125_off == "eq" else ("r125_op" if r125_at.startswith(("op-", "pm-")) else "r125_next")
        if r125_et in ("m", "n", "y") and r125_at not in r125_few:
            continue
        E("d125-q-%s-%s" % (r125_at, r125_et), r125_fam + "_pair", r125_pr, r125_v, r125_val, [r125_pl, r125_right],
          report=r125_rep)
        r125_pairs.append((r125_b, "d125-q-%s-%s" % (r125_at, r125_et)))
        if r125_et == "f" or (r125_et == "a" and r125_at in r125_few):
            r125_pr2 = "Solve for %s: %s. %s Show your steps." % (r125_v, r125_eq, r125_sent.format(v=r125_v))
            E("d125-qs-%s-%s" % (r125_at, r125_et), r125_fam + "_mis", r125_pr2, r125_v, r125_val,
              [r125_pl, r125_right, r125_right], report=r125_rep)
            r125_singles.append("d125-qs-%s-%s" % (r125_at, r125_et))
# safe: words of the same vocabulary that ask for nothing else
r125_safe("q-exact", "Solve for x: x + 5 = 11. Show each step. Give the exact answer.", "6", "x + 5 = 11")
r125_safe("q-full", "Solve for x: x + 5 = 11. Show each step. Give the full answer.", "6", "x + 5 = 11")
r125_safe("q-oneline", "Solve for x: x + 5 = 11. Show each step. Give the answer on one line.", "6", "x + 5 = 11")
r125_safe("q-simplest", "Solve for x: 2x = 3. Show each step. Give x in simplest form.", "3/2", "2x = 3")
r125_safe("q-unknown", "Solve for x: x + 5 = 11. Show each step. Give the unknown.", "6", "x + 5 = 11")
r125_safe("q-sentence", "Solve for x: x + 5 = 11. Show each step. Give the answer in a sentence.", "6", "x + 5 = 11")

# ================================================================ 5b. a relation chained to the equation with the variable alone
# ("2x + 3 = 11 < x": 11 < x fails at x = 4, so nothing solves it; the relation reads as punctuation)
r125_chains = [
    # tag, var, chained request equation, plain equation, plain value
    ("lt-a", "x", "2x + 3 = 11 < x", "2x + 3 = 11", "4"),
    ("le-a", "x", "2x + 3 = 11 <= x", "2x + 3 = 11", "4"),
    ("gtl-a", "x", "x > 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("gel-a", "x", "x >= 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("lt-f", "x", "x + 5 = 11 < x", "x + 5 = 11", "6"),
    ("le-f", "x", "x + 5 = 11 <= x", "x + 5 = 11", "6"),
    ("gtl-f", "x", "x > x + 5 = 11", "x + 5 = 11", "6"),
    ("lt-y", "y", "y + 2 = 9 < y", "y + 2 = 9", "7"),
    ("gtl-y", "y", "y > y + 2 = 9", "y + 2 = 9", "7"),
    ("lt-n", "n", "5n = 20 < n", "5n = 20", "4"),
    ("le-m", "x", "3x - 1 = 8 <= x", "3x - 1 = 8", "3"),
    ("gtl-m", "x", "x > 3x - 1 = 8", "3x - 1 = 8", "3"),
    # a relation of the variable with itself that never holds
    ("and-ltx", "x", "2x + 3 = 11 and x < x", "2x + 3 = 11", "4"),
    ("cm-gtx", "x", "2x + 3 = 11, x > x", "2x + 3 = 11", "4"),
    ("cm-nex", "x", "2x + 3 = 11, x != x", "2x + 3 = 11", "4"),
    ("where-nex", "x", "x + 5 = 11 where x != x", "x + 5 = 11", "6"),
    ("where-ltx", "y", "y + 2 = 9 where y < y", "y + 2 = 9", "7"),
    ("ltlt", "x", "2x + 3 = 11 < x < x", "2x + 3 = 11", "4"),
    ("much", "x", "2x + 3 = 11 << x", "2x + 3 = 11", "4"),
]
for r125_t, r125_v, r125_ch, r125_pe, r125_pv in r125_chains:
    r125_b = r125_base(r125_v, r125_pe, r125_pv)
    r125_pl = "%s\n%s = %s" % (r125_pe, r125_v, r125_pv)
    r125_no = r125_pl + "\nBut the chained relation fails at %s = %s, so no value solves the request." % (r125_v, r125_pv)
    E("d125-ch-" + r125_t, "r125_chain_pair", "Solve for %s: %s. Show each step." % (r125_v, r125_ch), r125_v, r125_NR, [r125_pl, r125_no])
    r125_pairs.append((r125_b, "d125-ch-" + r125_t))
    E("d125-chs-" + r125_t, "r125_chain_mis", "Solve for %s: %s. Show your steps." % (r125_v, r125_ch), r125_v, r125_NR,
      [r125_pl, r125_no, r125_no])
    r125_singles.append("d125-chs-" + r125_t)
# safe: the chained relation holds at the solution
r125_safe("ch-gt", "Solve for x: 2x + 3 = 11 > x.", "4", "2x + 3 = 11")
r125_safe("ch-ltl", "Solve for x: x < 2x + 3 = 11.", "4", "2x + 3 = 11")
r125_safe("ch-ne", "Solve for x: 2x + 3 = 11 != x.", "4", "2x + 3 = 11")
r125_safe("ch-ge", "Solve for x: x + 5 = 11 >= x.", "6", "x + 5 = 11")

# ================================================================ 6. readings, not findings (marked arguable): implicit multiplication
# before division, a dot that may group thousands
r125_c("iq-x2p3", "Solve for x: x/2(3) = 6.", "36", ("x/6 = 6", "36"), ("3x/2 = 6", "4"), singles=False, fam="r125_arguable_pair")
r125_c("iq-12x", "Solve for x: 1/2x + 1 = 5.", "8", ("(1/2)x + 1 = 5", "8"), ("(1/2)x + 1 = 5", "8"), singles=False,
  fam="r125_arguable_pair")
r125_c("iq-62", "Solve for x: 6/2(x) = 9.", "3", ("3x = 9", "3"), ("3x = 9", "3"), singles=False, fam="r125_arguable_pair")
r125_c("iq-th15", "Solve for x: x + 1.500 = 2.000.", "500", ("x + 1500 = 2000", "500"), ("x + 1.5 = 2", "1/2"), singles=False,
  fam="r125_arguable_pair")
r125_c("iq-th2", "Solve for x: 2x = 4.000.", "2000", ("2x = 4000", "2000"), ("2x = 4", "2"), singles=False, fam="r125_arguable_pair")
r125_c("iq-var", "Solve for x: 2x + 3 = 11. Show each step. Give the variable's name.", r125_NR, ("2x + 3 = 11", "4"), r125_A, singles=False,
  fam="r125_arguable_pair")

r125_arguable = {p["id"] for p in P if p["family"].startswith("r125_arguable")}


# Arguable ids still served from the cache after the fixes (their expected answer is one reading
# of several; FINDINGS.md, rounds 123-128): left out of the ctest set.
r125_left_out = {'d125-p-iq-var', 'd125-p-iq-x2p3', 'd125-p-iq-th15', 'd125-p-iq-th2'}
P[:] = [r125_p for r125_p in P if r125_p["id"] not in r125_left_out]
