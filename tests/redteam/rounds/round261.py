r"""Red-team round 261 (black box): A BROAD SEEDED SWEEP OF REALISTIC REQUESTS.
Focus: a seeded sweep (random.Random(261)) of realistic requests of both tasks. json_extract: ten domains (invoice,
  shipping notice, clinical note, HR form, hotel booking, product listing, event ticket, bank statement, support
  ticket, lab result), schemas of 3-12 members of every kind (string, integer, number, boolean, enum, nullable number,
  date format, nested object, array), seven layouts ("Label: value" lines, prose, a Markdown table, key=value, an
  e-mail with a signature, JSON-ish, a CSV row under its header). linear_equation: ax + b = c, b + ax = c,
  ax + b = cx + d, a(x + m) = c, x/q + b = c, two constants on a side, decimal coefficients. Parts:
  (a) 60 bases x up to 8 variants of 22 edit kinds (a digit, a unit, a sign, a scale, a currency, a date part, a
      name's letter, a boolean word, an enum word, a label synonym, two labels swapped, a second record, lines
      reordered, an unrelated sentence, an "Update:/Correction:" line, an instruction paraphrase, one instruction
      word, a schema key, a type, an enum, a description, a format), and 35 singles with realistic model mistakes;
  (eq) 45 equation bases x 6 edits (constant, sign, right side's sign, coefficient, variable renamed, sides swapped,
      paraphrase, one of two constants) and 28 singles with a wrong working first or sticky;
  (eqf) 30 stored equations with one mark that makes another kind of equation (x², x^2, 3/x, |..|, >, <, ≥, ≤, a
      bracketed negative, a decimal comma) or the same one ("4·x", "4 × x + (3)");
  (b) 65 stored shapes ("Label: value" lines under "Extract the details/record as JSON.", with a field of no member
      below) x 8 of: nested object, array, nullable, time, letter case, money form, a member added to / dropped from
      the schema, the field of no member changed, a "(revised)/Amended/Previous ..." line, and part (a)'s value edits;
  (c) 25 stored shapes x 6 qualifiers after a value on its line ("264.00 DR", "3 (extended to 5)", "suite
      (upgraded to double)", "yes (cancelled)", "(confirmed)");
  (d) 174 singles: the model's mistake per layout (a boolean turned, a neighbour's number, a first name only, the
      e-mail signature's name, two digits swapped), sticky or then right;
  (g) 30 stored shapes, a member's label turned into a sibling's that is no member ("Check-in" -> "Check-out",
      "Guest" -> "Payer", "Adults" -> "Children": the member is no longer stated);
  (h) 30 stored shapes, an instruction clause ("names in upper case", "names as Last, First", "times in 12-hour
      format", "amounts in cents / thousands / including 25% VAT / rounded", "codes without their prefix"; safe:
      "keeping the values as written", "on one line", "with no extra keys");
  (i) 35 stored shapes, two members changed at once (the patch path);
  (j) 60 singles: a boolean in prose ("the breakfast is no") or key=value ("breakfast=no"), the model turns it;
  (k) 50 stored shapes, one value in another written form ("(264.00)", "264.00-", "+264.00", "−264.00",
      "1,128.50", "1.128,50", "1 128,50", "1'128.50", "€264.00", "264.00 EUR", "16 June 2026", "June 16, 2026",
      "16.06.2026", "20260616", "Jun 16 2026", booleans as "included / not included / declined / ✓ / ✗ / 0 / 1 /
      Ja / Nei / none", nullables as "0 / n/a / — / nil / 5%", counts as "seven / 07 / 7 nights / seven (7)", enum
      words as "Suite / suite room / suite (as booked)"), the date also moved a day in half of them;
  (l) 20 singles: a bank statement in one prose sentence, the model swaps opening and closing balance;
  (m) 45 singles: a pair of members whose labels share a word (Start/End date, Billing/Shipping city,
      Departure/Arrival time, Minimum/Maximum temperature, Home/Away score) in lines, prose and key=value, the model
      swaps the pair.
  2,999 probes (2,464 json_extract, 535 linear_equation): 370 bases, 2,267 variants (770 safe), 362 singles.
  Fresh SQLite store, two passes. Paths: run 1 skip 2,626 / reuse 154 / patch 219, run 2 skip 2,406 / reuse 564 /
  patch 29; safe on reuse 68/770 and 151/770. Errors 1,583 per run (1,305 with the model right in its first three).
HELD: no wrong answer was served from the cache in either run (no path=reuse, no KEPT-FROM-CACHE). Of part (a)'s
  bases only "Label: value" lines were stored: 11 of 19 under a generic instruction ("Extract the details / record as
  JSON."), 1 of 13 under one naming the domain ("Extract the shipping notice details as JSON.", "Return the fields of
  this ... matching the schema"), 0 of 37 in the other six layouts. On the stored shapes every DIFFERENT variant was
  regenerated or refused, or served on the reuse path with the new value read from the new text, right: run 1 served
  77 DIFFERENT variants on the reuse path, all right (a digit 11, a date part 5, an enum word 5, a letter 6, a sign 2,
  a currency 1, a leading zero "Adults: 07" 7, an enum word alone "Currency: SEK" 5, "Suite" 2, "21,329.50" 2,
  "−171.25" 1, two members changed at once 30). Every variant was an error or a fresh answer for: corrections,
  "(revised)/Amended/Previous" lines, qualifiers after a value ("264.00 DR", "3 (extended to 5)"), sibling labels,
  instruction clauses (upper/lower case, Last, First, initials, 12-hour, cents, thousands, VAT, rounding, no prefix),
  schema key/type/enum/description/format changes, units, scales, accounting negatives, a trailing minus, European
  and Swiss separators, dates in words or dotted, counts in words, booleans in other words, second records, label
  swaps, and every non-linear equation (x², x^2, 3/x, |..|, inequalities; also "3x + 7,5 = 34" with a decimal comma,
  refused). 25 reuse-path answers of run 1 read by hand (JSON and equations, DIFFERENT and SAFE): all right.
WHAT GOT THROUGH: nothing from the cache (r261_found_alone is empty). Served fresh (the model's own wrong answer,
  accepted, never stored; 42 per run, the same 42 ids in both runs and alone):
 (F1) two members whose labels share a word, swapped by the model in prose (23): "Extract the record as JSON.\n\n
      Text:\nFor this bank statement, the opening balance is 15546.00, the closing balance is 14308.99, and the
      currency is SEK.\n" -> {"opening_balance":14308.99,"closing_balance":15546.0,"currency":"SEK"} (20 of 20);
      "..., the minimum temperature is -4, the maximum temperature is 12, ..." -> min 12, max -4 (3 of 3).
 (F2) the same swap in key=value lines (3 of 3): "name=Jonas Silva\nbilling_city=Utrecht\nshipping_city=Malmo\n
      reference=REF-1135" -> billing_city "Malmo", shipping_city "Utrecht".
 (F3) a boolean written "no", turned to true by the model, in key=value lines (9) or prose (7): "account_holder=
      Ida Holm\naccount_number=AC-78485979\noverdraft=no" -> overdraft true; "For this invoice, the total is
      4629.25, the currency is GBP, and the paid is no." -> paid true. "yes" turned to false was refused in both
      layouts (0 of 28); in lines, table, CSV, JSON-ish and e-mail layouts no turned boolean was served.
"""
from probe_kit import J, E, S, P  # noqa: F401
import json
import random
from fractions import Fraction

r261_rng = random.Random(261)
r261_meta = {}
r261_n = {"b": 0, "v": 0, "s": 0, "eb": 0, "ev": 0, "es": 0}
r261_kinds = {}  # id -> edit kind
r261_eq_seen = set()

R261_FIRST = ["Anna", "Lars", "Maria", "Jonas", "Eva", "Tomas", "Ida", "Karl", "Sofia", "Nils", "Elin", "Ola",
              "Marta", "Pavel", "Jana", "Hugo", "Lea", "Emil", "Nora", "Ali", "Priya", "Kenji", "Lucia", "Omar"]
R261_LAST = ["Berg", "Lund", "Novak", "Dahl", "Holm", "Strand", "Weber", "Costa", "Kowal", "Moreau", "Fischer",
             "Sato", "Ruiz", "Brandt", "Nyberg", "Lehto", "Okafor", "Patel", "Silva", "Jensen"]
R261_CITY = ["Oslo", "Bergen", "Lyon", "Porto", "Graz", "Turku", "Malmo", "Gdansk", "Brno", "Leeds", "Aarhus",
             "Ghent", "Bilbao", "Tartu", "Utrecht", "Basel"]
R261_WORDS = ["desk lamp", "office chair", "usb cable", "monitor stand", "notebook", "stapler", "headset",
              "keyboard", "mouse pad", "label printer"]
R261_SKILLS = ["python", "excel", "sql", "forklift", "first aid", "spanish", "welding", "sales"]
R261_ALLERGY = ["penicillin", "peanuts", "latex", "pollen", "shellfish", "aspirin"]


def r261_name(rng):
    return rng.choice(R261_FIRST) + " " + rng.choice(R261_LAST)


def r261_date(rng):
    return "%04d-%02d-%02d" % (rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(13, 28))


def r261_money(rng, lo=20, hi=9000):
    cents = rng.choice([0, 0, 50, 25, 90, 99])
    v = rng.randint(lo, hi)
    return ("%d.%02d" % (v, cents), v + cents / 100.0)


def r261_fmt_money(v):
    return "%.2f" % v


def r261_num(x):
    x = round(x, 2)
    return int(x) if x == int(x) else x


# A field kind: (schema, generator rng -> (text, value)). Kinds: name, city, code, text, int, num (unit), money, bool,
# enum, date, time, nullnum, obj, arr.
def F(key, label, kind, gen, schema=None, unit=None, enum=None, syn=None):
    if schema is None:
        schema = {"name": {"type": "string"}, "city": {"type": "string"}, "code": {"type": "string"},
                  "text": {"type": "string"}, "int": {"type": "integer"}, "num": {"type": "number"},
                  "money": {"type": "number"}, "bool": {"type": "boolean"}, "date": {"type": "string", "format": "date"},
                  "time": {"type": "string"}, "nullnum": {"type": ["number", "null"]},
                  "arr": {"type": "array", "items": {"type": "string"}}}.get(kind)
        if kind == "enum":
            schema = {"type": "string", "enum": list(enum)}
    return {"key": key, "label": label, "kind": kind, "gen": gen, "schema": schema, "unit": unit, "enum": enum,
            "syn": syn or []}


def g_name(rng):
    n = r261_name(rng)
    return n, n


def g_city(rng):
    c = rng.choice(R261_CITY)
    return c, c


def g_code(pre, digits=4):
    def g(rng):
        c = "%s-%0*d" % (pre, digits, rng.randint(10 ** (digits - 1), 10 ** digits - 1))
        return c, c
    return g


def g_int(lo, hi, unit=None):
    def g(rng):
        v = rng.randint(lo, hi)
        return (("%d %s" % (v, unit)) if unit else str(v)), v
    return g


def g_num(lo, hi, unit=None, dp=1):
    def g(rng):
        v = round(rng.uniform(lo, hi), dp)
        t = ("%." + str(dp) + "f") % v
        return ((t + " " + unit) if unit else t), float(t)
    return g


def g_money(lo=20, hi=9000):
    def g(rng):
        return r261_money(rng, lo, hi)
    return g


def g_bool(rng):
    v = rng.random() < 0.5
    return ("yes" if v else "no"), v


def g_enum(values):
    def g(rng):
        v = rng.choice(values)
        return v, v
    return g


def g_date(rng):
    d = r261_date(rng)
    return d, d


def g_time(rng):
    t = "%02d:%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45, 10, 50]))
    return t, t


def g_nullnum(rng):
    if rng.random() < 0.5:
        return "none", None
    v = rng.randint(5, 30)
    return str(v), v


def g_arr(pool):
    def g(rng):
        xs = rng.sample(pool, rng.randint(2, 3))
        return ", ".join(xs), xs
    return g


R261_DOMAINS = {
    "invoice": dict(doc="invoice", fields=[
        F("invoice_number", "Invoice number", "code", g_code("INV")),
        F("customer", "Customer", "name", g_name, syn=["Client", "Bill to"]),
        F("total", "Total", "money", g_money(), syn=["Amount due", "Grand total"]),
        F("currency", "Currency", "enum", g_enum(["EUR", "USD", "GBP", "NOK"]), enum=["EUR", "USD", "GBP", "NOK"]),
        F("due_date", "Due date", "date", g_date, syn=["Payment due"]),
        F("paid", "Paid", "bool", g_bool),
        F("items", "Items", "arr", g_arr(R261_WORDS)),
        F("line_count", "Line count", "int", g_int(1, 40)),
        F("discount", "Discount", "nullnum", g_nullnum),
        F("billing", "Billing", "obj", None),
    ]),
    "shipping": dict(doc="shipping notice", fields=[
        F("tracking_number", "Tracking number", "code", g_code("TRK", 6)),
        F("recipient", "Recipient", "name", g_name, syn=["Consignee", "Deliver to"]),
        F("weight_kg", "Weight", "num", g_num(0.5, 40, "kg"), unit="kg"),
        F("packages", "Packages", "int", g_int(1, 12), syn=["Parcels"]),
        F("carrier", "Carrier", "enum", g_enum(["DHL", "UPS", "FedEx", "PostNord"]), enum=["DHL", "UPS", "FedEx", "PostNord"]),
        F("ship_date", "Ship date", "date", g_date, syn=["Dispatched"]),
        F("signature_required", "Signature required", "bool", g_bool),
        F("destination_city", "Destination city", "city", g_city),
        F("insured_value", "Insured value", "nullnum", g_nullnum),
    ]),
    "clinical": dict(doc="clinical note", fields=[
        F("patient", "Patient", "name", g_name, syn=["Patient name"]),
        F("age", "Age", "int", g_int(18, 90)),
        F("temperature_c", "Temperature", "num", g_num(36.0, 40.0, "°C"), unit="°C"),
        F("blood_type", "Blood type", "enum", g_enum(["A+", "A-", "B+", "O+", "O-", "AB+"]), enum=["A+", "A-", "B+", "O+", "O-", "AB+"]),
        F("smoker", "Smoker", "bool", g_bool),
        F("visit_date", "Visit date", "date", g_date),
        F("allergies", "Allergies", "arr", g_arr(R261_ALLERGY)),
        F("heart_rate", "Heart rate", "int", g_int(50, 120, "bpm"), unit="bpm"),
        F("diagnosis_code", "Diagnosis code", "code", g_code("J", 2)),
    ]),
    "hr": dict(doc="HR form", fields=[
        F("employee", "Employee", "name", g_name, syn=["Employee name", "Staff member"]),
        F("employee_id", "Employee ID", "code", g_code("EMP", 5)),
        F("department", "Department", "enum", g_enum(["Sales", "Finance", "IT", "Legal", "Operations"]), enum=["Sales", "Finance", "IT", "Legal", "Operations"]),
        F("start_date", "Start date", "date", g_date),
        F("salary", "Salary", "money", g_money(30000, 95000)),
        F("full_time", "Full time", "bool", g_bool),
        F("manager", "Manager", "name", g_name, syn=["Reports to"]),
        F("vacation_days", "Vacation days", "int", g_int(10, 30)),
        F("skills", "Skills", "arr", g_arr(R261_SKILLS)),
    ]),
    "hotel": dict(doc="hotel booking", fields=[
        F("guest", "Guest", "name", g_name, syn=["Guest name", "Booked by"]),
        F("check_in", "Check-in", "date", g_date, syn=["Arrival date"]),
        F("nights", "Nights", "int", g_int(1, 14), syn=["Length of stay"]),
        F("room_type", "Room type", "enum", g_enum(["single", "double", "twin", "suite"]), enum=["single", "double", "twin", "suite"]),
        F("adults", "Adults", "int", g_int(1, 4)),
        F("breakfast", "Breakfast", "bool", g_bool, syn=["Breakfast included"]),
        F("rate", "Rate", "money", g_money(60, 480), syn=["Nightly rate"]),
        F("confirmation", "Confirmation", "code", g_code("HB", 6), syn=["Booking reference"]),
        F("arrival_time", "Arrival time", "time", g_time),
        F("city", "City", "city", g_city),
    ]),
    "product": dict(doc="product listing", fields=[
        F("product_name", "Product name", "text", lambda r: (lambda t: (t, t))(r.choice(["Trail Runner 3", "Aero Kettle", "Nordic Lamp", "Studio Desk", "Cloud Pillow"]))),
        F("sku", "SKU", "code", g_code("SKU", 5)),
        F("price", "Price", "money", g_money(5, 900)),
        F("in_stock", "In stock", "bool", g_bool, syn=["Available"]),
        F("color", "Color", "enum", g_enum(["black", "white", "red", "blue", "green"]), enum=["black", "white", "red", "blue", "green"]),
        F("weight_g", "Weight", "int", g_int(80, 4000, "g"), unit="g"),
        F("rating", "Rating", "num", g_num(1.0, 5.0)),
        F("tags", "Tags", "arr", g_arr(["outdoor", "kitchen", "sale", "new", "eco", "gift"])),
    ]),
    "event": dict(doc="event ticket", fields=[
        F("event", "Event", "text", lambda r: (lambda t: (t, t))(r.choice(["Jazz Night", "Spring Gala", "Indie Fest", "Opera Evening", "Comedy Live"]))),
        F("venue_city", "Venue city", "city", g_city),
        F("date", "Date", "date", g_date),
        F("start_time", "Start time", "time", g_time, syn=["Doors"]),
        F("seat", "Seat", "code", lambda r: (lambda t: (t, t))("%s%d" % (r.choice("ABCDEFGH"), r.randint(1, 40)))),
        F("price", "Price", "money", g_money(15, 250)),
        F("section", "Section", "enum", g_enum(["stalls", "balcony", "box", "standing"]), enum=["stalls", "balcony", "box", "standing"]),
        F("holder", "Holder", "name", g_name, syn=["Ticket holder"]),
    ]),
    "bank": dict(doc="bank statement", fields=[
        F("account_holder", "Account holder", "name", g_name),
        F("account_number", "Account number", "code", g_code("AC", 8)),
        F("opening_balance", "Opening balance", "money", g_money(100, 20000)),
        F("closing_balance", "Closing balance", "money", g_money(100, 20000)),
        F("statement_date", "Statement date", "date", g_date),
        F("currency", "Currency", "enum", g_enum(["EUR", "USD", "GBP", "SEK"]), enum=["EUR", "USD", "GBP", "SEK"]),
        F("overdraft", "Overdraft", "bool", g_bool),
        F("transactions", "Transactions", "int", g_int(3, 90)),
    ]),
    "support": dict(doc="support ticket", fields=[
        F("ticket_id", "Ticket ID", "code", g_code("TCK", 5)),
        F("customer", "Customer", "name", g_name, syn=["Reported by"]),
        F("priority", "Priority", "enum", g_enum(["low", "medium", "high", "urgent"]), enum=["low", "medium", "high", "urgent"]),
        F("status", "Status", "enum", g_enum(["open", "pending", "closed"]), enum=["open", "pending", "closed"]),
        F("opened", "Opened", "date", g_date),
        F("product", "Product", "text", lambda r: (lambda t: (t, t))(r.choice(["Router X2", "Cloud Backup", "Smart Plug", "Mobile App"]))),
        F("escalated", "Escalated", "bool", g_bool),
        F("agent", "Agent", "name", g_name, syn=["Assigned to"]),
    ]),
    "lab": dict(doc="lab result", fields=[
        F("patient", "Patient", "name", g_name),
        F("sample_id", "Sample ID", "code", g_code("S", 6)),
        F("test", "Test", "enum", g_enum(["glucose", "lipids", "cbc", "tsh"]), enum=["glucose", "lipids", "cbc", "tsh"]),
        F("glucose_mmol_l", "Glucose", "num", g_num(3.5, 12.0, "mmol/L"), unit="mmol/L"),
        F("hemoglobin_g_dl", "Hemoglobin", "num", g_num(10.0, 17.5, "g/dL"), unit="g/dL"),
        F("collected", "Collected", "date", g_date),
        F("fasting", "Fasting", "bool", g_bool),
        F("flag", "Flag", "enum", g_enum(["normal", "high", "low"]), enum=["normal", "high", "low"]),
    ]),
}

R261_OBJ_SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}, "postcode": {"type": "string"}},
                   "required": ["city", "postcode"], "additionalProperties": False}

R261_LAYOUTS = ["lines", "lines", "lines", "lines", "lines", "lines", "prose", "table", "kv", "email", "jsonish", "csv"]

R261_INSTR = ["Extract the details as JSON.", "Extract the record as JSON.", "Extract the details as JSON.",
              "Extract the record as JSON.", "Extract the details as JSON.", "Extract the {doc} details as JSON.",
              "Return the fields of this {doc} as JSON matching the schema.",
              "Pull the {doc}'s data into JSON.",
              "Read the {doc} below and give its fields as JSON."]
R261_PARA = ["Extract the details as a JSON object.", "Please extract the record as JSON.", "Extract the details of the record as JSON.",
             "Please extract the {doc} details as JSON.", "Extract the {doc} details as a JSON object.",
             "Extract the details of the {doc} as JSON.", "Extract the {doc} details as JSON, please.",
             "Give the {doc} details as JSON."]
R261_UNRELATED = ["The office is closed on public holidays.", "Thank you for choosing us.",
                  "This document was generated automatically.", "Please keep this for your records.",
                  "Our new website launches next month."]


# A record: list of [field, text, value]; obj members are two lines.
def r261_lines_of(rec):
    out = []
    for f, text, value in rec:
        if f["kind"] == "obj":
            out.append((f["label"] + " city", text[0]))
            out.append((f["label"] + " postcode", text[1]))
        else:
            out.append((f["label"] if "lab" not in f else f["lab"], text))
    return out


def r261_render(layout, lines, doc, sig=None):
    if layout == "lines":
        return "\n".join("%s: %s" % (l, t) for l, t in lines)
    if layout == "kv":
        return "\n".join("%s=%s" % (l.lower().replace(" ", "_").replace("-", "_"), t) for l, t in lines)
    if layout == "prose":
        parts = ["the %s is %s" % (l[0].lower() + l[1:] if not l.isupper() and not l[:3].isupper() else l, t) for l, t in lines]
        return "For this %s, %s, and %s." % (doc, ", ".join(parts[:-1]), parts[-1])
    if layout == "table":
        return "| " + " | ".join(l for l, _ in lines) + " |\n|" + "---|" * len(lines) + "\n| " + " | ".join(t for _, t in lines) + " |"
    if layout == "csv":
        return ",".join(l for l, _ in lines) + "\n" + ",".join(('"%s"' % t) if "," in t else t for _, t in lines)
    if layout == "jsonish":
        return "{" + ", ".join("%s: '%s'" % (l, t) for l, t in lines) + "}"
    if layout == "email":
        return ("Subject: your %s\n\nHi,\n\nPlease find the %s details below.\n\n" % (doc, doc)
                + "\n".join("%s: %s" % (l, t) for l, t in lines)
                + "\n\nBest regards,\n%s\nCustomer Service" % (sig or "Kari Vik"))
    raise ValueError(layout)


def r261_expect(rec):
    out = {}
    for f, text, value in rec:
        out[f["key"]] = value
    return out


def r261_schema(rec, overrides=None):
    props = {}
    for f, text, value in rec:
        props[f["key"]] = dict(R261_OBJ_SCHEMA if f["kind"] == "obj" else f["schema"])
    if overrides:
        for k, v in overrides.items():
            props[k] = v
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def r261_new_rec(rng, dom, nfields):
    fields = R261_DOMAINS[dom]["fields"]
    chosen = sorted(rng.sample(range(len(fields)), min(nfields, len(fields))))
    rec = []
    for i in chosen:
        f = fields[i]
        if f["kind"] == "obj":
            c = rng.choice(R261_CITY)
            pc = "%04d" % rng.randint(1000, 9899)
            rec.append([f, (c, pc), {"city": c, "postcode": pc}])
        else:
            t, v = f["gen"](rng)
            rec.append([f, t, v])
    return rec


def r261_copy(rec):
    return [[f, t, v] for f, t, v in rec]


class R261Req:
    def __init__(self, dom, layout, instr, rec, pre=None, post=None, heading=None, sig=None, schema_over=None,
                 schema_extra=None):
        self.dom, self.layout, self.instr, self.rec = dom, layout, instr, rec
        self.pre, self.post, self.heading, self.sig = list(pre or []), list(post or []), heading, sig
        self.schema_over = dict(schema_over or {})
        self.schema_extra = schema_extra
        self.key_rename = {}
        self.expect_over = None
        self.extra_member = None

    def clone(self):
        c = R261Req(self.dom, self.layout, self.instr, r261_copy(self.rec), self.pre, self.post, self.heading,
                    self.sig, self.schema_over, self.schema_extra)
        c.key_rename = dict(self.key_rename)
        c.expect_over = dict(self.expect_over) if self.expect_over else None
        c.extra_member = self.extra_member
        return c

    def prompt(self):
        doc = R261_DOMAINS[self.dom]["doc"]
        body = r261_render(self.layout, r261_lines_of(self.rec), doc, self.sig)
        parts = list(self.pre)
        if self.heading:
            parts.append(self.heading)
        parts.append(body)
        parts += self.post
        return self.instr + "\n\nText:\n" + "\n".join(parts) + "\n"

    def schema(self):
        s = r261_schema(self.rec, self.schema_over)
        if self.key_rename:
            props = {}
            for k, v in s["properties"].items():
                props[self.key_rename.get(k, k)] = v
            s = {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}
        if self.schema_extra:
            s.update(self.schema_extra)
        return s

    def expect(self):
        e = r261_expect(self.rec)
        if self.expect_over:
            e.update(self.expect_over)
        if self.key_rename:
            e = {self.key_rename.get(k, k): v for k, v in e.items()}
        return e


def r261_pick(rng, rec, kinds):
    idx = [i for i, (f, t, v) in enumerate(rec) if f["kind"] in kinds]
    return rng.choice(idx) if idx else None


def r261_change_digit(rng, s):
    pos = [i for i, c in enumerate(s) if c.isdigit()]
    i = rng.choice(pos)
    d = rng.choice([c for c in "0123456789" if c != s[i] and not (i == pos[0] and c == "0")])
    return s[:i] + d + s[i + 1:]


# ----------------------------------------------------------------- edits: each returns (req, safe) or None
def ed_digit(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["int", "num", "money", "code"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    num = t.split(" ")[0]
    for _ in range(10):
        n2 = r261_change_digit(rng, num)
        if n2 != num:
            break
    t2 = t.replace(num, n2, 1)
    if f["kind"] == "int":
        v2 = int(n2)
    elif f["kind"] in ("num", "money"):
        v2 = float(n2)
    else:
        v2 = t2
    r.rec[i] = [f, t2, v2]
    return r, False


def ed_unit(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["num", "int"])
    if i is None or not r.rec[i][0]["unit"]:
        return None
    f, t, v = r.rec[i]
    u = f["unit"]
    if u == "kg":
        if rng.random() < 0.5:
            return r._set(i, t.replace("kg", "lb"), r261_num(v * 0.45359237)), False
        g = int(round(v * 1000))
        return r._set(i, "%d g" % g, v), True
    if u == "°C":
        fv = round(v * 9 / 5 + 32, 1)
        return r._set(i, "%.1f °F" % fv, r261_num((fv - 32) * 5 / 9)), False
    if u == "g":
        if rng.random() < 0.5:
            return r._set(i, t.replace(" g", " oz"), r261_num(v * 28.349523125)), False
        return r._set(i, t.replace(" g", " kg"), v * 1000), False
    if u == "mmol/L":
        return r._set(i, t.replace("mmol/L", "mg/dL"), r261_num(v / 18.0)), False
    if u == "g/dL":
        return r._set(i, t.replace("g/dL", "g/L"), r261_num(v / 10.0)), False
    if u == "bpm":
        return None
    return None


def _set(self, i, t, v):
    self.rec[i] = [self.rec[i][0], t, v]
    return self


R261Req._set = _set


def ed_sign(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money", "num"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    return r._set(i, "-" + t, -v), False


def ed_scale(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    c = rng.random()
    if c < 0.4:
        return r._set(i, t + "k", r261_num(v * 1000)), False
    if c < 0.7:
        return r._set(i, t + " million", r261_num(v * 1000000)), False
    # same value written with a thousands separator: safe
    whole, frac = t.split(".")
    if len(whole) > 3:
        return r._set(i, "{:,}".format(int(whole)) + "." + frac, v), True
    return r._set(i, t + " thousand", r261_num(v * 1000)), False


def ed_currency(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["enum"])
    if i is None or r.rec[i][0]["key"] != "currency":
        return None
    f, t, v = r.rec[i]
    v2 = rng.choice([e for e in f["enum"] if e != v])
    return r._set(i, v2, v2), False


def ed_datepart(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["date"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    y, m, d = t.split("-")
    c = rng.random()
    if c < 0.25:
        # same date, day-first with a day over 12: safe
        return r._set(i, "%s/%s/%s" % (d, m, y), v), True
    if c < 0.5:
        d2 = "%02d" % rng.choice([x for x in range(13, 29) if x != int(d)])
        nv = "%s-%s-%s" % (y, m, d2)
    elif c < 0.75:
        m2 = "%02d" % rng.choice([x for x in range(1, 13) if x != int(m)])
        nv = "%s-%s-%s" % (y, m2, d)
    else:
        nv = "%s-%s-%s" % (str(int(y) + 1), m, d)
    return r._set(i, nv, nv), False


def ed_letter(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["name", "city", "text"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    pos = [k for k, c in enumerate(t) if c.isalpha() and k > 0 and t[k - 1] != " "]
    k = rng.choice(pos)
    c2 = rng.choice([c for c in "aeiounrst" if c != t[k].lower()])
    t2 = t[:k] + c2 + t[k + 1:]
    return r._set(i, t2, t2), False


def ed_bool(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["bool"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    if rng.random() < 0.6:
        return r._set(i, "no" if v else "yes", not v), False
    return r._set(i, rng.choice(["Yes", "Y", "true"] if v else ["No", "N", "false"]), v), True


def ed_enum(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["enum"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    v2 = rng.choice([e for e in f["enum"] if e != v])
    return r._set(i, v2, v2), False


def ed_label_syn(rng, base):
    r = base.clone()
    idx = [k for k, (f, t, v) in enumerate(r.rec) if f["syn"]]
    if not idx:
        return None
    i = rng.choice(idx)
    f = dict(r.rec[i][0])
    f["lab"] = rng.choice(f["syn"])
    r.rec[i] = [f, r.rec[i][1], r.rec[i][2]]
    return r, True


def ed_label_swap(rng, base):
    r = base.clone()
    by = {}
    for k, (f, t, v) in enumerate(r.rec):
        if f["unit"] or f["kind"] in ("obj", "arr"):
            continue
        by.setdefault(f["kind"] + json.dumps(f["schema"]), []).append(k)
    pairs = [ks for ks in by.values() if len(ks) >= 2]
    if not pairs:
        return None
    a, b = rng.sample(rng.choice(pairs), 2)
    if r.rec[a][2] == r.rec[b][2]:
        return None
    fa, fb = r.rec[a][0], r.rec[b][0]
    # the labels change places; the values stay where they were: each member now takes the other's value
    ta, va = r.rec[a][1], r.rec[a][2]
    tb, vb = r.rec[b][1], r.rec[b][2]
    r.rec[a] = [fa, tb, vb]
    r.rec[b] = [fb, ta, va]
    # keep line order: value ta now sits under label fb on line a
    r.order_swap = (a, b)
    return r, False


def ed_second_record(rng, base):
    r = base.clone()
    doc = R261_DOMAINS[r.dom]["doc"]
    rec2 = r261_copy(r.rec)
    i = r261_pick(rng, rec2, ["int", "num", "money", "name", "city", "code", "date", "enum", "text"])
    if i is None:
        return None
    tmp = R261Req(r.dom, r.layout, r.instr, rec2)
    res = None
    for ed in (ed_digit, ed_letter, ed_datepart, ed_enum):
        res = ed(rng, tmp)
        if res and not res[1]:
            break
    if not res or res[1]:
        return None
    rec2 = res[0].rec
    body2 = r261_render("lines" if r.layout in ("email",) else r.layout, r261_lines_of(rec2), doc)
    if rng.random() < 0.5:
        # the second record is the one asked for
        r.instr = r.instr.rstrip(".") + " Use the second %s." % doc
        r.post = ["", "Second %s:" % doc, body2]
        r.heading = "First %s:" % doc
        r.rec_expect = rec2
        return r, False
    # the second record is an old one, marked so; the first is still the one asked for
    r.post = ["", "Previous %s (cancelled, for reference only):" % doc, body2]
    return r, True


def ed_reorder(rng, base):
    if base.layout not in ("lines", "kv", "email", "jsonish") or len(base.rec) < 3:
        return None
    r = base.clone()
    for _ in range(5):
        rng.shuffle(r.rec)
        if [x[0]["key"] for x in r.rec] != [x[0]["key"] for x in base.rec]:
            break
    return r, True


def ed_unrelated(rng, base):
    r = base.clone()
    s = rng.choice(R261_UNRELATED)
    if rng.random() < 0.5:
        r.post.append(s)
    else:
        r.pre.append(s)
    return r, True


def ed_correction(rng, base):
    r = base.clone()
    tmp = R261Req(r.dom, r.layout, r.instr, r261_copy(r.rec))
    res = None
    for ed in rng.sample([ed_digit, ed_letter, ed_datepart, ed_enum, ed_bool], 5):
        res = ed(rng, tmp)
        if res and not res[1]:
            break
    if not res or res[1]:
        return None
    new = res[0].rec
    k = [j for j in range(len(new)) if new[j][2] != r.rec[j][2]][0]
    f, t2, v2 = new[k]
    lab = f["label"] if f["kind"] != "obj" else f["label"] + " city"
    form = rng.choice(["Update: %s is now %s.", "Correction: %s should read %s.", "UPDATE - %s changed to %s.",
                       "Note: the %s was amended to %s."])
    r.post.append(form % (lab if not form.startswith("Note") else lab.lower(), t2))
    r.rec_expect = new
    return r, False


def ed_instr_para(rng, base):
    r = base.clone()
    doc = R261_DOMAINS[r.dom]["doc"]
    p = [x.format(doc=doc) for x in R261_PARA if x.format(doc=doc) != r.instr]
    r.instr = rng.choice(p)
    return r, True


def ed_instr_word(rng, base):
    r = base.clone()
    c = rng.random()
    i = r261_pick(rng, r.rec, ["name"])
    if c < 0.35 and i is not None:
        f, t, v = r.rec[i]
        r.instr = r.instr.rstrip(".") + ", with the %s in upper case." % f["key"].replace("_", " ")
        r.expect_over = {f["key"]: v.upper()}
        return r, False
    j = r261_pick(rng, r.rec, ["money"])
    if c < 0.7 and j is not None:
        f, t, v = r.rec[j]
        r.instr = r.instr.rstrip(".") + ", with the %s in cents." % f["key"].replace("_", " ")
        r.expect_over = {f["key"]: r261_num(v * 100)}
        return r, False
    i = r261_pick(rng, r.rec, ["name"])
    if i is not None:
        f, t, v = r.rec[i]
        r.instr = r.instr.rstrip(".") + ", giving only the first name for %s." % f["key"].replace("_", " ")
        r.expect_over = {f["key"]: v.split(" ")[0]}
        return r, False
    # one word of the instruction: "details" -> "previous details" is not safe to label; use a safe politeness
    r.instr = "Kindly " + r.instr[0].lower() + r.instr[1:]
    return r, True


def ed_schema_key(rng, base):
    r = base.clone()
    c = rng.random()
    j = r261_pick(rng, r.rec, ["money"])
    if c < 0.3 and j is not None:
        f, t, v = r.rec[j]
        r.key_rename = {f["key"]: f["key"] + "_cents"}
        r.expect_over = {f["key"]: r261_num(v * 100)}
        return r, False
    i = r261_pick(rng, r.rec, ["num"])
    if c < 0.5 and i is not None and r.rec[i][0]["unit"] == "kg":
        f, t, v = r.rec[i]
        r.key_rename = {f["key"]: "weight_g"}
        r.expect_over = {f["key"]: r261_num(v * 1000)}
        return r, False
    i = r261_pick(rng, r.rec, ["name"])
    if c < 0.75 and i is not None:
        f, t, v = r.rec[i]
        r.key_rename = {f["key"]: f["key"] + "_surname"}
        r.expect_over = {f["key"]: v.split(" ")[-1]}
        return r, False
    i = r261_pick(rng, r.rec, ["int", "date", "code", "city"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    newk = {"int": f["key"] + "_count" if not f["key"].endswith("s") else "number_of_" + f["key"],
            "date": f["key"] + "_on", "code": f["key"] + "_ref", "city": f["key"] + "_name"}[f["kind"]]
    r.key_rename = {f["key"]: newk}
    return r, True


def ed_schema_type(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["int", "bool", "num"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    if f["kind"] == "int":
        r.schema_over = {f["key"]: {"type": "string"}}
        r.expect_over = {f["key"]: t}
        return r, False
    if f["kind"] == "num" and float(v) == int(v):
        r.schema_over = {f["key"]: {"type": "integer"}}
        return r, True
    if f["kind"] == "num":
        r.schema_over = {f["key"]: {"type": "integer"}, }
        r.schema_over[f["key"]]["description"] = "rounded to the nearest whole number"
        r.expect_over = {f["key"]: int(round(v))}
        return r, False
    r.schema_over = {f["key"]: {"type": "string", "enum": ["yes", "no"]}}
    r.expect_over = {f["key"]: "yes" if v else "no"}
    return r, False


def ed_schema_enum(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["enum"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    if rng.random() < 0.5:
        up = [e.upper() for e in f["enum"]]
        if up == f["enum"]:
            low = [e.lower() for e in f["enum"]]
            if low == f["enum"]:
                return None
            r.schema_over = {f["key"]: {"type": "string", "enum": low}}
            r.expect_over = {f["key"]: v.lower()}
            return r, False
        r.schema_over = {f["key"]: {"type": "string", "enum": up}}
        r.expect_over = {f["key"]: v.upper()}
        return r, False
    # an allowed value dropped that is not the record's: safe
    rest = [e for e in f["enum"] if e != v]
    keep = [e for e in f["enum"] if e != rng.choice(rest)]
    r.schema_over = {f["key"]: {"type": "string", "enum": keep}}
    return r, True


def ed_schema_desc(rng, base):
    r = base.clone()
    c = rng.random()
    j = r261_pick(rng, r.rec, ["money"])
    if c < 0.3 and j is not None:
        f, t, v = r.rec[j]
        r.schema_over = {f["key"]: {"type": "number", "description": "in cents"}}
        r.expect_over = {f["key"]: r261_num(v * 100)}
        return r, False
    i = r261_pick(rng, r.rec, ["name"])
    if c < 0.6 and i is not None:
        f, t, v = r.rec[i]
        r.schema_over = {f["key"]: {"type": "string", "description": "family name only"}}
        r.expect_over = {f["key"]: v.split(" ")[-1]}
        return r, False
    i = r261_pick(rng, r.rec, ["date"])
    if c < 0.85 and i is not None:
        f, t, v = r.rec[i]
        y, m, d = v.split("-")
        r.schema_over = {f["key"]: {"type": "string", "description": "as DD.MM.YYYY"}}
        r.expect_over = {f["key"]: "%s.%s.%s" % (d, m, y)}
        return r, False
    i = r261_pick(rng, r.rec, ["name", "city", "code"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    r.schema_over = {f["key"]: {"type": "string", "description": "exactly as written in the text"}}
    return r, True


def ed_schema_format(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["date"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    if rng.random() < 0.5:
        r.schema_over = {f["key"]: {"type": "string"}}
        return r, True
    r.schema_over = {f["key"]: {"type": "string", "format": "date-time"}}
    r.expect_over = {f["key"]: v + "T00:00:00Z"}
    return r, "arg"


R261_EDITS = [("digit", ed_digit), ("unit", ed_unit), ("sign", ed_sign), ("scale", ed_scale),
              ("currency", ed_currency), ("datepart", ed_datepart), ("letter", ed_letter), ("bool", ed_bool),
              ("enum", ed_enum), ("label_syn", ed_label_syn), ("label_swap", ed_label_swap),
              ("second_record", ed_second_record), ("reorder", ed_reorder), ("unrelated", ed_unrelated),
              ("correction", ed_correction), ("instr_para", ed_instr_para), ("instr_word", ed_instr_word),
              ("schema_key", ed_schema_key), ("schema_type", ed_schema_type), ("schema_enum", ed_schema_enum),
              ("schema_desc", ed_schema_desc), ("schema_format", ed_schema_format)]


def r261_finish(r):
    """The expect of a request after an edit (the second or corrected record, the label swap)."""
    e = r.expect()
    if getattr(r, "rec_expect", None) is not None:
        e2 = r261_expect(r.rec_expect)
        if r.expect_over:
            e2.update(r.expect_over)
        e = {r.key_rename.get(k, k): v for k, v in e2.items()}
    return e


def r261_label_swap_prompt(r):
    a, b = r.order_swap
    # the record keeps its line order; line a shows label of b ... : rebuild rec order with a and b exchanged
    rec = r261_copy(r.rec)
    rec[a], rec[b] = rec[b], rec[a]
    tmp = R261Req(r.dom, r.layout, r.instr, rec, r.pre, r.post, r.heading, r.sig)
    return tmp.prompt()


def r261_id(kind):
    r261_n[kind] += 1
    return "d261-%s-%04d" % (kind, r261_n[kind])


def r261_add_json(pid, family, r, expect, answers, safe):
    prompt = r261_label_swap_prompt(r) if getattr(r, "order_swap", None) else r.prompt()
    J(pid, family, prompt, r.schema(), expect, answers, safe=safe)


def r261_wrong(rng, r, expect):
    """A realistic small-model mistake for this request, or None: a neighbour's value, a partial span, a unit
    kept, the signature's name, a stale value."""
    keys = list(expect)
    rng2 = random.Random(rng.random())
    for _ in range(6):
        k = rng2.choice(keys)
        v = expect[k]
        w = dict(expect)
        if isinstance(v, str) and " " in v and not v[0].isdigit():
            if r.layout == "email" and rng2.random() < 0.5:
                w[k] = r.sig or "Kari Vik"
            else:
                w[k] = v.split(" ")[0]
            return w
        if isinstance(v, bool):
            w[k] = not v
            return w
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            others = [expect[o] for o in keys if o != k and isinstance(expect[o], (int, float))
                      and not isinstance(expect[o], bool) and expect[o] != v]
            if others:
                w[k] = rng2.choice(others)
                return w
            w[k] = v * 10 if rng2.random() < 0.5 else -v
            return w
    return None


# ----------------------------------------------------------------- the json sweep
def r261_json_sweep(n_bases, var_per_base, n_singles):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        nf = rng.randint(3, min(12, len(R261_DOMAINS[dom]["fields"])))
        rec = r261_new_rec(rng, dom, nf)
        layout = rng.choice(R261_LAYOUTS)
        doc = R261_DOMAINS[dom]["doc"]
        instr = rng.choice(R261_INSTR).format(doc=doc)
        base = R261Req(dom, layout, instr, rec, sig=r261_name(rng) if layout == "email" else None)
        bid = r261_id("b")
        be = base.expect()
        r261_add_json(bid, "base_" + layout, base, be, [be], False)
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        edits = rng.sample(R261_EDITS, len(R261_EDITS))
        made = 0
        for name, ed in edits:
            if made >= var_per_base:
                break
            res = ed(rng, base)
            if not res:
                continue
            r, safe = res
            e = r261_finish(r)
            arg = safe == "arg"
            safe = bool(safe) and not arg
            if not safe and e == be and r.schema() == base.schema():
                continue
            vid = r261_id("v")
            r261_add_json(vid, ("safe_" if safe else "diff_") + name + "_" + layout, r, e, [e], safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = name
            made += 1
    # singles: a realistic request and a model that is sometimes wrong
    for s in range(n_singles):
        dom = rng.choice(doms)
        nf = rng.randint(3, min(10, len(R261_DOMAINS[dom]["fields"])))
        rec = r261_new_rec(rng, dom, nf)
        layout = rng.choice(R261_LAYOUTS)
        doc = R261_DOMAINS[dom]["doc"]
        req = R261Req(dom, layout, rng.choice(R261_INSTR).format(doc=doc), rec,
                      sig=r261_name(rng) if layout == "email" else None)
        shape = "plain"
        c = rng.random()
        if c < 0.3:
            res = ed_correction(rng, req)
            if res:
                req, shape = res[0], "correction"
        e = r261_finish(req)
        w = r261_wrong(rng, req, e)
        if shape == "correction":
            w = r261_expect(req.rec)  # the stale value before the update
            if req.expect_over:
                w.update(req.expect_over)
        if w is None or w == e:
            answers = [e]
        else:
            m = rng.random()
            answers = [w, e] if m < 0.5 else ([w] if m < 0.75 else [w, w, e])
        sid = r261_id("s")
        r261_add_json(sid, "single_" + shape + "_" + layout, req, e, answers, False)
        r261_meta[sid] = {}
        r261_kinds[sid] = "single_" + shape


# ----------------------------------------------------------------- equations
def r261_t(a, v, first=False):
    """A term a*v as written."""
    if a == 1:
        s = v
    elif a == -1:
        s = "-" + v
    elif Fraction(a).denominator in (2, 4, 5):
        s = "%s%s" % (str(float(a)).rstrip("0").rstrip("."), v)
    else:
        s = "%s%s" % (r261_f(a), v)
    return s


def r261_f(q):
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else "%d/%d" % (q.numerator, q.denominator)


def r261_side(a, b, v, const_first=False):
    """a*v + b as written."""
    if a == 0:
        return r261_f(b)
    t = r261_t(a, v)
    if b == 0:
        return t
    if const_first:
        return "%s %s %s" % (r261_f(b), "+" if a > 0 else "-", r261_t(abs(a), v))
    return "%s %s %s" % (t, "+" if b > 0 else "-", r261_f(abs(b)))


def r261_working(eq, v):
    """Lines solving a*v + b = c*v + d (eq: dict a,b,c,d, text, bracket k)."""
    a, b, c, d = eq["a"], eq["b"], eq["c"], eq["d"]
    lines = [eq["text"]]
    if eq.get("k") or eq.get("b2") or eq.get("d2"):
        lines.append("%s = %s" % (r261_side(a, b, v), r261_side(c, d, v)))
    if eq.get("div"):
        # v/q + b = d
        q = eq["div"]
        lines = [eq["text"], "%s/%d = %s" % (v, q, r261_f(d - b)), "%s = %s" % (v, r261_f((d - b) * q))]
        return "\n".join(lines)
    if c != 0:
        lines.append("%s = %s" % (r261_side(a - c, b, v), r261_f(d)))
    A, B = a - c, d - b
    if b != 0:
        lines.append("%s = %s" % (r261_t(A, v), r261_f(B)))
    if A != 1:
        lines.append("%s = %s" % (v, r261_f(Fraction(B, 1) / A)))
    return "\n".join(lines)


def r261_solution(eq):
    if eq.get("div"):
        return (Fraction(eq["d"]) - eq["b"]) * eq["div"]
    return Fraction(eq["d"] - eq["b"]) / (eq["a"] - eq["c"])


def r261_eq_text(eq, v):
    a, b, c, d = eq["a"], eq["b"], eq["c"], eq["d"]
    if eq.get("div"):
        return "%s/%d %s %d = %d" % (v, eq["div"], "+" if b >= 0 else "-", abs(b), d)
    if eq.get("k"):
        k, m = eq["k"], eq["m"]
        return "%d(%s %s %d) = %s" % (k, v, "+" if m >= 0 else "-", abs(m), r261_side(c, d, v))
    if eq.get("b2"):
        b1 = b - eq["b2"]
        lhs = r261_side(a, b1, v) + (" + %d" % eq["b2"] if eq["b2"] > 0 else " - %d" % -eq["b2"])
    else:
        lhs = r261_side(a, b, v, eq.get("cf", False))
    if eq.get("d2"):
        d1 = d - eq["d2"]
        rhs = r261_side(c, d1, v) + (" + %d" % eq["d2"] if eq["d2"] > 0 else " - %d" % -eq["d2"])
    else:
        rhs = r261_side(c, d, v)
    if eq.get("swap"):
        return "%s = %s" % (rhs, lhs)
    return "%s = %s" % (lhs, rhs)


def r261_mk_eq(rng, shapes=None):
    shape = rng.choice(shapes or ["lin", "lin", "cf", "both", "br", "div"])
    if shape in ("lhs2", "rhs2", "dec"):
        a = rng.choice([2, 3, 4, 5, 6]) if shape != "dec" else rng.choice([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)])
        x = rng.randint(-4, 12) * (2 if shape == "dec" else 1)
        b = rng.choice([bb for bb in range(-9, 14) if bb not in (0,)])
        eq = dict(a=a, b=b, c=0, d=a * x + b)
        if shape == "lhs2":
            eq["b2"] = rng.choice([bb for bb in range(-7, 9) if bb not in (0, b)])
        if shape == "rhs2":
            eq["d2"] = rng.choice([dd for dd in range(2, 9)])
        eq["d"] = int(eq["d"])
        return eq
    a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9])
    x = rng.randint(-6, 12)
    if shape == "div":
        q = rng.choice([2, 3, 4, 5])
        b = rng.randint(-9, 12)
        x = q * rng.randint(-3, 9)
        eq = dict(a=Fraction(1, q), b=b, c=0, d=x // q + b, div=q)
        return eq
    if shape == "br":
        k, m = a, rng.choice([mm for mm in range(-6, 10) if mm not in (0, -1, 1)])
        eq = dict(a=k, b=k * m, c=0, d=k * (x + m), k=k, m=m)
        return eq
    if shape == "both":
        c = rng.choice([cc for cc in range(1, 8) if cc != a])
        b = rng.randint(-12, 15) or 3
        d = (a - c) * x + b
        return dict(a=a, b=b, c=c, d=d)
    b = rng.randint(-15, 20) or 4
    return dict(a=a, b=b, c=0, d=a * x + b, cf=(shape == "cf"))


R261_EQ_FORMS = ["Solve for {v}: {e}. Show each step.",
                 "Find the value of {v} in {e}. Show your working.",
                 "{e}. What is {v}? Show each step.",
                 "Solve {e} step by step.",
                 "For the gym budget, solve {e} for {v}, showing each step.",
                 "Solve the equation {e} for {v} and show the steps."]
R261_EQ_PARA = ["Solve for {v}, step by step: {e}.", "Work out {v} from {e}. Show each step.",
                "Please solve {e} for {v}, showing each step."]


def r261_eq_prompt(form, eq, v):
    e = r261_eq_text(eq, v)
    eq = dict(eq)
    eq["text"] = e
    return form.format(v=v, e=e), eq


def r261_eq_edit(rng, eq, form, v):
    """One edit of an equation request: (eq, form, v, safe, kind)."""
    k = rng.choice(["const", "sign", "var", "side", "coef", "para", "rhs_sign"] + (["const2"] * 3 if eq.get("b2") or eq.get("d2") else []))
    eq2 = dict(eq)
    if k == "const2":
        if eq2.get("b2"):
            nb2 = eq2["b2"] + rng.choice([1, -1, 2, 3])
            if nb2 == 0 or nb2 == eq2["b"] - eq2["b2"] + nb2 and False:
                nb2 = eq2["b2"] + 5
            eq2["b"] = eq2["b"] - eq2["b2"] + nb2
            eq2["b2"] = nb2
        else:
            nd2 = eq2["d2"] + rng.choice([1, 2, 3, -1])
            eq2["d"] = eq2["d"] - eq2["d2"] + nd2
            eq2["d2"] = nd2
        return eq2, form, v, False, k
    if k == "var":
        return eq2, form, rng.choice([x for x in "nmyktpq" if x != v]), True, k
    if k == "side":
        if eq2.get("k") or eq2.get("div"):
            return eq2, rng.choice(R261_EQ_PARA), v, True, "para"
        eq2["swap"] = not eq2.get("swap")
        return eq2, form, v, True, k
    if k == "para":
        return eq2, rng.choice(R261_EQ_PARA), v, True, k
    if k == "const":
        if eq2.get("k"):
            eq2["m"] = eq2["m"] + rng.choice([1, 2, -1, 3])
            if eq2["m"] == 0:
                eq2["m"] = 4
            eq2["b"] = eq2["k"] * eq2["m"]
        else:
            eq2["b"] = eq2["b"] + rng.choice([1, 2, -1, -2, 5, 10])
        return eq2, form, v, False, k
    if k == "sign":
        if eq2.get("k"):
            eq2["m"] = -eq2["m"]
            eq2["b"] = eq2["k"] * eq2["m"]
        else:
            eq2["b"] = -eq2["b"]
        return eq2, form, v, False, k
    if k == "rhs_sign":
        eq2["d"] = -eq2["d"] if eq2["d"] else 7
        return eq2, form, v, False, k
    # coef
    if eq2.get("div"):
        eq2["div"] = eq2["div"] + 1
        eq2["a"] = Fraction(1, eq2["div"])
    elif eq2.get("k"):
        eq2["k"] = eq2["k"] + 1
        eq2["a"] = eq2["k"]
        eq2["b"] = eq2["k"] * eq2["m"]
    else:
        eq2["a"] = eq2["a"] + rng.choice([1, 2, 10]) if eq2["a"] + 1 != eq2["c"] else eq2["a"] + 2
    return eq2, form, v, False, k


def r261_eq_wrong(rng, eq, v, text):
    """A wrong working: a sign slip in the constant, or the final line off by one."""
    lines = r261_working(eq, v).split("\n")
    sol = r261_solution(eq)
    if rng.random() < 0.5 and len(lines) >= 2:
        lines[-1] = "%s = %s" % (v, r261_f(sol + 1))
        return "\n".join(lines)
    bad = dict(eq)
    bad["b"] = -eq["b"]
    w = r261_working(bad, v).split("\n")
    w[0] = eq["text"]
    return "\n".join(w)


def r261_eq_sweep(n_bases, var_per_base, n_singles, shapes=None):
    rng = r261_rng
    for b in range(n_bases):
        eq = r261_mk_eq(rng, shapes)
        v = rng.choice(["x", "x", "x", "y", "n", "t"])
        form = rng.choice(R261_EQ_FORMS)
        prompt, eqt = r261_eq_prompt(form, eq, v)
        bid = r261_id("eb")
        E(bid, "eq_base", prompt, v, r261_f(r261_solution(eq)), [r261_working(eqt, v)])
        r261_meta[bid] = {}
        r261_kinds[bid] = "eq_base"
        if prompt in r261_eq_seen:
            continue
        r261_eq_seen.add(prompt)
        seen = r261_eq_seen
        for _ in range(var_per_base):
            eq2, form2, v2, safe, kind = r261_eq_edit(rng, eq, form, v)
            if not eq2.get("div") and eq2["a"] == eq2["c"]:
                continue
            p2, eqt2 = r261_eq_prompt(form2, eq2, v2)
            if p2 in seen:
                continue
            seen.add(p2)
            sol2 = r261_solution(eq2)
            vid = r261_id("ev")
            E(vid, ("eq_safe_" if safe else "eq_diff_") + kind, p2, v2, r261_f(sol2), [r261_working(eqt2, v2)],
              safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "eq_" + kind
    for s in range(n_singles):
        eq = r261_mk_eq(rng, shapes)
        v = rng.choice(["x", "y", "n", "t", "m"])
        form = rng.choice(R261_EQ_FORMS)
        prompt, eqt = r261_eq_prompt(form, eq, v)
        if prompt in r261_eq_seen:
            continue
        r261_eq_seen.add(prompt)
        right = r261_working(eqt, v)
        wrong = r261_eq_wrong(rng, eqt, v, prompt)
        m = rng.random()
        answers = [wrong, right] if m < 0.5 else ([wrong] if m < 0.7 else [wrong, wrong, right])
        sid = r261_id("es")
        E(sid, "eq_single", prompt, v, r261_f(r261_solution(eq)), answers)
        r261_meta[sid] = {}
        r261_kinds[sid] = "eq_single"




# ----------------------------------------------------------------- part (b): stored shapes, more edit kinds
# Bases in "Label: value" lines under a generic instruction ("Extract the details as JSON.", which part (a) found
# stored), with a field of no member beside the record, and edits of nested objects, arrays, nullables, times,
# letter case, money forms, the schema's member list and fields of no member.
R261_EXTRA = {"invoice": [("Reference", "PO-%d"), ("Page", "%d")], "shipping": [("Depot", "D%d"), ("Route", "R%d")],
              "clinical": [("Ward", "%d"), ("Bed", "%d")], "hr": [("Desk", "%d"), ("Floor", "%d")],
              "hotel": [("Room", "%d"), ("Floor", "%d")], "product": [("Aisle", "%d"), ("Shelf", "%d")],
              "event": [("Gate", "%d"), ("Row", "%d")], "bank": [("Branch", "%d"), ("Page", "%d")],
              "support": [("Queue", "%d"), ("Channel", "C%d")], "lab": [("Rack", "%d"), ("Bench", "%d")]}
R261_REVISED = ["%s (revised): %s", "Amended %s: %s", "Corrected %s: %s", "%s, updated: %s", "New %s: %s"]
R261_PREVIOUS = ["Previous %s: %s", "%s (old): %s", "Former %s: %s", "%s last year: %s"]


def r261_extra_line(rng, dom):
    lab, pat = rng.choice(R261_EXTRA[dom])
    return lab, pat % rng.randint(2, 60)


def edb_obj(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["obj"])
    if i is None:
        return None
    f, (c, pc), v = r.rec[i]
    if rng.random() < 0.5:
        pc2 = r261_change_digit(rng, pc)
        r.rec[i] = [f, (c, pc2), {"city": c, "postcode": pc2}]
    else:
        c2 = rng.choice([x for x in R261_CITY if x != c])
        r.rec[i] = [f, (c2, pc), {"city": c2, "postcode": pc}]
    return r, False


def edb_arr(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["arr"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    pool = {"items": R261_WORDS, "allergies": R261_ALLERGY, "skills": R261_SKILLS,
            "tags": ["outdoor", "kitchen", "sale", "new", "eco", "gift"]}[f["key"]]
    c = rng.random()
    if c < 0.35:
        v2 = v + [rng.choice([x for x in pool if x not in v])]
    elif c < 0.65 and len(v) > 1:
        v2 = v[:-1]
    elif c < 0.85:
        v2 = list(reversed(v))
    else:
        v2 = list(v)
        v2[0] = rng.choice([x for x in pool if x not in v])
    return r._set(i, ", ".join(v2), v2), False


def edb_null(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["nullnum"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    if v is None:
        n = rng.randint(5, 40)
        return r._set(i, str(n), n), False
    return r._set(i, rng.choice(["none", "n/a", "-", "null"]), None), False


def edb_time(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["time"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    h, m = t.split(":")
    if rng.random() < 0.5:
        t2 = "%02d:%s" % ((int(h) + rng.choice([1, 2, -1])) % 24, m)
    else:
        t2 = "%s:%02d" % (h, (int(m) + rng.choice([5, 20, 25])) % 60)
    return r._set(i, t2, t2), False


def edb_case(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["enum", "bool"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    t2 = t.upper() if t.upper() != t else t.capitalize()
    if t2 == t:
        t2 = t.lower()
    if t2 == t:
        return None
    return r._set(i, t2, v), True


def edb_money_form(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    c = rng.random()
    if c < 0.4 and t.endswith(".00"):
        return r._set(i, t[:-3], v), True
    if c < 0.7:
        return r._set(i, t.replace(".", ","), v), True
    return r._set(i, t + " (paid in full)", v), True


def edb_schema_add(rng, base):
    if not base.extra_member:
        return None
    r = base.clone()
    f, t, v = base.extra_member
    r.rec = r.rec + [[f, t, v]]
    r.post = [x for x in r.post if not x.startswith(f["label"] + ":")]
    return r, True


def edb_schema_drop(rng, base):
    if len(base.rec) < 3:
        return None
    r = base.clone()
    del r.rec[rng.randrange(len(r.rec))]
    r.post = list(base.post)
    # the dropped member's line stays in the text: keep it as a field of no member
    dropped = [x for x in base.rec if x[0]["key"] not in [y[0]["key"] for y in r.rec]][0]
    lines = r261_lines_of([dropped])
    r.dropped_lines = lines
    return r, True


def edb_extra_change(rng, base):
    if not base.post or not getattr(base, "has_extra", False):
        return None
    r = base.clone()
    lab, val = base.post[0].split(": ", 1)
    num = "".join(ch for ch in val if ch.isdigit())
    val2 = val.replace(num, str(int(num) + rng.randint(1, 9)))
    r.post = ["%s: %s" % (lab, val2)] + base.post[1:]
    return r, True


def edb_revised(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money", "int", "date", "name", "city", "code", "enum"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    tmp = R261Req(r.dom, r.layout, r.instr, [r.rec[i]])
    res = None
    for ed in (ed_digit, ed_letter, ed_datepart, ed_enum):
        res = ed(rng, tmp)
        if res and not res[1]:
            break
    if not res or res[1]:
        return None
    _, t2, v2 = res[0].rec[0]
    lab = f["label"]
    if rng.random() < 0.6:
        form = rng.choice(R261_REVISED)
        r.post.append(form % ((lab if form.startswith("%s") else lab.lower()), t2))
        r.expect_over = {f["key"]: v2}
        return r, False
    form = rng.choice(R261_PREVIOUS)
    r.post.append(form % ((lab if form.startswith("%s") else lab.lower()), t2))
    return r, True


R261_EDITS_B = [("obj", edb_obj), ("arr", edb_arr), ("null", edb_null), ("time", edb_time), ("case", edb_case),
                ("money_form", edb_money_form), ("schema_add", edb_schema_add), ("schema_drop", edb_schema_drop),
                ("extra_change", edb_extra_change), ("revised", edb_revised), ("digit", ed_digit),
                ("letter", ed_letter), ("enum", ed_enum), ("bool", ed_bool), ("datepart", ed_datepart)]


def r261_prompt_b(r):
    p = r.prompt()
    if getattr(r, "dropped_lines", None):
        # the dropped member's line stays where it was: rebuild from the base's order
        pass
    return p


def r261_stored_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        nf = rng.randint(3, min(9, len(fields) - 1))
        rec = r261_new_rec(rng, dom, nf + 1)
        # one member left out of the schema, its line kept below the record (edb_schema_add puts it back)
        k = rng.randrange(len(rec))
        extra = rec.pop(k) if rec[k][0]["kind"] not in ("obj",) else None
        instr = rng.choice(["Extract the details as JSON.", "Extract the record as JSON."])
        base = R261Req(dom, "lines", instr, rec)
        post = []
        if extra is not None:
            post.append("%s: %s" % (extra[0]["label"], extra[1]))
        if rng.random() < 0.6:
            post.insert(0, "%s: %s" % r261_extra_line(rng, dom))
        base.post = post
        base.has_extra = bool(post) and post[0].split(":")[0] in [x[0] for x in R261_EXTRA[dom]]
        base.extra_member = extra
        bid = r261_id("b")
        be = base.expect()
        J(bid, "b_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        made = 0
        for name, ed in rng.sample(R261_EDITS_B, len(R261_EDITS_B)):
            if made >= var_per_base:
                break
            res = ed(rng, base)
            if not res:
                continue
            r, safe = res
            if name == "schema_drop":
                # the dropped member's line is kept in the text, in its place
                full = base.clone()
                kept_keys = [x[0]["key"] for x in r.rec]
                prompt = full.prompt()
                sch = r261_schema(r.rec)
                e = {kk: vv for kk, vv in be.items() if kk in kept_keys}
                vid = r261_id("v")
                J(vid, "b_safe_schema_drop", prompt, sch, e, [e], safe=True)
            else:
                e = r261_finish(r)
                if not safe and e == be and r.schema() == base.schema():
                    continue
                vid = r261_id("v")
                J(vid, ("b_safe_" if safe else "b_diff_") + name, r.prompt(), r.schema(), e, [e], safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "b_" + name
            made += 1


# ----------------------------------------------------------------- part (c): a qualifier on the value's own line
# Stored shapes ("Label: value" lines, generic instruction); the variant adds words after one value on its line that
# change it (a debit/credit mark, "(extended to 5)", "(upgraded to suite)", "(cancelled)", "→ 5") or do not ("(as
# booked)", "(confirmed)").
def edc_qual(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money", "int", "enum", "bool", "date", "name", "city", "time"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    k = f["kind"]
    if rng.random() < 0.25:
        return r._set(i, t + " " + rng.choice(["(confirmed)", "(as booked)", "(verified)", "(unchanged)"]), v), True
    if k == "money":
        if rng.random() < 0.5:
            return r._set(i, t + rng.choice([" DR", " Dr", " (debit)", " overdrawn"]), -v), False
        n2 = r261_num(v + rng.choice([10, 50, 100]))
        return r._set(i, t + rng.choice([" (adjusted to %s)", " → %s", " (now %s)"]) % r261_fmt_money(n2), n2), False
    if k == "int":
        n2 = v + rng.choice([1, 2, 3])
        return r._set(i, t + rng.choice([" (extended to %d)", " → %d", " (now %d)", ", changed to %d"]) % n2, n2), False
    if k == "enum":
        v2 = rng.choice([e for e in f["enum"] if e != v])
        return r._set(i, t + rng.choice([" (upgraded to %s)", " → %s", " (changed to %s)", ", now %s"]) % v2, v2), False
    if k == "bool":
        return r._set(i, t + rng.choice([" (cancelled)", " (revoked)", " - withdrawn", " (reversed)"]) if v else
                      t + rng.choice([" (added later: yes)", " → yes", " (changed to yes)"]), not v), False
    if k == "date":
        y, m, d = t.split("-")
        d2 = "%s-%s-%02d" % (y, m, min(28, int(d) + rng.choice([1, 2, 7])))
        if d2 == t:
            return None
        return r._set(i, t + rng.choice([" (moved to %s)", " → %s", " (rescheduled to %s)"]) % d2, d2), False
    if k == "time":
        h, mm = t.split(":")
        t2 = "%02d:%s" % ((int(h) + 1) % 24, mm)
        return r._set(i, t + rng.choice([" (delayed to %s)", " → %s", " (now %s)"]) % t2, t2), False
    if k in ("name", "city"):
        v2 = r261_name(rng) if k == "name" else rng.choice([c for c in R261_CITY if c != v])
        return r._set(i, t + rng.choice([" (replaced by %s)", " → %s", " (transferred to %s)"]) % v2, v2), False
    return None


def r261_qual_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        rec = r261_new_rec(rng, dom, rng.randint(3, min(8, len(fields))))
        base = R261Req(dom, "lines", rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
        bid = r261_id("b")
        be = base.expect()
        J(bid, "c_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        seen = set()
        for _ in range(var_per_base * 2):
            if len(seen) >= var_per_base:
                break
            res = edc_qual(rng, base)
            if not res:
                continue
            r, safe = res
            p = r.prompt()
            if p in seen:
                continue
            seen.add(p)
            e = r261_finish(r)
            vid = r261_id("v")
            J(vid, ("c_safe_" if safe else "c_diff_") + "qualifier", p, r.schema(), e, [e], safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "c_qualifier"


# ----------------------------------------------------------------- part (d): the model's mistakes per layout
# Single requests whose model answers wrong and sticks to it (or then answers right): a boolean turned, a neighbour's
# number, a first name only, the e-mail signature's name, two digits swapped. What is served wrong is served fresh.
def r261_mistake(rng, req, e, kind):
    w = json.loads(json.dumps(e))
    keys = list(e)
    if kind == "bool":
        ks = [k for k in keys if isinstance(e[k], bool)]
        if not ks:
            return None
        k = rng.choice(ks)
        w[k] = not e[k]
        return w
    if kind == "neighbour":
        ks = [k for k in keys if isinstance(e[k], (int, float)) and not isinstance(e[k], bool)]
        for k in rng.sample(ks, len(ks)):
            others = [e[o] for o in ks if o != k and e[o] != e[k]]
            if others:
                w[k] = rng.choice(others)
                return w
        return None
    if kind in ("partial", "signature"):
        ks = [k for k in keys if isinstance(e[k], str) and " " in e[k] and e[k][0].isalpha()]
        if not ks:
            return None
        k = rng.choice(ks)
        if kind == "signature":
            if req.layout != "email":
                return None
            w[k] = req.sig
        else:
            w[k] = e[k].split(" ")[0]
        return w
    if kind == "swap_digits":
        ks = [k for k in keys if isinstance(e[k], int) and not isinstance(e[k], bool) and e[k] >= 10
              and len(set(str(e[k]))) > 1]
        if not ks:
            return None
        k = rng.choice(ks)
        s = str(e[k])
        w[k] = int(s[1] + s[0] + s[2:])
        return w
    return None


def r261_mistake_sweep(per_cell):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for layout in ["lines", "prose", "table", "kv", "email", "jsonish", "csv"]:
        for kind in ["bool", "neighbour", "partial", "signature", "swap_digits"]:
            if kind == "signature" and layout != "email":
                continue
            made = 0
            for _ in range(per_cell * 6):
                if made >= per_cell:
                    break
                dom = rng.choice(doms)
                rec = r261_new_rec(rng, dom, rng.randint(3, 8))
                req = R261Req(dom, layout, rng.choice(R261_INSTR).format(doc=R261_DOMAINS[dom]["doc"]), rec,
                              sig=r261_name(rng) if layout == "email" else None)
                e = req.expect()
                w = r261_mistake(rng, req, e, kind)
                if w is None or w == e:
                    continue
                answers = [w] if made % 2 == 0 else [w, e]
                sid = r261_id("s")
                J(sid, "d_mistake_%s_%s" % (kind, layout), req.prompt(), req.schema(), e, answers)
                r261_meta[sid] = {}
                r261_kinds[sid] = "d_" + kind
                made += 1


# ----------------------------------------------------------------- part (f): one mark that makes the equation another
# kind (a square, the variable under a fraction bar, an absolute value, an inequality, a congruence) or writes the
# same equation in another notation (a decimal comma, a bracketed negative, "·" or "×" for the product). Bases are
# stored equations; the variant's scripted answer is the right working. Every served answer of this part is read by
# hand (check.py reads only "x = value" endings).
def r261_eqf_sweep(n_bases):
    rng = r261_rng
    for b in range(n_bases):
        v = rng.choice(["x", "x", "y", "n"])
        a = rng.choice([2, 3, 4, 5])
        r = rng.choice([2, 3, 4, 5, 6])
        k = rng.randint(1, 9)
        # base: a*v + k = a*r*r + k  -> v = r*r ; the square variant -> v = ±r
        d = a * r * r + k
        form = rng.choice(["Solve for {v}: {e}. Show each step.", "Solve {e} for {v}. Show your working.",
                           "Find {v} if {e}. Show each step."])
        e0 = "%d%s + %d = %d" % (a, v, k, d)
        bid = r261_id("eb")
        E(bid, "eqf_base", form.format(v=v, e=e0), v, str(r * r),
          ["%s\n%d%s = %d\n%s = %d" % (e0, a, v, d - k, v, r * r)])
        r261_meta[bid] = {}
        r261_kinds[bid] = "eqf_base"
        variants = []
        # a square: two values
        e1 = "%d%s² + %d = %d" % (a, v, k, d)
        variants.append(("square", e1, str(r), "%s\n%d%s² = %d\n%s² = %d\n%s = %d or %s = -%d" % (e1, a, v, d - k, v, r * r, v, r, v, r), False))
        e1 = "%d%s^2 + %d = %d" % (a, v, k, d)
        variants.append(("caret_square", e1, str(r), "%s\n%d%s^2 = %d\n%s^2 = %d\n%s = %d or %s = -%d" % (e1, a, v, d - k, v, r * r, v, r, v, r), False))
        # the variable under the fraction bar: a/v + k = d -> v = a/(d-k)
        q = Fraction(a, d - k)
        e1 = "%d/%s + %d = %d" % (a, v, k, d)
        variants.append(("reciprocal", e1, r261_f(q), "%s\n%d/%s = %d\n%s = %d/%d\n%s = %s" % (e1, a, v, d - k, v, a, d - k, v, r261_f(q)), False))
        # an inequality: v > r*r
        op = rng.choice([">", "<", "≥", "≤"])
        e1 = "%d%s + %d %s %d" % (a, v, k, op, d)
        variants.append(("inequality", e1, str(r * r), "%s\n%d%s %s %d\n%s %s %d" % (e1, a, v, op, d - k, v, op, r * r), False))
        # an absolute value around the left side: |a v + k| = d -> v = r*r or v = -(d+k)/a
        e1 = "|%d%s + %d| = %d" % (a, v, k, d)
        variants.append(("absolute", e1, str(r * r), "%s\n%d%s + %d = %d or %d%s + %d = -%d\n%s = %d or %s = %s" % (
            e1, a, v, k, d, a, v, k, d, v, r * r, v, r261_f(Fraction(-(d + k), a))), False))
        # the same equation: a product sign, a bracketed constant, the sides swapped with a product sign
        e1 = "%d·%s + %d = %d" % (a, v, k, d)
        variants.append(("middot", e1, str(r * r), "%s\n%d%s = %d\n%s = %d" % (e1, a, v, d - k, v, r * r), True))
        e1 = "%d × %s + (%d) = %d" % (a, v, k, d)
        variants.append(("times_bracket", e1, str(r * r), "%s\n%d%s = %d\n%s = %d" % (e1, a, v, d - k, v, r * r), True))
        # a bracketed negative: a v + (-k) = d -> v = (d+k)/a
        e1 = "%d%s + (-%d) = %d" % (a, v, k, d)
        q2 = Fraction(d + k, a)
        variants.append(("bracket_negative", e1, r261_f(q2), "%s\n%d%s - %d = %d\n%d%s = %d\n%s = %s" % (e1, a, v, k, d, a, v, d + k, v, r261_f(q2)), False))
        # the constant as a decimal with a comma: k,5
        e1 = "%d%s + %d,5 = %d" % (a, v, k, d)
        q3 = Fraction(2 * (d - k) - 1, 2 * a)
        variants.append(("decimal_comma", e1, r261_f(q3), "%s\n%d%s = %s\n%s = %s" % (e1, a, v, str(float(Fraction(2 * (d - k) - 1, 2))), v, r261_f(q3)), False))
        rng.shuffle(variants)
        for kind, e1, val, work, safe in variants[:7]:
            vid = r261_id("ev")
            E(vid, ("eqf_safe_" if safe else "eqf_diff_") + kind, form.format(v=v, e=e1), v, val, [work], safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "eqf_" + kind


# ----------------------------------------------------------------- part (g): a member's label turned into a sibling's
# Stored shapes; one member's label is replaced by the label of a sibling field that is no member ("Check-in" ->
# "Check-out", "Guest" -> "Payer", "Adults" -> "Children"): the text no longer states the member. The expect writes
# null for it (no answer from the text is right; an error is right); the scripted model answers the same.
R261_SIBLING = {"check_in": ["Check-out", "Departure date"], "ship_date": ["Delivery date", "Expected delivery"],
                "start_date": ["End date", "Contract end"], "visit_date": ["Next visit", "Referral date"],
                "opened": ["Closed", "Last update"], "collected": ["Reported", "Received"],
                "due_date": ["Issue date", "Invoice date"], "date": ["Sale date", "Booking date"],
                "statement_date": ["Period start", "Previous statement"],
                "adults": ["Children", "Infants"], "nights": ["Rooms", "Nights cancelled"], "packages": ["Pallets", "Returned packages"],
                "price": ["Deposit", "Booking fee"], "salary": ["Bonus", "Previous salary"], "vacation_days": ["Sick days", "Days taken"],
                "transactions": ["Pending transactions", "Disputes"], "line_count": ["Returned lines", "Backorders"],
                "total": ["Subtotal", "Tax"], "rate": ["Deposit", "City tax"], "age": ["Years employed", "Years smoking"],
                "guest": ["Payer", "Booked by"], "manager": ["Mentor", "Previous manager"], "holder": ["Purchaser", "Gifted by"],
                "agent": ["Reviewer", "Previous agent"], "recipient": ["Sender", "Returned to"],
                "customer": ["Supplier", "Sales rep"], "patient": ["Doctor", "Next of kin"], "employee": ["Approver", "Referee"],
                "account_holder": ["Joint holder", "Relationship manager"], "city": ["Home city", "Previous city"],
                "venue_city": ["Box office city", "Previous venue city"], "destination_city": ["Origin city", "Return city"],
                "arrival_time": ["Departure time", "Check-out time"], "start_time": ["End time", "Doors close"],
                "room_type": ["Requested room type", "Previous room type"], "section": ["Upgrade section", "Requested section"],
                "priority": ["Requested priority", "Previous priority"], "status": ["Previous status", "Parent status"],
                "currency": ["Card currency", "Home currency"], "carrier": ["Return carrier", "Previous carrier"],
                "department": ["Previous department", "Cost centre"], "paid": ["Deposit paid", "Tax paid"],
                "breakfast": ["Dinner", "Breakfast last stay"], "smoker": ["Former smoker", "Smoker in household"],
                "in_stock": ["In stock at supplier", "Backorder"], "overdraft": ["Overdraft last month", "Overdraft requested"],
                "escalated": ["Escalation requested", "Previously escalated"], "fasting": ["Fasting requested", "Fasting previous test"],
                "full_time": ["Full time previously", "Full time requested"], "signature_required": ["Signature captured", "Photo required"]}


def r261_sibling_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        rec = r261_new_rec(rng, dom, rng.randint(3, min(7, len(fields))))
        base = R261Req(dom, "lines", rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
        bid = r261_id("b")
        be = base.expect()
        J(bid, "g_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        idx = [i for i, (f, t, v) in enumerate(rec) if f["key"] in R261_SIBLING]
        for i in rng.sample(idx, min(var_per_base, len(idx))):
            r = base.clone()
            f = dict(r.rec[i][0])
            f["lab"] = rng.choice(R261_SIBLING[f["key"]])
            r.rec[i] = [f, r.rec[i][1], r.rec[i][2]]
            e = dict(be)
            e[f["key"]] = None
            vid = r261_id("v")
            J(vid, "g_diff_sibling_label", r.prompt(), r.schema(), e, [e])
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "g_sibling_label"


# ----------------------------------------------------------------- part (h): a clause added to the instruction
# Stored shapes; the variant's instruction gains a clause that asks for another form of some members (upper or lower
# case, Last, First, initials, 12-hour times, cents, thousands, VAT added, rounding, a code without its prefix) or
# that changes nothing ("keeping the values as written", "on one line").
def r261_h_money(f):
    return f["kind"] == "money"


R261_CLAUSES = [
    ("names in upper case", lambda f: f["kind"] == "name", lambda f, v: v.upper()),
    ("names in lower case", lambda f: f["kind"] == "name", lambda f, v: v.lower()),
    ("names as Last, First", lambda f: f["kind"] == "name", lambda f, v: "%s, %s" % (v.split(" ")[1], v.split(" ")[0])),
    ("names as initials", lambda f: f["kind"] == "name", lambda f, v: "%s. %s." % (v.split(" ")[0][0], v.split(" ")[1][0])),
    ("first names only", lambda f: f["kind"] == "name", lambda f, v: v.split(" ")[0]),
    ("surnames only", lambda f: f["kind"] == "name", lambda f, v: v.split(" ")[1]),
    ("cities in upper case", lambda f: f["kind"] == "city", lambda f, v: v.upper()),
    ("times in 12-hour format", lambda f: f["kind"] == "time",
     lambda f, v: "%d:%s %s" % ((int(v[:2]) % 12) or 12, v[3:], "PM" if int(v[:2]) >= 12 else "AM")),
    ("times one hour earlier (UTC)", lambda f: f["kind"] == "time", lambda f, v: "%02d:%s" % ((int(v[:2]) - 1) % 24, v[3:])),
    ("amounts in cents", r261_h_money, lambda f, v: r261_num(v * 100)),
    ("amounts in thousands", r261_h_money, lambda f, v: r261_num(v / 1000.0)),
    ("amounts including 25% VAT", r261_h_money, lambda f, v: r261_num(v * 1.25)),
    ("amounts rounded to whole numbers", r261_h_money, lambda f, v: int(v + 0.5)),
    ("codes without their prefix", lambda f: f["kind"] == "code" and "-" in f["gen"](random.Random(1))[0],
     lambda f, v: v.split("-", 1)[1]),
    ("codes in lower case", lambda f: f["kind"] == "code", lambda f, v: v.lower()),
    ("keeping the values as written", None, None),
    ("on one line", None, None),
    ("with no extra keys", None, None),
]


def r261_clause_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        rec = r261_new_rec(rng, dom, rng.randint(3, min(8, len(fields))))
        base = R261Req(dom, "lines", rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
        bid = r261_id("b")
        be = base.expect()
        J(bid, "h_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        fits = [c for c in R261_CLAUSES if c[1] is None or any(c[1](f) for f, t, v in rec)]
        for clause, sel, fn in rng.sample(fits, min(var_per_base, len(fits))):
            r = base.clone()
            r.instr = r.instr[:-1] + ", " + clause + "."
            e = dict(be)
            if sel is not None:
                for f, t, v in rec:
                    if sel(f):
                        e[f["key"]] = fn(f, v)
            safe = sel is None
            vid = r261_id("v")
            J(vid, ("h_safe_" if safe else "h_diff_") + clause.replace(" ", "_"), r.prompt(), r.schema(), e, [e], safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "h_" + clause


# ----------------------------------------------------------------- part (i): two members changed at once
# Stored shapes; two edits of part (a) on two different members (a digit and a letter, a date part and an enum word,
# a boolean word and a sign, ...): the patch path regenerates the failing members and keeps the rest.
def r261_double_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    eds = [("digit", ed_digit), ("letter", ed_letter), ("datepart", ed_datepart), ("enum", ed_enum),
           ("bool", ed_bool), ("sign", ed_sign), ("time", edb_time), ("arr", edb_arr), ("null", edb_null),
           ("obj", edb_obj)]
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        rec = r261_new_rec(rng, dom, rng.randint(4, min(9, len(fields))))
        base = R261Req(dom, "lines", rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
        bid = r261_id("b")
        be = base.expect()
        J(bid, "i_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        made, seen = 0, set()
        for _ in range(var_per_base * 6):
            if made >= var_per_base:
                break
            (n1, e1), (n2, e2) = rng.sample(eds, 2)
            r1 = e1(rng, base)
            if not r1 or r1[1]:
                continue
            r2 = e2(rng, r1[0])
            if not r2 or r2[1]:
                continue
            r = r2[0]
            e = r.expect()
            changed = [k for k in be if e[k] != be[k]]
            if len(changed) != 2:
                continue
            p = r.prompt()
            if p in seen:
                continue
            seen.add(p)
            vid = r261_id("v")
            J(vid, "i_diff_%s+%s" % (n1, n2), p, r.schema(), e, [e])
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "i_%s+%s" % (n1, n2)
            made += 1


# ----------------------------------------------------------------- part (j): a boolean the model turns, in prose and key=value
# Single requests: a boolean member written "yes"/"no" in a prose sentence ("the breakfast is no") or a key=value line
# ("breakfast=no"), the model answers the opposite and sticks to it. Served wrong = served fresh.
def r261_bool_sweep(n):
    rng = r261_rng
    doms = [d for d in R261_DOMAINS if any(f["kind"] == "bool" for f in R261_DOMAINS[d]["fields"])]
    for i in range(n):
        dom = rng.choice(doms)
        fields = R261_DOMAINS[dom]["fields"]
        bi = [k for k, f in enumerate(fields) if f["kind"] == "bool"][0]
        for _ in range(20):
            rec = r261_new_rec(rng, dom, rng.randint(3, 7))
            if any(f["kind"] == "bool" for f, t, v in rec):
                break
        else:
            continue
        layout = ["prose", "kv"][i % 2]
        req = R261Req(dom, layout, rng.choice(R261_INSTR).format(doc=R261_DOMAINS[dom]["doc"]), rec)
        e = req.expect()
        w = dict(e)
        for f, t, v in rec:
            if f["kind"] == "bool":
                w[f["key"]] = not v
                break
        sid = r261_id("s")
        J(sid, "j_bool_%s_%s" % (layout, "no_to_true" if w[f["key"]] else "yes_to_false"), req.prompt(), req.schema(),
          e, [w])
        r261_meta[sid] = {}
        r261_kinds[sid] = "j_bool_" + layout


# ----------------------------------------------------------------- part (k): one value written in another form
# Stored shapes; one value is written in another everyday form: an accounting negative "(264.00)", a trailing minus
# "264.00-", a plus sign, thousands separators (1,128.50 / 1.128,50 / 1 128,50 / 1'128.50), a currency sign, a date
# as "16 June 2026" / "June 16, 2026" / "16.06.2026", a boolean in other words ("not included", "declined", "✓",
# "0", "Nei"), a nullable as "0" / "n/a" / "—", a count in words or with its unit, an enum word with a noun.
R261_BOOL_FORMS = [("included", True), ("not included", False), ("declined", False), ("requested", True),
                   ("✓", True), ("✗", False), ("1", True), ("0", False), ("Ja", True), ("Nei", False),
                   ("true", True), ("false", False), ("Y", True), ("N", False), ("confirmed", True),
                   ("not required", False), ("none", False), ("no, thanks", False), ("yes please", True)]
R261_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
R261_WORDNUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]


def edk_form(rng, base):
    r = base.clone()
    i = r261_pick(rng, r.rec, ["money", "date", "bool", "nullnum", "int", "enum"])
    if i is None:
        return None
    f, t, v = r.rec[i]
    k = f["kind"]
    if k == "money":
        big = v + rng.choice([1000, 2000, 11000])
        bt = "%.2f" % big
        whole, frac = bt.split(".")
        forms = [("(%s)" % t, -v, "accounting_negative"), ("%s-" % t, -v, "trailing_minus"),
                 ("+%s" % t, v, "plus_sign"), ("−%s" % t, -v, "unicode_minus"),
                 ("{:,}".format(int(whole)) + "." + frac, big, "thousands_comma"),
                 ("{:,}".format(int(whole)).replace(",", ".") + "," + frac, big, "european"),
                 ("{:,}".format(int(whole)).replace(",", " ") + "," + frac, big, "space_thousands"),
                 ("{:,}".format(int(whole)).replace(",", "'") + "." + frac, big, "swiss"),
                 ("€%s" % t, v, "euro_sign"), ("%s EUR" % t, v, "code_after")]
        t2, v2, name = rng.choice(forms)
        return r._set(i, t2, r261_num(v2)), name
    if k == "date":
        y, m, d = t.split("-")
        forms = [("%d %s %s" % (int(d), R261_MONTHS[int(m) - 1], y), "day_month_year"),
                 ("%s %d, %s" % (R261_MONTHS[int(m) - 1], int(d), y), "month_day_year"),
                 ("%s.%s.%s" % (d, m, y), "dotted"), ("%s%s%s" % (y, m, d), "compact"),
                 ("%s %d %s" % (R261_MONTHS[int(m) - 1][:3], int(d), y), "short_month")]
        t2, name = rng.choice(forms)
        # the date itself changes too, half the time
        if rng.random() < 0.5:
            d2 = "%02d" % (int(d) + 1 if int(d) < 28 else int(d) - 1)
            nv = "%s-%s-%s" % (y, m, d2)
            t2 = t2.replace(str(int(d)), str(int(d2)), 1) if name not in ("dotted", "compact") else \
                t2.replace(d, d2, 1)
            return r._set(i, t2, nv), name + "_new_day"
        return r._set(i, t2, v), name
    if k == "bool":
        w, b = rng.choice(R261_BOOL_FORMS)
        return r._set(i, w, b), "bool_" + w
    if k == "nullnum":
        t2, v2 = rng.choice([("0", 0), ("n/a", None), ("—", None), ("none", None), ("nil", None), ("0.00", 0),
                             ("5%", 5), ("N/A", None)])
        return r._set(i, t2, v2), "null_" + t2
    if k == "int":
        n = rng.choice([x for x in range(1, 13) if x != v])
        unit = {"nights": "nights", "adults": "adults", "packages": "boxes", "vacation_days": "days",
                "line_count": "lines", "transactions": "transactions", "age": "years"}.get(f["key"], "")
        forms = [(R261_WORDNUM[n], n, "int_word"), ("%02d" % n, n, "int_leading_zero"),
                 (("%d %s" % (n, unit)).strip(), n, "int_with_unit"), ("%s (%d)" % (R261_WORDNUM[n], n), n, "int_word_digit")]
        t2, v2, name = rng.choice(forms)
        return r._set(i, t2, v2), name
    if k == "enum":
        v2 = rng.choice(f["enum"])
        noun = {"room_type": "room", "section": "section", "priority": "priority", "status": "", "color": "",
                "carrier": "", "department": "department", "currency": "", "blood_type": "", "test": "test",
                "flag": ""}.get(f["key"], "")
        forms = [(v2.capitalize() if not v2.isupper() else v2, "enum_capital"), ((v2 + " " + noun).strip(), "enum_noun"),
                 ("%s (%s)" % (v2, rng.choice(["standard", "confirmed", "as booked"])), "enum_paren")]
        t2, name = rng.choice(forms)
        return r._set(i, t2, v2), name
    return None


def r261_form_sweep(n_bases, var_per_base):
    rng = r261_rng
    doms = list(R261_DOMAINS)
    for b in range(n_bases):
        dom = doms[b % len(doms)]
        fields = R261_DOMAINS[dom]["fields"]
        rec = r261_new_rec(rng, dom, rng.randint(4, min(9, len(fields))))
        base = R261Req(dom, "lines", rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
        bid = r261_id("b")
        be = base.expect()
        J(bid, "k_base_lines", base.prompt(), base.schema(), be, [be])
        r261_meta[bid] = {}
        r261_kinds[bid] = "base"
        made, seen = 0, set()
        for _ in range(var_per_base * 4):
            if made >= var_per_base:
                break
            res = edk_form(rng, base)
            if not res:
                continue
            r, name = res
            p = r.prompt()
            if p in seen or p == base.prompt():
                continue
            seen.add(p)
            e = r.expect()
            safe = e == be
            vid = r261_id("v")
            J(vid, ("k_safe_" if safe else "k_diff_") + name, p, r.schema(), e, [e], safe=safe)
            r261_meta[vid] = {"base": bid}
            r261_kinds[vid] = "k_" + name
            made += 1


# ----------------------------------------------------------------- part (l): two balances swapped by the model, in prose
# Single requests: a bank statement in one prose sentence ("the opening balance is 10134.00, the closing balance is
# 15005.00"); the model gives each balance the other's value and sticks to it. Served wrong = served fresh.
def r261_balance_swap_sweep(n):
    rng = r261_rng
    fields = R261_DOMAINS["bank"]["fields"]
    for i in range(n):
        for _ in range(30):
            rec = r261_new_rec(rng, "bank", rng.randint(3, 8))
            keys = [f["key"] for f, t, v in rec]
            if "opening_balance" in keys and "closing_balance" in keys and not any(f["kind"] == "bool" for f, t, v in rec):
                break
        else:
            continue
        req = R261Req("bank", "prose", rng.choice(R261_INSTR).format(doc="bank statement"), rec)
        e = req.expect()
        if e["opening_balance"] == e["closing_balance"]:
            continue
        w = dict(e)
        w["opening_balance"], w["closing_balance"] = e["closing_balance"], e["opening_balance"]
        sid = r261_id("s")
        J(sid, "l_balance_swap_prose", req.prompt(), req.schema(), e, [w])
        r261_meta[sid] = {}
        r261_kinds[sid] = "l_balance_swap_prose"


# ----------------------------------------------------------------- part (m): two fields that share a word, swapped by the model
# Single requests with a pair of members whose labels share a word ("Start date" / "End date", "Billing city" /
# "Shipping city", "Departure time" / "Arrival time", "Minimum temperature" / "Maximum temperature", "Home score" /
# "Away score") among other fields, in lines, prose and key=value; the model swaps the pair and sticks to it.
R261_PAIRS = [
    ("start_date", "Start date", "end_date", "End date", lambda rng: (r261_date(rng), r261_date(rng)), "date"),
    ("billing_city", "Billing city", "shipping_city", "Shipping city", lambda rng: tuple(rng.sample(R261_CITY, 2)), "city"),
    ("departure_time", "Departure time", "arrival_time", "Arrival time",
     lambda rng: ("%02d:%02d" % (rng.randint(6, 11), rng.choice([0, 15, 30])), "%02d:%02d" % (rng.randint(13, 22), rng.choice([5, 20, 45]))), "time"),
    ("min_temperature", "Minimum temperature", "max_temperature", "Maximum temperature",
     lambda rng: (str(rng.randint(-5, 9)), str(rng.randint(12, 30))), "int"),
    ("home_score", "Home score", "away_score", "Away score", lambda rng: tuple(str(x) for x in rng.sample(range(0, 7), 2)), "int"),
]


def r261_pair_sweep(per_cell):
    rng = r261_rng
    for layout in ["lines", "prose", "kv"]:
        for ka, la, kb, lb, gen, kind in R261_PAIRS:
            for j in range(per_cell):
                ta, tb = gen(rng)
                if ta == tb:
                    continue
                sch = {"date": {"type": "string", "format": "date"}, "city": {"type": "string"},
                       "time": {"type": "string"}, "int": {"type": "integer"}}[kind]
                conv = (lambda x: int(x)) if kind == "int" else (lambda x: x)
                fa = F(ka, la, kind if kind != "int" else "int", None, schema=sch)
                fb = F(kb, lb, kind if kind != "int" else "int", None, schema=sch)
                nm = r261_name(rng)
                fn = F("name", "Name", "name", None)
                ref = F("reference", "Reference", "code", None)
                code = "REF-%d" % rng.randint(1000, 9999)
                rec = [[fn, nm, nm], [fa, ta, conv(ta)], [fb, tb, conv(tb)], [ref, code, code]]
                req = R261Req("event", layout, rng.choice(["Extract the details as JSON.", "Extract the record as JSON."]), rec)
                e = req.expect()
                w = dict(e)
                w[ka], w[kb] = e[kb], e[ka]
                sid = r261_id("s")
                J(sid, "m_pair_swap_%s_%s" % (ka, layout), req.prompt(), req.schema(), e, [w])
                r261_meta[sid] = {}
                r261_kinds[sid] = "m_pair_swap_" + layout


r261_json_sweep(60, 8, 35)
r261_eq_sweep(30, 6, 20)
r261_eq_sweep(15, 6, 8, ["lhs2", "rhs2", "dec"])
r261_stored_sweep(65, 8)
r261_qual_sweep(25, 6)
r261_mistake_sweep(6)
r261_eqf_sweep(30)
r261_sibling_sweep(30, 3)
r261_clause_sweep(30, 4)
r261_double_sweep(35, 4)
r261_bool_sweep(60)
r261_form_sweep(50, 8)
r261_balance_swap_sweep(20)
r261_pair_sweep(3)

# Confirmed alone from the cache (clear and arguable): none. The 42 fresh wrong answers (F1-F3) reproduce alone
# (42 ids, fresh store, --runs 2: 42 of 42 in both runs, path=skip) and are listed here for the record.
r261_found_alone = set()
r261_arguable = set()
r261_fresh_wrong = {
    "d261-s-0060", "d261-s-0061", "d261-s-0112", "d261-s-0213", "d261-s-0222", "d261-s-0223", "d261-s-0227",
    "d261-s-0230", "d261-s-0234", "d261-s-0245", "d261-s-0255", "d261-s-0256", "d261-s-0257", "d261-s-0261",
    "d261-s-0264", "d261-s-0269", "d261-s-0270", "d261-s-0271", "d261-s-0272", "d261-s-0273", "d261-s-0274",
    "d261-s-0275", "d261-s-0276", "d261-s-0277", "d261-s-0278", "d261-s-0279", "d261-s-0280", "d261-s-0281",
    "d261-s-0282", "d261-s-0283", "d261-s-0284", "d261-s-0285", "d261-s-0286", "d261-s-0287", "d261-s-0288",
    "d261-s-0289", "d261-s-0314", "d261-s-0315", "d261-s-0316", "d261-s-0323", "d261-s-0324", "d261-s-0325",
}

# Each variant's base (an empty dict for a base or a single), as built above.
r261_meta = {k: dict(v) for k, v in r261_meta.items()}

# Six prompts the suite holds already with other answers (d167-s7tail-7425, d180-s8_space-19021, d190-b16-14885,
# d193-pw-3180, d193-bc-2033, d201-esb-786; the scripted model keys its answers by prompt): left out.
P[:] = [p for p in P if p["id"] not in ("d261-eb-0007", "d261-eb-0054", "d261-eb-0067", "d261-eb-0024",
                                         "d261-ev-0110", "d261-ev-0124")]

# ctest keeps the fresh wrong ids, every 10th safe variant and every 30th of the rest, and the bases they need.
from probe_kit import trim_round as r261_trim_round  # noqa: E402

r261_trim_round("d261-", r261_fresh_wrong, set(),
                lambda i: [r261_meta[i]["base"]] if r261_meta.get(i, {}).get("base") else [])
