"""Red-team round 152 (black box): THE LABEL RULE OF ROUNDS 146-151 (words a label adds freely), json_extract.
FOCUS: the rule "a field's label that holds the member's own label and another word is another field of its kind, except
words a label adds freely (full, number, contact, customer, current, expected, planned, actual; "address"/"e-mail" beside an
email), words compared by their canonical forms", and the twins rule ("two members one label through such free words are
not verified"). Binary: /tmp/rt_bin/stepcache_s36 did not exist during the round (checked 02:30-03:40 UTC); every run
used /tmp/rt_bin/stepcache_fix17 (01:02, the last build after the fixes of rounds 146-151; see bin_used.txt).
TRIED (5,673 probes: 1,600 bases, 1,706 pair variants, 2,126 singles, 241 safe; ids d152-b-/-v-/-s-/-ok-):
 A  otherp   a free word naming ANOTHER person's field: "Customer phone", "Customer's", "Customers", "Cust.", "Client",
             "CUSTOMER", "(customer)", "of customer", "Customer-", "Customer contact", "Contact", "Contact's", "Contact
             person('s)", "(contact)", "of contact" x phone/email/address/city/date_of_birth, on a record "Name: X / Role:
             courier|sales rep|driver|technician|agent" (customer words) or beside "Contact person: Kari Berg (daughter)"
             (contact words); singles (the other person's field alone, or beside the member's own), pairs (relabel,
             swap, drop).
 A2 otherp2  "Customer/Client/Buyer/Recipient/Customer's/Current customer/Full customer <attr>" and "Customer <attr>
             number" x mobile, postcode, zip, country, phone_number, email_address, street, company, age, city, under five
             record heads ("Role:", "Job title:", "Position: ... at Nordlys AS", "Employee:", a "Courier record" line).
 B  cross    a member with one free word against a field with another: customer_number/"Contact number",
             current_salary/"Expected salary", "Salary expectation", actual_arrival/"Expected|Planned arrival",
             planned_departure/"Actual departure", actual_delivery_date/"Expected delivery date", current_status/
             "Expected status", expected_date/"Current date", full_price/"Current price", current_score/"Full score" ...
 C  numcnt/numid (+C2, foreign numlang) the free word "number": a count member (number_of_rooms, rooms) against an
             id field ("Room number", "Room no.", "Room #", "Room nr", "Room", "Room No", "Room nº") and an id member
             (room_number) against a count field ("Number of rooms", "No. of rooms", "# of rooms", "Rooms", "Number
             rooms", "Rooms number", "# rooms", "Total rooms"), 22 + 12 nouns; Spanish/Italian/Portuguese singular vs
             plural ("Número de habitación" / "Número de habitaciones"), German/Dutch/Norwegian compounds
             ("Zimmernummer" / "Anzahl Zimmer"), French "Numéro de chambre" / "Nombre de chambres".
 D  abbr     abbreviations and synonyms: "Exp. date" (expiry) for date, "DOB (mother)", "Mother's DOB", "Customer
             DOB", "DOD", "Contact tel.", "Customer tel.", "Customer cell", "Fax no.", "Contact addr.", "E-mail address" /
             "E-Mail-Adresse" / "Adresse e-mail" / "E-postadresse" for a postal address, "Web/IP/MAC address", "Mailing
             address" / "Postal address" for an email, "Customer no." / "Contact #" for other numbers; safe synonyms.
 E  lang/lang2 German, Spanish, French, Dutch, Norwegian customer/contact labels ("Kunden-E-Mail", "Correo del cliente",
             "Téléphone de contact", "Klanttelefoon", "Kundens e-post") and current/expected, actual/planned in the
             language ("Erwartetes Gehalt" for "Aktuelles Gehalt", "Llegada prevista" for "Llegada real").
 F  twin/twin1 members that differ only in free words ({phone, contact_phone}, {name, full_name}, {number,
             customer_number}, {price, full_price}, {actual_arrival, expected_arrival}, {seats, seat_number} ...).
 G  pick     the instruction picks the free-word field ("the contact phone" over "Phone:" and "Contact phone:").
 H  stem     canonical-form collisions of different words (Organizer/Organization, Employee/Employer, Addressee/
             Address, Trainer/Training, Accountant/Account, Resident/Residence, Customs/Customer, Payer/Payee,
             plural/singular "Rooms: 2" for room, "Current rating: 16 A" for rating ...).
HELD: every "Contact ..." label beside a named contact person (A, D, E); "Buyer", "Recipient" (not free words); the
 "Employee:"/"Courier record" heads; all of B but "Contact full name" (refused: "the text states this value as "expected
 salary", not as current_salary", evidence not in the new text, instruction changed); every foreign label (E, lang2,
 numlang: refused or not stored); twins (refused: "its name and ... are one word to the checks (synonyms)"); the
 instruction picking a free-word field (G); stem collisions of different words (H, all but plurals); both fields present
 (count and id, own and customer's): refused or patched. Safe variants reused in run 2: 105 of 241.
GOT THROUGH: the joint run served 757 items wrong from the cache; every one was re-run ALONE on a fresh SQLite store
 (--runs 2): 710 still failed -- 573 clear (246 pairs, 327 singles; alone.txt) and 137 arguable (69 pairs, 68 singles;
 alone_arguable.txt); the other 47 (relabel pairs of shape (1)) did not. Every one served with "all N steps verified":
 (1) "CUSTOMER" (and "Client", "Customer's", "Customers", "CUSTOMER", "Customer-", "of customer", "Customer contact",
     "Current customer", "Full customer", "Customer <attr> number", "Customer tel.", "Customer cell") ON THE RECORD OF
     SOMEONE ELSE: "Name: Ada Kakastad / Role: agent / Customer phone: 400 11 222" -> phone "400 11 222" stored and served
     again (d152-s-A0-cust-only); "Name: Hal Tigustad / Job title: technician / Customer's age: 67" -> age 67
     (d152-s-A2-8-title-custs-only); "Position: sales rep at Nordlys AS / Client company: Fjordkraft ASA" -> company
     (d152-s-A2-7-sig-client-only); "Role: courier / Customer-date of birth: 1990-07-01" (d152-s-A4-custhy-only).
 (2) "NUMBER" MAKES A COUNT AND AN ID ONE FIELD: "Extract the name and number of rooms" over "Room number: 214" -> 214
     (single d152-s-C0-num-num-only; pair base "Number of rooms: 2" -> variant "Room number: 2" reused 2,
     d152-v-C0-num-num-rl); "Room #", "Room" (bare) too; "room number" over "Number of rooms: 2" / "Rooms: 2" / "# of
     rooms: 2" -> 2 (d152-s-C2-0-id-numof-only, d152-v-C3-id-bare-rl "Tables: 2" -> table_number 2); "Order #: 5502"
     -> number_of_orders 5502 ("Room no.", "Room nr", "Room nº", "No. of rooms", "Total rooms" held). Every noun tried (rooms, seats, tickets, tables, beds, floors, pages, bags, boxes, units,
     passengers, employees, members, orders, invoices, lines, cases, players, guests, accounts, vehicles, children,
     cabins, lockers, parcels, lessons, sessions, visits, doses).
 (3) A PLURAL FIELD FOR A SINGULAR MEMBER (canonical forms): "Rooms: 2" -> room "2", "Seats: 3" -> seat "3", "Items: 4"
     -> item "4"; "Seats: 3" -> seat_number 3 (d152-s-F1m22-c).
ARGUABLE (r152_arguable, family "..._arguable"): "Contact full name" for full_name; "Current account number" for
 account_number; "Number rooms" / "Rooms number" for a room number; nights/adults as ids; "Numbers: 3" for number;
 "Current rating: 16 A" for rating; a plural label over one value in pairs ("Guests: Tom Lie" for guest); "Price: 240"
 for full_price.
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r152_pairs = []
r152_singles = []
r152_safe_ids = []
r152_arguable = set()
r152_bases = {}
r152_ids = set()
r152_n = [0]
r152_NS = "<no single value>"
r152_NN = 999
r152_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do", "Fa", "Gu"]
r152_FIRST = ["Ada", "Bo", "Cai", "Dag", "Eli", "Fay", "Gro", "Hal", "Ina", "Jon", "Kai", "Liv", "Mia", "Nils",
              "Ola", "Pia", "Rut", "Siv", "Tor", "Una"]
r152_OTHER = ["Kari Berg", "Tom Lie", "Eva Lund", "Per Moe", "Ida Holm", "Sven Dahl", "Lea Vik", "Arne Bakke"]


def r152_nm():
    n = r152_n[0]
    r152_n[0] += 1
    return (r152_FIRST[n % 20] + " " + r152_SYL[(n // 20) % 12] + r152_SYL[(n // 240) % 12].lower()
            + "stad")


def r152_oth():
    return r152_OTHER[r152_n[0] % len(r152_OTHER)]


def r152_id(pid):
    assert pid not in r152_ids, pid
    r152_ids.add(pid)
    return pid


def r152_none(v):
    if isinstance(v, bool):
        return r152_NS
    if isinstance(v, (int, float)):
        return r152_NN
    return r152_NS


def r152_has_none(e):
    return any(x in (r152_NS, r152_NN) for x in e.values())


def r152_base(fam, sch, pr, exp):
    key = (pr, str(sch))
    if key in r152_bases:
        return r152_bases[key]
    b = r152_id("d152-b-%d" % len(r152_bases))
    r152_bases[key] = b
    J(b, "r152_" + fam + "_base", pr, sch, exp, [exp])
    return b


def r152_pair(tag, fam, sch, bpr, bexp, vpr, vexp, stale=None, arg=False):
    if vpr == bpr:
        return
    b = r152_base(fam, sch, bpr, bexp)
    v = r152_id("d152-v-" + tag)
    ans = [stale if stale is not None else bexp]
    if not r152_has_none(vexp):
        ans.append(vexp)
    J(v, "r152_" + fam + "_pair" + ("_arguable" if arg else ""), vpr, sch, vexp, ans)
    if arg:
        r152_arguable.add(v)
    r152_pairs.append((b, v))


def r152_safe(tag, fam, sch, bpr, bexp, vpr):
    b = r152_base(fam, sch, bpr, bexp)
    v = r152_id("d152-ok-" + tag)
    J(v, "r152_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r152_safe_ids.append((b, v))


def r152_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = r152_id("d152-s-" + tag)
    ans = [mis] if r152_has_none(exp) else [mis, mis, exp]
    J(s, "r152_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, ans)
    r152_singles.append(s)
    if arg:
        r152_arguable.add(s)


def r152_ty(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    return "string"


def r152_fmt(v):
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def r152_hum(k):
    return k.replace("_", " ")


def r152_ins(keys):
    keys = [r152_hum(k) for k in keys]
    if len(keys) == 1:
        return "Extract the %s as JSON.\n\nText:\n" % keys[0]
    return "Extract the %s and %s as JSON.\n\nText:\n" % (", ".join(keys[:-1]), keys[-1])


def r152_lines(fields):
    return "".join("%s: %s\n" % (l, r152_fmt(v)) for l, v in fields)


def r152_gen():
    # ================================================================== A: a free word naming ANOTHER PERSON's field
    # (member, plain label, own value, other's value)
    r152_A_ATTR = [
        ("phone", "Phone", "912 34 567", "400 11 222"),
        ("email", "Email", "tor.lie@nordlys.no", "kari.berg@post.no"),
        ("address", "Address", "Storgata 5, 0150 Oslo", "Bryggen 2, 5003 Bergen"),
        ("city", "City", "Drammen", "Molde"),
        ("date_of_birth", "Date of birth", "1984-03-12", "1990-07-01"),
    ]
    # (tag, label format, kind): kind "cust" -> the record is a sales rep / courier; "cont" -> a contact person line
    r152_A_Q = [
        ("cust", "Customer {l}", "cust"), ("custs", "Customer's {l}", "cust"), ("custpl", "Customers {l}", "cust"),
        ("custab", "Cust. {l}", "cust"), ("client", "Client {l}", "cust"), ("custup", "CUSTOMER {L}", "cust"),
        ("custpar", "{U} (customer)", "cust"), ("custof", "{U} of customer", "cust"),
        ("custhy", "Customer-{l}", "cust"), ("custcont", "Customer contact {l}", "cust"),
        ("cont", "Contact {l}", "cont"), ("conts", "Contact's {l}", "cont"), ("contp", "Contact person {l}", "cont"),
        ("contps", "Contact person's {l}", "cont"), ("contpar", "{U} (contact)", "cont"),
        ("contof", "{U} of contact", "cont"), ("contup", "CONTACT {L}", "cont"), ("conthy", "Contact-{l}", "cont"),
    ]
    r152_ROLES = ["courier", "sales rep", "driver", "technician", "agent"]
    for r152_ai, (mk, ml, vc, vo) in enumerate(r152_A_ATTR):
        sch = S({"name": "string", mk: "string"})
        ins = r152_ins(["name", mk])
        for (qt, qf, kind) in r152_A_Q:
            ql = qf.replace("{l}", ml.lower()).replace("{L}", ml.upper()).replace("{U}", ml)
            tag = "A%d-%s" % (r152_ai, qt)
            role = r152_ROLES[(r152_ai + len(qt)) % len(r152_ROLES)]

            def ctx(nm, oth, extra, kind=kind, role=role):
                if kind == "cust":
                    return "Name: %s\nRole: %s\n%s" % (nm, role, extra)
                return "Name: %s\nContact person: %s (daughter)\n%s" % (nm, oth, extra)
            nm = r152_nm()
            oth = r152_oth()
            # single: only the other person's field
            r152_single(tag + "-only", "otherp", sch, ins + ctx(nm, oth, "%s: %s\n" % (ql, vo)),
                        {"name": nm, mk: r152_NS}, {"name": nm, mk: vo})
            # single: both fields, the model copies the other person's
            nm2 = r152_nm()
            r152_single(tag + "-both", "otherp", sch,
                        ins + ctx(nm2, oth, "%s: %s\n%s: %s\n" % (ml, vc, ql, vo)),
                        {"name": nm2, mk: vc}, {"name": nm2, mk: vo})
            nm2b = r152_nm()
            r152_single(tag + "-both2", "otherp", sch,
                        ins + ctx(nm2b, oth, "%s: %s\n%s: %s\n" % (ql, vo, ml, vc)),
                        {"name": nm2b, mk: vc}, {"name": nm2b, mk: vo})
            # pair: plain field stored, then relabelled to the other person's (same value)
            nm3 = r152_nm()
            bpr = ins + ctx(nm3, oth, "%s: %s\n" % (ml, vc))
            r152_pair(tag + "-rl", "otherp", sch, bpr, {"name": nm3, mk: vc},
                      ins + ctx(nm3, oth, "%s: %s\n" % (ql, vc)), {"name": nm3, mk: r152_NS})
            # pair: both stored, values swapped
            nm4 = r152_nm()
            bpr = ins + ctx(nm4, oth, "%s: %s\n%s: %s\n" % (ml, vc, ql, vo))
            r152_pair(tag + "-sw", "otherp", sch, bpr, {"name": nm4, mk: vc},
                      ins + ctx(nm4, oth, "%s: %s\n%s: %s\n" % (ml, vo, ql, vc)), {"name": nm4, mk: vo})
            # pair: both stored, the plain one dropped
            r152_pair(tag + "-drop", "otherp", sch, bpr, {"name": nm4, mk: vc},
                      ins + ctx(nm4, oth, "%s: %s\n" % (ql, vo)), {"name": nm4, mk: r152_NS},
                      stale={"name": nm4, mk: vc})
        # safe: the record's own contact phone (no other person), the plain label relabelled "Contact ..."
        nm5 = r152_nm()
        bpr = ins + "Name: %s\n%s: %s\n" % (nm5, ml, vc)
        r152_safe("A%d-contact" % r152_ai, "otherp", sch, bpr, {"name": nm5, mk: vc},
                  ins + "Name: %s\nContact %s: %s\n" % (nm5, ml.lower(), vc))
        r152_safe("A%d-sent" % r152_ai, "otherp", sch, bpr, {"name": nm5, mk: vc},
                  "Please process the following record.\n" + ins + "Name: %s\n%s: %s\n" % (nm5, ml, vc))
        r152_safe("A%d-para" % r152_ai, "otherp", sch, bpr, {"name": nm5, mk: vc},
                  bpr.replace("Extract the", "Please return the").replace(" as JSON.", " as a JSON object."))

    # ================================================================== B: member with one free word, field with another
    # (member key, base label, base value, [(variant label, variant value, arguable, context line)])
    r152_B = [
        ("customer_number", "Customer number", "10042",
         [("Contact number", "912 34 567", False, ""), ("Order number", "5502", False, ""),
          ("Number", "5502", True, ""), ("Contact no.", "912 34 567", False, ""), ("Full number", "+47 912 34 567", True, "")]),
        ("contact_number", "Contact number", "912 34 567",
         [("Customer number", "10042", False, ""), ("Customer no.", "10042", False, ""), ("Number", "10042", True, ""),
          ("Cust. no.", "10042", False, "")]),
        ("customer_email", "Customer email", "ana.berg@kalo.no",
         [("Contact email", "kari.berg@post.no", False, "Contact person: Kari Berg (daughter)\n")]),
        ("contact_email", "Contact email", "kari.berg@post.no",
         [("Customer email", "ana.berg@kalo.no", False, "Contact person: Kari Berg (daughter)\n")]),
        ("customer_phone", "Customer phone", "912 34 567",
         [("Contact phone", "400 11 222", False, "Contact person: Kari Berg (daughter)\n")]),
        ("contact_phone", "Contact phone", "400 11 222",
         [("Customer phone", "912 34 567", False, "Contact person: Kari Berg (daughter)\n")]),
        ("customer_name", "Customer name", "Ana Berg",
         [("Contact name", "Kari Berg", False, "")]),
        ("contact_name", "Contact name", "Kari Berg",
         [("Customer name", "Ana Berg", False, ""), ("Full name", "Ana Berg", True, "")]),
        ("current_salary", "Current salary", 520000,
         [("Expected salary", 600000, False, ""), ("Salary expectation", 600000, False, ""),
          ("Expected pay", 600000, False, ""), ("Exp. salary", 600000, True, ""), ("Expected annual salary", 600000, False, "")]),
        ("expected_salary", "Expected salary", 600000,
         [("Current salary", 520000, False, ""), ("Salary", 520000, True, "")]),
        ("current_price", "Current price", 240.0,
         [("Expected price", 260.0, False, ""), ("Full price", 300.0, False, "")]),
        ("full_price", "Full price", 300.0,
         [("Current price", 240.0, False, "Sale: 20% off this week\n"), ("Customer price", 240.0, True, "")]),
        ("actual_arrival", "Actual arrival", "15:20",
         [("Expected arrival", "14:10", False, ""), ("Planned arrival", "14:10", False, ""),
          ("Arrival", "14:10", True, ""), ("Expected arrival time", "14:10", False, ""), ("Exp. arrival", "14:10", False, "")]),
        ("expected_arrival", "Expected arrival", "14:10",
         [("Actual arrival", "15:20", False, ""), ("Current arrival", "15:20", True, "")]),
        ("actual_departure", "Actual departure", "09:10",
         [("Planned departure", "08:35", False, ""), ("Expected departure", "08:35", False, "")]),
        ("planned_departure", "Planned departure", "08:35",
         [("Actual departure", "09:10", False, ""), ("Expected departure", "08:50", True, "")]),
        ("actual_delivery_date", "Actual delivery date", "2026-05-12",
         [("Expected delivery date", "2026-05-10", False, ""), ("Planned delivery date", "2026-05-10", False, ""),
          ("Delivery date", "2026-05-10", True, "")]),
        ("expected_delivery_date", "Expected delivery date", "2026-05-10",
         [("Actual delivery date", "2026-05-12", False, ""), ("Current delivery date", "2026-05-12", True, "")]),
        ("current_status", "Current status", "In transit",
         [("Expected status", "Delivered", False, "")]),
        ("current_balance", "Current balance", 1250.0,
         [("Expected balance", 980.0, False, ""), ("Full balance", 1400.0, True, "")]),
        ("actual_cost", "Actual cost", 5400.0,
         [("Expected cost", 5000.0, False, ""), ("Planned cost", 5000.0, False, "")]),
        ("planned_cost", "Planned cost", 5000.0,
         [("Actual cost", 5400.0, False, ""), ("Current cost", 5400.0, False, "")]),
        ("actual_hours", "Actual hours", 42,
         [("Planned hours", 37, False, ""), ("Expected hours", 37, False, "")]),
        ("current_version", "Current version", "2.4.1",
         [("Expected version", "2.5.0", False, "")]),
        ("expected_date", "Expected date", "2026-05-10",
         [("Current date", "2026-05-05", False, "")]),
        ("current_weight", "Current weight", 82.5,
         [("Expected weight", 78.0, False, ""), ("Full weight", 95.0, True, "")]),
        ("current_score", "Current score", 71,
         [("Expected score", 80, False, ""), ("Full score", 100, False, "")]),
        ("current_address", "Current address", "Bryggen 2, 5003 Bergen",
         [("Contact address", "Storgata 5, 0150 Oslo", False, "Contact person: Kari Berg (daughter)\n"),
          ("Expected address", "Storgata 5, 0150 Oslo", True, "")]),
        ("full_name", "Full name", "Ana Marie Berg",
         [("Contact name", "Kari Berg", False, "Contact person: Kari Berg (daughter)\n"),
          ("Contact full name", "Kari Berg", True, "")]),
    ]
    for r152_bi, (mk, bl, bv, vars_) in enumerate(r152_B):
        prefix_key = "booking_ref"
        sch = S({prefix_key: "string", mk: r152_ty(bv)})
        ins = r152_ins([prefix_key, mk])
        none = r152_none(bv)
        for r152_vi, (vl, vv, arg, ctxl) in enumerate(vars_):
            tag = "B%d-%d" % (r152_bi, r152_vi)
            ref = "BK-%d" % (4000 + r152_n[0])
            r152_n[0] += 1
            r152_single(tag + "-only", "cross", sch, ins + "Booking ref: %s\n%s%s: %s\n" % (ref, ctxl, vl, r152_fmt(vv)),
                        {prefix_key: ref, mk: none}, {prefix_key: ref, mk: vv}, arg=arg)
            ref2 = "BK-%d" % (4000 + r152_n[0])
            r152_n[0] += 1
            r152_single(tag + "-both", "cross", sch,
                        ins + "Booking ref: %s\n%s%s: %s\n%s: %s\n" % (ref2, ctxl, bl, r152_fmt(bv), vl, r152_fmt(vv)),
                        {prefix_key: ref2, mk: bv}, {prefix_key: ref2, mk: vv})
            ref3 = "BK-%d" % (4000 + r152_n[0])
            r152_n[0] += 1
            bpr = ins + "Booking ref: %s\n%s%s: %s\n" % (ref3, ctxl, bl, r152_fmt(bv))
            r152_pair(tag + "-rl", "cross", sch, bpr, {prefix_key: ref3, mk: bv},
                      ins + "Booking ref: %s\n%s%s: %s\n" % (ref3, ctxl, vl, r152_fmt(bv)), {prefix_key: ref3, mk: none},
                      arg=arg)
            bpr2 = ins + "Booking ref: %s\n%s%s: %s\n%s: %s\n" % (ref3, ctxl, bl, r152_fmt(bv), vl, r152_fmt(vv))
            r152_pair(tag + "-sw", "cross", sch, bpr2, {prefix_key: ref3, mk: bv},
                      ins + "Booking ref: %s\n%s%s: %s\n%s: %s\n" % (ref3, ctxl, bl, r152_fmt(vv), vl, r152_fmt(bv)),
                      {prefix_key: ref3, mk: vv})
            r152_pair(tag + "-drop", "cross", sch, bpr2, {prefix_key: ref3, mk: bv},
                      ins + "Booking ref: %s\n%s%s: %s\n" % (ref3, ctxl, vl, r152_fmt(vv)), {prefix_key: ref3, mk: none},
                      stale={prefix_key: ref3, mk: bv}, arg=arg)
        # safe: paraphrase of the base
        ref4 = "BK-%d" % (4000 + r152_n[0])
        r152_n[0] += 1
        bpr = ins + "Booking ref: %s\n%s: %s\n" % (ref4, bl, r152_fmt(bv))
        r152_safe("B%d-para" % r152_bi, "cross", sch, bpr, {prefix_key: ref4, mk: bv},
                  bpr.replace("Extract the", "Please give the").replace(" as JSON.", " in JSON."))

    # ================================================================== C: "number" collisions: a count vs an id
    # (singular, plural, id value, count value)
    r152_C = [
        ("room", "rooms", 214, 2), ("seat", "seats", 14, 3), ("ticket", "tickets", 4711, 4), ("table", "tables", 12, 2),
        ("bed", "beds", 3, 2), ("floor", "floors", 7, 12), ("page", "pages", 42, 180), ("bag", "bags", 77, 2),
        ("box", "boxes", 31, 5), ("unit", "units", 12, 40), ("passenger", "passengers", 17, 3),
        ("employee", "employees", 1042, 35), ("member", "members", 20417, 230), ("order", "orders", 5502, 3),
        ("invoice", "invoices", 1187, 4), ("line", "lines", 7, 3), ("case", "cases", 3391, 2),
        ("player", "players", 10, 11), ("guest", "guests", 7, 3), ("account", "accounts", 88, 2),
        ("vehicle", "vehicles", 6, 2), ("child", "children", 2, 3),
    ]
    r152_C_ID = [("num", "{S} number"), ("no", "{S} no."), ("hash", "{S} #"), ("nr", "{S} nr"), ("bare", "{S}"),
                 ("numof", "Number of {s}"), ("hashno", "{S} No"), ("numero", "{S} n\u00ba")]
    r152_C_CNT = [("numof", "Number of {p}"), ("noof", "No. of {p}"), ("hashof", "# of {p}"), ("bare", "{P}"),
                  ("num", "Number {p}"), ("pnum", "{P} number"), ("hashp", "# {p}"), ("tot", "Total {p}")]
    for r152_ci, (sg, pl, idv, cnv) in enumerate(r152_C):
        S_, P_ = sg.capitalize(), pl.capitalize()
        # the count member: number_of_<plural>; and a bare plural key
        for ck in ["number_of_" + pl, pl]:
            sch = S({"name": "string", ck: "integer"})
            ins = r152_ins(["name", ck])
            for (lt, lf) in r152_C_ID:
                if lt == "numof":
                    continue
                lab = lf.replace("{S}", S_).replace("{s}", sg)
                tag = "C%d-%s-%s" % (r152_ci, ck[:3], lt)
                nm = r152_nm()
                r152_single(tag + "-only", "numcnt", sch, ins + "Name: %s\n%s: %d\n" % (nm, lab, idv),
                            {"name": nm, ck: r152_NN}, {"name": nm, ck: idv})
                nm2 = r152_nm()
                bpr = ins + "Name: %s\nNumber of %s: %d\n" % (nm2, pl, cnv)
                r152_pair(tag + "-rl", "numcnt", sch, bpr, {"name": nm2, ck: cnv},
                          ins + "Name: %s\n%s: %d\n" % (nm2, lab, cnv), {"name": nm2, ck: r152_NN})
            # both present: the model copies the id
            nm3 = r152_nm()
            r152_single("C%d-%s-both" % (r152_ci, ck[:3]), "numcnt", sch,
                        ins + "Name: %s\n%s number: %d\nNumber of %s: %d\n" % (nm3, S_, idv, pl, cnv),
                        {"name": nm3, ck: cnv}, {"name": nm3, ck: idv})
        # the id member: <singular>_number
        ik = sg + "_number"
        sch = S({"name": "string", ik: "integer"})
        ins = r152_ins(["name", ik])
        for (lt, lf) in r152_C_CNT:
            lab = lf.replace("{P}", P_).replace("{p}", pl)
            tag = "C%d-id-%s" % (r152_ci, lt)
            nm = r152_nm()
            r152_single(tag + "-only", "numid", sch, ins + "Name: %s\n%s: %d\n" % (nm, lab, cnv),
                        {"name": nm, ik: r152_NN}, {"name": nm, ik: cnv})
            nm2 = r152_nm()
            bpr = ins + "Name: %s\n%s number: %d\n" % (nm2, S_, cnv)
            r152_pair(tag + "-rl", "numid", sch, bpr, {"name": nm2, ik: cnv},
                      ins + "Name: %s\n%s: %d\n" % (nm2, lab, cnv), {"name": nm2, ik: r152_NN})
        nm3 = r152_nm()
        r152_single("C%d-id-both" % r152_ci, "numid", sch,
                    ins + "Name: %s\nNumber of %s: %d\n%s number: %d\n" % (nm3, pl, cnv, S_, idv),
                    {"name": nm3, ik: idv}, {"name": nm3, ik: cnv})
        # safe
        nm4 = r152_nm()
        bpr = ins + "Name: %s\n%s number: %d\n" % (nm4, S_, idv)
        for st, sl in [("no", "%s no." % S_), ("hash", "%s #" % S_), ("nr", "%s nr." % S_)]:
            r152_safe("C%d-id-%s" % (r152_ci, st), "numid", sch, bpr, {"name": nm4, ik: idv},
                      ins + "Name: %s\n%s: %d\n" % (nm4, sl, idv))
        ck = "number_of_" + pl
        sch = S({"name": "string", ck: "integer"})
        ins = r152_ins(["name", ck])
        bpr = ins + "Name: %s\nNumber of %s: %d\n" % (nm4, pl, cnv)
        for st, sl in [("noof", "No. of %s" % pl), ("hashof", "# of %s" % pl), ("bare", P_)]:
            r152_safe("C%d-cnt-%s" % (r152_ci, st), "numcnt", sch, bpr, {"name": nm4, ck: cnv},
                      ins + "Name: %s\n%s: %d\n" % (nm4, sl, cnv))

    # foreign: singular / plural of the same words
    # (lang, tag, instruction, count description, count label, id labels, name label, id value, count value)
    r152_CF = [
        ("es", "hab", "Extrae el nombre y el n\u00famero de habitaciones como JSON.", "N\u00famero de habitaciones",
         ["N\u00famero de habitaci\u00f3n", "Habitaci\u00f3n n\u00ba", "N\u00ba de habitaci\u00f3n", "Habitaci\u00f3n"],
         "Nombre", 214, 2),
        ("es", "asi", "Extrae el nombre y el n\u00famero de asientos como JSON.", "N\u00famero de asientos",
         ["N\u00famero de asiento", "Asiento n\u00ba", "Asiento"], "Nombre", 14, 3),
        ("es", "pas", "Extrae el nombre y el n\u00famero de pasajeros como JSON.", "N\u00famero de pasajeros",
         ["N\u00famero de pasajero", "Pasajero n\u00ba"], "Nombre", 17, 3),
        ("es", "ent", "Extrae el nombre y el n\u00famero de entradas como JSON.", "N\u00famero de entradas",
         ["N\u00famero de entrada", "Entrada n\u00ba"], "Nombre", 4711, 4),
        ("it", "cam", "Estrai il nome e il numero di camere come JSON.", "Numero di camere",
         ["Numero di camera", "Camera n.", "Camera"], "Nome", 214, 2),
        ("it", "pos", "Estrai il nome e il numero di posti come JSON.", "Numero di posti",
         ["Numero di posto", "Posto n.", "Posto"], "Nome", 14, 3),
        ("pt", "qua", "Extraia o nome e o n\u00famero de quartos como JSON.", "N\u00famero de quartos",
         ["N\u00famero do quarto", "Quarto n\u00ba", "Quarto"], "Nome", 214, 2),
        ("de", "zim", "Extrahiere den Namen und die Anzahl der Zimmer als JSON.", "Anzahl Zimmer",
         ["Zimmernummer", "Zimmer-Nr.", "Zimmer Nr.", "Zimmer"], "Name", 214, 2),
        ("de", "pla", "Extrahiere den Namen und die Anzahl der Pl\u00e4tze als JSON.", "Anzahl Pl\u00e4tze",
         ["Platznummer", "Platz-Nr.", "Platz"], "Name", 14, 3),
        ("nl", "kam", "Haal de naam en het aantal kamers op als JSON.", "Aantal kamers",
         ["Kamernummer", "Kamer nr.", "Kamer"], "Naam", 214, 2),
        ("no", "rom", "Hent ut navn og antall rom som JSON.", "Antall rom",
         ["Romnummer", "Rom nr.", "Rom"], "Navn", 214, 2),
        ("no", "set", "Hent ut navn og antall seter som JSON.", "Antall seter",
         ["Setenummer", "Sete nr.", "Sete"], "Navn", 14, 3),
        ("fr", "cha", "Extrais le nom et le nombre de chambres en JSON.", "Nombre de chambres",
         ["Num\u00e9ro de chambre", "Chambre n\u00b0", "N\u00b0 de chambre", "Chambre"], "Nom", 214, 2),
        ("fr", "pla", "Extrais le nom et le nombre de places en JSON.", "Nombre de places",
         ["Num\u00e9ro de place", "Place n\u00b0", "Place"], "Nom", 14, 3),
    ]
    for (lang, t, instr, cdesc, idlabs, nlab, idv, cnv) in r152_CF:
        ck = "count"
        sch = S({"name": "string", ck: "integer"}, desc={ck: cdesc})
        for li, lab in enumerate(idlabs):
            tag = "CF-%s-%s-%d" % (lang, t, li)
            nm = r152_nm()
            r152_single(tag + "-only", "numlang", sch, instr + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm, lab, idv),
                        {"name": nm, ck: r152_NN}, {"name": nm, ck: idv})
            nm2 = r152_nm()
            bpr = instr + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm2, cdesc, cnv)
            r152_pair(tag + "-rl", "numlang", sch, bpr, {"name": nm2, ck: cnv},
                      instr + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm2, lab, cnv), {"name": nm2, ck: r152_NN})
        # the id member described in the language, the count label in the text
        ik = "id"
        sch2 = S({"name": "string", ik: "integer"}, desc={ik: idlabs[0]})
        instr2 = {"es": "Extrae el nombre y el %s como JSON.", "it": "Estrai il nome e il %s come JSON.",
                  "pt": "Extraia o nome e o %s como JSON.", "de": "Extrahiere den Namen und die %s als JSON.",
                  "nl": "Haal de naam en het %s op als JSON.", "no": "Hent ut navn og %s som JSON.",
                  "fr": "Extrais le nom et le %s en JSON."}[lang] % idlabs[0].lower()
        nm = r152_nm()
        r152_single("CF-%s-%s-id-only" % (lang, t), "numlang", sch2,
                    instr2 + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm, cdesc, cnv),
                    {"name": nm, ik: r152_NN}, {"name": nm, ik: cnv})
        nm2 = r152_nm()
        bpr = instr2 + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm2, idlabs[0], cnv)
        r152_pair("CF-%s-%s-id-rl" % (lang, t), "numlang", sch2, bpr, {"name": nm2, ik: cnv},
                  instr2 + "\n\nText:\n%s: %s\n%s: %d\n" % (nlab, nm2, cdesc, cnv), {"name": nm2, ik: r152_NN})

    # ================================================================== D: abbreviations and synonyms
    # (tag, member, type, plain label, plain value, other label, other value, context line, arguable)
    r152_D = [
        ("expdate", "date", "Date", "2026-05-03", "Exp. date", "2027-01-31", "Card: Visa ending 4412\n", False),
        ("expdate2", "date", "Date", "2026-05-03", "Exp: 2027-01-31".split(":")[0], "2027-01-31", "Card: Visa ending 4412\n", False),
        ("expdate3", "date", "Date", "2026-05-03", "EXP. DATE", "2027-01-31", "Card: Visa ending 4412\n", False),
        ("expdate4", "date", "Date", "2026-05-03", "Exp date", "2027-01-31", "Product: Yoghurt 500 g\n", False),
        ("expdate5", "date", "Date", "2026-05-03", "Date exp.", "2027-01-31", "Product: Yoghurt 500 g\n", False),
        ("dob-moth", "dob", "DOB", "1984-03-12", "Mother's DOB", "1958-11-02", "", False),
        ("dob-moth2", "dob", "DOB", "1984-03-12", "DOB (mother)", "1958-11-02", "", False),
        ("dob-moth3", "dob", "DOB", "1984-03-12", "Mother DOB", "1958-11-02", "", False),
        ("dob-cont", "dob", "DOB", "1984-03-12", "Contact DOB", "1958-11-02", "Contact person: Kari Berg (mother)\n", False),
        ("dob-cust", "dob", "DOB", "1984-03-12", "Customer DOB", "1958-11-02", "Role: insurance agent\n", False),
        ("dob-child", "dob", "DOB", "1984-03-12", "Child DOB", "2016-02-20", "", False),
        ("dob-sp", "dob", "DOB", "1984-03-12", "Spouse DOB", "1982-06-30", "", False),
        ("dob-dod", "date_of_birth", "Date of birth", "1984-03-12", "DOD", "2024-01-15", "", False),
        ("dob-full", "date_of_birth", "Date of birth", "1984-03-12", "Contact DOB", "1958-11-02", "Contact person: Kari Berg (mother)\n", False),
        ("tel-cont", "phone", "Tel.", "912 34 567", "Contact tel.", "400 11 222", "Contact person: Kari Berg (daughter)\n", False),
        ("tel-cust", "phone", "Tel.", "912 34 567", "Customer tel.", "400 11 222", "Role: courier\n", False),
        ("tel-cust2", "phone", "Tel.", "912 34 567", "Cust. tel.", "400 11 222", "Role: courier\n", False),
        ("tel-moth", "phone", "Tel.", "912 34 567", "Tel. (mother)", "400 11 222", "", False),
        ("tel-fax", "phone", "Tel.", "912 34 567", "Fax no.", "22 11 33 44", "", False),
        ("tel-faxtel", "phone_number", "Phone number", "912 34 567", "Fax number", "22 11 33 44", "", False),
        ("tel-custno", "phone_number", "Phone number", "912 34 567", "Customer number", "10042", "", False),
        ("tel-contno", "phone_number", "Phone number", "912 34 567", "Contact number", "400 11 222", "Contact person: Kari Berg (daughter)\n", False),
        ("tel-mob", "phone", "Phone", "912 34 567", "Contact mobile", "400 11 222", "Contact person: Kari Berg (daughter)\n", False),
        ("tel-cell", "phone", "Phone", "912 34 567", "Customer cell", "400 11 222", "Role: courier\n", False),
        ("adr-cont", "address", "Addr.", "Storgata 5, 0150 Oslo", "Contact addr.", "Bryggen 2, 5003 Bergen", "Contact person: Kari Berg (daughter)\n", False),
        ("adr-cust", "address", "Addr.", "Storgata 5, 0150 Oslo", "Cust. addr.", "Bryggen 2, 5003 Bergen", "Role: courier\n", False),
        ("adr-email", "address", "Address", "Storgata 5, 0150 Oslo", "E-mail address", "ana.berg@kalo.no", "", False),
        ("adr-email2", "address", "Address", "Storgata 5, 0150 Oslo", "Email address", "ana.berg@kalo.no", "", False),
        ("adr-email3", "address", "Address", "Storgata 5, 0150 Oslo", "E-mail addr.", "ana.berg@kalo.no", "", False),
        ("adr-email4", "address", "Address", "Storgata 5, 0150 Oslo", "Email addr", "ana.berg@kalo.no", "", False),
        ("adr-email5", "address", "Address", "Storgata 5, 0150 Oslo", "Contact e-mail address", "ana.berg@kalo.no", "", False),
        ("adr-email6", "address", "Address", "Storgata 5, 0150 Oslo", "Customer email address", "ana.berg@kalo.no", "", False),
        ("adr-de", "address", "Adresse", "Storgata 5, 0150 Oslo", "E-Mail-Adresse", "ana.berg@kalo.no", "", False),
        ("adr-fr", "address", "Adresse", "Storgata 5, 0150 Oslo", "Adresse e-mail", "ana.berg@kalo.no", "", False),
        ("adr-no", "address", "Adresse", "Storgata 5, 0150 Oslo", "E-postadresse", "ana.berg@kalo.no", "", False),
        ("adr-nl", "address", "Adres", "Storgata 5, 0150 Oslo", "E-mailadres", "ana.berg@kalo.no", "", False),
        ("adr-es", "address", "Direcci\u00f3n", "Storgata 5, 0150 Oslo", "Direcci\u00f3n de correo electr\u00f3nico", "ana.berg@kalo.no", "", False),
        ("adr-web", "address", "Address", "Storgata 5, 0150 Oslo", "Web address", "www.kalo.no", "", False),
        ("adr-ip", "address", "Address", "Storgata 5, 0150 Oslo", "IP address", "10.0.0.12", "", False),
        ("adr-ip2", "address", "Address", "Storgata 5, 0150 Oslo", "IP addr.", "10.0.0.12", "", False),
        ("adr-mac", "address", "Address", "Storgata 5, 0150 Oslo", "MAC address", "00:1B:44:11:3A:B7", "", False),
        ("adr-full", "address", "Address", "Storgata 5", "Full address", "Storgata 5, 0150 Oslo", "", True),
        ("mail-post", "email", "Email", "ana.berg@kalo.no", "Mailing address", "Postboks 12, 0101 Oslo", "", False),
        ("mail-post2", "email", "Email", "ana.berg@kalo.no", "Mail address", "Postboks 12, 0101 Oslo", "", False),
        ("mail-post3", "email", "Email", "ana.berg@kalo.no", "Postal address", "Postboks 12, 0101 Oslo", "", False),
        ("mail-post4", "email_address", "Email address", "ana.berg@kalo.no", "Address", "Storgata 5, 0150 Oslo", "", False),
        ("mail-post5", "email_address", "Email address", "ana.berg@kalo.no", "Mailing address", "Postboks 12, 0101 Oslo", "", False),
        ("mail-post6", "email_address", "Email address", "ana.berg@kalo.no", "Current address", "Storgata 5, 0150 Oslo", "", False),
        ("mail-post7", "email_address", "Email address", "ana.berg@kalo.no", "Full address", "Storgata 5, 0150 Oslo", "", False),
        ("mail-no", "email", "E-post", "ana.berg@kalo.no", "Postadresse", "Postboks 12, 0101 Oslo", "", False),
        ("mail-de", "email", "E-Mail", "ana.berg@kalo.no", "Postanschrift", "Postfach 12, 10115 Berlin", "", False),
        ("mail-cust", "email", "E-mail", "ana.berg@kalo.no", "Customer e-mail address", "kari.berg@post.no", "Role: sales rep\n", False),
        ("mail-cont", "email", "E-mail", "ana.berg@kalo.no", "Contact e-mail address", "kari.berg@post.no", "Contact person: Kari Berg (daughter)\n", False),
        ("no-order", "order_number", "Order no.", "5502", "Customer no.", "10042", "", False),
        ("no-order2", "order_number", "Order #", "5502", "Customer #", "10042", "", False),
        ("no-order3", "order_number", "Order number", "5502", "Contact number", "912 34 567", "", False),
        ("no-acct", "account_number", "Account no.", "1234.56.78901", "Customer no.", "10042", "", False),
        ("no-acct2", "account_number", "Account number", "1234.56.78901", "Current account number", "1234.56.78901", "", True),
        ("no-inv", "invoice_number", "Invoice no.", "INV-1187", "Customer no.", "10042", "", False),
        ("no-nr", "customer_number", "Customer no.", "10042", "Nr.", "5502", "", True),
        ("no-cust", "customer_number", "Customer no.", "10042", "Order no.", "5502", "", False),
        ("no-cust2", "customer_number", "Cust. no.", "10042", "Contact no.", "912 34 567", "", False),
        ("no-cust3", "customer_number", "Customer #", "10042", "Contact #", "912 34 567", "", False),
        ("no-cust4", "customer_id", "Customer ID", "C-10042", "Contact ID", "P-7781", "", False),
        ("no-cust5", "customer_id", "Customer ID", "C-10042", "ID", "P-7781", "", True),
    ]
    for (t, mk, pl, pv, ol, ov, ctxl, arg) in r152_D:
        if t == "expdate2":
            ol = "Exp"
        sch = S({"name": "string", mk: "string"})
        ins = r152_ins(["name", mk])
        nm = r152_nm()
        r152_single("D-%s-only" % t, "abbr", sch, ins + "Name: %s\n%s%s: %s\n" % (nm, ctxl, ol, ov),
                    {"name": nm, mk: r152_NS}, {"name": nm, mk: ov}, arg=arg)
        nm2 = r152_nm()
        r152_single("D-%s-both" % t, "abbr", sch, ins + "Name: %s\n%s%s: %s\n%s: %s\n" % (nm2, ctxl, pl, pv, ol, ov),
                    {"name": nm2, mk: pv}, {"name": nm2, mk: ov})
        nm3 = r152_nm()
        r152_single("D-%s-both2" % t, "abbr", sch, ins + "Name: %s\n%s%s: %s\n%s: %s\n" % (nm3, ctxl, ol, ov, pl, pv),
                    {"name": nm3, mk: pv}, {"name": nm3, mk: ov})
        nm4 = r152_nm()
        bpr = ins + "Name: %s\n%s%s: %s\n" % (nm4, ctxl, pl, pv)
        r152_pair("D-%s-rl" % t, "abbr", sch, bpr, {"name": nm4, mk: pv},
                  ins + "Name: %s\n%s%s: %s\n" % (nm4, ctxl, ol, pv), {"name": nm4, mk: r152_NS}, arg=arg)
        bpr2 = ins + "Name: %s\n%s%s: %s\n%s: %s\n" % (nm4, ctxl, pl, pv, ol, ov)
        if pv != ov:
          r152_pair("D-%s-drop" % t, "abbr", sch, bpr2, {"name": nm4, mk: pv},
                  ins + "Name: %s\n%s%s: %s\n" % (nm4, ctxl, ol, ov), {"name": nm4, mk: r152_NS},
                  stale={"name": nm4, mk: pv}, arg=arg)

    # safe abbreviations: the same value under a synonym / abbreviation of the plain label
    r152_DS = [
        ("phone", "Phone", "912 34 567", ["Tel.", "Tel", "Telephone", "Phone no.", "Phone number", "Contact phone",
                                          "Phone #", "Ph.", "Contact number"]),
        ("email", "Email", "ana.berg@kalo.no", ["E-mail", "E-mail address", "Email address", "E-Mail-Adresse",
                                                "Contact email", "Mail"]),
        ("address", "Address", "Storgata 5, 0150 Oslo", ["Addr.", "Current address", "Full address", "Contact address"]),
        ("date_of_birth", "Date of birth", "1984-03-12", ["DOB", "D.O.B.", "Birth date", "Born"]),
        ("name", "Name", "Ana Berg", ["Full name", "Customer name", "Contact name"]),
        ("customer_number", "Customer number", "10042", ["Customer no.", "Customer #", "Cust. no.", "Customer nr",
                                                        "Kundennummer"]),
    ]
    for r152_si, (mk, pl, pv, labs) in enumerate(r152_DS):
        keys = ["name", mk] if mk != "name" else ["name", "age"]
        sch = S({k: ("integer" if k == "age" else "string") for k in keys})
        ins = r152_ins(keys)
        nm = r152_nm() if mk != "name" else pv
        if mk == "name":
            bpr = ins + "Name: %s\nAge: 41\n" % pv
            bexp = {"name": pv, "age": 41}
        else:
            bpr = ins + "Name: %s\n%s: %s\n" % (nm, pl, pv)
            bexp = {"name": nm, mk: pv}
        for li, lab in enumerate(labs):
            if mk == "name":
                vpr = ins + "%s: %s\nAge: 41\n" % (lab, pv)
            else:
                vpr = ins + "Name: %s\n%s: %s\n" % (nm, lab, pv)
            r152_safe("DS%d-%d" % (r152_si, li), "abbr", sch, bpr, bexp, vpr)

    # ================================================================== E: other languages
    # (lang, member, plain label, own value, [(qualified label, other value, context)])
    r152_E = [
        ("de", "email", "E-Mail", "tor.lie@nordlys.no",
         [("Kunden-E-Mail", "kari.berg@post.no", "Rolle: Kurier\n"), ("E-Mail des Kunden", "kari.berg@post.no", "Rolle: Kurier\n"),
          ("Kontakt-E-Mail", "kari.berg@post.no", "Kontaktperson: Kari Berg (Tochter)\n"),
          ("E-Mail Kontaktperson", "kari.berg@post.no", "Kontaktperson: Kari Berg (Tochter)\n")]),
        ("de", "phone", "Telefon", "912 34 567",
         [("Kundentelefon", "400 11 222", "Rolle: Kurier\n"), ("Telefon Kunde", "400 11 222", "Rolle: Kurier\n"),
          ("Kontakttelefon", "400 11 222", "Kontaktperson: Kari Berg (Tochter)\n"),
          ("Telefon (Kontakt)", "400 11 222", "Kontaktperson: Kari Berg (Tochter)\n")]),
        ("de", "address", "Adresse", "Storgata 5, 0150 Oslo",
         [("Kundenadresse", "Bryggen 2, 5003 Bergen", "Rolle: Kurier\n"),
          ("Kontaktadresse", "Bryggen 2, 5003 Bergen", "Kontaktperson: Kari Berg (Tochter)\n")]),
        ("es", "email", "Correo electr\u00f3nico", "tor.lie@nordlys.no",
         [("Correo electr\u00f3nico del cliente", "kari.berg@post.no", "Rol: repartidor\n"),
          ("Correo del cliente", "kari.berg@post.no", "Rol: repartidor\n"),
          ("Correo electr\u00f3nico de contacto", "kari.berg@post.no", "Persona de contacto: Kari Berg (hija)\n")]),
        ("es", "phone", "Tel\u00e9fono", "912 34 567",
         [("Tel\u00e9fono del cliente", "400 11 222", "Rol: repartidor\n"),
          ("Tel\u00e9fono de contacto", "400 11 222", "Persona de contacto: Kari Berg (hija)\n")]),
        ("es", "address", "Direcci\u00f3n", "Storgata 5, 0150 Oslo",
         [("Direcci\u00f3n del cliente", "Bryggen 2, 5003 Bergen", "Rol: repartidor\n"),
          ("Direcci\u00f3n de contacto", "Bryggen 2, 5003 Bergen", "Persona de contacto: Kari Berg (hija)\n"),
          ("Direcci\u00f3n actual", "Bryggen 2, 5003 Bergen", "")]),
        ("fr", "email", "E-mail", "tor.lie@nordlys.no",
         [("E-mail du client", "kari.berg@post.no", "R\u00f4le : livreur\n"),
          ("E-mail de contact", "kari.berg@post.no", "Personne \u00e0 contacter : Kari Berg (fille)\n")]),
        ("fr", "phone", "T\u00e9l\u00e9phone", "912 34 567",
         [("T\u00e9l\u00e9phone du client", "400 11 222", "R\u00f4le : livreur\n"),
          ("T\u00e9l\u00e9phone de contact", "400 11 222", "Personne \u00e0 contacter : Kari Berg (fille)\n")]),
        ("fr", "address", "Adresse", "Storgata 5, 0150 Oslo",
         [("Adresse du client", "Bryggen 2, 5003 Bergen", "R\u00f4le : livreur\n"),
          ("Adresse e-mail", "kari.berg@post.no", "")]),
        ("nl", "email", "E-mail", "tor.lie@nordlys.no",
         [("E-mail klant", "kari.berg@post.no", "Rol: koerier\n"), ("Klant e-mail", "kari.berg@post.no", "Rol: koerier\n"),
          ("Contact e-mail", "kari.berg@post.no", "Contactpersoon: Kari Berg (dochter)\n")]),
        ("nl", "phone", "Telefoon", "912 34 567",
         [("Klanttelefoon", "400 11 222", "Rol: koerier\n"), ("Telefoon klant", "400 11 222", "Rol: koerier\n"),
          ("Contacttelefoon", "400 11 222", "Contactpersoon: Kari Berg (dochter)\n")]),
        ("nl", "address", "Adres", "Storgata 5, 0150 Oslo",
         [("Adres klant", "Bryggen 2, 5003 Bergen", "Rol: koerier\n"), ("Klantadres", "Bryggen 2, 5003 Bergen", "Rol: koerier\n")]),
        ("no", "email", "E-post", "tor.lie@nordlys.no",
         [("Kundens e-post", "kari.berg@post.no", "Rolle: bud\n"), ("Kunde-e-post", "kari.berg@post.no", "Rolle: bud\n"),
          ("E-post kunde", "kari.berg@post.no", "Rolle: bud\n"),
          ("Kontakt-e-post", "kari.berg@post.no", "Kontaktperson: Kari Berg (datter)\n")]),
        ("no", "phone", "Telefon", "912 34 567",
         [("Kundetelefon", "400 11 222", "Rolle: bud\n"), ("Telefon kunde", "400 11 222", "Rolle: bud\n"),
          ("Kontakttelefon", "400 11 222", "Kontaktperson: Kari Berg (datter)\n"),
          ("Telefon kontaktperson", "400 11 222", "Kontaktperson: Kari Berg (datter)\n")]),
        ("no", "address", "Adresse", "Storgata 5, 0150 Oslo",
         [("Kundeadresse", "Bryggen 2, 5003 Bergen", "Rolle: bud\n"), ("Kundens adresse", "Bryggen 2, 5003 Bergen", "Rolle: bud\n"),
          ("E-postadresse", "kari.berg@post.no", "")]),
    ]
    r152_NAMEL = {"de": "Name", "es": "Nombre", "fr": "Nom", "nl": "Naam", "no": "Navn"}
    for r152_ei, (lang, mk, pl, pv, quals) in enumerate(r152_E):
        sch = S({"name": "string", mk: "string"})
        ins = r152_ins(["name", mk])
        nl = r152_NAMEL[lang]
        for qi, (ql, ov, ctxl) in enumerate(quals):
            tag = "E%d-%s-%d" % (r152_ei, lang, qi)
            nm = r152_nm()
            r152_single(tag + "-only", "lang", sch, ins + "%s: %s\n%s%s: %s\n" % (nl, nm, ctxl, ql, ov),
                        {"name": nm, mk: r152_NS}, {"name": nm, mk: ov})
            nm2 = r152_nm()
            r152_single(tag + "-both", "lang", sch, ins + "%s: %s\n%s%s: %s\n%s: %s\n" % (nl, nm2, ctxl, pl, pv, ql, ov),
                        {"name": nm2, mk: pv}, {"name": nm2, mk: ov})
            nm3 = r152_nm()
            bpr = ins + "%s: %s\n%s%s: %s\n" % (nl, nm3, ctxl, pl, pv)
            r152_pair(tag + "-rl", "lang", sch, bpr, {"name": nm3, mk: pv},
                      ins + "%s: %s\n%s%s: %s\n" % (nl, nm3, ctxl, ql, pv), {"name": nm3, mk: r152_NS},
                      arg=("actual" in ql))
            bpr2 = ins + "%s: %s\n%s%s: %s\n%s: %s\n" % (nl, nm3, ctxl, pl, pv, ql, ov)
            r152_pair(tag + "-drop", "lang", sch, bpr2, {"name": nm3, mk: pv},
                      ins + "%s: %s\n%s%s: %s\n" % (nl, nm3, ctxl, ql, ov), {"name": nm3, mk: r152_NS},
                      stale={"name": nm3, mk: pv})

    # other languages: current vs expected / actual vs planned (member described in the language)
    # (lang, member, description = base label, base value, [(variant label, value)])
    r152_E2 = [
        ("de", "current_salary", "Aktuelles Gehalt", 520000,
         [("Erwartetes Gehalt", 600000), ("Gehaltsvorstellung", 600000), ("Gew\u00fcnschtes Gehalt", 600000),
          ("Voraussichtliches Gehalt", 600000)]),
        ("de", "actual_arrival", "Tats\u00e4chliche Ankunft", "15:20",
         [("Geplante Ankunft", "14:10"), ("Voraussichtliche Ankunft", "14:10"), ("Erwartete Ankunft", "14:10")]),
        ("es", "current_salary", "Salario actual", 520000,
         [("Salario esperado", 600000), ("Salario deseado", 600000), ("Salario previsto", 600000)]),
        ("es", "actual_arrival", "Llegada real", "15:20",
         [("Llegada prevista", "14:10"), ("Llegada esperada", "14:10"), ("Llegada programada", "14:10")]),
        ("fr", "current_salary", "Salaire actuel", 520000,
         [("Salaire attendu", 600000), ("Salaire souhait\u00e9", 600000), ("Salaire pr\u00e9vu", 600000)]),
        ("fr", "actual_arrival", "Arriv\u00e9e r\u00e9elle", "15:20",
         [("Arriv\u00e9e pr\u00e9vue", "14:10"), ("Arriv\u00e9e attendue", "14:10")]),
        ("nl", "current_salary", "Huidig salaris", 520000,
         [("Verwacht salaris", 600000), ("Gewenst salaris", 600000)]),
        ("nl", "actual_arrival", "Werkelijke aankomst", "15:20",
         [("Verwachte aankomst", "14:10"), ("Geplande aankomst", "14:10")]),
        ("no", "current_salary", "N\u00e5v\u00e6rende l\u00f8nn", 520000,
         [("Forventet l\u00f8nn", 600000), ("\u00d8nsket l\u00f8nn", 600000), ("L\u00f8nnsforventning", 600000)]),
        ("no", "actual_arrival", "Faktisk ankomst", "15:20",
         [("Forventet ankomst", "14:10"), ("Planlagt ankomst", "14:10"), ("Beregnet ankomst", "14:10")]),
        ("es", "current_address", "Direcci\u00f3n actual", "Bryggen 2, 5003 Bergen",
         [("Direcci\u00f3n anterior", "Storgata 5, 0150 Oslo"), ("Direcci\u00f3n de entrega prevista", "Storgata 5, 0150 Oslo")]),
    ]
    for r152_ei, (lang, mk, bl, bv, vars_) in enumerate(r152_E2):
        sch = S({"name": "string", mk: r152_ty(bv)}, desc={mk: bl})
        ins = r152_ins(["name", mk])
        nl = r152_NAMEL[lang]
        none = r152_none(bv)
        for vi, (vl, vv) in enumerate(vars_):
            tag = "E2-%d-%s-%d" % (r152_ei, lang, vi)
            nm = r152_nm()
            r152_single(tag + "-only", "lang2", sch, ins + "%s: %s\n%s: %s\n" % (nl, nm, vl, r152_fmt(vv)),
                        {"name": nm, mk: none}, {"name": nm, mk: vv})
            nm2 = r152_nm()
            r152_single(tag + "-both", "lang2", sch, ins + "%s: %s\n%s: %s\n%s: %s\n" % (nl, nm2, bl, r152_fmt(bv), vl, r152_fmt(vv)),
                        {"name": nm2, mk: bv}, {"name": nm2, mk: vv})
            nm3 = r152_nm()
            bpr = ins + "%s: %s\n%s: %s\n" % (nl, nm3, bl, r152_fmt(bv))
            r152_pair(tag + "-rl", "lang2", sch, bpr, {"name": nm3, mk: bv},
                      ins + "%s: %s\n%s: %s\n" % (nl, nm3, vl, r152_fmt(bv)), {"name": nm3, mk: none})

    # ================================================================== F: twins (members that differ only in free words)
    r152_F = [
        ("phone", "Phone", "912 34 567", "contact_phone", "Contact phone", "400 11 222"),
        ("email", "Email", "ana.berg@kalo.no", "customer_email", "Customer email", "post@nordlys.no"),
        ("name", "Name", "Ana", "full_name", "Full name", "Ana Marie Berg"),
        ("address", "Address", "Storgata 5, 0150 Oslo", "current_address", "Current address", "Bryggen 2, 5003 Bergen"),
        ("delivery_date", "Delivery date", "2026-05-12", "expected_delivery_date", "Expected delivery date", "2026-05-10"),
        ("arrival", "Arrival", "15:20", "expected_arrival", "Expected arrival", "14:10"),
        ("departure", "Departure", "09:10", "planned_departure", "Planned departure", "08:35"),
        ("price", "Price", 240.0, "full_price", "Full price", 300.0),
        ("city", "City", "Bergen", "current_city", "Current city", "Molde"),
        ("number", "Number", "5502", "customer_number", "Customer number", "10042"),
        ("customer_phone", "Customer phone", "912 34 567", "contact_phone", "Contact phone", "400 11 222"),
        ("customer_email", "Customer email", "ana.berg@kalo.no", "contact_email", "Contact email", "kari.berg@post.no"),
        ("salary", "Salary", 520000, "expected_salary", "Expected salary", 600000),
        ("cost", "Cost", 5400.0, "planned_cost", "Planned cost", 5000.0),
        ("phone", "Phone", "912 34 567", "phone_number", "Phone number", "400 11 222"),
        ("email", "Email", "ana.berg@kalo.no", "email_address", "Email address", "post@nordlys.no"),
        ("customer_number", "Customer number", "10042", "contact_number", "Contact number", "912 34 567"),
        ("balance", "Balance", 980.0, "current_balance", "Current balance", 1250.0),
        ("actual_arrival", "Actual arrival", "15:20", "expected_arrival", "Expected arrival", "14:10"),
        ("current_salary", "Current salary", 520000, "expected_salary", "Expected salary", 600000),
        ("address", "Address", "Storgata 5, 0150 Oslo", "email_address", "Email address", "post@nordlys.no"),
        ("room", "Room", "214", "room_number", "Room number", "215"),
        ("seats", "Seats", 3, "seat_number", "Seat number", 14),
        ("rooms", "Rooms", 2, "room_number", "Room number", 214),
    ]
    for r152_fi, (k1, l1, v1, k2, l2, v2) in enumerate(r152_F):
        sch = S({k1: r152_ty(v1), k2: r152_ty(v2)})
        ins = r152_ins([k1, k2])
        txt = ins + "%s: %s\n%s: %s\n" % (l1, r152_fmt(v1), l2, r152_fmt(v2))
        exp = {k1: v1, k2: v2}
        # singles (texts made unique by a reference line)
        for si, mis in enumerate([{k1: v2, k2: v1}, {k1: v2, k2: v2}, {k1: v1, k2: v1}]):
            if r152_ty(v1) != r152_ty(v2) and si > 0:
                continue
            r152_single("F%d-m%d" % (r152_fi, si), "twin", sch,
                        ins + "Ref: T-%d\n%s: %s\n%s: %s\n" % (r152_fi * 10 + si, l1, r152_fmt(v1), l2, r152_fmt(v2)),
                        exp, mis)
        # reversed line order single
        if r152_ty(v1) == r152_ty(v2):
          r152_single("F%d-rev" % r152_fi, "twin", sch,
                    ins + "Ref: T-%d\n%s: %s\n%s: %s\n" % (r152_fi * 10 + 7, l2, r152_fmt(v2), l1, r152_fmt(v1)),
                    exp, {k1: v2, k2: v1})
        # pair: values swapped
        if r152_ty(v1) == r152_ty(v2):
            r152_pair("F%d-sw" % r152_fi, "twin", sch, txt, exp,
                      ins + "%s: %s\n%s: %s\n" % (l1, r152_fmt(v2), l2, r152_fmt(v1)), {k1: v2, k2: v1})
        # pair: the free-word line dropped -> k2 not stated
        r152_pair("F%d-drop" % r152_fi, "twin", sch, txt, exp,
                  ins + "%s: %s\n" % (l1, r152_fmt(v1)), {k1: v1, k2: r152_none(v2)})
        # pair: labels swapped (values stay in place)
        r152_pair("F%d-lsw" % r152_fi, "twin", sch, txt, exp,
                  ins + "%s: %s\n%s: %s\n" % (l2, r152_fmt(v1), l1, r152_fmt(v2)), {k1: v2, k2: v1})
        # safe: lines reordered
        r152_safe("F%d-order" % r152_fi, "twin", sch, txt, exp,
                  ins + "%s: %s\n%s: %s\n" % (l2, r152_fmt(v2), l1, r152_fmt(v1)))
    # the single-member twin: one member, the plain field and the free-word field both present, model copies the other
    for r152_fi, (k1, l1, v1, k2, l2, v2) in enumerate(r152_F):
        if r152_ty(v1) != r152_ty(v2):
            continue
        sch = S({k1: r152_ty(v1)})
        ins = r152_ins([k1])
        r152_single("F1m%d-a" % r152_fi, "twin1", sch, ins + "Ref: U-%d\n%s: %s\n%s: %s\n" % (r152_fi, l1, r152_fmt(v1), l2, r152_fmt(v2)),
                    {k1: r152_none(v1)}, {k1: v2}, arg=True)
        sch2 = S({k2: r152_ty(v2)})
        ins2 = r152_ins([k2])
        r152_single("F1m%d-b" % r152_fi, "twin1", sch2, ins2 + "Ref: U-%d\n%s: %s\n%s: %s\n" % (r152_fi, l1, r152_fmt(v1), l2, r152_fmt(v2)),
                    {k2: v2}, {k2: v1})
        # only the plain field, the member with the free word: the plain field is another field
        if k2 in ("phone_number", "email_address") or (k1, k2) == ("room", "room_number"):
            continue  # the plain label names the same field: the plain value is right
        r152_single("F1m%d-c" % r152_fi, "twin1", sch2, ins2 + "Ref: V-%d\n%s: %s\n" % (r152_fi, l1, r152_fmt(v1)),
                    {k2: r152_none(v2)}, {k2: v1}, arg=(k2 not in ("seat_number", "room_number")))

    # ================================================================== G: the instruction picks the free-word field
    r152_G = [
        ("phone", "Phone", "912 34 567", "contact phone", "Contact phone", "400 11 222"),
        ("email", "Email", "ana.berg@kalo.no", "contact email", "Contact email", "kari.berg@post.no"),
        ("email", "Email", "ana.berg@kalo.no", "customer email", "Customer email", "post@nordlys.no"),
        ("address", "Address", "Storgata 5, 0150 Oslo", "current address", "Current address", "Bryggen 2, 5003 Bergen"),
        ("name", "Name", "Ana", "full name", "Full name", "Ana Marie Berg"),
        ("number", "Number", "5502", "customer number", "Customer number", "10042"),
        ("delivery_date", "Delivery date", "2026-05-12", "expected delivery date", "Expected delivery date", "2026-05-10"),
        ("arrival", "Arrival", "15:20", "expected arrival", "Expected arrival", "14:10"),
        ("price", "Price", 240.0, "full price", "Full price", 300.0),
        ("city", "City", "Bergen", "current city", "Current city", "Molde"),
        ("departure", "Departure", "09:10", "planned departure", "Planned departure", "08:35"),
        ("departure", "Departure", "09:10", "actual departure", "Actual departure", "09:40"),
    ]
    for r152_gi, (mk, l1, v1, asked, l2, v2) in enumerate(r152_G):
        sch = S({"ref": "string", mk: r152_ty(v1)})
        ref = "G-%d" % r152_gi
        ins_q = "Extract the ref and the %s as JSON.\n\nText:\n" % asked
        ins_p = "Extract the ref and the %s as JSON.\n\nText:\n" % r152_hum(mk)
        body = "Ref: %s\n%s: %s\n%s: %s\n" % (ref, l1, r152_fmt(v1), l2, r152_fmt(v2))
        r152_single("G%d-q" % r152_gi, "pick", sch, ins_q + body, {"ref": ref, mk: v2}, {"ref": ref, mk: v1})
        body2 = "Ref: %s-b\n%s: %s\n%s: %s\n" % (ref, l2, r152_fmt(v2), l1, r152_fmt(v1))
        r152_single("G%d-q2" % r152_gi, "pick", sch, ins_q + body2, {"ref": ref + "-b", mk: v2}, {"ref": ref + "-b", mk: v1})
        # plain ask over both: the plain field is the member's (arguable)
        body3 = "Ref: %s-c\n%s: %s\n%s: %s\n" % (ref, l1, r152_fmt(v1), l2, r152_fmt(v2))
        r152_single("G%d-p" % r152_gi, "pick", sch, ins_p + body3, {"ref": ref + "-c", mk: v1}, {"ref": ref + "-c", mk: v2},
                    arg=True)
        # pair: asked with the free word (stored), then asked plainly
        bodya = body.replace("Ref: %s\n" % ref, "Ref: %s-a\n" % ref)
        r152_pair("G%d-ask" % r152_gi, "pick", sch, ins_q + bodya, {"ref": ref + "-a", mk: v2},
                  ins_p + bodya, {"ref": ref + "-a", mk: v1}, arg=True)
        # pair: asked plainly over the free-word field alone (stored), then the free word asked with the plain field
        body4 = "Ref: %s-d\n%s: %s\n" % (ref, l2, r152_fmt(v2))
        body5 = "Ref: %s-d\n%s: %s\n%s: %s\n" % (ref, l1, r152_fmt(v1), l2, r152_fmt(v2))
        r152_pair("G%d-add" % r152_gi, "pick", sch, ins_q + body4, {"ref": ref + "-d", mk: v2},
                  ins_q + body5, {"ref": ref + "-d", mk: v2}, stale={"ref": ref + "-d", mk: v1})

    # ================================================================== H: canonical-form collisions of different words
    # (member, collided label, collided value, real label, real value)
    r152_H = [
        ("organization", "Organizer", "Tom Lie", "Organization", "Nordlys AS"),
        ("organizer", "Organization", "Nordlys AS", "Organizer", "Tom Lie"),
        ("employer", "Employee", "Tom Lie", "Employer", "Nordlys AS"),
        ("employee", "Employer", "Nordlys AS", "Employee", "Tom Lie"),
        ("employer", "Employment", "Full-time", "Employer", "Nordlys AS"),
        ("address", "Addressee", "Tom Lie", "Address", "Storgata 5, 0150 Oslo"),
        ("addressee", "Address", "Storgata 5, 0150 Oslo", "Addressee", "Tom Lie"),
        ("trainer", "Training", "Yoga basics", "Trainer", "Tom Lie"),
        ("training", "Trainer", "Tom Lie", "Training", "Yoga basics"),
        ("instructor", "Instruction", "Leave at the door", "Instructor", "Tom Lie"),
        ("inspector", "Inspection", "Passed", "Inspector", "Tom Lie"),
        ("editor", "Edition", "2nd edition", "Editor", "Tom Lie"),
        ("author", "Authority", "Oslo kommune", "Author", "Tom Lie"),
        ("translator", "Translation", "Norwegian", "Translator", "Tom Lie"),
        ("agent", "Agency", "Nordlys Bemanning", "Agent", "Tom Lie"),
        ("resident", "Residence", "Oslo", "Resident", "Tom Lie"),
        ("residence", "Resident", "Tom Lie", "Residence", "Oslo"),
        ("manager", "Management", "Nordlys Eiendom AS", "Manager", "Tom Lie"),
        ("supervisor", "Supervision", "Weekly", "Supervisor", "Tom Lie"),
        ("director", "Direction", "Northbound", "Director", "Tom Lie"),
        ("director", "Directory", "/home/ana", "Director", "Tom Lie"),
        ("operator", "Operation", "Knee surgery", "Operator", "Tom Lie"),
        ("producer", "Production", "Hedda Gabler", "Producer", "Tom Lie"),
        ("producer", "Product", "Desk lamp", "Producer", "Nordlys AS"),
        ("publisher", "Publication", "Aftenposten", "Publisher", "Schibsted"),
        ("tenant", "Tenancy", "12 months", "Tenant", "Tom Lie"),
        ("host", "Hostel", "Anker Hostel", "Host", "Tom Lie"),
        ("recipient", "Receipt", "R-2231", "Recipient", "Tom Lie"),
        ("payer", "Payee", "Nordlys AS", "Payer", "Tom Lie"),
        ("payee", "Payer", "Tom Lie", "Payee", "Nordlys AS"),
        ("payer", "Payment", "Card", "Payer", "Tom Lie"),
        ("lessee", "Lessor", "Nordlys Eiendom AS", "Lessee", "Tom Lie"),
        ("consignee", "Consignor", "Nordlys AS", "Consignee", "Fjordkraft ASA"),
        ("nominee", "Nominator", "Tom Lie", "Nominee", "Kari Berg"),
        ("interviewer", "Interviewee", "Kari Berg", "Interviewer", "Tom Lie"),
        ("referee", "Referrer", "Kari Berg", "Referee", "Tom Lie"),
        ("customer", "Customs", "Cleared", "Customer", "Nordlys AS"),
        ("customer", "Custom engraving", "A + K", "Customer", "Nordlys AS"),
        ("account", "Accountant", "Tom Lie", "Account", "1234.56.78901"),
        ("accountant", "Account", "1234.56.78901", "Accountant", "Tom Lie"),
        ("city", "Citizenship", "Norwegian", "City", "Bergen"),
        ("nationality", "Nation", "Sami", "Nationality", "Norwegian"),
        ("contact", "Contacted", "2026-05-03", "Contact", "Tom Lie"),
        ("contact", "Contact lens", "-2.5", "Contact", "Tom Lie"),
        ("sender", "Sent", "2026-05-03", "Sender", "Tom Lie"),
        ("guest", "Guesthouse", "Fjordtun", "Guest", "Tom Lie"),
        ("guest", "Guests", "3", "Guest", "Tom Lie"),
        ("room", "Rooms", "2", "Room", "214"),
        ("seat", "Seats", "3", "Seat", "14A"),
        ("item", "Items", "4", "Item", "Desk lamp"),
        ("child", "Children", "3", "Child", "Ola"),
        ("name", "Named", "Yes", "Name", "Ana Berg"),
        ("name", "Nameday", "12 March", "Name", "Ana Berg"),
        ("current", "Currency", "EUR", "Current", "16 A"),
        ("number", "Numbers", "3", "Number", "5502"),
        ("owner", "Ownership", "Private", "Owner", "Tom Lie"),
        ("driver", "Driving licence", "B", "Driver", "Tom Lie"),
        ("teacher", "Teaching", "Maths", "Teacher", "Tom Lie"),
        ("dealer", "Dealership", "Bil AS", "Dealer", "Tom Lie"),
        ("mother", "Motherboard", "ASUS B650", "Mother", "Kari Berg"),
        ("court", "Courtyard", "North", "Court", "Oslo tingrett"),
        ("port", "Portal", "Altinn", "Port", "Bergen"),
        ("station", "Stationery", "A4 paper", "Station", "Oslo S"),
        ("rating", "Current rating", "16 A", "Rating", "4.5 stars"),
    ]
    for r152_hi, (mk, cl, cv, rl, rv) in enumerate(r152_H):
        sch = S({"ref": "string", mk: "string"})
        ins = r152_ins(["ref", mk])
        ref = "H-%d" % r152_hi
        r152_single("H%d-only" % r152_hi, "stem", sch, ins + "Ref: %s\n%s: %s\n" % (ref, cl, cv),
                    {"ref": ref, mk: r152_NS}, {"ref": ref, mk: cv})
        r152_single("H%d-both" % r152_hi, "stem", sch, ins + "Ref: %s-b\n%s: %s\n%s: %s\n" % (ref, cl, cv, rl, rv),
                    {"ref": ref + "-b", mk: rv}, {"ref": ref + "-b", mk: cv})
        bpr = ins + "Ref: %s-c\n%s: %s\n" % (ref, rl, rv)
        r152_pair("H%d-rl" % r152_hi, "stem", sch, bpr, {"ref": ref + "-c", mk: rv},
                  ins + "Ref: %s-c\n%s: %s\n" % (ref, cl, rv), {"ref": ref + "-c", mk: r152_NS})
        bpr2 = ins + "Ref: %s-d\n%s: %s\n%s: %s\n" % (ref, rl, rv, cl, cv)
        r152_pair("H%d-sw" % r152_hi, "stem", sch, bpr2, {"ref": ref + "-d", mk: rv},
                  ins + "Ref: %s-d\n%s: %s\n%s: %s\n" % (ref, rl, cv, cl, rv), {"ref": ref + "-d", mk: cv})


    # ================================================================== A2: "Customer <attr>" on the record of someone who is not the customer
    r152_A2_ATTR = [
        ("mobile", "Mobile", "912 34 567", "400 11 222"),
        ("postcode", "Postcode", "0150", "5003"),
        ("zip", "Zip", "0150", "5003"),
        ("country", "Country", "Norway", "Sweden"),
        ("phone_number", "Phone number", "912 34 567", "400 11 222"),
        ("email_address", "Email address", "tor.lie@nordlys.no", "kari.berg@post.no"),
        ("street", "Street", "Storgata 5", "Bryggen 2"),
        ("company", "Company", "Nordlys AS", "Fjordkraft ASA"),
        ("age", "Age", 41, 67),
        ("city", "City", "Drammen", "Molde"),
    ]
    r152_A2_CTX = [
        ("role", "Name: {nm}\nRole: {role}\n"),
        ("emp", "Employee: {nm}\nName: {nm}\n"),
        ("title", "Name: {nm}\nJob title: {role}\n"),
        ("hdr", "Courier record\nName: {nm}\n"),
        ("sig", "Name: {nm}\nPosition: {role} at Nordlys AS\n"),
    ]
    r152_A2_Q = [("cust", "Customer {l}"), ("client", "Client {l}"), ("buyer", "Buyer {l}"), ("recip", "Recipient {l}"),
                 ("custs", "Customer's {l}"), ("custnum", "Customer {l} number"), ("custcur", "Current customer {l}"),
                 ("custfull", "Full customer {l}")]
    for r152_ai, (mk, ml, vc, vo) in enumerate(r152_A2_ATTR):
        sch = S({"name": "string", mk: r152_ty(vc)})
        ins = r152_ins(["name", mk])
        for (ct, cf) in r152_A2_CTX:
            for (qt, qf) in r152_A2_Q:
                if qt == "custnum" and mk not in ("phone", "mobile", "phone_number"):
                    continue
                ql = qf.replace("{l}", ml.lower())
                role = r152_ROLES[(r152_ai + len(qt) + len(ct)) % len(r152_ROLES)]
                tag = "A2-%d-%s-%s" % (r152_ai, ct, qt)
                nm = r152_nm()
                head = cf.replace("{nm}", nm).replace("{role}", role)
                r152_single(tag + "-only", "otherp2", sch, ins + head + "%s: %s\n" % (ql, r152_fmt(vo)),
                            {"name": nm, mk: r152_none(vc)}, {"name": nm, mk: vo})
                if ct in ("role", "title"):
                    nm3 = r152_nm()
                    head3 = cf.replace("{nm}", nm3).replace("{role}", role)
                    r152_pair(tag + "-rl", "otherp2", sch, ins + head3 + "%s: %s\n" % (ml, r152_fmt(vc)), {"name": nm3, mk: vc},
                              ins + head3 + "%s: %s\n" % (ql, r152_fmt(vc)), {"name": nm3, mk: r152_none(vc)})
        nm5 = r152_nm()
        head = "Name: %s\nRole: courier\n" % nm5
        r152_safe("A2-%d-sent" % r152_ai, "otherp2", sch, ins + head + "%s: %s\n" % (ml, r152_fmt(vc)), {"name": nm5, mk: vc},
                  "Please process the following record.\n" + ins + head + "%s: %s\n" % (ml, r152_fmt(vc)))

    # ================================================================== C2: ids as strings, counts as integers; other count nouns
    r152_C2 = [("room", "rooms", "214", 2), ("seat", "seats", "14", 3), ("ticket", "tickets", "4711", 4),
               ("cabin", "cabins", "8", 2), ("locker", "lockers", "33", 2), ("parcel", "parcels", "550", 3),
               ("night", "nights", "3", 5), ("adult", "adults", "2", 3), ("lesson", "lessons", "6", 10),
               ("session", "sessions", "4", 8), ("visit", "visits", "2", 5), ("dose", "doses", "2", 3)]
    for r152_ci, (sg, pl, idv, cnv) in enumerate(r152_C2):
        Sg, Pl = sg.capitalize(), pl.capitalize()
        ik = sg + "_number"
        sch = S({"name": "string", ik: "string"})
        ins = r152_ins(["name", ik])
        for lt, lab in [("numof", "Number of %s" % pl), ("noof", "No. of %s" % pl), ("bare", Pl), ("pnum", "%s number" % Pl)]:
            nm = r152_nm()
            r152_single("C2-%d-id-%s-only" % (r152_ci, lt), "numid2", sch, ins + "Name: %s\n%s: %d\n" % (nm, lab, cnv),
                        {"name": nm, ik: r152_NS}, {"name": nm, ik: str(cnv)})
            nm2 = r152_nm()
            r152_pair("C2-%d-id-%s-rl" % (r152_ci, lt), "numid2", sch, ins + "Name: %s\n%s number: %d\n" % (nm2, Sg, cnv),
                      {"name": nm2, ik: str(cnv)}, ins + "Name: %s\n%s: %d\n" % (nm2, lab, cnv), {"name": nm2, ik: r152_NS})
        ck = "number_of_" + pl
        sch = S({"name": "string", ck: "integer"})
        ins = r152_ins(["name", ck])
        for lt, lab in [("num", "%s number" % Sg), ("hash", "%s #" % Sg), ("bare", Sg), ("no", "%s no." % Sg)]:
            nm = r152_nm()
            r152_single("C2-%d-cnt-%s-only" % (r152_ci, lt), "numcnt2", sch, ins + "Name: %s\n%s: %s\n" % (nm, lab, idv),
                        {"name": nm, ck: r152_NN}, {"name": nm, ck: int(idv)})
            nm2 = r152_nm()
            r152_pair("C2-%d-cnt-%s-rl" % (r152_ci, lt), "numcnt2", sch, ins + "Name: %s\nNumber of %s: %d\n" % (nm2, pl, cnv),
                      {"name": nm2, ck: cnv}, ins + "Name: %s\n%s: %d\n" % (nm2, lab, cnv), {"name": nm2, ck: r152_NN})



r152_gen()


# ================================================================== arguable after reading the joint run
def r152_mark_arguable(pred):
    for p in P:
        if p["id"].startswith("d152-") and not p["id"].startswith("d152-b-") and not p["safe"] and pred(p["id"]):
            if not p["family"].endswith("_arguable"):
                p["family"] += "_arguable"
            r152_arguable.add(p["id"])


# a plural label over one value ("Guests: Tom Lie", "Rooms: 214") may list that one value; "Numbers", "Current rating"
r152_mark_arguable(lambda i: any(i.startswith("d152-v-H%d-rl" % k) for k in (46, 47, 48, 49, 50, 54))
                   or i in ("d152-s-H54-only", "d152-s-H63-only", "d152-s-H63-both", "d152-v-H63-rl"))
# "Number rooms" / "Rooms number" for a room number; nights and adults counted as an id
r152_mark_arguable(lambda i: any(i.startswith("d152-%s-C%d-id-%s-" % (k, n, t)) for k in "sv" for n in range(30)
                                 for t in ("num", "pnum")))
r152_mark_arguable(lambda i: any(i.startswith("d152-%s-C2-%d-" % (k, n)) for k in "sv" for n in (6, 7))
                   or any(i.startswith("d152-%s-C2-%d-id-pnum" % (k, n)) for k in "sv" for n in range(12)))


# every id of an item confirmed alone (clear and arguable), bases included, for probe_kit.sample_round
r152_found = {
    'd152-b-1314', 'd152-b-1316', 'd152-b-1318', 'd152-b-1320',
    'd152-b-1330', 'd152-b-1504', 'd152-b-1506', 'd152-b-1507',
    'd152-b-1508', 'd152-b-1509', 'd152-b-1510', 'd152-b-1512',
    'd152-b-1514', 'd152-b-1515', 'd152-b-1516', 'd152-b-1517',
    'd152-b-1518', 'd152-b-1520', 'd152-b-1522', 'd152-b-1523',
    'd152-b-1524', 'd152-b-1525', 'd152-b-1526', 'd152-b-1528',
    'd152-b-1530', 'd152-b-1531', 'd152-b-1532', 'd152-b-1533',
    'd152-b-1534', 'd152-b-1536', 'd152-b-1538', 'd152-b-1539',
    'd152-b-1540', 'd152-b-1541', 'd152-b-1542', 'd152-b-1544',
    'd152-b-1546', 'd152-b-1547', 'd152-b-1548', 'd152-b-1549',
    'd152-b-1550', 'd152-b-1552', 'd152-b-1554', 'd152-b-1555',
    'd152-b-1556', 'd152-b-1557', 'd152-b-1558', 'd152-b-1560',
    'd152-b-1562', 'd152-b-1563', 'd152-b-1564', 'd152-b-1565',
    'd152-b-1566', 'd152-b-1568', 'd152-b-1570', 'd152-b-1571',
    'd152-b-1572', 'd152-b-1573', 'd152-b-1574', 'd152-b-1576',
    'd152-b-1578', 'd152-b-1579', 'd152-b-1580', 'd152-b-1581',
    'd152-b-1582', 'd152-b-1584', 'd152-b-1586', 'd152-b-1587',
    'd152-b-1588', 'd152-b-1589', 'd152-b-1590', 'd152-b-1592',
    'd152-b-1594', 'd152-b-1595', 'd152-b-1596', 'd152-b-1597',
    'd152-b-1598', 'd152-b-338', 'd152-b-340', 'd152-b-342',
    'd152-b-349', 'd152-b-352', 'd152-b-354', 'd152-b-355',
    'd152-b-356', 'd152-b-357', 'd152-b-358', 'd152-b-362',
    'd152-b-364', 'd152-b-366', 'd152-b-376', 'd152-b-378',
    'd152-b-379', 'd152-b-380', 'd152-b-381', 'd152-b-382',
    'd152-b-386', 'd152-b-388', 'd152-b-390', 'd152-b-395',
    'd152-b-396', 'd152-b-400', 'd152-b-402', 'd152-b-403',
    'd152-b-404', 'd152-b-405', 'd152-b-406', 'd152-b-410',
    'd152-b-412', 'd152-b-414', 'd152-b-417', 'd152-b-419',
    'd152-b-420', 'd152-b-424', 'd152-b-426', 'd152-b-427',
    'd152-b-428', 'd152-b-429', 'd152-b-430', 'd152-b-434',
    'd152-b-436', 'd152-b-438', 'd152-b-443', 'd152-b-444',
    'd152-b-445', 'd152-b-448', 'd152-b-450', 'd152-b-451',
    'd152-b-452', 'd152-b-453', 'd152-b-454', 'd152-b-458',
    'd152-b-460', 'd152-b-462', 'd152-b-467', 'd152-b-468',
    'd152-b-472', 'd152-b-474', 'd152-b-475', 'd152-b-476',
    'd152-b-477', 'd152-b-478', 'd152-b-482', 'd152-b-484',
    'd152-b-486', 'd152-b-489', 'd152-b-491', 'd152-b-492',
    'd152-b-493', 'd152-b-496', 'd152-b-498', 'd152-b-499',
    'd152-b-500', 'd152-b-501', 'd152-b-502', 'd152-b-506',
    'd152-b-508', 'd152-b-510', 'd152-b-517', 'd152-b-520',
    'd152-b-522', 'd152-b-523', 'd152-b-524', 'd152-b-525',
    'd152-b-526', 'd152-b-530', 'd152-b-532', 'd152-b-534',
    'd152-b-539', 'd152-b-540', 'd152-b-544', 'd152-b-546',
    'd152-b-547', 'd152-b-548', 'd152-b-549', 'd152-b-550',
    'd152-b-554', 'd152-b-556', 'd152-b-558', 'd152-b-564',
    'd152-b-565', 'd152-b-568', 'd152-b-570', 'd152-b-571',
    'd152-b-572', 'd152-b-573', 'd152-b-574', 'd152-b-578',
    'd152-b-580', 'd152-b-582', 'd152-b-587', 'd152-b-588',
    'd152-b-589', 'd152-b-592', 'd152-b-594', 'd152-b-595',
    'd152-b-596', 'd152-b-597', 'd152-b-598', 'd152-b-602',
    'd152-b-604', 'd152-b-606', 'd152-b-611', 'd152-b-612',
    'd152-b-613', 'd152-b-616', 'd152-b-618', 'd152-b-619',
    'd152-b-620', 'd152-b-621', 'd152-b-622', 'd152-b-626',
    'd152-b-628', 'd152-b-630', 'd152-b-636', 'd152-b-637',
    'd152-b-640', 'd152-b-642', 'd152-b-643', 'd152-b-644',
    'd152-b-645', 'd152-b-646', 'd152-b-650', 'd152-b-652',
    'd152-b-654', 'd152-b-660', 'd152-b-661', 'd152-b-664',
    'd152-b-666', 'd152-b-667', 'd152-b-668', 'd152-b-669',
    'd152-b-670', 'd152-b-674', 'd152-b-676', 'd152-b-678',
    'd152-b-681', 'd152-b-683', 'd152-b-684', 'd152-b-685',
    'd152-b-688', 'd152-b-690', 'd152-b-691', 'd152-b-692',
    'd152-b-693', 'd152-b-694', 'd152-b-698', 'd152-b-700',
    'd152-b-702', 'd152-b-707', 'd152-b-708', 'd152-b-709',
    'd152-b-712', 'd152-b-714', 'd152-b-715', 'd152-b-716',
    'd152-b-717', 'd152-b-718', 'd152-b-722', 'd152-b-724',
    'd152-b-726', 'd152-b-731', 'd152-b-732', 'd152-b-733',
    'd152-b-736', 'd152-b-738', 'd152-b-739', 'd152-b-740',
    'd152-b-741', 'd152-b-742', 'd152-b-746', 'd152-b-748',
    'd152-b-750', 'd152-b-755', 'd152-b-756', 'd152-b-760',
    'd152-b-762', 'd152-b-763', 'd152-b-764', 'd152-b-765',
    'd152-b-766', 'd152-b-770', 'd152-b-772', 'd152-b-774',
    'd152-b-777', 'd152-b-779', 'd152-b-780', 'd152-b-784',
    'd152-b-786', 'd152-b-787', 'd152-b-788', 'd152-b-789',
    'd152-b-790', 'd152-b-794', 'd152-b-796', 'd152-b-798',
    'd152-b-801', 'd152-b-803', 'd152-b-804', 'd152-b-805',
    'd152-b-808', 'd152-b-810', 'd152-b-811', 'd152-b-812',
    'd152-b-813', 'd152-b-814', 'd152-b-818', 'd152-b-820',
    'd152-b-822', 'd152-b-832', 'd152-b-834', 'd152-b-835',
    'd152-b-836', 'd152-b-837', 'd152-b-838', 'd152-s-A0-client-only',
    'd152-s-A0-cust-only', 'd152-s-A0-custcont-only', 'd152-s-A0-custhy-only', 'd152-s-A0-custof-only',
    'd152-s-A0-custpl-only', 'd152-s-A0-custs-only', 'd152-s-A0-custup-only', 'd152-s-A1-client-only',
    'd152-s-A1-cust-only', 'd152-s-A1-custcont-only', 'd152-s-A1-custhy-only', 'd152-s-A1-custof-only',
    'd152-s-A1-custpl-only', 'd152-s-A1-custs-only', 'd152-s-A1-custup-only', 'd152-s-A2-0-role-client-only',
    'd152-s-A2-0-role-cust-only', 'd152-s-A2-0-role-custcur-only', 'd152-s-A2-0-role-custnum-only', 'd152-s-A2-0-role-custs-only',
    'd152-s-A2-0-sig-client-only', 'd152-s-A2-0-sig-cust-only', 'd152-s-A2-0-sig-custcur-only', 'd152-s-A2-0-sig-custnum-only',
    'd152-s-A2-0-sig-custs-only', 'd152-s-A2-0-title-client-only', 'd152-s-A2-0-title-cust-only', 'd152-s-A2-0-title-custcur-only',
    'd152-s-A2-0-title-custfull-only', 'd152-s-A2-0-title-custnum-only', 'd152-s-A2-0-title-custs-only', 'd152-s-A2-1-role-client-only',
    'd152-s-A2-1-role-cust-only', 'd152-s-A2-1-role-custs-only', 'd152-s-A2-1-sig-custcur-only', 'd152-s-A2-1-sig-custfull-only',
    'd152-s-A2-1-title-client-only', 'd152-s-A2-1-title-cust-only', 'd152-s-A2-1-title-custs-only', 'd152-s-A2-2-role-client-only',
    'd152-s-A2-2-role-cust-only', 'd152-s-A2-2-role-custs-only', 'd152-s-A2-2-sig-client-only', 'd152-s-A2-2-sig-cust-only',
    'd152-s-A2-2-sig-custs-only', 'd152-s-A2-2-title-client-only', 'd152-s-A2-2-title-cust-only', 'd152-s-A2-2-title-custcur-only',
    'd152-s-A2-2-title-custfull-only', 'd152-s-A2-2-title-custs-only', 'd152-s-A2-3-role-client-only', 'd152-s-A2-3-role-cust-only',
    'd152-s-A2-3-role-custs-only', 'd152-s-A2-3-sig-client-only', 'd152-s-A2-3-sig-cust-only', 'd152-s-A2-3-sig-custs-only',
    'd152-s-A2-3-title-client-only', 'd152-s-A2-3-title-cust-only', 'd152-s-A2-3-title-custs-only', 'd152-s-A2-4-role-client-only',
    'd152-s-A2-4-role-cust-only', 'd152-s-A2-4-role-custs-only', 'd152-s-A2-4-title-client-only', 'd152-s-A2-4-title-cust-only',
    'd152-s-A2-5-role-client-only', 'd152-s-A2-5-role-cust-only', 'd152-s-A2-5-role-custs-only', 'd152-s-A2-5-sig-client-only',
    'd152-s-A2-5-sig-cust-only', 'd152-s-A2-5-sig-custs-only', 'd152-s-A2-5-title-client-only', 'd152-s-A2-5-title-cust-only',
    'd152-s-A2-5-title-custs-only', 'd152-s-A2-6-role-client-only', 'd152-s-A2-6-role-cust-only', 'd152-s-A2-6-role-custs-only',
    'd152-s-A2-6-sig-client-only', 'd152-s-A2-6-sig-cust-only', 'd152-s-A2-6-sig-custs-only', 'd152-s-A2-6-title-client-only',
    'd152-s-A2-6-title-cust-only', 'd152-s-A2-6-title-custcur-only', 'd152-s-A2-6-title-custfull-only', 'd152-s-A2-6-title-custs-only',
    'd152-s-A2-7-role-client-only', 'd152-s-A2-7-role-cust-only', 'd152-s-A2-7-role-custs-only', 'd152-s-A2-7-sig-client-only',
    'd152-s-A2-7-sig-cust-only', 'd152-s-A2-7-sig-custs-only', 'd152-s-A2-7-title-client-only', 'd152-s-A2-7-title-cust-only',
    'd152-s-A2-7-title-custs-only', 'd152-s-A2-8-role-client-only', 'd152-s-A2-8-role-cust-only', 'd152-s-A2-8-role-custcur-only',
    'd152-s-A2-8-role-custfull-only', 'd152-s-A2-8-role-custs-only', 'd152-s-A2-8-sig-client-only', 'd152-s-A2-8-sig-cust-only',
    'd152-s-A2-8-sig-custs-only', 'd152-s-A2-8-title-client-only', 'd152-s-A2-8-title-cust-only', 'd152-s-A2-8-title-custcur-only',
    'd152-s-A2-8-title-custfull-only', 'd152-s-A2-8-title-custs-only', 'd152-s-A2-9-role-custfull-only', 'd152-s-A2-9-sig-client-only',
    'd152-s-A2-9-sig-cust-only', 'd152-s-A2-9-sig-custs-only', 'd152-s-A2-9-title-client-only', 'd152-s-A2-9-title-cust-only',
    'd152-s-A2-9-title-custs-only', 'd152-s-A3-client-only', 'd152-s-A3-cust-only', 'd152-s-A3-custcont-only',
    'd152-s-A3-custhy-only', 'd152-s-A3-custof-only', 'd152-s-A3-custpl-only', 'd152-s-A3-custs-only',
    'd152-s-A3-custup-only', 'd152-s-A4-custhy-only', 'd152-s-B28-1-only', 'd152-s-C0-id-bare-only',
    'd152-s-C0-id-hashof-only', 'd152-s-C0-id-hashp-only', 'd152-s-C0-id-num-only', 'd152-s-C0-id-numof-only',
    'd152-s-C0-id-pnum-only', 'd152-s-C0-num-bare-only', 'd152-s-C0-num-hash-only', 'd152-s-C0-num-num-only',
    'd152-s-C1-id-bare-only', 'd152-s-C1-id-hashof-only', 'd152-s-C1-id-hashp-only', 'd152-s-C1-id-numof-only',
    'd152-s-C1-id-pnum-only', 'd152-s-C1-num-bare-only', 'd152-s-C1-num-hash-only', 'd152-s-C1-num-num-only',
    'd152-s-C10-id-bare-only', 'd152-s-C10-id-hashof-only', 'd152-s-C10-id-hashp-only', 'd152-s-C10-id-num-only',
    'd152-s-C10-id-numof-only', 'd152-s-C10-id-pnum-only', 'd152-s-C10-num-bare-only', 'd152-s-C10-num-hash-only',
    'd152-s-C10-num-num-only', 'd152-s-C11-id-bare-only', 'd152-s-C11-id-hashof-only', 'd152-s-C11-id-hashp-only',
    'd152-s-C11-id-num-only', 'd152-s-C11-id-numof-only', 'd152-s-C11-id-pnum-only', 'd152-s-C11-num-bare-only',
    'd152-s-C11-num-hash-only', 'd152-s-C11-num-num-only', 'd152-s-C12-id-bare-only', 'd152-s-C12-id-hashof-only',
    'd152-s-C12-id-hashp-only', 'd152-s-C12-id-num-only', 'd152-s-C12-id-numof-only', 'd152-s-C12-id-pnum-only',
    'd152-s-C12-num-bare-only', 'd152-s-C12-num-hash-only', 'd152-s-C12-num-num-only', 'd152-s-C13-id-bare-only',
    'd152-s-C13-id-hashof-only', 'd152-s-C13-id-hashp-only', 'd152-s-C13-id-num-only', 'd152-s-C13-id-numof-only',
    'd152-s-C13-id-pnum-only', 'd152-s-C13-num-bare-only', 'd152-s-C13-num-hash-only', 'd152-s-C13-num-num-only',
    'd152-s-C14-id-bare-only', 'd152-s-C14-id-hashof-only', 'd152-s-C14-id-hashp-only', 'd152-s-C14-id-num-only',
    'd152-s-C14-id-numof-only', 'd152-s-C14-id-pnum-only', 'd152-s-C14-num-bare-only', 'd152-s-C14-num-hash-only',
    'd152-s-C14-num-num-only', 'd152-s-C15-id-bare-only', 'd152-s-C15-id-hashof-only', 'd152-s-C15-id-hashp-only',
    'd152-s-C15-id-num-only', 'd152-s-C15-id-numof-only', 'd152-s-C15-id-pnum-only', 'd152-s-C15-num-bare-only',
    'd152-s-C15-num-hash-only', 'd152-s-C15-num-num-only', 'd152-s-C16-id-bare-only', 'd152-s-C16-id-hashof-only',
    'd152-s-C16-id-hashp-only', 'd152-s-C16-id-num-only', 'd152-s-C16-id-numof-only', 'd152-s-C16-id-pnum-only',
    'd152-s-C16-num-bare-only', 'd152-s-C16-num-hash-only', 'd152-s-C16-num-num-only', 'd152-s-C17-id-bare-only',
    'd152-s-C17-id-hashof-only', 'd152-s-C17-id-hashp-only', 'd152-s-C17-id-num-only', 'd152-s-C17-id-numof-only',
    'd152-s-C17-id-pnum-only', 'd152-s-C17-num-bare-only', 'd152-s-C17-num-hash-only', 'd152-s-C17-num-num-only',
    'd152-s-C18-id-bare-only', 'd152-s-C18-id-hashof-only', 'd152-s-C18-id-hashp-only', 'd152-s-C18-id-num-only',
    'd152-s-C18-id-numof-only', 'd152-s-C18-id-pnum-only', 'd152-s-C18-num-bare-only', 'd152-s-C18-num-hash-only',
    'd152-s-C18-num-num-only', 'd152-s-C19-id-bare-only', 'd152-s-C19-id-hashof-only', 'd152-s-C19-id-hashp-only',
    'd152-s-C19-id-num-only', 'd152-s-C19-id-numof-only', 'd152-s-C19-id-pnum-only', 'd152-s-C19-num-bare-only',
    'd152-s-C19-num-hash-only', 'd152-s-C19-num-num-only', 'd152-s-C2-0-cnt-bare-only', 'd152-s-C2-0-cnt-hash-only',
    'd152-s-C2-0-cnt-num-only', 'd152-s-C2-0-id-bare-only', 'd152-s-C2-0-id-numof-only', 'd152-s-C2-0-id-pnum-only',
    'd152-s-C2-1-cnt-bare-only', 'd152-s-C2-1-cnt-hash-only', 'd152-s-C2-1-cnt-num-only', 'd152-s-C2-1-id-bare-only',
    'd152-s-C2-1-id-numof-only', 'd152-s-C2-1-id-pnum-only', 'd152-s-C2-10-cnt-bare-only', 'd152-s-C2-10-cnt-hash-only',
    'd152-s-C2-10-cnt-num-only', 'd152-s-C2-10-id-bare-only', 'd152-s-C2-10-id-numof-only', 'd152-s-C2-10-id-pnum-only',
    'd152-s-C2-11-cnt-bare-only', 'd152-s-C2-11-cnt-hash-only', 'd152-s-C2-11-cnt-num-only', 'd152-s-C2-11-id-bare-only',
    'd152-s-C2-11-id-numof-only', 'd152-s-C2-11-id-pnum-only', 'd152-s-C2-2-cnt-bare-only', 'd152-s-C2-2-cnt-hash-only',
    'd152-s-C2-2-cnt-num-only', 'd152-s-C2-2-id-bare-only', 'd152-s-C2-2-id-numof-only', 'd152-s-C2-2-id-pnum-only',
    'd152-s-C2-3-cnt-bare-only', 'd152-s-C2-3-cnt-hash-only', 'd152-s-C2-3-cnt-num-only', 'd152-s-C2-3-id-bare-only',
    'd152-s-C2-3-id-numof-only', 'd152-s-C2-3-id-pnum-only', 'd152-s-C2-4-cnt-bare-only', 'd152-s-C2-4-cnt-hash-only',
    'd152-s-C2-4-cnt-num-only', 'd152-s-C2-4-id-bare-only', 'd152-s-C2-4-id-numof-only', 'd152-s-C2-4-id-pnum-only',
    'd152-s-C2-5-cnt-bare-only', 'd152-s-C2-5-cnt-hash-only', 'd152-s-C2-5-cnt-num-only', 'd152-s-C2-5-id-bare-only',
    'd152-s-C2-5-id-numof-only', 'd152-s-C2-5-id-pnum-only', 'd152-s-C2-6-cnt-bare-only', 'd152-s-C2-6-cnt-hash-only',
    'd152-s-C2-6-cnt-num-only', 'd152-s-C2-6-id-bare-only', 'd152-s-C2-6-id-numof-only', 'd152-s-C2-6-id-pnum-only',
    'd152-s-C2-7-cnt-bare-only', 'd152-s-C2-7-cnt-hash-only', 'd152-s-C2-7-cnt-num-only', 'd152-s-C2-7-id-bare-only',
    'd152-s-C2-7-id-numof-only', 'd152-s-C2-7-id-pnum-only', 'd152-s-C2-8-cnt-bare-only', 'd152-s-C2-8-cnt-hash-only',
    'd152-s-C2-8-cnt-num-only', 'd152-s-C2-8-id-bare-only', 'd152-s-C2-8-id-numof-only', 'd152-s-C2-8-id-pnum-only',
    'd152-s-C2-9-cnt-bare-only', 'd152-s-C2-9-cnt-hash-only', 'd152-s-C2-9-cnt-num-only', 'd152-s-C2-9-id-bare-only',
    'd152-s-C2-9-id-numof-only', 'd152-s-C2-9-id-pnum-only', 'd152-s-C2-id-bare-only', 'd152-s-C2-id-hashof-only',
    'd152-s-C2-id-hashp-only', 'd152-s-C2-id-num-only', 'd152-s-C2-id-numof-only', 'd152-s-C2-id-pnum-only',
    'd152-s-C2-num-bare-only', 'd152-s-C2-num-hash-only', 'd152-s-C2-num-num-only', 'd152-s-C20-id-bare-only',
    'd152-s-C20-id-hashof-only', 'd152-s-C20-id-hashp-only', 'd152-s-C20-id-num-only', 'd152-s-C20-id-numof-only',
    'd152-s-C20-id-pnum-only', 'd152-s-C20-num-bare-only', 'd152-s-C20-num-hash-only', 'd152-s-C20-num-num-only',
    'd152-s-C3-id-bare-only', 'd152-s-C3-id-hashof-only', 'd152-s-C3-id-hashp-only', 'd152-s-C3-id-num-only',
    'd152-s-C3-id-numof-only', 'd152-s-C3-id-pnum-only', 'd152-s-C3-num-bare-only', 'd152-s-C3-num-hash-only',
    'd152-s-C3-num-num-only', 'd152-s-C4-id-bare-only', 'd152-s-C4-id-hashof-only', 'd152-s-C4-id-hashp-only',
    'd152-s-C4-id-num-only', 'd152-s-C4-id-numof-only', 'd152-s-C4-id-pnum-only', 'd152-s-C4-num-bare-only',
    'd152-s-C4-num-hash-only', 'd152-s-C4-num-num-only', 'd152-s-C5-id-bare-only', 'd152-s-C5-id-hashof-only',
    'd152-s-C5-id-hashp-only', 'd152-s-C5-id-num-only', 'd152-s-C5-id-numof-only', 'd152-s-C5-id-pnum-only',
    'd152-s-C5-num-bare-only', 'd152-s-C5-num-hash-only', 'd152-s-C5-num-num-only', 'd152-s-C6-id-bare-only',
    'd152-s-C6-id-hashof-only', 'd152-s-C6-id-hashp-only', 'd152-s-C6-id-num-only', 'd152-s-C6-id-numof-only',
    'd152-s-C6-id-pnum-only', 'd152-s-C6-num-bare-only', 'd152-s-C6-num-hash-only', 'd152-s-C6-num-num-only',
    'd152-s-C7-id-bare-only', 'd152-s-C7-id-hashof-only', 'd152-s-C7-id-hashp-only', 'd152-s-C7-id-num-only',
    'd152-s-C7-id-numof-only', 'd152-s-C7-id-pnum-only', 'd152-s-C7-num-bare-only', 'd152-s-C7-num-hash-only',
    'd152-s-C7-num-num-only', 'd152-s-C8-id-bare-only', 'd152-s-C8-id-hashof-only', 'd152-s-C8-id-hashp-only',
    'd152-s-C8-id-num-only', 'd152-s-C8-id-numof-only', 'd152-s-C8-id-pnum-only', 'd152-s-C8-num-bare-only',
    'd152-s-C8-num-hash-only', 'd152-s-C8-num-num-only', 'd152-s-C9-id-bare-only', 'd152-s-C9-id-hashof-only',
    'd152-s-C9-id-hashp-only', 'd152-s-C9-id-num-only', 'd152-s-C9-id-numof-only', 'd152-s-C9-id-pnum-only',
    'd152-s-C9-num-bare-only', 'd152-s-C9-num-hash-only', 'd152-s-C9-num-num-only', 'd152-s-D-no-acct2-only',
    'd152-s-D-tel-cell-only', 'd152-s-D-tel-cust-only', 'd152-s-F1m22-c', 'd152-s-F1m23-c',
    'd152-s-F1m7-c', 'd152-s-H47-only', 'd152-s-H48-only', 'd152-s-H49-only',
    'd152-s-H54-only', 'd152-s-H63-only', 'd152-v-C0-id-bare-rl', 'd152-v-C0-id-hashof-rl',
    'd152-v-C0-id-hashp-rl', 'd152-v-C0-id-num-rl', 'd152-v-C0-id-numof-rl', 'd152-v-C0-id-pnum-rl',
    'd152-v-C0-num-bare-rl', 'd152-v-C0-num-hash-rl', 'd152-v-C0-num-num-rl', 'd152-v-C0-roo-bare-rl',
    'd152-v-C1-id-bare-rl', 'd152-v-C1-id-hashof-rl', 'd152-v-C1-id-hashp-rl', 'd152-v-C1-id-num-rl',
    'd152-v-C1-id-numof-rl', 'd152-v-C1-id-pnum-rl', 'd152-v-C1-num-bare-rl', 'd152-v-C1-num-hash-rl',
    'd152-v-C1-num-num-rl', 'd152-v-C10-id-bare-rl', 'd152-v-C10-id-hashof-rl', 'd152-v-C10-id-hashp-rl',
    'd152-v-C10-id-num-rl', 'd152-v-C10-id-numof-rl', 'd152-v-C10-id-pnum-rl', 'd152-v-C10-num-bare-rl',
    'd152-v-C10-num-hash-rl', 'd152-v-C10-num-num-rl', 'd152-v-C10-pas-bare-rl', 'd152-v-C10-pas-hash-rl',
    'd152-v-C10-pas-nr-rl', 'd152-v-C11-emp-bare-rl', 'd152-v-C11-emp-hash-rl', 'd152-v-C11-emp-nr-rl',
    'd152-v-C11-id-bare-rl', 'd152-v-C11-id-hashof-rl', 'd152-v-C11-id-hashp-rl', 'd152-v-C11-id-num-rl',
    'd152-v-C11-id-numof-rl', 'd152-v-C11-id-pnum-rl', 'd152-v-C11-num-bare-rl', 'd152-v-C11-num-hash-rl',
    'd152-v-C11-num-num-rl', 'd152-v-C12-id-bare-rl', 'd152-v-C12-id-hashof-rl', 'd152-v-C12-id-hashp-rl',
    'd152-v-C12-id-num-rl', 'd152-v-C12-id-numof-rl', 'd152-v-C12-id-pnum-rl', 'd152-v-C12-mem-bare-rl',
    'd152-v-C12-mem-nr-rl', 'd152-v-C12-num-bare-rl', 'd152-v-C12-num-hash-rl', 'd152-v-C12-num-num-rl',
    'd152-v-C13-id-bare-rl', 'd152-v-C13-id-hashof-rl', 'd152-v-C13-id-hashp-rl', 'd152-v-C13-id-num-rl',
    'd152-v-C13-id-numof-rl', 'd152-v-C13-id-pnum-rl', 'd152-v-C13-num-bare-rl', 'd152-v-C13-num-hash-rl',
    'd152-v-C13-num-num-rl', 'd152-v-C13-ord-bare-rl', 'd152-v-C13-ord-nr-rl', 'd152-v-C14-id-bare-rl',
    'd152-v-C14-id-hashof-rl', 'd152-v-C14-id-hashp-rl', 'd152-v-C14-id-num-rl', 'd152-v-C14-id-numof-rl',
    'd152-v-C14-id-pnum-rl', 'd152-v-C14-inv-bare-rl', 'd152-v-C14-inv-hash-rl', 'd152-v-C14-inv-nr-rl',
    'd152-v-C14-inv-num-rl', 'd152-v-C14-num-bare-rl', 'd152-v-C14-num-hash-rl', 'd152-v-C14-num-num-rl',
    'd152-v-C15-id-bare-rl', 'd152-v-C15-id-hashof-rl', 'd152-v-C15-id-hashp-rl', 'd152-v-C15-id-num-rl',
    'd152-v-C15-id-numof-rl', 'd152-v-C15-id-pnum-rl', 'd152-v-C15-lin-bare-rl', 'd152-v-C15-lin-hash-rl',
    'd152-v-C15-lin-nr-rl', 'd152-v-C15-num-bare-rl', 'd152-v-C15-num-hash-rl', 'd152-v-C15-num-num-rl',
    'd152-v-C16-cas-bare-rl', 'd152-v-C16-cas-hash-rl', 'd152-v-C16-cas-nr-rl', 'd152-v-C16-id-bare-rl',
    'd152-v-C16-id-hashof-rl', 'd152-v-C16-id-hashp-rl', 'd152-v-C16-id-num-rl', 'd152-v-C16-id-numof-rl',
    'd152-v-C16-id-pnum-rl', 'd152-v-C16-num-bare-rl', 'd152-v-C16-num-hash-rl', 'd152-v-C16-num-num-rl',
    'd152-v-C17-id-bare-rl', 'd152-v-C17-id-hashof-rl', 'd152-v-C17-id-hashp-rl', 'd152-v-C17-id-num-rl',
    'd152-v-C17-id-numof-rl', 'd152-v-C17-id-pnum-rl', 'd152-v-C17-num-bare-rl', 'd152-v-C17-num-hash-rl',
    'd152-v-C17-num-num-rl', 'd152-v-C17-pla-hash-rl', 'd152-v-C17-pla-nr-rl', 'd152-v-C18-gue-hash-rl',
    'd152-v-C18-gue-nr-rl', 'd152-v-C18-gue-num-rl', 'd152-v-C18-id-bare-rl', 'd152-v-C18-id-hashof-rl',
    'd152-v-C18-id-hashp-rl', 'd152-v-C18-id-num-rl', 'd152-v-C18-id-numof-rl', 'd152-v-C18-id-pnum-rl',
    'd152-v-C18-num-bare-rl', 'd152-v-C18-num-hash-rl', 'd152-v-C18-num-num-rl', 'd152-v-C19-acc-bare-rl',
    'd152-v-C19-acc-hash-rl', 'd152-v-C19-acc-nr-rl', 'd152-v-C19-acc-num-rl', 'd152-v-C19-id-bare-rl',
    'd152-v-C19-id-hashof-rl', 'd152-v-C19-id-hashp-rl', 'd152-v-C19-id-num-rl', 'd152-v-C19-id-numof-rl',
    'd152-v-C19-id-pnum-rl', 'd152-v-C19-num-bare-rl', 'd152-v-C19-num-hash-rl', 'd152-v-C19-num-num-rl',
    'd152-v-C2-0-cnt-bare-rl', 'd152-v-C2-0-cnt-hash-rl', 'd152-v-C2-0-cnt-num-rl', 'd152-v-C2-0-id-bare-rl',
    'd152-v-C2-0-id-numof-rl', 'd152-v-C2-0-id-pnum-rl', 'd152-v-C2-1-cnt-bare-rl', 'd152-v-C2-1-cnt-hash-rl',
    'd152-v-C2-1-cnt-num-rl', 'd152-v-C2-1-id-bare-rl', 'd152-v-C2-1-id-numof-rl', 'd152-v-C2-1-id-pnum-rl',
    'd152-v-C2-10-cnt-bare-rl', 'd152-v-C2-10-cnt-hash-rl', 'd152-v-C2-10-cnt-num-rl', 'd152-v-C2-10-id-bare-rl',
    'd152-v-C2-10-id-numof-rl', 'd152-v-C2-10-id-pnum-rl', 'd152-v-C2-11-cnt-bare-rl', 'd152-v-C2-11-cnt-hash-rl',
    'd152-v-C2-11-cnt-num-rl', 'd152-v-C2-11-id-bare-rl', 'd152-v-C2-11-id-numof-rl', 'd152-v-C2-11-id-pnum-rl',
    'd152-v-C2-2-cnt-bare-rl', 'd152-v-C2-2-cnt-hash-rl', 'd152-v-C2-2-cnt-num-rl', 'd152-v-C2-2-id-bare-rl',
    'd152-v-C2-2-id-numof-rl', 'd152-v-C2-2-id-pnum-rl', 'd152-v-C2-3-cnt-bare-rl', 'd152-v-C2-3-cnt-hash-rl',
    'd152-v-C2-3-cnt-num-rl', 'd152-v-C2-3-id-bare-rl', 'd152-v-C2-3-id-numof-rl', 'd152-v-C2-3-id-pnum-rl',
    'd152-v-C2-4-cnt-bare-rl', 'd152-v-C2-4-cnt-hash-rl', 'd152-v-C2-4-cnt-num-rl', 'd152-v-C2-4-id-bare-rl',
    'd152-v-C2-4-id-numof-rl', 'd152-v-C2-4-id-pnum-rl', 'd152-v-C2-5-cnt-bare-rl', 'd152-v-C2-5-cnt-hash-rl',
    'd152-v-C2-5-cnt-num-rl', 'd152-v-C2-5-id-bare-rl', 'd152-v-C2-5-id-numof-rl', 'd152-v-C2-5-id-pnum-rl',
    'd152-v-C2-6-cnt-bare-rl', 'd152-v-C2-6-cnt-hash-rl', 'd152-v-C2-6-cnt-num-rl', 'd152-v-C2-6-id-bare-rl',
    'd152-v-C2-6-id-numof-rl', 'd152-v-C2-6-id-pnum-rl', 'd152-v-C2-7-cnt-bare-rl', 'd152-v-C2-7-cnt-hash-rl',
    'd152-v-C2-7-cnt-num-rl', 'd152-v-C2-7-id-bare-rl', 'd152-v-C2-7-id-numof-rl', 'd152-v-C2-7-id-pnum-rl',
    'd152-v-C2-8-cnt-bare-rl', 'd152-v-C2-8-cnt-hash-rl', 'd152-v-C2-8-cnt-num-rl', 'd152-v-C2-8-id-bare-rl',
    'd152-v-C2-8-id-numof-rl', 'd152-v-C2-8-id-pnum-rl', 'd152-v-C2-9-cnt-bare-rl', 'd152-v-C2-9-cnt-hash-rl',
    'd152-v-C2-9-cnt-num-rl', 'd152-v-C2-9-id-bare-rl', 'd152-v-C2-9-id-numof-rl', 'd152-v-C2-9-id-pnum-rl',
    'd152-v-C2-id-bare-rl', 'd152-v-C2-id-hashof-rl', 'd152-v-C2-id-hashp-rl', 'd152-v-C2-id-num-rl',
    'd152-v-C2-id-numof-rl', 'd152-v-C2-id-pnum-rl', 'd152-v-C2-num-bare-rl', 'd152-v-C2-num-hash-rl',
    'd152-v-C2-num-num-rl', 'd152-v-C2-tic-hash-rl', 'd152-v-C2-tic-nr-rl', 'd152-v-C20-id-bare-rl',
    'd152-v-C20-id-hashof-rl', 'd152-v-C20-id-hashp-rl', 'd152-v-C20-id-num-rl', 'd152-v-C20-id-numof-rl',
    'd152-v-C20-id-pnum-rl', 'd152-v-C20-num-bare-rl', 'd152-v-C20-num-hash-rl', 'd152-v-C20-num-num-rl',
    'd152-v-C3-id-bare-rl', 'd152-v-C3-id-hashof-rl', 'd152-v-C3-id-hashp-rl', 'd152-v-C3-id-num-rl',
    'd152-v-C3-id-numof-rl', 'd152-v-C3-id-pnum-rl', 'd152-v-C3-num-bare-rl', 'd152-v-C3-num-hash-rl',
    'd152-v-C3-num-num-rl', 'd152-v-C3-tab-hash-rl', 'd152-v-C3-tab-nr-rl', 'd152-v-C3-tab-num-rl',
    'd152-v-C4-bed-bare-rl', 'd152-v-C4-bed-hash-rl', 'd152-v-C4-bed-nr-rl', 'd152-v-C4-id-bare-rl',
    'd152-v-C4-id-hashof-rl', 'd152-v-C4-id-hashp-rl', 'd152-v-C4-id-num-rl', 'd152-v-C4-id-numof-rl',
    'd152-v-C4-id-pnum-rl', 'd152-v-C4-num-bare-rl', 'd152-v-C4-num-hash-rl', 'd152-v-C4-num-num-rl',
    'd152-v-C5-flo-hash-rl', 'd152-v-C5-flo-nr-rl', 'd152-v-C5-id-bare-rl', 'd152-v-C5-id-hashof-rl',
    'd152-v-C5-id-hashp-rl', 'd152-v-C5-id-num-rl', 'd152-v-C5-id-numof-rl', 'd152-v-C5-id-pnum-rl',
    'd152-v-C5-num-bare-rl', 'd152-v-C5-num-hash-rl', 'd152-v-C5-num-num-rl', 'd152-v-C6-id-bare-rl',
    'd152-v-C6-id-hashof-rl', 'd152-v-C6-id-hashp-rl', 'd152-v-C6-id-num-rl', 'd152-v-C6-id-numof-rl',
    'd152-v-C6-id-pnum-rl', 'd152-v-C6-num-bare-rl', 'd152-v-C6-num-hash-rl', 'd152-v-C6-num-num-rl',
    'd152-v-C6-pag-bare-rl', 'd152-v-C6-pag-hash-rl', 'd152-v-C6-pag-nr-rl', 'd152-v-C6-pag-num-rl',
    'd152-v-C7-bag-bare-rl', 'd152-v-C7-id-bare-rl', 'd152-v-C7-id-hashof-rl', 'd152-v-C7-id-hashp-rl',
    'd152-v-C7-id-num-rl', 'd152-v-C7-id-numof-rl', 'd152-v-C7-id-pnum-rl', 'd152-v-C7-num-bare-rl',
    'd152-v-C7-num-hash-rl', 'd152-v-C7-num-num-rl', 'd152-v-C8-box-hash-rl', 'd152-v-C8-box-nr-rl',
    'd152-v-C8-id-bare-rl', 'd152-v-C8-id-hashof-rl', 'd152-v-C8-id-hashp-rl', 'd152-v-C8-id-num-rl',
    'd152-v-C8-id-numof-rl', 'd152-v-C8-id-pnum-rl', 'd152-v-C8-num-bare-rl', 'd152-v-C8-num-hash-rl',
    'd152-v-C8-num-num-rl', 'd152-v-C9-id-bare-rl', 'd152-v-C9-id-hashof-rl', 'd152-v-C9-id-hashp-rl',
    'd152-v-C9-id-num-rl', 'd152-v-C9-id-numof-rl', 'd152-v-C9-id-pnum-rl', 'd152-v-C9-num-bare-rl',
    'd152-v-C9-num-hash-rl', 'd152-v-C9-num-num-rl', 'd152-v-C9-uni-bare-rl', 'd152-v-C9-uni-nr-rl',
    'd152-v-H46-rl', 'd152-v-H47-rl', 'd152-v-H48-rl', 'd152-v-H49-rl',
    'd152-v-H54-rl',
}


# Trimmed for ctest (probe_kit.sample_round), stop 36: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 1-th safe probe and every 8-th of the rest.
from probe_kit import sample_round as r152_sample_round  # noqa: E402
r152_found_alone = {
    'd152-b-1314', 'd152-b-1316', 'd152-b-1318', 'd152-b-1320', 'd152-b-1330', 'd152-b-1504', 'd152-b-1506',
    'd152-b-1507', 'd152-b-1508', 'd152-b-1509', 'd152-b-1510', 'd152-b-1512', 'd152-b-1514', 'd152-b-1515',
    'd152-b-1516', 'd152-b-1517', 'd152-b-1518', 'd152-b-1520', 'd152-b-1522', 'd152-b-1523', 'd152-b-1524',
    'd152-b-1525', 'd152-b-1526', 'd152-b-1528', 'd152-b-1530', 'd152-b-1531', 'd152-b-1532', 'd152-b-1533',
    'd152-b-1534', 'd152-b-1536', 'd152-b-1538', 'd152-b-1539', 'd152-b-1540', 'd152-b-1541', 'd152-b-1542',
    'd152-b-1544', 'd152-b-1546', 'd152-b-1547', 'd152-b-1548', 'd152-b-1549', 'd152-b-1550', 'd152-b-1552',
    'd152-b-1554', 'd152-b-1555', 'd152-b-1556', 'd152-b-1557', 'd152-b-1558', 'd152-b-1560', 'd152-b-1562',
    'd152-b-1563', 'd152-b-1564', 'd152-b-1565', 'd152-b-1566', 'd152-b-1568', 'd152-b-1570', 'd152-b-1571',
    'd152-b-1572', 'd152-b-1573', 'd152-b-1574', 'd152-b-1576', 'd152-b-1578', 'd152-b-1579', 'd152-b-1580',
    'd152-b-1581', 'd152-b-1582', 'd152-b-1584', 'd152-b-1586', 'd152-b-1587', 'd152-b-1588', 'd152-b-1589',
    'd152-b-1590', 'd152-b-1592', 'd152-b-1594', 'd152-b-1595', 'd152-b-1596', 'd152-b-1597', 'd152-b-1598',
    'd152-b-338', 'd152-b-340', 'd152-b-342', 'd152-b-349', 'd152-b-352', 'd152-b-354', 'd152-b-355', 'd152-b-356',
    'd152-b-357', 'd152-b-358', 'd152-b-362', 'd152-b-364', 'd152-b-366', 'd152-b-376', 'd152-b-378', 'd152-b-379',
    'd152-b-380', 'd152-b-381', 'd152-b-382', 'd152-b-386', 'd152-b-388', 'd152-b-390', 'd152-b-395', 'd152-b-396',
    'd152-b-400', 'd152-b-402', 'd152-b-403', 'd152-b-404', 'd152-b-405', 'd152-b-406', 'd152-b-410', 'd152-b-412',
    'd152-b-414', 'd152-b-417', 'd152-b-419', 'd152-b-420', 'd152-b-424', 'd152-b-426', 'd152-b-427', 'd152-b-428',
    'd152-b-429', 'd152-b-430', 'd152-b-434', 'd152-b-436', 'd152-b-438', 'd152-b-443', 'd152-b-444', 'd152-b-445',
    'd152-b-448', 'd152-b-450', 'd152-b-451', 'd152-b-452', 'd152-b-453', 'd152-b-454', 'd152-b-458', 'd152-b-460',
    'd152-b-462', 'd152-b-467', 'd152-b-468', 'd152-b-472', 'd152-b-474', 'd152-b-475', 'd152-b-476', 'd152-b-477',
    'd152-b-478', 'd152-b-482', 'd152-b-484', 'd152-b-486', 'd152-b-489', 'd152-b-491', 'd152-b-492', 'd152-b-493',
    'd152-b-496', 'd152-b-498', 'd152-b-499', 'd152-b-500', 'd152-b-501', 'd152-b-502', 'd152-b-506', 'd152-b-508',
    'd152-b-510', 'd152-b-517', 'd152-b-520', 'd152-b-522', 'd152-b-523', 'd152-b-524', 'd152-b-525', 'd152-b-526',
    'd152-b-530', 'd152-b-532', 'd152-b-534', 'd152-b-539', 'd152-b-540', 'd152-b-544', 'd152-b-546', 'd152-b-547',
    'd152-b-548', 'd152-b-549', 'd152-b-550', 'd152-b-554', 'd152-b-556', 'd152-b-558', 'd152-b-564', 'd152-b-565',
    'd152-b-568', 'd152-b-570', 'd152-b-571', 'd152-b-572', 'd152-b-573', 'd152-b-574', 'd152-b-578', 'd152-b-580',
    'd152-b-582', 'd152-b-587', 'd152-b-588', 'd152-b-589', 'd152-b-592', 'd152-b-594', 'd152-b-595', 'd152-b-596',
    'd152-b-597', 'd152-b-598', 'd152-b-602', 'd152-b-604', 'd152-b-606', 'd152-b-611', 'd152-b-612', 'd152-b-613',
    'd152-b-616', 'd152-b-618', 'd152-b-619', 'd152-b-620', 'd152-b-621', 'd152-b-622', 'd152-b-626', 'd152-b-628',
    'd152-b-630', 'd152-b-636', 'd152-b-637', 'd152-b-640', 'd152-b-642', 'd152-b-643', 'd152-b-644', 'd152-b-645',
    'd152-b-646', 'd152-b-650', 'd152-b-652', 'd152-b-654', 'd152-b-660', 'd152-b-661', 'd152-b-664', 'd152-b-666',
    'd152-b-667', 'd152-b-668', 'd152-b-669', 'd152-b-670', 'd152-b-674', 'd152-b-676', 'd152-b-678', 'd152-b-681',
    'd152-b-683', 'd152-b-684', 'd152-b-685', 'd152-b-688', 'd152-b-690', 'd152-b-691', 'd152-b-692', 'd152-b-693',
    'd152-b-694', 'd152-b-698', 'd152-b-700', 'd152-b-702', 'd152-b-707', 'd152-b-708', 'd152-b-709', 'd152-b-712',
    'd152-b-714', 'd152-b-715', 'd152-b-716', 'd152-b-717', 'd152-b-718', 'd152-b-722', 'd152-b-724', 'd152-b-726',
    'd152-b-731', 'd152-b-732', 'd152-b-733', 'd152-b-736', 'd152-b-738', 'd152-b-739', 'd152-b-740', 'd152-b-741',
    'd152-b-742', 'd152-b-746', 'd152-b-748', 'd152-b-750', 'd152-b-755', 'd152-b-756', 'd152-b-760', 'd152-b-762',
    'd152-b-763', 'd152-b-764', 'd152-b-765', 'd152-b-766', 'd152-b-770', 'd152-b-772', 'd152-b-774', 'd152-b-777',
    'd152-b-779', 'd152-b-780', 'd152-b-784', 'd152-b-786', 'd152-b-787', 'd152-b-788', 'd152-b-789', 'd152-b-790',
    'd152-b-794', 'd152-b-796', 'd152-b-798', 'd152-b-801', 'd152-b-803', 'd152-b-804', 'd152-b-805', 'd152-b-808',
    'd152-b-810', 'd152-b-811', 'd152-b-812', 'd152-b-813', 'd152-b-814', 'd152-b-818', 'd152-b-820', 'd152-b-822',
    'd152-b-832', 'd152-b-834', 'd152-b-835', 'd152-b-836', 'd152-b-837', 'd152-b-838', 'd152-s-A0-client-only',
    'd152-s-A0-cust-only', 'd152-s-A0-custcont-only', 'd152-s-A0-custhy-only', 'd152-s-A0-custof-only',
    'd152-s-A0-custpl-only', 'd152-s-A0-custs-only', 'd152-s-A0-custup-only', 'd152-s-A1-client-only',
    'd152-s-A1-cust-only', 'd152-s-A1-custcont-only', 'd152-s-A1-custhy-only', 'd152-s-A1-custof-only',
    'd152-s-A1-custpl-only', 'd152-s-A1-custs-only', 'd152-s-A1-custup-only', 'd152-s-A2-0-role-client-only',
    'd152-s-A2-0-role-cust-only', 'd152-s-A2-0-role-custcur-only', 'd152-s-A2-0-role-custnum-only',
    'd152-s-A2-0-role-custs-only', 'd152-s-A2-0-sig-client-only', 'd152-s-A2-0-sig-cust-only',
    'd152-s-A2-0-sig-custcur-only', 'd152-s-A2-0-sig-custnum-only', 'd152-s-A2-0-sig-custs-only',
    'd152-s-A2-0-title-client-only', 'd152-s-A2-0-title-cust-only', 'd152-s-A2-0-title-custcur-only',
    'd152-s-A2-0-title-custfull-only', 'd152-s-A2-0-title-custnum-only', 'd152-s-A2-0-title-custs-only',
    'd152-s-A2-1-role-client-only', 'd152-s-A2-1-role-cust-only', 'd152-s-A2-1-role-custs-only',
    'd152-s-A2-1-sig-custcur-only', 'd152-s-A2-1-sig-custfull-only', 'd152-s-A2-1-title-client-only',
    'd152-s-A2-1-title-cust-only', 'd152-s-A2-1-title-custs-only', 'd152-s-A2-2-role-client-only',
    'd152-s-A2-2-role-cust-only', 'd152-s-A2-2-role-custs-only', 'd152-s-A2-2-sig-client-only',
    'd152-s-A2-2-sig-cust-only', 'd152-s-A2-2-sig-custs-only', 'd152-s-A2-2-title-client-only',
    'd152-s-A2-2-title-cust-only', 'd152-s-A2-2-title-custcur-only', 'd152-s-A2-2-title-custfull-only',
    'd152-s-A2-2-title-custs-only', 'd152-s-A2-3-role-client-only', 'd152-s-A2-3-role-cust-only',
    'd152-s-A2-3-role-custs-only', 'd152-s-A2-3-sig-client-only', 'd152-s-A2-3-sig-cust-only',
    'd152-s-A2-3-sig-custs-only', 'd152-s-A2-3-title-client-only', 'd152-s-A2-3-title-cust-only',
    'd152-s-A2-3-title-custs-only', 'd152-s-A2-4-role-client-only', 'd152-s-A2-4-role-cust-only',
    'd152-s-A2-4-role-custs-only', 'd152-s-A2-4-title-client-only', 'd152-s-A2-4-title-cust-only',
    'd152-s-A2-5-role-client-only', 'd152-s-A2-5-role-cust-only', 'd152-s-A2-5-role-custs-only',
    'd152-s-A2-5-sig-client-only', 'd152-s-A2-5-sig-cust-only', 'd152-s-A2-5-sig-custs-only',
    'd152-s-A2-5-title-client-only', 'd152-s-A2-5-title-cust-only', 'd152-s-A2-5-title-custs-only',
    'd152-s-A2-6-role-client-only', 'd152-s-A2-6-role-cust-only', 'd152-s-A2-6-role-custs-only',
    'd152-s-A2-6-sig-client-only', 'd152-s-A2-6-sig-cust-only', 'd152-s-A2-6-sig-custs-only',
    'd152-s-A2-6-title-client-only', 'd152-s-A2-6-title-cust-only', 'd152-s-A2-6-title-custcur-only',
    'd152-s-A2-6-title-custfull-only', 'd152-s-A2-6-title-custs-only', 'd152-s-A2-7-role-client-only',
    'd152-s-A2-7-role-cust-only', 'd152-s-A2-7-role-custs-only', 'd152-s-A2-7-sig-client-only',
    'd152-s-A2-7-sig-cust-only', 'd152-s-A2-7-sig-custs-only', 'd152-s-A2-7-title-client-only',
    'd152-s-A2-7-title-cust-only', 'd152-s-A2-7-title-custs-only', 'd152-s-A2-8-role-client-only',
    'd152-s-A2-8-role-cust-only', 'd152-s-A2-8-role-custcur-only', 'd152-s-A2-8-role-custfull-only',
    'd152-s-A2-8-role-custs-only', 'd152-s-A2-8-sig-client-only', 'd152-s-A2-8-sig-cust-only',
    'd152-s-A2-8-sig-custs-only', 'd152-s-A2-8-title-client-only', 'd152-s-A2-8-title-cust-only',
    'd152-s-A2-8-title-custcur-only', 'd152-s-A2-8-title-custfull-only', 'd152-s-A2-8-title-custs-only',
    'd152-s-A2-9-role-custfull-only', 'd152-s-A2-9-sig-client-only', 'd152-s-A2-9-sig-cust-only',
    'd152-s-A2-9-sig-custs-only', 'd152-s-A2-9-title-client-only', 'd152-s-A2-9-title-cust-only',
    'd152-s-A2-9-title-custs-only', 'd152-s-A3-client-only', 'd152-s-A3-cust-only', 'd152-s-A3-custcont-only',
    'd152-s-A3-custhy-only', 'd152-s-A3-custof-only', 'd152-s-A3-custpl-only', 'd152-s-A3-custs-only',
    'd152-s-A3-custup-only', 'd152-s-A4-custhy-only', 'd152-s-B28-1-only', 'd152-s-C0-id-bare-only',
    'd152-s-C0-id-hashof-only', 'd152-s-C0-id-hashp-only', 'd152-s-C0-id-num-only', 'd152-s-C0-id-numof-only',
    'd152-s-C0-id-pnum-only', 'd152-s-C0-num-bare-only', 'd152-s-C0-num-hash-only', 'd152-s-C0-num-num-only',
    'd152-s-C1-id-bare-only', 'd152-s-C1-id-hashof-only', 'd152-s-C1-id-hashp-only', 'd152-s-C1-id-numof-only',
    'd152-s-C1-id-pnum-only', 'd152-s-C1-num-bare-only', 'd152-s-C1-num-hash-only', 'd152-s-C1-num-num-only',
    'd152-s-C10-id-bare-only', 'd152-s-C10-id-hashof-only', 'd152-s-C10-id-hashp-only', 'd152-s-C10-id-num-only',
    'd152-s-C10-id-numof-only', 'd152-s-C10-id-pnum-only', 'd152-s-C10-num-bare-only', 'd152-s-C10-num-hash-only',
    'd152-s-C10-num-num-only', 'd152-s-C11-id-bare-only', 'd152-s-C11-id-hashof-only', 'd152-s-C11-id-hashp-only',
    'd152-s-C11-id-num-only', 'd152-s-C11-id-numof-only', 'd152-s-C11-id-pnum-only', 'd152-s-C11-num-bare-only',
    'd152-s-C11-num-hash-only', 'd152-s-C11-num-num-only', 'd152-s-C12-id-bare-only', 'd152-s-C12-id-hashof-only',
    'd152-s-C12-id-hashp-only', 'd152-s-C12-id-num-only', 'd152-s-C12-id-numof-only', 'd152-s-C12-id-pnum-only',
    'd152-s-C12-num-bare-only', 'd152-s-C12-num-hash-only', 'd152-s-C12-num-num-only', 'd152-s-C13-id-bare-only',
    'd152-s-C13-id-hashof-only', 'd152-s-C13-id-hashp-only', 'd152-s-C13-id-num-only', 'd152-s-C13-id-numof-only',
    'd152-s-C13-id-pnum-only', 'd152-s-C13-num-bare-only', 'd152-s-C13-num-hash-only', 'd152-s-C13-num-num-only',
    'd152-s-C14-id-bare-only', 'd152-s-C14-id-hashof-only', 'd152-s-C14-id-hashp-only', 'd152-s-C14-id-num-only',
    'd152-s-C14-id-numof-only', 'd152-s-C14-id-pnum-only', 'd152-s-C14-num-bare-only', 'd152-s-C14-num-hash-only',
    'd152-s-C14-num-num-only', 'd152-s-C15-id-bare-only', 'd152-s-C15-id-hashof-only', 'd152-s-C15-id-hashp-only',
    'd152-s-C15-id-num-only', 'd152-s-C15-id-numof-only', 'd152-s-C15-id-pnum-only', 'd152-s-C15-num-bare-only',
    'd152-s-C15-num-hash-only', 'd152-s-C15-num-num-only', 'd152-s-C16-id-bare-only', 'd152-s-C16-id-hashof-only',
    'd152-s-C16-id-hashp-only', 'd152-s-C16-id-num-only', 'd152-s-C16-id-numof-only', 'd152-s-C16-id-pnum-only',
    'd152-s-C16-num-bare-only', 'd152-s-C16-num-hash-only', 'd152-s-C16-num-num-only', 'd152-s-C17-id-bare-only',
    'd152-s-C17-id-hashof-only', 'd152-s-C17-id-hashp-only', 'd152-s-C17-id-num-only', 'd152-s-C17-id-numof-only',
    'd152-s-C17-id-pnum-only', 'd152-s-C17-num-bare-only', 'd152-s-C17-num-hash-only', 'd152-s-C17-num-num-only',
    'd152-s-C18-id-bare-only', 'd152-s-C18-id-hashof-only', 'd152-s-C18-id-hashp-only', 'd152-s-C18-id-num-only',
    'd152-s-C18-id-numof-only', 'd152-s-C18-id-pnum-only', 'd152-s-C18-num-bare-only', 'd152-s-C18-num-hash-only',
    'd152-s-C18-num-num-only', 'd152-s-C19-id-bare-only', 'd152-s-C19-id-hashof-only', 'd152-s-C19-id-hashp-only',
    'd152-s-C19-id-num-only', 'd152-s-C19-id-numof-only', 'd152-s-C19-id-pnum-only', 'd152-s-C19-num-bare-only',
    'd152-s-C19-num-hash-only', 'd152-s-C19-num-num-only', 'd152-s-C2-0-cnt-bare-only', 'd152-s-C2-0-cnt-hash-only',
    'd152-s-C2-0-cnt-num-only', 'd152-s-C2-0-id-bare-only', 'd152-s-C2-0-id-numof-only', 'd152-s-C2-0-id-pnum-only',
    'd152-s-C2-1-cnt-bare-only', 'd152-s-C2-1-cnt-hash-only', 'd152-s-C2-1-cnt-num-only',
    'd152-s-C2-1-id-bare-only', 'd152-s-C2-1-id-numof-only', 'd152-s-C2-1-id-pnum-only',
    'd152-s-C2-10-cnt-bare-only', 'd152-s-C2-10-cnt-hash-only', 'd152-s-C2-10-cnt-num-only',
    'd152-s-C2-10-id-bare-only', 'd152-s-C2-10-id-numof-only', 'd152-s-C2-10-id-pnum-only',
    'd152-s-C2-11-cnt-bare-only', 'd152-s-C2-11-cnt-hash-only', 'd152-s-C2-11-cnt-num-only',
    'd152-s-C2-11-id-bare-only', 'd152-s-C2-11-id-numof-only', 'd152-s-C2-11-id-pnum-only',
    'd152-s-C2-2-cnt-bare-only', 'd152-s-C2-2-cnt-hash-only', 'd152-s-C2-2-cnt-num-only',
    'd152-s-C2-2-id-bare-only', 'd152-s-C2-2-id-numof-only', 'd152-s-C2-2-id-pnum-only',
    'd152-s-C2-3-cnt-bare-only', 'd152-s-C2-3-cnt-hash-only', 'd152-s-C2-3-cnt-num-only',
    'd152-s-C2-3-id-bare-only', 'd152-s-C2-3-id-numof-only', 'd152-s-C2-3-id-pnum-only',
    'd152-s-C2-4-cnt-bare-only', 'd152-s-C2-4-cnt-hash-only', 'd152-s-C2-4-cnt-num-only',
    'd152-s-C2-4-id-bare-only', 'd152-s-C2-4-id-numof-only', 'd152-s-C2-4-id-pnum-only',
    'd152-s-C2-5-cnt-bare-only', 'd152-s-C2-5-cnt-hash-only', 'd152-s-C2-5-cnt-num-only',
    'd152-s-C2-5-id-bare-only', 'd152-s-C2-5-id-numof-only', 'd152-s-C2-5-id-pnum-only',
    'd152-s-C2-6-cnt-bare-only', 'd152-s-C2-6-cnt-hash-only', 'd152-s-C2-6-cnt-num-only',
    'd152-s-C2-6-id-bare-only', 'd152-s-C2-6-id-numof-only', 'd152-s-C2-6-id-pnum-only',
    'd152-s-C2-7-cnt-bare-only', 'd152-s-C2-7-cnt-hash-only', 'd152-s-C2-7-cnt-num-only',
    'd152-s-C2-7-id-bare-only', 'd152-s-C2-7-id-numof-only', 'd152-s-C2-7-id-pnum-only',
    'd152-s-C2-8-cnt-bare-only', 'd152-s-C2-8-cnt-hash-only', 'd152-s-C2-8-cnt-num-only',
    'd152-s-C2-8-id-bare-only', 'd152-s-C2-8-id-numof-only', 'd152-s-C2-8-id-pnum-only',
    'd152-s-C2-9-cnt-bare-only', 'd152-s-C2-9-cnt-hash-only', 'd152-s-C2-9-cnt-num-only',
    'd152-s-C2-9-id-bare-only', 'd152-s-C2-9-id-numof-only', 'd152-s-C2-9-id-pnum-only', 'd152-s-C2-id-bare-only',
    'd152-s-C2-id-hashof-only', 'd152-s-C2-id-hashp-only', 'd152-s-C2-id-num-only', 'd152-s-C2-id-numof-only',
    'd152-s-C2-id-pnum-only', 'd152-s-C2-num-bare-only', 'd152-s-C2-num-hash-only', 'd152-s-C2-num-num-only',
    'd152-s-C20-id-bare-only', 'd152-s-C20-id-hashof-only', 'd152-s-C20-id-hashp-only', 'd152-s-C20-id-num-only',
    'd152-s-C20-id-numof-only', 'd152-s-C20-id-pnum-only', 'd152-s-C20-num-bare-only', 'd152-s-C20-num-hash-only',
    'd152-s-C20-num-num-only', 'd152-s-C3-id-bare-only', 'd152-s-C3-id-hashof-only', 'd152-s-C3-id-hashp-only',
    'd152-s-C3-id-num-only', 'd152-s-C3-id-numof-only', 'd152-s-C3-id-pnum-only', 'd152-s-C3-num-bare-only',
    'd152-s-C3-num-hash-only', 'd152-s-C3-num-num-only', 'd152-s-C4-id-bare-only', 'd152-s-C4-id-hashof-only',
    'd152-s-C4-id-hashp-only', 'd152-s-C4-id-num-only', 'd152-s-C4-id-numof-only', 'd152-s-C4-id-pnum-only',
    'd152-s-C4-num-bare-only', 'd152-s-C4-num-hash-only', 'd152-s-C4-num-num-only', 'd152-s-C5-id-bare-only',
    'd152-s-C5-id-hashof-only', 'd152-s-C5-id-hashp-only', 'd152-s-C5-id-num-only', 'd152-s-C5-id-numof-only',
    'd152-s-C5-id-pnum-only', 'd152-s-C5-num-bare-only', 'd152-s-C5-num-hash-only', 'd152-s-C5-num-num-only',
    'd152-s-C6-id-bare-only', 'd152-s-C6-id-hashof-only', 'd152-s-C6-id-hashp-only', 'd152-s-C6-id-num-only',
    'd152-s-C6-id-numof-only', 'd152-s-C6-id-pnum-only', 'd152-s-C6-num-bare-only', 'd152-s-C6-num-hash-only',
    'd152-s-C6-num-num-only', 'd152-s-C7-id-bare-only', 'd152-s-C7-id-hashof-only', 'd152-s-C7-id-hashp-only',
    'd152-s-C7-id-num-only', 'd152-s-C7-id-numof-only', 'd152-s-C7-id-pnum-only', 'd152-s-C7-num-bare-only',
    'd152-s-C7-num-hash-only', 'd152-s-C7-num-num-only', 'd152-s-C8-id-bare-only', 'd152-s-C8-id-hashof-only',
    'd152-s-C8-id-hashp-only', 'd152-s-C8-id-num-only', 'd152-s-C8-id-numof-only', 'd152-s-C8-id-pnum-only',
    'd152-s-C8-num-bare-only', 'd152-s-C8-num-hash-only', 'd152-s-C8-num-num-only', 'd152-s-C9-id-bare-only',
    'd152-s-C9-id-hashof-only', 'd152-s-C9-id-hashp-only', 'd152-s-C9-id-num-only', 'd152-s-C9-id-numof-only',
    'd152-s-C9-id-pnum-only', 'd152-s-C9-num-bare-only', 'd152-s-C9-num-hash-only', 'd152-s-C9-num-num-only',
    'd152-s-D-no-acct2-only', 'd152-s-D-tel-cell-only', 'd152-s-D-tel-cust-only', 'd152-s-F1m22-c',
    'd152-s-F1m23-c', 'd152-s-F1m7-c', 'd152-s-H47-only', 'd152-s-H48-only', 'd152-s-H49-only', 'd152-s-H54-only',
    'd152-s-H63-only', 'd152-v-C0-id-bare-rl', 'd152-v-C0-id-hashof-rl', 'd152-v-C0-id-hashp-rl',
    'd152-v-C0-id-num-rl', 'd152-v-C0-id-numof-rl', 'd152-v-C0-id-pnum-rl', 'd152-v-C0-num-bare-rl',
    'd152-v-C0-num-hash-rl', 'd152-v-C0-num-num-rl', 'd152-v-C0-roo-bare-rl', 'd152-v-C1-id-bare-rl',
    'd152-v-C1-id-hashof-rl', 'd152-v-C1-id-hashp-rl', 'd152-v-C1-id-num-rl', 'd152-v-C1-id-numof-rl',
    'd152-v-C1-id-pnum-rl', 'd152-v-C1-num-bare-rl', 'd152-v-C1-num-hash-rl', 'd152-v-C1-num-num-rl',
    'd152-v-C10-id-bare-rl', 'd152-v-C10-id-hashof-rl', 'd152-v-C10-id-hashp-rl', 'd152-v-C10-id-num-rl',
    'd152-v-C10-id-numof-rl', 'd152-v-C10-id-pnum-rl', 'd152-v-C10-num-bare-rl', 'd152-v-C10-num-hash-rl',
    'd152-v-C10-num-num-rl', 'd152-v-C10-pas-bare-rl', 'd152-v-C10-pas-hash-rl', 'd152-v-C10-pas-nr-rl',
    'd152-v-C11-emp-bare-rl', 'd152-v-C11-emp-hash-rl', 'd152-v-C11-emp-nr-rl', 'd152-v-C11-id-bare-rl',
    'd152-v-C11-id-hashof-rl', 'd152-v-C11-id-hashp-rl', 'd152-v-C11-id-num-rl', 'd152-v-C11-id-numof-rl',
    'd152-v-C11-id-pnum-rl', 'd152-v-C11-num-bare-rl', 'd152-v-C11-num-hash-rl', 'd152-v-C11-num-num-rl',
    'd152-v-C12-id-bare-rl', 'd152-v-C12-id-hashof-rl', 'd152-v-C12-id-hashp-rl', 'd152-v-C12-id-num-rl',
    'd152-v-C12-id-numof-rl', 'd152-v-C12-id-pnum-rl', 'd152-v-C12-mem-bare-rl', 'd152-v-C12-mem-nr-rl',
    'd152-v-C12-num-bare-rl', 'd152-v-C12-num-hash-rl', 'd152-v-C12-num-num-rl', 'd152-v-C13-id-bare-rl',
    'd152-v-C13-id-hashof-rl', 'd152-v-C13-id-hashp-rl', 'd152-v-C13-id-num-rl', 'd152-v-C13-id-numof-rl',
    'd152-v-C13-id-pnum-rl', 'd152-v-C13-num-bare-rl', 'd152-v-C13-num-hash-rl', 'd152-v-C13-num-num-rl',
    'd152-v-C13-ord-bare-rl', 'd152-v-C13-ord-nr-rl', 'd152-v-C14-id-bare-rl', 'd152-v-C14-id-hashof-rl',
    'd152-v-C14-id-hashp-rl', 'd152-v-C14-id-num-rl', 'd152-v-C14-id-numof-rl', 'd152-v-C14-id-pnum-rl',
    'd152-v-C14-inv-bare-rl', 'd152-v-C14-inv-hash-rl', 'd152-v-C14-inv-nr-rl', 'd152-v-C14-inv-num-rl',
    'd152-v-C14-num-bare-rl', 'd152-v-C14-num-hash-rl', 'd152-v-C14-num-num-rl', 'd152-v-C15-id-bare-rl',
    'd152-v-C15-id-hashof-rl', 'd152-v-C15-id-hashp-rl', 'd152-v-C15-id-num-rl', 'd152-v-C15-id-numof-rl',
    'd152-v-C15-id-pnum-rl', 'd152-v-C15-lin-bare-rl', 'd152-v-C15-lin-hash-rl', 'd152-v-C15-lin-nr-rl',
    'd152-v-C15-num-bare-rl', 'd152-v-C15-num-hash-rl', 'd152-v-C15-num-num-rl', 'd152-v-C16-cas-bare-rl',
    'd152-v-C16-cas-hash-rl', 'd152-v-C16-cas-nr-rl', 'd152-v-C16-id-bare-rl', 'd152-v-C16-id-hashof-rl',
    'd152-v-C16-id-hashp-rl', 'd152-v-C16-id-num-rl', 'd152-v-C16-id-numof-rl', 'd152-v-C16-id-pnum-rl',
    'd152-v-C16-num-bare-rl', 'd152-v-C16-num-hash-rl', 'd152-v-C16-num-num-rl', 'd152-v-C17-id-bare-rl',
    'd152-v-C17-id-hashof-rl', 'd152-v-C17-id-hashp-rl', 'd152-v-C17-id-num-rl', 'd152-v-C17-id-numof-rl',
    'd152-v-C17-id-pnum-rl', 'd152-v-C17-num-bare-rl', 'd152-v-C17-num-hash-rl', 'd152-v-C17-num-num-rl',
    'd152-v-C17-pla-hash-rl', 'd152-v-C17-pla-nr-rl', 'd152-v-C18-gue-hash-rl', 'd152-v-C18-gue-nr-rl',
    'd152-v-C18-gue-num-rl', 'd152-v-C18-id-bare-rl', 'd152-v-C18-id-hashof-rl', 'd152-v-C18-id-hashp-rl',
    'd152-v-C18-id-num-rl', 'd152-v-C18-id-numof-rl', 'd152-v-C18-id-pnum-rl', 'd152-v-C18-num-bare-rl',
    'd152-v-C18-num-hash-rl', 'd152-v-C18-num-num-rl', 'd152-v-C19-acc-bare-rl', 'd152-v-C19-acc-hash-rl',
    'd152-v-C19-acc-nr-rl', 'd152-v-C19-acc-num-rl', 'd152-v-C19-id-bare-rl', 'd152-v-C19-id-hashof-rl',
    'd152-v-C19-id-hashp-rl', 'd152-v-C19-id-num-rl', 'd152-v-C19-id-numof-rl', 'd152-v-C19-id-pnum-rl',
    'd152-v-C19-num-bare-rl', 'd152-v-C19-num-hash-rl', 'd152-v-C19-num-num-rl', 'd152-v-C2-0-cnt-bare-rl',
    'd152-v-C2-0-cnt-hash-rl', 'd152-v-C2-0-cnt-num-rl', 'd152-v-C2-0-id-bare-rl', 'd152-v-C2-0-id-numof-rl',
    'd152-v-C2-0-id-pnum-rl', 'd152-v-C2-1-cnt-bare-rl', 'd152-v-C2-1-cnt-hash-rl', 'd152-v-C2-1-cnt-num-rl',
    'd152-v-C2-1-id-bare-rl', 'd152-v-C2-1-id-numof-rl', 'd152-v-C2-1-id-pnum-rl', 'd152-v-C2-10-cnt-bare-rl',
    'd152-v-C2-10-cnt-hash-rl', 'd152-v-C2-10-cnt-num-rl', 'd152-v-C2-10-id-bare-rl', 'd152-v-C2-10-id-numof-rl',
    'd152-v-C2-10-id-pnum-rl', 'd152-v-C2-11-cnt-bare-rl', 'd152-v-C2-11-cnt-hash-rl', 'd152-v-C2-11-cnt-num-rl',
    'd152-v-C2-11-id-bare-rl', 'd152-v-C2-11-id-numof-rl', 'd152-v-C2-11-id-pnum-rl', 'd152-v-C2-2-cnt-bare-rl',
    'd152-v-C2-2-cnt-hash-rl', 'd152-v-C2-2-cnt-num-rl', 'd152-v-C2-2-id-bare-rl', 'd152-v-C2-2-id-numof-rl',
    'd152-v-C2-2-id-pnum-rl', 'd152-v-C2-3-cnt-bare-rl', 'd152-v-C2-3-cnt-hash-rl', 'd152-v-C2-3-cnt-num-rl',
    'd152-v-C2-3-id-bare-rl', 'd152-v-C2-3-id-numof-rl', 'd152-v-C2-3-id-pnum-rl', 'd152-v-C2-4-cnt-bare-rl',
    'd152-v-C2-4-cnt-hash-rl', 'd152-v-C2-4-cnt-num-rl', 'd152-v-C2-4-id-bare-rl', 'd152-v-C2-4-id-numof-rl',
    'd152-v-C2-4-id-pnum-rl', 'd152-v-C2-5-cnt-bare-rl', 'd152-v-C2-5-cnt-hash-rl', 'd152-v-C2-5-cnt-num-rl',
    'd152-v-C2-5-id-bare-rl', 'd152-v-C2-5-id-numof-rl', 'd152-v-C2-5-id-pnum-rl', 'd152-v-C2-6-cnt-bare-rl',
    'd152-v-C2-6-cnt-hash-rl', 'd152-v-C2-6-cnt-num-rl', 'd152-v-C2-6-id-bare-rl', 'd152-v-C2-6-id-numof-rl',
    'd152-v-C2-6-id-pnum-rl', 'd152-v-C2-7-cnt-bare-rl', 'd152-v-C2-7-cnt-hash-rl', 'd152-v-C2-7-cnt-num-rl',
    'd152-v-C2-7-id-bare-rl', 'd152-v-C2-7-id-numof-rl', 'd152-v-C2-7-id-pnum-rl', 'd152-v-C2-8-cnt-bare-rl',
    'd152-v-C2-8-cnt-hash-rl', 'd152-v-C2-8-cnt-num-rl', 'd152-v-C2-8-id-bare-rl', 'd152-v-C2-8-id-numof-rl',
    'd152-v-C2-8-id-pnum-rl', 'd152-v-C2-9-cnt-bare-rl', 'd152-v-C2-9-cnt-hash-rl', 'd152-v-C2-9-cnt-num-rl',
    'd152-v-C2-9-id-bare-rl', 'd152-v-C2-9-id-numof-rl', 'd152-v-C2-9-id-pnum-rl', 'd152-v-C2-id-bare-rl',
    'd152-v-C2-id-hashof-rl', 'd152-v-C2-id-hashp-rl', 'd152-v-C2-id-num-rl', 'd152-v-C2-id-numof-rl',
    'd152-v-C2-id-pnum-rl', 'd152-v-C2-num-bare-rl', 'd152-v-C2-num-hash-rl', 'd152-v-C2-num-num-rl',
    'd152-v-C2-tic-hash-rl', 'd152-v-C2-tic-nr-rl', 'd152-v-C20-id-bare-rl', 'd152-v-C20-id-hashof-rl',
    'd152-v-C20-id-hashp-rl', 'd152-v-C20-id-num-rl', 'd152-v-C20-id-numof-rl', 'd152-v-C20-id-pnum-rl',
    'd152-v-C20-num-bare-rl', 'd152-v-C20-num-hash-rl', 'd152-v-C20-num-num-rl', 'd152-v-C3-id-bare-rl',
    'd152-v-C3-id-hashof-rl', 'd152-v-C3-id-hashp-rl', 'd152-v-C3-id-num-rl', 'd152-v-C3-id-numof-rl',
    'd152-v-C3-id-pnum-rl', 'd152-v-C3-num-bare-rl', 'd152-v-C3-num-hash-rl', 'd152-v-C3-num-num-rl',
    'd152-v-C3-tab-hash-rl', 'd152-v-C3-tab-nr-rl', 'd152-v-C3-tab-num-rl', 'd152-v-C4-bed-bare-rl',
    'd152-v-C4-bed-hash-rl', 'd152-v-C4-bed-nr-rl', 'd152-v-C4-id-bare-rl', 'd152-v-C4-id-hashof-rl',
    'd152-v-C4-id-hashp-rl', 'd152-v-C4-id-num-rl', 'd152-v-C4-id-numof-rl', 'd152-v-C4-id-pnum-rl',
    'd152-v-C4-num-bare-rl', 'd152-v-C4-num-hash-rl', 'd152-v-C4-num-num-rl', 'd152-v-C5-flo-hash-rl',
    'd152-v-C5-flo-nr-rl', 'd152-v-C5-id-bare-rl', 'd152-v-C5-id-hashof-rl', 'd152-v-C5-id-hashp-rl',
    'd152-v-C5-id-num-rl', 'd152-v-C5-id-numof-rl', 'd152-v-C5-id-pnum-rl', 'd152-v-C5-num-bare-rl',
    'd152-v-C5-num-hash-rl', 'd152-v-C5-num-num-rl', 'd152-v-C6-id-bare-rl', 'd152-v-C6-id-hashof-rl',
    'd152-v-C6-id-hashp-rl', 'd152-v-C6-id-num-rl', 'd152-v-C6-id-numof-rl', 'd152-v-C6-id-pnum-rl',
    'd152-v-C6-num-bare-rl', 'd152-v-C6-num-hash-rl', 'd152-v-C6-num-num-rl', 'd152-v-C6-pag-bare-rl',
    'd152-v-C6-pag-hash-rl', 'd152-v-C6-pag-nr-rl', 'd152-v-C6-pag-num-rl', 'd152-v-C7-bag-bare-rl',
    'd152-v-C7-id-bare-rl', 'd152-v-C7-id-hashof-rl', 'd152-v-C7-id-hashp-rl', 'd152-v-C7-id-num-rl',
    'd152-v-C7-id-numof-rl', 'd152-v-C7-id-pnum-rl', 'd152-v-C7-num-bare-rl', 'd152-v-C7-num-hash-rl',
    'd152-v-C7-num-num-rl', 'd152-v-C8-box-hash-rl', 'd152-v-C8-box-nr-rl', 'd152-v-C8-id-bare-rl',
    'd152-v-C8-id-hashof-rl', 'd152-v-C8-id-hashp-rl', 'd152-v-C8-id-num-rl', 'd152-v-C8-id-numof-rl',
    'd152-v-C8-id-pnum-rl', 'd152-v-C8-num-bare-rl', 'd152-v-C8-num-hash-rl', 'd152-v-C8-num-num-rl',
    'd152-v-C9-id-bare-rl', 'd152-v-C9-id-hashof-rl', 'd152-v-C9-id-hashp-rl', 'd152-v-C9-id-num-rl',
    'd152-v-C9-id-numof-rl', 'd152-v-C9-id-pnum-rl', 'd152-v-C9-num-bare-rl', 'd152-v-C9-num-hash-rl',
    'd152-v-C9-num-num-rl', 'd152-v-C9-uni-bare-rl', 'd152-v-C9-uni-nr-rl', 'd152-v-H46-rl', 'd152-v-H47-rl',
    'd152-v-H48-rl', 'd152-v-H49-rl', 'd152-v-H54-rl',
}
r152_sample_round("d152-", r152_found_alone | r152_found, 8, safe_every=1)
# Arguable items served from the cache after the fixes (FINDINGS.md, rounds 152-156), and with them every
# item the tester called arguable (whether one is served from the cache depends on what other probes stored
# first): left out.
r152_left_out = {
    'd152-s-B28-1-only', 'd152-s-D-no-acct2-only', 'd152-s-F1m7-c', 'd152-s-H63-only', 'd152-v-H46-rl',
    'd152-v-H48-rl', 'd152-v-H49-rl',
}
P[:] = [r152_p for r152_p in P if r152_p["id"] not in r152_left_out and r152_p["id"] not in r152_arguable]
