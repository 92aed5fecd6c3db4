"""Red-team round 116 (black box, stepcache-s40): linear_equation spellings the equation reader may misread.
Tried: signs and numbers as HTML character references ("&frac12;x", "&#x2212;x", "11&sup2;", "3&frac12;"), dash-like
characters that are no ASCII minus before the first term (U+2010, U+2011, U+2012, U+FE63, U+2796, U+02D7, U+2015, U+2014),
requests for another value in words and functions ("a third of x", "sqrt(x)", "log2(x)"), the raised decimal point,
another equation's stored answer with other numbers; safe variants (paraphrase, whitespace, renamed variable, "+x",
a double sign, a bullet, "11&sup1;", "Give the root").
What got through (each confirmed alone, REPORT.md): (A) an EM DASH (U+2014) before the first term ("Solve for x: —x + 5 = 11",
"—2x + 3 = 11", "—(x + 5) = 11", "Find x if —x + 5 = 11", in quotes or brackets) is dropped by the equation reader and read as
punctuation by the instruction comparison, so the plain equation's stored answer is reused (also through the licensed
number rewrite: "—x + 4 = 10" from "x + 5 = 11"); (B) an em dash before the variable in what is asked ("Find —x if
2x + 3 = 11", "If 2x + 3 = 11, what is —x?") serves x's value; (C) the raised decimal point U+00B7 ("x + 0·5 = 3",
"2x = 0·8", "2x + 3 = 11·0") is read as a product (0·5 = 0), and the stored answer of "2x = 8" is rewritten to
"2x = 0 / x = 0". HTML references, the other dashes and the report words are served fresh wrong but never stored.
Probes of the family r116_arguable (a line-opening or colon-glued em dash, "1·5"/"2·5", the dot operator) are readings,
not findings. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r116_NR = "999"
r116_bases = {}   # prompt -> id
r116_pairs = []
r116_singles = []


def r116_base(var, eq, val):
    pr = "Solve for %s: %s. Show each step." % (var, eq)
    if pr not in r116_bases:
        bid = "d116-base-%d" % len(r116_bases)
        r116_bases[pr] = bid
        E(bid, "r116_base", pr, var, val, ["%s\n%s = %s" % (eq, var, val)])
    return r116_bases[pr]


def r116_c(id, core, value, right, mis, var="x", singles=True, bvar=None):
    """core: the request without its closing sentence; value: the right value (by hand);
    right/mis: (first equation, value) as a careful reader / a misreading reads it."""
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    bid = r116_base(bvar or var, mis[0], mis[1])
    E("d116-p-" + id, "r116_pair", core + " Show each step.", var, value, [m, r])
    r116_pairs.append((bid, "d116-p-" + id))
    if singles:
        E("d116-r-" + id, "r116_right", core + " Work it out.", var, value, [r] * 4)
        E("d116-s-" + id, "r116_mis", core + " Show your steps.", var, value, [m, r, r])
        r116_singles.append("d116-s-" + id)


def r116_safe(id, core, value, eq, var="x"):
    """A variant whose right answer is the plain equation's: reuse is allowed."""
    a = "%s\n%s = %s" % (eq, var, value)
    r116_base(var, eq, value)
    E("d116-safe-" + id, "r116_safe", core + " Show each step.", var, value, [a], safe=True)


r116_NR = r116_NR
r116_F = ("x + 5 = 11", "6")
r116_NF = ("-x + 5 = 11", "-6")
r116_A = ("2x + 3 = 11", "4")
r116_NA = ("-2x + 3 = 11", "-4")
r116_P16 = ("-(x + 5) = 11", "-16")
r116_X4 = ("x = 4", "4")
r116_NX4 = ("-x = 4", "-4")
r116_M3 = ("3x + 5 = 11", "2")
r116_NM3 = ("-3x + 5 = 11", "-2")
r116_H = ("x/2 + 5 = 11", "12")
r116_NH = ("-x/2 + 5 = 11", "-12")

# ================================================================ 1. dash-like characters before the first term
r116_dashes = [
    ("hy", "\u2010"),      # HYPHEN
    ("nbh", "\u2011"),     # NON-BREAKING HYPHEN
    ("fig", "\u2012"),     # FIGURE DASH
    ("shm", "\ufe63"),     # SMALL HYPHEN-MINUS
    ("hvy", "\u2796"),     # HEAVY MINUS SIGN
    ("mod", "\u02d7"),     # MODIFIER LETTER MINUS SIGN
    ("em", "\u2014"),      # r116_EM DASH
    ("bar", "\u2015"),     # HORIZONTAL BAR
]
for r116_t, r116_d in r116_dashes:
    r116_c(r116_t + "-f", "Solve for x: %sx + 5 = 11." % r116_d, "-6", r116_NF, r116_F)
    r116_c(r116_t + "-a", "Solve for x: %s2x + 3 = 11." % r116_d, "-4", r116_NA, r116_A)
    r116_c(r116_t + "-m3", "Solve for x: %s3x + 5 = 11." % r116_d, "-2", r116_NM3, r116_M3)
    r116_c(r116_t + "-par", "Solve for x: %s(x + 5) = 11." % r116_d, "-16", r116_P16, r116_F)
    r116_c(r116_t + "-x4", "Solve for x: %sx = 4." % r116_d, "-4", r116_NX4, r116_X4)
    r116_c(r116_t + "-half", "Solve for x: %sx/2 + 5 = 11." % r116_d, "-12", r116_NH, r116_H)
    if r116_t != "em":
        r116_c(r116_t + "-sp", "Solve for x: %s x + 5 = 11." % r116_d, "-6", r116_NF, r116_F, singles=r116_t in ("hy", "nbh", "fig", "hvy"))
for r116_t, r116_d in r116_dashes[:6] + [r116_dashes[6]]:
    r116_c(r116_t + "-nl", "Solve for x:\n%sx + 5 = 11" % r116_d, "-6", r116_NF, r116_F, singles=False)
    r116_c(r116_t + "-first", "%sx + 5 = 11. Solve for x." % r116_d, "-6", r116_NF, r116_F, singles=False)
    r116_c(r116_t + "-if", "Find x if %sx + 5 = 11." % r116_d, "-6", r116_NF, r116_F, singles=False)
    r116_c(r116_t + "-in", "Solve %sx + 5 = 11 for x." % r116_d, "-6", r116_NF, r116_F, singles=False)
    r116_c(r116_t + "-neg4", "Solve for x: %sx = \u22124." % r116_d, "4", ("-x = -4", "4"), ("x = -4", "-4"), singles=False)
    r116_c(r116_t + "-y", "Solve for y: %sy + 5 = 11." % r116_d, "-6", ("-y + 5 = 11", "-6"), ("y + 5 = 11", "6"), var="y",
      singles=False)
    r116_c(r116_t + "-n7", "Solve for n: %s7n + 2 = 16." % r116_d, "-2", ("-7n + 2 = 16", "-2"), ("7n + 2 = 16", "2"), var="n",
      singles=False)

# ================================================================ 2. HTML character references: a sign before the first term
r116_signs = [
    ("hxm", "&#x2212;"), ("hxd", "&#x2d;"), ("hxD", "&#x2D;"), ("nd", "&ndash;"), ("hx13", "&#x2013;"),
    ("hx10", "&#x2010;"), ("hyph", "&hyphen;"), ("dash", "&dash;"), ("hxX", "&#X2212;"), ("hxfe", "&#xFE63;"),
]
for r116_t, r116_d in r116_signs:
    r116_c(r116_t + "-f", "Solve for x: %sx + 5 = 11." % r116_d, "-6", r116_NF, r116_F)
    r116_c(r116_t + "-a", "Solve for x: %s2x + 3 = 11." % r116_d, "-4", r116_NA, r116_A, singles=r116_t in ("hxm", "hxd", "nd"))
    r116_c(r116_t + "-par", "Solve for x: %s(x + 5) = 11." % r116_d, "-16", r116_P16, r116_F, singles=r116_t in ("hxm", "hxd"))
    r116_c(r116_t + "-x4", "Solve for x: %sx = 4." % r116_d, "-4", r116_NX4, r116_X4, singles=r116_t in ("hxm", "hxd"))
r116_c("hxm-sp", "Solve for x: &#x2212; x + 5 = 11.", "-6", r116_NF, r116_F)
r116_c("hxm-first", "&#x2212;x + 5 = 11. Solve for x.", "-6", r116_NF, r116_F, singles=False)
r116_c("hxm-nl", "Solve for x:\n&#x2212;x + 5 = 11", "-6", r116_NF, r116_F, singles=False)
r116_c("hxm-n", "Solve for n: &#x2212;n + 5 = 11.", "-6", ("-n + 5 = 11", "-6"), ("n + 5 = 11", "6"), var="n")

# ================================================================ 3. HTML character references: fractions before the variable
r116_fr = [
    # id, reference, equation rest, right value, misread equation and value
    ("f12", "&frac12;", "x + 3 = 7", "8", ("x + 3 = 7", "4"), "(1/2)x + 3 = 7"),
    ("f12s", "&frac12; ", "x + 3 = 7", "8", ("x + 3 = 7", "4"), "(1/2)x + 3 = 7"),
    ("hbd", "&#xBD;", "x + 3 = 7", "8", ("x + 3 = 7", "4"), "(1/2)x + 3 = 7"),
    ("h0bd", "&#x00BD;", "x + 3 = 7", "8", ("x + 3 = 7", "4"), "(1/2)x + 3 = 7"),
    ("half", "&half;", "x + 3 = 7", "8", ("x + 3 = 7", "4"), "(1/2)x + 3 = 7"),
    ("f34", "&frac34;", "x = 6", "8", ("x = 6", "6"), "(3/4)x = 6"),
    ("hbe", "&#xbe;", "x = 6", "8", ("x = 6", "6"), "(3/4)x = 6"),
    ("f13", "&frac13;", "x + 1 = 3", "6", ("x + 1 = 3", "2"), "(1/3)x + 1 = 3"),
    ("h2153", "&#x2153;", "x + 1 = 3", "6", ("x + 1 = 3", "2"), "(1/3)x + 1 = 3"),
    ("f14", "&frac14;", "x = 2", "8", ("x = 2", "2"), "(1/4)x = 2"),
    ("hbc", "&#xBC;", "x = 2", "8", ("x = 2", "2"), "(1/4)x = 2"),
    ("f23", "&frac23;", "x = 4", "6", ("x = 4", "4"), "(2/3)x = 4"),
    ("h2154", "&#X2154;", "x = 4", "6", ("x = 4", "4"), "(2/3)x = 4"),
    ("f15", "&frac15;", "x = 1", "5", ("x = 1", "1"), "(1/5)x = 1"),
    ("f18", "&frac18;", "x = 1", "8", ("x = 1", "1"), "(1/8)x = 1"),
    ("h215b", "&#x215B;", "x = 1", "8", ("x = 1", "1"), "(1/8)x = 1"),
    ("f38", "&frac38;", "x = 3", "8", ("x = 3", "3"), "(3/8)x = 3"),
    ("f58", "&frac58;", "x = 5", "8", ("x = 5", "5"), "(5/8)x = 5"),
    ("f16", "&frac16;", "x = 1", "6", ("x = 1", "1"), "(1/6)x = 1"),
    ("f45", "&frac45;", "x = 4", "5", ("x = 4", "4"), "(4/5)x = 4"),
    ("f56", "&frac56;", "x = 5", "6", ("x = 5", "5"), "(5/6)x = 5"),
    ("f78", "&frac78;", "x = 7", "8", ("x = 7", "7"), "(7/8)x = 7"),
    ("f25", "&frac25;", "x = 2", "5", ("x = 2", "2"), "(2/5)x = 2"),
    ("f12b", "&frac12;", "x + 5 = 11", "12", ("x + 5 = 11", "6"), "(1/2)x + 5 = 11"),
    ("f34b", "&frac34;", "x - 1 = 5", "8", ("x - 1 = 5", "6"), "(3/4)x - 1 = 5"),
]
for r116_t, r116_ref, r116_rest, r116_val, r116_mis, r116_reqd in r116_fr:
    r116_c(r116_t, "Solve for x: %s%s." % (r116_ref, r116_rest), r116_val, (r116_reqd, r116_val), r116_mis,
      singles=r116_t in ("f12", "f12s", "hbd", "half", "f34", "f13", "f14", "f23", "f18", "f12b"))
r116_c("f12-y", "Solve for y: &frac12;y + 3 = 7.", "8", ("(1/2)y + 3 = 7", "8"), ("y + 3 = 7", "4"), var="y")
r116_c("f12-first", "&frac12;x + 3 = 7. Solve for x.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"), singles=False)
r116_c("f12-nl", "Solve for x:\n&frac12;x + 3 = 7", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"), singles=False)
r116_c("f12-if", "Find x if &frac12;x + 3 = 7.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"), singles=False)

# ================================================================ 4. HTML character references after the last number
r116_tail = [
    ("t-f12", "Solve for x: 2x + 3 = 11&frac12;.", "17/4", ("2x + 3 = 23/2", "17/4"), r116_A),
    ("t-f12s", "Solve for x: 2x + 3 = 11 &frac12;.", "17/4", ("2x + 3 = 23/2", "17/4"), r116_A),
    ("t-hbd", "Solve for x: 2x + 3 = 11&#xBD;.", "17/4", ("2x + 3 = 23/2", "17/4"), r116_A),
    ("t-f14", "Solve for x: 2x + 3 = 11&frac14;.", "33/8", ("2x + 3 = 45/4", "33/8"), r116_A),
    ("t-x312", "Solve for x: x = 3&frac12;.", "7/2", ("x = 7/2", "7/2"), ("x = 3", "3")),
    ("t-x234", "Solve for x: x = 2&frac34;.", "11/4", ("x = 11/4", "11/4"), ("x = 2", "2")),
    ("t-x1312", "Solve for x: x + 1 = 3&frac12;.", "5/2", ("x + 1 = 7/2", "5/2"), ("x + 1 = 3", "2")),
    ("t-f5112", "Solve for x: x + 5 = 11&frac12;.", "13/2", ("x + 5 = 23/2", "13/2"), r116_F),
    ("t-sq", "Solve for x: 2x + 3 = 11&sup2;.", "59", ("2x + 3 = 121", "59"), r116_A),
    ("t-hb2", "Solve for x: 2x + 3 = 11&#xB2;.", "59", ("2x + 3 = 121", "59"), r116_A),
    ("t-cu", "Solve for x: 2x + 3 = 11&sup3;.", "664", ("2x + 3 = 1331", "664"), r116_A),
    ("t-sq5", "Solve for x: 2x + 3 = 5&sup2;.", "11", ("2x + 3 = 25", "11"), ("2x + 3 = 5", "1")),
    ("t-sq3", "Solve for x: x + 1 = 3&sup2;.", "8", ("x + 1 = 9", "8"), ("x + 1 = 3", "2")),
    ("t-hb3", "Solve for x: x + 1 = 3&#xB2;.", "8", ("x + 1 = 9", "8"), ("x + 1 = 3", "2")),
    ("t-sq10", "Solve for x: x - 1 = 10&sup2;.", "101", ("x - 1 = 100", "101"), ("x - 1 = 10", "11")),
    ("t-inv", "Solve for x: 2x + 3 = 11&#x207B;&#xB9;.", "-16/11", ("2x + 3 = 1/11", "-16/11"), r116_A),
    ("t-pct", "Solve for x: 2x + 3 = 11&percnt;.", "-289/200", ("2x + 3 = 0.11", "-289/200"), r116_A),
    ("t-h25", "Solve for x: 2x + 3 = 11&#x25;.", "-289/200", ("2x + 3 = 0.11", "-289/200"), r116_A),
    ("t-pm", "Solve for x: 2x + 3 = 11&permil;.", "-2989/2000", ("2x + 3 = 0.011", "-2989/2000"), r116_A),
    ("t-d1", "Solve for x: 2x + 3 = 1&#x31;.", "4", r116_A, ("2x + 3 = 1", "-1")),
]
for r116_t, r116_core, r116_val, r116_right, r116_mis in r116_tail:
    r116_c(r116_t, r116_core, r116_val, r116_right, r116_mis, singles=r116_t in ("t-f12", "t-x312", "t-sq", "t-sq3", "t-hb2", "t-f5112", "t-pct", "t-d1"))

# ================================================================ 5. requests for another value in words or functions
def r116_rep(id, tail, expr, val, extra):
    """The plain equation asked with a request for another value; the stale answer gives x only."""
    base = r116_base("x", "2x + 3 = 11", "4")
    plain = "2x + 3 = 11\n2x = 8\nx = 4"
    right = plain + "\n" + extra
    pr = "Solve for x: 2x + 3 = 11. " + tail
    E("d116-q-" + id, "r116_report", pr, "x", "4", [plain, right, right], report={"expression": expr, "value": val})
    r116_pairs.append((base, "d116-q-" + id))
    r116_singles.append("d116-q-" + id)


r116_rep("third", "Answer with a third of x.", "x/3", "4/3", "x/3 = 4/3")
r116_rep("fifth", "Answer with a fifth of x.", "x/5", "4/5", "x/5 = 4/5")
r116_rep("sixth", "Answer with a sixth of x.", "x/6", "2/3", "x/6 = 2/3")
r116_rep("eighth", "Answer with an eighth of x.", "x/8", "1/2", "x/8 = 1/2")
r116_rep("third2", "Give a third of x.", "x/3", "4/3", "x/3 = 4/3")
r116_rep("third3", "Then give one third of x.", "x/3", "4/3", "x/3 = 4/3")
r116_rep("fifth2", "Report a fifth of the solution.", "x/5", "4/5", "x/5 = 4/5")
r116_rep("sqrt", "Give sqrt(x).", "sqrt(x)", "2", "sqrt(x) = 2")
r116_rep("rad", "Give \u221ax.", "sqrt(x)", "2", "sqrt(x) = 2")
r116_rep("radonly", "Answer with \u221ax only.", "sqrt(x)", "2", "sqrt(x) = 2")
r116_rep("sqrt2", "Then give sqrt(x).", "sqrt(x)", "2", "sqrt(x) = 2")
r116_rep("log2", "Give log2(x).", "log2(x)", "2", "log2(x) = 2")
r116_rep("log2b", "Then report log2(x) only.", "log2(x)", "2", "log2(x) = 2")
r116_rep("fact", "Give fact(x).", "fact(x)", "24", "fact(x) = 24")
r116_rep("exp2", "Give pow(2, x).", "pow(2,x)", "16", "pow(2,x) = 16")
r116_rep("sq", "Give sq(x).", "sq(x)", "16", "sq(x) = 16")
r116_rep("cube", "Give cube(x).", "cube(x)", "64", "cube(x) = 64")
r116_rep("inv", "Give inv(x).", "inv(x)", "1/4", "inv(x) = 1/4")
r116_rep("recip", "Give recip(x).", "recip(x)", "1/4", "recip(x) = 1/4")
r116_rep("neg", "Give neg(x).", "neg(x)", "-4", "neg(x) = -4")
r116_rep("dbl", "Give dbl(x).", "dbl(x)", "8", "dbl(x) = 8")
r116_rep("half", "Give half(x).", "half(x)", "2", "half(x) = 2")

# ================================================================ 6. safe variants (the plain equation's answer is right)
r116_safe("para1", "Please solve for x: x + 5 = 11.", "6", "x + 5 = 11")
r116_safe("ws", "Solve for x:  x + 5  =  11.", "6", "x + 5 = 11")
r116_safe("ren", "Solve for y: y + 5 = 11.", "6", "y + 5 = 11", var="y")
r116_safe("plus", "Solve for x: &#x2B;x + 5 = 11.", "6", "x + 5 = 11")
r116_safe("dbl", "Solve for x: &#x2212;&#x2212;x + 5 = 11.", "6", "x + 5 = 11")
r116_safe("sup1", "Solve for x: 2x + 3 = 11&sup1;.", "4", "2x + 3 = 11")
r116_safe("root", "Solve for x: 2x + 3 = 11. Give the root.", "4", "2x + 3 = 11")
r116_safe("octal", "Solve for x: 2x + 3 = 11. Give x in octal.", "4", "2x + 3 = 11")
r116_safe("para2", "Solve for x: 2x + 3 = 11. Please show every step.", "4", "2x + 3 = 11")
r116_safe("minus", "Solve for x: \u2212x + 5 = 11.", "-6", "-x + 5 = 11")
r116_safe("ascii", "Solve for x: -x + 5 = 11.", "-6", "-x + 5 = 11")
r116_safe("frac", "Solve for x: (1/2)x + 3 = 7.", "8", "(1/2)x + 3 = 7")

# ================================================================ 7. the em dash as a sign (batch 2: what got through in batch 1)
r116_EM = "\u2014"
r116_c("em2-a7", "Solve for x: %s7 + x = 1." % r116_EM, "8", ("-7 + x = 1", "8"), ("7 + x = 1", "-6"))
r116_c("em2-lhs1", "Solve for x: %s1 = x - 5." % r116_EM, "4", ("-1 = x - 5", "4"), ("1 = x - 5", "6"))
r116_c("em2-2x8", "Solve for x: %s2x = 8." % r116_EM, "-4", ("-2x = 8", "-4"), ("2x = 8", "4"))
r116_c("em2-x4q", "Solve for x: %sx/4 = 2." % r116_EM, "-8", ("-x/4 = 2", "-8"), ("x/4 = 2", "8"))
r116_c("em2-dec", "Solve for x: %s0.5x + 1 = 3." % r116_EM, "-4", ("-0.5x + 1 = 3", "-4"), ("0.5x + 1 = 3", "4"))
r116_c("em2-parA", "Solve for x: %s(2x + 3) = 11." % r116_EM, "-7", ("-(2x + 3) = 11", "-7"), ("(2x + 3) = 11", "4"))
r116_c("em2-parm", "Solve for x: %s(x - 2) = 3." % r116_EM, "-1", ("-(x - 2) = 3", "-1"), ("(x - 2) = 3", "5"))
r116_c("em2-3par", "Solve for x: %s3(x + 1) = 6." % r116_EM, "-3", ("-3(x + 1) = 6", "-3"), ("3(x + 1) = 6", "1"))
r116_c("em2-both", "Solve for x: %sx + 5 = 2x + 11." % r116_EM, "-2", ("-x + 5 = 2x + 11", "-2"), ("x + 5 = 2x + 11", "-6"))
r116_c("em2-both4", "Solve for x: %s4x + 1 = 2x + 13." % r116_EM, "-2", ("-4x + 1 = 2x + 13", "-2"), ("4x + 1 = 2x + 13", "6"))
r116_c("em2-dq", "Solve for x: \u201c%sx + 5 = 11\u201d." % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-guil", "Solve for x: \u00ab%sx + 5 = 11\u00bb." % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-sq", "Solve for x: \u2018%s2x + 3 = 11\u2019." % r116_EM, "-4", r116_NA, r116_A)
r116_c("em2-cjk", "Solve for x: \u300c%sx + 5 = 11\u300d." % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-y", "Solve for y: %sy + 5 = 11." % r116_EM, "-6", ("-y + 5 = 11", "-6"), ("y + 5 = 11", "6"), var="y")
r116_c("em2-n", "Solve for n: %s7n + 2 = 16." % r116_EM, "-2", ("-7n + 2 = 16", "-2"), ("7n + 2 = 16", "2"), var="n")
r116_c("em2-t", "Solve for t: %st/3 = 2." % r116_EM, "-6", ("-t/3 = 2", "-6"), ("t/3 = 2", "6"), var="t")
r116_c("em2-a", "Solve for a: %sa + 1 = 0." % r116_EM, "1", ("-a + 1 = 0", "1"), ("a + 1 = 0", "-1"), var="a")
r116_c("em2-eqn", "Solve the equation %sx + 5 = 11 for x." % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-what", "What is x if %sx + 5 = 11?" % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-given", "Given %sx + 5 = 11, find x." % r116_EM, "-6", r116_NF, r116_F)
r116_c("em2-if2", "If %s2x + 3 = 11, what is x?" % r116_EM, "-4", r116_NA, r116_A)
r116_c("em2-col", "Solve for x:%sx + 5 = 11." % r116_EM, "-6", r116_NF, r116_F, singles=False)  # arguable: ":\u2014" may be old-style punctuation
r116_c("em2-nl", "Solve for x:\n%sx + 5 = 11" % r116_EM, "-6", r116_NF, r116_F, singles=False)  # arguable: a line-opening dash
r116_safe("em-minus", "Solve for x: \u2212%s2x + 3 = 11." % r116_EM, "4", "2x + 3 = 11")
r116_safe("em-bul", "Solve for x: \u20222x + 3 = 11.", "4", "2x + 3 = 11")

# ================================================================ 8. the raised decimal point (U+00B7) read as a product
r116_MD = "\u00b7"
r116_c("md-x05", "Solve for x: x + 0%s5 = 3." % r116_MD, "5/2", ("x + 0.5 = 3", "5/2"), ("x + 0 = 3", "3"))
r116_c("md-x025", "Solve for x: x + 0%s25 = 1." % r116_MD, "3/4", ("x + 0.25 = 1", "3/4"), ("x + 0 = 1", "1"))
r116_c("md-x075", "Solve for x: x + 0%s75 = 2." % r116_MD, "5/4", ("x + 0.75 = 2", "5/4"), ("x + 0 = 2", "2"))
r116_c("md-xm05", "Solve for x: x - 0%s5 = 2." % r116_MD, "5/2", ("x - 0.5 = 2", "5/2"), ("x - 0 = 2", "2"))
r116_c("md-2x05", "Solve for x: 2x = 0%s5." % r116_MD, "1/4", ("2x = 0.5", "1/4"), ("2x = 0", "0"))
r116_c("md-4x08", "Solve for x: 4x = 0%s8." % r116_MD, "1/5", ("4x = 0.8", "1/5"), ("4x = 0", "0"))
r116_c("md-xh05", "Solve for x: x/2 = 0%s5." % r116_MD, "1", ("x/2 = 0.5", "1"), ("x/2 = 0", "0"))
r116_c("md-rhs", "Solve for x: x = 0%s5 + 1." % r116_MD, "3/2", ("x = 0.5 + 1", "3/2"), ("x = 0 + 1", "1"))
r116_c("md-3x", "Solve for x: 3x + 0%s3 = 0%s9." % (r116_MD, r116_MD), "1/5", ("3x + 0.3 = 0.9", "1/5"), ("3x + 0 = 0", "0"))
r116_c("md-y", "Solve for y: y + 0%s5 = 3." % r116_MD, "5/2", ("y + 0.5 = 3", "5/2"), ("y + 0 = 3", "3"), var="y")
# arguable (a product in German notation): 1·5, 2·5, 11·5
r116_c("mdq-15", "Solve for x: x + 1%s5 = 4." % r116_MD, "5/2", ("x + 1.5 = 4", "5/2"), ("x + 5 = 4", "-1"), singles=False)
r116_c("mdq-25", "Solve for x: x - 2%s5 = 1." % r116_MD, "7/2", ("x - 2.5 = 1", "7/2"), ("x - 10 = 1", "11"), singles=False)
r116_c("md-110", "Solve for x: 2x + 3 = 11%s0." % r116_MD, "4", r116_A, ("2x + 3 = 0", "-3/2"))
r116_c("md-30", "Solve for x: x + 3 = 3%s0." % r116_MD, "0", ("x + 3 = 3", "0"), ("x + 3 = 0", "-3"))
r116_c("md-100", "Solve for x: x = 1%s00 + 2." % r116_MD, "3", ("x = 3", "3"), ("x = 0 + 2", "2"))
r116_c("md-2x10", "Solve for x: 2x = 1%s0." % r116_MD, "1/2", ("2x = 1", "1/2"), ("2x = 0", "0"))
r116_c("mdq-dotop", "Solve for x: x + 0\u22c55 = 3.", "5/2", ("x + 0.5 = 3", "5/2"), ("x + 0 = 3", "3"), singles=False)  # arguable: U+22C5 is the dot operator


# ================================================================ 9. the em dash as a sign in what is asked (a report of -x)
def r116_emrep(id, base_pr, var_pr, expr="-x", val="-4", var="x", plain="2x + 3 = 11\n2x = 8\nx = 4", xval="4"):
    bid = "d116-eb-" + id
    E(bid, "r116_base", base_pr, var, xval, [plain])
    right = plain + "\n%s = %s" % (expr, val)
    E("d116-er-" + id, "r116_emreport", var_pr, var, xval, [plain, right, right], report={"expression": expr, "value": val})
    r116_pairs.append((bid, "d116-er-" + id))
    r116_singles.append("d116-er-" + id)


r116_emrep("find", "Find x if 2x + 3 = 11.", "Find %sx if 2x + 3 = 11." % r116_EM)
r116_emrep("findval", "Find the value of x if 2x + 3 = 11.", "Find the value of %sx if 2x + 3 = 11." % r116_EM)
r116_emrep("whatis", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is %sx?" % r116_EM)
r116_emrep("eqq", "Solve for x: 2x + 3 = 11. x = ?", "Solve for x: 2x + 3 = 11. %sx = ?" % r116_EM)
r116_emrep("solvefor", "Solve for x: 2x + 3 = 11. Show the steps.", "Solve for %sx: 2x + 3 = 11. Show the steps." % r116_EM)
r116_emrep("report", "Solve for x: 2x + 3 = 11. Report x.", "Solve for x: 2x + 3 = 11. Report %sx." % r116_EM)
r116_emrep("give", "Solve for x: 2x + 3 = 11. Then give x.", "Solve for x: 2x + 3 = 11. Then give %sx." % r116_EM)
r116_emrep("quoted", "Solve for x: 2x + 3 = 11. Give \u201cx\u201d.", "Solve for x: 2x + 3 = 11. Give \u201c%sx\u201d." % r116_EM)
r116_emrep("equals", "If 2x + 3 = 11, then x equals what?", "If 2x + 3 = 11, then %sx equals what?" % r116_EM)
r116_emrep("ifeq", "If 2x + 3 = 11, x = ?", "If 2x + 3 = 11, %sx = ?" % r116_EM)
r116_emrep("tail", "Solve for x: 2x + 3 = 11 x?", "Solve for x: 2x + 3 = 11 %sx?" % r116_EM)
r116_emrep("findy", "Find y if 3y - 1 = 8.", "Find %sy if 3y - 1 = 8." % r116_EM, expr="-y", val="-3", var="y",
           plain="3y - 1 = 8\n3y = 9\ny = 3", xval="3")


# ================================================================ 10. another equation's stored answer (other numbers) against the em dash and the raised point
def r116_n(id, base_eq, base_val, core, value, right, mis, var="x"):
    bid = r116_base(var, base_eq, base_val)
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    E("d116-n-" + id, "r116_other", core + " Show each step.", var, value, [m, r])
    r116_pairs.append((bid, "d116-n-" + id))


r116_n("em410", "x + 5 = 11", "6", "Solve for x: %sx + 4 = 10." % r116_EM, "-6", ("-x + 4 = 10", "-6"), ("x + 4 = 10", "6"))
r116_n("em29", "x + 5 = 11", "6", "Solve for x: %sx + 2 = 9." % r116_EM, "-7", ("-x + 2 = 9", "-7"), ("x + 2 = 9", "7"))
r116_n("em73", "x + 5 = 11", "6", "Solve for x: %sx + 7 = 3." % r116_EM, "4", ("-x + 7 = 3", "4"), ("x + 7 = 3", "-4"))
r116_n("em2513", "2x + 3 = 11", "4", "Solve for x: %s2x + 5 = 13." % r116_EM, "-4", ("-2x + 5 = 13", "-4"), ("2x + 5 = 13", "4"))
r116_n("em3312", "2x + 3 = 11", "4", "Solve for x: %s3x + 3 = 12." % r116_EM, "-3", ("-3x + 3 = 12", "-3"), ("3x + 3 = 12", "3"))
r116_n("em219", "2x + 3 = 11", "4", "Solve for x: %s2x + 1 = 9." % r116_EM, "-4", ("-2x + 1 = 9", "-4"), ("2x + 1 = 9", "4"))
r116_n("md23", "x + 2 = 3", "1", "Solve for x: x + 0%s5 = 3." % r116_MD, "5/2", ("x + 0.5 = 3", "5/2"), ("x + 0 = 3", "3"))
r116_n("md2x8", "2x = 8", "4", "Solve for x: 2x = 0%s8." % r116_MD, "2/5", ("2x = 0.8", "2/5"), ("2x = 0", "0"))
r116_n("md3x6", "3x = 6", "2", "Solve for x: 3x = 1%s0." % r116_MD, "1/3", ("3x = 1", "1/3"), ("3x = 0", "0"))
r116_n("md1", "x - 1 = 2", "3", "Solve for x: x - 0%s5 = 2." % r116_MD, "5/2", ("x - 0.5 = 2", "5/2"), ("x - 0 = 2", "2"))

r116_safe("em-punct", "Solve for x \u2014 x + 5 = 11.", "6", "x + 5 = 11")
r116_safe("em-tail", "Solve for x: x + 5 = 11 \u2014 please.", "6", "x + 5 = 11")
r116_safe("dec", "Solve for x: x + 0.5 = 3.", "5/2", "x + 0.5 = 3")

# ================================================================ arguable probes (the expected answer is a reading): marked, not findings
r116_arguable = {"d116-p-em2-col", "d116-p-em2-nl", "d116-p-em-nl", "d116-p-em-first", "d116-p-mdq-15", "d116-p-mdq-25",
                 "d116-p-mdq-dotop"}
for r116_p in P:
    if r116_p["id"] in r116_arguable:
        r116_p["family"] = "r116_arguable"

