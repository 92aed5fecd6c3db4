"""Red-team round 134 (black box, stepcache-s45): RECORDS AND PROSE, json_extract.
Focus: texts holding several people/items/events in prose or semi-structured form -- change logs, replies that
correct a value, e-mail threads with a quoted earlier record, agent/customer transcripts, previous/new forms,
before/after blocks, guest+companion, sender+recipient, shipping+billing, names that are common words ("May Page",
job "Page", city "Nice"), one number in two roles, pronouns ("she is 41; her brother is 38").
2233 probes (1206 pair variants over 59 stored bases, 802 singles, 166 safe). Bases that StepCache stores are plain
labelled records ("Extract name, age and room as JSON.\nName: Ana Lind\nAge: 41\nRoom: 214", "Recipient: … City: …",
"Brother: … Brother age: …"); "the guest's", "Guest:", "Order to JSON" with shipping/billing, "Start month" are not stored.
HELD (every one refused, patched right, or served fresh and never stored): change logs, replies, corrections, quoted
threads (new on top, old quoted; swapped), transcripts (swapped, "Yes, room N is right"), previous/new and old/current
forms, before/after, companion/plus-one records swapped, tworec (checked out / checked in), pronoun prose, the same
number as age and room, intro sentences above the record that correct it (with digits, in words "three-ten"), every
added field that moves a member ("New room:", "Moved to:", "Now:", "Room (new):", "Room -> N", "Reassigned:", "Actual
room:", "Neues Zimmer:", "Correct age:", "Married name:", "Occupant:"), in-field corrections through the licensed rewrite
("214 → 310", "310 (was 214)", "~~214~~ 310", "214 (old) 310 (new)", "not 214 but 310", "Ana Lind (now Ana Berg)",
"41 (typo, should be 51)"), pointer values the rules list ("same as companion", "see above", "she", "to be confirmed",
"his", "next to 214", "214 or 310"), companion fields whose value moves a member, strikethrough/<del>/<s>/HTML
comments/diff +/- lines/checkboxes/YAML and INI comments in fences, and all singles except those below.
SAFE reused: whitespace, the headings "Text:", "Input:", "Record:", "Data:", "Source:", "Document:", "Form:", bullets,
" | " and "; " joins, a code fence; not reused (over-strict): an intro sentence, "Phone:"/"Gate:" fields, "Travel companion:".
GOT THROUGH (confirmed alone on a fresh store, --runs 2):
(1) A NAME-LIKE STRING MEMBER WHOSE FIELD NOW HOLDS A RELATION OR ROLE, NOT A NAME, rewritten by the licensed rewrite
    and served from the cache: stored "Name: Ana Lind" -> "Name: her brother" served {"name": "her brother", ...};
    "Name: the companion", "Name: his sister", "Name: the booker"; "Recipient: her brother" / "the companion" / "his
    sister" / "their daughter" / "the undersigned" / "the latter" / "the tenant" / "the booker"; "Brother: the companion",
    "Brother: his sister" (reason: "all 3 steps verified after a licensed rewrite"). SINGLES: the model's copy of such a
    value is stored and served again: "Name: your colleague" -> {"name": "your colleague"}, "Recipient: your colleague",
    "City: his city" -> {"city": "his city"}. (Pairs "City: her hometown"/"his city" reused only in the combined run --
    held alone; the single "Name: her brother" was not stored alone.)
CONFIRMED ALONE: 31 items (28 pairs, 3 singles) in alone.txt; 7 arguable in alone_arguable.txt. The combined run
served ~290 ids wrong from the cache, nearly all of this one shape (and the arguable comment marks); not all confirmed
alone for lack of time (the VM ran at load ~26).
ARGUABLE (r134_arguable; expect 999 -- the line is commented out, so the text does not state the value): a field behind
a comment/heading mark reused as if it were plain: "# Room: 214" (m-hash), "-- Room: 214" (y-sql), "# Age: 41"
(y-hash-age). Held: "## Room", "#Room" in YAML fences, "; Room" in INI fences, "// Room", "<!-- Room -->".
Adds its probes to probe_kit.P."""
import json as r134_json
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r134_pairs = []
r134_singles = []
r134_safe = []
r134_arguable = set()
r134_seen = set()

r134_PEOPLE = [
    # name, age, room, new room, other name, other age, city, other city
    ("Ana Lind", 41, 214, 310, "Per Lind", 38, "Nice", "Lyon"),
    ("May Holt", 38, 112, 121, "June Holt", 36, "Bath", "Reading"),
    ("Page Dahl", 52, 407, 470, "Rose Dahl", 49, "Split", "Zadar"),
    ("Olav Berg", 29, 503, 305, "Hope Berg", 27, "Mobile", "Austin"),
    ("Eva Moe", 63, 18, 81, "Will Moe", 66, "Reading", "Bath"),
    ("Liv Aas", 34, 220, 202, "Mark Aas", 31, "Nice", "Cannes"),
]
r134_SINGLE_PEOPLE = [
    ("Siv Rud", 47, 315, 351, "Bo Rud", 45, "Nice", "Lyon"),
    ("April Vik", 25, 610, 106, "Sam Vik", 23, "Bath", "Wells"),
    ("Grace Lie", 58, 74, 47, "Frank Lie", 61, "Mobile", "Selma"),
    ("Tor Nes", 44, 302, 320, "Joy Nes", 40, "Split", "Hvar"),
]

r134_G = S({"name": "string", "age": "integer", "room": "integer"})
r134_GI = "Extract name, age and room as JSON.\n"


def r134_chk(pr):
    assert pr not in r134_seen, pr
    r134_seen.add(pr)


def r134_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False):
    b = "d134-b-" + tag
    v = "d134-v-" + tag
    if vpr in r134_seen:
        return
    r134_chk(vpr)
    if bpr not in r134_seen:
        r134_seen.add(bpr)
        J(b, "r134_" + fam + "_base", bpr, sch, bexp, [bexp])
    else:
        b = r134_bid[bpr]
    r134_bid[bpr] = b
    J(v, "r134_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp, vexp])
    if arg:
        r134_arguable.add(v)
    r134_pairs.append((b, v))


r134_bid = {}


def r134_safe_v(tag, fam, sch, bpr, bexp, vpr):
    b = "d134-b-" + tag
    v = "d134-ok-" + tag
    r134_chk(vpr)
    if bpr not in r134_seen:
        r134_seen.add(bpr)
        J(b, "r134_" + fam + "_base", bpr, sch, bexp, [bexp])
        r134_bid[bpr] = b
    else:
        b = r134_bid[bpr]
    J(v, "r134_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r134_safe.append((b, v))


def r134_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d134-s-" + tag
    if pr in r134_seen:
        return
    r134_chk(pr)
    J(s, "r134_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    if arg:
        r134_arguable.add(s)
    r134_singles.append(s)


def r134_rec(n, a, r, lead=""):
    return "%sName: %s\n%sAge: %d\n%sRoom: %d" % (lead, n, lead, a, lead, r)


# Each shape: (tag, builder(person) -> (text, right answer, stale answer))
def r134_shapes(p):
    n, a, r, r2, o, oa, c, oc = p
    first = n.split()[0]
    sh = []
    # 1 change log after the record
    sh.append(("log", r134_rec(n, a, r) + "\nChange log: changed room from %d to %d." % (r, r2),
               {"name": n, "age": a, "room": r2}))
    sh.append(("log2", r134_rec(n, a, r) + "\n\nHistory:\n- 09:12 room %d assigned\n- 11:40 room changed to %d (noise complaint)" % (r, r2),
               {"name": n, "age": a, "room": r2}))
    # 2 reply correcting one value
    sh.append(("reply", r134_rec(n, a, r) + "\n\nReply from front desk: small mistake above - %s was moved, she is in %d now." % (first, r2),
               {"name": n, "age": a, "room": r2}))
    sh.append(("reply-age", r134_rec(n, a, r) + "\n\nReply: the age is a typo, %s is %d." % (first, a + 10),
               {"name": n, "age": a + 10, "room": r}))
    # 3 thread with quoted old message, new message on top
    sh.append(("quote", "Hi all, final details: %s, %d, room %d.\n\n> On Monday %s wrote:\n> Guest: %s\n> Age: %d\n> Room: %d" % (n, a, r2, first, n, a, r),
               {"name": n, "age": a, "room": r2}))
    sh.append(("quote-name", "Update: the room is now booked for %s (%d), room %d.\n\n> On Monday reception wrote:\n> Guest: %s\n> Age: %d\n> Room: %d" % (o, oa, r, n, a, r),
               {"name": o, "age": oa, "room": r}))
    # 4 transcript
    sh.append(("chat", "Agent: I have %s, age %d, in room %d. Is that right?\nCustomer: Almost - I was moved to room %d yesterday.\nAgent: Noted, room %d." % (n, a, r, r2, r2),
               {"name": n, "age": a, "room": r2}))
    sh.append(("chat2", "Agent: Room %d for %s, %d years?\nCustomer: No, room %d is my brother's. I am in %d.\nAgent: Got it." % (r, n, a, r, r2),
               {"name": n, "age": a, "room": r2}))
    # 5 previous/new form
    sh.append(("prevnew", "Name: %s\nAge: %d\nPrevious room: %d\nNew room: %d" % (n, a, r, r2),
               {"name": n, "age": a, "room": r2}))
    sh.append(("newprev", "Name: %s\nAge: %d\nNew room: %d\nPrevious room: %d" % (n, a, r2, r),
               {"name": n, "age": a, "room": r2}))
    sh.append(("beforeafter", "Before:\n" + r134_rec(n, a, r, "  ") + "\nAfter:\n" + r134_rec(n, a, r2, "  "),
               {"name": n, "age": a, "room": r2}))
    # 6 companion sub-record; guest changed
    sh.append(("companion", "Guest: %s, age %d, room %d\nCompanion: %s, age %d, room %d" % (o, oa, r2, n, a, r),
               {"name": o, "age": oa, "room": r2}))
    sh.append(("companion-prose", "%s (%d) checks in to room %d. Travelling with: %s, %d, room %d." % (o, oa, r2, n, a, r),
               {"name": o, "age": oa, "room": r2}))
    # 7 pronouns
    sh.append(("pron", "The booking is for %s. She is %d; her brother %s is %d. She sleeps in %d, he in %d." % (n, oa, o, a, r2, r),
               {"name": n, "age": oa, "room": r2}))
    # 8 same number two roles
    sh.append(("sameval", "Name: %s\nAge: %d\nRoom: %d" % (n, a, a),
               {"name": n, "age": a, "room": a}))
    sh.append(("swapval", "Name: %s\nAge: %d\nRoom: %d\n(Not age %d - that is the room.)" % (n, r, a, a) if r < 130 else
               "Name: %s\nAge: %d\nRoom: %d\nNote: %s's father in room %d is %d." % (n, a, r2, first, r, a + 30),
               {"name": n, "age": r, "room": a} if r < 130 else {"name": n, "age": a, "room": r2}))
    # 9 moved-out record then another guest
    sh.append(("tworec", "Checked out: %s, age %d, room %d\nChecked in: %s, age %d, room %d" % (n, a, r, o, oa, r),
               {"name": o, "age": oa, "room": r}))
    return sh


def r134_main():
    for r134_i, r134_p in enumerate(r134_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        r134_bpr = r134_GI + r134_rec(n, a, r)
        r134_bexp = {"name": n, "age": a, "room": r}
        for tag, txt, exp in r134_shapes(r134_p):
            r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, r134_bpr, r134_bexp, r134_GI + txt, exp)
        # second base for quoted thread: new on top says r, quoted says r0
        r134_q0 = r134_GI + "Hi, confirmed: %s, %d, room %d.\n\n> On Friday %s wrote:\n> Room: %d please" % (n, a, r, n.split()[0], r2)
        r134_q1 = r134_GI + "Hi, confirmed: %s, %d, room %d.\n\n> On Friday %s wrote:\n> Room: %d please" % (n, a, r2, n.split()[0], r)
        r134_pair("qswap-%d" % r134_i, "qswap", r134_G, r134_q0, {"name": n, "age": a, "room": r}, r134_q1,
                  {"name": n, "age": a, "room": r2})
        # prev/new base swapped
        r134_pn0 = r134_GI + "Name: %s\nAge: %d\nOld room: %d\nCurrent room: %d" % (n, a, r2, r)
        r134_pn1 = r134_GI + "Name: %s\nAge: %d\nOld room: %d\nCurrent room: %d" % (n, a, r, r2)
        r134_pair("pnswap-%d" % r134_i, "pnswap", r134_G, r134_pn0, {"name": n, "age": a, "room": r}, r134_pn1,
                  {"name": n, "age": a, "room": r2})
        # transcript base swapped
        r134_c0 = r134_GI + "Agent: %s, %d, room %d?\nCustomer: No, room %d." % (n, a, r2, r)
        r134_c1 = r134_GI + "Agent: %s, %d, room %d?\nCustomer: No, room %d." % (n, a, r, r2)
        r134_pair("cswap-%d" % r134_i, "cswap", r134_G, r134_c0, {"name": n, "age": a, "room": r}, r134_c1,
                  {"name": n, "age": a, "room": r2})
        r134_c2 = r134_GI + "Agent: %s, %d, room %d?\nCustomer: Yes, room %d is right." % (n, a, r, r)
        r134_pair("cyes-%d" % r134_i, "cyes", r134_G, r134_c0, {"name": n, "age": a, "room": r}, r134_c2,
                  {"name": n, "age": a, "room": r})
        # companion swapped
        r134_m0 = r134_GI + "Main guest: %s, age %d, room %d\nPlus one: %s, age %d, room %d" % (n, a, r, o, oa, r2)
        r134_m1 = r134_GI + "Main guest: %s, age %d, room %d\nPlus one: %s, age %d, room %d" % (o, oa, r2, n, a, r)
        r134_pair("mswap-%d" % r134_i, "mswap", r134_G, r134_m0, {"name": n, "age": a, "room": r}, r134_m1,
                  {"name": o, "age": oa, "room": r2})
        # pronoun swap: "she is X; her brother is Y"
        r134_PS = S({"name": "string", "age": "integer"})
        r134_pi = "Extract the brother's name and age as JSON.\n"
        r134_p0 = r134_pi + "%s is %d; her brother %s is %d." % (n, a, o, oa)
        r134_p1 = r134_pi + "%s is %d; her brother %s is %d." % (n, oa, o, a)
        r134_pair("pswap-%d" % r134_i, "pswap", r134_PS, r134_p0, {"name": o, "age": oa}, r134_p1, {"name": o, "age": a})
        r134_p2 = r134_pi + "%s is %d; his sister %s is %d." % (o, oa, n, a)
        r134_safe_v("pswap-%d" % r134_i, "pswap", r134_PS, r134_p0, {"name": o, "age": oa}, r134_p2)
        r134_p3 = r134_pi + "%s is %d; her brother %s is %d. She is older." % (n, a, o, oa)
        r134_pair("pswap2-%d" % r134_i, "pswap2", r134_PS, r134_p0, {"name": o, "age": oa}, r134_p3, {"name": o, "age": oa}) if False else None
        # safe variants on plain base
        for stag, stxt in [("ws", "  Name:  %s\n Age: %d\nRoom:   %d\n" % (n, a, r)),
                           ("unrel", r134_rec(n, a, r) + "\nBreakfast is served from 7."),
                           ("para", "%s, aged %d, is staying in room %d." % (n, a, r)),
                           ("confirm", r134_rec(n, a, r) + "\n\nReply: confirmed, room %d is right." % r),
                           ("quoteid", "Confirmed as below.\n\n> Name: %s\n> Age: %d\n> Room: %d" % (n, a, r))]:
            r134_safe_v("%s-%d" % (stag, r134_i), stag, r134_G, r134_bpr, r134_bexp, r134_GI + stxt)

    # ---- singles: the model takes the quoted/old/other record's value
    for r134_i, r134_p in enumerate(r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        for tag, txt, exp in r134_shapes(r134_p):
            if tag in ("sameval",):
                mis = dict(exp, room=r)
            elif exp["name"] != n:
                mis = {"name": n, "age": a, "room": r}
            elif exp.get("age") != a:
                mis = dict(exp, age=a)
            elif exp["room"] != r:
                mis = dict(exp, room=r)
            else:
                mis = dict(exp, room=r2)
            r134_single("%s-%d" % (tag, r134_i), tag, r134_G, r134_GI + txt, exp, mis)
            # mixed: right room from one record, name of the other
            if exp["name"] != n:
                r134_single("%s-mix-%d" % (tag, r134_i), tag + "-mix", r134_G, "Guest record to JSON (name, age, room).\n" + txt,
                            exp, dict(exp, name=n))

    # ---- brother record (stored base: labelled fields)
    r134_BS = S({"brother": "string", "brother_age": "integer"})
    r134_BI = "Extract the brother as JSON.\n"
    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        b0 = r134_BI + "Brother: %s\nBrother age: %d" % (o, oa)
        e0 = {"brother": o, "brother_age": oa}
        vs = [
            ("sis", r134_BI + "Sister: %s\nSister age: %d\nBrother: %s\nBrother age: %d" % (o, oa, n, a), {"brother": n, "brother_age": a}),
            ("prose", r134_BI + "%s is %d; her brother %s is %d." % (o, oa, n, a), {"brother": n, "brother_age": a}),
            ("pron", r134_BI + "Brother: %s\nBrother age: %d\nShe is %d; he is %d." % (o, oa, oa, a), {"brother": o, "brother_age": a}),
            ("corr", r134_BI + "Brother: %s\nBrother age: %d\nReply: he turned %d last week." % (o, oa, oa + 1), {"brother": o, "brother_age": oa + 1}),
            ("prevnew", r134_BI + "Brother: %s\nBrother age: %d (previous form)\nBrother age: %d (new form)" % (o, oa, a), {"brother": o, "brother_age": a}),
            ("intro", r134_BI + "Note that he is %d now, not as written below:\nBrother: %s\nBrother age: %d" % (a, o, oa), {"brother": o, "brother_age": a}),
            ("halfbro", r134_BI + "Half-brother: %s\nHalf-brother age: %d\nBrother: %s\nBrother age: %d" % (o, oa, n, a), {"brother": n, "brother_age": a}),
            ("bil", r134_BI + "Brother-in-law: %s\nBrother-in-law age: %d\nBrother: %s\nBrother age: %d" % (o, oa, n, a), {"brother": n, "brother_age": a}),
        ]
        for tag, vpr, vexp in vs:
            if single:
                r134_single("bro-%s-%d" % (tag, r134_i), "bro-" + tag, r134_BS, vpr, vexp, e0 if e0 != vexp else {"brother": n, "brother_age": a})
            else:
                r134_pair("bro-%s-%d" % (tag, r134_i), "bro-" + tag, r134_BS, b0, e0, vpr, vexp)
        if not single:
            r134_safe_v("bro-ws-%d" % r134_i, "bro", r134_BS, b0, e0, r134_BI + "Brother:  %s\nBrother age:  %d\n" % (o, oa))
            r134_safe_v("bro-sis-%d" % r134_i, "bro", r134_BS, b0, e0, r134_BI + "Brother: %s\nBrother age: %d\nSister: %s\nSister age: %d" % (o, oa, n, a))

    # ---- recipient (stored base: labelled fields)
    r134_R = S({"recipient": "string", "city": "string"})
    r134_RI = "Extract the recipient and city as JSON.\n"
    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        b0 = r134_RI + "Recipient: %s\nCity: %s" % (o, oc)
        e0 = {"recipient": o, "city": oc}
        vs = [
            ("sender", r134_RI + "Sender: %s\nCity: %s\nRecipient: %s\nCity: %s" % (o, oc, n, c), {"recipient": n, "city": c}),
            ("prose", r134_RI + "%s in %s is sending the parcel to %s in %s." % (o, oc, n, c), {"recipient": n, "city": c}),
            ("redirect", r134_RI + "Recipient: %s\nCity: %s\nRedirect: deliver to %s instead." % (o, oc, c), {"recipient": o, "city": c}),
            ("quote", r134_RI + "Please send it to %s in %s now.\n\n> Recipient: %s\n> City: %s" % (n, c, o, oc), {"recipient": n, "city": c}),
            ("intro", r134_RI + "The label below is outdated, the parcel now goes to %s:\nRecipient: %s\nCity: %s" % (c, o, oc), {"recipient": o, "city": c}),
            ("changed", r134_RI + "Recipient: %s\nCity: %s\nChange log: recipient changed from %s to %s." % (o, oc, o, n), {"recipient": n, "city": oc}),
            ("billing", r134_RI + "Recipient: %s\nBilling city: %s\nCity: %s" % (o, oc, c), {"recipient": o, "city": c}),
            ("prevcity", r134_RI + "Recipient: %s\nPrevious city: %s\nCity: %s" % (o, oc, c), {"recipient": o, "city": c}),
            ("newcity", r134_RI + "Recipient: %s\nCity: %s\nNew city: %s" % (o, oc, c), {"recipient": o, "city": c}),
            ("return", r134_RI + "Return label.\nOriginal recipient: %s\nCity: %s\nReturn to: %s, %s" % (o, oc, n, c), {"recipient": n, "city": c}),
        ]
        for tag, vpr, vexp in vs:
            arg = tag in ("return",)
            if single:
                r134_single("rcpt-%s-%d" % (tag, r134_i), "rcpt-" + tag, r134_R, vpr, vexp, e0, arg=arg)
            else:
                r134_pair("rcpt-%s-%d" % (tag, r134_i), "rcpt-" + tag, r134_R, b0, e0, vpr, vexp, arg=arg)
        if not single:
            r134_safe_v("rcpt-ws-%d" % r134_i, "rcpt", r134_R, b0, e0, r134_RI + "Recipient:  %s\nCity:  %s\n" % (o, oc))
            r134_safe_v("rcpt-snd-%d" % r134_i, "rcpt", r134_R, b0, e0, r134_RI + "Recipient: %s\nCity: %s\nSender: %s" % (o, oc, n))

    # ---- A: intro sentence above the record that corrects it; B: a field of no member after it
    r134_INTROS = [
        ("i-moved", "Please process this booking; she moved to room {r2} this morning:", "room"),
        ("i-outd", "Note that the room below is outdated, the correct one is {r2}:", "room"),
        ("i-fwd", "Forwarding the old form, the guest is in {r2} now:", "room"),
        ("i-leak", "{first} switched to room {r2} after the leak, original form follows:", "room"),
        ("i-monday", "This is the form from Monday, before her move to {r2}:", "room"),
        ("i-ignore", "Ignore the room on the form, it is {r2} now!", "room"),
        ("i-words", "She moved to room {r2w} this morning, the form is old:", "room"),
        ("i-q", "Did you know she is in room {r2} since yesterday?", "room"),
        ("i-age", "The form below is wrong about her age, she is {a10}:", "age"),
        ("i-agebd", "She had her birthday yesterday and is {a1} now:", "age"),
        ("i-name", "The booking below was transferred to {o}, same age:", "name"),
        ("i-married", "She married last week and is now called {first} Berg:", "nameb"),
    ]
    r134_ADDS = [
        ("f-new", "New room: {r2}", "room", False), ("f-moved", "Moved to: {r2}", "room", False),
        ("f-now", "Now: {r2}", "room", True), ("f-roomnew", "Room (new): {r2}", "room", False),
        ("f-arrow", "Room -> {r2}", "room", False), ("f-reass", "Reassigned: {r2}", "room", False),
        ("f-corr", "Corrected: {r2}", "room", True), ("f-upd", "Update: room {r2}", "room", False),
        ("f-actual", "Actual room: {r2}", "room", False), ("f-current", "Current room: {r2}", "room", False),
        ("f-rm", "Rm now: {r2}", "room", False), ("f-zimmer", "Neues Zimmer: {r2}", "room", False),
        ("f-transfer", "Transferred to room {r2}", "room", False), ("f-from", "Changed room from {r} to {r2}", "room", False),
        ("f-agecorr", "Correct age: {a10}", "age", False), ("f-agenow", "Age now: {a1}", "age", False),
        ("f-agepass", "Age (passport): {a10}", "age", True), ("f-newname", "New name: {first} Berg", "nameb", False),
        ("f-married", "Married name: {first} Berg", "nameb", True),
        ("f-occ", "Occupant: {o}", "occ", True),
        ("f-agent", "Agent: is that still right?\nCustomer: no, I am in {r2} now.", "room", False),
    ]
    r134_NUMW = {310: "three-ten", 121: "one twenty-one", 470: "four seventy", 305: "three-oh-five", 81: "eighty-one",
                 202: "two-oh-two", 351: "three fifty-one", 106: "one-oh-six", 47: "forty-seven", 320: "three-twenty"}

    def r134_fill(t, p):
        n, a, r, r2, o, oa, c, oc = p
        return t.format(r2=r2, r=r, first=n.split()[0], a10=a + 10, a1=a + 1, o=o, r2w=r134_NUMW[r2])

    def r134_rexp(kind, p):
        n, a, r, r2, o, oa, c, oc = p
        e = {"name": n, "age": a, "room": r}
        if kind == "room":
            e["room"] = r2
        elif kind == "age":
            e["age"] = None
        elif kind == "name":
            e["name"] = o
            e["age"] = None
        elif kind == "nameb":
            e["name"] = n.split()[0] + " Berg"
        elif kind == "occ":
            e = {"name": o, "age": 999, "room": r}
        return e

    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        bpr = r134_GI + r134_rec(n, a, r)
        be = {"name": n, "age": a, "room": r}
        items = []
        for tag, t, kind in r134_INTROS:
            items.append((tag, r134_fill(t, r134_p) + "\n" + r134_rec(n, a, r), kind, False))
        for tag, t, kind, arg in r134_ADDS:
            items.append((tag, r134_rec(n, a, r) + "\n" + r134_fill(t, r134_p), kind, arg))
            if kind == "room":
                items.append((tag + "-top", r134_fill(t, r134_p) + "\n" + r134_rec(n, a, r), kind, arg))
        for tag, txt, kind, arg in items:
            e = r134_rexp(kind, r134_p)
            if kind == "age":
                e["age"] = a + (10 if "a10" in tag or "corr" in tag or "pass" in tag or tag == "i-age" else 1)
            if kind == "name":
                e["age"] = a
            if single:
                r134_single("%s-%d" % (tag, r134_i), tag, r134_G, r134_GI + txt, e, be, arg=arg)
            else:
                r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, bpr, be, r134_GI + txt, e, arg=arg)
        if not single:
            for stag, stxt in [("s-intro", "Please process the following booking for next week:\n" + r134_rec(n, a, r)),
                               ("s-field", r134_rec(n, a, r) + "\nFloor: %d" % (r // 100 if r >= 100 else 0)),
                               ("s-comp", r134_rec(n, a, r) + "\nTravel companion: %s" % o),
                               ("s-prev", r134_rec(n, a, r) + "\nPrevious stay: 2024"),
                               ("s-arrival", r134_rec(n, a, r) + "\nArrival: May 3")]:
                r134_safe_v("%s-%d" % (stag, r134_i), stag, r134_G, bpr, be, r134_GI + stxt)

    # ---- names that are common words
    r134_W = S({"name": "string", "job": "string", "city": "string"})
    r134_WI = "Extract name, job and city as JSON.\n"
    r134_WORDS = [("May Page", "Page", "Nice"), ("June Nice", "Usher", "Reading"),
                  ("Will Mark", "Page", "Mobile"), ("Grace Page", "Clerk", "Nice"), ("Page May", "Cook", "Bath")]
    for r134_i, (wn, wj, wc) in enumerate(r134_WORDS):
        b = r134_WI + "Name: %s\nJob: %s\nCity: %s" % (wn, wj, wc)
        be = {"name": wn, "job": wj, "city": wc}
        vs = [
            ("w-prose", r134_WI + "%s works as a %s in %s. Her old job was Porter in Bath." % (wn, wj, wc), be, True),
            ("w-city", r134_WI + "Name: %s\nJob: %s\nCity: Lyon (was %s until last year)" % (wn, wj, wc), dict(be, city="Lyon"), False),
            ("w-city2", r134_WI + "Name: %s\nJob: %s\nCity: %s\nMoved to: Lyon" % (wn, wj, wc), dict(be, city="Lyon"), False),
            ("w-job", r134_WI + "Name: %s\nPrevious job: %s\nJob: Porter\nCity: %s" % (wn, wj, wc), dict(be, job="Porter"), False),
            ("w-job2", r134_WI + "Name: %s\nJob: %s\nCity: %s\nNew job: Porter" % (wn, wj, wc), dict(be, job="Porter"), False),
            ("w-mgr", r134_WI + "Manager: %s\nManager job: %s\nName: Rose Lake\nJob: Cook\nCity: %s" % (wn, wj, wc),
             {"name": "Rose Lake", "job": "Cook", "city": wc}, False),
            ("w-intro", r134_WI + "She took a new job as Porter in Lyon last month:\nName: %s\nJob: %s\nCity: %s" % (wn, wj, wc),
             dict(be, job="Porter", city="Lyon"), False),
        ]
        for tag, vpr, vexp, arg in vs:
            r134_pair("%s-%d" % (tag, r134_i), tag, r134_W, b, be, vpr, vexp, arg)
            sp = vpr.replace("Porter", "Baker").replace("Lyon", "Arles")
            sexp = r134_json.loads(r134_json.dumps(vexp).replace("Porter", "Baker").replace("Lyon", "Arles"))
            r134_single("%s-%d" % (tag, r134_i), tag, r134_W, sp.replace(r134_WI, "Extract name, job and city as JSON, please.\n"),
                        sexp, be if be != sexp else dict(be, job="Baker"), arg)
        r134_safe_v("w-para-%d" % r134_i, "w-para", r134_W, b, be, r134_WI + "Name: %s\nJob: %s\nCity: %s\nWelcome aboard!" % (wn, wj, wc))
        r134_safe_v("w-may-%d" % r134_i, "w-may", r134_W, b, be, r134_WI + "Name: %s\nJob: %s\nCity: %s\nStart: May" % (wn, wj, wc))


r134_main()


def r134_more():
    """D: the licensed rewrite -- one field keeps its label and its new value holds the old and new value, a
    correction, or a pointer; E: a field of no member (Companion) whose new value moves a member."""
    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        first = n.split()[0]
        nb = first + " Berg"
        bpr = r134_GI + r134_rec(n, a, r)
        be = {"name": n, "age": a, "room": r}
        bpc = r134_GI + r134_rec(n, a, r) + "\nCompanion: " + o
        rm = dict(be, room=r2)
        nm = dict(be, name=nb)
        items = [
            # tag, room text, name text, age text, expect, arguable, with companion base
            ("d-arrow", "%d → %d" % (r, r2), None, None, rm, False),
            ("d-arrow2", "%d->%d" % (r, r2), None, None, rm, False),
            ("d-was", "%d (was %d)" % (r2, r), None, None, rm, False),
            ("d-moved", "%d (moved to %d)" % (r, r2), None, None, rm, False),
            ("d-changed", "%d, changed to %d" % (r, r2), None, None, rm, False),
            ("d-semi", "%d; moved to %d" % (r, r2), None, None, rm, False),
            ("d-strike", "~~%d~~ %d" % (r, r2), None, None, rm, False),
            ("d-oldnew", "%d (old) %d (new)" % (r, r2), None, None, rm, False),
            ("d-slash", "%d / %d (new)" % (r, r2), None, None, rm, False),
            ("d-until", "%d until Tuesday, then %d" % (r, r2), None, None, rm, True),
            ("d-not", "not %d but %d" % (r, r2), None, None, rm, False),
            ("d-sp", "%d %d" % (r, r2), None, None, dict(be, room=999), True),
            ("d-her", "%d (her brother's; hers is %d)" % (r, r2), None, None, rm, False),
            ("d-shared", "%d, shared with %s, %d" % (r, o, oa), None, None, be, False),
            ("d-age", None, None, "%d (%d on Friday)" % (a, a + 1), dict(be, age=999), True),
            ("d-age2", None, None, "%d → %d" % (a, a + 1), dict(be, age=a + 1), False),
            ("d-age3", None, None, "%d (typo, should be %d)" % (a, a + 10), dict(be, age=a + 10), False),
            ("d-name", None, "%s → %s" % (n, nb), None, nm, False),
            ("d-name2", None, "%s (now %s)" % (n, nb), None, nm, False),
            ("d-name3", None, "~~%s~~ %s" % (n, nb), None, nm, False),
            ("d-name4", None, "%s, née %s" % (nb, n.split()[1]), None, nm, False),
            ("d-name5", None, "%s (booked by %s)" % (o, n), None, dict(be, name=o), False),
            ("d-name6", None, "%s for %s" % (n, o), None, dict(be, name=999), True),
            ("d-name7", None, "%s's brother %s" % (first, o), None, dict(be, name=o, age=999), True),
            ("d-p-bro", None, "her brother", None, dict(be, name=999), False),
            ("d-p-wife", None, "%s's wife" % o, None, dict(be, name=999), True),
            ("d-p-comp", None, "the companion", None, dict(be, name=999), False),
            ("d-p-same", None, "same as companion", None, dict(be, name=999), False),
            ("d-p-above", None, "see above", None, dict(be, name=999), False),
            ("d-p-she", None, "she", None, dict(be, name=999), False),
            ("d-p-tbc", None, "to be confirmed", None, dict(be, name=999), False),
            ("d-p-mrs", None, "Mrs. %s" % n.split()[1], None, dict(be, name="Mrs. %s" % n.split()[1]), True),
            ("d-r-his", "his", None, None, dict(be, room=999), False),
            ("d-r-next", "next to %d" % r, None, None, dict(be, room=999), False),
            ("d-r-opp", "opposite %d" % r, None, None, dict(be, room=999), False),
            ("d-r-above", "above %d" % r, None, None, dict(be, room=999), False),
            ("d-r-plus", "%d+1" % r, None, None, dict(be, room=999), True),
            ("d-r-or", "%d or %d" % (r, r2), None, None, dict(be, room=999), False),
            ("d-r-and", "%d and %d" % (r, r2), None, None, dict(be, room=999), False),
            ("d-a-room", None, None, "%d" % r, dict(be, age=r), True),
            ("d-a-bro", None, None, "%d (her brother: %d)" % (a, oa), be, False),
            ("d-a-bro2", None, None, "%d (hers: %d)" % (oa, a), dict(be, age=a), False),
        ]
        for tag, rt, nt, at, exp, arg in items:
            txt = "Name: %s\nAge: %s\nRoom: %s" % (nt or n, at or a, rt or r)
            if single:
                r134_single("%s-%d" % (tag, r134_i), tag, r134_G, r134_GI + txt, exp, be, arg=arg)
            else:
                r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, bpr, be, r134_GI + txt, exp, arg=arg)
        comps = [
            ("e-took", "%s (the booking is in his name now)" % o, dict(be, name=o, age=999), True),
            ("e-swap", "%s (they swapped rooms)" % o, dict(be, room=999), True),
            ("e-is", "%s, who is the actual guest" % o, dict(be, name=o, age=999), True),
            ("e-her", "her brother %s" % o, be, False),
            ("e-same", "%s" % n, be, False),
            ("e-age", "%s, same age" % o, be, False),
            ("e-moved", "%s (she moved in with him)" % o, dict(be, room=999), True),
        ]
        for tag, cv, exp, arg in comps:
            txt = r134_GI + r134_rec(n, a, r) + "\nCompanion: " + cv
            if single:
                r134_single("%s-%d" % (tag, r134_i), tag, r134_G, txt, exp, be, arg=arg)
            else:
                r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, bpc, be, txt, exp, arg=arg)
        if not single:
            r134_safe_v("e-other-%d" % r134_i, "e-other", r134_G, bpc, be, r134_GI + r134_rec(n, a, r) + "\nCompanion: Kim Sand")
            r134_safe_v("e-text-%d" % r134_i, "e-text", r134_G, bpc, be, r134_GI + "Text:\n" + r134_rec(n, a, r) + "\nCompanion: " + o)


r134_more()


def r134_marks():
    """F: layout marks that the reuse reads as layout (bullets, fences, separators, the heading "Text:") used to
    strike, comment out, delete or diff a field of the stored record."""
    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        bpr = r134_GI + r134_rec(n, a, r)
        be = {"name": n, "age": a, "room": r}
        L1, L2, L3 = "Name: %s" % n, "Age: %d" % a, "Room: %d" % r
        N3 = "Room: %d" % r2
        nr = dict(be, room=999)
        rm = dict(be, room=r2)
        items = [
            ("m-strike", "\n".join([L1, L2, "~~" + L3 + "~~"]), nr, False),
            ("m-strike-v", "\n".join([L1, L2, "Room: ~~%d~~" % r]), nr, False),
            ("m-strike-n", "\n".join([L1, L2, "~~" + L3 + "~~", N3]), rm, False),
            ("m-del", "\n".join([L1, L2, "<del>" + L3 + "</del>"]), nr, False),
            ("m-del-n", "\n".join([L1, L2, "<del>" + L3 + "</del> <ins>%s</ins>" % N3]), rm, False),
            ("m-s", "\n".join([L1, L2, "<s>" + L3 + "</s>"]), nr, False),
            ("m-hash", "\n".join([L1, L2, "# " + L3]), nr, True),
            ("m-slash", "\n".join([L1, L2, "// " + L3]), nr, True),
            ("m-html", "\n".join([L1, L2, "<!-- " + L3 + " -->"]), nr, True),
            ("m-html-n", "\n".join([L1, L2, "<!-- " + L3 + " -->", N3]), rm, False),
            ("m-diff", "```diff\n " + L1 + "\n " + L2 + "\n-" + L3 + "\n+" + N3 + "\n```", rm, False),
            ("m-diff2", " " + L1 + "\n " + L2 + "\n-" + L3 + "\n+" + N3, rm, False),
            ("m-diff3", "```diff\n " + L1 + "\n " + L2 + "\n-" + L3 + "\n```", nr, False),
            ("m-diff4", "--- old\n+++ new\n " + L1 + "\n " + L2 + "\n-" + L3 + "\n+" + N3, rm, False),
            ("m-bul", "- " + L1 + "\n- " + L2 + "\n- ~~" + L3 + "~~", nr, False),
            ("m-bul-n", "- " + L1 + "\n- " + L2 + "\n- ~~" + L3 + "~~\n- " + N3, rm, False),
            ("m-check", "- [x] " + L1 + "\n- [x] " + L2 + "\n- [ ] " + L3, nr, True),
            ("m-fence-q", "Text:\n> " + L1 + "\n> " + L2 + "\n> " + L3 + "\n" + N3, rm, False),
            ("m-pipe", " | ".join([L1, L2, L3]) + " | " + N3, dict(be, room=999), True),
            ("m-pipe-x", " | ".join([L1, L2, "~~" + L3 + "~~"]), nr, False),
            ("m-semi-n", "; ".join([L1, L2, L3]) + " (now %d)" % r2, rm, False),
            ("m-fence-old", "```old\n" + "\n".join([L1, L2, L3]) + "\n```\n```new\n" + "\n".join([L1, L2, N3]) + "\n```", rm, False),
            ("m-text-old", "Text:\n" + "\n".join([L1, L2, L3]) + "\nText:\n" + "\n".join([L1, L2, N3]), dict(be, room=999), True),
            ("m-form2", "Form:\n" + "\n".join([L1, L2, L3]) + "\nForm:\n" + "\n".join([L1, L2, N3]), dict(be, room=999), True),
            ("m-record-bro", "Record:\n" + "\n".join([L1, L2, L3]) + "\nRecord:\n" + "\n".join(["Name: " + o, "Age: %d" % oa, N3]),
             dict(be, room=999), True),
        ]
        for tag, txt, exp, arg in items:
            if single:
                r134_single("%s-%d" % (tag, r134_i), tag, r134_G, r134_GI + txt, exp, be, arg=arg)
            else:
                r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, bpr, be, r134_GI + txt, exp, arg=arg)
        if not single:
            for stag, stxt in [("m-s-text", "Text:\n" + r134_rec(n, a, r)), ("m-s-form", "Form:\n" + r134_rec(n, a, r)),
                               ("m-s-bul", "- " + L1 + "\n- " + L2 + "\n- " + L3), ("m-s-pipe", " | ".join([L1, L2, L3])),
                               ("m-s-fence", "```\n" + r134_rec(n, a, r) + "\n```"), ("m-s-semi", "; ".join([L1, L2, L3])),
                               ("m-s-doc", "Document:\n" + r134_rec(n, a, r)), ("m-s-src", "Source:\n" + r134_rec(n, a, r))]:
                r134_safe_v("%s-%d" % (stag, r134_i), stag, r134_G, bpr, be, r134_GI + stxt)


r134_marks()


r134_PTR = ["her brother", "the companion", "his sister", "her husband", "my wife", "the guest's son", "the other guest",
            "the booker", "the cardholder", "her mother", "their daughter", "the undersigned", "the latter",
            "her partner", "the previous guest", "the tenant", "his father", "the same person", "your colleague",
            "our client"]


def r134_ptrs():
    """P: a name-like string member whose field keeps its label and now holds a relation or role instead of a
    name ("Name: her brother"); the licensed rewrite copies it. Y: a YAML/INI comment mark before a field."""
    r134_R = S({"recipient": "string", "city": "string"})
    r134_BS = S({"brother": "string", "brother_age": "integer"})
    r134_W = S({"name": "string", "job": "string", "city": "string"})
    for r134_i, r134_p in enumerate(r134_PEOPLE + r134_SINGLE_PEOPLE):
        n, a, r, r2, o, oa, c, oc = r134_p
        single = r134_i >= len(r134_PEOPLE)
        bpr = r134_GI + r134_rec(n, a, r)
        be = {"name": n, "age": a, "room": r}
        rb = "Extract the recipient and city as JSON.\n"
        rbp = rb + "Recipient: %s\nCity: %s" % (o, oc)
        re0 = {"recipient": o, "city": oc}
        bb = "Extract the brother as JSON.\n"
        bbp = bb + "Brother: %s\nBrother age: %d" % (o, oa)
        bbe = {"brother": o, "brother_age": oa}
        ptrs = r134_PTR[(r134_i * 3) % 20:] + r134_PTR[:(r134_i * 3) % 20]
        for k, pt in enumerate(ptrs[:8]):
            tg = "%d-%d" % (k, r134_i)
            items = [
                ("p-name", r134_G, bpr, be, r134_GI + "Name: %s\nAge: %d\nRoom: %d" % (pt, a, r), dict(be, name=999)),
                ("p-rcpt", r134_R, rbp, re0, rb + "Recipient: %s\nCity: %s" % (pt, oc), dict(re0, recipient=999)),
            ]
            if k < 4:
                items.append(("p-bro", r134_BS, bbp, bbe, bb + "Brother: %s\nBrother age: %d" % (pt if "brother" not in pt else "her husband", oa),
                              dict(bbe, brother=999)))
                items.append(("p-city", r134_R, rbp, re0, rb + "Recipient: %s\nCity: %s" % (o, ["her hometown", "the same city", "his city", "where she lives"][k]),
                              dict(re0, city=999)))
            for tag, sch, b, e0, vpr, exp in items:
                if single:
                    r134_single("%s-%s" % (tag, tg), tag, sch, vpr, exp, dict(exp, **{kk: vv for kk, vv in
                                (("name", pt), ("recipient", pt), ("brother", pt if "brother" not in pt else "her husband"),
                                 ("city", vpr.rsplit("City: ", 1)[-1])) if kk in exp and exp[kk] == 999}))
                else:
                    r134_pair("%s-%s" % (tag, tg), tag, sch, b, e0, vpr, exp)
        # Y: comment marks in a fenced YAML/INI record
        L1, L2, L3 = "Name: %s" % n, "Age: %d" % a, "Room: %d" % r
        nr = dict(be, room=999)
        ys = [
            ("y-yaml", "```yaml\n%s\n%s\n# %s\n```" % (L1, L2, L3), nr, False),
            ("y-yaml2", "```yaml\n%s\n%s\n#%s\n```" % (L1, L2, L3), nr, False),
            ("y-yaml-n", "```yaml\n%s\n%s\n# %s\nRoom: %d\n```" % (L1, L2, L3, r2), dict(be, room=r2), False),
            ("y-ini", "```ini\n%s\n%s\n; %s\n```" % (L1, L2, L3), nr, False),
            ("y-sql", "%s\n%s\n-- %s" % (L1, L2, L3), nr, True),
            ("y-h2", "%s\n%s\n## %s" % (L1, L2, L3), be, False),
            ("y-hash-n", "%s\n%s\n# %s\nRoom: %d" % (L1, L2, L3, r2), dict(be, room=r2), False),
            ("y-hash-age", "%s\n# %s\n%s" % (L1, L2, L3), dict(be, age=999), True),
            ("y-hash-name", "# %s\n%s\n%s" % (L1, L2, L3), be, False),
        ]
        for tag, txt, exp, arg in ys:
            if single:
                r134_single("%s-%d" % (tag, r134_i), tag, r134_G, r134_GI + txt, exp, be, arg=arg)
            else:
                r134_pair("%s-%d" % (tag, r134_i), tag, r134_G, bpr, be, r134_GI + txt, exp, arg=arg)
        if not single:
            r134_safe_v("y-s-fence-%d" % r134_i, "y-s-fence", r134_G, bpr, be, r134_GI + "```yaml\n%s\n%s\n%s\n```" % (L1, L2, L3))


r134_ptrs()


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r134_sample_round  # noqa: E402
r134_found = {
    'd134-b-bro-sis-0', 'd134-b-log-0', 'd134-b-log-1', 'd134-b-log-2',
    'd134-b-log-3', 'd134-b-log-4', 'd134-b-log-5', 'd134-b-rcpt-sender-0',
    'd134-b-rcpt-sender-1', 'd134-b-rcpt-sender-2', 'd134-b-rcpt-sender-3', 'd134-b-rcpt-sender-4',
    'd134-s-m-hash-6', 'd134-s-p-city-2-6', 'd134-s-p-name-0-6', 'd134-s-p-rcpt-0-6',
    'd134-s-y-sql-6', 'd134-v-d-p-bro-0', 'd134-v-d-p-bro-1', 'd134-v-d-p-bro-2',
    'd134-v-d-p-bro-4', 'd134-v-d-p-comp-0', 'd134-v-d-p-comp-1', 'd134-v-d-p-comp-3',
    'd134-v-d-p-comp-5', 'd134-v-m-hash-0', 'd134-v-m-hash-1', 'd134-v-m-hash-2',
    'd134-v-p-bro-1-0', 'd134-v-p-bro-2-0', 'd134-v-p-name-0-5', 'd134-v-p-name-1-2',
    'd134-v-p-name-2-0', 'd134-v-p-name-3-4', 'd134-v-p-name-4-1', 'd134-v-p-name-6-3',
    'd134-v-p-name-7-0', 'd134-v-p-rcpt-0-0', 'd134-v-p-rcpt-1-0', 'd134-v-p-rcpt-1-3',
    'd134-v-p-rcpt-2-0', 'd134-v-p-rcpt-2-3', 'd134-v-p-rcpt-3-3', 'd134-v-p-rcpt-4-1',
    'd134-v-p-rcpt-5-2', 'd134-v-p-rcpt-6-3', 'd134-v-p-rcpt-6-4', 'd134-v-p-rcpt-7-0',
    'd134-v-y-hash-age-3', 'd134-v-y-sql-3'
}
r134_sample_round("d134-", r134_found, 3)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r134_left_out = {
    'd134-s-m-check-6', 'd134-s-m-check-8', 'd134-s-m-hash-6', 'd134-s-y-hash-age-7', 'd134-s-y-sql-6',
    'd134-v-m-check-3', 'd134-v-m-hash-0', 'd134-v-m-hash-1', 'd134-v-m-hash-2',
    'd134-v-m-hash-5', 'd134-v-y-hash-age-0', 'd134-v-y-hash-age-3', 'd134-v-y-sql-0',
    'd134-v-y-sql-3'
}
P[:] = [r134_p for r134_p in P if r134_p["id"] not in r134_left_out]
