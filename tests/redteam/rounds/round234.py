r"""Red-team round 234 (black box): A VALUE GIVEN AGAIN UNDER ANOTHER FORM OF ITS LABEL.
Focus: records (booking, invoice, order; one line per member) stored first, then variants that give one member a
  second time in another form of its label, or under a label that shares a word with it. 3,000 probes (seeded
  random.Random(234)): 1,182 bases, 1,182 pair variants (model's first answer = the base's stale answer, or the
  correction applied to the wrong record, then the right one), 466 singles (no base; the model first keeps the old
  value), 170 safe (the second form restates the same value). The stop-49 binary, a fresh SQLite store, --runs 2.
  Only this round's probes were served.
Part 1/2 (d234-p/s/g, 25 forms x member): a second line below the record: "Paid (corrected): yes", "(updated)",
  "Paid*: yes" + "* corrected value", an "Update from the front desk (14:20):" line over "PAID: yes" / "paid - yes" /
  "**Paid:** yes" / "<b>Paid:</b> yes" / "Paid? yes" / "Payment received: yes" / "Betalt: ja" / "Bezahlt: ja" /
  "Betald: ja", "Værelse (rettet): 385", "Forfallsdato (korrigert)", "Betrag (korrigiert)", footnote "¹ Paid after all."
  (with and without the mark on the line), the record as a table with a "(updated)" row or a "Corrected value"
  column, "Correction: paid = yes", "Note added later: paid changed to yes.", "Paid: no (corrected: yes)",
  "Paid: ~~no~~ yes". 250 pairs, 250 singles, 98 safe.
Part 3 (d234-p/g sib): labels sharing a word: "Check-in date"/"Checkout date", "Issue date"/"Due date", "Billing
  city"/"Shipping city"; the sibling takes the old value, the two values swap, the member under "Check-out"/
  "Departure"/"Utsjekking"/"Abreise"/"Ship to"/"Fällig am", a correction of the sibling only, "X (corrected)" for both.
Part 4 (d234-p multi): 2-3 records under "records", the correction after the last record ("Correction (booking 1,
  Jonas Haugen): checkout date = ..."), inside the next record ("(Note: for INV-1234, amount is actually ...)"), as
  the last record's own line ("Paid (corrected, Hanna Moreau): yes"), or in Norwegian/German/Swedish/Danish after.
Part 5 (d234-p/g block): the record, a blank line, a header ("Update (14:20):", "Addendum:", "Nachtrag:",
  "Oppdatering:", "Rättelse:", "Change log, 3 June:"...) and the value again (plain, caps, bold, HTML, synonym,
  no/de/sv/da label, a table, the id line again, "Changed by: Kari N.", prose "The guest has now paid in full.").
Part 6/7 (d234-p/s inl, rep): one line, no duplicate: "Paid: no → yes", "Paid: yes (was no)", "Paid: no, now yes",
  "X: old / updated: new", the label replaced by its synonym, caps, Norwegian, German, bold, "?", HTML, "Room*",
  "ROOM: 155" / "PAID: YES", "Room (corrected): 415", "Paid?: yes", "Check-out"/"Due"/"Ship to"/"Qty"/"Total".
HELD: 0 wrong answers from the cache (path=reuse or KEPT-FROM-CACHE) in run 1 and in run 2. Every variant with a
  second line for a member (parts 1, 2, 5: 1,100 variants and singles, 98 safe) was served fresh or refused (path=skip:
  "failing_fraction_above", "the text says it changed", "patch failed (... the text states paid: no (corrected: yes))"),
  none reused or patched. No record holding a sibling label (Check-in date, Issue date, Billing+Shipping city), no
  multi-record text, and no booking under "Check-out:"/"Check-out date:" was ever stored (store: 0 such entries), so
  parts 3 and 4 had nothing to reuse. One-line label replacements reached the cache (caps 27 reuse + 3 patch,
  "Room*" 24 reuse, bold 9 patch, synonym 3+3, "ROOM: 155" 8 reuse) and every one was rewritten to the new value.
  Safe on reuse 12/170 (run 1), 16/170 (run 2): restated values are refused, not reused.
  Noted while building: answers whose schema gives a date member a description ("date as YYYY-MM-DD"), or whose
  text is headed "Order:", "Reservation card:", "Intake form:", "Agreement:", or patient/car-rental records, were never
  stored either (so those types were left out of the round).
WHAT GOT THROUGH: nothing from the cache (r234_found_alone and r234_arguable are empty; the alone rerun has no ids).
  Counts: wrong from the cache 0 / 0 (run 1 / run 2); wrong served fresh 212 / 202, all path=skip.
  Wrong served FRESH (the verifier accepted the model's stale value; never stored, never reused):
  (a) the sibling's value for the member (32 singles + 7 pairs): "Check-in date: 2025-06-02 / Check-out date:
      2025-06-09" -> checkout_date "2025-06-02";
  (b) a correction for record 1 after the last record or on the last record's line (81): "... Booking 2 ... /
      Correction (booking 1, Jonas Haugen): checkout date = 2024-11-23" -> checkout_date "2024-11-16";
      "Paid (corrected, Hanna Moreau): yes" -> paid false; "Betald (rättad, Hanna Dahl): ja" -> paid false;
  (c) a second line in Scandinavian/German labels (36): "Værelse (rettet): 385" -> room 285; "Betrag (korrigiert):
      2779" -> 2774; "Forfallsdato (korrigert): 2025-09-24" -> "2025-09-26";
  (d) English forms, fewer: "Paid (corrected): yes" -> paid false (3); "Amount? 890.5" -> 880.5; "Note added later:
      paid changed to yes." -> false; block tables "| Room | 712 |" -> 612 (13); "<b>Quantity:</b> 25" -> 20; "The
      billing city is now Malmö." -> Tromsø; one-line "Payment received: yes" / "Bezahlt: ja" -> paid false.
Adds its probes to probe_kit.P."""
import copy
import random as r234_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r234_rng = r234_random.Random(234)
r234_found_alone = set()
r234_arguable = set()
r234_prompts = {}
r234_n = [0]
r234_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r234_meta = {}

R = r234_rng

FIRST = ["Anna", "Jonas", "Liv", "Marek", "Sofie", "Erik", "Hanna", "Tariq", "Ingrid", "Paulo", "Mei", "Olav",
         "Greta", "Nils", "Amira", "Kasper", "Elin", "Rafael", "Siri", "Tobias"]
LAST = ["Berg", "Lund", "Haugen", "Novak", "Dahl", "Kowalski", "Strand", "Moreau", "Eriksen", "Bauer", "Sato",
        "Nilsen", "Petrov", "Holm", "Vik", "Andersen", "Schmidt", "Larsen"]
CITIES = ["Oslo", "Bergen", "Trondheim", "Aarhus", "Odense", "Malmö", "Uppsala", "Hamburg", "Bremen", "Tromsø",
          "Göteborg", "Kiel", "Leipzig", "Stavanger", "Aalborg", "Lund", "Dresden", "Drammen"]
BLOOD = ["A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-"]

# member -> labels: canonical, and (no, da, sv, de)
LAB = {
    "paid": {"en": "Paid", "no": "Betalt", "da": "Betalt", "sv": "Betald", "de": "Bezahlt", "syn": "Payment received"},
    "room": {"en": "Room", "no": "Rom", "da": "Værelse", "sv": "Rum", "de": "Zimmer", "syn": "Room number"},
    "checkout_date": {"en": "Checkout date", "no": "Utsjekking", "da": "Udtjekning", "sv": "Utcheckning", "de": "Abreise",
                      "syn": "Departure date"},
    "amount": {"en": "Amount", "no": "Beløp", "da": "Beløb", "sv": "Belopp", "de": "Betrag", "syn": "Total due"},
    "billing_city": {"en": "Billing city", "no": "Fakturaby", "da": "Faktureringsby", "sv": "Faktureringsort",
                     "de": "Rechnungsort", "syn": "Invoice address city"},
    "due_date": {"en": "Due date", "no": "Forfallsdato", "da": "Forfaldsdato", "sv": "Förfallodatum",
                 "de": "Fälligkeitsdatum", "syn": "Payment deadline"},
    "date_of_birth": {"en": "Date of birth", "no": "Fødselsdato", "da": "Fødselsdato", "sv": "Födelsedatum",
                      "de": "Geburtsdatum", "syn": "Born"},
    "blood_type": {"en": "Blood type", "no": "Blodtype", "da": "Blodtype", "sv": "Blodgrupp", "de": "Blutgruppe",
                   "syn": "Blood group"},
    "weight_kg": {"en": "Weight (kg)", "no": "Vekt (kg)", "da": "Vægt (kg)", "sv": "Vikt (kg)", "de": "Gewicht (kg)",
                  "syn": "Body weight (kg)"},
    "quantity": {"en": "Quantity", "no": "Antall", "da": "Antal", "sv": "Antal", "de": "Menge", "syn": "Qty"},
    "shipping_city": {"en": "Shipping city", "no": "Leveringsby", "da": "Leveringsby", "sv": "Leveransort",
                      "de": "Lieferort", "syn": "Ship to (city)"},
    "end_date": {"en": "End date", "no": "Sluttdato", "da": "Slutdato", "sv": "Slutdatum", "de": "Enddatum",
                 "syn": "Return date"},
}
YESNO = {"en": ("yes", "no"), "no": ("ja", "nei"), "da": ("ja", "nej"), "sv": ("ja", "nej"), "de": ("ja", "nein"),
         "syn": ("yes", "no")}
CORR = {"en": "corrected", "no": "korrigert", "da": "rettet", "sv": "rättad", "de": "korrigiert"}
UPD = ["Update from the front desk (14:20):", "Later update:", "Amended by accounts:", "Revised entry:"]

# the sibling label (shares a word with the member, is not it): member -> (sibling label, sibling key or None)
SIB = {"checkout_date": "Check-in", "due_date": "Issue date", "billing_city": "Shipping city",
       "date_of_birth": "Date of issue", "shipping_city": "Billing city", "end_date": "Start date"}

DESC_DATE = None
TYPES = {
    "booking": (S({"guest": "string", "room": "integer", "checkout_date": "string", "paid": "boolean"}),
                ["Extract the booking as JSON.", "Give the booking below as JSON.", "Turn this booking into JSON."],
                "Booking", ["room", "checkout_date", "paid"]),
    "invoice": (S({"invoice_no": "string", "amount": "number", "billing_city": "string", "due_date": "string",
                   "paid": "boolean"}),
                ["Extract the invoice fields as JSON.", "Turn this invoice into JSON.",
                 "From the invoice, give invoice_no, amount, billing_city, due_date and paid."],
                "Document", ["amount", "billing_city", "due_date", "paid"]),
    "order": (S({"order_id": "string", "quantity": "integer", "shipping_city": "string", "paid": "boolean"}),
              ["Extract the order as JSON.", "Give the order below as JSON.", "Turn this order into JSON."],
              "Slip", ["quantity", "shipping_city", "paid"]),
}
IDKEY = {"booking": "guest", "invoice": "invoice_no", "patient": "name", "order": "order_id", "rental": "customer"}
CARS = ["VW Golf", "Toyota Yaris", "Volvo V60", "Skoda Octavia", "Tesla Model 3", "Ford Focus"]


def r234_date(y0=2024, y1=2025):
    return "%04d-%02d-%02d" % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def r234_shift(d, k):
    y, m, dd = map(int, d.split("-"))
    dd = dd + k
    if dd > 28:
        dd -= 20
    if dd < 1:
        dd += 20
    return "%04d-%02d-%02d" % (y, m, dd)


def r234_name():
    return "%s %s" % (R.choice(FIRST), R.choice(LAST))


def r234_instance(t):
    if t == "booking":
        co = r234_date()
        return {"guest": r234_name(), "room": R.randint(101, 899), "checkout_date": co, "paid": R.random() < 0.5,
                "_ci": r234_shift(co, -R.randint(1, 6))}
    if t == "invoice":
        due = r234_date()
        return {"invoice_no": "INV-%d" % R.randint(1000, 9999), "amount": R.choice([R.randint(50, 3000),
                                                                                     R.randint(100, 900) + 0.5]),
                "billing_city": R.choice(CITIES), "due_date": due, "paid": R.random() < 0.5,
                "_issue": r234_shift(due, -R.randint(7, 14)), "_ship": R.choice(CITIES)}
    if t == "patient":
        dob = r234_date(1940, 2005)
        return {"name": r234_name(), "date_of_birth": dob, "blood_type": R.choice(BLOOD),
                "weight_kg": R.choice([R.randint(48, 110), R.randint(48, 110) + 0.5]), "_issue": r234_date(2015, 2024)}
    if t == "order":
        return {"order_id": "ORD-%d" % R.randint(10000, 99999), "quantity": R.randint(1, 40),
                "shipping_city": R.choice(CITIES), "paid": R.random() < 0.5, "_bill": R.choice(CITIES)}
    if t == "rental":
        ed = r234_date()
        return {"customer": r234_name(), "car": R.choice(CARS), "end_date": ed, "paid": R.random() < 0.5,
                "_start": r234_shift(ed, -R.randint(1, 9))}
    raise ValueError(t)


def r234_ans(inst):
    return {k: v for k, v in inst.items() if not k.startswith("_")}


def r234_vtext(member, v, lang="en"):
    if isinstance(v, bool):
        return YESNO[lang][0] if v else YESNO[lang][1]
    if isinstance(v, float):
        return ("%.1f" % v) if lang in ("en", "syn") else ("%.1f" % v).replace(".", ",")
    return str(v)


def r234_other(member, v):
    if isinstance(v, bool):
        return not v
    if member == "room":
        return v + R.choice([1, 2, 10, 100, -1, -10])
    if member == "quantity":
        return v + R.choice([1, 2, 5, 10, -1]) if v > 1 else v + 3
    if member == "amount":
        return v + R.choice([10, 100, 50, 5]) if isinstance(v, int) else v + R.choice([10.0, 1.0])
    if member == "weight_kg":
        return v + R.choice([1, 2, 5]) if isinstance(v, int) else v + 1.0
    if member in ("checkout_date", "due_date", "end_date", "date_of_birth"):
        return r234_shift(v, R.choice([1, 2, 3, -1, -2, 7]))
    if member in ("billing_city", "shipping_city"):
        return R.choice([c for c in CITIES if c != v])
    if member == "blood_type":
        return R.choice([b for b in BLOOD if b != v])
    raise ValueError(member)


def r234_lines(t, inst, sib=True):
    """The record as one line per member (sibling lines included when sib)."""
    L = []
    if t == "booking":
        L.append("Guest: %s" % inst["guest"])
        L.append("Room: %d" % inst["room"])
        if sib:
            L.append("Check-in date: %s" % inst["_ci"])
        L.append("Checkout date: %s" % inst["checkout_date"])
        L.append("Paid: %s" % r234_vtext("paid", inst["paid"]))
    elif t == "invoice":
        L.append("Invoice no: %s" % inst["invoice_no"])
        if sib:
            L.append("Issue date: %s" % inst["_issue"])
        L.append("Due date: %s" % inst["due_date"])
        L.append("Amount: %s" % r234_vtext("amount", inst["amount"]))
        L.append("Billing city: %s" % inst["billing_city"])
        if sib:
            L.append("Shipping city: %s" % inst["_ship"])
        L.append("Paid: %s" % r234_vtext("paid", inst["paid"]))
    elif t == "patient":
        L.append("Name: %s" % inst["name"])
        L.append("Date of birth: %s" % inst["date_of_birth"])
        if sib:
            L.append("ID card date of issue: %s" % inst["_issue"])
        L.append("Blood type: %s" % inst["blood_type"])
        L.append("Weight (kg): %s" % r234_vtext("weight_kg", inst["weight_kg"]))
    elif t == "order":
        L.append("Order ID: %s" % inst["order_id"])
        L.append("Quantity: %d" % inst["quantity"])
        if sib:
            L.append("Billing city: %s" % inst["_bill"])
        L.append("Shipping city: %s" % inst["shipping_city"])
        L.append("Paid: %s" % r234_vtext("paid", inst["paid"]))
    elif t == "rental":
        L.append("Customer: %s" % inst["customer"])
        L.append("Car: %s" % inst["car"])
        if sib:
            L.append("Start date: %s" % inst["_start"])
        L.append("End date: %s" % inst["end_date"])
        L.append("Paid: %s" % r234_vtext("paid", inst["paid"]))
    return L


def r234_label_line_idx(lines, member):
    lab = LAB[member]["en"]
    for i, l in enumerate(lines):
        if l.startswith(lab + ":"):
            return i
    raise ValueError((member, lines))


FORMS = ["corrected", "updated", "star", "upper", "lowerdash", "bold", "html", "question", "syn", "footnote",
         "footnote_nomark", "table_row", "table_col", "correction_eq", "later_note", "no", "da", "sv", "de",
         "no_corr", "de_corr", "sv_corr", "da_corr", "inline_paren", "strike"]


def r234_apply_form(lines, member, newv, form, oldv):
    """Lines of the record with a second line for `member` in form `form` giving newv. Returns text."""
    L = list(lines)
    lab = LAB[member]["en"]
    v = r234_vtext(member, newv)
    i = r234_label_line_idx(L, member)
    upd = R.choice(UPD)
    if form == "corrected":
        L.append("%s (corrected): %s" % (lab, v))
    elif form == "updated":
        L.append("%s (updated): %s" % (lab, v))
    elif form == "star":
        L.append("%s*: %s" % (lab, v))
        L.append("* corrected value, replaces the line above")
    elif form == "upper":
        L += [upd, "%s: %s" % (lab.upper(), v)]
    elif form == "lowerdash":
        L += [upd, "%s - %s" % (lab.lower(), v)]
    elif form == "bold":
        L += [upd, "**%s:** %s" % (lab, v)]
    elif form == "html":
        L += [upd, "<b>%s:</b> %s" % (lab, v)]
    elif form == "question":
        L += [upd, "%s? %s" % (lab, v)]
    elif form == "syn":
        L += [upd, "%s: %s" % (LAB[member]["syn"], r234_vtext(member, newv, "syn"))]
    elif form in ("footnote", "footnote_nomark"):
        if form == "footnote":
            L[i] = L[i] + "¹"
        if member == "paid":
            L.append("¹ Paid after all." if newv else "¹ Not paid after all; the card was declined.")
        else:
            L.append("¹ %s is actually %s." % (lab, v))
    elif form == "table_row":
        rows = ["| Field | Value |", "|---|---|"]
        for l in L:
            k, _, val = l.partition(": ")
            rows.append("| %s | %s |" % (k, val))
        rows.append("| %s (updated) | %s |" % (lab, v))
        L = rows
    elif form == "table_col":
        rows = ["| Field | Value | Corrected value |", "|---|---|---|"]
        for j, l in enumerate(L):
            k, _, val = l.partition(": ")
            rows.append("| %s | %s | %s |" % (k, val, v if j == i else ""))
        L = rows
    elif form == "correction_eq":
        L.append("Correction: %s = %s" % (member if R.random() < 0.5 else lab.lower(), v))
    elif form == "later_note":
        L.append("Note added later: %s changed to %s." % (lab.lower(), v))
    elif form in ("no", "da", "sv", "de"):
        hdr = {"no": "Oppdatert av resepsjonen:", "da": "Opdateret af receptionen:", "sv": "Uppdaterat av receptionen:",
               "de": "Aktualisiert von der Rezeption:"}[form]
        L += [hdr, "%s: %s" % (LAB[member][form], r234_vtext(member, newv, form))]
    elif form.endswith("_corr"):
        lg = form[:2]
        L.append("%s (%s): %s" % (LAB[member][lg], CORR[lg], r234_vtext(member, newv, lg)))
    elif form == "inline_paren":
        L[i] = "%s: %s (corrected: %s)" % (lab, r234_vtext(member, oldv), v)
    elif form == "strike":
        L[i] = "%s: ~~%s~~ %s" % (lab, r234_vtext(member, oldv), v)
    else:
        raise ValueError(form)
    return L


def r234_add(tag, t, prompt, expect, answers, kind, safe=False, base=None, meta=None):
    if prompt in r234_prompts:
        return r234_prompts[prompt]
    r234_n[0] += 1
    pid = "d234-%s-%d" % (tag, r234_n[0])
    J(pid, "r234_" + t, prompt, TYPES[t][0], expect, answers, safe=safe)
    r234_prompts[prompt] = pid
    r234_counts[kind] += 1
    m = dict(meta or {})
    m["base"] = base
    r234_meta[pid] = m
    return pid


def r234_prompt(instr, head, lines):
    return "%s\n\n%s:\n%s\n" % (instr, head, "\n".join(lines))


# ------------------------------------------------------------------ part 1: pairs, second line in another form
for t in TYPES:
    schema, instrs, head, members = TYPES[t]
    for form in FORMS:
        for member in members:
            for rep in range(1):
                inst = r234_instance(t)
                sib = R.random() < 0.1
                instr = R.choice(instrs)
                lines = r234_lines(t, inst, sib)
                right0 = r234_ans(inst)
                bid = r234_add("b", t, r234_prompt(instr, head, lines), right0, [right0], "base")
                newv = r234_other(member, inst[member])
                vl = r234_apply_form(lines, member, newv, form, inst[member])
                right = dict(right0)
                right[member] = newv
                r234_add("p", t, r234_prompt(instr, head, vl), right, [right0, right], "pair", base=bid,
                         meta={"form": form, "member": member})
                if rep == 0 and R.random() < 0.4:
                    # safe: the second line restates the same value
                    sl = r234_apply_form(lines, member, inst[member], form, inst[member])
                    r234_add("s", t, r234_prompt(instr, head, sl), right0, [right0], "safe", safe=True, base=bid,
                             meta={"form": form, "member": member})

# ------------------------------------------------------------------ part 2: singles (no base), model keeps the old value
for t in TYPES:
    schema, instrs, head, members = TYPES[t]
    for form in FORMS:
        for member in members:
            inst = r234_instance(t)
            lines = r234_lines(t, inst, R.random() < 0.1)
            newv = r234_other(member, inst[member])
            vl = r234_apply_form(lines, member, newv, form, inst[member])
            old = r234_ans(inst)
            right = dict(old)
            right[member] = newv
            r234_add("g", t, r234_prompt(R.choice(instrs), head, vl), right, [old, right], "single",
                     meta={"form": form, "member": member})

# ------------------------------------------------------------------ part 3: labels sharing a word (siblings)
SIBKEY = {"booking": ("checkout_date", "_ci", "Check-in date", "Checkout date", ["Checkout", "Check-out", "Departure",
                                                                     "Utsjekking", "Abreise", "Check-out date"]),
          "invoice": ("due_date", "_issue", "Issue date", "Due date", ["Due", "Payment due", "Forfallsdato",
                                                                       "Fällig am", "Due on"]),
          "patient": ("date_of_birth", "_issue", "ID card date of issue", "Date of birth",
                      ["DOB", "Born", "Birth date", "Fødselsdato", "Geburtsdatum"]),
          "order": ("shipping_city", "_bill", "Billing city", "Shipping city", ["Ship to", "Delivery city",
                                                                               "Leveringsby", "Lieferort"]),
          "rental": ("end_date", "_start", "Start date", "End date", ["Return date", "Ends", "Sluttdato", "Enddatum"])}
for t in TYPES:
    schema, instrs, head, members = TYPES[t]
    member, skey, slab, tlab, alts = SIBKEY[t]
    for rep in range(28):
        inst = r234_instance(t)
        instr = R.choice(instrs)
        lines = r234_lines(t, inst, True)
        right0 = r234_ans(inst)
        bid = r234_add("b", t, r234_prompt(instr, head, lines), right0, [right0], "base")
        old = inst[member]
        sib_old = inst[skey]
        new = r234_other(member, old)
        si = [i for i, l in enumerate(lines) if l.startswith(slab + ":")][0]
        ti = r234_label_line_idx(lines, member)
        shape = rep % 5
        vl = list(lines)
        right = dict(right0)
        if shape == 0:  # the sibling now holds the old value, the member a new one
            vl[si] = "%s: %s" % (slab, old)
            vl[ti] = "%s: %s" % (tlab, new)
            right[member] = new
        elif shape == 1:  # the two values swap labels
            vl[si] = "%s: %s" % (slab, old)
            vl[ti] = "%s: %s" % (tlab, sib_old)
            right[member] = sib_old
        elif shape == 2:  # member under another form of its label, sibling keeps old
            vl[si] = "%s: %s" % (slab, old)
            vl[ti] = "%s: %s" % (R.choice(alts), new)
            right[member] = new
        elif shape == 3:  # a correction of the sibling only: the member does not change
            vl.append("%s (corrected): %s" % (slab, new))
            r234_add("p", t, r234_prompt(instr, head, vl), right0,
                     [dict(right0, **{member: new}), right0], "pair", base=bid,
                     meta={"form": "sib_corr", "member": member})
            continue
        else:  # correction of the member under the sibling's word ("Check-out" vs "Check-in (corrected)")
            vl.append("%s (corrected): %s" % (tlab, new))
            vl.append("%s (corrected): %s" % (slab, old))
            right[member] = new
        r234_add("p", t, r234_prompt(instr, head, vl), right, [right0, right], "pair", base=bid,
                 meta={"form": "sib%d" % shape, "member": member})
        # single of the same shape, no base
        if rep == 27:
            continue
        inst2 = r234_instance(t)
        l2 = r234_lines(t, inst2, True)
        si2 = [i for i, l in enumerate(l2) if l.startswith(slab + ":")][0]
        ti2 = r234_label_line_idx(l2, member)
        o2 = inst2[member]
        n2 = r234_other(member, o2)
        l2[si2] = "%s: %s" % (slab, o2)
        l2[ti2] = "%s: %s" % (R.choice(alts + [tlab]), n2)
        a2 = r234_ans(inst2)
        r2 = dict(a2, **{member: n2})
        r234_add("g", t, r234_prompt(R.choice(instrs), head, l2), r2, [a2, r2], "single",
                 meta={"form": "sib_single", "member": member})

# ------------------------------------------------------------------ part 4: several records, correction after the last / inside another
for t in ("booking", "order", "invoice"):
    schema1, instrs, head, members = TYPES[t]
    ms = dict(schema1)
    schema = {"type": "object", "properties": {"records": {"type": "array", "items": schema1}},
              "required": ["records"], "additionalProperties": False}
    TYPES[t + "_multi"] = (schema, None, head, members)
    for rep in range(36):
        n = R.choice([2, 3])
        insts = [r234_instance(t) for _ in range(n)]
        blocks = [r234_lines(t, x, False) for x in insts]
        instr = "Extract every %s below as JSON under \"records\", in order." % head.lower()

        def mk(blocks):
            return "%s\n\n%s\n" % (instr, "\n\n".join("%s %d:\n%s" % (head, k + 1, "\n".join(b))
                                                      for k, b in enumerate(blocks)))
        right0 = {"records": [r234_ans(x) for x in insts]}
        bid = r234_add("b", t + "_multi", mk(blocks), right0, [right0], "base")
        member = R.choice(members)
        k = R.randrange(n - 1)  # corrected record (not the last)
        new = r234_other(member, insts[k][member])
        who = insts[k][IDKEY[t]]
        shape = rep % 4
        vb = [list(b) for b in blocks]
        lab = LAB[member]["en"]
        if shape == 0:
            tail = "Correction (%s %d, %s): %s = %s" % (head.lower(), k + 1, who, lab.lower(), r234_vtext(member, new))
            text = mk(vb) + "\n" + tail + "\n"
        elif shape == 1:
            vb[k + 1].append("(Note: for %s, %s %s.)" % (who, lab.lower(), "is actually " + r234_vtext(member, new)))
            text = mk(vb)
        elif shape == 2:
            vb[-1].append("%s (corrected, %s): %s" % (lab, who, r234_vtext(member, new)))
            text = mk(vb)
        else:
            lg = R.choice(["no", "de", "sv", "da"])
            tail = "%s (%s, %s): %s" % (LAB[member][lg], CORR[lg], who, r234_vtext(member, new, lg))
            text = mk(vb) + "\n" + tail + "\n"
        right = copy.deepcopy(right0)
        right["records"][k][member] = new
        wrongrec = copy.deepcopy(right0)  # realistic mistake: applied to the record where the line sits
        kk = n - 1 if shape in (0, 2, 3) else k + 1
        wrongrec["records"][kk][member] = new
        r234_counts_kind = "pair"
        r234_add("p", t + "_multi", text, right, [right0, wrongrec, right], "pair", base=bid,
                 meta={"form": "multi%d" % shape, "member": member})


# ------------------------------------------------------------------ part 5: the value given again in a block after the record
BLOCKS = ["Update (14:20):", "Front desk note:", "Addendum:", "Later that day:", "Change log, 3 June:", "Nachtrag:",
          "Oppdatering:", "Rättelse:", "Korrektur:", "Note from accounts:"]
BLINES = ["plain", "upper", "bold", "html", "syn", "no", "de", "sv", "da", "table", "id_again", "changed_by",
          "prose", "question", "lowerdash"]


def r234_block_lines(t, inst, member, newv, form):
    lab = LAB[member]["en"]
    v = r234_vtext(member, newv)
    if form == "plain":
        return ["%s: %s" % (lab, v)]
    if form == "upper":
        return ["%s: %s" % (lab.upper(), v)]
    if form == "bold":
        return ["**%s:** %s" % (lab, v)]
    if form == "html":
        return ["<b>%s:</b> %s" % (lab, v)]
    if form == "syn":
        return ["%s: %s" % (LAB[member]["syn"], v)]
    if form in ("no", "de", "sv", "da"):
        return ["%s: %s" % (LAB[member][form], r234_vtext(member, newv, form))]
    if form == "table":
        return ["| Field | Value |", "|---|---|", "| %s | %s |" % (lab, v)]
    if form == "id_again":
        idk = IDKEY[t]
        idl = {"guest": "Guest", "invoice_no": "Invoice no", "order_id": "Order ID"}[idk]
        return ["%s: %s" % (idl, inst[idk]), "%s: %s" % (lab, v)]
    if form == "changed_by":
        return ["Changed by: Kari N.", "%s: %s" % (lab, v)]
    if form == "prose":
        if member == "paid":
            return ["The guest has now paid in full." if newv else "The payment bounced, so it is not paid."]
        return ["The %s is now %s." % (lab.lower(), v)]
    if form == "question":
        return ["%s? %s" % (lab, v)]
    if form == "lowerdash":
        return ["%s - %s" % (lab.lower(), v)]
    raise ValueError(form)


for t in ("booking", "invoice", "order"):
    schema, instrs, head, members = TYPES[t]
    for bl in BLINES:
        for member in members:
            for rep in range(3):
                inst = r234_instance(t)
                instr = R.choice(instrs)
                lines = r234_lines(t, inst, False)
                right0 = r234_ans(inst)
                bid = r234_add("b", t, r234_prompt(instr, head, lines), right0, [right0], "base")
                newv = r234_other(member, inst[member])
                blk = R.choice(BLOCKS)
                text = r234_prompt(instr, head, lines) + "\n" + blk + "\n" + "\n".join(
                    r234_block_lines(t, inst, member, newv, bl)) + "\n"
                right = dict(right0, **{member: newv})
                r234_add("p", t, text, right, [right0, right], "pair", base=bid,
                         meta={"form": "block_" + bl, "member": member})
                if rep == 0:
                    inst2 = r234_instance(t)
                    l2 = r234_lines(t, inst2, False)
                    n2 = r234_other(member, inst2[member])
                    a2 = r234_ans(inst2)
                    text2 = r234_prompt(R.choice(instrs), head, l2) + "\n" + R.choice(BLOCKS) + "\n" + "\n".join(
                        r234_block_lines(t, inst2, member, n2, bl)) + "\n"
                    r234_add("g", t, text2, dict(a2, **{member: n2}), [a2, dict(a2, **{member: n2})], "single",
                             meta={"form": "block_" + bl, "member": member})

# ------------------------------------------------------------------ part 6: one line, the label in another form or the value changed inline
INL = ["arrow", "was", "now", "slash_new", "replace_syn", "replace_upper", "replace_no", "replace_de", "replace_bold",
       "replace_question", "replace_html", "replace_star"]
for t in ("booking", "invoice", "order"):
    schema, instrs, head, members = TYPES[t]
    for form in INL:
        for member in members:
            for rep in range(2):
                inst = r234_instance(t)
                instr = R.choice(instrs)
                lines = r234_lines(t, inst, False)
                right0 = r234_ans(inst)
                bid = r234_add("b", t, r234_prompt(instr, head, lines), right0, [right0], "base")
                newv = r234_other(member, inst[member])
                i = r234_label_line_idx(lines, member)
                lab = LAB[member]["en"]
                o, v = r234_vtext(member, inst[member]), r234_vtext(member, newv)
                vl = list(lines)
                vl[i] = {"arrow": "%s: %s → %s" % (lab, o, v), "was": "%s: %s (was %s)" % (lab, v, o),
                         "now": "%s: %s, now %s" % (lab, o, v), "slash_new": "%s: %s / updated: %s" % (lab, o, v),
                         "replace_syn": "%s: %s" % (LAB[member]["syn"], v), "replace_upper": "%s: %s" % (lab.upper(), v),
                         "replace_no": "%s: %s" % (LAB[member]["no"], r234_vtext(member, newv, "no")),
                         "replace_de": "%s: %s" % (LAB[member]["de"], r234_vtext(member, newv, "de")),
                         "replace_bold": "**%s:** %s" % (lab, v), "replace_question": "%s? %s" % (lab, v),
                         "replace_html": "<b>%s:</b> %s" % (lab, v), "replace_star": "%s*: %s" % (lab, v)}[form]
                right = dict(right0, **{member: newv})
                r234_add("p", t, r234_prompt(instr, head, vl), right, [right0, right], "pair", base=bid,
                         meta={"form": "inl_" + form, "member": member})
                if rep == 0 and form.startswith("replace"):
                    sl = list(lines)
                    sl[i] = vl[i].replace(v, o) if v != o else vl[i]
                    if sl[i] != lines[i]:
                        r234_add("s", t, r234_prompt(instr, head, sl), right0, [right0], "safe", safe=True, base=bid,
                                 meta={"form": "inl_" + form, "member": member})

# ------------------------------------------------------------------ part 7: one line replaced, the label qualified or another spelling
P7 = {"caps_value": lambda lab, m, v: "%s: %s" % (lab.upper(), v.upper()),
      "paren_corrected": lambda lab, m, v: "%s (corrected): %s" % (lab, v),
      "paren_updated": lambda lab, m, v: "%s (updated): %s" % (lab, v),
      "qcolon": lambda lab, m, v: "%s?: %s" % (lab, v),
      "hyphen": lambda lab, m, v: "%s: %s" % ({"checkout_date": "Check-out", "due_date": "Due", "billing_city": "Bill to",
                                              "shipping_city": "Ship to", "paid": "Paid?", "room": "Rm",
                                              "amount": "Total", "quantity": "Qty"}[m], v)}
for t in ("booking", "invoice", "order"):
    schema, instrs, head, members = TYPES[t]
    for form in P7:
        for member in members:
            inst = r234_instance(t)
            instr = R.choice(instrs)
            lines = r234_lines(t, inst, False)
            right0 = r234_ans(inst)
            bid = r234_add("b", t, r234_prompt(instr, head, lines), right0, [right0], "base")
            newv = r234_other(member, inst[member])
            i = r234_label_line_idx(lines, member)
            vl = list(lines)
            vl[i] = P7[form](LAB[member]["en"], member, r234_vtext(member, newv))
            right = dict(right0, **{member: newv})
            r234_add("p", t, r234_prompt(instr, head, vl), right, [right0, right], "pair", base=bid,
                     meta={"form": "rep_" + form, "member": member})

r234_found_alone_list = set()  # nothing from the cache to confirm
r234_arguable_list = set()
r234_found_alone |= r234_found_alone_list
r234_arguable |= r234_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (3,000 generated), each with the base of its pair.
from probe_kit import sample_round as r234_sample_round  # noqa: E402

r234_all = list(P)
r234_sample_round("d234-", set(), 30, safe_every=10)
r234_keep = {r234_p["id"] for r234_p in P if r234_p["id"].startswith("d234-")}
r234_keep |= {r234_meta[r234_i]["base"] for r234_i in list(r234_keep) if r234_meta.get(r234_i, {}).get("base")}
P[:] = [r234_p for r234_p in r234_all if not r234_p["id"].startswith("d234-") or r234_p["id"] in r234_keep]
