r"""Red-team round 169 (black box): THE LAST STOP'S THREE NEW RULES ATTACKED FROM BOTH SIDES.
Focus: (a) a line after an equation's final value, (b) a code with a remark in its string, (c) a field the
  instruction turns away from. Scripted model; first answers realistic slips, retries right.
14,973 probes (seeded random.Random(169)): 5,380 pair probes (bases + variants), 8,192 singles (--runs 2), 1,401 safe.
Part A (d169-sA/pAu/bAok/safeA/bAr/pAr-): 102 tails after the right "v = w" x 12: closing phrases that still change it
  ("Done \u2014 now halve it.", "QED (for 2x).", "\u2713 but x must be positive so no solution", "Hope this helps! Answer in cm:
  400", "Done." then "%"), the value again with a unit ("**4%**", "\boxed{4\%}", "x = 4 (in thousands)", "x = 4k",
  "$$x = 4 \times 10^{3}$$"), a split last line, same-line remarks ("x = 4 (approximately)", "(if t is in hours)",
  "\u2014 in thousands", ", negative", "; double it", "\u2192 halve it"), a changing line BEFORE the value, lines inside a
  fence, HTML/Markdown wrappers; right answers with allowed endings + safe variants; requests ending in a closing phrase.
Part B (d169-sBw/sBo/bB/pB/bB2/safeB/sBn-): 15 keys (order_id, reference, voucher, pin, locker, seat, gate, plate,
  booking_reference, ticket_number, iban, phone, membership, room, code) x 68 remark shapes ("v; was x", "v / old x",
  "v \u2014 replaces x", "v (ersetzt x)", "v (remplace x)", "x \u2192 v", "~~x~~ v", "<del>x</del> v", "v obsolete", "v ungültig",
  "v (void)", "v or x", "v, x", "v # old x", "v  was x"...) x 8 layouts; the model copies the whole field or the old code;
  pairs adding the remark to a stored plain record; a remark on the next line.
Part C (d169-sC1/sC2/sC3/sC3b/sC4/bC/pC/bC5/pC5/bC6/safeC-): 27 turning phrasings in 7 kinds (plan, estimate, budget,
  forecast, quote, target, allocation; "excluding the estimate", "rather than the budgeted figure", "ignore the
  forecast", "ikke den planlagte", "nicht die geplanten", "pas le montant prévu") over the turned-away field alone, over
  both fields under labels without those words ("Budget"/"Spent", "Soll"/"Ist", "Ramme"/"Brukt"), the turning word in
  the schema description, a negation naming one field of two, pairs relabelling a stored plain "Cost: v".
Part D/E/F (d169-sD1/sD2/sD3/sEw/sEo/bE/pE/sFw/sF2/sF3/sF4-): the holes' edges: 19 separators x 17 remarks on the final
  line; 14 lines before the value x 9 closings; list/quote wrappers; 74 more code remarks (note words in 12 languages,
  "or" in 14 languages, 8 kinds of brackets and quotes, 12 arrows, comment marks) and 22 shapes x 8 layouts; 16 more
  closings ("Done!", "QED \u220e", "\u220e", "That's it.", "Hope that helps.", "**Done**", "*Hope this helps!*").
Part G (d169-bG/pG1/pG2/pG3/safeG-): (c) with the kept field stored first, then dropped, swapped, or the turning
  words moved into the schema description.
HELD: (a) every closing phrase that carries the change on its own line or the same line ("Done \u2014 now halve it.", "QED
  (for 2x).", "\u2713 but x must be positive...", "Hope this helps! Answer in cm: 400", "Done." then "%"); the value again
  with a unit or percent ("**4%**", "\boxed{4\%}", "x = 4k", "\u00d7 10^3"); same-line remarks after a bracket, dash, comma
  or semicolon ("x = 4 (in thousands)", "(negated)", "\u2014 in thousands", ", negative", "; double it for the answer");
  split last lines; tails inside a fence; HTML/Markdown wrappers ("<b>x = 4</b>%", "x = 4<sup>2</sup>", "> %");
  a line before the value with NO closing line after it, or with "\boxed{w}" or "---" after it; an arrow followed by
  digits ("\u2192 x2", "\u2192 /2", "\u2192 -6", "so t = -6") or by the arrows "\u27f6", "\u2794", "~>", "-->", "==>", "\u2026", "|",
  "::", "then"; requests ending in a changing closing phrase (pAr). (b) bracketed remarks in any language ("(ersetzt x)",
  "(remplace x)", "(erstatter x)", "(void)", "(annulliert)", "[old]"), "; was x", "/ old x", "\u2014 replaces x", ", formerly x",
  "x \u2192 v", "x -> v", "x => v", "~~x~~ v", "<s>x</s> v", "<del>x</del> v", "v or x", "v and x", "v, x", "v & x"; a remark on
  the next line (never stored); YAML, pipe tables, CSV and e-mails in every shape (only "Label: v" lines, one-line
  "a | b" records, JSON records and one-line prose got through). (c) nothing stored: 0 from the cache; bases under a
  turning instruction are mostly refused (g_base: 241 of 432 right answers refused).
  Wrong FRESH in run 1 (never stored, 1,874 re-judged): (c) 362 -- the turned-away field alone served as the member
  ("the cost other than the plan" over "Tore Lugasen has planlagt 6070." -> 6070; turning words in the schema
  description 93: "the cost spent, never the budget" over "Budget: 6643" -> 6643), both fields with the turned-away
  value (39: "the cost, excluding the estimate" over "Est. cost: 4749 / Brukt: 1898" -> 4749); (b) 961 whole-field or old-code copies refused from the store but served fresh; 51 old
  codes from a next-line remark; (a) 500 tail answers served fresh on the patch/skip path.
WHAT GOT THROUGH: full round, fresh SQLite store, --runs 2: 81 wrong from the cache in run 1 (74 of them "after a
  licensed rewrite" into ANOTHER request, e.g. a right-answering request d169-bAok-1661 was given another request's
  "Faux :" answer, and d169-sA-919 "7x - 4 = 2x + 46" got "3x = 30 / x = 10 \u2192 halve it"), 731 in run 2; alone (R169_ALONE=1,
  746 probes, fresh store): 100 in run 1, 730 in run 2 -- 602 clear, 128 arguable (r169_arguable). (check.py's own
  judge counts 368 right answers ending in an allowed closing line as wrong, "no final value on the last line"; the
  numbers here are re-judged without them.)
 (A) CLEAR, a line BEFORE the final value, then a closing line (316 alone): "Wrong:", "Not the answer:", "In percent:",
     "In thousands:", "Negate the line below to get the answer:", "Answer (negated):", "Half of the answer:", "Not:",
     "NOT the final value:", "Ignore this:", "Before halving:", "(not final)", "Squared:", "Falsch:", "Feil:", "Faux :"
     on the line above "x = 14", then "Hope this helps!", "Done.", "QED", "\u2713", "**14**", "Done!", "QED \u220e", "\u220e",
     "That's it.", "Hope that helps.", "**Done**", "*Hope this helps!*" or "Hope this helps!\nDone." -> stored, served.
 (B) CLEAR, an arrow and words after the value on its line (127 alone): "x = 12 \u2192 halve it", "t = 2 => %", "y = 6 \u21d2
     double it", "n = 6 -> k", "x = 4 \u2192\u2192 squared", "y = 24 -> negative", "x = 6 \u2192 (neg.)", "\u2192 wrong", "\u2192 not final",
     "\u2192 in thousands", "\u2192 as a percent" (arrows "\u2192", "->", "\u21d2", "=>", "\u2192\u2192" only), also with a closing line after.
 (C) CLEAR, codes with an unbracketed note or a second code joined by a mark (159 alone; layouts L, O, J, P): "Order ID:
     56994 obsolete", "ungültig", "veraltet", "utgått", "kansellert", "annulé", "anulado", "caducado", "scaduto",
     "nieważny", "neplatný", "void", "cancelled", "expired", "invalid", "old", "deprecated", "blocked", "revoked",
     "superseded", "retired", "closed", "lost", "stolen", "«old»"; "v # old x", "v // was x", "v % was x", "v  was x",
     "v was x", "v replaces x", "v ersetzt x", "v ex x"; "x \u27f6 v", "x \u21d2 v", "x \u2794 v", "x \u21a6 v", "x \u27f9 v", "x >> v",
     "x \u00bb v" -> served {"order_id": "56994 obsolete"}, {"pin": "4264 \u27f6 6001"} (expected the code alone).
 (D) ARGUABLE (128 alone: 87 codes, 40 arrows, 1 other): two codes in one field joined by "oder", "eller", "ou", "o", "of", "lub", "tai", "vagy", "veya",
     "или", "und", "og", "et", "y", "resp.", "/", "+", "|" (which one the schema wants is unclear); a bare second code in
     quotes or brackets ("v «x»", "v ‹x›", "v 【x】", "v 〈x〉", "v „x“", "v 'x'", "v {x}", "v <x>"); arrows followed by
     "ok", "\u2713", "done", "in cm" or "x/2 = 5".
Adds its probes to probe_kit.P.
Adds its probes to probe_kit.P."""
import json
import random as r169_random
from fractions import Fraction as r169_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r169_rng = r169_random.Random(169)
R = r169_rng
r169_NR = "999"
r169_found_alone = set()
r169_arguable = set()
r169_pairs = {}
r169_counts = {"pair": 0, "single": 0, "safe": 0}
r169_seen_prompts = set()
r169_n = [0]


def r169_id(tag):
    r169_n[0] += 1
    return "d169-%s-%d" % (tag, r169_n[0])


def r169_E(tag, fam, prompt, var, val, answers, kind, report=None, safe=False, base=None):
    if prompt in r169_seen_prompts:
        return None
    r169_seen_prompts.add(prompt)
    pid = r169_id(tag)
    v = val if isinstance(val, str) else r169_fr(val)
    E(pid, fam, prompt, var, v, answers, report=report, safe=safe)
    r169_counts[kind] += 1
    if base:
        r169_pairs[pid] = base
    return pid


def r169_J(tag, fam, prompt, sch, exp, answers, kind, safe=False, base=None):
    if prompt in r169_seen_prompts:
        return None
    r169_seen_prompts.add(prompt)
    pid = r169_id(tag)
    J(pid, fam, prompt, sch, exp, answers, safe=safe)
    r169_counts[kind] += 1
    if base:
        r169_pairs[pid] = base
    return pid


def r169_fr(v):
    v = r169_F(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


# ================================================================== PART A: equations, what follows the final value
def r169_form(v):
    k = R.randint(0, 3)
    if k == 0:   # a v + b = c
        a, b, x = R.randint(2, 9), R.randint(1, 9), R.randint(2, 12)
        c = a * x + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        st = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)]
    elif k == 1:  # a(v - b) = c
        a, b, x = R.randint(2, 7), R.randint(1, 6), R.randint(3, 14)
        c = a * (x - b)
        eq = "%d(%s - %d) = %d" % (a, v, b, c)
        st = [eq, "%d%s - %d = %d" % (a, v, a * b, c), "%d%s = %d" % (a, v, c + a * b), "%s = %d" % (v, x)]
    elif k == 2:  # v/a - b = c
        a, b = R.randint(2, 6), R.randint(1, 8)
        x = a * R.randint(2, 9)
        c = x // a - b
        eq = "%s/%d - %d = %d" % (v, a, b, c)
        st = [eq, "%s/%d = %d" % (v, a, c + b), "%s = %d" % (v, x)]
    else:        # a v - b = c v + d
        a, cc = R.randint(5, 9), R.randint(1, 4)
        x, b = R.randint(2, 10), R.randint(1, 9)
        d = (a - cc) * x - b
        eq = "%d%s - %d = %d%s + %d" % (a, v, b, cc, v, d) if d >= 0 else "%d%s - %d = %d%s - %d" % (a, v, b, cc, v, -d)
        st = [eq, "%d%s = %d" % (a - cc, v, d + b), "%s = %d" % (v, x)]
    return eq, st, x


r169_TPL = ["Solve for {v}: {eq}", "Solve for {v}: {eq}. Show each step.", "Find {v} if {eq}.",
            "Please solve {eq} for {v}.", "Solve this for {v}:\n{eq}", "Given {eq}, find {v}.",
            "My homework says {eq}. What is {v}?"]

# tails after the right last line "v = w": (builder(steps, v, w) -> lines, arguable)
r169_TA = [
    # closing phrases that still change the answer
    (lambda s, v, w: s + ["Done \u2014 now halve it."], False),
    (lambda s, v, w: s + ["Done. Now halve it."], False),
    (lambda s, v, w: s + ["Done, then double it."], False),
    (lambda s, v, w: s + ["QED (for 2%s)." % v], False),
    (lambda s, v, w: s + ["QED, up to sign."], True),
    (lambda s, v, w: s + ["QED (in thousands)"], False),
    (lambda s, v, w: s + ["\u2713 but %s must be positive so no solution" % v], False),
    (lambda s, v, w: s + ["\u2713 (negated)"], False),
    (lambda s, v, w: s + ["\u2713 %"], False),
    (lambda s, v, w: s + ["\u2713 \u00d7 10"], False),
    (lambda s, v, w: s + ["Hope this helps! Answer in cm: %d" % (int(w) * 100)], False),
    (lambda s, v, w: s + ["Hope this helps! Remember the answer is in thousands."], False),
    (lambda s, v, w: s + ["Hope this helps! (Flip the sign for the final answer.)"], False),
    (lambda s, v, w: s + ["Hope this helps - the real answer is the negative."], False),
    (lambda s, v, w: s + ["Hope this helps! Squared, that is."], False),
    (lambda s, v, w: s + ["Done (percent)."], False),
    (lambda s, v, w: s + ["Done.", "%"], False),
    (lambda s, v, w: s + ["Hope this helps!", "negative"], False),
    (lambda s, v, w: s + ["QED", "in thousands"], False),
    (lambda s, v, w: s + ["QED \u220e negative"], False),
    (lambda s, v, w: s + ["Done! Oops, sign error: it's -%s." % w], False),
    (lambda s, v, w: s + ["Hope this helps! Just kidding, it's %d." % (int(w) + 1)], False),
    (lambda s, v, w: s + ["Done. Fertig - in Tausend."], False),
    (lambda s, v, w: s + ["Ferdig. Svaret er i tusen."], False),
    (lambda s, v, w: s + ["Voil\u00e0 ! (en pourcentage)"], False),
    (lambda s, v, w: s + ["Done. Units: %"], False),
    (lambda s, v, w: s + ["\u2713 (wrong)"], False),
    (lambda s, v, w: s + ["Done \u2717"], True),
    (lambda s, v, w: s + ["Hope this helps! :( not right though"], False),
    # value repeated with a unit or percent
    (lambda s, v, w: s + ["**%s%%**" % w], False),
    (lambda s, v, w: s + ["\\boxed{%s\\%%}" % w], False),
    (lambda s, v, w: s + ["\\boxed{%s\\,\\%%}" % w], False),
    (lambda s, v, w: s + ["%s = %s (in thousands)" % (v, w)], False),
    (lambda s, v, w: s + ["%s = %s%%" % (v, w)], False),
    (lambda s, v, w: s + ["%s = %s %%" % (v, w)], False),
    (lambda s, v, w: s + ["%s = %sk" % (v, w)], False),
    (lambda s, v, w: s + ["%s = %s \u00d7 10^3" % (v, w)], False),
    (lambda s, v, w: s + ["%s = %s\u00b2" % (v, w)], False),
    (lambda s, v, w: s + ["%s = -(%s)" % (v, w)], False),
    (lambda s, v, w: s + ["**%s** %%" % w], False),
    (lambda s, v, w: s + ["**%s = %s** (percent)" % (v, w)], False),
    (lambda s, v, w: s + ["$%s = %s\\%%$" % (v, w)], False),
    (lambda s, v, w: s + ["$$%s = %s \\times 10^{3}$$" % (v, w)], False),
    (lambda s, v, w: s + ["%s percent" % w], False),
    (lambda s, v, w: s + ["%s thousand" % w], False),
    (lambda s, v, w: s + ["\\boxed{-%s}" % w], False),
    (lambda s, v, w: s + ["\\boxed{%s^{-1}}" % w], False),
    (lambda s, v, w: s + ["%s = %s cm" % (v, w)], True),
    (lambda s, v, w: s + ["**%s = %s m**" % (v, w)], True),
    # final line split over two lines
    (lambda s, v, w: s[:-1] + [s[-1], "%s =" % v, "%s%%" % w], False),
    (lambda s, v, w: s[:-1] + [s[-1], "%s =" % v, "-%s" % w], False),
    (lambda s, v, w: s[:-1] + [s[-1] + "0"[:0], "0"], False),
    (lambda s, v, w: s + ["\u2212"], False),
    # trailing remark in parentheses / after a mark on the same line
    (lambda s, v, w: s[:-1] + [s[-1] + " (approximately)"], True),
    (lambda s, v, w: s[:-1] + [s[-1] + " (if %s is in hours)" % v], True),
    (lambda s, v, w: s[:-1] + [s[-1] + " (in thousands)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (negated)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (squared)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (times ten)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (%)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (wrong, it's %d)" % (int(w) + 2)], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " \u2014 in thousands"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + ", negative"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + "; double it for the answer"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " \u2192 halve it"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (per cent)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " [in %]"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (\u00d710)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (no solution since %s < 0 is required)" % v], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " or %d" % (int(w) + 3)], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " (Hope this helps! negate it)"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " <- negative"], False),
    (lambda s, v, w: s[:-1] + [s[-1] + " \u2713 (in thousands)"], False),
    # a changing line BEFORE the final value line
    (lambda s, v, w: s[:-1] + ["All values from here on are in thousands.", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["Negate the line below to get the answer:", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["In percent:", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["(The next line is the square of the answer.)", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["Answer (negated):", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["Half of the answer:", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["Wrong:", s[-1]], False),
    (lambda s, v, w: s[:-1] + ["Not the answer:", s[-1], "Hope this helps!"], False),
    # inside a fence
    (lambda s, v, w: s[:-1] + ["```", s[-1], "%", "```"], False),
    (lambda s, v, w: s[:-1] + ["```", s[-1], "(in thousands)", "```"], False),
    (lambda s, v, w: s[:-1] + ["```", s[-1], "negative", "```"], False),
    (lambda s, v, w: s[:-1] + ["```text", s[-1], "# times ten", "```"], False),
    (lambda s, v, w: s + ["```", "%", "```"], False),
    (lambda s, v, w: s + ["---", "%"], False),
    (lambda s, v, w: s + ["---", "Then double it."], False),
    # HTML / Markdown wrappers
    (lambda s, v, w: s[:-1] + ["<b>%s</b>%%" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["<p>%s</p>" % s[-1], "<p>in thousands</p>"], False),
    (lambda s, v, w: s[:-1] + ["%s<sup>2</sup>" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["%s<sup>-1</sup>" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["%s<br>negative" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["%s <!-- negate -->" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["> %s" % s[-1], "> %"], False),
    (lambda s, v, w: s[:-1] + ["- %s" % s[-1], "  - in thousands"], False),
    (lambda s, v, w: s[:-1] + ["| %s | %s |" % (v, w), "| unit | % |"], False),
    (lambda s, v, w: s[:-1] + ["%s [^1]" % s[-1], "", "[^1]: in thousands"], False),
    (lambda s, v, w: s[:-1] + ["*%s*" % s[-1], "*negative*"], False),
    (lambda s, v, w: s[:-1] + ["<details><summary>%s</summary>in thousands</details>" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["<span>%s</span><span>%%</span>" % s[-1]], False),
    (lambda s, v, w: s[:-1] + ["<s>%s = %d</s> %s" % (v, int(w) + 1, s[-1]), "<s>ok</s> wrong"], False),
]

# right answers with allowed endings (checking errors on right answers and reuse)
r169_OK = [
    lambda s, v, w: s + ["Hope this helps!"],
    lambda s, v, w: s + ["Done."],
    lambda s, v, w: s + ["QED"],
    lambda s, v, w: s + ["\u2713"],
    lambda s, v, w: s + ["---"],
    lambda s, v, w: s + ["\\boxed{%s}" % w],
    lambda s, v, w: s + ["**%s**" % w],
    lambda s, v, w: s[:-1] + ["```", s[-1], "```"],
    lambda s, v, w: s + ["", "Hope this helps!"],
    lambda s, v, w: s + ["Done. Hope this helps!"],
]


def r169_partA():
    for ti, (fn, arg) in enumerate(r169_TA):
        for j in range(12):
            v = R.choice(["x", "x", "y", "t", "n"])
            eq, st, x = r169_form(v)
            p = R.choice(r169_TPL).format(v=v, eq=eq)
            wrong = "\n".join(fn(list(st), v, str(x)))
            right = "\n".join(st)
            pid = r169_E("sA", "tail_" + str(ti), p, v, x, [wrong, right], "single")
            if pid and arg:
                r169_arguable.add(pid)
            if j == 11 and pid:
                # the same equation again with an unrelated sentence (reuse of a stored tail answer)
                p2 = p + " I have a test tomorrow."
                q = r169_E("pAu", "tail_unrel_" + str(ti), p2, v, x, [right], "pair", base=pid)
                if q and arg:
                    r169_arguable.add(q)
    # right answers with allowed endings, then a safe variant
    for oi, fn in enumerate(r169_OK):
        for j in range(25):
            v = R.choice(["x", "y", "t"])
            eq, st, x = r169_form(v)
            p = R.choice(r169_TPL).format(v=v, eq=eq)
            right = "\n".join(fn(list(st), v, str(x)))
            b = r169_E("bAok", "okend_%d" % oi, p, v, x, [right], "pair")
            r169_E("safeA", "okend_safe_%d" % oi, p + "\n", v, x, ["\n".join(st)], "safe", safe=True, base=b)
            r169_E("safeA", "okend_safe_%d" % oi, p.replace(v, v, 1) + " Thanks!", v, x, ["\n".join(st)], "safe",
                   safe=True, base=b)
    # requests whose last sentence is a closing phrase that changes the request
    R_TAILS = ["Done \u2014 now halve it.", "Then give the answer in percent. Thanks!", "QED: report 2{v}.",
               "Hope this helps! Answer in cm.", "\u2713 but {v} must be negative.", "(Give {v} in thousands.)"]
    for ti, t in enumerate(R_TAILS):
        for j in range(15):
            v = R.choice(["x", "y"])
            eq, st, x = r169_form(v)
            p = "Solve for %s: %s." % (v, eq)
            b = r169_E("bAr", "reqtail_base", p, v, x, ["\n".join(st)], "pair")
            r169_E("pAr", "reqtail_%d" % ti, p + " " + t.format(v=v), v, r169_NR, ["\n".join(st)], "pair", base=b)


r169_partA()


# ================================================================== PART B: codes with remarks
r169_C1 = "bdfgklmnprstvz"
r169_V1 = "aeiou"
r169_seen_nm = set()


def r169_word(k):
    return "".join(R.choice(r169_C1) + R.choice(r169_V1) for _ in range(k))


def r169_nm():
    while True:
        n = r169_word(2).capitalize() + " " + r169_word(2).capitalize() + R.choice(["sen", "dal", "berg", "vik"])
        if n not in r169_seen_nm:
            r169_seen_nm.add(n)
            return n


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def up(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


r169_CK = [
    # key, description, labels, generator
    ("order_id", None, ["Order ID", "Order no.", "Bestellnr."], lambda: str(R.randint(10000, 99999))),
    ("reference", None, ["Reference", "Ref.", "Referanse"], lambda: "%s-%s" % (up(2), d(5))),
    ("voucher", "voucher code", ["Voucher", "Voucher code", "Gutschein"], lambda: up(4) + d(4)),
    ("pin", None, ["PIN", "Pin code", "PIN-Code"], lambda: d(4)),
    ("locker", "locker number", ["Locker", "Locker no.", "Skap"], lambda: str(R.randint(100, 999))),
    ("seat", None, ["Seat", "Sete", "Sitzplatz"], lambda: "%d%s" % (R.randint(3, 38), R.choice("ABCDEF"))),
    ("gate", None, ["Gate", "Utgang", "Flugsteig"], lambda: "%s%d" % (R.choice("ABCDE"), R.randint(2, 48))),
    ("plate", "licence plate", ["Plate", "Reg. no.", "Kennzeichen"], lambda: "%s %s" % (up(2), d(5))),
    ("booking_reference", None, ["Booking reference", "PNR", "Booking ref."], lambda: up(6)),
    ("ticket_number", None, ["Ticket no.", "Ticket #"], lambda: "TCK-" + d(6)),
    ("iban", None, ["IBAN"], lambda: "NO%s %s %s %s" % (d(2), d(4), d(4), d(3))),
    ("phone", None, ["Phone", "Tel."], lambda: "+47 %s %s %s %s" % (R.choice("2345") + d(1), d(2), d(2), d(2))),
    ("membership", "membership number", ["Membership", "Member no.", "Medlemsnr."], lambda: "M" + d(6)),
    ("room", None, ["Room", "Rom", "Zimmer"], lambda: str(R.randint(101, 899))),
    ("code", None, ["Code", "Kode", "Door code"], lambda: d(5)),
]

# remark shapes: (template with {v} current, {x} old, expected is v, the model's wrong first answer kind, arguable)
# first answer: "whole" copies the field, "old" gives x
r169_RM = [
    ("{v}; was {x}", False), ("{v}; old {x}", False), ("{v} / old {x}", False), ("{v} / previously {x}", False),
    ("{v} \u2014 replaces {x}", False), ("{v} - replaces {x}", False), ("{v}, formerly {x}", False),
    ("{v} (ersetzt {x})", False), ("{v} (remplace {x})", False), ("{v} (erstatter {x})", False),
    ("{v} (reemplaza {x})", False), ("{v} (vorher {x})", False), ("{v} (tidligere {x})", False),
    ("{v} (ex {x})", False), ("{v} (prev. {x})", False), ("{v} (alt: {x})", False),
    ("{x} \u2192 {v}", False), ("{x} -> {v}", False), ("~~{x}~~ {v}", False), ("{x} => {v}", False),
    ("{x} \u27f6 {v}", False), ("<s>{x}</s> {v}", False), ("<del>{x}</del> {v}", False),
    ("{v} obsolete", False), ("{v} ungültig", False), ("{v} (void)", False), ("{v} void", False),
    ("{v} cancelled", False), ("{v} (annulliert)", False), ("{v} (ugyldig)", False), ("{v} expired", False),
    ("{v} (alt)", False), ("{v} [old]", False), ("{v} «old»", False), ("{v} (ikke i bruk)", False),
    ("{v} \u00ab{x}\u00bb", False), ("{v} {{{x}}}", False), ("{v} <{x}>", False), ("{v}/{x}", True),
    ("{v} or {x}", True), ("{v} and {x}", True), ("{v}, {x}", True), ("{v} & {x}", True), ("{v} + {x}", True),
    ("{v} (or {x})", True), ("{v} oder {x}", True), ("{v} eller {x}", True),
    ("{v} | {x}", True), ("{v} || old: {x}", False), ("{v} # old {x}", False), ("{v} // was {x}", False),
    ("{v}\u00a0(was {x})", False), ("{v}\t(was {x})", False), ("{v}  was {x}", False),
    ("{v} (s. {x})", False), ("{v} (vgl. {x})", False), ("{v} (jf. {x})", False), ("{v} (cf. {x})", False),
    ("{v} (Kopie)", False), ("{v} (kopi)", False), ("{v} (dup)", False), ("{v} (test)", False),
    ("{v} (temp)", False), ("{v} (draft)", False), ("{v} (sample)", False), ("{v} (example)", False),
    ("{v} (provisional)", False), ("{v} (unconfirmed)", False),
]
r169_RM_NEXT = [("(replaces {x})", False), ("was {x}", False), ("ersetzt {x}", False), ("(void)", False),
                ("^ replaces {x}", False), ("old: {x}", False)]

r169_INS = ["Extract name and {q} as JSON.", "Return the name and the {q} as a JSON object.",
            "Give me name and {q} as JSON.", "Convert the record to JSON (name, {q})."]


def r169_rec(nm, fl, cont, extra_next=None):
    """fl: [(label, value)]; extra_next: a line right after the last field."""
    if cont == "L":
        s = "Text:\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fl)
        return s + (extra_next + "\n" if extra_next else "")
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join("%s: %s" % f for f in fl) + "\n" + (
            extra_next + "\n" if extra_next else "")
    if cont == "J":
        o = {"name": nm}
        for f in fl:
            o[f[0]] = f[1]
        return json.dumps(o, ensure_ascii=False) + "\n"
    if cont == "Y":
        return "```yaml\nname: %s\n" % nm + "".join("%s: \"%s\"\n" % f for f in fl) + "```\n"
    if cont == "T":
        return ("| Name | " + " | ".join(f[0] for f in fl) + " |\n|" + "---|" * (len(fl) + 1) + "\n| %s | " % nm
                + " | ".join(f[1].replace("|", "\\|") for f in fl) + " |\n")
    if cont == "C":
        return ("name," + ",".join(f[0] for f in fl) + "\n" + nm + "," + ",".join('"%s"' % f[1] for f in fl) + "\n")
    if cont == "M":
        return ("Here is the email:\nFrom: office@firm.example\nSubject: Your details\n\nHi,\n\nthe details are "
                "below.\n\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fl)
                + (extra_next + "\n" if extra_next else "") + "\nBest regards\nOffice\n")
    if cont == "P":
        return "Text:\n%s has %s." % (nm, ", ".join("%s %s" % (f[0].lower(), f[1]) for f in fl)) + "\n"
    raise ValueError(cont)


r169_CONTS = ["L", "L", "O", "O", "J", "Y", "T", "C", "M", "P"]


def r169_partB():
    for (key, desc, labs, gen) in r169_CK:
        q = desc or key.replace("_", " ")
        sch = S({"name": "string", key: "string"}, {key: desc} if desc else None)
        for ri, (rm, arg) in enumerate(r169_RM):
            for cont in R.sample(r169_CONTS, 2 if key in ("order_id", "reference", "voucher", "seat", "plate", "iban", "pin") else 1):
                if cont == "C" and "," in rm:
                    continue
                if cont == "O" and "|" in rm:
                    pass
                lab = R.choice(labs)
                v, x = gen(), gen()
                while x == v:
                    x = gen()
                field = rm.format(v=v, x=x)
                ins = R.choice(r169_INS).format(q=q)
                nm = r169_nm()
                e = {"name": nm, key: v}
                # single: first answer copies the whole field
                pid = r169_J("sBw", "rm_whole_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, field)], cont), sch, e,
                             [{"name": nm, key: field}, e], "single")
                if pid and arg:
                    r169_arguable.add(pid)
                # single: first answer gives the old code
                if "{x}" in rm:
                    nm = r169_nm()
                    e = {"name": nm, key: v}
                    v2, x2 = gen(), gen()
                    field = rm.format(v=v2, x=x2)
                    e = {"name": nm, key: v2}
                    pid = r169_J("sBo", "rm_old_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, field)], cont), sch, e,
                                 [{"name": nm, key: x2}, e], "single")
                    if pid and arg:
                        r169_arguable.add(pid)
                # pair: base record holds the plain old code x (stored); variant adds the remark
                if "{x}" in rm and cont in ("L", "O", "J", "M"):
                    nm = r169_nm()
                    v3, x3 = gen(), gen()
                    b = r169_J("bB", "rm_base", ins + "\n\n" + r169_rec(nm, [(lab, x3)], cont), sch,
                               {"name": nm, key: x3}, [{"name": nm, key: x3}], "pair")
                    pv = r169_J("pB", "rm_var_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, rm.format(v=v3, x=x3))], cont),
                                sch, {"name": nm, key: v3}, [{"name": nm, key: x3}, {"name": nm, key: v3}], "pair",
                                base=b)
                    if pv and arg:
                        r169_arguable.add(pv)
                    # pair 2: base stores plain v; variant keeps v but adds a remark that voids it? (only safe-ish)
                    if ri % 5:
                        continue
                    nm = r169_nm()
                    b2 = r169_J("bB2", "rm_base2", ins + "\n\n" + r169_rec(nm, [(lab, v3)], cont), sch,
                                {"name": nm, key: v3}, [{"name": nm, key: v3}], "pair")
                    # safe: the same record in another layout wording
                    r169_J("safeB", "rm_safe", ins + "\n\n" + r169_rec(nm, [(lab, v3)], cont) + "\nThanks!\n", sch,
                           {"name": nm, key: v3}, [{"name": nm, key: v3}], "safe", safe=True, base=b2)
        # a remark on the next line
        for ri, (rm, arg) in enumerate(r169_RM_NEXT):
            for cont in ("L", "O", "M"):
                lab = R.choice(labs)
                v, x = gen(), gen()
                nm = r169_nm()
                e = {"name": nm, key: v}
                ins = R.choice(r169_INS).format(q=q)
                pid = r169_J("sBn", "rm_next_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, v)], cont, rm.format(x=x)),
                             sch, e, [{"name": nm, key: x}, e], "single")


r169_partB()


# ================================================================== PART C: a field the instruction turns away from
r169_NOUNS = [("cost", "cost", "integer", lambda: R.randint(1200, 9800)),
              ("price", "price", "integer", lambda: R.randint(150, 4900)),
              ("hours", "hours", "integer", lambda: R.randint(12, 480)),
              ("amount", "amount", "integer", lambda: R.randint(300, 25000))]
# instruction: (text with {n}, the kind it turns away from)
r169_TURN = [
    ("the actual {n} (not the planned one)", "plan"), ("the {n}, excluding the estimate", "est"),
    ("the {n} rather than the budgeted figure", "budget"), ("the {n} (ignore the forecast)", "fc"),
    ("the real {n}, not the quoted one", "quote"), ("the final {n} - disregard any estimate", "est"),
    ("the {n} as spent (the budget does not count)", "budget"), ("the {n} actually incurred, never the projected one", "fc"),
    ("the {n} (not the target)", "target"), ("the {n}, not the allocation", "alloc"), ("the {n} other than the plan", "plan"),
    ("the {n} (ikke den planlagte)", "plan"), ("the {n} (nicht die geplanten)", "plan"),
    ("the {n} (pas le montant pr\u00e9vu)", "plan"), ("the {n} (no el presupuestado)", "budget"),
    ("the {n} - skip the estimate", "est"), ("the {n} but not the quote", "quote"),
    ("the {n} without the planned figure", "plan"), ("the {n}, leaving out the budget", "budget"),
    ("the {n} (not what was planned)", "plan"), ("the {n} except the forecast", "fc"),
    ("the {n} (the estimate is not wanted)", "est"), ("the realised {n} (not the estimated one)", "est"),
    ("the {n}; do not use the budget line", "budget"), ("the {n} - never the projection", "fc"),
    ("the {n} (not the allotted one)", "alloc"), ("the {n}, not the goal", "target"),
]
# only-field labels of each kind
r169_ONLY = {"plan": ["{N} planned", "Planned {n}", "{N} (plan)", "Plan", "Soll", "Planlagt", "Geplant", "Pr\u00e9vu"],
             "est": ["Estimate", "Est. {n}", "Estimated", "{N} est.", "Estimated {n}", "Anslag", "Sch\u00e4tzung"],
             "budget": ["Budget", "Budgeted {n}", "Budsjett", "{N} (budget)", "Presupuesto"],
             "fc": ["Forecast", "Projected", "Prognose", "Projection", "{N} forecast"],
             "quote": ["Quote", "Quoted {n}", "Tilbud", "Angebot", "{N} quoted"],
             "target": ["Target", "Goal", "{N} target", "M\u00e5l", "Ziel"],
             "alloc": ["Allocated", "Allocation", "Allotted", "Ramme", "{N} allocated"]}
# the kept field's labels, without the turned-away words
r169_KEPT = ["Spent", "Bill", "Used", "Ist", "Outcome", "Achieved", "Brukt", "Invoice total", "Result", "Realised",
             "{N}", "Final", "Faktisk", "Charged", "Paid", "Total"]
r169_CONTC = ["L", "O", "J", "Y", "T", "P", "M"]


def r169_lab(t, n):
    return t.format(n=n, N=n.capitalize())


def r169_insC(turn, n):
    s = R.randint(0, 2)
    t = turn.format(n=n)
    if s == 0:
        return "Extract the name and %s as JSON." % t
    if s == 1:
        return "Return JSON with the name and %s." % t
    return "Give me the name and %s, as JSON." % t


r169_DESC = [("actual {n}, not the planned one", "plan"), ("the {n} spent, never the budget", "budget"),
             ("{n} excluding estimates", "est"), ("the real {n} (ignore forecasts)", "fc"),
             ("{n} - not the quoted figure", "quote"), ("faktisk {n}, ikke planlagt", "plan"),
             ("{n}; the target does not count", "target")]


def r169_partC():
    for (n, key, typ, mk) in r169_NOUNS:
        schn = S({"name": "string", key: [typ, "null"]})
        sch = S({"name": "string", key: typ})
        for (turn, cat) in r169_TURN:
            # (1) only the turned-away field: null
            for lab in R.sample(r169_ONLY[cat], min(4, len(r169_ONLY[cat]))):
                for cont in R.sample(r169_CONTC, 2):
                    nm = r169_nm()
                    v = mk()
                    L = r169_lab(lab, n)
                    r169_J("sC1", "turn_only_" + cat, r169_insC(turn, n) + "\n\n" + r169_rec(nm, [(L, str(v))], cont),
                           schn, {"name": nm, key: None}, [{"name": nm, key: v}, {"name": nm, key: None}], "single")
            # (2) both fields, in either order: the kept one
            for k in R.sample(r169_KEPT, 4):
                cont = R.choice(r169_CONTC)
                nm = r169_nm()
                v, w = mk(), mk()
                fl = [(r169_lab(R.choice(r169_ONLY[cat]), n), str(v)), (r169_lab(k, n), str(w))]
                if R.random() < 0.5:
                    fl.reverse()
                r169_J("sC2", "turn_both_" + cat, r169_insC(turn, n) + "\n\n" + r169_rec(nm, fl, cont), sch,
                       {"name": nm, key: w}, [{"name": nm, key: v}, {"name": nm, key: w}], "single")
        # (3) the turned-away word in the schema description, plain instruction
        for (desc, cat) in r169_DESC:
            desc = desc.format(n=n)
            for lab in r169_ONLY[cat]:
                cont = R.choice(r169_CONTC)
                nm = r169_nm()
                v = mk()
                sd = S({"name": "string", key: [typ, "null"]}, {key: desc})
                r169_J("sC3", "turn_desc", "Extract the name and the %s as JSON.\n\n" % n
                       + r169_rec(nm, [(r169_lab(lab, n), str(v))], cont), sd,
                       {"name": nm, key: None}, [{"name": nm, key: v}, {"name": nm, key: None}], "single")
            for k in R.sample(r169_KEPT, 4):
                cont = R.choice(r169_CONTC)
                nm = r169_nm()
                v, w = mk(), mk()
                fl = [(r169_lab(R.choice(r169_ONLY[cat]), n), str(v)), (r169_lab(k, n), str(w))]
                if R.random() < 0.5:
                    fl.reverse()
                sd = S({"name": "string", key: typ}, {key: desc})
                r169_J("sC3b", "turn_desc_both", "Extract the name and the %s as JSON.\n\n" % n + r169_rec(nm, fl, cont),
                       sd, {"name": nm, key: w}, [{"name": nm, key: v}, {"name": nm, key: w}], "single")
        # (4) a negation naming one field of two; pairs where the variant turns away from the stored field
        for cat, labs in r169_ONLY.items():
            for a in labs:
                cont = R.choice(r169_CONTC)
                k = R.choice(r169_KEPT)
                nm = r169_nm()
                v, w = mk(), mk()
                A, K = r169_lab(a, n), r169_lab(k, n)
                fl = [(A, str(v)), (K, str(w))]
                if R.random() < 0.5:
                    fl.reverse()
                rec = r169_rec(nm, fl, cont)
                # asks the turned-away kind's field, turning from the kept one
                r169_J("sC4", "turn_flip", "Extract the name and the %s as JSON: the %s figure, not the %s one.\n\n"
                       % (n, A.lower(), K.lower()) + rec, sch, {"name": nm, key: v},
                       [{"name": nm, key: w}, {"name": nm, key: v}], "single")
                nm = r169_nm()
                rec = r169_rec(nm, fl, cont)
                b = r169_J("bC", "turn_base", "Extract the name and the %s (%s) as JSON.\n\n" % (n, A.lower()) + rec, sch,
                           {"name": nm, key: v}, [{"name": nm, key: v}], "pair")
                r169_J("pC", "turn_pair", "Extract the name and the %s (not the %s) as JSON.\n\n" % (n, A.lower()) + rec,
                       sch, {"name": nm, key: w}, [{"name": nm, key: v}, {"name": nm, key: w}], "pair", base=b)
        # (5) pairs: base plain record "N: v" stored; variant relabels it as the turned-away field
        for (turn, cat) in r169_TURN:
            for cont in ("L", "O", "J"):
                nm = r169_nm()
                v = mk()
                b = r169_J("bC5", "turn5_base", "Extract the name and the %s as JSON.\n\n" % n
                           + r169_rec(nm, [(n.capitalize(), str(v))], cont), schn, {"name": nm, key: v},
                           [{"name": nm, key: v}], "pair")
                lab = R.choice(r169_ONLY[cat])
                r169_J("pC5", "turn5_var", r169_insC(turn, n) + "\n\n"
                       + r169_rec(nm, [(r169_lab(lab, n), str(v))], cont), schn, {"name": nm, key: None},
                       [{"name": nm, key: v}, {"name": nm, key: None}], "pair", base=b)
                # safe: the same two-field record with the instruction said again and a thank-you
                nm2 = r169_nm()
                fl = [(r169_lab(lab, n), str(v)), ("Spent", str(v + 7))]
                b2 = r169_J("bC6", "turn6_base", r169_insC(turn, n) + "\n\n" + r169_rec(nm2, fl, cont), sch,
                            {"name": nm2, key: v + 7}, [{"name": nm2, key: v + 7}], "pair")
                r169_J("safeC", "turn6_safe", r169_insC(turn, n) + " Thanks.\n\n" + r169_rec(nm2, fl, cont), sch,
                       {"name": nm2, key: v + 7}, [{"name": nm2, key: v + 7}], "safe", safe=True, base=b2)


r169_partC()

# ================================================================== PART D: around the holes of the first run
r169_SEPS = ["\u2192", "->", "\u21d2", "=>", "\u27f6", "\u2794", "...", "\u2026", "~>", "|", "::", "\u2014>", "\u21a6",
             "\u279c", ">>", "then", "\u2192\u2192", "==>", "-->"]
r169_RMK = [("halve it", False), ("double it", False), ("negate", False), ("in thousands", False), ("%", False),
            ("\u00d710", False), ("squared", False), ("{h}", False), ("{v}/2 = {h}", False), ("k", False),
            ("wrong", False), ("not final", False), ("times -1", False), ("final: {h}", False), ("ok", True),
            ("\u2713", True), ("done", True)]


def r169_partD():
    # D1: same line, a separator and a remark after the final value
    for si, sep in enumerate(r169_SEPS):
        for mi, (rm, arg) in enumerate(r169_RMK):
            for j in range(2):
                v = R.choice(["x", "y", "t", "n"])
                eq, st, x = r169_form(v)
                if x % 2:
                    eq, st, x = r169_form(v)
                h = r169_fr(r169_F(x, 2))
                tail = rm.format(v=v, h=h)
                wrong = "\n".join(st[:-1] + [st[-1] + " " + sep + " " + tail])
                p = R.choice(r169_TPL).format(v=v, eq=eq)
                pid = r169_E("sD1", "sameline_%d_%d" % (si, mi), p, v, x, [wrong, "\n".join(st)], "single")
                if pid and arg:
                    r169_arguable.add(pid)
    # D2: a line before the final value, then a closing line (or none)
    PRE = ["Not the answer:", "Wrong:", "In percent:", "Negate the line below to get the answer:", "Answer (negated):",
           "In thousands:", "Half of the answer:", "Incorrect:", "Not:", "NOT the final value:", "Ignore this:",
           "Wrong answer below", "Before halving:", "(not final)"]
    CLOSE = [None, "Hope this helps!", "Done.", "QED", "\u2713", "---", "\\boxed{{{w}}}", "**{w}**",
             "Hope this helps! Done."]
    for pi, pre in enumerate(PRE):
        for ci, cl in enumerate(CLOSE):
            for j in range(3):
                v = R.choice(["x", "y", "t"])
                eq, st, x = r169_form(v)
                lines = st[:-1] + [pre, st[-1]] + ([cl.format(w=x)] if cl else [])
                p = R.choice(r169_TPL).format(v=v, eq=eq)
                r169_E("sD2", "preline_%d_%d" % (pi, ci), p, v, x, ["\n".join(lines), "\n".join(st)], "single")
    # D3: list and quote wrappers with a remark on the next line
    WR = [("- {l}", "  - in thousands"), ("* {l}", "  * %"), ("1. {l}", "   (negative)"), ("> {l}", ">> squared"),
          ("- {l}", "- in thousands"), ("- {l}", "  - Hope this helps! negate it"), ("+ {l}", "  + halve it"),
          ("- **{l}**", "  - \u00d710"), ("{l}", "  - in thousands"), ("{l}", "    %"), ("- {l}", "  Done, now halve it.")]
    for wi, (a, b) in enumerate(WR):
        for cl in (None, "Hope this helps!"):
            for j in range(6):
                v = R.choice(["x", "y", "t"])
                eq, st, x = r169_form(v)
                lines = st[:-1] + [a.format(l=st[-1]), b] + ([cl] if cl else [])
                p = R.choice(r169_TPL).format(v=v, eq=eq)
                r169_E("sD3", "wrap_%d" % wi, p, v, x, ["\n".join(lines), "\n".join(st)], "single")


r169_partD()

# codes: more unbracketed notes, other languages' "or", brackets, arrows, comment marks
r169_RM2 = [
    ("{v} veraltet", False), ("{v} storniert", False), ("{v} annul\u00e9", False), ("{v} p\u00e9rim\u00e9", False),
    ("{v} utg\u00e5tt", False), ("{v} kansellert", False), ("{v} anulado", False), ("{v} caducado", False),
    ("{v} scaduto", False), ("{v} niewa\u017cny", False), ("{v} neplatn\u00fd", False), ("{v} gammel", False),
    ("{v} inactive", False), ("{v} deprecated", False), ("{v} blocked", False), ("{v} revoked", False),
    ("{v} old", False), ("{v} OLD", False), ("{v} VOID", False), ("{v} invalid", False), ("{v} superseded", False),
    ("{v} retired", False), ("{v} closed", False), ("{v} lost", False), ("{v} stolen", False),
    ("{v} ou {x}", True), ("{v} o {x}", True), ("{v} of {x}", True), ("{v} lub {x}", True), ("{v} tai {x}", True),
    ("{v} vagy {x}", True), ("{v} veya {x}", True), ("{v} \u0438\u043b\u0438 {x}", True), ("{v} eller {x}", True),
    ("{v} und {x}", True), ("{v} og {x}", True), ("{v} et {x}", True), ("{v} y {x}", True), ("{v} resp. {x}", True),
    ("{v} \u2039{x}\u203a", False), ("{v} \u300c{x}\u300d", False), ("{v} \u3010{x}\u3011", False),
    ("{v} \u3008{x}\u3009", False), ("{v} \u00ab{x}\u00bb", False), ("{v} \u201e{x}\u201c", False),
    ("{v} \"{x}\"", False), ("{v} '{x}'", False),
    ("{x} \u27f6 {v}", False), ("{x} \u21d2 {v}", False), ("{x} \u2794 {v}", False), ("{x} \u279c {v}", False),
    ("{x} \u21a6 {v}", False), ("{x} \u27f9 {v}", False), ("{x} >> {v}", False), ("{x} --> {v}", False),
    ("{x} ==> {v}", False), ("{x} \u00bb {v}", False), ("{x} \u2192\u2192 {v}", False), ("{x} ~> {v}", False),
    ("{v} # was {x}", False), ("{v} // old", False), ("{v} -- was {x}", False), ("{v} ;; old {x}", False),
    ("{v} % was {x}", False), ("{v}  old {x}", False), ("{v}   previously {x}", False), ("{v}  (old)", False),
    ("{v}  ersetzt {x}", False), ("{v}  erstatter {x}", False), ("{v} was {x}", False), ("{v} replaces {x}", False),
    ("{v} ex {x}", False), ("{v} ersetzt {x}", False), ("{v} prev {x}", False), ("{v} formerly {x}", False),
]
r169_KEYS2 = ["order_id", "reference", "voucher", "pin", "locker", "seat", "gate", "plate", "booking_reference",
              "ticket_number", "iban", "phone", "membership", "room", "code"]


def r169_partE():
    ck = {k[0]: k for k in r169_CK}
    for ri, (rm, arg) in enumerate(r169_RM2):
        for key in R.sample(r169_KEYS2, 5):
            key, desc, labs, gen = ck[key]
            q = desc or key.replace("_", " ")
            sch = S({"name": "string", key: "string"}, {key: desc} if desc else None)
            cont = R.choice(["L", "L", "O", "O", "J", "P"])
            lab = R.choice(labs)
            v, x = gen(), gen()
            while x == v:
                x = gen()
            field = rm.format(v=v, x=x)
            ins = R.choice(r169_INS).format(q=q)
            nm = r169_nm()
            e = {"name": nm, key: v}
            pid = r169_J("sEw", "rm2_whole_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, field)], cont), sch, e,
                         [{"name": nm, key: field}, e], "single")
            if pid and arg:
                r169_arguable.add(pid)
            if "{x}" in rm:
                nm = r169_nm()
                v2, x2 = gen(), gen()
                e = {"name": nm, key: v2}
                pid = r169_J("sEo", "rm2_old_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, rm.format(v=v2, x=x2))], cont),
                             sch, e, [{"name": nm, key: x2}, e], "single")
                if pid and arg:
                    r169_arguable.add(pid)
                nm = r169_nm()
                v3, x3 = gen(), gen()
                b = r169_J("bE", "rm2_base", ins + "\n\n" + r169_rec(nm, [(lab, x3)], cont), sch,
                           {"name": nm, key: x3}, [{"name": nm, key: x3}], "pair")
                pv = r169_J("pE", "rm2_var_%d" % ri, ins + "\n\n" + r169_rec(nm, [(lab, rm.format(v=v3, x=x3))], cont),
                            sch, {"name": nm, key: v3}, [{"name": nm, key: x3}, {"name": nm, key: v3}], "pair", base=b)
                if pv and arg:
                    r169_arguable.add(pv)


r169_partE()

# ================================================================== PART F: the holes' edges (layouts, closings)
r169_RM3 = [("{v} obsolete", False), ("{v} void", False), ("{v} expired", False), ("{v} invalid", False),
            ("{v} veraltet", False), ("{v} ungültig", False), ("{v} utg\u00e5tt", False), ("{v} old", False),
            ("{x} \u27f6 {v}", False), ("{x} \u21d2 {v}", False), ("{x} \u00bb {v}", False), ("{x} >> {v}", False),
            ("{v} # old {x}", False), ("{v} // was {x}", False), ("{v}  was {x}", False), ("{v} was {x}", False),
            ("{v} replaces {x}", False), ("{v} ersetzt {x}", False), ("{v} \u00abold\u00bb", False),
            ("{v} eller {x}", True), ("{v} oder {x}", True), ("{v} \u00ab{x}\u00bb", True)]


def r169_partF():
    ck = {k[0]: k for k in r169_CK}
    for ri, (rm, arg) in enumerate(r169_RM3):
        for cont in ["L", "O", "J", "Y", "T", "C", "M", "P"]:
            for key in R.sample(["order_id", "voucher", "pin", "seat", "reference", "iban", "ticket_number", "locker"], 2):
                key, desc, labs, gen = ck[key]
                q = desc or key.replace("_", " ")
                sch = S({"name": "string", key: "string"}, {key: desc} if desc else None)
                lab = R.choice(labs)
                v, x = gen(), gen()
                field = rm.format(v=v, x=x)
                if cont == "C" and "," in field:
                    continue
                nm = r169_nm()
                e = {"name": nm, key: v}
                ins = R.choice(r169_INS).format(q=q)
                pid = r169_J("sFw", "rm3_%s_%d" % (cont, ri), ins + "\n\n" + r169_rec(nm, [(lab, field)], cont), sch, e,
                             [{"name": nm, key: field}, e], "single")
                if pid and arg:
                    r169_arguable.add(pid)
    # equations: pre-line with other closings; closings after a same-line arrow
    CL2 = ["Hope this helps \U0001F642", "Cheers!", "Good luck!", "Done!", "QED \u220e", "\u220e", "That's it.",
           "Let me know if you have questions.", "\u2705", "Hope that helps.", "Fertig.", "Ferdig!", "Voil\u00e0.",
           "**Done**", "*Hope this helps!*", "Hope this helps!\nDone."]
    PRE2 = ["Wrong:", "In thousands:", "Not the answer:", "Negate this:", "Falsch:", "Feil:", "Faux :", "Squared:"]
    for ci, cl in enumerate(CL2):
        for pi, pre in enumerate(PRE2):
            for j in range(2):
                v = R.choice(["x", "y", "t"])
                eq, st, x = r169_form(v)
                lines = st[:-1] + [pre, st[-1], cl]
                p = R.choice(r169_TPL).format(v=v, eq=eq)
                r169_E("sF2", "preclose_%d_%d" % (ci, pi), p, v, x, ["\n".join(lines), "\n".join(st)], "single")
        for j in range(4):
            v = R.choice(["x", "y", "t"])
            eq, st, x = r169_form(v)
            lines = st + [cl + " " + R.choice(["(in thousands)", "Now halve it.", "Negate it.", "%", "\u00d710"])]
            p = R.choice(r169_TPL).format(v=v, eq=eq)
            r169_E("sF3", "closeplus_%d" % ci, p, v, x, ["\n".join(lines), "\n".join(st)], "single")
    # arrows with other words after, then a closing line; arrow to a number
    for sep in ["\u2192", "->", "\u21d2", "=>"]:
        for rm in ["x2", "/2", "* 10", "in cm", "as a percent", "-{w}", "{w}0", "so {v} = -{w}", "negative", "(neg.)"]:
            for cl in (None, "Hope this helps!"):
                v = R.choice(["x", "y", "t"])
                eq, st, x = r169_form(v)
                lines = st[:-1] + [st[-1] + " " + sep + " " + rm.format(v=v, w=x)] + ([cl] if cl else [])
                p = R.choice(r169_TPL).format(v=v, eq=eq)
                r169_E("sF4", "arrow2", p, v, x, ["\n".join(lines), "\n".join(st)], "single")


r169_partF()

# ================================================================== confirm alone
# ================================================================== PART G: (c) with stored bases
def r169_partG():
    KEPT2 = ["Actual {n}", "{N} (actual)", "{N}", "Final {n}", "Real {n}"]
    for (n, key, typ, mk) in r169_NOUNS:
        schn = S({"name": "string", key: [typ, "null"]})
        for (turn, cat) in r169_TURN:
            for cont in ("L", "O", "J", "T"):
                nm = r169_nm()
                v, w = mk(), mk()
                A = r169_lab(R.choice(r169_ONLY[cat]), n)
                K = r169_lab(R.choice(KEPT2), n)
                fl = [(K, str(w)), (A, str(v))]
                if R.random() < 0.5:
                    fl.reverse()
                # base: turned instruction over both fields (kept one stored)
                b = r169_J("bG", "g_base", r169_insC(turn, n) + "\n\n" + r169_rec(nm, fl, cont), schn,
                           {"name": nm, key: w}, [{"name": nm, key: w}], "pair")
                # variant 1: the kept field removed; only the turned-away one is left -> null
                r169_J("pG1", "g_drop", r169_insC(turn, n) + "\n\n" + r169_rec(nm, [(A, str(v))], cont), schn,
                       {"name": nm, key: None}, [{"name": nm, key: w}, {"name": nm, key: None}], "pair", base=b)
                # variant 2: the two values swap fields
                fl2 = [(f[0], str(v) if f[1] == str(w) else str(w)) for f in fl]
                r169_J("pG2", "g_swap", r169_insC(turn, n) + "\n\n" + r169_rec(nm, fl2, cont), schn,
                       {"name": nm, key: v}, [{"name": nm, key: w}, {"name": nm, key: v}], "pair", base=b)
                # variant 3: the turned-away word moved into the schema description, plain instruction, kept removed
                sd = S({"name": "string", key: [typ, "null"]}, {key: turn.format(n=n)})
                r169_J("pG3", "g_desc", "Extract the name and the %s as JSON.\n\n" % n + r169_rec(nm, [(A, str(v))], cont),
                       sd, {"name": nm, key: None}, [{"name": nm, key: v}, {"name": nm, key: None}], "pair", base=b)
                # safe: the same record, instruction with a thank-you
                r169_J("safeG", "g_safe", r169_insC(turn, n) + " Thank you!\n\n" + r169_rec(nm, fl, cont), schn,
                       {"name": nm, key: w}, [{"name": nm, key: w}], "safe", safe=True, base=b)


r169_partG()

# Every item served wrong from the cache in the full run (run 1 or 2, re-judged: a right answer ending in an
# allowed closing line is not counted); confirmed alone below (R169_ALONE=1).
r169_found_alone_list = {
    'd169-bAok-1661', 'd169-pAu-1047', 'd169-pAu-841', 'd169-pB-3252', 'd169-pB-3514', 'd169-pB-3562',
    'd169-pB-4456', 'd169-pB-5264', 'd169-pB-5970', 'd169-pE-11197', 'd169-pE-11353', 'd169-pE-11361',
    'd169-pE-11381', 'd169-pE-11405', 'd169-pE-11473', 'd169-pE-11481', 'd169-pE-11509', 'd169-pE-11541',
    'd169-sA-1036', 'd169-sA-1037', 'd169-sA-1039', 'd169-sA-1040', 'd169-sA-1041', 'd169-sA-1042', 'd169-sA-1043',
    'd169-sA-1044', 'd169-sA-1045', 'd169-sA-1046', 'd169-sA-1228', 'd169-sA-1308', 'd169-sA-829', 'd169-sA-830',
    'd169-sA-831', 'd169-sA-832', 'd169-sA-833', 'd169-sA-836', 'd169-sA-837', 'd169-sA-838', 'd169-sA-839',
    'd169-sA-840', 'd169-sA-919', 'd169-sBo-3250', 'd169-sBo-3512', 'd169-sBo-3560', 'd169-sBo-4072',
    'd169-sBo-4454', 'd169-sBo-5262', 'd169-sBo-5968', 'd169-sBw-2392', 'd169-sBw-2393', 'd169-sBw-2412',
    'd169-sBw-2433', 'd169-sBw-2543', 'd169-sBw-2547', 'd169-sBw-2779', 'd169-sBw-2793', 'd169-sBw-2853',
    'd169-sBw-2883', 'd169-sBw-2891', 'd169-sBw-3147', 'd169-sBw-3150', 'd169-sBw-3153', 'd169-sBw-3168',
    'd169-sBw-3249', 'd169-sBw-3281', 'd169-sBw-3511', 'd169-sBw-3534', 'd169-sBw-3535', 'd169-sBw-3536',
    'd169-sBw-3554', 'd169-sBw-3559', 'd169-sBw-3573', 'd169-sBw-3639', 'd169-sBw-3679', 'd169-sBw-3807',
    'd169-sBw-3833', 'd169-sBw-4071', 'd169-sBw-4101', 'd169-sBw-4102', 'd169-sBw-4195', 'd169-sBw-4395',
    'd169-sBw-4453', 'd169-sBw-4991', 'd169-sBw-5195', 'd169-sBw-5211', 'd169-sBw-5261', 'd169-sBw-5273',
    'd169-sBw-5506', 'd169-sBw-5508', 'd169-sBw-5511', 'd169-sBw-5514', 'd169-sBw-5525', 'd169-sBw-5531',
    'd169-sBw-5599', 'd169-sBw-5605', 'd169-sBw-5627', 'd169-sBw-5633', 'd169-sBw-5639', 'd169-sBw-5807',
    'd169-sBw-5819', 'd169-sBw-5839', 'd169-sBw-5845', 'd169-sBw-5967', 'd169-sBw-6187', 'd169-sBw-6188',
    'd169-sBw-6197', 'd169-sBw-6205', 'd169-sBw-6255', 'd169-sBw-6385', 'd169-sBw-6403', 'd169-sBw-6435',
    'd169-sD1-10035', 'd169-sD1-10106', 'd169-sD1-10197', 'd169-sD1-10203', 'd169-sD1-10227', 'd169-sD1-10391',
    'd169-sD1-10392', 'd169-sD1-10394', 'd169-sD1-10396', 'd169-sD1-10398', 'd169-sD1-10399', 'd169-sD1-10404',
    'd169-sD1-10407', 'd169-sD1-10410', 'd169-sD1-10412', 'd169-sD1-10413', 'd169-sD1-10414', 'd169-sD1-10419',
    'd169-sD1-10420', 'd169-sD1-10421', 'd169-sD1-10422', 'd169-sD1-10423', 'd169-sD1-10424', 'd169-sD1-9863',
    'd169-sD1-9864', 'd169-sD1-9865', 'd169-sD1-9866', 'd169-sD1-9867', 'd169-sD1-9869', 'd169-sD1-9870',
    'd169-sD1-9871', 'd169-sD1-9872', 'd169-sD1-9875', 'd169-sD1-9876', 'd169-sD1-9881', 'd169-sD1-9882',
    'd169-sD1-9883', 'd169-sD1-9884', 'd169-sD1-9885', 'd169-sD1-9886', 'd169-sD1-9891', 'd169-sD1-9893',
    'd169-sD1-9894', 'd169-sD1-9895', 'd169-sD1-9896', 'd169-sD1-9897', 'd169-sD1-9898', 'd169-sD1-9899',
    'd169-sD1-9900', 'd169-sD1-9902', 'd169-sD1-9903', 'd169-sD1-9905', 'd169-sD1-9906', 'd169-sD1-9909',
    'd169-sD1-9910', 'd169-sD1-9913', 'd169-sD1-9914', 'd169-sD1-9915', 'd169-sD1-9916', 'd169-sD1-9917',
    'd169-sD1-9918', 'd169-sD1-9919', 'd169-sD1-9920', 'd169-sD1-9925', 'd169-sD1-9926', 'd169-sD1-9927',
    'd169-sD1-9929', 'd169-sD1-9930', 'd169-sD1-9931', 'd169-sD1-9932', 'd169-sD1-9933', 'd169-sD1-9934',
    'd169-sD1-9935', 'd169-sD1-9937', 'd169-sD1-9938', 'd169-sD1-9939', 'd169-sD1-9940', 'd169-sD1-9944',
    'd169-sD1-9947', 'd169-sD1-9948', 'd169-sD1-9949', 'd169-sD1-9950', 'd169-sD1-9951', 'd169-sD1-9952',
    'd169-sD1-9953', 'd169-sD1-9954', 'd169-sD1-9958', 'd169-sD1-9959', 'd169-sD1-9960', 'd169-sD1-9961',
    'd169-sD1-9963', 'd169-sD1-9964', 'd169-sD1-9965', 'd169-sD1-9966', 'd169-sD1-9967', 'd169-sD1-9968',
    'd169-sD1-9969', 'd169-sD1-9970', 'd169-sD1-9971', 'd169-sD1-9974', 'd169-sD1-9975', 'd169-sD1-9977',
    'd169-sD1-9978', 'd169-sD1-9979', 'd169-sD1-9980', 'd169-sD1-9981', 'd169-sD1-9982', 'd169-sD1-9983',
    'd169-sD1-9984', 'd169-sD1-9990', 'd169-sD1-9991', 'd169-sD1-9992', 'd169-sD1-9993', 'd169-sD1-9994',
    'd169-sD2-10496', 'd169-sD2-10497', 'd169-sD2-10499', 'd169-sD2-10500', 'd169-sD2-10501', 'd169-sD2-10502',
    'd169-sD2-10504', 'd169-sD2-10505', 'd169-sD2-10506', 'd169-sD2-10512', 'd169-sD2-10514', 'd169-sD2-10515',
    'd169-sD2-10517', 'd169-sD2-10521', 'd169-sD2-10522', 'd169-sD2-10523', 'd169-sD2-10524', 'd169-sD2-10525',
    'd169-sD2-10526', 'd169-sD2-10527', 'd169-sD2-10528', 'd169-sD2-10530', 'd169-sD2-10531', 'd169-sD2-10538',
    'd169-sD2-10539', 'd169-sD2-10540', 'd169-sD2-10541', 'd169-sD2-10542', 'd169-sD2-10543', 'd169-sD2-10547',
    'd169-sD2-10548', 'd169-sD2-10549', 'd169-sD2-10550', 'd169-sD2-10551', 'd169-sD2-10552', 'd169-sD2-10554',
    'd169-sD2-10555', 'd169-sD2-10556', 'd169-sD2-10558', 'd169-sD2-10565', 'd169-sD2-10566', 'd169-sD2-10567',
    'd169-sD2-10570', 'd169-sD2-10574', 'd169-sD2-10575', 'd169-sD2-10576', 'd169-sD2-10577', 'd169-sD2-10578',
    'd169-sD2-10579', 'd169-sD2-10580', 'd169-sD2-10581', 'd169-sD2-10582', 'd169-sD2-10583', 'd169-sD2-10593',
    'd169-sD2-10594', 'd169-sD2-10595', 'd169-sD2-10600', 'd169-sD2-10601', 'd169-sD2-10602', 'd169-sD2-10603',
    'd169-sD2-10604', 'd169-sD2-10605', 'd169-sD2-10606', 'd169-sD2-10607', 'd169-sD2-10608', 'd169-sD2-10609',
    'd169-sD2-10610', 'd169-sD2-10611', 'd169-sD2-10614', 'd169-sD2-10618', 'd169-sD2-10619', 'd169-sD2-10620',
    'd169-sD2-10621', 'd169-sD2-10623', 'd169-sD2-10628', 'd169-sD2-10629', 'd169-sD2-10630', 'd169-sD2-10631',
    'd169-sD2-10632', 'd169-sD2-10633', 'd169-sD2-10634', 'd169-sD2-10635', 'd169-sD2-10636', 'd169-sD2-10638',
    'd169-sD2-10646', 'd169-sD2-10648', 'd169-sD2-10649', 'd169-sD2-10650', 'd169-sD2-10657', 'd169-sD2-10658',
    'd169-sD2-10659', 'd169-sD2-10660', 'd169-sD2-10661', 'd169-sD2-10662', 'd169-sD2-10663', 'd169-sD2-10673',
    'd169-sD2-10674', 'd169-sD2-10675', 'd169-sD2-10676', 'd169-sD2-10677', 'd169-sD2-10681', 'd169-sD2-10682',
    'd169-sD2-10683', 'd169-sD2-10684', 'd169-sD2-10685', 'd169-sD2-10687', 'd169-sD2-10688', 'd169-sD2-10689',
    'd169-sD2-10691', 'd169-sD2-10699', 'd169-sD2-10700', 'd169-sD2-10702', 'd169-sD2-10704', 'd169-sD2-10706',
    'd169-sD2-10708', 'd169-sD2-10709', 'd169-sD2-10710', 'd169-sD2-10711', 'd169-sD2-10712', 'd169-sD2-10713',
    'd169-sD2-10714', 'd169-sD2-10715', 'd169-sD2-10716', 'd169-sD2-10719', 'd169-sD2-10722', 'd169-sD2-10725',
    'd169-sD2-10726', 'd169-sD2-10727', 'd169-sD2-10728', 'd169-sD2-10729', 'd169-sD2-10734', 'd169-sD2-10735',
    'd169-sD2-10736', 'd169-sD2-10737', 'd169-sD2-10738', 'd169-sD2-10740', 'd169-sD2-10741', 'd169-sD2-10742',
    'd169-sD2-10746', 'd169-sD2-10751', 'd169-sD2-10752', 'd169-sD2-10753', 'd169-sD2-10754', 'd169-sD2-10755',
    'd169-sD2-10756', 'd169-sD2-10760', 'd169-sD2-10761', 'd169-sD2-10762', 'd169-sD2-10763', 'd169-sD2-10764',
    'd169-sD2-10766', 'd169-sD2-10767', 'd169-sD2-10768', 'd169-sD2-10769', 'd169-sD2-10777', 'd169-sD2-10778',
    'd169-sD2-10779', 'd169-sD2-10780', 'd169-sD2-10781', 'd169-sD2-10782', 'd169-sD2-10786', 'd169-sD2-10787',
    'd169-sD2-10788', 'd169-sD2-10789', 'd169-sD2-10791', 'd169-sD2-10793', 'd169-sD2-10795', 'd169-sD2-10804',
    'd169-sD2-10805', 'd169-sD2-10806', 'd169-sD2-10807', 'd169-sD2-10808', 'd169-sD2-10809', 'd169-sD2-10812',
    'd169-sD2-10814', 'd169-sD2-10815', 'd169-sD2-10816', 'd169-sD2-10817', 'd169-sD2-10818', 'd169-sD2-10819',
    'd169-sD2-10820', 'd169-sD2-10821', 'd169-sD2-10822', 'd169-sD2-10823', 'd169-sD2-10831', 'd169-sD2-10833',
    'd169-sD2-10834', 'd169-sD2-10835', 'd169-sD2-10836', 'd169-sD2-10842', 'd169-sD2-10843', 'd169-sD2-10844',
    'd169-sD2-10845', 'd169-sD2-10846', 'd169-sD2-10847', 'd169-sD2-10848', 'd169-sD2-10849', 'd169-sD2-10850',
    'd169-sD2-10851', 'd169-sD2-10860', 'd169-sD2-10861', 'd169-sD2-10862', 'd169-sD3-10868', 'd169-sD3-10879',
    'd169-sD3-10904', 'd169-sD3-10905', 'd169-sD3-10940', 'd169-sEo-11163', 'd169-sEo-11195', 'd169-sEo-11223',
    'd169-sEo-11351', 'd169-sEo-11359', 'd169-sEo-11379', 'd169-sEo-11403', 'd169-sEo-11471', 'd169-sEo-11479',
    'd169-sEo-11507', 'd169-sEo-11539', 'd169-sEw-10991', 'd169-sEw-10999', 'd169-sEw-11001', 'd169-sEw-11016',
    'd169-sEw-11022', 'd169-sEw-11024', 'd169-sEw-11026', 'd169-sEw-11027', 'd169-sEw-11030', 'd169-sEw-11032',
    'd169-sEw-11033', 'd169-sEw-11037', 'd169-sEw-11041', 'd169-sEw-11048', 'd169-sEw-11050', 'd169-sEw-11054',
    'd169-sEw-11058', 'd169-sEw-11059', 'd169-sEw-11061', 'd169-sEw-11067', 'd169-sEw-11069', 'd169-sEw-11073',
    'd169-sEw-11076', 'd169-sEw-11078', 'd169-sEw-11084', 'd169-sEw-11086', 'd169-sEw-11089', 'd169-sEw-11092',
    'd169-sEw-11095', 'd169-sEw-11096', 'd169-sEw-11098', 'd169-sEw-11101', 'd169-sEw-11108', 'd169-sEw-11112',
    'd169-sEw-11113', 'd169-sEw-11114', 'd169-sEw-11122', 'd169-sEw-11134', 'd169-sEw-11138', 'd169-sEw-11142',
    'd169-sEw-11150', 'd169-sEw-11162', 'd169-sEw-11170', 'd169-sEw-11178', 'd169-sEw-11194', 'd169-sEw-11206',
    'd169-sEw-11210', 'd169-sEw-11222', 'd169-sEw-11246', 'd169-sEw-11262', 'd169-sEw-11278', 'd169-sEw-11298',
    'd169-sEw-11306', 'd169-sEw-11326', 'd169-sEw-11346', 'd169-sEw-11350', 'd169-sEw-11358', 'd169-sEw-11362',
    'd169-sEw-11378', 'd169-sEw-11402', 'd169-sEw-11434', 'd169-sEw-11454', 'd169-sEw-11470', 'd169-sEw-11478',
    'd169-sEw-11486', 'd169-sEw-11498', 'd169-sEw-11506', 'd169-sEw-11538', 'd169-sEw-11566', 'd169-sEw-11574',
    'd169-sEw-11582', 'd169-sEw-11598', 'd169-sEw-11610', 'd169-sEw-11646', 'd169-sEw-11666', 'd169-sEw-11674',
    'd169-sEw-11686', 'd169-sEw-11690', 'd169-sEw-11734', 'd169-sEw-11742', 'd169-sEw-11867', 'd169-sEw-11895',
    'd169-sEw-11903', 'd169-sEw-11932', 'd169-sEw-11940', 'd169-sEw-11952', 'd169-sEw-11968', 'd169-sEw-11980',
    'd169-sEw-11992', 'd169-sEw-12004', 'd169-sEw-12012', 'd169-sEw-12024', 'd169-sEw-12036', 'd169-sF2-12467',
    'd169-sF2-12493', 'd169-sF2-12494', 'd169-sF2-12495', 'd169-sF2-12498', 'd169-sF2-12499', 'd169-sF2-12500',
    'd169-sF2-12501', 'd169-sF2-12502', 'd169-sF2-12503', 'd169-sF2-12504', 'd169-sF2-12506', 'd169-sF2-12507',
    'd169-sF2-12513', 'd169-sF2-12514', 'd169-sF2-12515', 'd169-sF2-12516', 'd169-sF2-12517', 'd169-sF2-12518',
    'd169-sF2-12519', 'd169-sF2-12521', 'd169-sF2-12522', 'd169-sF2-12523', 'd169-sF2-12524', 'd169-sF2-12525',
    'd169-sF2-12527', 'd169-sF2-12528', 'd169-sF2-12531', 'd169-sF2-12532', 'd169-sF2-12533', 'd169-sF2-12534',
    'd169-sF2-12535', 'd169-sF2-12537', 'd169-sF2-12538', 'd169-sF2-12539', 'd169-sF2-12540', 'd169-sF2-12542',
    'd169-sF2-12543', 'd169-sF2-12545', 'd169-sF2-12551', 'd169-sF2-12552', 'd169-sF2-12553', 'd169-sF2-12554',
    'd169-sF2-12556', 'd169-sF2-12557', 'd169-sF2-12558', 'd169-sF2-12559', 'd169-sF2-12561', 'd169-sF2-12562',
    'd169-sF2-12563', 'd169-sF2-12570', 'd169-sF2-12603', 'd169-sF2-12604', 'd169-sF2-12605', 'd169-sF2-12607',
    'd169-sF2-12608', 'd169-sF2-12609', 'd169-sF2-12610', 'd169-sF2-12611', 'd169-sF2-12612', 'd169-sF2-12613',
    'd169-sF2-12615', 'd169-sF2-12616', 'd169-sF2-12644', 'd169-sF2-12647', 'd169-sF2-12660', 'd169-sF2-12673',
    'd169-sF2-12679', 'd169-sF2-12681', 'd169-sF2-12682', 'd169-sF2-12683', 'd169-sF2-12684', 'd169-sF2-12685',
    'd169-sF2-12686', 'd169-sF2-12687', 'd169-sF2-12688', 'd169-sF2-12689', 'd169-sF2-12690', 'd169-sF2-12691',
    'd169-sF2-12692', 'd169-sF2-12693', 'd169-sF2-12694', 'd169-sF2-12699', 'd169-sF2-12700', 'd169-sF2-12702',
    'd169-sF2-12703', 'd169-sF2-12705', 'd169-sF2-12706', 'd169-sF2-12707', 'd169-sF2-12709', 'd169-sF2-12711',
    'd169-sF2-12712', 'd169-sF2-12714', 'd169-sF2-12718', 'd169-sF2-12720', 'd169-sF2-12721', 'd169-sF2-12722',
    'd169-sF2-12723', 'd169-sF2-12724', 'd169-sF2-12725', 'd169-sF2-12726', 'd169-sF2-12727', 'd169-sF2-12728',
    'd169-sF2-12729', 'd169-sF2-12730', 'd169-sF2-12731', 'd169-sF2-12732', 'd169-sF2-12733', 'd169-sF3-12546',
    'd169-sF3-12658', 'd169-sF4-12739', 'd169-sF4-12744', 'd169-sF4-12745', 'd169-sF4-12746', 'd169-sF4-12752',
    'd169-sF4-12755', 'd169-sF4-12756', 'd169-sF4-12763', 'd169-sF4-12764', 'd169-sF4-12766', 'd169-sF4-12773',
    'd169-sF4-12774', 'd169-sF4-12775', 'd169-sF4-12776', 'd169-sF4-12783', 'd169-sF4-12784', 'd169-sF4-12785',
    'd169-sF4-12786', 'd169-sF4-12793', 'd169-sF4-12794', 'd169-sF4-12795', 'd169-sF4-12796', 'd169-sF4-12802',
    'd169-sF4-12803', 'd169-sF4-12804', 'd169-sF4-12806', 'd169-sF4-12810', 'd169-sF4-12811', 'd169-sFw-12088',
    'd169-sFw-12116', 'd169-sFw-12117', 'd169-sFw-12118', 'd169-sFw-12120', 'd169-sFw-12121', 'd169-sFw-12135',
    'd169-sFw-12137', 'd169-sFw-12147', 'd169-sFw-12153', 'd169-sFw-12165', 'd169-sFw-12168', 'd169-sFw-12181',
    'd169-sFw-12185', 'd169-sFw-12196', 'd169-sFw-12199', 'd169-sFw-12200', 'd169-sFw-12215', 'd169-sFw-12228',
    'd169-sFw-12231', 'd169-sFw-12233', 'd169-sFw-12245', 'd169-sFw-12246', 'd169-sFw-12247', 'd169-sFw-12249',
    'd169-sFw-12261', 'd169-sFw-12263', 'd169-sFw-12265', 'd169-sFw-12281', 'd169-sFw-12293', 'd169-sFw-12296',
    'd169-sFw-12308', 'd169-sFw-12309', 'd169-sFw-12312', 'd169-sFw-12313', 'd169-sFw-12324', 'd169-sFw-12326',
    'd169-sFw-12328', 'd169-sFw-12329', 'd169-sFw-12340', 'd169-sFw-12342', 'd169-sFw-12344', 'd169-sFw-12345',
    'd169-sFw-12356', 'd169-sFw-12359', 'd169-sFw-12360', 'd169-sFw-12361', 'd169-sFw-12373', 'd169-sFw-12374',
    'd169-sFw-12390', 'd169-sFw-12405', 'd169-sFw-12406', 'd169-sFw-12409', 'd169-sFw-12419', 'd169-sFw-12421',
    'd169-sFw-12423', 'd169-sFw-12424',
}
r169_arguable_found = {
    'd169-pB-3252', 'd169-pB-3562', 'd169-pB-4456', 'd169-pB-5264', 'd169-pE-11197', 'd169-pE-11353',
    'd169-pE-11361', 'd169-pE-11381', 'd169-pE-11405', 'd169-pE-11473', 'd169-pE-11481', 'd169-pE-11509',
    'd169-pE-11541', 'd169-sBo-3250', 'd169-sBo-3560', 'd169-sBo-4454', 'd169-sBo-5262', 'd169-sBw-2433',
    'd169-sBw-2853', 'd169-sBw-2883', 'd169-sBw-3249', 'd169-sBw-3559', 'd169-sBw-3573', 'd169-sBw-3639',
    'd169-sBw-3833', 'd169-sBw-4195', 'd169-sBw-4453', 'd169-sBw-5261', 'd169-sBw-5599', 'd169-sBw-5605',
    'd169-sBw-5819', 'd169-sBw-5839', 'd169-sBw-5845', 'd169-sBw-6205', 'd169-sBw-6403', 'd169-sBw-6435',
    'd169-sD1-10407', 'd169-sD1-10419', 'd169-sD1-10420', 'd169-sD1-10421', 'd169-sD1-10422', 'd169-sD1-10423',
    'd169-sD1-10424', 'd169-sD1-9891', 'd169-sD1-9894', 'd169-sD1-9895', 'd169-sD1-9896', 'd169-sD1-9913',
    'd169-sD1-9914', 'd169-sD1-9925', 'd169-sD1-9926', 'd169-sD1-9927', 'd169-sD1-9937', 'd169-sD1-9947',
    'd169-sD1-9948', 'd169-sD1-9958', 'd169-sD1-9959', 'd169-sD1-9960', 'd169-sD1-9961', 'd169-sD1-9977',
    'd169-sD1-9978', 'd169-sD1-9990', 'd169-sD1-9991', 'd169-sD1-9992', 'd169-sD1-9993', 'd169-sD1-9994',
    'd169-sD2-10543', 'd169-sD2-10791', 'd169-sD2-10851', 'd169-sEo-11163', 'd169-sEo-11195', 'd169-sEo-11223',
    'd169-sEo-11351', 'd169-sEo-11359', 'd169-sEo-11379', 'd169-sEo-11403', 'd169-sEo-11471', 'd169-sEo-11479',
    'd169-sEo-11507', 'd169-sEo-11539', 'd169-sEw-11114', 'd169-sEw-11122', 'd169-sEw-11134', 'd169-sEw-11138',
    'd169-sEw-11142', 'd169-sEw-11150', 'd169-sEw-11162', 'd169-sEw-11170', 'd169-sEw-11178', 'd169-sEw-11194',
    'd169-sEw-11206', 'd169-sEw-11210', 'd169-sEw-11222', 'd169-sEw-11246', 'd169-sEw-11262', 'd169-sEw-11278',
    'd169-sEw-11298', 'd169-sEw-11306', 'd169-sEw-11326', 'd169-sEw-11346', 'd169-sEw-11350', 'd169-sEw-11358',
    'd169-sEw-11362', 'd169-sEw-11378', 'd169-sEw-11402', 'd169-sEw-11434', 'd169-sEw-11454', 'd169-sEw-11470',
    'd169-sEw-11478', 'd169-sEw-11498', 'd169-sEw-11506', 'd169-sEw-11538', 'd169-sF2-12503', 'd169-sF4-12744',
    'd169-sF4-12763', 'd169-sF4-12764', 'd169-sF4-12783', 'd169-sF4-12784', 'd169-sF4-12802', 'd169-sF4-12803',
    'd169-sFw-12390', 'd169-sFw-12405', 'd169-sFw-12406', 'd169-sFw-12409', 'd169-sFw-12419', 'd169-sFw-12421',
    'd169-sFw-12423', 'd169-sFw-12424',
}
r169_found_alone |= r169_found_alone_list
r169_arguable |= r169_arguable_found
# tagged arguable when generated, but served another request's clearly changing tail by the licensed rewrite
r169_arguable -= {'d169-sD1-9893', 'd169-sD1-9929', 'd169-sD1-9930'}

# Trimmed for ctest (probe_kit.sample_round), stop 40: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest;
# then every arguable item left out.
r169_keep = set(r169_found_alone) | {r169_pairs[k] for k in r169_found_alone if k in r169_pairs}
from probe_kit import sample_round as r169_sample_round  # noqa: E402

r169_sample_round("d169-", r169_keep, 30, safe_every=10)
P[:] = [r169_p for r169_p in P if r169_p["id"] not in r169_arguable]
