r"""Red-team round 168 (black box): WHICH IDENTIFIER.
Focus: records holding several codes, numbers and handles of one kind (order/invoice/customer numbers, tracking, account,
  IBAN, phone/mobile/fax, billing e-mail, postcodes, plates, flights, booking refs, SKU, serials, tickets, cases, VAT,
  passports, our/your ref); the schema asks one. Layouts: line records, one-line "a | b" records, pipe tables, CSV, YAML,
  JSON records, e-mails (subject, quoted message, signature), one-line prose, sections with one inner label.
62,463 probes (seeded random.Random(168)): 42,997 pair probes (base + variant), 17,448 singles (--runs 2), 2,018 safe.
Part 1 (d168-nb/pt/sb/sv/cb/cv/mb/mv/ok-): 21 kinds x 6-12 own labels ("Order no.", "Bestellnr.", "N° de commande",
  "Kundennr.", "Sporing (utgående)", "Neues Konto", "Tlf.", "T", "M", "Réf. de réservation", "S/N", "Aktenzeichen", "MVA-nr.",
  "Vår ref."...) x 3 sibling labels of the same kind ("Invoice no.", "Tracking (return)", "Old account", "Mobile", "Fax",
  "Return flight", "Your ref"...) x 3 layouts: neighbour copy, partial code; pairs swapping the two labels, one character of
  the asked code changed, the asked label moved to a third code. Part 2 (d168-tw/twb/twv/subj/quote/url/sig/sib/line/fr/fc/
  fb/fs-): two records with codes one character apart picked by name, a code in the subject line, a quoted earlier message,
  a URL, a signature, "(Label: x)" on the value's line, codes with and without spaces, safe reformatting.
Part 3 (d168-g-): the neighbour under 50 generic labels ("Ref", "ID", "#", "Code", "Seat", "Gate", "Nummer", "Numéro"...).
Part 4 (d168-q-): which one-code records are stored at all (right answers only, several code shapes).
Part 5 (d168-sx/px/kb/kv/sp/sa-): a stored one-code record, then a suffix ("-2", "/A", ".1", " B"), a prefix ("1/", "EU."),
  a correction inside the field ("~~a~~ b", "a -> b", "b (was a)"), a partial code, a neighbour under an allowed label.
Part 6 (d168-ab/av/ah/as/rb/rv/ib/iv-): swapped labels beside allowed siblings ("Gate", "Ticket no.", "Lot"...), column
  headers swapped over cells in place, a rebooking line ("Rebooked: X", "Ersetzt durch:"), a sentence or heading above
  the record saying the code is cancelled or old. Part 7 (d168-lb/lv/nb0/nv0-): the asked label moves to a new code and
  the old one keeps it with a qualifier ("Old booking reference: X | Booking reference: Y", "IBAN (closed): X").
Part 8 (d168-xb/xv/xh/xs/xn-): one inner label in two sections ("## Outbound / Flight: X / ## Return / Flight: Y", YAML,
  [INI], JSON, tables). Parts 9-10 (d168-jn/wb/wv-): a code holding a joiner ("24414/2", "1/94166"); the model gives a part.
Parts 11-12 (d168-eb/ev/es/Eb/Ev/Es-): the code written with a remark, a mark or a neighbour code in the same field
  ("Order #: 24414 (invoice 90114)", "Tel.: +47 22 33 44 55 (Fax +47 22 33 44 56)", "IBAN: NO74 2885 4610 339 (copy)",
  "[x](mailto:x)", "`TCK-517573`", "SNUAXGYCM66 [primary]", "+47 421 38 161<br>"); singles where the model copies the
  whole field, pairs where a stored plain record's field is rewritten to a decorated one.
HELD: every neighbour, partial, other-record, subject-line, quoted, URL and signature copy, and every pair of parts 1-10
  (0 from the cache). Records holding a second code of the same kind under a label of no member are not stored (of parts
  1-3 only ~20 records were stored at all: a booking ref, serial or flight beside "Gate", "Ticket no.", "Ref", "ID",
  "Lot"...); there the label check caught every neighbour copy. Swaps, one-character changes, suffixes/prefixes, header
  swaps and label-qualifier moves were rewritten right or regenerated; in-field corrections, rebooking lines, intro
  sentences and headings, sections with one inner label (never stored) all held. Wrong FRESH (never stored): 5,800 in run 1
  -- neighbour copies under labels the label check does not read (nb 508, g 976; "Bestellnr.", "Kundennr.", "T", "M"),
  stale codes beside "Rebooked:"/"Replaced by:" lines (564) and beside "the code below was cancelled" sentences (362), a
  part of a joined code ("1/94166" -> "94166", "24414/2" -> "24414"; 339+104), decorated copies (2,163, see below).
WHAT GOT THROUGH (parts 11-12 only; full round: 8 wrong from the cache in run 1, 1,373 in run 2; alone, a fresh SQLite
  store, --runs 2: 10 in run 1, all 1,385 found ids in run 2 -- 971 clear, 414 arguable; layouts L, O and J only: YAML,
  tables, CSV, e-mails, signatures and prose held):
 (A) CLEAR (971): the whole field value, remark included, accepted as the code, stored, served again, and copied by the
     licensed rewrite into other records of that shape. A neighbour code in the field: "Order #: 24414 (invoice 90114)",
     "Mobile: v (Fax +47 ...)", "v (Kundennr. C-...)", "v (ref x)", "v (replaces x)", "v (parent x)", "v, ref. x"; a remark:
     "IBAN: NO74 2885 4610 339 (copy)", "Serial: SNUAXGYCM66 [primary]", "v (verified)", "v (confirmed)", "v (Ola
     Nordmann)", "v (private)", "v (mobile)", "v (office hours)", "v - do not share", "v <-- this one", "v ✓", "v ✅",
     "📞 v"; markup: "[v](mailto:v)", "mailto:v", "`v`", "v<br>" -> served e.g. {"iban": "NO74 2885 4610 339 (copy)"},
     {"ticket_number": "`TCK-517573`"}, {"billing_email": "x@y.example<br>"} (expected the bare code).
 (B) ARGUABLE (414, r168_arguable): "#v", "(v)", "[v]", "No. v", "Ola Nordmann <x@y>", "tel:+47...", "v *", "v ext. 210",
     "v (new)", "SK1234 (SAS)", "v – x" (a reader may keep the mark or read the field as the value).
Adds its probes to probe_kit.P."""
import json
import re
import random as r168_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r168_rng = r168_random.Random(168)
r168_arguable = set()
r168_pairs, r168_singles, r168_safe = [], [], []
r168_seen = set()
r168_C1 = "bdfgklmnprstvz"
r168_V1 = "aeiou"
r168_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
r168_AN = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def r168_word(k):
    return "".join(r168_rng.choice(r168_C1) + r168_rng.choice(r168_V1) for _ in range(k))


def r168_nm():
    while True:
        n = r168_word(2).capitalize() + " " + r168_word(2).capitalize() + "sen"
        if n not in r168_seen:
            r168_seen.add(n)
            return n


def r168_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r168_arguable.add(id)
    {"pair": r168_pairs, "single": r168_singles, "safe": r168_safe}[kind].append(id)


R = r168_rng


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def up(n):
    return "".join(R.choice(r168_UP) for _ in range(n))


def an(n):
    return "".join(R.choice(r168_AN) for _ in range(n))


# generators: a code of one kind (the siblings use the same generator, so every code has the same shape)
r168_GEN = {
    "num5": lambda: str(R.randint(10000, 99999)),
    "inv": lambda: "INV-2026-%s" % d(4),
    "cust": lambda: "C-%s" % d(5),
    "trk": lambda: "JD01460%s" % d(10),
    "acct": lambda: "%s.%s.%s" % (d(4), d(2), d(5)),
    "iban": lambda: "NO%s %s %s %s" % (d(2), d(4), d(4), d(3)),
    "phone": lambda: "+47 %s %s %s %s" % (R.choice("2345") + d(1), d(2), d(2), d(2)),
    "mob": lambda: "+47 %s %s %s" % (R.choice("49") + d(2), d(2), d(3)),
    "mail": lambda: "%s.%s@%s.example" % (r168_word(2), r168_word(2), r168_word(3)),
    "post": lambda: d(4),
    "plate": lambda: "%s %s" % (up(2), d(5)),
    "flight": lambda: R.choice(["SK", "DY", "LH", "KL", "WF"]) + str(R.randint(200, 4999)),
    "pnr": lambda: an(6),
    "sku": lambda: "SKU-%s-%s-%s" % (d(2), d(3), R.choice(r168_UP)),
    "serial": lambda: "SN%s" % an(9),
    "ticket": lambda: "TCK-%s" % d(6),
    "case": lambda: "CASE-2026-%s" % d(4),
    "vat": lambda: "NO %s %s %s MVA" % (R.choice("89") + d(2), d(3), d(3)),
    "pass": lambda: "%s%s" % (up(2), d(7)),
    "ref": lambda: "%s-%s" % (up(2), d(4)),
}

# kinds: (key, description or None, generator, own labels, sibling labels)
r168_KINDS = [
    ("order_id", None, "num5",
     ["Order no.", "Order #", "Order ID", "Order number", "Bestellnr.", "Ordrenr.", "N° de commande", "Order ref.",
      "Bestellnummer", "Ordre", "No. de pedido", "Order"],
     ["Invoice no.", "Customer no.", "Quote no.", "Delivery note no.", "Return no.", "PO no.", "Rechnungsnr.",
      "Kundennr.", "Fakturanr."]),
    ("invoice_number", None, "inv",
     ["Invoice no.", "Inv. #", "Rechnungsnr.", "Fakturanr.", "N° de facture", "Invoice", "Rechnungsnummer",
      "Fakturanummer", "Inv no", "Factura n.º"],
     ["Credit note no.", "Proforma no.", "Previous invoice", "Reminder no.", "Gutschrift-Nr.", "Kreditnota nr."]),
    ("customer_id", None, "cust",
     ["Customer no.", "Cust. #", "Kundennr.", "Kundenummer", "Client ID", "N° client", "Customer", "Kunde",
      "Account ID", "Cliente n.º"],
     ["Contract no.", "Member no.", "Debtor no.", "Supplier no.", "Lieferantennr.", "Leverandørnr.",
      "Partner no."]),
    ("tracking_number", "tracking number of the outbound shipment", "trk",
     ["Tracking (outbound)", "Tracking no. (outbound)", "Outbound tracking", "Sendungsnr. (Hin)",
      "Sporing (utgående)", "Tracking (aller)"],
     ["Tracking (return)", "Return tracking", "Sendungsnr. (Rück)", "Sporing (retur)", "Tracking (retour)",
      "Return label"]),
    ("account_number", "the new account number", "acct",
     ["New account", "Account (new)", "Neues Konto", "Ny konto", "Nouveau compte", "Account no. (new)",
      "New acct #"],
     ["Old account", "Account (old)", "Altes Konto", "Gammel konto", "Ancien compte", "Previous account",
      "Closed account"]),
    ("iban", None, "iban",
     ["IBAN", "Int. account", "IBAN no.", "IBAN-Nr."],
     ["Old IBAN", "IBAN (closed)", "Alte IBAN", "Gammel IBAN", "Former IBAN"]),
    ("phone", "landline phone number", "phone",
     ["Tel.", "Phone", "Telefon", "Tlf.", "Téléphone", "Landline", "T", "Ph."],
     ["Mobile", "Fax", "Mob.", "Handy", "Mobil", "Telefax", "Cell", "M", "F"]),
    ("mobile", None, "mob",
     ["Mobile", "Mob.", "Cell", "Handy", "Mobil", "Portable", "M", "Mobiltelefon", "Cellphone"],
     ["Tel.", "Fax", "Phone (office)", "Switchboard", "Sentralbord", "Zentrale", "T", "F", "Direct line"]),
    ("fax", None, "phone",
     ["Fax", "Telefax", "Fax no.", "F", "Faks", "Télécopie"],
     ["Tel.", "Mobile", "Phone", "T", "M", "Telefon", "Direct"]),
    ("billing_email", "e-mail address of the billing contact", "mail",
     ["Billing e-mail", "Invoices to", "Accounts payable", "Faktura-e-post", "E-mail (billing)", "Rechnungs-E-Mail",
      "Billing contact", "AP e-mail"],
     ["E-mail", "Sales contact", "Support", "Technical contact", "Orders to", "Reply-to", "Contact"]),
    ("postal_code", "postal code of the delivery address", "post",
     ["Delivery postcode", "Postcode (delivery)", "Lieferung PLZ", "Levering postnr.", "Delivery ZIP",
      "Code postal (livraison)"],
     ["Billing postcode", "Postcode (billing)", "Rechnung PLZ", "Faktura postnr.", "Billing ZIP", "PO Box",
      "Customer no."]),
    ("licence_plate", None, "plate",
     ["Licence plate", "Reg. no.", "Kennzeichen", "Reg.nr.", "Plate", "Immatriculation", "Registration"],
     ["Trailer plate", "Trailer reg.", "Replacement car", "Previous plate", "Anhänger", "Tilhenger",
      "Courtesy car"]),
    ("flight_number", "the outbound flight", "flight",
     ["Flight", "Flight no.", "Flug", "Fly", "Vol", "Outbound", "Outbound flight", "Hinflug", "Utreise"],
     ["Return flight", "Return", "Rückflug", "Retur", "Vol retour", "Connecting flight", "Codeshare"]),
    ("booking_reference", None, "pnr",
     ["Booking ref.", "Booking reference", "PNR", "Buchungsnr.", "Bestillingsref.", "Réf. de réservation",
      "Confirmation code", "Record locator", "Booking"],
     ["Ticket no.", "Customer ref.", "Voucher", "Loyalty no.", "Frequent flyer", "Invoice no.", "Seat"]),
    ("sku", None, "sku",
     ["SKU", "Art. no.", "Item no.", "Artikelnr.", "Varenr.", "Réf. article", "Article", "Stock code"],
     ["Supplier art. no.", "Replaces", "Successor", "Accessory", "Alt. item", "Ersetzt", "Erstatter"]),
    ("serial_number", None, "serial",
     ["Serial no.", "S/N", "Seriennr.", "Serienr.", "N° de série", "Serial", "SN"],
     ["Model no.", "Part no.", "Asset tag", "Replacement S/N", "Old S/N", "Board S/N", "Inventory no."]),
    ("ticket_number", "support ticket number", "ticket",
     ["Ticket no.", "Ticket #", "Ticketnr.", "Sak", "Ticket ID", "Ticket"],
     ["Parent ticket", "Duplicate of", "Related ticket", "Merged into", "Linked", "Previous ticket"]),
    ("case_number", None, "case",
     ["Case no.", "Case #", "Saksnr.", "Aktenzeichen", "Dossier n°", "Case ID", "Case"],
     ["Related case", "Appeal case", "Previous case", "Joined with", "Claim no.", "Parent case"]),
    ("vat_number", "the supplier's VAT number", "vat",
     ["VAT no.", "VAT ID", "MVA-nr.", "N° TVA", "VAT reg.", "MVA"],
     ["Buyer VAT no.", "Customer VAT", "Kunde MVA-nr.", "Client TVA", "Our VAT no.", "Recipient VAT"]),
    ("passport_number", None, "pass",
     ["Passport no.", "Passport #", "Reisepassnr.", "Passnr.", "N° de passeport", "Passport"],
     ["ID card no.", "Visa no.", "Old passport", "National ID", "Previous passport", "Residence permit"]),
    ("our_reference", "our reference (the sender's)", "ref",
     ["Our ref", "Our ref.", "Unsere Zeichen", "Vår ref.", "Notre réf.", "O/Ref"],
     ["Your ref", "Your ref.", "Ihr Zeichen", "Deres ref.", "Votre réf.", "Y/Ref", "Ref"]),
]

r168_INS = ["Extract name and {q} as JSON.", "Return the name and the {q} as a JSON object.",
            "Give me name and {q} as JSON.", "Convert the record to JSON (name, {q})."]
r168_SAFE_INS = ["Please extract the name and the {q} as JSON.", "Return JSON with name and {q}.",
                 "Extract name and {q} as JSON, please."]


def r168_sch(key, desc):
    return S({"name": "string", key: "string"}, {key: desc} if desc else None)


def r168_fields(nm, fl, cont, subj=None):
    """fl: list of (label, value). Returns the record text."""
    if cont == "L":
        return "Text:\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fl)
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join("%s: %s" % f for f in fl) + "\n"
    if cont == "T":
        return ("| Name | " + " | ".join(f[0] for f in fl) + " |\n|" + "---|" * (len(fl) + 1) + "\n| %s | " % nm
                + " | ".join(f[1] for f in fl) + " |\n")
    if cont == "C":
        return ("name," + ",".join(f[0] for f in fl) + "\n" + nm + "," + ",".join(f[1] for f in fl) + "\n")
    if cont == "Y":
        return "```yaml\nname: %s\n" % nm + "".join("\"%s\": \"%s\"\n" % f for f in fl) + "```\n"
    if cont == "J":
        o = {"name": nm}
        for f in fl:
            o[f[0]] = f[1]
        return json.dumps(o, ensure_ascii=False) + "\n"
    if cont == "M":
        s = subj or "Your details"
        return ("Here is the email:\nFrom: office@firm.example\nSubject: %s\n\nHi,\n\nthe details are below.\n\n"
                "Name: %s\n" % (s, nm) + "".join("%s: %s\n" % f for f in fl) + "\nBest regards\nOffice\n")
    if cont == "S":  # signature block
        return ("Here is the email:\nHi,\n\nplease update our records.\n\nKind regards\n%s\n" % nm
                + "".join("%s: %s\n" % f for f in fl))
    if cont == "P":  # one-line prose-ish
        return ("Text:\n%s: " % nm + ", ".join("%s %s" % f for f in fl) + ".\n")
    raise ValueError(cont)


r168_CONTS = ["L", "O", "T", "C", "Y", "J", "M", "S", "P"]


def r168_one_char(v):
    """v with one digit or letter changed."""
    idx = [i for i, c in enumerate(v) if c.isalnum()]
    i = R.choice(idx[-6:])
    c = v[i]
    if c.isdigit():
        n = R.choice([x for x in "0123456789" if x != c])
    else:
        n = R.choice([x for x in r168_UP if x != c.upper()])
        if c.islower():
            n = n.lower()
    return v[:i] + n + v[i + 1:]


def r168_partial(v):
    parts = v.replace("-", " ").split(" ")
    if len(parts) >= 3:
        return " ".join(v.split(" ")[1:]) if " " in v else "-".join(v.split("-")[1:])
    if len(parts) == 2:
        return parts[1]
    return v[:len(v) - 3] if len(v) > 6 else None


def r168_gen():
    j = 0
    for (key, desc, g, owns, sibs) in r168_KINDS:
        gen = r168_GEN[g]
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for own in owns:
            for sib in R.sample(sibs, min(3, len(sibs))):
                for cont in R.sample(r168_CONTS, 3):
                    j += 1
                    nm = r168_nm()
                    v1, v2 = gen(), gen()
                    while v2 == v1:
                        v2 = gen()
                    ins = r168_INS[j % 4].format(q=q)
                    fl = [(own, v1), (sib, v2)]
                    if j % 2:
                        fl.reverse()
                    subj = None
                    txt = r168_fields(nm, fl, cont, subj)
                    e = {"name": nm, key: v1}
                    arg = cont == "P" or own in ("T", "M", "F", "SN", "Sak", "Case", "Ticket", "Kunde", "Ordre",
                                                 "Article", "Passport", "Invoice", "Customer", "Booking", "Return",
                                                 "Fly", "Outbound", "Order")
                    # single: neighbour code
                    r168_add("single", "d168-nb-%d-%s" % (j, cont), "r168_nb_" + key, ins + "\n\n" + txt, sch, e,
                             [{"name": nm, key: v2}, e], arg=arg)
                    # single: partial or one char off (grounding should catch the second)
                    pv = r168_partial(v1)
                    if pv and j % 2 == 0:
                        r168_add("single", "d168-pt-%d-%s" % (j, cont), "r168_pt_" + key, ins + "\n\n" + txt, sch,
                                 e, [{"name": nm, key: pv}, e], arg=arg)
                    # pair: swap the two codes' labels
                    if j % 3 == 0:
                        nm2 = r168_nm()
                        fb = [(own, v1), (sib, v2)]
                        fv = [(own, v2), (sib, v1)]
                        if j % 2:
                            fb.reverse()
                            fv.reverse()
                        b = {"name": nm2, key: v1}
                        vv = {"name": nm2, key: v2}
                        r168_add("pair", "d168-sb-%d-%s" % (j, cont), "r168_swap_base_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fb, cont), sch, b, [b])
                        r168_add("pair", "d168-sv-%d-%s" % (j, cont), "r168_swap_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fv, cont), sch, vv, [b, vv], arg=arg)
                        if j % 2 == 0:
                            r168_add("safe", "d168-ok-%d-%s" % (j, cont), "r168_safe_" + key,
                                     r168_SAFE_INS[j % 3].format(q=q) + "\n\n" + r168_fields(nm2, fb, cont), sch,
                                     b, [b])
                    # pair: one char of the asked code changed
                    if j % 3 == 1:
                        nm2 = r168_nm()
                        v1b = r168_one_char(v1)
                        fb = [(own, v1), (sib, v2)]
                        fv = [(own, v1b), (sib, v2)]
                        b = {"name": nm2, key: v1}
                        vv = {"name": nm2, key: v1b}
                        r168_add("pair", "d168-cb-%d-%s" % (j, cont), "r168_char_base_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fb, cont), sch, b, [b])
                        r168_add("pair", "d168-cv-%d-%s" % (j, cont), "r168_char_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fv, cont), sch, vv, [b, vv], arg=arg)
                    # pair: the asked label moves to a third code; the old one keeps the sibling label
                    if j % 3 == 2:
                        nm2 = r168_nm()
                        v3 = gen()
                        sib2 = R.choice([s for s in sibs if s != sib] or [sib])
                        fb = [(own, v1), (sib, v2), (sib2, v3)]
                        fv = [(sib2, v1), (sib, v2), (own, v3)]
                        b = {"name": nm2, key: v1}
                        vv = {"name": nm2, key: v3}
                        r168_add("pair", "d168-mb-%d-%s" % (j, cont), "r168_move_base_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fb, cont), sch, b, [b])
                        r168_add("pair", "d168-mv-%d-%s" % (j, cont), "r168_move_" + key,
                                 ins + "\n\n" + r168_fields(nm2, fv, cont), sch, vv, [b, vv], arg=arg)


r168_gen()


# ============================================================ PART 2: two records, subject lines, quotes, URLs
def r168_gen2():
    j = 10000
    for (key, desc, g, owns, sibs) in r168_KINDS:
        gen = r168_GEN[g]
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for own in owns:
            j += 1
            # (a) two records, codes one character apart; the instruction picks one by name
            na, nb = r168_nm(), r168_nm()
            va = gen()
            vb = r168_one_char(va)
            for cont in ("L2", "T2", "C2", "O2"):
                j += 1
                if cont == "L2":
                    txt = "Text:\nName: %s\n%s: %s\n\nName: %s\n%s: %s\n" % (na, own, va, nb, own, vb)
                elif cont == "T2":
                    txt = "| Name | %s |\n|---|---|\n| %s | %s |\n| %s | %s |\n" % (own, na, va, nb, vb)
                elif cont == "C2":
                    txt = "name,%s\n%s,%s\n%s,%s\n" % (own, na, va, nb, vb)
                else:
                    txt = "Records:\nName: %s | %s: %s\nName: %s | %s: %s\n" % (na, own, va, nb, own, vb)
                pick = R.choice([0, 1])
                nmp, vr, vw = (na, va, vb) if pick == 0 else (nb, vb, va)
                ins = "Extract the name and %s of %s as JSON." % (q, nmp)
                e = {"name": nmp, key: vr}
                r168_add("single", "d168-tw-%d-%s" % (j, cont), "r168_twin_" + key, ins + "\n\n" + txt, sch, e,
                         [{"name": nmp, key: vw}, e])
                # pair: base picks one, variant picks the other
                if j % 2 == 0:
                    nmq, vq = (nb, vb) if pick == 0 else (na, va)
                    b = {"name": nmp, key: vr}
                    r168_add("pair", "d168-twb-%d-%s" % (j, cont), "r168_twin_base_" + key, ins + "\n\n" + txt,
                             sch, b, [b])
                    ins2 = "Extract the name and %s of %s as JSON." % (q, nmq)
                    vv = {"name": nmq, key: vq}
                    r168_add("pair", "d168-twv-%d-%s" % (j, cont), "r168_twin_" + key, ins2 + "\n\n" + txt,
                             sch, vv, [b, vv])
            # (b) the asked code and another in the subject line / a quoted earlier message / a URL
            nm = r168_nm()
            v1, v2 = gen(), gen()
            sib = R.choice(sibs)
            ins = r168_INS[j % 4].format(q=q)
            e = {"name": nm, key: v1}
            bad = {"name": nm, key: v2}
            variants = {
                "subj": ("Here is the email:\nSubject: Re: %s %s\n\nHi,\n\nplease note the details below.\n\n"
                         "Name: %s\n%s: %s\n\nRegards\nOffice\n" % (own, v2, nm, own, v1)),
                "quote": ("Here is the email:\nHi,\n\nthe correct details are below.\n\nName: %s\n%s: %s\n\n"
                          "Regards\nOffice\n\n> On Monday you wrote:\n> Name: %s\n> %s: %s\n"
                          % (nm, own, v1, nm, own, v2)),
                "url": ("Text:\nName: %s\n%s: %s\nLink: https://portal.example/track?%s=%s\n"
                        % (nm, own, v1, key, v2.replace(" ", ""))),
                "sig": ("Here is the email:\nHi,\n\nName: %s\n%s: %s\n\nBest regards\nOla Nordmann\n%s: %s\n"
                        % (nm, own, v1, own, v2)),
                "sib": ("Text:\nName: %s\n%s: %s (%s: %s)\n" % (nm, own, v1, sib, v2)),
                "line": ("Text:\n%s — %s %s — %s %s\n" % (nm, own, v1, sib, v2)),
            }
            for tag, txt in variants.items():
                j += 1
                r168_add("single", "d168-%s-%d" % (tag, j), "r168_%s_%s" % (tag, key), ins + "\n\n" + txt, sch, e,
                         [bad, e], arg=tag in ("sig", "url", "line", "subj"))
            # (c) a code split over two tokens / without spaces; model gives a fragment
            if " " in v1 or "-" in v1:
                j += 1
                comp = v1.replace(" ", "").replace("-", "")
                txt = "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, own, v1, sib, v2)
                frag = v1.split(" ")[0] if " " in v1 else v1.split("-")[-1]
                r168_add("single", "d168-fr-%d" % j, "r168_frag_" + key, ins + "\n\n" + txt, sch, e,
                         [{"name": nm, key: frag}, e])
                j += 1
                txt2 = "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, own, comp, sib, v2)
                e2 = {"name": nm, key: comp}
                r168_add("single", "d168-fc-%d" % j, "r168_frag_" + key, ins + "\n\n" + txt2, sch, e2,
                         [{"name": nm, key: v2.replace(" ", "").replace("-", "")}, e2])
            # (d) safe: reformatted around
            j += 1
            nm3 = r168_nm()
            b = {"name": nm3, key: v1}
            base = "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm3, own, v1, sib, v2)
            r168_add("pair", "d168-fb-%d" % j, "r168_safe_base_" + key, ins + "\n\n" + base, sch, b, [b])
            for k, txt in enumerate([
                    "Text:\nName:  %s\n%s:   %s\n%s: %s\n\n" % (nm3, own, v1, sib, v2),
                    "Text:\nName: %s\n%s: %s\n%s: %s\nRoom: 12\n" % (nm3, own, v1, sib, v2),
                    "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm3, sib, v2, own, v1)]):
                r168_add("safe", "d168-fs-%d-%d" % (j, k), "r168_safe_" + key, ins + "\n\n" + txt, sch, b,
                         [b])


r168_gen2()


# ============================================================ PART 3: which neighbour labels let a record be stored
r168_GSIB = ["Ref", "Ref.", "Your ref", "ID", "No.", "#", "Code", "Seat", "Gate", "Ticket no.", "Model no.",
             "Invoice no.", "Customer no.", "Order no.", "Tel.", "Fax", "Mobile", "Customer ref.", "Voucher",
             "Member no.", "Reference", "Nummer", "Numéro", "Kundennr.", "Item", "Batch", "Lot", "Part no.", "Room",
             "Desk", "Cabin", "Locker", "Kontonr.", "Loyalty no.", "Frequent flyer", "Asset tag", "EAN", "Gift card",
             "Coupon", "Promo code", "Membership", "Badge", "PIN", "Old", "Previous", "Other", "Alt.", "Contract",
             "Policy no.", "Claim no."]


def r168_gen3():
    j = 20000
    for (key, desc, g, owns, sibs) in r168_KINDS:
        gen = r168_GEN[g]
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for sib in r168_GSIB:
            for own in R.sample(owns, 2):
                j += 1
                cont = "L" if j % 2 else "O"
                nm = r168_nm()
                v1, v2 = gen(), gen()
                fl = [(own, v1), (sib, v2)]
                if j % 3 == 0:
                    fl.reverse()
                ins = r168_INS[j % 4].format(q=q)
                e = {"name": nm, key: v1}
                arg = own in ("T", "M", "F", "SN", "Sak", "Case", "Ticket", "Kunde", "Ordre", "Article", "Passport",
                              "Invoice", "Customer", "Booking", "Return", "Fly", "Outbound", "Order") or sib in (
                              "Ref", "Ref.", "ID", "No.", "#", "Code", "Reference", "Nummer", "Numéro", "Old",
                              "Previous", "Other", "Alt.")
                r168_add("single", "d168-g-%d-%s" % (j, cont), "r168_g_" + key,
                         ins + "\n\n" + r168_fields(nm, fl, cont), sch, e, [{"name": nm, key: v2}, e], arg=arg)


r168_gen3()


# ============================================================ PART 4: which records are stored at all (right answers only)
r168_ALTGEN = {
    "order_id": [lambda: "ORD%s%s" % (d(5), up(1)), lambda: "A%s" % d(6), lambda: "%s-%s" % (up(3), d(5))],
    "invoice_number": [lambda: "INV%s" % d(8), lambda: "F%sX" % d(6)],
    "customer_id": [lambda: "C%s" % d(6), lambda: "K%sA" % d(5)],
    "tracking_number": [lambda: "1Z%s%s" % (an(6), d(10)), lambda: "LX%sNO" % d(9)],
    "account_number": [lambda: d(11)],
    "iban": [lambda: "NO%s%s" % (d(2), d(11)), lambda: "DE%s%s" % (d(2), d(18))],
    "phone": [lambda: "+47%s" % d(8), lambda: d(8)],
    "mobile": [lambda: "+47%s" % d(8), lambda: "4%s" % d(7)],
    "fax": [lambda: "+47%s" % d(8)],
    "billing_email": [lambda: "%s@%s.example" % (r168_word(3), r168_word(3))],
    "postal_code": [lambda: "N-%s" % d(4), lambda: "%s%s %s%s" % (up(2), d(1), d(1), up(2))],
    "licence_plate": [lambda: "%s%s" % (up(2), d(5)), lambda: "%s-%s-%s" % (up(2), d(3), up(1))],
    "flight_number": [lambda: R.choice(["SK", "DY", "LH"]) + str(R.randint(200, 4999))],
    "booking_reference": [lambda: an(6)],
    "sku": [lambda: "SKU%s%s" % (d(5), up(1)), lambda: "%s%s" % (up(3), d(4))],
    "serial_number": [lambda: "SN%s" % an(9)],
    "ticket_number": [lambda: "TCK%s" % d(6), lambda: "T%sZ" % d(5)],
    "case_number": [lambda: "C26%s" % d(4), lambda: "%s/%s" % (d(2), d(4))],
    "vat_number": [lambda: "NO%sMVA" % d(9), lambda: "DE%s" % d(9)],
    "passport_number": [lambda: "%s%s" % (up(2), d(7)), lambda: "%s%s" % (up(1), d(8))],
    "our_reference": [lambda: "%s%s" % (up(2), d(4)), lambda: "%s/%s" % (up(3), d(3))],
}


def r168_gen4():
    j = 30000
    for (key, desc, g, owns, sibs) in r168_KINDS:
        q = key.replace("_", " ")
        for dsc in (desc, None) if desc else (None,):
            sch = r168_sch(key, dsc)
            gens = [r168_GEN[g]] + r168_ALTGEN.get(key, [])
            for gi, gen in enumerate(gens):
                for own in owns[:4]:
                    for sib in (None, "Gate", "Seat", sibs[0]):
                        j += 1
                        nm = r168_nm()
                        v1, v2 = gen(), gen()
                        fl = [(own, v1)] + ([(sib, v2)] if sib else [])
                        ins = r168_INS[j % 4].format(q=q)
                        e = {"name": nm, key: v1}
                        r168_add("pair", "d168-q-%d-%d-%s" % (j, gi, "L"), "r168_q_" + key,
                                 ins + "\n\n" + r168_fields(nm, fl, "L"), sch, e, [e])


r168_gen4()


# ============================================================ PART 5: storable one-code records, the code's edges
r168_ST = [
    ("order_id", None, ["Order #", "Order ID"], lambda: str(R.randint(10000, 99999))),
    ("order_id", None, ["Order ID", "Order #"], lambda: "ORD%s%s" % (d(5), up(1))),
    ("account_number", "the new account number", ["New account", "Account (new)"], r168_GEN["acct"]),
    ("iban", None, ["IBAN", "IBAN-Nr."], r168_GEN["iban"]),
    ("iban", None, ["IBAN"], lambda: "DE%s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(2))),
    ("phone", None, ["Tel.", "Phone"], r168_GEN["phone"]),
    ("mobile", None, ["Mobile", "Cell"], r168_GEN["mob"]),
    ("fax", None, ["Fax"], r168_GEN["phone"]),
    ("billing_email", None, ["Billing e-mail"], r168_GEN["mail"]),
    ("licence_plate", None, ["Licence plate"], r168_GEN["plate"]),
    ("flight_number", None, ["Flight"], r168_GEN["flight"]),
    ("booking_reference", None, ["Booking reference"], r168_GEN["pnr"]),
    ("sku", None, ["SKU"], r168_GEN["sku"]),
    ("ticket_number", None, ["Ticket #"], r168_GEN["ticket"]),
    ("case_number", None, ["Case #"], r168_GEN["case"]),
    ("passport_number", None, ["Passport #"], r168_GEN["pass"]),
    ("serial_number", None, ["Serial"], r168_GEN["serial"]),
]
r168_SUF = [("-", "2"), ("-", "B"), ("/", "2"), (".", "1"), ("_", "2"), (" ", "B"), (" ", "2"), (":", "2"),
            ("+", "1"), ("-", "01"), ("/", "A"), ("\u2013", "2"), ("#", "2"), ("*", "2"), ("~", "1"), ("'", "2")]
r168_PRE = [("A", "-"), ("1", "/"), ("X", " "), ("EU", "."), ("00", "-"), ("R", "_")]
r168_COR = ["{a} (now {b})", "~~{a}~~ {b}", "{a} \u2192 {b}", "{a} -> {b}", "{a} >> {b}", "<s>{a}</s> {b}",
            "{b} (was {a})", "{a}, corrected to {b}", "{a} / new: {b}", "{a} [replaced by {b}]", "{a}; neu: {b}",
            "{a} (ny: {b})", "{b} (previously {a})", "{a} \u21d2 {b}", "{a} => {b}", "{a} \u2014 superseded by {b}"]


def r168_gen5():
    j = 40000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for lab in labs:
            for cont in ("L", "O", "T", "Y"):
                def base(nm, v):
                    return r168_fields(nm, [(lab, v)], cont)
                # suffix / prefix pairs
                for (sep, sfx) in r168_SUF + [("P", p) for p in r168_PRE]:
                    j += 1
                    nm = r168_nm()
                    v = gen()
                    if sep == "P":
                        nv = sfx[0] + sfx[1] + v
                        tag = "px"
                    else:
                        nv = v + sep + sfx
                        tag = "sx"
                    ins = r168_INS[j % 4].format(q=q)
                    b = {"name": nm, key: v}
                    vv = {"name": nm, key: nv}
                    r168_add("pair", "d168-%sb-%d-%s" % (tag, j, cont), "r168_%s_base_%s" % (tag, key),
                             ins + "\n\n" + base(nm, v), sch, b, [b])
                    r168_add("pair", "d168-%sv-%d-%s" % (tag, j, cont), "r168_%s_%s" % (tag, key),
                             ins + "\n\n" + base(nm, nv), sch, vv, [b, vv],
                             arg=sep in (" ", "'", "~", "*", "#") or tag == "px")
                # corrections inside the field
                for cf in r168_COR:
                    j += 1
                    nm = r168_nm()
                    v, w = gen(), gen()
                    ins = r168_INS[j % 4].format(q=q)
                    b = {"name": nm, key: v}
                    vv = {"name": nm, key: w}
                    r168_add("pair", "d168-kb-%d-%s" % (j, cont), "r168_cor_base_" + key,
                             ins + "\n\n" + base(nm, v), sch, b, [b])
                    r168_add("pair", "d168-kv-%d-%s" % (j, cont), "r168_cor_" + key,
                             ins + "\n\n" + base(nm, cf.format(a=v, b=w)), sch, vv, [b, vv])
                # singles: partial, one char dropped, neighbour under an allowed label
                j += 1
                nm = r168_nm()
                v = gen()
                ins = r168_INS[j % 4].format(q=q)
                e = {"name": nm, key: v}
                pv = r168_partial(v)
                if pv:
                    r168_add("single", "d168-sp-%d-%s" % (j, cont), "r168_part_" + key, ins + "\n\n" + base(nm, v),
                             sch, e, [{"name": nm, key: pv}, e])
                for alt in ("Gate", "Ticket no.", "Ref", "ID", "Code", "Lot", "Your ref", "Membership"):
                    j += 1
                    nm = r168_nm()
                    v, w = gen(), gen()
                    e = {"name": nm, key: v}
                    fl = [(lab, v), (alt, w)]
                    if j % 2:
                        fl.reverse()
                    r168_add("single", "d168-sa-%d-%s" % (j, cont), "r168_allow_" + key,
                             ins + "\n\n" + r168_fields(nm, fl, cont), sch, e, [{"name": nm, key: w}, e],
                             arg=alt in ("Ref", "ID", "Code"))


r168_gen5()


# ============================================================ PART 6: around a stored record: swapped allowed labels, rebooking
# lines, sentences and headings above it
r168_REB = ["Rebooked", "Replaced by", "Changed to", "Now", "New", "Updated", "Umgebucht", "Ombooket", "Neu", "Ny",
            "Nouveau", "Nuevo", "Superseded by", "Reissued as", "Valid", "Use", "Current", "Actual", "Corrected",
            "Korrigert", "Ersetzt durch", "Remplacé par", "Moved to", "Transferred to", "Forwarded to", "Upgraded to"]
r168_INTRO = [
    "Please note that the {w} below was cancelled and is no longer valid:",
    "The {w} shown below is the old one and must not be used any more:",
    "Everything below refers to the previous record, which has been closed:",
    "The code in the record below belongs to the other customer, not to this one:",
    "Do not use the {w} below; it was replaced last week by a new one:",
    "Careful: the {w} below was mistyped and is wrong by one character:",
    "Bitte beachten: die folgende Nummer ist veraltet und wurde ersetzt:",
    "Merk: nummeret nedenfor er gammelt og er erstattet av et nytt:",
    "The values below are from the return leg of the trip, not the outbound one:",
]
r168_HEAD = ["CANCELLED", "## Cancelled", "VOID", "Old record", "Storniert", "Annullert", "ARCHIVED (superseded)",
             "## Previous details", "Former details", "Draft - not valid"]


def r168_gen6():
    j = 50000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        schn = S({"name": "string", key: {"type": ["string", "null"]}}, {key: desc} if desc else None)
        lab = labs[0]
        w = q.replace(" id", " ID").replace("iban", "IBAN")
        # (a) swapped allowed labels, every layout
        for alt in ("Gate", "Ticket no.", "Your ref", "Lot", "Membership", "Ref", "ID", "Code"):
            if alt == lab:
                continue
            for cont in ("L", "O", "T", "C", "Y", "J"):
                j += 1
                nm = r168_nm()
                v, x = gen(), gen()
                ins = r168_INS[j % 4].format(q=q)
                fb = [(lab, v), (alt, x)]
                fv = [(lab, x), (alt, v)]
                fh = [(alt, v), (lab, x)]  # headers swapped, cells in place
                if j % 2:
                    fb.reverse()
                    fv.reverse()
                b = {"name": nm, key: v}
                vv = {"name": nm, key: x}
                r168_add("pair", "d168-ab-%d-%s" % (j, cont), "r168_allow_base_" + key,
                         ins + "\n\n" + r168_fields(nm, fb, cont), sch, b, [b])
                r168_add("pair", "d168-av-%d-%s" % (j, cont), "r168_allow_swap_" + key,
                         ins + "\n\n" + r168_fields(nm, fv, cont), sch, vv, [b, vv],
                         arg=alt in ("Ref", "ID", "Code"))
                if j % 2 == 0:
                    r168_add("pair", "d168-ah-%d-%s" % (j, cont), "r168_allow_head_" + key,
                             ins + "\n\n" + r168_fields(nm, [fb[0] if fb[0][0] == lab else fb[1],
                                                               fb[1] if fb[0][0] == lab else fb[0]], cont).replace(
                                 lab, "\x00").replace(alt, lab).replace("\x00", alt) if False else
                             ins + "\n\n" + r168_fields(nm, fh, cont), sch, vv, [b, vv],
                             arg=alt in ("Ref", "ID", "Code"))
                    r168_add("safe", "d168-as-%d-%s" % (j, cont), "r168_allow_safe_" + key,
                             ins + "\n\n" + r168_fields(nm, list(reversed(fb)), cont), sch, b, [b])
        # (b) a rebooking line added below the stored field
        for reb in r168_REB:
            for cont in ("L", "O"):
                j += 1
                nm = r168_nm()
                v, x = gen(), gen()
                ins = r168_INS[j % 4].format(q=q)
                b = {"name": nm, key: v}
                vv = {"name": nm, key: x}
                r168_add("pair", "d168-rb-%d-%s" % (j, cont), "r168_reb_base_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, v)], cont), sch, b, [b])
                r168_add("pair", "d168-rv-%d-%s" % (j, cont), "r168_reb_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, v), (reb, x)], cont), sch, vv, [b, vv],
                         arg=reb in ("Valid", "Use", "Current", "Actual", "Moved to", "Transferred to",
                                     "Forwarded to", "Upgraded to", "New", "Neu", "Ny", "Nouveau", "Nuevo"))
        # (c) an introducing sentence above the record; (d) a heading above it
        for k, intro in enumerate(r168_INTRO + r168_HEAD):
            for cont in ("L", "O"):
                j += 1
                nm = r168_nm()
                v = gen()
                ins = r168_INS[j % 4].format(q=q)
                b = {"name": nm, key: v}
                vv = {"name": nm, key: None}
                rec = r168_fields(nm, [(lab, v)], cont)
                first, rest = rec.split("\n", 1) if cont == "L" else ("", rec)
                txt = (first + "\n" if first else "") + intro.format(w=w) + "\n" + rest
                r168_add("pair", "d168-ib-%d-%s" % (j, cont), "r168_intro_base_" + key, ins + "\n\n" + rec, schn, b,
                         [b])
                r168_add("pair", "d168-iv-%d-%s" % (j, cont), "r168_intro_" + key, ins + "\n\n" + txt, schn, vv,
                         [b, vv], arg=k >= len(r168_INTRO) or k in (8,))


r168_gen6()


# ============================================================ PART 7: the asked label moves to a new code; the old code keeps the
# label with a qualifier word ("Old booking reference: X | Booking reference: Y")
r168_Q = ["Old", "Previous", "Cancelled", "Former", "Expired", "Closed", "Invalid", "Superseded", "Void", "Alte",
          "Gammel", "Ancien", "Wrong", "Lost", "Blocked", "Return", "Secondary", "Backup", "Other", "Second"]
r168_QS = ["(old)", "(cancelled)", "(closed)", "(previous)", "(invalid)", "(alt)", "(gesperrt)", "(ugyldig)",
           "(return)", "(backup)", "- old", "old", "OLD", "(2)", "#2", "2"]


def r168_ql(q, lab):
    return q + " " + (lab if lab[:2].isupper() else lab[0].lower() + lab[1:])


def r168_gen7():
    j = 60000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        schn = S({"name": "string", key: {"type": ["string", "null"]}}, {key: desc} if desc else None)
        lab = labs[0]
        for qi, qq in enumerate(r168_Q + r168_QS):
            pre = qi < len(r168_Q)
            ql = r168_ql(qq, lab) if pre else lab + " " + qq
            arg = qq in ("Return", "Secondary", "Backup", "Other", "Second", "(return)", "(backup)", "(alt)",
                         "(2)", "#2", "2", "Lost")
            for cont in ("O", "L", "T", "C", "Y", "J", "Lx"):
                j += 1
                nm = r168_nm()
                v, y, g = gen(), gen(), gen()
                ins = r168_INS[j % 4].format(q=q)
                b = {"name": nm, key: v}
                vv = {"name": nm, key: y}
                if cont == "Lx":
                    base = r168_fields(nm, [(lab, v), ("Gate", g)], "L")
                    var = r168_fields(nm, [(ql, v), (lab, y)], "L")
                else:
                    base = r168_fields(nm, [(lab, v)], cont)
                    var = r168_fields(nm, [(ql, v), (lab, y)], cont)
                r168_add("pair", "d168-lb-%d-%s" % (j, cont), "r168_qual_base_" + key, ins + "\n\n" + base, sch, b,
                         [b])
                r168_add("pair", "d168-lv-%d-%s" % (j, cont), "r168_qual_" + key, ins + "\n\n" + var, sch, vv,
                         [b, vv], arg=arg)
                # the label alone gets the qualifier (nullable schema): the record states no current code
                if cont in ("O", "L") and pre:
                    j += 1
                    nm = r168_nm()
                    v = gen()
                    b = {"name": nm, key: v}
                    vv = {"name": nm, key: None}
                    r168_add("pair", "d168-nb0-%d-%s" % (j, cont), "r168_qn_base_" + key,
                             ins + "\n\n" + r168_fields(nm, [(lab, v)], cont), schn, b, [b])
                    r168_add("pair", "d168-nv0-%d-%s" % (j, cont), "r168_qn_" + key,
                             ins + "\n\n" + r168_fields(nm, [(ql, v)], cont), schn, vv, [b, vv], arg=True)


r168_gen7()


# ============================================================ PART 8: one inner label in two sections; the asked section is named
# by the key or its description ("## Outbound / Flight: X / ## Return / Flight: Y")
r168_SEC = [
    # (key, description, inner label, asked section names, other section names, generator)
    ("flight_number", "the outbound flight", "Flight", ["Outbound", "Outbound flight", "Hinflug", "Utreise"],
     ["Return", "Return flight", "Rückflug", "Hjemreise"], r168_GEN["flight"]),
    ("outbound_flight", None, "Flight no.", ["Outbound", "Departure", "Out"], ["Return", "Inbound", "Back"],
     r168_GEN["flight"]),
    ("tracking_number", "tracking number of the outbound shipment", "Tracking no.",
     ["Outbound shipment", "Outbound", "Shipment"], ["Return shipment", "Return", "Retoure"], r168_GEN["trk"]),
    ("billing_email", None, "E-mail", ["Billing", "Billing contact", "Invoicing", "Rechnung"],
     ["Technical", "Technical contact", "Sales", "Support"], r168_GEN["mail"]),
    ("billing_phone", None, "Phone", ["Billing", "Billing contact", "Accounts"], ["Technical", "Sales", "Support"],
     r168_GEN["phone"]),
    ("delivery_postcode", None, "Postcode", ["Delivery", "Delivery address", "Ship to", "Lieferadresse"],
     ["Billing", "Billing address", "Bill to", "Rechnungsadresse"], r168_GEN["post"]),
    ("supplier_vat_number", None, "VAT no.", ["Supplier", "Seller", "Vendor", "Lieferant"],
     ["Buyer", "Customer", "Client", "Kunde"], r168_GEN["vat"]),
    ("new_iban", None, "IBAN", ["New", "New account", "Current account"], ["Old", "Old account", "Closed account"],
     r168_GEN["iban"]),
    ("sender_reference", None, "Ref", ["Sender", "From", "Our side"], ["Recipient", "To", "Your side"],
     r168_GEN["ref"]),
    ("driver_passport_number", None, "Passport no.", ["Driver", "Main driver"], ["Co-driver", "Second driver"],
     r168_GEN["pass"]),
]


def r168_secs(cont, nm, inner, secs):
    """secs: list of (section name, value)."""
    if cont == "H1":
        return "Text:\nName: %s\n\n" % nm + "\n".join("%s\n%s: %s\n" % (a, inner, v) for a, v in secs)
    if cont == "H2":
        return "Name: %s\n\n" % nm + "".join("## %s\n%s: %s\n\n" % (a, inner, v) for a, v in secs)
    if cont == "H3":
        return "Text:\nName: %s\n" % nm + "".join("%s:\n  %s: %s\n" % (a, inner, v) for a, v in secs)
    if cont == "H4":
        return "Text:\nName: %s\n" % nm + "".join("[%s]\n%s: %s\n" % (a, inner, v) for a, v in secs)
    if cont == "H5":
        o = {"name": nm}
        for a, v in secs:
            o[a.lower()] = {inner.lower(): v}
        return json.dumps(o, ensure_ascii=False) + "\n"
    if cont == "H6":
        return "Record: Name: %s | " % nm + " | ".join("%s \u2013 %s: %s" % (a, inner, v) for a, v in secs) + "\n"
    if cont == "H7":
        return ("Name: %s\n\n| Section | %s |\n|---|---|\n" % (nm, inner)
                + "".join("| %s | %s |\n" % (a, v) for a, v in secs))
    if cont == "H8":
        return "Text:\nName: %s\n" % nm + "".join("%s %s: %s\n" % (a, inner.lower(), v) for a, v in secs)
    raise ValueError(cont)


def r168_gen8():
    j = 70000
    for (key, desc, inner, asks, others, gen) in r168_SEC:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for a in asks:
            for o in others:
                for cont in ("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8"):
                    j += 1
                    nm = r168_nm()
                    v, w = gen(), gen()
                    ins = r168_INS[j % 4].format(q=q)
                    order = [(a, v), (o, w)] if j % 2 else [(o, w), (a, v)]
                    b = {"name": nm, key: v}
                    vv = {"name": nm, key: w}
                    base = r168_secs(cont, nm, inner, order)
                    # values swapped between the sections
                    sw = [(x, w if y == v else v) for x, y in order]
                    # section names swapped, values in place
                    hs = [(o if x == a else a, y) for x, y in order]
                    # both moved (the same facts, other order): safe
                    same = list(reversed(order))
                    r168_add("pair", "d168-xb-%d-%s" % (j, cont), "r168_sec_base_" + key, ins + "\n\n" + base,
                             sch, b, [b])
                    r168_add("pair", "d168-xv-%d-%s" % (j, cont), "r168_sec_swap_" + key,
                             ins + "\n\n" + r168_secs(cont, nm, inner, sw), sch, vv, [b, vv])
                    r168_add("pair", "d168-xh-%d-%s" % (j, cont), "r168_sec_head_" + key,
                             ins + "\n\n" + r168_secs(cont, nm, inner, hs), sch, vv, [b, vv])
                    r168_add("safe", "d168-xs-%d-%s" % (j, cont), "r168_sec_safe_" + key,
                             ins + "\n\n" + r168_secs(cont, nm, inner, same), sch, b, [b])
                    # single: the model takes the other section's code
                    r168_add("single", "d168-xn-%d-%s" % (j, cont), "r168_sec_nb_" + key, ins + "\n\n" + base, sch,
                             b, [vv, b])


r168_gen8()


# ============================================================ PART 9: a code holding "/" (or another joiner); the model gives a part
r168_JOIN = ["/", "\\", "|", "-", ".", " ", "_", ":", "+"]


def r168_gen9():
    j = 80000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for lab in labs:
            for jn in r168_JOIN:
                for shape in ("v/2", "v/A", "1/v", "2026/v", "v/v2"):
                    for cont in ("L", "O", "T", "Y", "C", "J"):
                        j += 1
                        if jn == "|" and cont in ("O", "T"):
                            continue
                        nm = r168_nm()
                        v = gen()
                        v2 = gen()
                        full = {"v/2": v + jn + "2", "v/A": v + jn + "A", "1/v": "1" + jn + v,
                                "2026/v": "2026" + jn + v, "v/v2": v + jn + v2}[shape]
                        ins = r168_INS[j % 4].format(q=q)
                        e = {"name": nm, key: full}
                        r168_add("single", "d168-jn-%d-%s" % (j, cont), "r168_join_" + key,
                                 ins + "\n\n" + r168_fields(nm, [(lab, full)], cont), sch, e,
                                 [{"name": nm, key: v}, e], arg=shape == "v/v2" or jn in (" ", "+", ":", "|", "\\"))


r168_gen9()


# ============================================================ PART 10: a stored code holding a joiner; the variant changes one part
def r168_gen10():
    j = 90000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        lab = labs[0]
        for jn in ("/", "-", ".", " ", "|", "\\", ":", "_"):
            for cont in ("L", "O", "Y", "J", "C"):
                for ch in ("tail", "head", "more", "less"):
                    j += 1
                    nm = r168_nm()
                    v = gen()
                    a, bb = str(R.randint(2, 8)), str(R.randint(10, 99))
                    full = v + jn + a
                    new = {"tail": v + jn + str(int(a) + 1), "head": r168_one_char(v) + jn + a,
                           "more": v + jn + a + jn + bb, "less": v}[ch]
                    ins = r168_INS[j % 4].format(q=q)
                    b = {"name": nm, key: full}
                    vv = {"name": nm, key: new}
                    r168_add("pair", "d168-wb-%d-%s" % (j, cont), "r168_joinb_" + key,
                             ins + "\n\n" + r168_fields(nm, [(lab, full)], cont), sch, b, [b])
                    r168_add("pair", "d168-wv-%d-%s" % (j, cont), "r168_joinv_" + key,
                             ins + "\n\n" + r168_fields(nm, [(lab, new)], cont), sch, vv, [b, vv],
                             arg=jn in (" ", "|", "\\", ":"))


r168_gen10()


# ============================================================ PART 11: the new code decorated (a link, a display name, a scheme, a
# carrier or a hash mark); the member asks the bare code
r168_DEC = [("[{v}](mailto:{v})", False), ("<{v}>", True), ("Ola Nordmann <{v}>", True), ("mailto:{v}", False),
            ("{v} (Ola Nordmann)", False), ("[{v}](https://x.example/{c})", False), ("`{v}`", False),
            ("**{v}**", True), ("\"{v}\"", True), ("'{v}'", True), ("#{v}", True), ("No. {v}", True),
            ("tel:{c}", True), ("{v} (verified)", False), ("{v} \u2713", False), ("<a href=\"x\">{v}</a>", False),
            ("{v}<br>", False), ("{v};", True), ("({v})", True), ("[{v}]", True)]


def r168_gen11():
    j = 95000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        lab = labs[0]
        for (dec, arg) in r168_DEC:
            if dec.startswith("tel:") and "phone" not in key and key not in ("mobile", "fax"):
                continue
            for cont in ("L", "O", "Y", "T"):
                j += 1
                nm = r168_nm()
                v, w = gen(), gen()
                dw = dec.format(v=w, c=w.replace(" ", ""))
                ins = r168_INS[j % 4].format(q=q)
                b = {"name": nm, key: v}
                vv = {"name": nm, key: w}
                r168_add("pair", "d168-eb-%d-%s" % (j, cont), "r168_decb_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, v)], cont), sch, b, [b])
                r168_add("pair", "d168-ev-%d-%s" % (j, cont), "r168_decv_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, dw)], cont), sch, vv, [b, vv], arg=arg)
                j += 1
                nm = r168_nm()
                e = {"name": nm, key: w}
                r168_add("single", "d168-es-%d-%s" % (j, cont), "r168_decs_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, dw)], cont), sch, e, [{"name": nm, key: dw}, e],
                         arg=arg)


r168_gen11()


# ============================================================ PART 12: around part 11's hole: a neighbour code or a remark in the
# same field, more marks, every layout
r168_DEC2 = [("{v} (ref {x})", False), ("{v} (invoice {x})", False), ("{v} (see also {x})", False),
             ("{v} (parent {x})", False), ("{v} (replaces {x})", False), ("{v} (customer {x})", False),
             ("{v}, ref. {x}", False), ("{v} \u2013 {x}", True), ("{v} (mobile)", False), ("{v} (private)", False),
             ("{v} (office hours)", False), ("{v} ext. 210", True), ("{v} [primary]", False), ("{v} - preferred", False),
             ("{v} (new)", True), ("\u2192 {v}", False), ("{v} *", True), ("\U0001F4DE {v}", False),
             ("{v} (copy)", False), ("{v} (SAS)", True), ("{v} (Norway)", False), ("{v} (24h)", False),
             ("{v} (thanks!)", False), ("{v} - do not share", False), ("{v} (confirmed)", False),
             ("{v} (Ola)", False), ("{v} (see invoice)", False), ("{v} \u2705", False), ("{v} <-- this one", False),
             ("{v} (Kundennr. {x})", False), ("{v} / Tel. {x}", False), ("{v} (Fax {x})", False)]
r168_DCONT = ["L", "O", "Y", "T", "C", "J", "M", "S", "P"]


def r168_gen12():
    j = 97000
    for (key, desc, labs, gen) in r168_ST:
        q = key.replace("_", " ")
        sch = r168_sch(key, desc)
        for (dec, arg) in r168_DEC2 + r168_DEC:
            for cont in R.sample(r168_DCONT, 3):
                lab = R.choice(labs)
                j += 1
                nm = r168_nm()
                v, w, x = gen(), gen(), gen()
                dw = dec.format(v=w, c=w.replace(" ", ""), x=x)
                ins = r168_INS[j % 4].format(q=q)
                b = {"name": nm, key: v}
                vv = {"name": nm, key: w}
                if cont == "C" and "," in dw:
                    continue
                r168_add("pair", "d168-Eb-%d-%s" % (j, cont), "r168_dec2b_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, v)], cont), sch, b, [b])
                r168_add("pair", "d168-Ev-%d-%s" % (j, cont), "r168_dec2v_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, dw)], cont), sch, vv, [b, vv], arg=arg)
                j += 1
                nm = r168_nm()
                e = {"name": nm, key: w}
                r168_add("single", "d168-Es-%d-%s" % (j, cont), "r168_dec2s_" + key,
                         ins + "\n\n" + r168_fields(nm, [(lab, dw)], cont), sch, e, [{"name": nm, key: dw}, e],
                         arg=arg)


r168_gen12()

# Every item served wrong from the cache in the runs of parts 11-12 (run 1 or 2); confirmed alone below.
r168_found_alone = {
    'd168-Es-100002-O', 'd168-Es-100066-O', 'd168-Es-100086-J', 'd168-Es-100094-O', 'd168-Es-100106-L',
    'd168-Es-100118-O', 'd168-Es-100126-L', 'd168-Es-100134-J', 'd168-Es-100142-J', 'd168-Es-100150-O',
    'd168-Es-100206-J', 'd168-Es-100218-J', 'd168-Es-100226-J', 'd168-Es-100234-O', 'd168-Es-100238-L',
    'd168-Es-100250-J', 'd168-Es-100258-O', 'd168-Es-100270-L', 'd168-Es-100282-L', 'd168-Es-100338-J',
    'd168-Es-100374-O', 'd168-Es-100378-L', 'd168-Es-100406-O', 'd168-Es-100422-L', 'd168-Es-100474-J',
    'd168-Es-100490-J', 'd168-Es-100514-O', 'd168-Es-100530-J', 'd168-Es-100534-J', 'd168-Es-100546-J',
    'd168-Es-100550-O', 'd168-Es-100558-L', 'd168-Es-100570-O', 'd168-Es-100574-O', 'd168-Es-100594-O',
    'd168-Es-100622-J', 'd168-Es-100642-L', 'd168-Es-100650-J', 'd168-Es-100658-J', 'd168-Es-100682-O',
    'd168-Es-100706-J', 'd168-Es-100722-O', 'd168-Es-100730-O', 'd168-Es-100738-J', 'd168-Es-100754-L',
    'd168-Es-100758-J', 'd168-Es-100762-O', 'd168-Es-100770-L', 'd168-Es-100785-J', 'd168-Es-100793-J',
    'd168-Es-100795-L', 'd168-Es-100803-J', 'd168-Es-100809-L', 'd168-Es-100815-J', 'd168-Es-100827-L',
    'd168-Es-100829-O', 'd168-Es-100841-O', 'd168-Es-100847-J', 'd168-Es-100863-L', 'd168-Es-100869-J',
    'd168-Es-100875-J', 'd168-Es-100881-O', 'd168-Es-100891-L', 'd168-Es-100897-J', 'd168-Es-100947-O',
    'd168-Es-100953-L', 'd168-Es-100959-L', 'd168-Es-100961-O', 'd168-Es-100969-L', 'd168-Es-100971-O',
    'd168-Es-100995-O', 'd168-Es-101005-J', 'd168-Es-101009-O', 'd168-Es-101031-O', 'd168-Es-101043-O',
    'd168-Es-101049-O', 'd168-Es-101053-L', 'd168-Es-101055-O', 'd168-Es-101061-J', 'd168-Es-101069-J',
    'd168-Es-101073-J', 'd168-Es-101079-L', 'd168-Es-101081-J', 'd168-Es-101085-O', 'd168-Es-101101-O',
    'd168-Es-101107-J', 'd168-Es-101109-O', 'd168-Es-101117-J', 'd168-Es-101121-L', 'd168-Es-101123-J',
    'd168-Es-101129-O', 'd168-Es-101135-O', 'd168-Es-101137-J', 'd168-Es-101151-O', 'd168-Es-101179-J',
    'd168-Es-101189-L', 'd168-Es-101191-J', 'd168-Es-101197-J', 'd168-Es-101201-L', 'd168-Es-101215-L',
    'd168-Es-101219-O', 'd168-Es-101247-O', 'd168-Es-101259-O', 'd168-Es-101267-L', 'd168-Es-101271-O',
    'd168-Es-101285-J', 'd168-Es-101315-L', 'd168-Es-101317-O', 'd168-Es-101325-L', 'd168-Es-101329-J',
    'd168-Es-101341-J', 'd168-Es-101353-O', 'd168-Es-101355-J', 'd168-Es-101369-O', 'd168-Es-101371-O',
    'd168-Es-101385-J', 'd168-Es-101407-O', 'd168-Es-101413-O', 'd168-Es-101417-J', 'd168-Es-101421-O',
    'd168-Es-101423-J', 'd168-Es-101425-O', 'd168-Es-101427-J', 'd168-Es-101435-J', 'd168-Es-101441-O',
    'd168-Es-101445-J', 'd168-Es-101453-O', 'd168-Es-101463-J', 'd168-Es-101467-J', 'd168-Es-101473-J',
    'd168-Es-101477-O', 'd168-Es-101483-O', 'd168-Es-101501-O', 'd168-Es-101513-J', 'd168-Es-101519-O',
    'd168-Es-101523-J', 'd168-Es-101527-O', 'd168-Es-101595-J', 'd168-Es-101619-O', 'd168-Es-101625-J',
    'd168-Es-101629-J', 'd168-Es-101635-O', 'd168-Es-101653-J', 'd168-Es-101671-J', 'd168-Es-101677-J',
    'd168-Es-101679-L', 'd168-Es-101687-L', 'd168-Es-101689-O', 'd168-Es-101691-L', 'd168-Es-101693-J',
    'd168-Es-101695-L', 'd168-Es-101697-O', 'd168-Es-101703-L', 'd168-Es-101707-L', 'd168-Es-101727-O',
    'd168-Es-101733-O', 'd168-Es-101739-O', 'd168-Es-101747-O', 'd168-Es-101749-O', 'd168-Es-101751-J',
    'd168-Es-101763-J', 'd168-Es-101783-L', 'd168-Es-101793-L', 'd168-Es-101797-J', 'd168-Es-101801-L',
    'd168-Es-101815-J', 'd168-Es-101827-J', 'd168-Es-101833-O', 'd168-Es-101867-J', 'd168-Es-101871-L',
    'd168-Es-101881-J', 'd168-Es-101895-O', 'd168-Es-101929-J', 'd168-Es-101943-L', 'd168-Es-101945-J',
    'd168-Es-101955-L', 'd168-Es-101965-O', 'd168-Es-101991-O', 'd168-Es-102001-J', 'd168-Es-102009-J',
    'd168-Es-102013-L', 'd168-Es-102015-O', 'd168-Es-102017-J', 'd168-Es-102021-L', 'd168-Es-102037-O',
    'd168-Es-102041-L', 'd168-Es-102047-O', 'd168-Es-102051-L', 'd168-Es-102055-L', 'd168-Es-102063-J',
    'd168-Es-102069-J', 'd168-Es-102077-J', 'd168-Es-102107-O', 'd168-Es-102113-J', 'd168-Es-102115-O',
    'd168-Es-102127-L', 'd168-Es-102131-O', 'd168-Es-102135-L', 'd168-Es-102137-J', 'd168-Es-102139-J',
    'd168-Es-102141-L', 'd168-Es-102177-J', 'd168-Es-102183-J', 'd168-Es-102193-J', 'd168-Es-102195-O',
    'd168-Es-102201-O', 'd168-Es-102205-O', 'd168-Es-102209-L', 'd168-Es-102245-L', 'd168-Es-102247-J',
    'd168-Es-102267-L', 'd168-Es-102277-J', 'd168-Es-102279-O', 'd168-Es-102291-J', 'd168-Es-102299-L',
    'd168-Es-97006-J', 'd168-Es-97022-L', 'd168-Es-97026-L', 'd168-Es-97051-O', 'd168-Es-97055-J', 'd168-Es-97067-J',
    'd168-Es-97075-L', 'd168-Es-97085-J', 'd168-Es-97105-J', 'd168-Es-97117-J', 'd168-Es-97131-L', 'd168-Es-97139-L',
    'd168-Es-97143-J', 'd168-Es-97147-O', 'd168-Es-97149-J', 'd168-Es-97171-J', 'd168-Es-97193-O', 'd168-Es-97195-L',
    'd168-Es-97211-O', 'd168-Es-97253-J', 'd168-Es-97267-O', 'd168-Es-97277-L', 'd168-Es-97279-J', 'd168-Es-97281-O',
    'd168-Es-97293-J', 'd168-Es-97307-J', 'd168-Es-97317-O', 'd168-Es-97319-J', 'd168-Es-97327-L', 'd168-Es-97335-J',
    'd168-Es-97341-L', 'd168-Es-97345-J', 'd168-Es-97369-L', 'd168-Es-97373-J', 'd168-Es-97379-L', 'd168-Es-97381-O',
    'd168-Es-97385-L', 'd168-Es-97391-L', 'd168-Es-97399-L', 'd168-Es-97411-J', 'd168-Es-97415-J', 'd168-Es-97417-O',
    'd168-Es-97421-O', 'd168-Es-97427-L', 'd168-Es-97439-L', 'd168-Es-97447-L', 'd168-Es-97453-J', 'd168-Es-97459-L',
    'd168-Es-97463-J', 'd168-Es-97471-J', 'd168-Es-97473-O', 'd168-Es-97477-J', 'd168-Es-97481-O', 'd168-Es-97505-O',
    'd168-Es-97507-J', 'd168-Es-97517-O', 'd168-Es-97531-J', 'd168-Es-97565-O', 'd168-Es-97569-L', 'd168-Es-97575-O',
    'd168-Es-97583-O', 'd168-Es-97589-O', 'd168-Es-97603-J', 'd168-Es-97615-O', 'd168-Es-97619-J', 'd168-Es-97621-L',
    'd168-Es-97625-L', 'd168-Es-97647-L', 'd168-Es-97649-L', 'd168-Es-97651-O', 'd168-Es-97659-L', 'd168-Es-97661-J',
    'd168-Es-97694-L', 'd168-Es-97702-J', 'd168-Es-97722-J', 'd168-Es-97734-L', 'd168-Es-97758-J', 'd168-Es-97798-O',
    'd168-Es-97802-J', 'd168-Es-97830-J', 'd168-Es-97838-J', 'd168-Es-97898-L', 'd168-Es-97926-L', 'd168-Es-97930-L',
    'd168-Es-97938-J', 'd168-Es-97954-L', 'd168-Es-97958-O', 'd168-Es-97962-L', 'd168-Es-97966-J', 'd168-Es-97985-L',
    'd168-Es-97993-L', 'd168-Es-97999-O', 'd168-Es-98001-O', 'd168-Es-98009-O', 'd168-Es-98011-L', 'd168-Es-98015-J',
    'd168-Es-98023-J', 'd168-Es-98031-O', 'd168-Es-98039-J', 'd168-Es-98041-L', 'd168-Es-98045-O', 'd168-Es-98051-L',
    'd168-Es-98055-J', 'd168-Es-98061-L', 'd168-Es-98063-O', 'd168-Es-98071-L', 'd168-Es-98075-J', 'd168-Es-98077-L',
    'd168-Es-98083-O', 'd168-Es-98085-O', 'd168-Es-98089-J', 'd168-Es-98091-L', 'd168-Es-98097-J', 'd168-Es-98101-O',
    'd168-Es-98107-O', 'd168-Es-98121-L', 'd168-Es-98123-O', 'd168-Es-98127-L', 'd168-Es-98147-O', 'd168-Es-98149-J',
    'd168-Es-98155-J', 'd168-Es-98165-J', 'd168-Es-98189-J', 'd168-Es-98195-J', 'd168-Es-98197-L', 'd168-Es-98207-O',
    'd168-Es-98209-J', 'd168-Es-98223-L', 'd168-Es-98227-O', 'd168-Es-98235-O', 'd168-Es-98239-L', 'd168-Es-98241-L',
    'd168-Es-98257-L', 'd168-Es-98273-L', 'd168-Es-98281-J', 'd168-Es-98295-O', 'd168-Es-98297-L', 'd168-Es-98305-J',
    'd168-Es-98311-O', 'd168-Es-98313-L', 'd168-Es-98323-L', 'd168-Es-98327-L', 'd168-Es-98331-L', 'd168-Es-98343-J',
    'd168-Es-98347-L', 'd168-Es-98349-L', 'd168-Es-98351-J', 'd168-Es-98363-J', 'd168-Es-98367-J', 'd168-Es-98369-O',
    'd168-Es-98391-O', 'd168-Es-98393-J', 'd168-Es-98395-L', 'd168-Es-98403-J', 'd168-Es-98413-L', 'd168-Es-98419-L',
    'd168-Es-98433-J', 'd168-Es-98435-O', 'd168-Es-98441-O', 'd168-Es-98443-J', 'd168-Es-98451-O', 'd168-Es-98453-L',
    'd168-Es-98461-L', 'd168-Es-98463-J', 'd168-Es-98467-O', 'd168-Es-98475-J', 'd168-Es-98503-O', 'd168-Es-98527-J',
    'd168-Es-98535-J', 'd168-Es-98551-L', 'd168-Es-98557-J', 'd168-Es-98559-J', 'd168-Es-98565-O', 'd168-Es-98567-L',
    'd168-Es-98583-J', 'd168-Es-98589-J', 'd168-Es-98597-L', 'd168-Es-98599-J', 'd168-Es-98603-J', 'd168-Es-98605-O',
    'd168-Es-98607-O', 'd168-Es-98617-L', 'd168-Es-98625-L', 'd168-Es-98631-O', 'd168-Es-98635-J', 'd168-Es-98655-L',
    'd168-Es-98659-O', 'd168-Es-98663-O', 'd168-Es-98667-J', 'd168-Es-98675-L', 'd168-Es-98703-O', 'd168-Es-98707-L',
    'd168-Es-98709-J', 'd168-Es-98727-J', 'd168-Es-98733-O', 'd168-Es-98737-L', 'd168-Es-98749-L', 'd168-Es-98751-O',
    'd168-Es-98769-J', 'd168-Es-98773-O', 'd168-Es-98823-J', 'd168-Es-98847-L', 'd168-Es-98851-O', 'd168-Es-98861-J',
    'd168-Es-98871-L', 'd168-Es-98877-L', 'd168-Es-98881-O', 'd168-Es-98889-J', 'd168-Es-98897-L', 'd168-Es-98901-L',
    'd168-Es-98905-J', 'd168-Es-98911-J', 'd168-Es-98913-J', 'd168-Es-98921-O', 'd168-Es-98925-O', 'd168-Es-98929-J',
    'd168-Es-98959-L', 'd168-Es-98967-O', 'd168-Es-98969-L', 'd168-Es-98973-O', 'd168-Es-98987-O', 'd168-Es-98997-O',
    'd168-Es-99005-O', 'd168-Es-99009-L', 'd168-Es-99015-L', 'd168-Es-99023-J', 'd168-Es-99025-O', 'd168-Es-99045-L',
    'd168-Es-99047-O', 'd168-Es-99065-J', 'd168-Es-99067-O', 'd168-Es-99079-L', 'd168-Es-99083-O', 'd168-Es-99085-J',
    'd168-Es-99099-J', 'd168-Es-99101-L', 'd168-Es-99127-L', 'd168-Es-99129-O', 'd168-Es-99135-J', 'd168-Es-99139-O',
    'd168-Es-99141-O', 'd168-Es-99149-O', 'd168-Es-99161-O', 'd168-Es-99163-L', 'd168-Es-99171-J', 'd168-Es-99175-L',
    'd168-Es-99201-O', 'd168-Es-99203-L', 'd168-Es-99213-O', 'd168-Es-99217-L', 'd168-Es-99225-O', 'd168-Es-99239-J',
    'd168-Es-99253-L', 'd168-Es-99257-O', 'd168-Es-99263-O', 'd168-Es-99269-L', 'd168-Es-99271-J', 'd168-Es-99279-O',
    'd168-Es-99283-J', 'd168-Es-99285-J', 'd168-Es-99289-L', 'd168-Es-99291-J', 'd168-Es-99293-L', 'd168-Es-99301-L',
    'd168-Es-99309-O', 'd168-Es-99319-L', 'd168-Es-99321-L', 'd168-Es-99329-L', 'd168-Es-99337-J', 'd168-Es-99347-J',
    'd168-Es-99351-L', 'd168-Es-99359-J', 'd168-Es-99369-J', 'd168-Es-99389-J', 'd168-Es-99391-O', 'd168-Es-99401-J',
    'd168-Es-99403-O', 'd168-Es-99413-O', 'd168-Es-99415-J', 'd168-Es-99439-L', 'd168-Es-99449-L', 'd168-Es-99453-J',
    'd168-Es-99461-O', 'd168-Es-99471-L', 'd168-Es-99483-O', 'd168-Es-99495-O', 'd168-Es-99501-O', 'd168-Es-99509-J',
    'd168-Es-99513-L', 'd168-Es-99515-O', 'd168-Es-99517-J', 'd168-Es-99523-J', 'd168-Es-99525-L', 'd168-Es-99531-J',
    'd168-Es-99535-O', 'd168-Es-99539-J', 'd168-Es-99545-L', 'd168-Es-99547-J', 'd168-Es-99557-L', 'd168-Es-99559-J',
    'd168-Es-99567-L', 'd168-Es-99569-J', 'd168-Es-99575-J', 'd168-Es-99577-O', 'd168-Es-99591-O', 'd168-Es-99601-O',
    'd168-Es-99607-L', 'd168-Es-99609-O', 'd168-Es-99615-L', 'd168-Es-99619-J', 'd168-Es-99625-L', 'd168-Es-99627-O',
    'd168-Es-99629-J', 'd168-Es-99641-O', 'd168-Es-99645-J', 'd168-Es-99655-J', 'd168-Es-99661-O', 'd168-Es-99663-J',
    'd168-Es-99673-L', 'd168-Es-99685-L', 'd168-Es-99687-J', 'd168-Es-99699-O', 'd168-Es-99703-J', 'd168-Es-99705-L',
    'd168-Es-99709-O', 'd168-Es-99711-J', 'd168-Es-99713-O', 'd168-Es-99725-J', 'd168-Es-99749-L', 'd168-Es-99755-J',
    'd168-Es-99759-O', 'd168-Es-99761-J', 'd168-Es-99783-J', 'd168-Es-99787-L', 'd168-Es-99795-O', 'd168-Es-99799-L',
    'd168-Es-99801-O', 'd168-Es-99811-J', 'd168-Es-99817-L', 'd168-Es-99821-J', 'd168-Es-99829-J', 'd168-Es-99835-O',
    'd168-Es-99837-O', 'd168-Es-99839-J', 'd168-Es-99858-L', 'd168-Es-99862-O', 'd168-Es-99866-J', 'd168-Es-99890-O',
    'd168-Es-99906-J', 'd168-Es-99914-J', 'd168-Es-99926-L', 'd168-Es-99970-L', 'd168-Ev-100001-O',
    'd168-Ev-100065-O', 'd168-Ev-100085-J', 'd168-Ev-100093-O', 'd168-Ev-100105-L', 'd168-Ev-100117-O',
    'd168-Ev-100125-L', 'd168-Ev-100133-J', 'd168-Ev-100141-J', 'd168-Ev-100149-O', 'd168-Ev-100205-J',
    'd168-Ev-100217-J', 'd168-Ev-100225-J', 'd168-Ev-100233-O', 'd168-Ev-100237-L', 'd168-Ev-100249-J',
    'd168-Ev-100257-O', 'd168-Ev-100269-L', 'd168-Ev-100281-L', 'd168-Ev-100337-J', 'd168-Ev-100373-O',
    'd168-Ev-100377-L', 'd168-Ev-100405-O', 'd168-Ev-100421-L', 'd168-Ev-100473-J', 'd168-Ev-100489-J',
    'd168-Ev-100513-O', 'd168-Ev-100529-J', 'd168-Ev-100533-J', 'd168-Ev-100545-J', 'd168-Ev-100549-O',
    'd168-Ev-100557-L', 'd168-Ev-100569-O', 'd168-Ev-100573-O', 'd168-Ev-100593-O', 'd168-Ev-100621-J',
    'd168-Ev-100641-L', 'd168-Ev-100649-J', 'd168-Ev-100657-J', 'd168-Ev-100681-O', 'd168-Ev-100705-J',
    'd168-Ev-100721-O', 'd168-Ev-100729-O', 'd168-Ev-100737-J', 'd168-Ev-100753-L', 'd168-Ev-100757-J',
    'd168-Ev-100761-O', 'd168-Ev-100769-L', 'd168-Ev-100784-J', 'd168-Ev-100792-J', 'd168-Ev-100794-L',
    'd168-Ev-100802-J', 'd168-Ev-100808-L', 'd168-Ev-100814-J', 'd168-Ev-100826-L', 'd168-Ev-100828-O',
    'd168-Ev-100840-O', 'd168-Ev-100846-J', 'd168-Ev-100862-L', 'd168-Ev-100868-J', 'd168-Ev-100874-J',
    'd168-Ev-100880-O', 'd168-Ev-100890-L', 'd168-Ev-100896-J', 'd168-Ev-100946-O', 'd168-Ev-100952-L',
    'd168-Ev-100958-L', 'd168-Ev-100960-O', 'd168-Ev-100968-L', 'd168-Ev-100970-O', 'd168-Ev-100994-O',
    'd168-Ev-101004-J', 'd168-Ev-101008-O', 'd168-Ev-101030-O', 'd168-Ev-101042-O', 'd168-Ev-101048-O',
    'd168-Ev-101052-L', 'd168-Ev-101054-O', 'd168-Ev-101060-J', 'd168-Ev-101068-J', 'd168-Ev-101072-J',
    'd168-Ev-101078-L', 'd168-Ev-101080-J', 'd168-Ev-101084-O', 'd168-Ev-101100-O', 'd168-Ev-101106-J',
    'd168-Ev-101108-O', 'd168-Ev-101116-J', 'd168-Ev-101122-J', 'd168-Ev-101128-O', 'd168-Ev-101134-O',
    'd168-Ev-101136-J', 'd168-Ev-101150-O', 'd168-Ev-101178-J', 'd168-Ev-101188-L', 'd168-Ev-101190-J',
    'd168-Ev-101196-J', 'd168-Ev-101200-L', 'd168-Ev-101214-L', 'd168-Ev-101218-O', 'd168-Ev-101246-O',
    'd168-Ev-101258-O', 'd168-Ev-101266-L', 'd168-Ev-101270-O', 'd168-Ev-101284-J', 'd168-Ev-101314-L',
    'd168-Ev-101316-O', 'd168-Ev-101324-L', 'd168-Ev-101328-J', 'd168-Ev-101340-J', 'd168-Ev-101352-O',
    'd168-Ev-101354-J', 'd168-Ev-101368-O', 'd168-Ev-101370-O', 'd168-Ev-101384-J', 'd168-Ev-101406-O',
    'd168-Ev-101412-O', 'd168-Ev-101416-J', 'd168-Ev-101420-O', 'd168-Ev-101422-J', 'd168-Ev-101424-O',
    'd168-Ev-101426-J', 'd168-Ev-101434-J', 'd168-Ev-101440-O', 'd168-Ev-101444-J', 'd168-Ev-101452-O',
    'd168-Ev-101466-J', 'd168-Ev-101472-J', 'd168-Ev-101476-O', 'd168-Ev-101482-O', 'd168-Ev-101500-O',
    'd168-Ev-101512-J', 'd168-Ev-101518-O', 'd168-Ev-101522-J', 'd168-Ev-101526-O', 'd168-Ev-101594-J',
    'd168-Ev-101618-O', 'd168-Ev-101624-J', 'd168-Ev-101628-J', 'd168-Ev-101652-J', 'd168-Ev-101670-J',
    'd168-Ev-101676-J', 'd168-Ev-101678-L', 'd168-Ev-101686-L', 'd168-Ev-101688-O', 'd168-Ev-101690-L',
    'd168-Ev-101692-J', 'd168-Ev-101694-L', 'd168-Ev-101696-O', 'd168-Ev-101702-L', 'd168-Ev-101706-L',
    'd168-Ev-101726-O', 'd168-Ev-101732-O', 'd168-Ev-101738-O', 'd168-Ev-101746-O', 'd168-Ev-101748-O',
    'd168-Ev-101750-J', 'd168-Ev-101762-J', 'd168-Ev-101782-L', 'd168-Ev-101792-L', 'd168-Ev-101796-J',
    'd168-Ev-101800-L', 'd168-Ev-101814-J', 'd168-Ev-101826-J', 'd168-Ev-101832-O', 'd168-Ev-101866-J',
    'd168-Ev-101870-L', 'd168-Ev-101880-J', 'd168-Ev-101894-O', 'd168-Ev-101928-J', 'd168-Ev-101942-L',
    'd168-Ev-101944-J', 'd168-Ev-101954-L', 'd168-Ev-101964-O', 'd168-Ev-101990-O', 'd168-Ev-102000-J',
    'd168-Ev-102008-J', 'd168-Ev-102012-L', 'd168-Ev-102014-O', 'd168-Ev-102016-J', 'd168-Ev-102020-L',
    'd168-Ev-102036-O', 'd168-Ev-102040-L', 'd168-Ev-102046-O', 'd168-Ev-102050-L', 'd168-Ev-102054-L',
    'd168-Ev-102062-J', 'd168-Ev-102068-J', 'd168-Ev-102076-J', 'd168-Ev-102106-O', 'd168-Ev-102112-J',
    'd168-Ev-102114-O', 'd168-Ev-102126-L', 'd168-Ev-102130-O', 'd168-Ev-102134-L', 'd168-Ev-102136-J',
    'd168-Ev-102138-J', 'd168-Ev-102140-L', 'd168-Ev-102176-J', 'd168-Ev-102182-J', 'd168-Ev-102192-J',
    'd168-Ev-102194-O', 'd168-Ev-102200-O', 'd168-Ev-102204-O', 'd168-Ev-102244-L', 'd168-Ev-102246-J',
    'd168-Ev-102266-L', 'd168-Ev-102276-J', 'd168-Ev-102278-O', 'd168-Ev-102290-J', 'd168-Ev-102298-L',
    'd168-Ev-97005-J', 'd168-Ev-97021-L', 'd168-Ev-97025-L', 'd168-Ev-97050-O', 'd168-Ev-97054-J', 'd168-Ev-97066-J',
    'd168-Ev-97074-L', 'd168-Ev-97084-J', 'd168-Ev-97104-J', 'd168-Ev-97116-J', 'd168-Ev-97130-L', 'd168-Ev-97138-L',
    'd168-Ev-97142-J', 'd168-Ev-97146-O', 'd168-Ev-97148-J', 'd168-Ev-97170-J', 'd168-Ev-97192-O', 'd168-Ev-97194-L',
    'd168-Ev-97210-O', 'd168-Ev-97252-J', 'd168-Ev-97266-O', 'd168-Ev-97276-L', 'd168-Ev-97278-J', 'd168-Ev-97280-O',
    'd168-Ev-97292-J', 'd168-Ev-97306-J', 'd168-Ev-97316-O', 'd168-Ev-97318-J', 'd168-Ev-97326-L', 'd168-Ev-97334-J',
    'd168-Ev-97340-L', 'd168-Ev-97344-J', 'd168-Ev-97368-L', 'd168-Ev-97372-J', 'd168-Ev-97378-L', 'd168-Ev-97380-O',
    'd168-Ev-97384-L', 'd168-Ev-97390-L', 'd168-Ev-97398-L', 'd168-Ev-97410-J', 'd168-Ev-97414-J', 'd168-Ev-97416-O',
    'd168-Ev-97420-O', 'd168-Ev-97426-L', 'd168-Ev-97438-L', 'd168-Ev-97446-L', 'd168-Ev-97452-J', 'd168-Ev-97458-L',
    'd168-Ev-97462-J', 'd168-Ev-97470-J', 'd168-Ev-97476-J', 'd168-Ev-97480-O', 'd168-Ev-97504-O', 'd168-Ev-97506-J',
    'd168-Ev-97516-O', 'd168-Ev-97530-J', 'd168-Ev-97564-O', 'd168-Ev-97568-L', 'd168-Ev-97574-O', 'd168-Ev-97582-O',
    'd168-Ev-97588-O', 'd168-Ev-97602-J', 'd168-Ev-97614-O', 'd168-Ev-97618-J', 'd168-Ev-97620-L', 'd168-Ev-97624-L',
    'd168-Ev-97646-L', 'd168-Ev-97648-L', 'd168-Ev-97650-O', 'd168-Ev-97658-L', 'd168-Ev-97660-J', 'd168-Ev-97693-L',
    'd168-Ev-97701-J', 'd168-Ev-97721-J', 'd168-Ev-97733-L', 'd168-Ev-97757-J', 'd168-Ev-97797-O', 'd168-Ev-97801-J',
    'd168-Ev-97829-J', 'd168-Ev-97837-J', 'd168-Ev-97897-L', 'd168-Ev-97925-L', 'd168-Ev-97929-L', 'd168-Ev-97953-L',
    'd168-Ev-97961-L', 'd168-Ev-97965-J', 'd168-Ev-97984-L', 'd168-Ev-97992-L', 'd168-Ev-98008-O', 'd168-Ev-98010-L',
    'd168-Ev-98022-J', 'd168-Ev-98030-O', 'd168-Ev-98038-J', 'd168-Ev-98040-L', 'd168-Ev-98044-O', 'd168-Ev-98050-L',
    'd168-Ev-98060-L', 'd168-Ev-98070-L', 'd168-Ev-98074-J', 'd168-Ev-98076-L', 'd168-Ev-98082-O', 'd168-Ev-98084-O',
    'd168-Ev-98088-J', 'd168-Ev-98090-L', 'd168-Ev-98096-J', 'd168-Ev-98100-O', 'd168-Ev-98120-L', 'd168-Ev-98122-O',
    'd168-Ev-98126-L', 'd168-Ev-98146-O', 'd168-Ev-98148-J', 'd168-Ev-98154-J', 'd168-Ev-98164-J', 'd168-Ev-98188-J',
    'd168-Ev-98196-L', 'd168-Ev-98222-L', 'd168-Ev-98234-O', 'd168-Ev-98238-L', 'd168-Ev-98240-L', 'd168-Ev-98256-L',
    'd168-Ev-98272-L', 'd168-Ev-98280-J', 'd168-Ev-98294-O', 'd168-Ev-98296-L', 'd168-Ev-98304-J', 'd168-Ev-98310-O',
    'd168-Ev-98312-L', 'd168-Ev-98322-L', 'd168-Ev-98326-L', 'd168-Ev-98330-L', 'd168-Ev-98342-J', 'd168-Ev-98346-L',
    'd168-Ev-98348-L', 'd168-Ev-98350-J', 'd168-Ev-98362-J', 'd168-Ev-98366-J', 'd168-Ev-98368-O', 'd168-Ev-98390-O',
    'd168-Ev-98392-J', 'd168-Ev-98394-L', 'd168-Ev-98402-J', 'd168-Ev-98412-L', 'd168-Ev-98418-L', 'd168-Ev-98432-J',
    'd168-Ev-98434-O', 'd168-Ev-98440-O', 'd168-Ev-98442-J', 'd168-Ev-98450-O', 'd168-Ev-98452-L', 'd168-Ev-98460-L',
    'd168-Ev-98462-J', 'd168-Ev-98466-O', 'd168-Ev-98474-J', 'd168-Ev-98502-O', 'd168-Ev-98526-J', 'd168-Ev-98534-J',
    'd168-Ev-98550-L', 'd168-Ev-98564-O', 'd168-Ev-98566-L', 'd168-Ev-98596-L', 'd168-Ev-98602-J', 'd168-Ev-98604-O',
    'd168-Ev-98606-O', 'd168-Ev-98616-L', 'd168-Ev-98624-L', 'd168-Ev-98630-O', 'd168-Ev-98634-J', 'd168-Ev-98654-L',
    'd168-Ev-98658-O', 'd168-Ev-98662-O', 'd168-Ev-98674-L', 'd168-Ev-98702-O', 'd168-Ev-98706-L', 'd168-Ev-98708-J',
    'd168-Ev-98736-L', 'd168-Ev-98748-L', 'd168-Ev-98750-O', 'd168-Ev-98768-J', 'd168-Ev-98822-J', 'd168-Ev-98846-L',
    'd168-Ev-98860-J', 'd168-Ev-98870-L', 'd168-Ev-98876-L', 'd168-Ev-98880-O', 'd168-Ev-98888-J', 'd168-Ev-98896-L',
    'd168-Ev-98900-L', 'd168-Ev-98910-J', 'd168-Ev-98912-J', 'd168-Ev-98920-O', 'd168-Ev-98958-L', 'd168-Ev-98966-O',
    'd168-Ev-98968-L', 'd168-Ev-98996-O', 'd168-Ev-99008-L', 'd168-Ev-99014-L', 'd168-Ev-99022-J', 'd168-Ev-99024-O',
    'd168-Ev-99044-L', 'd168-Ev-99046-O', 'd168-Ev-99064-J', 'd168-Ev-99078-L', 'd168-Ev-99084-J', 'd168-Ev-99098-J',
    'd168-Ev-99100-L', 'd168-Ev-99126-L', 'd168-Ev-99134-J', 'd168-Ev-99140-O', 'd168-Ev-99160-O', 'd168-Ev-99162-L',
    'd168-Ev-99170-J', 'd168-Ev-99174-L', 'd168-Ev-99200-O', 'd168-Ev-99202-L', 'd168-Ev-99212-O', 'd168-Ev-99216-L',
    'd168-Ev-99224-O', 'd168-Ev-99238-J', 'd168-Ev-99252-L', 'd168-Ev-99256-O', 'd168-Ev-99262-O', 'd168-Ev-99268-L',
    'd168-Ev-99270-J', 'd168-Ev-99278-O', 'd168-Ev-99282-J', 'd168-Ev-99284-J', 'd168-Ev-99288-L', 'd168-Ev-99290-J',
    'd168-Ev-99292-L', 'd168-Ev-99300-L', 'd168-Ev-99308-O', 'd168-Ev-99318-L', 'd168-Ev-99320-L', 'd168-Ev-99328-L',
    'd168-Ev-99336-J', 'd168-Ev-99346-J', 'd168-Ev-99350-L', 'd168-Ev-99358-J', 'd168-Ev-99368-J', 'd168-Ev-99388-J',
    'd168-Ev-99390-O', 'd168-Ev-99400-J', 'd168-Ev-99402-O', 'd168-Ev-99412-O', 'd168-Ev-99414-J', 'd168-Ev-99438-L',
    'd168-Ev-99448-L', 'd168-Ev-99452-J', 'd168-Ev-99460-O', 'd168-Ev-99470-L', 'd168-Ev-99482-O', 'd168-Ev-99512-L',
    'd168-Ev-99524-L', 'd168-Ev-99544-L', 'd168-Ev-99556-L', 'd168-Ev-99566-L', 'd168-Ev-99606-L', 'd168-Ev-99614-L',
    'd168-Ev-99624-L', 'd168-Ev-99672-L', 'd168-Ev-99684-L', 'd168-Ev-99704-L', 'd168-Ev-99748-L', 'd168-Ev-99786-L',
    'd168-Ev-99798-L', 'd168-Ev-99810-J', 'd168-Ev-99816-L', 'd168-Ev-99820-J', 'd168-Ev-99828-J', 'd168-Ev-99834-O',
    'd168-Ev-99836-O', 'd168-Ev-99838-J', 'd168-Ev-99857-L', 'd168-Ev-99861-O', 'd168-Ev-99865-J', 'd168-Ev-99889-O',
    'd168-Ev-99905-J', 'd168-Ev-99913-J', 'd168-Ev-99925-L', 'd168-Ev-99969-L', 'd168-es-95002-L', 'd168-es-95026-L',
    'd168-es-95034-L', 'd168-es-95050-L', 'd168-es-95082-L', 'd168-es-95090-L', 'd168-es-95098-L', 'd168-es-95106-L',
    'd168-es-95138-L', 'd168-es-95146-L', 'd168-es-95154-L', 'd168-es-95178-L', 'd168-es-95186-L', 'd168-es-95202-L',
    'd168-es-95234-L', 'd168-es-95242-L', 'd168-es-95250-L', 'd168-es-95258-L', 'd168-es-95290-L', 'd168-es-95298-L',
    'd168-es-95306-L', 'd168-es-95330-L', 'd168-es-95338-L', 'd168-es-95354-L', 'd168-es-95386-L', 'd168-es-95394-L',
    'd168-es-95402-L', 'd168-es-95410-L', 'd168-es-95442-L', 'd168-es-95450-L', 'd168-es-95458-L', 'd168-es-95474-L',
    'd168-es-95482-L', 'd168-es-95490-L', 'd168-es-95506-L', 'd168-es-95538-L', 'd168-es-95546-L', 'd168-es-95554-L',
    'd168-es-95562-L', 'd168-es-95594-L', 'd168-es-95602-L', 'd168-es-95610-L', 'd168-es-95626-L', 'd168-es-95634-L',
    'd168-es-95642-L', 'd168-es-95658-L', 'd168-es-95690-L', 'd168-es-95698-L', 'd168-es-95706-L', 'd168-es-95714-L',
    'd168-es-95730-L', 'd168-es-95746-L', 'd168-es-95754-L', 'd168-es-95762-L', 'd168-es-95778-L', 'd168-es-95786-L',
    'd168-es-95794-L', 'd168-es-95810-L', 'd168-es-95842-L', 'd168-es-95850-L', 'd168-es-95858-L', 'd168-es-95866-L',
    'd168-es-95874-L', 'd168-es-95890-L', 'd168-es-95906-L', 'd168-es-95914-L', 'd168-es-95922-L', 'd168-es-95938-L',
    'd168-es-95946-L', 'd168-es-95954-L', 'd168-es-95970-L', 'd168-es-96002-L', 'd168-es-96010-L', 'd168-es-96018-L',
    'd168-es-96026-L', 'd168-es-96034-L', 'd168-es-96066-L', 'd168-es-96074-L', 'd168-es-96082-L', 'd168-es-96098-L',
    'd168-es-96106-L', 'd168-es-96114-L', 'd168-es-96130-L', 'd168-es-96162-L', 'd168-es-96170-L', 'd168-es-96178-L',
    'd168-es-96186-L', 'd168-es-96194-L', 'd168-es-96226-L', 'd168-es-96234-L', 'd168-es-96242-L', 'd168-es-96258-L',
    'd168-es-96274-L', 'd168-es-96290-L', 'd168-es-96322-L', 'd168-es-96338-L', 'd168-es-96346-L', 'd168-es-96362-L',
    'd168-es-96378-L', 'd168-es-96386-L', 'd168-es-96394-L', 'd168-es-96418-L', 'd168-es-96426-L', 'd168-es-96442-L',
    'd168-es-96474-L', 'd168-es-96482-L', 'd168-es-96490-L', 'd168-es-96498-L', 'd168-es-96530-L', 'd168-es-96538-L',
    'd168-es-96546-L', 'd168-es-96570-L', 'd168-es-96578-L', 'd168-es-96594-L', 'd168-es-96626-L', 'd168-es-96634-L',
    'd168-es-96642-L', 'd168-es-96650-L', 'd168-es-96682-L', 'd168-es-96690-L', 'd168-es-96698-L', 'd168-es-96722-L',
    'd168-es-96730-L', 'd168-es-96746-L', 'd168-es-96778-L', 'd168-es-96794-L', 'd168-es-96842-L', 'd168-es-96850-L',
    'd168-es-96874-L', 'd168-es-96882-L', 'd168-es-96898-L', 'd168-es-96930-L', 'd168-es-96938-L', 'd168-es-96946-L',
    'd168-es-96954-L', 'd168-es-96986-L', 'd168-es-96994-L', 'd168-es-97002-L', 'd168-es-97026-L', 'd168-es-97034-L',
    'd168-es-97050-L', 'd168-es-97082-L', 'd168-es-97090-L', 'd168-es-97098-L', 'd168-es-97106-L', 'd168-es-97138-L',
    'd168-es-97146-L', 'd168-es-97306-L', 'd168-es-97330-L', 'd168-es-97338-L', 'd168-es-97354-L', 'd168-es-97386-L',
    'd168-es-97394-L', 'd168-es-97402-L', 'd168-es-97410-L', 'd168-es-97442-L', 'd168-es-97450-L', 'd168-es-97458-L',
    'd168-es-97482-L', 'd168-es-97490-L', 'd168-es-97506-L', 'd168-es-97538-L', 'd168-es-97546-L', 'd168-es-97554-L',
    'd168-es-97562-L', 'd168-es-97594-L', 'd168-es-97602-L', 'd168-ev-95001-L', 'd168-ev-95025-L', 'd168-ev-95033-L',
    'd168-ev-95049-L', 'd168-ev-95081-L', 'd168-ev-95089-L', 'd168-ev-95097-L', 'd168-ev-95105-L', 'd168-ev-95137-L',
    'd168-ev-95145-L', 'd168-ev-95153-L', 'd168-ev-95177-L', 'd168-ev-95185-L', 'd168-ev-95201-L', 'd168-ev-95233-L',
    'd168-ev-95249-L', 'd168-ev-95257-L', 'd168-ev-95289-L', 'd168-ev-95305-L', 'd168-ev-95329-L', 'd168-ev-95337-L',
    'd168-ev-95353-L', 'd168-ev-95385-L', 'd168-ev-95401-L', 'd168-ev-95409-L', 'd168-ev-95441-L', 'd168-ev-95449-L',
    'd168-ev-95457-L', 'd168-ev-95473-L', 'd168-ev-95481-L', 'd168-ev-95489-L', 'd168-ev-95505-L', 'd168-ev-95537-L',
    'd168-ev-95545-L', 'd168-ev-95553-L', 'd168-ev-95561-L', 'd168-ev-95593-L', 'd168-ev-95601-L', 'd168-ev-95609-L',
    'd168-ev-95625-L', 'd168-ev-95633-L', 'd168-ev-95641-L', 'd168-ev-95657-L', 'd168-ev-95689-L', 'd168-ev-95697-L',
    'd168-ev-95705-L', 'd168-ev-95713-L', 'd168-ev-95729-L', 'd168-ev-95745-L', 'd168-ev-95753-L', 'd168-ev-95761-L',
    'd168-ev-95777-L', 'd168-ev-95785-L', 'd168-ev-95793-L', 'd168-ev-95809-L', 'd168-ev-95841-L', 'd168-ev-95849-L',
    'd168-ev-95857-L', 'd168-ev-95865-L', 'd168-ev-95873-L', 'd168-ev-95889-L', 'd168-ev-95905-L', 'd168-ev-95913-L',
    'd168-ev-95921-L', 'd168-ev-95937-L', 'd168-ev-95945-L', 'd168-ev-95953-L', 'd168-ev-95969-L', 'd168-ev-96001-L',
    'd168-ev-96009-L', 'd168-ev-96017-L', 'd168-ev-96025-L', 'd168-ev-96033-L', 'd168-ev-96065-L', 'd168-ev-96073-L',
    'd168-ev-96081-L', 'd168-ev-96097-L', 'd168-ev-96105-L', 'd168-ev-96113-L', 'd168-ev-96129-L', 'd168-ev-96161-L',
    'd168-ev-96169-L', 'd168-ev-96177-L', 'd168-ev-96185-L', 'd168-ev-96193-L', 'd168-ev-96225-L', 'd168-ev-96233-L',
    'd168-ev-96241-L', 'd168-ev-96257-L', 'd168-ev-96273-L', 'd168-ev-96289-L', 'd168-ev-96321-L', 'd168-ev-96337-L',
    'd168-ev-96345-L', 'd168-ev-96361-L', 'd168-ev-96377-L', 'd168-ev-96385-L', 'd168-ev-96393-L', 'd168-ev-96417-L',
    'd168-ev-96425-L', 'd168-ev-96441-L', 'd168-ev-96473-L', 'd168-ev-96481-L', 'd168-ev-96489-L', 'd168-ev-96497-L',
    'd168-ev-96529-L', 'd168-ev-96537-L', 'd168-ev-96545-L', 'd168-ev-96569-L', 'd168-ev-96577-L', 'd168-ev-96593-L',
    'd168-ev-96633-L', 'd168-ev-96641-L', 'd168-ev-96649-L', 'd168-ev-96681-L', 'd168-ev-96697-L', 'd168-ev-96721-L',
    'd168-ev-96729-L', 'd168-ev-96745-L', 'd168-ev-96777-L', 'd168-ev-96793-L', 'd168-ev-96841-L', 'd168-ev-96849-L',
    'd168-ev-96873-L', 'd168-ev-96881-L', 'd168-ev-96897-L', 'd168-ev-96929-L', 'd168-ev-96937-L', 'd168-ev-96945-L',
    'd168-ev-96953-L', 'd168-ev-96985-L', 'd168-ev-96993-L', 'd168-ev-97001-L', 'd168-ev-97025-L', 'd168-ev-97033-L',
    'd168-ev-97049-L', 'd168-ev-97081-L', 'd168-ev-97089-L', 'd168-ev-97097-L', 'd168-ev-97105-L', 'd168-ev-97137-L',
    'd168-ev-97145-L', 'd168-ev-97305-L', 'd168-ev-97329-L', 'd168-ev-97337-L', 'd168-ev-97353-L', 'd168-ev-97385-L',
    'd168-ev-97393-L', 'd168-ev-97401-L', 'd168-ev-97441-L', 'd168-ev-97449-L', 'd168-ev-97457-L', 'd168-ev-97481-L',
    'd168-ev-97489-L', 'd168-ev-97505-L', 'd168-ev-97537-L', 'd168-ev-97545-L', 'd168-ev-97553-L', 'd168-ev-97561-L',
    'd168-ev-97593-L',
}

# Trimmed for ctest (probe_kit.sample_round), stop 39: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest;
# then every arguable item left out.
r168_keep = set(r168_found_alone) | {re.sub(r"^d168-([eE])v-", r"d168-\1b-", r168_i) for r168_i in r168_found_alone}
from probe_kit import sample_round as r168_sample_round  # noqa: E402

r168_sample_round("d168-", r168_keep, 30, safe_every=10)
P[:] = [r168_p for r168_p in P if r168_p["id"] not in r168_arguable]
