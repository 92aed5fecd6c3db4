r"""Red-team round 162 (black box): REFERENCES, ALIASES AND COPIES.
9,519 probes: 3,399 pairs (base + variant), 2,185 singles (--runs 2), 188 safe variants, 308 rewrite controls (d162-c-).
Part 1 (pick): a field of no member picks the record ("Guest 1: A, X / Guest 2: B, Y / Main contact: guest 1", "Payer: the
  first guest", "Signed by: the latter", "Hovedkontakt: gjest 2", "Driver: same as renter 1") in line records, one-line,
  pipe table, CSV, YAML, prose, e-mail. Part 2 (ditto): '"', "〃", "do.", "dto.", "id.", "same", "(same)", "^" in rows.
Part 3 (names): nicknames ("Robert (Bob)", "Preferred name: Bob", "a.k.a."), legal name, née/born/geb./født/formerly,
  initials ("Signature: R. Lund"), split first/last name for full_name; pairs swap given name and nickname, or the two
  surnames. Part 4 (ptr): "same as billing", "as billing", "see billing address", "wie Rechnungsadresse", "unchanged".
Part 5 (prose): "the former/the latter", "førstnevnte", "letzterem", "both live in", "city as for the first guest".
Part 6: one value for two fields ("Sender/recipient:", "Name and signature:"), airport codes swapped, country codes.
Part 7 (ptrcopy): a pointer word no list holds as the member's value ("City: Ebenda" beside "Office: X"); singles whose
  model copies the pointer. Part 8: safe variants. Part 9/10 (rewrite): a stored plain two-field base ("Billing city: A /
  Shipping city: B") and a request of the same shape whose second field points at the first ("Shipping city: Igual").
HELD: parts 1-6 stored nothing wrong (pointer fields: "the request points at ... and this value is not in it"; a
  qualified member beside a generic label, prose, several records, "née"/"(Bob)" fragments are never plain); in small
  records any added or changed line fails every member (failing_fraction 1.0), so no pair whose reference line changed
  was reused; safe reuse only for whitespace (28/188). Rewrite held in CSV, Markdown table and JSON layouts, for
  birth/home city, pickup/drop-off, "Booked by", the Name/Office/City shape; listed words ("Ditto", "Idem", "Same",
  "Dito", "Ebenso", "Likewise"), dotted abbreviations ("Do.", "Dto.", "Id.", "J.w.", "S.o."), "as above" phrases ("Wie
  Oben", "Jak Wyżej", "Come Sopra", "As Above", "See Above"). The 308 controls (rewrite to a plain value) all right.
WHAT GOT THROUGH (confirmed alone on a fresh SQLite store, --runs 2: 530 of 543 ids; 304 clear, 226 arguable):
 (A) LICENSED REWRITE COPIES A POINTER (run 1 already, no model mistake at all): "Billing city: Musekeby / Shipping city:
     Igual" -> shipping_city "Igual" (right: Musekeby); also "Ebenda", "Ebd.", "Ídem", "Sda", "Sammeledes", "Samoin",
     "Stejné", "Ugyanott", "Ua.", "Ομοίως", "Gleichfalls", "Igualmente", "Pareillement", "Również", other
     "likewise" words ("Также", "Επίσης", "Likeså", "Detsamma", ...); Invoice/Delivery, Departure/Return, Street/Postal
     city; line records, one-line "a | b", YAML keys (persons), e-mail bodies. Persons: "Guest: X / Payer: Wie Gast",
     "Som Gjest", "Comme Client", "Gleicher Gast", "Ίδιος Επισκέπτης", "Account holder: Ten Sam".
 (B) THE MODEL'S COPY OF THE POINTER STORED (singles): "Name/Office/City: Ebenda" (line record, CSV), "Shipping city:
     Igual", "Payer: Ten Sam" -> stored in run 1, served from the cache in run 2.
 ARGUABLE (r162_arguable): pointers whose referent is not in the text or not clear ("Hereinabove", "Aforesaid",
     "Aforementioned", "Thereof", "Oppe", "Infra", "Same As", "Samme Som"; "Payer: As Billing"/"Wie Rechnung" with no
     billing field; guest words for owner/driver, patient/policy holder, applicant/account holder; a destination that
     points at the origin ("Destination: Iisama")).
Adds its probes to probe_kit.P. R162_FILTER=regex keeps matching ids; R162_ALONE=1 keeps r162_found_alone and bases."""
import json  # noqa: F401
import random as r162_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r162_rng = r162_random.Random(162)
r162_pairs = []
r162_singles = []
r162_safe = []
r162_arguable = set()
r162_ids = set()

r162_FIRST = ["Ana", "Tom", "Eva", "Jonas", "Kari", "Lars", "Siv", "Ole", "Mia", "Finn", "Rut", "Geir", "Tone",
              "Ivar", "Sara", "Rolf", "Liv", "Odd", "Ida", "Per", "Hege", "Knut", "Nora", "Emil"]
r162_LAST = ["Berg", "Lie", "Dahl", "Lund", "Vold", "Fjeld", "Brekke", "Aune", "Haug", "Rud", "Sand", "Vik", "Eng",
             "Holm", "Moen", "Strand", "Bakke", "Nygaard", "Solberg", "Hagen", "Lien", "Aas", "Tangen", "Myhre"]
r162_CITY = ["Oslo", "Bergen", "Tromso", "Molde", "Hamar", "Alta", "Bodo", "Skien", "Moss", "Larvik", "Narvik",
             "Harstad", "Halden", "Gjovik", "Voss", "Arendal", "Lillehammer", "Kongsberg", "Steinkjer", "Florø"]
r162_NICK = [("Robert", "Bob"), ("William", "Bill"), ("Elisabeth", "Lisa"), ("Katarina", "Kaja"),
             ("Margrethe", "Maggi"), ("Johannes", "Hans"), ("Alexander", "Sander"), ("Kristoffer", "Kris"),
             ("Fredrik", "Fred"), ("Henrikke", "Rikke"), ("Thomas", "Tommy"), ("Benedikte", "Bente")]


r162_USED = set()


def r162_w(k):
    while True:
        w = "".join(r162_rng.choice("bdfgklmnprstv") + r162_rng.choice("aeiou") for _ in range(k))
        if w not in r162_USED:
            r162_USED.add(w)
            return w


def r162_names(k):
    return ["%s %s" % ("".join(r162_rng.choice("bdfgklmnprstv") + r162_rng.choice("aeiou") for _ in range(2)).capitalize(),
                       r162_w(3).capitalize() + r162_rng.choice(["vik", "dal", "rud", "sen", "berg"])) for _ in range(k)]


def r162_cities(k):
    return [r162_w(3).capitalize() + r162_rng.choice(["stad", "dal", "nes", "by", "havn", "vik"]) for _ in range(k)]


def r162_last():
    return r162_w(3).capitalize() + r162_rng.choice(["vik", "dal", "rud", "sen", "berg", "lund"])


def r162_add(id, fam, prompt, sch, exp, answers, safe=False):
    assert id not in r162_ids, id
    r162_ids.add(id)
    J(id, fam, prompt, sch, exp, answers, safe=safe)


def r162_single(tag, fam, prompt, sch, exp, mistake, arguable=False):
    i = "d162-s-" + tag
    r162_add(i, "r162_" + fam + ("_arguable" if arguable else ""), prompt, sch, exp, [mistake, exp, exp])
    r162_singles.append(i)
    if arguable:
        r162_arguable.add(i)


def r162_pair(tag, fam, sch, bprompt, bexp, vprompt, vexp, arguable=False):
    b = "d162-b-" + tag
    v = "d162-v-" + tag
    r162_add(b, "r162_" + fam + "_base", bprompt, sch, bexp, [bexp])
    r162_add(v, "r162_" + fam + ("_arguable" if arguable else ""), vprompt, sch, vexp, [bexp, vexp])
    r162_pairs.append((b, v))
    if arguable:
        r162_arguable.add(v)


def r162_safe_v(tag, fam, sch, sprompt, exp):
    s = "d162-ok-" + tag
    r162_add(s, "r162_" + fam + "_safe", sprompt, sch, exp, [exp], safe=True)
    r162_safe.append(s)


# =========================================================== PART 1: a field of no member picks the record
# "Guest 1: Ana Berg, Oslo / Guest 2: Tom Lie, Bergen / Main contact: guest 1" -> the main contact's name and city.
# (ref label, (ref to first, ref to second, safe rewording of first), role word of the instruction, record word)
r162_PICK = [
    ("Main contact", ("guest 1", "guest 2", "the first guest"), "main contact", "Guest"),
    ("Contact person", ("guest 1", "guest 2", "Guest 1"), "contact person", "Guest"),
    ("Payer", ("the first guest", "the second guest", "guest 1"), "payer", "Guest"),
    ("Paid by", ("guest 1", "guest 2", "the first guest"), "person who paid", "Guest"),
    ("Lead passenger", ("passenger 1", "passenger 2", "the first passenger"), "lead passenger", "Passenger"),
    ("Account holder", ("applicant A", "applicant B", "applicant A (see above)"), "account holder", "Applicant"),
    ("Signed by", ("the former", "the latter", "the former of the two"), "signatory", "Party"),
    ("Primary", ("#1", "#2", "no. 1"), "primary person", "Person"),
    ("Responsible", ("the first one", "the other one", "the first"), "responsible person", "Member"),
    ("Keyholder", ("tenant 1", "tenant 2", "the first tenant"), "keyholder", "Tenant"),
    ("Hovedkontakt", ("gjest 1", "gjest 2", "første gjest"), "main contact", "Gjest"),
    ("Ansprechpartner", ("Gast 1", "Gast 2", "der erste Gast"), "contact person", "Gast"),
    ("Titulaire", ("le premier", "le second", "le premier voyageur"), "holder", "Voyageur"),
    ("Driver", ("same as renter 1", "same as renter 2", "as renter 1"), "driver", "Renter"),
    ("Invoice to", ("as guest 1", "as guest 2", "idem guest 1"), "invoice recipient", "Guest"),
]
r162_PICK_NUMW = {"Guest": ("1", "2"), "Passenger": ("1", "2"), "Applicant": ("A", "B"), "Party": ("1", "2"),
                  "Person": ("#1", "#2"), "Member": ("1", "2"), "Tenant": ("1", "2"), "Gjest": ("1", "2"),
                  "Gast": ("1", "2"), "Voyageur": ("1", "2"), "Renter": ("1", "2")}


def r162_pick_text(layout, rec, ids, names, cities, lab, ref):
    n1, n2 = names
    c1, c2 = cities
    i1, i2 = ids
    if layout == "L":
        return "%s %s: %s, %s\n%s %s: %s, %s\n%s: %s" % (rec, i1, n1, c1, rec, i2, n2, c2, lab, ref)
    if layout == "LL":
        return "%s %s\nName: %s\nCity: %s\n\n%s %s\nName: %s\nCity: %s\n\n%s: %s" % (
            rec, i1, n1, c1, rec, i2, n2, c2, lab, ref)
    if layout == "O":
        return "%s %s | %s | %s\n%s %s | %s | %s\n%s: %s" % (rec, i1, n1, c1, rec, i2, n2, c2, lab, ref)
    if layout == "T":
        return "| # | Name | City |\n|---|---|---|\n| %s | %s | %s |\n| %s | %s | %s |\n\n%s: %s" % (
            i1, n1, c1, i2, n2, c2, lab, ref)
    if layout == "C":
        return "no,name,city\n%s,%s,%s\n%s,%s,%s\n\n%s: %s" % (i1, n1, c1, i2, n2, c2, lab, ref)
    if layout == "Y":
        return "%ss:\n  - no: %s\n    name: %s\n    city: %s\n  - no: %s\n    name: %s\n    city: %s\n%s: %s" % (
            rec.lower(), i1, n1, c1, i2, n2, c2, lab.lower().replace(" ", "_"), ref)
    if layout == "P":
        return "%s %s is %s from %s. %s %s is %s from %s.\n%s: %s" % (rec, i1, n1, c1, rec, i2, n2, c2, lab, ref)
    if layout == "M":
        return ("Subject: booking\n\nHi,\n\nthe two travellers are %s (%s) and %s (%s).\n%s: %s\n\nBest regards,\nFront desk"
                % (n1, c1, n2, c2, lab, ref))
    raise ValueError(layout)


def r162_gen_pick():
    sch = S({"name": "string", "city": "string"})
    for pi, (lab, (r1, r2, rs), role, rec) in enumerate(r162_PICK):
        ids = r162_PICK_NUMW[rec]
        for layout in ("L", "LL", "O", "T", "C", "Y", "P", "M"):
            names = r162_names(2)
            cities = r162_cities(2)
            instr = "Extract the %s's name and city as JSON." % role
            tb = r162_pick_text(layout, rec, ids, names, cities, lab, r1)
            tv = r162_pick_text(layout, rec, ids, names, cities, lab, r2)
            ts = r162_pick_text(layout, rec, ids, names, cities, lab, rs)
            e1 = {"name": names[0], "city": cities[0]}
            e2 = {"name": names[1], "city": cities[1]}
            tag = "pick%d-%s" % (pi, layout)
            r162_pair(tag, "pick", sch, instr + "\n\n" + tb, e1, instr + "\n\n" + tv, e2)
            r162_safe_v(tag, "pick", sch, instr + "\n\n" + ts, e1)
            # single: the model takes the other record
            r162_single(tag, "pick", instr + "\n\n" + tv, sch, e2, e1)
            # single: the reference points to the first, model answers the last record seen
            r162_single(tag + "x", "pick", instr + "\n\n" + tb, sch, e1, e2)


r162_gen_pick()


# =========================================================== PART 2: ditto marks and "same as above" in rows
r162_DITTO = ['"', "\u3003", "ditto", "do.", "dto.", "same", "same as above", "as above", "id.", "idem", "''",
              "\u2033", "^", "\u2191", "sda", "dito", "s.o.", "samme", "〃 (same)", "(same)", "unchanged", "--\"--"]


def r162_ditto_text(layout, names, cities, d):
    n1, n2, n3 = names
    c1, c2, c3 = cities
    if layout == "T":
        return "| Name | City |\n|---|---|\n| %s | %s |\n| %s | %s |\n| %s | %s |" % (n1, c1, n2, d, n3, c3)
    if layout == "L":
        return "Name: %s\nCity: %s\n\nName: %s\nCity: %s\n\nName: %s\nCity: %s" % (n1, c1, n2, d, n3, c3)
    if layout == "O":
        return "%s | %s\n%s | %s\n%s | %s" % (n1, c1, n2, d, n3, c3)
    if layout == "C":
        return "name,city\n%s,%s\n%s,%s\n%s,%s" % (n1, c1, n2, d if d not in ('"',) else '""""', n3, c3)
    if layout == "W":  # fixed width
        return "%-14s%s\n%-14s%s\n%-14s%s\n%-14s%s" % ("NAME", "CITY", n1, c1, n2, d, n3, c3)
    raise ValueError(layout)


def r162_gen_ditto():
    sch = S({"name": "string", "city": "string"})
    for di, d in enumerate(r162_DITTO):
        for layout in ("T", "L", "O", "C", "W"):
            names = r162_names(3)
            cities = r162_cities(3)
            instr = "Give %s's name and city as JSON." % names[1]
            t = r162_ditto_text(layout, names, cities, d)
            right = {"name": names[1], "city": cities[0]}
            tag = "ditto%d-%s" % (di, layout)
            # the model takes the next row's city, or the pointer's own words
            r162_single(tag + "a", "ditto", instr + "\n\n" + t, sch, right, {"name": names[1], "city": cities[2]})
            # pair: stated, then ditto pointing at a row that changed
            tb = r162_ditto_text(layout, names, cities, cities[0])
            r162_pair(tag, "ditto", sch, instr + "\n\n" + tb, right,
                      instr + "\n\n" + r162_ditto_text(layout, names, [cities[2], cities[1], cities[0]], d),
                      {"name": names[1], "city": cities[2]})


r162_gen_ditto()


# =========================================================== PART 3: names, aliases, née, initials, split names
def r162_gen_names():
    sch_full = S({"full_name": "string", "city": "string"})
    sch_legal = S({"legal_name": "string", "city": "string"})
    sch_maiden = S({"maiden_name": "string"})
    sch_birth = S({"birth_surname": "string"})
    sch_sur = S({"surname": "string"})
    for ni, (given, nick) in enumerate(r162_NICK):
        last = r162_last()
        city = r162_cities(1)[0]
        right = {"full_name": "%s %s" % (given, last), "city": city}
        wrong = {"full_name": "%s %s" % (nick, last), "city": city}
        texts = [
            ("L1", "First name: %s (%s)\nSurname: %s\nCity: %s" % (given, nick, last, city)),
            ("L2", "Given name: %s\nFamily name: %s\nPreferred name: %s\nCity: %s" % (given, last, nick, city)),
            ("L3", "First name: %s\nLast name: %s\nCalled: %s\nCity: %s" % (given, last, nick, city)),
            ("L4", "Surname: %s\nFirst name: %s\nNickname: %s\nTown: %s" % (last, given, nick, city)),
            ("O1", "%s | %s | a.k.a. %s | %s" % (given, last, nick, city)),
            ("P1", "%s %s, known to everyone as %s, lives in %s." % (given, last, nick, city)),
            ("P2", "My name is %s %s, but please call me %s. I live in %s." % (given, last, nick, city)),
            ("Y1", "person:\n  first_name: %s\n  last_name: %s\n  goes_by: %s\n  city: %s" % (given, last, nick, city)),
            ("C1", "first,last,nickname,city\n%s,%s,%s,%s" % (given, last, nick, city)),
            ("M1", "From: %s.%s@example.no\n\nHi,\nI'm %s %s (%s to friends), writing from %s.\nCheers, %s"
             % (nick.lower(), last.lower(), given, last, nick, city, nick)),
        ]
        for tg, t in texts:
            r162_single("nick%d-%s" % (ni, tg), "nick", "Extract the full name and city as JSON.\n\n" + t,
                        sch_full, right, wrong)
        # legal name from "Robert 'Bob' Lund"
        for tg, t in [("q", "Name: %s '%s' %s\nCity: %s" % (given, nick, last, city)),
                      ("dq", 'Name: %s "%s" %s\nCity: %s' % (given, nick, last, city)),
                      ("par", "Name: %s (%s) %s\nCity: %s" % (given, nick, last, city)),
                      ("aka", "Name: %s %s a.k.a. %s\nCity: %s" % (given, last, nick, city)),
                      ("pr", "%s '%s' %s lives in %s." % (given, nick, last, city))]:
            r162_single("legal%d-%s" % (ni, tg), "legal", "Extract the legal name and city as JSON.\n\n" + t,
                        sch_legal, {"legal_name": "%s %s" % (given, last), "city": city},
                        {"legal_name": "%s %s" % (nick, last), "city": city})
        # pair: given name and nickname swapped
        for tg, fmt in [("L2", "Given name: %s\nFamily name: %s\nPreferred name: %s\nCity: %s"),
                        ("L3", "First name: %s\nLast name: %s\nCalled: %s\nCity: %s"),
                        ("Y1", "person:\n  first_name: %s\n  last_name: %s\n  goes_by: %s\n  city: %s")]:
            instr = "Extract the full name and city as JSON.\n\n"
            r162_pair("nickswap%d-%s" % (ni, tg), "nickswap", sch_full, instr + fmt % (given, last, nick, city), right,
                      instr + fmt % (nick, last, given, city), wrong)
        # née / born / geb.
        cur = r162_last()
        old = r162_last()
        first = r162_w(3).capitalize()
        for tg, t in [("nee", "Name: %s %s (née %s)" % (first, cur, old)),
                      ("nee2", "Name: %s %s, née %s" % (first, cur, old)),
                      ("born", "Name: %s %s, born %s" % (first, cur, old)),
                      ("geb", "Name: %s %s geb. %s" % (first, cur, old)),
                      ("fodt", "Navn: %s %s (født %s)" % (first, cur, old)),
                      ("formerly", "Name: %s %s (formerly %s)" % (first, cur, old)),
                      ("pr", "%s %s, née %s, signed the lease." % (first, cur, old)),
                      ("O", "%s %s | née %s | tenant" % (first, cur, old))]:
            instr_m = "Extract the maiden name as JSON.\n\n"
            r162_single("maiden%d-%s" % (ni, tg), "maiden", instr_m + t, sch_maiden, {"maiden_name": old},
                        {"maiden_name": cur})
            r162_single("birth%d-%s" % (ni, tg), "birth", "Extract the surname at birth as JSON.\n\n" + t, sch_birth,
                        {"birth_surname": old}, {"birth_surname": cur})
            r162_single("sur%d-%s" % (ni, tg), "sur", "Extract the current surname as JSON.\n\n" + t, sch_sur,
                        {"surname": cur}, {"surname": old})
            # pair: the two surnames swapped
            t2 = t.replace(cur, "@@").replace(old, cur).replace("@@", old)
            r162_pair("maidenswap%d-%s" % (ni, tg), "maidenswap", sch_maiden, instr_m + t, {"maiden_name": old},
                      instr_m + t2, {"maiden_name": cur})
        # initials: signature and printed name
        full = "%s %s" % (given, last)
        for tg, t in [("sig", "Signature: %s. %s\nPrinted name: %s\nCity: %s" % (given[0], last, full, city)),
                      ("init", "Name: %s. %s\nFull name: see passport\nCity: %s" % (given[0], last, city))]:
            r162_single("init%d-%s" % (ni, tg), "init", "Extract the full name and city as JSON.\n\n" + t, sch_full,
                        right, {"full_name": "%s. %s" % (given[0], last), "city": city}, arguable=(tg == "init"))


r162_gen_names()


# =========================================================== PART 4: "as billing", "see shipping", "unchanged"
def r162_gen_ptr():
    sch = S({"shipping_city": "string"})
    sch_b = S({"billing_city": "string"})
    sch2 = S({"name": "string", "city": "string"})
    PTRS = ["same as billing", "as billing", "see billing address", "as above", "idem", "identical to billing",
            "= billing", "wie Rechnungsadresse", "samme som faktura", "comme facturation", "(same)", "ditto",
            "see above", "billing address", "same as invoice address", "copy of billing"]
    for qi, ptr in enumerate(PTRS):
        c = r162_cities(3)
        layouts = [
            ("L", "Billing city: %s\nShipping city: %s\nOffice city: %s" % (c[0], ptr, c[2])),
            ("L2", "Billing address: Storgata 1, %s\nShipping address: %s\nHead office: Kirkegata 2, %s" % (c[0], ptr, c[2])),
            ("O", "billing: %s | shipping: %s | office: %s" % (c[0], ptr, c[2])),
            ("H", "BILLING\nCity: %s\n\nSHIPPING\nCity: %s\n\nOFFICE\nCity: %s" % (c[0], ptr, c[2])),
            ("P", "Please bill us in %s; shipping address %s. Our office is in %s." % (c[0], ptr, c[2])),
        ]
        for tg, t in layouts:
            instr = "Extract the shipping city as JSON.\n\n"
            r162_single("ptr%d-%s" % (qi, tg), "ptr", instr + t, sch, {"shipping_city": c[0]},
                        {"shipping_city": c[2]})
            r162_single("ptrw%d-%s" % (qi, tg), "ptrwords", instr + t, sch, {"shipping_city": c[0]},
                        {"shipping_city": ptr})
    # reverse: the billing points at shipping; the model copies the office
    for qi, ptr in enumerate(["same as shipping", "as shipping", "see delivery address", "as delivery"]):
        c = r162_cities(3)
        t = "Delivery city: %s\nBilling city: %s\nWarehouse city: %s" % (c[0], ptr, c[2])
        r162_single("rptr%d" % qi, "ptr", "Extract the billing city as JSON.\n\n" + t, sch_b,
                    {"billing_city": c[0]}, {"billing_city": c[2]})
    # unchanged: old/new records
    for ui, un in enumerate(["unchanged", "no change", "same as before", "as before", "uendret", "unverändert",
                             "(unchanged)", "—"]):
        n = r162_names(1)[0]
        c = r162_cities(2)
        for tg, t in [("L", "Name: %s\nOld city: %s\nNew city: %s\nPrevious office: %s" % (n, c[0], un, c[1])),
                      ("T", "| Field | Before | After |\n|---|---|---|\n| Name | %s | %s |\n| City | %s | %s |\n| Office | %s | %s |"
                       % (n, un, c[0], un, c[1], c[0])),
                      ("P", "Change request for %s: city %s (was %s); office moved from %s to %s." % (n, un, c[0], c[0], c[1]))]:
            instr = "Extract the name and the current city as JSON.\n\n"
            r162_single("unch%d-%s" % (ui, tg), "unch", instr + t, sch2, {"name": n, "city": c[0]},
                        {"name": n, "city": c[1]})


r162_gen_ptr()


# =========================================================== PART 5: the former / the latter, both, the other one
def r162_gen_prose():
    sch = S({"name": "string", "city": "string"}, {"city": "the city where the person works"})
    FL = [("the former", "the latter"), ("the first", "the second"), ("the first one", "the other one"),
          ("the first of them", "the last of them"), ("førstnevnte", "sistnevnte"), ("ersterem", "letzterem"),
          ("le premier", "le dernier")]
    for fi, (a, b) in enumerate(FL):
        for k in range(4):
            n = r162_names(1)[0]
            c = r162_cities(2)
            base_t = "%s has offices in %s and %s.\nShe works in %s." % (n, c[0], c[1], a)
            var_t = "%s has offices in %s and %s.\nShe works in %s." % (n, c[0], c[1], b)
            one = "%s has offices in %s and %s, and works in %s." % (n, c[0], c[1], b)
            instr = "Extract the name and the city as JSON.\n\n"
            e0 = {"name": n, "city": c[0]}
            e1 = {"name": n, "city": c[1]}
            r162_pair("fl%d-%d" % (fi, k), "formerlatter", sch, instr + base_t, e0, instr + var_t, e1)
            r162_single("fl%d-%d" % (fi, k), "formerlatter", instr + one, sch, e1, e0)
            r162_safe_v("fl%d-%d" % (fi, k), "formerlatter", sch,
                        instr + base_t.replace("has offices in", "has an office in each of"), e0)
            # record with a pointer to one of two listed offices
            rec_b = "Name: %s\nOffices: %s, %s\nWorks at: %s" % (n, c[0], c[1], a)
            rec_v = "Name: %s\nOffices: %s, %s\nWorks at: %s" % (n, c[0], c[1], b)
            r162_pair("flr%d-%d" % (fi, k), "formerlatter_rec", sch, instr + rec_b, e0, instr + rec_v, e1)
            r162_single("flr%d-%d" % (fi, k), "formerlatter_rec", instr + rec_v, sch, e1, e0)
    # "both live in Bergen", "lives with"
    sch_c = S({"name": "string", "city": "string"})
    for k in range(12):
        n1, n2 = r162_names(2)
        c = r162_cities(2)
        f2 = n2.split()[0]
        shapes = [
            ("both", "Name: %s\nPartner: %s\nBoth live in %s. %s grew up in %s." % (n1, f2, c[0], f2, c[1]), c[0], c[1]),
            ("with", "Name: %s\nLives with: %s\n%s's city: %s\nBirthplace: %s" % (n1, n2, f2, c[0], c[1]), c[0], c[1]),
            ("sameas", "Name: %s\nCity: same as %s\n%s: %s\nPrevious city: %s" % (n1, f2, f2, c[0], c[1]), c[0], c[1]),
            ("asfor", "Guest: %s, %s\nGuest: %s, city as for the first guest\nOffice: %s" % (n2, c[0], n1, c[1]), c[0], c[1]),
            ("pr", "%s lives in the same town as her cousin, who lives in %s. %s was born in %s." % (n1, c[0], n1.split()[0], c[1]), c[0], c[1]),
        ]
        for tg, t, right, wrong in shapes:
            instr = "Extract %s's name and the city where they live as JSON.\n\n" % n1
            r162_single("ref%d-%s" % (k, tg), "ref", instr + t, sch_c, {"name": n1, "city": right},
                        {"name": n1, "city": wrong})


r162_gen_prose()


# =========================================================== PART 6: one value for several fields; codes
def r162_gen_multi():
    for k in range(10):
        n1, n2 = r162_names(2)
        c = r162_cities(2)
        sch = S({"recipient_name": "string"})
        shapes = [
            ("ss", "Sender/recipient: %s\nCourier: %s" % (n1, n2), n1, n2),
            ("ns", "Name and signature: %s\nWitness: %s" % (n1, n2), n1, n2),
        ]
        for tg, t, right, wrong in shapes:
            r162_single("multi%d-%s" % (k, tg), "multi", "Extract the recipient's name as JSON.\n\n" + t, sch,
                        {"recipient_name": right}, {"recipient_name": wrong})
    # airport codes: route swapped
    APT = [("Oslo", "OSL"), ("Bergen", "BGO"), ("Tromso", "TOS"), ("Bodo", "BOO"), ("Alta", "ALF"),
           ("Molde", "MOL"), ("Stavanger", "SVG"), ("Trondheim", "TRD")]
    sch = S({"origin_code": "string", "destination_code": "string"})
    for k in range(16):
        (a, ac), (b, bc) = r162_rng.sample(APT, 2)
        for tg, fmt in [("R", "Route: %s (%s) - %s (%s)"), ("A", "Flight from %s (%s) to %s (%s)."),
                        ("L", "From: %s (%s)\nTo: %s (%s)")]:
            instr = "Extract the origin and destination airport codes as JSON.\n\n"
            r162_pair("apt%d-%s" % (k, tg), "apt", sch, instr + fmt % (a, ac, b, bc),
                      {"origin_code": ac, "destination_code": bc}, instr + fmt % (b, bc, a, ac),
                      {"origin_code": bc, "destination_code": ac})
            r162_single("apt%d-%s" % (k, tg), "apt", instr + fmt % (a, ac, b, bc), sch,
                        {"origin_code": ac, "destination_code": bc}, {"origin_code": bc, "destination_code": ac})
    # country codes by reference
    CC = [("NO", "Norway"), ("SE", "Sweden"), ("DK", "Denmark"), ("FI", "Finland"), ("IS", "Iceland"), ("DE", "Germany")]
    sch = S({"residence_country_code": "string"})
    for k in range(12):
        (x, xn), (y, yn) = r162_rng.sample(CC, 2)
        for tg, t in [("L", "Nationality: %s\nCountry of residence: same as nationality\nCountry of birth: %s" % (x, y)),
                      ("L2", "Country of birth: %s\nNationality: %s\nResidence: as nationality" % (y, x)),
                      ("P", "Citizen of %s (%s), born in %s (%s); resides in the former." % (xn, x, yn, y))]:
            r162_single("cc%d-%s" % (k, tg), "cc", "Extract the country of residence code as JSON.\n\n" + t, sch,
                        {"residence_country_code": x}, {"residence_country_code": y})


r162_gen_multi()



# =========================================================== PART 7: a pointer word no list holds, copied as the value
# "City: Ebenda" beside "Office: Kolaby" -> the office's city; the model copies "Ebenda" (a realistic copy of the
# field). Words of "same", "ditto", "as above", "the same place" in many languages, written as a name would be.
r162_PC = [
    # (pointer, arguable)
    ("Ebenda", False), ("Ebd.", False), ("Wie Büro", False), ("Wie Oben", False), ("Siehe Oben", False), ("Dito Büro", False),
    ("Gleich", False), ("Desgleichen", False), ("Dasselbe", False), ("Derselbe Ort", False),
    ("Igual", False), ("Lo Mismo", False), ("Ídem", False), ("Misma Ciudad", False), ("Igual Que Oficina", False),
    ("O Mesmo", False), ("Idem Escritório", False), ("Detto", False), ("Come Sopra", False), ("Stessa Città", False),
    ("Pareil", False), ("Même Ville", False), ("Voir Ci-Dessus", False), ("Comme Bureau", False),
    ("Sda", False), ("Sama", False), ("Sama Dengan Atas", False), ("Samma", False), ("Samma Stad", False),
    ("Sammeledes", False), ("Samme", False), ("Samme Sted", False), ("Som Kontor", False), ("Jf. Kontor", False),
    ("Zelfde", False), ("Dezelfde", False), ("Zelfde Stad", False), ("Idem Kantoor", False),
    ("Ten Sam", False), ("Ta Sama", False), ("To Samo", False), ("Jak Wyżej", False), ("Tamże", False),
    ("Stejné", False), ("Tamtéž", False), ("Dtto", False), ("Ugyanott", False), ("Ugyanaz", False), ("Ua.", False),
    ("Aynı", False), ("Aynı Şehir", False), ("Sama Kaupunki", False), ("Samoin", False), ("Sama Kuin Yllä", False),
    ("Ομοίως", False), ("Το Ίδιο", False), ("То Же", False), ("Там Же", False), ("Так Же", False), ("Тот Же Город", False),
    ("Те Саме", False), ("Isto", False), ("Isti Grad", False), ("Sama Mesto", False),
    ("As Office", False), ("Same As Office", False), ("As Per Office", False), ("Per Office", False), ("Office Ditto", False),
    ("As Stated Above", False), ("Stated Above", False), ("Hereinabove", True), ("Aforesaid", True), ("Aforementioned", True),
    ("Thereof", True), ("Said Place", True), ("Same Place", False), ("Likewise Office", False), ("Identical", False),
    ("Oppe", True), ("Infra", True), ("Vide Supra", False), ("Ut Supra", False), ("Ibid.", False), ("Ibidem", False),
]
r162_PN = [
    ("Said Person", False), ("Same Applicant", True), ("Zelfde Persoon", False), ("Samme Person", False), ("Sama Henkilö", False),
    ("Ta Sama", False), ("Ten Sam", False), ("Stejná Osoba", False), ("Aynı Kişi", False), ("La Misma", False),
    ("Lo Stesso", False), ("Le Même", False), ("La Même", False), ("Dieselbe Person", False), ("Derselbe Gast", False),
    ("Dto Dto", False), ("Sda Sda", False), ("Vide Supra", False), ("Jak Wyżej", False), ("Tamtéž Tamtéž", False),
    ("Above Named", False), ("Idem Supra", False), ("Ebenda Ebenda", False), ("Igual Igual", False), ("Same Again", False),
    ("Wie Buchender", True), ("Som Bestiller", True), ("Comme Réservant", True), ("Igual Que Titular", True),
    ("Тот Же", False), ("То Же", False), ("Ομοίως Ομοίως", False), ("Ugyanaz Ugyanaz", False), ("Aforesaid Booker", True),
]


def r162_city_layouts(n, b, p):
    return [
        ("L", "Extract the name and city as JSON.\n\nName: %s\nOffice: %s\nCity: %s" % (n, b, p)),
        ("O", "Extract the name and city as JSON.\n\nName: %s | Office: %s | City: %s" % (n, b, p)),
        ("T", "Extract the name and city as JSON.\n\n| Name | Office | City |\n|---|---|---|\n| %s | %s | %s |" % (n, b, p)),
        ("C", "Extract the name and city as JSON.\n\nname,office,city\n%s,%s,%s" % (n, b, p)),
        ("Y", "Extract the name and city as JSON.\n\nname: %s\noffice: %s\ncity: %s" % (n, b, p)),
        ("M", "Extract the name and city as JSON.\n\nHi,\nplease update my details:\nName: %s\nOffice: %s\nCity: %s\nThanks!"
         % (n, b, p)),
        ("R", "Extract the name and city as JSON.\n\nName: %s\nCity: %s\nOffice: %s" % (n, p, b)),
    ]


def r162_gen_pointer_values():
    sch = S({"name": "string", "city": "string"})
    for pi, (p, arg) in enumerate(r162_PC):
        for lay in ("L", "O", "T", "C", "Y", "M", "R"):
            n, b = r162_names(1)[0], r162_cities(1)[0]
            t = dict(r162_city_layouts(n, b, p))[lay]
            r162_single("pc%d-%s" % (pi, lay), "ptrcopy", t, sch, {"name": n, "city": b}, {"name": n, "city": p},
                        arguable=arg)
        # a pair: the stored base states the city, the variant's field now a pointer (the model copies it)
        n, b, c = r162_names(1)[0], r162_cities(1)[0], r162_cities(1)[0]
        base = "Extract the name and city as JSON.\n\nName: %s\nOffice: %s\nCity: %s" % (n, b, c)
        var = "Extract the name and city as JSON.\n\nName: %s\nOffice: %s\nCity: %s" % (n, b, p)
        r162_pair("pc%d" % pi, "ptrcopy", sch, base, {"name": n, "city": c}, var, {"name": n, "city": b}, arguable=arg)
        # other city members
        n, b = r162_names(1)[0], r162_cities(1)[0]
        sch_s = S({"billing_city": "string", "shipping_city": "string"})
        r162_single("pcs%d" % pi, "ptrcopy_ship",
                    "Extract the billing and shipping city as JSON.\n\nBilling city: %s\nShipping city: %s" % (b, p), sch_s,
                    {"billing_city": b, "shipping_city": b}, {"billing_city": b, "shipping_city": p}, arguable=arg)
        sch_d = S({"passenger": "string", "destination": "string"})
        r162_single("pcd%d" % pi, "ptrcopy_dest",
                    "Extract the passenger and destination as JSON.\n\nPassenger: %s\nHome: %s\nDestination: %s" % (n, b, p),
                    sch_d, {"passenger": n, "destination": b}, {"passenger": n, "destination": p}, arguable=arg)
    sch = S({"name": "string", "city": "string"})
    for pi, (p, arg) in enumerate(r162_PN):
        m, c = r162_names(1)[0], r162_cities(1)[0]
        shapes = [
            ("L", "Extract the name and city as JSON.\n\nBooker: %s\nName: %s\nCity: %s" % (m, p, c)),
            ("O", "Extract the name and city as JSON.\n\nBooker: %s | Name: %s | City: %s" % (m, p, c)),
            ("Y", "Extract the name and city as JSON.\n\nbooker: %s\nname: %s\ncity: %s" % (m, p, c)),
            ("M", "Extract the name and city as JSON.\n\nFrom: %s\n\nPlease register me.\nName: %s\nCity: %s" % (m, p, c)),
        ]
        for lay, t in shapes:
            r162_single("pn%d-%s" % (pi, lay), "ptrcopy_name", t, sch, {"name": m, "city": c}, {"name": p, "city": c},
                        arguable=arg)
        sch_g = S({"guest": "string", "payer": "string"})
        g = r162_names(1)[0]
        r162_single("pnp%d" % pi, "ptrcopy_payer", "Extract the guest and the payer as JSON.\n\nGuest: %s\nPayer: %s" % (g, p),
                    sch_g, {"guest": g, "payer": g}, {"guest": g, "payer": p}, arguable=arg)


r162_USED_C = []
_r162_cities_orig = r162_cities


def r162_cities(k):  # noqa: F811  (remembers every city made, to find the office in a generated text)
    out = _r162_cities_orig(k)
    r162_USED_C.extend(out)
    return out


r162_gen_pointer_values()


# =========================================================== PART 8: safe variants of stored plain records
def r162_gen_safe():
    sch = S({"name": "string", "city": "string"})
    for k in range(40):
        n, c, b = r162_names(1)[0], r162_cities(1)[0], r162_cities(1)[0]
        base = "Extract the name and city as JSON.\n\nName: %s\nCity: %s\nOffice: %s" % (n, c, b)
        e = {"name": n, "city": c}
        r162_add("d162-b-safe%d" % k, "r162_safe_base", base, sch, e, [e])
        vs = [base.replace(": ", ":  "), base.replace("\n", "\r\n"), base + "\n", base.replace("Name: ", "Name:\t"),
              base.replace("City: %s" % c, "City: %s (same as always)" % c), base.replace("Office: %s" % b, "Office: ditto")]
        sv = vs[k % len(vs)]
        r162_safe_v("safe%d" % k, "safe", sch, sv, e)


r162_gen_safe()



# =========================================================== PART 9: the licensed rewrite copies a pointer of another member
# A stored plain base ("Billing city: Kolaby / Shipping city: Rimadal"), then a request of the same shape whose second field
# points at the first in words no list holds ("Shipping city: Igual"): the model, asked, answers the billing city.
r162_RW_PTR1 = [p for p, a in r162_PC if " " not in p] + ["Ditto", "Idem", "Same", "Dito", "Ebenso", "Likewise"]
r162_RW_PTR2 = ["Wie Rechnung", "Som Faktura", "Comme Facturation", "Igual Facturación", "Idem Fattura", "Sama Tagihan",
                "Wie Oben", "Som Over", "Jak Wyżej", "Come Sopra", "Lo Mismo", "O Mesmo", "Ten Sam", "Ta Sama", "To Samo",
                "Le Même", "La Misma", "Ebenda Oben", "Samma Som", "Samme Som", "Zelfde Als", "Aynı Şekilde",
                "Wie Gast", "Som Gjest", "Comme Client", "Igual Titular", "Sama Tamu", "Idem Gast", "Ugyanaz Mint",
                "Same As", "As Billing", "As Above", "See Above", "Per Billing"]
r162_RW_SHAPES = [
    # tag, schema keys, labels, instruction, two-word values?
    ("ship", ("billing_city", "shipping_city"), ("Billing city", "Shipping city"), "Extract the billing and shipping city as JSON.", 1),
    ("deliv", ("invoice_city", "delivery_city"), ("Invoice city", "Delivery city"), "Extract the invoice and delivery city as JSON.", 1),
    ("ret", ("departure_city", "return_city"), ("Departure city", "Return city"), "Extract the departure and return city as JSON.", 1),
    ("home", ("birth_city", "home_city"), ("Birth city", "Home city"), "Extract the birth city and home city as JSON.", 1),
    ("pay", ("guest", "payer"), ("Guest", "Payer"), "Extract the guest and the payer as JSON.", 2),
    ("drv", ("owner", "driver"), ("Owner", "Driver"), "Extract the owner and the driver as JSON.", 2),
    ("pol", ("patient", "policy_holder"), ("Patient", "Policy holder"), "Extract the patient and the policy holder as JSON.", 2),
    ("acc", ("applicant", "account_holder"), ("Applicant", "Account holder"), "Extract the applicant and the account holder as JSON.", 2),
]


def r162_rw_text(lay, labs, keys, v1, v2):
    l1, l2 = labs
    if lay == "L":
        return "%s: %s\n%s: %s" % (l1, v1, l2, v2)
    if lay == "O":
        return "%s: %s | %s: %s" % (l1, v1, l2, v2)
    if lay == "Y":
        return "%s: %s\n%s: %s" % (keys[0], v1, keys[1], v2)
    if lay == "C":
        return "%s,%s\n%s,%s" % (keys[0], keys[1], v1, v2)
    if lay == "T":
        return "| %s | %s |\n|---|---|\n| %s | %s |" % (l1, l2, v1, v2)
    if lay == "J":
        return json.dumps({keys[0]: v1, keys[1]: v2}, ensure_ascii=False)
    if lay == "E":
        return "Hi,\n\nplease note for my booking:\n%s: %s\n%s: %s\n\nBest regards" % (l1, v1, l2, v2)
    raise ValueError(lay)


r162_ARG_ANY = {"Hereinabove", "Aforesaid", "Aforementioned", "Thereof", "Oppe", "Infra", "Said Place", "Same As",
                "Ebenda Oben", "Samma Som", "Samme Som", "Zelfde Als", "Ugyanaz Mint", "Igual Titular", "Aynı Şekilde"}
r162_BILL_WORDS = {"Wie Rechnung", "Som Faktura", "Comme Facturation", "Igual Facturación", "Idem Fattura", "Sama Tagihan",
                   "As Billing", "Per Billing"}
r162_GUEST_WORDS = {"Wie Gast", "Som Gjest", "Comme Client", "Sama Tamu", "Idem Gast"}


def r162_rw_arguable(tag, words, p):
    """Arguable: the pointer's referent is not in the text or not clear (a reader may not resolve it to the other field)."""
    if p in r162_ARG_ANY:
        return True
    if words == 2 and p in r162_BILL_WORDS:
        return True
    if tag in ("drv", "pol", "acc") and p in r162_GUEST_WORDS:
        return True
    return False


def r162_gen_rewrite():
    for tag, keys, labs, instr, words in r162_RW_SHAPES:
        sch = S({keys[0]: "string", keys[1]: "string"})
        ptrs = r162_RW_PTR1 if words == 1 else r162_RW_PTR2
        for lay in ("L", "O", "Y", "C", "T", "J", "E"):
            for pi, p in enumerate(ptrs):
                if words == 1:
                    a, b, c = r162_cities(3)
                else:
                    a, b, c = r162_names(3)
                be = {keys[0]: a, keys[1]: b}
                ve = {keys[0]: c, keys[1]: c}
                tid = "rw-%s-%s-%d" % (tag, lay, pi)
                arg = r162_rw_arguable(tag, words, p)
                r162_pair(tid, "rewrite_" + tag, sch, instr + "\n\n" + r162_rw_text(lay, labs, keys, a, b), be,
                          instr + "\n\n" + r162_rw_text(lay, labs, keys, c, p), ve, arguable=arg)
                # the same variant, asked again with the other value written out (a rewrite that is right): control
                if pi % 8 == 0:
                    d = r162_cities(1)[0] if words == 1 else r162_names(1)[0]
                    r162_add("d162-c-" + tid, "r162_rewrite_control", instr + "\n\n" + r162_rw_text(lay, labs, keys, c, d),
                             sch, {keys[0]: c, keys[1]: d}, [{keys[0]: c, keys[1]: d}])


r162_gen_rewrite()



# =========================================================== PART 10: edges of part 9 (abbreviations, more field pairs)
r162_RW_PTR1B = ["Do.", "Dto.", "Dtto.", "Id.", "Ibd.", "Ib.", "Jw.", "J.w.", "Tamże", "Tamt.", "Ua.", "Uo.", "S.o.", "Sdo.",
                 "Dsgl.", "Dgl.", "Ds.", "Smst.", "Ditto.", "Iisama", "Sammeleis", "Likeså", "Detsamma", "Dasgleiche",
                 "Gleichfalls", "Ebenfalls", "Eveneens", "Insgelijks", "Igualmente", "Idénticamente", "Altrettanto",
                 "Egualmente", "Pareillement", "Również", "Rovněž", "Szintén", "Ugyanígy", "Aynen", "Также", "Аналогично",
                 "Επίσης", "Likeledes", "Tilsvarende", "Dito.", "Ditto", "Idem", "Ebd", "Ebda."]
r162_RW_PTR2B = ["Samme Gjest", "Gleicher Gast", "Dieselbe Person", "Même Personne", "Sama Orang", "Zelfde Gast",
                 "Mismo Huésped", "Stesso Ospite", "Ten Sam Gość", "Tentýž Host", "Ugyanaz Vendég", "Aynı Misafir",
                 "Тот Же Гость", "Ίδιος Επισκέπτης", "Samma Gäst", "Sama Vieras", "Ditto Guest", "Idem Guest", "Guest Ditto",
                 "Guest Idem", "Gast Dito", "Gjest Ditto", "Dto Gast", "Ebenda Gast"]
r162_RW_SHAPES_B = [
    ("pick", ("pickup_city", "dropoff_city"), ("Pickup city", "Drop-off city"), "Extract the pickup and drop-off city as JSON.", 1),
    ("post", ("street_city", "postal_city"), ("Street city", "Postal city"), "Extract the street city and the postal city as JSON.", 1),
    ("orig", ("origin", "destination"), ("Origin", "Destination"), "Extract the origin and destination as JSON.", 1),
    ("ship2", ("billing_city", "shipping_city"), ("Billing city", "Shipping city"), "Extract the billing and shipping city as JSON.", 1),
    ("pay2", ("guest", "payer"), ("Guest", "Payer"), "Extract the guest and the payer as JSON.", 2),
    ("bkr", ("guest", "booker"), ("Guest", "Booked by"), "Extract the guest and the booker as JSON.", 2),
]


def r162_gen_rewrite_b():
    for tag, keys, labs, instr, words in r162_RW_SHAPES_B:
        sch = S({keys[0]: "string", keys[1]: "string"})
        ptrs = r162_RW_PTR1B if words == 1 else r162_RW_PTR2B
        for lay in ("L", "O", "E"):
            for pi, p in enumerate(ptrs):
                a, b, c = r162_cities(3) if words == 1 else r162_names(3)
                be = {keys[0]: a, keys[1]: b}
                ve = {keys[0]: c, keys[1]: c}
                tid = "rwb-%s-%s-%d" % (tag, lay, pi)
                r162_pair(tid, "rewriteb_" + tag, sch, instr + "\n\n" + r162_rw_text(lay, labs, keys, a, b), be,
                          instr + "\n\n" + r162_rw_text(lay, labs, keys, c, p), ve)


r162_gen_rewrite_b()
# a destination that is the origin again: a reader may doubt the pointer (arguable)
r162_arguable |= {r162_x[1] for r162_x in r162_pairs if r162_x[1].startswith("d162-v-rwb-orig-")}



# Every id served wrong from the cache in the full run (run 1 or 2), clear and arguable.
r162_found_alone = {
    'd162-s-pc0-C', 'd162-s-pc0-L', 'd162-s-pc1-C', 'd162-s-pc1-L', 'd162-s-pc10-C', 'd162-s-pc10-L', 'd162-s-pc12-C',
    'd162-s-pc12-L', 'd162-s-pc14-C', 'd162-s-pc14-L', 'd162-s-pc2-C', 'd162-s-pc2-L', 'd162-s-pc23-C', 'd162-s-pc23-L',
    'd162-s-pc24-C', 'd162-s-pc24-L', 'd162-s-pc29-C', 'd162-s-pc29-L', 'd162-s-pc32-C', 'd162-s-pc32-L',
    'd162-s-pc33-C', 'd162-s-pc38-C', 'd162-s-pc38-L', 'd162-s-pc43-C', 'd162-s-pc43-L', 'd162-s-pc46-C',
    'd162-s-pc46-L', 'd162-s-pc48-C', 'd162-s-pc48-L', 'd162-s-pc52-C', 'd162-s-pc52-L', 'd162-s-pc54-C',
    'd162-s-pc54-L', 'd162-s-pc55-C', 'd162-s-pc55-L', 'd162-s-pc56-C', 'd162-s-pc56-L', 'd162-s-pc57-C',
    'd162-s-pc57-L', 'd162-s-pc58-C', 'd162-s-pc58-L', 'd162-s-pc59-C', 'd162-s-pc59-L', 'd162-s-pc60-C',
    'd162-s-pc60-L', 'd162-s-pc62-C', 'd162-s-pc62-L', 'd162-s-pc64-C', 'd162-s-pc64-L', 'd162-s-pc66-C',
    'd162-s-pc66-L', 'd162-s-pc67-C', 'd162-s-pc67-L', 'd162-s-pc71-C', 'd162-s-pc71-L', 'd162-s-pc72-C',
    'd162-s-pc72-L', 'd162-s-pc73-C', 'd162-s-pc73-L', 'd162-s-pc74-C', 'd162-s-pc74-L', 'd162-s-pc79-C',
    'd162-s-pc79-L', 'd162-s-pc80-C', 'd162-s-pc80-L', 'd162-s-pcs0', 'd162-s-pcs1', 'd162-s-pcs10', 'd162-s-pcs12',
    'd162-s-pcs14', 'd162-s-pcs2', 'd162-s-pcs23', 'd162-s-pcs24', 'd162-s-pcs29', 'd162-s-pcs32', 'd162-s-pcs38',
    'd162-s-pcs43', 'd162-s-pcs46', 'd162-s-pcs48', 'd162-s-pcs52', 'd162-s-pcs54', 'd162-s-pcs55', 'd162-s-pcs56',
    'd162-s-pcs57', 'd162-s-pcs58', 'd162-s-pcs59', 'd162-s-pcs60', 'd162-s-pcs62', 'd162-s-pcs64', 'd162-s-pcs66',
    'd162-s-pcs67', 'd162-s-pcs71', 'd162-s-pcs72', 'd162-s-pcs73', 'd162-s-pcs74', 'd162-s-pcs79', 'd162-s-pcs80',
    'd162-s-pnp16', 'd162-s-pnp22', 'd162-s-pnp23', 'd162-s-pnp25', 'd162-s-pnp26', 'd162-s-pnp27', 'd162-s-pnp28',
    'd162-s-pnp29', 'd162-s-pnp30', 'd162-s-pnp31', 'd162-s-pnp33', 'd162-s-pnp6', 'd162-s-pnp7', 'd162-v-rw-acc-E-0',
    'd162-v-rw-acc-E-1', 'd162-v-rw-acc-E-12', 'd162-v-rw-acc-E-2', 'd162-v-rw-acc-E-22', 'd162-v-rw-acc-E-23',
    'd162-v-rw-acc-E-24', 'd162-v-rw-acc-E-25', 'd162-v-rw-acc-E-3', 'd162-v-rw-acc-E-30', 'd162-v-rw-acc-E-33',
    'd162-v-rw-acc-L-0', 'd162-v-rw-acc-L-1', 'd162-v-rw-acc-L-12', 'd162-v-rw-acc-L-2', 'd162-v-rw-acc-L-22',
    'd162-v-rw-acc-L-23', 'd162-v-rw-acc-L-24', 'd162-v-rw-acc-L-25', 'd162-v-rw-acc-L-3', 'd162-v-rw-acc-L-30',
    'd162-v-rw-acc-L-33', 'd162-v-rw-acc-O-0', 'd162-v-rw-acc-O-1', 'd162-v-rw-acc-O-2', 'd162-v-rw-acc-O-24',
    'd162-v-rw-acc-O-3', 'd162-v-rw-acc-O-30', 'd162-v-rw-acc-O-33', 'd162-v-rw-deliv-E-0', 'd162-v-rw-deliv-E-12',
    'd162-v-rw-deliv-E-17', 'd162-v-rw-deliv-E-20', 'd162-v-rw-deliv-E-24', 'd162-v-rw-deliv-E-25',
    'd162-v-rw-deliv-E-27', 'd162-v-rw-deliv-E-28', 'd162-v-rw-deliv-E-29', 'd162-v-rw-deliv-E-30',
    'd162-v-rw-deliv-E-32', 'd162-v-rw-deliv-E-33', 'd162-v-rw-deliv-E-5', 'd162-v-rw-deliv-E-6', 'd162-v-rw-deliv-E-9',
    'd162-v-rw-deliv-L-0', 'd162-v-rw-deliv-L-12', 'd162-v-rw-deliv-L-17', 'd162-v-rw-deliv-L-20',
    'd162-v-rw-deliv-L-24', 'd162-v-rw-deliv-L-25', 'd162-v-rw-deliv-L-27', 'd162-v-rw-deliv-L-28',
    'd162-v-rw-deliv-L-29', 'd162-v-rw-deliv-L-30', 'd162-v-rw-deliv-L-32', 'd162-v-rw-deliv-L-33',
    'd162-v-rw-deliv-L-5', 'd162-v-rw-deliv-L-6', 'd162-v-rw-deliv-L-9', 'd162-v-rw-deliv-O-0', 'd162-v-rw-deliv-O-12',
    'd162-v-rw-deliv-O-17', 'd162-v-rw-deliv-O-20', 'd162-v-rw-deliv-O-24', 'd162-v-rw-deliv-O-29',
    'd162-v-rw-deliv-O-30', 'd162-v-rw-deliv-O-32', 'd162-v-rw-deliv-O-5', 'd162-v-rw-deliv-O-6', 'd162-v-rw-deliv-O-9',
    'd162-v-rw-drv-E-0', 'd162-v-rw-drv-E-1', 'd162-v-rw-drv-E-12', 'd162-v-rw-drv-E-2', 'd162-v-rw-drv-E-22',
    'd162-v-rw-drv-E-23', 'd162-v-rw-drv-E-24', 'd162-v-rw-drv-E-25', 'd162-v-rw-drv-E-3', 'd162-v-rw-drv-E-30',
    'd162-v-rw-drv-E-33', 'd162-v-rw-drv-J-0', 'd162-v-rw-drv-J-24', 'd162-v-rw-drv-L-0', 'd162-v-rw-drv-L-12',
    'd162-v-rw-drv-L-2', 'd162-v-rw-drv-L-22', 'd162-v-rw-drv-L-23', 'd162-v-rw-drv-L-24', 'd162-v-rw-drv-L-25',
    'd162-v-rw-drv-L-30', 'd162-v-rw-drv-L-33', 'd162-v-rw-drv-O-0', 'd162-v-rw-drv-O-24', 'd162-v-rw-drv-O-33',
    'd162-v-rw-drv-Y-0', 'd162-v-rw-drv-Y-1', 'd162-v-rw-drv-Y-2', 'd162-v-rw-drv-Y-22', 'd162-v-rw-drv-Y-23',
    'd162-v-rw-drv-Y-24', 'd162-v-rw-drv-Y-25', 'd162-v-rw-drv-Y-3', 'd162-v-rw-drv-Y-30', 'd162-v-rw-drv-Y-33',
    'd162-v-rw-pay-E-0', 'd162-v-rw-pay-E-1', 'd162-v-rw-pay-E-12', 'd162-v-rw-pay-E-2', 'd162-v-rw-pay-E-22',
    'd162-v-rw-pay-E-23', 'd162-v-rw-pay-E-24', 'd162-v-rw-pay-E-25', 'd162-v-rw-pay-E-3', 'd162-v-rw-pay-E-30',
    'd162-v-rw-pay-E-33', 'd162-v-rw-pay-J-0', 'd162-v-rw-pay-J-24', 'd162-v-rw-pay-L-0', 'd162-v-rw-pay-L-1',
    'd162-v-rw-pay-L-12', 'd162-v-rw-pay-L-2', 'd162-v-rw-pay-L-22', 'd162-v-rw-pay-L-23', 'd162-v-rw-pay-L-24',
    'd162-v-rw-pay-L-25', 'd162-v-rw-pay-L-3', 'd162-v-rw-pay-L-30', 'd162-v-rw-pay-L-33', 'd162-v-rw-pay-O-0',
    'd162-v-rw-pay-O-1', 'd162-v-rw-pay-O-12', 'd162-v-rw-pay-O-24', 'd162-v-rw-pay-O-25', 'd162-v-rw-pay-O-3',
    'd162-v-rw-pay-O-30', 'd162-v-rw-pay-O-33', 'd162-v-rw-pay-Y-12', 'd162-v-rw-pay-Y-2', 'd162-v-rw-pay-Y-22',
    'd162-v-rw-pay-Y-23', 'd162-v-rw-pay-Y-24', 'd162-v-rw-pay-Y-25', 'd162-v-rw-pay-Y-3', 'd162-v-rw-pay-Y-30',
    'd162-v-rw-pay-Y-33', 'd162-v-rw-pol-E-0', 'd162-v-rw-pol-E-1', 'd162-v-rw-pol-E-12', 'd162-v-rw-pol-E-2',
    'd162-v-rw-pol-E-22', 'd162-v-rw-pol-E-23', 'd162-v-rw-pol-E-24', 'd162-v-rw-pol-E-25', 'd162-v-rw-pol-E-3',
    'd162-v-rw-pol-E-30', 'd162-v-rw-pol-E-33', 'd162-v-rw-pol-L-0', 'd162-v-rw-pol-L-1', 'd162-v-rw-pol-L-12',
    'd162-v-rw-pol-L-2', 'd162-v-rw-pol-L-22', 'd162-v-rw-pol-L-23', 'd162-v-rw-pol-L-24', 'd162-v-rw-pol-L-25',
    'd162-v-rw-pol-L-3', 'd162-v-rw-pol-L-30', 'd162-v-rw-pol-L-33', 'd162-v-rw-pol-O-0', 'd162-v-rw-pol-O-1',
    'd162-v-rw-pol-O-2', 'd162-v-rw-pol-O-22', 'd162-v-rw-pol-O-23', 'd162-v-rw-pol-O-24', 'd162-v-rw-pol-O-25',
    'd162-v-rw-pol-O-30', 'd162-v-rw-pol-O-33', 'd162-v-rw-ret-E-0', 'd162-v-rw-ret-E-12', 'd162-v-rw-ret-E-17',
    'd162-v-rw-ret-E-20', 'd162-v-rw-ret-E-24', 'd162-v-rw-ret-E-25', 'd162-v-rw-ret-E-27', 'd162-v-rw-ret-E-28',
    'd162-v-rw-ret-E-29', 'd162-v-rw-ret-E-30', 'd162-v-rw-ret-E-32', 'd162-v-rw-ret-E-33', 'd162-v-rw-ret-E-5',
    'd162-v-rw-ret-E-6', 'd162-v-rw-ret-E-9', 'd162-v-rw-ret-L-0', 'd162-v-rw-ret-L-12', 'd162-v-rw-ret-L-17',
    'd162-v-rw-ret-L-20', 'd162-v-rw-ret-L-24', 'd162-v-rw-ret-L-25', 'd162-v-rw-ret-L-27', 'd162-v-rw-ret-L-28',
    'd162-v-rw-ret-L-29', 'd162-v-rw-ret-L-30', 'd162-v-rw-ret-L-32', 'd162-v-rw-ret-L-33', 'd162-v-rw-ret-L-5',
    'd162-v-rw-ret-L-6', 'd162-v-rw-ret-L-9', 'd162-v-rw-ret-O-0', 'd162-v-rw-ret-O-20', 'd162-v-rw-ret-O-24',
    'd162-v-rw-ret-O-30', 'd162-v-rw-ret-O-32', 'd162-v-rw-ret-O-9', 'd162-v-rw-ship-E-0', 'd162-v-rw-ship-E-1',
    'd162-v-rw-ship-E-12', 'd162-v-rw-ship-E-17', 'd162-v-rw-ship-E-20', 'd162-v-rw-ship-E-24', 'd162-v-rw-ship-E-25',
    'd162-v-rw-ship-E-27', 'd162-v-rw-ship-E-28', 'd162-v-rw-ship-E-29', 'd162-v-rw-ship-E-30', 'd162-v-rw-ship-E-32',
    'd162-v-rw-ship-E-33', 'd162-v-rw-ship-E-5', 'd162-v-rw-ship-E-6', 'd162-v-rw-ship-E-9', 'd162-v-rw-ship-L-0',
    'd162-v-rw-ship-L-1', 'd162-v-rw-ship-L-12', 'd162-v-rw-ship-L-17', 'd162-v-rw-ship-L-20', 'd162-v-rw-ship-L-22',
    'd162-v-rw-ship-L-24', 'd162-v-rw-ship-L-25', 'd162-v-rw-ship-L-27', 'd162-v-rw-ship-L-28', 'd162-v-rw-ship-L-29',
    'd162-v-rw-ship-L-30', 'd162-v-rw-ship-L-32', 'd162-v-rw-ship-L-33', 'd162-v-rw-ship-L-5', 'd162-v-rw-ship-L-6',
    'd162-v-rw-ship-L-9', 'd162-v-rw-ship-O-0', 'd162-v-rw-ship-O-1', 'd162-v-rw-ship-O-12', 'd162-v-rw-ship-O-22',
    'd162-v-rw-ship-O-24', 'd162-v-rw-ship-O-29', 'd162-v-rw-ship-O-30', 'd162-v-rw-ship-O-32', 'd162-v-rw-ship-O-33',
    'd162-v-rw-ship-O-5', 'd162-v-rw-ship-O-9', 'd162-v-rwb-orig-E-19', 'd162-v-rwb-orig-E-20', 'd162-v-rwb-orig-E-21',
    'd162-v-rwb-orig-E-22', 'd162-v-rwb-orig-E-23', 'd162-v-rwb-orig-E-24', 'd162-v-rwb-orig-E-25',
    'd162-v-rwb-orig-E-26', 'd162-v-rwb-orig-E-27', 'd162-v-rwb-orig-E-28', 'd162-v-rwb-orig-E-29',
    'd162-v-rwb-orig-E-30', 'd162-v-rwb-orig-E-31', 'd162-v-rwb-orig-E-32', 'd162-v-rwb-orig-E-33',
    'd162-v-rwb-orig-E-34', 'd162-v-rwb-orig-E-35', 'd162-v-rwb-orig-E-36', 'd162-v-rwb-orig-E-37',
    'd162-v-rwb-orig-E-38', 'd162-v-rwb-orig-E-39', 'd162-v-rwb-orig-E-40', 'd162-v-rwb-orig-E-41',
    'd162-v-rwb-orig-E-42', 'd162-v-rwb-orig-E-46', 'd162-v-rwb-orig-L-19', 'd162-v-rwb-orig-L-20',
    'd162-v-rwb-orig-L-21', 'd162-v-rwb-orig-L-22', 'd162-v-rwb-orig-L-23', 'd162-v-rwb-orig-L-24',
    'd162-v-rwb-orig-L-25', 'd162-v-rwb-orig-L-26', 'd162-v-rwb-orig-L-27', 'd162-v-rwb-orig-L-28',
    'd162-v-rwb-orig-L-29', 'd162-v-rwb-orig-L-30', 'd162-v-rwb-orig-L-31', 'd162-v-rwb-orig-L-32',
    'd162-v-rwb-orig-L-33', 'd162-v-rwb-orig-L-34', 'd162-v-rwb-orig-L-35', 'd162-v-rwb-orig-L-36',
    'd162-v-rwb-orig-L-37', 'd162-v-rwb-orig-L-38', 'd162-v-rwb-orig-L-39', 'd162-v-rwb-orig-L-40',
    'd162-v-rwb-orig-L-41', 'd162-v-rwb-orig-L-42', 'd162-v-rwb-orig-L-46', 'd162-v-rwb-orig-O-19',
    'd162-v-rwb-orig-O-20', 'd162-v-rwb-orig-O-21', 'd162-v-rwb-orig-O-30', 'd162-v-rwb-orig-O-35',
    'd162-v-rwb-pay2-E-1', 'd162-v-rwb-pay2-E-13', 'd162-v-rwb-pay2-E-23', 'd162-v-rwb-pay2-E-9',
    'd162-v-rwb-pay2-L-23', 'd162-v-rwb-pay2-L-9', 'd162-v-rwb-pay2-O-9', 'd162-v-rwb-post-E-19',
    'd162-v-rwb-post-E-20', 'd162-v-rwb-post-E-21', 'd162-v-rwb-post-E-22', 'd162-v-rwb-post-E-23',
    'd162-v-rwb-post-E-24', 'd162-v-rwb-post-E-25', 'd162-v-rwb-post-E-26', 'd162-v-rwb-post-E-27',
    'd162-v-rwb-post-E-28', 'd162-v-rwb-post-E-29', 'd162-v-rwb-post-E-30', 'd162-v-rwb-post-E-31',
    'd162-v-rwb-post-E-32', 'd162-v-rwb-post-E-33', 'd162-v-rwb-post-E-34', 'd162-v-rwb-post-E-35',
    'd162-v-rwb-post-E-36', 'd162-v-rwb-post-E-37', 'd162-v-rwb-post-E-38', 'd162-v-rwb-post-E-39',
    'd162-v-rwb-post-E-40', 'd162-v-rwb-post-E-41', 'd162-v-rwb-post-E-42', 'd162-v-rwb-post-E-46',
    'd162-v-rwb-post-L-19', 'd162-v-rwb-post-L-20', 'd162-v-rwb-post-L-21', 'd162-v-rwb-post-L-22',
    'd162-v-rwb-post-L-23', 'd162-v-rwb-post-L-24', 'd162-v-rwb-post-L-25', 'd162-v-rwb-post-L-26',
    'd162-v-rwb-post-L-27', 'd162-v-rwb-post-L-28', 'd162-v-rwb-post-L-29', 'd162-v-rwb-post-L-30',
    'd162-v-rwb-post-L-31', 'd162-v-rwb-post-L-32', 'd162-v-rwb-post-L-33', 'd162-v-rwb-post-L-34',
    'd162-v-rwb-post-L-35', 'd162-v-rwb-post-L-36', 'd162-v-rwb-post-L-37', 'd162-v-rwb-post-L-38',
    'd162-v-rwb-post-L-39', 'd162-v-rwb-post-L-40', 'd162-v-rwb-post-L-41', 'd162-v-rwb-post-L-42',
    'd162-v-rwb-post-L-46', 'd162-v-rwb-post-O-22', 'd162-v-rwb-post-O-29', 'd162-v-rwb-post-O-31',
    'd162-v-rwb-ship2-E-19', 'd162-v-rwb-ship2-E-20', 'd162-v-rwb-ship2-E-21', 'd162-v-rwb-ship2-E-22',
    'd162-v-rwb-ship2-E-23', 'd162-v-rwb-ship2-E-24', 'd162-v-rwb-ship2-E-25', 'd162-v-rwb-ship2-E-26',
    'd162-v-rwb-ship2-E-27', 'd162-v-rwb-ship2-E-28', 'd162-v-rwb-ship2-E-29', 'd162-v-rwb-ship2-E-30',
    'd162-v-rwb-ship2-E-31', 'd162-v-rwb-ship2-E-32', 'd162-v-rwb-ship2-E-33', 'd162-v-rwb-ship2-E-34',
    'd162-v-rwb-ship2-E-35', 'd162-v-rwb-ship2-E-36', 'd162-v-rwb-ship2-E-37', 'd162-v-rwb-ship2-E-38',
    'd162-v-rwb-ship2-E-39', 'd162-v-rwb-ship2-E-40', 'd162-v-rwb-ship2-E-41', 'd162-v-rwb-ship2-E-42',
    'd162-v-rwb-ship2-E-46', 'd162-v-rwb-ship2-L-10', 'd162-v-rwb-ship2-L-19', 'd162-v-rwb-ship2-L-20',
    'd162-v-rwb-ship2-L-21', 'd162-v-rwb-ship2-L-22', 'd162-v-rwb-ship2-L-23', 'd162-v-rwb-ship2-L-24',
    'd162-v-rwb-ship2-L-25', 'd162-v-rwb-ship2-L-26', 'd162-v-rwb-ship2-L-27', 'd162-v-rwb-ship2-L-28',
    'd162-v-rwb-ship2-L-29', 'd162-v-rwb-ship2-L-30', 'd162-v-rwb-ship2-L-31', 'd162-v-rwb-ship2-L-32',
    'd162-v-rwb-ship2-L-33', 'd162-v-rwb-ship2-L-34', 'd162-v-rwb-ship2-L-35', 'd162-v-rwb-ship2-L-36',
    'd162-v-rwb-ship2-L-37', 'd162-v-rwb-ship2-L-38', 'd162-v-rwb-ship2-L-39', 'd162-v-rwb-ship2-L-40',
    'd162-v-rwb-ship2-L-41', 'd162-v-rwb-ship2-L-42', 'd162-v-rwb-ship2-L-46', 'd162-v-rwb-ship2-O-10',
    'd162-v-rwb-ship2-O-19', 'd162-v-rwb-ship2-O-22', 'd162-v-rwb-ship2-O-25', 'd162-v-rwb-ship2-O-28',
    'd162-v-rwb-ship2-O-29', 'd162-v-rwb-ship2-O-31', 'd162-v-rwb-ship2-O-35', 'd162-v-rwb-ship2-O-41',
    'd162-v-rwb-ship2-O-46',
}
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 2th safe variant and every 10th of the rest; then every arguable item left out.
# (with the bases of the pairs found: a variant is a finding only after its base is stored)
r162_keep = set(r162_found_alone) | {"d162-b-" + x[len("d162-v-"):] for x in r162_found_alone if x.startswith("d162-v-")}
from probe_kit import sample_round as r162_sample_round  # noqa: E402

r162_sample_round("d162-", r162_keep, 10, safe_every=2)
P[:] = [r162_p for r162_p in P if r162_p["id"] not in r162_arguable]
