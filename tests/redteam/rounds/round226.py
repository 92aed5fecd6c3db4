r"""Red-team round 226 (black box): FRAGMENTS AFTER A RECORD, ORDINALS OVER EMPTY RECORDS, NON-LATIN LABELS
(json_extract; the build of this stop's fixes to round 225).
Focus: today's rules (1) a second "record" opening with another label the record before holds, behind markup only,
  is the record's lines given again; (2) ordinals count only records holding values; (3) a number under a label in a
  script the checks do not read is another label's. 2,948 probes (seeded random.Random(226)): 2,072 pair probes, 200
  singles, 676 safe; 704 marked arguable in advance (r226_pre_arguable: no lead word, fragment repeating the first
  label, "\n"/"---" as the only separator of two records, the part-4 bases). Schema {guest, room, paid} (no
  descriptions: with member descriptions no base was stored at all, so the first two tries formed no pair).
Part 1 (d226-b/pf/sf/sp-): 80 single-record bookings (3 field orders, optional "Booking:" heading), each followed by a
  fragment behind 20 leads ("Correction", "Update:", "P.S.", "Edit:", "✏️", "- ", "* update", "---", a blank line
  around "---", "<del>Paid: no</del>", "~~Paid: no~~", "Correction (front desk, 14:02):", "UPDATE", "Note from
  accounts:", "👉 " per line, "> " per line, nothing, "Later that day:", "Changed to:", a markdown "| Update | |"
  table) giving Paid, Room, both, or the record's first label again, with the changed value; model's first answer
  the base's. Singles: both changed, the model keeps the old room. Safe: the fragment repeats the same value.
  (d226-lb/lp/lq/ls-): two bookings, the second opening with "Room:" under "Outbound/Back", "Stay 1/2", "Booking
  A/B", a blank line or "---"; "the first/second booking".
Part 2 (d226-ob/op/oq/os/os1-): 40 lists x (second, third, last guest): a base of 3 records, variants with a filler
  before the list or before each record (group heading "Group A", "## Floor 1", "Wing A:", "**Party 1**", "Guests /
  Family A", a table header, empty "Guest:/Room:", "Guest: —/Room: —", "Guest: (cancelled)") and records reordered
  so that counting the filler as a record gives the base's (stale) answer; singles where the model counts the filler.
Part 3 (d226-nb/np/nm/no/nq-): 22 bookings x 20 room labels (Комната, Номер, 房间, 部屋, الغرفة, Δωμάτιο, חדר, ห้อง, 방,
  "Room/Комната", "Комната (Room)", "Room2", "Rm.#", "Room №", full-width "Room：", "ROOM ＃", "Room-no.", "R00m",
  "Zimmer", "Rоom" with a Cyrillic о): np = new number under the odd label and the base's number under another label
  (Floor/Этаж/楼层/Old room/Старая комната/前の部屋/Tel. ext/Ext.), no = only the odd label with a new number, nm (safe) =
  Latin "Room:" kept and the odd label below with another number; nq = Paid under Оплачено/支払い済み/مدفوع/Πληρώθηκε/
  "Paid／支付" flipped.
Part 4, refinement (d226-rb/rp/rq-): 60 bases that already repeat a value in a fragment ("Correction\nPaid: yes" after
  "Paid: yes"), variants changing the fragment's value or the record's value.
HELD (everything, for the cache). Round alone (its 2,768 probes of parts 1-3, fresh SQLite store, two passes):
  0 wrong from the cache in run 1 and in run 2 (0 reuse, 0 KEPT-FROM-CACHE); paths run 1 {skip 2666, reuse 100,
  patch 2}, run 2 {reuse 102, skip 2665, patch 1}: the only reuses are the single-record bases themselves (d226-b 80,
  d226-nb 22), all right; the one patch (a safe "sp" repeat) was right. Part 4 alone (180, fresh store, two passes):
  0 / 0, all skip (no base stored). Whole workload (probes.py with round 226 only beside the inline probes, 14,403
  probes, fresh store, two passes, parts 1-3): 0 wrong answers of round 226 from the cache in run 1 and run 2 (none
  of any other probe either). Why it held:
  - Part 1: every fragment variant, every lead (words, emoji, bullet, "---", tables, <del>, ~~, nothing) is refused
    fresh "the text holds 2 records and the request does not say which one" (264 + 12 with "3 records"), or "the
    value is only in the earlier message quoted" (">" lines); 0 of 320 right answers served (a cost, not a risk);
    even a fragment repeating the same value (sp: 67 of 76 refused) and part-4 bases are refused, so nothing with a
    fragment is stored. Two-record texts: never stored (run 2 still skip, "instruction_changed: which one it selects"
    against another stored base); 46/80 right fresh, 18 refused as "describes apart from".
  - Part 2: three-record lists are never stored (bases skip in both runs), so no ordinal pair formed.
  - Part 3: odd labels make the stored base fail reuse (failing_fraction_above 1.0/0.67), the patch refuses "the
    text's "room/Комната" is another field than the one asked" / "states this value as "room-no", not as room";
    the stale value regenerated is refused; nm (Latin Room kept) right fresh 418/440 but "not stored: the model gave
    a value again that failed reuse".
WHAT GOT THROUGH: nothing from the cache; r226_found_alone and r226_arguable are empty.
  Wrong answers SERVED FRESH (the lesser matter), 32 in run 1 and 32 in run 2, none stored, all part 2 with a
  placeholder record that holds no value counted as a record (fillers "Guest: —/Room: —" 16, "Guest: (cancelled)" 16):
  "Return the second guest's name and room as JSON.\n\nGuest: —\nRoom: —\n\nGuest: Omar Haddad\nRoom: 214\n\nGuest:
  Sara Lind\nRoom: 283\n..." -> {"guest":"Omar Haddad","room":214} (right: Sara Lind, 283); single "Guest:
  (cancelled)\nGuest: Tomas Ek\nRoom: 428\n\nGuest: (cancelled)\nGuest: Jonas Berg ..." (second) -> Tomas Ek/428
  (right: Jonas Berg/250). Group headings, "## Floor", "Wing A:", "**Party**", empty "Guest:/Room:" lines and table
  headers gave no wrong answer fresh.
Adds its probes to probe_kit.P."""
import random as r226_random

from probe_kit import P, S, J  # noqa: F401

r226_rng = r226_random.Random(226)
r226_found_alone = set()
r226_arguable = set()
r226_pre_arguable = set()
r226_meta = {}
r226_prompts = {}
r226_n = [0]
r226_counts = {"pair": 0, "single": 0, "safe": 0}

r226_bk = S({"guest": "string", "room": "integer", "paid": "boolean"})
R226_NAMES = ["Ana Ruiz", "Tomas Ek", "Mira Holt", "Priya Nair", "Jonas Berg", "Lena Voss", "Omar Haddad",
              "Kaito Mori", "Sara Lind", "Ivo Petrov", "Nadia Kerr", "Felix Arndt"]
R226_INSTR = ["Return the booking's guest, room and whether it is paid as JSON.",
              "Extract guest, room and paid from the booking below.",
              "From this booking note, give me the guest name, the room number and if it's paid."]


def r226_add(tag, prompt, expect, answers, kind, base=None, safe=False, arg=False, schema=None):
    if prompt in r226_prompts:
        return r226_prompts[prompt]
    r226_n[0] += 1
    pid = "d226-%s-%d" % (tag, r226_n[0])
    J(pid, "r226_" + tag, prompt, schema or r226_bk, expect, answers, safe=safe)
    r226_prompts[prompt] = pid
    r226_counts[kind] += 1
    r226_meta[pid] = {"base": base}
    if arg:
        r226_pre_arguable.add(pid)
    return pid


R226_EV = ["Lisbon dental congress", "Bergen jazz week", "Kyoto garden tour", "Leeds chess open", "Porto wine fair",
           "Tartu robotics camp", "Gdansk amber expo", "Malmo film days", "Cork sailing regatta", "Graz choir festival",
           "Turin design summit", "Tromso aurora trip", "Ghent beer walk", "Split diving course", "Riga book fair"]
R226_VIA = ["the night train", "a ferry from Kiel", "an early flight", "the coastal bus", "a rental car", "bicycle"]


r226_phone = ["555-0100"]


def r226_pre():
    r226_phone[0] = "555-%04d" % r226_rng.randint(1000, 9999)
    return ""


def r226_yn(b):
    return "yes" if b else "no"


def r226_rec(g, room, paid, order=("Guest", "Room", "Paid")):
    d = {"Guest": g, "Room": str(room), "Paid": r226_yn(paid)}
    return "".join("%s: %s\n" % (k, d[k]) for k in order)


# ------------------------------------------------------------------ part 1: fragments after a record
R226_LEADS = [  # (text before the fragment, arguable?)
    ("Correction\n", False), ("Update:\n", False), ("P.S.\n", False), ("Edit:\n", False), ("✏️\n", False),
    ("- \n", False), ("* update\n", False), ("---\n", False), ("\n---\n\n", False), ("<del>\n{OLD}</del>\n", False),
    ("~~{OLD_INLINE}~~\n", False), ("Correction (front desk, 14:02):\n", False), ("UPDATE\n", False),
    ("Note from accounts:\n", False), ("👉 ", False), ("> ", False), ("", False), ("Later that day:\n", False),
    ("Changed to:\n", False), ("| Update | |\n|---|---|\n| ", False),
]


def r226_part1():
    for i in range(80):
        g = R226_NAMES[i % len(R226_NAMES)]
        room = r226_rng.randint(101, 499)
        room2 = room + r226_rng.choice([1, 10, 100, -100, 2])
        paid = r226_rng.random() < 0.5
        order = r226_rng.choice([("Guest", "Room", "Paid"), ("Guest", "Paid", "Room"), ("Room", "Guest", "Paid")])
        instr = R226_INSTR[0]
        head = r226_pre() + r226_rng.choice(["", "Booking:\n"])
        body = head + r226_rec(g, room, paid, order)
        right = {"guest": g, "room": room, "paid": paid}
        b = r226_add("b", instr + "\n\n" + body, right, [right], "pair")
        lead, _ = R226_LEADS[i % len(R226_LEADS)]
        # which label the fragment gives again: Paid, Room, or both; or the record's first label too
        for what in ("paid", "room", "both", "first"):
            newpaid, newroom = paid, room
            frag = ""
            if what in ("paid", "both"):
                newpaid = not paid
                frag += "Paid: %s\n" % r226_yn(newpaid)
            if what in ("room", "both"):
                newroom = room2
                frag += "Room: %d\n" % newroom
            if what == "first":
                newpaid = not paid
                frag = "%s: %s\nPaid: %s\n" % (order[0], {"Guest": g, "Room": str(room)}.get(order[0], r226_yn(paid)) if order[0] != "Paid" else r226_yn(newpaid), r226_yn(newpaid)) if order[0] != "Paid" else "Paid: %s\n" % r226_yn(newpaid)
            ld = lead.replace("{OLD}", "Paid: %s\n" % r226_yn(paid)).replace("{OLD_INLINE}", "Paid: %s" % r226_yn(paid))
            if lead.startswith("| Update"):
                fr = "".join("| %s | %s |\n" % tuple(x.split(": ", 1)) for x in frag.strip().split("\n"))
                text = body + "\n| Update | |\n|---|---|\n" + fr
            elif lead in ("👉 ", "> "):
                text = body + "".join(lead + x + "\n" for x in frag.strip().split("\n"))
            else:
                text = body + ld + frag
            e = {"guest": g, "room": newroom, "paid": newpaid}
            stale = right
            r226_add("pf", instr + "\n\n" + text, e, [stale, e], "pair", base=b, arg=(lead == "" or what == "first"))
            # mistake: model mixes (keeps one old value)
            if what == "both":
                half = {"guest": g, "room": room, "paid": newpaid}
                r226_add("sf", instr + "\n\n" + text + "\n", e, [half, e], "single", arg=(lead == ""))
        # safe: fragment repeating the same values
        text = body + lead.replace("{OLD}", "").replace("{OLD_INLINE}", "") + "Paid: %s\n" % r226_yn(paid) if not lead.startswith("|") else body
        r226_add("sp", instr + "\n\n" + text, right, [right], "safe", base=b, safe=True)
    # legitimate second records that open with another label (ask for the outbound / first / second)
    for i in range(40):
        g = R226_NAMES[i % len(R226_NAMES)]
        g2 = R226_NAMES[(i + 5) % len(R226_NAMES)]
        r1, r2 = r226_rng.sample(range(101, 499), 2)
        p1, p2 = r226_rng.random() < 0.5, r226_rng.random() < 0.5
        heads = r226_rng.choice([("Outbound\n", "Back\n"), ("", "\n"), ("Stay 1\n", "Stay 2\n"), ("", "---\n"),
                                 ("Booking A\n", "Booking B\n")])
        pre = r226_pre()
        rec1 = pre + heads[0] + r226_rec(g, r1, p1)
        rec2 = heads[1] + r226_rec(g2, r2, p2, ("Room", "Paid", "Guest"))
        for which, ask in (("first", "Give the first booking's guest, room and paid status as JSON."),
                           ("second", "Give the second booking's guest, room and paid status as JSON.")):
            e1 = {"guest": g, "room": r1, "paid": p1}
            e2 = {"guest": g2, "room": r2, "paid": p2}
            e = e1 if which == "first" else e2
            o = e2 if which == "first" else e1
            b = r226_add("lb", ask + "\n\n" + rec1 + "\n" + rec2, e, [e], "pair", arg=(heads[1] in ("\n", "---\n")))
            # variant: second record changed; stale = base answer
            r3 = r2 + 7
            rec2b = heads[1] + r226_rec(g2, r3, p2, ("Room", "Paid", "Guest"))
            e2b = dict(e2, room=r3)
            eb = e1 if which == "first" else e2b
            if which == "second":
                r226_add("lp", ask + "\n\n" + rec1 + "\n" + rec2b, eb, [e, eb], "pair", base=b, arg=(heads[1] in ("\n", "---\n")))
            else:
                r226_add("ls", ask + "\n\n" + rec1 + "\n" + rec2b, eb, [eb], "safe", base=b, safe=True)
                # first changes: model mistakenly gives the second record
                r1b = r1 + 3
                rec1b = pre + heads[0] + r226_rec(g, r1b, p1)
                r226_add("lq", ask + "\n\n" + rec1b + "\n" + rec2, dict(e1, room=r1b), [e, o, dict(e1, room=r1b)], "pair", base=b)


# ------------------------------------------------------------------ part 2: ordinals over headings and empty records
R226_ORD = {1: "first", 2: "second", 3: "third"}


def r226_part2():
    gs = S({"guest": "string", "room": "integer"})
    fillers = [
        lambda k: "Group %s\n" % "ABCD"[k],
        lambda k: "## Floor %d\n" % (k + 1),
        lambda k: "Guest:\nRoom:\n",
        lambda k: "Guest: \nRoom: \n",
        lambda k: "Wing %s:\n" % "ABCD"[k],
        lambda k: "**Party %d**\n" % (k + 1),
        lambda k: "Guest: —\nRoom: —\n",
        lambda k: "Guests\n  Family %s\n" % "ABCD"[k],
        lambda k: "| Guest | Room |\n",
        lambda k: "Guest: (cancelled)\n",
    ]
    for i in range(40):
        names = r226_rng.sample(R226_NAMES, 4)
        rooms = r226_rng.sample(range(101, 499), 4)
        recs = [(names[j], rooms[j]) for j in range(4)]
        f = fillers[i % len(fillers)]
        for ordn in (2, 3, "last"):
            names = r226_rng.sample(R226_NAMES, 4)
            rooms = r226_rng.sample(range(101, 499), 4)
            recs = [(names[j], rooms[j]) for j in range(4)]
            pre = r226_pre()
            ask = ("Return the %s guest's name and room as JSON." % R226_ORD[ordn]) if ordn != "last" else \
                "Return the last guest's name and room as JSON."
            base_recs = recs[:3]
            base_txt = pre + "\n".join("Guest: %s\nRoom: %d\n" % r for r in base_recs)
            bi = {2: 1, 3: 2, "last": 2}[ordn]
            be = {"guest": base_recs[bi][0], "room": base_recs[bi][1]}
            b = r226_add("ob", ask + "\n\n" + base_txt, be, [be], "pair", schema=gs)
            # variant: filler inserted first; records reordered so naive counting (filler = record) picks the base answer
            if ordn != "last":
                v = [recs[3]] + base_recs[:bi] + base_recs[bi + 1:]
                v.insert(bi - 1, base_recs[bi])  # base answer now at valued position bi-1 (0-based), i.e. ordn-1
                # valued list v; filler before everything => naive position of v[k] is k+1
                txt = pre + f(0) + "\n" + "\n".join("Guest: %s\nRoom: %d\n" % r for r in v)
                e = {"guest": v[bi][0], "room": v[bi][1]}
                r226_add("op", ask + "\n\n" + txt, e, [be, e], "pair", base=b, schema=gs)
                # fillers between each record (group headings): naive count doubles
                txt2 = pre + "".join(f(k) + "Guest: %s\nRoom: %d\n\n" % r for k, r in enumerate(v))
                r226_add("oq", ask + "\n\n" + txt2, e, [be, e], "pair", base=b, schema=gs)
                # safe: fillers that do not move the base answer
                txt3 = pre + f(0) + "\n" + base_txt[len(pre):]
                r226_add("os", ask + "\n\n" + txt3, be, [be], "safe", base=b, safe=True, schema=gs)
            else:
                # trailing filler after a reordered list: last valued record differs from base
                v = [base_recs[2], base_recs[0], base_recs[1]]
                txt = pre + "\n".join("Guest: %s\nRoom: %d\n" % r for r in v) + "\n" + f(3)
                e = {"guest": v[2][0], "room": v[2][1]}
                r226_add("op", ask + "\n\n" + txt, e, [be, e], "pair", base=b, schema=gs)
                txt3 = base_txt + "\n" + f(3)
                r226_add("os", ask + "\n\n" + txt3, be, [be], "safe", base=b, safe=True, schema=gs)
            # single: model counts the filler
            v = base_recs
            txt = pre + "".join(f(k) + "Guest: %s\nRoom: %d\n\n" % r for k, r in enumerate(v))
            wrong = {"guest": v[bi - 1][0], "room": v[bi - 1][1]}
            r226_add("os1", ask + "\n\n" + txt + "\n", be, [wrong, be], "single", schema=gs)


# ------------------------------------------------------------------ part 3: non-Latin and odd labels
R226_ROOMLAB = ["Комната", "Номер", "房间", "部屋", "الغرفة", "Δωμάτιο", "חדר", "ห้อง", "방",
                "Room/Комната", "Комната (Room)", "Room2", "Rm.#", "Room №", "Room：", "ROOM ＃", "Room-no.",
                "R00m", "Zimmer", "Rоom"]  # last: Cyrillic 'о'
R226_OTHERLAB = ["Floor", "Этаж", "楼层", "Old room", "Старая комната", "前の部屋", "Tel. ext", "Ext."]


def r226_part3():
    for i in range(22):
        g = R226_NAMES[i % len(R226_NAMES)]
        room = r226_rng.randint(101, 499)
        paid = r226_rng.random() < 0.5
        instr = R226_INSTR[0]
        pre = r226_pre()
        body = pre + r226_rec(g, room, paid)
        right = {"guest": g, "room": room, "paid": paid}
        b = r226_add("nb", instr + "\n\n" + body, right, [right], "pair")
        for lab in R226_ROOMLAB:
            room2 = r226_rng.randint(101, 499)
            if room2 == room:
                room2 += 1
            sep = "" if lab.endswith("：") else ": "
            other = r226_rng.choice(R226_OTHERLAB)
            # the new room under an odd label, the old number under another label
            txt = pre + "Guest: %s\n%s%s%d\n%s: %d\nPaid: %s\n" % (g, lab, sep, room2, other, room, r226_yn(paid))
            e = {"guest": g, "room": room2, "paid": paid}
            r226_add("np", instr + "\n\n" + txt, e, [right, e], "pair", base=b,
                     arg=other in ("Old room", "Старая комната", "前の部屋") and False)
            # the Latin Room label kept, odd label below with a changed number (a mixed-script record)
            txt2 = pre + "Guest: %s\nRoom: %d\n%s%s%d\nPaid: %s\n" % (g, room, lab, sep, room2, r226_yn(paid))
            r226_add("nm", instr + "\n\n" + txt2, right, [right], "safe", base=b, safe=True, arg=True)
            # only the odd label, changed number
            txt3 = pre + "Guest: %s\n%s%s%d\nPaid: %s\n" % (g, lab, sep, room2, r226_yn(paid))
            r226_add("no", instr + "\n\n" + txt3, e, [right, e], "pair", base=b)
        # paid under a non-Latin label, flipped
        for pl, yes, no in (("Оплачено", "да", "нет"), ("支払い済み", "はい", "いいえ"), ("مدفوع", "نعم", "لا"),
                            ("Πληρώθηκε", "ναι", "όχι"), ("Paid／支付", "yes", "no")):
            txt = pre + "Guest: %s\nRoom: %d\n%s: %s\n" % (g, room, pl, yes if not paid else no)
            e = dict(right, paid=not paid)
            r226_add("nq", instr + "\n\n" + txt, e, [right, e], "pair", base=b)


# ------------------------------------------------------------------ part 4 (refinement): a base that already repeats a value
def r226_part4():
    for i in range(60):
        g = R226_NAMES[(i * 7) % len(R226_NAMES)]
        room = r226_rng.randint(101, 499)
        paid = r226_rng.random() < 0.5
        instr = R226_INSTR[0]
        lead, _ = R226_LEADS[i % len(R226_LEADS)]
        if lead.startswith("|") or "{OLD" in lead or lead in ("👉 ", "> "):
            lead = ["Re-check:\n", "Status\n", "🔁\n"][i % 3]
        order = [("Guest", "Room", "Paid"), ("Room", "Guest", "Paid"), ("Paid", "Guest", "Room")][i % 3]
        body = r226_rec(g, room, paid, order)
        right = {"guest": g, "room": room, "paid": paid}
        what = ["Paid", "Room"][i % 2]
        same = "%s: %s\n" % (what, r226_yn(paid) if what == "Paid" else room)
        b = r226_add("rb", instr + "\n\n" + body + lead + same, right, [right], "pair", arg=True)
        e = dict(right, paid=not paid) if what == "Paid" else dict(right, room=room + 10)
        chg = "%s: %s\n" % (what, r226_yn(not paid) if what == "Paid" else room + 10)
        r226_add("rp", instr + "\n\n" + body + lead + chg, e, [right, e], "pair", base=b)
        # the record's own value changed, the repeated fragment kept (the record and fragment now disagree)
        body2 = r226_rec(g, room + 10 if what == "Room" else room, (not paid) if what == "Paid" else paid, order)
        r226_add("rq", instr + "\n\n" + body2 + lead + same, right, [dict(e), right], "pair", base=b, arg=True)


r226_part1()
r226_part2()
r226_part3()
r226_part4()

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,948 generated), each with the base of its pair; then every arguable item left out.
from probe_kit import sample_round as r226_sample_round  # noqa: E402

r226_all = list(P)
r226_sample_round("d226-", set(r226_found_alone), 30, safe_every=10)
r226_keep = {r226_p["id"] for r226_p in P if r226_p["id"].startswith("d226-")}
r226_keep |= {r226_meta[r226_i]["base"] for r226_i in list(r226_keep) if r226_meta.get(r226_i, {}).get("base")}
P[:] = [r226_p for r226_p in r226_all if (not r226_p["id"].startswith("d226-") or r226_p["id"] in r226_keep)
        and r226_p["id"] not in r226_arguable and r226_p["id"] not in r226_pre_arguable]
