"""Red-team round 93 (black box, stepcache-s31): a seeded generator of variants of stored bases;
see FINDINGS.md. Adds its probes to probe_kit.P."""
import copy
import json
import random
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# =====================================================================================
# A base: a table (header + rows of cells [text, value]); kind says how it is rendered:
#   kv (Label: value lines of the target row), yaml, pipe (one-line records), md, csv, prose.
# keys: {json_key: (column, sub)}; nested keys "a.b"; "names[]" = column over all rows.
# instr may hold {who}: the first column's text of the target row (tables).
# =====================================================================================
BASES = []


def B(bid, kind, instr, header, rows, keys, schema, title="", tmpl=None, target=0, note=None):
    BASES.append(dict(id=bid, kind=kind, instr=instr, header=list(header), rows=[list(map(list, r)) for r in rows],
                      keys=keys, schema=schema, title=title, tmpl=tmpl, target=target, extra=[], note=note))


def c(text, val=None):
    if val is None:
        val = text
    return [text, val]


def arr(t):
    return {"type": "array", "items": {"type": t}}


def nested(props):
    return {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
            "required": list(props), "additionalProperties": False}


ENUM_ST = {"type": "string", "enum": ["open", "closed", "pending"]}
ENUM_PRI = {"type": "string", "enum": ["low", "medium", "high"]}
CUR = {"type": "string", "enum": ["EUR", "USD", "GBP", "NOK"]}

# ---- kv records
B("kv1", "kv", "Pull the guest's details out of the registration card into JSON.",
  ["Guest", "Age", "Suite", "Arrival"], [[c("Mira Holt"), c("33", 33), c("58", 58), c("Friday")]],
  {"guest": ("Guest", None), "age": ("Age", None), "suite": ("Suite", None)},
  S({"guest": "string", "age": "integer", "suite": "integer"}), title="Card:")
B("kv2", "kv", "Return the employee's name, age and whether they are on probation.",
  ["Name", "Age", "On probation", "Office"], [[c("Tomas Ek"), c("40", 40), c("yes", True), c("Lund")]],
  {"name": ("Name", None), "age": ("Age", None), "probation": ("On probation", None)},
  S({"name": "string", "age": "integer", "probation": "boolean"}), title="Record:")
B("kv3", "kv", "Extract the parcel's weight and tracking code as JSON.",
  ["Tracking", "Weight", "Height"], [[c("ZX-4410"), c("7.5 kg", 7.5), c("40 cm", 40)]],
  {"tracking": ("Tracking", None), "weight_kg": ("Weight", None)},
  S({"tracking": "string", "weight_kg": "number"}, {"weight_kg": "weight in kilograms"}), title="Parcel:")
B("kv4", "kv", "Return the ticket id, status and priority as JSON.",
  ["Ticket", "Status", "Priority", "Owner"], [[c("T-881"), c("Open", "open"), c("High", "high"), c("Lea")]],
  {"ticket": ("Ticket", None), "status": ("Status", None), "priority": ("Priority", None)},
  S({"ticket": "string", "status": ENUM_ST, "priority": ENUM_PRI}), title="Ticket:")
B("kv5", "kv", "Return the invoice number, amount and currency as JSON.",
  ["Invoice", "Amount", "Currency", "Terms"], [[c("881", 881), c("1,234.50", 1234.5), c("EUR"), c("net 30")]],
  {"invoice": ("Invoice", None), "amount": ("Amount", None), "currency": ("Currency", None)},
  S({"invoice": "integer", "amount": "number", "currency": CUR}), title="Invoice:")
B("kv6", "kv", "Give the booking's check-in date as YYYY-MM-DD and the number of nights as JSON.",
  ["Guest", "Check-in (DD/MM/YYYY)", "Nights"], [[c("Ana Ruiz"), c("03/04/2027", "2027-04-03"), c("4", 4)]],
  {"check_in": ("Check-in (DD/MM/YYYY)", None), "nights": ("Nights", None)},
  S({"check_in": "string", "nights": "integer"}), title="Booking:")
B("kv7", "kv", "Extract the temperature range of the day as JSON.",
  ["Day", "Min temp", "Max temp"], [[c("Monday"), c("12 °C", 12), c("19 °C", 19)]],
  {"min_c": ("Min temp", None), "max_c": ("Max temp", None)},
  S({"min_c": "number", "max_c": "number"}, {"min_c": "minimum in °C", "max_c": "maximum in °C"}), title="Forecast:")
B("kv8", "kv", "Return the shift's start and end times (HH:MM) as JSON.",
  ["Worker", "Start", "End"], [[c("Ola"), c("09:00"), c("17:30")]],
  {"start": ("Start", None), "end": ("End", None)},
  S({"start": "string", "end": "string"}), title="Shift:")
B("kv9", "kv", "Return the route's origin and destination as JSON.",
  ["Train", "From", "To"], [[c("R20"), c("Oslo"), c("Bergen")]],
  {"origin": ("From", None), "destination": ("To", None)},
  S({"origin": "string", "destination": "string"}), title="Trip:")
B("kv10", "kv", "Return the patient's name, whether they smoke and their allergy as JSON.",
  ["Patient", "Smoker", "Allergy"], [[c("Jon Berg"), c("yes", True), c("penicillin")]],
  {"patient": ("Patient", None), "smoker": ("Smoker", None), "allergy": ("Allergy", None)},
  S({"patient": "string", "smoker": "boolean", "allergy": "string"}), title="Chart:")
B("kv11", "kv", "Return the order as JSON with the customer nested.",
  ["Order", "Customer", "City", "Qty"], [[c("A-17"), c("Ines Vik"), c("Tromsø"), c("3", 3)]],
  {"order": ("Order", None), "customer.name": ("Customer", None), "customer.city": ("City", None), "qty": ("Qty", None)},
  S({"order": "string", "customer": nested({"name": "string", "city": "string"}), "qty": "integer"}), title="Order:")
B("kv12", "kv", "Return the product price and stock count as JSON.",
  ["SKU", "Price", "Stock", "Bin"], [[c("P-55"), c("€40", 40), c("12", 12), c("B4")]],
  {"price_eur": ("Price", None), "stock": ("Stock", None)},
  S({"price_eur": "number", "stock": "integer"}, {"price_eur": "price in euros"}), title="Item:")
# ---- yaml-like
B("ym1", "yaml", "Read the config and return host, port and tls as JSON.",
  ["host", "port", "tls", "timeout"], [[c("db.local"), c("5432", 5432), c("true", True), c("30", 30)]],
  {"host": ("host", None), "port": ("port", None), "tls": ("tls", None)},
  S({"host": "string", "port": "integer", "tls": "boolean"}), title="server:")
B("ym2", "yaml", "Return the release's version, date (YYYY-MM-DD) and channel as JSON.",
  ["version", "date", "channel"], [[c("2.4.1"), c("2026-11-02"), c("stable")]],
  {"version": ("version", None), "date": ("date", None), "channel": ("channel", None)},
  S({"version": "string", "date": "string", "channel": {"type": "string", "enum": ["stable", "beta", "nightly"]}}), title="release:")
B("ym3", "yaml", "Return the job's name, retries and memory limit (MB) as JSON.",
  ["name", "retries", "memory"], [[c("nightly-etl"), c("3", 3), c("512 MB", 512)]],
  {"name": ("name", None), "retries": ("retries", None), "memory_mb": ("memory", None)},
  S({"name": "string", "retries": "integer", "memory_mb": "integer"}), title="job:")
# ---- one-line pipe records (header given as a first line)
B("pp1", "pipe", "Records are name | age | city. Return {who}'s age and city as JSON.",
  ["name", "age", "city"], [[c("Ada Lund"), c("41", 41), c("Oslo")], [c("Bo Dahl"), c("29", 29), c("Bergen")]],
  {"age": ("age", None), "city": ("city", None)}, S({"age": "integer", "city": "string"}))
B("pp2", "pipe", "Each line is sku | qty | price. Return the qty and price of {who} as JSON.",
  ["sku", "qty", "price"], [[c("K-1"), c("5", 5), c("9.99", 9.99)], [c("K-2"), c("8", 8), c("4.50", 4.5)]],
  {"qty": ("qty", None), "price": ("price", None)}, S({"qty": "integer", "price": "number"}))
B("pp3", "pipe", "Flights are listed as flight | gate | delayed. Return gate and delayed for {who} as JSON.",
  ["flight", "gate", "delayed"], [[c("SK 4411"), c("22", 22), c("no", False)], [c("DY 610"), c("31", 31), c("yes", True)]],
  {"gate": ("gate", None), "delayed": ("delayed", None)}, S({"gate": "integer", "delayed": "boolean"}))
B("pp4", "pipe", "Rows: player | goals | assists. Return all player names in order and {who}'s goals as JSON.",
  ["player", "goals", "assists"], [[c("Kim"), c("7", 7), c("2", 2)], [c("Lars"), c("3", 3), c("9", 9)], [c("Mo"), c("5", 5), c("4", 4)]],
  {"players": ("player", "[]"), "goals": ("goals", None)}, S({"players": arr("string"), "goals": "integer"}))
# ---- markdown tables
B("md1", "md", "From the table, return the population and area of {who} as JSON.",
  ["City", "Population", "Area (km²)"], [[c("Oslo"), c("709000", 709000), c("454", 454)], [c("Bergen"), c("291000", 291000), c("465", 465)]],
  {"population": ("Population", None), "area_km2": ("Area (km²)", None)}, S({"population": "integer", "area_km2": "integer"}))
B("md2", "md", "Return {who}'s department and salary from the table as JSON.",
  ["Employee", "Department", "Salary"], [[c("Eva"), c("Sales"), c("52000", 52000)], [c("Finn"), c("IT"), c("61000", 61000)], [c("Gro"), c("HR"), c("48000", 48000)]],
  {"department": ("Department", None), "salary": ("Salary", None)}, S({"department": "string", "salary": "integer"}))
B("md3", "md", "Return whether {who} is in stock and its price, as JSON.",
  ["Item", "In stock", "Price (USD)"], [[c("Lamp"), c("yes", True), c("25.00", 25)], [c("Desk"), c("no", False), c("180.00", 180)]],
  {"in_stock": ("In stock", None), "price_usd": ("Price (USD)", None)}, S({"in_stock": "boolean", "price_usd": "number"}))
B("md4", "md", "Return {who}'s start and end dates (YYYY-MM-DD) from the table as JSON.",
  ["Project", "Start", "End"], [[c("Atlas"), c("2026-01-10"), c("2026-06-30")], [c("Borealis"), c("2026-03-01"), c("2026-09-15")]],
  {"start": ("Start", None), "end": ("End", None)}, S({"start": "string", "end": "string"}))
B("md5", "md", "Return the status and priority of ticket {who} as JSON.",
  ["Ticket", "Status", "Priority"], [[c("T-1"), c("open"), c("high")], [c("T-2"), c("closed"), c("low")], [c("T-3"), c("pending"), c("medium")]],
  {"status": ("Status", None), "priority": ("Priority", None)}, S({"status": ENUM_ST, "priority": ENUM_PRI}))
B("md6", "md", "Return the min and max temperature for {who} as JSON.",
  ["Day", "Min (°C)", "Max (°C)"], [[c("Mon"), c("4", 4), c("11", 11)], [c("Tue"), c("6", 6), c("14", 14)]],
  {"min": ("Min (°C)", None), "max": ("Max (°C)", None)}, S({"min": "integer", "max": "integer"}))
# ---- CSV with header
B("cs1", "csv", "The CSV lists orders. Return order {who}'s quantity and total as JSON.",
  ["order_id", "qty", "total"], [[c("1001"), c("2", 2), c("19.90", 19.9)], [c("1002"), c("5", 5), c("49.75", 49.75)]],
  {"qty": ("qty", None), "total": ("total", None)}, S({"qty": "integer", "total": "number"}))
B("cs2", "csv", "From the CSV, return {who}'s email and whether they are active, as JSON.",
  ["user", "email", "active"], [[c("ana"), c("ana@ex.org"), c("true", True)], [c("ben"), c("ben@ex.org"), c("false", False)]],
  {"email": ("email", None), "active": ("active", None)}, S({"email": "string", "active": "boolean"}))
B("cs3", "csv", "From the CSV, return the departure and arrival airports of flight {who} as JSON.",
  ["flight", "from", "to"], [[c("SK1"), c("OSL"), c("BGO")], [c("SK2"), c("TRD"), c("OSL")]],
  {"departure": ("from", None), "arrival": ("to", None)}, S({"departure": "string", "arrival": "string"}))
B("cs4", "csv", "From the CSV, return all sensor ids in order and the reading of {who} as JSON.",
  ["sensor", "reading"], [[c("s1"), c("0.52", 0.52)], [c("s2"), c("0.77", 0.77)], [c("s3"), c("0.31", 0.31)]],
  {"sensors": ("sensor", "[]"), "reading": ("reading", None)}, S({"sensors": arr("string"), "reading": "number"}))
B("cs5", "csv", "From the CSV, return {who}'s birth date as YYYY-MM-DD and their team as JSON.",
  ["name", "born (DD/MM/YYYY)", "team"], [[c("Rut"), c("05/07/1990", "1990-07-05"), c("Red")], [c("Siv"), c("11/02/1988", "1988-02-11"), c("Blue")]],
  {"born": ("born (DD/MM/YYYY)", None), "team": ("team", None)}, S({"born": "string", "team": "string"}))
# ---- prose (template over one row)
B("pr1", "prose", "Read the paragraph and return name, age, job and city as JSON.",
  ["name", "age", "job", "city"], [[c("Priya Nair"), c("29", 29), c("pharmacist"), c("Ghent")]],
  {"name": ("name", None), "age": ("age", None), "job": ("job", None), "city": ("city", None)},
  S({"name": "string", "age": "integer", "job": "string", "city": "string"}),
  tmpl="{name}, who turned {age} last spring, works as a {job} in {city}.")
B("pr2", "prose", "From the note, return the meeting room and the number of attendees as JSON.",
  ["room", "attendees"], [[c("B12"), c("14", 14)]],
  {"room": ("room", None), "attendees": ("attendees", None)}, S({"room": "string", "attendees": "integer"}),
  tmpl="The budget review will be held in room {room}; {attendees} people have signed up.")
B("pr3", "prose", "Return the car's make, year and whether it has been serviced, as JSON.",
  ["make", "year", "serviced"], [[c("Volvo"), c("2019", 2019), c("has been serviced", True)]],
  {"make": ("make", None), "year": ("year", None), "serviced": ("serviced", None)},
  S({"make": "string", "year": "integer", "serviced": "boolean"}),
  tmpl="The {make} from {year} {serviced} this month.")
B("pr4", "prose", "Return the flight's departure and arrival cities as JSON.",
  ["from", "to"], [[c("Lisbon"), c("Porto")]],
  {"departure": ("from", None), "arrival": ("to", None)}, S({"departure": "string", "arrival": "string"}),
  tmpl="Flight TP 1944 leaves from {from} and lands in {to} at noon.")
B("pr5", "prose", "Return the loan amount in NOK and the interest rate in percent as JSON.",
  ["amount", "rate"], [[c("250,000 NOK", 250000), c("4.5%", 4.5)]],
  {"amount_nok": ("amount", None), "rate_pct": ("rate", None)}, S({"amount_nok": "number", "rate_pct": "number"}),
  tmpl="The bank approved a loan of {amount} at a fixed rate of {rate}.")
B("pr6", "prose", "List the ingredients named in the recipe note and the servings as JSON.",
  ["ingredients", "servings"], [[c("flour, eggs and milk", ["flour", "eggs", "milk"]), c("4", 4)]],
  {"ingredients": ("ingredients", None), "servings": ("servings", None)},
  S({"ingredients": arr("string"), "servings": "integer"}),
  tmpl="Pancakes need {ingredients}; the batch serves {servings}.")
# ---- more kv / mixed
B("kv13", "kv", "Return the vessel's name, length in metres and flag as JSON.",
  ["Vessel", "Length", "Flag", "Built"], [[c("Nordlys"), c("121.8 m", 121.8), c("Norway"), c("1994")]],
  {"vessel": ("Vessel", None), "length_m": ("Length", None), "flag": ("Flag", None)},
  S({"vessel": "string", "length_m": "number", "flag": "string"}), title="Ship:")
B("kv14", "kv", "Return the device's serial and warranty end date as YYYY-MM-DD, as JSON.",
  ["Serial", "Warranty end (MM/DD/YYYY)", "Model"], [[c("SN-8842"), c("04/03/2028", "2028-04-03"), c("X2")]],
  {"serial": ("Serial", None), "warranty_end": ("Warranty end (MM/DD/YYYY)", None)},
  S({"serial": "string", "warranty_end": "string"}), title="Device:")
B("kv15", "kv", "Return the account holder and the balance as JSON.",
  ["Holder", "Balance", "Branch"], [[c("Kari Moe"), c("1.234,50 EUR", 1234.5), c("Graz")]],
  {"holder": ("Holder", None), "balance": ("Balance", None)},
  S({"holder": "string", "balance": "number"}), title="Statement:")
B("kv16", "kv", "Return the runner's name, bib number and finish time as JSON.",
  ["Runner", "Bib", "Finish time", "Category"], [[c("Oda Lie"), c("218", 218), c("3:41:07"), c("F40")]],
  {"runner": ("Runner", None), "bib": ("Bib", None), "finish": ("Finish time", None)},
  S({"runner": "string", "bib": "integer", "finish": "string"}), title="Result:")
B("md7", "md", "Return the room numbers in table order and the capacity of {who} as JSON.",
  ["Room", "Capacity", "Projector"], [[c("101"), c("20", 20), c("yes", True)], [c("102"), c("35", 35), c("no", False)], [c("103"), c("12", 12), c("yes", True)]],
  {"rooms": ("Room", "[]"), "capacity": ("Capacity", None)}, S({"rooms": arr("string"), "capacity": "integer"}))
B("cs6", "csv", "From the CSV, return the price of {who} in the listed currency, and that currency, as JSON.",
  ["item", "price", "currency"], [[c("tea"), c("3.20", 3.2), c("GBP")], [c("coffee"), c("4.10", 4.1), c("USD")]],
  {"price": ("price", None), "currency": ("currency", None)}, S({"price": "number", "currency": CUR}))

# ---- round-2 kv bases in the stored shape
B("kv17", "kv", "", ["Name", "Min score", "Max score"], [[c("Lina Aas"), c("12", 12), c("19", 19)]],
  {"name": ("Name", None), "min_score": ("Min score", None), "max_score": ("Max score", None)},
  S({"name": "string", "min_score": "integer", "max_score": "integer"}))
B("kv18", "kv", "", ["Contract", "Start date", "End date"], [[c("C-204"), c("2026-02-01"), c("2027-01-31")]],
  {"contract": ("Contract", None), "start_date": ("Start date", None), "end_date": ("End date", None)},
  S({"contract": "string", "start_date": "string", "end_date": "string"}))
B("kv19", "kv", "", ["Driver", "From", "To", "Km"], [[c("Per Holm"), c("Narvik"), c("Bodø"), c("301", 301)]],
  {"driver": ("Driver", None), "from": ("From", None), "to": ("To", None), "km": ("Km", None)},
  S({"driver": "string", "from": "string", "to": "string", "km": "integer"}))
B("kv20", "kv", "", ["Customer", "Total", "Currency", "Paid"], [[c("Nora Sand"), c("2,450.75", 2450.75), c("EUR"), c("yes", True)]],
  {"customer": ("Customer", None), "total": ("Total", None), "currency": ("Currency", None), "paid": ("Paid", None)},
  S({"customer": "string", "total": "number", "currency": CUR, "paid": "boolean"}))
B("kv21", "kv", "", ["Member", "Level", "Points", "Active"], [[c("Eli Roos"), c("high"), c("340", 340), c("yes", True)]],
  {"member": ("Member", None), "level": ("Level", None), "points": ("Points", None), "active": ("Active", None)},
  S({"member": "string", "level": ENUM_PRI, "points": "integer", "active": "boolean"}))
B("kv22", "kv", "", ["Name", "Age", "City", "Email"], [[c("Jonas Berg"), c("41", 41), c("Osaka"), c("jonas@example.net")]],
  {"name": ("Name", None), "age": ("Age", None), "city": ("City", None), "email": ("Email", None)},
  S({"name": "string", "age": "integer", "city": "string", "email": "string"}))
B("kv23", "kv", "", ["Student", "Grade", "Credits", "Year"], [[c("Ida Fossum"), c("4.5", 4.5), c("30", 30), c("2", 2)]],
  {"student": ("Student", None), "grade": ("Grade", None), "credits": ("Credits", None), "year": ("Year", None)},
  S({"student": "string", "grade": "number", "credits": "integer", "year": "integer"}))
B("kv24", "kv", "", ["Sender", "Recipient", "Amount", "Date"], [[c("Ola Nordmann"), c("Kari Hansen"), c("1,200.00", 1200), c("2026-10-05")]],
  {"sender": ("Sender", None), "recipient": ("Recipient", None), "amount": ("Amount", None), "date": ("Date", None)},
  S({"sender": "string", "recipient": "string", "amount": "number", "date": "string"}))
B("kv25", "kv", "", ["Tenant", "Rent", "Deposit", "Floor"], [[c("Maja Lind"), c("9800", 9800), c("29400", 29400), c("3", 3)]],
  {"tenant": ("Tenant", None), "rent": ("Rent", None), "deposit": ("Deposit", None), "floor": ("Floor", None)},
  S({"tenant": "string", "rent": "integer", "deposit": "integer", "floor": "integer"}))
B("kv26", "kv", "", ["Host", "Port", "Protocol", "Secure"], [[c("mail.example.org"), c("587", 587), c("smtp"), c("yes", True)]],
  {"host": ("Host", None), "port": ("Port", None), "protocol": ("Protocol", None), "secure": ("Secure", None)},
  S({"host": "string", "port": "integer", "protocol": "string", "secure": "boolean"}))
B("kv27", "kv", "", ["Patient", "Weight", "Height", "Blood type"], [[c("Jon Berg"), c("72.4", 72.4), c("181", 181), c("A+")]],
  {"patient": ("Patient", None), "weight": ("Weight", None), "height": ("Height", None), "blood_type": ("Blood type", None)},
  S({"patient": "string", "weight": "number", "height": "integer", "blood_type": "string"}))
B("kv28", "kv", "", ["Ticket", "Status", "Priority", "Assignee"], [[c("T-77"), c("pending"), c("low"), c("Rune Vik")]],
  {"ticket": ("Ticket", None), "status": ("Status", None), "priority": ("Priority", None), "assignee": ("Assignee", None)},
  S({"ticket": "string", "status": ENUM_ST, "priority": ENUM_PRI, "assignee": "string"}))
B("kv29", "kv", "", ["Buyer", "Seller", "Price", "Quantity"], [[c("Acme AS"), c("Borg AB"), c("18.40", 18.4), c("250", 250)]],
  {"buyer": ("Buyer", None), "seller": ("Seller", None), "price": ("Price", None), "quantity": ("Quantity", None)},
  S({"buyer": "string", "seller": "string", "price": "number", "quantity": "integer"}))
B("kv30", "kv", "", ["Name", "Home team", "Away team", "Home goals", "Away goals"], [[c("Cup final"), c("Rosenborg"), c("Molde"), c("3", 3), c("1", 1)]],
  {"home_team": ("Home team", None), "away_team": ("Away team", None), "home_goals": ("Home goals", None), "away_goals": ("Away goals", None)},
  S({"home_team": "string", "away_team": "string", "home_goals": "integer", "away_goals": "integer"}))
B("kv31", "kv", "", ["Employee", "Manager", "Department", "Remote"], [[c("Siri Dahl"), c("Tor Ås"), c("Finance"), c("no", False)]],
  {"employee": ("Employee", None), "manager": ("Manager", None), "department": ("Department", None), "remote": ("Remote", None)},
  S({"employee": "string", "manager": "string", "department": "string", "remote": "boolean"}))
B("kv32", "kv", "", ["Account", "Opening balance", "Closing balance"], [[c("NO-4411"), c("1,050.25", 1050.25), c("980.10", 980.1)]],
  {"account": ("Account", None), "opening_balance": ("Opening balance", None), "closing_balance": ("Closing balance", None)},
  S({"account": "string", "opening_balance": "number", "closing_balance": "number"}))
B("kv33", "kv", "", ["Guest", "Check-in", "Check-out", "Room"], [[c("Ana Ruiz"), c("2026-07-03"), c("2026-07-09"), c("214", 214)]],
  {"guest": ("Guest", None), "check_in": ("Check-in", None), "check_out": ("Check-out", None), "room": ("Room", None)},
  S({"guest": "string", "check_in": "string", "check_out": "string", "room": "integer"}))
B("kv34", "kv", "", ["Name", "Age", "Smoker", "Allergy"], [[c("Leif Moe"), c("58", 58), c("no", False), c("none")]],
  {"name": ("Name", None), "age": ("Age", None), "smoker": ("Smoker", None), "allergy": ("Allergy", None)},
  S({"name": "string", "age": "integer", "smoker": "boolean", "allergy": "string"}))

# =====================================================================================
# rendering
# =====================================================================================


NOUN = {"pipe": "records", "md": "table", "csv": "CSV export", "prose": "note"}
WRAP = True
KEYONLY = False
BI = True  # (the whole round: bases with both wrappings)
NN = dict(kv1="guest", kv2="employee", kv3="parcel", kv4="ticket", kv5="invoice", kv6="booking", kv7="forecast",
          kv8="shift", kv9="trip", kv10="patient", kv11="order", kv12="item", kv13="vessel", kv14="device",
          kv15="statement", kv16="runner", kv17="exam", kv18="contract", kv19="delivery", kv20="payment", kv21="member", kv22="customer", kv23="student", kv24="transfer", kv25="lease", kv26="server", kv27="patient", kv28="ticket", kv29="trade", kv30="match", kv31="employee", kv32="account", kv33="booking", kv34="patient", ym1="server", ym2="release", ym3="job", pp1="person", pp2="stock",
          pp3="flight", pp4="player", md1="city", md2="employee", md3="item", md4="project", md5="ticket",
          md6="forecast", md7="room", cs1="order", cs2="user", cs3="flight", cs4="sensor", cs5="member",
          cs6="price", pr1="person", pr2="meeting", pr3="car", pr4="flight", pr5="loan", pr6="recipe")
NOUNALL = None


def render(b):
    kind, H, R, t = b["kind"], b["header"], b["rows"], b["target"]
    if WRAP and kind == "kv" and len(R) == 1:
        b = dict(b, title="")
    who = R[t][0][0]
    instr = b["instr"].replace("{who}", who)
    out = []
    if kind == "kv":
        if len(R) == 1:
            if b["title"]:
                out.append(b["title"])
            out += ["%s: %s" % (h, cell[0]) for h, cell in zip(H, R[0])]
        else:
            for i, r in enumerate(R):
                out.append("%s %d:" % (b["title"].rstrip(":") or "Record", i + 1))
                out += ["%s: %s" % (h, cell[0]) for h, cell in zip(H, r)]
                out.append("")
            out = out[:-1]
    elif kind == "yaml":
        out.append(b["title"])
        out += ["  %s: %s" % (h, cell[0]) for h, cell in zip(H, R[0])]
    elif kind == "pipe":
        out += [" | ".join(cell[0] for cell in r) for r in R]
    elif kind == "md":
        out.append("| " + " | ".join(H) + " |")
        out.append("|" + "---|" * len(H))
        out += ["| " + " | ".join(cell[0] for cell in r) + " |" for r in R]
    elif kind == "csv":
        out.append(",".join(H))
        out += [",".join(cell[0] for cell in r) for r in R]
    elif kind == "prose":
        d = {h: cell[0] for h, cell in zip(H, R[0])}
        out.append(b["tmpl"].format(**d))
    out += b["extra"]
    noun = NOUN.get(b["kind"]) or ((b["title"].rstrip(":").lower() or "customer") + " record")
    if b["kind"] == "kv" and len(R) > 1:
        noun = (b["title"].rstrip(":").lower() or "customer") + " records"
    if NOUNALL:
        noun = NOUNALL
    if b.get("noun"):
        noun = b["noun"]
    if WRAP:
        return instr + "\n\nText:\nPlease process the following %s.\n" % noun + "\n".join(out) + "\nEnd of %s." % noun
    return instr + "\n\n" + "\n".join(out) + "\n"


def expect(b):
    H, R, t = b["header"], b["rows"], b["target"]
    o = {}
    for k, (col, sub) in b["keys"].items():
        i = H.index(col)
        v = [r[i][1] for r in R] if sub == "[]" else R[t][i][1]
        if "." in k:
            a, z = k.split(".")
            o.setdefault(a, {})[z] = v
        else:
            o[k] = v
    return o


# =====================================================================================
# mutations: each takes (b, rng) and returns (tag, new_b, safe) or None
# =====================================================================================
NAMES = ["Lena Storm", "Rafael Costa", "Yuki Mori", "Olav Dahl", "Sara Quist"]
CITIES = ["Trondheim", "Aarhus", "Utrecht", "Tampere", "Leipzig"]
WORDS = ["porter", "nurse", "Audi", "Malmö", "C7", "gamma", "Stavanger"]


def key_cols(b):
    return [col for col, sub in b["keys"].values() if sub is None]


def fmt_num(v, like):
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and "." not in like and "," not in like):
        return str(int(v))
    dec = len(like.split(".")[-1]) if "." in like else 2
    return ("%%.%df" % dec) % v


def new_value(cell, rng):
    """A plausible other value for a cell: (text, val)."""
    text, val = cell
    if isinstance(val, bool):
        return (("no" if val else "yes") if text in ("yes", "no") else ("false" if val else "true") if text in ("true", "false")
                else text.replace("has been", "has not been") if val else text.replace("has not been", "has been")), not val
    if isinstance(val, (int, float)) and not isinstance(val, bool):
        d = rng.choice([1, 2, 3, 5, 7, 11])
        if isinstance(val, int):
            nv = val + d
            old = str(val)
            if old in text:
                return text.replace(old, str(nv), 1), nv
            return None
        nv = round(val + d / (10 if val < 10 else 1), 2)
        # replace numeric part
        import re
        m = re.search(r"[\d][\d.,]*\d|\d", text)
        if not m:
            return None
        s = m.group(0)
        if "," in s and "." in s and s.index(".") < s.index(","):  # 1.234,50
            ns = ("{:,.2f}".format(nv)).replace(",", "X").replace(".", ",").replace("X", ".")
        elif "," in s:
            ns = "{:,.%df}" % (len(s.split(".")[-1]) if "." in s else 0)
            ns = ns.format(nv)
        else:
            ns = fmt_num(nv, s)
        if isinstance(val, float) and nv.is_integer():
            nv = nv
        return text.replace(s, ns, 1), nv
    if isinstance(val, list):
        return None
    if isinstance(val, str):
        import re
        if re.fullmatch(r"\d\d\d\d-\d\d-\d\d", val) and text == val:
            nd = val[:8] + "%02d" % (int(val[8:]) % 27 + 1)
            return nd, nd
        if re.fullmatch(r"\d\d/\d\d/\d\d\d\d", text):
            dd = "%02d" % (int(text[:2]) % 12 + 1)
            nt = dd + text[2:]
            # which format: val derived
            if val[8:] == text[:2]:  # DD/MM
                return nt, val[:8] + dd
            return nt, val[:5] + dd + val[7:]
        if re.fullmatch(r"\d\d:\d\d", text):
            nt = "%02d:%s" % ((int(text[:2]) + 2) % 24, text[3:])
            return nt, nt
        if val in ("open", "closed", "pending", "high", "low", "medium", "stable", "beta", "nightly",
                   "EUR", "USD", "GBP", "NOK"):
            for grp in (["open", "closed", "pending"], ["low", "medium", "high"], ["stable", "beta", "nightly"],
                        ["EUR", "USD", "GBP", "NOK"]):
                if val in grp:
                    nv = rng.choice([g for g in grp if g != val])
                    nt = nv.capitalize() if text[0].isupper() and text != val.upper() else nv
                    return nt, nv
        if " " in val and val[0].isupper() and text == val:
            nv = rng.choice([n for n in NAMES if n != val])
            return nv, nv
        if text == val:
            pool = CITIES if val[0].isupper() else WORDS
            nv = rng.choice([w for w in pool + WORDS if w != val and (w[0].isupper() == val[0].isupper())])
            if any(ch.isdigit() for ch in val):
                nv = val[:-1] + str((int(val[-1]) + 3) % 10) if val[-1].isdigit() else val + "9"
            return nv, nv
    return None


def cp(b):
    return copy.deepcopy(b)


def m_change(b, rng):
    cols = key_cols(b)
    col = rng.choice(cols)
    i = b["header"].index(col)
    r = b["rows"][b["target"]]
    nv = new_value(r[i], rng)
    if not nv:
        return None
    nb = cp(b)
    nb["rows"][b["target"]][i] = list(nv)
    return "chg-" + str(i), nb, False


ENUMV = {"open", "closed", "pending", "high", "low", "medium", "stable", "beta", "nightly", "EUR", "USD", "GBP", "NOK"}


def same_type(a, b_):
    ta, tb = type(a[1]), type(b_[1])
    if ta == str and tb == str:
        if (a[1] in ENUMV) != (b_[1] in ENUMV):
            return False
        if (" " in a[1]) != (" " in b_[1]):
            return False
    return ta == tb and a[1] != b_[1]


def m_swap(b, rng):
    cols = key_cols(b)
    r = b["rows"][b["target"]]
    idx = [b["header"].index(c_) for c_ in cols]
    cands = [(i, j) for i in idx for j in range(len(r)) if i != j and same_type(r[i], r[j])]
    if not cands:
        return None
    i, j = rng.choice(cands)
    nb = cp(b)
    R = nb["rows"][b["target"]]
    R[i], R[j] = R[j], R[i]
    return "swap-%d%d" % (i, j), nb, False


DISTRACT = {"kv": ["Previous", "Old", "Spouse's", "Former", "Requested"], "yaml": ["old_", "prev_", "default_"]}


def m_move(b, rng):
    """The value moves to another label; the member's own label gets a new value."""
    if b["kind"] not in ("kv", "yaml"):
        return None
    col = rng.choice(key_cols(b))
    i = b["header"].index(col)
    r = b["rows"][0]
    nv = new_value(r[i], rng)
    if not nv:
        return None
    nb = cp(b)
    pre = rng.choice(DISTRACT[b["kind"]])
    lab = (pre + col) if b["kind"] == "yaml" else (pre + " " + col[0].lower() + col[1:])
    nb["header"].insert(i, lab)
    nb["rows"][0].insert(i, list(r[i]))
    nb["rows"][0][i + 1] = list(nv)
    return "move-%d" % i, nb, False


CORR = ["Correction: {lab} is {new}, not {old}.", "Update: {lab} changed to {new}.",
        "Note from the editor: the {lab} above is wrong; it should be {new}.", "Erratum — {lab}: {new}."]


def m_correct(b, rng):
    col = rng.choice(key_cols(b))
    i = b["header"].index(col)
    r = b["rows"][b["target"]]
    nv = new_value(r[i], rng)
    if not nv:
        return None
    nb = cp(b)
    style = rng.randrange(4)
    old = r[i][0]
    lab = col if b["kind"] != "prose" else col
    if style == 0:
        nb["extra"] += ["", rng.choice(CORR).format(lab=lab, new=nv[0], old=old)]
        nb["rows"][b["target"]][i] = [old, nv[1]]
    elif style == 1 and b["kind"] != "prose":
        nb["rows"][b["target"]][i] = [nv[0] + " (was " + old + ")", nv[1]]
    elif style == 2 and b["kind"] != "prose":
        nb["rows"][b["target"]][i] = ["~~" + old + "~~ " + nv[0], nv[1]]
        return "strike-%d" % i, nb, False
    else:
        nb["extra"] += ["", "Update: %s %s" % (lab, nv[0])]
        nb["rows"][b["target"]][i] = [old, nv[1]]
        return "upd-%d" % i, nb, False
    if style == 0:
        return "corr-%d" % i, nb, False
    return "was-%d" % i, nb, False
    

def m_addrec(b, rng):
    """Tables: add a row with another first cell (answer unchanged: safe). kv: a second card, ask for card 2."""
    nb = cp(b)
    if b["kind"] in ("pipe", "md", "csv"):
        base_r = b["rows"][-1]
        row = []
        for j, cell in enumerate(base_r):
            nv = new_value(cell, rng)
            if j == 0:
                nv = (cell[0] + "X", cell[1] + "X") if isinstance(cell[1], str) else None
            row.append(list(nv) if nv else list(cell))
        nb["rows"].append(row)
        if any(sub == "[]" for _, sub in b["keys"].values()):
            return "addrow", nb, False
        return "addrow", nb, True
    if b["kind"] == "kv":
        row = []
        for cell in b["rows"][0]:
            nv = new_value(cell, rng)
            row.append(list(nv) if nv else list(cell))
        first = rng.random() < 0.5
        if first:
            nb["rows"] = [row, nb["rows"][0]]
        else:
            nb["rows"].append(row)
        nb["target"] = 1
        nb["instr"] = b["instr"].rstrip(".") + " — use %s 2 only." % (b["title"].rstrip(":") or "Record")
        return "card2-%s" % ("first" if first else "last"), nb, False
    return None


def m_which(b, rng):
    if b["kind"] not in ("pipe", "md", "csv") or len(b["rows"]) < 2:
        return None
    nb = cp(b)
    nb["target"] = rng.choice([k for k in range(len(b["rows"])) if k != b["target"]])
    return "which-%d" % nb["target"], nb, False


UNITS = {"kg": ("lb", 0.45359237), "cm": ("in", 2.54), "m": ("ft", 0.3048), "°C": ("°F", None),
         "MB": ("GB", 1024), "NOK": ("SEK", None)}


def m_unit(b, rng):
    import re
    cands = []
    for col in key_cols(b):
        i = b["header"].index(col)
        t, v = b["rows"][b["target"]][i]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if re.search(r" (kg|cm|m|°C|MB|NOK|EUR)$", t) or t.startswith("€") or t.endswith("%"):
                cands.append(i)
            if "(km²)" in col or "(USD)" in col or "(°C)" in col:
                cands.append(i)
    if not cands:
        return None
    i = rng.choice(cands)
    nb = cp(b)
    cell = nb["rows"][b["target"]][i]
    t, v = cell
    col = b["header"][i]
    if "(USD)" in col:
        nb["header"][i] = col.replace("USD", "EUR")
        # schema asks price_usd: the right value is unknown without a rate -> model must not reuse; we say the
        # amount stays (it is the listed number) but in EUR: right answer unknown, skip
        return None
    if "(°C)" in col:
        nb["header"][i] = col.replace("°C", "°F")
        for r in nb["rows"]:
            r[i][1] = round((r[i][1] - 32) * 5 / 9, 2)
        return "unit-F", nb, False
    if "(km²)" in col:
        nb["header"][i] = col.replace("km²", "mi²")
        for r in nb["rows"]:
            r[i][1] = round(r[i][1] * 2.589988, 2)
        nb["keys"] = dict(nb["keys"])
        for k, (cc, sub) in list(nb["keys"].items()):
            if cc == col:
                nb["keys"][k] = (nb["header"][i], sub)
        return "unit-mi2", nb, False
    if t.startswith("€"):
        nb["rows"][b["target"]][i] = ["$" + t[1:], None]
        return "cur-usd", nb, "unknown"
    if t.endswith("%"):
        num = float(t[:-1])
        nb["rows"][b["target"]][i] = [str(num / 100) + " (as a fraction)", num]
        return "pct-frac", nb, True
    m = re.search(r" (kg|cm|m|°C|MB|NOK|EUR)$", t)
    u = m.group(1)
    num = v
    if u == "°C":
        nb["rows"][b["target"]][i] = [t.replace("°C", "°F"), round((num - 32) * 5 / 9, 2)]
        return "unit-F", nb, False
    if u == "EUR":
        nb["rows"][b["target"]][i] = [t.replace("EUR", "CHF"), v]
        return "cur-chf", nb, "unknown"
    if u == "NOK":
        nb["rows"][b["target"]][i] = [t.replace("NOK", "SEK"), None]
        return "cur-sek", nb, "unknown"
    nu, f = UNITS[u]
    nv = round(num * f, 4)
    if isinstance(v, int) and u != "MB":
        nv = round(num * f, 4)
    nb["rows"][b["target"]][i] = [t.replace(" " + u, " " + nu), nv if u != "MB" else int(num * f)]
    return "unit-" + nu, nb, False


def m_neg(b, rng):
    cols = [c_ for c_ in key_cols(b) if isinstance(b["rows"][b["target"]][b["header"].index(c_)][1], bool)]
    nb = cp(b)
    if cols:
        i = b["header"].index(rng.choice(cols))
        t, v = b["rows"][b["target"]][i]
        if v:
            nt = rng.choice(["no longer", "not any more", "yes (until 2025; not now)", "not " + t])
            if b["kind"] == "prose":
                nt = t.replace("has been", "has not been")
            nb["rows"][b["target"]][i] = [nt, False]
        else:
            nt = rng.choice(["no longer " + ("delayed" if False else "no"), "not false"])
            if b["kind"] == "prose":
                return None
            nb["rows"][b["target"]][i] = ["not " + t + " (it is now)", True] if rng.random() < 0.5 else [t + " → yes", True]
        return "neg-%d" % i, nb, False
    # strings: "except" / "not" lines
    col = rng.choice(key_cols(b))
    i = b["header"].index(col)
    t, v = b["rows"][b["target"]][i]
    if not isinstance(v, str) or b["kind"] == "prose":
        return None
    nv = new_value([t, v], rng)
    if not nv:
        return None
    nb["rows"][b["target"]][i] = ["not %s but %s" % (t, nv[0]) if rng.random() < 0.5 else "%s (no longer; now %s)" % (t, nv[0]), nv[1]]
    return "negs-%d" % i, nb, False


QUAL = [("Min", "Max"), ("Start", "End"), ("From", "To"), ("from", "to"), ("Min (", "Max ("), ("start", "end"),
        ("Opening", "Closing"), ("Sender", "Recipient"), ("Buyer", "Seller"), ("Home", "Away"), ("Check-in", "Check-out"),
        ("Employee", "Manager")]


def m_qual(b, rng):
    H = b["header"]
    pairs = []
    for i, h in enumerate(H):
        for j, g in enumerate(H):
            if i < j:
                for a, z in QUAL:
                    if (h.startswith(a) and g.startswith(z) and h[len(a):] == g[len(z):]) or (h == a and g == z):
                        pairs.append((i, j, a, z))
    if not pairs:
        return None
    i, j, a, z = rng.choice(pairs)
    nb = cp(b)
    mode = rng.randrange(2)
    if mode == 0:  # swap the two qualifiers in the labels (values stay in place)
        nb["header"][i] = z + H[i][len(a):]
        nb["header"][j] = a + H[j][len(z):]
    else:  # the labels trade places with the values: order of lines changes, same meaning -> safe
        return None
    # keys follow label names
    newkeys = {}
    for k, (col, sub) in b["keys"].items():
        if col == H[i]:
            newkeys[k] = (nb["header"][j], sub)
        elif col == H[j]:
            newkeys[k] = (nb["header"][i], sub)
        else:
            newkeys[k] = (col, sub)
    nb["keys"] = newkeys
    return "qual", nb, False


def m_colperm(b, rng):
    if b["kind"] not in ("md", "csv", "pipe", "kv", "yaml"):
        return None
    n = len(b["header"])
    perm = list(range(n))
    while perm == list(range(n)):
        rng.shuffle(perm)
    if b["kind"] in ("md", "pipe", "csv"):
        perm = [0] + [p for p in perm if p != 0] if rng.random() < 0.5 else perm
    if perm == list(range(n)):
        return None
    nb = cp(b)
    mode = rng.randrange(2)
    if b["kind"] == "pipe":
        # header is in the instruction: reorder data only -> values mean other fields per the stated header
        mode = 1
    if mode == 0:  # consistent: header and cells -> same answer
        nb["header"] = [b["header"][p] for p in perm]
        nb["rows"] = [[r[p] for p in perm] for r in b["rows"]]
        return "perm", nb, True
    # header kept, cells reordered: each header now sits over another column's cells
    if b["kind"] in ("kv", "yaml"):
        return None
    nb["rows"] = [[list(r[p]) for p in perm] for r in b["rows"]]
    # values now under header h_j are the old cells from column perm[j]: re-derive values by type
    for r in nb["rows"]:
        for j, cell in enumerate(r):
            if perm[j] != j:
                cell[1] = retype(cell, b, j)
    if any(cell[1] is None for r in nb["rows"] for cell in r):
        return None
    if b["kind"] in ("md", "csv", "pipe") and perm[0] != 0:
        return None  # the asked key moved: skip
    return "hdrkeep", nb, False


def retype(cell, b, j):
    """A cell's text read as the type of column j of the base."""
    t = cell[0]
    proto = b["rows"][0][j][1]
    try:
        if isinstance(proto, bool):
            return {"yes": True, "no": False, "true": True, "false": False}.get(t)
        if isinstance(proto, int):
            return int(t)
        if isinstance(proto, float):
            return float(t)
        if isinstance(proto, str):
            if b["schema"]["properties"].get([k for k, (cc, s) in b["keys"].items() if cc == b["header"][j]][0] if
                                             [k for k, (cc, s) in b["keys"].items() if cc == b["header"][j]] else "",
                                             {}).get("enum"):
                return None
            return t
    except (ValueError, IndexError):
        return None
    return None


def m_datefmt(b, rng):
    import re
    for i, h in enumerate(b["header"]):
        if "(DD/MM/YYYY)" in h or "(MM/DD/YYYY)" in h:
            nb = cp(b)
            a, z = ("DD/MM/YYYY", "MM/DD/YYYY") if "DD/MM" in h else ("MM/DD/YYYY", "DD/MM/YYYY")
            mode = rng.randrange(2)
            if mode == 0:  # flip the declared format, keep the digits
                nb["header"][i] = h.replace(a, z)
                for r in nb["rows"]:
                    y, m, d = r[i][1].split("-")
                    r[i][1] = "%s-%s-%s" % (y, d, m)
                newkeys = {k: ((nb["header"][i] if cc == h else cc), s) for k, (cc, s) in b["keys"].items()}
                nb["keys"] = newkeys
                return "dflip", nb, False
            # rewrite the digits in the other format with the label changed accordingly -> same answer
            nb["header"][i] = h.replace(a, z)
            for r in nb["rows"]:
                p = r[i][0].split("/")
                r[i][0] = "%s/%s/%s" % (p[1], p[0], p[2])
            nb["keys"] = {k: ((nb["header"][i] if cc == h else cc), s) for k, (cc, s) in b["keys"].items()}
            return "dsame", nb, True
    for i, h in enumerate(b["header"]):
        t, v = b["rows"][b["target"]][i]
        if isinstance(v, str) and re.fullmatch(r"\d\d\d\d-\d\d-\d\d", t):
            nb = cp(b)
            y, m, d = t.split("-")
            mode = rng.randrange(3)
            if mode == 0:
                nb["rows"][b["target"]][i] = ["%s/%s/%s" % (d, m, y), v]
                nb["extra"] += ["", "(dates are DD/MM/YYYY)"]
                return "dm", nb, True
            if mode == 1:
                nb["rows"][b["target"]][i] = ["%s/%s/%s" % (m, d, y), v]
                nb["extra"] += ["", "(dates are MM/DD/YYYY)"]
                return "md", nb, True
            if int(d) <= 12 and d != m:
                nb["rows"][b["target"]][i] = ["%s-%s-%s" % (y, d, m), "%s-%s-%s" % (y, d, m)]
                nb["extra"] += ["", "(dates are YYYY-DD-MM)"]
                nb["rows"][b["target"]][i][1] = "%s-%s-%s" % (y, m, d)
                return "ydm", nb, True
    return None


def m_decsep(b, rng):
    import re
    for i, h in enumerate(b["header"]):
        t, v = b["rows"][b["target"]][i]
        if isinstance(v, float) and not isinstance(v, bool):
            m = re.search(r"\d[\d.,]*", t)
            s = m.group(0)
            nb = cp(b)
            mode = rng.randrange(3)
            if mode == 0:  # same value in the other convention -> safe
                if "," in s and "." in s and s.index(".") < s.index(","):
                    ns = s.replace(".", "X").replace(",", ".").replace("X", ",")
                else:
                    ns = s.replace(",", "X").replace(".", ",").replace("X", ".")
                if b["kind"] == "csv" and "," in ns:
                    ns = '"%s"' % ns
                nb["rows"][b["target"]][i] = [t.replace(s, ns), v]
                return "sep", nb, True
            if mode == 1:  # digits moved: 1,234.50 -> 12,345.0 / 0.52 -> 5.2
                ns = s.replace(".", "")
                nv = float(ns.replace(",", "")) / 10 if "," not in s or s.index(",") < s.index(".") else None
                if nv is None or "," in s and "." in s and s.index(".") < s.index(","):
                    ns2 = s.replace(",", "")  # 1.234,50 -> 1.23450 ?
                    return None
                ns = s.replace(".", "")
                ns = ns[:-1] + "." + ns[-1]
                nv = float(ns.replace(",", ""))
                nb["rows"][b["target"]][i] = [t.replace(s, ns), nv]
                return "shift", nb, False
            # thousands marker dropped: 1,234.50 -> 1.234 ; value 1.234
            return None
    return None


MUTS = [m_change, m_swap, m_move, m_correct, m_correct, m_addrec, m_qual, m_qual, m_datefmt, m_decsep, m_neg, m_which, m_unit, m_neg, m_qual, m_colperm, m_datefmt, m_decsep,
        m_change, m_correct, m_swap]


def strip(b):
    keep = [i for i, h in enumerate(b["header"]) if h in [cc for cc, s in b["keys"].values()] or i == 0]
    b["header"] = [b["header"][i] for i in keep]
    b["rows"] = [[r[i] for i in keep] for r in b["rows"]]


def gen(per_base=12, only=None, bases_only=False):
    rng = random.Random(93)
    for b in BASES:
        if KEYONLY:
            strip(b)
        if BI:
            nn = NN.get(b["id"], "customer")
            b["noun"] = nn + " record"
            if b["kind"] in ("pipe", "md", "csv"):
                b["noun"] = nn + " records"
                b["instr"] = "Return the details of {who} as JSON."
                if any(sub == "[]" for _, sub in b["keys"].values()):
                    b["instr"] = "Return the %s list and the details of {who} as JSON." % nn
            else:
                b["instr"] = "Return the %s's details as JSON." % nn
        if only and b["id"] not in only:
            continue
        bexp = expect(b)
        bprompt = render(b)
        J("d93-%s-base" % b["id"], "r93_" + b["kind"], bprompt, b["schema"], bexp, [bexp])
        if bases_only:
            continue
        seen = {bprompt}
        n = 0
        tries = 0
        while n < per_base and tries < 600:
            tries += 1
            m = rng.choice(MUTS)
            try:
                res = m(b, rng)
            except Exception as ex:  # a mutation that does not fit the base
                res = None
            if not res:
                continue
            tag, nb, safe = res
            if safe == "unknown":
                continue
            pr = render(nb)
            if pr in seen:
                continue
            try:
                ex = expect(nb)
            except Exception:
                continue
            if any(v is None for v in ex.values()):
                continue
            if json.dumps(ex, sort_keys=True) == json.dumps(bexp, sort_keys=True):
                safe = True
            seen.add(pr)
            n += 1
            vid = "d93-%s-%s-%d" % (b["id"], tag, n)
            J(vid, "r93_" + b["kind"] + ("_safe" if safe else ""), pr, b["schema"], ex,
              [ex] if safe else [bexp, ex], safe=bool(safe))


# =====================================================================================
# wave 2 (seed 931): text-level mutations of the stored kv bases
# =====================================================================================
MONEY = {"kv5", "kv20", "kv24", "kv25", "kv29", "kv32"}
NEGLAB = {"Paid": "Unpaid", "Smoker": "Non-smoker", "Secure": "Insecure", "Active": "Inactive", "Remote": "On-site"}
STRIKE = ["~~{o}~~ {n}", "<s>{o}</s> {n}", "<del>{o}</del> {n}", "{o} → {n}", "{o} (corrected to {n})", "{n} (not {o})",
          "{o}, now {n}", "{o} [crossed out] {n}", "{o} -> {n}", "~~{o}~~{n}"]
CORR2 = ["Correction: {lab} should be {n}.", "Update: {lab}: {n}", "UPDATE — {lab} is now {n}.", "{lab} (corrected): {n}",
         "Erratum: {lab} {n}", "Please note: the {low} changed to {n}.", "Typo above — {lab} is {n}.", "Rettelse: {lab}: {n}",
         "Korrektur: {lab} = {n}", "(Amended {lab}: {n})", "P.S. {lab} was updated to {n}.", "Revised {low}: {n}"]
PREFIX = ["Requested", "Old", "Prior", "Default", "Original", "Planned", "Expected", "Target", "Billing", "Former",
          "Alternate", "Second", "Previous", "Estimated", "Max", "Min"]


def w2_variants(b, rng):
    """Yields (tag, prompt, schema, expect, safe)."""
    H, R = b["header"], b["rows"][0]
    bexp = expect(b)
    base_prompt = render(b)
    keycols = key_cols(b)
    def line(i):
        return "%s: %s" % (H[i], R[i][0])
    def exp_with(i, v):
        nb = cp(b)
        nb["rows"][0][i] = [R[i][0], v]
        return expect(nb)
    out = []
    for col in keycols:
        i = H.index(col)
        t, v = R[i]
        low = col[0].lower() + col[1:]
        nv = new_value(R[i], rng)
        if nv:
            # strike-through / arrow corrections on the value's own line
            for st in rng.sample(STRIKE, 4):
                out.append(("stk", base_prompt.replace(line(i), "%s: %s" % (col, st.format(o=t, n=nv[0]))), b["schema"], exp_with(i, nv[1]), False))
            # correction notes in several shapes, above the footer or after it
            for cs in rng.sample(CORR2, 4):
                note = cs.format(lab=col, low=low, n=nv[0])
                if rng.random() < 0.5:
                    pr = base_prompt.replace("\nEnd of ", "\n" + note + "\nEnd of ")
                else:
                    pr = base_prompt + "\n" + note
                out.append(("cor", pr, b["schema"], exp_with(i, nv[1]), False))
            # the value moves to a prefixed label; the own label gets a new value (either order)
            for pre in rng.sample(PREFIX, 3):
                moved = "%s %s: %s" % (pre, low, t)
                own = "%s: %s" % (col, nv[0])
                pair = [moved, own] if rng.random() < 0.5 else [own, moved]
                out.append(("mv", base_prompt.replace(line(i), "\n".join(pair)), b["schema"], exp_with(i, nv[1]), False))
            # the own label gets a qualifier: value now belongs to another thing; own value given elsewhere
            q = rng.choice(["of spouse", "(previous)", "(requested)", "(last year)", "(old)"])
            out.append(("qlf", base_prompt.replace(line(i), "%s %s: %s\n%s: %s" % (col, q, t, col, nv[0])), b["schema"], exp_with(i, nv[1]), False))
        if isinstance(v, bool):
            if col in NEGLAB:
                out.append(("neglab", base_prompt.replace(line(i), "%s: %s" % (NEGLAB[col], t)), b["schema"], exp_with(i, not v), False))
            for ph in ["%s: %s (not any more)", "%s: no longer %s", "%s: %s until March; since then not", "%s: never"]:
                tt = ph % (col, t) if ph.count("%s") == 2 else ph % col
                if ph == "%s: never" and not v:
                    continue
                out.append(("negv", base_prompt.replace(line(i), tt), b["schema"], exp_with(i, not v if ph != "%s: never" else False), False))
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            import re
            m = re.search(r"\d[\d.,]*", t)
            s_ = m.group(0)
            # accounting negative, unicode minus, sign (money bases only)
            if b["id"] in MONEY:
              out.append(("acct", base_prompt.replace(line(i), "%s: (%s)" % (col, t)), b["schema"], exp_with(i, -v), False))
              out.append(("minus", base_prompt.replace(line(i), "%s: −%s" % (col, t)), b["schema"], exp_with(i, -v), False))
            # scale words
              out.append(("thou", base_prompt.replace(line(i), "%s: %s thousand" % (col, t)), b["schema"], exp_with(i, v * 1000), False))
              out.append(("scale", base_prompt.replace("\nEnd of ", "\n(All figures in thousands.)\nEnd of "), b["schema"],
                          {k: (vv * 1000 if k in ("total", "amount", "rent", "deposit", "price", "opening_balance", "closing_balance") else vv) for k, vv in bexp.items()}, False))
            # decimal conventions
            if "," in s_ and "." in s_:
                eu = s_.replace(",", "X").replace(".", ",").replace("X", ".")
                out.append(("eu", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, eu))), b["schema"], bexp, True))
                out.append(("nothou", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, s_.replace(",", "")))), b["schema"], bexp, True))
            elif "." in s_:
                out.append(("eu", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, s_.replace(".", ",")))), b["schema"], bexp, True))
                out.append(("dot2", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, s_.replace(".", "")))), b["schema"],
                            exp_with(i, int(s_.replace(".", ""))), False))
            elif len(s_) >= 4:
                out.append(("thsep", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, s_[:-3] + "," + s_[-3:]))), b["schema"], bexp, True))
                out.append(("thsep_eu", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(s_, s_[:-3] + "." + s_[-3:]))), b["schema"], bexp, True))
            # units
            if t.endswith(" kg"):
                out.append(("lb", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(" kg", " lb"))), b["schema"], exp_with(i, round(v * 0.45359237, 4)), False))
                out.append(("g", base_prompt.replace(line(i), "%s: %s" % (col, t.replace(" kg", " g"))), b["schema"], exp_with(i, v / 1000), False))
            # instruction asks another scale
        # instruction changes
    ins = base_prompt.split("\n\n", 1)[0]
    nums = [H.index(cc) for cc in keycols if isinstance(R[H.index(cc)][1], (int, float)) and not isinstance(R[H.index(cc)][1], bool)]
    for i in nums:
        col = H[i]
        k = [kk for kk, (cc, ss) in b["keys"].items() if cc == col][0]
        v = R[i][1]
        for phr, f in [("give the %s in thousands", 0.001), ("give the %s multiplied by 100", 100), ("give the %s negated", -1),
                       ("report the %s in cents", 100), ("give the %s doubled", 2)]:
            pr = base_prompt.replace(ins, ins[:-1] + "; " + phr % k.replace("_", " ") + ".")
            out.append(("ins", pr, b["schema"], exp_with(i, round(v * f, 6)), False))
        # schema description asks another scale
        sch = copy.deepcopy(b["schema"])
        sch["properties"][k]["description"] = rng.choice(["in thousands", "times 100", "negated", "in cents"])
        f = {"in thousands": 0.001, "times 100": 100, "negated": -1, "in cents": 100}[sch["properties"][k]["description"]]
        out.append(("sdesc", base_prompt, sch, exp_with(i, round(v * f, 6)), False))
    strs = [H.index(cc) for cc in keycols if isinstance(R[H.index(cc)][1], str)]
    for i in strs:
        col = H[i]
        k = [kk for kk, (cc, ss) in b["keys"].items() if cc == col][0]
        v = R[i][1]
        if v in ENUMV:
            continue
        pr = base_prompt.replace(ins, ins[:-1] + "; write the %s in upper case." % k.replace("_", " "))
        out.append(("upper", pr, b["schema"], exp_with(i, v.upper()), False))
        pr = base_prompt.replace(ins, ins[:-1] + "; give only the first word of the %s." % k.replace("_", " "))
        if " " in v:
            out.append(("first", pr, b["schema"], exp_with(i, v.split()[0]), False))
    # record order: two records, ask for record 1 / the last one / the one that is not cancelled
    for which in ("first", "last", "notvoid"):
        other = [list(new_value(cc, rng) or cc) for cc in R]
        nb = cp(b)
        nb["rows"][0] = other
        oexp = expect(nb)
        blk_b = "\n".join("%s: %s" % (h, cc[0]) for h, cc in zip(H, R))
        blk_o = "\n".join("%s: %s" % (h, cc[0]) for h, cc in zip(H, other))
        head, rest = base_prompt.split("Text:\n", 1)
        intro = rest.split("\n", 1)[0]
        foot = rest.rsplit("\n", 1)[1]
        if which == "first":
            pr = head.replace(ins, ins[:-1] + " (first record only).") + "Text:\n" + intro + "\n" + blk_o + "\n\n" + blk_b + "\n" + foot
            out.append(("rec1", pr, b["schema"], oexp, False))
        elif which == "last":
            pr = head.replace(ins, ins[:-1] + " (last record only).") + "Text:\n" + intro + "\n" + blk_b + "\n\n" + blk_o + "\n" + foot
            out.append(("recl", pr, b["schema"], oexp, False))
        else:
            pr = head.replace(ins, ins[:-1] + " (the record that is not cancelled).") + "Text:\n" + intro + "\n" + blk_b + "\n(cancelled)\n\n" + blk_o + "\n" + foot
            out.append(("recv", pr, b["schema"], oexp, False))
    return out


def gen2(only):
    rng = random.Random(931)
    for b in BASES:
        if b["id"] not in only:
            continue
        bexp = expect(b)
        seen = {render(b)}
        vs = w2_variants(b, rng)
        n = 0
        for tag, pr, sch, ex, safe in vs:
            key = pr + json.dumps(sch)
            if key in seen or pr == render(b) and sch == b["schema"]:
                continue
            seen.add(key)
            n += 1
            if json.dumps(ex, sort_keys=True) == json.dumps(bexp, sort_keys=True):
                safe = True
            J("d93-%s-w%s-%d" % (b["id"], tag, n), "r93_w2" + ("_safe" if safe else ""), pr, sch, ex,
              [ex] if safe else [bexp, ex], safe=safe)


# =====================================================================================
# wave 3 (seed 932): decorations of a member's own value on its own line
# =====================================================================================
def w3_variants(b, rng):
    H, R = b["header"], b["rows"][0]
    bexp = expect(b)
    bp = render(b)
    out = []
    def line(i):
        return "%s: %s" % (H[i], R[i][0])
    def exp_with(i, v):
        nb = cp(b)
        nb["rows"][0][i] = [R[i][0], v]
        return expect(nb)
    def put(tag, i, newtext, v):
        out.append((tag, bp.replace(line(i), "%s: %s" % (H[i], newtext)), b["schema"], exp_with(i, v)))
    for col in key_cols(b):
        i = H.index(col)
        t, v = R[i]
        if isinstance(v, bool):
            yes = [("Y", True), ("N", False), ("✓", True), ("✗", False), ("[x]", True), ("[ ]", False), ("1", True), ("0", False),
                   ("ja", True), ("nei", False), ("true", True), ("false", False), ("yes (pending)", None), ("nope", False),
                   ("affirmative", True), ("negative", False), ("yes? no.", False), ("no — yes, see note", None)]
            for tx, vv in rng.sample(yes, 8):
                if vv is None:
                    continue
                put("b", i, tx, vv)
        elif isinstance(v, (int, float)):
            import re
            s_ = re.search(r"\d[\d.,]*", t).group(0)
            dec = [("%s-" % t, -v, "trailmin"), ("%s CR" % t, v, "cr"), ("%s DR" % t, -v if b["id"] in MONEY else None, "dr"),
                   (t.replace(s_, s_.replace(",", " ")), v, "spsep"), (t.replace(s_, s_.replace(",", "'")), v, "swiss"),
                   ("%s (estimate; actual %s)" % (t, fmt_num(v + 5, s_) if isinstance(v, int) else fmt_num(v + 5, s_)), v + 5, "actual"),
                   ("%s dozen" % t, v * 12 if isinstance(v, int) else None, "dozen"),
                   ("%s (x10)" % t, v * 10, "x10"), ("%s %%" % t, None, "pct"),
                   ("approx. %s" % t, v, "approx"), ("%s (rounded)" % t, v, "rounded"),
                   ("%s, of which %s refunded" % (t, fmt_num(1, s_)), None, "refund"),
                   ("½ of %s" % t, v / 2, "half"), ("2 × %s" % t, v * 2, "times"), ("%s + 10" % t, v + 10, "plus"),
                   ("%s/2" % t, v / 2, "slash2"), ("-%s" % t, -v, "neg")]
            for tx, vv, tg in rng.sample(dec, 10):
                if vv is None:
                    continue
                if isinstance(v, int) and isinstance(vv, float):
                    if not vv.is_integer():
                        continue
                    vv = int(vv)
                put("n" + tg, i, tx, vv)
        elif isinstance(v, str):
            if v in ENUMV:
                grp = [g for g in (["open", "closed", "pending"], ["low", "medium", "high"], ["EUR", "USD", "GBP", "NOK"]) if v in g][0]
                o = [g for g in grp if g != v][0]
                for tx, vv, tg in [("%s (reopened as %s)" % (t, o), o, "reo"), ("%s? No: %s" % (t, o), o, "q"),
                                   ("%s/%s" % (t, o), None, "sl"), ("%s (was %s)" % (t, o), v, "was"), ("%s, not %s" % (o, t), o, "not")]:
                    if vv:
                        put("e" + tg, i, tx, vv)
            elif "@" in v:
                for tx, vv, tg in [(v.replace("@", "(at)"), v, "at"), ("%s (bounced; use jb@ex.org)" % v, "jb@ex.org", "bounce"),
                                   ("<%s>" % v, v, "angle"), ("%s, cc: kb@ex.org" % v, v, "cc")]:
                    put("m" + tg, i, tx, vv)
            elif re.fullmatch(r"\d\d\d\d-\d\d-\d\d", v) if (re := __import__("re")) else False:
                y, m, d = v.split("-")
                nd = "%s-%s-%02d" % (y, m, int(d) + 7)
                for tx, vv, tg in [("%s (postponed to %s)" % (v, nd), nd, "post"), ("%s T23:30-05:00" % v, v, "tz"),
                                   ("%s.%s.%s" % (d, m, y), v, "dots"), ("%s/%s/%s" % (m, d, y), None, "us"),
                                   ("%s, moved to %s" % (v, nd), nd, "moved")]:
                    if vv:
                        put("d" + tg, i, tx, vv)
            elif not any(ch.isdigit() for ch in v) and "." not in v:
                other = rng.choice([n for n in (NAMES if " " in v else CITIES) if n != v])
                for tx, vv, tg in [("%s (acting for %s)" % (other, v), other, "acting"), ("%s c/o %s" % (v, other), v, "co"),
                                   ("%s, formerly %s" % (other, v), other, "formerly"), ("%s née %s" % (other, v.split()[-1]), other, "nee"),
                                   ("%s (replaced by %s)" % (v, other), other, "repl"), ("%s & %s" % (v, other), None, "amp"),
                                   ("%s; %s from June" % (v, other), None, "june"), ("«%s»" % v, v, "quote"),
                                   ("%s (%s on leave)" % (other, v), other, "leave"), ("%s not %s" % (other, v), other, "notx")]:
                    if vv:
                        put("s" + tg, i, tx, vv)
    return out


def gen3(only):
    rng = random.Random(932)
    for b in BASES:
        if b["id"] not in only:
            continue
        bexp = expect(b)
        seen = set()
        n = 0
        for tag, pr, sch, ex in w3_variants(b, rng):
            if pr in seen or pr == render(b):
                continue
            seen.add(pr)
            n += 1
            safe = json.dumps(ex, sort_keys=True) == json.dumps(bexp, sort_keys=True)
            J("d93-%s-x%s-%d" % (b["id"], tag, n), "r93_w3" + ("_safe" if safe else ""), pr, sch, ex,
              [ex] if safe else [bexp, ex], safe=safe)


# =====================================================================================
# wave 4 (seed 933): a member's value wrapped in quotes or markup on its own line
# =====================================================================================
WRAPS = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("「", "」"), ("**", "**"), ("*", "*"),
         ("`", "`"), ("_", "_"), ("<b>", "</b>"), ("[", "]"), ("(", ")"), ("‹", "›"), ("\\\"", "\\\"")]


def gen4(only):
    rng = random.Random(933)
    for b in BASES:
        if b["id"] not in only:
            continue
        bexp = expect(b)
        bp = render(b)
        H, R = b["header"], b["rows"][0]
        n = 0
        for col in key_cols(b):
            i = H.index(col)
            t, v = R[i]
            ln = "%s: %s" % (col, t)
            for a, z in WRAPS:
                if isinstance(v, bool) or (isinstance(v, (int, float)) and a in ("(", "[")):
                    if a not in ("**", '"'):
                        continue
                n += 1
                pr = bp.replace(ln, "%s: %s%s%s" % (col, a, t, z))
                J("d93-%s-q-%d" % (b["id"], n), "r93_w4_safe", pr, b["schema"], bexp, [bexp], safe=True)
                nv = new_value(R[i], rng)
                if nv and rng.random() < 0.5:
                    n += 1
                    nb = cp(b); nb["rows"][0][i] = [t, nv[1]]
                    pr = bp.replace(ln, "%s: %s%s%s" % (col, a, nv[0], z))
                    J("d93-%s-qc-%d" % (b["id"], n), "r93_w4", pr, b["schema"], expect(nb), [bexp, expect(nb)])


# =====================================================================================
# wave 5 (seed 934): more wrappers and one-sided decorations around a string member's value
# =====================================================================================
DECOS = [("『", "』"), ("《", "》"), ("〈", "〉"), ("⟨", "⟩"), ("‚", "‘"), ("＂", "＂"), ("~", "~"), ("__", "__"), ("=", "="),
         ("+", "+"), ("^", "^"), ("|", "|"), ("/", "/"), ("-", "-"), ("»", "«"), ("›", "‹"), ("„", "”"), ("⸢", "⸣"),
         ("", "*"), ("", "¹"), ("", " †"), ("", " [1]"), ("", " ✓"), ("", "."), ("", ";"), ("", " (sic)"), ("", " ?"),
         ("", "…"), ("", " — TBC"), ("", " (provisional)"), ("", " (unconfirmed)"), ("", " (deceased)"), ("", " (ex)"),
         ("", " (old)"), ("", " ×"), ("", " ❌"), ("", " ✗"), ("~~", "~~"), ("<s>", "</s>"), ("<del>", "</del>"), ("", "̶"),
         ("✗ ", ""), ("❌ ", ""), ("NOT ", ""), ("non-", ""), ("ex-", ""), ("-", ""), ("¬", ""), ("!", ""), ("?", ""), ("*", ""),
         ("The ", ""), ("Dr. ", ""), ("Mr ", ""), ("c/o ", ""), ("@", ""), ("#", ""), ("«", ""), ("", "»")]
# right answer: value without the decoration, unless the decoration says it is void / struck / negated
VOID = {"~~", "<s>", "<del>", "\u0336", "NOT "}
DROP = {" (ex)", " (old)", " ×", " ❌", " ✗", "✗ ", "❌ ", "non-", "ex-", "¬"}


def gen5(only):
    for b in BASES:
        if b["id"] not in only:
            continue
        bexp = expect(b)
        bp = render(b)
        H, R = b["header"], b["rows"][0]
        n = 0
        for col in key_cols(b):
            i = H.index(col)
            t, v = R[i]
            if not isinstance(v, str) or v in ENUMV or any(ch.isdigit() for ch in v):
                continue
            ln = "%s: %s" % (col, t)
            for a, z in DECOS:
                if a in DROP or z in DROP:
                    continue
                n += 1
                if z == "\u0336":
                    dec = "".join(ch + "\u0336" for ch in t)
                else:
                    dec = a + t + z
                pr = bp.replace(ln, "%s: %s" % (col, dec))
                if a in VOID or z in VOID:
                    J("d93-%s-v-%d" % (b["id"], n), "r93_w5_void", pr, b["schema"], None, [bexp], safe=False)
                else:
                    J("d93-%s-d-%d" % (b["id"], n), "r93_w5_safe", pr, b["schema"], bexp, [bexp], safe=True)


# The whole round, as the tester ran it: the stored bases and five seeded waves of variants.
ONLY = set("kv1,kv3,kv4,kv5,kv10,kv16,kv20,kv21,kv22,kv23,kv24,kv25,kv26,kv29,kv31,kv32".split(","))
gen(per_base=30, only=ONLY)
gen2(ONLY)
gen3(ONLY)
gen4(ONLY)
gen5(ONLY)
