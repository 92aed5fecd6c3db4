r"""Red-team round 133 (black box, stepcache-s45): LINEAR EQUATIONS in notations a cache may misread
(linear_equation, E(...) probes). 2,445 probes: 58 bases, ~1,100 pair variants (styles A: the model restates the
equation; B: steps only), ~700 singles, 124 safe variants, 120 answer-shape singles.
Tried: fractions (x/3, (2/3)x, 2/(3x), (x+1)/2 vs x+1/2, x÷4, ⅔x, ½x, 1½x, \frac/\dfrac/\tfrac), decimals with point
and comma (0.5x, 0,5x, .5x, 0·5x, 7,5), thousands (1,000 / 1 000 / thin space / 1'000 / 1_000 / 1.000), spaces inside
numbers (1 2, zero-width, NBSP), implied products (3(x+2), 3x+2, (x+2)3, 3[x+2], 2·x, x·2, 2*x, 2∙x, 2⋅x), unicode
minus and look-alikes (−, ‒, ﹣, －, ±, ∓, ⁻), superscripts/powers (2², 10³, 2^2, 2**2, 11⁻¹, 1.1e2, 11₂), variables
θ, X, x₁, n, price, renamed variables (safe) and renamed+changed, equations over lines, LaTeX ($3x+5=20$, ^{2},
\cdot, \times, {,}, \sqrt, \mathbf, \overline, 4!, primes), words ("three times n plus five is twenty", "twenty-six",
"two dozen", "a score"), x on both sides, restated/corrected equations ("Sorry, I meant", "correction:", "typo"),
given values ("where a = 2: ax + 3 = 11", a = 3, b = 5), answer shapes (x = 5.33 / ≈ 5.3 / 5 / 5,33 for 16/3).
Held: every in-line change above (reused only with verified right steps, or refused: "equation_shape_changed",
"instruction_changed"); every given-value request ("where a = ...") is refused; words-only equations are refused;
rounded answers are patched to the exact value (never stored).
GOT THROUGH (alone.txt: 219 items confirmed alone on a fresh store: 149 of waves 1-2, and a random 70 of wave 3 (70 of 70)):
(A) A TERM MADE OF THE VARIABLE ALONE ON THE NEXT LINE of the equation ("2x + 3 = 11\n− x", "x + 5 = 11\n- x",
"2x + 3 = 11\n+ x", "\n– x", "\n− (x)", "\n-  x", "\n- x.", "\n- (x)"), after "\n", "\n\n", "\r\n", "\r", " \n ",
"\n    ": the reader stops at the line break and reads the first line; the stored answer of the one-line equation
is served ("all 3 steps verified"). Across 13+ equation forms (x/3 + 5 = 11, 0.5x + 2 = 7, 3(x+2) = 21, 2x − 3 = 11,
$3x+5=20$ with the term inside or after the $, 2n, 7t, 2X, 2θ, 2·price, 10x = 50, x÷4 = 3). Held: a coefficient
("− 2x", "+ 1x", "- 1·x"), a number ("− 3"), "−x" glued, "- x - 1", "− x/2", "− ½x", "- 0.5x", U+2028/2029, tab, NEL.
Arguable (r133_arguable, alone_arguable.txt): the same after "\v" / "\f"; a bare "x" line after the equation;
"$3x+5=20$!" and "$3x+5=20'$" / "$3x+5=20''$" (punctuation or factorial/prime); "2x + 1.000 = 3.000" (read as
1 and 3 "after a licensed rewrite"; European thousands; did not confirm alone).
Adds its probes to probe_kit.P."""
from fractions import Fraction as r133_Fr

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r133_NR = "999"
r133_bases = {}
r133_pairs = []
r133_singles = []
r133_safe_ids = []
r133_arguable = set()


def r133_fr(v):
    v = r133_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r133_term(k, v):
    k = r133_Fr(k)
    vv = v if len(v) == 1 or not v.isascii() or not v.isalpha() else "·" + v
    if len(v) > 1 and v.isascii() and v.isalpha():
        if k == 1:
            return v
        if k == -1:
            return "-" + v
        return (r133_fr(k) if k.denominator == 1 else "(%s)" % r133_fr(k)) + vv
    if k == 1:
        return v
    if k == -1:
        return "-" + v
    return (r133_fr(k) if k.denominator == 1 else "(%s)" % r133_fr(k)) + v


def r133_side(a, b, v):
    a, b = r133_Fr(a), r133_Fr(b)
    s = ""
    if a != 0:
        s = r133_term(a, v)
    if b != 0 or not s:
        if not s:
            s = r133_fr(b)
        elif b > 0:
            s += " + " + r133_fr(b)
        else:
            s += " - " + r133_fr(-b)
    return s


def r133_val(co):
    a, b, c, d = [r133_Fr(t) for t in co]
    return (d - b) / (a - c)


def r133_ans(v, co, style="A"):
    """Steps for a*v + b = c*v + d, plain notation."""
    a, b, c, d = [r133_Fr(t) for t in co]
    k, r = a - c, d - b
    if k < 0:
        k, r = -k, -r
    lines = []
    if style == "A":
        lines.append("%s = %s" % (r133_side(a, b, v), r133_side(c, d, v)))
    if k != 1:
        lines.append("%s = %s" % (r133_term(k, v), r133_fr(r)))
    lines.append("%s = %s" % (v, r133_fr(r / k)))
    return "\n".join(lines)


r133_SUF = {"A": "Show each step.", "B": "Show all steps."}


def r133_base(v, eq, co, style="A"):
    pr = "Solve for %s: %s. %s" % (v, eq, r133_SUF[style])
    if pr not in r133_bases:
        bid = "d133-base-%d" % len(r133_bases)
        r133_bases[pr] = bid
        E(bid, "r133_base", pr, v, r133_fr(r133_val(co)), [r133_ans(v, co, style)])
    return r133_bases[pr]


r133_cnt = [0]
r133_used = set()


def r133_new(pr):
    if pr in r133_used or pr in r133_bases:
        return False
    r133_used.add(pr)
    return True


def r133_pair(fam, v, beq, bco, veq, vco, style="A", arg=False, vv=None, single=True, nr=False):
    """Base stored; the variant (other solution) answered first with the base's steps."""
    vv = vv or v
    b = r133_base(v, beq, bco, style)
    n = r133_cnt[0]
    r133_cnt[0] += 1
    right = r133_ans(vv, vco, style)
    stale = r133_ans(v, bco, style) if vv == v else r133_ans(vv, bco, style)
    want = r133_NR if nr else r133_fr(r133_val(vco))
    fam2 = fam + ("_arguable" if arg else "")
    pid = "d133-p%d-%s%s" % (n, fam, style)
    if not r133_new("Solve for %s: %s. %s" % (vv, veq, r133_SUF[style])):
        return
    E(pid, fam2 + "_pair", "Solve for %s: %s. %s" % (vv, veq, r133_SUF[style]), vv, want, [stale, right])
    r133_pairs.append((b, pid))
    if arg:
        r133_arguable.update({b, pid})
    if single:
        sid = "d133-s%d-%s%s" % (n, fam, style)
        E(sid, fam2 + "_mis", "Solve for %s: %s. Show your steps." % (vv, veq), vv, want, [stale])
        r133_singles.append(sid)
        if arg:
            r133_arguable.add(sid)


def r133_safe(fam, v, beq, bco, seq, vv=None):
    vv = vv or v
    r133_base(v, beq, bco)
    n = r133_cnt[0]
    r133_cnt[0] += 1
    sid = "d133-safe%d-%s" % (n, fam)
    if not r133_new("Solve for %s: %s. Show each step." % (vv, seq)):
        return
    E(sid, "r133_safe_" + fam, "Solve for %s: %s. Show each step." % (vv, seq), vv, r133_fr(r133_val(bco)),
      [r133_ans(vv, bco)], safe=True)
    r133_safe_ids.append(sid)


# (family, var, base eq, base coeffs (a,b,c,d: a*v+b = c*v+d), [(variant eq, coeffs, arguable?)], [safe eqs])
r133_F = r133_Fr
r133_T = [
    # fractions
    ("frac", "x", "x/3 + 5 = 11", (r133_F(1, 3), 5, 0, 11),
     [("x/3 + 5 = 12", (r133_F(1, 3), 5, 0, 12)), ("x/4 + 5 = 11", (r133_F(1, 4), 5, 0, 11)),
      ("x/3 - 5 = 11", (r133_F(1, 3), -5, 0, 11)), ("x/3 + 5/2 = 11", (r133_F(1, 3), r133_F(5, 2), 0, 11)),
      ("x/(3) + 5 = 11/2", (r133_F(1, 3), 5, 0, r133_F(11, 2))), ("x/3 + 5 = 1/11", (r133_F(1, 3), 5, 0, r133_F(1, 11))),
      ("x/3 + 5 = 11/3", (r133_F(1, 3), 5, 0, r133_F(11, 3))), ("x/3/2 + 5 = 11", (r133_F(1, 6), 5, 0, 11)),
      ("x / 3+5 = 11", (r133_F(1, 3), 5, 0, 11), True), ("x/33 + 5 = 11", (r133_F(1, 33), 5, 0, 11)),
      ("x/3 + 5 = 11 + x/3 - x/6", (r133_F(1, 6), 5, 0, 11))],
     ["x / 3 + 5 = 11", "x/3+5=11", "5 + x/3 = 11", "x/3 + 5 = 11 "]),
    ("frac2", "x", "(2/3)x + 1 = 9", (r133_F(2, 3), 1, 0, 9),
     [("(3/2)x + 1 = 9", (r133_F(3, 2), 1, 0, 9)), ("(2/3)x - 1 = 9", (r133_F(2, 3), -1, 0, 9)),
      ("(2/5)x + 1 = 9", (r133_F(2, 5), 1, 0, 9)), ("2/(3x) + 1 = 9", None),
      ("(2/3)(x + 1) = 9", (r133_F(2, 3), r133_F(2, 3), 0, 9)), ("2x/3 + 1 = 9/3", (r133_F(2, 3), 1, 0, 3)),
      ("(2/3)x + 1 = 9x", (r133_F(2, 3), 1, 9, 0))],
     ["2x/3 + 1 = 9", "(2x)/3 + 1 = 9", "1 + (2/3)x = 9"]),
    ("bar", "x", "(x+1)/2 = 5", (r133_F(1, 2), r133_F(1, 2), 0, 5),
     [("x+1/2 = 5", (1, r133_F(1, 2), 0, 5)), ("(x+1)/3 = 5", (r133_F(1, 3), r133_F(1, 3), 0, 5)),
      ("(x-1)/2 = 5", (r133_F(1, 2), r133_F(-1, 2), 0, 5)), ("(x+1)/2 = 5/2", (r133_F(1, 2), r133_F(1, 2), 0, r133_F(5, 2))),
      ("(x+1)/(2) = 5 + 1", (r133_F(1, 2), r133_F(1, 2), 0, 6)), ("x+(1/2) = 5", (1, r133_F(1, 2), 0, 5)),
      ("(x+1)/2 = (5)", (r133_F(1, 2), r133_F(1, 2), 0, 5), False, True),
      ("(x+1)/2/2 = 5", (r133_F(1, 4), r133_F(1, 4), 0, 5)), ("(x+1) / 2x = 5", None),
      ("(x+1)\u2044 2 = 5", (r133_F(1, 2), r133_F(1, 2), 0, 5), False, True),
      ("(x+11)/2 = 5", (r133_F(1, 2), r133_F(11, 2), 0, 5))],
     ["(x + 1)/2 = 5", "(x+1) / 2 = 5", "( x + 1 ) / 2 = 5"]),
    ("div", "x", "x÷4 = 3", (r133_F(1, 4), 0, 0, 3),
     [("x÷4 = 5", (r133_F(1, 4), 0, 0, 5)), ("x÷4 + 1 = 3", (r133_F(1, 4), 1, 0, 3)), ("x÷2 = 3", (r133_F(1, 2), 0, 0, 3)),
      ("x÷4÷2 = 3", (r133_F(1, 8), 0, 0, 3)), ("x×4 = 3", (4, 0, 0, 3)), ("x÷4 = 3÷2", (r133_F(1, 4), 0, 0, r133_F(3, 2))),
      ("x ÷ 4 = 3 ÷ 4", (r133_F(1, 4), 0, 0, r133_F(3, 4))), ("x÷4 = −3", (r133_F(1, 4), 0, 0, -3)),
      ("x:4 = 3", (r133_F(1, 4), 0, 0, 3), True), ("x÷4 = 3x", (r133_F(1, 4), 0, 3, 0))],
     ["x ÷ 4 = 3", "x/4 = 3", "x÷4=3"]),
    ("vulgar", "x", "⅔x = 8", (r133_F(2, 3), 0, 0, 8),
     [("⅓x = 8", (r133_F(1, 3), 0, 0, 8)), ("¾x = 8", (r133_F(3, 4), 0, 0, 8)), ("⅔x = 6", (r133_F(2, 3), 0, 0, 6)),
      ("⅔x + ½ = 8", (r133_F(2, 3), r133_F(1, 2), 0, 8)), ("2⅔x = 8", (r133_F(8, 3), 0, 0, 8), True),
      ("⅔x = 8⅔", (r133_F(2, 3), 0, 0, r133_F(26, 3)), True), ("⅘x = 8", (r133_F(4, 5), 0, 0, 8)),
      ("⅔x = ⅛", (r133_F(2, 3), 0, 0, r133_F(1, 8))), ("⅔x = 8x", (r133_F(2, 3), 0, 8, 0)),
      ("⅜x = 8", (r133_F(3, 8), 0, 0, 8)), ("x⅔ = 8", (r133_F(2, 3), 0, 0, 8), True)],
     ["(2/3)x = 8", "⅔ x = 8", "2x/3 = 8"]),
    ("half", "x", "½x + 3 = 7", (r133_F(1, 2), 3, 0, 7),
     [("½x + 3 = 9", (r133_F(1, 2), 3, 0, 9)), ("1½x + 3 = 7", (r133_F(3, 2), 3, 0, 7), True),
      ("½x + ½ = 7", (r133_F(1, 2), r133_F(1, 2), 0, 7)), ("½x + 3 = 7½", (r133_F(1, 2), 3, 0, r133_F(15, 2)), True),
      ("¼x + 3 = 7", (r133_F(1, 4), 3, 0, 7)), ("½x − 3 = 7", (r133_F(1, 2), -3, 0, 7))],
     ["x/2 + 3 = 7", "(1/2)x + 3 = 7"]),
    ("tex", "x", "\\frac{x}{3} + 5 = 11", (r133_F(1, 3), 5, 0, 11),
     [("\\frac{x}{4} + 5 = 11", (r133_F(1, 4), 5, 0, 11)), ("\\frac{x}{3} - 5 = 11", (r133_F(1, 3), -5, 0, 11)),
      ("\\frac{x+5}{3} = 11", (r133_F(1, 3), r133_F(5, 3), 0, 11)), ("\\frac{x}{3+5} = 11", (r133_F(1, 8), 0, 0, 11)),
      ("\\frac{3}{x} + 5 = 11", None), ("\\frac{x}{3} + 5 = \\frac{11}{2}", (r133_F(1, 3), 5, 0, r133_F(11, 2))),
      ("\\dfrac{x}{3} + 5 = 12", (r133_F(1, 3), 5, 0, 12)), ("\\frac x3 + 5 = 11", (r133_F(1, 3), 5, 0, 11), False, True),
      ("\\frac{2x}{3} + 5 = 11", (r133_F(2, 3), 5, 0, 11)), ("\\tfrac{x}{3} + 5 = 11", (r133_F(1, 3), 5, 0, 11), False, True),
      ("\\frac{x}{3} + 5 = 11^{2}", (r133_F(1, 3), 5, 0, 121)), ("\\frac{x}{3} + 5 = 11 \\cdot 2", (r133_F(1, 3), 5, 0, 22)),
      ("\\frac{x}{3} + \\frac{5}{2} = 11", (r133_F(1, 3), r133_F(5, 2), 0, 11)),
      ("\\frac{x}{3} + 5 = \\sqrt{121}", (r133_F(1, 3), 5, 0, 11), False, True)],
     ["$\\frac{x}{3} + 5 = 11$", "\\dfrac{x}{3} + 5 = 11", "\\frac{x}{3}+5=11"]),
    # decimals
    ("dec", "x", "0.5x + 2 = 7", (r133_F(1, 2), 2, 0, 7),
     [("0.25x + 2 = 7", (r133_F(1, 4), 2, 0, 7)), ("5x + 2 = 7", (5, 2, 0, 7)), ("0,5x + 2 = 8", (r133_F(1, 2), 2, 0, 8)),
      ("0.5x + 2.5 = 7", (r133_F(1, 2), r133_F(5, 2), 0, 7)), ("0.5x + 2,5 = 7", (r133_F(1, 2), r133_F(5, 2), 0, 7)),
      ("0.05x + 2 = 7", (r133_F(1, 20), 2, 0, 7)), (".5x + 2 = 7.5", (r133_F(1, 2), 2, 0, r133_F(15, 2))),
      ("0.5x + 2 = 7.0", (r133_F(1, 2), 2, 0, 7), False, True), ("0.5x + 2 = 0.7", (r133_F(1, 2), 2, 0, r133_F(7, 10))),
      ("0.5x + 0.2 = 7", (r133_F(1, 2), r133_F(1, 5), 0, 7)), ("0·5x + 2 = 7", (r133_F(1, 2), 2, 0, 7), True),
      ("0.5x + 2 = 7,5", (r133_F(1, 2), 2, 0, r133_F(15, 2))), ("0,5x + 2,0 = 7,0", (r133_F(1, 2), 2, 0, 7), False, True),
      ("0.5 x + 2 = 7", (r133_F(1, 2), 2, 0, 7), False, True), ("0. 5x + 2 = 7", None)],
     ["0,5x + 2 = 7", "0.50x + 2 = 7", "0.5x+2=7", "0.5 x + 2 = 7"]),
    ("dec2", "x", "1.5x = 6", (r133_F(3, 2), 0, 0, 6),
     [("15x = 6", (15, 0, 0, 6)), ("1.5x = 6.6", (r133_F(3, 2), 0, 0, r133_F(33, 5))), ("1,5x = 9", (r133_F(3, 2), 0, 0, 9)),
      ("1.25x = 6", (r133_F(5, 4), 0, 0, 6)), ("1.5x = 0.6", (r133_F(3, 2), 0, 0, r133_F(3, 5))),
      ("1.5x = 6x", (r133_F(3, 2), 0, 6, 0)), ("1.5x = 6 - x", (r133_F(3, 2), 0, -1, 6))],
     ["1,5x = 6", "1.50x = 6", "1.5 x = 6"]),
    ("thou", "x", "2x + 1,000 = 3,000", (2, 1000, 0, 3000),
     [("2x + 1,000 = 5,000", (2, 1000, 0, 5000)), ("2x + 1,500 = 3,000", (2, 1500, 0, 3000)),
      ("2x + 1,000 = 30,000", (2, 1000, 0, 30000)), ("2x + 1,000 = 3,000,000", (2, 1000, 0, 3000000)),
      ("2x + 1.000 = 3.000", None, True), ("2x + 1 000 = 3 500", (2, 1000, 0, 3500)),
      ("2x + 1\u2009000 = 3\u2009500", (2, 1000, 0, 3500)), ("2x + 1,000 = 3,000.5", (2, 1000, 0, r133_F(6001, 2))),
      ("2x + 1'000 = 5'000", (2, 1000, 0, 5000)), ("2x + 1_000 = 5_000", (2, 1000, 0, 5000)),
      ("2x + 1,00 = 3,00", (2, 1, 0, 3), True), ("2x + 1,000 = 3,0000", None)],
     ["2x + 1000 = 3000", "2x + 1 000 = 3 000", "2x+1,000=3,000", "2x + 1\u2009000 = 3\u2009000"]),
    ("sp", "x", "x + 12 = 20", (1, 12, 0, 20),
     [("x + 1 2 = 20", None, True), ("x + 12 = 2 0", None, True), ("x + 12 = 200", (1, 12, 0, 200)),
      ("x + 1 = 20", (1, 1, 0, 20)), ("x + 12 = 20 2", None, True), ("x + 1\u200b2 = 20", (1, 12, 0, 20), True, True),
      ("x + 12 = 2\u00a00", None, True)],
     ["x  +  12  =  20", "x+12=20", " x + 12 = 20"]),
    # implied multiplication
    ("imp", "x", "3(x+2) = 21", (3, 6, 0, 21),
     [("3(x+2) = 24", (3, 6, 0, 24)), ("3(x-2) = 21", (3, -6, 0, 21)), ("3x+2 = 21", (3, 2, 0, 21)),
      ("3(x+2)+1 = 21", (3, 7, 0, 21)), ("3(x+2) = 2(1)", (3, 6, 0, 2)), ("3(2x+2) = 21", (6, 6, 0, 21)),
      ("3(x+2)(2) = 21", (6, 12, 0, 21)), ("-3(x+2) = 21", (-3, -6, 0, 21)), ("3 (x+2) = 21", (3, 6, 0, 21), False, True),
      ("3·(x+2) = 21", (3, 6, 0, 21), False, True), ("3(x+2 = 21", None, True), ("3(x)+2 = 21", (3, 2, 0, 21)),
      ("3[x+2] = 21", (3, 6, 0, 21), True, True), ("3(x+2) = 21x", (3, 6, 21, 0)), ("3(x+2)² = 21", None)],
     ["3(x + 2) = 21", "3*(x+2) = 21", "(x+2)3 = 21", "3 × (x + 2) = 21"]),
    ("dot", "x", "2·x + 3 = 11", (2, 3, 0, 11),
     [("2·x + 3 = 13", (2, 3, 0, 13)), ("x·3 + 3 = 11", (3, 3, 0, 11)), ("2·x·3 + 3 = 11", (6, 3, 0, 11)),
      ("2·x + 3·2 = 11", (2, 6, 0, 11)), ("2·x + 3 = 1·1", (2, 3, 0, 1)), ("2·x + 3 = 11·x", (2, 3, 11, 0)),
      ("2∙x + 3 = 13", (2, 3, 0, 13)), ("2⋅x + 3 = 13", (2, 3, 0, 13)), ("2.x + 3 = 11", None, True),
      ("2·x + 3 = 11·2", (2, 3, 0, 22)), ("2·2·x + 3 = 11", (4, 3, 0, 11))],
     ["2*x + 3 = 11", "x·2 + 3 = 11", "2×x + 3 = 11", "2 · x + 3 = 11", "x*2 + 3 = 11"]),
    # unicode minus and superscripts
    ("umin", "x", "2x − 3 = 11", (2, -3, 0, 11),
     [("2x+3 = 11", (2, 3, 0, 11)), ("2x − 3 = 13", (2, -3, 0, 13)), ("−2x − 3 = 11", (-2, -3, 0, 11)),
      ("2x − 3 = −11", (2, -3, 0, -11)), ("2x − −3 = 11", (2, 3, 0, 11)), ("2x ‒ 3 = 11", (2, -3, 0, 11), True, True),
      ("2x ﹣ 3 = 13", (2, -3, 0, 13)), ("2x － 3 = 13", (2, -3, 0, 13)), ("2x ± 3 = 11", None),
      ("2x ∓ 3 = 11", None), ("2x ⁻ 3 = 11", None, True), ("2x − 3 = 11 − x", (3, -3, 0, 11))],
     ["2x - 3 = 11", "2x −3 = 11", "2x-3=11"]),
    ("sup", "x", "x + 2 = 11", (1, 2, 0, 11),
     [("x + 2² = 11", (1, 4, 0, 11)), ("x + 2³ = 11", (1, 8, 0, 11)), ("x + 2 = 11²", (1, 2, 0, 121)),
      ("2²x + 2 = 11", (4, 2, 0, 11)), ("x + 2 = 1¹", (1, 2, 0, 1)), ("x + 2^2 = 11", (1, 4, 0, 11)),
      ("x + 2**2 = 11", (1, 4, 0, 11)), ("x + 10³ = 2000", (1, 1000, 0, 2000)), ("x + 2⁰ = 11", (1, 1, 0, 11)),
      ("x + 2 = 11⁻¹", (1, 2, 0, r133_F(1, 11))), ("x¹ + 2 = 11", (1, 2, 0, 11), False, True),
      ("x + 2 = 11 × 10²", (1, 2, 0, 1100)), ("x + 2 = 1.1e1", (1, 2, 0, 11), True, True),
      ("x + 2 = 1.1e2", (1, 2, 0, 110)), ("x + 2 = 11₂", None, True), ("x + ²2 = 11", None, True)],
     ["x + 2 = 11 ", "2 + x = 11", "x+2=11"]),
    # variables
    ("greek", "θ", "2θ + 3 = 11", (2, 3, 0, 11),
     [("2θ + 3 = 13", (2, 3, 0, 13)), ("3θ + 3 = 11", (3, 3, 0, 11)), ("2θ − 3 = 11", (2, -3, 0, 11)),
      ("2θ + 3θ = 11", (5, 0, 0, 11)), ("2θ + 3 = 11θ", (2, 3, 11, 0)), ("2θ + 3π = 11", None, True)],
     ["2θ+3=11", "3 + 2θ = 11"]),
    ("cap", "X", "2X + 3 = 11", (2, 3, 0, 11),
     [("2X + 3 = 13", (2, 3, 0, 13)), ("2X + 3X = 11", (5, 0, 0, 11)), ("2X - 3 = 11", (2, -3, 0, 11)),
      ("2X + 3 = X + 11", (1, 3, 0, 11)), ("2 X 3 + X = 11", None, True)],
     ["2X+3=11", "3 + 2X = 11"]),
    ("sub", "x₁", "2x₁ + 3 = 11", (2, 3, 0, 11),
     [("2x₁ + 3 = 13", (2, 3, 0, 13)), ("2x₁ + 3x₁ = 11", (5, 0, 0, 11)), ("2x₁ + 3 = x₁ + 11", (1, 3, 0, 11)),
      ("2x₁ + 3₁ = 11", None, True), ("2x₁₁ + 3 = 11", None, True), ("2x₁ + x₂ = 11", None, True)],
     ["2x₁+3=11", "3 + 2x₁ = 11"]),
    ("word", "n", "2n + 3 = 11", (2, 3, 0, 11),
     [("2n + 3 = 13", (2, 3, 0, 13)), ("2n + 3n = 11", (5, 0, 0, 11)), ("2n − 3 = 11", (2, -3, 0, 11)),
      ("2n + 3 = 11 + n", (1, 3, 0, 11)), ("2(n + 3) = 11", (2, 6, 0, 11))],
     ["2n+3=11", "3 + 2n = 11", "2·n + 3 = 11"]),
    ("price", "price", "2·price + 3 = 11", (2, 3, 0, 11),
     [("2·price + 3 = 13", (2, 3, 0, 13)), ("2·price + 3·price = 11", (5, 0, 0, 11)),
      ("2·price − 3 = 11", (2, -3, 0, 11)), ("price + 3 = 11", (1, 3, 0, 11)), ("2·price + 3 = 11·price", (2, 3, 11, 0)),
      ("2·price + 3 = 11 + price", (1, 3, 0, 11)), ("2price + 3 = 11", (2, 3, 0, 11), False, True),
      ("2·prices + 3 = 11", None, True), ("2·price + 3·tax = 11", None, True)],
     ["2*price + 3 = 11", "2 × price + 3 = 11", "3 + 2·price = 11"]),
    # both sides
    ("both", "x", "5x + 3 = 2x + 12", (5, 3, 2, 12),
     [("5x + 3 = 2x + 15", (5, 3, 2, 15)), ("5x + 3 = 2x - 12", (5, 3, 2, -12)), ("5x - 3 = 2x + 12", (5, -3, 2, 12)),
      ("5x + 3 + 2x = 12", (7, 3, 0, 12)), ("5x + 3 = 12 - 2x", (5, 3, -2, 12)), ("5x + 3 = 2(x + 12)", (5, 3, 2, 24)),
      ("5x + 3 = 2x + 12x", (5, 3, 14, 0)), ("5x + 3 = 2 + 12x", (5, 3, 12, 2)), ("5x = 2x + 12 + 3", (5, 0, 2, 15)),
      ("5x + 3 = 2x + 1 2", None, True), ("5x + 3 = 2x·12", (5, 3, 24, 0)), ("5x + 3 − 2x = 12", (3, 3, 0, 12)),
      ("5x + 3x = 2x + 12", (8, 0, 2, 12)), ("3 + 5x = 12 + 2x", (5, 3, 2, 12), False, True)],
     ["5x + 3 = 12 + 2x", "2x + 12 = 5x + 3", "3 + 5x = 2x + 12", "5x+3=2x+12"]),
    # LaTeX
    ("dollar", "x", "$3x+5=20$", (3, 5, 0, 20),
     [("$3x+5=26$", (3, 5, 0, 26)), ("$3x-5=20$", (3, -5, 0, 20)), ("$3x+5=2^0$", (3, 5, 0, 1)),
      ("$3x+5=20\\cdot 2$", (3, 5, 0, 40)), ("$3x+5=20 \\times 2$", (3, 5, 0, 40)), ("$3x+5=2{,}000$", (3, 5, 0, 2000)),
      ("$3x+5=20^{2}$", (3, 5, 0, 400)), ("$3x+5=\\frac{20}{2}$", (3, 5, 0, 10)), ("$3x+5=-20$", (3, 5, 0, -20)),
      ("$3x+5=20$ $+ 1$", None, True), ("$3x+5=20x$", (3, 5, 20, 0)), ("$3^2x+5=20$", (9, 5, 0, 20)),
      ("$3x+\\!5=20$", (3, 5, 0, 20), False, True), ("$3x+5=20\\%$", None, True), ("$3x+5=20$!", None, True),
      ("$3x+5=20'$", None, True), ("$3x+5=\\overline{20}$", None, True), ("$3x+5=20_{8}$", None, True),
      ("$3x + 5 = \\mathbf{26}$", (3, 5, 0, 26)), ("$3\\,x+5=20$", (3, 5, 0, 20), False, True),
      ("$\\sqrt{3}x+5=20$", None), ("$3x+5=20\\pm 1$", None)],
     ["$3x + 5 = 20$", "\\(3x+5=20\\)", "3x+5=20", "$$3x+5=20$$", "\\[3x+5=20\\]"]),
    # words
    ("words", "n", "three times n plus five is twenty", (3, 5, 0, 20),
     [("three times n plus five is twenty-six", (3, 5, 0, 26)), ("three times n minus five is twenty", (3, -5, 0, 20)),
      ("four times n plus five is twenty", (4, 5, 0, 20)), ("three times n plus five is twenty more than n", (3, 5, 1, 20)),
      ("three times the sum of n and five is twenty", (3, 15, 0, 20)), ("three times n plus fifteen is twenty", (3, 15, 0, 20)),
      ("thirty times n plus five is twenty", (30, 5, 0, 20)), ("three times n plus five is two hundred", (3, 5, 0, 200)),
      ("three times n plus five is twenty times n", (3, 5, 20, 0)), ("a third of n plus five is twenty", (r133_F(1, 3), 5, 0, 20)),
      ("three times n plus five is not twenty", None), ("three times n plus five is twelve", (3, 5, 0, 12)),
      ("three times n plus five is twenty halved", (3, 5, 0, 10))],
     ["five plus three times n is twenty", "n tripled plus five is twenty", "Three times n plus five is twenty"]),
    ("words2", "x", "3x + 5 = 20", (3, 5, 0, 20),
     [("3x + 5 = twenty-six", (3, 5, 0, 26)), ("three x + 5 = 26", (3, 5, 0, 26)), ("3x + five = 26", (3, 5, 0, 26)),
      ("thrice x + 5 = 20", (3, 5, 0, 20), False, True), ("3x + 5 = a score", (3, 5, 0, 20), True, True),
      ("3x + 5 = two dozen", (3, 5, 0, 24)), ("3x + half a dozen = 20", (3, 6, 0, 20)), ("3x + 5 = 20 thousand", (3, 5, 0, 20000)),
      ("3x + 5 = 20 dozen", (3, 5, 0, 240)), ("3x + 5 = 2 score", (3, 5, 0, 40), True), ("double x + 5 = 20", (2, 5, 0, 20)),
      ("3x + 5 = twice 20", (3, 5, 0, 40)), ("3x + 5 = 20 squared", (3, 5, 0, 400)), ("3x + 5 = 20 halved", (3, 5, 0, 10))],
     ["3x + 5 = twenty", "three x + 5 = 20", "3x + five = 20"]),
    # restated
    ("twice", "x", "2x + 3 = 11", (2, 3, 0, 11),
     [("2x + 3 = 11. Sorry, I meant 2x + 3 = 13", (2, 3, 0, 13)), ("2x + 3 = 11, correction: 2x + 5 = 11", (2, 5, 0, 11)),
      ("2x + 3 = 11 (typo: should be 2x + 3 = 17)", (2, 3, 0, 17)), ("2x + 3 = 11 - no wait, 2x + 3 = 15", (2, 3, 0, 15)),
      ("2x + 3 = 11. Actually the 3 is a 7", (2, 7, 0, 11)), ("2x + 3 = 11 but with 13 on the right", (2, 3, 0, 13)),
      ("2x + 3 = 11 (the 2 should be 4)", (4, 3, 0, 11)), ("2x + 3 = 11, I mean 2x − 3 = 11", (2, -3, 0, 11)),
      ("2x + 3 = 11 with the sign of 3 flipped", (2, -3, 0, 11)), ("2x + 3 = 11 — make that 2x + 3 = 19", (2, 3, 0, 19)),
      ("2x + 3 = 11 ~~2x + 3 = 11~~ 2x + 3 = 21", (2, 3, 0, 21)), ("2x + 3 = 11 (sides swapped: 11x + 3 = 2)", None, True),
      ("2x + 3 = 11; restated: 2x + 3 = 11", (2, 3, 0, 11), False, True),
      ("2x + 3 = 11, i.e. two x plus three equals eleven", (2, 3, 0, 11), False, True),
      ("2x + 3 = 11 and 2x + 3 = 13", None), ("2x + 3 = 11 + 2", (2, 3, 0, 13)),
      ("2x + 3 = 11\n+ 2", (2, 3, 0, 13)), ("2x + 3 = 11\n− x", (3, 3, 0, 11)), ("2x + 3 = 11\n\n(then add 4 to the right side)", (2, 3, 0, 15)),
      ("2x + 3\n= 13", (2, 3, 0, 13)), ("2x\n− 3 = 11", (2, -3, 0, 11)), ("2x + 3 =\n13", (2, 3, 0, 13)),
      ("2x + 3 = 1\n1", None, True), ("2\nx + 3 = 11", None, True), ("2x + 3 = 11\n2x + 3 = 13", None),
      ("2x + 3\n= 11", (2, 3, 0, 11), False, True), ("2x + 3 = 11 (x ≠ 4)", None),
      ("2x + 3 = 11 where 3 = 5", None, True)],
     ["2x + 3 = 11. That is, 2x + 3 = 11", "2x+3=11", "2x + 3 = 11 (a linear equation)", "2x +\n3 = 11"]),
    # given values
    ("given", "x", "ax + 3 = 11 where a = 2", (2, 3, 0, 11),
     [("ax + 3 = 11 where a = 3", (3, 3, 0, 11)), ("ax + 3 = 11 where a = -2", (-2, 3, 0, 11)),
      ("ax + 3 = 11 where a = 2.5", (r133_F(5, 2), 3, 0, 11)), ("ax + 3 = 11 where a = 1/2", (r133_F(1, 2), 3, 0, 11)),
      ("ax + 3 = 11 where a = 2 and then a doubles", (4, 3, 0, 11)), ("ax + 3 = 11 where a = 2²", (4, 3, 0, 11)),
      ("ax + 3 = 11 where a = 22", (22, 3, 0, 11)), ("ax + 3 = 11 where a = 2, b = 5", (2, 3, 0, 11), False, True),
      ("ax + b = 11 where a = 2, b = 5", (2, 5, 0, 11)), ("ax + 3 = 11 where a = 2x", None),
      ("ax + 3 = 11 where a = 2 (a = 4 in part b)", (2, 3, 0, 11), True),
      ("ax + 3 = 11 where a = twice 2", (4, 3, 0, 11)), ("ax + 3 = 11 where a = 2 + 1", (3, 3, 0, 11)),
      ("ax + 3 = 11 where a = 2 − 1", (1, 3, 0, 11)), ("ax + 3 = 11 where a = −2", (-2, 3, 0, 11)),
      ("ax + 3 = 11 where a = ½", (r133_F(1, 2), 3, 0, 11)), ("ax + 3 = 11 where A = 3", None, True),
      ("ax + 3 = 11 where a = 2 and x = 4", (2, 3, 0, 11), False, True)],
     ["ax + 3 = 11 with a = 2", "ax + 3 = 11, a = 2", "ax+3=11 where a=2"]),
    ("given2", "x", "where a = 2: ax + 3 = 11", (2, 3, 0, 11),
     [("where a = 3: ax + 3 = 11", (3, 3, 0, 11)), ("where a = 2: ax + 3 = 13", (2, 3, 0, 13)),
      ("where a = 2: ax − 3 = 11", (2, -3, 0, 11)), ("where a = 2: 2ax + 3 = 11", (4, 3, 0, 11)),
      ("where a = 2: ax + 3a = 11", (2, 6, 0, 11)), ("where a = 2: ax + 3 = 11a", (2, 3, 0, 22)),
      ("where a = 2: a(x + 3) = 11", (2, 6, 0, 11)), ("where a = 2: x/a + 3 = 11", (r133_F(1, 2), 3, 0, 11)),
      ("where a = 2: ax + 3 = 11 + a", (2, 3, 0, 13)), ("where a = 2: a²x + 3 = 11", (4, 3, 0, 11)),
      ("where a = 2, b = 3: ax + b = 11", (2, 3, 0, 11), False, True), ("where a = 2, b = 5: ax + b = 11", (2, 5, 0, 11)),
      ("where k = 2: kx + 3 = 11", (2, 3, 0, 11), False, True), ("where k = 2: kx + 3 = 15", (2, 3, 0, 15)),
      ("where a = 2: ax + 3 = ax + 11", None)],
     ["if a = 2: ax + 3 = 11", "with a = 2: ax + 3 = 11", "where a=2: ax+3=11"]),
]

for r133_fam, r133_v, r133_beq, r133_bco, r133_vars, r133_safes in r133_T:
    for r133_it in r133_vars:
        r133_veq, r133_vco = r133_it[0], r133_it[1]
        r133_arg = len(r133_it) > 2 and r133_it[2]
        r133_same = len(r133_it) > 3 and r133_it[3]
        if r133_vco is not None and r133_val(r133_vco) == r133_val(r133_bco) and r133_same:
            r133_safe(r133_fam, r133_v, r133_beq, r133_bco, r133_veq)
            continue
        for r133_st in ("A", "B"):
            r133_pair(r133_fam, r133_v, r133_beq, r133_bco, r133_veq, r133_vco or r133_bco, style=r133_st,
                      arg=r133_arg, nr=r133_vco is None, single=(r133_st == "A"))
    for r133_s in r133_safes:
        r133_safe(r133_fam, r133_v, r133_beq, r133_bco, r133_s)

# renamed variable: safe (same equation, another letter)
for r133_a, r133_b, r133_e, r133_co in [("x", "y", "2{v} + 3 = 11", (2, 3, 0, 11)), ("x", "t", "{v}/3 + 5 = 11", (r133_F(1, 3), 5, 0, 11)),
                                        ("x", "z", "5{v} + 3 = 2{v} + 12", (5, 3, 2, 12)), ("x", "α", "2{v} − 3 = 11", (2, -3, 0, 11)),
                                        ("x", "n", "3({v}+2) = 21", (3, 6, 0, 21))]:
    r133_beq = r133_e.format(v=r133_a)
    r133_base(r133_a, r133_beq, r133_co)
    r133_safe("rename", r133_a, r133_beq, r133_co, r133_e.format(v=r133_b), vv=r133_b)
    # renamed AND changed: a pair
    r133_co2 = (r133_co[0], r133_co[1], r133_co[2], r133_co[3] + 2)
    r133_e2 = r133_e.replace("11", "13").replace("21", "23")
    for r133_st in ("A", "B"):
        r133_pair("renchg", r133_a, r133_beq, r133_co, r133_e2.format(v=r133_b),
                  (r133_co[0], r133_co[1] if "11" in r133_e or "21" in r133_e else r133_co[1], r133_co[2],
                   r133_co[3] + 2 if ("11" in r133_e or "21" in r133_e) else r133_co[3]),
                  style=r133_st, vv=r133_b, single=(r133_st == "A"))

# answer shapes (singles): the model rounds or approximates an exact fraction; stored and served again?
def r133_shape_answers(eqline, v):
    """Answers whose final value is not the exact v (rounded, cut, approximated)."""
    f = float(v)
    out = [
        "%s\nx = %.2f" % (eqline, f),
        "%s\nx ≈ %.1f\nx = %.1f" % (eqline, f, f),
        "%s\nx = %d" % (eqline, round(f)),
        "%s\nx = %.3f" % (eqline, f),
        "%s\nx = %s ≈ %.2f\nx = %.2f" % (eqline, r133_fr(v), f, f),
        "x = %.2f (rounded)" % f,
        "%s\nx = %s ≈ %.1f" % (eqline, r133_fr(v), f + 0.1),
        "%s\nx = %s" % (eqline, ("%.2f" % f).replace(".", ",")),
        "%s\n**x = %.2f**" % (eqline, f),
        "%s\nx = %.2f...\nx = %.2f" % (eqline, f, f),
    ]
    return out


r133_SH = [(3, 16), (3, 17), (3, 19), (3, 20), (7, 10), (7, 12), (7, 13), (6, 13), (9, 20), (11, 5), (3, 22), (7, 9)]
r133_shape_n = [0]
for r133_k, r133_r in r133_SH:
    r133_v0 = r133_Fr(r133_r, r133_k)
    r133_eql = "%dx = %d" % (r133_k, r133_r)
    for r133_i, r133_a in enumerate(r133_shape_answers(r133_eql, r133_v0)):
        r133_shape_n[0] += 1
        r133_sid = "d133-shape%d" % r133_shape_n[0]
        # one equation per answer form: another constant added on both sides
        r133_c = r133_i + 1
        r133_eq = "%dx + %d = %d" % (r133_k, r133_c, r133_r + r133_c)
        r133_sha = r133_a.replace(r133_eql, "%s\n%s" % (r133_eq, r133_eql)) if r133_eql in r133_a else r133_a
        E(r133_sid, "r133_shape_mis", "Solve for x: %s. Show each step." % r133_eq, "x", r133_fr(r133_v0), [r133_sha])
        r133_singles.append(r133_sid)

# ---------------------------------------------------------------- wave 2: a term on the next line, marks in/after $...$
r133_NL_EQ = [
    ("x", "2x + 3 = 11", (2, 3, 0, 11)),
    ("x", "x + 5 = 11", (1, 5, 0, 11)),
    ("x", "5x + 3 = 2x + 12", (5, 3, 2, 12)),
    ("y", "4y - 2 = 10", (4, -2, 0, 10)),
]
# (tag, text after the break, change to (a,b,c,d) on the RIGHT side: (dc, dd)) -- None: no single value
r133_NL_TERMS = [
    ("umx", "− x", (-1, 0)), ("mx", "- x", (-1, 0)), ("umxg", "−x", (-1, 0)), ("mxg", "-x", (-1, 0)),
    ("px", "+ x", (1, 0)), ("pxg", "+x", (1, 0)), ("um2x", "− 2x", (-2, 0)), ("m2x", "- 2x", (-2, 0)),
    ("p2x", "+ 2x", (2, 0)), ("um3", "− 3", (0, -3)), ("m3", "- 3", (0, -3)), ("p3", "+ 3", (0, 3)),
    ("umxh", "− x/2", (r133_F(-1, 2), 0)), ("umhx", "− ½x", (r133_F(-1, 2), 0)), ("mdx", "- 0.5x", (r133_F(-1, 2), 0)),
    ("umpx", "− (x)", (-1, 0)), ("mpx", "- (x + 1)", (-1, -1)), ("ppx", "+ (x - 1)", (1, -1)),
    ("umx1", "− x + 1", (-1, 1)), ("mx1", "- x - 1", (-1, -1)), ("ex", "x", None), ("ux", "− 4x", (-4, 0)),
    ("enx", "– x", (-1, 0)), ("emx", "— x", None),
]
r133_NL_BREAKS = [("n", "\n"), ("nn", "\n\n"), ("crn", "\r\n"), ("sn", " \n "), ("nind", "\n    "), ("ls", "\u2028"),
                  ("ps", "\u2029"), ("tab", "\t"), ("cr", "\r"), ("vt", "\x0b"), ("ff", "\x0c"), ("nel", "\x85")]
r133_nl_arg_terms = {"ex", "emx"}
for r133_v, r133_eq, r133_co in r133_NL_EQ:
    r133_eqv = r133_eq.replace("x", r133_v) if r133_v != "x" else r133_eq
    for r133_bt, r133_br in r133_NL_BREAKS:
        for r133_tt, r133_term_s, r133_d in r133_NL_TERMS:
            if r133_bt not in ("n", "nn", "crn", "sn") and r133_tt not in ("umx", "mx", "px", "um3", "p2x", "umxh"):
                continue
            if r133_eq != "2x + 3 = 11" and r133_tt not in ("umx", "mx", "px", "um3", "m3", "p2x", "umxg", "mxg", "mpx", "um2x"):
                continue
            r133_ts = r133_term_s.replace("x", r133_v)
            r133_veq = r133_eqv + r133_br + r133_ts
            if r133_d is None:
                r133_vco = None
            else:
                r133_vco = (r133_co[0], r133_co[1], r133_co[2] + r133_d[0], r133_co[3] + r133_d[1])
                if r133_vco[0] == r133_vco[2]:
                    continue
            r133_pair("nl" + r133_bt + r133_tt, r133_v, r133_eqv, r133_co, r133_veq, r133_vco or r133_co,
                      arg=r133_tt in r133_nl_arg_terms or r133_bt in ("vt", "ff", "nel", "tab"), nr=r133_vco is None)
            # the break before the first term: a term on the line before
    # the break inside the left side ("2x + 3\n− x = 11") and in front
    for r133_tag, r133_veq, r133_vco in [
        ("lhs", r133_eqv.replace(" = ", "\n− %s = " % r133_v, 1), None),
    ]:
        r133_pair("nl" + r133_tag, r133_v, r133_eqv, r133_co, r133_veq,
                  (r133_co[0] - 1,) + tuple(r133_co[1:]) if r133_co[0] - 1 != r133_co[2] else r133_co,
                  nr=(r133_co[0] - 1 == r133_co[2]))

# marks glued after the equation inside or after the math delimiters (20! = factorial inside math)
r133_TEXM = [
    ("fact_in", "$3x+5=4!$", (3, 5, 0, 24), False), ("fact_in2", "$3x+5=3!$", (3, 5, 0, 6), False),
    ("fact_plain", "3x+5=4!", (3, 5, 0, 24), True), ("fact_paren", "\\(3x+5=4!\\)", (3, 5, 0, 24), False),
    ("prime_in", "$3x+5=20'$", None, True), ("dprime_in", "$3x+5=20''$", None, True),
    ("deg_in", "$3x+5=20^\\circ$", None, True), ("pct_in", "$3x+5=20\\%$", (3, 5, 0, r133_F(1, 5)), True),
    ("bang_out", "$3x+5=20$!", None, True), ("q_out", "$3x+5=20$?", None, True),
    ("sq_out", "$3x+5=20$²", None, True), ("x_out", "$3x+5=20$ $-x$", (3, 5, -1, 20), False),
    ("nl_out", "$3x+5=20$\n$-x$", (3, 5, -1, 20), False), ("nl_in", "$3x+5=20\n-x$", (3, 5, -1, 20), False),
    ("nl_in2", "$$3x+5=20\n-x$$", (3, 5, -1, 20), False), ("nl_in3", "\\[3x+5=20\n-x\\]", (3, 5, -1, 20), False),
    ("bang_in_sp", "$3x+5=4 !$", (3, 5, 0, 24), True), ("dfact", "$3x+5=4!!$", (3, 5, 0, 8), True),
    ("fact_lhs", "$3!x+5=20$", (6, 5, 0, 20), False), ("fact_lhs2", "$x+3!=20$", (1, 6, 0, 20), False),
    ("prime_x", "$3x'+5=20$", None, True), ("bar_in", "$3x+5=\\bar{20}$", None, True),
    ("tilde_in", "$3x+5=\\tilde{20}$", None, True), ("dot_in", "$3x+5=20\\ldots$", None, True),
    ("bang_x", "$3x!+5=20$", None, False), ("bang_dig", "3x + 5 = 20!", None, False),
    ("uprime", "3x + 5 = 20′", None, True), ("uprime_in", "$3x+5=20′$", None, True),
]
for r133_t, r133_veq, r133_vco, r133_ar in r133_TEXM:
    r133_pair("texm" + r133_t, "x", "$3x+5=20$", (3, 5, 0, 20), r133_veq, r133_vco or (3, 5, 0, 20), arg=r133_ar,
              nr=r133_vco is None)

# ---------------------------------------------------------------- wave 3: the variable alone on the next line, more forms
r133_W3_EQ = [
    ("x", "x/3 + 5 = 11", (r133_F(1, 3), 5, 0, 11)),
    ("x", "0.5x + 2 = 7", (r133_F(1, 2), 2, 0, 7)),
    ("x", "3(x+2) = 21", (3, 6, 0, 21)),
    ("x", "2x − 3 = 11", (2, -3, 0, 11)),
    ("x", "$3x+5=20$", (3, 5, 0, 20)),
    ("n", "2n + 3 = 11", (2, 3, 0, 11)),
    ("t", "7t - 4 = 24", (7, -4, 0, 24)),
    ("X", "2X + 3 = 11", (2, 3, 0, 11)),
    ("θ", "2θ + 3 = 11", (2, 3, 0, 11)),
    ("price", "2·price + 3 = 11", (2, 3, 0, 11)),
    ("x", "x + 12 = 20", (1, 12, 0, 20)),
    ("x", "10x = 50", (10, 0, 0, 50)),
    ("x", "x÷4 = 3", (r133_F(1, 4), 0, 0, 3)),
]
r133_W3_TERMS = [
    ("um", "− {v}", (-1, 0)), ("m", "- {v}", (-1, 0)), ("p", "+ {v}", (1, 0)), ("en", "– {v}", (-1, 0)),
    ("m2sp", "-  {v}", (-1, 0)), ("mdot", "- {v}.", (-1, 0)), ("mpar", "- ({v})", (-1, 0)),
    ("p1", "+ 1{v}", (1, 0)), ("m1", "- 1{v}", (-1, 0)), ("mst", "- 1·{v}", (-1, 0)),
]
r133_W3_BR = [("n", "\n"), ("nn", "\n\n"), ("crn", "\r\n"), ("nind", "\n  ")]
for r133_v, r133_eq, r133_co in r133_W3_EQ:
    for r133_bt, r133_br in r133_W3_BR:
        for r133_tt, r133_ts, r133_d in r133_W3_TERMS:
            if r133_bt != "n" and r133_tt not in ("m", "p"):
                continue
            r133_vco = (r133_co[0], r133_co[1], r133_co[2] + r133_d[0], r133_co[3] + r133_d[1])
            if r133_vco[0] == r133_vco[2]:
                continue
            r133_ts2 = r133_ts.format(v=("·" + r133_v if len(r133_v) > 1 and "1" in r133_ts else r133_v))
            r133_veq = r133_eq[:-1] + r133_br + r133_ts2 + "$" if r133_eq.endswith("$") else r133_eq + r133_br + r133_ts2
            r133_pair("w3" + r133_bt + r133_tt, r133_v, r133_eq, r133_co, r133_veq, r133_vco)
            if r133_eq.endswith("$"):
                r133_pair("w3o" + r133_bt + r133_tt, r133_v, r133_eq, r133_co, r133_eq + r133_br + "$" + r133_ts2 + "$",
                          r133_vco)

# the variable on the next line after the left side, before the "=" line; and a sentence after the term
for r133_v, r133_eq, r133_co in r133_W3_EQ[:6]:
    r133_l, r133_r = r133_eq.split("=")
    r133_l = r133_l.rstrip()
    if r133_eq.endswith("$"):
        continue
    r133_pair("w3lhs", r133_v, r133_eq, r133_co, r133_l + "\n- " + r133_v + " =" + r133_r,
              (r133_co[0] - 1,) + tuple(r133_co[1:]))
    r133_pair("w3sent", r133_v, r133_eq, r133_co, r133_eq + "\n- " + r133_v + " on the right",
              (r133_co[0], r133_co[1], r133_co[2] - 1, r133_co[3]))
    r133_pair("w3both", r133_v, r133_eq, r133_co, r133_eq + "\n- " + r133_v + "\n- " + r133_v,
              (r133_co[0], r133_co[1], r133_co[2] - 2, r133_co[3]))
    r133_pair("w3x2", r133_v, r133_eq, r133_co, r133_eq + "\n+ " + r133_v + "\n- 1",
              (r133_co[0], r133_co[1], r133_co[2] + 1, r133_co[3] - 1))
    # safe: a blank line and text that is no term
    r133_safe("w3", r133_v, r133_eq, r133_co, r133_eq + "\n")

# "?" after the closing "$" is the question's mark: the stored x is right (safe)
r133_safe("qout", "x", "$3x+5=20$", (3, 5, 0, 20), "$3x+5=20$?")


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r133_sample_round  # noqa: E402
r133_found = {
    'd133-base-0', 'd133-base-14', 'd133-base-20', 'd133-base-22',
    'd133-base-26', 'd133-base-32', 'd133-base-36', 'd133-base-40',
    'd133-base-42', 'd133-base-43', 'd133-base-48', 'd133-base-49',
    'd133-base-54', 'd133-base-55', 'd133-base-56', 'd133-base-57',
    'd133-base-6', 'd133-p1001-nlnpxA', 'd133-p1007-nlnnumxA', 'd133-p1008-nlnnmxA',
    'd133-p1011-nlnnpxA', 'd133-p1017-nlcrnumxA', 'd133-p1018-nlcrnmxA', 'd133-p1021-nlcrnpxA',
    'd133-p1027-nlsnumxA', 'd133-p1028-nlsnmxA', 'd133-p1031-nlsnpxA', 'd133-p1037-nlnindumxA',
    'd133-p1038-nlnindmxA', 'd133-p1039-nlnindpxA', 'd133-p1057-nlcrumxA', 'd133-p1058-nlcrmxA',
    'd133-p1059-nlcrpxA', 'd133-p1062-nlvtumxA', 'd133-p1063-nlvtmxA', 'd133-p1064-nlvtpxA',
    'd133-p1067-nlffumxA', 'd133-p1068-nlffmxA', 'd133-p1069-nlffpxA', 'd133-p1083-texmdprime_inA',
    'd133-p1111-w3nmdotA', 'd133-p1112-w3nmparA', 'd133-p1117-w3nnpA', 'd133-p1122-w3numA',
    'd133-p1123-w3nmA', 'd133-p1124-w3npA', 'd133-p1128-w3nmparA', 'd133-p1134-w3crnmA',
    'd133-p1139-w3nmA', 'd133-p1148-w3nnmA', 'd133-p1153-w3nindpA', 'd133-p1165-w3nnpA',
    'd133-p1167-w3crnpA', 'd133-p1173-w3onmA', 'd133-p1179-w3onm2spA', 'd133-p1193-w3onnpA',
    'd133-p1196-w3crnpA', 'd133-p1197-w3ocrnpA', 'd133-p1198-w3nindmA', 'd133-p1199-w3onindmA',
    'd133-p1202-w3numA', 'd133-p1203-w3nmA', 'd133-p1204-w3npA', 'd133-p1206-w3nm2spA',
    'd133-p1215-w3crnpA', 'd133-p1222-w3nm2spA', 'd133-p1223-w3nmdotA', 'd133-p1224-w3nmparA',
    'd133-p1228-w3nnmA', 'd133-p1233-w3nindpA', 'd133-p1240-w3nmparA', 'd133-p1248-w3nindmA',
    'd133-p1249-w3nindpA', 'd133-p1287-w3nmparA', 'd133-p1290-w3nnmA', 'd133-p1292-w3nindmA',
    'd133-p1294-w3nmA', 'd133-p1299-w3nmparA', 'd133-p1309-w3numA', 'd133-p496-dollarA',
    'd133-p497-dollarB', 'd133-p498-dollarA', 'd133-p499-dollarB', 'd133-p606-twiceA',
    'd133-p607-twiceB', 'd133-p715-nlnmxA', 'd133-p718-nlnpxA', 'd133-p728-nlnumpxA',
    'd133-p733-nlnexA', 'd133-p735-nlnenxA', 'd133-p737-nlnnumxA', 'd133-p738-nlnnmxA',
    'd133-p741-nlnnpxA', 'd133-p751-nlnnumpxA', 'd133-p756-nlnnexA', 'd133-p758-nlnnenxA',
    'd133-p760-nlcrnumxA', 'd133-p761-nlcrnmxA', 'd133-p764-nlcrnpxA', 'd133-p774-nlcrnumpxA',
    'd133-p779-nlcrnexA', 'd133-p781-nlcrnenxA', 'd133-p783-nlsnumxA', 'd133-p784-nlsnmxA',
    'd133-p787-nlsnpxA', 'd133-p797-nlsnumpxA', 'd133-p802-nlsnexA', 'd133-p804-nlsnenxA',
    'd133-p806-nlnindumxA', 'd133-p807-nlnindmxA', 'd133-p808-nlnindpxA', 'd133-p826-nlcrumxA',
    'd133-p827-nlcrmxA', 'd133-p828-nlcrpxA', 'd133-p831-nlvtumxA', 'd133-p832-nlvtmxA',
    'd133-p833-nlvtpxA', 'd133-p836-nlffumxA', 'd133-p837-nlffmxA', 'd133-p838-nlffpxA',
    'd133-p847-nlnumxA', 'd133-p848-nlnmxA', 'd133-p856-nlnnumxA', 'd133-p857-nlnnmxA',
    'd133-p865-nlcrnumxA', 'd133-p866-nlcrnmxA', 'd133-p874-nlsnumxA', 'd133-p875-nlsnmxA',
    'd133-p883-nlnindumxA', 'd133-p884-nlnindmxA', 'd133-p899-nlcrumxA', 'd133-p900-nlcrmxA',
    'd133-p903-nlvtumxA', 'd133-p904-nlvtmxA', 'd133-p907-nlffumxA', 'd133-p908-nlffmxA',
    'd133-p916-nlnumxA', 'd133-p917-nlnmxA', 'd133-p920-nlnpxA', 'd133-p926-nlnnumxA',
    'd133-p927-nlnnmxA', 'd133-p930-nlnnpxA', 'd133-p936-nlcrnumxA', 'd133-p937-nlcrnmxA',
    'd133-p940-nlcrnpxA', 'd133-p946-nlsnumxA', 'd133-p947-nlsnmxA', 'd133-p950-nlsnpxA',
    'd133-p956-nlnindumxA', 'd133-p957-nlnindmxA', 'd133-p958-nlnindpxA', 'd133-p976-nlcrumxA',
    'd133-p977-nlcrmxA', 'd133-p978-nlcrpxA', 'd133-p981-nlvtumxA', 'd133-p982-nlvtmxA',
    'd133-p983-nlvtpxA', 'd133-p986-nlffumxA', 'd133-p987-nlffmxA', 'd133-p988-nlffpxA',
    'd133-p997-nlnumxA', 'd133-p998-nlnmxA', 'd133-s1001-nlnpxA', 'd133-s1007-nlnnumxA',
    'd133-s1008-nlnnmxA', 'd133-s1011-nlnnpxA', 'd133-s1017-nlcrnumxA', 'd133-s1018-nlcrnmxA',
    'd133-s1021-nlcrnpxA', 'd133-s1027-nlsnumxA', 'd133-s1028-nlsnmxA', 'd133-s1031-nlsnpxA',
    'd133-s1037-nlnindumxA', 'd133-s1038-nlnindmxA', 'd133-s1039-nlnindpxA', 'd133-s1057-nlcrumxA',
    'd133-s1058-nlcrmxA', 'd133-s1059-nlcrpxA', 'd133-s1062-nlvtumxA', 'd133-s1063-nlvtmxA',
    'd133-s1064-nlvtpxA', 'd133-s1067-nlffumxA', 'd133-s1068-nlffmxA', 'd133-s1069-nlffpxA',
    'd133-s1083-texmdprime_inA', 'd133-s1107-w3nmA', 'd133-s1109-w3nenA', 'd133-s1112-w3nmparA',
    'd133-s1118-w3crnmA', 'd133-s1132-w3nnmA', 'd133-s1136-w3nindmA', 'd133-s1143-w3nmdotA',
    'd133-s1154-w3numA', 'd133-s1165-w3nnpA', 'd133-s1174-w3npA', 'd133-s1175-w3onpA',
    'd133-s1192-w3nnpA', 'd133-s1195-w3ocrnmA', 'd133-s1197-w3ocrnpA', 'd133-s1204-w3npA',
    'd133-s1208-w3nmparA', 'd133-s1220-w3npA', 'd133-s1221-w3nenA', 'd133-s1223-w3nmdotA',
    'd133-s1224-w3nmparA', 'd133-s1230-w3crnmA', 'd133-s1231-w3crnpA', 'd133-s1232-w3nindmA',
    'd133-s1240-w3nmparA', 'd133-s1284-w3nenA', 'd133-s1293-w3numA', 'd133-s1303-w3nnmA',
    'd133-s1306-w3crnpA', 'd133-s1307-w3nindmA', 'd133-s1314-w3nmdotA', 'd133-s1319-w3nnmA',
    'd133-s496-dollarA', 'd133-s498-dollarA', 'd133-s606-twiceA', 'd133-s715-nlnmxA',
    'd133-s718-nlnpxA', 'd133-s728-nlnumpxA', 'd133-s733-nlnexA', 'd133-s735-nlnenxA',
    'd133-s737-nlnnumxA', 'd133-s738-nlnnmxA', 'd133-s741-nlnnpxA', 'd133-s751-nlnnumpxA',
    'd133-s756-nlnnexA', 'd133-s758-nlnnenxA', 'd133-s760-nlcrnumxA', 'd133-s761-nlcrnmxA',
    'd133-s764-nlcrnpxA', 'd133-s774-nlcrnumpxA', 'd133-s779-nlcrnexA', 'd133-s781-nlcrnenxA',
    'd133-s783-nlsnumxA', 'd133-s784-nlsnmxA', 'd133-s787-nlsnpxA', 'd133-s797-nlsnumpxA',
    'd133-s802-nlsnexA', 'd133-s804-nlsnenxA', 'd133-s806-nlnindumxA', 'd133-s807-nlnindmxA',
    'd133-s808-nlnindpxA', 'd133-s826-nlcrumxA', 'd133-s827-nlcrmxA', 'd133-s828-nlcrpxA',
    'd133-s831-nlvtumxA', 'd133-s832-nlvtmxA', 'd133-s833-nlvtpxA', 'd133-s836-nlffumxA',
    'd133-s837-nlffmxA', 'd133-s838-nlffpxA', 'd133-s847-nlnumxA', 'd133-s848-nlnmxA',
    'd133-s856-nlnnumxA', 'd133-s857-nlnnmxA', 'd133-s865-nlcrnumxA', 'd133-s866-nlcrnmxA',
    'd133-s874-nlsnumxA', 'd133-s875-nlsnmxA', 'd133-s883-nlnindumxA', 'd133-s884-nlnindmxA',
    'd133-s899-nlcrumxA', 'd133-s900-nlcrmxA', 'd133-s903-nlvtumxA', 'd133-s904-nlvtmxA',
    'd133-s907-nlffumxA', 'd133-s908-nlffmxA', 'd133-s916-nlnumxA', 'd133-s917-nlnmxA',
    'd133-s920-nlnpxA', 'd133-s926-nlnnumxA', 'd133-s927-nlnnmxA', 'd133-s930-nlnnpxA',
    'd133-s936-nlcrnumxA', 'd133-s937-nlcrnmxA', 'd133-s940-nlcrnpxA', 'd133-s946-nlsnumxA',
    'd133-s947-nlsnmxA', 'd133-s950-nlsnpxA', 'd133-s956-nlnindumxA', 'd133-s957-nlnindmxA',
    'd133-s958-nlnindpxA', 'd133-s976-nlcrumxA', 'd133-s977-nlcrmxA', 'd133-s978-nlcrpxA',
    'd133-s981-nlvtumxA', 'd133-s982-nlvtmxA', 'd133-s983-nlvtpxA', 'd133-s986-nlffumxA',
    'd133-s987-nlffmxA', 'd133-s988-nlffpxA', 'd133-s997-nlnumxA', 'd133-s998-nlnmxA'
}
r133_sample_round("d133-", r133_found, 3)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r133_left_out = {
    'd133-p1087-texmq_outA'
}
P[:] = [r133_p for r133_p in P if r133_p["id"] not in r133_left_out]
