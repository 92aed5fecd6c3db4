r"""Red-team round 167 (black box): EQUATIONS WRITTEN BY HAND, AND THE MODEL'S SLIPS INSIDE THEM.
9,252 probes (seeded random.Random(167)): 4,217 pair probes (bases + variants), 4,682 singles (--runs 2), 353 safe.
Part 1 (d167-s1*-): 1,400 singles over 8 hand-written forms ("2(x - 3) = 10", "-(4 - x) = 7", "x/3 + 2 = 5",
  "0.5x - 1.25 = 2", both sides, "(x + 1)/2 = 4", fraction answers, "a(x + b) - (x - c) = d"), letters x/y/t/n/k/z/a/p,
  unicode minus and "×", ten prompt styles; first answer a slip: a wrong middle line the next line corrects, steps right
  and a last line with another value ("So the answer is x = 6.", "\boxed{-10}"), "x ≈ 3.76" for 11/3, a wrong "Check:"
  line, a wrong intermediate constant, an arrow chain with a sign slip, a unicode-minus sign slip, "So x is 6.", a
  neighbouring equation's solution under the asked first line.
Part 2 (d167-s2/b2/p2-): "Then report the value of 2x", "Give y where y = 3x - 2", "Report x - 3", "x/2"; rounding,
  one decimal place, mixed number, integer part (singles and pairs with the plain request stored first).
Part 3 (d167-s3/b3/p3-): two equations, the request names which ("Solve equation (2)", "equation B", "the last one",
  "(ii)", "Ignore the first equation"), 7 layouts; pairs from the other equation alone and with the selector flipped.
Part 4 (d167-s4*/b4*/p4*-): word problems without symbols ("Three times a number, increased by four, is eleven."), a
  story before the equation, a story asking another quantity, conditions ("x is negative", "x must be an even number",
  "Assume x < 0"), the equation over two lines, "All numbers are written in base 8", "Work modulo 7".
Part 5 (d167-b5/p5*/safe5-): one-place renames ("Solve for y: 2x + 3 = 11"), one inner occurrence renamed, a note
  changing the last number, "with the right-hand side doubled"; safe: sides swapped, paraphrase, whitespace, unicode
  minus, unrelated sentence.
Part 6 (d167-*6*-): integers beyond 2^53 (the slip is the nearest double), decimals off by 1e-10..1e-15,
  identities/contradictions with a value stated, extraneous roots ("(x + 2)/(x - 1) = 3/(x - 1)" answered 1), dash
  look-alikes and two values in report requests.
Part 7-9 (d167-s7*/s8*/p8*/s9/p9u-): what the model writes AFTER its final value: a lone line "%", "k", "e2",
  "negative", "squared", "(−)", ... (97 tails x 6 layouts: own line, after a blank line, after "So x = 7.", after
  "Answer: 7", with a period, indented), sentences ("Sorry, I meant the negative of that.", "Then double it.", "Unit:
  thousands"), same-line separators (tab, spaces, "#", "//"), a label before the value ("Negative: x = 7"), number words
  ("So x is six."), the answer in another letter, emoji/look-alike operators in the request ("x ➖ 3 = 7"), "=\u0338",
  "=/=", hex/binary literals; pairs: the same equation with an unrelated sentence or another letter after the single.
HELD: every slip INSIDE the steps (0 of 1,386 part-1 singles stored: wrong middle lines, wrong last lines, boxed
  values, wrong approximations, wrong check lines, sign slips, neighbouring solutions, "So x is six.", answers in
  another letter were all rejected and the retry served); exact arithmetic (no big-integer or tiny-decimal slip
  accepted); identities, contradictions, variables in a denominator, two equations, two-line equations, word problems,
  stories with numbers, conditions, bases, selectors, emoji operators, "=\u0338", hex literals: clear errors. Report
  requests: a missing or wrong report value never stored; dash look-alikes refused. Conditions ("x is below zero",
  "x must be an even number", "All numbers are written in base 8") served the model's plain x FRESH (20, never stored).
  A trailing mark on the SAME line (tab/spaces + "k", "# negative", "// squared"), a label before the final value
  ("Negative: x = 7"), and tails with a digit or some scale words ("0", "+1", ".5", "²", "^2", "e-1", "thousand",
  "hundred", "times ten", "or so", "... wait, 6", "base 2") held. The d167-p8t- variants (same numbers, another letter
  asked) served their own right answer; but 16 run-1 items got another request's stored tail answer "after a
  licensed rewrite" (d167-s7word-7450 "n/2 + 3 = 5" served "n = 4 / (−)" from a t-request).
WHAT GOT THROUGH: 782 items served wrong from the cache in the full run (33 in run 1, 782 in run 2); all 782 again on
  a fresh store alone (R167_ALONE=1: 41 from the cache in run 1, 782 in run 2); 600 clear, 182 arguable.
 (A) CLEAR: a LINE AFTER THE MODEL'S FINAL VALUE THAT CHANGES IT is accepted, stored and served: "x = 30" then "%" /
     "‰" / "k" / "K" / "M" / "bn" / "e2" / "E3" / "(−)" / "−" / "negative" / "neg." / "négatif" / "squared" / "cubed" /
     "doubled" / "halved" / "reciprocal" / "opposite" / "sign flipped" / "million" / "tenths" / "percent" / "Prozent"
     / "(in thousands)" / "in binary" / "or more" / "at least" / "wrong" / "false" / "not", also after a blank line, after
     "So x = 7." or "Answer: 7", with a period; sentences "Sorry, I meant the negative of that.", "Correction: flip the
     sign.", "Then double it.", "That is in thousands.", "Now square it.", "so x is negative", "Unit: thousands",
     "Sign: negative", "Note: this is wrong."; a fenced block "```\nx = 7\n```" then "k"; in report requests
     "2x = 10" then "%". Reason "all N steps verified"; the stored answer is served to the same request in run 2
     and, in run 1, to the same equation with an unrelated sentence ("... I have a test tomorrow.") or in another
     letter by the licensed rewrite.
 (B) ARGUABLE (r167_arguable): tails whose effect on the value is unclear: "°", "!", "!!", "?", "(?)", "†", "*",
     "approximately", "about", "roughly", "-ish", "maybe", units ("cm", "kg", "hours", "cents", "dollars"), "❌", "✗",
     "👎", a dangling "×" / "÷" / "√", "(Hmm, that can't be right.)".
Adds its probes to probe_kit.P."""
import random as r167_random
from fractions import Fraction as r167_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r167_rng = r167_random.Random(167)
r167_NR = "999"  # no single right value
r167_found_alone = set()
r167_arguable = set()
r167_prompts = {}
r167_n = [0]
r167_pairs = {}
r167_counts = {"pair": 0, "single": 0, "safe": 0}


def r167_fr(v):
    v = r167_F(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r167_dec(v):
    """A terminating decimal when it is one, else a fraction."""
    v = r167_F(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return r167_fr(v)
    s = "%.6f" % float(v)
    return s.rstrip("0").rstrip(".")


def r167_add(tag, fam, prompt, var, val, answers, kind, report=None, safe=False, arg=False):
    if prompt in r167_prompts:
        return r167_prompts[prompt]
    r167_n[0] += 1
    pid = "d167-%s-%d" % (tag, r167_n[0])
    if arg:
        fam += "_arguable"
        r167_arguable.add(pid)
    E(pid, fam, prompt, var, val if isinstance(val, str) else r167_fr(val), answers, report=report, safe=safe)
    r167_prompts[prompt] = pid
    r167_counts[kind] += 1
    return pid


def r167_coef(k, v):
    k = r167_F(k)
    if k == 1:
        return v
    if k == -1:
        return "-" + v
    return r167_dec(k) + v


# ------------------------------------------------------------------ equation forms
# Each builder returns dict: eq (ascii), steps (list of ascii lines ending with "v = val"), val, mid (list of
# plausible wrong middle lines that a slip writes), neigh (list of (eq, val, steps) of neighbouring equations)


def r167_lin_steps(v, k, r):
    """k v = r  ->  v = r/k"""
    return ["%s = %s" % (r167_coef(k, v), r167_dec(r)), "%s = %s" % (v, r167_dec(r167_F(r) / k))]


def r167_form(kind, v, rng):
    F = r167_F
    if kind == "brk":      # a(v - b) = c
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        x = rng.randint(-6, 12)
        c = a * (x - b)
        eq = "%d(%s - %d) = %d" % (a, v, b, c)
        steps = [eq, "%d%s - %d = %d" % (a, v, a * b, c)] + r167_lin_steps(v, a, c + a * b)
        mid = ["%d%s - %d = %d" % (a, v, b, c), "%d%s + %d = %d" % (a, v, a * b, c)]
        neigh = (a, b, c, lambda a2, b2, c2: ("%d(%s - %d) = %d" % (a2, v, b2, c2), F(c2, a2) + b2))
        return dict(eq=eq, steps=steps, val=F(x), mid=mid, p=(a, b, c), tmpl="%d(%s - %d) = %d", nf=neigh)
    if kind == "neg":      # -(b - v) = c
        b, c = rng.randint(1, 12), rng.randint(-5, 15)
        eq = "-(%d - %s) = %d" % (b, v, c)
        steps = [eq, "%s - %d = %d" % (v, b, c), "%s = %d" % (v, c + b)]
        mid = ["%d - %s = %d" % (b, v, c), "-%d - %s = %d" % (b, v, c)]
        return dict(eq=eq, steps=steps, val=F(c + b), mid=mid)
    if kind == "div":      # v/a + b = c
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        x = a * rng.randint(-3, 8)
        c = x // a + b
        eq = "%s/%d + %d = %d" % (v, a, b, c)
        steps = [eq, "%s/%d = %d" % (v, a, c - b), "%s = %d" % (v, x)]
        mid = ["%s/%d = %d" % (v, a, c + b), "%s = %d" % (v, c - b)]
        return dict(eq=eq, steps=steps, val=F(x), mid=mid)
    if kind == "dec":      # p v - q = r, decimals
        p = rng.choice(["0.5", "0.25", "1.5", "2.5", "0.2", "0.4", "1.25"])
        q = rng.choice(["1.25", "0.75", "2.5", "0.5", "3.75", "1.5"])
        r = rng.choice(["2", "3", "4.5", "1", "5", "6.25"])
        x = (F(r) + F(q)) / F(p)
        eq = "%s%s - %s = %s" % (p, v, q, r)
        steps = [eq, "%s%s = %s" % (p, v, r167_dec(F(r) + F(q))), "%s = %s" % (v, r167_dec(x))]
        mid = ["%s%s = %s" % (p, v, r167_dec(F(r) - F(q)))]
        return dict(eq=eq, steps=steps, val=x, mid=mid)
    if kind == "both":     # a v + b = c v + d
        while True:
            a, c = rng.randint(2, 9), rng.randint(1, 8)
            if a != c:
                break
        x = rng.randint(-5, 9)
        b = rng.randint(-9, 9)
        d = (a - c) * x + b
        def side(k, m):
            return "%s %s %d" % (r167_coef(k, v), "+" if m >= 0 else "-", abs(m))
        eq = "%s = %s" % (side(a, b), side(c, d))
        steps = [eq, "%s = %d" % (r167_coef(a - c, v), d - b), "%s = %d" % (v, x)]
        mid = ["%s = %d" % (r167_coef(a + c, v), d - b), "%s = %d" % (r167_coef(a - c, v), d + b)]
        return dict(eq=eq, steps=steps, val=F(x), mid=mid)
    if kind == "quot":     # (v + a)/b = c
        a, b = rng.randint(1, 9), rng.randint(2, 6)
        c = rng.randint(-3, 9)
        eq = "(%s + %d)/%d = %d" % (v, a, b, c)
        steps = [eq, "%s + %d = %d" % (v, a, b * c), "%s = %d" % (v, b * c - a)]
        mid = ["%s + %d = %d" % (v, a, c), "%s = %d" % (v, b * c + a)]
        return dict(eq=eq, steps=steps, val=F(b * c - a), mid=mid)
    if kind == "frac":     # a v = b with a fraction answer
        a = rng.choice([3, 6, 7, 9])
        b = rng.choice([k for k in range(1, 30) if k % a])
        e = rng.randint(1, 9)
        eq = "%d%s + %d = %d" % (a, v, e, b + e)
        steps = [eq, "%d%s = %d" % (a, v, b), "%s = %d/%d" % (v, b, a)]
        x = F(b, a)
        steps[-1] = "%s = %s" % (v, r167_fr(x))
        mid = ["%d%s = %d" % (a, v, b + 2 * e)]
        return dict(eq=eq, steps=steps, val=x, mid=mid)
    if kind == "dist2":    # a(v + b) - (v - c) = d
        a = rng.randint(2, 6)
        b, c = rng.randint(1, 6), rng.randint(1, 6)
        x = rng.randint(-4, 8)
        d = a * (x + b) - (x - c)
        eq = "%d(%s + %d) - (%s - %d) = %d" % (a, v, b, v, c, d)
        steps = [eq, "%d%s + %d - %s + %d = %d" % (a, v, a * b, v, c, d),
                 "%s + %d = %d" % (r167_coef(a - 1, v), a * b + c, d), "%s = %d" % (r167_coef(a - 1, v), d - a * b - c),
                 "%s = %d" % (v, x)]
        mid = ["%d%s + %d - %s - %d = %d" % (a, v, a * b, v, c, d), "%d%s + %d - %s + %d = %d" % (a, v, b, v, c, d)]
        return dict(eq=eq, steps=steps, val=F(x), mid=mid)
    raise ValueError(kind)


r167_KINDS = ["brk", "neg", "div", "dec", "both", "quot", "frac", "dist2"]
r167_VARS = ["x", "x", "x", "y", "t", "n", "k", "z", "a", "p"]


def r167_uni(eq, rng):
    """Writes an equation the way people type it: unicode minus/times, spacing."""
    r = rng.random()
    if r < 0.3:
        eq = eq.replace(" - ", " − ").replace("-(", "−(").replace("(-", "(−")
    elif r < 0.4:
        eq = eq.replace(" ", "")
    elif r < 0.5:
        import re
        eq = re.sub(r"(\d)\(", r"\1 × (", eq)
    return eq


r167_TPL = [
    "Solve for {v}: {eq}",
    "Solve for {v}: {eq}. Show each step.",
    "Find {v} if {eq}.",
    "{eq}. Solve for {v}, showing your working.",
    "Please solve {eq} for {v}.",
    "Solve this for {v}:\n{eq}",
    "Can you work out {v}? {eq}",
    "My homework says {eq}. What is {v}?",
    "Given {eq}, find {v}.",
    "Solve for {v}.\n\n{eq}",
]


def r167_prompt(rng, v, eq, tpl=None):
    t = tpl if tpl is not None else rng.choice(r167_TPL)
    return t.format(v=v, eq=eq)


def r167_ans(steps):
    return "\n".join(steps)


# ------------------------------------------------------------------ PART 1: singles with slips
r167_SLIP_FINAL = [
    "So the answer is {v} = {w}.",
    "{v} = {w}",
    "Therefore {v} = {w}.",
    "Final answer: {v} = {w}",
    "Answer: {w}",
    "**{v} = {w}**",
    "\\boxed{{{w}}}",
]


def r167_part1():
    rng = r167_rng
    for i in range(1400):
        kind = r167_KINDS[i % len(r167_KINDS)]
        v = rng.choice(r167_VARS)
        f = r167_form(kind, v, rng)
        eqp = r167_uni(f["eq"], rng)
        prompt = r167_prompt(rng, v, eqp)
        right = r167_ans(f["steps"])
        val = f["val"]
        slip = i % 9
        st = list(f["steps"])
        if slip == 0 and f["mid"]:      # a wrong middle line the next line silently corrects
            m = rng.choice(f["mid"])
            pos = rng.randint(1, len(st) - 1)
            wrong = st[:pos] + [m] + st[pos:]
            fam = "slip_mid"
        elif slip == 1:                 # steps right, final line states another value
            w = val + rng.choice([1, -1, 2, -2]) if val.denominator == 1 else val * 2
            if rng.random() < 0.3:
                w = -val if val != 0 else r167_F(1)
            wrong = st + [rng.choice(r167_SLIP_FINAL).format(v=v, w=r167_fr(w))]
            fam = "slip_final"
        elif slip == 2:                 # fraction <-> decimal with a wrong digit
            if val.denominator == 1:
                w = "%s.%d" % (r167_fr(val), rng.randint(1, 9))
                wrong = st + ["%s = %s" % (v, w)]
            else:
                fl = float(val)
                txt = "%.2f" % fl
                bad = txt[:-1] + str((int(txt[-1]) + rng.randint(2, 7)) % 10)
                wrong = st + [rng.choice(["%s = %s ≈ %s", "%s ≈ %s", "%s = %s (about %s)", "%s = %s, i.e. %s"])
                              .replace("%s = %s ≈ %s", "%s = {f} ≈ %s").replace("{f}", r167_fr(val)) % ((v, bad) if "{f}" not in "x" else ())] \
                    if False else st + ["%s ≈ %s" % (v, bad)]
            fam = "slip_form"
        elif slip == 3:                 # wrong check line
            # substitute into the original equation but state a wrong total
            w = rng.choice([1, 2, -1, 3])
            wrong = st + ["Check: %s = %s + %d" % (f["eq"].split("=")[0].replace(v, "(%s)" % r167_fr(val)).strip(),
                                                   f["eq"].split("=")[1].strip(), w)]
            wrong = st + ["Check: %s = %s" % (f["eq"].split("=")[0].replace(v, "(%s)" % r167_fr(val)).strip(),
                                              r167_fr(r167_F(f["eq"].split("=")[1].strip().replace("−", "-")
                                                             if kind not in ("both",) else 0) + w))] \
                if kind != "both" else st + ["Check: %s ✓" % f["eq"].replace(v, "(%s)" % r167_fr(val + 1))]
            fam = "slip_check"
        elif slip == 4:                 # a middle line whose arithmetic is wrong, the final value still right
            last = st[-1]
            wrong = st[:-1] + [st[-2].split("=")[0] + "= " + r167_fr(r167_F(st[-2].split("=")[1].strip()) + 1)
                               if "/" not in st[-2].split("=")[1] and "." not in st[-2].split("=")[1] else st[-2], last]
            fam = "slip_arith"
        elif slip == 5:                 # sign slip between two lines, final right, stated by arrow chain
            if f["mid"]:
                wrong = [" → ".join(st[:1] + [f["mid"][0]] + st[1:])]
            else:
                wrong = [" → ".join(st)]
            fam = "slip_arrow"
        elif slip == 6:                 # final answer with a wrong sign written with a unicode minus
            wrong = st[:-1] + ["%s = −%s" % (v, r167_fr(abs(val)) if val != 0 else "1") if val >= 0 else
                               "%s = %s" % (v, r167_fr(-val))]
            fam = "slip_sign"
        elif slip == 7:                 # "x = value" then a sentence stating another number
            w = val + 1
            wrong = st + [rng.choice(["So %s is %s.", "The number is %s%s.", "Hence %s equals %s."])
                          .replace("%s%s", "%s") % ((v, r167_fr(w)) if "%s is" in "So %s is %s." else ())
                          if False else "So %s is %s." % (v, r167_fr(w))]
            fam = "slip_words"
        else:                           # a solution of a neighbouring equation (misread constant)
            g = r167_form(kind, v, r167_random.Random(i))
            if g["val"] == val:
                continue
            wrong = [f["steps"][0]] + g["steps"][1:]
            fam = "slip_neigh"
        if r167_ans(wrong) == right:
            continue
        r167_add("s1" + fam[5:9], fam, prompt, v, val, [r167_ans(wrong), right], "single")


# ------------------------------------------------------------------ PART 2: report requests and forms asked
r167_REPORT = [
    # (instruction tail, expression, fn, arguable)
    ("Then report the value of 2{v}.", "2{v}", lambda x: 2 * x, False),
    ("Give {v} + 1 at the end.", "{v}+1", lambda x: x + 1, False),
    ("What is y, where y = {v} + 1?", "y", lambda x: x + 1, False),
    ("Give y where y = 3{v} - 2.", "y", lambda x: 3 * x - 2, False),
    ("Report {v} - 3.", "{v}-3", lambda x: x - 3, False),
    ("I need the value of 5{v}.", "5{v}", lambda x: 5 * x, False),
    ("Also tell me what {v}/2 is.", "{v}/2", lambda x: x / 2, False),
    ("and then give the value of the bracket.", "", None, True),
]


def r167_part2():
    rng = r167_rng
    for i in range(500):
        kind = r167_KINDS[i % len(r167_KINDS)]
        v = rng.choice(["x", "x", "t", "n"])
        f = r167_form(kind, v, rng)
        tail, expr, fn, arg = r167_REPORT[i % len(r167_REPORT)]
        if fn is None:
            continue
        expr = expr.format(v=v)
        rv = fn(f["val"])
        base_prompt = "Solve for %s: %s." % (v, f["eq"])
        prompt = "Solve for %s: %s. %s" % (v, f["eq"], tail.format(v=v))
        right = r167_ans(f["steps"] + ["%s = %s" % (expr, r167_fr(rv))])
        xonly = r167_ans(f["steps"])
        rep = {"expression": expr, "value": r167_fr(rv)}
        # single: the model stops at x (first), or gives a wrong report value
        if i % 2 == 0:
            wrong = xonly
        else:
            wrong = r167_ans(f["steps"] + ["%s = %s" % (expr, r167_fr(rv + 1))])
        r167_add("s2", "report_single", prompt, v, f["val"], [wrong, right], "single", report=rep)
        # pair: plain base stored, then the report variant (stale first)
        b = r167_add("b2", "report_base", base_prompt, v, f["val"], [xonly], "pair")
        r167_pairs[r167_add("p2", "report_pair", prompt + " ", v, f["val"], [xonly, right], "pair", report=rep)] = b
    # rounding / form asked with a fraction answer
    forms = [
        ("Round your answer to the nearest whole number.", lambda x: r167_F(round(x)), "round"),
        ("Give the answer to one decimal place.", lambda x: r167_F(round(float(x), 1)).limit_denominator(10), "dp1"),
        ("Give the answer as a mixed number.", None, "mixed"),
        ("Give the integer part of {v} only.", lambda x: r167_F(int(x)), "intpart"),
    ]
    for i in range(160):
        v = rng.choice(["x", "y", "n"])
        f = r167_form("frac", v, rng)
        tail, fn, tag = forms[i % len(forms)]
        prompt = "Solve for %s: %s. %s" % (v, f["eq"], tail.format(v=v))
        xonly = r167_ans(f["steps"])
        if fn is None:
            q, rmd = divmod(f["val"].numerator, f["val"].denominator)
            right = r167_ans(f["steps"] + ["%s = %d %d/%d" % (v, q, rmd, f["val"].denominator)])
            r167_add("s2f", "form_" + tag, prompt, v, f["val"], [xonly, right], "single", arg=True)
            continue
        rv = fn(f["val"])
        right = r167_ans(f["steps"] + ["%s ≈ %s" % (v, r167_dec(rv))])
        rep = {"expression": "", "value": r167_fr(rv)}
        r167_add("s2f", "form_" + tag, prompt, v, f["val"], [xonly, right], "single", report=rep)
        b = r167_add("b2f", "form_base", "Solve for %s: %s." % (v, f["eq"]), v, f["val"], [xonly], "pair")
        r167_pairs[r167_add("p2f", "form_pair", prompt + "\n", v, f["val"], [xonly, right], "pair", report=rep)] = b


# ------------------------------------------------------------------ PART 3: several equations, one named
r167_PICK = [
    ("Solve the second equation for {v}.", 1),
    ("Solve equation (2) for {v}.", 1),
    ("Solve equation B for {v}.", 1),
    ("Only solve the last one for {v}.", -1),
    ("Solve the first one for {v}.", 0),
    ("Find {v} from equation (ii).", 1),
    ("Use the equation on the second line and solve for {v}.", 1),
    ("Ignore the first equation; solve the other for {v}.", 1),
]
r167_LAYOUT = [
    "(1) {a}\n(2) {b}\n{q}",
    "{q}\n(1) {a}\n(2) {b}",
    "A: {a}\nB: {b}\n{q}",
    "(i) {a}   (ii) {b}\n{q}",
    "Equations:\n{a}\n{b}\n{q}",
    "1. {a}\n2. {b}\n{q}",
    "{a}; {b}. {q}",
]


def r167_part3():
    rng = r167_rng
    for i in range(420):
        v = rng.choice(["x", "x", "y", "t"])
        k1, k2 = rng.choice(r167_KINDS), rng.choice(r167_KINDS)
        f1, f2 = r167_form(k1, v, rng), r167_form(k2, v, rng)
        if f1["val"] == f2["val"]:
            continue
        q, which = r167_PICK[i % len(r167_PICK)]
        lay = r167_LAYOUT[(i // len(r167_PICK)) % len(r167_LAYOUT)]
        fw = f1 if which == 0 else f2
        fo = f2 if which == 0 else f1
        prompt = lay.format(a=f1["eq"], b=f2["eq"], q=q.format(v=v))
        right = r167_ans(fw["steps"])
        other = r167_ans(fo["steps"])
        # single: the model solves the other equation first
        r167_add("s3", "pick_single", prompt, v, fw["val"], [other, right], "single")
        # pair: the other equation alone stored, then the two-equation request
        b = r167_add("b3", "pick_base", "Solve for %s: %s" % (v, fo["eq"]), v, fo["val"], [other], "pair")
        r167_pairs[r167_add("p3", "pick_pair", prompt + "\n", v, fw["val"], [other, right], "pair")] = b
        # pair: the selector flipped (first <-> second)
        if which in (0, 1) and "{q}" in lay:
            q2 = q.replace("second", "first") if "second" in q else q.replace("first", "second")
            if q2 != q:
                p2 = lay.format(a=f1["eq"], b=f2["eq"], q=q2.format(v=v))
                b2 = r167_add("b3", "pick_base", p2, v, fo["val"], [other], "pair")
                r167_pairs[r167_add("p3f", "pick_flip", prompt + "  ", v, fw["val"], [other, right], "pair")] = b2


# ------------------------------------------------------------------ PART 4: word problems and stories
r167_NUMW = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
             16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
r167_TIMESW = {2: "Twice", 3: "Three times", 4: "Four times", 5: "Five times", 6: "Six times"}


def r167_story(rng, a, b, c, v="x"):
    """a*v + b = c as a story with the equation written out."""
    s = rng.choice([
        "Ana buys {v} pens at {a} kr each and pays a {b} kr bag fee. She pays {c} kr in all, so {a}{v} + {b} = {c}. "
        "Solve for {v}.",
        "A taxi charges {b} dollars plus {a} dollars per km. The ride cost {c} dollars: {a}{v} + {b} = {c}. "
        "How many km ({v})?",
        "Tom had {b} stickers and got {a} packs of {v} stickers each; now he has {c}.\n{a}{v} + {b} = {c}\n"
        "Solve for {v}.",
        "Equation from the story: {a}{v} + {b} = {c}. Find {v}.",
    ])
    return s.format(a=a, b=b, c=c, v=v)


def r167_part4():
    rng = r167_rng
    for i in range(260):
        a = rng.randint(2, 6)
        x = rng.randint(1, 9)
        b = rng.randint(1, 9)
        c = a * x + b
        steps = ["%dx + %d = %d" % (a, b, c), "%dx = %d" % (a, c - b), "x = %d" % x]
        right = r167_ans(steps)
        kind = i % 6
        if kind == 0:   # word problem, no symbols; variant changes one number in words
            if c > 20 or c - 1 < 2:
                continue
            p = "%s a number, increased by %s, is %s. Find the number." % (r167_TIMESW[a], r167_NUMW.get(b, str(b)),
                                                                           r167_NUMW[c])
            r167_add("s4w", "word_single", p, "x", x, [r167_ans(["%dx + %d = %d" % (a, b, c + 1), "%dx = %d" % (a, c + 1 - b),
                                                                 "x = %s" % r167_fr(r167_F(c + 1 - b, a))]), right], "single")
            b0 = r167_add("b4w", "word_base", p, "x", x, [right], "pair")
            c2 = c + 1 if c + 1 in r167_NUMW else c - 1
            p2 = p.replace(r167_NUMW[c] + ".", r167_NUMW[c2] + ".")
            x2 = r167_F(c2 - b, a)
            r167_pairs[r167_add("p4w", "word_pair", p2, "x", x2, [right, r167_ans(["%dx + %d = %d" % (a, b, c2),
                                                                                 "%dx = %d" % (a, c2 - b),
                                                                                 "x = %s" % r167_fr(x2)])], "pair")] = b0
        elif kind == 1:  # story + equation; variant changes the number in the story only (equation kept)
            p = r167_story(rng, a, b, c)
            b0 = r167_add("b4s", "story_base", p, "x", x, [right], "pair")
            # story says another price, equation unchanged -> inconsistent: arguable
            a2 = a + 1
            p2 = p.replace("at %d kr each" % a, "at %d kr each" % a2).replace("plus %d dollars per" % a,
                                                                               "plus %d dollars per" % a2) \
                .replace("packs of x stickers", "packs of x stickers").replace("got %d packs" % a, "got %d packs" % a2)
            if p2 != p:
                r167_pairs[r167_add("p4s", "story_pair", p2, "x", r167_NR, [right], "pair", arg=True)] = b0
            # safe: unrelated sentence
            r167_add("safe4", "story_safe", p + " It was a sunny day.", "x", x, [right], "safe", safe=True)
        elif kind == 2:  # story asks for another quantity than x
            p = ("Ana buys some pens at %d kr each and pays a %d kr bag fee; she pays %d kr in all. "
                 "With x pens, %dx + %d = %d. How much did the pens alone cost?" % (a, b, c, a, b, c))
            rep = {"expression": "%dx" % a, "value": str(a * x)}
            r167_add("s4q", "story_ask", p, "x", x, [right, r167_ans(steps + ["%dx = %d" % (a, a * x)])], "single",
                     report=rep)
            b0 = r167_add("b4q", "story_ask_base", p.replace("How much did the pens alone cost?", "How many pens did she buy?"),
                          "x", x, [right], "pair")
            r167_pairs[r167_add("p4q", "story_ask_pair", p + " ", "x", x,
                                [right, r167_ans(steps + ["%dx = %d" % (a, a * x)])], "pair", report=rep)] = b0
        elif kind == 3:  # condition added
            cond = rng.choice(["x is negative.", "x must be negative.", "Assume x < 0.", "Give only a negative solution.",
                               "x is an even number.", "Only a solution greater than 100 counts.",
                               "There x is a negative number.", "(x is below zero)", "x should be less than zero."])
            if "even" in cond and x % 2 == 0:
                continue
            p0 = "Solve for x: %dx + %d = %d." % (a, b, c)
            b0 = r167_add("b4c", "cond_base", p0, "x", x, [right], "pair")
            p1 = "Solve for x: %dx + %d = %d. %s" % (a, b, c, cond)
            r167_pairs[r167_add("p4c", "cond_pair", p1, "x", r167_NR, [right, right], "pair")] = b0
            r167_add("s4c", "cond_single", "Find x, given %dx + %d = %d and %s" % (a, b, c, cond[0].lower() + cond[1:]),
                     "x", r167_NR, [right, right], "single")
        elif kind == 4:  # equation over two lines
            p = rng.choice(["Solve for x:\n%dx + %d\n= %d" % (a, b, c), "Solve\n%dx + %d =\n%d\nfor x." % (a, b, c),
                            "Find x.\n  %dx\n+ %d = %d" % (a, b, c)])
            r167_add("s4l", "twoline_single", p, "x", x, [r167_ans(["%dx = %d" % (a, c), "x = %s" % r167_fr(r167_F(c, a))]),
                                                         right], "single")
            b0 = r167_add("b4l", "twoline_base", p, "x", x, [right], "pair")
            p2 = p.replace("+ %d" % b, "- %d" % b)
            x2 = r167_F(c + b, a)
            r167_pairs[r167_add("p4l", "twoline_pair", p2, "x", x2,
                                [right, r167_ans(["%dx - %d = %d" % (a, b, c), "%dx = %d" % (a, c + b),
                                                  "x = %s" % r167_fr(x2)])], "pair")] = b0
        else:           # base (numbers) : read in another base / mod
            p0 = "Solve for x: %dx + %d = %d." % (a, b, c)
            b0 = r167_add("b4b", "base_base", p0, "x", x, [right], "pair")
            tail = rng.choice(["All numbers are written in base 8.", "(numbers in octal)", "Numbers are hexadecimal.",
                               "Work modulo 7.", "Here 1 = 2.", "Read every 2 as a 3."])
            # value under the other base: only when digits make it differ; arguable for mod
            p1 = p0 + " " + tail
            r167_pairs[r167_add("p4b", "base_pair", p1, "x", r167_NR, [right], "pair", arg="modulo" in tail)] = b0


# ------------------------------------------------------------------ PART 5: pairs changing one thing, and safe ones
def r167_part5():
    rng = r167_rng
    for i in range(500):
        kind = r167_KINDS[i % len(r167_KINDS)]
        v = rng.choice(["x", "y", "t"])
        f = r167_form(kind, v, rng)
        base_p = "Solve for %s: %s." % (v, f["eq"])
        right = r167_ans(f["steps"])
        b0 = r167_add("b5", "one_base", base_p, v, f["val"], [right], "pair")
        mode = i % 8
        if mode == 0:   # rename the variable in one place only
            w = {"x": "y", "y": "x", "t": "s"}[v]
            p = "Solve for %s: %s." % (w, f["eq"])
            r167_pairs[r167_add("p5r", "rename_one", p, w, r167_NR, [right.replace(v, w)], "pair", arg=True)] = b0
        elif mode == 1:  # rename only one occurrence inside the equation (both sides kinds)
            if f["eq"].count(v) < 2:
                continue
            w = {"x": "y", "y": "z", "t": "s"}[v]
            eq2 = f["eq"][::-1].replace(v, w, 1)[::-1]
            p = "Solve for %s: %s." % (v, eq2)
            r167_pairs[r167_add("p5r2", "rename_inner", p, v, r167_NR, [right], "pair")] = b0
        elif mode == 2:  # swap the sides (safe)
            l, r = f["eq"].split(" = ")
            p = "Solve for %s: %s = %s." % (v, r, l)
            r167_add("safe5", "swap_safe", p, v, f["val"], [r167_ans(["%s = %s" % (r, l)] + f["steps"][1:])], "safe",
                     safe=True)
        elif mode == 3:  # paraphrase (safe)
            p = rng.choice(["Find %s: %s.", "Work out %s given %s.", "Solve for %s, please: %s."])
            p = p % (v, f["eq"])
            r167_add("safe5", "para_safe", p, v, f["val"], [right], "safe", safe=True)
        elif mode == 4:  # whitespace / unrelated sentence (safe)
            p = rng.choice(["Solve for %s:   %s .", "Solve for %s: %s. I am revising for a test.",
                            "Solve for %s: %s.\n\nThanks!"]) % (v, f["eq"])
            r167_add("safe5", "ws_safe", p, v, f["val"], [right], "safe", safe=True)
        elif mode == 5:  # unicode minus/times in the variant (safe)
            eq2 = f["eq"].replace(" - ", " − ").replace("-(", "−(")
            if eq2 == f["eq"]:
                eq2 = f["eq"].replace("  ", " ") + " "
            p = "Solve for %s: %s." % (v, eq2)
            r167_add("safe5", "uni_safe", p, v, f["val"], [right], "safe", safe=True)
        elif mode == 6:  # the equation inside a sentence, with an unrelated number in the sentence
            p = "In lesson %d we met %s. Solve it for %s." % (rng.randint(2, 9), f["eq"], v)
            r167_add("safe5", "sentence_safe", p, v, f["val"], [right], "safe", safe=True)
            p2 = "In lesson %d we met %s, but the teacher changed the last number to %d. Solve it for %s." % (
                rng.randint(2, 9), f["eq"], rng.randint(20, 40), v)
            r167_pairs[r167_add("p5n", "note_change", p2, v, r167_NR, [right], "pair")] = b0
        else:            # "the other side" words: "where the right side is doubled"
            p = "Solve for %s: %s, with the right-hand side doubled." % (v, f["eq"])
            r167_pairs[r167_add("p5d", "side_doubled", p, v, r167_NR, [right], "pair")] = b0


# ------------------------------------------------------------------ PART 6: precision, identities, extraneous roots,
# dashes and lists in report requests
def r167_part6():
    rng = r167_rng
    F = r167_F
    tpls = ["Solve for {v}: {eq}", "Solve for {v}: {eq}. Show each step.", "Find {v}: {eq}."]
    # (a) big integers beyond double precision: the slip is the nearest double
    for i in range(120):
        v = rng.choice(["x", "x", "n", "t"])
        big = rng.randint(2 ** 53 + 1, 2 ** 62) | 1
        wrongv = int(float(big))
        if wrongv == big:
            wrongv = big - 1
        b = rng.randint(1, 999)
        kind = i % 4
        if kind == 0:
            eq = "%s - %d = %d" % (v, b, big - b)
            steps = [eq, "%s = %d + %d" % (v, big - b, b), "%s = %d" % (v, big)]
            wst = [eq, "%s = %d" % (v, wrongv)]
        elif kind == 1:
            eq = "%s + %d = %d" % (v, big, big + b)
            steps = [eq, "%s = %d" % (v, b)]
            wst = [eq, "%s = %d" % (v, b + (int(float(big + b)) - (big + b)) or b + 1)]
        elif kind == 2:
            eq = "2%s = %d" % (v, 2 * big)
            steps = [eq, "%s = %d" % (v, big)]
            wst = [eq, "%s = %d" % (v, wrongv)]
        else:
            eq = "%s/3 = %d" % (v, big)
            steps = [eq, "%s = %d" % (v, 3 * big)]
            wst = [eq, "%s = %d" % (v, int(float(3 * big)) if int(float(3 * big)) != 3 * big else 3 * big + 1)]
        val = F(steps[-1].split("= ")[1])
        p = rng.choice(tpls).format(v=v, eq=eq)
        r167_add("s6big", "big_single", p, v, val, [r167_ans(wst), r167_ans(steps)], "single")
        # pair: stored, then one digit changed far right (doubles equal)
        b0 = r167_add("b6big", "big_base", "Solve for %s: %s." % (v, eq), v, val, [r167_ans(steps)], "pair")
        if kind == 0:
            big2 = big + 2
            eq2 = "%s - %d = %d" % (v, b, big2 - b)
            st2 = [eq2, "%s = %d" % (v, big2)]
            r167_pairs[r167_add("p6big", "big_pair", "Solve for %s: %s." % (v, eq2), v, big2,
                                [r167_ans(steps), r167_ans(st2)], "pair")] = b0
    # (b) decimals off by a tiny amount
    for i in range(120):
        v = rng.choice(["x", "y"])
        a = rng.choice([F(1, 10), F(2, 10), F(3, 10), F(7, 10), F(1, 3), F(2, 3), F(1, 7)])
        b = rng.choice([F(1, 10), F(2, 10), F(1, 100), F(5, 10)])
        kind = i % 4
        if kind == 0:   # v - b = a  -> v = a + b, slip: float sum
            val = a + b
            if val.denominator in (3, 7, 30, 21, 70, 300, 700, 15, 35, 6, 14):
                continue
            eq = "%s - %s = %s" % (v, r167_dec(b), r167_dec(a))
            wr = repr(float(a) + float(b))
            if F(wr) == val:
                wr = r167_dec(val) + "000000001"
        elif kind == 1:  # 3v = 1 -> slip 0.3333333333
            d = rng.choice([3, 7, 9, 11, 6])
            eq = "%d%s = 1" % (d, v)
            val = F(1, d)
            wr = rng.choice(["%.10f", "%.16f", "%.12f", "%.17f"]) % (1 / d)
        elif kind == 2:  # v = 5 slip 5.0000000001
            val = F(rng.randint(2, 20))
            eq = "2%s + 1 = %d" % (v, 2 * val + 1)
            wr = rng.choice(["%d.0000000001", "%d.000000000001", "%d.00000001", "%d.999999999999"]) % val
            if wr.startswith("%d.9" % val):
                wr = "%d.999999999999" % (val - 1)
        else:            # exact decimal answer, slip with 17 significant digits
            val = F(rng.randint(1, 99), 10)
            eq = "10%s = %d" % (v, val * 10)
            wr = "%.17g" % (float(val) + 1e-15)
        right = r167_ans([eq, "%s = %s" % (v, r167_fr(val) if "/" in r167_dec(val) else r167_dec(val))])
        wrong = r167_ans([eq, "%s = %s" % (v, wr)])
        p = rng.choice(tpls).format(v=v, eq=eq)
        r167_add("s6dec", "tiny_single", p, v, val, [wrong, right], "single")
    # (c) identities and contradictions: no single value; the model states one
    for i in range(120):
        v = rng.choice(["x", "y", "t"])
        a, b = rng.randint(2, 7), rng.randint(1, 9)
        kind = i % 4
        if kind == 0:
            eq = "%d(%s + %d) = %d%s + %d" % (a, v, b, a, v, a * b)
            w = rng.randint(-5, 9)
            wrong = r167_ans([eq, "%d%s + %d = %d%s + %d" % (a, v, a * b, a, v, a * b), "%s = %d" % (v, w)])
        elif kind == 1:
            eq = "%d%s + %d - %s = %d%s + %d" % (a, v, b, v, a - 1, v, b)
            w = rng.randint(-5, 9)
            wrong = r167_ans([eq, "%d%s + %d = %d%s + %d" % (a - 1, v, b, a - 1, v, b), "%s = %d" % (v, w)])
        elif kind == 2:  # x - x = 0 style
            eq = "%s + %d = %s + %d" % (v, b, v, b)
            w = rng.randint(-5, 9)
            wrong = r167_ans([eq, "%s = %d" % (v, w)])
        else:            # 0x = 0 written in full
            eq = "%d%s - %d = %d(%s - 1) + %d" % (a, v, a, a, v, 0)
            eq = "%d%s - %d = %d(%s - 1)" % (a, v, a, a, v)
            w = rng.randint(-5, 9)
            wrong = r167_ans([eq, "%d%s - %d = %d%s - %d" % (a, v, a, a, v, a), "%s = %d" % (v, w)])
        p = rng.choice(tpls).format(v=v, eq=eq)
        r167_add("s6id", "identity_single", p, v, r167_NR, [wrong, wrong, wrong], "single")
    # (d) extraneous roots / variable in a denominator
    for i in range(100):
        v = rng.choice(["x", "y"])
        c = rng.randint(1, 9)
        d = rng.randint(1, 9)
        kind = i % 4
        if kind == 0:   # (v + d)/(v - c) = (c + d)/(v - c)  -> v = c excluded
            eq = "(%s + %d)/(%s - %d) = %d/(%s - %d)" % (v, d, v, c, c + d, v, c)
            wrong = r167_ans([eq, "%s + %d = %d" % (v, d, c + d), "%s = %d" % (v, c)])
            val = r167_NR
        elif kind == 1:  # v/(v - c) = c/(v - c) + 2 -> v = 2v - 2c + c ... v - c = 2(v - c)?? -> v = c excluded
            eq = "%s/(%s - %d) = %d/(%s - %d)" % (v, v, c, c, v, c)
            wrong = r167_ans([eq, "%s = %d" % (v, c)])
            val = r167_NR
        elif kind == 2:  # 6/v = 2 (fine) slip 6v = 2
            eq = "%d/%s = %d" % (c * d, v, d)
            wrong = r167_ans([eq, "%d%s = %d" % (c * d, v, d), "%s = %s" % (v, r167_fr(F(d, c * d)))])
            val = F(c)
            right = r167_ans([eq, "%d = %d%s" % (c * d, d, v), "%s = %d" % (v, c)])
            p = rng.choice(tpls).format(v=v, eq=eq)
            r167_add("s6den", "denom_single", p, v, val, [wrong, right], "single")
            continue
        else:            # 1/v = 0 -> no solution; model says v = 0
            eq = "%d/%s + %d = %d" % (c, v, d, d)
            wrong = r167_ans([eq, "%d/%s = 0" % (c, v), "%s = 0" % v])
            val = r167_NR
        p = rng.choice(tpls).format(v=v, eq=eq)
        r167_add("s6ext", "extraneous_single", p, v, val, [wrong, wrong, wrong], "single")
    # (e) report expressions with dash look-alikes and two values
    dashes = ["–", "—", "‐", "‒", "﹣", "－", "−", "-"]
    for i in range(160):
        v = rng.choice(["x", "t"])
        f = r167_form(rng.choice(r167_KINDS), v, rng)
        k = rng.randint(2, 9)
        dsh = dashes[i % len(dashes)]
        kind = (i // len(dashes)) % 4
        xonly = r167_ans(f["steps"])
        if kind == 0:
            tail = "Then report the value of %s %s %d." % (v, dsh, k)
            expr, rv = "%s-%d" % (v, k), f["val"] - k
            wrong = r167_ans(f["steps"] + ["%s + %d = %s" % (v, k, r167_fr(f["val"] + k))])
            right = r167_ans(f["steps"] + ["%s - %d = %s" % (v, k, r167_fr(rv))])
        elif kind == 1:
            tail = "Then report the value of %s%s." % (dsh, v)
            expr, rv = "-%s" % v, -f["val"]
            wrong = xonly
            right = r167_ans(f["steps"] + ["-%s = %s" % (v, r167_fr(rv))])
        elif kind == 2:
            tail = "Then report the value of %d %s %s." % (k, dsh, v)
            expr, rv = "%d-%s" % (k, v), k - f["val"]
            wrong = r167_ans(f["steps"] + ["%d + %s = %s" % (k, v, r167_fr(k + f["val"]))])
            right = r167_ans(f["steps"] + ["%d - %s = %s" % (k, v, r167_fr(rv))])
        else:
            tail = "Then report the values of 2%s and %d%s." % (v, k, v)
            expr, rv = "%d%s" % (k, v), k * f["val"]
            wrong = r167_ans(f["steps"] + ["2%s = %s" % (v, r167_fr(2 * f["val"]))])
            right = r167_ans(f["steps"] + ["2%s = %s" % (v, r167_fr(2 * f["val"])), "%d%s = %s" % (k, v, r167_fr(rv))])
        prompt = "Solve for %s: %s. %s" % (v, f["eq"], tail)
        rep = {"expression": expr, "value": r167_fr(rv)}
        r167_add("s6r", "dashrep_single", prompt, v, f["val"], [wrong, right], "single", report=rep,
                 arg=dsh in ("‐", "‒") and kind != 3)
        b = r167_add("b6r", "dashrep_base", "Solve for %s: %s." % (v, f["eq"]), v, f["val"], [xonly], "pair")
        r167_pairs[r167_add("p6r", "dashrep_pair", prompt + " ", v, f["val"], [wrong, right], "pair", report=rep,
                            arg=dsh in ("‐", "‒") and kind != 3)] = b


# ------------------------------------------------------------------ PART 7: what the model writes after or around its
# value, answers in number words or another letter, operators the reader may skip
r167_WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
              9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen"}


def r167_part7():
    rng = r167_rng
    F = r167_F
    tails = ["0", "00", "5", "-", "−1", "+1", "+ 1", ".5", "/2", "× 2", "* 2", "²", "%", "k", "000", "(−)", "-ish",
             "×10", "e2", "or so", "+/- 1", "... wait, 6", "(minus)", "negative", "squared", "thousand", "½"]
    for i in range(len(tails) * 6):
        v = rng.choice(["x", "x", "y", "t"])
        f = r167_form(rng.choice(["brk", "div", "both", "quot", "neg"]), v, rng)
        t = tails[i % len(tails)]
        wrong = r167_ans(f["steps"] + [t])
        p = r167_prompt(rng, v, f["eq"], rng.choice(r167_TPL[:3]))
        r167_add("s7tail", "tail_single", p, v, f["val"], [wrong, r167_ans(f["steps"])], "single",
                 arg=t in ("-ish", "or so", "+/- 1"))
    # the final value in number words, wrong or right
    forms = ["So {v} is {w}.", "Therefore {v} equals {w}.", "The answer is {w}.", "{v} = {w}", "Answer: {w}",
             "{v} = {d} ({w})", "{v} = {d}, i.e. {w}", "That gives {w} for {v}."]
    for i in range(len(forms) * 12):
        v = rng.choice(["x", "n"])
        while True:
            f = r167_form(rng.choice(["brk", "neg", "div", "both", "quot"]), v, rng)
            if 0 <= f["val"] <= 14 and f["val"].denominator == 1:
                break
        val = int(f["val"])
        ww = r167_WORDS[val + 1]
        fm = forms[i % len(forms)]
        last = fm.format(v=v, w=ww, d=val)
        wrong = r167_ans(f["steps"] + [last])
        p = r167_prompt(rng, v, f["eq"], rng.choice(r167_TPL[:3]))
        r167_add("s7word", "numword_single", p, v, f["val"], [wrong, r167_ans(f["steps"])], "single")
    # the answer in another letter than asked
    for i in range(120):
        v = rng.choice(["t", "n", "y", "a", "k"])
        w = rng.choice([c for c in "xyzm" if c != v])
        f = r167_form(rng.choice(r167_KINDS), v, rng)
        steps = f["steps"]
        kind = i % 3
        if kind == 0:
            wrong = r167_ans([s.replace(v, w) for s in steps])
        elif kind == 1:
            wrong = r167_ans(steps[:-1] + [steps[-1].replace(v, w)])
        else:
            wrong = r167_ans([steps[0]] + [s.replace(v, w) for s in steps[1:]])
        p = r167_prompt(rng, v, f["eq"], rng.choice(r167_TPL[:3]))
        r167_add("s7var", "othervar_single", p, v, f["val"], [wrong, r167_ans(steps)], "single", arg=True)
    # operators the reader may skip: emoji and other look-alikes, a combining slash over '='
    ops = [("➖", "-"), ("➕", "+"), ("✖", "*"), ("➗", "/"), ("⨯", "*"), ("∗", "*"), ("⁎", "*"), ("˗", "-"),
           ("╴", "-"), ("⎯", "-"), ("−̶", "-"), ("⊖", "-"), ("⊕", "+"), ("∔", "+"), ("∸", "-")]
    for i in range(len(ops) * 8):
        v = rng.choice(["x", "y"])
        sym, op = ops[i % len(ops)]
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        c = rng.randint(10, 40)
        if op == "-":
            eq, val, mis = "%s %s %d = %d" % (v, sym, b, c), F(c + b), [F(c - b), F(c - b * 10)]
        elif op == "+":
            eq, val, mis = "%s %s %d = %d" % (v, sym, b, c), F(c - b), [F(c + b)]
        elif op == "*":
            eq, val, mis = "%d %s %s = %d" % (a, sym, v, c), F(c, a), [F(c)]
        else:
            eq, val, mis = "%s %s %d = %d" % (v, sym, a, c), F(c * a), [F(c)]
        right = r167_ans([eq.replace(sym, op if op != "*" else "×"), "%s = %s" % (v, r167_fr(val))])
        wr = [r167_ans([eq, "%s = %s" % (v, r167_fr(m))]) for m in mis]
        p = r167_prompt(rng, v, eq, rng.choice(r167_TPL[:3]))
        r167_add("s7op", "skipop_single", p, v, val, wr + [right], "single")
    # not-equal built from '=' and a combining overlay, and trailing marks that deny
    neq = ["=\u0338", "=\u20e5", "=\u20d2", "=\u0336", "\u2260", "=/=", "=!", "=\u0337", "=\u20eb"]
    for i in range(len(neq) * 8):
        v = rng.choice(["x", "t"])
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        x = rng.randint(1, 9)
        c = a * x + b
        eq = "%d%s + %d %s %d" % (a, v, b, neq[i % len(neq)], c)
        plain = ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)]
        p = r167_prompt(rng, v, eq, rng.choice(r167_TPL[:3]))
        r167_add("s7neq", "neq_single", p, v, r167_NR, [r167_ans(plain)] * 3, "single")
    # hexadecimal and other prefixed literals
    for i in range(40):
        v = "y" if i % 2 else "n"
        h = rng.randint(16, 200)
        b = rng.randint(1, 9)
        lit = rng.choice(["0x%X" % h, "0x%x" % h, "0b{0:b}".format(h), "0o%o" % h])
        base = 16 if lit[1] in "xX" else (2 if lit[1] == "b" else 8)
        eq = "%s + %d = %s" % (v, b, lit)
        val = F(int(lit[2:], base) - b)
        mis = F(int(lit[2:]) - b) if base != 16 or lit[2:].isdigit() else F(-b)
        p = r167_prompt(rng, v, eq, rng.choice(r167_TPL[:3]))
        r167_add("s7hex", "hex_single", p, v, val, [r167_ans([eq, "%s = %s" % (v, r167_fr(mis))]),
                                                    r167_ans([eq, "%s = %s" % (v, r167_fr(val))])], "single", arg=True)


# ------------------------------------------------------------------ PART 8: a line after the final value that changes it
r167_TAILS = [
    # (tail, arguable)
    ("%", False), ("‰", False), ("°", True), ("!", False), ("?", True), ("(?)", True), ("*", True), ("†", True),
    ("(−)", False), ("(-)", False), ("−", False), ("(neg)", False), ("⁻¹", False), ("^-1", False), ("^2", False),
    ("**2", False), ("e2", False), ("E2", False), ("e-1", False), ("E3", False), ("k", False), ("K", False),
    ("M", False), ("bn", False), ("mn", False), ("negative", False), ("negated", False), ("minus", False),
    ("(minus)", False), ("neg.", False), ("squared", False), ("cubed", False), ("doubled", False), ("halved", False),
    ("tripled", False), ("times ten", False), ("percent", False), ("per cent", False), ("million", False),
    ("billion", False), ("hundred", False), ("dozen", False), ("tenths", False), ("hundredths", False),
    ("reciprocal", False), ("inverse", False), ("opposite", False), ("sign flipped", False), ("not", False),
    ("wrong", False), ("incorrect", False), ("false", False), ("(wrong)", False), ("(not)", False),
    ("approximately", True), ("roughly", True), ("about", True), ("-ish", True), ("ish", True), ("maybe", True),
    ("at least", False), ("or more", False), ("or less", False), ("and up", False), ("in binary", False),
    ("in hex", False), ("base 2", False), ("cm", True), ("kg", True), ("hours", True), ("cents", True),
    ("dollars", True), ("négatif", False), ("negativ", False), ("al cuadrado", False), ("Prozent", False),
    ("prosent", False), ("tusen", False), ("❌", True), ("✗", True), ("👎", True), ("×", False), ("÷", False),
    ("²", False), ("³", False), ("√", False), ("!!", True), ("(squared)", False), ("*negative*", False),
    ("**%**", False), ("(in thousands)", False), ("[negative]", False), ("- negative", False),
]
r167_TAIL_LAYOUT = [
    lambda st, t: st + [t],
    lambda st, t: st + ["", t],
    lambda st, t: st[:-1] + ["So " + st[-1] + "."] + [t],
    lambda st, t: st + [t + "."],
    lambda st, t: st[:-1] + ["Answer: " + st[-1].split("= ")[1]] + [t],
    lambda st, t: st + ["  " + t],
]


def r167_part8():
    rng = r167_rng
    for ti, (t, arg) in enumerate(r167_TAILS):
        for j in range(len(r167_TAIL_LAYOUT) + 2):
            v = rng.choice(["x", "x", "y", "t", "n", "z"])
            f = r167_form(rng.choice(r167_KINDS), v, rng)
            lay = r167_TAIL_LAYOUT[j % len(r167_TAIL_LAYOUT)]
            wrong = r167_ans(lay(list(f["steps"]), t))
            p = r167_prompt(rng, v, f["eq"])
            sid = r167_add("s8t", "tail8_single", p, v, f["val"], [wrong, r167_ans(f["steps"])], "single", arg=arg)
            if j >= len(r167_TAIL_LAYOUT):
                # pair: the same equation asked in another letter after the tail answer was stored
                w = rng.choice([c for c in "abmpqrs" if c != v])
                f2 = dict(f)
                p2 = "Solve for %s: %s." % (w, f["eq"].replace(v, w))
                right2 = r167_ans([s.replace(v, w) for s in f["steps"]])
                r167_pairs[r167_add("p8t", "tail8_rename", p2, w, f["val"], [right2], "pair", arg=arg)] = sid
                p3 = "Solve for %s: %s. I have a test tomorrow." % (v, f["eq"])
                r167_pairs[r167_add("p8u", "tail8_unrel", p3, v, f["val"], [r167_ans(f["steps"])], "pair",
                                    arg=arg)] = sid
    # report requests with a tail
    for i in range(60):
        v = "x"
        f = r167_form(rng.choice(r167_KINDS), v, rng)
        t = rng.choice(["%", "k", "negative", "squared", "e2", "(−)"])
        rv = 2 * f["val"]
        prompt = "Solve for x: %s. Then report the value of 2x." % f["eq"]
        right = r167_ans(f["steps"] + ["2x = %s" % r167_fr(rv)])
        r167_add("s8r", "tail8_report", prompt, v, f["val"], [right + "\n" + t, right], "single",
                 report={"expression": "2x", "value": r167_fr(rv)})


# ------------------------------------------------------------------ PART 9: the edges of part 8: sentences, same-line
# separators, a word before the final value
r167_P9 = [
    # (builder(steps, v) -> lines, arguable)
    (lambda st, v: st + ["Sorry, I meant the negative of that."], False),
    (lambda st, v: st + ["Correction: flip the sign."], False),
    (lambda st, v: st + ["Oops, sign error, it is negative."], False),
    (lambda st, v: st + ["That is in thousands."], False),
    (lambda st, v: st + ["Now square it."], False),
    (lambda st, v: st + ["Then double it."], False),
    (lambda st, v: st + ["(Hmm, that can't be right.)"], False),
    (lambda st, v: st + ["Note: this is wrong."], False),
    (lambda st, v: st + ["so %s is negative" % v], False),
    (lambda st, v: st + ["and %s is squared" % v], False),
    (lambda st, v: st[:-1] + [st[-1] + "\tk"], False),
    (lambda st, v: st[:-1] + [st[-1] + "    %"], False),
    (lambda st, v: st[:-1] + [st[-1] + "  # negative"], False),
    (lambda st, v: st[:-1] + [st[-1] + " // squared"], False),
    (lambda st, v: st[:-1] + ["Negative: " + st[-1]], False),
    (lambda st, v: st[:-1] + ["Squared: " + st[-1]], False),
    (lambda st, v: st[:-1] + ["In thousands: " + st[-1]], False),
    (lambda st, v: st[:-1] + ["Percent: " + st[-1]], False),
    (lambda st, v: st[:-1] + ["```", st[-1], "```", "k"], False),
    (lambda st, v: st[:-1] + ["- " + st[-1], "- negative"], False),
    (lambda st, v: st[:-1] + [st[-1], "(that is the negative of the answer)"], False),
    (lambda st, v: st + ["Unit: thousands"], False),
    (lambda st, v: st + ["Sign: negative"], False),
]


def r167_part9():
    rng = r167_rng
    for i, (fn, arg) in enumerate(r167_P9):
        for j in range(8):
            v = rng.choice(["x", "y", "t", "n"])
            f = r167_form(rng.choice(r167_KINDS), v, rng)
            if f["val"] == 0:
                continue
            wrong = r167_ans(fn(list(f["steps"]), v))
            p = r167_prompt(rng, v, f["eq"])
            sid = r167_add("s9", "edge9_single", p, v, f["val"], [wrong, r167_ans(f["steps"])], "single", arg=arg)
            if j == 0:
                p3 = "Solve for %s: %s. Thanks in advance." % (v, f["eq"])
                r167_pairs[r167_add("p9u", "edge9_unrel", p3, v, f["val"], [r167_ans(f["steps"])], "pair")] = sid


r167_part1()
r167_part2()
r167_part3()
r167_part4()
r167_part5()
r167_part6()
r167_part7()
r167_part8()
r167_part9()

r167_found_alone_list = {
    'd167-p8u-7907', 'd167-p8u-7916', 'd167-p8u-7943', 'd167-p8u-8012', 'd167-p8u-8027', 'd167-p8u-8146',
    'd167-p8u-8167', 'd167-p8u-8254', 'd167-p8u-8278', 'd167-p8u-8350', 'd167-p8u-8395', 'd167-p8u-8752',
    'd167-p9u-9065', 'd167-p9u-9110', 'd167-p9u-9136', 'd167-p9u-9238', 'd167-s7tail-7301', 'd167-s7tail-7302',
    'd167-s7tail-7304', 'd167-s7tail-7305', 'd167-s7tail-7307', 'd167-s7tail-7311', 'd167-s7tail-7312',
    'd167-s7tail-7313', 'd167-s7tail-7328', 'd167-s7tail-7329', 'd167-s7tail-7331', 'd167-s7tail-7332',
    'd167-s7tail-7334', 'd167-s7tail-7338', 'd167-s7tail-7339', 'd167-s7tail-7340', 'd167-s7tail-7354',
    'd167-s7tail-7355', 'd167-s7tail-7357', 'd167-s7tail-7358', 'd167-s7tail-7360', 'd167-s7tail-7364',
    'd167-s7tail-7365', 'd167-s7tail-7366', 'd167-s7tail-7379', 'd167-s7tail-7381', 'd167-s7tail-7382',
    'd167-s7tail-7383', 'd167-s7tail-7386', 'd167-s7tail-7390', 'd167-s7tail-7391', 'd167-s7tail-7392',
    'd167-s7tail-7401', 'd167-s7tail-7405', 'd167-s7tail-7407', 'd167-s7tail-7409', 'd167-s7tail-7413',
    'd167-s7tail-7414', 'd167-s7tail-7415', 'd167-s7tail-7430', 'd167-s7tail-7431', 'd167-s7tail-7433',
    'd167-s7tail-7434', 'd167-s7tail-7438', 'd167-s7tail-7439', 'd167-s7tail-7440', 'd167-s7var-7601',
    'd167-s7word-7450', 'd167-s8r-8996', 'd167-s8r-8997', 'd167-s8r-8998', 'd167-s8r-8999', 'd167-s8r-9000',
    'd167-s8r-9001', 'd167-s8r-9002', 'd167-s8r-9003', 'd167-s8r-9004', 'd167-s8r-9005', 'd167-s8r-9006',
    'd167-s8r-9007', 'd167-s8r-9008', 'd167-s8r-9009', 'd167-s8r-9010', 'd167-s8r-9011', 'd167-s8r-9012',
    'd167-s8r-9013', 'd167-s8r-9014', 'd167-s8r-9015', 'd167-s8r-9016', 'd167-s8r-9017', 'd167-s8r-9018',
    'd167-s8r-9019', 'd167-s8r-9020', 'd167-s8r-9021', 'd167-s8r-9022', 'd167-s8r-9023', 'd167-s8r-9024',
    'd167-s8r-9025', 'd167-s8r-9026', 'd167-s8r-9027', 'd167-s8r-9028', 'd167-s8r-9029', 'd167-s8r-9030',
    'd167-s8r-9031', 'd167-s8r-9032', 'd167-s8r-9033', 'd167-s8r-9034', 'd167-s8r-9035', 'd167-s8r-9036',
    'd167-s8r-9037', 'd167-s8r-9038', 'd167-s8r-9039', 'd167-s8r-9040', 'd167-s8r-9041', 'd167-s8r-9042',
    'd167-s8r-9043', 'd167-s8r-9044', 'd167-s8r-9045', 'd167-s8r-9046', 'd167-s8r-9047', 'd167-s8r-9048',
    'd167-s8r-9049', 'd167-s8r-9050', 'd167-s8r-9051', 'd167-s8r-9052', 'd167-s8r-9053', 'd167-s8r-9054',
    'd167-s8t-7884', 'd167-s8t-7886', 'd167-s8t-7887', 'd167-s8t-7888', 'd167-s8t-7889', 'd167-s8t-7890',
    'd167-s8t-7893', 'd167-s8t-7896', 'd167-s8t-7897', 'd167-s8t-7898', 'd167-s8t-7901', 'd167-s8t-7902',
    'd167-s8t-7905', 'd167-s8t-7908', 'd167-s8t-7909', 'd167-s8t-7910', 'd167-s8t-7911', 'd167-s8t-7912',
    'd167-s8t-7913', 'd167-s8t-7914', 'd167-s8t-7917', 'd167-s8t-7920', 'd167-s8t-7921', 'd167-s8t-7922',
    'd167-s8t-7923', 'd167-s8t-7924', 'd167-s8t-7925', 'd167-s8t-7929', 'd167-s8t-7933', 'd167-s8t-7934',
    'd167-s8t-7935', 'd167-s8t-7936', 'd167-s8t-7937', 'd167-s8t-7938', 'd167-s8t-7941', 'd167-s8t-7944',
    'd167-s8t-7945', 'd167-s8t-7946', 'd167-s8t-7947', 'd167-s8t-7948', 'd167-s8t-7949', 'd167-s8t-7950',
    'd167-s8t-7953', 'd167-s8t-7959', 'd167-s8t-7968', 'd167-s8t-7969', 'd167-s8t-7971', 'd167-s8t-7972',
    'd167-s8t-7973', 'd167-s8t-7974', 'd167-s8t-7977', 'd167-s8t-7980', 'd167-s8t-7982', 'd167-s8t-7983',
    'd167-s8t-7984', 'd167-s8t-7986', 'd167-s8t-7989', 'd167-s8t-7992', 'd167-s8t-7993', 'd167-s8t-7994',
    'd167-s8t-7995', 'd167-s8t-7996', 'd167-s8t-7997', 'd167-s8t-7998', 'd167-s8t-8001', 'd167-s8t-8004',
    'd167-s8t-8005', 'd167-s8t-8006', 'd167-s8t-8007', 'd167-s8t-8009', 'd167-s8t-8010', 'd167-s8t-8013',
    'd167-s8t-8017', 'd167-s8t-8018', 'd167-s8t-8019', 'd167-s8t-8020', 'd167-s8t-8021', 'd167-s8t-8025',
    'd167-s8t-8075', 'd167-s8t-8076', 'd167-s8t-8077', 'd167-s8t-8079', 'd167-s8t-8081', 'd167-s8t-8087',
    'd167-s8t-8088', 'd167-s8t-8089', 'd167-s8t-8090', 'd167-s8t-8092', 'd167-s8t-8111', 'd167-s8t-8112',
    'd167-s8t-8114', 'd167-s8t-8115', 'd167-s8t-8120', 'd167-s8t-8123', 'd167-s8t-8124', 'd167-s8t-8125',
    'd167-s8t-8126', 'd167-s8t-8127', 'd167-s8t-8128', 'd167-s8t-8129', 'd167-s8t-8132', 'd167-s8t-8135',
    'd167-s8t-8136', 'd167-s8t-8137', 'd167-s8t-8138', 'd167-s8t-8139', 'd167-s8t-8140', 'd167-s8t-8144',
    'd167-s8t-8147', 'd167-s8t-8148', 'd167-s8t-8149', 'd167-s8t-8150', 'd167-s8t-8151', 'd167-s8t-8152',
    'd167-s8t-8153', 'd167-s8t-8159', 'd167-s8t-8161', 'd167-s8t-8162', 'd167-s8t-8163', 'd167-s8t-8164',
    'd167-s8t-8165', 'd167-s8t-8171', 'd167-s8t-8172', 'd167-s8t-8173', 'd167-s8t-8174', 'd167-s8t-8175',
    'd167-s8t-8176', 'd167-s8t-8183', 'd167-s8t-8185', 'd167-s8t-8186', 'd167-s8t-8187', 'd167-s8t-8188',
    'd167-s8t-8189', 'd167-s8t-8192', 'd167-s8t-8195', 'd167-s8t-8196', 'd167-s8t-8197', 'd167-s8t-8198',
    'd167-s8t-8199', 'd167-s8t-8200', 'd167-s8t-8201', 'd167-s8t-8204', 'd167-s8t-8207', 'd167-s8t-8208',
    'd167-s8t-8209', 'd167-s8t-8210', 'd167-s8t-8211', 'd167-s8t-8213', 'd167-s8t-8216', 'd167-s8t-8219',
    'd167-s8t-8220', 'd167-s8t-8221', 'd167-s8t-8222', 'd167-s8t-8223', 'd167-s8t-8224', 'd167-s8t-8231',
    'd167-s8t-8232', 'd167-s8t-8233', 'd167-s8t-8234', 'd167-s8t-8235', 'd167-s8t-8236', 'd167-s8t-8237',
    'd167-s8t-8240', 'd167-s8t-8243', 'd167-s8t-8244', 'd167-s8t-8246', 'd167-s8t-8247', 'd167-s8t-8248',
    'd167-s8t-8249', 'd167-s8t-8252', 'd167-s8t-8255', 'd167-s8t-8256', 'd167-s8t-8257', 'd167-s8t-8258',
    'd167-s8t-8260', 'd167-s8t-8261', 'd167-s8t-8264', 'd167-s8t-8267', 'd167-s8t-8269', 'd167-s8t-8270',
    'd167-s8t-8271', 'd167-s8t-8272', 'd167-s8t-8273', 'd167-s8t-8276', 'd167-s8t-8279', 'd167-s8t-8280',
    'd167-s8t-8281', 'd167-s8t-8283', 'd167-s8t-8284', 'd167-s8t-8285', 'd167-s8t-8291', 'd167-s8t-8292',
    'd167-s8t-8293', 'd167-s8t-8294', 'd167-s8t-8295', 'd167-s8t-8296', 'd167-s8t-8297', 'd167-s8t-8300',
    'd167-s8t-8315', 'd167-s8t-8316', 'd167-s8t-8317', 'd167-s8t-8318', 'd167-s8t-8319', 'd167-s8t-8320',
    'd167-s8t-8321', 'd167-s8t-8324', 'd167-s8t-8327', 'd167-s8t-8328', 'd167-s8t-8329', 'd167-s8t-8331',
    'd167-s8t-8332', 'd167-s8t-8333', 'd167-s8t-8336', 'd167-s8t-8339', 'd167-s8t-8340', 'd167-s8t-8341',
    'd167-s8t-8343', 'd167-s8t-8344', 'd167-s8t-8345', 'd167-s8t-8348', 'd167-s8t-8351', 'd167-s8t-8352',
    'd167-s8t-8353', 'd167-s8t-8355', 'd167-s8t-8356', 'd167-s8t-8357', 'd167-s8t-8360', 'd167-s8t-8375',
    'd167-s8t-8377', 'd167-s8t-8378', 'd167-s8t-8379', 'd167-s8t-8384', 'd167-s8t-8387', 'd167-s8t-8388',
    'd167-s8t-8389', 'd167-s8t-8390', 'd167-s8t-8391', 'd167-s8t-8392', 'd167-s8t-8393', 'd167-s8t-8396',
    'd167-s8t-8400', 'd167-s8t-8401', 'd167-s8t-8403', 'd167-s8t-8404', 'd167-s8t-8408', 'd167-s8t-8411',
    'd167-s8t-8412', 'd167-s8t-8413', 'd167-s8t-8414', 'd167-s8t-8415', 'd167-s8t-8417', 'd167-s8t-8423',
    'd167-s8t-8424', 'd167-s8t-8425', 'd167-s8t-8426', 'd167-s8t-8427', 'd167-s8t-8428', 'd167-s8t-8429',
    'd167-s8t-8432', 'd167-s8t-8435', 'd167-s8t-8436', 'd167-s8t-8437', 'd167-s8t-8438', 'd167-s8t-8439',
    'd167-s8t-8440', 'd167-s8t-8441', 'd167-s8t-8444', 'd167-s8t-8448', 'd167-s8t-8449', 'd167-s8t-8450',
    'd167-s8t-8451', 'd167-s8t-8452', 'd167-s8t-8453', 'd167-s8t-8456', 'd167-s8t-8460', 'd167-s8t-8461',
    'd167-s8t-8462', 'd167-s8t-8463', 'd167-s8t-8464', 'd167-s8t-8467', 'd167-s8t-8470', 'd167-s8t-8471',
    'd167-s8t-8472', 'd167-s8t-8473', 'd167-s8t-8474', 'd167-s8t-8475', 'd167-s8t-8478', 'd167-s8t-8481',
    'd167-s8t-8482', 'd167-s8t-8483', 'd167-s8t-8484', 'd167-s8t-8485', 'd167-s8t-8487', 'd167-s8t-8490',
    'd167-s8t-8493', 'd167-s8t-8494', 'd167-s8t-8495', 'd167-s8t-8496', 'd167-s8t-8497', 'd167-s8t-8498',
    'd167-s8t-8499', 'd167-s8t-8502', 'd167-s8t-8505', 'd167-s8t-8506', 'd167-s8t-8508', 'd167-s8t-8509',
    'd167-s8t-8511', 'd167-s8t-8514', 'd167-s8t-8518', 'd167-s8t-8519', 'd167-s8t-8521', 'd167-s8t-8522',
    'd167-s8t-8523', 'd167-s8t-8526', 'd167-s8t-8529', 'd167-s8t-8530', 'd167-s8t-8531', 'd167-s8t-8532',
    'd167-s8t-8533', 'd167-s8t-8534', 'd167-s8t-8535', 'd167-s8t-8538', 'd167-s8t-8542', 'd167-s8t-8543',
    'd167-s8t-8545', 'd167-s8t-8546', 'd167-s8t-8547', 'd167-s8t-8553', 'd167-s8t-8554', 'd167-s8t-8555',
    'd167-s8t-8556', 'd167-s8t-8557', 'd167-s8t-8558', 'd167-s8t-8559', 'd167-s8t-8562', 'd167-s8t-8565',
    'd167-s8t-8566', 'd167-s8t-8567', 'd167-s8t-8568', 'd167-s8t-8570', 'd167-s8t-8571', 'd167-s8t-8574',
    'd167-s8t-8577', 'd167-s8t-8578', 'd167-s8t-8579', 'd167-s8t-8580', 'd167-s8t-8581', 'd167-s8t-8582',
    'd167-s8t-8583', 'd167-s8t-8586', 'd167-s8t-8589', 'd167-s8t-8590', 'd167-s8t-8593', 'd167-s8t-8594',
    'd167-s8t-8595', 'd167-s8t-8598', 'd167-s8t-8602', 'd167-s8t-8603', 'd167-s8t-8604', 'd167-s8t-8605',
    'd167-s8t-8606', 'd167-s8t-8607', 'd167-s8t-8610', 'd167-s8t-8613', 'd167-s8t-8614', 'd167-s8t-8615',
    'd167-s8t-8616', 'd167-s8t-8617', 'd167-s8t-8618', 'd167-s8t-8619', 'd167-s8t-8622', 'd167-s8t-8625',
    'd167-s8t-8626', 'd167-s8t-8628', 'd167-s8t-8629', 'd167-s8t-8630', 'd167-s8t-8631', 'd167-s8t-8634',
    'd167-s8t-8637', 'd167-s8t-8639', 'd167-s8t-8640', 'd167-s8t-8642', 'd167-s8t-8645', 'd167-s8t-8648',
    'd167-s8t-8649', 'd167-s8t-8650', 'd167-s8t-8651', 'd167-s8t-8652', 'd167-s8t-8653', 'd167-s8t-8654',
    'd167-s8t-8657', 'd167-s8t-8660', 'd167-s8t-8662', 'd167-s8t-8663', 'd167-s8t-8664', 'd167-s8t-8665',
    'd167-s8t-8666', 'd167-s8t-8669', 'd167-s8t-8684', 'd167-s8t-8687', 'd167-s8t-8688', 'd167-s8t-8689',
    'd167-s8t-8690', 'd167-s8t-8693', 'd167-s8t-8696', 'd167-s8t-8697', 'd167-s8t-8698', 'd167-s8t-8699',
    'd167-s8t-8700', 'd167-s8t-8701', 'd167-s8t-8702', 'd167-s8t-8705', 'd167-s8t-8708', 'd167-s8t-8709',
    'd167-s8t-8710', 'd167-s8t-8711', 'd167-s8t-8712', 'd167-s8t-8713', 'd167-s8t-8714', 'd167-s8t-8717',
    'd167-s8t-8720', 'd167-s8t-8721', 'd167-s8t-8722', 'd167-s8t-8723', 'd167-s8t-8724', 'd167-s8t-8725',
    'd167-s8t-8726', 'd167-s8t-8729', 'd167-s8t-8732', 'd167-s8t-8733', 'd167-s8t-8734', 'd167-s8t-8735',
    'd167-s8t-8736', 'd167-s8t-8737', 'd167-s8t-8738', 'd167-s8t-8741', 'd167-s8t-8744', 'd167-s8t-8745',
    'd167-s8t-8746', 'd167-s8t-8747', 'd167-s8t-8748', 'd167-s8t-8749', 'd167-s8t-8750', 'd167-s8t-8756',
    'd167-s8t-8757', 'd167-s8t-8758', 'd167-s8t-8759', 'd167-s8t-8761', 'd167-s8t-8762', 'd167-s8t-8765',
    'd167-s8t-8769', 'd167-s8t-8770', 'd167-s8t-8771', 'd167-s8t-8772', 'd167-s8t-8774', 'd167-s8t-8777',
    'd167-s8t-8781', 'd167-s8t-8782', 'd167-s8t-8783', 'd167-s8t-8784', 'd167-s8t-8785', 'd167-s8t-8786',
    'd167-s8t-8789', 'd167-s8t-8792', 'd167-s8t-8793', 'd167-s8t-8794', 'd167-s8t-8795', 'd167-s8t-8796',
    'd167-s8t-8797', 'd167-s8t-8798', 'd167-s8t-8801', 'd167-s8t-8804', 'd167-s8t-8805', 'd167-s8t-8806',
    'd167-s8t-8807', 'd167-s8t-8808', 'd167-s8t-8809', 'd167-s8t-8813', 'd167-s8t-8816', 'd167-s8t-8817',
    'd167-s8t-8818', 'd167-s8t-8819', 'd167-s8t-8820', 'd167-s8t-8821', 'd167-s8t-8822', 'd167-s8t-8825',
    'd167-s8t-8828', 'd167-s8t-8829', 'd167-s8t-8830', 'd167-s8t-8831', 'd167-s8t-8832', 'd167-s8t-8833',
    'd167-s8t-8834', 'd167-s8t-8837', 'd167-s8t-8840', 'd167-s8t-8841', 'd167-s8t-8842', 'd167-s8t-8843',
    'd167-s8t-8845', 'd167-s8t-8846', 'd167-s8t-8849', 'd167-s8t-8852', 'd167-s8t-8853', 'd167-s8t-8854',
    'd167-s8t-8855', 'd167-s8t-8856', 'd167-s8t-8857', 'd167-s8t-8858', 'd167-s8t-8861', 'd167-s8t-8864',
    'd167-s8t-8866', 'd167-s8t-8867', 'd167-s8t-8868', 'd167-s8t-8869', 'd167-s8t-8870', 'd167-s8t-8873',
    'd167-s8t-8903', 'd167-s8t-8912', 'd167-s8t-8913', 'd167-s8t-8914', 'd167-s8t-8915', 'd167-s8t-8916',
    'd167-s8t-8917', 'd167-s8t-8918', 'd167-s8t-8921', 'd167-s8t-8924', 'd167-s8t-8925', 'd167-s8t-8926',
    'd167-s8t-8927', 'd167-s8t-8929', 'd167-s8t-8930', 'd167-s8t-8933', 'd167-s8t-8936', 'd167-s8t-8937',
    'd167-s8t-8938', 'd167-s8t-8939', 'd167-s8t-8940', 'd167-s8t-8941', 'd167-s8t-8942', 'd167-s8t-8948',
    'd167-s8t-8950', 'd167-s8t-8951', 'd167-s8t-8952', 'd167-s8t-8953', 'd167-s8t-8954', 'd167-s8t-8957',
    'd167-s8t-8960', 'd167-s8t-8961', 'd167-s8t-8962', 'd167-s8t-8963', 'd167-s8t-8964', 'd167-s8t-8965',
    'd167-s8t-8966', 'd167-s8t-8969', 'd167-s8t-8972', 'd167-s8t-8974', 'd167-s8t-8976', 'd167-s8t-8977',
    'd167-s8t-8978', 'd167-s8t-8981', 'd167-s8t-8984', 'd167-s8t-8986', 'd167-s8t-8987', 'd167-s8t-8988',
    'd167-s8t-8989', 'd167-s8t-8990', 'd167-s8t-8993', 'd167-s9-9057', 'd167-s9-9058', 'd167-s9-9060', 'd167-s9-9061',
    'd167-s9-9062', 'd167-s9-9064', 'd167-s9-9066', 'd167-s9-9067', 'd167-s9-9069', 'd167-s9-9070', 'd167-s9-9071',
    'd167-s9-9072', 'd167-s9-9073', 'd167-s9-9075', 'd167-s9-9076', 'd167-s9-9078', 'd167-s9-9079', 'd167-s9-9080',
    'd167-s9-9081', 'd167-s9-9082', 'd167-s9-9084', 'd167-s9-9085', 'd167-s9-9086', 'd167-s9-9087', 'd167-s9-9088',
    'd167-s9-9089', 'd167-s9-9090', 'd167-s9-9091', 'd167-s9-9093', 'd167-s9-9094', 'd167-s9-9095', 'd167-s9-9098',
    'd167-s9-9099', 'd167-s9-9100', 'd167-s9-9102', 'd167-s9-9103', 'd167-s9-9104', 'd167-s9-9105', 'd167-s9-9106',
    'd167-s9-9107', 'd167-s9-9108', 'd167-s9-9109', 'd167-s9-9112', 'd167-s9-9113', 'd167-s9-9114', 'd167-s9-9115',
    'd167-s9-9116', 'd167-s9-9117', 'd167-s9-9118', 'd167-s9-9120', 'd167-s9-9122', 'd167-s9-9123', 'd167-s9-9126',
    'd167-s9-9128', 'd167-s9-9129', 'd167-s9-9130', 'd167-s9-9131', 'd167-s9-9132', 'd167-s9-9133', 'd167-s9-9135',
    'd167-s9-9138', 'd167-s9-9139', 'd167-s9-9140', 'd167-s9-9141', 'd167-s9-9142', 'd167-s9-9143', 'd167-s9-9205',
    'd167-s9-9211', 'd167-s9-9213', 'd167-s9-9214', 'd167-s9-9215', 'd167-s9-9216', 'd167-s9-9217', 'd167-s9-9219',
    'd167-s9-9231', 'd167-s9-9232', 'd167-s9-9233', 'd167-s9-9234', 'd167-s9-9235', 'd167-s9-9236', 'd167-s9-9237',
    'd167-s9-9239', 'd167-s9-9240', 'd167-s9-9241', 'd167-s9-9242', 'd167-s9-9243', 'd167-s9-9244', 'd167-s9-9245',
    'd167-s9-9248', 'd167-s9-9250', 'd167-s9-9251', 'd167-s9-9252',
}
r167_arguable_found = {
    'd167-p8u-7916', 'd167-p8u-7943', 'd167-p8u-8146', 'd167-p9u-9110', 'd167-s7tail-7305', 'd167-s7tail-7332',
    'd167-s7tail-7358', 'd167-s7tail-7401', 'd167-s7tail-7434', 'd167-s8t-7908', 'd167-s8t-7909', 'd167-s8t-7910',
    'd167-s8t-7911', 'd167-s8t-7912', 'd167-s8t-7913', 'd167-s8t-7914', 'd167-s8t-7917', 'd167-s8t-7920',
    'd167-s8t-7921', 'd167-s8t-7922', 'd167-s8t-7923', 'd167-s8t-7924', 'd167-s8t-7925', 'd167-s8t-7929',
    'd167-s8t-7933', 'd167-s8t-7934', 'd167-s8t-7935', 'd167-s8t-7936', 'd167-s8t-7937', 'd167-s8t-7938',
    'd167-s8t-7941', 'd167-s8t-7944', 'd167-s8t-7945', 'd167-s8t-7946', 'd167-s8t-7947', 'd167-s8t-7948',
    'd167-s8t-7950', 'd167-s8t-7953', 'd167-s8t-7959', 'd167-s8t-7968', 'd167-s8t-7969', 'd167-s8t-7971',
    'd167-s8t-7972', 'd167-s8t-7973', 'd167-s8t-7974', 'd167-s8t-7977', 'd167-s8t-8529', 'd167-s8t-8530',
    'd167-s8t-8531', 'd167-s8t-8532', 'd167-s8t-8533', 'd167-s8t-8534', 'd167-s8t-8535', 'd167-s8t-8538',
    'd167-s8t-8542', 'd167-s8t-8543', 'd167-s8t-8545', 'd167-s8t-8546', 'd167-s8t-8547', 'd167-s8t-8553',
    'd167-s8t-8554', 'd167-s8t-8555', 'd167-s8t-8556', 'd167-s8t-8557', 'd167-s8t-8558', 'd167-s8t-8559',
    'd167-s8t-8562', 'd167-s8t-8565', 'd167-s8t-8566', 'd167-s8t-8567', 'd167-s8t-8568', 'd167-s8t-8570',
    'd167-s8t-8571', 'd167-s8t-8574', 'd167-s8t-8577', 'd167-s8t-8578', 'd167-s8t-8579', 'd167-s8t-8580',
    'd167-s8t-8581', 'd167-s8t-8582', 'd167-s8t-8583', 'd167-s8t-8586', 'd167-s8t-8589', 'd167-s8t-8593',
    'd167-s8t-8594', 'd167-s8t-8595', 'd167-s8t-8598', 'd167-s8t-8684', 'd167-s8t-8687', 'd167-s8t-8688',
    'd167-s8t-8689', 'd167-s8t-8690', 'd167-s8t-8693', 'd167-s8t-8696', 'd167-s8t-8697', 'd167-s8t-8698',
    'd167-s8t-8699', 'd167-s8t-8700', 'd167-s8t-8701', 'd167-s8t-8702', 'd167-s8t-8705', 'd167-s8t-8708',
    'd167-s8t-8709', 'd167-s8t-8710', 'd167-s8t-8711', 'd167-s8t-8712', 'd167-s8t-8713', 'd167-s8t-8714',
    'd167-s8t-8717', 'd167-s8t-8720', 'd167-s8t-8721', 'd167-s8t-8722', 'd167-s8t-8723', 'd167-s8t-8724',
    'd167-s8t-8725', 'd167-s8t-8726', 'd167-s8t-8729', 'd167-s8t-8732', 'd167-s8t-8733', 'd167-s8t-8734',
    'd167-s8t-8735', 'd167-s8t-8736', 'd167-s8t-8737', 'd167-s8t-8738', 'd167-s8t-8741', 'd167-s8t-8807',
    'd167-s8t-8816', 'd167-s8t-8818', 'd167-s8t-8819', 'd167-s8t-8820', 'd167-s8t-8821', 'd167-s8t-8822',
    'd167-s8t-8825', 'd167-s8t-8828', 'd167-s8t-8829', 'd167-s8t-8830', 'd167-s8t-8831', 'd167-s8t-8832',
    'd167-s8t-8833', 'd167-s8t-8834', 'd167-s8t-8837', 'd167-s8t-8840', 'd167-s8t-8841', 'd167-s8t-8842',
    'd167-s8t-8843', 'd167-s8t-8845', 'd167-s8t-8846', 'd167-s8t-8849', 'd167-s8t-8852', 'd167-s8t-8854',
    'd167-s8t-8855', 'd167-s8t-8856', 'd167-s8t-8857', 'd167-s8t-8858', 'd167-s8t-8861', 'd167-s8t-8864',
    'd167-s8t-8866', 'd167-s8t-8867', 'd167-s8t-8868', 'd167-s8t-8869', 'd167-s8t-8870', 'd167-s8t-8873',
    'd167-s8t-8903', 'd167-s8t-8912', 'd167-s8t-8913', 'd167-s8t-8914', 'd167-s8t-8915', 'd167-s8t-8916',
    'd167-s8t-8917', 'd167-s8t-8918', 'd167-s8t-8921', 'd167-s9-9109', 'd167-s9-9112', 'd167-s9-9113', 'd167-s9-9114',
    'd167-s9-9115', 'd167-s9-9116', 'd167-s9-9117',
}
r167_found_alone |= r167_found_alone_list
r167_arguable |= r167_arguable_found
r167_alone_keep = set(r167_found_alone) | {r167_pairs[r167_k] for r167_k in r167_found_alone if r167_k in r167_pairs}
# Trimmed for ctest (probe_kit.sample_round), stop 39: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 3rd safe variant and every 8th of the rest; then every
# arguable item left out.
from probe_kit import sample_round as r167_sample_round  # noqa: E402

r167_sample_round("d167-", r167_alone_keep, 8, safe_every=3)
P[:] = [r167_p for r167_p in P if r167_p["id"] not in r167_arguable]
