r"""Red-team round 249 (black box): THE SCHEMA CHANGES, THE SOURCE TEXT STAYS (json_extract).
Focus: extraction requests whose source text stays byte for byte while the JSON Schema changes: a member's
  description changes what is asked (sender -> recipient, net -> gross, years -> months, euros -> cents, full name ->
  first / last name only / initials / "Last, First" / upper case, as written -> ISO 8601 / US / "e.g. 2024-01-31",
  without the country code, E.164, °C -> °F / K), in English, German, Norwegian, French, Spanish, as a `title` or as
  examples; keys renamed to another field of the text (from_city -> destination, city -> birth_city, phone -> fax,
  start_year -> end_year, net -> amount_incl_vat, price -> price_cents, weight -> weight_g, age -> age_months), keys
  renamed with the same meaning (origin/destination, telephone/telefax, first_year/last_year); descriptions and
  titles swapped between two members; enums renamed, reordered, reduced, upper-cased, translated, made integer
  codes; types changed alone (integer <-> string <-> number <-> array <-> boolean, nullable added) over values whose
  form each type reads differently ("0372", "1 256", "−7", "+3", "6,800", "8,979.50", "Holt, Mira", "Yes", "TRUE",
  "38,95", "€38.95", "8.1e3", "0.250", 20-digit ids, "152, 153", "059, 038"); nested objects flattened and flat ones
  nested (route{from,to}, departure{city}/arrival{city}, billing{city}/shipping{city}, fax{number}, period{end});
  what is asked said where the member's own description is not: a member-level allOf / anyOf / oneOf, a $ref into
  $defs or definitions (description, title, sibling description), `examples`, `$comment`, `x-description`, an
  object-level description, an `items` description, the ROOT description or title, a SIBLING member's description
  or title ("city": "the city (note: give the age in months)"), a new member carrying the unit; SAFE changes: key
  order, keys renamed with the same meaning, a description reworded / re-cased / with doubled spaces, a title added,
  nullable added, additionalProperties true, required reduced, an enum reordered or kept whole, a default.
  2,954 probes (seeded random.Random(249)), all json_extract: 384 bases, 2,570 variants (606 of them safe); part 1
  (d249-trip/letter/job/inv/per/con/wx/bk/pr/adr/stay/par/st/hid and trip2/letter2/inv2/perd/bc, 6 instances each):
  12 record shapes with 8-36 schema variants; part 2 (d249-ty*, 10 instances): type-only changes over the value forms
  above; part 3 (d249-nt/nti/ntw/ntp, 10 instances): notes at the root, in a sibling, or in a new member.
  Variants' scripted models are right for the variant's schema (35% of them first give a realistic wrong answer:
  the base's value, the other field's value, the unconverted value), so a wrong answer for a variant that depends on
  its base being stored came from the cache. Served on one fresh SQLite store, --runs 2; every wrong answer rerun
  (1) with its base alone and (2) with no base at all.
HELD: paths run 1: skip 2,690 / patch 122 / reuse 142 (safe on reuse 19/606); run 2: skip 2,643 / patch 64 / reuse
  247 (safe on reuse 28/606). No wrong answer on the reuse path and no member check.py marks KEPT-FROM-CACHE. Every
  changed description, title, key, enum, const, nesting and every member-level allOf/anyOf/oneOf/$ref/examples/
  $comment/x-description was regenerated or refused; type-only changes were reused and each value read again from
  the text, right in every case seen ("Room: 0776" integer 776 -> string "0776", "Quantity: 1 256" -> "1 256",
  "Low: −7" -> "−7", "Amount: 6,800" string -> integer 6800, "Count: 07" -> "07", nullable number -> string "38.95");
  "Rooms: 152, 153" -> integer, "Codes: 059, 038" -> integer, fractional -> integer, enums reduced, const other were
  refused. Over-refusal: even key order alone, a reworded description, a title added are not reused (28/606 safe on
  reuse); 1,094 right model answers rejected in run 2 (432 conversions the checks do not make, 84 From/To and
  City/Birth city read as synonyms so even the bases were refused, 78 keys renamed to a same-meaning name, "Items:
  folder; tape; pen" read as "folder").
WHAT GOT THROUGH (from the cache, confirmed alone: each id served wrong with only its base before it, and refused
  with no base; all 166 again in one workload of the ids and their bases, both runs). check.py reports them as
  path=skip (reason "failing_fraction_above: 1.000000 > 0.600000; not stored: the model gave a value again that
  failed reuse"), but the model never gave the served value (it gave the converted one on every call) and without the
  stored base the same request is refused: the stored base's value is served.
  (A) 84 ids, CLEAR: a unit or scale for one member written in a SIBLING member's description or title:
      "Name: Tomas Lund\nAge: 52\nCity: Porto" with "city": {"description": "the city (note: give the age in
      months)"} -> {"name":"Tomas Lund","age":52,"city":"Porto"} (right: age 624); "city": "ciudad; la edad en meses",
      "Stadt. Alter bitte in Monaten angeben.", "fullt navn (alder oppgis i måneder)", "ville ; l'âge doit être donné
      en mois", "city, e.g. Oslo (and age in months, e.g. 480)", title "City (age field in months)"; "currency":
      {"description": "Währung; Preis in Cent"} over "Price: 8.99" -> 8.99 (right 899); title "Currency (amount field in
      cents)" over "Amount: 950" -> 950 (right 95000); "station; temperatures in °F" over "Low: -3 / High: 9" -> -3/9;
      "order number; weight in grams", "item count; weight in grams" over "Weight: 6.3 kg" -> 6.3.
  (B) 34 ids, CLEAR: the same note in the ROOT description or title: "description": "Ages are given in months." over
      "Age: 56" -> 56 (right 672); "title": "Invoice (amounts in minor units)" over "Amount: 640" -> 640 (right 64000);
      "Temperatures in degrees Fahrenheit."; "Names: last name only." -> the full name.
  (C) 12 ids, CLEAR: other sibling notes: "guest name; the nights field counts days including departure day" over
      "Nights: 9" -> 9 (right 10); "station; give 'high' as the difference high minus low" over "Low: -2 / High: 4"
      -> high 4 (right 6); "currency; customer name in upper case" -> the name as written.
  (D) 30 ids, ARGUABLE: a `$comment` "age must be given in months" on the sibling (5; $comment is not meant for the
      reader); "currency; amounts are in thousands" (4); "currency; give the price including 25% VAT" (11; whether
      the text's price already includes VAT is not said); "currency; amounts owed by us are negative (this is a
      supplier invoice)" (6); a note in "city" that 'sender' and 'recipient' mean the other party (4).
  Judge errors, left out: 6 ids (d249-st-sib_order_*): a sibling note asks status in upper case or priority as 1-3
  while those members' own enums allow only the lower-case words; the served value is the only valid one.
  Wrong served FRESH (the model's own first answer accepted; wrong with no base too), run 2: 168 (6 of them the judge
  errors above): 95 unconverted values under a root or sibling note; 17 nested objects whose parent key names the
  other field ({"period": {"end"}} <- Start 2009, {"fax": {"number"}} <- the phone); 15 a format asked, the value as
  written ("check_in": "ISO 8601" / "e.g. 2024-01-31" / title "(YYYY-MM-DD)" / "Datum im Format JJJJ-MM-TT" ->
  "14/06/2027"; "age_in_months" / "age_months" -> 31; a two-digit year -> 2018; kelvin -> -6); 12 a name part asked
  (description "the sender's surname", "surname", object description "last name only", items description) -> the
  full name; 10 another field asked (key "departure" -> the check-in date, "country_code" -> the whole phone, title
  "Recipient" -> the sender, "lives_in" -> the birth city); 8 descriptions or titles swapped between two members ->
  the unswapped values; 5 a string made an array split at its comma ("Guest: Solberg, Per" -> ["Solberg","Per"],
  "Amount: 1,256" -> ["1","256"]).
TRIAGE (stop 52): the served value was the MODEL's, through the scripted model, not the cache's. After the full
  requests failed (the converted value is in no text), StepCache asked for the failing member alone; that region
  request carried the member's own schema only, and model.py, which matched it by its members, answered it from the
  BASE's entry (the same prompt; the asked member's schema the same in both), so without a base the variant's own
  entry answered and the request ended in an error. Both sides mended: a region request now carries the schema's
  root title and description (what the schema says of the whole), and model.py answers a region request from the
  entry the last request with the whole schema chose when the asked members cannot tell the entries apart (and
  compares the root title and description). All 166 then end in a clear error (the checks do not make conversions),
  in both runs. The fresh wrong answers (an unconverted value accepted, 95) stay open: the checks do not read a
  unit asked in a root or sibling note.
Adds its probes to probe_kit.P."""
import copy
import random as r249_random

from probe_kit import J, E, S, P  # noqa: F401

r249_rng = r249_random.Random(249)
r249_meta = {}
r249_n = [0]
R = {"__refusal_expected__": True}

FIRST = ["Ana", "Jonas", "Mira", "Hanna", "Lars", "Sofie", "Erik", "Ingrid", "Tomas", "Nora", "Kari", "Per", "Eva",
         "Magnus", "Lea", "Oskar", "Ida", "Henrik", "Marta", "Sven"]
LAST = ["Ruiz", "Haugen", "Holt", "Moreau", "Berg", "Lund", "Fjeld", "Vold", "Dahl", "Nilsen", "Strand", "Bakke",
        "Lie", "Moen", "Aas", "Solberg"]
CITIES = ["Oslo", "Bergen", "Molde", "Hamar", "Skien", "Larvik", "Drammen", "Narvik", "Halden", "Arendal", "Porto",
          "Lyon", "Graz", "Malmo", "Aarhus", "Tampere"]
ITEMS = ["desk lamp", "office chair", "stapler", "notebook", "monitor stand", "keyboard", "backpack", "kettle"]
ROLES = ["analyst", "engineer", "designer", "nurse", "teacher", "accountant"]


def st(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def it(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def nu(desc=None, **kw):
    d = {"type": "number"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def arr(t="string"):
    return {"type": "array", "items": {"type": t}}


def ob(props, required=None, addl=False):
    return {"type": "object", "properties": props, "required": list(props) if required is None else required,
            "additionalProperties": addl}


def add(tag, fam, prompt, schema, expect, answers, safe=False, base=None):
    r249_n[0] += 1
    pid = "d249-%s-%d" % (tag, r249_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r249_meta[pid] = {"base": base} if base else {}
    return pid


def V(tag, props, expect, safe=False, wrong=None, req=None, addl=False, fam=None, extra=None):
    return {"tag": tag, "props": props, "expect": expect, "safe": safe, "wrong": wrong, "req": req, "addl": addl,
            "extra": extra,
            "fam": fam or ("r249_safe_" + tag if safe else "r249_" + tag)}


def group(btag, prompt, bprops, ba, variants, base_wrong=None):
    rng = r249_rng
    banswers = [ba]
    if base_wrong is not None and rng.random() < 0.15:
        banswers = [base_wrong, ba]
    bid = add(btag, "r249_base", prompt, ob(copy.deepcopy(bprops)), ba, banswers)
    for v in variants:
        schema = ob(v["props"], v["req"], v["addl"])
        if v["extra"]:
            schema.update(v["extra"])
        e = v["expect"]
        if v["safe"]:
            answers = [e]
        elif e is R:
            w = v["wrong"] if v["wrong"] is not None else ba
            answers = [w, w, w]
        else:
            answers = [e]
            if v["wrong"] is not None and rng.random() < 0.35:
                answers = [v["wrong"], e]
        add(btag + "-" + v["tag"], v["fam"], prompt, schema, e, answers, safe=v["safe"], base=bid)


def name2():
    rng = r249_rng
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l, "%s %s" % (f, l)


def two_cities():
    return r249_rng.sample(CITIES, 2)


def up(d, **kw):
    e = dict(d)
    e.update(kw)
    return e


def reorder(props):
    ks = list(props)[::-1]
    return {k: props[k] for k in ks}


INSTR = {
    "trip": ["Return the trip as JSON.", "Extract the trip details as JSON.", "Give me the trip below as JSON."],
    "letter": ["Return the letter's details as JSON.", "Extract the letter fields as JSON."],
    "job": ["Return the employment record as JSON.", "Extract the job record as JSON."],
    "invoice": ["Return the invoice as JSON.", "Extract the invoice fields as JSON."],
    "person": ["Return the person as JSON.", "Extract the person's details as JSON."],
    "contact": ["Return the contact as JSON.", "Extract the contact details as JSON."],
    "weather": ["Return the reading as JSON.", "Extract the weather reading as JSON."],
    "booking": ["Return the booking as JSON.", "Extract the booking details as JSON."],
    "product": ["Return the product as JSON.", "Extract the product fields as JSON."],
    "order": ["Return the order as JSON.", "Extract the order details as JSON."],
    "stay": ["Return the stay as JSON.", "Extract the stay's details as JSON."],
}


def instr(k):
    return r249_rng.choice(INSTR[k])


# ------------------------------------------------------------------ T1 trips: from / to
def t_trip(i):
    f, l, n = name2()
    c1, c2 = two_cities()
    text = "%s\n\nTrip:\nTraveller: %s\nFrom: %s\nTo: %s\n" % (instr("trip"), n, c1, c2)
    bp = {"traveller": st(), "from_city": st(), "to_city": st()}
    ba = {"traveller": n, "from_city": c1, "to_city": c2}
    sw = {"traveller": n, "from_city": c2, "to_city": c1}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_od", {"traveller": st(), "origin": st(), "destination": st()},
          {"traveller": n, "origin": c1, "destination": c2}, safe=True),
        V("ren_se", {"traveller": st(), "start": st(), "end": st()}, {"traveller": n, "start": c1, "end": c2}, safe=True),
        V("ren_da", {"traveller": st(), "departure": st(), "arrival": st()},
          {"traveller": n, "departure": c1, "arrival": c2}, safe=True),
        V("only_to", {"traveller": st(), "to_city": st()}, {"traveller": n, "to_city": c2}),
        V("only_dest", {"traveller": st(), "destination": st()}, {"traveller": n, "destination": c2},
          wrong={"traveller": n, "destination": c1}),
        V("city_desc_to", {"traveller": st(), "city": st("the destination city")}, {"traveller": n, "city": c2},
          wrong={"traveller": n, "city": c1}),
        V("city_desc_from", {"traveller": st(), "city": st("the city the trip starts from")},
          {"traveller": n, "city": c1}, wrong={"traveller": n, "city": c2}),
        V("desc_to_upper", up(bp, to_city=st("the destination city in upper case")), up(ba, to_city=c2.upper()),
          wrong=ba),
        V("trav_last", up(bp, traveller=st("the traveller's last name only")), up(ba, traveller=l), wrong=ba),
        V("trav_first", up(bp, traveller=st("first name only")), up(ba, traveller=f), wrong=ba),
        V("trav_lastfirst", up(bp, traveller=st("name written as 'Last, First' (e.g. Smith, John)")),
          up(ba, traveller="%s, %s" % (l, f)), wrong=ba),
        V("trav_upper", up(bp, traveller=st("the traveller's name in uppercase")), up(ba, traveller=n.upper()),
          wrong=ba),
        V("key_surname", {"surname": st(), "from_city": st(), "to_city": st()},
          {"surname": l, "from_city": c1, "to_city": c2}, wrong={"surname": n, "from_city": c1, "to_city": c2}),
        V("key_given", {"given_name": st(), "from_city": st(), "to_city": st()},
          {"given_name": f, "from_city": c1, "to_city": c2}, wrong={"given_name": n, "from_city": c1, "to_city": c2}),
        V("key_trav_last", {"traveller_last_name": st(), "from_city": st(), "to_city": st()},
          {"traveller_last_name": l, "from_city": c1, "to_city": c2},
          wrong={"traveller_last_name": n, "from_city": c1, "to_city": c2}),
        V("title_last", up(bp, traveller={"type": "string", "title": "Last name"}), up(ba, traveller=l), wrong=ba),
        V("no_last", up(bp, traveller=st("kun etternavnet")), up(ba, traveller=l), wrong=ba),
        V("de_last", up(bp, traveller=st("nur der Nachname")), up(ba, traveller=l), wrong=ba),
        V("es_first", up(bp, traveller=st("solo el nombre de pila")), up(ba, traveller=f), wrong=ba),
        V("fr_upper", up(bp, to_city=st("la ville d'arrivée, en majuscules")), up(ba, to_city=c2.upper()), wrong=ba),
        V("to_arr", up(bp, to_city=arr()), up(ba, to_city=[c2])),
        V("to_enum_reorder", up(bp, to_city=st(enum=[c1, c2, "Other"])), ba, safe=True),
        V("to_enum_upper", up(bp, to_city=st(enum=[c1.upper(), c2.upper(), "OTHER"])), up(ba, to_city=c2.upper()),
          wrong=ba),
        V("to_enum_drop", up(bp, to_city=st(enum=[c1, "Other"])), up(ba, to_city="Other"), fam="r249_enum_reduced"),
        V("nest_route", {"traveller": st(), "route": ob({"from": st(), "to": st()})},
          {"traveller": n, "route": {"from": c1, "to": c2}}, safe=True),
        V("nest_da", {"traveller": st(), "departure": ob({"city": st()}), "arrival": ob({"city": st()})},
          {"traveller": n, "departure": {"city": c1}, "arrival": {"city": c2}}, safe=True),
        V("nest_arr_only", {"traveller": st(), "arrival": ob({"city": st()})},
          {"traveller": n, "arrival": {"city": c2}}, wrong={"traveller": n, "arrival": {"city": c1}}),
        V("nest_trav", {"traveller": ob({"first": st(), "last": st()}), "from_city": st(), "to_city": st()},
          {"traveller": {"first": f, "last": l}, "from_city": c1, "to_city": c2}),
        V("desc_reword", up(bp, to_city=st("the city the traveller is going to")), ba, safe=True),
        V("title_add", up(bp, to_city={"type": "string", "title": "Destination"}), ba, safe=True),
        V("nullable", up(bp, to_city={"type": ["string", "null"]}), ba, safe=True),
        V("addl_true", bp, ba, safe=True, addl=True),
    ]
    group("trip", text, bp, ba, vs, base_wrong=sw)
    # generic keys with descriptions: swap the descriptions
    bp2 = {"traveller": st(), "city_1": st("the city of departure"), "city_2": st("the destination city")}
    ba2 = {"traveller": n, "city_1": c1, "city_2": c2}
    sw2 = {"traveller": n, "city_1": c2, "city_2": c1}
    vs2 = [
        V("dswap", up(bp2, city_1=st("the destination city"), city_2=st("the city of departure")), sw2, wrong=ba2),
        V("tswap", {"traveller": st(), "city_1": {"type": "string", "title": "Destination city"},
                    "city_2": {"type": "string", "title": "Departure city"}}, sw2, wrong=ba2),
        V("dswap_no", up(bp2, city_1=st("reisemål (byen reisen ender i)"), city_2=st("avreisested")), sw2, wrong=ba2),
        V("dreword", up(bp2, city_1=st("where the trip starts"), city_2=st("where the trip ends")), ba2, safe=True),
        V("d1only", {"traveller": st(), "city_1": st("the destination city")},
          {"traveller": n, "city_1": c2}, wrong={"traveller": n, "city_1": c1}),
        V("d2only", {"traveller": st(), "city_2": st("the city of departure")},
          {"traveller": n, "city_2": c1}, wrong={"traveller": n, "city_2": c2}),
        V("keyswap", {"traveller": st(), "city_2": st("the city of departure"), "city_1": st("the destination city")},
          sw2, wrong=ba2),
        V("dcase", up(bp2, city_2=st("The destination city.")), ba2, safe=True),
    ]
    group("trip2", text, bp2, ba2, vs2, base_wrong=sw2)


# ------------------------------------------------------------------ T2 letters: sender / recipient
def t_letter(i):
    f1, l1, n1 = name2()
    f2, l2, n2 = name2()
    while n2 == n1:
        f2, l2, n2 = name2()
    c = r249_rng.choice(CITIES)
    text = "%s\n\nLetter:\nSender: %s\nRecipient: %s\nCity: %s\n" % (instr("letter"), n1, n2, c)
    bp = {"sender": st(), "recipient": st(), "city": st()}
    ba = {"sender": n1, "recipient": n2, "city": c}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_ft", {"from": st(), "to": st(), "city": st()}, {"from": n1, "to": n2, "city": c}, safe=True),
        V("ren_addressee", {"writer": st(), "addressee": st(), "city": st()},
          {"writer": n1, "addressee": n2, "city": c}, safe=True),
        V("name_sender", {"name": st("the sender's name"), "city": st()}, {"name": n1, "city": c},
          wrong={"name": n2, "city": c}),
        V("name_recip", {"name": st("the recipient's name"), "city": st()}, {"name": n2, "city": c},
          wrong={"name": n1, "city": c}),
        V("only_addressee", {"addressee": st(), "city": st()}, {"addressee": n2, "city": c},
          wrong={"addressee": n1, "city": c}),
        V("recip_last", up(bp, recipient=st("the recipient's last name only")), up(ba, recipient=l2), wrong=ba),
        V("sender_first", up(bp, sender=st("the sender's first name")), up(ba, sender=f1), wrong=ba),
        V("key_recip_last", {"sender": st(), "recipient_last_name": st(), "city": st()},
          {"sender": n1, "recipient_last_name": l2, "city": c},
          wrong={"sender": n1, "recipient_last_name": n2, "city": c}),
        V("nest_people", {"sender": ob({"name": st()}), "recipient": ob({"name": st()}), "city": st()},
          {"sender": {"name": n1}, "recipient": {"name": n2}, "city": c}, safe=True),
        V("nest_recip_only", {"recipient": ob({"name": st()}), "city": st()},
          {"recipient": {"name": n2}, "city": c}, wrong={"recipient": {"name": n1}, "city": c}),
        V("recip_arr", up(bp, recipient=arr()), up(ba, recipient=[n2])),
        V("city_upper", up(bp, city=st("upper case")), up(ba, city=c.upper()), wrong=ba),
        V("desc_add_same", up(bp, sender=st("the name of the person who sent the letter")), ba, safe=True),
        V("sib_city_swap", up(bp, city=st("the city. Note: in this form 'sender' means the person the letter "
                                          "goes to, and 'recipient' the person who wrote it.")),
          up(ba, sender=n2, recipient=n1), wrong=ba, fam="r249_sibling_note_swap"),
        V("sib_city_last", up(bp, city=st("city; give both names as last names only")),
          up(ba, sender=l1, recipient=l2), wrong=ba, fam="r249_sibling_note"),
        V("sib_sender_same", up(bp, city=st("the city the letter was sent from")), ba, safe=True),
    ]
    group("letter", text, bp, ba, vs, base_wrong=up(ba, sender=n2, recipient=n1))
    bp2 = {"name": st("the sender's name"), "city": st()}
    ba2 = {"name": n1, "city": c}
    vs2 = [
        V("recip", {"name": st("the recipient's name"), "city": st()}, {"name": n2, "city": c}, wrong=ba2),
        V("recip_title", {"name": {"type": "string", "title": "Recipient"}, "city": st()}, {"name": n2, "city": c},
          wrong=ba2),
        V("recip_de", {"name": st("Name des Empfängers"), "city": st()}, {"name": n2, "city": c}, wrong=ba2),
        V("recip_no", {"name": st("mottakerens navn"), "city": st()}, {"name": n2, "city": c}, wrong=ba2),
        V("addressee", {"name": st("the addressee"), "city": st()}, {"name": n2, "city": c}, wrong=ba2),
        V("sender_last", {"name": st("the sender's surname"), "city": st()}, {"name": l1, "city": c}, wrong=ba2),
        V("reword", {"name": st("name of the letter's sender"), "city": st()}, ba2, safe=True),
        V("reword2", {"name": st("who sent the letter")}, {"name": n1}, safe=False),
        V("title_add", {"name": {"type": "string", "description": "the sender's name", "title": "Sender"},
                        "city": st()}, ba2, safe=True),
    ]
    group("letter2", text, bp2, ba2, vs2, base_wrong={"name": n2, "city": c})


# ------------------------------------------------------------------ T3 jobs: start / end years
def t_job(i):
    rng = r249_rng
    f, l, n = name2()
    y1 = rng.randint(2005, 2018)
    y2 = y1 + rng.randint(2, 7)
    role = rng.choice(ROLES)
    text = "%s\n\nEmployee: %s\nRole: %s\nStart: %d\nEnd: %d\n" % (instr("job"), n, role, y1, y2)
    bp = {"employee": st(), "role": st(), "start_year": it(), "end_year": it()}
    ba = {"employee": n, "role": role, "start_year": y1, "end_year": y2}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_fl", {"employee": st(), "role": st(), "first_year": it(), "last_year": it()},
          {"employee": n, "role": role, "first_year": y1, "last_year": y2}, safe=True),
        V("ren_joined_left", {"employee": st(), "role": st(), "joined": it(), "left": it()},
          {"employee": n, "role": role, "joined": y1, "left": y2}, safe=True),
        V("only_end", {"employee": st(), "role": st(), "end_year": it()},
          {"employee": n, "role": role, "end_year": y2}, wrong={"employee": n, "role": role, "end_year": y1}),
        V("year_end", {"employee": st(), "role": st(), "year": it("the year the job ended")},
          {"employee": n, "role": role, "year": y2}, wrong={"employee": n, "role": role, "year": y1}),
        V("year_start", {"employee": st(), "role": st(), "year": it("the year the employee started")},
          {"employee": n, "role": role, "year": y1}, wrong={"employee": n, "role": role, "year": y2}),
        V("years", {"employee": st(), "role": st(), "years": it("number of years in the job (end minus start)")},
          {"employee": n, "role": role, "years": y2 - y1}, wrong={"employee": n, "role": role, "years": y2}),
        V("start_str", up(bp, start_year=st()), up(ba, start_year=str(y1))),
        V("start_2d", up(bp, start_year=it("the start year as two digits (e.g. 19 for 2019)")),
          up(ba, start_year=y1 % 100), wrong=ba),
        V("role_upper", up(bp, role=st("job title in capital letters")), up(ba, role=role.upper()), wrong=ba),
        V("role_enum_drop", up(bp, role=st(enum=[r for r in ROLES if r != role]))
          , R, fam="r249_enum_reduced"),
        V("role_enum_ok", up(bp, role=st(enum=list(reversed(ROLES)))), ba, safe=True),
        V("role_enum_cap", up(bp, role=st(enum=[r.capitalize() for r in ROLES])), up(ba, role=role.capitalize()),
          wrong=ba),
        V("nest_period", {"employee": st(), "role": st(), "period": ob({"start": it(), "end": it()})},
          {"employee": n, "role": role, "period": {"start": y1, "end": y2}}, safe=True),
        V("nest_period_end", {"employee": st(), "role": st(), "period": ob({"end": it()})},
          {"employee": n, "role": role, "period": {"end": y2}}, wrong={"employee": n, "role": role, "period": {"end": y1}}),
        V("start_null", up(bp, start_year={"type": ["integer", "null"]}), ba, safe=True),
        V("emp_last", up(bp, employee=st("surname")), up(ba, employee=l), wrong=ba),
        V("end_num", up(bp, end_year=nu()), ba, safe=True),
    ]
    group("job", text, bp, ba, vs, base_wrong=up(ba, start_year=y2, end_year=y1))


# ------------------------------------------------------------------ T4 invoices: net / gross
def t_invoice(i):
    rng = r249_rng
    f, l, n = name2()
    net = rng.choice([80, 120, 200, 240, 400, 480, 640, 800, 1000, 1200])
    gross = net * 5 // 4
    cur = rng.choice(["EUR", "NOK", "USD"])
    sym = {"EUR": "€", "NOK": "kr", "USD": "$"}[cur]
    text = "%s\n\nInvoice:\nCustomer: %s\nNet: %d\nGross: %d\nCurrency: %s\n" % (instr("invoice"), n, net, gross, cur)
    bp = {"customer": st(), "net": nu(), "gross": nu(), "currency": st()}
    ba = {"customer": n, "net": net, "gross": gross, "currency": cur}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_excl", {"customer": st(), "amount_excl_vat": nu(), "amount_incl_vat": nu(), "currency": st()},
          {"customer": n, "amount_excl_vat": net, "amount_incl_vat": gross, "currency": cur}, safe=True),
        V("amount_net", {"customer": st(), "amount": nu("the net amount"), "currency": st()},
          {"customer": n, "amount": net, "currency": cur}, wrong={"customer": n, "amount": gross, "currency": cur}),
        V("amount_gross", {"customer": st(), "amount": nu("the gross amount"), "currency": st()},
          {"customer": n, "amount": gross, "currency": cur}, wrong={"customer": n, "amount": net, "currency": cur}),
        V("total", {"customer": st(), "total_incl_vat": nu(), "currency": st()},
          {"customer": n, "total_incl_vat": gross, "currency": cur},
          wrong={"customer": n, "total_incl_vat": net, "currency": cur}),
        V("net_cents", {"customer": st(), "net_cents": it(), "gross": nu(), "currency": st()},
          {"customer": n, "net_cents": net * 100, "gross": gross, "currency": cur},
          wrong={"customer": n, "net_cents": net, "gross": gross, "currency": cur}),
        V("gross_desc_cents", up(bp, gross=it("the gross amount in cents")), up(ba, gross=gross * 100), wrong=ba),
        V("net_de_cent", up(bp, net=it("Nettobetrag in Cent")), up(ba, net=net * 100), wrong=ba),
        V("net_fr_same", up(bp, net=nu("montant hors taxes")), ba, safe=True),
        V("net_eg_same", up(bp, net=nu("e.g. 100.00")), ba, safe=True),
        V("net_str", up(bp, net=st()), up(ba, net=str(net))),
        V("net_int", up(bp, net=it()), ba, safe=True),
        V("vat", {"customer": st(), "vat": nu("the VAT amount (gross minus net)"), "currency": st()},
          {"customer": n, "vat": gross - net, "currency": cur}, wrong={"customer": n, "vat": gross, "currency": cur}),
        V("cur_symbol", up(bp, currency=st("the currency symbol")), up(ba, currency=sym), wrong=ba),
        V("cur_lower", up(bp, currency=st("ISO code in lowercase")), up(ba, currency=cur.lower()), wrong=ba),
        V("cur_enum_ok", up(bp, currency=st(enum=["USD", "NOK", "EUR"])), ba, safe=True),
        V("cur_enum_names", up(bp, currency=st(enum=["euro", "krone", "dollar"])),
          up(ba, currency={"EUR": "euro", "NOK": "krone", "USD": "dollar"}[cur]), wrong=ba),
        V("cur_const_other", up(bp, currency=st(const="SEK")), R, fam="r249_const_other"),
        V("cust_upper", up(bp, customer=st("customer name in block capitals")), up(ba, customer=n.upper()), wrong=ba),
        V("nest_amounts", {"customer": st(), "amounts": ob({"net": nu(), "gross": nu()}), "currency": st()},
          {"customer": n, "amounts": {"net": net, "gross": gross}, "currency": cur}, safe=True),
        V("nest_money", {"customer": st(), "total": ob({"value": nu("gross"), "currency": st()})},
          {"customer": n, "total": {"value": gross, "currency": cur}},
          wrong={"customer": n, "total": {"value": net, "currency": cur}}),
        V("gross_bool", {"customer": st(), "net": nu(), "gross": nu(), "currency": st(),
                         "vat_included": {"type": "boolean", "description": "whether the net amount includes VAT"}},
          up(ba, vat_included=False)),
        V("sib_cur_cents", up(bp, currency=st("ISO code; net and gross are given in cents")),
          up(ba, net=net * 100, gross=gross * 100), wrong=ba, fam="r249_sibling_note"),
        V("sib_cust_cents", up(bp, customer=st("customer name (all amounts in this record in cents)")),
          up(ba, net=net * 100, gross=gross * 100), wrong=ba, fam="r249_sibling_note"),
        V("sib_cust_swap", up(bp, customer=st("customer name. In this export 'net' holds the amount including VAT "
                                              "and 'gross' the amount before VAT.")),
          up(ba, net=gross, gross=net), wrong=ba, fam="r249_sibling_note_swap"),
        V("sib_cur_k", up(bp, currency=st("currency; amounts are in thousands")),
          up(ba, net=net / 1000, gross=gross / 1000), wrong=ba, fam="r249_sibling_note"),
        V("sib_cur_same", up(bp, currency=st("ISO 4217 currency code")), ba, safe=True),
    ]
    group("inv", text, bp, ba, vs, base_wrong=up(ba, net=gross, gross=net))
    bp2 = {"customer": st(), "amount": nu("the net amount"), "currency": st()}
    ba2 = {"customer": n, "amount": net, "currency": cur}
    vs2 = [
        V("gross", up(bp2, amount=nu("the gross amount")), up(ba2, amount=gross), wrong=ba2),
        V("incl", up(bp2, amount=nu("the amount including VAT")), up(ba2, amount=gross), wrong=ba2),
        V("brutto", up(bp2, amount=nu("Bruttobetrag")), up(ba2, amount=gross), wrong=ba2),
        V("cents", up(bp2, amount=it("the net amount in cents")), up(ba2, amount=net * 100), wrong=ba2),
        V("title_gross", up(bp2, amount={"type": "number", "title": "Gross amount"}), up(ba2, amount=gross),
          wrong=ba2),
        V("reword", up(bp2, amount=nu("the amount before VAT")), ba2, safe=True),
        V("ws", up(bp2, amount=nu("the  net  amount")), ba2, safe=True),
        V("case", up(bp2, amount=nu("The net amount.")), ba2, safe=True),
    ]
    group("inv2", text, bp2, ba2, vs2, base_wrong=up(ba2, amount=gross))


# ------------------------------------------------------------------ T5 persons: age units, name parts, cities
def t_person(i):
    rng = r249_rng
    f, l, n = name2()
    age = rng.randint(19, 77)
    c1, c2 = two_cities()
    text = "%s\n\nName: %s\nAge: %d\nCity: %s\n" % (instr("person"), n, age, c1)
    bp = {"name": st(), "age": it(), "city": st()}
    ba = {"name": n, "age": age, "city": c1}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("age_months", up(bp, age=it("age in months")), up(ba, age=age * 12), wrong=ba),
        V("key_age_months", {"name": st(), "age_months": it(), "city": st()},
          {"name": n, "age_months": age * 12, "city": c1}, wrong={"name": n, "age_months": age, "city": c1}),
        V("key_age_in_months", {"name": st(), "age_in_months": it(), "city": st()},
          {"name": n, "age_in_months": age * 12, "city": c1}, wrong={"name": n, "age_in_months": age, "city": c1}),
        V("age_no_months", up(bp, age=it("alder i måneder")), up(ba, age=age * 12), wrong=ba),
        V("age_title_months", up(bp, age={"type": "integer", "title": "Age (months)"}), up(ba, age=age * 12),
          wrong=ba),
        V("age_years_same", up(bp, age=it("age in years")), ba, safe=True),
        V("age_str", up(bp, age=st()), up(ba, age=str(age))),
        V("age_num", up(bp, age=nu()), ba, safe=True),
        V("age_null", up(bp, age={"type": ["integer", "null"]}), ba, safe=True),
        V("age_next", up(bp, age=it("the age the person will turn at their next birthday")),
          up(ba, age=age + 1), wrong=ba),
        V("first", up(bp, name=st("first name only")), up(ba, name=f), wrong=ba),
        V("last", up(bp, name=st("last name only")), up(ba, name=l), wrong=ba),
        V("key_first", {"first_name": st(), "age": it(), "city": st()}, {"first_name": f, "age": age, "city": c1},
          wrong={"first_name": n, "age": age, "city": c1}),
        V("key_last", {"last_name": st(), "age": it(), "city": st()}, {"last_name": l, "age": age, "city": c1},
          wrong={"last_name": n, "age": age, "city": c1}),
        V("split", {"first_name": st(), "last_name": st(), "age": it(), "city": st()},
          {"first_name": f, "last_name": l, "age": age, "city": c1}),
        V("name_upper", up(bp, name=st("uppercase")), up(ba, name=n.upper()), wrong=ba),
        V("name_title_surname", up(bp, name={"type": "string", "title": "Surname"}), up(ba, name=l), wrong=ba),
        V("name_initials", up(bp, name=st("initials only, e.g. J.S.")), up(ba, name="%s.%s." % (f[0], l[0])),
          wrong=ba),
        V("city_upper", up(bp, city=st("city name in upper case")), up(ba, city=c1.upper()), wrong=ba),
        V("nest_city", {"name": st(), "age": it(), "city": ob({"name": st()})},
          {"name": n, "age": age, "city": {"name": c1}}, safe=True),
        V("nest_person", {"person": ob({"name": st(), "age": it()}), "city": st()},
          {"person": {"name": n, "age": age}, "city": c1}, safe=True),
        V("age_bool_adult", {"name": st(), "adult": {"type": "boolean", "description": "is the person 18 or older"},
                             "city": st()}, {"name": n, "adult": True, "city": c1}),
        V("age_enum_group", up(bp, age=st(enum=["under 30", "30-59", "60 or older"])),
          up(ba, age="under 30" if age < 30 else ("30-59" if age < 60 else "60 or older")), wrong=up(ba, age=str(age))),
        V("reword_same", up(bp, age=it("how old the person is, in whole years")), ba, safe=True),
        V("title_add", up(bp, name={"type": "string", "title": "Full name"}), ba, safe=True),
        V("sib_city_age_months", up(bp, city=st("the city (note: give the age in months)")), up(ba, age=age * 12),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_city_last", up(bp, city=st("city of residence. The name field takes the last name only.")),
          up(ba, name=l), wrong=ba, fam="r249_sibling_note"),
        V("sib_name_months", up(bp, name=st("full name; age is wanted in months, not years")),
          up(ba, age=age * 12), wrong=ba, fam="r249_sibling_note"),
        V("sib_city_de", up(bp, city=st("Stadt. Alter bitte in Monaten angeben.")), up(ba, age=age * 12),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_city_title", up(bp, city={"type": "string", "title": "City (age field in months)"}),
          up(ba, age=age * 12), wrong=ba, fam="r249_sibling_note"),
        V("sib_city_comment", up(bp, city={"type": "string", "$comment": "age must be given in months"}),
          up(ba, age=age * 12), wrong=ba, fam="r249_arg_sibling_comment"),
        V("sib_city_same", up(bp, city=st("the city the person lives in")), ba, safe=True),
    ]
    group("per", text, bp, ba, vs)
    # base with descriptions
    bpd = {"name": st("the person's full name"), "age": it("age in years"), "city": st()}
    vsd = [
        V("months", up(bpd, age=it("age in months")), up(ba, age=age * 12), wrong=ba),
        V("days_weeks", up(bpd, age=it("age in weeks, approximately (years times 52)")), up(ba, age=age * 52),
          wrong=ba),
        V("surname", up(bpd, name=st("the person's surname")), up(ba, name=l), wrong=ba),
        V("given", up(bpd, name=st("the person's given name")), up(ba, name=f), wrong=ba),
        V("reword", up(bpd, age=it("the person's age in years")), ba, safe=True),
        V("reword_name", up(bpd, name=st("full name of the person")), ba, safe=True),
        V("drop_desc", {"name": st(), "age": it(), "city": st()}, ba, safe=True),
        V("example_age", up(bpd, age=it("e.g. 42")), ba, safe=True),
    ]
    group("perd", text, bpd, ba, vsd)
    # city vs birth city
    text2 = "%s\n\nName: %s\nCity: %s\nBirth city: %s\n" % (instr("person"), n, c1, c2)
    bp3 = {"name": st(), "city": st(), "birth_city": st()}
    ba3 = {"name": n, "city": c1, "birth_city": c2}
    vs3 = [
        V("order", reorder(bp3), ba3, safe=True),
        V("city_desc_birth", {"name": st(), "city": st("the city where the person was born")},
          {"name": n, "city": c2}, wrong={"name": n, "city": c1}),
        V("birthplace", {"name": st(), "birthplace": st()}, {"name": n, "birthplace": c2},
          wrong={"name": n, "birthplace": c1}),
        V("born_in", {"name": st(), "born_in": st()}, {"name": n, "born_in": c2}, wrong={"name": n, "born_in": c1}),
        V("lives_in", {"name": st(), "lives_in": st()}, {"name": n, "lives_in": c1}, wrong={"name": n, "lives_in": c2}),
        V("home_city", {"name": st(), "home_city": st(), "birth_city": st()},
          {"name": n, "home_city": c1, "birth_city": c2}, safe=True),
        V("only_birth", {"name": st(), "birth_city": st()}, {"name": n, "birth_city": c2},
          wrong={"name": n, "birth_city": c1}),
        V("swapdesc", {"name": st(), "city": st("city of birth"), "birth_city": st("current city of residence")},
          {"name": n, "city": c2, "birth_city": c1}, wrong=ba3),
        V("nest_birth", {"name": st(), "city": st(), "birth": ob({"city": st()})},
          {"name": n, "city": c1, "birth": {"city": c2}}, wrong={"name": n, "city": c1, "birth": {"city": c1}}),
    ]
    group("bc", text2, bp3, ba3, vs3, base_wrong=up(ba3, city=c2, birth_city=c1))


# ------------------------------------------------------------------ T6 contacts: phone / fax
def t_contact(i):
    rng = r249_rng
    f, l, n = name2()
    p = "%d%d %d%d %d%d %d%d" % tuple(rng.randint(1, 9) for _ in range(8))
    x = "%d%d %d%d %d%d %d%d" % tuple(rng.randint(1, 9) for _ in range(8))
    text = "%s\n\nName: %s\nPhone: +47 %s\nFax: +47 %s\n" % (instr("contact"), n, p, x)
    P_, X_ = "+47 " + p, "+47 " + x
    bp = {"name": st(), "phone": st(), "fax": st()}
    ba = {"name": n, "phone": P_, "fax": X_}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_tel", {"name": st(), "telephone": st(), "telefax": st()}, {"name": n, "telephone": P_, "telefax": X_},
          safe=True),
        V("number_fax", {"name": st(), "number": st("the fax number")}, {"name": n, "number": X_},
          wrong={"name": n, "number": P_}),
        V("number_phone", {"name": st(), "number": st("the phone number")}, {"name": n, "number": P_},
          wrong={"name": n, "number": X_}),
        V("only_fax", {"name": st(), "fax": st()}, {"name": n, "fax": X_}, wrong={"name": n, "fax": P_}),
        V("phone_nocc", up(bp, phone=st("the phone number without the country code")), up(ba, phone=p), wrong=ba),
        V("fax_nocc_digits", up(bp, fax=st("fax number, digits only, no country code")),
          up(ba, fax=x.replace(" ", "")), wrong=ba),
        V("cc", {"name": st(), "country_code": st()}, {"name": n, "country_code": "+47"},
          wrong={"name": n, "country_code": P_}),
        V("phone_arr", up(bp, phone=arr()), up(ba, phone=[P_])),
        V("numbers_arr", {"name": st(), "numbers": {"type": "array", "items": {"type": "string"},
                                                    "description": "all phone and fax numbers"}},
          {"name": n, "numbers": [P_, X_]}, wrong={"name": n, "numbers": [P_]}),
        V("nest_fax", {"name": st(), "fax": ob({"number": st()})}, {"name": n, "fax": {"number": X_}},
          wrong={"name": n, "fax": {"number": P_}}),
        V("e164", up(bp, phone=st("E.164 format, e.g. +4712345678")), up(ba, phone="+47" + p.replace(" ", "")),
          wrong=ba),
        V("phone_reword", up(bp, phone=st("the person's telephone number")), ba, safe=True),
        V("name_last", up(bp, name=st("the contact's family name")), up(ba, name=l), wrong=ba),
    ]
    group("con", text, bp, ba, vs, base_wrong=up(ba, phone=X_, fax=P_))


# ------------------------------------------------------------------ T7 weather: low / high
def t_weather(i):
    rng = r249_rng
    c = rng.choice(CITIES)
    lo = rng.randint(-12, 8)
    hi = lo + rng.randint(3, 14)
    text = "%s\n\nStation: %s\nLow: %d\nHigh: %d\n" % (instr("weather"), c, lo, hi)
    bp = {"station": st(), "low": it(), "high": it()}
    ba = {"station": c, "low": lo, "high": hi}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren_minmax", {"station": st(), "min_temp": it(), "max_temp": it()},
          {"station": c, "min_temp": lo, "max_temp": hi}, safe=True),
        V("temp_high", {"station": st(), "temperature": it("the day's highest temperature")},
          {"station": c, "temperature": hi}, wrong={"station": c, "temperature": lo}),
        V("temp_low", {"station": st(), "temperature": it("the day's lowest temperature")},
          {"station": c, "temperature": lo}, wrong={"station": c, "temperature": hi}),
        V("only_max", {"station": st(), "max_temp": it()}, {"station": c, "max_temp": hi},
          wrong={"station": c, "max_temp": lo}),
        V("range", {"station": st(), "range": it("high minus low")}, {"station": c, "range": hi - lo},
          wrong={"station": c, "range": hi}),
        V("high_f", up(bp, high=nu("in degrees Fahrenheit")), up(ba, high=hi * 9 / 5 + 32), wrong=ba),
        V("low_k", up(bp, low=nu("in kelvin")), up(ba, low=round(lo + 273.15, 2)), wrong=ba),
        V("low_str", up(bp, low=st()), up(ba, low=str(lo))),
        V("high_num", up(bp, high=nu()), ba, safe=True),
        V("frost", {"station": st(), "frost": {"type": "boolean", "description": "did the low go below zero"}},
          {"station": c, "frost": lo < 0}, wrong={"station": c, "frost": not (lo < 0)}),
        V("nest_temps", {"station": st(), "temps": ob({"low": it(), "high": it()})},
          {"station": c, "temps": {"low": lo, "high": hi}}, safe=True),
        V("desc_same", up(bp, low=it("lowest temperature of the day, °C")), ba, safe=True),
        V("station_upper", up(bp, station=st("station name, uppercase")), up(ba, station=c.upper()), wrong=ba),
        V("sib_station_f", up(bp, station=st("station name; temperatures in degrees Fahrenheit")),
          up(ba, low=int(round(lo * 9 / 5 + 32)), high=int(round(hi * 9 / 5 + 32))), wrong=ba,
          fam="r249_sibling_note"),
        V("sib_station_swap", up(bp, station=st("station name (the sensor labels are reversed: the value shown as "
                                                "Low is the day's high and vice versa)")),
          up(ba, low=hi, high=lo), wrong=ba, fam="r249_sibling_note_swap"),
        V("sib_high_k", up(bp, high=it("the high; every temperature in this record in kelvin")),
          up(ba, low=int(round(lo + 273.15)), high=int(round(hi + 273.15))), wrong=ba, fam="r249_sibling_note"),
    ]
    group("wx", text, bp, ba, vs, base_wrong=up(ba, low=hi, high=lo))


# ------------------------------------------------------------------ T8 bookings: room / nights (type changes)
def t_booking(i):
    rng = r249_rng
    f, l, n = name2()
    room = rng.randint(101, 899)
    rtext = rng.choice(["%d" % room, "0%d" % room])
    nights = rng.randint(2, 9)
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    text = "%s\n\nBooking:\nGuest: %s\nRoom: %s\nNights: %d\n" % (instr("booking"), n, rtext, nights)
    bp = {"guest": st(), "room": it(), "nights": it()}
    ba = {"guest": n, "room": room, "nights": nights}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("room_str", up(bp, room=st()), up(ba, room=rtext), wrong=up(ba, room=str(room))
          if rtext != str(room) else None),
        V("room_str_desc", up(bp, room=st("room number exactly as written")), up(ba, room=rtext)),
        V("room_floor", up(bp, room=it("the floor: the room number's first digit")),
          up(ba, room=int(str(room)[0])), wrong=ba),
        V("floor_key", {"guest": st(), "floor": it("first digit of the room number"), "nights": it()},
          {"guest": n, "floor": int(str(room)[0]), "nights": nights},
          wrong={"guest": n, "floor": room, "nights": nights}),
        V("room_number_key", {"guest": st(), "room_number": it(), "nights": it()},
          {"guest": n, "room_number": room, "nights": nights}, safe=True),
        V("nights_words", up(bp, nights=st("number of nights written in words")), up(ba, nights=words[nights]),
          wrong=up(ba, nights=str(nights))),
        V("nights_str", up(bp, nights=st()), up(ba, nights=str(nights))),
        V("nights_arr", up(bp, nights=arr("integer")), up(ba, nights=[nights])),
        V("room_arr_str", up(bp, room=arr()), up(ba, room=[rtext])),
        V("days", {"guest": st(), "room": it(), "days": it("length of stay in days, counting both arrival and "
                                                          "departure day (nights + 1)")},
          {"guest": n, "room": room, "days": nights + 1}, wrong={"guest": n, "room": room, "days": nights}),
        V("nest_guest", {"guest": ob({"first": st(), "last": st()}), "room": it(), "nights": it()},
          {"guest": {"first": f, "last": l}, "room": room, "nights": nights}),
        V("nest_stay", {"guest": st(), "stay": ob({"room": it(), "nights": it()})},
          {"guest": n, "stay": {"room": room, "nights": nights}}, safe=True),
        V("room_const_other", up(bp, room=it(const=room + 1)), R, fam="r249_const_other"),
        V("room_default", up(bp, room=it(default=100)), ba, safe=True),
        V("req_drop", bp, ba, safe=True, req=["guest"]),
        V("nights_bool", {"guest": st(), "room": it(), "long_stay": {"type": "boolean",
                                                                       "description": "more than 5 nights"}},
          {"guest": n, "room": room, "long_stay": nights > 5}),
        V("sib_guest_last", up(bp, guest=st("guest; give room as the floor number (its first digit)")),
          up(ba, room=int(str(room)[0])), wrong=ba, fam="r249_sibling_note"),
        V("sib_nights_days", up(bp, guest=st("guest name; the nights field counts days including departure day")),
          up(ba, nights=nights + 1), wrong=ba, fam="r249_sibling_note"),
    ]
    group("bk", text, bp, ba, vs, base_wrong=up(ba, nights=room % 10))


# ------------------------------------------------------------------ T9 products: price units
def t_product(i):
    rng = r249_rng
    item = rng.choice(ITEMS)
    cents = rng.choice([1250, 899, 4590, 12075, 305, 2999, 7450])
    ptext = "%d.%02d" % (cents // 100, cents % 100)
    price = cents / 100
    text = "%s\n\nProduct: %s\nPrice: %s\nCurrency: EUR\n" % (instr("product"), item, ptext)
    bp = {"product": st(), "price": nu(), "currency": st()}
    ba = {"product": item, "price": price, "currency": "EUR"}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("cents", up(bp, price=it("price in cents")), up(ba, price=cents), wrong=ba),
        V("euros_same", up(bp, price=nu("price in euros")), ba, safe=True),
        V("key_cents", {"product": st(), "price_cents": it(), "currency": st()},
          {"product": item, "price_cents": cents, "currency": "EUR"},
          wrong={"product": item, "price_cents": round(price), "currency": "EUR"}),
        V("key_minor", {"product": st(), "price_minor_units": it(), "currency": st()},
          {"product": item, "price_minor_units": cents, "currency": "EUR"}),
        V("de_cent", up(bp, price=it("Preis in Cent")), up(ba, price=cents), wrong=ba),
        V("eg_cents", up(bp, price=it("e.g. 1999 for 19.99")), up(ba, price=cents), wrong=ba),
        V("title_cents", up(bp, price={"type": "integer", "title": "Price (cents)"}), up(ba, price=cents), wrong=ba),
        V("price_str", up(bp, price=st()), up(ba, price=ptext)),
        V("price_int", up(bp, price=it()), R if cents % 100 else up(ba, price=cents // 100), fam="r249_int_frac"),
        V("prod_upper", up(bp, product=st("product name in uppercase")), up(ba, product=item.upper()), wrong=ba),
        V("prod_arr", up(bp, product=arr()), up(ba, product=[item])),
        V("cur_symbol", up(bp, currency=st("currency symbol")), up(ba, currency="€"), wrong=ba),
        V("cur_iso_same", up(bp, currency=st("ISO 4217 code")), ba, safe=True),
        V("nest_price", {"product": st(), "price": ob({"amount": nu(), "currency": st()})},
          {"product": item, "price": {"amount": price, "currency": "EUR"}}, safe=True),
        V("price_with_vat", up(bp, price=nu("price including 25% VAT")), up(ba, price=round(price * 1.25, 4)),
          wrong=ba),
        V("sib_cur_cents", up(bp, currency=st("ISO 4217 code; the price is in cents")), up(ba, price=cents),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_prod_cents", up(bp, product=st("product name (price in euro cents)")), up(ba, price=cents),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_cur_de", up(bp, currency=st("Währung; Preis in Cent")), up(ba, price=cents),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_cur_vat", up(bp, currency=st("currency; give the price including 25% VAT")),
          up(ba, price=round(price * 1.25, 4)), wrong=ba, fam="r249_sibling_note"),
    ]
    group("pr", text, bp, ba, vs)


# ------------------------------------------------------------------ T10 billing / shipping city
def t_address(i):
    f, l, n = name2()
    c1, c2 = two_cities()
    text = "%s\n\nOrder:\nCustomer: %s\nBilling city: %s\nShipping city: %s\n" % (instr("order"), n, c1, c2)
    bp = {"customer": st(), "billing_city": st(), "shipping_city": st()}
    ba = {"customer": n, "billing_city": c1, "shipping_city": c2}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("ren", {"customer": st(), "invoice_city": st(), "delivery_city": st()},
          {"customer": n, "invoice_city": c1, "delivery_city": c2}, safe=True),
        V("city_ship", {"customer": st(), "city": st("the shipping city")}, {"customer": n, "city": c2},
          wrong={"customer": n, "city": c1}),
        V("city_bill", {"customer": st(), "city": st("the billing city")}, {"customer": n, "city": c1},
          wrong={"customer": n, "city": c2}),
        V("delivery_only", {"customer": st(), "delivery_city": st()}, {"customer": n, "delivery_city": c2},
          wrong={"customer": n, "delivery_city": c1}),
        V("nest_both", {"customer": st(), "billing": ob({"city": st()}), "shipping": ob({"city": st()})},
          {"customer": n, "billing": {"city": c1}, "shipping": {"city": c2}}, safe=True),
        V("nest_ship", {"customer": st(), "shipping": ob({"city": st()})}, {"customer": n, "shipping": {"city": c2}},
          wrong={"customer": n, "shipping": {"city": c1}}),
        V("nest_bill", {"customer": st(), "billing": ob({"city": st()})}, {"customer": n, "billing": {"city": c1}},
          wrong={"customer": n, "billing": {"city": c2}}),
        V("swapdesc", {"customer": st(), "billing_city": st("where the goods are shipped"),
                       "shipping_city": st("the city on the invoice address")},
          {"customer": n, "billing_city": c2, "shipping_city": c1}, wrong=ba),
        V("ship_upper", up(bp, shipping_city=st("in capitals")), up(ba, shipping_city=c2.upper()), wrong=ba),
        V("cities_arr", {"customer": st(), "cities": {"type": "array", "items": {"type": "string"},
                                                      "description": "billing city, then shipping city"}},
          {"customer": n, "cities": [c1, c2]}, wrong={"customer": n, "cities": [c2, c1]}),
    ]
    group("adr", text, bp, ba, vs, base_wrong=up(ba, billing_city=c2, shipping_city=c1))


# ------------------------------------------------------------------ T11 stays: date formats
def t_stay(i):
    rng = r249_rng
    f, l, n = name2()
    y = rng.choice([2026, 2027])
    m = rng.randint(1, 12)
    d = rng.randint(10, 20)
    k = rng.randint(2, 7)
    d2 = d + k
    style = i % 2
    if style == 0:
        t1, t2 = "%02d.%02d.%d" % (d, m, y), "%02d.%02d.%d" % (d2, m, y)
    else:
        t1, t2 = "%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (d2, m, y)
    i1, i2 = "%d-%02d-%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d2)
    us1 = "%02d/%02d/%d" % (m, d, y)
    text = "%s\n\nGuest: %s\nCheck-in: %s\nCheck-out: %s\n" % (instr("stay"), n, t1, t2)
    bp = {"guest": st(), "check_in": st(), "check_out": st()}
    ba = {"guest": n, "check_in": t1, "check_out": t2}
    vs = [
        V("order", reorder(bp), ba, safe=True),
        V("iso_desc", up(bp, check_in=st("ISO 8601 date")), up(ba, check_in=i1), wrong=ba),
        V("iso_eg", up(bp, check_in=st("e.g. 2024-01-31")), up(ba, check_in=i1), wrong=ba),
        V("iso_fmt", up(bp, check_out=st(format="date")), up(ba, check_out=i2), wrong=ba),
        V("iso_title", up(bp, check_in={"type": "string", "title": "Check-in (YYYY-MM-DD)"}), up(ba, check_in=i1),
          wrong=ba),
        V("us", up(bp, check_in=st("US format MM/DD/YYYY")), up(ba, check_in=us1), wrong=ba),
        V("as_written", up(bp, check_in=st("the date as written")), ba, safe=True),
        V("arrival_dep", {"guest": st(), "arrival": st(), "departure": st()},
          {"guest": n, "arrival": t1, "departure": t2}, safe=True),
        V("date_out", {"guest": st(), "date": st("the check-out date")}, {"guest": n, "date": t2},
          wrong={"guest": n, "date": t1}),
        V("departure_only", {"guest": st(), "departure": st()}, {"guest": n, "departure": t2},
          wrong={"guest": n, "departure": t1}),
        V("nights", {"guest": st(), "nights": it("number of nights")}, {"guest": n, "nights": k},
          wrong={"guest": n, "nights": d}),
        V("year", up(bp, check_in=it("year of check-in")), up(ba, check_in=y), wrong=ba),
        V("nest", {"guest": st(), "dates": ob({"in": st(), "out": st()})},
          {"guest": n, "dates": {"in": t1, "out": t2}}, safe=True),
        V("de_iso", up(bp, check_out=st("Datum im Format JJJJ-MM-TT")), up(ba, check_out=i2), wrong=ba),
    ]
    group("stay", text, bp, ba, vs, base_wrong=up(ba, check_in=t2, check_out=t1))


# ------------------------------------------------------------------ T12 parcels: weight units, ids
def t_parcel(i):
    rng = r249_rng
    oid = rng.randint(10000, 99999)
    w10 = rng.randint(3, 95)
    wtext = "%d.%d" % (w10 // 10, w10 % 10)
    w = w10 / 10
    q = rng.randint(2, 12)
    text = "%s\n\nOrder: %d\nWeight: %s kg\nQuantity: %d\n" % (instr("order"), oid, wtext, q)
    bp = {"order": it(), "weight": nu(), "quantity": it()}
    ba = {"order": oid, "weight": w, "quantity": q}
    vs = [
        V("order_", reorder(bp), ba, safe=True),
        V("grams", up(bp, weight=it("weight in grams")), up(ba, weight=w10 * 100), wrong=ba),
        V("key_g", {"order": it(), "weight_g": it(), "quantity": it()},
          {"order": oid, "weight_g": w10 * 100, "quantity": q}, wrong={"order": oid, "weight_g": w, "quantity": q}),
        V("key_grams", {"order": it(), "weight_grams": nu(), "quantity": it()},
          {"order": oid, "weight_grams": w10 * 100, "quantity": q}),
        V("key_kg", {"order": it(), "weight_kg": nu(), "quantity": it()},
          {"order": oid, "weight_kg": w, "quantity": q}, safe=True),
        V("wstr", up(bp, weight=st()), up(ba, weight=wtext + " kg"), wrong=up(ba, weight=wtext)),
        V("order_str", up(bp, order=st()), up(ba, order=str(oid))),
        V("order_prefixed", up(bp, order=st("order id with the prefix ORD-, e.g. ORD-12345")),
          up(ba, order="ORD-%d" % oid), wrong=up(ba, order=str(oid))),
        V("per_item", up(bp, weight=nu("weight of one item (total weight divided by quantity)")),
          up(ba, weight=round(w / q, 6)), wrong=ba),
        V("qty_dozen", up(bp, quantity=nu("quantity in dozens")), up(ba, quantity=round(q / 12, 6)), wrong=ba),
        V("nest_w", {"order": it(), "weight": ob({"value": nu(), "unit": st()}), "quantity": it()},
          {"order": oid, "weight": {"value": w, "unit": "kg"}, "quantity": q}),
        V("heavy", {"order": it(), "heavy": {"type": "boolean", "description": "weight over 5 kg"}, "quantity": it()},
          {"order": oid, "heavy": w > 5, "quantity": q}),
        V("sib_order_g", up(bp, order=it("order number; weight in grams")), up(ba, weight=w10 * 100),
          wrong=ba, fam="r249_sibling_note"),
        V("sib_qty_per_item", up(bp, quantity=it("number of items; weight is per item")),
          up(ba, weight=round(w / q, 6)), wrong=ba, fam="r249_sibling_note"),
        V("sib_order_str", up(bp, order=it("order number")), ba, safe=True),
    ]
    group("par", text, bp, ba, vs)


# ------------------------------------------------------------------ T13 enums renamed / reordered / reduced
def t_status(i):
    rng = r249_rng
    oid = rng.randint(10000, 99999)
    S3 = ["pending", "shipped", "delivered"]
    PR = ["low", "normal", "high"]
    s = rng.choice(S3)
    p = rng.choice(PR)
    text = "%s\n\nOrder: %d\nStatus: %s\nPriority: %s\n" % (instr("order"), oid, s, p)
    bp = {"order": it(), "status": st(enum=S3), "priority": st(enum=PR)}
    ba = {"order": oid, "status": s, "priority": p}
    ren = {"pending": "awaiting_shipment", "shipped": "in_transit", "delivered": "received"}
    vs = [
        V("reorder_enum", up(bp, status=st(enum=S3[::-1])), ba, safe=True),
        V("upper_enum", up(bp, status=st(enum=[x.upper() for x in S3])), up(ba, status=s.upper()), wrong=ba),
        V("renamed_enum", up(bp, status=st(enum=[ren[x] for x in S3])), up(ba, status=ren[s]), wrong=ba),
        V("reduced_enum", up(bp, status=st(enum=[x for x in S3 if x != s])), R),
        V("reduced_keep", up(bp, status=st(enum=[s])), ba, safe=True),
        V("abbrev_enum", up(bp, priority=st(enum=["L", "N", "H"])), up(ba, priority=p[0].upper()), wrong=ba),
        V("int_enum", up(bp, priority={"type": "integer", "enum": [1, 2, 3],
                                       "description": "1 = low, 2 = normal, 3 = high"}),
          up(ba, priority=PR.index(p) + 1), wrong=up(ba, priority=3)),
        V("int_enum_rev", up(bp, priority={"type": "integer", "enum": [1, 2, 3],
                                           "description": "1 = high, 2 = normal, 3 = low"}),
          up(ba, priority=3 - PR.index(p)), wrong=up(ba, priority=PR.index(p) + 1)),
        V("is_shipped", {"order": it(), "shipped": {"type": "boolean"}, "priority": st(enum=PR)},
          {"order": oid, "shipped": s == "shipped", "priority": p}),
        V("is_delivered", {"order": it(), "delivered": {"type": "boolean"}, "priority": st(enum=PR)},
          {"order": oid, "delivered": s == "delivered", "priority": p}),
        V("urgent", {"order": it(), "status": st(enum=S3), "urgent": {"type": "boolean",
                                                                      "description": "priority is high"}},
          {"order": oid, "status": s, "urgent": p == "high"}),
        V("status_str", up(bp, status=st()), ba, safe=True),
        V("status_arr", up(bp, status={"type": "array", "items": {"type": "string", "enum": S3}}),
          up(ba, status=[s])),
        V("nb_enum", up(bp, status=st(enum=["venter", "sendt", "levert"])),
          up(ba, status={"pending": "venter", "shipped": "sendt", "delivered": "levert"}[s]), wrong=ba),
        V("sib_order_upper", up(bp, order=it("order number; write status in upper case")),
          up(ba, status=s.upper()), wrong=ba, fam="r249_sibling_note"),
        V("sib_order_prio_num", up(bp, order=it("order number (priority as 1 = low, 2 = normal, 3 = high)")),
          up(ba, priority=PR.index(p) + 1), wrong=ba, fam="r249_sibling_note"),
    ]
    group("st", text, bp, ba, vs)



# ------------------------------------------------------------------ T14 what is asked, said where a description is not
def t_hidden(i):
    rng = r249_rng
    f, l, n = name2()
    age = rng.randint(19, 77)
    c1 = rng.choice(CITIES)
    text = "%s\n\nName: %s\nAge: %d\nCity: %s\n" % (instr("person"), n, age, c1)
    bp = {"name": st(), "age": it(), "city": st()}
    ba = {"name": n, "age": age, "city": c1}
    LN = "last name only"
    vs = [
        V("m_allof", up(bp, name={"type": "string", "allOf": [{"description": LN}]}), up(ba, name=l), wrong=ba),
        V("m_anyof", up(bp, name={"anyOf": [{"type": "string", "description": LN}]}), up(ba, name=l), wrong=ba),
        V("m_oneof", up(bp, name={"oneOf": [{"type": "string", "description": LN}]}), up(ba, name=l), wrong=ba),
        V("m_ref_defs", up(bp, name={"$ref": "#/$defs/LastName"}), up(ba, name=l), wrong=ba,
          extra={"$defs": {"LastName": {"type": "string", "description": LN}}}),
        V("m_ref_defs_title", up(bp, name={"$ref": "#/$defs/Surname"}), up(ba, name=l), wrong=ba,
          extra={"$defs": {"Surname": {"type": "string"}}}),
        V("m_ref_definitions", up(bp, name={"$ref": "#/definitions/N"}), up(ba, name=l), wrong=ba,
          extra={"definitions": {"N": {"type": "string", "title": "Last name"}}}),
        V("m_ref_sibling_desc", up(bp, name={"$ref": "#/$defs/Text", "description": LN}), up(ba, name=l), wrong=ba,
          extra={"$defs": {"Text": {"type": "string"}}}),
        V("m_allof_age", up(bp, age={"type": "integer", "allOf": [{"description": "age in months"}]}),
          up(ba, age=age * 12), wrong=ba),
        V("m_ref_age", up(bp, age={"$ref": "#/$defs/AgeMonths"}), up(ba, age=age * 12), wrong=ba,
          extra={"$defs": {"AgeMonths": {"type": "integer", "description": "age in months"}}}),
        V("m_examples", up(bp, name={"type": "string", "examples": ["Smith", "Garcia"]}), up(ba, name=l),
          wrong=ba, fam="r249_arg_examples"),
        V("m_examples_age", up(bp, age={"type": "integer", "examples": [480, 612],
                                        "description": "age (in months, as the examples show)"}),
          up(ba, age=age * 12), wrong=ba),
        V("m_comment", up(bp, name={"type": "string", "$comment": "family name only"}), up(ba, name=l), wrong=ba,
          fam="r249_arg_comment"),
        V("m_xdesc", up(bp, name={"type": "string", "x-description": "family name only"}), up(ba, name=l),
          wrong=ba, fam="r249_arg_xdesc"),
        V("obj_desc", {"person": {"type": "object", "description": "give the person's name as the last name only",
                                  "properties": {"name": st(), "age": it()}, "required": ["name", "age"],
                                  "additionalProperties": False}, "city": st()},
          {"person": {"name": l, "age": age}, "city": c1}, wrong={"person": {"name": n, "age": age}, "city": c1}),
        V("root_desc_months", bp, up(ba, age=age * 12), wrong=ba,
          extra={"description": "Give the age in months."}),
        V("items_desc", {"names": {"type": "array", "items": {"type": "string", "description": LN}},
                         "age": it(), "city": st()},
          {"names": [l], "age": age, "city": c1}, wrong={"names": [n], "age": age, "city": c1}),
        V("key_desc_conflict", {"last_name": st("the person's name"), "age": it(), "city": st()},
          {"last_name": l, "age": age, "city": c1}, wrong={"last_name": n, "age": age, "city": c1},
          fam="r249_arg_key_desc_conflict"),
        V("m_ref_same", up(bp, name={"$ref": "#/$defs/FullName"}), ba, safe=True,
          extra={"$defs": {"FullName": {"type": "string", "description": "the full name"}}}),
        V("m_allof_same", up(bp, name={"type": "string", "allOf": [{"minLength": 1}]}), ba, safe=True),
    ]
    group("hid", text, bp, ba, vs)


for r249_i in range(6):
    t_trip(r249_i)
    t_letter(r249_i)
    t_job(r249_i)
    t_invoice(r249_i)
    t_person(r249_i)
    t_contact(r249_i)
    t_weather(r249_i)
    t_booking(r249_i)
    t_product(r249_i)
    if r249_i < 7:
        t_address(r249_i)
    t_stay(r249_i)
    if r249_i < 8:
        t_parcel(r249_i)
    t_status(r249_i)
    t_hidden(r249_i)


# ------------------------------------------------------------------ part 2: the member's type alone changes, over values
# whose form each type reads differently
def r249_sub(t):
    if isinstance(t, dict):
        return {"type": "array", "items": {"type": t["array"]}}
    if isinstance(t, list):
        return {"type": t}
    return {"type": t}


def t_types(i):
    rng = r249_rng
    f, l, n = name2()
    a = rng.randint(1, 9)
    b = rng.randint(100, 999)
    r1 = rng.randint(101, 480)
    r2 = r1 + 1
    c1, c2 = "0%02d" % rng.randint(1, 99), "0%02d" % rng.randint(1, 99)
    big = rng.choice(["12345678901234567890", "98765432109876543217", "9007199254740993", "18446744073709551617"])
    lo = rng.randint(2, 15)
    ch = rng.randint(1, 9)
    cents = rng.randint(1, 99)
    eur = rng.randint(10, 99)
    m = rng.randint(1, 9)
    q = rng.randint(1, 9)
    cnt = rng.randint(1, 9)
    its = rng.sample(["pen", "ruler", "tape", "glue", "stapler", "folder", "marker"], 3)
    sh = rng.choice(["0.250", "0.500", "0.750", "0.100"])
    shapes = [
        # tag, head, label, text, key, base type, base value, [(type, expect, safe, wrong)]
        ("commanum", "Invoice", "Amount", "%d,%d" % (a, b), "amount", "string", "%d,%d" % (a, b),
         [({"array": "string"}, ["%d,%d" % (a, b)], False, ["%d" % a, "%d" % b]),
          ("integer", a * 1000 + b, False, None)]),
        ("lastfirst", "Booking", "Guest", "%s, %s" % (l, f), "guest", "string", "%s, %s" % (l, f),
         [({"array": "string"}, ["%s, %s" % (l, f)], False, [l, f])]),
        ("rooms_arr", "Booking", "Rooms", "%d, %d" % (r1, r2), "rooms", {"array": "integer"}, [r1, r2],
         [("integer", R, False, r1), ("string", "%d, %d" % (r1, r2), False, str(r1)), ("number", R, False, r1),
          ({"array": "string"}, [str(r1), str(r2)], False, None)]),
        ("rooms_str", "Booking", "Rooms", "%d, %d" % (r1, r2), "rooms", "string", "%d, %d" % (r1, r2),
         [("integer", R, False, r1), ({"array": "integer"}, [r1, r2], False, [r1])]),
        ("codes", "Order", "Codes", "%s, %s" % (c1, c2), "codes", {"array": "string"}, [c1, c2],
         [({"array": "integer"}, [int(c1), int(c2)], False, None), ("string", "%s, %s" % (c1, c2), False, None),
          ("integer", R, False, int(c1))]),
        ("big", "Order", "Order no", big, "order_no", "integer", int(big),
         [("number", int(big), False, None), ("string", big, False, None)]),
        ("uminus", "Reading", "Low", "\u2212%d" % lo, "low", "integer", -lo,
         [("string", "\u2212%d" % lo, False, "-%d" % lo), ("number", -lo, True, None)]),
        ("plus", "Reading", "Change", "+%d" % ch, "change", "integer", ch,
         [("string", "+%d" % ch, False, str(ch)), ("number", ch, True, None)]),
        ("yes", "Invoice", "Paid", "Yes", "paid", "boolean", True, [("string", "Yes", False, "yes")]),
        ("TRUE", "Invoice", "Paid", "TRUE", "paid", "boolean", True, [("string", "TRUE", False, "true")]),
        ("No", "Invoice", "Paid", "No", "paid", "boolean", False, [("string", "No", False, "no")]),
        ("deccomma", "Invoice", "Price", "%d,%02d" % (eur, cents), "price", "number", eur + cents / 100,
         [("string", "%d,%02d" % (eur, cents), False, "%d.%02d" % (eur, cents))]),
        ("eurosign", "Invoice", "Price", "\u20ac%d.%02d" % (eur, cents), "price", "number", eur + cents / 100,
         [("string", "\u20ac%d.%02d" % (eur, cents), False, "%d.%02d" % (eur, cents))]),
        ("exp", "Sample", "Mass", "%d.%de3" % (m, q), "mass", "number", m * 1000 + q * 100,
         [("string", "%d.%de3" % (m, q), False, str(m * 1000 + q * 100)), ("integer", m * 1000 + q * 100, True,
                                                                               None)]),
        ("share", "Sample", "Share", sh, "share", "number", float(sh),
         [("string", sh, False, str(float(sh)))]),
        ("spacethou", "Order", "Quantity", "%d %03d" % (a, b), "quantity", "integer", a * 1000 + b,
         [("string", "%d %03d" % (a, b), False, str(a * 1000 + b))]),
        ("lead0arr", "Booking", "Room", "0%d" % r1, "room", "integer", r1,
         [({"array": "string"}, ["0%d" % r1], False, [str(r1)]), ("string", "0%d" % r1, False, str(r1))]),
        ("count07", "Order", "Count", "0%d" % cnt, "count", "integer", cnt,
         [("string", "0%d" % cnt, False, str(cnt))]),
        ("semis", "Order", "Items", "; ".join(its), "items", "string", "; ".join(its),
         [({"array": "string"}, its, False, ["; ".join(its)])]),
        ("frac_thou", "Invoice", "Amount", "%d,%03d.50" % (a, b), "amount", "number", a * 1000 + b + 0.5,
         [("integer", R, False, a * 1000 + b), ("string", "%d,%03d.50" % (a, b), False, None)]),
        ("age_arr", "Person", "Age", str(20 + q), "age", "integer", 20 + q,
         [({"array": "string"}, [str(20 + q)], False, None), ({"array": "integer"}, [20 + q], True, None)]),
        ("bool_arr", "Invoice", "Paid", "yes", "paid", "boolean", True,
         [({"array": "boolean"}, [True], False, None)]),
        ("nullable_num", "Invoice", "Amount", "%d.%02d" % (eur, cents), "amount", ["number", "null"],
         eur + cents / 100, [("string", "%d.%02d" % (eur, cents), False, None),
                             (["string", "null"], "%d.%02d" % (eur, cents), False, None)]),
    ]
    for tag, head, label, vtext, key, btype, bval, vars_ in shapes:
        text = "Return the %s as JSON.\n\n%s:\nCustomer: %s\n%s: %s\n" % (head.lower(), head, n, label, vtext)
        bp = {"customer": st(), key: r249_sub(btype)}
        ba = {"customer": n, key: bval}
        vs = []
        for k, (t, e, safe, wrong) in enumerate(vars_):
            ex = R if e is R else {"customer": n, key: e}
            wr = None if wrong is None else {"customer": n, key: wrong}
            vs.append(V("%s%d" % (tag, k), {"customer": st(), key: r249_sub(t)}, ex, safe=safe, wrong=wr,
                        fam="r249_type_" + tag))
        group("ty" + tag, text, bp, ba, vs)


for r249_j in range(10):
    t_types(r249_j)


# ------------------------------------------------------------------ part 3: a note that changes a member, written
# somewhere other than that member's own schema (a sibling's description or title, the root, a new member)
def r249_root(props, root):
    def f():
        return root
    return f


def t_notes(i):
    rng = r249_rng
    f, l, n = name2()
    age = rng.randint(19, 77)
    c1 = rng.choice(CITIES)
    text = "%s\n\nName: %s\nAge: %d\nCity: %s\n" % (instr("person"), n, age, c1)
    bp = {"name": st(), "age": it(), "city": st()}
    ba = {"name": n, "age": age, "city": c1}
    mo = up(ba, age=age * 12)
    vs = [
        V("root_desc", bp, mo, wrong=ba, extra={"description": "Ages are given in months."}, fam="r249_root_note"),
        V("root_title", bp, mo, wrong=ba, extra={"title": "Person record (age in months)"}, fam="r249_root_note"),
        V("root_desc_last", bp, up(ba, name=l), wrong=ba, extra={"description": "Names: last name only."},
          fam="r249_root_note"),
        V("sib_name_no", up(bp, name=st("fullt navn (alder oppgis i måneder)")), mo, wrong=ba,
          fam="r249_sibling_note"),
        V("sib_city_fr", up(bp, city=st("ville ; l'âge doit être donné en mois")), mo, wrong=ba,
          fam="r249_sibling_note"),
        V("sib_city_es", up(bp, city=st("ciudad; la edad en meses")), mo, wrong=ba, fam="r249_sibling_note"),
        V("sib_city_eg", up(bp, city=st("city, e.g. Oslo (and age in months, e.g. 480)")), mo, wrong=ba,
          fam="r249_sibling_note"),
        V("sib_name_upper_city", up(bp, name=st("full name; write the city in capitals")),
          up(ba, city=c1.upper()), wrong=ba, fam="r249_sibling_note"),
        V("new_member_note", up(bp, age_unit={"type": "string", "enum": ["months"],
                                              "description": "the unit the age is given in"}),
          up(mo, age_unit="months"), wrong=up(ba, age_unit="months"), fam="r249_new_member_note"),
        V("sib_city_typechg", up(bp, city={"type": ["string", "null"],
                                           "description": "city; age in months"}), mo, wrong=ba,
          fam="r249_sibling_note"),
        V("root_desc_same", bp, ba, safe=True, extra={"description": "A person record."}),
        V("sib_same", up(bp, city=st("the person's city")), ba, safe=True),
    ]
    group("nt", text, bp, ba, vs)
    # invoices
    cur = rng.choice(["EUR", "NOK", "USD"])
    amt = rng.choice([80, 120, 200, 240, 400, 640, 950])
    text2 = "%s\n\nInvoice:\nCustomer: %s\nAmount: %d\nCurrency: %s\n" % (instr("invoice"), n, amt, cur)
    bp2 = {"customer": st(), "amount": nu(), "currency": st()}
    ba2 = {"customer": n, "amount": amt, "currency": cur}
    ce = up(ba2, amount=amt * 100)
    vs2 = [
        V("root_cents", bp2, ce, wrong=ba2, extra={"description": "All amounts in cents."}, fam="r249_root_note"),
        V("root_title_cents", bp2, ce, wrong=ba2, extra={"title": "Invoice (amounts in minor units)"},
          fam="r249_root_note"),
        V("sib_cur_cents", up(bp2, currency=st("ISO code; the amount is in cents")), ce, wrong=ba2,
          fam="r249_sibling_note"),
        V("sib_cust_cents", up(bp2, customer=st("customer (amount in cents)")), ce, wrong=ba2,
          fam="r249_sibling_note"),
        V("sib_cur_title", up(bp2, currency={"type": "string", "title": "Currency (amount field in cents)"}), ce,
          wrong=ba2, fam="r249_sibling_note"),
        V("sib_cur_vat", up(bp2, currency=st("currency; amount including 25% VAT")),
          up(ba2, amount=amt * 5 / 4), wrong=ba2, fam="r249_sibling_note"),
        V("sib_cur_neg", up(bp2, currency=st("currency; amounts owed by us are negative (this is a supplier "
                                             "invoice)")), up(ba2, amount=-amt), wrong=ba2,
          fam="r249_sibling_note"),
        V("sib_cur_lower_cust", up(bp2, currency=st("currency; customer name in upper case")),
          up(ba2, customer=n.upper()), wrong=ba2, fam="r249_sibling_note"),
        V("sib_same", up(bp2, currency=st("ISO 4217 code")), ba2, safe=True),
    ]
    group("nti", text2, bp2, ba2, vs2)
    # readings
    lo = rng.randint(-9, 6)
    hi = lo + rng.randint(3, 12)
    st_ = rng.choice(CITIES)
    text3 = "%s\n\nStation: %s\nLow: %d\nHigh: %d\n" % (instr("weather"), st_, lo, hi)
    bp3 = {"station": st(), "low": it(), "high": it()}
    ba3 = {"station": st_, "low": lo, "high": hi}
    fa = up(ba3, low=int(round(lo * 9 / 5 + 32)), high=int(round(hi * 9 / 5 + 32)))
    vs3 = [
        V("root_f", bp3, fa, wrong=ba3, extra={"description": "Temperatures in degrees Fahrenheit."},
          fam="r249_root_note"),
        V("sib_station_f", up(bp3, station=st("station; temperatures in °F")), fa, wrong=ba3,
          fam="r249_sibling_note"),
        V("sib_low_f", up(bp3, low=nu("the low, °F (the high too)")), up(fa, low=lo * 9 / 5 + 32), wrong=ba3,
          fam="r249_sibling_note"),
        V("sib_station_diff", up(bp3, station=st("station; give 'high' as the difference high minus low")),
          up(ba3, high=hi - lo), wrong=ba3, fam="r249_sibling_note"),
        V("sib_same", up(bp3, station=st("the station's name")), ba3, safe=True),
    ]
    group("ntw", text3, bp3, ba3, vs3)
    # parcels
    oid = rng.randint(10000, 99999)
    w10 = rng.randint(3, 95)
    wtext = "%d.%d" % (w10 // 10, w10 % 10)
    q = rng.randint(2, 12)
    text4 = "%s\n\nOrder: %d\nWeight: %s kg\nQuantity: %d\n" % (instr("order"), oid, wtext, q)
    bp4 = {"order": it(), "weight": nu(), "quantity": it()}
    ba4 = {"order": oid, "weight": w10 / 10, "quantity": q}
    gr = up(ba4, weight=w10 * 100)
    vs4 = [
        V("root_g", bp4, gr, wrong=ba4, extra={"description": "Weights in grams."}, fam="r249_root_note"),
        V("sib_qty_g", up(bp4, quantity=it("item count; weight in grams")), gr, wrong=ba4, fam="r249_sibling_note"),
        V("sib_order_dozen", up(bp4, order=it("order number; quantity in dozens")),
          up(ba4, quantity=round(q / 12, 6)), wrong=ba4, fam="r249_sibling_note"),
        V("sib_same", up(bp4, order=it("the order number")), ba4, safe=True),
    ]
    group("ntp", text4, bp4, ba4, vs4)


for r249_k in range(10):
    t_notes(r249_k)

# ids confirmed alone from the cache (a base stored, then the variant; refused with no base), clear and arguable
r249_found_alone = {
    "d249-bk-sib_nights_days-1569", "d249-bk-sib_nights_days-1903", "d249-bk-sib_nights_days-233",
    "d249-bk-sib_nights_days-567", "d249-bk-sib_nights_days-901", "d249-hid-root_desc_months-1332",
    "d249-hid-root_desc_months-330", "d249-hid-root_desc_months-664", "d249-hid-root_desc_months-998",
    "d249-inv-sib_cur_k-117", "d249-inv-sib_cur_k-1453", "d249-inv-sib_cur_k-451", "d249-inv-sib_cur_k-785",
    "d249-inv-sib_cust_cents-115", "d249-inv-sib_cust_cents-1785", "d249-inv-sib_cust_cents-449",
    "d249-letter-sib_city_swap-1061", "d249-letter-sib_city_swap-1729", "d249-letter-sib_city_swap-393",
    "d249-letter-sib_city_swap-727", "d249-nt-root_desc-2650", "d249-nt-root_desc-2684", "d249-nt-root_desc-2752",
    "d249-nt-root_desc-2888", "d249-nt-root_desc-2922", "d249-nt-root_desc_last-2618", "d249-nt-root_desc_last-2720",
    "d249-nt-root_desc_last-2754", "d249-nt-root_desc_last-2788", "d249-nt-root_desc_last-2822",
    "d249-nt-root_desc_last-2924", "d249-nt-root_title-2719", "d249-nt-root_title-2787", "d249-nt-root_title-2821",
    "d249-nt-root_title-2855", "d249-nt-root_title-2889", "d249-nt-root_title-2923", "d249-nt-sib_city_eg-2622",
    "d249-nt-sib_city_eg-2656", "d249-nt-sib_city_eg-2724", "d249-nt-sib_city_eg-2826", "d249-nt-sib_city_eg-2860",
    "d249-nt-sib_city_eg-2894", "d249-nt-sib_city_eg-2928", "d249-nt-sib_city_es-2621", "d249-nt-sib_city_es-2655",
    "d249-nt-sib_city_es-2689", "d249-nt-sib_city_es-2723", "d249-nt-sib_city_es-2791", "d249-nt-sib_city_es-2825",
    "d249-nt-sib_city_es-2893", "d249-nt-sib_city_es-2927", "d249-nt-sib_city_fr-2688", "d249-nt-sib_city_fr-2722",
    "d249-nt-sib_city_fr-2824", "d249-nt-sib_city_fr-2858", "d249-nt-sib_city_fr-2892", "d249-nt-sib_city_fr-2926",
    "d249-nt-sib_name_no-2653", "d249-nt-sib_name_no-2687", "d249-nt-sib_name_no-2721", "d249-nt-sib_name_no-2823",
    "d249-nt-sib_name_no-2857", "d249-nt-sib_name_no-2891", "d249-nti-root_title_cents-2664",
    "d249-nti-root_title_cents-2698", "d249-nti-root_title_cents-2766", "d249-nti-root_title_cents-2834",
    "d249-nti-root_title_cents-2902", "d249-nti-root_title_cents-2936", "d249-nti-sib_cur_lower_cust-2738",
    "d249-nti-sib_cur_lower_cust-2840", "d249-nti-sib_cur_lower_cust-2874", "d249-nti-sib_cur_lower_cust-2942",
    "d249-nti-sib_cur_neg-2635", "d249-nti-sib_cur_neg-2669", "d249-nti-sib_cur_neg-2771",
    "d249-nti-sib_cur_neg-2839", "d249-nti-sib_cur_neg-2873", "d249-nti-sib_cur_neg-2941",
    "d249-nti-sib_cur_title-2701", "d249-nti-sib_cur_title-2735", "d249-nti-sib_cur_title-2769",
    "d249-nti-sib_cur_title-2803", "d249-nti-sib_cur_title-2837", "d249-nti-sib_cur_title-2939",
    "d249-nti-sib_cur_vat-2634", "d249-nti-sib_cur_vat-2668", "d249-nti-sib_cur_vat-2702",
    "d249-nti-sib_cur_vat-2736", "d249-nti-sib_cur_vat-2804", "d249-nti-sib_cur_vat-2838",
    "d249-nti-sib_cur_vat-2872", "d249-nti-sib_cust_cents-2666", "d249-nti-sib_cust_cents-2836",
    "d249-nti-sib_cust_cents-2870", "d249-nti-sib_cust_cents-2938", "d249-ntp-sib_qty_g-2646",
    "d249-ntp-sib_qty_g-2680", "d249-ntp-sib_qty_g-2748", "d249-ntp-sib_qty_g-2782", "d249-ntp-sib_qty_g-2850",
    "d249-ntp-sib_qty_g-2884", "d249-ntw-root_f-2673", "d249-ntw-root_f-2707", "d249-ntw-root_f-2775",
    "d249-ntw-root_f-2809", "d249-ntw-root_f-2843", "d249-ntw-root_f-2877", "d249-ntw-root_f-2945",
    "d249-ntw-sib_station_diff-2710", "d249-ntw-sib_station_diff-2914", "d249-ntw-sib_station_diff-2948",
    "d249-ntw-sib_station_f-2640", "d249-ntw-sib_station_f-2674", "d249-ntw-sib_station_f-2708",
    "d249-ntw-sib_station_f-2776", "d249-ntw-sib_station_f-2844", "d249-ntw-sib_station_f-2878",
    "d249-ntw-sib_station_f-2912", "d249-ntw-sib_station_f-2946", "d249-par-sib_order_g-1297",
    "d249-par-sib_order_g-1631", "d249-par-sib_order_g-295", "d249-par-sib_order_g-629", "d249-par-sib_order_g-963",
    "d249-per-sib_city_age_months-1157", "d249-per-sib_city_age_months-1491", "d249-per-sib_city_age_months-489",
    "d249-per-sib_city_age_months-823", "d249-per-sib_city_comment-1162", "d249-per-sib_city_comment-1496",
    "d249-per-sib_city_comment-160", "d249-per-sib_city_comment-494", "d249-per-sib_city_comment-828",
    "d249-per-sib_city_de-1160", "d249-per-sib_city_de-158", "d249-per-sib_city_de-1828", "d249-per-sib_city_de-492",
    "d249-per-sib_city_title-1161", "d249-per-sib_city_title-159", "d249-per-sib_city_title-1829",
    "d249-per-sib_city_title-493", "d249-per-sib_city_title-827", "d249-pr-sib_cur_de-1255",
    "d249-pr-sib_cur_de-1589", "d249-pr-sib_cur_de-1923", "d249-pr-sib_cur_de-253", "d249-pr-sib_cur_de-587",
    "d249-pr-sib_cur_de-921", "d249-pr-sib_cur_vat-1924", "d249-pr-sib_cur_vat-254", "d249-pr-sib_cur_vat-588",
    "d249-pr-sib_cur_vat-922", "d249-pr-sib_prod_cents-1922", "d249-pr-sib_prod_cents-252",
    "d249-pr-sib_prod_cents-920", "d249-wx-sib_station_f-1213", "d249-wx-sib_station_f-1547",
    "d249-wx-sib_station_f-211",
}
r249_arguable = {
    "d249-inv-sib_cur_k-117", "d249-inv-sib_cur_k-1453", "d249-inv-sib_cur_k-451", "d249-inv-sib_cur_k-785",
    "d249-letter-sib_city_swap-1061", "d249-letter-sib_city_swap-1729", "d249-letter-sib_city_swap-393",
    "d249-letter-sib_city_swap-727", "d249-nti-sib_cur_neg-2635", "d249-nti-sib_cur_neg-2669",
    "d249-nti-sib_cur_neg-2771", "d249-nti-sib_cur_neg-2839", "d249-nti-sib_cur_neg-2873",
    "d249-nti-sib_cur_neg-2941", "d249-nti-sib_cur_vat-2634", "d249-nti-sib_cur_vat-2668",
    "d249-nti-sib_cur_vat-2702", "d249-nti-sib_cur_vat-2736", "d249-nti-sib_cur_vat-2804",
    "d249-nti-sib_cur_vat-2838", "d249-nti-sib_cur_vat-2872", "d249-per-sib_city_comment-1162",
    "d249-per-sib_city_comment-1496", "d249-per-sib_city_comment-160", "d249-per-sib_city_comment-494",
    "d249-per-sib_city_comment-828", "d249-pr-sib_cur_vat-1924", "d249-pr-sib_cur_vat-254", "d249-pr-sib_cur_vat-588",
    "d249-pr-sib_cur_vat-922",
}

# Trimmed for ctest (probe_kit.trim_round), stop 52: the confirmed items all kept with their bases, every 10th safe
# variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r249_trim_round  # noqa: E402

r249_trim_round("d249-", r249_found_alone, r249_arguable,
                lambda i: [r249_meta[i]["base"]] if r249_meta.get(i, {}).get("base") else [])
