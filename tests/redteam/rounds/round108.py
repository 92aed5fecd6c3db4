"""Red-team round 108 (black box, stepcache-s37): JSON extraction from texts holding several records laid out otherwise than one field per line (markdown tables, CSV, key=value lines, YAML-like blocks, quoted mail, previous/current sections, receipts, passenger lists), the record picked in ever new ways; and single requests whose only model answer is a grounded value of the wrong row (the store gate). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r108_groups = []   # (base id, [variant ids])
r108_singles = []  # ids


def r108_group(key, schema, base_prompt, base_expect, variants):
    """variants: (suffix, prompt, expect, first_wrong or 'BASE' or None, safe)."""
    bid = f"d108-{key}-base"
    J(bid, f"r108_{key}", base_prompt, schema, base_expect, [base_expect])
    vids = []
    for suf, prompt, exp, first, safe in variants:
        vid = f"d108-{key}-{suf}"
        if first == "BASE":
            first = base_expect
        answers = [first, exp] if first is not None else [exp]
        J(vid, f"r108_{key}", prompt, schema, exp, answers, safe=safe)
        vids.append(vid)
    r108_groups.append((bid, vids))


def r108_single(key, schema, prompt, wrong, exp):
    sid = f"d108-s-{key}"
    J(sid, "r108_single", prompt, schema, exp, [wrong])
    r108_singles.append(sid)


# ------------------------------------------------------------- A. Markdown table, pick by City
r108_person = S({"name": "string", "age": "integer", "city": "string"})
r108_tabA = ("| Name | Age | City |\n|---|---|---|\n| Ola Nordmann | 41 | Oslo |\n"
             "| Kari Lie | 35 | Bergen |\n| Per Dahl | 52 | Tromsø |\n")
r108_instA = "From the member table, return the person in the row where City is {c} as JSON.\n\n"
r108_group("tab", r108_person, r108_instA.format(c="Bergen") + r108_tabA,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("pick", r108_instA.format(c="Tromsø") + r108_tabA, {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("pick2", r108_instA.format(c="Oslo") + r108_tabA, {"name": "Ola Nordmann", "age": 41, "city": "Oslo"},
     {"name": "Ola Nordmann", "age": 35, "city": "Oslo"}, False),
    ("cell", r108_instA.format(c="Bergen") + r108_tabA.replace("| 35 |", "| 36 |"),
     {"name": "Kari Lie", "age": 36, "city": "Bergen"}, "BASE", False),
    ("other", r108_instA.format(c="Bergen") + r108_tabA.replace("| 41 |", "| 35 |").replace("| 35 | Bergen", "| 41 | Bergen"),
     {"name": "Kari Lie", "age": 41, "city": "Bergen"}, "BASE", False),
    ("move", r108_instA.format(c="Bergen") + r108_tabA.replace("| Oslo |", "| Bergen* |").replace("| Bergen |", "| Oslo |").replace("| Bergen* |", "| Bergen |"),
     {"name": "Ola Nordmann", "age": 41, "city": "Bergen"}, {"name": "Kari Lie", "age": 35, "city": "Bergen"}, False),
    ("reord", r108_instA.format(c="Bergen") + "| Name | Age | City |\n|---|---|---|\n| Per Dahl | 52 | Tromsø |\n"
     "| Kari Lie | 35 | Bergen |\n| Ola Nordmann | 41 | Oslo |\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
    ("colswap", r108_instA.format(c="Bergen") + "| Name | City | Age |\n|---|---|---|\n| Ola Nordmann | Oslo | 41 |\n"
     "| Kari Lie | Bergen | 35 |\n| Per Dahl | Tromsø | 52 |\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
    ("addrow", r108_instA.format(c="Bergen") + r108_tabA.replace("| Kari Lie | 35 | Bergen |\n", "| Kari Lie | 35 | Stavanger |\n| Kari Lie | 63 | Bergen |\n"),
     {"name": "Kari Lie", "age": 63, "city": "Bergen"}, "BASE", False),
])

# table picked by position
r108_instA2 = "From the member table, return the person in {p} as JSON.\n\n"
r108_group("tpos", r108_person, r108_instA2.format(p="the last row") + r108_tabA,
           {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, [
    ("add", r108_instA2.format(p="the last row") + r108_tabA + "| Nina Aas | 27 | Bodø |\n",
     {"name": "Nina Aas", "age": 27, "city": "Bodø"}, "BASE", False),
    ("stl", r108_instA2.format(p="the second-to-last row") + r108_tabA,
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, "BASE", False),
    ("first", r108_instA2.format(p="the first row") + r108_tabA,
     {"name": "Ola Nordmann", "age": 41, "city": "Oslo"}, "BASE", False),
    ("oldest", r108_instA2.format(p="the row of the youngest member") + r108_tabA,
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, "BASE", False),
    ("rev", r108_instA2.format(p="the last row") + "| Name | Age | City |\n|---|---|---|\n| Per Dahl | 52 | Tromsø |\n"
     "| Kari Lie | 35 | Bergen |\n| Ola Nordmann | 41 | Oslo |\n",
     {"name": "Ola Nordmann", "age": 41, "city": "Oslo"}, "BASE", False),
])

# header labels swapped, values kept (a column means another thing)
r108_flat = S({"tenant": "string", "floor": "integer", "rooms": "integer"})
r108_tabF = "| Tenant | Floor | Rooms |\n|---|---|---|\n| Lars Moe | 4 | 2 |\n| Eva Strand | 7 | 3 |\n"
r108_instF = "Return the tenant {w} from the flat list as JSON.\n\n"
r108_group("hdr", r108_flat, r108_instF.format(w="Eva Strand") + r108_tabF,
           {"tenant": "Eva Strand", "floor": 7, "rooms": 3}, [
    ("swap", r108_instF.format(w="Eva Strand") + r108_tabF.replace("| Floor | Rooms |", "| Rooms | Floor |"),
     {"tenant": "Eva Strand", "floor": 3, "rooms": 7}, "BASE", False),
    ("lars", r108_instF.format(w="Lars Moe") + r108_tabF,
     {"tenant": "Lars Moe", "floor": 4, "rooms": 2}, {"tenant": "Lars Moe", "floor": 7, "rooms": 3}, False),
    ("cell", r108_instF.format(w="Eva Strand") + r108_tabF.replace("| 7 | 3 |", "| 7 | 4 |"),
     {"tenant": "Eva Strand", "floor": 7, "rooms": 4}, "BASE", False),
])

# ------------------------------------------------------------- B. CSV with header
r108_order = S({"order_id": "integer", "customer": "string", "amount": "number"})
r108_csv = ("order_id,customer,amount,status\n1001,Lena Berg,250.00,paid\n1002,Omar Haddad,99.50,unpaid\n"
            "1003,Ines Costa,410.00,cancelled\n")
r108_group("csv", r108_order, "From the CSV export, give the order that is not yet paid as JSON.\n\n" + r108_csv,
           {"order_id": 1002, "customer": "Omar Haddad", "amount": 99.5}, [
    ("stat", "From the CSV export, give the order that is not yet paid as JSON.\n\n" +
     r108_csv.replace("250.00,paid", "250.00,unpaid").replace("99.50,unpaid", "99.50,paid"),
     {"order_id": 1001, "customer": "Lena Berg", "amount": 250.0}, "BASE", False),
    ("paid", "From the CSV export, give the order that is paid as JSON.\n\n" + r108_csv,
     {"order_id": 1001, "customer": "Lena Berg", "amount": 250.0}, "BASE", False),
    ("amt", "From the CSV export, give the order that is not yet paid as JSON.\n\n" + r108_csv.replace("99.50", "95.50"),
     {"order_id": 1002, "customer": "Omar Haddad", "amount": 95.5}, "BASE", False),
    ("max", "From the CSV export, give the most expensive order as JSON.\n\n" + r108_csv,
     {"order_id": 1003, "customer": "Ines Costa", "amount": 410.0}, "BASE", False),
    ("maxnc", "From the CSV export, give the most expensive order as JSON; ignore the cancelled order.\n\n" + r108_csv,
     {"order_id": 1001, "customer": "Lena Berg", "amount": 250.0},
     {"order_id": 1003, "customer": "Ines Costa", "amount": 410.0}, False),
    ("hdrswap", "From the CSV export, give the order that is not yet paid as JSON.\n\n" +
     r108_csv.replace("order_id,customer,amount,status", "customer,order_id,amount,status").replace("1001,Lena Berg", "Lena Berg,1001")
     .replace("1002,Omar Haddad", "Omar Haddad,1002").replace("1003,Ines Costa", "Ines Costa,1003"),
     {"order_id": 1002, "customer": "Omar Haddad", "amount": 99.5}, None, True),
    ("addrow", "From the CSV export, give the order that is not yet paid as JSON.\n\n" +
     r108_csv.replace("1002,Omar Haddad,99.50,unpaid", "1002,Omar Haddad,99.50,paid") + "1004,Omar Haddad,120.00,unpaid\n",
     {"order_id": 1004, "customer": "Omar Haddad", "amount": 120.0}, "BASE", False),
])

# ------------------------------------------------------------- C. key=value lines
r108_kv = S({"name": "string", "age": "integer", "city": "string"})
r108_kvt = "name=Ola Berg; age=41; city=Oslo\nname=Siri Moe; age=29; city=Bergen\nname=Tor Ask; age=33; city=Molde\n"
r108_kvi = "The log below has one person per line. Return the person {w} as JSON.\n\n"
r108_group("kv", r108_kv, r108_kvi.format(w="who is under 30") + r108_kvt,
           {"name": "Siri Moe", "age": 29, "city": "Bergen"}, [
    ("ages", r108_kvi.format(w="who is under 30") + r108_kvt.replace("age=41", "age=28").replace("age=29", "age=31"),
     {"name": "Ola Berg", "age": 28, "city": "Oslo"}, "BASE", False),
    ("mid", r108_kvi.format(w="on the middle line") + r108_kvt,
     {"name": "Siri Moe", "age": 29, "city": "Bergen"}, None, False),
    ("molde", r108_kvi.format(w="from Molde") + r108_kvt,
     {"name": "Tor Ask", "age": 33, "city": "Molde"}, "BASE", False),
    ("city", r108_kvi.format(w="who is under 30") + r108_kvt.replace("city=Bergen", "city=Ålesund"),
     {"name": "Siri Moe", "age": 29, "city": "Ålesund"}, "BASE", False),
    ("over", r108_kvi.format(w="who is over 30 and not from Oslo") + r108_kvt,
     {"name": "Tor Ask", "age": 33, "city": "Molde"}, "BASE", False),
])

# ------------------------------------------------------------- D. YAML-like blocks
r108_guest = S({"name": "string", "room": "integer", "nights": "integer"})
r108_yaml = ("guests:\n  - name: Ada Vik\n    room: 12\n    nights: 3\n  - name: Bo Lund\n    room: 14\n    nights: 5\n"
             "  - name: Cato Rye\n    room: 16\n    nights: 1\n")
r108_yi = "Return the guest {w} from the hotel file as JSON.\n\n"
r108_group("yaml", r108_guest, r108_yi.format(w="in room 14") + r108_yaml,
           {"name": "Bo Lund", "room": 14, "nights": 5}, [
    ("r12", r108_yi.format(w="in room 12") + r108_yaml, {"name": "Ada Vik", "room": 12, "nights": 3}, "BASE", False),
    ("nights", r108_yi.format(w="in room 14") + r108_yaml.replace("nights: 5", "nights: 4"),
     {"name": "Bo Lund", "room": 14, "nights": 4}, "BASE", False),
    ("longest", r108_yi.format(w="with the shortest stay") + r108_yaml,
     {"name": "Cato Rye", "room": 16, "nights": 1}, "BASE", False),
    ("swapr", r108_yi.format(w="in room 14") + r108_yaml.replace("room: 12", "room: XX").replace("room: 14", "room: 12").replace("room: XX", "room: 14"),
     {"name": "Ada Vik", "room": 14, "nights": 3}, "BASE", False),
])

# ------------------------------------------------------------- E. e-mail thread with a quoted message
r108_contact = S({"name": "string", "phone": "string", "city": "string"})
r108_mail = ("From: Jonas Eide\nSubject: Re: my details\n\nHi, my details have changed, here they are:\n"
             "Name: Jonas Eide\nPhone: 912 34 567\nCity: Bergen\n\n"
             "> On 2 May, Jonas Eide wrote:\n> Name: Jonas Eide\n> Phone: 987 65 432\n> City: Oslo\n")
r108_group("mail", r108_contact, "Extract Jonas's current contact details from the thread as JSON.\n\n" + r108_mail,
           {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, [
    ("old", "Extract Jonas's contact details from the quoted earlier message as JSON.\n\n" + r108_mail,
     {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, "BASE", False),
    ("ph", "Extract Jonas's current contact details from the thread as JSON.\n\n" + r108_mail.replace("912 34 567", "913 34 567"),
     {"name": "Jonas Eide", "phone": "913 34 567", "city": "Bergen"}, "BASE", False),
    ("qph", "Extract Jonas's current contact details from the thread as JSON.\n\n" + r108_mail.replace("987 65 432", "912 00 000"),
     {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, None, True),
    ("flip", "Extract Jonas's current contact details from the thread as JSON.\n\n" +
     r108_mail.replace("Phone: 912 34 567\nCity: Bergen", "Phone: 987 65 432\nCity: Oslo", 1)
     .replace("> Phone: 987 65 432\n> City: Oslo", "> Phone: 912 34 567\n> City: Bergen"),
     {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, "BASE", False),
])

# ------------------------------------------------------------- F. previous / current address
r108_addr = S({"street": "string", "city": "string", "postcode": "string"})
r108_form = ("Change of address form\n\nPrevious address\nStreet: Storgata 5\nCity: Oslo\nPostcode: 0155\n\n"
             "Current address\nStreet: Kongens gate 12\nCity: Trondheim\nPostcode: 7011\n")
r108_form_sw = r108_form.replace("Previous address", "XX").replace("Current address", "Previous address").replace("XX", "Current address")
r108_group("addr", r108_addr, "Give the current address from the form as JSON.\n\n" + r108_form,
           {"street": "Kongens gate 12", "city": "Trondheim", "postcode": "7011"}, [
    ("prev", "Give the previous address from the form as JSON.\n\n" + r108_form,
     {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"}, "BASE", False),
    ("hswap", "Give the current address from the form as JSON.\n\n" + r108_form_sw,
     {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"}, "BASE", False),
    ("pc", "Give the current address from the form as JSON.\n\n" + r108_form.replace("7011", "7013"),
     {"street": "Kongens gate 12", "city": "Trondheim", "postcode": "7013"}, "BASE", False),
    ("old", "Give the old address from the form as JSON.\n\n" + r108_form,
     {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"}, "BASE", False),
    ("moving", "Give the address the customer is moving away from, as JSON.\n\n" + r108_form,
     {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"}, "BASE", False),
])

# ------------------------------------------------------------- G. receipt line items
r108_item = S({"item": "string", "quantity": "integer", "line_total": "number"})
r108_rc = ("RECEIPT  Kafé Nord\nCoffee      2 x 35.00 = 70.00\nCroissant   1 x 42.00 = 42.00\n"
           "Juice       3 x 29.00 = 87.00\nTOTAL 199.00\n")
r108_group("rc", r108_item, "Return the line item that costs the most (by line total) as JSON.\n\n" + r108_rc,
           {"item": "Juice", "quantity": 3, "line_total": 87.0}, [
    ("qty", "Return the line item that costs the most (by line total) as JSON.\n\n" +
     r108_rc.replace("2 x 35.00 = 70.00", "3 x 35.00 = 105.00").replace("199.00", "234.00"),
     {"item": "Coffee", "quantity": 3, "line_total": 105.0}, "BASE", False),
    ("unit", "Return the line item with the highest unit price as JSON.\n\n" + r108_rc,
     {"item": "Croissant", "quantity": 1, "line_total": 42.0}, "BASE", False),
    ("stl", "Return the second-to-last line item as JSON.\n\n" + r108_rc,
     {"item": "Croissant", "quantity": 1, "line_total": 42.0}, "BASE", False),
    ("least", "Return the line item that costs the least (by line total) as JSON.\n\n" + r108_rc,
     {"item": "Croissant", "quantity": 1, "line_total": 42.0}, "BASE", False),
])

# ------------------------------------------------------------- H. booking with passengers
r108_pax = S({"passenger": "string", "seat": "string", "meal": "string"})
r108_bk = ("Booking ref: QX7P2L\nFlight: SK 4411 Oslo-Tromsø\nPassenger 1: Anna Holm, seat 14C, meal: vegetarian\n"
           "Passenger 2: Erik Holm, seat 14D, meal: standard\nPassenger 3: Lea Holm, seat 15C, meal: child\n")
r108_group("pax", r108_pax, "Give the passenger in seat 14C from this booking as JSON.\n\n" + r108_bk,
           {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, [
    ("14d", "Give the passenger in seat 14D from this booking as JSON.\n\n" + r108_bk,
     {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"}, "BASE", False),
    ("seats", "Give the passenger in seat 14C from this booking as JSON.\n\n" +
     r108_bk.replace("seat 14C", "seat 1X").replace("seat 14D", "seat 14C").replace("seat 1X", "seat 14D"),
     {"passenger": "Erik Holm", "seat": "14C", "meal": "standard"}, "BASE", False),
    ("meal", "Give the passenger in seat 14C from this booking as JSON.\n\n" + r108_bk.replace("vegetarian", "vegan"),
     {"passenger": "Anna Holm", "seat": "14C", "meal": "vegan"}, "BASE", False),
    ("child", "Give the passenger with the child meal from this booking as JSON.\n\n" + r108_bk,
     {"passenger": "Lea Holm", "seat": "15C", "meal": "child"}, "BASE", False),
    ("p2", "Give passenger 2 from this booking as JSON.\n\n" + r108_bk,
     {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"}, "BASE", False),
])

# ------------------------------------------------------------- I. several bookings, most recent
r108_bkg = S({"ref": "string", "date": "string", "hotel": "string"})
r108_bl = ("Your bookings\n\nRef: HB-201\nDate: 2027-03-14\nHotel: Grand Molde\n\n"
           "Ref: HB-305\nDate: 2027-05-02\nHotel: Fjord Inn\n\nRef: HB-118\nDate: 2027-01-20\nHotel: Polar Lodge\n")
r108_group("bkg", r108_bkg, "Return the most recent booking as JSON.\n\n" + r108_bl,
           {"ref": "HB-305", "date": "2027-05-02", "hotel": "Fjord Inn"}, [
    ("date", "Return the most recent booking as JSON.\n\n" + r108_bl.replace("2027-01-20", "2027-06-20"),
     {"ref": "HB-118", "date": "2027-06-20", "hotel": "Polar Lodge"}, "BASE", False),
    ("oldest", "Return the earliest booking as JSON.\n\n" + r108_bl,
     {"ref": "HB-118", "date": "2027-01-20", "hotel": "Polar Lodge"}, "BASE", False),
    ("canc", "Return the most recent booking as JSON; ignore cancelled bookings.\n\n" +
     r108_bl.replace("Hotel: Fjord Inn\n", "Hotel: Fjord Inn\nStatus: cancelled\n"),
     {"ref": "HB-201", "date": "2027-03-14", "hotel": "Grand Molde"}, "BASE", False),
    ("hotel", "Return the most recent booking as JSON.\n\n" + r108_bl.replace("Fjord Inn", "Fjord Hotel"),
     {"ref": "HB-305", "date": "2027-05-02", "hotel": "Fjord Hotel"}, "BASE", False),
])

# ------------------------------------------------------------- J. labelled blocks, one picked by a heading
r108_emp = S({"name": "string", "phone": "string"})
r108_nok = ("Employee record\nName: Maja Sæther\nPhone: 400 11 222\n\nNext of kin\nName: Rolf Sæther\nPhone: 455 66 777\n")
r108_group("nok", r108_emp, "Give the employee's name and phone as JSON.\n\n" + r108_nok,
           {"name": "Maja Sæther", "phone": "400 11 222"}, [
    ("kin", "Give the next of kin's name and phone as JSON.\n\n" + r108_nok,
     {"name": "Rolf Sæther", "phone": "455 66 777"}, "BASE", False),
    ("hsw", "Give the employee's name and phone as JSON.\n\n" +
     "Next of kin\nName: Maja Sæther\nPhone: 400 11 222\n\nEmployee record\nName: Rolf Sæther\nPhone: 455 66 777\n",
     {"name": "Rolf Sæther", "phone": "455 66 777"}, "BASE", False),
])

# ------------------------------------------------------------- singles: the only answer is a grounded value of another row
r108_single("tab-oslo", r108_person, r108_instA.format(c="Bergen").replace("member table", "club table") + r108_tabA,
            {"name": "Ola Nordmann", "age": 41, "city": "Oslo"}, {"name": "Kari Lie", "age": 35, "city": "Bergen"})
r108_single("tab-age", r108_person, r108_instA.format(c="Tromsø").replace("member table", "club table") + r108_tabA,
            {"name": "Per Dahl", "age": 35, "city": "Tromsø"}, {"name": "Per Dahl", "age": 52, "city": "Tromsø"})
r108_single("csv-paid", r108_order, "From the CSV file, give the order still unpaid as JSON.\n\n" + r108_csv,
            {"order_id": 1001, "customer": "Lena Berg", "amount": 250.0}, {"order_id": 1002, "customer": "Omar Haddad", "amount": 99.5})
r108_single("csv-canc", r108_order, "From the CSV file, give the largest order that was not cancelled as JSON.\n\n" + r108_csv,
            {"order_id": 1003, "customer": "Ines Costa", "amount": 410.0}, {"order_id": 1001, "customer": "Lena Berg", "amount": 250.0})
r108_single("kv", r108_kv, "One person per line below. Return the person from Bergen as JSON.\n\n" + r108_kvt,
            {"name": "Ola Berg", "age": 41, "city": "Oslo"}, {"name": "Siri Moe", "age": 29, "city": "Bergen"})
r108_single("yaml", r108_guest, "Return the guest staying longest from the hotel file as JSON.\n\n" + r108_yaml,
            {"name": "Ada Vik", "room": 12, "nights": 3}, {"name": "Bo Lund", "room": 14, "nights": 5})
r108_single("mail-old", r108_contact, "Give Jonas's latest contact details as JSON.\n\n" + r108_mail,
            {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"})
r108_single("addr-prev", r108_addr, "Give the customer's current address as JSON.\n\n" + r108_form,
            {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"}, {"street": "Kongens gate 12", "city": "Trondheim", "postcode": "7011"})
r108_single("addr-cur", r108_addr, "Give the customer's previous address as JSON.\n\n" + r108_form,
            {"street": "Kongens gate 12", "city": "Trondheim", "postcode": "7011"}, {"street": "Storgata 5", "city": "Oslo", "postcode": "0155"})
r108_single("rc", r108_item, "Return the priciest line on the receipt (line total) as JSON.\n\n" + r108_rc,
            {"item": "Coffee", "quantity": 2, "line_total": 70.0}, {"item": "Juice", "quantity": 3, "line_total": 87.0})
r108_single("pax", r108_pax, "Give the passenger sitting in 14D as JSON.\n\n" + r108_bk,
            {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"})
r108_single("pax-mix", r108_pax, "Give the passenger sitting in 15C as JSON.\n\n" + r108_bk,
            {"passenger": "Lea Holm", "seat": "15C", "meal": "standard"}, {"passenger": "Lea Holm", "seat": "15C", "meal": "child"})
r108_single("bkg", r108_bkg, "Return my latest booking as JSON.\n\n" + r108_bl,
            {"ref": "HB-118", "date": "2027-01-20", "hotel": "Polar Lodge"}, {"ref": "HB-305", "date": "2027-05-02", "hotel": "Fjord Inn"})
r108_single("nok", r108_emp, "Give the emergency contact's name and phone as JSON.\n\n" + r108_nok,
            {"name": "Maja Sæther", "phone": "400 11 222"}, {"name": "Rolf Sæther", "phone": "455 66 777"})
r108_single("nok-mix", r108_emp, "Give the employee's name and phone number as JSON.\n\n" + r108_nok,
            {"name": "Maja Sæther", "phone": "455 66 777"}, {"name": "Maja Sæther", "phone": "400 11 222"})
r108_single("hdr", r108_flat, "Return the flat of tenant Lars Moe as JSON.\n\n" + r108_tabF.replace("| Floor | Rooms |", "| Rooms | Floor |"),
            {"tenant": "Lars Moe", "floor": 4, "rooms": 2}, {"tenant": "Lars Moe", "floor": 2, "rooms": 4})


# ============================================================= part 2: layouts that may read as one record
# K. transposed table: columns are the records
r108_addr2 = S({"street": "string", "city": "string"})
r108_tt = "| Field | Current | Previous |\n|---|---|---|\n| Street | Kongens gate 12 | Storgata 5 |\n| City | Trondheim | Oslo |\n"
r108_group("tt", r108_addr2, "Give the current address as JSON.\n\n" + r108_tt,
           {"street": "Kongens gate 12", "city": "Trondheim"}, [
    ("prev", "Give the previous address as JSON.\n\n" + r108_tt, {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("colsw", "Give the current address as JSON.\n\n" + r108_tt.replace("| Current | Previous |", "| Previous | Current |"),
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("cell", "Give the current address as JSON.\n\n" + r108_tt.replace("Trondheim", "Tromsø"),
     {"street": "Kongens gate 12", "city": "Tromsø"}, "BASE", False),
])

# L. one-line previous address beside labelled current fields
r108_la = "Customer: Nora Lund\nStreet: Kongens gate 12\nCity: Trondheim\nPrevious address: Storgata 5, Oslo\n"
r108_group("la", r108_addr2, "Give the customer's street and city as JSON.\n\n" + r108_la,
           {"street": "Kongens gate 12", "city": "Trondheim"}, [
    ("prev", "Give the customer's previous street and city as JSON.\n\n" + r108_la, {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("swap", "Give the customer's street and city as JSON.\n\n" +
     "Customer: Nora Lund\nStreet: Storgata 5\nCity: Oslo\nPrevious address: Kongens gate 12, Trondheim\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("lbl", "Give the customer's street and city as JSON.\n\n" +
     "Customer: Nora Lund\nStreet: Kongens gate 12\nCity: Trondheim\nNew address: Storgata 5, Oslo\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
])

# M. forwarded mail without '>' marks
r108_fw = ("Hi team, please update Jonas.\nName: Jonas Eide\nPhone: 912 34 567\nCity: Bergen\n\n"
           "-----Original Message-----\nFrom: Jonas Eide\nSent: 2 May 2027\nName: Jonas Eide\nPhone: 987 65 432\nCity: Oslo\n")
r108_group("fw", r108_contact, "Extract the contact details from the newest message as JSON.\n\n" + r108_fw,
           {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, [
    ("orig", "Extract the contact details from the original message as JSON.\n\n" + r108_fw,
     {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, "BASE", False),
    ("ph", "Extract the contact details from the newest message as JSON.\n\n" + r108_fw.replace("912 34 567", "912 34 568"),
     {"name": "Jonas Eide", "phone": "912 34 568", "city": "Bergen"}, "BASE", False),
])

# N. one CSV row, then a second row
r108_csv1 = "name,age,city\nKari Lie,35,Bergen\n"
r108_group("csv1", r108_person, "Convert the CSV row to JSON.\n\n" + r108_csv1,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("add", "Convert the CSV row for Per Dahl to JSON.\n\n" + r108_csv1 + "Per Dahl,52,Tromsø\n",
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("addlast", "Convert the last CSV row to JSON.\n\n" + r108_csv1 + "Per Dahl,52,Tromsø\n",
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("cols", "Convert the CSV row to JSON.\n\n" + "name,city,age\nKari Lie,35,Bergen\n".replace("35,Bergen", "Bergen,35"),
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
    ("hsw", "Convert the CSV row to JSON.\n\nname,age,city\nKari Lie,53,Bergen\n",
     {"name": "Kari Lie", "age": 53, "city": "Bergen"}, "BASE", False),
])

# O. one-row Markdown table, then two rows
r108_md1 = "| Name | Age | City |\n|---|---|---|\n| Kari Lie | 35 | Bergen |\n"
r108_group("md1", r108_person, "Convert the table row to JSON.\n\n" + r108_md1,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("add", "Convert the table row for Per Dahl to JSON.\n\n" + r108_md1 + "| Per Dahl | 52 | Tromsø |\n",
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("hsw", "Convert the table row to JSON.\n\n" + "| Name | City | Age |\n|---|---|---|\n| Kari Lie | 35 | Bergen |\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
])

# P. single key=value record, then a second one
r108_kv1 = "name=Siri Moe; age=29; city=Bergen\n"
r108_group("kv1", r108_kv, "Turn the key=value record into JSON.\n\n" + r108_kv1,
           {"name": "Siri Moe", "age": 29, "city": "Bergen"}, [
    ("add", "Turn the key=value record of Tor Ask into JSON.\n\n" + r108_kv1 + "name=Tor Ask; age=33; city=Molde\n",
     {"name": "Tor Ask", "age": 33, "city": "Molde"}, "BASE", False),
    ("add2", "Turn the second key=value record into JSON.\n\n" + r108_kv1 + "name=Tor Ask; age=33; city=Molde\n",
     {"name": "Tor Ask", "age": 33, "city": "Molde"}, "BASE", False),
    ("prev", "Turn the key=value record into JSON.\n\n" + r108_kv1 + "previous: city=Oslo; age=28\n",
     {"name": "Siri Moe", "age": 29, "city": "Bergen"}, None, False),
    ("upd", "Turn the key=value record into JSON.\n\n" + r108_kv1 + "update: city=Oslo\n",
     {"name": "Siri Moe", "age": 29, "city": "Oslo"}, "BASE", False),
])

# Q. YAML nested blocks, contact vs emergency
r108_ym = "contact:\n  name: Maja Sæther\n  phone: 400 11 222\nemergency:\n  name: Rolf Sæther\n  phone: 455 66 777\n"
r108_group("ym", r108_emp, "Return the contact block as JSON.\n\n" + r108_ym,
           {"name": "Maja Sæther", "phone": "400 11 222"}, [
    ("em", "Return the emergency block as JSON.\n\n" + r108_ym, {"name": "Rolf Sæther", "phone": "455 66 777"}, "BASE", False),
    ("ksw", "Return the contact block as JSON.\n\n" + r108_ym.replace("contact:", "XX:").replace("emergency:", "contact:").replace("XX:", "emergency:"),
     {"name": "Rolf Sæther", "phone": "455 66 777"}, "BASE", False),
])

# R. lead passenger and a companion in a sentence
r108_lp = "Booking ref: QX7P2L\nLead passenger: Anna Holm\nSeat: 14C\nMeal: vegetarian\nAlso travelling: Erik Holm in 14D (standard meal).\n"
r108_group("lp", r108_pax, "Give the lead passenger's seat and meal as JSON.\n\n" + r108_lp,
           {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, [
    ("comp", "Give the other passenger's seat and meal as JSON.\n\n" + r108_lp,
     {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"}, "BASE", False),
    ("14d", "Give the seat and meal of the passenger in 14D as JSON.\n\n" + r108_lp,
     {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"}, "BASE", False),
])

# S. pipe-separated label lines, several per line
r108_pl = "Name: Ola Berg | Age: 41 | City: Oslo\nName: Siri Moe | Age: 29 | City: Bergen\n"
r108_group("pl", r108_person, "Return the record on the first line as JSON.\n\n" + r108_pl,
           {"name": "Ola Berg", "age": 41, "city": "Oslo"}, [
    ("second", "Return the record on the second line as JSON.\n\n" + r108_pl,
     {"name": "Siri Moe", "age": 29, "city": "Bergen"}, "BASE", False),
    ("rev", "Return the record on the first line as JSON.\n\n" +
     "Name: Siri Moe | Age: 29 | City: Bergen\nName: Ola Berg | Age: 41 | City: Oslo\n",
     {"name": "Siri Moe", "age": 29, "city": "Bergen"}, "BASE", False),
])

# T. receipt with one paid and one unpaid invoice as labelled blocks
r108_inv = S({"invoice": "string", "amount": "number"})
r108_iv = "Invoice: INV-77\nAmount: 1200.00\nStatus: paid\n\nInvoice: INV-78\nAmount: 860.00\nStatus: open\n"
r108_group("iv", r108_inv, "Return the invoice that is not yet paid as JSON.\n\n" + r108_iv,
           {"invoice": "INV-78", "amount": 860.0}, [
    ("st", "Return the invoice that is not yet paid as JSON.\n\n" + r108_iv.replace("Status: paid", "Status: X").replace("Status: open", "Status: paid").replace("Status: X", "Status: open"),
     {"invoice": "INV-77", "amount": 1200.0}, "BASE", False),
])

# singles on part-2 layouts
r108_single("tt", r108_addr2, "Give the present address as JSON.\n\n" + r108_tt, {"street": "Storgata 5", "city": "Oslo"},
            {"street": "Kongens gate 12", "city": "Trondheim"})
r108_single("la", r108_addr2, "Give the street and city the customer used to live at, as JSON.\n\n" + r108_la,
            {"street": "Kongens gate 12", "city": "Trondheim"}, {"street": "Storgata 5", "city": "Oslo"})
r108_single("fw", r108_contact, "Extract Jonas's contact details from the forwarded original as JSON.\n\n" + r108_fw,
            {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"})
r108_single("csv2", r108_person, "Convert the CSV row for Per Dahl into JSON.\n\n" + r108_csv1 + "Per Dahl,52,Tromsø\n",
            {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Tromsø"})
r108_single("kv2", r108_kv, "Turn the key=value record of Tor Ask into a JSON object.\n\n" + r108_kv1 + "name=Tor Ask; age=33; city=Molde\n",
            {"name": "Siri Moe", "age": 29, "city": "Bergen"}, {"name": "Tor Ask", "age": 33, "city": "Molde"})
r108_single("ym", r108_emp, "Return the emergency contact block as JSON.\n\n" + r108_ym,
            {"name": "Maja Sæther", "phone": "400 11 222"}, {"name": "Rolf Sæther", "phone": "455 66 777"})
r108_single("lp", r108_pax, "Give the companion's seat and meal as JSON.\n\n" + r108_lp,
            {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"})
r108_single("pl", r108_person, "Return the record on the second line as a JSON object.\n\n" + r108_pl,
            {"name": "Ola Berg", "age": 41, "city": "Oslo"}, {"name": "Siri Moe", "age": 29, "city": "Bergen"})
r108_single("iv", r108_inv, "Return the open invoice as JSON.\n\n" + r108_iv,
            {"invoice": "INV-77", "amount": 1200.0}, {"invoice": "INV-78", "amount": 860.0})


# ============================================================= part 3: store probes (controls) and near-single layouts
r108_plain = "Name: Kari Lie\nAge: 35\nCity: Bergen\n"
r108_group("ctl", r108_person, "Extract the person's details as JSON.\n\n" + r108_plain,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("age", "Extract the person's details as JSON.\n\n" + r108_plain.replace("35", "36"),
     {"name": "Kari Lie", "age": 36, "city": "Bergen"}, "BASE", False),
])


# U. a record and a second person on one line
r108_co = "Applicant\nName: Kari Lie\nAge: 35\nCity: Bergen\nCo-applicant: Per Dahl, 52, Tromsø\n"
r108_group("co", r108_person, "Extract the applicant's details as JSON.\n\n" + r108_co,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("co", "Extract the co-applicant's details as JSON.\n\n" + r108_co, {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("second", "Extract the second applicant's details as JSON.\n\n" + r108_co, {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("older", "Extract the details of the older applicant as JSON.\n\n" + r108_co, {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
    ("swap", "Extract the applicant's details as JSON.\n\n" + "Applicant\nName: Per Dahl\nAge: 52\nCity: Tromsø\nCo-applicant: Kari Lie, 35, Bergen\n",
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
])

# V. the request picks the record; the text holds one record and the instruction names another one
r108_group("nm", r108_person, "Extract Kari Lie's details as JSON.\n\n" + r108_plain,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("row", "Extract the details in the row where City is Bergen as JSON.\n\n" + r108_plain,
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
    ("last", "Extract the details of the last person as JSON.\n\n" + r108_plain,
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, None, True),
])

# W. header + field lines, two blocks split by a rule line only
r108_two = "Name: Kari Lie\nAge: 35\nCity: Bergen\n---\nName: Per Dahl\nAge: 52\nCity: Tromsø\n"
r108_group("two", r108_person, "Extract the first person's details as JSON.\n\n" + r108_two,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("second", "Extract the second person's details as JSON.\n\n" + r108_two,
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
])

# X. quoted old message in fields, new message in prose
r108_qp = ("Hi, I moved last week, my new number is 912 34 567 and I live in Bergen now.\nJonas\n\n"
           "> Name: Jonas Eide\n> Phone: 987 65 432\n> City: Oslo\n")
r108_group("qp", r108_contact, "Extract Jonas's contact details as JSON.\n\n" + r108_qp,
           {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, [
    ("ph", "Extract Jonas's contact details as JSON.\n\n" + r108_qp.replace("912 34 567", "913 00 111"),
     {"name": "Jonas Eide", "phone": "913 00 111", "city": "Bergen"}, "BASE", False),
])

# Y. current fields with the old value in brackets
r108_br = "Name: Kari Lie\nAge: 35\nCity: Bergen (until May: Oslo)\n"
r108_group("br", r108_person, "Extract the person's details as JSON.\n\n" + r108_br,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("old", "Extract the person's details as of April as JSON.\n\n" + r108_br,
     {"name": "Kari Lie", "age": 35, "city": "Oslo"}, "BASE", False),
])

# Z. a record and a 'Guest 2' tail in words
r108_g2 = "Guest: Anna Holm\nSeat: 14C\nMeal: vegetarian\nTravelling with: Erik Holm\n"
r108_group("g2", r108_pax, "Give the guest's name, seat and meal as JSON.\n\n" + r108_g2,
           {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, [
    ("tw", "Give the name, seat and meal of the person Anna travels with as JSON.\n\n" + r108_g2 + "Erik's seat: 14D\nErik's meal: standard\n",
     {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"}, "BASE", False),
])

# AA. labelled record, picked record in the instruction vs name in text
r108_group("ctl2", r108_person, "Extract the person whose city is Bergen as JSON.\n\n" + r108_plain,
           {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("tromso", "Extract the person whose city is Tromsø as JSON.\n\n" + r108_plain + "\nName: Per Dahl\nAge: 52\nCity: Tromsø\n",
     {"name": "Per Dahl", "age": 52, "city": "Tromsø"}, "BASE", False),
])
r108_single("co", r108_person, "Extract the co-applicant as JSON.\n\n" + r108_co,
            {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Tromsø"})
r108_single("br", r108_person, "Extract the person's details as they were before May, as JSON.\n\n" + r108_br,
            {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Kari Lie", "age": 35, "city": "Oslo"})
r108_single("g2", r108_pax, "Give the companion's name as passenger, and the seat and meal, as JSON.\n\n" + r108_g2 + "Erik's seat: 14D\nErik's meal: standard\n",
            {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, {"passenger": "Erik Holm", "seat": "14D", "meal": "standard"})


# ============================================================= part 4: several records in role-prefixed or numbered fields
r108_na = S({"name": "string", "age": "integer"})
r108_role = "Driver name: Kari Lie\nDriver age: 35\nPassenger name: Per Dahl\nPassenger age: 52\n"
r108_group("role", r108_na, "Give the driver's name and age as JSON.\n\n" + r108_role, {"name": "Kari Lie", "age": 35}, [
    ("pass", "Give the passenger's name and age as JSON.\n\n" + r108_role, {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("swap", "Give the driver's name and age as JSON.\n\n" + "Driver name: Per Dahl\nDriver age: 52\nPassenger name: Kari Lie\nPassenger age: 35\n",
     {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("lblsw", "Give the driver's name and age as JSON.\n\n" + "Passenger name: Kari Lie\nPassenger age: 35\nDriver name: Per Dahl\nDriver age: 52\n",
     {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("ages", "Give the driver's name and age as JSON.\n\n" + r108_role.replace("Driver age: 35", "Driver age: 52").replace("Passenger age: 52", "Passenger age: 35"),
     {"name": "Kari Lie", "age": 52}, "BASE", False),
    ("reord", "Give the driver's name and age as JSON.\n\n" + "Passenger name: Per Dahl\nPassenger age: 52\nDriver name: Kari Lie\nDriver age: 35\n",
     {"name": "Kari Lie", "age": 35}, None, True),
])
r108_num = "Name 1: Kari Lie\nAge 1: 35\nName 2: Per Dahl\nAge 2: 52\n"
r108_group("num", r108_na, "Give person 1's name and age as JSON.\n\n" + r108_num, {"name": "Kari Lie", "age": 35}, [
    ("p2", "Give person 2's name and age as JSON.\n\n" + r108_num, {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("sw", "Give person 1's name and age as JSON.\n\n" + "Name 1: Per Dahl\nAge 1: 52\nName 2: Kari Lie\nAge 2: 35\n", {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("age", "Give person 1's name and age as JSON.\n\n" + r108_num.replace("Age 1: 35", "Age 1: 36"), {"name": "Kari Lie", "age": 36}, "BASE", False),
])
r108_sl = "Name: Kari Lie / Per Dahl\nAge: 35 / 52\n"
r108_group("sl", r108_na, "Give the first person's name and age as JSON.\n\n" + r108_sl, {"name": "Kari Lie", "age": 35}, [
    ("second", "Give the second person's name and age as JSON.\n\n" + r108_sl, {"name": "Per Dahl", "age": 52}, "BASE", False),
    ("sw", "Give the first person's name and age as JSON.\n\n" + "Name: Per Dahl / Kari Lie\nAge: 52 / 35\n", {"name": "Per Dahl", "age": 52}, "BASE", False),
])
r108_pc = "Previous street: Storgata 5\nPrevious city: Oslo\nStreet: Kongens gate 12\nCity: Trondheim\n"
r108_group("pc", r108_addr2, "Give the current street and city as JSON.\n\n" + r108_pc, {"street": "Kongens gate 12", "city": "Trondheim"}, [
    ("prev", "Give the previous street and city as JSON.\n\n" + r108_pc, {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("lbl", "Give the current street and city as JSON.\n\n" + "Street: Storgata 5\nCity: Oslo\nNew street: Kongens gate 12\nNew city: Trondheim\n",
     {"street": "Kongens gate 12", "city": "Trondheim"}, {"street": "Storgata 5", "city": "Oslo"}, False),
    ("lbl2", "Give the current street and city as JSON.\n\n" + "Previous street: Kongens gate 12\nPrevious city: Trondheim\nStreet: Storgata 5\nCity: Oslo\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
])
r108_pc2 = "Street: Kongens gate 12\nCity: Trondheim\nPhone: 400 11 222\n"
r108_group("pc2", r108_addr2, "Give the street and city as JSON.\n\n" + r108_pc2, {"street": "Kongens gate 12", "city": "Trondheim"}, [
    ("prevadd", "Give the street and city as JSON.\n\n" + "Street: Storgata 5\nCity: Oslo\nPhone: 400 11 222\n\nStreet: Kongens gate 12\nCity: Trondheim\n",
     {"street": "Kongens gate 12", "city": "Trondheim"}, {"street": "Storgata 5", "city": "Oslo"}, False),
    ("oldnew", "Give the street and city as JSON.\n\n" + r108_pc2 + "Street (until 2026): Storgata 5\nCity (until 2026): Oslo\n",
     {"street": "Kongens gate 12", "city": "Trondheim"}, None, False),
])


# ============================================================= part 5: a stored single record, then a second record added
r108_cur = "Current address\nStreet: Kongens gate 12\nCity: Trondheim\n"
r108_group("cur", r108_addr2, "Give the current address as JSON.\n\n" + r108_cur, {"street": "Kongens gate 12", "city": "Trondheim"}, [
    ("addprev", "Give the current address as JSON.\n\n" + r108_cur + "\nPrevious address\nStreet: Storgata 5\nCity: Oslo\n",
     {"street": "Kongens gate 12", "city": "Trondheim"}, None, True),
    ("demote", "Give the current address as JSON.\n\n" + r108_cur.replace("Current", "Previous") + "\nCurrent address\nStreet: Storgata 5\nCity: Oslo\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("demote2", "Give the current address as JSON.\n\nCurrent address\nStreet: Storgata 5\nCity: Oslo\n\nPrevious address\nStreet: Kongens gate 12\nCity: Trondheim\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("tbl", "Give the current address as JSON.\n\n" + r108_cur + "\n| Address | Street | City |\n|---|---|---|\n| Current (from 1 June) | Storgata 5 | Oslo |\n",
     {"street": "Storgata 5", "city": "Oslo"}, "BASE", False),
    ("hdr", "Give the current address as JSON.\n\n" + r108_cur.replace("Current address", "Previous address"),
     {"_": "NO SUCH RECORD"}, "BASE", False),
])
r108_row = "Name: Kari Lie\nAge: 35\nCity: Bergen\n"
r108_group("rowsel", r108_person, "Return the person whose city is Bergen as JSON.\n\n" + r108_row, {"name": "Kari Lie", "age": 35, "city": "Bergen"}, [
    ("tbl", "Return the person whose city is Bergen as JSON.\n\n" + "| Name | Age | City |\n|---|---|---|\n| Kari Lie | 35 | Oslo |\n| Per Dahl | 52 | Bergen |\n",
     {"name": "Per Dahl", "age": 52, "city": "Bergen"}, "BASE", False),
    ("csv", "Return the person whose city is Bergen as JSON.\n\n" + r108_row.replace("Bergen", "Oslo") + "\nname,age,city\nPer Dahl,52,Bergen\n",
     {"name": "Per Dahl", "age": 52, "city": "Bergen"}, "BASE", False),
    ("kv", "Return the person whose city is Bergen as JSON.\n\n" + r108_row.replace("Bergen", "Oslo") + "name=Per Dahl; age=52; city=Bergen\n",
     {"name": "Per Dahl", "age": 52, "city": "Bergen"}, "BASE", False),
])
r108_seat = "Passenger: Anna Holm\nSeat: 14C\nMeal: vegetarian\n"
r108_group("seat", r108_pax, "Give the passenger in seat 14C as JSON.\n\n" + r108_seat, {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, [
    ("add", "Give the passenger in seat 14C as JSON.\n\n" + r108_seat.replace("14C", "14D") + "\nPassenger: Erik Holm\nSeat: 14C\nMeal: standard\n",
     {"passenger": "Erik Holm", "seat": "14C", "meal": "standard"}, "BASE", False),
    ("add2", "Give the passenger in seat 14C as JSON.\n\n" + r108_seat + "\nPassenger: Erik Holm\nSeat: 14D\nMeal: standard\n",
     {"passenger": "Anna Holm", "seat": "14C", "meal": "vegetarian"}, None, True),
])
r108_ord1 = "Order: 1002\nCustomer: Omar Haddad\nAmount: 99.50\nStatus: unpaid\n"
r108_ordS = S({"order": "integer", "customer": "string", "amount": "number"})
r108_group("ord", r108_ordS, "Return the order that is not yet paid as JSON.\n\n" + r108_ord1, {"order": 1002, "customer": "Omar Haddad", "amount": 99.5}, [
    ("paid", "Return the order that is not yet paid as JSON.\n\n" + r108_ord1.replace("unpaid", "paid") + "\nOrder: 1004\nCustomer: Lena Berg\nAmount: 250.00\nStatus: unpaid\n",
     {"order": 1004, "customer": "Lena Berg", "amount": 250.0}, "BASE", False),
    ("canc", "Return the order that is not yet paid as JSON; ignore the cancelled order.\n\n" + r108_ord1.replace("unpaid", "cancelled") + "\nOrder: 1004\nCustomer: Lena Berg\nAmount: 250.00\nStatus: unpaid\n",
     {"order": 1004, "customer": "Lena Berg", "amount": 250.0}, "BASE", False),
    ("same", "Return the order that is not yet paid as JSON.\n\n" + r108_ord1 + "\nOrder: 1004\nCustomer: Lena Berg\nAmount: 250.00\nStatus: paid\n",
     {"order": 1002, "customer": "Omar Haddad", "amount": 99.5}, None, True),
])
r108_bk1 = "Ref: HB-305\nDate: 2027-05-02\nHotel: Fjord Inn\n"
r108_group("rec", r108_bkg, "Return the most recent booking as JSON.\n\n" + r108_bk1, {"ref": "HB-305", "date": "2027-05-02", "hotel": "Fjord Inn"}, [
    ("add", "Return the most recent booking as JSON.\n\n" + r108_bk1 + "\nRef: HB-411\nDate: 2027-08-19\nHotel: Polar Lodge\n",
     {"ref": "HB-411", "date": "2027-08-19", "hotel": "Polar Lodge"}, "BASE", False),
    ("addold", "Return the most recent booking as JSON.\n\n" + r108_bk1 + "\nRef: HB-118\nDate: 2027-01-20\nHotel: Polar Lodge\n",
     {"ref": "HB-305", "date": "2027-05-02", "hotel": "Fjord Inn"}, None, True),
])
r108_jm = "Name: Jonas Eide\nPhone: 912 34 567\nCity: Bergen\n"
r108_group("jm", r108_contact, "Extract Jonas's current contact details as JSON.\n\n" + r108_jm, {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, [
    ("quote", "Extract Jonas's current contact details as JSON.\n\n" + r108_jm + "\n> On 2 May, Jonas Eide wrote:\n> Name: Jonas Eide\n> Phone: 987 65 432\n> City: Oslo\n",
     {"name": "Jonas Eide", "phone": "912 34 567", "city": "Bergen"}, None, True),
    ("newer", "Extract Jonas's current contact details as JSON.\n\n" + "Name: Jonas Eide\nPhone: 987 65 432\nCity: Oslo\n\n> On 2 May, Jonas Eide wrote:\n> " + r108_jm.rstrip("\n").replace("\n", "\n> ") + "\n",
     {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, "BASE", False),
    ("quoted", "Extract Jonas's current contact details as JSON.\n\n" + "Hi, all changed, see below. The old details:\n> " + r108_jm.rstrip("\n").replace("\n", "\n> ") + "\nNew:\nName: Jonas Eide\nPhone: 987 65 432\nCity: Oslo\n",
     {"name": "Jonas Eide", "phone": "987 65 432", "city": "Oslo"}, "BASE", False),
])
r108_rc1 = "Item: Juice\nQuantity: 3\nLine total: 87.00\n"
r108_group("rc1", r108_item, "Return the line item that costs the most as JSON.\n\n" + r108_rc1, {"item": "Juice", "quantity": 3, "line_total": 87.0}, [
    ("add", "Return the line item that costs the most as JSON.\n\n" + r108_rc1 + "\nItem: Coffee\nQuantity: 3\nLine total: 105.00\n",
     {"item": "Coffee", "quantity": 3, "line_total": 105.0}, "BASE", False),
])


# ============================================================= part 6: a sentence above the stored record that picks another record / value
r108_ctlI = "Extract the person's details as JSON.\n\n"
for r108_k, r108_intro, r108_exp in [
    ("i1", "Kari moved from Bergen to Oslo last week, so her city is now Oslo:\n", {"name": "Kari Lie", "age": 35, "city": "Oslo"}),
    ("i2", "Kari Lie turned 36 yesterday, so the card below is out of date:\n", {"name": "Kari Lie", "age": 36, "city": "Bergen"}),
    ("i3", "Hun har flyttet til Oslo, resten av kortet stemmer:\n", {"name": "Kari Lie", "age": 35, "city": "Oslo"}),
    ("i4", "The card below is her sister's; the person is Per Dahl, 52, of Tromsø.\n", {"name": "Per Dahl", "age": 52, "city": "Tromsø"}),
    ("i6", "Older card, replaced by the one for Per Dahl, 52, Tromsø:\n", {"name": "Per Dahl", "age": 52, "city": "Tromsø"}),
]:
    J(f"d108-ctl-{r108_k}", "r108_intro", r108_ctlI + r108_intro + r108_plain, r108_person, r108_exp,
      [{"name": "Kari Lie", "age": 35, "city": "Bergen"}, r108_exp])
    r108_groups.append(("d108-ctl-base", [f"d108-ctl-{r108_k}"]))
# i5 asks for "the person" with two: the second one named here is ambiguous; keep i5 but mark the expected as the one asked below
r108_curI = "Give the current address as JSON.\n\n"
for r108_k, r108_intro, r108_exp in [
    ("i1", "Since 1 June the customer lives at Storgata 5 in Oslo instead:\n", {"street": "Storgata 5", "city": "Oslo"}),
    ("i2", "This section was last year's; the current one is Storgata 5, Oslo.\n", {"street": "Storgata 5", "city": "Oslo"}),
    ("i3", "Flyttet i juni til Storgata 5 i Oslo, gammel adresse under:\n", {"street": "Storgata 5", "city": "Oslo"}),
]:
    J(f"d108-cur-{r108_k}", "r108_intro", r108_curI + r108_intro + r108_cur, r108_addr2, r108_exp,
      [{"street": "Kongens gate 12", "city": "Trondheim"}, r108_exp])
    r108_groups.append(("d108-cur-base", [f"d108-cur-{r108_k}"]))


# ============================================================= part 7: store gate, picks in words that may not read as a selection
r108_K = {"name": "Kari Lie", "age": 35, "city": "Bergen"}
r108_Pd = {"name": "Per Dahl", "age": 52, "city": "Tromsø"}
r108_docs = {
    "blk": "Name: Kari Lie\nAge: 35\nCity: Bergen\n\nName: Per Dahl\nAge: 52\nCity: Tromsø\n",
    "sp": "Name: Kari Lie\nAge: 35\nCity: Bergen\nSpouse: Per Dahl\nSpouse age: 52\nSpouse city: Tromsø\n",
    "tb": "| Name | Age | City |\n|---|---|---|\n| Kari Lie | 35 | Bergen |\n| Per Dahl | 52 | Tromsø |\n",
    "ln": "Kari Lie, 35, Bergen\nPer Dahl, 52, Tromsø\n",
    "ps": "Name: Kari Lie\nAge: 35\nCity: Bergen\nP.S. Her husband Per Dahl (52) lives in Tromsø.\n",
}
r108_asks = [
    ("per", "Extract Per Dahl's details as JSON."),
    ("tro", "Extract the details of the member from Tromsø as JSON."),
    ("oth", "Extract the other person's details as JSON."),
    ("husb", "Extract the husband's details as JSON."),
    ("no", "Hent ut opplysningene om Per som JSON."),
    ("de", "Gib Pers Angaben als JSON aus."),
    ("52", "Extract the details of the 52-year-old as JSON."),
    ("2nd", "Extract the details of person #2 as JSON."),
    ("btm", "Extract the details at the bottom as JSON."),
    ("nk", "Extract the details, but not Kari's, as JSON."),
]
for r108_dk, r108_doc in r108_docs.items():
    for r108_ak, r108_ask in r108_asks:
        sid = f"d108-s-{r108_dk}-{r108_ak}"
        J(sid, "r108_gate", r108_ask + "\n\n" + r108_doc, r108_person, r108_Pd, [r108_K])
        r108_singles.append(sid)


# ============================================================= part 8: one-record layouts stored? then header-only swaps of two same-typed columns
r108_I8 = "Extract the flat's details as JSON.\n\n"
r108_E = {"tenant": "Eva Strand", "floor": 7, "rooms": 3}
r108_Es = {"tenant": "Eva Strand", "floor": 3, "rooms": 7}
r108_l8 = {
    "md": ("| Tenant | Floor | Rooms |\n|---|---|---|\n| Eva Strand | 7 | 3 |\n", ("| Floor | Rooms |", "| Rooms | Floor |")),
    "csv": ("tenant,floor,rooms\nEva Strand,7,3\n", ("floor,rooms", "rooms,floor")),
    "tsv": ("tenant\tfloor\trooms\nEva Strand\t7\t3\n", ("floor\trooms", "rooms\tfloor")),
    "semi": ("tenant;floor;rooms\nEva Strand;7;3\n", ("floor;rooms", "rooms;floor")),
    "kv": ("tenant=Eva Strand; floor=7; rooms=3\n", ("floor=7; rooms=3", "rooms=7; floor=3")),
    "yaml": ("flat:\n  tenant: Eva Strand\n  floor: 7\n  rooms: 3\n", ("floor: 7\n  rooms: 3", "rooms: 7\n  floor: 3")),
    "pipe": ("Tenant: Eva Strand | Floor: 7 | Rooms: 3\n", ("Floor: 7 | Rooms: 3", "Rooms: 7 | Floor: 3")),
    "inl": ("Tenant: Eva Strand, Floor: 7, Rooms: 3\n", ("Floor: 7, Rooms: 3", "Rooms: 7, Floor: 3")),
    "json": ('{"Tenant": "Eva Strand", "Floor": 7, "Rooms": 3}\n', ('"Floor": 7, "Rooms": 3', '"Rooms": 7, "Floor": 3')),
    "grid": ("Tenant      Floor  Rooms\nEva Strand  7      3\n", ("Floor  Rooms", "Rooms  Floor")),
}
for r108_k, (r108_doc, (r108_a, r108_b)) in r108_l8.items():
    r108_group(f"one{r108_k}", r108_flat, r108_I8 + r108_doc, r108_E, [
        ("hsw", r108_I8 + r108_doc.replace(r108_a, r108_b), r108_Es, "BASE", False),
        ("cell", r108_I8 + r108_doc.replace("7", "8", 1) if r108_k != "json" else r108_I8 + r108_doc.replace(": 7", ": 8"),
         {"tenant": "Eva Strand", "floor": 8, "rooms": 3}, "BASE", False),
    ])

r108_group("oneplain", r108_flat, r108_I8 + "Tenant: Eva Strand\nFloor: 7\nRooms: 3\n", r108_E, [
    ("sw", r108_I8 + "Tenant: Eva Strand\nRooms: 7\nFloor: 3\n", r108_Es, "BASE", False)])


# part 9: the person record in one-record layouts; header-only swap of two string columns (city / birthplace)
r108_pb = S({"name": "string", "city": "string", "birthplace": "string"})
r108_I9 = "Extract the person's details as JSON.\n\n"
r108_B9 = {"name": "Kari Lie", "city": "Bergen", "birthplace": "Molde"}
r108_B9s = {"name": "Kari Lie", "city": "Molde", "birthplace": "Bergen"}
r108_l9 = {
    "plain": ("Name: Kari Lie\nCity: Bergen\nBirthplace: Molde\n", ("City: Bergen\nBirthplace: Molde", "Birthplace: Bergen\nCity: Molde")),
    "md": ("| Name | City | Birthplace |\n|---|---|---|\n| Kari Lie | Bergen | Molde |\n", ("| City | Birthplace |", "| Birthplace | City |")),
    "csv": ("name,city,birthplace\nKari Lie,Bergen,Molde\n", ("city,birthplace", "birthplace,city")),
    "kv": ("name=Kari Lie; city=Bergen; birthplace=Molde\n", ("city=Bergen; birthplace=Molde", "birthplace=Bergen; city=Molde")),
    "yaml": ("person:\n  name: Kari Lie\n  city: Bergen\n  birthplace: Molde\n", ("city: Bergen\n  birthplace: Molde", "birthplace: Bergen\n  city: Molde")),
    "pipe": ("Name: Kari Lie | City: Bergen | Birthplace: Molde\n", ("City: Bergen | Birthplace: Molde", "Birthplace: Bergen | City: Molde")),
    "inl": ("Name: Kari Lie, City: Bergen, Birthplace: Molde\n", ("City: Bergen, Birthplace: Molde", "Birthplace: Bergen, City: Molde")),
    "grid": ("Name      City    Birthplace\nKari Lie  Bergen  Molde\n", ("City    Birthplace", "Birthplace  City  ")),
}
for r108_k, (r108_doc, (r108_a, r108_b)) in r108_l9.items():
    r108_group(f"p9{r108_k}", r108_pb, r108_I9 + r108_doc, r108_B9, [
        ("hsw", r108_I9 + r108_doc.replace(r108_a, r108_b), r108_B9s, "BASE", False),
    ])


# part 10: which selecting instructions store a one-record text (kv / yaml / pipe / plain)
r108_l10 = {
    "kv": "name=Kari Lie; age=35; city=Bergen\n",
    "yaml": "person:\n  name: Kari Lie\n  age: 35\n  city: Bergen\n",
    "pipe": "Name: Kari Lie | Age: 35 | City: Bergen\n",
    "plain": "Name: Kari Lie\nAge: 35\nCity: Bergen\n",
}
r108_asks10 = [
    ("from", "Return the person from Bergen as JSON."),
    ("whose", "Return the person whose city is Bergen as JSON."),
    ("named", "Return Kari Lie's record as JSON."),
    ("rec", "Return the Bergen record as JSON."),
    ("row", "Return the row for Bergen as JSON."),
    ("in", "Return the member in Bergen as JSON."),
    ("under", "Return the person under 40 as JSON."),
    ("last", "Return the last record as JSON."),
    ("latest", "Return the latest record as JSON."),
    ("active", "Return the active member as JSON."),
]
for r108_dk, r108_doc in r108_l10.items():
    for r108_ak, r108_ask in r108_asks10:
        J(f"d108-st-{r108_dk}-{r108_ak}", "r108_store", r108_ask + "\n\n" + r108_doc, r108_person, r108_K, [r108_K])


# ============================================================= part 11: stored "the person from Bergen" one-record bases, then two records
r108_Kk = "name=Kari Lie; age=35; city={c}\n"
r108_Pk = "name=Per Dahl; age=52; city={c}\n"
r108_fmt = {
    "kv": (lambda n, a, c: f"name={n}; age={a}; city={c}\n"),
    "pipe": (lambda n, a, c: f"Name: {n} | Age: {a} | City: {c}\n"),
    "inl": (lambda n, a, c: f"Name: {n}, Age: {a}, City: {c}\n"),
    "plain": (lambda n, a, c: f"Name: {n}\nAge: {a}\nCity: {c}\n"),
    "yaml": (lambda n, a, c: f"- name: {n}\n  age: {a}\n  city: {c}\n"),
    "csvr": (lambda n, a, c: f"{n},{a},{c}\n"),
}
for r108_k, r108_f in r108_fmt.items():
    r108_hd = "name,age,city\n" if r108_k == "csvr" else ""
    r108_sep = "\n" if r108_k == "plain" else ""
    r108_ins = "Return the person from {c} as JSON.\n\n"
    r108_kari = lambda c: r108_f("Kari Lie", 35, c)
    r108_per = lambda c: r108_f("Per Dahl", 52, c)
    r108_group(f"fr{r108_k}", r108_person, r108_ins.format(c="Bergen") + r108_hd + r108_kari("Bergen"), r108_K, [
        ("moved", r108_ins.format(c="Bergen") + r108_hd + r108_kari("Oslo") + r108_sep + r108_per("Bergen"), r108_Pd | {"city": "Bergen"}, "BASE", False),
        ("movedr", r108_ins.format(c="Bergen") + r108_hd + r108_per("Bergen") + r108_sep + r108_kari("Oslo"), r108_Pd | {"city": "Bergen"}, "BASE", False),
        ("addo", r108_ins.format(c="Bergen") + r108_hd + r108_per("Oslo") + r108_sep + r108_kari("Bergen"), r108_K, None, True),
        ("adda", r108_ins.format(c="Bergen") + r108_hd + r108_kari("Bergen") + r108_sep + r108_per("Oslo"), r108_K, None, True),
        ("oslo", r108_ins.format(c="Oslo") + r108_hd + r108_kari("Bergen") + r108_sep + r108_per("Oslo"), r108_Pd | {"city": "Oslo"}, "BASE", False),
        ("oslo1", r108_ins.format(c="Oslo") + r108_hd + r108_kari("Oslo"), r108_K | {"city": "Oslo"}, "BASE", False),
        ("ages", r108_ins.format(c="Bergen") + r108_hd + r108_f("Kari Lie", 52, "Bergen") + r108_sep + r108_f("Per Dahl", 35, "Oslo"),
         r108_K | {"age": 52}, "BASE", False),
        ("names", r108_ins.format(c="Bergen") + r108_hd + r108_f("Per Dahl", 35, "Bergen") + r108_sep + r108_f("Kari Lie", 52, "Oslo"),
         {"name": "Per Dahl", "age": 35, "city": "Bergen"}, "BASE", False),
    ])


# ============================================================= part 12: store gate on key=value lines (singles)
r108_kvf = r108_fmt["kv"]
for r108_k, r108_ask, r108_doc, r108_wrong, r108_exp in [
    ("kv-mix", "Return the person from Bergen as JSON.", r108_kvf("Kari Lie", 35, "Oslo") + r108_kvf("Per Dahl", 52, "Bergen"),
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-row", "Please return the person from Bergen as JSON.", r108_kvf("Kari Lie", 35, "Oslo") + r108_kvf("Per Dahl", 52, "Bergen"),
     {"name": "Kari Lie", "age": 35, "city": "Oslo"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-age", "Return the person from Bergen as JSON.", r108_kvf("Kari Lie", 52, "Bergen") + r108_kvf("Per Dahl", 35, "Oslo"),
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Kari Lie", "age": 52, "city": "Bergen"}),
    ("kv-rec", "Return the Bergen record as JSON.", r108_kvf("Kari Lie", 35, "Oslo") + r108_kvf("Per Dahl", 52, "Bergen"),
     {"name": "Kari Lie", "age": 52, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-1", "Return the person from Bergen as JSON.", "name=Kari Lie; age=35; city=Oslo; name=Per Dahl; age=52; city=Bergen\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-amp", "Return the person from Bergen as JSON.", "name=Kari Lie&age=35&city=Oslo\nname=Per Dahl&age=52&city=Bergen\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-sp", "Return the person from Bergen as JSON.", "name=\"Kari Lie\" age=35 city=Oslo\nname=\"Per Dahl\" age=52 city=Bergen\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-blank", "Return the person from Bergen as JSON.", r108_kvf("Kari Lie", 35, "Oslo") + "\n" + r108_kvf("Per Dahl", 52, "Bergen"),
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Per Dahl", "age": 52, "city": "Bergen"}),
    ("kv-nl", "Extract the person's details as JSON.", r108_kvf("Kari Lie", 35, "Bergen") + "previous: " + r108_kvf("Kari Lie", 34, "Oslo"),
     {"name": "Kari Lie", "age": 34, "city": "Bergen"}, {"name": "Kari Lie", "age": 35, "city": "Bergen"}),
    ("kv-upd", "Extract the person's details as JSON.", r108_kvf("Kari Lie", 35, "Bergen") + "updated: city=Oslo\n",
     {"name": "Kari Lie", "age": 35, "city": "Bergen"}, {"name": "Kari Lie", "age": 35, "city": "Oslo"}),
    ("kv-spouse", "Extract the person's details as JSON.", r108_kvf("Kari Lie", 35, "Bergen") + "spouse_name=Per Dahl; spouse_age=52; spouse_city=Tromsø\n",
     {"name": "Kari Lie", "age": 52, "city": "Bergen"}, {"name": "Kari Lie", "age": 35, "city": "Bergen"}),
]:
    sid = f"d108-s-{r108_k}"
    J(sid, "r108_gate", r108_ask.replace(" as JSON.", " as one JSON object.") + "\n\n" + r108_doc, r108_person, r108_exp, [r108_wrong])
    r108_singles.append(sid)


# ============================================================= part 13: stored one-line records, then a second record on the same line
r108_insB = "Return the person from Bergen as JSON.\n\n"
r108_group("ol", r108_person, r108_insB + "name=Kari Lie; age=35; city=Bergen\n", r108_K, [
    ("l1", r108_insB + "name=Per Dahl; age=52; city=Bergen | name=Kari Lie; age=35; city=Oslo\n", r108_Pd | {"city": "Bergen"}, "BASE", False),
    ("l2", r108_insB + "name=Kari Lie; age=35; city=Oslo | name=Per Dahl; age=52; city=Bergen\n", r108_Pd | {"city": "Bergen"}, "BASE", False),
    ("l3", r108_insB + "name=Kari Lie; age=35; city=Oslo, name=Per Dahl; age=52; city=Bergen\n", r108_Pd | {"city": "Bergen"}, "BASE", False),
    ("l4", r108_insB + "name=Kari Lie; age=35; city=Bergen; previous_city=Oslo\n", r108_K, None, True),
    ("l5", r108_insB + "name=Per Dahl; age=52; city=Bergen\n", r108_Pd | {"city": "Bergen"}, "BASE", False),
    ("l7", r108_insB + "name=Kari Lie; age=35; city=Oslo; from=Bergen\n", r108_K, None, True),
    ("l8", r108_insB + "name=Kari Lie; age=35; city=Oslo; name=Per Dahl; age=52; city=Bergen\n", r108_Pd | {"city": "Bergen"}, "BASE", False),
    ("l9", r108_insB + "name=Kari Lie; age=35; city=Bergen; status=cancelled\n", r108_K, None, False),
])
r108_I9b = "Extract the person's details as JSON.\n\n"
r108_group("oi", r108_pb, r108_I9b + "Name: Kari Lie, City: Bergen, Birthplace: Molde\n", r108_B9, [
    ("two", r108_I9b + "Name: Kari Lie, City: Bergen, Birthplace: Molde (mother: Name: Eli Lie, City: Oslo, Birthplace: Bodø)\n",
     r108_B9, None, True),
    ("mov", r108_I9b + "Name: Kari Lie, City: Bergen (moved to Oslo), Birthplace: Molde\n", r108_B9 | {"city": "Oslo"}, "BASE", False),
    ("sw", r108_I9b + "Name: Kari Lie, Birthplace: Bergen, City: Molde\n", r108_B9s, "BASE", False),
    ("par", r108_I9b + "Name: Kari Lie, City: Bergen, Birthplace: Molde; Name: Per Dahl, City: Oslo, Birthplace: Bodø\n",
     r108_B9, None, False),
])
r108_group("op", r108_pb, r108_I9b + "Name: Kari Lie | City: Bergen | Birthplace: Molde\n", r108_B9, [
    ("sw", r108_I9b + "Name: Kari Lie | Birthplace: Bergen | City: Molde\n", r108_B9s, "BASE", False),
])


# ============================================================= part 14: the record is picked by a field of no member; the variant changes that field
# so that the one record in the text no longer matches: no answer is right (expect a value no answer has; an error is right).
r108_NONE = "NO SUCH RECORD"
for r108_k, r108_sch, r108_ins, r108_doc, r108_ans, r108_from, r108_to in [
    ("seat", S({"passenger": "string", "meal": "string"}), "Give the passenger in seat 14C as JSON.",
     "Passenger: Anna Holm\nSeat: 14C\nMeal: vegetarian\n", {"passenger": "Anna Holm", "meal": "vegetarian"}, "Seat: 14C", "Seat: 14D"),
    ("room", S({"guest": "string", "nights": "integer"}), "Return the guest in room 214 as JSON.",
     "Guest: Anna Holm\nRoom: 214\nNights: 3\n", {"guest": "Anna Holm", "nights": 3}, "Room: 214", "Room: 215"),
    ("paid", S({"order": "integer", "customer": "string", "amount": "number"}), "Return the order that is not yet paid as JSON.",
     "Order: 1002\nCustomer: Omar Haddad\nAmount: 99.50\nStatus: unpaid\n", {"order": 1002, "customer": "Omar Haddad", "amount": 99.5}, "Status: unpaid", "Status: paid"),
    ("memno", S({"name": "string", "city": "string"}), "Give the details of member number 4411 as JSON.",
     "Member no: 4411\nName: Kari Lie\nCity: Bergen\n", {"name": "Kari Lie", "city": "Bergen"}, "Member no: 4411", "Member no: 4412"),
    ("gate", S({"passenger": "string", "seat": "string"}), "Return the passenger boarding at gate B12 as JSON.",
     "Passenger: Anna Holm\nGate: B12\nSeat: 14C\n", {"passenger": "Anna Holm", "seat": "14C"}, "Gate: B12", "Gate: B14"),
    ("phone", S({"name": "string", "city": "string"}), "Return the person with phone 400 11 222 as JSON.",
     "Name: Kari Lie\nPhone: 400 11 222\nCity: Bergen\n", {"name": "Kari Lie", "city": "Bergen"}, "Phone: 400 11 222", "Phone: 400 11 223"),
    ("due", S({"invoice": "string", "amount": "number"}), "Return the invoice due on 2027-05-01 as JSON.",
     "Invoice: INV-77\nDue date: 2027-05-01\nAmount: 1200.00\n", {"invoice": "INV-77", "amount": 1200.0}, "Due date: 2027-05-01", "Due date: 2027-06-01"),
    ("supp", S({"item": "string", "price": "number"}), "Return the item supplied by Nordvik AS as JSON.",
     "Item: Desk lamp\nSupplier: Nordvik AS\nPrice: 349.00\n", {"item": "Desk lamp", "price": 349.0}, "Supplier: Nordvik AS", "Supplier: Sørvik AS"),
    ("flight", S({"passenger": "string", "seat": "string"}), "Give the passenger on flight SK 4411 as JSON.",
     "Passenger: Anna Holm\nFlight: SK 4411\nSeat: 14C\n", {"passenger": "Anna Holm", "seat": "14C"}, "Flight: SK 4411", "Flight: SK 4413"),
    ("stat2", S({"ref": "string", "hotel": "string"}), "Return the booking that is not cancelled as JSON.",
     "Ref: HB-305\nHotel: Fjord Inn\nStatus: confirmed\n", {"ref": "HB-305", "hotel": "Fjord Inn"}, "Status: confirmed", "Status: cancelled"),
]:
    bid = f"d108-nf-{r108_k}-base"
    J(bid, "r108_nofield", r108_ins + "\n\n" + r108_doc, r108_sch, r108_ans, [r108_ans])
    vid = f"d108-nf-{r108_k}-off"
    J(vid, "r108_nofield", r108_ins + "\n\n" + r108_doc.replace(r108_from, r108_to), r108_sch, {"_": r108_NONE}, [r108_ans])
    r108_groups.append((bid, [vid]))


# ============================================================= part 15: picked by a member's value; the variant's one record no longer has it
for r108_k, r108_ins, r108_doc, r108_off in [
    ("kvB", "Return the person from Bergen as JSON.", "name=Kari Lie; age=35; city=Bergen\n", "name=Kari Lie; age=35; city=Oslo\n"),
    ("kvR", "Return the Bergen record as JSON.", "name=Kari Lie; age=35; city=Bergen\n", "name=Kari Lie; age=35; city=Oslo\n"),
    ("kvA", "Return the person aged 35 as JSON.", "name=Kari Lie; age=35; city=Bergen\n", "name=Kari Lie; age=36; city=Bergen\n"),
    ("kvN", "Return the record of Kari Lie as JSON.", "name=Kari Lie; age=35; city=Bergen\n", "name=Kari Moe; age=35; city=Bergen\n"),
    ("kvL", "Return the person living in Bergen as JSON.", "name=Kari Lie; age=35; city=Bergen\n", "name=Kari Lie; age=35; city=Oslo\n"),
    ("plB", "Return the person from Bergen as JSON.", "Name: Kari Lie\nAge: 35\nCity: Bergen\n", "Name: Kari Lie\nAge: 35\nCity: Oslo\n"),
    ("ppB", "Return the person from Bergen as JSON.", "Name: Kari Lie | Age: 35 | City: Bergen\n", "Name: Kari Lie | Age: 35 | City: Oslo\n"),
    ("ymB", "Return the person from Bergen as JSON.", "person:\n  name: Kari Lie\n  age: 35\n  city: Bergen\n", "person:\n  name: Kari Lie\n  age: 35\n  city: Oslo\n"),
    ("inB", "Return the person from Bergen as JSON.", "Name: Kari Lie, Age: 35, City: Bergen\n", "Name: Kari Lie, Age: 35, City: Oslo\n"),
    ("csB", "Return the person from Bergen as JSON.", "name,age,city\nKari Lie,35,Bergen\n", "name,age,city\nKari Lie,35,Oslo\n"),
]:
    bid = f"d108-mv-{r108_k}-base"
    J(bid, "r108_memberpick", r108_ins + "\n\n" + r108_doc, r108_person, r108_K, [r108_K])
    vid = f"d108-mv-{r108_k}-off"
    r108_offans = {"name": "Kari Moe" if r108_k == "kvN" else "Kari Lie", "age": 36 if r108_k == "kvA" else 35,
                   "city": "Oslo" if "Oslo" in r108_off else "Bergen"}
    J(vid, "r108_memberpick", r108_ins + "\n\n" + r108_off, r108_person, {"_": r108_NONE}, [r108_offans])
    r108_groups.append((bid, [vid]))


# part 16: the 'off' requests of parts 14-15 alone, as singles (the store gate)
for r108_p in [p for p in P if p["id"].startswith(("d108-mv-", "d108-nf-")) and p["id"].endswith("-off")]:
    J(r108_p["id"].replace("-off", "-solo"), "r108_gate_solo", r108_p["prompt"].replace(" as JSON.", " as a JSON object."),
      r108_p["schema"], r108_p["expect"]["json"], r108_p["answers"])
    r108_singles.append(r108_p["id"].replace("-off", "-solo"))


# ============================================================= part 17: YAML / kv record owner key changed (the one record belongs to someone else)
r108_I17 = "Extract the tenant's details as JSON.\n\n"
for r108_k, r108_doc, r108_var, r108_exp in [
    ("yk", "tenant:\n  name: Kari Lie\n  city: Bergen\n  birthplace: Molde\n", "landlord:\n  name: Kari Lie\n  city: Bergen\n  birthplace: Molde\n", {"_": r108_NONE}),
    ("yk2", "tenant:\n  name: Kari Lie\n  city: Bergen\n  birthplace: Molde\n",
     "landlord:\n  name: Kari Lie\n  city: Bergen\n  birthplace: Molde\ntenant:\n  name: Per Dahl\n  city: Oslo\n  birthplace: Bodø\n",
     {"name": "Per Dahl", "city": "Oslo", "birthplace": "Bodø"}),
    ("kk", "tenant_name=Kari Lie; tenant_city=Bergen; tenant_birthplace=Molde\n",
     "landlord_name=Kari Lie; landlord_city=Bergen; landlord_birthplace=Molde\n", {"_": r108_NONE}),
    ("hk", "Tenant\nName: Kari Lie\nCity: Bergen\nBirthplace: Molde\n", "Landlord\nName: Kari Lie\nCity: Bergen\nBirthplace: Molde\n", {"_": r108_NONE}),
    ("jk", '{"tenant": {"name": "Kari Lie", "city": "Bergen", "birthplace": "Molde"}}\n',
     '{"landlord": {"name": "Kari Lie", "city": "Bergen", "birthplace": "Molde"}}\n', {"_": r108_NONE}),
]:
    r108_group(f"own{r108_k}", r108_pb, r108_I17 + r108_doc, r108_B9, [("var", r108_I17 + r108_var, r108_exp, "BASE", False)])
