r"""Red-team round 236 (black box): TWO VERSIONS OF ONE RECORD IN ONE REQUEST.
Focus: a record given twice in one request (drafts, "The second copy is the corrected one", "v1 … v2 (final)", "Original
  booking / Amended booking", "Old details / New details", revision blocks, "Changes since last week:" lines, an e-mail
  thread whose newest message restates the record with one value changed), in "Label: value" lines and in prose, over 4
  schemas (booking, address, order, quarterly report). 2,867 probes (seeded random.Random(236)): 196 bases, 1,300 pair
  variants, 236 singles (--runs 2), 1,135 safe.
Part 1 (d236-be/pe/se-, -pd/sd-, -po/so-; 811): two-version bases (equal versions, or different with "later" or
  "earlier" picked in a paragraph of the text) x 8 containers x lines/prose; variants change the later value, switch
  later/earlier, flip the order (labels move; "Copy 1/Copy 2" keep their place), swap contents, equalise, change a third
  value. Equations (d236-beq/peq/seq-; 160): "Draft 1: 9x + 1 = 46 / Draft 2: 9x + 1 = 55", "v1 … v2 (final)", "It said
  A but it should be B", "Changes since last week: the equation is now B".
Part 2 (d236-b2/p2/s2-, -b3/p3/s3-; 880): a one-version base, then 14 two-version shapes appended (amend, drafts, v1/v2,
  "Corrected copy:", "[Revised …]", 4 "Changes since last week" forms, mail newest-on-top with quoted old, mail
  oldest-first, a reply note, Old/New, inline "(v1) / (v2, final)") with "later" / "earlier" asks and the other
  direction (old version placed first); ordinal picks in the ask ("from the second draft", "from v2", "from the amended
  booking") over two equal versions, then the later one changed.
Part 3 (d236-b4/p4/s4-; 588): a stored "Label: value" record, then 24 in-place version marks on one member ("~~a~~ b",
  "<del>a</del> <ins>b</ins>", "X (corrected): b", "(v1)/(v2, final)" lines, "Old X/New X", "Updated X", "Previous X",
  "a → b (amended)", "a [v2: b]", "↳ amended: b", footnote "*", "PS: …", diff "-/+", changes blocks, "(was a)", "now b,
  was a", "[rev 2] X: b", an "Amended …:" one-line block, "Later draft - only this line differs", a reply line, a
  version table, a Draft 1 / Draft 2 column table), both directions (new value in the mark: pair; old value in the
  mark: safe).
Part 4 (d236-x1/x2/x4-; 236): singles of the shapes of parts 2-3 with no stored base near them, the model's first answer
  the old version's (or, with "earlier" picked, the later one's); run 2 shows whether the mistake was stored.
Part 5 (d236-p6-; 192): the stored record unchanged, the later version only in a sentence above it ("Hi Kim, one change
  from last week: the city is Leeds now. The rest is as below:", "Amended booking, check-in X instead of Y. Original:",
  "Update: nights is now 4. Original record:") or a short line below it ("v2: 4", "Rev. 2 - 55", "Final: 6283", "[25.50]").
HELD: everything. Full run, fresh SQLite store, two passes: 0 wrong from the cache in run 1 and run 2 (0 wrong with
  path=reuse, 0 KEPT-FROM-CACHE; reuse only of the 18 plain one-version bases, all right; the store held 18 entries).
  No text holding two versions was ever stored: two records without a pick ("the text holds 2 records and the request
  does not say which one"), a pick the text does not mark ("selects one record, but the text marks no records"), "the
  text says it changed (\"Amended booking:\")", several values for one member, "now/was" and "(v1)" marks, and the
  prose bases (names in prose, "2026" beside the revenue) were all refused fresh; equations with two versions were
  refused ("the request holds two equations … which one to solve is not clear"). On the reuse side every variant of a
  stored record failed: "source_text_changed" (similarity < 0.5), "instruction_changed" (later/earlier/original/most,
  "which one it selects", a member named another number of times, a word of the newest mail read as instruction),
  "failing_fraction_above" (0.75-1.0: every member whose line or record changed), "patch failed" for in-place marks;
  a fresh answer that repeated the failed cached value was served but "not stored". Safe on reuse 0/1,135 (the safe
  variants all hold a second version: regenerated or refused, a cost only).
WHAT GOT THROUGH: nothing from the cache (r236_found_alone and r236_arguable empty). Wrong answers served FRESH (the
  scripted model's first answer, old version's value, accepted fresh and not stored): 113 in run 1, 113 in run 2; alone
  (R236_ALONE=1 R236_ALONE_IDS=<the 113>, their bases added, 146 probes, fresh store, two passes) 113 / 113, all
  path=skip, 0 from the cache. Clear ones, e.g. "… Use the final version.\n\nv2 (final):\n…Check-in: 2026-04-21\n\nv1:\n…
  Check-in: 2026-05-07" -> check_in "2026-05-07"; "Two drafts of the same order follow. Use the later draft. … Draft 2
  (Wednesday): … at 19.99 each" -> unit_price 7.25; "Changes since last week: the check-in went from 2026-03-04 to
  2026-02-07." -> "2026-03-04"; "Reply from Kim, Tuesday: small correction, the check-in should be 2026-03-23." ->
  "2026-03-04"; "Nights: 2\n[rev 2] Nights: 4" -> 2; "City Bristol (prev. Cork)" -> "Cork"; "PS: the postcode is 4736
  now." -> "9549"; "City | Oslo | Lyon" under "Field | Draft 1 | Draft 2 (final)" -> "Oslo". Arguable (the line below
  names no member): "Check-in: 2026-02-07\nv2: 4", "-> 3", "Final: 6283", "[25.50]" -> the record's own values.
Adds its probes to probe_kit.P."""
import copy as r236_copy
import random as r236_random

from probe_kit import P, S, J, E  # noqa: F401

r236_rng = r236_random.Random(236)
r236_found_alone = set()
r236_arguable = set()
r236_prompts = {}
r236_n = [0]
r236_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r236_meta = {}

# ------------------------------------------------------------------ domains
R236_DOM = {
    "booking": {
        "schema": S({"guest": "string", "room": "integer", "nights": "integer", "check_in": "string"}),
        "ask": "Return the guest, room, nights and check-in as JSON.",
        "labels": {"guest": "Guest", "room": "Room", "nights": "Nights", "check_in": "Check-in"},
        "noun": "booking",
    },
    "address": {
        "schema": S({"name": "string", "street": "string", "city": "string", "postcode": "string"}),
        "ask": "Extract the name, street, city and postcode as JSON.",
        "labels": {"name": "Name", "street": "Street", "city": "City", "postcode": "Postcode"},
        "noun": "address",
    },
    "order": {
        "schema": S({"order_id": "string", "quantity": "integer", "unit_price": "number", "city": "string"}),
        "ask": "Give me the order, quantity, unit price and city as JSON.",
        "labels": {"order_id": "Order", "quantity": "Quantity", "unit_price": "Unit price", "city": "City"},
        "noun": "order",
    },
    "report": {
        "schema": S({"region": "string", "quarter": "string", "revenue": "integer", "headcount": "integer"}),
        "ask": "Return the region, quarter, revenue and headcount as JSON.",
        "labels": {"region": "Region", "quarter": "Quarter", "revenue": "Revenue", "headcount": "Headcount"},
        "noun": "report",
    },
}
R236_NAMES = ["Ana Ruiz", "Jonas Berg", "Mei Tanaka", "Omar Haddad", "Lena Fischer", "Tom Okafor", "Ivy Chen",
              "Sara Lind", "Pedro Alves", "Nina Kowalski"]
R236_STREETS = ["12 Elm Street", "48 Harbour Road", "7 Mill Lane", "221 King Avenue", "3 Birch Close", "90 Station Road",
                "15 Quay Street", "64 Park Crescent"]
R236_CITIES = ["Leeds", "Bristol", "Oslo", "Bergen", "Porto", "Lyon", "Dublin", "Cork", "Gdansk", "Malmo"]
R236_REGIONS = ["North", "South", "East", "West", "Central", "Nordics", "Iberia", "Benelux"]


def r236_rec(dom):
    g = r236_rng
    if dom == "booking":
        return {"guest": g.choice(R236_NAMES), "room": g.choice([101, 114, 208, 214, 305, 310, 412, 520]),
                "nights": g.randint(1, 9), "check_in": "2026-%02d-%02d" % (g.randint(1, 12), g.randint(1, 28))}
    if dom == "address":
        return {"name": g.choice(R236_NAMES), "street": g.choice(R236_STREETS), "city": g.choice(R236_CITIES),
                "postcode": "%d%d%d%d" % tuple(g.randint(0, 9) for _ in range(4))}
    if dom == "order":
        return {"order_id": "PO-%d" % g.randint(1000, 9999), "quantity": g.randint(2, 60),
                "unit_price": g.choice([4.5, 12.0, 7.25, 19.99, 3.8, 25.5, 9.95]), "city": g.choice(R236_CITIES)}
    return {"region": g.choice(R236_REGIONS), "quarter": "Q%d 2026" % g.randint(1, 4),
            "revenue": g.randint(50, 990) * 1000, "headcount": g.randint(5, 120)}


def r236_change(dom, rec, field=None):
    """A copy of rec with one field changed (returns (new, field))."""
    g = r236_rng
    fields = {"booking": ["room", "nights", "check_in"], "address": ["street", "city", "postcode"],
              "order": ["quantity", "unit_price", "city"], "report": ["revenue", "headcount", "quarter", "region"]}[dom]
    f = field or g.choice(fields)
    new = dict(rec)
    for _ in range(50):
        v = r236_rec(dom)[f]
        if f == "nights":
            v = rec[f] + g.choice([1, 2, -1]) if rec[f] > 1 else rec[f] + 1
        if f == "quantity":
            v = rec[f] + g.choice([5, 10, -1, 1, 20]) if rec[f] > 1 else rec[f] + 5
        if v != rec[f]:
            new[f] = v
            return new, f
    raise RuntimeError("no change")


def r236_fmt(v):
    if isinstance(v, float):
        return ("%.2f" % v)
    return str(v)


def r236_lines(dom, rec):
    L = R236_DOM[dom]["labels"]
    return "\n".join("%s: %s" % (L[k], r236_fmt(v)) for k, v in rec.items())


def r236_prose(dom, rec):
    r = {k: r236_fmt(v) for k, v in rec.items()}
    if dom == "booking":
        return ("%(guest)s is booked into room %(room)s for %(nights)s nights, checking in on %(check_in)s." % r)
    if dom == "address":
        return ("The customer is %(name)s, living at %(street)s, %(city)s, postcode %(postcode)s." % r)
    if dom == "order":
        return ("Order %(order_id)s is for %(quantity)s units at %(unit_price)s each, shipping to %(city)s." % r)
    return ("The %(region)s region reported revenue of %(revenue)s in %(quarter)s with a headcount of %(headcount)s." % r)


def r236_render(dom, rec, style):
    return r236_lines(dom, rec) if style == "lines" else r236_prose(dom, rec)


# ------------------------------------------------------------------ containers
# Each container: (A = earlier, B = later) -> text; `pick` is "later" or "earlier"; `flip` lists the later one first
# (labels move with the content).  Positional containers (pos=True) name the version by place, not by label.
def r236_c_drafts(dom, A, B, pick, flip, style):
    ins = {"later": "Two drafts of the same %s follow. Use the later draft.",
           "earlier": "Two drafts of the same %s follow. Use the earlier draft."}[pick] % R236_DOM[dom]["noun"]
    a = "Draft 1 (Monday):\n" + r236_render(dom, A, style)
    b = "Draft 2 (Wednesday):\n" + r236_render(dom, B, style)
    return ins + "\n\n" + ("\n\n".join([b, a]) if flip else "\n\n".join([a, b]))


def r236_c_copies(dom, A, B, pick, flip, style):
    # positional: "the second copy is the corrected one"
    ins = {"later": "The second copy is the corrected one.", "earlier": "The first copy is the corrected one."}[pick]
    first, second = (B, A) if flip else (A, B)
    return ins + "\n\nCopy 1:\n" + r236_render(dom, first, style) + "\n\nCopy 2:\n" + r236_render(dom, second, style)


def r236_c_v(dom, A, B, pick, flip, style):
    ins = {"later": "Use the final version.", "earlier": "Use v1, not the final version."}[pick]
    a = "v1:\n" + r236_render(dom, A, style)
    b = "v2 (final):\n" + r236_render(dom, B, style)
    return ins + "\n\n" + ("\n\n".join([b, a]) if flip else "\n\n".join([a, b]))


def r236_c_amend(dom, A, B, pick, flip, style):
    n = R236_DOM[dom]["noun"]
    ins = {"later": "Use the amended %s." % n, "earlier": "Use the original %s, ignore the amendment." % n}[pick]
    a = "Original %s:\n" % n + r236_render(dom, A, style)
    b = "Amended %s:\n" % n + r236_render(dom, B, style)
    return ins + "\n\n" + ("\n\n".join([b, a]) if flip else "\n\n".join([a, b]))


def r236_c_oldnew(dom, A, B, pick, flip, style):
    ins = {"later": "Use the new details.", "earlier": "Use the old details (the new ones are not confirmed yet)."}[pick]
    a = "Old details:\n" + r236_render(dom, A, style)
    b = "New details:\n" + r236_render(dom, B, style)
    return ins + "\n\n" + ("\n\n".join([b, a]) if flip else "\n\n".join([a, b]))


def r236_c_rev(dom, A, B, pick, flip, style):
    ins = {"later": "Take the latest revision.", "earlier": "Take the first revision."}[pick]
    a = "--- Revision 1 (2026-03-02) ---\n" + r236_render(dom, A, style)
    b = "--- Revision 2 (2026-03-09) ---\n" + r236_render(dom, B, style)
    return ins + "\n\n" + ("\n\n".join([b, a]) if flip else "\n\n".join([a, b]))


def r236_c_changes(dom, A, B, pick, flip, style):
    L = R236_DOM[dom]["labels"]
    ins = {"later": "Give the record as it stands now.", "earlier": "Give the record as it was last week."}[pick]
    diffs = [k for k in A if A[k] != B[k]]
    if diffs:
        ch = "\n".join("- %s: %s (was %s)" % (L[k], r236_fmt(B[k]), r236_fmt(A[k])) for k in diffs)
    else:
        ch = "- none"
    body = "Last week's record:\n" + r236_render(dom, A, style) + "\n\nChanges since last week:\n" + ch
    if flip:
        body = "Changes since last week:\n" + ch + "\n\nLast week's record:\n" + r236_render(dom, A, style)
    return ins + "\n\n" + body


def r236_c_mail(dom, A, B, pick, flip, style):
    n = R236_DOM[dom]["noun"]
    ins = {"later": "Extract the %s as agreed in the latest message." % n,
           "earlier": "Extract the %s as first sent, in the oldest message." % n}[pick]
    old = ("From: Kim Hale <kim@acme.example>\nDate: Mon, 9 Mar 2026 09:12\nSubject: %s\n\nHi,\nhere are the details:\n"
           % n) + r236_render(dom, A, style) + "\nThanks, Kim"
    new = ("From: Kim Hale <kim@acme.example>\nDate: Tue, 10 Mar 2026 16:40\nSubject: Re: %s\n\nSorry, one correction, "
           "full details again:\n" % n) + r236_render(dom, B, style) + "\nKim"
    # thread order: newest on top (flip=False, as mail clients show it) or oldest first (flip=True)
    return ins + "\n\n" + ("\n\n".join([old, new]) if flip else new + "\n\n-----Original Message-----\n" + old)


R236_CONT = {"drafts": r236_c_drafts, "copies": r236_c_copies, "v": r236_c_v, "amend": r236_c_amend,
             "oldnew": r236_c_oldnew, "rev": r236_c_rev, "changes": r236_c_changes, "mail": r236_c_mail}
R236_POS = {"copies"}  # flip swaps the contents under fixed positional labels


def r236_right(cont, A, B, pick, flip):
    if cont in R236_POS and flip:
        return A if pick == "later" else B
    return B if pick == "later" else A


def r236_add(tag, kind, dom, prompt, exp, answers, safe=False, meta=None):
    prompt = R236_DOM[dom]["ask"] + "\n\n" + prompt
    if prompt in r236_prompts:
        return r236_prompts[prompt]
    r236_n[0] += 1
    pid = "d236-%s-%d" % (tag, r236_n[0])
    J(pid, "r236_" + tag, prompt, R236_DOM[dom]["schema"], exp, answers, safe=safe)
    r236_prompts[prompt] = pid
    r236_counts[kind] += 1
    r236_meta[pid] = meta or {}
    return pid


def r236_pair(tag, dom, cont, style, A, B, pick, flip, variants):
    """variants: list of (vtag, A', B', pick', flip', first_answer or None (=base answer), safe)."""
    f = R236_CONT[cont]
    bexp = r236_right(cont, A, B, pick, flip)
    base = r236_add("b" + tag, "base", dom, f(dom, A, B, pick, flip, style), bexp, [bexp])
    for vt, A2, B2, p2, f2, first, safe in variants:
        exp = r236_right(cont, A2, B2, p2, f2)
        fa = bexp if first is None else first
        if safe or fa == exp:
            r236_add("s" + tag, "safe", dom, f(dom, A2, B2, p2, f2, style), exp, [exp], safe=True,
                     meta={"base": base, "v": vt})
        else:
            r236_add("p" + tag, "pair", dom, f(dom, A2, B2, p2, f2, style), exp, [fa, exp],
                     meta={"base": base, "v": vt})


# ------------------------------------------------------------------ generate
for r236_dom in R236_DOM:
    for r236_cont in R236_CONT:
        for r236_style in ("lines", "prose"):
            for r236_rep in range(1):
                g = r236_rng
                A = r236_rec(r236_dom)
                B, fld = r236_change(r236_dom, A)
                B3, _ = r236_change(r236_dom, A, fld)
                if B3 == B:
                    B3, _ = r236_change(r236_dom, B, fld)
                Aalt, fa = r236_change(r236_dom, A)
                d, c, s = r236_dom, r236_cont, r236_style
                # (1) base: two equal versions, later picked
                r236_pair("e", d, c, s, A, A, "later", False, [
                    ("later-changed", A, B, "later", False, None, False),
                    ("earlier-changed", B, A, "later", False, None, False),  # right = A = base (safe)
                    ("later-changed-earlier-pick", A, B, "earlier", False, None, False),  # right = A (safe)
                    ("later-changed-flip", A, B, "later", True, None, False),
                    ("both-changed", B, B, "later", False, None, False),
                    ("equal-earlier", A, A, "earlier", False, None, False),  # safe
                ])
                # (2) base: differing versions, later picked
                r236_pair("d", d, c, s, A, B, "later", False, [
                    ("pick-earlier", A, B, "earlier", False, None, False),
                    ("flip", A, B, "later", True, None, False),
                    ("flip-earlier", A, B, "earlier", True, None, False),
                    ("later-third", A, B3, "later", False, None, False),
                    ("equalised-A", A, A, "later", False, None, False),
                    ("earlier-other-field", Aalt, B, "later", False, None, False),  # right = B (safe)
                    ("swap-contents", B, A, "later", False, None, False),
                ])
                # (3) other direction: differing versions, earlier picked
                r236_pair("o", d, c, s, A, B, "earlier", False, [
                    ("pick-later", A, B, "later", False, None, False),
                    ("flip", A, B, "earlier", True, None, False),
                    ("earlier-changed", B3, B, "earlier", False, None, False),
                    ("swap-contents", B, A, "earlier", False, None, False),
                    ("later-changed", A, B3, "earlier", False, None, False),  # safe
                ])
                # (4) single: model mixes the two versions (right = later, model gives earlier value)
                exp = r236_right(c, A, B, "later", r236_rep == 2)
                wrong = r236_right(c, A, B, "earlier", r236_rep == 2)
                r236_add("x", "single", d, R236_CONT[c](d, A, B, "later", r236_rep == 2, s), exp, [wrong, exp])
                exp2 = r236_right(c, A, B, "earlier", False)
                r236_add("x", "single", d, R236_CONT[c](d, A, B, "earlier", False, s), exp2,
                         [r236_right(c, A, B, "later", False), exp2])


# ------------------------------------------------------------------ equations: two versions of an exercise
def r236_sol(a, b, x, v="x"):
    c = a * x + b
    return "%d%s + %d = %d" % (a, v, b, c), "%d%s + %d = %d\n%d%s = %d\n%s = %d" % (a, v, b, c, a, v, c - b, v, x)


R236_EQC = [
    ("Two drafts of the exercise follow. Solve the later draft step by step.\n\nDraft 1: {A}\nDraft 2: {B}", "later"),
    ("Solve the earlier draft step by step.\n\nDraft 1: {A}\nDraft 2: {B}", "earlier"),
    ("The second copy is the corrected one. Solve it, showing each step.\n\nCopy 1: {A}\nCopy 2: {B}", "later"),
    ("Solve the final version step by step.\n\nv1: {A}\nv2 (final): {B}", "later"),
    ("Solve the final version step by step.\n\nv2 (final): {B}\nv1: {A}", "later"),
    ("Solve the original equation step by step.\n\nOriginal: {A}\nAmended: {B}", "earlier"),
    ("Hi, typo in the homework sheet. It said {A} but it should be {B}. Can you solve the correct one step by step?",
     "later"),
    ("Solve step by step: {A}\n\nChanges since last week:\n- the equation is now {B}", "later"),
]
for r236_k in range(5):
    g = r236_rng
    a, b, x = g.randint(2, 9), g.randint(1, 15), g.randint(2, 12)
    x2 = x + g.choice([1, 2, 3, -1])
    x3 = x2 + g.choice([1, 2])
    eA, sA = r236_sol(a, b, x)
    eB, sB = r236_sol(a, b, x2)
    eB3, sB3 = r236_sol(a, b, x3)
    for tmpl, pick in R236_EQC:
        def r236_eq(t, A, B):
            return t.replace("{A}", A).replace("{B}", B)
        right = (x2, sB) if pick == "later" else (x, sA)
        base_p = r236_eq(tmpl, eA, eB)
        if base_p in r236_prompts:
            continue
        r236_n[0] += 1
        bid = "d236-beq-%d" % r236_n[0]
        E(bid, "r236_eq", base_p, "x", str(right[0]), [right[1]])
        r236_prompts[base_p] = bid
        r236_counts["base"] += 1
        vars_ = []
        if pick == "later":
            vars_.append(("third", r236_eq(tmpl, eA, eB3), x3, sB3))      # later one changes
            vars_.append(("equal", r236_eq(tmpl, eA, eA), x, sA))         # versions equal
            vars_.append(("swap", r236_eq(tmpl, eB, eA), x, sA))          # contents swapped
        else:
            vars_.append(("third", r236_eq(tmpl, eB3, eB), x3, sB3))      # earlier one changes
            vars_.append(("swap", r236_eq(tmpl, eB, eA), x2, sB))
            vars_.append(("later-changed", r236_eq(tmpl, eA, eB3), x, sA))  # safe
        for vt, p, val, sol in vars_:
            if p in r236_prompts:
                continue
            r236_n[0] += 1
            if val == right[0]:
                pid = "d236-seq-%d" % r236_n[0]
                E(pid, "r236_eq", p, "x", str(val), [sol], safe=True)
                r236_counts["safe"] += 1
            else:
                pid = "d236-peq-%d" % r236_n[0]
                E(pid, "r236_eq", p, "x", str(val), [right[1], sol])
                r236_counts["pair"] += 1
            r236_prompts[p] = pid
            r236_meta[pid] = {"base": bid, "v": vt}


# ------------------------------------------------------------------ part 2: one-version base, the variant adds a version
def r236_hdr_two(dom, A, B, style, kind):
    """Text with the stored record A first and a later version B after it (kind names the shape)."""
    n = R236_DOM[dom]["noun"]
    L = R236_DOM[dom]["labels"]
    rA, rB = r236_render(dom, A, style), r236_render(dom, B, style)
    diffs = [k for k in A if A[k] != B[k]]
    k = diffs[0] if diffs else list(A)[1]
    if kind == "amend":
        return "Original %s:\n%s\n\nAmended %s:\n%s" % (n, rA, n, rB)
    if kind == "drafts":
        return "Draft 1:\n%s\n\nDraft 2 (use this one):\n%s" % (rA, rB)
    if kind == "v":
        return "v1\n%s\n\nv2 (final)\n%s" % (rA, rB)
    if kind == "copy":
        return "%s\n\nCorrected copy:\n%s" % (rA, rB)
    if kind == "rev":
        return "%s\n\n[Revised 2026-03-09]\n%s" % (rA, rB)
    if kind == "chg-line":
        return "%s\n\nChanges since last week:\n- %s: %s" % (rA, L[k], r236_fmt(B[k]))
    if kind == "chg-was":
        return "%s\n\nChanges since last week:\n- %s now %s (was %s)" % (rA, L[k].lower(), r236_fmt(B[k]), r236_fmt(A[k]))
    if kind == "chg-arrow":
        return "%s\n\nChanges since last week:\n%s: %s -> %s" % (rA, L[k], r236_fmt(A[k]), r236_fmt(B[k]))
    if kind == "chg-prose":
        return "%s\n\nChanges since last week: the %s went from %s to %s." % (rA, L[k].lower(), r236_fmt(A[k]), r236_fmt(B[k]))
    if kind == "mail-top":
        return ("From: Kim Hale\nSent: Tuesday 16:40\n\nCorrection - here is the full %s again:\n%s\n\n"
                "> From: Kim Hale\n> Sent: Monday 09:12\n>\n%s" % (n, rB, "\n".join("> " + x for x in rA.split("\n"))))
    if kind == "mail-bottom":
        return ("Kim (Monday):\n%s\n\nKim (Tuesday): one change, everything else as before:\n%s" % (rA, rB))
    if kind == "mail-note":
        return ("%s\n\n---\nReply from Kim, Tuesday: small correction, the %s should be %s. Everything else stays."
                % (rA, L[k].lower(), r236_fmt(B[k])))
    if kind == "oldnew":
        return "Old %s:\n%s\n\nNew %s:\n%s" % (n, rA, n, rB)
    if kind == "inline":
        return rA.replace("%s: %s" % (L[k], r236_fmt(A[k])), "%s: %s (v1) / %s (v2, final)" % (L[k], r236_fmt(A[k]), r236_fmt(B[k]))) \
            if style == "lines" else rA + " (v2, final: %s %s)" % (L[k].lower(), r236_fmt(B[k]))
    raise ValueError(kind)


R236_KINDS2 = ["amend", "drafts", "v", "copy", "rev", "chg-line", "chg-was", "chg-arrow", "chg-prose", "mail-top",
               "mail-bottom", "mail-note", "oldnew", "inline"]
R236_ASK2 = {"later": ["", " Use the later version.", " Use the most recent details."],
             "earlier": [" Use the earlier version.", " Use the original details, not the changes."]}

for r236_dom in R236_DOM:
    for r236_style in ("lines", "prose"):
        for r236_rep in range(2):
            A = r236_rec(r236_dom)
            d, s = r236_dom, r236_style
            ask = R236_DOM[d]["ask"]
            base_p = ask + "\n\n" + r236_render(d, A, s)
            if base_p in r236_prompts:
                continue
            r236_n[0] += 1
            bid = "d236-b2-%d" % r236_n[0]
            J(bid, "r236_b2", base_p, R236_DOM[d]["schema"], A, [A])
            r236_prompts[base_p] = bid
            r236_counts["base"] += 1
            for kind in R236_KINDS2:
                B, fld = r236_change(d, A)
                for pick in ("later", "earlier"):
                    suff = r236_rng.choice(R236_ASK2[pick])
                    p = ask[:-1] + "." + suff + "\n\n" + r236_hdr_two(d, A, B, s, kind)
                    exp = B if pick == "later" else A
                    if p in r236_prompts:
                        continue
                    r236_n[0] += 1
                    if exp == A:
                        pid = "d236-s2-%d" % r236_n[0]
                        J(pid, "r236_s2", p, R236_DOM[d]["schema"], exp, [exp], safe=True)
                        r236_counts["safe"] += 1
                    else:
                        pid = "d236-p2-%d" % r236_n[0]
                        J(pid, "r236_p2", p, R236_DOM[d]["schema"], exp, [A, exp])
                        r236_counts["pair"] += 1
                    r236_prompts[p] = pid
                    r236_meta[pid] = {"base": bid, "v": kind + "/" + pick}
                # the other direction: the stored record is the later version, an older one above it
                p = ask[:-1] + "." + r236_rng.choice(R236_ASK2["later"]) + "\n\n" + r236_hdr_two(d, B, A, s, kind)
                if p not in r236_prompts:
                    r236_n[0] += 1
                    pid = "d236-s2-%d" % r236_n[0]
                    J(pid, "r236_s2", p, R236_DOM[d]["schema"], A, [A], safe=True)
                    r236_counts["safe"] += 1
                    r236_prompts[p] = pid
                    r236_meta[pid] = {"base": bid, "v": kind + "/rev"}
                # ordinal picks in the instruction over two equal versions, then the later one changed
                if kind in ("drafts", "amend", "v", "oldnew"):
                    word = {"drafts": "the second draft", "amend": "the amended %s" % R236_DOM[d]["noun"],
                            "v": "v2", "oldnew": "the new %s" % R236_DOM[d]["noun"]}[kind]
                    ask3 = ask[:-len(" as JSON.")] + " from " + word + " as JSON."
                    pb = ask3 + "\n\n" + r236_hdr_two(d, A, A, s, kind)
                    pv = ask3 + "\n\n" + r236_hdr_two(d, A, B, s, kind)
                    pv2 = ask3 + "\n\n" + r236_hdr_two(d, B, A, s, kind)
                    if pb not in r236_prompts:
                        r236_n[0] += 1
                        b3 = "d236-b3-%d" % r236_n[0]
                        J(b3, "r236_b3", pb, R236_DOM[d]["schema"], A, [A])
                        r236_prompts[pb] = b3
                        r236_counts["base"] += 1
                        r236_n[0] += 1
                        pid = "d236-p3-%d" % r236_n[0]
                        J(pid, "r236_p3", pv, R236_DOM[d]["schema"], B, [A, B])
                        r236_prompts[pv] = pid
                        r236_meta[pid] = {"base": b3, "v": kind + "/ord-later-changed"}
                        r236_counts["pair"] += 1
                        r236_n[0] += 1
                        pid = "d236-s3-%d" % r236_n[0]
                        J(pid, "r236_s3", pv2, R236_DOM[d]["schema"], A, [A], safe=True)
                        r236_prompts[pv2] = pid
                        r236_meta[pid] = {"base": b3, "v": kind + "/ord-earlier-changed"}
                        r236_counts["safe"] += 1


# ------------------------------------------------------------------ part 3: one stored record in fields, the variant
# gives a second value of one member in a small version mark (old -> new), so most of the text stays the same.
def r236_mark(dom, A, k, old, new, shape):
    """The fields of A with member k given as `old` then `new` in `shape` (the right value is `new`)."""
    L = R236_DOM[dom]["labels"]
    o, n = r236_fmt(old), r236_fmt(new)
    lines = []
    tail = []
    for f, v in A.items():
        lab = L[f]
        if f != k:
            lines.append("%s: %s" % (lab, r236_fmt(v)))
            continue
        if shape == "strike":
            lines.append("%s: ~~%s~~ %s" % (lab, o, n))
        elif shape == "del":
            lines.append("%s: <del>%s</del> <ins>%s</ins>" % (lab, o, n))
        elif shape == "corr-line":
            lines += ["%s: %s" % (lab, o), "%s (corrected): %s" % (lab, n)]
        elif shape == "v-lines":
            lines += ["%s: %s (v1)" % (lab, o), "%s: %s (v2, final)" % (lab, n)]
        elif shape == "oldnew-line":
            lines += ["Old %s: %s" % (lab.lower(), o), "New %s: %s" % (lab.lower(), n)]
        elif shape == "new-label":
            lines += ["%s: %s" % (lab, o), "%s (new): %s" % (lab, n)]
        elif shape == "updated":
            lines += ["%s: %s" % (lab, o), "Updated %s: %s" % (lab.lower(), n)]
        elif shape == "previous":
            lines += ["%s: %s" % (lab, n), "Previous %s: %s" % (lab.lower(), o)]
        elif shape == "arrow-amended":
            lines.append("%s: %s → %s (amended)" % (lab, o, n))
        elif shape == "bracket":
            lines.append("%s: %s [v2: %s]" % (lab, o, n))
        elif shape == "hook":
            lines += ["%s: %s" % (lab, o), "  ↳ amended: %s" % n]
        elif shape == "star":
            lines.append("%s: %s*" % (lab, o))
            tail.append("* amended to %s on 10 March" % n)
        elif shape == "ps":
            lines.append("%s: %s" % (lab, o))
            tail.append("PS: the %s is %s now." % (lab.lower(), n))
        elif shape == "diff":
            lines += ["- %s: %s" % (lab, o), "+ %s: %s" % (lab, n)]
        elif shape == "chg-block":
            lines.append("%s: %s" % (lab, o))
            tail.append("Changes since last week:\n* %s changed to %s" % (lab, n))
        elif shape == "chg-prev":
            lines.append("%s: %s" % (lab, o))
            tail.append("Changes since last week:\n%s %s (prev. %s)" % (lab, n, o))
        elif shape == "was":
            lines.append("%s: %s (was %s)" % (lab, n, o))
        elif shape == "now-was":
            lines.append("%s: now %s, was %s" % (lab, n, o))
        elif shape == "rev-tag":
            lines += ["%s: %s" % (lab, o), "[rev 2] %s: %s" % (lab, n)]
        elif shape == "amend-sub":
            lines.append("%s: %s" % (lab, o))
            tail.append("Amended booking:\n%s: %s" % (lab, n) if dom == "booking" else
                        "Amended %s:\n%s: %s" % (R236_DOM[dom]["noun"], lab, n))
        elif shape == "later-draft-only":
            lines.append("%s: %s" % (lab, o))
            tail.append("Later draft - only this line differs:\n%s: %s" % (lab, n))
        elif shape == "mail-reply-top":
            lines.append("%s: %s" % (lab, o))
            tail.append("RE: Kim, Tue 16:40 - please make it %s %s, rest as below/above." % (lab.lower(), n))
        elif shape not in ("table", "columns"):
            raise ValueError(shape)
    if shape == "table":
        hdr = "| Version | " + " | ".join(L[f] for f in A) + " |"
        row1 = "| v1 | " + " | ".join(r236_fmt(old if f == k else v) for f, v in A.items()) + " |"
        row2 = "| v2 (final) | " + " | ".join(r236_fmt(new if f == k else v) for f, v in A.items()) + " |"
        return "\n".join([hdr, "|---" * (len(A) + 1) + "|", row1, row2])
    if shape == "columns":
        out = ["Field | Draft 1 | Draft 2 (final)"]
        for f, v in A.items():
            out.append("%s | %s | %s" % (L[f], r236_fmt(old if f == k else v), r236_fmt(new if f == k else v)))
        return "\n".join(out)
    return "\n".join(lines) + ("\n\n" + "\n\n".join(tail) if tail else "")


R236_SHAPES3 = ["strike", "del", "corr-line", "v-lines", "oldnew-line", "new-label", "updated", "previous",
                "arrow-amended", "bracket", "hook", "star", "ps", "diff", "chg-block", "chg-prev", "was", "now-was",
                "rev-tag", "amend-sub", "later-draft-only", "mail-reply-top", "table", "columns"]
R236_INTRO = ["", "Please process the following %s.\n\n", "Details below:\n\n"]

for r236_dom in R236_DOM:
    for r236_rep in range(3):
        A = r236_rec(r236_dom)
        d = r236_dom
        intro = R236_INTRO[r236_rep] % R236_DOM[d]["noun"] if "%s" in R236_INTRO[r236_rep] else R236_INTRO[r236_rep]
        ask = R236_DOM[d]["ask"]
        base_p = ask + "\n\n" + intro + r236_lines(d, A)
        if base_p in r236_prompts:
            continue
        r236_n[0] += 1
        bid = "d236-b4-%d" % r236_n[0]
        J(bid, "r236_b4", base_p, R236_DOM[d]["schema"], A, [A])
        r236_prompts[base_p] = bid
        r236_counts["base"] += 1
        for shape in R236_SHAPES3:
            B, k = r236_change(d, A)
            # (a) stored value old, the new one given in the mark: right is B
            p = ask + "\n\n" + intro + r236_mark(d, A, k, A[k], B[k], shape)
            if p not in r236_prompts:
                r236_n[0] += 1
                pid = "d236-p4-%d" % r236_n[0]
                J(pid, "r236_p4", p, R236_DOM[d]["schema"], B, [A, B])
                r236_prompts[p] = pid
                r236_meta[pid] = {"base": bid, "v": shape + "/new"}
                r236_counts["pair"] += 1
            # (b) the other direction: the stored value is the new one, an older one beside it: right is A (safe)
            p = ask + "\n\n" + intro + r236_mark(d, A, k, B[k], A[k], shape)
            if p not in r236_prompts:
                r236_n[0] += 1
                pid = "d236-s4-%d" % r236_n[0]
                J(pid, "r236_s4", p, R236_DOM[d]["schema"], A, [A], safe=True)
                r236_prompts[p] = pid
                r236_meta[pid] = {"base": bid, "v": shape + "/old"}
                r236_counts["safe"] += 1
            # (c) the mark over the stored value, then a second request where the NEW value changes again
            B3, _ = r236_change(d, B, k)
            if False and B3[k] != A[k]:
                p = ask + "\n\n" + intro + r236_mark(d, A, k, A[k], B3[k], shape)
                p0 = ask + "\n\n" + intro + r236_mark(d, A, k, A[k], B[k], shape)
                if p not in r236_prompts:
                    r236_n[0] += 1
                    pid = "d236-p5-%d" % r236_n[0]
                    J(pid, "r236_p5", p, R236_DOM[d]["schema"], B3, [B, B3])
                    r236_prompts[p] = pid
                    r236_meta[pid] = {"base": r236_prompts[p0], "v": shape + "/new-again"}
                    r236_counts["pair"] += 1


# ------------------------------------------------------------------ part 4: singles (no stored base near them); the
# model's first answer keeps the old version's value, a later one is right. Run 2 shows whether the mistake was stored.
for r236_dom in R236_DOM:
    d = r236_dom
    ask = R236_DOM[d]["ask"]
    for shape in R236_SHAPES3:
        A = r236_rec(d)
        B, k = r236_change(d, A)
        p = ask + "\n\n" + r236_mark(d, A, k, A[k], B[k], shape)
        if p not in r236_prompts:
            r236_n[0] += 1
            pid = "d236-x4-%d" % r236_n[0]
            J(pid, "r236_x4", p, R236_DOM[d]["schema"], B, [A, B])
            r236_prompts[p] = pid
            r236_meta[pid] = {"v": shape + "/single"}
            r236_counts["single"] += 1
    for style in ("lines", "prose"):
        for kind in R236_KINDS2:
            A = r236_rec(d)
            B, k = r236_change(d, A)
            p = ask + "\n\n" + r236_hdr_two(d, A, B, style, kind)
            if p not in r236_prompts:
                r236_n[0] += 1
                pid = "d236-x2-%d" % r236_n[0]
                J(pid, "r236_x2", p, R236_DOM[d]["schema"], B, [A, B])
                r236_prompts[p] = pid
                r236_meta[pid] = {"v": kind + "/" + style + "/single"}
                r236_counts["single"] += 1
    # the other direction: the request picks the original, the model first gives the later version
    for cont in ("drafts", "v", "amend", "oldnew", "rev", "mail", "changes"):
        A = r236_rec(d)
        B, k = r236_change(d, A)
        p = ask + "\n\n" + R236_CONT[cont](d, A, B, "earlier", False, "lines")
        if p not in r236_prompts:
            r236_n[0] += 1
            pid = "d236-x1-%d" % r236_n[0]
            J(pid, "r236_x1", p, R236_DOM[d]["schema"], A, [B, A])
            r236_prompts[p] = pid
            r236_meta[pid] = {"v": cont + "/earlier/single"}
            r236_counts["single"] += 1


# ------------------------------------------------------------------ part 5: the stored record unchanged, the later
# version given only in a sentence above it (an e-mail's newest line) or a short line below it.
R236_ABOVE = [
    "Hi Kim, one change from last week: the {l} is {n} now. The rest is as below:",
    "Revised copy (the {l} changed to {n}, all else the same):",
    "Second draft - same as the first except {l} {n}:",
    "Latest message (Tue): please use {n} for the {l}; original details follow.",
    "Update: {l} is now {n}. Original record:",
    "The second copy is the corrected one: {l} {n}. First copy:",
    "Amended booking, {l} {n} instead of {o}. Original:",
    "Note from the front desk, we moved the {l} from {o} to {n}. Record as first entered:",
]
R236_BELOW = ["v2: {n}", "Rev. 2 - {n}", "2nd draft: {n}", "-> {n}", "Final: {n}", "{n} (final)", "[{n}]",
              "Draft 2 {l} {n}"]
for r236_dom in R236_DOM:
    d = r236_dom
    ask = R236_DOM[d]["ask"]
    L = R236_DOM[d]["labels"]
    for bp in [r236_p for r236_p in list(r236_prompts) if r236_prompts[r236_p].startswith("d236-b4-")
               and r236_p.startswith(ask)]:
        bid = r236_prompts[bp]
        A = next(r236_q for r236_q in P if r236_q["id"] == bid)["expect"]["json"]
        body = bp[len(ask) + 2:]
        for tmpl in R236_ABOVE + R236_BELOW:
            B, k = r236_change(d, A)
            t = tmpl.format(l=L[k].lower(), n=r236_fmt(B[k]), o=r236_fmt(A[k]))
            if tmpl in R236_ABOVE:
                p = ask + "\n\n" + t + "\n" + body
            else:
                p = ask + "\n\n" + body + "\n" + t
            if p in r236_prompts:
                continue
            r236_n[0] += 1
            pid = "d236-p6-%d" % r236_n[0]
            J(pid, "r236_p6", p, R236_DOM[d]["schema"], B, [A, B])
            r236_prompts[p] = pid
            r236_meta[pid] = {"base": bid, "v": ("above:" if tmpl in R236_ABOVE else "below:") + tmpl[:30]}
            r236_counts["pair"] += 1

# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest, each with the base of its pair (arguable ones left out).
from probe_kit import sample_round as r236_sample_round  # noqa: E402

r236_all = list(P)
r236_sample_round("d236-", set(), 30, safe_every=10)
r236_keep = {r236_p["id"] for r236_p in P if r236_p["id"].startswith("d236-")}
r236_keep |= {r236_meta[r236_i]["base"] for r236_i in list(r236_keep) if r236_meta.get(r236_i, {}).get("base")}
P[:] = [r236_p for r236_p in r236_all if (not r236_p["id"].startswith("d236-") or r236_p["id"] in r236_keep)
        and r236_p["id"] not in r236_arguable]
