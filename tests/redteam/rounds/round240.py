r"""Red-team round 240 (black box): STRING VALUES THAT CHANGE BY ONE CHARACTER OR ONE GLYPH (extraction).
Focus: a stored record whose string value then changes by one glyph and nothing else: letter case ("Ronan McDonald" ->
  "Ronan Mcdonald", "ACME Ltd" -> "Acme Ltd"), diacritics ("José Álvarez" -> "Jose Alvarez", "Müller" -> "Mueller",
  "Søren Ødegård"), apostrophes (O'Brien / O’Brien / O`Brien / OBrien), hyphen, en dash, space ("Smith-Jones" ->
  "Smith Jones", "Smith–Jones"), doubled spaces, trailing periods and commas, digits swapped or dropped inside IDs,
  e-mails, URLs, phones, postcodes, IBANs, SKUs and plates ("AB-1234-C" -> "AB-1243-C", "j.doe@x.io" -> "j.do@x.io",
  "+44 20 7946 0958" -> "+44 20 7946 0985", "NO93 8601 1117 947" -> "…974"), a title or suffix added ("Dr. Anna
  Berg", "Anna Berg Jr.", "A. Berg"). In each pair variant the model first gives the base's value, then the right one.
  3,005 probes (seeded random.Random(240)): 2,321 pair probes, 520 singles, 164 safe.
Part 1 (d240-b/p/sf-): 96 bases x 2-5 one-glyph twins (both directions) in 5 layouts (fields, fields last, " | "
  inline, a prose line, a JSON-like line), and safe variants ("Please", a blank line, trailing spaces, "Thanks!").
Part 2 (d240-s-): 190 singles, the model's first answer normalised (case folded, upper/title case, diacritics
  stripped, punctuation stripped, spaces removed or collapsed, apostrophe straightened/curled, en dash to hyphen,
  title dropped, first word only, last two characters swapped, trailing mark dropped).
Part 3 (d240-bt/pt-): two members of one kind (guest/payer, sender/recipient, order_id/invoice_ref, billing/contact
  e-mail, phone/fax, two postcodes, plates, IBANs) holding one value, then one changed by a glyph; or two twins swapped.
Part 4 (d240-be/pe-): the name also in a greeting, signature or subject line; the field or the echo changed.
Part 5 (d240-n/bn/pn-): numbers written as strings ("0150", "+47 412 38 161", "007", "0214"): the model drops the
  leading zero or "+", or keeps digits only; pairs with two digits swapped or a zero dropped.
Part 6 (d240-bf/pf/sfm-): a form asked ("in upper case", "without spaces", "digits only", "in lower case", "without
  diacritics") with one glyph changed in the text; singles whose model copies the text's form.
Part 7 (d240-bm/pm/sm-): a last mark that changes the value: "B+", "A-", "A−", "AB+", "O-", "C++", "C#", "F#", "Bb",
  "BBB-", "AA+", "Disney+", "Apple TV+", "Ole Moe III"; the model drops it, or the stored one without it is reused.
Part 8 (d240-bo/po-): one member's value inside another's ("Fjordline" / "https://fjordline.no", "Anna Berg" /
  "anna.berg@…", "SKU-77410" / "SKU-77410-BL", "Moss" / "Mossveien 12", "0150" / "Storgata 1, 0150 Oslo", "Anna" /
  "Anna Berg", "O'Brien" / "Liam O'Brien"), one of the two changed.
Part 9 (d240-sd/bd/pd, sv/bv/pv-): abbreviation periods ("ACME Ltd.", "Anna Berg Jr.", "Kari Berg M.D.", "J.P.
  Morgan", "Berg, A.") dropped by the model or missing in the stored base; versions as strings ("3.10" / "3.1", "2.0"
  / "2", "4.10.0", "2026.04.10" / "2026.4.10", "1.0.0-rc1").
Part 10 (d240-bq/pq-): 29 glyph edits at a value's edges or inside it, both directions: trailing , ; ! ? … * † ™ ®,
  leading . @ #, doubled space, NBSP, ZWSP, soft hyphen, a combining accent, fullwidth letters, curly quotes,
  brackets, "(2)", a digit or letter added, tab, "." "-" "_" for a space, dotless ı / Cyrillic а.
Part 11 (d240-bw/pw-): the same words with other spacing round their marks ("Smith - Jones", "J. P. Morgan",
  "AB - 1234 - C", "anna. berg@…", "ACME Ltd .", "ACME Ltd..", "ACME Ltd。"). Part 12 (d240-bp/pp/sp-): the value
  in a sentence of prose ("… who turned 29 last spring, works as a pharmacist in Cork.").
HELD (0 wrong from the cache in both runs unless said): every change of letter case, diacritic, apostrophe glyph,
  hyphen/en dash/space, digit or letter swap, dropped or added character, prefix, suffix or initial in a stored
  string (parts 1, 3, 8: 0 of 242 + 148 + 135 variants; 21, 34 and 66 of them reused RIGHT in run 2, the new
  spelling copied by the licensed rewrite; the stale value is refused as "does not occur in the source text" or "its
  field now reads …" and the member patched). Twins sharing one value (part 3), the value inside another member's
  (part 8), echoes in greetings (part 4: never stored), prose (part 12: never stored): 0. Numbers as strings (part
  5): 0 wrong at all (a dropped leading zero or "+" is refused). Forms asked (part 6): every base refused (57 of 57:
  the checks convert nothing), 0. Last marks (part 7): "B+" / "B", "C#" / "C", "AB+", "BBB-", "Disney+" … 0 of 162
  variants and 0 of 87 singles from the cache. Versions: 0 of 129 wrong ("3.1" is not "3.10"). Part 10: 27 of the 29
  edits held (fullwidth, NBSP, ZWSP, soft hyphen, NFD, ı, ™, ®, *, @, #, leading dot: the new bytes copied; commas,
  semicolons, tabs, quotes refused). Part 11: every spacing change round a mark held except the periods below.
  Singles of part 2: every normalised form refused or patched except a collapsed double space. Safe on reuse 18/164
  (run 1), 19/164 (run 2): most bases with a prose line, a heading or an inline layout are never stored.
WHAT GOT THROUGH: nothing CLEAR. Whole round, fresh SQLite store, two passes: wrong from the cache 13 in run 1 (all
  reuse), 18 in run 2, all ARGUABLE; wrong served fresh 129 in run 1, 123 in run 2 (never reused). Alone (the found ids and their bases only:
  the 18 ids and their bases, 27 probes, fresh store, two passes): 7 in run 1, 16 in run 2, all arguable (d240-pd-2161
  and d240-sd-2163, "Nordic Parts Inc.", were served fresh, not from the cache, alone).
 (A) ARGUABLE, a trailing abbreviation period is not part of the stored value: the model's "ACME Ltd" for "Company:
     ACME Ltd." is accepted, stored and served again ("Company: ACME Ltd.\nCity: Malmö" -> "ACME Ltd"; "Company: Bau
     Corp. | City: Malmö" -> "Bau Corp"), and a base stored without the period is reused for the text with it
     ("Company: Nordic Parts Inc. | City: Malmö" -> "Nordic Parts Inc"); "ACME Ltd.." -> "ACME Ltd." (arguably right).
     Arguable: the period closes an abbreviation the dot-less form still names; "M.D", "Ph.D", "Berg, A" (a cut inner
     abbreviation) were accepted only fresh, never stored.
 (B) ARGUABLE, a doubled inner space is collapsed: "Name: Anna  Berg" -> "Anna Berg" (stored "Anna Berg" reused, and
     the single's collapsed answer stored), "Company: Nordlys  AS" -> "Nordlys AS", "Framework: NET  8" -> "NET 8".
Also served fresh (not stored), the lesser matter: another member's spelling of a twin value ("Order ID: PO-2026-0418
  | Invoice reference: PO-2026-00418" -> order_id "PO-2026-00418"; "Order ID: SKU-77410-BLK | Invoice reference:
  SKU-77410-BL" -> "SKU-77410-BL"; "Order ID: ab-1234-c / Invoice reference: AB-1234-C" -> "AB-1234-C"; "Sender: Ines De
  La Cruz / Recipient: Ines de la Cruz" -> sender "Ines de la Cruz"; "First name: ANNA / Full name: Anna Berg" ->
  "Anna"), the greeting's spelling for the field's ("Dear Ronan McDonald, … Name: Ronan Mcdonald" -> "Ronan
  McDonald"), "Give the name without diacritics." -> "José Álwarez" (16 of 66), a trailing period dropped ("Kari Berg
  M.D." -> "Kari Berg M.D", "Anna Berg Jr." -> "Anna Berg Jr", "Hansen, Berg & Co." -> "Hansen, Berg & Co") and a
  title dropped in prose ("Dr. Lars Fjeld" -> "Lars Fjeld"). The tester's expectations for "(Anna Berg)", "Anna Berg
  †" and "Anna Berg (2)" (part 10, 11 fresh) kept the marks; the served "Anna Berg" is right: not findings.
Adds its probes to probe_kit.P."""
import random as r240_random

from probe_kit import P, S, J, E  # noqa: F401

r240_rng = r240_random.Random(240)
r240_found_alone = set()
r240_arguable = set()
r240_prompts = {}
r240_n = [0]
r240_counts = {"pair": 0, "single": 0, "safe": 0}
r240_meta = {}


def r240_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, meta=None):
    if prompt in r240_prompts:
        return r240_prompts[prompt]
    r240_n[0] += 1
    pid = "d240-%s-%d" % (tag, r240_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r240_prompts[prompt] = pid
    r240_counts[kind] += 1
    r240_meta[pid] = meta or {}
    return pid


# ------------------------------------------------------------------ values and their one-glyph twins
# kind -> list of (value, [(variant value, transform name), ...])
R240_VALUES = {
    "person": [
        ("Ronan McDonald", [("Ronan Mcdonald", "case"), ("Ronan MacDonald", "insert"), ("RONAN MCDONALD", "upper")]),
        ("José Álvarez", [("Jose Alvarez", "diacritics"), ("José Alvarez", "diacritic1"), ("Josè Álvarez", "accent_swap")]),
        ("Jürgen Müller", [("Jürgen Mueller", "umlaut_e"), ("Jurgen Muller", "diacritics"), ("Jürgen Müler", "drop")]),
        ("Liam O'Brien", [("Liam O’Brien", "apos_curly"), ("Liam O`Brien", "apos_grave"), ("Liam OBrien", "apos_drop"),
                          ("Liam O Brien", "apos_space")]),
        ("Hannah Smith-Jones", [("Hannah Smith Jones", "hyph_space"), ("Hannah Smith–Jones", "hyph_endash"),
                                ("Hannah Smithjones", "hyph_drop")]),
        ("Anna Berg", [("Dr. Anna Berg", "prefix"), ("Anna Berg Jr.", "suffix"), ("A. Berg", "initial"),
                       ("Anna Bergh", "insert"), ("Ana Berg", "drop")]),
        ("Søren Ødegård", [("Soren Odegard", "diacritics"), ("Sören Ödegård", "glyph_swap"), ("Søren Ødegaard", "aa")]),
        ("Zoë Hartley", [("Zoe Hartley", "diacritics"), ("Zoë Hartly", "drop")]),
        ("Mairéad Ní Bhriain", [("Mairead Ni Bhriain", "diacritics"), ("Mairéad Ni Bhriain", "diacritic1")]),
        ("Chloé Dubois", [("Chloe Dubois", "diacritics"), ("Chloé DuBois", "case")]),
        ("Piotr Wiśniewski", [("Piotr Wisniewski", "diacritics"), ("Piotr Wiśniewska", "swap_letter")]),
        ("Ines de la Cruz", [("Ines De La Cruz", "case"), ("Ines dela Cruz", "space_drop")]),
        ("Kai van der Berg", [("Kai Van der Berg", "case"), ("Kai van den Berg", "swap_letter")]),
        ("Eilidh MacLeod", [("Eilidh Macleod", "case"), ("Eilidh McLeod", "drop")]),
        ("Siobhan D'Arcy", [("Siobhan D’Arcy", "apos_curly"), ("Siobhan Darcy", "apos_drop"), ("Siobhan D'arcy", "case")]),
        ("Marie-Claire Laurent", [("Marie Claire Laurent", "hyph_space"), ("Marie–Claire Laurent", "hyph_endash"),
                                  ("Marie-Claire Laurent Jr.", "suffix")]),
        ("Lars Fjeld", [("Lars Fjell", "swap_letter"), ("L. Fjeld", "initial"), ("Prof. Lars Fjeld", "prefix")]),
        ("Ada Ekström", [("Ada Ekstrom", "diacritics"), ("Ada Ekstroem", "umlaut_e")]),
    ],
    "company": [
        ("ACME Ltd", [("Acme Ltd", "case"), ("ACME Ltd.", "trail_period"), ("ACME Lt", "drop")]),
        ("Nordlys AS", [("NordLys AS", "case"), ("Nordlys ASA", "insert"), ("Nordlys A/S", "insert")]),
        ("Brückner & Söhne GmbH", [("Brueckner & Soehne GmbH", "umlaut_e"), ("Bruckner & Sohne GmbH", "diacritics"),
                                    ("Brückner + Söhne GmbH", "glyph_swap")]),
        ("O'Neill Logistics", [("O’Neill Logistics", "apos_curly"), ("ONeill Logistics", "apos_drop"),
                               ("O'Neil Logistics", "drop")]),
        ("Fjord-Tech AS", [("Fjord Tech AS", "hyph_space"), ("Fjord–Tech AS", "hyph_endash"), ("FjordTech AS", "hyph_drop")]),
        ("Hansen, Berg & Co", [("Hansen Berg & Co", "comma_drop"), ("Hansen, Berg & Co.", "trail_period")]),
        ("eBay Europe S.à r.l.", [("EBay Europe S.à r.l.", "case"), ("eBay Europe S.a r.l.", "diacritic1")]),
        ("Café Ströms", [("Cafe Ströms", "diacritic1"), ("Café Stroms", "diacritic1"), ("Cafe Stroems", "diacritics")]),
        ("iRobot Nordic", [("IRobot Nordic", "case"), ("i-Robot Nordic", "insert")]),
        ("Müller Bau AG", [("Mueller Bau AG", "umlaut_e"), ("Muller Bau AG", "diacritics"), ("MÜLLER BAU AG", "upper")]),
    ],
    "code": [
        ("AB-1234-C", [("AB-1243-C", "swap_digits"), ("AB-1234-G", "swap_letter"), ("AB1234C", "hyph_drop"),
                       ("ab-1234-c", "lower"), ("AB-1234", "suffix_drop")]),
        ("SKU-77410-BL", [("SKU-77401-BL", "swap_digits"), ("SKU-77410-BI", "swap_letter"), ("SKU-77410-BLK", "insert")]),
        ("KX7Q-22M9", [("KX7Q-22N9", "swap_letter"), ("KXQ7-22M9", "swap_adjacent"), ("KX7Q-2M9", "drop")]),
        ("PO-2026-00418", [("PO-2026-00481", "swap_digits"), ("PO-2026-0418", "drop"), ("PO-2025-00418", "digit")]),
        ("ZR4-118-TT", [("ZR4-181-TT", "swap_digits"), ("ZR4-118-TF", "swap_letter"), ("ZR4–118–TT", "hyph_endash")]),
        ("INV/88/2291", [("INV/88/2219", "swap_digits"), ("INV-88-2291", "glyph_swap"), ("INV/88/229", "drop")]),
        ("BK4471QW", [("BK4417QW", "swap_digits"), ("BK4471OW", "swap_letter"), ("bk4471qw", "lower")]),
        ("TCK-517573", [("TCK-517537", "swap_digits"), ("TCK-51757", "drop"), ("TKC-517573", "swap_adjacent")]),
    ],
    "plate": [
        ("EL 12345", [("EL 12354", "swap_digits"), ("EL12345", "space_drop"), ("EI 12345", "swap_letter")]),
        ("AB12 CDE", [("AB21 CDE", "swap_digits"), ("AB12 CED", "swap_adjacent"), ("AB12CDE", "space_drop")]),
        ("M-XY 4821", [("M-XY 4812", "swap_digits"), ("M XY 4821", "hyph_space"), ("M-YX 4821", "swap_adjacent")]),
        ("B-KL 2207E", [("B-KL 2207", "suffix_drop"), ("B-KL 2270E", "swap_digits")]),
    ],
    "email": [
        ("j.doe@x.io", [("j.do@x.io", "drop"), ("jdoe@x.io", "dot_drop"), ("j.doe@x.co", "tld"), ("j_doe@x.io", "glyph_swap")]),
        ("anna.berg@fjordline.no", [("anna.berg@fjordlines.no", "insert"), ("ana.berg@fjordline.no", "drop"),
                                    ("Anna.Berg@fjordline.no", "case"), ("anna-berg@fjordline.no", "glyph_swap")]),
        ("s.obrien@kystlys.ie", [("s.o'brien@kystlys.ie", "insert"), ("s.obrein@kystlys.ie", "swap_adjacent"),
                                 ("s.obrien@kystlys.ei", "swap_adjacent")]),
        ("ole.moe+invoices@nordmail.com", [("ole.moe@nordmail.com", "suffix_drop"),
                                           ("ole.moe+invoice@nordmail.com", "drop")]),
        ("k.mueller@bau-ag.de", [("k.muller@bau-ag.de", "drop"), ("k.mueller@bauag.de", "hyph_drop"),
                                 ("k.meuller@bau-ag.de", "swap_adjacent")]),
    ],
    "url": [
        ("https://fjordline.no/booking", [("https://fjordline.no/bookings", "insert"), ("http://fjordline.no/booking", "drop"),
                                          ("https://fjordline.no/Booking", "case"), ("https://fjordline.no/booking/", "trail_slash")]),
        ("https://www.kystlys.com/en/rooms", [("https://www.kystlys.com/no/rooms", "swap_letter"),
                                               ("https://kystlys.com/en/rooms", "prefix_drop")]),
        ("https://shop.example.org/item?id=4471", [("https://shop.example.org/item?id=4417", "swap_digits"),
                                                   ("https://shop.example.org/items?id=4471", "insert")]),
    ],
    "phone": [
        ("+44 20 7946 0958", [("+44 20 7946 0985", "swap_digits"), ("+44 20 7946 958", "drop"), ("+44 20 7964 0958", "swap_digits"),
                              ("+44 (0)20 7946 0958", "insert")]),
        ("+47 412 38 161", [("+47 412 38 116", "swap_digits"), ("+47 421 38 161", "swap_digits"), ("+47 41238161", "space_drop")]),
        ("+49 30 1234 5678", [("+49 30 1234 5687", "swap_digits"), ("+49 30 1243 5678", "swap_digits"),
                              ("+49 30 12345678", "space_drop")]),
        ("(555) 010-4477", [("(555) 010-4747", "swap_digits"), ("(555) 010 4477", "hyph_space"), ("555-010-4477", "glyph_swap")]),
    ],
    "postcode": [
        ("SW1A 1AA", [("SW1A 1AB", "swap_letter"), ("SW1A1AA", "space_drop"), ("SW1 1AA", "drop")]),
        ("0150", [("0151", "digit"), ("0510", "swap_digits"), ("150", "drop")]),
        ("10115", [("10151", "swap_digits"), ("10116", "digit")]),
        ("D02 X285", [("D02 X258", "swap_digits"), ("D02X285", "space_drop")]),
        ("75008", [("75080", "swap_digits"), ("75009", "digit")]),
    ],
    "iban": [
        ("NO93 8601 1117 947", [("NO93 8601 1117 974", "swap_digits"), ("NO93 8601 1171 947", "swap_digits"),
                                ("NO9386011117947", "space_drop"), ("NO39 8601 1117 947", "swap_digits")]),
        ("DE89 3704 0044 0532 0130 00", [("DE89 3704 0044 0532 0103 00", "swap_digits"),
                                         ("DE89 3704 0044 0523 0130 00", "swap_digits"), ("de89 3704 0044 0532 0130 00", "lower")]),
        ("GB29 NWBK 6016 1331 9268 19", [("GB29 NWBK 6016 1331 9286 19", "swap_digits"), ("GB29 NWKB 6016 1331 9268 19", "swap_adjacent")]),
    ],
}

# schemas: kind -> (schema, target key, other keys with their values, labels)
R240_OTHER = {
    "city": ["Bergen", "Tromsø", "Cork", "Leeds", "Lyon", "Graz", "Malmö", "Aarhus"],
    "nights": [1, 2, 3, 4, 5, 7],
    "qty": [1, 2, 3, 4, 6, 10, 12],
}

R240_SHAPES = {
    # kind: list of (schema props, target key, target label(s), other (key, label, kind))
    "person": [({"guest": "string", "city": "string", "nights": "integer"}, "guest", ["Guest", "Guest name", "Name"],
                [("city", "City", "city"), ("nights", "Nights", "nights")]),
               ({"name": "string", "city": "string"}, "name", ["Name", "Full name", "Customer"], [("city", "City", "city")]),
               ({"patient": "string", "city": "string"}, "patient", ["Patient", "Patient name"], [("city", "Town", "city")])],
    "company": [({"company": "string", "city": "string"}, "company", ["Company", "Supplier", "Vendor"], [("city", "City", "city")]),
                ({"customer": "string", "qty": "integer", "city": "string"}, "customer", ["Customer", "Client", "Account"],
                 [("qty", "Quantity", "qty"), ("city", "Delivery city", "city")])],
    "code": [({"booking_ref": "string", "guest": "string"}, "booking_ref", ["Booking reference", "Booking ref", "Reference"],
              [("guest", "Guest", "name")]),
             ({"order_id": "string", "qty": "integer"}, "order_id", ["Order ID", "Order no.", "Order number"],
              [("qty", "Quantity", "qty")]),
             ({"sku": "string", "qty": "integer"}, "sku", ["SKU", "Item code", "Article no."], [("qty", "Qty", "qty")])],
    "plate": [({"plate": "string", "owner": "string"}, "plate", ["Plate", "Registration", "Licence plate"],
               [("owner", "Owner", "name")])],
    "email": [({"name": "string", "email": "string"}, "email", ["Email", "E-mail", "Contact email"], [("name", "Name", "name")])],
    "url": [({"company": "string", "website": "string"}, "website", ["Website", "URL", "Web"], [("company", "Company", "co")])],
    "phone": [({"name": "string", "phone": "string"}, "phone", ["Phone", "Tel.", "Mobile"], [("name", "Name", "name")])],
    "postcode": [({"name": "string", "postcode": "string", "city": "string"}, "postcode", ["Postcode", "Post code", "ZIP"],
                  [("name", "Name", "name"), ("city", "City", "city")])],
    "iban": [({"account_holder": "string", "iban": "string"}, "iban", ["IBAN", "Account (IBAN)", "IBAN no."],
              [("account_holder", "Account holder", "name")])],
}
R240_NAMES = ["Eva Lund", "Per Dahl", "Kari Berg", "Trond Aas", "Mette Strand", "Jon Hauge", "Ingrid Solberg", "Nils Ek"]
R240_COS = ["Fjordline AS", "Kystlys Hotell", "Nordic Parts Ltd", "Bau AG"]

R240_INSTR = {
    "guest": ["Extract the guest's details as JSON.", "Return the booking details as JSON."],
    "name": ["Extract the contact as JSON.", "Return the person's details as JSON."],
    "patient": ["Extract the patient record as JSON."],
    "company": ["Extract the supplier details as JSON.", "Return the company record as JSON."],
    "customer": ["Extract the order's customer, quantity and delivery city as JSON."],
    "booking_ref": ["Extract the booking as JSON."],
    "order_id": ["Extract the order as JSON."],
    "sku": ["Extract the order line as JSON."],
    "plate": ["Extract the vehicle details as JSON."],
    "email": ["Extract the contact's name and email as JSON."],
    "website": ["Extract the company and its website as JSON."],
    "phone": ["Extract the contact's name and phone number as JSON."],
    "postcode": ["Extract the name, postcode and city as JSON."],
    "iban": ["Extract the payee's bank details as JSON."],
}


def r240_other_val(kind, rng, tv):
    if kind == "name":
        return rng.choice(R240_NAMES)
    if kind == "co":
        return rng.choice(R240_COS)
    return rng.choice(R240_OTHER[kind])


def r240_render(layout, tkey, tlabel, tval, others, extra=None):
    """others: list of (key, label, value). extra: dict of harmless extra lines."""
    extra = extra or {}
    lines = []
    if layout == "fields":
        if extra.get("head"):
            lines.append(extra["head"])
        lines.append("%s: %s" % (tlabel, tval))
        for k, lab, v in others:
            lines.append("%s: %s" % (lab, v))
        if extra.get("tail"):
            lines.append(extra["tail"])
        return "\n".join(lines) + "\n"
    if layout == "fields_last":
        for k, lab, v in others:
            lines.append("%s: %s" % (lab, v))
        lines.append("%s: %s" % (tlabel, tval))
        if extra.get("tail"):
            lines.append(extra["tail"])
        return "\n".join(lines) + "\n"
    if layout == "inline":
        parts = ["%s: %s" % (tlabel, tval)] + ["%s: %s" % (lab, v) for k, lab, v in others]
        return " | ".join(parts) + "\n" + (extra.get("tail", "") + "\n" if extra.get("tail") else "")
    if layout == "prose":
        o = "; ".join("%s %s" % (lab.lower(), v) for k, lab, v in others)
        s = "The %s on file is %s (%s)." % (tlabel.lower(), tval, o)
        return s + "\n" + (extra.get("tail", "") + "\n" if extra.get("tail") else "")
    if layout == "json_like":
        parts = ['"%s": "%s"' % (tlabel, tval)] + ['"%s": "%s"' % (lab, v) for k, lab, v in others]
        return "{" + ", ".join(parts) + "}\n"
    raise ValueError(layout)


R240_LAYOUTS = ["fields", "fields", "fields", "fields_last", "inline", "prose", "json_like"]


def r240_answer(tkey, tval, others):
    a = {tkey: tval}
    for k, lab, v in others:
        a[k] = v
    return a


def r240_ordered(schema_props, ans):
    return {k: ans[k] for k in schema_props}


# ------------------------------------------------------------------ PART 1: pairs (base stored, one glyph changed)
def part_pairs(max_bases):
    rng = r240_rng
    made = 0
    combos = []
    for kind, vals in R240_VALUES.items():
        for v0, twins in vals:
            for shape in R240_SHAPES[kind]:
                for layout in R240_LAYOUTS:
                    combos.append((kind, v0, twins, shape, layout))
    rng.shuffle(combos)
    for kind, v0, twins, shape, layout in combos:
        if made >= max_bases:
            break
        props, tkey, tlabels, oth = shape
        schema = S(props)
        tlabel = rng.choice(tlabels)
        others = [(k, lab, r240_other_val(okind, rng, v0)) for k, lab, okind in oth]
        ins = rng.choice(R240_INSTR[tkey])
        head = rng.choice([None, None, "Record 2026-118", "From the front desk:"])
        extra = {"head": head} if head else {}
        # direction: base holds v0 and variants the twins; or (30%) a twin is the base and v0 a variant
        if rng.random() < 0.3:
            tw, tname = rng.choice(twins)
            base_val, vars_ = tw, [(v0, "rev_" + tname)] + [(t, "rev2_" + n) for t, n in twins if t != tw][:1]
        else:
            base_val, vars_ = v0, list(twins)
        bp = ins + "\n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra)
        bans = r240_ordered(props, r240_answer(tkey, base_val, others))
        fam = "glyph_%s_%s" % (kind, layout)
        b = r240_add("b", fam + "_base", bp, schema, bans, [bans], "pair", meta=dict(role="base", kind=kind))
        made += 1
        for tv, tname in vars_:
            vp = ins + "\n\n" + r240_render(layout, tkey, tlabel, tv, others, extra)
            vans = r240_ordered(props, r240_answer(tkey, tv, others))
            r240_add("p", "%s_%s" % (fam, tname), vp, schema, vans, [bans, vans, vans], "pair",
                     meta=dict(role="var", base=b, kind=kind, t=tname, old=base_val, new=tv))
        # safe variants: value identical, a harmless change
        for si in range(rng.choice([0, 1, 1, 2])):
            how = rng.choice(["please", "blank", "trailing_ws", "thanks", "colon_space"])
            if how == "please":
                sp = "Please " + ins[0].lower() + ins[1:] + "\n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra)
            elif how == "blank":
                sp = ins + "\n\n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra)
            elif how == "trailing_ws":
                sp = ins + "  \n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra)
            elif how == "thanks":
                sp = ins + "\n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra) + "\nThanks!\n"
            else:
                sp = ins.rstrip(".") + ", please.\n\n" + r240_render(layout, tkey, tlabel, base_val, others, extra)
            r240_add("sf", fam + "_safe_" + how, sp, schema, bans, [bans], "safe", safe=True,
                     meta=dict(role="safe", base=b, kind=kind))


# ------------------------------------------------------------------ PART 2: singles (the model normalises the value)
def r240_normalise(v, how):
    import unicodedata
    if how == "casefold":
        return v.lower()
    if how == "upper":
        return v.upper()
    if how == "title":
        return " ".join(w[:1].upper() + w[1:].lower() for w in v.split(" "))
    if how == "strip_diacritics":
        return "".join(c for c in unicodedata.normalize("NFKD", v) if not unicodedata.combining(c)).replace("ø", "o") \
            .replace("Ø", "O").replace("å", "a").replace("æ", "ae")
    if how == "strip_punct":
        return "".join(c for c in v if c.isalnum() or c in " @.")
    if how == "no_space":
        return v.replace(" ", "")
    if how == "straight_apos":
        return v.replace("’", "'").replace("`", "'")
    if how == "curly_apos":
        return v.replace("'", "’")
    if how == "hyphen_ascii":
        return v.replace("–", "-").replace("—", "-")
    if how == "collapse_ws":
        return " ".join(v.split())
    if how == "drop_title":
        for t in ("Dr. ", "Prof. ", "Mr. ", "Ms. "):
            if v.startswith(t):
                return v[len(t):]
        for t in (" Jr.", " Sr.", " III"):
            if v.endswith(t):
                return v[:-len(t)]
        return v
    if how == "first_word":
        return v.split(" ")[0]
    if how == "trail_punct":
        return v.rstrip(".,")
    if how == "swap_last2":
        return v[:-2] + v[-1] + v[-2]
    return v


R240_SINGLE_VALUES = {
    "person": ["José Álvarez", "Jürgen Müller", "Liam O’Brien", "Siobhan O`Neill", "Hannah Smith–Jones", "Dr. Anna Berg",
               "Anna Berg Jr.", "Ronan McDonald", "Søren Ødegård", "Zoë Hartley", "Ines de la Cruz", "Eilidh MacLeod",
               "Anna  Berg", "Prof. Lars Fjeld", "Mairéad Ní Bhriain", "Piotr Wiśniewski", "Kai van der Berg", "Chloé Dubois",
               "Marie-Claire Laurent", "Ada Ekström", "Björk Guðmundsdóttir", "Łukasz Żółw"],
    "company": ["ACME Ltd", "Brückner & Söhne GmbH", "O’Neill Logistics", "Fjord–Tech AS", "Hansen, Berg & Co.",
                "eBay Europe S.à r.l.", "Café Ströms", "iRobot Nordic", "NordLys AS", "ACME Ltd.", "Müller Bau AG"],
    "code": ["AB-1234-C", "SKU-77410-BL", "KX7Q-22M9", "PO-2026-00418", "BK4471QW", "TCK-517573", "ZR4–118–TT"],
    "plate": ["EL 12345", "AB12 CDE", "M-XY 4821", "B-KL 2207E"],
    "email": ["J.Doe@x.io", "anna.berg@fjordline.no", "ole.moe+invoices@nordmail.com", "k.mueller@bau-ag.de"],
    "url": ["https://fjordline.no/Booking", "https://www.kystlys.com/en/rooms/", "https://shop.example.org/item?id=4471"],
    "phone": ["+44 20 7946 0958", "+47 412 38 161", "+49 30 1234 5678", "(555) 010-4477"],
    "postcode": ["SW1A 1AA", "0150", "D02 X285", "10115"],
    "iban": ["NO93 8601 1117 947", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"],
}
R240_NORMS = ["casefold", "upper", "title", "strip_diacritics", "strip_punct", "no_space", "straight_apos",
              "curly_apos", "hyphen_ascii", "collapse_ws", "drop_title", "first_word", "trail_punct", "swap_last2"]


def part_singles(max_n):
    rng = r240_rng
    items = []
    for kind, vals in R240_SINGLE_VALUES.items():
        for v in vals:
            for how in R240_NORMS:
                w = r240_normalise(v, how)
                if w == v or not w:
                    continue
                items.append((kind, v, how, w))
    rng.shuffle(items)
    made = 0
    for kind, v, how, w in items:
        if made >= max_n:
            break
        for rep in range(2):
            if made >= max_n:
                break
            props, tkey, tlabels, oth = rng.choice(R240_SHAPES[kind])
            schema = S(props)
            tlabel = rng.choice(tlabels)
            others = [(k, lab, r240_other_val(okind, rng, v)) for k, lab, okind in oth]
            layout = rng.choice(R240_LAYOUTS)
            ins = rng.choice(R240_INSTR[tkey])
            p = ins + "\n\n" + r240_render(layout, tkey, tlabel, v, others)
            right = r240_ordered(props, r240_answer(tkey, v, others))
            wrong = r240_ordered(props, r240_answer(tkey, w, others))
            pid = r240_add("s", "glyph_single_%s_%s" % (kind, how), p, schema, right, [wrong, right, right], "single",
                           meta=dict(role="single", kind=kind, t=how, wrong=w))
            if pid:
                made += 1


part_pairs(96)
part_singles(190)


# ------------------------------------------------------------------ PART 3: two members sharing one value, one of them changed
R240_TWINS = [
    # (schema props, [(key, label)], values V and twins)
    ({"guest": "string", "payer": "string"}, [("guest", "Guest"), ("payer", "Payer")], "person"),
    ({"guest": "string", "booked_by": "string"}, [("guest", "Guest"), ("booked_by", "Booked by")], "person"),
    ({"sender": "string", "recipient": "string"}, [("sender", "Sender"), ("recipient", "Recipient")], "person"),
    ({"supplier": "string", "customer": "string"}, [("supplier", "Supplier"), ("customer", "Customer")], "company"),
    ({"order_id": "string", "invoice_ref": "string"}, [("order_id", "Order ID"), ("invoice_ref", "Invoice reference")], "code"),
    ({"billing_email": "string", "contact_email": "string"}, [("billing_email", "Billing email"),
                                                              ("contact_email", "Contact email")], "email"),
    ({"phone": "string", "fax": "string"}, [("phone", "Phone"), ("fax", "Fax")], "phone"),
    ({"billing_postcode": "string", "shipping_postcode": "string"}, [("billing_postcode", "Billing postcode"),
                                                                      ("shipping_postcode", "Shipping postcode")], "postcode"),
    ({"plate": "string", "trailer_plate": "string"}, [("plate", "Plate"), ("trailer_plate", "Trailer plate")], "plate"),
    ({"from_iban": "string", "to_iban": "string"}, [("from_iban", "From IBAN"), ("to_iban", "To IBAN")], "iban"),
]
R240_TWIN_INSTR = ["Extract the record as JSON.", "Return both fields as JSON.", "Fill in the JSON from the form below."]


def part_twins(max_bases):
    rng = r240_rng
    combos = []
    for props, keys, kind in R240_TWINS:
        for v0, twins in R240_VALUES[kind]:
            for tw, tname in twins:
                combos.append((props, keys, kind, v0, tw, tname))
    rng.shuffle(combos)
    made = 0
    for props, keys, kind, v0, tw, tname in combos:
        if made >= max_bases:
            break
        schema = S(props)
        ins = rng.choice(R240_TWIN_INSTR)
        layout = rng.choice(["fields", "fields", "inline"])
        (k1, l1), (k2, l2) = keys
        mode = rng.choice(["same_then_one", "same_then_other", "twins_swapped", "diff_then_same"])

        def doc(a, b):
            if layout == "inline":
                return "%s: %s | %s: %s\n" % (l1, a, l2, b)
            return "%s: %s\n%s: %s\n" % (l1, a, l2, b)
        if mode == "same_then_one":
            b_vals, v_vals = (v0, v0), (tw, v0)
        elif mode == "same_then_other":
            b_vals, v_vals = (v0, v0), (v0, tw)
        elif mode == "twins_swapped":
            b_vals, v_vals = (v0, tw), (tw, v0)
        else:
            b_vals, v_vals = (v0, tw), (tw, tw) if rng.random() < 0.5 else (v0, v0)
        bp = ins + "\n\n" + doc(*b_vals)
        vp = ins + "\n\n" + doc(*v_vals)
        bans = {k1: b_vals[0], k2: b_vals[1]}
        vans = {k1: v_vals[0], k2: v_vals[1]}
        fam = "glyph_twin_%s_%s_%s" % (kind, mode, tname)
        b = r240_add("bt", fam + "_base", bp, schema, bans, [bans], "pair", meta=dict(role="base", kind=kind))
        r240_add("pt", fam, vp, schema, vans, [bans, vans, vans], "pair",
                 meta=dict(role="var", base=b, kind=kind, t=tname, old=b_vals, new=v_vals))
        made += 1


# ------------------------------------------------------------------ PART 4: the value also stands in a greeting or signature
def part_echo(max_bases):
    rng = r240_rng
    combos = [(v0, tw, tn) for v0, twins in R240_VALUES["person"] for tw, tn in twins]
    rng.shuffle(combos)
    schema = S({"name": "string", "city": "string"})
    made = 0
    for v0, tw, tname in combos * 3:
        if made >= max_bases:
            break
        city = rng.choice(R240_OTHER["city"])
        where = rng.choice(["greeting", "signature", "subject"])
        change = rng.choice(["field", "field", "echo"])

        def doc(fv, ev):
            if where == "greeting":
                return "Dear %s,\n\nPlease confirm the details below.\n\nName: %s\nCity: %s\n" % (ev, fv, city)
            if where == "signature":
                return "Name: %s\nCity: %s\n\nBest regards,\n%s\n" % (fv, city, ev)
            return "Subject: Registration for %s\n\nName: %s\nCity: %s\n" % (ev, fv, city)
        ins = rng.choice(["Extract the name and city as JSON.", "Return the registration's name and city as JSON."])
        bp = ins + "\n\n" + doc(v0, v0)
        vp = ins + "\n\n" + (doc(tw, v0) if change == "field" else doc(v0, tw))
        bans = {"name": v0, "city": city}
        vans = {"name": tw if change == "field" else v0, "city": city}
        fam = "glyph_echo_%s_%s_%s" % (where, change, tname)
        b = r240_add("be", fam + "_base", bp, schema, bans, [bans], "pair", meta=dict(role="base", kind="person"))
        r240_add("pe", fam, vp, schema, vans, [bans, vans, vans] if vans != bans else [vans],
                 "pair" if vans != bans else "safe", safe=(vans == bans),
                 meta=dict(role="var", base=b, kind="person", t=tname, old=v0, new=tw))
        made += 1


# ------------------------------------------------------------------ PART 5: numbers written as strings (leading zeros, signs)
R240_NUMSTR = [
    ("postcode", "Postcode", ["0150", "0010", "0484", "01067", "02108", "07030"]),
    ("phone", "Phone", ["+47 412 38 161", "07700 900461", "0044 20 7946 0958", "+1 555 010 4477", "020 7946 0958"]),
    ("account_no", "Account no.", ["0012345678", "000418-22", "0532013000"]),
    ("employee_id", "Employee ID", ["007", "00418", "0815", "0042"]),
    ("room", "Room", ["0214", "012", "B-0214"]),
]


def r240_num_norm(v):
    outs = []
    if v.startswith("+"):
        outs.append(v[1:])
    if v.startswith("0") and v.lstrip("0"):
        outs.append(v.lstrip("0"))
    d = "".join(c for c in v if c.isdigit())
    if d != v:
        outs.append(d)
        if d.lstrip("0") != d and d.lstrip("0"):
            outs.append(d.lstrip("0"))
    if "-" in v:
        outs.append(v.split("-")[0])
    return list(dict.fromkeys(o for o in outs if o and o != v))


def part_numstr(max_n):
    rng = r240_rng
    made = 0
    items = []
    for key, lab, vals in R240_NUMSTR:
        for v in vals:
            for w in r240_num_norm(v):
                items.append((key, lab, v, w))
    rng.shuffle(items)
    for key, lab, v, w in items * 3:
        if made >= max_n:
            break
        name = rng.choice(R240_NAMES)
        schema = S({"name": "string", key: "string"})
        ins = rng.choice(["Extract the name and %s as JSON." % lab.lower().rstrip("."), "Return the record as JSON."])
        layout = rng.choice(["fields", "inline", "fields_last"])
        p = ins + "\n\n" + r240_render(layout, key, lab, v, [("name", "Name", name)])
        right = {"name": name, key: v}
        wrong = {"name": name, key: w}
        pid = r240_add("n", "glyph_numstr_%s" % key, p, schema, right, [wrong, right, right], "single",
                       meta=dict(role="single", kind="numstr", t=key, wrong=w))
        made += 1
    # pairs: a digit moved or a zero added/dropped inside the string
    made = 0
    for key, lab, vals in R240_NUMSTR:
        for v in vals:
            digs = [i for i, c in enumerate(v) if c.isdigit()]
            for rep in range(3):
                if len(digs) < 2:
                    break
                i = rng.choice(digs[:-1])
                j = digs[digs.index(i) + 1]
                if v[i] == v[j]:
                    tw = v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:]
                else:
                    tw = v[:i] + v[j] + v[i + 1:j] + v[i] + v[j + 1:]
                if rng.random() < 0.3 and v.startswith("0"):
                    tw = v[1:]
                name = rng.choice(R240_NAMES)
                schema = S({"name": "string", key: "string"})
                ins = "Extract the name and %s as JSON." % lab.lower().rstrip(".")
                bp = ins + "\n\n" + r240_render("fields", key, lab, v, [("name", "Name", name)])
                vp = ins + "\n\n" + r240_render("fields", key, lab, tw, [("name", "Name", name)])
                if bp == vp:
                    continue
                bans, vans = {"name": name, key: v}, {"name": name, key: tw}
                b = r240_add("bn", "glyph_numstr_pair_%s_base" % key, bp, schema, bans, [bans], "pair",
                             meta=dict(role="base", kind="numstr"))
                r240_add("pn", "glyph_numstr_pair_%s" % key, vp, schema, vans, [bans, vans, vans], "pair",
                         meta=dict(role="var", base=b, kind="numstr", t=key, old=v, new=tw))


# ------------------------------------------------------------------ PART 6: a form asked in the instruction (case, no spaces)
R240_FORMS = [
    ("plate", "Plate", "Give the plate in upper case.", lambda v: v.upper(),
     ["ab12 cde", "el 12345", "m-xy 4821", "kx 7721"]),
    ("iban", "IBAN", "Give the IBAN without spaces.", lambda v: v.replace(" ", ""),
     ["NO93 8601 1117 947", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"]),
    ("phone", "Phone", "Give the phone number digits only.", lambda v: "".join(c for c in v if c.isdigit()),
     ["412 38 161", "020 7946 0958", "(555) 010-4477"]),
    ("code", "Code", "Give the code in lower case.", lambda v: v.lower(), ["AB-1234-C", "SKU-77410-BL", "KX7Q-22M9"]),
    ("name", "Name", "Give the name without diacritics.",
     lambda v: r240_normalise(v, "strip_diacritics"), ["José Álvarez", "Jürgen Müller", "Zoë Hartley", "Chloé Dubois"]),
]


def part_forms():
    rng = r240_rng
    for key, lab, instr, f, vals in R240_FORMS:
        for v in vals:
            for rep in range(4):
                other = rng.choice(R240_NAMES) if key != "name" else rng.choice(R240_OTHER["city"])
                okey, olab = ("owner", "Owner") if key != "name" else ("city", "City")
                # one glyph changed in the text
                idx = [i for i, c in enumerate(v) if c.isalnum()]
                i = rng.choice(idx)
                c = v[i]
                nc = str((int(c) + 1) % 10) if c.isdigit() else (chr(ord(c) + 1) if c.isascii() and c.lower() != "z" else "a")
                tw = v[:i] + nc + v[i + 1:]
                schema = S({key: "string", okey: "string"})
                ins = "Extract the record as JSON. " + instr
                bp = ins + "\n\n" + r240_render("fields", key, lab, v, [(okey, olab, other)])
                vp = ins + "\n\n" + r240_render("fields", key, lab, tw, [(okey, olab, other)])
                if bp == vp:
                    continue
                bans, vans = {key: f(v), okey: other}, {key: f(tw), okey: other}
                b = r240_add("bf", "glyph_form_%s_base" % key, bp, schema, bans, [bans], "pair",
                             meta=dict(role="base", kind="form"))
                r240_add("pf", "glyph_form_%s" % key, vp, schema, vans, [bans, vans, vans], "pair",
                         meta=dict(role="var", base=b, kind="form", t=key, old=v, new=tw))
                # the model copies the text's form
                r240_add("sfm", "glyph_form_single_%s" % key, vp.replace("Extract the record", "Return the record"), schema,
                         vans, [{key: tw, okey: other}, vans, vans], "single",
                         meta=dict(role="single", kind="form", t=key, wrong=tw))


part_twins(150)
part_echo(100)
part_numstr(160)
part_forms()


# ------------------------------------------------------------------ PART 7: a last mark that changes the value (B+, C#, AB-, Disney+)
R240_MARKS = [
    # (schema key, labels, other (key,label), instruction, [(with mark, without), ...])
    ("grade", ["Grade", "Final grade", "Mark"], ("student", "Student"), "Extract the student's grade as JSON.",
     [("B+", "B"), ("A-", "A"), ("C+", "C"), ("A−", "A"), ("B−", "B"), ("D+", "D")]),
    ("blood_type", ["Blood type", "Blood group"], ("donor", "Donor"), "Extract the donor record as JSON.",
     [("AB+", "AB"), ("O-", "O"), ("A−", "A"), ("B+", "B"), ("O+", "O")]),
    ("language", ["Language", "Primary language"], ("developer", "Developer"), "Extract the developer profile as JSON.",
     [("C++", "C"), ("C#", "C"), ("F#", "F"), ("C++", "C+")]),
    ("key", ["Key", "Song key"], ("song", "Song"), "Extract the song and its key as JSON.",
     [("F#", "F"), ("C#", "C"), ("G#", "G"), ("Bb", "B")]),
    ("rating", ["Rating", "Credit rating", "S&P rating"], ("issuer", "Issuer"), "Extract the issuer's credit rating as JSON.",
     [("BBB-", "BBB"), ("AA+", "AA"), ("BB+", "BB"), ("A-", "A")]),
    ("plan", ["Plan", "Subscription"], ("subscriber", "Subscriber"), "Extract the subscriber's plan as JSON.",
     [("Disney+", "Disney"), ("Apple TV+", "Apple TV"), ("Pro+", "Pro"), ("Canal+", "Canal")]),
    ("name", ["Name", "Full name"], ("city", "City"), "Extract the contact as JSON.",
     [("Anna Berg Jr.", "Anna Berg Jr"), ("Lars Fjeld Sr.", "Lars Fjeld Sr"), ("Ole Moe III", "Ole Moe II"),
      ("Per Dahl Jr.", "Per Dahl")]),
]
R240_PEOPLE2 = ["Eva Lund", "Per Dahl", "Kari Berg", "Trond Aas", "Mette Strand", "Jon Hauge", "Nils Ek", "Ida Vik"]


def part_marks(n_rep):
    rng = r240_rng
    for key, labels, (okey, olab), ins, pairs in R240_MARKS:
        for withm, without in pairs:
            for rep in range(n_rep):
                other = rng.choice(R240_OTHER["city"]) if okey == "city" else \
                    (rng.choice(["Fjordline AS", "Kystlys ASA", "Nordic Parts Ltd", "Bau AG"]) if okey == "issuer" else
                     (rng.choice(["Blue Harbour", "Northern Lights", "Old Road", "Sea Glass"]) if okey == "song" else
                      rng.choice(R240_PEOPLE2)))
                lab = rng.choice(labels)
                layout = rng.choice(["fields", "fields", "fields_last", "inline"])
                schema = S({okey: "string", key: "string"})
                others = [(okey, olab, other)]
                pm = ins + "\n\n" + r240_render(layout, key, lab, withm, others)
                pn = ins + "\n\n" + r240_render(layout, key, lab, without, others)
                am, an = {okey: other, key: withm}, {okey: other, key: without}
                fam = "glyph_mark_%s" % key
                if rep % 3 == 0:  # single: the model drops the mark
                    r240_add("sm", fam + "_single_drop", pm, schema, am, [an, am, am], "single",
                             meta=dict(role="single", kind="mark", t=key, wrong=without))
                elif rep % 3 == 1:  # pair: base without the mark stored, variant adds it
                    b = r240_add("bm", fam + "_base", pn, schema, an, [an], "pair", meta=dict(role="base", kind="mark"))
                    r240_add("pm", fam + "_add", pm, schema, am, [an, am, am], "pair",
                             meta=dict(role="var", base=b, kind="mark", t=key, old=without, new=withm))
                else:  # pair: base with the mark stored, variant drops it
                    b = r240_add("bm", fam + "_base", pm, schema, am, [am], "pair", meta=dict(role="base", kind="mark"))
                    r240_add("pm", fam + "_drop", pn, schema, an, [am, an, an], "pair",
                             meta=dict(role="var", base=b, kind="mark", t=key, old=withm, new=without))


part_marks(9)


# ------------------------------------------------------------------ PART 8: one member's value inside another's, one of them changed
R240_OVERLAP = [
    # (schema keys/labels, base values, [variant values])
    ((("company", "Company"), ("website", "Website")), ("Fjordline", "https://fjordline.no"),
     [("FjordLine", "https://fjordline.no"), ("Fjordlines", "https://fjordline.no"), ("Fjordline", "https://fjordlines.no"),
      ("Fjordlines", "https://fjordlines.no"), ("Fjord Line", "https://fjordline.no")]),
    ((("name", "Name"), ("email", "Email")), ("Anna Berg", "anna.berg@kystlys.no"),
     [("Anna Bergh", "anna.berg@kystlys.no"), ("Anna Berg", "anna.bergh@kystlys.no"), ("Ana Berg", "anna.berg@kystlys.no"),
      ("Anna Berg", "ana.berg@kystlys.no"), ("Anna Bergh", "anna.bergh@kystlys.no")]),
    ((("username", "Username"), ("email", "Email")), ("kberg", "kberg@nordmail.com"),
     [("kberg2", "kberg@nordmail.com"), ("kberg", "kberg2@nordmail.com"), ("kbreg", "kberg@nordmail.com"),
      ("KBerg", "kberg@nordmail.com")]),
    ((("sku", "SKU"), ("product_code", "Product code")), ("SKU-77410", "SKU-77410-BL"),
     [("SKU-77401", "SKU-77410-BL"), ("SKU-77410", "SKU-77401-BL"), ("SKU-77410", "SKU-77410-BK"),
      ("SKU-77401", "SKU-77401-BL")]),
    ((("city", "City"), ("street", "Street")), ("Moss", "Mossveien 12"),
     [("Mosse", "Mossveien 12"), ("Moss", "Mosseveien 12"), ("Moss", "Mossveien 21"), ("Mosse", "Mosseveien 12")]),
    ((("postcode", "Postcode"), ("address", "Address")), ("0150", "Storgata 1, 0150 Oslo"),
     [("0151", "Storgata 1, 0150 Oslo"), ("0150", "Storgata 1, 0151 Oslo"), ("0150", "Storgata 10, 0150 Oslo")]),
    ((("first_name", "First name"), ("full_name", "Full name")), ("Anna", "Anna Berg"),
     [("Anne", "Anna Berg"), ("Anna", "Anne Berg"), ("Anna", "Anna Bergh"), ("ANNA", "Anna Berg")]),
    ((("account_no", "Account no."), ("iban", "IBAN")), ("8601 1117 947", "NO93 8601 1117 947"),
     [("8601 1117 974", "NO93 8601 1117 947"), ("8601 1117 947", "NO93 8601 1117 974"), ("8601 1171 947", "NO93 8601 1117 947")]),
    ((("surname", "Surname"), ("full_name", "Name")), ("O'Brien", "Liam O'Brien"),
     [("O’Brien", "Liam O'Brien"), ("O'Brien", "Liam O’Brien"), ("OBrien", "Liam O'Brien"), ("O'Brien", "Liam O`Brien")]),
    ((("city", "City"), ("venue", "Venue")), ("Tromsø", "Tromsø Kulturhus"),
     [("Tromso", "Tromsø Kulturhus"), ("Tromsø", "Tromso Kulturhus"), ("Tromsø", "Tromsø kulturhus")]),
]


def part_overlap(n_rep):
    rng = r240_rng
    for ((k1, l1), (k2, l2)), (b1, b2), variants in R240_OVERLAP:
        schema = S({k1: "string", k2: "string"})
        for rep in range(n_rep):
            ins = rng.choice(["Extract the record as JSON.", "Return the fields as JSON.", "Fill in the JSON from the card."])
            layout = rng.choice(["fields", "fields", "inline"])
            swap = rng.random() < 0.3

            def doc(a, b):
                rows = [(l1, a), (l2, b)]
                if swap:
                    rows.reverse()
                if layout == "inline":
                    return " | ".join("%s: %s" % r for r in rows) + "\n"
                return "".join("%s: %s\n" % r for r in rows)
            bp = ins + "\n\n" + doc(b1, b2)
            bans = {k1: b1, k2: b2}
            base = r240_add("bo", "glyph_overlap_%s_%s_base" % (k1, k2), bp, schema, bans, [bans], "pair",
                            meta=dict(role="base", kind="overlap"))
            for v1, v2 in variants:
                vp = ins + "\n\n" + doc(v1, v2)
                vans = {k1: v1, k2: v2}
                # the model's first answer: the base's values, or only the changed member's twin followed along
                first = rng.choice([bans, bans, {k1: v1, k2: v1 + b2[len(b1):] if b2.startswith(b1) else b2}])
                if first == vans:
                    first = bans
                r240_add("po", "glyph_overlap_%s_%s" % (k1, k2), vp, schema, vans, [first, vans, vans], "pair",
                         meta=dict(role="var", base=base, kind="overlap", old=[b1, b2], new=[v1, v2]))


part_overlap(4)


# ------------------------------------------------------------------ PART 9: periods of abbreviations, and versions written as strings
R240_DOTS = [
    ("name", ["Name", "Full name"], ["Anna Berg Jr.", "Lars Fjeld Sr.", "Kari Berg M.D.", "Jon Hauge Ph.D.", "Berg, A.",
                                    "A. Berg", "Ole Moe Jr.", "Per Dahl Esq."]),
    ("company", ["Company", "Supplier"], ["ACME Ltd.", "Hansen & Co.", "Nordic Parts Inc.", "U.S. Steel", "J.P. Morgan",
                                          "Vik & Sønner A.S.", "Bau Corp."]),
]
R240_VERSIONS = [
    ("version", ["Version", "Release", "Firmware version"], ("product", "Product"),
     [("3.10", "3.1"), ("2.0", "2"), ("1.20", "1.2"), ("4.10.0", "4.1.0"), ("10.0", "10"), ("0.9.10", "0.9.1"), ("3.1", "3.10")]),
    ("section", ["Section", "Clause"], ("document", "Document"),
     [("12.10", "12.1"), ("4.20", "4.2"), ("7.0", "7"), ("2.1", "2.10")]),
    ("build", ["Build", "Build number"], ("product", "Product"),
     [("2026.04.10", "2026.4.10"), ("1.0.0-rc1", "1.0.0"), ("5.010", "5.01")]),
]


def part_dots(n_rep):
    rng = r240_rng
    for key, labels, vals in R240_DOTS:
        for v in vals:
            for rep in range(n_rep):
                okey, olab = ("city", "City")
                other = rng.choice(R240_OTHER["city"])
                schema = S({key: "string", okey: "string"} if rep % 2 == 0 else {okey: "string", key: "string"})
                lab = rng.choice(labels)
                layout = rng.choice(["fields", "fields_last", "inline", "fields"])
                ins = "Extract the %s and city as JSON." % ("contact's name" if key == "name" else "company")
                pm = ins + "\n\n" + r240_render(layout, key, lab, v, [(okey, olab, other)])
                right = {key: v, okey: other}
                nodot_end = v.rstrip(".")
                nodot_all = v.replace(".", "")
                wrongs = [w for w in (nodot_end, nodot_all) if w != v]
                w = wrongs[rep % len(wrongs)]
                if rep % 3 != 2:
                    r240_add("sd", "glyph_dot_%s_single" % key, pm, schema, right, [{key: w, okey: other}, right, right],
                             "single", meta=dict(role="single", kind="dot", t=key, wrong=w))
                else:  # pair: the dot-less text stored, the dotted one asked (and back)
                    pn = ins + "\n\n" + r240_render(layout, key, lab, w, [(okey, olab, other)])
                    an = {key: w, okey: other}
                    b = r240_add("bd", "glyph_dot_%s_base" % key, pn, schema, an, [an], "pair", meta=dict(role="base", kind="dot"))
                    r240_add("pd", "glyph_dot_%s_add" % key, pm, schema, right, [an, right, right], "pair",
                             meta=dict(role="var", base=b, kind="dot", old=w, new=v))


def part_versions(n_rep):
    rng = r240_rng
    for key, labels, (okey, olab), vals in R240_VERSIONS:
        for v, w in vals:
            for rep in range(n_rep):
                other = rng.choice(["Fjordline App", "Kystlys POS", "Nordic Router X2", "Bau Planner"]) if okey == "product" \
                    else rng.choice(["Lease agreement", "Service contract", "Employee handbook"])
                schema = S({okey: "string", key: "string"})
                lab = rng.choice(labels)
                layout = rng.choice(["fields", "fields_last", "inline"])
                ins = rng.choice(["Extract the record as JSON.", "Return the %s and %s as JSON." % (okey, key)])
                pv = ins + "\n\n" + r240_render(layout, key, lab, v, [(okey, olab, other)])
                pw = ins + "\n\n" + r240_render(layout, key, lab, w, [(okey, olab, other)])
                av, aw = {okey: other, key: v}, {okey: other, key: w}
                if rep % 3 == 0:
                    r240_add("sv", "glyph_version_%s_single" % key, pv, schema, av, [aw, av, av], "single",
                             meta=dict(role="single", kind="version", t=key, wrong=w))
                else:
                    b = r240_add("bv", "glyph_version_%s_base" % key, pw, schema, aw, [aw], "pair",
                                 meta=dict(role="base", kind="version"))
                    r240_add("pv", "glyph_version_%s" % key, pv, schema, av, [aw, av, av], "pair",
                             meta=dict(role="var", base=b, kind="version", old=w, new=v))


part_dots(6)
part_versions(6)


# ------------------------------------------------------------------ PART 10: glyph equivalences at the value's edges and inside it
R240_EQ_VALUES = [("name", "Name", "Anna Berg"), ("name", "Name", "Ronan McDonald"), ("company", "Company", "Nordlys AS"),
                  ("company", "Company", "Fjord Tech"), ("ref", "Booking ref", "AB-1234-C"), ("ref", "Booking ref", "KX7Q22M9"),
                  ("framework", "Framework", "NET 8")]
R240_EQ = {
    "trail_comma": lambda v: v + ",", "trail_semicolon": lambda v: v + ";", "trail_excl": lambda v: v + "!",
    "trail_q": lambda v: v + "?", "trail_ellipsis": lambda v: v + "…", "trail_star": lambda v: v + "*",
    "trail_dagger": lambda v: v + " †", "trail_tm": lambda v: v + "™", "trail_reg": lambda v: v + "®",
    "lead_dot": lambda v: "." + v, "lead_at": lambda v: "@" + v, "lead_hash": lambda v: "#" + v,
    "double_space": lambda v: v.replace(" ", "  ", 1) if " " in v else v[:2] + "  " + v[2:],
    "nbsp": lambda v: v.replace(" ", "\u00a0", 1) if " " in v else v,
    "zwsp": lambda v: v[:3] + "\u200b" + v[3:], "soft_hyphen": lambda v: v[:3] + "\u00ad" + v[3:],
    "nfd_accent": lambda v: v[:1] + "\u0301" + v[1:], "fullwidth": lambda v: "".join(
        chr(ord(c) + 0xFEE0) if "A" <= c <= "Z" else c for c in v[:2]) + v[2:],
    "quoted": lambda v: "\u201c" + v + "\u201d", "paren": lambda v: "(" + v + ")", "trail_paren_note": lambda v: v + " (2)",
    "trail_digit": lambda v: v + "2", "trail_letter": lambda v: v + "s", "lead_letter": lambda v: "X" + v,
    "tab_inside": lambda v: v.replace(" ", "\t", 1) if " " in v else v,
    "mid_dot": lambda v: v.replace(" ", ".", 1) if " " in v else v[:2] + "." + v[2:],
    "mid_hyphen": lambda v: v.replace(" ", "-", 1) if " " in v else v[:2] + "-" + v[2:],
    "underscore": lambda v: v.replace(" ", "_", 1) if " " in v else v.replace("-", "_"),
    "dotless_i": lambda v: v.replace("i", "ı", 1) if "i" in v else v.replace("a", "а", 1),  # Latin/Cyrillic lookalikes
}


def part_equiv():
    rng = r240_rng
    for key, lab, v in R240_EQ_VALUES:
        for tn, f in sorted(R240_EQ.items()):
            tv = f(v)
            if tv == v:
                continue
            for direction in ("plain_then_marked", "marked_then_plain"):
                a, b_ = (v, tv) if direction == "plain_then_marked" else (tv, v)
                other = rng.choice(R240_OTHER["city"])
                schema = S({key: "string", "city": "string"})
                ins = "Extract the %s and city as JSON." % lab.lower()
                bp = ins + "\n\n%s: %s\nCity: %s\n" % (lab, a, other)
                vp = ins + "\n\n%s: %s\nCity: %s\n" % (lab, b_, other)
                ba, va = {key: a, "city": other}, {key: b_, "city": other}
                base = r240_add("bq", "glyph_equiv_%s_base" % tn, bp, schema, ba, [ba], "pair", meta=dict(role="base", kind="equiv"))
                r240_add("pq", "glyph_equiv_%s_%s" % (tn, direction), vp, schema, va, [ba, va, va], "pair",
                         meta=dict(role="var", base=base, kind="equiv", t=tn, old=a, new=b_))


part_equiv()


# ------------------------------------------------------------------ PART 11: spacing around marks (same words, other string)
R240_SP = [
    ("name", "Name", "Hannah Smith-Jones", ["Hannah Smith - Jones", "Hannah Smith -Jones", "Hannah Smith- Jones"]),
    ("name", "Name", "Liam O'Brien", ["Liam O' Brien", "Liam O 'Brien"]),
    ("company", "Company", "J.P. Morgan", ["J. P. Morgan", "J.P.Morgan", "J .P. Morgan"]),
    ("company", "Company", "Hansen, Berg & Co", ["Hansen , Berg & Co", "Hansen,Berg & Co", "Hansen, Berg&Co"]),
    ("ref", "Booking ref", "AB-1234-C", ["AB - 1234 - C", "AB-1234 -C", "AB -1234-C"]),
    ("ref", "Booking ref", "INV/88/2291", ["INV / 88 / 2291", "INV/88 /2291"]),
    ("email", "Email", "anna.berg@fjordline.no", ["anna. berg@fjordline.no", "anna.berg @fjordline.no", "anna.berg@ fjordline.no"]),
    ("company", "Company", "ACME Ltd.", ["ACME Ltd .", "ACME Ltd..", "ACME Ltd\u3002", "ACME Ltd\uff0e"]),
    ("phone", "Phone", "+44 20 7946-0958", ["+44 20 7946 - 0958", "+ 44 20 7946-0958"]),
]


def part_spacing():
    rng = r240_rng
    cities = list(R240_OTHER["city"])
    ci = [0]

    def city():
        ci[0] += 1
        return cities[ci[0] % len(cities)] if ci[0] < 8 else rng.choice(cities) + ("" if rng.random() < 0.5 else "")
    for key, lab, v, twins in R240_SP:
        schema = S({key: "string", "city": "string"})
        ins = "Extract the %s and city as JSON." % lab.lower()
        for tw in twins:
            for direction in ("clean_then_spaced", "spaced_then_clean"):
                a, b_ = (v, tw) if direction == "clean_then_spaced" else (tw, v)
                for other in rng.sample(cities, 2):
                    bp = ins + "\n\n%s: %s\nCity: %s\n" % (lab, a, other)
                    vp = ins + "\n\n%s: %s\nCity: %s\n" % (lab, b_, other)
                    ba, va = {key: a, "city": other}, {key: b_, "city": other}
                    if bp in r240_prompts or vp in r240_prompts:
                        continue
                    base = r240_add("bw", "glyph_spacing_%s_base" % key, bp, schema, ba, [ba], "pair",
                                    meta=dict(role="base", kind="spacing"))
                    r240_add("pw", "glyph_spacing_%s_%s" % (key, direction), vp, schema, va, [ba, va, va], "pair",
                             meta=dict(role="var", base=base, kind="spacing", old=a, new=b_))
                    break


part_spacing()


# ------------------------------------------------------------------ PART 12: the value in a sentence of prose
R240_PROSE = [
    (("name", "age", "city"), "Read the paragraph and return name, age and city as JSON.",
     "{v}, who turned {n} last spring, works as a pharmacist in {c}.", "person"),
    (("name", "age", "city"), "Read the note and return name, age and city as JSON.",
     "{v} is {n} years old and lives in {c}.", "person"),
    (("company", "employees", "city"), "Return the company, its number of employees and its city as JSON.",
     "{v} employs {n} people at its head office in {c}.", "company"),
    (("booking_ref", "nights", "city"), "Return the booking reference, nights and city as JSON.",
     "Your booking reference is {v}; you stay {n} nights in {c}.", "code"),
]


def part_prose(n_per):
    rng = r240_rng
    for keys, ins, tmpl, kind in R240_PROSE:
        k0, k1, k2 = keys
        schema = S({k0: "string", k1: "integer", k2: "string"})
        vals = list(R240_VALUES[kind])
        rng.shuffle(vals)
        for v0, twins in vals[:n_per]:
            n = rng.choice([29, 31, 44, 52, 12, 3, 4])
            c = rng.choice(R240_OTHER["city"])
            bp = ins + "\n\n" + tmpl.format(v=v0, n=n, c=c) + "\n"
            ba = {k0: v0, k1: n, k2: c}
            base = r240_add("bp", "glyph_prose_%s_base" % kind, bp, schema, ba, [ba], "pair", meta=dict(role="base", kind="prose"))
            for tw, tname in twins:
                vp = ins + "\n\n" + tmpl.format(v=tw, n=n, c=c) + "\n"
                va = {k0: tw, k1: n, k2: c}
                r240_add("pp", "glyph_prose_%s_%s" % (kind, tname), vp, schema, va, [ba, va, va], "pair",
                         meta=dict(role="var", base=base, kind="prose", t=tname, old=v0, new=tw))
            sp = ins + "\n\n" + tmpl.format(v=v0, n=n, c=c) + "\nThanks!\n"
            r240_add("sp", "glyph_prose_%s_safe" % kind, sp, schema, ba, [ba], "safe", safe=True,
                     meta=dict(role="safe", base=base, kind="prose"))


part_prose(10)

# The ids served wrong from the cache in the whole round (run 1 or 2): 16 confirmed alone (r240_found_alone), all 18
# judged arguable (a trailing abbreviation period or a doubled inner space the stored value does not keep).
r240_found_alone_list = {
    'd240-s-434', 'd240-sd-2144', 'd240-pd-2149', 'd240-pd-2165', 'd240-sd-2194', 'd240-pq-2331', 'd240-bq-2332',
    'd240-pq-2394', 'd240-pq-2453', 'd240-bq-2454', 'd240-pq-2513', 'd240-bq-2514', 'd240-pq-2683', 'd240-bq-2684',
    'd240-pw-2802', 'd240-bw-2803',
}
r240_arguable_list = {
    'd240-bq-2332',
    'd240-bq-2454',
    'd240-bq-2514',
    'd240-bq-2684',
    'd240-bw-2803',
    'd240-pd-2149',
    'd240-pd-2161',
    'd240-pd-2165',
    'd240-pq-2331',
    'd240-pq-2394',
    'd240-pq-2453',
    'd240-pq-2513',
    'd240-pq-2683',
    'd240-pw-2802',
    'd240-s-434',
    'd240-sd-2144',
    'd240-sd-2163',
    'd240-sd-2194',
}
r240_found_alone |= r240_found_alone_list
r240_arguable |= r240_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: the confirmed items with the bases of their pairs, every 10th
# safe variant and every 30th of the rest; then every arguable item (a collapsed doubled space, an abbreviation's
# period) left out.
from probe_kit import trim_round as r240_trim_round  # noqa: E402

r240_trim_round("d240-", r240_found_alone, r240_arguable,
                lambda i: [r240_meta[i]["base"]] if r240_meta.get(i, {}).get("base") else [])
