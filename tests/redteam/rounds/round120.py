"""Red-team round 120 (black box, stepcache-s41): JSON extraction where a member's value is COMPOSED or
DERIVED from several places of the text, so that a change in one place changes the answer while the
span the stored value came from looks unchanged:
- B (booleans from a status word): "Status: Paid" -> paid true; the status changed to "Partially paid",
  "Paid in part", "Refunded", "Paid (bounced)", "Payment reversed", ... (also shipped, active,
  vaccinated, married, in_stock, approved);
- C (a candidate chosen by a selector line without digits): "Economy fare: 1200 / Business fare: 3400 /
  Class booked: Economy" -> fare 1200, then "Class booked: Business"; weekday/weekend rates, zones, plans,
  sizes, tiers, member prices, preferred phones, addresses, e-mails and titles;
- N (composed strings): full_name from "First name:" + "Last name:" (a part changed, the old part still
  grounded in an e-mail or a "Née:" line; a middle name added), a phone from a country code and a number,
  an address from street + city;
- T (table columns): a value picked by a column header that changes ("Planned | Actual" swapped);
- A (nested arrays): an item of a line-item array whose name changes beside a correction line;
- safe variants (paraphrase, an unrelated sentence, letter case).
Pairs: base stored right, variant answers [base answer, right answer]. Singles: a grounded mistake only.
Waves 2-7 (below) keep the member's own line plain and put the composition in ANOTHER field.

Result (723 probes; every single and every group alone, then the hits as pairs alone): wave 1 held - the
fresh checks refuse every composed or derived value (not a labelled field's whole value: "Anna Berg" from two
lines, a fare picked by "Class booked:", a count of names, a status word read as a boolean is never stored).
Pairs on a STORED base held too (an added or changed field makes reuse fail, and the model's stale value is
served but not stored). WHAT GOT THROUGH (93 ids alone, 47 clear + 46 arguable, r120_found_clear /
r120_found_arguable): THE STORE GATE stores a fresh answer that copies the member's own plain line ("Nights: 2",
"Guests: 3", "In stock: yes", "Paid: yes") beside a FIELD OF NO MEMBER whose words change it by composition -
"Extension: three nights", "Prolonged: by two nights", "Late addition: Mia Dahl", "Joining later:", "Dropped out:",
"Not flying:", "Remaining: none", "Left: none", "On hand: nothing", "Seats left: none", "Forlenget: med to netter",
"Verlängert: um zwei Nächte", "Extended to: five nights", "Now staying: five nights" (clear); "Also attending:", "Companion:",
"Card: declined", "Amount paid: 0.00", "Dose: refused", "Entry: recorded in error" (arguable) - and serves it
again (also to the same request with the field moved above the record). No spread to another record (wave 7).
Probes in r120_arguable are readings, not findings. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r120_groups = []   # (base id, [variant ids])
r120_singles = []  # ids
r120_arguable = set()


def r120_group(key, schema, base_prompt, base_expect, variants):
    """variants: (suffix, prompt, expect, first_wrong or 'BASE' or None, safe)."""
    bid = f"d120-{key}-base"
    J(bid, f"r120_{key}", base_prompt, schema, base_expect, [base_expect])
    vids = []
    for suf, prompt, exp, first, safe in variants:
        vid = f"d120-{key}-{suf}"
        if first == "BASE":
            first = base_expect
        answers = [first, exp] if first is not None else [exp]
        J(vid, f"r120_{key}", prompt, schema, exp, answers, safe=safe)
        vids.append(vid)
    r120_groups.append((bid, vids))


def r120_single(key, schema, prompt, wrong, exp):
    sid = f"d120-s-{key}"
    J(sid, "r120_single", prompt, schema, exp, [wrong])
    r120_singles.append(sid)


r120_INSTR = [
    "Extract {keys} as JSON.\n\nText:\n",
    "Return {keys} as JSON.\n\nText:\n",
    "Give {keys} as a JSON object.\n\nText:\n",
]

# ------------------------------------------------------------- B. booleans from a status word
# (key, schema keys (string member, bool member), record template with {s}, string value,
#  base status, [(suffix, status, right bool, arguable)], safe statuses)
r120_B = [
    ("inv", ("invoice", "paid"), "Invoice: INV-2231\nCustomer: Nordvik AS\nStatus: {s}\n", "INV-2231", "Paid", [
        ("part", "Partially paid", False, False), ("inpart", "Paid in part", False, False),
        ("partp", "Part-paid", False, False), ("refund", "Refunded", False, False),
        ("bounce", "Paid (bounced)", False, False), ("bounce2", "Paid - cheque bounced", False, False),
        ("reversed", "Paid, then reversed", False, False), ("prev", "Payment reversed", False, False),
        ("unpaid", "Unpaid", False, False), ("notpaid", "Not paid", False, False),
        ("await", "Awaiting payment", False, False), ("pending", "Payment pending", False, False),
        ("overdue", "Overdue", False, False), ("tobe", "To be paid", False, False),
        ("voided", "Paid (voided)", False, False), ("charge", "Paid, charged back", False, False),
        ("failed", "Payment failed", False, False), ("halfpaid", "Half paid", False, False),
        ("paidno", "Paid? No", False, False), ("sent", "Sent", False, False),
        ("due", "Due", False, False), ("draft", "Draft", False, False),
        ("wasrefund", "Was paid, now refunded", False, False), ("depos", "Deposit paid", False, False),
    ], ["PAID", "Paid in full", "paid"]),
    ("ord", ("order", "shipped"), "Order: SO-5521\nItem: Desk lamp\nStatus: {s}\n", "SO-5521", "Shipped", [
        ("not", "Not shipped", False, False), ("ready", "Ready to ship", False, False),
        ("cancel", "Shipping cancelled", False, False), ("await", "Awaiting shipment", False, False),
        ("tobe", "To be shipped", False, False), ("unship", "Unshipped", False, False),
        ("pack", "Packed", False, False), ("backord", "Backordered", False, False),
        ("onhold", "Shipped? On hold", False, False), ("notyet", "Shipped: not yet", False, False),
    ], ["SHIPPED", "Shipped today"]),
    ("mem", ("member", "active"), "Member: Lena Storm\nClub: Bergen Chess\nMembership: {s}\n", "Lena Storm", "Active", [
        ("inact", "Inactive", False, False), ("deact", "Deactivated", False, False),
        ("former", "Formerly active", False, False), ("pend", "Pending activation", False, False),
        ("susp", "Active (suspended)", False, False), ("lapsed", "Lapsed", False, False),
        ("was", "Was active", False, False), ("noact", "No longer active", False, False),
        ("cancel", "Cancelled", False, False), ("expired", "Expired", False, False),
    ], ["ACTIVE", "Active member"]),
    ("vac", ("patient", "vaccinated"), "Patient: Ola Nordmann\nWard: 4B\nVaccination status: {s}\n", "Ola Nordmann", "Vaccinated", [
        ("not", "Not vaccinated", False, False), ("un", "Unvaccinated", False, False),
        ("declined", "Vaccination declined", False, False), ("sched", "Vaccination scheduled", False, False),
        ("due", "Due to be vaccinated", False, False), ("tobe", "To be vaccinated", False, False),
        ("refused", "Refused", False, False), ("pending", "Pending", False, False),
    ], ["VACCINATED", "Fully vaccinated"]),
    ("mar", ("name", "married"), "Name: Kari Holm\nCity: Tromsø\nMarital status: {s}\n", "Kari Holm", "Married", [
        ("div", "Divorced", False, False), ("wid", "Widowed", False, False),
        ("eng", "Engaged", False, False), ("unmar", "Unmarried", False, False),
        ("formerly", "Formerly married", False, False), ("never", "Never married", False, False),
        ("single", "Single", False, False), ("notmar", "Not married", False, False),
    ], ["MARRIED", "married"]),
    ("stk", ("product", "in_stock"), "Product: Trail Boot 42\nColour: Brown\nAvailability: {s}\n", "Trail Boot 42", "In stock", [
        ("out", "Out of stock", False, False), ("notin", "Not in stock", False, False),
        ("soon", "Back in stock soon", False, False), ("nolonger", "No longer in stock", False, False),
        ("sold", "Sold out", False, False), ("disc", "Discontinued", False, False),
        ("preord", "Pre-order", False, False),
    ], ["IN STOCK", "In stock now"]),
    ("app", ("application", "approved"), "Application: LN-7702\nApplicant: Jonas Eik\nDecision: {s}\n", "LN-7702", "Approved", [
        ("not", "Not approved", False, False), ("dis", "Disapproved", False, False),
        ("withdrawn", "Approval withdrawn", False, False), ("pend", "Pending approval", False, False),
        ("revoked", "Approved, then revoked", False, False), ("await", "Awaiting approval", False, False),
        ("rejected", "Rejected", False, False), ("declined", "Declined", False, False),
        ("unapp", "Unapproved", False, False),
    ], ["APPROVED", "Approved in full"]),
]

for key, (skey, bkey), tmpl, sval, base_s, vars_, safes in r120_B:
    sch = S({skey: "string", bkey: "boolean"})
    keys = f"{skey} and {bkey}"
    instr = r120_INSTR[0].format(keys=keys)
    base = {skey: sval, bkey: True}
    variants = []
    for suf, st, rb, arg in vars_:
        variants.append((suf, instr + tmpl.format(s=st), {skey: sval, bkey: rb}, "BASE", False))
        if arg:
            r120_arguable.add(f"d120-B{key}-{suf}")
    for i, st in enumerate(safes[:2]):
        variants.append((f"safe{i}", instr + tmpl.format(s=st), base, None, True))
    variants.append(("safe-para", r120_INSTR[2].format(keys=keys) + tmpl.format(s=base_s), base, None, True))
    r120_group("B" + key, sch, instr + tmpl.format(s=base_s), base, variants)
    # singles: the grounded mistake (the status word holds the member's word) under another instruction
    # (the first six statuses of each family; the variants above hold the rest)
    for suf, st, rb, arg in vars_[:2]:
        r120_single(f"B{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + tmpl.format(s=st),
                    {skey: sval, bkey: True}, {skey: sval, bkey: rb})

# ------------------------------------------------------------- C. a candidate chosen by a selector line
# (key, (string key, chosen key, type), template with {sel}, string value, base sel, base value,
#  [(suffix, sel, right value)])
r120_C = [
    ("fare", ("passenger", "fare", "integer"),
     "Passenger: Ana Ruiz\nEconomy fare: 1200\nBusiness fare: 3400\nClass booked: {sel}\n", "Ana Ruiz", "Economy", 1200,
     [("bus", "Business", 3400), ("busl", "business", 3400), ("busupg", "Economy, upgraded to Business", 3400)]),
    ("rate", ("guest", "rate", "integer"),
     "Guest: Per Olsen\nWeekday rate: 100\nWeekend rate: 150\nNight of stay: {sel}\n", "Per Olsen", "Tuesday", 100,
     [("sat", "Saturday", 150), ("sun", "Sunday", 150), ("wkend", "a weekend night", 150)]),
    ("zone", ("parcel", "fee", "integer"),
     "Parcel: P-4410\nZone A fee: 40\nZone B fee: 55\nZone: {sel}\n", "P-4410", "A", 40,
     [("b", "B", 55), ("bl", "Zone B", 55)]),
    ("plan", ("customer", "price", "integer"),
     "Customer: Fjord Media\nMonthly price: 99\nAnnual price: 990\nPlan: {sel}\n", "Fjord Media", "Monthly", 99,
     [("ann", "Annual", 990), ("yr", "Yearly", 990), ("annl", "annual", 990)]),
    ("size", ("item", "price", "number"),
     "Item: Rain jacket\nSmall: 10.50\nMedium: 12.50\nLarge: 14.50\nSize: {sel}\n", "Rain jacket", "Medium", 12.5,
     [("l", "Large", 14.5), ("s", "Small", 10.5)]),
    ("tier", ("customer", "discount", "integer"),
     "Customer: Lia Moe\nGold discount: 15\nSilver discount: 10\nTier: {sel}\n", "Lia Moe", "Gold", 15,
     [("sil", "Silver", 10), ("silv", "silver", 10)]),
    ("mprice", ("buyer", "price", "integer"),
     "Buyer: Tor Vik\nRegular price: 250\nMember price: 200\nMember: {sel}\n", "Tor Vik", "yes", 200,
     [("no", "no", 250), ("not", "not a member", 250)]),
]
for key, (skey, ckey, ctype), tmpl, sval, base_sel, base_v, vars_ in r120_C:
    sch = S({skey: "string", ckey: ctype})
    keys = f"{skey} and {ckey}"
    instr = r120_INSTR[0].format(keys=keys)
    base = {skey: sval, ckey: base_v}
    variants = [(suf, instr + tmpl.format(sel=sel), {skey: sval, ckey: v}, "BASE", False) for suf, sel, v in vars_]
    variants.append(("safe-para", r120_INSTR[2].format(keys=keys) + tmpl.format(sel=base_sel), base, None, True))
    # the selector line moved above the candidates (same answer)
    lines = tmpl.format(sel=base_sel).strip("\n").split("\n")
    moved = "\n".join([lines[0], lines[-1]] + lines[1:-1]) + "\n"
    variants.append(("safe-move", instr + moved, base, None, True))
    # the selector line moved AND changed
    for suf, sel, v in vars_[:1]:
        lines = tmpl.format(sel=sel).strip("\n").split("\n")
        moved = "\n".join([lines[0], lines[-1]] + lines[1:-1]) + "\n"
        variants.append((suf + "-moved", instr + moved, {skey: sval, ckey: v}, "BASE", False))
    r120_group("C" + key, sch, instr + tmpl.format(sel=base_sel), base, variants)
    for suf, sel, v in vars_[:1]:
        r120_single(f"C{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + tmpl.format(sel=sel),
                    {skey: sval, ckey: base_v}, {skey: sval, ckey: v})

# string candidates chosen by a selector
r120_Cs = [
    ("phone", ("contact", "phone"),
     "Contact: Mona Berg\nHome phone: 22 11 00 00\nWork phone: 23 45 67 89\nCall on: {sel}\n", "Mona Berg",
     "Home", "22 11 00 00", [("work", "Work", "23 45 67 89"), ("workl", "work", "23 45 67 89")]),
    ("addr", ("customer", "delivery_address"),
     "Customer: Nils Aas\nHome address: Storgata 5, Oslo\nWork address: Kirkeveien 2, Bergen\nDeliver to: {sel}\n",
     "Nils Aas", "Home", "Storgata 5, Oslo", [("work", "Work", "Kirkeveien 2, Bergen"), ("office", "the office", "Kirkeveien 2, Bergen")]),
    ("email", ("user", "email"),
     "User: Ida Sand\nPrivate e-mail: ida@sand.no\nWork e-mail: ida.sand@fjordbank.no\nUse: {sel}\n", "Ida Sand",
     "Private", "ida@sand.no", [("work", "Work", "ida.sand@fjordbank.no")]),
    ("lang", ("book", "title"),
     "Book: B-882\nNorwegian title: Sult\nEnglish title: Hunger\nEdition: {sel}\n", "B-882",
     "Norwegian", "Sult", [("en", "English", "Hunger")]),
]
for key, (skey, ckey), tmpl, sval, base_sel, base_v, vars_ in r120_Cs:
    sch = S({skey: "string", ckey: "string"})
    keys = f"{skey} and {ckey}"
    instr = r120_INSTR[0].format(keys=keys)
    base = {skey: sval, ckey: base_v}
    variants = [(suf, instr + tmpl.format(sel=sel), {skey: sval, ckey: v}, "BASE", False) for suf, sel, v in vars_]
    variants.append(("safe-para", r120_INSTR[2].format(keys=keys) + tmpl.format(sel=base_sel), base, None, True))
    r120_group("Cs" + key, sch, instr + tmpl.format(sel=base_sel), base, variants)
    for suf, sel, v in vars_:
        r120_single(f"Cs{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + tmpl.format(sel=sel),
                    {skey: sval, ckey: base_v}, {skey: sval, ckey: v})

# ------------------------------------------------------------- N. composed strings
r120_fn = S({"full_name": "string", "city": "string"})
r120_fnI = "Extract full_name and city as JSON.\n\nText:\n"
r120_fnT = "First name: {f}\nLast name: {l}\nCity: Drammen\nE-mail: anna.berg@nordvik.no\n"
r120_group("Nfn", r120_fn, r120_fnI + r120_fnT.format(f="Anna", l="Berg"),
           {"full_name": "Anna Berg", "city": "Drammen"}, [
    ("last", r120_fnI + r120_fnT.format(f="Anna", l="Lind"), {"full_name": "Anna Lind", "city": "Drammen"}, "BASE", False),
    ("first", r120_fnI + r120_fnT.format(f="Hanna", l="Berg"), {"full_name": "Hanna Berg", "city": "Drammen"}, "BASE", False),
    ("middle", r120_fnI + "First name: Anna\nMiddle name: Marie\nLast name: Berg\nCity: Drammen\nE-mail: anna.berg@nordvik.no\n",
     {"full_name": "Anna Marie Berg", "city": "Drammen"}, "BASE", False),
    ("nee", r120_fnI + "First name: Anna\nLast name: Lind\nNée: Berg\nCity: Drammen\n",
     {"full_name": "Anna Lind", "city": "Drammen"}, "BASE", False),
    ("swap", r120_fnI + "First name: Berg\nLast name: Anna\nCity: Drammen\nE-mail: anna.berg@nordvik.no\n",
     {"full_name": "Berg Anna", "city": "Drammen"}, "BASE", False),
    ("given", r120_fnI + "Given name: Anna\nFamily name: Lind\nCity: Drammen\nE-mail: anna.berg@nordvik.no\n",
     {"full_name": "Anna Lind", "city": "Drammen"}, "BASE", False),
    ("maiden", r120_fnI + "First name: Anna\nLast name: Lind\nMaiden name: Berg\nCity: Drammen\n",
     {"full_name": "Anna Lind", "city": "Drammen"}, "BASE", False),
    ("safe-para", "Give full_name and city as a JSON object.\n\nText:\n" + r120_fnT.format(f="Anna", l="Berg"),
     {"full_name": "Anna Berg", "city": "Drammen"}, None, True),
])
r120_single("Nfn-last", r120_fn, "Return full_name and city as JSON.\n\nText:\n"
            "First name: Anna\nLast name: Lind\nMaiden name: Berg\nCity: Drammen\n",
            {"full_name": "Anna Berg", "city": "Drammen"}, {"full_name": "Anna Lind", "city": "Drammen"})
r120_single("Nfn-middle", r120_fn, "Return full_name and city as JSON.\n\nText:\n"
            "First name: Anna\nMiddle name: Marie\nLast name: Berg\nCity: Drammen\n",
            {"full_name": "Anna Berg", "city": "Drammen"}, {"full_name": "Anna Marie Berg", "city": "Drammen"})

# name given as "Surname, Given"
r120_nm = S({"name": "string", "room": "string"}, {"name": "first name then surname"})
r120_nmI = "Extract name and room as JSON.\n\nText:\n"
r120_group("Nrev", r120_nm, r120_nmI + "Name: Anna Berg\nRoom: 214\n", {"name": "Anna Berg", "room": "214"}, [
    ("comma", r120_nmI + "Name: Berg, Anna\nRoom: 214\n", {"name": "Anna Berg", "room": "214"}, "BASE", True),
    ("other", r120_nmI + "Name: Lind, Anna\nRoom: 214\n", {"name": "Anna Lind", "room": "214"}, "BASE", False),
])

# phone from country code + number
r120_ph = S({"contact": "string", "phone": "string"}, {"phone": "with the country code"})
r120_phI = "Extract contact and phone as JSON.\n\nText:\n"
r120_phT = "Contact: Jon Dal\nCountry code: {cc}\nMobile: 912 34 567\nOffice: +47 22 00 00 00\n"
r120_group("Nph", r120_ph, r120_phI + r120_phT.format(cc="+47"), {"contact": "Jon Dal", "phone": "+47 912 34 567"}, [
    ("se", r120_phI + r120_phT.format(cc="+46"), {"contact": "Jon Dal", "phone": "+46 912 34 567"}, "BASE", False),
    ("dk", r120_phI + r120_phT.format(cc="+45"), {"contact": "Jon Dal", "phone": "+45 912 34 567"}, "BASE", False),
])
# address from street + city
r120_ad = S({"customer": "string", "address": "string"}, {"address": "street, city"})
r120_adI = "Extract customer and address as JSON.\n\nText:\n"
r120_adT = "Customer: Eva Krog\nStreet: Storgata 5\nCity: {c}\nBranch: Oslo\n"
r120_group("Nad", r120_ad, r120_adI + r120_adT.format(c="Oslo"), {"customer": "Eva Krog", "address": "Storgata 5, Oslo"}, [
    ("city", r120_adI + r120_adT.format(c="Bergen"), {"customer": "Eva Krog", "address": "Storgata 5, Bergen"}, "BASE", False),
    ("cityl", r120_adI + r120_adT.format(c="Moss"), {"customer": "Eva Krog", "address": "Storgata 5, Moss"}, "BASE", False),
])

# ------------------------------------------------------------- T. a value picked by a column header
r120_tb = S({"project": "string", "actual_cost": "integer"})
r120_tbI = "Extract project and actual_cost as JSON.\n\nText:\n"
r120_group("Tcol", r120_tb, r120_tbI + "Project: Quay Renewal\n| | Planned | Actual |\n|---|---|---|\n| Cost | 500 | 620 |\n",
           {"project": "Quay Renewal", "actual_cost": 620}, [
    ("swap", r120_tbI + "Project: Quay Renewal\n| | Actual | Planned |\n|---|---|---|\n| Cost | 500 | 620 |\n",
     {"project": "Quay Renewal", "actual_cost": 500}, "BASE", False),
    ("budget", r120_tbI + "Project: Quay Renewal\n| | Actual | Budget |\n|---|---|---|\n| Cost | 500 | 620 |\n",
     {"project": "Quay Renewal", "actual_cost": 500}, "BASE", False),
])
r120_tc = S({"project": "string", "actual_cost": "integer"})
r120_group("Tlin", r120_tc, r120_tbI + "Project: Quay Renewal\nCosts (planned / actual): 500 / 620\n",
           {"project": "Quay Renewal", "actual_cost": 620}, [
    ("swap", r120_tbI + "Project: Quay Renewal\nCosts (actual / planned): 500 / 620\n",
     {"project": "Quay Renewal", "actual_cost": 500}, "BASE", False),
])

# (K, a party size counted from a list of names: every right answer rejected, "3 does not occur"; dropped)

# ------------------------------------------------------------- A. nested arrays
r120_ar = {"type": "object", "properties": {
    "order": {"type": "string"},
    "items": {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"}, "qty": {"type": "integer"}},
        "required": ["name", "qty"], "additionalProperties": False}}},
    "required": ["order", "items"], "additionalProperties": False}
r120_arI = "Extract order and items (name, qty) as JSON.\n\nText:\n"
r120_arT = "Order: SO-7781\nItem: Desk lamp, qty 2\nItem: {i2}, qty 1\n"
r120_group("Aarr", r120_ar, r120_arI + r120_arT.format(i2="Chair"),
           {"order": "SO-7781", "items": [{"name": "Desk lamp", "qty": 2}, {"name": "Chair", "qty": 1}]}, [
    ("name", r120_arI + r120_arT.format(i2="Stool") + "Replaces: Chair\n",
     {"order": "SO-7781", "items": [{"name": "Desk lamp", "qty": 2}, {"name": "Stool", "qty": 1}]}, "BASE", False),
    ("add", r120_arI + r120_arT.format(i2="Chair") + "Item: Stool, qty 1\n",
     {"order": "SO-7781", "items": [{"name": "Desk lamp", "qty": 2}, {"name": "Chair", "qty": 1}, {"name": "Stool", "qty": 1}]}, "BASE", False),
    ("rm", r120_arI + "Order: SO-7781\nItem: Desk lamp, qty 2\n",
     {"order": "SO-7781", "items": [{"name": "Desk lamp", "qty": 2}]}, "BASE", False),
])

# ============================================================= wave 2: the member's own line stays plain
# Wave 1 showed the fresh checks refuse every composed or derived value (a value must be a labelled field's
# whole value), so nothing of it is stored. Wave 2 keeps the member's line as it is ("Paid: yes", "Guests: 3")
# and changes ANOTHER line that changes the right answer by composition: a field of no member that undoes a
# truth value, a line without digits that adds to a count, a part of a name beside a full name.
r120_W1 = [
    ("paid", ("invoice", "paid"), "Invoice: INV-2231\nCustomer: Nordvik AS\nPaid: yes\n", "INV-2231", [
        ("bounce", "Cheque: bounced", False), ("charge", "Chargeback: yes", False),
        ("returned", "Bank: payment returned", False), ("reversal", "Reversal: yes", False),
        ("preversed", "Payment: reversed", False), ("recalled", "Transfer: recalled", False),
        ("declined", "Card: declined", False), ("refdate", "Reversed on: 2026-11-02", False),
        ("bouncedate", "Bounced: 2026-11-02", False), ("void", "Payment: void", False),
    ], False),
    ("active", ("member", "active"), "Member: Lena Storm\nClub: Bergen Chess\nActive: yes\n", "Lena Storm", [
        ("term", "Terminated: yes", False), ("resigned", "Resigned: yes", False),
        ("closed", "Account: closed", False), ("susp", "Suspension: in force", False),
        ("termdate", "Terminated on: 2026-10-01", False), ("expelled", "Expelled: yes", False),
    ], True),
    ("insured", ("vehicle", "insured"), "Vehicle: EV 12345\nOwner: Siri Dahl\nInsured: yes\n", "EV 12345", [
        ("pcancel", "Policy: cancelled", False), ("lapsed", "Cover: lapsed", False),
        ("void", "Policy: void", False), ("canceldate", "Policy cancelled: 2026-09-30", False),
    ], True),
    ("approved", ("application", "approved"), "Application: LN-7702\nApplicant: Jonas Eik\nApproved: yes\n", "LN-7702", [
        ("revoked", "Revoked: yes", False), ("reversed", "Decision reversed: yes", False),
        ("withdrawn", "Withdrawn by bank: yes", False), ("appeal", "Appeal outcome: approval revoked", False),
    ], True),
    ("shipped", ("order", "shipped"), "Order: SO-5521\nItem: Desk lamp\nShipped: yes\n", "SO-5521", [
        ("recalled", "Shipment: recalled before dispatch", False), ("dcancel", "Dispatch: cancelled", False),
        ("never", "Carrier: never collected", False),
    ], True),
    ("instock", ("product", "in_stock"), "Product: Trail Boot 42\nColour: Brown\nIn stock: yes\n", "Trail Boot 42", [
        ("sold", "Last unit: sold this morning", False), ("zero", "Stock count: 0", False),
        ("empty", "Warehouse: empty", False),
    ], True),
    ("married", ("name", "married"), "Name: Kari Holm\nCity: Tromsø\nMarried: yes\n", "Kari Holm", [
        ("divorce", "Divorce: finalised", False), ("divorced", "Divorced: yes", False),
        ("divdate", "Divorced: 2025-06-01", False),
    ], True),
    ("vacc", ("patient", "vaccinated"), "Patient: Ola Nordmann\nWard: 4B\nVaccinated: yes\n", "Ola Nordmann", [
        ("notgiven", "Vaccine: not given", False), ("refused", "Dose: refused", False),
        ("error", "Entry: recorded in error", False),
    ], True),
]
for key, (skey, bkey), tmpl, sval, vars_, arg in r120_W1:
    sch = S({skey: "string", bkey: "boolean"})
    keys = f"{skey} and {bkey}"
    instr = r120_INSTR[0].format(keys=keys)
    base = {skey: sval, bkey: True}
    variants = []
    for suf, line, rb in vars_:
        variants.append((suf, instr + tmpl + line + "\n", {skey: sval, bkey: rb}, "BASE", False))
        if arg:
            r120_arguable.add(f"d120-W{key}-{suf}")
    variants.append(("safe-field", instr + tmpl + "Branch: Bergen\n", base, None, True))
    variants.append(("safe-para", r120_INSTR[2].format(keys=keys) + tmpl, base, None, True))
    r120_group("W" + key, sch, instr + tmpl, base, variants)
    for suf, line, rb in vars_:
        r120_single(f"W{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + tmpl + line + "\n",
                    {skey: sval, bkey: True}, {skey: sval, bkey: rb})
        if arg:
            r120_arguable.add(f"d120-s-W{key}-{suf}")

# counts: a line without digits adds to or takes from the member's stated count
r120_W2 = [
    ("guests", ("booking", "guests"), "Booking: BK-312\nHotel: Fjordgården\nGuests: 3\n", "BK-312", 3, [
        ("plusone", "Plus one: Di Moe", 4), ("also", "Also attending: Di Moe", 4), ("extra", "Extra guest: Di Moe", 4),
        ("added", "Added guest: Di Moe", 4), ("noshow", "Cancelled guest: Bo Lind", 2), ("late", "Late addition: Di Moe", 4),
        ("words", "Additional guests: two", 5), ("infant", "Infant: one more, not counted above", 4),
    ]),
    ("nights", ("booking", "nights"), "Booking: BK-418\nHotel: Fjordgården\nNights: 3\n", "BK-418", 3, [
        ("ext", "Extended: one more night", 4), ("ext2", "Extension: two nights", 5),
        ("short", "Shortened: one night less", 2), ("extra", "Extra night: yes", 4),
    ]),
    ("qty", ("order", "quantity"), "Order: SO-7781\nItem: Desk lamp\nQuantity: 2\n", "SO-7781", 2, [
        ("added", "Added later: one more", 3), ("extra", "Extra: one lamp", 3),
        ("returned", "Returned: one lamp", 1), ("dozen", "Pack: dozen", 24),
    ]),
    ("seats", ("event", "seats"), "Event: Jazz Night\nVenue: Kulturhuset\nSeats: 4\n", "Jazz Night", 4, [
        ("plus", "Plus: a wheelchair space and a companion seat", 5), ("released", "Released: one seat", 3),
    ]),
]
for key, (skey, nkey), tmpl, sval, base_n, vars_ in r120_W2:
    sch = S({skey: "string", nkey: "integer"})
    keys = f"{skey} and {nkey}"
    instr = r120_INSTR[0].format(keys=keys)
    base = {skey: sval, nkey: base_n}
    variants = []
    for suf, line, rn in vars_:
        variants.append((suf, instr + tmpl + line + "\n", {skey: sval, nkey: rn}, "BASE", False))
        r120_arguable.add(f"d120-W{key}-{suf}")
    variants.append(("safe-field", instr + tmpl + "Contact: Per Olsen\n", base, None, True))
    variants.append(("safe-para", r120_INSTR[2].format(keys=keys) + tmpl, base, None, True))
    r120_group("W" + key, sch, instr + tmpl, base, variants)
    for suf, line, rn in vars_:
        r120_single(f"W{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + tmpl + line + "\n",
                    {skey: sval, nkey: base_n}, {skey: sval, nkey: rn})
        r120_arguable.add(f"d120-s-W{key}-{suf}")

# names: a part given beside the full name
r120_W3s = S({"full_name": "string", "city": "string"})
r120_W3I = "Extract full_name and city as JSON.\n\nText:\n"
r120_W3T = "Full name: Anna Berg\nCity: Drammen\n"
r120_group("Wname", r120_W3s, r120_W3I + r120_W3T, {"full_name": "Anna Berg", "city": "Drammen"}, [
    ("middle", r120_W3I + r120_W3T + "Middle name: Marie\n", {"full_name": "Anna Marie Berg", "city": "Drammen"}, "BASE", False),
    ("newsur", r120_W3I + r120_W3T + "Surname since marriage: Lind\n", {"full_name": "Anna Lind", "city": "Drammen"}, "BASE", False),
    ("first", r120_W3I + r120_W3T + "First name (corrected): Hanna\n", {"full_name": "Hanna Berg", "city": "Drammen"}, "BASE", False),
    ("suffix", r120_W3I + r120_W3T + "Suffix: Jr.\n", {"full_name": "Anna Berg Jr.", "city": "Drammen"}, "BASE", False),
    ("safe-field", r120_W3I + r120_W3T + "Phone: 912 34 567\n", {"full_name": "Anna Berg", "city": "Drammen"}, None, True),
])
r120_arguable.update({"d120-Wname-middle", "d120-Wname-suffix", "d120-Wname-newsur", "d120-Wname-first"})

# ============================================================= wave 3: a field of no member that composes
# Wave 2's singles showed that a fresh answer is stored beside a field of no member whose words (no digits,
# no word of change) add to the member's count ("Also attending: Di Moe") or undo its truth value ("Card:
# declined"). Wave 3: more spellings as singles, and PAIRS whose base carries the same field with a neutral
# value ("Late addition: none", "Card: accepted") that the variant turns ("Late addition: Di Moe").
# (family key, schema keys, type, record (member line plain), string value, base number/bool,
#  neutral base lines [(label, neutral value)], turning values [(suffix, label, value, right)])
r120_W3 = [
    ("g", ("booking", "guests"), "integer", "Booking: BK-5{n}\nHotel: Fjordgården\nGuests: 3\n", "BK-5{n}", 3, [
        ("late", "Late addition", "none", "Di Moe", 4), ("also", "Also attending", "nobody else", "Di Moe", 4),
        ("joining", "Joining later", "none", "Di Moe", 4), ("alsocoming", "Also coming", "nobody", "Di Moe", 4),
        ("newguest", "New guest", "none", "Di Moe", 4), ("accomp", "Accompanied by", "no one", "her husband", 4),
        ("bringing", "Bringing", "nobody", "her son", 4), ("companion", "Companion", "none", "Di Moe", 4),
        ("extraperson", "Extra person", "none", "Di Moe", 4), ("dropped", "Dropped out", "nobody", "Bo Lind", 2),
        ("notcoming", "Not coming", "nobody", "Bo Lind", 2), ("withdrawn", "Withdrawn", "none", "Bo Lind", 2),
        ("regrets", "Sends regrets", "nobody", "Bo Lind", 2), ("plus", "Plus", "nobody", "Di Moe", 4),
    ]),
    ("n", ("booking", "nights"), "integer", "Booking: BK-6{n}\nHotel: Fjordgården\nNights: 3\n", "BK-6{n}", 3, [
        ("ext", "Extension", "none", "two nights", 5), ("extby", "Extended by", "nothing", "two nights", 5),
        ("stayon", "Staying on", "no", "two more nights", 5), ("prolong", "Prolonged", "no", "by a further night", 4),
        ("cut", "Cut short", "no", "by one night", 2), ("addn", "Additional nights", "none", "two", 5),
    ]),
    ("q", ("order", "quantity"), "integer", "Order: SO-7{n}\nItem: Desk lamp\nQuantity: 2\n", "SO-7{n}", 2, [
        ("alsoadd", "Also add", "nothing", "one more lamp", 3), ("topup", "Top-up", "none", "another lamp", 3),
        ("latead", "Late addition", "none", "one more lamp", 3), ("sentback", "Sent back", "nothing", "one lamp", 1),
    ]),
    ("a", ("group", "adults"), "integer", "Group: GR-8{n}\nGuide: Per Olsen\nAdults: 2\n", "GR-8{n}", 2, [
        ("also", "Also an adult", "nobody", "Di Moe", 3), ("late", "Late addition", "none", "Di Moe (adult)", 3),
    ]),
    ("p", ("invoice", "paid"), "boolean", "Invoice: INV-9{n}\nCustomer: Nordvik AS\nPaid: yes\n", "INV-9{n}", True, [
        ("card", "Card", "accepted", "declined", False), ("card2", "Card", "approved", "rejected", False),
        ("dd", "Direct debit", "collected", "rejected", False), ("cheque", "Cheque", "honoured", "dishonoured", False),
        ("transfer", "Bank transfer", "received", "returned unpaid", False), ("funds", "Funds", "sufficient", "insufficient", False),
        ("txn", "Transaction", "completed", "cancelled", False), ("bank", "Bank", "confirmed", "rejected the payment", False),
    ]),
    ("s", ("product", "in_stock"), "boolean", "Product: Trail Boot 4{n}\nColour: Brown\nIn stock: yes\n", "Trail Boot 4{n}", True, [
        ("wh", "Warehouse", "full", "empty", False), ("shelf", "Shelf", "stocked", "empty", False),
        ("lastone", "Last unit", "available", "sold", False), ("supplier", "Remaining", "plenty", "none", False),
    ]),
    ("v", ("patient", "vaccinated"), "boolean", "Patient: Ola Nordmann {n}\nWard: 4B\nVaccinated: yes\n", "Ola Nordmann {n}", True, [
        ("dose", "Dose", "given", "refused", False), ("jab", "Jab", "given", "declined", False),
        ("entry", "Entry", "verified", "recorded in error", False), ("consent", "Consent", "given", "withdrawn before the dose", False),
    ]),
    ("h", ("order", "shipped"), "boolean", "Order: SO-5{n}\nItem: Desk lamp\nShipped: yes\n", "SO-5{n}", True, [
        ("parcel", "Parcel", "with the carrier", "still in our warehouse", False),
        ("label", "Carrier", "collected", "not collected", False),
    ]),
]
r120_W3n = 10
for key, (skey, mkey), mtype, tmpl, sval_t, base_v, turns in r120_W3:
    for suf, label, neutral, turn, right in turns:
        r120_W3n += 1
        n = str(r120_W3n)
        sval = sval_t.format(n=n)
        rec = tmpl.format(n=n)
        sch = S({skey: "string", mkey: mtype})
        keys = f"{skey} and {mkey}"
        instr = r120_INSTR[0].format(keys=keys)
        base = {skey: sval, mkey: base_v}
        rexp = {skey: sval, mkey: right}
        r120_group(f"X{key}-{suf}", sch, instr + rec + f"{label}: {neutral}\n", base, [
            ("turn", instr + rec + f"{label}: {turn}\n", rexp, "BASE", False),
            ("turn-above", instr + f"{label}: {turn}\n" + rec, rexp, "BASE", False),
            ("safe-para", r120_INSTR[2].format(keys=keys) + rec + f"{label}: {neutral}\n", base, None, True),
        ])
        # single: the record with the turning field only, another instruction, the grounded mistake
        r120_single(f"X{key}-{suf}", sch, r120_INSTR[1].format(keys=keys) + rec + f"{label}: {turn}\n",
                    base, rexp)

# ============================================================= wave 4: singles, the shape that got through
# A member stated plainly on its own line ("Nights: 3", "In stock: yes") and a field of no member whose words
# add to, take from or undo it. Single requests, the model's only answer the member's own line.
r120_W4 = [
    # (key, schema keys, type, record, string value, stated value, [(suffix, extra line, right)])
    ("nt", ("booking", "nights"), "integer", "Booking: BK-4410\nHotel: Havly\nNights: 2\n", "BK-4410", 2, [
        ("extended", "Extended: by one night", 3), ("extension", "Extension: one night", 3),
        ("extension3", "Extension: three nights", 5), ("prolonged", "Prolonged: by two nights", 4),
        ("furthernight", "Further night: booked", 3), ("stayextra", "Extra stay: one night", 3),
        ("addnight", "Added: one more night", 3), ("shortened", "Shortened: by one night", 1),
    ]),
    ("px", ("flight", "passengers"), "integer", "Flight: SK 4037\nDate: 2027-03-14\nPassengers: 2\n", "SK 4037", 2, [
        ("late", "Late addition: Mia Dahl", 3), ("joining", "Joining later: Mia Dahl", 3),
        ("alsotrav", "Also travelling: Mia Dahl", 3), ("lapinfant", "Lap infant: Mia Dahl", 3),
        ("dropped", "Dropped out: Tor Dahl", 1), ("notflying", "Not flying: Tor Dahl", 1),
    ]),
    ("tk", ("event", "tickets"), "integer", "Event: Jazz Night\nVenue: Kulturhuset\nTickets: 4\n", "Jazz Night", 4, [
        ("extra", "Extra ticket: for Mia Dahl", 5), ("also", "Also attending: Mia Dahl", 5),
        ("returned", "Returned: one ticket", 3), ("resold", "Resold: two tickets", 2),
    ]),
    ("pt", ("course", "participants"), "integer", "Course: First Aid\nRoom: B12\nParticipants: 10\n", "First Aid", 10, [
        ("late", "Late addition: Mia Dahl", 11), ("joining", "Joining later: Mia Dahl", 11),
        ("withdrawn", "Withdrawn: Tor Dahl", 9), ("dropped", "Dropped out: two people", 8),
    ]),
    ("rm", ("booking", "rooms"), "integer", "Booking: BK-7720\nHotel: Havly\nRooms: 2\n", "BK-7720", 2, [
        ("added", "Added: one more room", 3), ("released", "Released: one room", 1),
        ("extraroom", "Extra room: for the driver", 3),
    ]),
    ("sk", ("product", "in_stock"), "boolean", "Product: Trail Boot 39\nColour: Grey\nIn stock: yes\n", "Trail Boot 39", True, [
        ("remaining", "Remaining: none", False), ("left", "Left: none", False), ("unitsleft", "Units left: none", False),
        ("stockleft", "Stock left: nil", False), ("units0", "Units left: 0", False), ("allsold", "Sold: all of them", False),
        ("onhand", "On hand: nothing", False), ("qty0", "Quantity on hand: 0", False),
    ]),
    ("pd", ("invoice", "paid"), "boolean", "Invoice: INV-5512\nCustomer: Fjord Media\nPaid: yes\n", "INV-5512", True, [
        ("amount0", "Amount paid: 0.00", False), ("balance", "Balance due: 1200.00", False),
        ("received", "Received: nothing", False), ("card", "Card: declined", False),
        ("cardrej", "Card payment: rejected", False), ("settled", "Settled: no", False),
    ]),
    ("vc", ("patient", "vaccinated"), "boolean", "Patient: Siri Moe\nWard: 2A\nVaccinated: yes\n", "Siri Moe", True, [
        ("doses0", "Doses given: 0", False), ("dose", "Dose: refused", False), ("jab", "Jab: declined", False),
        ("given", "Given: none", False), ("entry", "Entry: recorded in error", False),
    ]),
]
r120_W4clear = {"nt", "px", "tk", "pt", "rm", "sk"}
for key, (skey, mkey), mtype, rec, sval, stated, extras in r120_W4:
    sch = S({skey: "string", mkey: mtype})
    keys = f"{skey} and {mkey}"
    for i, (suf, line, right) in enumerate(extras):
        instr = r120_INSTR[i % 3].format(keys=keys)
        r120_single(f"Y{key}-{suf}", sch, instr + rec + line + "\n", {skey: sval, mkey: stated}, {skey: sval, mkey: right})
        r120_single(f"Y{key}-{suf}-above", sch, instr + line + "\n" + rec, {skey: sval, mkey: stated}, {skey: sval, mkey: right})
        if key not in r120_W4clear:
            r120_arguable.update({f"d120-s-Y{key}-{suf}", f"d120-s-Y{key}-{suf}-above"})

# ============================================================= wave 5: the extra field with digits
r120_W5 = [
    ("nt", ("booking", "nights"), "integer", "Booking: BK-4520\nHotel: Havly\nNights: 2\n", "BK-4520", 2, [
        ("extra1", "Extra nights: 1", 3), ("ext1", "Extension: 1 night", 3), ("plus1", "Extended by: +1 night", 3),
    ]),
    ("gs", ("booking", "guests"), "integer", "Booking: BK-4521\nHotel: Havly\nGuests: 3\n", "BK-4521", 3, [
        ("children", "Children (not counted above): 2", 5), ("late2", "Late additions: 2", 5),
        ("cancel1", "Cancelled since: 1", 2),
    ]),
    ("pd", ("invoice", "paid"), "boolean", "Invoice: INV-5620\nCustomer: Fjord Media\nPaid: yes\n", "INV-5620", True, [
        ("outst", "Outstanding: 1200.00", False), ("paidamt0", "Paid amount: 0", False),
        ("received0", "Received: 0.00 of 1200.00", False), ("balance", "Balance: 1200.00 due", False),
    ]),
    ("sk", ("product", "in_stock"), "boolean", "Product: Trail Boot 37\nColour: Grey\nIn stock: yes\n", "Trail Boot 37", True, [
        ("avail0", "Available: 0", False), ("left0", "Left: 0 units", False), ("stock0", "Stock: 0", False),
    ]),
    ("vc", ("patient", "vaccinated"), "boolean", "Patient: Siri Moe 2\nWard: 2A\nVaccinated: yes\n", "Siri Moe 2", True, [
        ("doses0", "Doses: 0 of 2", False), ("given0", "Given: 0", False),
    ]),
]
for key, (skey, mkey), mtype, rec, sval, stated, extras in r120_W5:
    sch = S({skey: "string", mkey: mtype})
    keys = f"{skey} and {mkey}"
    for i, (suf, line, right) in enumerate(extras):
        instr = r120_INSTR[i % 3].format(keys=keys)
        r120_single(f"Z{key}-{suf}", sch, instr + rec + line + "\n", {skey: sval, mkey: stated}, {skey: sval, mkey: right})

# ============================================================= wave 6: the licensed rewrite beside an extra field
r120_W6s = S({"booking": "string", "nights": "integer"})
r120_W6I = "Extract booking and nights as JSON.\n\nText:\n"
r120_W6T = "Booking: BK-4630\nHotel: Havly\nNights: {n}\n"
r120_group("Rnt", r120_W6s, r120_W6I + r120_W6T.format(n=2), {"booking": "BK-4630", "nights": 2}, [
    ("ext3", r120_W6I + r120_W6T.format(n=3) + "Extension: three nights\n", {"booking": "BK-4630", "nights": 6},
     {"booking": "BK-4630", "nights": 3}, False),
    ("prol", r120_W6I + r120_W6T.format(n=4) + "Prolonged: by two nights\n", {"booking": "BK-4630", "nights": 6},
     {"booking": "BK-4630", "nights": 4}, False),
    ("ext3-stale", r120_W6I + r120_W6T.format(n=2) + "Extension: three nights\n", {"booking": "BK-4630", "nights": 5},
     "BASE", False),
    ("safe-n", r120_W6I + r120_W6T.format(n=5), {"booking": "BK-4630", "nights": 5}, None, True),
])
r120_W6b = S({"product": "string", "in_stock": "boolean"})
r120_W6bI = "Extract product and in_stock as JSON.\n\nText:\n"
r120_W6bT = "Product: {p}\nColour: Grey\nIn stock: yes\n"
r120_group("Rsk", r120_W6b, r120_W6bI + r120_W6bT.format(p="Trail Boot 35"), {"product": "Trail Boot 35", "in_stock": True}, [
    ("rem", r120_W6bI + r120_W6bT.format(p="Trail Boot 36") + "Remaining: none\n", {"product": "Trail Boot 36", "in_stock": False},
     {"product": "Trail Boot 36", "in_stock": True}, False),
    ("left", r120_W6bI + r120_W6bT.format(p="Trail Boot 38") + "Left: none\n", {"product": "Trail Boot 38", "in_stock": False},
     {"product": "Trail Boot 38", "in_stock": True}, False),
    ("safe-p", r120_W6bI + r120_W6bT.format(p="Trail Boot 34"), {"product": "Trail Boot 34", "in_stock": True}, None, True),
])
r120_W6p = S({"invoice": "string", "paid": "boolean"})
r120_W6pI = "Extract invoice and paid as JSON.\n\nText:\n"
r120_W6pT = "Invoice: {i}\nCustomer: Fjord Media\nPaid: yes\n"
r120_group("Rpd", r120_W6p, r120_W6pI + r120_W6pT.format(i="INV-5701"), {"invoice": "INV-5701", "paid": True}, [
    ("amt0", r120_W6pI + r120_W6pT.format(i="INV-5702") + "Amount paid: 0.00\n", {"invoice": "INV-5702", "paid": False},
     {"invoice": "INV-5702", "paid": True}, False),
    ("card", r120_W6pI + r120_W6pT.format(i="INV-5703") + "Card: declined\n", {"invoice": "INV-5703", "paid": False},
     {"invoice": "INV-5703", "paid": True}, False),
])

# (wave 7, a stored mistake carried to another record by the licensed rewrite: 26 probes, 0 from the cache; dropped
# from the file to keep the round near 700 probes)

# ============================================================= what got through (confirmed alone)
# Clear: the extra field changes the count after the stated line ("Extension: two nights", "Late addition:",
# "Joining later:", "Dropped out:", "Not coming:", "Not flying:", "Withdrawn:", "Sends regrets:") or says
# none is left ("Remaining: none", "Left: none", "Units left: none", "Stock left: nil", "On hand: nothing").
r120_found_clear = {
    "d120-s-Wnights-ext2", "d120-s-Xn-ext", "d120-s-Xn-extby", "d120-s-Xn-prolong",
    "d120-s-Ynt-extension3", "d120-s-Ynt-extension3-above", "d120-s-Ynt-prolonged", "d120-s-Ynt-prolonged-above",
    "d120-Xn-prolong-turn", "d120-Xn-prolong-turn-above",
    "d120-s-Xs-supplier", "d120-Xs-supplier-turn", "d120-Xs-supplier-turn-above",
    "d120-s-Ysk-remaining", "d120-s-Ysk-remaining-above", "d120-s-Ysk-left", "d120-s-Ysk-left-above",
    "d120-s-Ysk-unitsleft", "d120-s-Ysk-unitsleft-above", "d120-s-Ysk-stockleft", "d120-s-Ysk-stockleft-above",
    "d120-s-Ysk-onhand", "d120-s-Ysk-onhand-above",
    "d120-s-Wguests-late", "d120-s-Xg-late", "d120-s-Xg-joining", "d120-s-Xg-dropped", "d120-s-Xg-notcoming",
    "d120-s-Xg-withdrawn", "d120-s-Xg-regrets",
    "d120-s-Ypx-late", "d120-s-Ypx-late-above", "d120-s-Ypx-joining", "d120-s-Ypx-joining-above",
    "d120-s-Ypx-dropped", "d120-s-Ypx-dropped-above", "d120-s-Ypx-notflying", "d120-s-Ypx-notflying-above",
}
# Arguable (the record's own "yes" line is contradicted, or whether the extra person counts is a reading).
r120_found_arguable = {
    "d120-s-Wguests-also", "d120-s-Xg-also", "d120-s-Xg-alsocoming", "d120-s-Xg-bringing", "d120-s-Xg-companion",
    "d120-s-Xg-extraperson", "d120-Xg-also-turn", "d120-Xg-also-turn-above",
    "d120-s-Ypx-alsotrav", "d120-s-Ypx-alsotrav-above", "d120-s-Ypx-lapinfant", "d120-s-Ypx-lapinfant-above",
    "d120-s-Xq-topup",
    "d120-s-Wpaid-declined", "d120-s-Xp-card", "d120-s-Xp-card2", "d120-s-Xp-bank",
    "d120-s-Ypd-amount0", "d120-s-Ypd-amount0-above", "d120-s-Ypd-received", "d120-s-Ypd-received-above",
    "d120-s-Ypd-card", "d120-s-Ypd-card-above", "d120-s-Ypd-cardrej", "d120-s-Ypd-cardrej-above", "d120-s-Zpd-paidamt0",
    "d120-s-Winstock-empty", "d120-s-Xs-wh", "d120-s-Xs-shelf",
    "d120-s-Wvacc-refused", "d120-s-Wvacc-error", "d120-s-Xv-dose", "d120-s-Xv-jab", "d120-s-Xv-entry",
    "d120-Xv-dose-turn", "d120-Xv-dose-turn-above", "d120-Xv-jab-turn", "d120-Xv-jab-turn-above",
    "d120-s-Yvc-dose", "d120-s-Yvc-dose-above", "d120-s-Yvc-jab", "d120-s-Yvc-jab-above",
    "d120-s-Yvc-given", "d120-s-Yvc-given-above", "d120-s-Yvc-entry", "d120-s-Yvc-entry-above",
}
r120_arguable |= r120_found_arguable
r120_arguable -= r120_found_clear

# ============================================================= wave 8: more spellings of the shape (singles)
r120_W8 = [
    ("nt", ("booking", "nights"), "integer", "Booking: BK-8810\nHotel: Havly\nNights: 2\n", "BK-8810", 2, [
        ("no", "Forlenget: med to netter", 4), ("de", "Verlängert: um zwei Nächte", 4),
        ("fr", "Prolongation: deux nuits", 4), ("es", "Prórroga: dos noches", 4),
        ("plusnights", "Plus: two nights", 4), ("moreights", "More nights: two", 4),
        ("extendedto", "Extended to: five nights", 5), ("nowfive", "Now staying: five nights", 5),
    ]),
    ("ch", ("booking", "children"), "integer", "Booking: BK-8811\nHotel: Havly\nChildren: 1\n", "BK-8811", 1, [
        ("late", "Late addition: Ola (child)", 2), ("joining", "Joining later: her daughter", 2),
        ("dropped", "Dropped out: the only child", 0),
    ]),
    ("bx", ("shipment", "boxes"), "integer", "Shipment: SH-8812\nCarrier: Bring\nBoxes: 4\n", "SH-8812", 4, [
        ("late", "Late addition: one box", 5), ("lost", "Lost in transit: one box", 3),
        ("pulled", "Pulled before dispatch: two boxes", 2),
    ]),
    ("av", ("event", "available"), "boolean", "Event: Jazz Night\nVenue: Kulturhuset\nAvailable: yes\n", "Jazz Night", True, [
        ("seats", "Seats left: none", False), ("spaces", "Spaces remaining: none", False),
        ("tickets", "Tickets left: nil", False),
    ]),
    ("op", ("shop", "open"), "boolean", "Shop: Havly Bakeri\nStreet: Strandgata 4\nOpen: yes\n", "Havly Bakeri", True, [
        ("closed", "Today: closed for stocktaking", False), ("shut", "Until further notice: shut", False),
    ]),
]
for key, (skey, mkey), mtype, rec, sval, stated, extras in r120_W8:
    sch = S({skey: "string", mkey: mtype})
    keys = f"{skey} and {mkey}"
    for i, (suf, line, right) in enumerate(extras):
        instr = r120_INSTR[i % 3].format(keys=keys)
        r120_single(f"Q{key}-{suf}", sch, instr + rec + line + "\n", {skey: sval, mkey: stated}, {skey: sval, mkey: right})
# wave 8's confirmed-alone singles (all clear: an extension or new total in words, in four languages; a late
# addition; no seats or spaces left beside "Available: yes")
r120_found_clear |= {"d120-s-Qnt-no", "d120-s-Qnt-de", "d120-s-Qnt-fr", "d120-s-Qnt-es", "d120-s-Qnt-extendedto",
                     "d120-s-Qnt-nowfive", "d120-s-Qch-joining", "d120-s-Qav-seats", "d120-s-Qav-spaces"}
r120_arguable -= r120_found_clear
