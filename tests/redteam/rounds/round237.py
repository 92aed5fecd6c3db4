r"""Red-team round 237 (black box): SCHEMA CONSTRAINTS CHANGE, THE TEXT STAYS.
Focus: extraction pairs whose base and variant share the prompt text while the JSON Schema's constraints change:
  enum lists (value dropped, added, case changed, symbol form, via $ref/$defs), minimum/maximum/exclusive bounds moved
  past the stored value, multipleOf, const (other / same value), pattern (digits only, upper case, another domain),
  format (date, date-time, email, uri), nullable members and texts that lack the value, default, maxLength/minLength,
  integer vs number vs string vs boolean vs array (type-only changes), arrays with minItems/maxItems/uniqueItems/items
  enum/items maxLength, additionalProperties false with a member added or removed, required changed, unit descriptions
  ("in cents", "in thousands", "in weeks"), keys renamed with a unit (amount_k, amount_cents, amount_minor_units),
  changes outside the members (root allOf bound/const/maxLength/description, if/then, not, dependentRequired,
  min/maxProperties, propertyNames, patternProperties, root description/title/$comment, unused $defs), $ref targets
  in $defs, "definitions", "components" and "x-types"; string -> number over other notations ("7.337", "1,05",
  "12 345", "$7,337.00", "−27", "(27)", "3/4", "27 %", "1:30", "28k", "~733"); singles where the model's first answer is
  just over a bound (101 under maximum 100, a 6-char code under maxLength 5) or the text itself violates the schema.
  2,822 probes (seeded random.Random(237)): 386 bases, 1,854 pair variants (model's first answer = the base's stale
  answer, then the right one; 1,177 expect a refusal: no value satisfies the new schema and the text), 462 safe, 120
  singles. Only this round's probes served (workload filtered to d237-), fresh SQLite store, --runs 2.
  Part 1 (d237-bb/ib): 6-member booking / invoice records (mostly not stored: "pending" read as a placeholder, dates,
  items, "Sent: ... UTC", invoice_no); part 2 (d237-base/bk*/py*/or*): 3-member records that ARE stored (Booking:
  Guest/Room/Phone, Invoice: Customer/Amount/Currency, Order: Customer/Quantity/Email), 45 member and root changes each;
  part 3 (d237-tb*/t*): type-only changes; part 4 (d237-rb*/r*/k*): $ref containers and renamed keys; part 5 (d237-nb*/n*):
  string -> number/integer over other notations; singles (d237-s1..s4).
HELD (everything): 0 wrong answers from the cache, 0 members KEPT-FROM-CACHE, run 1 and run 2 (and in three earlier
  iterations of 2,656 / 2,840 / 2,898 probes, also 0). Paths run 1: skip 2,516 / patch 132 / reuse 174; run 2: skip
  2,326 / patch 94 / reuse 402. Every change of a member's sub-schema beyond its type (bounds, multipleOf, const, enum,
  pattern, format, default, maxLength, items, description) and every change outside the members (root allOf, if/then,
  not, dependentRequired, propertyNames, patternProperties, min/maxProperties, $comment, title, unused $defs, required,
  a member added or removed) failed every member (failing_fraction 1.0) and was regenerated; stale model answers that
  the new schema rejects were refused (1,177 refusal-expected variants: none served). Type-only changes were the one
  shape served from the cache (run 2: 231 variants reused or patched, 221 right, the other 10 the "7.337" patches of
  F4 whose member was regenerated) and each stored value was read again from the text: "Amount: 623.05" number -> string "623.05", "830.00" -> "830.00", "5,477" -> "5,477", "Code: 00955" string ->
  integer 955, "Paid: yes" boolean -> string "yes", "Items: ..." array <-> string, "Room: 384" -> [384] / "384",
  "Balance: −27" string -> -27, "$7,337.00" -> 7337; fractional values to integer, "0417B"/"555-0101" to integer,
  "1,05", "12 345", "(27)", "3/4", "1:30", "28k", "~733" were refused. Singles: the model's 101 / 6-char code was
  refused and the right second answer stored and reused (21 in run 2, right); texts over the bound refused.
  Over-refusal: safe on reuse 31/462 (run 1), 59/462 (run 2): a bound equal to the value, an enum that gained a value,
  const of the same value, default, required dropped, $comment, unused $defs, minProperties are never reused.
WHAT GOT THROUGH: nothing from the cache (r237_found_alone and r237_arguable are empty; nothing to rerun alone).
  Wrong served FRESH (path=skip, or patch with the member regenerated; "not stored"), 134 in run 1 and 134 in run 2:
  (F1) a $ref into a container other than $defs/definitions: {"amount": {"$ref": "#/components/Money"}}, "components":
       {"Money": {"type": "integer", "description": "money in cents"}} over "Amount: 475" -> 475 (60: components and
       x-types, "in cents" / "in thousands"); the same under "definitions" was refused.
  (F2) a key naming another scale: "amount_k" / "amount_minor_units" over "Amount: 475" -> 475 (20).
  (F3) a root allOf description: "allOf": [{"properties": {"amount": {"description": "in hundredths (cents)"}}}] ->
       the plain amount (8 on invoices; 16 more on room/quantity, arguable).
  (F4) arguable: "length of stay in weeks" over "Nights: 8" -> 8 (6); "room number plus 1000" -> 187 (8); "the currency
       symbol" -> "EUR" (6); "Amount: 7.337" string -> number 7.337 (10; a Norwegian thousands dot or a decimal).
Adds its probes to probe_kit.P."""
import copy
import random as r237_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r237_rng = r237_random.Random(237)
r237_found_alone = set()
r237_arguable = set()
r237_meta = {}
r237_n = [0]
R = {"__refusal_expected__": True}

FIRST = ["Ana", "Jonas", "Mira", "Hanna", "Lars", "Sofie", "Erik", "Ingrid", "Tomas", "Nora", "Kari", "Per", "Eva",
         "Magnus", "Lea", "Oskar", "Ida", "Henrik", "Marta", "Sven"]
LAST = ["Ruiz", "Haugen", "Holt", "Moreau", "Berg", "Lund", "Fjeld", "Vold", "Dahl", "Nilsen", "Strand", "Bakke",
        "Lie", "Moen", "Aas", "Solberg"]
ITEMS = ["pen", "ruler", "stapler", "folder", "marker", "notebook", "eraser", "binder", "tape", "scissors"]
STAT = ["confirmed", "pending", "cancelled"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def obj(props, required=None, defs=None):
    s = {"type": "object", "properties": props, "required": list(props) if required is None else required,
         "additionalProperties": False}
    if defs:
        s["$defs"] = defs
    return s


def add(tag, fam, prompt, schema, expect, answers, safe=False, kind="var", base=None):
    r237_n[0] += 1
    pid = "d237-%s-%d" % (tag, r237_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r237_meta[pid] = {"kind": kind, "base": base}
    return pid


def variants_of(base_props, base_ans, mods):
    """mods: list of (tag, fam, fn(props)->(props, required or None, defs or None), expect or R, safe)."""
    out = []
    for tag, fam, fn, expect, safe in mods:
        props = copy.deepcopy(base_props)
        r = fn(props)
        props2, req, defs = r if isinstance(r, tuple) else (r, None, None)
        out.append((tag, fam, obj(props2, req, defs), expect, safe))
    return out


def pair_set(btag, prompt, base_props, base_ans, mods):
    bid = add(btag, "r237_base", prompt, obj(base_props), base_ans, [base_ans], kind="base")
    for tag, fam, schema, expect, safe in variants_of(base_props, base_ans, mods):
        if expect is R:
            answers = [base_ans, base_ans, base_ans]
        elif safe:
            answers = [expect]
        else:
            answers = [base_ans, expect]
        add(tag, fam, prompt, schema, expect, answers, safe=safe, base=bid)


def upd(d, **kw):
    e = dict(d)
    e.update(kw)
    return e


def without(d, k):
    return {a: b for a, b in d.items() if a != k}


def setp(k, **kw):
    def f(p):
        p[k].update(kw)
        return p
    return f


def repl(k, new):
    def f(p):
        p[k] = new
        return p
    return f


# ------------------------------------------------------------------ bookings
def booking(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    room = rng.choice([rng.randint(101, 499), rng.randint(101, 499), rng.choice([120, 210, 300, 240, 150, 400])])
    nights = rng.randint(2, 9)
    status = rng.choice(STAT)
    d, m, y = rng.randint(13, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    phone = "555-%04d" % rng.randint(100, 9999)
    datestyle = i % 3
    if datestyle == 0:
        dtext = "%02d.%02d.%d" % (d, m, y)
    elif datestyle == 1:
        dtext = "%d %s %d" % (d, MON[m - 1], y)
    else:
        dtext = "%02d/%02d/%d" % (d, m, y)
    iso = "%d-%02d-%02d" % (y, m, d)
    instr = rng.choice(["Return the booking as JSON.", "Extract the booking details as JSON.",
                        "Give me the booking below as JSON.", "Pull the booking fields out into JSON."])
    text = "%s\n\nBooking:\nGuest: %s\nRoom: %d\nNights: %d\nStatus: %s\nCheck-in: %s\nPhone: %s\n" % (
        instr, name, room, nights, status, dtext, phone)
    bp = {"guest": {"type": "string"}, "room": {"type": "integer", "minimum": 1, "maximum": 9999},
          "nights": {"type": "integer"}, "status": {"type": "string", "enum": list(STAT)},
          "check_in": {"type": "string"}, "phone": {"type": "string"}}
    ba = {"guest": name, "room": room, "nights": nights, "status": status, "check_in": dtext, "phone": phone}
    L = len(name)
    mult_bad = next(k for k in [7, 3, 11, 13, 4, 6, 9] if room % k)
    mult_ok = next((k for k in [10, 5, 3, 2] if room % k == 0), 1)
    other_room = room + rng.choice([1, 10, 100, -1])
    mods = [
        ("rmax", "r237_max", setp("room", maximum=room - 1), R, False),
        ("rmax1", "r237_max", setp("room", maximum=room - rng.randint(2, 90)), R, False),
        ("rmaxeq", "r237_max_safe", setp("room", maximum=room), ba, True),
        ("rxmax", "r237_exclusive", setp("room", exclusiveMaximum=room), R, False),
        ("rmin", "r237_min", setp("room", minimum=room + 1), R, False),
        ("rxmin", "r237_exclusive", setp("room", exclusiveMinimum=room), R, False),
        ("rmul", "r237_multipleof", setp("room", multipleOf=mult_bad), R, False),
        ("rmulok", "r237_multipleof_safe", setp("room", multipleOf=mult_ok), ba, True),
        ("rconst", "r237_const", repl("room", {"type": "integer", "const": other_room}), R, False),
        ("renum", "r237_enum_int", repl("room", {"type": "integer", "enum": [other_room, other_room + 2]}), R, False),
        ("rnum", "r237_int_number_safe", repl("room", {"type": "number"}), ba, True),
        ("rstr", "r237_int_to_string", repl("room", {"type": "string"}), upd(ba, room=str(room)), False),
        ("nmax", "r237_max", setp("nights", maximum=nights - 1), R, False),
        ("nmin", "r237_min", setp("nights", minimum=nights + 1), R, False),
        ("ndef", "r237_default_safe", setp("nights", default=1), ba, True),
        ("nweeks", "r237_unit_desc", setp("nights", description="length of stay in weeks"), R, False),
        ("gmaxl", "r237_maxlength", setp("guest", maxLength=L - 1), R, False),
        ("gmaxl2", "r237_maxlength", setp("guest", maxLength=L - rng.randint(2, 5)), R, False),
        ("gmaxleq", "r237_maxlength_safe", setp("guest", maxLength=L), ba, True),
        ("gminl", "r237_minlength", setp("guest", minLength=L + 1), R, False),
        ("gpat", "r237_pattern", setp("guest", pattern="^[A-Z ]+$"), upd(ba, guest=name.upper()), False),
        ("scase", "r237_enum_case", setp("status", enum=[s.capitalize() for s in STAT]),
         upd(ba, status=status.capitalize()), False),
        ("supper", "r237_enum_case", setp("status", enum=[s.upper() for s in STAT]),
         upd(ba, status=status.upper()), False),
        ("sdrop", "r237_enum_drop", setp("status", enum=[s for s in STAT if s != status] + ["waitlisted"]), R, False),
        ("sadd", "r237_enum_add_safe", setp("status", enum=list(STAT) + ["waitlisted"]), ba, True),
        ("sconst", "r237_const", repl("status", {"type": "string", "const": [s for s in STAT if s != status][0]}),
         R, False),
        ("sref", "r237_ref_enum_case",
         lambda p: (upd(p, status={"$ref": "#/$defs/Status"}), None,
                    {"Status": {"type": "string", "enum": [s.upper() for s in STAT]}}),
         upd(ba, status=status.upper()), False),
        ("srefdrop", "r237_ref_enum_drop",
         lambda p: (upd(p, status={"$ref": "#/$defs/Status"}), None,
                    {"Status": {"type": "string", "enum": [s for s in STAT if s != status]}}), R, False),
        ("dfmt", "r237_format_date", setp("check_in", format="date"), upd(ba, check_in=iso), False),
        ("dpat", "r237_pattern_date", setp("check_in", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
         upd(ba, check_in=iso), False),
        ("dfmtdesc", "r237_format_date", setp("check_in", format="date", description="ISO 8601 date"),
         upd(ba, check_in=iso), False),
        ("ppat", "r237_pattern", setp("phone", pattern="^[0-9]{7}$"), upd(ba, phone=phone.replace("-", "")), False),
        ("ppat2", "r237_pattern", setp("phone", pattern="^\\+47"), R, False),
        ("pnull", "r237_nullable_safe", repl("phone", {"type": ["string", "null"]}), ba, True),
        ("premove", "r237_addprops_removed", lambda p: without(p, "phone"), without(ba, "phone"), False),
        ("nremove", "r237_addprops_removed", lambda p: without(p, "nights"), without(ba, "nights"), False),
        ("eadd_null", "r237_nullable_missing", lambda p: upd(p, email={"type": ["string", "null"]}),
         upd(ba, email=None), False),
        ("eadd_req", "r237_required_missing", lambda p: upd(p, email={"type": "string", "format": "email"}), R, False),
        ("reqdrop", "r237_required_safe", lambda p: (p, ["guest", "room"], None), ba, True),
    ]
    pair_set("bb", text, bp, ba, mods)


# ------------------------------------------------------------------ invoices
def invoice(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    inv = rng.randint(1000, 9999)
    amt = rng.choice([rng.randint(12, 990), rng.randint(1, 40) * 25])
    items = rng.sample(ITEMS, 3)
    email = "%s.%s@example.com" % (name.split()[0].lower(), name.split()[1].lower())
    hh, mm = rng.randint(8, 17), rng.choice([0, 15, 30, 45])
    day = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    amt_text = rng.choice(["%d.00" % amt, "%d" % amt])
    instr = rng.choice(["Return the invoice as JSON.", "Extract the invoice fields as JSON.",
                        "Give the invoice below as JSON.", "Turn this invoice into JSON."])
    text = ("%s\n\nInvoice:\nInvoice no: %d\nCustomer: %s\nAmount: %s\nCurrency: EUR\nItems: %s\nEmail: %s\n"
            "Sent: %s %02d:%02d UTC\n" % (instr, inv, name, amt_text, ", ".join(items), email, day, hh, mm))
    bp = {"invoice_no": {"type": "integer"}, "customer": {"type": "string"}, "amount": {"type": "number"},
          "currency": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}},
          "email": {"type": "string"}}
    ba = {"invoice_no": inv, "customer": name, "amount": amt, "currency": "EUR", "items": items, "email": email}
    mult_bad = next(k for k in [7, 3, 11, 13, 9] if amt % k)
    mods = [
        ("acents", "r237_unit_desc", repl("amount", {"type": "integer", "description": "amount in cents"}),
         upd(ba, amount=amt * 100), False),
        ("acents2", "r237_unit_desc", repl("amount", {"type": "number", "description": "the amount in euro cents"}),
         upd(ba, amount=amt * 100), False),
        ("ak", "r237_unit_desc", repl("amount", {"type": "number", "description": "amount in thousands of euros"}),
         upd(ba, amount=amt / 1000.0), False),
        ("aint", "r237_int_number_safe", repl("amount", {"type": "integer"}), ba, True),
        ("amax", "r237_max", setp("amount", maximum=amt - 1), R, False),
        ("amaxd", "r237_max", setp("amount", maximum=amt - 0.01), R, False),
        ("axmax", "r237_exclusive", setp("amount", exclusiveMaximum=amt), R, False),
        ("amin", "r237_min", setp("amount", minimum=amt + 1), R, False),
        ("amul", "r237_multipleof", setp("amount", multipleOf=mult_bad), R, False),
        ("amul01", "r237_multipleof_safe", setp("amount", multipleOf=0.01), ba, True),
        ("imax", "r237_max", setp("invoice_no", maximum=999), R, False),
        ("ixmin", "r237_exclusive", setp("invoice_no", exclusiveMinimum=inv), R, False),
        ("cconst", "r237_const", repl("currency", {"type": "string", "const": "USD"}), R, False),
        ("cconstok", "r237_const_safe", repl("currency", {"type": "string", "const": "EUR"}), ba, True),
        ("clow", "r237_enum_case", repl("currency", {"type": "string", "enum": ["eur", "usd", "nok"]}),
         upd(ba, currency="eur"), False),
        ("cdrop", "r237_enum_drop", repl("currency", {"type": "string", "enum": ["USD", "NOK", "SEK"]}), R, False),
        ("csym", "r237_enum_symbol", repl("currency", {"type": "string", "enum": ["€", "$", "kr"]}),
         upd(ba, currency="€"), False),
        ("cdesc", "r237_desc_form", setp("currency", description="the currency symbol"), upd(ba, currency="€"), False),
        ("imaxi", "r237_array_maxitems", setp("items", maxItems=2), R, False),
        ("imini", "r237_array_minitems", setp("items", minItems=4), R, False),
        ("iuniq", "r237_array_unique_safe", setp("items", uniqueItems=True), ba, True),
        ("imaxok", "r237_array_maxitems_safe", setp("items", maxItems=3), ba, True),
        ("ienum", "r237_array_items_enum", setp("items", items={"type": "string", "enum": items[:2]}), R, False),
        ("imaxlen", "r237_array_items_maxlength",
         setp("items", items={"type": "string", "maxLength": max(len(x) for x in items) - 1}), R, False),
        ("iupper", "r237_array_items_pattern", setp("items", items={"type": "string", "pattern": "^[A-Z]+$"}),
         upd(ba, items=[x.upper() for x in items]), False),
        ("ione", "r237_array_to_string", repl("items", {"type": "string"}), upd(ba, items=", ".join(items)), False),
        ("efmt", "r237_format_email_safe", setp("email", format="email"), ba, True),
        ("epat", "r237_pattern", setp("email", pattern="@example\\.org$"), R, False),
        ("eupper", "r237_pattern", setp("email", pattern="^[A-Z.@]+$"), upd(ba, email=email.upper()), False),
        ("cumax", "r237_maxlength", setp("customer", maxLength=len(name) - 1), R, False),
        ("sentdt", "r237_format_datetime", lambda p: upd(p, sent={"type": "string", "format": "date-time"}),
         upd(ba, sent="%sT%02d:%02d:00Z" % (day, hh, mm)), False),
        ("itremove", "r237_addprops_removed", lambda p: without(p, "items"), without(ba, "items"), False),
        ("curremove", "r237_addprops_removed", lambda p: without(p, "currency"), without(ba, "currency"), False),
        ("duenull", "r237_nullable_missing", lambda p: upd(p, due_date={"type": ["string", "null"], "format": "date"}),
         upd(ba, due_date=None), False),
        ("duereq", "r237_required_missing", lambda p: upd(p, due_date={"type": "string", "format": "date"}), R, False),
        ("refamt", "r237_ref_unit",
         lambda p: (upd(p, amount={"$ref": "#/$defs/Cents"}), None,
                    {"Cents": {"type": "integer", "description": "money in cents"}}),
         upd(ba, amount=amt * 100), False),
        ("refmax", "r237_ref_max",
         lambda p: (upd(p, amount={"$ref": "#/$defs/Small"}), None, {"Small": {"type": "number", "maximum": amt - 1}}),
         R, False),
    ]
    pair_set("ib", text, bp, ba, mods)


# ------------------------------------------------------------------ storable records (part 2)
def rec(kind, i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    if kind == "bk":
        room = rng.randint(101, 499)
        phone = "555-%04d" % rng.randint(100, 9999)
        text = "Return the booking as JSON.\n\nBooking:\nGuest: %s\nRoom: %d\nPhone: %s\n" % (name, room, phone)
        bp = {"guest": {"type": "string"}, "room": {"type": "integer"}, "phone": {"type": "string"}}
        ba = {"guest": name, "room": room, "phone": phone}
        num, nv, sk, sv = "room", room, "phone", phone
    elif kind == "py":
        amt = rng.choice([rng.randint(12, 990), rng.randint(1, 40) * 25])
        cur = rng.choice(["EUR", "NOK", "USD", "SEK"])
        text = "Return the invoice as JSON.\n\nInvoice:\nCustomer: %s\nAmount: %d\nCurrency: %s\n" % (name, amt, cur)
        bp = {"customer": {"type": "string"}, "amount": {"type": "number"}, "currency": {"type": "string"}}
        ba = {"customer": name, "amount": amt, "currency": cur}
        num, nv, sk, sv = "amount", amt, "currency", cur
    else:
        q = rng.randint(2, 60)
        email = "%s.%s@example.com" % tuple(name.lower().split())
        text = "Return the order as JSON.\n\nOrder:\nCustomer: %s\nQuantity: %d\nEmail: %s\n" % (name, q, email)
        bp = {"customer": {"type": "string"}, "quantity": {"type": "integer"}, "email": {"type": "string"}}
        ba = {"customer": name, "quantity": q, "email": email}
        num, nv, sk, sv = "quantity", q, "email", email
    nk = [k for k in bp if k not in (num, sk)][0]
    nmv = ba[nk]
    mb = next(k for k in [7, 3, 11, 13, 9] if nv % k)
    mods = [
        # the member's own sub-schema
        ("max", "r237_max", setp(num, maximum=nv - 1), R, False),
        ("maxeq", "r237_max_safe", setp(num, maximum=nv), ba, True),
        ("xmax", "r237_exclusive", setp(num, exclusiveMaximum=nv), R, False),
        ("min", "r237_min", setp(num, minimum=nv + 1), R, False),
        ("xmin", "r237_exclusive", setp(num, exclusiveMinimum=nv), R, False),
        ("mul", "r237_multipleof", setp(num, multipleOf=mb), R, False),
        ("const", "r237_const", repl(num, {"type": bp[num]["type"], "const": nv + 1}), R, False),
        ("constok", "r237_const_safe", repl(num, {"type": bp[num]["type"], "const": nv}), ba, True),
        ("enumi", "r237_enum_int", repl(num, {"type": "integer", "enum": [nv + 1, nv + 2, nv * 2]}), R, False),
        ("def", "r237_default_safe", setp(num, default=0), ba, True),
        ("tstr", "r237_type_change", repl(num, {"type": "string"}), upd(ba, **{num: str(nv)}), False),
        ("tnull", "r237_nullable_safe", repl(num, {"type": [bp[num]["type"], "null"]}), ba, True),
        ("cents", "r237_unit_desc", repl(num, {"type": "integer", "description": {
            "room": "room number plus 1000", "amount": "amount in cents", "quantity": "quantity in dozens"}[num]}),
         R if num != "amount" else upd(ba, amount=nv * 100), False),
        ("maxl", "r237_maxlength", setp(nk, maxLength=len(nmv) - 1), R, False),
        ("maxleq", "r237_maxlength_safe", setp(nk, maxLength=len(nmv)), ba, True),
        ("minl", "r237_minlength", setp(nk, minLength=len(nmv) + 1), R, False),
        ("upper", "r237_pattern", setp(nk, pattern="^[A-Z ]+$"), upd(ba, **{nk: nmv.upper()}), False),
        ("enumc", "r237_enum_case", setp(sk, enum=[sv.lower(), sv.upper(), "other"]) if sk == "currency" else
         setp(sk, enum=[sv.upper()]), upd(ba, **{sk: sv.lower() if sk == "currency" else sv.upper()}), False),
        ("enumd", "r237_enum_drop", setp(sk, enum=["XYZ", "n/a"]), R, False),
        ("enuma", "r237_enum_add_safe", setp(sk, enum=[sv, "n/a"]), ba, True),
        ("spat", "r237_pattern", setp(sk, pattern="^[0-9]+$" if sk == "phone" else "^[a-z]{1,3}$"),
         upd(ba, **{sk: sv.replace("-", "")}) if sk == "phone" else (upd(ba, currency=sv.lower()) if sk == "currency"
                                                                     else R), False),
        ("sfmt", "r237_format", setp(sk, format={"phone": "date", "currency": "email", "email": "uri"}[sk]), R, False),
        ("ref", "r237_ref_bound", lambda p: (upd(p, **{num: {"$ref": "#/$defs/N"}}), None,
                                             {"N": {"type": bp[num]["type"], "maximum": nv - 1}}), R, False),
        ("refok", "r237_ref_safe", lambda p: (upd(p, **{num: {"$ref": "#/$defs/N"}}), None,
                                              {"N": {"type": bp[num]["type"]}}), ba, True),
        ("rm", "r237_addprops_removed", lambda p: without(p, sk), without(ba, sk), False),
        ("add_null", "r237_nullable_missing", lambda p: upd(p, note={"type": ["string", "null"]}),
         upd(ba, note=None), False),
        ("add_req", "r237_required_missing", lambda p: upd(p, note={"type": "string", "minLength": 1}), R, False),
        ("reqdrop", "r237_required_safe", lambda p: (p, [nk], None), ba, True),
        ("reqdrop_noaddl", "r237_addprops_open_safe",
         lambda p: (p, None, None), ba, True),
    ]
    bid = add("base", "r237_base2", text, obj(bp), ba, [ba], kind="base")
    for tag, fam, schema, expect, safe in variants_of(bp, ba, mods):
        if tag == "reqdrop_noaddl":
            schema = dict(schema)
            schema["additionalProperties"] = True
        if expect is R:
            answers = [ba, ba, ba]
        elif safe:
            answers = [expect]
        else:
            answers = [ba, expect]
        add(kind + tag, fam, text, schema, expect, answers, safe=safe, base=bid)
    # changes outside the members (the member sub-schemas unchanged)
    def root(tag, fam, extra, expect, safe=False, req=None):
        sch = obj(copy.deepcopy(bp), req)
        sch.update(extra)
        answers = [expect] if safe else ([ba, ba, ba] if expect is R else [ba, expect])
        add(kind + tag, fam, text, sch, expect, answers, safe=safe, base=bid)
    root("Rallmax", "r237_root_allof_bound", {"allOf": [{"properties": {num: {"maximum": nv - 1}}}]}, R)
    root("Rallmin", "r237_root_allof_bound", {"allOf": [{"properties": {num: {"minimum": nv + 1}}}]}, R)
    root("Rallconst", "r237_root_allof_const", {"allOf": [{"properties": {sk: {"const": "XYZ"}}}]}, R)
    root("Rallmaxl", "r237_root_allof_maxlength", {"allOf": [{"properties": {nk: {"maxLength": 3}}}]}, R)
    root("Rallcents", "r237_root_allof_desc",
         {"allOf": [{"properties": {num: {"description": "in hundredths (cents)"}}}]},
         upd(ba, **{num: nv * 100}))
    root("Rifthen", "r237_root_if_then",
         {"if": {"properties": {nk: {"type": "string"}}}, "then": {"properties": {num: {"maximum": nv - 1}}}}, R)
    root("Rnot", "r237_root_not", {"not": {"properties": {num: {"const": nv}}}}, R)
    root("Rdepreq", "r237_root_dependent_required", {"dependentRequired": {nk: ["note"]}}, R)
    root("Rmaxprops", "r237_root_maxproperties", {"maxProperties": 2}, R)
    root("Rminprops", "r237_root_minproperties_safe", {"minProperties": 3}, ba, safe=True)
    root("Rpropnames", "r237_root_propertynames", {"propertyNames": {"maxLength": 4}}, R)
    root("Rdesc", "r237_root_desc", {"description": "All amounts and counts are given in hundreds."}, R)
    root("Rdefs", "r237_root_defs_unused_safe", {"$defs": {"Unused": {"type": "string"}}}, ba, safe=True)
    root("Rpatprops", "r237_root_patternprops", {"patternProperties": {"^" + num + "$": {"maximum": nv - 1}}}, R)
    root("Rcomment", "r237_root_comment_safe", {"$comment": "generated by the billing export"}, ba, safe=True)
    root("Rtitle", "r237_root_title_unit", {"title": "Record (all numbers in thousands)"}, R)


for r237_i in range(8):
    rec("bk", r237_i)
    rec("py", r237_i)
    rec("or", r237_i)



# ------------------------------------------------------------------ part 3: the member's type alone changes
def r237_num_text(x, nd):
    return ("%." + str(nd) + "f") % x


def tyrec(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    shapes = []
    a2 = rng.randint(10, 900) + rng.choice([0.5, 0.25, 0.75, 0.1, 0.05])
    a2t = r237_num_text(a2, 2)
    shapes.append(("frac", "Invoice", "Amount", a2t, "amount", "number", float(a2t),
                   [("integer", R, False), ("string", a2t, False), (["integer", "null"], R, False)]))
    a0 = rng.randint(10, 900)
    shapes.append(("dot00", "Invoice", "Amount", "%d.00" % a0, "amount", "number", a0,
                   [("string", "%d.00" % a0, False), ("integer", a0, True)]))
    a3 = rng.randint(1001, 9999)
    a3t = "{:,}".format(a3)
    shapes.append(("thou", "Invoice", "Amount", a3t, "amount", "number", a3,
                   [("string", a3t, False), ("integer", a3, True)]))
    z = "00%03d" % rng.randint(100, 999)
    shapes.append(("lead0", "Order", "Code", z, "code", "string", z,
                   [("integer", int(z), False), ("number", int(z), False)]))
    zb = "0%03d%s" % (rng.randint(100, 999), rng.choice("ABCD"))
    shapes.append(("zipb", "Order", "Code", zb, "code", "string", zb, [("integer", R, False)]))
    ph = "555-%04d" % rng.randint(1000, 9999)
    shapes.append(("phone", "Booking", "Phone", ph, "phone", "string", ph, [("integer", R, False)]))
    shapes.append(("yes", "Invoice", "Paid", "yes", "paid", "string", "yes", [("boolean", True, False)]))
    shapes.append(("byes", "Invoice", "Paid", "yes", "paid", "boolean", True, [("string", "yes", False)]))
    shapes.append(("bno", "Invoice", "Paid", "no", "paid", "boolean", False, [("string", "no", False)]))
    its = rng.sample(ITEMS, 3)
    shapes.append(("list", "Order", "Items", ", ".join(its), "items", "string", ", ".join(its),
                   [({"array": "string"}, its, False)]))
    shapes.append(("arr", "Order", "Items", ", ".join(its), "items", {"array": "string"}, its,
                   [("string", ", ".join(its), False)]))
    q1 = rng.choice([1, 0])
    shapes.append(("q01", "Order", "Quantity", str(q1), "quantity", "integer", q1, [("boolean", R, False)]))
    rm = rng.randint(101, 499)
    shapes.append(("arrint", "Booking", "Room", str(rm), "room", "integer", rm,
                   [({"array": "integer"}, [rm], False), ("string", str(rm), True)]))
    bal = -rng.randint(5, 400)
    shapes.append(("neg", "Invoice", "Balance", str(bal), "balance", "integer", bal,
                   [("string", str(bal), False), ("number", bal, True)]))
    pc = rng.randint(5, 40)
    shapes.append(("pct", "Invoice", "Discount", "%d%%" % pc, "discount", "string", "%d%%" % pc,
                   [("integer", pc, False), ("number", pc, False)]))
    w = rng.randint(1, 30) + 0.5
    shapes.append(("unit", "Order", "Weight", "%.1f kg" % w, "weight", "number", w,
                   [("string", "%.1f kg" % w, False), ("integer", R, False)]))
    c10 = rng.choice([0.1, 0.2, 0.3, 0.5])
    shapes.append(("dec0", "Invoice", "Fee", "%.2f" % c10, "fee", "number", c10, [("string", "%.2f" % c10, False)]))
    tw = rng.choice([("twelve", 12), ("seven", 7), ("three", 3), ("twenty", 20)])
    shapes.append(("word", "Order", "Quantity", tw[0], "quantity", "string", tw[0], [("integer", tw[1], False)]))
    for tag, head, label, vtext, key, btype, bval, vars_ in shapes:
        text = "Return the %s as JSON.\n\n%s:\nCustomer: %s\n%s: %s\n" % (head.lower(), head, name, label, vtext)

        def sub(t):
            if isinstance(t, dict):
                return {"type": "array", "items": {"type": t["array"]}}
            return {"type": t}
        bp = {"customer": {"type": "string"}, key: sub(btype)}
        ba = {"customer": name, key: bval}
        bid = add("tb" + tag, "r237_type_base", text, obj(bp), ba, [ba], kind="base")
        for vt, vexp, safe in vars_:
            vp = {"customer": {"type": "string"}, key: sub(vt)}
            expect = vexp if vexp is R else {"customer": name, key: vexp}
            answers = [expect] if safe else ([ba, ba, ba] if vexp is R else [ba, expect])
            add("t" + tag, "r237_type_" + tag, text, obj(vp), expect, answers, safe=safe, base=bid)
    # text that lacks the value: a nullable member made plain
    ph = "555-%04d" % rng.randint(1000, 9999)
    text = "Return the booking as JSON.\n\nBooking:\nGuest: %s\nPhone: %s\n" % (name, ph)
    bp = {"guest": {"type": "string"}, "phone": {"type": "string"}, "room": {"type": ["integer", "null"]}}
    ba = {"guest": name, "phone": ph, "room": None}
    bid = add("tbnull", "r237_type_base", text, obj(bp), ba, [ba], kind="base")
    for vt, vexp, safe in [("integer", R, False), (["string", "null"], None, True), (["number", "null"], None, True)]:
        vp = dict(bp)
        vp["room"] = {"type": vt}
        expect = vexp if vexp is R else upd(ba, room=vexp)
        answers = [expect] if safe else [ba, ba, ba]
        add("tnull", "r237_type_null_to_plain", text, obj(vp), expect, answers, safe=safe, base=bid)


for r237_i in range(10):
    tyrec(r237_i)


# ------------------------------------------------------------------ part 4: meaning behind a $ref into other containers, keys
def refrec(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    amt = rng.randint(12, 990)
    cur = rng.choice(["EUR", "NOK", "USD"])
    text = "Return the invoice as JSON.\n\nInvoice:\nCustomer: %s\nAmount: %d\nCurrency: %s\n" % (name, amt, cur)
    ba = {"customer": name, "amount": amt, "currency": cur}

    def sch(container, money, extra_root=None, key="amount"):
        props = {"customer": {"type": "string"}, key: {"$ref": "#/%s/Money" % container},
                 "currency": {"type": "string"}}
        s_ = obj(props)
        if container == "$defs":
            s_["$defs"] = {"Money": money}
        elif container == "definitions":
            s_["definitions"] = {"Money": money}
        else:
            s_[container] = {"Money": money}
        if extra_root:
            s_.update(extra_root)
        return s_
    for cont in ["definitions", "components", "x-types"]:
        base = sch(cont, {"type": "number"})
        bid = add("rb" + cont[:3], "r237_ref_base", text, base, ba, [ba], kind="base")
        cents = upd(ba, amount=amt * 100)
        for tag, money, exp in [("cents", {"type": "integer", "description": "money in cents"}, cents),
                                ("centsn", {"type": "number", "description": "amount in cents"}, cents),
                                ("k", {"type": "number", "description": "in thousands"}, upd(ba, amount=amt / 1000.0)),
                                ("max", {"type": "number", "maximum": amt - 1}, R),
                                ("const", {"type": "number", "const": amt + 1}, R),
                                ("same", {"type": "number"}, ba)]:
            safe = tag == "same"
            answers = [ba] if safe else ([ba, ba, ba] if exp is R else [ba, exp])
            add("r%s%s" % (cont[:3], tag), "r237_ref_" + cont.replace("-", "") + "_" + tag,
                text.replace("JSON.", "JSON.") if not safe else text, sch(cont, money), exp, answers, safe=safe,
                base=bid)
    # keys renamed, same sub-schema
    bp = {"customer": {"type": "string"}, "amount": {"type": "number"}, "currency": {"type": "string"}}
    bid = add("kb", "r237_key_base", text, obj(bp), ba, [ba], kind="base")
    for newkey, exp in [("amount_cents", amt * 100), ("amount_in_cents", amt * 100), ("amount_k", amt / 1000.0),
                        ("amount_thousands", amt / 1000.0), ("amount_usd", R if cur != "USD" else amt),
                        ("amount_minor_units", amt * 100)]:
        vp = {"customer": {"type": "string"}, newkey: {"type": "number"}, "currency": {"type": "string"}}
        expect = R if exp is R else {"customer": name, newkey: exp, "currency": cur}
        stale = {"customer": name, newkey: amt, "currency": cur}
        answers = [stale, stale, stale] if exp is R else [stale, expect]
        add("k" + newkey, "r237_key_unit", text, obj(vp), expect, answers, base=bid)


for r237_i in range(10):
    refrec(r237_i)


# ------------------------------------------------------------------ part 5: string -> number over other notations
def notrec(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    a = rng.randint(1001, 9999)
    c = rng.randint(1, 99)
    sh = [
        ("eudot", "Amount", "%d.%03d NOK" % (a // 1000, a % 1000) if a % 1000 >= 100 else "%d.%03d NOK" % (a // 1000, 100 + a % 1000),
         None),
        ("eucomma", "Amount", "%d,%02d" % (a % 100 + 1, c), float("%d.%02d" % (a % 100 + 1, c))),
        ("space", "Amount", "%d %03d" % (a // 1000 + 10, a % 1000), (a // 1000 + 10) * 1000 + a % 1000),
        ("dollar", "Amount", "$%s.00" % "{:,}".format(a), a),
        ("eufull", "Amount", "%d.%03d,%02d" % (a // 1000 + 1, a % 1000, c), float("%d%03d.%02d" % (a // 1000 + 1, a % 1000, c))),
        ("minus", "Balance", "\u2212%d" % (c + 1), -(c + 1)),
        ("paren", "Balance", "(%d)" % (c + 1), None),
        ("frac", "Share", "%d/4" % rng.choice([1, 3]), None),
        ("pctsp", "Discount", "%d %%" % c, c),
        ("time", "Duration", "1:%02d" % rng.randint(10, 59), None),
        ("kilo", "Amount", "%dk" % (c + 1), None),
        ("tilde", "Amount", "~%d" % (a // 10), None),
    ]
    for tag, label, vtext, val in sh:
        if tag == "eudot":
            vtext = "%d.%03d" % (a // 1000, a % 1000)
            val = None  # 1.234 with a dot: thousands in Norway, a decimal point elsewhere
        text = "Return the invoice as JSON.\n\nInvoice:\nCustomer: %s\n%s: %s\n" % (name, label, vtext)
        key = label.lower()
        bp = {"customer": {"type": "string"}, key: {"type": "string"}}
        ba = {"customer": name, key: vtext}
        bid = add("nb" + tag, "r237_notation_base", text, obj(bp), ba, [ba], kind="base")
        for vt in ["number", "integer"]:
            if vt == "integer" and val is not None and val != int(val):
                exp = R
            else:
                exp = R if val is None else {"customer": name, key: val}
            stale = ba
            answers = [stale, stale, stale] if exp is R else [stale, exp]
            vp = {"customer": {"type": "string"}, key: {"type": vt}}
            add("n" + tag, "r237_notation_" + tag, text, obj(vp), exp, answers, base=bid)


for r237_i in range(10):
    notrec(r237_i)

# ------------------------------------------------------------------ singles: the model's small violations
def singles(i):
    rng = r237_rng
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    score = rng.randint(60, 99)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    txt = "Return the result as JSON.\n\nResult:\nStudent: %s\nScore: %d\nCode: %s\n" % (name, score, code)
    base = {"student": {"type": "string"}, "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "code": {"type": "string", "maxLength": 5}}
    ba = {"student": name, "score": score, "code": code}
    # model first gives a value one over; then the right one
    add("s1", "r237_single_over", txt.replace("Result:", "Result (%d):" % i), obj(base), ba,
        [upd(ba, score=101), ba], kind="single")
    add("s2", "r237_single_over", txt.replace("Result:", "Result %d:" % i), obj(base), ba,
        [upd(ba, code=code + code[-1]), ba], kind="single")
    # text itself over the bound: no right answer
    t3 = "Return the result as JSON.\n\nResult:\nStudent: %s\nScore: %d\nCode: %s\n" % (name, 100 + rng.randint(1, 9),
                                                                                     code)
    b3 = {"student": name, "score": int(t3.split("Score: ")[1].split("\n")[0]), "code": code}
    add("s3", "r237_single_text_over", t3, obj(base), R, [b3, b3, b3], kind="single")
    t4 = "Return the result as JSON.\n\nResult:\nStudent: %s\nScore: %d\nCode: %s\n" % (name, score, code + "Q")
    b4 = {"student": name, "score": score, "code": code + "Q"}
    add("s4", "r237_single_text_over", t4, obj(base), R, [b4, b4, b4], kind="single")


for r237_i in range(6):
    booking(r237_i)
for r237_i in range(6):
    invoice(r237_i)
for r237_i in range(30):
    singles(r237_i)

# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest, each with the base of its pair (arguable ones left out).
from probe_kit import sample_round as r237_sample_round  # noqa: E402

r237_all = list(P)
r237_sample_round("d237-", set(), 30, safe_every=10)
r237_keep = {r237_p["id"] for r237_p in P if r237_p["id"].startswith("d237-")}
r237_keep |= {r237_meta[r237_i]["base"] for r237_i in list(r237_keep) if r237_meta.get(r237_i, {}).get("base")}
P[:] = [r237_p for r237_p in r237_all if (not r237_p["id"].startswith("d237-") or r237_p["id"] in r237_keep)
        and r237_p["id"] not in r237_arguable]
