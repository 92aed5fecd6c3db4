r"""Red-team round 203 (black box): WORKINGS IN THE LISTED WORKING WORDS THAT STILL SAY SOMETHING FALSE.
Focus: stop 47's rule that a worked equation is stored for reuse only when every line is made of the fixed list of
  English working words (subtract/add/divide/multiply/take/both sides/each side/so the answer is/therefore ... equals/
  check/substitute, number words to twenty and "twenty one" pairs, half/third/quarter/fifth, double/twice/triple).
  Every false line here is written in those words (plus digits, signs, "="), so a working that the checks do not read
  correctly is stored and reused. 3,322 probes (seeded random.Random(203); R203_ONLY=1 keeps only this round's):
  1,571 pair probes (682 bases, 689 variants with one number changed, first model answer = the base's answer or the
  base's working over the new request, then right; 200 renamed-variable variants), 1,572 singles (1,012 part 1, 560
  part 3), 179 safe (the base request in another template). Run: fresh SQLite store, two passes.
Part 1 (d203-b/p/pr/sf-): pairs, base workings in 5 description styles ("Subtract N from both sides", "... each
  side", "Take N from each side", "Take N off both sides", "Add minus N"/"Multiply both sides by one third"/"Halve"/
  "Double"), digits or number words (to 29: "twenty four"), optional check line ("Check: three times five plus six
  equals twenty one", "Substitute 5 for x: ..."), 3 final lines. Part 2 (d203-s-): singles, right equations and value,
  one false line: another number, the opposite operation, "twenty three" for 24, "twenty" for 24, "four twenty" for
  24, "Subtract N twice"/"Divide both sides by N twice", "Subtract minus N", "Add plus N", "Add minus N" where N must
  be added, "Divide both sides by one half / a third", "Multiply both sides by one sixth", halve/double/third/quarter
  swapped, "Take N off each side of 4x", "Subtract N from both sides and simplify like terms", two operations on one
  line in the wrong order or with swapped numbers ("Divide both sides by 3 and subtract 2"), a "Therefore 3x equals
  16" line, a check line with wrong arithmetic (own line, "Check:"/"Substitute N for x:", "=" or "equals", digits or
  words; or on the final line "x = 5, check: ..."). Part 3 (d203-r-): the shapes that got through, varied: "Divide
  each side by a fifth", "by quarter", "Divide through both sides by a half", "Multiply both sides by a third" (where
  x 3 is meant), "Take minus N from each side", "Add minus minus N", "Subtract plus minus N", "two twenty", "one
  hundred", and final-line checks "So the answer is x = 3, substitute / check with / check by substituting / substitute
  ... back in for x: <words>" in digits or words, also after "Therefore x equals 3," and "x = 3,".
The round's own reader (its tester's reader.py) applies every description written here (number words, "one fifth"/"a
  half", "minus N", twice, two operations on a line), evaluates check lines in words and flags a first line that is
  another equation than the request; check.py reads the probes' false_lines.
HELD (0 served with the false line, fresh or from the cache): another number or the opposite operation in digits or
  words (0 of 208), "twenty three"/"twenty" for 24 (0 of 6), "Subtract N twice"/"... from both sides twice"/"Divide
  both sides by N twice" (0 of 94), two operations on one line in the wrong order or with swapped numbers (0 of 182),
  "Multiply both sides by one sixth/one third/a half" where it is false (0 of ~90), "Add plus N", "Add minus N" where
  N must be added, "Add/Subtract minus minus N", "Subtract plus minus N" (0 of 72), halve/double/third/quarter swapped
  (0 of 31), "Take N off each side of 4x", "... and simplify like terms" (0 of 29), "Therefore 3x equals 16" lines (0
  of 67), check lines with wrong arithmetic on their own line (0 of 112), on the final line after "check:" (0 of 42,
  digits or words) or with the value in digits ("x = 5, substitute 5 for x: 3 times 5 plus 6 = 20": 0 of
  124), "Therefore x equals 3, substitute three for x: ..." (0 of 76), "Divide through both sides by a half"
  (served fresh, never reused: 0 of 10), "one hundred" for 120/123/119, "four ten", "five ten",
  "one six" (0 of 6); reversed tens in a division ("Divide both sides by four twenty": 0 of 3).
  Pairs: the licensed rewrite never kept a stale number word ("Subtract five" over
  2x + 7 = 17): 0 of 689 variants and 200 renamed variables; safe on reuse 31/179 (run 1), 76/179 (run 2).
WHAT GOT THROUGH. Full round: wrong from the cache (reuse; no equation working was kept on the patch path) 41 clear
  + 72 arguable in run 1, 309 clear + 101 arguable in run 2; wrong served fresh in run 1: 243 (233 patch, 10 skip),
  the same shapes, which are then stored. check.py alone counts 290 (run 1) / 320 (run 2) wrong, by path.
  Alone, first pass (the 410 ids found in the full run and their bases, 457 probes, fresh store, two passes): run 1
  51 clear + 25 arguable, run 2 312 clear + 40 arguable; these 352 are r203_found_alone (r203_arguable: 40). Again with
  R203_ALONE=1 (those 352 and their bases, 388 probes, fresh store): run 1 48 clear + 23 arguable, run 2 309 clear + 38
  arguable. (Shape counts below: the first alone pass, run 2.)
 (A) CLEAR, a reciprocal in words read as its whole number, "Divide both sides by one half / a third / one fifth /
     quarter" for a division by 2/3/5/4 (it multiplies): 152 alone run 2. "Solve for y: 5y = 30. Show your working."
     -> "5y = 30 / Divide both sides by one fifth: y = 6 / y = 6"; "Please solve 3n = 21 ..." -> "3n = 21 / Divide
     both sides by one third: n = 7"; "Solve for t: 4t = 36." -> "4t = 36 / Divide both sides by quarter: t = 9";
     "Solve 5x - 8 = 22 step by step." -> "... Divide each side by one fifth: x = 6"; stitched onto another equation:
     "Solve 8n = 32 step by step." -> "2n = 8 / Divide both sides by one half: n = 4". ("by a half"/"by half" has a
     colloquial reading as halving; "one fifth", "one third", "a quarter" have none.)
 (B) CLEAR, "Subtract minus N" / "Take minus N from each side" read as subtracting N (it adds N): 50 alone run 2.
     "Please solve x/4 + 2 = 7 ..." -> "x/4 + 2 = 7 / Subtract minus 2 from both sides: x/4 = 5 / ..."; "Solve 5x +
     20 = 60 step by step." -> "... Take minus 20 off both sides: 5x = 40 ..."; "Please solve 4(x + 5) = 52 ..." ->
     "... Subtract minus five from each side: x = 8".
 (C) CLEAR, a check in number words after the final value with wrong arithmetic, "So the answer is v = X, substitute
     / check with / check by substituting X for v: <words> = <words>" (and "v = X, substitute ..."): 105 alone run 2.
     "Solve for y: 4y = 8." -> "... So the answer is y = 2, check with two for y: four times two = eleven"; "Please
     solve 3n = 18 ..." -> "... So the answer is n = 6, substitute six for n: three times six = twenty one"; stitched
     from another request's stored check: "Solve y/2 + 25 = 30 step by step." -> "... So the answer is y = 10, check
     by substituting ten for y: ten divided by two plus eighteen = twenty six" (also served for the base, its
     variant y/2 + 35 = 40 and the renamed x/2 + 25 = 30).
 (D) CLEAR, reversed compound number words in an addition or subtraction ("two twenty" for 22, "three twenty"
     for 23; 5 of 6 written were served, stored and reused): 5 alone run 2. "Solve for y: 4y - 22 = -6." ->
     "4y - 22 = -6 / Add two twenty to both sides: 4y = 16 / ..."; "Please solve 5t + 23 = 38 ..." -> "...
     Subtract three twenty from both sides: 5t = 15".
 (E) ARGUABLE (r203_arguable), the stored working of an equivalent equation served verbatim (every line true at the
     value, the first line not the request), or with an unexplained equivalent line: "Solve for t: 13(t + 1) = 65."
     -> "2(t + 1) = 10 / Divide each side by two: t + 1 = 5 / Subtract one from each side: t = 4"; "Please solve 16x =
     48 ..." -> "15x = 45 / Divide both sides by fifteen: x = 3"; "Solve for y: y/5 + 9 = 13." -> "y/5 + 9 = 13 /
     y/5 + 8 = 12 / Take eight off both sides: y/5 = 4 / ...".
Adds its probes to probe_kit.P."""
import random as r203_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r203_rng = r203_random.Random(203)
r203_found_alone = set()
r203_arguable = set()
r203_prompts = {}
r203_n = [0]
r203_counts = {"pair": 0, "single": 0, "safe": 0}
r203_meta = {}

R203_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
            "seventeen eighteen nineteen".split()
R203_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
R203_NTH = {2: "half", 3: "third", 4: "quarter", 5: "fifth"}


def r203_word(n):
    if n < 0:
        return "minus " + r203_word(-n)
    if n < 20:
        return R203_ONES[n]
    if n >= 100:
        h, r = divmod(n, 100)
        return R203_ONES[h] + " hundred" + ("" if r == 0 else " and " + r203_word(r))
    t, o = divmod(n, 10)
    return R203_TENS[t] + ("" if o == 0 else " " + R203_ONES[o])


def r203_add(tag, fam, prompt, var, val, answers, kind, safe=False, meta=None, false_lines=None):
    if prompt in r203_prompts:
        return r203_prompts[prompt]
    r203_n[0] += 1
    pid = "d203-%s-%d" % (tag, r203_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe, false_lines=false_lines or None)
    r203_prompts[prompt] = pid
    r203_counts[kind] += 1
    r203_meta[pid] = meta or {}
    return pid


def r203_shape(kind, p, v):
    x = p["x"]
    if kind == "S0":
        a, b = p["a"], p["b"]
        c = a * x + b
        return "%d%s + %d = %d" % (a, v, b, c), [("s", b, "%d%s = %d" % (a, v, c - b)), ("d", a, "%s = %d" % (v, x))]
    if kind == "S1":
        a, b = p["a"], p["b"]
        c = a * x - b
        return "%d%s - %d = %d" % (a, v, b, c), [("a", b, "%d%s = %d" % (a, v, c + b)), ("d", a, "%s = %d" % (v, x))]
    if kind == "S2":
        a, b = p["a"], p["b"]
        c = a * (x + b)
        return "%d(%s + %d) = %d" % (a, v, b, c), [("d", a, "%s + %d = %d" % (v, b, x + b)), ("s", b, "%s = %d" % (v, x))]
    if kind == "S3":
        d, b = p["d"], p["b"]
        c = x // d + b
        return "%s/%d + %d = %d" % (v, d, b, c), [("s", b, "%s/%d = %d" % (v, d, x // d)), ("m", d, "%s = %d" % (v, x))]
    if kind == "S5":
        a = p["a"]
        return "%d%s = %d" % (a, v, a * x), [("d", a, "%s = %d" % (v, x))]
    raise ValueError(kind)


def r203_val(kind, p):
    return p["x"]


def r203_lhs_value(kind, p):
    """(words of the check line, the value of the request's left side at x)"""
    x = p["x"]
    if kind == "S0":
        return p["a"] * x + p["b"]
    if kind == "S1":
        return p["a"] * x - p["b"]
    if kind == "S2":
        return p["a"] * (x + p["b"])
    if kind == "S3":
        return x // p["d"] + p["b"]
    return p["a"] * x


def r203_num(n, ns):
    return r203_word(n) if ns == "word" else str(n)


def r203_desc(op, n, style, ns):
    """A description in the listed words only."""
    N = r203_num(n, ns)
    if op == "s":
        return {"both": "Subtract %s from both sides", "each": "Subtract %s from each side",
                "take": "Take %s from each side", "off": "Take %s off both sides",
                "minus": "Add minus %s to both sides"}[style] % N
    if op == "a":
        return {"both": "Add %s to both sides", "each": "Add %s to each side", "take": "Add %s to each side",
                "off": "Add %s to both sides", "minus": "Subtract minus %s from both sides"}[style] % N
    if op == "d":
        if style == "minus" and n in R203_NTH:
            return "Multiply both sides by one %s" % R203_NTH[n]
        if style == "off" and n == 2:
            return "Halve both sides"
        if style == "off" and n == 3:
            return "Take a third of both sides"
        if style == "take" and n in R203_NTH:
            return "Take one %s of each side" % R203_NTH[n]
        return ("Divide each side by %s" if style == "each" else "Divide both sides by %s") % N
    if op == "m":
        if style == "off" and n == 2:
            return "Double both sides"
        if style == "off" and n == 3:
            return "Triple both sides"
        return ("Multiply each side by %s" if style == "each" else "Multiply both sides by %s") % N
    raise ValueError(op)


R203_STYLES = ["both", "each", "take", "off", "minus"]
R203_TPLS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Solve for {v}: {eq}. Explain each step.",
             "Please solve {eq} and show your working.", "Solve for {v}: {eq}. Show your working."]


def r203_check_line(kind, p, v, ns, cstyle, wrong_by=0):
    x = p["x"]
    val = r203_lhs_value(kind, p) + wrong_by
    X, V = r203_num(x, ns), r203_num(val, ns)
    if kind == "S0":
        expr = "%s times %s plus %s" % (r203_num(p["a"], ns), X, r203_num(p["b"], ns))
    elif kind == "S1":
        expr = "%s times %s minus %s" % (r203_num(p["a"], ns), X, r203_num(p["b"], ns))
    elif kind == "S2":
        expr = "%s times %s plus %s" % (r203_num(p["a"], ns), X, r203_num(p["b"], ns))  # (false grouping only when wrong)
        expr = "%s times the sum of %s and %s" % (r203_num(p["a"], ns), X, r203_num(p["b"], ns))
    elif kind == "S3":
        expr = "%s divided by %s plus %s" % (X, r203_num(p["d"], ns), r203_num(p["b"], ns))
    else:
        expr = "%s times %s" % (r203_num(p["a"], ns), X)
    if cstyle == "equals":
        return "Check: %s equals %s" % (expr, V)
    if cstyle == "eq":
        return "Check: %s = %s" % (expr, V)
    return "Substitute %s for %s: %s = %s" % (X, v, expr, V)


def r203_render(eq, steps, v, x, style, ns, restate, check=None, final="so", descs=None):
    lines = [eq] if restate else []
    for i, (op, n, after) in enumerate(steps):
        d = descs[i] if descs and descs[i] is not None else r203_desc(op, n, style, ns)
        lines.append("%s: %s" % (d, after))
    if check:
        lines.append(check)
    lines.append({"so": "So the answer is %s = %d." % (v, x), "therefore": "Therefore %s equals %d." % (v, x),
                  "plain": "%s = %d" % (v, x)}[final])
    return "\n".join(lines)


def r203_params(rng, kind, big=False):
    x = rng.randint(2, 9)
    hi = 29 if big else 9
    if kind in ("S0", "S1", "S2"):
        return dict(x=x, a=rng.randint(2, 5), b=rng.randint(1, hi))
    if kind == "S3":
        d = rng.randint(2, 5)
        return dict(x=d * rng.randint(1, 5), d=d, b=rng.randint(1, hi))
    return dict(x=x, a=rng.randint(2, 5) if not big else rng.randint(2, 29))


# ------------------------------------------------------------------ singles
def r203_mutations(kind, p, steps, style, ns, v):
    """(index of the step, the false description, mode) for the listed-word mistakes."""
    out = []
    for i, (op, n, after) in enumerate(steps):
        other = n + 1 if n + 1 != n else n + 2
        out.append((i, r203_desc(op, other, style, ns), "num"))
        out.append((i, r203_desc(op, max(1, n - 1) if n > 2 else n + 2, style, ns), "num"))
        opp = {"s": "a", "a": "s", "d": "m", "m": "d"}[op]
        if not (op in "dm" and n == 1):
            out.append((i, r203_desc(opp, n, style, ns), "opp"))
        if n > 20 and n % 10:
            t, o = divmod(n, 10)
            o2 = o + 1 if o < 9 else o - 1
            base = r203_desc(op, n, "both", "digit").replace(str(n), "%s %s" % (R203_TENS[t], R203_ONES[o2]))
            out.append((i, base, "tens"))
            out.append((i, r203_desc(op, n, "both", "digit").replace(str(n), R203_TENS[t]), "tens0"))
            out.append((i, r203_desc(op, n, "both", "digit").replace(str(n), "%s %s" % (R203_ONES[o], R203_TENS[t])), "tensrev"))
        if op == "s":
            out.append((i, "Subtract %s from both sides twice" % r203_num(n, ns), "twice"))
            out.append((i, "Subtract %s twice" % r203_num(n, ns), "twice"))
            out.append((i, "Subtract minus %s from both sides" % r203_num(n, ns), "minus"))
            out.append((i, "Add plus %s to both sides" % r203_num(n, ns), "minus"))
            out.append((i, "Take %s off each side of %s" % (r203_num(n + 1, ns), steps[0][2].split("=")[0].strip()
                                                           if i else "the left"), "takeoff"))
            out.append((i, "Subtract %s from both sides and simplify like terms" % r203_num(n + 2, ns), "simplify"))
        if op == "a":
            out.append((i, "Add minus %s to both sides" % r203_num(n, ns), "minus"))
            out.append((i, "Add %s to both sides twice" % r203_num(n, ns), "twice"))
            out.append((i, "Subtract plus %s from both sides" % r203_num(n, ns), "minus"))
        if op == "d":
            if n in R203_NTH:
                out.append((i, "Divide both sides by one %s" % R203_NTH[n], "frac"))
                out.append((i, "Divide both sides by a %s" % R203_NTH[n], "frac"))
                for k in R203_NTH:
                    if k != n:
                        out.append((i, "Multiply both sides by one %s" % R203_NTH[k], "frac"))
                        break
            out.append((i, "Multiply both sides by one %s" % (r203_word(n + 1) + "th" if n + 1 > 5 else R203_NTH[n + 1]), "frac"))
            if n == 2:
                out.append((i, "Double both sides", "scale"))
            if n == 3:
                out.append((i, "Halve both sides", "scale"))
                out.append((i, "Take a quarter of both sides", "scale"))
            if n == 4:
                out.append((i, "Take a third of each side", "scale"))
            out.append((i, "Divide both sides by %s twice" % r203_num(n, ns), "twice"))
        if op == "m":
            if n in R203_NTH:
                out.append((i, "Multiply both sides by one %s" % R203_NTH[n], "frac"))
                out.append((i, "Divide both sides by %s" % r203_num(n, ns), "opp"))
            if n == 2:
                out.append((i, "Halve both sides", "scale"))
            if n == 3:
                out.append((i, "Double both sides", "scale"))
            out.append((i, "Multiply both sides by %s twice" % r203_num(n, ns), "twice"))
    return out


def r203_combined(kind, p, steps, v, ns):
    """Two steps described on one line (no equation between): (false desc, right desc)."""
    if len(steps) != 2:
        return []
    (o1, n1, _), (o2, n2, _) = steps
    d1, d2 = r203_desc(o1, n1, "both", ns), r203_desc(o2, n2, "both", ns)
    low = lambda s: s[0].lower() + s[1:]
    out = []
    out.append(("%s and %s" % (d2, low(d1)), "order"))          # the steps in the wrong order
    if n1 != n2:
        out.append(("%s and %s" % (r203_desc(o1, n2, "both", ns), low(r203_desc(o2, n1, "both", ns))), "swapnum"))
    out.append(("%s, then %s" % (d2, low(d1)), "order"))
    out.append(("%s and %s" % (d1, low(r203_desc(o2, n2 + 1, "both", ns))), "num2"))
    return out


def r203_part_singles(N):
    rng = r203_rng
    made = tries = 0
    while made < N and tries < N * 30:
        tries += 1
        v = rng.choice(["x", "x", "y", "n", "t"])
        kind = rng.choice(["S0", "S0", "S1", "S2", "S3", "S5"])
        p = r203_params(rng, kind, big=rng.random() < 0.35)
        style = rng.choice(R203_STYLES)
        ns = rng.choice(["digit", "digit", "word"])
        eq, steps = r203_shape(kind, p, v)
        x = r203_val(kind, p)
        restate = rng.random() < 0.7
        final = rng.choice(["so", "so", "therefore", "plain"])
        tpl = rng.choice(R203_TPLS)
        mode_pick = rng.random()
        right = r203_render(eq, steps, v, x, style, ns, restate, final=final)
        if mode_pick < 0.55:
            muts = r203_mutations(kind, p, steps, style, ns, v)
            i, wd, mode = rng.choice(muts)
            descs = [None] * len(steps)
            descs[i] = wd
            wrong = r203_render(eq, steps, v, x, style, ns, restate, final=final, descs=descs)
            fl = ["%s: %s" % (wd, steps[i][2])]
        elif mode_pick < 0.75:
            combs = r203_combined(kind, p, steps, v, ns)
            if not combs:
                continue
            wd, mode = rng.choice(combs)
            lines = ([eq] if restate else []) + ["%s: %s" % (wd, steps[-1][2])]
            fin = {"so": "So the answer is %s = %d." % (v, x), "therefore": "Therefore %s equals %d." % (v, x),
                   "plain": "%s = %d" % (v, x)}[final]
            wrong = "\n".join(lines + ([fin] if final != "plain" else []))
            fl = [lines[-1]]
            mode = "comb_" + mode
        elif mode_pick < 0.93:
            cs = rng.choice(["equals", "eq", "subst"])
            cns = rng.choice(["digit", "word"]) if cs != "eq" else "digit"
            wb = rng.choice([1, -1, 2, 10])
            chk = r203_check_line(kind, p, v, cns, cs, wrong_by=wb)
            okchk = r203_check_line(kind, p, v, cns, cs)
            wrong = r203_render(eq, steps, v, x, style, ns, restate, check=chk, final=final)
            right = r203_render(eq, steps, v, x, style, ns, restate, check=okchk, final=final)
            fl = [chk]
            mode = "check_" + cs + "_" + cns
            if rng.random() < 0.3:  # the check on the final line
                wrong = wrong.replace("\n" + chk + "\n", "\n").rstrip(".")
                last = wrong.split("\n")[-1]
                newlast = "%s, %s" % (last.rstrip("."), chk[0].lower() + chk[1:])
                wrong = "\n".join(wrong.split("\n")[:-1] + [newlast])
                fl = [newlast]
                mode += "_final"
        else:
            # a "Therefore ... equals" line that restates a middle equation with another number
            i = rng.randrange(len(steps))
            lhs, rhs = steps[i][2].split(" = ")
            bad = "Therefore %s equals %s." % (lhs, r203_num(int(rhs) + rng.choice([1, -1, 2]), ns))
            lines = right.split("\n")
            k = lines.index("%s: %s" % (r203_desc(steps[i][0], steps[i][1], style, ns), steps[i][2]))
            lines.insert(k + 1, bad)
            wrong = "\n".join(lines)
            fl = [bad]
            mode = "therefore"
        if wrong == right:
            continue
        fam = "s_%s_%s_%s" % (mode, style, ns)
        r203_add("s", fam, tpl.format(v=v, eq=eq), v, x, [wrong, right, right], "single",
                 meta=dict(role="single", right=right, wrong=wrong, mode=mode), false_lines=fl)
        made += 1


# ------------------------------------------------------------------ pairs
def r203_part_pairs(N):
    rng = r203_rng
    made = tries = 0
    while made < N and tries < N * 30:
        tries += 1
        v = rng.choice(["x", "x", "y", "n", "t"])
        kind = rng.choice(["S0", "S0", "S1", "S2", "S3", "S5"])
        big = rng.random() < 0.5
        p1 = r203_params(rng, kind, big)
        p2 = dict(p1)
        key = rng.choice([k for k in p1])
        # change one number (often a coincidence: the changed one keeps a word the rewrite may not map)
        p2[key] = p1[key] + rng.choice([1, 2, -1, 10, 11])
        if kind == "S3" and key in ("d", "x"):
            p2["x"] = p2["d"] * max(1, p1["x"] // p1["d"])
        if any(val < 1 for val in p2.values()) or p1 == p2:
            continue
        if kind in ("S0", "S1", "S2", "S5") and p2.get("a", 2) < 2:
            continue
        if kind == "S3" and p2["d"] < 2:
            continue
        style = rng.choice(R203_STYLES)
        ns = rng.choice(["word", "word", "digit"])
        restate = rng.random() < 0.7
        final = rng.choice(["so", "therefore", "plain"])
        cs = rng.choice([None, None, "equals", "eq", "subst"])
        cns = rng.choice(["word", "digit"]) if cs != "eq" else "digit"
        eq1, st1 = r203_shape(kind, p1, v)
        eq2, st2 = r203_shape(kind, p2, v)
        x1, x2 = r203_val(kind, p1), r203_val(kind, p2)
        ch1 = r203_check_line(kind, p1, v, cns, cs) if cs else None
        ch2 = r203_check_line(kind, p2, v, cns, cs) if cs else None
        A1 = r203_render(eq1, st1, v, x1, style, ns, restate, check=ch1, final=final)
        A2 = r203_render(eq2, st2, v, x2, style, ns, restate, check=ch2, final=final)
        if A1 == A2:
            continue
        # the lines a rewrite that kept the base's words would serve: the base's description over the variant's equation
        fl = set()
        for (o1, n1, _), (o2, n2, a2) in zip(st1, st2):
            d1, d2 = r203_desc(o1, n1, style, ns), r203_desc(o2, n2, style, ns)
            if d1 != d2:
                fl.add("%s: %s" % (d1, a2))
        if ch1 and ch1 != ch2:
            fl.add(ch1)
        tpl = rng.choice(R203_TPLS)
        fam = "%s_%s_%s_%s" % (kind, style, ns, cs or "nochk")
        b = r203_add("b", "base_" + fam, tpl.format(v=v, eq=eq1), v, x1, [A1], "pair",
                     meta=dict(role="base", right=A1))
        first = A1 if rng.random() < 0.6 else A1.replace(eq1, eq2)
        r203_add("p", "var_" + fam, tpl.format(v=v, eq=eq2), v, x2, [first, A2, A2], "pair",
                 meta=dict(role="var", right=A2, base=b, base_ans=A1, key=key), false_lines=sorted(fl))
        # a safe variant: the same request in other words
        if rng.random() < 0.25:
            tpl2 = rng.choice([t for t in R203_TPLS if t != tpl])
            r203_add("sf", "safe_" + fam, tpl2.format(v=v, eq=eq1), v, x1, [A1], "safe", safe=True,
                     meta=dict(role="safe", base=b))
        # renamed variable (words holding the letter: six, next, both, take, twenty...)
        if rng.random() < 0.3:
            w = rng.choice([c for c in "xyntsa" if c != v])
            eq3, st3 = r203_shape(kind, p1, w)
            A3 = r203_render(eq3, st3, w, x1, style, ns, restate, check=(ch1.replace(" for %s:" % v, " for %s:" % w) if ch1 else None), final=final)
            r203_add("pr", "ren_" + fam, tpl.format(v=w, eq=eq3), w, x1, [A1, A3, A3], "pair",
                     meta=dict(role="var", right=A3, base=b, base_ans=A1, key="rename"))
        made += 1


# ------------------------------------------------------------------ part 3: the shapes that got through, varied
def r203_part_refine(N):
    rng = r203_rng
    made = tries = 0
    while made < N and tries < N * 30:
        tries += 1
        v = rng.choice(["x", "y", "n", "t"])
        kind = rng.choice(["S0", "S1", "S2", "S3", "S5"])
        p = r203_params(rng, kind, big=rng.random() < 0.5)
        eq, steps = r203_shape(kind, p, v)
        x = p["x"]
        style = rng.choice(["both", "each", "take"])
        ns = rng.choice(["digit", "word"])
        restate = rng.random() < 0.7
        final = rng.choice(["so", "therefore", "plain"])
        tpl = rng.choice(R203_TPLS)
        fam = rng.choice(["frac", "frac", "minus", "minus", "final", "final", "numw"])
        i = rng.randrange(len(steps))
        op, n, after = steps[i]
        N_ = r203_num(n, ns)
        wd = None
        right = r203_render(eq, steps, v, x, style, ns, restate, final=final)
        if fam == "frac":
            if op == "d" and n in R203_NTH:
                wd = rng.choice(["Divide each side by one %s", "Divide both sides by %s", "Divide both sides by one %s",
                                 "Divide through both sides by a %s", "Divide each side by a %s"]) % R203_NTH[n]
            elif op == "m" and n in R203_NTH:
                wd = rng.choice(["Multiply both sides by a %s", "Multiply each side by one %s", "Multiply both sides by %s"]) % R203_NTH[n]
            elif op == "d":
                wd = "Divide both sides by one %sth" % r203_word(n).replace("twelve", "twelf")
        elif fam == "minus":
            if op == "s":
                wd = rng.choice(["Take minus %s from each side", "Take minus %s off both sides", "Subtract minus %s from each side",
                                 "Add minus minus %s to both sides", "Subtract minus %s", "Subtract plus minus %s from both sides"]) % N_
            elif op == "a":
                wd = rng.choice(["Add minus %s to both sides", "Add minus %s to each side", "Subtract %s from both sides",
                                 "Subtract minus minus %s from both sides"]) % N_
        elif fam == "numw":
            if op in "sa" and n >= 10:
                t, o = divmod(n, 10)
                cand = []
                if t >= 1 and o:
                    cand.append("%s %s" % (R203_ONES[o], r203_word(10 * t) if t > 1 else "ten"))
                cand.append("one hundred")
                cand.append("%s %s" % (R203_ONES[t], R203_ONES[o]))
                cand.append(r203_word(n + 100))
                w = rng.choice(cand)
                wd = ("Subtract %s from both sides" if op == "s" else "Add %s to both sides") % w
        if fam == "final" or wd is None:
            wb = rng.choice([1, -1, 2, 3])
            val = r203_lhs_value(kind, p)
            cns = rng.choice(["word", "word", "digit"])
            chk = r203_check_line(kind, p, v, cns, "subst", wrong_by=wb).split(": ", 1)[1]
            X = r203_num(x, cns)
            lead = rng.choice(["So the answer is %s = %d, substitute %s for %s: %s",
                               "Therefore %s equals %d, substitute %s for %s: %s",
                               "%s = %d, substitute %s for %s: %s",
                               "So the answer is %s = %d, check with %s for %s: %s",
                               "So the answer is %s = %d, substitute %s back in for %s: %s",
                               "So the answer is %s = %d, check by substituting %s for %s: %s"])
            last = lead % (v, x, X, v, chk)
            lines = right.split("\n")[:-1] + [last]
            wrong = "\n".join(lines)
            fl = [last]
            fam = "final"
        else:
            descs = [None] * len(steps)
            descs[i] = wd
            wrong = r203_render(eq, steps, v, x, style, ns, restate, final=final, descs=descs)
            fl = ["%s: %s" % (wd, after)]
        if wrong == right:
            continue
        r203_add("r", "r_%s_%s" % (fam, kind), tpl.format(v=v, eq=eq), v, x, [wrong, right, right], "single",
                 meta=dict(role="single", right=right, wrong=wrong, mode=fam), false_lines=fl)
        made += 1


r203_part_pairs(700)
r203_part_singles(1100)
r203_part_refine(600)

r203_found_alone_list = {
    'd203-p-4', 'd203-sf-29', 'd203-p-78', 'd203-sf-153', 'd203-p-226', 'd203-b-266', 'd203-p-267', 'd203-sf-268',
    'd203-pr-269', 'd203-b-272', 'd203-pr-274', 'd203-p-289', 'd203-p-302', 'd203-p-330', 'd203-b-399', 'd203-p-426',
    'd203-p-478', 'd203-b-502', 'd203-p-530', 'd203-b-535', 'd203-b-550', 'd203-p-551', 'd203-b-568', 'd203-p-569',
    'd203-b-570', 'd203-pr-572', 'd203-b-592', 'd203-pr-612', 'd203-p-627', 'd203-p-649', 'd203-p-663', 'd203-b-672',
    'd203-p-673', 'd203-p-742', 'd203-p-748', 'd203-p-758', 'd203-p-763', 'd203-p-814', 'd203-b-818', 'd203-b-829',
    'd203-p-832', 'd203-b-844', 'd203-pr-846', 'd203-b-852', 'd203-pr-854', 'd203-p-876', 'd203-b-891',
    'd203-pr-893', 'd203-p-977', 'd203-b-996', 'd203-pr-998', 'd203-b-999', 'd203-pr-1001', 'd203-b-1059',
    'd203-pr-1061', 'd203-p-1088', 'd203-p-1182', 'd203-p-1214', 'd203-b-1242', 'd203-b-1248', 'd203-sf-1250',
    'd203-pr-1251', 'd203-b-1352', 'd203-pr-1354', 'd203-p-1377', 'd203-p-1422', 'd203-b-1449', 'd203-pr-1452',
    'd203-p-1471', 'd203-sf-1474', 'd203-p-1538', 'd203-b-1540', 'd203-p-1553', 'd203-p-1560', 'd203-p-1591',
    'd203-b-1597', 'd203-pr-1599', 'd203-sf-1664', 'd203-p-1681', 'd203-b-1725', 'd203-b-1729', 'd203-p-1730',
    'd203-pr-1731', 'd203-s-1756', 'd203-s-1761', 'd203-s-1765', 'd203-s-1776', 'd203-s-1778', 'd203-s-1794',
    'd203-s-1813', 'd203-s-1826', 'd203-s-1832', 'd203-s-1836', 'd203-s-1839', 'd203-s-1847', 'd203-s-1856',
    'd203-s-1859', 'd203-s-1862', 'd203-s-1863', 'd203-s-1877', 'd203-s-1878', 'd203-s-1885', 'd203-s-1888',
    'd203-s-1900', 'd203-s-1916', 'd203-s-1921', 'd203-s-1922', 'd203-s-1926', 'd203-s-1927', 'd203-s-1928',
    'd203-s-1944', 'd203-s-1962', 'd203-s-1968', 'd203-s-1970', 'd203-s-1982', 'd203-s-1988', 'd203-s-1989',
    'd203-s-1991', 'd203-s-2000', 'd203-s-2027', 'd203-s-2042', 'd203-s-2048', 'd203-s-2052', 'd203-s-2055',
    'd203-s-2058', 'd203-s-2065', 'd203-s-2068', 'd203-s-2073', 'd203-s-2080', 'd203-s-2122', 'd203-s-2130',
    'd203-s-2133', 'd203-s-2135', 'd203-s-2142', 'd203-s-2148', 'd203-s-2172', 'd203-s-2180', 'd203-s-2183',
    'd203-s-2188', 'd203-s-2209', 'd203-s-2239', 'd203-s-2244', 'd203-s-2247', 'd203-s-2250', 'd203-s-2273',
    'd203-s-2303', 'd203-s-2307', 'd203-s-2312', 'd203-s-2331', 'd203-s-2333', 'd203-s-2346', 'd203-s-2388',
    'd203-s-2393', 'd203-s-2408', 'd203-s-2409', 'd203-s-2414', 'd203-s-2416', 'd203-s-2432', 'd203-s-2434',
    'd203-s-2441', 'd203-s-2443', 'd203-s-2449', 'd203-s-2481', 'd203-s-2485', 'd203-s-2509', 'd203-s-2530',
    'd203-s-2534', 'd203-s-2541', 'd203-s-2542', 'd203-s-2543', 'd203-s-2545', 'd203-s-2567', 'd203-s-2574',
    'd203-s-2581', 'd203-s-2594', 'd203-s-2599', 'd203-s-2600', 'd203-s-2614', 'd203-s-2635', 'd203-s-2636',
    'd203-s-2642', 'd203-s-2645', 'd203-s-2648', 'd203-s-2650', 'd203-s-2657', 'd203-s-2660', 'd203-s-2664',
    'd203-s-2669', 'd203-s-2670', 'd203-s-2683', 'd203-s-2686', 'd203-s-2719', 'd203-s-2722', 'd203-s-2726',
    'd203-s-2728', 'd203-r-2765', 'd203-r-2769', 'd203-r-2775', 'd203-r-2777', 'd203-r-2781', 'd203-r-2782',
    'd203-r-2784', 'd203-r-2790', 'd203-r-2792', 'd203-r-2798', 'd203-r-2800', 'd203-r-2801', 'd203-r-2802',
    'd203-r-2805', 'd203-r-2808', 'd203-r-2813', 'd203-r-2815', 'd203-r-2816', 'd203-r-2819', 'd203-r-2821',
    'd203-r-2823', 'd203-r-2826', 'd203-r-2831', 'd203-r-2836', 'd203-r-2838', 'd203-r-2844', 'd203-r-2845',
    'd203-r-2846', 'd203-r-2853', 'd203-r-2856', 'd203-r-2858', 'd203-r-2859', 'd203-r-2867', 'd203-r-2869',
    'd203-r-2871', 'd203-r-2872', 'd203-r-2876', 'd203-r-2879', 'd203-r-2880', 'd203-r-2883', 'd203-r-2892',
    'd203-r-2905', 'd203-r-2909', 'd203-r-2911', 'd203-r-2915', 'd203-r-2919', 'd203-r-2920', 'd203-r-2922',
    'd203-r-2923', 'd203-r-2929', 'd203-r-2933', 'd203-r-2935', 'd203-r-2938', 'd203-r-2942', 'd203-r-2944',
    'd203-r-2945', 'd203-r-2952', 'd203-r-2953', 'd203-r-2954', 'd203-r-2959', 'd203-r-2960', 'd203-r-2961',
    'd203-r-2962', 'd203-r-2964', 'd203-r-2968', 'd203-r-2970', 'd203-r-2971', 'd203-r-2979', 'd203-r-2982',
    'd203-r-2984', 'd203-r-2987', 'd203-r-2988', 'd203-r-2989', 'd203-r-2992', 'd203-r-2996', 'd203-r-3012',
    'd203-r-3017', 'd203-r-3019', 'd203-r-3024', 'd203-r-3029', 'd203-r-3040', 'd203-r-3041', 'd203-r-3044',
    'd203-r-3045', 'd203-r-3049', 'd203-r-3050', 'd203-r-3052', 'd203-r-3053', 'd203-r-3054', 'd203-r-3058',
    'd203-r-3070', 'd203-r-3074', 'd203-r-3075', 'd203-r-3079', 'd203-r-3080', 'd203-r-3087', 'd203-r-3090',
    'd203-r-3092', 'd203-r-3097', 'd203-r-3098', 'd203-r-3099', 'd203-r-3106', 'd203-r-3108', 'd203-r-3111',
    'd203-r-3113', 'd203-r-3116', 'd203-r-3121', 'd203-r-3124', 'd203-r-3127', 'd203-r-3129', 'd203-r-3132',
    'd203-r-3137', 'd203-r-3138', 'd203-r-3150', 'd203-r-3151', 'd203-r-3156', 'd203-r-3159', 'd203-r-3160',
    'd203-r-3162', 'd203-r-3163', 'd203-r-3168', 'd203-r-3172', 'd203-r-3176', 'd203-r-3183', 'd203-r-3194',
    'd203-r-3200', 'd203-r-3201', 'd203-r-3203', 'd203-r-3207', 'd203-r-3212', 'd203-r-3217', 'd203-r-3221',
    'd203-r-3226', 'd203-r-3232', 'd203-r-3236', 'd203-r-3238', 'd203-r-3242', 'd203-r-3246', 'd203-r-3248',
    'd203-r-3266', 'd203-r-3267', 'd203-r-3270', 'd203-r-3280', 'd203-r-3282', 'd203-r-3284', 'd203-r-3285',
    'd203-r-3286', 'd203-r-3287', 'd203-r-3290', 'd203-r-3297', 'd203-r-3307', 'd203-r-3308', 'd203-r-3311',
    'd203-r-3312', 'd203-r-3314', 'd203-r-3316', 'd203-r-3318',
}
r203_arguable_list = {
    'd203-p-4', 'd203-p-78', 'd203-p-226', 'd203-p-289', 'd203-p-330', 'd203-p-426', 'd203-p-478', 'd203-p-627',
    'd203-p-649', 'd203-p-663', 'd203-p-742', 'd203-p-748', 'd203-p-814', 'd203-p-832', 'd203-b-844', 'd203-pr-846',
    'd203-p-876', 'd203-p-977', 'd203-p-1088', 'd203-p-1182', 'd203-p-1214', 'd203-p-1377', 'd203-p-1422',
    'd203-b-1449', 'd203-pr-1452', 'd203-p-1471', 'd203-p-1538', 'd203-p-1553', 'd203-p-1560', 'd203-p-1591',
    'd203-p-1681', 'd203-b-1725', 'd203-b-1729', 'd203-p-1730', 'd203-pr-1731', 'd203-s-1856', 'd203-s-1962',
    'd203-s-2133', 'd203-r-3070', 'd203-r-3290',
}
r203_found_alone |= r203_found_alone_list
r203_arguable |= r203_arguable_list

# Two more of the shape the tester called arguable (E), found by the whole-suite run: a stitched working whose lines
# each hold at the answer but jump between equations no operation links ("25t = 125" then "23t = 115").
r203_arguable |= {"d203-p-230", "d203-p-1256"}

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r203_keep = set(r203_found_alone) | {r203_meta[r203_i]["base"] for r203_i in r203_found_alone
                                     if r203_meta.get(r203_i, {}).get("base")}
from probe_kit import sample_round as r203_sample_round  # noqa: E402

r203_sample_round("d203-", r203_keep, 30, safe_every=10)
P[:] = [r203_p for r203_p in P if r203_p["id"] not in r203_arguable]
