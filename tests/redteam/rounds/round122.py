"""Red-team round 122 (black box, stepcache-s42): JSON extraction, normalisation collisions -- a string value
copied verbatim from one text, reused or accepted for a text whose verbatim value differs only in a way token
normalisation may hide: letter case of codes/IDs, diacritics, look-alike letters of other scripts, fullwidth forms,
zero-width and non-breaking spaces, hyphen variants, leading and trailing zeros, separators inside strings, ligatures,
phone-number spacing, word order, punctuation inside names, signs glued to codes ("A+"/"A-", "C++"/"C#"); the
licensed rewrite with a second change beside a look-alike one; twin members; schema keys differing only in case or
separators; number members with dash-minus, other-script digits; enums whose values differ by a sign or case.
Pairs: base stored right; variant whose right answer is the new verbatim value (answers [base's, right]).
Singles: the request whose first answer is the normalised look-alike, served twice.
Safe variants: number members whose notation differs only ("3.50" vs "3.5"), a label's case, spacing.
Families ending in "_arg" hold probes whose expected answer is arguable (invisible / look-alike characters).
What got through (alone, 35 ids: 8 pairs, 27 singles): the member's own field "Code: QX-5120" with the same value
in another LETTER CASE in a field of no member after it ("Ref: qx-5120", "Gate:", "Seat:", "Room:", "Phone:",
"ID:"; also inline "; Gate: ..." and after a blank line): the model's copy of the other field's spelling passes the
checks, is stored, and is served from the cache on the next request (d122-o-*, d122-o2-*, d122-y-y2/y3/y6); an enum
whose allowed values differ only in case (["kB","KB","kb","Kb"], text "Unit: kb", answer "kB") stored and served
(d122-e-kb-s0). Everything else held (0 from the cache). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r122_pairs = []    # (base id, variant id)
r122_singles = []  # ids
r122_safe = []

# (tag, key, Label, A, B, arguable)
r122_V = [
    # letter case of codes / ids
    ("c-code", "code", "Code", "qx-5120", "QX-5120", False),
    ("c-bref", "booking_reference", "Booking reference", "Kx7pQ2", "KX7PQ2", False),
    ("c-plate", "licence_plate", "Licence plate", "ab 12345", "AB 12345", False),
    ("c-b64", "token", "Token", "dGVzdA==", "DGVzdA==", False),
    ("c-url", "path", "Path", "/Reports/AR2026.pdf", "/reports/ar2026.pdf", False),
    ("c-mail", "email", "E-mail", "Kari.Lie@example.com", "kari.lie@example.com", False),
    ("c-hex", "colour", "Colour", "#A1B2C3", "#a1b2c3", False),
    ("c-sku", "sku", "SKU", "sku-77a", "SKU-77A", False),
    ("c-isbn", "isbn", "ISBN", "0-306-40615-x", "0-306-40615-X", False),
    ("c-key", "api_key", "API key", "AbC123xYz", "abc123XYZ", False),
    ("c-hash", "commit", "Commit", "3f2a9c1", "3F2A9C1", False),
    ("c-iban", "iban", "IBAN", "no93 8601 1117 947", "NO93 8601 1117 947", False),
    ("c-post", "postcode", "Postcode", "sw1a 1aa", "SW1A 1AA", False),
    ("c-flight", "flight", "Flight", "sk 4123", "SK 4123", False),
    ("c-tick", "ticker", "Ticker", "brk.b", "BRK.B", False),
    ("c-user", "user_id", "User ID", "DeVries", "Devries", False),
    ("c-mcd", "landlord", "Landlord", "McDonald", "Mcdonald", False),
    ("c-iph", "device", "Device", "iPhone 15", "IPhone 15", False),
    ("c-pnr", "pnr", "PNR", "xk4t9b", "XK4T9B", False),
    ("c-vin", "vin", "VIN", "1hgcm82633a004352", "1HGCM82633A004352", False),
    # diacritics
    ("d-jose", "guest", "Guest", "José García", "Jose Garcia", False),
    ("d-mull", "contact", "Contact", "Jürgen Müller", "Jürgen Mueller", False),
    ("d-mul2", "driver", "Driver", "Anna Müller", "Anna Muller", False),
    ("d-trom", "destination", "Destination", "Tromsø", "Tromso", False),
    ("d-lodz", "branch", "Branch", "Łódź", "Lodz", False),
    ("d-creme", "dish", "Dish", "Crème Brûlée", "Creme Brulee", False),
    ("d-aero", "island", "Island", "Ærø", "Aero", False),
    ("d-zoe", "pupil", "Pupil", "Zoë Dahl", "Zoe Dahl", False),
    ("d-noel", "host", "Host", "Noël Ørsted", "Noel Ørsted", False),
    ("d-sao", "port", "Port", "São Tomé", "Sao Tome", False),
    ("d-nfd", "owner", "Owner", "Jose\u0301 Lie", "Jos\u00e9 Lie", True),
    # look-alikes, fullwidth, invisible
    ("l-cyr", "ref", "Ref", "AB-4410", "\u0410B-4410", True),
    ("l-cyr2", "monogram", "Monogram", "KO", "K\u041e", True),
    ("l-fw", "voucher", "Voucher", "AB12", "\uff21\uff22\uff11\uff12", True),
    ("l-fwd", "seat", "Seat", "12C", "\uff11\uff12C", True),
    ("l-zw", "serial", "Serial", "ZX4410", "ZX\u200b4410", True),
    ("l-nbsp", "account_no", "Account no", "1503 22 41", "1503\u00a022\u00a041", True),
    ("l-lig", "team", "Team", "fin-ops", "\ufb01n-ops", True),
    ("l-greek", "batch", "Batch", "POX-9", "PO\u03a7-9", True),
    # hyphens and dashes
    ("h-hyph", "part", "Part", "AB-12", "AB\u201012", False),
    ("h-en", "lot", "Lot", "KL-77", "KL\u201377", False),
    ("h-minus", "grid", "Grid", "C-7", "C\u22127", False),
    ("h-none", "model", "Model", "XT-500", "XT500", False),
    ("h-space", "form_code", "Form code", "RF-1028", "RF 1028", False),
    ("h-under", "handle", "Handle", "kari_lie", "kari-lie", False),
    ("h-dot", "login", "Login", "kari.lie", "kari_lie", False),
    ("h-file", "file", "File", "q3_report.xlsx", "q3-report.xlsx", False),
    ("h-slash", "case_no", "Case no", "2026/114", "2026-114", False),
    # leading / trailing zeros, separators in strings
    ("z-room", "room", "Room", "007", "7", False),
    ("z-zip", "zip", "ZIP", "01234", "1234", False),
    ("z-emp", "employee_id", "Employee ID", "000482", "482", False),
    ("z-ord", "order_no", "Order no", "0042", "042", False),
    ("z-ver", "version", "Version", "2.10", "2.1", False),
    ("z-sec", "section", "Section", "3.10", "3.1", False),
    ("z-build", "build", "Build", "1.0", "1", False),
    ("z-acct", "account", "Account", "1,234", "1234", False),
    ("z-dotsep", "member_no", "Member no", "12.345", "12345", False),
    ("z-plus", "extension", "Extension", "+12", "12", False),
    ("z-exp", "part_code", "Part code", "1e3", "1000", False),
    ("z-hexn", "register", "Register", "0x1F", "0x1f", False),
    ("z-frac", "ratio", "Ratio", "1/2", "0.5", False),
    ("z-date", "ref_date", "Reference date", "05.03.2026", "5.3.2026", False),
    ("z-pin", "pin", "PIN", "0420", "420", False),
    # phone numbers
    ("p-sp", "phone", "Phone", "+47 912 34 567", "+47 91234567", False),
    ("p-dash", "mobile", "Mobile", "912-34-567", "912 34 567", False),
    ("p-grp", "tel", "Tel", "22 33 44 55", "2233 4455", False),
    ("p-par", "fax", "Fax", "(022) 334455", "022 334455", False),
    # word order, punctuation in names
    ("w-order", "cardholder", "Cardholder", "Lie Kari", "Kari Lie", False),
    ("w-col", "colours", "Colours", "red blue", "blue red", False),
    ("w-obr", "passenger", "Passenger", "Sean O'Brien", "Sean OBrien", False),
    ("w-curly", "tenant", "Tenant", "Sean O'Brien", "Sean O\u2019Brien", False),
    ("w-jl", "pilot", "Pilot", "Jean-Luc Picard", "Jean Luc Picard", False),
    ("w-st", "parish", "Parish", "St. John", "St John", False),
    ("w-abc", "company", "Company", "A.B.C. Ltd", "ABC Ltd", False),
    ("w-comma", "signatory", "Signatory", "Smith, J.", "Smith J.", False),
    ("w-amp", "firm", "Firm", "Dahl & Lie", "Dahl and Lie", False),
    # signs glued to codes
    ("g-grade", "grade", "Grade", "A+", "A-", False),
    ("g-blood", "blood_type", "Blood type", "O+", "O-", False),
    ("g-lang", "language", "Language", "C++", "C#", False),
    ("g-b", "rating", "Rating", "B+", "B", False),
]


def r122_lc(lab):
    return lab if lab.isupper() or lab.split()[0].isupper() else lab.lower()


def r122_T1(lab, v):
    return "Extract the name and %s as JSON.\n\nName: Kari Lie\n%s: %s\n" % (r122_lc(lab), lab, v)


def r122_T2(lab, v):
    return "Return the %s as JSON.\n\n%s: %s\n" % (r122_lc(lab), lab, v)


def r122_T3(lab, v):
    return ("Return the form's fields as JSON.\n\n"
            "Customer: Ola Nordmann\nCity: Bergen\n%s: %s\nStatus: open\n" % (lab, v))


def r122_T4(lab, v):
    return "Extract the %s and the city as JSON.\n\nCity: Oslo\n%s: %s\n" % (r122_lc(lab), lab, v)


def r122_T5(lab, v):
    return "Give the %s and the city as JSON.\n\n%s: %s\nCity: Tromsø\n" % (r122_lc(lab), lab, v)


def r122_pair(tag, t, sch, mk, base_v, var_v, fam):
    b = "d122-%s-%s-b" % (tag, t)
    v = "d122-%s-%s-v" % (tag, t)
    pb, eb = mk(base_v)
    pv, ev = mk(var_v)
    J(b, fam, pb, sch, eb, [eb])
    J(v, fam, pv, sch, ev, [eb, ev])
    r122_pairs.append((b, v))


def r122_build1():
    for (tag, key, lab, A, B, arg) in r122_V:
        fam = "r122_" + tag.split("-")[0] + ("_arg" if arg else "")
        s1 = S({"name": "string", key: "string"})
        s2 = S({key: "string"})
        s3 = S({"customer": "string", "city": "string", key: "string", "status": "string"})
        r122_pair(tag, "t1", s1, lambda x: (r122_T1(lab, x), {"name": "Kari Lie", key: x}), A, B, fam)
        if r122_V.index((tag, key, lab, A, B, arg)) % 2 == 1:
            r122_pair(tag, "t2", s2, lambda x: (r122_T2(lab, x), {key: x}), B, A, fam)
        if False:  # t3 dropped to keep the round near 700 (held in the drafts: 0 from the cache)
            r122_pair(tag, "t3", s3, lambda x: (r122_T3(lab, x), {"customer": "Ola Nordmann", "city": "Bergen", key: x, "status": "open"}), A, B, fam)  # noqa: E501
        s4 = S({key: "string", "city": "string"})
        sid = "d122-%s-s" % tag
        J(sid, fam + "_single", r122_T4(lab, B), s4, {key: B, "city": "Oslo"}, [{key: A, "city": "Oslo"}, {key: B, "city": "Oslo"}])
        r122_singles.append(sid)
        if True:  # s2 singles dropped to keep the round near 700 (held in the drafts)
            continue
        sid = "d122-%s-s2" % tag
        J(sid, fam + "_single", r122_T5(lab, A), s4, {key: A, "city": "Tromsø"}, [{key: B, "city": "Tromsø"}, {key: A, "city": "Tromsø"}])
        r122_singles.append(sid)


r122_build1()

# ------------------------------------------------------------- safe variants: notation of number members
r122_num = S({"item": "string", "price": "number", "quantity": "integer"})


def r122_numtext(price, qty, lab="Price"):
    return ("Extract the order line as JSON.\n\nItem: Desk lamp\n%s: %s\nQuantity: %s\n" % (lab, price, qty))


r122_safe_cases = [
    ("n1", ("3.50", "2"), ("3.5", "2"), 3.5, 2, "Price", "Price"),
    ("n2", ("1,234.00", "3"), ("1234", "3"), 1234, 3, "Price", "Price"),
    ("n3", ("12", "04"), ("12.0", "4"), 12, 4, "Price", "Price"),
    ("n4", ("7.25", "1"), ("7.25", "1"), 7.25, 1, "Price", "PRICE"),
    ("n5", ("0.90", "6"), (".9", "6"), 0.9, 6, "Price", "Price"),
    ("n6", ("15", "2"), ("15.00", "2"), 15, 2, "Price", "price"),
]
def r122_build2():
    for (t, (pa, qa), (pb, qb), price, qty, la, lb) in r122_safe_cases:
        b = "d122-safe-%s-b" % t
        v = "d122-safe-%s-v" % t
        e = {"item": "Desk lamp", "price": price, "quantity": qty}
        J(b, "r122_safe", r122_numtext(pa, qa, la), r122_num, e, [e])
        J(v, "r122_safe", r122_numtext(pb, qb, lb), r122_num, e, [e], safe=True)
        r122_pairs.append((b, v))
        r122_safe.append(v)


r122_build2()

# safe: the string is the same; only spacing around it / label case changes
def r122_build3():
    for (t, key, lab, val) in [("s1", "code", "Code", "QX-5120"), ("s2", "guest", "Guest", "José García"),
                               ("s3", "room", "Room", "007"), ("s4", "phone", "Phone", "+47 912 34 567")]:
        b = "d122-safe-%s-b" % t
        v = "d122-safe-%s-v" % t
        sch = S({"name": "string", key: "string"})
        e = {"name": "Siri Berg", key: val}
        pb = "Extract the name and %s as JSON.\n\nName: Siri Berg\n%s: %s\n" % (lab.lower(), lab, val)
        pv = "Extract the name and %s as JSON.\n\nName:  Siri Berg\n%s:   %s\n\n" % (lab.lower(), lab.upper(), val)
        J(b, "r122_safe", pb, sch, e, [e])
        J(v, "r122_safe", pv, sch, e, [e], safe=True)
        r122_pairs.append((b, v))
        r122_safe.append(v)


r122_build3()

# ------------------------------------------------------------- number members: signs and digits the normaliser may hide
def r122_npair(tag, key, lab, base_txt, base_val, var_txt, var_val, typ="number", safe=False, arg=False, other=None):
    fam = "r122_num" + ("_arg" if arg else "") + ("_safe" if safe else "")
    sch = S({"item": "string", key: typ})
    b = "d122-n-%s-b" % tag
    v = "d122-n-%s-v" % tag
    pt = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %%s\n" % (lab.lower(), other or "Heat pump", lab)
    eb = {"item": other or "Heat pump", key: base_val}
    ev = {"item": other or "Heat pump", key: var_val}
    J(b, fam, pt % base_txt, sch, eb, [eb])
    J(v, fam, pt % var_txt, sch, ev, [ev] if safe else [eb, ev], safe=safe)
    r122_pairs.append((b, v))
    if safe:
        r122_safe.append(v)
    else:
        sid = "d122-n-%s-s" % tag
        pt2 = "Give the %s and the item as JSON.\n\n%s: %%s\nItem: Boiler\n" % (lab.lower(), lab)
        J(sid, fam + "_single", pt2 % var_txt, sch, {"item": "Boiler", key: var_val},
          [{"item": "Boiler", key: base_val}, {"item": "Boiler", key: var_val}])
        r122_singles.append(sid)


r122_npair("en", "temperature", "Temperature", "5", 5, "\u20135", -5)
r122_npair("um", "outdoor_temperature", "Outdoor temperature", "7", 7, "\u22127", -7)
r122_npair("nbh", "min_temperature", "Min temperature", "3", 3, "\u20113", -3, arg=True)
r122_npair("fwm", "balance", "Balance", "42.00", 42, "\uff0d42.00", -42)
r122_npair("par", "net_result", "Net result", "120.00", 120, "(120.00)", -120, arg=True)
r122_npair("trail", "adjustment", "Adjustment", "80.00", 80, "80.00-", -80, arg=True)
r122_npair("hy", "floor", "Floor", "2", 2, "-2", -2, typ="integer")
r122_npair("emd", "level", "Level", "4", 4, "\u20144", -4, typ="integer", arg=True)
r122_npair("ar", "quantity", "Quantity", "12", 12, "\u0661\u0663", 13, typ="integer")
r122_npair("fw", "units", "Units", "12", 12, "\uff11\uff13", 13, typ="integer")
r122_npair("dev", "pieces", "Pieces", "12", 12, "\u0967\u0969", 13, typ="integer")
r122_npair("fwd", "price", "Price", "3.50", 3.5, "3\uff0e75", 3.75, arg=True)
r122_npair("k", "power", "Power", "3.5", 3.5, "3.5k", 3500, arg=True)
r122_npair("sup", "count", "Count", "10", 10, "10\u00b2", 100, typ="integer", arg=True)
r122_npair("half", "hours", "Hours", "2", 2, "2\u00bd", 2.5)
r122_npair("dc", "weight", "Weight", "12.50", 12.5, "12,75", 12.75)
# safe notations
r122_npair("safe-dc", "cost", "Cost", "12.50", 12.5, "12,50", 12.5, safe=True)
r122_npair("safe-sp", "amount", "Amount", "1234", 1234, "1 234", 1234, safe=True)
r122_npair("safe-nb", "total", "Total", "1234", 1234, "1\u00a0234", 1234, safe=True)
r122_npair("safe-ar", "stock", "Stock", "12", 12, "\u0661\u0662", 12, typ="integer", safe=True)
r122_npair("safe-fw", "boxes", "Boxes", "12", 12, "\uff11\uff12", 12, typ="integer", safe=True)
r122_npair("safe-tz", "rate", "Rate", "0.50", 0.5, "0.5000", 0.5, safe=True)
r122_npair("safe-um", "delta", "Delta", "-3", -3, "\u22123", -3, typ="integer", safe=True)


# ------------------------------------------------------------- enum members whose values differ by a sign or case
def r122_epair(tag, key, lab, enum, base_txt, base_val, vars_):
    sch = S({"name": "string", key: {"type": "string", "enum": enum}})
    b = "d122-e-%s-b" % tag
    pt = "Extract the name and %s as JSON.\n\nName: Siri Berg\n%s: %%s\n" % (lab.lower(), lab)
    eb = {"name": "Siri Berg", key: base_val}
    J(b, "r122_enum", pt % base_txt, sch, eb, [eb])
    for i, (txt, val) in enumerate(vars_):
        v = "d122-e-%s-v%d" % (tag, i)
        ev = {"name": "Siri Berg", key: val}
        J(v, "r122_enum", pt % txt, sch, ev, [eb, ev])
        r122_pairs.append((b, v))
        sid = "d122-e-%s-s%d" % (tag, i)
        pt2 = "Give the %s and the name as JSON.\n\n%s: %%s\nName: Per Dahl\n" % (lab.lower(), lab)
        J(sid, "r122_enum_single", pt2 % txt, sch, {"name": "Per Dahl", key: val},
          [{"name": "Per Dahl", key: base_val}, {"name": "Per Dahl", key: val}])
        r122_singles.append(sid)


r122_epair("grade", "grade", "Grade", ["A+", "A", "A-", "B+", "B", "B-", "C"], "A+", "A+",
           [("A-", "A-"), ("A", "A"), ("A\u2212", "A-")])
r122_epair("blood", "blood_type", "Blood type", ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"], "O+", "O+",
           [("O-", "O-"), ("O\u2212", "O-"), ("O\u2013", "O-")])
r122_epair("lang", "language", "Language", ["C", "C++", "C#", "F#", "F"], "C++", "C++",
           [("C#", "C#"), ("C", "C")])
r122_epair("rh", "strand", "Strand", ["+", "-"], "+", "+", [("-", "-"), ("\u2212", "-")])
r122_epair("kb", "unit", "Unit", ["kB", "KB", "kb", "Kb"], "kB", "kB", [("kb", "kb")])


# ------------------------------------------------------------- the licensed rewrite: a look-alike change with a second change beside it
r122_R = [
    # (tag, key, Label, A, B)
    ("case", "guest", "Guest", "Zoë Dahl", "Zoe dahl"),
    ("case2", "contact", "Contact", "José García", "JOSE GARCIA"),
    ("case3", "driver", "Driver", "Müller", "MULLER"),
    ("hyph", "host", "Host", "Anne-Zoë Berg", "Anne\u2010Zoe Berg"),
    ("nbsp", "tenant", "Tenant", "Zoë Dahl", "Zoe\u00a0Dahl"),
    ("zw", "pilot", "Pilot", "Zoë Dahl", "Zoe\u200bDahl"),
    ("apos", "passenger", "Passenger", "Zoë O'Brien", "Zoe O\u2019Brien"),
    ("aposdrop", "patient", "Patient", "Zoë O'Brien", "Zoe OBrien"),
    ("zero", "cafe", "Cafe", "Café 007", "Cafe 7"),
    ("num", "venue", "Venue", "Café 2.10", "Cafe 2.1"),
    ("order", "author", "Author", "Zoë Dahl", "Dahl Zoe"),
    ("extra", "owner", "Owner", "Zoë Dahl", "Zoe Dahl-Berg"),
    ("fewer", "buyer", "Buyer", "Zoë Anne Dahl", "Zoe Dahl"),
    ("sz", "street", "Street", "Weißstraße 4", "Weissstrasse 4"),
    ("sz2", "supplier", "Supplier", "Weiß GmbH", "Weiss GmbH"),
    ("tr", "sender", "Sender", "Işık Yılmaz", "Isik Yilmaz"),
    ("tr2", "origin", "Origin", "İzmir", "Izmir"),
    ("grk", "vessel", "Vessel", "Ἀθηνᾶ", "Αθηνα"),
    ("nfd", "coach", "Coach", "Zoë Dahl", "Zoe\u0308 Dahl"),
    ("cyr", "agent", "Agent", "Zoë Dahl", "Zoe D\u0430hl"),
    ("dots", "artist", "Artist", "Zoë", "Zoe."),
    ("code", "code", "Code", "Crème-7a", "Creme-7A"),
    ("code2", "plate", "Plate", "ØK 12345", "OK 12345"),
    ("mail", "email", "Email", "zoë@example.no", "Zoe@example.no"),
    ("url", "url", "URL", "https://café.no/Menu", "https://cafe.no/menu"),
]
def r122_build4():
    for (tag, key, lab, A, B) in r122_R:
        sch = S({"name": "string", key: "string"})
        pt = "Extract the name and %s as JSON.\n\nName: Per Lund\n%s: %%s\n" % (r122_lc(lab), lab)
        b = "d122-rw-%s-b" % tag
        v = "d122-rw-%s-v" % tag
        eb = {"name": "Per Lund", key: A}
        ev = {"name": "Per Lund", key: B}
        J(b, "r122_rewrite", pt % A, sch, eb, [eb])
        J(v, "r122_rewrite", pt % B, sch, ev, [eb, ev])
        r122_pairs.append((b, v))


r122_build4()

# twin values: two members hold the same look-alike value; only one changes
r122_T = [
    ("tw1", ("contact", "Contact"), ("guest", "Guest"), "Zoë Dahl", "Zoe Dahl", 1),
    ("tw2", ("contact", "Contact"), ("guest", "Guest"), "Zoë Dahl", "Zoe Dahl", 0),
    ("tw3", ("sender", "Sender"), ("receiver", "Receiver"), "José García", "Jose Garcia", 1),
    ("tw4", ("billing_city", "Billing city"), ("delivery_city", "Delivery city"), "Tromsø", "Tromso", 1),
    ("tw5", ("payer", "Payer"), ("holder", "Holder"), "Lie Kari", "Kari Lie", 1),
    ("tw6", ("from_code", "From code"), ("to_code", "To code"), "ab-12", "AB-12", 1),
]
def r122_build5():
    for (tag, (k1, l1), (k2, l2), A, B, which) in r122_T:
        sch = S({k1: "string", k2: "string"})
        pt = "Extract the %s and %s as JSON.\n\n%s: %%s\n%s: %%s\n" % (l1.lower(), l2.lower(), l1, l2)
        b = "d122-tw-%s-b" % tag
        v = "d122-tw-%s-v" % tag
        eb = {k1: A, k2: A}
        vals = [A, A]
        vals[which] = B
        ev = {k1: vals[0], k2: vals[1]}
        J(b, "r122_twin", pt % (A, A), sch, eb, [eb])
        J(v, "r122_twin", pt % tuple(vals), sch, ev, [eb, ev])
        r122_pairs.append((b, v))


r122_build5()

# part of a field: the member holds a part, the field changes look-alike
r122_Pt = [
    ("pt1", "Guest: %s (VIP)", "guest", "Zoë Dahl", "Zoe Dahl"),
    ("pt2", "Guest: %s, Oslo", "guest", "José García", "Jose Garcia"),
    ("pt3", "Guest: Dr. %s", "guest", "Zoë Dahl", "Zoe Dahl"),
    ("pt4", "Guest: %s / room 12", "guest", "Müller", "Muller"),
]
def r122_build6():
    for (tag, line, key, A, B) in r122_Pt:
        sch = S({"name": "string", key: "string"})
        pt = "Extract the name and guest as JSON.\n\nName: Per Lund\n" + line + "\n"
        b = "d122-pt-%s-b" % tag
        v = "d122-pt-%s-v" % tag
        eb = {"name": "Per Lund", key: A}
        ev = {"name": "Per Lund", key: B}
        J(b, "r122_part", pt % A, sch, eb, [eb])
        J(v, "r122_part", pt % B, sch, ev, [eb, ev])
        r122_pairs.append((b, v))


r122_build6()

# ------------------------------------------------------------- the same value in another case / spelling under another member's label
def r122_build7():
    for (tag, key, lab, A, B, arg) in r122_V:
        if not tag.startswith(("c-", "z-", "h-")):
            continue
        sch = S({"from_" + key: "string", "to_" + key: "string"})
        pt = "Extract the from %s and the to %s as JSON.\n\nFrom %s: %s\nTo %s: %s\n" % (
            r122_lc(lab), r122_lc(lab), r122_lc(lab), A, r122_lc(lab), B)
        sid = "d122-x-%s-s" % tag
        J(sid, "r122_xtwin_single", pt, sch, {"from_" + key: A, "to_" + key: B},
          [{"from_" + key: A, "to_" + key: A}, {"from_" + key: A, "to_" + key: B}])
        r122_singles.append(sid)


r122_build7()

# ------------------------------------------------------------- the other spelling in an introducing sentence above the record
def r122_build8():
    for (tag, key, lab, A, B, arg) in r122_V:
        if not tag.startswith(("c-",)) or arg or r122_V.index((tag, key, lab, A, B, arg)) % 2:
            continue
        sch = S({"name": "string", key: "string"})
        pt = ("Please process the following record, filed under %s on Monday.\n\nName: Kari Lie\n%s: %s\n" % (A, lab, B))
        sid = "d122-i-%s-s" % tag
        J(sid, "r122_intro_single", "Extract the name and %s as JSON.\n\n" % r122_lc(lab) + pt, sch,
          {"name": "Kari Lie", key: B}, [{"name": "Kari Lie", key: A}, {"name": "Kari Lie", key: B}])
        r122_singles.append(sid)


r122_build8()

# ------------------------------------------------------------- schema keys that differ only in case, separators or diacritics
r122_K = [
    ("k1", "booking_code", ["bookingCode", "BookingCode", "booking-code", "BOOKING_CODE", "booking code", "bookingcode", "Booking_Code"],
     "Booking code", "KX7PQ2"),
    ("k2", "home_city", ["homeCity", "HomeCity", "home-city", "home.city", "home__city", "HOME_CITY"], "Home city", "Tromsø"),
    ("k3", "grösse", ["grosse", "groesse", "größe", "Grösse"], "Grösse", "42"),
    ("k4", "zip", ["Zip", "ZIP", "zip_"], "ZIP", "01234"),
]
def r122_build9():
    for (tag, kb, kvs, lab, val) in r122_K:
        txt = "Extract the name and %s as JSON.\n\nName: Kari Lie\n%s: %s\n" % (lab.lower(), lab, val)
        b = "d122-key-%s-b" % tag
        eb = {"name": "Kari Lie", kb: val}
        J(b, "r122_key", txt, S({"name": "string", kb: "string"}), eb, [eb])
        for i, kv in enumerate(kvs):
            v = "d122-key-%s-v%d" % (tag, i)
            ev = {"name": "Kari Lie", kv: val}
            J(v, "r122_key", txt, S({"name": "string", kv: "string"}), ev, [eb, ev])
            r122_pairs.append((b, v))


r122_build9()

# ------------------------------------------------------------- the member's value in another case in a field of no member beside it
r122_Y = [
    ("y1", "Name: Kari Lie\nCode: QX-5120\nBackup code: qx-5120\n", "QX-5120", "qx-5120"),
    ("y2", "Name: Kari Lie\nCode: QX-5120\nRef: qx-5120\n", "QX-5120", "qx-5120"),
    ("y3", "Name: Kari Lie\nCode: qx-5120\nRef: QX-5120\n", "qx-5120", "QX-5120"),
    ("y4", "Name: Kari Lie\nRef: qx-5120\nCode: QX-5120\n", "QX-5120", "qx-5120"),
    ("y5", "Name: Kari Lie\nCode: KX7PQ2\nPhone: 22 33 44 55\nAlt code: kx7pq2\n", "KX7PQ2", "kx7pq2"),
    ("y6", "Name: Kari Lie\nCode: QX-5120\nGate: qx-5120\n", "QX-5120", "qx-5120"),
]
def r122_build10():
    for (tag, body, right, wrong) in r122_Y:
        sid = "d122-y-%s-s" % tag
        J(sid, "r122_ycase_single", "Extract the name and code as JSON.\n\n" + body, S({"name": "string", "code": "string"}),
          {"name": "Kari Lie", "code": right}, [{"name": "Kari Lie", "code": wrong}, {"name": "Kari Lie", "code": right}])
        r122_singles.append(sid)


r122_build10()

# the shape that got through (y2, y3, y6): the same value in another spelling under a field of no member
# ("Ref:", "Gate:") beside the member's own field; the model's copy of the other field is grounded, stored, served.
def r122_build11():
    for (tag, key, lab, A, B, arg) in r122_V:
        if arg:
            continue
        sch = S({"name": "string", key: "string"})
        ins = "Extract the name and %s as JSON.\n\n" % r122_lc(lab)
        sid = "d122-o-%s-s" % tag
        J(sid, "r122_other_single", ins + "Name: Kari Lie\n%s: %s\nRef: %s\n" % (lab, B, A), sch,
          {"name": "Kari Lie", key: B}, [{"name": "Kari Lie", key: A}, {"name": "Kari Lie", key: B}])
        r122_singles.append(sid)
        if r122_V.index((tag, key, lab, A, B, arg)) % 2 == 0:
            b = "d122-o-%s-b" % tag
            v = "d122-o-%s-v" % tag
            eb = {"name": "Kari Lie", key: A}
            ev = {"name": "Kari Lie", key: B}
            J(b, "r122_other", ins + "Name: Kari Lie\n%s: %s\nGate: %s\n" % (lab, A, A), sch, eb, [eb])
            J(v, "r122_other", ins + "Name: Kari Lie\n%s: %s\nGate: %s\n" % (lab, B, A), sch, ev, [eb, ev])
            r122_pairs.append((b, v))


r122_build11()

# the shape's edges: which fields of no member carry the other spelling in, where they stand, which case change
r122_O2 = [
    ("seat", "Name: Kari Lie\nCode: QX-5120\nSeat: qx-5120\n"),
    ("room", "Name: Kari Lie\nCode: QX-5120\nRoom: qx-5120\n"),
    ("phone", "Name: Kari Lie\nCode: QX-5120\nPhone: qx-5120\n"),
    ("ticket", "Name: Kari Lie\nCode: QX-5120\nTicket: qx-5120\n"),
    ("id", "Name: Kari Lie\nCode: QX-5120\nID: qx-5120\n"),
    ("gate1", "Name: Kari Lie\nGate: qx-5120\nCode: QX-5120\n"),
    ("gate0", "Gate: qx-5120\nName: Kari Lie\nCode: QX-5120\n"),
    ("title", "Name: Kari Lie\nCode: Qx-5120\nGate: qx-5120\n"),
    ("mixed", "Name: Kari Lie\nCode: qX-5120\nGate: Qx-5120\n"),
    ("twoln", "Name: Kari Lie\nCode: QX-5120\n\nGate: qx-5120\n"),
    ("inline", "Name: Kari Lie; Code: QX-5120; Gate: qx-5120\n"),
]
def r122_build12():
    for (tag, body) in r122_O2:
        code = [ln for ln in body.replace("; ", "\n").splitlines() if ln.startswith("Code: ")][0][6:]
        gate = [ln for ln in body.replace("; ", "\n").splitlines() if ln.split(":")[0] not in ("Name", "Code", "")][0].split(": ", 1)[1]
        sid = "d122-o2-%s-s" % tag
        J(sid, "r122_other_single", "Extract the name and code as JSON.\n\n" + body, S({"name": "string", "code": "string"}),
          {"name": "Kari Lie", "code": code}, [{"name": "Kari Lie", "code": gate}, {"name": "Kari Lie", "code": code}])
        r122_singles.append(sid)


r122_build12()
