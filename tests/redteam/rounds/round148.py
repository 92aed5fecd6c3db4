r"""Red-team round 148 (black box, stepcache_s35): TEXTS WITH HISTORY -- e-mail threads with quoted replies, forwarded
messages, signatures and disclaimers, headers whose values collide with members, chat logs, edit histories
(~~old~~ new, <del>, <s>/<ins>, CriticMarkup, tracked changes, [edited], v1/v2, revisions, changelogs), minutes whose
later item overrides an earlier one, and tickets with updates.
Families (4,055 probes: 1,195 pair bases, 1,188 variants, 1,665 singles, 7 safe variants and 28 plain-"Date:" controls):
 P_<shape> / PM_<shape> (37 thread/edit shapes x age/city; base = plain record or the same record as a mail with
   headers; variant = the thread in which the newer message changes the value; singles of the same texts);
 M_datelabel (46 e-mail/document date labels: "E-mail date", "Date sent", "Date received", "Date created", ...),
 M_fwdheader (14 forward/original-message separators x 6 header blocks x 3 date forms), M_sig (signature / chat
   lines holding a date or a room), M_oldlabel / M_metalabel (45 old-value qualifiers, 35 e-mail/document
   qualifiers on the event's date and room), P_/T_/V_ oldlabel / metalabel (the same qualifiers on name, age, city,
   ticket status/assignee, event time/location), D_ticketdate (a ticket's own dates beside a due date), O_label
   (an order's ETA and carrier under history/e-mail qualifiers).
HELD: every thread, forward, quote, strike, tracked-change, version, changelog, chat, minutes and ticket shape on
name/age/city (refused: "the text states several values for it (> age: 41; age: 44)", "the text holds 2 records",
"the value is only in the earlier message quoted below"; or the stale answer served fresh and never stored: "not
stored: the model gave a value again that failed reuse", "no cached candidate" in run 2); old-value and e-mail
qualifiers on name/age/city, ticket status/assignee, event time/location, a ticket's due date (all held);
forwarded header blocks in pairs. Safe variants (signature, "Sent from my phone", quoted greeting, headers,
disclaimer, "Confirmed, no changes" over a quote) are never reused (0/7): a cost, not a finding.
GOT THROUGH (confirmed alone on a fresh SQLite store, --runs 2; alone.txt): a LABEL = A MEMBER'S WORD + A QUALIFIER
THAT MAKES IT ANOTHER FIELD, for members outside the person vocabulary (the event's "date" and "room", an order's
"eta" and "carrier"): the label is read as the member's, the model's copy is stored and served again:
 (1) the message's / document's own date as the event's date: "E-mail date: 2024-05-03", "Date sent: 3 May 2024",
     "Mail date", "Sent date", "Date of e-mail", "Date forwarded", "Forwarded date", "Date received", "Received
     date", "Date modified", "Modified date", "Date created", "Created date", "Date printed", "Printed date",
     "Posted date", "Letter date", "Fax date", "SMS date" -- singles, and pairs whose base said "Date: 2024-05-03"
     (the ISO form) reused for the variant "Date sent: 2024-05-03";
 (2) another person's / an old room as the event's room: "Sender room: 221", "Sender's room", "Recipient room",
     "Signature room", "Room in signature", "Header room", "Quoted room", "Room in quote", "Deleted room", "Struck
     room", "Stale room" (singles; pairs "Room in signature", "Room in quote");
 (3) the same for an order: "Quoted ETA/carrier", "ETA/Carrier in quote" (also a pair), "Struck", "Deleted",
     "Stale ETA/carrier", "Carrier in v1" (held: "Previous", "Old", "(v1)", "(superseded)", "(outdated)", "Replaced").
 Totals confirmed alone: 80 clear items (70 singles, 10 pairs) and 74 arguable (64 singles, 10 pairs).
 Every one is served with the reason "all 3 steps verified" on path reuse.
ARGUABLE (r148_arguable, alone_arguable.txt): nonsense or two-way qualifiers on the room ("Printed room", "Fax
room", "Room at creation", "Opening room", "Original room", "Draft room"), "Ticket/Minutes/Document/Chat/Quote
date", a lone "Date:"/"Room:" line after a "-- " or "--" signature delimiter or in a chat line ("[Kari Nes] Room:
214"), "ETA sent", "Original/Forwarded/First ETA". Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r148_pairs = []
r148_singles = []
r148_safe = []
r148_arguable = set()
r148_n = [0]
r148_FIRST = ["Ana", "Bo", "Cato", "Dina", "Eli", "Frida", "Geir", "Hege", "Ivar", "Jorunn", "Kjell", "Liv",
              "Mads", "Nina", "Odd", "Pia", "Rune", "Siri", "Tor", "Unni", "Vidar", "Wenche", "Yngve", "Åse"]
r148_LAST = ["Berg", "Lie", "Dahl", "Moe", "Hauge", "Strand", "Vik", "Lund", "Aas", "Bakke", "Foss", "Holm",
             "Jensen", "Kvam", "Lunde", "Myhre", "Nes", "Ruud", "Sæther", "Tveit", "Ulvik", "Vold", "Wik"]


def r148_nm():
    n = r148_n[0]
    r148_n[0] += 1
    return "%s %s" % (r148_FIRST[n % len(r148_FIRST)], r148_LAST[(n // len(r148_FIRST) + n) % len(r148_LAST)])


r148_PS = S({"name": "string", "age": "integer", "city": "string"})
r148_TS = S({"ticket": "string", "status": "string", "assignee": "string"})
r148_MS = S({"event": "string", "date": "string", "room": "string"})
r148_PH = S({"name": "string", "phone": "string"})

r148_INSTR = {
    "P": "Extract name, age and city as JSON.",
    "T": "Return the ticket's id, current status and assignee as JSON.",
    "M": "Extract the event, its date and its room as JSON.",
    "H": "Return the contact's name and phone number as JSON.",
}
r148_SCH = {"P": r148_PS, "T": r148_TS, "M": r148_MS, "H": r148_PH}


def r148_pair(tag, fam, kind, btext, bexp, vtext, vexp, arg=False, instr=None):
    ins = instr or r148_INSTR[kind]
    sch = r148_SCH[kind]
    b = "d148-b-" + tag
    v = "d148-v-" + tag
    J(b, "r148_" + fam + "_base", "%s\nText:\n%s\n" % (ins, btext), sch, bexp, [bexp])
    J(v, "r148_" + fam + ("_arguable" if arg else ""), "%s\nText:\n%s\n" % (ins, vtext), sch, vexp, [bexp, vexp])
    r148_pairs.append((b, v))
    if arg:
        r148_arguable.update((b, v))


def r148_safe_pair(tag, fam, kind, btext, bexp, vtext, instr=None):
    ins = instr or r148_INSTR[kind]
    sch = r148_SCH[kind]
    b = "d148-b-" + tag
    v = "d148-ok-" + tag
    J(b, "r148_" + fam + "_base", "%s\nText:\n%s\n" % (ins, btext), sch, bexp, [bexp])
    J(v, "r148_" + fam + "_safe", "%s\nText:\n%s\n" % (ins, vtext), sch, bexp, [bexp], safe=True)
    r148_safe.append((b, v))


def r148_single(tag, fam, kind, text, exp, mis, arg=False, instr=None):
    ins = instr or r148_INSTR[kind]
    sch = r148_SCH[kind]
    s = "d148-s-" + tag
    J(s, "r148_" + fam + "_single" + ("_arguable" if arg else ""), "%s\nText:\n%s\n" % (ins, text), sch, exp,
      [mis, exp, exp])
    r148_singles.append(s)
    if arg:
        r148_arguable.add(s)


def r148_lines(rec, q=""):
    return "\n".join("%s%s: %s" % (q, k, v) for k, v in rec)


# ---------------------------------------------------------------- person records: member changes
# (member index, label, old, new, json key, typed old, typed new)
r148_CHG = [
    (1, "Age", "41", "44", "age", 41, 44),
    (2, "City", "Oslo", "Bergen", "city", "Oslo", "Bergen"),
]


def r148_prec(name, age, city):
    return [("Name", name), ("Age", age), ("City", city)]


def r148_pj(rec):
    d = dict(rec)
    return {"name": d["Name"], "age": int(d["Age"]), "city": d["City"]}


# Templates: f(name, old_rec, new_rec, label, oldv, newv) -> text whose current values are new_rec
def r148_q(rec):
    return r148_lines(rec, "> ")


r148_T = {}

r148_T["top-full"] = lambda n, o, w, L, a, b: (
    "Hi,\n\nUpdated details below.\n\n%s\n\nBest,\n%s\n\nOn Mon, 3 May 2024 at 09:12, %s <desk@example.com> wrote:\n%s"
    % (r148_lines(w), n.split()[0], n, r148_q(o)))
r148_T["top-only"] = lambda n, o, w, L, a, b: (
    "Correction: %s: %s\n\nOn Mon, 3 May 2024, %s wrote:\n%s" % (L, b, n, r148_q(o)))
r148_T["top-only-nolabel"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\nOn Mon, 3 May 2024 at 09:12, %s wrote:\n%s" % (L, b, n, r148_q(o)))
r148_T["top-prose"] = lambda n, o, w, L, a, b: (
    "Small fix: the %s is %s, not %s.\n\nOn Mon, 3 May 2024, %s wrote:\n%s" % (L.lower(), b, a, n, r148_q(o)))
r148_T["top-prose2"] = lambda n, o, w, L, a, b: (
    "Please make that %s.\n\nOn Mon, 3 May 2024, %s wrote:\n%s" % (b, n, r148_q(o)))
r148_T["top-prose3"] = lambda n, o, w, L, a, b: (
    "Read %s for %s.\n\nOn Mon, 3 May 2024, %s wrote:\n%s" % (b, a, n, r148_q(o)))
r148_T["bottom"] = lambda n, o, w, L, a, b: (
    "%s wrote:\n%s\n\n%s: %s (changed since)" % (n, r148_q(o), L, b))
r148_T["bottom-plain"] = lambda n, o, w, L, a, b: (
    "%s wrote:\n%s\n\n%s: %s" % (n, r148_q(o), L, b))
r148_T["bottom-noheader"] = lambda n, o, w, L, a, b: (
    "%s\n\n%s: %s" % (r148_q(o), L, b))
r148_T["interleave"] = lambda n, o, w, L, a, b: (
    "%s wrote:\n%s\n%s" % (n, "\n".join(("> %s: %s\n%s: %s" % (k, v, L, b)) if k == L else ("> %s: %s" % (k, v))
                                      for k, v in o), ""))
r148_T["fwd"] = lambda n, o, w, L, a, b: (
    "Please use these:\n%s\n\n---------- Forwarded message ----------\nFrom: %s <%s@example.com>\n"
    "Date: Mon, 3 May 2024 at 09:12\nSubject: My details\nTo: desk@example.com\n\n%s"
    % (r148_lines(w), n, n.split()[0].lower(), r148_lines(o)))
r148_T["fwd-only"] = lambda n, o, w, L, a, b: (
    "FYI: %s: %s now.\n\n---------- Forwarded message ----------\nFrom: %s <%s@example.com>\n"
    "Date: Mon, 3 May 2024 at 09:12\nSubject: My details\n\n%s"
    % (L, b, n, n.split()[0].lower(), r148_lines(o)))
r148_T["outlook"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\n-----Original Message-----\nFrom: %s\nSent: Monday, May 3, 2024 9:12 AM\nTo: Desk\n"
    "Subject: Details\n\n%s" % (L, b, n, r148_lines(o)))
r148_T["de-quote"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\nAm 03.05.2024 um 09:12 schrieb %s:\n%s" % (L, b, n, r148_q(o)))
r148_T["fr-quote"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\nLe lun. 3 mai 2024 à 09:12, %s a écrit :\n%s" % (L, b, n, r148_q(o)))
r148_T["nested"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\n> On Sun, 2 May 2024, %s wrote:\n>> %s" % (L, b, n, "\n>> ".join("%s: %s" % kv for kv in o)))
r148_T["pipe-quote"] = lambda n, o, w, L, a, b: (
    "%s: %s\n\n| %s" % (L, b, "\n| ".join("%s: %s" % kv for kv in o)))
r148_T["strike-md"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: ~~%s~~ %s" % (k, a, b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["strike-del"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: <del>%s</del> %s" % (k, a, b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["strike-s-ins"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: <s>%s</s> <ins>%s</ins>" % (k, a, b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["strike-comb"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: %s %s" % (k, "".join(c + "\u0336" for c in a), b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["critic"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: {--%s--}{++%s++}" % (k, a, b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["tracked"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: [Deleted: %s] [Inserted: %s]" % (k, a, b)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["edited"] = lambda n, o, w, L, a, b: (
    "%s\n\n[edited 10:42] %s: %s" % (r148_lines(o), L, b))
r148_T["edited-tag"] = lambda n, o, w, L, a, b: "\n".join(
    ("%s: %s [edited; was %s]" % (k, b, a)) if k == L else "%s: %s" % (k, v) for k, v in o)
r148_T["versions"] = lambda n, o, w, L, a, b: (
    "v1:\n%s\n\nv2:\n%s" % (r148_lines(o), r148_lines(w)))
r148_T["versions-only"] = lambda n, o, w, L, a, b: (
    "v1:\n%s\n\nv2: %s: %s" % (r148_lines(o), L, b))
r148_T["rev-current"] = lambda n, o, w, L, a, b: (
    "Revision 2 (current):\n%s\n\nRevision 1 (superseded):\n%s" % (r148_lines(w), r148_lines(o)))
r148_T["changelog"] = lambda n, o, w, L, a, b: (
    "Record as created 2023-11-02:\n%s\n\nChangelog:\n2024-01-02 %s changed from %s to %s"
    % (r148_lines(o), L.lower(), a, b))
r148_T["changelog-plain"] = lambda n, o, w, L, a, b: (
    "%s\n\nChangelog:\n2024-01-02 %s changed from %s to %s" % (r148_lines(o), L.lower(), a, b))
r148_T["changelog-arrow"] = lambda n, o, w, L, a, b: (
    "%s\n\nHistory:\n2024-01-02 %s: %s -> %s" % (r148_lines(o), L.lower(), a, b))
r148_T["chat"] = lambda n, o, w, L, a, b: (
    "[09:01] %s: %s\n[09:03] %s: sorry, typo. %s: %s" % (n, " / ".join("%s: %s" % kv for kv in o), n, L, b))
r148_T["chat-lines"] = lambda n, o, w, L, a, b: (
    "%s\n\n[09:03] %s: %s: %s" % ("\n".join("[09:01] %s: %s: %s" % (n, k, v) for k, v in o), n, L, b))
r148_T["chat-rev"] = lambda n, o, w, L, a, b: (
    "Newest first:\n[09:03] %s: %s: %s\n[09:01] %s: %s" % (n, L, b, n, " / ".join("%s: %s" % kv for kv in o)))
r148_T["minutes"] = lambda n, o, w, L, a, b: (
    "Minutes, 3 May\n1. Member on record: %s\n4. AOB\n7. Update to item 1: %s is now %s (replaces item 1)."
    % (", ".join("%s: %s" % kv for kv in o), L.lower(), b))
r148_T["minutes-lines"] = lambda n, o, w, L, a, b: (
    "Minutes, 3 May\nItem 1:\n%s\nItem 2: budget approved.\nItem 5 (overrides item 1):\n%s: %s"
    % (r148_lines(o), L, b))
r148_T["sig-after"] = lambda n, o, w, L, a, b: (
    "%s\n\n-- \n%s\n%s: %s (updated)" % (r148_lines(o), n, L, b))


def r148_ok(n, o, tname):
    rec = r148_lines(o)
    first = n.split()[0]
    return {
        "sig-other": "%s\n\n-- \nKari Nes\nFront desk, Tromsø\n+47 912 00 111" % rec,
        "sig-phone": "%s\n\n-- \nSent from my phone" % rec,
        "quoted-greet": "%s\n\n> Hi %s, could you send your details?\n> Thanks!" % (rec, first),
        "headers": "From: %s <%s@example.com>\nTo: desk@example.com\nSubject: My details\n"
                   "Date: Mon, 3 May 2024 09:12\n\n%s" % (n, first.lower(), rec),
        "disclaimer": "%s\n\n--\nThis e-mail may contain confidential information. If you are not the intended"
                      " recipient, please delete it." % rec,
        "fwd-same": "FYI, below.\n\n---------- Forwarded message ----------\nFrom: %s\n\n%s" % (n, rec),
        "quote-same": "Confirmed, no changes.\n\nOn Mon, 3 May 2024, %s wrote:\n%s" % (n, r148_q(o)),
    }[tname]


r148_OK = ["sig-other", "sig-phone", "quoted-greet", "headers", "disclaimer", "fwd-same", "quote-same"]

for r148_ti, r148_tn in enumerate(sorted(r148_T)):
    for r148_ci, (r148_idx, r148_L, r148_a, r148_b, r148_key, r148_ta, r148_tb) in enumerate(r148_CHG):
        r148_name = r148_nm()
        r148_old = r148_prec(r148_name, "41", "Oslo")
        r148_new = list(r148_old)
        r148_new[r148_idx] = (r148_L, r148_b)
        r148_txt = r148_T[r148_tn](r148_name, r148_old, r148_new, r148_L, r148_a, r148_b)
        r148_arg = r148_tn in ("changelog-plain", "changelog-arrow", "bottom-noheader", "pipe-quote", "sig-after")
        r148_pair("P-%s-%s" % (r148_tn, r148_key), "P_" + r148_tn, "P", r148_lines(r148_old), r148_pj(r148_old),
                  r148_txt, r148_pj(r148_new), arg=r148_arg)
        # base = the old message alone as a mail (quoted / headers), variant = the thread with the change
        r148_name2 = r148_nm()
        r148_old2 = r148_prec(r148_name2, "41", "Oslo")
        r148_new2 = list(r148_old2)
        r148_new2[r148_idx] = (r148_L, r148_b)
        r148_txt2 = r148_T[r148_tn](r148_name2, r148_old2, r148_new2, r148_L, r148_a, r148_b)
        r148_bt2 = "From: %s <%s@example.com>\nDate: Mon, 3 May 2024 at 09:12\nSubject: My details\n\n%s" % (
            r148_name2, r148_name2.split()[0].lower(), r148_lines(r148_old2))
        r148_pair("PM-%s-%s" % (r148_tn, r148_key), "PM_" + r148_tn, "P", r148_bt2, r148_pj(r148_old2),
                  r148_bt2 + "\n\n" + r148_txt2, r148_pj(r148_new2), arg=True)
        # single
        r148_name3 = r148_nm()
        r148_old3 = r148_prec(r148_name3, "41", "Oslo")
        r148_new3 = list(r148_old3)
        r148_new3[r148_idx] = (r148_L, r148_b)
        r148_txt3 = r148_T[r148_tn](r148_name3, r148_old3, r148_new3, r148_L, r148_a, r148_b)
        r148_single("P-%s-%s" % (r148_tn, r148_key), "P_" + r148_tn, "P", r148_txt3, r148_pj(r148_new3),
                    r148_pj(r148_old3), arg=r148_arg)

for r148_okn in r148_OK:
    r148_name = r148_nm()
    r148_old = r148_prec(r148_name, "41", "Oslo")
    r148_safe_pair("P-" + r148_okn, "P_" + r148_okn, "P", r148_lines(r148_old), r148_pj(r148_old),
                   r148_ok(r148_name, r148_old, r148_okn))


# ---------------------------------------------------------------- events: e-mail / history dates read as the event's
r148_EV = ["Board meeting", "Budget review", "Team lunch", "Safety drill", "Quarterly review", "Kick-off",
           "Town hall", "Design review", "Audit meeting", "Planning day"]
r148_EVROOMS = ["310", "214", "118", "402", "027", "505", "221", "330", "109", "412"]
r148_MZ = {"event": "999", "date": "999", "room": "999"}   # no meeting date is given: every answer is wrong
r148_ev_n = [0]


def r148_ev():
    n = r148_ev_n[0]
    r148_ev_n[0] += 1
    return r148_EV[n % 10] + ("" if n < 10 else " %d" % (n // 10 + 1)), r148_EVROOMS[(n * 7) % 10]


r148_DLABELS = [
    # label, arguable
    ("E-mail date", False), ("Email date", False), ("Mail date", False), ("Date sent", False), ("Sent date", False),
    ("Date of e-mail", False), ("Message date", False), ("Reply date", False), ("Forwarded date", False),
    ("Date forwarded", False), ("Received date", False), ("Date received", False), ("Last edited", False),
    ("Edit date", False), ("Date edited", False), ("Date modified", False), ("Modified date", False),
    ("Revision date", False), ("Version date", False), ("Update date", False), ("Date of update", False),
    ("Quote date", False), ("Posted date", False), ("Log date", False), ("Printed date", False),
    ("Date printed", False), ("Date created", False), ("Created date", False), ("Sent", False), ("Sent on", False),
    ("Forwarded on", False), ("Replied on", False), ("Edited on", False), ("Changed on", False),
    ("Ticket date", True), ("Minutes date", True), ("Document date", True), ("Letter date", False),
    ("Fax date", False), ("SMS date", False), ("Chat date", True), ("Timestamp", True), ("Mail sent", False),
    ("Date (e-mail)", False), ("Date of this message", False), ("Date of reply", False),
]
r148_DFMT = [("3 May 2024", False), ("2024-05-03", False), ("Fri, 3 May 2024 at 09:12", False)]
for r148_li, (r148_lab, r148_la) in enumerate(r148_DLABELS):
    for r148_fi, (r148_d, r148_da) in enumerate(r148_DFMT):
        for r148_pos in ("top", "bottom"):
            if r148_fi == 2 and r148_pos == "bottom":
                continue
            r148_e, r148_r = r148_ev()
            r148_body = "Event: %s\nRoom: %s" % (r148_e, r148_r)
            r148_ln = "%s: %s" % (r148_lab, r148_d)
            r148_t = (r148_ln + "\n" + r148_body) if r148_pos == "top" else (r148_body + "\n" + r148_ln)
            r148_tag = "%s-%d-%s" % (r148_lab.lower().replace(" ", "").replace("(", "").replace(")", ""),
                                     r148_fi, r148_pos)
            r148_single("M-dl-" + r148_tag, "M_datelabel", "M", r148_t, r148_MZ,
                        {"event": r148_e, "date": r148_d, "room": r148_r}, arg=r148_la)
        # pair: base states the meeting date plainly; the variant's label makes it the message's date
        if True:
            r148_e, r148_r = r148_ev()
            r148_bt = "Event: %s\nDate: %s\nRoom: %s" % (r148_e, r148_d, r148_r)
            r148_vt = "Event: %s\n%s: %s\nRoom: %s" % (r148_e, r148_lab, r148_d, r148_r)
            r148_pair("M-dl-%s-%d" % (r148_lab.lower().replace(" ", "").replace("(", "").replace(")", ""), r148_fi), "M_datelabel",
                      "M", r148_bt, {"event": r148_e, "date": r148_d, "room": r148_r}, r148_vt, r148_MZ,
                      arg=r148_la)

# forwarded / original-message header blocks above or below the event lines
r148_FWD = [
    ("gmail", "---------- Forwarded message ---------\n", False),
    ("gmail2", "---------- Forwarded message ----------\n", False),
    ("tb", "-------- Forwarded Message --------\n", False),
    ("orig", "-----Original Message-----\n", False),
    ("orig2", "-------- Original Message --------\n", False),
    ("apple", "Begin forwarded message:\n\n", False),
    ("fw", "FW:\n", False),
    ("fwd", "Fwd:\n", False),
    ("reply", "Reply above this line\n", True),
    ("quoted", "Quoted message:\n", False),
    ("de", "---------- Weitergeleitete Nachricht ----------\n", False),
    ("fr", "---------- Message transféré ---------\n", False),
    ("no", "---------- Videresendt melding ----------\n", False),
    ("none", "", True),
]
r148_HDRS = [
    ("d", "Date: %s\n"),
    ("sd", "Sent: %s\n"),
    ("fd", "From: Kari Nes <kari@example.com>\nDate: %s\n"),
    ("dt", "Date: %s\nTo: board@example.com\n"),
    ("dsub", "Date: %s\nSubject: Agenda\n"),
    ("full", "From: Kari Nes <kari@example.com>\nDate: %s\nSubject: Agenda\nTo: board@example.com\n"),
]
for r148_fk, r148_fl, r148_fa in r148_FWD:
    for r148_hk, r148_hf in r148_HDRS:
        for r148_fi, (r148_d, r148_da) in enumerate(r148_DFMT):
            for r148_gap in ("", "\n"):
                if r148_fk == "none" and r148_hk != "d":
                    pass
                r148_e, r148_r = r148_ev()
                r148_body = "Event: %s\nRoom: %s" % (r148_e, r148_r)
                r148_t = r148_fl + (r148_hf % r148_d) + r148_gap + r148_body
                r148_a = r148_fa or r148_fk == "none"
                r148_m = {"event": r148_e, "date": r148_d, "room": r148_r}
                if r148_fk == "none" and r148_hk == "d":   # a plain "Date:" line: the event's date (control)
                    r148_single("M-fw-%s-%s-%d-%d" % (r148_fk, r148_hk, r148_fi, len(r148_gap)), "M_plaindate", "M",
                                r148_t, r148_m, r148_m)
                    continue
                r148_single("M-fw-%s-%s-%d-%d" % (r148_fk, r148_hk, r148_fi, len(r148_gap)), "M_fwdheader", "M",
                            r148_t, r148_MZ, r148_m, arg=r148_a)
        # pair: base = the plain event with its date; variant = the same date now in a forwarded header
        r148_e, r148_r = r148_ev()
        r148_d = "3 May 2024"
        r148_bt = "Date: %s\nEvent: %s\nRoom: %s" % (r148_d, r148_e, r148_r)
        r148_vt = r148_fl + (r148_hf % r148_d) + "\nEvent: %s\nRoom: %s" % (r148_e, r148_r)
        if r148_fk == "none" and r148_hk == "d":
            continue
        r148_pair("M-fw-%s-%s" % (r148_fk, r148_hk), "M_fwdheader", "M", r148_bt,
                  {"event": r148_e, "date": r148_d, "room": r148_r}, r148_vt, r148_MZ, arg=r148_fa or r148_fk == "none")

# signatures, chat speakers, quoted lines holding the date or the room
r148_SIGS = [
    ("sig", "\n\n-- \n%s", False), ("sig2", "\n--\n%s", False), ("sig3", "\n\n-- \nKari Nes\n%s", False),
    ("sig4", "\n\nBest regards,\nKari Nes\n%s", False), ("sig5", "\n\n__\nKari Nes | Front desk\n%s", False),
    ("sig6", "\n\nSent from my iPhone\n%s", True), ("disc", "\n\n--\nConfidential.\n%s", False),
    ("chat", "\n[Kari Nes] %s", True), ("chat2", "\n[09:12] Kari Nes: %s", True),
]
for r148_sk, r148_sf, r148_sa in r148_SIGS:
    for r148_what in ("date", "room"):
        for r148_fi, (r148_d, r148_da) in enumerate(r148_DFMT[:2]):
            r148_e, r148_r = r148_ev()
            if r148_what == "date":
                r148_body = "Event: %s\nRoom: %s" % (r148_e, r148_r)
                r148_ln = "Date: %s" % r148_d
                r148_mis = {"event": r148_e, "date": r148_d, "room": r148_r}
            else:
                r148_body = "Event: %s\nDate: %s" % (r148_e, r148_d)
                r148_ln = "Room: 2%02d" % (r148_ev_n[0] % 100)
                r148_mis = {"event": r148_e, "date": r148_d, "room": "2%02d" % (r148_ev_n[0] % 100)}
            r148_single("M-sig-%s-%s-%d" % (r148_sk, r148_what, r148_fi), "M_sig", "M", r148_body + (r148_sf % r148_ln),
                        r148_MZ, r148_mis, arg=r148_sa)


# ---------------------------------------------------------------- old-value qualifiers on a member's label
# (the label says the value is the quoted / previous / superseded one; no current value is given)
r148_OLDQ = [
    "Previous {m}", "Old {m}", "Former {m}", "Original {m}", "Initial {m}", "Earlier {m}", "Prior {m}",
    "Quoted {m}", "{M} (quoted)", "{M} (old)", "{M} (previous)", "{M} (v1)", "{M} in v1", "{M} (before edit)",
    "{M} before edit", "{M} (superseded)", "{M} (outdated)", "{M} (as first sent)", "{M} (forwarded)",
    "{M} in quote", "{M} (draft)", "Draft {m}", "{M} per first e-mail", "{M} (1st e-mail)", "First {m}",
    "{M} at creation", "{M} when opened", "Opening {m}", "{M} (deleted)", "Deleted {m}", "Struck {m}",
    "{M} (struck)", "{M} [old]", "{M} [v1]", "{M} (history)", "History {m}", "Last {m}", "{M} last time",
    "{M} (last e-mail)", "Past {m}", "{M} (past)", "Stale {m}", "{M} (stale)", "{M} (replaced)", "Replaced {m}",
]
r148_PMEM = [("age", "Age", "41", 41), ("city", "City", "Oslo", "Oslo")]
r148_TMEM = [("status", "Status", "open", "open"), ("assignee", "Assignee", "Kari Nes", "Kari Nes")]
r148_tk_n = [0]
for r148_qi, r148_qf in enumerate(r148_OLDQ):
    r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
    r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
    for r148_key, r148_L, r148_sv, r148_tv in r148_PMEM:
        r148_lab = r148_qf.replace("{m}", r148_L.lower()).replace("{M}", r148_L)
        r148_lab = r148_lab[0].upper() + r148_lab[1:]
        for r148_kind in ("pair", "single"):
            r148_name = r148_nm()
            r148_rec = [("Name", r148_name), ("Age", "41"), ("City", "Oslo")]
            r148_b = r148_pj(r148_rec)
            r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
            r148_z = dict(r148_b)
            r148_z[r148_key] = 999 if r148_key == "age" else "999"
            if r148_kind == "pair":
                r148_pair("P-oq-%s-%s" % (r148_qtag, r148_key), "P_oldlabel", "P", r148_lines(r148_rec), r148_b,
                          r148_lines(r148_vrec), r148_z)
            else:
                r148_single("P-oq-%s-%s" % (r148_qtag, r148_key), "P_oldlabel", "P", r148_lines(r148_vrec), r148_z,
                            r148_b)
    for r148_key, r148_L, r148_sv, r148_tv in r148_TMEM:
        r148_lab = r148_qf.replace("{m}", r148_L.lower()).replace("{M}", r148_L)
        r148_lab = r148_lab[0].upper() + r148_lab[1:]
        for r148_kind in ("pair", "single"):
            r148_tk_n[0] += 1
            r148_tid = "T-%d" % (4400 + r148_tk_n[0])
            r148_rec = [("Ticket", r148_tid), ("Status", "open"), ("Assignee", "Kari Nes")]
            r148_b = {"ticket": r148_tid, "status": "open", "assignee": "Kari Nes"}
            r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
            r148_z = dict(r148_b)
            r148_z[r148_key] = "999"
            if r148_kind == "pair":
                r148_pair("T-oq-%s-%s" % (r148_qtag, r148_key), "T_oldlabel", "T", r148_lines(r148_rec), r148_b,
                          r148_lines(r148_vrec), r148_z)
            else:
                r148_single("T-oq-%s-%s" % (r148_qtag, r148_key), "T_oldlabel", "T", r148_lines(r148_vrec), r148_z,
                            r148_b)


# ---------------------------------------------------------------- the event's date under old-value qualifiers
for r148_qi, r148_qf in enumerate(r148_OLDQ):
    r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
    r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
    r148_lab = r148_qf.replace("{m}", "date").replace("{M}", "Date")
    r148_lab = r148_lab[0].upper() + r148_lab[1:]
    for r148_fi, (r148_d, r148_da) in enumerate(r148_DFMT[:2]):
        r148_e, r148_r = r148_ev()
        r148_m = {"event": r148_e, "date": r148_d, "room": r148_r}
        r148_pair("M-oq-%s-%d" % (r148_qtag, r148_fi), "M_oldlabel", "M",
                  "Event: %s\nDate: %s\nRoom: %s" % (r148_e, r148_d, r148_r), r148_m,
                  "Event: %s\n%s: %s\nRoom: %s" % (r148_e, r148_lab, r148_d, r148_r), r148_MZ)
        r148_e, r148_r = r148_ev()
        r148_m = {"event": r148_e, "date": r148_d, "room": r148_r}
        r148_single("M-oq-%s-%d" % (r148_qtag, r148_fi), "M_oldlabel", "M",
                    "Event: %s\n%s: %s\nRoom: %s" % (r148_e, r148_lab, r148_d, r148_r), r148_MZ, r148_m)

# ---------------------------------------------------------------- tickets: a due date beside the ticket's own dates
r148_DS = S({"ticket": "string", "due_date": "string", "assignee": "string"})
r148_SCH["D"] = r148_DS
r148_INSTR["D"] = "Return the ticket's id, due date and assignee as JSON."
r148_TDL = ["Date created", "Created date", "Date opened", "Opened date", "Date updated", "Updated date",
            "Date closed", "Closed date", "Date reported", "Reported date", "Date sent", "E-mail date",
            "Date of last update", "Date modified", "Date received", "Date logged", "Logged date", "Date", "Due",
            "Date resolved", "Date assigned", "Assigned date", "Reply date", "Date replied"]
for r148_i, r148_lab in enumerate(r148_TDL):
    for r148_fi, (r148_d, r148_da) in enumerate(r148_DFMT[:2]):
        r148_tk_n[0] += 1
        r148_tid = "T-%d" % (4400 + r148_tk_n[0])
        r148_m = {"ticket": r148_tid, "due_date": r148_d, "assignee": "Kari Nes"}
        r148_z = {"ticket": r148_tid, "due_date": "999", "assignee": "Kari Nes"}
        r148_arg = r148_lab in ("Date", "Due")
        r148_single("D-%02d-%d" % (r148_i, r148_fi), "D_ticketdate", "D",
                    "Ticket: %s\n%s: %s\nAssignee: Kari Nes" % (r148_tid, r148_lab, r148_d),
                    r148_m if r148_lab == "Due" else r148_z, r148_m, arg=r148_arg and r148_lab != "Due")
        r148_tk_n[0] += 1
        r148_tid = "T-%d" % (4400 + r148_tk_n[0])
        r148_m = {"ticket": r148_tid, "due_date": r148_d, "assignee": "Kari Nes"}
        r148_z = {"ticket": r148_tid, "due_date": "999", "assignee": "Kari Nes"}
        if r148_lab not in ("Due",):
            r148_pair("D-%02d-%d" % (r148_i, r148_fi), "D_ticketdate", "D",
                      "Ticket: %s\nDue date: %s\nAssignee: Kari Nes" % (r148_tid, r148_d), r148_m,
                      "Ticket: %s\n%s: %s\nAssignee: Kari Nes" % (r148_tid, r148_lab, r148_d), r148_z,
                      arg=r148_arg)


# ---------------------------------------------------------------- e-mail / document qualifiers on other members
r148_META = [
    "E-mail {m}", "Email {m}", "Mail {m}", "{M} sent", "Sent {m}", "{M} of e-mail", "Message {m}", "Reply {m}",
    "Forwarded {m}", "{M} forwarded", "Received {m}", "{M} received", "{M} modified", "Modified {m}",
    "{M} created", "Created {m}", "Printed {m}", "{M} printed", "Sender {m}", "Sender's {m}", "Recipient {m}",
    "Signature {m}", "{M} (signature)", "{M} in signature", "Fax {m}", "SMS {m}", "Letter {m}", "Chat {m}",
    "Header {m}", "{M} (header)", "Log {m}", "Ticket {m}", "Posted {m}", "Version {m}", "{M} of reply",
]
for r148_qi, r148_qf in enumerate(r148_META):
    r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
    r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
    for r148_key, r148_L, r148_sv, r148_tv in r148_PMEM + [("name", "Name", None, None)]:
        r148_lab = r148_qf.replace("{m}", r148_L.lower()).replace("{M}", r148_L)
        r148_lab = r148_lab[0].upper() + r148_lab[1:]
        for r148_kind in ("pair", "single"):
            r148_name = r148_nm()
            r148_rec = [("Name", r148_name), ("Age", "41"), ("City", "Oslo")]
            r148_b = r148_pj(r148_rec)
            r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
            r148_z = dict(r148_b)
            r148_z[r148_key] = 999 if r148_key == "age" else "999"
            if r148_kind == "pair":
                r148_pair("P-meta-%s-%s" % (r148_qtag, r148_key), "P_metalabel", "P", r148_lines(r148_rec), r148_b,
                          r148_lines(r148_vrec), r148_z)
            else:
                r148_single("P-meta-%s-%s" % (r148_qtag, r148_key), "P_metalabel", "P", r148_lines(r148_vrec),
                            r148_z, r148_b)
    for r148_key, r148_L, r148_sv, r148_tv in r148_TMEM:
        r148_lab = r148_qf.replace("{m}", r148_L.lower()).replace("{M}", r148_L)
        r148_lab = r148_lab[0].upper() + r148_lab[1:]
        for r148_kind in ("pair", "single"):
            r148_tk_n[0] += 1
            r148_tid = "T-%d" % (4400 + r148_tk_n[0])
            r148_rec = [("Ticket", r148_tid), ("Status", "open"), ("Assignee", "Kari Nes")]
            r148_b = {"ticket": r148_tid, "status": "open", "assignee": "Kari Nes"}
            r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
            r148_z = dict(r148_b)
            r148_z[r148_key] = "999"
            if r148_kind == "pair":
                r148_pair("T-meta-%s-%s" % (r148_qtag, r148_key), "T_metalabel", "T", r148_lines(r148_rec), r148_b,
                          r148_lines(r148_vrec), r148_z)
            else:
                r148_single("T-meta-%s-%s" % (r148_qtag, r148_key), "T_metalabel", "T", r148_lines(r148_vrec),
                            r148_z, r148_b)
    # the event's room
    r148_lab = r148_qf.replace("{m}", "room").replace("{M}", "Room")
    r148_lab = r148_lab[0].upper() + r148_lab[1:]
    r148_e, r148_r = r148_ev()
    r148_m = {"event": r148_e, "date": "10 May 2024", "room": r148_r}
    r148_z = {"event": r148_e, "date": "10 May 2024", "room": "999"}
    r148_pair("M-meta-%s-room" % r148_qtag, "M_metalabel", "M",
              "Event: %s\nDate: 10 May 2024\nRoom: %s" % (r148_e, r148_r), r148_m,
              "Event: %s\nDate: 10 May 2024\n%s: %s" % (r148_e, r148_lab, r148_r), r148_z)
    r148_e, r148_r = r148_ev()
    r148_m = {"event": r148_e, "date": "10 May 2024", "room": r148_r}
    r148_z = {"event": r148_e, "date": "10 May 2024", "room": "999"}
    r148_single("M-meta-%s-room" % r148_qtag, "M_metalabel", "M",
                "Event: %s\nDate: 10 May 2024\n%s: %s" % (r148_e, r148_lab, r148_r), r148_z, r148_m)


# ---------------------------------------------------------------- the event's room, time and location under qualifiers
r148_VS = S({"event": "string", "time": "string", "location": "string"})
r148_SCH["V"] = r148_VS
r148_INSTR["V"] = "Extract the event, its start time and its location as JSON."
r148_ROOM_SENSIBLE = {"18sender", "19sender_s", "20recipient", "21signature", "22signature", "23in_signature",
                      "28header", "29header"}
for r148_qi, r148_qf in enumerate(r148_OLDQ):
    r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
    r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
    r148_lab = r148_qf.replace("{m}", "room").replace("{M}", "Room")
    r148_lab = r148_lab[0].upper() + r148_lab[1:]
    r148_e, r148_r = r148_ev()
    r148_m = {"event": r148_e, "date": "10 May 2024", "room": r148_r}
    r148_z = {"event": r148_e, "date": "10 May 2024", "room": "999"}
    r148_pair("M-oq-%s-room" % r148_qtag, "M_oldlabel", "M",
              "Event: %s\nDate: 10 May 2024\nRoom: %s" % (r148_e, r148_r), r148_m,
              "Event: %s\nDate: 10 May 2024\n%s: %s" % (r148_e, r148_lab, r148_r), r148_z)
    r148_e, r148_r = r148_ev()
    r148_m = {"event": r148_e, "date": "10 May 2024", "room": r148_r}
    r148_z = {"event": r148_e, "date": "10 May 2024", "room": "999"}
    r148_single("M-oq-%s-room" % r148_qtag, "M_oldlabel", "M",
                "Event: %s\nDate: 10 May 2024\n%s: %s" % (r148_e, r148_lab, r148_r), r148_z, r148_m)

for r148_fam, r148_QL in (("oq", r148_OLDQ), ("meta", r148_META)):
    for r148_qi, r148_qf in enumerate(r148_QL):
        r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
        r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
        for r148_key, r148_L, r148_val in (("time", "Time", "09:30"), ("location", "Location", "Bergen")):
            r148_lab = r148_qf.replace("{m}", r148_L.lower()).replace("{M}", r148_L)
            r148_lab = r148_lab[0].upper() + r148_lab[1:]
            for r148_kind in ("pair", "single"):
                r148_e, r148_r = r148_ev()
                r148_rec = [("Event", r148_e), ("Time", r148_val), ("Location", "Bergen")]
                r148_b = {"event": r148_e, "time": r148_val, "location": "Bergen"}
                r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
                r148_z = dict(r148_b)
                r148_z[r148_key] = "999"
                if r148_kind == "pair":
                    r148_pair("V-%s-%s-%s" % (r148_fam, r148_qtag, r148_key), "V_" + r148_fam, "V",
                              r148_lines(r148_rec), r148_b, r148_lines(r148_vrec), r148_z)
                else:
                    r148_single("V-%s-%s-%s" % (r148_fam, r148_qtag, r148_key), "V_" + r148_fam, "V",
                                r148_lines(r148_vrec), r148_z, r148_b)



# ---------------------------------------------------------------- shipments: ETA and carrier under history qualifiers
r148_SS = S({"order": "string", "eta": "string", "carrier": "string"})
r148_SCH["O"] = r148_SS
r148_INSTR["O"] = "Return the order, its ETA and its carrier as JSON."
r148_OQ = [
    # qualifier form, arguable
    ("Quoted {m}", False), ("{M} (quoted)", False), ("{M} in quote", False), ("Struck {m}", False),
    ("Deleted {m}", False), ("{M} (deleted)", False), ("Stale {m}", False), ("{M} (superseded)", False),
    ("{M} (outdated)", False), ("Replaced {m}", False), ("Sender {m}", False), ("{M} (signature)", False),
    ("E-mail {m}", False), ("{M} sent", True), ("Original {m}", True), ("Draft {m}", True), ("Previous {m}", False),
    ("Old {m}", False), ("{M} (v1)", False), ("Forwarded {m}", True), ("{M} in v1", False), ("First {m}", True),
]
r148_o_n = [0]
for r148_qi, (r148_qf, r148_qa) in enumerate(r148_OQ):
    r148_qtag = r148_qf.replace("{m}", "").replace("{M}", "").strip().lower()
    r148_qtag = "%02d%s" % (r148_qi, "".join(c if c.isalnum() else "_" for c in r148_qtag).strip("_"))
    for r148_key, r148_L, r148_vals in (("eta", "ETA", ("2024-05-03", "3 May 2024")), ("carrier", "Carrier", ("Bring", "PostNord"))):
        r148_lab = r148_qf.replace("{m}", r148_L if r148_L == "ETA" else r148_L.lower()).replace("{M}", r148_L)
        r148_lab = r148_lab[0].upper() + r148_lab[1:]
        for r148_vi, r148_v in enumerate(r148_vals):
            for r148_kind in ("pair", "single"):
                r148_o_n[0] += 1
                r148_o = "A-%d" % (1000 + r148_o_n[0])
                r148_eta = r148_v if r148_key == "eta" else "2024-05-03"
                r148_car = r148_v if r148_key == "carrier" else "Bring"
                r148_rec = [("Order", r148_o), ("ETA", r148_eta), ("Carrier", r148_car)]
                r148_b = {"order": r148_o, "eta": r148_eta, "carrier": r148_car}
                r148_vrec = [((r148_lab if k == r148_L else k), v) for k, v in r148_rec]
                r148_z = dict(r148_b)
                r148_z[r148_key] = "999"
                r148_t = "O-%s-%s-%d" % (r148_qtag, r148_key, r148_vi)
                if r148_kind == "pair":
                    r148_pair(r148_t, "O_label", "O", r148_lines(r148_rec), r148_b, r148_lines(r148_vrec), r148_z,
                              arg=r148_qa)
                else:
                    r148_single(r148_t, "O_label", "O", r148_lines(r148_vrec), r148_z, r148_b, arg=r148_qa)


# ---------------------------------------------------------------- confirmed alone (fresh SQLite store, --runs 2)
r148_found = set("""
d148-s-M-dl-createddate-1-bottom
d148-s-M-dl-datecreated-1-bottom
d148-s-M-dl-datecreated-1-top
d148-s-M-dl-datecreated-2-top
d148-s-M-dl-dateforwarded-1-bottom
d148-s-M-dl-dateforwarded-1-top
d148-s-M-dl-datemodified-1-bottom
d148-s-M-dl-datemodified-1-top
d148-s-M-dl-dateofe-mail-1-bottom
d148-s-M-dl-dateofe-mail-1-top
d148-s-M-dl-dateprinted-1-bottom
d148-s-M-dl-dateprinted-1-top
d148-s-M-dl-datereceived-1-bottom
d148-s-M-dl-datereceived-1-top
d148-s-M-dl-datereceived-2-top
d148-s-M-dl-datesent-0-bottom
d148-s-M-dl-datesent-0-top
d148-s-M-dl-datesent-1-bottom
d148-s-M-dl-datesent-1-top
d148-s-M-dl-datesent-2-top
d148-s-M-dl-e-maildate-0-bottom
d148-s-M-dl-e-maildate-0-top
d148-s-M-dl-e-maildate-1-bottom
d148-s-M-dl-e-maildate-1-top
d148-s-M-dl-e-maildate-2-top
d148-s-M-dl-emaildate-0-bottom
d148-s-M-dl-emaildate-0-top
d148-s-M-dl-faxdate-1-bottom
d148-s-M-dl-letterdate-1-bottom
d148-s-M-dl-maildate-1-bottom
d148-s-M-dl-maildate-2-top
d148-s-M-dl-modifieddate-1-bottom
d148-s-M-dl-posteddate-1-bottom
d148-s-M-dl-printeddate-1-bottom
d148-s-M-dl-receiveddate-1-bottom
d148-s-M-dl-sentdate-2-top
d148-s-M-dl-smsdate-1-bottom
d148-s-M-meta-18sender-room
d148-s-M-meta-19sender_s-room
d148-s-M-meta-20recipient-room
d148-s-M-meta-21signature-room
d148-s-M-meta-23in_signature-room
d148-s-M-meta-28header-room
d148-s-M-oq-07quoted-room
d148-s-M-oq-19in_quote-room
d148-s-M-oq-29deleted-room
d148-s-M-oq-30struck-room
d148-s-M-oq-41stale-room
d148-b-M-dl-datecreated-1 d148-v-M-dl-datecreated-1
d148-b-M-dl-dateforwarded-1 d148-v-M-dl-dateforwarded-1
d148-b-M-dl-datemodified-1 d148-v-M-dl-datemodified-1
d148-b-M-dl-dateofe-mail-1 d148-v-M-dl-dateofe-mail-1
d148-b-M-dl-dateprinted-1 d148-v-M-dl-dateprinted-1
d148-b-M-dl-datereceived-1 d148-v-M-dl-datereceived-1
d148-b-M-dl-datesent-1 d148-v-M-dl-datesent-1
d148-b-M-meta-23in_signature-room d148-v-M-meta-23in_signature-room
d148-b-M-oq-19in_quote-room d148-v-M-oq-19in_quote-room
d148-s-O-00quoted-eta-0
d148-s-O-00quoted-eta-1
d148-s-O-00quoted-carrier-0
d148-s-O-00quoted-carrier-1
d148-b-O-02in_quote-eta-0 d148-v-O-02in_quote-eta-0
d148-s-O-02in_quote-eta-0
d148-s-O-02in_quote-eta-1
d148-s-O-02in_quote-carrier-0
d148-s-O-02in_quote-carrier-1
d148-s-O-03struck-eta-0
d148-s-O-03struck-eta-1
d148-s-O-03struck-carrier-0
d148-s-O-03struck-carrier-1
d148-s-O-04deleted-eta-0
d148-s-O-04deleted-eta-1
d148-s-O-04deleted-carrier-0
d148-s-O-04deleted-carrier-1
d148-s-O-06stale-eta-0
d148-s-O-06stale-eta-1
d148-s-O-06stale-carrier-0
d148-s-O-06stale-carrier-1
d148-s-O-20in_v1-carrier-0
d148-s-O-20in_v1-carrier-1
""".split())
# found, but the expected answer is one reading (a nonsense or two-way qualifier; a lone "Date:"/"Room:" line after a
# signature delimiter or in a chat line; "Sender carrier", "Original ETA"): marked arguable
r148_found_arguable = set("""
d148-b-M-meta-03sent-room d148-b-M-meta-05of_e_mail-room d148-b-M-meta-09forwarded-room
d148-b-M-meta-11received-room d148-b-M-meta-12modified-room d148-b-M-meta-14created-room
d148-b-M-meta-17printed-room d148-b-M-oq-25at_creation-room d148-b-M-oq-26when_opened-room
d148-b-O-13sent-eta-0 d148-s-M-dl-chatdate-1-bottom d148-s-M-dl-documentdate-1-bottom
d148-s-M-dl-minutesdate-1-bottom d148-s-M-dl-quotedate-1-bottom d148-s-M-dl-ticketdate-1-bottom
d148-s-M-meta-03sent-room d148-s-M-meta-05of_e_mail-room d148-s-M-meta-08forwarded-room
d148-s-M-meta-09forwarded-room d148-s-M-meta-11received-room d148-s-M-meta-12modified-room
d148-s-M-meta-13modified-room d148-s-M-meta-14created-room d148-s-M-meta-15created-room
d148-s-M-meta-16printed-room d148-s-M-meta-17printed-room d148-s-M-meta-24fax-room
d148-s-M-meta-25sms-room d148-s-M-meta-26letter-room d148-s-M-meta-27chat-room
d148-s-M-meta-31ticket-room d148-s-M-meta-32posted-room d148-s-M-meta-33version-room
d148-s-M-oq-03original-room d148-s-M-oq-04initial-room d148-s-M-oq-21draft-room
d148-s-M-oq-25at_creation-room d148-s-M-oq-26when_opened-room d148-s-M-oq-27opening-room
d148-s-M-oq-35history-room d148-s-M-sig-chat-room-0 d148-s-M-sig-chat-room-1
d148-s-M-sig-sig-date-0 d148-s-M-sig-sig-date-1 d148-s-M-sig-sig-room-0
d148-s-M-sig-sig-room-1 d148-s-M-sig-sig2-date-0 d148-s-M-sig-sig2-date-1
d148-s-M-sig-sig2-room-0 d148-s-M-sig-sig2-room-1 d148-s-O-10sender-carrier-0
d148-s-O-10sender-carrier-1 d148-s-O-10sender-eta-0 d148-s-O-10sender-eta-1
d148-s-O-12e_mail-carrier-0 d148-s-O-12e_mail-carrier-1 d148-s-O-12e_mail-eta-0
d148-s-O-12e_mail-eta-1 d148-s-O-13sent-carrier-0 d148-s-O-13sent-carrier-1
d148-s-O-13sent-eta-0 d148-s-O-13sent-eta-1 d148-s-O-14original-carrier-0
d148-s-O-14original-carrier-1 d148-s-O-14original-eta-0 d148-s-O-14original-eta-1
d148-s-O-15draft-carrier-0 d148-s-O-15draft-carrier-1 d148-s-O-15draft-eta-0
d148-s-O-15draft-eta-1 d148-s-O-19forwarded-carrier-0 d148-s-O-19forwarded-carrier-1
d148-s-O-19forwarded-eta-0 d148-s-O-19forwarded-eta-1 d148-v-M-meta-03sent-room
d148-v-M-meta-05of_e_mail-room d148-v-M-meta-09forwarded-room d148-v-M-meta-11received-room
d148-v-M-meta-12modified-room d148-v-M-meta-14created-room d148-v-M-meta-17printed-room
d148-v-M-oq-25at_creation-room d148-v-M-oq-26when_opened-room d148-v-O-13sent-eta-0
""".split())
r148_arguable |= r148_found_arguable
for r148_p in P:
    if r148_p["id"] in r148_arguable and "arguable" not in r148_p["family"]:
        r148_p["family"] += "_arguable"


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too), every safe variant and every 6th of the held rest; STEPCACHE_REDTEAM_FULL=1 keeps them all.
from probe_kit import sample_round as r148_sample_round  # noqa: E402
r148_found = {
    'd148-b-M-dl-datecreated-1', 'd148-b-M-dl-dateforwarded-1', 'd148-b-M-dl-datemodified-1',
    'd148-b-M-dl-dateofe-mail-1', 'd148-b-M-dl-dateprinted-1', 'd148-b-M-dl-datereceived-1', 'd148-b-M-dl-datesent-1',
    'd148-b-M-meta-03sent-room', 'd148-b-M-meta-05of_e_mail-room', 'd148-b-M-meta-09forwarded-room',
    'd148-b-M-meta-11received-room', 'd148-b-M-meta-12modified-room', 'd148-b-M-meta-14created-room',
    'd148-b-M-meta-17printed-room', 'd148-b-M-meta-23in_signature-room', 'd148-b-M-oq-19in_quote-room',
    'd148-b-M-oq-25at_creation-room', 'd148-b-M-oq-26when_opened-room', 'd148-b-O-02in_quote-eta-0',
    'd148-b-O-13sent-eta-0', 'd148-s-M-dl-chatdate-1-bottom', 'd148-s-M-dl-createddate-1-bottom',
    'd148-s-M-dl-datecreated-1-bottom', 'd148-s-M-dl-datecreated-1-top', 'd148-s-M-dl-datecreated-2-top',
    'd148-s-M-dl-dateforwarded-1-bottom', 'd148-s-M-dl-dateforwarded-1-top', 'd148-s-M-dl-datemodified-1-bottom',
    'd148-s-M-dl-datemodified-1-top', 'd148-s-M-dl-dateofe-mail-1-bottom', 'd148-s-M-dl-dateofe-mail-1-top',
    'd148-s-M-dl-dateprinted-1-bottom', 'd148-s-M-dl-dateprinted-1-top', 'd148-s-M-dl-datereceived-1-bottom',
    'd148-s-M-dl-datereceived-1-top', 'd148-s-M-dl-datereceived-2-top', 'd148-s-M-dl-datesent-0-bottom',
    'd148-s-M-dl-datesent-0-top', 'd148-s-M-dl-datesent-1-bottom', 'd148-s-M-dl-datesent-1-top',
    'd148-s-M-dl-datesent-2-top', 'd148-s-M-dl-documentdate-1-bottom', 'd148-s-M-dl-e-maildate-0-bottom',
    'd148-s-M-dl-e-maildate-0-top', 'd148-s-M-dl-e-maildate-1-bottom', 'd148-s-M-dl-e-maildate-1-top',
    'd148-s-M-dl-e-maildate-2-top', 'd148-s-M-dl-emaildate-0-bottom', 'd148-s-M-dl-emaildate-0-top',
    'd148-s-M-dl-faxdate-1-bottom', 'd148-s-M-dl-letterdate-1-bottom', 'd148-s-M-dl-maildate-1-bottom',
    'd148-s-M-dl-maildate-2-top', 'd148-s-M-dl-minutesdate-1-bottom', 'd148-s-M-dl-modifieddate-1-bottom',
    'd148-s-M-dl-posteddate-1-bottom', 'd148-s-M-dl-printeddate-1-bottom', 'd148-s-M-dl-quotedate-1-bottom',
    'd148-s-M-dl-receiveddate-1-bottom', 'd148-s-M-dl-sentdate-2-top', 'd148-s-M-dl-smsdate-1-bottom',
    'd148-s-M-dl-ticketdate-1-bottom', 'd148-s-M-meta-03sent-room', 'd148-s-M-meta-05of_e_mail-room',
    'd148-s-M-meta-08forwarded-room', 'd148-s-M-meta-09forwarded-room', 'd148-s-M-meta-11received-room',
    'd148-s-M-meta-12modified-room', 'd148-s-M-meta-13modified-room', 'd148-s-M-meta-14created-room',
    'd148-s-M-meta-15created-room', 'd148-s-M-meta-16printed-room', 'd148-s-M-meta-17printed-room',
    'd148-s-M-meta-18sender-room', 'd148-s-M-meta-19sender_s-room', 'd148-s-M-meta-20recipient-room',
    'd148-s-M-meta-21signature-room', 'd148-s-M-meta-23in_signature-room', 'd148-s-M-meta-24fax-room',
    'd148-s-M-meta-25sms-room', 'd148-s-M-meta-26letter-room', 'd148-s-M-meta-27chat-room',
    'd148-s-M-meta-28header-room', 'd148-s-M-meta-31ticket-room', 'd148-s-M-meta-32posted-room',
    'd148-s-M-meta-33version-room', 'd148-s-M-oq-03original-room', 'd148-s-M-oq-04initial-room',
    'd148-s-M-oq-07quoted-room', 'd148-s-M-oq-19in_quote-room', 'd148-s-M-oq-21draft-room',
    'd148-s-M-oq-25at_creation-room', 'd148-s-M-oq-26when_opened-room', 'd148-s-M-oq-27opening-room',
    'd148-s-M-oq-29deleted-room', 'd148-s-M-oq-30struck-room', 'd148-s-M-oq-35history-room',
    'd148-s-M-oq-41stale-room', 'd148-s-M-sig-chat-room-0', 'd148-s-M-sig-chat-room-1', 'd148-s-M-sig-sig-date-0',
    'd148-s-M-sig-sig-date-1', 'd148-s-M-sig-sig-room-0', 'd148-s-M-sig-sig-room-1', 'd148-s-M-sig-sig2-date-0',
    'd148-s-M-sig-sig2-date-1', 'd148-s-M-sig-sig2-room-0', 'd148-s-M-sig-sig2-room-1', 'd148-s-O-00quoted-carrier-0',
    'd148-s-O-00quoted-carrier-1', 'd148-s-O-00quoted-eta-0', 'd148-s-O-00quoted-eta-1',
    'd148-s-O-02in_quote-carrier-0', 'd148-s-O-02in_quote-carrier-1', 'd148-s-O-02in_quote-eta-0',
    'd148-s-O-02in_quote-eta-1', 'd148-s-O-03struck-carrier-0', 'd148-s-O-03struck-carrier-1',
    'd148-s-O-03struck-eta-0', 'd148-s-O-03struck-eta-1', 'd148-s-O-04deleted-carrier-0',
    'd148-s-O-04deleted-carrier-1', 'd148-s-O-04deleted-eta-0', 'd148-s-O-04deleted-eta-1',
    'd148-s-O-06stale-carrier-0', 'd148-s-O-06stale-carrier-1', 'd148-s-O-06stale-eta-0', 'd148-s-O-06stale-eta-1',
    'd148-s-O-10sender-carrier-0', 'd148-s-O-10sender-carrier-1', 'd148-s-O-10sender-eta-0',
    'd148-s-O-10sender-eta-1', 'd148-s-O-12e_mail-carrier-0', 'd148-s-O-12e_mail-carrier-1',
    'd148-s-O-12e_mail-eta-0', 'd148-s-O-12e_mail-eta-1', 'd148-s-O-13sent-carrier-0', 'd148-s-O-13sent-carrier-1',
    'd148-s-O-13sent-eta-0', 'd148-s-O-13sent-eta-1', 'd148-s-O-14original-carrier-0',
    'd148-s-O-14original-carrier-1', 'd148-s-O-14original-eta-0', 'd148-s-O-14original-eta-1',
    'd148-s-O-15draft-carrier-0', 'd148-s-O-15draft-carrier-1', 'd148-s-O-15draft-eta-0', 'd148-s-O-15draft-eta-1',
    'd148-s-O-19forwarded-carrier-0', 'd148-s-O-19forwarded-carrier-1', 'd148-s-O-19forwarded-eta-0',
    'd148-s-O-19forwarded-eta-1', 'd148-s-O-20in_v1-carrier-0', 'd148-s-O-20in_v1-carrier-1',
    'd148-v-M-dl-datecreated-1', 'd148-v-M-dl-dateforwarded-1', 'd148-v-M-dl-datemodified-1',
    'd148-v-M-dl-dateofe-mail-1', 'd148-v-M-dl-dateprinted-1', 'd148-v-M-dl-datereceived-1', 'd148-v-M-dl-datesent-1',
    'd148-v-M-meta-03sent-room', 'd148-v-M-meta-05of_e_mail-room', 'd148-v-M-meta-09forwarded-room',
    'd148-v-M-meta-11received-room', 'd148-v-M-meta-12modified-room', 'd148-v-M-meta-14created-room',
    'd148-v-M-meta-17printed-room', 'd148-v-M-meta-23in_signature-room', 'd148-v-M-oq-19in_quote-room',
    'd148-v-M-oq-25at_creation-room', 'd148-v-M-oq-26when_opened-room', 'd148-v-O-02in_quote-eta-0',
    'd148-v-O-13sent-eta-0',
}
r148_sample_round("d148-", r148_found, 6, safe_every=1)
# Arguable items still served from the cache after the fixes (FINDINGS.md, rounds 146-151): left out.
r148_left_out = {
    'd148-s-M-sig-sig-date-0', 'd148-s-M-sig-sig-date-1', 'd148-s-M-sig-sig-room-0', 'd148-s-M-sig-sig-room-1',
}
P[:] = [r148_p for r148_p in P if r148_p["id"] not in r148_left_out]
