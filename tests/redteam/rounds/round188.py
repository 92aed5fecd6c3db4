r"""Red-team round 188 (black box): UPDATES WRITTEN INSIDE A RECORD -- the old value and the new one both in the text.
Focus: a field changed in place with both values kept: an update line after (or above) the field ("New:", "Updated:",
  "Corrected:", "Now:", "Changed to:", "EDIT: phone is now ...", "Ny:", "Neu:", "Nouveau:", "Nuevo:", "Uusi:", "Replaced by:"...),
  a struck or marked old value in the field ("~~a~~ b", "<del>a</del> b", "a (old) b", "a → b", "was a, now b", "b (formerly a)",
  CriticMarkup, "a ersetzt durch b"), labels marking old/new ("Old phone"/"New phone", "valid until/valid from", "(superseded)"),
  "Superseded by:", "Replaces:", e-mail and booking-ref lines as the changed field, marker-like labels among the fields
  ("Email:", "Booking ref:", "Order no.:", "Card no.:", "Ref:", "Subject:", "Note:", "Message:", "Text:", "Source:").
  Members: phone, email, city, booking ref, invoice no., order no., amount, appointment date, contact person, name.
  Layouts: line records (L), one-line "a | b" records (O), YAML (Y), e-mails (E), pipe tables (T), two records.
29,969 probes (seeded random.Random(188)): 10,235 bases, 9,391 pair variants, 9,807 singles (--runs 2), 536 safe.
Parts 1-7 (d188-up/st/sw/mk/mx/tw/rr/su/sx/em/rf/sf-): update lines, struck values (and the strike swapped), old/new labels
  swapped, two members with the update under the other member's field, two records with the update in the other record,
  superseded/replaces codes, e-mail and booking-ref update lines, safe variants (an update of "Room", an unrelated line,
  fields reordered, the instruction paraphrased). Part 8 (rl/in/bl-): a second value under a neutral noun ("Office: Bergen")
  relabelled as an update ("Moved to:", "Now:", "Successor:"...), introductions above the first field, continuation lines.
Part 9 (cd/cy-): 160 candidate nouns meaning an update ("Relocation", "Forwarding address", "Nachfolger", "Flytting"...).
Parts 10-13 (hd/rp/nu/pt/gl/ro-): comments, footnotes, list marks, signature delimiters, "Current city:", changelog lines, a
  repeated record, the name itself updated, fields pointing at another field ("Handled by: manager", "City role: Venue"),
  the update glued into a field of no member ("Room: 278; new: ...", "Ref: K30471 → Kongsberg").
Parts 14-15 (g2/g3-): singles only, each record unlike any other, the new value glued in brackets into a field of no member
  that holds a code or a number ("Customer no.: C-00878 (customer relocated: Risør)").
HELD: every pair against its own base (0 variants served their base's stale value; 0 members kept wrong on the patch path; one
  variant, gl-v-17119-L, was served in the whole round from a stored wrong SINGLE by the licensed rewrite):
  any added, moved or relabelled line, any struck or marked value, any changed intro, any comment, list mark or footnote made
  the reuse check fail every member ("failing_fraction_above: 1.0") or the instruction/source check skip reuse. Records with
  an update line, a struck value, old/new labels, two records, YAML, e-mails and tables are never stored, so every single of
  parts 1-13 whose mistaken first answer was accepted fresh (3,985 wrong served fresh in run 1 of the whole round) was served
  fresh again, never from the cache. Phone, date and amount members held everywhere (e-mail but 2 arguable) (a second value of their form
  anywhere keeps the record out of the store); the name held (a new/married/corrected name line is never stored).
  Wrong FRESH (never stored): the City field's value beside "Forwarding address: X", "Relocated: X", "Address change: X",
  "Flytting: X", "Moved to: X" (rl 482, cd 37); the old phone/code beside "Corrected:", "Neu:", "<!-- ... is now X -->",
  "History: a (until May), b (since June)" (up 818, hd 184); the other member's value beside an update line (tw 365).
WHAT GOT THROUGH: one shape -- the new value glued in brackets (or after an arrow) into a field of no member holding a code or
  a number, beside the member's own plain field. The fresh checks accept the model's old value (the member's field states it
  plainly) and the store gate stores it when no earlier entry is near enough for the reuse check to compare lines; run 2
  serves it from the cache. Only members without digits (city, contact person) and, rarely, codes (booking ref) and e-mails.
  Whole round: 1 wrong from the cache in run 1 (a licensed rewrite of a stored wrong booking ref into another record), 652 in
  run 2 (77 clear). ALONE (r188_found_alone, 685 ids, a fresh SQLite store, --runs 2): 1 in run 1 (arguable), 671 in run 2:
 (A) CLEAR (76 confirmed alone of 82 found): city members where the remark says the person moved, on any field, or a bare
     move verb on "Customer no.": "Record: Name: Reka Gilasen | Customer no.: C-01918 (lives in Alta now) | Town: Tønsberg"
     -> city "Tønsberg" (expected Alta); "Customer no.: C-00878 (customer relocated: Risør) | Town: Oslo" -> "Oslo";
     "Town: Bergen / Customer no.: C-44441 (guest relocated: Tønsberg)" -> "Bergen"; "(new address: X)", "(now living in X)",
     "(home now X)", "Customer no.: ... (flyttet til X)", "(se mudó a X)", "(umgezogen nach X)", "(déménagé à X)".
 (B) ARGUABLE (595 confirmed alone of 603 found, r188_arguable): the same glue where the remark may concern the field it is
     glued to or names no change: "Card no.: **** 6645 (relocated to Vardø)", "Room: 399 (muutti: Alta)", "Order no.:
     053869 (déménagé à X)", "(now: X)", "(new: X)", "(neu: X)", "(ny: X)", "(upd. X)", "[X]", "→ X", "» X", "⇒ X"; contact
     persons ("Order no.: 607591 (handed over to Noka Vufalund) / Contact: Nore Nafaberg" -> Nore Nafaberg; "(now handled by
     X)", "(taken over by X)", "(übernommen von X)", "(successor: X)"); booking refs ("Ref: K83080 (upd. C25E72)", "(rebooked:
     X)", "(umgebucht: X)"); "Room: 175 / x@y.no" beside "Email:"; a second city under "Adresse:"; "Contact role: manager"
     beside "Manager: X"; "City role: Venue"/"City type: venue" beside "Venue: X".
  Edges: "(moved: X)", "(moved to X)" (1 of 72), "(city now X)", "(new city: X)", "(new contact: X)", "(replaced by X)" for contacts,
  "(new booking: X)", "-> X" and ", since May: X" were never stored; phone and date members never.
Adds its probes to probe_kit.P."""
import random as r188_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r188_random.Random(188)
r188_arguable = set()
r188_found_alone = set()
r188_pairs, r188_singles, r188_safe = [], [], []
r188_seen = set()
r188_C1 = "bdfgklmnprstvz"
r188_V1 = "aeiou"


def r188_word(k):
    return "".join(R.choice(r188_C1) + R.choice(r188_V1) for _ in range(k))


def r188_nm():
    while True:
        n = r188_word(2).capitalize() + " " + r188_word(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal"])
        if n not in r188_seen:
            r188_seen.add(n)
            return n


def r188_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r188_arguable.add(id)
    {"pair": r188_pairs, "single": r188_singles, "safe": r188_safe, "base": []}[kind].append(id)


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


r188_CITIES = ["Oslo", "Bergen", "Tromsø", "Stavanger", "Drammen", "Hamar", "Molde", "Bodø", "Skien", "Arendal",
               "Lillehammer", "Gjøvik", "Harstad", "Kongsberg", "Larvik", "Halden", "Narvik", "Alta", "Ålesund",
               "Sandefjord", "Tønsberg", "Moss", "Florø", "Voss", "Odda", "Risør", "Steinkjer", "Vardø"]


def r188_city():
    return R.choice(r188_CITIES)


# kinds: key, description (or None), question words, value generator, own labels
r188_KINDS = {
    "phone": ("phone", None, "phone", lambda: "+47 %s %s %s" % (R.choice("49") + d(2), d(2), d(3)),
              ["Phone", "Tel.", "Mobile", "Telefon", "Tlf.", "Phone number"]),
    "email": ("email", None, "email", lambda: "%s.%s@%s.no" % (r188_word(2), r188_word(2), r188_word(3)),
              ["Email", "E-mail", "E-post", "Email address"]),
    "city": ("city", None, "city", r188_city, ["City", "Town", "By", "Stadt", "Ville", "Ciudad"]),
    "booking_ref": ("booking_ref", "booking reference", "booking reference",
                    lambda: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                    ["Booking ref", "Booking reference", "Ref", "Bookingnr.", "PNR", "Buchungsnr."]),
    "invoice_number": ("invoice_number", None, "invoice number", lambda: "INV-%s" % d(4),
                       ["Invoice no.", "Invoice number", "Fakturanr.", "Rechnungsnr.", "Invoice"]),
    "order_no": ("order_no", "order number", "order number", lambda: str(R.randint(10000, 99999)),
                 ["Order no.", "Order number", "Ordrenr.", "Bestellnr.", "Order"]),
    "amount": ("amount", None, "amount", lambda: "%d.%02d" % (R.randint(100, 9000), R.choice([0, 50, 95])),
               ["Amount", "Beløp", "Betrag", "Montant", "Sum"]),
    "date": ("date", "appointment date", "appointment date",
             lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
             ["Date", "Appointment", "Dato", "Termin", "Appointment date"]),
    "contact": ("contact_person", None, "contact person", None,
                ["Contact person", "Contact", "Kontaktperson", "Ansprechpartner"]),
}

# other fields a record holds (no member), some marker-like
r188_EXTRA = [("Room", lambda: str(R.randint(100, 499))), ("Seat", lambda: "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))),
              ("Customer no.", lambda: "C-%s" % d(5)), ("Note", lambda: "VIP"),
              ("Source", lambda: "web form"), ("Subject", lambda: "Contact details"),
              ("Message", lambda: "Please call after 16"), ("Card no.", lambda: "**** %s" % d(4)),
              ("Text", lambda: "see below"), ("Ref", lambda: "K%s" % d(5)), ("Order no.", lambda: str(R.randint(10000, 99999))),
              ("Booking ref", lambda: "BK%s" % d(4)), ("Email", lambda: "%s@%s.no" % (r188_word(2), r188_word(2)))]


def r188_gen(kind, nm=None):
    g = r188_KINDS[kind][3]
    if g is None:
        return r188_nm()
    return g()


def r188_val2(kind, old, nm=None):
    while True:
        v = r188_gen(kind)
        if v != old:
            return v


def r188_json_val(kind, v):
    if kind == "amount":
        return float(v)
    return v


def r188_schema(kind, with_extra=None):
    key, desc, q, g, labels = r188_KINDS[kind]
    props = {"name": "string", key: "number" if kind == "amount" else "string"}
    descs = {key: desc} if desc else {}
    return S(props, descs)


def r188_ins(kind, variant=0):
    q = r188_KINDS[kind][2]
    return ["Extract name and %s as JSON." % q,
            "Return the name and the %s as a JSON object." % q,
            "From the record below, extract the name and %s as JSON." % q][variant]


# ------------------------------------------------------------------ layouts
def r188_yk(label):
    return "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_").replace("__", "_")


def r188_render(lay, items, nm):
    """items: list of (label, value) or ("", raw line)."""
    if lay == "L":
        return "Text:\n" + "".join((("%s: %s" % (a, b)) if a else b) + "\n" for a, b in items)
    if lay == "O":
        return "Record: " + " | ".join((("%s: %s" % (a, b)) if a else b) for a, b in items) + "\n"
    if lay == "Y":
        out = "```yaml\n"
        for a, b in items:
            if a:
                out += "%s: %s\n" % (r188_yk(a), b)
            else:
                out += "# %s\n" % b
        return out + "```\n"
    if lay == "E":
        body = "".join((("%s: %s" % (a, b)) if a else b) + "\n" for a, b in items)
        return ("Here is the email:\nFrom: %s <%s@%s.no>\nSubject: My details\n\nHi,\n\nhere are my details:\n\n%s\nBest regards,\n%s\n"
                % (nm, r188_word(2), r188_word(2), body, nm))
    if lay == "T":
        fl = [(a, b) for a, b in items if a]
        return "Text:\n| " + " | ".join(a for a, b in fl) + " |\n|" + "---|" * len(fl) + "\n| " + \
            " | ".join(b for a, b in fl) + " |\n" + "".join(b + "\n" for a, b in items if not a)
    raise ValueError(lay)


# update line styles: (template for a line after the field, arguable?)  {L}=member label, {n}=new value, {o}=old
r188_UPD_LINE = [
    ("New: {n}", False), ("Updated: {n}", False), ("Corrected: {n}", False), ("Now: {n}", False),
    ("Changed to: {n}", False), ("Ny: {n}", False), ("Neu: {n}", False), ("Nouveau: {n}", False),
    ("Nuevo: {n}", False), ("Uusi: {n}", False), ("EDIT: {q} is now {n}", False), ("New {q}: {n}", False),
    ("Updated {q}: {n}", False), ("Correction: {n}", False), ("Update: {n}", False), ("UPD: {n}", False),
    ("-> {n}", False), ("Neue: {n}", False), ("Nytt: {n}", False), ("Actual: {n}", False),
    ("Current: {n}", False), ("Since May: {n}", False), ("From 1 June: {n}", False), ("Moved to: {n}", False),
    ("Now reachable at: {n}", False), ("Please use: {n}", False), ("Use instead: {n}", False),
    ("Replaced by: {n}", False), ("Rettet: {n}", False), ("Geändert: {n}", False), ("Modifié: {n}", False),
    ("Cambiado a: {n}", False), ("Muutettu: {n}", False), ("Nieuw: {n}", False), ("Nowy: {n}", False),
]
# in-field strike styles (the member's field value), expected the new one
r188_STRIKE = [
    ("~~{o}~~ {n}", False), ("<del>{o}</del> {n}", False), ("<s>{o}</s> {n}", False), ("{o} (old) {n}", False),
    ("{o} → {n}", False), ("{o} -> {n}", False), ("was {o}, now {n}", False), ("{n} (formerly {o})", False),
    ("{n} (was {o})", False), ("{n}, previously {o}", False), ("~{o}~ {n}", False), ("{o} => {n}", False),
    ("{n} (before: {o})", False), ("{o} ⟶ {n}", False), ("{n} [old: {o}]", False), ("{o}; new: {n}", False),
    ("{o} / now {n}", False), ("{o}, changed to {n}", False), ("{o} (updated: {n})", False),
    ("{n} (alt: {o})", True), ("{n} ~~{o}~~", False), ("[-{o}-] {+{n}+}", False), ("{--{o}--}{++{n}++}", False),
    ("{o} ersetzt durch {n}", False), ("{o} erstattet med {n}", False), ("{o} remplacé par {n}", False),
    ("ehemals {o}, jetzt {n}", False), ("tidligere {o}, nå {n}", False),
]


def r188_fill(t, o, n, q):
    return t.replace("{o}", o).replace("{n}", n).replace("{q}", q)


r188_j = [0]


def r188_id(part, kind, lay):
    r188_j[0] += 1
    return "d188-%s-%s-%d-%s" % (part, kind, r188_j[0], lay)


def r188_answer(nm, kind, v):
    return {"name": nm, r188_KINDS[kind][0]: r188_json_val(kind, v)}


def r188_base_items(nm, kind, old, extras, lab):
    items = [("Name", nm)]
    pos = R.randint(0, len(extras))
    ex = list(extras)
    ex.insert(pos, (lab, old))
    return items + ex


def r188_extras(k):
    ex = R.sample(r188_EXTRA, k)
    return [(a, g()) for a, g in ex]


# ---------------------------------------------------------------- part 1: an update line after the field (pairs + singles)
def r188_part_upd():
    for kind in r188_KINDS:
        q = r188_KINDS[kind][2]
        for (tpl, arg) in r188_UPD_LINE:
            for lay in ("L", "O", "Y", "E", "T"):
                if lay == "T" and R.random() < 0.5:
                    continue
                nm = r188_nm()
                lab = R.choice(r188_KINDS[kind][4])
                old = r188_gen(kind)
                new = r188_val2(kind, old)
                extras = r188_extras(R.randint(0, 2))
                items = r188_base_items(nm, kind, old, extras, lab)
                ins = r188_ins(kind, R.randint(0, 2))
                sch = r188_schema(kind)
                b = r188_render(lay, items, nm)
                upd = r188_fill(tpl, old, new, q)
                # where the update line goes: right after the field (0), at the end (1), or the line above (2)
                where = R.choice([0, 0, 1, 2])
                fi = items.index((lab, old))
                vi = list(items)
                if where == 0:
                    vi.insert(fi + 1, ("", upd))
                elif where == 1:
                    vi.append(("", upd))
                else:
                    vi.insert(fi, ("", upd))
                v = r188_render(lay, vi, nm)
                bid = r188_id("up", "b", lay)
                r188_add("base", bid, "r188_up_base", ins + "\n\n" + b, sch, r188_answer(nm, kind, old),
                         [r188_answer(nm, kind, old)])
                a2 = arg or where == 2
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_up", ins + "\n\n" + v, sch,
                         r188_answer(nm, kind, new), [r188_answer(nm, kind, new)] * 3, arg=a2)
                # single: a fresh record with the update, the model first gives the old value
                nm3 = r188_nm()
                v3 = v.replace(nm, nm3)
                r188_add("single", r188_id("up", "s", lay), "r188_up_single", ins + "\n\n" + v3, sch,
                         r188_answer(nm3, kind, new), [r188_answer(nm3, kind, old)] + [r188_answer(nm3, kind, new)] * 2,
                         arg=a2)


# ---------------------------------------------------------------- part 2: struck-out old value in the field
def r188_part_strike():
    for kind in r188_KINDS:
        q = r188_KINDS[kind][2]
        if kind == "amount":
            continue
        for (tpl, arg) in r188_STRIKE:
            for lay in ("L", "O", "Y", "E", "T"):
                if lay in ("T", "Y") and R.random() < 0.4:
                    continue
                nm = r188_nm()
                lab = R.choice(r188_KINDS[kind][4])
                old = r188_gen(kind)
                new = r188_val2(kind, old)
                extras = r188_extras(R.randint(0, 2))
                items = r188_base_items(nm, kind, old, extras, lab)
                ins = r188_ins(kind, R.randint(0, 2))
                sch = r188_schema(kind)
                b = r188_render(lay, items, nm)
                fi = items.index((lab, old))
                vi = list(items)
                vi[fi] = (lab, r188_fill(tpl, old, new, q))
                v = r188_render(lay, vi, nm)
                bid = r188_id("st", "b", lay)
                r188_add("base", bid, "r188_st_base", ins + "\n\n" + b, sch, r188_answer(nm, kind, old),
                         [r188_answer(nm, kind, old)])
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_st", ins + "\n\n" + v, sch,
                         r188_answer(nm, kind, new), [r188_answer(nm, kind, new)] * 3, arg=arg)
                # the base has the strike with the NEW value stored; the variant swaps which is struck
                # base2: "~~o~~ n" (answer n), variant "~~n~~ o" (answer o)
                nm2 = r188_nm()
                items2 = [(a, b_.replace(nm, nm2)) for a, b_ in vi]
                b2 = r188_render(lay, items2, nm2)
                items3 = list(items2)
                items3[fi] = (lab, r188_fill(tpl, new, old, q))
                v2 = r188_render(lay, items3, nm2)
                bid2 = r188_id("sw", "b", lay)
                r188_add("base", bid2, "r188_sw_base", ins + "\n\n" + b2, sch, r188_answer(nm2, kind, new),
                         [r188_answer(nm2, kind, new)])
                r188_add("pair", bid2.replace("-b-", "-v-"), "r188_sw", ins + "\n\n" + v2, sch,
                         r188_answer(nm2, kind, old), [r188_answer(nm2, kind, old)] * 3, arg=arg)
                # single: the model copies the struck value
                nm3 = r188_nm()
                v3 = v.replace(nm, nm3)
                r188_add("single", r188_id("st", "s", lay), "r188_st_single", ins + "\n\n" + v3, sch,
                         r188_answer(nm3, kind, new), [r188_answer(nm3, kind, old)] + [r188_answer(nm3, kind, new)] * 2,
                         arg=arg)


# ---------------------------------------------------------------- part 3: which of two is marked new / old (label swap)
r188_MARK = [("Old {L}", "New {L}"), ("Previous {L}", "Current {L}"), ("{L} (old)", "{L} (new)"),
             ("Former {L}", "New {L}"), ("Gammel {L}", "Ny {L}"), ("Alte {L}", "Neue {L}"),
             ("{L} until 31 May", "{L} from 1 June"), ("{L} (valid until 2026-05-31)", "{L} (valid from 2026-06-01)"),
             ("{L} (superseded)", "{L} (current)"), ("{L} (replaced)", "{L} (replacement)")]


def r188_part_mark():
    for kind in r188_KINDS:
        for (olab, nlab) in r188_MARK:
            for lay in ("L", "O", "Y", "T"):
                nm = r188_nm()
                lab = R.choice(r188_KINDS[kind][4])
                a = r188_gen(kind)
                bb = r188_val2(kind, a)
                ins = r188_ins(kind, R.randint(0, 2))
                sch = r188_schema(kind)
                ex = r188_extras(R.randint(0, 1))
                # base: "L: a" + "Old L: bb"  -> a ; variant "L: a" + "New L: bb" -> bb
                base = [("Name", nm), (lab, a), (olab.replace("{L}", lab), bb)] + ex
                var = [("Name", nm), (lab, a), (nlab.replace("{L}", lab), bb)] + ex
                bid = r188_id("mk", "b", lay)
                r188_add("base", bid, "r188_mk_base", ins + "\n\n" + r188_render(lay, base, nm), sch,
                         r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_mk", ins + "\n\n" + r188_render(lay, var, nm), sch,
                         r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=True)
                # base 2: both marked: "Old L: a" / "New L: bb" -> bb; variant swaps the marks -> a
                nm2 = r188_nm()
                base2 = [("Name", nm2), (olab.replace("{L}", lab), a), (nlab.replace("{L}", lab), bb)] + ex
                var2 = [("Name", nm2), (nlab.replace("{L}", lab), a), (olab.replace("{L}", lab), bb)] + ex
                bid2 = r188_id("mx", "b", lay)
                r188_add("base", bid2, "r188_mx_base", ins + "\n\n" + r188_render(lay, base2, nm2), sch,
                         r188_answer(nm2, kind, bb), [r188_answer(nm2, kind, bb)])
                r188_add("pair", bid2.replace("-b-", "-v-"), "r188_mx", ins + "\n\n" + r188_render(lay, var2, nm2), sch,
                         r188_answer(nm2, kind, a), [r188_answer(nm2, kind, a)] * 3)
                # single: the old-marked value taken
                nm3 = r188_nm()
                r188_add("single", r188_id("mx", "s", lay), "r188_mx_single",
                         ins + "\n\n" + r188_render(lay, [(x, y.replace(nm2, nm3)) for x, y in base2], nm3), sch,
                         r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2)


# ---------------------------------------------------------------- part 4: two members; the update moves between them,
# or two records and the update in the other record
r188_PAIRS2 = [("phone", "email"), ("city", "phone"), ("email", "booking_ref"), ("order_no", "invoice_number"),
               ("booking_ref", "city"), ("date", "city"), ("contact", "phone"), ("invoice_number", "amount")]


def r188_part_two():
    for (k1, k2) in r188_PAIRS2:
        key1, key2 = r188_KINDS[k1][0], r188_KINDS[k2][0]
        q1, q2 = r188_KINDS[k1][2], r188_KINDS[k2][2]
        props = {"name": "string", key1: "number" if k1 == "amount" else "string",
                 key2: "number" if k2 == "amount" else "string"}
        descs = {}
        for k in (k1, k2):
            if r188_KINDS[k][1]:
                descs[r188_KINDS[k][0]] = r188_KINDS[k][1]
        sch = S(props, descs)
        ins = "Extract name, %s and %s as JSON." % (q1, q2)
        for (tpl, arg) in r188_UPD_LINE[:20]:
            for lay in ("L", "O", "Y", "E"):
                nm = r188_nm()
                l1 = R.choice(r188_KINDS[k1][4])
                l2 = R.choice(r188_KINDS[k2][4])
                v1, v2 = r188_gen(k1), r188_gen(k2)
                n1 = r188_val2(k1, v1)
                items = [("Name", nm), (l1, v1), (l2, v2)]
                ans = {"name": nm, key1: r188_json_val(k1, v1), key2: r188_json_val(k2, v2)}
                ans_n = dict(ans)
                ans_n[key1] = r188_json_val(k1, n1)
                bid = r188_id("tw", "b", lay)
                r188_add("base", bid, "r188_tw_base", ins + "\n\n" + r188_render(lay, items, nm), sch, ans, [ans])
                # variant A: the update of member 1 written below member 2's field
                upd = r188_fill(tpl, v1, n1, q1)
                vi = items + [("", upd)]
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_tw", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                         ans_n, [ans_n] * 3, arg=True if "{q}" not in tpl else arg)
                # single: the model gives member 1's update value to member 2's... (wrong member) when kinds share form
                nm3 = r188_nm()
                vi3 = [("Name", nm3), (l1, v1), ("", upd), (l2, v2)]
                a3 = dict(ans_n, name=nm3)
                bad = dict(ans, name=nm3)  # old value of member 1
                r188_add("single", r188_id("tw", "s", lay), "r188_tw_single",
                         ins + "\n\n" + r188_render(lay, vi3, nm3), sch, a3, [bad, a3, a3], arg=arg)
                # two records: update line in the OTHER record's block (expected unchanged: safe-like pair)
                if lay in ("L", "Y"):
                    nmo = r188_nm()
                    o1, o2 = r188_gen(k1), r188_gen(k2)
                    on1 = r188_val2(k1, o1)
                    recs_b = "Text:\nName: %s\n%s: %s\n%s: %s\n\nName: %s\n%s: %s\n%s: %s\n" % (
                        nm, l1, v1, l2, v2, nmo, l1, o1, l2, o2)
                    ins2 = "Extract name, %s and %s of %s as JSON." % (q1, q2, nm)
                    bid2 = r188_id("rr", "b", "L")
                    r188_add("base", bid2, "r188_rr_base", ins2 + "\n\n" + recs_b, sch, ans, [ans])
                    recs_v = "Text:\nName: %s\n%s: %s\n%s: %s\n\nName: %s\n%s: %s\n%s\n%s: %s\n" % (
                        nm, l1, v1, l2, v2, nmo, l1, o1, r188_fill(tpl, o1, on1, q1), l2, o2)
                    r188_add("safe", bid2.replace("-b-", "-f-"), "r188_rr_safe", ins2 + "\n\n" + recs_v, sch, ans,
                             [ans] * 3)
                    # update moved into the asked record (pair): expected new
                    recs_v2 = "Text:\nName: %s\n%s: %s\n%s\n%s: %s\n\nName: %s\n%s: %s\n%s: %s\n" % (
                        nm, l1, v1, r188_fill(tpl, v1, n1, q1), l2, v2, nmo, l1, o1, l2, o2)
                    r188_add("pair", bid2.replace("-b-", "-v-"), "r188_rr", ins2 + "\n\n" + recs_v2, sch, ans_n,
                             [ans_n] * 3, arg=arg)
                    # single: the asked record's value taken from the other record's update line
                    nm4, nmo4 = r188_nm(), r188_nm()
                    recs_s = "Text:\nName: %s\n%s: %s\n%s: %s\n\nName: %s\n%s: %s\n%s\n%s: %s\n" % (
                        nm4, l1, v1, l2, v2, nmo4, l1, o1, r188_fill(tpl, o1, on1, q1), l2, o2)
                    ins4 = "Extract name, %s and %s of %s as JSON." % (q1, q2, nm4)
                    good = dict(ans, name=nm4)
                    bad4 = dict(good)
                    bad4[key1] = r188_json_val(k1, on1)
                    r188_add("single", r188_id("rr", "s", "L"), "r188_rr_single", ins4 + "\n\n" + recs_s, sch, good,
                             [bad4, good, good])


# ---------------------------------------------------------------- part 5: superseded / replaces / e-mail and ref lines
def r188_part_sup():
    forms = [("Superseded by: {n}", "o", True), ("Replaced by: {n}", "o", True), ("Replaces: {n}", "o", False),
             ("Supersedes: {n}", "o", False), ("Corrects: {n}", "o", False), ("Credit note for: {n}", "o", True),
             ("Ersetzt: {n}", "o", False), ("Erstatter: {n}", "o", False), ("Previous: {n}", "o", False),
             ("Cancelled and reissued as: {n}", "o", True), ("See new invoice: {n}", "o", True)]
    for kind in ("invoice_number", "order_no", "booking_ref"):
        for (tpl, _, arg) in forms:
            for lay in ("L", "O", "Y", "E"):
                nm = r188_nm()
                lab = R.choice(r188_KINDS[kind][4])
                a = r188_gen(kind)
                bb = r188_val2(kind, a)
                ins = r188_ins(kind, R.randint(0, 2))
                sch = r188_schema(kind)
                items = [("Name", nm), (lab, a)] + r188_extras(R.randint(0, 1))
                line = tpl.replace("{n}", bb)
                vi = list(items)
                vi.insert(2, ("", line))
                # single: the model gives the code on the reference line
                r188_add("single", r188_id("su", "s", lay), "r188_su_single", ins + "\n\n" + r188_render(lay, vi, nm),
                         sch, r188_answer(nm, kind, a), [r188_answer(nm, kind, bb)] + [r188_answer(nm, kind, a)] * 2,
                         arg=arg)
                # pair: base "Invoice no.: a / Replaces: bb" (answer a), variant "Invoice no.: a / Replaced by: bb"
                nm2 = r188_nm()
                if tpl.startswith("Replaces") or tpl.startswith("Supersedes") or tpl.startswith("Previous"):
                    other = {"Replaces": "Replaced by", "Supersedes": "Superseded by", "Previous": "Next"}[tpl.split(":")[0]]
                    b_items = [("Name", nm2), (lab, a), ("", line)]
                    v_items = [("Name", nm2), (lab, a), ("", other + ": " + bb)]
                    bid = r188_id("sx", "b", lay)
                    r188_add("base", bid, "r188_sx_base", ins + "\n\n" + r188_render(lay, b_items, nm2), sch,
                             r188_answer(nm2, kind, a), [r188_answer(nm2, kind, a)])
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_sx", ins + "\n\n" + r188_render(lay, v_items, nm2),
                             sch, r188_answer(nm2, kind, bb), [r188_answer(nm2, kind, bb)] * 3, arg=True)


# ---------------------------------------------------------------- part 6: e-mail / marker lines as the changed field
def r188_part_marker():
    mk = [("Email", "New email"), ("E-mail", "Updated e-mail"), ("Email", "Ny e-post"), ("Email", "Neue E-Mail"),
          ("Email", "Email (new)"), ("Email", "Changed email"), ("Email", "Corrected email"), ("Email", "Email now")]
    for (lab, nlab) in mk:
        for lay in ("L", "O", "Y", "E", "T"):
            for rep in range(3):
                nm = r188_nm()
                a = r188_gen("email")
                bb = r188_val2("email", a)
                ins = r188_ins("email", R.randint(0, 2))
                sch = r188_schema("email")
                pre = r188_extras(R.randint(0, 2))
                items = [("Name", nm)] + pre + [(lab, a)]
                if rep == 1:
                    items = [("Name", nm), (lab, a)] + pre
                bid = r188_id("em", "b", lay)
                r188_add("base", bid, "r188_em_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                         r188_answer(nm, "email", a), [r188_answer(nm, "email", a)])
                fi = items.index((lab, a))
                vi = list(items)
                vi.insert(fi + 1, (nlab, bb))
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_em", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                         r188_answer(nm, "email", bb), [r188_answer(nm, "email", bb)] * 3)
                nm3 = r188_nm()
                r188_add("single", r188_id("em", "s", lay), "r188_em_single",
                         ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                         r188_answer(nm3, "email", bb), [r188_answer(nm3, "email", a)] + [r188_answer(nm3, "email", bb)] * 2)
    # booking ref / order no. lines changed
    for kind, nlabs in (("booking_ref", ["New booking ref", "Rebooked as", "Booking ref (new)", "Ny bookingref"]),
                        ("order_no", ["New order no.", "Re-ordered as", "Order no. (new)", "Neue Bestellnr."])):
        for nlab in nlabs:
            for lay in ("L", "O", "Y", "E", "T"):
                for rep in range(2):
                    nm = r188_nm()
                    lab = R.choice(r188_KINDS[kind][4])
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, R.randint(0, 2))
                    sch = r188_schema(kind)
                    items = [("Name", nm), (lab, a)] + r188_extras(R.randint(0, 2))
                    bid = r188_id("rf", "b", lay)
                    r188_add("base", bid, "r188_rf_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    vi = list(items)
                    vi.insert(2, (nlab, bb))
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_rf", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3)
                    nm3 = r188_nm()
                    r188_add("single", r188_id("rf", "s", lay), "r188_rf_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2)


# ---------------------------------------------------------------- part 7: safe variants
def r188_part_safe():
    for kind in r188_KINDS:
        for lay in ("L", "O", "Y", "E"):
            for rep in range(6):
                nm = r188_nm()
                lab = R.choice(r188_KINDS[kind][4])
                a = r188_gen(kind)
                ins = r188_ins(kind, 0)
                sch = r188_schema(kind)
                room = str(R.randint(100, 499))
                items = [("Name", nm), (lab, a), ("Room", room)]
                bid = r188_id("sf", "b", lay)
                ans = r188_answer(nm, kind, a)
                r188_add("base", bid, "r188_sf_base", ins + "\n\n" + r188_render(lay, items, nm), sch, ans, [ans])
                if rep == 0:
                    vi = items + [("", "New room: %d" % (int(room) + 2))]
                elif rep == 1:
                    vi = [("Name", nm), (lab, a), ("Room", "~~%s~~ %d" % (room, int(room) + 2))]
                elif rep == 2:
                    vi = items + [("", "Checked by front desk.")]
                elif rep == 3:
                    vi = [("Name", nm), ("Room", room), (lab, a)]
                elif rep == 4:
                    vi = [("Name", nm), (lab, a), ("Room", room + " (was %d)" % (int(room) - 3))]
                else:
                    vi = items
                    ins = r188_ins(kind, 1)
                r188_add("safe", bid.replace("-b-", "-f-"), "r188_sf", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                         ans, [ans] * 3)


r188_part_upd()
r188_part_strike()
r188_part_mark()
r188_part_two()
r188_part_sup()
r188_part_marker()
r188_part_safe()


# ---------------------------------------------------------------- part 8 (second pass): records the gate stores (line and
# one-line records, English labels): a second value under a label of no member, then the same line relabelled as an update;
# added lines whose new value is not of a form the checks know; introductions above the first field
r188_NEUTRAL2 = {
    "city": ["Office", "Branch", "Birthplace", "Depot", "Hub", "Airport", "Hometown", "Origin", "Region", "Club",
             "Team", "Ward", "Venue", "Campus"],
    "contact": ["Assistant", "Deputy", "Manager", "Driver", "Guide", "Host", "Sales rep", "Approver", "Witness",
                "Nurse", "Coach", "Buddy"],
    "phone": ["Switchboard", "Fax", "Office line", "Reception"],
    "email": ["Cc", "Billing", "Support"],
}
r188_UPDL2 = ["Moved to", "New", "Now", "Current", "Since May", "Relocated to", "Updated", "Changed to", "From June",
              "Replaced by", "Handed over to", "Taken over by", "Now handled by", "Successor", "Forwarding", "Ny", "Neu",
              "Nouveau", "Nuevo", "Uusi", "Use", "Going forward", "As of today", "Effective 1 June", "Currently",
              "Actual", "Correct", "Corrected", "Right one", "Instead"]


def r188_part_relabel():
    for kind in ("city", "contact", "phone", "email"):
        key = r188_KINDS[kind][0]
        labs = {"city": ["City", "Town"], "contact": ["Contact person", "Contact"],
                "phone": ["Phone", "Mobile", "Tel."], "email": ["Email address", "Email"]}[kind]
        for nl in r188_NEUTRAL2[kind]:
            for ul in R.sample(r188_UPDL2, 12):
                for lay in ("L", "O"):
                    nm = r188_nm()
                    lab = R.choice(labs)
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, R.randint(0, 1))
                    sch = r188_schema(kind)
                    room = ("Room", str(R.randint(100, 499)))
                    order = R.randint(0, 1)
                    base = [("Name", nm), (lab, a), (nl, bb), room] if order == 0 else [("Name", nm), (nl, bb), (lab, a), room]
                    var = [(ul if x == nl else x, y) for x, y in base]
                    bid = r188_id("rl", "b", lay)
                    r188_add("base", bid, "r188_rl_base", ins + "\n\n" + r188_render(lay, base, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    arg = ul in ("Successor", "Forwarding", "Use", "Instead", "Right one", "Correct") or order == 1
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_rl", ins + "\n\n" + r188_render(lay, var, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=arg)
                    # single: the relabelled record served fresh, model first keeps the old value
                    nm3 = r188_nm()
                    r188_add("single", r188_id("rl", "s", lay), "r188_rl_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in var], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=arg)


r188_INTRO = [
    "Please register the guest below, who has since moved to {n}.",
    "Here is the member card; note that the member now lives in {n}:",
    "The card below is out of date: the city is {n} now.",
    "Please process the following record (city changed to {n} last week).",
    "Below is a record of a customer who relocated to {n} in May:",
    "Update from the front desk: {n} is the new city for this guest.",
    "Please process the following record for the customer now based in {n}.",
    "Heads up, the person below moved to {n} recently, the card was not updated:",
]
r188_INTRO_C = [
    "Please register the account below, now handled by {n}.",
    "Here is the customer card; note that {n} took over as contact person:",
    "The card below is out of date: the contact person is {n} now.",
    "Please process the following record (contact changed to {n} last week).",
    "Below is a record whose contact has been replaced by {n}:",
]
r188_BELOW = ["  now {n}", "  → {n}", "  ↳ {n}", "({n} since May)", "{n}", "→ {n}", "  (moved to {n})", "  new: {n}",
              "\t→ {n}", "^ now {n}", "↑ {n} now", "  > {n}", "* {n} (new)"]


def r188_part_intro():
    for kind, intros in (("city", r188_INTRO), ("contact", r188_INTRO_C)):
        labs = {"city": ["City", "Town"], "contact": ["Contact person", "Contact"]}[kind]
        for t in intros:
            for where in ("after", "before"):
                for rep in range(6):
                    nm = r188_nm()
                    lab = R.choice(labs)
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, 0)
                    sch = r188_schema(kind)
                    items = [("Name", nm), (lab, a), ("Room", str(R.randint(100, 499)))]
                    body = "".join("%s: %s\n" % it for it in items)
                    intro = t.replace("{n}", bb)
                    b = ins + "\n\nText:\n" + body
                    if where == "after":
                        v = ins + "\n\nText:\n" + intro + "\n" + body
                    else:
                        v = ins + "\n\n" + intro + "\n\nText:\n" + body
                    bid = r188_id("in", "b", "L")
                    r188_add("base", bid, "r188_in_base", b, sch, r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_in", v, sch, r188_answer(nm, kind, bb),
                             [r188_answer(nm, kind, bb)] * 3)
        for t in r188_BELOW:
            for lay in ("L", "O"):
                for rep in range(4):
                    nm = r188_nm()
                    lab = R.choice(labs)
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, 0)
                    sch = r188_schema(kind)
                    items = [("Name", nm), (lab, a), ("Room", str(R.randint(100, 499)))]
                    vi = [items[0], items[1], ("", t.replace("{n}", bb)), items[2]]
                    if rep == 3:
                        vi = [items[0], items[1], items[2], ("", t.replace("{n}", bb))]
                    bid = r188_id("bl", "b", lay)
                    r188_add("base", bid, "r188_bl_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_bl", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=(rep == 3))
                    nm3 = r188_nm()
                    r188_add("single", r188_id("bl", "s", lay), "r188_bl_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=(rep == 3))


r188_part_relabel()
r188_part_intro()


# ---------------------------------------------------------------- part 9 (third pass): the gate stores a second value under
# a noun of the record's own ("Office: Bergen", "Manager: Kari Lund"); labels that are such nouns and also say the member
# changed. For each candidate label Y: a base with Y (right answer, does the gate store it?), a pair "Office" -> Y, a single
# with Y where the model first keeps the old value.
r188_CAND = {
    "city": ["Destination", "Address", "Location", "Residence", "Home", "Site", "Base", "Station", "Stop", "Transfer",
             "Forwarding", "Move", "Relocation", "Domicile", "Lodging", "Stay", "Post", "Delivery", "Next", "Target",
             "Arrival", "Return", "Via", "Route", "Plan", "Future", "Upcoming", "Pending", "Revision", "Amendment",
             "Update", "Change", "Correction", "Version", "Edit", "Override", "Replacement", "Alternative", "Fallback",
             "Wohnort", "Bosted", "Adresse", "Umzug", "Flytting", "Résidence", "Residencia", "Asuinpaikka", "Seat",
             "Present", "Today", "Latest", "Last", "Final", "Primary", "Main", "Active", "Valid", "Effective",
             "Registered", "Official", "Mailing", "Postal", "New address", "Address change", "Forwarding address",
             "Moving", "Moved", "Relocated", "Headquarters", "HQ", "Workplace", "Work", "Employer", "School", "Hotel"],
    "contact": ["Replacement", "Successor", "Substitute", "Alternate", "Backup", "Proxy", "Delegate", "Agent",
                "Representative", "Owner", "Handler", "Keeper", "Holder", "Assignee", "Responsible", "Lead",
                "Supervisor", "Coordinator", "Liaison", "Caseworker", "Advisor", "Consultant", "Partner", "Guardian",
                "Vertreter", "Nachfolger", "Stellvertreter", "Etterfølger", "Erstatter", "Remplaçant", "Sustituto",
                "Seuraaja", "Sijainen", "Update", "Change", "Correction", "Revision", "Amendment", "Override", "Current",
                "Latest", "Active", "Primary", "Main", "Effective", "Present", "Now", "Next", "Future", "Pending",
                "Account manager", "Key account", "Handover", "Takeover", "Transfer", "Cover", "Relief", "Stand-in",
                "Interim", "Acting", "Temp", "Ansvarlig", "Zuständig", "Responsable", "Encargado", "Vastuuhenkilö",
                "Saksbehandler", "Sachbearbeiter", "Kontakt", "Officer", "Agent now", "Signatory", "Recipient"],
}


def r188_part_cand():
    for kind in ("city", "contact"):
        key = r188_KINDS[kind][0]
        labs = {"city": ["City"], "contact": ["Contact person"]}[kind]
        neutral = {"city": ["Office", "Branch", "Region", "Venue"], "contact": ["Manager", "Driver", "Host", "Nurse"]}[kind]
        for Y in r188_CAND[kind]:
            for lay in ("L", "O"):
                for rep in range(2):
                    nm = r188_nm()
                    lab = labs[0]
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, rep)
                    sch = r188_schema(kind)
                    room = ("Room", str(R.randint(100, 499)))
                    base = [("Name", nm), (lab, a), (R.choice(neutral), bb), room]
                    var = [("Name", nm), (lab, a), (Y, bb), room]
                    bid = r188_id("cd", "b", lay)
                    r188_add("base", bid, "r188_cd_base", ins + "\n\n" + r188_render(lay, base, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_cd", ins + "\n\n" + r188_render(lay, var, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=True)
                    nm2 = r188_nm()
                    # a right base with Y (does the gate store Y beside the member?)
                    r188_add("base", r188_id("cy", "b", lay), "r188_cy_base",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm2)) for x, y in var], nm2), sch,
                             r188_answer(nm2, kind, a), [r188_answer(nm2, kind, a)])
                    nm3 = r188_nm()
                    r188_add("single", r188_id("cd", "s", lay), "r188_cd_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in var], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=True)


r188_part_cand()


# ---------------------------------------------------------------- part 10 (fourth pass): updates the reader may not read as
# lines of the record: comments, footnotes, list marks, signature delimiters, lines after a fence, a repeated record, the
# member's own label with a free word, an update glued to a field of no member
r188_HIDE = [
    ("<!-- {q} is now {n} -->", False), ("[//]: # ({q} now {n})", True), ("% {q} now {n}", True),
    ("* {n} since May", False), ("- {n} (new)", False), ("• now {n}", False), ("+ {n}", True),
    ("-- \nUpdate: {q} is now {n}", True), ("---\nUpdate: {q} is now {n}", False),
    ("\n\n\n\nPS: {q} is now {n}", False), ("{L} (current): {n}", False), ("Current {L}: {n}", False),
    ("{l}: {n}", False), ("{L} : {n}", False), ("{L}:{n}", False), ("{L}: {n} (from 1 June)", False),
    ("{L} from 1 June: {n}", False), ("{L} 2026: {n}", False), ("{L} (2026): {n}", False), ("{L}²: {n}", True),
    ("{L} v2: {n}", False), ("{L} [updated]: {n}", False), ("{L} ✎: {n}", False), ("✎ {n}", False), ("↳ {n}", False),
    ("{L} (upd.): {n}", False), ("{L} (neu): {n}", False), ("{L} (ny): {n}", False), ("{L}, new: {n}", False),
    ("Record updated: {q} {n}", False), ("Last change: {q} -> {n}", False), ("Changelog: {q} {o} -> {n}", False),
    ("History: {o} (until May), {n} (since June)", False), ("Log: 2026-05-02 {q} set to {n}", False),
    ("Audit: {q} changed from {o} to {n}", False), ("Rev. 2: {n}", False), ("v2: {n}", False), ("2nd: {n}", True),
    ("(+) {n}", True), ("> {n}", True), (">> Updated: {n}", False), ("### Updated {q}: {n}", False),
    ("**New:** {n}", False), ("__{n}__ (new)", False), ("`{n}` (new)", False),
]


def r188_part_hide():
    for kind in ("city", "contact", "phone", "email", "order_no", "booking_ref", "date"):
        q = r188_KINDS[kind][2]
        labs = {"city": ["City", "Town"], "contact": ["Contact person", "Contact"], "phone": ["Phone", "Mobile"],
                "email": ["Email address", "Email"], "order_no": ["Order no."], "booking_ref": ["Booking ref"],
                "date": ["Appointment date", "Appointment"]}[kind]
        for (tpl, arg) in r188_HIDE:
            for lay in ("L", "O"):
                if lay == "O" and "\n" in tpl:
                    continue
                for rep in range(2):
                    nm = r188_nm()
                    lab = R.choice(labs)
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, rep)
                    sch = r188_schema(kind)
                    items = [("Name", nm), (lab, a), ("Room", str(R.randint(100, 499)))]
                    line = tpl.replace("{L}", lab).replace("{l}", lab.lower()).replace("{q}", q).replace(
                        "{n}", bb).replace("{o}", a)
                    vi = items + [("", line)] if rep == 0 else items[:2] + [("", line)] + items[2:]
                    bid = r188_id("hd", "b", lay)
                    r188_add("base", bid, "r188_hd_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_hd", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=arg)
                    nm3 = r188_nm()
                    r188_add("single", r188_id("hd", "s", lay), "r188_hd_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=arg)
        # a repeated record: the same person twice, the second block with the member updated
        for lay in ("L",):
            for rep in range(8):
                nm = r188_nm()
                lab = R.choice(labs)
                a = r188_gen(kind)
                bb = r188_val2(kind, a)
                ins = r188_ins(kind, rep % 2)
                sch = r188_schema(kind)
                room = str(R.randint(100, 499))
                b = ins + "\n\nText:\nName: %s\n%s: %s\nRoom: %s\n" % (nm, lab, a, room)
                hdr = ["", "Updated record:\n", "Version 2:\n", "--- updated 2026-05-02 ---\n"][rep % 4]
                v = b + "\n" + hdr + "Name: %s\n%s: %s\nRoom: %s\n" % (nm, lab, bb, room)
                bid = r188_id("rp", "b", lay)
                r188_add("base", bid, "r188_rp_base", b, sch, r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_rp", v, sch, r188_answer(nm, kind, bb),
                         [r188_answer(nm, kind, bb)] * 3, arg=(hdr == ""))
                nm3 = r188_nm()
                r188_add("single", r188_id("rp", "s", lay), "r188_rp_single", v.replace(nm, nm3), sch,
                         r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                         arg=(hdr == ""))


r188_part_hide()


# ---------------------------------------------------------------- part 11 (fifth pass): the name itself updated (new name,
# married name, corrected spelling), and a field of no member in words only that moves the member to another field's value
r188_NAMEUPD = [("New name: {n}", False), ("Name (new): {n}", False), ("Married name: {n}", True),
                ("Name changed to: {n}", False), ("Corrected name: {n}", False), ("Correct spelling: {n}", False),
                ("Now: {n}", False), ("Legal name: {n}", True), ("Name since 2026: {n}", False),
                ("Neuer Name: {n}", False), ("Nytt navn: {n}", False), ("Nouveau nom: {n}", False),
                ("Formerly: {o}", False), ("Previously: {o}", False), ("née {o}", False)]


def r188_part_name():
    for (tpl, arg) in r188_NAMEUPD:
        for lay in ("L", "O"):
            for rep in range(6):
                kind = R.choice(["city", "phone", "email"])
                key = r188_KINDS[kind][0]
                nm = r188_nm()
                nm_new = nm.split()[0] + " " + r188_nm().split()[1]
                lab = r188_KINDS[kind][4][0]
                a = r188_gen(kind)
                ins = r188_ins(kind, rep % 2)
                sch = r188_schema(kind)
                items = [("Name", nm), (lab, a), ("Room", str(R.randint(100, 499)))]
                if "{o}" in tpl:
                    # the name field holds the new name; the line gives the old one
                    b_items = [("Name", nm_new), (lab, a), items[2]]
                    v_items = [("Name", nm_new), ("", tpl.replace("{o}", nm)), (lab, a), items[2]]
                    bid = r188_id("nu", "b", lay)
                    r188_add("base", bid, "r188_nu_base", ins + "\n\n" + r188_render(lay, b_items, nm_new), sch,
                             {"name": nm_new, key: a}, [{"name": nm_new, key: a}])
                    # single: the model gives the old name
                    r188_add("single", r188_id("nu", "s", lay), "r188_nu_single",
                             ins + "\n\n" + r188_render(lay, v_items, nm_new), sch, {"name": nm_new, key: a},
                             [{"name": nm, key: a}, {"name": nm_new, key: a}, {"name": nm_new, key: a}], arg=arg)
                    continue
                line = tpl.replace("{n}", nm_new)
                vi = [items[0], ("", line), items[1], items[2]] if rep % 2 == 0 else items + [("", line)]
                bid = r188_id("nu", "b", lay)
                r188_add("base", bid, "r188_nu_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                         {"name": nm, key: a}, [{"name": nm, key: a}])
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_nu", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                         {"name": nm_new, key: a}, [{"name": nm_new, key: a}] * 3, arg=arg)
                r188_add("single", r188_id("nu", "s", lay), "r188_nu_single", ins + "\n\n" + r188_render(lay, vi, nm),
                         sch, {"name": nm_new, key: a}, [{"name": nm, key: a}] + [{"name": nm_new, key: a}] * 2, arg=arg)


r188_POINT = [("Moved: to office", "city", "Office"), ("Relocated: yes, to the office town", "city", "Office"),
              ("Lives at: branch", "city", "Branch"), ("Home: same as office", "city", "Office"),
              ("Reach via: manager", "contact", "Manager"), ("Handled by: manager", "contact", "Manager"),
              ("Calls go to: host", "contact", "Host"), ("Primary: manager", "contact", "Manager"),
              ("Contact role: manager", "contact", "Manager"), ("Takes over: manager", "contact", "Manager")]


def r188_part_point():
    for (line, kind, nl) in r188_POINT:
        for lay in ("L", "O"):
            for rep in range(6):
                key = r188_KINDS[kind][0]
                nm = r188_nm()
                lab = r188_KINDS[kind][4][0]
                a = r188_gen(kind)
                bb = r188_val2(kind, a)
                ins = r188_ins(kind, rep % 2)
                sch = r188_schema(kind)
                items = [("Name", nm), (lab, a), (nl, bb), ("Room", str(R.randint(100, 499)))]
                vi = items + [("", line)] if rep < 3 else items[:3] + [("", line)] + items[3:]
                bid = r188_id("pt", "b", lay)
                r188_add("base", bid, "r188_pt_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                         r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                r188_add("pair", bid.replace("-b-", "-v-"), "r188_pt", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                         r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=True)
                nm3 = r188_nm()
                r188_add("single", r188_id("pt", "s", lay), "r188_pt_single",
                         ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                         r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                         arg=True)


r188_part_name()
r188_part_point()


# ---------------------------------------------------------------- part 12 (sixth pass): the update glued into a field of no
# member ("Room: 278; new: +47 ...", "Seat: 12A → new phone +47 ...") in line and one-line records
r188_GLUE = ["{r}; new: {n}", "{r} / {n}", "{r} ({n} new)", "{r} → {n}", "{r}, {q} now {n}", "{r} | New: {n}",
             "{r} ~~{o}~~ {n}", "{r} (upd. {n})", "{r}\t{n}", "{r} [{n}]", "{r} *{n}*", "{r} ({q}: {n})"]


def r188_part_glue():
    for kind in ("phone", "email", "order_no", "booking_ref", "city", "contact", "date"):
        q = r188_KINDS[kind][2]
        lab = r188_KINDS[kind][4][0]
        for t in r188_GLUE:
            for lay in ("L", "O"):
                for rep in range(3):
                    nm = r188_nm()
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, rep % 2)
                    sch = r188_schema(kind)
                    fl = R.choice(["Room", "Seat", "Ref", "Customer no."])
                    fv = {"Room": str(R.randint(100, 499)), "Seat": "%d%s" % (R.randint(1, 40), R.choice("ABCD")),
                          "Ref": "K%s" % d(5), "Customer no.": "C-%s" % d(5)}[fl]
                    items = [("Name", nm), (lab, a), (fl, fv)]
                    vi = [("Name", nm), (lab, a), (fl, t.replace("{r}", fv).replace("{n}", bb).replace("{o}", a).replace("{q}", q))]
                    bid = r188_id("gl", "b", lay)
                    r188_add("base", bid, "r188_gl_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    arg = "{q}" not in t and "New" not in t and "new" not in t and "upd" not in t and "~~" not in t
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_gl", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=arg)
                    nm3 = r188_nm()
                    r188_add("single", r188_id("gl", "s", lay), "r188_gl_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=arg)


r188_part_glue()


# ---------------------------------------------------------------- part 13 (seventh pass): around the one shape stored in
# part 11 ("Contact role: manager"): the member's label with another word, valued by another field's label
r188_ROLE = ["{L} role: {f}", "{L} now: {f}", "Current {l}: {f}", "{L} (current): {f}", "{L} from June: {f}",
             "{L} changed: {f}", "{L} type: {f}", "{L} is: {f}", "{L} moved: {f}", "{L} field: {f}", "{L} source: {f}",
             "{L} via: {f}", "{L} handover: {f}", "{L} switch: {f}", "{L} override: {f}", "{L} update: {f}",
             "New {l}: {f}", "{L} (new): {f}", "{L}: see {f}", "{L} = {f}", "Use {f} as {l}", "{L} →: {f}"]


def r188_part_role():
    for kind, L, nls in (("contact", "Contact", ["Manager", "Host", "Driver", "Nurse"]),
                         ("contact", "Contact person", ["Manager", "Host"]),
                         ("city", "City", ["Office", "Branch", "Venue", "Region"])):
        for t in r188_ROLE:
            for lay in ("L", "O"):
                for rep in range(3):
                    nm = r188_nm()
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    nl = R.choice(nls)
                    ins = r188_ins(kind, rep % 2)
                    sch = r188_schema(kind)
                    room = ("Room", str(R.randint(100, 499)))
                    items = [("Name", nm), (L, a), (nl, bb), room]
                    line = t.replace("{L}", L).replace("{l}", L.lower()).replace("{f}", nl.lower() if rep < 2 else nl)
                    vi = items[:3] + [("", line), room]
                    bid = r188_id("ro", "b", lay)
                    r188_add("base", bid, "r188_ro_base", ins + "\n\n" + r188_render(lay, items, nm), sch,
                             r188_answer(nm, kind, a), [r188_answer(nm, kind, a)])
                    arg = any(w in t for w in ("role", "type", "is:", "field", "source", "via"))
                    r188_add("pair", bid.replace("-b-", "-v-"), "r188_ro", ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, bb)] * 3, arg=True)
                    nm3 = r188_nm()
                    r188_add("single", r188_id("ro", "s", lay), "r188_ro_single",
                             ins + "\n\n" + r188_render(lay, [(x, y.replace(nm, nm3)) for x, y in vi], nm3), sch,
                             r188_answer(nm3, kind, bb), [r188_answer(nm3, kind, a)] + [r188_answer(nm3, kind, bb)] * 2,
                             arg=arg or True)


r188_part_role()


# ---------------------------------------------------------------- part 14 (eighth pass): singles only, each record unlike
# every other (no neighbour in the store, so no reuse check runs before the fresh answer is stored): the new value glued into
# a field of no member that holds a code or a number
r188_GLUE2 = [("{r} → {n}", True), ("{r} -> {n}", True), ("{r} [{n}]", True), ("{r} ({n} new)", True),
              ("{r} (new: {n})", True), ("{r} (now {n})", False), ("{r} (moved to {n})", False), ("{r} / {n}", True),
              ("{r} (upd. {n})", True), ("{r} » {n}", True), ("{r} (ny: {n})", True), ("{r} (neu: {n})", True),
              ("{r} (→ {n})", True), ("{r} ({q} now {n})", False), ("{r}, since May: {n}", True),
              ("{r} (relocated: {n})", False), ("{r} (new {q}: {n})", False), ("{r} ⇒ {n}", True)]


def r188_part_glue2():
    for kind in ("city", "contact", "phone", "email", "booking_ref", "date"):
        q = r188_KINDS[kind][2]
        for (t, arg) in r188_GLUE2:
            for lay in ("L", "O"):
                for rep in range(6):
                    nm = r188_nm()
                    lab = R.choice(r188_KINDS[kind][4][:2])
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, rep % 2)
                    sch = r188_schema(kind)
                    fl = R.choice(["Room", "Seat", "Ref", "Customer no.", "Order no.", "Booking ref", "Card no."])
                    if kind == "booking_ref" and fl == "Booking ref":
                        fl = "Room"
                    fv = {"Room": str(R.randint(100, 499)), "Seat": "%d%s" % (R.randint(1, 40), R.choice("ABCD")),
                          "Ref": "K%s" % d(5), "Customer no.": "C-%s" % d(5), "Order no.": d(6),
                          "Booking ref": "BK%s" % d(4), "Card no.": "**** %s" % d(4)}[fl]
                    line = t.replace("{r}", fv).replace("{n}", bb).replace("{q}", q)
                    vi = [("Name", nm), (lab, a), (fl, line)]
                    if rep >= 3:
                        vi = [("Name", nm), (fl, line), (lab, a)]
                    r188_add("single", r188_id("g2", "s", lay), "r188_g2_single",
                             ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, a)] + [r188_answer(nm, kind, bb)] * 2,
                             arg=arg)


r188_part_glue2()


# ---------------------------------------------------------------- part 15 (ninth pass): the glued remark says the PERSON
# changed ("(relocated to Bergen)", "(now handled by Kari Lund)"), so the member it concerns is plain
r188_GLUE3 = {
    "city": [("{r} (relocated to {n})", False), ("{r} (relocated: {n})", False), ("{r} (moved: {n})", False),
             ("{r} (lives in {n} now)", False), ("{r} (now living in {n})", False), ("{r} (new address: {n})", False),
             ("{r} (home now {n})", False), ("{r} (flyttet til {n})", False), ("{r} (umgezogen nach {n})", False),
             ("{r} (déménagé à {n})", False), ("{r} (se mudó a {n})", False), ("{r} (muutti: {n})", False),
             ("{r} (guest relocated: {n})", False), ("{r} (customer relocated: {n})", False),
             ("{r} (relocated since May: {n})", False), ("{r} (now: {n})", True), ("{r} (now {n})", True)],
    "contact": [("{r} (now handled by {n})", False), ("{r} (replaced by {n})", False), ("{r} (successor: {n})", True),
                ("{r} (ask {n} from now on)", False), ("{r} (handed over to {n})", False), ("{r} (taken over by {n})", False),
                ("{r} (new contact: {n})", False), ("{r} (now: {n})", True), ("{r} (now {n})", True),
                ("{r} (übernommen von {n})", False), ("{r} (overtatt av {n})", False), ("{r} (remplacé par {n})", False),
                ("{r} (relocated: {n})", True)],
    "booking_ref": [("{r} (rebooked: {n})", False), ("{r} (rebooked as {n})", False), ("{r} (new booking: {n})", False),
                    ("{r} (now {n})", True), ("{r} (replaced by {n})", False), ("{r} (umgebucht: {n})", False),
                    ("{r} (ombooket: {n})", False)],
}


def r188_part_glue3():
    for kind, tl in r188_GLUE3.items():
        q = r188_KINDS[kind][2]
        for (t, arg) in tl:
            for lay in ("L", "O"):
                for rep in range(6):
                    nm = r188_nm()
                    lab = R.choice(r188_KINDS[kind][4][:2])
                    a = r188_gen(kind)
                    bb = r188_val2(kind, a)
                    ins = r188_ins(kind, rep % 2)
                    sch = r188_schema(kind)
                    fl = R.choice(["Room", "Seat", "Ref", "Customer no.", "Order no.", "Card no."])
                    fv = {"Room": str(R.randint(100, 499)), "Seat": "%d%s" % (R.randint(1, 40), R.choice("ABCD")),
                          "Ref": "K%s" % d(5), "Customer no.": "C-%s" % d(5), "Order no.": d(6),
                          "Card no.": "**** %s" % d(4)}[fl]
                    line = t.replace("{r}", fv).replace("{n}", bb).replace("{q}", q)
                    vi = [("Name", nm), (lab, a), (fl, line)]
                    if rep >= 3:
                        vi = [("Name", nm), (fl, line), (lab, a)]
                    r188_add("single", r188_id("g3", "s", lay), "r188_g3_single",
                             ins + "\n\n" + r188_render(lay, vi, nm), sch,
                             r188_answer(nm, kind, bb), [r188_answer(nm, kind, a)] + [r188_answer(nm, kind, bb)] * 2,
                             arg=arg)


r188_part_glue3()


# ---------------------------------------------------------------- what got through, confirmed alone (see the docstring)
r188_found_alone = set([
    'd188-g2-s-18454-O', 'd188-g2-s-18515-O',
    'd188-cd-s-12076-L', 'd188-g2-s-18303-L', 'd188-g2-s-18304-L', 'd188-g2-s-18305-L', 'd188-g2-s-18306-L',
    'd188-g2-s-18307-L', 'd188-g2-s-18308-L', 'd188-g2-s-18309-O', 'd188-g2-s-18310-O', 'd188-g2-s-18311-O',
    'd188-g2-s-18312-O', 'd188-g2-s-18313-O', 'd188-g2-s-18314-O', 'd188-g2-s-18327-L', 'd188-g2-s-18328-L',
    'd188-g2-s-18329-L', 'd188-g2-s-18330-L', 'd188-g2-s-18331-L', 'd188-g2-s-18332-L', 'd188-g2-s-18333-O',
    'd188-g2-s-18334-O', 'd188-g2-s-18335-O', 'd188-g2-s-18336-O', 'd188-g2-s-18337-O', 'd188-g2-s-18338-O',
    'd188-g2-s-18339-L', 'd188-g2-s-18340-L', 'd188-g2-s-18341-L', 'd188-g2-s-18342-L', 'd188-g2-s-18343-L',
    'd188-g2-s-18344-L', 'd188-g2-s-18345-O', 'd188-g2-s-18346-O', 'd188-g2-s-18347-O', 'd188-g2-s-18348-O',
    'd188-g2-s-18349-O', 'd188-g2-s-18350-O', 'd188-g2-s-18351-L', 'd188-g2-s-18352-L', 'd188-g2-s-18353-L',
    'd188-g2-s-18354-L', 'd188-g2-s-18355-L', 'd188-g2-s-18357-O', 'd188-g2-s-18358-O', 'd188-g2-s-18359-O',
    'd188-g2-s-18360-O', 'd188-g2-s-18361-O', 'd188-g2-s-18362-O', 'd188-g2-s-18363-L', 'd188-g2-s-18364-L',
    'd188-g2-s-18365-L', 'd188-g2-s-18366-L', 'd188-g2-s-18367-L', 'd188-g2-s-18368-L', 'd188-g2-s-18369-O',
    'd188-g2-s-18370-O', 'd188-g2-s-18371-O', 'd188-g2-s-18372-O', 'd188-g2-s-18373-O', 'd188-g2-s-18374-O',
    'd188-g2-s-18387-L', 'd188-g2-s-18389-L', 'd188-g2-s-18390-L', 'd188-g2-s-18391-L', 'd188-g2-s-18392-L',
    'd188-g2-s-18399-L', 'd188-g2-s-18400-L', 'd188-g2-s-18401-L', 'd188-g2-s-18402-L', 'd188-g2-s-18403-L',
    'd188-g2-s-18404-L', 'd188-g2-s-18411-L', 'd188-g2-s-18412-L', 'd188-g2-s-18413-L', 'd188-g2-s-18414-L',
    'd188-g2-s-18415-L', 'd188-g2-s-18416-L', 'd188-g2-s-18417-O', 'd188-g2-s-18418-O', 'd188-g2-s-18419-O',
    'd188-g2-s-18420-O', 'd188-g2-s-18421-O', 'd188-g2-s-18422-O', 'd188-g2-s-18423-L', 'd188-g2-s-18424-L',
    'd188-g2-s-18425-L', 'd188-g2-s-18427-L', 'd188-g2-s-18428-L', 'd188-g2-s-18429-O', 'd188-g2-s-18430-O',
    'd188-g2-s-18431-O', 'd188-g2-s-18432-O', 'd188-g2-s-18433-O', 'd188-g2-s-18434-O', 'd188-g2-s-18435-L',
    'd188-g2-s-18436-L', 'd188-g2-s-18437-L', 'd188-g2-s-18438-L', 'd188-g2-s-18439-L', 'd188-g2-s-18440-L',
    'd188-g2-s-18441-O', 'd188-g2-s-18442-O', 'd188-g2-s-18443-O', 'd188-g2-s-18444-O', 'd188-g2-s-18445-O',
    'd188-g2-s-18446-O', 'd188-g2-s-18447-L', 'd188-g2-s-18448-L', 'd188-g2-s-18449-L', 'd188-g2-s-18450-L',
    'd188-g2-s-18451-L', 'd188-g2-s-18452-L', 'd188-g2-s-18453-O', 'd188-g2-s-18456-O', 'd188-g2-s-18457-O',
    'd188-g2-s-18483-L', 'd188-g2-s-18484-L', 'd188-g2-s-18485-L', 'd188-g2-s-18486-L', 'd188-g2-s-18487-L',
    'd188-g2-s-18488-L', 'd188-g2-s-18489-O', 'd188-g2-s-18490-O', 'd188-g2-s-18491-O', 'd188-g2-s-18492-O',
    'd188-g2-s-18493-O', 'd188-g2-s-18494-O', 'd188-g2-s-18507-L', 'd188-g2-s-18508-L', 'd188-g2-s-18509-L',
    'd188-g2-s-18510-L', 'd188-g2-s-18511-L', 'd188-g2-s-18512-L', 'd188-g2-s-18513-O', 'd188-g2-s-18514-O',
    'd188-g2-s-18516-O', 'd188-g2-s-18517-O', 'd188-g2-s-18518-O', 'd188-g2-s-18519-L', 'd188-g2-s-18520-L',
    'd188-g2-s-18521-L', 'd188-g2-s-18522-L', 'd188-g2-s-18523-L', 'd188-g2-s-18524-L', 'd188-g2-s-18525-O',
    'd188-g2-s-18526-O', 'd188-g2-s-18527-O', 'd188-g2-s-18528-O', 'd188-g2-s-18529-O', 'd188-g2-s-18530-O',
    'd188-g2-s-18543-L', 'd188-g2-s-18544-L', 'd188-g2-s-18545-L', 'd188-g2-s-18546-L', 'd188-g2-s-18547-L',
    'd188-g2-s-18548-L', 'd188-g2-s-18549-O', 'd188-g2-s-18550-O', 'd188-g2-s-18551-O', 'd188-g2-s-18552-O',
    'd188-g2-s-18553-O', 'd188-g2-s-18554-O', 'd188-g2-s-18556-L', 'd188-g2-s-18557-L', 'd188-g2-s-18558-L',
    'd188-g2-s-18559-L', 'd188-g2-s-18560-L', 'd188-g2-s-18561-O', 'd188-g2-s-18562-O', 'd188-g2-s-18563-O',
    'd188-g2-s-18564-O', 'd188-g2-s-18565-O', 'd188-g2-s-18566-O', 'd188-g2-s-18567-L', 'd188-g2-s-18568-L',
    'd188-g2-s-18569-L', 'd188-g2-s-18570-L', 'd188-g2-s-18571-L', 'd188-g2-s-18572-L', 'd188-g2-s-18573-O',
    'd188-g2-s-18574-O', 'd188-g2-s-18575-O', 'd188-g2-s-18576-O', 'd188-g2-s-18577-O', 'd188-g2-s-18578-O',
    'd188-g2-s-18579-L', 'd188-g2-s-18580-L', 'd188-g2-s-18581-L', 'd188-g2-s-18582-L', 'd188-g2-s-18583-L',
    'd188-g2-s-18584-L', 'd188-g2-s-18585-O', 'd188-g2-s-18586-O', 'd188-g2-s-18587-O', 'd188-g2-s-18588-O',
    'd188-g2-s-18589-O', 'd188-g2-s-18590-O', 'd188-g2-s-18603-L', 'd188-g2-s-18604-L', 'd188-g2-s-18605-L',
    'd188-g2-s-18606-L', 'd188-g2-s-18607-L', 'd188-g2-s-18608-L', 'd188-g2-s-18615-L', 'd188-g2-s-18616-L',
    'd188-g2-s-18617-L', 'd188-g2-s-18618-L', 'd188-g2-s-18619-L', 'd188-g2-s-18620-L', 'd188-g2-s-18627-L',
    'd188-g2-s-18628-L', 'd188-g2-s-18629-L', 'd188-g2-s-18630-L', 'd188-g2-s-18631-L', 'd188-g2-s-18632-L',
    'd188-g2-s-18633-O', 'd188-g2-s-18634-O', 'd188-g2-s-18635-O', 'd188-g2-s-18636-O', 'd188-g2-s-18637-O',
    'd188-g2-s-18638-O', 'd188-g2-s-18639-L', 'd188-g2-s-18640-L', 'd188-g2-s-18641-L', 'd188-g2-s-18642-L',
    'd188-g2-s-18643-L', 'd188-g2-s-18644-L', 'd188-g2-s-18645-O', 'd188-g2-s-18646-O', 'd188-g2-s-18647-O',
    'd188-g2-s-18648-O', 'd188-g2-s-18649-O', 'd188-g2-s-18650-O', 'd188-g2-s-18651-L', 'd188-g2-s-18652-L',
    'd188-g2-s-18653-L', 'd188-g2-s-18654-L', 'd188-g2-s-18655-L', 'd188-g2-s-18656-L', 'd188-g2-s-18657-O',
    'd188-g2-s-18658-O', 'd188-g2-s-18659-O', 'd188-g2-s-18660-O', 'd188-g2-s-18661-O', 'd188-g2-s-18662-O',
    'd188-g2-s-18663-L', 'd188-g2-s-18664-L', 'd188-g2-s-18665-L', 'd188-g2-s-18666-L', 'd188-g2-s-18667-L',
    'd188-g2-s-18668-L', 'd188-g2-s-18669-O', 'd188-g2-s-18670-O', 'd188-g2-s-18671-O', 'd188-g2-s-18672-O',
    'd188-g2-s-18673-O', 'd188-g2-s-18674-O', 'd188-g2-s-18699-L', 'd188-g2-s-18700-L', 'd188-g2-s-18701-L',
    'd188-g2-s-18702-L', 'd188-g2-s-18703-L', 'd188-g2-s-18704-L', 'd188-g2-s-18705-O', 'd188-g2-s-18706-O',
    'd188-g2-s-18707-O', 'd188-g2-s-18708-O', 'd188-g2-s-18709-O', 'd188-g2-s-18710-O', 'd188-g2-s-18723-L',
    'd188-g2-s-18724-L', 'd188-g2-s-18725-L', 'd188-g2-s-18726-L', 'd188-g2-s-18727-L', 'd188-g2-s-18728-L',
    'd188-g2-s-18729-O', 'd188-g2-s-18730-O', 'd188-g2-s-18731-O', 'd188-g2-s-18732-O', 'd188-g2-s-18733-O',
    'd188-g2-s-18734-O', 'd188-g2-s-19037-L', 'd188-g2-s-19039-L', 'd188-g2-s-19167-L', 'd188-g2-s-19169-L',
    'd188-g2-s-19192-L', 'd188-g2-s-19193-L', 'd188-g2-s-19195-L', 'd188-g2-s-19197-O', 'd188-g2-s-19198-O',
    'd188-g2-s-19201-O', 'd188-g2-s-19228-L', 'd188-g2-s-19229-L', 'd188-g2-s-19230-L', 'd188-g2-s-19231-L',
    'd188-g2-s-19234-O', 'd188-g2-s-19235-O', 'd188-g2-s-19237-O', 'd188-g2-s-19243-L', 'd188-g2-s-19252-L',
    'd188-g2-s-19263-L', 'd188-g2-s-19264-L', 'd188-g2-s-19269-O', 'd188-g2-s-19280-L', 'd188-g2-s-19281-O',
    'd188-g2-s-19282-O', 'd188-g2-s-19283-O', 'd188-g2-s-19286-O', 'd188-g2-s-19287-L', 'd188-g2-s-19288-L',
    'd188-g2-s-19291-L', 'd188-g2-s-19292-L', 'd188-g2-s-19294-O', 'd188-g2-s-19295-O', 'd188-g2-s-19296-O',
    'd188-g2-s-19298-O', 'd188-g2-s-19303-L', 'd188-g2-s-19308-O', 'd188-g2-s-19309-O', 'd188-g2-s-19311-L',
    'd188-g2-s-19315-L', 'd188-g2-s-19317-O', 'd188-g2-s-19320-O', 'd188-g2-s-19321-O', 'd188-g2-s-19322-O',
    'd188-g2-s-19354-O', 'd188-g2-s-19356-O', 'd188-g2-s-19371-L', 'd188-g2-s-19373-L', 'd188-g2-s-19378-O',
    'd188-g2-s-19379-O', 'd188-g3-s-19599-L', 'd188-g3-s-19600-L', 'd188-g3-s-19601-L', 'd188-g3-s-19602-L',
    'd188-g3-s-19603-L', 'd188-g3-s-19604-L', 'd188-g3-s-19605-O', 'd188-g3-s-19606-O', 'd188-g3-s-19607-O',
    'd188-g3-s-19608-O', 'd188-g3-s-19609-O', 'd188-g3-s-19610-O', 'd188-g3-s-19611-L', 'd188-g3-s-19612-L',
    'd188-g3-s-19613-L', 'd188-g3-s-19615-L', 'd188-g3-s-19616-L', 'd188-g3-s-19617-O', 'd188-g3-s-19618-O',
    'd188-g3-s-19619-O', 'd188-g3-s-19620-O', 'd188-g3-s-19621-O', 'd188-g3-s-19622-O', 'd188-g3-s-19635-L',
    'd188-g3-s-19636-L', 'd188-g3-s-19637-L', 'd188-g3-s-19638-L', 'd188-g3-s-19639-L', 'd188-g3-s-19640-L',
    'd188-g3-s-19641-O', 'd188-g3-s-19642-O', 'd188-g3-s-19643-O', 'd188-g3-s-19644-O', 'd188-g3-s-19645-O',
    'd188-g3-s-19646-O', 'd188-g3-s-19647-L', 'd188-g3-s-19648-L', 'd188-g3-s-19649-L', 'd188-g3-s-19650-L',
    'd188-g3-s-19651-L', 'd188-g3-s-19652-L', 'd188-g3-s-19653-O', 'd188-g3-s-19654-O', 'd188-g3-s-19655-O',
    'd188-g3-s-19656-O', 'd188-g3-s-19657-O', 'd188-g3-s-19658-O', 'd188-g3-s-19659-L', 'd188-g3-s-19660-L',
    'd188-g3-s-19661-L', 'd188-g3-s-19662-L', 'd188-g3-s-19663-L', 'd188-g3-s-19664-L', 'd188-g3-s-19665-O',
    'd188-g3-s-19666-O', 'd188-g3-s-19667-O', 'd188-g3-s-19668-O', 'd188-g3-s-19669-O', 'd188-g3-s-19670-O',
    'd188-g3-s-19671-L', 'd188-g3-s-19672-L', 'd188-g3-s-19673-L', 'd188-g3-s-19674-L', 'd188-g3-s-19675-L',
    'd188-g3-s-19678-O', 'd188-g3-s-19679-O', 'd188-g3-s-19680-O', 'd188-g3-s-19681-O', 'd188-g3-s-19682-O',
    'd188-g3-s-19683-L', 'd188-g3-s-19684-L', 'd188-g3-s-19685-L', 'd188-g3-s-19686-L', 'd188-g3-s-19687-L',
    'd188-g3-s-19688-L', 'd188-g3-s-19689-O', 'd188-g3-s-19690-O', 'd188-g3-s-19691-O', 'd188-g3-s-19692-O',
    'd188-g3-s-19693-O', 'd188-g3-s-19694-O', 'd188-g3-s-19695-L', 'd188-g3-s-19696-L', 'd188-g3-s-19697-L',
    'd188-g3-s-19698-L', 'd188-g3-s-19699-L', 'd188-g3-s-19700-L', 'd188-g3-s-19701-O', 'd188-g3-s-19702-O',
    'd188-g3-s-19703-O', 'd188-g3-s-19704-O', 'd188-g3-s-19705-O', 'd188-g3-s-19706-O', 'd188-g3-s-19707-L',
    'd188-g3-s-19708-L', 'd188-g3-s-19709-L', 'd188-g3-s-19710-L', 'd188-g3-s-19711-L', 'd188-g3-s-19712-L',
    'd188-g3-s-19713-O', 'd188-g3-s-19714-O', 'd188-g3-s-19715-O', 'd188-g3-s-19716-O', 'd188-g3-s-19717-O',
    'd188-g3-s-19718-O', 'd188-g3-s-19719-L', 'd188-g3-s-19720-L', 'd188-g3-s-19721-L', 'd188-g3-s-19722-L',
    'd188-g3-s-19723-L', 'd188-g3-s-19724-L', 'd188-g3-s-19725-O', 'd188-g3-s-19726-O', 'd188-g3-s-19727-O',
    'd188-g3-s-19728-O', 'd188-g3-s-19729-O', 'd188-g3-s-19730-O', 'd188-g3-s-19731-L', 'd188-g3-s-19732-L',
    'd188-g3-s-19733-L', 'd188-g3-s-19734-L', 'd188-g3-s-19735-L', 'd188-g3-s-19736-L', 'd188-g3-s-19737-O',
    'd188-g3-s-19738-O', 'd188-g3-s-19739-O', 'd188-g3-s-19740-O', 'd188-g3-s-19741-O', 'd188-g3-s-19742-O',
    'd188-g3-s-19743-L', 'd188-g3-s-19744-L', 'd188-g3-s-19745-L', 'd188-g3-s-19746-L', 'd188-g3-s-19747-L',
    'd188-g3-s-19748-L', 'd188-g3-s-19749-O', 'd188-g3-s-19750-O', 'd188-g3-s-19751-O', 'd188-g3-s-19752-O',
    'd188-g3-s-19753-O', 'd188-g3-s-19754-O', 'd188-g3-s-19755-L', 'd188-g3-s-19756-L', 'd188-g3-s-19757-L',
    'd188-g3-s-19758-L', 'd188-g3-s-19759-L', 'd188-g3-s-19760-L', 'd188-g3-s-19761-O', 'd188-g3-s-19762-O',
    'd188-g3-s-19763-O', 'd188-g3-s-19764-O', 'd188-g3-s-19765-O', 'd188-g3-s-19766-O', 'd188-g3-s-19767-L',
    'd188-g3-s-19768-L', 'd188-g3-s-19769-L', 'd188-g3-s-19770-L', 'd188-g3-s-19771-L', 'd188-g3-s-19772-L',
    'd188-g3-s-19773-O', 'd188-g3-s-19774-O', 'd188-g3-s-19775-O', 'd188-g3-s-19776-O', 'd188-g3-s-19777-O',
    'd188-g3-s-19778-O', 'd188-g3-s-19779-L', 'd188-g3-s-19780-L', 'd188-g3-s-19781-L', 'd188-g3-s-19782-L',
    'd188-g3-s-19783-L', 'd188-g3-s-19784-L', 'd188-g3-s-19785-O', 'd188-g3-s-19786-O', 'd188-g3-s-19787-O',
    'd188-g3-s-19788-O', 'd188-g3-s-19789-O', 'd188-g3-s-19790-O', 'd188-g3-s-19791-L', 'd188-g3-s-19792-L',
    'd188-g3-s-19793-L', 'd188-g3-s-19794-L', 'd188-g3-s-19795-L', 'd188-g3-s-19796-L', 'd188-g3-s-19797-O',
    'd188-g3-s-19798-O', 'd188-g3-s-19799-O', 'd188-g3-s-19800-O', 'd188-g3-s-19802-O', 'd188-g3-s-19803-L',
    'd188-g3-s-19804-L', 'd188-g3-s-19805-L', 'd188-g3-s-19806-L', 'd188-g3-s-19807-L', 'd188-g3-s-19808-L',
    'd188-g3-s-19809-O', 'd188-g3-s-19810-O', 'd188-g3-s-19811-O', 'd188-g3-s-19812-O', 'd188-g3-s-19813-O',
    'd188-g3-s-19814-O', 'd188-g3-s-19827-L', 'd188-g3-s-19828-L', 'd188-g3-s-19829-L', 'd188-g3-s-19830-L',
    'd188-g3-s-19831-L', 'd188-g3-s-19832-L', 'd188-g3-s-19833-O', 'd188-g3-s-19834-O', 'd188-g3-s-19835-O',
    'd188-g3-s-19836-O', 'd188-g3-s-19837-O', 'd188-g3-s-19838-O', 'd188-g3-s-19839-L', 'd188-g3-s-19840-L',
    'd188-g3-s-19841-L', 'd188-g3-s-19842-L', 'd188-g3-s-19843-L', 'd188-g3-s-19844-L', 'd188-g3-s-19845-O',
    'd188-g3-s-19846-O', 'd188-g3-s-19847-O', 'd188-g3-s-19848-O', 'd188-g3-s-19849-O', 'd188-g3-s-19850-O',
    'd188-g3-s-19851-L', 'd188-g3-s-19852-L', 'd188-g3-s-19853-L', 'd188-g3-s-19854-L', 'd188-g3-s-19855-L',
    'd188-g3-s-19856-L', 'd188-g3-s-19857-O', 'd188-g3-s-19858-O', 'd188-g3-s-19859-O', 'd188-g3-s-19860-O',
    'd188-g3-s-19861-O', 'd188-g3-s-19862-O', 'd188-g3-s-19863-L', 'd188-g3-s-19864-L', 'd188-g3-s-19865-L',
    'd188-g3-s-19866-L', 'd188-g3-s-19867-L', 'd188-g3-s-19868-L', 'd188-g3-s-19869-O', 'd188-g3-s-19870-O',
    'd188-g3-s-19871-O', 'd188-g3-s-19872-O', 'd188-g3-s-19873-O', 'd188-g3-s-19874-O', 'd188-g3-s-19887-L',
    'd188-g3-s-19888-L', 'd188-g3-s-19889-L', 'd188-g3-s-19890-L', 'd188-g3-s-19891-L', 'd188-g3-s-19892-L',
    'd188-g3-s-19893-O', 'd188-g3-s-19894-O', 'd188-g3-s-19895-O', 'd188-g3-s-19896-O', 'd188-g3-s-19897-O',
    'd188-g3-s-19898-O', 'd188-g3-s-19899-L', 'd188-g3-s-19900-L', 'd188-g3-s-19901-L', 'd188-g3-s-19902-L',
    'd188-g3-s-19903-L', 'd188-g3-s-19904-L', 'd188-g3-s-19905-O', 'd188-g3-s-19906-O', 'd188-g3-s-19907-O',
    'd188-g3-s-19908-O', 'd188-g3-s-19909-O', 'd188-g3-s-19910-O', 'd188-g3-s-19911-L', 'd188-g3-s-19912-L',
    'd188-g3-s-19913-L', 'd188-g3-s-19914-L', 'd188-g3-s-19915-L', 'd188-g3-s-19916-L', 'd188-g3-s-19917-O',
    'd188-g3-s-19918-O', 'd188-g3-s-19919-O', 'd188-g3-s-19920-O', 'd188-g3-s-19921-O', 'd188-g3-s-19922-O',
    'd188-g3-s-19923-L', 'd188-g3-s-19924-L', 'd188-g3-s-19925-L', 'd188-g3-s-19926-L', 'd188-g3-s-19927-L',
    'd188-g3-s-19928-L', 'd188-g3-s-19929-O', 'd188-g3-s-19930-O', 'd188-g3-s-19931-O', 'd188-g3-s-19932-O',
    'd188-g3-s-19933-O', 'd188-g3-s-19934-O', 'd188-g3-s-19935-L', 'd188-g3-s-19936-L', 'd188-g3-s-19937-L',
    'd188-g3-s-19938-L', 'd188-g3-s-19939-L', 'd188-g3-s-19940-L', 'd188-g3-s-19941-O', 'd188-g3-s-19942-O',
    'd188-g3-s-19943-O', 'd188-g3-s-19944-O', 'd188-g3-s-19945-O', 'd188-g3-s-19946-O', 'd188-g3-s-19947-L',
    'd188-g3-s-19948-L', 'd188-g3-s-19949-L', 'd188-g3-s-19950-L', 'd188-g3-s-19951-L', 'd188-g3-s-19952-L',
    'd188-g3-s-19953-O', 'd188-g3-s-19954-O', 'd188-g3-s-19955-O', 'd188-g3-s-19956-O', 'd188-g3-s-19957-O',
    'd188-g3-s-19958-O', 'd188-g3-s-19959-L', 'd188-g3-s-19962-L', 'd188-g3-s-19963-L', 'd188-g3-s-19964-L',
    'd188-g3-s-19965-O', 'd188-g3-s-19979-O', 'd188-g3-s-19980-O', 'd188-g3-s-19981-O', 'd188-g3-s-19995-L',
    'd188-g3-s-19998-L', 'd188-g3-s-19999-L', 'd188-g3-s-20000-L', 'd188-g3-s-20001-O', 'd188-g3-s-20003-O',
    'd188-g3-s-20004-O', 'd188-g3-s-20017-O', 'd188-g3-s-20023-L', 'd188-g3-s-20025-O', 'd188-g3-s-20026-O',
    'd188-g3-s-20027-O', 'd188-g3-s-20029-O', 'd188-g3-s-20031-L', 'd188-g3-s-20039-O', 'd188-g3-s-20040-O',
    'd188-g3-s-20041-O', 'd188-gl-s-17110-O', 'd188-gl-s-17120-L', 'd188-gl-s-17196-O', 'd188-gl-v-17119-L',
    'd188-pt-s-16464-L', 'd188-ro-s-18050-O', 'd188-ro-s-18118-O',
])
r188_found_arguable = set([
    'd188-g2-s-18454-O', 'd188-g2-s-18515-O',
    'd188-cd-s-12076-L', 'd188-g2-s-18303-L', 'd188-g2-s-18304-L', 'd188-g2-s-18305-L', 'd188-g2-s-18306-L',
    'd188-g2-s-18307-L', 'd188-g2-s-18308-L', 'd188-g2-s-18309-O', 'd188-g2-s-18310-O', 'd188-g2-s-18311-O',
    'd188-g2-s-18312-O', 'd188-g2-s-18313-O', 'd188-g2-s-18314-O', 'd188-g2-s-18327-L', 'd188-g2-s-18328-L',
    'd188-g2-s-18329-L', 'd188-g2-s-18330-L', 'd188-g2-s-18331-L', 'd188-g2-s-18332-L', 'd188-g2-s-18333-O',
    'd188-g2-s-18334-O', 'd188-g2-s-18335-O', 'd188-g2-s-18336-O', 'd188-g2-s-18337-O', 'd188-g2-s-18338-O',
    'd188-g2-s-18339-L', 'd188-g2-s-18340-L', 'd188-g2-s-18341-L', 'd188-g2-s-18342-L', 'd188-g2-s-18343-L',
    'd188-g2-s-18344-L', 'd188-g2-s-18345-O', 'd188-g2-s-18346-O', 'd188-g2-s-18347-O', 'd188-g2-s-18348-O',
    'd188-g2-s-18349-O', 'd188-g2-s-18350-O', 'd188-g2-s-18351-L', 'd188-g2-s-18352-L', 'd188-g2-s-18353-L',
    'd188-g2-s-18354-L', 'd188-g2-s-18355-L', 'd188-g2-s-18357-O', 'd188-g2-s-18358-O', 'd188-g2-s-18359-O',
    'd188-g2-s-18360-O', 'd188-g2-s-18361-O', 'd188-g2-s-18362-O', 'd188-g2-s-18363-L', 'd188-g2-s-18364-L',
    'd188-g2-s-18365-L', 'd188-g2-s-18366-L', 'd188-g2-s-18367-L', 'd188-g2-s-18368-L', 'd188-g2-s-18369-O',
    'd188-g2-s-18370-O', 'd188-g2-s-18371-O', 'd188-g2-s-18372-O', 'd188-g2-s-18373-O', 'd188-g2-s-18374-O',
    'd188-g2-s-18387-L', 'd188-g2-s-18389-L', 'd188-g2-s-18390-L', 'd188-g2-s-18391-L', 'd188-g2-s-18392-L',
    'd188-g2-s-18399-L', 'd188-g2-s-18400-L', 'd188-g2-s-18401-L', 'd188-g2-s-18402-L', 'd188-g2-s-18403-L',
    'd188-g2-s-18404-L', 'd188-g2-s-18411-L', 'd188-g2-s-18412-L', 'd188-g2-s-18413-L', 'd188-g2-s-18414-L',
    'd188-g2-s-18415-L', 'd188-g2-s-18416-L', 'd188-g2-s-18417-O', 'd188-g2-s-18418-O', 'd188-g2-s-18419-O',
    'd188-g2-s-18420-O', 'd188-g2-s-18421-O', 'd188-g2-s-18422-O', 'd188-g2-s-18423-L', 'd188-g2-s-18424-L',
    'd188-g2-s-18425-L', 'd188-g2-s-18427-L', 'd188-g2-s-18428-L', 'd188-g2-s-18429-O', 'd188-g2-s-18430-O',
    'd188-g2-s-18431-O', 'd188-g2-s-18432-O', 'd188-g2-s-18433-O', 'd188-g2-s-18434-O', 'd188-g2-s-18435-L',
    'd188-g2-s-18436-L', 'd188-g2-s-18437-L', 'd188-g2-s-18438-L', 'd188-g2-s-18439-L', 'd188-g2-s-18440-L',
    'd188-g2-s-18441-O', 'd188-g2-s-18442-O', 'd188-g2-s-18443-O', 'd188-g2-s-18444-O', 'd188-g2-s-18445-O',
    'd188-g2-s-18446-O', 'd188-g2-s-18447-L', 'd188-g2-s-18448-L', 'd188-g2-s-18449-L', 'd188-g2-s-18450-L',
    'd188-g2-s-18451-L', 'd188-g2-s-18452-L', 'd188-g2-s-18453-O', 'd188-g2-s-18456-O', 'd188-g2-s-18457-O',
    'd188-g2-s-18483-L', 'd188-g2-s-18484-L', 'd188-g2-s-18485-L', 'd188-g2-s-18486-L', 'd188-g2-s-18487-L',
    'd188-g2-s-18488-L', 'd188-g2-s-18489-O', 'd188-g2-s-18490-O', 'd188-g2-s-18491-O', 'd188-g2-s-18492-O',
    'd188-g2-s-18493-O', 'd188-g2-s-18507-L', 'd188-g2-s-18508-L', 'd188-g2-s-18509-L', 'd188-g2-s-18510-L',
    'd188-g2-s-18511-L', 'd188-g2-s-18512-L', 'd188-g2-s-18513-O', 'd188-g2-s-18514-O', 'd188-g2-s-18516-O',
    'd188-g2-s-18517-O', 'd188-g2-s-18518-O', 'd188-g2-s-18519-L', 'd188-g2-s-18520-L', 'd188-g2-s-18521-L',
    'd188-g2-s-18522-L', 'd188-g2-s-18523-L', 'd188-g2-s-18524-L', 'd188-g2-s-18525-O', 'd188-g2-s-18526-O',
    'd188-g2-s-18527-O', 'd188-g2-s-18528-O', 'd188-g2-s-18529-O', 'd188-g2-s-18530-O', 'd188-g2-s-18543-L',
    'd188-g2-s-18544-L', 'd188-g2-s-18545-L', 'd188-g2-s-18546-L', 'd188-g2-s-18547-L', 'd188-g2-s-18548-L',
    'd188-g2-s-18549-O', 'd188-g2-s-18550-O', 'd188-g2-s-18551-O', 'd188-g2-s-18552-O', 'd188-g2-s-18553-O',
    'd188-g2-s-18554-O', 'd188-g2-s-18556-L', 'd188-g2-s-18557-L', 'd188-g2-s-18558-L', 'd188-g2-s-18559-L',
    'd188-g2-s-18560-L', 'd188-g2-s-18561-O', 'd188-g2-s-18562-O', 'd188-g2-s-18563-O', 'd188-g2-s-18564-O',
    'd188-g2-s-18565-O', 'd188-g2-s-18566-O', 'd188-g2-s-18567-L', 'd188-g2-s-18568-L', 'd188-g2-s-18569-L',
    'd188-g2-s-18570-L', 'd188-g2-s-18571-L', 'd188-g2-s-18572-L', 'd188-g2-s-18573-O', 'd188-g2-s-18574-O',
    'd188-g2-s-18575-O', 'd188-g2-s-18576-O', 'd188-g2-s-18577-O', 'd188-g2-s-18578-O', 'd188-g2-s-18579-L',
    'd188-g2-s-18580-L', 'd188-g2-s-18581-L', 'd188-g2-s-18582-L', 'd188-g2-s-18583-L', 'd188-g2-s-18584-L',
    'd188-g2-s-18585-O', 'd188-g2-s-18586-O', 'd188-g2-s-18587-O', 'd188-g2-s-18588-O', 'd188-g2-s-18589-O',
    'd188-g2-s-18590-O', 'd188-g2-s-18603-L', 'd188-g2-s-18604-L', 'd188-g2-s-18605-L', 'd188-g2-s-18606-L',
    'd188-g2-s-18607-L', 'd188-g2-s-18608-L', 'd188-g2-s-18615-L', 'd188-g2-s-18616-L', 'd188-g2-s-18617-L',
    'd188-g2-s-18618-L', 'd188-g2-s-18619-L', 'd188-g2-s-18620-L', 'd188-g2-s-18627-L', 'd188-g2-s-18628-L',
    'd188-g2-s-18629-L', 'd188-g2-s-18630-L', 'd188-g2-s-18631-L', 'd188-g2-s-18632-L', 'd188-g2-s-18633-O',
    'd188-g2-s-18634-O', 'd188-g2-s-18635-O', 'd188-g2-s-18636-O', 'd188-g2-s-18637-O', 'd188-g2-s-18638-O',
    'd188-g2-s-18639-L', 'd188-g2-s-18640-L', 'd188-g2-s-18641-L', 'd188-g2-s-18642-L', 'd188-g2-s-18643-L',
    'd188-g2-s-18644-L', 'd188-g2-s-18645-O', 'd188-g2-s-18646-O', 'd188-g2-s-18647-O', 'd188-g2-s-18648-O',
    'd188-g2-s-18649-O', 'd188-g2-s-18650-O', 'd188-g2-s-18651-L', 'd188-g2-s-18652-L', 'd188-g2-s-18653-L',
    'd188-g2-s-18654-L', 'd188-g2-s-18655-L', 'd188-g2-s-18656-L', 'd188-g2-s-18657-O', 'd188-g2-s-18658-O',
    'd188-g2-s-18659-O', 'd188-g2-s-18660-O', 'd188-g2-s-18661-O', 'd188-g2-s-18662-O', 'd188-g2-s-18663-L',
    'd188-g2-s-18664-L', 'd188-g2-s-18665-L', 'd188-g2-s-18666-L', 'd188-g2-s-18667-L', 'd188-g2-s-18668-L',
    'd188-g2-s-18669-O', 'd188-g2-s-18670-O', 'd188-g2-s-18671-O', 'd188-g2-s-18672-O', 'd188-g2-s-18673-O',
    'd188-g2-s-18674-O', 'd188-g2-s-18699-L', 'd188-g2-s-18700-L', 'd188-g2-s-18701-L', 'd188-g2-s-18702-L',
    'd188-g2-s-18703-L', 'd188-g2-s-18704-L', 'd188-g2-s-18705-O', 'd188-g2-s-18706-O', 'd188-g2-s-18707-O',
    'd188-g2-s-18708-O', 'd188-g2-s-18709-O', 'd188-g2-s-18710-O', 'd188-g2-s-18723-L', 'd188-g2-s-18724-L',
    'd188-g2-s-18725-L', 'd188-g2-s-18726-L', 'd188-g2-s-18727-L', 'd188-g2-s-18728-L', 'd188-g2-s-18729-O',
    'd188-g2-s-18730-O', 'd188-g2-s-18731-O', 'd188-g2-s-18732-O', 'd188-g2-s-18733-O', 'd188-g2-s-18734-O',
    'd188-g2-s-19037-L', 'd188-g2-s-19039-L', 'd188-g2-s-19167-L', 'd188-g2-s-19169-L', 'd188-g2-s-19192-L',
    'd188-g2-s-19193-L', 'd188-g2-s-19195-L', 'd188-g2-s-19197-O', 'd188-g2-s-19198-O', 'd188-g2-s-19201-O',
    'd188-g2-s-19228-L', 'd188-g2-s-19229-L', 'd188-g2-s-19230-L', 'd188-g2-s-19231-L', 'd188-g2-s-19234-O',
    'd188-g2-s-19235-O', 'd188-g2-s-19237-O', 'd188-g2-s-19243-L', 'd188-g2-s-19252-L', 'd188-g2-s-19263-L',
    'd188-g2-s-19264-L', 'd188-g2-s-19269-O', 'd188-g2-s-19280-L', 'd188-g2-s-19281-O', 'd188-g2-s-19282-O',
    'd188-g2-s-19283-O', 'd188-g2-s-19286-O', 'd188-g2-s-19287-L', 'd188-g2-s-19288-L', 'd188-g2-s-19291-L',
    'd188-g2-s-19292-L', 'd188-g2-s-19294-O', 'd188-g2-s-19295-O', 'd188-g2-s-19296-O', 'd188-g2-s-19298-O',
    'd188-g2-s-19303-L', 'd188-g2-s-19308-O', 'd188-g2-s-19309-O', 'd188-g2-s-19311-L', 'd188-g2-s-19315-L',
    'd188-g2-s-19317-O', 'd188-g2-s-19320-O', 'd188-g2-s-19321-O', 'd188-g2-s-19322-O', 'd188-g2-s-19354-O',
    'd188-g2-s-19356-O', 'd188-g2-s-19371-L', 'd188-g2-s-19373-L', 'd188-g2-s-19378-O', 'd188-g2-s-19379-O',
    'd188-g3-s-19599-L', 'd188-g3-s-19600-L', 'd188-g3-s-19602-L', 'd188-g3-s-19603-L', 'd188-g3-s-19604-L',
    'd188-g3-s-19605-O', 'd188-g3-s-19606-O', 'd188-g3-s-19607-O', 'd188-g3-s-19608-O', 'd188-g3-s-19610-O',
    'd188-g3-s-19611-L', 'd188-g3-s-19612-L', 'd188-g3-s-19613-L', 'd188-g3-s-19615-L', 'd188-g3-s-19616-L',
    'd188-g3-s-19617-O', 'd188-g3-s-19618-O', 'd188-g3-s-19619-O', 'd188-g3-s-19621-O', 'd188-g3-s-19622-O',
    'd188-g3-s-19683-L', 'd188-g3-s-19686-L', 'd188-g3-s-19687-L', 'd188-g3-s-19689-O', 'd188-g3-s-19690-O',
    'd188-g3-s-19691-O', 'd188-g3-s-19692-O', 'd188-g3-s-19693-O', 'd188-g3-s-19694-O', 'd188-g3-s-19695-L',
    'd188-g3-s-19696-L', 'd188-g3-s-19697-L', 'd188-g3-s-19698-L', 'd188-g3-s-19699-L', 'd188-g3-s-19700-L',
    'd188-g3-s-19701-O', 'd188-g3-s-19703-O', 'd188-g3-s-19704-O', 'd188-g3-s-19705-O', 'd188-g3-s-19706-O',
    'd188-g3-s-19707-L', 'd188-g3-s-19708-L', 'd188-g3-s-19709-L', 'd188-g3-s-19710-L', 'd188-g3-s-19711-L',
    'd188-g3-s-19712-L', 'd188-g3-s-19713-O', 'd188-g3-s-19714-O', 'd188-g3-s-19716-O', 'd188-g3-s-19717-O',
    'd188-g3-s-19718-O', 'd188-g3-s-19719-L', 'd188-g3-s-19720-L', 'd188-g3-s-19721-L', 'd188-g3-s-19722-L',
    'd188-g3-s-19723-L', 'd188-g3-s-19724-L', 'd188-g3-s-19725-O', 'd188-g3-s-19726-O', 'd188-g3-s-19728-O',
    'd188-g3-s-19729-O', 'd188-g3-s-19731-L', 'd188-g3-s-19732-L', 'd188-g3-s-19733-L', 'd188-g3-s-19734-L',
    'd188-g3-s-19735-L', 'd188-g3-s-19736-L', 'd188-g3-s-19737-O', 'd188-g3-s-19738-O', 'd188-g3-s-19739-O',
    'd188-g3-s-19740-O', 'd188-g3-s-19741-O', 'd188-g3-s-19742-O', 'd188-g3-s-19767-L', 'd188-g3-s-19768-L',
    'd188-g3-s-19769-L', 'd188-g3-s-19770-L', 'd188-g3-s-19771-L', 'd188-g3-s-19773-O', 'd188-g3-s-19774-O',
    'd188-g3-s-19775-O', 'd188-g3-s-19776-O', 'd188-g3-s-19777-O', 'd188-g3-s-19778-O', 'd188-g3-s-19779-L',
    'd188-g3-s-19780-L', 'd188-g3-s-19781-L', 'd188-g3-s-19782-L', 'd188-g3-s-19783-L', 'd188-g3-s-19784-L',
    'd188-g3-s-19785-O', 'd188-g3-s-19786-O', 'd188-g3-s-19787-O', 'd188-g3-s-19788-O', 'd188-g3-s-19789-O',
    'd188-g3-s-19790-O', 'd188-g3-s-19791-L', 'd188-g3-s-19792-L', 'd188-g3-s-19793-L', 'd188-g3-s-19794-L',
    'd188-g3-s-19795-L', 'd188-g3-s-19796-L', 'd188-g3-s-19797-O', 'd188-g3-s-19798-O', 'd188-g3-s-19799-O',
    'd188-g3-s-19800-O', 'd188-g3-s-19802-O', 'd188-g3-s-19803-L', 'd188-g3-s-19804-L', 'd188-g3-s-19805-L',
    'd188-g3-s-19806-L', 'd188-g3-s-19807-L', 'd188-g3-s-19808-L', 'd188-g3-s-19809-O', 'd188-g3-s-19810-O',
    'd188-g3-s-19811-O', 'd188-g3-s-19812-O', 'd188-g3-s-19813-O', 'd188-g3-s-19814-O', 'd188-g3-s-19827-L',
    'd188-g3-s-19828-L', 'd188-g3-s-19829-L', 'd188-g3-s-19830-L', 'd188-g3-s-19831-L', 'd188-g3-s-19832-L',
    'd188-g3-s-19833-O', 'd188-g3-s-19834-O', 'd188-g3-s-19835-O', 'd188-g3-s-19836-O', 'd188-g3-s-19837-O',
    'd188-g3-s-19838-O', 'd188-g3-s-19839-L', 'd188-g3-s-19840-L', 'd188-g3-s-19841-L', 'd188-g3-s-19842-L',
    'd188-g3-s-19843-L', 'd188-g3-s-19844-L', 'd188-g3-s-19845-O', 'd188-g3-s-19846-O', 'd188-g3-s-19847-O',
    'd188-g3-s-19848-O', 'd188-g3-s-19849-O', 'd188-g3-s-19850-O', 'd188-g3-s-19851-L', 'd188-g3-s-19852-L',
    'd188-g3-s-19853-L', 'd188-g3-s-19854-L', 'd188-g3-s-19855-L', 'd188-g3-s-19856-L', 'd188-g3-s-19857-O',
    'd188-g3-s-19858-O', 'd188-g3-s-19859-O', 'd188-g3-s-19860-O', 'd188-g3-s-19861-O', 'd188-g3-s-19862-O',
    'd188-g3-s-19863-L', 'd188-g3-s-19864-L', 'd188-g3-s-19865-L', 'd188-g3-s-19866-L', 'd188-g3-s-19867-L',
    'd188-g3-s-19868-L', 'd188-g3-s-19869-O', 'd188-g3-s-19870-O', 'd188-g3-s-19871-O', 'd188-g3-s-19872-O',
    'd188-g3-s-19873-O', 'd188-g3-s-19874-O', 'd188-g3-s-19887-L', 'd188-g3-s-19888-L', 'd188-g3-s-19889-L',
    'd188-g3-s-19890-L', 'd188-g3-s-19891-L', 'd188-g3-s-19892-L', 'd188-g3-s-19893-O', 'd188-g3-s-19894-O',
    'd188-g3-s-19895-O', 'd188-g3-s-19896-O', 'd188-g3-s-19897-O', 'd188-g3-s-19898-O', 'd188-g3-s-19899-L',
    'd188-g3-s-19900-L', 'd188-g3-s-19901-L', 'd188-g3-s-19902-L', 'd188-g3-s-19903-L', 'd188-g3-s-19904-L',
    'd188-g3-s-19905-O', 'd188-g3-s-19906-O', 'd188-g3-s-19907-O', 'd188-g3-s-19908-O', 'd188-g3-s-19909-O',
    'd188-g3-s-19910-O', 'd188-g3-s-19911-L', 'd188-g3-s-19912-L', 'd188-g3-s-19913-L', 'd188-g3-s-19914-L',
    'd188-g3-s-19915-L', 'd188-g3-s-19916-L', 'd188-g3-s-19917-O', 'd188-g3-s-19918-O', 'd188-g3-s-19919-O',
    'd188-g3-s-19920-O', 'd188-g3-s-19921-O', 'd188-g3-s-19922-O', 'd188-g3-s-19923-L', 'd188-g3-s-19924-L',
    'd188-g3-s-19925-L', 'd188-g3-s-19926-L', 'd188-g3-s-19927-L', 'd188-g3-s-19928-L', 'd188-g3-s-19929-O',
    'd188-g3-s-19930-O', 'd188-g3-s-19931-O', 'd188-g3-s-19932-O', 'd188-g3-s-19933-O', 'd188-g3-s-19934-O',
    'd188-g3-s-19935-L', 'd188-g3-s-19936-L', 'd188-g3-s-19937-L', 'd188-g3-s-19938-L', 'd188-g3-s-19939-L',
    'd188-g3-s-19940-L', 'd188-g3-s-19941-O', 'd188-g3-s-19942-O', 'd188-g3-s-19943-O', 'd188-g3-s-19944-O',
    'd188-g3-s-19945-O', 'd188-g3-s-19946-O', 'd188-g3-s-19947-L', 'd188-g3-s-19948-L', 'd188-g3-s-19949-L',
    'd188-g3-s-19950-L', 'd188-g3-s-19951-L', 'd188-g3-s-19952-L', 'd188-g3-s-19953-O', 'd188-g3-s-19954-O',
    'd188-g3-s-19955-O', 'd188-g3-s-19956-O', 'd188-g3-s-19957-O', 'd188-g3-s-19958-O', 'd188-g3-s-19959-L',
    'd188-g3-s-19962-L', 'd188-g3-s-19963-L', 'd188-g3-s-19964-L', 'd188-g3-s-19965-O', 'd188-g3-s-19979-O',
    'd188-g3-s-19980-O', 'd188-g3-s-19981-O', 'd188-g3-s-19995-L', 'd188-g3-s-19998-L', 'd188-g3-s-19999-L',
    'd188-g3-s-20000-L', 'd188-g3-s-20001-O', 'd188-g3-s-20003-O', 'd188-g3-s-20004-O', 'd188-g3-s-20017-O',
    'd188-g3-s-20023-L', 'd188-g3-s-20025-O', 'd188-g3-s-20026-O', 'd188-g3-s-20027-O', 'd188-g3-s-20029-O',
    'd188-g3-s-20031-L', 'd188-g3-s-20039-O', 'd188-g3-s-20040-O', 'd188-g3-s-20041-O', 'd188-gl-s-17110-O',
    'd188-gl-s-17120-L', 'd188-gl-s-17196-O', 'd188-gl-v-17119-L', 'd188-pt-s-16464-L', 'd188-ro-s-18050-O',
    'd188-ro-s-18118-O',
])
r188_arguable = (r188_arguable | r188_found_arguable) - (r188_found_alone - r188_found_arguable)

# Trimmed for ctest (probe_kit.sample_round), stop 44: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r188_keep = r188_found_alone | {r188_i.replace("-v-", "-b-") for r188_i in r188_found_alone if "-v-" in r188_i}
from probe_kit import sample_round as r188_sample_round  # noqa: E402

r188_sample_round("d188-", r188_keep, 30, safe_every=10)
P[:] = [r188_p for r188_p in P if r188_p["id"] not in r188_arguable]
