"""Red-team round 145 (black box): THE EQUATION TASK WITH FORMS NOT YET TRIED.
Focus: linear_equation requests written with fractions and decimals (x/4 + 1.5, 0.2x, ½x, ¾x, 1½x, (x+1)/2, 3/x,
x/0.5), parentheses and distribution (2(x − 1), 3(x + 2) − x, −2(x − 3), 5 − (x + 2), nested brackets), the variable
on both sides, products (2·x, 2*x, 2 × x, 2⋅x, x·3, x3, 2 × x × 3), division signs (÷, ":", ∕, ⁄, 12 ÷ x), double signs
(−(−x), 3 − −x, 5 + −2x, --x, x ± 3, −x/−2), equations in words, LaTeX (\frac, \dfrac, \cdot, \times, \div, \left(
\right), \sqrt, ^{3}), other notations for a coefficient (1e1, 2e-1, decimal comma 1,5x, thousands 1,000x, 10³x, 10⁻¹x,
2³x, fullwidth digits, 1'000, √4x, 50%x), several variables with one given ("3x + y = 20 where y = 5", "given",
"if", "a = 2"), renamed variables; plus plain forms the reader must get right (left-to-right ÷ and /, a/(b/c),
x − (2 − 3), .5). Templates: per form, singles whose model answer is a plausible misread (sign slip, dropped fraction,
"1,5" read as 15, ³ read as a digit 3, ⁻¹ read as a minus), with and without restating the form; forward pairs (the
misread/nearby equation stored, then the form under a paraphrased instruction, stale answer first); reverse pairs; safe
variants (spacing, an unrelated sentence, "Find" vs "Solve", equivalent notations). 1,984 probes, 321 safe.
Tried and held: every non-ambiguous form. The reader reads ÷, ×, ⋅, ·, *, −, double signs, nested and negated
brackets, both sides, left-to-right division chains and a/(b/c) right, and refuses (error, never stored) what it does
not read: LaTeX commands (any backslash), ½ ¾ ⅓, superscripts and subscripts, fullwidth/other-script digits, decimal
commas, thousands separators, 1e1, ":" and the division-slash look-alikes, dash/plus/times look-alikes, equations in
words, "where y = 5" (a second variable), x3, x ± 3, 50%x. No stale answer was served on the 284 forward pairs (but the arguable "2/3x"), and no
non-ambiguous misread single was stored. 319 items confirmed alone, all arguable.
What got through (all ARGUABLE, in r145_arguable; alone.txt lists the confirmed items, each alone on a fresh store):
(A) an implicit product right after a division, read left to right as (a/b)·x: "2/3x = 4" (x = 6; 2/(3x) = 4 gives
1/6), "12 ÷ 3x = 2", "2/3(x + 1) = 4", "x/2(3) = 4" (8/3; x/6 = 4 gives 24), "x ÷ 2(3) = 4", "x/(2)(3) = 1",
"x + 1/3x = 4", "2/3x + 1 = 5", "4 = 2/3x", "(x + 1)/2(3) = 1", renamed t/n/y; (B) "x = 8/2(2+2)" (16 or 1) and
"x = 8 ÷ 2(2+2)", "x + 1 = 6/2(1+2)"; (C) ASCII "+-" / "-+" (widely written for ± / ∓) read as plus-a-negative:
"x +- 3 = 10" (13), "x -+ 3 = 10", "2x +- 3 = 11", "x - 1 = +-3". Each: the model's answer under the reader's reading
was stored (reason "all N steps verified") and served from the cache in run 2 (singles), or the explicit form's stored
answer ("(2/3)x = 4", "x + -3 = 10") was reused for the ambiguous one (pairs).
Not a cache finding, noted: "√(4)·x = 6", "√(4)x = 6", "∛(8)·x = 6", "∜(16)·x = 6", "√(4)*x = 10" are read as
"(4)·x = 6" (the root sign silently dropped; "√4x" and "x·√(4)" are refused). With the model's RIGHT answer (x = 3)
StepCache serves its own solver's x = 1.5 (skip path, fresh, both runs; never stored).
Adds its probes to probe_kit.P."""
from fractions import Fraction as r145_Fr

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r145_NR = "999"        # no single right value: any served answer is wrong; only a cached one is a finding
r145_arguable = set()
r145_prompts = {}      # prompt -> id (the scripted model is keyed by prompt text)
r145_n = [0]
r145_pairs = {}   # variant id -> base id


def r145_fr(v):
    v = r145_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


r145_T = {
    "s": "Solve for {v}: {eq}. Show each step.",
    "f": "Find {v}: {eq}.",
    "w": "Solve  for {v}:   {eq} .  Show each step.",
    "u": "Solve for {v}: {eq}. Show each step. The weather is nice today.",
}


def r145_prompt(t, v, eq):
    return r145_T[t].format(v=v, eq=eq)


def r145_sol(v, eqs, val):
    return "\n".join(list(eqs) + ["%s = %s" % (v, r145_fr(val))])


def r145_add(idp, fam, prompt, v, val, answers, safe=False, arg=False):
    """Adds a probe unless its prompt is already used; returns the id holding the prompt."""
    if prompt in r145_prompts:
        return r145_prompts[prompt]
    r145_n[0] += 1
    pid = "d145-%s-%d" % (idp, r145_n[0])
    if arg:
        fam = fam + "_arguable"
        r145_arguable.add(pid)
    E(pid, fam, prompt, v, val if isinstance(val, str) else r145_fr(val), answers, safe=safe)
    r145_prompts[prompt] = pid
    return pid


def r145_item(fam, v, eq, val, alts, plain=None, arg=False, safes=()):
    """eq: the form under test, val its value (r145_NR when ambiguous). alts: [(alt_eq, alt_val, alt_plain)]
    (a misread or a small change; alt_plain is how a model writes that equation plainly in its steps).
    plain: how a model restates eq in its first step (default eq itself, without $)."""
    plain = plain or eq.replace("$", "")
    right = r145_sol(v, [plain], val) if val != r145_NR else None
    for t in ("s",):
        pass
    for alt_eq, alt_val, alt_plain in alts:
        alt_plain = alt_plain or alt_eq.replace("$", "")
        wrong = r145_sol(v, [alt_plain], alt_val)
        slip = r145_sol(v, [plain, alt_plain], alt_val)
        if alt_val == r145_NR or (val != r145_NR and r145_Fr(alt_val) == r145_Fr(val)):
            continue
        tail = [right] if right else []
        # singles: the model's misread answer (with and without restating the form)
        r145_add("s-" + fam, fam, r145_prompt("s", v, eq), v, val, [wrong] + tail, arg=arg)
        r145_add("s2-" + fam, fam, r145_prompt("f", v, eq), v, val, [slip] + tail, arg=arg)
        # pair: the misread / nearby equation stored first, then the form
        b = r145_add("b-" + fam, fam + "_base", r145_prompt("s", v, alt_eq), v, alt_val, [wrong])
        r145_pairs[r145_add("p-" + fam, fam, r145_prompt("u", v, eq), v, val, [wrong] + tail, arg=arg)] = b
        # reverse pair: the form stored first, then the nearby equation
        if right:
            b2 = r145_add("b-" + fam, fam + "_base", r145_prompt("s", v, eq), v, val, [right])
            r145_pairs[r145_add("q-" + fam, fam + "_rev", r145_prompt("f", v, alt_eq), v, alt_val,
                                [right, wrong])] = b2
    # safe variants of the form (same value): spacing, an unrelated sentence, other phrasing
    if right:
        r145_add("b-" + fam, fam + "_base", r145_prompt("s", v, eq), v, val, [right])
        r145_add("safe-" + fam, fam + "_safe", r145_prompt("w", v, eq), v, val, [right], safe=True)
        r145_add("safe-" + fam, fam + "_safe", r145_prompt("u", v, eq), v, val, [right], safe=True)
        for s_eq in safes:
            r145_add("safe-" + fam, fam + "_safe", r145_prompt("s", v, s_eq), v, val, [right], safe=True)


# Each: (family, var, form, value, [(alt, alt value, alt plain or None)], safe rewrites of the form, arguable)
F = r145_Fr
r145_ITEMS = [
    # ---------------------------------------------------------------- fractions and decimals
    ("frac_div", "x", "x/4 + 1.5 = 3", 6, [("x/(4 + 1.5) = 3", F(33, 2), None), ("x/4 + 15 = 3", -48, None),
                                          ("x + 1.5 = 3", F(3, 2), None), ("4x + 1.5 = 3", F(3, 8), None)],
     ["x / 4 + 1.5 = 3", "1.5 + x/4 = 3", "x/4+1.5=3"], False),
    ("dec_coef", "x", "0.2x = 1", 5, [("2x = 1", F(1, 2), None), ("0x = 1", r145_NR, None), ("x = 1", 1, None)],
     ["0.2 x = 1", ".2x = 1", "0.20x = 1"], False),
    ("dec_coef2", "x", "0.25x + 0.5 = 2", 6, [("25x + 5 = 2", F(-3, 25), None), ("0.25x + 5 = 2", -12, None),
                                              ("x + 0.5 = 2", F(3, 2), None)], ["0.25 x + 0.5 = 2"], False),
    ("half_uni", "x", "½x + 3 = 7", 8, [("x + 3 = 7", 4, None), ("12x + 3 = 7", F(1, 3), None),
                                       ("2x + 3 = 7", 2, None), ("1/2x + 3 = 7", 8, None)],
     ["(1/2)x + 3 = 7", "0.5x + 3 = 7", "x/2 + 3 = 7"], False),
    ("quarter_uni", "x", "¾x = 6", 8, [("34x = 6", F(3, 17), None), ("x = 6", 6, None), ("3x = 6", 2, None),
                                       ("4x = 6", F(3, 2), None)], ["(3/4)x = 6", "0.75x = 6"], False),
    ("third_uni", "x", "x + ⅓ = 1", F(2, 3), [("x + 13 = 1", -12, None), ("x + 3 = 1", -2, None),
                                              ("x = 1", 1, None)], ["x + 1/3 = 1"], False),
    ("mixed_uni", "x", "1½x = 6", 4, [("11/2x = 6", F(12, 11), "(11/2)x = 6"), ("1/2x = 6", 12, None),
                                      ("12x = 6", F(1, 2), None), ("1x = 6", 6, None)],
     ["1.5x = 6", "(3/2)x = 6"], False),
    ("mixed_uni2", "x", "x = 2½ + 1", F(7, 2), [("x = 21/2 + 1", F(23, 2), None), ("x = 2 + 1", 3, None),
                                                ("x = 25 + 1", 26, None)], ["x = 2.5 + 1"], False),
    ("bracket_over", "x", "(x+1)/2 = 4", 7, [("x + 1/2 = 4", F(7, 2), None), ("x + 1 = 4", 3, None),
                                             ("(x+1)2 = 4", 1, "2(x + 1) = 4")],
     ["(x + 1) / 2 = 4", "(x+1) / 2 = 4"], False),
    ("recip", "x", "3/x = 2", F(3, 2), [("x/3 = 2", 6, None), ("3x = 2", F(2, 3), None)], ["3 / x = 2"], False),
    ("recip1", "x", "3/x = 1", 3, [("3x = 1", F(1, 3), None), ("3 - x = 1", 2, None)], [], False),
    ("div_dec", "x", "x/0.5 = 4", 2, [("x/5 = 4", 20, None), ("0.5x = 4", 8, None)], ["x / 0.5 = 4"], False),
    ("frac_amb", "x", "2/3x = 4", r145_NR, [("(2/3)x = 4", 6, None), ("2/(3x) = 4", F(1, 6), None)], [], True),
    ("dec_both", "x", "3.5 = x - 1.25", F(19, 4), [("35 = x - 125", 160, None), ("3.5 = x - 1", F(9, 2), None),
                                                   ("3.5 = x - 12.5", 16, None)], ["3.5 = x − 1.25"], False),
    ("frac_rhs", "x", "x/4 = 3/8", F(3, 2), [("x/4 = 3", 12, None), ("x/4 = 38", 152, None)], [], False),
    ("half_bracket", "x", "0.5(x + 4) = 3", 2, [("5(x + 4) = 3", F(-17, 5), None), ("0.5x + 4 = 3", -2, None)],
     ["0.5 (x + 4) = 3", "(x + 4)/2 = 3"], False),
    # ---------------------------------------------------------------- parentheses and distribution
    ("dist_neg", "x", "2(x − 1) = 8", 5, [("2x − 1 = 8", F(9, 2), None), ("2(x + 1) = 8", 3, None),
                                          ("2x + 2 = 8", 3, None)], ["2(x - 1) = 8", "2 (x − 1) = 8", "2*(x-1) = 8"], False),
    ("dist_sub", "x", "3(x + 2) − x = 10", 2, [("3x + 2 − x = 10", 4, None), ("3(x + 2) + x = 10", 1, None),
                                               ("3(x + 2 − x) = 10", r145_NR, None), ("3x + 6 = 10", F(4, 3), None)],
     ["3(x+2) - x = 10", "-x + 3(x + 2) = 10"], False),
    ("dist_minus2", "x", "−2(x − 3) = 4", 1, [("−2x − 6 = 4", -5, None), ("2(x − 3) = 4", 5, None),
                                              ("−2x + 3 = 4", F(-1, 2), None)], ["-2(x - 3) = 4"], False),
    ("minus_bracket", "x", "5 − (x + 2) = 1", 2, [("5 − x + 2 = 1", 6, None), ("5 + (x + 2) = 1", -6, None)],
     ["5 - (x + 2) = 1"], False),
    ("minus_prod", "x", "4 − 2(x + 1) = 0", 1, [("(4 − 2)(x + 1) = 0", -1, None), ("4 − 2x + 1 = 0", F(5, 2), None),
                                                ("4 + 2(x + 1) = 0", -3, None)], ["4 - 2(x + 1) = 0"], False),
    ("dist_both", "x", "2(3x − 4) = 3(x + 1)", F(11, 3), [("6x − 4 = 3x + 1", F(5, 3), None),
                                                          ("6x − 8 = 3x + 1", 3, None), ("6x − 8 = 3x + 3", F(11, 3), None)],
     ["2(3x - 4) = 3(x + 1)"], False),
    ("post_factor", "x", "(x − 2)(3) = 9", 5, [("x − 2 = 9", 11, None), ("x − 2 + 3 = 9", 8, None)],
     ["3(x − 2) = 9"], False),
    ("nested", "x", "2(3(x + 1) − 4) = 10", 2, [("2(3x + 1 − 4) = 10", F(8, 3), None),
                                                ("3(x + 1) − 4 = 10", F(11, 3), None)], [], False),
    # ---------------------------------------------------------------- variable on both sides
    ("both", "x", "5x + 3 = 2x + 12", 3, [("5x + 3 = 2x", -1, None), ("5x + 3 = 12", F(9, 5), None),
                                          ("7x + 3 = 12", F(9, 7), None), ("5x + 3 = 2x + 21", 6, None)],
     ["5x+3=2x+12", "2x + 12 = 5x + 3", "5 x + 3 = 2 x + 12"], False),
    ("both2", "x", "7 − x = x + 1", 3, [("7 − x = 1", 6, None), ("7 − x = x", F(7, 2), None),
                                       ("7 + x = x + 1", r145_NR, None)], ["7 - x = x + 1"], False),
    ("both3", "x", "x = 12 − 3x", 3, [("x = 12 + 3x", -6, None), ("x = 12", 12, None), ("x = 12 − 3", 9, None)],
     ["x = 12 - 3x"], False),
    # ---------------------------------------------------------------- products
    ("dot", "x", "2·x + 3 = 11", 4, [("2 + x + 3 = 11", 6, None), ("x + 3 = 11", 8, None), ("2.x + 3 = 11", r145_NR, None)],
     ["2x + 3 = 11", "2*x + 3 = 11", "2 × x + 3 = 11", "2⋅x + 3 = 11", "2 x + 3 = 11", "2∙x + 3 = 11"], False),
    ("postdot", "x", "x·3 + 1 = 7", 2, [("x + 3 + 1 = 7", 3, None), ("x + 1 = 7", 6, None)],
     ["3x + 1 = 7", "x*3 + 1 = 7", "x × 3 + 1 = 7"], False),
    ("x3", "x", "x3 + 1 = 7", r145_NR, [("3x + 1 = 7", 2, None), ("x + 3 + 1 = 7", 3, None),
                                         ("x + 1 = 7", 6, None)], [], True),
    ("times_chain", "x", "2 × x × 3 = 12", 2, [("2x + 3 = 12", F(9, 2), None), ("2x = 12", 6, None)],
     ["6x = 12", "2*x*3 = 12"], False),
    ("times_div", "x", "x × 2 ÷ 4 = 3", 6, [("2x + 4 = 3", F(-1, 2), None), ("2x = 3", F(3, 2), None),
                                           ("x × 2 − 4 = 3", F(7, 2), None)], ["x*2/4 = 3"], False),
    ("star_neg", "x", "3*x − 2*x = 5", 5, [("3x − 2 = 5", F(7, 3), None), ("3x − 2x = 5", 5, None)],
     ["3x - 2x = 5"], False),
    # ---------------------------------------------------------------- division signs
    ("obelus", "x", "x ÷ 3 = 4", 12, [("x + 3 = 4", 1, None), ("x − 3 = 4", 7, None), ("3x = 4", F(4, 3), None),
                                      ("x = 4", 4, None)], ["x / 3 = 4", "x/3 = 4", "x ÷3 = 4"], False),
    ("colon", "x", "x : 3 = 4", 12, [("3 = 4", r145_NR, None), ("x = 4", 4, None), ("3x = 4", F(4, 3), None),
                                     ("x − 3 = 4", 7, None)], ["x / 3 = 4"], False),
    ("colon_glued", "x", "x:3 = 4", 12, [("x = 4", 4, None), ("3x = 4", F(4, 3), None)], [], False),
    ("obelus_left", "x", "12 ÷ x = 4", 3, [("12 − x = 4", 8, None), ("12x = 4", F(1, 3), None),
                                           ("12 + x = 4", -8, None)], ["12/x = 4"], False),
    ("colon_br", "x", "24 : (x + 2) = 4", 4, [("24(x + 2) = 4", F(-11, 6), None), ("x + 2 = 4", 2, None)],
     ["24/(x + 2) = 4"], False),
    ("divslash", "x", "x ∕ 3 = 4", 12, [("3x = 4", F(4, 3), None), ("x = 4", 4, None)], [], False),
    ("fracslash", "x", "x ⁄ 3 = 4", 12, [("3x = 4", F(4, 3), None), ("x = 4", 4, None)], [], False),
    ("obelus_dist", "x", "(x + 6) ÷ 2 = 5", 4, [("x + 6 − 2 = 5", 1, None), ("x + 3 = 5", 2, None),
                                                ("x + 6 = 5", -1, None)], ["(x + 6)/2 = 5"], False),
    # ---------------------------------------------------------------- negatives and double signs
    ("negneg", "x", "−(−x) = 4", 4, [("−x = 4", -4, None), ("−(−x) = −4", -4, None)], ["-(-x) = 4"], False),
    ("negneg1", "x", "−(−x) + 1 = 5", 4, [("−x + 1 = 5", -4, None)], [], False),
    ("dblminus", "x", "3 − −x = 10", 7, [("3 − x = 10", -7, None), ("3 − − −x = 10", -7, None)],
     ["3 - -x = 10", "3 − (−x) = 10", "3 + x = 10"], False),
    ("plusminus", "x", "5 + −2x = 1", 2, [("5 + 2x = 1", -2, None), ("5 − −2x = 1", -2, None)],
     ["5 - 2x = 1", "5 + (-2x) = 1"], False),
    ("minusnum", "x", "x − −3 = 5", 2, [("x − 3 = 5", 8, None)], ["x + 3 = 5", "x - (-3) = 5"], False),
    ("ascii_dbl", "x", "--x = 3", 3, [("-x = 3", -3, None)], [], False),
    ("neg_bracket", "x", "−3(−x + 2) = 6", 4, [("−3(x + 2) = 6", -4, None), ("3(−x + 2) = 6", 0, None),
                                               ("−3x + 2 = 6", F(-4, 3), None)], ["-3(-x + 2) = 6"], False),
    ("plus_neg", "x", "x + -3 = 5", 8, [("x + 3 = 5", 2, None)], ["x - 3 = 5", "x + (-3) = 5"], False),
    ("pm", "x", "x ± 3 = 5", r145_NR, [("x + 3 = 5", 2, None), ("x − 3 = 5", 8, None)], [], True),
    ("negdiv", "x", "−x/−2 = 3", 6, [("−x/2 = 3", -6, None), ("x/2 = 3", 6, None)], ["x/2 = 3"], False),
    ("minus_plus", "x", "x − (+3) = 5", 8, [("x + 3 = 5", 2, None)], ["x - 3 = 5"], False),
    # ---------------------------------------------------------------- LaTeX
    ("tex_frac", "x", "$\\frac{x}{4} + 1.5 = 3$", 6, [("$x + 1.5 = 3$", F(3, 2), None), ("$4x + 1.5 = 3$", F(3, 8), None),
                                                     ("$\\frac{x}{4} + 15 = 3$", -48, "x/4 + 15 = 3"),
                                                     ("$\\frac{x}{2} + 1.5 = 3$", 3, "x/2 + 1.5 = 3")],
     ["$\\frac x4 + 1.5 = 3$", "\\(\\frac{x}{4} + 1.5 = 3\\)", "$\\tfrac{x}{4} + 1.5 = 3$"], False),
    ("tex_half", "x", "$\\frac{1}{2}x + 3 = 7$", 8, [("$12x + 3 = 7$", F(1, 3), None), ("$x + 3 = 7$", 4, None),
                                                    ("$\\frac{1}{4}x + 3 = 7$", 16, "x/4 + 3 = 7"),
                                                    ("$\\frac{2}{1}x + 3 = 7$", 2, "2x + 3 = 7")],
     ["$\\dfrac{1}{2}x + 3 = 7$", "$\\frac12 x + 3 = 7$"], False),
    ("tex_cdot", "x", "$2 \\cdot x + 3 = 11$", 4, [("$2 + x + 3 = 11$", 6, None), ("$x + 3 = 11$", 8, None),
                                                   ("$2 \\cdot x + 3 = 13$", 5, "2x + 3 = 13")],
     ["$2x + 3 = 11$", "$2\\cdot x+3=11$", "$2 \\times x + 3 = 11$"], False),
    ("tex_left", "x", "$\\left(x + 1\\right) / 2 = 4$", 7, [("$x + 1/2 = 4$", F(7, 2), None),
                                                            ("$x + 1 = 4$", 3, None)],
     ["$(x + 1)/2 = 4$", "$\\left( x+1 \\right)/2=4$"], False),
    ("tex_leftdist", "x", "$3\\left(x - 1\\right) = 9$", 4, [("$3x - 1 = 9$", F(10, 3), None),
                                                             ("$x - 1 = 9$", 10, None)], ["$3(x - 1) = 9$"], False),
    ("tex_dfrac", "x", "$\\dfrac{x+1}{2} = 4$", 7, [("$x + 1 = 4$", 3, None), ("$\\dfrac{x+1}{3} = 4$", 11, "(x + 1)/3 = 4"),
                                                    ("$2(x + 1) = 4$", 1, None)], ["$\\frac{x+1}{2} = 4$"], False),
    ("tex_div", "x", "$x \\div 3 = 4$", 12, [("$x 3 = 4$", F(4, 3), "3x = 4"), ("$x = 4$", 4, None)], ["$x/3 = 4$"], False),
    ("tex_recip", "x", "$\\frac{3}{x} = 2$", F(3, 2), [("$\\frac{x}{3} = 2$", 6, "x/3 = 2"), ("$3x = 2$", F(2, 3), None)], [], False),
    ("tex_negfrac", "x", "$-\\frac{x}{2} = 3$", -6, [("$\\frac{x}{2} = 3$", 6, "x/2 = 3")], [], False),
    ("tex_pow", "x", "$10^{3}x = 50$", F(1, 20), [("$103x = 50$", F(50, 103), None), ("$10x = 50$", 5, None),
                                                  ("$10^{2}x = 50$", F(1, 2), "100x = 50")], ["$1000x = 50$"], False),
    ("tex_sqrt", "x", "$\\sqrt{4}x = 6$", 3, [("$4x = 6$", F(3, 2), None), ("$x = 6$", 6, None),
                                              ("$\\sqrt{9}x = 6$", 2, "3x = 6")], ["$2x = 6$"], False),
    ("tex_pow2", "x", "$2^{3}x = 16$", 2, [("$23x = 16$", F(16, 23), None), ("$2x = 16$", 8, None)], ["$8x = 16$"], False),
    ("tex_times", "x", "$x \\times 3 = 12$", 4, [("$x + 3 = 12$", 9, None), ("$x = 12$", 12, None)], ["$3x = 12$"], False),
    ("tex_both", "x", "$5x + 3 = 2x + 12$", 3, [("$5x + 3 = 2x$", -1, None), ("$5x + 3 = 2x + 15$", 4, "5x + 3 = 2x + 15")],
     ["$5x+3=2x+12$"], False),
    ("tex_frac_space", "x", "$\\frac x 4 = 3$", 12, [("$x 4 = 3$", F(3, 4), "4x = 3"), ("$x = 3$", 3, None)], [], False),
    ("tex_cfrac", "x", "$\\cfrac{x}{5} = 2$", 10, [("$x = 2$", 2, None), ("$5x = 2$", F(2, 5), None)], ["$x/5 = 2$"], False),
    # ---------------------------------------------------------------- other notations for a coefficient
    ("sci", "x", "1e1 x = 20", 2, [("1 x = 20", 20, None), ("11x = 20", F(20, 11), None)], ["10x = 20"], True),
    ("sci_neg", "x", "2e-1x = 1", 5, [("2 - 1x = 1", 1, None), ("2x = 1", F(1, 2), None)], ["0.2x = 1"], True),
    ("comma", "x", "1,5x + 1 = 4", 2, [("15x + 1 = 4", F(1, 5), None), ("5x + 1 = 4", F(3, 5), None),
                                       ("1,25x + 1 = 4", F(12, 5), "1.25x + 1 = 4")],
     ["1.5x + 1 = 4", "1,5 x + 1 = 4"], False),
    ("comma2", "x", "0,25x = 1", 4, [("25x = 1", F(1, 25), None), ("0x = 1", r145_NR, None)], ["0.25x = 1"], False),
    ("comma3", "x", "x + 0,5 = 2", F(3, 2), [("x + 5 = 2", -3, None), ("x + 0,05 = 2", F(39, 20), "x + 0.05 = 2")],
     ["x + 0.5 = 2"], False),
    ("comma4", "x", "2,5x − 1 = 4", 2, [("25x − 1 = 4", F(1, 5), None), ("2x − 1 = 4", F(5, 2), None)],
     ["2.5x − 1 = 4"], False),
    ("thousands_amb", "x", "1,500x = 3", r145_NR, [("1500x = 3", F(1, 500), None), ("1.5x = 3", 2, None)], [], True),
    ("thousands", "x", "1,000x = 3,000", 3, [("1x = 3", 3, None), ("1000x = 3", F(3, 1000), None)],
     ["1000x = 3000", "1 000x = 3 000"], False),
    ("sup3", "x", "10³x = 50", F(1, 20), [("103x = 50", F(50, 103), None), ("10x = 50", 5, None),
                                          ("10²x = 50", F(1, 2), "100x = 50")], ["1000x = 50", "10^3x = 50"], False),
    ("sup_neg", "x", "10⁻¹x = 3", 30, [("10−1x = 3", 7, "10 − x = 3"), ("10x = 3", F(3, 10), None),
                                       ("101x = 3", F(3, 101), None)], ["0.1x = 3", "10^-1 x = 3"], False),
    ("sup_neg5", "x", "5⁻¹x = 2", 10, [("5−1x = 2", 3, "5 − x = 2"), ("5x = 2", F(2, 5), None),
                                       ("51x = 2", F(2, 51), None)], ["x/5 = 2"], False),
    ("sup2c", "x", "2³x = 16", 2, [("23x = 16", F(16, 23), None), ("2x = 16", 8, None)], ["8x = 16"], False),
    ("sup_sci", "x", "2·10²x = 400", 2, [("2·102x = 400", F(100, 51), "204x = 400"), ("20x = 400", 20, None),
                                         ("2·10x = 400", 20, None)], ["200x = 400"], False),
    ("sub_digit", "x", "x₁ + 3 = 5", r145_NR, [("x1 + 3 = 5", 2, None)], [], True),
    ("fullwidth", "x", "２x + ３ = １１", 4, [("x + = ", r145_NR, None), ("2x + 3 = 17", 7, None)], ["2x + 3 = 11"], False),
    ("apos", "x", "1'000x = 2'000", 2, [("1x = 2", 2, None), ("1000x = 2", F(1, 500), None)], ["1000x = 2000"], False),
    ("sqrt_amb", "x", "√4x = 6", r145_NR, [("2x = 6", 3, None), ("4x = 6", F(3, 2), None)], [], True),
    ("sqrt_uni", "x", "√(4)·x = 6", 3, [("4x = 6", F(3, 2), None), ("x = 6", 6, None)], ["2x = 6"], False),
    ("pct", "x", "50%x = 4", r145_NR, [("50x = 4", F(2, 25), None), ("0.5x = 4", 8, None)], [], True),
    # ---------------------------------------------------------------- several variables, one given
    ("given_y", "x", "3x + y = 20 where y = 5", 5, [("3x = 20", F(20, 3), None), ("3x + y = 20 where y = 2", 6, "3x + 2 = 20"),
                                                    ("3x + 5 = 20", 5, None)], ["3x + y = 20, where y = 5", "3x + y = 20 with y = 5"], False),
    ("given_y2", "x", "2x + y = 10 given y = 4", 3, [("2x + y = 10 given y = 2", 4, "2x + 2 = 10"), ("2x = 10", 5, None)],
     ["2x + y = 10, given that y = 4"], False),
    ("given_a", "x", "ax + 3 = 11 where a = 2", 4, [("ax + 3 = 11 where a = 4", 2, "4x + 3 = 11"), ("x + 3 = 11", 8, None)],
     ["ax + 3 = 11, a = 2"], False),
    ("given_if", "x", "x − y = 3 if y = −2", 1, [("x − y = 3 if y = 2", 5, "x − 2 = 3"), ("x = 3", 3, None)], [], False),
    ("given_yx", "x", "3x + 2y = 20 where y = x", 4, [("3x = 20", F(20, 3), None), ("3x + 2 = 20", 6, None)], [], False),
    ("two_free", "x", "3x + y = 20", r145_NR, [("3x = 20", F(20, 3), None), ("3x + 5 = 20", 5, None)], [], True),
    ("system", "x", "x + y = 10 and y = x + 2", 4, [("x + y = 10", r145_NR, None), ("x + x = 10", 5, None),
                                                    ("x + y = 10 and y = x + 4", 3, "x + x + 4 = 10")], [], False),
    # ---------------------------------------------------------------- renamed variables of the same forms
    ("ren_dist", "t", "2(t − 1) = 8", 5, [("2t − 1 = 8", F(9, 2), None), ("2(t + 1) = 8", 3, None)], ["2(t - 1) = 8"], False),
    ("ren_comma", "n", "1,5n + 1 = 4", 2, [("15n + 1 = 4", F(1, 5), None)], ["1.5n + 1 = 4"], False),
    ("ren_obelus", "y", "y ÷ 3 = 4", 12, [("y − 3 = 4", 7, None), ("3y = 4", F(4, 3), None)], ["y/3 = 4"], False),
    ("ren_sup", "z", "10³z = 50", F(1, 20), [("103z = 50", F(50, 103), None), ("10z = 50", 5, None)], ["1000z = 50"], False),
    ("ren_given", "a", "3a + b = 20 where b = 5", 5, [("3a + b = 20 where b = 2", 6, "3a + 2 = 20")], [], False),
]

# ---------------------------------------------------------------- equations in words
r145_WORDS = [
    ("w_3x5", "three times x plus five is twenty", 5, [("three times the sum of x and five is twenty", F(5, 3), "3(x + 5) = 20"),
                                                       ("three times x plus five is twenty-six", 7, "3x + 5 = 26"),
                                                       ("three times x plus five is twelve", F(7, 3), "3x + 5 = 12")],
     "3x + 5 = 20", False),
    ("w_sum", "three times the sum of x and five is twenty", F(5, 3), [("three times x plus five is twenty", 5, "3x + 5 = 20")],
     "3(x + 5) = 20", False),
    ("w_less4", "twice x, less 4, equals 10", 7, [("twice the difference of x and 4 equals 10", 9, "2(x − 4) = 10"),
                                                  ("twice x, less 4, equals 12", 8, "2x − 4 = 12")], "2x − 4 = 10", False),
    ("w_lessthan", "seven less than x is three", 10, [("seven less x is three", 4, "7 − x = 3"),
                                                      ("x less than seven is three", 4, "7 − x = 3")], "x − 7 = 3", False),
    ("w_lessx", "seven less x is three", 4, [("seven less than x is three", 10, "x − 7 = 3")], "7 − x = 3", False),
    ("w_decr", "x decreased by seven equals three", 10, [("x decreased by seven equals one", 8, "x − 7 = 1"),
                                                         ("x increased by seven equals three", -4, "x + 7 = 3")], "x − 7 = 3", False),
    ("w_quot", "the quotient of x and four is three", 12, [("the quotient of four and x is three", F(4, 3), "4/x = 3"),
                                                           ("the product of x and four is three", F(3, 4), "4x = 3")],
     "x/4 = 3", False),
    ("w_more", "five more than twice x is eleven", 3, [("five less than twice x is eleven", 8, "2x − 5 = 11"),
                                                       ("twice the sum of x and five is eleven", F(1, 2), "2(x + 5) = 11"),
                                                       ("five more than three times x is eleven", 2, "3x + 5 = 11")],
     "2x + 5 = 11", False),
    ("w_subfrom", "x subtracted from ten is four", 6, [("ten subtracted from x is four", 14, "x − 10 = 4")], "10 − x = 4", False),
    ("w_tenfrom", "ten subtracted from x is four", 14, [("x subtracted from ten is four", 6, "10 − x = 4")], "x − 10 = 4", False),
    ("w_half", "half of x plus three equals seven", r145_NR, [("half of x, plus three, equals seven", 8, "x/2 + 3 = 7"),
                                                              ("half of the sum of x and three equals seven", 11, "(x + 3)/2 = 7")],
     None, True),
    ("w_both", "three times x equals twenty minus x", 5, [("three times x equals twenty", F(20, 3), "3x = 20"),
                                                          ("three times x equals twenty plus x", 10, "3x = 20 + x")],
     "3x = 20 − x", False),
    ("w_twice", "twice x plus three equals eleven", 4, [("twice the sum of x and three equals eleven", F(5, 2), "2(x + 3) = 11"),
                                                        ("thrice x plus three equals eleven", F(8, 3), "3x + 3 = 11"),
                                                        ("twice x minus three equals eleven", 7, "2x − 3 = 11")],
     "2x + 3 = 11", False),
    ("w_hyphen", "x plus twenty-one equals thirty", 9, [("x plus twenty equals thirty", 10, "x + 20 = 30"),
                                                        ("x plus twenty one equals thirty", 9, None)], "x + 21 = 30", False),
    ("w_hundred", "x plus one hundred and five equals two hundred", 95, [("x plus one hundred equals two hundred", 100, "x + 100 = 200"),
                                                                          ("x plus one hundred and five equals two", -103, "x + 105 = 2")],
     "x + 105 = 200", False),
    ("w_number", "three times a number plus five is twenty; let x be the number", 5,
     [("three times a number plus five is twenty-three; let x be the number", 6, "3x + 5 = 23")], "3x + 5 = 20", False),
    ("w_product", "the product of x and three, minus two, is ten", 4, [("the product of x and three minus two is ten", 10, "x(3 − 2) = 10")],
     "3x − 2 = 10", True),
    ("w_neg", "negative x plus four equals one", 3, [("x plus four equals one", -3, "x + 4 = 1")], "−x + 4 = 1", False),
    ("w_frac", "one third of x is five", 15, [("three of x is five", F(5, 3), "3x = 5"), ("one third of x is six", 18, "x/3 = 6")],
     "x/3 = 5", False),
    ("w_dec", "x times one point five equals three", 2, [("x times fifteen equals three", F(1, 5), "15x = 3"),
                                                         ("x times one equals three", 3, "x = 3")], "1.5x = 3", False),
]


def r145_build():
    for fam, v, eq, val, alts, safes, arg in r145_ITEMS:
        r145_item(fam, v, eq, val, [(a, b, c) for a, b, c in alts], arg=arg, safes=safes)
    for fam, words, val, alts, plain, arg in r145_WORDS:
        r145_item(fam, "x", words, val, alts, plain=plain or words, arg=arg,
                  safes=[words.replace(" is ", " equals ")] if " is " in words else [])


r145_build()


# ---------------------------------------------------------------- implicit product after a division (precedence)
# "a/bx", "a ÷ bx", "a/b(x + d)", "x/a(b)", "x ÷ a(b)", "x + 1/ax": read left to right as (a/b)·x, but many
# (textbooks, calculators with implied multiplication first) read a/(b·x). No single right answer: expect 999.
def r145_prec(tag, eq, v_ltr, explicit, v_other_plain=None, var="x"):
    fam = "prec_" + tag
    wrong = r145_sol(var, [explicit], v_ltr)
    slip = r145_sol(var, [eq, explicit], v_ltr)
    r145_add("s-" + fam, fam, r145_prompt("s", var, eq), var, r145_NR, [wrong], arg=True)
    r145_add("s2-" + fam, fam, r145_prompt("f", var, eq), var, r145_NR, [slip], arg=True)
    b = r145_add("b-" + fam, fam + "_base", "Solve for %s: %s. Show all steps." % (var, explicit), var, v_ltr, [wrong])
    r145_pairs[r145_add("p-" + fam, fam, "Solve for %s: %s. Show your steps." % (var, eq), var, r145_NR, [wrong],
                        arg=True)] = b
    if v_other_plain:
        oplain, oval = v_other_plain
        r145_pairs[r145_add("o-" + fam, fam, "Solve for %s: %s. Show every step." % (var, eq), var, r145_NR,
                            [r145_sol(var, [oplain], oval)], arg=True)] = b
    # safe: the explicit form again, spaced
    r145_add("safe-" + fam, fam + "_safe", "Solve  for %s:  %s . Show all steps." % (var, explicit), var, v_ltr,
             [wrong], safe=True)


for a, b, c in [(2, 3, 4), (6, 2, 3), (12, 3, 2), (1, 2, 5), (3, 4, 6), (9, 3, 6), (5, 2, 10), (8, 4, 1)]:
    F = r145_Fr
    r145_prec("ab_x_%d_%d_%d" % (a, b, c), "%d/%dx = %d" % (a, b, c), F(c) * b / a, "(%d/%d)x = %d" % (a, b, c))
    r145_prec("obl_x_%d_%d_%d" % (a, b, c), "%d ÷ %dx = %d" % (a, b, c), F(c) * b / a, "(%d/%d)x = %d" % (a, b, c))
    r145_prec("ab_xp_%d_%d_%d" % (a, b, c), "%d/%d(x + 1) = %d" % (a, b, c), F(c) * b / a - 1,
              "(%d/%d)(x + 1) = %d" % (a, b, c))
    r145_prec("x_ab_%d_%d_%d" % (a, b, c), "x/%d(%d) = %d" % (a, b, c), F(c) * a / b, "(x/%d)·%d = %d" % (a, b, c),
              ("x/%d = %d" % (a * b, c), F(c) * a * b))
    r145_prec("xo_ab_%d_%d_%d" % (a, b, c), "x ÷ %d(%d) = %d" % (a, b, c), F(c) * a / b, "(x/%d)·%d = %d" % (a, b, c),
              ("x/%d = %d" % (a * b, c), F(c) * a * b))
    r145_prec("xpl_%d_%d_%d" % (a, b, c), "x + 1/%dx = %d" % (b, c), F(c) / (1 + F(1, b)), "x + (1/%d)x = %d" % (b, c))
    r145_prec("abxd_%d_%d_%d" % (a, b, c), "%d/%dx + 1 = %d" % (a, b, c + 1), F(c) * b / a,
              "(%d/%d)x + 1 = %d" % (a, b, c + 1))
    r145_prec("ab_xrhs_%d_%d_%d" % (a, b, c), "%d = %d/%dx" % (c, a, b), F(c) * b / a, "%d = (%d/%d)x" % (c, a, b))


# ---------------------------------------------------------------- ASCII "+-" / "-+" (often written for ± / ∓) and
# a constant "a/b(c)" (the 8/2(2+2) question): the reader takes "+-" as plus-a-negative and a/b(c) left to right.
def r145_amb(tag, eq, v_reader, plain, base_plain=None, var="x"):
    fam = "amb_" + tag
    wrong = r145_sol(var, [plain], v_reader)
    r145_add("s-" + fam, fam, r145_prompt("s", var, eq), var, r145_NR, [wrong], arg=True)
    r145_add("s2-" + fam, fam, r145_prompt("f", var, eq), var, r145_NR, [r145_sol(var, [eq, plain], v_reader)], arg=True)
    if base_plain:
        b = r145_add("b-" + fam, fam + "_base", "Solve for %s: %s. Show all steps." % (var, base_plain), var, v_reader,
                     [r145_sol(var, [base_plain], v_reader)])
        r145_pairs[r145_add("p-" + fam, fam, "Solve for %s: %s. Show your steps." % (var, eq), var, r145_NR,
                            [r145_sol(var, [base_plain], v_reader)], arg=True)] = b


for c in (3, 4, 7):
    r145_amb("pm_%d" % c, "x +- %d = 10" % c, 10 + c, "x - %d = 10" % c, "x + -%d = 10" % c)
    r145_amb("mp_%d" % c, "x -+ %d = 10" % c, 10 + c, "x - %d = 10" % c, "x - +%d = 10" % c)
    r145_amb("pmr_%d" % c, "x = 10 +- %d" % c, 10 - c, "x = 10 - %d" % c, "x = 10 + -%d" % c)
    r145_amb("pm2_%d" % c, "2x +- %d = 11" % c, r145_Fr(11 + c, 2), "2x - %d = 11" % c, "2x + -%d = 11" % c)
    r145_amb("pmeq_%d" % c, "x - 1 = +-%d" % c, 1 - c, "x - 1 = -%d" % c, "x - 1 = +(-%d)" % c)
for a, b, c, d in [(8, 2, 2, 2), (6, 2, 1, 2), (24, 2, 3, 0), (12, 3, 1, 1), (9, 3, 1, 2)]:
    v = r145_Fr(a, b) * (c + d)
    inner = "%d" % c if d == 0 else "%d+%d" % (c, d)
    r145_amb("kab_%d_%d_%d_%d" % (a, b, c, d), "x = %d/%d(%s)" % (a, b, inner), v, "x = %s" % r145_fr(v),
             "x = (%d/%d)(%s)" % (a, b, inner))
    r145_amb("kob_%d_%d_%d_%d" % (a, b, c, d), "x = %d ÷ %d(%s)" % (a, b, inner), v, "x = %s" % r145_fr(v),
             "x = (%d ÷ %d)(%s)" % (a, b, inner))
    r145_amb("kabx_%d_%d_%d_%d" % (a, b, c, d), "x + 1 = %d/%d(%s)" % (a, b, inner), v - 1, "x + 1 = %s" % r145_fr(v),
             "x + 1 = (%d/%d)(%s)" % (a, b, inner))

# ---------------------------------------------------------------- plain forms the reader reads right (held expected)
F = r145_Fr
r145_HELD = [
    ("h_assoc", "x − 2 − 3 = 1", 6, [("x − (2 − 3) = 1", 0, None)]),
    ("h_assoc2", "10 − x − 2 = 3", 5, [("10 − (x − 2) = 3", 9, None)]),
    ("h_minusbr", "3x − (2 − x) = 10", 3, [("3x − 2 − x = 10", 6, None)]),
    ("h_divfrac", "x/(1/2) = 4", 2, [("x/1/2 = 4", 8, None)]),
    ("h_divfrac2", "x/(2/3) = 3", 2, [("x/2/3 = 3", 18, None)]),
    ("h_triple", "x - -(-3) = 5", 8, [("x + 3 = 5", 2, None)]),
    ("h_negs", "−−−x = 3", -3, [("x = 3", 3, None)]),
    ("h_ltr", "(x + 2) ÷ 2 × 4 = 8", 2, [("(x + 2)/8 = 8", 62, None)]),
    ("h_ltr2", "x ÷ 2 × 4 = 8", 4, [("x/8 = 8", 64, None)]),
    ("h_ltr3", "x ÷ 2 ÷ 2 = 1", 4, [("x ÷ (2 ÷ 2) = 1", 1, None)]),
    ("h_ltr4", "x = 6/2*3", 9, [("x = 6/6", 1, None)]),
    ("h_ltr5", "x = 3/4/2", F(3, 8), [("x = 3/(4/2)", F(3, 2), None)]),
    ("h_prec", "4 − 1 ÷ 3 = x", F(11, 3), [("(4 − 1) ÷ 3 = x", 1, None)]),
    ("h_twobr", "2(x + 3) − (x − 1) = 10", 3, [("2x + 6 − x − 1 = 10", 5, None)]),
    ("h_rightbr", "x(2 + 1) = 9", 3, [("2x + 1 = 9", 4, None)]),
    ("h_halfsub", "x − x/2 = 3", 6, [("x − 1/2 = 3", F(7, 2), None)]),
    ("h_twofrac", "x/2 + x/3 = 5", 6, [("x/5 = 5", 25, None)]),
    ("h_decs", "0.1 + 0.2x = 0.3", 1, [("0.1 + 0.2x = 3", F(29, 2), None)]),
    ("h_rightneg", "x(-2) = 4", -2, [("x − 2 = 4", 6, None)]),
    ("h_timesneg", "x × −2 = 4", -2, [("x − 2 = 4", 6, None)]),
    ("h_coefdiv", "2x ÷ 3 = 4", 6, [("x ÷ 3 = 4", 12, None)]),
    ("h_subs", "x = 2 - 3 - 1", -2, [("x = 2 - (3 - 1)", 0, None)]),
    ("h_divs", "8 ÷ 2 ÷ 2 = x", 2, [("8 ÷ (2 ÷ 2) = x", 8, None)]),
    ("h_brcoef", "2(3)x = 12", 2, [("2 + 3x = 12", F(10, 3), None)]),
    ("h_brprod", "(x)(2) = 6", 3, [("x + 2 = 6", 4, None)]),
    ("h_leaddot", "x + .5 = 1", F(1, 2), [("x + 5 = 1", -4, None)]),
    ("h_minusplus", "x - +3 = 5", 8, [("x + 3 = 5", 2, None)]),
    ("h_plusneg", "x + -3 = 5", 8, [("x + 3 = 5", 2, None)]),
]
for fam, eq, val, alts in r145_HELD:
    r145_item(fam, "x", eq, val, alts)


# ---------------------------------------------------------------- the same precedence shapes, renamed variables and more
for var in ("t", "n", "y"):
    r145_prec("ren_%s_ab_x" % var, "2/3%s = 4" % var, 6, "(2/3)%s = 4" % var, var=var)
    r145_prec("ren_%s_obl_x" % var, "12 ÷ 3%s = 2" % var, r145_Fr(1, 2), "(12/3)%s = 2" % var, var=var)
    r145_prec("ren_%s_x_ab" % var, "%s/2(3) = 6" % var, 4, "(%s/2)·3 = 6" % var, ("%s/6 = 6" % var, 36), var=var)
for a, b, c in [(2, 3, 1), (4, 5, 2), (3, 2, 9)]:
    r145_prec("x_pab_%d_%d_%d" % (a, b, c), "x/(%d)(%d) = %d" % (a, b, c), r145_Fr(c) * a / b,
              "(x/%d)·%d = %d" % (a, b, c), ("x/%d = %d" % (a * b, c), c * a * b))
    r145_prec("x_abp_%d_%d_%d" % (a, b, c), "(x + 1)/%d(%d) = %d" % (a, b, c), r145_Fr(c) * a / b - 1,
              "((x + 1)/%d)·%d = %d" % (a, b, c), ("(x + 1)/%d = %d" % (a * b, c), c * a * b - 1))


# ---------------------------------------------------------------- forward pairs with a reusable instruction: the misread
# (or nearby) equation stored first ("Solve for x: <alt>. Show each step."), then the form asked with a paraphrased
# instruction; the model's first answer is the stored one (stale), its second the right one.
r145_FWD = ["Solve for {v}: {eq}. Show all steps.", "Solve for {v}: {eq}. Show your steps.",
            "Solve for {v}: {eq}. Show every step.", "Solve for {v}: {eq}. Show your working."]


def r145_fwd(fam, v, eq, val, alts, plain=None, arg=False):
    plain = plain or eq.replace("$", "")
    right = [r145_sol(v, [plain], val)] if val != r145_NR else []
    k = 0
    for alt_eq, alt_val, alt_plain in alts:
        if alt_val == r145_NR or (val != r145_NR and r145_Fr(alt_val) == r145_Fr(val)):
            continue
        wrong = r145_sol(v, [alt_plain or alt_eq.replace("$", "")], alt_val)
        b = r145_add("b-" + fam, fam + "_base", r145_prompt("s", v, alt_eq), v, alt_val, [wrong])
        pr = r145_FWD[k % len(r145_FWD)].format(v=v, eq=eq)
        k += 1
        r145_pairs[r145_add("v-" + fam, fam + "_fwd", pr, v, val, [wrong] + right, arg=arg)] = b


for fam, v, eq, val, alts, safes, arg in r145_ITEMS:
    r145_fwd(fam, v, eq, val, alts, arg=arg)
for fam, words, val, alts, plain, arg in r145_WORDS:
    r145_fwd(fam, "x", words, val, alts, plain=plain or words, arg=arg)
for fam, eq, val, alts in r145_HELD:
    r145_fwd(fam, "x", eq, val, alts)


# ---------------------------------------------------------------- a root sign before a bracket: "√(4)·x" is read as "(4)·x"
# (the root dropped, no refusal); with the model's RIGHT answer the engine serves its own solution of the misread
# (fresh, skip path; never stored: run 2 is a skip again). Not a cache finding; listed for the fix.
for r145_k, (r145_eq, r145_val, r145_mis, r145_mval) in enumerate([
        ("√(9)·x = 6", 2, "9x = 6", r145_Fr(2, 3)), ("√(4)x = 6", 3, "4x = 6", r145_Fr(3, 2)),
        ("∛(8)·x = 6", 3, "8x = 6", r145_Fr(3, 4)), ("∜(16)·x = 6", 3, "16x = 6", r145_Fr(3, 8)),
        ("√(4)*x = 10", 5, "4x = 10", r145_Fr(5, 2)), ("3 + √(25)·x = 13", 2, "3 + 25x = 13", r145_Fr(2, 5))]):
    r145_plain_right = r145_sol("x", [r145_eq], r145_val)
    r145_add("root-right", "root_model_right", r145_prompt("s", "x", r145_eq), "x", r145_val, [r145_plain_right])
    r145_add("root-mis", "root_model_misread", r145_prompt("f", "x", r145_eq), "x", r145_val,
             [r145_sol("x", [r145_mis], r145_mval), r145_plain_right])


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) all kept, every safe variant and every 8th of the held rest.
from probe_kit import sample_round as r145_sample_round  # noqa: E402
r145_found = {
    'd145-b-amb_kab_12_3_1_1-1431', 'd145-b-amb_kab_24_2_3_0-1419', 'd145-b-amb_kab_6_2_1_2-1407', 'd145-b-amb_kab_8_2_2_2-1395',
    'd145-b-amb_kab_9_3_1_2-1443', 'd145-b-amb_kabx_12_3_1_1-1439', 'd145-b-amb_kabx_24_2_3_0-1427', 'd145-b-amb_kabx_6_2_1_2-1415',
    'd145-b-amb_kabx_8_2_2_2-1403', 'd145-b-amb_kabx_9_3_1_2-1451', 'd145-b-amb_kob_12_3_1_1-1435', 'd145-b-amb_kob_24_2_3_0-1423',
    'd145-b-amb_kob_6_2_1_2-1411', 'd145-b-amb_kob_8_2_2_2-1399', 'd145-b-amb_kob_9_3_1_2-1447', 'd145-b-amb_mp_3-1339',
    'd145-b-amb_mp_4-1359', 'd145-b-amb_mp_7-1379', 'd145-b-amb_pm2_3-1347', 'd145-b-amb_pm2_4-1367',
    'd145-b-amb_pm2_7-1387', 'd145-b-amb_pm_3-1335', 'd145-b-amb_pm_4-1355', 'd145-b-amb_pm_7-1375',
    'd145-b-amb_pmeq_3-1351', 'd145-b-amb_pmeq_4-1371', 'd145-b-amb_pmeq_7-1391', 'd145-b-frac_amb-139',
    'd145-b-prec_ab_x_12_3_2-1107', 'd145-b-prec_ab_x_1_2_5-1145', 'd145-b-prec_ab_x_2_3_4-1031', 'd145-b-prec_ab_x_3_4_6-1183',
    'd145-b-prec_ab_x_5_2_10-1259', 'd145-b-prec_ab_x_6_2_3-1069', 'd145-b-prec_ab_x_8_4_1-1297', 'd145-b-prec_ab_x_9_3_6-1221',
    'd145-b-prec_ab_xp_12_3_2-1115', 'd145-b-prec_ab_xp_1_2_5-1153', 'd145-b-prec_ab_xp_2_3_4-1039', 'd145-b-prec_ab_xp_3_4_6-1191',
    'd145-b-prec_ab_xp_5_2_10-1267', 'd145-b-prec_ab_xp_6_2_3-1077', 'd145-b-prec_ab_xp_8_4_1-1305', 'd145-b-prec_ab_xp_9_3_6-1229',
    'd145-b-prec_ab_xrhs_12_3_2-1140', 'd145-b-prec_ab_xrhs_1_2_5-1178', 'd145-b-prec_ab_xrhs_2_3_4-1064', 'd145-b-prec_ab_xrhs_3_4_6-1216',
    'd145-b-prec_ab_xrhs_5_2_10-1292', 'd145-b-prec_ab_xrhs_6_2_3-1102', 'd145-b-prec_ab_xrhs_8_4_1-1330', 'd145-b-prec_ab_xrhs_9_3_6-1254',
    'd145-b-prec_abxd_12_3_2-1135', 'd145-b-prec_abxd_1_2_5-1173', 'd145-b-prec_abxd_2_3_4-1059', 'd145-b-prec_abxd_3_4_6-1211',
    'd145-b-prec_abxd_5_2_10-1287', 'd145-b-prec_abxd_6_2_3-1097', 'd145-b-prec_abxd_8_4_1-1325', 'd145-b-prec_abxd_9_3_6-1249',
    'd145-b-prec_ren_n_ab_x-1623', 'd145-b-prec_ren_n_obl_x-1628', 'd145-b-prec_ren_n_x_ab-1633', 'd145-b-prec_ren_t_ab_x-1607',
    'd145-b-prec_ren_t_obl_x-1612', 'd145-b-prec_ren_t_x_ab-1617', 'd145-b-prec_ren_y_ab_x-1639', 'd145-b-prec_ren_y_obl_x-1644',
    'd145-b-prec_ren_y_x_ab-1649', 'd145-b-prec_x_ab_12_3_2-1120', 'd145-b-prec_x_ab_1_2_5-1158', 'd145-b-prec_x_ab_2_3_4-1044',
    'd145-b-prec_x_ab_3_4_6-1196', 'd145-b-prec_x_ab_5_2_10-1272', 'd145-b-prec_x_ab_6_2_3-1082', 'd145-b-prec_x_ab_8_4_1-1310',
    'd145-b-prec_x_ab_9_3_6-1234', 'd145-b-prec_x_abp_2_3_1-1661', 'd145-b-prec_x_abp_3_2_9-1685', 'd145-b-prec_x_abp_4_5_2-1673',
    'd145-b-prec_x_pab_2_3_1-1655', 'd145-b-prec_x_pab_3_2_9-1679', 'd145-b-prec_x_pab_4_5_2-1667', 'd145-b-prec_xpl_12_3_2-1130',
    'd145-b-prec_xpl_1_2_5-1168', 'd145-b-prec_xpl_2_3_4-1054', 'd145-b-prec_xpl_3_4_6-1206', 'd145-b-prec_xpl_5_2_10-1282',
    'd145-b-prec_xpl_6_2_3-1092', 'd145-b-prec_xpl_8_4_1-1320', 'd145-b-prec_xpl_9_3_6-1244', 'd145-p-amb_kab_12_3_1_1-1432',
    'd145-p-amb_kab_24_2_3_0-1420', 'd145-p-amb_kab_6_2_1_2-1408', 'd145-p-amb_kab_8_2_2_2-1396', 'd145-p-amb_kab_9_3_1_2-1444',
    'd145-p-amb_kabx_12_3_1_1-1440', 'd145-p-amb_kabx_24_2_3_0-1428', 'd145-p-amb_kabx_6_2_1_2-1416', 'd145-p-amb_kabx_8_2_2_2-1404',
    'd145-p-amb_kabx_9_3_1_2-1452', 'd145-p-amb_kob_12_3_1_1-1436', 'd145-p-amb_kob_24_2_3_0-1424', 'd145-p-amb_kob_6_2_1_2-1412',
    'd145-p-amb_kob_8_2_2_2-1400', 'd145-p-amb_kob_9_3_1_2-1448', 'd145-p-amb_mp_3-1340', 'd145-p-amb_mp_4-1360',
    'd145-p-amb_mp_7-1380', 'd145-p-amb_pm2_3-1348', 'd145-p-amb_pm2_4-1368', 'd145-p-amb_pm2_7-1388',
    'd145-p-amb_pm_3-1336', 'd145-p-amb_pm_4-1356', 'd145-p-amb_pm_7-1376', 'd145-p-amb_pmeq_3-1352',
    'd145-p-amb_pmeq_4-1372', 'd145-p-amb_pmeq_7-1392', 'd145-p-prec_ab_x_12_3_2-1108', 'd145-p-prec_ab_x_1_2_5-1146',
    'd145-p-prec_ab_x_2_3_4-1032', 'd145-p-prec_ab_x_3_4_6-1184', 'd145-p-prec_ab_x_5_2_10-1260', 'd145-p-prec_ab_x_6_2_3-1070',
    'd145-p-prec_ab_x_8_4_1-1298', 'd145-p-prec_ab_x_9_3_6-1222', 'd145-p-prec_ab_xp_12_3_2-1116', 'd145-p-prec_ab_xp_1_2_5-1154',
    'd145-p-prec_ab_xp_2_3_4-1040', 'd145-p-prec_ab_xp_3_4_6-1192', 'd145-p-prec_ab_xp_5_2_10-1268', 'd145-p-prec_ab_xp_6_2_3-1078',
    'd145-p-prec_ab_xp_8_4_1-1306', 'd145-p-prec_ab_xp_9_3_6-1230', 'd145-p-prec_ab_xrhs_12_3_2-1141', 'd145-p-prec_ab_xrhs_1_2_5-1179',
    'd145-p-prec_ab_xrhs_2_3_4-1065', 'd145-p-prec_ab_xrhs_3_4_6-1217', 'd145-p-prec_ab_xrhs_5_2_10-1293', 'd145-p-prec_ab_xrhs_6_2_3-1103',
    'd145-p-prec_ab_xrhs_8_4_1-1331', 'd145-p-prec_ab_xrhs_9_3_6-1255', 'd145-p-prec_abxd_12_3_2-1136', 'd145-p-prec_abxd_1_2_5-1174',
    'd145-p-prec_abxd_2_3_4-1060', 'd145-p-prec_abxd_3_4_6-1212', 'd145-p-prec_abxd_5_2_10-1288', 'd145-p-prec_abxd_6_2_3-1098',
    'd145-p-prec_abxd_8_4_1-1326', 'd145-p-prec_abxd_9_3_6-1250', 'd145-p-prec_obl_x_12_3_2-1112', 'd145-p-prec_obl_x_1_2_5-1150',
    'd145-p-prec_obl_x_2_3_4-1036', 'd145-p-prec_obl_x_3_4_6-1188', 'd145-p-prec_obl_x_5_2_10-1264', 'd145-p-prec_obl_x_6_2_3-1074',
    'd145-p-prec_obl_x_8_4_1-1302', 'd145-p-prec_obl_x_9_3_6-1226', 'd145-p-prec_ren_n_ab_x-1624', 'd145-p-prec_ren_n_obl_x-1629',
    'd145-p-prec_ren_n_x_ab-1634', 'd145-p-prec_ren_t_ab_x-1608', 'd145-p-prec_ren_t_obl_x-1613', 'd145-p-prec_ren_t_x_ab-1618',
    'd145-p-prec_ren_y_ab_x-1640', 'd145-p-prec_ren_y_obl_x-1645', 'd145-p-prec_ren_y_x_ab-1650', 'd145-p-prec_x_ab_12_3_2-1121',
    'd145-p-prec_x_ab_1_2_5-1159', 'd145-p-prec_x_ab_2_3_4-1045', 'd145-p-prec_x_ab_3_4_6-1197', 'd145-p-prec_x_ab_5_2_10-1273',
    'd145-p-prec_x_ab_6_2_3-1083', 'd145-p-prec_x_ab_8_4_1-1311', 'd145-p-prec_x_ab_9_3_6-1235', 'd145-p-prec_x_abp_2_3_1-1662',
    'd145-p-prec_x_abp_3_2_9-1686', 'd145-p-prec_x_abp_4_5_2-1674', 'd145-p-prec_x_pab_2_3_1-1656', 'd145-p-prec_x_pab_3_2_9-1680',
    'd145-p-prec_x_pab_4_5_2-1668', 'd145-p-prec_xo_ab_12_3_2-1126', 'd145-p-prec_xo_ab_1_2_5-1164', 'd145-p-prec_xo_ab_2_3_4-1050',
    'd145-p-prec_xo_ab_3_4_6-1202', 'd145-p-prec_xo_ab_5_2_10-1278', 'd145-p-prec_xo_ab_6_2_3-1088', 'd145-p-prec_xo_ab_8_4_1-1316',
    'd145-p-prec_xo_ab_9_3_6-1240', 'd145-p-prec_xpl_12_3_2-1131', 'd145-p-prec_xpl_1_2_5-1169', 'd145-p-prec_xpl_2_3_4-1055',
    'd145-p-prec_xpl_3_4_6-1207', 'd145-p-prec_xpl_5_2_10-1283', 'd145-p-prec_xpl_6_2_3-1093', 'd145-p-prec_xpl_8_4_1-1321',
    'd145-p-prec_xpl_9_3_6-1245', 'd145-s-amb_kab_12_3_1_1-1429', 'd145-s-amb_kab_24_2_3_0-1417', 'd145-s-amb_kab_6_2_1_2-1405',
    'd145-s-amb_kab_8_2_2_2-1393', 'd145-s-amb_kab_9_3_1_2-1441', 'd145-s-amb_kabx_12_3_1_1-1437', 'd145-s-amb_kabx_24_2_3_0-1425',
    'd145-s-amb_kabx_6_2_1_2-1413', 'd145-s-amb_kabx_8_2_2_2-1401', 'd145-s-amb_kabx_9_3_1_2-1449', 'd145-s-amb_kob_12_3_1_1-1433',
    'd145-s-amb_kob_24_2_3_0-1421', 'd145-s-amb_kob_6_2_1_2-1409', 'd145-s-amb_kob_8_2_2_2-1397', 'd145-s-amb_kob_9_3_1_2-1445',
    'd145-s-amb_mp_3-1337', 'd145-s-amb_mp_4-1357', 'd145-s-amb_mp_7-1377', 'd145-s-amb_pm2_3-1345',
    'd145-s-amb_pm2_4-1365', 'd145-s-amb_pm2_7-1385', 'd145-s-amb_pm_3-1333', 'd145-s-amb_pm_4-1353',
    'd145-s-amb_pm_7-1373', 'd145-s-amb_pmeq_3-1349', 'd145-s-amb_pmeq_4-1369', 'd145-s-amb_pmeq_7-1389',
    'd145-s-frac_amb-137', 'd145-s-prec_ab_x_12_3_2-1105', 'd145-s-prec_ab_x_1_2_5-1143', 'd145-s-prec_ab_x_3_4_6-1181',
    'd145-s-prec_ab_x_5_2_10-1257', 'd145-s-prec_ab_x_6_2_3-1067', 'd145-s-prec_ab_x_8_4_1-1295', 'd145-s-prec_ab_x_9_3_6-1219',
    'd145-s-prec_ab_xp_12_3_2-1113', 'd145-s-prec_ab_xp_1_2_5-1151', 'd145-s-prec_ab_xp_2_3_4-1037', 'd145-s-prec_ab_xp_3_4_6-1189',
    'd145-s-prec_ab_xp_5_2_10-1265', 'd145-s-prec_ab_xp_6_2_3-1075', 'd145-s-prec_ab_xp_8_4_1-1303', 'd145-s-prec_ab_xp_9_3_6-1227',
    'd145-s-prec_ab_xrhs_12_3_2-1138', 'd145-s-prec_ab_xrhs_1_2_5-1176', 'd145-s-prec_ab_xrhs_2_3_4-1062', 'd145-s-prec_ab_xrhs_3_4_6-1214',
    'd145-s-prec_ab_xrhs_5_2_10-1290', 'd145-s-prec_ab_xrhs_6_2_3-1100', 'd145-s-prec_ab_xrhs_8_4_1-1328', 'd145-s-prec_ab_xrhs_9_3_6-1252',
    'd145-s-prec_abxd_12_3_2-1133', 'd145-s-prec_abxd_1_2_5-1171', 'd145-s-prec_abxd_2_3_4-1057', 'd145-s-prec_abxd_3_4_6-1209',
    'd145-s-prec_abxd_5_2_10-1285', 'd145-s-prec_abxd_6_2_3-1095', 'd145-s-prec_abxd_8_4_1-1323', 'd145-s-prec_abxd_9_3_6-1247',
    'd145-s-prec_obl_x_12_3_2-1110', 'd145-s-prec_obl_x_1_2_5-1148', 'd145-s-prec_obl_x_2_3_4-1034', 'd145-s-prec_obl_x_3_4_6-1186',
    'd145-s-prec_obl_x_5_2_10-1262', 'd145-s-prec_obl_x_6_2_3-1072', 'd145-s-prec_obl_x_8_4_1-1300', 'd145-s-prec_obl_x_9_3_6-1224',
    'd145-s-prec_ren_n_ab_x-1621', 'd145-s-prec_ren_n_obl_x-1626', 'd145-s-prec_ren_n_x_ab-1631', 'd145-s-prec_ren_t_ab_x-1605',
    'd145-s-prec_ren_t_obl_x-1610', 'd145-s-prec_ren_t_x_ab-1615', 'd145-s-prec_ren_y_ab_x-1637', 'd145-s-prec_ren_y_obl_x-1642',
    'd145-s-prec_ren_y_x_ab-1647', 'd145-s-prec_x_ab_12_3_2-1118', 'd145-s-prec_x_ab_1_2_5-1156', 'd145-s-prec_x_ab_2_3_4-1042',
    'd145-s-prec_x_ab_3_4_6-1194', 'd145-s-prec_x_ab_5_2_10-1270', 'd145-s-prec_x_ab_6_2_3-1080', 'd145-s-prec_x_ab_8_4_1-1308',
    'd145-s-prec_x_ab_9_3_6-1232', 'd145-s-prec_x_abp_2_3_1-1659', 'd145-s-prec_x_abp_3_2_9-1683', 'd145-s-prec_x_abp_4_5_2-1671',
    'd145-s-prec_x_pab_2_3_1-1653', 'd145-s-prec_x_pab_3_2_9-1677', 'd145-s-prec_x_pab_4_5_2-1665', 'd145-s-prec_xo_ab_12_3_2-1124',
    'd145-s-prec_xo_ab_1_2_5-1162', 'd145-s-prec_xo_ab_2_3_4-1048', 'd145-s-prec_xo_ab_3_4_6-1200', 'd145-s-prec_xo_ab_5_2_10-1276',
    'd145-s-prec_xo_ab_6_2_3-1086', 'd145-s-prec_xo_ab_8_4_1-1314', 'd145-s-prec_xo_ab_9_3_6-1238', 'd145-s-prec_xpl_12_3_2-1128',
    'd145-s-prec_xpl_1_2_5-1166', 'd145-s-prec_xpl_2_3_4-1052', 'd145-s-prec_xpl_3_4_6-1204', 'd145-s-prec_xpl_5_2_10-1280',
    'd145-s-prec_xpl_6_2_3-1090', 'd145-s-prec_xpl_8_4_1-1318', 'd145-s-prec_xpl_9_3_6-1242', 'd145-s2-amb_kab_12_3_1_1-1430',
    'd145-s2-amb_kab_24_2_3_0-1418', 'd145-s2-amb_kab_6_2_1_2-1406', 'd145-s2-amb_kab_8_2_2_2-1394', 'd145-s2-amb_kab_9_3_1_2-1442',
    'd145-s2-amb_kabx_12_3_1_1-1438', 'd145-s2-amb_kabx_24_2_3_0-1426', 'd145-s2-amb_kabx_6_2_1_2-1414', 'd145-s2-amb_kabx_8_2_2_2-1402',
    'd145-s2-amb_kabx_9_3_1_2-1450', 'd145-s2-amb_kob_12_3_1_1-1434', 'd145-s2-amb_kob_24_2_3_0-1422', 'd145-s2-amb_kob_6_2_1_2-1410',
    'd145-s2-amb_kob_8_2_2_2-1398', 'd145-s2-amb_kob_9_3_1_2-1446', 'd145-s2-amb_mp_3-1338', 'd145-s2-amb_mp_4-1358',
    'd145-s2-amb_mp_7-1378', 'd145-s2-amb_pm2_3-1346', 'd145-s2-amb_pm2_4-1366', 'd145-s2-amb_pm2_7-1386',
    'd145-s2-amb_pm_3-1334', 'd145-s2-amb_pm_4-1354', 'd145-s2-amb_pm_7-1374', 'd145-s2-amb_pmeq_3-1350',
    'd145-s2-amb_pmeq_4-1370', 'd145-s2-amb_pmeq_7-1390', 'd145-s2-frac_amb-138', 'd145-s2-prec_ab_x_12_3_2-1106',
    'd145-s2-prec_ab_x_1_2_5-1144', 'd145-s2-prec_ab_x_3_4_6-1182', 'd145-s2-prec_ab_x_5_2_10-1258', 'd145-s2-prec_ab_x_6_2_3-1068',
    'd145-s2-prec_ab_x_8_4_1-1296', 'd145-s2-prec_ab_x_9_3_6-1220', 'd145-s2-prec_ab_xp_12_3_2-1114', 'd145-s2-prec_ab_xp_1_2_5-1152',
    'd145-s2-prec_ab_xp_2_3_4-1038', 'd145-s2-prec_ab_xp_3_4_6-1190', 'd145-s2-prec_ab_xp_5_2_10-1266', 'd145-s2-prec_ab_xp_6_2_3-1076',
    'd145-s2-prec_ab_xp_8_4_1-1304', 'd145-s2-prec_ab_xp_9_3_6-1228', 'd145-s2-prec_ab_xrhs_12_3_2-1139', 'd145-s2-prec_ab_xrhs_1_2_5-1177',
    'd145-s2-prec_ab_xrhs_2_3_4-1063', 'd145-s2-prec_ab_xrhs_3_4_6-1215', 'd145-s2-prec_ab_xrhs_5_2_10-1291', 'd145-s2-prec_ab_xrhs_6_2_3-1101',
    'd145-s2-prec_ab_xrhs_8_4_1-1329', 'd145-s2-prec_ab_xrhs_9_3_6-1253', 'd145-s2-prec_abxd_12_3_2-1134', 'd145-s2-prec_abxd_1_2_5-1172',
    'd145-s2-prec_abxd_2_3_4-1058', 'd145-s2-prec_abxd_3_4_6-1210', 'd145-s2-prec_abxd_5_2_10-1286', 'd145-s2-prec_abxd_6_2_3-1096',
    'd145-s2-prec_abxd_8_4_1-1324', 'd145-s2-prec_abxd_9_3_6-1248', 'd145-s2-prec_obl_x_12_3_2-1111', 'd145-s2-prec_obl_x_1_2_5-1149',
    'd145-s2-prec_obl_x_2_3_4-1035', 'd145-s2-prec_obl_x_3_4_6-1187', 'd145-s2-prec_obl_x_5_2_10-1263', 'd145-s2-prec_obl_x_6_2_3-1073',
    'd145-s2-prec_obl_x_8_4_1-1301', 'd145-s2-prec_obl_x_9_3_6-1225', 'd145-s2-prec_ren_n_ab_x-1622', 'd145-s2-prec_ren_n_obl_x-1627',
    'd145-s2-prec_ren_n_x_ab-1632', 'd145-s2-prec_ren_t_ab_x-1606', 'd145-s2-prec_ren_t_obl_x-1611', 'd145-s2-prec_ren_t_x_ab-1616',
    'd145-s2-prec_ren_y_ab_x-1638', 'd145-s2-prec_ren_y_obl_x-1643', 'd145-s2-prec_ren_y_x_ab-1648', 'd145-s2-prec_x_ab_12_3_2-1119',
    'd145-s2-prec_x_ab_1_2_5-1157', 'd145-s2-prec_x_ab_2_3_4-1043', 'd145-s2-prec_x_ab_3_4_6-1195', 'd145-s2-prec_x_ab_5_2_10-1271',
    'd145-s2-prec_x_ab_6_2_3-1081', 'd145-s2-prec_x_ab_8_4_1-1309', 'd145-s2-prec_x_ab_9_3_6-1233', 'd145-s2-prec_x_abp_2_3_1-1660',
    'd145-s2-prec_x_abp_3_2_9-1684', 'd145-s2-prec_x_abp_4_5_2-1672', 'd145-s2-prec_x_pab_2_3_1-1654', 'd145-s2-prec_x_pab_3_2_9-1678',
    'd145-s2-prec_x_pab_4_5_2-1666', 'd145-s2-prec_xo_ab_12_3_2-1125', 'd145-s2-prec_xo_ab_1_2_5-1163', 'd145-s2-prec_xo_ab_2_3_4-1049',
    'd145-s2-prec_xo_ab_3_4_6-1201', 'd145-s2-prec_xo_ab_5_2_10-1277', 'd145-s2-prec_xo_ab_6_2_3-1087', 'd145-s2-prec_xo_ab_8_4_1-1315',
    'd145-s2-prec_xo_ab_9_3_6-1239', 'd145-s2-prec_xpl_12_3_2-1129', 'd145-s2-prec_xpl_1_2_5-1167', 'd145-s2-prec_xpl_2_3_4-1053',
    'd145-s2-prec_xpl_3_4_6-1205', 'd145-s2-prec_xpl_5_2_10-1281', 'd145-s2-prec_xpl_6_2_3-1091', 'd145-s2-prec_xpl_8_4_1-1319',
    'd145-s2-prec_xpl_9_3_6-1243', 'd145-v-frac_amb-1724',
}
r145_sample_round("d145-", r145_found, 8, safe_every=1)
