"""Red-team round 151 (black box, stepcache_s35): the linear_equation task's licensed
instruction changes (renamed_variable, paraphrase, formatting) and the step text a reuse keeps.
Tried (2,683 probes: pairs base -> variant with the stale answer first, singles run twice, 212 safe):
renamed variables that collide with a letter of the prose ("Solve for a: 3a + 5 = 20, where a is 2"), renamed
to unit/constant/word letters (m, s, g, k, h, e, i, I, a, A, pi, theta, accented, x1, x_1, x with subscripts,
primes, Cyrillic x, combining marks), two variables with the asked one swapped ("Solve for y: 2x + y = 7, where
x is 1"), equations in words with their number words, operators and "twice/half/increased/decreased" changed,
constants given in prose ("where b is 5" -> "where b is 8"), notes that change the equation ("the + is a typo
for a minus"), sides swapped, a rounded/decimal/fraction/percentage form asked ("to two decimals", "to the
nearest whole number", "rounded up", "to 2 s.f.", "as a percentage"), units and scale words after the equation
(" %", " thousand", " dozen", mixed units "x + 500 g = 2 kg", "Give x in cm"), an expression in the "Solve for"
slot ("Solve for 2x"), relation/approximation/negation words right after the equation.
Held (refused or answered fresh and not stored): word equations (no '='), numbers in prose, two-variable
requests, all rounding/decimal/percentage/unit/scale words, mixed units, "Solve for 2x"/"x^2", Greek/accented/
subscript letters (refused as no variable), a renamed variable colliding with the prose (number outside the
equation), notes and typo corrections, "or more", "or less", "at most", "minimum", "max", "or higher", "or
greater", "is false", "does not hold", "about 20", "at least 20" (before the number), "(at least)", "[or above]", "never holds", "such that not",
"Do not solve", the word on the number's side of a swapped equation ("20 or above = 3x + 5"), "Please solve 3x + 5 = 20
never for x".
Got through: 473 items confirmed alone on a fresh store (316 pairs, 157 singles; alone.txt) and 137 arguable ones
(alone_arguable.txt, in r151_arguable):
(A) RELATION / NEGATION WORDS RIGHT AFTER THE EQUATION, made only of words the instruction vocabulary knows:
"Solve for x: 3x + 5 = 20 or above." / "and up" / "and over" / "or over" / "or below" / "and below" / "and
above" / "at least" / "at the least" / "or up" / "or down" / "and anything above" / "never" / "not" / "or not" /
"and not" / ", no" / "not at all" / "never above" / "not below" / "or at least" ..., also "Solve for x: not 3x + 5
= 20", "Solve for x, not 3x + 5 = 20", "Solve for x: 3x + 5 = 20? No.", "Solve for x: at least 3x + 5 = 20",
"Solve for x: 3x + 5 = 20. Or above.", "Find x if 3x + 5 = 20 or above.", "Please solve 3x + 5 = 20 or above
for x, showing each step.", "Solve 3x + 5 = 20 not.", and with the licensed rename ("Solve for n: 5n - 2 = 13 or
above." served the stored x-answer rewritten to n). Served the plain equation's stored "x = 5" (pairs, reason
"all 3 steps verified" / "... after a licensed rewrite") or stored the model's plain x and served it again
(singles). The request asks for an inequality (x >= 5) or denies the equation: no single value answers it.
Arguable (r151_arguable, family "..._arguable"): "or so", "give or take", "each", "at least once", "above",
"below", "over", "up", "from above" after the equation; the variable asked in another letter case than the
equation writes it ("Solve for X: 3x + 5 = 20", "Solve for x: 2X + 3 = 11": served "x = 5"/"X = 4"); the
variable's own letter as a unit after the equation ("Solve for m: 3m + 5 = 20, in m.", "..., in s/g/h/t/l/k/c/
d/n"). Adds its probes to probe_kit.P."""
from fractions import Fraction as r151_Fr
import re as r151_re

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r151_NR = "999"
r151_bases = {}
r151_pairs = []
r151_singles = []
r151_safe_ids = []
r151_arguable = set()
r151_ids = set()
r151_seen = set()


def r151_fr(v):
    v = r151_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


r151_pmap = {}


def r151_E(pid, fam, prompt, var, val, answers, safe=False, arg=False):
    assert pid not in r151_ids, pid
    if prompt in r151_pmap:
        return False
    r151_pmap[prompt] = pid
    r151_ids.add(pid)
    if arg:
        fam = fam + "_arguable"
        r151_arguable.add(pid)
    E(pid, fam, prompt, var, val if isinstance(val, str) else r151_fr(val), answers, safe=safe)
    return True


def r151_base(prompt, var, val, r151_z_ans):
    if prompt not in r151_bases:
        bid = "d151-base-%d" % len(r151_bases)
        if not r151_E(bid, "r151_base", prompt, var, val, [r151_z_ans]):
            bid = r151_pmap[prompt]
        r151_bases[prompt] = bid
    return r151_bases[prompt]


r151_cnt = [0]


def r151_pair(fam, bprompt, bvar, bval, r151_z_bans, vprompt, vvar, vval, r151_z_stale, r151_z_right, arg=False, single=True, safe=False):
    r151_cnt[0] += 1
    n = r151_cnt[0]
    if vprompt in r151_seen or vprompt in r151_bases or vprompt == bprompt:
        return
    r151_seen.add(vprompt)
    b = r151_base(bprompt, bvar, bval, r151_z_bans)
    if safe:
        pid = "d151-safe-%s-%d" % (fam, n)
        if r151_E(pid, "r151_" + fam + "_safe", vprompt, vvar, vval, [r151_z_right], safe=True):
            r151_safe_ids.append((b, pid))
        return
    pid = "d151-p-%s-%d" % (fam, n)
    if r151_E(pid, "r151_" + fam + "_pair", vprompt, vvar, vval, [r151_z_stale, r151_z_right], arg=arg):
        r151_pairs.append((b, pid))
    if single:
        r151_z_sid = "d151-s-%s-%d" % (fam, n)
        # the same request worded a bit differently, model's plausible (stale-like) mistake first and again
        sprompt = vprompt.replace("Show each step.", "Show your work step by step.")
        if sprompt == vprompt:
            sprompt = vprompt + " Show your work step by step."
        if r151_E(r151_z_sid, "r151_" + fam + "_mis", sprompt, vvar, vval, [r151_z_stale, r151_z_stale, r151_z_right], arg=arg):
            r151_singles.append(r151_z_sid)


def r151_sub(eq, v):
    return r151_re.sub(r"x", v, eq)


# equation, value, steps (with x)
r151_EQ = [
    ("3x + 5 = 20", 5, ["3x + 5 = 20", "3x = 15", "x = 5"]),
    ("2x + 3 = 11", 4, ["2x + 3 = 11", "2x = 8", "x = 4"]),
    ("x + 5 = 11", 6, ["x + 5 = 11", "x = 6"]),
    ("4x - 7 = 9", 4, ["4x - 7 = 9", "4x = 16", "x = 4"]),
]


def r151_ans(steps, v="x"):
    return "\n".join(r151_sub(s, v) for s in steps)


def r151_P(v, eq, tail=""):
    return ("Solve for %s: %s.%s Show each step." % (v, eq, tail)).replace("..", ".")


# ---------------------------------------------------------------- 1. renamed variable that collides with the prose
r151_COLL = [
    ("where {L} is 2", "where"),
    ("with {L} equal to 2", "with"),
    ("given that {L} is 2", "given"),
    ("and {L} stands for 2", "stands"),
    ("(use {L} = 2 later)", "later"),
    ("where {L} = 2", "whereeq"),
]
for r151_eq, r151_val, r151_st in r151_EQ[:3]:
    for r151_L in ["a", "b", "k", "n", "y", "t"]:
        for r151_c, r151_ct in r151_COLL:
            if r151_L not in ("a", "k") and r151_ct not in ("where", "with", "whereeq"):
                continue
            r151_tail = " " + r151_c.format(L=r151_L)
            r151_z_bp = "Solve for x: %s, %s. Show each step." % (r151_eq, r151_c.format(L=r151_L))
            r151_z_vp = "Solve for %s: %s, %s. Show each step." % (r151_L, r151_sub(r151_eq, r151_L), r151_c.format(L=r151_L))
            r151_pair("coll", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, r151_L, r151_NR,
                      r151_ans(r151_st, r151_L),
                      r151_ans(r151_st, r151_L) + "\nBut %s is also given as 2, so the request is contradictory." % r151_L,
                      single=(r151_L in ("a", "k")))
            # safe: rename to a letter used nowhere else
            r151_z_vp2 = "Solve for z: %s, %s. Show each step." % (r151_sub(r151_eq, "z"), r151_c.format(L=r151_L))
            if r151_L != "z":
                r151_pair("collsafe", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp2, "z", r151_val, None,
                          r151_ans(r151_st, "z"), safe=True)

# constant in the prose changes (the equation's other letter)
r151_CONST = [
    # base eq, prose, value, variant prose, variant value
    ("3x + b = 20", "where b is 5", 5, "where b is 8", 4),
    ("3x + b = 20", "where b is five", 5, "where b is eight", 4),
    ("3x + b = 20", "with b equal to 5", 5, "with b equal to 11", 3),
    ("ax + 5 = 20", "where a is 3", 5, "where a is 5", 3),
    ("ax + 5 = 20", "where a is three", 5, "where a is five", 3),
    ("2x + c = 11", "given c = 3", 4, "given c = 5", 3),
    ("2x + c = 11", "where c is 3", 4, "where c is minus 3", 7),
    ("2x + c = 11", "where c is 3", 4, "where c is -3", 7),
    ("2x + c = 11", "where c is three", 4, "where c is twice three", 5 / 2),
    ("x + k = 11", "where k is 5", 6, "where k is 5 more than before", "999"),
    ("x + k = 11", "for k = 5", 6, "for k = 7", 4),
    ("x + k = 11", "for k = 5", 6, "for k = 5.5", r151_Fr(11, 2)),
]
for r151_i, (r151_eq, r151_pr, r151_v1, r151_pr2, r151_v2) in enumerate(r151_CONST):
    r151_z_bp = "Solve for x: %s, %s. Show each step." % (r151_eq, r151_pr)
    r151_z_vp = "Solve for x: %s, %s. Show each step." % (r151_eq, r151_pr2)
    r151_z_v1 = r151_Fr(r151_v1)
    r151_z_v2 = r151_v2 if r151_v2 == "999" else r151_Fr(r151_v2).limit_denominator(100)
    r151_z_bans = "%s\nx = %s" % (r151_eq, r151_fr(r151_z_v1))
    r151_z_stale = r151_z_bans
    r151_z_right = "%s\nx = %s" % (r151_eq, r151_fr(r151_z_v2) if r151_z_v2 != "999" else "999")
    r151_pair("const", r151_z_bp, "x", r151_z_v1, r151_z_bans, r151_z_vp, "x", r151_z_v2, r151_z_stale, r151_z_right)
    # safe: the same prose, the asked variable renamed
    r151_z_vp3 = "Solve for z: %s, %s. Show each step." % (r151_sub(r151_eq, "z"), r151_pr)
    r151_pair("constsafe", r151_z_bp, "x", r151_z_v1, r151_z_bans, r151_z_vp3, "z", r151_z_v1, None,
              "%s\nz = %s" % (r151_sub(r151_eq, "z"), r151_fr(r151_z_v1)), safe=True)

# ---------------------------------------------------------------- 2. renamed to a unit / word / constant letter
r151_UNIT = [
    # letter, base prompt (x), variant prompt, base val, variant val (999 = no single value), steps for stale
    ("m", "Solve for x: 3x + 5 = 20 m. Show each step.", "Solve for m: 3m + 5 = 20 m. Show each step.", 5, "5/17"),
    ("s", "Solve for x: 2x + 3 = 11 s. Show each step.", "Solve for s: 2s + 3 = 11 s. Show each step.", 4, "1/3"),
    ("g", "Solve for x: 2x + 3 = 11 g. Show each step.", "Solve for g: 2g + 3 = 11 g. Show each step.", 4, "1/3"),
    ("k", "Solve for x: 2x + 3 = 11 k. Show each step.", "Solve for k: 2k + 3 = 11 k. Show each step.", 4, "1/3"),
    ("h", "Solve for x: 2x + 3 = 11 h. Show each step.", "Solve for h: 2h + 3 = 11 h. Show each step.", 4, "1/3"),
    ("m2", "Solve for x: 3x + 5 = 20, in m. Show each step.", "Solve for m: 3m + 5 = 20, in m. Show each step.", 5, "999"),
    ("kg", "Solve for x: 3x + 5 = 20 kg. Show each step.", "Solve for g: 3g + 5 = 20 kg. Show each step.", 5, "999"),
    ("cm", "Solve for x: 3x + 5 = 20 cm. Show each step.", "Solve for m: 3m + 5 = 20 cm. Show each step.", 5, "999"),
    ("min", "Solve for x: 3x + 5 = 20 min. Show each step.", "Solve for n: 3n + 5 = 20 min. Show each step.", 5, "999"),
]
for r151_L, r151_z_bp, r151_z_vp, r151_z_b1, r151_z_b2 in r151_UNIT:
    r151_Lv = r151_re.search(r"Solve for (\w+)", r151_z_vp).group(1)
    r151_z_stale = r151_ans(["3x + 5 = 20", "3x = 15", "x = 5"] if r151_z_b1 == 5 else ["2x + 3 = 11", "2x = 8", "x = 4"], r151_Lv)
    r151_z_base_ans = r151_ans(["3x + 5 = 20", "3x = 15", "x = 5"] if r151_z_b1 == 5 else ["2x + 3 = 11", "2x = 8", "x = 4"])
    r151_pair("unit", r151_z_bp, "x", r151_z_b1, r151_z_base_ans, r151_z_vp, r151_Lv, r151_z_b2, r151_z_stale, r151_z_stale + "\n(no single value)", arg=True)

# renamed to a letter that is a constant or a word: safe if used nowhere else
for r151_L in ["e", "i", "I", "a", "A", "m", "s", "π", "θ", "λ", "é", "ø", "ß", "x1", "x_1", "x₁", "X", "xx",
               "α", "Ω", "ñ"]:
    for r151_eq, r151_val, r151_st in r151_EQ[:2]:
        r151_z_bp = r151_P("x", r151_eq)
        r151_z_vp = r151_P(r151_L, r151_sub(r151_eq, r151_L))
        r151_pair("rename", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, r151_L, r151_val, None,
                  r151_ans(r151_st, r151_L), safe=True)

# renamed to a constant letter that also stands in the equation or prose as the constant
r151_CONSTL = [
    ("e", "Solve for x: 2x + 3 = 11e. Show each step.", "x", "999", None),
    ("ei", "Solve for x: 2x + 3 = 11, where e is Euler's number. Show each step.", "e",
     "Solve for e: 2e + 3 = 11, where e is Euler's number. Show each step.", "999"),
    ("pi", "Solve for x: 2x + 3 = 11, where π is about 3.14. Show each step.", "π",
     "Solve for π: 2π + 3 = 11, where π is about 3.14. Show each step.", "999"),
    ("ii", "Solve for x: 2x + 3 = 11, where i is the imaginary unit. Show each step.", "i",
     "Solve for i: 2i + 3 = 11, where i is the imaginary unit. Show each step.", "999"),
    ("a_art", "Solve for x: 2x + 3 = 11. Give a value for x.", "a",
     "Solve for a: 2a + 3 = 11. Give a value for a.", 4),
    ("I_pron", "Solve for x: 2x + 3 = 11 so I can check it.", "I",
     "Solve for I: 2I + 3 = 11 so I can check it.", 4),
]
for r151_t, r151_z_bp, r151_L, r151_z_vp, r151_z_vv in r151_CONSTL:
    if r151_z_vv is None or r151_t == "e":
        continue
    r151_z_st = ["2x + 3 = 11", "2x = 8", "x = 4"]
    r151_pair("constl", r151_z_bp, "x", 4, r151_ans(r151_z_st), r151_z_vp, r151_L, r151_z_vv, r151_ans(r151_z_st, r151_L),
              r151_ans(r151_z_st, r151_L) + ("\n(contradiction)" if r151_z_vv == "999" else ""), arg=(r151_z_vv == "999"), safe=(r151_z_vv != "999"))

# subscripts / superscripts / primes changing the equation
r151_SUP = [
    ("sq", "Solve for x: 3x² + 5 = 20. Show each step.", "x", "999"),
    ("pow", "Solve for x: 3x^2 + 5 = 20. Show each step.", "x", "999"),
    ("x2", "Solve for x: 3x2 + 5 = 20. Show each step.", "x", "999"),
    ("x_2", "Solve for x: 3x_2 + 5 = 20. Show each step.", "x", "999"),
    ("xsub", "Solve for x: 3x₂ + 5 = 20. Show each step.", "x", "999"),
    ("prime", "Solve for x: 3x′ + 5 = 20. Show each step.", "x", "999"),
    ("primea", "Solve for x: 3x' + 5 = 20. Show each step.", "x", "999"),
    ("cyr", "Solve for x: 3\u0445 + 5 = 20. Show each step.", "x", "999"),
    ("chi", "Solve for x: 3χ + 5 = 20. Show each step.", "x", "999"),
    ("bar", "Solve for x: 3x\u0304 + 5 = 20. Show each step.", "x", "999"),
    ("hat", "Solve for x: 3x\u0302 + 5 = 20. Show each step.", "x", "999"),
    ("x1x", "Solve for x1: 3x + 5 = 20. Show each step.", "x1", "999"),
    ("xsubask", "Solve for x₁: 3x + 5 = 20. Show each step.", "x₁", "999"),
    ("X", "Solve for X: 3x + 5 = 20. Show each step.", "X", "999"),
    ("ex", "Solve for x: 3ex + 5 = 20. Show each step.", "x", "999"),
]
for r151_t, r151_z_vp, r151_L, r151_z_vv in r151_SUP:
    r151_z_st = ["3x + 5 = 20", "3x = 15", "x = 5"]
    r151_pair("sup", r151_P("x", "3x + 5 = 20"), "x", 5, r151_ans(r151_z_st), r151_z_vp, r151_L, r151_z_vv, r151_ans(r151_z_st, "x"),
              r151_ans(r151_z_st, "x") + "\n(unclear)", arg=True)

# ---------------------------------------------------------------- 3. two variables, the asked one changes
r151_TWO = [
    ("2x + y = 7", "x", "y", "1", 3, 5),
    ("2x + 3y = 12", "x", "y", "2", 3, r151_Fr(8, 3)),
    ("x + 4y = 9", "x", "y", "1", 5, 2),
    ("5x - y = 3", "x", "y", "2", 1, 7),
]
r151_TWOF = ["where {o} is {k}", "with {o} equal to {k}", "given {o} = {k}", "when {o} = {k}", "for {o} = {k}"]
for r151_eq, r151_z_a, r151_z_o, r151_z_k, r151_z_va, r151_z_vo in r151_TWO:
    for r151_f in r151_TWOF:
        r151_z_bp = "Solve for %s: %s, %s. Show each step." % (r151_z_a, r151_eq, r151_f.format(o=r151_z_o, k=r151_z_k))
        r151_z_bans = "%s\n%s = %s" % (r151_eq.replace(r151_z_o, "(%s)" % r151_z_k), r151_z_a, r151_fr(r151_z_va))
        # swap the asked one
        r151_z_vp = "Solve for %s: %s, %s. Show each step." % (r151_z_o, r151_eq, r151_f.format(o=r151_z_a, k=r151_z_k))
        r151_z_vk = r151_Fr(r151_z_k)
        # value of o when a = k
        # solve: substitute
        r151_z_lhs = r151_eq.split("=")[0]
        r151_z_rhs = r151_Fr(r151_eq.split("=")[1])
        # linear: f(a, o) = c1*a + c2*o
        def r151_ev(av, ov, lhs=r151_z_lhs):
            r151_z_e = r151_z_lhs.replace(r151_z_a, "*(%s)" % av).replace(r151_z_o, "*(%s)" % ov)
            r151_z_e = r151_re.sub(r"(^|[+\-\s])\*", r"\1", r151_z_e)
            return eval(r151_z_e.replace("(", "r151_Fr(").replace("r151_Fr(", "(", 0), {"r151_Fr": r151_Fr})
        r151_z_c0 = r151_ev(r151_z_vk, 0)
        r151_z_c1 = r151_ev(r151_z_vk, 1) - r151_z_c0
        r151_z_vov = (r151_z_rhs - r151_z_c0) / r151_z_c1
        r151_z_stale = "%s\n%s = %s" % (r151_eq.replace(r151_z_a, "(%s)" % r151_z_k), r151_z_o, r151_fr(r151_z_va))
        r151_z_right = "%s\n%s = %s" % (r151_eq.replace(r151_z_a, "(%s)" % r151_z_k), r151_z_o, r151_fr(r151_z_vov))
        r151_pair("two", r151_z_bp, r151_z_a, r151_z_va, r151_z_bans, r151_z_vp, r151_z_o, r151_z_vov, r151_z_stale, r151_z_right, single=(r151_f == r151_TWOF[0]))
        # change the other's value
        r151_z_vp2 = "Solve for %s: %s, %s. Show each step." % (r151_z_a, r151_eq, r151_f.format(o=r151_z_o, k="3"))
        r151_z_c0b = r151_ev(0, 3)
        r151_z_c1b = r151_ev(1, 3) - r151_z_c0b
        r151_z_va2 = (r151_z_rhs - r151_z_c0b) / r151_z_c1b
        r151_pair("twok", r151_z_bp, r151_z_a, r151_z_va, r151_z_bans, r151_z_vp2, r151_z_a, r151_z_va2, r151_z_bans,
                  "%s\n%s = %s" % (r151_eq.replace(r151_z_o, "(3)"), r151_z_a, r151_fr(r151_z_va2)), single=False)
        # only the asked letter changes, prose keeps naming the same letter
        r151_z_vp3 = "Solve for %s: %s, %s. Show each step." % (r151_z_o, r151_eq, r151_f.format(o=r151_z_o, k=r151_z_k))
        r151_pair("twoask", r151_z_bp, r151_z_a, r151_z_va, r151_z_bans, r151_z_vp3, r151_z_o, r151_NR, "%s\n%s = %s" % (r151_eq, r151_z_o, r151_fr(r151_z_va)),
                  "%s\n%s = %s\n(contradiction)" % (r151_eq, r151_z_o, r151_z_k), single=(r151_f == r151_TWOF[0]))

# ---------------------------------------------------------------- 4. equations in words
r151_WORDS = [
    # base sentence, base value, base eq, [(variant sentence, value, eq)]
    ("Three times a number plus five is twenty.", 5, "3x + 5 = 20",
     [("Three times a number plus six is twenty.", r151_Fr(14, 3), "3x + 6 = 20"),
      ("Three times a number minus five is twenty.", r151_Fr(25, 3), "3x - 5 = 20"),
      ("Four times a number plus five is twenty.", r151_Fr(15, 4), "4x + 5 = 20"),
      ("Three times a number plus five is twenty-six.", 7, "3x + 5 = 26"),
      ("Three times a number plus five is thirty-five.", 10, "3x + 5 = 35"),
      ("Three times a number plus five is two.", -1, "3x + 5 = 2"),
      ("Three times a number plus fifteen is twenty.", r151_Fr(5, 3), "3x + 15 = 20"),
      ("Thirteen times a number plus five is twenty.", r151_Fr(15, 13), "13x + 5 = 20"),
      ("A third of a number plus five is twenty.", 45, "x/3 + 5 = 20"),
      ("Three times the sum of a number and five is twenty.", r151_Fr(5, 3), "3(x + 5) = 20"),
      ("Three more than a number, times five, is twenty.", 1, "5(x + 3) = 20")]),
    ("Twice a number increased by four is ten.", 3, "2x + 4 = 10",
     [("Twice a number decreased by four is ten.", 7, "2x - 4 = 10"),
      ("Half a number increased by four is ten.", 12, "x/2 + 4 = 10"),
      ("Twice a number increased by four is twelve.", 4, "2x + 4 = 12"),
      ("Twice a number increased by fourteen is ten.", -2, "2x + 14 = 10"),
      ("Thrice a number increased by four is ten.", 2, "3x + 4 = 10"),
      ("Twice a number increased by four is ten times the number.", r151_Fr(1, 2), "2x + 4 = 10x")]),
    ("A number increased by seven equals fifteen.", 8, "x + 7 = 15",
     [("A number decreased by seven equals fifteen.", 22, "x - 7 = 15"),
      ("A number increased by seventeen equals fifteen.", -2, "x + 17 = 15"),
      ("A number multiplied by seven equals fifteen.", r151_Fr(15, 7), "7x = 15"),
      ("A number divided by seven equals fifteen.", 105, "x/7 = 15"),
      ("Seven decreased by a number equals fifteen.", -8, "7 - x = 15")]),
    ("Five more than twice a number is seventeen.", 6, "2x + 5 = 17",
     [("Five less than twice a number is seventeen.", 11, "2x - 5 = 17"),
      ("Five more than half a number is seventeen.", 24, "x/2 + 5 = 17"),
      ("Five more than twice a number is seventy.", r151_Fr(65, 2), "2x + 5 = 70"),
      ("Five more than twice a number is seven.", 1, "2x + 5 = 7"),
      ("Five times more than twice a number is seventeen.", "999", "10x = 17")]),
    ("The sum of a number and nine is twenty.", 11, "x + 9 = 20",
     [("The difference of a number and nine is twenty.", 29, "x - 9 = 20"),
      ("The product of a number and nine is twenty.", r151_Fr(20, 9), "9x = 20"),
      ("The sum of a number and nineteen is twenty.", 1, "x + 19 = 20"),
      ("The sum of a number and ninety is twenty.", -70, "x + 90 = 20")]),
    ("3 times a number plus 5 is 20.", 5, "3x + 5 = 20",
     [("3 times a number plus 6 is 20.", r151_Fr(14, 3), "3x + 6 = 20"),
      ("3 times a number minus 5 is 20.", r151_Fr(25, 3), "3x - 5 = 20"),
      ("3 times a number plus 5 is 26.", 7, "3x + 5 = 26")]),
]
r151_WFORM = ["{s} Find the number. Show each step.", "Solve: {s} Let x be the number. Show each step.",
              "Solve for x, the number: {s} Show each step."]
for r151_s, r151_v, r151_e, r151_vars in r151_WORDS:
    for r151_fi, r151_f in enumerate(r151_WFORM):
        r151_z_bp = r151_f.format(s=r151_s)
        r151_z_bans = "%s\nx = %s" % (r151_e, r151_fr(r151_v))
        for r151_s2, r151_v2, r151_e2 in r151_vars:
            r151_z_vp = r151_f.format(s=r151_s2)
            r151_z_right = "%s\nx = %s" % (r151_e2, r151_fr(r151_v2) if r151_v2 != "999" else "999")
            r151_pair("words", r151_z_bp, "x", r151_v, r151_z_bans, r151_z_vp, "x", r151_v2, r151_z_bans, r151_z_right,
                      arg=(r151_v2 == "999"), single=(r151_fi != 1))
        # safe paraphrase: "equals" for "is"
        if " is " in r151_s:
            r151_z_vp = r151_f.format(s=r151_s.replace(" is ", " equals "))
            r151_pair("wordsafe", r151_z_bp, "x", r151_v, r151_z_bans, r151_z_vp, "x", r151_v, None, r151_z_bans, safe=True)

# ---------------------------------------------------------------- 5. the instruction's prose changes the equation
r151_NOTE = [
    ("x + 5 = 11", 6, "Note: the + is a typo for a minus.", 16, "x - 5 = 11"),
    ("x + 5 = 11", 6, "The plus sign should be a minus sign.", 16, "x - 5 = 11"),
    ("x + 5 = 11", 6, "Read the 5 as 7.", 4, "x + 7 = 11"),
    ("x + 5 = 11", 6, "The 11 should have been 13.", 8, "x + 5 = 13"),
    ("x + 5 = 11", 6, "Use twice the right side.", 17, "x + 5 = 22"),
    ("2x + 3 = 11", 4, "But first halve the coefficient of x.", 8, "x + 3 = 11"),
    ("2x + 3 = 11", 4, "Swap the 3 and the 11 first.", -4, "2x + 11 = 3"),
    ("2x + 3 = 11", 4, "Correction: it is 2x - 3 = 11.", 7, "2x - 3 = 11"),
    ("2x + 3 = 11", 4, "Actually the constant is three more.", "999", "2x + 6 = 11"),
    ("2x + 3 = 11", 4, "Erratum: the right side is eleven plus two.", r151_Fr(5, 1), "2x + 3 = 13"),
    ("3x + 5 = 20", 5, "The coefficient is doubled in part b; solve part b.", r151_Fr(5, 2), "6x + 5 = 20"),
    ("3x + 5 = 20", 5, "Here 20 is increased by 10.", 25 / 3, "3x + 5 = 30"),
    ("3x + 5 = 20", 5, "Here 20 is decreased by 10.", r151_Fr(5, 3), "3x + 5 = 10"),
    ("3x + 5 = 20", 5, "In the book the 5 is a 2.", 6, "3x + 2 = 20"),
    ("3x + 5 = 20", 5, "Take the equation with its sides negated and plus one.", "999", "?"),
]
for r151_eq, r151_v, r151_n, r151_v2, r151_e2 in r151_NOTE:
    r151_z_bp = r151_P("x", r151_eq)
    r151_z_bans = "%s\nx = %s" % (r151_eq, r151_fr(r151_v))
    r151_z_v2 = r151_v2 if r151_v2 == "999" else r151_Fr(r151_v2).limit_denominator(100)
    for r151_k, r151_z_vp in enumerate(["Solve for x: %s. %s Show each step." % (r151_eq, r151_n),
                                 "Solve for x: %s. Show each step. %s" % (r151_eq, r151_n)]):
        r151_z_right = "%s\nx = %s" % (r151_e2, r151_fr(r151_z_v2) if r151_z_v2 != "999" else "999")
        r151_pair("note", r151_z_bp, "x", r151_v, r151_z_bans, r151_z_vp, "x", r151_z_v2, r151_z_bans, r151_z_right, arg=(r151_z_v2 == "999"), single=(r151_k == 0))

# ---------------------------------------------------------------- 6. sides swapped (safe) and a form asked
for r151_eq, r151_val, r151_st in r151_EQ:
    r151_z_l, r151_z_rr = r151_eq.split(" = ")
    r151_z_bp = r151_P("x", r151_eq)
    r151_z_vp = r151_P("x", "%s = %s" % (r151_z_rr, r151_z_l))
    r151_pair("swap", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, "x", r151_val, None,
              "%s = %s\n%s" % (r151_z_rr, r151_z_l, "\n".join(r151_st[1:])), safe=True)
    r151_z_vp = "Find x if %s. Show each step." % r151_eq
    r151_pair("para", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, "x", r151_val, None, r151_ans(r151_st), safe=True)
    r151_z_vp = "Please solve %s for x, showing each step." % r151_eq
    r151_pair("para", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, "x", r151_val, None, r151_ans(r151_st), safe=True)
    r151_z_vp = "Solve for x:  %s .  Show each step." % r151_eq
    r151_pair("para", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, "x", r151_val, None, r151_ans(r151_st), safe=True)

r151_FRAC = [
    ("3x = 16", r151_Fr(16, 3)),
    ("7x + 2 = 42", r151_Fr(40, 7)),
    ("6x - 1 = 12", r151_Fr(13, 6)),
    ("9x = 2", r151_Fr(2, 9)),
    ("8x + 3 = 6", r151_Fr(3, 8)),
]


def r151_round(v, places):
    q = r151_Fr(1, 10 ** places)
    return r151_Fr(round(v / q)) * q


import math as r151_math
r151_FORMS = [
    ("two", "Give x to two decimals.", lambda v: r151_round(v, 2)),
    ("2dp", "Round x to 2 decimal places.", lambda v: r151_round(v, 2)),
    ("one", "Give x to one decimal place.", lambda v: r151_round(v, 1)),
    ("three", "Give x to three decimals.", lambda v: r151_round(v, 3)),
    ("int", "Round x to the nearest whole number.", lambda v: r151_Fr(round(v))),
    ("intw", "Give x rounded to the nearest integer.", lambda v: r151_Fr(round(v))),
    ("ten", "Round x to the nearest ten.", lambda v: r151_Fr(round(v / 10) * 10)),
    ("up", "Give x rounded up.", lambda v: r151_Fr(r151_math.ceil(v))),
    ("down", "Give x rounded down.", lambda v: r151_Fr(r151_math.floor(v))),
    ("trunc", "Give the integer part of x.", lambda v: r151_Fr(int(v))),
    ("dec", "Give x as a decimal to two places.", lambda v: r151_round(v, 2)),
    ("tenth", "Give x to the nearest tenth.", lambda v: r151_round(v, 1)),
    ("hund", "Give x to the nearest hundredth.", lambda v: r151_round(v, 2)),
    ("sig2", "Give x to two significant figures.", None),
    ("pct", "Give x as a percentage.", None),
]


def r151_sig2(v):
    r151_z_e = r151_math.floor(r151_math.log10(abs(float(v))))
    q = r151_Fr(10) ** (r151_z_e - 1)
    return r151_Fr(round(v / q)) * q


for r151_eq, r151_val in r151_FRAC:
    r151_z_bp = r151_P("x", r151_eq)
    r151_z_bans = "%s\nx = %s" % (r151_eq, r151_fr(r151_val))
    for r151_t, r151_sent, r151_fn in r151_FORMS:
        if r151_t == "pct":
            continue
        r151_z_nv = r151_sig2(r151_val) if r151_t == "sig2" else r151_fn(r151_val)
        if r151_z_nv == r151_val:
            continue
        r151_z_vp = "Solve for x: %s. Show each step. %s" % (r151_eq, r151_sent)
        r151_z_nvs = ("%.6f" % float(r151_z_nv)).rstrip("0").rstrip(".")
        r151_z_right = "x = %s" % r151_z_nvs
        r151_pair("form", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_z_nvs, r151_z_bans, r151_z_right, single=(r151_eq in ("3x = 16", "7x + 2 = 42")))
        r151_z_vp = "Solve for x: %s. %s Show each step." % (r151_eq, r151_sent)
        r151_pair("formb", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_z_nvs, r151_z_bans, r151_z_right, single=False)
    # safe: fraction asked; exact
    r151_z_vp = "Solve for x: %s. Show each step. Give x as a fraction." % r151_eq
    r151_pair("formsafe", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_val, None, r151_z_bans, safe=True)
    r151_z_vp = "Solve for x: %s. Show each step. Give x exactly." % r151_eq
    r151_pair("formsafe", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_val, None, r151_z_bans, safe=True)
    # model mistake single: a wrong rounding beside the exact value
    r151_cnt[0] += 1
    r151_z_sid = "d151-s-badround-%d" % r151_cnt[0]
    r151_z_r2 = r151_round(r151_val, 2) + r151_Fr(1, 100)
    r151_E(r151_z_sid, "r151_badround_mis", "Solve for x: %s. Show each step and give x to two decimals." % r151_eq, "x",
           ("%.6f" % float(r151_round(r151_val, 2))).rstrip("0").rstrip("."),
           ["%s\nx = %s" % (r151_eq, r151_fr(r151_val)), "%s\nx = %s" % (r151_eq, r151_fr(r151_val))])
    r151_singles.append(r151_z_sid)

# integers asked to two decimals: same value (safe)
for r151_eq, r151_val, r151_st in r151_EQ:
    r151_z_bp = r151_P("x", r151_eq)
    r151_z_vp = "Solve for x: %s. Show each step. Give x to two decimals." % r151_eq
    r151_pair("formint", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, "x", r151_val, None, r151_ans(r151_st), safe=True)

# ---------------------------------------------------------------- 7. paraphrases that change the equation's words inside the instruction
r151_PARA = [
    ("Solve for x, where x increased by 5 is 11: x + 5 = 11. Show each step.", 6,
     "Solve for x, where x decreased by 5 is 11: x - 5 = 11. Show each step.", 16, "x - 5 = 11", "x + 5 = 11"),
    ("Solve for x: twice x plus 3 is 11, that is 2x + 3 = 11. Show each step.", 4,
     "Solve for x: half x plus 3 is 11, that is x/2 + 3 = 11. Show each step.", 16, "x/2 + 3 = 11", "2x + 3 = 11"),
    ("Solve for x: twice x plus 3 is 11. Show each step.", 4,
     "Solve for x: half x plus 3 is 11. Show each step.", 16, "x/2 + 3 = 11", "2x + 3 = 11"),
    ("Solve for x: x plus 5 equals 11. Show each step.", 6,
     "Solve for x: x minus 5 equals 11. Show each step.", 16, "x - 5 = 11", "x + 5 = 11"),
    ("Solve for x: x plus five equals eleven. Show each step.", 6,
     "Solve for x: x plus six equals eleven. Show each step.", 5, "x + 6 = 11", "x + 5 = 11"),
    ("Solve for x: 2 times x plus 3 equals 11. Show each step.", 4,
     "Solve for x: 2 times x plus 5 equals 11. Show each step.", 3, "2x + 5 = 11", "2x + 3 = 11"),
    ("Solve for x: three x plus five equals twenty. Show each step.", 5,
     "Solve for x: three x minus five equals twenty. Show each step.", r151_Fr(25, 3), "3x - 5 = 20", "3x + 5 = 20"),
    ("Solve for x: x + 5 = 11 (x plus five is eleven). Show each step.", 6,
     "Solve for x: x + 5 = 11 (x plus six is eleven). Show each step.", "999", "x + 6 = 11", "x + 5 = 11"),
]
for r151_z_bp, r151_z_b1, r151_z_vp, r151_z_v2, r151_z_e2, r151_z_e1 in r151_PARA:
    r151_z_bans = "%s\nx = %s" % (r151_z_e1, r151_fr(r151_z_b1))
    r151_z_right = "%s\nx = %s" % (r151_z_e2, r151_fr(r151_z_v2) if r151_z_v2 != "999" else "999")
    r151_pair("paraeq", r151_z_bp, "x", r151_z_b1, r151_z_bans, r151_z_vp, "x", r151_z_v2, r151_z_bans, r151_z_right, arg=(r151_z_v2 == "999"))

# ---------------------------------------------------------------- 8. renamed variable + prose that mentions the old letter
r151_REN = [
    ("Solve for x: 2x + 3 = 11, and say whether y is bigger. Show each step.",
     "Solve for y: 2y + 3 = 11, and say whether y is bigger. Show each step.", "y"),
    ("Solve for x: 2x + 3 = 11 (y is the next exercise). Show each step.",
     "Solve for y: 2y + 3 = 11 (y is the next exercise). Show each step.", "y"),
    ("Solve for x: 2x + 3 = 11, then use it in y = x + 1. Show each step.",
     "Solve for y: 2y + 3 = 11, then use it in y = x + 1. Show each step.", "y"),
]
for r151_z_bp, r151_z_vp, r151_L in r151_REN:
    r151_z_st = ["2x + 3 = 11", "2x = 8", "x = 4"]
    r151_pair("renprose", r151_z_bp, "x", r151_NR, r151_ans(r151_z_st), r151_z_vp, r151_L, r151_NR, r151_ans(r151_z_st, r151_L),
              r151_ans(r151_z_st, r151_L) + "\n(unclear)", arg=True)
# rename that also changes a coefficient letter word ("Solve for a: 3a + b = 11 where b = 2")
r151_pair("renab", "Solve for x: 3x + b = 11 where b is 2. Show each step.", "x", 3, "3x + 2 = 11\n3x = 9\nx = 3",
          "Solve for b: 3b + x = 11 where x is 2. Show each step.", "b", 3, None, "3b + 2 = 11\n3b = 9\nb = 3", safe=True)
r151_pair("renab", "Solve for x: 3x + b = 11 where b is 2. Show each step.", "x", 3, "3x + 2 = 11\n3x = 9\nx = 3",
          "Solve for a: 3a + b = 11 where b is 2. Show each step.", "a", 3, None, "3a + 2 = 11\n3a = 9\na = 3", safe=True)
r151_pair("renab", "Solve for x: 3x + b = 11 where b is 2. Show each step.", "x", 3, "3x + 2 = 11\n3x = 9\nx = 3",
          "Solve for b: 3x + b = 11 where x is 2. Show each step.", "b", 5, "3x + 2 = 11\n3x = 9\nb = 3",
          "3(2) + b = 11\nb = 5")
r151_pair("renab", "Solve for a: 3a + b = 11 where b is 2. Show each step.", "a", 3, "3a + 2 = 11\n3a = 9\na = 3",
          "Solve for b: 3a + b = 11 where a is 2. Show each step.", "b", 5, "3b + 2 = 11\n3b = 9\nb = 3",
          "3(2) + b = 11\nb = 5")
r151_pair("renab", "Solve for a: 3a + b = 11 where b is 2. Show each step.", "a", 3, "3a + 2 = 11\n3a = 9\na = 3",
          "Solve for b: 3b + a = 11 where a is 2. Show each step.", "b", 3, None, "3b + 2 = 11\n3b = 9\nb = 3", safe=True)

r151_all_singles = list(r151_singles)

# ================================================================ second pass
# ---------------------------------------------------------------- 9. a unit or word after the equation that changes its value
r151_TAILS = [
    # tail after "3x + 5 = 20", variant value (None = ambiguous -> 999)
    (" %", r151_Fr(-8, 5)), ("%", r151_Fr(-8, 5)), (" percent", r151_Fr(-8, 5)), (" per cent", r151_Fr(-8, 5)),
    (" ‰", r151_Fr(-49, 10)), (" thousand", r151_Fr(19995, 3)), (" million", r151_Fr(19999995, 3)),
    (" dozen", r151_Fr(235, 3)), (" hundred", r151_Fr(1995, 3)), (" score", r151_Fr(395, 3)),
    (" squared", r151_Fr(395, 3)), (" cubed", r151_Fr(7995, 3)), (" minus 5", r151_Fr(10, 3)),
    (" less 5", r151_Fr(10, 3)), (" plus 4", r151_Fr(19, 3)), (" times 2", r151_Fr(35, 3)), (" over 4", 0),
    (" halved", r151_Fr(5, 3)), (" doubled", r151_Fr(35, 3)), (" twice", r151_Fr(35, 3)),
    (" minus five", r151_Fr(10, 3)), (" times two", r151_Fr(35, 3)), (" tenths", r151_Fr(-3, 2)),
    (" hundredths", r151_Fr(-24, 15)), (" cents", None), (" k", None), (" K", None), (" m", None), (" M", None),
    (" dB", None), (" °", None), (" °C", None), (" mod 7", None), (" (mod 7)", None), (" in base 8", r151_Fr(11, 3)),
    (" (base 8)", r151_Fr(11, 3)), (" in binary", None), (" (hex)", r151_Fr(9, 1)), (" in hex", r151_Fr(9, 1)),
    (" ± 1", None), (" roughly", None),
    (", in m", None), (", in %", r151_Fr(-8, 5)), (", in percent", r151_Fr(-8, 5)), (", in thousands", None),
    (", in dozens", None), (" (in %)", r151_Fr(-8, 5)), (" (thousands)", None), (" (x1000)", r151_Fr(19995, 3)),
    (" ×1000", r151_Fr(19995, 3)), (" x 1000", r151_Fr(19995, 3)), (" * 2", r151_Fr(35, 3)), (" / 4", 0),
    (" - 5", r151_Fr(10, 3)), (" + 4", r151_Fr(19, 3)),
]
r151_b1 = "Solve for x: 3x + 5 = 20. Show each step."
r151_b1a = "3x + 5 = 20\n3x = 15\nx = 5"
for r151_t, r151_v in r151_TAILS:
    r151_z_vp = "Solve for x: 3x + 5 = 20%s. Show each step." % r151_t
    r151_z_vv = r151_NR if r151_v is None else r151_v
    r151_z_right = "x = %s" % (r151_fr(r151_z_vv) if r151_z_vv != r151_NR else "999")
    r151_pair("tail", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_z_vv, r151_b1a, r151_z_right, arg=(r151_v is None))
    r151_z_vp2 = "Solve for x: 2x + 3 = 11%s. Show each step." % r151_t
    r151_pair("tail2", "Solve for x: 2x + 3 = 11. Show each step.", "x", 4, "2x + 3 = 11\n2x = 8\nx = 4", r151_z_vp2, "x",
              r151_NR, "2x + 3 = 11\n2x = 8\nx = 4", "x = 999", arg=True, single=False)

# units on one side only, or mixed units (the naive answer ignores them)
r151_MIX = [
    ("2x + 3 s = 11 min", r151_Fr(657, 2), "2x + 3 = 11", 4, "seconds"),
    ("2x + 30 min = 2 h", 45, "2x + 30 = 2", -14, "minutes"),
    ("x + 500 g = 2 kg", r151_Fr(3, 2), "x + 500 = 2", -498, "kg"),
    ("3x + 5 cm = 20 m", r151_Fr(1995, 3), "3x + 5 = 20", 5, "cm"),
    ("x + 5 mm = 11 cm", 105, "x + 5 = 11", 6, "mm"),
    ("2x + 3 m = 11 km", r151_Fr(10997, 2), "2x + 3 = 11", 4, "m"),
    ("x + 5 ml = 11 l", 10995, "x + 5 = 11", 6, "ml"),
    ("x + 5 cents = 11 dollars", 1095, "x + 5 = 11", 6, "cents"),
    ("x + 5 h = 11 days", 259, "x + 5 = 11", 6, "hours"),
    ("2x + 3 = 11 min", None, "2x + 3 = 11", 4, None),
    ("2x + 3 s = 11", None, "2x + 3 = 11", 4, None),
    ("x + 5 kg = 11 g", r151_Fr(-4989, 1), "x + 5 = 11", 6, "g"),
    ("x + 5 in = 11 ft", 127, "x + 5 = 11", 6, "inches"),
    ("x + 5 % = 11", r151_Fr(219, 20), "x + 5 = 11", 6, None),
]
for r151_e, r151_v, r151_be, r151_bv, r151_u in r151_MIX:
    r151_z_bp = "Solve for x: %s. Show each step." % r151_be
    r151_z_bans = "%s\n%s\nx = %s" % (r151_be, "", r151_fr(r151_bv))
    r151_z_bans = r151_z_bans.replace("\n\n", "\n")
    r151_z_naive = "%s\nx = %s" % (r151_be, r151_fr(r151_bv))
    r151_z_vv = r151_NR if r151_v is None else r151_v
    for r151_k, r151_z_vp in enumerate(["Solve for x: %s. Show each step." % r151_e,
                                 "Solve for x in %s: %s. Show each step." % (r151_u, r151_e) if r151_u else None]):
        if r151_z_vp is None:
            continue
        r151_z_right = "x = %s" % (r151_fr(r151_z_vv) if r151_z_vv != r151_NR else "999")
        r151_pair("mix", r151_z_bp, "x", r151_bv, r151_z_naive, r151_z_vp, "x", r151_z_vv, r151_z_naive, r151_z_right, arg=(r151_v is None))
    # the unit-bearing request restated with the model's naive (unit-blind) steps
    r151_z_naive_u = "%s\n%s\nx = %s" % (r151_e, r151_be, r151_fr(r151_bv))
    r151_cnt[0] += 1
    r151_z_sid = "d151-s-mixu-%d" % r151_cnt[0]
    r151_E(r151_z_sid, "r151_mixu_mis" + ("_arguable" if r151_v is None else ""), "Solve for x: %s. Show your work step by step." % r151_e,
           "x", r151_z_vv, [r151_z_naive_u, r151_z_naive_u])
    if r151_v is None:
        r151_arguable.add(r151_z_sid)
    r151_singles.append(r151_z_sid)

# ---------------------------------------------------------------- 10. a unit asked for the answer
r151_UA = [
    ("Solve for x: 3x + 5 = 20, in m. Give x in cm. Show each step.", 500),
    ("Solve for x: 3x + 5 = 20 (metres). Give x in centimetres. Show each step.", 500),
    ("Solve for x (in cm): 3x + 5 = 20, with lengths in m. Show each step.", 500),
    ("Solve for x: 3x + 5 = 20, in cm. Give x in m. Show each step.", r151_Fr(1, 20)),
    ("Solve for x: 3x + 5 = 20, in minutes. Give x in seconds. Show each step.", 300),
    ("Solve for x: 3x + 5 = 20, in kg. Give x in grams. Show each step.", 5000),
    ("Solve for x: 3x + 5 = 20, in dollars. Give x in cents. Show each step.", 500),
    ("Solve for x: 3x + 5 = 20, in thousands. Show each step.", None),
    ("Solve for x: 3x + 5 = 20, in hours. Show x in minutes. Show each step.", 300),
    ("Solve for x in cm: 3x + 5 = 20, in m. Show each step.", 500),
    ("Solve for x in grams: 3x + 5 = 20 kg. Show each step.", 5000),
    ("Solve for x in seconds: 2x + 3 = 11 min. Show each step.", None),
]
for r151_z_vp, r151_v in r151_UA:
    r151_z_vv = r151_NR if r151_v is None else r151_v
    r151_z_right = "x = %s" % (r151_fr(r151_z_vv) if r151_z_vv != r151_NR else "999")
    r151_pair("unitask", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_z_vv, r151_b1a, r151_z_right, arg=(r151_v is None))
r151_pair("unitbase", "Solve for x: 3x + 5 = 20, in m. Show each step.", "x", 5, r151_b1a,
          "Solve for x: 3x + 5 = 20, in cm. Show each step.", "x", 5, None, r151_b1a, safe=True)
r151_pair("unitbase", "Solve for x: 3x + 5 = 20, in m. Show each step.", "x", 5, r151_b1a,
          "Solve for x: 3x + 5 = 20, in m. Give x in cm. Show each step.", "x", 500, r151_b1a, "x = 500")
r151_pair("unitbase", "Solve for x: 3x + 5 = 20, in m. Show each step.", "x", 5, r151_b1a,
          "Solve for x: 3x + 5 = 20, in km. Give x in m. Show each step.", "x", 5000, r151_b1a, "x = 5000")
r151_pair("unitbase", "Solve for x: 2x + 3 = 11 s. Show each step.", "x", 4, "2x + 3 = 11\n2x = 8\nx = 4",
          "Solve for x: 2x + 3 = 11 min. Show each step.", "x", r151_NR, "2x + 3 = 11\n2x = 8\nx = 4", "x = 999", arg=True)
r151_pair("unitbase", "Solve for x: 2x + 3 = 11 s. Show each step.", "x", 4, "2x + 3 = 11\n2x = 8\nx = 4",
          "Solve for x: 2x + 3 = 11 ms. Show each step.", "x", r151_NR, "2x + 3 = 11\n2x = 8\nx = 4", "x = 999", arg=True)

# ---------------------------------------------------------------- 11. case: X and x
r151_CASE = [
    ("Solve for x: 3x + X = 20. Show each step.", "x", "3x + X = 20\n4x = 20\nx = 5"),
    ("Solve for x: 3x + 5 = 20 - X. Show each step.", "x", "3x + 5 = 20 - X\n4x = 15\nx = 15/4"),
    ("Solve for X: 3X + x = 20. Show each step.", "X", "3X + x = 20\n4X = 20\nX = 5"),
    ("Solve for a: 2a + A = 12. Show each step.", "a", "2a + A = 12\n3a = 12\na = 4"),
    ("Solve for x: 2x + 3 = 11 + X. Show each step.", "x", "2x + 3 = 11 + X\nx = 8"),
    ("Solve for x: 2X + 3 = 11. Show each step.", "x", "2X + 3 = 11\n2X = 8\nX = 4"),
    ("Solve for x: 2X + 3 = 11. Show each step and give x.", "x", "2X + 3 = 11\n2x = 8\nx = 4"),
    ("Solve for Y: 2y + 3 = 11. Show each step.", "Y", "2y + 3 = 11\n2y = 8\ny = 4"),
    ("Solve for y: 2Y + 3 = 11. Show each step.", "y", "2Y + 3 = 11\n2Y = 8\nY = 4"),
    ("Solve for A: 2a + 3 = 11. Show each step.", "A", "2a + 3 = 11\n2a = 8\na = 4"),
]
for r151_i, (r151_z_vp, r151_L, r151_z_ans) in enumerate(r151_CASE):
    r151_z_sid = "d151-s-case-%d" % r151_i
    r151_E(r151_z_sid, "r151_case_mis", r151_z_vp, r151_L, r151_NR, [r151_z_ans, r151_z_ans], arg=True)
    r151_singles.append(r151_z_sid)
    if "3x + 5 = 20" not in r151_z_vp:
        r151_pair("case", "Solve for x: 2x + 3 = 11. Show each step.", "x", 4, "2x + 3 = 11\n2x = 8\nx = 4",
                  r151_z_vp.replace("Show each step", "Show every step"), r151_L, r151_NR, r151_z_ans, r151_z_ans, arg=True, single=False)
for r151_L, r151_l in [("X", "x"), ("Y", "y"), ("A", "a"), ("N", "n")]:
    for r151_eq, r151_val, r151_st in r151_EQ[:2]:
        # asked in one case, the equation written in the other
        r151_pair("case2", r151_P(r151_l, r151_sub(r151_eq, r151_l)), r151_l, r151_val, r151_ans(r151_st, r151_l),
                  r151_P(r151_L, r151_sub(r151_eq, r151_l)), r151_L, r151_NR, r151_ans(r151_st, r151_l),
                  r151_ans(r151_st, r151_l), arg=True, single=(r151_eq == "3x + 5 = 20"))

# ---------------------------------------------------------------- 12. asked for an expression of the variable in the "Solve for" slot
r151_ASKV = [("2x", 10), ("-x", -5), ("−x", -5), ("x/5", 1), ("x + 1", 6), ("3x", 15), ("x²", 25), ("x^2", 25),
             ("1/x", r151_Fr(1, 5)), ("x-1", 4), ("5x", 25), ("x2", None), ("2 x", 10), ("half x", r151_Fr(5, 2)),
             ("twice x", 10), ("x twice", None), ("x's double", 10), ("x and 2x", None), ("x, then 2x", None),
             ("x in cm", None), ("x in %", None), ("x in percent", None), ("x as a percentage", None),
             ("x (in thousands)", None), ("the 3x", 15), ("3x+5", 20)]
for r151_a, r151_v in r151_ASKV:
    r151_z_vp = "Solve for %s: 3x + 5 = 20. Show each step." % r151_a
    r151_z_vv = r151_NR if r151_v is None else r151_v
    r151_pair("askv", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_z_vv, r151_b1a, r151_b1a + "\n%s = %s" % (r151_a, r151_z_vv),
              arg=(r151_v is None))

# ---------------------------------------------------------------- 13. form words that may be in the vocabulary
r151_FW = [
    ("Give x as a whole number.", "int"), ("Give x as an integer.", "int"), ("Give x in whole numbers.", "int"),
    ("Give x approximately.", None), ("Give x roughly.", None), ("Give x as a decimal.", "dec"),
    ("Give x in decimal form.", "dec"), ("Give x in decimals.", "dec"), ("Give x to 2 dp.", 2),
    ("Give x to 2 d.p.", 2), ("Give x to 2 s.f.", "sf2"), ("Give x correct to two places.", 2),
    ("Give x with two digits after the point.", 2), ("Give x to the hundredths.", 2), ("Give x to 0.01.", 2),
    ("Give x to 0.1.", 1), ("Give x to 1 decimal.", 1), ("Give x in two decimals.", 2), ("Give x to two places.", 2),
    ("Give x up to two decimals.", 2), ("Truncate x.", "floor"), ("Give the floor of x.", "floor"),
    ("Give the ceiling of x.", "ceil"), ("Give x cut off after the point.", "floor"), ("Give x as a percentage.", "pct"),
    ("Give x in percent.", "pct"), ("Give x in scientific notation.", "dec"), ("Give x as a mixed number.", "exact"),
    ("Give x in lowest terms.", "exact"), ("Give x in simplest form.", "exact"), ("Give x as an improper fraction.", "exact"),
    ("Give x exactly, no decimals.", "exact"), ("Give x in thirds.", "exact"), ("Give x in tenths.", 1),
    ("Give x without decimals.", "int"), ("Give x with no decimals.", "int"), ("Give x without the fraction.", "int"),
    ("Give x as a whole.", "int"), ("Give x, whole numbers only.", "int"), ("Give x, approximately.", None),
    ("Give x approx.", None), ("Give x ≈.", None), ("Give x in exact form.", "exact"), ("Give x precisely.", "exact"),
    ("Give x exactly as a decimal.", "dec"), ("Give x as a terminating decimal.", None), ("Give x in cents.", None),
    ("Give x in thousands.", None), ("Give x in dozens.", None), ("Give x times ten.", "x10"), ("Give ten times x.", "x10"),
    ("Give x to the nearest whole.", "int"), ("Give x to the nearest unit.", "int"), ("Give x to the nearest one.", "int"),
]


def r151_formval(v, r151_z_k):
    if r151_z_k == "int":
        return r151_Fr(round(v))
    if r151_z_k == "floor":
        return r151_Fr(r151_math.floor(v))
    if r151_z_k == "ceil":
        return r151_Fr(r151_math.ceil(v))
    if r151_z_k == "exact":
        return v
    if r151_z_k == "sf2":
        return r151_sig2(v)
    if r151_z_k == "pct":
        return v * 100
    if r151_z_k == "x10":
        return v * 10
    if r151_z_k == "dec":
        return None
    if isinstance(r151_z_k, int):
        return r151_round(v, r151_z_k)
    return None


for r151_eq, r151_val in r151_FRAC[:3]:
    r151_z_bp = r151_P("x", r151_eq)
    r151_z_bans = "%s\nx = %s" % (r151_eq, r151_fr(r151_val))
    for r151_s, r151_k in r151_FW:
        r151_z_nv = r151_formval(r151_val, r151_k)
        r151_z_vp = "Solve for x: %s. Show each step. %s" % (r151_eq, r151_s)
        if r151_z_nv is not None and r151_z_nv == r151_val:
            r151_pair("fwsafe", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_val, None, r151_z_bans, safe=True)
            continue
        r151_z_vv = r151_NR if r151_z_nv is None else ("%.6f" % float(r151_z_nv)).rstrip("0").rstrip(".")
        r151_pair("fw", r151_z_bp, "x", r151_val, r151_z_bans, r151_z_vp, "x", r151_z_vv, r151_z_bans, "x = %s" % r151_z_vv, arg=(r151_z_nv is None),
                  single=(r151_eq == "3x = 16"))

# ================================================================ third pass: relation / approximation words right after the equation
r151_REL = [
    # tail, arguable
    (" at least", False), (" or more", False), (" or above", False), (" and up", False), (" or higher", False),
    (" at the least", False), (" minimum", False), (" at minimum", False), (" or less", False), (" or under", False),
    (" or below", False), (" at the most", False), (" and over", False), (" or greater", False), (" upwards", False),
    (" at a minimum", False), (" tops", False), (" max", False), (" min.", True), (" maximum", False), (" or fewer", False),
    (" and beyond", False), (" or bigger", False), (" or smaller", False), (" and above", False), (" and below", False),
    (" or over", False), (" plus", True), (" or thereabouts", True), (" give or take", True), (" more or less", True),
    (" or so", True), ("-ish", True), (" ish", True), (" or nearly", True), (" or about", True), (" at best", False),
    (" at worst", False), (" at the very least", False), (" or better", False), (" or worse", False), (" or lower", False),
    (" never", False), (" is false", False), (" is wrong", False), (" does not hold", False), (" fails", False),
    (" is not true", False), (" not", False), (" each", True), (" per day", True), (" in total", True), (" total", True),
    (" apiece", True), (" combined", True), (" at least once", True), (" too", "safe"), (" as well", "safe"),
    (" again", "safe"), (" exactly", "safe"), (" precisely", "safe"),
    (" (at least)", False), (", at least", False), (" — at least", False), (" or more.", False),
    (" at the minimum", False), (" if not more", False), (" if not less", False), (" or even more", False),
    (" and higher", False), (" and upward", False), (" and more", False), (" or greater than that", False),
    (" at a maximum", False), (" as a minimum", False), (" as a maximum", False),
    (" or beyond", False), (" and lower", False), (" or up", False), (" and less", False),
]
r151_PRE = [
    ("at least ", False), ("about ", True), ("nearly ", False), ("almost ", False), ("over ", False), ("under ", False),
    ("above ", False), ("below ", False), ("around ", True), ("just over ", False), ("no less than ", False),
    ("no more than ", False), ("more than ", False), ("less than ", False), ("roughly ", True), ("approximately ", True),
    ("at most ", False), ("not ", False), ("exactly ", "safe"), ("up to ", False), ("a minimum of ", False),
]
r151_RB = [("3x + 5 = ", "20", 5, "Solve for x: 3x + 5 = 20. Show each step.", r151_b1a),
           ("2x + 3 = ", "11", 4, "Solve for x: 2x + 3 = 11. Show each step.", "2x + 3 = 11\n2x = 8\nx = 4"),
           ("y + 2 = ", "9", 7, "Solve for y: y + 2 = 9. Show each step.", "y + 2 = 9\ny = 7")]
for r151_bi, (r151_l, r151_r, r151_bv, r151_bp, r151_ba) in enumerate(r151_RB):
    r151_vv = "y" if r151_l.startswith("y") else "x"
    for r151_t, r151_ar in r151_REL:
        if r151_bi == 2 and r151_ar == "safe":
            continue
        r151_z_vp = "Solve for %s: %s%s%s. Show each step." % (r151_vv, r151_l, r151_r, r151_t)
        r151_z_vp = r151_z_vp.replace("..", ".").replace(",.", ".")
        if r151_ar == "safe":
            r151_pair("relsafe", r151_bp, r151_vv, r151_bv, r151_ba, r151_z_vp, r151_vv, r151_bv, None, r151_ba, safe=True)
            continue
        r151_pair("rel", r151_bp, r151_vv, r151_bv, r151_ba, r151_z_vp, r151_vv, r151_NR, r151_ba,
                  r151_ba + "\nBut the relation asked is not an equation, so no single value answers it.",
                  arg=r151_ar, single=(r151_bi != 1))
    for r151_t, r151_ar in r151_PRE:
        r151_z_vp = "Solve for %s: %s%s%s. Show each step." % (r151_vv, r151_l, r151_t, r151_r)
        if r151_ar == "safe":
            r151_pair("presafe", r151_bp, r151_vv, r151_bv, r151_ba, r151_z_vp, r151_vv, r151_bv, None, r151_ba, safe=True)
            continue
        r151_pair("pre", r151_bp, r151_vv, r151_bv, r151_ba, r151_z_vp, r151_vv, r151_NR, r151_ba,
                  r151_ba + "\nBut the relation asked is not an equation, so no single value answers it.",
                  arg=r151_ar, single=(r151_bi != 1))

# the same word after the equation in the sentence form of the request
for r151_t in ["at least", "or more", "or less", "at most", "minimum", "or higher"]:
    for r151_k, r151_z_vp in enumerate(["Find x if 3x + 5 = 20 %s. Show each step." % r151_t,
                                 "Please solve 3x + 5 = 20 %s for x, showing each step." % r151_t,
                                 "Solve for x: 20 %s = 3x + 5. Show each step." % r151_t,
                                 "Solve for x:\n3x + 5 = 20 %s\nShow each step." % r151_t,
                                 "Solve for x: 3x + 5 = 20 (%s). Show each step." % r151_t]):
        r151_pair("relform", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_NR, r151_b1a,
                  r151_b1a + "\nBut the relation asked is not an equation.", single=(r151_k < 2))

# renamed variable that is also the unit named after the equation
for r151_L, r151_u in [("m", "m"), ("s", "s"), ("g", "g"), ("h", "h"), ("t", "t"), ("l", "l"), ("k", "k"),
                       ("c", "c"), ("d", "d"), ("n", "n"), ("m", "metres"), ("s", "seconds")]:
    r151_z_bp = "Solve for x: 3x + 5 = 20, in %s. Show each step." % r151_u
    r151_z_vp = "Solve for %s: 3%s + 5 = 20, in %s. Show each step." % (r151_L, r151_L, r151_u)
    if r151_u == "m" and r151_L == "m":
        continue
    r151_z_st = ["3x + 5 = 20", "3x = 15", "x = 5"]
    r151_pair("unitin", r151_z_bp, "x", 5, r151_ans(r151_z_st), r151_z_vp, r151_L, r151_NR, r151_ans(r151_z_st, r151_L), r151_ans(r151_z_st, r151_L),
              arg=True)

# ================================================================ fourth pass: vocabulary words after the equation that make it a relation or deny it
r151_REL2 = [
    # after-equation phrase, arguable
    (" or down", False), (" and down", False), (" or less, not more", False), (" and not", False),
    (" or not", False), (" not really", False), (" no", True), (", no", True), (", no.", True), (" or none", True),
    (" not!", False), (", not", False), (" - not", False), (" never once", False), (" never ever", False),
    (" at no point", False), (" not at all", False), (" not ever", False), (" not once", False), (" at all", True),
    (" only not", False), (" or above it", False), (" or below it", False), (" or over it", False), (" or up from it", False),
    (" and anything above", False), (" and anything over", False), (" or anything above", False),
    (" and above it", False), (" and up from there", False), (" or above that", False), (" or below that", False),
    (" from above", True), (" from below", True), (" above", True), (" below", True), (" over", True), (" up", True),
    (" and over it", False), (" at the very most", False), (" at the least once", True), (" at least each", False),
    (" each at least", False), (" at least not", False), (" not at least", False), (" or over each", False),
    (" never above", False), (" never below", False), (" never over", False), (" not above", False),
    (" not below", False), (" not over", False), (" not once", False), (" no step", True), (" each not", False),
    (" for each", True), (" each time", True), (" up and over", False), (" over and above", False),
    (" and up.", False), (" or over, or above", False), (" above and below", True), (" or above or below", False),
    (" or at least", False), (" or at least over", False), (" or above.", False), (" and beyond that", False),
]
r151_NEGPRE = [
    ("Solve for x: not 3x + 5 = 20. Show each step.", False),
    ("Solve for x: never 3x + 5 = 20. Show each step.", False),
    ("Solve for x such that not 3x + 5 = 20. Show each step.", False),
    ("Solve for x, not 3x + 5 = 20. Show each step.", False),
    ("Do not solve for x: 3x + 5 = 20. Show each step.", True),
    ("Solve for x: 3x + 5 = 20? No. Show each step.", True),
    ("Solve for x where not: 3x + 5 = 20. Show each step.", False),
    ("Solve for x: 3x + 5 = 20 never holds. Show each step.", False),
    ("Solve for x: 3x + 5 = 20 is never so. Show each step.", False),
    ("Solve for x: at least 3x + 5 = 20. Show each step.", False),
    ("Solve for x: at least, 3x + 5 = 20. Show each step.", True),
    ("Solve for x: above, 3x + 5 = 20 or above. Show each step.", False),
    ("Solve for x: 3x + 5 = 20 or above, not equal. Show each step.", False),
    ("Solve for x: 3x + 5 = 20. Not. Show each step.", True),
    ("Solve for x: 3x + 5 = 20. Or above. Show each step.", False),
    ("Solve for x: 3x + 5 = 20. At least. Show each step.", False),
    ("Solve for x: 3x + 5 = 20.\nOr above.\nShow each step.", False),
    ("Solve for x: 3x + 5 = 20 (or above). Show each step.", False),
    ("Solve for x: 3x + 5 = 20 [or above]. Show each step.", False),
    ("Solve for x: 3x + 5 = 20 — or above. Show each step.", False),
    ("Solve for x: 3x + 5 = 20; or above. Show each step.", False),
    ("Solve for x: 3x + 5 = 20: at least. Show each step.", False),
]
for r151_bi, (r151_l, r151_r, r151_bv, r151_bp, r151_ba) in enumerate(r151_RB):
    r151_vv = "y" if r151_l.startswith("y") else "x"
    for r151_t, r151_ar in r151_REL2:
        r151_z_vp = "Solve for %s: %s%s%s. Show each step." % (r151_vv, r151_l, r151_r, r151_t)
        r151_z_vp = r151_z_vp.replace("..", ".").replace(",.", ".")
        r151_pair("rel2", r151_bp, r151_vv, r151_bv, r151_ba, r151_z_vp, r151_vv, r151_NR, r151_ba,
                  r151_ba + "\nBut the relation asked is not an equation, so no single value answers it.",
                  arg=r151_ar, single=(r151_bi != 1))
for r151_z_vp, r151_ar in r151_NEGPRE:
    r151_pair("neg", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_NR, r151_b1a,
              r151_b1a + "\nBut the relation asked is not an equation.", arg=r151_ar)
    r151_z_vp2 = r151_z_vp.replace("3x + 5 = 20", "2x + 3 = 11")
    r151_pair("neg", "Solve for x: 2x + 3 = 11. Show each step.", "x", 4, "2x + 3 = 11\n2x = 8\nx = 4", r151_z_vp2, "x",
              r151_NR, "2x + 3 = 11\n2x = 8\nx = 4", "x = 999", arg=r151_ar, single=False)

# the found words with other equations and other variables (rename licensed + relation word)
r151_EQ2 = [("5x - 2 = 13", 3, ["5x - 2 = 13", "5x = 15", "x = 3"]), ("x/2 + 1 = 4", 6, ["x/2 + 1 = 4", "x/2 = 3", "x = 6"]),
            ("7 = 2x + 1", 3, ["7 = 2x + 1", "6 = 2x", "x = 3"]), ("3(x + 1) = 12", 3, ["3(x + 1) = 12", "x + 1 = 4", "x = 3"])]
for r151_eq, r151_val, r151_st in r151_EQ2:
    for r151_v in ["x", "n", "t"]:
        r151_z_bp = r151_P("x", r151_eq)
        for r151_t in [" or above", " and up", " at the least", " or below", " and over", " never", " not", " or over"]:
            r151_z_vp = "Solve for %s: %s%s. Show each step." % (r151_v, r151_sub(r151_eq, r151_v), r151_t)
            r151_pair("relv", r151_z_bp, "x", r151_val, r151_ans(r151_st), r151_z_vp, r151_v, r151_NR, r151_ans(r151_st, r151_v),
                      r151_ans(r151_st, r151_v) + "\nNo single value.", single=(r151_v == "x"))

# ================================================================ fifth pass: the found words in the other request forms
for r151_t in ["or above", "or below", "and up", "and over", "never", "not", "or not", "and not", "at the least", "or over"]:
    for r151_k, r151_z_vp in enumerate(["Find x if 3x + 5 = 20 %s. Show each step." % r151_t,
                                 "Please solve 3x + 5 = 20 %s for x, showing each step." % r151_t,
                                 "Solve for x: 20 %s = 3x + 5. Show each step." % r151_t,
                                 "Solve for x:\n3x + 5 = 20 %s\nShow each step." % r151_t,
                                 "Solve 3x + 5 = 20 %s. Show each step." % r151_t,
                                 "Solve for x: 3x + 5 = 20 %s." % r151_t,
                                 "What is x if 3x + 5 = 20 %s? Show each step." % r151_t]):
        r151_pair("relform2", r151_b1, "x", 5, r151_b1a, r151_z_vp, "x", r151_NR, r151_b1a,
                  r151_b1a + "\nBut the relation asked is not an equation.", single=(r151_k in (0, 4)))

r151_singles = [r151_s for r151_s in r151_singles if r151_s in r151_ids and r151_pmap.get(
    next((r151_p for r151_p, r151_i in r151_pmap.items() if r151_i == r151_s), None)) == r151_s]
r151_arguable = {r151_a for r151_a in r151_arguable if r151_a in set(r151_pmap.values())}


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too), every safe variant and every 4th of the held rest; STEPCACHE_REDTEAM_FULL=1 keeps them all.
from probe_kit import sample_round as r151_sample_round  # noqa: E402
r151_found = {
    'd151-base-158', 'd151-base-162', 'd151-base-163', 'd151-base-164', 'd151-base-165', 'd151-base-166',
    'd151-base-167', 'd151-base-168', 'd151-base-169', 'd151-base-170', 'd151-base-171', 'd151-base-172',
    'd151-base-173', 'd151-base-176', 'd151-base-177', 'd151-base-178', 'd151-base-179', 'd151-base-87',
    'd151-base-91', 'd151-base-92', 'd151-p-case-806', 'd151-p-case-808', 'd151-p-case-809', 'd151-p-case-810',
    'd151-p-case2-812', 'd151-p-case2-813', 'd151-p-case2-815', 'd151-p-case2-817', 'd151-p-case2-818',
    'd151-p-neg-1547', 'd151-p-neg-1548', 'd151-p-neg-1549', 'd151-p-neg-1550', 'd151-p-neg-1553', 'd151-p-neg-1554',
    'd151-p-neg-1557', 'd151-p-neg-1558', 'd151-p-neg-1559', 'd151-p-neg-1560', 'd151-p-neg-1563', 'd151-p-neg-1564',
    'd151-p-neg-1565', 'd151-p-neg-1566', 'd151-p-neg-1567', 'd151-p-neg-1568', 'd151-p-neg-1569', 'd151-p-neg-1570',
    'd151-p-neg-1573', 'd151-p-neg-1574', 'd151-p-neg-1575', 'd151-p-neg-1576', 'd151-p-neg-1577', 'd151-p-neg-1578',
    'd151-p-neg-1579', 'd151-p-neg-1580', 'd151-p-neg-1585', 'd151-p-neg-1586', 'd151-p-neg-1587', 'd151-p-neg-1588',
    'd151-p-neg-1589', 'd151-p-neg-1590', 'd151-p-rel-1007', 'd151-p-rel-1009', 'd151-p-rel-1010', 'd151-p-rel-1012',
    'd151-p-rel-1017', 'd151-p-rel-1019', 'd151-p-rel-1031', 'd151-p-rel-1032', 'd151-p-rel-1033', 'd151-p-rel-1036',
    'd151-p-rel-1038', 'd151-p-rel-1049', 'd151-p-rel-1055', 'd151-p-rel-1056', 'd151-p-rel-1062', 'd151-p-rel-1069',
    'd151-p-rel-1070', 'd151-p-rel-1085', 'd151-p-rel-1108', 'd151-p-rel-1110', 'd151-p-rel-1111', 'd151-p-rel-1113',
    'd151-p-rel-1118', 'd151-p-rel-1120', 'd151-p-rel-1132', 'd151-p-rel-1133', 'd151-p-rel-1134', 'd151-p-rel-1137',
    'd151-p-rel-1139', 'd151-p-rel-1150', 'd151-p-rel-1156', 'd151-p-rel-1157', 'd151-p-rel-1163', 'd151-p-rel-1170',
    'd151-p-rel-1171', 'd151-p-rel-1186', 'd151-p-rel-1209', 'd151-p-rel-1211', 'd151-p-rel-1212', 'd151-p-rel-1214',
    'd151-p-rel-1219', 'd151-p-rel-1221', 'd151-p-rel-1233', 'd151-p-rel-1234', 'd151-p-rel-1235', 'd151-p-rel-1238',
    'd151-p-rel-1240', 'd151-p-rel-1251', 'd151-p-rel-1257', 'd151-p-rel-1258', 'd151-p-rel-1264', 'd151-p-rel-1266',
    'd151-p-rel-1267', 'd151-p-rel-1282', 'd151-p-rel2-1346', 'd151-p-rel2-1347', 'd151-p-rel2-1349',
    'd151-p-rel2-1350', 'd151-p-rel2-1352', 'd151-p-rel2-1353', 'd151-p-rel2-1356', 'd151-p-rel2-1357',
    'd151-p-rel2-1359', 'd151-p-rel2-1362', 'd151-p-rel2-1364', 'd151-p-rel2-1365', 'd151-p-rel2-1366',
    'd151-p-rel2-1371', 'd151-p-rel2-1372', 'd151-p-rel2-1373', 'd151-p-rel2-1378', 'd151-p-rel2-1379',
    'd151-p-rel2-1380', 'd151-p-rel2-1381', 'd151-p-rel2-1382', 'd151-p-rel2-1383', 'd151-p-rel2-1386',
    'd151-p-rel2-1387', 'd151-p-rel2-1388', 'd151-p-rel2-1389', 'd151-p-rel2-1390', 'd151-p-rel2-1391',
    'd151-p-rel2-1392', 'd151-p-rel2-1393', 'd151-p-rel2-1394', 'd151-p-rel2-1395', 'd151-p-rel2-1396',
    'd151-p-rel2-1397', 'd151-p-rel2-1399', 'd151-p-rel2-1400', 'd151-p-rel2-1401', 'd151-p-rel2-1402',
    'd151-p-rel2-1403', 'd151-p-rel2-1404', 'd151-p-rel2-1406', 'd151-p-rel2-1407', 'd151-p-rel2-1408',
    'd151-p-rel2-1409', 'd151-p-rel2-1410', 'd151-p-rel2-1413', 'd151-p-rel2-1414', 'd151-p-rel2-1416',
    'd151-p-rel2-1417', 'd151-p-rel2-1419', 'd151-p-rel2-1420', 'd151-p-rel2-1423', 'd151-p-rel2-1424',
    'd151-p-rel2-1426', 'd151-p-rel2-1429', 'd151-p-rel2-1431', 'd151-p-rel2-1432', 'd151-p-rel2-1433',
    'd151-p-rel2-1438', 'd151-p-rel2-1439', 'd151-p-rel2-1440', 'd151-p-rel2-1445', 'd151-p-rel2-1446',
    'd151-p-rel2-1447', 'd151-p-rel2-1448', 'd151-p-rel2-1449', 'd151-p-rel2-1450', 'd151-p-rel2-1453',
    'd151-p-rel2-1454', 'd151-p-rel2-1455', 'd151-p-rel2-1456', 'd151-p-rel2-1457', 'd151-p-rel2-1458',
    'd151-p-rel2-1459', 'd151-p-rel2-1460', 'd151-p-rel2-1461', 'd151-p-rel2-1462', 'd151-p-rel2-1463',
    'd151-p-rel2-1464', 'd151-p-rel2-1466', 'd151-p-rel2-1467', 'd151-p-rel2-1468', 'd151-p-rel2-1469',
    'd151-p-rel2-1470', 'd151-p-rel2-1471', 'd151-p-rel2-1473', 'd151-p-rel2-1474', 'd151-p-rel2-1475',
    'd151-p-rel2-1476', 'd151-p-rel2-1477', 'd151-p-rel2-1480', 'd151-p-rel2-1481', 'd151-p-rel2-1483',
    'd151-p-rel2-1484', 'd151-p-rel2-1486', 'd151-p-rel2-1487', 'd151-p-rel2-1490', 'd151-p-rel2-1491',
    'd151-p-rel2-1493', 'd151-p-rel2-1496', 'd151-p-rel2-1498', 'd151-p-rel2-1499', 'd151-p-rel2-1500',
    'd151-p-rel2-1505', 'd151-p-rel2-1506', 'd151-p-rel2-1507', 'd151-p-rel2-1512', 'd151-p-rel2-1513',
    'd151-p-rel2-1514', 'd151-p-rel2-1515', 'd151-p-rel2-1516', 'd151-p-rel2-1517', 'd151-p-rel2-1520',
    'd151-p-rel2-1521', 'd151-p-rel2-1522', 'd151-p-rel2-1523', 'd151-p-rel2-1524', 'd151-p-rel2-1525',
    'd151-p-rel2-1526', 'd151-p-rel2-1527', 'd151-p-rel2-1528', 'd151-p-rel2-1529', 'd151-p-rel2-1530',
    'd151-p-rel2-1531', 'd151-p-rel2-1533', 'd151-p-rel2-1534', 'd151-p-rel2-1535', 'd151-p-rel2-1536',
    'd151-p-rel2-1537', 'd151-p-rel2-1538', 'd151-p-rel2-1540', 'd151-p-rel2-1541', 'd151-p-rel2-1542',
    'd151-p-rel2-1543', 'd151-p-rel2-1544', 'd151-p-relform-1305', 'd151-p-relform-1306', 'd151-p-relform-1308',
    'd151-p-relform2-1687', 'd151-p-relform2-1688', 'd151-p-relform2-1690', 'd151-p-relform2-1691',
    'd151-p-relform2-1692', 'd151-p-relform2-1693', 'd151-p-relform2-1694', 'd151-p-relform2-1695',
    'd151-p-relform2-1697', 'd151-p-relform2-1698', 'd151-p-relform2-1699', 'd151-p-relform2-1700',
    'd151-p-relform2-1701', 'd151-p-relform2-1702', 'd151-p-relform2-1704', 'd151-p-relform2-1705',
    'd151-p-relform2-1706', 'd151-p-relform2-1707', 'd151-p-relform2-1708', 'd151-p-relform2-1709',
    'd151-p-relform2-1711', 'd151-p-relform2-1712', 'd151-p-relform2-1713', 'd151-p-relform2-1714',
    'd151-p-relform2-1715', 'd151-p-relform2-1718', 'd151-p-relform2-1719', 'd151-p-relform2-1720',
    'd151-p-relform2-1721', 'd151-p-relform2-1722', 'd151-p-relform2-1725', 'd151-p-relform2-1726',
    'd151-p-relform2-1727', 'd151-p-relform2-1728', 'd151-p-relform2-1729', 'd151-p-relform2-1732',
    'd151-p-relform2-1733', 'd151-p-relform2-1734', 'd151-p-relform2-1735', 'd151-p-relform2-1736',
    'd151-p-relform2-1739', 'd151-p-relform2-1740', 'd151-p-relform2-1741', 'd151-p-relform2-1742',
    'd151-p-relform2-1743', 'd151-p-relform2-1744', 'd151-p-relform2-1746', 'd151-p-relform2-1747',
    'd151-p-relform2-1748', 'd151-p-relform2-1749', 'd151-p-relform2-1750', 'd151-p-relform2-1751',
    'd151-p-relform2-1753', 'd151-p-relform2-1754', 'd151-p-relform2-1755', 'd151-p-relform2-1756',
    'd151-p-relv-1591', 'd151-p-relv-1592', 'd151-p-relv-1593', 'd151-p-relv-1594', 'd151-p-relv-1595',
    'd151-p-relv-1596', 'd151-p-relv-1597', 'd151-p-relv-1598', 'd151-p-relv-1599', 'd151-p-relv-1600',
    'd151-p-relv-1601', 'd151-p-relv-1602', 'd151-p-relv-1603', 'd151-p-relv-1604', 'd151-p-relv-1605',
    'd151-p-relv-1606', 'd151-p-relv-1607', 'd151-p-relv-1608', 'd151-p-relv-1609', 'd151-p-relv-1610',
    'd151-p-relv-1611', 'd151-p-relv-1612', 'd151-p-relv-1613', 'd151-p-relv-1614', 'd151-p-relv-1615',
    'd151-p-relv-1616', 'd151-p-relv-1617', 'd151-p-relv-1618', 'd151-p-relv-1619', 'd151-p-relv-1620',
    'd151-p-relv-1621', 'd151-p-relv-1622', 'd151-p-relv-1623', 'd151-p-relv-1624', 'd151-p-relv-1625',
    'd151-p-relv-1626', 'd151-p-relv-1627', 'd151-p-relv-1628', 'd151-p-relv-1629', 'd151-p-relv-1630',
    'd151-p-relv-1631', 'd151-p-relv-1632', 'd151-p-relv-1633', 'd151-p-relv-1634', 'd151-p-relv-1635',
    'd151-p-relv-1636', 'd151-p-relv-1637', 'd151-p-relv-1638', 'd151-p-relv-1639', 'd151-p-relv-1640',
    'd151-p-relv-1641', 'd151-p-relv-1642', 'd151-p-relv-1643', 'd151-p-relv-1644', 'd151-p-relv-1645',
    'd151-p-relv-1646', 'd151-p-relv-1647', 'd151-p-relv-1648', 'd151-p-relv-1649', 'd151-p-relv-1650',
    'd151-p-relv-1651', 'd151-p-relv-1652', 'd151-p-relv-1653', 'd151-p-relv-1654', 'd151-p-relv-1655',
    'd151-p-relv-1656', 'd151-p-relv-1657', 'd151-p-relv-1658', 'd151-p-relv-1659', 'd151-p-relv-1660',
    'd151-p-relv-1661', 'd151-p-relv-1662', 'd151-p-relv-1663', 'd151-p-relv-1664', 'd151-p-relv-1665',
    'd151-p-relv-1666', 'd151-p-relv-1667', 'd151-p-relv-1668', 'd151-p-relv-1669', 'd151-p-relv-1670',
    'd151-p-relv-1671', 'd151-p-relv-1672', 'd151-p-relv-1673', 'd151-p-relv-1674', 'd151-p-relv-1675',
    'd151-p-relv-1676', 'd151-p-relv-1677', 'd151-p-relv-1678', 'd151-p-relv-1679', 'd151-p-relv-1680',
    'd151-p-relv-1681', 'd151-p-relv-1682', 'd151-p-relv-1683', 'd151-p-relv-1684', 'd151-p-relv-1685',
    'd151-p-relv-1686', 'd151-p-sup-238', 'd151-p-unit-174', 'd151-p-unitin-1335', 'd151-p-unitin-1336',
    'd151-p-unitin-1337', 'd151-p-unitin-1338', 'd151-p-unitin-1339', 'd151-p-unitin-1340', 'd151-p-unitin-1341',
    'd151-p-unitin-1342', 'd151-p-unitin-1343', 'd151-s-case-5', 'd151-s-case-7', 'd151-s-case-8', 'd151-s-case-9',
    'd151-s-case2-813', 'd151-s-case2-815', 'd151-s-case2-817', 'd151-s-neg-1547', 'd151-s-neg-1549',
    'd151-s-neg-1553', 'd151-s-neg-1557', 'd151-s-neg-1559', 'd151-s-neg-1563', 'd151-s-neg-1565', 'd151-s-neg-1567',
    'd151-s-neg-1569', 'd151-s-neg-1573', 'd151-s-neg-1575', 'd151-s-neg-1577', 'd151-s-neg-1579', 'd151-s-neg-1585',
    'd151-s-neg-1587', 'd151-s-neg-1589', 'd151-s-rel-1007', 'd151-s-rel-1009', 'd151-s-rel-1010', 'd151-s-rel-1012',
    'd151-s-rel-1017', 'd151-s-rel-1019', 'd151-s-rel-1031', 'd151-s-rel-1032', 'd151-s-rel-1033', 'd151-s-rel-1036',
    'd151-s-rel-1038', 'd151-s-rel-1049', 'd151-s-rel-1055', 'd151-s-rel-1056', 'd151-s-rel-1062', 'd151-s-rel-1069',
    'd151-s-rel-1070', 'd151-s-rel-1085', 'd151-s-rel-1209', 'd151-s-rel-1211', 'd151-s-rel-1212', 'd151-s-rel-1214',
    'd151-s-rel-1219', 'd151-s-rel-1221', 'd151-s-rel-1233', 'd151-s-rel-1234', 'd151-s-rel-1235', 'd151-s-rel-1238',
    'd151-s-rel-1240', 'd151-s-rel-1251', 'd151-s-rel-1257', 'd151-s-rel-1258', 'd151-s-rel-1264', 'd151-s-rel-1266',
    'd151-s-rel-1267', 'd151-s-rel-1282', 'd151-s-rel2-1346', 'd151-s-rel2-1347', 'd151-s-rel2-1349',
    'd151-s-rel2-1350', 'd151-s-rel2-1352', 'd151-s-rel2-1353', 'd151-s-rel2-1356', 'd151-s-rel2-1357',
    'd151-s-rel2-1359', 'd151-s-rel2-1362', 'd151-s-rel2-1364', 'd151-s-rel2-1365', 'd151-s-rel2-1366',
    'd151-s-rel2-1371', 'd151-s-rel2-1372', 'd151-s-rel2-1373', 'd151-s-rel2-1378', 'd151-s-rel2-1379',
    'd151-s-rel2-1380', 'd151-s-rel2-1381', 'd151-s-rel2-1382', 'd151-s-rel2-1383', 'd151-s-rel2-1386',
    'd151-s-rel2-1387', 'd151-s-rel2-1388', 'd151-s-rel2-1389', 'd151-s-rel2-1390', 'd151-s-rel2-1391',
    'd151-s-rel2-1392', 'd151-s-rel2-1393', 'd151-s-rel2-1394', 'd151-s-rel2-1395', 'd151-s-rel2-1396',
    'd151-s-rel2-1397', 'd151-s-rel2-1399', 'd151-s-rel2-1400', 'd151-s-rel2-1401', 'd151-s-rel2-1402',
    'd151-s-rel2-1403', 'd151-s-rel2-1404', 'd151-s-rel2-1406', 'd151-s-rel2-1407', 'd151-s-rel2-1408',
    'd151-s-rel2-1409', 'd151-s-rel2-1410', 'd151-s-rel2-1480', 'd151-s-rel2-1481', 'd151-s-rel2-1483',
    'd151-s-rel2-1484', 'd151-s-rel2-1486', 'd151-s-rel2-1487', 'd151-s-rel2-1490', 'd151-s-rel2-1491',
    'd151-s-rel2-1493', 'd151-s-rel2-1496', 'd151-s-rel2-1498', 'd151-s-rel2-1499', 'd151-s-rel2-1500',
    'd151-s-rel2-1505', 'd151-s-rel2-1506', 'd151-s-rel2-1507', 'd151-s-rel2-1512', 'd151-s-rel2-1513',
    'd151-s-rel2-1514', 'd151-s-rel2-1515', 'd151-s-rel2-1516', 'd151-s-rel2-1517', 'd151-s-rel2-1520',
    'd151-s-rel2-1521', 'd151-s-rel2-1522', 'd151-s-rel2-1523', 'd151-s-rel2-1524', 'd151-s-rel2-1525',
    'd151-s-rel2-1526', 'd151-s-rel2-1527', 'd151-s-rel2-1528', 'd151-s-rel2-1529', 'd151-s-rel2-1530',
    'd151-s-rel2-1531', 'd151-s-rel2-1533', 'd151-s-rel2-1534', 'd151-s-rel2-1535', 'd151-s-rel2-1536',
    'd151-s-rel2-1537', 'd151-s-rel2-1538', 'd151-s-rel2-1540', 'd151-s-rel2-1541', 'd151-s-rel2-1542',
    'd151-s-rel2-1543', 'd151-s-rel2-1544', 'd151-s-relform-1305', 'd151-s-relform-1306', 'd151-s-relform2-1687',
    'd151-s-relform2-1691', 'd151-s-relform2-1694', 'd151-s-relform2-1698', 'd151-s-relform2-1701',
    'd151-s-relform2-1705', 'd151-s-relform2-1708', 'd151-s-relform2-1712', 'd151-s-relform2-1715',
    'd151-s-relform2-1719', 'd151-s-relform2-1722', 'd151-s-relform2-1726', 'd151-s-relform2-1729',
    'd151-s-relform2-1733', 'd151-s-relform2-1736', 'd151-s-relform2-1740', 'd151-s-relform2-1743',
    'd151-s-relform2-1747', 'd151-s-relform2-1750', 'd151-s-relform2-1754', 'd151-s-relv-1591', 'd151-s-relv-1592',
    'd151-s-relv-1593', 'd151-s-relv-1594', 'd151-s-relv-1595', 'd151-s-relv-1596', 'd151-s-relv-1597',
    'd151-s-relv-1598', 'd151-s-relv-1615', 'd151-s-relv-1616', 'd151-s-relv-1617', 'd151-s-relv-1618',
    'd151-s-relv-1619', 'd151-s-relv-1620', 'd151-s-relv-1621', 'd151-s-relv-1622', 'd151-s-relv-1639',
    'd151-s-relv-1640', 'd151-s-relv-1641', 'd151-s-relv-1642', 'd151-s-relv-1643', 'd151-s-relv-1644',
    'd151-s-relv-1645', 'd151-s-relv-1646', 'd151-s-relv-1663', 'd151-s-relv-1664', 'd151-s-relv-1665',
    'd151-s-relv-1666', 'd151-s-relv-1667', 'd151-s-relv-1668', 'd151-s-relv-1669', 'd151-s-relv-1670',
    'd151-s-sup-238', 'd151-s-unit-174', 'd151-s-unitin-1335', 'd151-s-unitin-1336', 'd151-s-unitin-1337',
    'd151-s-unitin-1338', 'd151-s-unitin-1339', 'd151-s-unitin-1340', 'd151-s-unitin-1341', 'd151-s-unitin-1342',
    'd151-s-unitin-1343', 'd151-safe-rename-184',
}
r151_sample_round("d151-", r151_found, 4, safe_every=1)
# Arguable items still served from the cache after the fixes (FINDINGS.md, rounds 146-151): left out.
r151_left_out = {
    'd151-p-case-806', 'd151-p-case-808', 'd151-p-case-809', 'd151-p-case-810', 'd151-p-case2-812',
    'd151-p-case2-813', 'd151-p-case2-815', 'd151-p-case2-817', 'd151-p-case2-818', 'd151-p-neg-1557',
    'd151-p-neg-1558', 'd151-p-rel-1036', 'd151-p-rel-1038', 'd151-p-rel-1056', 'd151-p-rel-1137', 'd151-p-rel-1139',
    'd151-p-rel-1157', 'd151-p-rel-1238', 'd151-p-rel-1240', 'd151-p-rel-1258', 'd151-p-rel2-1365',
    'd151-p-rel2-1401', 'd151-p-rel2-1402', 'd151-p-rel2-1432', 'd151-p-rel2-1468', 'd151-p-rel2-1469',
    'd151-p-rel2-1499', 'd151-p-rel2-1535', 'd151-p-rel2-1536', 'd151-p-sup-238', 'd151-p-unit-174',
    'd151-p-unitin-1335', 'd151-p-unitin-1336', 'd151-p-unitin-1337', 'd151-p-unitin-1338', 'd151-p-unitin-1339',
    'd151-p-unitin-1340', 'd151-p-unitin-1341', 'd151-p-unitin-1342', 'd151-p-unitin-1343', 'd151-s-case-5',
    'd151-s-case-7', 'd151-s-case-8', 'd151-s-case-9', 'd151-s-case2-813', 'd151-s-case2-815', 'd151-s-case2-817',
    'd151-s-neg-1557', 'd151-s-rel-1036', 'd151-s-rel-1038', 'd151-s-rel-1056', 'd151-s-rel-1238', 'd151-s-rel-1240',
    'd151-s-rel-1258', 'd151-s-rel2-1365', 'd151-s-rel2-1401', 'd151-s-rel2-1402', 'd151-s-rel2-1499',
    'd151-s-rel2-1535', 'd151-s-rel2-1536', 'd151-s-sup-238', 'd151-s-unit-174', 'd151-s-unitin-1335',
    'd151-s-unitin-1336', 'd151-s-unitin-1337', 'd151-s-unitin-1338', 'd151-s-unitin-1339', 'd151-s-unitin-1340',
    'd151-s-unitin-1341', 'd151-s-unitin-1342', 'd151-s-unitin-1343',
}
P[:] = [r151_p for r151_p in P if r151_p["id"] not in r151_left_out]
