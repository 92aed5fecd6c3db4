r"""Red-team round 268 (black box): A BROAD SEEDED SWEEP OF REALISTIC BUSINESS DOCUMENTS, ONE SMALL EDIT AT A TIME.
Focus: json_extract requests as people send them, seeded random.Random(268): eleven kinds of document (invoice,
  purchase order, hotel booking, flight booking, shipping notice, HR onboarding form, insurance claim, lab result,
  rental agreement, support ticket, meeting minutes), schemas of 5-9 members (string, integer, number, boolean, enum,
  date format, one nullable string each, an array of names in the minutes) in six layouts ("Label: value" lines, an
  e-mail with headers, greeting and signature, "- **Label:** value" bullets, key=value, a two-column Markdown table, a
  CSV row under its header). A trial run showed only "Label: value" lines of members alone were stored, and only for
  flight and hotel bookings, rental agreements and shipping notices (an invoice now and then; never claims, lab
  results, tickets, minutes, purchase orders or HR forms), so 80% of the bases are of those four kinds and 75% are
  member-only label lines under a generic instruction ("Extract the details as JSON.").
  Each base (the model right) is followed, later and shuffled, by up to 6 one-edit variants whose right answer differs
  (the model right when asked, or its first answer the base's stale one or another line's value, sometimes sticky):
  a value retyped (a digit, two digits swapped), the value on the line below its label, a label renamed by another
  writer with a new value ("Amount due", "Pay by", "Consignee"), the nullable member's line deleted, "TBD" / "n/a" /
  "not assigned yet" in it, "Leave X null." / "Set X to null." / "We don't track X; give null." in the instruction, an
  amended copy of the record below ("Revised:", "v2 (supersedes v1):"), a correction sentence after the record, above
  it, after the signature or as a P.S. (15 wordings), a reply above the quoted older mail ("Only change: the seat is
  14C. Everything else as below."), the new record above a quoted older one ("-----Original Message-----", "> Seat:
  12A"), an enum or boolean changed, two members' values swapped, a field of no member that changes a member without
  naming it ("Front desk: upgraded to suite on arrival", "Addendum: no pets after all", "Meal plan: room only",
  "Sender note: signature needed", "Relocated to: Hotel Nova", "Reception: name change to X", 60 wordings), a remark
  beside the old value ("5272.47 (typo - should be 5277.47)", "~~2026-03-04~~ 2026-03-05", "12A => 14C"), a date
  reformatted and moved, the e-mail's subject correcting a value, the unit in the label ("Weight (g)", "weight_t"),
  the value moved into a sentence above the record, a sentence above the record overriding a line ("Please process this
  with Mira Costa as the recipient instead of the one below."); on stored shapes, 4 in-line rewrites of one value with
  the label kept ("Tom Berg (replaces Yara Costa)", "Y. Costa", "P-19 (expired)", "applied for", "3 (4 after the
  change)", "3+1", "33" -> "330", "264.00 + 10.00", "2026-07-17 -> 2026-07-18", "premium economy", "yes -> no", "single
  (was suite)", "Turku Airport", "Storgata 54B") and 2 remarks on one member's line that give ANOTHER member a new value
  ("City: Leeds (ship date is now 2026-05-09)", "Ticket ID: TCK-15895 (customer moved to Ines Rossi)", "Tracking
  number: ... // carrier -> FedEx", 10 wordings). SAFE variants (2 per base plus the safe in-line forms): greeting
  changed, a signature added, whitespace and tabs after the colon, an unrelated paragraph above or below, two lines
  swapped, a date in another format, a label synonym, a reply "Confirmed, thanks." over the quoted same mail, another
  generic instruction, thousands separators, grams for weight_kg, "2026-03-04" as "04/03/2026", "12 (window)", "UPS
  Express", "DOUBLE", "yes, please". 97 singles: a fresh document in any layout whose model first gives another
  line's value or a first name only, then the right answer or sticky.
  2,894 probes: 203 bases, 2,050 variants (544 safe), 97 singles. Fresh SQLite store, two passes. Paths: run 1 skip
  2,545 / patch 188 / reuse 161, run 2 skip 2,432 / patch 107 / reuse 355; safe on reuse 68/544 and 73/544. Errors
  1,679 per run (1,485 with the model right in its first three).
HELD: nothing wrong came from the cache in either run (no path=reuse, no KEPT-FROM-CACHE). Run 2 served 270 variants
  whose right answer differs from their base's on the reuse (176) or patch (94) path, every one right, read by the
  judge and 30 by hand: retyped values ("Monthly rent: 3550" -> 3505, "Nights: 10" -> "Nights: 100", "Rate: 255.17"
  -> "Rate: 25517", "Tenant: Ana Lund" -> "A. Lund", "Tracking number: 1Z540S86138330X", "Destination: Turku Airport"),
  enum and boolean words ("Room type: suite", "Breakfast: Y"), swapped values ("Tenant: Zofia Rossi / Landlord: Tomas
  Rossi"), and on the patch path a deleted nullable line or "P-24 (expired)" / "REF-9307 (cancelled)" -> null. Every
  added line, whatever it said, stopped the reuse: corrections in four places, amended copies, quoted older mails,
  replies over a quote, notes in fields of no member (all 138 fieldnote variants), sentences above the record, the
  subject line; all 328 remarks on one member's line about another member were regenerated whole ("the text states
  city: leeds (ship date is now 2026-05-09)"), as were qualified in-line values ("(replaces ...)", "formerly", "(4 after
  the change)", "3+1", "-> ", "(was ...)", "about 3", "premium economy"), units in labels and instruction clauses
  ("Leave X null." never got the stored value from the cache). The 97 singles' wrong first answers were all refused or
  replaced (0 wrong).
  Cost: only label lines of members alone are stored (never an e-mail, a table, bullets, key=value or CSV; never a
  document with a field of no member); 1,485 right answers rejected per run ("the text holds 8 records and the request
  does not say which one" for tables and bullet lists, "its name and "employee_id" are one word to the checks", "the
  text names several people in prose", "the instruction asks for the value changed in a way the checks cannot").
WHAT GOT THROUGH: from the cache, nothing (r268_found_alone is empty; nothing to confirm alone).
 Served fresh (the model's own first or sticky answer accepted by the fresh checks, never from the cache; the same 46
  ids in both runs, all 46 again when served alone with their bases on a fresh store, 89 requests, --runs 2):
 (F1) CLEAR, 17: an instruction that asks a member null, the value served: "Extract the fields as JSON. Ignore the
     frequent flyer line and put null." -> "UE226708"; "Return the details as JSON. Set frequent flyer to null." ->
     "NV193414"; "Keep parking space empty (null).", "Use null for loyalty number.", "We don't track frequent flyer;
     give null.", "Return reference as null.", "frequent flyer should be null for now.".
 (F2) CLEAR, 8: a sentence above the record naming the value to use, the line's value served: "Please process this with
     Mira Costa as the recipient instead of the one below.\n\n...Recipient: Ana Okafor" -> "Ana Okafor"; "Please note
     that closed is the status to use for this record." -> "pending"; "Use Sofia Nair for the tenant when you enter
     the record below." -> "Ana Lund".
 (F3) CLEAR, 3: a correction after the record: "Oops - tracking number is 1Z962G87813042." under a CSV row;
     "Heads-up: departure date moved to 2026-05-20." -> 2026-05-22; "Read 4 for the bags, my mistake." -> 0.
 (F4) CLEAR, 5: a note that changes a member: "Addendum: one cat allowed" / "Addendum: no pets after all" against
     "Pets allowed:", "Secretary: quorum reached after two late arrivals" -> quorum false, "Reception: name change to
     Ruben Aalto" -> the old guest, and (cross remark) "Guest: Priya Varga (new loyalty number: LY1439638)" -> the old
     loyalty number.
 (F5) ARGUABLE, 11: a field of no member that names another person or place beside the member's own line: "Relocated
     to: Hotel Nova" / "Reception: walked to Strand Hotel (overbooked)" (hotel), "Lessor: Yara Ek" / "New owner: Marek
     Brandt" / "Addendum: property sold to Ivo Rossi" (landlord), "Traveller: Pavel Novak" (passenger), "Meal plan:
     bed and breakfast" beside "Breakfast: no".
 Judge errors, 2: "Checked in by: Tomas Berg" does not make him the guest (the served guest is right).

r268_found_alone: empty. r268_arguable: empty.
"""
from probe_kit import J, E, S, P  # noqa: F401
import random
import json

r268_rng = random.Random(268)
r268_meta = {}
r268_n = {"b": 0, "v": 0, "s": 0, "f": 0}
r268_seen = set()

R268_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Priya", "Oskar", "Lena", "Pavel", "Sofia", "Emil", "Ines", "Karl",
              "Nora", "Rafael", "Hana", "Ivo", "Elin", "Marek", "Yara", "Lukas", "Dana", "Timo", "Zofia", "Ruben"]
R268_LAST = ["Ruiz", "Berg", "Holt", "Ek", "Nair", "Lind", "Novak", "Fischer", "Holm", "Kovac", "Diaz", "Weber",
             "Sato", "Moreau", "Costa", "Dahl", "Vidal", "Brandt", "Okafor", "Lund", "Varga", "Rossi", "Aalto", "Kim"]
R268_CITY = ["Bergen", "Ghent", "Porto", "Split", "Cadiz", "Lyon", "Graz", "Turku", "Malmo", "Brno", "Leeds",
             "Bari", "Aarhus", "Tartu", "Kaunas", "Utrecht", "Bilbao", "Krakow", "Dijon", "Basel", "Cork"]
R268_CO = ["Nordlys AS", "Fjord Supply AB", "Kestrel Tools Ltd", "Alba Foods SL", "Brightwater GmbH",
           "Copperleaf Oy", "Harbour Parts BV", "Vireo Labs SRL", "Tindra Textiles AB", "Lumen Office Ltd"]
R268_HOTEL = ["Hotel Bristol", "Grand Hotel Tartu", "Hotel Nova", "Strand Hotel", "Hotel Europa", "Park Inn Brno"]
R268_ITEM = ["office chairs", "LED panels", "steel brackets", "printer toner", "safety gloves", "cable trays",
             "laptop stands", "desk lamps"]
R268_PRODUCT = ["Billing portal", "Mobile app", "Router X200", "Payroll module", "Smart meter", "VPN client"]
R268_STREET = ["Storgata", "Kirkeveien", "Elm Street", "Rue Carnot", "Via Roma", "Hauptstrasse", "Calle Mayor"]
R268_TEST = [("HbA1c", "mmol/mol"), ("Ferritin", "ug/L"), ("TSH", "mU/L"), ("CRP", "mg/L"), ("Vitamin D", "nmol/L")]
R268_TITLE = ["Account Manager", "Data Analyst", "Support Engineer", "Payroll Officer", "Sales Lead", "QA Tester"]


def r268_name():
    return "%s %s" % (r268_rng.choice(R268_FIRST), r268_rng.choice(R268_LAST))


def r268_date(lo=1, hi=12):
    return "2026-%02d-%02d" % (r268_rng.randint(lo, hi), r268_rng.randint(1, 28))


def r268_money(lo, hi):
    return round(r268_rng.randint(lo * 100, hi * 100) / 100.0, 2)


def r268_code(fmt):
    out = ""
    for ch in fmt:
        if ch == "9":
            out += str(r268_rng.randint(0, 9))
        elif ch == "A":
            out += r268_rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        else:
            out += ch
    return out


# a field: key, label, kind, generator. kinds: str, int, num, bool, enum, date, nstr (nullable string), list
def r268_domains():
    rng = r268_rng
    return {
        "invoice": ("invoice", [
            ("invoice_number", "Invoice number", "str", lambda: r268_code("INV-2026-9999")),
            ("customer", "Customer", "str", lambda: rng.choice(R268_CO)),
            ("issue_date", "Issue date", "date", lambda: r268_date(1, 6)),
            ("due_date", "Due date", "date", lambda: r268_date(7, 12)),
            ("currency", "Currency", ("enum", ["EUR", "USD", "GBP", "NOK", "SEK"]), None),
            ("subtotal", "Subtotal", "num", lambda: r268_money(100, 4000)),
            ("total", "Total", "num", lambda: r268_money(4100, 9000)),
            ("paid", "Paid", "bool", None),
            ("po_reference", "PO reference", "nstr", lambda: r268_code("PO-99999")),
        ]),
        "purchase order": ("purchase order", [
            ("po_number", "PO number", "str", lambda: r268_code("PO-2026-999")),
            ("supplier", "Supplier", "str", lambda: rng.choice(R268_CO)),
            ("item", "Item", "str", lambda: rng.choice(R268_ITEM)),
            ("quantity", "Quantity", "int", lambda: rng.randint(2, 480)),
            ("unit_price", "Unit price", "num", lambda: r268_money(2, 300)),
            ("order_date", "Order date", "date", lambda: r268_date(1, 6)),
            ("delivery_date", "Delivery date", "date", lambda: r268_date(7, 12)),
            ("incoterm", "Incoterm", ("enum", ["EXW", "FOB", "CIF", "DAP", "DDP"]), None),
            ("urgent", "Urgent", "bool", None),
            ("contact", "Contact", "nstr", r268_name),
        ]),
        "hotel booking": ("booking", [
            ("guest", "Guest", "str", r268_name),
            ("hotel", "Hotel", "str", lambda: rng.choice(R268_HOTEL)),
            ("check_in", "Check-in", "date", lambda: r268_date(1, 6)),
            ("check_out", "Check-out", "date", lambda: r268_date(7, 12)),
            ("nights", "Nights", "int", lambda: rng.randint(1, 14)),
            ("room_type", "Room type", ("enum", ["single", "double", "twin", "suite"]), None),
            ("adults", "Adults", "int", lambda: rng.randint(1, 4)),
            ("breakfast", "Breakfast", "bool", None),
            ("rate", "Rate", "num", lambda: r268_money(60, 400)),
            ("loyalty_number", "Loyalty number", "nstr", lambda: r268_code("LY9999999")),
        ]),
        "flight booking": ("flight booking", [
            ("passenger", "Passenger", "str", r268_name),
            ("flight_number", "Flight number", "str", lambda: r268_code("AA 9999")),
            ("origin", "Origin", "str", lambda: rng.choice(R268_CITY)),
            ("destination", "Destination", "str", lambda: rng.choice(R268_CITY)),
            ("departure_date", "Departure date", "date", lambda: r268_date()),
            ("seat", "Seat", "str", lambda: "%d%s" % (rng.randint(1, 38), rng.choice("ABCDEF"))),
            ("cabin", "Cabin", ("enum", ["economy", "premium", "business"]), None),
            ("bags", "Bags", "int", lambda: rng.randint(0, 3)),
            ("booking_reference", "Booking reference", "str", lambda: r268_code("AAAAAA")),
            ("frequent_flyer", "Frequent flyer", "nstr", lambda: r268_code("AA999999")),
        ]),
        "shipping notice": ("shipment", [
            ("tracking_number", "Tracking number", "str", lambda: r268_code("1Z999A99999999")),
            ("carrier", "Carrier", ("enum", ["DHL", "UPS", "FedEx", "PostNord", "GLS"]), None),
            ("ship_date", "Ship date", "date", lambda: r268_date()),
            ("packages", "Packages", "int", lambda: rng.randint(1, 40)),
            ("weight_kg", "Weight (kg)", "num", lambda: round(rng.randint(5, 9000) / 10.0, 1)),
            ("recipient", "Recipient", "str", r268_name),
            ("city", "City", "str", lambda: rng.choice(R268_CITY)),
            ("signature_required", "Signature required", "bool", None),
            ("reference", "Reference", "nstr", lambda: r268_code("REF-9999")),
        ]),
        "HR onboarding form": ("onboarding form", [
            ("employee", "Employee", "str", r268_name),
            ("employee_id", "Employee ID", "str", lambda: r268_code("E99999")),
            ("start_date", "Start date", "date", lambda: r268_date()),
            ("department", "Department", ("enum", ["Sales", "Finance", "Engineering", "Support", "HR"]), None),
            ("job_title", "Job title", "str", lambda: rng.choice(R268_TITLE)),
            ("salary", "Salary", "int", lambda: rng.randint(38, 95) * 1000),
            ("full_time", "Full time", "bool", None),
            ("manager", "Manager", "nstr", r268_name),
        ]),
        "insurance claim": ("claim", [
            ("claim_number", "Claim number", "str", lambda: r268_code("CLM-999999")),
            ("policyholder", "Policyholder", "str", r268_name),
            ("incident_date", "Incident date", "date", lambda: r268_date()),
            ("claim_type", "Claim type", ("enum", ["auto", "home", "travel", "health"]), None),
            ("amount", "Amount", "num", lambda: r268_money(150, 25000)),
            ("deductible", "Deductible", "int", lambda: rng.choice([100, 250, 500, 1000, 2500])),
            ("police_report", "Police report", "bool", None),
            ("adjuster", "Adjuster", "nstr", r268_name),
        ]),
        "lab result": ("lab report", [
            ("patient", "Patient", "str", r268_name),
            ("sample_date", "Sample date", "date", lambda: r268_date()),
            ("test", "Test", "TEST", None),
            ("result", "Result", "num", lambda: round(rng.randint(5, 1500) / 10.0, 1)),
            ("flag", "Flag", ("enum", ["normal", "high", "low"]), None),
            ("fasting", "Fasting", "bool", None),
            ("ordering_physician", "Ordering physician", "nstr", lambda: "Dr. " + r268_name()),
        ]),
        "rental agreement": ("rental agreement", [
            ("tenant", "Tenant", "str", r268_name),
            ("landlord", "Landlord", "str", r268_name),
            ("property", "Property", "str", lambda: "%s %d" % (rng.choice(R268_STREET), rng.randint(2, 90))),
            ("monthly_rent", "Monthly rent", "int", lambda: rng.randint(60, 240) * 50),
            ("deposit", "Deposit", "int", lambda: rng.randint(100, 700) * 50),
            ("start_date", "Start date", "date", lambda: r268_date()),
            ("lease_months", "Lease months", "int", lambda: rng.choice([6, 12, 18, 24, 36])),
            ("pets_allowed", "Pets allowed", "bool", None),
            ("parking_space", "Parking space", "nstr", lambda: r268_code("P-99")),
        ]),
        "support ticket": ("ticket", [
            ("ticket_id", "Ticket ID", "str", lambda: r268_code("TCK-99999")),
            ("customer", "Customer", "str", r268_name),
            ("product", "Product", "str", lambda: rng.choice(R268_PRODUCT)),
            ("priority", "Priority", ("enum", ["low", "medium", "high", "urgent"]), None),
            ("status", "Status", ("enum", ["open", "pending", "closed"]), None),
            ("opened", "Opened", "date", lambda: r268_date()),
            ("escalated", "Escalated", "bool", None),
            ("assignee", "Assignee", "nstr", r268_name),
        ]),
        "meeting minutes": ("minutes", [
            ("meeting_date", "Meeting date", "date", lambda: r268_date()),
            ("chair", "Chair", "str", r268_name),
            ("location", "Location", "str", lambda: "Room %d%02d" % (rng.randint(1, 6), rng.randint(1, 30))),
            ("attendees", "Attendees", "list", None),
            ("quorum", "Quorum", "bool", None),
            ("next_meeting", "Next meeting", "date", lambda: r268_date()),
            ("decisions", "Decisions", "int", lambda: rng.randint(1, 9)),
            ("minute_taker", "Minute taker", "nstr", r268_name),
        ]),
    }


R268_DOM = r268_domains()


def r268_new_value(kind, gen, old):
    rng = r268_rng
    for _ in range(30):
        if kind == "bool":
            v = not old
        elif isinstance(kind, tuple):
            v = rng.choice([x for x in kind[1] if x != old])
        elif kind == "TEST":
            v = rng.choice(R268_TEST)[0]
        elif kind == "list":
            v = list(old) + [r268_name()]
        elif kind in ("int", "num"):
            s = str(old) if kind == "int" else "%.2f" % old if old != round(old, 1) else "%.1f" % old
            mode = rng.random()
            if mode < 0.4:  # one digit retyped
                i = rng.choice([k for k, c in enumerate(s) if c.isdigit()])
                s2 = s[:i] + rng.choice([d for d in "0123456789" if d != s[i]]) + s[i + 1:]
                if s2.startswith("0") and len(s2.split(".")[0]) > 1:
                    continue
                v = int(s2) if kind == "int" else float(s2)
            elif mode < 0.6 and len(s.replace(".", "")) >= 2:  # two adjacent digits swapped
                ds = [k for k in range(len(s) - 1) if s[k].isdigit() and s[k + 1].isdigit() and s[k] != s[k + 1]]
                if not ds:
                    continue
                k = rng.choice(ds)
                s2 = s[:k] + s[k + 1] + s[k] + s[k + 2:]
                if s2.startswith("0") and len(s2.split(".")[0]) > 1:
                    continue
                v = int(s2) if kind == "int" else float(s2)
            else:
                v = gen()
        elif kind == "date":
            y, m, d = old.split("-")
            v = "%s-%s-%02d" % (y, m, min(28, max(1, int(d) + rng.choice([-2, -1, 1, 2, 7]))))
        else:
            v = gen() if gen else old
        if v != old and v is not None and (kind != "int" or v > 0) and (kind != "num" or v > 0):
            return v
    return None


def r268_text(kind, v, key=""):
    if v is None:
        return ""
    if kind == "bool":
        return "yes" if v else "no"
    if kind == "num":
        return "%.1f" % v if key in ("weight_kg", "result") else "%.2f" % v
    if kind == "list":
        return ", ".join(v)
    return str(v)


def r268_schema_prop(kind):
    if kind == "str" or kind == "TEST":
        return {"type": "string"}
    if kind == "int":
        return {"type": "integer"}
    if kind == "num":
        return {"type": "number"}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "date":
        return {"type": "string", "format": "date"}
    if kind == "nstr":
        return {"type": ["string", "null"]}
    if kind == "list":
        return {"type": "array", "items": {"type": "string"}}
    return {"type": "string", "enum": list(kind[1])}


R268_INSTR_GENERIC = ["Extract the details as JSON.", "Extract the record as JSON.", "Return the details as JSON.",
                      "Extract the fields as JSON.", "Return the data as a JSON object."]
R268_INSTR_NOUN = ["Extract the {n} details as JSON.", "Return the fields of this {n} as JSON.",
                   "Pull the {n} data into JSON.", "Fill in the JSON from the {n} below.",
                   "Convert this {n} into JSON matching the schema."]
R268_GREET = ["Hi team,", "Hello,", "Dear colleagues,", "Hi Maria,", "Good morning,"]
R268_GREET2 = ["Hey all,", "Hello again,", "Dear Jonas,", "Hi everyone,", "Morning,"]
R268_SIGN = ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Regards,"]
R268_INTRO = ["Please find the details below.", "Here are the details as requested.", "Details below, as agreed.",
              "See the record below for processing.", "Please process the following."]


def r268_kvname(label):
    return label.lower().replace(" (kg)", "_kg").replace(" ", "_").replace("-", "_").replace("(", "").replace(")", "")


def r268_render(st):
    fl = []
    lay = st["layout"]
    fields = st["fields"]
    if lay in ("lines", "email"):
        for f in fields:
            lab = f.get("lab_over") or f["label"]
            if f.get("below"):
                fl.append("%s:\n    %s" % (lab, f["text"]))
            else:
                fl.append("%s:%s%s" % (lab, f.get("sep", " "), f["text"]))
    elif lay == "bullets":
        for f in fields:
            fl.append("- **%s:** %s" % (f.get("lab_over") or f["label"], f["text"]))
    elif lay == "kv":
        for f in fields:
            fl.append("%s=%s" % (r268_kvname(f.get("lab_over") or f["label"]), f["text"]))
    elif lay == "table":
        fl.append("| Field | Value |")
        fl.append("|---|---|")
        for f in fields:
            fl.append("| %s | %s |" % (f.get("lab_over") or f["label"], f["text"]))
    elif lay == "csv":
        fl.append(",".join(f.get("lab_over") or f["label"] for f in fields))
        fl.append(",".join('"%s"' % f["text"] if "," in f["text"] else f["text"] for f in fields))
    out = list(st["top"])
    if lay == "email":
        em = st["email"]
        out += ["From: %s" % em["from"], "To: %s" % em["to"], "Subject: %s" % em["subject"], "", em["greeting"], ""]
    out += st["pre"]
    out += fl
    if st["post"]:
        out += [""] + st["post"]
    if lay == "email":
        out += ["", st["email"]["signoff"], st["email"]["signer"]]
    out += st["tail"]
    if st["quoted"]:
        out += [""] + st["quoted"]
    doc = "\n".join(out).strip("\n") + "\n"
    return st["instr"] + "\n\n" + (st["marker"] + "\n" if st["marker"] else "") + doc


def r268_copy(x):
    return json.loads(json.dumps(x))


def r268_field(st, key):
    for f in st["fields"]:
        if f["key"] == key:
            return f
    return None


def r268_emit(id_, fam, st, schema, expect, answers, safe=False, base=None):
    prompt = r268_render(st)
    sig = prompt + "\u0000" + json.dumps(schema, sort_keys=True)
    if sig in r268_seen:
        return False
    r268_seen.add(sig)
    J(id_, fam, prompt, schema, expect, answers, safe=safe)
    r268_meta[id_] = {"base": base} if base else {}
    return True


def r268_make_base(dom_name):
    rng = r268_rng
    noun, spec = R268_DOM[dom_name]
    vals = {}
    kinds = {}
    gens = {}
    labels = {}
    for key, label, kind, gen in spec:
        if kind == "bool":
            v = rng.random() < 0.5
        elif isinstance(kind, tuple):
            v = rng.choice(kind[1])
        elif kind == "TEST":
            v = rng.choice(R268_TEST)[0]
        elif kind == "list":
            v = []
            while len(v) < rng.randint(2, 4):
                n = r268_name()
                if n not in v:
                    v.append(n)
        else:
            v = gen()
        vals[key], kinds[key], gens[key], labels[key] = v, kind, gen, label
    if dom_name == "hotel booking":
        m, d = rng.randint(1, 12), rng.randint(1, 14)
        vals["check_in"] = "2026-%02d-%02d" % (m, d)
        vals["check_out"] = "2026-%02d-%02d" % (m, d + vals["nights"])
    keys = [s[0] for s in spec]
    first = keys[0]
    nullable = [k for k in keys if kinds[k] == "nstr"]
    others = [k for k in keys if k != first and k not in nullable]
    n = rng.randint(3, min(7, len(others)))
    chosen = set([first] + nullable + rng.sample(others, n))
    members = [k for k in keys if k in chosen]
    schema = S({k: r268_schema_prop(kinds[k]) for k in members})
    expect = {k: vals[k] for k in members}
    all_fields = rng.random() < 0.45
    fields = []
    for k in keys:
        if k in chosen or all_fields:
            fields.append({"key": k, "label": labels[k], "kind": kinds[k], "text": r268_text(kinds[k], vals[k], k)})
        if dom_name == "lab result" and k == "result":
            unit = [u for t, u in R268_TEST if t == vals["test"]][0]
            fields.append({"key": "_unit", "label": "Unit", "kind": "str", "text": unit})
    lay = rng.choice(["lines"] * 8 + ["email"] * 4 + ["bullets"] * 2 + ["kv"] * 2 + ["table"] * 2 + ["csv"] * 2)
    if rng.random() < 0.6:
        instr = rng.choice(R268_INSTR_GENERIC)
    else:
        instr = rng.choice(R268_INSTR_NOUN).format(n=noun)
    marker = rng.choice([None, None, None, "Text:", "Record:", "Document:"]) if lay != "email" else \
        rng.choice([None, "Here is the email:"])
    sender = r268_name()
    st = {"layout": lay, "instr": instr, "marker": marker, "fields": fields, "pre": [], "post": [], "tail": [],
          "top": [], "quoted": [],
          "email": {"from": "%s <%s@%s.example>" % (sender, sender.split()[0].lower(), noun.split()[0].lower()),
                    "to": "ops@company.example", "subject": "%s %s" % (noun.capitalize(), vals[first]),
                    "greeting": rng.choice(R268_GREET), "signoff": rng.choice(R268_SIGN), "signer": sender}}
    if lay == "email":
        st["pre"] = [rng.choice(R268_INTRO), ""]
    ctx = {"dom": dom_name, "noun": noun, "kinds": kinds, "gens": gens, "labels": labels, "members": members,
           "vals": vals, "sender": sender}
    return st, schema, expect, ctx


R268_SYN = {"total": ["Amount due", "Grand total", "Total due", "Invoice total"], "due_date": ["Payment due", "Pay by"],
            "customer": ["Client", "Bill to"], "guest": ["Guest name", "Name"], "nights": ["No. of nights", "Length of stay"],
            "check_in": ["Arrival", "Arrival date"], "check_out": ["Departure", "Departure date"],
            "rate": ["Nightly rate", "Room rate"], "passenger": ["Traveller", "Pax name"], "seat": ["Seat no.", "Seat assignment"],
            "bags": ["Checked bags", "Baggage"], "recipient": ["Consignee", "Deliver to"],
            "packages": ["Parcels", "No. of packages"], "weight_kg": ["Gross weight (kg)", "Weight, kg"],
            "employee": ["New hire", "Employee name"], "salary": ["Annual salary", "Base salary"],
            "start_date": ["First day", "Commencement date"], "amount": ["Claimed amount", "Amount claimed"],
            "policyholder": ["Insured", "Policy holder"], "monthly_rent": ["Rent per month", "Rent"],
            "deposit": ["Security deposit", "Deposit amount"], "tenant": ["Lessee", "Renter"],
            "landlord": ["Lessor", "Owner"], "quantity": ["Qty", "Units"], "unit_price": ["Price per unit", "Unit cost"],
            "supplier": ["Vendor", "Seller"], "priority": ["Severity", "Prio"], "chair": ["Chaired by", "Chairperson"],
            "location": ["Venue", "Meeting room"], "result": ["Value", "Measured value"], "patient": ["Patient name", "Name"],
            "ticket_id": ["Ticket #", "Case ID"], "assignee": ["Assigned to", "Handled by"],
            "invoice_number": ["Invoice no.", "Invoice #"], "tracking_number": ["Tracking no.", "AWB"],
            "flight_number": ["Flight", "Flight no."], "booking_reference": ["PNR", "Booking ref"],
            "issue_date": ["Invoice date", "Date of issue"], "incident_date": ["Date of loss", "Date of incident"],
            "claim_number": ["Claim no.", "Claim ref"], "employee_id": ["Staff ID", "Employee no."]}

R268_CORR = ["Sorry, the {lab} is actually {new}.", "Small fix: {lab} should be {new}.",
             "Correction: {lab} {new}, not {old}.", "EDIT: {lab} = {new}", "Read {new} for the {lab}, my mistake.",
             "Please use {new} as the {lab}.", "The {lab} is {new}, not what I wrote above.",
             "Finance confirmed {new} for the {lab}.", "{Lab} changed to {new} this morning.",
             "Oops - {lab} is {new}.", "Typo above: {old} should read {new}.", "{Lab}: {new} (corrected)",
             "Just checked, {lab} is {new}.", "Make that {new} for the {lab}.", "Heads-up: {lab} moved to {new}."]
R268_REPLY = ["Only change: the {lab} is {new}. Everything else as below.",
              "Same as my mail below, but with {lab} {new}.", "{Lab} -> {new}, rest unchanged.",
              "Please go ahead with the details below, except {lab}: {new}.",
              "One update to the record below: {lab} {new}.", "All good except the {lab}, which is {new}.",
              "Use the details below with {new} as the {lab}."]
R268_INLINE = ["{old} (typo - should be {new})", "{old} -> {new}", "{old}, now {new}", "~~{old}~~ {new}",
               "{old} [revised: {new}]", "{new} (was {old})", "{old} (old) {new} (new)", "{old} => {new}",
               "{old} / corrected: {new}", "{old} (superseded by {new})"]
R268_AMEND = ["Amended version (replaces the above):", "UPDATED RECORD - please use this one", "Revised:",
              "v2 (supersedes v1):", "Corrected copy:", "Resending with the right figures:"]
R268_NULLCL = ["Leave {k} null.", "Set {k} to null.", "{k} should be null for now.", "Use null for {k}.",
               "We don't track {k}; give null.", "Return {k} as null.", "Keep {k} empty (null).",
               "Ignore the {lab} line and put null."]
R268_TBD = ["TBD", "to be confirmed", "n/a", "not assigned yet", "none", "-", "(blank)", "pending"]
R268_UNREL = ["Our office is closed on Friday for the company outing.", "The coffee machine on floor 3 is fixed.",
              "Reminder: the parking garage is being repainted next week.",
              "Thanks again for your patience during the system migration.",
              "Please remember to submit your timesheets before Thursday."]
R268_FIELDNOTE = ["Remarks", "Comment", "Internal note", "Memo", "Agent note"]
R268_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


def r268_kname(ctx, k):
    kd = ctx["kinds"][k]
    return "enum" if isinstance(kd, tuple) else kd


def r268_pick(ctx, st, kinds):
    ks = [k for k in ctx["members"] if r268_kname(ctx, k) in kinds and r268_field(st, k)]
    return r268_rng.choice(ks) if ks else None


def r268_set(st, ex, ctx, k, v):
    st2, ex2 = r268_copy(st), r268_copy(ex)
    f = r268_field(st2, k)
    f["text"] = r268_text(ctx["kinds"][k], v, k)
    ex2[k] = v
    return st2, ex2, f


def r268_date_words(d, style):
    y, m, dd = d.split("-")
    if style == 0:
        return "%s.%s.%s" % (dd, m, y)
    if style == 1:
        return "%d %s %s" % (int(dd), R268_MONTH[int(m) - 1], y)
    if style == 2:
        return "%s %d, %s" % (R268_MONTH[int(m) - 1], int(dd), y)
    return "%d %s %s" % (int(dd), R268_MONTH[int(m) - 1][:3], y)


def r268_docbody(st):
    """The document of a state without the instruction and marker, as lines."""
    txt = r268_render(dict(st, instr="", marker=None))
    return txt.strip("\n").split("\n")


def r268_fieldnote(k, new):
    t = {"room_type": "Front desk: upgraded to %s on arrival" % new,
         "breakfast": "Front desk: guest %s breakfast" % ("added" if new else "cancelled"),
         "cabin": "Agent note: moved to %s" % new,
         "paid": "Accounts: payment %s today" % ("received" if new else "bounced"),
         "priority": "Agent note: set to %s after the call" % new,
         "status": "Update: ticket %s by agent" % ("reopened" if new == "open" else new),
         "escalated": "Agent note: %s" % ("escalated to tier 2" if new else "de-escalated, back to tier 1"),
         "carrier": "Dispatch: handed over to %s instead" % new,
         "recipient": "Dispatch: deliver to %s instead" % new,
         "seat": "Check-in desk: moved to %s" % new,
         "pets_allowed": "Addendum: %s" % ("one cat allowed" if new else "no pets after all"),
         "quorum": "Secretary: %s" % ("quorum reached after two late arrivals" if new else "quorum lost after the break"),
         "police_report": "Adjuster note: %s" % ("police report filed" if new else "no police report on file"),
         "urgent": "Buyer note: %s" % ("rush order" if new else "no longer urgent"),
         "full_time": "HR note: %s" % ("moved to full time" if new else "switched to part time"),
         "fasting": "Nurse: %s" % ("patient confirmed fasting" if new else "patient had eaten breakfast"),
         "flag": "Lab note: flagged %s after recheck" % new,
         "signature_required": "Sender note: %s" % ("signature needed" if new else "no signature needed"),
         "department": "HR note: transferred to %s" % new,
         "claim_type": "Adjuster note: reclassified as %s" % new,
         "incoterm": "Buyer note: terms changed to %s" % new,
         "currency": "Accounts: billed in %s" % new}
    return t.get(k)


R268_NOTEFIELD = {
    "room_type": lambda v: ["Front desk: upgraded to %s on arrival" % v, "Room change: %s" % v, "Upgrade: %s" % v,
                            "Reception: moved the guest to a %s room." % v],
    "breakfast": lambda v: (["Meal plan: bed and breakfast", "Extras: breakfast added at check-in",
                             "Reception: guest added breakfast."] if v else
                            ["Meal plan: room only", "Extras: breakfast removed at check-in",
                             "Reception: guest cancelled breakfast."]),
    "cabin": lambda v: ["Agent note: moved to %s" % v, "Upgrade: %s" % v, "Class of travel: %s" % v,
                        "Gate: passenger rebooked in %s." % v],
    "seat": lambda v: ["Check-in desk: moved to %s" % v, "Reseated: %s" % v, "Gate agent: passenger now in %s" % v,
                       "Seat change at gate: %s" % v],
    "bags": lambda v: ["Baggage: carry-on only" if v == 0 else "Baggage: %d checked at the counter" % v,
                       "Agent note: %s" % ("bags removed, hand luggage only" if v == 0 else "bags changed at check-in")],
    "pets_allowed": lambda v: (["Addendum: one cat allowed", "Animals: permitted", "Special terms: a small dog is allowed."]
                               if v else ["Addendum: no pets after all", "Animals: not permitted",
                                          "Special terms: no animals in the flat."]),
    "carrier": lambda v: ["Dispatch: handed over to %s instead" % v, "Courier: %s" % v, "Handover: %s" % v,
                          "Update: now shipping with %s." % v],
    "signature_required": lambda v: (["Sender note: signature needed", "Delivery: sign on receipt",
                                      "Proof of delivery: signature"] if v else
                                     ["Sender note: no signature needed", "Delivery: leave at the door",
                                      "Proof of delivery: photo only"]),
    "recipient": lambda v: ["Dispatch: deliver to %s instead" % v, "Deliver to: %s" % v, "Attn: %s" % v,
                            "Consignee: %s" % v],
    "city": lambda v: ["Dispatch: rerouted to %s" % v, "Destination: %s" % v, "Deliver in: %s" % v],
    "destination": lambda v: ["Agent note: rerouted to %s" % v, "Rebooked to: %s" % v, "New routing: %s" % v],
    "origin": lambda v: ["Agent note: now departing %s" % v, "Departs from: %s" % v],
    "property": lambda v: ["Addendum: the flat is %s" % v, "Address: %s" % v, "Premises: %s" % v],
    "tenant": lambda v: ["Addendum: lease assigned to %s" % v, "Occupant: %s" % v, "Signed by: %s" % v],
    "landlord": lambda v: ["Addendum: property sold to %s" % v, "Lessor: %s" % v, "New owner: %s" % v],
    "guest": lambda v: ["Reception: name change to %s" % v, "Checked in by: %s" % v, "Occupant: %s" % v],
    "hotel": lambda v: ["Relocated to: %s" % v, "Reception: walked to %s (overbooked)" % v],
    "passenger": lambda v: ["Agent note: name change to %s" % v, "Traveller: %s" % v, "Ticketed name: %s" % v],
    "paid": lambda v: (["Accounts: payment received today", "Payment status: settled"] if v else
                       ["Accounts: payment bounced", "Payment status: outstanding"]),
    "currency": lambda v: ["Accounts: billed in %s" % v, "Billing currency: %s" % v],
}


def r268_edits_diff(st, sc, ex, ctx):
    """Each edit: (tag, state, expect) or None."""
    rng = r268_rng
    lay = st["layout"]
    out = []

    def lab(k):
        return ctx["labels"][k].lower().replace(" (kg)", "")

    # retype
    k = r268_pick(ctx, st, ["int", "num", "str", "date", "nstr"])
    if k:
        v = r268_new_value(ctx["kinds"][k] if ctx["kinds"][k] != "nstr" else "str", ctx["gens"][k], ex[k])
        if v is not None:
            st2, ex2, f = r268_set(st, ex, ctx, k, v)
            out.append(("retype", st2, ex2))
    # value on the next line
    if lay in ("lines", "email"):
        k = r268_pick(ctx, st, ["int", "num", "str", "date"])
        if k:
            v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
            if v is not None:
                st2, ex2, f = r268_set(st, ex, ctx, k, v)
                f["below"] = True
                out.append(("nextline", st2, ex2))
    # relabel by another writer, value changed
    ks = [k for k in ctx["members"] if k in R268_SYN and r268_field(st, k)]
    if ks:
        k = rng.choice(ks)
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            st2, ex2, f = r268_set(st, ex, ctx, k, v)
            f["lab_over"] = rng.choice(R268_SYN[k])
            out.append(("relabel", st2, ex2))
    # nullable member: line deleted / TBD / instruction null
    kn = [k for k in ctx["members"] if ctx["kinds"][k] == "nstr"][0]
    if r268_field(st, kn) and lay != "csv":
        st2, ex2 = r268_copy(st), r268_copy(ex)
        st2["fields"] = [f for f in st2["fields"] if f["key"] != kn]
        ex2[kn] = None
        out.append(("delete", st2, ex2))
    st2, ex2 = r268_copy(st), r268_copy(ex)
    r268_field(st2, kn)["text"] = rng.choice(R268_TBD)
    ex2[kn] = None
    out.append(("tbd", st2, ex2))
    st2, ex2 = r268_copy(st), r268_copy(ex)
    st2["instr"] = st["instr"] + " " + rng.choice(R268_NULLCL).format(k=rng.choice([kn, lab(kn)]), lab=lab(kn))
    ex2[kn] = None
    out.append(("instr_null", st2, ex2))
    # amended record appended
    if lay in ("lines", "email", "bullets"):
        k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum", "bool"])
        if k:
            v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
            if v is not None:
                st2, ex2, f = r268_set(st, ex, ctx, k, v)
                new_lines = r268_render(dict(st2, instr="", marker=None, top=[], pre=[], post=[], tail=[], quoted=[],
                                             layout="lines" if lay == "email" else lay)).strip("\n").split("\n")
                st3 = r268_copy(st)
                st3["post"] = st3["post"] + [rng.choice(R268_AMEND)] + new_lines
                out.append(("amended", st3, ex2))
    # correction sentence, in one of four places
    k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum"])
    if k:
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            ex2 = r268_copy(ex)
            ex2[k] = v
            st2 = r268_copy(st)
            line = rng.choice(R268_CORR).format(lab=lab(k), Lab=lab(k).capitalize(), new=r268_text(ctx["kinds"][k], v, k),
                                                old=r268_field(st, k)["text"])
            where = rng.choice(["post", "pre", "tail", "ps"])
            if where == "post":
                st2["post"] = st2["post"] + [line]
            elif where == "pre":
                st2["pre"] = st2["pre"] + [line, ""]
            elif where == "tail":
                st2["tail"] = st2["tail"] + [line] if lay == "email" else st2["tail"] + ["", line]
            else:
                st2["tail"] = st2["tail"] + ["", "P.S. " + line]
            out.append(("corr_" + where, st2, ex2))
    # a reply above the quoted older mail
    k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum"])
    if k:
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            ex2 = r268_copy(ex)
            ex2[k] = v
            body = r268_docbody(st)
            st2 = r268_copy(st)
            st2.update({"layout": "lines", "fields": [], "pre": [], "post": [], "tail": [], "quoted": [],
                        "top": [rng.choice(R268_GREET2), "",
                                rng.choice(R268_REPLY).format(lab=lab(k), Lab=lab(k).capitalize(),
                                                              new=r268_text(ctx["kinds"][k], v, k)),
                                "", rng.choice(R268_SIGN), r268_name(), "",
                                "On Tue, 3 Mar 2026 at 09:14, %s wrote:" % ctx["sender"]] + ["> " + l if l else ">" for l in body]})
            out.append(("reply_over_quote", st2, ex2))
    # new record with a quoted older mail holding the old value
    k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum", "bool"])
    if k and lay in ("lines", "email", "bullets", "kv"):
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            st2, ex2, f = r268_set(st, ex, ctx, k, v)
            body = r268_docbody(st)
            st2["quoted"] = ["-----Original Message-----" if rng.random() < 0.5 else
                             "On Mon, 2 Mar 2026 at 16:40, %s wrote:" % ctx["sender"]] + \
                            ["> " + l if l else ">" for l in body]
            out.append(("new_over_quote", st2, ex2))
    # enum / bool changed
    k = r268_pick(ctx, st, ["enum", "bool"])
    if k:
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        st2, ex2, f = r268_set(st, ex, ctx, k, v)
        if ctx["kinds"][k] == "bool":
            f["text"] = rng.choice(["yes", "Yes", "Y", "true"] if v else ["no", "No", "N", "not yet" if k == "paid" else "no"])
        out.append(("enum_bool", st2, ex2))
    # a note field of no member that changes a member without naming it
    ks = [k for k in ctx["members"] if r268_kname(ctx, k) in ("enum", "bool") or k in ("recipient", "seat")]
    if ks and lay in ("lines", "email", "bullets"):
        k = rng.choice(ks)
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        note = r268_fieldnote(k, v) if v is not None else None
        if note:
            ex2 = r268_copy(ex)
            ex2[k] = v
            st2 = r268_copy(st)
            if lay == "bullets":
                a, b = note.split(": ", 1)
                note = "- **%s:** %s" % (a, b)
            st2["post"] = st2["post"] + [note]
            out.append(("fieldnote", st2, ex2))
    # more notes in fields of no member (v2)
    ks = [k for k in ctx["members"] if k in R268_NOTEFIELD and r268_field(st, k)]
    rng.shuffle(ks)
    for k in ks[:2]:
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if k == "bags" and rng.random() < 0.5 and ex[k] != 0:
            v = 0
        if v is None:
            continue
        note = rng.choice(R268_NOTEFIELD[k](v))
        note0 = note
        ex2 = r268_copy(ex)
        ex2[k] = v
        st2 = r268_copy(st)
        if st["layout"] == "bullets":
            a, b = note.split(": ", 1)
            note = "- **%s:** %s" % (a, b)
        if st["layout"] in ("lines", "email", "bullets"):
            if rng.random() < 0.5:
                st2["post"] = st2["post"] + [note]
            else:
                st2["fields"].append({"key": "_note", "label": note0.split(": ", 1)[0], "kind": "str",
                                      "text": note0.split(": ", 1)[1]})
            out.append(("fieldnote2", st2, ex2))
    # a sentence above the record that overrides a line of it (v2)
    k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum"])
    if k and lay in ("lines", "email", "bullets"):
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            ex2 = r268_copy(ex)
            ex2[k] = v
            st2 = r268_copy(st)
            st2["pre"] = st2["pre"] + [rng.choice([
                "Please process this with %s as the %s instead of the one below.",
                "Please note that %s is the %s to use for this record.",
                "Kindly register %s as the %s, the form below is from before the change.",
                "The customer called and asked for %s as the %s on this record.",
                "Use %s for the %s when you enter the record below."]) % (r268_text(ctx["kinds"][k], v, k), lab(k)), ""]
            out.append(("intro_override", st2, ex2))
    # inline remark beside the old value
    k = r268_pick(ctx, st, ["int", "num", "str", "date"])
    if k and lay != "csv":
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            st2, ex2, f = r268_set(st, ex, ctx, k, v)
            f["text"] = rng.choice(R268_INLINE).format(old=r268_field(st, k)["text"], new=f["text"])
            out.append(("inline", st2, ex2))
    # date reformatted and moved
    k = r268_pick(ctx, st, ["date"])
    if k:
        v = r268_new_value("date", None, ex[k])
        st2, ex2, f = r268_set(st, ex, ctx, k, v)
        f["text"] = r268_date_words(v, rng.randint(0, 3))
        out.append(("date_fmt_moved", st2, ex2))
    # two members of one kind swapped
    for kind in rng.sample(["date", "num", "int", "str"], 4):
        ks = [k for k in ctx["members"] if r268_kname(ctx, k) == kind and r268_field(st, k)]
        if len(ks) >= 2:
            a, b = rng.sample(ks, 2)
            if ex[a] != ex[b]:
                st2, ex2 = r268_copy(st), r268_copy(ex)
                fa, fb = r268_field(st2, a), r268_field(st2, b)
                fa["text"], fb["text"] = fb["text"], fa["text"]
                ex2[a], ex2[b] = ex[b], ex[a]
                out.append(("swap", st2, ex2))
            break
    # the subject line of an e-mail corrects a value
    if lay == "email":
        k = r268_pick(ctx, st, ["int", "num", "str", "date", "enum"])
        if k:
            v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
            if v is not None:
                ex2 = r268_copy(ex)
                ex2[k] = v
                st2 = r268_copy(st)
                st2["email"]["subject"] = rng.choice(["RE: %s - %s corrected to %s", "RE: %s (%s is %s, not as below)",
                                                      "%s - UPDATE: %s now %s"]) % (
                    st["email"]["subject"], lab(k), r268_text(ctx["kinds"][k], v, k))
                out.append(("subject", st2, ex2))
    # a unit switched in the label, the number kept
    if "weight_kg" in ctx["members"] and r268_field(st, "weight_kg"):
        st2, ex2 = r268_copy(st), r268_copy(ex)
        f = r268_field(st2, "weight_kg")
        f["lab_over"] = rng.choice(["Weight (g)", "Weight (t)"])
        ex2["weight_kg"] = float(round(ex["weight_kg"] / 1000.0, 7)) if f["lab_over"] == "Weight (g)" else \
            round(ex["weight_kg"] * 1000.0, 4)
        out.append(("unit_label", st2, ex2))
    # the value stated only in a sentence above the record, its line gone
    k = r268_pick(ctx, st, ["int", "num", "str", "date"])
    if k and lay in ("lines", "email", "bullets"):
        v = r268_new_value(ctx["kinds"][k], ctx["gens"][k], ex[k])
        if v is not None:
            ex2 = r268_copy(ex)
            ex2[k] = v
            st2 = r268_copy(st)
            st2["fields"] = [f for f in st2["fields"] if f["key"] != k]
            st2["pre"] = st2["pre"] + [rng.choice(["Please note the %s is %s this time.", "For this one the %s is %s.",
                                                   "The %s is %s; the rest is below."]) % (
                lab(k), r268_text(ctx["kinds"][k], v, k)), ""]
            out.append(("moved_to_intro", st2, ex2))
    return out


def r268_edits_inline(st, sc, ex, ctx):
    """v3: one value rewritten on its own line, the label kept: the old value's words often stay in the new one."""
    rng = r268_rng
    out = []
    for k in ctx["members"]:
        f = r268_field(st, k)
        if not f:
            continue
        kind = ctx["kinds"][k]
        old = f["text"]
        opts = []  # (new text, expected value, safe)
        if kind == "str" and k in ("guest", "passenger", "tenant", "landlord", "recipient"):
            other = r268_name()
            first, last = old.split(" ", 1)
            opts += [("%s-%s" % (old, rng.choice(R268_LAST)), None, False),
                     ("%s (replaces %s)" % (other, old), other, False),
                     ("%s, formerly %s" % (other, old), other, False),
                     ("%s. %s" % (first[0], last), "%s. %s" % (first[0], last), False),
                     ("%s %s" % (first, other.split(" ")[1]), "%s %s" % (first, other.split(" ")[1]), False),
                     ("%s (née %s)" % (old, rng.choice(R268_LAST)), old, True)]
        if kind == "nstr":
            opts += [("none", None, False), ("%s (expired)" % old, None, False), ("applied for", None, False),
                     ("%s (cancelled)" % old, None, False), ("no longer %s" % old, None, False),
                     (old.lower(), old.lower(), False)]
        if kind == "str" and k in ("flight_number", "booking_reference", "tracking_number", "seat", "property"):
            if k == "seat":
                opts += [("%s (window)" % old, old, True), ("%s -> %s%s" % (old, old[:-1], "F" if old[-1] != "F" else "A"),
                                                           old[:-1] + ("F" if old[-1] != "F" else "A"), False),
                         ("not %s, %s%s" % (old, old[:-1], "A" if old[-1] != "A" else "B"),
                          old[:-1] + ("A" if old[-1] != "A" else "B"), False)]
            elif k == "property":
                street, num = old.rsplit(" ", 1)
                opts += [("%s %sB" % (street, num), "%s %sB" % (street, num), False),
                         ("%s %s, flat 2" % (street, num), "%s %s, flat 2" % (street, num), False),
                         ("%s %d" % (street, int(num) + 1), "%s %d" % (street, int(num) + 1), False)]
            else:
                opts += [(old + "X", old + "X", False), (old[1:], old[1:], False), (old.replace(" ", ""), old.replace(" ", ""), False)]
        if kind == "str" and k in ("origin", "destination", "city", "hotel"):
            other = rng.choice([c for c in R268_CITY if c not in old])
            if k == "hotel":
                opts += [("%s %s" % (old, other), "%s %s" % (old, other), False), ("%s Annex" % old, "%s Annex" % old, False)]
            else:
                opts += [("%s (via %s)" % (old, other), old, True), ("%s, then %s" % (old, other), None, False),
                         ("%s -> %s" % (old, other), other, False), ("North %s" % old, "North %s" % old, False),
                         ("%s Airport" % old, "%s Airport" % old, False)]
        if kind == "int":
            n = ex[k]
            opts += [("%d (%d after the change)" % (n, n + 1), n + 1, False), ("%d+1" % n, n + 1, False),
                     ("%d, now %d" % (n, n + 2), n + 2, False), ("%d0" % n, n * 10, False),
                     ("%d (incl. 1 extra)" % n, n, True), ("about %d" % n, n, True)]
            if k == "lease_months" and n % 12 == 0:
                opts += [("%d year%s" % (n // 12, "s" if n > 12 else ""), n, True)]
        if kind == "num":
            v = ex[k]
            opts += [(old.replace(".", ","), v, True), ("%s (was %s)" % (r268_text(kind, round(v + 10, 2), k), old),
                                                       round(v + 10, 2), False),
                     ("%s + 10.00" % old, round(v + 10, 2), False), (old.replace(".", ""), float(old.replace(".", "")), False),
                     ("%s x 2" % old, round(v * 2, 2), False)]
        if kind == "date":
            y, m, d = ex[k].split("-")
            nd = "%s-%s-%02d" % (y, m, int(d) + 1 if int(d) < 28 else int(d) - 1)
            opts += [("%s (moved to %s)" % (old, nd), nd, False), ("%s/%s/%s" % (d, m, y), ex[k], True),
                     ("%s, or %s" % (old, nd), None, False), ("%s -> %s" % (old, nd), nd, False),
                     ("%s tbc" % old, None, False)]
        if kind == "bool":
            opts += [("%s, please" % old if ex[k] else "no, thanks", ex[k], True),
                     ("%s (waived)" % old if ex[k] else "no (added later)", None, False),
                     ("yes -> no" if ex[k] else "no -> yes", not ex[k], False),
                     ("not any more" if ex[k] else "not yet", False, True if not ex[k] else False),
                     ("formerly %s" % old, None, False)]
        if isinstance(kind, tuple):
            vals = kind[1]
            other = rng.choice([x for x in vals if x != ex[k]])
            opts += [("%s %s" % ("superior" if k == "room_type" else "premium", old), None, False),
                     ("%s (was %s)" % (other, old), other, False), ("%s / %s" % (old, other), None, False),
                     ("%s, changed to %s" % (old, other), other, False), (old.upper(), ex[k], True),
                     ("%s only" % old, ex[k], True)]
            if k == "cabin" and ex[k] == "economy":
                opts += [("premium economy", "premium", False)]
            if k == "carrier":
                opts += [("%s Express" % old, ex[k], True)]
        rng.shuffle(opts)
        for txt, val, safe in opts[:2]:
            if val is None and kind != "nstr" and not safe:
                continue  # no clear right answer
            st2, ex2 = r268_copy(st), r268_copy(ex)
            r268_field(st2, k)["text"] = txt
            ex2[k] = val
            out.append(("inline_value" if not safe else "s_inline_value", st2, ex2, safe))
    return out


R268_CROSS = [" ({t} changed to {v})", " ({t} is now {v})", " - {t} corrected to {v}", "; {t}: {v} (updated)",
              " [note: {t} now {v}]", " ({t} moved to {v})", " (NB {t} should be {v})", ", {t} amended to {v}",
              " (new {t}: {v})", " // {t} -> {v}"]


def r268_edits_cross(st, sc, ex, ctx):
    """v4: a remark on one member's line that gives another member a new value."""
    rng = r268_rng
    out = []
    hosts = [k for k in ctx["members"] if r268_field(st, k)]
    if len(hosts) < 2:
        return out
    for _ in range(2):
        h, t = rng.sample(hosts, 2)
        kind = ctx["kinds"][t]
        if kind == "list":
            continue
        v = r268_new_value(kind if kind != "nstr" else "str", ctx["gens"][t], ex[t])
        if v is None:
            continue
        tl = ctx["labels"][t].lower().replace(" (kg)", "")
        vt = r268_text(kind, v, t)
        st2, ex2 = r268_copy(st), r268_copy(ex)
        f = r268_field(st2, h)
        f["text"] = f["text"] + rng.choice(R268_CROSS).format(t=tl, v=vt)
        ex2[t] = v
        out.append(("cross_remark", st2, ex2))
    return out


def r268_edits_safe(st, sc, ex, ctx):
    rng = r268_rng
    lay = st["layout"]
    out = []
    st2 = r268_copy(st)
    if lay == "email":
        st2["email"]["greeting"] = rng.choice([g for g in R268_GREET2])
    else:
        st2["top"] = [rng.choice(R268_GREET2), ""]
    out.append(("s_greeting", st2, ex))
    st2 = r268_copy(st)
    if lay == "email":
        st2["email"]["signer"] = st["email"]["signer"] + "\n" + rng.choice(R268_CO) + "\nTel +47 555 %02d %02d" % (
            rng.randint(0, 99), rng.randint(0, 99))
    else:
        st2["tail"] = ["", "--", r268_name(), rng.choice(R268_CO), "Tel +47 555 %02d %02d" % (rng.randint(0, 99), rng.randint(0, 99))]
    out.append(("s_signature", st2, ex))
    if lay in ("lines", "email"):
        st2 = r268_copy(st)
        for f in st2["fields"]:
            if rng.random() < 0.5:
                f["sep"] = rng.choice(["  ", "\t", "   "])
        out.append(("s_whitespace", st2, ex))
    st2 = r268_copy(st)
    para = rng.choice(R268_UNREL)
    if rng.random() < 0.5:
        st2["post"] = st2["post"] + [para]
    else:
        st2["pre"] = st2["pre"] + [para, ""]
    out.append(("s_unrelated", st2, ex))
    if lay != "csv":
        st2 = r268_copy(st)
        fs = st2["fields"]
        i, j = rng.sample(range(len(fs)), 2)
        fs[i], fs[j] = fs[j], fs[i]
        out.append(("s_reorder", st2, ex))
    k = r268_pick(ctx, st, ["date"])
    if k:
        st2 = r268_copy(st)
        r268_field(st2, k)["text"] = r268_date_words(ex[k], rng.randint(0, 3))
        out.append(("s_date_fmt", st2, ex))
    ks = [k for k in ctx["members"] if k in R268_SYN and r268_field(st, k)]
    if ks:
        st2 = r268_copy(st)
        k = rng.choice(ks)
        r268_field(st2, k)["lab_over"] = rng.choice(R268_SYN[k])
        out.append(("s_relabel", st2, ex))
    if lay in ("lines", "email", "bullets", "kv"):
        st2 = r268_copy(st)
        body = r268_docbody(st)
        st2.update({"layout": "lines", "fields": [], "pre": [], "post": [], "tail": [], "quoted": [],
                    "top": [rng.choice(R268_GREET2), "", rng.choice(["Confirmed, thanks.", "Looks right to me, go ahead.",
                                                                    "Approved."]), "", rng.choice(R268_SIGN), r268_name(), "",
                            "On Tue, 3 Mar 2026 at 09:14, %s wrote:" % ctx["sender"]] + ["> " + l if l else ">" for l in body]})
        out.append(("s_quoted_same", st2, ex))
    st2 = r268_copy(st)
    st2["instr"] = rng.choice([i for i in R268_INSTR_GENERIC if i != st["instr"]])
    out.append(("s_instr", st2, ex))
    k = r268_pick(ctx, st, ["num"])
    if k and ex[k] >= 1000:
        st2 = r268_copy(st)
        f = r268_field(st2, k)
        ip, dp = f["text"].split(".")
        f["text"] = "{:,}".format(int(ip)) + "." + dp
        if "," not in f["text"] or lay == "csv":
            pass
        else:
            out.append(("s_thousands", st2, ex))
    if "weight_kg" in ctx["members"] and r268_field(st, "weight_kg"):
        st2 = r268_copy(st)
        f = r268_field(st2, "weight_kg")
        f["lab_over"] = "Weight (g)"
        f["text"] = str(int(round(ex["weight_kg"] * 1000)))
        out.append(("s_grams", st2, ex))
    return out


def r268_id(kind):
    r268_n[kind] += 1
    return "d268-%s-%04d" % (kind, r268_n[kind])


def r268_other(ex, ctx, st):
    """A small model's slip: another line's value of the same kind, or a partial span of a string."""
    rng = r268_rng
    ks = [k for k in ctx["members"] if r268_kname(ctx, k) in ("num", "int", "date", "str") and ex.get(k) is not None]
    rng.shuffle(ks)
    for k in ks:
        kd = r268_kname(ctx, k)
        pool = [ctx["vals"][j] for j in ctx["vals"] if j != k and r268_kname(ctx, j) == kd and ctx["vals"][j] != ex[k]]
        if kd == "str" and " " in str(ex[k]) and rng.random() < 0.5:
            w = r268_copy(ex)
            w[k] = ex[k].split(" ")[0]
            return w
        if pool:
            w = r268_copy(ex)
            w[k] = rng.choice(pool)
            return w
    return None


def r268_answers(right, stale, other, safe=False):
    r = r268_rng.random()
    if safe:
        return [other, right] if (r < 0.1 and other) else [right]
    if r < 0.68 or stale == right:
        return [right]
    if r < 0.83:
        return [stale, right]
    if r < 0.91 and other:
        return [other, right]
    return [stale]


def r268_build():
    rng = r268_rng
    doms = list(R268_DOM)
    bases = []
    good = ["flight booking", "hotel booking", "rental agreement", "shipping notice"]
    for i in range(203):
        st, sc, ex, ctx = r268_make_base(rng.choice(good) if rng.random() < 0.8 else rng.choice(doms))
        if rng.random() < 0.75:
            st["layout"] = "lines"
            st["pre"] = []
            st["fields"] = [f for f in st["fields"] if f["key"] in ctx["members"]]
            if rng.random() < 0.8:
                st["instr"] = rng.choice(R268_INSTR_GENERIC)
        bid = r268_id("b")
        fam = "r268_base_%s" % st["layout"]
        r268_emit(bid, fam, st, sc, ex, [ex], base=None)
        diffs = r268_edits_diff(st, sc, ex, ctx)
        safes = r268_edits_safe(st, sc, ex, ctx)
        diffs = rng.sample(diffs, min(6, len(diffs)))
        safes = rng.sample(safes, min(2, len(safes)))
        if st["layout"] == "lines":
            inl = r268_edits_inline(st, sc, ex, ctx)
            inl = rng.sample(inl, min(4, len(inl)))
            diffs += r268_edits_cross(st, sc, ex, ctx)
            diffs += [(t, a, b) for t, a, b, sf in inl if not sf]
            safes += [(t, a, b) for t, a, b, sf in inl if sf]
        bases.append((bid, st, sc, ex, ctx, diffs, safes))
    pending = []
    for bid, st, sc, ex, ctx, diffs, safes in bases:
        for tag, st2, ex2 in diffs:
            if ex2 == ex:
                continue
            pending.append((bid, tag, st2, sc, ex2, r268_answers(ex2, ex, r268_other(ex2, ctx, st2)), False))
        for tag, st2, ex2 in safes:
            pending.append((bid, tag, st2, sc, ex2, r268_answers(ex2, ex, r268_other(ex2, ctx, st2), safe=True), True))
    rng.shuffle(pending)
    singles = []
    for i in range(100):
        st, sc, ex, ctx = r268_make_base(doms[(i * 7) % len(doms)])
        w = r268_other(ex, ctx, st)
        if not w:
            continue
        singles.append((st, sc, ex, [w, ex] if rng.random() < 0.6 else [w]))
    # singles spread through the variants
    step = max(1, len(pending) // (len(singles) + 1))
    k = 0
    for j, (bid, tag, st2, sc, ex2, ans, safe) in enumerate(pending):
        if j % step == 0 and k < len(singles):
            s_st, s_sc, s_ex, s_ans = singles[k]
            k += 1
            r268_emit(r268_id("f"), "r268_single_%s" % s_st["layout"], s_st, s_sc, s_ex, s_ans)
        vid = r268_id("s" if safe else "v")
        if not r268_emit(vid, "r268_%s" % tag, st2, sc, ex2, ans, safe=safe, base=bid):
            r268_n["s" if safe else "v"] -= 1


r268_build()


# what got through from the cache, confirmed alone (clear and arguable), and the arguable ones among them: none
r268_found_alone = set()
r268_arguable = set()

# ctest keeps every 10th safe variant and every 30th of the rest, and the bases they need.
from probe_kit import trim_round as r268_trim_round  # noqa: E402

r268_trim_round("d268-", r268_found_alone, r268_arguable,
                lambda i: [r268_meta[i]["base"]] if r268_meta.get(i, {}).get("base") else [], chains=True)
