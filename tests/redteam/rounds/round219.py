r"""Red-team round 219 (black box): MORE THAN ONE LETTER OR MORE THAN ONE EQUATION IN AN EQUATION REQUEST.
Focus: a second letter given a value ("Let t = 8. Find x if 4x + t = 20.", "where a = 7: ax + 3 = 31. Solve for x."),
  the same in words ("Solve 3x + k = 17 for x, taking k as five."), systems of two equations (five layouts: "Solve the
  system ... and .... Give x.", one equation a line, "...; ... What is x?"), formulas to rearrange with values ("Solve v =
  u + at for t when v = 20, u = 4 and a = 2", F = ma, P = 2l + 2w, d = st, y = mx + c, V = IR, "2x + 3y = 12"), a letter
  that is also a word or a unit (m, a, I, s, g, h, l, A; amperes, volts, ohms, newtons, watts, joules, coulombs, hertz,
  kelvin, km, kg, minutes, feet), the variable named only in the instruction ("Find n: 5x + 12 = 22, where n = x + 4.",
  "then find y where y = 3x"), the equation given twice (text and LaTeX "$...$", "\(...\)", "$$...$$", or code
  "`3*x + 5 == 20`"), and instructions that change which letter is asked while the equation stays ("If m = 12, find n:
  5n + m = 22." -> "If n = 2, find m: ..."; "Solve for x:\nx + y = 9\n2x - y = 12" -> "Solve for y: ..."). Stored plain
  then varied, and the other direction (plain base, variant with the second letter / twice / worded value; conversion
  asked in the base, plain unit in the variant). Renames from x to word letters (a, I, m, s, e, i) as safe variants,
  and renames plus a clause giving the letter a unit ("I is in kA; give I in amperes", "m is in km; give m in metres").
  2,830 probes (seeded random.Random(219)): 2,132 pair probes (bases and variants), 169 singles, 529 safe.
  (Its tester served only this round's probes.)
HELD (measure: wrong answers with path=reuse or KEPT-FROM-CACHE): 0 in run 1, 0 in run 2, full round on one fresh
  SQLite store. Every request with a second letter was refused with a clear error, in both runs: given letters 220/220
  pair probes + 110/110 safe + 46/46 singles + 64/64 "letter asked changes" (reasons: "the number N outside the
  equation", "the variable x, but the equation's is t", "more than one variable: x and y"); worded values ("taking k as
  five") 97/97; systems 100 + 59 (asks y) + 59 singles, all refused ("more than one variable"); formulas 158 + 64
  singles refused ("the request holds two equations (v = 20 and a = 2)"); named-only letters 120 + 113 + 60 refused
  ("an expression in x", "two equations (5x + 12 = 22 and y = 3x)"); the equation twice 118 + 60 disagreeing + 60 safe
  refused ("two equations", "the character \\", "the number N outside the equation"); unit conversions in read unit
  words (metres, km, grams, kg, seconds, minutes, hours, litres, feet, kelvin, years, "square") and symbol forms ("Give
  the answer in mN", "Answer in millinewtons") refused. Plain bases stored and reused (plain_base 97/98 reuse run 2),
  and variants adding a second letter, a worded value, LaTeX/code or "then find y" to an equation whose plain form was
  stored on the same store (the plain bases bp/bW/bu/bq; their variants share the prompts of pg/pV/pt/pq) never reused
  it: "Solve 3n + 11 = 29.\nLaTeX: \(3n + 11 = 29\)" -> refused, not the stored "n = 5". Renames to word letters reused and right (rename2_safe 180/180, rename_safe 58/58 in run 2).
  Safe on reuse: 154/529 (run 1), 248/529 (run 2) (the given-letter, twice and unit-word safes are refused outright).
WHAT GOT THROUGH FROM THE CACHE: nothing (r219_found_alone and r219_arguable are empty).
WRONG ANSWERS SERVED FRESH (path=skip, never stored; 112 ids in run 1 and the same 112 in run 2; alone,
  188 probes with their bases, fresh store: 112 / 112, all path=skip): a conversion asked in a unit word the checks do
  not read is answered with the model's unconverted value, and the check accepts it ("instruction_changed: the request
  says "amperes"/"newtons"/"ohms"/"watts"/"coulombs"/"hertz"/"volts"/"joules"/"measured"/"ka", which the checks do not
  read"):
   "Solve 6I + 9 = 33 where I is in amperes. Give I in milliamperes." -> "... I = 4" (want 4000);
   "Solve 6F + 11 = 53, with F measured in newtons. Express F in millinewtons." -> "... So F = 7." (want 7000);
   "Solve 2R + 7 = 21 where R is in ohms. Give R in milliohms." -> "... R = 7" (want 7000);
   "Solve for I: 7I + 4 = 67. I is in kA; give I in amperes." -> "... I = 9" (want 9000).
  Families: unit_convert 72, rename2_meaning ("I is in kA; give I in amperes") 30, word_unit (amperes -> milliamperes) 10.
Adds its probes to probe_kit.P."""
import random as r219_random
from fractions import Fraction as r219_F

from probe_kit import P, E  # noqa: F401

r219_rng = r219_random.Random(219)
r219_found_alone = set()
r219_arguable = set()
r219_prompts = {}
r219_n = [0]
r219_counts = {"pair": 0, "single": 0, "safe": 0}
r219_meta = {}


def r219_fmt(v):
    v = r219_F(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r219_add(tag, fam, prompt, var, val, answers, kind, safe=False, base=None):
    if prompt in r219_prompts:
        return r219_prompts[prompt]
    r219_n[0] += 1
    pid = "d219-%s-%d" % (tag, r219_n[0])
    E(pid, fam, prompt, var, r219_fmt(val), answers, safe=safe)
    r219_prompts[prompt] = pid
    r219_counts[kind] += 1
    r219_meta[pid] = {"base": base}
    return pid


def r219_lin(a, v, b):
    t = ("" if a == 1 else str(a)) + v
    if b > 0:
        t += " + %d" % b
    elif b < 0:
        t += " - %d" % -b
    return t


def r219_work(a, v, b, c, style, pre=None):
    """Worked answer of a v + b = c (after substitution); pre: lines before (substitution)."""
    x = r219_F(c - b, a)
    lines = list(pre or [])
    if style == 0:
        lines += ["%s = %d" % (r219_lin(a, v, b), c)]
        if b:
            lines += ["%s = %d" % (r219_lin(a, v, 0), c - b)]
        if a != 1:
            lines += ["%s = %s" % (v, r219_fmt(x))]
    elif style == 1:
        if b:
            lines += ["Subtract %d from both sides: %s = %d" % (b, r219_lin(a, v, 0), c - b) if b > 0 else
                      "Add %d to both sides: %s = %d" % (-b, r219_lin(a, v, 0), c - b)]
        if a != 1:
            lines += ["Divide both sides by %d: %s = %s" % (a, v, r219_fmt(x))]
    else:
        if b:
            lines += ["Step 1: %s = %d" % (r219_lin(a, v, 0), c - b)]
        if a != 1:
            lines += ["Step 2: %s = %s" % (v, r219_fmt(x))]
        lines += ["So %s = %s." % (v, r219_fmt(x))]
    if lines[-1].startswith("So") is False and style != 2:
        pass
    return "\n".join(lines)


# ------------------------------------------------------------ family 1: a second letter given a value
R219_P_LETTERS = ["y", "a", "k", "b", "c", "t", "m", "p", "n"]
R219_GIVEN_ADD = [  # p appears as an additive term: A x + p = C
    "If {p} = {pv}, solve {A}x + {p} = {C} for x.",
    "Solve {A}x + {p} = {C} for x, given that {p} = {pv}.",
    "Let {p} = {pv}. Find x if {A}x + {p} = {C}.",
    "Solve for x: {A}x + {p} = {C}, where {p} = {pv}. Show your steps.",
    "Given {p} = {pv}, what is x in {A}x + {p} = {C}?",
    "Solve {A}x + {p} = {C} (with {p} = {pv}) step by step.",
    "With {p} equal to {pv}, solve for x: {A}x + {p} = {C}",
]
R219_GIVEN_MUL = [  # p is the coefficient: p x + B = C
    "where {p} = {pv}: {p}x + {B} = {C}. Solve for x.",
    "If {p} = {pv}, solve {p}x + {B} = {C} for x.",
    "Solve for x when {p} = {pv}: {p}x + {B} = {C}. Show each step.",
    "Let {p} = {pv}. Solve {p}x + {B} = {C}.",
    "Find x given {p}x + {B} = {C} and {p} = {pv}.",
]


def r219_given_answer(form, p, pv, A, B, C, style):
    if form == "add":
        sub = ["%dx + %s = %d" % (A, p, C), "Substitute %s = %d: %s = %d" % (p, pv, r219_lin(A, "x", pv), C)]
        return r219_work(A, "x", pv, C, style, pre=sub[1:] if style == 1 else sub)
    sub = ["%sx + %d = %d" % (p, B, C), "Substitute %s = %d: %s = %d" % (p, pv, r219_lin(pv, "x", B), C)]
    return r219_work(pv, "x", B, C, style, pre=sub[1:] if style == 1 else sub)


def r219_part_given(N):
    for i in range(N):
        rng = r219_rng
        p = rng.choice(R219_P_LETTERS)
        form = rng.choice(["add", "mul"])
        style = rng.randrange(3)
        x = rng.randint(2, 9)
        if form == "add":
            A = rng.randint(2, 7)
            pv = rng.randint(2, 9)
            C = A * x + pv
            tpl = rng.choice(R219_GIVEN_ADD)
            # variant: new pv, same equation text (C), x changes (keep integer when possible)
            cands = [q for q in range(1, 15) if q != pv and (C - q) % A == 0 and q != C]
            pv2 = rng.choice(cands) if cands else pv + A
            x2 = r219_F(C - pv2, A)
            kw = dict(p=p, pv=pv, A=A, C=C, B=0)
            kw2 = dict(kw, pv=pv2)
        else:
            B = rng.randint(1, 9)
            pv = rng.randint(2, 7)
            C = pv * x + B
            tpl = rng.choice(R219_GIVEN_MUL)
            cands = [q for q in range(2, 10) if q != pv and (C - B) % q == 0]
            pv2 = rng.choice(cands) if cands else pv + 1
            x2 = r219_F(C - B, pv2)
            kw = dict(p=p, pv=pv, B=B, C=C, A=0)
            kw2 = dict(kw, pv=pv2)
        if p == "x":
            continue
        base_prompt = tpl.format(**kw)
        base_ans = r219_given_answer(form, p, pv, kw["A"], kw["B"], C, style)
        bid = r219_add("bg", "r219_given", base_prompt, "x", x, [base_ans], "pair")
        # variant 1: only the given value changes
        v_prompt = tpl.format(**kw2)
        right = r219_given_answer(form, p, pv2, kw["A"], kw["B"], C, style)
        r219_add("pg", "r219_given", v_prompt, "x", x2, [base_ans, right], "pair", base=bid)
        # variant 2: the letter asked changes, the equation stays: solve for p given x
        if form == "add":
            v3 = "If x = %d, solve %dx + %s = %d for %s." % (x2 if x2.denominator == 1 else x, A, p, C, p)
            xv = x2 if x2.denominator == 1 else x
            pr = C - A * xv
            right3 = "%dx + %s = %d\nSubstitute x = %s: %d + %s = %d\n%s = %s" % (A, p, C, r219_fmt(xv), A * xv, p, C, p, r219_fmt(pr))
            r219_add("pl", "r219_given_letter", v3, p, pr, [base_ans, right3], "pair", base=bid)
        # single: the model ignores the given value (treats the letter as 1 or solves with the old one)
        if form == "mul":
            bad = r219_work(1, "x", kw["B"], C, style)
            r219_add("sg", "r219_given_single", tpl.format(**dict(kw, pv=pv + 10)) if False else v_prompt + " ",
                     "x", x2, [bad, right], "single")
        # safe: same given value, paraphrase
        r219_add("sf", "r219_given_safe", base_prompt + " Thanks!", "x", x, [base_ans], "safe", safe=True, base=bid)
        # other direction: base stored plain (substituted), variant gives the letter
        plain = "Solve for x: %s = %d." % (r219_lin(kw["A"] or pv, "x", pv if form == "add" else kw["B"]), C)
        plain_ans = r219_work(kw["A"] or pv, "x", pv if form == "add" else kw["B"], C, style)
        pid = r219_add("bp", "r219_plain_base", plain, "x", x, [plain_ans], "pair")
        r219_add("pp", "r219_plain_to_given", v_prompt, "x", x2, [plain_ans, right], "pair", base=pid)


# ------------------------------------------------------------ family 2: systems of two equations
def r219_part_system(N):
    for i in range(N):
        rng = r219_rng
        x, y = rng.randint(1, 9), rng.randint(1, 9)
        a1, b1, a2, b2 = rng.choice([(1, 1, 1, -1), (2, 1, 1, -1), (1, 2, 3, -1), (1, 1, 2, -1), (3, 1, 1, 1)])
        if a1 * b2 - a2 * b1 == 0:
            continue
        c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
        e1 = "%s %s %s = %d" % (("" if a1 == 1 else str(a1)) + "x", "+" if b1 > 0 else "-", ("" if abs(b1) == 1 else str(abs(b1))) + "y", c1)
        e2 = "%s %s %s = %d" % (("" if a2 == 1 else str(a2)) + "x", "+" if b2 > 0 else "-", ("" if abs(b2) == 1 else str(abs(b2))) + "y", c2)
        tpl = rng.choice(["Solve the system {e1} and {e2}. Give x.",
                          "Solve for x:\n{e1}\n{e2}",
                          "{e1}, {e2}. Find x.",
                          "Solve the simultaneous equations {e1}; {e2}. What is x?",
                          "Solve for x given {e1} and {e2}. Show your steps."])
        ans = "From the second equation: y = ... \nAdd the equations to eliminate y.\nx = %d" % x
        ans = "%s\n%s\nEliminate y: x = %d\nSo x = %d" % (e1, e2, x, x)
        bid = r219_add("bs", "r219_system", tpl.format(e1=e1, e2=e2), "x", x, [ans], "pair")
        # variant: second equation's constant changes
        y2 = y + rng.choice([1, 2, -1])
        # pick x2 then c's: keep first equation, change second by new (x2,y2) consistent with first
        # a1 x2 + b1 y2 = c1 -> x2 = (c1 - b1 y2)/a1
        x2 = r219_F(c1 - b1 * y2, a1)
        c2n = a2 * x2 + b2 * y2
        if c2n.denominator == 1:
            e2n = e2.rsplit("=", 1)[0] + "= %d" % c2n
            right = "%s\n%s\nEliminate y: x = %s\nSo x = %s" % (e1, e2n, r219_fmt(x2), r219_fmt(x2))
            r219_add("ps", "r219_system", tpl.format(e1=e1, e2=e2n), "x", x2, [ans, right], "pair", base=bid)
        # variant: ask y
        tp_y = tpl.replace("Give x", "Give y").replace("Solve for x", "Solve for y").replace("Find x", "Find y").replace("What is x", "What is y")
        if tp_y != tpl:
            right = "%s\n%s\nEliminate x: y = %d\nSo y = %d" % (e1, e2, y, y)
            r219_add("py", "r219_system_letter", tp_y.format(e1=e1, e2=e2), "y", y, [ans, right], "pair", base=bid)
        # single: the model solves with y = 0
        bad = "%s\nx = %s" % (e1.replace(" + y", "").replace(" - y", ""), r219_fmt(r219_F(c1, a1)))
        r219_add("ss", "r219_system_single", tpl.format(e1=e1, e2=e2) + "\n", "x", x, [bad, ans], "single")


# ------------------------------------------------------------ family 3: formulas to rearrange
R219_FORMULAS = [
    # (formula, target, knowns(names), function to compute target, rearranged text)
    ("v = u + at", "t", ("v", "u", "a"), lambda d: r219_F(d["v"] - d["u"], d["a"])),
    ("v = u + at", "a", ("v", "u", "t"), lambda d: r219_F(d["v"] - d["u"], d["t"])),
    ("v = u + at", "u", ("v", "a", "t"), lambda d: r219_F(d["v"] - d["a"] * d["t"])),
    ("F = ma", "a", ("F", "m"), lambda d: r219_F(d["F"], d["m"])),
    ("F = ma", "m", ("F", "a"), lambda d: r219_F(d["F"], d["a"])),
    ("P = 2l + 2w", "w", ("P", "l"), lambda d: r219_F(d["P"] - 2 * d["l"], 2)),
    ("P = 2l + 2w", "l", ("P", "w"), lambda d: r219_F(d["P"] - 2 * d["w"], 2)),
    ("d = st", "t", ("d", "s"), lambda d: r219_F(d["d"], d["s"])),
    ("d = st", "s", ("d", "t"), lambda d: r219_F(d["d"], d["t"])),
    ("y = mx + c", "x", ("y", "m", "c"), lambda d: r219_F(d["y"] - d["c"], d["m"])),
    ("y = mx + c", "c", ("y", "m", "x"), lambda d: r219_F(d["y"] - d["m"] * d["x"])),
    ("2x + 3y = 12", "y", ("x",), lambda d: r219_F(12 - 2 * d["x"], 3)),
    ("2x + 3y = 12", "x", ("y",), lambda d: r219_F(12 - 3 * d["y"], 2)),
    ("V = IR", "I", ("V", "R"), lambda d: r219_F(d["V"], d["R"])),
    ("V = IR", "R", ("V", "I"), lambda d: r219_F(d["V"], d["I"])),
]
R219_F_TPL = [
    "Solve {f} for {t} when {vals}.",
    "Rearrange {f} to make {t} the subject, then find {t} if {vals}.",
    "Using {f}, find {t} given {vals}.",
    "Solve for {t}: {f}, {vals}.",
    "{f}. If {vals}, what is {t}?",
]


def r219_vals(d, ks):
    parts = ["%s = %s" % (k, r219_fmt(d[k])) for k in ks]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def r219_part_formula(N):
    for i in range(N):
        rng = r219_rng
        f, t, ks, fn = rng.choice(R219_FORMULAS)
        tpl = rng.choice(R219_F_TPL)
        for _ in range(20):
            d = {k: rng.randint(1, 12) for k in ks}
            val = fn(d)
            if val.denominator == 1 and val > 0:
                break
        else:
            continue
        subs = f
        for k in ks:
            subs = subs.replace(k, "(%s)" % r219_fmt(d[k])) if len(k) == 1 and k in subs else subs
        ans = "%s\nSubstitute %s.\n%s = %s" % (f, r219_vals(d, ks), t, r219_fmt(val))
        p = tpl.format(f=f, t=t, vals=r219_vals(d, ks))
        bid = r219_add("bf", "r219_formula", p, t, val, [ans], "pair")
        # variant: one known changes
        k = rng.choice(ks)
        for _ in range(20):
            d2 = dict(d)
            d2[k] = d[k] + rng.choice([1, 2, 3, -1])
            if d2[k] <= 0:
                continue
            v2 = fn(d2)
            if v2 != val and d2[k] > 0 and v2.denominator == 1:
                break
        else:
            continue
        ans2 = "%s\nSubstitute %s.\n%s = %s" % (f, r219_vals(d2, ks), t, r219_fmt(v2))
        r219_add("pf", "r219_formula", tpl.format(f=f, t=t, vals=r219_vals(d2, ks)), t, v2, [ans, ans2], "pair", base=bid)
        # single: answer with a wrong rearrangement (multiplies instead of divides)
        if len(ks) >= 2:
            wrong = "%s\n%s = %s" % (f, t, r219_fmt(val + 1))
            r219_add("sf", "r219_formula_single", p + " Show your working.", t, val, [wrong, ans], "single")


# ------------------------------------------------------------ family 4: a letter that is a word or a unit
def r219_part_word(N):
    for i in range(N):
        rng = r219_rng
        v = rng.choice(["m", "a", "I", "s", "g", "h", "l", "A"])
        a, x = rng.randint(2, 8), rng.randint(2, 9)
        b = rng.randint(1, 12)
        c = a * x + b
        eq = "%s = %d" % (r219_lin(a, v, b), c)
        ans = r219_work(a, v, b, c, rng.randrange(3))
        unit = {"m": ("metres", "centimetres", 100), "s": ("seconds", "milliseconds", 1000),
                "g": ("grams", "milligrams", 1000), "h": ("hours", "minutes", 60),
                "l": ("litres", "millilitres", 1000), "a": ("years", "months", 12),
                "I": ("amperes", "milliamperes", 1000), "A": ("square metres", "square centimetres", 10000)}[v]
        bp = "Solve %s where %s is in %s." % (eq, v, unit[0])
        bid = r219_add("bw", "r219_word_unit", bp, v, x, [ans], "pair")
        vp = "Solve %s where %s is in %s. Give %s in %s." % (eq, v, unit[0], v, unit[1])
        right = ans + "\nIn %s: %s = %d" % (unit[1], v, x * unit[2])
        r219_add("pw", "r219_word_unit", vp, v, x * unit[2], [ans, "%s = %d" % (v, x * unit[2])], "pair", base=bid)
        # constant change with the word letter
        c2 = c + a
        vp2 = "Solve %s = %d where %s is in %s." % (r219_lin(a, v, b), c2, v, unit[0])
        r219_add("pc", "r219_word_const", vp2, v, x + 1, [ans, r219_work(a, v, b, c2, 0)], "pair", base=bid)
        # rename from x to the word letter (safe) and the reverse
        xp = "Solve for x: %s = %d." % (r219_lin(a, "x", b), c)
        xid = r219_add("bx", "r219_rename", xp, "x", x, [r219_work(a, "x", b, c, 1)], "pair")
        r219_add("rs", "r219_rename_safe", "Solve for %s: %s." % (v, eq), v, x, [r219_work(a, v, b, c, 1)], "safe", safe=True, base=xid)
        # rename + a prose sentence using the letter as a word
        if v in ("a", "I", "A"):
            pr = {"a": "Solve for a: %s. Give a as a decimal." , "I": "I need to solve for I: %s.", "A": "Solve for A: %s. A is an area."}[v] % eq
            r219_add("rw", "r219_rename_word", pr, v, x, [r219_work(a, v, b, c, 1) if v != "a" else r219_work(a, v, b, c, 1) + "\n%s = %d.0" % (v, x)], "safe", safe=True, base=xid)
            pr2 = {"a": "Solve for a: %s. Give 2a." , "I": "I need I + 1 where %s.", "A": "Solve for A: %s. Then give A + 1."}[v] % eq
            r219_add("rv", "r219_rename_word_value", pr2, v, x, [r219_work(a, v, b, c, 1)], "pair", base=xid) if False else None


# ------------------------------------------------------------ family 5: variable named only in the instruction
def r219_part_named(N):
    for i in range(N):
        rng = r219_rng
        a, x = rng.randint(2, 8), rng.randint(2, 9)
        b = rng.randint(1, 12)
        c = a * x + b
        k = rng.randint(1, 5)
        base = "Find x: %s = %d, where n = x + %d." % (r219_lin(a, "x", b), c, k)
        ans = r219_work(a, "x", b, c, 1)
        bid = r219_add("bn", "r219_named", base, "x", x, [ans], "pair")
        var = "Find n: %s = %d, where n = x + %d." % (r219_lin(a, "x", b), c, k)
        r219_add("pn", "r219_named", var, "n", x + k, [ans, ans + "\nn = %d + %d = %d" % (x, k, x + k) if False else ans.replace("x = %d" % x, "x = %d" % x) + "\nn = %d" % (x + k)], "pair", base=bid)
        # plain base, then instruction names another letter: "find y where y = 2x"
        pb = "Solve %s = %d." % (r219_lin(a, "x", b), c)
        pbid = r219_add("bq", "r219_named_plain", pb, "x", x, [ans], "pair")
        pv = "Solve %s = %d, then find y where y = %dx." % (r219_lin(a, "x", b), c, k + 1)
        r219_add("pq", "r219_named_plain", pv, "y", (k + 1) * x, [ans, ans + "\ny = %d" % ((k + 1) * x)], "pair", base=pbid)
        # n only in the instruction, equation in n; then the instruction asks for n where equation uses n and m
        e2 = "%sn + m = %d" % ("" if a == 1 else str(a), c)
        b2 = "If m = %d, find n: %s." % (b, e2)
        a2 = "Substitute m = %d: %s = %d\n%sn = %d\nn = %d" % (b, r219_lin(a, "n", b), c, a, c - b, x)
        bid2 = r219_add("bm", "r219_named_two", b2, "n", x, [a2], "pair")
        nval = rng.randint(1, 4)
        v2 = "If n = %d, find m: %s." % (nval, e2)
        r219_add("pm", "r219_named_two", v2, "m", c - a * nval, [a2, "Substitute n = %d: %d + m = %d\nm = %d" % (nval, a * nval, c, c - a * nval)], "pair", base=bid2)


# ------------------------------------------------------------ family 6: the equation given twice
def r219_part_twice(N):
    for i in range(N):
        rng = r219_rng
        v = rng.choice(["x", "y", "n"])
        a, x = rng.randint(2, 8), rng.randint(2, 9)
        b = rng.randint(1, 12)
        c = a * x + b
        eq = "%s = %d" % (r219_lin(a, v, b), c)
        tex = "%s%s + %d = %d" % (a, v, b, c)
        code = "%d*%s + %d == %d" % (a, v, b, c)
        tpl = rng.choice(["Solve {eq} (in LaTeX: ${tex}$).", "Solve for {v}: {eq}, i.e. `{code}`.",
                          "Solve $${tex}$$ that is, {eq}.", "Solve {eq}.\nLaTeX: \\({tex}\\)",
                          "Solve the equation {eq} (code: {code}) for {v}."])
        p = tpl.format(eq=eq, tex=tex, code=code, v=v)
        ans = r219_work(a, v, b, c, rng.randrange(3))
        bid = r219_add("bt", "r219_twice", p, v, x, [ans], "pair")
        c2 = c + a
        eq2, tex2, code2 = eq.replace("= %d" % c, "= %d" % c2), "%s%s + %d = %d" % (a, v, b, c2), "%d*%s + %d == %d" % (a, v, b, c2)
        ans2 = r219_work(a, v, b, c2, 0)
        r219_add("pt", "r219_twice", tpl.format(eq=eq2, tex=tex2, code=code2, v=v), v, x + 1, [ans, ans2], "pair", base=bid)
        # only the second form changes (the two forms disagree): arguable by nature; the text form first
        r219_add("pd", "r219_twice_disagree", tpl.format(eq=eq, tex=tex2, code=code2, v=v), v, x + 1, [ans, ans2], "pair", base=bid)
        # plain base stored, variant with twice
        pp = "Solve for %s: %s." % (v, eq)
        pid = r219_add("bu", "r219_twice_plain", pp, v, x, [ans], "pair")
        r219_add("pu", "r219_twice_plain", tpl.format(eq=eq2, tex=tex2, code=code2, v=v), v, x + 1, [ans, ans2], "pair", base=pid)
        r219_add("su", "r219_twice_safe", tpl.format(eq=eq, tex=tex, code=code, v=v) + " Thanks.", v, x, [ans], "safe", safe=True, base=bid)


r219_part_given(110)
r219_part_system(60)
r219_part_formula(100)
r219_part_word(60)
r219_part_named(60)
r219_part_twice(60)


# ------------------------------------------------------------ family 7 (refinement): unit words, values in words, renames
R219_UNITS = [("I", "amperes", "milliamperes", 1000, "mA"), ("V", "volts", "millivolts", 1000, "mV"),
              ("R", "ohms", "milliohms", 1000, "mΩ"), ("F", "newtons", "millinewtons", 1000, "mN"),
              ("P", "watts", "milliwatts", 1000, "mW"), ("E", "joules", "millijoules", 1000, "mJ"),
              ("d", "kilometres", "metres", 1000, "m"), ("w", "kilograms", "grams", 1000, "g"),
              ("t", "minutes", "seconds", 60, "s"), ("L", "feet", "inches", 12, "in"), ("T", "kelvin", "millikelvin", 1000, "mK"),
              ("q", "coulombs", "millicoulombs", 1000, "mC"), ("f", "hertz", "millihertz", 1000, "mHz")]
R219_NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve"}


def r219_part_units(N):
    for i in range(N):
        rng = r219_rng
        v, u1, u2, fac, sym = rng.choice(R219_UNITS)
        a, x = rng.randint(2, 8), rng.randint(2, 9)
        b = rng.randint(1, 12)
        c = a * x + b
        eq = "%s = %d" % (r219_lin(a, v, b), c)
        st = rng.randrange(3)
        ans = r219_work(a, v, b, c, st)
        tpl = rng.choice(["Solve {eq} where {v} is in {u}.", "Solve for {v} ({u}): {eq}.", "Solve {eq}, with {v} measured in {u}.",
                          "{eq}, {v} in {u}. Solve for {v}."])
        bp = tpl.format(eq=eq, v=v, u=u1)
        bid = r219_add("bU", "r219_unit_word", bp, v, x, [ans], "pair")
        # safe: same request + thanks
        r219_add("sU", "r219_unit_safe", bp + " Thanks!", v, x, [ans], "safe", safe=True, base=bid)
        # variant: the answer asked in another unit
        for k, extra in enumerate(["Give {v} in {u2}.", "Answer in {u2}.", "Give the answer in {sym}.", "Express {v} in {u2}."]):
            vp = bp + " " + extra.format(v=v, u2=u2, sym=sym)
            r219_add("pU", "r219_unit_convert", vp, v, x * fac, [ans, ans + "\n%s = %d" % (v, x * fac)], "pair", base=bid)
        # variant: the unit word swapped (the equation is now in the other unit: same value -> safe)
        r219_add("wU", "r219_unit_swap_safe", tpl.format(eq=eq, v=v, u=u2), v, x, [ans], "safe", safe=True, base=bid)
        # other direction: base asks conversion, variant plain
        cp = bp + " Give %s in %s." % (v, u2)
        cid = r219_add("bC", "r219_unit_convert_base", cp, v, x * fac, [ans + "\n%s = %d" % (v, x * fac)], "pair")
        r219_add("pC", "r219_unit_convert_back", bp + " Give %s in %s." % (v, u1), v, x, [ans + "\n%s = %d" % (v, x * fac), ans], "pair", base=cid)


def r219_part_words(N):
    for i in range(N):
        rng = r219_rng
        p = rng.choice(["y", "k", "t", "b", "c", "n"])
        A, x, pv = rng.randint(2, 7), rng.randint(2, 9), rng.randint(2, 9)
        C = A * x + pv
        tpl = rng.choice(["Solve {A}x + {p} = {C} for x, taking {p} as {w}.", "Solve {A}x + {p} = {C} for x if {p} is {w}.",
                          "Solve for x: {A}x + {p} = {C}, where {p} equals {w}.", "With {p} being {w}, solve {A}x + {p} = {C}."])
        bp = tpl.format(A=A, p=p, C=C, w=R219_NUMW[pv])
        ans = "Substitute %s = %d: %dx + %d = %d\nSubtract %d from both sides: %dx = %d\nDivide both sides by %d: x = %d" % (p, pv, A, pv, C, pv, A, C - pv, A, x)
        bid = r219_add("bV", "r219_value_words", bp, "x", x, [ans], "pair")
        cands = [q for q in range(1, 13) if q != pv and (C - q) % A == 0 and C - q > 0]
        if cands:
            q = rng.choice(cands)
            right = ans.replace("%s = %d" % (p, pv), "%s = %d" % (p, q))
            right = "Substitute %s = %d: %dx + %d = %d\nSubtract %d from both sides: %dx = %d\nDivide both sides by %d: x = %d" % (p, q, A, q, C, q, A, C - q, A, (C - q) // A)
            r219_add("pV", "r219_value_words", tpl.format(A=A, p=p, C=C, w=R219_NUMW[q]), "x", (C - q) // A, [ans, right], "pair", base=bid)
        # plain stored first, then the worded letter
        plain = "Solve for x: %dx + %d = %d." % (A, pv, C)
        pid = r219_add("bW", "r219_value_words_plain", plain, "x", x, [r219_work(A, "x", pv, C, 1)], "pair")
        if cands:
            r219_add("pW", "r219_value_words_plain", tpl.format(A=A, p=p, C=C, w=R219_NUMW[q]), "x", (C - q) // A, [r219_work(A, "x", pv, C, 1), right], "pair", base=pid)


def r219_part_rename(N):
    for i in range(N):
        rng = r219_rng
        a, x = rng.randint(2, 8), rng.randint(2, 9)
        b = rng.randint(1, 12)
        c = a * x + b
        ansx = r219_work(a, "x", b, c, 1)
        bp = rng.choice(["Solve for x: %s = %d.", "Solve %s = %d for x.", "Find x if %s = %d."]) % (r219_lin(a, "x", b), c)
        bid = r219_add("bR", "r219_rename2", bp, "x", x, [ansx], "pair")
        for nv in ["a", "I", "m", "s", "e", "i"]:
            v2 = bp.replace("x", nv)
            ans2 = r219_work(a, nv, b, c, 1)
            # safe rename
            r219_add("rR", "r219_rename2_safe", v2, nv, x, [ans2], "safe", safe=True, base=bid)
            # rename + a clause that gives the new letter another meaning
            extra = {"a": " Give a as a percentage.", "I": " I is in kA; give I in amperes.",
                     "m": " m is in km; give m in metres.", "s": " s is in minutes; give s in seconds.",
                     "e": " Give e times 2.", "i": " Give i as a fraction of 10."}[nv]
            mult = {"a": 100, "I": 1000, "m": 1000, "s": 60, "e": 2, "i": r219_F(1, 10)}[nv]
            r219_add("pR", "r219_rename2_meaning", v2 + extra, nv, x * mult, [ans2, ans2 + "\n%s = %s" % (nv, r219_fmt(x * mult))], "pair", base=bid)


r219_part_units(50)
r219_part_words(50)
r219_part_rename(30)

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,830 generated), each with the base of its pair.
from probe_kit import sample_round as r219_sample_round  # noqa: E402

r219_all = list(P)
r219_sample_round("d219-", set(), 30, safe_every=10)
r219_keep = {r219_p["id"] for r219_p in P if r219_p["id"].startswith("d219-")}
r219_keep |= {r219_meta[r219_i]["base"] for r219_i in list(r219_keep) if r219_meta.get(r219_i, {}).get("base")}
P[:] = [r219_p for r219_p in r219_all if (not r219_p["id"].startswith("d219-") or r219_p["id"] in r219_keep)
        and r219_p["id"] not in r219_arguable]
