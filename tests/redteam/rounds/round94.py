"""Red-team round 94 (black box, stepcache-s31): see FINDINGS.md. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ================================================================ round 94
# Changes outside the record's field lines: (1) schema-only changes with the same prompt text,
# (2) footnotes, references and code legends added or changed beneath the record.
import copy


def r94_rekey(base, exp):
    """The stale answer laid on the variant's keys (same values, in order)."""
    if isinstance(base, dict) and isinstance(exp, dict):
        if base.keys() == exp.keys():
            return {k: r94_rekey(base[k], exp[k]) for k in exp}
        return {k: r94_rekey(v, exp[k]) for k, v in zip(exp.keys(), base.values())}
    return copy.deepcopy(base)


def r94_s(tag, fam, prompt, sb, eb, variants):
    """Schema-only variants: the same prompt, another schema."""
    J("d94-%s-base" % tag, fam, prompt, sb, eb, [eb])
    for v in variants:
        vt, sv, ev = v[:3]
        stale = v[3] if len(v) > 3 else r94_rekey(eb, ev)
        safe = stale == ev
        J("d94-%s-%s" % (tag, vt), fam, prompt, sv, ev, [stale] if safe else [stale, ev], safe=safe)


def r94_t(tag, fam, ins, schema, base_text, eb, variants):
    """Text variants: the same instruction and schema, another footnote / legend."""
    J("d94-%s-base" % tag, fam, ins + "\n\n" + base_text, schema, eb, [eb])
    for v in variants:
        vt, text, ev = v[:3]
        stale = v[3] if len(v) > 3 else eb
        safe = stale == ev
        J("d94-%s-%s" % (tag, vt), fam, ins + "\n\n" + text, schema, ev, [stale] if safe else [stale, ev], safe=safe)


def r94_m(t, desc=None, **kw):
    m = {"type": t}
    if desc:
        m["description"] = desc
    m.update(kw)
    return m


# ---------------------------------------------------------------- (1) schema only
# --- price: euros / cents / discount / per pair
r94_shop = "Return the product as JSON.\n\nProduct: Desk lamp\nPrice: 40.00 EUR\nStock: 12\n"
r94_s("pr", "r94_schema_desc", r94_shop,
      S({"product": "string", "price": "number"}, {"price": "price in euros"}), {"product": "Desk lamp", "price": 40}, [
    ("cents", S({"product": "string", "price": "number"}, {"price": "price in cents"}), {"product": "Desk lamp", "price": 4000}),
    ("centk", S({"product": "string", "price_cents": "number"}), {"product": "Desk lamp", "price_cents": 4000}),
    ("centt", S({"product": "string", "price": {"type": "number", "title": "Price (euro cents)"}}), {"product": "Desk lamp", "price": 4000}),
    ("half", S({"product": "string", "price": "number"}, {"price": "price in euros after the 50% staff discount"}), {"product": "Desk lamp", "price": 20}),
    ("nok", S({"product": "string", "price": "number"}, {"price": "price in Norwegian kroner (1 EUR = 11.5 NOK)"}), {"product": "Desk lamp", "price": 460}),
    ("stock", S({"product": "string", "price": "number"}, {"price": "the number of units in stock"}), {"product": "Desk lamp", "price": 12}),
    ("same", S({"product": "string", "price": "number"}, {"price": "the price in EUR"}), {"product": "Desk lamp", "price": 40}),
])
r94_ng = "Return the item and its price as JSON.\n\nItem: Desk lamp\nNet price: 32.00\nGross price: 40.00\nSupplier: Lumo AS\n"
r94_s("ng", "r94_schema_key", r94_ng, S({"item": "string", "net_price": "number"}), {"item": "Desk lamp", "net_price": 32}, [
    ("gross", S({"item": "string", "gross_price": "number"}), {"item": "Desk lamp", "gross_price": 40}),
    ("dgross", S({"item": "string", "net_price": "number"}, {"net_price": "the gross price incl. VAT"}), {"item": "Desk lamp", "net_price": 40}),
    ("pincl", S({"item": "string", "price": "number"}, {"price": "price including VAT"}), {"item": "Desk lamp", "price": 40}),
    ("pexcl", S({"item": "string", "price": "number"}, {"price": "price excluding VAT"}), {"item": "Desk lamp", "price": 32}),
    ("brutto", S({"item": "string", "bruttopris": "number"}), {"item": "Desk lamp", "bruttopris": 40}),
    ("title", S({"item": "string", "price": {"type": "number", "title": "Gross price"}}), {"item": "Desk lamp", "price": 40}),
])
# --- person: age, phones, addresses, dates, name forms
r94_per = ("Return the customer as JSON.\n\nName: Jonas Berg\nAge: 41\nPhone: 555-0101 / 555-0202\n"
           "Address: Kirkeveien 5, Bergen (previously Storgata 1, Oslo)\nBorn: 1984-06-12\n")
r94_s("age", "r94_schema_desc", r94_per, S({"name": "string", "age": "integer"}, {"age": "age in years"}), {"name": "Jonas Berg", "age": 41}, [
    ("mon", S({"name": "string", "age": "integer"}, {"age": "age in months"}), {"name": "Jonas Berg", "age": 492}),
    ("monk", S({"name": "string", "age_months": "integer"}), {"name": "Jonas Berg", "age_months": 492}),
    ("next", S({"name": "string", "age": "integer"}, {"age": "the age he turns at his next birthday"}), {"name": "Jonas Berg", "age": 42}),
    ("ago", S({"name": "string", "age": "integer"}, {"age": "his age ten years ago"}), {"name": "Jonas Berg", "age": 31}),
    ("byear", S({"name": "string", "age": "integer"}, {"age": "the year he was born"}), {"name": "Jonas Berg", "age": 1984}),
    ("min", S({"name": "string", "age": {"type": "integer", "minimum": 100, "description": "age in months"}}), {"name": "Jonas Berg", "age": 492}),
])
r94_s("ph", "r94_schema_desc", r94_per, S({"name": "string", "phone": "string"}, {"phone": "the first phone number"}), {"name": "Jonas Berg", "phone": "555-0101"}, [
    ("second", S({"name": "string", "phone": "string"}, {"phone": "the second phone number"}), {"name": "Jonas Berg", "phone": "555-0202"}),
    ("k2", S({"name": "string", "phone_2": "string"}), {"name": "Jonas Berg", "phone_2": "555-0202"}),
    ("alt", S({"name": "string", "alternate_phone": "string"}), {"name": "Jonas Berg", "alternate_phone": "555-0202"}),
    ("last", S({"name": "string", "phone": "string"}, {"phone": "the last phone number listed"}), {"name": "Jonas Berg", "phone": "555-0202"}),
    ("title", S({"name": "string", "phone": {"type": "string", "title": "Second phone"}}), {"name": "Jonas Berg", "phone": "555-0202"}),
])
r94_s("adr", "r94_schema_desc", r94_per, S({"name": "string", "address": "string"}, {"address": "current address"}),
      {"name": "Jonas Berg", "address": "Kirkeveien 5, Bergen"}, [
    ("prev", S({"name": "string", "address": "string"}, {"address": "the previous address"}), {"name": "Jonas Berg", "address": "Storgata 1, Oslo"}),
    ("prevk", S({"name": "string", "previous_address": "string"}), {"name": "Jonas Berg", "previous_address": "Storgata 1, Oslo"}),
    ("formk", S({"name": "string", "former_address": "string"}), {"name": "Jonas Berg", "former_address": "Storgata 1, Oslo"}),
    ("city", S({"name": "string", "address": "string"}, {"address": "the city only"}), {"name": "Jonas Berg", "address": "Bergen"}),
    ("oldt", S({"name": "string", "address": {"type": "string", "title": "Old address"}}), {"name": "Jonas Berg", "address": "Storgata 1, Oslo"}),
    ("fra", S({"name": "string", "address": "string"}, {"address": "l'adresse précédente"}), {"name": "Jonas Berg", "address": "Storgata 1, Oslo"}),
    ("nor", S({"name": "string", "address": "string"}, {"address": "tidligere adresse"}), {"name": "Jonas Berg", "address": "Storgata 1, Oslo"}),
])
r94_s("dob", "r94_schema_format", r94_per, S({"name": "string", "born": "string"}, {"born": "date of birth"}),
      {"name": "Jonas Berg", "born": "1984-06-12"}, [
    ("year", S({"name": "string", "born": "string"}, {"born": "the year only"}), {"name": "Jonas Berg", "born": "1984"}),
    ("pyear", S({"name": "string", "born": {"type": "string", "pattern": "^[0-9]{4}$"}}), {"name": "Jonas Berg", "born": "1984"}),
    ("dmy", S({"name": "string", "born": "string"}, {"born": "date of birth as DD.MM.YYYY"}), {"name": "Jonas Berg", "born": "12.06.1984"}),
    ("pdmy", S({"name": "string", "born": {"type": "string", "pattern": "^\\d{2}\\.\\d{2}\\.\\d{4}$"}}), {"name": "Jonas Berg", "born": "12.06.1984"}),
    ("us", S({"name": "string", "born": "string"}, {"born": "date of birth, US format MM/DD/YYYY"}), {"name": "Jonas Berg", "born": "06/12/1984"}),
    ("fmt", S({"name": "string", "born": {"type": "string", "format": "date", "description": "the month, as a word"}}), {"name": "Jonas Berg", "born": "June"}),
    ("iso", S({"name": "string", "born": {"type": "string", "format": "date"}}), {"name": "Jonas Berg", "born": "1984-06-12"}),
])
r94_s("nm", "r94_schema_desc", r94_per, S({"name": "string", "age": "integer"}, {"name": "full name"}), {"name": "Jonas Berg", "age": 41}, [
    ("lower", S({"name": "string", "age": "integer"}, {"name": "full name in lower-case"}), {"name": "jonas berg", "age": 41}),
    ("upper", S({"name": "string", "age": "integer"}, {"name": "FULL NAME IN CAPITALS"}), {"name": "JONAS BERG", "age": 41}),
    ("fam", S({"name": "string", "age": "integer"}, {"name": "family name only"}), {"name": "Berg", "age": 41}),
    ("surk", S({"surname": "string", "age": "integer"}), {"surname": "Berg", "age": 41}),
    ("init", S({"name": "string", "age": "integer"}, {"name": "initials, e.g. A.B."}), {"name": "J.B.", "age": 41}),
    ("rev", S({"name": "string", "age": "integer"}, {"name": "'Surname, Given name'"}), {"name": "Berg, Jonas", "age": 41}),
    ("plow", S({"name": {"type": "string", "pattern": "^[a-z ]+$"}, "age": "integer"}), {"name": "jonas berg", "age": 41}),
])
# --- team counts
r94_team = "Return the team as JSON.\n\nTeam: Support\nStaff: 12 (including the manager)\nManager: Eva Holm\nFloor: 4\n"
r94_s("tm", "r94_schema_desc", r94_team, S({"team": "string", "staff": "integer"}, {"staff": "number of staff"}), {"team": "Support", "staff": 12}, [
    ("excl", S({"team": "string", "staff": "integer"}, {"staff": "the count excluding the manager"}), {"team": "Support", "staff": 11}),
    ("exk", S({"team": "string", "staff_excluding_manager": "integer"}), {"team": "Support", "staff_excluding_manager": 11}),
    ("rep", S({"team": "string", "staff": "integer"}, {"staff": "number of people reporting to the manager"}), {"team": "Support", "staff": 11}),
    ("max", S({"team": "string", "staff": {"type": "integer", "maximum": 11, "description": "members besides the manager"}}), {"team": "Support", "staff": 11}),
])
# --- weather min/max
r94_wx = "Return the forecast as JSON.\n\nOslo, 3 May\nTemperature: 4 / 12 °C\nWind: 5 m/s\n"
r94_s("wx", "r94_schema_key", r94_wx, S({"min_temp": "number"}), {"min_temp": 4}, [
    ("max", S({"max_temp": "number"}), {"max_temp": 12}),
    ("dhi", S({"min_temp": "number"}, {"min_temp": "the day's highest temperature"}), {"min_temp": 12}),
    ("thi", S({"temp": {"type": "number", "title": "High"}}), {"temp": 12}),
    ("fahr", S({"min_temp": "number"}, {"min_temp": "lowest temperature in °F"}), {"min_temp": 39.2}),
    ("kel", S({"min_temp_kelvin": "number"}), {"min_temp_kelvin": 277.15}),
    ("tmax", S({"tmax": "number"}), {"tmax": 12}),
])
# --- contract period
r94_ct = "Return the contract as JSON.\n\nContract C-17\nPeriod: 2026-01-01 to 2026-03-31\nParty: Nordlys AS\n"
r94_s("ct", "r94_schema_key", r94_ct, S({"contract": "string", "start_date": "string"}), {"contract": "C-17", "start_date": "2026-01-01"}, [
    ("end", S({"contract": "string", "end_date": "string"}), {"contract": "C-17", "end_date": "2026-03-31"}),
    ("dend", S({"contract": "string", "start_date": "string"}, {"start_date": "the date the contract ends"}), {"contract": "C-17", "start_date": "2026-03-31"}),
    ("expk", S({"contract": "string", "expiry": "string"}), {"contract": "C-17", "expiry": "2026-03-31"}),
    ("dmy", S({"contract": "string", "start_date": "string"}, {"start_date": "format DD.MM.YYYY"}), {"contract": "C-17", "start_date": "01.01.2026"}),
    ("until", S({"contract": "string", "valid_until": "string"}), {"contract": "C-17", "valid_until": "2026-03-31"}),
])
# --- enums: legend in the description, reordered values, changed values
r94_tk = "Return the ticket as JSON.\n\nTicket T-4\nPriority: 1\nOpened: 2026-02-01\n"
r94_s("en", "r94_schema_enum", r94_tk,
      S({"ticket": "string", "priority": {"type": "string", "enum": ["high", "medium", "low"]}}, {"priority": "1 = high, 2 = medium, 3 = low"}),
      {"ticket": "T-4", "priority": "high"}, [
    ("flip", S({"ticket": "string", "priority": {"type": "string", "enum": ["high", "medium", "low"]}}, {"priority": "1 = low, 2 = medium, 3 = high"}), {"ticket": "T-4", "priority": "low"}),
    ("reord", S({"ticket": "string", "priority": {"type": "string", "enum": ["low", "medium", "high"]}}, {"priority": "the code is the value's 1-based position in the enum"}), {"ticket": "T-4", "priority": "low"}),
    ("nodesc", S({"ticket": "string", "priority": {"type": "string", "enum": ["low", "medium", "high"]}}, {"priority": "1 = low, 2 = medium, 3 = high"}), {"ticket": "T-4", "priority": "low"}),
    ("pn", S({"ticket": "string", "priority": {"type": "string", "enum": ["P1", "P2", "P3", "high", "low"]}}, {"priority": "the P-code"}), {"ticket": "T-4", "priority": "P1"}),
    ("urg", S({"ticket": "string", "priority": {"type": "string", "enum": ["urgent", "normal", "high", "low"]}}, {"priority": "1 = urgent, 2 = high, 3 = normal, 4 = low"}), {"ticket": "T-4", "priority": "urgent"}),
])
r94_s("en2", "r94_schema_enum", r94_tk,
      S({"ticket": "string", "priority": {"type": "integer", "enum": [1, 2, 3]}}, {"priority": "priority code"}), {"ticket": "T-4", "priority": 1}, [
    ("inv", S({"ticket": "string", "priority": {"type": "integer", "enum": [1, 2, 3]}}, {"priority": "the code on the inverted scale (4 minus the code)"}), {"ticket": "T-4", "priority": 3}),
    ("zero", S({"ticket": "string", "priority": {"type": "integer", "enum": [0, 1, 2]}}, {"priority": "zero-based priority code"}), {"ticket": "T-4", "priority": 0}),
])
# --- const / currency
r94_inv = "Return the invoice total as JSON.\n\nInvoice 881\nTotal: 1,000.00 NOK (≈ 86.00 EUR)\nDue: 2026-05-01\n"
r94_s("cst", "r94_schema_const", r94_inv, S({"currency": {"type": "string", "const": "NOK"}, "total": "number"}), {"currency": "NOK", "total": 1000}, [
    ("eur", S({"currency": {"type": "string", "const": "EUR"}, "total": "number"}), {"currency": "EUR", "total": 86}, {"currency": "EUR", "total": 1000}),
    ("eurd", S({"currency": {"type": "string", "const": "NOK"}, "total": "number"}, {"total": "the total in EUR"}), {"currency": "NOK", "total": 86}),
    ("enum", S({"currency": {"type": "string", "enum": ["EUR"]}, "total": "number"}), {"currency": "EUR", "total": 86}, {"currency": "EUR", "total": 1000}),
    ("defe", S({"currency": {"type": "string", "default": "EUR"}, "total": {"type": "number", "description": "in the currency given by the default"}}), {"currency": "EUR", "total": 86}, {"currency": "EUR", "total": 1000}),
    ("key", S({"total_eur": "number"}), {"total_eur": 86}, {"total_eur": 1000}),
])
# --- min/max implying a scale
r94_dc = "Return the offer as JSON.\n\nOffer O-3\nDiscount: 25%\nValid: May\n"
r94_s("dc", "r94_schema_minmax", r94_dc, S({"discount": {"type": "number", "minimum": 0, "maximum": 100}}), {"discount": 25}, [
    ("frac", S({"discount": {"type": "number", "minimum": 0, "maximum": 1}}), {"discount": 0.25}),
    ("fracd", S({"discount": {"type": "number", "minimum": 0, "maximum": 100, "description": "as a fraction of 1"}}), {"discount": 0.25}),
    ("bp", S({"discount": {"type": "number", "minimum": 0, "maximum": 10000, "description": "in basis points"}}), {"discount": 2500}),
    ("pay", S({"discount": {"type": "number", "minimum": 0, "maximum": 100, "title": "Share of the price the customer pays (%)"}}), {"discount": 75}),
])
# --- nested objects
r94_ord = ("Return the order as JSON.\n\nOrder 5521\nShip to: Storgata 1, 0155 Oslo\nBill to: Kirkeveien 5, 5003 Bergen\n"
           "Phone: 22 33 44 55\nFax: 22 33 44 56\nDelivery window: 2026-05-04 – 2026-05-08\n")
def r94_obj(props, desc=None, title=None):
    o = {"type": "object", "properties": {k: (v if isinstance(v, dict) else {"type": v}) for k, v in props.items()},
         "required": list(props), "additionalProperties": False}
    if desc:
        o["description"] = desc
    if title:
        o["title"] = title
    return o
r94_s("nst", "r94_schema_nested", r94_ord, S({"order": "string", "address": r94_obj({"city": "string"}, "shipping address")}),
      {"order": "5521", "address": {"city": "Oslo"}}, [
    ("bill", S({"order": "string", "address": r94_obj({"city": "string"}, "billing address")}), {"order": "5521", "address": {"city": "Bergen"}}),
    ("billk", S({"order": "string", "billing": r94_obj({"city": "string"})}), {"order": "5521", "billing": {"city": "Bergen"}}),
    ("billt", S({"order": "string", "address": r94_obj({"city": "string"}, title="Invoice address")}), {"order": "5521", "address": {"city": "Bergen"}}),
    ("inner", S({"order": "string", "address": r94_obj({"city": r94_m("string", "city of the billing address")})}), {"order": "5521", "address": {"city": "Bergen"}}),
])
r94_s("nc", "r94_schema_nested", r94_ord, S({"order": "string", "contact": r94_obj({"phone": "string"})}),
      {"order": "5521", "contact": {"phone": "22 33 44 55"}}, [
    ("fax", S({"order": "string", "contact": r94_obj({"fax": "string"})}), {"order": "5521", "contact": {"fax": "22 33 44 56"}}),
    ("faxd", S({"order": "string", "contact": r94_obj({"phone": r94_m("string", "the fax number")})}), {"order": "5521", "contact": {"phone": "22 33 44 56"}}),
    ("faxo", S({"order": "string", "contact": r94_obj({"phone": "string"}, "fax line")}), {"order": "5521", "contact": {"phone": "22 33 44 56"}}),
])
r94_s("ndw", "r94_schema_nested", r94_ord, S({"order": "string", "delivery": r94_obj({"date": r94_m("string", "earliest delivery date")})}),
      {"order": "5521", "delivery": {"date": "2026-05-04"}}, [
    ("late", S({"order": "string", "delivery": r94_obj({"date": r94_m("string", "latest delivery date")})}), {"order": "5521", "delivery": {"date": "2026-05-08"}}),
    ("lk", S({"order": "string", "delivery": r94_obj({"latest": "string"})}), {"order": "5521", "delivery": {"latest": "2026-05-08"}}),
    ("to", S({"order": "string", "delivery": r94_obj({"to": "string"})}), {"order": "5521", "delivery": {"to": "2026-05-08"}}),
])
# --- arrays whose item schema changes
r94_lines = "Return the order lines as JSON.\n\nOrder 77\n- Chair, 2 pcs, 45.00 EUR\n- Table, 1 pc, 120.00 EUR\n- Lamp, 3 pcs, 20.00 EUR\n"
def r94_arr(items, desc=None):
    a = {"type": "array", "items": items}
    if desc:
        a["description"] = desc
    return a
r94_s("ar", "r94_schema_array", r94_lines, S({"values": r94_arr(r94_m("number", "quantity"))}), {"values": [2, 1, 3]}, [
    ("price", S({"values": r94_arr(r94_m("number", "unit price in EUR"))}), {"values": [45, 120, 20]}),
    ("total", S({"values": r94_arr(r94_m("number", "line total in EUR (quantity times price)"))}), {"values": [90, 120, 60]}),
    ("pt", S({"values": r94_arr({"type": "number", "title": "Price"})}), {"values": [45, 120, 20]}),
    ("outer", S({"values": r94_arr({"type": "number"}, "the unit prices")}), {"values": [45, 120, 20]}),
])
r94_s("an", "r94_schema_array", r94_lines, S({"items": r94_arr(r94_m("string", "product name"))}), {"items": ["Chair", "Table", "Lamp"]}, [
    ("up", S({"items": r94_arr(r94_m("string", "product name in upper case"))}), {"items": ["CHAIR", "TABLE", "LAMP"]}),
    ("rev", S({"items": r94_arr(r94_m("string", "product name"), "in reverse order of listing")}), {"items": ["Lamp", "Table", "Chair"]}),
    ("pl", S({"items": r94_arr(r94_m("string", "product name, plural form"))}), {"items": ["Chairs", "Tables", "Lamps"]}),
])
r94_s("ao", "r94_schema_array", r94_lines,
      S({"lines": r94_arr(r94_obj({"product": "string", "qty": "integer"}))}),
      {"lines": [{"product": "Chair", "qty": 2}, {"product": "Table", "qty": 1}, {"product": "Lamp", "qty": 3}]}, [
    ("qp", S({"lines": r94_arr(r94_obj({"product": "string", "qty": r94_m("integer", "unit price in EUR")}))}),
     {"lines": [{"product": "Chair", "qty": 45}, {"product": "Table", "qty": 120}, {"product": "Lamp", "qty": 20}]}),
    ("ck", S({"lines": r94_arr(r94_obj({"product": "string", "price": "integer"}))}),
     {"lines": [{"product": "Chair", "price": 45}, {"product": "Table", "price": 120}, {"product": "Lamp", "price": 20}]}),
])
# --- dose, salary, rooms, score, flight
r94_rx = "Return the prescription as JSON.\n\nPatient: Ola Lie\nDrug: Amoxicillin\nDose: 500 mg twice daily\n"
r94_s("rx", "r94_schema_desc", r94_rx, S({"drug": "string", "dose_mg": "number"}, {"dose_mg": "single dose in mg"}), {"drug": "Amoxicillin", "dose_mg": 500}, [
    ("day", S({"drug": "string", "dose_mg": "number"}, {"dose_mg": "total daily dose in mg"}), {"drug": "Amoxicillin", "dose_mg": 1000}),
    ("dayk", S({"drug": "string", "daily_dose_mg": "number"}), {"drug": "Amoxicillin", "daily_dose_mg": 1000}),
    ("g", S({"drug": "string", "dose_mg": "number"}, {"dose_mg": "single dose in grams"}), {"drug": "Amoxicillin", "dose_mg": 0.5}),
    ("freq", S({"drug": "string", "dose_mg": "number"}, {"dose_mg": "doses per day"}), {"drug": "Amoxicillin", "dose_mg": 2}),
])
r94_sal = "Return the employee as JSON.\n\nEmployee: Siv Aas\nSalary: 60,000 EUR per year\nStart: 2024\n"
r94_s("sal", "r94_schema_desc", r94_sal, S({"employee": "string", "salary": "number"}, {"salary": "annual salary in EUR"}), {"employee": "Siv Aas", "salary": 60000}, [
    ("mon", S({"employee": "string", "salary": "number"}, {"salary": "monthly salary in EUR"}), {"employee": "Siv Aas", "salary": 5000}),
    ("monk", S({"employee": "string", "monthly_salary": "number"}), {"employee": "Siv Aas", "monthly_salary": 5000}),
    ("k", S({"employee": "string", "salary": {"type": "number", "title": "Salary (kEUR)"}}), {"employee": "Siv Aas", "salary": 60}),
])
r94_apt = "Return the apartment as JSON.\n\nApartment: Storgata 1\nArea: 75 m²\nRooms: 3 (incl. kitchen)\n"
r94_s("apt", "r94_schema_desc", r94_apt, S({"apartment": "string", "rooms": "integer"}, {"rooms": "number of rooms"}), {"apartment": "Storgata 1", "rooms": 3}, [
    ("exk", S({"apartment": "string", "rooms": "integer"}, {"rooms": "number of rooms not counting the kitchen"}), {"apartment": "Storgata 1", "rooms": 2}),
    ("bed", S({"apartment": "string", "bedrooms": "integer"}, {"bedrooms": "rooms besides the kitchen"}), {"apartment": "Storgata 1", "bedrooms": 2}),
    ("sqft", S({"apartment": "string", "rooms": "integer"}, {"rooms": "area in square feet, rounded"}), {"apartment": "Storgata 1", "rooms": 807}),
])
r94_mt = "Return the match as JSON.\n\nMatch: Brann – Molde\nScore: 3-1\nAttendance: 14,200\n"
r94_s("mt", "r94_schema_key", r94_mt, S({"home_goals": "integer"}), {"home_goals": 3}, [
    ("away", S({"away_goals": "integer"}), {"away_goals": 1}),
    ("awd", S({"home_goals": "integer"}, {"home_goals": "goals scored by Molde"}), {"home_goals": 1}),
    ("tot", S({"goals": "integer"}, {"goals": "total goals in the match"}), {"goals": 4}),
    ("diff", S({"goal_difference": "integer"}), {"goal_difference": 2}),
])
r94_fl = "Return the flight as JSON.\n\nFlight: SK 4411\nTimes: 08:15–10:05 (local)\nGate: 22\n"
r94_s("fl", "r94_schema_key", r94_fl, S({"flight": "string", "departure_time": "string"}), {"flight": "SK 4411", "departure_time": "08:15"}, [
    ("arr", S({"flight": "string", "arrival_time": "string"}), {"flight": "SK 4411", "arrival_time": "10:05"}),
    ("land", S({"flight": "string", "departure_time": "string"}, {"departure_time": "the time it lands"}), {"flight": "SK 4411", "departure_time": "10:05"}),
    ("12h", S({"flight": "string", "departure_time": "string"}, {"departure_time": "12-hour clock with am/pm"}), {"flight": "SK 4411", "departure_time": "8:15 am"}),
])

# ---------------------------------------------------------------- (2) footnotes, references, legends
r94_ag = S({"patient": "string", "age": "integer"})
def r94_pa(age): return {"patient": "Ola Lie", "age": age}
r94_pt = "Patient: Ola Lie\nAge: 41*\nWard: 3\n\n"
r94_t("fa", "r94_footnote", "Return the patient's age as JSON.", r94_ag, r94_pt + "* as stated by the patient\n", r94_pa(41), [
    ("en", r94_pt + "* estimated; confirmed age is 43\n", r94_pa(43)),
    ("de", r94_pt + "* geschätzt; bestätigtes Alter: 43\n", r94_pa(43)),
    ("fr", r94_pt + "* estimé ; âge confirmé : 43 ans\n", r94_pa(43)),
    ("no", r94_pt + "* anslått; bekreftet alder er 43\n", r94_pa(43)),
    ("es", r94_pt + "* estimado; la edad confirmada es 43\n", r94_pa(43)),
    ("ja", r94_pt + "* 推定値。確認された年齢は43歳\n", r94_pa(43)),
    ("zh", r94_pt + "* 估计值；确认年龄为43岁\n", r94_pa(43)),
    ("pl", r94_pt + "* szacunkowo; potwierdzony wiek to 43\n", r94_pa(43)),
    ("nl", r94_pt + "* geschat; bevestigde leeftijd is 43\n", r94_pa(43)),
    ("it", r94_pt + "* stimata; età confermata 43\n", r94_pa(43)),
    ("wrd", r94_pt + "* estimated; he is in fact forty-three\n", r94_pa(43)),
    ("mo", r94_pt + "* in months\n", r94_pa(3)),
    ("saf", r94_pt + "* as stated by his daughter\n", r94_pa(41)),
])
r94_pt2 = "Patient: Ola Lie\nAge: 41*\nWard: 3\n"
r94_t("fb", "r94_footnote", "Return the patient's age as JSON.", r94_ag, r94_pt2, r94_pa(41), [
    ("add", r94_pt2 + "\n* estimated; confirmed age is 43\n", r94_pa(43)),
    ("top", "* estimated; confirmed age is 43\n\n" + r94_pt2, r94_pa(43)),
    ("foot", r94_pt2 + "\nFootnotes:\n* estimated; confirmed age is 43\n", r94_pa(43)),
    ("sv", r94_pt2 + "\n* uppskattad; bekräftad ålder är 43\n", r94_pa(43)),
    ("pt", r94_pt2 + "\n* estimada; idade confirmada: 43\n", r94_pa(43)),
    ("fi", r94_pt2 + "\n* arvio; vahvistettu ikä on 43\n", r94_pa(43)),
])
r94_dg = "Patient: Ola Lie\nAge: 41 †\nWard: 3\n"
r94_t("fd", "r94_footnote", "Return the patient's age as JSON.", r94_ag, r94_dg + "\n† recorded at admission\n", r94_pa(41), [
    ("chg", r94_dg + "\n† recorded in 2024; he is now 43\n", r94_pa(43)),
    ("ko", r94_dg + "\n† 추정치; 확인된 나이는 43세\n", r94_pa(43)),
    ("ru", r94_dg + "\n† оценка; подтверждённый возраст 43\n", r94_pa(43)),
])
# --- price with a superscript footnote
r94_pp = S({"product": "string", "price": r94_m("number", "the price the customer pays, in EUR")})
def r94_pr(p): return {"product": "Desk lamp", "price": p}
r94_pl = "Product: Desk lamp\nPrice: 40 ¹\nStock: 12\n\n"
r94_t("fp", "r94_footnote", "Return the product as JSON.", r94_pp, r94_pl + "¹ in EUR, incl. VAT\n", r94_pr(40), [
    ("disc", r94_pl + "¹ before the 50% discount; you pay 20\n", r94_pr(20)),
    ("pair", r94_pl + "¹ price per pair; one lamp costs 20\n", r94_pr(20)),
    ("nok", r94_pl + "¹ in NOK; in EUR it is 3.48\n", r94_pr(3.48)),
    ("de", r94_pl + "¹ vor 50 % Rabatt; zu zahlen: 20\n", r94_pr(20)),
    ("fr", r94_pl + "¹ avant la remise de 50 % ; vous payez 20\n", r94_pr(20)),
    ("old", r94_pl + "¹ old price; new price from 1 May is 45\n", r94_pr(45)),
    ("excl", r94_pl + "¹ excl. VAT; incl. VAT 50\n", r94_pr(50)),
    ("saf", r94_pl + "¹ in EUR, VAT included\n", r94_pr(40)),
])
r94_pl2 = "Product: Desk lamp\nPrice: 40 (see note 2)\nStock: 12\n\nNotes:\n1. Prices in EUR.\n"
r94_t("fn", "r94_note_ref", "Return the product as JSON.", r94_pp, r94_pl2 + "2. Paid by card.\n", r94_pr(40), [
    ("cut", r94_pl2 + "2. Campaign price until Friday: 30.\n", r94_pr(30)),
    ("swap", "Product: Desk lamp\nPrice: 40 (see note 1)\nStock: 12\n\nNotes:\n1. Member price: 35.\n2. Prices in EUR.\n", r94_pr(35)),
    ("n2", r94_pl2 + "2. This is the price for two lamps; one costs 20.\n", r94_pr(20)),
    ("saf", r94_pl2 + "2. Paid by bank transfer.\n", r94_pr(40)),
])
# --- weight [a]
r94_wt = S({"parcel": "string", "net_weight_kg": "number"})
def r94_w(w): return {"parcel": "P-8", "net_weight_kg": w}
r94_wl = "Parcel: P-8\nWeight: 14 kg [a]\nDestination: Oslo\n\n"
r94_t("fw", "r94_footnote", "Return the parcel as JSON.", r94_wt, r94_wl + "[a] net\n", r94_w(14), [
    ("gross", r94_wl + "[a] gross; net is 12 kg\n", r94_w(12)),
    ("pack", r94_wl + "[a] gross weight, packaging 2 kg\n", r94_w(12)),
    ("lb", r94_wl + "[a] in pounds (6.35 kg)\n", r94_w(6.35)),
    ("de", r94_wl + "[a] brutto; netto 12 kg\n", r94_w(12)),
    ("no", r94_wl + "[a] brutto; netto er 12 kg\n", r94_w(12)),
    ("es", r94_wl + "[a] peso bruto; neto 12 kg\n", r94_w(12)),
    ("saf", r94_wl + "[a] net, weighed at the depot\n", r94_w(14)),
])
r94_wl2 = "Parcel: P-8\nWeight: 14 kg (a)\nDestination: Oslo\n\n"
r94_t("fw2", "r94_footnote", "Return the parcel as JSON.", r94_wt, r94_wl2 + "(a) net\n", r94_w(14), [
    ("gross", r94_wl2 + "(a) gross; net is 12 kg\n", r94_w(12)),
    ("two", r94_wl2 + "(a) two parcels together; this one weighs 7 kg net\n", r94_w(7)),
])
# --- legends that map codes
r94_st = S({"invoice": "string", "status": {"type": "string", "enum": ["paid", "open", "overdue"]}})
def r94_s_(s): return {"invoice": "77", "status": s}
r94_t("lg", "r94_legend", "Return the invoice status as JSON.", r94_st,
      "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 1 = paid, 2 = open, 3 = overdue\n", r94_s_("paid"), [
    ("flip", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 1 = open, 2 = paid, 3 = overdue\n", r94_s_("open")),
    ("od", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 1 = overdue, 2 = open, 3 = paid\n", r94_s_("overdue")),
    ("top", "Status codes: 1 = open, 2 = paid, 3 = overdue\n\nInvoice: 77\nCustomer: Nordlys AS\nStatus: 1\n", r94_s_("open")),
    ("no", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatuskoder: 1 = åpen, 2 = betalt, 3 = forfalt\n", r94_s_("open")),
    ("de", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatuscodes: 1 = offen, 2 = bezahlt, 3 = überfällig\n", r94_s_("open")),
    ("col", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 1: open; 2: paid; 3: overdue\n", r94_s_("open")),
    ("arr", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 1 → open, 2 → paid, 3 → overdue\n", r94_s_("open")),
    ("ord", "Invoice: 77\nCustomer: Nordlys AS\nStatus: 1\n\nStatus codes: 2 = open, 3 = overdue, 1 = paid\n", r94_s_("paid")),
])
r94_t("lg2", "r94_legend", "Return the invoice status as JSON.", r94_st,
      "Invoice: 77\nCustomer: Nordlys AS\nStatus: P\n\nLegend: P = paid, O = open, D = overdue\n", r94_s_("paid"), [
    ("flip", "Invoice: 77\nCustomer: Nordlys AS\nStatus: P\n\nLegend: P = pending (open), B = paid, D = overdue\n", r94_s_("open")),
    ("fr", "Invoice: 77\nCustomer: Nordlys AS\nStatus: P\n\nLégende : P = en attente (open), R = réglée (paid), D = en retard (overdue)\n", r94_s_("open")),
])
r94_sz = S({"sku": "string", "size": {"type": "string", "enum": ["small", "medium", "large"]}})
r94_t("lgs", "r94_legend", "Return the order line as JSON.", r94_sz,
      "SKU: TS-01\nSize: 2\n\nSize codes: 1 = small, 2 = medium, 3 = large\n", {"sku": "TS-01", "size": "medium"}, [
    ("flip", "SKU: TS-01\nSize: 2\n\nSize codes: 1 = large, 2 = small, 3 = medium\n", {"sku": "TS-01", "size": "small"}),
    ("es", "SKU: TS-01\nSize: 2\n\nCódigos de talla: 1 = mediana (medium), 2 = grande (large), 3 = pequeña (small)\n", {"sku": "TS-01", "size": "large"}),
])
r94_bl = S({"test": "string", "positive": "boolean"})
r94_t("lgb", "r94_legend", "Return the test result as JSON.", r94_bl,
      "Test: PCR-19\nResult: +\n\nKey: + = positive, − = negative\n", {"test": "PCR-19", "positive": True}, [
    ("flip", "Test: PCR-19\nResult: +\n\nKey: + = negative (no virus detected), − = positive\n", {"test": "PCR-19", "positive": False}),
])
# --- dates, scores, lab values, revenue scale, a fax number
r94_dl = S({"order": "string", "delivery_date": r94_m("string", "the actual delivery date")})
r94_t("fdt", "r94_footnote", "Return the delivery as JSON.", r94_dl,
      "Order: 5521\nDelivery: 2026-05-04†\nCarrier: Bring\n\n† confirmed by the carrier\n", {"order": "5521", "delivery_date": "2026-05-04"}, [
    ("plan", "Order: 5521\nDelivery: 2026-05-04†\nCarrier: Bring\n\n† planned; actual delivery 2026-05-06\n", {"order": "5521", "delivery_date": "2026-05-06"}),
    ("de", "Order: 5521\nDelivery: 2026-05-04†\nCarrier: Bring\n\n† geplant; tatsächlich geliefert am 2026-05-06\n", {"order": "5521", "delivery_date": "2026-05-06"}),
])
r94_sc = S({"student": "string", "score": "integer"})
r94_t("fsc", "r94_footnote", "Return the exam result as JSON.", r94_sc,
      "Student: Eva Holm\nScore: 88²\nCourse: MAT101\n\n² out of 100\n", {"student": "Eva Holm", "score": 88}, [
    ("prov", "Student: Eva Holm\nScore: 88²\nCourse: MAT101\n\n² provisional; final score after appeal: 91\n", {"student": "Eva Holm", "score": 91}),
    ("bon", "Student: Eva Holm\nScore: 88²\nCourse: MAT101\n\n² before the 5-point bonus; with it: 93\n", {"student": "Eva Holm", "score": 93}),
])
r94_lab = S({"test": "string", "value": r94_m("number", "valid result in g/dL")})
r94_t("flab", "r94_footnote", "Return the lab result as JSON.", r94_lab,
      "Test: Hemoglobin\nResult: 13.5 g/dL‡\nDate: 2026-04-02\n\n‡ fasting sample\n", {"test": "Hemoglobin", "value": 13.5}, [
    ("rep", "Test: Hemoglobin\nResult: 13.5 g/dL‡\nDate: 2026-04-02\n\n‡ sample haemolysed; repeat result 12.1 g/dL\n", {"test": "Hemoglobin", "value": 12.1}),
    ("unit", "Test: Hemoglobin\nResult: 13.5 g/dL‡\nDate: 2026-04-02\n\n‡ actually in mmol/L (21.8 g/dL)\n", {"test": "Hemoglobin", "value": 21.8}),
])
r94_rv = S({"company": "string", "revenue_eur": "number"})
r94_t("frv", "r94_footnote", "Return the company's revenue as JSON.", r94_rv,
      "Company: Havbruk AS\nRevenue: 4,500¹\nEmployees: 14\n\n¹ EUR, audited\n", {"company": "Havbruk AS", "revenue_eur": 4500}, [
    ("k", "Company: Havbruk AS\nRevenue: 4,500¹\nEmployees: 14\n\n¹ EUR thousands\n", {"company": "Havbruk AS", "revenue_eur": 4500000}),
    ("mn", "Company: Havbruk AS\nRevenue: 4,500¹\nEmployees: 14\n\n¹ in millions of euros\n", {"company": "Havbruk AS", "revenue_eur": 4500000000}),
    ("tsd", "Company: Havbruk AS\nRevenue: 4,500¹\nEmployees: 14\n\n¹ in Tsd. EUR\n", {"company": "Havbruk AS", "revenue_eur": 4500000}),
])
r94_ct2 = S({"name": "string", "phone": "string"})
r94_t("fph", "r94_footnote", "Return the contact as JSON.", r94_ct2,
      "Name: Marta Lind\nPhone: 555-0101*\nCity: Bergen\n\n* office hours only\n", {"name": "Marta Lind", "phone": "555-0101"}, [
    ("fax", "Name: Marta Lind\nPhone: 555-0101*\nCity: Bergen\n\n* this is her fax; her phone is 555-0303\n", {"name": "Marta Lind", "phone": "555-0303"}),
    ("old", "Name: Marta Lind\nPhone: 555-0101*\nCity: Bergen\n\n* disconnected; new number 555-0303\n", {"name": "Marta Lind", "phone": "555-0303"}),
    ("no", "Name: Marta Lind\nPhone: 555-0101*\nCity: Bergen\n\n* utgått; nytt nummer 555-0303\n", {"name": "Marta Lind", "phone": "555-0303"}),
])
# --- a marker moved onto the member's line, the footnote unchanged
r94_mv = S({"product": "string", "price": r94_m("number", "the price the customer pays, in EUR")})
r94_t("mv", "r94_marker_move", "Return the product as JSON.", r94_mv,
      "Product: Desk lamp\nPrice: 40\nShipping: 5*\n\n* waived for members; members pay 0\n", r94_pr(40), [
    ("mv", "Product: Desk lamp\nPrice: 40*\nShipping: 5\n\n* waived for members; members pay 0\n", r94_pr(0)),
    ("mv2", "Product: Desk lamp\nPrice: 40*\nShipping: 5*\n\n* waived for members; members pay 0\n", r94_pr(0)),
])
r94_t("mva", "r94_marker_move", "Return the patient's age as JSON.", r94_ag,
      "Patient: Ola Lie\nAge: 41\nWard: 3*\n\n* estimated; confirmed value is 43\n", r94_pa(41), [
    ("mv", "Patient: Ola Lie\nAge: 41*\nWard: 3\n\n* estimated; confirmed value is 43\n", r94_pa(43)),
])
# --- schema + footnote interplay: the schema asks for the footnote's value
r94_s("sf", "r94_schema_foot", "Return the patient's age as JSON.\n\n" + r94_pt + "* estimated; confirmed age is 43\n",
      S({"patient": "string", "age": r94_m("integer", "the confirmed age")}), r94_pa(43), [
    ("est", S({"patient": "string", "age": r94_m("integer", "the estimated age, as written beside the label")}), r94_pa(41)),
    ("estk", S({"patient": "string", "estimated_age": "integer"}), {"patient": "Ola Lie", "estimated_age": 41}),
])
r94_s("sfw", "r94_schema_foot", "Return the parcel as JSON.\n\n" + r94_wl + "[a] gross; net is 12 kg\n",
      S({"parcel": "string", "weight_kg": r94_m("number", "net weight")}), {"parcel": "P-8", "weight_kg": 12}, [
    ("gross", S({"parcel": "string", "weight_kg": r94_m("number", "gross weight")}), {"parcel": "P-8", "weight_kg": 14}),
    ("gk", S({"parcel": "string", "gross_weight_kg": "number"}), {"parcel": "P-8", "gross_weight_kg": 14}),
    ("tare", S({"parcel": "string", "weight_kg": r94_m("number", "packaging weight (gross minus net)")}), {"parcel": "P-8", "weight_kg": 2}),
])
# ================================================================ round 94, part 2: bases the store keeps
# (plain two-line records: found storable by running each alone twice)
r94_pq = "Return the patient's age as JSON.\n\nPatient: Ola Lie\nAge: 41\n"
def r94_p(a, k="age"): return {"patient": "Ola Lie", k: a}
r94_s("sa", "r94s_age", r94_pq, S({"patient": "string", "age": "integer"}, {"age": "age in years"}), r94_p(41), [
    ("mon", S({"patient": "string", "age": "integer"}, {"age": "age in months"}), r94_p(492)),
    ("monk", S({"patient": "string", "age_months": "integer"}), r94_p(492, "age_months")),
    ("mont", S({"patient": "string", "age": {"type": "integer", "title": "Age (months)"}}), r94_p(492)),
    ("min", S({"patient": "string", "age": {"type": "integer", "minimum": 100, "description": "age in months"}}), r94_p(492)),
    ("next", S({"patient": "string", "age": "integer"}, {"age": "the age at his next birthday"}), r94_p(42)),
    ("ago", S({"patient": "string", "age": "integer"}, {"age": "his age ten years ago"}), r94_p(31)),
    ("ten", S({"patient": "string", "age_in_ten_years": "integer"}), r94_p(51, "age_in_ten_years")),
    ("dec", S({"patient": "string", "age": "number"}, {"age": "age in decades"}), r94_p(4.1)),
    ("wk", S({"patient": "string", "age_weeks": "integer"}, {"age_weeks": "age in whole weeks (52 per year)"}), r94_p(2132, "age_weeks")),
    ("nod", S({"patient": "string", "age": "integer"}), r94_p(41)),
    ("yrs", S({"patient": "string", "age": "integer"}, {"age": "age (years)"}), r94_p(41)),
])
r94_nq = "Return the person as JSON.\n\nName: Jonas Berg\nAge: 41\n"
def r94_n(n, k="name"): return {k: n, "age": 41}
r94_s("sn", "r94s_name", r94_nq, S({"name": "string", "age": "integer"}, {"name": "full name"}), r94_n("Jonas Berg"), [
    ("lower", S({"name": "string", "age": "integer"}, {"name": "full name in lower-case"}), r94_n("jonas berg")),
    ("upper", S({"name": "string", "age": "integer"}, {"name": "full name in upper case"}), r94_n("JONAS BERG")),
    ("fam", S({"name": "string", "age": "integer"}, {"name": "family name only"}), r94_n("Berg")),
    ("given", S({"name": "string", "age": "integer"}, {"name": "given name only"}), r94_n("Jonas")),
    ("surk", S({"surname": "string", "age": "integer"}), r94_n("Berg", "surname")),
    ("firstk", S({"first_name": "string", "age": "integer"}), r94_n("Jonas", "first_name")),
    ("init", S({"name": "string", "age": "integer"}, {"name": "initials, like A.B."}), r94_n("J.B.")),
    ("rev", S({"name": "string", "age": "integer"}, {"name": "'Surname, Given name'"}), r94_n("Berg, Jonas")),
    ("plow", S({"name": {"type": "string", "pattern": "^[a-z ]+$"}, "age": "integer"}), r94_n("jonas berg")),
    ("pup", S({"name": {"type": "string", "pattern": "^[A-Z ]+$"}, "age": "integer"}), r94_n("JONAS BERG")),
    ("tsur", S({"name": {"type": "string", "title": "Surname"}, "age": "integer"}), r94_n("Berg")),
    ("maxl", S({"name": {"type": "string", "maxLength": 5, "description": "first name"}, "age": "integer"}), r94_n("Jonas")),
    ("nonor", S({"name": "string", "age": "integer"}, {"name": "etternavn"}), r94_n("Berg")),
    ("fr", S({"name": "string", "age": "integer"}, {"name": "nom de famille en majuscules"}), r94_n("BERG")),
    ("safe", S({"name": "string", "age": "integer"}, {"name": "the person's name"}), r94_n("Jonas Berg")),
])
r94_bq = "Return the person as JSON.\n\nName: Jonas Berg\nBorn: 1984-06-12\n"
def r94_b(b, k="born"): return {"name": "Jonas Berg", k: b}
r94_s("sb", "r94s_date", r94_bq, S({"name": "string", "born": "string"}, {"born": "date of birth"}), r94_b("1984-06-12"), [
    ("year", S({"name": "string", "born": "string"}, {"born": "the year only"}), r94_b("1984")),
    ("pyear", S({"name": "string", "born": {"type": "string", "pattern": "^[0-9]{4}$"}}), r94_b("1984")),
    ("tyear", S({"name": "string", "born": {"type": "string", "title": "Year of birth"}}), r94_b("1984")),
    ("kyear", S({"name": "string", "birth_year": "string"}), r94_b("1984", "birth_year")),
    ("dmy", S({"name": "string", "born": "string"}, {"born": "date of birth as DD.MM.YYYY"}), r94_b("12.06.1984")),
    ("pdmy", S({"name": "string", "born": {"type": "string", "pattern": "^\\d{2}\\.\\d{2}\\.\\d{4}$"}}), r94_b("12.06.1984")),
    ("us", S({"name": "string", "born": "string"}, {"born": "date of birth, MM/DD/YYYY"}), r94_b("06/12/1984")),
    ("ydm", S({"name": "string", "born": "string"}, {"born": "date of birth as YYYY-DD-MM"}), r94_b("1984-12-06")),
    ("month", S({"name": "string", "born": "string"}, {"born": "the month of birth, as an English word"}), r94_b("June")),
    ("fmtd", S({"name": "string", "born": {"type": "string", "format": "date"}}), r94_b("1984-06-12")),
    ("fmty", S({"name": "string", "born": {"type": "string", "format": "date", "description": "the day of the month only"}}), r94_b("12")),
    ("iso", S({"name": "string", "born": "string"}, {"born": "ISO 8601 date of birth"}), r94_b("1984-06-12")),
])
r94_prq = "Return the product as JSON.\n\nProduct: Desk lamp\nPrice: 40.00 EUR\n"
def r94_q(p, k="price"): return {"product": "Desk lamp", k: p}
r94_s("sp", "r94s_price", r94_prq, S({"product": "string", "price": "number"}, {"price": "price in EUR"}), r94_q(40), [
    ("cents", S({"product": "string", "price": "number"}, {"price": "price in euro cents"}), r94_q(4000)),
    ("centk", S({"product": "string", "price_cents": "number"}), r94_q(4000, "price_cents")),
    ("centt", S({"product": "string", "price": {"type": "number", "title": "Price (cents)"}}), r94_q(4000)),
    ("centm", S({"product": "string", "price": {"type": "integer", "minimum": 1000, "description": "price in cents"}}), r94_q(4000)),
    ("half", S({"product": "string", "price": "number"}, {"price": "price in EUR after the 50% staff discount"}), r94_q(20)),
    ("exvat", S({"product": "string", "price": "number"}, {"price": "price in EUR excluding the 25% VAT included in the listed price"}), r94_q(32)),
    ("nok", S({"product": "string", "price": "number"}, {"price": "price in NOK at 11.5 NOK per EUR"}), r94_q(460)),
    ("pair", S({"product": "string", "price": "number"}, {"price": "price for a pair of lamps, in EUR"}), r94_q(80)),
    ("netk", S({"product": "string", "net_price_excl_vat": "number"}, {"net_price_excl_vat": "the listed price includes 25% VAT"}), r94_q(32, "net_price_excl_vat")),
    ("mult", S({"product": "string", "price": {"type": "integer", "multipleOf": 100, "description": "in cents"}}), r94_q(4000)),
    ("nod", S({"product": "string", "price": "number"}), r94_q(40)),
    ("eur", S({"product": "string", "price": "number"}, {"price": "price (euros)"}), r94_q(40)),
])
r94_wq = "Return the parcel as JSON.\n\nParcel: P-8\nWeight: 14 kg\n"
def r94_wv(w, k="weight_kg"): return {"parcel": "P-8", k: w}
r94_s("sw", "r94s_weight", r94_wq, S({"parcel": "string", "weight_kg": "number"}), r94_wv(14), [
    ("g", S({"parcel": "string", "weight_g": "number"}), r94_wv(14000, "weight_g")),
    ("lb", S({"parcel": "string", "weight_lb": "number"}), r94_wv(30.86, "weight_lb")),
    ("dg", S({"parcel": "string", "weight_kg": "number"}, {"weight_kg": "weight in grams"}), r94_wv(14000)),
    ("tlb", S({"parcel": "string", "weight_kg": {"type": "number", "title": "Weight (lb)"}}), r94_wv(30.86)),
    ("net", S({"parcel": "string", "weight_kg": "number"}, {"weight_kg": "net weight: the listed weight minus 2 kg of packaging"}), r94_wv(12)),
    ("t", S({"parcel": "string", "weight_t": "number"}), r94_wv(0.014, "weight_t")),
])
r94_slq = "Return the employee as JSON.\n\nEmployee: Siv Aas\nSalary: 60000 EUR\n"
def r94_sv(s, k="salary"): return {"employee": "Siv Aas", k: s}
r94_s("ss", "r94s_salary", r94_slq, S({"employee": "string", "salary": "number"}, {"salary": "annual salary in EUR"}), r94_sv(60000), [
    ("mon", S({"employee": "string", "salary": "number"}, {"salary": "monthly salary in EUR (annual / 12)"}), r94_sv(5000)),
    ("monk", S({"employee": "string", "monthly_salary": "number"}), r94_sv(5000, "monthly_salary")),
    ("k", S({"employee": "string", "salary": {"type": "number", "title": "Salary (kEUR)"}}), r94_sv(60)),
    ("net", S({"employee": "string", "salary": "number"}, {"salary": "annual salary after 30% tax"}), r94_sv(42000)),
    ("max", S({"employee": "string", "salary": {"type": "number", "maximum": 10000, "description": "per month"}}), r94_sv(5000)),
])
r94_flq = "Return the flight as JSON.\n\nFlight: SK 4411\nDeparture: 08:15\n"
def r94_fv(t, k="departure"): return {"flight": "SK 4411", k: t}
r94_s("sf2", "r94s_time", r94_flq, S({"flight": "string", "departure": "string"}, {"departure": "local departure time, HH:MM"}), r94_fv("08:15"), [
    ("12h", S({"flight": "string", "departure": "string"}, {"departure": "local departure time, 12-hour clock with am/pm"}), r94_fv("8:15 am")),
    ("utc", S({"flight": "string", "departure": "string"}, {"departure": "departure time in UTC (local time is UTC+2)"}), r94_fv("06:15")),
    ("dot", S({"flight": "string", "departure": {"type": "string", "pattern": "^\\d{2}\\.\\d{2}$"}}), r94_fv("08.15")),
    ("min", S({"flight": "string", "departure": "string"}, {"departure": "minutes after midnight"}), r94_fv("495")),
    ("board", S({"flight": "string", "boarding": "string"}, {"boarding": "boarding time: 30 minutes before departure"}), r94_fv("07:45", "boarding")),
])
r94_tmq = "Return the team as JSON.\n\nTeam: Support\nStaff: 12\n"
def r94_tv(n, k="staff"): return {"team": "Support", k: n}
r94_s("st", "r94s_count", r94_tmq, S({"team": "string", "staff": "integer"}, {"staff": "number of staff, the manager included"}), r94_tv(12), [
    ("excl", S({"team": "string", "staff": "integer"}, {"staff": "the count excluding the manager"}), r94_tv(11)),
    ("exk", S({"team": "string", "staff_excluding_manager": "integer"}), r94_tv(11, "staff_excluding_manager")),
    ("tit", S({"team": "string", "staff": {"type": "integer", "title": "Staff excl. manager"}}), r94_tv(11)),
    ("max", S({"team": "string", "staff": {"type": "integer", "maximum": 11, "description": "members besides the manager"}}), r94_tv(11)),
    ("rep", S({"team": "string", "direct_reports": "integer"}), r94_tv(11, "direct_reports")),
    ("no", S({"team": "string", "staff": "integer"}, {"staff": "antall ansatte utenom lederen"}), r94_tv(11)),
])
r94_rvq = "Return the company as JSON.\n\nCompany: Havbruk AS\nRevenue: 4500\n"
def r94_rv_(v, k="revenue"): return {"company": "Havbruk AS", k: v}
r94_s("sr", "r94s_scale", r94_rvq, S({"company": "string", "revenue": "number"}), r94_rv_(4500), [
    ("k", S({"company": "string", "revenue": "number"}, {"revenue": "revenue in thousands"}), r94_rv_(4.5)),
    ("kk", S({"company": "string", "revenue_thousands": "number"}), r94_rv_(4.5, "revenue_thousands")),
    ("tm", S({"company": "string", "revenue": {"type": "number", "title": "Revenue (millions)"}}), r94_rv_(0.0045)),
    ("pct", S({"company": "string", "revenue": "number"}, {"revenue": "revenue growth in percent"}), None),
])
# drop the unknowable one
P[:] = [p for p in P if p["id"] != "d94-sr-pct"]

# ---------------------------------------------------------------- part 2: footnotes on stored bases
r94_ag2 = S({"patient": "string", "age": "integer"})
r94_t("ga", "r94f_age", "Return the patient's age as JSON.", r94_ag2, "Patient: Ola Lie\nAge: 41\n", r94_pa(41), [
    ("en", "Patient: Ola Lie\nAge: 41*\n\n* estimated; confirmed age is 43\n", r94_pa(43)),
    ("de", "Patient: Ola Lie\nAge: 41*\n\n* geschätzt; bestätigtes Alter: 43\n", r94_pa(43)),
    ("fr", "Patient: Ola Lie\nAge: 41*\n\n* estimé ; âge confirmé : 43 ans\n", r94_pa(43)),
    ("no", "Patient: Ola Lie\nAge: 41*\n\n* anslått; bekreftet alder er 43\n", r94_pa(43)),
    ("es", "Patient: Ola Lie\nAge: 41*\n\n* estimado; la edad confirmada es 43\n", r94_pa(43)),
    ("ja", "Patient: Ola Lie\nAge: 41*\n\n* 推定値。確認された年齢は43歳\n", r94_pa(43)),
    ("zh", "Patient: Ola Lie\nAge: 41*\n\n* 估计值；确认年龄为43岁\n", r94_pa(43)),
    ("pl", "Patient: Ola Lie\nAge: 41*\n\n* szacunkowo; potwierdzony wiek to 43\n", r94_pa(43)),
    ("nl", "Patient: Ola Lie\nAge: 41*\n\n* geschat; bevestigde leeftijd is 43\n", r94_pa(43)),
    ("it", "Patient: Ola Lie\nAge: 41*\n\n* stimata; età confermata 43\n", r94_pa(43)),
    ("sv", "Patient: Ola Lie\nAge: 41*\n\n* uppskattad; bekräftad ålder är 43\n", r94_pa(43)),
    ("fi", "Patient: Ola Lie\nAge: 41*\n\n* arvio; vahvistettu ikä on 43\n", r94_pa(43)),
    ("ko", "Patient: Ola Lie\nAge: 41*\n\n* 추정치; 확인된 나이는 43세\n", r94_pa(43)),
    ("ru", "Patient: Ola Lie\nAge: 41*\n\n* оценка; подтверждённый возраст 43\n", r94_pa(43)),
    ("pt", "Patient: Ola Lie\nAge: 41*\n\n* estimada; idade confirmada: 43\n", r94_pa(43)),
    ("tr", "Patient: Ola Lie\nAge: 41*\n\n* tahmini; doğrulanmış yaş 43\n", r94_pa(43)),
    ("nom", "Patient: Ola Lie\nAge: 41\n\n* confirmed age is 43\n", r94_pa(43)),
    ("sup", "Patient: Ola Lie\nAge: 41¹\n\n¹ estimated; confirmed age is 43\n", r94_pa(43)),
    ("dag", "Patient: Ola Lie\nAge: 41†\n\n† at admission in 2024; he is now 43\n", r94_pa(43)),
    ("brk", "Patient: Ola Lie\nAge: 41 [1]\n\n[1] estimated; confirmed age is 43\n", r94_pa(43)),
    ("see", "Patient: Ola Lie\nAge: 41 (see note 2)\n\nNotes:\n1. Ward 3.\n2. Confirmed age: 43.\n", r94_pa(43)),
    ("mo", "Patient: Ola Lie\nAge: 41*\n\n* in months\n", r94_pa(3)),
    ("mode", "Patient: Ola Lie\nAge: 41*\n\n* Angabe in Monaten\n", r94_pa(3)),
    ("wrd", "Patient: Ola Lie\nAge: 41*\n\n* estimated; he is in fact forty-three\n", r94_pa(43)),
    ("top", "* estimated; confirmed age is 43\n\nPatient: Ola Lie\nAge: 41*\n", r94_pa(43)),
    ("safe", "Patient: Ola Lie\nAge: 41*\n\n* as stated by the patient\n", r94_pa(41)),
    ("safe2", "Patient: Ola Lie\nAge: 41\n\n* data from the admission form\n", r94_pa(41)),
])
r94_t("gn", "r94f_name", "Return the person as JSON.", S({"name": "string", "age": "integer"}), "Name: Jonas Berg\nAge: 41\n", r94_n("Jonas Berg"), [
    ("legal", "Name: Jonas Berg¹\nAge: 41\n\n¹ legal name: Jonas Berg Holm\n", r94_n("Jonas Berg Holm")),
    ("mar", "Name: Jonas Berg*\nAge: 41\n\n* maiden name; married name Jonas Holm\n", r94_n("Jonas Holm")),
    ("agef", "Name: Jonas Berg\nAge: 41*\n\n* last year's figure; he is 42 now\n", {"name": "Jonas Berg", "age": 42}),
    ("agede", "Name: Jonas Berg\nAge: 41*\n\n* Stand Vorjahr; jetzt 42\n", {"name": "Jonas Berg", "age": 42}),
])
r94_t("gb", "r94f_date", "Return the person as JSON.", S({"name": "string", "born": r94_m("string", "date of birth, YYYY-MM-DD")}),
      "Name: Jonas Berg\nBorn: 1984-06-12\n", r94_b("1984-06-12"), [
    ("ydm", "Name: Jonas Berg\nBorn: 1984-06-12*\n\n* written as YYYY-DD-MM\n", r94_b("1984-12-06")),
    ("ydm2", "Name: Jonas Berg\nBorn: 1984-06-12\n\nDates in this record are written year-day-month.\n", r94_b("1984-12-06")),
    ("corr", "Name: Jonas Berg\nBorn: 1984-06-12¹\n\n¹ typo in the register; correct date 1984-06-21\n", r94_b("1984-06-21")),
    ("no", "Name: Jonas Berg\nBorn: 1984-06-12¹\n\n¹ feil i registeret; riktig dato er 1984-06-21\n", r94_b("1984-06-21")),
])
r94_t("gp", "r94f_price", "Return the product as JSON.", S({"product": "string", "price": r94_m("number", "the price the customer pays, in EUR")}),
      "Product: Desk lamp\nPrice: 40.00 EUR\n", r94_q(40), [
    ("disc", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ before the 50% discount; you pay 20.00 EUR\n", r94_q(20)),
    ("pair", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ price per pair; one lamp costs 20.00 EUR\n", r94_q(20)),
    ("old", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ old price; from 1 May 45.00 EUR\n", r94_q(45)),
    ("de", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ vor 50 % Rabatt; zu zahlen: 20.00 EUR\n", r94_q(20)),
    ("fr", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ avant la remise de 50 % ; vous payez 20.00 EUR\n", r94_q(20)),
    ("es", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ antes del descuento del 50 %; usted paga 20.00 EUR\n", r94_q(20)),
    ("no", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ før 50 % rabatt; du betaler 20.00 EUR\n", r94_q(20)),
    ("ja", "Product: Desk lamp\nPrice: 40.00 EUR ¹\n\n¹ 50%割引前の価格。お支払いは20.00 EUR\n", r94_q(20)),
    ("see", "Product: Desk lamp\nPrice: 40.00 EUR (see note 2)\n\nNotes:\n1. Prices incl. VAT.\n2. Campaign price until Friday: 30.00 EUR.\n", r94_q(30)),
    ("nom", "Product: Desk lamp\nPrice: 40.00 EUR\n\nNote: the price above is before the 50% discount; you pay 20.00 EUR.\n", r94_q(20)),
    ("ex", "Product: Desk lamp\nPrice: 40.00 EUR*\n\n* excl. 25% VAT; customers pay 50.00 EUR\n", r94_q(50)),
    ("nok", "Product: Desk lamp\nPrice: 40.00 EUR*\n\n* typo: the currency is NOK (3.48 EUR)\n", r94_q(3.48)),
    ("safe", "Product: Desk lamp\nPrice: 40.00 EUR*\n\n* VAT included\n", r94_q(40)),
])
r94_t("gw", "r94f_weight", "Return the parcel as JSON.", S({"parcel": "string", "weight_kg": "number"}), "Parcel: P-8\nWeight: 14 kg\n", r94_wv(14), [
    ("lb", "Parcel: P-8\nWeight: 14 kg [a]\n\n[a] misprint: the scale shows pounds (6.35 kg)\n", r94_wv(6.35)),
    ("rew", "Parcel: P-8\nWeight: 14 kg [a]\n\n[a] misweighed; reweighed at 12 kg\n", r94_wv(12)),
    ("two", "Parcel: P-8\nWeight: 14 kg (a)\n\n(a) both parcels together; this one is 7 kg\n", r94_wv(7)),
    ("de", "Parcel: P-8\nWeight: 14 kg [a]\n\n[a] falsch gewogen; Nachwiegen ergab 12 kg\n", r94_wv(12)),
    ("no", "Parcel: P-8\nWeight: 14 kg [a]\n\n[a] feilveid; ny veiing 12 kg\n", r94_wv(12)),
    ("g", "Parcel: P-8\nWeight: 14 kg*\n\n* the unit is wrong: it is 14 g (0.014 kg)\n", r94_wv(0.014)),
])
r94_t("gs", "r94f_salary", "Return the employee as JSON.", S({"employee": "string", "salary": r94_m("number", "annual salary in EUR")}),
      "Employee: Siv Aas\nSalary: 60000 EUR\n", r94_sv(60000), [
    ("mon", "Employee: Siv Aas\nSalary: 60000 EUR*\n\n* per month; 720000 EUR per year\n", r94_sv(720000)),
    ("new", "Employee: Siv Aas\nSalary: 60000 EUR*\n\n* until 2025; from 2026 it is 62000 EUR\n", r94_sv(62000)),
    ("nok", "Employee: Siv Aas\nSalary: 60000 EUR*\n\n* actually NOK; about 5200 EUR\n", r94_sv(5200)),
])
r94_t("gr", "r94f_scale", "Return the company as JSON.", S({"company": "string", "revenue": r94_m("number", "revenue in EUR")}),
      "Company: Havbruk AS\nRevenue: 4500\n", r94_rv_(4500), [
    ("k", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ in thousands of EUR\n", r94_rv_(4500000)),
    ("mn", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ EUR million\n", r94_rv_(4500000000)),
    ("tsd", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ Angaben in Tsd. EUR\n", r94_rv_(4500000)),
    ("no", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ tall i tusen euro\n", r94_rv_(4500000)),
    ("fr", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ en milliers d'euros\n", r94_rv_(4500000)),
    ("nom", "Company: Havbruk AS\nRevenue: 4500\n\nFigures in kEUR.\n", r94_rv_(4500000)),
    ("safe", "Company: Havbruk AS\nRevenue: 4500¹\n\n¹ audited\n", r94_rv_(4500)),
])
r94_t("gt", "r94f_count", "Return the team as JSON.", S({"team": "string", "staff": r94_m("integer", "number of staff")}),
      "Team: Support\nStaff: 12\n", r94_tv(12), [
    ("con", "Team: Support\nStaff: 12*\n\n* includes 3 contractors who are not staff; staff: 9\n", r94_tv(9)),
    ("old", "Team: Support\nStaff: 12*\n\n* as of January; 14 since March\n", r94_tv(14)),
])
r94_t("gf", "r94f_time", "Return the flight as JSON.", S({"flight": "string", "departure": r94_m("string", "local departure time, HH:MM")}),
      "Flight: SK 4411\nDeparture: 08:15\n", r94_fv("08:15"), [
    ("utc", "Flight: SK 4411\nDeparture: 08:15*\n\n* UTC; local time is UTC+2\n", r94_fv("10:15")),
    ("pm", "Flight: SK 4411\nDeparture: 08:15*\n\n* pm\n", r94_fv("20:15")),
    ("del", "Flight: SK 4411\nDeparture: 08:15*\n\n* delayed; new departure 09:40\n", r94_fv("09:40")),
    ("leg", "Flight: SK 4411\nDeparture: 08:15\n\nAll times are UTC; local time is UTC+2.\n", r94_fv("10:15")),
    ("de", "Flight: SK 4411\nDeparture: 08:15*\n\n* verspätet; neue Abflugzeit 09:40\n", r94_fv("09:40")),
])
r94_t("gc", "r94f_city", "Return the person as JSON.", S({"name": "string", "city": r94_m("string", "city of residence")}),
      "Name: Jonas Berg\nCity: Bergen\n", {"name": "Jonas Berg", "city": "Bergen"}, [
    ("mv", "Name: Jonas Berg\nCity: Bergen*\n\n* moved to Oslo in March\n", {"name": "Jonas Berg", "city": "Oslo"}),
    ("code", "Name: Jonas Berg\nCity: Bergen*\n\n* city of birth; he lives in Oslo\n", {"name": "Jonas Berg", "city": "Oslo"}),
    ("no", "Name: Jonas Berg\nCity: Bergen*\n\n* flyttet til Oslo i mars\n", {"name": "Jonas Berg", "city": "Oslo"}),
])
# ================================================================ round 94, part 3: the meaning moved to schema places
# other than the member's own description/title/key (root, $ref/$defs, allOf/anyOf, a sibling's description)
def r94_root(s, **kw):
    s = copy.deepcopy(s)
    s.update(kw)
    return s
def r94_defs(props, member, defname, defschema, **rootkw):
    s = S(props)
    s["properties"][member] = {"$ref": "#/$defs/" + defname}
    s["$defs"] = {defname: defschema}
    s.update(rootkw)
    return s
r94_ab = S({"patient": "string", "age": "integer"})
r94_s("xa", "r94x_age", r94_pq, r94_ab, r94_p(41), [
    ("rootd", r94_root(r94_ab, description="All ages are given in months."), r94_p(492)),
    ("roott", r94_root(r94_ab, title="Patient (age in months)"), r94_p(492)),
    ("rootc", r94_root(r94_ab, **{"$comment": "age is wanted in months"}), r94_p(492)),
    ("rootn", r94_root(r94_ab, description="Report the age he will turn at his next birthday."), r94_p(42)),
    ("ref", r94_defs({"patient": "string", "age": "integer"}, "age", "months", {"type": "integer", "description": "age in months"}), r94_p(492)),
    ("refn", r94_defs({"patient": "string", "age": "integer"}, "age", "age_in_months", {"type": "integer"}), r94_p(492)),
    ("allof", S({"patient": "string", "age": {"allOf": [{"type": "integer"}, {"description": "age in months"}]}}), r94_p(492)),
    ("anyof", S({"patient": "string", "age": {"anyOf": [{"type": "integer", "description": "age in months"}]}}), r94_p(492)),
    ("oneof", S({"patient": "string", "age": {"oneOf": [{"type": "integer", "description": "age in months"}, {"type": "null"}]}}), r94_p(492)),
    ("tnull", S({"patient": "string", "age": {"type": ["integer", "null"], "description": "age in months"}}), r94_p(492)),
    ("sib", S({"patient": "string", "age": "integer"}, {"patient": "patient name; every age in this schema is in months"}), r94_p(492)),
    ("sibn", S({"patient": "string", "age": "integer"}, {"patient": "patient name (the age below is wanted in months)"}), r94_p(492)),
    ("mc", S({"patient": "string", "age": {"type": "integer", "$comment": "in months"}}), r94_p(492)),
    ("fmt", S({"patient": "string", "age": {"type": "integer", "format": "months"}}), r94_p(492)),
    ("xu", S({"patient": "string", "age": {"type": "integer", "x-unit": "months"}}), r94_p(492)),
    ("ex", S({"patient": "string", "age": {"type": "integer", "examples": [492], "description": "like the example: months"}}), r94_p(492)),
    ("req", S({"patient": "string", "age": "integer"}, required=["age"]), r94_p(41)),
    ("neg", S({"patient": "string", "age": "integer"}, {"age": "not the age in years but in months"}), r94_p(492)),
    ("x12", S({"patient": "string", "age": "integer"}, {"age": "age in years times twelve"}), r94_p(492)),
    ("m1", S({"patient": "string", "age": "integer"}, {"age": "age in years, minus one"}), r94_p(40)),
    ("arw", S({"patient": "string", "age": "integer"}, {"age": "age (years → months)"}), r94_p(492)),
    ("q", S({"patient": "string", "age": "integer"}, {"age": "age in years? No: in months"}), r94_p(492)),
])
r94_pb = S({"product": "string", "price": "number"})
r94_s("xp", "r94x_price", r94_prq, r94_pb, r94_q(40), [
    ("rootd", r94_root(r94_pb, description="All prices in euro cents."), r94_q(4000)),
    ("roott", r94_root(r94_pb, title="Product (price in cents)"), r94_q(4000)),
    ("ref", r94_defs({"product": "string", "price": "number"}, "price", "cents", {"type": "number", "description": "amount in euro cents"}), r94_q(4000)),
    ("refn", r94_defs({"product": "string", "price": "number"}, "price", "euro_cents", {"type": "number"}), r94_q(4000)),
    ("allof", S({"product": "string", "price": {"allOf": [{"type": "number"}, {"description": "price in cents"}]}}), r94_q(4000)),
    ("anyof", S({"product": "string", "price": {"anyOf": [{"type": "number", "description": "price after the 50% discount"}]}}), r94_q(20)),
    ("sib", S({"product": "string", "price": "number"}, {"product": "product name; the price member is in cents"}), r94_q(4000)),
    ("rootx", r94_root(r94_pb, description="The customer gets 50% off; report the price paid."), r94_q(20)),
    ("cents2", S({"product": "string", "price": "number"}, {"price": "price in EUR cents"}), r94_q(4000)),
    ("dbl", S({"product": "string", "price": "number"}, {"price": "price in EUR, doubled"}), r94_q(80)),
])
r94_nb = S({"name": "string", "age": "integer"})
r94_s("xn", "r94x_name", r94_nq, r94_nb, r94_n("Jonas Berg"), [
    ("rootd", r94_root(r94_nb, description="Write every string in upper case."), r94_n("JONAS BERG")),
    ("roott", r94_root(r94_nb, title="Person (family names only)"), r94_n("Berg")),
    ("ref", r94_defs({"name": "string", "age": "integer"}, "name", "surname", {"type": "string"}), r94_n("Berg")),
    ("allof", S({"name": {"allOf": [{"type": "string"}, {"pattern": "^[A-Z ]+$"}]}, "age": "integer"}), r94_n("JONAS BERG")),
    ("anyof", S({"name": {"anyOf": [{"type": "string", "description": "given name only"}]}, "age": "integer"}), r94_n("Jonas")),
    ("sib", S({"name": "string", "age": "integer"}, {"age": "age in years; the name member wants the family name only"}), r94_n("Berg")),
    ("rootc", r94_root(r94_nb, **{"$comment": "names lower-case"}), r94_n("jonas berg")),
])
r94_wb = S({"parcel": "string", "weight_kg": "number"})
r94_s("xw", "r94x_weight", r94_wq, r94_wb, r94_wv(14), [
    ("rootd", r94_root(r94_wb, description="Despite the key names, all weights are wanted in grams."), r94_wv(14000)),
    ("ref", r94_defs({"parcel": "string", "weight_kg": "number"}, "weight_kg", "grams", {"type": "number", "description": "in grams"}), r94_wv(14000)),
    ("sib", S({"parcel": "string", "weight_kg": "number"}, {"parcel": "parcel id; give the weight in pounds despite its key"}), r94_wv(30.86)),
])
# ================================================================ round 94, part 4: the same places, every stored base
r94_dom = [
    # tag, prompt, other member, other value, member, type, base value, meaning, right value, def name
    ("ya", r94_pq, "patient", "Ola Lie", "age", "integer", 41, "age in months", 492, "age_in_months"),
    ("yp", r94_prq, "product", "Desk lamp", "price", "number", 40, "price in euro cents", 4000, "euro_cents"),
    ("yn", r94_nq, "age", 41, "name", "string", "Jonas Berg", "family name only", "Berg", "family_name"),
    ("yw", r94_wq, "parcel", "P-8", "weight_kg", "number", 14, "weight in grams", 14000, "grams"),
    ("ys", "Return the employee as JSON.\n\nEmployee: Siv Aas\nSalary: 60000 EUR\n", "employee", "Siv Aas", "salary", "number", 60000,
     "monthly salary (the listed figure is annual)", 5000, "monthly_salary"),
    ("yt", "Return the team as JSON.\n\nTeam: Support\nStaff: 12\n", "team", "Support", "staff", "integer", 12, "number of staff in dozens", 1, "dozens"),
    ("yr", "Return the company as JSON.\n\nCompany: Havbruk AS\nRevenue: 4500\n", "company", "Havbruk AS", "revenue", "number", 4500,
     "revenue in thousands", 4.5, "thousands"),
    ("yf", "Return the flight as JSON.\n\nFlight: SK 4411\nDeparture: 08:15\n", "flight", "SK 4411", "departure", "string", "08:15",
     "departure time, 12-hour clock with am/pm", "8:15 am", "twelve_hour_clock"),
    ("yb", "Return the person as JSON.\n\nName: Jonas Berg\nBorn: 1984-06-12\n", "name", "Jonas Berg", "born", "string", "1984-06-12",
     "the year of birth only", "1984", "year_only"),
    ("yc", "Return the person as JSON.\n\nName: Jonas Berg\nCity: Bergen\n", "name", "Jonas Berg", "city", "string", "Bergen",
     "city name in upper case", "BERGEN", "upper_case_city"),
]
def r94_mk(other, otype, member, mschema, first_other, **root):
    props = {}
    if first_other:
        props[other] = {"type": otype}
        props[member] = mschema
    else:
        props[member] = mschema
        props[other] = {"type": otype}
    s = {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}
    s.update(root)
    return s
for tag, prompt, other, ov, member, mt, bv, meaning, rv, dname in r94_dom:
    ot = "integer" if isinstance(ov, int) else "string"
    first = tag != "yn"
    def pair(v):
        return {other: ov, member: v} if first else {member: v, other: ov}
    base = r94_mk(other, ot, member, {"type": mt}, first)
    vs = [
        ("allof", r94_mk(other, ot, member, {"allOf": [{"type": mt}, {"description": meaning}]}, first)),
        ("allof1", r94_mk(other, ot, member, {"allOf": [{"type": mt, "description": meaning}]}, first)),
        ("anyof", r94_mk(other, ot, member, {"anyOf": [{"type": mt, "description": meaning}]}, first)),
        ("oneof", r94_mk(other, ot, member, {"oneOf": [{"type": mt, "description": meaning}, {"type": "null"}]}, first)),
        ("ifthen", r94_mk(other, ot, member, {"type": mt, "if": {"type": mt}, "then": {"description": meaning}}, first)),
        ("pprop", r94_mk(other, ot, member, {"type": mt}, first, patternProperties={"^%s$" % member: {"description": meaning}})),
        ("rootall", r94_mk(other, ot, member, {"type": mt}, first, allOf=[{"description": "%s: %s" % (member, meaning)}])),
        ("dep", r94_mk(other, ot, member, {"type": mt}, first, dependentSchemas={member: {"description": "%s: %s" % (member, meaning)}})),
        ("refn", r94_mk(other, ot, member, {"$ref": "#/$defs/" + dname}, first, **{"$defs": {dname: {"type": mt}}})),
        ("reft", r94_mk(other, ot, member, {"$ref": "#/$defs/v"}, first, **{"$defs": {"v": {"type": mt, "title": meaning}}})),
        ("refall", r94_mk(other, ot, member, {"$ref": "#/$defs/v"}, first, **{"$defs": {"v": {"allOf": [{"type": mt}, {"description": meaning}]}}})),
        ("cmt", r94_mk(other, ot, member, {"type": mt, "$comment": meaning}, first)),
        ("xdesc", r94_mk(other, ot, member, {"type": mt, "x-description": meaning}, first)),
        ("fmt", r94_mk(other, ot, member, {"type": mt, "format": dname}, first)),
        ("dfl", r94_mk(other, ot, member, {"type": mt, "description": meaning, "default": bv}, first)),
    ]
    r94_s(tag, "r94y_schema_place", prompt, base, pair(bv), [(vt, sv, pair(rv)) for vt, sv in vs])
