r"""Red-team round 138 (black box, stepcache-s46): LINEAR EQUATIONS SPREAD OVER LINES OR PARTS (linear_equation, E probes).
The request's equation goes on past a line break (or a break-like character), or a term stands on the line before it.
Pairs: the one-line equation "Solve for x: 2x + 3 = 11. Show each step." (also "x + 5 = 11", "3x - 2 = 10") is stored,
then the spread variant asks again with the model answering the stale one-line steps first. Singles: the same variant
with "Show your steps." and the model solving only the first line, run twice on one store.
Tried and held (refused or answered fresh, never served stale): a signed term on the next line after LF, CRLF, CR,
U+2028, U+2029, U+0085, "  \n", "\n   ", tab-LF, zero-width space / word joiner before or after LF ("\n− x", "\n-x",
"\n+ 2", "\n− x + 1", "\n× 2", "\n/ 2": "a term on the line after the equation"); words ("minus x", "plus 2",
"take away x", "and subtract x from the left", "and add 2 to the right side", "Minus x."); a second equation on the
next line, bare or in words/brackets ("x − 1 = 5", "(x − 1 = 5)", "[…]", "and …", "Then: …", "also x = 2x − 5"; after
VT, FF, U+2028, in a code block or table: "two equations"); "2x" alone (the number 2); a term on the line before
("x +\n2x + 3 = 11", "3 +\n2x = 11", "5 +\n…", "x −\n…", also after VT/FF/U+2028/FS); '=' at a line's edge
("2x + 3\n= 11 − x", "2x + 3 =\n11 − x", "11 −\nx", also with VT/FF); code blocks, indented blocks, LaTeX align /
aligned / cases / "\\\\" / \newline, markdown tables, <br>, block quotes; next lines opened by "[", "{", "<", "$",
"**", "_", "↳", ">", "|", "(…", "(−x)", "(then − 2x)", "(then + 2)", "(then − y)", "Now/Next/Hence/Thus/PS/but/after that",
"~", "§", "¶", "…"; VT/FF before "-x" (glued), "− 2x", "− x − x", "+ 2", "minus x", "− y"; C1 controls U+0080/U+009F.
What got through (alone.txt: 328 items, 230 pairs + 98 singles, confirmed alone on a fresh store; 102 more arguable in alone_arguable.txt; pairs served the stored one-line "x = 4"; singles stored the
model's first-line answer and served it in run 2) -- "reason: all 2 steps verified":
(A) VT, FF and C0 control characters as the line break before a signed term: "Solve for x: 2x + 3 = 11\v− x." (right 8/3),
"2x + 3 = 11\f− x", "… = 11\v+ x" (right 8), "\f− (x)", " \v − x", "\v\v− x", "\v− x\v", VT/FF inside a ``` code block,
FS/GS/RS/US (\x1c-\x1f) and "\n\x1c− x"; "\v× x", "\v÷ x", "\v· x", "\v* x", "\v/ x", "\v(then − x)", "\vSo − x.",
"\v(+ x)"; with other variables ("Solve for y: y + 2 = 9\v− y.", "Solve for n: 4n − 1 = 7\f+ n") and "What is x if
2x + 3 = 11\v− x?".
(B) A NEXT LINE OPENED BY A WORD, A BRACKET OR A MARK the line-after rule does not see as a term: "\n(then − x)",
"\n(− x)", "\n(+ x)", "\n(and − x)", "\n(then + x)", "\n(then ÷ x)", "\n(then × x)", "\nthen − x", "\nthen: − x",
"\nThen − x.", "\nSo − x.", "\nAnd − x.", "\nalso: − x", "\n... − x", "\n→ − x", "\n& − x", "\n* − x", "\n— − x",
"\n`− x`", "\n\"− x\"", and "\n<opener> − x." / "+ x." for Finally, Step 2:, Then,, With, or, •, ·, #, @, =>, ::, ;, ,, ', «;
also after CRLF and after a blank line ("\r\n(then − x)", "\n\n(then − x)"); "Find x.\n2x + 3 = 11\n(then − x)".
Arguable (r138_arguable, family "…_arguable"): a lone "x" (or "(x)", "( x )", "x.", "x:", "x?", "\"x\"", "  x", a lone "−")
on the line after or before the equation (may be read as the variable restated, not a term); BEL/ESC/DEL/SOH/BS/SO/SUB
as the break (garbage characters). Adds its probes to probe_kit.P."""
from fractions import Fraction as r138_Fr

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r138_NR = "999"   # no single value solves the request
r138_bases = {}
r138_pairs = []
r138_singles = []
r138_safe_ids = []
r138_arguable = set()


def r138_fr(v):
    v = r138_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r138_base(var, eq, val):
    pr = "Solve for %s: %s. Show each step." % (var, eq)
    if pr not in r138_bases:
        bid = "d138-base-%d" % len(r138_bases)
        r138_bases[pr] = bid
        E(bid, "r138_base", pr, var, val, ["%s\n%s = %s" % (eq, var, val)])
    return r138_bases[pr]


def r138_c(id, core, value, right, mis, fam, single=True, arg=False, var="x", late=False):
    """core: the request without its closing instruction. right/mis: (first equation, value)."""
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    if arg:
        fam = fam + "_arguable"
    bid = r138_base(var, mis[0], mis[1])
    pid = "d138-p-" + id
    first = m
    if late:
        first = "%s\n%s = %s\n%s\n%s = %s" % (mis[0], var, mis[1], right[0], var, right[1])
    E(pid, fam + "_pair", core + " Show each step.", var, value, [first, r])
    r138_pairs.append((bid, pid))
    if arg:
        r138_arguable.add(pid)
    if single:
        sid = "d138-s-" + id
        E(sid, fam + "_mis", core + " Show your steps.", var, value, [first, r, r])
        r138_singles.append(sid)
        if arg:
            r138_arguable.add(sid)


def r138_safe(id, core, eq, val, var="x"):
    bid = r138_base(var, eq, val)
    sid = "d138-safe-" + id
    E(sid, "r138_safe", core + " Show each step.", var, val, ["%s\n%s = %s" % (eq, var, val)], safe=True)
    r138_safe_ids.append((bid, sid))


# equations: tag, text, a, b, c  (a x + b = c)
r138_EQS = [
    ("a", "2x + 3 = 11", 2, 3, 11),
    ("f", "x + 5 = 11", 1, 5, 11),
    ("t", "3x - 2 = 10", 3, -2, 10),
]


def r138_solve(a, b, c, d=0):
    """a x + b = c + d x"""
    if a == d:
        return r138_NR
    return r138_fr(r138_Fr(c - b) / (a - d))


r138_SEPS = [
    ("nl", "\n"), ("crlf", "\r\n"), ("cr", "\r"), ("ls", "\u2028"), ("ps", "\u2029"), ("nel", "\u0085"),
    ("vt", "\v"), ("ff", "\f"), ("zw", "\u200b"), ("mdbr", "  \n"), ("nlsp", "\n   "), ("tabnl", "\t\n"),
    ("zwnl", "\u200b\n"), ("nlzw", "\n\u200b"), ("wj", "\u2060\n"),
]
# continuation after the equation: tag, text, kind, arguable
r138_CONTS = [
    ("mx", "\u2212 x.", "mx", False),
    ("hx", "- x", "mx", False),
    ("p2", "+ 2", "p2", False),
]
r138_CONTS_NL = [
    ("hxg", "-x", "mx", False),
    ("mxp1", "\u2212 x + 1", "mxp1", False),
    ("wmx", "minus x", "mx", True),
    ("wp2", "plus 2", "p2", True),
    ("wtake", "take away x", "mx", True),
    ("wsubl", "and subtract x from the left", "lmx", True),
    ("wadd2r", "and add 2 to the right side", "p2", False),
    ("bx", "x", "nr", False),
    ("b2x", "2x", "nr", False),
    ("bpx", "(x)", "nr", False),
    ("then", "(then \u2212 x)", "nr", False),
    ("colon", "then: \u2212 x", "nr", False),
    ("eq2", "x \u2212 1 = 5", "nr", False),
    ("eq2b", "x + 2 = 3", "nr", False),
    ("times2", "\u00d7 2", "t2", False),
    ("div", "/ 2", "d2", False),
]


def r138_val(kind, a, b, c):
    if kind == "mx":
        return r138_solve(a, b, c, -1)
    if kind == "lmx":
        return r138_solve(a - 1, b, c)
    if kind == "mxp1":
        return r138_solve(a, b, c + 1, -1)
    if kind == "p2":
        return r138_solve(a, b, c + 2)
    if kind == "t2":
        return r138_solve(a, b, 2 * c)
    if kind == "d2":
        return r138_solve(a, b, r138_Fr(c, 2))
    return r138_NR


def r138_reqtext(kind, eq, a, b, c):
    lhs, rhs = eq.split(" = ")
    return {"mx": "%s = %s - x" % (lhs, rhs), "lmx": "%s - x = %s" % (lhs, rhs),
            "mxp1": "%s = %s - x + 1" % (lhs, rhs), "p2": "%s = %s + 2" % (lhs, rhs),
            "t2": "%s = %s * 2" % (lhs, rhs), "d2": "%s = %s / 2" % (lhs, rhs)}.get(kind, eq)


for r138_et, r138_eq, r138_a, r138_b, r138_cc in r138_EQS:
    r138_mis = (r138_eq, r138_solve(r138_a, r138_b, r138_cc))
    for r138_st, r138_sep in r138_SEPS:
        r138_conts = r138_CONTS + (r138_CONTS_NL if r138_st == "nl" else [])
        for r138_ct, r138_cont, r138_kind, r138_arg in r138_conts:
            r138_v = r138_val(r138_kind, r138_a, r138_b, r138_cc)
            r138_right = (r138_reqtext(r138_kind, r138_eq, r138_a, r138_b, r138_cc),
                          r138_v if r138_v != r138_NR else "7")
            r138_c("%s-%s-%s" % (r138_et, r138_st, r138_ct), "Solve for x: %s%s%s" % (r138_eq, r138_sep, r138_cont),
                   r138_v, r138_right, r138_mis, "r138_cont", single=(r138_st in ("nl", "ls", "zw", "nel") or r138_et == "a"),
                   arg=r138_arg)


r138_b2_start = len(P)
# ================================================================ batch 2 (after batch 1: VT/FF and bracketed/labelled continuations got through)
r138_arguable.update({"d138-p-%s-nl-%s" % (e, t) for e in "aft" for t in ("bx", "bpx")})
r138_arguable.update({"d138-s-%s-nl-%s" % (e, t) for e in "aft" for t in ("bx", "bpx")})
# continuation lines after a separator: tag, separator, text, kind
r138_B2 = [
    ("vt-hxg", "\v", "-x", "mx"), ("ff-hxg", "\f", "-x", "mx"), ("vt-mxp1", "\v", "\u2212 x + 1", "mxp1"),
    ("vt-m2x", "\v", "\u2212 2x", "m2x"), ("ff-m2x", "\f", "\u2212 2x", "m2x"), ("vt-px", "\v", "+ x", "px"),
    ("ff-px", "\f", "+ x", "px"), ("vt-wmx", "\v", "minus x", "mx"), ("vt-bx", "\v", "x", "nr"),
    ("vt-then", "\v", "(then \u2212 x)", "nr"), ("vtnl-mx", "\v\n", "\u2212 x.", "mx"), ("nlvt-mx", "\n\v", "\u2212 x.", "mx"),
    ("spvt-mx", " \v ", "\u2212 x.", "mx"), ("spff-mx", " \f ", "\u2212 x.", "mx"), ("ffnl-mx", "\f\n", "\u2212 x.", "mx"),
    ("vt-mxx", "\v", "\u2212 x \u2212 x", "m2x"), ("ff-mpx", "\f", "\u2212 (x)", "mx"),
    ("fs-mx", "\x1c", "\u2212 x.", "mx"), ("gs-mx", "\x1d", "\u2212 x.", "mx"), ("rs-mx", "\x1e", "\u2212 x.", "mx"),
    ("us-mx", "\x1f", "\u2212 x.", "mx"), ("nul-mx", "\x00", "\u2212 x.", "mx") if False else ("bel-mx", "\x07", "\u2212 x.", "mx"),
    ("esc-mx", "\x1b", "\u2212 x.", "mx"), ("del-mx", "\x7f", "\u2212 x.", "mx"),
    ("sp-mx", " ", "\u2212 x.", "mx"),
    # bracketed / labelled continuations on the next line
    ("nl-pmx", "\n", "(\u2212 x)", "nr"), ("nl-pminus", "\n", "(minus x)", "nr"), ("nl-pand", "\n", "(and \u2212 x)", "nr"),
    ("nl-bkmx", "\n", "[\u2212 x]", "nr"), ("nl-thenmx", "\n", "then \u2212 x", "nr"), ("nl-next", "\n", "next: \u2212 x", "nr"),
    ("nl-pright", "\n", "(\u2212 x on the right)", "nr"), ("nl-psub", "\n", "(subtract x)", "nr"),
    ("nl-pthen2x", "\n", "(then \u2212 2x)", "nr"), ("nl-pthenp2", "\n", "(then + 2)", "nr"), ("nl-pthenp", "\n", "(then + x)", "nr"),
    ("nl-pthendiv", "\n", "(then \u00f7 x)", "nr"), ("nl-Then", "\n", "Then \u2212 x.", "nr"), ("nl-also", "\n", "also: \u2212 x", "nr"),
    ("nl-cont", "\n", "(cont.) \u2212 x", "nr"), ("nl-dots", "\n", "\u2026 \u2212 x", "mx"), ("nl-dots3", "\n", "... \u2212 x", "mx"),
    ("nl-ell", "\n", "\u2212 x \u2026", "nr"), ("nl-pthenx", "\n", "(then x)", "nr"), ("nl-thencol", "\n", "then: x", "nr"),
    ("nl-px2", "\n", "(x)(x)", "nr"), ("nl-bkx", "\n", "[x]", "nr"), ("nl-xdot", "\n", "x.", "nr"), ("nl-xcol", "\n", "x:", "nr"),
    ("nl-xx", "\n", "x x", "nr"), ("nl-y", "\n", "y", "nr"), ("nl-sx", "\n", "  x", "nr"), ("nl-eqx", "\n", "= x", "nr"),
    ("nl-xq", "\n", "x?", "nr"), ("nl-mxonly", "\n", "\u2212", "nr"), ("nl-pxp", "\n", "( x )", "nr"),
    ("nl-brx", "\n", "{x}", "nr"), ("nl-ang", "\n", "<x>", "nr"), ("nl-qx", "\n", "\"x\"", "nr"),
    ("nl-then-vt", "\v", "(then \u2212 x)", "nr"), ("ls-then", "\u2028", "(then \u2212 x)", "nr"),
    ("ls-bx", "\u2028", "x", "nr"), ("ps-bx", "\u2029", "x", "nr"), ("crlf-bx", "\r\n", "x", "nr"), ("crlf-then", "\r\n", "(then \u2212 x)", "nr"),
    ("nl2-then", "\n\n", "(then \u2212 x)", "nr"), ("nl2-bx", "\n\n", "x", "nr"),
]


def r138_val2(kind, a, b, c):
    if kind == "m2x":
        return r138_solve(a, b, c, -2)
    if kind == "px":
        return r138_solve(a, b, c, 1)
    return r138_val(kind, a, b, c)


def r138_req2(kind, eq):
    lhs, rhs = eq.split(" = ")
    if kind == "m2x":
        return "%s = %s - 2x" % (lhs, rhs)
    if kind == "px":
        return "%s = %s + x" % (lhs, rhs)
    return r138_reqtext(kind, eq, 0, 0, 0)


for r138_et, r138_eq, r138_a, r138_b, r138_cc in r138_EQS:
    r138_mis = (r138_eq, r138_solve(r138_a, r138_b, r138_cc))
    for r138_t, r138_sep, r138_cont, r138_kind in r138_B2:
        r138_v = r138_val2(r138_kind, r138_a, r138_b, r138_cc)
        r138_right = (r138_req2(r138_kind, r138_eq), r138_v if r138_v != r138_NR else "7")
        r138_ag = r138_t.endswith("bx") or r138_t in ("nl-xdot", "nl-xcol", "nl-xx", "nl-y", "nl-sx", "nl-xq", "nl-pxp",
                                                      "nl-bkx", "nl-brx", "nl-ang", "nl-qx", "nl-px2", "nl-mxonly", "nl-ell")
        r138_c("%s-%s" % (r138_et, r138_t), "Solve for x: %s%s%s" % (r138_eq, r138_sep, r138_cont), r138_v, r138_right,
               r138_mis, "r138_b2", single=(r138_et == "a"), arg=r138_ag)

# ---------------------------------------------------------------- a term on the line before, '=' at a line's edge
r138_B3 = [
    # tag, core, value, right eq, mis eq
    ("xplus", "Solve for x: x +\n2x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11"),
    ("3plus", "Solve for x: 3 +\n2x = 11", "4", "3 + 2x = 11", "2x = 11"),
    ("5plus", "Solve for x: 5 +\n2x + 3 = 11", "3/2", "2x + 8 = 11", "2x + 3 = 11"),
    ("xminus", "Solve for x: x \u2212\n2x + 3 = 11", "-8", "-x + 3 = 11", "2x + 3 = 11"),
    ("xplusnl", "Solve for x:\nx +\n2x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11"),
    ("xplusvt", "Solve for x: x +\v2x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11"),
    ("xplusff", "Solve for x: x +\f2x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11"),
    ("xplusls", "Solve for x: x +\u20282x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11"),
    ("xalone", "Solve for x: x\n2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("pxalone", "Solve for x:\n(x)\n2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("vtxalone", "Solve for x: x\v2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("mxfirst", "Solve for x: \u2212x\v2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("3plusvt", "Solve for x: 3 +\v2x = 11", "4", "3 + 2x = 11", "2x = 11"),
    ("befeq", "Solve for x: 2x + 3\n= 11 \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("afteq", "Solve for x: 2x + 3 =\n11 \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("aftmin", "Solve for x: 2x + 3 = 11 \u2212\nx", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("aftminvt", "Solve for x: 2x + 3 = 11 \u2212\vx", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("aftminff", "Solve for x: 2x + 3 = 11 \u2212\fx", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("befeqvt", "Solve for x: 2x + 3\v= 11 \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("afteqvt", "Solve for x: 2x + 3 =\v11 \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("mxp2", "Solve for x: 2x + 3 = 11 \u2212 x\n+ 2", "10/3", "2x + 3 = 13 - x", "2x + 3 = 11 - x"),
    ("mxp2vt", "Solve for x: 2x + 3 = 11 \u2212 x\v+ 2", "10/3", "2x + 3 = 13 - x", "2x + 3 = 11 - x"),
    ("lhsnl", "Solve for x: 2x\n+ 3 = 11", "4", "2x + 3 = 11", "2x = 11"),
    ("lhsvt", "Solve for x: 2x\v+ 3 = 11", "4", "2x + 3 = 11", "2x = 11"),
    ("lhsvtm", "Solve for x: 2x\v\u2212 3 = 11", "7", "2x - 3 = 11", "2x = 11"),
    # code block, LaTeX, table
    ("code", "Solve for x:\n```\n2x + 3 = 11\n\u2212 x\n```", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("codevt", "Solve for x:\n```\n2x + 3 = 11\v\u2212 x\n```", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("codex", "Solve for x:\n```\n2x + 3 = 11\nx\n```", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("ind", "Solve for x:\n    2x + 3 = 11\n    \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("align", "Solve for x: \\begin{align} 2x + 3 &= 11 \\\\ &\\quad \u2212 x \\end{align}", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("align2", "Solve for x: \\begin{aligned} 2x + 3 &= 11 \\\\ x &= 2x \u2212 5 \\end{aligned}", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("alignx", "Solve for x: \\begin{align} 2x + 3 &= 11 \\\\ &x \\end{align}", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("alignsys", "Solve for x: \\begin{cases} 2x + 3 = 11 \\\\ x \u2212 1 = 5 \\end{cases}", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("arr", "Solve for x: $$2x + 3 = 11 \\\\ \u2212 x$$", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("latexnl", "Solve for x: $2x + 3 = 11 \\newline \u2212 x$", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("tbl", "| equation |\n|---|\n| 2x + 3 = 11 |\n| \u2212 x |\nSolve for x.", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("tblx", "| equation |\n|---|\n| 2x + 3 = 11 |\n| x |\nSolve for x.", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("tblsplit", "Solve for x:\n| 2x + 3 | = 11 \u2212 x |", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("tblbr", "Solve for x:\n| 2x + 3 = 11<br>\u2212 x |", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("br", "Solve for x: 2x + 3 = 11<br>\u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("brx", "Solve for x: 2x + 3 = 11<br>x", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("quote", "Solve for x:\n> 2x + 3 = 11\n> \u2212 x", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11"),
    ("quotex", "Solve for x:\n> 2x + 3 = 11\n> x", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("eq2vt", "Solve for x: 2x + 3 = 11\vx \u2212 1 = 5", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("eq2ff", "Solve for x: 2x + 3 = 11\fx \u2212 1 = 5", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("eq2ls", "Solve for x: 2x + 3 = 11\u2028x \u2212 1 = 5", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("eq2code", "Solve for x:\n```\n2x + 3 = 11\nx \u2212 1 = 5\n```", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
    ("eq2tbl", "| 2x + 3 = 11 |\n| x \u2212 1 = 5 |\nSolve for x.", r138_NR, "2x + 3 = 11", "2x + 3 = 11"),
]
for r138_t, r138_core, r138_v, r138_req, r138_meq in r138_B3:
    r138_mv = {"2x + 3 = 11": "4", "2x = 11": "11/2", "2x + 3 = 11 - x": "8/3"}[r138_meq]
    r138_c("e-" + r138_t, r138_core, r138_v, (r138_req, r138_v if r138_v != r138_NR else "7"), (r138_meq, r138_mv),
           "r138_b3", arg=r138_t in ("xalone", "pxalone", "vtxalone", "codex", "alignx", "tblx", "brx", "quotex"))

# ---------------------------------------------------------------- the model states the stale value, then the right one at the end
for r138_t, r138_sep in (("nl", "\n"), ("vt", "\v"), ("ff", "\f"), ("ls", "\u2028")):
    r138_c("late-" + r138_t, "Solve for x: 2x + 3 = 11%s\u2212 x." % r138_sep, "8/3", ("2x + 3 = 11 - x", "8/3"),
           ("2x + 3 = 11", "4"), "r138_late", late=True)

# ---------------------------------------------------------------- safe variants
for r138_t, r138_core in (("blank", "Solve for x: 2x + 3 = 11\n"), ("instr", "Solve for x: 2x + 3 = 11\n- Show each step"),
                          ("instr2", "Solve for x: 2x + 3 = 11\nShow your working."), ("lhsrhs", "Solve for x: 2x + 3\n= 11"),
                          ("mdbr", "Solve for x:  \n2x + 3 = 11"), ("vtinstr", "Solve for x: 2x + 3 = 11\vShow each step."),
                          ("nlfirst", "Solve for x:\n2x + 3 = 11"), ("code", "Solve for x:\n```\n2x + 3 = 11\n```"),
                          ("subboth", "Solve for x: 2x + 3 = 11\nthen subtract 3 from both sides"),
                          ("calc", "Solve for x: 2x + 3 = 11\n(no calculator)"), ("ls", "Solve for x:\u20282x + 3 = 11"),
                          ("vtfirst", "Solve for x:\v2x + 3 = 11"), ("blank2", "Solve for x: 2x + 3 = 11\n\n")):
    r138_safe(r138_t, r138_core, "2x + 3 = 11", "4")

r138_arguable.update({"d138-%s-%s-%s" % (k, e, t) for k in "ps" for e in "aft"
                      for t in ("nl-pthenx", "nl-thencol", "bel-mx", "esc-mx", "del-mx")})
r138_b3_start = len(P)
# ================================================================ batch 3 (after batch 2: a next line opening with a letter,
# a bracket or dots; VT/FF/C0 controls before a lone signed term)
r138_B4 = [
    # tag, separator, continuation, kind, arguable
    ("nl-ppx", "\n", "(+ x)", "nr", False), ("nl-so", "\n", "So \u2212 x.", "nr", False), ("nl-And", "\n", "And \u2212 x.", "nr", False),
    ("nl-Minus", "\n", "Minus x.", "mx", True), ("nl-Also", "\n", "Also \u2212 x.", "nr", False),
    ("nl-arr", "\n", "\u2192 \u2212 x", "nr", False), ("nl-hook", "\n", "\u21b3 \u2212 x", "nr", False),
    ("nl-amp", "\n", "& \u2212 x", "nr", False), ("nl-star", "\n", "* \u2212 x", "nr", False), ("nl-gt", "\n", "> \u2212 x", "nr", False),
    ("nl-pipe", "\n", "| \u2212 x |", "nr", False), ("nl-emd", "\n", "\u2014 \u2212 x", "nr", False),
    ("nl-peq2", "\n", "(x \u2212 1 = 5)", "nr", False), ("nl-beq2", "\n", "[x \u2212 1 = 5]", "nr", False),
    ("nl-andeq2", "\n", "and x \u2212 1 = 5", "nr", False), ("nl-theneq2", "\n", "Then: x \u2212 1 = 5", "nr", False),
    ("nl-alsoeq2", "\n", "also x = 2x \u2212 5", "nr", False), ("nl-peq2b", "\n", "(where x + x = 3)", "nr", False),
    ("nl-xeqy", "\n", "(x = y)", "nr", False), ("nl-pxx", "\n", "(then \u00d7 x)", "nr", False),
    ("nl-pdots", "\n", "(\u2026 \u2212 x)", "nr", False), ("nl-pdx", "\n", "(\u2212x)", "nr", False),
    ("nl-pmy", "\n", "(then \u2212 y)", "nr", False), ("nl-pmxp", "\n", "(then \u2212 x + x)", "nr", False),
    ("nl-qmx", "\n", "\"\u2212 x\"", "nr", False), ("nl-btmx", "\n", "`\u2212 x`", "nr", False), ("nl-dolmx", "\n", "$\u2212 x$", "nr", False),
    ("nl-ast", "\n", "**\u2212 x**", "nr", False), ("nl-und", "\n", "_\u2212 x_", "nr", False),
    ("nl-bothm", "\n", "(then \u2212 x on both sides)", "safe4", False), ("nl-bothsub", "\n", "(then subtract x from both sides)", "safe4", False),
    ("nl-bs", " \\\n", "\u2212 x", "mx", False), ("nl-oparen", " (\n", "\u2212 x)", "nr", False),
    ("vt-times", "\v", "\u00d7 x", "nr", False), ("vt-div", "\v", "\u00f7 x", "nr", False), ("vt-dot", "\v", "\u00b7 x", "nr", False),
    ("vt-ast", "\v", "* x", "nr", False), ("vt-slash", "\v", "/ x", "nr", False), ("vt-my", "\v", "\u2212 y", "nr", False),
    ("vt-mxvt", "\v", "\u2212 x\v", "mx", False), ("vt-eq2", "\v", "(x \u2212 1 = 5)", "nr", False),
    ("vt-So", "\v", "So \u2212 x.", "nr", False), ("vt-pxp", "\v", "(+ x)", "nr", False), ("vtvt-mx", "\v\v", "\u2212 x", "mx", False),
    ("ff-then", "\f", "(then \u2212 x)", "nr", False), ("ff-bx", "\f", "x", "nr", True),
    ("c01-mx", "\x01", "\u2212 x.", "mx", True), ("c08-mx", "\x08", "\u2212 x.", "mx", True), ("c0e-mx", "\x0e", "\u2212 x.", "mx", True),
    ("c1a-mx", "\x1a", "\u2212 x.", "mx", True), ("c1c-px", "\x1c", "+ x", "px", False), ("c1e-then", "\x1e", "(then \u2212 x)", "nr", False),
    ("c80-mx", "\x80", "\u2212 x.", "mx", True), ("c9f-mx", "\x9f", "\u2212 x.", "mx", True),
    ("nlc1c-mx", "\n\x1c", "\u2212 x.", "mx", False), ("crvt-mx", "\r\v", "\u2212 x.", "mx", False),
]

for r138_et, r138_eq, r138_a, r138_b, r138_cc in r138_EQS:
    r138_mis = (r138_eq, r138_solve(r138_a, r138_b, r138_cc))
    for r138_t, r138_sep, r138_cont, r138_kind, r138_ag in r138_B4:
        if r138_kind == "safe4":
            if r138_et == "a":
                r138_safe(r138_t, "Solve for x: %s%s%s" % (r138_eq, r138_sep, r138_cont), r138_eq, r138_mis[1])
            continue
        r138_v = r138_val2(r138_kind, r138_a, r138_b, r138_cc)
        r138_right = (r138_req2(r138_kind, r138_eq), r138_v if r138_v != r138_NR else "7")
        r138_c("%s-%s" % (r138_et, r138_t), "Solve for x: %s%s%s" % (r138_eq, r138_sep, r138_cont), r138_v, r138_right,
               r138_mis, "r138_b4", single=(r138_et == "a"), arg=r138_ag)

# other variables and a plain question form, the shapes that got through
for r138_t, r138_core, r138_v, r138_req, r138_meq, r138_mv, r138_var in [
    ("y-vt", "Solve for y: y + 2 = 9\v\u2212 y.", "7/2", "y + 2 = 9 - y", "y + 2 = 9", "7", "y"),
    ("y-then", "Solve for y: y + 2 = 9\n(then \u2212 y)", r138_NR, "y + 2 = 9 - y", "y + 2 = 9", "7", "y"),
    ("n-ff", "Solve for n: 4n \u2212 1 = 7\f+ n", "-8/3", "4n - 1 = 7 + n", "4n - 1 = 7", "2", "n"),
    ("n-dots", "Solve for n: 4n \u2212 1 = 7\n... \u2212 n", "8/5", "4n - 1 = 7 - n", "4n - 1 = 7", "2", "n"),
    ("what-vt", "What is x if 2x + 3 = 11\v\u2212 x?", "8/3", "2x + 3 = 11 - x", "2x + 3 = 11", "4", "x"),
    ("find-then", "Find x.\n2x + 3 = 11\n(then \u2212 x)", r138_NR, "2x + 3 = 11 - x", "2x + 3 = 11", "4", "x"),
    ("pre-dots", "Solve for x: x + \u2026\n2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11", "4", "x"),
    ("pre-vtmx", "Solve for x: 5 \u2212\v2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11", "4", "x"),
    ("pre-ctl", "Solve for x: x +\x1c2x + 3 = 11", "8/3", "3x + 3 = 11", "2x + 3 = 11", "4", "x"),
    ("pre-then", "Solve for x:\n(x +)\n2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11", "4", "x"),
    ("pre-xdot", "Solve for x:\nx.\n2x + 3 = 11", r138_NR, "2x + 3 = 11", "2x + 3 = 11", "4", "x"),
]:
    r138_c("e-" + r138_t, r138_core, r138_v, (r138_req, r138_v if r138_v != r138_NR else "7"), (r138_meq, r138_mv),
           "r138_b5", var=r138_var, arg=r138_t in ("pre-xdot",))

r138_arguable.update({"d138-%s-%s-%s" % (k, e, t) for k in "ps" for e in "aft" for t in ("c01-mx", "c08-mx", "c0e-mx", "c1a-mx")})
r138_b4_start = len(P)
# ================================================================ batch 4: the next line opened by a word or a mark, then a signed term
r138_OPEN = [("Now", "Now"), ("Next", "Next"), ("Hence", "Hence"), ("Thus", "Thus"), ("Finally", "Finally"),
             ("Step2", "Step 2:"), ("Note", "Note:"), ("PS", "PS"), ("With", "With"), ("but", "but"), ("or", "or"),
             ("Then", "Then,"), ("after", "after that"), ("again", "again"),
             ("bul", "\u2022"), ("mid", "\u00b7"), ("til", "~"), ("hash", "#"), ("at", "@"), ("sect", "\u00a7"),
             ("para", "\u00b6"), ("darr", "=>"), ("dcol", "::"), ("semi", ";"), ("comma", ","), ("apos", "'"),
             ("guil", "\u00ab"), ("ellip", "\u2026")]
r138_OCONT = [("mx", "\u2212 x", "mx"), ("px", "+ x", "px")]
for r138_et, r138_eq, r138_a, r138_b, r138_cc in r138_EQS[:2]:
    r138_mis = (r138_eq, r138_solve(r138_a, r138_b, r138_cc))
    for r138_ot, r138_op in r138_OPEN:
        for r138_ct, r138_cont, r138_kind in r138_OCONT:
            r138_c("%s-op-%s-%s" % (r138_et, r138_ot, r138_ct), "Solve for x: %s\n%s %s." % (r138_eq, r138_op, r138_cont),
                   r138_NR, (r138_req2(r138_kind, r138_eq), r138_val2(r138_kind, r138_a, r138_b, r138_cc)), r138_mis,
                   "r138_b6", single=(r138_et == "a"))


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 2th of the held rest.
from probe_kit import sample_round as r138_sample_round  # noqa: E402
r138_found = {
    'd138-base-0', 'd138-base-1', 'd138-base-2', 'd138-base-5',
    'd138-base-6', 'd138-p-a-bel-mx', 'd138-p-a-c01-mx', 'd138-p-a-c08-mx',
    'd138-p-a-c0e-mx', 'd138-p-a-c1a-mx', 'd138-p-a-c1c-px', 'd138-p-a-c1e-then',
    'd138-p-a-crlf-bx', 'd138-p-a-crlf-then', 'd138-p-a-del-mx', 'd138-p-a-esc-mx',
    'd138-p-a-ff-bx', 'd138-p-a-ff-hx', 'd138-p-a-ff-mpx', 'd138-p-a-ff-mx',
    'd138-p-a-ff-px', 'd138-p-a-ff-then', 'd138-p-a-fs-mx', 'd138-p-a-gs-mx',
    'd138-p-a-nl-Also', 'd138-p-a-nl-And', 'd138-p-a-nl-Then', 'd138-p-a-nl-also',
    'd138-p-a-nl-amp', 'd138-p-a-nl-arr', 'd138-p-a-nl-bpx', 'd138-p-a-nl-btmx',
    'd138-p-a-nl-bx', 'd138-p-a-nl-colon', 'd138-p-a-nl-dots3', 'd138-p-a-nl-emd',
    'd138-p-a-nl-mxonly', 'd138-p-a-nl-pand', 'd138-p-a-nl-pmx', 'd138-p-a-nl-ppx',
    'd138-p-a-nl-pthendiv', 'd138-p-a-nl-pthenp', 'd138-p-a-nl-pthenx', 'd138-p-a-nl-pxp',
    'd138-p-a-nl-pxx', 'd138-p-a-nl-qmx', 'd138-p-a-nl-qx', 'd138-p-a-nl-so',
    'd138-p-a-nl-star', 'd138-p-a-nl-sx', 'd138-p-a-nl-then', 'd138-p-a-nl-then-vt',
    'd138-p-a-nl-thencol', 'd138-p-a-nl-thenmx', 'd138-p-a-nl-xcol', 'd138-p-a-nl-xdot',
    'd138-p-a-nl-xq', 'd138-p-a-nl2-bx', 'd138-p-a-nl2-then', 'd138-p-a-nlc1c-mx',
    'd138-p-a-op-Finally-mx', 'd138-p-a-op-Finally-px', 'd138-p-a-op-Note-mx', 'd138-p-a-op-Note-px',
    'd138-p-a-op-Step2-mx', 'd138-p-a-op-Step2-px', 'd138-p-a-op-Then-mx', 'd138-p-a-op-Then-px',
    'd138-p-a-op-With-mx', 'd138-p-a-op-With-px', 'd138-p-a-op-again-mx', 'd138-p-a-op-again-px',
    'd138-p-a-op-apos-mx', 'd138-p-a-op-apos-px', 'd138-p-a-op-at-mx', 'd138-p-a-op-at-px',
    'd138-p-a-op-bul-mx', 'd138-p-a-op-bul-px', 'd138-p-a-op-comma-mx', 'd138-p-a-op-comma-px',
    'd138-p-a-op-darr-mx', 'd138-p-a-op-darr-px', 'd138-p-a-op-dcol-mx', 'd138-p-a-op-dcol-px',
    'd138-p-a-op-guil-mx', 'd138-p-a-op-guil-px', 'd138-p-a-op-hash-mx', 'd138-p-a-op-hash-px',
    'd138-p-a-op-mid-mx', 'd138-p-a-op-mid-px', 'd138-p-a-op-or-mx', 'd138-p-a-op-or-px',
    'd138-p-a-op-semi-mx', 'd138-p-a-op-semi-px', 'd138-p-a-rs-mx', 'd138-p-a-spff-mx',
    'd138-p-a-spvt-mx', 'd138-p-a-us-mx', 'd138-p-a-vt-So', 'd138-p-a-vt-ast',
    'd138-p-a-vt-bx', 'd138-p-a-vt-div', 'd138-p-a-vt-dot', 'd138-p-a-vt-hx',
    'd138-p-a-vt-mx', 'd138-p-a-vt-mxvt', 'd138-p-a-vt-px', 'd138-p-a-vt-pxp',
    'd138-p-a-vt-slash', 'd138-p-a-vt-then', 'd138-p-a-vt-times', 'd138-p-a-vtvt-mx',
    'd138-p-e-codevt', 'd138-p-e-codex', 'd138-p-e-find-then', 'd138-p-e-n-dots',
    'd138-p-e-n-ff', 'd138-p-e-pre-xdot', 'd138-p-e-pxalone', 'd138-p-e-vtxalone',
    'd138-p-e-what-vt', 'd138-p-e-xalone', 'd138-p-e-y-then', 'd138-p-e-y-vt',
    'd138-p-f-bel-mx', 'd138-p-f-c01-mx', 'd138-p-f-c08-mx', 'd138-p-f-c0e-mx',
    'd138-p-f-c1a-mx', 'd138-p-f-c1c-px', 'd138-p-f-c1e-then', 'd138-p-f-crlf-bx',
    'd138-p-f-crlf-then', 'd138-p-f-del-mx', 'd138-p-f-esc-mx', 'd138-p-f-ff-bx',
    'd138-p-f-ff-hx', 'd138-p-f-ff-mpx', 'd138-p-f-ff-mx', 'd138-p-f-ff-px',
    'd138-p-f-ff-then', 'd138-p-f-fs-mx', 'd138-p-f-gs-mx', 'd138-p-f-nl-Also',
    'd138-p-f-nl-And', 'd138-p-f-nl-Then', 'd138-p-f-nl-also', 'd138-p-f-nl-amp',
    'd138-p-f-nl-arr', 'd138-p-f-nl-bpx', 'd138-p-f-nl-btmx', 'd138-p-f-nl-bx',
    'd138-p-f-nl-colon', 'd138-p-f-nl-dots3', 'd138-p-f-nl-emd', 'd138-p-f-nl-mxonly',
    'd138-p-f-nl-pand', 'd138-p-f-nl-pmx', 'd138-p-f-nl-ppx', 'd138-p-f-nl-pthendiv',
    'd138-p-f-nl-pthenp', 'd138-p-f-nl-pthenx', 'd138-p-f-nl-pxp', 'd138-p-f-nl-pxx',
    'd138-p-f-nl-qmx', 'd138-p-f-nl-qx', 'd138-p-f-nl-so', 'd138-p-f-nl-star',
    'd138-p-f-nl-sx', 'd138-p-f-nl-then', 'd138-p-f-nl-then-vt', 'd138-p-f-nl-thencol',
    'd138-p-f-nl-thenmx', 'd138-p-f-nl-xcol', 'd138-p-f-nl-xdot', 'd138-p-f-nl-xq',
    'd138-p-f-nl2-bx', 'd138-p-f-nl2-then', 'd138-p-f-nlc1c-mx', 'd138-p-f-op-Finally-mx',
    'd138-p-f-op-Finally-px', 'd138-p-f-op-Note-mx', 'd138-p-f-op-Note-px', 'd138-p-f-op-Step2-mx',
    'd138-p-f-op-Step2-px', 'd138-p-f-op-Then-mx', 'd138-p-f-op-Then-px', 'd138-p-f-op-With-mx',
    'd138-p-f-op-With-px', 'd138-p-f-op-again-mx', 'd138-p-f-op-again-px', 'd138-p-f-op-apos-mx',
    'd138-p-f-op-apos-px', 'd138-p-f-op-at-mx', 'd138-p-f-op-at-px', 'd138-p-f-op-bul-mx',
    'd138-p-f-op-bul-px', 'd138-p-f-op-comma-mx', 'd138-p-f-op-comma-px', 'd138-p-f-op-darr-mx',
    'd138-p-f-op-darr-px', 'd138-p-f-op-dcol-mx', 'd138-p-f-op-dcol-px', 'd138-p-f-op-guil-mx',
    'd138-p-f-op-guil-px', 'd138-p-f-op-hash-mx', 'd138-p-f-op-hash-px', 'd138-p-f-op-mid-mx',
    'd138-p-f-op-mid-px', 'd138-p-f-op-or-mx', 'd138-p-f-op-or-px', 'd138-p-f-op-semi-mx',
    'd138-p-f-op-semi-px', 'd138-p-f-rs-mx', 'd138-p-f-spff-mx', 'd138-p-f-spvt-mx',
    'd138-p-f-us-mx', 'd138-p-f-vt-So', 'd138-p-f-vt-ast', 'd138-p-f-vt-bx',
    'd138-p-f-vt-div', 'd138-p-f-vt-dot', 'd138-p-f-vt-hx', 'd138-p-f-vt-mx',
    'd138-p-f-vt-mxvt', 'd138-p-f-vt-px', 'd138-p-f-vt-pxp', 'd138-p-f-vt-slash',
    'd138-p-f-vt-then', 'd138-p-f-vt-times', 'd138-p-f-vtvt-mx', 'd138-p-late-ff',
    'd138-p-late-vt', 'd138-p-t-bel-mx', 'd138-p-t-c01-mx', 'd138-p-t-c08-mx',
    'd138-p-t-c0e-mx', 'd138-p-t-c1a-mx', 'd138-p-t-c1c-px', 'd138-p-t-c1e-then',
    'd138-p-t-crlf-bx', 'd138-p-t-crlf-then', 'd138-p-t-del-mx', 'd138-p-t-esc-mx',
    'd138-p-t-ff-bx', 'd138-p-t-ff-hx', 'd138-p-t-ff-mpx', 'd138-p-t-ff-mx',
    'd138-p-t-ff-px', 'd138-p-t-ff-then', 'd138-p-t-fs-mx', 'd138-p-t-gs-mx',
    'd138-p-t-nl-Also', 'd138-p-t-nl-And', 'd138-p-t-nl-Then', 'd138-p-t-nl-also',
    'd138-p-t-nl-amp', 'd138-p-t-nl-arr', 'd138-p-t-nl-bpx', 'd138-p-t-nl-btmx',
    'd138-p-t-nl-bx', 'd138-p-t-nl-colon', 'd138-p-t-nl-dots3', 'd138-p-t-nl-emd',
    'd138-p-t-nl-mxonly', 'd138-p-t-nl-pand', 'd138-p-t-nl-pmx', 'd138-p-t-nl-ppx',
    'd138-p-t-nl-pthendiv', 'd138-p-t-nl-pthenp', 'd138-p-t-nl-pthenx', 'd138-p-t-nl-pxp',
    'd138-p-t-nl-pxx', 'd138-p-t-nl-qmx', 'd138-p-t-nl-qx', 'd138-p-t-nl-so',
    'd138-p-t-nl-star', 'd138-p-t-nl-sx', 'd138-p-t-nl-then', 'd138-p-t-nl-then-vt',
    'd138-p-t-nl-thencol', 'd138-p-t-nl-thenmx', 'd138-p-t-nl-xcol', 'd138-p-t-nl-xdot',
    'd138-p-t-nl-xq', 'd138-p-t-nl2-bx', 'd138-p-t-nl2-then', 'd138-p-t-nlc1c-mx',
    'd138-p-t-rs-mx', 'd138-p-t-spff-mx', 'd138-p-t-spvt-mx', 'd138-p-t-us-mx',
    'd138-p-t-vt-So', 'd138-p-t-vt-ast', 'd138-p-t-vt-bx', 'd138-p-t-vt-div',
    'd138-p-t-vt-dot', 'd138-p-t-vt-hx', 'd138-p-t-vt-mx', 'd138-p-t-vt-mxvt',
    'd138-p-t-vt-px', 'd138-p-t-vt-pxp', 'd138-p-t-vt-slash', 'd138-p-t-vt-then',
    'd138-p-t-vt-times', 'd138-p-t-vtvt-mx', 'd138-s-a-bel-mx', 'd138-s-a-c01-mx',
    'd138-s-a-c08-mx', 'd138-s-a-c0e-mx', 'd138-s-a-c1a-mx', 'd138-s-a-c1c-px',
    'd138-s-a-c1e-then', 'd138-s-a-crlf-bx', 'd138-s-a-crlf-then', 'd138-s-a-del-mx',
    'd138-s-a-esc-mx', 'd138-s-a-ff-bx', 'd138-s-a-ff-hx', 'd138-s-a-ff-mpx',
    'd138-s-a-ff-mx', 'd138-s-a-ff-px', 'd138-s-a-ff-then', 'd138-s-a-fs-mx',
    'd138-s-a-gs-mx', 'd138-s-a-nl-Also', 'd138-s-a-nl-And', 'd138-s-a-nl-Then',
    'd138-s-a-nl-also', 'd138-s-a-nl-amp', 'd138-s-a-nl-arr', 'd138-s-a-nl-bpx',
    'd138-s-a-nl-btmx', 'd138-s-a-nl-bx', 'd138-s-a-nl-colon', 'd138-s-a-nl-dots3',
    'd138-s-a-nl-emd', 'd138-s-a-nl-mxonly', 'd138-s-a-nl-pand', 'd138-s-a-nl-pmx',
    'd138-s-a-nl-ppx', 'd138-s-a-nl-pthendiv', 'd138-s-a-nl-pthenp', 'd138-s-a-nl-pthenx',
    'd138-s-a-nl-pxp', 'd138-s-a-nl-pxx', 'd138-s-a-nl-qmx', 'd138-s-a-nl-qx',
    'd138-s-a-nl-so', 'd138-s-a-nl-star', 'd138-s-a-nl-sx', 'd138-s-a-nl-then',
    'd138-s-a-nl-then-vt', 'd138-s-a-nl-thencol', 'd138-s-a-nl-thenmx', 'd138-s-a-nl-xcol',
    'd138-s-a-nl-xdot', 'd138-s-a-nl-xq', 'd138-s-a-nl2-bx', 'd138-s-a-nl2-then',
    'd138-s-a-nlc1c-mx', 'd138-s-a-op-Finally-mx', 'd138-s-a-op-Finally-px', 'd138-s-a-op-Note-mx',
    'd138-s-a-op-Note-px', 'd138-s-a-op-Step2-mx', 'd138-s-a-op-Step2-px', 'd138-s-a-op-Then-mx',
    'd138-s-a-op-Then-px', 'd138-s-a-op-With-mx', 'd138-s-a-op-With-px', 'd138-s-a-op-again-mx',
    'd138-s-a-op-again-px', 'd138-s-a-op-apos-mx', 'd138-s-a-op-apos-px', 'd138-s-a-op-at-mx',
    'd138-s-a-op-at-px', 'd138-s-a-op-bul-mx', 'd138-s-a-op-bul-px', 'd138-s-a-op-comma-mx',
    'd138-s-a-op-comma-px', 'd138-s-a-op-darr-mx', 'd138-s-a-op-darr-px', 'd138-s-a-op-dcol-mx',
    'd138-s-a-op-dcol-px', 'd138-s-a-op-guil-mx', 'd138-s-a-op-guil-px', 'd138-s-a-op-hash-mx',
    'd138-s-a-op-hash-px', 'd138-s-a-op-mid-mx', 'd138-s-a-op-mid-px', 'd138-s-a-op-or-mx',
    'd138-s-a-op-or-px', 'd138-s-a-op-semi-mx', 'd138-s-a-op-semi-px', 'd138-s-a-rs-mx',
    'd138-s-a-spff-mx', 'd138-s-a-spvt-mx', 'd138-s-a-us-mx', 'd138-s-a-vt-So',
    'd138-s-a-vt-ast', 'd138-s-a-vt-bx', 'd138-s-a-vt-div', 'd138-s-a-vt-dot',
    'd138-s-a-vt-hx', 'd138-s-a-vt-mx', 'd138-s-a-vt-mxvt', 'd138-s-a-vt-px',
    'd138-s-a-vt-pxp', 'd138-s-a-vt-slash', 'd138-s-a-vt-then', 'd138-s-a-vt-times',
    'd138-s-a-vtvt-mx', 'd138-s-e-codevt', 'd138-s-e-codex', 'd138-s-e-find-then',
    'd138-s-e-n-dots', 'd138-s-e-n-ff', 'd138-s-e-pre-xdot', 'd138-s-e-pxalone',
    'd138-s-e-vtxalone', 'd138-s-e-what-vt', 'd138-s-e-xalone', 'd138-s-e-y-then',
    'd138-s-e-y-vt', 'd138-s-f-nl-bpx', 'd138-s-f-nl-bx', 'd138-s-f-nl-colon',
    'd138-s-f-nl-then', 'd138-s-late-ff', 'd138-s-late-vt', 'd138-s-t-nl-bpx',
    'd138-s-t-nl-bx', 'd138-s-t-nl-colon', 'd138-s-t-nl-then'
}
r138_sample_round("d138-", r138_found, 2)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r138_left_out = {
    'd138-p-a-crlf-bx', 'd138-p-a-ff-bx', 'd138-p-a-nl-bx', 'd138-p-a-nl-mxonly',
    'd138-p-a-nl-pthenx', 'd138-p-a-nl-qx', 'd138-p-a-nl-sx', 'd138-p-a-nl-thencol',
    'd138-p-a-nl2-bx', 'd138-p-a-vt-bx', 'd138-p-e-pre-xdot', 'd138-p-e-pxalone',
    'd138-p-e-vtxalone', 'd138-p-e-xalone', 'd138-p-f-crlf-bx', 'd138-p-f-ff-bx',
    'd138-p-f-nl-bx', 'd138-p-f-nl-mxonly', 'd138-p-f-nl-pthenx', 'd138-p-f-nl-qx',
    'd138-p-f-nl-sx', 'd138-p-f-nl-thencol', 'd138-p-f-nl2-bx', 'd138-p-f-vt-bx',
    'd138-p-t-crlf-bx', 'd138-p-t-ff-bx', 'd138-p-t-nl-bx', 'd138-p-t-nl-mxonly',
    'd138-p-t-nl-pthenx', 'd138-p-t-nl-qx', 'd138-p-t-nl-sx', 'd138-p-t-nl-thencol',
    'd138-p-t-nl2-bx', 'd138-p-t-vt-bx', 'd138-s-a-crlf-bx', 'd138-s-a-ff-bx',
    'd138-s-a-nl-bx', 'd138-s-a-nl-mxonly', 'd138-s-a-nl-pthenx', 'd138-s-a-nl-qx',
    'd138-s-a-nl-sx', 'd138-s-a-nl-thencol', 'd138-s-a-nl2-bx', 'd138-s-a-vt-bx',
    'd138-s-e-pre-xdot', 'd138-s-e-pxalone', 'd138-s-e-vtxalone', 'd138-s-e-xalone',
    'd138-s-f-nl-bx', 'd138-s-t-nl-bx'
}
P[:] = [r138_p for r138_p in P if r138_p["id"] not in r138_left_out]
