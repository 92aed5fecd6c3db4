r"""Red-team round 218 (black box): TEXT FORMATTING THAT CHANGES WHAT A VALUE MEANS.
Focus: marks that change a value's meaning while its label and characters stay: markdown/HTML strike-through, a value
  in a code span or quotes, a struck or "(old)" table cell/row, footnote markers and superscript/subscript digits glued
  to a number, ranges and approximations, a value followed by its correction in brackets, booleans written with marks.
  2,932 probes (seeded random.Random(218); its tester served this round's probes alone, and each part on its own
  store): 9 parts. Part 1 (d218-b/pc/pa/pb/sc/sa/sb/qc/qa/qb/qd-, 700): one-record bookings (name, age, city,
  paid) in 5 layouts ("Label: v" lines, **bold** bullets, a markdown table row, one line "A | B", other labels), each
  member marked in 10 ways ("~~Lisbon~~ Porto", "~Lisbon~ Porto", "<del>", "<s>", U+0336 combining strike, "Lisbon
  [corrected: Porto]", "(recte Porto)", "Lisbon (old) Porto", "Lisbon → Porto", "Porto ~~Lisbon~~"), paid as "~~yes~~
  no", "✗", "✘", "❌", "☐", "[ ]", "✓", "✔", "☑", "[x]"; safe variants (`code`, "quotes", **bold**, "Lisbon¹",
  "Lisbon[2]", "Lisbon*"); patch variants (name changed plainly + one marked member). Part 2 (d218-fb/fv/fn/fs/fz-,
  308): footnote/superscript glued to a number against a stored plain number ("Room: 27²", "27[2]", "27^2", "27₂",
  "27<sup>2</sup>", "27[^2]" after "Room: 272"; "Nights: 3²" after "Nights: 32"), struck counts. Part 3 (d218-ab/av/as-,
  280): approximations and ranges ("~41", "41+", "41-45", "about 41", "≈ 41", "≥ 41", "< 41", "c. 41", "41?", "> 41",
  "over 41", "41–45", "41-ish") for a nullable exact age and for a string age. Part 4 (d218-tb/tv-, 140): a struck or
  "(old)" table row or cell. Part 5 (d218-s-, 40): singles, every member marked, the model's first two answers take the
  struck values. Part 6 (d218-eb/ev/ez-, 75): equations "3x + ~~5~~ 8 = 20", "<del>", "5 [corrected: 8]", "= 20¹".
  Part 7 (d218-wb/wc/wq/wf/wp/wx-, 650): a whole LINE struck ("~~City: Lisbon~~\nCity: Porto", "<del>City: …</del>",
  "<s>…</s>", combining strike over the line, "City (old): …", "> City: …"), footnote legends ("Age: 41¹ … ¹ Corrected
  to 42 on 3 May.", "41* … * typo, the guest is 42", "41[1] … [1] Should read 42."), checkbox lines ("- [x] Paid" → "- [ ]
  Paid", "☐ Paid"). Part 8 (d218-kb/kv/kq-, 499): a struck or commented-out BLOCK whose inner lines look plain
  ("<del>\nCity: Lisbon\n</del>\nCity: Porto", "<s>" block, "<del>Age: 41\nCity: Lisbon</del>", "<!--\nCity: …\n-->",
  "<!-- City: … -->", "Age: 42 <!-- was 41 -->", struck-only lines with a nullable city, the same for paid), pair and
  patch (name changed). Part 9 (d218-mb/mv-, 240): the "Paid:" line in a block: <del>, <s>, <strike>, <!-- -->, the live
  line first, blank lines inside the block, "~~" on lines of their own.
HELD (0 wrong answers from the cache, either run, each part on its own store and all on one): every mark INSIDE the
  field's line (part 1: 0 of 700, every marked member failed reuse and then the engine refused even the model's right
  answer: "no verified answer: step 2 fails: the text states city: ~~oslo~~ leiden"; the patch variants likewise);
  glued footnotes/superscripts against a stored glued number (part 2: 0 of 308, "27²" never took 272); approximations
  (part 3: 0; "53+", "53-57", "≥ 53", "c. 53", "53-ish" reused only from a stored identical right answer, "~53", "about
  53", "≈ 53", "53–57" patched right); struck rows (part 4: bases never stored); singles (0 of 40); equations (0 of 75:
  equation_shape_changed; "= 20¹" refused as an instruction change); whole struck lines, footnote legends and checkbox
  lines (part 7: 0 of 650); struck/commented blocks around CITY or AGE lines (part 8: 0 of 400 such probes) and the
  "<s>", "<strike>", "<!-- -->", live-line-first and "~~"-line forms of part 9. Safe on reuse: 0/220 (run 1), 8/220
  (run 2): marked-but-same values are almost never reused.
WHAT GOT THROUGH (all CLEAR; 0 arguable among the cache findings):
 (A) CLEAR, a multi-line HTML <del> block around the old "Paid:" line, the live "Paid:" line after it: the struck
     value is stored and served on reuse. Base "Return name, age, city and paid as JSON.\nText:\nName: Karin Sato\nAge:
     21\nCity: Leiden\nPaid: no" stored; variant "...City: Leiden\n<del>\n\nPaid: no\n\n</del>\n\nPaid: yes" ->
     {"name":"Karin Sato","age":21,"city":"Leiden","paid":false} (path=reuse, run 1 already, from the base); "Name: Tomas
     Ek\nAge: 59\nCity: Graz\n<del>\nPaid: no\n</del>\nPaid: yes" -> "paid":false (reuse, run 2); "Name: Eva Lund\nAge:
     74\nCity: Aarhus\n<del>\nPaid: yes\n</del>\nPaid: no" -> "paid":true (reuse, run 2); patch pair "Name: Tomas Ek
     (name changed from the base)\nAge: 61\nCity: Lyon\n<del>\nPaid: yes\n</del>\nPaid: no" -> "paid":true (reuse, run 2).
     How it gets in: run 1 sends the variant to the patch path ("/paid: reuse: its evidence is in a record the request
     does not select"), the model's region answer repeats the struck value, it is accepted ("the text states paid:
     no") and stored; run 2 serves it from the cache. The same block around City or Age held.
 Counts from the cache (path=reuse; no KEPT-FROM-CACHE): whole round on one store: run 1 3, run 2 42 (of 95 / 104
  wrong in all); part 8 on its own store 0 / 5, part 9 on its own store 4 / 34. Alone (the 46 found ids and their
  bases, 72 probes, fresh store): run 1 2, run 2 9 (all clear). With their bases' sibling variants (268 probes): run 1 2,
  run 2 42 (all clear) -- most need a sibling's stored answer as the candidate.
 Wrong served FRESH (never from the cache; each run): 30 "Age: 53+" / "< 53" / "> 53" -> 53 under a nullable age
  described "exact age in years; null if the record gives only an approximation or a range" (the model's first
  answer accepted); 27 / 11 "<s>\nPaid: yes\n</s>\nPaid: no" -> true (not stored); 22 / 7 on the patch path where the
  re-asked paid member is the struck value (the (A) shape before it is stored); 12 "- [x] ~~Paid~~" -> true (arguable);
  2 in run 2 "<del>\nCity: X\n</del>" alone -> "X" for a nullable city (arguable).
Adds its probes to probe_kit.P."""
import random as r218_random

from probe_kit import P, S, J, E  # noqa: F401

r218_rng = r218_random.Random(218)
r218_found_alone = set()
r218_arguable = set()
r218_arguable_kinds = set()
r218_meta = {}
r218_seen = set()
r218_n = [0]

R218_NAMES = ["Ana Berg", "Eva Lund", "Tomas Ek", "Mira Holt", "Jonas Dahl", "Lena Vogt", "Karin Sato", "Omar Haddad",
              "Priya Nair", "Rui Costa", "Siv Vold", "Bruno Diaz", "Chen Wei", "Ada Kovac", "Lars Fjeld", "Ines Moura"]
R218_CITIES = ["Lisbon", "Porto", "Bergen", "Oslo", "Ghent", "Bruges", "Split", "Cadiz", "Faro", "Turku", "Malmo",
               "Aarhus", "Leiden", "Graz", "Brno", "Lyon"]
R218_INSTR = ["Return name, age, city and paid as JSON.",
              "Return name, age, city and paid from the booking below as JSON.",
              "Read the booking and give me the guest details in JSON.",
              "Pull the guest's name, age, home city and payment status into JSON."]


def r218_strike(s):
    return "".join(c + "\u0336" for c in s)


def r218_add(id_, fam, prompt, schema, expect, answers, safe=False, base=None, kind=None, arguable=False):
    key = (prompt, tuple(schema["properties"]))
    if key in r218_seen:
        return
    r218_seen.add(key)
    J(id_, fam, prompt, schema, expect, answers, safe=safe)
    r218_meta[id_] = {"base": base, "kind": kind}
    if arguable:
        r218_arguable_kinds.add(id_)  # judged arguable at generation; r218_arguable holds the arguable FOUND ids


def r218_id(tag):
    r218_n[0] += 1
    return "d218-%s-%d" % (tag, r218_n[0])


# value marks: (kind, func(old, new) -> text, right = "new" | "old" | None)
R218_STR_MARKS = [
    ("strike", lambda a, b: "~~%s~~ %s" % (a, b), "new"),
    ("strike1", lambda a, b: "~%s~ %s" % (a, b), "new"),
    ("del", lambda a, b: "<del>%s</del> %s" % (a, b), "new"),
    ("stag", lambda a, b: "<s>%s</s> %s" % (a, b), "new"),
    ("comb", lambda a, b: "%s %s" % (r218_strike(a), b), "new"),
    ("corr", lambda a, b: "%s [corrected: %s]" % (a, b), "new"),
    ("corr2", lambda a, b: "%s (recte %s)" % (a, b), "new"),
    ("old", lambda a, b: "%s (old) %s" % (a, b), "new"),
    ("arrow", lambda a, b: "%s → %s" % (a, b), "new"),
    ("strike_after", lambda a, b: "%s ~~%s~~" % (b, a), "new"),
]
R218_STR_SAFE = [
    ("code", lambda a: "`%s`" % a), ("quote", lambda a: "\"%s\"" % a), ("bold", lambda a: "**%s**" % a),
    ("fn1", lambda a: "%s¹" % a), ("fn2", lambda a: "%s[2]" % a), ("star", lambda a: "%s*" % a),
]
R218_BOOL_MARKS = {  # base True
    True: [("strike", "~~yes~~ no", False), ("del", "<del>yes</del> no", False), ("comb", r218_strike("yes") + " no", False),
           ("x", "✗", False), ("x2", "✘", False), ("x3", "❌", False), ("box", "☐", False), ("box2", "[ ]", False),
           ("corr", "yes [corrected: no]", False), ("old", "yes (old) no", False), ("strikeonly", "~~yes~~", False),
           ("strike1", "~yes~ no", False)],
    False: [("strike", "~~no~~ yes", True), ("del", "<del>no</del> yes", True), ("comb", r218_strike("no") + " yes", True),
            ("chk", "✓", True), ("chk2", "✔", True), ("box", "☑", True), ("box2", "[x]", True),
            ("corr", "no [corrected: yes]", True), ("strike1", "~no~ yes", True)],
}
R218_BOOL_SAFE = {True: [("chk", "✓"), ("chk2", "✔"), ("box2", "[x]"), ("code", "`yes`"), ("fn", "yes¹")],
                  False: [("x", "✗"), ("box2", "[ ]"), ("code", "`no`"), ("fn", "no*")]}


def r218_render(layout, rec, marked=None):
    """rec: dict name, age, city, paid (already strings for the text). marked overrides."""
    v = dict(rec)
    if marked:
        v.update(marked)
    if layout == "lines":
        return "Name: %(name)s\nAge: %(age)s\nCity: %(city)s\nPaid: %(paid)s\n" % v
    if layout == "bullets":
        return "Booking\n- **Name:** %(name)s\n- **Age:** %(age)s\n- **City:** %(city)s\n- **Paid:** %(paid)s\n" % v
    if layout == "table":
        return ("| Name | Age | City | Paid |\n|---|---|---|---|\n| %(name)s | %(age)s | %(city)s | %(paid)s |\n" % v)
    if layout == "oneline":
        return "Name: %(name)s | Age: %(age)s | City: %(city)s | Paid: %(paid)s\n" % v
    if layout == "labels2":
        return "Guest record\nGuest: %(name)s\nAge (years): %(age)s\nHome town: %(city)s\nPayment received: %(paid)s\n" % v
    raise ValueError(layout)


def r218_yn(b):
    return "yes" if b else "no"


R218_SCHEMA = S({"name": "string", "age": "integer", "city": "string", "paid": "boolean"})
R218_LAYOUTS = ["lines", "bullets", "table", "oneline", "labels2"]

# ---------------------------------------------------------------- part 1: pairs (reuse path) and patch variants
for r218_b in range(12):
    lay = R218_LAYOUTS[r218_b % len(R218_LAYOUTS)]
    instr = R218_INSTR[0]
    name = r218_rng.choice(R218_NAMES)
    age = r218_rng.randint(19, 88)
    city, city2 = r218_rng.sample(R218_CITIES, 2)
    paid = r218_rng.random() < 0.5
    rec = {"name": name, "age": str(age), "city": city, "paid": r218_yn(paid)}
    right = {"name": name, "age": age, "city": city, "paid": paid}
    bid = r218_id("b")
    base_prompt = instr + "\nText:\n" + r218_render(lay, rec)
    r218_add(bid, "r218_base", base_prompt, R218_SCHEMA, right, [right], base=None, kind="base")
    age2 = age + r218_rng.choice([1, 2, 3, 10, -1])
    # string marks on city
    for kind, f, _ in R218_STR_MARKS:
        exp = dict(right, city=city2)
        r218_add(r218_id("pc"), "r218_city_mark", instr + "\nText:\n" + r218_render(lay, rec, {"city": f(city, city2)}),
                 R218_SCHEMA, exp, [right, exp], base=bid, kind="city:" + kind)
    # int marks on age
    for kind, f, _ in R218_STR_MARKS:
        exp = dict(right, age=age2)
        r218_add(r218_id("pa"), "r218_age_mark", instr + "\nText:\n" + r218_render(lay, rec, {"age": f(str(age), str(age2))}),
                 R218_SCHEMA, exp, [right, exp], base=bid, kind="age:" + kind)
    # bool marks
    for kind, txt, val in R218_BOOL_MARKS[paid]:
        exp = dict(right, paid=val)
        r218_add(r218_id("pb"), "r218_paid_mark", instr + "\nText:\n" + r218_render(lay, rec, {"paid": txt}),
                 R218_SCHEMA, exp, [right, exp], base=bid, kind="paid:" + kind)
    # safe marks
    for kind, f in R218_STR_SAFE:
        r218_add(r218_id("sc"), "r218_safe", instr + "\nText:\n" + r218_render(lay, rec, {"city": f(city)}),
                 R218_SCHEMA, right, [right], safe=True, base=bid, kind="safe-city:" + kind)
    for kind, f in R218_STR_SAFE[:3]:
        r218_add(r218_id("sa"), "r218_safe", instr + "\nText:\n" + r218_render(lay, rec, {"age": f(str(age))}),
                 R218_SCHEMA, right, [right], safe=True, base=bid, kind="safe-age:" + kind, arguable=False)
    for kind, txt in R218_BOOL_SAFE[paid]:
        r218_add(r218_id("sb"), "r218_safe", instr + "\nText:\n" + r218_render(lay, rec, {"paid": txt}),
                 R218_SCHEMA, right, [right], safe=True, base=bid, kind="safe-paid:" + kind)
    # patch path: the name changes plainly AND one other member carries a mark
    name2 = r218_rng.choice([n for n in R218_NAMES if n != name])
    picks = r218_rng.sample(R218_STR_MARKS, 4)
    for kind, f, _ in picks:
        exp = dict(right, name=name2, city=city2)
        wrong = dict(right, name=name2)
        r218_add(r218_id("qc"), "r218_patch_city", instr + "\nText:\n" + r218_render(lay, rec, {"name": name2, "city": f(city, city2)}),
                 R218_SCHEMA, exp, [wrong, exp], base=bid, kind="patch-city:" + kind)
        exp = dict(right, name=name2, age=age2)
        r218_add(r218_id("qa"), "r218_patch_age", instr + "\nText:\n" + r218_render(lay, rec, {"name": name2, "age": f(str(age), str(age2))}),
                 R218_SCHEMA, exp, [dict(right, name=name2), exp], base=bid, kind="patch-age:" + kind)
    for kind, txt, val in r218_rng.sample(R218_BOOL_MARKS[paid], 4):
        exp = dict(right, name=name2, paid=val)
        r218_add(r218_id("qb"), "r218_patch_paid", instr + "\nText:\n" + r218_render(lay, rec, {"name": name2, "paid": txt}),
                 R218_SCHEMA, exp, [dict(right, name=name2), exp], base=bid, kind="patch-paid:" + kind)
    # patch: age changes plainly, city marked
    kind, f, _ = r218_rng.choice(R218_STR_MARKS)
    exp = dict(right, age=age2, city=city2)
    r218_add(r218_id("qd"), "r218_patch_city2", instr + "\nText:\n" + r218_render(lay, rec, {"age": str(age2), "city": f(city, city2)}),
             R218_SCHEMA, exp, [dict(right, age=age2), exp], base=bid, kind="patch2-city:" + kind)

# ---------------------------------------------------------------- part 2: a footnote or superscript glued to a number
R218_ROOM = S({"guest": "string", "room": "integer", "nights": "integer"})
R218_SUP = {"1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵"}
R218_SUB = {"1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅"}
for r218_b in range(14):
    guest = r218_rng.choice(R218_NAMES)
    room = r218_rng.randint(11, 89)
    d = r218_rng.choice("12345")
    nights = r218_rng.randint(2, 9)
    instr = "Give the guest, room number and nights as JSON."
    lay = r218_b % 3
    def rr(rtxt, ntxt, lay=lay, guest=guest):
        if lay == 0:
            return "Stay:\nGuest: %s\nRoom: %s\nNights: %s\n" % (guest, rtxt, ntxt)
        if lay == 1:
            return "| Guest | Room | Nights |\n|---|---|---|\n| %s | %s | %s |\n" % (guest, rtxt, ntxt)
        return "Guest: %s | Room: %s | Nights: %s\n" % (guest, rtxt, ntxt)
    glued = int(str(room) + d)
    # base: the plain glued number (e.g. 272); variants: 27² etc. -> 27
    bid = r218_id("fb")
    bexp = {"guest": guest, "room": glued, "nights": nights}
    r218_add(bid, "r218_fn_base", instr + "\n\n" + rr(str(glued), str(nights)), R218_ROOM, bexp, [bexp], kind="base")
    exp = {"guest": guest, "room": room, "nights": nights}
    for kind, txt in [("sup", str(room) + R218_SUP[d]), ("brk", "%d[%s]" % (room, d)), ("caret", "%d^%s" % (room, d)),
                      ("sub", str(room) + R218_SUB[d]), ("sup_tag", "%d<sup>%s</sup>" % (room, d)),
                      ("fnref", "%d[^%s]" % (room, d))]:
        r218_add(r218_id("fv"), "r218_fn_glued", instr + "\n\n" + rr(txt, str(nights)), R218_ROOM, exp, [bexp, exp],
                 base=bid, kind="fn:" + kind, arguable=(kind == "caret"))
    # nights glued footnote on count
    nglued = int(str(nights) + d)
    bid2 = r218_id("fb")
    bexp2 = {"guest": guest, "room": room, "nights": nglued}
    r218_add(bid2, "r218_fn_base", instr + "\n\n" + rr(str(room), str(nglued)), R218_ROOM, bexp2, [bexp2], kind="base")
    exp2 = {"guest": guest, "room": room, "nights": nights}
    for kind, txt in [("sup", str(nights) + R218_SUP[d]), ("brk", "%d[%s]" % (nights, d)), ("sup_tag", "%d<sup>%s</sup>" % (nights, d))]:
        r218_add(r218_id("fn"), "r218_fn_glued", instr + "\n\n" + rr(str(room), txt), R218_ROOM, exp2, [bexp2, exp2],
                 base=bid2, kind="fnn:" + kind)
    # struck count
    n2 = nights + r218_rng.choice([1, 2])
    for kind, f, _ in R218_STR_MARKS[:7]:
        e3 = {"guest": guest, "room": room, "nights": n2}
        r218_add(r218_id("fs"), "r218_count_mark", instr + "\n\n" + rr(str(room), f(str(nights), str(n2))), R218_ROOM, e3,
                 [exp2, e3], base=bid2, kind="count:" + kind)
    # base plain room; variant room with a footnote -> same (safe)
    bid3 = r218_id("fb")
    r218_add(bid3, "r218_fn_base", instr + "\n\n" + rr(str(room), str(nights) + " "), R218_ROOM, exp, [exp], kind="base")
    for kind, txt in [("sup", str(room) + R218_SUP[d]), ("brk", "%d[%s]" % (room, d)), ("star", "%d*" % room)]:
        r218_add(r218_id("fz"), "r218_fn_safe", instr + "\n\n" + rr(txt, str(nights) + " "), R218_ROOM, exp, [exp],
                 safe=True, base=bid3, kind="fnsafe:" + kind)

# ---------------------------------------------------------------- part 3: approximations and ranges
R218_EXACT = {"type": "object", "properties": {
    "name": {"type": "string"},
    "age": {"type": ["integer", "null"], "description": "exact age in years; null if the record gives only an approximation or a range"}},
    "required": ["name", "age"], "additionalProperties": False}
R218_ASTR = S({"name": "string", "age": "string"})
R218_APPROX = [("tilde", "~%d"), ("plus", "%d+"), ("range", "%d-%d"), ("about", "about %d"), ("approx", "≈ %d"),
               ("ge", "≥ %d"), ("lt", "< %d"), ("circa", "c. %d"), ("q", "%d?"), ("gt", "> %d"), ("over", "over %d"),
               ("range2", "%d–%d"), ("ish", "%d-ish")]
for r218_b in range(10):
    name = r218_rng.choice(R218_NAMES)
    age = r218_rng.randint(21, 79)
    instr = "Return name and age as JSON."
    lay = r218_b % 3
    def ar(atxt, lay=lay, name=name):
        if lay == 0:
            return "Name: %s\nAge: %s\n" % (name, atxt)
        if lay == 1:
            return "| Name | Age |\n|---|---|\n| %s | %s |\n" % (name, atxt)
        return "Patient: %s\nAge: %s\nWard: B\n" % (name, atxt)
    bid = r218_id("ab")
    bexp = {"name": name, "age": age}
    r218_add(bid, "r218_approx_base", instr + "\nText:\n" + ar(str(age)), R218_EXACT, bexp, [bexp], kind="base")
    bid2 = r218_id("ab")
    instr2 = "Return name and age (as a string) as JSON."
    r218_add(bid2, "r218_approx_base", instr2 + "\nText:\n" + ar(str(age)), R218_ASTR, {"name": name, "age": str(age)},
             [{"name": name, "age": str(age)}], kind="base")
    for kind, fmt in R218_APPROX:
        txt = fmt % ((age, age + 4) if fmt.count("%d") == 2 else age)
        exp = {"name": name, "age": None}
        r218_add(r218_id("av"), "r218_approx_null", instr + "\nText:\n" + ar(txt), R218_EXACT, exp, [bexp, exp],
                 base=bid, kind="approx:" + kind)
        exp2 = {"name": name, "age": txt}
        r218_add(r218_id("as"), "r218_approx_str", instr2 + "\nText:\n" + ar(txt), R218_ASTR, exp2,
                 [{"name": name, "age": str(age)}, exp2], base=bid2, kind="approxstr:" + kind,
                 arguable=kind in ("tilde", "about", "approx", "circa", "q", "ish"))

# ---------------------------------------------------------------- part 4: a struck or "(old)" table row, several records
R218_ROW = S({"name": "string", "city": "string", "orders": "integer"})
for r218_b in range(20):
    n1, n2 = r218_rng.sample(R218_NAMES, 2)
    c1, c2 = r218_rng.sample(R218_CITIES, 2)
    o1, o2 = r218_rng.randint(1, 30), r218_rng.randint(31, 60)
    instr = "Return name, city and orders as JSON."
    hdr = "| Name | City | Orders |\n|---|---|---|\n"
    bid = r218_id("tb")
    bexp = {"name": n1, "city": c1, "orders": o1}
    r218_add(bid, "r218_row_base", instr + "\n\n" + hdr + "| %s | %s | %d |\n" % (n1, c1, o1), R218_ROW, bexp, [bexp], kind="base")
    exp = {"name": n1, "city": c2, "orders": o2}
    rows = [
        ("strike", "| ~~%s~~ | ~~%s~~ | ~~%d~~ |\n| %s | %s | %d |\n" % (n1, c1, o1, n1, c2, o2)),
        ("old", "| %s (old) | %s | %d |\n| %s | %s | %d |\n" % (n1, c1, o1, n1, c2, o2)),
        ("del", "| <del>%s</del> | <del>%s</del> | <del>%d</del> |\n| %s | %s | %d |\n" % (n1, c1, o1, n1, c2, o2)),
        ("cells", "| %s | ~~%s~~ %s | ~~%d~~ %d |\n" % (n1, c1, c2, o1, o2)),
        ("oldcol", "| %s | %s (old) %s | %d (old) %d |\n" % (n1, c1, c2, o1, o2)),
        ("strike_after", "| %s | %s | %d |\n| ~~%s~~ | ~~%s~~ | ~~%d~~ |\n" % (n1, c2, o2, n1, c1, o1)),
    ]
    for kind, body in rows:
        r218_add(r218_id("tv"), "r218_row_mark", instr + "\n\n" + hdr + body, R218_ROW, exp, [bexp, exp], base=bid, kind="row:" + kind)

# ---------------------------------------------------------------- part 5: singles (the model's first answer takes the struck value)
for r218_b in range(40):
    lay = R218_LAYOUTS[r218_b % len(R218_LAYOUTS)]
    instr = R218_INSTR[(r218_b + 1) % len(R218_INSTR)] + " Use the corrected values."
    name = r218_rng.choice(R218_NAMES)
    age = r218_rng.randint(19, 88)
    city, city2 = r218_rng.sample(R218_CITIES, 2)
    paid = r218_rng.random() < 0.5
    rec = {"name": name, "age": str(age), "city": city, "paid": r218_yn(paid)}
    kind, f, _ = R218_STR_MARKS[r218_b % len(R218_STR_MARKS)]
    age2 = age + 1
    bk, btxt, bval = R218_BOOL_MARKS[paid][r218_b % len(R218_BOOL_MARKS[paid])]
    prompt = instr + "\nText:\n" + r218_render(lay, rec, {"city": f(city, city2), "age": f(str(age), str(age2)), "paid": btxt})
    exp = {"name": name, "age": age2, "city": city2, "paid": bval}
    wrong = {"name": name, "age": age, "city": city, "paid": paid}
    r218_add(r218_id("s"), "r218_single", prompt, R218_SCHEMA, exp, [wrong, wrong, exp], kind="single:%s/%s" % (kind, bk))

# ---------------------------------------------------------------- part 6: equations with struck / footnoted numbers
for r218_b in range(15):
    a = r218_rng.randint(2, 9)
    x = r218_rng.randint(2, 12)
    b = r218_rng.randint(1, 15)
    c = a * x + b
    var = "x"
    steps = lambda a, b, c, x: "%dx + %d = %d\n%dx = %d\nx = %d" % (a, b, c, a, c - b, x)
    bid = r218_id("eb")
    E(bid, "r218_eq_base", "Solve %dx + %d = %d step by step." % (a, b, c), var, x, [steps(a, b, c, x)])
    r218_meta[bid] = {"base": None, "kind": "base"}
    b2 = b + a  # new constant -> x - 1
    x2 = x - 1
    for kind, bt in [("strike", "~~%d~~ %d" % (b, b2)), ("del", "<del>%d</del> %d" % (b, b2)), ("corr", "%d [corrected: %d]" % (b, b2))]:
        i = r218_id("ev")
        E(i, "r218_eq_mark", "Solve %dx + %s = %d step by step." % (a, bt, c), var, x2,
          [steps(a, b, c, x), "%dx + %d = %d\n%dx = %d\nx = %d" % (a, b2, c, a, c - b2, x2)])
        r218_meta[i] = {"base": bid, "kind": "eq:" + kind}
    i = r218_id("ez")
    E(i, "r218_eq_safe", "Solve %dx + %d = %d¹ step by step." % (a, b, c), var, x, [steps(a, b, c, x)], safe=True)
    r218_meta[i] = {"base": bid, "kind": "eq:fn"}


# ---------------------------------------------------------------- part 7: a whole line struck, a footnote legend, checkbox lines
R218_I7 = "Return name, age, city and paid as JSON."
for r218_b in range(25):
    name = r218_rng.choice(R218_NAMES)
    name2 = r218_rng.choice([n for n in R218_NAMES if n != name])
    age = r218_rng.randint(19, 88)
    age2 = age + r218_rng.choice([1, 2, 5])
    city, city2 = r218_rng.sample(R218_CITIES, 2)
    paid = r218_rng.random() < 0.5
    right = {"name": name, "age": age, "city": city, "paid": paid}
    def bk(nm=name, a=str(age), c="City: %s" % city, pd="Paid: %s" % r218_yn(paid), tail=""):
        return "%s\nText:\nName: %s\nAge: %s\n%s\n%s\n%s" % (R218_I7, nm, a, c, pd, tail)
    bid = r218_id("wb")
    r218_add(bid, "r218_line_base", bk(), R218_SCHEMA, right, [right], kind="base")
    ec = dict(right, city=city2)
    for kind, ctext in [("mdline", "~~City: %s~~\nCity: %s" % (city, city2)), ("delline", "<del>City: %s</del>\nCity: %s" % (city, city2)),
                        ("sline", "<s>City: %s</s>\nCity: %s" % (city, city2)), ("after", "City: %s\n~~City: %s~~" % (city2, city)),
                        ("combline", "%s\nCity: %s" % (r218_strike("City: " + city), city2)),
                        ("strikeclose", "City: ~~%s~~\nCity: %s" % (city, city2)),
                        ("oldline", "City (old): %s\nCity: %s" % (city, city2)),
                        ("quoteold", "> City: %s\nCity: %s" % (city, city2))]:
        r218_add(r218_id("wc"), "r218_line_mark", bk(c=ctext), R218_SCHEMA, ec, [right, ec], base=bid, kind="line:" + kind,
                 arguable=(kind == "quoteold"))
        en = dict(ec, name=name2)
        r218_add(r218_id("wq"), "r218_line_patch", bk(nm=name2, c=ctext), R218_SCHEMA, en, [dict(right, name=name2), en],
                 base=bid, kind="linepatch:" + kind, arguable=(kind == "quoteold"))
    ea = dict(right, age=age2)
    for kind, atext, tail in [("legend", "%d¹" % age, "\n¹ Corrected to %d on 3 May.\n" % age2),
                              ("legend2", "%d*" % age, "\n* typo, the guest is %d\n" % age2),
                              ("legend3", "%d[1]" % age, "\n[1] Should read %d.\n" % age2)]:
        r218_add(r218_id("wf"), "r218_legend", bk(a=atext, tail=tail), R218_SCHEMA, ea, [right, ea], base=bid, kind="legend:" + kind)
    ep = dict(right, paid=not paid)
    for kind, ptext in [("mdline", "~~Paid: %s~~\nPaid: %s" % (r218_yn(paid), r218_yn(not paid))),
                        ("delline", "<del>Paid: %s</del>\nPaid: %s" % (r218_yn(paid), r218_yn(not paid)))]:
        r218_add(r218_id("wp"), "r218_line_mark", bk(pd=ptext), R218_SCHEMA, ep, [right, ep], base=bid, kind="linepaid:" + kind)
    # checkbox line for paid
    cb = "- [%s] Paid" % ("x" if paid else " ")
    bid2 = r218_id("wb")
    r218_add(bid2, "r218_box_base", bk(pd=cb), R218_SCHEMA, right, [right], kind="base")
    for kind, ptext in [("flip", "- [%s] Paid" % (" " if paid else "x")), ("uni", "%s Paid" % ("☐" if paid else "☑")),
                        ("strike", "- [%s] ~~Paid~~" % ("x" if paid else " "))]:
        val = (not paid) if kind != "strike" else False
        e = dict(right, paid=val)
        r218_add(r218_id("wx"), "r218_box_mark", bk(pd=ptext), R218_SCHEMA, e, [right, e], base=bid2, kind="box:" + kind,
                 arguable=(kind == "strike"))

# ---------------------------------------------------------------- part 8: a struck or commented-out BLOCK whose lines look plain
for r218_b in range(25):
    name = r218_rng.choice(R218_NAMES)
    name2 = r218_rng.choice([n for n in R218_NAMES if n != name])
    age = r218_rng.randint(19, 88)
    age2 = age + r218_rng.choice([1, 3, 7])
    city, city2 = r218_rng.sample(R218_CITIES, 2)
    paid = r218_rng.random() < 0.5
    right = {"name": name, "age": age, "city": city, "paid": paid}
    def bk8(nm=name, a="Age: %d" % age, c="City: %s" % city, pd="Paid: %s" % r218_yn(paid)):
        return "%s\nText:\nName: %s\n%s\n%s\n%s\n" % (R218_I7, nm, a, c, pd)
    bid = r218_id("kb")
    r218_add(bid, "r218_block_base", bk8(), R218_SCHEMA, right, [right], kind="base")
    shapes = [
        ("delblock", "<del>\nCity: %s\n</del>\nCity: %s" % (city, city2), "city", city2),
        ("sblock", "<s>\nCity: %s\n</s>\nCity: %s" % (city, city2), "city", city2),
        ("del2lines", "<del>Age: %d\nCity: %s</del>\nAge: %d\nCity: %s" % (age, city, age, city2), "city", city2),
        ("comment", "<!--\nCity: %s\n-->\nCity: %s" % (city, city2), "city", city2),
        ("comment1", "<!-- City: %s -->\nCity: %s" % (city, city2), "city", city2),
        ("commentonly", "<!-- City: %s -->" % city, "city", None),
        ("delonly", "<del>\nCity: %s\n</del>" % city, "city", None),
        ("strikeonly", "~~City: %s~~" % city, "city", None),
        ("agecomment", "Age: %d <!-- was %d -->" % (age2, age), "age", age2),
        ("agedelblock", "<del>\nAge: %d\n</del>\nAge: %d" % (age, age2), "age", age2),
        ("paiddelblock", "<del>\nPaid: %s\n</del>\nPaid: %s" % (r218_yn(paid), r218_yn(not paid)), "paid", not paid),
    ]
    for kind, txt, mem, val in shapes:
        sch = R218_SCHEMA
        if val is None:  # the only city line is struck out / commented out: no city stated
            sch = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"},
                   "city": {"type": ["string", "null"]}, "paid": {"type": "boolean"}},
                   "required": ["name", "age", "city", "paid"], "additionalProperties": False}
        e = dict(right, **{mem: val})
        if mem == "city":
            pr = bk8(c=txt)
        elif mem == "age":
            pr = bk8(a=txt)
        else:
            pr = bk8(pd=txt)
        r218_add(r218_id("kv"), "r218_block_mark", pr, sch, e, [right, e], base=bid, kind="block:" + kind,
                 arguable=(val is None))
        if val is not None:
            en = dict(e, name=name2)
            pr2 = pr.replace("Name: %s\n" % name, "Name: %s\n" % name2)
            r218_add(r218_id("kq"), "r218_block_patch", pr2, sch, en, [dict(right, name=name2), en], base=bid,
                     kind="blockpatch:" + kind)

# ---------------------------------------------------------------- part 9: the "Paid:" line in a struck block, more forms
for r218_b in range(30):
    name = r218_rng.choice(R218_NAMES)
    age = r218_rng.randint(19, 88)
    city = r218_rng.choice(R218_CITIES)
    paid = r218_rng.random() < 0.5
    right = {"name": name, "age": age, "city": city, "paid": paid}
    def bk9(pd, nm=name):
        return "%s\nText:\nName: %s\nAge: %d\nCity: %s\n%s\n" % (R218_I7, nm, age, city, pd)
    bid = r218_id("mb")
    r218_add(bid, "r218_pblock_base", bk9("Paid: %s" % r218_yn(paid)), R218_SCHEMA, right, [right], kind="base")
    o, n = r218_yn(paid), r218_yn(not paid)
    e = dict(right, paid=not paid)
    for kind, txt in [("del", "<del>\nPaid: %s\n</del>\nPaid: %s" % (o, n)), ("s", "<s>\nPaid: %s\n</s>\nPaid: %s" % (o, n)),
                      ("strike", "<strike>\nPaid: %s\n</strike>\nPaid: %s" % (o, n)),
                      ("comment", "<!--\nPaid: %s\n-->\nPaid: %s" % (o, n)),
                      ("after", "Paid: %s\n<del>\nPaid: %s\n</del>" % (n, o)),
                      ("delblank", "<del>\n\nPaid: %s\n\n</del>\n\nPaid: %s" % (o, n)),
                      ("mdfence", "~~\nPaid: %s\n~~\nPaid: %s" % (o, n))]:
        r218_add(r218_id("mv"), "r218_pblock_mark", bk9(txt), R218_SCHEMA, e, [right, e], base=bid, kind="pblock:" + kind,
                 arguable=(kind == "mdfence"))

r218_found_alone_list = {
    # confirmed alone (the ids and their bases, fresh store): wrong on the reuse path in run 2
    'd218-kq-2533', 'd218-kv-2212', 'd218-kv-2392', 'd218-kv-2432', 'd218-mv-2719', 'd218-mv-2724', 'd218-mv-2796', 'd218-mv-2919', 'd218-mv-2924',
}
r218_found_with_siblings = {
    # confirmed with their bases' other variants only (these ids and their siblings, 268 probes)
    'd218-kq-2533', 'd218-kv-2212', 'd218-kv-2392', 'd218-kv-2432', 'd218-mv-2695', 'd218-mv-2700',
    'd218-mv-2711', 'd218-mv-2716', 'd218-mv-2719', 'd218-mv-2724', 'd218-mv-2735', 'd218-mv-2740',
    'd218-mv-2743', 'd218-mv-2748', 'd218-mv-2756', 'd218-mv-2767', 'd218-mv-2772', 'd218-mv-2775',
    'd218-mv-2780', 'd218-mv-2791', 'd218-mv-2796', 'd218-mv-2799', 'd218-mv-2804', 'd218-mv-2807',
    'd218-mv-2812', 'd218-mv-2831', 'd218-mv-2836', 'd218-mv-2839', 'd218-mv-2844', 'd218-mv-2847',
    'd218-mv-2852', 'd218-mv-2868', 'd218-mv-2871', 'd218-mv-2876', 'd218-mv-2879', 'd218-mv-2884',
    'd218-mv-2895', 'd218-mv-2900', 'd218-mv-2911', 'd218-mv-2916', 'd218-mv-2919', 'd218-mv-2924',
}
r218_found_alone_list |= r218_found_with_siblings
r218_arguable_list = set()
r218_found_alone |= r218_found_alone_list
r218_arguable |= r218_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 49: the items the round's tester confirmed (alone, and with their
# bases' other variants) with the bases of their pairs, every 10th safe variant and every 30th of the rest (2,932
# generated); then every arguable item left out.
r218_keep = set(r218_found_alone)
r218_keep |= {r218_meta[r218_i]["base"] for r218_i in list(r218_keep) if r218_meta.get(r218_i, {}).get("base")}
from probe_kit import sample_round as r218_sample_round  # noqa: E402

r218_sample_round("d218-", r218_keep, 30, safe_every=10)
P[:] = [r218_p for r218_p in P if r218_p["id"] not in r218_arguable and r218_p["id"] not in r218_arguable_kinds]
