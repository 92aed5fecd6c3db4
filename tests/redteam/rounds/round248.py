r"""Red-team round 248 (black box): EQUATIONS, WHAT THE WORKING HIDES.
Focus: the step-by-step linear equation task: a stored working reused for an equation that differs in a way the
  working hides (another constant on the right, the variable's letter, the same solution with other coefficients,
  sides swapped, a bracket expanded or over one term only, a term moved across with or without its sign, a term
  turned into a variable term), requests asking for something near the value (2v, v + 3, v - 1, -v, half of v,
  two decimals, a mixed number, a fraction, a check of the solution in 9 wordings), workings in 10 notations (plain
  lines, "Verb N: eq", "→" chains, "⇒" chains, "Step k: verb N: eq", numbered lists, bullets, prose, $$..$$ LaTeX,
  align*) x 8 final-line forms (plain, bold, \boxed, "The answer is", "Answer:", "####", "Therefore,", "Solution:").
  2,861 probes (seeded random.Random(248); the tester's copy ran only this round's probes, and the found ids
  and their bases): 360 bases, 1,412 pair variants, 863 singles (386 with one false step that does not hold, 477
  with one false step that HOLDS for the value), 226 safe (sides swapped, bracket expanded, term moved right).
  Scored with check.py and with the round's own reader (kept outside the suite) (check.py's verdict with "⇒" read as
  an arrow and "&=" as "=", each asked form, and whether every equation is one operation on both sides - add or
  subtract the same term, multiply or divide by the same number, restate, swap - from the one before).
HELD: another constant on the right (150 pairs), both sides swapped with another constant (150), a bracket over one
  term only (38), a term moved with its sign kept (38), a term turned into a variable term (38): the base's working
  was never served (a stale line fails its value); the variable renamed (150): rewritten or refused, never served
  with the old letter; requests for another expression (2v, v + 3, v - 1, -v, v/2: 300) - none served without it;
  two decimals, a mixed number, a fraction (100): none served in the wrong form; singles whose false step does not
  hold for the value (386: a wrong middle number, a wrong sign, a miscopied request, a wrong description): never
  served from the cache except where the stitch below put another stored working in; a false step DESCRIBED wrongly
  ("Divide both sides by 4: z + 5 = 11" under 4z + 5 = 29) was caught in every notation. "⇒" chains: check.py
  counts every one wrong (it splits lines at "→" but not "⇒"); read as arrows they held like the rest.
  Safe on reuse 17/226 (run 1), 157/226 (run 2).
WHAT GOT THROUGH (judge.py; path=reuse). Whole round, fresh SQLite store, two passes: 257 wrong from the cache in run
  1 (246 clear, 11 arguable), 493 in run 2 (455 clear, 38 arguable); check.py itself: 37 / 325 path=reuse. Alone
  (the found ids alone: 493 ids and their bases, 647 probes, fresh store): 249 in run 1 (243 clear, 6 arguable), 466 in
  run 2 (441 clear, 25 arguable); check.py alone: 27 / 211 path=reuse.
 (A) CLEAR, a false step that holds for the value is stored and served again (292 of 477 singles in run 2; 122
     already in run 1 through stitched answers): an operation applied to one term only ("What is y in 3y + 11 = 35?
     Show the steps." -> "$$3y + 11 = 35$$ / $$y + 11 = 19$$ / $$y = 8$$"; "Solve 3y + 8 = 29 step by step." -> "3y
     + 8 = 29 / y + 8 = 15 / y = 7"; "What is m in 6m + 10 = 34?" -> "6m + 10 = 34 ⇒ m + 10 = 14 ⇒ m = 4 / #### 4"),
     a bracket expanded wrongly ("What is n in 5(n + 5) = 55?" -> "1. 5(n + 5) = 55 / 2. 5n + 5 = 35 / 3. 5n = 30
     / 4. n = 6"; "4(z + 6) = 28" -> "Expand the bracket: 4z + 6 = 10 / ... z = 1"), and a coefficient slip when
     the value is 0 ("Solve 4y + 5 = 2y + 5 step by step." -> "4y + 5 = 2y + 5 / 12y + 5 = 5 / 12y = 0 / y = 0";
     "Please solve 4a + 15 = 15 for a" -> "4a + 15 = 15 ⇒ 6a = 0 ⇒ a = 0"; "Solve the equation 3t + 5 = 5." -> "3t
     + 5 = 5 / 3t + 5 = 5 → 4t = 0 → t = 0"; pair "Solve for n: 8n + 3 = 6n + 3." -> "... 2. n + 3 = 3 ..."). Every
     notation let it through (plain, arrows, ⇒, numbered, LaTeX, align*, bullets, prose, "Step k:"); only a wrong
     description of a both-sides operation was caught ("Expand the bracket" names none).
 (B) CLEAR, "check the solution" asked, the stored working served without any check (124 in run 1, 157 in run 2;
     fresh too: the model's check-less answer accepted, 117 / 83): "Find m if m/2 + 3 = 0. Explain each step. Check
     the solution." -> "m/2 + 3 = 0 / m/2 = -3 / m = -6"; "Please solve 7m + 7 = 84 for m, showing your working.
     Check the solution." -> "7m + 7 = 84 → 7m = 77 → m = 11 / Therefore, m = 11."; "Solve 5z + 3 = 4z + 1 step by
     step. Include a check at the end." -> "... Divide both sides by 1: z = -2"; also "Check your answer.", "Verify
     the solution by substituting it back.", "Also verify your answer.", "Show the check as well.".
 (C) ARGUABLE (r248_arguable: as round 203's "2(t + 1) = 10" for "13(t + 1) = 65"): the working of ANOTHER stored
     equation with the same value, after the request restated or in its place, served for bases whose own model
     answer was right and for "same solution" variants: "Please solve 8(m + 12) = 64 for m" -> "8(m + 12) = 64 /
     2(m + 9) = 10 ⇒ m + 9 = 5 ⇒ m = -4"; "What is y in 8y + 13 = 5y + 46?" -> "$$5y + 46 = 8y + 13$$ / 4y + 5 = 2y +
     27 ⇒ 2y + 5 = 27 ⇒ 2y = 22 ⇒ y = 11"; "Solve the equation 8x + 12 = -36." -> "$$4x + 6 = -18$$ / 4x + 6 = -18 /
     Subtract 6 from both sides: 4x = -24 / ..."; "Solve 5z + 7 = 7 step by step." -> "5z + 7 = 7 / 1. 7z - 12 = -12
     / 2. 7z = 0 / 3. z = 0".
Adds its probes to probe_kit.P."""
import random as r248_random
from fractions import Fraction as r248_F

from probe_kit import P, E  # noqa: F401

r248_rng = r248_random.Random(248)
r248_found_alone = set()
r248_arguable = set()
r248_meta = {}
r248_prompts = set()
r248_n = [0]
r248_counts = {"pair": 0, "single": 0, "safe": 0}


def r248_add(tag, fam, prompt, var, val, answers, kind, safe=False, base=None, report=None, false_lines=None,
             extra=None):
    if prompt in r248_prompts:
        return None
    r248_prompts.add(prompt)
    r248_n[0] += 1
    pid = f"d248-{tag}-{r248_n[0]}"
    E(pid, fam, prompt, var, str(val), answers, report=report, safe=safe, false_lines=false_lines or None)
    r248_meta[pid] = {"kind": kind, "base": base, "extra": extra or {}}
    r248_counts["safe" if safe else ("single" if tag.startswith("s") else "pair")] += 1
    return pid


def r248_term(a, v):
    return v if a == 1 else (f"-{v}" if a == -1 else f"{a}{v}")


def r248_num(q):
    q = r248_F(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def r248_pm(b):
    return f"+ {b}" if b >= 0 else f"- {-b}"


# A shape: (equation text, [(description, equation)], value).
def r248_solve(shape, p, v):
    if shape == "axb":
        a, b, c = p
        x = r248_F(c - b, a)
        return (f"{r248_term(a, v)} {r248_pm(b)} = {c}",
                [(f"Subtract {b} from both sides" if b >= 0 else f"Add {-b} to both sides", f"{r248_term(a, v)} = {c - b}"),
                 (f"Divide both sides by {a}", f"{v} = {r248_num(x)}")], x)
    if shape == "brk":
        a, b, c = p
        x = r248_F(c, a) - b
        return (f"{a}({v} {r248_pm(b)}) = {c}",
                [(f"Divide both sides by {a}", f"{v} {r248_pm(b)} = {r248_num(r248_F(c, a))}"),
                 (f"Subtract {b} from both sides" if b >= 0 else f"Add {-b} to both sides", f"{v} = {r248_num(x)}")], x)
    if shape == "frac":
        d, b, c = p
        x = (c - b) * d
        return (f"{v}/{d} {r248_pm(b)} = {c}",
                [(f"Subtract {b} from both sides" if b >= 0 else f"Add {-b} to both sides", f"{v}/{d} = {c - b}"),
                 (f"Multiply both sides by {d}", f"{v} = {r248_num(x)}")], x)
    if shape == "two":
        a, b, c, e = p
        x = r248_F(e - b, a - c)
        return (f"{r248_term(a, v)} {r248_pm(b)} = {r248_term(c, v)} {r248_pm(e)}",
                [(f"Subtract {r248_term(c, v)} from both sides", f"{r248_term(a - c, v)} {r248_pm(b)} = {e}"),
                 (f"Subtract {b} from both sides" if b >= 0 else f"Add {-b} to both sides", f"{r248_term(a - c, v)} = {e - b}"),
                 (f"Divide both sides by {a - c}", f"{v} = {r248_num(x)}")], x)
    raise ValueError(shape)


NOTATIONS = ["plain", "desc", "arrow", "implies", "stepk", "numbered", "prose", "latex", "align", "bullets"]
FINALS = ["plain", "bold", "boxed", "answer_is", "answer_colon", "hash", "therefore", "sol"]


def r248_final(v, x, form):
    xs = r248_num(x)
    return {"plain": f"{v} = {xs}", "bold": f"**{v} = {xs}**", "boxed": f"\\boxed{{{xs}}}",
            "answer_is": f"The answer is {v} = {xs}.", "answer_colon": f"Answer: {v} = {xs}",
            "hash": f"#### {xs}", "therefore": f"Therefore, {v} = {xs}.", "sol": f"Solution: {v} = {xs}"}[form]


def r248_render(eq, steps, v, x, notation, final="plain"):
    """The working as text; each step (desc, eq)."""
    eqs = [e for _, e in steps]
    fin = r248_final(v, x, final)
    extra = [] if final == "plain" else [fin]
    if notation == "plain":
        lines = [eq] + eqs
    elif notation == "desc":
        lines = [eq] + [f"{d}: {e}" for d, e in steps]
    elif notation == "arrow":
        lines = [" → ".join([eq] + eqs)]
    elif notation == "implies":
        lines = [" ⇒ ".join([eq] + eqs)]
    elif notation == "stepk":
        lines = [f"Step {k + 1}: {d}: {e}" for k, (d, e) in enumerate(steps)]
    elif notation == "numbered":
        lines = [f"{k + 1}. {e}" for k, e in enumerate([eq] + eqs)]
    elif notation == "prose":
        parts = []
        for k, (d, e) in enumerate(steps):
            dd = d[0].lower() + d[1:]
            parts.append(("First, " if k == 0 else "Then ") + f"{dd} to get {e}.")
        lines = [f"We start from {eq}. " + " ".join(parts)]
    elif notation == "latex":
        lines = [f"$${eq}$$"] + [f"$${e}$$" for e in eqs]
    elif notation == "align":
        def amp(e):
            l, r = e.split(" = ")
            return f"{l} &= {r}"
        lines = ["\\begin{align*}"] + [amp(e) + " \\\\" for e in [eq] + eqs[:-1]] + [amp(eqs[-1]), "\\end{align*}"]
    elif notation == "bullets":
        lines = [f"- {d}: {e}" for d, e in steps]
    else:
        raise ValueError(notation)
    return "\n".join(lines + extra)


TEMPLATES = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Please solve {eq} for {v}, showing your working.",
             "Find {v} if {eq}. Explain each step.", "Solve the equation {eq}.", "What is {v} in {eq}? Show the steps."]
VARS = ["x", "y", "n", "t", "a", "k", "m", "z"]


def r248_params(shape, rng, x=None):
    for _ in range(1000):
        xx = x if x is not None else rng.randint(-6, 12)
        if shape == "axb":
            a, b = rng.randint(2, 9), rng.choice([rng.randint(1, 15), -rng.randint(1, 15)])
            p = (a, b, a * xx + b)
        elif shape == "brk":
            a, b = rng.randint(2, 9), rng.choice([rng.randint(1, 12), -rng.randint(1, 9)])
            p = (a, b, a * (xx + b))
        elif shape == "frac":
            d, b = rng.randint(2, 6), rng.randint(1, 12)
            if xx % d:
                if x is not None:
                    continue
                xx = xx * d
            p = (d, b, xx // d + b)
        else:
            a, c = rng.randint(3, 9), rng.randint(1, 8)
            if a <= c:
                continue
            b, e = rng.randint(1, 15), None
            e = (a - c) * xx + b
            p = (a, b, c, e)
        return p
    return None


def r248_right_lines_false(stale, right):
    rl = {l.strip() for l in right.split("\n")}
    return [l.strip() for l in stale.split("\n") if l.strip() and l.strip() not in rl]


SHAPES = ["axb", "brk", "frac", "two"]


def r248_pairs(NB):
    rng = r248_rng
    for i in range(NB):
        shape = SHAPES[i % 4]
        notation = NOTATIONS[(i // 4) % len(NOTATIONS)]
        final = FINALS[rng.randrange(len(FINALS))] if rng.random() < 0.5 else "plain"
        v = rng.choice(VARS)
        tmpl = rng.choice(TEMPLATES)
        p = r248_params(shape, rng)
        eq, steps, x = r248_solve(shape, p, v)
        base_w = r248_render(eq, steps, v, x, notation, final)
        base_prompt = tmpl.format(v=v, eq=eq)
        bid = r248_add("b", "r248_base", base_prompt, v, r248_num(x), [base_w], "base")
        if not bid:
            continue

        def variant(kind, prompt, var2, x2, right_w, safe=False, report=None, stale=base_w, extra=None):
            fl = [] if safe else r248_right_lines_false(stale, right_w)
            answers = [right_w] if safe else [stale, right_w]
            return r248_add("sf" if safe else "p", "r248_" + kind, prompt, var2, r248_num(x2), answers, kind,
                            safe=safe, base=bid, report=report, false_lines=fl, extra=extra)

        # (1) another constant on the right side
        k = rng.choice([1, 2, 3, -1, -2])
        if shape == "axb":
            p2 = (p[0], p[1], p[2] + p[0] * k)
        elif shape == "brk":
            p2 = (p[0], p[1], p[2] + p[0] * k)
        elif shape == "frac":
            p2 = (p[0], p[1], p[2] + k)
        else:
            p2 = (p[0], p[1], p[2], p[3] + (p[0] - p[2]) * k)
        eq2, st2, x2 = r248_solve(shape, p2, v)
        variant("const", tmpl.format(v=v, eq=eq2), v, x2, r248_render(eq2, st2, v, x2, notation, final))
        # (2) the variable's letter changed (request and equation)
        v2 = rng.choice([w for w in VARS if w != v])
        eq3, st3, x3 = r248_solve(shape, p, v2)
        variant("rename", tmpl.format(v=v2, eq=eq3), v2, x3, r248_render(eq3, st3, v2, x3, notation, final))
        # (2b) letter changed in the equation only, instruction unchanged when it names none
        # (3) the same solution, other coefficients
        p4 = r248_params(shape, rng, x=int(x)) if x.denominator == 1 else None
        if p4 and p4 != p:
            eq4, st4, x4 = r248_solve(shape, p4, v)
            variant("samesol", tmpl.format(v=v, eq=eq4), v, x4, r248_render(eq4, st4, v, x4, notation, final))
        # (4) both sides swapped (safe) and swapped with another constant (stale)
        l, r = eq.split(" = ")
        sw = f"{r} = {l}"
        variant("swap", tmpl.format(v=v, eq=sw), v, x, r248_render(sw, steps, v, x, notation, final), safe=True)
        l2, r2 = eq2.split(" = ")
        sw2 = f"{r2} = {l2}"
        variant("swapconst", tmpl.format(v=v, eq=sw2), v, x2, r248_render(sw2, st2, v, x2, notation, final))
        # (5) bracket expanded / not
        if shape == "brk":
            a, b, c = p
            ex = f"{a}{v} {r248_pm(a * b)} = {c}"
            exs = [(f"Subtract {a * b} from both sides" if a * b >= 0 else f"Add {-a * b} to both sides", f"{a}{v} = {c - a * b}"),
                   (f"Divide both sides by {a}", f"{v} = {r248_num(x)}")]
            variant("expanded", tmpl.format(v=v, eq=ex), v, x, r248_render(ex, exs, v, x, notation, final), safe=True)
            # the bracket over one term only: a v + b = c (another equation)
            ex2 = f"{a}{v} {r248_pm(b)} = {c}"
            x5 = r248_F(c - b, a)
            exs2 = [(f"Subtract {b} from both sides" if b >= 0 else f"Add {-b} to both sides", f"{a}{v} = {c - b}"),
                    (f"Divide both sides by {a}", f"{v} = {r248_num(x5)}")]
            variant("unbracket", tmpl.format(v=v, eq=ex2), v, x5, r248_render(ex2, exs2, v, x5, notation, final))
        if shape == "axb":
            a, b, c = p
            # term moved across, right (safe) and with its sign kept (another equation)
            mv = f"{r248_term(a, v)} = {c} {r248_pm(-b)}"
            variant("moved", tmpl.format(v=v, eq=mv), v, x,
                    r248_render(mv, [("Simplify the right side", f"{r248_term(a, v)} = {c - b}"), steps[1]], v, x, notation, final),
                    safe=True)
            mv2 = f"{r248_term(a, v)} = {c} {r248_pm(b)}"
            x6 = r248_F(c + b, a)
            variant("movedsign", tmpl.format(v=v, eq=mv2), v, x6,
                    r248_render(mv2, [("Simplify the right side", f"{r248_term(a, v)} = {c + b}"),
                                      (f"Divide both sides by {a}", f"{v} = {r248_num(x6)}")], v, x6, notation, final))
            # the term on the other side: a v = c + b v? -> b moved as a term of v
            mv3 = f"{r248_term(a, v)} {r248_pm(b)}{v} = {c}"
            if a + b not in (0,):
                x7 = r248_F(c, a + b)
                variant("varterm", tmpl.format(v=v, eq=mv3), v, x7,
                        r248_render(mv3, [("Combine like terms", f"{r248_term(a + b, v)} = {c}"),
                                          (f"Divide both sides by {a + b}", f"{v} = {r248_num(x7)}")], v, x7, notation, final))
        # (6) instructions asking for something near the value
        base_eq_prompt = tmpl.format(v=v, eq=eq)
        asks = [
            ("twox", f"{base_eq_prompt} Then give the value of 2{v}.", {"expression": f"2{v}", "value": r248_num(2 * x)},
             f"2{v} = {r248_num(2 * x)}"),
            ("plus3", f"{base_eq_prompt} Then add 3 to your answer.", {"expression": f"{v}+3", "value": r248_num(x + 3)},
             f"{v} + 3 = {r248_num(x + 3)}"),
            ("minus", f"{base_eq_prompt} What is {v} - 1?", {"expression": f"{v}-1", "value": r248_num(x - 1)},
             f"{v} - 1 = {r248_num(x - 1)}"),
            ("neg", f"{base_eq_prompt} Give the value of -{v}.", {"expression": f"-{v}", "value": r248_num(-x)},
             f"-{v} = {r248_num(-x)}"),
            ("half", f"{base_eq_prompt} What is half of {v}?", {"expression": f"{v}/2", "value": r248_num(x / 2)},
             f"{v}/2 = {r248_num(x / 2)}"),
        ]
        for kind, pr, rep, last in rng.sample(asks, 2):
            variant("ask_" + kind, pr, v, x, base_w + "\n" + last, report=rep)
        # form asks (own reader): check the solution, two decimals, as a fraction
        chk_line = f"Check: {eq.replace(v, '(' + r248_num(x) + ')')}"
        variant("ask_check", f"{base_eq_prompt} Check the solution.", v, x,
                base_w + "\n" + f"Check: substituting {v} = {r248_num(x)} gives a true statement.",
                extra={"needs": "check"})


def r248_frac_pairs(NB):
    """Bases whose value is a fraction; variants ask for decimals or a fraction."""
    rng = r248_rng
    for i in range(NB):
        v = rng.choice(VARS)
        notation = NOTATIONS[i % len(NOTATIONS)]
        tmpl = rng.choice(TEMPLATES)
        while True:
            a = rng.randint(3, 9)
            b = rng.randint(1, 15)
            c = rng.randint(16, 60)
            if (c - b) % a:
                break
        p = (a, b, c)
        eq, steps, x = r248_solve("axb", p, v)
        base_w = r248_render(eq, steps, v, x, notation)
        bp = tmpl.format(v=v, eq=eq)
        bid = r248_add("b", "r248_base", bp, v, r248_num(x), [base_w], "base")
        if not bid:
            continue
        dec2 = f"{float(x):.2f}"
        r248_add("p", "r248_ask_dec", f"{bp} Give {v} to two decimal places.", v, r248_num(x),
                 [base_w, base_w + f"\n{v} ≈ {dec2}"], "ask_dec", base=bid, extra={"needs": "dec", "dec": dec2})
        # decimal base, fraction asked
        if x.denominator in (2, 4, 5):
            pass
        r248_add("p", "r248_ask_mixed", f"{bp} Write {v} as a mixed number.", v, r248_num(x),
                 [base_w, base_w + f"\n{v} = {int(x)} {r248_num(x - int(x))}"], "ask_mixed", base=bid,
                 extra={"needs": "mixed"})
    # decimal-valued bases, fraction asked
    for i in range(NB // 2):
        v = rng.choice(VARS)
        tmpl = rng.choice(TEMPLATES)
        a = rng.choice([2, 4, 5])
        b = rng.randint(1, 9)
        c = rng.randint(10, 40)
        if (c - b) % a == 0:
            c += 1
        x = r248_F(c - b, a)
        eq = f"{a}{v} + {b} = {c}"
        base_w = f"{eq}\n{a}{v} = {c - b}\n{v} = {float(x)}"
        bp = tmpl.format(v=v, eq=eq)
        bid = r248_add("b", "r248_base", bp, v, r248_num(x), [base_w], "base")
        if not bid:
            continue
        r248_add("p", "r248_ask_frac", f"{bp} Give {v} as a fraction.", v, r248_num(x),
                 [base_w, f"{eq}\n{a}{v} = {c - b}\n{v} = {r248_num(x)}"], "ask_frac", base=bid,
                 extra={"needs": "frac", "frac": r248_num(x)})


def r248_singles(N):
    rng = r248_rng
    kinds = ["midnum", "desc", "copy", "sign", "chainmid"]
    for i in range(N):
        shape = SHAPES[i % 4]
        notation = NOTATIONS[(i // 4) % len(NOTATIONS)]
        kind = kinds[(i // 40) % len(kinds)]
        v = rng.choice(VARS)
        tmpl = rng.choice(TEMPLATES)
        final = FINALS[rng.randrange(len(FINALS))] if rng.random() < 0.4 else "plain"
        p = r248_params(shape, rng)
        eq, steps, x = r248_solve(shape, p, v)
        right = r248_render(eq, steps, v, x, notation, final)
        st = list(steps)
        eqw = eq
        if kind == "midnum":
            d, e = st[0]
            l, r = e.split(" = ")
            st[0] = (d, f"{l} = {int(r) + rng.choice([1, -1, 2])}" if r.lstrip("-").isdigit() else f"{l} = {r}1")
        elif kind == "desc":
            d, e = st[0]
            import re as _re
            m = _re.search(r"(\d+)", d)
            if not m:
                continue
            d2 = d[:m.start()] + str(int(m.group(1)) + rng.choice([1, 2, 3])) + d[m.end():]
            if notation in ("plain", "arrow", "implies", "numbered", "latex", "align"):
                continue
            st[0] = (d2, e)
        elif kind == "copy":
            l, r = eq.rsplit(" = ", 1)
            try:
                eqw = f"{l} = {int(r) + rng.choice([1, 2, -1])}"
            except ValueError:
                continue
            if notation in ("stepk", "bullets"):
                continue  # no restated line
        elif kind == "sign":
            d, e = st[0]
            l, r = e.split(" = ")
            try:
                st[0] = (d, f"{l} = {-int(r)}") if int(r) != 0 else (d, f"{l} = 1")
            except ValueError:
                continue
            d1, e1 = st[-1]
            # later lines right again
        elif kind == "chainmid":
            if len(st) < 2:
                continue
            d, e = st[-2]
            l, r = e.split(" = ")
            try:
                st[-2] = (d, f"{l} = {int(r) + 1}")
            except ValueError:
                st[-2] = (d, f"{l} = {r}0")
        wrong = r248_render(eqw, st, v, x, notation, final)
        if wrong == right:
            continue
        fl = r248_right_lines_false(wrong, right)
        r248_add("s" + kind, "r248_single_" + kind, tmpl.format(v=v, eq=eq), v, r248_num(x), [wrong, right],
                 "single_" + kind, false_lines=fl)




def r248_holdfalse(N):
    """Singles whose one false step still holds for the value: a coefficient slip when the value is 0, or an
    operation applied to one term only that happens to keep the value ("2x + 3 = 11" -> "x + 3 = 7")."""
    rng = r248_rng
    notes = ["plain", "arrow", "implies", "numbered", "latex", "align", "desc", "stepk", "prose", "bullets"]
    for i in range(N):
        notation = notes[i % len(notes)]
        kind = ["zero_axb", "zero_two", "oneterm_axb", "oneterm_brk"][(i // len(notes)) % 4]
        v = rng.choice(VARS)
        tmpl = rng.choice(TEMPLATES)
        final = FINALS[rng.randrange(len(FINALS))] if rng.random() < 0.4 else "plain"
        if kind == "zero_axb":
            a, b = rng.randint(2, 9), rng.randint(1, 15)
            p = (a, b, b)
            eq, steps, x = r248_solve("axb", p, v)
            a2 = a + rng.choice([1, 2, -1]) if a > 2 else a + 1
            st = [(steps[0][0], f"{r248_term(a2, v)} = 0")] + [(f"Divide both sides by {a2}", f"{v} = 0")]
        elif kind == "zero_two":
            a, c = rng.randint(4, 9), rng.randint(1, 3)
            b = rng.randint(1, 15)
            p = (a, b, c, b)
            eq, steps, x = r248_solve("two", p, v)
            wrong_c = a + c if rng.random() < 0.5 else a - c + 1
            st = [(steps[0][0], f"{r248_term(wrong_c, v)} {r248_pm(b)} = {b}")] + \
                 [(steps[1][0], f"{r248_term(wrong_c, v)} = 0"), (f"Divide both sides by {wrong_c}", f"{v} = 0")]
        elif kind == "oneterm_axb":
            while True:
                a, xx = rng.randint(2, 6), rng.randint(1, 9)
                b = rng.randint(1, 12)
                p = (a, b, a * xx + b)
                break
            eq, steps, x = r248_solve("axb", p, v)
            # divide the v-term only: v + b = x + b
            st = [(f"Divide both sides by {a}", f"{v} {r248_pm(b)} = {xx + b}"),
                  (f"Subtract {b} from both sides", f"{v} = {xx}")]
        else:
            a, xx, b = rng.randint(2, 6), rng.randint(1, 9), rng.randint(1, 9)
            p = (a, b, a * (xx + b))
            eq, steps, x = r248_solve("brk", p, v)
            # expand the bracket wrongly (a v + b), then move b: a v = ...
            st = [(f"Expand the bracket", f"{a}{v} {r248_pm(b)} = {a * xx + b}"),
                  (f"Subtract {b} from both sides", f"{a}{v} = {a * xx}"),
                  (f"Divide both sides by {a}", f"{v} = {xx}")]
        right = r248_render(eq, steps, v, x, notation, final)
        wrong = r248_render(eq, st, v, x, notation, final)
        if wrong == right:
            continue
        fl = r248_right_lines_false(wrong, right)
        r248_add("h" + kind.split("_")[0], "r248_holdfalse_" + kind, tmpl.format(v=v, eq=eq), v, r248_num(x),
                 [wrong, right], "holdfalse_" + kind, false_lines=fl)


CHECKS = ["Check your answer.", "Verify the solution by substituting it back.", "Then check it.",
          "Check that your value works.", "Show the check as well.", "Also verify your answer.",
          "Check the solution in the original equation.", "Include a check at the end."]


def r248_checkpairs(NB):
    rng = r248_rng
    for i in range(NB):
        shape = SHAPES[i % 4]
        notation = NOTATIONS[(i // 4) % len(NOTATIONS)]
        v = rng.choice(VARS)
        tmpl = rng.choice(TEMPLATES)
        p = r248_params(shape, rng)
        eq, steps, x = r248_solve(shape, p, v)
        base_w = r248_render(eq, steps, v, x, notation)
        bp = tmpl.format(v=v, eq=eq)
        bid = r248_add("b", "r248_base", bp, v, r248_num(x), [base_w], "base")
        if not bid:
            continue
        ck = CHECKS[i % len(CHECKS)]
        sub = eq.replace(v, f"({r248_num(x)})")
        r248_add("c", "r248_ask_check2", f"{bp} {ck}", v, r248_num(x),
                 [base_w, base_w + f"\nCheck: {sub} holds, so {v} = {r248_num(x)} is right."], "ask_check2",
                 base=bid, extra={"needs": "check"})


r248_pairs(150)
r248_frac_pairs(40)
r248_singles(500)
r248_holdfalse(480)
r248_checkpairs(150)

r248_found_alone_list = {
    'd248-c-2563', 'd248-c-2567', 'd248-c-2577', 'd248-c-2579', 'd248-c-2583', 'd248-c-2593', 'd248-c-2595',
    'd248-c-2599', 'd248-c-2609', 'd248-c-2625', 'd248-c-2641', 'd248-c-2643', 'd248-c-2647', 'd248-c-2659',
    'd248-c-2663', 'd248-c-2673', 'd248-c-2675', 'd248-c-2679', 'd248-c-2689', 'd248-c-2705', 'd248-c-2721',
    'd248-c-2723', 'd248-c-2727', 'd248-c-2739', 'd248-c-2743', 'd248-c-2753', 'd248-c-2755', 'd248-c-2759',
    'd248-c-2769', 'd248-c-2785', 'd248-c-2803', 'd248-c-2807', 'd248-c-2817', 'd248-c-2819', 'd248-c-2823',
    'd248-c-2833', 'd248-c-2835', 'd248-c-2839', 'd248-c-2849', 'd248-honeterm-2105', 'd248-honeterm-2106',
    'd248-honeterm-2107', 'd248-honeterm-2108', 'd248-honeterm-2109', 'd248-honeterm-2115', 'd248-honeterm-2116',
    'd248-honeterm-2118', 'd248-honeterm-2119', 'd248-honeterm-2121', 'd248-honeterm-2146', 'd248-honeterm-2147',
    'd248-honeterm-2148', 'd248-honeterm-2149', 'd248-honeterm-2155', 'd248-honeterm-2156', 'd248-honeterm-2159',
    'd248-honeterm-2161', 'd248-honeterm-2162', 'd248-honeterm-2185', 'd248-honeterm-2186', 'd248-honeterm-2187',
    'd248-honeterm-2188', 'd248-honeterm-2189', 'd248-honeterm-2195', 'd248-honeterm-2196', 'd248-honeterm-2198',
    'd248-honeterm-2199', 'd248-honeterm-2201', 'd248-honeterm-2204', 'd248-honeterm-2226', 'd248-honeterm-2227',
    'd248-honeterm-2228', 'd248-honeterm-2229', 'd248-honeterm-2235', 'd248-honeterm-2236', 'd248-honeterm-2238',
    'd248-honeterm-2239', 'd248-honeterm-2241', 'd248-honeterm-2242', 'd248-honeterm-2244', 'd248-honeterm-2265',
    'd248-honeterm-2266', 'd248-honeterm-2267', 'd248-honeterm-2268', 'd248-honeterm-2269', 'd248-honeterm-2275',
    'd248-honeterm-2276', 'd248-honeterm-2278', 'd248-honeterm-2279', 'd248-honeterm-2281', 'd248-honeterm-2282',
    'd248-honeterm-2284', 'd248-honeterm-2305', 'd248-honeterm-2307', 'd248-honeterm-2308', 'd248-honeterm-2309',
    'd248-honeterm-2315', 'd248-honeterm-2316', 'd248-honeterm-2318', 'd248-honeterm-2319', 'd248-honeterm-2321',
    'd248-honeterm-2324', 'd248-honeterm-2344', 'd248-honeterm-2345', 'd248-honeterm-2346', 'd248-honeterm-2347',
    'd248-honeterm-2348', 'd248-honeterm-2354', 'd248-honeterm-2355', 'd248-honeterm-2357', 'd248-honeterm-2358',
    'd248-honeterm-2360', 'd248-honeterm-2363', 'd248-honeterm-2383', 'd248-honeterm-2384', 'd248-honeterm-2385',
    'd248-honeterm-2386', 'd248-honeterm-2393', 'd248-honeterm-2394', 'd248-honeterm-2396', 'd248-honeterm-2397',
    'd248-honeterm-2399', 'd248-honeterm-2400', 'd248-honeterm-2402', 'd248-honeterm-2424', 'd248-honeterm-2425',
    'd248-honeterm-2426', 'd248-honeterm-2427', 'd248-honeterm-2433', 'd248-honeterm-2434', 'd248-honeterm-2436',
    'd248-honeterm-2437', 'd248-honeterm-2439', 'd248-honeterm-2440', 'd248-honeterm-2442', 'd248-honeterm-2463',
    'd248-honeterm-2464', 'd248-honeterm-2465', 'd248-honeterm-2466', 'd248-honeterm-2467', 'd248-honeterm-2473',
    'd248-honeterm-2476', 'd248-honeterm-2477', 'd248-honeterm-2480', 'd248-honeterm-2482', 'd248-honeterm-2503',
    'd248-honeterm-2504', 'd248-honeterm-2505', 'd248-honeterm-2506', 'd248-honeterm-2507', 'd248-honeterm-2512',
    'd248-honeterm-2513', 'd248-honeterm-2515', 'd248-honeterm-2519', 'd248-honeterm-2521', 'd248-honeterm-2542',
    'd248-honeterm-2543', 'd248-honeterm-2544', 'd248-honeterm-2545', 'd248-honeterm-2552', 'd248-honeterm-2553',
    'd248-honeterm-2556', 'd248-honeterm-2558', 'd248-honeterm-2559', 'd248-honeterm-2561', 'd248-hzero-2085',
    'd248-hzero-2086', 'd248-hzero-2088', 'd248-hzero-2089', 'd248-hzero-2095', 'd248-hzero-2096',
    'd248-hzero-2097', 'd248-hzero-2098', 'd248-hzero-2099', 'd248-hzero-2100', 'd248-hzero-2101',
    'd248-hzero-2102', 'd248-hzero-2103', 'd248-hzero-2104', 'd248-hzero-2125', 'd248-hzero-2126',
    'd248-hzero-2127', 'd248-hzero-2128', 'd248-hzero-2129', 'd248-hzero-2133', 'd248-hzero-2136',
    'd248-hzero-2137', 'd248-hzero-2138', 'd248-hzero-2139', 'd248-hzero-2140', 'd248-hzero-2142',
    'd248-hzero-2143', 'd248-hzero-2144', 'd248-hzero-2165', 'd248-hzero-2166', 'd248-hzero-2167',
    'd248-hzero-2172', 'd248-hzero-2173', 'd248-hzero-2174', 'd248-hzero-2175', 'd248-hzero-2176',
    'd248-hzero-2177', 'd248-hzero-2178', 'd248-hzero-2179', 'd248-hzero-2180', 'd248-hzero-2181',
    'd248-hzero-2182', 'd248-hzero-2183', 'd248-hzero-2184', 'd248-hzero-2208', 'd248-hzero-2209',
    'd248-hzero-2210', 'd248-hzero-2213', 'd248-hzero-2215', 'd248-hzero-2216', 'd248-hzero-2217',
    'd248-hzero-2218', 'd248-hzero-2219', 'd248-hzero-2220', 'd248-hzero-2221', 'd248-hzero-2223',
    'd248-hzero-2224', 'd248-hzero-2245', 'd248-hzero-2248', 'd248-hzero-2249', 'd248-hzero-2251',
    'd248-hzero-2252', 'd248-hzero-2254', 'd248-hzero-2255', 'd248-hzero-2256', 'd248-hzero-2257',
    'd248-hzero-2258', 'd248-hzero-2259', 'd248-hzero-2260', 'd248-hzero-2261', 'd248-hzero-2262',
    'd248-hzero-2263', 'd248-hzero-2285', 'd248-hzero-2289', 'd248-hzero-2290', 'd248-hzero-2295',
    'd248-hzero-2296', 'd248-hzero-2297', 'd248-hzero-2298', 'd248-hzero-2299', 'd248-hzero-2300',
    'd248-hzero-2301', 'd248-hzero-2302', 'd248-hzero-2303', 'd248-hzero-2304', 'd248-hzero-2328',
    'd248-hzero-2329', 'd248-hzero-2330', 'd248-hzero-2331', 'd248-hzero-2334', 'd248-hzero-2335',
    'd248-hzero-2336', 'd248-hzero-2337', 'd248-hzero-2338', 'd248-hzero-2339', 'd248-hzero-2340',
    'd248-hzero-2341', 'd248-hzero-2342', 'd248-hzero-2364', 'd248-hzero-2365', 'd248-hzero-2367',
    'd248-hzero-2369', 'd248-hzero-2370', 'd248-hzero-2372', 'd248-hzero-2373', 'd248-hzero-2374',
    'd248-hzero-2375', 'd248-hzero-2376', 'd248-hzero-2377', 'd248-hzero-2378', 'd248-hzero-2379',
    'd248-hzero-2380', 'd248-hzero-2381', 'd248-hzero-2382', 'd248-hzero-2404', 'd248-hzero-2409',
    'd248-hzero-2411', 'd248-hzero-2413', 'd248-hzero-2414', 'd248-hzero-2415', 'd248-hzero-2416',
    'd248-hzero-2417', 'd248-hzero-2418', 'd248-hzero-2419', 'd248-hzero-2420', 'd248-hzero-2421',
    'd248-hzero-2422', 'd248-hzero-2446', 'd248-hzero-2448', 'd248-hzero-2450', 'd248-hzero-2451',
    'd248-hzero-2452', 'd248-hzero-2453', 'd248-hzero-2454', 'd248-hzero-2455', 'd248-hzero-2456',
    'd248-hzero-2457', 'd248-hzero-2458', 'd248-hzero-2459', 'd248-hzero-2460', 'd248-hzero-2461',
    'd248-hzero-2462', 'd248-hzero-2485', 'd248-hzero-2486', 'd248-hzero-2492', 'd248-hzero-2493',
    'd248-hzero-2494', 'd248-hzero-2495', 'd248-hzero-2496', 'd248-hzero-2497', 'd248-hzero-2498',
    'd248-hzero-2499', 'd248-hzero-2500', 'd248-hzero-2501', 'd248-hzero-2502', 'd248-hzero-2529',
    'd248-hzero-2530', 'd248-hzero-2532', 'd248-hzero-2533', 'd248-hzero-2534', 'd248-hzero-2535',
    'd248-hzero-2536', 'd248-hzero-2537', 'd248-hzero-2538', 'd248-hzero-2539', 'd248-hzero-2540', 'd248-p-1006',
    'd248-p-1015', 'd248-p-1036', 'd248-p-1047', 'd248-p-105', 'd248-p-1056', 'd248-p-1065', 'd248-p-1118',
    'd248-p-1129', 'd248-p-1138', 'd248-p-114', 'd248-p-12', 'd248-p-1200', 'd248-p-1220', 'd248-p-1229',
    'd248-p-123', 'd248-p-1241', 'd248-p-1252', 'd248-p-1261', 'd248-p-1270', 'd248-p-1282', 'd248-p-1293',
    'd248-p-1302', 'd248-p-1311', 'd248-p-1323', 'd248-p-1334', 'd248-p-1343', 'd248-p-135', 'd248-p-1352',
    'd248-p-1364', 'd248-p-1375', 'd248-p-1384', 'd248-p-1393', 'd248-p-1405', 'd248-p-1416', 'd248-p-1425',
    'd248-p-1434', 'd248-p-1446', 'd248-p-1456', 'd248-p-146', 'd248-p-1465', 'd248-p-1474', 'd248-p-1506',
    'd248-p-1527', 'd248-p-1538', 'd248-p-155', 'd248-p-164', 'd248-p-176', 'd248-p-187', 'd248-p-196',
    'd248-p-217', 'd248-p-228', 'd248-p-23', 'd248-p-237', 'd248-p-246', 'd248-p-299', 'd248-p-310', 'd248-p-319',
    'd248-p-32', 'd248-p-328', 'd248-p-381', 'd248-p-392', 'd248-p-401', 'd248-p-41', 'd248-p-410', 'd248-p-422',
    'd248-p-433', 'd248-p-442', 'd248-p-451', 'd248-p-463', 'd248-p-474', 'd248-p-483', 'd248-p-492', 'd248-p-504',
    'd248-p-515', 'd248-p-524', 'd248-p-53', 'd248-p-533', 'd248-p-545', 'd248-p-556', 'd248-p-565', 'd248-p-574',
    'd248-p-586', 'd248-p-597', 'd248-p-606', 'd248-p-615', 'd248-p-627', 'd248-p-638', 'd248-p-64', 'd248-p-647',
    'd248-p-649', 'd248-p-653', 'd248-p-688', 'd248-p-709', 'd248-p-720', 'd248-p-729', 'd248-p-73', 'd248-p-738',
    'd248-p-791', 'd248-p-802', 'd248-p-811', 'd248-p-82', 'd248-p-820', 'd248-p-832', 'd248-p-843', 'd248-p-852',
    'd248-p-861', 'd248-p-873', 'd248-p-884', 'd248-p-893', 'd248-p-914', 'd248-p-925', 'd248-p-933', 'd248-p-94',
    'd248-p-942', 'd248-p-954', 'd248-p-965', 'd248-p-974', 'd248-p-983', 'd248-p-995', 'd248-schainmid-1830',
    'd248-smidnum-1710', 'd248-smidnum-1883', 'd248-smidnum-1894',
}
r248_arguable_list = {
    'd248-b-1119', 'd248-b-1426', 'd248-b-2658', 'd248-b-2810', 'd248-b-2834', 'd248-p-1060', 'd248-p-1110',
    'd248-p-1121', 'd248-p-1122', 'd248-p-1233', 'd248-p-1245', 'd248-p-1265', 'd248-p-1315', 'd248-p-1347',
    'd248-p-1428', 'd248-p-1429', 'd248-p-1531', 'd248-p-221', 'd248-p-303', 'd248-p-36', 'd248-p-455',
    'd248-p-487', 'd248-p-519', 'd248-p-619', 'd248-p-631', 'd248-p-641', 'd248-p-701', 'd248-p-836', 'd248-p-856',
    'd248-p-865', 'd248-p-877', 'd248-p-906', 'd248-p-918', 'd248-p-946', 'd248-p-958', 'd248-p-978',
    'd248-sf-1430', 'd248-smidnum-2038',
}
r248_found_alone |= r248_found_alone_list
r248_arguable |= r248_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: the confirmed items (fixed: each step follows from the one before; a check
# asked for is more than the value) all kept with their bases, every 10th safe variant and every 30th of the rest; the
# arguable ones left out.
from probe_kit import trim_round as r248_trim_round  # noqa: E402

r248_trim_round("d248-", r248_found_alone, r248_arguable,
                lambda i: [r248_meta[i]["base"]] if r248_meta.get(i, {}).get("base") else [])
