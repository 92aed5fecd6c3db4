r"""Red-team round 178 (black box): WHERE THE SCHEMA'S MEANING LIVES OUTSIDE A MEMBER'S OWN SUB-SCHEMA, AND PLACEHOLDERS
WHERE NULL IS ALLOWED (the last stop's rules).
13,828 probes (seeded random.Random(178)): 8,840 pair probes (base + variant), 4,562 singles (--runs 2), 426 safe.
Part A (d178-sb/sv/ss/rb/rv-): the same record ("Name: x / Age: 41", "Price: 45 EUR", "Weight: 3 kg", "Duration: 4 h",
  "Distance: 12 km"; line, one-line, YAML, CSV, pipe table, intro sentence + list), the schema's meaning changed OUTSIDE
  the member's entry so the right answer is another unit (months, cents, grams, minutes, metres): top-level description,
  title, markdownDescription, x-description, $comment, a $ref to "#/$defs/x" or "#/definitions/x" whose description says
  the unit, a $defs name ("AgeMonths"), an unreferenced $defs note, dependentSchemas, top-level if/then, allOf, anyOf,
  oneOf, not, patternProperties, additionalProperties with a description, top-level examples/default holding the
  converted value, and the key renamed (age -> age_months, price -> price_cents, weight -> weight_g...).
Part A2 (d178-xb/xv/xs-): both values in the text ("Net price: 100 | Gross price: 125", Check-in/Check-out, Home/Work
  city, Mobile/Office phone, First/Second guest, Net/Gross weight); the same 17 schema places pick the one asked
  ("Prices are gross, including VAT.", "Report the second guest."); key renamed price_net -> price_gross...
Part A3 (d178-ob/ov-): "Room / First guest / Second guest", which guest said only in the schema's description, title,
  $defs, $comment, allOf, dependentSchemas, if/then. Part A4 (d178-eb/ev-): enum or const (inline or by $ref) changed to
  exclude the cached value (paid -> PAID, Norway -> NO/NOR, medium -> M).
Part B (d178-ph-, singles --runs 2): a member that may be null (type ["string","null"], or left out of "required"):
  contact_person, assigned_to, manager, email, postcode, phone; the text's field holds a placeholder that looks affirmed
  (~150 values: "Vacant Seat", "Awaiting Assignment", "Nom Prénom", "Etunimi Sukunimi", "Lorem Ipsum", "Wird
  Nachgereicht", "Por Determinar", "John Doe", "Max Mustermann", "na@na.com", "dummy@dummy.com", "99999", "+47 11 11 11
  11"...); the model's first answer copies it, later answers null. Part B2 (d178-pb/pv-): a record with a real value
  stored, then the same record with the placeholder in the same field. Part B3 (d178-ph3/pb3/pv3-): the hole's edges:
  template tokens ("{{contact_name}}", "[Name]", "<Full Name>", "$NAME", "%CONTACT_NAME%"), ALL CAPS, a trailing period
  or a bracket, a digit, three or four words, "nobody yet" in more languages, "[Redacted]", "Anonymous Donor".
HELD: all of part A, A2, A3, A4: 0 from the cache. Every schema change outside the member (descriptions, titles, $defs,
  definitions, dependentSchemas, if/then, allOf/anyOf/oneOf/not, patternProperties, additionalProperties, $comment,
  x-description, markdownDescription, examples, default, renames, enum/const) was regenerated; a base whose schema holds
  a meaning word the text does not state was not stored at all. The converted right answers (492 months, 4500 cents)
  were rejected ("does not occur in the source text"), 600 errors on right answers; two-field texts were refused
  ("the text states several values for it", 1,024), "First guest / Second guest" bases refused (420); a harness slip:
  key "heightx" beside "Height:" was refused (100). Placeholders that held (82): the lists' own words ("To Be Confirmed",
  "Not Yet Assigned", "Xx Xx", "Firstname Lastname", "Unknown Person", "Sin Asignar", "Noch Offen", "N/A N/A", "TBD TBD",
  "Name Surname", "Vorname Nachname", "Fornavn Etternavn", "Full Name", "Foo Bar"...), all-zero/all-X postcodes and
  phones ("00000", "XXXXX", "000 00 000", "(000) 000-0000"), most e-mails ("test@test.com", "user@example.com" in this
  run, "name@domain.com", "a@a.a", "null@null.com"); in part B3 every template token ("{{ name }}", "[Name]", "<NAME>",
  "$NAME", "${CONTACT}", "%CONTACT_NAME%", "__NAME__", "#NAME?", "{first_name} {last_name}"), "[Redacted]", "███ ███",
  "Name Pending", "Not Decided Yet", "Kommt Noch", "Noch Zu Benennen", "TBC By Friday", "Open Position 1".
WHAT GOT THROUGH (parts B/B2/B3 only; full round: 341 wrong from the cache in run 1 -- 331 of them by the licensed
  rewrite, no model call --, 900 in run 2 (485 clear, 415 arguable); 2,939 wrong fresh in run 1, all placeholder copies;
  alone, a fresh SQLite store, --runs 2: 338 in run 1 (183 clear), 892 of 900 in run 2 -- 481 clear, 411 arguable):
 (A) CLEAR: a capitalised placeholder phrase of two words or more that says "nobody yet" or is a name template in
     another language is affirmed as a value, stored, served again, and -- in run 1, with no model call -- copied by
     the licensed rewrite into a stored record whose field kept its label: "Contact: Nom Prénom" (stored record had
     "Contact: Nipi Duduberg") -> {"contact_person": "Nom Prénom"}; "Assigned to: Awaiting Assignment"; "manager: Pending
     Review"; "Manager: Wird Nachgereicht"; "Assigned to: Vakant Stilling"; "Contact: Being Recruited"; "Etunimi
     Sukunimi", "Imię Nazwisko", "Nome Cognome", "Por Determinar", "Open Vacancy", "New Hire Pending", "Lorem Ipsum",
     "Qwerty Uiop"; "Email: na@na.com", "dummy@dummy.com"; "Phone: +47 11 11 11 11" (expected null / member absent).
     Part B3: "Contact person: Awaiting Assignment." (a period), "AWAITING ASSIGNMENT", "VACANT SEAT", "NOM PRÉNOM",
     "Pending (HR)", "Slot 2 Open", "Role 3 Vacant", "Nomination Pending 2026", "Awaiting Board Approval", "Still Being
     Decided Now", "Vacature Open", "Stanowisko Wolne", "Meldes Senere", "Sera Communiqué", "Neu Zu Besetzen".
 (B) ARGUABLE (r178_arguable): real-looking placeholder names ("John Smith", "Jean Dupont", "Ola Nordmann", "Max
     Mustermann", "Juan Pérez", "Matti Meikäläinen"), roles or generic words ("Open Role", "Coming Soon", "Available
     Slot", "Mr X", "Team Member", "Duty Officer"), documentation addresses and numbers ("example@example.com",
     "donotreply@shop.example", "zip: 11111", "99999", "+47 12 34 56 78", "555-0100"), and part B3's "One Of The
     Drivers", "Someone From Sales", "Any Available Nurse", "Anonymous Donor", "Withheld By Request", "Unnamed Contact".
Adds its probes to probe_kit.P."""
import copy
import random as r178_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = random = r178_random.Random(178)
r178_arguable = set()
r178_pairs, r178_singles, r178_safe = [], [], []
r178_seen = set()
C1 = "bdfgklmnprstvz"
V1 = "aeiou"


def word(k):
    return "".join(R.choice(C1) + R.choice(V1) for _ in range(k))


def nm():
    while True:
        n = word(2).capitalize() + " " + word(2).capitalize() + R.choice(["sen", "berg", "lund", "dal", "vik"])
        if n not in r178_seen:
            r178_seen.add(n)
            return n


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r178_arguable.add(id)
    {"pair": r178_pairs, "single": r178_singles, "safe": r178_safe}[kind].append(id)


def render(fields, lay):
    """fields: list of (label, value)"""
    if lay == "L":
        return "\n".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "O":
        return " | ".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "Y":
        return "\n".join("%s: %s" % (l.lower().replace(" ", "_"), v) for l, v in fields)
    if lay == "C":
        return ",".join(l for l, v in fields) + "\n" + ",".join(str(v) for l, v in fields)
    if lay == "T":
        return ("| " + " | ".join(l for l, v in fields) + " |\n|" + "---|" * len(fields) + "\n| "
                + " | ".join(str(v) for l, v in fields) + " |")
    if lay == "E":
        return ("Please process the following record for our files.\n\n"
                + "\n".join("- %s: %s" % (l, v) for l, v in fields))
    raise ValueError(lay)


INSTR = ["Extract the record as JSON.", "Extract the fields from the record below as JSON.",
         "Return the record's fields as a JSON object.", "Fill the JSON schema from the text."]
MARK = ["Record:", "Text:"]


def prompt(instr, text, mark):
    return "%s\n%s\n%s" % (instr, mark, text)


def para(instr):
    return "Please " + instr[0].lower() + instr[1:]


# ---------------------------------------------------------------- Part A: the same record, the schema's meaning moved
# conversions: key, labels, base value gen, text of the value, (variant meaning sentence, variant answer fn, renamed key)
def conv_age():
    n = R.randint(19, 78)
    return n, str(n), n * 12
def conv_price():
    n = R.randint(12, 480)
    return n, "%d EUR" % n, n * 100
def conv_weight():
    n = R.randint(2, 60)
    return n, "%d kg" % n, n * 1000
def conv_dur():
    n = R.randint(2, 9)
    return n, "%d h" % n, n * 60
def conv_dist():
    n = R.randint(3, 90)
    return n, "%d km" % n, n * 1000
def conv_height():
    n = R.randint(2, 9)
    return n, "%d m" % n, n * 100


CONV = [
    ("age", ["Age", "Age", "AGE", "Age (years)"], conv_age,
     ["Ages are given in months.", "Report every age in months.", "The age is counted in months, not years.",
      "Alle Altersangaben in Monaten."], "age_months", "Age in months"),
    ("price", ["Price", "PRICE", "Price"], conv_price,
     ["Prices are given in cents.", "Report the price in euro cents.", "All amounts in cents (1 EUR = 100)."],
     "price_cents", "Price in cents"),
    ("weight", ["Weight", "WEIGHT"], conv_weight,
     ["Weights are given in grams.", "Report the weight in grams.", "All weights in g."], "weight_g",
     "Weight in grams"),
    ("duration", ["Duration", "DURATION"], conv_dur,
     ["Durations are given in minutes.", "Report the duration in minutes.", "All times in minutes."],
     "duration_minutes", "Duration in minutes"),
    ("distance", ["Distance", "DISTANCE"], conv_dist,
     ["Distances are given in metres.", "Report the distance in metres.", "All distances in m."],
     "distance_m", "Distance in metres"),
    ("heightx", ["Height", "HEIGHT"], conv_height,
     ["Heights are given in centimetres.", "Report the height in cm.", "All heights in centimetres."],
     "height_cm", "Height in centimetres"),
]

MECH = ["desc", "title", "defs", "definitions", "defsname", "depsch", "ifthen", "allof", "patprop", "addprop",
        "comment", "xdesc", "examples", "default", "rename", "anyof_top", "oneof_top", "not_top", "mdesc",
        "defs_unref"]
LAYS = ["L", "O", "Y", "C", "T", "E"]


def base_schema(key):
    return {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": "integer"}},
            "required": ["name", key], "additionalProperties": False}


def var_schema(mech, key, sent, ren, nm_, newv):
    s = base_schema(key)
    if mech == "desc":
        s["description"] = sent
    elif mech == "title":
        s["title"] = sent
    elif mech == "mdesc":
        s["markdownDescription"] = sent
    elif mech == "defs":
        s["properties"][key] = {"$ref": "#/$defs/%s" % key}
        s["$defs"] = {key: {"type": "integer", "description": sent}}
    elif mech == "definitions":
        s["properties"][key] = {"$ref": "#/definitions/%s" % key}
        s["definitions"] = {key: {"type": "integer", "description": sent}}
    elif mech == "defsname":
        s["properties"][key] = {"$ref": "#/$defs/%s" % ren.title().replace("_", "")}
        s["$defs"] = {ren.title().replace("_", ""): {"type": "integer"}}
    elif mech == "defs_unref":
        s["$defs"] = {"note": {"description": sent}}
    elif mech == "depsch":
        s["dependentSchemas"] = {"name": {"properties": {key: {"description": sent}}}}
    elif mech == "ifthen":
        s["if"] = {"required": ["name"]}
        s["then"] = {"properties": {key: {"description": sent}}}
    elif mech == "allof":
        s["allOf"] = [{"properties": {key: {"description": sent}}}]
    elif mech == "anyof_top":
        s["anyOf"] = [{"properties": {key: {"description": sent}}}]
    elif mech == "oneof_top":
        s["oneOf"] = [{"properties": {key: {"description": sent}}}]
    elif mech == "not_top":
        s["not"] = {"description": "Not in the text's unit. " + sent, "required": ["zzz"]}
    elif mech == "patprop":
        s["patternProperties"] = {"^%s$" % key: {"type": "integer", "description": sent}}
    elif mech == "addprop":
        s["additionalProperties"] = {"description": sent}
    elif mech == "comment":
        s["$comment"] = sent
    elif mech == "xdesc":
        s["x-description"] = sent
    elif mech == "examples":
        s["examples"] = [{"name": nm_, key: newv}]
    elif mech == "default":
        s["default"] = {"name": nm_, key: newv}
    elif mech == "rename":
        s["properties"] = {"name": {"type": "integer" if False else "string"}, ren: {"type": "integer"}}
        s["required"] = ["name", ren]
    return s


cnt = 0
for rep in range(5):
    for ci, (key, labels, gen, sents, ren, ldesc) in enumerate(CONV):
        for mech in MECH:
            cnt += 1
            lay = LAYS[cnt % len(LAYS)]
            name = nm()
            v, vtxt, nv = gen()
            lab = R.choice(labels)
            if lab == "Age (years)" and mech != "rename":
                lab = "Age"
            extra = [("Ref", "R-%d" % R.randint(1000, 9999))] if R.random() < 0.4 else []
            fields = [("Name", name), (lab, vtxt)] + extra
            text = render(fields, lay)
            instr = R.choice(INSTR)
            mark = R.choice(MARK)
            sent = R.choice(sents)
            bs = base_schema(key)
            id0 = "d178-sb-%s-%s-%d" % (key, mech, cnt)
            add("pair", id0, "r178-schema-outside", prompt(instr, text, mark), bs, {"name": name, key: v},
                [{"name": name, key: v}])
            vs = var_schema(mech, key, sent, ren, name, nv)
            vk = ren if mech == "rename" else key
            arg = mech in ("examples", "default", "comment", "addprop", "not_top", "defs_unref", "anyof_top",
                           "oneof_top", "xdesc")
            add("pair", "d178-sv-%s-%s-%d" % (key, mech, cnt), "r178-schema-outside", prompt(para(instr), text, mark),
                vs, {"name": name, vk: nv}, [{"name": name, vk: nv}], arg=arg)
            # safe: same schema, paraphrase
            if cnt % 5 == 0:
                add("safe", "d178-ss-%s-%s-%d" % (key, mech, cnt), "r178-schema-safe",
                    prompt(instr + "  ", text, mark), bs, {"name": name, key: v}, [{"name": name, key: v}])
            # $ref chain where both base and variant reference $defs, the definition's description changes
            if mech == "defs":
                cnt += 1
                name2 = nm()
                v2, vtxt2, nv2 = gen()
                t2 = render([("Name", name2), (lab, vtxt2)], lay)
                b2 = base_schema(key)
                b2["properties"][key] = {"$ref": "#/$defs/q"}
                b2["$defs"] = {"q": {"type": "integer", "description": lab}}
                add("pair", "d178-rb-%s-%d" % (key, cnt), "r178-ref", prompt(instr, t2, mark), b2,
                    {"name": name2, key: v2}, [{"name": name2, key: v2}])
                v2s = copy.deepcopy(b2)
                v2s["$defs"]["q"]["description"] = ldesc
                add("pair", "d178-rv-%s-%d" % (key, cnt), "r178-ref", prompt(para(instr), t2, mark), v2s,
                    {"name": name2, key: nv2}, [{"name": name2, key: nv2}])

# ordinal via the schema: which guest
ORD_M = ["desc", "title", "defs", "comment", "allof", "depsch", "ifthen"]
for rep in range(60):
    for m in ORD_M:
        cnt += 1
        lay = LAYS[cnt % len(LAYS)]
        g1, g2 = nm(), nm()
        room = str(R.randint(100, 499))
        text = render([("Room", room), ("First guest", g1), ("Second guest", g2)], lay)
        instr = R.choice(INSTR)
        mark = R.choice(MARK)
        def sch(sent):
            s = {"type": "object", "properties": {"room": {"type": "string"}, "guest": {"type": "string"}},
                 "required": ["room", "guest"], "additionalProperties": False}
            if m == "desc":
                s["description"] = sent
            elif m == "title":
                s["title"] = sent
            elif m == "comment":
                s["$comment"] = sent
            elif m == "defs":
                s["properties"]["guest"] = {"$ref": "#/$defs/g"}
                s["$defs"] = {"g": {"type": "string", "description": sent}}
            elif m == "allof":
                s["allOf"] = [{"properties": {"guest": {"description": sent}}}]
            elif m == "depsch":
                s["dependentSchemas"] = {"room": {"properties": {"guest": {"description": sent}}}}
            elif m == "ifthen":
                s["if"] = {"required": ["room"]}
                s["then"] = {"properties": {"guest": {"description": sent}}}
            return s
        s1 = R.choice(["Report the first guest listed.", "The guest is the first name listed.", "First guest only."])
        s2 = R.choice(["Report the second guest listed.", "The guest is the second name listed.",
                       "Second guest only.", "Report the last guest listed."])
        add("pair", "d178-ob-%s-%d" % (m, cnt), "r178-ordinal", prompt(instr, text, mark), sch(s1),
            {"room": room, "guest": g1}, [{"room": room, "guest": g1}])
        add("pair", "d178-ov-%s-%d" % (m, cnt), "r178-ordinal", prompt(para(instr), text, mark), sch(s2),
            {"room": room, "guest": g2}, [{"room": room, "guest": g2}], arg=(m == "comment"))

# enum / const changes that exclude the cached value
ENUMS = [
    ("status", ["Status", "Status"], [("paid", "PAID", "Paid"), ("open", "OPEN", "Open"),
                                               ("cancelled", "CANCELLED", "Cancelled")]),
    ("country", ["Country"], [("Norway", "NO", "NOR"), ("Sweden", "SE", "SWE"),
                                             ("Denmark", "DK", "DNK"), ("Germany", "DE", "DEU")]),
    ("size", ["Size"], [("medium", "M", "Medium"), ("large", "L", "Large"), ("small", "S", "Small")]),
]
for rep in range(40):
    for key, labels, vals in ENUMS:
        for how in ("inline", "ref", "const"):
            cnt += 1
            lay = LAYS[cnt % len(LAYS)]
            name = nm()
            i = R.randrange(len(vals))
            col = R.choice([1, 2])
            text = render([("Name", name), (R.choice(labels), vals[i][0])], lay)
            instr, mark = R.choice(INSTR), R.choice(MARK)
            def sch(c):
                s = base_schema(key)
                if how == "const":
                    sub = {"type": "string", "const": vals[i][c]}
                else:
                    sub = {"type": "string", "enum": [x[c] for x in vals]}
                if how == "ref":
                    s["properties"][key] = {"$ref": "#/$defs/%s_code" % key}
                    s["$defs"] = {"%s_code" % key: sub}
                else:
                    s["properties"][key] = sub
                return s
            add("pair", "d178-eb-%s-%s-%d" % (key, how, cnt), "r178-enum", prompt(instr, text, mark), sch(0),
                {"name": name, key: vals[i][0]}, [{"name": name, key: vals[i][0]}])
            add("pair", "d178-ev-%s-%s-%d" % (key, how, cnt), "r178-enum", prompt(para(instr), text, mark), sch(col),
                {"name": name, key: vals[i][col]}, [{"name": name, key: vals[i][col]}])

# ---------------------------------------------------------------- Part B: placeholders where null is allowed
PH_NAMES = [("To Be Confirmed", 0), ("Not Yet Assigned", 0), ("Xx Xx", 0), ("Firstname Lastname", 0),
            ("First Name Last Name", 0), ("Unknown Person", 0), ("Sin Asignar", 0), ("Noch Offen", 0),
            ("Pending Review", 0), ("N/A N/A", 0), ("Name Surname", 0), ("Vorname Nachname", 0), ("Nom Prénom", 0),
            ("Your Name Here", 0), ("Insert Name", 0), ("Placeholder Name", 0), ("TBD TBD", 0), ("Still To Come", 0),
            ("Awaiting Assignment", 0), ("Not Yet Known", 0), ("Yet To Be Named", 0), ("Pending Confirmation", 0),
            ("Por Confirmar", 0), ("Noch Nicht Bekannt", 0), ("Ikke Bestemt", 0), ("Ikke Tildelt", 0),
            ("A Definir", 0), ("Da Definire", 0), ("Nog Niet Bekend", 0), ("Brak Danych", 0), ("Ei Tiedossa", 0),
            ("Not Assigned Yet", 0), ("Open Slot", 0), ("Vacant Seat", 0), ("Unfilled Role", 0), ("Nobody Yet", 0),
            ("Awaiting Nomination", 0), ("Position Vacant", 0), ("Role Unfilled", 0), ("Pending Approval", 0),
            ("Under Review", 0), ("Por Determinar", 0), ("Por Definir", 0), ("A Confirmer", 0), ("À Confirmer", 0),
            ("Da Confermare", 0), ("Da Assegnare", 0), ("Zu Bestimmen", 0), ("Wird Nachgereicht", 0), ("Folgt Noch", 0),
            ("Kommer Senere", 0), ("Te Bepalen", 0), ("Nader Te Bepalen", 0), ("Do Ustalenia", 0),
            ("Ainda Por Definir", 0), ("Vacant Position", 0), ("Open Vacancy", 0), ("Hiring In Progress", 0),
            ("Being Recruited", 0), ("Seat Available", 0), ("Coming Soon", 0), ("Announced Later", 0),
            ("Awaiting Reply", 0), ("Will Be Named", 0), ("Name To Follow", 0), ("Details To Follow", 0),
            ("Pending Hire", 0), ("New Hire Pending", 0), ("Recruitment Ongoing", 0), ("Open Role", 0),
            ("Empty Seat", 0), ("Free Slot", 0), ("Available Slot", 0), ("Vacant Post", 0), ("Poste Vacant", 0),
            ("Puesto Vacante", 0), ("Stelle Offen", 0), ("Ledig Plass", 0), ("Vakant Stilling", 0),
            ("Nom Inconnu", 0), ("Nombre Apellido", 0), ("Nome Cognome", 0), ("Imię Nazwisko", 0), ("Naam Achternaam", 0),
            ("Fornavn Etternavn", 0), ("Förnamn Efternamn", 0), ("Etunimi Sukunimi", 0), ("Prénom Nom", 0),
            ("Given Name Family Name", 0), ("Full Name", 0), ("Contact Name", 0), ("Person Name", 0),
            ("Mr X", 0), ("Ms Y", 0), ("Someone Else", 0), ("Anyone Available", 0), ("Whoever Is On Duty", 0),
            ("Staff Member", 0), ("Team Member", 0), ("Duty Officer", 1), ("Front Desk", 1), ("The Manager", 0),
            ("Head Office", 1), ("Various Staff", 0), ("Multiple People", 0), ("Several Contacts", 0),
            ("John Doe", 1), ("Richard Roe", 1), ("Joe Bloggs", 1), ("John Smith", 1), ("Juan Pérez", 1),
            ("Hans Muster", 1), ("Pierre Dupont", 1), ("Jean Dupont", 1), ("Jan Jansen", 1), ("Sven Svensson", 1),
            ("Matti Meikäläinen", 1), ("Ivan Ivanov", 1), ("Tommy Atkins", 1), ("Joe Public", 1), ("Average Joe", 0),
            ("Test User", 0), ("Test Person", 0), ("Demo User", 0), ("Sample Name", 0), ("Example Name", 0),
            ("Lorem Ipsum", 0), ("Dolor Sit", 0), ("Asdf Asdf", 0), ("Foo Bar", 0), ("Abc Def", 0), ("Aaa Bbb", 0),
            ("Xxx Yyy", 0), ("Qwerty Uiop", 0), ("Jane Doe", 1), ("Jane Smith", 1), ("Max Mustermann", 1), ("Erika Mustermann", 1),
            ("Fulano De Tal", 1), ("Ola Nordmann", 1), ("Kari Nordmann", 1), ("Mario Rossi", 1), ("Jan Kowalski", 1)]
PH_MAIL = [("user@example.org", 0), ("someone@example.net", 0), ("contact@example.com", 0), ("info@example.com", 0),
           ("john.doe@example.com", 0), ("test@example.com", 0), ("me@mydomain.com", 0), ("you@yourcompany.com", 0),
           ("example@example.com", 0), ("mail@mail.com", 0), ("placeholder@company.example", 0), ("tbd@tbd.com", 0),
           ("nobody@nowhere.com", 0), ("unknown@unknown.com", 0), ("na@na.com", 0), ("dummy@dummy.com", 0),
           ("fake@fake.com", 0), ("none@none.com", 0), ("null@null.com", 0), ("x@y.z", 0), ("abc@abc.com", 0),
           ("noreply@booking.example", 1), ("do-not-reply@hotel.example", 1), ("mailer-daemon@mail.example", 1),
           ("postmaster@example.com", 1), ("test@test.com", 0), ("noreply@company.example", 1), ("no-reply@example.com", 1),
           ("user@example.com", 0), ("name@domain.com", 0), ("your.name@example.com", 0), ("xxx@xxx.xx", 0),
           ("email@email.com", 0), ("donotreply@shop.example", 1), ("a@a.a", 0), ("firstname.lastname@company.com", 0)]
PH_POST = [("11111", 0), ("00001", 0), ("99999-9999", 0), ("9999", 1), ("0001", 1), ("12345-6789", 1), ("54321", 1),
           ("00000-000", 0), ("ZZ99 9ZZ", 0), ("XX1 1XX", 0), ("AB1 2CD", 1), ("A1A 1A1", 1), ("00000", 0), ("0000", 0), ("99999", 1), ("12345", 1), ("XXXXX", 0), ("000 00", 0), ("1234", 1)]
PH_PHONE = [("+47 12 34 56 78", 1), ("+49 123 456789", 1), ("+1 (555) 123-4567", 1), ("555 1234", 1),
            ("+44 7700 900000", 1), ("+33 1 23 45 67 89", 1), ("0123 456 789", 1), ("+47 99 99 99 99", 0),
            ("+47 11 11 11 11", 0), ("+47 12 12 12 12", 0), ("+46 00 000 00 00", 0), ("+47 22 22 22 22", 1), ("000 00 000", 0), ("+47 00 00 00 00", 0), ("123 45 678", 1), ("00000000", 0), ("+00 000 000", 0),
            ("(000) 000-0000", 0), ("555-0100", 1), ("+1 555 555 5555", 1), ("01234 567890", 1)]
ARGV = {"Staff Member", "Team Member", "The Manager", "Various Staff", "Multiple People", "Several Contacts",
        "Whoever Is On Duty", "Anyone Available", "Test User", "Demo User", "Test Person", "Mr X", "Ms Y", "Average Joe",
        "00001", "0001", "11111", "99999-9999", "ZZ99 9ZZ", "XX1 1XX", "+47 12 34 56 78", "+47 12 12 12 12",
        "Someone Else", "Full Name", "Contact Name", "Person Name", "Head Office", "Front Desk", "Duty Officer",
        "Open Role", "Free Slot", "Available Slot", "Seat Available", "Coming Soon"}
ARGV |= {m for m, a in PH_MAIL if not m.split("@")[0] in ("dummy", "fake", "na", "none", "null", "tbd", "unknown",
                                                              "placeholder")}
MEMB = [
    ("contact_person", ["Contact person", "Contact", "Ansprechpartner", "Kontaktperson", "Contacto"], PH_NAMES, nm),
    ("assigned_to", ["Assigned to", "Owner", "Zuständig", "Ansvarlig", "Responsable"], PH_NAMES, nm),
    ("manager", ["Manager", "Leiter", "Leder", "Gerente"], PH_NAMES, nm),
    ("email", ["E-mail", "Email", "E-Mail", "E-post", "Mail"],
     PH_MAIL, lambda: "%s.%s@%s.no" % (word(2), word(2), word(3))),
    ("postcode", ["Postcode", "PLZ", "Postnr.", "ZIP", "Code postal"], PH_POST, lambda: str(R.randint(1001, 9899))),
    ("phone", ["Phone", "Tel.", "Telefon", "Tlf.", "Téléphone"], PH_PHONE,
     lambda: "+47 %d %02d %02d %02d" % (R.randint(21, 99), R.randint(0, 99), R.randint(0, 99), R.randint(0, 99))),
]
for rep in range(4):
    for key, labels, phs, realg in MEMB:
        for ph, arg in phs:
            for nullable in ("type", "optional"):
                cnt += 1
                lay = R.choice(["L", "O", "Y", "L", "O", "Y", "C", "T", "E"])
                who = nm()
                lab = R.choice(labels)
                fields = [("Name", who), (lab, ph)]
                if R.random() < 0.5:
                    fields.append(("Date", "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))))
                text = render(fields, lay)
                instr, mark = R.choice(INSTR), R.choice(MARK)
                if nullable == "type":
                    sch = {"type": "object", "properties": {"name": {"type": "string"},
                                                            key: {"type": ["string", "null"]}},
                           "required": ["name", key], "additionalProperties": False}
                else:
                    sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": "string"}},
                           "required": ["name"], "additionalProperties": False}
                if nullable == "optional":
                    exp = {"name": who}
                    good = {"name": who}
                else:
                    exp = {"name": who, key: None}
                    good = {"name": who, key: None}
                bad = {"name": who, key: ph}
                sid = "d178-ph-%s-%s-%d" % (key, nullable, cnt)
                add("single", sid, "r178-placeholder", prompt(instr, text, mark), sch, exp, [bad, good, good],
                    arg=bool(arg) or ph in ARGV)
                # pair: a real value stored, then the same field holding the placeholder
                if rep < 2:
                    cnt += 1
                    real = realg()
                    who = nm()
                    fields = [("Name", who)] + [(l, v) for l, v in fields[1:]]
                    exp = dict(exp, name=who)
                    good = dict(good, name=who)
                    text = render(fields, lay)
                    fb = [(l, real if l == lab else v) for l, v in fields]
                    tb = render(fb, lay)
                    add("pair", "d178-pb-%s-%s-%d" % (key, nullable, cnt), "r178-placeholder-pair",
                        prompt(instr, tb, mark), sch, {"name": who, key: real}, [{"name": who, key: real}])
                    add("pair", "d178-pv-%s-%s-%d" % (key, nullable, cnt), "r178-placeholder-pair",
                        prompt(para(instr), text, mark), sch, exp, [good, good], arg=bool(arg) or ph in ARGV)



# ---------------------------------------------------------------- Part A2: both values in the text, the schema's
# meaning (outside the member's own entry) picks which one
SEL = [
    ("price", "Net price", "Gross price", lambda: (R.randint(100, 900),), lambda t: (t[0], t[0] + t[0] // 4),
     ["Prices are net, without VAT.", "All amounts excluding VAT.", "Report the net price."],
     ["Prices are gross, including VAT.", "All amounts including VAT.", "Report the gross price."],
     "price_net", "price_gross", "integer"),
    ("date", "Check-in", "Check-out", lambda: (R.randint(1, 20),), lambda t: ("2026-05-%02d" % t[0], "2026-05-%02d" % (t[0] + 3)),
     ["The date is the check-in date.", "Report the arrival date.", "Dates are check-in dates."],
     ["The date is the check-out date.", "Report the departure date.", "Dates are check-out dates."],
     "checkin_date", "checkout_date", "string"),
    ("city", "Home city", "Work city", lambda: (0,), lambda t: (word(3).capitalize(), word(3).capitalize()),
     ["The city is where the person lives.", "Report the home city.", "City means the home city."],
     ["The city is where the person works.", "Report the work city.", "City means the work city."],
     "home_city", "work_city", "string"),
    ("phone", "Mobile", "Office phone", lambda: (0,),
     lambda t: ("+47 9%d %02d %03d" % (R.randint(0, 9), R.randint(0, 99), R.randint(0, 999)),
                "+47 2%d %02d %02d %02d" % (R.randint(0, 9), R.randint(0, 99), R.randint(0, 99), R.randint(0, 99))),
     ["The phone is the mobile number.", "Report the mobile number.", "Phone numbers are mobile numbers."],
     ["The phone is the office number.", "Report the office landline.", "Phone numbers are office numbers."],
     "mobile_phone", "office_phone", "string"),
    ("guest", "First guest", "Second guest", lambda: (0,), lambda t: (nm(), nm()),
     ["Report the first guest.", "The guest is the first one listed.", "Guest means the main guest (the first)."],
     ["Report the second guest.", "The guest is the second one listed.", "Guest means the companion (the second)."],
     "first_guest", "second_guest", "string"),
    ("weight", "Net weight", "Gross weight", lambda: (R.randint(10, 90),), lambda t: (t[0], t[0] + 3),
     ["Weights are net.", "Report the net weight.", "All weights without packaging."],
     ["Weights are gross.", "Report the gross weight.", "All weights with packaging."],
     "net_weight", "gross_weight", "integer"),
]
SMECH = ["desc", "title", "defs", "definitions", "depsch", "ifthen", "allof", "anyof_top", "patprop", "comment",
         "examples", "default", "rename", "defsname", "xdesc", "mdesc", "addprop"]


def sel_schema(mech, key, typ, sent, ren, ex):
    s = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": typ}},
         "required": ["name", key], "additionalProperties": False}
    if mech == "desc":
        s["description"] = sent
    elif mech == "title":
        s["title"] = sent
    elif mech == "mdesc":
        s["markdownDescription"] = sent
    elif mech == "xdesc":
        s["x-description"] = sent
    elif mech == "defs":
        s["properties"][key] = {"$ref": "#/$defs/%s" % key}
        s["$defs"] = {key: {"type": typ, "description": sent}}
    elif mech == "definitions":
        s["properties"][key] = {"$ref": "#/definitions/%s" % key}
        s["definitions"] = {key: {"type": typ, "description": sent}}
    elif mech == "defsname":
        nmx = "".join(w.capitalize() for w in ren.split("_"))
        s["properties"][key] = {"$ref": "#/$defs/%s" % nmx}
        s["$defs"] = {nmx: {"type": typ}}
    elif mech == "depsch":
        s["dependentSchemas"] = {"name": {"properties": {key: {"description": sent}}}}
    elif mech == "ifthen":
        s["if"] = {"required": ["name"]}
        s["then"] = {"properties": {key: {"description": sent}}}
    elif mech == "allof":
        s["allOf"] = [{"properties": {key: {"description": sent}}}]
    elif mech == "anyof_top":
        s["anyOf"] = [{"properties": {key: {"description": sent}}}]
    elif mech == "patprop":
        s["patternProperties"] = {"^%s$" % key: {"type": typ, "description": sent}}
    elif mech == "addprop":
        s["additionalProperties"] = {"description": sent}
    elif mech == "comment":
        s["$comment"] = sent
    elif mech == "examples":
        s["examples"] = [ex]
    elif mech == "default":
        s["default"] = ex
    elif mech == "rename":
        s["properties"] = {"name": {"type": "string"}, ren: {"type": typ}}
        s["required"] = ["name", ren]
    return s


for rep in range(8):
    for key, l1, l2, g0, gv, s1s, s2s, ren1, ren2, typ in SEL:
        for mech in SMECH:
            cnt += 1
            lay = R.choice(["L", "O", "Y", "T", "C", "E"])
            name = nm()
            v1, v2 = gv(g0())
            swap = R.random() < 0.5
            fl = [(l1, v1), (l2, v2)]
            if swap:
                fl.reverse()
            text = render([("Name", name)] + fl, lay)
            instr, mark = R.choice(INSTR), R.choice(MARK)
            ex1 = {"name": nm(), key: v1}
            ex2 = {"name": ex1["name"], key: v2}
            k1 = ren1 if mech == "rename" else key
            k2 = ren2 if mech == "rename" else key
            b = sel_schema(mech, key, typ, R.choice(s1s), ren1, ex1)
            v = sel_schema(mech, key, typ, R.choice(s2s), ren2, ex2)
            arg = mech in ("examples", "default", "comment", "addprop", "anyof_top", "xdesc")
            add("pair", "d178-xb-%s-%s-%d" % (key, mech, cnt), "r178-select", prompt(instr, text, mark), b,
                {"name": name, k1: v1}, [{"name": name, k1: v1}], arg=arg)
            add("pair", "d178-xv-%s-%s-%d" % (key, mech, cnt), "r178-select", prompt(para(instr), text, mark), v,
                {"name": name, k2: v2}, [{"name": name, k2: v2}], arg=arg)
            if rep % 3 == 0:
                add("safe", "d178-xs-%s-%s-%d" % (key, mech, cnt), "r178-select-safe",
                    prompt(instr + "  ", text, mark), b, {"name": name, k1: v1}, [{"name": name, k1: v1}])

# ---------------------------------------------------------------- Part B3: edges of the hole -- template tokens, capitals,
# punctuation, three words, digits
PH3 = ["{{contact_name}}", "{{ name }}", "[Name]", "[Contact Name]", "<Full Name>", "<NAME>", "$NAME", "${CONTACT}",
       "%CONTACT_NAME%", "__NAME__", "{first_name} {last_name}", "[First Name] [Last Name]", "<<Name>>", "#NAME?",
       "VACANT SEAT", "AWAITING ASSIGNMENT", "NOM PRÉNOM", "Awaiting Assignment.", "Pending (HR)", "Vacant - To Fill",
       "Open Position 1", "Slot 2 Open", "Role 3 Vacant", "TBC By Friday", "Awaiting Board Approval",
       "Still Being Decided Now", "Not Decided Yet", "Someone From Sales", "One Of The Drivers", "Any Available Nurse",
       "Nomination Pending 2026", "Vacature Open", "Posto Vacante", "Plaza Vacante", "Stanowisko Wolne",
       "Avoin Paikka", "Ledig Tjänst", "Vakanz Offen", "Poste À Pourvoir", "Noch Zu Benennen", "Neu Zu Besetzen",
       "Wird Bekanntgegeben", "Se Anunciará", "Sarà Comunicato", "Sera Communiqué", "Blir Opplyst Senere",
       "Meldes Senere", "Kommt Noch", "Tba Later", "Name Pending", "Pending Name", "Unnamed Contact",
       "Anonymous Donor", "Withheld By Request", "Redacted Name", "Name Redacted", "[Redacted]", "███ ███"]
for rep in range(3):
    for key in ("contact_person", "manager", "assigned_to"):
        labels = {"contact_person": ["Contact person", "Contact"], "manager": ["Manager"],
                  "assigned_to": ["Assigned to", "Owner"]}[key]
        for ph in PH3:
            cnt += 1
            lay = R.choice(["L", "O", "Y", "L", "O"])
            who = nm()
            lab = R.choice(labels)
            nullable = R.choice(["type", "optional"])
            fields = [("Name", who), (lab, ph)] + ([("Date", "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)))]
                                                    if R.random() < 0.5 else [])
            instr, mark = R.choice(INSTR), R.choice(MARK)
            if nullable == "type":
                sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ["string", "null"]}},
                       "required": ["name", key], "additionalProperties": False}
            else:
                sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": "string"}},
                       "required": ["name"], "additionalProperties": False}
            def ex_(w):
                return {"name": w} if nullable == "optional" else {"name": w, key: None}
            a3 = ph in ("Someone From Sales", "One Of The Drivers", "Any Available Nurse", "Anonymous Donor",
                        "Withheld By Request", "Redacted Name", "Name Redacted", "[Redacted]", "███ ███",
                        "Unnamed Contact", "TBC By Friday")
            add("single", "d178-ph3-%s-%s-%d" % (key, nullable, cnt), "r178-placeholder3",
                prompt(instr, render(fields, lay), mark), sch, ex_(who), [{"name": who, key: ph}, ex_(who), ex_(who)],
                arg=a3)
            if rep == 0:
                w2 = nm()
                f2 = [("Name", w2)] + fields[1:]
                real = nm()
                fb = [(l, real if l == lab else v) for l, v in f2]
                add("pair", "d178-pb3-%s-%s-%d" % (key, nullable, cnt), "r178-placeholder3-pair",
                    prompt(instr, render(fb, lay), mark), sch, {"name": w2, key: real}, [{"name": w2, key: real}])
                add("pair", "d178-pv3-%s-%s-%d" % (key, nullable, cnt), "r178-placeholder3-pair",
                    prompt(para(instr), render(f2, lay), mark), sch, ex_(w2), [ex_(w2), ex_(w2)], arg=a3)

r178_found_alone = {
    'd178-ph-assigned_to-optional-2057',
    'd178-ph-assigned_to-optional-2193',
    'd178-ph-assigned_to-optional-2237',
    'd178-ph-assigned_to-optional-2361',
    'd178-ph-assigned_to-optional-2417',
    'd178-ph-assigned_to-optional-2445',
    'd178-ph-assigned_to-optional-2449',
    'd178-ph-assigned_to-optional-4077',
    'd178-ph-assigned_to-optional-4085',
    'd178-ph-assigned_to-optional-4193',
    'd178-ph-assigned_to-optional-4205',
    'd178-ph-assigned_to-optional-4317',
    'd178-ph-assigned_to-optional-4329',
    'd178-ph-assigned_to-optional-4349',
    'd178-ph-assigned_to-optional-4437',
    'd178-ph-assigned_to-optional-4469',
    'd178-ph-assigned_to-optional-4517',
    'd178-ph-assigned_to-optional-4553',
    'd178-ph-assigned_to-optional-5780',
    'd178-ph-assigned_to-optional-5822',
    'd178-ph-assigned_to-optional-5858',
    'd178-ph-assigned_to-optional-5870',
    'd178-ph-assigned_to-optional-5902',
    'd178-ph-assigned_to-optional-5946',
    'd178-ph-assigned_to-optional-5958',
    'd178-ph-assigned_to-optional-5964',
    'd178-ph-assigned_to-optional-5972',
    'd178-ph-assigned_to-optional-5976',
    'd178-ph-assigned_to-optional-5978',
    'd178-ph-assigned_to-optional-6006',
    'd178-ph-assigned_to-optional-6012',
    'd178-ph-assigned_to-optional-6014',
    'd178-ph-assigned_to-optional-6772',
    'd178-ph-assigned_to-optional-6790',
    'd178-ph-assigned_to-optional-6830',
    'd178-ph-assigned_to-optional-6866',
    'd178-ph-assigned_to-optional-6966',
    'd178-ph-assigned_to-optional-6970',
    'd178-ph-assigned_to-optional-7026',
    'd178-ph-assigned_to-type-2147',
    'd178-ph-assigned_to-type-2223',
    'd178-ph-assigned_to-type-2267',
    'd178-ph-assigned_to-type-2359',
    'd178-ph-assigned_to-type-2371',
    'd178-ph-assigned_to-type-2411',
    'd178-ph-assigned_to-type-2419',
    'd178-ph-assigned_to-type-2431',
    'd178-ph-assigned_to-type-2487',
    'd178-ph-assigned_to-type-2531',
    'd178-ph-assigned_to-type-2543',
    'd178-ph-assigned_to-type-2551',
    'd178-ph-assigned_to-type-4287',
    'd178-ph-assigned_to-type-4371',
    'd178-ph-assigned_to-type-4479',
    'd178-ph-assigned_to-type-5805',
    'd178-ph-assigned_to-type-5819',
    'd178-ph-assigned_to-type-5853',
    'd178-ph-assigned_to-type-5893',
    'd178-ph-assigned_to-type-5929',
    'd178-ph-assigned_to-type-5931',
    'd178-ph-assigned_to-type-5947',
    'd178-ph-assigned_to-type-5997',
    'd178-ph-assigned_to-type-6019',
    'd178-ph-assigned_to-type-6843',
    'd178-ph-assigned_to-type-6879',
    'd178-ph-assigned_to-type-6883',
    'd178-ph-assigned_to-type-6959',
    'd178-ph-assigned_to-type-6977',
    'd178-ph-assigned_to-type-7013',
    'd178-ph-contact_person-optional-1461',
    'd178-ph-contact_person-optional-1541',
    'd178-ph-contact_person-optional-1565',
    'd178-ph-contact_person-optional-1589',
    'd178-ph-contact_person-optional-1605',
    'd178-ph-contact_person-optional-1645',
    'd178-ph-contact_person-optional-1681',
    'd178-ph-contact_person-optional-1701',
    'd178-ph-contact_person-optional-1713',
    'd178-ph-contact_person-optional-1785',
    'd178-ph-contact_person-optional-1793',
    'd178-ph-contact_person-optional-1805',
    'd178-ph-contact_person-optional-1825',
    'd178-ph-contact_person-optional-1841',
    'd178-ph-contact_person-optional-1849',
    'd178-ph-contact_person-optional-1865',
    'd178-ph-contact_person-optional-1917',
    'd178-ph-contact_person-optional-1981',
    'd178-ph-contact_person-optional-3465',
    'd178-ph-contact_person-optional-3501',
    'd178-ph-contact_person-optional-3561',
    'd178-ph-contact_person-optional-3565',
    'd178-ph-contact_person-optional-3637',
    'd178-ph-contact_person-optional-3657',
    'd178-ph-contact_person-optional-3693',
    'd178-ph-contact_person-optional-3725',
    'd178-ph-contact_person-optional-3777',
    'd178-ph-contact_person-optional-3801',
    'd178-ph-contact_person-optional-3849',
    'd178-ph-contact_person-optional-3861',
    'd178-ph-contact_person-optional-3909',
    'd178-ph-contact_person-optional-3937',
    'd178-ph-contact_person-optional-3965',
    'd178-ph-contact_person-optional-3981',
    'd178-ph-contact_person-optional-3993',
    'd178-ph-contact_person-optional-5468',
    'd178-ph-contact_person-optional-5486',
    'd178-ph-contact_person-optional-5488',
    'd178-ph-contact_person-optional-5492',
    'd178-ph-contact_person-optional-5494',
    'd178-ph-contact_person-optional-5496',
    'd178-ph-contact_person-optional-5504',
    'd178-ph-contact_person-optional-5538',
    'd178-ph-contact_person-optional-5544',
    'd178-ph-contact_person-optional-5546',
    'd178-ph-contact_person-optional-5548',
    'd178-ph-contact_person-optional-5556',
    'd178-ph-contact_person-optional-5564',
    'd178-ph-contact_person-optional-5576',
    'd178-ph-contact_person-optional-5582',
    'd178-ph-contact_person-optional-5586',
    'd178-ph-contact_person-optional-5596',
    'd178-ph-contact_person-optional-5598',
    'd178-ph-contact_person-optional-5602',
    'd178-ph-contact_person-optional-5608',
    'd178-ph-contact_person-optional-5614',
    'd178-ph-contact_person-optional-5618',
    'd178-ph-contact_person-optional-5622',
    'd178-ph-contact_person-optional-5636',
    'd178-ph-contact_person-optional-5642',
    'd178-ph-contact_person-optional-5648',
    'd178-ph-contact_person-optional-5656',
    'd178-ph-contact_person-optional-5660',
    'd178-ph-contact_person-optional-5666',
    'd178-ph-contact_person-optional-5676',
    'd178-ph-contact_person-optional-5678',
    'd178-ph-contact_person-optional-5682',
    'd178-ph-contact_person-optional-5688',
    'd178-ph-contact_person-optional-6478',
    'd178-ph-contact_person-optional-6506',
    'd178-ph-contact_person-optional-6528',
    'd178-ph-contact_person-optional-6544',
    'd178-ph-contact_person-optional-6550',
    'd178-ph-contact_person-optional-6570',
    'd178-ph-contact_person-optional-6582',
    'd178-ph-contact_person-optional-6624',
    'd178-ph-contact_person-optional-6626',
    'd178-ph-contact_person-optional-6634',
    'd178-ph-contact_person-optional-6652',
    'd178-ph-contact_person-optional-6676',
    'd178-ph-contact_person-optional-6690',
    'd178-ph-contact_person-optional-6700',
    'd178-ph-contact_person-optional-6704',
    'd178-ph-contact_person-optional-6722',
    'd178-ph-contact_person-optional-6736',
    'd178-ph-contact_person-type-1555',
    'd178-ph-contact_person-type-1563',
    'd178-ph-contact_person-type-1575',
    'd178-ph-contact_person-type-1579',
    'd178-ph-contact_person-type-1611',
    'd178-ph-contact_person-type-1643',
    'd178-ph-contact_person-type-1671',
    'd178-ph-contact_person-type-1679',
    'd178-ph-contact_person-type-1699',
    'd178-ph-contact_person-type-1711',
    'd178-ph-contact_person-type-1715',
    'd178-ph-contact_person-type-1755',
    'd178-ph-contact_person-type-1791',
    'd178-ph-contact_person-type-1807',
    'd178-ph-contact_person-type-1819',
    'd178-ph-contact_person-type-1851',
    'd178-ph-contact_person-type-1875',
    'd178-ph-contact_person-type-1967',
    'd178-ph-contact_person-type-3599',
    'd178-ph-contact_person-type-3647',
    'd178-ph-contact_person-type-3707',
    'd178-ph-contact_person-type-3715',
    'd178-ph-contact_person-type-3723',
    'd178-ph-contact_person-type-3735',
    'd178-ph-contact_person-type-3751',
    'd178-ph-contact_person-type-3755',
    'd178-ph-contact_person-type-3807',
    'd178-ph-contact_person-type-3815',
    'd178-ph-contact_person-type-3827',
    'd178-ph-contact_person-type-3843',
    'd178-ph-contact_person-type-3851',
    'd178-ph-contact_person-type-3867',
    'd178-ph-contact_person-type-3871',
    'd178-ph-contact_person-type-3911',
    'd178-ph-contact_person-type-3915',
    'd178-ph-contact_person-type-3951',
    'd178-ph-contact_person-type-3955',
    'd178-ph-contact_person-type-3963',
    'd178-ph-contact_person-type-3967',
    'd178-ph-contact_person-type-5495',
    'd178-ph-contact_person-type-5505',
    'd178-ph-contact_person-type-5515',
    'd178-ph-contact_person-type-5519',
    'd178-ph-contact_person-type-5527',
    'd178-ph-contact_person-type-5541',
    'd178-ph-contact_person-type-5545',
    'd178-ph-contact_person-type-5563',
    'd178-ph-contact_person-type-5593',
    'd178-ph-contact_person-type-5599',
    'd178-ph-contact_person-type-5601',
    'd178-ph-contact_person-type-5625',
    'd178-ph-contact_person-type-5635',
    'd178-ph-contact_person-type-5641',
    'd178-ph-contact_person-type-5643',
    'd178-ph-contact_person-type-5657',
    'd178-ph-contact_person-type-5659',
    'd178-ph-contact_person-type-5665',
    'd178-ph-contact_person-type-5677',
    'd178-ph-contact_person-type-5687',
    'd178-ph-contact_person-type-5697',
    'd178-ph-contact_person-type-5729',
    'd178-ph-contact_person-type-6485',
    'd178-ph-contact_person-type-6495',
    'd178-ph-contact_person-type-6515',
    'd178-ph-contact_person-type-6543',
    'd178-ph-contact_person-type-6549',
    'd178-ph-contact_person-type-6551',
    'd178-ph-contact_person-type-6585',
    'd178-ph-contact_person-type-6609',
    'd178-ph-contact_person-type-6617',
    'd178-ph-contact_person-type-6623',
    'd178-ph-contact_person-type-6627',
    'd178-ph-contact_person-type-6631',
    'd178-ph-contact_person-type-6633',
    'd178-ph-contact_person-type-6649',
    'd178-ph-contact_person-type-6653',
    'd178-ph-contact_person-type-6659',
    'd178-ph-contact_person-type-6661',
    'd178-ph-contact_person-type-6677',
    'd178-ph-contact_person-type-6679',
    'd178-ph-contact_person-type-6685',
    'd178-ph-contact_person-type-6687',
    'd178-ph-contact_person-type-6689',
    'd178-ph-contact_person-type-6703',
    'd178-ph-contact_person-type-6705',
    'd178-ph-contact_person-type-6733',
    'd178-ph-contact_person-type-6739',
    'd178-ph-contact_person-type-6741',
    'd178-ph-email-optional-3185',
    'd178-ph-email-optional-3189',
    'd178-ph-email-optional-3193',
    'd178-ph-email-optional-3213',
    'd178-ph-email-optional-5149',
    'd178-ph-email-optional-5185',
    'd178-ph-email-optional-5241',
    'd178-ph-email-optional-5281',
    'd178-ph-email-optional-6318',
    'd178-ph-email-optional-6328',
    'd178-ph-email-optional-6338',
    'd178-ph-email-optional-6340',
    'd178-ph-email-optional-6350',
    'd178-ph-email-optional-6362',
    'd178-ph-email-optional-7336',
    'd178-ph-email-optional-7348',
    'd178-ph-email-optional-7360',
    'd178-ph-email-type-3159',
    'd178-ph-email-type-3219',
    'd178-ph-email-type-3223',
    'd178-ph-email-type-5147',
    'd178-ph-email-type-5179',
    'd178-ph-email-type-5203',
    'd178-ph-email-type-6319',
    'd178-ph-email-type-7335',
    'd178-ph-email-type-7361',
    'd178-ph-manager-optional-2741',
    'd178-ph-manager-optional-2745',
    'd178-ph-manager-optional-2749',
    'd178-ph-manager-optional-2757',
    'd178-ph-manager-optional-2781',
    'd178-ph-manager-optional-2809',
    'd178-ph-manager-optional-2869',
    'd178-ph-manager-optional-2877',
    'd178-ph-manager-optional-2885',
    'd178-ph-manager-optional-2997',
    'd178-ph-manager-optional-3009',
    'd178-ph-manager-optional-3021',
    'd178-ph-manager-optional-3065',
    'd178-ph-manager-optional-3097',
    'd178-ph-manager-optional-3117',
    'd178-ph-manager-optional-4625',
    'd178-ph-manager-optional-4661',
    'd178-ph-manager-optional-4681',
    'd178-ph-manager-optional-4705',
    'd178-ph-manager-optional-4729',
    'd178-ph-manager-optional-4733',
    'd178-ph-manager-optional-4765',
    'd178-ph-manager-optional-4769',
    'd178-ph-manager-optional-4785',
    'd178-ph-manager-optional-4817',
    'd178-ph-manager-optional-4845',
    'd178-ph-manager-optional-4917',
    'd178-ph-manager-optional-4921',
    'd178-ph-manager-optional-4981',
    'd178-ph-manager-optional-4985',
    'd178-ph-manager-optional-5101',
    'd178-ph-manager-optional-5113',
    'd178-ph-manager-optional-6106',
    'd178-ph-manager-optional-6112',
    'd178-ph-manager-optional-6120',
    'd178-ph-manager-optional-6132',
    'd178-ph-manager-optional-6136',
    'd178-ph-manager-optional-6142',
    'd178-ph-manager-optional-6148',
    'd178-ph-manager-optional-6150',
    'd178-ph-manager-optional-6156',
    'd178-ph-manager-optional-6158',
    'd178-ph-manager-optional-6170',
    'd178-ph-manager-optional-6172',
    'd178-ph-manager-optional-6176',
    'd178-ph-manager-optional-6186',
    'd178-ph-manager-optional-6188',
    'd178-ph-manager-optional-6208',
    'd178-ph-manager-optional-6236',
    'd178-ph-manager-optional-6242',
    'd178-ph-manager-optional-6246',
    'd178-ph-manager-optional-6252',
    'd178-ph-manager-optional-6278',
    'd178-ph-manager-optional-6292',
    'd178-ph-manager-optional-6300',
    'd178-ph-manager-optional-6302',
    'd178-ph-manager-optional-7070',
    'd178-ph-manager-optional-7102',
    'd178-ph-manager-optional-7152',
    'd178-ph-manager-optional-7172',
    'd178-ph-manager-optional-7178',
    'd178-ph-manager-optional-7186',
    'd178-ph-manager-optional-7198',
    'd178-ph-manager-optional-7200',
    'd178-ph-manager-optional-7206',
    'd178-ph-manager-optional-7310',
    'd178-ph-manager-optional-7316',
    'd178-ph-manager-type-2587',
    'd178-ph-manager-type-2739',
    'd178-ph-manager-type-2779',
    'd178-ph-manager-type-2831',
    'd178-ph-manager-type-2847',
    'd178-ph-manager-type-2895',
    'd178-ph-manager-type-2923',
    'd178-ph-manager-type-2947',
    'd178-ph-manager-type-2999',
    'd178-ph-manager-type-3015',
    'd178-ph-manager-type-3027',
    'd178-ph-manager-type-3031',
    'd178-ph-manager-type-3063',
    'd178-ph-manager-type-3091',
    'd178-ph-manager-type-3111',
    'd178-ph-manager-type-4707',
    'd178-ph-manager-type-4755',
    'd178-ph-manager-type-4759',
    'd178-ph-manager-type-4799',
    'd178-ph-manager-type-4815',
    'd178-ph-manager-type-4839',
    'd178-ph-manager-type-4851',
    'd178-ph-manager-type-4943',
    'd178-ph-manager-type-4951',
    'd178-ph-manager-type-4959',
    'd178-ph-manager-type-4963',
    'd178-ph-manager-type-4971',
    'd178-ph-manager-type-4991',
    'd178-ph-manager-type-5023',
    'd178-ph-manager-type-5027',
    'd178-ph-manager-type-5067',
    'd178-ph-manager-type-5087',
    'd178-ph-manager-type-5107',
    'd178-ph-manager-type-5115',
    'd178-ph-manager-type-6057',
    'd178-ph-manager-type-6075',
    'd178-ph-manager-type-6077',
    'd178-ph-manager-type-6091',
    'd178-ph-manager-type-6135',
    'd178-ph-manager-type-6141',
    'd178-ph-manager-type-6157',
    'd178-ph-manager-type-6167',
    'd178-ph-manager-type-6179',
    'd178-ph-manager-type-6187',
    'd178-ph-manager-type-6225',
    'd178-ph-manager-type-6249',
    'd178-ph-manager-type-6269',
    'd178-ph-manager-type-6289',
    'd178-ph-manager-type-6299',
    'd178-ph-manager-type-7133',
    'd178-ph-manager-type-7165',
    'd178-ph-manager-type-7169',
    'd178-ph-manager-type-7183',
    'd178-ph-manager-type-7197',
    'd178-ph-manager-type-7205',
    'd178-ph-manager-type-7221',
    'd178-ph-manager-type-7231',
    'd178-ph-manager-type-7239',
    'd178-ph-manager-type-7251',
    'd178-ph-manager-type-7257',
    'd178-ph-manager-type-7259',
    'd178-ph-manager-type-7275',
    'd178-ph-manager-type-7287',
    'd178-ph-manager-type-7299',
    'd178-ph-manager-type-7303',
    'd178-ph-phone-optional-3357',
    'd178-ph-phone-optional-3365',
    'd178-ph-phone-optional-3381',
    'd178-ph-phone-optional-3389',
    'd178-ph-phone-optional-3421',
    'd178-ph-phone-optional-5369',
    'd178-ph-phone-optional-5377',
    'd178-ph-phone-optional-5401',
    'd178-ph-phone-optional-5413',
    'd178-ph-phone-optional-6426',
    'd178-ph-phone-optional-6440',
    'd178-ph-phone-optional-6458',
    'd178-ph-phone-optional-7430',
    'd178-ph-phone-optional-7440',
    'd178-ph-phone-optional-7456',
    'd178-ph-phone-type-3347',
    'd178-ph-phone-type-3391',
    'd178-ph-phone-type-3419',
    'd178-ph-phone-type-5371',
    'd178-ph-phone-type-5375',
    'd178-ph-phone-type-5411',
    'd178-ph-phone-type-5439',
    'd178-ph-phone-type-6419',
    'd178-ph-phone-type-6429',
    'd178-ph-phone-type-6441',
    'd178-ph-phone-type-6459',
    'd178-ph-phone-type-7429',
    'd178-ph-phone-type-7433',
    'd178-ph-phone-type-7439',
    'd178-ph-phone-type-7465',
    'd178-ph-phone-type-7469',
    'd178-ph-postcode-optional-3273',
    'd178-ph-postcode-optional-3281',
    'd178-ph-postcode-optional-3329',
    'd178-ph-postcode-optional-5325',
    'd178-ph-postcode-optional-5349',
    'd178-ph-postcode-optional-5353',
    'd178-ph-postcode-optional-5365',
    'd178-ph-postcode-optional-6384',
    'd178-ph-postcode-optional-6394',
    'd178-ph-postcode-optional-6404',
    'd178-ph-postcode-optional-6410',
    'd178-ph-postcode-optional-7412',
    'd178-ph-postcode-optional-7414',
    'd178-ph-postcode-type-3275',
    'd178-ph-postcode-type-3279',
    'd178-ph-postcode-type-3291',
    'd178-ph-postcode-type-3327',
    'd178-ph-postcode-type-5347',
    'd178-ph-postcode-type-6383',
    'd178-ph-postcode-type-6385',
    'd178-ph-postcode-type-6401',
    'd178-ph-postcode-type-6403',
    'd178-ph-postcode-type-6409',
    'd178-ph-postcode-type-6417',
    'd178-ph-postcode-type-7393',
    'd178-ph-postcode-type-7395',
    'd178-ph-postcode-type-7403',
    'd178-ph-postcode-type-7407',
    'd178-ph-postcode-type-7411',
    'd178-ph3-assigned_to-optional-8419',
    'd178-ph3-assigned_to-optional-8420',
    'd178-ph3-assigned_to-optional-8424',
    'd178-ph3-assigned_to-optional-8425',
    'd178-ph3-assigned_to-optional-8437',
    'd178-ph3-assigned_to-optional-8440',
    'd178-ph3-assigned_to-optional-8444',
    'd178-ph3-assigned_to-optional-8594',
    'd178-ph3-assigned_to-optional-8596',
    'd178-ph3-assigned_to-optional-8620',
    'd178-ph3-assigned_to-optional-8622',
    'd178-ph3-assigned_to-optional-8766',
    'd178-ph3-assigned_to-optional-8772',
    'd178-ph3-assigned_to-optional-8776',
    'd178-ph3-assigned_to-optional-8779',
    'd178-ph3-assigned_to-optional-8795',
    'd178-ph3-assigned_to-type-8433',
    'd178-ph3-assigned_to-type-8449',
    'd178-ph3-assigned_to-type-8454',
    'd178-ph3-assigned_to-type-8605',
    'd178-ph3-assigned_to-type-8617',
    'd178-ph3-assigned_to-type-8630',
    'd178-ph3-assigned_to-type-8769',
    'd178-ph3-assigned_to-type-8770',
    'd178-ph3-assigned_to-type-8781',
    'd178-ph3-assigned_to-type-8796',
    'd178-ph3-contact_person-optional-8311',
    'd178-ph3-contact_person-optional-8315',
    'd178-ph3-contact_person-optional-8316',
    'd178-ph3-contact_person-optional-8318',
    'd178-ph3-contact_person-optional-8319',
    'd178-ph3-contact_person-optional-8320',
    'd178-ph3-contact_person-optional-8321',
    'd178-ph3-contact_person-optional-8322',
    'd178-ph3-contact_person-optional-8324',
    'd178-ph3-contact_person-optional-8328',
    'd178-ph3-contact_person-optional-8331',
    'd178-ph3-contact_person-optional-8332',
    'd178-ph3-contact_person-optional-8333',
    'd178-ph3-contact_person-optional-8339',
    'd178-ph3-contact_person-optional-8340',
    'd178-ph3-contact_person-optional-8478',
    'd178-ph3-contact_person-optional-8485',
    'd178-ph3-contact_person-optional-8490',
    'd178-ph3-contact_person-optional-8492',
    'd178-ph3-contact_person-optional-8494',
    'd178-ph3-contact_person-optional-8495',
    'd178-ph3-contact_person-optional-8496',
    'd178-ph3-contact_person-optional-8499',
    'd178-ph3-contact_person-optional-8501',
    'd178-ph3-contact_person-optional-8504',
    'd178-ph3-contact_person-optional-8505',
    'd178-ph3-contact_person-optional-8506',
    'd178-ph3-contact_person-optional-8507',
    'd178-ph3-contact_person-optional-8512',
    'd178-ph3-contact_person-optional-8652',
    'd178-ph3-contact_person-optional-8659',
    'd178-ph3-contact_person-optional-8662',
    'd178-ph3-contact_person-optional-8669',
    'd178-ph3-contact_person-optional-8670',
    'd178-ph3-contact_person-optional-8673',
    'd178-ph3-contact_person-optional-8681',
    'd178-ph3-contact_person-optional-8688',
    'd178-ph3-contact_person-type-8304',
    'd178-ph3-contact_person-type-8312',
    'd178-ph3-contact_person-type-8325',
    'd178-ph3-contact_person-type-8330',
    'd178-ph3-contact_person-type-8338',
    'd178-ph3-contact_person-type-8486',
    'd178-ph3-contact_person-type-8488',
    'd178-ph3-contact_person-type-8493',
    'd178-ph3-contact_person-type-8502',
    'd178-ph3-contact_person-type-8514',
    'd178-ph3-contact_person-type-8663',
    'd178-ph3-contact_person-type-8664',
    'd178-ph3-contact_person-type-8666',
    'd178-ph3-contact_person-type-8667',
    'd178-ph3-contact_person-type-8668',
    'd178-ph3-contact_person-type-8675',
    'd178-ph3-contact_person-type-8679',
    'd178-ph3-contact_person-type-8680',
    'd178-ph3-contact_person-type-8687',
    'd178-ph3-manager-optional-8359',
    'd178-ph3-manager-optional-8363',
    'd178-ph3-manager-optional-8364',
    'd178-ph3-manager-optional-8367',
    'd178-ph3-manager-optional-8369',
    'd178-ph3-manager-optional-8370',
    'd178-ph3-manager-optional-8372',
    'd178-ph3-manager-optional-8375',
    'd178-ph3-manager-optional-8376',
    'd178-ph3-manager-optional-8378',
    'd178-ph3-manager-optional-8379',
    'd178-ph3-manager-optional-8380',
    'd178-ph3-manager-optional-8382',
    'd178-ph3-manager-optional-8383',
    'd178-ph3-manager-optional-8385',
    'd178-ph3-manager-optional-8386',
    'd178-ph3-manager-optional-8388',
    'd178-ph3-manager-optional-8389',
    'd178-ph3-manager-optional-8390',
    'd178-ph3-manager-optional-8535',
    'd178-ph3-manager-optional-8537',
    'd178-ph3-manager-optional-8538',
    'd178-ph3-manager-optional-8541',
    'd178-ph3-manager-optional-8544',
    'd178-ph3-manager-optional-8547',
    'd178-ph3-manager-optional-8549',
    'd178-ph3-manager-optional-8550',
    'd178-ph3-manager-optional-8551',
    'd178-ph3-manager-optional-8552',
    'd178-ph3-manager-optional-8557',
    'd178-ph3-manager-optional-8559',
    'd178-ph3-manager-optional-8560',
    'd178-ph3-manager-optional-8562',
    'd178-ph3-manager-optional-8571',
    'd178-ph3-manager-optional-8721',
    'd178-ph3-manager-optional-8723',
    'd178-ph3-manager-optional-8724',
    'd178-ph3-manager-optional-8725',
    'd178-ph3-manager-optional-8726',
    'd178-ph3-manager-optional-8727',
    'd178-ph3-manager-optional-8728',
    'd178-ph3-manager-optional-8734',
    'd178-ph3-manager-optional-8736',
    'd178-ph3-manager-optional-8737',
    'd178-ph3-manager-optional-8738',
    'd178-ph3-manager-optional-8746',
    'd178-ph3-manager-type-8360',
    'd178-ph3-manager-type-8361',
    'd178-ph3-manager-type-8362',
    'd178-ph3-manager-type-8366',
    'd178-ph3-manager-type-8373',
    'd178-ph3-manager-type-8374',
    'd178-ph3-manager-type-8377',
    'd178-ph3-manager-type-8391',
    'd178-ph3-manager-type-8396',
    'd178-ph3-manager-type-8397',
    'd178-ph3-manager-type-8533',
    'd178-ph3-manager-type-8534',
    'd178-ph3-manager-type-8536',
    'd178-ph3-manager-type-8543',
    'd178-ph3-manager-type-8546',
    'd178-ph3-manager-type-8548',
    'd178-ph3-manager-type-8553',
    'd178-ph3-manager-type-8554',
    'd178-ph3-manager-type-8556',
    'd178-ph3-manager-type-8563',
    'd178-ph3-manager-type-8565',
    'd178-ph3-manager-type-8570',
    'd178-ph3-manager-type-8572',
    'd178-ph3-manager-type-8707',
    'd178-ph3-manager-type-8710',
    'd178-ph3-manager-type-8712',
    'd178-ph3-manager-type-8714',
    'd178-ph3-manager-type-8717',
    'd178-ph3-manager-type-8718',
    'd178-ph3-manager-type-8720',
    'd178-ph3-manager-type-8730',
    'd178-ph3-manager-type-8731',
    'd178-ph3-manager-type-8733',
    'd178-ph3-manager-type-8739',
    'd178-ph3-manager-type-8744',
    'd178-ph3-manager-type-8745',
    'd178-pv-assigned_to-optional-2058',
    'd178-pv-assigned_to-optional-2194',
    'd178-pv-assigned_to-optional-2238',
    'd178-pv-assigned_to-optional-2362',
    'd178-pv-assigned_to-optional-2418',
    'd178-pv-assigned_to-optional-2446',
    'd178-pv-assigned_to-optional-2450',
    'd178-pv-assigned_to-optional-4078',
    'd178-pv-assigned_to-optional-4086',
    'd178-pv-assigned_to-optional-4194',
    'd178-pv-assigned_to-optional-4206',
    'd178-pv-assigned_to-optional-4318',
    'd178-pv-assigned_to-optional-4330',
    'd178-pv-assigned_to-optional-4350',
    'd178-pv-assigned_to-optional-4438',
    'd178-pv-assigned_to-optional-4470',
    'd178-pv-assigned_to-optional-4518',
    'd178-pv-assigned_to-optional-4554',
    'd178-pv-assigned_to-type-2148',
    'd178-pv-assigned_to-type-2224',
    'd178-pv-assigned_to-type-2268',
    'd178-pv-assigned_to-type-2360',
    'd178-pv-assigned_to-type-2372',
    'd178-pv-assigned_to-type-2412',
    'd178-pv-assigned_to-type-2420',
    'd178-pv-assigned_to-type-2432',
    'd178-pv-assigned_to-type-2488',
    'd178-pv-assigned_to-type-2532',
    'd178-pv-assigned_to-type-2544',
    'd178-pv-assigned_to-type-2552',
    'd178-pv-assigned_to-type-4288',
    'd178-pv-assigned_to-type-4372',
    'd178-pv-assigned_to-type-4480',
    'd178-pv-contact_person-optional-1462',
    'd178-pv-contact_person-optional-1542',
    'd178-pv-contact_person-optional-1566',
    'd178-pv-contact_person-optional-1606',
    'd178-pv-contact_person-optional-1646',
    'd178-pv-contact_person-optional-1682',
    'd178-pv-contact_person-optional-1702',
    'd178-pv-contact_person-optional-1714',
    'd178-pv-contact_person-optional-1786',
    'd178-pv-contact_person-optional-1794',
    'd178-pv-contact_person-optional-1806',
    'd178-pv-contact_person-optional-1826',
    'd178-pv-contact_person-optional-1842',
    'd178-pv-contact_person-optional-1850',
    'd178-pv-contact_person-optional-1866',
    'd178-pv-contact_person-optional-1918',
    'd178-pv-contact_person-optional-1982',
    'd178-pv-contact_person-optional-3466',
    'd178-pv-contact_person-optional-3502',
    'd178-pv-contact_person-optional-3562',
    'd178-pv-contact_person-optional-3566',
    'd178-pv-contact_person-optional-3638',
    'd178-pv-contact_person-optional-3658',
    'd178-pv-contact_person-optional-3694',
    'd178-pv-contact_person-optional-3726',
    'd178-pv-contact_person-optional-3778',
    'd178-pv-contact_person-optional-3802',
    'd178-pv-contact_person-optional-3850',
    'd178-pv-contact_person-optional-3862',
    'd178-pv-contact_person-optional-3910',
    'd178-pv-contact_person-optional-3938',
    'd178-pv-contact_person-optional-3966',
    'd178-pv-contact_person-optional-3982',
    'd178-pv-contact_person-optional-3994',
    'd178-pv-contact_person-type-1556',
    'd178-pv-contact_person-type-1564',
    'd178-pv-contact_person-type-1576',
    'd178-pv-contact_person-type-1580',
    'd178-pv-contact_person-type-1612',
    'd178-pv-contact_person-type-1644',
    'd178-pv-contact_person-type-1672',
    'd178-pv-contact_person-type-1680',
    'd178-pv-contact_person-type-1700',
    'd178-pv-contact_person-type-1712',
    'd178-pv-contact_person-type-1716',
    'd178-pv-contact_person-type-1756',
    'd178-pv-contact_person-type-1792',
    'd178-pv-contact_person-type-1808',
    'd178-pv-contact_person-type-1820',
    'd178-pv-contact_person-type-1852',
    'd178-pv-contact_person-type-1876',
    'd178-pv-contact_person-type-1968',
    'd178-pv-contact_person-type-3560',
    'd178-pv-contact_person-type-3600',
    'd178-pv-contact_person-type-3648',
    'd178-pv-contact_person-type-3708',
    'd178-pv-contact_person-type-3716',
    'd178-pv-contact_person-type-3724',
    'd178-pv-contact_person-type-3736',
    'd178-pv-contact_person-type-3752',
    'd178-pv-contact_person-type-3756',
    'd178-pv-contact_person-type-3808',
    'd178-pv-contact_person-type-3816',
    'd178-pv-contact_person-type-3828',
    'd178-pv-contact_person-type-3844',
    'd178-pv-contact_person-type-3852',
    'd178-pv-contact_person-type-3868',
    'd178-pv-contact_person-type-3872',
    'd178-pv-contact_person-type-3912',
    'd178-pv-contact_person-type-3916',
    'd178-pv-contact_person-type-3952',
    'd178-pv-contact_person-type-3956',
    'd178-pv-contact_person-type-3964',
    'd178-pv-contact_person-type-3968',
    'd178-pv-email-optional-3186',
    'd178-pv-email-optional-3190',
    'd178-pv-email-optional-3214',
    'd178-pv-email-optional-5150',
    'd178-pv-email-optional-5186',
    'd178-pv-email-optional-5242',
    'd178-pv-email-optional-5282',
    'd178-pv-email-type-3160',
    'd178-pv-email-type-3220',
    'd178-pv-email-type-3224',
    'd178-pv-email-type-5148',
    'd178-pv-email-type-5180',
    'd178-pv-email-type-5204',
    'd178-pv-manager-optional-2742',
    'd178-pv-manager-optional-2746',
    'd178-pv-manager-optional-2750',
    'd178-pv-manager-optional-2758',
    'd178-pv-manager-optional-2782',
    'd178-pv-manager-optional-2810',
    'd178-pv-manager-optional-2870',
    'd178-pv-manager-optional-2878',
    'd178-pv-manager-optional-2886',
    'd178-pv-manager-optional-2998',
    'd178-pv-manager-optional-3010',
    'd178-pv-manager-optional-3022',
    'd178-pv-manager-optional-3066',
    'd178-pv-manager-optional-3098',
    'd178-pv-manager-optional-3118',
    'd178-pv-manager-optional-4626',
    'd178-pv-manager-optional-4662',
    'd178-pv-manager-optional-4682',
    'd178-pv-manager-optional-4706',
    'd178-pv-manager-optional-4730',
    'd178-pv-manager-optional-4734',
    'd178-pv-manager-optional-4766',
    'd178-pv-manager-optional-4770',
    'd178-pv-manager-optional-4786',
    'd178-pv-manager-optional-4818',
    'd178-pv-manager-optional-4846',
    'd178-pv-manager-optional-4918',
    'd178-pv-manager-optional-4922',
    'd178-pv-manager-optional-4982',
    'd178-pv-manager-optional-4986',
    'd178-pv-manager-optional-5102',
    'd178-pv-manager-optional-5114',
    'd178-pv-manager-type-2588',
    'd178-pv-manager-type-2740',
    'd178-pv-manager-type-2780',
    'd178-pv-manager-type-2832',
    'd178-pv-manager-type-2848',
    'd178-pv-manager-type-2896',
    'd178-pv-manager-type-2924',
    'd178-pv-manager-type-2948',
    'd178-pv-manager-type-3000',
    'd178-pv-manager-type-3016',
    'd178-pv-manager-type-3028',
    'd178-pv-manager-type-3032',
    'd178-pv-manager-type-3064',
    'd178-pv-manager-type-3092',
    'd178-pv-manager-type-3112',
    'd178-pv-manager-type-4708',
    'd178-pv-manager-type-4756',
    'd178-pv-manager-type-4760',
    'd178-pv-manager-type-4800',
    'd178-pv-manager-type-4816',
    'd178-pv-manager-type-4840',
    'd178-pv-manager-type-4852',
    'd178-pv-manager-type-4944',
    'd178-pv-manager-type-4952',
    'd178-pv-manager-type-4960',
    'd178-pv-manager-type-4964',
    'd178-pv-manager-type-4972',
    'd178-pv-manager-type-4992',
    'd178-pv-manager-type-5024',
    'd178-pv-manager-type-5028',
    'd178-pv-manager-type-5068',
    'd178-pv-manager-type-5088',
    'd178-pv-manager-type-5108',
    'd178-pv-manager-type-5116',
    'd178-pv-phone-optional-3358',
    'd178-pv-phone-optional-3366',
    'd178-pv-phone-optional-3382',
    'd178-pv-phone-optional-3390',
    'd178-pv-phone-optional-3422',
    'd178-pv-phone-optional-5370',
    'd178-pv-phone-optional-5378',
    'd178-pv-phone-optional-5402',
    'd178-pv-phone-optional-5414',
    'd178-pv-phone-type-3348',
    'd178-pv-phone-type-3392',
    'd178-pv-phone-type-3420',
    'd178-pv-phone-type-5368',
    'd178-pv-phone-type-5372',
    'd178-pv-phone-type-5376',
    'd178-pv-phone-type-5412',
    'd178-pv-phone-type-5440',
    'd178-pv-postcode-optional-3274',
    'd178-pv-postcode-optional-3278',
    'd178-pv-postcode-optional-3282',
    'd178-pv-postcode-optional-3330',
    'd178-pv-postcode-optional-5326',
    'd178-pv-postcode-optional-5350',
    'd178-pv-postcode-optional-5354',
    'd178-pv-postcode-optional-5366',
    'd178-pv-postcode-type-3276',
    'd178-pv-postcode-type-3280',
    'd178-pv-postcode-type-3292',
    'd178-pv-postcode-type-3328',
    'd178-pv-postcode-type-5348',
    'd178-pv3-assigned_to-optional-8419',
    'd178-pv3-assigned_to-optional-8420',
    'd178-pv3-assigned_to-optional-8424',
    'd178-pv3-assigned_to-optional-8425',
    'd178-pv3-assigned_to-optional-8437',
    'd178-pv3-assigned_to-optional-8440',
    'd178-pv3-assigned_to-optional-8444',
    'd178-pv3-assigned_to-type-8433',
    'd178-pv3-assigned_to-type-8441',
    'd178-pv3-assigned_to-type-8449',
    'd178-pv3-assigned_to-type-8454',
    'd178-pv3-contact_person-optional-8311',
    'd178-pv3-contact_person-optional-8315',
    'd178-pv3-contact_person-optional-8316',
    'd178-pv3-contact_person-optional-8318',
    'd178-pv3-contact_person-optional-8319',
    'd178-pv3-contact_person-optional-8320',
    'd178-pv3-contact_person-optional-8321',
    'd178-pv3-contact_person-optional-8322',
    'd178-pv3-contact_person-optional-8324',
    'd178-pv3-contact_person-optional-8328',
    'd178-pv3-contact_person-optional-8331',
    'd178-pv3-contact_person-optional-8332',
    'd178-pv3-contact_person-optional-8333',
    'd178-pv3-contact_person-optional-8339',
    'd178-pv3-contact_person-optional-8340',
    'd178-pv3-contact_person-type-8304',
    'd178-pv3-contact_person-type-8312',
    'd178-pv3-contact_person-type-8325',
    'd178-pv3-contact_person-type-8330',
    'd178-pv3-contact_person-type-8338',
    'd178-pv3-manager-optional-8359',
    'd178-pv3-manager-optional-8363',
    'd178-pv3-manager-optional-8364',
    'd178-pv3-manager-optional-8367',
    'd178-pv3-manager-optional-8369',
    'd178-pv3-manager-optional-8370',
    'd178-pv3-manager-optional-8372',
    'd178-pv3-manager-optional-8375',
    'd178-pv3-manager-optional-8376',
    'd178-pv3-manager-optional-8378',
    'd178-pv3-manager-optional-8379',
    'd178-pv3-manager-optional-8380',
    'd178-pv3-manager-optional-8382',
    'd178-pv3-manager-optional-8383',
    'd178-pv3-manager-optional-8385',
    'd178-pv3-manager-optional-8386',
    'd178-pv3-manager-optional-8388',
    'd178-pv3-manager-optional-8389',
    'd178-pv3-manager-optional-8390',
    'd178-pv3-manager-type-8360',
    'd178-pv3-manager-type-8361',
    'd178-pv3-manager-type-8362',
    'd178-pv3-manager-type-8366',
    'd178-pv3-manager-type-8373',
    'd178-pv3-manager-type-8374',
    'd178-pv3-manager-type-8377',
    'd178-pv3-manager-type-8391',
    'd178-pv3-manager-type-8396',
    'd178-pv3-manager-type-8397',
}

# Trimmed for ctest (probe_kit.sample_round), stop 42: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r178_keep = set(r178_found_alone) | {r178_i.replace("-pv-", "-pb-").replace("-pv3-", "-pb3-")
                                     for r178_i in r178_found_alone if "-pv" in r178_i}
from probe_kit import sample_round as r178_sample_round  # noqa: E402

r178_sample_round("d178-", r178_keep, 30, safe_every=10)
P[:] = [r178_p for r178_p in P if r178_p["id"] not in r178_arguable]
