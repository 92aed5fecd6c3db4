r"""Red-team round 202 (black box): WRONG ANSWERS THAT GET STORED.
Focus: model answers that are wrong yet pass the checks and are stored, so that the identical request (run 2) or a
  variant is served them from the cache. 1,280 probes (586 json_extract, 694 linear_equation; 1,047 singles whose
  first model answer is a realistic mistake, 227 pair probes (base + variants whose first answer is the base's), 6
  safe); seeded (random.Random(202), (2021), (2023), (2024)). Run with the 11,635 probes probes.py holds itself
  (12,915 in all), fresh SQLite store, two passes. The round's own reader (its tester's sem202.py) judges every
  equation line ("==", "===", ":=", "≔", "＝", "⩵" read as "=", raised/lowered digits with "⁄" as a fraction,
  \frac, "&="), since the scorer reads only "=" lines; the probes mark the model's own false lines (false_lines).
Part 1 (d202-bool/boolsent-): booleans read the wrong way in a field ("Breakfast: not included", "Refundable:
  Non-refundable", "Smoker: Ex-smoker", "Payment: Not received", 51 phrases x 2) or a negated sentence. Part 2
  (d202-bp-, -vp-): pairs, a stored "Paid: Paid" / "Refundable: yes" then another state word (32 words: "Overdue",
  "Charged back", "Nein", "✗", ...). Part 3 (d202-unit/unitdesc/null/list*/partial/twice/rec/example/form/desc-):
  a unit dropped ("Weight: 2500 g" for weight_kg), null where the text states the value, a list with an item missing,
  extra or reordered, a partial span of whole words ("Berg" of "Berg & Sønner AS", "nurse" of "nurse practitioner"),
  a number twice ("Age: 41 / Age at diagnosis: 37"), the right label in the other record ("the booking for Tom
  Lie"), a value from the prompt's example JSON, a date or amount re-formatted, a key described otherwise than its
  label ("the check-out date" over "Check-in/Check-out"). Part 5 (d202-num/str/negl/np-): storable two-field records:
  the sign dropped ("Temperature: -4 °C" -> 4, "Balance: (350.00)" -> 350), a partial number or code ("1,250.50" ->
  250, "+47 912 34 567" -> "912 34 567", "SK 4037" -> "4037"), a label that negates a yes/no ("Unpaid: yes",
  "Non-smoker: yes", "Out of stock: no", 30 x 2), pairs "Temperature: 4" -> "-4". Part 6 (d202-name6/desc6/party6-):
  first_name/surname over "Name:", a description's words in an intro sentence, the instruction naming another party
  with fields of its own ("the emergency contact's name and phone"). Part 4 (d202-eq-): 23 forms x 12 of a worked
  "a v + b = c" with one false line and the right value (\frac, \dfrac, \cdot check, "Check: 3 × 6 + 5 = 20 ✓", a check
  in words, a sign slip fixed later, ~~struck~~ line, German "| −6" and "| :4" notation, Markdown table / bullet /
  quote / inline code, math-italic 𝑥, "equals", a line after the answer, \boxed, "So ... holds.", "16 : 4", ⟹, ⇒, ∴).
  Part 7 (d202-eq2-): 22 forms x 10 (";", ", so", "and so", ⇔, \implies, \Rightarrow, aligned on one line and on
  lines, <br>, tab, ≡, :=, ==, \text{(subtract N)}, 3·x, 3*x, "20 − 5 + 1", raised fractions, "16⁄3", check lines).
  Part 8 (d202-eq3-): 17 forms x 8 around "==", ":=", "===", "≔", "⩵", "＝", "≈", "≠" and raised fractions. Part 9
  (d202-p4-): pairs, a base answered in "==" / ":=" / Python-fence / raised-fraction style, then the same equation
  with another right side or another constant term.
HELD: JSON extraction, all of it: no wrong extraction answer was stored (0 from the cache in either run, 586
  probes); the wrong ones the checks let through fresh (below) were never stored, and the storable shapes (two or
  three "Label: value" fields) rejected every mistake tried in them: sign dropped (0 of 44), partial number or code
  (0 of 48), negating label with "yes" (26 served fresh, 0 stored), other state word after a stored "Paid: Paid" (0
  of 32 variants wrong from the cache), "Temperature: 4" -> "-4" pairs (0). Equations: every false line written with
  "=" in any notation tried was read and the answer refused or patched (parts 4 and 7 outside "==", ":=" and raised
  fractions: LaTeX \frac/\dfrac/\cdot/aligned/\implies/\Rightarrow, Markdown tables, bullets, quotes, code spans,
  math-italic 𝑥, ⟹ ⇒ ⇔ ∴ ≡, German "| :4", "16 : 4", "16⁄3", check lines with × · ( ), a line after the answer); on
  their own they gave nothing from the cache, only as carriers of stitched "==" lines (below). Safe re-asks reused 6/6
  in run 2.
WHAT GOT THROUGH. Whole round (fresh store, two passes, check.py's scorer): wrong from the cache 0 in run 1, 85 in run
  2 (all path=reuse, all equations); by the round's reader: 22 reuse + 98 patch answers whose false lines came from a
  stored answer in run 1, 141 reuse in run 2. Alone (R202_ALONE=1: the 122 confirmed ids, fresh store; a
  first pass over 141 found ids + 4 bases gave the same): scorer 0 / 74 from the cache (run 1 / run 2); reader: run 1
  22 on reuse (19 clear, 3 arguable) and 93 patch answers with false lines (86 clear, 7 arguable), run 2 122 on reuse
  (111 clear, 11 arguable). Each of d202-eq3-dbl_all-1059, -dbl_code-1060 and
  d202-eq2-double_eq-893 alone on an empty store: served wrong fresh (skip) in run 1, stored, reuse in run 2.
 (A) CLEAR, lines written with "==" (or "===") are not read, are taken as a verified prefix ("Those steps are
     verified. Continue ..." is sent to the model), and are stored: "Work out y in 7y + 4 = 25, step by step." ->
     "7y + 4 == 25 / 7y == 28 / y == 3 / So the answer is y = 3. / 7y + 4 = 25 / 7y = 21 / y = 3"; "Solve for n: 7n
     + 3 = 45. Show your work." -> "7n + 3 == 45 / 7n == 49 / n == 6 / n = 6 / ..."; "Work out x in 7x + 13 = 34,
     step by step." -> "7x + 13 == 34 / 7x == 28 / x == 3 / ...".
 (B) CLEAR, ":=" lines and raised/lowered fractions likewise: "Solve the equation 9y + 11 = 110. Show each step." ->
     "... 9y = 99 / y := 12 / y = 11 ..."; "Work out t in 9t + 3 = 30, step by step." -> "... 9t = 27 / t = ⁽²⁶⁾⁄₍₉₎
     / t = 3 ..."; "Solve the equation 3x + 4 = 13. Show each step." -> "... 3x = 9 / x = ⁸⁄₃ / x = 3 ...".
 (C) CLEAR, the licensed rewrite carries those unread lines into other requests unchanged or half-changed: "Find n
     if 7n + 5 = 75. Explain each step." -> "7n + 5 == 75 / 7n == 15 / n == 2 / 7n + 5 = 75 / 7n := 49 / n := 7 / ...
     So the answer is n = 10." (the base 7n + 5 = 54's lines); "Solve 3n + 4 = 37 and show the steps." ->
     "```\n6*n + 5 == 35\n6*n == 29\nn == 5\n``` / 3n + 4 = 37 / ..."; "Solve the equation 9x + 9 = 36." -> "```
     3*x + 4 == 13 ...``` / Step 1: 9x + 9 = 36 / Step 2: 9x == 36 / Step 3: x = 3 ...".
 (D) ARGUABLE (r202_arguable): the same where every false line is inside a code fence ("```\n6*n + 5 == 35\n6*n ==
     29\nn == 5\n```\nn = 5 ..."), a Python comparison one may call no claim of the working.
  Also served fresh (never stored): "Unpaid: yes" / "Outstanding: yes" / "Payment overdue: yes" -> paid true (26);
  "Phone: +47 912 34 567" -> phone null (14, a nullable member); "Guests: Ana Berg, Tom Lie, Eva Dahl" reversed (5);
  "Payment: Not received" / "pending" -> paid true; "The patient has never smoked." -> smoker true; "Kari Vik is the
  guest named below. / Name: Kari Vik" -> surname "Kari Vik"; the \frac / aligned lines of parts 4 and 7 stitched on
  the patch path ("$$x = \frac{30}{5}$$" beside x = 5). Right answers refused: 265 (e.g. "Breakfast: not included" ->
  false, "Emergency phone: 934 56 789" for the emergency contact's phone).
Adds its probes to probe_kit.P."""
import json as r202_json
import random as r202_random

from probe_kit import P, S, J, E  # noqa: F401

r202_rng = r202_random.Random(202)
r202_n = [0]
r202_meta = {}  # id -> {"base": id or None, "part": ...}
r202_found_alone = set()
r202_arguable = set()

R202_NAMES = ["Ana Berg", "Tom Lie", "Eva Dahl", "Jon Moe", "Siv Lund", "Per Holm", "Kari Vik", "Ole Rud",
              "Liv Aas", "Bo Ek", "Ida Nes", "Rolf Eng"]
R202_CITIES = ["Bergen", "Tromsø", "Molde", "Skien", "Bodø", "Hamar", "Alta", "Larvik", "Arendal", "Drammen"]


def r202_id(part):
    r202_n[0] += 1
    return f"d202-{part}-{r202_n[0]}"


r202_seen = set()


def r202_J(part, prompt, schema, expect, answers, base=None, safe=False):
    key = (prompt, r202_json.dumps(schema, sort_keys=True))
    if key in r202_seen:
        return None
    r202_seen.add(key)
    i = r202_id(part)
    r202_meta[i] = {"base": base, "part": part}
    J(i, "r202_" + part, prompt, schema, expect, [a if isinstance(a, str) else r202_json.dumps(a, ensure_ascii=False)
                                                   for a in answers], safe=safe)
    return i


def r202_E(part, prompt, var, value, answers, false_lines=None, base=None, safe=False):
    if prompt in r202_seen:
        return None
    r202_seen.add(prompt)
    i = r202_id(part)
    r202_meta[i] = {"base": base, "part": part}
    E(i, "r202_" + part, prompt, var, value, answers, false_lines=false_lines, safe=safe)
    return i


R202_ASK = ["Extract the following fields as JSON: {f}.\n\nText:\n{t}",
            "Return a JSON object with {f} from the booking below.\n\nText:\n{t}",
            "Please pull {f} out of this record and answer in JSON only.\n\nRecord:\n{t}"]


def r202_prompt(fields, text, k):
    return R202_ASK[k % len(R202_ASK)].format(f=", ".join(fields), t=text)


# ---------------------------------------------------------------- Part 1: booleans read the wrong way (singles)
# (member, label, phrase, right value)
R202_BOOL = [
    ("breakfast_included", "Breakfast", "not included", False),
    ("breakfast_included", "Breakfast", "Not incl.", False),
    ("breakfast_included", "Breakfast", "excluded", False),
    ("breakfast_included", "Breakfast", "Room only", False),
    ("breakfast_included", "Breakfast", "None", False),
    ("breakfast_included", "Breakfast", "No breakfast", False),
    ("breakfast_included", "Breakfast included", "No, room only", False),
    ("breakfast_included", "Breakfast", "Ikke inkludert", False),
    ("breakfast_included", "Breakfast", "included", True),
    ("breakfast_included", "Breakfast", "Continental, included", True),
    ("breakfast_included", "Breakfast", "Incl.", True),
    ("refundable", "Refundable", "Non-refundable", False),
    ("refundable", "Rate", "Non-refundable", False),
    ("refundable", "Refund", "not possible", False),
    ("refundable", "Refundable", "no refunds", False),
    ("refundable", "Refundable", "Fully refundable", True),
    ("pets_allowed", "Pets", "not allowed", False),
    ("pets_allowed", "Pets allowed", "No pets", False),
    ("pets_allowed", "Pets", "Forbidden", False),
    ("pets_allowed", "Pets", "welcome", True),
    ("smoker", "Smoker", "Non-smoker", False),
    ("smoker", "Smoker", "never", False),
    ("smoker", "Smoking", "Never smoked", False),
    ("smoker", "Smoker", "Ex-smoker", False),
    ("smoker", "Smoker", "former", False),
    ("smoker", "Smoker", "Daily", True),
    ("paid", "Paid", "outstanding", False),
    ("paid", "Paid", "Unpaid", False),
    ("paid", "Paid", "pending", False),
    ("paid", "Paid", "Not yet", False),
    ("paid", "Payment", "Not received", False),
    ("paid", "Paid", "in full", True),
    ("paid", "Payment", "Received", True),
    ("parking", "Parking", "Not required", False),
    ("parking", "Parking", "not needed", False),
    ("parking", "Parking", "Requested", True),
    ("insured", "Insurance", "Declined", False),
    ("insured", "Insured", "waived", False),
    ("insured", "Insurance", "None", False),
    ("insured", "Insured", "Covered", True),
    ("wheelchair_access", "Wheelchair access", "unavailable", False),
    ("wheelchair_access", "Step-free access", "No", False),
    ("vegetarian", "Vegetarian", "no (eats fish)", False),
    ("vegetarian", "Diet", "non-vegetarian", False),
    ("wifi", "Wi-Fi", "not available", False),
    ("wifi", "WiFi", "Free", True),
    ("newsletter", "Newsletter", "Opted out", False),
    ("newsletter", "Newsletter", "unsubscribed", False),
    ("newsletter", "Newsletter", "Subscribed", True),
    ("checked_in", "Checked in", "not yet", False),
    ("checked_in", "Status", "No-show", False),
]


def r202_part_bool():
    for idx, (key, label, phrase, val) in enumerate(R202_BOOL):
        for k in range(2):
            name = R202_NAMES[(idx + k) % len(R202_NAMES)]
            city = R202_CITIES[(idx * 3 + k) % len(R202_CITIES)]
            nights = 2 + (idx + k) % 5
            lines = [f"Guest: {name}", f"City: {city}", f"Nights: {nights}", f"{label}: {phrase}"]
            if k == 1:
                lines = [lines[0], lines[3], lines[1], lines[2]]
            text = "\n".join(lines)
            schema = S({"guest": "string", "nights": "integer", key: "boolean"})
            right = {"guest": name, "nights": nights, key: val}
            wrong = dict(right)
            wrong[key] = not val
            r202_J("bool", r202_prompt(["guest", "nights", key], text, idx + k), schema, right,
                   [wrong, right, right, right])
    # negated sentence in prose above/below fields
    sents = [("breakfast_included", "Breakfast is not included in this rate.", False),
             ("breakfast_included", "Please note breakfast isn't part of the rate.", False),
             ("refundable", "This booking cannot be refunded.", False),
             ("pets_allowed", "No pets are allowed in the room.", False),
             ("parking", "The guest does not need parking.", False),
             ("paid", "The invoice has not been paid yet.", False),
             ("smoker", "The patient has never smoked.", False)]
    for idx, (key, sent, val) in enumerate(sents):
        for k in range(2):
            name = R202_NAMES[(idx + 5 + k) % len(R202_NAMES)]
            nights = 3 + k
            text = f"Guest: {name}\nNights: {nights}\n{sent}" if k == 0 else f"{sent}\nGuest: {name}\nNights: {nights}"
            schema = S({"guest": "string", "nights": "integer", key: "boolean"})
            right = {"guest": name, "nights": nights, key: val}
            wrong = dict(right, **{key: not val})
            r202_J("boolsent", r202_prompt(["guest", "nights", key], text, idx), schema, right,
                   [wrong, right, right])


# ---------------------------------------------------------------- Part 2: boolean pairs (base right, variant flips)
R202_BPAIRS = [("breakfast_included", "Breakfast", "included", "not included", True),
               ("breakfast_included", "Breakfast", "Included", "Excluded", True),
               ("refundable", "Refundable", "yes", "Non-refundable", True),
               ("refundable", "Refundable", "Refundable", "Non-refundable", True),
               ("pets_allowed", "Pets", "allowed", "not allowed", True),
               ("smoker", "Smoker", "Smoker", "Non-smoker", True),
               ("smoker", "Smoker", "current", "former", True),
               ("paid", "Paid", "Paid", "Unpaid", True),
               ("paid", "Payment", "received", "not received", True),
               ("paid", "Payment", "received", "pending", True),
               ("newsletter", "Newsletter", "Subscribed", "Unsubscribed", True),
               ("wifi", "WiFi", "available", "unavailable", True),
               ("insured", "Insurance", "Covered", "Not covered", True),
               ("checked_in", "Checked in", "yes", "not yet", True)]


def r202_part_bpairs():
    for idx, (key, label, v1, v2, b1) in enumerate(R202_BPAIRS):
        name = R202_NAMES[idx % len(R202_NAMES)]
        city = R202_CITIES[idx % len(R202_CITIES)]
        schema = S({"guest": "string", "city": "string", key: "boolean"})
        def txt(v):
            return f"Guest: {name}\nCity: {city}\n{label}: {v}"
        prompt1 = r202_prompt(["guest", "city", key], txt(v1), idx)
        r1 = {"guest": name, "city": city, key: b1}
        base = r202_J("bp", prompt1, schema, r1, [r1, r1])
        prompt2 = r202_prompt(["guest", "city", key], txt(v2), idx)
        r2 = dict(r1, **{key: not b1})
        r202_J("bp", prompt2, schema, r2, [r1, r2, r2], base=base)
        # and the reverse direction
        prompt3 = r202_prompt(["guest", "city", key], txt(v2), idx + 1)
        base3 = r202_J("bp", prompt3, schema, r2, [r2, r2])
        prompt4 = r202_prompt(["guest", "city", key], txt(v1), idx + 1)
        r202_J("bp", prompt4, schema, r1, [r2, r1, r1], base=base3)


# ---------------------------------------------------------------- Part 3: values from elsewhere (singles)
def r202_part_values():
    rng = r202_rng
    out = []
    # (3a) unit dropped or converted: member asks another unit than the text writes
    units = [("weight_kg", "Weight", "2500 g", 2.5, 2500), ("weight_g", "Weight", "2.5 kg", 2500, 2.5),
             ("distance_km", "Distance", "12 mi", None, 12), ("height_m", "Height", "182 cm", 1.82, 182),
             ("duration_hours", "Duration", "90 min", 1.5, 90), ("length_cm", "Length", "1.2 m", 120, 1.2),
             ("temperature_c", "Temperature", "98.6 °F", 37, 98.6), ("volume_l", "Volume", "500 ml", 0.5, 500),
             ("price_eur", "Price", "NOK 450", None, 450), ("timeout_seconds", "Timeout", "5 min", 300, 5)]
    for idx, (key, label, val, right_v, wrong_v) in enumerate(units):
        if right_v is None:
            continue
        for k in range(2):
            name = R202_NAMES[(idx + k) % 12]
            text = f"Item: Parcel {100 + idx * 7 + k}\nSender: {name}\n{label}: {val}"
            schema = S({"sender": "string", key: "number"})
            right = {"sender": name, key: right_v}
            wrong = {"sender": name, key: wrong_v}
            r202_J("unit", r202_prompt(["sender", key], text, k), schema, right, [wrong, right, right])
    # described unit (description instead of key suffix)
    for idx, (key, label, val, right_v, wrong_v, desc) in enumerate([
            ("weight", "Weight", "2500 g", 2.5, 2500, "Weight in kilograms"),
            ("height", "Height", "182 cm", 1.82, 182, "Height in metres"),
            ("duration", "Duration", "90 min", 1.5, 90, "Duration in hours"),
            ("distance", "Distance", "5000 m", 5, 5000, "Distance (km)")]):
        name = R202_NAMES[idx]
        text = f"Customer: {name}\n{label}: {val}"
        schema = S({"customer": "string", key: "number"}, desc={key: desc})
        right = {"customer": name, key: right_v}
        r202_J("unitdesc", r202_prompt(["customer", key], text, idx), schema, right,
               [{"customer": name, key: wrong_v}, right, right])

    # (3b) null where the text gives a value
    nulls = [("phone", "Phone", "+47 912 34 567"), ("email", "E-mail", "kari.vik@fjordpost.no"),
             ("postcode", "Postcode", "5003"), ("seat", "Seat", "14C"), ("flight", "Flight", "SK 4037"),
             ("company", "Company", "Fjord Tools AS"), ("birth_date", "Born", "1984-03-12")]
    for idx, (key, label, val) in enumerate(nulls):
        for k in range(2):
            name = R202_NAMES[(idx + 3 + k) % 12]
            text = f"Name: {name}\n{label}: {val}\nCity: {R202_CITIES[idx % 10]}"
            schema = S({"name": "string", key: ["string", "null"]}, required=["name", key] if k == 0 else ["name"])
            right = {"name": name, key: val}
            wrong = {"name": name, key: None}
            r202_J("null", r202_prompt(["name", key], text, k), schema, right, [wrong, right, right])

    # (3c) lists: one item missing or extra
    lists = [("guests", "Guests", ["Ana Berg", "Tom Lie", "Eva Dahl"]),
             ("allergies", "Allergies", ["peanuts", "shellfish", "penicillin"]),
             ("languages", "Languages", ["Norwegian", "English", "German"]),
             ("items", "Items", ["desk lamp", "office chair"]),
             ("stops", "Stops", ["Molde", "Ålesund", "Bergen"])]
    for idx, (key, label, vals) in enumerate(lists):
        for k, sep in enumerate([", ", "; "]):
            name = R202_NAMES[(idx + 7 + k) % 12]
            text = f"Booking ref: BK{4410 + idx * 3 + k}\nContact: {name}\n{label}: {sep.join(vals)}"
            schema = S({"contact": "string", key: {"type": "array", "items": {"type": "string"}}})
            right = {"contact": name, key: vals}
            wrong_missing = {"contact": name, key: vals[:-1]}
            r202_J("list", r202_prompt(["contact", key], text, k), schema, right, [wrong_missing, right, right])
            wrong_order = {"contact": name, key: list(reversed(vals))}
            r202_J("listorder", r202_prompt(["contact", key], text, k + 1), schema, right, [wrong_order, right])
            extra = {"contact": name, key: vals + [name]}
            r202_J("listextra", r202_prompt(["contact", key], text, k + 2), schema, right, [extra, right])

    # (3d) partial span that is still a whole word
    partial = [("company", "Company", "Berg & Sønner AS", "Berg"), ("company", "Company", "Nordic Tools AS", "Nordic Tools"),
               ("name", "Name", "Anna Marie Berg", "Anna Marie"), ("name", "Name", "Jon Erik Moe", "Jon Moe"),
               ("city", "City", "Bergen op Zoom", "Bergen"), ("street", "Street", "Kongens gate 14", "Kongens gate"),
               ("job", "Job", "nurse practitioner", "nurse"), ("job", "Position", "senior software engineer",
                                                                 "software engineer"),
               ("product", "Product", "Desk Lamp Pro", "Desk Lamp"), ("city", "City", "Mo i Rana", "Rana")]
    for idx, (key, label, val, part) in enumerate(partial):
        for k in range(2):
            other = ("Age", 30 + idx + k) if k == 0 else ("Room", 210 + idx)
            text = f"{label}: {val}\n{other[0]}: {other[1]}" if k == 0 else f"{other[0]}: {other[1]}\n{label}: {val}"
            ok = other[0].lower()
            schema = S({key: "string", ok: "integer"})
            right = {key: val, ok: other[1]}
            r202_J("partial", r202_prompt([key, ok], text, idx + k), schema, right,
                   [{key: part, ok: other[1]}, right, right])

    # (3e) a number that occurs twice with different meanings; the label the model follows is the member's word
    twice = [
        ("nights", "Booking: 3 nights from 12 May\nRoom: 4\nGuests: 2\nNights charged: 2", 3, 2),
        ("guests", "Guests: 4 (2 adults, 2 children)\nRoom: 12\nAdults: 2", 4, 2),
        ("adults", "Adults: 2\nChildren: 3\nGuests: 5", 2, 5),
        ("age", "Age: 41\nAge at diagnosis: 37\nRoom: 12", 41, 37),
        ("amount", "Amount: 1250.00\nAmount due: 250.00\nInvoice no.: 7781", 1250.00, 250.00),
        ("quantity", "Quantity: 12\nQuantity shipped: 10\nOrder no.: 5521", 12, 10),
        ("floor", "Floor: 3\nRoom: 314\nFloors in building: 8", 3, 8),
    ]
    for idx, (key, text0, right_v, wrong_v) in enumerate(twice):
        name = R202_NAMES[idx]
        text = f"Name: {name}\n{text0}"
        schema = S({"name": "string", key: "number"})
        right = {"name": name, key: right_v}
        r202_J("twice", r202_prompt(["name", key], text, idx), schema, right,
               [{"name": name, key: wrong_v}, right, right])

    # (3f) the right label in the wrong record / another record's value
    for idx in range(8):
        a, b = R202_NAMES[idx], R202_NAMES[idx + 2]
        ca, cb = R202_CITIES[idx], R202_CITIES[(idx + 4) % 10]
        na, nb = 2 + idx % 3, 5 + idx % 4
        text = f"Guest: {a}\nCity: {ca}\nNights: {na}\n\nGuest: {b}\nCity: {cb}\nNights: {nb}"
        schema = S({"guest": "string", "city": "string", "nights": "integer"})
        for si, (sel, right) in enumerate([(f"the booking for {b}", {"guest": b, "city": cb, "nights": nb}),
                           (f"{b}'s booking", {"guest": b, "city": cb, "nights": nb}),
                           ("the booking with more nights", {"guest": b, "city": cb, "nights": nb})]):
            prompt = f"Extract guest, city and nights for {sel} as JSON.\n\nText:\n{text}"
            wrong_mix = {"guest": b, "city": ca, "nights": nb}
            r202_J("rec", prompt, schema, right, [wrong_mix, right, right])
            prompt = f"Return the guest, city and nights of {sel} in JSON.\n\nText:\n{text}"
            wrong_all = {"guest": a, "city": ca, "nights": na}
            r202_J("rec", prompt, schema, right, [wrong_all, right, right])

    # (3g) a value from the instructions or from an example in the prompt
    ex = [("city", "City", "Bergen", "Oslo"), ("name", "Name", "Kari Vik", "Ola Nordmann"),
          ("nights", "Nights", 3, 2)]
    for idx, (key, label, right_v, ex_v) in enumerate(ex):
        other = ("room", "Room", 214)
        text = f"{label}: {right_v}\nRoom: 214\nNote: moved from {ex_v} desk" if False else f"{label}: {right_v}\nRoom: 214"
        exj = r202_json.dumps({key: ex_v, "room": 101}, ensure_ascii=False)
        prompt = f"Extract {key} and room as JSON, for example {exj}.\n\nText:\n{text}"
        schema = S({key: "integer" if isinstance(right_v, int) else "string", "room": "integer"})
        right = {key: right_v, "room": 214}
        r202_J("example", prompt, schema, right, [{key: ex_v, "room": 214}, right, right])
        prompt = prompt.replace("Extract", "Give me", 1)
        r202_J("example", prompt, schema, right, [{key: right_v, "room": 101}, right, right])

    # (3h) a date or an amount copied in another form than asked
    for idx, (label, val, right_v, wrong_v, desc) in enumerate([
            ("Date", "03.04.2026", "2026-04-03", "2026-03-04", "date as YYYY-MM-DD"),
            ("Date", "04/03/2026 (DD/MM/YYYY)", "2026-03-04", "2026-04-03", "date as YYYY-MM-DD"),
            ("Date", "12 May 2026", "2026-05-12", "2026-12-05", "date as YYYY-MM-DD"),
            ("Amount", "1.250,50 EUR", 1250.5, 1.2505, None), ("Amount", "1,250.50 EUR", 1250.5, 1.25, None),
            ("Amount", "12 500 kr", 12500, 12, None), ("Amount", "EUR 3,5k", 3500, 3.5, None)]):
        name = R202_NAMES[idx]
        text = f"Customer: {name}\n{label}: {val}"
        if desc:
            schema = S({"customer": "string", "date": "string"}, desc={"date": desc})
            right = {"customer": name, "date": right_v}
            wrong = {"customer": name, "date": wrong_v}
            r202_J("form", r202_prompt(["customer", "date"], text, idx), schema, right, [wrong, right, right])
        else:
            schema = S({"customer": "string", "amount": "number"})
            right = {"customer": name, "amount": right_v}
            wrong = {"customer": name, "amount": wrong_v}
            r202_J("form", r202_prompt(["customer", "amount"], text, idx), schema, right, [wrong, right, right])

    # (3i) a key the schema describes differently than the text's label
    for idx, (key, desc, text0, right_v, wrong_v) in enumerate([
            ("date", "the check-out date", "Check-in: 2026-05-03\nCheck-out: 2026-05-07", "2026-05-07", "2026-05-03"),
            ("city", "the city the guest travels to", "From: Bergen\nTo: Molde", "Molde", "Bergen"),
            ("phone", "the emergency contact's phone", "Phone: 912 34 567\nEmergency contact: 934 56 789",
             "934 56 789", "912 34 567"),
            ("amount", "the amount still owed", "Amount: 900.00\nPaid: 600.00\nBalance: 300.00", 300.00, 900.00),
            ("name", "the name of the booker", "Name: Tom Lie\nBooked by: Ana Berg", "Ana Berg", "Tom Lie")]):
        schema = S({key: "number" if isinstance(right_v, float) else "string", "ref": "string"}, desc={key: desc})
        text = f"Ref: R{5100 + idx}\n{text0}"
        right = {key: right_v, "ref": f"R{5100 + idx}"}
        r202_J("desc", r202_prompt([key, "ref"], text, idx), schema, right,
               [{key: wrong_v, "ref": f"R{5100 + idx}"}, right, right])


# ---------------------------------------------------------------- Part 4: equations (singles, marked false lines)
def r202_lin(a, b, x):
    return a, b, a * x + b


R202_EQ_ASK = ["Solve {eq} step by step.", "Solve for {v}: {eq}. Show your work.", "Find {v} if {eq}. Explain each step."]


def r202_part_eq():
    rng = r202_rng
    vs = ["x", "y", "n", "t"]
    cnt = 0
    for idx in range(23 * 12):
        fi = idx % 23
        a = rng.choice([2, 3, 4, 5, 6, 7])
        b = rng.choice([3, 4, 5, 6, 7, 8, 9])
        x = rng.choice([2, 3, 4, 5, 6, 7, 8])
        v = vs[idx % 4]
        c = a * x + b
        eq = f"{a}{v} + {b} = {c}"
        prompt = R202_EQ_ASK[idx % 3].format(eq=eq, v=v)
        right = f"{a}{v} + {b} = {c}\n{a}{v} = {c - b}\n{v} = {x}"
        wx = x + 1
        forms = []
        # wrong intermediate in LaTeX forms, right final
        forms.append(("latex_frac", [f"$${a}{v} + {b} = {c}$$", f"$${a}{v} = {c - b}$$",
                                     f"$${v} = \\frac{{{c - b + a}}}{{{a}}}$$", f"$${v} = {x}$$"],
                      [f"$${v} = \\frac{{{c - b + a}}}{{{a}}}$$"]))
        forms.append(("latex_dfrac", [f"\\[{a}{v} + {b} = {c}\\]", f"\\[{a}{v} = {c} - {b} = {c - b}\\]",
                                      f"\\[{v} = \\dfrac{{{c - b}}}{{{a + 1}}} = {x}\\]"],
                      [f"\\[{v} = \\dfrac{{{c - b}}}{{{a + 1}}} = {x}\\]"]))
        forms.append(("latex_cdot", [f"${a}{v} + {b} = {c}$", f"${a}{v} = {c - b}$",
                                     f"Check: ${a} \\cdot {wx} + {b} = {c}$ ✓", f"${v} = {x}$"],
                      [f"Check: ${a} \\cdot {wx} + {b} = {c}$ ✓"]))
        forms.append(("check_times", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}",
                                      f"Check: {a} × {wx} + {b} = {c} ✓"], [f"Check: {a} × {wx} + {b} = {c} ✓"]))
        forms.append(("check_words", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}",
                                      f"Check: {a} times {wx} plus {b} gives {c}.", f"{v} = {x}"],
                      [f"Check: {a} times {wx} plus {b} gives {c}."]))
        forms.append(("check_paren", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}",
                                      f"Check: {a}({wx}) + {b} = {a * wx} + {b} = {c}"],
                      [f"Check: {a}({wx}) + {b} = {a * wx} + {b} = {c}"]))
        forms.append(("sign_slip", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c} + {b}", f"{a}{v} = {c - b}",
                                    f"{v} = {x}"], [f"{a}{v} = {c} + {b}"]))
        forms.append(("sign_slip_struck", [f"{a}{v} + {b} = {c}", f"~~{a}{v} = {c + b}~~",
                                           f"{a}{v} = {c - b}", f"{v} = {x}"], [f"~~{a}{v} = {c + b}~~"]))
        forms.append(("german_bar", [f"{a}{v} + {b} = {c}   | −{b + 1}", f"{a}{v} = {c - b}   | :{a}",
                                     f"{v} = {x}"], [f"{a}{v} + {b} = {c}   | −{b + 1}"]))
        forms.append(("german_bar2", [f"{a}{v} + {b} = {c}   | −{b}", f"{a}{v} = {c - b}   | :{a + 1}",
                                      f"{v} = {x}"], [f"{a}{v} = {c - b}   | :{a + 1}"]))
        forms.append(("md_table", ["| Step | Equation |", "|---|---|", f"| 1 | {a}{v} + {b} = {c} |",
                                   f"| 2 | {a}{v} = {c - b + 1} |", f"| 3 | {v} = {x} |", "", f"{v} = {x}"],
                      [f"| 2 | {a}{v} = {c - b + 1} |"]))
        forms.append(("md_bullet", [f"- {a}{v} + {b} = {c}", f"- {a}{v} = {c - b + a}", f"- {v} = {x}",
                                    "", f"**{v} = {x}**"], [f"- {a}{v} = {c - b + a}"]))
        forms.append(("md_quote", [f"> {a}{v} + {b} = {c}", f"> {a}{v} = {c + b}", f"> {v} = {x}"],
                      [f"> {a}{v} = {c + b}"]))
        forms.append(("code_inline", [f"`{a}{v} + {b} = {c}`", f"`{a}{v} = {c - b - 1}`", f"`{v} = {x}`"],
                      [f"`{a}{v} = {c - b - 1}`"]))
        forms.append(("math_italic", [f"{a}{v} + {b} = {c}",
                                      f"{a}\U0001D465 = {c - b + 2}" if v == "x" else f"{a}{v}\u200b = {c - b + 2}",
                                      f"{a}{v} = {c - b}", f"{v} = {x}"],
                      [f"{a}\U0001D465 = {c - b + 2}" if v == "x" else f"{a}{v}\u200b = {c - b + 2}"]))
        forms.append(("ineq_words", [f"{a}{v} + {b} = {c}", f"{a}{v} equals {c - b + 1}", f"{a}{v} = {c - b}",
                                     f"{v} = {x}"], [f"{a}{v} equals {c - b + 1}"]))
        forms.append(("extra_after", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}",
                                      f"{v}² = {x * x + 1}"], [f"{v}² = {x * x + 1}"]))
        forms.append(("boxed", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}",
                                f"\\boxed{{{v} = {x}}}", f"(so {a}{v} = {a * x + 1})"], [f"(so {a}{v} = {a * x + 1})"]))
        forms.append(("restate", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}",
                                  f"So {a}{v} + {b} = {c + 1} holds."], [f"So {a}{v} + {b} = {c + 1} holds."]))
        forms.append(("div_colon", [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {c - b} : {a + 1}",
                                    f"{v} = {x}"], [f"{v} = {c - b} : {a + 1}"]))
        forms.append(("arrow_note", [f"{a}{v} + {b} = {c} ⟹ {a}{v} = {c - b + 1} ⟹ {v} = {x}"],
                      [f"{a}{v} + {b} = {c} ⟹ {a}{v} = {c - b + 1} ⟹ {v} = {x}"]))
        forms.append(("implies", [f"{a}{v} + {b} = {c}", f"⇒ {a}{v} = {c - b + 1}", f"⇒ {v} = {x}"],
                      [f"⇒ {a}{v} = {c - b + 1}"]))
        forms.append(("therefore_sym", [f"{a}{v} + {b} = {c}", f"∴ {a}{v} = {c - b - 1}", f"∴ {v} = {x}"],
                      [f"∴ {a}{v} = {c - b - 1}"]))
        name, lines, false = forms[fi]
        r202_E("eq-" + name, prompt, v, x, ["\n".join(lines), right, right], false_lines=false)
        cnt += 1
    # a few safe re-asks
    for idx in range(6):
        a, b, x = 3 + idx % 3, 4 + idx, 2 + idx
        c = a * x + b
        right = f"{a}x + {b} = {c}\n{a}x = {c - b}\nx = {x}"
        base = r202_E("eqsafe", f"Solve {a}x + {b} = {c} step by step.", "x", x, [right])
        r202_E("eqsafe", f"Please solve {a}x + {b} = {c} step by step.", "x", x, [right], base=base, safe=True)


r202_part_bool()
r202_part_bpairs()
r202_part_values()
r202_part_eq()


# ---------------------------------------------------------------- Part 5 (refinement): storable two-field records
def r202_part_refine():
    # (5a) the sign dropped, or a partial number / code that is still a whole token
    nums = [("temperature", "Temperature", "-4 °C", -4, 4), ("temperature", "Temperature", "−4 °C", -4, 4),
            ("temperature", "Temperature", "- 4", -4, 4), ("balance", "Balance", "-350.00", -350, 350),
            ("balance", "Balance", "−350.00 NOK", -350, 350), ("balance", "Balance", "(350.00)", -350, 350),
            ("balance", "Balance", "350.00 DR", -350, 350), ("floor", "Floor", "-2", -2, 2),
            ("floor", "Floor", "−1", -1, 1), ("discount", "Discount", "-15%", -15, 15),
            ("amount", "Amount", "1,250.50", 1250.5, 1250), ("amount", "Amount", "1,250.50", 1250.5, 250),
            ("amount", "Amount", "1,250.50", 1250.5, 50), ("amount", "Amount", "1 250,50", 1250.5, 1250),
            ("amount", "Amount", "1 250,50", 1250.5, 250), ("amount", "Amount", "12,500", 12500, 12),
            ("amount", "Amount", "12 500", 12500, 500), ("weight", "Weight", "12.5 kg", 12.5, 12),
            ("weight", "Weight", "12,5 kg", 12.5, 5), ("age", "Age", "41½", None, None),
            ("nights", "Nights", "3-4", None, None), ("score", "Score", "3-1", None, None),
            ("elevation", "Elevation", "-28 m", -28, 28), ("change", "Change", "-3.5%", -3.5, 3.5),
            ("change", "Change", "+3.5%", 3.5, -3.5), ("temperature", "Temperature", "minus 4", -4, 4),
            ("offset", "UTC offset", "-5", -5, 5), ("longitude", "Longitude", "-73.99", -73.99, 73.99),
            ("latitude", "Latitude", "-33.87", -33.87, 33.87)]
    for idx, (key, label, val, right_v, wrong_v) in enumerate(nums):
        if right_v is None:
            continue
        for k in range(2):
            name = R202_NAMES[(idx + k) % 12]
            text = f"Name: {name}\n{label}: {val}" if k == 0 else f"{label}: {val}\nName: {name}"
            schema = S({"name": "string", key: "number"})
            right = {"name": name, key: right_v}
            r202_J("num", r202_prompt(["name", key], text, idx + k), schema, right,
                   [{"name": name, key: wrong_v}, right, right])
    strs = [("phone", "Phone", "+47 912 34 567", "912 34 567"), ("phone", "Phone", "+47 91234567", "91234567"),
            ("phone", "Phone", "(555) 123-4567", "123-4567"), ("postcode", "Postcode", "NO-5003", "5003"),
            ("postcode", "Postcode", "SW1A 1AA", "SW1A"), ("flight", "Flight", "SK 4037", "4037"),
            ("flight", "Flight", "SK4037", "SK403"), ("order_no", "Order no.", "2026-00417", "00417"),
            ("address", "Address", "Kongens gate 14, 0153 Oslo", "Kongens gate 14"),
            ("address", "Address", "Kongens gate 14, 0153 Oslo", "0153 Oslo"),
            ("email", "Email", "kari.vik@fjordpost.no", "fjordpost.no"), ("time", "Time", "10:30–12:00", "10:30"),
            ("time", "Time", "10:30 pm", "10:30"), ("iban", "IBAN", "NO93 8601 1117 947", "8601 1117 947"),
            ("name", "Name", "Anna-Marie Berg", "Marie Berg"), ("name", "Name", "Kari Vik Hansen", "Vik Hansen"),
            ("city", "City", "Frankfurt am Main", "Frankfurt"), ("city", "City", "Sandnessjøen", "Sandnes"),
            ("street", "Street", "Storgata 5B", "Storgata 5"), ("seat", "Seat", "14C", "14"),
            ("room", "Room", "214A", "214"), ("plate", "Plate", "EV 27318", "27318"),
            ("product", "Product", "iPhone 15 Pro Max", "iPhone 15 Pro"), ("size", "Size", "XXL", "XL")]
    for idx, (key, label, val, wrong_v) in enumerate(strs):
        for k in range(2):
            name = R202_NAMES[(idx + 2 + k) % 12]
            nk = "guest" if key != "name" else "company"
            nv = name if key != "name" else "Fjord Tools AS"
            nl = "Guest" if key != "name" else "Company"
            text = f"{nl}: {nv}\n{label}: {val}" if k == 0 else f"{label}: {val}\n{nl}: {nv}"
            schema = S({nk: "string", key: "string"})
            right = {nk: nv, key: val}
            r202_J("str", r202_prompt([nk, key], text, idx + k), schema, right,
                   [{nk: nv, key: wrong_v}, right, right])
    # (5b) a boolean under a label that negates it, "yes"/"no" as its value
    negl = [("smoker", "Non-smoker", "yes", False), ("smoker", "Non smoker", "Yes", False),
            ("paid", "Unpaid", "yes", False), ("paid", "Outstanding", "yes", False),
            ("paid", "Payment overdue", "yes", False), ("refundable", "Non-refundable", "yes", False),
            ("refundable", "Nonrefundable", "true", False), ("breakfast_included", "Room only", "yes", False),
            ("breakfast_included", "Breakfast excluded", "yes", False), ("breakfast_included", "Without breakfast", "yes", False),
            ("pets_allowed", "No pets", "yes", False), ("pets_allowed", "Pets forbidden", "yes", False),
            ("newsletter", "Unsubscribed", "yes", False), ("newsletter", "Opted out", "yes", False),
            ("checked_in", "No-show", "yes", False), ("insured", "Uninsured", "yes", False),
            ("insured", "Insurance declined", "yes", False), ("vegetarian", "Eats meat", "yes", False),
            ("available", "Sold out", "yes", False), ("active", "Inactive", "yes", False),
            ("active", "Deactivated", "yes", False), ("confirmed", "Unconfirmed", "yes", False),
            ("confirmed", "Cancelled", "yes", False), ("in_stock", "Out of stock", "yes", False),
            ("married", "Single", "yes", False), ("married", "Divorced", "yes", False),
            ("smoker", "Non-smoker", "no", True), ("paid", "Unpaid", "no", True),
            ("refundable", "Non-refundable", "no", True), ("in_stock", "Out of stock", "no", True)]
    for idx, (key, label, val, right_v) in enumerate(negl):
        for k in range(2):
            name = R202_NAMES[(idx + 4 + k) % 12]
            city = R202_CITIES[(idx + k) % 10]
            text = f"Guest: {name}\nCity: {city}\n{label}: {val}" if k == 0 else f"{label}: {val}\nGuest: {name}\nCity: {city}"
            schema = S({"guest": "string", "city": "string", key: "boolean"})
            right = {"guest": name, "city": city, key: right_v}
            r202_J("negl", r202_prompt(["guest", "city", key], text, idx + k), schema, right,
                   [dict(right, **{key: not right_v}), right, right])
    # (5c) boolean pairs: stored "Paid: Paid", then another word of state
    v2s = ["no", "No", "Not paid", "Overdue", "Due", "Partly", "Partially paid", "Pending", "Refused", "Cancelled",
           "Reversed", "Void", "Disputed", "Bounced", "false", "N", "✗", "Nei", "Nein", "Non", "Refunded",
           "Paid back", "Charged back", "Awaiting", "Open", "In progress", "Failed", "Declined", "Unsettled",
           "Outstanding", "Not yet", "Waived"]
    for idx, v2 in enumerate(v2s):
        name = R202_NAMES[idx % 12]
        city = R202_CITIES[(idx * 7) % 10]
        schema = S({"guest": "string", "city": "string", "paid": "boolean"})
        t1 = f"Guest: {name}\nCity: {city}\nPaid: Paid"
        t2 = f"Guest: {name}\nCity: {city}\nPaid: {v2}"
        r1 = {"guest": name, "city": city, "paid": True}
        r2 = dict(r1, paid=False)
        base = r202_J("vp", r202_prompt(["guest", "city", "paid"], t1, 1), schema, r1, [r1, r1])
        r202_J("vp", r202_prompt(["guest", "city", "paid"], t2, 1), schema, r2, [r1, r2, r2], base=base)
    # (5d) other realistic pairs on the stored shapes: the value keeps its label, its meaning changes
    pairs = [("age", "Age", "41", "41 (at admission, 2019)", 41, None),
             ("amount", "Amount", "1,250.50", "-1,250.50", 1250.5, -1250.5),
             ("amount", "Amount", "1,250.50", "1,250.50 (credit)", 1250.5, None),
             ("temperature", "Temperature", "4 °C", "-4 °C", 4, -4),
             ("temperature", "Temperature", "4", "−4", 4, -4),
             ("balance", "Balance", "350.00", "(350.00)", 350, -350),
             ("floor", "Floor", "2", "-2", 2, -2),
             ("change", "Change", "+3.5%", "-3.5%", 3.5, -3.5)]
    for idx, (key, label, v1, v2, r1v, r2v) in enumerate(pairs):
        if r2v is None:
            continue
        name = R202_NAMES[(idx + 6) % 12]
        schema = S({"name": "string", key: "number"})
        r1 = {"name": name, key: r1v}
        r2 = {"name": name, key: r2v}
        base = r202_J("np", r202_prompt(["name", key], f"Name: {name}\n{label}: {v1}", 2), schema, r1, [r1, r1])
        r202_J("np", r202_prompt(["name", key], f"Name: {name}\n{label}: {v2}", 2), schema, r2, [r1, r2, r2], base=base)


r202_part_refine()


# ---------------------------------------------------------------- Part 6 (refinement 2): the request means more than the label
def r202_part_meaning():
    cases = []
    # (6a) a name member whose key asks for a part of the name; the text states the key's word elsewhere
    for idx, (key, intro, full, part) in enumerate([
            ("first_name", "This is the first booking of the day.", "Ana Berg", "Ana"),
            ("first_name", "Please process the first registration below.", "Tom Lie", "Tom"),
            ("last_name", "Last updated by the front desk, details below.", "Eva Dahl", "Dahl"),
            ("last_name", "Please see the last booking below.", "Jon Moe", "Moe"),
            ("given_name", "Please process the booking given below.", "Siv Lund", "Siv"),
            ("family_name", "Family booking, details below.", "Per Holm", "Holm"),
            ("surname", "Kari Vik is the guest named below.", "Kari Vik", "Vik")]):
        cases.append(("name6", key, None, f"{intro}\nName: {full}\nCity: Bergen", full, part, "city", "Bergen"))
    # (6b) a described member; the description's words appear in a sentence above the record
    for idx, (key, desc, intro, lab, val, right) in enumerate([
            ("city", "City of birth", "Birth registration form, details below.", "City", "Bergen", None),
            ("phone", "Mobile phone number", "Please call the mobile number or the landline below.", "Phone", "22 33 44 55", None),
            ("amount", "Amount per night", "Please charge the amount per night shown below.", "Amount", "3000", 3000),
            ("amount", "Total amount for all nights", "Total for all nights of the stay is below.", "Amount", "1000", 1000),
            ("date", "Check-out date", "Please check the booking dates below.", "Date", "2026-05-07", "2026-05-07"),
            ("weight", "Weight in pounds", "Weights are listed in pounds and kilos below.", "Weight", "12", 12),
            ("price", "Price in euros", "Prices in euros are listed below.", "Price", "450", 450)]):
        t = "number" if isinstance(right, (int, float)) else "string"
        cases.append(("desc6", key, desc, f"{intro}\nGuest: Ana Berg\n{lab}: {val}", right, None, "guest", "Ana Berg", t))
    n = 0
    for c in cases:
        if c[0] == "name6":
            _, key, _, text, full, part, ok, ov = c
            schema = S({key: "string", ok: "string"})
            right = {key: part, ok: ov}
            wrong = {key: full, ok: ov}
            r202_J("name6", r202_prompt([key, ok], text, n), schema, right, [wrong, right, right])
        else:
            _, key, desc, text, right_v, _, ok, ov, t = c
            schema = S({ok: "string", key: t}, desc={key: desc})
            if right_v is None:
                n += 1
                continue
            right = {ok: ov, key: right_v}
            # the model's mistake: the value of the plain label taken for what the description asks
            wrong_v = {"amount": (3000 * 3 if desc.startswith("Amount per") else 1000 / 4),
                       "date": "2026-05-03", "weight": 5.44, "price": 39}.get(key)
            r202_J("desc6", r202_prompt([ok, key], text, n), schema, right, [right, right])
        n += 1
    # (6c) the instruction names another party stated by a field of its own
    for idx, (ins, text, right, wrong) in enumerate([
            ("Extract the emergency contact's name and phone as JSON.",
             "Name: Ana Berg\nPhone: 912 34 567\nEmergency contact: Tom Lie\nEmergency phone: 934 56 789",
             {"name": "Tom Lie", "phone": "934 56 789"}, {"name": "Ana Berg", "phone": "912 34 567"}),
            ("Extract the next of kin's name and phone as JSON.",
             "Name: Eva Dahl\nPhone: 913 22 110\nNext of kin: Jon Moe\nKin phone: 977 10 220",
             {"name": "Jon Moe", "phone": "977 10 220"}, {"name": "Eva Dahl", "phone": "913 22 110"}),
            ("Extract the booker's name and city as JSON.",
             "Name: Siv Lund\nCity: Hamar\nBooked by: Per Holm\nBooker city: Alta",
             {"name": "Per Holm", "city": "Alta"}, {"name": "Siv Lund", "city": "Hamar"}),
            ("Extract the manager's name and phone as JSON.",
             "Name: Kari Vik\nPhone: 955 44 321\nManager: Ole Rud\nManager phone: 966 12 345",
             {"name": "Ole Rud", "phone": "966 12 345"}, {"name": "Kari Vik", "phone": "955 44 321"}),
            ("Extract the guardian's name and phone as JSON.",
             "Name: Ida Nes\nPhone: 944 00 112\nGuardian: Rolf Eng\nGuardian phone: 922 33 441",
             {"name": "Rolf Eng", "phone": "922 33 441"}, {"name": "Ida Nes", "phone": "944 00 112"})]):
        ks = list(right)
        schema = S({ks[0]: "string", ks[1]: "string"})
        r202_J("party6", f"{ins}\n\nText:\n{text}", schema, right, [wrong, right, right])
        # only the name wrong
        r202_J("party6", f"{ins.replace('Extract', 'Return', 1)}\n\nText:\n{text}", schema, right,
               [dict(right, name=wrong["name"]), right, right])


r202_part_meaning()


# ---------------------------------------------------------------- Part 7 (refinement 2): one-line and LaTeX environments
def r202_part_eq2():
    rng = r202_random.Random(2021)
    vs = ["x", "y", "n", "t"]
    forms = [
        ("semi", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}; {a}{v} = {w}; {v} = {x}", f"{v} = {x}"], 0)),
        ("comma", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {w}, so {v} = {x}", f"{v} = {x}"], 1)),
        ("and_so", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {w} and so {v} = {x}", f"{v} = {x}"], 1)),
        ("iff", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c} ⇔ {a}{v} = {w} ⇔ {v} = {x}", f"{v} = {x}"], 0)),
        ("latex_implies", lambda a, v, b, c, x, w: ([f"${a}{v} + {b} = {c} \\implies {a}{v} = {w} \\implies {v} = {x}$", f"{v} = {x}"], 0)),
        ("latex_Rightarrow", lambda a, v, b, c, x, w: ([f"\\({a}{v} + {b} = {c} \\Rightarrow {a}{v} = {w}\\)", f"\\({v} = {x}\\)"], 0)),
        ("aligned_one", lambda a, v, b, c, x, w: ([f"$$\\begin{{aligned}} {a}{v} + {b} &= {c} \\\\ {a}{v} &= {w} \\\\ {v} &= {x} \\end{{aligned}}$$", f"{v} = {x}"], 0)),
        ("aligned_lines", lambda a, v, b, c, x, w: (["\\begin{align*}", f"{a}{v} + {b} &= {c} \\\\", f"{a}{v} &= {w} \\\\", f"{v} &= {x}", "\\end{align*}", f"{v} = {x}"], 2)),
        ("br", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}<br>{a}{v} = {w}<br>{v} = {x}", f"{v} = {x}"], 0)),
        ("tab", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}\t{a}{v} = {w}", f"{v} = {x}"], 0)),
        ("equiv", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} ≡ {w}", f"{v} = {x}"], 1)),
        ("colon_eq", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} := {w}", f"{v} = {x}"], 1)),
        ("double_eq", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} == {c}", f"{a}{v} == {w}", f"{v} == {x}", f"{v} = {x}"], 1)),
        ("text_cmd", lambda a, v, b, c, x, w: ([f"$${a}{v} + {b} = {c}$$", f"$${a}{v} = {w} \\quad \\text{{(subtract {b})}}$$", f"$${v} = {x}$$"], 1)),
        ("times_cdot", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}·{v} = {w}", f"{v} = {x}"], 1)),
        ("star", lambda a, v, b, c, x, w: ([f"{a}*{v} + {b} = {c}", f"{a}*{v} = {w}", f"{v} = {x}"], 1)),
        ("unicode_minus", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c} − {b} + 1", f"{v} = {x}"], 1)),
        ("sup_frac", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = ⁽{w}⁾⁄{a}", f"{v} = {x}"], 2)),
        ("frac_slash", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {w}⁄{a}", f"{v} = {x}"], 2)),
        ("paren_check", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"Check: {a}({x}) + {b} = {c + 1} ✓"], 3)),
        ("subst_check", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"Check: {a} · {x} + {b} = {a * x} + {b + 1} = {c}"], 3)),
        ("answer_box", lambda a, v, b, c, x, w: ([f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"**Answer:** {v} = {x} (since {a}·{x} = {a * x + 1})"], 3)),
    ]
    for idx in range(len(forms) * 10):
        name, f = forms[idx % len(forms)]
        a = rng.choice([2, 3, 4, 5, 6, 7]); b = rng.choice([3, 4, 5, 6, 7, 8, 9]); x = rng.choice([2, 3, 4, 5, 6, 7, 8])
        v = vs[idx % 4]; c = a * x + b; w = c - b + rng.choice([1, -1, a])
        lines, fi = f(a, v, b, c, x, w)
        prompt = R202_EQ_ASK[idx % 3].format(eq=f"{a}{v} + {b} = {c}", v=v)
        right = f"{a}{v} + {b} = {c}\n{a}{v} = {c - b}\n{v} = {x}"
        r202_E("eq2-" + name, prompt, v, x, ["\n".join(lines), right, right], false_lines=[lines[fi]])


r202_part_eq2()


# ---------------------------------------------------------------- Part 8 (refinement 3): "==", ":=" and raised fractions
def r202_part_eq3():
    rng = r202_random.Random(2023)
    vs = ["x", "y", "n", "t"]
    forms = [
        ("dbl_mid", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} == {w}", f"{v} = {x}"], 1),
        ("dbl_all", lambda a, v, b, c, x, w: [f"{a}{v} + {b} == {c}", f"{a}{v} == {w}", f"{v} == {x}", f"So the answer is {v} = {x}."], 1),
        ("dbl_code", lambda a, v, b, c, x, w: ["```", f"{a}*{v} + {b} == {c}", f"{a}*{v} == {w}", f"{v} == {x}", "```", f"{v} = {x}"], 2),
        ("dbl_step", lambda a, v, b, c, x, w: [f"Step 1: {a}{v} + {b} = {c}", f"Step 2: {a}{v} == {w}", f"Step 3: {v} = {x}"], 1),
        ("assign_mid", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} := {w}", f"{v} = {x}"], 1),
        ("assign_final", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} := {x + 1}", f"{v} = {x}"], 2),
        ("sup_mid", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = ⁽{w}⁾⁄{a}", f"{v} = {x}"], 2),
        ("sup_plain", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = ⁽{w}⁾⁄₍{a}₎", f"{v} = {x}"], 2),
        ("supsub", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {''.join('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(d)] for d in str(w))}⁄{''.join('₀₁₂₃₄₅₆₇₈₉'[int(d)] for d in str(a))}", f"{v} = {x}"], 2),
        ("dbl_check", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"Check: {a}*{x} + {b} == {c + 1}"], 3),
        ("assign_check", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"Check: {a}({x}) + {b} := {c + 1}"], 3),
        ("neq", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {x}", f"Check: {a}·{x} + {b} ≠ {c}"], 3),
        ("approx", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} ≈ {w}", f"{v} = {x}"], 1),
        ("coloneq_u", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} ≔ {w}", f"{v} = {x}"], 1),
        ("eqeq_u", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} ⩵ {w}", f"{v} = {x}"], 1),
        ("fullwidth_eq", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} ＝ {w}", f"{v} = {x}"], 1),
        ("triple_eq", lambda a, v, b, c, x, w: [f"{a}{v} + {b} = {c}", f"{a}{v} === {w}", f"{v} = {x}"], 1),
    ]
    for idx in range(len(forms) * 8):
        name, f, fi = forms[idx % len(forms)]
        a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9]); b = rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 13]); x = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11])
        v = vs[idx % 4]; c = a * x + b; w = c - b + rng.choice([1, -1, a, 2])
        lines = f(a, v, b, c, x, w)
        prompt = ["Solve {eq} and show the steps.", "Work out {v} in {eq}, step by step.",
                  "Solve the equation {eq}. Show each step."][idx % 3].format(eq=f"{a}{v} + {b} = {c}", v=v)
        right = f"{a}{v} + {b} = {c}\n{a}{v} = {c - b}\n{v} = {x}"
        r202_E("eq3-" + name, prompt, v, x, ["\n".join(lines), right, right], false_lines=[lines[fi]])


r202_part_eq3()


# ---------------------------------------------------------------- Part 9 (refinement 4): a stored "==" working, then other constants
def r202_false(lines, var, value):
    """The lines of `lines` that do not hold for var = value, read by the scorer's reader ("==", ":=", raised
    fractions read as "=" and "/")."""
    from check import bad_lines as r202_bad_lines
    from fractions import Fraction as r202_Fraction
    return r202_bad_lines("\n".join(lines), var, r202_Fraction(value))


def r202_part_eq4():
    rng = r202_random.Random(2024)
    styles = [
        ("eqeq", lambda a, v, b, c, x: [f"{a}{v} + {b} == {c}", f"{a}{v} == {c - b}", f"{v} == {x}", f"So the answer is {v} = {x}."]),
        ("code", lambda a, v, b, c, x: ["```python", f"# {a}*{v} + {b} == {c}", f"{a}*{v} == {c - b}", f"{v} == {x}", "```", f"{v} = {x}"]),
        ("assign", lambda a, v, b, c, x: [f"{a}{v} + {b} = {c}", f"{a}{v} := {c - b}", f"{v} := {x}", f"So the answer is {v} = {x}."]),
        ("sup", lambda a, v, b, c, x: [f"{a}{v} + {b} = {c}", f"{a}{v} = {c - b}", f"{v} = {''.join('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(d)] for d in str(c - b))}⁄{''.join('₀₁₂₃₄₅₆₇₈₉'[int(d)] for d in str(a))}", f"{v} = {x}"]),
    ]
    asks = ["Solve {eq} step by step.", "Solve for {v}: {eq}. Show your work.", "Find {v} if {eq}. Explain each step."]
    for idx in range(len(styles) * 8):
        name, f = styles[idx % len(styles)]
        a = rng.choice([3, 4, 5, 6, 7, 8, 9]); b = rng.choice([2, 3, 4, 5, 6, 7, 8, 9]); x = rng.choice([2, 3, 4, 5, 6, 7, 8])
        v = "xynt"[idx % 4]
        c = a * x + b
        ask = asks[idx % 3]
        base_lines = f(a, v, b, c, x)
        plain = lambda a_, v_, b_, c_, x_: f"{a_}{v_} + {b_} = {c_}\n{a_}{v_} = {c_ - b_}\n{v_} = {x_}"
        base = r202_E("p4-" + name, ask.format(eq=f"{a}{v} + {b} = {c}", v=v), v, x,
                      ["\n".join(base_lines), plain(a, v, b, c, x), plain(a, v, b, c, x)])
        # variant 1: another right side (another value); the model answers right every time
        x2 = x + rng.choice([1, 2, 3]); c2 = a * x2 + b
        stale = [l for l in f(a, v, b, c2, x2)]
        r202_E("p4-" + name, ask.format(eq=f"{a}{v} + {b} = {c2}", v=v), v, x2,
               ["\n".join(stale), plain(a, v, b, c2, x2), plain(a, v, b, c2, x2)], base=base,
               false_lines=r202_false(base_lines, v, x2))
        # variant 2: another constant term, same solution shape
        b3 = b + rng.choice([1, 2, 4]); c3 = a * x + b3
        r202_E("p4-" + name, ask.format(eq=f"{a}{v} + {b3} = {c3}", v=v), v, x,
               ["\n".join(f(a, v, b3, c3, x)), plain(a, v, b3, c3, x), plain(a, v, b3, c3, x)], base=base,
               false_lines=r202_false(base_lines, v, x))


r202_part_eq4()

r202_found_alone_list = {
    'd202-eq2-br-1026',
    'd202-eq2-colon_eq-910',
    'd202-eq2-double_eq-1030',
    'd202-eq2-double_eq-893',
    'd202-eq2-double_eq-949',
    'd202-eq2-frac_slash-1014',
    'd202-eq2-sup_frac-915',
    'd202-eq2-sup_frac-974',
    'd202-eq2-unicode_minus-994',
    'd202-eq3-approx-1104',
    'd202-eq3-assign_check-1102',
    'd202-eq3-assign_check-1119',
    'd202-eq3-assign_check-1136',
    'd202-eq3-assign_check-1153',
    'd202-eq3-assign_check-1184',
    'd202-eq3-assign_final-1063',
    'd202-eq3-assign_final-1080',
    'd202-eq3-assign_final-1097',
    'd202-eq3-assign_final-1114',
    'd202-eq3-assign_final-1131',
    'd202-eq3-assign_final-1148',
    'd202-eq3-assign_final-1165',
    'd202-eq3-assign_final-1179',
    'd202-eq3-assign_mid-1062',
    'd202-eq3-assign_mid-1079',
    'd202-eq3-assign_mid-1096',
    'd202-eq3-assign_mid-1113',
    'd202-eq3-assign_mid-1130',
    'd202-eq3-assign_mid-1147',
    'd202-eq3-assign_mid-1164',
    'd202-eq3-assign_mid-1178',
    'd202-eq3-coloneq_u-1105',
    'd202-eq3-coloneq_u-1122',
    'd202-eq3-coloneq_u-1187',
    'd202-eq3-dbl_all-1059',
    'd202-eq3-dbl_all-1076',
    'd202-eq3-dbl_all-1093',
    'd202-eq3-dbl_all-1110',
    'd202-eq3-dbl_all-1127',
    'd202-eq3-dbl_all-1144',
    'd202-eq3-dbl_all-1161',
    'd202-eq3-dbl_all-1175',
    'd202-eq3-dbl_check-1067',
    'd202-eq3-dbl_check-1084',
    'd202-eq3-dbl_check-1101',
    'd202-eq3-dbl_check-1118',
    'd202-eq3-dbl_check-1135',
    'd202-eq3-dbl_check-1152',
    'd202-eq3-dbl_check-1168',
    'd202-eq3-dbl_check-1183',
    'd202-eq3-dbl_code-1060',
    'd202-eq3-dbl_code-1077',
    'd202-eq3-dbl_code-1094',
    'd202-eq3-dbl_code-1111',
    'd202-eq3-dbl_code-1128',
    'd202-eq3-dbl_code-1145',
    'd202-eq3-dbl_code-1162',
    'd202-eq3-dbl_code-1176',
    'd202-eq3-dbl_mid-1075',
    'd202-eq3-dbl_mid-1092',
    'd202-eq3-dbl_mid-1109',
    'd202-eq3-dbl_mid-1126',
    'd202-eq3-dbl_mid-1143',
    'd202-eq3-dbl_mid-1160',
    'd202-eq3-dbl_mid-1174',
    'd202-eq3-dbl_step-1078',
    'd202-eq3-dbl_step-1095',
    'd202-eq3-dbl_step-1112',
    'd202-eq3-dbl_step-1129',
    'd202-eq3-dbl_step-1146',
    'd202-eq3-dbl_step-1163',
    'd202-eq3-dbl_step-1177',
    'd202-eq3-eqeq_u-1072',
    'd202-eq3-eqeq_u-1123',
    'd202-eq3-eqeq_u-1188',
    'd202-eq3-fullwidth_eq-1073',
    'd202-eq3-fullwidth_eq-1141',
    'd202-eq3-neq-1069',
    'd202-eq3-neq-1086',
    'd202-eq3-neq-1103',
    'd202-eq3-neq-1120',
    'd202-eq3-neq-1137',
    'd202-eq3-neq-1154',
    'd202-eq3-neq-1169',
    'd202-eq3-neq-1185',
    'd202-eq3-sup_mid-1064',
    'd202-eq3-sup_mid-1081',
    'd202-eq3-sup_mid-1098',
    'd202-eq3-sup_mid-1115',
    'd202-eq3-sup_mid-1132',
    'd202-eq3-sup_mid-1149',
    'd202-eq3-sup_mid-1166',
    'd202-eq3-sup_mid-1180',
    'd202-eq3-sup_plain-1065',
    'd202-eq3-sup_plain-1082',
    'd202-eq3-sup_plain-1099',
    'd202-eq3-sup_plain-1116',
    'd202-eq3-sup_plain-1133',
    'd202-eq3-sup_plain-1150',
    'd202-eq3-sup_plain-1167',
    'd202-eq3-sup_plain-1181',
    'd202-eq3-supsub-1066',
    'd202-eq3-supsub-1083',
    'd202-eq3-supsub-1100',
    'd202-eq3-supsub-1117',
    'd202-eq3-supsub-1134',
    'd202-eq3-supsub-1151',
    'd202-eq3-supsub-1182',
    'd202-eq3-triple_eq-1074',
    'd202-eq3-triple_eq-1091',
    'd202-eq3-triple_eq-1108',
    'd202-eq3-triple_eq-1125',
    'd202-eq3-triple_eq-1142',
    'd202-eq3-triple_eq-1159',
    'd202-eq3-triple_eq-1173',
    'd202-eq3-triple_eq-1190',
    'd202-p4-assign-1197',
    'd202-p4-assign-1198',
    'd202-p4-assign-1232',
    'd202-p4-assign-1233',
    'd202-p4-assign-1265',
    'd202-p4-assign-1266',
}
r202_arguable_list = {
    'd202-eq3-assign_check-1153',
    'd202-eq3-dbl_check-1067',
    'd202-eq3-dbl_check-1084',
    'd202-eq3-dbl_check-1135',
    'd202-eq3-dbl_code-1060',
    'd202-eq3-dbl_code-1094',
    'd202-eq3-dbl_code-1111',
    'd202-eq3-dbl_code-1145',
    'd202-eq3-dbl_code-1162',
    'd202-eq3-eqeq_u-1123',
    'd202-eq3-neq-1069',
}
r202_found_alone |= r202_found_alone_list
r202_arguable |= r202_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r202_keep = set(r202_found_alone) | {r202_meta[r202_i]["base"] for r202_i in r202_found_alone if r202_meta[r202_i]["base"]}
from probe_kit import sample_round as r202_sample_round  # noqa: E402

r202_sample_round("d202-", r202_keep, 30, safe_every=10)
P[:] = [r202_p for r202_p in P if r202_p["id"] not in r202_arguable]
