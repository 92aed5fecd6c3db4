r"""Red-team round 193 (black box): STEP DESCRIPTIONS AND THE OPERATIONS THEY NAME.
Focus: the described-operation check of stop 44 (a line naming one operation on both sides and its number must give
  its equation from the one before). Worked solutions of 6 shapes ("a v + b = c", "a v - b = c", "a(v + b) = c",
  "v/d + b = c", "a v + b = c v + e", "a v = c") with descriptions in 15 layouts ("Verb N: eq", "eq (verb N)", "eq —
  verbed N", "eq   | verb N", "eq, after we verb N", a line above the equation, "We now verb N, giving eq", "Verb N to
  get eq", "Verb N → eq", "Verb N; eq", "Verb N. This gives eq", "**Verb N:** eq", "Step k (verb N): eq", "Then verb N
  and we have eq", "$eq \quad (÷N)$") x 16 styles (subtract/add/divide/multiply; take away, put, remove, minus/plus,
  move/bring across, cancel, isolate, clear the fraction, the LCD; halve/third/quarter, double/triple/quadruple;
  "by 1/N"; "by 0.25", "by 3.0"; Norwegian, German, Spanish, French; "−N", "÷N", "\div N", "\times N") x digits or words.
  6,515 probes (seeded random.Random(193)): 4,579 pair probes, 1,779 singles (--runs 2), 157 safe.
Part 1 (d193-bc/pc-): pairs whose base has two equal numbers (b = a, b = x, a = b in a(v + b), d = b, c v = b, a = x)
  and whose variant changes one of them, so a rewritten description keeps the stale one. Part 2 (d193-bw/pw-): pairs
  with no coincidence, descriptions whose number is no digit the rewrite maps (words, halve/third, "1/N", "0.25").
Part 3 (d193-s-): singles, right equations and value, one description wrong (another number, the opposite operation,
  another scale word). Part 4 (d193-bk/pk-): two operations in one description ("Subtract 5 and divide by 5: y = 8",
  "x = 4 (divide by 8, then subtract 2)"). Part 5 (d193-br/pr-): renamed variable with "subtract 4x" descriptions.
Part 6 (d193-ba/pa-): the request asks something else ("as a mixed number", "State whether x is even", "then x
  squared", "in Roman numerals", "Oppgi svaret som et blandet tall"). Safe (d193-bs/sf-): spacing, "Please solve",
  "Thanks!", renamed variable, description-free working. Part 7 (d193-g-): singles, plain English verbs with digits /
  words / "N.0" in each layout. Part 8 (d193-v-): singles in the read layout "Verb N: eq" with 39 other verbs.
HELD: a description BEFORE its equation on the line, in plain verbs with integer digits or "N.0", is read in every
  layout tried ("Verb N: eq", "→", ";", ", giving", "to get", ". This gives", "**Verb N:**", "Then … and we have": 0 of
  277 wrong singles of part 7 accepted), and so are decimals there ("multiply both sides by 0.25": 0 of 36); singles
  whose every description is in number words were refused fresh (0 of 160); other languages, "−N"/"÷N"/"\div"/
  "\times", move/bring/cancel/isolate/LCD and most verb variants ("Divide each side by", "Subtract N from each side",
  "Times both sides by", "We subtract N", "Subtract N off both sides"...) were refused fresh (0 accepted). Renamed
  variables (part 5) and requests asking something else (part 6: refused, or "even"/"blandet tall" answered fresh and
  never stored) gave nothing from the cache. Safe on reuse 97/157 (run 1), 136/157 (run 2).
WHAT GOT THROUGH (the scorer reads only "Verb N:"-style descriptions, so it counts most of these right; the round's
  reader sem.py under /tmp/rt/r193 applies every description it can read, words, fractions, scale words and synonyms
  included). Full run, fresh SQLite store, two passes: wrong from the cache 336 in run 1 (328 reuse, 8 kept on the
  patch path), 931 in run 2; wrong served fresh 403 in run 1. Alone (R193_ALONE=1: the 931 found ids and their pairs'
  bases, 1,083 probes, fresh store, two passes): 258 in run 1 (203 clear, 55 arguable), 743 in run 2 (605 clear, 138
  arguable): 195 stored model mistakes (singles), 185 pair variants rewritten with a stale description, the rest
  answers stitched from several stored ones.
 (A) CLEAR, a description AFTER its equation is not read: "Solve 9y + 7 = 70 step by step." -> "9y = 63 — subtracted
     7 from both sides / y = 7 — multiplied both sides by 9.0"; "Solve for t: 4(t + 6) = 40. Explain each step." -> "t =
     4 (subtract 8 from both sides)"; "Solve for x: 4(x + 10) = 76. Show each step." -> "x + 10 = 19 (divide both sides
     by 3.0)"; singles "5x = 20, after we subtract 6 from both sides", "n/2 = 2   | subtract 9 from both sides".
 (B) CLEAR, a description on the line ABOVE: "Please solve 9x = 18 ..." -> "2x = 4 / Divide both sides by 9. / x = 2";
     single "y/3 + 2 = 6 / Subtract 4 from both sides. / y/3 = 4".
 (C) CLEAR, "Step k (verb N): eq": "Solve for t: 2t = 18. Explain each step." -> "Step 1 (divide both sides by 8): t =
     9"; "Solve for t: 2(t + 4) = 12. Show each step." -> "Step 1 (multiply both sides by 1/3): t + 4 = 6".
 (D) CLEAR, numbers the check does not read in the read layout: "1/N" ("Solve 9(n + 8) = 126 step by step." ->
     "Multiply both sides by 1/6. This gives n + 8 = 14."; single "7n = 63 / Multiply both sides by 1/6: n = 9"; 9 of
     28 such singles accepted), number words kept by the rewrite ("Please solve 2x + 3 = 11 ..." -> "Subtract eleven
     from both sides to get 2x = 8.") or alone among digits (single "Then subtract eight from both sides and we have
     2n = 16" under 2n + 7 = 23; "**Subtract six from both sides:** 9x = 81" under 9x + 5 = 86), scale words
     ("Solve 3(t + 5) = 39 step by step." -> "Halve both sides; t + 5 = 13"; single "Take a third of both sides: n + 7
     = 14" under 2(n + 7) = 28).
 (E) CLEAR, verbs the check does not read as an operation: "Take away 7 from both sides: x/2 = 1" (x/2 + 6 = 7),
     "Remove 9 from both sides: 3n = 9", "Put 1 on both sides.", "Plus 9 on both sides: 7y = 63", "Minus N from both
     sides", "Decrease/Increase both sides by N", "Knock N off both sides", "Take N from each side", "Split both sides
     into N": singles with another number, stored and served again.
 (F) ARGUABLE (r193_arguable): the same shapes where the request asked for no steps ("Solve for t: t/3 + 8 = 13." ->
     "t = 15   | multiply both sides by 8"; two operations in one line: "Solve for x: x/2 + 8 = 13." -> "... Subtracting
     8 and multiplying by 8 gives x = 10."), and stitched answers whose only false line is a plan line above the
     restated equation ("Subtract 3 from both sides. / x/3 + 2 = 5 / Step 1 (subtract 2 from both sides): x/3 = 3 /
     ..."), or whose stacked descriptions compose to the right operation.
  Also seen: answers stitched from several stored ones with repeated plan lines ("Subtract 3 from both sides. /
  Subtract 2 from both sides. / x/2 = 2, after we subtract 2 ...") and another equation as the first line ("2(x + 2) =
  12" under "8(x + 2) = 48").
Adds its probes to probe_kit.P."""
import os
import random as r193_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r193_rng = r193_random.Random(193)
r193_found_alone = set()
r193_arguable = set()
r193_prompts = {}
r193_n = [0]
r193_counts = {"pair": 0, "single": 0, "safe": 0}
r193_meta = {}  # id -> dict (for the round's own reader: right answer, wrong answer, kind)

R193_WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
              9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
              16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


def r193_add(tag, fam, prompt, var, val, answers, kind, safe=False, meta=None):
    if prompt in r193_prompts:
        return r193_prompts[prompt]
    r193_n[0] += 1
    pid = "d193-%s-%d" % (tag, r193_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r193_prompts[prompt] = pid
    r193_counts[kind] += 1
    r193_meta[pid] = meta or {}
    return pid


# ------------------------------------------------------------------ equations and their steps
def r193_lin(k, c, v):
    """k v + c as text (k, c ints)."""
    if k == 0:
        return str(c)
    t = ("" if k == 1 else ("-" if k == -1 else str(k))) + v
    if c > 0:
        t += " + %d" % c
    elif c < 0:
        t += " - %d" % -c
    return t


def r193_shape(kind, p, v):
    """(equation text, steps) for a shape; a step is (op, n, vterm, equation after)."""
    x = p["x"]
    if kind == "S0":  # a v + b = c
        a, b = p["a"], p["b"]
        c = a * x + b
        return "%d%s + %d = %d" % (a, v, b, c), [("s", b, False, "%d%s = %d" % (a, v, c - b)),
                                                  ("d", a, False, "%s = %d" % (v, x))]
    if kind == "S1":  # a v - b = c
        a, b = p["a"], p["b"]
        c = a * x - b
        return "%d%s - %d = %d" % (a, v, b, c), [("a", b, False, "%d%s = %d" % (a, v, c + b)),
                                                  ("d", a, False, "%s = %d" % (v, x))]
    if kind == "S2":  # a(v + b) = c
        a, b = p["a"], p["b"]
        c = a * (x + b)
        return "%d(%s + %d) = %d" % (a, v, b, c), [("d", a, False, "%s + %d = %d" % (v, b, x + b)),
                                                    ("s", b, False, "%s = %d" % (v, x))]
    if kind == "S3":  # v/d + b = c  (x multiple of d)
        d, b = p["d"], p["b"]
        c = x // d + b
        return "%s/%d + %d = %d" % (v, d, b, c), [("s", b, False, "%s/%d = %d" % (v, d, x // d)),
                                                   ("m", d, False, "%s = %d" % (v, x))]
    if kind == "S4":  # a v + b = c v + e
        a, b, cc = p["a"], p["b"], p["c"]
        e = a * x + b - cc * x
        k = a - cc
        return ("%d%s + %d = %d%s + %d" % (a, v, b, cc, v, e) if e >= 0 else "%d%s + %d = %d%s - %d" % (a, v, b, cc, v, -e),
                [("s", cc, True, "%s + %d = %d" % (("%d%s" % (k, v)) if k != 1 else v, b, e)),
                 ("s", b, False, "%s = %d" % (("%d%s" % (k, v)) if k != 1 else v, e - b)),
                 ("d", k, False, "%s = %d" % (v, x))] if k != 1 else
                [("s", cc, True, "%s + %d = %d" % (v, b, e)), ("s", b, False, "%s = %d" % (v, e - b))])
    if kind == "S5":  # a v = c
        a = p["a"]
        return "%d%s = %d" % (a, v, a * x), [("d", a, False, "%s = %d" % (v, x))]
    raise ValueError(kind)


# ------------------------------------------------------------------ descriptions
def r193_num(n, numstyle):
    if numstyle == "word":
        return R193_WORDS.get(n, str(n))
    if numstyle == "dec":
        return "%d.0" % n
    return str(n)


R193_PHRASES = {
    # style: {op: template}  ({n} number, {v} variable term for vterm ops)
    "en": {"s": "subtract {n} from both sides", "a": "add {n} to both sides", "d": "divide both sides by {n}",
           "m": "multiply both sides by {n}"},
    "takeaway": {"s": "take away {n} from both sides", "a": "put {n} on both sides", "d": "divide each side by {n}",
                 "m": "multiply each side by {n}"},
    "remove": {"s": "remove {n} from each side", "a": "add {n} to each side", "d": "divide through by {n}",
               "m": "multiply through by {n}"},
    "move": {"s": "move the {n} to the right-hand side", "a": "move the {n} across", "d": "cancel the {n} by dividing",
             "m": "clear the fraction by multiplying by {n}"},
    "bring": {"s": "bring {n} across", "a": "bring {n} over", "d": "isolate the variable by dividing by {n}",
              "m": "multiply through by the LCD {n}"},
    "minus": {"s": "minus {n} on both sides", "a": "plus {n} on both sides", "d": "both sides over {n}",
              "m": "both sides times {n}"},
    "no": {"s": "trekk fra {n} på begge sider", "a": "legg til {n} på begge sider", "d": "del begge sider på {n}",
           "m": "gang begge sider med {n}"},
    "de": {"s": "subtrahiere {n} auf beiden Seiten", "a": "addiere {n} auf beiden Seiten", "d": "dividiere durch {n}",
           "m": "multipliziere mit {n}"},
    "es": {"s": "restar {n} a ambos lados", "a": "sumar {n} a ambos lados", "d": "dividir ambos lados entre {n}",
           "m": "multiplicar ambos lados por {n}"},
    "fr": {"s": "soustraire {n} des deux côtés", "a": "ajouter {n} des deux côtés", "d": "diviser les deux côtés par {n}",
           "m": "multiplier les deux côtés par {n}"},
    "sym": {"s": "−{n}", "a": "+{n}", "d": "÷{n}", "m": "×{n}"},
    "latex": {"s": "-{n}", "a": "+{n}", "d": "\\div {n}", "m": "\\times {n}"},
}
R193_SCALE_D = {2: "halve both sides", 3: "take a third of both sides", 4: "quarter both sides"}
R193_SCALE_M = {2: "double both sides", 3: "triple both sides", 4: "quadruple both sides"}


def r193_phrase(op, n, vterm, v, style, numstyle):
    if style == "scale" and op == "d" and n in R193_SCALE_D:
        return R193_SCALE_D[n]
    if style == "scale" and op == "m" and n in R193_SCALE_M:
        return R193_SCALE_M[n]
    if style == "recip" and op == "d":
        return "multiply both sides by 1/%d" % n
    if style == "recip" and op == "m":
        return "divide both sides by 1/%d" % n
    if style == "recip":
        style = "en"
    if style == "decimal" and op in "dm":
        inv = {2: "0.5", 4: "0.25", 5: "0.2", 8: "0.125", 10: "0.1"}.get(n)
        if inv:
            return ("multiply both sides by %s" if op == "d" else "divide both sides by %s") % inv
        return ("divide both sides by %d.0" if op == "d" else "multiply both sides by %d.0") % n
    if style == "decimal":
        style = "en"
    if style == "scale":
        style = "en"
    num = ("%d%s" % (n, v) if n != 1 else v) if vterm else r193_num(n, numstyle)
    return R193_PHRASES[style][op].format(n=num)


def r193_cap(s):
    return s[:1].upper() + s[1:]


def r193_past(ph):
    for a, b in (("subtract ", "subtracted "), ("add ", "added "), ("divide ", "divided "), ("multiply ", "multiplied "),
                 ("take away ", "took away "), ("remove ", "removed "), ("move ", "moved "), ("bring ", "brought "),
                 ("halve ", "halved "), ("double ", "doubled "), ("triple ", "tripled "), ("take a third", "took a third"),
                 ("quarter ", "quartered "), ("quadruple ", "quadrupled "), ("put ", "put "), ("cancel ", "cancelled "),
                 ("isolate ", "isolated "), ("clear ", "cleared ")):
        if ph.startswith(a):
            return b + ph[len(a):]
    return ph


def r193_render(eq, steps, v, layout, style, numstyle, restate=True, wrong_at=None, wrong_ph=None):
    """The worked solution as text. wrong_at: index of a step whose phrase is replaced by wrong_ph."""
    lines = [eq] if restate else []
    for i, (op, n, vt, after) in enumerate(steps):
        ph = r193_phrase(op, n, vt, v, style, numstyle)
        if wrong_at == i:
            ph = wrong_ph
        if layout == "colon":
            lines.append("%s: %s" % (r193_cap(ph), after))
        elif layout == "paren":
            lines.append("%s (%s)" % (after, ph))
        elif layout == "dash":
            lines.append("%s — %s" % (after, r193_past(ph)))
        elif layout == "above":
            lines.append("%s." % r193_cap(ph))
            lines.append(after)
        elif layout == "prose":
            lines.append("We now %s, giving %s." % (ph, after))
        elif layout == "toget":
            lines.append("%s to get %s." % (r193_cap(ph), after))
        elif layout == "arrow":
            lines.append("%s → %s" % (r193_cap(ph), after))
        elif layout == "semi":
            lines.append("%s; %s" % (r193_cap(ph), after))
        elif layout == "sentence":
            lines.append("%s. This gives %s." % (r193_cap(ph), after))
        elif layout == "bold":
            lines.append("**%s:** %s" % (r193_cap(ph), after))
        elif layout == "stepparen":
            lines.append("Step %d (%s): %s" % (i + 1, ph, after))
        elif layout == "afterbar":
            lines.append("%s   | %s" % (after, ph))
        elif layout == "after_eq_colon":
            lines.append("%s, after we %s" % (after, ph))
        elif layout == "then":
            lines.append("Then %s and we have %s" % (ph, after))
        elif layout == "latexquad":
            lines.append("$%s \\quad (%s)$" % (after, ph))
        else:
            raise ValueError(layout)
    return "\n".join(lines)


R193_LAYOUTS = ["colon", "paren", "dash", "above", "prose", "toget", "arrow", "semi", "sentence", "bold", "stepparen",
                "afterbar", "after_eq_colon", "then", "latexquad"]
R193_STYLES = ["en", "takeaway", "remove", "move", "bring", "minus", "no", "de", "es", "fr", "sym", "latex", "scale", "recip",
               "decimal", "decimal"]
R193_TPLS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Solve for {v}: {eq}. Explain each step.",
             "Please solve {eq} and show your working.", "Solve for {v}: {eq}."]


def r193_ok_style(style, layout, numstyle):
    if style in ("sym", "latex") and layout not in ("colon", "paren", "afterbar", "latexquad", "arrow"):
        return False
    if layout == "latexquad" and style not in ("sym", "latex", "en"):
        return False
    if numstyle != "digit" and style in ("sym", "latex", "no", "de", "es", "fr", "decimal"):
        return False
    if style in ("no", "de", "es", "fr") and layout in ("prose", "toget", "sentence", "then", "after_eq_colon", "dash"):
        return False
    return True


# ------------------------------------------------------------------ PART 1: pairs whose numbers coincide in the base
def r193_coinc_params(rng):
    """(kind, base params, variant params, note)."""
    choice = rng.randrange(12)
    x = rng.randint(2, 9)
    if choice == 0:   # S0 b == a, variant changes b
        a = rng.randint(2, 9); b = a
        b2 = rng.choice([k for k in range(1, 10) if k not in (a, b)])
        return "S0", dict(x=x, a=a, b=b), dict(x=x, a=a, b=b2), "S0 b=a, b changed"
    if choice == 1:   # S0 b == a, variant changes a
        a = rng.randint(2, 9); b = a
        a2 = rng.choice([k for k in range(2, 10) if k != a])
        return "S0", dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b), "S0 b=a, a changed"
    if choice == 2:   # S0 b == x, variant changes b
        a = rng.randint(2, 9); b = x
        b2 = rng.choice([k for k in range(1, 10) if k not in (b, a)])
        return "S0", dict(x=x, a=a, b=b), dict(x=x, a=a, b=b2), "S0 b=x, b changed"
    if choice == 3:   # S1 b == a, variant changes b
        a = rng.randint(2, 9); b = a
        b2 = rng.choice([k for k in range(1, 10) if k not in (a, b)])
        return "S1", dict(x=x, a=a, b=b), dict(x=x, a=a, b=b2), "S1 b=a, b changed"
    if choice == 4:   # S1 b == a, variant changes a
        a = rng.randint(2, 9); b = a
        a2 = rng.choice([k for k in range(2, 10) if k != a])
        return "S1", dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b), "S1 b=a, a changed"
    if choice == 5:   # S2 a == b, variant changes a
        a = rng.randint(2, 9); b = a
        a2 = rng.choice([k for k in range(2, 10) if k != a])
        return "S2", dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b), "S2 a=b, a changed"
    if choice == 6:   # S2 a == b, variant changes b
        a = rng.randint(2, 9); b = a
        b2 = rng.choice([k for k in range(1, 10) if k != a])
        return "S2", dict(x=x, a=a, b=b), dict(x=x, a=a, b=b2), "S2 a=b, b changed"
    if choice == 7:   # S2 a == x, variant changes a
        a = x; b = rng.randint(1, 9)
        a2 = rng.choice([k for k in range(2, 10) if k not in (a, b)])
        return "S2", dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b), "S2 a=x, a changed"
    if choice == 8:   # S3 d == b, variant changes d
        d = rng.randint(2, 5); b = d; m = rng.randint(1, 6); x = d * m
        d2 = rng.choice([k for k in range(2, 6) if k != d])
        return "S3", dict(x=x, d=d, b=b), dict(x=d2 * m, d=d2, b=b), "S3 d=b, d changed"
    if choice == 9:   # S3 d == b, variant changes b
        d = rng.randint(2, 5); b = d; m = rng.randint(1, 6); x = d * m
        b2 = rng.choice([k for k in range(1, 10) if k != d])
        return "S3", dict(x=x, d=d, b=b), dict(x=x, d=d, b=b2), "S3 d=b, b changed"
    if choice == 10:  # S4 c == b, variant changes b
        cc = rng.randint(2, 5); a = cc + rng.randint(2, 4); b = cc
        b2 = rng.choice([k for k in range(1, 10) if k != b])
        return "S4", dict(x=x, a=a, b=b, c=cc), dict(x=x, a=a, b=b2, c=cc), "S4 c=b, b changed"
    # S5 a == x, variant changes a
    a = x
    a2 = rng.choice([k for k in range(2, 10) if k != a])
    return "S5", dict(x=x, a=a), dict(x=x, a=a2), "S5 a=x, a changed"


def r193_plain_params(rng):
    """Pairs with no coincidence: only descriptions whose number is not written in digits can go stale."""
    kind = rng.choice(["S0", "S1", "S2", "S3", "S5", "S2", "S3"])
    x = rng.randint(2, 9)
    if kind in ("S0", "S1"):
        a, b = rng.randint(2, 4), rng.randint(1, 12)
        if rng.random() < 0.5:
            a2, b2 = rng.choice([k for k in (2, 3, 4) if k != a]), b
        else:
            a2, b2 = a, rng.choice([k for k in range(1, 13) if k != b])
        return kind, dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b2), kind + " plain"
    if kind == "S2":
        a, b = rng.randint(2, 4), rng.randint(1, 12)
        if rng.random() < 0.6:
            a2, b2 = rng.choice([k for k in (2, 3, 4) if k != a]), b
        else:
            a2, b2 = a, rng.choice([k for k in range(1, 13) if k != b])
        return kind, dict(x=x, a=a, b=b), dict(x=x, a=a2, b=b2), kind + " plain"
    if kind == "S3":
        d, b, m = rng.randint(2, 4), rng.randint(1, 12), rng.randint(1, 5)
        if rng.random() < 0.6:
            d2 = rng.choice([k for k in (2, 3, 4) if k != d])
            return kind, dict(x=d * m, d=d, b=b), dict(x=d2 * m, d=d2, b=b), kind + " plain"
        b2 = rng.choice([k for k in range(1, 13) if k != b])
        return kind, dict(x=d * m, d=d, b=b), dict(x=d * m, d=d, b=b2), kind + " plain"
    a = rng.randint(2, 4)
    a2 = rng.choice([k for k in (2, 3, 4) if k != a])
    return kind, dict(x=x, a=a), dict(x=x, a=a2), kind + " plain"


def r193_part_pairs(N, coinc):
    rng = r193_rng
    tag = "c" if coinc else "w"
    made = 0
    tries = 0
    while made < N and tries < N * 20:
        tries += 1
        v = rng.choice(["x", "x", "y", "n", "t"])
        if coinc:
            kind, p1, p2, note = r193_coinc_params(rng)
            layout = rng.choice(R193_LAYOUTS)
            style = rng.choice(R193_STYLES)
            numstyle = rng.choice(["digit", "digit", "digit", "word"])
        else:
            kind, p1, p2, note = r193_plain_params(rng)
            layout = rng.choice(R193_LAYOUTS)
            style = rng.choice(["scale", "scale", "en", "no", "de", "es", "fr", "takeaway", "move", "recip", "decimal"])
            numstyle = rng.choice(["word", "word", "digit"]) if style != "scale" else "digit"
        if not r193_ok_style(style, layout, numstyle):
            continue
        if p1 == p2:
            continue
        eq1, st1 = r193_shape(kind, p1, v)
        eq2, st2 = r193_shape(kind, p2, v)
        restate = rng.random() < 0.8
        A1 = r193_render(eq1, st1, v, layout, style, numstyle, restate)
        A2 = r193_render(eq2, st2, v, layout, style, numstyle, restate)
        if A1 == A2:
            continue
        tpl = rng.choice(R193_TPLS)
        fam = "%s_%s_%s_%s" % (tag, layout, style, numstyle)
        b = r193_add("b" + tag, "base_" + fam, tpl.format(v=v, eq=eq1), v, p1["x"], [A1], "pair",
                     meta=dict(role="base", right=A1))
        r193_add("p" + tag, "var_" + fam, tpl.format(v=v, eq=eq2), v, p2["x"], [A2], "pair",
                 meta=dict(role="var", right=A2, base=b, base_ans=A1, note=note, layout=layout, style=style,
                           numstyle=numstyle))
        made += 1


# ------------------------------------------------------------------ PART 2: singles with a right value and a wrong described step
def r193_part_singles(N):
    rng = r193_rng
    made = 0
    tries = 0
    while made < N and tries < N * 20:
        tries += 1
        v = rng.choice(["x", "y", "n"])
        kind = rng.choice(["S0", "S1", "S2", "S3", "S4", "S5"])
        x = rng.randint(2, 9)
        if kind in ("S0", "S1", "S2"):
            p = dict(x=x, a=rng.randint(2, 9), b=rng.randint(1, 9))
        elif kind == "S3":
            d = rng.randint(2, 4)
            p = dict(x=d * rng.randint(1, 5), d=d, b=rng.randint(1, 9))
        elif kind == "S4":
            cc = rng.randint(2, 5)
            p = dict(x=x, a=cc + rng.randint(2, 4), b=rng.randint(1, 9), c=cc)
        else:
            p = dict(x=x, a=rng.randint(2, 9))
        layout = rng.choice(R193_LAYOUTS)
        style = rng.choice(R193_STYLES)
        numstyle = rng.choice(["digit", "digit", "word"])
        if not r193_ok_style(style, layout, numstyle):
            continue
        eq, st = r193_shape(kind, p, v)
        i = rng.randrange(len(st))
        op, n, vt, after = st[i]
        mode = rng.choice(["num", "num", "op", "scale"])
        if mode == "num":       # another number: off by one, or another number of the equation
            cands = [k for k in set([n + 1, n - 1, n + 2] + [q for q in p.values() if isinstance(q, int)]) if k > 1 and k != n]
            n2 = rng.choice(sorted(cands))
            wrong = r193_phrase(op, n2, vt, v, style, numstyle)
        elif mode == "op":      # the opposite operation, same number
            opp = {"s": "a", "a": "s", "d": "m", "m": "d"}[op]
            wrong = r193_phrase(opp, n, vt, v, style, numstyle)
        else:                   # a scale word of another number
            if op in "dm":
                w = {2: 3, 3: 2, 4: 2}.get(n, rng.choice([2, 3]))
                wrong = (R193_SCALE_D if op == "d" else R193_SCALE_M)[w]
            else:
                wrong = r193_phrase(op, n, vt, v, style, "word" if numstyle == "digit" else "digit")
                wrong = wrong.replace(r193_num(n, "word"), r193_num(n + 1, "word")).replace(str(n), str(n + 1)) if not vt else wrong
        right_ph = r193_phrase(op, n, vt, v, style, numstyle)
        if wrong == right_ph:
            continue
        restate = rng.random() < 0.8
        Aw = r193_render(eq, st, v, layout, style, numstyle, restate, wrong_at=i, wrong_ph=wrong)
        Ar = r193_render(eq, st, v, layout, style, numstyle, restate)
        tpl = rng.choice(R193_TPLS)
        fam = "s_%s_%s_%s_%s" % (layout, style, numstyle, mode)
        r193_add("s", fam, tpl.format(v=v, eq=eq), v, x if kind != "S3" else p["x"], [Aw, Ar, Ar], "single",
                 meta=dict(role="single", right=Ar, wrong=Aw, layout=layout, style=style, numstyle=numstyle, mode=mode))
        made += 1


# ------------------------------------------------------------------ PART 3: two operations in one description
def r193_part_combined(N):
    rng = r193_rng
    for i in range(N):
        v = rng.choice(["x", "y"])
        x = rng.randint(2, 9)
        a = rng.randint(2, 9)
        kind = i % 3
        if kind == 0:   # a v + b = c, "subtract b and divide by a"; pair where b == a and a changes
            b = a
            a2 = rng.choice([k for k in range(2, 10) if k != a])
            def A(a, b, form):
                eq = "%d%s + %d = %d" % (a, v, b, a * x + b)
                d = ["Subtract %d and divide by %d: %s = %d", "%s = %d (subtract %d, then divide by %d)",
                     "Subtracting %d and dividing by %d gives %s = %d.", "We take away %d and then divide by %d, so %s = %d."][form]
                if form == 1:
                    return eq, eq + "\n" + d % (v, x, b, a)
                return eq, eq + "\n" + d % (b, a, v, x)
            form = rng.randrange(4)
            e1, A1 = A(a, b, form)
            e2, A2 = A(a2, b, form)
        elif kind == 1:  # a(v + b) = c: "divide by a and subtract b"; a == b, b changes
            b = a
            b2 = rng.choice([k for k in range(1, 10) if k != a])
            def A(a, b, form):
                eq = "%d(%s + %d) = %d" % (a, v, b, a * (x + b))
                d = ["Divide by %d and subtract %d: %s = %d", "%s = %d (divide by %d, then subtract %d)",
                     "Dividing by %d and subtracting %d gives %s = %d.", "We divide by %d and then take away %d, so %s = %d."][form]
                if form == 1:
                    return eq, eq + "\n" + d % (v, x, a, b)
                return eq, eq + "\n" + d % (a, b, v, x)
            form = rng.randrange(4)
            e1, A1 = A(a, b, form)
            e2, A2 = A(a, b2, form)
        else:            # v/d + b = c, "subtract b and multiply by d"; d == b, d changes
            d = rng.randint(2, 5)
            b = d
            m = rng.randint(1, 5)
            d2 = rng.choice([k for k in range(2, 6) if k != d])
            def A(d, b, form):
                eq = "%s/%d + %d = %d" % (v, d, b, m + b)
                t = ["Subtract %d and multiply by %d: %s = %d", "%s = %d (subtract %d, then multiply by %d)",
                     "Subtracting %d and multiplying by %d gives %s = %d.", "We take away %d and then multiply by %d, so %s = %d."][form]
                if form == 1:
                    return eq, eq + "\n" + t % (v, m * d, b, d)
                return eq, eq + "\n" + t % (b, d, v, m * d)
            form = rng.randrange(4)
            e1, A1 = A(d, b, form)
            e2, A2 = A(d2, b, form)
            x = None
        tpl = rng.choice(R193_TPLS)
        xv1 = x if x is not None else m * d
        xv2 = x if x is not None else m * d2
        b_ = r193_add("bk", "combined_base_%d" % kind, tpl.format(v=v, eq=e1), v, xv1, [A1], "pair",
                      meta=dict(role="base", right=A1))
        r193_add("pk", "combined_var_%d" % kind, tpl.format(v=v, eq=e2), v, xv2, [A2], "pair",
                 meta=dict(role="var", right=A2, base=b_, base_ans=A1, note="combined %d" % kind))


# ------------------------------------------------------------------ PART 4: renamed variable with a variable term in a description
def r193_part_rename(N):
    rng = r193_rng
    for i in range(N):
        v1, v2 = rng.sample(["x", "y", "n", "t", "k"], 2)
        cc = rng.randint(2, 5)
        p = dict(x=rng.randint(2, 9), a=cc + rng.randint(2, 4), b=rng.randint(1, 9), c=cc)
        layout = rng.choice(["colon", "paren", "above", "prose", "toget", "dash", "sentence", "then"])
        style = rng.choice(["en", "takeaway", "remove", "no", "de"])
        eq1, st1 = r193_shape("S4", p, v1)
        eq2, st2 = r193_shape("S4", p, v2)
        A1 = r193_render(eq1, st1, v1, layout, style, "digit")
        A2 = r193_render(eq2, st2, v2, layout, style, "digit")
        tpl = rng.choice(["Solve for {v}: {eq}. Show each step.", "Solve for {v}: {eq}. Explain each step.",
                          "Solve for {v}: {eq}."])
        b_ = r193_add("br", "rename_base", tpl.format(v=v1, eq=eq1), v1, p["x"], [A1], "pair", meta=dict(role="base", right=A1))
        r193_add("pr", "rename_var_%s_%s" % (layout, style), tpl.format(v=v2, eq=eq2), v2, p["x"], [A2], "pair",
                 meta=dict(role="var", right=A2, base=b_, base_ans=A1, note="renamed var, vterm desc"))


# ------------------------------------------------------------------ PART 5: the request asks something else in words
def r193_part_asks(N):
    rng = r193_rng
    asks = [("Give the answer as a mixed number.", "mixed"), ("State whether {v} is even.", "even"),
            ("Find {v}, then {v} squared.", "sq"), ("Then say whether the answer is positive.", "pos"),
            ("Round the answer to the nearest ten.", "round"), ("Give the answer as a decimal.", "dec"),
            ("Also give the reciprocal of {v}.", "recip"), ("Express the answer as a percentage.", "pct"),
            ("Write the answer in Roman numerals.", "roman"), ("Answer with the value of {v} minus one.", "minus1"),
            ("Gib das Ergebnis als gemischte Zahl an.", "mixed_de"), ("Oppgi svaret som et blandet tall.", "mixed_no")]
    for i in range(N):
        v = rng.choice(["x", "y"])
        a = rng.choice([3, 4, 5, 6])
        b = rng.randint(1, 9)
        c = a * rng.randint(2, 5) + b + rng.randint(1, a - 1)
        from fractions import Fraction as F
        xv = F(c - b, a)
        eq = "%d%s + %d = %d" % (a, v, b, c)
        xs = "%d/%d" % (xv.numerator, xv.denominator)
        A = "%s\nSubtract %d from both sides: %d%s = %d\nDivide both sides by %d: %s = %s" % (eq, b, a, v, c - b, a, v, xs)
        ask, key = asks[i % len(asks)]
        base = "Solve for %s: %s." % (v, eq)
        var = "Solve for %s: %s. %s" % (v, eq, ask.format(v=v))
        whole, rem = divmod(xv.numerator, xv.denominator)
        extra = {"mixed": "%s = %d %d/%d" % (v, whole, rem, xv.denominator), "mixed_de": "%s = %d %d/%d" % (v, whole, rem, xv.denominator),
                 "mixed_no": "%s = %d %d/%d" % (v, whole, rem, xv.denominator)}.get(key)
        b_ = r193_add("ba", "asks_base", base, v, xs, [A], "pair", meta=dict(role="base", right=A))
        r193_add("pa", "asks_var_%s" % key, var, v, xs, [A + ("\n" + extra if extra else "")], "pair",
                 meta=dict(role="var_asks", right=A, base=b_, base_ans=A, note="asks " + key))


# ------------------------------------------------------------------ PART 6: safe variants
def r193_part_safe(N):
    rng = r193_rng
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        kind = rng.choice(["S0", "S1", "S2", "S5"])
        p = dict(x=rng.randint(2, 9), a=rng.randint(2, 9), b=rng.randint(1, 9))
        eq, st = r193_shape(kind, p, v)
        mode = i % 4
        layout = rng.choice(["colon", "paren", "above", "prose", "none"])
        if layout == "none":
            A = "\n".join([eq] + [s[3] for s in st])
        else:
            A = r193_render(eq, st, v, layout, "en", "digit")
        base = "Solve for %s: %s. Show each step." % (v, eq)
        b_ = r193_add("bs", "safe_base", base, v, p["x"], [A], "pair", meta=dict(role="base", right=A))
        if mode == 0:
            var, ans, v2 = "Solve for %s:  %s.   Show each step." % (v, eq), A, v
        elif mode == 1:
            var, ans, v2 = "Please solve for %s: %s. Show each step." % (v, eq), A, v
        elif mode == 2:
            v2 = {"x": "z", "y": "w", "n": "m"}[v]
            eq2, st2 = r193_shape(kind, p, v2)
            ans = ("\n".join([eq2] + [s[3] for s in st2]) if layout == "none"
                   else r193_render(eq2, st2, v2, layout, "en", "digit"))
            var = "Solve for %s: %s. Show each step." % (v2, eq2)
        else:
            var, ans, v2 = "Solve for %s: %s. Show each step. Thanks!" % (v, eq), A, v
        r193_add("sf", "safe_%d_%s" % (mode, layout), var, v2, p["x"], [ans], "safe", safe=True,
                 meta=dict(role="safe", right=ans, base=b_))


r193_part_pairs(1500, True)
r193_part_pairs(700, False)
r193_part_singles(900)
r193_part_combined(120)
r193_part_rename(80)
r193_part_asks(60)
r193_part_safe(160)

# ------------------------------------------------------------------ PART 7: singles, plain English verbs with digits, by layout
def r193_part_grid(N):
    rng = r193_rng
    layouts = ["colon", "paren", "dash", "above", "prose", "toget", "arrow", "semi", "sentence", "bold", "stepparen",
               "afterbar", "after_eq_colon", "then"]
    for i in range(N):
        layout = layouts[i % len(layouts)]
        numstyle = ["digit", "digit", "word", "dec"][(i // len(layouts)) % 4]
        v = rng.choice(["x", "y", "n"])
        kind = rng.choice(["S0", "S1", "S2", "S3", "S5"])
        x = rng.randint(2, 9)
        if kind == "S3":
            d = rng.randint(2, 4)
            p = dict(x=d * rng.randint(1, 5), d=d, b=rng.randint(1, 9))
        elif kind == "S5":
            p = dict(x=x, a=rng.randint(2, 9))
        else:
            p = dict(x=x, a=rng.randint(2, 9), b=rng.randint(1, 9))
        eq, st = r193_shape(kind, p, v)
        j = rng.randrange(len(st))
        op, n, vt, after = st[j]
        n2 = rng.choice([k for k in (n - 1, n + 1, n + 2) if k > 1 and k != n])
        wrong = r193_phrase(op, n2, vt, v, "en", numstyle)
        Aw = r193_render(eq, st, v, layout, "en", numstyle, True, wrong_at=j, wrong_ph=wrong)
        Ar = r193_render(eq, st, v, layout, "en", numstyle, True)
        tpl = rng.choice(R193_TPLS[:4])
        r193_add("g", "grid_%s_%s" % (layout, numstyle), tpl.format(v=v, eq=eq), v, p["x"], [Aw, Ar, Ar], "single",
                 meta=dict(role="single", right=Ar, wrong=Aw, layout=layout, style="en", numstyle=numstyle, mode="num"))


# ------------------------------------------------------------------ PART 8: singles, other verbs in the read layout ("Verb N ...: eq")
R193_VERBS = {
    "s": ["Take away {n} from both sides", "Deduct {n} from both sides", "Remove {n} from both sides",
          "Take {n} from each side", "Minus {n} from both sides", "Subtract {n} off both sides", "Subtract {n} on each side",
          "Decrease both sides by {n}", "Reduce both sides by {n}", "Knock {n} off both sides", "Subtract {n} from each side",
          "Subtract {n} from both sides of the equation", "Subtract {n} from the left and the right",
          "Subtract {n} from each side of the equation", "Subtracting {n} from both sides", "We subtract {n} from both sides"],
    "a": ["Put {n} on both sides", "Add {n} on both sides", "Increase both sides by {n}", "Add {n} to each side",
          "Plus {n} on both sides", "Add {n} to both sides of the equation", "Adding {n} to each side"],
    "d": ["Divide each side by {n}", "Split both sides into {n}", "Divide through by {n}", "Divide both sides through by {n}",
          "Divide by {n} on both sides", "Share both sides by {n}", "Divide the equation by {n}", "Dividing each side by {n}",
          "Divide everything by {n}"],
    "m": ["Multiply each side by {n}", "Times both sides by {n}", "Multiply through by {n}", "Multiply by {n} on both sides",
          "Multiply the equation by {n}", "Multiply everything by {n}", "Scale both sides by {n}"],
}


def r193_part_verbs(N):
    rng = r193_rng
    for i in range(N):
        v = rng.choice(["x", "y", "n"])
        kind = rng.choice(["S0", "S1", "S2", "S3", "S5"])
        x = rng.randint(2, 9)
        if kind == "S3":
            d = rng.randint(2, 4)
            p = dict(x=d * rng.randint(1, 5), d=d, b=rng.randint(1, 9))
        elif kind == "S5":
            p = dict(x=x, a=rng.randint(2, 9))
        else:
            p = dict(x=x, a=rng.randint(2, 9), b=rng.randint(1, 9))
        eq, st = r193_shape(kind, p, v)
        j = rng.randrange(len(st))
        op, n, vt, after = st[j]
        verb = rng.choice(R193_VERBS[op])
        n2 = rng.choice([k for k in (n - 1, n + 1, n + 2) if k > 1 and k != n])
        lines_w, lines_r = [eq], [eq]
        for k, (op_, n_, vt_, after_) in enumerate(st):
            ph_r = verb.format(n=n_) if k == j else r193_cap(r193_phrase(op_, n_, vt_, v, "en", "digit"))
            ph_w = verb.format(n=n2) if k == j else ph_r
            lines_r.append("%s: %s" % (ph_r, after_))
            lines_w.append("%s: %s" % (ph_w, after_))
        tpl = rng.choice(R193_TPLS[:4])
        r193_add("v", "verb_%s" % verb.split(" {n}")[0].replace(" ", "_"), tpl.format(v=v, eq=eq), v, p["x"],
                 ["\n".join(lines_w), "\n".join(lines_r), "\n".join(lines_r)], "single",
                 meta=dict(role="single", right="\n".join(lines_r), wrong="\n".join(lines_w), layout="colon",
                           style=verb, numstyle="digit", mode="num"))


r193_part_grid(840)
r193_part_verbs(500)


# Found in the full run (wrong steps served from the cache, run 1 or 2; the round's reader sem.py):
r193_found_alone_list = {
    'd193-bc-29', 'd193-bc-47', 'd193-bc-49', 'd193-bc-61', 'd193-bc-77', 'd193-bc-79', 'd193-bc-105', 'd193-bc-167',
    'd193-bc-198', 'd193-bc-216', 'd193-bc-261', 'd193-bc-285', 'd193-bc-311', 'd193-bc-342', 'd193-bc-352',
    'd193-bc-439', 'd193-bc-463', 'd193-bc-467', 'd193-bc-508', 'd193-bc-590', 'd193-bc-650', 'd193-bc-664',
    'd193-bc-676', 'd193-bc-690', 'd193-bc-706', 'd193-bc-737', 'd193-bc-883', 'd193-bc-900', 'd193-bc-918',
    'd193-bc-946', 'd193-bc-1022', 'd193-bc-1032', 'd193-bc-1065', 'd193-bc-1080', 'd193-bc-1091', 'd193-bc-1097',
    'd193-bc-1199', 'd193-bc-1265', 'd193-bc-1292', 'd193-bc-1313', 'd193-bc-1376', 'd193-bc-1413', 'd193-bc-1484',
    'd193-bc-1510', 'd193-bc-1565', 'd193-bc-1575', 'd193-bc-1606', 'd193-bc-1618', 'd193-bc-1635', 'd193-bc-1681',
    'd193-bc-1685', 'd193-bc-1751', 'd193-bc-1756', 'd193-bc-1787', 'd193-bc-1866', 'd193-bc-1881', 'd193-bc-1885',
    'd193-bc-1918', 'd193-bc-1936', 'd193-bc-1971', 'd193-bc-2025', 'd193-bc-2089', 'd193-bc-2117', 'd193-bc-2149',
    'd193-bc-2199', 'd193-bc-2222', 'd193-bc-2233', 'd193-bc-2279', 'd193-bc-2332', 'd193-bc-2394', 'd193-bc-2406',
    'd193-bc-2412', 'd193-bc-2506', 'd193-bc-2524', 'd193-bc-2542', 'd193-bc-2549', 'd193-bc-2558', 'd193-bc-2562',
    'd193-bc-2596', 'd193-bc-2698', 'd193-bc-2700', 'd193-bc-2704', 'd193-bc-2723', 'd193-bc-2749', 'd193-bc-2763',
    'd193-bk-4775', 'd193-bk-4808', 'd193-bk-4818', 'd193-bk-4833', 'd193-bk-4842', 'd193-bk-4867', 'd193-bk-4893',
    'd193-br-4936', 'd193-br-4972', 'd193-br-4974', 'd193-br-4982', 'd193-br-4988', 'd193-br-4990', 'd193-br-4999',
    'd193-br-5013', 'd193-br-5019', 'd193-br-5062', 'd193-br-5077', 'd193-bs-5327', 'd193-bw-2787', 'd193-bw-2796',
    'd193-bw-2802', 'd193-bw-2872', 'd193-bw-2920', 'd193-bw-2935', 'd193-bw-2944', 'd193-bw-2950', 'd193-bw-2988',
    'd193-bw-2998', 'd193-bw-3043', 'd193-bw-3062', 'd193-bw-3064', 'd193-bw-3107', 'd193-bw-3122', 'd193-bw-3128',
    'd193-bw-3136', 'd193-bw-3156', 'd193-bw-3158', 'd193-bw-3161', 'd193-bw-3181', 'd193-bw-3227', 'd193-bw-3236',
    'd193-bw-3272', 'd193-bw-3275', 'd193-bw-3287', 'd193-bw-3303', 'd193-bw-3313', 'd193-bw-3321', 'd193-bw-3343',
    'd193-bw-3359', 'd193-bw-3398', 'd193-bw-3422', 'd193-bw-3474', 'd193-bw-3479', 'd193-bw-3546', 'd193-bw-3619',
    'd193-bw-3641', 'd193-bw-3650', 'd193-bw-3661', 'd193-bw-3667', 'd193-bw-3708', 'd193-bw-3722', 'd193-bw-3743',
    'd193-bw-3747', 'd193-bw-3751', 'd193-bw-3783', 'd193-bw-3791', 'd193-bw-3810', 'd193-bw-3818', 'd193-bw-3820',
    'd193-bw-3835', 'd193-bw-3854', 'd193-bw-3871', 'd193-bw-3877', 'd193-bw-3889', 'd193-bw-3916', 'd193-bw-3943',
    'd193-bw-3991', 'd193-g-5492', 'd193-g-5494', 'd193-g-5495', 'd193-g-5501', 'd193-g-5502', 'd193-g-5503',
    'd193-g-5507', 'd193-g-5511', 'd193-g-5515', 'd193-g-5516', 'd193-g-5517', 'd193-g-5522', 'd193-g-5531',
    'd193-g-5532', 'd193-g-5533', 'd193-g-5538', 'd193-g-5539', 'd193-g-5540', 'd193-g-5541', 'd193-g-5543',
    'd193-g-5547', 'd193-g-5550', 'd193-g-5551', 'd193-g-5557', 'd193-g-5558', 'd193-g-5559', 'd193-g-5572',
    'd193-g-5573', 'd193-g-5574', 'd193-g-5580', 'd193-g-5581', 'd193-g-5583', 'd193-g-5584', 'd193-g-5585',
    'd193-g-5590', 'd193-g-5591', 'd193-g-5592', 'd193-g-5594', 'd193-g-5595', 'd193-g-5596', 'd193-g-5597',
    'd193-g-5603', 'd193-g-5604', 'd193-g-5605', 'd193-g-5606', 'd193-g-5607', 'd193-g-5619', 'd193-g-5620',
    'd193-g-5621', 'd193-g-5626', 'd193-g-5627', 'd193-g-5628', 'd193-g-5629', 'd193-g-5630', 'd193-g-5633',
    'd193-g-5638', 'd193-g-5640', 'd193-g-5641', 'd193-g-5646', 'd193-g-5647', 'd193-g-5657', 'd193-g-5662',
    'd193-g-5664', 'd193-g-5669', 'd193-g-5670', 'd193-g-5672', 'd193-g-5673', 'd193-g-5674', 'd193-g-5675',
    'd193-g-5680', 'd193-g-5681', 'd193-g-5682', 'd193-g-5685', 'd193-g-5686', 'd193-g-5693', 'd193-g-5694',
    'd193-g-5697', 'd193-g-5699', 'd193-g-5704', 'd193-g-5708', 'd193-g-5710', 'd193-g-5716', 'd193-g-5718',
    'd193-g-5719', 'd193-g-5720', 'd193-g-5721', 'd193-g-5731', 'd193-g-5733', 'd193-g-5734', 'd193-g-5735',
    'd193-g-5739', 'd193-g-5743', 'd193-g-5745', 'd193-g-5750', 'd193-g-5751', 'd193-g-5758', 'd193-g-5759',
    'd193-g-5760', 'd193-g-5766', 'd193-g-5768', 'd193-g-5773', 'd193-g-5779', 'd193-g-5780', 'd193-g-5783',
    'd193-g-5796', 'd193-g-5798', 'd193-g-5801', 'd193-g-5802', 'd193-g-5807', 'd193-g-5809', 'd193-g-5810',
    'd193-g-5812', 'd193-g-5813', 'd193-g-5814', 'd193-g-5815', 'd193-g-5819', 'd193-g-5823', 'd193-g-5824',
    'd193-g-5825', 'd193-g-5826', 'd193-g-5827', 'd193-g-5828', 'd193-g-5829', 'd193-g-5833', 'd193-g-5834',
    'd193-g-5847', 'd193-g-5848', 'd193-g-5849', 'd193-g-5853', 'd193-g-5854', 'd193-g-5855', 'd193-g-5858',
    'd193-g-5859', 'd193-g-5868', 'd193-g-5869', 'd193-g-5870', 'd193-g-5876', 'd193-g-5877', 'd193-g-5890',
    'd193-g-5891', 'd193-g-5892', 'd193-g-5893', 'd193-g-5897', 'd193-g-5899', 'd193-g-5900', 'd193-g-5904',
    'd193-g-5911', 'd193-g-5912', 'd193-g-5915', 'd193-g-5916', 'd193-g-5921', 'd193-g-5936', 'd193-g-5939',
    'd193-g-5946', 'd193-g-5948', 'd193-g-5949', 'd193-g-5950', 'd193-g-5952', 'd193-g-5953', 'd193-g-5955',
    'd193-g-5956', 'd193-g-5957', 'd193-g-5958', 'd193-g-5961', 'd193-g-5963', 'd193-g-5964', 'd193-g-5965',
    'd193-g-5966', 'd193-g-5980', 'd193-g-5981', 'd193-g-5982', 'd193-g-5985', 'd193-g-5987', 'd193-g-5988',
    'd193-g-5989', 'd193-g-5991', 'd193-g-5992', 'd193-g-5996', 'd193-g-5997', 'd193-g-5998', 'd193-g-6001',
    'd193-g-6006', 'd193-g-6007', 'd193-g-6008', 'd193-g-6022', 'd193-g-6026', 'd193-g-6028', 'd193-g-6029',
    'd193-g-6032', 'd193-g-6033', 'd193-g-6035', 'd193-g-6038', 'd193-g-6039', 'd193-g-6041', 'd193-g-6042',
    'd193-g-6043', 'd193-g-6045', 'd193-g-6046', 'd193-g-6049', 'd193-g-6050', 'd193-g-6051', 'd193-g-6053',
    'd193-g-6060', 'd193-g-6061', 'd193-g-6062', 'd193-g-6066', 'd193-g-6067', 'd193-g-6069', 'd193-g-6070',
    'd193-g-6071', 'd193-g-6072', 'd193-g-6076', 'd193-g-6077', 'd193-g-6080', 'd193-g-6081', 'd193-g-6085',
    'd193-g-6086', 'd193-g-6087', 'd193-g-6092', 'd193-g-6093', 'd193-g-6094', 'd193-g-6098', 'd193-g-6104',
    'd193-g-6105', 'd193-g-6106', 'd193-g-6109', 'd193-g-6110', 'd193-g-6111', 'd193-g-6116', 'd193-g-6117',
    'd193-g-6120', 'd193-g-6121', 'd193-g-6122', 'd193-g-6127', 'd193-g-6128', 'd193-g-6129', 'd193-g-6130',
    'd193-g-6134', 'd193-g-6138', 'd193-g-6140', 'd193-g-6141', 'd193-g-6142', 'd193-g-6145', 'd193-g-6146',
    'd193-g-6147', 'd193-g-6148', 'd193-pc-48', 'd193-pc-56', 'd193-pc-78', 'd193-pc-80', 'd193-pc-106',
    'd193-pc-144', 'd193-pc-168', 'd193-pc-172', 'd193-pc-199', 'd193-pc-231', 'd193-pc-242', 'd193-pc-258',
    'd193-pc-286', 'd193-pc-327', 'd193-pc-333', 'd193-pc-343', 'd193-pc-367', 'd193-pc-411', 'd193-pc-440',
    'd193-pc-462', 'd193-pc-501', 'd193-pc-541', 'd193-pc-583', 'd193-pc-637', 'd193-pc-651', 'd193-pc-677',
    'd193-pc-683', 'd193-pc-691', 'd193-pc-705', 'd193-pc-738', 'd193-pc-748', 'd193-pc-762', 'd193-pc-774',
    'd193-pc-784', 'd193-pc-804', 'd193-pc-872', 'd193-pc-901', 'd193-pc-919', 'd193-pc-923', 'd193-pc-961',
    'd193-pc-963', 'd193-pc-1006', 'd193-pc-1033', 'd193-pc-1054', 'd193-pc-1066', 'd193-pc-1092', 'd193-pc-1126',
    'd193-pc-1168', 'd193-pc-1194', 'd193-pc-1206', 'd193-pc-1224', 'd193-pc-1244', 'd193-pc-1264', 'd193-pc-1266',
    'd193-pc-1275', 'd193-pc-1289', 'd193-pc-1293', 'd193-pc-1314', 'd193-pc-1325', 'd193-pc-1353', 'd193-pc-1359',
    'd193-pc-1412', 'd193-pc-1461', 'd193-pc-1473', 'd193-pc-1493', 'd193-pc-1499', 'd193-pc-1511', 'd193-pc-1519',
    'd193-pc-1559', 'd193-pc-1576', 'd193-pc-1619', 'd193-pc-1645', 'd193-pc-1648', 'd193-pc-1651', 'd193-pc-1686',
    'd193-pc-1708', 'd193-pc-1721', 'd193-pc-1744', 'd193-pc-1746', 'd193-pc-1752', 'd193-pc-1819', 'd193-pc-1822',
    'd193-pc-1867', 'd193-pc-1868', 'd193-pc-1911', 'd193-pc-1951', 'd193-pc-1957', 'd193-pc-1972', 'd193-pc-1983',
    'd193-pc-1987', 'd193-pc-1989', 'd193-pc-2035', 'd193-pc-2057', 'd193-pc-2071', 'd193-pc-2090', 'd193-pc-2118',
    'd193-pc-2168', 'd193-pc-2223', 'd193-pc-2265', 'd193-pc-2267', 'd193-pc-2280', 'd193-pc-2285', 'd193-pc-2333',
    'd193-pc-2351', 'd193-pc-2353', 'd193-pc-2370', 'd193-pc-2395', 'd193-pc-2405', 'd193-pc-2437', 'd193-pc-2439',
    'd193-pc-2481', 'd193-pc-2488', 'd193-pc-2513', 'd193-pc-2525', 'd193-pc-2530', 'd193-pc-2532', 'd193-pc-2543',
    'd193-pc-2546', 'd193-pc-2559', 'd193-pc-2563', 'd193-pc-2636', 'd193-pc-2671', 'd193-pc-2724', 'd193-pc-2742',
    'd193-pc-2745', 'd193-pc-2750', 'd193-pc-2754', 'd193-pk-4776', 'd193-pk-4791', 'd193-pk-4809', 'd193-pk-4812',
    'd193-pk-4820', 'd193-pk-4826', 'd193-pk-4834', 'd193-pk-4843', 'd193-pk-4903', 'd193-pk-4911', 'd193-pk-4926',
    'd193-pr-4937', 'd193-pr-4973', 'd193-pr-4975', 'd193-pr-4981', 'd193-pr-4983', 'd193-pr-4989', 'd193-pr-4991',
    'd193-pr-5000', 'd193-pr-5014', 'd193-pr-5020', 'd193-pr-5063', 'd193-pw-2778', 'd193-pw-2784', 'd193-pw-2797',
    'd193-pw-2814', 'd193-pw-2830', 'd193-pw-2846', 'd193-pw-2862', 'd193-pw-2873', 'd193-pw-2889', 'd193-pw-2893',
    'd193-pw-2910', 'd193-pw-2919', 'd193-pw-2932', 'd193-pw-2936', 'd193-pw-2945', 'd193-pw-2951', 'd193-pw-2989',
    'd193-pw-2999', 'd193-pw-3002', 'd193-pw-3012', 'd193-pw-3037', 'd193-pw-3044', 'd193-pw-3084', 'd193-pw-3088',
    'd193-pw-3094', 'd193-pw-3106', 'd193-pw-3108', 'd193-pw-3129', 'd193-pw-3159', 'd193-pw-3162', 'd193-pw-3182',
    'd193-pw-3208', 'd193-pw-3225', 'd193-pw-3228', 'd193-pw-3235', 'd193-pw-3237', 'd193-pw-3245', 'd193-pw-3256',
    'd193-pw-3258', 'd193-pw-3261', 'd193-pw-3288', 'd193-pw-3296', 'd193-pw-3304', 'd193-pw-3312', 'd193-pw-3326',
    'd193-pw-3327', 'd193-pw-3333', 'd193-pw-3335', 'd193-pw-3342', 'd193-pw-3351', 'd193-pw-3355', 'd193-pw-3383',
    'd193-pw-3415', 'd193-pw-3423', 'd193-pw-3444', 'd193-pw-3471', 'd193-pw-3475', 'd193-pw-3478', 'd193-pw-3512',
    'd193-pw-3518', 'd193-pw-3528', 'd193-pw-3562', 'd193-pw-3581', 'd193-pw-3591', 'd193-pw-3600', 'd193-pw-3624',
    'd193-pw-3628', 'd193-pw-3642', 'd193-pw-3653', 'd193-pw-3662', 'd193-pw-3668', 'd193-pw-3670', 'd193-pw-3688',
    'd193-pw-3707', 'd193-pw-3709', 'd193-pw-3723', 'd193-pw-3730', 'd193-pw-3734', 'd193-pw-3748', 'd193-pw-3754',
    'd193-pw-3760', 'd193-pw-3776', 'd193-pw-3784', 'd193-pw-3790', 'd193-pw-3792', 'd193-pw-3819', 'd193-pw-3821',
    'd193-pw-3829', 'd193-pw-3837', 'd193-pw-3853', 'd193-pw-3860', 'd193-pw-3866', 'd193-pw-3872', 'd193-pw-3876',
    'd193-pw-3878', 'd193-pw-3881', 'd193-pw-3885', 'd193-pw-3890', 'd193-pw-3907', 'd193-pw-3930', 'd193-pw-3945',
    'd193-pw-3951', 'd193-pw-3957', 'd193-pw-3964', 'd193-pw-3992', 'd193-s-4001', 'd193-s-4002', 'd193-s-4003',
    'd193-s-4014', 'd193-s-4017', 'd193-s-4020', 'd193-s-4024', 'd193-s-4026', 'd193-s-4027', 'd193-s-4028',
    'd193-s-4033', 'd193-s-4037', 'd193-s-4041', 'd193-s-4042', 'd193-s-4043', 'd193-s-4046', 'd193-s-4049',
    'd193-s-4054', 'd193-s-4067', 'd193-s-4068', 'd193-s-4070', 'd193-s-4078', 'd193-s-4092', 'd193-s-4103',
    'd193-s-4115', 'd193-s-4120', 'd193-s-4129', 'd193-s-4135', 'd193-s-4143', 'd193-s-4149', 'd193-s-4153',
    'd193-s-4164', 'd193-s-4165', 'd193-s-4169', 'd193-s-4172', 'd193-s-4177', 'd193-s-4184', 'd193-s-4186',
    'd193-s-4191', 'd193-s-4193', 'd193-s-4195', 'd193-s-4196', 'd193-s-4201', 'd193-s-4202', 'd193-s-4228',
    'd193-s-4234', 'd193-s-4236', 'd193-s-4240', 'd193-s-4252', 'd193-s-4257', 'd193-s-4261', 'd193-s-4264',
    'd193-s-4267', 'd193-s-4277', 'd193-s-4278', 'd193-s-4280', 'd193-s-4286', 'd193-s-4288', 'd193-s-4295',
    'd193-s-4312', 'd193-s-4324', 'd193-s-4328', 'd193-s-4346', 'd193-s-4355', 'd193-s-4357', 'd193-s-4367',
    'd193-s-4368', 'd193-s-4370', 'd193-s-4371', 'd193-s-4379', 'd193-s-4381', 'd193-s-4385', 'd193-s-4389',
    'd193-s-4390', 'd193-s-4394', 'd193-s-4404', 'd193-s-4405', 'd193-s-4410', 'd193-s-4412', 'd193-s-4414',
    'd193-s-4416', 'd193-s-4417', 'd193-s-4419', 'd193-s-4424', 'd193-s-4425', 'd193-s-4427', 'd193-s-4428',
    'd193-s-4433', 'd193-s-4440', 'd193-s-4443', 'd193-s-4449', 'd193-s-4450', 'd193-s-4452', 'd193-s-4456',
    'd193-s-4459', 'd193-s-4460', 'd193-s-4462', 'd193-s-4464', 'd193-s-4469', 'd193-s-4472', 'd193-s-4476',
    'd193-s-4484', 'd193-s-4487', 'd193-s-4491', 'd193-s-4494', 'd193-s-4499', 'd193-s-4500', 'd193-s-4501',
    'd193-s-4507', 'd193-s-4508', 'd193-s-4512', 'd193-s-4515', 'd193-s-4516', 'd193-s-4517', 'd193-s-4518',
    'd193-s-4525', 'd193-s-4531', 'd193-s-4532', 'd193-s-4535', 'd193-s-4539', 'd193-s-4540', 'd193-s-4544',
    'd193-s-4545', 'd193-s-4551', 'd193-s-4564', 'd193-s-4570', 'd193-s-4577', 'd193-s-4588', 'd193-s-4594',
    'd193-s-4598', 'd193-s-4600', 'd193-s-4613', 'd193-s-4615', 'd193-s-4618', 'd193-s-4634', 'd193-s-4635',
    'd193-s-4656', 'd193-s-4658', 'd193-s-4659', 'd193-s-4660', 'd193-s-4668', 'd193-s-4678', 'd193-s-4681',
    'd193-s-4682', 'd193-s-4683', 'd193-s-4687', 'd193-s-4688', 'd193-s-4690', 'd193-s-4691', 'd193-s-4692',
    'd193-s-4695', 'd193-s-4704', 'd193-s-4705', 'd193-s-4707', 'd193-s-4711', 'd193-s-4713', 'd193-s-4715',
    'd193-s-4718', 'd193-s-4729', 'd193-s-4733', 'd193-s-4737', 'd193-s-4739', 'd193-s-4743', 'd193-s-4744',
    'd193-s-4745', 'd193-s-4748', 'd193-s-4751', 'd193-s-4752', 'd193-sf-5241', 'd193-sf-5328', 'd193-sf-5365',
    'd193-sf-5446', 'd193-sf-5468', 'd193-v-6155', 'd193-v-6157', 'd193-v-6158', 'd193-v-6159', 'd193-v-6163',
    'd193-v-6169', 'd193-v-6170', 'd193-v-6172', 'd193-v-6185', 'd193-v-6189', 'd193-v-6190', 'd193-v-6191',
    'd193-v-6195', 'd193-v-6200', 'd193-v-6206', 'd193-v-6207', 'd193-v-6209', 'd193-v-6219', 'd193-v-6221',
    'd193-v-6223', 'd193-v-6226', 'd193-v-6245', 'd193-v-6246', 'd193-v-6247', 'd193-v-6262', 'd193-v-6263',
    'd193-v-6265', 'd193-v-6267', 'd193-v-6268', 'd193-v-6271', 'd193-v-6273', 'd193-v-6274', 'd193-v-6275',
    'd193-v-6280', 'd193-v-6286', 'd193-v-6291', 'd193-v-6292', 'd193-v-6294', 'd193-v-6305', 'd193-v-6313',
    'd193-v-6315', 'd193-v-6316', 'd193-v-6317', 'd193-v-6318', 'd193-v-6322', 'd193-v-6335', 'd193-v-6336',
    'd193-v-6337', 'd193-v-6340', 'd193-v-6341', 'd193-v-6352', 'd193-v-6355', 'd193-v-6361', 'd193-v-6365',
    'd193-v-6369', 'd193-v-6371', 'd193-v-6373', 'd193-v-6375', 'd193-v-6377', 'd193-v-6378', 'd193-v-6384',
    'd193-v-6391', 'd193-v-6392', 'd193-v-6393', 'd193-v-6403', 'd193-v-6405', 'd193-v-6413', 'd193-v-6419',
    'd193-v-6422', 'd193-v-6424', 'd193-v-6425', 'd193-v-6426', 'd193-v-6427', 'd193-v-6438', 'd193-v-6442',
    'd193-v-6447', 'd193-v-6455', 'd193-v-6456', 'd193-v-6459', 'd193-v-6460', 'd193-v-6463', 'd193-v-6464',
    'd193-v-6470', 'd193-v-6472', 'd193-v-6473', 'd193-v-6474', 'd193-v-6477', 'd193-v-6486', 'd193-v-6494',
    'd193-v-6498', 'd193-v-6500', 'd193-v-6504', 'd193-v-6512', 'd193-v-6514', 'd193-v-6515',
}
r193_arguable_list = {
    'd193-bc-198', 'd193-bc-261', 'd193-bc-285', 'd193-bc-311', 'd193-bc-650', 'd193-bc-664', 'd193-bc-1265',
    'd193-bc-1292', 'd193-bc-1376', 'd193-bc-1618', 'd193-bc-1787', 'd193-bc-1866', 'd193-bc-1918', 'd193-bc-1971',
    'd193-bc-2025', 'd193-bc-2089', 'd193-bc-2222', 'd193-bc-2279', 'd193-bc-2542', 'd193-bc-2698', 'd193-bc-2704',
    'd193-bc-2749', 'd193-bk-4775', 'd193-bk-4808', 'd193-bk-4818', 'd193-bk-4842', 'd193-bk-4893', 'd193-br-4972',
    'd193-br-4974', 'd193-br-4982', 'd193-br-4988', 'd193-br-4990', 'd193-br-4999', 'd193-br-5013', 'd193-br-5019',
    'd193-br-5062', 'd193-br-5077', 'd193-bw-2787', 'd193-bw-2920', 'd193-bw-2988', 'd193-bw-3107', 'd193-bw-3136',
    'd193-bw-3181', 'd193-bw-3227', 'd193-bw-3236', 'd193-bw-3272', 'd193-bw-3275', 'd193-bw-3287', 'd193-bw-3303',
    'd193-bw-3313', 'd193-bw-3422', 'd193-bw-3474', 'd193-bw-3479', 'd193-bw-3641', 'd193-bw-3661', 'd193-bw-3708',
    'd193-bw-3747', 'd193-bw-3820', 'd193-bw-3871', 'd193-bw-3916', 'd193-bw-3943', 'd193-bw-3991', 'd193-g-5492',
    'd193-g-5503', 'd193-g-5543', 'd193-g-5606', 'd193-g-5607', 'd193-g-5627', 'd193-g-5633', 'd193-g-5674',
    'd193-g-5697', 'd193-g-5720', 'd193-g-5739', 'd193-g-5766', 'd193-g-5812', 'd193-g-5819', 'd193-g-5826',
    'd193-g-5853', 'd193-g-5936', 'd193-g-5961', 'd193-g-5966', 'd193-g-5985', 'd193-g-6042', 'd193-g-6045',
    'd193-g-6053', 'd193-g-6069', 'd193-g-6087', 'd193-g-6092', 'd193-g-6093', 'd193-g-6122', 'd193-g-6138',
    'd193-pc-144', 'd193-pc-199', 'd193-pc-258', 'd193-pc-286', 'd193-pc-367', 'd193-pc-637', 'd193-pc-651',
    'd193-pc-762', 'd193-pc-872', 'd193-pc-923', 'd193-pc-1126', 'd193-pc-1224', 'd193-pc-1244', 'd193-pc-1266',
    'd193-pc-1275', 'd193-pc-1289', 'd193-pc-1293', 'd193-pc-1359', 'd193-pc-1461', 'd193-pc-1619', 'd193-pc-1721',
    'd193-pc-1867', 'd193-pc-1911', 'd193-pc-1951', 'd193-pc-1972', 'd193-pc-2057', 'd193-pc-2090', 'd193-pc-2168',
    'd193-pc-2223', 'd193-pc-2280', 'd193-pc-2439', 'd193-pc-2543', 'd193-pc-2745', 'd193-pc-2750', 'd193-pk-4809',
    'd193-pk-4812', 'd193-pk-4826', 'd193-pk-4834', 'd193-pk-4843', 'd193-pk-4903', 'd193-pk-4911', 'd193-pk-4926',
    'd193-pr-4973', 'd193-pr-4975', 'd193-pr-4981', 'd193-pr-4983', 'd193-pr-4989', 'd193-pr-4991', 'd193-pr-5000',
    'd193-pr-5014', 'd193-pr-5020', 'd193-pr-5063', 'd193-pw-2814', 'd193-pw-2846', 'd193-pw-2989', 'd193-pw-3037',
    'd193-pw-3108', 'd193-pw-3182', 'd193-pw-3208', 'd193-pw-3225', 'd193-pw-3228', 'd193-pw-3237', 'd193-pw-3258',
    'd193-pw-3261', 'd193-pw-3288', 'd193-pw-3296', 'd193-pw-3304', 'd193-pw-3326', 'd193-pw-3335', 'd193-pw-3351',
    'd193-pw-3423', 'd193-pw-3471', 'd193-pw-3475', 'd193-pw-3512', 'd193-pw-3518', 'd193-pw-3528', 'd193-pw-3600',
    'd193-pw-3628', 'd193-pw-3662', 'd193-pw-3709', 'd193-pw-3748', 'd193-pw-3792', 'd193-pw-3821', 'd193-pw-3829',
    'd193-pw-3860', 'd193-pw-3876', 'd193-pw-3907', 'd193-pw-3992', 'd193-s-4002', 'd193-s-4003', 'd193-s-4014',
    'd193-s-4033', 'd193-s-4046', 'd193-s-4049', 'd193-s-4195', 'd193-s-4196', 'd193-s-4202', 'd193-s-4240',
    'd193-s-4252', 'd193-s-4280', 'd193-s-4371', 'd193-s-4412', 'd193-s-4417', 'd193-s-4427', 'd193-s-4433',
    'd193-s-4440', 'd193-s-4456', 'd193-s-4459', 'd193-s-4460', 'd193-s-4464', 'd193-s-4476', 'd193-s-4499',
    'd193-s-4512', 'd193-s-4539', 'd193-s-4545', 'd193-s-4551', 'd193-s-4588', 'd193-s-4615', 'd193-s-4659',
    'd193-s-4660', 'd193-s-4678', 'd193-s-4681', 'd193-s-4683', 'd193-s-4687', 'd193-s-4690', 'd193-s-4695',
    'd193-s-4704', 'd193-s-4733', 'd193-s-4739', 'd193-v-6170', 'd193-v-6292', 'd193-v-6318', 'd193-v-6322',
    'd193-v-6340', 'd193-v-6369', 'd193-v-6373', 'd193-v-6419', 'd193-v-6424', 'd193-v-6438', 'd193-v-6447',
    'd193-v-6460', 'd193-v-6474', 'd193-v-6486', 'd193-v-6500', 'd193-v-6514',
}
r193_found_alone |= r193_found_alone_list
r193_arguable |= r193_arguable_list

if os.environ.get("R193_META"):
    import json as r193_json
    with open(os.environ["R193_META"], "w") as r193_f:
        r193_json.dump(r193_meta, r193_f)

# Trimmed for ctest (probe_kit.sample_round), stop 45: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r193_keep = set(r193_found_alone) | {r193_meta[r193_i]["base"] for r193_i in r193_found_alone
                                     if r193_meta.get(r193_i, {}).get("base")}
from probe_kit import sample_round as r193_sample_round  # noqa: E402

r193_sample_round("d193-", r193_keep, 30, safe_every=10)
P[:] = [r193_p for r193_p in P if r193_p["id"] not in r193_arguable]
