r"""Red-team round 254 (black box): THE INSTRUCTION CHANGES WHILE THE RECORD STAYS (json_extract).
Focus: one stored "Label: value" record (a person with a title, age and city; an invoice with customer, city,
  country and amount; a booking; an order id and quantity; an item's weight), then the same record under an
  instruction changed in ways that do or do not change the right answer. Seven parts, all seeded random.Random(254):
  (1) 26 clauses for persons, 14 for invoices, 9 for bookings, 7 for orders, 6 for weights ("without the title",
      "only the surname", "in lower case", "in capitals", "in months", "next birthday", "only if over 18, else 0",
      "do not include the city", "every field except the city", "only if it is in Norway", "by its English name",
      "the country the city is in", "the second / last word", "round to whole numbers", "drop the cents", "in
      cents", "summed over each room", "every letter", "one night was cancelled", "without the PO- prefix", "in
      dozens", "do not count the 2 free samples", "in grams", "in the same units as the text" (safe), "as written"
      (safe), "only if present, else leave it empty" (safe)), each in one of 10 placements: appended, a sentence after
      the record, "You are an extraction engine." preamble, "System:"/"User:" lines, a "Rules:" bullet list, numbered
      "Steps:", before the instruction, in German/French/Norwegian/Spanish (appended or on its own line), and a
      few-shot "Example:" record with its JSON; plus a paraphrase of the instruction (safe) per base;
  (2) the change said inside a JSON-only sentence ("Answer with JSON only, no commentary, no titles.", "Return only
      the JSON object. Surnames only.", "... amount in cents", "... negative amount (this is a refund)", "... no
      diacritics", "... country instead of city"), five placements;
  (3) a comma tail of general words after the JSON-only sentences the cache reuses ("values lowercased", "strings
      reversed", "values slugified", "numbers doubled", "figures divided by 1000", "first words only"; safe: "values
      as written", "values verbatim");
  (4) the change word disguised (Cyrillic look-alike letters, a zero-width space, a soft hyphen, full-width letters:
      "values in l\u043ewer case", "numbers ｄｏｕｂｌｅｄ"), a worked record + JSON pair before the real record without
      the word "example", and member words in another order ("Give the city as the name and the name as the city.");
  (5) the change as a labelled line before "Text:" or after the record ("Format: name in capitals", "Output: amount
      in cents", "Note: the country for the city");
  (6) the base carries a qualifier ("the name (surname only)", "the last four digits of the order id"), the variant
      drops or swaps it;
  (7) a member asked as a code, key, number, or at a time the record does not state ("city code", "the customer's
      code", "guest number", "age at entry", "amount at the start"), on a record that states only the plain value
      (expected: a refusal; the scripted model answers a value the text does not hold).
  2,971 probes: 228 bases, 2,254 variants whose right answer differs, 467 safe variants, 22 singles whose model answers
  wrong first. Fresh SQLite store, two passes. Paths: run 1 skip 2,637 / reuse 316 / patch 18, run 2 skip 2,542 /
  reuse 416 / patch 13; safe on reuse 78/467 and 110/467.
HELD (parts 1-6, 2,719 probes: 0 served from the cache in either run): every clause that names a member or says a
  form, unit, scale, case, order, condition, negation or selection word was caught ("instruction_changed: the
  instruction names \"city\" a different number of times", "the instruction word \"numbers\" changed", "what the
  instruction negates or which one it selects changed", "a word standing alone changed: \"rules\"", "a short
  statement changed: \"no diacritics\""); look-alike letters, zero-width spaces, soft hyphens and full-width letters
  inside the change word were read as a changed word; other-language clauses and labelled lines after the record
  failed every member (failing_fraction 1.0); "Example:" blocks were a changed statement, and a record + JSON pair
  without the word changed the source text or failed every member; bases
  that carried a qualifier were never stored (refused), so dropping it reused nothing wrong. Reused, and right: the
  JSON-only sentences ("Answer with JSON only, no commentary, no code fences.", "... no markdown", "... no extra
  keys", "... values as written", "... values verbatim") and three paraphrases.
WHAT GOT THROUGH (part 7, path=reuse, 114 ids in each run; alone - the 114 ids and their 19 bases, fresh store - 107 in run 1
  and run 2; the 7 of one base, d254-cpe-base-2804, were reused in the whole round only through another stored entry):
 (A) CLEAR (56 ids): a member asked as a code, which the record does not hold, served the stored name:
     "Extract the customer code, city and amount as JSON.\n\nText:\nCustomer: Ivan Dahl\nCity: Malmö\nCountry:
     Sweden\nAmount: 3326.90 EUR\n" -> {"customer":"Ivan Dahl","city":"Malmö","amount":3326.9}; "Give the guest
     code and the number of nights as JSON.\n\nText:\nGuest: Lena Vik\nNights: 5\n" -> {"guest":"Lena Vik",
     "nights":5}; "Extract the name, age and code of the city from the record as JSON.\n\nText:\nName: Dr. Marta
     Strand\nAge: 17\nCity: Bergen\n" -> {"name":"Dr. Marta Strand","age":17,"city":"Bergen"}; also "city code",
     "city's code", "the city's code", "customer's code", "guest's code" (the right answer: a refusal).
 (B) ARGUABLE (51 ids, r254_arguable): "customer key", "guest key", "guest number" (an identifier, or a count of
     guests) and a time the record does not state: "age at entry", "city at entry", "age at the start", "amount at
     the start", "number of nights at the start" ("entry" may mean the record's entry).
 Served fresh (the model's stale first answer accepted; never stored): 190 in run 1, 175 in run 2, every one the base's
  values under a changed instruction that the scripted model ignored first - "Answer with JSON only, no commentary,
  no Mr./Ms./Dr./Prof.. Return the person's name, age and city." -> "Dr. Mateo Lind"; "Extract the customer, city
  and amount as JSON. For the city, give the country instead." -> "Lisboa"; "... numbers times 100." -> 4104.8.
FIXED (stop 52): a word added or dropped right after a member's name, after its possessive or "at (the)", or
  before "of (the)" and the name, fails the instruction comparison (unless it points at the text, names it, or is a
  participle). The 107 alone after: 0 (the arguable ones included); whole: 0 from the cache in both runs, safe on
  reuse unchanged (78 / 110 of 467), fresh 190 / 175 unchanged.
Adds its probes to probe_kit.P."""
import json
import random as r254_random
import re

from probe_kit import J, E, S, P  # noqa: F401

r254_rng = r254_random.Random(254)
r254_found_alone = set()
r254_arguable = set()
r254_meta = {}
r254_prompts = set()
r254_n = [0]
r254_counts = {"base": 0, "pair": 0, "safe": 0, "single": 0}

R254_FIRST = ["Anna", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Marta", "Petra", "Julia", "Ida",
              "Omar", "Tomas", "Jonas", "Pavel", "Rui", "Erik", "Karim", "Felix", "Ivan", "Lars", "Mateo", "Arne"]
R254_LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik",
             "Haug", "Moen", "Sandvik", "Brekke"]
R254_TITLE = ["Dr.", "Prof.", "Mr.", "Ms.", "Mrs."]
# city as written, its English name, its country
R254_CITY = [("Bergen", "Bergen", "Norway"), ("Tromsø", "Tromsø", "Norway"), ("Stavanger", "Stavanger", "Norway"),
             ("Wien", "Vienna", "Austria"), ("København", "Copenhagen", "Denmark"), ("Lisboa", "Lisbon", "Portugal"),
             ("Göteborg", "Gothenburg", "Sweden"), ("Lyon", "Lyon", "France"), ("Graz", "Graz", "Austria"),
             ("Porto", "Porto", "Portugal"), ("Kraków", "Krakow", "Poland"), ("Praha", "Prague", "Czechia"),
             ("Malmö", "Malmö", "Sweden"), ("Aarhus", "Aarhus", "Denmark"), ("Nantes", "Nantes", "France")]
R254_ITEMS = ["Oak table", "Steel shelf", "Garden bench", "Desk lamp", "Bookcase", "Office chair", "Wall mirror"]


def r254_add(kind, base, pid, family, prompt, schema, expect, answers, safe=False):
    if prompt in r254_prompts:
        return None
    r254_prompts.add(prompt)
    J(pid, family, prompt, schema, expect, answers, safe=safe)
    r254_meta[pid] = {"base": base} if base and kind in ("pair", "safe") else {}
    r254_counts[kind] += 1
    return pid


def r254_id(tag):
    r254_n[0] += 1
    return "d254-%s-%04d" % (tag, r254_n[0])


# ------------------------------------------------------------------ placements of an instruction clause
def r254_place(where, instr, clause, record, lang_clause=None, example=None):
    """The prompt: the base instruction, the record, and the clause put somewhere."""
    if where == "app":
        return "%s %s\n\nText:\n%s" % (instr, clause, record)
    if where == "after":
        return "%s\n\nText:\n%s\n%s\n" % (instr, record, clause)
    if where == "sys":
        return "You are an extraction engine. %s\n\n%s\n\nText:\n%s" % (clause, instr, record)
    if where == "sysline":
        return "System: %s\nUser: %s\n\nText:\n%s" % (clause, instr, record)
    if where == "bul":
        return "%s\nRules:\n- Return JSON only.\n- %s\n\nText:\n%s" % (instr, clause, record)
    if where == "num":
        return "Steps:\n1. Read the record below.\n2. %s\n3. %s\n\nText:\n%s" % (clause, instr, record)
    if where == "pre":
        return "%s %s\n\nText:\n%s" % (clause, instr, record)
    if where == "lang":
        return "%s %s\n\nText:\n%s" % (instr, lang_clause, record)
    if where == "langsys":
        return "%s\n\n%s\n\nText:\n%s" % (lang_clause, instr, record)
    if where == "few":
        ex_rec, ex_json = example
        return "%s\n\nExample:\nText:\n%sJSON: %s\n\nNow the real one.\nText:\n%s" % (
            instr, ex_rec, json.dumps(ex_json, ensure_ascii=False), record)
    raise ValueError(where)


R254_PLACES = ["app", "after", "sys", "sysline", "bul", "num", "pre"]


# ------------------------------------------------------------------ kind 1: a person (title, age, city, country)
r254_person_schema = S({"name": "string", "age": "integer", "city": "string"})


def r254_person_vals(rng):
    title = rng.choice(R254_TITLE)
    first, last = rng.choice(R254_FIRST), rng.choice(R254_LAST)
    age = rng.choice([15, 16, 17, 23, 29, 34, 41, 47, 52, 63])
    c = rng.choice(R254_CITY)
    return {"title": title, "first": first, "last": last, "age": age, "city": c[0], "city_en": c[1], "country": c[2],
            "with_country": rng.random() < 0.5}


def r254_person_record(v):
    return "Name: %s %s %s\nAge: %d\nCity: %s\n%s" % (v["title"], v["first"], v["last"], v["age"], v["city"],
                                                      "Country: %s\n" % v["country"] if v["with_country"] else "")


def r254_person_base(v):
    return {"name": "%s %s %s" % (v["title"], v["first"], v["last"]), "age": v["age"], "city": v["city"]}


def r254_p_mod(**kw):
    def f(v):
        a = r254_person_base(v)
        for k, fn in kw.items():
            a[k] = fn(v)
        return a
    return f


# (tag, english clause, other-language clauses, answer fn, safe? (None: safe when the answer is the base's))
R254_PERSON_T = [
    ("notitle", "Give the name without the title.",
     ["Den Namen bitte ohne Titel angeben.", "Donne le nom sans le titre.", "Oppgi navnet uten tittel.",
      "Da el nombre sin el título."],
     r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"])), False),
    ("notitle2", "Do not include the title in the name.", ["Nimm den Titel nicht in den Namen auf."],
     r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"])), False),
    ("surname", "For the name, give only the surname.",
     ["Beim Namen nur den Nachnamen angeben.", "Pour le nom, donne seulement le nom de famille.",
      "For navnet, oppgi bare etternavnet."],
     r254_p_mod(name=lambda v: v["last"]), False),
    ("first", "For the name give the first name only, nothing else.", ["Nur den Vornamen als Namen angeben."],
     r254_p_mod(name=lambda v: v["first"]), False),
    ("lowcity", "Write the city in lower case.",
     ["Schreib die Stadt in Kleinbuchstaben.", "Écris la ville en minuscules.", "Skriv byen med små bokstaver."],
     r254_p_mod(city=lambda v: v["city"].lower()), False),
    ("upname", "Write the name in capital letters.",
     ["Schreib den Namen in Großbuchstaben.", "Écris le nom en majuscules.", "Escribe el nombre en mayúsculas."],
     r254_p_mod(name=lambda v: ("%s %s %s" % (v["title"], v["first"], v["last"])).upper()), False),
    ("months", "Give the age in months.", ["Gib das Alter in Monaten an.", "Donne l'âge en mois."],
     r254_p_mod(age=lambda v: v["age"] * 12), False),
    ("nextbd", "Give the age the person will turn at their next birthday.",
     ["Gib das Alter an, das die Person am nächsten Geburtstag erreicht."],
     r254_p_mod(age=lambda v: v["age"] + 1), False),
    ("adult", "Give the age only if the person is over 18, else 0.",
     ["Gib das Alter nur an, wenn die Person über 18 ist, sonst 0.",
      "Donne l'âge seulement si la personne a plus de 18 ans, sinon 0."],
     r254_p_mod(age=lambda v: v["age"] if v["age"] > 18 else 0), None),
    ("minor", "If the age is over 18, put 0 as the age; only minors keep their age.", [],
     r254_p_mod(age=lambda v: 0 if v["age"] > 18 else v["age"]), None),
    ("nocity", "Do not include the city: leave it as an empty string.",
     ["Die Stadt nicht angeben: lass sie als leeren String.", "N'inclus pas la ville : laisse une chaîne vide."],
     r254_p_mod(city=lambda v: ""), False),
    ("except", "Extract every field except the city, which stays empty (\"\").", [],
     r254_p_mod(city=lambda v: ""), False),
    ("norway", "Give the city only if it is in Norway, else an empty string.",
     ["Gib die Stadt nur an, wenn sie in Norwegen liegt, sonst einen leeren String."],
     r254_p_mod(city=lambda v: v["city"] if v["country"] == "Norway" else ""), None),
    ("english", "Give the city by its English name.",
     ["Gib die Stadt mit ihrem englischen Namen an.", "Donne la ville sous son nom anglais."],
     r254_p_mod(city=lambda v: v["city_en"]), None),
    ("country", "In the city field, put the country the city is in.",
     ["Im Feld city bitte das Land angeben, in dem die Stadt liegt."],
     r254_p_mod(city=lambda v: v["country"]), False),
    ("surfirst", "Write the name as SURNAME, first name (surname in capitals, then a comma).", [],
     r254_p_mod(name=lambda v: "%s, %s" % (v["last"].upper(), v["first"])), False),
    ("initials", "Abbreviate the first name to its initial (e.g. J. Smith), and drop the title.", [],
     r254_p_mod(name=lambda v: "%s. %s" % (v["first"][0], v["last"])), False),
    ("second", "For the name, give only the second word of it.", [],
     r254_p_mod(name=lambda v: v["first"]), False),
    ("last", "For the name, give only its last word.", ["Beim Namen nur das letzte Wort angeben."],
     r254_p_mod(name=lambda v: v["last"]), False),
    ("s-present", "Give each value only if present, else leave it empty.",
     ["Jeden Wert nur angeben, wenn vorhanden, sonst leer lassen.",
      "Donne chaque valeur seulement si elle est présente, sinon laisse vide."],
     r254_person_base, True),
    ("s-unknown", "Leave a field empty if it is unknown.", ["Lass ein Feld leer, wenn es unbekannt ist."],
     r254_person_base, True),
    ("s-written", "Copy every value exactly as written in the record.",
     ["Übernimm jeden Wert genau so, wie er im Datensatz steht.", "Recopie chaque valeur telle qu'elle est écrite."],
     r254_person_base, True),
    ("s-title", "Keep the title as part of the name.", ["Behalte den Titel im Namen."], r254_person_base, True),
    ("s-json", "Answer with JSON only, no commentary.", ["Antworte nur mit JSON, ohne Kommentar."],
     r254_person_base, True),
    ("s-years", "The age is in whole years, as in the text.", [], r254_person_base, True),
    ("s-notcountry", "For the city, give the city, not the country.", ["Bei der Stadt die Stadt angeben, nicht das Land."],
     r254_person_base, True),
]


# ------------------------------------------------------------------ kind 2: an invoice
r254_inv_schema = S({"customer": "string", "city": "string", "amount": "number"})


def r254_inv_vals(rng):
    c = rng.choice(R254_CITY)
    whole = rng.randint(120, 4800)
    cents = rng.choice([20, 35, 40, 60, 75, 80, 90])
    return {"customer": "%s %s" % (rng.choice(R254_FIRST), rng.choice(R254_LAST)), "city": c[0], "city_en": c[1],
            "country": c[2], "whole": whole, "cents": cents}


def r254_inv_record(v):
    return "Customer: %s\nCity: %s\nCountry: %s\nAmount: %d.%02d EUR\n" % (
        v["customer"], v["city"], v["country"], v["whole"], v["cents"])


def r254_amt(v):
    return json.loads("%d.%02d" % (v["whole"], v["cents"]))


def r254_inv_base(v):
    return {"customer": v["customer"], "city": v["city"], "amount": r254_amt(v)}


def r254_i_mod(**kw):
    def f(v):
        a = r254_inv_base(v)
        for k, fn in kw.items():
            a[k] = fn(v)
        return a
    return f


R254_INV_T = [
    ("round", "Round the amount to whole numbers.",
     ["Runde den Betrag auf ganze Zahlen.", "Arrondis le montant à l'entier.", "Rund av beløpet til hele tall."],
     r254_i_mod(amount=lambda v: v["whole"] + (1 if v["cents"] >= 50 else 0)), False),
    ("floor", "Drop the cents from the amount (keep the whole euros only).", ["Lass die Cent beim Betrag weg."],
     r254_i_mod(amount=lambda v: v["whole"]), False),
    ("cents", "Give the amount in cents.", ["Gib den Betrag in Cent an.", "Donne le montant en centimes."],
     r254_i_mod(amount=lambda v: v["whole"] * 100 + v["cents"]), False),
    ("lowcust", "Write the customer's name in lower case.", ["Schreib den Kundennamen in Kleinbuchstaben."],
     r254_i_mod(customer=lambda v: v["customer"].lower()), False),
    ("surname", "For the customer give the surname only.", ["Beim Kunden nur den Nachnamen angeben."],
     r254_i_mod(customer=lambda v: v["customer"].split()[1]), False),
    ("firstw", "For the customer, the first word of the name is enough.", [],
     r254_i_mod(customer=lambda v: v["customer"].split()[0]), False),
    ("country", "For the city, give the country instead.", ["Statt der Stadt bitte das Land angeben."],
     r254_i_mod(city=lambda v: v["country"]), False),
    ("english", "Give the city in English.", ["Gib die Stadt auf Englisch an."],
     r254_i_mod(city=lambda v: v["city_en"]), None),
    ("upcity", "Write the city in capital letters.", ["Écris la ville en majuscules."],
     r254_i_mod(city=lambda v: v["city"].upper()), False),
    ("half", "The amount is split between two payers: give each payer's share.", [],
     r254_i_mod(amount=lambda v: json.loads("%.3f" % ((v["whole"] * 100 + v["cents"]) / 200.0)).__round__(3)), False),
    ("s-units", "Give the amount in the same units as the text.",
     ["Gib den Betrag in derselben Einheit wie im Text an.", "Donne le montant dans la même unité que le texte."],
     r254_inv_base, True),
    ("s-written", "Give the amount as written, without the currency.", [], r254_inv_base, True),
    ("s-json", "Return only the JSON object.", ["Gib nur das JSON-Objekt zurück."], r254_inv_base, True),
    ("s-notcountry", "For the city, give the city and not the country.", [], r254_inv_base, True),
]


# ------------------------------------------------------------------ kind 3: a booking
r254_guest_schema = S({"guest": "string", "nights": "integer"})


def r254_guest_vals(rng):
    return {"first": rng.choice(R254_FIRST), "last": rng.choice(R254_LAST), "nights": rng.randint(2, 9)}


def r254_guest_record(v):
    return "Guest: %s %s\nNights: %d\n" % (v["first"], v["last"], v["nights"])


def r254_guest_base(v):
    return {"guest": "%s %s" % (v["first"], v["last"]), "nights": v["nights"]}


def r254_g_mod(**kw):
    def f(v):
        a = r254_guest_base(v)
        for k, fn in kw.items():
            a[k] = fn(v)
        return a
    return f


R254_GUEST_T = [
    ("days", "Give the number of days (the nights plus the day of departure).", [],
     r254_g_mod(nights=lambda v: v["nights"] + 1), False),
    ("each", "The booking is for two rooms: give the nights summed over each room.",
     ["Die Buchung gilt für zwei Zimmer: gib die Nächte summiert über jedes Zimmer an."],
     r254_g_mod(nights=lambda v: v["nights"] * 2), False),
    ("every", "Capitalise every letter of the guest's name.", ["Schreib jeden Buchstaben des Namens groß."],
     r254_g_mod(guest=lambda v: ("%s %s" % (v["first"], v["last"])).upper()), False),
    ("lower", "Give the guest in lower case.", ["Gib den Gast in Kleinbuchstaben an."],
     r254_g_mod(guest=lambda v: ("%s %s" % (v["first"], v["last"])).lower()), False),
    ("surname", "For the guest, the surname only.", ["Für den Gast nur den Nachnamen."],
     r254_g_mod(guest=lambda v: v["last"]), False),
    ("weeks", "Give the stay in whole weeks (round down).", [],
     r254_g_mod(nights=lambda v: v["nights"] // 7), False),
    ("minus", "One night was cancelled after this booking; give the nights left.",
     ["Eine Nacht wurde storniert; gib die verbleibenden Nächte an."],
     r254_g_mod(nights=lambda v: v["nights"] - 1), False),
    ("s-lead", "The guest is the person named on the booking.", [], r254_guest_base, True),
    ("s-written", "Give the guest's name as written.", ["Gib den Namen des Gastes so an, wie er geschrieben ist."],
     r254_guest_base, True),
]


# ------------------------------------------------------------------ kind 4: an order
r254_ord_schema = S({"order_id": "string", "quantity": "integer"})


def r254_ord_vals(rng):
    return {"y": rng.choice([2024, 2025, 2026]), "n": rng.randint(100, 9999), "q": rng.choice([12, 24, 36, 48, 60])}


def r254_ord_record(v):
    return "Order ID: PO-%d-%04d\nQuantity: %d\n" % (v["y"], v["n"], v["q"])


def r254_ord_base(v):
    return {"order_id": "PO-%d-%04d" % (v["y"], v["n"]), "quantity": v["q"]}


def r254_o_mod(**kw):
    def f(v):
        a = r254_ord_base(v)
        for k, fn in kw.items():
            a[k] = fn(v)
        return a
    return f


R254_ORD_T = [
    ("noprefix", "Give the order id without the PO- prefix.", ["Gib die Bestellnummer ohne das Präfix PO- an."],
     r254_o_mod(order_id=lambda v: "%d-%04d" % (v["y"], v["n"])), False),
    ("lower", "Write the order id in lower case.", ["Schreib die Bestellnummer in Kleinbuchstaben."],
     r254_o_mod(order_id=lambda v: "po-%d-%04d" % (v["y"], v["n"])), False),
    ("dozens", "Give the quantity in dozens.", ["Gib die Menge in Dutzend an."],
     r254_o_mod(quantity=lambda v: v["q"] // 12), False),
    ("free", "Do not count the 2 free samples included in the quantity.",
     ["Die 2 Gratisproben in der Menge nicht mitzählen."],
     r254_o_mod(quantity=lambda v: v["q"] - 2), False),
    ("lastpart", "For the order id, only the part after the last dash.", [],
     r254_o_mod(order_id=lambda v: "%04d" % v["n"]), False),
    ("s-written", "Copy the order id as written.", ["Übernimm die Bestellnummer wie geschrieben."],
     r254_ord_base, True),
    ("s-units", "The quantity is in pieces, as in the text.", [], r254_ord_base, True),
]


# ------------------------------------------------------------------ kind 6: a weight in kg
r254_wt_schema = S({"item": "string", "weight": "number"})


def r254_wt_vals(rng):
    w = rng.choice([12.4, 8.2, 23.6, 4.3, 17.8, 31.2, 6.7, 45.1])
    return {"item": rng.choice(R254_ITEMS), "w": w}


def r254_wt_record(v):
    return "Item: %s\nWeight: %s kg\n" % (v["item"], v["w"])


def r254_wt_base(v):
    return {"item": v["item"], "weight": v["w"]}


R254_WT_T = [
    ("round", "Round the weight to whole numbers.",
     ["Runde das Gewicht auf ganze Zahlen.", "Arrondis le poids à l'entier."],
     lambda v: {"item": v["item"], "weight": int(v["w"] + 0.5)}, False),
    ("grams", "Give the weight in grams.", ["Gib das Gewicht in Gramm an.", "Oppgi vekten i gram."],
     lambda v: {"item": v["item"], "weight": int(round(v["w"] * 1000))}, False),
    ("lowitem", "Write the item in lower case.", ["Schreib den Artikel in Kleinbuchstaben."],
     lambda v: {"item": v["item"].lower(), "weight": v["w"]}, False),
    ("pair", "The listed weight is for one of a pair; give the weight of both together.", [],
     lambda v: {"item": v["item"], "weight": json.loads("%.1f" % (v["w"] * 2))}, False),
    ("s-units", "Give the weight in the same units as the text.",
     ["Gib das Gewicht in derselben Einheit wie im Text an.", "Donne le poids dans la même unité que le texte."],
     r254_wt_base, True),
    ("s-kg", "The weight is in kilograms, as in the text.", [], r254_wt_base, True),
]

R254_KINDS = [
    ("pe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base, R254_PERSON_T,
     ["Extract the name, age and city from the record as JSON.", "Return the person's name, age and city."], 6),
    ("iv", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base, R254_INV_T,
     ["Extract the customer, city and amount as JSON."], 7),
    ("gu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base, R254_GUEST_T,
     ["Give the guest and the number of nights as JSON."], 5),
    ("or", r254_ord_schema, r254_ord_vals, r254_ord_record, r254_ord_base, R254_ORD_T,
     ["Extract the order id and quantity as JSON."], 5),
    ("wt", r254_wt_schema, r254_wt_vals, r254_wt_record, r254_wt_base, R254_WT_T,
     ["Extract the item and its weight as JSON."], 4),
]


def r254_stale(right, base):
    """A small model's wrong answer: the base's answer (stale), or one member from it."""
    return dict(base)


def r254_build():
    rng = r254_rng
    for tag, schema, valsf, recf, basef, trans, instrs, nbases in R254_KINDS:
        for b in range(nbases):
            v = valsf(rng)
            record = recf(v)
            instr = rng.choice(instrs)
            base_ans = basef(v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            # the variants of this base: every transform once, in a random placement; some twice
            picks = list(trans) + rng.sample(trans, min(3, len(trans)))
            for tt, clause, langs, fn, safe in picks:
                right = fn(v)
                is_safe = right == base_ans
                if safe is None:
                    safe = is_safe
                forms = list(R254_PLACES) + (["lang", "langsys"] if langs else []) + ["few"]
                where = rng.choice(forms)
                example = None
                lang_clause = rng.choice(langs) if langs else None
                if where == "few":
                    ev = valsf(rng)
                    example = (recf(ev), fn(ev))
                    prompt = r254_place("few", "%s %s" % (instr, clause) if rng.random() < 0.3 else instr,
                                        clause, record, example=example)
                    # the example alone shows the change only when the instruction does not say it
                else:
                    prompt = r254_place(where, instr, clause, record, lang_clause=lang_clause)
                if is_safe:
                    pid = r254_id("%s-s-%s-%s" % (tag, tt, where))
                    r254_add("safe", bid, pid, "r254_" + tag, prompt, schema, right, [right], safe=True)
                else:
                    pid = r254_id("%s-%s-%s" % (tag, tt, where))
                    ans = [right] if rng.random() < 0.75 else [r254_stale(right, base_ans), right]
                    r254_add("pair", bid, pid, "r254_" + tag, prompt, schema, right, ans)
            # a paraphrase of the instruction that changes nothing (safe)
            para = {"pe": "Please pull the name, age and city out of this record into JSON.",
                    "iv": "From the invoice, give customer, city and amount as JSON.",
                    "gu": "As JSON, give the guest and how many nights.",
                    "or": "Give the order's id and the quantity, as JSON.",
                    "wt": "Give the item and its weight in JSON."}[tag]
            r254_add("safe", bid, r254_id(tag + "-s-para"), "r254_" + tag, "%s\n\nText:\n%s" % (para, record),
                     schema, base_ans, [base_ans], safe=True)
    # singles: the model answers wrong first the way small models do (the base's value for a changed instruction)
    for i in range(12):
        v = r254_inv_vals(rng)
        right = r254_i_mod(amount=lambda v: v["whole"] + (1 if v["cents"] >= 50 else 0))(v)
        wrong = r254_inv_base(v)
        prompt = "Extract the customer, city and amount as JSON; round the amount to whole euros.\n\nText:\n%s" % (
            r254_inv_record(v))
        r254_add("single", None, r254_id("iv-single"), "r254_single", prompt, r254_inv_schema, right,
                 [wrong, wrong, right] if i % 3 == 0 else [wrong, right])
    for i in range(10):
        v = r254_person_vals(rng)
        right = r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"]))(v)
        prompt = "Return the person's name (without any title), age and city.\n\nText:\n%s" % r254_person_record(v)
        r254_add("single", None, r254_id("pe-single"), "r254_single", prompt, r254_person_schema, right,
                 [r254_person_base(v), right])



# ------------------------------------------------------------------ part 2: the change said inside a JSON-only sentence
R254_JSON_HEADS = ["Answer with JSON only, no commentary", "Return only the JSON object", "Answer with JSON only",
                   "Return only the JSON object, no commentary"]
R254_ASCII = {"ó": "o", "ö": "o", "ø": "o", "å": "a", "é": "e", "á": "a", "ń": "n"}


def r254_plain(t):
    return "".join(R254_ASCII.get(ch, ch) for ch in t)


def r254_strs(fn):
    def f(a):
        return {k: fn(x) if isinstance(x, str) else x for k, x in a.items()}
    return f


def r254_wrap(base_fn, post):
    return lambda v: post(base_fn(v))


R254_J_PERSON = [
    ("notitle", ["no titles", "without the title", "no honorifics", "no Mr./Ms./Dr./Prof."],
     r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"]))),
    ("lower", ["all in lower case", "no capital letters", "lowercase values"], r254_wrap(r254_person_base, r254_strs(str.lower))),
    ("upper", ["all in capitals", "values in upper case"], r254_wrap(r254_person_base, r254_strs(str.upper))),
    ("surname", ["surnames only", "family name only"], r254_p_mod(name=lambda v: v["last"])),
    ("first", ["first names only", "given name only"], r254_p_mod(name=lambda v: v["first"])),
    ("months", ["ages in months", "age counted in months"], r254_p_mod(age=lambda v: v["age"] * 12)),
    ("nextyear", ["age as of next year", "the age one year from now"], r254_p_mod(age=lambda v: v["age"] + 1)),
    ("nocity", ["with the city left empty", "city blank", "no city (empty string)"], r254_p_mod(city=lambda v: "")),
    ("english", ["English city names", "cities in English"], r254_p_mod(city=lambda v: v["city_en"])),
    ("ascii", ["no diacritics", "ASCII letters only"], r254_wrap(r254_person_base, r254_strs(r254_plain))),
    ("country", ["country instead of city", "the country in place of the city"], r254_p_mod(city=lambda v: v["country"])),
    ("nospace", ["no spaces inside values"], r254_wrap(r254_person_base, r254_strs(lambda t: t.replace(" ", "")))),
    ("s", ["no markdown", "no code fences", "no extra keys", "no explanation", "values as written", "keep the title"],
     r254_person_base),
]
R254_J_INV = [
    ("nocents", ["no cents", "whole euros only"], r254_i_mod(amount=lambda v: v["whole"])),
    ("round", ["amount rounded", "amounts rounded to the euro"],
     r254_i_mod(amount=lambda v: v["whole"] + (1 if v["cents"] >= 50 else 0))),
    ("cents", ["amount in cents", "amounts as cents"], r254_i_mod(amount=lambda v: v["whole"] * 100 + v["cents"])),
    ("refund", ["negative amount (this is a refund)", "refunds as negative amounts, and this one is a refund"],
     r254_i_mod(amount=lambda v: -r254_amt(v))),
    ("lower", ["all in lower case", "no capital letters"], r254_wrap(r254_inv_base, r254_strs(str.lower))),
    ("upper", ["all in capitals"], r254_wrap(r254_inv_base, r254_strs(str.upper))),
    ("surname", ["surname only for the customer", "customer by family name only"],
     r254_i_mod(customer=lambda v: v["customer"].split()[1])),
    ("country", ["country instead of city"], r254_i_mod(city=lambda v: v["country"])),
    ("ascii", ["no diacritics"], r254_wrap(r254_inv_base, r254_strs(r254_plain))),
    ("s", ["no currency", "no markdown", "no code fences", "amount as a plain number"], r254_inv_base),
]
R254_J_GUEST = [
    ("surname", ["no first names", "surname only"], r254_g_mod(guest=lambda v: v["last"])),
    ("double", ["nights doubled (two rooms)", "nights times two for the two rooms"],
     r254_g_mod(nights=lambda v: v["nights"] * 2)),
    ("upper", ["all in capitals"], r254_wrap(r254_guest_base, r254_strs(str.upper))),
    ("lower", ["all in lower case"], r254_wrap(r254_guest_base, r254_strs(str.lower))),
    ("days", ["days not nights (add one)"], r254_g_mod(nights=lambda v: v["nights"] + 1)),
    ("s", ["no markdown", "no code fences", "no extra keys"], r254_guest_base),
]
R254_J_ORD = [
    ("noprefix", ["no prefix", "no PO- prefix", "ids without the PO-"],
     r254_o_mod(order_id=lambda v: "%d-%04d" % (v["y"], v["n"]))),
    ("nodash", ["no dashes", "ids without dashes"], r254_o_mod(order_id=lambda v: "PO%d%04d" % (v["y"], v["n"]))),
    ("lower", ["all in lower case", "ids in lower case"], r254_o_mod(order_id=lambda v: "po-%d-%04d" % (v["y"], v["n"]))),
    ("dozens", ["quantity in dozens", "quantities counted in dozens"], r254_o_mod(quantity=lambda v: v["q"] // 12)),
    ("free", ["quantity minus the 2 free samples"], r254_o_mod(quantity=lambda v: v["q"] - 2)),
    ("s", ["no markdown", "no code fences", "id as written"], r254_ord_base),
]
R254_J_WT = [
    ("nodec", ["no decimals", "whole numbers only", "weights rounded"],
     lambda v: {"item": v["item"], "weight": int(v["w"] + 0.5)}),
    ("grams", ["grams", "weights in grams"], lambda v: {"item": v["item"], "weight": int(round(v["w"] * 1000))}),
    ("lower", ["all in lower case"], lambda v: {"item": v["item"].lower(), "weight": v["w"]}),
    ("s", ["no markdown", "no units", "no code fences"], r254_wt_base),
]
R254_J_KINDS = [
    ("jpe", r254_person_schema, r254_person_vals, r254_person_record, R254_J_PERSON,
     ["Extract the name, age and city from the record as JSON.", "Return the person's name, age and city."], 8),
    ("jiv", r254_inv_schema, r254_inv_vals, r254_inv_record, R254_J_INV,
     ["Extract the customer, city and amount as JSON."], 7),
    ("jgu", r254_guest_schema, r254_guest_vals, r254_guest_record, R254_J_GUEST,
     ["Give the guest and the number of nights as JSON."], 6),
    ("jor", r254_ord_schema, r254_ord_vals, r254_ord_record, R254_J_ORD,
     ["Extract the order id and quantity as JSON."], 7),
    ("jwt", r254_wt_schema, r254_wt_vals, r254_wt_record, R254_J_WT,
     ["Extract the item and its weight as JSON."], 5),
]


def r254_jsentence(rng, tail):
    head = rng.choice(R254_JSON_HEADS)
    if rng.random() < 0.6:
        return "%s, %s." % (head, tail)
    return "%s. %s." % (head, tail[0].upper() + tail[1:])


def r254_jplace(rng, where, instr, sent, record):
    if where == "app":
        return "%s %s\n\nText:\n%s" % (instr, sent, record)
    if where == "after":
        return "%s\n\nText:\n%s\n%s\n" % (instr, record, sent)
    if where == "pre":
        return "%s %s\n\nText:\n%s" % (sent, instr, record)
    if where == "line":
        return "%s\n%s\n\nText:\n%s" % (instr, sent, record)
    if where == "dash":
        return "%s\n- %s\n\nText:\n%s" % (instr, sent, record)
    raise ValueError(where)


R254_J_PLACES = ["app", "after", "pre", "line", "dash"]


def r254_build_json():
    rng = r254_rng
    for tag, schema, valsf, recf, trans, instrs, nbases in R254_J_KINDS:
        for b in range(nbases):
            v = valsf(rng)
            record = recf(v)
            instr = rng.choice(instrs)
            base_ans = trans[-1][2](v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            for tt, tails, fn in trans:
                n = 3 if tt == "s" else 2
                for k in range(n):
                    tail = rng.choice(tails)
                    where = rng.choice(R254_J_PLACES)
                    prompt = r254_jplace(rng, where, instr, r254_jsentence(rng, tail), record)
                    right = fn(v)
                    if right == base_ans:
                        r254_add("safe", bid, r254_id("%s-s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt,
                                 schema, right, [right], safe=True)
                    else:
                        ans = [right] if rng.random() < 0.8 else [dict(base_ans), right]
                        r254_add("pair", bid, r254_id("%s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt,
                                 schema, right, ans)


r254_build()
r254_build_json()


# ------------------------------------------------------------------ part 3: a comma tail of general words after a JSON-only sentence
def r254_slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def r254_snake(t):
    return re.sub(r"[^a-z0-9]+", "_", t.lower()).strip("_")


def r254_num(fn):
    def f(x):
        y = fn(x)
        return json.loads(json.dumps(y)) if not isinstance(y, float) else json.loads("%.6g" % y)
    return f


# (tag, tails, fn on strings or None, fn on numbers or None)
R254_T3 = [
    ("lower", ["values in lower case", "values lowercased", "strings lowercased", "text in lower case",
               "everything lowercase", "all lowercase"], str.lower, None),
    ("upper", ["values in upper case", "values uppercased", "strings in capitals", "all caps", "everything uppercase",
               "text in capitals"], str.upper, None),
    ("rev", ["values reversed", "strings reversed", "text written backwards"], lambda t: t[::-1], None),
    ("slug", ["values slugified", "strings as URL slugs"], r254_slug, None),
    ("snake", ["values in snake_case", "strings in snake case"], r254_snake, None),
    ("nospace", ["values without spaces", "strings with the spaces removed"], lambda t: t.replace(" ", ""), None),
    ("firstw", ["first words only", "values cut to their first word", "strings shortened to the first word"],
     lambda t: t.split()[0], None),
    ("lastw", ["last words only", "values cut to their last word"], lambda t: t.split()[-1], None),
    ("double", ["numbers doubled", "figures doubled", "numbers times two"], None, lambda x: x * 2),
    ("half", ["numbers halved", "figures halved"], None, lambda x: x / 2),
    ("plus1", ["numbers plus one", "figures increased by one"], None, lambda x: x + 1),
    ("minus1", ["numbers minus one", "figures less one"], None, lambda x: x - 1),
    ("x100", ["numbers times 100", "figures multiplied by a hundred"], None, lambda x: x * 100),
    ("neg", ["numbers negated", "figures with the sign flipped", "numbers as negatives"], None, lambda x: -x),
    ("k", ["numbers in thousands", "figures divided by 1000"], None, lambda x: x / 1000),
    ("safe", ["values as written", "strings as written", "values exactly as in the text", "values verbatim",
              "values unchanged", "figures as written"], None, None),
]


def r254_apply(ans, sf, nf):
    out = {}
    for k, x in ans.items():
        if isinstance(x, str) and sf:
            out[k] = sf(x)
        elif isinstance(x, (int, float)) and not isinstance(x, bool) and nf:
            y = nf(x)
            if isinstance(y, float):
                y = json.loads("%.10g" % y)
                if isinstance(y, float) and y == int(y) and isinstance(x, int):
                    y = int(y)
            out[k] = y
        else:
            out[k] = x
    return out


R254_T3_KINDS = [
    ("kpe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base,
     ["Extract the name, age and city from the record as JSON.", "Return the person's name, age and city."], 8),
    ("kiv", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base,
     ["Extract the customer, city and amount as JSON."], 14),
    ("kgu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base,
     ["Give the guest and the number of nights as JSON."], 7),
    ("kor", r254_ord_schema, r254_ord_vals, r254_ord_record, r254_ord_base,
     ["Extract the order id and quantity as JSON."], 7),
    ("kwt", r254_wt_schema, r254_wt_vals, r254_wt_record, r254_wt_base,
     ["Extract the item and its weight as JSON."], 8),
]
R254_T3_HEADS = ["Answer with JSON only, no commentary, %s.", "Answer with JSON only, %s.",
                 "Return only the JSON object, no commentary, %s.", "Answer with JSON only, no markdown, %s.",
                 "Answer with JSON only, no code fences, %s."]


def r254_build_tails():
    rng = r254_rng
    for tag, schema, valsf, recf, basef, instrs, nbases in R254_T3_KINDS:
        for b in range(nbases):
            v = valsf(rng)
            record = recf(v)
            instr = rng.choice(instrs)
            base_ans = basef(v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            for tt, tails, sf, nf in R254_T3:
                right = r254_apply(base_ans, sf, nf)
                if right == base_ans and tt != "safe":
                    continue
                tail = rng.choice(tails)
                sent = rng.choice(R254_T3_HEADS) % tail
                where = rng.choice(["app", "after", "pre", "line", "dash"])
                prompt = r254_jplace(rng, where, instr, sent, record)
                if right == base_ans:
                    r254_add("safe", bid, r254_id("%s-s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt, schema,
                             right, [right], safe=True)
                else:
                    ans = [right] if rng.random() < 0.8 else [dict(base_ans), right]
                    r254_add("pair", bid, r254_id("%s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt, schema,
                             right, ans)


r254_build_tails()


# ------------------------------------------------------------------ part 4: look-alike letters in the change word, the same
# words in another order, and a worked pair without the word "example"
R254_HOMO = [("o", "\u043e"), ("e", "\u0435"), ("a", "\u0430"), ("i", "\u0456"), ("c", "\u0441"), ("p", "\u0440")]


def r254_disguise(rng, word, mode):
    if mode == "zw":
        k = rng.randint(1, len(word) - 1)
        return word[:k] + "\u200b" + word[k:]
    if mode == "shy":
        k = rng.randint(1, len(word) - 1)
        return word[:k] + "\u00ad" + word[k:]
    if mode == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if "a" <= ch <= "z" else ch for ch in word)
    for lat, cyr in R254_HOMO:
        if lat in word:
            return word.replace(lat, cyr, 1)
    return word


# (tag, tail with the change word in {}, the word, kinds it applies to, fn on the base answer)
R254_T4 = [
    ("lower", "values in {} case", "lower", str.lower, None),
    ("upper", "values in {} case", "upper", str.upper, None),
    ("rev", "values {}", "reversed", lambda t: t[::-1], None),
    ("double", "numbers {}", "doubled", None, lambda x: x * 2),
    ("neg", "numbers {}", "negated", None, lambda x: -x),
    ("x100", "numbers times {}", "hundred", None, lambda x: x * 100),
]


def r254_build_part4():
    rng = r254_rng
    kinds = [("hpe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base,
              "Extract the name, age and city from the record as JSON.", 4),
             ("hiv", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base,
              "Extract the customer, city and amount as JSON.", 3),
             ("hor", r254_ord_schema, r254_ord_vals, r254_ord_record, r254_ord_base,
              "Extract the order id and quantity as JSON.", 3),
             ("hgu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base,
              "Give the guest and the number of nights as JSON.", 3)]
    for tag, schema, valsf, recf, basef, instr, nb in kinds:
        for b in range(nb):
            v = valsf(rng)
            record = recf(v)
            base_ans = basef(v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            # look-alike letters, zero-width characters, soft hyphens, full-width letters inside the change word
            for tt, tail, word, sf, nf in R254_T4:
                right = r254_apply(base_ans, sf, nf)
                if right == base_ans:
                    continue
                mode = rng.choice(["cyr", "zw", "shy", "fw"])
                sent = "Answer with JSON only, no commentary, %s." % tail.format(r254_disguise(rng, word, mode))
                where = rng.choice(["app", "after", "line"])
                prompt = r254_jplace(rng, where, instr, sent, record)
                r254_add("pair", bid, r254_id("%s-%s-%s-%s" % (tag, tt, mode, where)), "r254_" + tag, prompt,
                         schema, right, [right] if rng.random() < 0.8 else [dict(base_ans), right])
            # a worked pair before the record, without the word "example": its JSON shows the change
            for tt, sf, nf in [("lower", str.lower, None), ("upper", str.upper, None), ("double", None, lambda x: x * 2)]:
                right = r254_apply(base_ans, sf, nf)
                if right == base_ans:
                    continue
                ev = valsf(rng)
                shown = r254_apply(basef(ev), sf, nf)
                prompt = "%s\n\nText:\n%sJSON: %s\n\nText:\n%s" % (instr, recf(ev), json.dumps(shown, ensure_ascii=False),
                                                                 record)
                r254_add("pair", bid, r254_id("%s-shot-%s" % (tag, tt)), "r254_" + tag, prompt, schema, right, [right])
            # the same shot in the plain form (safe)
            ev = valsf(rng)
            prompt = "%s\n\nText:\n%sJSON: %s\n\nText:\n%s" % (instr, recf(ev), json.dumps(basef(ev), ensure_ascii=False),
                                                             record)
            r254_add("safe", bid, r254_id("%s-s-shot" % tag), "r254_" + tag, prompt, schema, base_ans, [base_ans],
                     safe=True)
            # the members named as often, in another order: identity, then a swap
            keys = [k for k, x in base_ans.items() if isinstance(x, str)]
            if len(keys) >= 2:
                k1, k2 = keys[0], keys[1]
                w1, w2 = k1.replace("_", " "), k2.replace("_", " ")
                same = "%s Give the %s as the %s and the %s as the %s." % (instr, w1, w1, w2, w2)
                swap = "%s Give the %s as the %s and the %s as the %s." % (instr, w1, w2, w2, w1)
                r254_add("safe", bid, r254_id("%s-s-same" % tag), "r254_" + tag, "%s\n\nText:\n%s" % (same, record),
                         schema, base_ans, [base_ans], safe=True)
                sw = dict(base_ans)
                sw[k1], sw[k2] = base_ans[k2], base_ans[k1]
                r254_add("pair", bid, r254_id("%s-swap" % tag), "r254_" + tag, "%s\n\nText:\n%s" % (swap, record),
                         schema, sw, [sw])


r254_build_part4()


# ------------------------------------------------------------------ part 5: the change as a labelled line (before or after the record)
R254_T5_LABELS = ["Note", "Format", "Output", "Instructions", "Remark", "Output format", "Reply format", "Comment"]
R254_T5 = {
    "kpe": [("upname", "name in capitals", r254_p_mod(name=lambda v: ("%s %s %s" % (v["title"], v["first"], v["last"])).upper())),
            ("lowcity", "city in lower case", r254_p_mod(city=lambda v: v["city"].lower())),
            ("months", "age in months", r254_p_mod(age=lambda v: v["age"] * 12)),
            ("surname", "surname only for the name", r254_p_mod(name=lambda v: v["last"])),
            ("notitle", "name without the title", r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"]))),
            ("country", "the country for the city", r254_p_mod(city=lambda v: v["country"])),
            ("revname", "write the name backwards", r254_p_mod(name=lambda v: ("%s %s %s" % (v["title"], v["first"], v["last"]))[::-1])),
            ("s", "JSON only", r254_person_base)],
    "kiv": [("cents", "amount in cents", r254_i_mod(amount=lambda v: v["whole"] * 100 + v["cents"])),
            ("round", "round the amount", r254_i_mod(amount=lambda v: v["whole"] + (1 if v["cents"] >= 50 else 0))),
            ("upcust", "customer in capitals", r254_i_mod(customer=lambda v: v["customer"].upper())),
            ("lowcity", "city in lower case", r254_i_mod(city=lambda v: v["city"].lower())),
            ("country", "the country for the city", r254_i_mod(city=lambda v: v["country"])),
            ("neg", "amount as a negative number (refund)", r254_i_mod(amount=lambda v: -r254_amt(v))),
            ("s", "JSON only", r254_inv_base)],
    "kgu": [("double", "double the nights (two rooms)", r254_g_mod(nights=lambda v: v["nights"] * 2)),
            ("upper", "guest in capitals", r254_g_mod(guest=lambda v: ("%s %s" % (v["first"], v["last"])).upper())),
            ("surname", "surname only for the guest", r254_g_mod(guest=lambda v: v["last"])),
            ("s", "JSON only", r254_guest_base)],
    "kor": [("noprefix", "order id without the PO- prefix", r254_o_mod(order_id=lambda v: "%d-%04d" % (v["y"], v["n"]))),
            ("lower", "order id in lower case", r254_o_mod(order_id=lambda v: "po-%d-%04d" % (v["y"], v["n"]))),
            ("dozens", "quantity in dozens", r254_o_mod(quantity=lambda v: v["q"] // 12)),
            ("s", "JSON only", r254_ord_base)],
}


def r254_build_part5():
    rng = r254_rng
    kinds = [("lpe", "kpe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base,
              "Extract the name, age and city from the record as JSON.", 11),
             ("liv", "kiv", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base,
              "Extract the customer, city and amount as JSON.", 11),
             ("lgu", "kgu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base,
              "Give the guest and the number of nights as JSON.", 7),
             ("lor", "kor", r254_ord_schema, r254_ord_vals, r254_ord_record, r254_ord_base,
              "Extract the order id and quantity as JSON.", 7)]
    for tag, key, schema, valsf, recf, basef, instr, nb in kinds:
        for b in range(nb):
            v = valsf(rng)
            record = recf(v)
            base_ans = basef(v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            for tt, words, fn in R254_T5[key]:
                right = fn(v)
                for where in ("in", "out"):
                    label = rng.choice(R254_T5_LABELS)
                    line = "%s: %s" % (label, words)
                    if where == "in":
                        prompt = "%s\n%s\n\nText:\n%s" % (instr, line, record)
                    else:
                        prompt = "%s\n\nText:\n%s%s\n" % (instr, record, line)
                    if right == base_ans:
                        r254_add("safe", bid, r254_id("%s-s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt,
                                 schema, right, [right], safe=True)
                    else:
                        r254_add("pair", bid, r254_id("%s-%s-%s" % (tag, tt, where)), "r254_" + tag, prompt,
                                 schema, right, [right] if rng.random() < 0.8 else [dict(base_ans), right])


r254_build_part5()


# ------------------------------------------------------------------ part 6: the base carries the qualifier, the variant drops or swaps it
R254_T6 = [
    ("pe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base, [
        ("surname", "Extract the name (surname only), age and city from the record as JSON.", r254_p_mod(name=lambda v: v["last"])),
        ("first", "Extract the name (first name only), age and city from the record as JSON.", r254_p_mod(name=lambda v: v["first"])),
        ("notitle", "Extract the name without the title, the age and the city from the record as JSON.",
         r254_p_mod(name=lambda v: "%s %s" % (v["first"], v["last"]))),
        ("lower", "Extract the name, age and city from the record as JSON, in lower case.",
         r254_wrap(r254_person_base, r254_strs(str.lower))),
        ("upper", "Extract the name, age and city from the record as JSON, in capitals.",
         r254_wrap(r254_person_base, r254_strs(str.upper))),
    ], "Extract the name, age and city from the record as JSON.", 16),
    ("or", r254_ord_schema, r254_ord_vals, r254_ord_record, r254_ord_base, [
        ("noprefix", "Extract the order id without the PO- prefix and the quantity as JSON.",
         r254_o_mod(order_id=lambda v: "%d-%04d" % (v["y"], v["n"]))),
        ("last4", "Extract the last four digits of the order id and the quantity as JSON.",
         r254_o_mod(order_id=lambda v: "%04d" % v["n"])),
        ("year", "Extract the year part of the order id as the order id, and the quantity, as JSON.",
         r254_o_mod(order_id=lambda v: "%d" % v["y"])),
        ("lower", "Extract the order id in lower case and the quantity as JSON.",
         r254_o_mod(order_id=lambda v: "po-%d-%04d" % (v["y"], v["n"]))),
    ], "Extract the order id and quantity as JSON.", 12),
    ("gu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base, [
        ("surname", "Give the guest's surname and the number of nights as JSON.", r254_g_mod(guest=lambda v: v["last"])),
        ("first", "Give the guest's first name and the number of nights as JSON.", r254_g_mod(guest=lambda v: v["first"])),
        ("upper", "Give the guest in capitals and the number of nights as JSON.",
         r254_g_mod(guest=lambda v: ("%s %s" % (v["first"], v["last"])).upper())),
    ], "Give the guest and the number of nights as JSON.", 10),
    ("iv", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base, [
        ("surname", "Extract the customer's surname, the city and the amount as JSON.",
         r254_i_mod(customer=lambda v: v["customer"].split()[1])),
        ("first", "Extract the customer's first name, the city and the amount as JSON.",
         r254_i_mod(customer=lambda v: v["customer"].split()[0])),
        ("nocents", "Extract the customer, city and amount (whole euros, no cents) as JSON.",
         r254_i_mod(amount=lambda v: v["whole"])),
    ], "Extract the customer, city and amount as JSON.", 10),
]


def r254_build_part6():
    rng = r254_rng
    for tag, schema, valsf, recf, basef, quals, plain, nb in R254_T6:
        for b in range(nb):
            v = valsf(rng)
            record = recf(v)
            qt, qinstr, qfn = quals[b % len(quals)]
            base_ans = qfn(v)
            bid = r254_id("q%s-base-%s" % (tag, qt))
            if r254_add("base", None, bid, "r254_q" + tag, "%s\n\nText:\n%s" % (qinstr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            # the qualifier dropped
            right = basef(v)
            r254_add("pair", bid, r254_id("q%s-drop-%s" % (tag, qt)), "r254_q" + tag, "%s\n\nText:\n%s" % (plain, record),
                     schema, right, [right] if rng.random() < 0.8 else [dict(base_ans), right])
            # the qualifier dropped, the plain request said otherwise
            alt = plain.replace(" as JSON.", ", as JSON, as written in the record.")
            r254_add("pair", bid, r254_id("q%s-dropw-%s" % (tag, qt)), "r254_q" + tag, "%s\n\nText:\n%s" % (alt, record),
                     schema, right, [right])
            # another qualifier
            for ot, oinstr, ofn in quals:
                if ot == qt:
                    continue
                r = ofn(v)
                r254_add("pair" if r != base_ans else "safe", bid, r254_id("q%s-other-%s-%s" % (tag, qt, ot)),
                         "r254_q" + tag, "%s\n\nText:\n%s" % (oinstr, record), schema, r, [r], safe=(r == base_ans))
            # the same qualifier again (safe)
            r254_add("safe", bid, r254_id("q%s-s-again-%s" % (tag, qt)), "r254_q" + tag,
                     "%s\n\nText:\n%s" % (qinstr.replace(" as JSON", " in JSON"), record), schema, base_ans, [base_ans],
                     safe=True)


r254_build_part6()


# ------------------------------------------------------------------ part 7: a code, or a time, asked of a member the record names plainly
R254_REFUSE = {"__refusal_expected__": True}
R254_CODES = {"Bergen": "BGO", "Tromsø": "TOS", "Stavanger": "SVG", "Wien": "VIE", "København": "CPH", "Lisboa": "LIS",
              "Göteborg": "GOT", "Lyon": "LYS", "Graz": "GRZ", "Porto": "OPO", "Kraków": "KRK", "Praha": "PRG",
              "Malmö": "MMX", "Aarhus": "AAR", "Nantes": "NTE"}


def r254_build_part7():
    rng = r254_rng
    kinds = [("cpe", r254_person_schema, r254_person_vals, r254_person_record, r254_person_base,
              "Extract the name, age and city from the record as JSON.", 14,
              [("citycode", "city", "city code", "city"), ("citys", "city", "city's code", "city"),
               ("cityentry", "city", "city at entry", "city"), ("agestart", "age", "age at the start", "age"),
               ("ageentry", "age", "age at entry", "age"),
               ("thecitys", "city", "the city's code", "city"), ("codeof", "the name, age and city", "the name, age and code of the city", "city"),
               ("citytype", "city", "city's type", "city")]),
             ("civ", r254_inv_schema, r254_inv_vals, r254_inv_record, r254_inv_base,
              "Extract the customer, city and amount as JSON.", 10,
              [("citycode", "city", "city code", "city"), ("custcode", "customer", "customer code", "customer"),
               ("citys", "city", "city's code", "city"),
               ("custs", "customer", "customer's code", "customer"), ("custkey", "customer", "customer key", "customer"),
               ("amtstart", "amount", "amount at the start", "amount")]),
             ("cgu", r254_guest_schema, r254_guest_vals, r254_guest_record, r254_guest_base,
              "Give the guest and the number of nights as JSON.", 8,
              [("guestcode", "guest", "guest code", "guest"), ("nightsstart", "number of nights", "number of nights at the start", "nights"),
               ("guests", "guest", "guest's code", "guest"), ("guestnum", "guest", "guest number", "guest"),
               ("guestkey", "guest", "guest key", "guest"), ("guesttype", "guest", "guest's type", "guest")])]
    for tag, schema, valsf, recf, basef, instr, nb, forms in kinds:
        for b in range(nb):
            v = valsf(rng)
            record = recf(v)
            base_ans = basef(v)
            bid = r254_id(tag + "-base")
            if r254_add("base", None, bid, "r254_" + tag, "%s\n\nText:\n%s" % (instr, record), schema,
                        base_ans, [base_ans]) is None:
                continue
            for tt, word, repl, member in forms:
                prompt = "%s\n\nText:\n%s" % (instr.replace(word, repl, 1), record)
                other = dict(base_ans)
                if member == "city":
                    other["city"] = (R254_CODES.get(v.get("city"), "XXX") if "code" in repl else
                                     "municipality" if "type" in repl else "Oslo")
                elif member == "guest" and "type" in repl:
                    other[member] = "adult"
                elif member == "customer" or member == "guest":
                    other[member] = "C-%04d" % rng.randint(1000, 9999)
                else:
                    other[member] = base_ans[member] - rng.randint(3, 9)
                r254_add("pair", bid, r254_id("%s-%s" % (tag, tt)), "r254_" + tag, prompt, schema, R254_REFUSE,
                         [other])


r254_build_part7()


# Confirmed alone (the ids and their bases, fresh store, two runs: 107 in each); clear and arguable.
r254_found_alone_list = {
    'd254-cgu-guestcode-2938', 'd254-cgu-guestcode-2945', 'd254-cgu-guestcode-2952', 'd254-cgu-guestcode-2959',
    'd254-cgu-guestcode-2966', 'd254-cgu-guestcode-2973', 'd254-cgu-guestcode-2980', 'd254-cgu-guestcode-2987',
    'd254-cgu-guestkey-2942', 'd254-cgu-guestkey-2949', 'd254-cgu-guestkey-2956', 'd254-cgu-guestkey-2963',
    'd254-cgu-guestkey-2970', 'd254-cgu-guestkey-2977', 'd254-cgu-guestkey-2984', 'd254-cgu-guestkey-2991',
    'd254-cgu-guestnum-2941', 'd254-cgu-guestnum-2948', 'd254-cgu-guestnum-2955', 'd254-cgu-guestnum-2962',
    'd254-cgu-guestnum-2969', 'd254-cgu-guestnum-2976', 'd254-cgu-guestnum-2983', 'd254-cgu-guestnum-2990',
    'd254-cgu-guests-2940', 'd254-cgu-guests-2947', 'd254-cgu-guests-2954', 'd254-cgu-guests-2961',
    'd254-cgu-guests-2968', 'd254-cgu-guests-2975', 'd254-cgu-guests-2982', 'd254-cgu-guests-2989',
    'd254-cgu-nightsstart-2939', 'd254-cgu-nightsstart-2946', 'd254-cgu-nightsstart-2953',
    'd254-cgu-nightsstart-2960', 'd254-cgu-nightsstart-2967', 'd254-cgu-nightsstart-2974',
    'd254-cgu-nightsstart-2981', 'd254-cgu-nightsstart-2988', 'd254-civ-amtstart-2880', 'd254-civ-amtstart-2908',
    'd254-civ-amtstart-2922', 'd254-civ-citycode-2875', 'd254-civ-citycode-2903', 'd254-civ-citycode-2917',
    'd254-civ-citys-2877', 'd254-civ-citys-2905', 'd254-civ-citys-2919', 'd254-civ-custcode-2876',
    'd254-civ-custcode-2904', 'd254-civ-custcode-2918', 'd254-civ-custkey-2879', 'd254-civ-custkey-2907',
    'd254-civ-custkey-2921', 'd254-civ-custs-2878', 'd254-civ-custs-2906', 'd254-civ-custs-2920',
    'd254-cpe-ageentry-2764', 'd254-cpe-ageentry-2773', 'd254-cpe-ageentry-2782', 'd254-cpe-ageentry-2791',
    'd254-cpe-ageentry-2800', 'd254-cpe-ageentry-2827', 'd254-cpe-ageentry-2863', 'd254-cpe-agestart-2763',
    'd254-cpe-agestart-2772', 'd254-cpe-agestart-2781', 'd254-cpe-agestart-2790', 'd254-cpe-agestart-2799',
    'd254-cpe-agestart-2826', 'd254-cpe-agestart-2862', 'd254-cpe-citycode-2760', 'd254-cpe-citycode-2769',
    'd254-cpe-citycode-2778', 'd254-cpe-citycode-2787', 'd254-cpe-citycode-2796', 'd254-cpe-citycode-2823',
    'd254-cpe-citycode-2859', 'd254-cpe-cityentry-2762', 'd254-cpe-cityentry-2771', 'd254-cpe-cityentry-2780',
    'd254-cpe-cityentry-2789', 'd254-cpe-cityentry-2798', 'd254-cpe-cityentry-2825', 'd254-cpe-cityentry-2861',
    'd254-cpe-citys-2761', 'd254-cpe-citys-2770', 'd254-cpe-citys-2779', 'd254-cpe-citys-2788', 'd254-cpe-citys-2797',
    'd254-cpe-citys-2824', 'd254-cpe-citys-2860', 'd254-cpe-codeof-2766', 'd254-cpe-codeof-2775',
    'd254-cpe-codeof-2784', 'd254-cpe-codeof-2793', 'd254-cpe-codeof-2802', 'd254-cpe-codeof-2829',
    'd254-cpe-codeof-2865', 'd254-cpe-thecitys-2765', 'd254-cpe-thecitys-2774', 'd254-cpe-thecitys-2783',
    'd254-cpe-thecitys-2792', 'd254-cpe-thecitys-2801', 'd254-cpe-thecitys-2828', 'd254-cpe-thecitys-2864',
}
r254_arguable_list = {
    'd254-cgu-guestkey-2942', 'd254-cgu-guestkey-2949', 'd254-cgu-guestkey-2956', 'd254-cgu-guestkey-2963',
    'd254-cgu-guestkey-2970', 'd254-cgu-guestkey-2977', 'd254-cgu-guestkey-2984', 'd254-cgu-guestkey-2991',
    'd254-cgu-guestnum-2941', 'd254-cgu-guestnum-2948', 'd254-cgu-guestnum-2955', 'd254-cgu-guestnum-2962',
    'd254-cgu-guestnum-2969', 'd254-cgu-guestnum-2976', 'd254-cgu-guestnum-2983', 'd254-cgu-guestnum-2990',
    'd254-cgu-nightsstart-2939', 'd254-cgu-nightsstart-2946', 'd254-cgu-nightsstart-2953',
    'd254-cgu-nightsstart-2960', 'd254-cgu-nightsstart-2967', 'd254-cgu-nightsstart-2974',
    'd254-cgu-nightsstart-2981', 'd254-cgu-nightsstart-2988', 'd254-civ-amtstart-2880', 'd254-civ-amtstart-2908',
    'd254-civ-amtstart-2922', 'd254-civ-custkey-2879', 'd254-civ-custkey-2907', 'd254-civ-custkey-2921',
    'd254-cpe-ageentry-2764', 'd254-cpe-ageentry-2773', 'd254-cpe-ageentry-2782', 'd254-cpe-ageentry-2791',
    'd254-cpe-ageentry-2800', 'd254-cpe-ageentry-2827', 'd254-cpe-ageentry-2863', 'd254-cpe-agestart-2763',
    'd254-cpe-agestart-2772', 'd254-cpe-agestart-2781', 'd254-cpe-agestart-2790', 'd254-cpe-agestart-2799',
    'd254-cpe-agestart-2826', 'd254-cpe-agestart-2862', 'd254-cpe-cityentry-2762', 'd254-cpe-cityentry-2771',
    'd254-cpe-cityentry-2780', 'd254-cpe-cityentry-2789', 'd254-cpe-cityentry-2798', 'd254-cpe-cityentry-2825',
    'd254-cpe-cityentry-2861',
}
r254_found_alone |= r254_found_alone_list
r254_arguable |= r254_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 52: the confirmed items (fixed: a word after a member's name that
# makes it another value) all kept with their bases, every 10th safe variant and every 30th of the rest; the arguable
# ones left out.
from probe_kit import trim_round as r254_trim_round  # noqa: E402

r254_trim_round("d254-", r254_found_alone, r254_arguable,
                lambda i: [r254_meta[i]["base"]] if r254_meta.get(i, {}).get("base") else [])

