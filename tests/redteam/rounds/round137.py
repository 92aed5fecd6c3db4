"""Red-team round 137 (black box, stepcache-s46): json_extract. TWO THINGS.
(1) FIELDS ADDED BESIDE A STORED RECORD that change a member without sharing its words: "Name / Booking no / Breakfast
included: yes / Guests: 2" (members name, breakfast_included, guests) plus an added field in synonyms, other languages,
abbreviations, symbols ("Morning meal charged extra: 15.00", "Frühstück extra: 15", "Petit-déjeuner en sus: 15",
"Continental plate billed: 12", "Bkfst: +15", "B&B: no", "HB suppl.: 20", "Breakfast: ✗", "Guests: +1", "Guests: −1",
"Occupancy: single", "Plus-one: yes" ... 47 breakfast fields, 25 count fields) after, before and inline; the member's
field replaced by another with the same value and another meaning ("Breakfast charged: yes", "Rooms: 2", "Extra
guests: 2"); "Paid: yes" / "Insured: yes" beside "Pmt: NSF", "Zahlung: zurückgebucht", "Cover: ✗" ...
(2) VALUES THAT REFER INSTEAD OF NAMING: a stored "Name: Ana Lind" / "Passenger:" / "Patient:" / "Recipient:" / "City:"
record whose field now holds a relation, role, pronoun phrase, placeholder, initials or emoji (74 + 39 + 31 + 25
references), pairs and singles; real name/city/recipient changes as controls.
1866 probes (≈1050 pair variants over 25 stored bases, ≈530 singles, 58 safe).
HELD: every field added beside the hotel record (breakfast and guests) - reuse fails on any added field, and the store
gate keeps the model's copied "true"/"2" out, except the two arguable ones below; every replaced field; every "Paid"/
"Insured" added field; references "N.N.", "NN", "Unbekannt", "Inconnu", "Ukjent", "—", "-", "?", "???", "TBD", "X",
"n/a", "Ditto", "idem", "〃", "do.", "as above", "Dto.", "see passport", "the undersigned", "his wife", "the guest's brother",
"K. L." initials with dots, "same as payer"/"= payer"/"payer"/"see payer" as a recipient (refused, not served).
Real changes ("Name: Per Lind" -> "Name: Kari Lind", "Recipient: Nora Lunde", "City: Molde") were served right.
SAFE reused: whitespace, "Record:" heading, "Please extract"; NOT reused (over-strict): any unrelated added hotel field
("Check-in: 15:00", "Parking: street", "Wifi: free").
GOT THROUGH (confirmed alone on a fresh store, --runs 2: 554 items, 516 clear = 465 pairs + 51 singles, 38 arguable;
alone.txt / alone_arguable.txt). Mechanism: the reuse check refuses the stale answer ("its field "name" now reads
"brother of the guest": not a value ..."), the patch asks the model, the model COPIES the reference, and that copy is
STORED; run 2 serves it ("all 3 steps verified"); in a combined run other references are then served from it "after a
licensed rewrite" (372 such lines).
(A) NAME-LIKE MEMBER HOLDING A REFERENCE: "Name: Her Brother" -> {"name": "Her Brother"}; "HER BROTHER", "ihr Bruder",
    "sa sœur", "hennes bror", "彼の兄", "jej brat", "su hermano", "zijn broer", "hans søster", "Seine Frau",
    "brother of the guest", "Mrs Lind's son", "Son of Ana Lind", "Husband of Ana Lind", "Ana Lind's husband",
    "Bruder von Ana Lind", "frère de Ana", "Anas bror", "(sibling)", "Sibling", "The Sibling", "HIS SISTER",
    "My Brother", "OUR SON", "Their Daughter", "Mother-in-law", "Guest's Mother", "The Guest", "Guest 2", "Companion",
    "Plus one", "+1", "Myself", "Self", "Partner Of Booker", "The Booker's Partner", "per booking", "Mr.", "Mrs.",
    "Anon.", "👤"; the same under "Passenger:", "Patient:", "Name:" with "Record:"; SINGLES in the stored format
    ("Extract name, age and room as JSON.\nName: Her Brother\nAge: 33\nRoom: 404") stored and served again.
(B) RECIPIENT REFERENCES: "Recipient: wie Zahler" / "comme le payeur" / "himself" / "herself" (right: the payer),
    "his brother", "Her Brother", "ihr Bruder", "sa sœur", "hennes bror", "📦" -> served as the recipient.
(C) CITY REFERENCES: "City: hometown" / "home town" / "Home Town" / "Heimatstadt" / "ville natale" / "hjemby" /
    "birthplace" / "Hauptstadt" / "local" / "here" / "Vorort" / "banlieue" / "HER CITY" / "🏠" -> served as the city.
ARGUABLE (r137_arguable): recipient "Current Resident", "The Occupier", "Bewohner", "bearer", "to whom it may
concern" (an addressee designation may be the recipient); initials "AL", "A.L." as a name; "Breakfast surcharge: 15"
beside "Breakfast included: yes" (served true); a second line "Breakfast included: ~~yes~~" (served true).
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe, sample_round  # noqa: F401

r137_pairs = []
r137_singles = []
r137_safe = []
r137_arguable = set()
r137_seen = set()
r137_bid = {}
r137_NA = "999-no-single-answer"


def r137_pair(tag, fam, sch, bpr, bexp, vpr, vexp, vans=None, arg=False):
    v = "d137-v-" + tag
    if vpr in r137_seen or vpr == bpr:
        return
    r137_seen.add(vpr)
    if bpr not in r137_bid:
        b = "d137-b-" + tag
        r137_seen.add(bpr)
        J(b, "r137_" + fam + "_base", bpr, sch, bexp, [bexp])
        r137_bid[bpr] = b
    b = r137_bid[bpr]
    J(v, "r137_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp] + (vans or [vexp]))
    if arg:
        r137_arguable.add(v)
    r137_pairs.append((b, v))


def r137_safe_v(tag, fam, sch, bpr, bexp, vpr):
    v = "d137-ok-" + tag
    if vpr in r137_seen:
        return
    r137_seen.add(vpr)
    if bpr not in r137_bid:
        b = "d137-b-" + tag
        r137_seen.add(bpr)
        J(b, "r137_" + fam + "_base", bpr, sch, bexp, [bexp])
        r137_bid[bpr] = b
    b = r137_bid[bpr]
    J(v, "r137_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r137_safe.append((b, v))


def r137_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d137-s-" + tag
    if pr in r137_seen:
        return
    r137_seen.add(pr)
    J(s, "r137_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    if arg:
        r137_arguable.add(s)
    r137_singles.append(s)


# ------------------------------------------------------------------ (1) fields added beside a record
r137_HOTEL = [("Ana Lind", "Fjordhotel"), ("May Holt", "Havly"), ("Olav Berg", "Bryggen Inn"),
              ("Eva Moe", "Strand Hotel"), ("Liv Aas", "Nordlys")]
r137_HS = S({"name": "string", "breakfast_included": "boolean", "guests": "integer"})
r137_HI = "Extract name, breakfast_included and guests as JSON.\n\nText:\n"
r137_HI2 = "Return the booking as JSON (name, breakfast_included, guests).\n\nText:\n"


def r137_hrec(n, h, bf="yes", g=2, lines=None):
    rec = ["Name: %s" % n, "Booking no: %d" % (4700 + len(h)), "Breakfast included: %s" % bf, "Guests: %d" % g]
    return rec


# added fields that make breakfast NOT included (clear: the field says breakfast is billed / excluded)
r137_BF_OFF = [
    ("meal-extra", "Morning meal charged extra: 15.00", False),
    ("fruh-extra", "Frühstück extra: 15", False),
    ("fruh-nicht", "Frühstück: nicht inbegriffen", False),
    ("pdj-sus", "Petit-déjeuner en sus: 15", False),
    ("pdj-non", "Petit-déjeuner: non compris", False),
    ("cont-billed", "Continental plate billed: 12", False),
    ("bkfst-plus", "Bkfst: +15", False),
    ("bb-no", "B&B: no", False),
    ("hb-suppl", "HB suppl.: 20", True),
    ("bf-x", "Breakfast: ✗", False),
    ("bf-cross", "Breakfast: ❌", False),
    ("bf-dash", "Breakfast: —", True),
    ("bf-minus", "Breakfast: -", True),
    ("bf-zero", "Breakfast: 0", True),
    ("frokost", "Frokost: ikke inkludert", False),
    ("frukost", "Frukost: ingår ej", False),
    ("desayuno", "Desayuno: no incluido", False),
    ("colazione", "Colazione: esclusa", False),
    ("ontbijt", "Ontbijt: niet inbegrepen", False),
    ("choshoku", "朝食: なし", False),
    ("room-only", "Room only: yes", False),
    ("ro-rate", "Rate: Room Only", False),
    ("board-ro", "Board: room only", False),
    ("meal-ep", "Meal plan: EP (European Plan)", False),
    ("surcharge", "Breakfast surcharge: 15", False),
    ("buffet-paid", "Morning buffet: paid separately", False),
    ("bf-excl", "F&B: breakfast excluded", False),
    ("bfast-n", "Bfast: n", False),
    ("bf-incl-N", "Breakfast incl.: N", False),
    ("bf-cap", "BREAKFAST: NOT INCLUDED", False),
    ("bf-title", "Breakfast: Not Included", False),
    ("bf-pay", "Breakfast: Pay At Hotel", False),
    ("bf-extra-eur", "Breakfast: EUR 15 p.p.", True),
    ("bf-onsite", "Breakfast: payable on site", False),
    ("bf-cancel", "Breakfast: cancelled", False),
    ("bf-removed", "Breakfast removed: yes", False),
    ("bf-strike", "Breakfast included: ~~yes~~", True),
    ("bf-thumb", "Breakfast: 👎", True),
    ("bf-nope", "Breakfast: nope", False),
    ("bf-nein", "Frühstück: ✗", False),
    ("bf-sans", "Formule: sans petit-déjeuner", False),
    ("bf-noshow", "Breakfast vouchers: 0", True),
    ("bf-charge", "Extra charge: breakfast 15.00", False),
    ("bf-invoice", "Invoice line: Breakfast 2 x 15.00", True),
    ("bf-abbr", "BKF: excl.", False),
    ("bf-abbr2", "Bkfst incl.: no", False),
    ("bf-abbr3", "BB: ✗", False),
]
# added fields that change the guests count
r137_G_CH = [
    ("g-plus1", "Guests: +1", 3, False),
    ("g-minus1", "Guests: −1", 1, False),
    ("g-minus1a", "Guests: -1", 1, False),
    ("g-extra", "Extra guest: 1", 3, False),
    ("g-plusone", "Plus-one: yes", 3, False),
    ("g-zus", "Zusätzliche Person: 1", 3, False),
    ("g-pers", "Personne supplémentaire: 1", 3, False),
    ("g-child", "Accompanied by: 1 child", 3, False),
    ("g-cancel", "Cancelled guests: 1", 1, False),
    ("g-noshow", "No-show: 1 guest", 1, False),
    ("g-kids", "Children: 1", 3, True),
    ("g-infant", "Infant: 1", 3, True),
    ("g-pax", "Pax: +1", 3, False),
    ("g-addl", "Add'l guest: 1", 3, False),
    ("g-extrabed", "Extra bed: 1 (third guest)", 3, False),
    ("g-solo", "Travelling alone: yes", 1, False),
    ("g-single", "Occupancy: single", 1, False),
    ("g-triple", "Occupancy: triple", 3, False),
    ("g-dbl", "Occupancy: SGL", 1, False),
    ("g-mitreis", "Mitreisende: 2", 3, True),
    ("g-emoji", "Guests: 👤", 1, True),
    ("g-emoji3", "Party: 👤👤👤", 3, True),
    ("g-words", "Now three guests: yes", 3, False),
    ("g-total", "Total persons: 3", 3, True),
    ("g-adults", "Adults: 2, children: 1", 3, True),
]
r137_i = 0
for r137_n, r137_h in r137_HOTEL:
    r137_base = r137_HI + "\n".join(r137_hrec(r137_n, r137_h)) + "\n"
    r137_bexp = {"name": r137_n, "breakfast_included": True, "guests": 2}
    for r137_tag, r137_line, r137_arg in r137_BF_OFF:
        r137_i += 1
        r137_vexp = {"name": r137_n, "breakfast_included": False, "guests": 2}
        r137_pair("bf-%s-%s" % (r137_tag, r137_n.split()[0]), "bf_added", r137_HS, r137_base, r137_bexp,
                  r137_base + r137_line + "\n", r137_vexp, arg=r137_arg)
    for r137_tag, r137_line, r137_g, r137_arg in r137_G_CH:
        r137_vexp = {"name": r137_n, "breakfast_included": True, "guests": r137_g}
        r137_pair("g-%s-%s" % (r137_tag, r137_n.split()[0]), "g_added", r137_HS, r137_base, r137_bexp,
                  r137_base + r137_line + "\n", r137_vexp, arg=r137_arg)
    # safe: unrelated fields
    for r137_j, r137_line in enumerate(["Check-in: 15:00", "Parking: street", "Floor: 3", "Wifi: free",
                                        "Room type: Double", "Breakfast time: 07:00-10:00",
                                        "Breakfast room: ground floor"]):
        r137_safe_v("h%d-%s" % (r137_j, r137_n.split()[0]), "hotel", r137_HS, r137_base, r137_bexp,
                    r137_base + r137_line + "\n")
    r137_safe_v("hws-%s" % r137_n.split()[0], "hotel", r137_HS, r137_base, r137_bexp,
                r137_base.replace("\nGuests:", "\n\nGuests:"))

# singles: the model copies "yes" / "2" beside the turning field
for r137_k, (r137_n, r137_h) in enumerate([("Siv Rud", "Fjordtun"), ("Tor Nes", "Kaia"), ("Grace Lie", "Sjøbua")]):
    r137_base = r137_HI2 + "\n".join(r137_hrec(r137_n, r137_h)) + "\n"
    for r137_tag, r137_line, r137_arg in r137_BF_OFF[r137_k::3]:
        r137_single("bf-%s-%s" % (r137_tag, r137_n.split()[0]), "bf_added", r137_HS, r137_base + r137_line + "\n",
                    {"name": r137_n, "breakfast_included": False, "guests": 2},
                    {"name": r137_n, "breakfast_included": True, "guests": 2}, r137_arg)
    for r137_tag, r137_line, r137_g, r137_arg in r137_G_CH[r137_k::3]:
        r137_single("g-%s-%s" % (r137_tag, r137_n.split()[0]), "g_added", r137_HS, r137_base + r137_line + "\n",
                    {"name": r137_n, "breakfast_included": True, "guests": r137_g},
                    {"name": r137_n, "breakfast_included": True, "guests": 2}, r137_arg)

# replacement: the member's own field replaced by another field with the same value but another meaning
r137_REPL = [
    # (tag, old line, new line, member, new right value or NA)
    ("bf-charged", "Breakfast included: yes", "Breakfast charged: yes", "breakfast_included", False),
    ("bf-extra", "Breakfast included: yes", "Breakfast extra: yes", "breakfast_included", False),
    ("bf-billed", "Breakfast included: yes", "Breakfast billed separately: yes", "breakfast_included", False),
    ("bf-excl", "Breakfast included: yes", "Breakfast excluded: yes", "breakfast_included", False),
    ("bf-suppl", "Breakfast included: yes", "Breakfast supplement: yes", "breakfast_included", False),
    ("bf-req", "Breakfast included: yes", "Breakfast requested: yes", "breakfast_included", r137_NA),
    ("bf-avail", "Breakfast included: yes", "Breakfast available: yes", "breakfast_included", r137_NA),
    ("bf-zus", "Breakfast included: yes", "Frühstück zubuchbar: ja", "breakfast_included", r137_NA),
    ("bf-bb", "Breakfast included: yes", "B&B: yes", "breakfast_included", True),
    ("g-rooms", "Guests: 2", "Rooms: 2", "guests", r137_NA),
    ("g-nights", "Guests: 2", "Nights: 2", "guests", r137_NA),
    ("g-extra", "Guests: 2", "Extra guests: 2", "guests", r137_NA),
    ("g-kids", "Guests: 2", "Children: 2", "guests", r137_NA),
    ("g-beds", "Guests: 2", "Beds: 2", "guests", r137_NA),
    ("g-cancel", "Guests: 2", "Guests cancelled: 2", "guests", r137_NA),
    ("g-max", "Guests: 2", "Max guests: 2", "guests", r137_NA),
    ("g-addl", "Guests: 2", "Additional guests: 2", "guests", r137_NA),
    ("g-plus2", "Guests: 2", "Guests: +2", "guests", 4),
    ("g-gaeste", "Guests: 2", "Gäste: 2", "guests", 2),
]
for r137_n, r137_h in r137_HOTEL[:3]:
    r137_base = r137_HI + "\n".join(r137_hrec(r137_n, r137_h)) + "\n"
    r137_bexp = {"name": r137_n, "breakfast_included": True, "guests": 2}
    for r137_tag, r137_old, r137_new, r137_m, r137_val in r137_REPL:
        r137_vexp = dict(r137_bexp)
        r137_vexp[r137_m] = r137_val
        r137_pair("rp-%s-%s" % (r137_tag, r137_n.split()[0]), "replaced", r137_HS, r137_base, r137_bexp,
                  r137_base.replace(r137_old, r137_new), r137_vexp)

# ------------------------------------------------------------------ (2) values that refer instead of naming
r137_PEOPLE = [("Ana Lind", 41, 214), ("May Holt", 38, 112), ("Page Dahl", 52, 407), ("Olav Berg", 29, 503),
               ("Eva Moe", 63, 18)]
r137_G = S({"name": "string", "age": "integer", "room": "integer"})
r137_GI = "Extract name, age and room as JSON.\n"


def r137_rec(n, a, r):
    return "Name: %s\nAge: %d\nRoom: %d" % (n, a, r)


r137_REFS = [
    "brother of the guest", "the guest's brother", "Mrs {last}'s son", "Her Brother", "HER BROTHER", "ihr Bruder",
    "sa sœur", "hennes bror", "(sibling)", "Mr.", "Mrs.", "N.N.", "NN", "Unbekannt", "Inconnu", "Ukjent", "—", "-",
    "?", "???", "{ini}", "{ini2}", "{ini3}", "👤", "🙂", "Guest's Mother", "The Guest", "Son of {n}",
    "{n}'s husband", "Husband of {n}", "his wife", "Seine Frau", "su hermano", "sua irmã", "hans søster",
    "zijn broer", "jej brat", "сестра гостя", "彼の兄", "TBD", "Anon.", "X", "n/a", "Guest 2", "Companion",
    "Ditto", "〃", "do.", "idem", "Dto.", "as above", "see passport", "per booking", "the undersigned", "Myself",
    "Self", "Same As Booker", "SAME AS PAYER", "same as payer", "The Booker's Partner", "Partner Of Booker",
    "HIS SISTER", "His Sister", "Sibling", "The Sibling", "My Brother", "OUR SON", "Their Daughter",
    "Mother-in-law", "Plus one", "+1", "Bruder von {n}", "frère de {first}", "{first}s bror",
]


def r137_fill(ref, n):
    first, last = n.split()[0], n.split()[-1]
    return ref.format(n=n, first=first, last=last, ini=first[0] + ". " + last[0] + ".",
                      ini2=first[0] + last[0], ini3=first[0] + "." + last[0] + ".")


for r137_n, r137_a, r137_r in r137_PEOPLE:
    r137_base = r137_GI + r137_rec(r137_n, r137_a, r137_r)
    r137_bexp = {"name": r137_n, "age": r137_a, "room": r137_r}
    for r137_k, r137_ref in enumerate(r137_REFS):
        r137_val = r137_fill(r137_ref, r137_n)
        r137_vpr = r137_GI + r137_rec(r137_val, r137_a, r137_r)
        r137_pair("nm%d-%s" % (r137_k, r137_n.split()[0]), "name_ref", r137_G, r137_base, r137_bexp, r137_vpr,
                  {"name": r137_NA, "age": r137_a, "room": r137_r},
                  vans=[{"name": r137_val, "age": r137_a, "room": r137_r}, {"name": r137_NA, "age": r137_a, "room": r137_r}])
    # a real name change must still be handled
    for r137_k, r137_new in enumerate(["Kari Lind", "Per Lind", "Ana Berg", "Mia Holt", "Anna Lind"]):
        if r137_new == r137_n:
            continue
        r137_vpr = r137_GI + r137_rec(r137_new, r137_a, r137_r)
        r137_pair("nc%d-%s" % (r137_k, r137_n.split()[0]), "name_change", r137_G, r137_base, r137_bexp, r137_vpr,
                  {"name": r137_new, "age": r137_a, "room": r137_r})
    # safe: whitespace, heading
    r137_safe_v("nws-%s" % r137_n.split()[0], "name", r137_G, r137_base, r137_bexp,
                r137_GI + "\n" + r137_rec(r137_n, r137_a, r137_r) + "\n")
    r137_safe_v("nrec-%s" % r137_n.split()[0], "name", r137_G, r137_base, r137_bexp,
                r137_GI + "Record:\n" + r137_rec(r137_n, r137_a, r137_r))
    r137_safe_v("ncase-%s" % r137_n.split()[0], "name", r137_G, r137_base, r137_bexp,
                r137_GI.replace("Extract", "Please extract") + r137_rec(r137_n, r137_a, r137_r))

# singles: the model copies the reference
for r137_k, (r137_n, r137_a, r137_r) in enumerate([("Siv Rud", 47, 315), ("Tor Nes", 44, 302), ("April Vik", 25, 610)]):
    for r137_j, r137_ref in enumerate(r137_REFS[r137_k::2]):
        r137_val = r137_fill(r137_ref, r137_n)
        r137_single("nm%d-%d" % (r137_k, r137_j), "name_ref", r137_G,
                    "Return the guest's name, age and room as JSON.\n\nText:\n" + r137_rec(r137_val, r137_a, r137_r),
                    {"name": r137_NA, "age": r137_a, "room": r137_r}, {"name": r137_val, "age": r137_a, "room": r137_r})

# recipient / city references
r137_PS = S({"payer": "string", "recipient": "string", "city": "string"})
r137_PI = "Extract payer, recipient and city as JSON.\n"
r137_PAY = [("Kari Dahl", "Ola Dahl", "Bergen"), ("Siri Moe", "Jon Moe", "Tromsø"), ("Lene Vik", "Ali Vik", "Bodø")]
r137_RREFS = [
    # (recipient value, right recipient: None = NA, "P" = payer)
    ("same as payer", "P"), ("Same As Payer", "P"), ("SAME AS PAYER", "P"), ("= payer", "P"), ("payer", "P"),
    ("the payer", "P"), ("wie Zahler", "P"), ("comme le payeur", "P"), ("samme som betaler", "P"),
    ("see payer", "P"), ("ditto", "P"), ("〃", "P"), ("idem", "P"),
    ("the payer's wife", None), ("payer's son", None), ("bearer", None), ("Current Resident", None),
    ("The Occupier", None), ("Bewohner", None), ("to whom it may concern", None), ("N.N.", None), ("—", None),
    ("himself", "P"), ("herself", "P"), ("his brother", None), ("Her Brother", None), ("ihr Bruder", None),
    ("sa sœur", None), ("hennes bror", None), ("📦", None), ("{ini}", None),
]
r137_CREFS = [
    ("home town", None), ("Home Town", None), ("hometown", None), ("Heimatstadt", None), ("ville natale", None),
    ("hjemby", None), ("same as payer", None), ("birthplace", None), ("the capital", None), ("Hauptstadt", None),
    ("local", None), ("here", None), ("same", None), ("ditto", None), ("〃", None), ("—", None), ("TBD", None),
    ("🏠", None), ("his city", None), ("HER CITY", None), ("city of the payer", None), ("payer's city", None),
    ("the next town", None), ("Vorort", None), ("banlieue", None),
]
for r137_p, r137_rc, r137_c in r137_PAY:
    r137_rec2 = "Payer: %s\nRecipient: %s\nCity: %s" % (r137_p, r137_rc, r137_c)
    r137_base = r137_PI + r137_rec2
    r137_bexp = {"payer": r137_p, "recipient": r137_rc, "city": r137_c}
    for r137_k, (r137_ref, r137_right) in enumerate(r137_RREFS):
        r137_val = r137_fill(r137_ref, r137_rc)
        r137_rr = r137_p if r137_right == "P" else r137_NA
        r137_vpr = r137_PI + "Payer: %s\nRecipient: %s\nCity: %s" % (r137_p, r137_val, r137_c)
        r137_pair("rc%d-%s" % (r137_k, r137_p.split()[0]), "recipient_ref", r137_PS, r137_base, r137_bexp, r137_vpr,
                  {"payer": r137_p, "recipient": r137_rr, "city": r137_c},
                  vans=[{"payer": r137_p, "recipient": r137_val, "city": r137_c},
                        {"payer": r137_p, "recipient": r137_rr, "city": r137_c}])
    for r137_k, (r137_ref, r137_right) in enumerate(r137_CREFS):
        r137_vpr = r137_PI + "Payer: %s\nRecipient: %s\nCity: %s" % (r137_p, r137_rc, r137_ref)
        r137_pair("ct%d-%s" % (r137_k, r137_p.split()[0]), "city_ref", r137_PS, r137_base, r137_bexp, r137_vpr,
                  {"payer": r137_p, "recipient": r137_rc, "city": r137_NA},
                  vans=[{"payer": r137_p, "recipient": r137_rc, "city": r137_ref},
                        {"payer": r137_p, "recipient": r137_rc, "city": r137_NA}])
    # real changes
    r137_pair("rcreal-%s" % r137_p.split()[0], "recipient_change", r137_PS, r137_base, r137_bexp,
              r137_PI + "Payer: %s\nRecipient: Nora Lunde\nCity: %s" % (r137_p, r137_c),
              {"payer": r137_p, "recipient": "Nora Lunde", "city": r137_c})
    r137_pair("ctreal-%s" % r137_p.split()[0], "city_change", r137_PS, r137_base, r137_bexp,
              r137_PI + "Payer: %s\nRecipient: %s\nCity: Molde" % (r137_p, r137_rc),
              {"payer": r137_p, "recipient": r137_rc, "city": "Molde"})
    r137_safe_v("pws-%s" % r137_p.split()[0], "payer", r137_PS, r137_base, r137_bexp, r137_base + "\n")

# singles for recipient / city
for r137_k, (r137_ref, r137_right) in enumerate(r137_RREFS):
    r137_p, r137_c = "Ida Strand", "Ålesund"
    r137_val = r137_fill(r137_ref, "Ole Strand")
    r137_rr = r137_p if r137_right == "P" else r137_NA
    r137_single("rc%d" % r137_k, "recipient_ref", r137_PS,
                "Return payer, recipient and city as JSON.\n\nText:\nPayer: %s\nRecipient: %s\nCity: %s" % (r137_p, r137_val, r137_c),
                {"payer": r137_p, "recipient": r137_rr, "city": r137_c}, {"payer": r137_p, "recipient": r137_val, "city": r137_c})
for r137_k, (r137_ref, r137_right) in enumerate(r137_CREFS):
    r137_single("ct%d" % r137_k, "city_ref", r137_PS,
                "Return payer, recipient and city as JSON.\n\nText:\nPayer: Ida Strand\nRecipient: Ole Strand\nCity: %s" % r137_ref,
                {"payer": "Ida Strand", "recipient": "Ole Strand", "city": r137_NA},
                {"payer": "Ida Strand", "recipient": "Ole Strand", "city": r137_ref})

# ------------------------------------------------------------------ wave 2: store gate, every added field, placements
for r137_k, (r137_n, r137_h) in enumerate([("Ida Rud", "Fjordtun"), ("Jon Nes", "Kaia")]):
    r137_rec3 = r137_hrec(r137_n, r137_h)
    for r137_tag, r137_line, r137_arg in r137_BF_OFF:
        r137_exp = {"name": r137_n, "breakfast_included": False, "guests": 2}
        r137_mis = {"name": r137_n, "breakfast_included": True, "guests": 2}
        r137_arg2 = r137_arg or r137_tag in ("surcharge", "bf-strike")
        if r137_k == 0:
            r137_single("w2a-%s" % r137_tag, "bf_added", r137_HS,
                        r137_HI + "\n".join(r137_rec3 + [r137_line]) + "\n", r137_exp, r137_mis, r137_arg2)
        else:
            r137_single("w2b-%s" % r137_tag, "bf_added", r137_HS,
                        r137_HI + "\n".join([r137_line] + r137_rec3) + "\n", r137_exp, r137_mis, r137_arg2)
            r137_single("w2c-%s" % r137_tag, "bf_added", r137_HS,
                        r137_HI + "\n".join(r137_rec3[:2] + ["Breakfast included: yes; " + r137_line] + r137_rec3[3:]) + "\n",
                        r137_exp, r137_mis, r137_arg2)
    for r137_tag, r137_line, r137_g, r137_arg in r137_G_CH:
        r137_exp = {"name": r137_n, "breakfast_included": True, "guests": r137_g}
        r137_mis = {"name": r137_n, "breakfast_included": True, "guests": 2}
        if r137_k == 0:
            r137_single("w2a-%s" % r137_tag, "g_added", r137_HS,
                        r137_HI + "\n".join(r137_rec3 + [r137_line]) + "\n", r137_exp, r137_mis, r137_arg)
        else:
            r137_single("w2b-%s" % r137_tag, "g_added", r137_HS,
                        r137_HI + "\n".join([r137_line] + r137_rec3) + "\n", r137_exp, r137_mis, r137_arg)
            r137_single("w2c-%s" % r137_tag, "g_added", r137_HS,
                        r137_HI + "\n".join(r137_rec3[:3] + ["Guests: 2; " + r137_line]) + "\n",
                        r137_exp, r137_mis, r137_arg)
    r137_single("w2ok-%d" % r137_k, "hotel_plain", r137_HS, r137_HI + "\n".join(r137_rec3) + "\n",
                {"name": r137_n, "breakfast_included": True, "guests": 2},
                {"name": r137_n, "breakfast_included": True, "guests": 2})

# wave 2: breakfast as a two-member record without the Booking line, other truth members
r137_TS = [("paid", "Paid: yes", [("p-chargeback-fr", "Paiement: rejeté", False), ("p-zuruck", "Zahlung: zurückgebucht", False),
                                  ("p-refund", "Refunded in full: yes", False), ("p-sym", "Payment: ✗", False),
                                  ("p-owed", "Balance owed: 420.00", False), ("p-abbr", "Pmt: NSF", False),
                                  ("p-due", "Amount due: 420.00", False), ("p-rev", "Reversed: yes", False),
                                  ("p-ret", "Returned unpaid: yes", False), ("p-no", "Pd: n", False)]),
           ("insured", "Insured: yes", [("i-lapsed", "Policy lapsed: yes", False), ("i-de", "Versicherung: abgelaufen", False),
                                        ("i-fr", "Assurance: résiliée", False), ("i-sym", "Cover: ✗", False),
                                        ("i-abbr", "Ins. exp.: 2024", True), ("i-unins", "Uninsured since: March", False)])]
for r137_mk, r137_own, r137_list in r137_TS:
    r137_sch = S({"name": "string", r137_mk: "boolean"})
    for r137_k, r137_n in enumerate(["Lea Bakke", "Nils Foss"]):
        r137_rec4 = ["Name: %s" % r137_n, r137_own]
        r137_bpr = "Extract name and %s as JSON.\n\nText:\n" % r137_mk + "\n".join(r137_rec4) + "\n"
        for r137_tag, r137_line, r137_arg in r137_list:
            r137_pair("w2p-%s-%d" % (r137_tag, r137_k), "truth_added", r137_sch, r137_bpr,
                      {"name": r137_n, r137_mk: True}, r137_bpr + r137_line + "\n", {"name": r137_n, r137_mk: False},
                      arg=r137_arg)
            r137_single("w2s-%s-%d" % (r137_tag, r137_k), "truth_added", r137_sch,
                        ("Return name and %s as JSON.\n\nText:\n" % r137_mk) + "\n".join(r137_rec4 + [r137_line]) + "\n",
                        {"name": r137_n, r137_mk: False}, {"name": r137_n, r137_mk: True}, r137_arg)

# ------------------------------------------------------------------ wave 3: references in other record shapes
r137_W3REFS = ["Her Brother", "HER BROTHER", "ihr Bruder", "sa sœur", "hennes bror", "Companion", "Myself", "Self",
               "Sibling", "My Brother", "OUR SON", "Their Daughter", "Mother-in-law", "Plus one", "his wife",
               "Seine Frau", "su hermano", "hans søster", "zijn broer", "jej brat", "Ditto", "idem", "Guest 2",
               "The Guest", "{first}s bror", "Bruder von {n}", "Mr.", "N.N.", "Unbekannt", "—", "{ini}", "{ini2}", "👤",
               "brother of the guest", "the guest's brother", "Mrs {last}'s son", "(sibling)", "TBD", "Anon."]
r137_W3SH = [
    # (tag, instruction, schema, record fmt with {v}, expect fn)
    ("pax", "Extract passenger and age as JSON.\n\nText:\n", S({"passenger": "string", "age": "integer"}),
     "Passenger: {v}\nAge: {a}", lambda v, a: {"passenger": v, "age": a}),
    ("pat", "Extract patient, age and ward as JSON.\n", S({"patient": "string", "age": "integer", "ward": "integer"}),
     "Patient: {v}\nAge: {a}\nWard: 7", lambda v, a: {"patient": v, "age": a, "ward": 7}),
    ("emp", "Return name and age as JSON.\n\nRecord:\n", S({"name": "string", "age": "integer"}),
     "Name: {v}\nAge: {a}", lambda v, a: {"name": v, "age": a}),
]
for r137_tag, r137_ins, r137_sch, r137_fmt, r137_ef in r137_W3SH:
    for r137_n, r137_a in [("Kari Lunde", 44), ("Bo Strand", 36)]:
        r137_bpr = r137_ins + r137_fmt.format(v=r137_n, a=r137_a)
        for r137_k, r137_ref in enumerate(r137_W3REFS):
            r137_val = r137_fill(r137_ref, r137_n)
            r137_pair("w3-%s-%d-%s" % (r137_tag, r137_k, r137_n.split()[0]), "name_ref", r137_sch, r137_bpr,
                      r137_ef(r137_n, r137_a), r137_ins + r137_fmt.format(v=r137_val, a=r137_a), r137_ef(r137_NA, r137_a),
                      vans=[r137_ef(r137_val, r137_a), r137_ef(r137_NA, r137_a)])
        r137_pair("w3-%s-real-%s" % (r137_tag, r137_n.split()[0]), "name_change", r137_sch, r137_bpr,
                  r137_ef(r137_n, r137_a), r137_ins + r137_fmt.format(v="Nora Holm", a=r137_a), r137_ef("Nora Holm", r137_a))
# singles in the stored base's own format
for r137_k, r137_ref in enumerate(r137_W3REFS):
    r137_val = r137_fill(r137_ref, "Vera Sund")
    r137_single("w3s-%d" % r137_k, "name_ref", r137_G, r137_GI + r137_rec(r137_val, 33, 404),
                {"name": r137_NA, "age": 33, "room": 404}, {"name": r137_val, "age": 33, "room": 404})

# ------------------------------------------------------------------ arguable: the value may itself be the addressee
# (initials, "Current Resident", "The Occupier", "Bewohner", "bearer", "to whom it may concern"), a surcharge beside
# "Breakfast included: yes" (a package may include breakfast at a surcharge)
import re as r137_re


def r137_is_arg(i):
    return bool(r137_re.match(r"d137-(v-nm(20|21|22)-|s-nm\d+-\d+$|v-w3-\w+-(30|31)-|s-w3s-(30|31)$|v-rc(15|16|17|18|19)-"
                              r"|s-rc(15|16|17|18|19)$|s-bf-surcharge-|s-w2\w-surcharge$)", i))


for r137_p in P:
    if r137_p["id"].startswith("d137-") and r137_is_arg(r137_p["id"]) and not r137_p["id"].startswith("d137-s-nm"):
        r137_arguable.add(r137_p["id"])
        if "arguable" not in r137_p["family"]:
            r137_p["family"] += "_arguable"


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r137_sample_round  # noqa: E402
r137_found = {
    'd137-b-bf-meal-extra-Ana', 'd137-b-nm0-Ana', 'd137-b-nm0-Eva', 'd137-b-nm0-May',
    'd137-b-nm0-Olav', 'd137-b-nm0-Page', 'd137-b-rc0-Kari', 'd137-b-rc0-Lene',
    'd137-b-rc0-Siri', 'd137-b-w3-emp-0-Bo', 'd137-b-w3-emp-0-Kari', 'd137-b-w3-pat-0-Bo',
    'd137-b-w3-pat-0-Kari', 'd137-b-w3-pax-0-Bo', 'd137-b-w3-pax-0-Kari', 'd137-s-bf-bf-strike-Siv',
    'd137-s-bf-surcharge-Siv', 'd137-s-ct0', 'd137-s-ct1', 'd137-s-ct10',
    'd137-s-ct11', 'd137-s-ct17', 'd137-s-ct19', 'd137-s-ct2',
    'd137-s-ct23', 'd137-s-ct24', 'd137-s-ct3', 'd137-s-ct4',
    'd137-s-ct5', 'd137-s-ct7', 'd137-s-ct9', 'd137-s-rc15',
    'd137-s-rc16', 'd137-s-rc17', 'd137-s-rc18', 'd137-s-rc19',
    'd137-s-rc22', 'd137-s-rc23', 'd137-s-rc25', 'd137-s-rc26',
    'd137-s-rc27', 'd137-s-rc28', 'd137-s-rc29', 'd137-s-rc6',
    'd137-s-rc7', 'd137-s-w2a-bf-strike', 'd137-s-w2a-surcharge', 'd137-s-w2c-surcharge',
    'd137-s-w3s-0', 'd137-s-w3s-1', 'd137-s-w3s-10', 'd137-s-w3s-11',
    'd137-s-w3s-12', 'd137-s-w3s-15', 'd137-s-w3s-16', 'd137-s-w3s-17',
    'd137-s-w3s-18', 'd137-s-w3s-19', 'd137-s-w3s-2', 'd137-s-w3s-22',
    'd137-s-w3s-23', 'd137-s-w3s-24', 'd137-s-w3s-25', 'd137-s-w3s-26',
    'd137-s-w3s-3', 'd137-s-w3s-31', 'd137-s-w3s-32', 'd137-s-w3s-33',
    'd137-s-w3s-35', 'd137-s-w3s-36', 'd137-s-w3s-38', 'd137-s-w3s-4',
    'd137-s-w3s-5', 'd137-s-w3s-6', 'd137-s-w3s-7', 'd137-s-w3s-8',
    'd137-s-w3s-9', 'd137-v-bf-bf-strike-Ana', 'd137-v-ct0-Kari', 'd137-v-ct0-Lene',
    'd137-v-ct0-Siri', 'd137-v-ct1-Kari', 'd137-v-ct1-Lene', 'd137-v-ct1-Siri',
    'd137-v-ct10-Kari', 'd137-v-ct10-Lene', 'd137-v-ct10-Siri', 'd137-v-ct11-Kari',
    'd137-v-ct11-Lene', 'd137-v-ct11-Siri', 'd137-v-ct17-Kari', 'd137-v-ct17-Lene',
    'd137-v-ct17-Siri', 'd137-v-ct19-Kari', 'd137-v-ct19-Lene', 'd137-v-ct19-Siri',
    'd137-v-ct2-Kari', 'd137-v-ct2-Lene', 'd137-v-ct2-Siri', 'd137-v-ct23-Kari',
    'd137-v-ct23-Lene', 'd137-v-ct23-Siri', 'd137-v-ct24-Kari', 'd137-v-ct24-Lene',
    'd137-v-ct24-Siri', 'd137-v-ct3-Kari', 'd137-v-ct3-Lene', 'd137-v-ct3-Siri',
    'd137-v-ct4-Kari', 'd137-v-ct4-Lene', 'd137-v-ct4-Siri', 'd137-v-ct5-Kari',
    'd137-v-ct5-Lene', 'd137-v-ct5-Siri', 'd137-v-ct7-Kari', 'd137-v-ct7-Lene',
    'd137-v-ct7-Siri', 'd137-v-ct9-Kari', 'd137-v-ct9-Lene', 'd137-v-ct9-Siri',
    'd137-v-nm0-Ana', 'd137-v-nm0-Eva', 'd137-v-nm0-May', 'd137-v-nm0-Olav',
    'd137-v-nm0-Page', 'd137-v-nm10-Ana', 'd137-v-nm10-Eva', 'd137-v-nm10-May',
    'd137-v-nm10-Olav', 'd137-v-nm10-Page', 'd137-v-nm2-Ana', 'd137-v-nm2-Eva',
    'd137-v-nm2-May', 'd137-v-nm2-Olav', 'd137-v-nm2-Page', 'd137-v-nm21-Ana',
    'd137-v-nm21-Eva', 'd137-v-nm21-May', 'd137-v-nm21-Olav', 'd137-v-nm21-Page',
    'd137-v-nm23-Ana', 'd137-v-nm23-Eva', 'd137-v-nm23-May', 'd137-v-nm23-Olav',
    'd137-v-nm23-Page', 'd137-v-nm24-Ana', 'd137-v-nm24-Eva', 'd137-v-nm24-May',
    'd137-v-nm24-Olav', 'd137-v-nm24-Page', 'd137-v-nm25-Ana', 'd137-v-nm25-Eva',
    'd137-v-nm25-May', 'd137-v-nm25-Olav', 'd137-v-nm25-Page', 'd137-v-nm26-Ana',
    'd137-v-nm26-Eva', 'd137-v-nm26-May', 'd137-v-nm26-Olav', 'd137-v-nm26-Page',
    'd137-v-nm27-Ana', 'd137-v-nm27-Eva', 'd137-v-nm27-May', 'd137-v-nm27-Olav',
    'd137-v-nm27-Page', 'd137-v-nm28-Ana', 'd137-v-nm28-Eva', 'd137-v-nm28-May',
    'd137-v-nm28-Olav', 'd137-v-nm28-Page', 'd137-v-nm29-Ana', 'd137-v-nm29-Eva',
    'd137-v-nm29-May', 'd137-v-nm29-Olav', 'd137-v-nm29-Page', 'd137-v-nm3-Ana',
    'd137-v-nm3-Eva', 'd137-v-nm3-May', 'd137-v-nm3-Olav', 'd137-v-nm3-Page',
    'd137-v-nm31-Ana', 'd137-v-nm31-Eva', 'd137-v-nm31-May', 'd137-v-nm31-Olav',
    'd137-v-nm31-Page', 'd137-v-nm32-Ana', 'd137-v-nm32-Eva', 'd137-v-nm32-May',
    'd137-v-nm32-Olav', 'd137-v-nm32-Page', 'd137-v-nm33-Ana', 'd137-v-nm33-Eva',
    'd137-v-nm33-May', 'd137-v-nm33-Olav', 'd137-v-nm33-Page', 'd137-v-nm34-Ana',
    'd137-v-nm34-Eva', 'd137-v-nm34-May', 'd137-v-nm34-Olav', 'd137-v-nm34-Page',
    'd137-v-nm35-Ana', 'd137-v-nm35-Eva', 'd137-v-nm35-May', 'd137-v-nm35-Olav',
    'd137-v-nm35-Page', 'd137-v-nm36-Ana', 'd137-v-nm36-Eva', 'd137-v-nm36-May',
    'd137-v-nm36-Olav', 'd137-v-nm36-Page', 'd137-v-nm37-Ana', 'd137-v-nm37-Eva',
    'd137-v-nm37-May', 'd137-v-nm37-Olav', 'd137-v-nm37-Page', 'd137-v-nm38-Ana',
    'd137-v-nm38-Eva', 'd137-v-nm38-May', 'd137-v-nm38-Olav', 'd137-v-nm38-Page',
    'd137-v-nm4-Ana', 'd137-v-nm4-Eva', 'd137-v-nm4-May', 'd137-v-nm4-Olav',
    'd137-v-nm4-Page', 'd137-v-nm40-Ana', 'd137-v-nm40-Eva', 'd137-v-nm40-May',
    'd137-v-nm40-Olav', 'd137-v-nm40-Page', 'd137-v-nm43-Ana', 'd137-v-nm43-Eva',
    'd137-v-nm43-May', 'd137-v-nm43-Olav', 'd137-v-nm43-Page', 'd137-v-nm44-Ana',
    'd137-v-nm44-Eva', 'd137-v-nm44-May', 'd137-v-nm44-Olav', 'd137-v-nm44-Page',
    'd137-v-nm5-Ana', 'd137-v-nm5-Eva', 'd137-v-nm5-May', 'd137-v-nm5-Olav',
    'd137-v-nm5-Page', 'd137-v-nm52-Ana', 'd137-v-nm52-Eva', 'd137-v-nm52-May',
    'd137-v-nm52-Olav', 'd137-v-nm52-Page', 'd137-v-nm54-Ana', 'd137-v-nm54-Eva',
    'd137-v-nm54-May', 'd137-v-nm54-Olav', 'd137-v-nm54-Page', 'd137-v-nm55-Ana',
    'd137-v-nm55-Eva', 'd137-v-nm55-May', 'd137-v-nm55-Olav', 'd137-v-nm55-Page',
    'd137-v-nm59-Ana', 'd137-v-nm59-Eva', 'd137-v-nm59-May', 'd137-v-nm59-Olav',
    'd137-v-nm59-Page', 'd137-v-nm6-Ana', 'd137-v-nm6-Eva', 'd137-v-nm6-May',
    'd137-v-nm6-Olav', 'd137-v-nm6-Page', 'd137-v-nm60-Ana', 'd137-v-nm60-Eva',
    'd137-v-nm60-May', 'd137-v-nm60-Olav', 'd137-v-nm60-Page', 'd137-v-nm61-Ana',
    'd137-v-nm61-Eva', 'd137-v-nm61-May', 'd137-v-nm61-Olav', 'd137-v-nm61-Page',
    'd137-v-nm62-Ana', 'd137-v-nm62-Eva', 'd137-v-nm62-May', 'd137-v-nm62-Olav',
    'd137-v-nm62-Page', 'd137-v-nm63-Ana', 'd137-v-nm63-Eva', 'd137-v-nm63-May',
    'd137-v-nm63-Olav', 'd137-v-nm63-Page', 'd137-v-nm64-Ana', 'd137-v-nm64-Eva',
    'd137-v-nm64-May', 'd137-v-nm64-Olav', 'd137-v-nm64-Page', 'd137-v-nm65-Ana',
    'd137-v-nm65-Eva', 'd137-v-nm65-May', 'd137-v-nm65-Olav', 'd137-v-nm65-Page',
    'd137-v-nm66-Ana', 'd137-v-nm66-Eva', 'd137-v-nm66-May', 'd137-v-nm66-Olav',
    'd137-v-nm66-Page', 'd137-v-nm67-Ana', 'd137-v-nm67-Eva', 'd137-v-nm67-May',
    'd137-v-nm67-Olav', 'd137-v-nm67-Page', 'd137-v-nm68-Ana', 'd137-v-nm68-Eva',
    'd137-v-nm68-May', 'd137-v-nm68-Olav', 'd137-v-nm68-Page', 'd137-v-nm69-Eva',
    'd137-v-nm69-Olav', 'd137-v-nm69-Page', 'd137-v-nm7-Ana', 'd137-v-nm7-Eva',
    'd137-v-nm7-May', 'd137-v-nm7-Olav', 'd137-v-nm7-Page', 'd137-v-nm70-Ana',
    'd137-v-nm70-Eva', 'd137-v-nm70-May', 'd137-v-nm70-Olav', 'd137-v-nm70-Page',
    'd137-v-nm71-Ana', 'd137-v-nm71-Eva', 'd137-v-nm71-May', 'd137-v-nm71-Olav',
    'd137-v-nm71-Page', 'd137-v-nm72-Ana', 'd137-v-nm72-Eva', 'd137-v-nm72-May',
    'd137-v-nm72-Olav', 'd137-v-nm72-Page', 'd137-v-nm73-Ana', 'd137-v-nm73-Eva',
    'd137-v-nm73-May', 'd137-v-nm73-Olav', 'd137-v-nm73-Page', 'd137-v-nm8-Ana',
    'd137-v-nm8-Eva', 'd137-v-nm8-May', 'd137-v-nm8-Olav', 'd137-v-nm8-Page',
    'd137-v-nm9-Ana', 'd137-v-nm9-Eva', 'd137-v-nm9-May', 'd137-v-nm9-Olav',
    'd137-v-nm9-Page', 'd137-v-rc15-Kari', 'd137-v-rc15-Lene', 'd137-v-rc15-Siri',
    'd137-v-rc16-Kari', 'd137-v-rc16-Lene', 'd137-v-rc16-Siri', 'd137-v-rc17-Kari',
    'd137-v-rc17-Lene', 'd137-v-rc17-Siri', 'd137-v-rc18-Kari', 'd137-v-rc18-Lene',
    'd137-v-rc18-Siri', 'd137-v-rc19-Kari', 'd137-v-rc19-Lene', 'd137-v-rc19-Siri',
    'd137-v-rc22-Kari', 'd137-v-rc22-Lene', 'd137-v-rc22-Siri', 'd137-v-rc23-Kari',
    'd137-v-rc23-Lene', 'd137-v-rc23-Siri', 'd137-v-rc25-Kari', 'd137-v-rc25-Lene',
    'd137-v-rc25-Siri', 'd137-v-rc26-Kari', 'd137-v-rc26-Lene', 'd137-v-rc26-Siri',
    'd137-v-rc27-Kari', 'd137-v-rc27-Lene', 'd137-v-rc27-Siri', 'd137-v-rc28-Kari',
    'd137-v-rc28-Lene', 'd137-v-rc28-Siri', 'd137-v-rc29-Kari', 'd137-v-rc29-Lene',
    'd137-v-rc29-Siri', 'd137-v-rc6-Kari', 'd137-v-rc6-Lene', 'd137-v-rc6-Siri',
    'd137-v-rc7-Kari', 'd137-v-rc7-Lene', 'd137-v-rc7-Siri', 'd137-v-w3-emp-0-Bo',
    'd137-v-w3-emp-0-Kari', 'd137-v-w3-emp-1-Bo', 'd137-v-w3-emp-1-Kari', 'd137-v-w3-emp-10-Bo',
    'd137-v-w3-emp-10-Kari', 'd137-v-w3-emp-11-Bo', 'd137-v-w3-emp-11-Kari', 'd137-v-w3-emp-12-Bo',
    'd137-v-w3-emp-12-Kari', 'd137-v-w3-emp-15-Bo', 'd137-v-w3-emp-15-Kari', 'd137-v-w3-emp-16-Bo',
    'd137-v-w3-emp-16-Kari', 'd137-v-w3-emp-17-Bo', 'd137-v-w3-emp-17-Kari', 'd137-v-w3-emp-18-Bo',
    'd137-v-w3-emp-18-Kari', 'd137-v-w3-emp-19-Bo', 'd137-v-w3-emp-19-Kari', 'd137-v-w3-emp-2-Bo',
    'd137-v-w3-emp-2-Kari', 'd137-v-w3-emp-22-Bo', 'd137-v-w3-emp-22-Kari', 'd137-v-w3-emp-23-Bo',
    'd137-v-w3-emp-23-Kari', 'd137-v-w3-emp-24-Bo', 'd137-v-w3-emp-24-Kari', 'd137-v-w3-emp-25-Bo',
    'd137-v-w3-emp-25-Kari', 'd137-v-w3-emp-26-Bo', 'd137-v-w3-emp-26-Kari', 'd137-v-w3-emp-3-Bo',
    'd137-v-w3-emp-3-Kari', 'd137-v-w3-emp-31-Bo', 'd137-v-w3-emp-31-Kari', 'd137-v-w3-emp-32-Bo',
    'd137-v-w3-emp-32-Kari', 'd137-v-w3-emp-33-Bo', 'd137-v-w3-emp-33-Kari', 'd137-v-w3-emp-35-Bo',
    'd137-v-w3-emp-35-Kari', 'd137-v-w3-emp-36-Bo', 'd137-v-w3-emp-36-Kari', 'd137-v-w3-emp-38-Bo',
    'd137-v-w3-emp-38-Kari', 'd137-v-w3-emp-4-Bo', 'd137-v-w3-emp-4-Kari', 'd137-v-w3-emp-5-Bo',
    'd137-v-w3-emp-5-Kari', 'd137-v-w3-emp-6-Bo', 'd137-v-w3-emp-6-Kari', 'd137-v-w3-emp-7-Bo',
    'd137-v-w3-emp-7-Kari', 'd137-v-w3-emp-8-Bo', 'd137-v-w3-emp-8-Kari', 'd137-v-w3-emp-9-Bo',
    'd137-v-w3-emp-9-Kari', 'd137-v-w3-pat-0-Bo', 'd137-v-w3-pat-0-Kari', 'd137-v-w3-pat-1-Bo',
    'd137-v-w3-pat-1-Kari', 'd137-v-w3-pat-10-Bo', 'd137-v-w3-pat-10-Kari', 'd137-v-w3-pat-11-Bo',
    'd137-v-w3-pat-11-Kari', 'd137-v-w3-pat-12-Bo', 'd137-v-w3-pat-12-Kari', 'd137-v-w3-pat-15-Bo',
    'd137-v-w3-pat-15-Kari', 'd137-v-w3-pat-16-Bo', 'd137-v-w3-pat-16-Kari', 'd137-v-w3-pat-17-Bo',
    'd137-v-w3-pat-17-Kari', 'd137-v-w3-pat-18-Bo', 'd137-v-w3-pat-18-Kari', 'd137-v-w3-pat-19-Bo',
    'd137-v-w3-pat-19-Kari', 'd137-v-w3-pat-2-Bo', 'd137-v-w3-pat-2-Kari', 'd137-v-w3-pat-22-Bo',
    'd137-v-w3-pat-22-Kari', 'd137-v-w3-pat-23-Bo', 'd137-v-w3-pat-23-Kari', 'd137-v-w3-pat-24-Bo',
    'd137-v-w3-pat-24-Kari', 'd137-v-w3-pat-25-Bo', 'd137-v-w3-pat-25-Kari', 'd137-v-w3-pat-26-Bo',
    'd137-v-w3-pat-26-Kari', 'd137-v-w3-pat-3-Bo', 'd137-v-w3-pat-3-Kari', 'd137-v-w3-pat-31-Bo',
    'd137-v-w3-pat-31-Kari', 'd137-v-w3-pat-32-Bo', 'd137-v-w3-pat-32-Kari', 'd137-v-w3-pat-33-Bo',
    'd137-v-w3-pat-33-Kari', 'd137-v-w3-pat-35-Bo', 'd137-v-w3-pat-35-Kari', 'd137-v-w3-pat-36-Bo',
    'd137-v-w3-pat-36-Kari', 'd137-v-w3-pat-38-Bo', 'd137-v-w3-pat-38-Kari', 'd137-v-w3-pat-4-Bo',
    'd137-v-w3-pat-4-Kari', 'd137-v-w3-pat-5-Bo', 'd137-v-w3-pat-5-Kari', 'd137-v-w3-pat-6-Bo',
    'd137-v-w3-pat-6-Kari', 'd137-v-w3-pat-7-Bo', 'd137-v-w3-pat-7-Kari', 'd137-v-w3-pat-8-Bo',
    'd137-v-w3-pat-8-Kari', 'd137-v-w3-pat-9-Bo', 'd137-v-w3-pat-9-Kari', 'd137-v-w3-pax-0-Bo',
    'd137-v-w3-pax-0-Kari', 'd137-v-w3-pax-1-Bo', 'd137-v-w3-pax-1-Kari', 'd137-v-w3-pax-10-Bo',
    'd137-v-w3-pax-10-Kari', 'd137-v-w3-pax-11-Bo', 'd137-v-w3-pax-11-Kari', 'd137-v-w3-pax-12-Bo',
    'd137-v-w3-pax-12-Kari', 'd137-v-w3-pax-15-Bo', 'd137-v-w3-pax-15-Kari', 'd137-v-w3-pax-16-Bo',
    'd137-v-w3-pax-16-Kari', 'd137-v-w3-pax-17-Bo', 'd137-v-w3-pax-17-Kari', 'd137-v-w3-pax-18-Bo',
    'd137-v-w3-pax-18-Kari', 'd137-v-w3-pax-19-Bo', 'd137-v-w3-pax-19-Kari', 'd137-v-w3-pax-2-Bo',
    'd137-v-w3-pax-2-Kari', 'd137-v-w3-pax-22-Bo', 'd137-v-w3-pax-22-Kari', 'd137-v-w3-pax-23-Bo',
    'd137-v-w3-pax-23-Kari', 'd137-v-w3-pax-24-Bo', 'd137-v-w3-pax-24-Kari', 'd137-v-w3-pax-25-Bo',
    'd137-v-w3-pax-25-Kari', 'd137-v-w3-pax-26-Bo', 'd137-v-w3-pax-26-Kari', 'd137-v-w3-pax-3-Bo',
    'd137-v-w3-pax-3-Kari', 'd137-v-w3-pax-31-Bo', 'd137-v-w3-pax-31-Kari', 'd137-v-w3-pax-32-Bo',
    'd137-v-w3-pax-32-Kari', 'd137-v-w3-pax-33-Bo', 'd137-v-w3-pax-33-Kari', 'd137-v-w3-pax-35-Bo',
    'd137-v-w3-pax-35-Kari', 'd137-v-w3-pax-36-Bo', 'd137-v-w3-pax-36-Kari', 'd137-v-w3-pax-38-Bo',
    'd137-v-w3-pax-38-Kari', 'd137-v-w3-pax-4-Bo', 'd137-v-w3-pax-4-Kari', 'd137-v-w3-pax-5-Bo',
    'd137-v-w3-pax-5-Kari', 'd137-v-w3-pax-6-Bo', 'd137-v-w3-pax-6-Kari', 'd137-v-w3-pax-7-Bo',
    'd137-v-w3-pax-7-Kari', 'd137-v-w3-pax-8-Bo', 'd137-v-w3-pax-8-Kari', 'd137-v-w3-pax-9-Bo',
    'd137-v-w3-pax-9-Kari'
}
r137_sample_round("d137-", r137_found, 3)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r137_left_out = {
    'd137-v-bf-bf-strike-Eva', 'd137-s-w2c-surcharge', 'd137-s-w2b-surcharge', 'd137-v-bf-bf-strike-Olav', 'd137-s-bf-bf-strike-Siv', 'd137-s-bf-surcharge-Siv', 'd137-s-w2a-bf-strike', 'd137-s-w2a-surcharge',
    'd137-v-bf-bf-strike-Ana'
}
P[:] = [r137_p for r137_p in P if r137_p["id"] not in r137_left_out]
