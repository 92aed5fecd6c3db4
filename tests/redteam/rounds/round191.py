r"""Red-team round 191 (black box): CHANGE NOTES AND REMARKS BESIDE VALUES -- the newest rules (rounds 188-190) attacked.
Focus: (a) change notes the reader does not know (58 labels: "Amended:", "Revised:", "Latest:", "Current:", "Moved to:",
  "Forwarding address:", "Relocated:", "Rettet:", "Geändert:", "Modifié:", "Actualizado:", "Päivitetty:", "Zmieniono:",
  "更新:"..., and the 9 known ones as controls) right below the field, two lines below (a field of no member between), after a
  blank line, above the field, as a table column, a YAML key; notes naming the field in words ("EDIT: the town is X",
  "Correction - city X", "Town (amended): X", "NB: city now X"), in an e-mail's signature, reply quotes ("> City: Oslo");
  (b) remarks beside a code in a field of no member written other ways than brackets, arrows and slashes (dashes, hyphen,
  ";", "#", ",", ":", "|", "~", "…", "•", "·", "\", quotes, fullwidth and CJK brackets, braces, ⟨⟩, "➜", "➔", "►", "↳", "=",
  ":=", "+", "&", "‖", "※", "NB"), footnotes, remarks on the next line, remarks in the member's own field and in a "Remark:"
  field; (c) safe variants ("New customer: yes", "Now serving: 42", "Replacement parts: 2", "Current balance: 300",
  "Ref: K38981 (booking)", "Ref: 4C/2L").
  Members: city, contact person, booking ref, phone, e-mail, employer; then (pass 3) name, nights, guests, amount, date.
  Layouts: line records (L), one-line "a | b" (O), YAML (Y), e-mails (E), pipe tables (T).
5,200 probes (seeded random.Random(191)): 759 pairs (with their bases), 3,202 singles (--runs 2), 240 safe (with bases).
Parts: nl (notes under unknown labels), nw (notes in words, signatures), rq (reply quotes), rm (remarks other ways), ro
  (remark in the member's own field or a "Remark:" field), sf (safe), r2 (second pass: 50 separators x 5 kinds x remark
  words), r3 (third pass: other members, whole-sentence remarks), r4 (fourth pass: pairs, the remark in an ADDED field or
  with the code changed too).
HELD: every change note (nl, nw, rq: 0 from the cache; records with a note under any label, in any place, are never
  stored; 626 old values accepted FRESH in run 1 beside them, never stored: "Current:", "Moved to:", "Relocated:", "Korrigert:",
  "Override:", "Rev. 2:"..., also the known "New: X" in a one-line record "City: Sogndal | New: Florø" and "Updated: Town: X"
  after a blank line); remarks in brackets "()", "[]", "(( ))", "( x )", unclosed "(", nbsp, after "->", "=>", "==>", ">>",
  ">", "⟶", "//", "*", "<>", "«»", "<!-- -->", "/* */", "(NB: x)", ", NB: x"; footnotes ("Room: 423*" ... "* now lives in
  Alta"); remarks on the next line; a remark in the member's own field (the old value is a fragment) and in a "Remark:" /
  "Comment:" field (never stored); the words "moved to", "has moved to", "new contact", "new booking", "new email",
  "switched to", "name changed to", "extended to N nights", "postponed to", "amount corrected to"; phone and date members
  everywhere; layouts Y, E, T (never stored); every pair whose remark sits in an added field or whose code changed too (r4:
  0 of 384). Safe: 28-30 of 240 reused ("Ref: 4C/2L", "Ref: AB/12345" 9/12 each; "Now serving: 42", "Replacement parts: 2",
  "Current balance: 300", "Latest visit:" 2-4/12; "New customer: yes", "Ny kunde: ja", "Ref: K38981 (booking)", "Room: 214
  (sea view)", "Seat: 12A / window" 0/12: an innocent bracket or slash keeps the record out of the store).
WHAT GOT THROUGH: one shape -- round 188's remark beside a code in a field of no member, written after a separator that is
  no bracket, arrow or slash: the fresh check accepts the model's old value from the member's plain field, the store keeps
  it, run 2 serves it; and a stored base with the same field's value extended by such a remark is reused in run 1 by the
  licensed rewrite. Whole round: 39 wrong from the cache in run 1 (10 clear), 581 in run 2 (297 clear). ALONE
  (r191_found_alone, 581 ids, a fresh SQLite store, --runs 2): 39 in run 1, 579 in run 2 -- 296 CLEAR, 283 arguable.
 (A) CLEAR (296): a city member beside a remark saying the person moved: "Name: Sera Levivik / City: Tønsberg / Plate: EV
     27318 — the guest has since relocated to Risør" -> "Tønsberg"; "City: Bergen | Ref: K37704 — he now resides in
     Florø" -> "Bergen"; "Room: 435 - flyttet til Risør / City: Narvik"; "Card no.: **** 4596 ¦ flyttet til Tromsø";
     "Seat: 19B | now lives in Skien / Town: Gjøvik"; "Customer no.: C-91297 — address: Tønsberg since May"; pairs by the
     rewrite in run 1: base "Card no.: **** 4280", variant "Card no.: **** 4280 ➜ now lives in Hamar" -> "Oslo". An
     employer beside "now works at X" / "jobber nå i X": "Employer: Fjellro Bygg | Phone: +47 925 62 214 • now works at
     Kystlink AS" -> "Fjellro Bygg".
 (B) ARGUABLE (283, r191_arguable): "now X" ("Customer no.: C-49559 （now Molde） | City: Sandefjord", "Ref: K74651 # now
     Sandefjord"); contact persons ("Member no.: M3224 … now handled by X", "Gate: C6 〈now X〉", "taken over by X"); booking
     refs ("Member no.: M1931, rebooked as FWESFH", "Plate: EV 56303 ↳ rebooked as HFPBE3"); employer "now at X", "hired by
     X"; an e-mail "(❨now x@y.no❩)"; the name ("Gate: A16 — married, now Fuki Betoberg", "new surname: X"); amounts ("Order
     no.: 401273 # total now 4807", "re-invoiced at 1177"); counts ("Date: 2026-09-08 ➔ now 7 persons", "Ref: K56792 — now 3").
  Separators through (share of city/contact singles stored and served): "#", "—", "-", "–", "--", ";", ",", ":", "|", "¦",
  "‖", "~", "…", "...", "•", "·", "\", '"x"', "（x）", "【x】", "「x」", "〈x〉", "‹x›", "⟨x⟩", "❨x❩", "{x}", "➜", "➔", "➝", "►",
  "▸", "↳", "⇨", "=", ":=", "+", "&", "※", "!", ". ", two spaces, "NB x", "-- NB: x", "— NB: x", "⁽x⁾".
Adds its probes to probe_kit.P."""
import random as r191_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r191_random.Random(191)
r191_arguable = set()
r191_found_alone = set()
r191_pairs, r191_singles, r191_safe = [], [], []
r191_seen = set()


def r191_word(k):
    return "".join(R.choice("bdfgklmnprstvz") + R.choice("aeiou") for _ in range(k))


def r191_nm():
    while True:
        n = r191_word(2).capitalize() + " " + r191_word(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal", "nes"])
        if n not in r191_seen:
            r191_seen.add(n)
            return n


def r191_d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


r191_CITIES = ["Oslo", "Bergen", "Tromsø", "Stavanger", "Drammen", "Hamar", "Molde", "Bodø", "Skien", "Arendal",
               "Lillehammer", "Gjøvik", "Harstad", "Kongsberg", "Larvik", "Halden", "Narvik", "Alta", "Ålesund",
               "Sandefjord", "Tønsberg", "Moss", "Florø", "Voss", "Odda", "Risør", "Steinkjer", "Vardø", "Kirkenes",
               "Mandal", "Egersund", "Levanger", "Namsos", "Sogndal", "Førde", "Notodden", "Elverum", "Kristiansund"]

# kind: key, description, question words, generator, member labels, remark verbs (templates for the remark's words)
r191_KINDS = {
    "city": ("city", None, "city", lambda: R.choice(r191_CITIES), ["City", "Town"],
             ["now {n}", "moved to {n}", "now lives in {n}", "relocated to {n}"]),
    "contact": ("contact_person", None, "contact person", None, ["Contact person", "Contact"],
                ["now {n}", "now handled by {n}", "taken over by {n}", "replaced by {n}"]),
    "booking_ref": ("booking_ref", "booking reference", "booking reference",
                    lambda: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                    ["Booking reference", "Booking ref"], ["now {n}", "rebooked as {n}", "replaced by {n}", "new {n}"]),
    "phone": ("phone", None, "phone", lambda: "+47 %s %s %s" % (R.choice("49") + r191_d(2), r191_d(2), r191_d(3)),
              ["Phone", "Mobile"], ["now {n}", "new number {n}", "changed to {n}", "call {n} instead"]),
}

r191_j = [0]


def r191_id(part, kind, lay):
    r191_j[0] += 1
    return "d191-%s-%s-%d-%s" % (part, kind, r191_j[0], lay)


r191_META = {}
r191_TAG = [""]


def r191_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    r191_META[id] = r191_TAG[0]
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r191_arguable.add(id)
    {"pair": r191_pairs, "single": r191_singles, "safe": r191_safe, "base": []}[kind].append(id)


def r191_gen(kind):
    g = r191_KINDS[kind][3]
    return r191_nm() if g is None else g()


def r191_val2(kind, old):
    while True:
        v = r191_gen(kind)
        if v != old:
            return v


def r191_schema(kind):
    key, desc, q, g, labels, rv = r191_KINDS[kind]
    return S({"name": "string", key: "string"}, {key: desc} if desc else {})


def r191_ins(kind, v=0):
    q = r191_KINDS[kind][2]
    return ["Extract name and %s as JSON." % q,
            "Return the name and the %s as a JSON object." % q,
            "From the record below, extract the name and %s as JSON." % q][v % 3]


def r191_ans(nm, kind, v):
    return {"name": nm, r191_KINDS[kind][0]: v}


def r191_yk(label):
    return "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_").replace("__", "_")


def r191_render(lay, items, nm, tail=""):
    """items: (label, value), ("", raw line) or ("BLANK", "")."""
    def ln(a, b):
        if a == "BLANK":
            return ""
        return ("%s: %s" % (a, b)) if a else b
    if lay == "L":
        return "Text:\n" + "".join(ln(a, b) + "\n" for a, b in items) + tail
    if lay == "O":
        return "Record: " + " | ".join(ln(a, b) for a, b in items if a != "BLANK") + "\n" + tail
    if lay == "Y":
        out = "```yaml\n"
        for a, b in items:
            if a == "BLANK":
                out += "\n"
            elif a:
                out += "%s: %s\n" % (r191_yk(a), b)
            else:
                out += "# %s\n" % b
        return out + "```\n" + tail
    if lay == "E":
        body = "".join(ln(a, b) + "\n" for a, b in items)
        return ("Here is the email:\nFrom: %s <%s@%s.no>\nSubject: My details\n\nHi,\n\nhere are my details:\n\n%s\nBest regards,\n%s\n%s"
                % (nm, r191_word(2), r191_word(2), body, nm, tail))
    if lay == "T":
        fl = [(a, b) for a, b in items if a and a != "BLANK"]
        return "Text:\n| " + " | ".join(a for a, b in fl) + " |\n|" + "---|" * len(fl) + "\n| " + \
            " | ".join(b for a, b in fl) + " |\n" + "".join(b + "\n" for a, b in items if not a) + tail
    raise ValueError(lay)


r191_FIELDS = {"Room": lambda: str(R.randint(100, 499)), "Seat": lambda: "%d%s" % (R.randint(1, 40), R.choice("ABCD")),
               "Ref": lambda: "K%s" % r191_d(5), "Customer no.": lambda: "C-%s" % r191_d(5),
               "Order no.": lambda: r191_d(6), "Card no.": lambda: "**** %s" % r191_d(4),
               "Gate": lambda: "%s%d" % (R.choice("ABCD"), R.randint(1, 40)), "Member no.": lambda: "M%s" % r191_d(4),
               "Locker": lambda: str(R.randint(10, 99)), "Floor": lambda: str(R.randint(1, 9))}


def r191_field(kind):
    while True:
        f = R.choice(list(r191_FIELDS))
        if not (kind == "booking_ref" and f == "Ref"):
            return f, r191_FIELDS[f]()


# ================================================================ part 1 (nl): change notes under labels the reader does not know
r191_NOTE_LABELS = ["Amended", "Revised", "Latest", "Current", "Effective now", "Moved to", "Forwarding address",
                    "Relocated", "Changed", "Rettet", "Geändert", "Modifié", "Actualizado", "Päivitetty", "Zmieniono",
                    "更新", "Aktualisiert", "Oppdatert", "Endret", "Ändrad", "Korrigert", "Berichtigt", "Corrigé",
                    "Corregido", "Gewijzigd", "Muutettu", "Poprawiono", "As of today", "From now on", "Going forward",
                    "Per today", "Valid from today", "Should be", "Instead", "Use instead", "Override", "Erratum",
                    "Addendum", "Rev. 2", "Newest", "Fixed", "Change", "Amendment", "Revision", "Mise à jour",
                    "Aktualizacja", "Novo", "Nuovo", "Aggiornato", "Atualizado", "Ny verdi", "Neuer Wert",
                    "Now reads", "Read", "Replace with", "Overwrite", "Changed per phone call", "Per e-mail of 3 May",
                    # known ones, as controls
                    "New", "Now", "EDIT", "Updated", "Superseded by", "Replacement", "Ny", "Neu", "Nouveau"]
r191_KNOWN = {"New", "Now", "EDIT", "Updated", "Superseded by", "Replacement", "Ny", "Neu", "Nouveau"}
# value forms: the new value alone, with the field's word, glued as a field
r191_NOTE_VAL = ["{n}", "{n}", "{q} {n}", "{Q}: {n}", "{q} is {n}", "{n} ({q})"]


def r191_place(items, fi, note, where):
    """where: 0 right below the field, 1 two lines below (a field of no member between), 2 after a blank line at the
    end, 3 above the field."""
    v = list(items)
    if where == 0:
        v.insert(fi + 1, note)
    elif where == 1:
        v.insert(fi + 2, note)
    elif where == 2:
        v.extend([("BLANK", ""), note])
    else:
        v.insert(fi, note)
    return v


def r191_part_notes(pairs_every=4):
    for kind in ("city", "contact", "booking_ref", "phone"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for lab_note in r191_NOTE_LABELS:
            for k in range(3 if kind in ("city", "contact") else 2):
                lay = R.choice(["L", "L", "O", "Y", "E", "T"])
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                f, fv = r191_field(kind)
                items = [("Name", nm), (lab, a), (f, fv)]
                fi = 1
                where = R.choice([0, 1, 1, 2, 3]) if lay not in ("O", "T") else R.choice([0, 1])
                vf = R.choice(r191_NOTE_VAL)
                r191_TAG[0] = "%s|%s|w%d|%s" % (kind, lab_note, where, vf)
                nv = vf.replace("{n}", b).replace("{q}", q).replace("{Q}", lab)
                note = (lab_note, nv)
                if lay == "T":
                    # the note as a column of its own
                    vi = items + [note]
                else:
                    vi = r191_place(items, fi, note, where)
                ins = r191_ins(kind, k)
                sch = r191_schema(kind)
                # arguable: the note sits above the field, or a label that need not mean a change of this member
                arg = where == 3 or lab_note in ("Current", "Latest", "Newest", "Read", "Change", "Fixed", "Instead")
                if kind != "city" and lab_note in ("Moved to", "Forwarding address", "Relocated"):
                    arg = True
                fam = "r191_nl_known" if lab_note in r191_KNOWN else "r191_nl"
                r191_add("single", r191_id("nl", "s", lay), fam + "_single", ins + "\n\n" + r191_render(lay, vi, nm),
                         sch, r191_ans(nm, kind, b), [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2, arg=arg)
                if k == 0 and R.randint(0, pairs_every - 1) == 0:
                    nm2 = r191_nm()
                    it2 = [(x, y.replace(nm, nm2)) for x, y in items]
                    vi2 = [(x, y.replace(nm, nm2)) for x, y in vi]
                    bid = r191_id("nl", "b", lay)
                    r191_add("base", bid, fam + "_base", ins + "\n\n" + r191_render(lay, it2, nm2), sch,
                             r191_ans(nm2, kind, a), [r191_ans(nm2, kind, a)])
                    r191_add("pair", bid.replace("-b-", "-v-"), fam, ins + "\n\n" + r191_render(lay, vi2, nm2), sch,
                             r191_ans(nm2, kind, b), [r191_ans(nm2, kind, b)] * 3, arg=arg)


# ================================================================ part 2 (nw): notes naming the field in other words, notes in
# the signature, a reply quote above/below the new value
r191_NOTE_WORDS = ["EDIT: the {q} is {n}", "Correction - {q} {n}", "Correction – {q}: {n}", "PS: {q} changed to {n}",
                   "P.S. new {q}: {n}", "NB: {q} now {n}", "Update — {q} {n}", "Obs: {q} er nå {n}",
                   "Hinweis: {q} jetzt {n}", "Remarque : {q} désormais {n}", "Note: {q} -> {n}", "FYI {q} = {n}",
                   "Amended {q}: {n}", "Revised {q}: {n}", "Latest {q}: {n}", "{Q} (amended): {n}", "{Q} (revised): {n}",
                   "{Q} (latest): {n}", "{Q} as of today: {n}", "{Q} from June: {n}", "{Q}, corrected: {n}",
                   "{Q} korrigert: {n}", "{Q} neu: {n}", "{Q} nouveau : {n}"]


def r191_part_words():
    for kind in ("city", "contact", "booking_ref"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for t in r191_NOTE_WORDS:
            for k in range(3):
                lay = R.choice(["L", "L", "O", "E"])
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                f, fv = r191_field(kind)
                items = [("Name", nm), (lab, a), (f, fv)]
                line = t.replace("{n}", b).replace("{q}", q).replace("{Q}", lab)
                where = R.choice([0, 1, 2])
                r191_TAG[0] = "%s|%s|w%d|k%d" % (kind, t, where, k)
                if lay == "E" and k == 2:
                    vi = items
                    tail = line + "\n"   # in the signature, below the sender's name
                else:
                    vi = r191_place(items, 1, ("", line), where if lay != "O" else 1)
                    tail = ""
                ins = r191_ins(kind, k)
                sch = r191_schema(kind)
                r191_add("single", r191_id("nw", "s", lay), "r191_nw_single",
                         ins + "\n\n" + r191_render(lay, vi, nm, tail), sch,
                         r191_ans(nm, kind, b), [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2)


def r191_part_quote():
    for kind in ("city", "contact", "booking_ref", "phone"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for k in range(16):
            nm = r191_nm()
            lab = R.choice(labels)
            a = r191_gen(kind)
            b = r191_val2(kind, a)
            f, fv = r191_field(kind)
            ins = r191_ins(kind, k)
            sch = r191_schema(kind)
            mode = k % 4
            r191_TAG[0] = "%s|quote%d" % (kind, mode)
            if mode == 0:   # new on top, quote below
                txt = ("Here is the email:\nFrom: %s\nSubject: Re: My details\n\nHi, one change:\n\nName: %s\n%s: %s\n\n"
                       "> Name: %s\n> %s: %s\n> %s: %s\n" % (nm, nm, lab, b, nm, lab, a, f, fv))
            elif mode == 1:   # quote above, new below
                txt = ("Here is the email:\nFrom: %s\nSubject: Re: My details\n\n> Name: %s\n> %s: %s\n> %s: %s\n\n"
                       "Name: %s\n%s: %s\n" % (nm, nm, lab, a, f, fv, nm, lab, b))
            elif mode == 2:   # only the member line quoted
                txt = ("Text:\nName: %s\n> %s: %s\n%s: %s\n%s: %s\n" % (nm, lab, a, lab, b, f, fv))
            else:
                txt = ("Here is the email:\nFrom: %s\n\nOn Monday you wrote:\n| Name: %s\n| %s: %s\n\nName: %s\n%s: %s\n%s: %s\n"
                       % (nm, nm, lab, a, nm, lab, b, f, fv))
            r191_add("single", r191_id("rq", "s", "E"), "r191_rq_single", ins + "\n\n" + txt, sch,
                     r191_ans(nm, kind, b), [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2, arg=(mode == 2))


# ================================================================ part 3 (rm): remarks beside a code in a field of no member,
# written other ways (dash, hyphen, semicolon, pipe, hash, footnote, next line, other brackets...)
r191_REMARK = [  # (template with {r} code and {x} remark words; footnote line or None; arguable?)
    ("{r} — {x}", None, False), ("{r} - {x}", None, False), ("{r} – {x}", None, False), ("{r} -- {x}", None, False),
    ("{r}; {x}", None, False), ("{r} ; {x}", None, False), ("{r} # {x}", None, False), ("{r}, {x}", None, False),
    ("{r} // {x}", None, False), ("{r}: {x}", None, False), ("{r} ~ {x}", None, False), ("{r} => {x}", None, False),
    ("{r} ==> {x}", None, False), ("{r} >> {x}", None, False), ("{r} ➜ {x}", None, False), ("{r} ⟶ {x}", None, False),
    ("{r} {{{x}}}", None, False), ("{r} <{x}>", None, False), ("{r} （{x}）", None, False), ("{r} 【{x}】", None, False),
    ("{r} «{x}»", None, False), ('{r} "{x}"', None, False), ("{r}(({x}))", None, False), ("{r}({x})", None, False),
    ("{r}\u00a0({x})", None, False), ("{r} ( {x} )", None, False), ("{r} ({x}", None, False), ("{r} \\ {x}", None, False),
    ("{r} | {x}", None, False), ("{r} • {x}", None, False), ("{r} · {x}", None, False), ("{r} … {x}", None, False),
    ("{r} <!-- {x} -->", None, False), ("{r} /* {x} */", None, False), ("{r} [{x}]", None, False),
    ("{r}*", "* {x}", False), ("{r}¹", "¹ {x}", False), ("{r} [1]", "[1] {x}", False), ("{r} †", "† {x}", False),
    ("{r} (*)", "(*) {x}", False), ("{r}", "    {x}", False), ("{r}", "  → {x}", False), ("{r}", "  ({x})", False),
]


def r191_part_remark():
    for kind in ("city", "contact", "booking_ref", "phone"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for (t, foot, arg) in r191_REMARK:
            for k in range(4 if kind in ("city", "contact") else 2):
                lay = R.choice(["L", "L", "O"]) if foot is None else "L"
                if lay == "O" and "|" in t:
                    lay = "L"
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                f, fv = r191_field(kind)
                x = R.choice(rv).replace("{n}", b)
                line = t.replace("{r}", fv).replace("{x}", x)
                r191_TAG[0] = "%s|%s|%s|%s|%s" % (kind, t, foot, f, x.replace(b, "{n}"))
                vi = [("Name", nm), (lab, a), (f, line)]
                if k % 2 == 1:
                    vi = [("Name", nm), (f, line), (lab, a)]
                if foot:
                    fl = foot.replace("{x}", x)
                    if foot.startswith(" "):
                        vi.insert(vi.index((f, line)) + 1, ("", fl))
                    else:
                        vi += [("BLANK", ""), ("", fl)]
                ins = r191_ins(kind, k)
                sch = r191_schema(kind)
                a2 = arg or (kind != "city" and x.startswith("now "))
                r191_add("single", r191_id("rm", "s", lay), "r191_rm_single", ins + "\n\n" + r191_render(lay, vi, nm),
                         sch, r191_ans(nm, kind, b), [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2, arg=a2)
                if k == 0:
                    nm2 = r191_nm()
                    base = [("Name", nm2), (lab, a), (f, fv)]
                    vi2 = [(xx, yy.replace(nm, nm2)) for xx, yy in vi]
                    bid = r191_id("rm", "b", lay)
                    r191_add("base", bid, "r191_rm_base", ins + "\n\n" + r191_render(lay, base, nm2), sch,
                             r191_ans(nm2, kind, a), [r191_ans(nm2, kind, a)])
                    r191_add("pair", bid.replace("-b-", "-v-"), "r191_rm", ins + "\n\n" + r191_render(lay, vi2, nm2), sch,
                             r191_ans(nm2, kind, b), [r191_ans(nm2, kind, b)] * 3, arg=a2)


# ================================================================ part 4 (ro): the remark in the member's own field, and in
# another field that names the member's field
r191_OWN = ["{a} — {x}", "{a} - {x}", "{a}; {x}", "{a} # {x}", "{a}, {x}", "{a} => {n}", "{a} ➜ {n}", "{a} // {x}",
            "{a} <{x}>", "{a} （{x}）", "{a} {{{x}}}"]
r191_OTHER = ["Remark: {q} {x}", "Comment: {q} {x}", "Info: {q} → {n}", "Status: {x}", "Notes: {x}", "Bemerkung: {x}",
              "Merknad: {x}", "Obs: {x}", "Memo: {q}={n}", "Flag: {q} changed ({n})", "Remarks: {n}", "Comment: {n}"]


def r191_part_own():
    for kind in ("city", "contact", "booking_ref"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for t in r191_OWN:
            for k in range(4):
                lay = R.choice(["L", "O"])
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                f, fv = r191_field(kind)
                x = R.choice(rv).replace("{n}", b)
                r191_TAG[0] = "%s|own|%s|%s" % (kind, t, x.replace(b, "{n}"))
                vi = [("Name", nm), (lab, t.replace("{a}", a).replace("{x}", x).replace("{n}", b)), (f, fv)]
                ins = r191_ins(kind, k)
                r191_add("single", r191_id("ro", "s", lay), "r191_ro_single", ins + "\n\n" + r191_render(lay, vi, nm),
                         r191_schema(kind), r191_ans(nm, kind, b),
                         [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2)
        for t in r191_OTHER:
            for k in range(4):
                lay = R.choice(["L", "O"])
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                f, fv = r191_field(kind)
                x = R.choice(rv).replace("{n}", b)
                r191_TAG[0] = "%s|other|%s|%s" % (kind, t, x.replace(b, "{n}"))
                ol = t.replace("{x}", x).replace("{n}", b).replace("{q}", q)
                ol_lab, ol_val = ol.split(": ", 1)
                vi = [("Name", nm), (lab, a), (f, fv), (ol_lab, ol_val)]
                arg = "{q}" not in t and not x.startswith(("moved", "relocated", "taken", "rebooked", "replaced", "now lives", "now handled"))
                ins = r191_ins(kind, k)
                r191_add("single", r191_id("ro", "s", lay), "r191_ro2_single", ins + "\n\n" + r191_render(lay, vi, nm),
                         r191_schema(kind), r191_ans(nm, kind, b),
                         [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2, arg=arg)


# ================================================================ part 5 (sf): safe variants -- labels holding a word of change
# that are no change, innocent brackets and slashes in codes
r191_SAFE_ADD = ["New customer: yes", "Now serving: {k}", "Replacement parts: {s}", "Current balance: {k}00",
                 "New member: no", "Updated by: front desk", "Latest visit: 2026-0{s}-1{s}", "Neu im Verein: ja",
                 "Ny kunde: ja", "Nouveau client : oui", "Edited by: admin", "Revised edition: no"]
r191_SAFE_CODE = ["Ref: K{d5} (booking)", "Ref: 4C/2L", "Ref: K{d5} (web)", "Order no.: {d6} (paid)",
                  "Room: {k} (sea view)", "Seat: 1{s}A / window", "Ref: AB/{d5}", "Gate: B{s} (Terminal 2)"]


def r191_part_safe():
    for kind in ("city", "contact", "booking_ref", "phone"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        for t in r191_SAFE_ADD + r191_SAFE_CODE:
            for k in range(3):
                lay = R.choice(["L", "L", "O"])
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                room = str(R.randint(100, 499))
                line = t.replace("{k}", str(R.randint(10, 99))).replace("{s}", str(R.randint(1, 9))) \
                    .replace("{d5}", r191_d(5)).replace("{d6}", r191_d(6))
                r191_TAG[0] = "%s|safe|%s" % (kind, t)
                ll, lv = line.split(": ", 1) if ": " in line else line.split(" : ", 1)
                ans = r191_ans(nm, kind, a)
                sch = r191_schema(kind)
                ins = r191_ins(kind, 0)
                if t in r191_SAFE_ADD:
                    # the base without the field, the safe variant with it
                    base = [("Name", nm), (lab, a), ("Room", room)]
                    var = base + [(ll, lv)]
                else:
                    # the base with the innocent code, the safe variant the same record with the instruction paraphrased
                    base = [("Name", nm), (lab, a), (ll, lv)]
                    var = base
                bid = r191_id("sf", "b", lay)
                r191_add("base", bid, "r191_sf_base", ins + "\n\n" + r191_render(lay, base, nm), sch, ans, [ans])
                ins2 = ins if t in r191_SAFE_ADD else r191_ins(kind, 1)
                r191_add("safe", bid.replace("-b-", "-f-"), "r191_sf", ins2 + "\n\n" + r191_render(lay, var, nm), sch,
                         ans, [ans] * 3)


r191_part_notes()
r191_part_words()
r191_part_quote()
r191_part_remark()
r191_part_own()
r191_part_safe()


# ================================================================ part 6 (r2, second pass): around the hole of part 3 -- a remark
# after a separator that is no bracket, arrow or slash; more separators, remark words, member kinds, host fields, layouts
r191_KINDS["email"] = ("email", None, "email", lambda: "%s.%s@%s.no" % (r191_word(2), r191_word(2), r191_word(3)),
                       ["Email", "E-mail"], ["now {n}", "new email {n}", "write to {n} instead"])
r191_KINDS["employer"] = ("employer", None, "employer",
                          lambda: R.choice(["Nordlys", "Fjordkraft", "Havbris", "Skogheim", "Bølgen", "Solvik", "Fjellro",
                                            "Kystlink", "Lysgården", "Vindel"]) + " " + R.choice(["AS", "ASA", "Gruppen", "Bygg", "Data"]),
                          ["Employer", "Company"], ["now works at {n}", "now at {n}", "switched to {n}", "hired by {n}"])
r191_WORDS2 = {
    "city": ["now lives in {n}", "relocated to {n}", "now {n}", "living in {n}", "now in {n}", "resides in {n}",
             "new town {n}", "town now {n}", "address changed to {n}", "flyttet til {n}", "umgezogen nach {n}",
             "déménagé à {n}", "se mudó a {n}", "muutti {n}", "has moved to {n}", "home is {n} now", "moved to {n}",
             "now based in {n}", "lives in {n} since May", "bor nå i {n}", "wohnt jetzt in {n}", "habite à {n}"],
    "contact": ["now handled by {n}", "taken over by {n}", "ask {n} instead", "contact {n} from now on",
                "overtatt av {n}", "übernommen von {n}", "new contact {n}", "successor {n}", "now {n}"],
    "booking_ref": ["rebooked as {n}", "new booking {n}", "umgebucht {n}", "now {n}"],
    "email": ["new email {n}", "write to {n} instead", "now {n}"],
    "employer": ["now works at {n}", "switched to {n}", "hired by {n}", "now at {n}", "jobber nå i {n}"],
}
r191_SEP2 = ["{r} — {x}", "{r} - {x}", "{r} – {x}", "{r} -- {x}", "{r}; {x}", "{r} # {x}", "{r}, {x}", "{r}: {x}",
             "{r} ~ {x}", "{r} ➜ {x}", "{r} … {x}", "{r} • {x}", "{r} · {x}", "{r} \\ {x}", '{r} "{x}"', "{r} （{x}）",
             "{r} 【{x}】", "{r} {{{x}}}", "{r} | {x}", "{r} ⇨ {x}", "{r} ➔ {x}", "{r} ➝ {x}", "{r} ↳ {x}", "{r} ▸ {x}",
             "{r} ► {x}", "{r} > {x}", "{r} = {x}", "{r} := {x}", "{r} + {x}", "{r} & {x}", "{r} ¦ {x}", "{r} ‖ {x}",
             "{r} ※ {x}", "{r} ‹{x}›", "{r} 〈{x}〉", "{r} 「{x}」", "{r} ⟨{x}⟩", "{r} ❨{x}❩", "{r}  {x}", "{r}. {x}",
             "{r} ... {x}", "{r} * {x}", "{r} ! {x}", "{r} NB {x}", "{r} -- NB: {x}", "{r} ; NB {x}", "{r} — NB: {x}",
             "{r} (NB: {x})", "{r}, NB: {x}", "{r} ⁽{x}⁾"]
r191_HOST2 = dict(r191_FIELDS)
r191_HOST2.update({"Phone": lambda: "+47 %s %s %s" % (R.choice("49") + r191_d(2), r191_d(2), r191_d(3)),
                   "Date": lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
                   "Visits": lambda: str(R.randint(2, 30)), "Plate": lambda: "EV %s" % r191_d(5)})


def r191_part_r2():
    for kind in ("city", "contact", "booking_ref", "email", "employer"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        n_per = {"city": 3, "contact": 2, "booking_ref": 1, "email": 1, "employer": 2}[kind]
        for t in r191_SEP2:
            for k in range(n_per * 2):
                lay = R.choice(["L", "L", "O", "O", "Y", "T", "E"])
                if lay in ("O", "T") and ("|" in t or "¦" in t):
                    lay = "L"
                nm = r191_nm()
                lab = R.choice(labels)
                a = r191_gen(kind)
                b = r191_val2(kind, a)
                while True:
                    f = R.choice(list(r191_HOST2))
                    if not (kind == "booking_ref" and f == "Ref") and not (kind == "email" and f == "Phone"):
                        break
                fv = r191_HOST2[f]()
                x = R.choice(r191_WORDS2[kind])
                xx = x.replace("{n}", b)
                line = t.replace("{r}", fv).replace("{x}", xx)
                r191_TAG[0] = "%s|%s|%s|%s|%s" % (kind, t.replace("|", "PIPE"), f, x, lay)
                vi = [("Name", nm), (lab, a), (f, line)]
                if k % 2 == 1:
                    vi = [("Name", nm), (f, line), (lab, a)]
                ins = r191_ins(kind, k)
                sch = r191_schema(kind)
                arg = kind != "city" or x in ("now {n}", "now in {n}")
                if kind == "employer" and x in ("now works at {n}", "jobber nå i {n}"):
                    arg = False
                r191_add("single", r191_id("r2", "s", lay), "r191_r2_single", ins + "\n\n" + r191_render(lay, vi, nm),
                         sch, r191_ans(nm, kind, b), [r191_ans(nm, kind, a)] + [r191_ans(nm, kind, b)] * 2, arg=arg)
                if k == 0 and lay in ("L", "O"):
                    nm2 = r191_nm()
                    base = [(xa, xb.replace(nm, nm2)) for xa, xb in vi]
                    base = [(xa, fv if xa == f else xb) for xa, xb in base]
                    vi2 = [(xa, xb.replace(nm, nm2)) for xa, xb in vi]
                    bid = r191_id("r2", "b", lay)
                    r191_add("base", bid, "r191_r2_base", ins + "\n\n" + r191_render(lay, base, nm2), sch,
                             r191_ans(nm2, kind, a), [r191_ans(nm2, kind, a)])
                    r191_add("pair", bid.replace("-b-", "-v-"), "r191_r2", ins + "\n\n" + r191_render(lay, vi2, nm2), sch,
                             r191_ans(nm2, kind, b), [r191_ans(nm2, kind, b)] * 3, arg=arg)


r191_part_r2()



# ================================================================ part 7 (r3, third pass): the same hole for other members --
# counts, dates, amounts, the name itself -- and remarks written as whole sentences
r191_SEP3 = ["{r} — {x}", "{r} - {x}", "{r}; {x}", "{r} # {x}", "{r} ➔ {x}", "{r} {{{x}}}", "{r} … {x}", "{r} • {x}",
             "{r} -- NB: {x}", "{r} ~ {x}"]
r191_K3 = {
    # kind: (key, type, labels, old gen, new-from-old, remark words, clear?)
    "nights": ("nights", "integer", ["Nights"], lambda: R.randint(2, 6), lambda o: o + R.randint(1, 3),
               [("extended to {n} nights", True), ("stay extended: {n} nights", True), ("now {n} nights", True),
                ("now {n}", False), ("{n} nights after extension", True)]),
    "guests": ("guests", "integer", ["Guests", "Persons"], lambda: R.randint(1, 4), lambda o: o + R.randint(1, 3),
               [("party now {n} guests", True), ("{n} guests after all", True), ("now {n} persons", True),
                ("now {n}", False)]),
    "amount": ("amount", "number", ["Amount", "Total"], lambda: R.randint(200, 9000), lambda o: o + R.choice([50, 120, 300]),
               [("amount corrected to {n}", True), ("total now {n}", True), ("now {n}", False), ("re-invoiced at {n}", True)]),
    "date": ("appointment_date", "string", ["Appointment", "Appointment date"],
             lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 20)), lambda o: o[:8] + "%02d" % (int(o[8:]) + R.randint(2, 7)),
             [("appointment moved to {n}", True), ("postponed to {n}", True), ("rescheduled for {n}", True),
              ("now {n}", False)]),
    "name": ("name", "string", ["Name"], None, None,
             [("married, now {n}", True), ("name changed to {n}", True), ("now {n}", False), ("new surname: {n}", True)]),
    "city": ("city", "string", ["City", "Town"], None, None,
             [("the guest has since relocated to {n}", True), ("guest lives in {n} now", True),
              ("customer's home town is {n} now", True), ("she lives in {n} these days", True),
              ("he now resides in {n}", True), ("address: {n} since May", True), ("lives {n}", True)]),
}


def r191_part_r3():
    for kind, (key, typ, labels, g, nx, words, _) in [(k, v + (None,)) for k, v in r191_K3.items()]:
        for t in r191_SEP3:
            for (x, clear) in words:
                for k in range(2):
                    lay = R.choice(["L", "O"])
                    if kind == "name":
                        a = r191_nm()
                        b = a.split()[0] + " " + r191_word(2).capitalize() + "berg"
                        other = R.choice(r191_CITIES)
                        sch = S({"name": "string", "city": "string"})
                        ins = "Extract name and city as JSON."
                        exp_a, exp_b = {"name": a, "city": other}, {"name": b, "city": other}
                        vi_m = [("Name", a), (R.choice(["City", "Town"]), other)]
                        nm = a
                    elif kind == "city":
                        nm = r191_nm()
                        a = R.choice(r191_CITIES)
                        b = R.choice([c for c in r191_CITIES if c != a])
                        sch = r191_schema("city")
                        ins = r191_ins("city", k)
                        exp_a, exp_b = r191_ans(nm, "city", a), r191_ans(nm, "city", b)
                        vi_m = [("Name", nm), (R.choice(labels), a)]
                    else:
                        nm = r191_nm()
                        a = g()
                        b = nx(a)
                        sch = S({"name": "string", key: typ})
                        q = {"nights": "number of nights", "guests": "number of guests", "amount": "amount",
                             "date": "appointment date"}[kind]
                        ins = ["Extract name and %s as JSON." % q, "Return the name and the %s as a JSON object." % q][k]
                        exp_a, exp_b = {"name": nm, key: a}, {"name": nm, key: b}
                        vi_m = [("Name", nm), (R.choice(labels), str(a))]
                    while True:
                        f = R.choice(list(r191_HOST2))
                        if f not in ("Visits", "Locker") and not (kind == "date" and f == "Date"):
                            break
                    fv = r191_HOST2[f]()
                    line = t.replace("{r}", fv).replace("{x}", x.replace("{n}", str(b)))
                    r191_TAG[0] = "%s|%s|%s|%s|%s" % (kind, t, f, x, lay)
                    vi = vi_m + [(f, line)]
                    if k == 1:
                        vi = vi_m[:1] + [(f, line)] + vi_m[1:]
                    r191_add("single", r191_id("r3", "s", lay), "r191_r3_single", ins + "\n\n" + r191_render(lay, vi, nm),
                             sch, exp_b, [exp_a, exp_b, exp_b], arg=not clear)


r191_part_r3()



# ================================================================ part 8 (r4, fourth pass): pairs -- the stored base, then the
# remark in a field ADDED to it, or in the same field with its code changed too
r191_SEP4 = ["{r} — {x}", "{r} - {x}", "{r}; {x}", "{r} # {x}", "{r} ➔ {x}", "{r} {{{x}}}", "{r} … {x}", "{r}, {x}"]


def r191_part_r4():
    for kind in ("city", "employer", "contact"):
        key, desc, q, g, labels, rv = r191_KINDS[kind]
        words = {"city": ["now lives in {n}", "relocated to {n}", "the guest has since relocated to {n}", "resides in {n}"],
                 "employer": ["now works at {n}", "jobber nå i {n}"],
                 "contact": ["taken over by {n}", "now handled by {n}"]}[kind]
        for t in r191_SEP4:
            for x in words:
                for mode in ("add", "chg", "add2"):
                    for k in range(2):
                        lay = R.choice(["L", "O"])
                        nm = r191_nm()
                        lab = R.choice(labels)
                        a = r191_gen(kind)
                        b = r191_val2(kind, a)
                        f = R.choice(["Room", "Seat", "Floor", "Gate", "Order no.", "Card no."])
                        fv = r191_FIELDS[f]()
                        base = [("Name", nm), (lab, a), (f, fv)]
                        if mode == "add":
                            f2 = R.choice(["Ref", "Customer no.", "Member no."])
                            vi = base + [(f2, t.replace("{r}", r191_FIELDS[f2]()).replace("{x}", x.replace("{n}", b)))]
                        elif mode == "add2":
                            f2 = R.choice(["Ref", "Customer no.", "Member no."])
                            vi = base[:2] + [(f2, t.replace("{r}", r191_FIELDS[f2]()).replace("{x}", x.replace("{n}", b)))] + base[2:]
                        else:
                            while True:
                                fv2 = r191_FIELDS[f]()
                                if fv2 != fv:
                                    break
                            vi = base[:2] + [(f, t.replace("{r}", fv2).replace("{x}", x.replace("{n}", b)))]
                        r191_TAG[0] = "%s|%s|%s|%s|%s" % (kind, t, mode, x, lay)
                        ins = r191_ins(kind, k)
                        sch = r191_schema(kind)
                        arg = kind == "contact"
                        bid = r191_id("r4", "b", lay)
                        r191_add("base", bid, "r191_r4_base", ins + "\n\n" + r191_render(lay, base, nm), sch,
                                 r191_ans(nm, kind, a), [r191_ans(nm, kind, a)])
                        r191_add("pair", bid.replace("-b-", "-v-"), "r191_r4", ins + "\n\n" + r191_render(lay, vi, nm), sch,
                                 r191_ans(nm, kind, b), [r191_ans(nm, kind, b)] * 3, arg=arg)


r191_part_r4()


# ---------------------------------------------------------------- what got through, confirmed alone (see the docstring)
r191_found_alone = set([
    'd191-rm-s-1015-L', 'd191-rm-s-1016-O', 'd191-rm-s-1017-O', 'd191-rm-s-1018-L', 'd191-rm-v-1019-L', 'd191-rm-s-1020-O',
    'd191-rm-s-1023-O', 'd191-rm-s-1025-L', 'd191-rm-s-1026-L', 'd191-rm-s-1028-L', 'd191-rm-s-1031-L', 'd191-rm-s-1032-O',
    'd191-rm-s-1036-L', 'd191-rm-s-1041-L', 'd191-rm-s-1042-L', 'd191-rm-s-1043-L', 'd191-rm-v-1044-L', 'd191-rm-s-1045-O',
    'd191-rm-s-1046-L', 'd191-rm-s-1047-O', 'd191-rm-s-1048-L', 'd191-rm-s-1051-O', 'd191-rm-s-1052-L', 'd191-rm-s-1058-O',
    'd191-rm-s-1061-O', 'd191-rm-s-1062-L', 'd191-rm-s-1063-L', 'd191-rm-s-1065-O', 'd191-rm-s-1067-L', 'd191-rm-s-1083-L',
    'd191-rm-v-1084-L', 'd191-rm-s-1086-L', 'd191-rm-s-1087-O', 'd191-rm-s-1093-O', 'd191-rm-s-1096-L', 'd191-rm-s-1097-L',
    'd191-rm-s-1103-L', 'd191-rm-v-1104-L', 'd191-rm-s-1105-O', 'd191-rm-s-1106-L', 'd191-rm-s-1107-O', 'd191-rm-s-1108-L',
    'd191-rm-s-1110-O', 'd191-rm-s-1111-L', 'd191-rm-s-1120-L', 'd191-rm-s-1121-L', 'd191-rm-s-1122-L', 'd191-rm-s-1148-O',
    'd191-rm-s-1150-L', 'd191-rm-s-1151-L', 'd191-rm-s-1152-L', 'd191-rm-s-1153-L', 'd191-rm-v-1154-L', 'd191-rm-s-1155-L',
    'd191-rm-s-1156-L', 'd191-rm-s-1157-L', 'd191-rm-s-1158-L', 'd191-rm-s-1160-L', 'd191-rm-s-1161-O', 'd191-rm-s-1162-L',
    'd191-rm-s-1163-O', 'd191-rm-s-1166-L', 'd191-rm-s-1167-L', 'd191-rm-s-1168-L', 'd191-rm-v-1169-L', 'd191-rm-s-1170-O',
    'd191-rm-s-1171-O', 'd191-rm-s-1230-L', 'd191-rm-s-1238-L', 'd191-rm-v-1239-L', 'd191-rm-s-1242-O', 'd191-rm-s-1245-L',
    'd191-rm-s-1247-L', 'd191-rm-s-1248-L', 'd191-rm-v-1249-L', 'd191-rm-s-1250-L', 'd191-rm-s-1251-L', 'd191-rm-s-1253-L',
    'd191-rm-v-1254-L', 'd191-rm-s-1255-L', 'd191-rm-s-1257-L', 'd191-rm-s-1258-L', 'd191-rm-v-1259-L', 'd191-rm-s-1261-L',
    'd191-rm-s-1262-L', 'd191-rm-s-1263-L', 'd191-rm-v-1264-L', 'd191-rm-s-1275-O', 'd191-rm-s-1276-L', 'd191-rm-s-1277-L',
    'd191-rm-s-1278-L', 'd191-rm-v-1279-L', 'd191-rm-s-1280-L', 'd191-rm-s-1281-L', 'd191-rm-s-1298-O', 'd191-rm-s-1300-L',
    'd191-rm-s-1308-O', 'd191-rm-s-1311-O', 'd191-rm-s-1312-O', 'd191-rm-s-1320-L', 'd191-rm-s-1322-O', 'd191-rm-s-1325-O',
    'd191-rm-s-1327-L', 'd191-rm-s-1333-L', 'd191-rm-v-1334-L', 'd191-rm-s-1363-L', 'd191-rm-v-1364-L', 'd191-rm-s-1365-L',
    'd191-rm-s-1367-L', 'd191-rm-s-1368-L', 'd191-rm-v-1369-L', 'd191-rm-s-1370-L', 'd191-rm-s-1371-L', 'd191-rm-s-1372-L',
    'd191-rm-s-1373-L', 'd191-rm-v-1374-L', 'd191-rm-s-1375-L', 'd191-rm-s-1376-O', 'd191-rm-s-1377-L', 'd191-rm-s-1380-L',
    'd191-rm-s-1385-O', 'd191-rm-s-1386-L', 'd191-rm-s-1387-L', 'd191-rm-s-1458-L', 'd191-rm-v-1459-L', 'd191-rm-s-1463-O',
    'd191-rm-s-1464-L', 'd191-rm-v-1465-L', 'd191-rm-s-1506-L', 'd191-rm-v-1507-L', 'd191-r2-s-2217-O', 'd191-r2-s-2220-L',
    'd191-r2-s-2222-O', 'd191-r2-s-2225-O', 'd191-r2-s-2228-L', 'd191-r2-s-2229-L', 'd191-r2-s-2232-L', 'd191-r2-s-2236-L',
    'd191-r2-v-2237-L', 'd191-r2-s-2241-O', 'd191-r2-s-2242-L', 'd191-r2-s-2245-L', 'd191-r2-s-2250-O', 'd191-r2-s-2253-L',
    'd191-r2-s-2254-L', 'd191-r2-s-2257-L', 'd191-r2-v-2258-L', 'd191-r2-s-2260-L', 'd191-r2-s-2265-L', 'd191-r2-s-2266-O',
    'd191-r2-s-2272-O', 'd191-r2-s-2277-O', 'd191-r2-s-2280-O', 'd191-r2-s-2281-O', 'd191-r2-s-2282-O', 'd191-r2-s-2284-L',
    'd191-r2-s-2289-O', 'd191-r2-s-2291-L', 'd191-r2-s-2293-L', 'd191-r2-s-2295-O', 'd191-r2-s-2296-L', 'd191-r2-v-2297-L',
    'd191-r2-s-2301-O', 'd191-r2-s-2306-O', 'd191-r2-s-2307-O', 'd191-r2-s-2308-L', 'd191-r2-s-2310-O', 'd191-r2-s-2311-O',
    'd191-r2-s-2312-O', 'd191-r2-s-2315-L', 'd191-r2-s-2322-O', 'd191-r2-s-2331-L', 'd191-r2-s-2334-O', 'd191-r2-s-2335-L',
    'd191-r2-s-2337-L', 'd191-r2-s-2338-L', 'd191-r2-s-2340-L', 'd191-r2-s-2341-L', 'd191-r2-s-2343-O', 'd191-r2-s-2346-O',
    'd191-r2-s-2348-O', 'd191-r2-s-2350-L', 'd191-r2-s-2352-L', 'd191-r2-s-2353-O', 'd191-r2-s-2354-L', 'd191-r2-s-2355-L',
    'd191-r2-v-2356-L', 'd191-r2-s-2358-O', 'd191-r2-s-2360-L', 'd191-r2-s-2361-O', 'd191-r2-s-2362-L', 'd191-r2-s-2368-L',
    'd191-r2-s-2369-L', 'd191-r2-s-2371-O', 'd191-r2-s-2376-O', 'd191-r2-s-2380-O', 'd191-r2-s-2382-O', 'd191-r2-s-2389-O',
    'd191-r2-s-2391-L', 'd191-r2-s-2396-L', 'd191-r2-v-2397-L', 'd191-r2-s-2402-O', 'd191-r2-s-2404-L', 'd191-r2-s-2406-O',
    'd191-r2-s-2408-O', 'd191-r2-s-2409-O', 'd191-r2-s-2411-L', 'd191-r2-s-2412-O', 'd191-r2-s-2415-O', 'd191-r2-s-2416-L',
    'd191-r2-s-2418-L', 'd191-r2-s-2420-L', 'd191-r2-s-2422-L', 'd191-r2-s-2424-O', 'd191-r2-s-2425-L', 'd191-r2-s-2428-O',
    'd191-r2-s-2430-O', 'd191-r2-s-2433-L', 'd191-r2-s-2434-O', 'd191-r2-s-2435-O', 'd191-r2-s-2437-L', 'd191-r2-s-2441-O',
    'd191-r2-s-2445-O', 'd191-r2-s-2446-L', 'd191-r2-s-2447-L', 'd191-r2-s-2453-L', 'd191-r2-s-2454-O', 'd191-r2-s-2455-O',
    'd191-r2-s-2456-L', 'd191-r2-v-2457-L', 'd191-r2-s-2461-L', 'd191-r2-s-2463-O', 'd191-r2-s-2469-O', 'd191-r2-s-2474-L',
    'd191-r2-s-2475-L', 'd191-r2-s-2479-L', 'd191-r2-s-2485-L', 'd191-r2-s-2496-O', 'd191-r2-s-2501-O', 'd191-r2-s-2503-O',
    'd191-r2-s-2505-L', 'd191-r2-s-2508-O', 'd191-r2-s-2510-O', 'd191-r2-s-2511-O', 'd191-r2-s-2513-O', 'd191-r2-s-2514-L',
    'd191-r2-s-2516-L', 'd191-r2-s-2522-O', 'd191-r2-s-2526-L', 'd191-r2-s-2550-L', 'd191-r2-s-2563-L', 'd191-r2-s-2566-L',
    'd191-r2-v-2567-L', 'd191-r2-s-2568-L', 'd191-r2-s-2572-L', 'd191-r2-s-2573-L', 'd191-r2-s-2574-L', 'd191-r2-s-2580-L',
    'd191-r2-v-2581-L', 'd191-r2-s-2585-O', 'd191-r2-s-2588-L', 'd191-r2-s-2596-O', 'd191-r2-s-2599-L', 'd191-r2-s-2601-L',
    'd191-r2-s-2604-L', 'd191-r2-s-2611-L', 'd191-r2-v-2612-L', 'd191-r2-s-2615-O', 'd191-r2-s-2616-O', 'd191-r2-s-2619-O',
    'd191-r2-s-2620-O', 'd191-r2-s-2622-L', 'd191-r2-s-2623-L', 'd191-r2-s-2624-L', 'd191-r2-s-2625-O', 'd191-r2-s-2627-O',
    'd191-r2-s-2629-L', 'd191-r2-s-2630-L', 'd191-r2-v-2631-L', 'd191-r2-s-2632-L', 'd191-r2-s-2640-L', 'd191-r2-s-2642-L',
    'd191-r2-s-2645-O', 'd191-r2-s-2650-L', 'd191-r2-s-2652-O', 'd191-r2-s-2657-O', 'd191-r2-s-2660-O', 'd191-r2-s-2668-O',
    'd191-r2-s-2672-L', 'd191-r2-s-2673-O', 'd191-r2-s-2676-O', 'd191-r2-s-2684-L', 'd191-r2-s-2686-L', 'd191-r2-s-2689-O',
    'd191-r2-s-2690-O', 'd191-r2-s-2693-O', 'd191-r2-s-2703-L', 'd191-r2-s-2708-O', 'd191-r2-s-2709-L', 'd191-r2-s-2714-O',
    'd191-r2-s-2715-L', 'd191-r2-v-2716-L', 'd191-r2-s-2717-O', 'd191-r2-s-2722-L', 'd191-r2-s-2728-L', 'd191-r2-s-2733-L',
    'd191-r2-s-2743-O', 'd191-r2-s-2744-O', 'd191-r2-s-2751-L', 'd191-r2-s-2756-L', 'd191-r2-s-2761-O', 'd191-r2-s-2772-L',
    'd191-r2-s-2777-L', 'd191-r2-s-2783-O', 'd191-r2-s-2787-L', 'd191-r2-v-2788-L', 'd191-r2-s-2789-O', 'd191-r2-s-2800-L',
    'd191-r2-v-2801-L', 'd191-r2-s-2815-L', 'd191-r2-v-2816-L', 'd191-r2-s-2817-L', 'd191-r2-s-2822-O', 'd191-r2-s-2830-L',
    'd191-r2-v-2831-L', 'd191-r2-s-2833-L', 'd191-r2-v-2834-L', 'd191-r2-s-2854-L', 'd191-r2-v-2855-L', 'd191-r2-s-2865-L',
    'd191-r2-s-2866-L', 'd191-r2-v-2867-L', 'd191-r2-s-2891-O', 'd191-r2-s-2995-O', 'd191-r2-s-3031-O', 'd191-r2-s-3033-L',
    'd191-r2-s-3037-L', 'd191-r2-s-3058-L', 'd191-r2-s-3064-L', 'd191-r2-s-3065-O', 'd191-r2-s-3072-O', 'd191-r2-s-3074-O',
    'd191-r2-s-3076-L', 'd191-r2-s-3082-O', 'd191-r2-s-3096-O', 'd191-r2-s-3104-O', 'd191-r2-s-3106-L', 'd191-r2-s-3111-O',
    'd191-r2-s-3122-O', 'd191-r2-s-3123-O', 'd191-r2-s-3128-O', 'd191-r2-s-3130-L', 'd191-r2-v-3131-L', 'd191-r2-s-3135-O',
    'd191-r2-s-3137-L', 'd191-r2-s-3140-L', 'd191-r2-v-3141-L', 'd191-r2-s-3142-O', 'd191-r2-s-3157-O', 'd191-r2-s-3160-L',
    'd191-r2-s-3178-L', 'd191-r2-s-3180-O', 'd191-r2-s-3183-L', 'd191-r2-s-3219-O', 'd191-r3-s-3265-O', 'd191-r3-s-3335-O',
    'd191-r3-s-3345-O', 'd191-r3-s-3354-O', 'd191-r3-s-3364-O', 'd191-r3-s-3394-O', 'd191-r3-s-3396-O', 'd191-r3-s-3397-O',
    'd191-r3-s-3403-O', 'd191-r3-s-3429-O', 'd191-r3-s-3437-O', 'd191-r3-s-3444-O', 'd191-r3-s-3445-L', 'd191-r3-s-3453-O',
    'd191-r3-s-3460-L', 'd191-r3-s-3465-O', 'd191-r3-s-3467-O', 'd191-r3-s-3468-L', 'd191-r3-s-3469-O', 'd191-r3-s-3474-O',
    'd191-r3-s-3481-O', 'd191-r3-s-3488-O', 'd191-r3-s-3491-O', 'd191-r3-s-3500-O', 'd191-r3-s-3501-O', 'd191-r3-s-3505-O',
    'd191-r3-s-3507-O', 'd191-r3-s-3509-O', 'd191-r3-s-3513-O', 'd191-r3-s-3514-O', 'd191-r3-s-3598-O', 'd191-r3-s-3599-O',
    'd191-r3-s-3602-L', 'd191-r3-s-3603-O', 'd191-r3-s-3604-O', 'd191-r3-s-3605-L', 'd191-r3-s-3606-O', 'd191-r3-s-3607-O',
    'd191-r3-s-3610-L', 'd191-r3-s-3611-O', 'd191-r3-s-3612-O', 'd191-r3-s-3613-O', 'd191-r3-s-3615-L', 'd191-r3-s-3618-L',
    'd191-r3-s-3619-L', 'd191-r3-s-3622-O', 'd191-r3-s-3623-O', 'd191-r3-s-3626-L', 'd191-r3-s-3627-L', 'd191-r3-s-3628-L',
    'd191-r3-s-3629-L', 'd191-r3-s-3630-O', 'd191-r3-s-3631-L', 'd191-r3-s-3634-O', 'd191-r3-s-3635-O', 'd191-r3-s-3636-O',
    'd191-r3-s-3637-O', 'd191-r3-s-3638-L', 'd191-r3-s-3639-O', 'd191-r3-s-3643-L', 'd191-r3-s-3644-L', 'd191-r3-s-3645-O',
    'd191-r3-s-3647-O', 'd191-r3-s-3650-O', 'd191-r3-s-3651-L', 'd191-r3-s-3652-L', 'd191-r3-s-3653-O', 'd191-r3-s-3654-O',
    'd191-r3-s-3655-O', 'd191-r3-s-3658-O', 'd191-r3-s-3659-O', 'd191-r3-s-3660-O', 'd191-r3-s-3661-L', 'd191-r3-s-3662-L',
    'd191-r3-s-3663-L', 'd191-r3-s-3666-L', 'd191-r3-s-3667-L', 'd191-r3-s-3668-L', 'd191-r3-s-3669-O', 'd191-r3-s-3670-L',
    'd191-r3-s-3671-L', 'd191-r3-s-3674-O', 'd191-r3-s-3675-L', 'd191-r3-s-3676-L', 'd191-r3-s-3677-O', 'd191-r3-s-3678-L',
    'd191-r3-s-3679-O', 'd191-r3-s-3680-O', 'd191-r3-s-3681-O', 'd191-r3-s-3682-O', 'd191-r3-s-3683-O', 'd191-r3-s-3684-L',
    'd191-r3-s-3685-L', 'd191-r3-s-3686-O', 'd191-r3-s-3687-L', 'd191-r3-s-3688-L', 'd191-r3-s-3689-L', 'd191-r3-s-3690-O',
    'd191-r3-s-3691-L', 'd191-r3-s-3692-L', 'd191-r3-s-3693-O', 'd191-r3-s-3694-O', 'd191-r3-s-3695-O', 'd191-r3-s-3696-O',
    'd191-r3-s-3697-O', 'd191-r3-s-3698-O', 'd191-r3-s-3699-L', 'd191-r3-s-3700-L', 'd191-r3-s-3701-L', 'd191-r3-s-3702-L',
    'd191-r3-s-3703-L', 'd191-r3-s-3704-O', 'd191-r3-s-3705-O', 'd191-r3-s-3706-L', 'd191-r3-s-3710-L', 'd191-r3-s-3711-L',
    'd191-r3-s-3714-L', 'd191-r3-s-3715-L', 'd191-r3-s-3716-L', 'd191-r3-s-3717-L', 'd191-r3-s-3718-L', 'd191-r3-s-3720-O',
    'd191-r3-s-3721-O', 'd191-r3-s-3722-O', 'd191-r3-s-3723-O', 'd191-r3-s-3724-L', 'd191-r3-s-3725-O', 'd191-r3-s-3726-L',
    'd191-r3-s-3727-O', 'd191-r3-s-3728-L', 'd191-r3-s-3729-L', 'd191-r3-s-3730-L', 'd191-r3-s-3731-L', 'd191-r3-s-3732-O',
    'd191-r3-s-3733-O', 'd191-r3-s-3734-O', 'd191-r3-s-3735-O', 'd191-r3-s-3736-L', 'd191-r3-s-3737-O', 'd191-r3-s-3738-O',
    'd191-r3-s-3739-L', 'd191-r3-s-3740-L', 'd191-r3-s-3741-O', 'd191-r3-s-3742-O', 'd191-r3-s-3743-L', 'd191-r3-s-3744-L',
    'd191-r3-s-3745-O', 'd191-r3-s-3746-O', 'd191-r3-s-3747-L', 'd191-r3-s-3749-L', 'd191-r3-s-3750-L', 'd191-r3-s-3751-L',
    'd191-r3-s-3752-L', 'd191-r3-s-3753-L', 'd191-r3-s-3754-O', 'd191-r3-s-3755-L', 'd191-r3-s-3756-O', 'd191-r3-s-3757-O',
    'd191-r3-s-3758-O', 'd191-r3-s-3759-L', 'd191-r3-s-3760-L', 'd191-r3-s-3761-L', 'd191-r3-s-3762-L', 'd191-r3-s-3763-O',
    'd191-r3-s-3764-O', 'd191-r3-s-3765-O', 'd191-r3-s-3766-L', 'd191-r3-s-3767-O', 'd191-r3-s-3768-O', 'd191-r3-s-3769-L',
    'd191-r3-s-3770-O', 'd191-r3-s-3771-L', 'd191-r3-s-3772-O', 'd191-r3-s-3773-O', 'd191-r3-s-3774-L', 'd191-r3-s-3775-L',
    'd191-r3-s-3776-L', 'd191-r3-s-3777-L', 'd191-r3-s-3778-O', 'd191-r3-s-3779-L', 'd191-r3-s-3780-O', 'd191-r3-s-3781-O',
    'd191-r3-s-3782-O', 'd191-r3-s-3783-O', 'd191-r3-s-3784-O', 'd191-r3-s-3785-O', 'd191-r3-s-3786-L', 'd191-r3-s-3787-O',
    'd191-r3-s-3788-O', 'd191-r3-s-3789-L', 'd191-r3-s-3790-O', 'd191-r3-s-3791-O', 'd191-r3-s-3792-O', 'd191-r3-s-3793-L',
    'd191-r3-s-3794-L', 'd191-r3-s-3795-L', 'd191-r3-s-3796-O', 'd191-r3-s-3797-O', 'd191-r3-s-3798-O', 'd191-r3-s-3799-L',
    'd191-r3-s-3800-L', 'd191-r3-s-3801-L', 'd191-r3-s-3802-L', 'd191-r3-s-3803-L', 'd191-r3-s-3804-O', 'd191-r3-s-3805-O',
    'd191-r3-s-3806-L', 'd191-r3-s-3807-L', 'd191-r3-s-3808-L', 'd191-r3-s-3809-L', 'd191-r3-s-3810-O', 'd191-r3-s-3811-L',
    'd191-r3-s-3813-O', 'd191-r3-s-3814-L', 'd191-r3-s-3815-O', 'd191-r3-s-3816-L', 'd191-r3-s-3817-L',
])


def r191_is_arguable(i):
    """Strict reading: only a remark that says the PERSON moved (or now works elsewhere) is clear; "now X", contact
    persons, booking refs, names, amounts and counts are arguable (the remark may concern the field it is glued to)."""
    t = r191_META.get(i, "").split("|")
    part = i.split("-")[1]
    kind = t[0]
    words = t[-1] if part == "rm" else (t[3] if len(t) > 3 else "")
    if part == "r3":
        return kind != "city"
    if part in ("rm", "r2", "r4"):
        if kind == "city":
            return words in ("now {n}", "now in {n}")
        if kind == "employer":
            return words not in ("now works at {n}", "jobber nå i {n}")
        return True
    return i in r191_arguable


r191_arguable = {i for i in r191_META if r191_is_arguable(i)}

# Trimmed for ctest (probe_kit.sample_round), stop 45: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r191_keep = r191_found_alone | {r191_i.replace("-v-", "-b-") for r191_i in r191_found_alone if "-v-" in r191_i}
from probe_kit import sample_round as r191_sample_round  # noqa: E402

r191_sample_round("d191-", r191_keep, 30, safe_every=10)
P[:] = [r191_p for r191_p in P if r191_p["id"] not in r191_arguable]
