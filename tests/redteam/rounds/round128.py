"""Red-team round 128 (black box, stepcache-s44): linear_equation requests that ask for something besides the
variable's value, at the edges of the rounds 123-126 rule (a relation chained to the equation; in a sentence naming
the value with answer/value/result/solution/output, any word outside the few plain asking words).
Tried and held (refused as asking for more, or not stored): another value asked WITHOUT the English value words
("the successor of x", "its double/square/half/reciprocal", "x doubled", "the unknown plus three", "what you get when
you add three to x", "the root doubled", "the figure after it", "What is it plus three?", "Give three x"); value words
of other languages (Antwort, Ergebnis, valeur, réponse, résultat, resultado, solución, svaret, verdien, risultato,
valore; also mixed into English: "the Antwort plus three") -- answered fresh, never stored; allowed words combined
("the answer of the check", "the value of the left side", "exactly half the answer", "the value of 2x", "the answer
twice over"); marks with a number ("answer*2", "2*the answer", "(the answer)+1", "answer-2", "the answer-one",
"the answer:2", "answer+answer", "answer×answer", "answer·answer", "answer/answer", "x*x", "(x)(x)", "answer*x");
relations in words ("where x exceeds 10", "x is less than x", "with x below zero", "at least 7", "is negative") and
relation marks ≤ ≥ ≠ ⩽ ⩾ ≪ ≫ =< ≦ ≧ ≮ ≺ ≲ ＜ 〈 ﹤ (the relation probes were answered fresh with the plain x, not stored).
What got through (REPORT.md, alone.txt: 221 items confirmed alone on a fresh store -- 142 pairs, 79 singles; 38 more
arguable in alone_arguable.txt, marked with "arguable" in their family and listed in r128_arguable):
(A) TWO VALUE WORDS JOINED BY "*", BRACKETS OR A DASH -- a product, power or difference of the answer with itself,
no number in the sentence: "Give answer*answer." (x^2), "Give (the answer)(the answer).", "(answer) (answer)",
"(answer)*(answer)", "answer(answer)", "((answer))((answer))", "\"answer\"*\"answer\"", "answer*answer*answer" and
"(answer)(answer)(answer)" (x^3), with value/result/solution/output and mixed ("the answer*the value"), with "your",
"final", "exact", "What is …?", "State", "Report", "Then give", "on one line"; "answer-answer", "the answer-the answer",
"value-answer" (0), "answer-answer-answer" (-x); (B) THE SAME WITH PRONOUNS AND PLAIN NOUNS instead of value words:
"it*it", "(it)(it)", "that*that", "this*this", "(that)(that)", "the unknown*the unknown", "(the unknown)(the
unknown)(the unknown)", "the number*the number", "(the figure)(the figure)", "What is it*it?", "it-it", "(it)-(it)",
"it-it-it", "the unknown-the unknown", and "Give one-it." / "one-that" (1 - x); mixed: "answer*it", "(it)(the answer)",
"that-answer", "the answer-it", "it*the unknown", "this-that", "What does answer*answer give?", "Please give
answer*answer." (held when the variable itself is a factor: "x*it", "it-x", "answer*x").
Each served the plain equation's stored "x = …" (pairs) or stored the model's plain x and served it again (singles).
Arguable (kept, marked): "=>" ("x => 2x + 3 = 11": may read as an arrow), quotation-like marks ‹ › « » ⟨ beside the
equation; a colon between value words ("answer:answer", "it:it", "one:it"); "answer answer" with no mark; "the
answer, (the answer)". Adds its probes to probe_kit.P."""
from fractions import Fraction as r128_Fr

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r128_NR = "999"   # no single value solves the request: the right outcome is an error / no stored x
r128_bases = {}
r128_pairs = []
r128_singles = []
r128_safe_ids = []
r128_arguable = set()


def r128_fr(v):
    v = r128_Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def r128_base(var, eq, val):
    pr = "Solve for %s: %s. Show each step." % (var, eq)
    if pr not in r128_bases:
        bid = "d128-base-%d" % len(r128_bases)
        r128_bases[pr] = bid
        E(bid, "r128_base", pr, var, val, ["%s\n%s = %s" % (eq, var, val)])
    return r128_bases[pr]


# tag, var, equation, value, left side, left value
r128_EQS = [
    ("f", "x", "x + 5 = 11", "6", "x + 5", "11"),
    ("a", "x", "2x + 3 = 11", "4", "2x + 3", "11"),
    ("y", "y", "y + 2 = 9", "7", "y + 2", "9"),
]


def r128_rep(kind, v, val, lhs, lv):
    iv = r128_Fr(val)
    if kind == "eq":
        return {"expression": lhs, "value": lv}
    if kind == "neg":
        return {"expression": "-" + v, "value": r128_fr(-iv)}
    if kind == "inv":
        return {"expression": "1/" + v, "value": r128_fr(1 / iv)}
    if kind == "sq":
        return {"expression": v + "^2", "value": r128_fr(iv * iv)}
    if kind == "half":
        return {"expression": v + "/2", "value": r128_fr(iv / 2)}
    if kind == "dbl":
        return {"expression": "2" + v, "value": r128_fr(2 * iv)}
    if kind == "tpl":
        return {"expression": "3" + v, "value": r128_fr(3 * iv)}
    if isinstance(kind, int):
        return {"expression": "%s %s %d" % (v, "+" if kind > 0 else "-", abs(kind)), "value": r128_fr(iv + kind)}
    raise ValueError(kind)


r128_ASKS = [
    # tag, sentence ({v} = variable), kind
    # 1. no English value word
    ("succ", "Give the successor of {v}.", 1),
    ("succp", "Give {v}'s successor.", 1),
    ("pred", "Give the predecessor of {v}.", -1),
    ("nxt-it", "Then give the next number after it.", 1),
    ("nxt", "Give the next number.", 1),
    ("numbef", "Give the number before it.", -1),
    ("numaft", "Give the number after {v}.", 1),
    ("dblit", "Give its double.", "dbl"),
    ("halfit", "Give its half.", "half"),
    ("sqit", "Give its square.", "sq"),
    ("negit", "Give its negative.", "neg"),
    ("oppit", "Give its opposite.", "neg"),
    ("recit", "Give its reciprocal.", "inv"),
    ("sqthat", "Then square that.", "sq"),
    ("dblthat", "Then double that.", "dbl"),
    ("xdbl", "Give {v} doubled.", "dbl"),
    ("xhalved", "Give {v} halved.", "half"),
    ("xsq", "Give {v} squared.", "sq"),
    ("xtripled", "Give {v} tripled.", "tpl"),
    ("unkdbl", "Give the unknown doubled.", "dbl"),
    ("unkplus3", "Give the unknown plus three.", 3),
    ("dblunk", "Give double the unknown.", "dbl"),
    ("unksq", "Give the square of the unknown.", "sq"),
    ("wyg", "Tell me what you get when you add three to {v}.", 3),
    ("wygd", "Tell me what you get from doubling it.", "dbl"),
    ("rootdbl", "Give the root doubled.", "dbl"),
    ("rootsq", "Give the square of the root.", "sq"),
    ("figdbl", "Give the figure doubled.", "dbl"),
    ("fignext", "Give the figure after it.", 1),
    ("numdbl", "Give the number doubled.", "dbl"),
    ("numhalf", "Give half the number.", "half"),
    ("hemdbl", "Give twice that.", "dbl"),
    ("itp1", "What is it plus three?", 3),
    ("itm1", "What is it minus two?", -2),
    ("xm2", "Then subtract two from {v} and give that.", -2),
    ("x3", "Give three {v}.", "tpl"),
    # 2. other languages' value words
    ("de-dbl", "Gib die doppelte Antwort.", "dbl"),
    ("de-p1", "Gib die Antwort plus eins.", 1),
    ("de-hal", "Gib die halbe Antwort.", "half"),
    ("de-erg", "Gib das Ergebnis plus drei.", 3),
    ("fr-dbl", "Donne le double de la valeur.", "dbl"),
    ("fr-p1", "Donne la valeur plus un.", 1),
    ("fr-rep", "Donne la réponse moins deux.", -2),
    ("fr-res", "Donne le résultat au carré.", "sq"),
    ("es-p1", "Da el resultado más uno.", 1),
    ("es-dbl", "Dame el doble del resultado.", "dbl"),
    ("es-sol", "Da la solución menos dos.", -2),
    ("no-p1", "Gi svaret pluss en.", 1),
    ("no-dbl", "Gi dobbelt svar.", "dbl"),
    ("no-ver", "Gi verdien pluss tre.", 3),
    ("it-p1", "Dai il risultato più uno.", 1),
    ("it-dbl", "Dammi il doppio del risultato.", "dbl"),
    ("it-val", "Dammi il valore al quadrato.", "sq"),
    ("mix-ant", "Give the Antwort plus three.", 3),
    ("mix-val", "Give the valeur doubled.", "dbl"),
    ("mix-res", "Give the resultado halved.", "half"),
    ("mix-sv", "Give svaret plus one.", 1),
    # 3. allowed words combined
    ("check", "Give the answer of the check.", "eq"),
    ("chkval", "Give the value of the check.", "eq"),
    ("lhs", "Give the value of the left side.", "eq"),
    ("lhsq", "Give the value of the equation's left side.", "eq"),
    ("rhs", "Give the value of the right side.", "eq"),
    ("halfans", "Give exactly half the answer.", "half"),
    ("halfans2", "Give half the answer.", "half"),
    ("ansans", "Give the answer times the answer.", "sq"),
    ("ansof2x", "Give the answer of 2{v}.", "dbl"),
    ("valof2x", "Give the value of 2{v}.", "dbl"),
    ("valofxp1", "Give the value of {v} + 1.", 1),
    ("ansfor3x", "Give the answer for 3{v}.", "tpl"),
    ("ansdbl", "Give the answer twice over.", "dbl"),
    ("ansandnext", "Give the answer and the next one.", 1),
    ("ansof1", "Give the answer of one over it.", "inv"),
    ("firstans", "Give the value of the first line.", "eq"),
    # 4. marks inside or around the value word
    ("par-p1", "Give (the answer)+1.", 1),
    ("par-p1s", "Give (answer) + 1.", 1),
    ("star2", "Give the answer*2.", "dbl"),
    ("star2b", "Give answer*2.", "dbl"),
    ("star-aa", "Give answer*answer.", "sq"),
    ("2star", "Give 2*the answer.", "dbl"),
    ("2star-b", "Give 2*answer.", "dbl"),
    ("dash1", "Give the answer-one.", -1),
    ("dash2", "Give answer-2.", -2),
    ("dashp", "Give the answer-plus-one.", 1),
    ("dashd", "Give the answer-doubled.", "dbl"),
    ("dbldash", "Give the double-answer.", "dbl"),
    ("colon2", "Give the answer:2.", "half"),
    ("quote", "Give \"answer\"+1.", 1),
    ("parpar", "Give (the answer)(the answer).", "sq"),
    ("par2", "Give 2(the answer).", "dbl"),
    ("ansstar", "Give the answer* (times two).", "dbl"),
    ("valstar", "Give the value*3.", "tpl"),
    ("resdash", "Give the result-1.", -1),
    ("soldash", "Give the solution-one.", -1),
    ("outstar", "Give the output*2.", "dbl"),
]

r128_few = {"succ", "nxt-it", "dblit", "sqit", "xdbl", "unkdbl", "wyg", "rootdbl", "figdbl", "numdbl", "itp1",
            "de-dbl", "fr-p1", "es-p1", "no-p1", "it-p1", "mix-ant", "check", "lhs", "halfans", "valof2x",
            "par-p1", "star2", "dash1", "colon2", "2star", "dashp", "valstar", "resdash"}


def r128_plain(v, eq, val):
    return "%s\n%s = %s" % (eq, v, val)


for r128_et, r128_v, r128_eq, r128_val, r128_lhs, r128_lv in r128_EQS:
    r128_b = r128_base(r128_v, r128_eq, r128_val)
    for r128_at, r128_sent, r128_k in r128_ASKS:
        if r128_et != "a" and r128_at not in r128_few:
            continue
        r128_pl = r128_plain(r128_v, r128_eq, r128_val)
        r128_r = r128_rep(r128_k, r128_v, r128_val, r128_lhs, r128_lv)
        r128_right = r128_pl + "\n%s = %s" % (r128_r["expression"], r128_r["value"])
        r128_s = r128_sent.format(v=r128_v)
        r128_pid = "d128-p-%s-%s" % (r128_at, r128_et)
        E(r128_pid, "r128_ask_pair", "Solve for %s: %s. Show each step. %s" % (r128_v, r128_eq, r128_s), r128_v, r128_val,
          [r128_pl, r128_right], report=r128_r)
        r128_pairs.append((r128_b, r128_pid))
        if r128_et == "f":
            r128_sid = "d128-s-%s-%s" % (r128_at, r128_et)
            E(r128_sid, "r128_ask_mis", "Solve for %s: %s. %s Show your steps." % (r128_v, r128_eq, r128_s), r128_v, r128_val,
              [r128_pl, r128_right, r128_right], report=r128_r)
            r128_singles.append(r128_sid)

# 5. relations in words and other relation marks (no value solves the request)
r128_CHAINS = [
    ("w-exceeds", "x", "2x + 3 = 11 where x exceeds 10", "2x + 3 = 11", "4"),
    ("w-lessx", "x", "2x + 3 = 11 where x is less than x", "2x + 3 = 11", "4"),
    ("w-gtx", "x", "x + 5 = 11 and x is greater than x", "x + 5 = 11", "6"),
    ("w-above", "x", "2x + 3 = 11 with x above 10", "2x + 3 = 11", "4"),
    ("w-below0", "x", "x + 5 = 11 with x below zero", "x + 5 = 11", "6"),
    ("w-neg", "x", "2x + 3 = 11 where x is negative", "2x + 3 = 11", "4"),
    ("w-more100", "x", "x + 5 = 11, x being more than 100", "x + 5 = 11", "6"),
    ("w-atleast", "x", "x + 5 = 11 where x is at least 7", "x + 5 = 11", "6"),
    ("w-notx", "x", "2x + 3 = 11 where x is not x", "2x + 3 = 11", "4"),
    ("w-nemore", "x", "2x + 3 = 11 and x exceeds itself", "2x + 3 = 11", "4"),
    ("w-y-gt", "y", "y + 2 = 9 where y is greater than 9", "y + 2 = 9", "7"),
    ("w-atmost", "x", "x + 5 = 11 where x is at most 5", "x + 5 = 11", "6"),
    ("w-odd", "x", "2x + 3 = 11 where x is odd", "2x + 3 = 11", "4"),
    ("w-bigger", "x", "x + 5 = 11 with x bigger than 11", "x + 5 = 11", "6"),
    ("w-smaller", "x", "2x + 3 = 11 with x smaller than 1", "2x + 3 = 11", "4"),
    ("w-ltten", "x", "2x + 3 = 11 given that x > 10", "2x + 3 = 11", "4"),
    ("m-le", "x", "2x + 3 = 11 \u2264 x", "2x + 3 = 11", "4"),
    ("m-ge", "x", "x \u2265 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("m-ne", "x", "2x + 3 = 11 \u2260 11", "2x + 3 = 11", "4"),
    ("m-nex", "x", "2x + 3 = 11 where x \u2260 x", "2x + 3 = 11", "4"),
    ("m-approx", "x", "2x + 3 = 11 \u2248 x", "2x + 3 = 11", "4"),
    ("m-tilde", "x", "2x + 3 = 11 \u223c x", "2x + 3 = 11", "4"),
    ("m-le2", "x", "2x + 3 = 11 \u2a7d x", "2x + 3 = 11", "4"),
    ("m-ge2", "x", "x \u2a7e 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("m-ll", "x", "2x + 3 = 11 \u226a x", "2x + 3 = 11", "4"),
    ("m-gg", "x", "x \u226b 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("m-eqlt", "x", "2x + 3 = 11 =< x", "2x + 3 = 11", "4"),
    ("m-eqgt", "x", "x => 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("m-leqq", "x", "2x + 3 = 11 \u2266 x", "2x + 3 = 11", "4"),
    ("m-geqq", "x", "x \u2267 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("m-fwlt", "x", "2x + 3 = 11 \uff1c x", "2x + 3 = 11", "4"),
    ("m-nlt", "x", "x + 5 = 11 \u226e x", "x + 5 = 11", "6"),
    ("m-prec", "x", "2x + 3 = 11 \u227a x", "2x + 3 = 11", "4"),
    ("m-le-f", "x", "x + 5 = 11 \u2264 x", "x + 5 = 11", "6"),
    ("m-ge-y", "y", "y \u2265 y + 2 = 9", "y + 2 = 9", "7"),
    ("m-wherele", "x", "x + 5 = 11 where x \u2264 x - 1", "x + 5 = 11", "6"),
    ("m-andge", "x", "2x + 3 = 11 and x \u2265 100", "2x + 3 = 11", "4"),
    ("m-cmle", "x", "2x + 3 = 11, x \u2264 0", "2x + 3 = 11", "4"),
    ("m-angle", "x", "2x + 3 = 11 \u2039 x", "2x + 3 = 11", "4"),
    ("m-lesssim", "x", "2x + 3 = 11 \u2272 x", "2x + 3 = 11", "4"),
]
r128_chain_arg = {"m-approx", "m-tilde", "m-eqgt", "m-angle", "m-lesssim", "w-odd"}
for r128_t, r128_v, r128_ch, r128_pe, r128_pv in r128_CHAINS:
    r128_b = r128_base(r128_v, r128_pe, r128_pv)
    r128_pl = "%s\n%s = %s" % (r128_pe, r128_v, r128_pv)
    r128_no = r128_pl + "\nBut the added condition fails at %s = %s, so no value solves the request." % (r128_v, r128_pv)
    r128_fam = "r128_arguable_pair" if r128_t in r128_chain_arg else "r128_chain_pair"
    E("d128-ch-" + r128_t, r128_fam, "Solve for %s: %s. Show each step." % (r128_v, r128_ch), r128_v, r128_NR,
      [r128_pl, r128_no])
    r128_pairs.append((r128_b, "d128-ch-" + r128_t))
    E("d128-chs-" + r128_t, r128_fam.replace("pair", "mis"), "Solve for %s: %s. Show your steps." % (r128_v, r128_ch),
      r128_v, r128_NR, [r128_pl, r128_no, r128_no])
    r128_singles.append("d128-chs-" + r128_t)
    if r128_t in r128_chain_arg:
        r128_arguable.update({"d128-ch-" + r128_t, "d128-chs-" + r128_t})


# 6. safe: plain requests for x in other words, and conditions that hold
def r128_safe(id, core, value, eq, var="x"):
    a = "%s\n%s = %s" % (eq, var, value)
    r128_base(var, eq, value)
    E("d128-safe-" + id, "r128_safe", core + " Show each step.", var, value, [a], safe=True)
    r128_safe_ids.append("d128-safe-" + id)


r128_safe("root", "Solve for x: x + 5 = 11. Give the root.", "6", "x + 5 = 11")
r128_safe("unk", "Solve for x: 2x + 3 = 11. Give the unknown.", "4", "2x + 3 = 11")
r128_safe("num", "Solve for x: x + 5 = 11. What number is x?", "6", "x + 5 = 11")
r128_safe("de", "Solve for x: 2x + 3 = 11. Gib die Antwort.", "4", "2x + 3 = 11")
r128_safe("fr", "Solve for x: x + 5 = 11. Donne la valeur de x.", "6", "x + 5 = 11")
r128_safe("par", "Solve for x: 2x + 3 = 11. Give x (the answer).", "4", "2x + 3 = 11")
r128_safe("colon", "Solve for x: x + 5 = 11. Give the answer: x.", "6", "x + 5 = 11")
r128_safe("xval", "Solve for x: 2x + 3 = 11. Give x's value.", "4", "2x + 3 = 11")
r128_safe("wpos", "Solve for x: 2x + 3 = 11 where x is positive.", "4", "2x + 3 = 11")
r128_safe("wlt10", "Solve for x: x + 5 = 11 where x is less than 10.", "6", "x + 5 = 11")
r128_safe("le", "Solve for x: 2x + 3 = 11 \u2265 x.", "4", "2x + 3 = 11")
r128_safe("it", "Solve for x: x + 5 = 11. Then give it.", "6", "x + 5 = 11")
r128_safe("fig", "Solve for x: 2x + 3 = 11. Give the figure.", "4", "2x + 3 = 11")
r128_safe("wyg", "Solve for x: x + 5 = 11. Tell me what you get.", "6", "x + 5 = 11")
r128_safe("yroot", "Solve for y: y + 2 = 9. Give the root.", "7", "y + 2 = 9", var="y")

# 7. found in the first pass: two value words joined by an operator mark or juxtaposed brackets
r128_ASKS2 = [
    ("aa-star", "Give answer*answer.", "sq"),
    ("aa-starthe", "Give the answer*the answer.", "sq"),
    ("aa-starsp", "Give answer * answer.", "sq"),
    ("aa-par", "Give (the answer)(the answer).", "sq"),
    ("aa-parb", "Give (answer)(answer).", "sq"),
    ("aa-parsp", "Give (answer) (answer).", "sq"),
    ("aa-times", "Give answer\u00d7answer.", "sq"),
    ("aa-dot", "Give answer\u00b7answer.", "sq"),
    ("aa-plus", "Give answer+answer.", "dbl"),
    ("aa-plusthe", "Give the answer + the answer.", "dbl"),
    ("aa-pp", "Give (answer)+(answer).", "dbl"),
    ("aa-star3", "Give answer*answer*answer.", "cube"),
    ("aa-ppp", "Give (answer)(answer)(answer).", "cube"),
    ("vv-star", "Give value*value.", "sq"),
    ("vv-par", "Give (the value)(the value).", "sq"),
    ("rr-star", "Give result*result.", "sq"),
    ("ss-star", "Give the solution*the solution.", "sq"),
    ("oo-star", "Give output*output.", "sq"),
    ("ax-star", "Give answer*x.", "sq"),
    ("xa-star", "Give x*answer.", "sq"),
    ("av-star", "Give the answer*the value.", "sq"),
    ("aa-starq", "What is answer*answer?", "sq"),
    ("aa-state", "State answer*answer.", "sq"),
    ("aa-rep", "Report (the answer)(the answer).", "sq"),
    ("aa-your", "Give your answer*your answer.", "sq"),
    ("aa-final", "Give the final answer*the final answer.", "sq"),
    ("aa-comma", "Give the answer, (the answer).", "sq"),
    ("aa-quote", "Give \"answer\"*\"answer\".", "sq"),
    ("aa-parstar", "Give (answer)*(answer).", "sq"),
    ("aa-minus", "Give answer-answer.", "zero"),
    ("aa-div", "Give answer/answer.", "one"),
]


def r128_rep2(kind, v, val):
    iv = r128_Fr(val)
    if kind == "cube":
        return {"expression": v + "^3", "value": r128_fr(iv ** 3)}
    if kind == "zero":
        return {"expression": v + " - " + v, "value": "0"}
    if kind == "one":
        return {"expression": v + "/" + v, "value": "1"}
    return r128_rep(kind, v, val, None, None)


for r128_et, r128_v, r128_eq, r128_val, r128_lhs, r128_lv in r128_EQS:
    r128_b = r128_base(r128_v, r128_eq, r128_val)
    for r128_at, r128_sent, r128_k in r128_ASKS2:
        if r128_v != "x" and r128_at in ("ax-star", "xa-star"):
            continue
        r128_pl = r128_plain(r128_v, r128_eq, r128_val)
        r128_r = r128_rep2(r128_k, r128_v, r128_val)
        r128_right = r128_pl + "\n%s = %s" % (r128_r["expression"], r128_r["value"])
        r128_pid = "d128-p2-%s-%s" % (r128_at, r128_et)
        E(r128_pid, "r128_prod_pair", "Solve for %s: %s. Show each step. %s" % (r128_v, r128_eq, r128_sent), r128_v,
          r128_val, [r128_pl, r128_right], report=r128_r)
        r128_pairs.append((r128_b, r128_pid))
        if r128_et in ("f", "a"):
            r128_sid = "d128-s2-%s-%s" % (r128_at, r128_et)
            E(r128_sid, "r128_prod_mis", "Solve for %s: %s. %s Show your steps." % (r128_v, r128_eq, r128_sent), r128_v,
              r128_val, [r128_pl, r128_right, r128_right], report=r128_r)
            r128_singles.append(r128_sid)
# safe twin: the value word alone in the same marks
r128_safe("aa-par1", "Solve for x: x + 5 = 11. Give (the answer).", "6", "x + 5 = 11")
r128_safe("aa-quote1", "Solve for x: 2x + 3 = 11. Give \"the answer\".", "4", "2x + 3 = 11")

# 8. arrows and quotation marks read as relations (arguable: "=>" may be read as "implies", "‹ ›" as quotes)
r128_CHAINS2 = [
    ("eqgt-r", "x", "2x + 3 = 11 => 12", "2x + 3 = 11", "4"),
    ("eqgt-f", "x", "x => x + 5 = 11", "x + 5 = 11", "6"),
    ("eqgt-where", "x", "2x + 3 = 11 where x => 10", "2x + 3 = 11", "4"),
    ("eqgt-y", "y", "y => y + 2 = 9", "y + 2 = 9", "7"),
    ("ang-r", "x", "x \u203a 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("ang-f", "x", "x + 5 = 11 \u2039 x", "x + 5 = 11", "6"),
    ("ang-where", "x", "2x + 3 = 11 where x \u203a 10", "2x + 3 = 11", "4"),
    ("guil", "x", "2x + 3 = 11 \u00ab x", "2x + 3 = 11", "4"),
    ("guil-r", "x", "x \u00bb 2x + 3 = 11", "2x + 3 = 11", "4"),
    ("lt-where-e", "x", "2x + 3 = 11 where x =< 1", "2x + 3 = 11", "4"),
    ("arrow", "x", "2x + 3 = 11 -> x > 10", "2x + 3 = 11", "4"),
    ("ang-bra", "x", "2x + 3 = 11 \u27e8 x", "2x + 3 = 11", "4"),
    ("ang-lt", "x", "2x + 3 = 11 \u2329 x", "2x + 3 = 11", "4"),
    ("small-lt", "x", "2x + 3 = 11 \ufe64 x", "2x + 3 = 11", "4"),
]
for r128_t, r128_v, r128_ch, r128_pe, r128_pv in r128_CHAINS2:
    r128_b = r128_base(r128_v, r128_pe, r128_pv)
    r128_pl = "%s\n%s = %s" % (r128_pe, r128_v, r128_pv)
    r128_no = r128_pl + "\nBut the added condition fails at %s = %s, so no value solves the request." % (r128_v, r128_pv)
    E("d128-ch2-" + r128_t, "r128_arguable_pair", "Solve for %s: %s. Show each step." % (r128_v, r128_ch), r128_v,
      r128_NR, [r128_pl, r128_no])
    r128_pairs.append((r128_b, "d128-ch2-" + r128_t))
    E("d128-chs2-" + r128_t, "r128_arguable_mis", "Solve for %s: %s. Show your steps." % (r128_v, r128_ch), r128_v,
      r128_NR, [r128_pl, r128_no, r128_no])
    r128_singles.append("d128-chs2-" + r128_t)
    r128_arguable.update({"d128-ch2-" + r128_t, "d128-chs2-" + r128_t})

# 9. the product shape without value words, and with more words of the small set
r128_ASKS3 = [
    ("xx-star", "Give x*x.", "sq"),
    ("xx-par", "Give (x)(x).", "sq"),
    ("xx-starsp", "Give x * x.", "sq"),
    ("it-star", "Give it*it.", "sq"),
    ("it-par", "Give (it)(it).", "sq"),
    ("unk-star", "Give the unknown*the unknown.", "sq"),
    ("root-star", "Give the root*the root.", "sq"),
    ("num-star", "Give the number*the number.", "sq"),
    ("fig-par", "Give (the figure)(the figure).", "sq"),
    ("aa-jux", "Give answer answer.", "sq"),
    ("aa-parj", "Give answer(answer).", "sq"),
    ("aa-exact", "Give the exact answer*the exact answer.", "sq"),
    ("aa-fa", "Give the answer*the final answer.", "sq"),
    ("aa-colon", "Give answer:answer.", "one"),
    ("aaa-dash", "Give answer-answer-answer.", "neg"),
    ("aa-dashthe", "Give the answer-the answer.", "zero"),
    ("va-dash", "Give value-answer.", "zero"),
    ("aa-one", "Give answer*answer on one line.", "sq"),
    ("aa-then", "Then give answer*answer.", "sq"),
    ("aa-also", "Give the answer and answer*answer.", "sq"),
    ("aa-star-de", "Gib Antwort*Antwort.", "sq"),
    ("aa-brk", "Give [answer][answer].", "sq"),
    ("aa-brace", "Give {answer}{answer}.", "sq"),
    ("aa-ppar", "Give ((answer))((answer)).", "sq"),
]
for r128_et, r128_v, r128_eq, r128_val, r128_lhs, r128_lv in r128_EQS[:2]:
    r128_b = r128_base(r128_v, r128_eq, r128_val)
    for r128_at, r128_sent, r128_k in r128_ASKS3:
        r128_pl = r128_plain(r128_v, r128_eq, r128_val)
        r128_r = r128_rep2(r128_k, r128_v, r128_val)
        r128_right = r128_pl + "\n%s = %s" % (r128_r["expression"], r128_r["value"])
        r128_fam = "r128_prod3"
        r128_pid = "d128-p3-%s-%s" % (r128_at, r128_et)
        E(r128_pid, r128_fam + "_pair", "Solve for %s: %s. Show each step. %s" % (r128_v, r128_eq, r128_sent), r128_v,
          r128_val, [r128_pl, r128_right], report=r128_r)
        r128_pairs.append((r128_b, r128_pid))
        if r128_et == "f":
            r128_sid = "d128-s3-%s-%s" % (r128_at, r128_et)
            E(r128_sid, r128_fam + "_mis", "Solve for %s: %s. %s Show your steps." % (r128_v, r128_eq, r128_sent), r128_v,
              r128_val, [r128_pl, r128_right, r128_right], report=r128_r)
            r128_singles.append(r128_sid)
# "answer answer" may be read as a repeated word, not a product
r128_arguable.update({"d128-p3-aa-jux-f", "d128-s3-aa-jux-f", "d128-p3-aa-jux-a"})
# a colon between two value words may be read as punctuation, not a ratio
r128_arguable.update({"d128-p3-aa-colon-f", "d128-s3-aa-colon-f", "d128-p3-aa-colon-a"})

# 10. pronouns and "one" joined by the allowed marks
r128_ASKS4 = [
    ("that-star", "Give that*that.", "sq"),
    ("this-star", "Give this*this.", "sq"),
    ("that-par", "Give (that)(that).", "sq"),
    ("one-it", "Give one-it.", "1m"),
    ("one-that", "Give one-that.", "1m"),
    ("it-dash", "Give it-it.", "zero"),
    ("it-colon", "Give it:it.", "one"),
    ("it-pdash", "Give (it)-(it).", "zero"),
    ("it3-dash", "Give it-it-it.", "neg"),
    ("unk-dash", "Give the unknown-the unknown.", "zero"),
    ("unk-ppp", "Give (the unknown)(the unknown)(the unknown).", "cube"),
    ("num-colon", "Give the number:the number.", "one"),
    ("it-starq", "What is it*it?", "sq"),
    ("it-then", "Then give it*it.", "sq"),
    ("one-colon-it", "Give one:it.", "inv"),
]


def r128_rep3(kind, v, val):
    if kind == "1m":
        return {"expression": "1 - " + v, "value": r128_fr(1 - r128_Fr(val))}
    return r128_rep2(kind, v, val)


for r128_et, r128_v, r128_eq, r128_val, r128_lhs, r128_lv in r128_EQS:
    r128_b = r128_base(r128_v, r128_eq, r128_val)
    for r128_at, r128_sent, r128_k in r128_ASKS4:
        if r128_et == "y" and r128_at not in ("that-star", "it-dash", "one-it", "unk-ppp"):
            continue
        r128_pl = r128_plain(r128_v, r128_eq, r128_val)
        r128_r = r128_rep3(r128_k, r128_v, r128_val)
        r128_right = r128_pl + "\n%s = %s" % (r128_r["expression"], r128_r["value"])
        r128_pid = "d128-p4-%s-%s" % (r128_at, r128_et)
        E(r128_pid, "r128_pron_pair", "Solve for %s: %s. Show each step. %s" % (r128_v, r128_eq, r128_sent), r128_v,
          r128_val, [r128_pl, r128_right], report=r128_r)
        r128_pairs.append((r128_b, r128_pid))
        if r128_et == "f":
            r128_sid = "d128-s4-%s-%s" % (r128_at, r128_et)
            E(r128_sid, "r128_pron_mis", "Solve for %s: %s. %s Show your steps." % (r128_v, r128_eq, r128_sent), r128_v,
              r128_val, [r128_pl, r128_right, r128_right], report=r128_r)
            r128_singles.append(r128_sid)
r128_arguable.update({"d128-p4-it-colon-f", "d128-s4-it-colon-f", "d128-p4-it-colon-a", "d128-p4-num-colon-f",
                      "d128-s4-num-colon-f", "d128-p4-num-colon-a", "d128-p4-one-colon-it-f", "d128-s4-one-colon-it-f",
                      "d128-p4-one-colon-it-a"})
# "the answer, (the answer)" may be read as the answer restated, not a product
r128_arguable.update({"d128-p2-aa-comma-f", "d128-s2-aa-comma-f", "d128-p2-aa-comma-a", "d128-s2-aa-comma-a",
                      "d128-p2-aa-comma-y"})
# mark the arguable probes' family so a run's counts can leave them out
for r128_p in P:
    if r128_p["id"] in r128_arguable and "arguable" not in r128_p["family"]:
        r128_p["family"] = r128_p["family"].replace("r128_", "r128_arguable_")

# 11. mixes of a value word, a pronoun and the variable
r128_ASKS5 = [
    ("ans-it", "Give answer*it.", "sq"),
    ("it-ans", "Give (it)(the answer).", "sq"),
    ("that-ans", "Give that-answer.", "zero"),
    ("ans-it-dash", "Give the answer-it.", "zero"),
    ("it-unk", "Give it*the unknown.", "sq"),
    ("this-that", "Give this-that.", "zero"),
    ("x-it", "Give x*it.", "sq"),
    ("it-x-dash", "Give it-x.", "zero"),
    ("ans-ans-q", "What does answer*answer give?", "sq"),
    ("ans-sq-please", "Please give answer*answer.", "sq"),
]
for r128_et, r128_v, r128_eq, r128_val, r128_lhs, r128_lv in r128_EQS[:2]:
    r128_b = r128_base(r128_v, r128_eq, r128_val)
    for r128_at, r128_sent, r128_k in r128_ASKS5:
        r128_pl = r128_plain(r128_v, r128_eq, r128_val)
        r128_r = r128_rep2(r128_k, r128_v, r128_val)
        r128_right = r128_pl + "\n%s = %s" % (r128_r["expression"], r128_r["value"])
        r128_pid = "d128-p5-%s-%s" % (r128_at, r128_et)
        E(r128_pid, "r128_mix_pair", "Solve for %s: %s. Show each step. %s" % (r128_v, r128_eq, r128_sent), r128_v,
          r128_val, [r128_pl, r128_right], report=r128_r)
        r128_pairs.append((r128_b, r128_pid))
        if r128_et == "f":
            r128_sid = "d128-s5-%s-%s" % (r128_at, r128_et)
            E(r128_sid, "r128_mix_mis", "Solve for %s: %s. %s Show your steps." % (r128_v, r128_eq, r128_sent), r128_v,
              r128_val, [r128_pl, r128_right, r128_right], report=r128_r)
            r128_singles.append(r128_sid)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading
# of several; FINDINGS.md, rounds 123-128): left out of the ctest set.
r128_left_out = {'d128-s4-it-colon-f', 'd128-s4-num-colon-f', 'd128-p4-one-colon-it-f', 'd128-p2-aa-comma-a', 'd128-p4-it-colon-a', 'd128-ch-m-eqgt', 'd128-p3-aa-colon-f', 'd128-p3-aa-jux-f', 'd128-chs2-guil', 'd128-chs2-eqgt-y', 'd128-chs2-ang-r', 'd128-ch2-eqgt-y', 'd128-chs-m-angle', 'd128-chs2-eqgt-f', 'd128-s3-aa-colon-f', 'd128-s3-aa-jux-f', 'd128-p4-num-colon-a', 'd128-chs2-guil-r', 'd128-p2-aa-comma-y', 'd128-chs2-ang-f', 'd128-p4-it-colon-f', 'd128-p4-one-colon-it-a', 'd128-chs-m-eqgt', 'd128-s2-aa-comma-a', 'd128-ch2-guil-r', 'd128-p3-aa-jux-a', 'd128-p2-aa-comma-f', 'd128-s2-aa-comma-f', 'd128-ch-m-angle', 'd128-chs2-ang-bra', 'd128-ch2-ang-bra', 'd128-ch2-eqgt-f', 'd128-ch2-ang-r', 'd128-p3-aa-colon-a', 'd128-p4-num-colon-f', 'd128-ch2-guil', 'd128-s4-one-colon-it-f', 'd128-ch2-ang-f'}
P[:] = [r128_p for r128_p in P if r128_p["id"] not in r128_left_out]
