r"""Red-team round 174 (black box): THE PATCH PATH -- one member regenerated, the others kept from the cached answer.
Focus: pairs whose variant changes one member's (A's) evidence or sub-schema so the patch path runs, AND changes another
  member's (B's) right value in a way a cache could miss; singles (--runs 2) whose first answer is right for A, stale for B.
32,808 probes (seeded random.Random(174)): 26,288 pair probes (base + variant), 5,824 singles, 696 safe.
Part 1 (d174-cb/cv/cs/cq/cu-): 4 domains (booking, shipment, event, table reservation) x 6 layouts (line record, one-line
  "a | b", pipe table, CSV, YAML, e-mail) x A's number changed plus a correction of B elsewhere: 18 end lines
  ("Correction: Guests 9.", "Update — 9 guests, not 5.", "P.S. plus one more for guests.", "Rettelse: ..."), 5 lines above
  the first field ("Quick correction before the details: 4 guests, not 7."), 6 notes on A's own line ("Nights: 4 (and 3
  guests)", " (+1 guests)"), 5 footnotes ("Guests: 2*" / "* correct figure is 3", "¹", "†", "(1)"); B a count, a city, a
  date or a name; safe: A changed only, an unrelated "Thanks for your help!".
Part 2 (d174-sb/sv/ss-): B struck or superseded in its own field while A changes ("~~2~~ 3", "<del>", "<s>", "3 (was 2)",
  "3 (not 2)", "2 → 3", combining strike, "(prev. 2)", "2, fixed: 3").
Part 3 (d174-xb/xv, yb/yv, ub/uv-): scale lines added ("All counts below are in dozens.", "(All counts in dozens.)", "Note:
  the other numbers are in pairs.", "All other figures ×10.", "Each figure below is per day"); A's description changed to
  speak of all/other counts ("All other counts ... in dozens", "Report every other number doubled"); B's own
  description "Count" -> "Count in dozens" / "Count of pairs".
Part 4 (d174-rb/rv/rs-): an old/quoted/cancelled copy of the record added above or below while A and B change.
Part 5 (d174-fb/fv/fs-): a second field for B on a line of its own, 28 label forms ("Actual guests: 6", "Final", "Updated",
  "Guests (final)", "Guests after change", "Ny", "Endelig", "Aktuelle", "Guests should be"...), A changed or not.
Part 6 (d174-db/dv/ds/eb/eq-): A's description changed to speak of B by B's label word (key differs: `party` described
  "Guests"), a synonym ("people", "cartons", "grown-ups", "places"), B's key, "the other/remaining count", "all counts",
  "the last count"; operations couples->persons, dozens, pairs, doubled, hundreds; A's text value changed (A), unchanged
  (0), or A's type integer->number (T); safe: A's description "Nights booked." with A's value changed.
Part 7 (d174-gb/gv-): the edges of part 6: 21 directives (couples, duos, twos, trios, teams/families of four, sets of three,
  packs of six, cases of 24, scores, gross, half-dozens, tens, "leaves out the host", "includes the booker", "add the
  driver", "as a negative number", Norwegian "gjelder par", German "zählt Paare", French "compte des couples") placed in
  A's description, A's title, or the NAME member's description.
HELD: every text-side change. Any added or changed line below the first field (corrections, P.S., footnotes, "Actual
  guests: 6" on its own line, scale lines, quoted/cancelled copies, a changed note field) failed every member
  (failing_fraction 1.0) or dropped the similarity under 0.5, and the right answer was then refused by grounding
  ("the text states guests: 7") -- an error, never a stale value from the cache; lines above the first field were read as
  instruction changes (skip); struck/superseded values failed B itself; notes on A's line made the patch regenerate B;
  ordinal selectors ("the first booking") and two-record texts were never stored. Schema side: B's own description
  changed, A's description naming B's key, and descriptions with a scale word the checks know (dozens, pairs, twos, duos,
  sets, packs, cases, scores, gross, half-dozens, hundreds, doubled, "all/other/remaining count") failed every member.
  0 wrong answers on path=reuse in either run. Safe reuse 86/696 (run 1), 109/696 (run 2).
WHAT GOT THROUGH (all on path=patch, KEPT-FROM-CACHE: A's changed sub-schema fails A alone -- "1 of 4 steps failed
  (/nights: reuse: the member's schema changed, so what it means may have)" -- and B is kept from the cached answer although
  the new description tells how B must be read). Full round: 798 members kept wrong in run 1, 821 in run 2 (826 ids).
  Alone (found ids + their bases, fresh SQLite store, --runs 2): 745 in run 1 (476 clear, 269 arguable), 807 in run 2
  (521 clear, 286 arguable); 810 ids in all (523 clear, 287 arguable), each the base's stored B.
 (A) CLEAR (523): booking `nights` description "Nights. The people figure counts couples: give it in persons." over
     "Guests: 2" -> guests 2 served (expected 4); `party` (described "Guests") with nights described "Nights. The guests
     figure counts couples: give it in persons." over "Guests: 6" -> 6 (expected 12); `children` TITLE "Children. The
     grown-ups figure leaves out the host: count the host too." over "Adults: 4" -> 4 (expected 5); `name` description
     "Name. Tallet for people gjelder par: oppgi personer." over "Guests: 9" -> 9 (expected 18); also trios, teams and
     families of four, "includes the booker", "add the driver", "Die Zahl der people zählt Paare", "compte des couples",
     and "The cartons figure is in tens" (boxes x10) -- in the booking and table domains (and tens in all four).
 (B) ARGUABLE (287, r174_arguable): the same directives where they fit the member badly (boxes or course seats "counted in
     couples", "leaves out the host" for cartons) and "Give the people figure as a negative number".
Wrong served fresh (not stored, so never from the cache): singles whose stale first answer passed -- a correction above
  the first field (528/run: "Quick correction before the details: 4 guests, not 7." -> 7), "Actual guests: 6" under
  "Guests: 7" (862/run -> 7), part 6 singles (401/run), "2, fixed: 3" (61/run); and ~1,720/run part 6/7 variants with A's
  text unchanged (modes 0/T) whose right answer failed grounding and were then served with B's text value on the skip
  path (an answer no model wrote, "not stored"). Right answers rejected: 14,557 (run 1), 14,554 (run 2).
Adds its probes to probe_kit.P."""
import copy
import random as r174_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r174_random.Random(174)
r174_arguable = set()
r174_pairs, r174_singles, r174_safe = [], [], []
r174_found_alone = set()

_C1 = "bdfgklmnprstvz"
_V1 = "aeiou"
_seen = set()


def _word(k):
    return "".join(R.choice(_C1) + R.choice(_V1) for _ in range(k))


def _nm():
    while True:
        n = _word(2).capitalize() + " " + _word(2).capitalize() + "sen"
        if n not in _seen:
            _seen.add(n)
            return n


CITIES = ["Bergen", "Oslo", "Tromsø", "Molde", "Skien", "Bodø", "Hamar", "Larvik", "Narvik", "Alta", "Voss", "Odda"]


def _date():
    return "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))


def _add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    if kind == "single":  # a record of its own, so the pair's variant is not its cached twin
        nk = "name" if "name" in sch["properties"] else "customer"
        old = answers[0][nk]
        new = _nm()
        prompt = prompt.replace(old, new)
        exp = {k: (new if v == old else v) for k, v in exp.items()}
        answers = [{k: (new if v == old else v) for k, v in a.items()} for a in answers]
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r174_arguable.add(id)
    {"pair": r174_pairs, "single": r174_singles, "safe": r174_safe}[kind].append(id)


# domain: (name, head, [(key, label, kind, plural word)])  kind: name/city/date/int
DOMS = {
    "hotel": ("Booking", [("name", "Name", "name", None), ("city", "City", "city", None),
                          ("nights", "Nights", "int", "nights"), ("guests", "Guests", "int", "guests")]),
    "ship": ("Shipment", [("customer", "Customer", "name", None), ("city", "City", "city", None),
                          ("boxes", "Boxes", "int", "boxes"), ("pallets", "Pallets", "int", "pallets")]),
    "event": ("Event", [("name", "Name", "name", None), ("date", "Date", "date", None),
                        ("attendees", "Attendees", "int", "attendees"), ("tables", "Tables", "int", "tables")]),
    "table": ("Reservation", [("name", "Name", "name", None), ("date", "Date", "date", None),
                              ("adults", "Adults", "int", "adults"), ("children", "Children", "int", "children")]),
}


def gen(kind):
    if kind == "name":
        return _nm()
    if kind == "city":
        return R.choice(CITIES)
    if kind == "date":
        return _date()
    return R.randint(2, 9)


def newval(kind, old, avoid=()):
    while True:
        v = gen(kind)
        if v != old and v not in avoid:
            return v


def schema(dom, desc=None, types=None):
    fl = DOMS[dom][1]
    props = {}
    for k, lab, kind, _ in fl:
        t = (types or {}).get(k) or ("integer" if kind == "int" else "string")
        props[k] = {"type": t}
        if desc and k in desc:
            props[k]["description"] = desc[k]
    return {"type": "object", "properties": props, "required": [k for k, _, _, _ in fl], "additionalProperties": False}


def sv(v):
    return str(v)


def render(dom, layout, rec, labels=None, marks=None):
    """marks: {key: suffix} glued after the value."""
    head, fl = DOMS[dom]
    labels = labels or {}
    marks = marks or {}
    lab = {k: labels.get(k, l) for k, l, _, _ in fl}
    val = {k: sv(rec[k]) + marks.get(k, "") for k, _, _, _ in fl}
    if layout == "L":
        return "%s:\n" % head + "".join("%s: %s\n" % (lab[k], val[k]) for k, _, _, _ in fl)
    if layout == "O":
        return " | ".join("%s: %s" % (lab[k], val[k]) for k, _, _, _ in fl) + "\n"
    if layout == "T":
        return ("| " + " | ".join(lab[k] for k, _, _, _ in fl) + " |\n|" + "---|" * len(fl) + "\n| "
                + " | ".join(val[k] for k, _, _, _ in fl) + " |\n")
    if layout == "C":
        return ",".join(lab[k] for k, _, _, _ in fl) + "\n" + ",".join(val[k] for k, _, _, _ in fl) + "\n"
    if layout == "Y":
        return "%s:\n" % head.lower() + "".join("  %s: %s\n" % (k, val[k]) for k, _, _, _ in fl)
    if layout == "E":
        return ("Hi,\n\nhere are the details:\n\n" + "".join("%s: %s\n" % (lab[k], val[k]) for k, _, _, _ in fl)
                + "\nBest regards,\nKari\n")
    raise ValueError(layout)


def ins_for(sch):
    return R.choice(["Extract %s as JSON.", "Return %s as a JSON object.", "Extract the fields %s as JSON."]) % \
        ", ".join(sch["properties"])


def lab_of(dom, k):
    return [l for kk, l, _, _ in DOMS[dom][1] if kk == k][0]


def word_of(dom, k):
    return [w for kk, _, _, w in DOMS[dom][1] if kk == k][0]


def kind_of(dom, k):
    return [kd for kk, _, kd, _ in DOMS[dom][1] if kk == k][0]


LAYS = ["L", "O", "T", "C", "Y", "E"]

# ---- correction texts for member B (int): (tag, where, template, argu)   where: end/top/inlineA
INT_CORR = [
    ("corr1", "end", "Correction: {Lab} {n}.", False),
    ("corr2", "end", "Correction: {n} {w}, not {o}.", False),
    ("ps", "end", "P.S. {Lab} changed to {n}.", False),
    ("upd", "end", "Update — {n} {w}, not {o}.", False),
    ("upd2", "end", "Update: {w} now {n}.", False),
    ("nb", "end", "NB: make that {n} {w}.", False),
    ("oops", "end", "Oops, I meant {n} {w}.", False),
    ("actual", "end", "(Actually {n} {w}.)", False),
    ("after", "end", "Edit: {n} {w} after all.", False),
    ("read", "end", "Please read {Lab} as {n}.", False),
    ("should", "end", "{Lab} should read {n}.", False),
    ("onemore", "end", "One more thing: it's {n} {w}.", False),
    ("sorry", "end", "Sorry, {n} {w}.", False),
    ("also", "end", "Also, {w}: {n}.", False),
    ("sjekk", "end", "Rettelse: {n} {w}.", False),
    ("korr", "end", "Korrektur: {Lab} = {n}.", False),
    ("plus1", "end", "P.S. plus one more for {w}.", False),
    ("minus1", "end", "P.S. one of the {w} dropped out.", False),
    ("t-first", "top", "Quick correction before the details: {n} {w}, not {o}.", False),
    ("t-note", "top", "Please note that there will be {n} {w} this time.", False),
    ("t-heads", "top", "Heads-up: the details below say {o} {w}, but it is {n}.", False),
    ("t-ended", "top", "We ended up with {n} {w} instead of {o}.", False),
    ("t-total", "top", "This one is for {n} {w} in total:", False),
    ("i-and", "inlineA", "(and {n} {w})", False),
    ("i-semi", "inlineA", "; {w} {n} too", False),
    ("i-dash", "inlineA", " — {w} went up to {n}", False),
    ("i-with", "inlineA", ", with {n} {w} now", False),
    ("i-paren", "inlineA", " ({Lab}: {n})", False),
    ("i-plus", "inlineA", " (+1 {w})", False),
    ("f-star", "foot", "* correct figure is {n}", False),
    ("f-num", "foot", "(1) now {n}", False),
    ("f-sup", "foot", "¹ {n} after the update", False),
    ("f-dag", "foot", "† read {n}", False),
    ("f-plus", "foot", "* plus one extra", False),
]
FOOTMARK = {"f-star": "*", "f-num": " (1)", "f-sup": "¹", "f-dag": " †", "f-plus": "*"}

STR_CORR = {
    "city": [
        ("corr1", "end", "Correction: the city is {n}.", False),
        ("ps", "end", "P.S. we moved it to {n}.", False),
        ("upd", "end", "Update — {n}, not {o}.", False),
        ("chg", "end", "(Changed to {n}.)", False),
        ("t-first", "top", "Quick correction before the details: {n}, not {o}.", False),
        ("t-note", "top", "Please note that this one takes place in {n}.", False),
        ("i-and", "inlineA", " (and in {n} now)", False),
        ("f-star", "foot", "* now {n}", False),
    ],
    "date": [
        ("ps", "end", "P.S. the date moved to {n}.", False),
        ("upd", "end", "Update: new date {n}.", False),
        ("corr1", "end", "Correction: date {n}.", False),
        ("post", "end", "It has been postponed to {n}.", False),
        ("t-first", "top", "Quick correction before the details: it is on {n}, not {o}.", False),
        ("t-note", "top", "Please note that it takes place on {n} instead.", False),
        ("i-and", "inlineA", " (date now {n})", False),
        ("f-star", "foot", "* moved to {n}", False),
    ],
    "name": [
        ("corr1", "end", "Correction: the name is {n}.", False),
        ("ps", "end", "P.S. it is booked under {n} now.", False),
        ("t-note", "top", "Please note that {n} takes this one over.", False),
    ],
}


def apply_b(dom, layout, rec, a, na, b, tag, where, tmpl, nb):
    """Text of the variant: A's value na, B's stated value unchanged, a correction giving B nb."""
    ob = rec[b]
    w = word_of(dom, b) or b
    Lab = lab_of(dom, b)
    txtf = tmpl.format(Lab=Lab, n=nb, o=ob, w=w)
    vrec = dict(rec)
    vrec[a] = na
    marks = {}
    if where == "inlineA":
        marks[a] = txtf if txtf[0] in " ;,(" else " " + txtf
        if marks[a][0] == "(":
            marks[a] = " " + marks[a]
        return render(dom, layout, vrec, marks=marks)
    if where == "foot":
        marks[b] = FOOTMARK.get(tag, "*")
        return render(dom, layout, vrec, marks=marks) + "\n" + txtf + "\n"
    body = render(dom, layout, vrec)
    if where == "top":
        return txtf + "\n\n" + body
    return body + "\n" + txtf + "\n"


n = 0
# ================================================================ PART 1: corrections for another member
for rep in range(1):
    for dom in DOMS:
        fl = DOMS[dom][1]
        ints = [k for k, _, kd, _ in fl if kd == "int"]
        strs = [k for k, _, kd, _ in fl if kd != "int"]
        for layout in LAYS:
            for ai in range(2):
                a = ints[ai]
                for b in [ints[1 - ai]] + strs:
                    kb = kind_of(dom, b)
                    corr = INT_CORR if kb == "int" else STR_CORR[kb]
                    for tag, where, tmpl, arg in corr:
                        if layout in ("T", "C") and where in ("inlineA",):
                            continue
                        n += 1
                        rec = {k: gen(kd) for k, _, kd, _ in fl}
                        if kb == "int":
                            while rec[b] == rec[a]:
                                rec[b] = gen("int")
                        na = newval("int", rec[a], avoid=(rec[b],))
                        if tag == "plus1" or tag == "f-plus" or tag == "i-plus":
                            nb = rec[b] + 1
                        elif tag == "minus1":
                            nb = rec[b] - 1
                        else:
                            nb = newval(kb, rec[b], avoid=(na, rec[a]))
                        sch = schema(dom)
                        ins = ins_for(sch)
                        btxt = render(dom, layout, rec)
                        vtxt = apply_b(dom, layout, rec, a, na, b, tag, where, tmpl, nb)
                        bexp = dict(rec)
                        vexp = dict(rec)
                        vexp[a] = na
                        vexp[b] = nb
                        stale = dict(rec)
                        stale[a] = na
                        sid = "%s-%s-%s-%s-%s-%d" % (tag, dom, a, b, layout, n)
                        _add("pair", "d174-cb-" + sid, "r174_cb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                        _add("pair", "d174-cv-" + sid, "r174_cv", ins + "\n\n" + vtxt, sch, vexp, [vexp, vexp], arg)
                        _add("single", "d174-cs-" + sid, "r174_cs", ins + "\n\n" + vtxt, sch, vexp, [stale, vexp, vexp], arg)
                        # safe: only A changed
                        if rep == 0 and tag in ("corr1", "ps"):
                            qtxt = render(dom, layout, dict(rec, **{a: na}))
                            _add("safe", "d174-cq-" + sid, "r174_cq", ins + "\n\n" + qtxt, sch, dict(rec, **{a: na}),
                                 [dict(rec, **{a: na})] * 2)
                            _add("safe", "d174-cu-" + sid, "r174_cu", ins + "\n\n" + btxt.rstrip("\n") + "\n\nThanks for your help!\n",
                                 sch, bexp, [bexp] * 2)

# ================================================================ PART 2: struck / superseded values of B with A changed
STRIKE = [
    ("md", "~~{o}~~ {n}", False), ("del", "<del>{o}</del> {n}", False), ("s", "<s>{o}</s> {n}", False),
    ("was", "{n} (was {o})", False), ("not", "{n} (not {o})", False), ("arrow", "{o} → {n}", False),
    ("comb", "{oc} {n}", False), ("prev", "{n} (prev. {o})", False), ("fixed", "{o}, fixed: {n}", False),
]


def _comb(s):
    return "".join(ch + "\u0336" for ch in str(s))


for rep in range(2):
    for dom in DOMS:
        fl = DOMS[dom][1]
        ints = [k for k, _, kd, _ in fl if kd == "int"]
        for layout in ["L", "O", "Y", "E"]:
            for ai in range(2):
                a, b = ints[ai], ints[1 - ai]
                for tag, tmpl, arg in STRIKE:
                    n += 1
                    rec = {k: gen(kd) for k, _, kd, _ in fl}
                    while rec[b] == rec[a]:
                        rec[b] = gen("int")
                    na = newval("int", rec[a], avoid=(rec[b],))
                    nb = newval("int", rec[b], avoid=(na, rec[a]))
                    sch = schema(dom)
                    ins = ins_for(sch)
                    btxt = render(dom, layout, rec)
                    vrec = dict(rec)
                    vrec[a] = na
                    vrec[b] = tmpl.format(o=rec[b], n=nb, oc=_comb(rec[b]))
                    vtxt = render(dom, layout, vrec)
                    bexp = dict(rec)
                    vexp = dict(rec, **{a: na, b: nb})
                    stale = dict(rec, **{a: na})
                    sid = "%s-%s-%s-%s-%d" % (tag, dom, a, layout, n)
                    _add("pair", "d174-sb-" + sid, "r174_sb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                    _add("pair", "d174-sv-" + sid, "r174_sv", ins + "\n\n" + vtxt, sch, vexp, [vexp, vexp], arg)
                    _add("single", "d174-ss-" + sid, "r174_ss", ins + "\n\n" + vtxt, sch, vexp, [stale, vexp, vexp], arg)

# ================================================================ PART 3: scale / unit lines and schema changes
SCALE = [
    ("doz", "top", "All counts below are in dozens.", 12, True),
    ("doz2", "end", "(All counts in dozens.)", 12, True),
    ("pairs", "end", "Note: the other numbers are in pairs.", 2, True),
    ("x10", "end", "All other figures ×10.", 10, True),
    ("per", "top", "Each figure below is per day; the event runs for 2 days.", 2, True),
]
SCH_CHG = [
    # (tag, change of A's description, factor on B, arguable)
    ("dA-doz", "Number. All other counts in this answer are to be given in dozens.", 12, True),
    ("dA-pairs", "The other count is to be reported in pairs of two, i.e. halved.", None, True),
    ("dA-double", "Report every other number doubled.", 2, True),
]
for rep in range(3):
    for dom in DOMS:
        fl = DOMS[dom][1]
        ints = [k for k, _, kd, _ in fl if kd == "int"]
        for layout in ["L", "O", "Y", "T"]:
            for ai in range(2):
                a, b = ints[ai], ints[1 - ai]
                for tag, where, line, fac, arg in SCALE:
                    n += 1
                    rec = {k: gen(kd) for k, _, kd, _ in fl}
                    while rec[b] == rec[a]:
                        rec[b] = gen("int")
                    na = newval("int", rec[a], avoid=(rec[b],))
                    sch = schema(dom)
                    ins = ins_for(sch)
                    btxt = render(dom, layout, rec)
                    body = render(dom, layout, dict(rec, **{a: na}))
                    vtxt = (line + "\n\n" + body) if where == "top" else (body + "\n" + line + "\n")
                    if tag in ("pairs", "x10"):
                        vexp = dict(rec, **{a: na, b: rec[b] * fac})
                    else:
                        vexp = dict(rec, **{a: na * fac, b: rec[b] * fac})
                    bexp = dict(rec)
                    sid = "%s-%s-%s-%s-%d" % (tag, dom, a, layout, n)
                    _add("pair", "d174-xb-" + sid, "r174_xb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                    _add("pair", "d174-xv-" + sid, "r174_xv", ins + "\n\n" + vtxt, sch, vexp, [vexp, vexp], arg)
                for tag, d, fac, arg in SCH_CHG:
                    n += 1
                    rec = {k: gen(kd) for k, _, kd, _ in fl}
                    while rec[b] == rec[a] or rec[b] % 2:
                        rec[b] = gen("int")
                    na = newval("int", rec[a], avoid=(rec[b],))
                    sch = schema(dom)
                    vsch = schema(dom, desc={a: lab_of(dom, a) + ". " + d})
                    ins = ins_for(sch)
                    btxt = render(dom, layout, rec)
                    vtxt = render(dom, layout, dict(rec, **{a: na}))
                    nb = rec[b] // 2 if fac is None else rec[b] * fac
                    vexp = dict(rec, **{a: na, b: nb})
                    bexp = dict(rec)
                    sid = "%s-%s-%s-%s-%d" % (tag, dom, a, layout, n)
                    _add("pair", "d174-yb-" + sid, "r174_yb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                    _add("pair", "d174-yv-" + sid, "r174_yv", ins + "\n\n" + vtxt, vsch, vexp, [vexp, vexp], arg)
                    # same, but A's type changed too (integer -> string) and instruction speaks of "the other fields"
                # schema: B's unit in its description changed, A changed in text
                for tag, db_old, db_new, f in [("u-doz", "Count", "Count in dozens", 1 / 12), ("u-pair", "Count", "Count of pairs", 0.5)]:
                    n += 1
                    rec = {k: gen(kd) for k, _, kd, _ in fl}
                    rec[b] = R.choice([12, 24, 36]) if f == 1 / 12 else R.choice([2, 4, 6, 8])
                    na = newval("int", rec[a], avoid=(rec[b],))
                    sch = schema(dom, desc={b: db_old})
                    vsch = schema(dom, desc={b: db_new})
                    ins = ins_for(sch)
                    btxt = render(dom, layout, rec)
                    vtxt = render(dom, layout, dict(rec, **{a: na}))
                    vexp = dict(rec, **{a: na, b: int(rec[b] * f)})
                    bexp = dict(rec)
                    sid = "%s-%s-%s-%s-%d" % (tag, dom, a, layout, n)
                    _add("pair", "d174-ub-" + sid, "r174_ub", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                    _add("pair", "d174-uv-" + sid, "r174_uv", ins + "\n\n" + vtxt, vsch, vexp, [vexp, vexp])

# ================================================================ PART 4: a second record added / records reordered while A changes
for rep in range(3):
    for dom in DOMS:
        fl = DOMS[dom][1]
        ints = [k for k, _, kd, _ in fl if kd == "int"]
        head = DOMS[dom][0]
        for layout in ["L", "Y", "E"]:
            for ai in range(2):
                a, b = ints[ai], ints[1 - ai]
                for tag in ["prev-above", "prev-below", "quoted", "cancel-new"]:
                    n += 1
                    rec = {k: gen(kd) for k, _, kd, _ in fl}
                    while rec[b] == rec[a]:
                        rec[b] = gen("int")
                    na = newval("int", rec[a], avoid=(rec[b],))
                    nb = newval("int", rec[b], avoid=(na, rec[a]))
                    sch = schema(dom)
                    ins = ins_for(sch)
                    btxt = render(dom, layout, rec)
                    newrec = dict(rec, **{a: na, b: nb})
                    if tag == "prev-above":
                        vtxt = "Old version (replaced):\n" + render(dom, "O", rec) + "\nCurrent version:\n" + render(dom, layout, newrec)
                        vexp = newrec
                    elif tag == "prev-below":
                        vtxt = render(dom, layout, newrec) + "\nPrevious version (no longer valid):\n" + render(dom, "O", rec)
                        vexp = newrec
                    elif tag == "quoted":
                        vtxt = render(dom, layout, newrec) + "\n> On Monday you wrote:\n> " + render(dom, "O", rec)
                        vexp = newrec
                    else:
                        vtxt = render(dom, layout, rec).rstrip("\n") + "\n(cancelled — replaced by the line below)\n\n" + render(dom, "O", newrec)
                        vexp = newrec
                    bexp = dict(rec)
                    stale = dict(rec, **{a: na})
                    sid = "%s-%s-%s-%s-%d" % (tag, dom, a, layout, n)
                    _add("pair", "d174-rb-" + sid, "r174_rb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                    _add("pair", "d174-rv-" + sid, "r174_rv", ins + "\n\n" + vtxt, sch, vexp, [vexp, vexp])
                    _add("single", "d174-rs-" + sid, "r174_rs", ins + "\n\n" + vtxt, sch, vexp, [stale, vexp, vexp])

# ================================================================ PART 5: a second field for B on a line of its own
# (the label holds B's label and a word of change), A changed plainly or not at all; records carry fields of no member
QUAL = [("actual", "Actual {l}", False), ("final", "Final {l}", False), ("updated", "Updated {l}", False),
        ("revised", "Revised {l}", False), ("corrected", "Corrected {l}", False), ("new", "New {l}", True),
        ("current", "Current {l}", False), ("confirmed", "Confirmed {l}", True), ("latest", "Latest {l}", False),
        ("amended", "Amended {l}", False), ("real", "Real {l}", True), ("pfinal", "{L} (final)", False),
        ("pupd", "{L} (updated)", False), ("pnew", "{L} (new)", True), ("after", "{L} after change", False),
        ("now", "{L} now", False), ("corr", "{L}, corrected", False), ("dash", "{L} – update", False),
        ("neu", "{L} neu", True), ("ny", "Ny {l}", True), ("endelig", "Endelig {l}", False),
        ("aktuell", "Aktuelle {l}", False), ("rev", "Rev. {l}", False), ("upd2", "Update {l}", False),
        ("changed", "Changed {l}", False), ("should", "{L} should be", False), ("correct", "Correct {l}", False),
        ("true", "True {l}", True)]


def render_f(dom, layout, rec, extra=None, where="afterB", b=None, filler=None):
    head, fl = DOMS[dom]
    items = [(lab, sv(rec[k]), k) for k, lab, _, _ in fl]
    if filler:
        items = items[:1] + filler + items[1:]
    if extra:
        if where == "afterB":
            i = [j for j, it in enumerate(items) if it[2] == b][0]
            items.insert(i + 1, extra)
        elif where == "end":
            items.append(extra)
        else:
            items.insert(0, extra)
    if layout == "L":
        return "%s:\n" % head + "".join("%s: %s\n" % (l, v) for l, v, _ in items)
    if layout == "E":
        return "Hi,\n\nhere are the details:\n\n" + "".join("%s: %s\n" % (l, v) for l, v, _ in items) + "\nBest regards,\nKari\n"
    if layout == "Y":
        return "%s:\n" % head.lower() + "".join("  %s: %s\n" % (l.lower().replace(" ", "_").replace("(", "").replace(")", "").replace(",", "").replace(".", "").replace("–", "").replace("__", "_"), v) for l, v, _ in items)
    if layout == "O":
        return " | ".join("%s: %s" % (l, v) for l, v, _ in items) + "\n"
    raise ValueError(layout)


for rep in range(1):
    for dom in DOMS:
        fl = DOMS[dom][1]
        ints = [k for k, _, kd, _ in fl if kd == "int"]
        strs = [k for k, _, kd, _ in fl if kd in ("city", "date")]
        for layout in ["L", "E", "Y", "O"]:
            for ai in range(2):
                a = ints[ai]
                for b in [ints[1 - ai]] + strs:
                    kb = kind_of(dom, b)
                    for tag, lt, arg in QUAL:
                        for where in [R.choice(["afterB", "end"]) if layout != "O" else "end"]:
                            for mode in ["A", "0"]:
                                n += 1
                                rec = {k: gen(kd) for k, _, kd, _ in fl}
                                if kb == "int":
                                    while rec[b] == rec[a]:
                                        rec[b] = gen("int")
                                na = newval("int", rec[a], avoid=(rec[b],)) if mode == "A" else rec[a]
                                nb = newval(kb, rec[b], avoid=(na, rec[a]))
                                filler = [("Ref", str(R.randint(10000, 99999)), None),
                                          ("Contact", "%s@example.com" % _word(3), None)]
                                L = lab_of(dom, b)
                                xl = lt.format(l=L.lower(), L=L)
                                if kb == "date":
                                    xl = xl.replace("date", "date").replace("Date", "Date")
                                sch = schema(dom)
                                ins = ins_for(sch)
                                btxt = render_f(dom, layout, rec, filler=filler)
                                vtxt = render_f(dom, layout, dict(rec, **{a: na}), extra=(xl, sv(nb), None), where=where, b=b, filler=filler)
                                bexp = dict(rec)
                                vexp = dict(rec, **{a: na, b: nb})
                                stale = dict(rec, **{a: na})
                                sid = "%s-%s-%s-%s-%s-%s-%s-%d" % (tag, mode, where, dom, a, b, layout, n)
                                _add("pair", "d174-fb-" + sid, "r174_fb", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                                _add("pair", "d174-fv-" + sid, "r174_fv", ins + "\n\n" + vtxt, sch, vexp, [vexp, vexp], arg)
                                if mode == "A":
                                    _add("single", "d174-fs-" + sid, "r174_fs", ins + "\n\n" + vtxt, sch, vexp, [stale, vexp, vexp], arg)

# ================================================================ PART 6: A's description changed so that it speaks of B
# (by B's label or description word, a synonym, "the other/remaining count", "every count"); A's value changed in the
# text (A), unchanged (0), or A's type changed integer -> number (T). Expected B follows the description.
P6_DOMS = {
    "hotel": ("Booking", "name", "Name", "nights", "Nights", [("guests", "Guests", "guests", "people", "head count")]),
    "ship": ("Shipment", "customer", "Customer", "pallets", "Pallets", [("boxes", "Boxes", "boxes", "cartons", "parcel count")]),
    "table": ("Reservation", "name", "Name", "children", "Children", [("adults", "Adults", "adults", "grown-ups", "adult count")]),
    "course": ("Course", "name", "Name", "weeks", "Weeks", [("seats", "Seats", "seats", "places", "seat count")]),
}
# (tag, template of A's new description, factor or op on B, arguable)
P6_DESC = [
    ("lab-couples", "{A}. The {lw} figure counts couples: give it in persons.", 2, False),
    ("lab-doz", "{A}. The {lw} figure in the text is in dozens: give the single count.", 12, False),
    ("lab-pairs", "{A}. The {lw} are listed in pairs; report the single count.", 2, False),
    ("lab-double", "{A}. Report the {lw} figure doubled.", 2, False),
    ("lab-hund", "{A}. The {lw} number is in hundreds; give the full number.", 100, False),
    ("syn-couples", "{A}. The {syn} figure counts couples: give it in persons.", 2, False),
    ("syn-doz", "{A}. The {syn} in the text are in dozens; report single units.", 12, False),
    ("syn2-double", "{A}. Give the {syn2} as twice the stated figure.", 2, False),
    ("key-doz", "{A}. Report {bkey} in single units: the text gives it in dozens.", 12, False),
    ("oth-couples", "{A}. The other count is given in couples; report persons.", 2, True),
    ("rem-doz", "{A}. The remaining count is in dozens; give single units.", 12, True),
    ("all-doz", "{A}. All counts in this record are given in dozens; report single units.", 12, True),
    ("every-double", "{A}. Every other figure must be reported doubled.", 2, True),
    ("ord-double", "{A}. Report the last count doubled.", 2, True),
]
P6_SAFE = ["{A} booked.", "Number of {al}.", "{A} (integer)."]


def p6_schema(dom, bkey, bdesc, adesc=None, atype="integer"):
    head, nk, nl, ak, al, bl = P6_DOMS[dom]
    props = {nk: {"type": "string"}, "city": {"type": "string"}, ak: {"type": atype}, bkey: {"type": "integer"}}
    if adesc:
        props[ak]["description"] = adesc
    if bdesc:
        props[bkey]["description"] = bdesc
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def p6_render(dom, layout, rec, bkey):
    head, nk, nl, ak, al, bl = P6_DOMS[dom]
    blab = bl[0][1]
    items = [(nl, rec[nk]), ("City", rec["city"]), (al, rec[ak]), (blab, rec[bkey])]
    if layout == "L":
        return "%s:\n" % head + "".join("%s: %s\n" % (l, v) for l, v in items)
    if layout == "O":
        return " | ".join("%s: %s" % (l, v) for l, v in items) + "\n"
    if layout == "Y":
        return "%s:\n" % head.lower() + "".join("  %s: %s\n" % (l.lower(), v) for l, v in items)
    if layout == "E":
        return "Hello,\n\nthe details:\n\n" + "".join("%s: %s\n" % (l, v) for l, v in items) + "\nRegards,\nOla\n"
    if layout == "T":
        return "| " + " | ".join(l for l, _ in items) + " |\n|---|---|---|---|\n| " + " | ".join(str(v) for _, v in items) + " |\n"
    raise ValueError(layout)


for rep in range(2):
    for dom in P6_DOMS:
        head, nk, nl, ak, al, bl = P6_DOMS[dom]
        bk0, blab, lw, syn, syn2 = bl[0]
        for bkey, bdesc in [(bk0, None), ("party" if dom == "hotel" else bk0 + "_count", blab)]:
            for layout in ["L", "O", "Y", "E", "T"]:
                for tag, tmpl, fac, arg in P6_DESC:
                    for mode in ["A", "0", "T"]:
                        n += 1
                        rec = {nk: _nm(), "city": R.choice(CITIES), ak: R.randint(2, 9), bkey: R.randint(2, 9)}
                        while rec[bkey] == rec[ak]:
                            rec[bkey] = R.randint(2, 9)
                        sch = p6_schema(dom, bkey, bdesc)
                        adesc = tmpl.format(A=al, al=al.lower(), lw=lw, syn=syn, syn2=syn2, bkey=bkey)
                        vsch = p6_schema(dom, bkey, bdesc, adesc, "number" if mode == "T" else "integer")
                        ins = "Extract %s as JSON." % ", ".join(sch["properties"])
                        btxt = p6_render(dom, layout, rec, bkey)
                        vrec = dict(rec)
                        if mode == "A":
                            vrec[ak] = newval("int", rec[ak], avoid=(rec[bkey],))
                        vtxt = p6_render(dom, layout, vrec, bkey)
                        bexp = dict(rec)
                        vexp = dict(vrec, **{bkey: rec[bkey] * fac})
                        sid = "%s-%s-%s-%s-%s-%d" % (tag, mode, dom, bkey, layout, n)
                        _add("pair", "d174-db-" + sid, "r174_db", ins + "\n\n" + btxt, sch, bexp, [bexp, bexp])
                        _add("pair", "d174-dv-" + sid, "r174_dv", ins + "\n\n" + vtxt, vsch, vexp, [vexp, vexp], arg)
                        if mode == "A":
                            stale = dict(vrec)
                            _add("single", "d174-ds-" + sid, "r174_ds", ins + "\n\n" + vtxt, vsch, vexp, [stale, vexp, vexp], arg)
                if rep == 0:
                    for si, st in enumerate(P6_SAFE):
                        n += 1
                        rec = {nk: _nm(), "city": R.choice(CITIES), ak: R.randint(2, 9), bkey: R.randint(2, 9)}
                        sch = p6_schema(dom, bkey, bdesc)
                        vsch = p6_schema(dom, bkey, bdesc, st.format(A=al, al=al.lower()))
                        ins = "Extract %s as JSON." % ", ".join(sch["properties"])
                        btxt = p6_render(dom, layout, rec, bkey)
                        vrec = dict(rec, **{ak: newval("int", rec[ak], avoid=(rec[bkey],))})
                        sid = "safe%d-%s-%s-%s-%d" % (si, dom, bkey, layout, n)
                        _add("pair", "d174-eb-" + sid, "r174_eb", ins + "\n\n" + btxt, sch, rec, [rec, rec])
                        _add("safe", "d174-eq-" + sid, "r174_eq", ins + "\n\n" + p6_render(dom, layout, vrec, bkey), vsch, vrec, [vrec, vrec])

# ================================================================ PART 7: the edges of part 6's hole -- grouping words no
# scale list holds, offsets, other places of the description (title, the name member), other languages
P7_DESC = [
    # (tag, text after "{A}. ", op(b) -> right value, arguable)
    ("couples", "The {x} figure counts couples: give it in persons.", lambda b: b * 2, False),
    ("couples2", "The {x} are counted in couples; report individuals.", lambda b: b * 2, False),
    ("duos", "The {x} figure counts duos: give single people.", lambda b: b * 2, False),
    ("twos", "The {x} figure is in twos; give the single count.", lambda b: b * 2, False),
    ("trios", "The {x} figure counts trios: give it in persons.", lambda b: b * 3, False),
    ("teams4", "The {x} figure counts teams of four: give individuals.", lambda b: b * 4, False),
    ("fam4", "The {x} figure counts families of four: give persons.", lambda b: b * 4, False),
    ("sets3", "The {x} figure counts sets of three: give single units.", lambda b: b * 3, False),
    ("packs6", "The {x} figure counts packs of six: give single units.", lambda b: b * 6, False),
    ("cases24", "The {x} figure counts cases of 24: give single units.", lambda b: b * 24, False),
    ("score", "The {x} figure is in scores (twenties): give the single count.", lambda b: b * 20, False),
    ("gross", "The {x} figure is in gross (144 each): give single units.", lambda b: b * 144, False),
    ("halfdoz", "The {x} figure is in half-dozens: give single units.", lambda b: b * 6, False),
    ("tens", "The {x} figure is in tens: give the full count.", lambda b: b * 10, False),
    ("host", "The {x} figure leaves out the host: count the host too.", lambda b: b + 1, False),
    ("booker", "The {x} figure includes the booker: leave the booker out.", lambda b: b - 1, False),
    ("driver", "Add the driver to the {x} figure.", lambda b: b + 1, False),
    ("neg", "Give the {x} figure as a negative number.", lambda b: -b, False),
    ("par-no", "Tallet for {x} gjelder par: oppgi personer.", lambda b: b * 2, False),
    ("paare-de", "Die Zahl der {x} zählt Paare: gib Personen an.", lambda b: b * 2, False),
    ("couples-fr", "Le nombre de {x} compte des couples : donner des personnes.", lambda b: b * 2, False),
]
P7_WHERE = ["descA", "titleA", "descName"]

for rep in range(1):
    for dom in P6_DOMS:
        head, nk, nl, ak, al, bl = P6_DOMS[dom]
        bk0, blab, lw, syn, syn2 = bl[0]
        for bkey, bdesc in [(bk0, None), ("party" if dom == "hotel" else bk0 + "_count", blab)]:
            for layout in ["L", "O", "Y"]:
                for tag, tmpl, op, arg in P7_DESC:
                    for where in P7_WHERE:
                        for xw in ([syn, lw] if bkey != bk0 else [syn]):
                            mode = R.choice(["A", "0", "T"]) if where != "descName" else R.choice(["A", "0"])
                            n += 1
                            rec = {nk: _nm(), "city": R.choice(CITIES), ak: R.randint(2, 9), bkey: R.randint(2, 9)}
                            while rec[bkey] == rec[ak]:
                                rec[bkey] = R.randint(2, 9)
                            sch = p6_schema(dom, bkey, bdesc)
                            vsch = copy.deepcopy(sch)
                            txt = tmpl.format(x=xw)
                            if where == "descA":
                                vsch["properties"][ak]["description"] = al + ". " + txt
                            elif where == "titleA":
                                vsch["properties"][ak]["title"] = al + ". " + txt
                            else:
                                vsch["properties"][nk]["description"] = nl + ". " + txt
                            if mode == "T":
                                vsch["properties"][ak]["type"] = "number"
                            ins = "Extract %s as JSON." % ", ".join(sch["properties"])
                            btxt = p6_render(dom, layout, rec, bkey)
                            vrec = dict(rec)
                            if mode == "A":
                                vrec[ak] = newval("int", rec[ak], avoid=(rec[bkey],))
                            vtxt = p6_render(dom, layout, vrec, bkey)
                            vexp = dict(vrec, **{bkey: op(rec[bkey])})
                            sid = "%s-%s-%s-%s-%s-%s-%s-%d" % (tag, where, "syn" if xw == syn else "lab", mode, dom, bkey, layout, n)
                            _add("pair", "d174-gb-" + sid, "r174_gb", ins + "\n\n" + btxt, sch, rec, [rec, rec])
                            _add("pair", "d174-gv-" + sid, "r174_gv", ins + "\n\n" + vtxt, vsch, vexp, [vexp, vexp], arg)


# ================================================================ the found ids (KEPT-FROM-CACHE on the patch path in the full run)
r174_found_list = ['d174-ds-lab-couples-A-hotel-party-L-7682', 'd174-ds-lab-couples-A-hotel-party-L-9467', 'd174-ds-lab-couples-A-hotel-party-Y-7772', 'd174-ds-syn-couples-A-course-seats-L-10532', 'd174-ds-syn-couples-A-course-seats-L-8822', 'd174-ds-syn-couples-A-course-seats-Y-10616', 'd174-ds-syn-couples-A-course-seats-Y-8912', 'd174-ds-syn-couples-A-hotel-guests-L-7472', 'd174-ds-syn-couples-A-hotel-guests-L-9272', 'd174-ds-syn-couples-A-hotel-guests-Y-7562', 'd174-ds-syn-couples-A-hotel-guests-Y-9356', 'd174-ds-syn-couples-A-hotel-party-L-7697', 'd174-ds-syn-couples-A-hotel-party-L-9482', 'd174-ds-syn-couples-A-hotel-party-O-9524', 'd174-ds-syn-couples-A-hotel-party-Y-7787', 'd174-ds-syn-couples-A-hotel-party-Y-9566', 'd174-ds-syn-couples-A-ship-boxes-L-7922', 'd174-ds-syn-couples-A-ship-boxes-L-9692', 'd174-ds-syn-couples-A-ship-boxes-Y-8012', 'd174-ds-syn-couples-A-ship-boxes-Y-9776', 'd174-ds-syn-couples-A-table-adults-L-10112', 'd174-ds-syn-couples-A-table-adults-L-8372', 'd174-ds-syn-couples-A-table-adults-Y-10196', 'd174-ds-syn-couples-A-table-adults-Y-8462', 'd174-dv-lab-couples-0-hotel-party-L-7683', 'd174-dv-lab-couples-0-hotel-party-L-9468', 'd174-dv-lab-couples-0-hotel-party-O-7728', 'd174-dv-lab-couples-0-hotel-party-O-9510', 'd174-dv-lab-couples-0-hotel-party-Y-7773', 'd174-dv-lab-couples-0-hotel-party-Y-9552', 'd174-dv-lab-couples-A-hotel-party-L-7682', 'd174-dv-lab-couples-A-hotel-party-L-9467', 'd174-dv-lab-couples-A-hotel-party-O-7727', 'd174-dv-lab-couples-A-hotel-party-O-9509', 'd174-dv-lab-couples-A-hotel-party-Y-7772', 'd174-dv-lab-couples-A-hotel-party-Y-9551', 'd174-dv-lab-couples-T-hotel-party-L-7684', 'd174-dv-lab-couples-T-hotel-party-L-9469', 'd174-dv-lab-couples-T-hotel-party-O-7729', 'd174-dv-lab-couples-T-hotel-party-O-9511', 'd174-dv-lab-couples-T-hotel-party-Y-7774', 'd174-dv-lab-couples-T-hotel-party-Y-9553', 'd174-dv-syn-couples-0-course-seats-L-10533', 'd174-dv-syn-couples-0-course-seats-L-8823', 'd174-dv-syn-couples-0-course-seats-O-10575', 'd174-dv-syn-couples-0-course-seats-O-8868', 'd174-dv-syn-couples-0-course-seats-Y-10617', 'd174-dv-syn-couples-0-course-seats-Y-8913', 'd174-dv-syn-couples-0-hotel-guests-L-7473', 'd174-dv-syn-couples-0-hotel-guests-L-9273', 'd174-dv-syn-couples-0-hotel-guests-O-7518', 'd174-dv-syn-couples-0-hotel-guests-O-9315', 'd174-dv-syn-couples-0-hotel-guests-Y-7563', 'd174-dv-syn-couples-0-hotel-guests-Y-9357', 'd174-dv-syn-couples-0-hotel-party-L-7698', 'd174-dv-syn-couples-0-hotel-party-L-9483', 'd174-dv-syn-couples-0-hotel-party-O-7743', 'd174-dv-syn-couples-0-hotel-party-O-9525', 'd174-dv-syn-couples-0-hotel-party-Y-7788', 'd174-dv-syn-couples-0-hotel-party-Y-9567', 'd174-dv-syn-couples-0-ship-boxes-L-7923', 'd174-dv-syn-couples-0-ship-boxes-L-9693', 'd174-dv-syn-couples-0-ship-boxes-O-7968', 'd174-dv-syn-couples-0-ship-boxes-O-9735', 'd174-dv-syn-couples-0-ship-boxes-Y-8013', 'd174-dv-syn-couples-0-ship-boxes-Y-9777', 'd174-dv-syn-couples-0-table-adults-L-10113', 'd174-dv-syn-couples-0-table-adults-L-8373', 'd174-dv-syn-couples-0-table-adults-O-10155', 'd174-dv-syn-couples-0-table-adults-O-8418', 'd174-dv-syn-couples-0-table-adults-Y-10197', 'd174-dv-syn-couples-0-table-adults-Y-8463', 'd174-dv-syn-couples-A-course-seats-L-10532', 'd174-dv-syn-couples-A-course-seats-L-8822', 'd174-dv-syn-couples-A-course-seats-O-10574', 'd174-dv-syn-couples-A-course-seats-O-8867', 'd174-dv-syn-couples-A-course-seats-Y-10616', 'd174-dv-syn-couples-A-course-seats-Y-8912', 'd174-dv-syn-couples-A-hotel-guests-L-7472', 'd174-dv-syn-couples-A-hotel-guests-L-9272', 'd174-dv-syn-couples-A-hotel-guests-O-7517', 'd174-dv-syn-couples-A-hotel-guests-O-9314', 'd174-dv-syn-couples-A-hotel-guests-Y-7562', 'd174-dv-syn-couples-A-hotel-guests-Y-9356', 'd174-dv-syn-couples-A-hotel-party-L-7697', 'd174-dv-syn-couples-A-hotel-party-L-9482', 'd174-dv-syn-couples-A-hotel-party-O-7742', 'd174-dv-syn-couples-A-hotel-party-O-9524', 'd174-dv-syn-couples-A-hotel-party-Y-7787', 'd174-dv-syn-couples-A-hotel-party-Y-9566', 'd174-dv-syn-couples-A-ship-boxes-L-7922', 'd174-dv-syn-couples-A-ship-boxes-L-9692', 'd174-dv-syn-couples-A-ship-boxes-O-7967', 'd174-dv-syn-couples-A-ship-boxes-O-9734', 'd174-dv-syn-couples-A-ship-boxes-Y-8012', 'd174-dv-syn-couples-A-ship-boxes-Y-9776', 'd174-dv-syn-couples-A-table-adults-L-10112', 'd174-dv-syn-couples-A-table-adults-L-8372', 'd174-dv-syn-couples-A-table-adults-O-10154', 'd174-dv-syn-couples-A-table-adults-O-8417', 'd174-dv-syn-couples-A-table-adults-Y-10196', 'd174-dv-syn-couples-A-table-adults-Y-8462', 'd174-dv-syn-couples-T-course-seats-L-10534', 'd174-dv-syn-couples-T-course-seats-L-8824', 'd174-dv-syn-couples-T-course-seats-O-10576', 'd174-dv-syn-couples-T-course-seats-O-8869', 'd174-dv-syn-couples-T-course-seats-Y-10618', 'd174-dv-syn-couples-T-course-seats-Y-8914', 'd174-dv-syn-couples-T-hotel-guests-L-7474', 'd174-dv-syn-couples-T-hotel-guests-L-9274', 'd174-dv-syn-couples-T-hotel-guests-O-7519', 'd174-dv-syn-couples-T-hotel-guests-O-9316', 'd174-dv-syn-couples-T-hotel-guests-Y-7564', 'd174-dv-syn-couples-T-hotel-guests-Y-9358', 'd174-dv-syn-couples-T-hotel-party-L-7699', 'd174-dv-syn-couples-T-hotel-party-L-9484', 'd174-dv-syn-couples-T-hotel-party-O-7744', 'd174-dv-syn-couples-T-hotel-party-O-9526', 'd174-dv-syn-couples-T-hotel-party-Y-7789', 'd174-dv-syn-couples-T-hotel-party-Y-9568', 'd174-dv-syn-couples-T-ship-boxes-L-7924', 'd174-dv-syn-couples-T-ship-boxes-L-9694', 'd174-dv-syn-couples-T-ship-boxes-O-7969', 'd174-dv-syn-couples-T-ship-boxes-O-9736', 'd174-dv-syn-couples-T-ship-boxes-Y-8014', 'd174-dv-syn-couples-T-ship-boxes-Y-9778', 'd174-dv-syn-couples-T-table-adults-L-10114', 'd174-dv-syn-couples-T-table-adults-L-8374', 'd174-dv-syn-couples-T-table-adults-O-10156', 'd174-dv-syn-couples-T-table-adults-O-8419', 'd174-dv-syn-couples-T-table-adults-Y-10198', 'd174-dv-syn-couples-T-table-adults-Y-8464', 'd174-gv-booker-descA-lab-0-hotel-party-Y-11469', 'd174-gv-booker-descA-lab-A-hotel-party-L-11217', 'd174-gv-booker-descA-lab-T-hotel-party-O-11343', 'd174-gv-booker-descA-syn-0-hotel-guests-O-11045', 'd174-gv-booker-descA-syn-0-hotel-guests-Y-11108', 'd174-gv-booker-descA-syn-0-hotel-party-L-11216', 'd174-gv-booker-descA-syn-0-hotel-party-O-11342', 'd174-gv-booker-descA-syn-0-ship-boxes-L-11549', 'd174-gv-booker-descA-syn-A-course-seats-L-12683', 'd174-gv-booker-descA-syn-A-course-seats-O-12746', 'd174-gv-booker-descA-syn-A-hotel-party-Y-11468', 'd174-gv-booker-descA-syn-A-ship-boxes-Y-11675', 'd174-gv-booker-descA-syn-A-table-adults-L-12116', 'd174-gv-booker-descA-syn-T-course-seats-Y-12809', 'd174-gv-booker-descA-syn-T-hotel-guests-L-10982', 'd174-gv-booker-descA-syn-T-ship-boxes-O-11612', 'd174-gv-booker-descA-syn-T-table-adults-O-12179', 'd174-gv-booker-descA-syn-T-table-adults-Y-12242', 'd174-gv-booker-descName-lab-0-hotel-party-L-11221', 'd174-gv-booker-descName-lab-0-hotel-party-Y-11473', 'd174-gv-booker-descName-lab-A-hotel-party-O-11347', 'd174-gv-booker-descName-syn-0-course-seats-L-12685', 'd174-gv-booker-descName-syn-0-hotel-party-L-11220', 'd174-gv-booker-descName-syn-0-hotel-party-O-11346', 'd174-gv-booker-descName-syn-0-hotel-party-Y-11472', 'd174-gv-booker-descName-syn-0-ship-boxes-L-11551', 'd174-gv-booker-descName-syn-0-ship-boxes-O-11614', 'd174-gv-booker-descName-syn-0-table-adults-O-12181', 'd174-gv-booker-descName-syn-A-course-seats-O-12748', 'd174-gv-booker-descName-syn-A-course-seats-Y-12811', 'd174-gv-booker-descName-syn-A-hotel-guests-L-10984', 'd174-gv-booker-descName-syn-A-hotel-guests-O-11047', 'd174-gv-booker-descName-syn-A-hotel-guests-Y-11110', 'd174-gv-booker-descName-syn-A-ship-boxes-Y-11677', 'd174-gv-booker-descName-syn-A-table-adults-L-12118', 'd174-gv-booker-descName-syn-A-table-adults-Y-12244', 'd174-gv-booker-titleA-lab-0-hotel-party-L-11219', 'd174-gv-booker-titleA-lab-T-hotel-party-O-11345', 'd174-gv-booker-titleA-lab-T-hotel-party-Y-11471', 'd174-gv-booker-titleA-syn-0-course-seats-O-12747', 'd174-gv-booker-titleA-syn-0-ship-boxes-L-11550', 'd174-gv-booker-titleA-syn-0-table-adults-O-12180', 'd174-gv-booker-titleA-syn-0-table-adults-Y-12243', 'd174-gv-booker-titleA-syn-A-course-seats-L-12684', 'd174-gv-booker-titleA-syn-A-hotel-party-O-11344', 'd174-gv-booker-titleA-syn-A-hotel-party-Y-11470', 'd174-gv-booker-titleA-syn-A-table-adults-L-12117', 'd174-gv-booker-titleA-syn-T-course-seats-Y-12810', 'd174-gv-booker-titleA-syn-T-hotel-guests-L-10983', 'd174-gv-booker-titleA-syn-T-hotel-guests-O-11046', 'd174-gv-booker-titleA-syn-T-hotel-guests-Y-11109', 'd174-gv-booker-titleA-syn-T-hotel-party-L-11218', 'd174-gv-booker-titleA-syn-T-ship-boxes-O-11613', 'd174-gv-booker-titleA-syn-T-ship-boxes-Y-11676', 'd174-gv-couples-descA-lab-0-hotel-party-O-11253', 'd174-gv-couples-descA-lab-0-hotel-party-Y-11379', 'd174-gv-couples-descA-lab-T-hotel-party-L-11127', 'd174-gv-couples-descA-syn-0-hotel-guests-L-10937', 'd174-gv-couples-descA-syn-0-hotel-guests-O-11000', 'd174-gv-couples-descA-syn-0-hotel-guests-Y-11063', 'd174-gv-couples-descA-syn-0-hotel-party-L-11126', 'd174-gv-couples-descA-syn-0-hotel-party-O-11252', 'd174-gv-couples-descA-syn-0-ship-boxes-L-11504', 'd174-gv-couples-descA-syn-0-ship-boxes-Y-11630', 'd174-gv-couples-descA-syn-A-course-seats-Y-12764', 'd174-gv-couples-descA-syn-A-table-adults-L-12071', 'd174-gv-couples-descA-syn-A-table-adults-O-12134', 'd174-gv-couples-descA-syn-T-course-seats-L-12638', 'd174-gv-couples-descA-syn-T-course-seats-O-12701', 'd174-gv-couples-descA-syn-T-hotel-party-Y-11378', 'd174-gv-couples-descA-syn-T-ship-boxes-O-11567', 'd174-gv-couples-descA-syn-T-table-adults-Y-12197', 'd174-gv-couples-descName-lab-0-hotel-party-Y-11383', 'd174-gv-couples-descName-lab-A-hotel-party-L-11131', 'd174-gv-couples-descName-lab-A-hotel-party-O-11257', 'd174-gv-couples-descName-syn-0-course-seats-O-12703', 'd174-gv-couples-descName-syn-0-course-seats-Y-12766', 'd174-gv-couples-descName-syn-0-hotel-guests-Y-11065', 'd174-gv-couples-descName-syn-0-ship-boxes-L-11506', 'd174-gv-couples-descName-syn-0-ship-boxes-O-11569', 'd174-gv-couples-descName-syn-0-table-adults-O-12136', 'd174-gv-couples-descName-syn-0-table-adults-Y-12199', 'd174-gv-couples-descName-syn-A-course-seats-L-12640', 'd174-gv-couples-descName-syn-A-hotel-guests-L-10939', 'd174-gv-couples-descName-syn-A-hotel-guests-O-11002', 'd174-gv-couples-descName-syn-A-hotel-party-L-11130', 'd174-gv-couples-descName-syn-A-hotel-party-O-11256', 'd174-gv-couples-descName-syn-A-hotel-party-Y-11382', 'd174-gv-couples-descName-syn-A-ship-boxes-Y-11632', 'd174-gv-couples-descName-syn-A-table-adults-L-12073', 'd174-gv-couples-fr-descA-lab-0-hotel-party-L-11247', 'd174-gv-couples-fr-descA-lab-A-hotel-party-Y-11499', 'd174-gv-couples-fr-descA-lab-T-hotel-party-O-11373', 'd174-gv-couples-fr-descA-syn-0-hotel-guests-L-10997', 'd174-gv-couples-fr-descA-syn-0-hotel-guests-O-11060', 'd174-gv-couples-fr-descA-syn-0-hotel-party-L-11246', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-L-11564', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-O-11627', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-Y-11690', 'd174-gv-couples-fr-descA-syn-A-course-seats-L-12698', 'd174-gv-couples-fr-descA-syn-A-course-seats-O-12761', 'd174-gv-couples-fr-descA-syn-A-course-seats-Y-12824', 'd174-gv-couples-fr-descA-syn-A-table-adults-O-12194', 'd174-gv-couples-fr-descA-syn-A-table-adults-Y-12257', 'd174-gv-couples-fr-descA-syn-T-hotel-guests-Y-11123', 'd174-gv-couples-fr-descA-syn-T-hotel-party-O-11372', 'd174-gv-couples-fr-descA-syn-T-hotel-party-Y-11498', 'd174-gv-couples-fr-descA-syn-T-table-adults-L-12131', 'd174-gv-couples-fr-descName-lab-0-hotel-party-L-11251', 'd174-gv-couples-fr-descName-lab-0-hotel-party-Y-11503', 'd174-gv-couples-fr-descName-lab-A-hotel-party-O-11377', 'd174-gv-couples-fr-descName-syn-0-course-seats-L-12700', 'd174-gv-couples-fr-descName-syn-0-course-seats-O-12763', 'd174-gv-couples-fr-descName-syn-0-course-seats-Y-12826', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-L-10999', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-O-11062', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-Y-11125', 'd174-gv-couples-fr-descName-syn-0-hotel-party-O-11376', 'd174-gv-couples-fr-descName-syn-0-hotel-party-Y-11502', 'd174-gv-couples-fr-descName-syn-0-ship-boxes-O-11629', 'd174-gv-couples-fr-descName-syn-0-table-adults-L-12133', 'd174-gv-couples-fr-descName-syn-A-hotel-party-L-11250', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-L-11566', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-Y-11692', 'd174-gv-couples-fr-descName-syn-A-table-adults-O-12196', 'd174-gv-couples-fr-descName-syn-A-table-adults-Y-12259', 'd174-gv-couples-fr-titleA-lab-0-hotel-party-O-11375', 'd174-gv-couples-fr-titleA-lab-0-hotel-party-Y-11501', 'd174-gv-couples-fr-titleA-lab-T-hotel-party-L-11249', 'd174-gv-couples-fr-titleA-syn-0-course-seats-O-12762', 'd174-gv-couples-fr-titleA-syn-0-hotel-party-O-11374', 'd174-gv-couples-fr-titleA-syn-0-hotel-party-Y-11500', 'd174-gv-couples-fr-titleA-syn-0-ship-boxes-L-11565', 'd174-gv-couples-fr-titleA-syn-0-table-adults-Y-12258', 'd174-gv-couples-fr-titleA-syn-A-course-seats-Y-12825', 'd174-gv-couples-fr-titleA-syn-A-hotel-guests-O-11061', 'd174-gv-couples-fr-titleA-syn-A-ship-boxes-Y-11691', 'd174-gv-couples-fr-titleA-syn-A-table-adults-L-12132', 'd174-gv-couples-fr-titleA-syn-A-table-adults-O-12195', 'd174-gv-couples-fr-titleA-syn-T-course-seats-L-12699', 'd174-gv-couples-fr-titleA-syn-T-hotel-guests-L-10998', 'd174-gv-couples-fr-titleA-syn-T-hotel-guests-Y-11124', 'd174-gv-couples-fr-titleA-syn-T-hotel-party-L-11248', 'd174-gv-couples-fr-titleA-syn-T-ship-boxes-O-11628', 'd174-gv-couples-titleA-lab-A-hotel-party-O-11255', 'd174-gv-couples-titleA-lab-A-hotel-party-Y-11381', 'd174-gv-couples-titleA-lab-T-hotel-party-L-11129', 'd174-gv-couples-titleA-syn-0-hotel-guests-Y-11064', 'd174-gv-couples-titleA-syn-0-hotel-party-L-11128', 'd174-gv-couples-titleA-syn-A-course-seats-L-12639', 'd174-gv-couples-titleA-syn-A-course-seats-Y-12765', 'd174-gv-couples-titleA-syn-A-ship-boxes-L-11505', 'd174-gv-couples-titleA-syn-A-ship-boxes-Y-11631', 'd174-gv-couples-titleA-syn-T-course-seats-O-12702', 'd174-gv-couples-titleA-syn-T-hotel-guests-L-10938', 'd174-gv-couples-titleA-syn-T-hotel-guests-O-11001', 'd174-gv-couples-titleA-syn-T-hotel-party-O-11254', 'd174-gv-couples-titleA-syn-T-hotel-party-Y-11380', 'd174-gv-couples-titleA-syn-T-ship-boxes-O-11568', 'd174-gv-couples-titleA-syn-T-table-adults-L-12072', 'd174-gv-couples-titleA-syn-T-table-adults-O-12135', 'd174-gv-couples-titleA-syn-T-table-adults-Y-12198', 'd174-gv-couples2-descA-lab-0-hotel-party-Y-11385', 'd174-gv-couples2-descA-lab-A-hotel-party-O-11259', 'd174-gv-couples2-descA-lab-T-hotel-party-L-11133', 'd174-gv-couples2-descA-syn-0-hotel-party-L-11132', 'd174-gv-couples2-descA-syn-0-ship-boxes-O-11570', 'd174-gv-couples2-descA-syn-0-table-adults-L-12074', 'd174-gv-couples2-descA-syn-A-course-seats-L-12641', 'd174-gv-couples2-descA-syn-A-course-seats-Y-12767', 'd174-gv-couples2-descA-syn-A-hotel-guests-O-11003', 'd174-gv-couples2-descA-syn-A-hotel-guests-Y-11066', 'd174-gv-couples2-descA-syn-A-hotel-party-O-11258', 'd174-gv-couples2-descA-syn-A-hotel-party-Y-11384', 'd174-gv-couples2-descA-syn-T-course-seats-O-12704', 'd174-gv-couples2-descA-syn-T-hotel-guests-L-10940', 'd174-gv-couples2-descA-syn-T-ship-boxes-L-11507', 'd174-gv-couples2-descA-syn-T-table-adults-O-12137', 'd174-gv-couples2-descA-syn-T-table-adults-Y-12200', 'd174-gv-couples2-descName-lab-0-hotel-party-Y-11389', 'd174-gv-couples2-descName-lab-A-hotel-party-L-11137', 'd174-gv-couples2-descName-lab-A-hotel-party-O-11263', 'd174-gv-couples2-descName-syn-0-course-seats-Y-12769', 'd174-gv-couples2-descName-syn-0-hotel-guests-L-10942', 'd174-gv-couples2-descName-syn-0-hotel-guests-O-11005', 'd174-gv-couples2-descName-syn-0-hotel-guests-Y-11068', 'd174-gv-couples2-descName-syn-0-table-adults-O-12139', 'd174-gv-couples2-descName-syn-A-course-seats-L-12643', 'd174-gv-couples2-descName-syn-A-course-seats-O-12706', 'd174-gv-couples2-descName-syn-A-hotel-party-L-11136', 'd174-gv-couples2-descName-syn-A-hotel-party-O-11262', 'd174-gv-couples2-descName-syn-A-hotel-party-Y-11388', 'd174-gv-couples2-descName-syn-A-ship-boxes-L-11509', 'd174-gv-couples2-descName-syn-A-ship-boxes-O-11572', 'd174-gv-couples2-descName-syn-A-ship-boxes-Y-11635', 'd174-gv-couples2-descName-syn-A-table-adults-L-12076', 'd174-gv-couples2-descName-syn-A-table-adults-Y-12202', 'd174-gv-couples2-titleA-lab-0-hotel-party-L-11135', 'd174-gv-couples2-titleA-lab-A-hotel-party-O-11261', 'd174-gv-couples2-titleA-lab-T-hotel-party-Y-11387', 'd174-gv-couples2-titleA-syn-0-course-seats-Y-12768', 'd174-gv-couples2-titleA-syn-0-hotel-party-O-11260', 'd174-gv-couples2-titleA-syn-A-hotel-guests-Y-11067', 'd174-gv-couples2-titleA-syn-A-ship-boxes-L-11508', 'd174-gv-couples2-titleA-syn-A-ship-boxes-Y-11634', 'd174-gv-couples2-titleA-syn-A-table-adults-O-12138', 'd174-gv-couples2-titleA-syn-A-table-adults-Y-12201', 'd174-gv-couples2-titleA-syn-T-course-seats-L-12642', 'd174-gv-couples2-titleA-syn-T-course-seats-O-12705', 'd174-gv-couples2-titleA-syn-T-hotel-guests-L-10941', 'd174-gv-couples2-titleA-syn-T-hotel-guests-O-11004', 'd174-gv-couples2-titleA-syn-T-hotel-party-L-11134', 'd174-gv-couples2-titleA-syn-T-hotel-party-Y-11386', 'd174-gv-couples2-titleA-syn-T-ship-boxes-O-11571', 'd174-gv-couples2-titleA-syn-T-table-adults-L-12075', 'd174-gv-driver-descA-lab-0-hotel-party-O-11349', 'd174-gv-driver-descA-lab-A-hotel-party-L-11223', 'd174-gv-driver-descA-lab-A-hotel-party-Y-11475', 'd174-gv-driver-descA-syn-0-course-seats-L-12686', 'd174-gv-driver-descA-syn-0-course-seats-O-12749', 'd174-gv-driver-descA-syn-0-hotel-guests-O-11048', 'd174-gv-driver-descA-syn-0-hotel-party-O-11348', 'd174-gv-driver-descA-syn-0-hotel-party-Y-11474', 'd174-gv-driver-descA-syn-0-ship-boxes-L-11552', 'd174-gv-driver-descA-syn-0-table-adults-L-12119', 'd174-gv-driver-descA-syn-0-table-adults-O-12182', 'd174-gv-driver-descA-syn-0-table-adults-Y-12245', 'd174-gv-driver-descA-syn-A-course-seats-Y-12812', 'd174-gv-driver-descA-syn-A-ship-boxes-O-11615', 'd174-gv-driver-descA-syn-T-hotel-guests-Y-11111', 'd174-gv-driver-descA-syn-T-hotel-party-L-11222', 'd174-gv-driver-descA-syn-T-ship-boxes-Y-11678', 'd174-gv-driver-descName-lab-0-hotel-party-L-11227', 'd174-gv-driver-descName-lab-0-hotel-party-O-11353', 'd174-gv-driver-descName-lab-0-hotel-party-Y-11479', 'd174-gv-driver-descName-syn-0-course-seats-L-12688', 'd174-gv-driver-descName-syn-0-course-seats-O-12751', 'd174-gv-driver-descName-syn-0-course-seats-Y-12814', 'd174-gv-driver-descName-syn-0-hotel-guests-O-11050', 'd174-gv-driver-descName-syn-0-hotel-guests-Y-11113', 'd174-gv-driver-descName-syn-0-hotel-party-L-11226', 'd174-gv-driver-descName-syn-0-hotel-party-O-11352', 'd174-gv-driver-descName-syn-0-ship-boxes-L-11554', 'd174-gv-driver-descName-syn-0-table-adults-L-12121', 'd174-gv-driver-descName-syn-0-table-adults-O-12184', 'd174-gv-driver-descName-syn-A-hotel-guests-L-10987', 'd174-gv-driver-descName-syn-A-hotel-party-Y-11478', 'd174-gv-driver-descName-syn-A-ship-boxes-O-11617', 'd174-gv-driver-descName-syn-A-ship-boxes-Y-11680', 'd174-gv-driver-descName-syn-A-table-adults-Y-12247', 'd174-gv-driver-titleA-lab-0-hotel-party-L-11225', 'd174-gv-driver-titleA-lab-0-hotel-party-O-11351', 'd174-gv-driver-titleA-lab-0-hotel-party-Y-11477', 'd174-gv-driver-titleA-syn-0-course-seats-L-12687', 'd174-gv-driver-titleA-syn-0-hotel-party-O-11350', 'd174-gv-driver-titleA-syn-0-table-adults-O-12183', 'd174-gv-driver-titleA-syn-A-course-seats-O-12750', 'd174-gv-driver-titleA-syn-A-course-seats-Y-12813', 'd174-gv-driver-titleA-syn-A-hotel-guests-O-11049', 'd174-gv-driver-titleA-syn-A-hotel-guests-Y-11112', 'd174-gv-driver-titleA-syn-A-hotel-party-L-11224', 'd174-gv-driver-titleA-syn-A-hotel-party-Y-11476', 'd174-gv-driver-titleA-syn-T-hotel-guests-L-10986', 'd174-gv-driver-titleA-syn-T-ship-boxes-L-11553', 'd174-gv-driver-titleA-syn-T-ship-boxes-O-11616', 'd174-gv-driver-titleA-syn-T-ship-boxes-Y-11679', 'd174-gv-driver-titleA-syn-T-table-adults-L-12120', 'd174-gv-driver-titleA-syn-T-table-adults-Y-12246', 'd174-gv-fam4-descA-lab-0-hotel-party-O-11289', 'd174-gv-fam4-descA-lab-A-hotel-party-Y-11415', 'd174-gv-fam4-descA-lab-T-hotel-party-L-11163', 'd174-gv-fam4-descA-syn-0-course-seats-Y-12782', 'd174-gv-fam4-descA-syn-0-hotel-party-L-11162', 'd174-gv-fam4-descA-syn-A-course-seats-L-12656', 'd174-gv-fam4-descA-syn-A-course-seats-O-12719', 'd174-gv-fam4-descA-syn-A-hotel-guests-Y-11081', 'd174-gv-fam4-descA-syn-A-hotel-party-O-11288', 'd174-gv-fam4-descA-syn-A-table-adults-Y-12215', 'd174-gv-fam4-descA-syn-T-hotel-guests-L-10955', 'd174-gv-fam4-descA-syn-T-hotel-guests-O-11018', 'd174-gv-fam4-descA-syn-T-hotel-party-Y-11414', 'd174-gv-fam4-descA-syn-T-ship-boxes-L-11522', 'd174-gv-fam4-descA-syn-T-ship-boxes-O-11585', 'd174-gv-fam4-descA-syn-T-table-adults-L-12089', 'd174-gv-fam4-descA-syn-T-table-adults-O-12152', 'd174-gv-fam4-descName-lab-0-hotel-party-Y-11419', 'd174-gv-fam4-descName-lab-A-hotel-party-L-11167', 'd174-gv-fam4-descName-lab-A-hotel-party-O-11293', 'd174-gv-fam4-descName-syn-0-course-seats-L-12658', 'd174-gv-fam4-descName-syn-0-course-seats-Y-12784', 'd174-gv-fam4-descName-syn-0-hotel-guests-L-10957', 'd174-gv-fam4-descName-syn-0-hotel-party-L-11166', 'd174-gv-fam4-descName-syn-0-hotel-party-O-11292', 'd174-gv-fam4-descName-syn-0-hotel-party-Y-11418', 'd174-gv-fam4-descName-syn-0-ship-boxes-L-11524', 'd174-gv-fam4-descName-syn-0-ship-boxes-O-11587', 'd174-gv-fam4-descName-syn-0-table-adults-L-12091', 'd174-gv-fam4-descName-syn-0-table-adults-O-12154', 'd174-gv-fam4-descName-syn-A-course-seats-O-12721', 'd174-gv-fam4-descName-syn-A-hotel-guests-O-11020', 'd174-gv-fam4-descName-syn-A-hotel-guests-Y-11083', 'd174-gv-fam4-descName-syn-A-table-adults-Y-12217', 'd174-gv-fam4-titleA-lab-0-hotel-party-L-11165', 'd174-gv-fam4-titleA-lab-A-hotel-party-O-11291', 'd174-gv-fam4-titleA-lab-T-hotel-party-Y-11417', 'd174-gv-fam4-titleA-syn-0-course-seats-O-12720', 'd174-gv-fam4-titleA-syn-0-course-seats-Y-12783', 'd174-gv-fam4-titleA-syn-0-hotel-guests-L-10956', 'd174-gv-fam4-titleA-syn-A-course-seats-L-12657', 'd174-gv-fam4-titleA-syn-A-table-adults-L-12090', 'd174-gv-fam4-titleA-syn-T-hotel-guests-O-11019', 'd174-gv-fam4-titleA-syn-T-hotel-guests-Y-11082', 'd174-gv-fam4-titleA-syn-T-hotel-party-L-11164', 'd174-gv-fam4-titleA-syn-T-hotel-party-O-11290', 'd174-gv-fam4-titleA-syn-T-hotel-party-Y-11416', 'd174-gv-fam4-titleA-syn-T-ship-boxes-L-11523', 'd174-gv-fam4-titleA-syn-T-ship-boxes-O-11586', 'd174-gv-fam4-titleA-syn-T-ship-boxes-Y-11649', 'd174-gv-fam4-titleA-syn-T-table-adults-O-12153', 'd174-gv-fam4-titleA-syn-T-table-adults-Y-12216', 'd174-gv-host-descA-lab-0-hotel-party-O-11337', 'd174-gv-host-descA-lab-0-hotel-party-Y-11463', 'd174-gv-host-descA-lab-A-hotel-party-L-11211', 'd174-gv-host-descA-syn-0-hotel-guests-O-11042', 'd174-gv-host-descA-syn-0-hotel-party-O-11336', 'd174-gv-host-descA-syn-0-ship-boxes-L-11546', 'd174-gv-host-descA-syn-0-ship-boxes-O-11609', 'd174-gv-host-descA-syn-0-ship-boxes-Y-11672', 'd174-gv-host-descA-syn-0-table-adults-O-12176', 'd174-gv-host-descA-syn-A-course-seats-O-12743', 'd174-gv-host-descA-syn-A-course-seats-Y-12806', 'd174-gv-host-descA-syn-A-hotel-guests-L-10979', 'd174-gv-host-descA-syn-A-hotel-party-L-11210', 'd174-gv-host-descA-syn-A-hotel-party-Y-11462', 'd174-gv-host-descA-syn-A-table-adults-Y-12239', 'd174-gv-host-descA-syn-T-course-seats-L-12680', 'd174-gv-host-descA-syn-T-hotel-guests-Y-11105', 'd174-gv-host-descA-syn-T-table-adults-L-12113', 'd174-gv-host-descName-lab-0-hotel-party-L-11215', 'd174-gv-host-descName-lab-0-hotel-party-O-11341', 'd174-gv-host-descName-lab-A-hotel-party-Y-11467', 'd174-gv-host-descName-syn-0-course-seats-Y-12808', 'd174-gv-host-descName-syn-0-hotel-guests-O-11044', 'd174-gv-host-descName-syn-0-hotel-guests-Y-11107', 'd174-gv-host-descName-syn-0-hotel-party-L-11214', 'd174-gv-host-descName-syn-0-hotel-party-O-11340', 'd174-gv-host-descName-syn-0-hotel-party-Y-11466', 'd174-gv-host-descName-syn-0-ship-boxes-L-11548', 'd174-gv-host-descName-syn-0-ship-boxes-Y-11674', 'd174-gv-host-descName-syn-0-table-adults-L-12115', 'd174-gv-host-descName-syn-0-table-adults-Y-12241', 'd174-gv-host-descName-syn-A-course-seats-L-12682', 'd174-gv-host-descName-syn-A-course-seats-O-12745', 'd174-gv-host-descName-syn-A-hotel-guests-L-10981', 'd174-gv-host-descName-syn-A-ship-boxes-O-11611', 'd174-gv-host-descName-syn-A-table-adults-O-12178', 'd174-gv-host-titleA-lab-0-hotel-party-O-11339', 'd174-gv-host-titleA-lab-T-hotel-party-L-11213', 'd174-gv-host-titleA-lab-T-hotel-party-Y-11465', 'd174-gv-host-titleA-syn-0-course-seats-Y-12807', 'd174-gv-host-titleA-syn-0-hotel-guests-O-11043', 'd174-gv-host-titleA-syn-0-hotel-guests-Y-11106', 'd174-gv-host-titleA-syn-0-hotel-party-O-11338', 'd174-gv-host-titleA-syn-0-hotel-party-Y-11464', 'd174-gv-host-titleA-syn-0-table-adults-Y-12240', 'd174-gv-host-titleA-syn-A-course-seats-O-12744', 'd174-gv-host-titleA-syn-A-ship-boxes-L-11547', 'd174-gv-host-titleA-syn-A-table-adults-L-12114', 'd174-gv-host-titleA-syn-T-course-seats-L-12681', 'd174-gv-host-titleA-syn-T-hotel-guests-L-10980', 'd174-gv-host-titleA-syn-T-hotel-party-L-11212', 'd174-gv-host-titleA-syn-T-ship-boxes-O-11610', 'd174-gv-host-titleA-syn-T-ship-boxes-Y-11673', 'd174-gv-host-titleA-syn-T-table-adults-O-12177', 'd174-gv-neg-descA-lab-0-hotel-party-O-11355', 'd174-gv-neg-descA-lab-0-hotel-party-Y-11481', 'd174-gv-neg-descA-lab-T-hotel-party-L-11229', 'd174-gv-neg-descA-syn-0-hotel-guests-L-10988', 'd174-gv-neg-descA-syn-0-hotel-guests-O-11051', 'd174-gv-neg-descA-syn-0-table-adults-L-12122', 'd174-gv-neg-descA-syn-A-course-seats-L-12689', 'd174-gv-neg-descA-syn-A-course-seats-Y-12815', 'd174-gv-neg-descA-syn-A-hotel-guests-Y-11114', 'd174-gv-neg-descA-syn-A-hotel-party-O-11354', 'd174-gv-neg-descA-syn-A-hotel-party-Y-11480', 'd174-gv-neg-descA-syn-A-ship-boxes-O-11618', 'd174-gv-neg-descA-syn-A-table-adults-O-12185', 'd174-gv-neg-descA-syn-T-course-seats-O-12752', 'd174-gv-neg-descA-syn-T-hotel-party-L-11228', 'd174-gv-neg-descA-syn-T-ship-boxes-L-11555', 'd174-gv-neg-descA-syn-T-ship-boxes-Y-11681', 'd174-gv-neg-descA-syn-T-table-adults-Y-12248', 'd174-gv-neg-descName-lab-0-hotel-party-L-11233', 'd174-gv-neg-descName-lab-A-hotel-party-O-11359', 'd174-gv-neg-descName-lab-A-hotel-party-Y-11485', 'd174-gv-neg-descName-syn-0-course-seats-O-12754', 'd174-gv-neg-descName-syn-0-hotel-guests-L-10990', 'd174-gv-neg-descName-syn-0-hotel-party-O-11358', 'd174-gv-neg-descName-syn-0-ship-boxes-Y-11683', 'd174-gv-neg-descName-syn-0-table-adults-L-12124', 'd174-gv-neg-descName-syn-0-table-adults-O-12187', 'd174-gv-neg-descName-syn-A-course-seats-L-12691', 'd174-gv-neg-descName-syn-A-course-seats-Y-12817', 'd174-gv-neg-descName-syn-A-hotel-guests-O-11053', 'd174-gv-neg-descName-syn-A-hotel-guests-Y-11116', 'd174-gv-neg-descName-syn-A-hotel-party-L-11232', 'd174-gv-neg-descName-syn-A-hotel-party-Y-11484', 'd174-gv-neg-descName-syn-A-ship-boxes-L-11557', 'd174-gv-neg-descName-syn-A-ship-boxes-O-11620', 'd174-gv-neg-descName-syn-A-table-adults-Y-12250', 'd174-gv-neg-titleA-lab-0-hotel-party-O-11357', 'd174-gv-neg-titleA-lab-0-hotel-party-Y-11483', 'd174-gv-neg-titleA-lab-T-hotel-party-L-11231', 'd174-gv-neg-titleA-syn-0-course-seats-O-12753', 'd174-gv-neg-titleA-syn-0-course-seats-Y-12816', 'd174-gv-neg-titleA-syn-0-hotel-guests-L-10989', 'd174-gv-neg-titleA-syn-0-ship-boxes-O-11619', 'd174-gv-neg-titleA-syn-0-ship-boxes-Y-11682', 'd174-gv-neg-titleA-syn-0-table-adults-Y-12249', 'd174-gv-neg-titleA-syn-A-hotel-guests-O-11052', 'd174-gv-neg-titleA-syn-A-hotel-party-L-11230', 'd174-gv-neg-titleA-syn-A-hotel-party-O-11356', 'd174-gv-neg-titleA-syn-A-hotel-party-Y-11482', 'd174-gv-neg-titleA-syn-A-ship-boxes-L-11556', 'd174-gv-neg-titleA-syn-A-table-adults-O-12186', 'd174-gv-neg-titleA-syn-T-course-seats-L-12690', 'd174-gv-neg-titleA-syn-T-hotel-guests-Y-11115', 'd174-gv-neg-titleA-syn-T-table-adults-L-12123', 'd174-gv-paare-de-descA-lab-A-hotel-party-L-11241', 'd174-gv-paare-de-descA-lab-A-hotel-party-O-11367', 'd174-gv-paare-de-descA-lab-T-hotel-party-Y-11493', 'd174-gv-paare-de-descA-syn-0-course-seats-O-12758', 'd174-gv-paare-de-descA-syn-0-course-seats-Y-12821', 'd174-gv-paare-de-descA-syn-0-hotel-guests-L-10994', 'd174-gv-paare-de-descA-syn-0-hotel-party-L-11240', 'd174-gv-paare-de-descA-syn-0-ship-boxes-L-11561', 'd174-gv-paare-de-descA-syn-0-table-adults-L-12128', 'd174-gv-paare-de-descA-syn-A-course-seats-L-12695', 'd174-gv-paare-de-descA-syn-A-hotel-guests-O-11057', 'd174-gv-paare-de-descA-syn-A-hotel-guests-Y-11120', 'd174-gv-paare-de-descA-syn-A-hotel-party-O-11366', 'd174-gv-paare-de-descA-syn-A-ship-boxes-O-11624', 'd174-gv-paare-de-descA-syn-A-ship-boxes-Y-11687', 'd174-gv-paare-de-descA-syn-T-table-adults-O-12191', 'd174-gv-paare-de-descA-syn-T-table-adults-Y-12254', 'd174-gv-paare-de-descName-lab-0-hotel-party-O-11371', 'd174-gv-paare-de-descName-lab-A-hotel-party-L-11245', 'd174-gv-paare-de-descName-lab-A-hotel-party-Y-11497', 'd174-gv-paare-de-descName-syn-0-course-seats-L-12697', 'd174-gv-paare-de-descName-syn-0-hotel-guests-L-10996', 'd174-gv-paare-de-descName-syn-0-hotel-guests-Y-11122', 'd174-gv-paare-de-descName-syn-0-hotel-party-L-11244', 'd174-gv-paare-de-descName-syn-0-ship-boxes-L-11563', 'd174-gv-paare-de-descName-syn-0-ship-boxes-Y-11689', 'd174-gv-paare-de-descName-syn-0-table-adults-L-12130', 'd174-gv-paare-de-descName-syn-0-table-adults-O-12193', 'd174-gv-paare-de-descName-syn-A-course-seats-O-12760', 'd174-gv-paare-de-descName-syn-A-course-seats-Y-12823', 'd174-gv-paare-de-descName-syn-A-hotel-guests-O-11059', 'd174-gv-paare-de-descName-syn-A-hotel-party-O-11370', 'd174-gv-paare-de-descName-syn-A-hotel-party-Y-11496', 'd174-gv-paare-de-descName-syn-A-ship-boxes-O-11626', 'd174-gv-paare-de-descName-syn-A-table-adults-Y-12256', 'd174-gv-paare-de-titleA-lab-0-hotel-party-L-11243', 'd174-gv-paare-de-titleA-lab-0-hotel-party-O-11369', 'd174-gv-paare-de-titleA-lab-T-hotel-party-Y-11495', 'd174-gv-paare-de-titleA-syn-0-course-seats-L-12696', 'd174-gv-paare-de-titleA-syn-0-hotel-guests-Y-11121', 'd174-gv-paare-de-titleA-syn-0-ship-boxes-L-11562', 'd174-gv-paare-de-titleA-syn-0-table-adults-O-12192', 'd174-gv-paare-de-titleA-syn-A-course-seats-O-12759', 'd174-gv-paare-de-titleA-syn-A-course-seats-Y-12822', 'd174-gv-paare-de-titleA-syn-A-hotel-guests-L-10995', 'd174-gv-paare-de-titleA-syn-A-hotel-guests-O-11058', 'd174-gv-paare-de-titleA-syn-A-hotel-party-O-11368', 'd174-gv-paare-de-titleA-syn-A-ship-boxes-O-11625', 'd174-gv-paare-de-titleA-syn-T-hotel-party-L-11242', 'd174-gv-paare-de-titleA-syn-T-hotel-party-Y-11494', 'd174-gv-paare-de-titleA-syn-T-ship-boxes-Y-11688', 'd174-gv-paare-de-titleA-syn-T-table-adults-L-12129', 'd174-gv-paare-de-titleA-syn-T-table-adults-Y-12255', 'd174-gv-par-no-descA-lab-A-hotel-party-L-11235', 'd174-gv-par-no-descA-lab-A-hotel-party-O-11361', 'd174-gv-par-no-descA-lab-T-hotel-party-Y-11487', 'd174-gv-par-no-descA-syn-0-hotel-guests-L-10991', 'd174-gv-par-no-descA-syn-A-course-seats-L-12692', 'd174-gv-par-no-descA-syn-A-course-seats-O-12755', 'd174-gv-par-no-descA-syn-A-course-seats-Y-12818', 'd174-gv-par-no-descA-syn-A-hotel-guests-O-11054', 'd174-gv-par-no-descA-syn-A-hotel-guests-Y-11117', 'd174-gv-par-no-descA-syn-A-hotel-party-L-11234', 'd174-gv-par-no-descA-syn-A-hotel-party-Y-11486', 'd174-gv-par-no-descA-syn-A-ship-boxes-Y-11684', 'd174-gv-par-no-descA-syn-T-hotel-party-O-11360', 'd174-gv-par-no-descA-syn-T-ship-boxes-L-11558', 'd174-gv-par-no-descA-syn-T-ship-boxes-O-11621', 'd174-gv-par-no-descA-syn-T-table-adults-L-12125', 'd174-gv-par-no-descA-syn-T-table-adults-Y-12251', 'd174-gv-par-no-descName-lab-0-hotel-party-Y-11491', 'd174-gv-par-no-descName-lab-A-hotel-party-L-11239', 'd174-gv-par-no-descName-lab-A-hotel-party-O-11365', 'd174-gv-par-no-descName-syn-0-course-seats-L-12694', 'd174-gv-par-no-descName-syn-0-course-seats-O-12757', 'd174-gv-par-no-descName-syn-0-course-seats-Y-12820', 'd174-gv-par-no-descName-syn-0-hotel-guests-O-11056', 'd174-gv-par-no-descName-syn-0-hotel-guests-Y-11119', 'd174-gv-par-no-descName-syn-0-hotel-party-L-11238', 'd174-gv-par-no-descName-syn-0-hotel-party-O-11364', 'd174-gv-par-no-descName-syn-0-ship-boxes-Y-11686', 'd174-gv-par-no-descName-syn-0-table-adults-O-12190', 'd174-gv-par-no-descName-syn-A-hotel-guests-L-10993', 'd174-gv-par-no-descName-syn-A-hotel-party-Y-11490', 'd174-gv-par-no-descName-syn-A-ship-boxes-L-11560', 'd174-gv-par-no-descName-syn-A-ship-boxes-O-11623', 'd174-gv-par-no-descName-syn-A-table-adults-L-12127', 'd174-gv-par-no-descName-syn-A-table-adults-Y-12253', 'd174-gv-par-no-titleA-lab-0-hotel-party-O-11363', 'd174-gv-par-no-titleA-lab-T-hotel-party-L-11237', 'd174-gv-par-no-titleA-lab-T-hotel-party-Y-11489', 'd174-gv-par-no-titleA-syn-0-course-seats-L-12693', 'd174-gv-par-no-titleA-syn-0-course-seats-O-12756', 'd174-gv-par-no-titleA-syn-0-hotel-guests-O-11055', 'd174-gv-par-no-titleA-syn-0-hotel-party-L-11236', 'd174-gv-par-no-titleA-syn-0-hotel-party-O-11362', 'd174-gv-par-no-titleA-syn-0-table-adults-O-12189', 'd174-gv-par-no-titleA-syn-A-course-seats-Y-12819', 'd174-gv-par-no-titleA-syn-A-hotel-guests-Y-11118', 'd174-gv-par-no-titleA-syn-A-hotel-party-Y-11488', 'd174-gv-par-no-titleA-syn-A-ship-boxes-Y-11685', 'd174-gv-par-no-titleA-syn-A-table-adults-L-12126', 'd174-gv-par-no-titleA-syn-A-table-adults-Y-12252', 'd174-gv-par-no-titleA-syn-T-hotel-guests-L-10992', 'd174-gv-par-no-titleA-syn-T-ship-boxes-L-11559', 'd174-gv-par-no-titleA-syn-T-ship-boxes-O-11622', 'd174-gv-teams4-descA-lab-0-hotel-party-O-11283', 'd174-gv-teams4-descA-lab-A-hotel-party-Y-11409', 'd174-gv-teams4-descA-lab-T-hotel-party-L-11157', 'd174-gv-teams4-descA-syn-0-hotel-guests-O-11015', 'd174-gv-teams4-descA-syn-0-hotel-party-L-11156', 'd174-gv-teams4-descA-syn-0-ship-boxes-L-11519', 'd174-gv-teams4-descA-syn-0-ship-boxes-O-11582', 'd174-gv-teams4-descA-syn-A-course-seats-L-12653', 'd174-gv-teams4-descA-syn-A-hotel-guests-L-10952', 'd174-gv-teams4-descA-syn-A-hotel-guests-Y-11078', 'd174-gv-teams4-descA-syn-A-hotel-party-O-11282', 'd174-gv-teams4-descA-syn-A-table-adults-Y-12212', 'd174-gv-teams4-descA-syn-T-course-seats-O-12716', 'd174-gv-teams4-descA-syn-T-course-seats-Y-12779', 'd174-gv-teams4-descA-syn-T-hotel-party-Y-11408', 'd174-gv-teams4-descA-syn-T-ship-boxes-Y-11645', 'd174-gv-teams4-descA-syn-T-table-adults-L-12086', 'd174-gv-teams4-descA-syn-T-table-adults-O-12149', 'd174-gv-teams4-descName-lab-0-hotel-party-L-11161', 'd174-gv-teams4-descName-lab-0-hotel-party-Y-11413', 'd174-gv-teams4-descName-lab-A-hotel-party-O-11287', 'd174-gv-teams4-descName-syn-0-course-seats-L-12655', 'd174-gv-teams4-descName-syn-0-course-seats-O-12718', 'd174-gv-teams4-descName-syn-0-course-seats-Y-12781', 'd174-gv-teams4-descName-syn-0-hotel-guests-O-11017', 'd174-gv-teams4-descName-syn-0-hotel-party-L-11160', 'd174-gv-teams4-descName-syn-0-hotel-party-O-11286', 'd174-gv-teams4-descName-syn-0-hotel-party-Y-11412', 'd174-gv-teams4-descName-syn-0-ship-boxes-L-11521', 'd174-gv-teams4-descName-syn-0-table-adults-Y-12214', 'd174-gv-teams4-descName-syn-A-hotel-guests-L-10954', 'd174-gv-teams4-descName-syn-A-ship-boxes-O-11584', 'd174-gv-teams4-descName-syn-A-ship-boxes-Y-11647', 'd174-gv-teams4-descName-syn-A-table-adults-L-12088', 'd174-gv-teams4-descName-syn-A-table-adults-O-12151', 'd174-gv-teams4-titleA-lab-A-hotel-party-L-11159', 'd174-gv-teams4-titleA-lab-A-hotel-party-O-11285', 'd174-gv-teams4-titleA-lab-A-hotel-party-Y-11411', 'd174-gv-teams4-titleA-syn-0-hotel-guests-O-11016', 'd174-gv-teams4-titleA-syn-0-hotel-party-O-11284', 'd174-gv-teams4-titleA-syn-0-hotel-party-Y-11410', 'd174-gv-teams4-titleA-syn-0-ship-boxes-L-11520', 'd174-gv-teams4-titleA-syn-0-table-adults-O-12150', 'd174-gv-teams4-titleA-syn-A-course-seats-O-12717', 'd174-gv-teams4-titleA-syn-A-course-seats-Y-12780', 'd174-gv-teams4-titleA-syn-A-hotel-guests-L-10953', 'd174-gv-teams4-titleA-syn-A-hotel-party-L-11158', 'd174-gv-teams4-titleA-syn-A-ship-boxes-O-11583', 'd174-gv-teams4-titleA-syn-T-course-seats-L-12654', 'd174-gv-teams4-titleA-syn-T-hotel-guests-Y-11079', 'd174-gv-teams4-titleA-syn-T-ship-boxes-Y-11646', 'd174-gv-teams4-titleA-syn-T-table-adults-L-12087', 'd174-gv-teams4-titleA-syn-T-table-adults-Y-12213', 'd174-gv-tens-descA-lab-0-hotel-party-L-11205', 'd174-gv-tens-descA-lab-0-hotel-party-O-11331', 'd174-gv-tens-descA-lab-A-hotel-party-Y-11457', 'd174-gv-tens-descA-syn-0-ship-boxes-L-11543', 'd174-gv-tens-descA-syn-A-course-seats-L-12677', 'd174-gv-tens-descA-syn-A-course-seats-Y-12803', 'd174-gv-tens-descA-syn-A-hotel-guests-O-11039', 'd174-gv-tens-descA-syn-A-hotel-party-L-11204', 'd174-gv-tens-descA-syn-A-ship-boxes-O-11606', 'd174-gv-tens-descA-syn-T-course-seats-O-12740', 'd174-gv-tens-descA-syn-T-hotel-guests-L-10976', 'd174-gv-tens-descA-syn-T-hotel-guests-Y-11102', 'd174-gv-tens-descA-syn-T-hotel-party-O-11330', 'd174-gv-tens-descA-syn-T-hotel-party-Y-11456', 'd174-gv-tens-descA-syn-T-ship-boxes-Y-11669', 'd174-gv-tens-descA-syn-T-table-adults-L-12110', 'd174-gv-tens-descA-syn-T-table-adults-Y-12236', 'd174-gv-tens-descName-lab-0-hotel-party-L-11209', 'd174-gv-tens-descName-lab-0-hotel-party-Y-11461', 'd174-gv-tens-descName-lab-A-hotel-party-O-11335', 'd174-gv-tens-descName-syn-0-hotel-party-Y-11460', 'd174-gv-tens-descName-syn-0-ship-boxes-O-11608', 'd174-gv-tens-descName-syn-0-table-adults-Y-12238', 'd174-gv-tens-descName-syn-A-course-seats-L-12679', 'd174-gv-tens-descName-syn-A-course-seats-O-12742', 'd174-gv-tens-descName-syn-A-course-seats-Y-12805', 'd174-gv-tens-descName-syn-A-hotel-guests-L-10978', 'd174-gv-tens-descName-syn-A-hotel-guests-O-11041', 'd174-gv-tens-descName-syn-A-hotel-guests-Y-11104', 'd174-gv-tens-descName-syn-A-hotel-party-L-11208', 'd174-gv-tens-descName-syn-A-hotel-party-O-11334', 'd174-gv-tens-descName-syn-A-ship-boxes-L-11545', 'd174-gv-tens-descName-syn-A-ship-boxes-Y-11671', 'd174-gv-tens-descName-syn-A-table-adults-L-12112', 'd174-gv-tens-descName-syn-A-table-adults-O-12175', 'd174-gv-tens-titleA-lab-0-hotel-party-L-11207', 'd174-gv-tens-titleA-lab-0-hotel-party-O-11333', 'd174-gv-tens-titleA-lab-0-hotel-party-Y-11459', 'd174-gv-tens-titleA-syn-0-course-seats-L-12678', 'd174-gv-tens-titleA-syn-0-hotel-guests-O-11040', 'd174-gv-tens-titleA-syn-0-hotel-party-Y-11458', 'd174-gv-tens-titleA-syn-0-table-adults-O-12174', 'd174-gv-tens-titleA-syn-A-course-seats-Y-12804', 'd174-gv-tens-titleA-syn-A-hotel-guests-Y-11103', 'd174-gv-tens-titleA-syn-A-hotel-party-L-11206', 'd174-gv-tens-titleA-syn-A-hotel-party-O-11332', 'd174-gv-tens-titleA-syn-A-ship-boxes-L-11544', 'd174-gv-tens-titleA-syn-A-ship-boxes-O-11607', 'd174-gv-tens-titleA-syn-A-ship-boxes-Y-11670', 'd174-gv-tens-titleA-syn-A-table-adults-L-12111', 'd174-gv-tens-titleA-syn-A-table-adults-Y-12237', 'd174-gv-tens-titleA-syn-T-course-seats-O-12741', 'd174-gv-tens-titleA-syn-T-hotel-guests-L-10977', 'd174-gv-trios-descA-lab-0-hotel-party-O-11277', 'd174-gv-trios-descA-lab-0-hotel-party-Y-11403', 'd174-gv-trios-descA-lab-T-hotel-party-L-11151', 'd174-gv-trios-descA-syn-0-hotel-guests-Y-11075', 'd174-gv-trios-descA-syn-0-hotel-party-Y-11402', 'd174-gv-trios-descA-syn-0-table-adults-Y-12209', 'd174-gv-trios-descA-syn-A-course-seats-O-12713', 'd174-gv-trios-descA-syn-A-hotel-guests-L-10949', 'd174-gv-trios-descA-syn-A-hotel-party-L-11150', 'd174-gv-trios-descA-syn-A-hotel-party-O-11276', 'd174-gv-trios-descA-syn-A-ship-boxes-L-11516', 'd174-gv-trios-descA-syn-A-table-adults-O-12146', 'd174-gv-trios-descA-syn-T-course-seats-L-12650', 'd174-gv-trios-descA-syn-T-course-seats-Y-12776', 'd174-gv-trios-descA-syn-T-hotel-guests-O-11012', 'd174-gv-trios-descA-syn-T-ship-boxes-O-11579', 'd174-gv-trios-descA-syn-T-ship-boxes-Y-11642', 'd174-gv-trios-descA-syn-T-table-adults-L-12083', 'd174-gv-trios-descName-lab-0-hotel-party-L-11155', 'd174-gv-trios-descName-lab-A-hotel-party-O-11281', 'd174-gv-trios-descName-lab-A-hotel-party-Y-11407', 'd174-gv-trios-descName-syn-0-course-seats-L-12652', 'd174-gv-trios-descName-syn-0-course-seats-O-12715', 'd174-gv-trios-descName-syn-0-course-seats-Y-12778', 'd174-gv-trios-descName-syn-0-hotel-party-Y-11406', 'd174-gv-trios-descName-syn-0-ship-boxes-Y-11644', 'd174-gv-trios-descName-syn-0-table-adults-Y-12211', 'd174-gv-trios-descName-syn-A-hotel-guests-L-10951', 'd174-gv-trios-descName-syn-A-hotel-guests-O-11014', 'd174-gv-trios-descName-syn-A-hotel-guests-Y-11077', 'd174-gv-trios-descName-syn-A-hotel-party-L-11154', 'd174-gv-trios-descName-syn-A-hotel-party-O-11280', 'd174-gv-trios-descName-syn-A-ship-boxes-L-11518', 'd174-gv-trios-descName-syn-A-ship-boxes-O-11581', 'd174-gv-trios-descName-syn-A-table-adults-L-12085', 'd174-gv-trios-descName-syn-A-table-adults-O-12148', 'd174-gv-trios-titleA-lab-A-hotel-party-L-11153', 'd174-gv-trios-titleA-lab-A-hotel-party-O-11279', 'd174-gv-trios-titleA-lab-T-hotel-party-Y-11405', 'd174-gv-trios-titleA-syn-0-course-seats-L-12651', 'd174-gv-trios-titleA-syn-0-course-seats-Y-12777', 'd174-gv-trios-titleA-syn-0-hotel-guests-L-10950', 'd174-gv-trios-titleA-syn-0-hotel-party-L-11152', 'd174-gv-trios-titleA-syn-0-hotel-party-O-11278', 'd174-gv-trios-titleA-syn-A-hotel-guests-Y-11076', 'd174-gv-trios-titleA-syn-A-hotel-party-Y-11404', 'd174-gv-trios-titleA-syn-A-ship-boxes-L-11517', 'd174-gv-trios-titleA-syn-A-ship-boxes-O-11580', 'd174-gv-trios-titleA-syn-A-ship-boxes-Y-11643', 'd174-gv-trios-titleA-syn-A-table-adults-L-12084', 'd174-gv-trios-titleA-syn-A-table-adults-O-12147', 'd174-gv-trios-titleA-syn-T-course-seats-O-12714', 'd174-gv-trios-titleA-syn-T-hotel-guests-O-11013', 'd174-gv-trios-titleA-syn-T-table-adults-Y-12210']
r174_found = set(r174_found_list)
r174_found_alone = set(['d174-ds-lab-couples-A-hotel-party-L-7682', 'd174-ds-lab-couples-A-hotel-party-L-9467', 'd174-ds-lab-couples-A-hotel-party-Y-7772', 'd174-ds-syn-couples-A-course-seats-L-10532', 'd174-ds-syn-couples-A-course-seats-L-8822', 'd174-ds-syn-couples-A-course-seats-Y-10616', 'd174-ds-syn-couples-A-course-seats-Y-8912', 'd174-ds-syn-couples-A-hotel-guests-L-7472', 'd174-ds-syn-couples-A-hotel-guests-L-9272', 'd174-ds-syn-couples-A-hotel-guests-Y-7562', 'd174-ds-syn-couples-A-hotel-guests-Y-9356', 'd174-ds-syn-couples-A-hotel-party-L-7697', 'd174-ds-syn-couples-A-hotel-party-L-9482', 'd174-ds-syn-couples-A-hotel-party-Y-9566', 'd174-ds-syn-couples-A-ship-boxes-L-7922', 'd174-ds-syn-couples-A-ship-boxes-L-9692', 'd174-ds-syn-couples-A-ship-boxes-Y-8012', 'd174-ds-syn-couples-A-ship-boxes-Y-9776', 'd174-ds-syn-couples-A-table-adults-L-10112', 'd174-ds-syn-couples-A-table-adults-L-8372', 'd174-ds-syn-couples-A-table-adults-Y-10196', 'd174-ds-syn-couples-A-table-adults-Y-8462', 'd174-dv-lab-couples-0-hotel-party-L-7683', 'd174-dv-lab-couples-0-hotel-party-L-9468', 'd174-dv-lab-couples-0-hotel-party-O-7728', 'd174-dv-lab-couples-0-hotel-party-O-9510', 'd174-dv-lab-couples-0-hotel-party-Y-7773', 'd174-dv-lab-couples-0-hotel-party-Y-9552', 'd174-dv-lab-couples-A-hotel-party-L-7682', 'd174-dv-lab-couples-A-hotel-party-L-9467', 'd174-dv-lab-couples-A-hotel-party-O-7727', 'd174-dv-lab-couples-A-hotel-party-O-9509', 'd174-dv-lab-couples-A-hotel-party-Y-7772', 'd174-dv-lab-couples-A-hotel-party-Y-9551', 'd174-dv-lab-couples-T-hotel-party-L-7684', 'd174-dv-lab-couples-T-hotel-party-L-9469', 'd174-dv-lab-couples-T-hotel-party-O-7729', 'd174-dv-lab-couples-T-hotel-party-O-9511', 'd174-dv-lab-couples-T-hotel-party-Y-9553', 'd174-dv-syn-couples-0-course-seats-L-10533', 'd174-dv-syn-couples-0-course-seats-L-8823', 'd174-dv-syn-couples-0-course-seats-O-10575', 'd174-dv-syn-couples-0-course-seats-O-8868', 'd174-dv-syn-couples-0-course-seats-Y-10617', 'd174-dv-syn-couples-0-course-seats-Y-8913', 'd174-dv-syn-couples-0-hotel-guests-L-7473', 'd174-dv-syn-couples-0-hotel-guests-L-9273', 'd174-dv-syn-couples-0-hotel-guests-O-7518', 'd174-dv-syn-couples-0-hotel-guests-O-9315', 'd174-dv-syn-couples-0-hotel-guests-Y-7563', 'd174-dv-syn-couples-0-hotel-guests-Y-9357', 'd174-dv-syn-couples-0-hotel-party-L-7698', 'd174-dv-syn-couples-0-hotel-party-L-9483', 'd174-dv-syn-couples-0-hotel-party-O-7743', 'd174-dv-syn-couples-0-hotel-party-O-9525', 'd174-dv-syn-couples-0-hotel-party-Y-7788', 'd174-dv-syn-couples-0-hotel-party-Y-9567', 'd174-dv-syn-couples-0-ship-boxes-L-7923', 'd174-dv-syn-couples-0-ship-boxes-L-9693', 'd174-dv-syn-couples-0-ship-boxes-O-7968', 'd174-dv-syn-couples-0-ship-boxes-O-9735', 'd174-dv-syn-couples-0-ship-boxes-Y-8013', 'd174-dv-syn-couples-0-ship-boxes-Y-9777', 'd174-dv-syn-couples-0-table-adults-L-10113', 'd174-dv-syn-couples-0-table-adults-L-8373', 'd174-dv-syn-couples-0-table-adults-O-10155', 'd174-dv-syn-couples-0-table-adults-O-8418', 'd174-dv-syn-couples-0-table-adults-Y-10197', 'd174-dv-syn-couples-0-table-adults-Y-8463', 'd174-dv-syn-couples-A-course-seats-L-10532', 'd174-dv-syn-couples-A-course-seats-L-8822', 'd174-dv-syn-couples-A-course-seats-O-10574', 'd174-dv-syn-couples-A-course-seats-O-8867', 'd174-dv-syn-couples-A-course-seats-Y-10616', 'd174-dv-syn-couples-A-course-seats-Y-8912', 'd174-dv-syn-couples-A-hotel-guests-L-7472', 'd174-dv-syn-couples-A-hotel-guests-L-9272', 'd174-dv-syn-couples-A-hotel-guests-O-7517', 'd174-dv-syn-couples-A-hotel-guests-O-9314', 'd174-dv-syn-couples-A-hotel-guests-Y-7562', 'd174-dv-syn-couples-A-hotel-guests-Y-9356', 'd174-dv-syn-couples-A-hotel-party-L-7697', 'd174-dv-syn-couples-A-hotel-party-L-9482', 'd174-dv-syn-couples-A-hotel-party-O-7742', 'd174-dv-syn-couples-A-hotel-party-O-9524', 'd174-dv-syn-couples-A-hotel-party-Y-9566', 'd174-dv-syn-couples-A-ship-boxes-L-7922', 'd174-dv-syn-couples-A-ship-boxes-L-9692', 'd174-dv-syn-couples-A-ship-boxes-O-7967', 'd174-dv-syn-couples-A-ship-boxes-O-9734', 'd174-dv-syn-couples-A-ship-boxes-Y-8012', 'd174-dv-syn-couples-A-ship-boxes-Y-9776', 'd174-dv-syn-couples-A-table-adults-L-10112', 'd174-dv-syn-couples-A-table-adults-L-8372', 'd174-dv-syn-couples-A-table-adults-O-10154', 'd174-dv-syn-couples-A-table-adults-O-8417', 'd174-dv-syn-couples-A-table-adults-Y-10196', 'd174-dv-syn-couples-A-table-adults-Y-8462', 'd174-dv-syn-couples-T-course-seats-L-10534', 'd174-dv-syn-couples-T-course-seats-L-8824', 'd174-dv-syn-couples-T-course-seats-O-10576', 'd174-dv-syn-couples-T-course-seats-O-8869', 'd174-dv-syn-couples-T-course-seats-Y-8914', 'd174-dv-syn-couples-T-hotel-guests-L-7474', 'd174-dv-syn-couples-T-hotel-guests-L-9274', 'd174-dv-syn-couples-T-hotel-guests-O-7519', 'd174-dv-syn-couples-T-hotel-guests-O-9316', 'd174-dv-syn-couples-T-hotel-guests-Y-7564', 'd174-dv-syn-couples-T-hotel-guests-Y-9358', 'd174-dv-syn-couples-T-hotel-party-L-7699', 'd174-dv-syn-couples-T-hotel-party-L-9484', 'd174-dv-syn-couples-T-hotel-party-O-7744', 'd174-dv-syn-couples-T-hotel-party-O-9526', 'd174-dv-syn-couples-T-hotel-party-Y-7789', 'd174-dv-syn-couples-T-hotel-party-Y-9568', 'd174-dv-syn-couples-T-ship-boxes-L-7924', 'd174-dv-syn-couples-T-ship-boxes-L-9694', 'd174-dv-syn-couples-T-ship-boxes-O-7969', 'd174-dv-syn-couples-T-ship-boxes-O-9736', 'd174-dv-syn-couples-T-ship-boxes-Y-8014', 'd174-dv-syn-couples-T-ship-boxes-Y-9778', 'd174-dv-syn-couples-T-table-adults-L-10114', 'd174-dv-syn-couples-T-table-adults-L-8374', 'd174-dv-syn-couples-T-table-adults-O-10156', 'd174-dv-syn-couples-T-table-adults-O-8419', 'd174-dv-syn-couples-T-table-adults-Y-10198', 'd174-dv-syn-couples-T-table-adults-Y-8464', 'd174-gv-booker-descA-lab-0-hotel-party-Y-11469', 'd174-gv-booker-descA-lab-A-hotel-party-L-11217', 'd174-gv-booker-descA-lab-T-hotel-party-O-11343', 'd174-gv-booker-descA-syn-0-hotel-guests-O-11045', 'd174-gv-booker-descA-syn-0-hotel-guests-Y-11108', 'd174-gv-booker-descA-syn-0-hotel-party-L-11216', 'd174-gv-booker-descA-syn-0-hotel-party-O-11342', 'd174-gv-booker-descA-syn-0-ship-boxes-L-11549', 'd174-gv-booker-descA-syn-A-course-seats-L-12683', 'd174-gv-booker-descA-syn-A-course-seats-O-12746', 'd174-gv-booker-descA-syn-A-hotel-party-Y-11468', 'd174-gv-booker-descA-syn-A-ship-boxes-Y-11675', 'd174-gv-booker-descA-syn-A-table-adults-L-12116', 'd174-gv-booker-descA-syn-T-course-seats-Y-12809', 'd174-gv-booker-descA-syn-T-hotel-guests-L-10982', 'd174-gv-booker-descA-syn-T-ship-boxes-O-11612', 'd174-gv-booker-descA-syn-T-table-adults-O-12179', 'd174-gv-booker-descA-syn-T-table-adults-Y-12242', 'd174-gv-booker-descName-lab-0-hotel-party-L-11221', 'd174-gv-booker-descName-lab-0-hotel-party-Y-11473', 'd174-gv-booker-descName-lab-A-hotel-party-O-11347', 'd174-gv-booker-descName-syn-0-course-seats-L-12685', 'd174-gv-booker-descName-syn-0-hotel-party-L-11220', 'd174-gv-booker-descName-syn-0-hotel-party-O-11346', 'd174-gv-booker-descName-syn-0-hotel-party-Y-11472', 'd174-gv-booker-descName-syn-0-ship-boxes-L-11551', 'd174-gv-booker-descName-syn-0-ship-boxes-O-11614', 'd174-gv-booker-descName-syn-0-table-adults-O-12181', 'd174-gv-booker-descName-syn-A-course-seats-O-12748', 'd174-gv-booker-descName-syn-A-course-seats-Y-12811', 'd174-gv-booker-descName-syn-A-hotel-guests-L-10984', 'd174-gv-booker-descName-syn-A-hotel-guests-O-11047', 'd174-gv-booker-descName-syn-A-hotel-guests-Y-11110', 'd174-gv-booker-descName-syn-A-ship-boxes-Y-11677', 'd174-gv-booker-descName-syn-A-table-adults-L-12118', 'd174-gv-booker-descName-syn-A-table-adults-Y-12244', 'd174-gv-booker-titleA-lab-0-hotel-party-L-11219', 'd174-gv-booker-titleA-lab-T-hotel-party-O-11345', 'd174-gv-booker-titleA-lab-T-hotel-party-Y-11471', 'd174-gv-booker-titleA-syn-0-course-seats-O-12747', 'd174-gv-booker-titleA-syn-0-ship-boxes-L-11550', 'd174-gv-booker-titleA-syn-0-table-adults-O-12180', 'd174-gv-booker-titleA-syn-0-table-adults-Y-12243', 'd174-gv-booker-titleA-syn-A-course-seats-L-12684', 'd174-gv-booker-titleA-syn-A-hotel-party-O-11344', 'd174-gv-booker-titleA-syn-A-hotel-party-Y-11470', 'd174-gv-booker-titleA-syn-A-table-adults-L-12117', 'd174-gv-booker-titleA-syn-T-course-seats-Y-12810', 'd174-gv-booker-titleA-syn-T-hotel-guests-L-10983', 'd174-gv-booker-titleA-syn-T-hotel-guests-O-11046', 'd174-gv-booker-titleA-syn-T-hotel-guests-Y-11109', 'd174-gv-booker-titleA-syn-T-hotel-party-L-11218', 'd174-gv-booker-titleA-syn-T-ship-boxes-O-11613', 'd174-gv-booker-titleA-syn-T-ship-boxes-Y-11676', 'd174-gv-couples-descA-lab-0-hotel-party-O-11253', 'd174-gv-couples-descA-lab-0-hotel-party-Y-11379', 'd174-gv-couples-descA-lab-T-hotel-party-L-11127', 'd174-gv-couples-descA-syn-0-hotel-guests-L-10937', 'd174-gv-couples-descA-syn-0-hotel-guests-O-11000', 'd174-gv-couples-descA-syn-0-hotel-party-L-11126', 'd174-gv-couples-descA-syn-0-hotel-party-O-11252', 'd174-gv-couples-descA-syn-0-ship-boxes-L-11504', 'd174-gv-couples-descA-syn-0-ship-boxes-Y-11630', 'd174-gv-couples-descA-syn-A-course-seats-Y-12764', 'd174-gv-couples-descA-syn-A-table-adults-L-12071', 'd174-gv-couples-descA-syn-A-table-adults-O-12134', 'd174-gv-couples-descA-syn-T-course-seats-L-12638', 'd174-gv-couples-descA-syn-T-course-seats-O-12701', 'd174-gv-couples-descA-syn-T-hotel-party-Y-11378', 'd174-gv-couples-descA-syn-T-ship-boxes-O-11567', 'd174-gv-couples-descA-syn-T-table-adults-Y-12197', 'd174-gv-couples-descName-lab-0-hotel-party-Y-11383', 'd174-gv-couples-descName-lab-A-hotel-party-L-11131', 'd174-gv-couples-descName-lab-A-hotel-party-O-11257', 'd174-gv-couples-descName-syn-0-course-seats-O-12703', 'd174-gv-couples-descName-syn-0-ship-boxes-L-11506', 'd174-gv-couples-descName-syn-0-ship-boxes-O-11569', 'd174-gv-couples-descName-syn-0-table-adults-O-12136', 'd174-gv-couples-descName-syn-0-table-adults-Y-12199', 'd174-gv-couples-descName-syn-A-course-seats-L-12640', 'd174-gv-couples-descName-syn-A-hotel-guests-L-10939', 'd174-gv-couples-descName-syn-A-hotel-guests-O-11002', 'd174-gv-couples-descName-syn-A-hotel-party-L-11130', 'd174-gv-couples-descName-syn-A-hotel-party-O-11256', 'd174-gv-couples-descName-syn-A-hotel-party-Y-11382', 'd174-gv-couples-descName-syn-A-ship-boxes-Y-11632', 'd174-gv-couples-descName-syn-A-table-adults-L-12073', 'd174-gv-couples-fr-descA-lab-0-hotel-party-L-11247', 'd174-gv-couples-fr-descA-lab-A-hotel-party-Y-11499', 'd174-gv-couples-fr-descA-lab-T-hotel-party-O-11373', 'd174-gv-couples-fr-descA-syn-0-hotel-guests-L-10997', 'd174-gv-couples-fr-descA-syn-0-hotel-guests-O-11060', 'd174-gv-couples-fr-descA-syn-0-hotel-party-L-11246', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-L-11564', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-O-11627', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-Y-11690', 'd174-gv-couples-fr-descA-syn-A-course-seats-L-12698', 'd174-gv-couples-fr-descA-syn-A-course-seats-O-12761', 'd174-gv-couples-fr-descA-syn-A-course-seats-Y-12824', 'd174-gv-couples-fr-descA-syn-A-table-adults-O-12194', 'd174-gv-couples-fr-descA-syn-A-table-adults-Y-12257', 'd174-gv-couples-fr-descA-syn-T-hotel-guests-Y-11123', 'd174-gv-couples-fr-descA-syn-T-hotel-party-O-11372', 'd174-gv-couples-fr-descA-syn-T-hotel-party-Y-11498', 'd174-gv-couples-fr-descA-syn-T-table-adults-L-12131', 'd174-gv-couples-fr-descName-lab-0-hotel-party-L-11251', 'd174-gv-couples-fr-descName-lab-0-hotel-party-Y-11503', 'd174-gv-couples-fr-descName-lab-A-hotel-party-O-11377', 'd174-gv-couples-fr-descName-syn-0-course-seats-L-12700', 'd174-gv-couples-fr-descName-syn-0-course-seats-O-12763', 'd174-gv-couples-fr-descName-syn-0-course-seats-Y-12826', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-L-10999', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-O-11062', 'd174-gv-couples-fr-descName-syn-0-hotel-guests-Y-11125', 'd174-gv-couples-fr-descName-syn-0-hotel-party-O-11376', 'd174-gv-couples-fr-descName-syn-0-hotel-party-Y-11502', 'd174-gv-couples-fr-descName-syn-0-ship-boxes-O-11629', 'd174-gv-couples-fr-descName-syn-0-table-adults-L-12133', 'd174-gv-couples-fr-descName-syn-A-hotel-party-L-11250', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-L-11566', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-Y-11692', 'd174-gv-couples-fr-descName-syn-A-table-adults-O-12196', 'd174-gv-couples-fr-descName-syn-A-table-adults-Y-12259', 'd174-gv-couples-fr-titleA-lab-0-hotel-party-O-11375', 'd174-gv-couples-fr-titleA-lab-0-hotel-party-Y-11501', 'd174-gv-couples-fr-titleA-lab-T-hotel-party-L-11249', 'd174-gv-couples-fr-titleA-syn-0-course-seats-O-12762', 'd174-gv-couples-fr-titleA-syn-0-hotel-party-O-11374', 'd174-gv-couples-fr-titleA-syn-0-hotel-party-Y-11500', 'd174-gv-couples-fr-titleA-syn-0-ship-boxes-L-11565', 'd174-gv-couples-fr-titleA-syn-0-table-adults-Y-12258', 'd174-gv-couples-fr-titleA-syn-A-course-seats-Y-12825', 'd174-gv-couples-fr-titleA-syn-A-hotel-guests-O-11061', 'd174-gv-couples-fr-titleA-syn-A-ship-boxes-Y-11691', 'd174-gv-couples-fr-titleA-syn-A-table-adults-L-12132', 'd174-gv-couples-fr-titleA-syn-A-table-adults-O-12195', 'd174-gv-couples-fr-titleA-syn-T-course-seats-L-12699', 'd174-gv-couples-fr-titleA-syn-T-hotel-guests-L-10998', 'd174-gv-couples-fr-titleA-syn-T-hotel-guests-Y-11124', 'd174-gv-couples-fr-titleA-syn-T-hotel-party-L-11248', 'd174-gv-couples-fr-titleA-syn-T-ship-boxes-O-11628', 'd174-gv-couples-titleA-lab-A-hotel-party-O-11255', 'd174-gv-couples-titleA-lab-A-hotel-party-Y-11381', 'd174-gv-couples-titleA-lab-T-hotel-party-L-11129', 'd174-gv-couples-titleA-syn-0-hotel-guests-Y-11064', 'd174-gv-couples-titleA-syn-0-hotel-party-L-11128', 'd174-gv-couples-titleA-syn-A-course-seats-L-12639', 'd174-gv-couples-titleA-syn-A-ship-boxes-L-11505', 'd174-gv-couples-titleA-syn-A-ship-boxes-Y-11631', 'd174-gv-couples-titleA-syn-T-course-seats-O-12702', 'd174-gv-couples-titleA-syn-T-hotel-guests-L-10938', 'd174-gv-couples-titleA-syn-T-hotel-guests-O-11001', 'd174-gv-couples-titleA-syn-T-hotel-party-O-11254', 'd174-gv-couples-titleA-syn-T-hotel-party-Y-11380', 'd174-gv-couples-titleA-syn-T-ship-boxes-O-11568', 'd174-gv-couples-titleA-syn-T-table-adults-L-12072', 'd174-gv-couples-titleA-syn-T-table-adults-O-12135', 'd174-gv-couples-titleA-syn-T-table-adults-Y-12198', 'd174-gv-couples2-descA-lab-A-hotel-party-O-11259', 'd174-gv-couples2-descA-lab-T-hotel-party-L-11133', 'd174-gv-couples2-descA-syn-0-hotel-party-L-11132', 'd174-gv-couples2-descA-syn-0-ship-boxes-O-11570', 'd174-gv-couples2-descA-syn-0-table-adults-L-12074', 'd174-gv-couples2-descA-syn-A-course-seats-L-12641', 'd174-gv-couples2-descA-syn-A-course-seats-Y-12767', 'd174-gv-couples2-descA-syn-A-hotel-guests-O-11003', 'd174-gv-couples2-descA-syn-A-hotel-guests-Y-11066', 'd174-gv-couples2-descA-syn-A-hotel-party-O-11258', 'd174-gv-couples2-descA-syn-A-hotel-party-Y-11384', 'd174-gv-couples2-descA-syn-T-course-seats-O-12704', 'd174-gv-couples2-descA-syn-T-hotel-guests-L-10940', 'd174-gv-couples2-descA-syn-T-ship-boxes-L-11507', 'd174-gv-couples2-descA-syn-T-table-adults-O-12137', 'd174-gv-couples2-descA-syn-T-table-adults-Y-12200', 'd174-gv-couples2-descName-lab-0-hotel-party-Y-11389', 'd174-gv-couples2-descName-lab-A-hotel-party-L-11137', 'd174-gv-couples2-descName-lab-A-hotel-party-O-11263', 'd174-gv-couples2-descName-syn-0-course-seats-Y-12769', 'd174-gv-couples2-descName-syn-0-hotel-guests-L-10942', 'd174-gv-couples2-descName-syn-0-hotel-guests-O-11005', 'd174-gv-couples2-descName-syn-0-hotel-guests-Y-11068', 'd174-gv-couples2-descName-syn-0-table-adults-O-12139', 'd174-gv-couples2-descName-syn-A-course-seats-L-12643', 'd174-gv-couples2-descName-syn-A-course-seats-O-12706', 'd174-gv-couples2-descName-syn-A-hotel-party-L-11136', 'd174-gv-couples2-descName-syn-A-hotel-party-O-11262', 'd174-gv-couples2-descName-syn-A-hotel-party-Y-11388', 'd174-gv-couples2-descName-syn-A-ship-boxes-L-11509', 'd174-gv-couples2-descName-syn-A-ship-boxes-O-11572', 'd174-gv-couples2-descName-syn-A-ship-boxes-Y-11635', 'd174-gv-couples2-descName-syn-A-table-adults-L-12076', 'd174-gv-couples2-descName-syn-A-table-adults-Y-12202', 'd174-gv-couples2-titleA-lab-0-hotel-party-L-11135', 'd174-gv-couples2-titleA-lab-A-hotel-party-O-11261', 'd174-gv-couples2-titleA-lab-T-hotel-party-Y-11387', 'd174-gv-couples2-titleA-syn-0-hotel-party-O-11260', 'd174-gv-couples2-titleA-syn-A-hotel-guests-Y-11067', 'd174-gv-couples2-titleA-syn-A-ship-boxes-L-11508', 'd174-gv-couples2-titleA-syn-A-ship-boxes-Y-11634', 'd174-gv-couples2-titleA-syn-A-table-adults-O-12138', 'd174-gv-couples2-titleA-syn-A-table-adults-Y-12201', 'd174-gv-couples2-titleA-syn-T-course-seats-L-12642', 'd174-gv-couples2-titleA-syn-T-course-seats-O-12705', 'd174-gv-couples2-titleA-syn-T-hotel-guests-L-10941', 'd174-gv-couples2-titleA-syn-T-hotel-guests-O-11004', 'd174-gv-couples2-titleA-syn-T-hotel-party-L-11134', 'd174-gv-couples2-titleA-syn-T-hotel-party-Y-11386', 'd174-gv-couples2-titleA-syn-T-ship-boxes-O-11571', 'd174-gv-couples2-titleA-syn-T-table-adults-L-12075', 'd174-gv-driver-descA-lab-0-hotel-party-O-11349', 'd174-gv-driver-descA-lab-A-hotel-party-L-11223', 'd174-gv-driver-descA-lab-A-hotel-party-Y-11475', 'd174-gv-driver-descA-syn-0-course-seats-L-12686', 'd174-gv-driver-descA-syn-0-course-seats-O-12749', 'd174-gv-driver-descA-syn-0-hotel-guests-O-11048', 'd174-gv-driver-descA-syn-0-hotel-party-O-11348', 'd174-gv-driver-descA-syn-0-hotel-party-Y-11474', 'd174-gv-driver-descA-syn-0-ship-boxes-L-11552', 'd174-gv-driver-descA-syn-0-table-adults-L-12119', 'd174-gv-driver-descA-syn-0-table-adults-O-12182', 'd174-gv-driver-descA-syn-0-table-adults-Y-12245', 'd174-gv-driver-descA-syn-A-course-seats-Y-12812', 'd174-gv-driver-descA-syn-A-ship-boxes-O-11615', 'd174-gv-driver-descA-syn-T-hotel-guests-Y-11111', 'd174-gv-driver-descA-syn-T-hotel-party-L-11222', 'd174-gv-driver-descA-syn-T-ship-boxes-Y-11678', 'd174-gv-driver-descName-lab-0-hotel-party-L-11227', 'd174-gv-driver-descName-lab-0-hotel-party-O-11353', 'd174-gv-driver-descName-lab-0-hotel-party-Y-11479', 'd174-gv-driver-descName-syn-0-course-seats-L-12688', 'd174-gv-driver-descName-syn-0-course-seats-O-12751', 'd174-gv-driver-descName-syn-0-course-seats-Y-12814', 'd174-gv-driver-descName-syn-0-hotel-guests-O-11050', 'd174-gv-driver-descName-syn-0-hotel-guests-Y-11113', 'd174-gv-driver-descName-syn-0-hotel-party-L-11226', 'd174-gv-driver-descName-syn-0-hotel-party-O-11352', 'd174-gv-driver-descName-syn-0-ship-boxes-L-11554', 'd174-gv-driver-descName-syn-0-table-adults-L-12121', 'd174-gv-driver-descName-syn-0-table-adults-O-12184', 'd174-gv-driver-descName-syn-A-hotel-guests-L-10987', 'd174-gv-driver-descName-syn-A-hotel-party-Y-11478', 'd174-gv-driver-descName-syn-A-ship-boxes-O-11617', 'd174-gv-driver-descName-syn-A-ship-boxes-Y-11680', 'd174-gv-driver-descName-syn-A-table-adults-Y-12247', 'd174-gv-driver-titleA-lab-0-hotel-party-L-11225', 'd174-gv-driver-titleA-lab-0-hotel-party-O-11351', 'd174-gv-driver-titleA-lab-0-hotel-party-Y-11477', 'd174-gv-driver-titleA-syn-0-course-seats-L-12687', 'd174-gv-driver-titleA-syn-0-hotel-party-O-11350', 'd174-gv-driver-titleA-syn-0-table-adults-O-12183', 'd174-gv-driver-titleA-syn-A-course-seats-O-12750', 'd174-gv-driver-titleA-syn-A-course-seats-Y-12813', 'd174-gv-driver-titleA-syn-A-hotel-guests-O-11049', 'd174-gv-driver-titleA-syn-A-hotel-guests-Y-11112', 'd174-gv-driver-titleA-syn-A-hotel-party-L-11224', 'd174-gv-driver-titleA-syn-A-hotel-party-Y-11476', 'd174-gv-driver-titleA-syn-T-hotel-guests-L-10986', 'd174-gv-driver-titleA-syn-T-ship-boxes-L-11553', 'd174-gv-driver-titleA-syn-T-ship-boxes-O-11616', 'd174-gv-driver-titleA-syn-T-ship-boxes-Y-11679', 'd174-gv-driver-titleA-syn-T-table-adults-L-12120', 'd174-gv-driver-titleA-syn-T-table-adults-Y-12246', 'd174-gv-fam4-descA-lab-0-hotel-party-O-11289', 'd174-gv-fam4-descA-lab-A-hotel-party-Y-11415', 'd174-gv-fam4-descA-lab-T-hotel-party-L-11163', 'd174-gv-fam4-descA-syn-0-course-seats-Y-12782', 'd174-gv-fam4-descA-syn-0-hotel-party-L-11162', 'd174-gv-fam4-descA-syn-A-course-seats-L-12656', 'd174-gv-fam4-descA-syn-A-course-seats-O-12719', 'd174-gv-fam4-descA-syn-A-hotel-guests-Y-11081', 'd174-gv-fam4-descA-syn-A-hotel-party-O-11288', 'd174-gv-fam4-descA-syn-A-table-adults-Y-12215', 'd174-gv-fam4-descA-syn-T-hotel-guests-L-10955', 'd174-gv-fam4-descA-syn-T-hotel-guests-O-11018', 'd174-gv-fam4-descA-syn-T-hotel-party-Y-11414', 'd174-gv-fam4-descA-syn-T-ship-boxes-L-11522', 'd174-gv-fam4-descA-syn-T-ship-boxes-O-11585', 'd174-gv-fam4-descA-syn-T-table-adults-L-12089', 'd174-gv-fam4-descA-syn-T-table-adults-O-12152', 'd174-gv-fam4-descName-lab-0-hotel-party-Y-11419', 'd174-gv-fam4-descName-lab-A-hotel-party-L-11167', 'd174-gv-fam4-descName-lab-A-hotel-party-O-11293', 'd174-gv-fam4-descName-syn-0-course-seats-L-12658', 'd174-gv-fam4-descName-syn-0-course-seats-Y-12784', 'd174-gv-fam4-descName-syn-0-hotel-guests-L-10957', 'd174-gv-fam4-descName-syn-0-hotel-party-L-11166', 'd174-gv-fam4-descName-syn-0-hotel-party-O-11292', 'd174-gv-fam4-descName-syn-0-hotel-party-Y-11418', 'd174-gv-fam4-descName-syn-0-ship-boxes-L-11524', 'd174-gv-fam4-descName-syn-0-ship-boxes-O-11587', 'd174-gv-fam4-descName-syn-0-table-adults-L-12091', 'd174-gv-fam4-descName-syn-0-table-adults-O-12154', 'd174-gv-fam4-descName-syn-A-course-seats-O-12721', 'd174-gv-fam4-descName-syn-A-hotel-guests-O-11020', 'd174-gv-fam4-descName-syn-A-hotel-guests-Y-11083', 'd174-gv-fam4-descName-syn-A-table-adults-Y-12217', 'd174-gv-fam4-titleA-lab-0-hotel-party-L-11165', 'd174-gv-fam4-titleA-lab-A-hotel-party-O-11291', 'd174-gv-fam4-titleA-lab-T-hotel-party-Y-11417', 'd174-gv-fam4-titleA-syn-0-course-seats-O-12720', 'd174-gv-fam4-titleA-syn-0-course-seats-Y-12783', 'd174-gv-fam4-titleA-syn-0-hotel-guests-L-10956', 'd174-gv-fam4-titleA-syn-A-course-seats-L-12657', 'd174-gv-fam4-titleA-syn-A-table-adults-L-12090', 'd174-gv-fam4-titleA-syn-T-hotel-guests-O-11019', 'd174-gv-fam4-titleA-syn-T-hotel-guests-Y-11082', 'd174-gv-fam4-titleA-syn-T-hotel-party-L-11164', 'd174-gv-fam4-titleA-syn-T-hotel-party-O-11290', 'd174-gv-fam4-titleA-syn-T-hotel-party-Y-11416', 'd174-gv-fam4-titleA-syn-T-ship-boxes-L-11523', 'd174-gv-fam4-titleA-syn-T-ship-boxes-O-11586', 'd174-gv-fam4-titleA-syn-T-ship-boxes-Y-11649', 'd174-gv-fam4-titleA-syn-T-table-adults-O-12153', 'd174-gv-fam4-titleA-syn-T-table-adults-Y-12216', 'd174-gv-host-descA-lab-0-hotel-party-O-11337', 'd174-gv-host-descA-lab-0-hotel-party-Y-11463', 'd174-gv-host-descA-lab-A-hotel-party-L-11211', 'd174-gv-host-descA-syn-0-hotel-guests-O-11042', 'd174-gv-host-descA-syn-0-hotel-party-O-11336', 'd174-gv-host-descA-syn-0-ship-boxes-L-11546', 'd174-gv-host-descA-syn-0-ship-boxes-O-11609', 'd174-gv-host-descA-syn-0-ship-boxes-Y-11672', 'd174-gv-host-descA-syn-0-table-adults-O-12176', 'd174-gv-host-descA-syn-A-course-seats-O-12743', 'd174-gv-host-descA-syn-A-course-seats-Y-12806', 'd174-gv-host-descA-syn-A-hotel-guests-L-10979', 'd174-gv-host-descA-syn-A-hotel-party-L-11210', 'd174-gv-host-descA-syn-A-hotel-party-Y-11462', 'd174-gv-host-descA-syn-A-table-adults-Y-12239', 'd174-gv-host-descA-syn-T-course-seats-L-12680', 'd174-gv-host-descA-syn-T-hotel-guests-Y-11105', 'd174-gv-host-descA-syn-T-table-adults-L-12113', 'd174-gv-host-descName-lab-0-hotel-party-L-11215', 'd174-gv-host-descName-lab-0-hotel-party-O-11341', 'd174-gv-host-descName-lab-A-hotel-party-Y-11467', 'd174-gv-host-descName-syn-0-course-seats-Y-12808', 'd174-gv-host-descName-syn-0-hotel-guests-O-11044', 'd174-gv-host-descName-syn-0-hotel-guests-Y-11107', 'd174-gv-host-descName-syn-0-hotel-party-L-11214', 'd174-gv-host-descName-syn-0-hotel-party-O-11340', 'd174-gv-host-descName-syn-0-hotel-party-Y-11466', 'd174-gv-host-descName-syn-0-ship-boxes-L-11548', 'd174-gv-host-descName-syn-0-ship-boxes-Y-11674', 'd174-gv-host-descName-syn-0-table-adults-L-12115', 'd174-gv-host-descName-syn-0-table-adults-Y-12241', 'd174-gv-host-descName-syn-A-course-seats-L-12682', 'd174-gv-host-descName-syn-A-course-seats-O-12745', 'd174-gv-host-descName-syn-A-hotel-guests-L-10981', 'd174-gv-host-descName-syn-A-ship-boxes-O-11611', 'd174-gv-host-descName-syn-A-table-adults-O-12178', 'd174-gv-host-titleA-lab-0-hotel-party-O-11339', 'd174-gv-host-titleA-lab-T-hotel-party-L-11213', 'd174-gv-host-titleA-lab-T-hotel-party-Y-11465', 'd174-gv-host-titleA-syn-0-course-seats-Y-12807', 'd174-gv-host-titleA-syn-0-hotel-guests-O-11043', 'd174-gv-host-titleA-syn-0-hotel-guests-Y-11106', 'd174-gv-host-titleA-syn-0-hotel-party-O-11338', 'd174-gv-host-titleA-syn-0-hotel-party-Y-11464', 'd174-gv-host-titleA-syn-0-table-adults-Y-12240', 'd174-gv-host-titleA-syn-A-course-seats-O-12744', 'd174-gv-host-titleA-syn-A-ship-boxes-L-11547', 'd174-gv-host-titleA-syn-A-table-adults-L-12114', 'd174-gv-host-titleA-syn-T-course-seats-L-12681', 'd174-gv-host-titleA-syn-T-hotel-guests-L-10980', 'd174-gv-host-titleA-syn-T-hotel-party-L-11212', 'd174-gv-host-titleA-syn-T-ship-boxes-O-11610', 'd174-gv-host-titleA-syn-T-ship-boxes-Y-11673', 'd174-gv-host-titleA-syn-T-table-adults-O-12177', 'd174-gv-neg-descA-lab-0-hotel-party-O-11355', 'd174-gv-neg-descA-lab-0-hotel-party-Y-11481', 'd174-gv-neg-descA-lab-T-hotel-party-L-11229', 'd174-gv-neg-descA-syn-0-hotel-guests-L-10988', 'd174-gv-neg-descA-syn-0-hotel-guests-O-11051', 'd174-gv-neg-descA-syn-0-table-adults-L-12122', 'd174-gv-neg-descA-syn-A-course-seats-L-12689', 'd174-gv-neg-descA-syn-A-course-seats-Y-12815', 'd174-gv-neg-descA-syn-A-hotel-guests-Y-11114', 'd174-gv-neg-descA-syn-A-hotel-party-O-11354', 'd174-gv-neg-descA-syn-A-hotel-party-Y-11480', 'd174-gv-neg-descA-syn-A-ship-boxes-O-11618', 'd174-gv-neg-descA-syn-A-table-adults-O-12185', 'd174-gv-neg-descA-syn-T-course-seats-O-12752', 'd174-gv-neg-descA-syn-T-hotel-party-L-11228', 'd174-gv-neg-descA-syn-T-ship-boxes-L-11555', 'd174-gv-neg-descA-syn-T-ship-boxes-Y-11681', 'd174-gv-neg-descA-syn-T-table-adults-Y-12248', 'd174-gv-neg-descName-lab-0-hotel-party-L-11233', 'd174-gv-neg-descName-lab-A-hotel-party-O-11359', 'd174-gv-neg-descName-lab-A-hotel-party-Y-11485', 'd174-gv-neg-descName-syn-0-course-seats-O-12754', 'd174-gv-neg-descName-syn-0-hotel-guests-L-10990', 'd174-gv-neg-descName-syn-0-hotel-party-O-11358', 'd174-gv-neg-descName-syn-0-ship-boxes-Y-11683', 'd174-gv-neg-descName-syn-0-table-adults-L-12124', 'd174-gv-neg-descName-syn-0-table-adults-O-12187', 'd174-gv-neg-descName-syn-A-course-seats-L-12691', 'd174-gv-neg-descName-syn-A-course-seats-Y-12817', 'd174-gv-neg-descName-syn-A-hotel-guests-O-11053', 'd174-gv-neg-descName-syn-A-hotel-guests-Y-11116', 'd174-gv-neg-descName-syn-A-hotel-party-L-11232', 'd174-gv-neg-descName-syn-A-hotel-party-Y-11484', 'd174-gv-neg-descName-syn-A-ship-boxes-L-11557', 'd174-gv-neg-descName-syn-A-ship-boxes-O-11620', 'd174-gv-neg-descName-syn-A-table-adults-Y-12250', 'd174-gv-neg-titleA-lab-0-hotel-party-O-11357', 'd174-gv-neg-titleA-lab-0-hotel-party-Y-11483', 'd174-gv-neg-titleA-lab-T-hotel-party-L-11231', 'd174-gv-neg-titleA-syn-0-course-seats-O-12753', 'd174-gv-neg-titleA-syn-0-course-seats-Y-12816', 'd174-gv-neg-titleA-syn-0-hotel-guests-L-10989', 'd174-gv-neg-titleA-syn-0-ship-boxes-O-11619', 'd174-gv-neg-titleA-syn-0-ship-boxes-Y-11682', 'd174-gv-neg-titleA-syn-0-table-adults-Y-12249', 'd174-gv-neg-titleA-syn-A-hotel-guests-O-11052', 'd174-gv-neg-titleA-syn-A-hotel-party-L-11230', 'd174-gv-neg-titleA-syn-A-hotel-party-O-11356', 'd174-gv-neg-titleA-syn-A-hotel-party-Y-11482', 'd174-gv-neg-titleA-syn-A-ship-boxes-L-11556', 'd174-gv-neg-titleA-syn-A-table-adults-O-12186', 'd174-gv-neg-titleA-syn-T-course-seats-L-12690', 'd174-gv-neg-titleA-syn-T-hotel-guests-Y-11115', 'd174-gv-neg-titleA-syn-T-table-adults-L-12123', 'd174-gv-paare-de-descA-lab-A-hotel-party-L-11241', 'd174-gv-paare-de-descA-lab-A-hotel-party-O-11367', 'd174-gv-paare-de-descA-lab-T-hotel-party-Y-11493', 'd174-gv-paare-de-descA-syn-0-course-seats-O-12758', 'd174-gv-paare-de-descA-syn-0-course-seats-Y-12821', 'd174-gv-paare-de-descA-syn-0-hotel-guests-L-10994', 'd174-gv-paare-de-descA-syn-0-hotel-party-L-11240', 'd174-gv-paare-de-descA-syn-0-ship-boxes-L-11561', 'd174-gv-paare-de-descA-syn-0-table-adults-L-12128', 'd174-gv-paare-de-descA-syn-A-course-seats-L-12695', 'd174-gv-paare-de-descA-syn-A-hotel-guests-O-11057', 'd174-gv-paare-de-descA-syn-A-hotel-guests-Y-11120', 'd174-gv-paare-de-descA-syn-A-hotel-party-O-11366', 'd174-gv-paare-de-descA-syn-A-ship-boxes-O-11624', 'd174-gv-paare-de-descA-syn-A-ship-boxes-Y-11687', 'd174-gv-paare-de-descA-syn-T-table-adults-O-12191', 'd174-gv-paare-de-descA-syn-T-table-adults-Y-12254', 'd174-gv-paare-de-descName-lab-0-hotel-party-O-11371', 'd174-gv-paare-de-descName-lab-A-hotel-party-L-11245', 'd174-gv-paare-de-descName-lab-A-hotel-party-Y-11497', 'd174-gv-paare-de-descName-syn-0-course-seats-L-12697', 'd174-gv-paare-de-descName-syn-0-hotel-guests-L-10996', 'd174-gv-paare-de-descName-syn-0-hotel-guests-Y-11122', 'd174-gv-paare-de-descName-syn-0-hotel-party-L-11244', 'd174-gv-paare-de-descName-syn-0-ship-boxes-L-11563', 'd174-gv-paare-de-descName-syn-0-ship-boxes-Y-11689', 'd174-gv-paare-de-descName-syn-0-table-adults-L-12130', 'd174-gv-paare-de-descName-syn-0-table-adults-O-12193', 'd174-gv-paare-de-descName-syn-A-course-seats-O-12760', 'd174-gv-paare-de-descName-syn-A-course-seats-Y-12823', 'd174-gv-paare-de-descName-syn-A-hotel-guests-O-11059', 'd174-gv-paare-de-descName-syn-A-hotel-party-O-11370', 'd174-gv-paare-de-descName-syn-A-hotel-party-Y-11496', 'd174-gv-paare-de-descName-syn-A-ship-boxes-O-11626', 'd174-gv-paare-de-descName-syn-A-table-adults-Y-12256', 'd174-gv-paare-de-titleA-lab-0-hotel-party-L-11243', 'd174-gv-paare-de-titleA-lab-0-hotel-party-O-11369', 'd174-gv-paare-de-titleA-lab-T-hotel-party-Y-11495', 'd174-gv-paare-de-titleA-syn-0-course-seats-L-12696', 'd174-gv-paare-de-titleA-syn-0-hotel-guests-Y-11121', 'd174-gv-paare-de-titleA-syn-0-ship-boxes-L-11562', 'd174-gv-paare-de-titleA-syn-0-table-adults-O-12192', 'd174-gv-paare-de-titleA-syn-A-course-seats-O-12759', 'd174-gv-paare-de-titleA-syn-A-course-seats-Y-12822', 'd174-gv-paare-de-titleA-syn-A-hotel-guests-L-10995', 'd174-gv-paare-de-titleA-syn-A-hotel-guests-O-11058', 'd174-gv-paare-de-titleA-syn-A-hotel-party-O-11368', 'd174-gv-paare-de-titleA-syn-A-ship-boxes-O-11625', 'd174-gv-paare-de-titleA-syn-T-hotel-party-L-11242', 'd174-gv-paare-de-titleA-syn-T-hotel-party-Y-11494', 'd174-gv-paare-de-titleA-syn-T-ship-boxes-Y-11688', 'd174-gv-paare-de-titleA-syn-T-table-adults-L-12129', 'd174-gv-paare-de-titleA-syn-T-table-adults-Y-12255', 'd174-gv-par-no-descA-lab-A-hotel-party-L-11235', 'd174-gv-par-no-descA-lab-A-hotel-party-O-11361', 'd174-gv-par-no-descA-lab-T-hotel-party-Y-11487', 'd174-gv-par-no-descA-syn-0-hotel-guests-L-10991', 'd174-gv-par-no-descA-syn-A-course-seats-L-12692', 'd174-gv-par-no-descA-syn-A-course-seats-O-12755', 'd174-gv-par-no-descA-syn-A-course-seats-Y-12818', 'd174-gv-par-no-descA-syn-A-hotel-guests-O-11054', 'd174-gv-par-no-descA-syn-A-hotel-guests-Y-11117', 'd174-gv-par-no-descA-syn-A-hotel-party-L-11234', 'd174-gv-par-no-descA-syn-A-hotel-party-Y-11486', 'd174-gv-par-no-descA-syn-A-ship-boxes-Y-11684', 'd174-gv-par-no-descA-syn-T-hotel-party-O-11360', 'd174-gv-par-no-descA-syn-T-ship-boxes-L-11558', 'd174-gv-par-no-descA-syn-T-ship-boxes-O-11621', 'd174-gv-par-no-descA-syn-T-table-adults-L-12125', 'd174-gv-par-no-descA-syn-T-table-adults-Y-12251', 'd174-gv-par-no-descName-lab-0-hotel-party-Y-11491', 'd174-gv-par-no-descName-lab-A-hotel-party-L-11239', 'd174-gv-par-no-descName-lab-A-hotel-party-O-11365', 'd174-gv-par-no-descName-syn-0-course-seats-L-12694', 'd174-gv-par-no-descName-syn-0-course-seats-O-12757', 'd174-gv-par-no-descName-syn-0-course-seats-Y-12820', 'd174-gv-par-no-descName-syn-0-hotel-guests-O-11056', 'd174-gv-par-no-descName-syn-0-hotel-guests-Y-11119', 'd174-gv-par-no-descName-syn-0-hotel-party-L-11238', 'd174-gv-par-no-descName-syn-0-hotel-party-O-11364', 'd174-gv-par-no-descName-syn-0-ship-boxes-Y-11686', 'd174-gv-par-no-descName-syn-0-table-adults-O-12190', 'd174-gv-par-no-descName-syn-A-hotel-guests-L-10993', 'd174-gv-par-no-descName-syn-A-hotel-party-Y-11490', 'd174-gv-par-no-descName-syn-A-ship-boxes-L-11560', 'd174-gv-par-no-descName-syn-A-ship-boxes-O-11623', 'd174-gv-par-no-descName-syn-A-table-adults-L-12127', 'd174-gv-par-no-descName-syn-A-table-adults-Y-12253', 'd174-gv-par-no-titleA-lab-0-hotel-party-O-11363', 'd174-gv-par-no-titleA-lab-T-hotel-party-L-11237', 'd174-gv-par-no-titleA-lab-T-hotel-party-Y-11489', 'd174-gv-par-no-titleA-syn-0-course-seats-L-12693', 'd174-gv-par-no-titleA-syn-0-course-seats-O-12756', 'd174-gv-par-no-titleA-syn-0-hotel-guests-O-11055', 'd174-gv-par-no-titleA-syn-0-hotel-party-L-11236', 'd174-gv-par-no-titleA-syn-0-hotel-party-O-11362', 'd174-gv-par-no-titleA-syn-0-table-adults-O-12189', 'd174-gv-par-no-titleA-syn-A-course-seats-Y-12819', 'd174-gv-par-no-titleA-syn-A-hotel-guests-Y-11118', 'd174-gv-par-no-titleA-syn-A-hotel-party-Y-11488', 'd174-gv-par-no-titleA-syn-A-ship-boxes-Y-11685', 'd174-gv-par-no-titleA-syn-A-table-adults-L-12126', 'd174-gv-par-no-titleA-syn-A-table-adults-Y-12252', 'd174-gv-par-no-titleA-syn-T-hotel-guests-L-10992', 'd174-gv-par-no-titleA-syn-T-ship-boxes-L-11559', 'd174-gv-par-no-titleA-syn-T-ship-boxes-O-11622', 'd174-gv-teams4-descA-lab-0-hotel-party-O-11283', 'd174-gv-teams4-descA-lab-A-hotel-party-Y-11409', 'd174-gv-teams4-descA-lab-T-hotel-party-L-11157', 'd174-gv-teams4-descA-syn-0-hotel-guests-O-11015', 'd174-gv-teams4-descA-syn-0-hotel-party-L-11156', 'd174-gv-teams4-descA-syn-0-ship-boxes-L-11519', 'd174-gv-teams4-descA-syn-0-ship-boxes-O-11582', 'd174-gv-teams4-descA-syn-A-course-seats-L-12653', 'd174-gv-teams4-descA-syn-A-hotel-guests-L-10952', 'd174-gv-teams4-descA-syn-A-hotel-guests-Y-11078', 'd174-gv-teams4-descA-syn-A-hotel-party-O-11282', 'd174-gv-teams4-descA-syn-A-table-adults-Y-12212', 'd174-gv-teams4-descA-syn-T-course-seats-O-12716', 'd174-gv-teams4-descA-syn-T-course-seats-Y-12779', 'd174-gv-teams4-descA-syn-T-hotel-party-Y-11408', 'd174-gv-teams4-descA-syn-T-ship-boxes-Y-11645', 'd174-gv-teams4-descA-syn-T-table-adults-L-12086', 'd174-gv-teams4-descA-syn-T-table-adults-O-12149', 'd174-gv-teams4-descName-lab-0-hotel-party-L-11161', 'd174-gv-teams4-descName-lab-0-hotel-party-Y-11413', 'd174-gv-teams4-descName-lab-A-hotel-party-O-11287', 'd174-gv-teams4-descName-syn-0-course-seats-L-12655', 'd174-gv-teams4-descName-syn-0-course-seats-O-12718', 'd174-gv-teams4-descName-syn-0-course-seats-Y-12781', 'd174-gv-teams4-descName-syn-0-hotel-guests-O-11017', 'd174-gv-teams4-descName-syn-0-hotel-party-L-11160', 'd174-gv-teams4-descName-syn-0-hotel-party-O-11286', 'd174-gv-teams4-descName-syn-0-hotel-party-Y-11412', 'd174-gv-teams4-descName-syn-0-ship-boxes-L-11521', 'd174-gv-teams4-descName-syn-0-table-adults-Y-12214', 'd174-gv-teams4-descName-syn-A-hotel-guests-L-10954', 'd174-gv-teams4-descName-syn-A-ship-boxes-O-11584', 'd174-gv-teams4-descName-syn-A-ship-boxes-Y-11647', 'd174-gv-teams4-descName-syn-A-table-adults-L-12088', 'd174-gv-teams4-descName-syn-A-table-adults-O-12151', 'd174-gv-teams4-titleA-lab-A-hotel-party-L-11159', 'd174-gv-teams4-titleA-lab-A-hotel-party-O-11285', 'd174-gv-teams4-titleA-lab-A-hotel-party-Y-11411', 'd174-gv-teams4-titleA-syn-0-hotel-guests-O-11016', 'd174-gv-teams4-titleA-syn-0-hotel-party-O-11284', 'd174-gv-teams4-titleA-syn-0-hotel-party-Y-11410', 'd174-gv-teams4-titleA-syn-0-ship-boxes-L-11520', 'd174-gv-teams4-titleA-syn-0-table-adults-O-12150', 'd174-gv-teams4-titleA-syn-A-course-seats-O-12717', 'd174-gv-teams4-titleA-syn-A-course-seats-Y-12780', 'd174-gv-teams4-titleA-syn-A-hotel-guests-L-10953', 'd174-gv-teams4-titleA-syn-A-hotel-party-L-11158', 'd174-gv-teams4-titleA-syn-A-ship-boxes-O-11583', 'd174-gv-teams4-titleA-syn-T-course-seats-L-12654', 'd174-gv-teams4-titleA-syn-T-hotel-guests-Y-11079', 'd174-gv-teams4-titleA-syn-T-ship-boxes-Y-11646', 'd174-gv-teams4-titleA-syn-T-table-adults-L-12087', 'd174-gv-teams4-titleA-syn-T-table-adults-Y-12213', 'd174-gv-tens-descA-lab-0-hotel-party-L-11205', 'd174-gv-tens-descA-lab-0-hotel-party-O-11331', 'd174-gv-tens-descA-lab-A-hotel-party-Y-11457', 'd174-gv-tens-descA-syn-0-ship-boxes-L-11543', 'd174-gv-tens-descA-syn-A-course-seats-L-12677', 'd174-gv-tens-descA-syn-A-course-seats-Y-12803', 'd174-gv-tens-descA-syn-A-hotel-guests-O-11039', 'd174-gv-tens-descA-syn-A-hotel-party-L-11204', 'd174-gv-tens-descA-syn-A-ship-boxes-O-11606', 'd174-gv-tens-descA-syn-T-course-seats-O-12740', 'd174-gv-tens-descA-syn-T-hotel-guests-L-10976', 'd174-gv-tens-descA-syn-T-hotel-guests-Y-11102', 'd174-gv-tens-descA-syn-T-hotel-party-O-11330', 'd174-gv-tens-descA-syn-T-hotel-party-Y-11456', 'd174-gv-tens-descA-syn-T-ship-boxes-Y-11669', 'd174-gv-tens-descA-syn-T-table-adults-L-12110', 'd174-gv-tens-descA-syn-T-table-adults-Y-12236', 'd174-gv-tens-descName-lab-0-hotel-party-L-11209', 'd174-gv-tens-descName-lab-A-hotel-party-O-11335', 'd174-gv-tens-descName-syn-0-hotel-party-Y-11460', 'd174-gv-tens-descName-syn-0-ship-boxes-O-11608', 'd174-gv-tens-descName-syn-0-table-adults-Y-12238', 'd174-gv-tens-descName-syn-A-course-seats-L-12679', 'd174-gv-tens-descName-syn-A-course-seats-O-12742', 'd174-gv-tens-descName-syn-A-course-seats-Y-12805', 'd174-gv-tens-descName-syn-A-hotel-guests-L-10978', 'd174-gv-tens-descName-syn-A-hotel-guests-O-11041', 'd174-gv-tens-descName-syn-A-hotel-guests-Y-11104', 'd174-gv-tens-descName-syn-A-hotel-party-L-11208', 'd174-gv-tens-descName-syn-A-hotel-party-O-11334', 'd174-gv-tens-descName-syn-A-ship-boxes-L-11545', 'd174-gv-tens-descName-syn-A-ship-boxes-Y-11671', 'd174-gv-tens-descName-syn-A-table-adults-L-12112', 'd174-gv-tens-descName-syn-A-table-adults-O-12175', 'd174-gv-tens-titleA-lab-0-hotel-party-L-11207', 'd174-gv-tens-titleA-lab-0-hotel-party-O-11333', 'd174-gv-tens-titleA-lab-0-hotel-party-Y-11459', 'd174-gv-tens-titleA-syn-0-course-seats-L-12678', 'd174-gv-tens-titleA-syn-0-hotel-guests-O-11040', 'd174-gv-tens-titleA-syn-0-hotel-party-Y-11458', 'd174-gv-tens-titleA-syn-0-table-adults-O-12174', 'd174-gv-tens-titleA-syn-A-course-seats-Y-12804', 'd174-gv-tens-titleA-syn-A-hotel-guests-Y-11103', 'd174-gv-tens-titleA-syn-A-hotel-party-L-11206', 'd174-gv-tens-titleA-syn-A-hotel-party-O-11332', 'd174-gv-tens-titleA-syn-A-ship-boxes-L-11544', 'd174-gv-tens-titleA-syn-A-ship-boxes-O-11607', 'd174-gv-tens-titleA-syn-A-ship-boxes-Y-11670', 'd174-gv-tens-titleA-syn-A-table-adults-L-12111', 'd174-gv-tens-titleA-syn-A-table-adults-Y-12237', 'd174-gv-tens-titleA-syn-T-course-seats-O-12741', 'd174-gv-tens-titleA-syn-T-hotel-guests-L-10977', 'd174-gv-trios-descA-lab-0-hotel-party-O-11277', 'd174-gv-trios-descA-lab-T-hotel-party-L-11151', 'd174-gv-trios-descA-syn-0-hotel-guests-Y-11075', 'd174-gv-trios-descA-syn-0-hotel-party-Y-11402', 'd174-gv-trios-descA-syn-0-table-adults-Y-12209', 'd174-gv-trios-descA-syn-A-course-seats-O-12713', 'd174-gv-trios-descA-syn-A-hotel-guests-L-10949', 'd174-gv-trios-descA-syn-A-hotel-party-L-11150', 'd174-gv-trios-descA-syn-A-hotel-party-O-11276', 'd174-gv-trios-descA-syn-A-ship-boxes-L-11516', 'd174-gv-trios-descA-syn-A-table-adults-O-12146', 'd174-gv-trios-descA-syn-T-course-seats-L-12650', 'd174-gv-trios-descA-syn-T-course-seats-Y-12776', 'd174-gv-trios-descA-syn-T-hotel-guests-O-11012', 'd174-gv-trios-descA-syn-T-ship-boxes-O-11579', 'd174-gv-trios-descA-syn-T-table-adults-L-12083', 'd174-gv-trios-descName-lab-0-hotel-party-L-11155', 'd174-gv-trios-descName-lab-A-hotel-party-O-11281', 'd174-gv-trios-descName-lab-A-hotel-party-Y-11407', 'd174-gv-trios-descName-syn-0-course-seats-L-12652', 'd174-gv-trios-descName-syn-0-course-seats-O-12715', 'd174-gv-trios-descName-syn-0-hotel-party-Y-11406', 'd174-gv-trios-descName-syn-0-ship-boxes-Y-11644', 'd174-gv-trios-descName-syn-0-table-adults-Y-12211', 'd174-gv-trios-descName-syn-A-hotel-guests-L-10951', 'd174-gv-trios-descName-syn-A-hotel-guests-O-11014', 'd174-gv-trios-descName-syn-A-hotel-guests-Y-11077', 'd174-gv-trios-descName-syn-A-hotel-party-L-11154', 'd174-gv-trios-descName-syn-A-hotel-party-O-11280', 'd174-gv-trios-descName-syn-A-ship-boxes-L-11518', 'd174-gv-trios-descName-syn-A-ship-boxes-O-11581', 'd174-gv-trios-descName-syn-A-table-adults-L-12085', 'd174-gv-trios-descName-syn-A-table-adults-O-12148', 'd174-gv-trios-titleA-lab-A-hotel-party-L-11153', 'd174-gv-trios-titleA-lab-A-hotel-party-O-11279', 'd174-gv-trios-titleA-lab-T-hotel-party-Y-11405', 'd174-gv-trios-titleA-syn-0-course-seats-L-12651', 'd174-gv-trios-titleA-syn-0-course-seats-Y-12777', 'd174-gv-trios-titleA-syn-0-hotel-guests-L-10950', 'd174-gv-trios-titleA-syn-0-hotel-party-L-11152', 'd174-gv-trios-titleA-syn-0-hotel-party-O-11278', 'd174-gv-trios-titleA-syn-A-hotel-guests-Y-11076', 'd174-gv-trios-titleA-syn-A-hotel-party-Y-11404', 'd174-gv-trios-titleA-syn-A-ship-boxes-L-11517', 'd174-gv-trios-titleA-syn-A-ship-boxes-O-11580', 'd174-gv-trios-titleA-syn-A-ship-boxes-Y-11643', 'd174-gv-trios-titleA-syn-A-table-adults-L-12084', 'd174-gv-trios-titleA-syn-A-table-adults-O-12147', 'd174-gv-trios-titleA-syn-T-course-seats-O-12714', 'd174-gv-trios-titleA-syn-T-hotel-guests-O-11013'])
r174_arguable = set(['d174-ds-syn-couples-A-course-seats-L-10532', 'd174-ds-syn-couples-A-course-seats-L-8822', 'd174-ds-syn-couples-A-course-seats-Y-10616', 'd174-ds-syn-couples-A-course-seats-Y-8912', 'd174-ds-syn-couples-A-ship-boxes-L-7922', 'd174-ds-syn-couples-A-ship-boxes-L-9692', 'd174-ds-syn-couples-A-ship-boxes-Y-8012', 'd174-ds-syn-couples-A-ship-boxes-Y-9776', 'd174-dv-syn-couples-0-course-seats-L-10533', 'd174-dv-syn-couples-0-course-seats-L-8823', 'd174-dv-syn-couples-0-course-seats-O-10575', 'd174-dv-syn-couples-0-course-seats-O-8868', 'd174-dv-syn-couples-0-course-seats-Y-10617', 'd174-dv-syn-couples-0-course-seats-Y-8913', 'd174-dv-syn-couples-0-ship-boxes-L-7923', 'd174-dv-syn-couples-0-ship-boxes-L-9693', 'd174-dv-syn-couples-0-ship-boxes-O-7968', 'd174-dv-syn-couples-0-ship-boxes-O-9735', 'd174-dv-syn-couples-0-ship-boxes-Y-8013', 'd174-dv-syn-couples-0-ship-boxes-Y-9777', 'd174-dv-syn-couples-A-course-seats-L-10532', 'd174-dv-syn-couples-A-course-seats-L-8822', 'd174-dv-syn-couples-A-course-seats-O-10574', 'd174-dv-syn-couples-A-course-seats-O-8867', 'd174-dv-syn-couples-A-course-seats-Y-10616', 'd174-dv-syn-couples-A-course-seats-Y-8912', 'd174-dv-syn-couples-A-ship-boxes-L-7922', 'd174-dv-syn-couples-A-ship-boxes-L-9692', 'd174-dv-syn-couples-A-ship-boxes-O-7967', 'd174-dv-syn-couples-A-ship-boxes-O-9734', 'd174-dv-syn-couples-A-ship-boxes-Y-8012', 'd174-dv-syn-couples-A-ship-boxes-Y-9776', 'd174-dv-syn-couples-T-course-seats-L-10534', 'd174-dv-syn-couples-T-course-seats-L-8824', 'd174-dv-syn-couples-T-course-seats-O-10576', 'd174-dv-syn-couples-T-course-seats-O-8869', 'd174-dv-syn-couples-T-course-seats-Y-8914', 'd174-dv-syn-couples-T-ship-boxes-L-7924', 'd174-dv-syn-couples-T-ship-boxes-L-9694', 'd174-dv-syn-couples-T-ship-boxes-O-7969', 'd174-dv-syn-couples-T-ship-boxes-O-9736', 'd174-dv-syn-couples-T-ship-boxes-Y-8014', 'd174-dv-syn-couples-T-ship-boxes-Y-9778', 'd174-gv-booker-descA-syn-0-ship-boxes-L-11549', 'd174-gv-booker-descA-syn-A-course-seats-L-12683', 'd174-gv-booker-descA-syn-A-course-seats-O-12746', 'd174-gv-booker-descA-syn-A-ship-boxes-Y-11675', 'd174-gv-booker-descA-syn-T-course-seats-Y-12809', 'd174-gv-booker-descA-syn-T-ship-boxes-O-11612', 'd174-gv-booker-descName-syn-0-course-seats-L-12685', 'd174-gv-booker-descName-syn-0-ship-boxes-L-11551', 'd174-gv-booker-descName-syn-0-ship-boxes-O-11614', 'd174-gv-booker-descName-syn-A-course-seats-O-12748', 'd174-gv-booker-descName-syn-A-course-seats-Y-12811', 'd174-gv-booker-descName-syn-A-ship-boxes-Y-11677', 'd174-gv-booker-titleA-syn-0-course-seats-O-12747', 'd174-gv-booker-titleA-syn-0-ship-boxes-L-11550', 'd174-gv-booker-titleA-syn-A-course-seats-L-12684', 'd174-gv-booker-titleA-syn-T-course-seats-Y-12810', 'd174-gv-booker-titleA-syn-T-ship-boxes-O-11613', 'd174-gv-booker-titleA-syn-T-ship-boxes-Y-11676', 'd174-gv-couples-descA-syn-0-ship-boxes-L-11504', 'd174-gv-couples-descA-syn-0-ship-boxes-Y-11630', 'd174-gv-couples-descA-syn-A-course-seats-Y-12764', 'd174-gv-couples-descA-syn-T-course-seats-L-12638', 'd174-gv-couples-descA-syn-T-course-seats-O-12701', 'd174-gv-couples-descA-syn-T-ship-boxes-O-11567', 'd174-gv-couples-descName-syn-0-course-seats-O-12703', 'd174-gv-couples-descName-syn-0-ship-boxes-L-11506', 'd174-gv-couples-descName-syn-0-ship-boxes-O-11569', 'd174-gv-couples-descName-syn-A-course-seats-L-12640', 'd174-gv-couples-descName-syn-A-ship-boxes-Y-11632', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-L-11564', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-O-11627', 'd174-gv-couples-fr-descA-syn-0-ship-boxes-Y-11690', 'd174-gv-couples-fr-descA-syn-A-course-seats-L-12698', 'd174-gv-couples-fr-descA-syn-A-course-seats-O-12761', 'd174-gv-couples-fr-descA-syn-A-course-seats-Y-12824', 'd174-gv-couples-fr-descName-syn-0-course-seats-L-12700', 'd174-gv-couples-fr-descName-syn-0-course-seats-O-12763', 'd174-gv-couples-fr-descName-syn-0-course-seats-Y-12826', 'd174-gv-couples-fr-descName-syn-0-ship-boxes-O-11629', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-L-11566', 'd174-gv-couples-fr-descName-syn-A-ship-boxes-Y-11692', 'd174-gv-couples-fr-titleA-syn-0-course-seats-O-12762', 'd174-gv-couples-fr-titleA-syn-0-ship-boxes-L-11565', 'd174-gv-couples-fr-titleA-syn-A-course-seats-Y-12825', 'd174-gv-couples-fr-titleA-syn-A-ship-boxes-Y-11691', 'd174-gv-couples-fr-titleA-syn-T-course-seats-L-12699', 'd174-gv-couples-fr-titleA-syn-T-ship-boxes-O-11628', 'd174-gv-couples-titleA-syn-A-course-seats-L-12639', 'd174-gv-couples-titleA-syn-A-ship-boxes-L-11505', 'd174-gv-couples-titleA-syn-A-ship-boxes-Y-11631', 'd174-gv-couples-titleA-syn-T-course-seats-O-12702', 'd174-gv-couples-titleA-syn-T-ship-boxes-O-11568', 'd174-gv-couples2-descA-syn-0-ship-boxes-O-11570', 'd174-gv-couples2-descA-syn-A-course-seats-L-12641', 'd174-gv-couples2-descA-syn-A-course-seats-Y-12767', 'd174-gv-couples2-descA-syn-T-course-seats-O-12704', 'd174-gv-couples2-descA-syn-T-ship-boxes-L-11507', 'd174-gv-couples2-descName-syn-0-course-seats-Y-12769', 'd174-gv-couples2-descName-syn-A-course-seats-L-12643', 'd174-gv-couples2-descName-syn-A-course-seats-O-12706', 'd174-gv-couples2-descName-syn-A-ship-boxes-L-11509', 'd174-gv-couples2-descName-syn-A-ship-boxes-O-11572', 'd174-gv-couples2-descName-syn-A-ship-boxes-Y-11635', 'd174-gv-couples2-titleA-syn-A-ship-boxes-L-11508', 'd174-gv-couples2-titleA-syn-A-ship-boxes-Y-11634', 'd174-gv-couples2-titleA-syn-T-course-seats-L-12642', 'd174-gv-couples2-titleA-syn-T-course-seats-O-12705', 'd174-gv-couples2-titleA-syn-T-ship-boxes-O-11571', 'd174-gv-driver-descA-syn-0-course-seats-L-12686', 'd174-gv-driver-descA-syn-0-course-seats-O-12749', 'd174-gv-driver-descA-syn-0-ship-boxes-L-11552', 'd174-gv-driver-descA-syn-A-course-seats-Y-12812', 'd174-gv-driver-descA-syn-A-ship-boxes-O-11615', 'd174-gv-driver-descA-syn-T-ship-boxes-Y-11678', 'd174-gv-driver-descName-syn-0-course-seats-L-12688', 'd174-gv-driver-descName-syn-0-course-seats-O-12751', 'd174-gv-driver-descName-syn-0-course-seats-Y-12814', 'd174-gv-driver-descName-syn-0-ship-boxes-L-11554', 'd174-gv-driver-descName-syn-A-ship-boxes-O-11617', 'd174-gv-driver-descName-syn-A-ship-boxes-Y-11680', 'd174-gv-driver-titleA-syn-0-course-seats-L-12687', 'd174-gv-driver-titleA-syn-A-course-seats-O-12750', 'd174-gv-driver-titleA-syn-A-course-seats-Y-12813', 'd174-gv-driver-titleA-syn-T-ship-boxes-L-11553', 'd174-gv-driver-titleA-syn-T-ship-boxes-O-11616', 'd174-gv-driver-titleA-syn-T-ship-boxes-Y-11679', 'd174-gv-fam4-descA-syn-0-course-seats-Y-12782', 'd174-gv-fam4-descA-syn-A-course-seats-L-12656', 'd174-gv-fam4-descA-syn-A-course-seats-O-12719', 'd174-gv-fam4-descA-syn-T-ship-boxes-L-11522', 'd174-gv-fam4-descA-syn-T-ship-boxes-O-11585', 'd174-gv-fam4-descName-syn-0-course-seats-L-12658', 'd174-gv-fam4-descName-syn-0-course-seats-Y-12784', 'd174-gv-fam4-descName-syn-0-ship-boxes-L-11524', 'd174-gv-fam4-descName-syn-0-ship-boxes-O-11587', 'd174-gv-fam4-descName-syn-A-course-seats-O-12721', 'd174-gv-fam4-titleA-syn-0-course-seats-O-12720', 'd174-gv-fam4-titleA-syn-0-course-seats-Y-12783', 'd174-gv-fam4-titleA-syn-A-course-seats-L-12657', 'd174-gv-fam4-titleA-syn-T-ship-boxes-L-11523', 'd174-gv-fam4-titleA-syn-T-ship-boxes-O-11586', 'd174-gv-fam4-titleA-syn-T-ship-boxes-Y-11649', 'd174-gv-host-descA-syn-0-ship-boxes-L-11546', 'd174-gv-host-descA-syn-0-ship-boxes-O-11609', 'd174-gv-host-descA-syn-0-ship-boxes-Y-11672', 'd174-gv-host-descA-syn-A-course-seats-O-12743', 'd174-gv-host-descA-syn-A-course-seats-Y-12806', 'd174-gv-host-descA-syn-T-course-seats-L-12680', 'd174-gv-host-descName-syn-0-course-seats-Y-12808', 'd174-gv-host-descName-syn-0-ship-boxes-L-11548', 'd174-gv-host-descName-syn-0-ship-boxes-Y-11674', 'd174-gv-host-descName-syn-A-course-seats-L-12682', 'd174-gv-host-descName-syn-A-course-seats-O-12745', 'd174-gv-host-descName-syn-A-ship-boxes-O-11611', 'd174-gv-host-titleA-syn-0-course-seats-Y-12807', 'd174-gv-host-titleA-syn-A-course-seats-O-12744', 'd174-gv-host-titleA-syn-A-ship-boxes-L-11547', 'd174-gv-host-titleA-syn-T-course-seats-L-12681', 'd174-gv-host-titleA-syn-T-ship-boxes-O-11610', 'd174-gv-host-titleA-syn-T-ship-boxes-Y-11673', 'd174-gv-neg-descA-lab-0-hotel-party-O-11355', 'd174-gv-neg-descA-lab-0-hotel-party-Y-11481', 'd174-gv-neg-descA-lab-T-hotel-party-L-11229', 'd174-gv-neg-descA-syn-0-hotel-guests-L-10988', 'd174-gv-neg-descA-syn-0-hotel-guests-O-11051', 'd174-gv-neg-descA-syn-0-table-adults-L-12122', 'd174-gv-neg-descA-syn-A-course-seats-L-12689', 'd174-gv-neg-descA-syn-A-course-seats-Y-12815', 'd174-gv-neg-descA-syn-A-hotel-guests-Y-11114', 'd174-gv-neg-descA-syn-A-hotel-party-O-11354', 'd174-gv-neg-descA-syn-A-hotel-party-Y-11480', 'd174-gv-neg-descA-syn-A-ship-boxes-O-11618', 'd174-gv-neg-descA-syn-A-table-adults-O-12185', 'd174-gv-neg-descA-syn-T-course-seats-O-12752', 'd174-gv-neg-descA-syn-T-hotel-party-L-11228', 'd174-gv-neg-descA-syn-T-ship-boxes-L-11555', 'd174-gv-neg-descA-syn-T-ship-boxes-Y-11681', 'd174-gv-neg-descA-syn-T-table-adults-Y-12248', 'd174-gv-neg-descName-lab-0-hotel-party-L-11233', 'd174-gv-neg-descName-lab-A-hotel-party-O-11359', 'd174-gv-neg-descName-lab-A-hotel-party-Y-11485', 'd174-gv-neg-descName-syn-0-course-seats-O-12754', 'd174-gv-neg-descName-syn-0-hotel-guests-L-10990', 'd174-gv-neg-descName-syn-0-hotel-party-O-11358', 'd174-gv-neg-descName-syn-0-ship-boxes-Y-11683', 'd174-gv-neg-descName-syn-0-table-adults-L-12124', 'd174-gv-neg-descName-syn-0-table-adults-O-12187', 'd174-gv-neg-descName-syn-A-course-seats-L-12691', 'd174-gv-neg-descName-syn-A-course-seats-Y-12817', 'd174-gv-neg-descName-syn-A-hotel-guests-O-11053', 'd174-gv-neg-descName-syn-A-hotel-guests-Y-11116', 'd174-gv-neg-descName-syn-A-hotel-party-L-11232', 'd174-gv-neg-descName-syn-A-hotel-party-Y-11484', 'd174-gv-neg-descName-syn-A-ship-boxes-L-11557', 'd174-gv-neg-descName-syn-A-ship-boxes-O-11620', 'd174-gv-neg-descName-syn-A-table-adults-Y-12250', 'd174-gv-neg-titleA-lab-0-hotel-party-O-11357', 'd174-gv-neg-titleA-lab-0-hotel-party-Y-11483', 'd174-gv-neg-titleA-lab-T-hotel-party-L-11231', 'd174-gv-neg-titleA-syn-0-course-seats-O-12753', 'd174-gv-neg-titleA-syn-0-course-seats-Y-12816', 'd174-gv-neg-titleA-syn-0-hotel-guests-L-10989', 'd174-gv-neg-titleA-syn-0-ship-boxes-O-11619', 'd174-gv-neg-titleA-syn-0-ship-boxes-Y-11682', 'd174-gv-neg-titleA-syn-0-table-adults-Y-12249', 'd174-gv-neg-titleA-syn-A-hotel-guests-O-11052', 'd174-gv-neg-titleA-syn-A-hotel-party-L-11230', 'd174-gv-neg-titleA-syn-A-hotel-party-O-11356', 'd174-gv-neg-titleA-syn-A-hotel-party-Y-11482', 'd174-gv-neg-titleA-syn-A-ship-boxes-L-11556', 'd174-gv-neg-titleA-syn-A-table-adults-O-12186', 'd174-gv-neg-titleA-syn-T-course-seats-L-12690', 'd174-gv-neg-titleA-syn-T-hotel-guests-Y-11115', 'd174-gv-neg-titleA-syn-T-table-adults-L-12123', 'd174-gv-paare-de-descA-syn-0-course-seats-O-12758', 'd174-gv-paare-de-descA-syn-0-course-seats-Y-12821', 'd174-gv-paare-de-descA-syn-0-ship-boxes-L-11561', 'd174-gv-paare-de-descA-syn-A-course-seats-L-12695', 'd174-gv-paare-de-descA-syn-A-ship-boxes-O-11624', 'd174-gv-paare-de-descA-syn-A-ship-boxes-Y-11687', 'd174-gv-paare-de-descName-syn-0-course-seats-L-12697', 'd174-gv-paare-de-descName-syn-0-ship-boxes-L-11563', 'd174-gv-paare-de-descName-syn-0-ship-boxes-Y-11689', 'd174-gv-paare-de-descName-syn-A-course-seats-O-12760', 'd174-gv-paare-de-descName-syn-A-course-seats-Y-12823', 'd174-gv-paare-de-descName-syn-A-ship-boxes-O-11626', 'd174-gv-paare-de-titleA-syn-0-course-seats-L-12696', 'd174-gv-paare-de-titleA-syn-0-ship-boxes-L-11562', 'd174-gv-paare-de-titleA-syn-A-course-seats-O-12759', 'd174-gv-paare-de-titleA-syn-A-course-seats-Y-12822', 'd174-gv-paare-de-titleA-syn-A-ship-boxes-O-11625', 'd174-gv-paare-de-titleA-syn-T-ship-boxes-Y-11688', 'd174-gv-par-no-descA-syn-A-course-seats-L-12692', 'd174-gv-par-no-descA-syn-A-course-seats-O-12755', 'd174-gv-par-no-descA-syn-A-course-seats-Y-12818', 'd174-gv-par-no-descA-syn-A-ship-boxes-Y-11684', 'd174-gv-par-no-descA-syn-T-ship-boxes-L-11558', 'd174-gv-par-no-descA-syn-T-ship-boxes-O-11621', 'd174-gv-par-no-descName-syn-0-course-seats-L-12694', 'd174-gv-par-no-descName-syn-0-course-seats-O-12757', 'd174-gv-par-no-descName-syn-0-course-seats-Y-12820', 'd174-gv-par-no-descName-syn-0-ship-boxes-Y-11686', 'd174-gv-par-no-descName-syn-A-ship-boxes-L-11560', 'd174-gv-par-no-descName-syn-A-ship-boxes-O-11623', 'd174-gv-par-no-titleA-syn-0-course-seats-L-12693', 'd174-gv-par-no-titleA-syn-0-course-seats-O-12756', 'd174-gv-par-no-titleA-syn-A-course-seats-Y-12819', 'd174-gv-par-no-titleA-syn-A-ship-boxes-Y-11685', 'd174-gv-par-no-titleA-syn-T-ship-boxes-L-11559', 'd174-gv-par-no-titleA-syn-T-ship-boxes-O-11622', 'd174-gv-teams4-descA-syn-0-ship-boxes-L-11519', 'd174-gv-teams4-descA-syn-0-ship-boxes-O-11582', 'd174-gv-teams4-descA-syn-A-course-seats-L-12653', 'd174-gv-teams4-descA-syn-T-course-seats-O-12716', 'd174-gv-teams4-descA-syn-T-course-seats-Y-12779', 'd174-gv-teams4-descA-syn-T-ship-boxes-Y-11645', 'd174-gv-teams4-descName-syn-0-course-seats-L-12655', 'd174-gv-teams4-descName-syn-0-course-seats-O-12718', 'd174-gv-teams4-descName-syn-0-course-seats-Y-12781', 'd174-gv-teams4-descName-syn-0-ship-boxes-L-11521', 'd174-gv-teams4-descName-syn-A-ship-boxes-O-11584', 'd174-gv-teams4-descName-syn-A-ship-boxes-Y-11647', 'd174-gv-teams4-titleA-syn-0-ship-boxes-L-11520', 'd174-gv-teams4-titleA-syn-A-course-seats-O-12717', 'd174-gv-teams4-titleA-syn-A-course-seats-Y-12780', 'd174-gv-teams4-titleA-syn-A-ship-boxes-O-11583', 'd174-gv-teams4-titleA-syn-T-course-seats-L-12654', 'd174-gv-teams4-titleA-syn-T-ship-boxes-Y-11646', 'd174-gv-trios-descA-syn-A-course-seats-O-12713', 'd174-gv-trios-descA-syn-A-ship-boxes-L-11516', 'd174-gv-trios-descA-syn-T-course-seats-L-12650', 'd174-gv-trios-descA-syn-T-course-seats-Y-12776', 'd174-gv-trios-descA-syn-T-ship-boxes-O-11579', 'd174-gv-trios-descName-syn-0-course-seats-L-12652', 'd174-gv-trios-descName-syn-0-course-seats-O-12715', 'd174-gv-trios-descName-syn-0-ship-boxes-Y-11644', 'd174-gv-trios-descName-syn-A-ship-boxes-L-11518', 'd174-gv-trios-descName-syn-A-ship-boxes-O-11581', 'd174-gv-trios-titleA-syn-0-course-seats-L-12651', 'd174-gv-trios-titleA-syn-0-course-seats-Y-12777', 'd174-gv-trios-titleA-syn-A-ship-boxes-L-11517', 'd174-gv-trios-titleA-syn-A-ship-boxes-O-11580', 'd174-gv-trios-titleA-syn-A-ship-boxes-Y-11643', 'd174-gv-trios-titleA-syn-T-course-seats-O-12714'])


def r174_base(i):
    p = i.split("-")
    p[1] = {"dv": "db", "ds": "db", "gv": "gb"}[p[1]]
    return "-".join(p)


# Trimmed for ctest (probe_kit.sample_round), stop 41: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r174_keep = r174_found | {r174_base(r174_i) for r174_i in r174_found}
from probe_kit import sample_round as r174_sample_round  # noqa: E402

r174_sample_round("d174-", r174_keep, 30, safe_every=10)
P[:] = [r174_p for r174_p in P if r174_p["id"] not in r174_arguable]
