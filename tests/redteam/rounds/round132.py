r"""Red-team round 132 (black box, stepcache-s45): WHAT THE REQUEST ASKS, changed where a cache may not look, for
json_extract. 1335 probes (645 pairs base->variant, 45 singles, 101 safe variants; 33 ids in r132_arguable).
FAMILIES: A1 person card, ONE member's schema changed, text unchanged: description/title asking for another value
("age in months", "Alter in Monaten", "alder i måneder", "edad en meses", "âge en mois", "next birthday", legalese,
numbered/bulleted steps inside a description, "surname only", "nur der Nachname", "kun etternavn", "in upper case",
"IATA code", "country"), constraints (pattern ^[A-Z]+ [A-Z]+$, enum of codes, const, minimum/maximum, multipleOf,
maxLength); A2 two candidate values in the text (City/Previous city, Address/Billing address, Passenger/Passenger 2,
Price/Total, Age/Spouse age, Date/Shipped) and the description or title picks the other one, in EN/DE/NO/ES/FR/legal;
A3 contract with described members (landlord/tenant, rent/deposit) swapped in six languages/registers; A4 format,
pattern, enum, negated boolean descriptions ("true if NOT paid", title "Unpaid"), cents; A5 nested vs flat, array vs
single; B/B2/B3 instructions inside the text ("Note to the extractor: report the price incl. VAT", "(use the billing
address)", footnotes "* amounts in cents", "Beløp i øre", notes in DE/NO/ES/FR, legalese, steps, bullets; after the
text: "..., and use the corrected value below"); C1/C1b instruction-only changes in languages, registers, bullets,
numbered steps; C2/E record picks ("the last", "the cheapest", "the one in Oslo", "the one not cancelled", in
languages; by schema const/enum; hidden in the text); D/D2/D3/D4 the same hidden notes inside longer invoices.
WHAT HELD (no wrong answer from the cache, in the combined run (2 passes, 1275 probes) or alone (~240 items run alone
on fresh stores)): a changed description/title/constraint always ends the member's reuse ("the member's schema
changed, so what it means may have"), then the patch fails ("492 does not occur in the source text") -- even safe
paraphrases are not reused; hidden notes in the text end reuse (failing fraction, "the text says it changed") or
lower the text similarity under 0.5; instruction changes in any language end reuse ("instruction_changed: the word
\"name\" changed right before the member's name \"age\""); multi-record bases and bases whose text holds twin labels,
invoice/reference codes are never stored, so record picks never reach reuse.
WHAT GOT THROUGH: nothing (alone.txt is empty). Safe variants reused: 1 of ~100 ("Give name, age and city as JSON.").
Arguable: the ids in r132_arguable (const/enum/minimum with no satisfiable answer, record picks by the schema, the
"co-traveller" reading); none was served from the cache. Adds its probes to probe_kit.P."""
import copy as r132_copy

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r132_pairs = []
r132_singles = []
r132_safe = []
r132_arguable = set()
r132_n = [0]
r132_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r132_NR = "??no-single-answer??"


def r132_nm():
    n = r132_n[0]
    r132_n[0] += 1
    return r132_SYL[n % 10] + r132_SYL[(n // 10) % 10].lower() + r132_SYL[(n // 100) % 10].lower() + "dal"


def r132_pair(tag, fam, bsch, bpr, bexp, vsch, vpr, vexp, arg=False, safe=False):
    b = "d132-b-" + tag
    v = ("d132-ok-" if safe else "d132-v-") + tag
    J(b, "r132_" + fam + "_base", bpr, bsch, bexp, [bexp])
    if safe:
        J(v, "r132_" + fam + "_safe", vpr, vsch, vexp, [vexp], safe=True)
        r132_safe.append(v)
    else:
        J(v, "r132_" + fam + ("_arguable" if arg else ""), vpr, vsch, vexp, [bexp, vexp])
        if arg:
            r132_arguable.add(v)
    r132_pairs.append((b, v))


def r132_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d132-s-" + tag
    J(s, "r132_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    r132_singles.append(s)
    if arg:
        r132_arguable.add(s)


def r132_sch(props, desc=None, title=None, extra=None, order=None):
    s = S(props, desc)
    for k, t in (title or {}).items():
        s["properties"][k]["title"] = t
    for k, d in (extra or {}).items():
        s["properties"][k].update(d)
    if order:
        s["properties"] = {k: s["properties"][k] for k in order}
        s["required"] = list(order)
    return s


# ====================================================================== A. the schema as instruction
# A1 person card: one member's description/title/constraint changed, text unchanged
r132_A1 = [
    # tag, member, kind (desc/title/extra), value, new value fn(name, age, city) or const, arguable
    ("age-months-d", "age", "desc", "age in months", lambda n, a, c: a * 12, False),
    ("age-months-t", "age", "title", "Age in months", lambda n, a, c: a * 12, False),
    ("age-months-de", "age", "desc", "Alter in Monaten", lambda n, a, c: a * 12, False),
    ("age-months-no", "age", "desc", "alder i måneder", lambda n, a, c: a * 12, False),
    ("age-months-es", "age", "desc", "edad en meses", lambda n, a, c: a * 12, False),
    ("age-months-fr", "age", "desc", "âge en mois", lambda n, a, c: a * 12, False),
    ("age-next-d", "age", "desc", "his age at his next birthday", lambda n, a, c: a + 1, False),
    ("age-10ago-d", "age", "desc", "his age ten years ago", lambda n, a, c: a - 10, False),
    ("age-in5-t", "age", "title", "Age in five years", lambda n, a, c: a + 5, False),
    ("age-dec-d", "age", "desc", "age in decades, rounded down", lambda n, a, c: a // 10, False),
    ("age-nextyr-no", "age", "desc", "alderen neste år", lambda n, a, c: a + 1, False),
    ("age-legal", "age", "desc", "the age the Data Subject shall attain upon the next anniversary of his birth",
     lambda n, a, c: a + 1, False),
    ("age-steps", "age", "desc", "1. take the age. 2. add 2. 3. report the result", lambda n, a, c: a + 2, False),
    ("age-bul", "age", "desc", "- start from the age\n- subtract 1\n- report that", lambda n, a, c: a - 1, False),
    ("age-min", "age", "extra", {"minimum": 60}, lambda n, a, c: r132_NR, True),
    ("age-max", "age", "extra", {"maximum": 30}, lambda n, a, c: r132_NR, True),
    ("age-const", "age", "extra", {"const": 42}, lambda n, a, c: r132_NR, True),
    ("age-enum", "age", "extra", {"enum": [40, 42, 44]}, lambda n, a, c: r132_NR, True),
    ("age-mult", "age", "extra", {"multipleOf": 5}, lambda n, a, c: r132_NR, True),
    ("name-sur-d", "name", "desc", "surname only", lambda n, a, c: n.split()[1], False),
    ("name-first-d", "name", "desc", "first name only", lambda n, a, c: n.split()[0], False),
    ("name-sur-t", "name", "title", "Family name", lambda n, a, c: n.split()[1], False),
    ("name-sur-de", "name", "desc", "nur der Nachname", lambda n, a, c: n.split()[1], False),
    ("name-sur-no", "name", "desc", "kun etternavn", lambda n, a, c: n.split()[1], False),
    ("name-sur-es", "name", "desc", "solo el apellido", lambda n, a, c: n.split()[1], False),
    ("name-first-fr", "name", "desc", "le prénom seulement", lambda n, a, c: n.split()[0], False),
    ("name-upper-d", "name", "desc", "the name in upper case", lambda n, a, c: n.upper(), False),
    ("name-upper-de", "name", "desc", "Name in Großbuchstaben", lambda n, a, c: n.upper(), False),
    ("name-upper-pat", "name", "extra", {"pattern": "^[A-Z]+ [A-Z]+$"}, lambda n, a, c: n.upper(), False),
    ("name-lower-pat", "name", "extra", {"pattern": "^[a-z ]+$"}, lambda n, a, c: n.lower(), False),
    ("name-sur-pat", "name", "extra", {"pattern": "^[A-Za-z]+$", "description": "one word"},
     lambda n, a, c: r132_NR, True),
    ("name-rev-d", "name", "desc", "surname, first name", lambda n, a, c: n.split()[1] + ", " + n.split()[0], False),
    ("name-maxlen", "name", "extra", {"maxLength": 5}, lambda n, a, c: r132_NR, True),
    ("name-enum", "name", "extra", {"enum": ["Ola Nordmann", "Kari Nordmann"]}, lambda n, a, c: r132_NR, True),
    ("city-upper-d", "city", "desc", "the city in capital letters", lambda n, a, c: c.upper(), False),
    ("city-country-d", "city", "desc", "the country the city is in", lambda n, a, c: "Norway", False),
    ("city-iata-d", "city", "desc", "IATA airport code of the city", lambda n, a, c: "OSL", False),
    ("city-enum", "city", "extra", {"enum": ["OSL", "BGO", "TRD"]}, lambda n, a, c: "OSL", False),
    ("city-pat3", "city", "extra", {"pattern": "^[A-Z]{3}$"}, lambda n, a, c: "OSL", False),
    ("city-const", "city", "extra", {"const": "Bergen"}, lambda n, a, c: r132_NR, True),
    ("city-land-no", "city", "desc", "landet byen ligger i", lambda n, a, c: "Norway", True),
]
r132_A1safe = [
    ("age-years-d", "age", "desc", "age in years"),
    ("age-years-t", "age", "title", "Age (years)"),
    ("age-de-d", "age", "desc", "Alter in Jahren"),
    ("age-no-d", "age", "desc", "alder i år"),
    ("age-legal-s", "age", "desc", "the age of the Data Subject, in completed years, as stated"),
    ("age-min0", "age", "extra", {"minimum": 0}),
    ("age-def", "age", "extra", {"default": 0}),
    ("name-full-d", "name", "desc", "full name"),
    ("name-full-t", "name", "title", "Full name"),
    ("name-pat", "name", "extra", {"pattern": "^[A-Z][a-z]+ [A-Z][a-z]+$"}),
    ("city-d", "city", "desc", "city of residence"),
    ("city-de", "city", "desc", "Wohnort"),
    ("city-def", "city", "extra", {"default": "Bergen"}),
    ("order", None, "order", None),
]
r132_AGES = [41, 37, 58, 29, 63]
for r132_i, (r132_t, r132_m, r132_k, r132_val, r132_fn, r132_a) in enumerate(r132_A1):
    for r132_rep in range(2):
        nm = "Jonas " + r132_nm()
        age = r132_AGES[(r132_i + r132_rep) % 5]
        city = "Oslo"
        pr = "Extract name, age and city as JSON.\nText:\nName: %s\nAge: %d\nCity: %s\n" % (nm, age, city)
        bs = r132_sch({"name": "string", "age": "integer", "city": "string"})
        vs = r132_copy.deepcopy(bs)
        if r132_k == "desc":
            vs["properties"][r132_m]["description"] = r132_val
        elif r132_k == "title":
            vs["properties"][r132_m]["title"] = r132_val
        else:
            vs["properties"][r132_m].update(r132_val)
        be = {"name": nm, "age": age, "city": city}
        ve = dict(be)
        ve[r132_m] = r132_fn(nm, age, city)
        r132_pair("A1-%s-%d" % (r132_t, r132_rep), "A1_schema", bs, pr, be, vs, pr, ve, arg=r132_a)
for r132_i, (r132_t, r132_m, r132_k, r132_val) in enumerate(r132_A1safe):
    nm = "Jonas " + r132_nm()
    age = r132_AGES[r132_i % 5]
    pr = "Extract name, age and city as JSON.\nText:\nName: %s\nAge: %d\nCity: Oslo\n" % (nm, age)
    bs = r132_sch({"name": "string", "age": "integer", "city": "string"})
    vs = r132_copy.deepcopy(bs)
    if r132_k == "desc":
        vs["properties"][r132_m]["description"] = r132_val
    elif r132_k == "title":
        vs["properties"][r132_m]["title"] = r132_val
    elif r132_k == "order":
        vs = r132_sch({"name": "string", "age": "integer", "city": "string"}, order=["city", "age", "name"])
    else:
        vs["properties"][r132_m].update(r132_val)
    be = {"name": nm, "age": age, "city": "Oslo"}
    r132_pair("A1-%s" % r132_t, "A1_schema", bs, pr, be, vs, pr, be, safe=True)

# A2: two candidate values in the text; the description picks the other one
# doc kind: (instruction, lines fn(name), member, base value, alt value, props)
r132_A2_DOCS = {
    "prev": ("Extract name and city as JSON.", lambda n: ["Name: " + n, "City: Oslo", "Previous city: Bergen"],
             "city", "Oslo", "Bergen", {"name": "string", "city": "string"}),
    "bill": ("Extract name and address as JSON.",
             lambda n: ["Name: " + n, "Address: Storgata 1, Oslo", "Billing address: Kirkegata 5, Bergen"],
             "address", "Storgata 1, Oslo", "Kirkegata 5, Bergen", {"name": "string", "address": "string"}),
    "pax": ("Extract booking and passenger as JSON.",
            lambda n: ["Booking: " + n.upper()[:6], "Passenger: Ola Nordmann", "Passenger 2: Kari Nordmann"],
            "passenger", "Ola Nordmann", "Kari Nordmann", {"booking": "string", "passenger": "string"}),
    "vat": ("Extract product and price as JSON.",
            lambda n: ["Product: Kettle " + n, "Price: 100.00", "VAT: 25.00", "Total: 125.00"],
            "price", 100.0, 125.0, {"product": "string", "price": "number"}),
    "spouse": ("Extract name and age as JSON.",
               lambda n: ["Name: " + n, "Age: 41", "Spouse age: 39"],
               "age", 41, 39, {"name": "string", "age": "integer"}),
    "ship": ("Extract order and date as JSON.",
             lambda n: ["Order: " + n, "Date: 2026-03-04", "Shipped: 2026-03-09"],
             "date", "2026-03-04", "2026-03-09", {"order": "string", "date": "string"}),
}
r132_A2 = [
    ("prev", "desc", "the previous city", False), ("prev", "title", "Previous city", False),
    ("prev", "desc", "the city he moved from", False), ("prev", "desc", "forrige by", False),
    ("prev", "desc", "die vorherige Stadt", False), ("prev", "desc", "la ciudad anterior", False),
    ("prev", "desc", "la ville précédente", False), ("prev", "desc", "the city of former residence", False),
    ("prev", "desc", "city (use the previous one)", False),
    ("bill", "desc", "the billing address", False), ("bill", "title", "Billing address", False),
    ("bill", "desc", "the address invoices go to", False), ("bill", "desc", "Rechnungsadresse", False),
    ("bill", "desc", "fakturaadresse", False), ("bill", "desc", "dirección de facturación", False),
    ("bill", "desc", "adresse de facturation", False),
    ("bill", "desc", "the address for service of invoices hereunder", False),
    ("pax", "desc", "the second passenger's name", False), ("pax", "title", "Second passenger", False),
    ("pax", "desc", "the last passenger listed", False), ("pax", "desc", "zweiter Passagier", False),
    ("pax", "desc", "andre passasjer", False), ("pax", "desc", "el segundo pasajero", False),
    ("pax", "desc", "le deuxième passager", False), ("pax", "desc", "the co-traveller", True),
    ("vat", "desc", "price including VAT", False), ("vat", "title", "Gross price", False),
    ("vat", "desc", "the total to pay", False), ("vat", "desc", "Preis inkl. MwSt.", False),
    ("vat", "desc", "pris inkl. mva", False), ("vat", "desc", "precio con IVA", False),
    ("vat", "desc", "prix TTC", False), ("vat", "desc", "the consideration payable inclusive of VAT", False),
    ("spouse", "desc", "the spouse's age", False), ("spouse", "title", "Spouse age", False),
    ("spouse", "desc", "Alter des Ehepartners", False), ("spouse", "desc", "ektefellens alder", False),
    ("spouse", "desc", "la edad del cónyuge", False), ("spouse", "desc", "l'âge du conjoint", False),
    ("ship", "desc", "the shipping date", False), ("ship", "title", "Ship date", False),
    ("ship", "desc", "Versanddatum", False), ("ship", "desc", "sendingsdato", False),
    ("ship", "desc", "fecha de envío", False), ("ship", "desc", "date d'expédition", False),
]
r132_A2safe = [
    ("prev", "desc", "the current city"), ("prev", "desc", "the city he lives in now"), ("prev", "desc", "nåværende by"),
    ("bill", "desc", "the delivery address"), ("bill", "desc", "Lieferadresse"),
    ("pax", "desc", "the first passenger's name"), ("pax", "desc", "lead passenger"),
    ("vat", "desc", "price excluding VAT"), ("vat", "desc", "Nettopreis"), ("vat", "desc", "pris eks. mva"),
    ("spouse", "desc", "his own age"), ("ship", "desc", "the order date"), ("ship", "desc", "Bestelldatum"),
]
for r132_i, (r132_d, r132_k, r132_val, r132_a) in enumerate(r132_A2):
    ins, lines_fn, m, bv, av, props = r132_A2_DOCS[r132_d]
    nm = r132_nm()
    lines = lines_fn(nm)
    pr = ins + "\nText:\n" + "\n".join(lines) + "\n"
    bs = r132_sch(props)
    vs = r132_copy.deepcopy(bs)
    vs["properties"][m]["description" if r132_k == "desc" else "title"] = r132_val
    keys = list(props)
    be = {}
    for k in keys:
        if k == m:
            be[k] = bv
        else:
            be[k] = [ln.split(": ", 1)[1] for ln in lines if ln.lower().startswith(k)][0]
    ve = dict(be)
    ve[m] = av
    r132_pair("A2-%s-%d" % (r132_d, r132_i), "A2_schema_pick", bs, pr, be, vs, pr, ve, arg=r132_a)
    # single: the variant schema alone, the model copies the plain member's value
    r132_single("A2-%s-%d" % (r132_d, r132_i), "A2_schema_pick", vs,
                pr.replace(nm, r132_nm()) if False else pr.replace("Extract", "Please extract"),
                ve, be, arg=r132_a)
for r132_i, (r132_d, r132_k, r132_val) in enumerate(r132_A2safe):
    ins, lines_fn, m, bv, av, props = r132_A2_DOCS[r132_d]
    nm = r132_nm()
    lines = lines_fn(nm)
    pr = ins + "\nText:\n" + "\n".join(lines) + "\n"
    bs = r132_sch(props)
    vs = r132_copy.deepcopy(bs)
    vs["properties"][m]["description"] = r132_val
    be = {}
    for k in props:
        be[k] = bv if k == m else [ln.split(": ", 1)[1] for ln in lines if ln.lower().startswith(k)][0]
    r132_pair("A2s-%s-%d" % (r132_d, r132_i), "A2_schema_pick", bs, pr, be, vs, pr, be, safe=True)

# A3: contract with described members; the variant swaps descriptions to the other party / sum
r132_A3 = [
    # tag, name desc, amount desc, which name (L/T), which amount (R/D)
    ("tenant-en", "the tenant's name", "monthly rent", "T", "R"),
    ("deposit-en", "the landlord's name", "the deposit", "L", "D"),
    ("both-en", "the tenant's name", "the security deposit", "T", "D"),
    ("tenant-de", "Name des Mieters", "Monatsmiete", "T", "R"),
    ("dep-de", "Name des Vermieters", "Kaution", "L", "D"),
    ("tenant-no", "leietakers navn", "månedlig husleie", "T", "R"),
    ("dep-no", "utleiers navn", "depositum", "L", "D"),
    ("tenant-es", "nombre del inquilino", "alquiler mensual", "T", "R"),
    ("dep-es", "nombre del arrendador", "la fianza", "L", "D"),
    ("tenant-fr", "nom du locataire", "loyer mensuel", "T", "R"),
    ("dep-fr", "nom du bailleur", "dépôt de garantie", "L", "D"),
    ("legal-T", "the name of the party hereinafter referred to as the Lessee", "the rent", "T", "R"),
    ("legal-D", "the Lessor", "the sum held as security pursuant to clause 4", "L", "D"),
    ("legal-both", "the Party of the Second Part", "the security sum", "T", "D"),
]
r132_A3safe = [
    ("safe-en", "name of the landlord", "the rent per month"), ("safe-de", "Vermieter", "Miete"),
    ("safe-no", "utleier", "husleie"), ("safe-es", "el arrendador", "el alquiler"),
    ("safe-fr", "le bailleur", "le loyer"), ("safe-legal", "the Lessor", "the monthly rent payable hereunder"),
]
for r132_t, r132_nd, r132_ad, r132_wn, r132_wa in r132_A3 + [(t, a, b, "L", "R") for t, a, b in r132_A3safe]:
    ll = "Lars " + r132_nm()
    tt = "Ida " + r132_nm()
    pr = ("Contract summary as JSON.\nText:\nLandlord: %s\nTenant: %s\nRent: 9500\nDeposit: 28500\n" % (ll, tt))
    bs = r132_sch({"name": "string", "amount": "number"}, {"name": "the landlord's name", "amount": "monthly rent"})
    vs = r132_sch({"name": "string", "amount": "number"}, {"name": r132_nd, "amount": r132_ad})
    be = {"name": ll, "amount": 9500}
    ve = {"name": ll if r132_wn == "L" else tt, "amount": 9500 if r132_wa == "R" else 28500}
    r132_pair("A3-" + r132_t, "A3_contract_desc", bs, pr, be, vs, pr, ve, safe=r132_t.startswith("safe"))

# A4: formats/patterns/enums that change the value's form
r132_A4 = [
    ("date-fmt", {"order": "string", "date": "string"}, "date", {"format": "date"}, "4 March 2026", "2026-03-04"),
    ("date-iso-d", {"order": "string", "date": "string"}, "date", {"description": "ISO 8601 date"},
     "4 March 2026", "2026-03-04"),
    ("date-pat", {"order": "string", "date": "string"}, "date", {"pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
     "4 March 2026", "2026-03-04"),
    ("date-de", {"order": "string", "date": "string"}, "date", {"description": "Datum im Format TT.MM.JJJJ"},
     "4 March 2026", "04.03.2026"),
    ("date-prev", {"order": "string", "date": "string"}, "date", {"description": "the day before this date"},
     "4 March 2026", "3 March 2026"),
    ("size-enum", {"order": "string", "size": "string"}, "size", {"enum": ["small", "medium", "large"]},
     "M", "medium"),
    ("size-enum2", {"order": "string", "size": "string"}, "size", {"enum": ["S", "M", "L"],
                                                                   "description": "one size larger"}, "M", "L"),
    ("size-desc", {"order": "string", "size": "string"}, "size", {"description": "the size spelled out in full"},
     "M", "medium"),
    ("paid-neg", {"order": "string", "paid": "boolean"}, "paid", {"description": "true if the order is NOT paid"},
     True, False),
    ("paid-title", {"order": "string", "paid": "boolean"}, "paid", {"title": "Unpaid"}, True, False),
    ("paid-de", {"order": "string", "paid": "boolean"}, "paid", {"description": "offen (noch nicht bezahlt)"},
     True, False),
    ("paid-no", {"order": "string", "paid": "boolean"}, "paid", {"description": "sant hvis ordren er ubetalt"},
     True, False),
    ("paid-const", {"order": "string", "paid": "boolean"}, "paid", {"const": False}, True, r132_NR),
    ("qty-cents", {"order": "string", "total": "number"}, "total", {"description": "the total in cents"},
     12.5, 1250),
    ("qty-cents-t", {"order": "string", "total": "number"}, "total", {"title": "Total (cents)"}, 12.5, 1250),
    ("qty-int", {"order": "string", "total": "number"}, "total", {"type": "integer",
                                                                  "description": "in øre"}, 12.5, 1250),
    ("qty-half", {"order": "string", "total": "number"}, "total", {"description": "half the total (split bill)"},
     12.5, 6.25),
]
r132_A4_lines = {"date": "Date: 4 March 2026", "size": "Size: M", "paid": "Paid: yes", "total": "Total: 12.50"}
for r132_t, r132_props, r132_m, r132_ex, r132_bv, r132_av in r132_A4:
    for r132_rep in range(2):
        on = "ORD-" + r132_nm()
        pr = "Extract order and %s as JSON.\nText:\nOrder: %s\n%s\n" % (r132_m, on, r132_A4_lines[r132_m])
        bs = r132_sch(r132_props)
        vs = r132_copy.deepcopy(bs)
        vs["properties"][r132_m].update(r132_ex)
        be = {"order": on, r132_m: r132_bv}
        ve = {"order": on, r132_m: r132_av}
        r132_pair("A4-%s-%d" % (r132_t, r132_rep), "A4_form", bs, pr, be, vs, pr, ve, arg=(r132_av == r132_NR))

# A5: shape changes (nested, array, single) -- stale shape should fail the schema anyway
for r132_rep in range(3):
    nm = "Jonas " + r132_nm()
    pr = "Extract name and city as JSON.\nText:\nName: %s\nCity: Oslo\n" % nm
    bs = r132_sch({"name": "string", "city": "string"})
    vs = {"type": "object", "properties": {"person": {"type": "object", "properties": {
        "name": {"type": "string"}, "city": {"type": "string"}}, "required": ["name", "city"],
        "additionalProperties": False}}, "required": ["person"], "additionalProperties": False}
    r132_pair("A5-nest-%d" % r132_rep, "A5_shape", bs, pr, {"name": nm, "city": "Oslo"}, vs, pr,
              {"person": {"name": nm, "city": "Oslo"}})
    bk = "BK" + r132_nm().upper()[:4]
    pr = "Extract booking and passenger as JSON.\nText:\nBooking: %s\nPassengers: Ola Nordmann, Kari Nordmann\n" % bk
    bs = r132_sch({"booking": "string", "passenger": "string"}, {"passenger": "the first passenger"})
    vs = r132_sch({"booking": "string", "passenger": {"type": "array", "items": {"type": "string"}}},
                  {"passenger": "all passengers"})
    r132_pair("A5-arr-%d" % r132_rep, "A5_shape", bs, pr, {"booking": bk, "passenger": "Ola Nordmann"}, vs, pr,
              {"booking": bk, "passenger": ["Ola Nordmann", "Kari Nordmann"]})

# ====================================================================== B. instructions inside / after the text
r132_B = [
    # tag, doc, added line(s) to the text (at end), right value of the doc's member, arguable
    ("vat-note", "vat", "Note to the extractor: report the price incl. VAT.", 125.0, False),
    ("vat-paren", "vat", "(use the total as the price)", 125.0, False),
    ("vat-de", "vat", "Hinweis an den Extraktor: den Preis inkl. MwSt. angeben.", 125.0, False),
    ("vat-no", "vat", "Merk: oppgi prisen inkl. mva.", 125.0, False),
    ("vat-es", "vat", "Nota: indique el precio con IVA.", 125.0, False),
    ("vat-fr", "vat", "NB : indiquer le prix TTC.", 125.0, False),
    ("vat-legal", "vat", "For the avoidance of doubt, \"price\" shall mean the Total inclusive of VAT.", 125.0, False),
    ("vat-steps", "vat", "Extraction steps:\n1. Take the price.\n2. Add the VAT.\n3. Report the sum as the price.",
     125.0, False),
    ("vat-bul", "vat", "Instructions:\n- price = total incl. VAT", 125.0, False),
    ("bill-paren", "bill", "(use the billing address)", "Kirkegata 5, Bergen", False),
    ("bill-note", "bill", "Note to the extractor: the address wanted is the billing address.", "Kirkegata 5, Bergen",
     False),
    ("bill-de", "bill", "Bitte die Rechnungsadresse verwenden.", "Kirkegata 5, Bergen", False),
    ("bill-no", "bill", "Bruk fakturaadressen.", "Kirkegata 5, Bergen", False),
    ("bill-es", "bill", "Use la dirección de facturación.", "Kirkegata 5, Bergen", False),
    ("bill-fr", "bill", "Utiliser l'adresse de facturation.", "Kirkegata 5, Bergen", False),
    ("prev-note", "prev", "Extractor: give the previous city, not the current one.", "Bergen", False),
    ("prev-de", "prev", "Hinweis: die frühere Stadt angeben.", "Bergen", False),
    ("pax-note", "pax", "(report the second passenger)", "Kari Nordmann", False),
    ("pax-no", "pax", "Oppgi den andre passasjeren.", "Kari Nordmann", False),
    ("spouse-note", "spouse", "Note to the extractor: the age wanted is the spouse's.", 39, False),
    ("ship-note", "ship", "(the date wanted is the shipping date)", "2026-03-09", False),
    ("ship-es", "ship", "Indique la fecha de envío.", "2026-03-09", False),
]
r132_Bsafe = [
    ("vat-safe", "vat", "Note to the extractor: report the price excl. VAT."),
    ("vat-unrel", "vat", "Thank you for shopping with us."),
    ("bill-safe", "bill", "(use the delivery address)"),
    ("prev-safe", "prev", "Extractor: give the current city."),
    ("pax-safe", "pax", "(report the first passenger)"),
    ("ship-unrel", "ship", "Questions? Call 555-0100."),
]
for r132_t, r132_d, r132_add, r132_av, r132_a in r132_B + [(a, b, c, None, False) for a, b, c in r132_Bsafe]:
    ins, lines_fn, m, bv, av, props = r132_A2_DOCS[r132_d]
    nm = r132_nm()
    lines = lines_fn(nm)
    bpr = ins + "\nText:\n" + "\n".join(lines) + "\n"
    vpr = ins + "\nText:\n" + "\n".join(lines) + "\n" + r132_add + "\n"
    bs = r132_sch(props)
    be = {k: (bv if k == m else [ln.split(": ", 1)[1] for ln in lines if ln.lower().startswith(k)][0]) for k in props}
    safe = r132_av is None
    ve = dict(be)
    if not safe:
        ve[m] = r132_av
    r132_pair("B-" + r132_t, "B_text_instr", bs, bpr, be, bs, vpr, ve, arg=r132_a, safe=safe)
    if not safe:
        # hidden in the middle (after the first line)
        vpr2 = ins + "\nText:\n" + lines[0] + "\n" + r132_add + "\n" + "\n".join(lines[1:]) + "\n"
        nm2 = r132_nm()
        lines2 = lines_fn(nm2)
        bpr2 = ins + "\nText:\n" + "\n".join(lines2) + "\n"
        vpr2 = ins + "\nText:\n" + lines2[0] + "\n" + r132_add + "\n" + "\n".join(lines2[1:]) + "\n"
        be2 = {k: (bv if k == m else [ln.split(": ", 1)[1] for ln in lines2 if ln.lower().startswith(k)][0])
               for k in props}
        ve2 = dict(be2)
        ve2[m] = r132_av
        r132_pair("B-mid-" + r132_t, "B_text_instr", bs, bpr2, be2, bs, vpr2, ve2, arg=r132_a)

# B2: footnotes and scale notes (text changes value's meaning)
r132_B2 = [
    ("cents-star", "Price: 12500*", "* amounts in cents", 125.0),
    ("cents-sup", "Price: 12500¹", "¹ in cents", 125.0),
    ("cents-all", "Price: 12500", "(all amounts in cents)", 125.0),
    ("cents-no", "Price: 12500", "Beløp i øre.", 125.0),
    ("cents-de", "Price: 12500", "Beträge in Cent.", 125.0),
    ("cents-es", "Price: 12500", "Importes en céntimos.", 125.0),
    ("cents-fr", "Price: 12500", "Montants en centimes.", 125.0),
    ("k-star", "Price: 12500*", "* in thousands", 12500000.0),
    ("corr-below", "Price: 12500", "Corrected price: 11000", 11000.0),
]
for r132_t, r132_pl, r132_fn_, r132_av in r132_B2:
    pn = "Kettle " + r132_nm()
    bpr = "Extract product and price as JSON.\nText:\nProduct: %s\nPrice: 12500\n" % pn
    vpr = "Extract product and price as JSON.\nText:\nProduct: %s\n%s\n\n%s\n" % (pn, r132_pl, r132_fn_)
    bs = r132_sch({"product": "string", "price": "number"})
    r132_pair("B2-" + r132_t, "B2_footnote", bs, bpr, {"product": pn, "price": 12500}, bs, vpr,
              {"product": pn, "price": r132_av})

# B3: instructions after the text ("..., and use the corrected value below")
r132_B3 = [
    ("corr-en", "Extract name and age as JSON, and use the corrected value below.", "Corrected age: %d", 2),
    ("corr-en2", "Extract name and age as JSON.", "Use the corrected value below.\nAge (corrected): %d", 2),
    ("corr-de", "Extrahiere Name und Alter als JSON und verwende den korrigierten Wert unten.", "Korrigiert: %d", 2),
    ("corr-no", "Hent ut navn og alder som JSON, og bruk den rettede verdien nedenfor.", "Rettet alder: %d", 2),
    ("corr-es", "Extrae nombre y edad como JSON y usa el valor corregido de abajo.", "Edad corregida: %d", 2),
    ("corr-fr", "Extrais le nom et l'âge en JSON, en utilisant la valeur corrigée ci-dessous.", "Âge corrigé : %d", 2),
    ("corr-legal", "Extract name and age as JSON; provided that any Corrigendum below shall prevail.",
     "Corrigendum: age %d", 2),
    ("corr-steps", "Steps:\n1. Extract name and age as JSON.\n2. Then replace the age with the one after the text.",
     "%d", 2),
]
for r132_t, r132_ins, r132_after, r132_d in r132_B3:
    nm = "Siv " + r132_nm()
    bpr = "Extract name and age as JSON.\nText:\nName: %s\nAge: 34\n" % nm
    vpr = "%s\nText:\nName: %s\nAge: 34\n\n%s\n" % (r132_ins, nm, r132_after % (34 + r132_d))
    bs = r132_sch({"name": "string", "age": "integer"})
    r132_pair("B3-" + r132_t, "B3_after", bs, bpr, {"name": nm, "age": 34}, bs, vpr, {"name": nm, "age": 34 + r132_d})

# ====================================================================== C. instruction changes, languages, record picks
# C1: instruction only changes, same text and schema
r132_C1 = [
    # tag, instruction, fn(age) -> value, arguable
    ("months-en", "Extract name, age in months and city as JSON.", lambda a: a * 12, False),
    ("months-de", "Extrahiere Name, Alter in Monaten und Stadt als JSON.", lambda a: a * 12, False),
    ("months-no", "Hent ut navn, alder i måneder og by som JSON.", lambda a: a * 12, False),
    ("months-es", "Extrae nombre, edad en meses y ciudad como JSON.", lambda a: a * 12, False),
    ("months-fr", "Extrais nom, âge en mois et ville en JSON.", lambda a: a * 12, False),
    ("next-en", "Extract name, city and the age he will be next year as JSON.", lambda a: a + 1, False),
    ("next-de", "Gib Name, Stadt und sein Alter im nächsten Jahr als JSON.", lambda a: a + 1, False),
    ("next-no", "Gi navn, by og alderen hans neste år som JSON.", lambda a: a + 1, False),
    ("legal", "Extract the name, the city, and the age which the Data Subject shall attain on his next birthday.",
     lambda a: a + 1, False),
    ("bullets", "Extract as JSON:\n- name\n- age (in months)\n- city", lambda a: a * 12, False),
    ("numbered", "1. Read the card.\n2. Take the age.\n3. Add ten years.\n4. Return name, age and city as JSON.",
     lambda a: a + 10, False),
    ("bul-de", "Als JSON:\n- Name\n- Alter in Monaten\n- Stadt", lambda a: a * 12, False),
    ("bul-no", "Som JSON:\n• navn\n• alder om fem år\n• by", lambda a: a + 5, False),
]
r132_C1safe = [
    ("s-para", "Give name, age and city as JSON."),
    ("s-de", "Extrahiere Name, Alter und Stadt als JSON."),
    ("s-no", "Hent ut navn, alder og by som JSON."),
    ("s-es", "Extrae nombre, edad y ciudad como JSON."),
    ("s-fr", "Extrais le nom, l'âge et la ville en JSON."),
    ("s-bul", "Extract as JSON:\n- name\n- age\n- city"),
    ("s-num", "1. Read the card.\n2. Return name, age and city as JSON."),
    ("s-legal", "Extract, for the purposes hereof, the name, age and city of the Data Subject."),
    ("s-years", "Extract name, age in years and city as JSON."),
]
for r132_i, (r132_t, r132_ins, r132_fn, r132_a) in enumerate(r132_C1 + [(a, b, None, False) for a, b in r132_C1safe]):
    nm = "Jonas " + r132_nm()
    age = r132_AGES[r132_i % 5]
    txt = "\nText:\nName: %s\nAge: %d\nCity: Oslo\n" % (nm, age)
    bs = r132_sch({"name": "string", "age": "integer", "city": "string"})
    be = {"name": nm, "age": age, "city": "Oslo"}
    ve = dict(be)
    if r132_fn:
        ve["age"] = r132_fn(age)
    r132_pair("C1-" + r132_t, "C1_instr", bs, "Extract name, age and city as JSON." + txt, be, bs,
              r132_ins + txt, ve, arg=r132_a, safe=r132_fn is None)

# C1b: the instruction picks another candidate value in the text, in languages/registers
r132_C1b = [
    ("prev", "Extract name and previous city as JSON.", "Bergen"),
    ("prev", "Extrahiere Name und frühere Stadt als JSON.", "Bergen"),
    ("prev", "Hent ut navn og forrige by som JSON.", "Bergen"),
    ("prev", "Extrae el nombre y la ciudad anterior como JSON.", "Bergen"),
    ("prev", "Extrais le nom et la ville précédente en JSON.", "Bergen"),
    ("prev", "Extract as JSON:\n- name\n- city (the one before the move)", "Bergen"),
    ("bill", "Extract name and billing address as JSON.", "Kirkegata 5, Bergen"),
    ("bill", "Extrahiere Name und Rechnungsadresse als JSON.", "Kirkegata 5, Bergen"),
    ("bill", "Hent ut navn og fakturaadresse som JSON.", "Kirkegata 5, Bergen"),
    ("bill", "Extract the name and the address to which invoices shall be addressed hereunder.",
     "Kirkegata 5, Bergen"),
    ("bill", "1. Find the billing address.\n2. Return name and address as JSON.", "Kirkegata 5, Bergen"),
    ("pax", "Extract booking and the second passenger as JSON.", "Kari Nordmann"),
    ("pax", "Extract booking and the last passenger as JSON.", "Kari Nordmann"),
    ("pax", "Extrahiere Buchung und den zweiten Passagier als JSON.", "Kari Nordmann"),
    ("pax", "Hent ut bestilling og den andre passasjeren som JSON.", "Kari Nordmann"),
    ("pax", "Extrae la reserva y el segundo pasajero como JSON.", "Kari Nordmann"),
    ("vat", "Extract product and price including VAT as JSON.", 125.0),
    ("vat", "Extract product and price incl. VAT as JSON.", 125.0),
    ("vat", "Extrahiere Produkt und Bruttopreis als JSON.", 125.0),
    ("vat", "Hent ut produkt og pris inkl. mva som JSON.", 125.0),
    ("vat", "Extrae producto y precio con IVA como JSON.", 125.0),
    ("vat", "Extrais le produit et le prix TTC en JSON.", 125.0),
    ("vat", "Extract the product and the consideration payable inclusive of VAT.", 125.0),
    ("vat", "Extract as JSON:\n- product\n- price (with VAT)", 125.0),
    ("spouse", "Extract name and the spouse's age as JSON.", 39),
    ("spouse", "Extrahiere Name und das Alter der Ehefrau als JSON.", 39),
    ("spouse", "Hent ut navn og ektefellens alder som JSON.", 39),
    ("ship", "Extract order and shipping date as JSON.", "2026-03-09"),
    ("ship", "Extrahiere Bestellung und Versanddatum als JSON.", "2026-03-09"),
    ("ship", "Hent ut ordre og sendingsdato som JSON.", "2026-03-09"),
]
r132_C1bsafe = [
    ("prev", "Extract name and current city as JSON."), ("prev", "Extrahiere Name und aktuelle Stadt als JSON."),
    ("bill", "Extract name and delivery address as JSON."), ("pax", "Extract booking and the first passenger as JSON."),
    ("vat", "Extract product and net price as JSON."), ("vat", "Extract product and price excl. VAT as JSON."),
    ("spouse", "Extract name and his own age as JSON."), ("ship", "Extract order and order date as JSON."),
]
for r132_i, (r132_d, r132_ins, r132_av) in enumerate(r132_C1b + [(a, b, None) for a, b in r132_C1bsafe]):
    ins, lines_fn, m, bv, av, props = r132_A2_DOCS[r132_d]
    nm = r132_nm()
    lines = lines_fn(nm)
    txt = "\nText:\n" + "\n".join(lines) + "\n"
    bs = r132_sch(props)
    be = {k: (bv if k == m else [ln.split(": ", 1)[1] for ln in lines if ln.lower().startswith(k)][0]) for k in props}
    ve = dict(be)
    if r132_av is not None:
        ve[m] = r132_av
    r132_pair("C1b-%s-%d" % (r132_d, r132_i), "C1b_instr_pick", bs, ins + txt, be, bs, r132_ins + txt, ve,
              safe=r132_av is None)

# C2: record picks
r132_ORD = [("Lamp", "Bergen", 40, "cancelled"), ("Chair", "Oslo", 25, "shipped"), ("Desk", "Trondheim", 90, "cancelled")]
r132_C2 = [
    ("last", "Extract the last order as JSON.", 2),
    ("cheap", "Extract the cheapest order as JSON.", 1),
    ("oslo", "Extract the order from Oslo as JSON.", 1),
    ("notcanc", "Extract the order that was not cancelled as JSON.", 1),
    ("dear", "Extract the most expensive order as JSON.", 2),
    ("last-de", "Extrahiere die letzte Bestellung als JSON.", 2),
    ("cheap-no", "Hent ut den billigste ordren som JSON.", 1),
    ("oslo-es", "Extrae el pedido de Oslo como JSON.", 1),
    ("notcanc-fr", "Extrais la commande non annulée en JSON.", 1),
    ("second", "Extract the second order as JSON.", 1),
    ("legal", "Extract the order, being the one not subject to cancellation, as JSON.", 1),
    ("bul", "Extract as JSON:\n- the order with status shipped", 1),
    ("num", "1. Skip cancelled orders.\n2. Return the remaining order as JSON.", 1),
]
r132_C2safe = [("s-first", "Extract order 1 as JSON."), ("s-firstde", "Extrahiere die erste Bestellung als JSON."),
               ("s-lamp", "Extract the Lamp order as JSON.")]


def r132_orders(tag):
    lines = []
    for i, (it, c, p, s) in enumerate(r132_ORD):
        lines.append("%d) Item: %s %s, City: %s, Price: %d, Status: %s" % (i + 1, it, tag, c, p, s))
    return "Orders:\n" + "\n".join(lines) + "\n"


def r132_oexp(i, tag):
    it, c, p, s = r132_ORD[i]
    return {"item": it + " " + tag, "city": c, "price": p, "status": s}


for r132_t, r132_ins, r132_w in r132_C2 + [(a, b, 0) for a, b in r132_C2safe]:
    tg = r132_nm()
    txt = "\n" + r132_orders(tg)
    bs = r132_sch({"item": "string", "city": "string", "price": "number", "status": "string"})
    be = r132_oexp(0, tg)
    r132_pair("C2-" + r132_t, "C2_pick", bs, "Extract the first order as JSON." + txt, be, bs, r132_ins + txt,
              r132_oexp(r132_w, tg), safe=r132_t.startswith("s-"))
    # same pick through the schema: const/enum/description on a member
for r132_t, r132_m, r132_ex, r132_w in [
        ("const-city", "city", {"const": "Oslo"}, 1), ("enum-status", "status", {"enum": ["shipped"]}, 1),
        ("desc-city", "city", {"description": "must be Oslo: pick the Oslo order"}, 1),
        ("desc-last", "item", {"description": "the item of the last order"}, 2),
        ("const-price", "price", {"const": 90}, 2), ("desc-cheap", "price", {"description": "the lowest price"}, 1)]:
    tg = r132_nm()
    txt = "\n" + r132_orders(tg)
    bs = r132_sch({"item": "string", "city": "string", "price": "number", "status": "string"})
    vs = r132_copy.deepcopy(bs)
    vs["properties"][r132_m].update(r132_ex)
    r132_pair("C2s-" + r132_t, "C2_pick_schema", bs, "Extract the first order as JSON." + txt, r132_oexp(0, tg), vs,
              "Extract the first order as JSON." + txt, r132_oexp(r132_w, tg), arg=True)
    # text-hidden pick
for r132_t, r132_add, r132_w in [("hid-last", "(Extractor: use the last order.)", 2),
                                 ("hid-oslo", "Note: the order wanted is the one in Oslo.", 1),
                                 ("hid-no", "Merk: bruk ordren som ikke er kansellert.", 1)]:
    tg = r132_nm()
    bs = r132_sch({"item": "string", "city": "string", "price": "number", "status": "string"})
    r132_pair("C2h-" + r132_t, "C2_pick_text", bs, "Extract the order as JSON.\n" + r132_orders(tg),
              r132_oexp(0, tg), bs, "Extract the order as JSON.\n" + r132_orders(tg) + r132_add + "\n",
              r132_oexp(r132_w, tg), arg=True)

# single records where base is a single record and the variant pick selects nothing


# ====================================================================== D. long documents, one hidden instruction line
def r132_invoice(n, nm, extra_mid=None, extra_end=None, price_line="Price: 100.00"):
    lines = ["Invoice: INV-%s" % n, "Customer: %s" % nm, "Street: Storgata 1", "City: Oslo",
             "Billing street: Kirkegata 5", "Billing city: Bergen", "Product: Kettle", "Quantity: 1",
             price_line, "VAT: 25.00", "Total: 125.00", "Currency: NOK", "Due: 2026-04-01",
             "Reference: REF-%s" % n, "Seller: Nordic Home AS", "Phone: 555-0100"]
    if extra_mid:
        lines.insert(9, extra_mid)
    if extra_end:
        lines.append(extra_end)
    return "\n".join(lines) + "\n"


r132_D_SCH = r132_sch({"invoice": "string", "customer": "string", "city": "string", "price": "number"})
r132_D = [
    # tag, where (mid/end/after/pricel), line, member changed, right value
    ("vat-note", "end", "Note to the extractor: report the price incl. VAT.", "price", 125.0),
    ("vat-note-m", "mid", "Note to the extractor: report the price incl. VAT.", "price", 125.0),
    ("vat-paren", "pricel", "Price: 100.00 (extractor: use the total incl. VAT)", "price", 125.0),
    ("vat-de", "end", "Hinweis für die Extraktion: Preis inkl. MwSt. angeben.", "price", 125.0),
    ("vat-no", "end", "Merknad: oppgi pris inkludert mva.", "price", 125.0),
    ("vat-es", "end", "Nota para el extractor: indique el precio con IVA.", "price", 125.0),
    ("vat-fr", "end", "Note pour l'extracteur : indiquer le prix TTC.", "price", 125.0),
    ("vat-legal", "end", "For the purposes of any extraction hereof, \"price\" shall mean the Total.", "price", 125.0),
    ("vat-steps", "end", "Extraction: 1. take the price 2. add the VAT 3. report that as the price", "price", 125.0),
    ("vat-bul", "end", "Extraction rules:\n- price: total incl. VAT", "price", 125.0),
    ("vat-after", "after", "Report the price incl. VAT.", "price", 125.0),
    ("vat-after-de", "after", "Den Preis bitte inkl. MwSt. angeben.", "price", 125.0),
    ("vat-after-no", "after", "Oppgi prisen inkl. mva.", "price", 125.0),
    ("bill-paren", "end", "(use the billing address)", "city", "Bergen"),
    ("bill-paren-m", "mid", "(use the billing address)", "city", "Bergen"),
    ("bill-note", "end", "Note to the extractor: the city wanted is the billing city.", "city", "Bergen"),
    ("bill-de", "end", "Bitte die Rechnungsadresse verwenden.", "city", "Bergen"),
    ("bill-no", "end", "Bruk fakturaadressen.", "city", "Bergen"),
    ("bill-es", "end", "Use la dirección de facturación.", "city", "Bergen"),
    ("bill-fr", "end", "Utiliser l'adresse de facturation.", "city", "Bergen"),
    ("bill-legal", "end", "Notices and extractions hereunder shall use the billing address.", "city", "Bergen"),
    ("bill-after", "after", "Use the billing address.", "city", "Bergen"),
    ("bill-after-no", "after", "Bruk fakturaadressen.", "city", "Bergen"),
    ("cents-foot", "pricel+foot", "Price: 10000*|* amounts in cents", "price", 100.0),
    ("cents-foot-no", "pricel+foot", "Price: 10000*|* beløp i øre", "price", 100.0),
    ("corr-after", "after", "Use the corrected value below.\nCorrected price: 90.00", "price", 90.0),
    ("corr-end", "end", "Correction (use this value): price 90.00", "price", 90.0),
]
r132_Dsafe = [
    ("s-unrel", "end", "Thank you for your business."), ("s-excl", "end", "Note to the extractor: report the price excl. VAT."),
    ("s-deliv", "end", "(use the street address)"), ("s-de", "end", "Vielen Dank für Ihren Einkauf."),
    ("s-after", "after", "Report the price without VAT."),
]
for r132_t, r132_w, r132_ln, r132_m, r132_av in r132_D + [(a, b, c, None, None) for a, b, c in r132_Dsafe]:
    for r132_rep in range(2):
        n = str(4100 + r132_n[0])
        nm = "Ida " + r132_nm()
        ins = "Extract invoice, customer, city and price as JSON.\nText:\n"
        bpr = ins + r132_invoice(n, nm)
        if r132_w == "end":
            vpr = ins + r132_invoice(n, nm, extra_end=r132_ln)
        elif r132_w == "mid":
            vpr = ins + r132_invoice(n, nm, extra_mid=r132_ln)
        elif r132_w == "pricel":
            vpr = ins + r132_invoice(n, nm, price_line=r132_ln)
        elif r132_w == "pricel+foot":
            pl, ft = r132_ln.split("|")
            bpr = ins + r132_invoice(n, nm, price_line=pl.replace("*", ""))
            vpr = ins + r132_invoice(n, nm, price_line=pl, extra_end="\n" + ft)
        else:
            vpr = bpr + "\n" + r132_ln + "\n"
        be = {"invoice": "INV-" + n, "customer": nm, "city": "Oslo", "price": 100.0}
        if r132_w == "pricel+foot":
            be["price"] = 10000.0
        ve = dict(be)
        if r132_m:
            ve[r132_m] = r132_av
        r132_pair("D-%s-%d" % (r132_t, r132_rep), "D_long_text_instr", r132_D_SCH, bpr, be, r132_D_SCH, vpr, ve,
                  safe=r132_m is None)

# ====================================================================== E. several records, base picked by name
r132_CUS = [("Ada Kovac", "Split", 4, "active"), ("Bruno Diaz", "Oslo", 9, "cancelled"),
            ("Chen Wei", "Suzhou", 2, "active")]


def r132_custs(tag):
    return "Customers:\n" + "\n".join("%d) Name: %s %s, City: %s, Orders: %d, Status: %s" % (
        i + 1, a, tag, c, o, s) for i, (a, c, o, s) in enumerate(r132_CUS)) + "\n"


def r132_cexp(i, tag):
    a, c, o, s = r132_CUS[i]
    return {"name": a + " " + tag, "city": c, "orders": o, "status": s}


r132_E_BASES = [("nm", "Extract the customer named Ada Kovac {t} as JSON."),
                ("c1", "Extract customer 1 as JSON."),
                ("split", "Extract the customer from Split as JSON.")]
r132_E = [
    ("last", "Extract the last customer as JSON.", 2), ("c3", "Extract customer 3 as JSON.", 2),
    ("chen", "Extract the customer named Chen Wei {t} as JSON.", 2),
    ("oslo", "Extract the customer from Oslo as JSON.", 1), ("suz", "Extract the customer from Suzhou as JSON.", 2),
    ("most", "Extract the customer with the most orders as JSON.", 1),
    ("least", "Extract the customer with the fewest orders as JSON.", 2),
    ("canc", "Extract the cancelled customer as JSON.", 1),
    ("c3-de", "Extrahiere Kunde 3 als JSON.", 2), ("oslo-no", "Hent ut kunden fra Oslo som JSON.", 1),
    ("last-es", "Extrae el último cliente como JSON.", 2), ("c2-fr", "Extrais le client 2 en JSON.", 1),
    ("oslo-de", "Extrahiere den Kunden aus Oslo als JSON.", 1),
    ("legal", "Extract the customer hereinafter designated as No. 3 as JSON.", 2),
    ("bul", "Extract as JSON:\n- the customer from Oslo", 1),
    ("num", "1. Find customer 2.\n2. Return that customer as JSON.", 1),
    ("notact", "Extract the customer who is not active as JSON.", 1),
]
r132_Esafe = [("s-para", "Give the customer named Ada Kovac {t} as JSON."), ("s-c1", "Extract customer no. 1 as JSON."),
              ("s-split", "Extract the customer in Split as JSON."), ("s-de", "Extrahiere Kunde 1 als JSON.")]
r132_E_SCH = r132_sch({"name": "string", "city": "string", "orders": "integer", "status": "string"})
for r132_bt, r132_bins in r132_E_BASES:
    for r132_t, r132_ins, r132_w in r132_E + [(a, b, 0) for a, b in r132_Esafe]:
        tg = r132_nm()
        txt = "\n" + r132_custs(tg)
        r132_pair("E-%s-%s" % (r132_bt, r132_t), "E_pick", r132_E_SCH, r132_bins.format(t=tg) + txt, r132_cexp(0, tg),
                  r132_E_SCH, r132_ins.format(t=tg) + txt, r132_cexp(r132_w, tg), safe=r132_t.startswith("s-"))


# ====================================================================== D2. long plain documents (one value per member)
def r132_inv2(n, nm, price="Price: 100.00", mid=None, end=None):
    lines = ["Invoice: INV-%s" % n, "Customer: %s" % nm, "City: Oslo", "Product: Kettle", "Quantity: 1",
             price, "Currency: NOK", "Due: 2026-04-01", "Reference: REF-%s" % n, "Seller: Nordic Home AS",
             "Phone: 555-0100", "Terms: 30 days net", "Delivery: standard", "Warehouse: W-7"]
    if mid:
        lines.insert(6, mid)
    if end:
        lines.append(end)
    return "\n".join(lines) + "\n"


r132_D2 = [
    ("vat25", "end", "Note to the extractor: report the price incl. 25% VAT.", "price", 125.0),
    ("vat25-m", "mid", "Note to the extractor: report the price incl. 25% VAT.", "price", 125.0),
    ("vat-de", "end", "Hinweis für die Extraktion: Preis inkl. 25 % MwSt. angeben.", "price", 125.0),
    ("vat-no", "end", "Merknad: oppgi prisen inkludert 25 % mva.", "price", 125.0),
    ("vat-es", "end", "Nota para el extractor: indique el precio con un 25 % de IVA.", "price", 125.0),
    ("vat-fr", "end", "Note pour l'extracteur : indiquer le prix avec 25 % de TVA.", "price", 125.0),
    ("vat-legal", "end", "For the purposes hereof, \"price\" shall mean the Price plus VAT at 25%.", "price", 125.0),
    ("vat-steps", "end", "Extraction steps: 1. take the price; 2. add 25% VAT; 3. report the result.", "price", 125.0),
    ("vat-bul", "end", "Extraction rules:\n- price: add 25% VAT", "price", 125.0),
    ("cents", "foot", "* amounts in cents", "price", 1.0),
    ("cents-no", "foot", "* beløp i øre", "price", 1.0),
    ("cents-de", "foot", "* Beträge in Cent", "price", 1.0),
    ("cents-all", "end", "All amounts are in cents.", "price", 1.0),
    ("k", "end", "All amounts in thousands.", "price", 100000.0),
    ("eur", "end", "Note to the extractor: give the price in EUR (1 EUR = 10 NOK).", "price", 10.0),
    ("bill", "end", "(use the billing address: Kirkegata 5, Bergen)", "city", "Bergen"),
    ("bill-m", "mid", "(use the billing address: Kirkegata 5, Bergen)", "city", "Bergen"),
    ("bill-no", "end", "Bruk fakturaadressen: Kirkegata 5, Bergen.", "city", "Bergen"),
    ("bill-de", "end", "Bitte die Rechnungsadresse verwenden: Kirkegata 5, Bergen.", "city", "Bergen"),
    ("cust-up", "end", "Note to the extractor: write the customer's name in capitals.", "customer", "UP"),
    ("cust-sur", "end", "Note to the extractor: give the customer's surname only.", "customer", "SUR"),
    ("inv-num", "end", "Note to the extractor: give the invoice number without the INV- prefix.", "invoice", "NUM"),
    ("corr", "end", "Use the corrected value below.\nCorrected price: 90.00", "price", 90.0),
    ("after-vat", "after", "Report the price incl. 25% VAT.", "price", 125.0),
    ("after-vat-no", "after", "Oppgi prisen inkl. 25 % mva.", "price", 125.0),
    ("after-bill", "after", "Use the billing city, Bergen.", "city", "Bergen"),
    ("after-cents", "after", "The amounts above are in cents.", "price", 1.0),
]
r132_D2safe = [("s-unrel", "end", "Thank you for your business."), ("s-excl", "end", "Note: prices exclude VAT."),
               ("s-no", "end", "Takk for handelen."), ("s-after", "after", "Report the price as stated.")]
r132_D2_SCH = r132_sch({"invoice": "string", "customer": "string", "city": "string", "price": "number"})
for r132_t, r132_w, r132_ln, r132_m, r132_av in r132_D2 + [(a, b, c, None, None) for a, b, c in r132_D2safe]:
    for r132_rep in range(2):
        n = str(5100 + r132_n[0])
        nm = "Ida " + r132_nm()
        ins = "Extract invoice, customer, city and price as JSON.\nText:\n"
        bpr = ins + r132_inv2(n, nm)
        if r132_w == "end":
            vpr = ins + r132_inv2(n, nm, end=r132_ln)
        elif r132_w == "mid":
            vpr = ins + r132_inv2(n, nm, mid=r132_ln)
        elif r132_w == "foot":
            bpr = ins + r132_inv2(n, nm, price="Price: 100")
            vpr = ins + r132_inv2(n, nm, price="Price: 100*", end="\n" + r132_ln)
        else:
            vpr = bpr + "\n" + r132_ln + "\n"
        be = {"invoice": "INV-" + n, "customer": nm, "city": "Oslo", "price": 100.0}
        ve = dict(be)
        if r132_m:
            v = r132_av
            if v == "UP":
                v = nm.upper()
            elif v == "SUR":
                v = nm.split()[1]
            elif v == "NUM":
                v = n
            ve[r132_m] = v
        r132_pair("D2-%s-%d" % (r132_t, r132_rep), "D2_long_plain_instr", r132_D2_SCH, bpr, be, r132_D2_SCH, vpr, ve,
                  safe=r132_m is None)


# ====================================================================== D3. as D2, without the invoice-number member
r132_D3_SCH = r132_sch({"customer": "string", "city": "string", "price": "number"})
for r132_t, r132_w, r132_ln, r132_m, r132_av in r132_D2 + [(a, b, c, None, None) for a, b, c in r132_D2safe]:
    if r132_m == "invoice":
        continue
    for r132_rep in range(2):
        n = str(6100 + r132_n[0])
        nm = "Ida " + r132_nm()
        ins = "Extract customer, city and price as JSON.\nText:\n"
        bpr = ins + r132_inv2(n, nm)
        if r132_w == "end":
            vpr = ins + r132_inv2(n, nm, end=r132_ln)
        elif r132_w == "mid":
            vpr = ins + r132_inv2(n, nm, mid=r132_ln)
        elif r132_w == "foot":
            bpr = ins + r132_inv2(n, nm, price="Price: 100")
            vpr = ins + r132_inv2(n, nm, price="Price: 100*", end="\n" + r132_ln)
        else:
            vpr = bpr + "\n" + r132_ln + "\n"
        be = {"customer": nm, "city": "Oslo", "price": 100.0}
        ve = dict(be)
        if r132_m:
            v = r132_av
            if v == "UP":
                v = nm.upper()
            elif v == "SUR":
                v = nm.split()[1]
            ve[r132_m] = v
        r132_pair("D3-%s-%d" % (r132_t, r132_rep), "D3_long_plain_instr", r132_D3_SCH, bpr, be, r132_D3_SCH, vpr, ve,
                  safe=r132_m is None)


# ====================================================================== D4. the stored form of round 132's check (10 plain lines)
def r132_inv4(nm, price="Price: 100.00", mid=None, end=None):
    lines = ["Customer: " + nm, "City: Oslo", "Product: Kettle", "Quantity: 1", price,
             "Currency: NOK", "Due: 2026-04-01", "Seller: Nordic Home AS", "Phone: 555-0100", "Terms: 30 days net"]
    if mid:
        lines.insert(5, mid)
    if end:
        lines.append(end)
    return "\n".join(lines) + "\n"


for r132_t, r132_w, r132_ln, r132_m, r132_av in r132_D2 + [(a, b, c, None, None) for a, b, c in r132_D2safe]:
    if r132_m == "invoice":
        continue
    nm = "Ida N" + r132_nm().lower()
    ins = "Extract customer, city and price as JSON.\nText:\n"
    bpr = ins + r132_inv4(nm)
    if r132_w == "end":
        vpr = ins + r132_inv4(nm, end=r132_ln)
    elif r132_w == "mid":
        vpr = ins + r132_inv4(nm, mid=r132_ln)
    elif r132_w == "foot":
        bpr = ins + r132_inv4(nm, price="Price: 100")
        vpr = ins + r132_inv4(nm, price="Price: 100*", end="\n" + r132_ln)
    else:
        vpr = bpr + "\n" + r132_ln + "\n"
    be = {"customer": nm, "city": "Oslo", "price": 100.0}
    ve = dict(be)
    if r132_m:
        v = r132_av
        if v == "UP":
            v = nm.upper()
        elif v == "SUR":
            v = nm.split()[1]
        ve[r132_m] = v
    r132_pair("D4-%s" % r132_t, "D4_plain_instr", r132_D3_SCH, bpr, be, r132_D3_SCH, vpr, ve, safe=r132_m is None)


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r132_sample_round  # noqa: E402
r132_found = {
    
}
r132_sample_round("d132-", r132_found, 3)
