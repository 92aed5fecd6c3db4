r"""Red-team round 201 (black box): THE NEW RULES OF THIS STOP -- workings in English words only (a line with a word
outside the working words, or an operation without its number, is never stored), a number's form asked in other words
and languages, and two-word remarks after a code.
Focus: (1) worked equations "a v + b = c", "Desc: eq" lines in list words, the model's first answer right in every
  equation and value but with one false line, a later answer plain and right (singles), and coincidence pairs whose
  base working is right and whose variant keeps a stale number word. Singles: number words beyond twenty
  ("Subtract thirty one / sixtyfive / eighty from both sides", 60), hundreds ("a hundred", "one hundred", "a hundred
  and fifty", 24), fractions in words ("one and a half", "zero point five", "a quarter", "two point five", 40),
  negatives ("Divide both sides by three" under -3x, "minus/negative N", "Subtract minus five", 40), an operand that
  is not the number ("Divide both sides by 3, the coefficient", "The coefficient is five, so divide both sides by it",
  40), two operations on one line (wrong order, a wrong number, "then multiply", 50), list words in another sense
  ("Subtract both sides from ten", "Divide two by both sides", "Take both sides from fifteen", "Add both sides to N",
  "by N and a half", 40; refinement: 14 shapes x 5, 70), descriptions on the line after the equation (40), step labels
  that hide words ("Step one:" with b = 1, "Step two:"/"Step II:"/"Step 2 -" with a = 2, "Step one: Subtract from
  both sides", 50), final lines ("So x is about 5" / "x = 5, roughly" / "Therefore x equals five" for 26/5, "Therefore
  x equals fourteen", "approximately", 50). Pairs: b coincidences (24 pairs of b, e.g. 21->20, 21->1, 25->5, 13->30,
  100->200, 105->100, x3: 72 bases, 72 variants, 72 "Thanks!" safe) and divisor words (13 pairs, "one and a half"->2,
  "zero point five"->5, "negative three"->3, "twenty-one"->1: 39 each); 30 right word workings x 2 safe variants.
  (2) string form clauses and their negations, 8 pairs x 5 ("nur die Zahl"/"nicht nur die Zahl", "kun tallet"/"ikke
  bare tallet", "solo el número"/"no solo el número", "en chiffres seulement", "as just the number", "number only"...)
  and reverse pairs (no clause stored, clause asked); integer clauses with scope and negation ("the hours as ints but
  the fee with decimals", "not as integers", "sin decimales para las horas, con decimales para la tarifa", 32
  singles + 32 pairs with an integer fee stored); refinement: 20 clauses ("number only", "figure only", "value only",
  "digits only", "unitless", "kun tal", "tylko liczba"...) x 3 pairs (no clause stored) + 3 singles.
  (3) remarks after a code that move the city: 8 words x 7 marks (two spaces, tab, "; ", ". ", ", ", " | ", " - ")
  beside a read Seat/Gate/Room/Bay; one word plus a code that changes the code itself ("Seat: 25E; Now 27C",
  "Changed", "Upgraded", "Ny", 32 pairs); remarks after an address ("Address: Storgata 39 - Sekarang Odda", 18) and
  after a name with its member code (18); refinement: 16 words x 4 tab shapes ("\t", "\t\t", " \t", "\t- ") beside a
  read code and x 3 (tab, " - ", two spaces) after an address.
1,818 probes (seeded random.Random(201)): 593 bases, 446 pair variants, 596 singles, 183 safe. Only the d201- probes
  were served (probes.py's own probes and the other rounds were not; R201_ALL=1 keeps them). R201_ALONE=1 keeps
  r201_found_alone + r201_arguable and their bases (177 probes).
JUDGED by this round's reader (its tester's judge.py: check.py's verdict, plus the lines this round marks false,
  plus its own reading of English number words -- "twenty-one", "sixtyfive", "a hundred and fifty", "one and a half",
  "zero point five", "negative three" -- and of "Desc: eq" lines; a description in another sense, "both sides
  from/off N", "N by both sides", is false). check.py alone reads "twenty-one" as 20 and so flags 24 right
  "twenty-one"/"twenty one" workings reused (bases and variants of the 21 pairs) and misses 1 stitched answer.
HELD:
 - (1) every false line stated with an operation and a number of the list, read in the right sense, was kept out of
   the store: big number words (0 of 60 reused; 9 served fresh in run 1 on the patch path, never stored), hundreds (0
   of 24; 8 fresh), fractions and decimals in words (0 of 40), negatives (0 of 40), "by 3, the coefficient" and its
   kin (0 of 40), two operations on one line (0 of 50), a description on the line after (0 of 40), step labels (0 of
   50: "Step one: Subtract nine...", "Step II: Divide both sides by five", "Step one: Subtract from both sides"),
   final lines (0 of 50: "about", "roughly", "approximately", "equals fourteen"), "Add both sides to N" (0 of 7), "by
   N and a half" (0 of 5), "Subtract the two sides from N" / "Divide N by the two sides" (0 of 10). Coincidence
   pairs: 0 of 72 b-word variants and 0 of 39 divisor-word variants served the stale working from the cache (23-24
   served it fresh on the patch path: the model's stale "Subtract thirty from both sides: 3x = 12" under 3x + 13 = 25,
   never stored). Right word workings: stored and reused (esw 17/30, pbs 25/72, esf 17/30 in run 2).
 - (2) every negation and scope of a form clause: "nicht nur die Zahl", "ikke bare tallet", "no solo el número",
   "pas seulement en chiffres", "not as just the number", "with the unit" (0 of 40 stale bare numbers reused); the
   clauses "nur die Zahl", "kun tallet", "solo el número", "en chiffres seulement", "as just the number", "only the
   digits", "without the unit" asked over a stored "432 cm" (0 of 35); integer clauses with scope and negation (0 of
   64: "fee": 99.5 kept, 99 never served); refinement clauses "digits only", "numbers only", "numeric only", "bare
   number", "no unit", "the number alone", "only number", "nur Zahl", "bare tallet", "solo número", "tylko liczba" (0).
 - (3) remarks after two spaces, "; ", ". ", ", ", " | ", " - " beside a read code (0 of 48); a word
   plus a new code ("Seat: 25E; Now 27C", "Gate: C5. Upgraded B12": 0 of 32); after a tab, the words Now, NOW, Moved,
   Since, Relocated, Ahora, Agora, Jetzt, Nyt, Nu, Ora, Umgezogen, Flyttet (0); after a name with a member code (0 of
   18 from the cache); after an address with two spaces (0 of 16).
WHAT GOT THROUGH. Whole round, fresh SQLite store, two passes: from the cache 65 in run 1 (57 clear, 8 arguable: 45
  kept on the patch path, 20 reuse) and 124 in run 2 (116 clear, 8 arguable: 79 reuse, 45 patch); check.py itself counts 73 / 148 (the 24
  misread "twenty-one" workings included). Alone (177 probes, fresh store, two passes): 60 in run 1 (52 clear, 8
  arguable; 44 patch, 16 reuse), 120 in run 2 (112 clear, 8 arguable; 76 reuse, 44 patch); 112 clear ids in r201_found_alone, 8 in r201_arguable (3 more
  "number only" bases of the whole run were reused from an earlier request's answer the alone run does not hold).
 (A) CLEAR, working words of the list in ANOTHER SENSE, stored in run 1 (served fresh) and reused in run 2 (59 of
     110 singles): "Solve for n: 6n + 10 = 40. Explain each step." -> "Subtract both sides from ten: 6n = 30 / Divide
     both sides by six: n = 5"; "Solve for y: 3y + 15 = 30. Show each step." -> "Take both sides from fifteen: 3y =
     15 / ..."; "Solve for k: 2k + 3 = 19." -> "... Divide two by both sides: k = 8"; also "Subtract each side from
     N", "Subtract from N both sides", "From N, subtract both sides", "Take away both sides from N", "Subtract both
     sides off N", "Subtract both sides from 7" (digits), "Divide N by each side", "Divide 9 by both sides"; and
     stitched into another request: "Work out y in 4y + 5 = 41." -> "Take both sides from five: 4y = 36 / 4y + 5 = 41
     / 4y = 36 / y = 9" (its own model never wrote that line). (Each such line's equation is equivalent to the true
     result, -6n = -30, as every both-sides operation's is; the operation it names does not give it.)
 (B) CLEAR, "number only" / "figure only" / "number only, please" asked over a string: the stored answer with its
     unit served by a licensed rewrite (15 alone, 3 more in the whole run): "Extract the name and the stay as JSON,
     the stay as a string, number only. / Name: Cato Vik / Stay: 547 nights" -> {"stay": "547 nights"}; "... the
     price as a string, figure only. / Price: 781 EUR" -> "781 EUR"; "... number only, please. / Price: 224 EUR" ->
     "224 EUR". ("amount only", "chiffre seulement", "just digits", "kun tal", "unitless": the same wrong value
     served FRESH, 19 in run 1 and 19 in run 2, never from the cache.)
 (C) CLEAR, a two-word remark after a TAB (or "\t\t", " \t", "\t- ") beside a read code, and after a tab or " - "
     in an Address field, with the words Mudou, Neu, Sekarang, Teraz, Ny: the city kept from the cached answer on the
     patch path (38 alone): "City: Drammen / Bay: B949<TAB>Mudou Levanger" -> {"city": "Drammen", "bay": "B949"};
     "City: Stavanger / Gate: C14<TAB><TAB>Mudou Skien" -> "Stavanger"; "Room: 332<TAB>Neu Hamar" -> "Sogndal";
     "Seat: 7E<TAB>Sekarang Odda" -> "Elverum"; "Address: Storgata 39 - Sekarang Odda / City: Narvik" -> "Narvik";
     "Address: Kirkegata 58C - Neu Levanger / City: Elverum" -> "Elverum".
 (D) ARGUABLE (r201_arguable, 8): the same after "Hoy" ("today": "Gate: ...<TAB>Hoy Molde", 6) and "value only" for a
     string member (2: the value may be read as the value with its unit).
 Wrong served fresh (never from the cache): run 1 154 / run 2 91 by this round's reader: the model's big-number
   and hundred lines on the patch path (17 / 16: "Subtract sixtyfive from both sides: 7n = 21" under 7n + 64 = 85,
   "Subtract a hundred and fifty from both sides: 8t = 16" under 8t + 115 = 131), the pair variants' stale working
   (24 / 23), the form clauses of (B) (38 / 38), (A) in run 1 (62), and 11 name-with-code probes whose expected
   name ("Ada Berg M1234") is itself debatable (not counted as findings).
Adds its probes to probe_kit.P."""
import json
import random as r201_random

from probe_kit import P, S, J, E  # noqa: F401

R = r201_random.Random(201)
r201_found_alone = set(['d201-fsb-1010', 'd201-rav-1323', 'd201-rav-1347', 'd201-rav-1363', 'd201-rav-1367', 'd201-rav-1383', 'd201-rcv-1149', 'd201-rcv-1177', 'd201-rcv-1191', 'd201-rcv-1219', 'd201-sns-260', 'd201-sns-262', 'd201-sns-263', 'd201-sns-264', 'd201-sns-265', 'd201-sns-266', 'd201-sns-267', 'd201-sns-268', 'd201-sns-269', 'd201-sns-272', 'd201-sns-274', 'd201-sns-275', 'd201-sns-276', 'd201-sns-278', 'd201-sns-280', 'd201-sns-284', 'd201-sns-286', 'd201-sns-288', 'd201-sns-290', 'd201-sns-292', 'd201-xav-1677', 'd201-xav-1679', 'd201-xav-1691', 'd201-xav-1693', 'd201-xav-1705', 'd201-xav-1707', 'd201-xav-1719', 'd201-xav-1721', 'd201-xav-1831', 'd201-xav-1833', 'd201-xfs-1490', 'd201-xfs-1496', 'd201-xfs-1517', 'd201-xfs-1523', 'd201-xfs-1634', 'd201-xfs-1637', 'd201-xfs-1640', 'd201-xfv-1489', 'd201-xfv-1495', 'd201-xfv-1516', 'd201-xfv-1522', 'd201-xfv-1633', 'd201-xfv-1636', 'd201-xfv-1639', 'd201-xsn-1418', 'd201-xsn-1419', 'd201-xsn-1420', 'd201-xsn-1421', 'd201-xsn-1423', 'd201-xsn-1424', 'd201-xsn-1425', 'd201-xsn-1426', 'd201-xsn-1427', 'd201-xsn-1428', 'd201-xsn-1429', 'd201-xsn-1432', 'd201-xsn-1433', 'd201-xsn-1434', 'd201-xsn-1435', 'd201-xsn-1437', 'd201-xsn-1444', 'd201-xsn-1447', 'd201-xsn-1448', 'd201-xsn-1449', 'd201-xsn-1450', 'd201-xsn-1451', 'd201-xsn-1452', 'd201-xsn-1453', 'd201-xsn-1455', 'd201-xsn-1456', 'd201-xsn-1463', 'd201-xsn-1464', 'd201-xsn-1466', 'd201-xsn-1468', 'd201-xsn-1469', 'd201-xsn-1470', 'd201-xsn-1472', 'd201-xsn-1473', 'd201-xsn-1475', 'd201-xsn-1476', 'd201-xsn-1480', 'd201-xsn-1481', 'd201-xsn-1482', 'd201-xtv-1669', 'd201-xtv-1671', 'd201-xtv-1673', 'd201-xtv-1675', 'd201-xtv-1683', 'd201-xtv-1685', 'd201-xtv-1687', 'd201-xtv-1689', 'd201-xtv-1699', 'd201-xtv-1701', 'd201-xtv-1703', 'd201-xtv-1711', 'd201-xtv-1713', 'd201-xtv-1715', 'd201-xtv-1717', 'd201-xtv-1823', 'd201-xtv-1825', 'd201-xtv-1827', 'd201-xtv-1829'])
r201_arguable = set(['d201-xav-1803', 'd201-xav-1805', 'd201-xfs-1655', 'd201-xfv-1654', 'd201-xtv-1795', 'd201-xtv-1797', 'd201-xtv-1799', 'd201-xtv-1801'])
r201_base_of = {}
r201_meta = {}
r201_ctr = [0]
r201_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r201_prompts = set()

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def W(n, style="-"):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else style + ONES[o])
    if n == 100:
        return "a hundred"
    h, r = divmod(n, 100)
    head = ("a hundred" if h == 1 else ONES[h] + " hundred")
    return head + ("" if r == 0 else " and " + W(r, style))


def js(o):
    return json.dumps(o, ensure_ascii=False)


def nid(part):
    r201_ctr[0] += 1
    return "d201-%s-%d" % (part, r201_ctr[0])


def adde(kind, pid, fam, prompt, var, val, answers, wrong=None, bad=None, base=None, tmpl=None, right=None):
    if prompt in r201_prompts:
        return None
    r201_prompts.add(prompt)
    E(pid, fam, prompt, var, str(val), answers, safe=(kind == "safe"), false_lines=bad)
    r201_counts[kind] += 1
    r201_meta[pid] = {"kind": kind, "tmpl": tmpl, "task": "e", "wrong": list(wrong or []), "bad": list(bad or []),
                      "right": right, "fam": fam}
    if base:
        r201_base_of[pid] = base
    return pid


def addj(kind, pid, fam, prompt, sch, exp, answers, wrong=None, base=None, tmpl=None):
    if prompt + js(sch) in r201_prompts:
        return None
    r201_prompts.add(prompt + js(sch))
    J(pid, fam, prompt, sch, exp, [js(a) for a in answers], safe=(kind == "safe"))
    r201_counts[kind] += 1
    r201_meta[pid] = {"kind": kind, "tmpl": tmpl, "task": "j", "wrong": [js(x) for x in (wrong or [])],
                      "right": js(exp), "fam": fam}
    if base:
        r201_base_of[pid] = base
    return pid


PROMPTS = ["Solve {e} step by step.", "Solve for {v}: {e}. Show each step.", "Please solve {e}, showing your working.",
           "Solve for {v}: {e}. Explain each step.", "Work out {v} in {e}. Show the steps."]
VARS = ["x", "y", "n", "t", "k"]


def fnum(q):
    """a number as text: int or short decimal."""
    if float(q).is_integer():
        return str(int(q))
    return ("%g" % q)


def lin(a, v):
    if a == 1:
        return v
    if a == -1:
        return "-" + v
    return fnum(a) + v


def eqtext(a, b, c, v):
    if b >= 0:
        return "%s + %s = %s" % (lin(a, v), fnum(b), fnum(c))
    return "%s - %s = %s" % (lin(a, v), fnum(-b), fnum(c))


def plain(a, b, x, v):
    c = a * x + b
    return "%s\n%s = %s\n%s = %s" % (eqtext(a, b, c, v), lin(a, v), fnum(c - b), v, fnum(x))


def words_work(a, b, x, v, d1=None, d2=None, final=None, bstyle="-"):
    """the right English working: Subtract/Add B, Divide by A; optional overrides."""
    c = a * x + b
    if d1 is None:
        d1 = ("Subtract %s from both sides" % W(b, bstyle)) if b >= 0 else ("Add %s to both sides" % W(-b, bstyle))
    if d2 is None:
        d2 = "Divide both sides by %s" % W(a)
    l1 = "%s: %s = %s" % (d1, lin(a, v), fnum(c - b))
    l2 = "%s: %s = %s" % (d2, v, fnum(x))
    lines = [l1, l2]
    if final is None:
        final = R.choice(["So the answer is %s = %s." % (v, fnum(x)), "Therefore %s equals %s." % (v, fnum(x)), None])
    if final:
        lines.append(final)
    return "\n".join(lines), l1, l2


def pick_prompt(a, b, x, v, extra=""):
    c = a * x + b
    for _ in range(20):
        p = R.choice(PROMPTS).format(e=eqtext(a, b, c, v), v=v) + extra
        if p not in r201_prompts:
            return p
    return None


def single(tag, fam, a, b, x, v, wrong_text, bad_lines, tmpl, extra=""):
    p = pick_prompt(a, b, x, v, extra)
    if p is None:
        return
    adde("single", nid(tag), fam, p, v, fnum(x), [wrong_text, plain(a, b, x, v)], wrong=[wrong_text], bad=bad_lines,
         tmpl=tmpl, right=plain(a, b, x, v))


def other(n, lo, hi, avoid=()):
    c = [k for k in range(lo, hi + 1) if k != n and k not in avoid]
    return R.choice(c)


def part_e_singles():
    # (a) number words beyond twenty: a wrong big number word in step 1 (b 21..99)
    for k in range(60):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(21, 99)
        kind = R.choice(["swap", "pm1", "pm10", "tens", "ones"])
        t, o = divmod(b, 10)
        if kind == "swap" and o >= 2 and o != t:
            bw = o * 10 + t
        elif kind == "pm10":
            bw = b + R.choice([-10, 10]) if b > 30 and b < 90 else b + 10
        elif kind == "tens" and o != 0:
            bw = t * 10
        elif kind == "ones" and o != 0:
            bw = o
        else:
            bw = b + R.choice([-1, 1])
        st = R.choice(["-", " ", ""])
        txt, l1, l2 = words_work(a, b, x, v, d1="Subtract %s from both sides" % W(bw, st))
        single("big", "r201_eq_bigword", a, b, x, v, txt, [l1], "big|%s|%s" % (kind, st))
    # (a2) hundreds
    for k in range(24):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b, bw = R.choice([(150, 100), (105, 150), (200, 100), (100, 1), (120, 100), (101, 100), (110, 100), (100, 200),
                          (300, 103), (115, 150)])
        d1 = R.choice(["Subtract %s from both sides", "Take %s from both sides", "Subtract %s from each side"]) % W(bw)
        if bw == 100 and R.random() < 0.5:
            d1 = d1.replace("a hundred", "one hundred")
        txt, l1, l2 = words_work(a, b, x, v, d1=d1)
        single("hun", "r201_eq_hundred", a, b, x, v, txt, [l1], "hun|%d|%d" % (b, bw))
    # (b) fractions and decimals in words; negatives
    FR = [(0.5, "zero point five", "a half"), (1.5, "one and a half", "one point five"), (2.5, "two and a half", "two point five"),
          (0.25, "zero point two five", "a quarter"), (0.2, "zero point two", "a fifth")]
    for k in range(40):
        a, aw1, aw2 = R.choice(FR)
        x = R.choice([4, 8, 12, 16, 20]) if a in (0.25, 0.5, 1.5, 2.5) else R.choice([5, 10, 15, 20])
        b, v = R.randint(1, 15), R.choice(VARS)
        wrongs = [("d", w) for (q, w1, w2) in FR if q != a for w in (w1, w2)]
        kind = R.choice(["otherfrac", "mult", "int"])
        if kind == "otherfrac":
            d2 = "Divide both sides by %s" % R.choice(wrongs)[1]
        elif kind == "mult":
            d2 = "Multiply both sides by %s" % R.choice([aw1, aw2]) if a not in (0.5, 0.25, 0.2) else \
                "Multiply both sides by %s" % aw1
        else:
            d2 = "Divide both sides by %s" % W(int(a) if a >= 1 else 5)
        txt, l1, l2 = words_work(a, b, x, v, d2=d2)
        single("frc", "r201_eq_fracword", a, b, x, v, txt, [l2], "frc|%s" % kind)
    for k in range(40):
        a, x, v = -R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 15)
        kind = R.choice(["dropsign", "wrongneg", "subneg", "minus_b", "negative_b"])
        if kind == "dropsign":
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide both sides by %s" % W(-a))
            bad = [l2]
        elif kind == "wrongneg":
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide both sides by %s %s" % (R.choice(["minus", "negative"]), W(other(-a, 2, 9))))
            bad = [l2]
        elif kind == "subneg":
            txt, l1, l2 = words_work(a, b, x, v, d1="Subtract %s %s from both sides" % (R.choice(["minus", "negative"]), W(b)),
                                     d2="Divide both sides by negative %s" % W(-a))
            bad = [l1]
        elif kind == "minus_b":
            txt, l1, l2 = words_work(a, b, x, v, d1="Add minus %s to both sides" % W(other(b, 2, 15)),
                                     d2="Divide both sides by minus %s" % W(-a))
            bad = [l1]
        else:
            txt, l1, l2 = words_work(a, b, x, v, d1="Add negative %s to both sides" % W(b),
                                     d2="Divide both sides by %s" % W(-a))
            bad = [l2]
        single("neg", "r201_eq_negword", a, b, x, v, txt, bad, "neg|%s" % kind)
    # (c) an operation stated with a number that is not the operand ("by 3, the coefficient")
    for k in range(40):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 15)
        aw = other(a, 2, 9)
        bw = other(b, 2, 15)
        kind = R.choice(["coef_d", "coef_w", "const_d", "const_w", "coef_lead"])
        if kind == "coef_d":
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide both sides by %d, the coefficient" % aw); bad = [l2]
        elif kind == "coef_w":
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide both sides by %s, the coefficient" % W(aw)); bad = [l2]
        elif kind == "const_d":
            txt, l1, l2 = words_work(a, b, x, v, d1="Subtract %d, the constant, from both sides" % bw); bad = [l1]
        elif kind == "const_w":
            txt, l1, l2 = words_work(a, b, x, v, d1="Subtract the constant %s from both sides" % W(bw)); bad = [l1]
        else:
            txt, l1, l2 = words_work(a, b, x, v, d2="The coefficient is %s, so divide both sides by it" % W(aw)); bad = [l2]
        single("opd", "r201_eq_notoperand", a, b, x, v, txt, bad, "opd|%s" % kind)
    # (d) two operations on one line
    for k in range(50):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 15)
        c = a * x + b
        kind = R.choice(["order", "order_w", "wrong2", "wrong1", "and_w"])
        if kind == "order":
            l = "Divide both sides by %s, then subtract %s: %s = %s" % (W(a), W(b), v, fnum(x))
        elif kind == "order_w":
            l = "First divide both sides by %s and then subtract %s from both sides: %s = %s" % (W(a), W(b), v, fnum(x))
        elif kind == "wrong2":
            l = "Subtract %s from both sides and divide both sides by %s: %s = %s" % (W(b), W(other(a, 2, 9)), v, fnum(x))
        elif kind == "wrong1":
            l = "Subtract %s and divide by %s: %s = %s" % (W(other(b, 2, 15)), W(a), v, fnum(x))
        else:
            l = "Subtract %s from both sides, then multiply both sides by %s: %s = %s" % (W(b), W(a), v, fnum(x))
        txt = l + "\n" + R.choice(["So the answer is %s = %s." % (v, fnum(x)), "Therefore %s equals %s." % (v, fnum(x))])
        single("two", "r201_eq_twoops", a, b, x, v, txt, [l], "two|%s" % kind)
    # (e) words of the list used in another sense
    for k in range(40):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 15)
        c = a * x + b
        kind = R.choice(["subfrom", "divinto", "addboth", "takefrom", "half_of"])
        if kind == "subfrom":
            txt, l1, l2 = words_work(a, b, x, v, d1="Subtract both sides from %s" % W(b)); bad = [l1]
        elif kind == "divinto":
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide %s by both sides" % W(a)); bad = [l2]
        elif kind == "addboth":
            txt, l1, l2 = words_work(a, b, x, v, d1="Add both sides to %s" % W(b)); bad = [l1]
        elif kind == "takefrom":
            txt, l1, l2 = words_work(a, b, x, v, d1="Take both sides from %s" % W(b)); bad = [l1]
        else:
            txt, l1, l2 = words_work(a, b, x, v, d2="Divide both sides by %s and a half" % W(a)); bad = [l2]
        single("sns", "r201_eq_othersense", a, b, x, v, txt, bad, "sns|%s" % kind)
    # (f) descriptions on the line after the equation (false for both neighbours)
    for k in range(40):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 15)
        c = a * x + b
        kind = R.choice(["after1", "after2", "past1", "past2"])
        e1 = "%s = %s" % (lin(a, v), fnum(c - b))
        e2 = "%s = %s" % (v, fnum(x))
        bw, aw = other(b, 2, 15, (a,)), other(a, 2, 9, (b,))
        if kind == "after1":
            d = "(Subtract %s from both sides.)" % W(bw)
            txt = "\n".join([e1, d, e2])
        elif kind == "after2":
            d = "Divide both sides by %s." % W(aw)
            txt = "\n".join([e1, "Subtract %s from both sides." % W(b), e2, d])
        elif kind == "past1":
            d = "We subtracted %s from both sides." % W(bw)
            txt = "\n".join([e1, d, e2])
        else:
            d = "That is after dividing both sides by %s." % W(aw)
            txt = "\n".join([e1, e2, d])
        if kind != "after2":
            txt += "\nSo the answer is %s = %s." % (v, fnum(x))
        single("aft", "r201_eq_after", a, b, x, v, txt, [d], "aft|%s" % kind)
    # (g) step labels that hide words
    for k in range(50):
        v = R.choice(VARS)
        kind = R.choice(["lab1", "lab2", "roman", "labnum", "labonly"])
        x = R.randint(2, 12)
        if kind == "lab1":  # b = 1, label "Step one", description a wrong number
            a, b = R.randint(2, 9), 1
            bw = other(1, 2, 9, (a,))
            c = a * x + b
            l1 = "Step one: Subtract %s from both sides: %s = %s" % (W(bw), lin(a, v), fnum(c - b))
            l2 = "Step two: Divide both sides by %s: %s = %s" % (W(a), v, fnum(x))
            bad = [l1]
        elif kind in ("lab2", "roman"):  # a = 2, label "Step two"/"Step II", description a wrong divisor
            a, b = 2, R.randint(3, 15)
            c = a * x + b
            aw = other(2, 3, 9, (b,))
            lab = "Step two" if kind == "lab2" else "Step II"
            l1 = "%s: Subtract %s from both sides: %s = %s" % ("Step one" if kind == "lab2" else "Step I", W(b), lin(a, v), fnum(c - b))
            l2 = "%s: Divide both sides by %s: %s = %s" % (lab, W(aw), v, fnum(x))
            bad = [l2]
        elif kind == "labnum":  # "Step 2 - divide by four" with a = 2
            a, b = 2, R.randint(3, 15)
            c = a * x + b
            aw = other(2, 3, 9, (b,))
            l1 = "Step 1 - subtract %s from both sides: %s = %s" % (W(b), lin(a, v), fnum(c - b))
            l2 = "Step 2 - divide both sides by %s: %s = %s" % (W(aw), v, fnum(x))
            bad = [l2]
        else:  # operation without a number; the label holds a number word equal to nothing
            a, b = R.randint(3, 9), R.randint(3, 15)
            c = a * x + b
            l1 = "Step one: Subtract from both sides: %s = %s" % (lin(a, v), fnum(c - b))
            l2 = "Step two: Divide both sides: %s = %s" % (v, fnum(x))
            bad = [l1, l2]
        txt = "\n".join([l1, l2, "So the answer is %s = %s." % (v, fnum(x))])
        single("lab", "r201_eq_label", a, b, x, v, txt, bad, "lab|%s" % kind)
    # (h) the final line
    for k in range(50):
        v = R.choice(VARS)
        kind = R.choice(["about", "roughly", "equalsword", "approx_int", "words_frac", "aboutexact"])
        if kind in ("about", "roughly", "words_frac"):
            a = R.choice([3, 4, 5, 6, 7, 8, 9])
            b = R.randint(1, 15)
            num = R.randint(2 * a, 9 * a)
            while num % a == 0:
                num += 1
            c = num + b
            xr = num / a
            xi = round(xr)
            l1 = "Subtract %s from both sides: %s = %d" % (W(b), lin(a, v), num)
            l2 = "Divide both sides by %s: %s = %d/%d" % (W(a), v, num, a)
            if kind == "about":
                fin = "So %s is about %d." % (v, xi)
            elif kind == "roughly":
                fin = "%s = %d, roughly" % (v, xi)
            else:
                fin = "Therefore %s equals %s." % (v, W(xi))
            txt = "\n".join([l1, l2, fin])
            from fractions import Fraction as F
            fx = F(num, a)
            p = pick_prompt(a, b, 0, v)  # build prompt by hand below
            e = "%s + %d = %d" % (lin(a, v), b, c)
            p = R.choice(PROMPTS).format(e=e, v=v)
            right = "%s = %d\n%s = %d/%d" % (lin(a, v), num, v, num, a)
            adde("single", nid("fin"), "r201_eq_final", p, v, "%d/%d" % (num, a), [txt, right], wrong=[txt], bad=[fin],
                 tmpl="fin|%s" % kind, right=right)
            continue
        a, x, b = R.randint(2, 9), R.randint(2, 12), R.randint(2, 15)
        if kind == "equalsword":
            fin = "Therefore %s equals %s." % (v, W(other(x, 2, 19)))
        elif kind == "approx_int":
            fin = "So %s is approximately %s." % (v, W(other(x, 2, 19)))
        else:
            fin = "So %s is about %d." % (v, x)
        txt, l1, l2 = words_work(a, b, x, v, final=fin)
        single("fin", "r201_eq_final", a, b, x, v, txt, [fin], "fin|%s" % kind)


def part_e_pairs():
    """base: right working in words, stored; variant: the same x and a, another b (or a) whose word the stale
    working keeps; the variant's model first gives the base's working."""
    PAIRS_B = [(21, 20), (21, 1), (20, 21), (25, 5), (25, 20), (30, 13), (13, 30), (40, 14), (14, 40), (100, 1),
               (100, 200), (150, 100), (105, 100), (100, 105), (22, 2), (60, 16), (16, 60), (90, 19), (35, 30),
               (50, 15), (101, 100), (21, 12), (12, 21), (80, 18)]
    for (b0, b1) in PAIRS_B:
        for rep in range(3):
            a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
            st = R.choice(["-", " "])
            base_txt, _, _ = words_work(a, b0, x, v, bstyle=st)
            p0 = pick_prompt(a, b0, x, v)
            if p0 is None:
                continue
            bid = adde("base", nid("pbb"), "r201_eq_pair_b", p0, v, fnum(x), [base_txt], tmpl="pb|%d|%d" % (b0, b1), right=base_txt)
            if bid is None:
                continue
            right_txt, _, _ = words_work(a, b1, x, v, bstyle=st)
            # same prompt template as the base
            p1 = p0.replace(eqtext(a, b0, a * x + b0, v), eqtext(a, b1, a * x + b1, v))
            adde("pair", nid("pbv"), "r201_eq_pair_b", p1, v, fnum(x), [base_txt, right_txt], wrong=[base_txt],
                 base=bid, tmpl="pb|%d|%d" % (b0, b1), right=right_txt,
                 bad=[l for l in base_txt.split("\n") if l.startswith(("Subtract", "Add"))])
            adde("safe", nid("pbs"), "r201_eq_pair_b", p0 + " Thanks!", v, fnum(x), [base_txt], base=bid,
                 tmpl="pbsafe", right=base_txt)
    # divisor words: a as "one and a half" / "zero point five" / "negative three" / "twenty-one"... variant another a
    PAIRS_A = [(1.5, 2, "one and a half"), (0.5, 5, "zero point five"), (2.5, 2, "two and a half"), (1.5, 1, "one and a half"),
               (0.5, 2, "a half"), (2.5, 5, "two point five"), (0.25, 4, "a quarter"), (-3, 3, "negative three"),
               (-5, 5, "minus five"), (3, -3, "three"), (21, 20, "twenty-one"), (21, 1, "twenty-one"), (12, 2, "twelve")]
    for (a0, a1, aw) in PAIRS_A:
        for rep in range(3):
            v = R.choice(VARS)
            x = R.choice([4, 8, 12]) if a0 in (0.25, 0.5, 1.5, 2.5) else R.randint(2, 9)
            b = R.randint(2, 15)
            base_txt, _, _ = words_work(a0, b, x, v, d2="Divide both sides by %s" % aw)
            p0 = pick_prompt(a0, b, x, v)
            bid = adde("base", nid("pab"), "r201_eq_pair_a", p0, v, fnum(x), [base_txt], tmpl="pa|%s|%s" % (a0, a1), right=base_txt)
            if bid is None:
                continue
            right_txt, _, _ = words_work(a1, b, x, v, d2="Divide both sides by %s" % (W(a1) if a1 > 0 else "negative " + W(-a1)))
            p1 = p0.replace(eqtext(a0, b, a0 * x + b, v), eqtext(a1, b, a1 * x + b, v))
            adde("pair", nid("pav"), "r201_eq_pair_a", p1, v, fnum(x), [base_txt, right_txt], wrong=[base_txt],
                 base=bid, tmpl="pa|%s|%s" % (a0, a1), right=right_txt, bad=base_txt.split("\n")[:2])
            adde("safe", nid("pas"), "r201_eq_pair_a", p0 + " Thanks!", v, fnum(x), [base_txt], base=bid,
                 tmpl="pasafe", right=base_txt)


# ============================================================ PART F: number forms
NF = [
    ("as just the number", "not as just the number"),
    ("nur die Zahl", "nicht nur die Zahl"),
    ("en chiffres seulement", "pas seulement en chiffres"),
    ("kun tallet", "ikke bare tallet"),
    ("solo el número", "no solo el número"),
    ("only the digits", "not only the digits"),
    ("without the unit", "with the unit"),
    ("number only", "with its unit, not number only"),
]
UNITS = [("weight", "Weight", "kg"), ("fee", "Fee", "NOK"), ("length", "Length", "cm"), ("stay", "Stay", "nights"),
         ("price", "Price", "EUR"), ("distance", "Distance", "km")]
FIRST = ["Ada", "Brit", "Cato", "Dag", "Eli", "Frode", "Gro", "Hilde", "Ivar", "Jorun", "Kjell", "Liv", "Mads", "Nora"]
LAST = ["Berg", "Lund", "Vik", "Dahl", "Holm", "Moe", "Strand", "Aas", "Bakke", "Haug"]


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def part_f():
    # (1) string form: base asks a clause, variant negates it (right answer differs)
    for (pos, neg) in NF:
        for rep in range(5):
            key, lbl, unit = R.choice(UNITS)
            n = name()
            val = str(R.randint(3, 950))
            text = "Name: %s\n%s: %s %s\n" % (n, lbl, val, unit)
            sch = S({"name": "string", key: "string"})
            bare = {"name": n, key: val}
            full = {"name": n, key: "%s %s" % (val, unit)}
            form = R.choice(["Extract the name and the %s as JSON, the %s as a string, %s.",
                             "Return name and %s as JSON; give the %s as text, %s."])
            p_pos = form % (key, key, pos) + "\n\n" + text
            p_neg = form % (key, key, neg) + "\n\n" + text
            if pos == "with the unit":  # here the positive asks the unit
                bare, full = full, bare
            bid = addj("base", nid("fsb"), "r201_form_str", p_pos, sch, bare, [bare], tmpl="fs|%s" % pos)
            addj("pair", nid("fsv"), "r201_form_str", p_neg, sch, full, [bare, full], wrong=[bare], base=bid,
                 tmpl="fs|%s" % neg)
            # reverse: base stored without a clause (full), variant asks the clause
            p_none = (form % (key, key, "as written")).replace(", as written", "") + "\n\n" + text
            bid2 = addj("base", nid("frb"), "r201_form_str_rev", p_none, sch, {"name": n, key: "%s %s" % (val, unit)},
                        [{"name": n, key: "%s %s" % (val, unit)}], tmpl="fr|none")
            rv = {"name": n, key: val}
            if pos == "with the unit":
                continue
            addj("pair", nid("frv"), "r201_form_str_rev", p_pos, sch, rv,
                 [{"name": n, key: "%s %s" % (val, unit)}, rv], wrong=[{"name": n, key: "%s %s" % (val, unit)}],
                 base=bid2, tmpl="fr|%s" % pos)
    # (2) numbers: integer form asked in other words; scope and negation
    INTW = ["as ints", "without decimals", "som heltall", "als ganze Zahl", "en nombre entier", "sin decimales",
            "as whole numbers", "as integers"]
    for clause in INTW:
        for rep in range(4):
            n = name()
            hours = R.randint(2, 12)
            fee = R.randint(100, 900) + R.choice([0.5, 0.25, 0.75, 0.4])
            fee_s = "%.2f" % fee
            sch = S({"name": "string", "hours": "number", "fee": "number"})
            text = "Name: %s\nHours: %d\nFee: %s\n" % (n, hours, fee_s)
            kind = R.choice(["scope_but", "scope_fee_dec", "neg", "neg_es"])
            if kind == "scope_but":
                instr = "Extract name, hours and fee as JSON: the hours %s but the fee with decimals." % clause
            elif kind == "scope_fee_dec":
                instr = "Extract name, hours and fee as JSON (hours %s; keep the decimals of the fee)." % clause
            elif kind == "neg":
                instr = "Extract name, hours and fee as JSON, not %s." % clause
            else:
                instr = "Extrae nombre, horas y tarifa como JSON; las horas %s, sin decimales para la tarifa no." % clause if clause in ("sin decimales",) else "Extract name, hours and fee as JSON; %s para las horas, con decimales para la tarifa." % {"as ints": "enteras", "without decimals": "sin decimales", "as whole numbers": "enteras", "as integers": "enteras"}.get(clause, clause)
            right = {"name": n, "hours": hours, "fee": float(fee_s)}
            mist = R.choice([{"name": n, "hours": hours, "fee": int(fee)}, {"name": n, "hours": hours, "fee": int(round(fee))}])
            # base: the same text, no clause (right stored), variant: the clause (right is the same) -- safe-ish
            p_base = "Extract name, hours and fee as JSON.\n\n" + text
            bid = addj("base", nid("fnb"), "r201_form_num", p_base, sch, right, [right], tmpl="fn|base")
            addj("single", nid("fns"), "r201_form_num", instr + "\n\n" + text, sch, right, [mist, right], wrong=[mist],
                 tmpl="fn|%s|%s" % (kind, clause))
            # pair: base text with an integer fee stored; variant fee with decimals, model first the stale integer
            text_i = "Name: %s\nHours: %d\nFee: %d\n" % (n, hours, int(fee))
            b2 = {"name": n, "hours": hours, "fee": int(fee)}
            bid2 = addj("base", nid("fpb"), "r201_form_num_pair", instr + "\n\n" + text_i, sch, b2, [b2], tmpl="fp|base")
            addj("pair", nid("fpv"), "r201_form_num_pair", instr + "\n\n" + text.replace("Name:", "Name:"), sch, right,
                 [b2, right], wrong=[b2], base=bid2, tmpl="fp|%s|%s" % (kind, clause))


# ============================================================ PART R: remarks after a code
CITIES = ["Bergen", "Stavanger", "Drammen", "Hamar", "Molde", "Skien", "Arendal", "Larvik", "Halden", "Narvik",
          "Alta", "Moss", "Voss", "Odda", "Levanger", "Namsos", "Sogndal", "Elverum", "Kongsberg", "Harstad"]
READ = [("seat", "Seat", lambda: "%d%s" % (R.randint(1, 39), R.choice("ABCDEF"))),
        ("gate", "Gate", lambda: "%s%d" % (R.choice("ABCDE"), R.randint(1, 40))),
        ("room", "Room", lambda: str(R.randint(101, 699))),
        ("bay", "Bay", lambda: "B%d" % R.randint(100, 999))]
SEPS = ["  ", "\t", "; ", ". ", ", ", " | ", " - "]
REM_CITY = ["Mudou {c}", "Now {c}", "Neu {c}", "Sekarang {c}", "Moved {c}", "Teraz {c}", "Flyttet {c}", "Agora {c}"]
REM_CODE = ["Now {k}", "Changed {k}", "Moved {k}", "Neu {k}", "Sekarang {k}", "Mudou {k}", "Upgraded {k}", "Ny {k}"]


def rec(n, city, lbl, cv, extra=""):
    return "Name: %s\nCity: %s\n%s: %s\n%sPhone: +47 %d\n" % (n, city, lbl, cv, extra, R.randint(40000000, 99999999))


def part_r():
    # (1) a remark moving the city, after a tab or two spaces (and other marks), beside a read code
    for tm in REM_CITY:
        for sep in SEPS:
            key, lbl, g = R.choice(READ)
            n = name()
            old, new = R.sample(CITIES, 2)
            code = g()
            sch = S({"name": "string", "city": "string", key: "string"})
            intro = "Extract the name, city and %s as JSON." % key
            plainv = {"name": n, "city": old, key: code}
            right = {"name": n, "city": new, key: code}
            bid = addj("base", nid("rcb"), "r201_rem_city", intro + "\n\n" + rec(n, old, lbl, code), sch, plainv, [plainv])
            addj("pair", nid("rcv"), "r201_rem_city", intro + "\n\n" + rec(n, old, lbl, code + sep + tm.format(c=new)),
                 sch, right, [plainv, right], wrong=[plainv], base=bid, tmpl="rc|%s|%r" % (tm, sep))
    # (2) one word plus a number: a remark that changes the code itself
    for tm in REM_CODE:
        for sep in R.sample(SEPS, 4):
            key, lbl, g = R.choice(READ)
            n = name()
            city = R.choice(CITIES)
            code = g()
            newc = g()
            while newc == code:
                newc = g()
            sch = S({"name": "string", "city": "string", key: "string"})
            intro = "Extract the name, city and %s as JSON." % key
            plainv = {"name": n, "city": city, key: code}
            right = {"name": n, "city": city, key: newc}
            bid = addj("base", nid("rkb"), "r201_rem_code", intro + "\n\n" + rec(n, city, lbl, code), sch, plainv, [plainv])
            addj("pair", nid("rkv"), "r201_rem_code", intro + "\n\n" + rec(n, city, lbl, code + sep + tm.format(k=newc)),
                 sch, right, [plainv, right], wrong=[plainv], base=bid, tmpl="rk|%s|%r" % (tm, sep))
            # a number alone: "Gate: C5. Now 7" -> gate letter kept? use "Room" only
    # (3) a remark after a code in a name or address field
    for tm in REM_CITY[:6]:
        for sep in R.sample(SEPS, 3):
            n = name()
            old, new = R.sample(CITIES, 2)
            street = R.choice(["Storgata", "Kirkegata", "Parkveien", "Strandgata"]) + " %d%s" % (R.randint(2, 80), R.choice(["", "B", "C"]))
            sch = S({"name": "string", "address": "string", "city": "string"})
            intro = "Extract the name, address and city as JSON."
            plainv = {"name": n, "address": street, "city": old}
            right = {"name": n, "address": street, "city": new}
            t0 = "Name: %s\nAddress: %s\nCity: %s\n" % (n, street, old)
            t1 = "Name: %s\nAddress: %s%s%s\nCity: %s\n" % (n, street, sep, tm.format(c=new), old)
            bid = addj("base", nid("rab"), "r201_rem_addr", intro + "\n\n" + t0, sch, plainv, [plainv])
            addj("pair", nid("rav"), "r201_rem_addr", intro + "\n\n" + t1, sch, right, [plainv, right], wrong=[plainv],
                 base=bid, tmpl="ra|%s|%r" % (tm, sep))
            # name field with a member code: "Name: Ada Berg (M1234); Mudou Skien"
            mc = "M%d" % R.randint(1000, 9999)
            t2 = "Name: %s %s%s%s\nCity: %s\nMember no.: %s\n" % (n, mc, sep, tm.format(c=new), old, mc)
            t0b = "Name: %s %s\nCity: %s\nMember no.: %s\n" % (n, mc, old, mc)
            sch2 = S({"name": "string", "city": "string"})
            p0 = {"name": n, "city": old}
            bid2 = addj("base", nid("rnb"), "r201_rem_name", "Extract the name and city as JSON.\n\n" + t0b, sch2,
                        {"name": n + " " + mc, "city": old}, [{"name": n, "city": old}, {"name": n + " " + mc, "city": old}])
            addj("pair", nid("rnv"), "r201_rem_name", "Extract the name and city as JSON.\n\n" + t2, sch2,
                 {"name": n + " " + mc, "city": new}, [{"name": n + " " + mc, "city": old}, {"name": n + " " + mc, "city": new}],
                 wrong=[{"name": n + " " + mc, "city": old}], base=bid2, tmpl="rn|%s|%r" % (tm, sep))
    # safe: a code with a harmless one-word remark the base already had ("Seat: 25E  Window") and "Thanks!"
    for k in range(12):
        key, lbl, g = R.choice(READ)
        n, city, code = name(), R.choice(CITIES), g()
        sch = S({"name": "string", "city": "string", key: "string"})
        intro = "Extract the name, city and %s as JSON." % key
        pv = {"name": n, "city": city, key: code}
        t = rec(n, city, lbl, code)
        bid = addj("base", nid("rsb"), "r201_rem_safe", intro + "\n\n" + t, sch, pv, [pv])
        addj("safe", nid("rsf"), "r201_rem_safe", intro + " Thanks!\n\n" + t, sch, pv, [pv], base=bid)


# safe equations: right workings in list words
def part_e_safe():
    for k in range(30):
        a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
        b = R.randint(2, 19)
        st = R.choice(["plain", "half", "label", "final"])
        if st == "half" and a == 2:
            txt, _, _ = words_work(a, b, x, v, d2="Halve both sides")
        elif st == "label":
            txt, _, _ = words_work(a, b, x, v, final="Therefore %s equals %s." % (v, W(x)))
            txt = "Step one: " + txt.replace("\nDivide", "\nStep two: Divide")
        else:
            txt, _, _ = words_work(a, b, x, v)
        p0 = pick_prompt(a, b, x, v)
        bid = adde("base", nid("esb"), "r201_eq_safe", p0, v, fnum(x), [txt], right=txt, tmpl="safe|%s" % st)
        if bid:
            adde("safe", nid("esf"), "r201_eq_safe", p0 + " Thanks!", v, fnum(x), [txt], base=bid, right=txt)
            adde("safe", nid("esw"), "r201_eq_safe", p0.replace(" = ", "  =  "), v, fnum(x), [txt], base=bid, right=txt)


part_e_singles()
part_e_pairs()
part_e_safe()
part_f()
part_r()


# ============================================================ REFINEMENT (after the first full run)
def part_x():
    # (1) words of the list in another sense, more shapes (singles)
    SNS = [("s", "Subtract both sides from {B}"), ("s", "Take both sides from {B}"), ("s", "Take away both sides from {B}"),
           ("s", "Subtract each side from {B}"), ("s", "Subtract the two sides from {B}"), ("s", "Subtract both sides off {B}"),
           ("d", "Divide {A} by both sides"), ("d", "Divide {A} by each side"), ("d", "Divide {A} by the two sides"),
           ("s", "Subtract both sides from {Bd}"), ("d", "Divide {Ad} by both sides"), ("s", "From {B}, subtract both sides"),
           ("s", "Subtract from {B} both sides"), ("d", "Divide {A} through by both sides")]
    for op, tm in SNS:
        for rep in range(5):
            a, x, v = R.randint(2, 9), R.randint(2, 12), R.choice(VARS)
            b = R.randint(2, 15)
            dd = tm.format(B=W(b), A=W(a), Bd=b, Ad=a)
            if op == "s":
                txt, l1, l2 = words_work(a, b, x, v, d1=dd); bad = [l1]
            else:
                txt, l1, l2 = words_work(a, b, x, v, d2=dd); bad = [l2]
            single("xsn", "r201_x_othersense", a, b, x, v, txt, bad, "xsn|%s" % tm)
    # the same shapes as pairs: base right (plain words), variant's model first the other-sense working
    # (2) "number only" and its kin: base stored with no clause, variant asks the bare number
    CL = ["number only", "numbers only", "digits only", "figure only", "numeric only", "the number alone",
          "bare number", "no unit", "unitless", "just digits", "nur Zahl", "bare tallet", "kun tal", "solo número",
          "chiffre seulement", "tylko liczba", "number only, please", "only number", "value only", "amount only"]
    for cl in CL:
        for rep in range(3):
            key, lbl, unit = R.choice(UNITS)
            n = name()
            val = str(R.randint(3, 950))
            text = "Name: %s\n%s: %s %s\n" % (n, lbl, val, unit)
            sch = S({"name": "string", key: "string"})
            form = R.choice(["Extract the name and the %s as JSON, the %s as a string%s.",
                             "Return name and %s as JSON; give the %s as text%s."])
            full = {"name": n, key: "%s %s" % (val, unit)}
            bare = {"name": n, key: val}
            bid = addj("base", nid("xfb"), "r201_x_numonly", (form % (key, key, "")) + "\n\n" + text, sch, full, [full])
            addj("pair", nid("xfv"), "r201_x_numonly", (form % (key, key, ", " + cl)) + "\n\n" + text, sch, bare,
                 [full, bare], wrong=[full], base=bid, tmpl="xf|%s" % cl)
            # and a sibling stored text with other values (the licensed rewrite)
            n2 = name()
            val2 = str(R.randint(3, 950))
            text2 = "Name: %s\n%s: %s %s\n" % (n2, lbl, val2, unit)
            addj("single", nid("xfs"), "r201_x_numonly", (form % (key, key, ", " + cl)) + "\n\n" + text2, sch,
                 {"name": n2, key: val2}, [{"name": n2, key: "%s %s" % (val2, unit)}, {"name": n2, key: val2}],
                 wrong=[{"name": n2, key: "%s %s" % (val2, unit)}], tmpl="xfs|%s" % cl)
    # (3) remarks after a tab (and " - ") beside a read code, an address, a name; more words
    TABREM = ["Mudou {c}", "Neu {c}", "Sekarang {c}", "Teraz {c}", "Ahora {c}", "Jetzt {c}", "Nyt {c}", "Ora {c}",
              "Nu {c}", "Hoy {c}", "Umgezogen {c}", "Ny {c}", "Since {c}", "Relocated {c}", "NOW {c}", "Now {c}"]
    for tm in TABREM:
        for sep in ["\t", "\t\t", " \t", "\t- "]:
            key, lbl, g = R.choice(READ)
            n = name()
            old, new = R.sample(CITIES, 2)
            code = g()
            sch = S({"name": "string", "city": "string", key: "string"})
            intro = "Extract the name, city and %s as JSON." % key
            plainv = {"name": n, "city": old, key: code}
            right = {"name": n, "city": new, key: code}
            bid = addj("base", nid("xtb"), "r201_x_tab", intro + "\n\n" + rec(n, old, lbl, code), sch, plainv, [plainv])
            addj("pair", nid("xtv"), "r201_x_tab", intro + "\n\n" + rec(n, old, lbl, code + sep + tm.format(c=new)),
                 sch, right, [plainv, right], wrong=[plainv], base=bid, tmpl="xt|%s|%r" % (tm, sep))
        for sep in ["\t", " - ", "  "]:
            n = name()
            old, new = R.sample(CITIES, 2)
            street = R.choice(["Storgata", "Kirkegata", "Parkveien", "Strandgata"]) + " %d%s" % (R.randint(2, 80), R.choice(["", "B", "C"]))
            sch = S({"name": "string", "address": "string", "city": "string"})
            intro = "Extract the name, address and city as JSON."
            plainv = {"name": n, "address": street, "city": old}
            right = {"name": n, "address": street, "city": new}
            t0 = "Name: %s\nAddress: %s\nCity: %s\n" % (n, street, old)
            t1 = "Name: %s\nAddress: %s%s%s\nCity: %s\n" % (n, street, sep, tm.format(c=new), old)
            bid = addj("base", nid("xab"), "r201_x_addr", intro + "\n\n" + t0, sch, plainv, [plainv])
            addj("pair", nid("xav"), "r201_x_addr", intro + "\n\n" + t1, sch, right, [plainv, right], wrong=[plainv],
                 base=bid, tmpl="xa|%s|%r" % (tm, sep))


part_x()

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r201_keep = set(r201_found_alone) | {r201_base_of[r201_i] for r201_i in r201_found_alone if r201_i in r201_base_of}
from probe_kit import sample_round as r201_sample_round  # noqa: E402

r201_sample_round("d201-", r201_keep, 30, safe_every=10)
P[:] = [r201_p for r201_p in P if r201_p["id"] not in r201_arguable]
