r"""Red-team round 173 (black box): THIS STOP'S NEWEST RULES, ATTACKED -- a code-word key's value with a note, a kept
member on the patch path, optional/nullable members over "none" placeholders.
8,772 probes (seeded random.Random(173)): 2,656 pair probes (base + variant), 5,996 singles (--runs 2), 120 safe.
Part 1 (d173-cs/cb/cv-): 24 keys (unlisted last words "hook", "peg", "cubby", "kennel", "mooring", "pier", "quay", "track",
  "siding", "gangway", "jetty", "rack", "cell", "berth", "pallet", "stand" and listed "stall_no", "room_no", "seat", "gate",
  "ticket_id", "order_no", "platform", "locker_code") x 3 labels x 48 notes (40 after the code: "upstairs", "ANUL", ":old",
  "⇐ new", "— upstairs", "/ upstairs", "» new", "·alt", "+spare", "=old", "--temp", ", left side", "OLD", "NEU", "VOID",
  "Obergeschoss", "i 2. etg", "à gauche", "→ north", "@ north wing", "!!", "#old", "≠ old", "~~old~~"...; 8 before it: "old X",
  "new: X", "temp X", "upstairs X", "ca. X", "→ X", "see X", "nr X"); 7 layouts (lines, one-line "a | b", YAML, pipe table, CSV,
  e-mail, prose). Singles: the model's 1st answer copies the whole field. Pairs: a plain stored record, then "X → Y", "X now
  Y", "X (new: Y)", "X ersetzt durch Y", "X nå Y". Prose values under code-word keys ("Meeting room: ask at reception");
  counting names with "2 x Lamp" (order/unit/lot/case/policy).
Part 2 (d173-kb/kv/ks/db/dv-): a stored {name, cabin|room|seat|locker|berth|stall|desk|bay, guests}; the variant changes
  guests (regenerated) and the kept member by: "Cabin: 307 | Deck: 3 (moved to 612)", a new line below ("Changed to: 612",
  "Update: cabin 612", "New cabin: 612", "Note: cabin swapped to 612"), "307; now: 612", "307, Number: 612",
  "307 (Cabin: 612 after upgrade)", "Old cabin: 307 / Cabin: 612"; safe "Cabin: 307 | Deck: 3". Schema changes between
  requests: room described "the booked room" -> "the room after the upgrade"; name described "...; all counts below are in
  dozens" over "Qty: 36"; name described "the seat asked is the return-leg one"; key locker -> spare_locker.
Part 3 (d173-op/ob/ov-): 8 optional (not required) or nullable members x 40 placeholders ("keine", "ingen", "aucun",
  "nessuno", "yok", "žádný", "なし", "无", "없음", "n.v.", "k.A.", "s/o", "tbd", "noch offen", "ikke tildelt", "(leer)",
  "folgt", "à venir"...); model's 1st answer keeps the placeholder as the value. Part 4 (second pass, d173-xs/xo-): 26 keys
  (more unlisted: "pigeonhole", "slip", "dock", "hangar", "bollard", "carrel", "tray", "box", "crate", "shelf", "aisle",
  "pitch", "plot"; suffixed: "hook_no", "peg_id", "kennel_number", "track_code", "cubby_ref", "quay_id"; listed: "berth_no",
  "seat_number", "gate", "room", "locker", "desk", "bay") x 20 notes x 3 layouts; 10 members x 30 "none" words in further
  languages (κανένα, אין, لا يوجد, कोई नहीं, ไม่มี, không có, tidak ada, hakuna, nincs, nėra, puudub, не назначен, немає, 未定...).
HELD: every pair (0 variants served wrong: the note giving a new code, every kept-member shape of part 2, three of the four
  schema changes -- all regenerated; most ended in an error, see below); a note AFTER the code under a listed code word
  (seat, gate, room, locker, desk, bay, berth_no, ticket_id, order_no, platform, locker_code, hook_no, peg_id, kennel_number,
  track_code, cubby_ref, quay_id: 0 stored); "2 x Lamp" under counting names (never stored); placeholders keine, ingen,
  aucun, nessuno, ninguno, geen, brak, ei ole, nenhum, n.v., k.A., s/o, n/a, —, tbd, ikke tildelt, non assegnato, sin
  asignar, nicht vergeben (failed, regenerated); notes "(left side)", "— ask desk", "=> use this" after the code (never stored). Safe reuse 39/120 (run 1), 45/120 (run 2). Errors on right answers:
  3,760 in run 1 (kept-member variants 216 of 240: "the text states cabin: 307"; note-giving-new-code variants 864 of 864).
WHAT GOT THROUGH (full round: run 1 424 wrong from the cache = 173 reuse + 251 KEPT-FROM-CACHE on patch; run 2 1,406 =
  1,402 reuse + 4 kept; wrong fresh 2,537 in run 1. Alone, a fresh SQLite store, --runs 2: 422 in run 1, all 1,404 found ids
  in run 2 -- 880 clear, 524 arguable (r173_arguable)):
 (A) CLEAR (432 = cs 91 + xs 341): a note AFTER the code under a key whose last word no list holds, stored whole and
     copied by the licensed rewrite into other records (YAML from lines): "Peg: 127 upstairs" -> {"peg": "127 upstairs"},
     "Track: 14 ⇐ new", "Quay: Q85 upstairs", "Tray: T83 near lift", "Box: 6474, by the window", "Aisle: 59 upstairs",
     "Slip: S41 i kjelleren", "Carrel: C-129 Obergeschoss", "Hook: H-91 ⇐ new" (expected the bare code). A note BEFORE the code under ANY key,
     listed ones too: "Gate: upstairs E47", "Room: new: 723", "Locker: hinten 329", "Ticket: upstairs TK-02157",
     "Platform: new: 9".
 (B) CLEAR (448 = xo 422 + op 23 + ov 3): "none" in languages the rule does not read, kept as the value of an optional or
     nullable member: "Badge: なし" -> {"badge": "なし"} (expected no badge), "Seat: 无", "Locker: žádný"/"yok"/"không có",
     "Voucher: κανένα", "Member ID: ezer ez", "ei määritetty"; on the patch path another record's "yok" is KEPT while the name is
     regenerated.
 (C) ARGUABLE (524): notes saying the code is void/old/alt/spare ("R82-J ANUL", "C17:old", "96+spare", "VOID", "≠ old",
     "old B-67", "12 bis"), the label word inside ("nr S-59", "no. 1234", "Nummer 77", "ca. 5.65"), pending words ("folgt",
     "kommer", "à venir", "noch offen", "未定", "미정", "tbd", "xxx", "0000"), and the schema change "all counts below are in
     dozens" in the name's description (qty 36 kept from the cache, 3 expected; 4 ids).
Adds its probes to probe_kit.P."""
import json
import random as r173_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r173_random.Random(173)
r173_arguable = set()
r173_found_alone = set()
r173_pairs, r173_singles, r173_safe = [], [], []
_C = "bdfgklmnprstvz"; _V = "aeiou"; _UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def w(k):
    return "".join(R.choice(_C) + R.choice(_V) for _ in range(k))


def nm():
    return w(2).capitalize() + " " + w(2).capitalize() + "sen"


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r173_arguable.add(id)
    {"pair": r173_pairs, "single": r173_singles, "safe": r173_safe}[kind].append(id)


def layout(lay, fields, intro="Extract the record."):
    """fields: list of (label, value)."""
    if lay == "L":
        body = "\n".join("%s: %s" % f for f in fields)
    elif lay == "O":
        body = " | ".join("%s: %s" % f for f in fields)
    elif lay == "Y":
        body = "\n".join("%s: %s" % (l.lower().replace(" ", "_").replace(".", ""), v) for l, v in fields)
    elif lay == "T":
        body = "| " + " | ".join(l for l, _ in fields) + " |\n|" + "---|" * len(fields) + "\n| " + \
            " | ".join(v for _, v in fields) + " |"
    elif lay == "C":
        body = ",".join(l for l, _ in fields) + "\n" + ",".join(v for _, v in fields)
    elif lay == "E":
        body = "Subject: booking\n\nHi,\n\n" + "\n".join("%s: %s" % f for f in fields) + "\n\nBest regards,\nFront desk"
    else:  # P prose
        body = "; ".join("the %s is %s" % (l.lower(), v) for l, v in fields).capitalize() + "."
    return intro + "\n\n" + body


# ---------------------------------------------------------------- part 1: code keys with a note after/before/inside
# key, label variants, code generator
KEYS = [
    ("stall_no", ["Stall no.", "Stall", "Box"], lambda: "S-%s" % d(2)),
    ("hook", ["Hook", "Haken", "Krok"], lambda: "H-%s" % d(2)),
    ("peg", ["Peg", "Coat peg", "Knagg"], lambda: d(3)),
    ("cubby", ["Cubby", "Fach", "Cubby no."], lambda: "C%s" % d(2)),
    ("kennel", ["Kennel", "Zwinger", "Kennel no."], lambda: "K-%s" % d(2)),
    ("mooring", ["Mooring", "Liegeplatz", "Fortøyning"], lambda: "M%s" % d(3)),
    ("pier", ["Pier", "Pier no.", "Brygge"], lambda: d(2)),
    ("quay", ["Quay", "Kai", "Quai"], lambda: "Q%s" % d(2)),
    ("track", ["Track", "Gleis", "Spor"], lambda: str(R.randint(1, 24))),
    ("siding", ["Siding", "Abstellgleis", "Sidespor"], lambda: "SD-%s" % d(2)),
    ("gangway", ["Gangway", "Gate bridge", "Landgang"], lambda: "G%s" % d(1)),
    ("jetty", ["Jetty", "Steg", "Jetée"], lambda: "J-%s" % d(2)),
    ("rack", ["Rack", "Regal", "Rack no."], lambda: "R%s-%s" % (d(2), R.choice(_UP))),
    ("berth", ["Berth", "Koje", "Køye"], lambda: "B-%s" % d(2)),
    ("locker_code", ["Locker code", "Schließfachcode", "Skapkode"], lambda: d(4)),
    ("pallet", ["Pallet", "Palette", "Pall"], lambda: "P%s" % d(5)),
    ("cell", ["Cell", "Zelle", "Celle"], lambda: "%s%s" % (R.choice(_UP), d(2))),
    ("stand", ["Stand", "Messestand", "Booth"], lambda: "%s.%s" % (d(1), d(2))),
    ("room_no", ["Room no.", "Zimmer", "Rom"], lambda: d(3)),
    ("seat", ["Seat", "Sitz", "Sete"], lambda: "%s%s" % (d(2), R.choice("ABCDEF"))),
    ("gate", ["Gate", "Flugsteig", "Port"], lambda: "%s%s" % (R.choice("ABCDE"), d(2))),
    ("ticket_id", ["Ticket", "Ticket ID", "Billett"], lambda: "TK-%s" % d(5)),
    ("order_no", ["Order no.", "Bestellnr.", "Ordre"], lambda: d(6)),
    ("platform", ["Platform", "Bahnsteig", "Perrong"], lambda: str(R.randint(1, 19))),
]
NOTES_AFTER = [
    ("%s upstairs", False), ("%s ANUL", False), ("%s:old", False), ("%s ⇐ new", False), ("%s — upstairs", False),
    ("%s / upstairs", False), ("%s; old one", False), ("%s » new", False), ("%s ~ spare", False),
    ("%s … ask desk", False), ("%s·alt", False), ("%s+spare", False), ("%s=old", False), ("%s--temp", False),
    ("%s, left side", False), ("%s (upstairs)", False), ("%s *reserved*", False), ("%s _temp_", False),
    ("%s OLD", False), ("%s NEU", False), ("%s TEMP", False), ("%s VOID", False), ("%s Obergeschoss", False),
    ("%s oben", False), ("%s i 2. etg", False), ("%s à gauche", False), ("%s → north", False), ("%s ← use", False),
    ("%s | upstairs", True), ("%s @ north wing", False), ("%s & hallway", False), ("%s !!", True), ("%s ??", True),
    ("%s #old", False), ("%s\tupstairs", False), ("%s  (sp.)", False), ("%s..old", False), ("%s ≠ old", False),
    ("%s >> temp", False), ("%s ~~old~~", False),
]
NOTES_BEFORE = [("old %s", True), ("new: %s", True), ("temp %s", True), ("upstairs %s", True), ("ca. %s", True),
                ("→ %s", True), ("see %s", True), ("nr %s", True)]
NOTES_INSIDE = [("B-44 (upstairs) B", None)]
n = 0
for key, labels, gen in KEYS:
    for lab in labels:
        for na, (nt, arg) in enumerate(NOTES_AFTER + NOTES_BEFORE):
            lay = "LOYTCEP"[(n) % 7] if "|" not in nt and "," not in nt else "L"
            n += 1
            code = gen()
            if lay == "C" and ("," in nt):
                lay = "L"
            name = nm()
            val = nt % code
            sch = S({"guest": "string", key: "string"})
            pr = layout(lay, [("Guest", name), (lab, val)])
            exp = {"guest": name, key: code}
            bad = {"guest": name, key: val}
            add("single", "d173-cs-%s-%d-%d" % (key, labels.index(lab), na), "r173-code-note-single", pr, sch, exp,
                [json.dumps(bad), json.dumps(exp), json.dumps(exp)], arg=arg or na >= len(NOTES_AFTER))
            # pair: base plain, variant with note (the model answers the bare code in both; the note does not change it)
            # + a variant where the note gives a new code (changes the answer)
            if na % 4 == 0:
                code2 = gen()
                while code2 == code:
                    code2 = gen()
                b = {"guest": name, key: code}
                add("pair", "d173-cb-%s-%d-%d" % (key, labels.index(lab), na), "r173-code-base",
                    layout(lay, [("Guest", name), (lab, code)]), sch, b, [json.dumps(b)] * 3)
                vv = "%s %s" % (code, R.choice(["→ %s", "now %s", "moved to %s", "ersetzt durch %s", "nå %s",
                                                 "=> %s", "(new: %s)", "-- use %s"])) % code2
                v = {"guest": name, key: code2}
                add("pair", "d173-cv-%s-%d-%d" % (key, labels.index(lab), na), "r173-code-var",
                    layout(lay, [("Guest", name), (lab, vv)]), sch, v, [json.dumps(v)] * 3)
# prose-valued keys whose last word is a code word: the whole prose is right (errors only, no finding expected)
for i in range(40):
    name = nm()
    key = R.choice(["pickup_gate", "meeting_room", "parking_bay", "help_desk", "return_lane"])
    val = R.choice(["the one by the north entrance", "ask at reception", "the blue door on the left",
                    "behind the café", "whichever is free"])
    sch = S({"guest": "string", key: "string"})
    e = {"guest": name, key: val}
    add("safe", "d173-pv-%d" % i, "r173-prose-code-key",
        layout("L", [("Guest", name), (key.replace("_", " ").capitalize(), val)]), sch, e, [json.dumps(e)] * 3)

# counting names: "order"/"unit"/"lot"/"case" with "2 x Lamp"
for i in range(60):
    name = nm()
    key = R.choice(["order", "unit", "lot", "case", "policy"])
    num = str(R.randint(1, 99))
    val = "%s x %s" % (num, R.choice(["Lamp", "Chair", "Box", "Crate"]))
    sch = S({"customer": "string", key: "string"}, {key: "the %s number" % key})
    e = {"customer": name, key: num}
    bad = {"customer": name, key: val}
    add("single", "d173-cnt-%d" % i, "r173-count-name",
        layout("LOE"[i % 3], [("Customer", name), (key.capitalize() + " no.", val)]), sch, e,
        [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=True)

# ---------------------------------------------------------------- part 2: kept member on the patch path
# base: Cabin + Guests; variant: guests change (regenerated) + something changes the cabin without touching its line
CAB = [("cabin", "Cabin", "Deck"), ("room", "Room", "Floor"), ("seat", "Seat", "Row"), ("locker", "Locker", "Level"),
       ("berth", "Berth", "Deck"), ("stall", "Stall", "Row"), ("desk", "Desk", "Floor"), ("bay", "Bay", "Level")]
k = 0
for key, lab, attr in CAB:
    for i in range(30):
        k += 1
        name = nm()
        c1 = str(R.randint(100, 499)); c2 = str(R.randint(500, 899))
        g1 = R.randint(1, 4); g2 = g1 + R.randint(1, 3)
        sch = S({"name": "string", key: "string", "guests": "integer"})
        shape = i % 10
        lay = "LO"[i % 2]
        base_f = [("Name", name), (lab, c1), ("Guests", str(g1))]
        b = {"name": name, key: c1, "guests": g1}
        arg = False
        if shape == 0:   # attribute label on the kept line changes the value
            var_f = [("Name", name), (lab, "%s | %s: 3 (moved to %s)" % (c1, attr, c2)), ("Guests", str(g2))]
            arg = True
        elif shape == 1:  # new line below
            var_f = [("Name", name), (lab, c1), ("Changed to", c2), ("Guests", str(g2))]
        elif shape == 2:
            var_f = [("Name", name), (lab, c1), ("Update", "%s %s" % (lab.lower(), c2)), ("Guests", str(g2))]
        elif shape == 3:
            var_f = [("Name", name), (lab, c1), ("New %s" % lab.lower(), c2), ("Guests", str(g2))]
        elif shape == 4:
            var_f = [("Name", name), (lab, "%s; %s: %s" % (c1, "now", c2)), ("Guests", str(g2))]
        elif shape == 5:
            var_f = [("Name", name), (lab, "%s, Number: %s" % (c1, c2)), ("Guests", str(g2))]
            arg = True
        elif shape == 6:
            var_f = [("Name", name), (lab, "%s (%s: %s after upgrade)" % (c1, lab, c2)), ("Guests", str(g2))]
        elif shape == 7:
            var_f = [("Name", name), (lab, c1), ("Guests", str(g2)), ("Note", "%s swapped to %s" % (lab.lower(), c2))]
        elif shape == 8:
            var_f = [("Name", name), (lab, "%s  %s: %s" % (c1, "Upgraded", c2)), ("Guests", str(g2))]
        else:
            var_f = [("Name", name), ("Old %s" % lab.lower(), c1), (lab, c2), ("Guests", str(g2))]
        v = {"name": name, key: c2, "guests": g2}
        add("pair", "d173-kb-%d" % k, "r173-kept-base", layout(lay, base_f), sch, b, [json.dumps(b)] * 3)
        add("pair", "d173-kv-%d-s%d" % (k, shape), "r173-kept-var", layout(lay, var_f), sch, v, [json.dumps(v)] * 3,
            arg=arg)
        if i % 3 == 0:  # safe: guests change, the cabin gains a real attribute
            var_s = [("Name", name), (lab, "%s | %s: 3" % (c1, attr)), ("Guests", str(g2))]
            s = {"name": name, key: c1, "guests": g2}
            add("pair", "d173-ks-%d" % k, "r173-kept-attr-ok", layout(lay, var_s), sch, s, [json.dumps(s)] * 3)

# schema description changes between requests (same text except one field)
for i in range(80):
    name = nm()
    c1 = str(R.randint(100, 499)); c2 = str(R.randint(500, 899))
    n1 = R.randint(1, 5); n2 = n1 + R.randint(1, 4)
    shape = i % 4
    if shape == 0:
        f1 = [("Name", name), ("Room", c1), ("Upgrade room", c2), ("Nights", str(n1))]
        f2 = [("Name", name), ("Room", c1), ("Upgrade room", c2), ("Nights", str(n2))]
        s1 = S({"name": "string", "room": "string", "nights": "integer"}, {"room": "the booked room"})
        s2 = S({"name": "string", "room": "string", "nights": "integer"}, {"room": "the room after the upgrade"})
        b = {"name": name, "room": c1, "nights": n1}; v = {"name": name, "room": c2, "nights": n2}
    elif shape == 1:
        q = R.choice([12, 24, 36, 48, 60])
        f1 = [("Name", name), ("Item", "eggs"), ("Qty", str(q)), ("Nights", str(n1))]
        f2 = [("Name", name), ("Item", "eggs"), ("Qty", str(q)), ("Nights", str(n2))]
        s1 = S({"name": "string", "qty": "integer", "nights": "integer"})
        s2 = S({"name": "string", "qty": "integer", "nights": "integer"}, {"name": "guest name; all counts below are in dozens"})
        b = {"name": name, "qty": q, "nights": n1}; v = {"name": name, "qty": q // 12, "nights": n2}
    elif shape == 2:
        f1 = [("Name", name), ("Seat", c1), ("Seat (return)", c2), ("Nights", str(n1))]
        f2 = f1[:3] + [("Nights", str(n2))]
        s1 = S({"name": "string", "seat": "string", "nights": "integer"}, {"nights": "number of nights"})
        s2 = S({"name": "string", "seat": "string", "nights": "integer"},
               {"nights": "number of nights", "name": "passenger; the seat asked is the return-leg one"})
        b = {"name": name, "seat": c1, "nights": n1}; v = {"name": name, "seat": c2, "nights": n2}
    else:
        f1 = [("Name", name), ("Locker", c1), ("Spare locker", c2), ("Nights", str(n1))]
        f2 = f1[:3] + [("Nights", str(n2))]
        s1 = S({"name": "string", "locker": "string", "nights": "integer"})
        s2 = S({"name": "string", "spare_locker": "string", "nights": "integer"})
        b = {"name": name, "locker": c1, "nights": n1}; v = {"name": name, "spare_locker": c2, "nights": n2}
    lay = "LOY"[i % 3]
    add("pair", "d173-db-%d" % i, "r173-desc-base", layout(lay, f1), s1, b, [json.dumps(b)] * 3)
    add("pair", "d173-dv-%d-s%d" % (i, shape), "r173-desc-var", layout(lay, f2), s2, v, [json.dumps(v)] * 3,
        arg=(shape == 1))

# ---------------------------------------------------------------- part 3: optional / nullable members over placeholders
PH = ["keine", "ingen", "aucun", "nessuno", "ninguno", "geen", "brak", "ei ole", "nenhum", "yok", "žádný", "нет",
      "なし", "无", "없음", "n.v.", "k.A.", "s/o", "—", "-/-", "n/a", "tbd", "noch offen", "pas encore", "ikke tildelt",
      "non assegnato", "sin asignar", "nicht vergeben", "ei määritetty", "brak przydziału", "(leer)", "(vide)", "xxx",
      "0000", "TBA", "folgt", "kommer", "à venir", "pendiente", "—none—"]
OPT = [("locker", "Locker", "Schließfach"), ("seat", "Seat", "Sitzplatz"), ("room_no", "Room", "Zimmer"),
       ("member_id", "Member ID", "Mitgliedsnr."), ("phone", "Phone", "Telefon"), ("voucher", "Voucher", "Gutschein"),
       ("gate", "Gate", "Flugsteig"), ("badge", "Badge", "Ausweis")]
for key, lab, lab2 in OPT:
    for j, ph in enumerate(PH):
        name = nm()
        nullable = j % 2 == 0
        if nullable:
            sch = S({"name": "string", key: {"type": ["string", "null"]}})
            e = {"name": name, key: None}
        else:
            sch = S({"name": "string", key: "string"}, required=["name"])
            e = {"name": name}
        bad = dict(e); bad[key] = ph
        lay = "LOYE"[j % 4]
        pr = layout(lay, [("Name", name), (R.choice([lab, lab2]), ph)])
        arg = ph in ("xxx", "0000", "—", "-/-", "TBA", "tbd", "folgt", "kommer", "à venir", "pendiente", "noch offen",
                     "pas encore")
        add("single", "d173-op-%s-%d" % (key, j), "r173-optional-placeholder", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
        if j % 5 == 0:  # pair: base holds a value, variant the placeholder
            code = "%s%s" % (R.choice(_UP), d(3))
            b = {"name": name, key: code}
            add("pair", "d173-ob-%s-%d" % (key, j), "r173-opt-base", layout(lay, [("Name", name), (lab, code)]), sch, b,
                [json.dumps(b)] * 3)
            add("pair", "d173-ov-%s-%d" % (key, j), "r173-opt-var", layout(lay, [("Name", name), (lab, ph)]), sch, e,
                [json.dumps(e)] * 3, arg=arg)

# ---------------------------------------------------------------- safe variants
for i in range(80):
    name = nm(); key, labels, gen = R.choice(KEYS); code = gen()
    sch = S({"guest": "string", key: "string"})
    e = {"guest": name, key: code}
    lay = "LOY"[i % 3]
    add("pair", "d173-sb-%d" % i, "r173-safe-base", layout(lay, [("Guest", name), (labels[0], code)]), sch, e,
        [json.dumps(e)] * 3)
    extra = R.choice(["\n\nThanks!", "\n\n(Sent from my phone)", "", "\n"])
    pr = layout(lay, [("Guest", name), (labels[0], code)], intro=R.choice(["Please extract the record.",
                                                                         "Extract the record, please.",
                                                                         "Extract  the record."])) + extra
    add("safe", "d173-sv-%d" % i, "r173-safe", pr, sch, e, [json.dumps(e)] * 3)


# ---------------------------------------------------------------- part 4 (second pass): edges of the holes
KEYS2 = [("pigeonhole", "Pigeonhole", lambda: "PH%s" % d(2)), ("slip", "Slip", lambda: "S%s" % d(2)),
         ("dock", "Dock", lambda: "D-%s" % d(2)), ("hangar", "Hangar", lambda: "H%s" % d(1)),
         ("bollard", "Bollard", lambda: d(3)), ("carrel", "Carrel", lambda: "C-%s" % d(3)),
         ("tray", "Tray", lambda: "T%s" % d(2)), ("box", "Box", lambda: d(4)), ("crate", "Crate", lambda: "CR-%s" % d(4)),
         ("shelf", "Shelf", lambda: "%s%s" % (R.choice(_UP), d(2))), ("aisle", "Aisle", lambda: d(2)),
         ("pitch", "Pitch", lambda: "P%s" % d(2)), ("plot", "Plot", lambda: "%s/%s" % (d(2), d(1))),
         ("hook_no", "Hook no.", lambda: "H-%s" % d(2)), ("peg_id", "Peg ID", lambda: d(3)),
         ("kennel_number", "Kennel number", lambda: "K-%s" % d(2)), ("track_code", "Track code", lambda: "T%s" % d(3)),
         ("cubby_ref", "Cubby ref", lambda: "C%s" % d(2)), ("quay_id", "Quay ID", lambda: "Q%s" % d(2)),
         ("berth_no", "Berth no.", lambda: "B-%s" % d(2)), ("seat_number", "Seat number", lambda: "%s%s" % (d(2), R.choice("ABCDEF"))),
         ("gate", "Gate", lambda: "%s%s" % (R.choice("ABCDE"), d(2))), ("room", "Room", lambda: d(3)),
         ("locker", "Locker", lambda: d(3)), ("desk", "Desk", lambda: "D%s" % d(2)), ("bay", "Bay", lambda: d(2))]
NOTES2 = [("%s upstairs", False), ("%s near lift", False), ("%s (left side)", False), ("%s ⇐ new", False),
          ("%s, by the window", False), ("%s — ask desk", False), ("%s ANUL", True), ("%s:old", True),
          ("%s = spare", True), ("%s => use this", False), ("%s Obergeschoss", False), ("%s i kjelleren", False),
          ("upstairs %s", False), ("new: %s", False), ("nr %s", False), ("old %s", True), ("no. %s", False),
          ("Nummer %s", False), ("hinten %s", False), ("%s bis", True)]
for key, lab, gen in KEYS2:
    for na, (nt, arg) in enumerate(NOTES2):
        for lay in "LOY":
            code = gen(); name = nm(); val = nt % code
            sch = S({"guest": "string", key: "string"})
            exp = {"guest": name, key: code}; bad = {"guest": name, key: val}
            add("single", "d173-xs-%s-%d-%s" % (key, na, lay), "r173-code-note-single2",
                layout(lay, [("Guest", name), (lab, val)]), sch, exp, [json.dumps(bad), json.dumps(exp), json.dumps(exp)],
                arg=arg)
        # pair: stored plain, variant the note changes nothing (model answers right) -> must not be an error
PH2 = ["yok", "žádný", "なし", "无", "없음", "κανένα", "אין", "لا يوجد", "कोई नहीं", "ไม่มี", "không có", "tidak ada",
       "hakuna", "nincs", "niciunul", "nėra", "nav", "puudub", "enginn", "ingen tildelt", "не назначен", "немає",
       "無し", "未定", "未分配", "미정", "ninguna", "cap", "ezer ez", "dim"]
for key, lab in [("locker", "Locker"), ("voucher", "Voucher"), ("badge", "Badge"), ("member_id", "Member ID"),
                 ("seat", "Seat"), ("gate", "Gate"), ("room_no", "Room"), ("desk", "Desk"), ("pier", "Pier"),
                 ("mooring", "Mooring")]:
    for j, ph in enumerate(PH2):
        for lay in "LO":
            name = nm(); nullable = (j + len(lay)) % 2 == 0
            if nullable:
                sch = S({"name": "string", key: {"type": ["string", "null"]}}); e = {"name": name, key: None}
            else:
                sch = S({"name": "string", key: "string"}, required=["name"]); e = {"name": name}
            bad = dict(e); bad[key] = ph
            add("single", "d173-xo-%s-%d-%s" % (key, j, lay), "r173-optional-placeholder2",
                layout(lay, [("Name", name), (lab, ph)]), sch, e, [json.dumps(bad), json.dumps(e), json.dumps(e)],
                arg=ph in ("未定", "미정", "dim", "cap"))


# ---------------------------------------------------------------- confirmed alone (fresh SQLite store, --runs 2)
r173_found_alone = set((
    "d173-cs-berth-0-40 d173-cs-berth-0-41 d173-cs-berth-0-47 d173-cs-cell-0-0 d173-cs-cell-0-1 d173-cs-cell-0-14 "
    "d173-cs-cell-0-21 d173-cs-cell-0-22 d173-cs-cell-0-27 d173-cs-cell-0-29 d173-cs-cell-0-41 d173-cs-cell-0-43 "
    "d173-cs-cell-0-7 d173-cs-cubby-0-10 d173-cs-cubby-0-11 d173-cs-cubby-0-14 d173-cs-cubby-0-16 "
    "d173-cs-cubby-0-18 d173-cs-cubby-0-2 d173-cs-cubby-0-24 d173-cs-cubby-0-25 d173-cs-cubby-0-3 "
    "d173-cs-cubby-0-31 d173-cs-cubby-0-37 d173-cs-gangway-0-10 d173-cs-gangway-0-11 d173-cs-gangway-0-14 "
    "d173-cs-gangway-0-16 d173-cs-gangway-0-18 d173-cs-gangway-0-2 d173-cs-gangway-0-24 d173-cs-gangway-0-25 "
    "d173-cs-gangway-0-3 d173-cs-gangway-0-31 d173-cs-gangway-0-37 d173-cs-gate-0-40 d173-cs-gate-0-41 "
    "d173-cs-gate-0-47 d173-cs-hook-0-10 d173-cs-hook-0-11 d173-cs-hook-0-12 d173-cs-hook-0-14 d173-cs-hook-0-18 "
    "d173-cs-hook-0-19 d173-cs-hook-0-24 d173-cs-hook-0-25 d173-cs-hook-0-3 d173-cs-hook-0-31 d173-cs-hook-0-33 "
    "d173-cs-hook-0-40 d173-cs-hook-0-47 d173-cs-jetty-0-0 d173-cs-jetty-0-12 d173-cs-jetty-0-14 "
    "d173-cs-jetty-0-19 d173-cs-jetty-0-21 d173-cs-jetty-0-27 d173-cs-jetty-0-33 d173-cs-jetty-0-40 "
    "d173-cs-jetty-0-41 d173-cs-jetty-0-47 d173-cs-jetty-0-7 d173-cs-kennel-0-0 d173-cs-kennel-0-12 "
    "d173-cs-kennel-0-14 d173-cs-kennel-0-19 d173-cs-kennel-0-21 d173-cs-kennel-0-27 d173-cs-kennel-0-33 "
    "d173-cs-kennel-0-40 d173-cs-kennel-0-41 d173-cs-kennel-0-47 d173-cs-kennel-0-7 d173-cs-locker_code-0-43 "
    "d173-cs-mooring-0-1 d173-cs-mooring-0-10 d173-cs-mooring-0-14 d173-cs-mooring-0-16 d173-cs-mooring-0-2 "
    "d173-cs-mooring-0-22 d173-cs-mooring-0-24 d173-cs-mooring-0-29 d173-cs-mooring-0-3 d173-cs-mooring-0-31 "
    "d173-cs-mooring-0-37 d173-cs-mooring-0-43 d173-cs-pallet-0-40 d173-cs-pallet-0-47 d173-cs-peg-0-0 "
    "d173-cs-peg-0-1 d173-cs-peg-0-14 d173-cs-peg-0-21 d173-cs-peg-0-22 d173-cs-peg-0-27 d173-cs-peg-0-29 "
    "d173-cs-peg-0-41 d173-cs-peg-0-43 d173-cs-peg-0-7 d173-cs-pier-0-11 d173-cs-pier-0-12 d173-cs-pier-0-14 "
    "d173-cs-pier-0-18 d173-cs-pier-0-19 d173-cs-pier-0-25 d173-cs-pier-0-27 d173-cs-pier-0-33 d173-cs-pier-0-40 "
    "d173-cs-pier-0-41 d173-cs-pier-0-47 d173-cs-platform-0-41 d173-cs-platform-0-43 d173-cs-quay-0-0 "
    "d173-cs-quay-0-1 d173-cs-quay-0-14 d173-cs-quay-0-16 d173-cs-quay-0-2 d173-cs-quay-0-21 d173-cs-quay-0-22 "
    "d173-cs-quay-0-29 d173-cs-quay-0-37 d173-cs-quay-0-43 d173-cs-quay-0-7 d173-cs-rack-0-1 d173-cs-rack-0-10 "
    "d173-cs-rack-0-14 d173-cs-rack-0-16 d173-cs-rack-0-2 d173-cs-rack-0-22 d173-cs-rack-0-24 d173-cs-rack-0-29 "
    "d173-cs-rack-0-3 d173-cs-rack-0-31 d173-cs-rack-0-37 d173-cs-rack-0-43 d173-cs-room_no-0-40 "
    "d173-cs-room_no-0-41 d173-cs-room_no-0-47 d173-cs-seat-0-43 d173-cs-seat-0-44 d173-cs-siding-0-0 "
    "d173-cs-siding-0-1 d173-cs-siding-0-14 d173-cs-siding-0-21 d173-cs-siding-0-22 d173-cs-siding-0-27 "
    "d173-cs-siding-0-29 d173-cs-siding-0-41 d173-cs-siding-0-43 d173-cs-siding-0-7 d173-cs-stall_no-0-43 "
    "d173-cs-stand-0-44 d173-cs-ticket_id-0-43 d173-cs-track-0-10 d173-cs-track-0-11 d173-cs-track-0-12 "
    "d173-cs-track-0-14 d173-cs-track-0-18 d173-cs-track-0-19 d173-cs-track-0-24 d173-cs-track-0-25 "
    "d173-cs-track-0-3 d173-cs-track-0-31 d173-cs-track-0-33 d173-cs-track-0-40 d173-cs-track-0-47 d173-dv-17-s1 "
    "d173-dv-21-s1 d173-dv-45-s1 d173-dv-5-s1 d173-op-badge-10 d173-op-badge-12 d173-op-badge-13 d173-op-badge-14 "
    "d173-op-badge-22 d173-op-badge-28 d173-op-badge-36 d173-op-badge-37 d173-op-badge-9 d173-op-gate-12 "
    "d173-op-gate-13 d173-op-gate-38 d173-op-gate-9 d173-op-locker-10 d173-op-locker-12 d173-op-locker-13 "
    "d173-op-locker-14 d173-op-locker-22 d173-op-locker-38 d173-op-member_id-28 d173-op-member_id-37 "
    "d173-op-member_id-9 d173-op-seat-13 d173-op-seat-14 d173-op-seat-30 d173-op-voucher-12 d173-op-voucher-13 "
    "d173-op-voucher-14 d173-op-voucher-28 d173-op-voucher-36 d173-op-voucher-37 d173-op-voucher-38 "
    "d173-op-voucher-9 d173-ov-badge-10 d173-ov-locker-10 d173-ov-seat-30 d173-xo-badge-0-L d173-xo-badge-0-O "
    "d173-xo-badge-1-O d173-xo-badge-10-L d173-xo-badge-10-O d173-xo-badge-11-L d173-xo-badge-11-O "
    "d173-xo-badge-12-L d173-xo-badge-12-O d173-xo-badge-13-L d173-xo-badge-13-O d173-xo-badge-14-L "
    "d173-xo-badge-15-L d173-xo-badge-15-O d173-xo-badge-16-L d173-xo-badge-16-O d173-xo-badge-17-L "
    "d173-xo-badge-17-O d173-xo-badge-18-L d173-xo-badge-18-O d173-xo-badge-2-O d173-xo-badge-20-L "
    "d173-xo-badge-20-O d173-xo-badge-21-L d173-xo-badge-21-O d173-xo-badge-22-L d173-xo-badge-22-O "
    "d173-xo-badge-23-L d173-xo-badge-23-O d173-xo-badge-24-L d173-xo-badge-24-O d173-xo-badge-25-L "
    "d173-xo-badge-25-O d173-xo-badge-27-L d173-xo-badge-27-O d173-xo-badge-28-L d173-xo-badge-28-O "
    "d173-xo-badge-29-L d173-xo-badge-29-O d173-xo-badge-3-O d173-xo-badge-4-L d173-xo-badge-4-O d173-xo-badge-5-L "
    "d173-xo-badge-5-O d173-xo-badge-6-L d173-xo-badge-6-O d173-xo-badge-7-L d173-xo-badge-7-O d173-xo-badge-8-L "
    "d173-xo-badge-8-O d173-xo-badge-9-L d173-xo-badge-9-O d173-xo-desk-0-L d173-xo-desk-0-O d173-xo-desk-1-L "
    "d173-xo-desk-1-O d173-xo-desk-10-L d173-xo-desk-10-O d173-xo-desk-11-L d173-xo-desk-11-O d173-xo-desk-12-L "
    "d173-xo-desk-12-O d173-xo-desk-13-L d173-xo-desk-13-O d173-xo-desk-14-L d173-xo-desk-14-O d173-xo-desk-15-L "
    "d173-xo-desk-15-O d173-xo-desk-16-L d173-xo-desk-16-O d173-xo-desk-17-L d173-xo-desk-17-O d173-xo-desk-18-L "
    "d173-xo-desk-18-O d173-xo-desk-2-L d173-xo-desk-2-O d173-xo-desk-20-L d173-xo-desk-20-O d173-xo-desk-21-L "
    "d173-xo-desk-21-O d173-xo-desk-22-L d173-xo-desk-22-O d173-xo-desk-23-L d173-xo-desk-23-O d173-xo-desk-24-L "
    "d173-xo-desk-24-O d173-xo-desk-25-L d173-xo-desk-25-O d173-xo-desk-27-L d173-xo-desk-27-O d173-xo-desk-28-L "
    "d173-xo-desk-28-O d173-xo-desk-29-L d173-xo-desk-29-O d173-xo-desk-3-L d173-xo-desk-3-O d173-xo-desk-4-L "
    "d173-xo-desk-4-O d173-xo-desk-5-L d173-xo-desk-5-O d173-xo-desk-6-L d173-xo-desk-6-O d173-xo-desk-7-L "
    "d173-xo-desk-7-O d173-xo-desk-8-L d173-xo-desk-8-O d173-xo-desk-9-L d173-xo-desk-9-O d173-xo-gate-0-L "
    "d173-xo-gate-0-O d173-xo-gate-1-L d173-xo-gate-1-O d173-xo-gate-10-L d173-xo-gate-10-O d173-xo-gate-11-L "
    "d173-xo-gate-11-O d173-xo-gate-12-L d173-xo-gate-12-O d173-xo-gate-13-L d173-xo-gate-13-O d173-xo-gate-14-L "
    "d173-xo-gate-14-O d173-xo-gate-15-L d173-xo-gate-15-O d173-xo-gate-16-L d173-xo-gate-16-O d173-xo-gate-17-L "
    "d173-xo-gate-17-O d173-xo-gate-18-L d173-xo-gate-18-O d173-xo-gate-2-L d173-xo-gate-2-O d173-xo-gate-20-L "
    "d173-xo-gate-20-O d173-xo-gate-21-L d173-xo-gate-21-O d173-xo-gate-22-L d173-xo-gate-22-O d173-xo-gate-23-L "
    "d173-xo-gate-23-O d173-xo-gate-24-L d173-xo-gate-24-O d173-xo-gate-25-L d173-xo-gate-25-O d173-xo-gate-27-L "
    "d173-xo-gate-27-O d173-xo-gate-28-L d173-xo-gate-28-O d173-xo-gate-29-L d173-xo-gate-29-O d173-xo-gate-4-L "
    "d173-xo-gate-4-O d173-xo-gate-5-L d173-xo-gate-5-O d173-xo-gate-6-L d173-xo-gate-6-O d173-xo-gate-7-L "
    "d173-xo-gate-7-O d173-xo-gate-8-L d173-xo-gate-8-O d173-xo-gate-9-L d173-xo-gate-9-O d173-xo-locker-0-L "
    "d173-xo-locker-0-O d173-xo-locker-1-L d173-xo-locker-1-O d173-xo-locker-10-L d173-xo-locker-10-O "
    "d173-xo-locker-11-L d173-xo-locker-11-O d173-xo-locker-12-L d173-xo-locker-12-O d173-xo-locker-13-L "
    "d173-xo-locker-13-O d173-xo-locker-14-L d173-xo-locker-14-O d173-xo-locker-15-L d173-xo-locker-16-L "
    "d173-xo-locker-16-O d173-xo-locker-17-L d173-xo-locker-17-O d173-xo-locker-18-L d173-xo-locker-18-O "
    "d173-xo-locker-2-L d173-xo-locker-2-O d173-xo-locker-20-L d173-xo-locker-20-O d173-xo-locker-21-L "
    "d173-xo-locker-21-O d173-xo-locker-22-L d173-xo-locker-22-O d173-xo-locker-23-L d173-xo-locker-23-O "
    "d173-xo-locker-24-L d173-xo-locker-24-O d173-xo-locker-25-L d173-xo-locker-25-O d173-xo-locker-27-L "
    "d173-xo-locker-27-O d173-xo-locker-28-L d173-xo-locker-28-O d173-xo-locker-29-L d173-xo-locker-29-O "
    "d173-xo-locker-3-L d173-xo-locker-3-O d173-xo-locker-4-L d173-xo-locker-4-O d173-xo-locker-5-L "
    "d173-xo-locker-5-O d173-xo-locker-6-L d173-xo-locker-6-O d173-xo-locker-7-L d173-xo-locker-7-O "
    "d173-xo-locker-8-L d173-xo-locker-8-O d173-xo-locker-9-L d173-xo-locker-9-O d173-xo-member_id-0-L "
    "d173-xo-member_id-0-O d173-xo-member_id-1-O d173-xo-member_id-10-L d173-xo-member_id-10-O "
    "d173-xo-member_id-11-L d173-xo-member_id-11-O d173-xo-member_id-12-L d173-xo-member_id-12-O "
    "d173-xo-member_id-13-L d173-xo-member_id-13-O d173-xo-member_id-14-L d173-xo-member_id-14-O "
    "d173-xo-member_id-15-L d173-xo-member_id-15-O d173-xo-member_id-16-L d173-xo-member_id-16-O "
    "d173-xo-member_id-17-L d173-xo-member_id-17-O d173-xo-member_id-18-L d173-xo-member_id-18-O "
    "d173-xo-member_id-2-L d173-xo-member_id-2-O d173-xo-member_id-20-L d173-xo-member_id-20-O "
    "d173-xo-member_id-21-L d173-xo-member_id-21-O d173-xo-member_id-22-L d173-xo-member_id-22-O "
    "d173-xo-member_id-23-L d173-xo-member_id-23-O d173-xo-member_id-24-L d173-xo-member_id-24-O "
    "d173-xo-member_id-25-L d173-xo-member_id-25-O d173-xo-member_id-27-L d173-xo-member_id-27-O "
    "d173-xo-member_id-28-L d173-xo-member_id-28-O d173-xo-member_id-29-L d173-xo-member_id-29-O "
    "d173-xo-member_id-3-O d173-xo-member_id-4-L d173-xo-member_id-4-O d173-xo-member_id-5-L d173-xo-member_id-5-O "
    "d173-xo-member_id-6-L d173-xo-member_id-6-O d173-xo-member_id-7-L d173-xo-member_id-7-O d173-xo-member_id-8-L "
    "d173-xo-member_id-8-O d173-xo-member_id-9-L d173-xo-member_id-9-O d173-xo-mooring-0-L d173-xo-mooring-0-O "
    "d173-xo-mooring-1-L d173-xo-mooring-1-O d173-xo-mooring-10-L d173-xo-mooring-10-O d173-xo-mooring-11-L "
    "d173-xo-mooring-11-O d173-xo-mooring-12-L d173-xo-mooring-12-O d173-xo-mooring-13-L d173-xo-mooring-13-O "
    "d173-xo-mooring-14-L d173-xo-mooring-14-O d173-xo-mooring-15-L d173-xo-mooring-15-O d173-xo-mooring-16-L "
    "d173-xo-mooring-16-O d173-xo-mooring-17-L d173-xo-mooring-17-O d173-xo-mooring-18-L d173-xo-mooring-18-O "
    "d173-xo-mooring-2-L d173-xo-mooring-2-O d173-xo-mooring-20-L d173-xo-mooring-20-O d173-xo-mooring-21-L "
    "d173-xo-mooring-21-O d173-xo-mooring-22-L d173-xo-mooring-22-O d173-xo-mooring-23-L d173-xo-mooring-23-O "
    "d173-xo-mooring-24-L d173-xo-mooring-24-O d173-xo-mooring-25-L d173-xo-mooring-25-O d173-xo-mooring-27-L "
    "d173-xo-mooring-27-O d173-xo-mooring-28-L d173-xo-mooring-28-O d173-xo-mooring-29-L d173-xo-mooring-29-O "
    "d173-xo-mooring-3-L d173-xo-mooring-3-O d173-xo-mooring-4-L d173-xo-mooring-4-O d173-xo-mooring-5-L "
    "d173-xo-mooring-5-O d173-xo-mooring-6-L d173-xo-mooring-6-O d173-xo-mooring-7-L d173-xo-mooring-7-O "
    "d173-xo-mooring-8-L d173-xo-mooring-8-O d173-xo-mooring-9-L d173-xo-mooring-9-O d173-xo-pier-0-L "
    "d173-xo-pier-0-O d173-xo-pier-1-L d173-xo-pier-1-O d173-xo-pier-10-L d173-xo-pier-10-O d173-xo-pier-11-L "
    "d173-xo-pier-11-O d173-xo-pier-12-L d173-xo-pier-12-O d173-xo-pier-13-L d173-xo-pier-13-O d173-xo-pier-14-L "
    "d173-xo-pier-14-O d173-xo-pier-15-L d173-xo-pier-15-O d173-xo-pier-16-L d173-xo-pier-16-O d173-xo-pier-17-L "
    "d173-xo-pier-17-O d173-xo-pier-18-L d173-xo-pier-18-O d173-xo-pier-2-L d173-xo-pier-2-O d173-xo-pier-20-L "
    "d173-xo-pier-20-O d173-xo-pier-21-L d173-xo-pier-21-O d173-xo-pier-22-L d173-xo-pier-22-O d173-xo-pier-23-L "
    "d173-xo-pier-23-O d173-xo-pier-24-L d173-xo-pier-24-O d173-xo-pier-25-L d173-xo-pier-25-O d173-xo-pier-27-L "
    "d173-xo-pier-27-O d173-xo-pier-28-L d173-xo-pier-28-O d173-xo-pier-29-L d173-xo-pier-29-O d173-xo-pier-3-L "
    "d173-xo-pier-3-O d173-xo-pier-4-L d173-xo-pier-4-O d173-xo-pier-5-L d173-xo-pier-5-O d173-xo-pier-6-L "
    "d173-xo-pier-6-O d173-xo-pier-7-L d173-xo-pier-7-O d173-xo-pier-8-L d173-xo-pier-8-O d173-xo-pier-9-L "
    "d173-xo-pier-9-O d173-xo-seat-0-L d173-xo-seat-0-O d173-xo-seat-1-L d173-xo-seat-1-O d173-xo-seat-10-L "
    "d173-xo-seat-10-O d173-xo-seat-11-L d173-xo-seat-11-O d173-xo-seat-12-L d173-xo-seat-12-O d173-xo-seat-13-L "
    "d173-xo-seat-13-O d173-xo-seat-14-L d173-xo-seat-14-O d173-xo-seat-15-L d173-xo-seat-15-O d173-xo-seat-16-L "
    "d173-xo-seat-16-O d173-xo-seat-17-L d173-xo-seat-17-O d173-xo-seat-18-L d173-xo-seat-18-O d173-xo-seat-2-L "
    "d173-xo-seat-2-O d173-xo-seat-20-L d173-xo-seat-20-O d173-xo-seat-21-L d173-xo-seat-21-O d173-xo-seat-22-L "
    "d173-xo-seat-22-O d173-xo-seat-23-L d173-xo-seat-23-O d173-xo-seat-24-L d173-xo-seat-24-O d173-xo-seat-25-L "
    "d173-xo-seat-25-O d173-xo-seat-27-L d173-xo-seat-27-O d173-xo-seat-28-L d173-xo-seat-28-O d173-xo-seat-29-L "
    "d173-xo-seat-29-O d173-xo-seat-3-O d173-xo-seat-4-L d173-xo-seat-4-O d173-xo-seat-5-L d173-xo-seat-5-O "
    "d173-xo-seat-6-L d173-xo-seat-6-O d173-xo-seat-7-L d173-xo-seat-7-O d173-xo-seat-8-L d173-xo-seat-8-O "
    "d173-xo-seat-9-L d173-xo-seat-9-O d173-xo-voucher-0-L d173-xo-voucher-0-O d173-xo-voucher-1-L "
    "d173-xo-voucher-1-O d173-xo-voucher-10-L d173-xo-voucher-10-O d173-xo-voucher-11-L d173-xo-voucher-11-O "
    "d173-xo-voucher-12-L d173-xo-voucher-12-O d173-xo-voucher-13-L d173-xo-voucher-13-O d173-xo-voucher-14-L "
    "d173-xo-voucher-14-O d173-xo-voucher-15-L d173-xo-voucher-15-O d173-xo-voucher-16-L d173-xo-voucher-16-O "
    "d173-xo-voucher-17-L d173-xo-voucher-17-O d173-xo-voucher-18-L d173-xo-voucher-18-O d173-xo-voucher-2-L "
    "d173-xo-voucher-2-O d173-xo-voucher-20-L d173-xo-voucher-20-O d173-xo-voucher-21-L d173-xo-voucher-21-O "
    "d173-xo-voucher-22-L d173-xo-voucher-22-O d173-xo-voucher-23-L d173-xo-voucher-23-O d173-xo-voucher-24-L "
    "d173-xo-voucher-24-O d173-xo-voucher-25-L d173-xo-voucher-25-O d173-xo-voucher-27-L d173-xo-voucher-27-O "
    "d173-xo-voucher-28-L d173-xo-voucher-28-O d173-xo-voucher-29-L d173-xo-voucher-29-O d173-xo-voucher-3-L "
    "d173-xo-voucher-3-O d173-xo-voucher-4-L d173-xo-voucher-4-O d173-xo-voucher-5-L d173-xo-voucher-5-O "
    "d173-xo-voucher-6-L d173-xo-voucher-6-O d173-xo-voucher-7-L d173-xo-voucher-7-O d173-xo-voucher-8-L "
    "d173-xo-voucher-8-O d173-xo-voucher-9-L d173-xo-voucher-9-O d173-xs-aisle-0-L d173-xs-aisle-0-O "
    "d173-xs-aisle-0-Y d173-xs-aisle-1-L d173-xs-aisle-1-O d173-xs-aisle-1-Y d173-xs-aisle-10-L d173-xs-aisle-10-O "
    "d173-xs-aisle-10-Y d173-xs-aisle-11-L d173-xs-aisle-11-O d173-xs-aisle-11-Y d173-xs-aisle-12-L "
    "d173-xs-aisle-12-O d173-xs-aisle-12-Y d173-xs-aisle-13-L d173-xs-aisle-13-O d173-xs-aisle-13-Y "
    "d173-xs-aisle-14-L d173-xs-aisle-14-O d173-xs-aisle-14-Y d173-xs-aisle-15-L d173-xs-aisle-15-O "
    "d173-xs-aisle-15-Y d173-xs-aisle-16-L d173-xs-aisle-16-O d173-xs-aisle-16-Y d173-xs-aisle-17-L "
    "d173-xs-aisle-17-O d173-xs-aisle-17-Y d173-xs-aisle-18-L d173-xs-aisle-18-O d173-xs-aisle-18-Y "
    "d173-xs-aisle-19-L d173-xs-aisle-19-O d173-xs-aisle-19-Y d173-xs-aisle-3-L d173-xs-aisle-3-O "
    "d173-xs-aisle-3-Y d173-xs-aisle-4-L d173-xs-aisle-4-O d173-xs-aisle-6-L d173-xs-aisle-6-O d173-xs-aisle-6-Y "
    "d173-xs-aisle-7-L d173-xs-aisle-7-O d173-xs-aisle-7-Y d173-xs-aisle-8-L d173-xs-aisle-8-O d173-xs-aisle-8-Y "
    "d173-xs-bay-12-L d173-xs-bay-12-O d173-xs-bay-12-Y d173-xs-bay-13-L d173-xs-bay-13-O d173-xs-bay-13-Y "
    "d173-xs-bay-14-L d173-xs-bay-14-O d173-xs-bay-14-Y d173-xs-bay-15-L d173-xs-bay-15-O d173-xs-bay-15-Y "
    "d173-xs-bay-16-L d173-xs-bay-16-O d173-xs-bay-16-Y d173-xs-bay-17-L d173-xs-bay-17-O d173-xs-bay-17-Y "
    "d173-xs-bay-18-L d173-xs-bay-18-O d173-xs-bay-18-Y d173-xs-berth_no-12-L d173-xs-berth_no-12-O "
    "d173-xs-berth_no-13-L d173-xs-berth_no-13-O d173-xs-berth_no-14-L d173-xs-berth_no-14-O d173-xs-berth_no-15-L "
    "d173-xs-berth_no-15-O d173-xs-berth_no-16-L d173-xs-berth_no-16-O d173-xs-berth_no-17-L d173-xs-berth_no-17-O "
    "d173-xs-berth_no-18-L d173-xs-berth_no-18-O d173-xs-bollard-0-L d173-xs-bollard-0-O d173-xs-bollard-0-Y "
    "d173-xs-bollard-1-L d173-xs-bollard-1-O d173-xs-bollard-1-Y d173-xs-bollard-10-L d173-xs-bollard-10-O "
    "d173-xs-bollard-10-Y d173-xs-bollard-11-L d173-xs-bollard-11-O d173-xs-bollard-11-Y d173-xs-bollard-12-L "
    "d173-xs-bollard-12-O d173-xs-bollard-12-Y d173-xs-bollard-13-L d173-xs-bollard-13-O d173-xs-bollard-13-Y "
    "d173-xs-bollard-14-L d173-xs-bollard-14-O d173-xs-bollard-14-Y d173-xs-bollard-15-L d173-xs-bollard-15-O "
    "d173-xs-bollard-15-Y d173-xs-bollard-16-L d173-xs-bollard-16-O d173-xs-bollard-16-Y d173-xs-bollard-17-L "
    "d173-xs-bollard-17-O d173-xs-bollard-17-Y d173-xs-bollard-18-L d173-xs-bollard-18-O d173-xs-bollard-18-Y "
    "d173-xs-bollard-19-L d173-xs-bollard-19-O d173-xs-bollard-19-Y d173-xs-bollard-3-L d173-xs-bollard-3-O "
    "d173-xs-bollard-3-Y d173-xs-bollard-4-L d173-xs-bollard-4-O d173-xs-bollard-4-Y d173-xs-bollard-6-L "
    "d173-xs-bollard-6-O d173-xs-bollard-6-Y d173-xs-bollard-7-L d173-xs-bollard-7-O d173-xs-bollard-7-Y "
    "d173-xs-bollard-8-L d173-xs-bollard-8-O d173-xs-bollard-8-Y d173-xs-box-0-L d173-xs-box-0-O d173-xs-box-0-Y "
    "d173-xs-box-1-L d173-xs-box-1-O d173-xs-box-1-Y d173-xs-box-10-L d173-xs-box-10-O d173-xs-box-10-Y "
    "d173-xs-box-11-L d173-xs-box-11-O d173-xs-box-11-Y d173-xs-box-12-L d173-xs-box-12-O d173-xs-box-12-Y "
    "d173-xs-box-13-L d173-xs-box-13-O d173-xs-box-13-Y d173-xs-box-14-L d173-xs-box-14-O d173-xs-box-14-Y "
    "d173-xs-box-15-L d173-xs-box-15-O d173-xs-box-15-Y d173-xs-box-16-L d173-xs-box-16-O d173-xs-box-16-Y "
    "d173-xs-box-17-L d173-xs-box-17-O d173-xs-box-17-Y d173-xs-box-18-L d173-xs-box-18-O d173-xs-box-18-Y "
    "d173-xs-box-19-L d173-xs-box-19-O d173-xs-box-19-Y d173-xs-box-3-L d173-xs-box-3-O d173-xs-box-3-Y "
    "d173-xs-box-4-L d173-xs-box-4-O d173-xs-box-4-Y d173-xs-box-6-L d173-xs-box-6-O d173-xs-box-6-Y "
    "d173-xs-box-7-L d173-xs-box-7-O d173-xs-box-7-Y d173-xs-box-8-L d173-xs-box-8-O d173-xs-box-8-Y "
    "d173-xs-carrel-0-L d173-xs-carrel-0-O d173-xs-carrel-0-Y d173-xs-carrel-1-L d173-xs-carrel-1-O "
    "d173-xs-carrel-1-Y d173-xs-carrel-10-L d173-xs-carrel-10-O d173-xs-carrel-10-Y d173-xs-carrel-11-L "
    "d173-xs-carrel-11-O d173-xs-carrel-11-Y d173-xs-carrel-12-L d173-xs-carrel-12-O d173-xs-carrel-12-Y "
    "d173-xs-carrel-13-L d173-xs-carrel-13-O d173-xs-carrel-13-Y d173-xs-carrel-14-L d173-xs-carrel-14-O "
    "d173-xs-carrel-14-Y d173-xs-carrel-15-L d173-xs-carrel-15-O d173-xs-carrel-15-Y d173-xs-carrel-16-L "
    "d173-xs-carrel-16-O d173-xs-carrel-16-Y d173-xs-carrel-17-L d173-xs-carrel-17-O d173-xs-carrel-17-Y "
    "d173-xs-carrel-18-L d173-xs-carrel-18-O d173-xs-carrel-18-Y d173-xs-carrel-19-L d173-xs-carrel-19-O "
    "d173-xs-carrel-19-Y d173-xs-carrel-3-L d173-xs-carrel-3-O d173-xs-carrel-3-Y d173-xs-carrel-4-L "
    "d173-xs-carrel-4-O d173-xs-carrel-4-Y d173-xs-carrel-6-L d173-xs-carrel-6-O d173-xs-carrel-6-Y "
    "d173-xs-carrel-7-L d173-xs-carrel-7-O d173-xs-carrel-7-Y d173-xs-carrel-8-L d173-xs-carrel-8-O "
    "d173-xs-carrel-8-Y d173-xs-crate-0-L d173-xs-crate-0-O d173-xs-crate-0-Y d173-xs-crate-1-L d173-xs-crate-1-O "
    "d173-xs-crate-1-Y d173-xs-crate-10-L d173-xs-crate-10-Y d173-xs-crate-11-L d173-xs-crate-11-O "
    "d173-xs-crate-11-Y d173-xs-crate-12-L d173-xs-crate-12-O d173-xs-crate-12-Y d173-xs-crate-13-L "
    "d173-xs-crate-13-O d173-xs-crate-13-Y d173-xs-crate-14-L d173-xs-crate-14-O d173-xs-crate-14-Y "
    "d173-xs-crate-15-L d173-xs-crate-15-O d173-xs-crate-15-Y d173-xs-crate-16-L d173-xs-crate-16-O "
    "d173-xs-crate-16-Y d173-xs-crate-17-L d173-xs-crate-17-O d173-xs-crate-17-Y d173-xs-crate-18-L "
    "d173-xs-crate-18-O d173-xs-crate-18-Y d173-xs-crate-19-L d173-xs-crate-19-O d173-xs-crate-19-Y "
    "d173-xs-crate-3-L d173-xs-crate-3-O d173-xs-crate-3-Y d173-xs-crate-4-L d173-xs-crate-4-O d173-xs-crate-4-Y "
    "d173-xs-crate-6-L d173-xs-crate-6-O d173-xs-crate-6-Y d173-xs-crate-7-L d173-xs-crate-7-O d173-xs-crate-7-Y "
    "d173-xs-crate-8-L d173-xs-crate-8-O d173-xs-crate-8-Y d173-xs-cubby_ref-12-L d173-xs-cubby_ref-12-O "
    "d173-xs-cubby_ref-13-L d173-xs-cubby_ref-13-O d173-xs-cubby_ref-14-L d173-xs-cubby_ref-14-O "
    "d173-xs-cubby_ref-15-L d173-xs-cubby_ref-15-O d173-xs-cubby_ref-16-L d173-xs-cubby_ref-16-O "
    "d173-xs-cubby_ref-17-L d173-xs-cubby_ref-17-O d173-xs-cubby_ref-18-L d173-xs-cubby_ref-18-O d173-xs-desk-12-L "
    "d173-xs-desk-12-O d173-xs-desk-12-Y d173-xs-desk-13-L d173-xs-desk-13-O d173-xs-desk-13-Y d173-xs-desk-14-L "
    "d173-xs-desk-14-O d173-xs-desk-14-Y d173-xs-desk-15-L d173-xs-desk-15-O d173-xs-desk-15-Y d173-xs-desk-16-L "
    "d173-xs-desk-16-O d173-xs-desk-16-Y d173-xs-desk-17-L d173-xs-desk-17-O d173-xs-desk-17-Y d173-xs-desk-18-L "
    "d173-xs-desk-18-O d173-xs-desk-18-Y d173-xs-dock-12-L d173-xs-dock-12-O d173-xs-dock-12-Y d173-xs-dock-13-L "
    "d173-xs-dock-13-O d173-xs-dock-13-Y d173-xs-dock-14-L d173-xs-dock-14-O d173-xs-dock-14-Y d173-xs-dock-15-L "
    "d173-xs-dock-15-O d173-xs-dock-15-Y d173-xs-dock-16-L d173-xs-dock-16-O d173-xs-dock-16-Y d173-xs-dock-17-L "
    "d173-xs-dock-17-O d173-xs-dock-17-Y d173-xs-dock-18-L d173-xs-dock-18-O d173-xs-dock-18-Y d173-xs-gate-12-L "
    "d173-xs-gate-12-O d173-xs-gate-12-Y d173-xs-gate-13-L d173-xs-gate-13-O d173-xs-gate-13-Y d173-xs-gate-14-L "
    "d173-xs-gate-14-O d173-xs-gate-14-Y d173-xs-gate-15-L d173-xs-gate-15-O d173-xs-gate-15-Y d173-xs-gate-16-L "
    "d173-xs-gate-16-O d173-xs-gate-16-Y d173-xs-gate-17-L d173-xs-gate-17-O d173-xs-gate-17-Y d173-xs-gate-18-L "
    "d173-xs-gate-18-O d173-xs-gate-18-Y d173-xs-hangar-12-L d173-xs-hangar-12-O d173-xs-hangar-12-Y "
    "d173-xs-hangar-13-L d173-xs-hangar-13-O d173-xs-hangar-14-L d173-xs-hangar-14-O d173-xs-hangar-14-Y "
    "d173-xs-hangar-15-L d173-xs-hangar-15-O d173-xs-hangar-15-Y d173-xs-hangar-16-L d173-xs-hangar-16-O "
    "d173-xs-hangar-16-Y d173-xs-hangar-17-L d173-xs-hangar-17-O d173-xs-hangar-17-Y d173-xs-hangar-18-L "
    "d173-xs-hangar-18-O d173-xs-hangar-18-Y d173-xs-hook_no-12-L d173-xs-hook_no-12-O d173-xs-hook_no-13-L "
    "d173-xs-hook_no-13-O d173-xs-hook_no-14-L d173-xs-hook_no-14-O d173-xs-hook_no-15-L d173-xs-hook_no-15-O "
    "d173-xs-hook_no-16-L d173-xs-hook_no-16-O d173-xs-hook_no-17-L d173-xs-hook_no-17-O d173-xs-hook_no-18-L "
    "d173-xs-hook_no-18-O d173-xs-kennel_number-12-O d173-xs-kennel_number-13-L d173-xs-kennel_number-13-O "
    "d173-xs-kennel_number-14-L d173-xs-kennel_number-14-O d173-xs-kennel_number-15-L d173-xs-kennel_number-15-O "
    "d173-xs-kennel_number-16-L d173-xs-kennel_number-16-O d173-xs-kennel_number-17-L d173-xs-kennel_number-17-O "
    "d173-xs-kennel_number-18-L d173-xs-kennel_number-18-O d173-xs-locker-12-L d173-xs-locker-12-O "
    "d173-xs-locker-12-Y d173-xs-locker-13-L d173-xs-locker-13-O d173-xs-locker-13-Y d173-xs-locker-14-L "
    "d173-xs-locker-14-O d173-xs-locker-14-Y d173-xs-locker-15-L d173-xs-locker-15-O d173-xs-locker-15-Y "
    "d173-xs-locker-16-L d173-xs-locker-16-O d173-xs-locker-16-Y d173-xs-locker-17-L d173-xs-locker-17-O "
    "d173-xs-locker-17-Y d173-xs-locker-18-L d173-xs-locker-18-O d173-xs-locker-18-Y d173-xs-peg_id-12-L "
    "d173-xs-peg_id-12-O d173-xs-peg_id-13-L d173-xs-peg_id-13-O d173-xs-peg_id-14-L d173-xs-peg_id-14-O "
    "d173-xs-peg_id-15-L d173-xs-peg_id-15-O d173-xs-peg_id-16-L d173-xs-peg_id-16-O d173-xs-peg_id-17-L "
    "d173-xs-peg_id-17-O d173-xs-peg_id-18-L d173-xs-peg_id-18-O d173-xs-pigeonhole-0-L d173-xs-pigeonhole-0-O "
    "d173-xs-pigeonhole-0-Y d173-xs-pigeonhole-1-L d173-xs-pigeonhole-1-O d173-xs-pigeonhole-1-Y "
    "d173-xs-pigeonhole-10-L d173-xs-pigeonhole-10-O d173-xs-pigeonhole-10-Y d173-xs-pigeonhole-11-L "
    "d173-xs-pigeonhole-11-O d173-xs-pigeonhole-11-Y d173-xs-pigeonhole-12-L d173-xs-pigeonhole-12-O "
    "d173-xs-pigeonhole-12-Y d173-xs-pigeonhole-13-L d173-xs-pigeonhole-13-O d173-xs-pigeonhole-13-Y "
    "d173-xs-pigeonhole-14-L d173-xs-pigeonhole-14-O d173-xs-pigeonhole-14-Y d173-xs-pigeonhole-15-L "
    "d173-xs-pigeonhole-15-O d173-xs-pigeonhole-15-Y d173-xs-pigeonhole-16-L d173-xs-pigeonhole-16-O "
    "d173-xs-pigeonhole-16-Y d173-xs-pigeonhole-17-L d173-xs-pigeonhole-17-O d173-xs-pigeonhole-17-Y "
    "d173-xs-pigeonhole-18-L d173-xs-pigeonhole-18-O d173-xs-pigeonhole-18-Y d173-xs-pigeonhole-19-L "
    "d173-xs-pigeonhole-19-O d173-xs-pigeonhole-19-Y d173-xs-pigeonhole-3-L d173-xs-pigeonhole-3-O "
    "d173-xs-pigeonhole-3-Y d173-xs-pigeonhole-4-L d173-xs-pigeonhole-4-O d173-xs-pigeonhole-4-Y "
    "d173-xs-pigeonhole-6-L d173-xs-pigeonhole-6-O d173-xs-pigeonhole-6-Y d173-xs-pigeonhole-7-L "
    "d173-xs-pigeonhole-7-O d173-xs-pigeonhole-7-Y d173-xs-pigeonhole-8-L d173-xs-pigeonhole-8-O "
    "d173-xs-pigeonhole-8-Y d173-xs-pitch-12-L d173-xs-pitch-12-O d173-xs-pitch-12-Y d173-xs-pitch-13-L "
    "d173-xs-pitch-13-O d173-xs-pitch-13-Y d173-xs-pitch-14-L d173-xs-pitch-14-O d173-xs-pitch-14-Y "
    "d173-xs-pitch-15-L d173-xs-pitch-15-O d173-xs-pitch-15-Y d173-xs-pitch-16-L d173-xs-pitch-16-O "
    "d173-xs-pitch-16-Y d173-xs-pitch-17-L d173-xs-pitch-17-O d173-xs-pitch-17-Y d173-xs-pitch-18-L "
    "d173-xs-pitch-18-O d173-xs-pitch-18-Y d173-xs-quay_id-12-L d173-xs-quay_id-12-O d173-xs-quay_id-13-L "
    "d173-xs-quay_id-13-O d173-xs-quay_id-14-L d173-xs-quay_id-14-O d173-xs-quay_id-15-L d173-xs-quay_id-15-O "
    "d173-xs-quay_id-16-L d173-xs-quay_id-16-O d173-xs-quay_id-17-L d173-xs-quay_id-17-O d173-xs-quay_id-18-L "
    "d173-xs-quay_id-18-O d173-xs-room-12-L d173-xs-room-12-O d173-xs-room-12-Y d173-xs-room-13-L "
    "d173-xs-room-13-O d173-xs-room-13-Y d173-xs-room-14-L d173-xs-room-14-O d173-xs-room-14-Y d173-xs-room-15-L "
    "d173-xs-room-15-O d173-xs-room-15-Y d173-xs-room-16-L d173-xs-room-16-O d173-xs-room-16-Y d173-xs-room-17-L "
    "d173-xs-room-17-O d173-xs-room-17-Y d173-xs-room-18-L d173-xs-room-18-O d173-xs-room-18-Y "
    "d173-xs-seat_number-12-L d173-xs-seat_number-12-O d173-xs-seat_number-13-L d173-xs-seat_number-13-O "
    "d173-xs-seat_number-14-L d173-xs-seat_number-14-O d173-xs-seat_number-15-L d173-xs-seat_number-15-O "
    "d173-xs-seat_number-16-L d173-xs-seat_number-16-O d173-xs-seat_number-17-L d173-xs-seat_number-17-O "
    "d173-xs-seat_number-18-L d173-xs-seat_number-18-O d173-xs-shelf-12-L d173-xs-shelf-12-O d173-xs-shelf-12-Y "
    "d173-xs-shelf-13-L d173-xs-shelf-13-O d173-xs-shelf-13-Y d173-xs-shelf-14-L d173-xs-shelf-14-O "
    "d173-xs-shelf-14-Y d173-xs-shelf-15-L d173-xs-shelf-15-O d173-xs-shelf-15-Y d173-xs-shelf-16-L "
    "d173-xs-shelf-16-O d173-xs-shelf-16-Y d173-xs-shelf-17-L d173-xs-shelf-17-O d173-xs-shelf-17-Y "
    "d173-xs-shelf-18-L d173-xs-shelf-18-O d173-xs-shelf-18-Y d173-xs-slip-0-L d173-xs-slip-0-O d173-xs-slip-0-Y "
    "d173-xs-slip-1-L d173-xs-slip-1-O d173-xs-slip-1-Y d173-xs-slip-10-L d173-xs-slip-10-O d173-xs-slip-10-Y "
    "d173-xs-slip-11-L d173-xs-slip-11-O d173-xs-slip-11-Y d173-xs-slip-12-L d173-xs-slip-12-O d173-xs-slip-12-Y "
    "d173-xs-slip-13-L d173-xs-slip-13-O d173-xs-slip-13-Y d173-xs-slip-14-L d173-xs-slip-14-O d173-xs-slip-14-Y "
    "d173-xs-slip-15-L d173-xs-slip-15-O d173-xs-slip-15-Y d173-xs-slip-16-L d173-xs-slip-16-O d173-xs-slip-16-Y "
    "d173-xs-slip-17-L d173-xs-slip-17-O d173-xs-slip-17-Y d173-xs-slip-18-L d173-xs-slip-18-O d173-xs-slip-18-Y "
    "d173-xs-slip-19-L d173-xs-slip-19-O d173-xs-slip-19-Y d173-xs-slip-3-L d173-xs-slip-3-O d173-xs-slip-3-Y "
    "d173-xs-slip-4-L d173-xs-slip-4-O d173-xs-slip-4-Y d173-xs-slip-6-L d173-xs-slip-6-O d173-xs-slip-6-Y "
    "d173-xs-slip-7-L d173-xs-slip-7-O d173-xs-slip-7-Y d173-xs-slip-8-L d173-xs-slip-8-O d173-xs-slip-8-Y "
    "d173-xs-track_code-12-L d173-xs-track_code-12-O d173-xs-track_code-13-L d173-xs-track_code-13-O "
    "d173-xs-track_code-14-L d173-xs-track_code-14-O d173-xs-track_code-15-L d173-xs-track_code-15-O "
    "d173-xs-track_code-16-L d173-xs-track_code-16-O d173-xs-track_code-17-L d173-xs-track_code-17-O "
    "d173-xs-track_code-18-L d173-xs-track_code-18-O d173-xs-tray-0-L d173-xs-tray-0-O d173-xs-tray-0-Y "
    "d173-xs-tray-1-L d173-xs-tray-1-O d173-xs-tray-1-Y d173-xs-tray-10-L d173-xs-tray-10-O d173-xs-tray-10-Y "
    "d173-xs-tray-11-L d173-xs-tray-11-O d173-xs-tray-11-Y d173-xs-tray-12-L d173-xs-tray-12-O d173-xs-tray-12-Y "
    "d173-xs-tray-13-L d173-xs-tray-13-O d173-xs-tray-13-Y d173-xs-tray-14-L d173-xs-tray-14-O d173-xs-tray-14-Y "
    "d173-xs-tray-15-L d173-xs-tray-15-O d173-xs-tray-15-Y d173-xs-tray-16-L d173-xs-tray-16-O d173-xs-tray-16-Y "
    "d173-xs-tray-17-L d173-xs-tray-17-O d173-xs-tray-17-Y d173-xs-tray-18-L d173-xs-tray-18-O d173-xs-tray-18-Y "
    "d173-xs-tray-19-L d173-xs-tray-19-O d173-xs-tray-19-Y d173-xs-tray-3-L d173-xs-tray-3-O d173-xs-tray-3-Y "
    "d173-xs-tray-4-L d173-xs-tray-4-O d173-xs-tray-4-Y d173-xs-tray-6-L d173-xs-tray-6-O d173-xs-tray-6-Y "
    "d173-xs-tray-7-L d173-xs-tray-7-O d173-xs-tray-7-Y d173-xs-tray-8-L d173-xs-tray-8-O d173-xs-tray-8-Y "
).split())
r173_arguable = set((
    "d173-cs-berth-0-40 d173-cs-berth-0-47 d173-cs-cell-0-1 d173-cs-cell-0-21 d173-cs-cubby-0-10 "
    "d173-cs-cubby-0-11 d173-cs-cubby-0-18 d173-cs-cubby-0-2 d173-cs-cubby-0-31 d173-cs-cubby-0-37 "
    "d173-cs-gangway-0-10 d173-cs-gangway-0-11 d173-cs-gangway-0-18 d173-cs-gangway-0-2 d173-cs-gangway-0-31 "
    "d173-cs-gangway-0-37 d173-cs-gate-0-40 d173-cs-gate-0-47 d173-cs-hook-0-10 d173-cs-hook-0-11 "
    "d173-cs-hook-0-12 d173-cs-hook-0-18 d173-cs-hook-0-31 d173-cs-hook-0-33 d173-cs-hook-0-40 d173-cs-hook-0-47 "
    "d173-cs-jetty-0-12 d173-cs-jetty-0-21 d173-cs-jetty-0-33 d173-cs-jetty-0-40 d173-cs-jetty-0-47 "
    "d173-cs-kennel-0-12 d173-cs-kennel-0-21 d173-cs-kennel-0-33 d173-cs-kennel-0-40 d173-cs-kennel-0-47 "
    "d173-cs-mooring-0-1 d173-cs-mooring-0-10 d173-cs-mooring-0-2 d173-cs-mooring-0-31 d173-cs-mooring-0-37 "
    "d173-cs-pallet-0-40 d173-cs-pallet-0-47 d173-cs-peg-0-1 d173-cs-peg-0-21 d173-cs-pier-0-11 d173-cs-pier-0-12 "
    "d173-cs-pier-0-18 d173-cs-pier-0-33 d173-cs-pier-0-40 d173-cs-pier-0-47 d173-cs-quay-0-1 d173-cs-quay-0-2 "
    "d173-cs-quay-0-21 d173-cs-quay-0-37 d173-cs-rack-0-1 d173-cs-rack-0-10 d173-cs-rack-0-2 d173-cs-rack-0-31 "
    "d173-cs-rack-0-37 d173-cs-room_no-0-40 d173-cs-room_no-0-47 d173-cs-seat-0-44 d173-cs-siding-0-1 "
    "d173-cs-siding-0-21 d173-cs-stand-0-44 d173-cs-track-0-10 d173-cs-track-0-11 d173-cs-track-0-12 "
    "d173-cs-track-0-18 d173-cs-track-0-31 d173-cs-track-0-33 d173-cs-track-0-40 d173-cs-track-0-47 d173-dv-17-s1 "
    "d173-dv-21-s1 d173-dv-45-s1 d173-dv-5-s1 d173-op-badge-22 d173-op-badge-36 d173-op-badge-37 d173-op-gate-38 "
    "d173-op-locker-22 d173-op-locker-38 d173-op-member_id-37 d173-op-voucher-36 d173-op-voucher-37 "
    "d173-op-voucher-38 d173-xo-badge-23-L d173-xo-badge-23-O d173-xo-badge-25-L d173-xo-badge-25-O "
    "d173-xo-badge-27-L d173-xo-badge-27-O d173-xo-badge-29-L d173-xo-badge-29-O d173-xo-desk-23-L "
    "d173-xo-desk-23-O d173-xo-desk-25-L d173-xo-desk-25-O d173-xo-desk-27-L d173-xo-desk-27-O d173-xo-desk-29-L "
    "d173-xo-desk-29-O d173-xo-gate-23-L d173-xo-gate-23-O d173-xo-gate-25-L d173-xo-gate-25-O d173-xo-gate-27-L "
    "d173-xo-gate-27-O d173-xo-gate-29-L d173-xo-gate-29-O d173-xo-locker-23-L d173-xo-locker-23-O "
    "d173-xo-locker-25-L d173-xo-locker-25-O d173-xo-locker-27-L d173-xo-locker-27-O d173-xo-locker-29-L "
    "d173-xo-locker-29-O d173-xo-member_id-23-L d173-xo-member_id-23-O d173-xo-member_id-25-L "
    "d173-xo-member_id-25-O d173-xo-member_id-27-L d173-xo-member_id-27-O d173-xo-member_id-29-L "
    "d173-xo-member_id-29-O d173-xo-mooring-23-L d173-xo-mooring-23-O d173-xo-mooring-25-L d173-xo-mooring-25-O "
    "d173-xo-mooring-27-L d173-xo-mooring-27-O d173-xo-mooring-29-L d173-xo-mooring-29-O d173-xo-pier-23-L "
    "d173-xo-pier-23-O d173-xo-pier-25-L d173-xo-pier-25-O d173-xo-pier-27-L d173-xo-pier-27-O d173-xo-pier-29-L "
    "d173-xo-pier-29-O d173-xo-seat-23-L d173-xo-seat-23-O d173-xo-seat-25-L d173-xo-seat-25-O d173-xo-seat-27-L "
    "d173-xo-seat-27-O d173-xo-seat-29-L d173-xo-seat-29-O d173-xo-voucher-23-L d173-xo-voucher-23-O "
    "d173-xo-voucher-25-L d173-xo-voucher-25-O d173-xo-voucher-27-L d173-xo-voucher-27-O d173-xo-voucher-29-L "
    "d173-xo-voucher-29-O d173-xs-aisle-14-L d173-xs-aisle-14-O d173-xs-aisle-14-Y d173-xs-aisle-15-L "
    "d173-xs-aisle-15-O d173-xs-aisle-15-Y d173-xs-aisle-16-L d173-xs-aisle-16-O d173-xs-aisle-16-Y "
    "d173-xs-aisle-17-L d173-xs-aisle-17-O d173-xs-aisle-17-Y d173-xs-aisle-19-L d173-xs-aisle-19-O "
    "d173-xs-aisle-19-Y d173-xs-aisle-6-L d173-xs-aisle-6-O d173-xs-aisle-6-Y d173-xs-aisle-7-L d173-xs-aisle-7-O "
    "d173-xs-aisle-7-Y d173-xs-aisle-8-L d173-xs-aisle-8-O d173-xs-aisle-8-Y d173-xs-bay-14-L d173-xs-bay-14-O "
    "d173-xs-bay-14-Y d173-xs-bay-15-L d173-xs-bay-15-O d173-xs-bay-15-Y d173-xs-bay-16-L d173-xs-bay-16-O "
    "d173-xs-bay-16-Y d173-xs-bay-17-L d173-xs-bay-17-O d173-xs-bay-17-Y d173-xs-berth_no-14-L "
    "d173-xs-berth_no-14-O d173-xs-berth_no-15-L d173-xs-berth_no-15-O d173-xs-berth_no-16-L d173-xs-berth_no-16-O "
    "d173-xs-berth_no-17-L d173-xs-berth_no-17-O d173-xs-bollard-14-L d173-xs-bollard-14-O d173-xs-bollard-14-Y "
    "d173-xs-bollard-15-L d173-xs-bollard-15-O d173-xs-bollard-15-Y d173-xs-bollard-16-L d173-xs-bollard-16-O "
    "d173-xs-bollard-16-Y d173-xs-bollard-17-L d173-xs-bollard-17-O d173-xs-bollard-17-Y d173-xs-bollard-19-L "
    "d173-xs-bollard-19-O d173-xs-bollard-19-Y d173-xs-bollard-6-L d173-xs-bollard-6-O d173-xs-bollard-6-Y "
    "d173-xs-bollard-7-L d173-xs-bollard-7-O d173-xs-bollard-7-Y d173-xs-bollard-8-L d173-xs-bollard-8-O "
    "d173-xs-bollard-8-Y d173-xs-box-14-L d173-xs-box-14-O d173-xs-box-14-Y d173-xs-box-15-L d173-xs-box-15-O "
    "d173-xs-box-15-Y d173-xs-box-16-L d173-xs-box-16-O d173-xs-box-16-Y d173-xs-box-17-L d173-xs-box-17-O "
    "d173-xs-box-17-Y d173-xs-box-19-L d173-xs-box-19-O d173-xs-box-19-Y d173-xs-box-6-L d173-xs-box-6-O "
    "d173-xs-box-6-Y d173-xs-box-7-L d173-xs-box-7-O d173-xs-box-7-Y d173-xs-box-8-L d173-xs-box-8-O "
    "d173-xs-box-8-Y d173-xs-carrel-14-L d173-xs-carrel-14-O d173-xs-carrel-14-Y d173-xs-carrel-15-L "
    "d173-xs-carrel-15-O d173-xs-carrel-15-Y d173-xs-carrel-16-L d173-xs-carrel-16-O d173-xs-carrel-16-Y "
    "d173-xs-carrel-17-L d173-xs-carrel-17-O d173-xs-carrel-17-Y d173-xs-carrel-19-L d173-xs-carrel-19-O "
    "d173-xs-carrel-19-Y d173-xs-carrel-6-L d173-xs-carrel-6-O d173-xs-carrel-6-Y d173-xs-carrel-7-L "
    "d173-xs-carrel-7-O d173-xs-carrel-7-Y d173-xs-carrel-8-L d173-xs-carrel-8-O d173-xs-carrel-8-Y "
    "d173-xs-crate-14-L d173-xs-crate-14-O d173-xs-crate-14-Y d173-xs-crate-15-L d173-xs-crate-15-O "
    "d173-xs-crate-15-Y d173-xs-crate-16-L d173-xs-crate-16-O d173-xs-crate-16-Y d173-xs-crate-17-L "
    "d173-xs-crate-17-O d173-xs-crate-17-Y d173-xs-crate-19-L d173-xs-crate-19-O d173-xs-crate-19-Y "
    "d173-xs-crate-6-L d173-xs-crate-6-O d173-xs-crate-6-Y d173-xs-crate-7-L d173-xs-crate-7-O d173-xs-crate-7-Y "
    "d173-xs-crate-8-L d173-xs-crate-8-O d173-xs-crate-8-Y d173-xs-cubby_ref-14-L d173-xs-cubby_ref-14-O "
    "d173-xs-cubby_ref-15-L d173-xs-cubby_ref-15-O d173-xs-cubby_ref-16-L d173-xs-cubby_ref-16-O "
    "d173-xs-cubby_ref-17-L d173-xs-cubby_ref-17-O d173-xs-desk-14-L d173-xs-desk-14-O d173-xs-desk-14-Y "
    "d173-xs-desk-15-L d173-xs-desk-15-O d173-xs-desk-15-Y d173-xs-desk-16-L d173-xs-desk-16-O d173-xs-desk-16-Y "
    "d173-xs-desk-17-L d173-xs-desk-17-O d173-xs-desk-17-Y d173-xs-dock-14-L d173-xs-dock-14-O d173-xs-dock-14-Y "
    "d173-xs-dock-15-L d173-xs-dock-15-O d173-xs-dock-15-Y d173-xs-dock-16-L d173-xs-dock-16-O d173-xs-dock-16-Y "
    "d173-xs-dock-17-L d173-xs-dock-17-O d173-xs-dock-17-Y d173-xs-gate-14-L d173-xs-gate-14-O d173-xs-gate-14-Y "
    "d173-xs-gate-15-L d173-xs-gate-15-O d173-xs-gate-15-Y d173-xs-gate-16-L d173-xs-gate-16-O d173-xs-gate-16-Y "
    "d173-xs-gate-17-L d173-xs-gate-17-O d173-xs-gate-17-Y d173-xs-hangar-14-L d173-xs-hangar-14-O "
    "d173-xs-hangar-14-Y d173-xs-hangar-15-L d173-xs-hangar-15-O d173-xs-hangar-15-Y d173-xs-hangar-16-L "
    "d173-xs-hangar-16-O d173-xs-hangar-16-Y d173-xs-hangar-17-L d173-xs-hangar-17-O d173-xs-hangar-17-Y "
    "d173-xs-hook_no-14-L d173-xs-hook_no-14-O d173-xs-hook_no-15-L d173-xs-hook_no-15-O d173-xs-hook_no-16-L "
    "d173-xs-hook_no-16-O d173-xs-hook_no-17-L d173-xs-hook_no-17-O d173-xs-kennel_number-14-L "
    "d173-xs-kennel_number-14-O d173-xs-kennel_number-15-L d173-xs-kennel_number-15-O d173-xs-kennel_number-16-L "
    "d173-xs-kennel_number-16-O d173-xs-kennel_number-17-L d173-xs-kennel_number-17-O d173-xs-locker-14-L "
    "d173-xs-locker-14-O d173-xs-locker-14-Y d173-xs-locker-15-L d173-xs-locker-15-O d173-xs-locker-15-Y "
    "d173-xs-locker-16-L d173-xs-locker-16-O d173-xs-locker-16-Y d173-xs-locker-17-L d173-xs-locker-17-O "
    "d173-xs-locker-17-Y d173-xs-peg_id-14-L d173-xs-peg_id-14-O d173-xs-peg_id-15-L d173-xs-peg_id-15-O "
    "d173-xs-peg_id-16-L d173-xs-peg_id-16-O d173-xs-peg_id-17-L d173-xs-peg_id-17-O d173-xs-pigeonhole-14-L "
    "d173-xs-pigeonhole-14-O d173-xs-pigeonhole-14-Y d173-xs-pigeonhole-15-L d173-xs-pigeonhole-15-O "
    "d173-xs-pigeonhole-15-Y d173-xs-pigeonhole-16-L d173-xs-pigeonhole-16-O d173-xs-pigeonhole-16-Y "
    "d173-xs-pigeonhole-17-L d173-xs-pigeonhole-17-O d173-xs-pigeonhole-17-Y d173-xs-pigeonhole-19-L "
    "d173-xs-pigeonhole-19-O d173-xs-pigeonhole-19-Y d173-xs-pigeonhole-6-L d173-xs-pigeonhole-6-O "
    "d173-xs-pigeonhole-6-Y d173-xs-pigeonhole-7-L d173-xs-pigeonhole-7-O d173-xs-pigeonhole-7-Y "
    "d173-xs-pigeonhole-8-L d173-xs-pigeonhole-8-O d173-xs-pigeonhole-8-Y d173-xs-pitch-14-L d173-xs-pitch-14-O "
    "d173-xs-pitch-14-Y d173-xs-pitch-15-L d173-xs-pitch-15-O d173-xs-pitch-15-Y d173-xs-pitch-16-L "
    "d173-xs-pitch-16-O d173-xs-pitch-16-Y d173-xs-pitch-17-L d173-xs-pitch-17-O d173-xs-pitch-17-Y "
    "d173-xs-quay_id-14-L d173-xs-quay_id-14-O d173-xs-quay_id-15-L d173-xs-quay_id-15-O d173-xs-quay_id-16-L "
    "d173-xs-quay_id-16-O d173-xs-quay_id-17-L d173-xs-quay_id-17-O d173-xs-room-14-L d173-xs-room-14-O "
    "d173-xs-room-14-Y d173-xs-room-15-L d173-xs-room-15-O d173-xs-room-15-Y d173-xs-room-16-L d173-xs-room-16-O "
    "d173-xs-room-16-Y d173-xs-room-17-L d173-xs-room-17-O d173-xs-room-17-Y d173-xs-seat_number-14-L "
    "d173-xs-seat_number-14-O d173-xs-seat_number-15-L d173-xs-seat_number-15-O d173-xs-seat_number-16-L "
    "d173-xs-seat_number-16-O d173-xs-seat_number-17-L d173-xs-seat_number-17-O d173-xs-shelf-14-L "
    "d173-xs-shelf-14-O d173-xs-shelf-14-Y d173-xs-shelf-15-L d173-xs-shelf-15-O d173-xs-shelf-15-Y "
    "d173-xs-shelf-16-L d173-xs-shelf-16-O d173-xs-shelf-16-Y d173-xs-shelf-17-L d173-xs-shelf-17-O "
    "d173-xs-shelf-17-Y d173-xs-slip-14-L d173-xs-slip-14-O d173-xs-slip-14-Y d173-xs-slip-15-L d173-xs-slip-15-O "
    "d173-xs-slip-15-Y d173-xs-slip-16-L d173-xs-slip-16-O d173-xs-slip-16-Y d173-xs-slip-17-L d173-xs-slip-17-O "
    "d173-xs-slip-17-Y d173-xs-slip-19-L d173-xs-slip-19-O d173-xs-slip-19-Y d173-xs-slip-6-L d173-xs-slip-6-O "
    "d173-xs-slip-6-Y d173-xs-slip-7-L d173-xs-slip-7-O d173-xs-slip-7-Y d173-xs-slip-8-L d173-xs-slip-8-O "
    "d173-xs-slip-8-Y d173-xs-track_code-14-L d173-xs-track_code-14-O d173-xs-track_code-15-L "
    "d173-xs-track_code-15-O d173-xs-track_code-16-L d173-xs-track_code-16-O d173-xs-track_code-17-L "
    "d173-xs-track_code-17-O d173-xs-tray-14-L d173-xs-tray-14-O d173-xs-tray-14-Y d173-xs-tray-15-L "
    "d173-xs-tray-15-O d173-xs-tray-15-Y d173-xs-tray-16-L d173-xs-tray-16-O d173-xs-tray-16-Y d173-xs-tray-17-L "
    "d173-xs-tray-17-O d173-xs-tray-17-Y d173-xs-tray-19-L d173-xs-tray-19-O d173-xs-tray-19-Y d173-xs-tray-6-L "
    "d173-xs-tray-6-O d173-xs-tray-6-Y d173-xs-tray-7-L d173-xs-tray-7-O d173-xs-tray-7-Y d173-xs-tray-8-L "
    "d173-xs-tray-8-O d173-xs-tray-8-Y "
).split())


def r173_base(x):
    """The base of a pair variant's id (or the id itself)."""
    for a, bb in (("-cv-", "-cb-"), ("-kv-", "-kb-"), ("-dv-", "-db-"), ("-ov-", "-ob-"), ("-ks-", "-kb-")):
        if a in x:
            y = x.replace(a, bb)
            return y.rsplit("-s", 1)[0] if bb in ("-kb-", "-db-") else y
    return x


# Trimmed for ctest (probe_kit.sample_round), stop 40: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r173_keep = set(r173_found_alone) | {r173_base(r173_i) for r173_i in r173_found_alone}
from probe_kit import sample_round as r173_sample_round  # noqa: E402

r173_sample_round("d173-", r173_keep, 30, safe_every=10)
P[:] = [r173_p for r173_p in P if r173_p["id"] not in r173_arguable]
