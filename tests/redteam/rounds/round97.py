"""Red-team round 97 (black box, stepcache-s32): the JSON schema as the only change on stored bases
(member descriptions/titles, keys, enums, types, required, defaults/examples, nested, $ref, root
description/title). Adds its probes to probe_kit.P."""
import copy
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ---------------------------------------------------------------- round 97
def r97_rekey(base, exp):
    if isinstance(base, dict) and isinstance(exp, dict):
        if base.keys() == exp.keys():
            return {k: r97_rekey(base[k], exp[k]) for k in exp}
        return {k: r97_rekey(v, exp[k]) for k, v in zip(exp.keys(), base.values())}
    return copy.deepcopy(base)


def r97_w(noun, lines, instr=None):
    instr = instr or "Return the %s as JSON." % noun
    return instr + "\n\nText:\nPlease process the following %s record.\n" % noun + "\n".join(lines) + "\nEnd of %s record." % noun


def r97_m(t, desc=None, title=None, **kw):
    m = {"type": t}
    if desc:
        m["description"] = desc
    if title:
        m["title"] = title
    m.update(kw)
    return m


def r97_sub(schema, **kw):
    s = copy.deepcopy(schema)
    s.update(kw)
    return s


def r97_mem(schema, key, **kw):
    """Schema with one member's sub-schema updated (kw: description, title, type, enum ...)."""
    s = copy.deepcopy(schema)
    s["properties"][key].update(kw)
    return s


def r97_ren(schema, old, new, sub=None):
    """Schema with member old renamed new (same position)."""
    s = copy.deepcopy(schema)
    props = {}
    for k, v in s["properties"].items():
        if k == old:
            props[new] = sub if sub is not None else v
        else:
            props[k] = v
    s["properties"] = props
    s["required"] = [new if k == old else k for k in s["required"]]
    return s


def r97_ren_e(eb, old, new, val):
    return {(new if k == old else k): (val if k == old else v) for k, v in eb.items()}


R97_BASES = []


def r97_s(tag, fam, prompt, sb, eb, variants):
    R97_BASES.append(tag)
    J("d97-%s-base" % tag, "r97_base", prompt, sb, eb, [eb])
    for v in variants:
        vt, sv, ev = v[:3]
        stale = v[3] if len(v) > 3 else r97_rekey(eb, ev)
        safe = stale == ev
        f = fam if not safe else "r97_safe"
        if sv.get("properties") == sb.get("properties") and not safe:
            f = "r97_rootonly"  # the scripted model cannot tell this schema from the base's
        J("d97-%s-%s" % (tag, vt), f, prompt, sv, ev, [stale] if safe else [stale, ev], safe=safe)


# ============ B1 product / price
r97_p1 = r97_w("product", ["Product: Desk lamp", "Price: 40.00", "Stock: 12"])
r97_sp1 = S({"product": "string", "price": "number", "stock": "integer"})
r97_e1 = {"product": "Desk lamp", "price": 40, "stock": 12}
def r97_e1v(**kw):
    e = dict(r97_e1); e.update(kw); return e
r97_s("pr", "r97_desc", r97_p1, r97_sp1, r97_e1, [
    ("cents", r97_mem(r97_sp1, "price", description="price in cents"), r97_e1v(price=4000)),
    ("centt", r97_mem(r97_sp1, "price", title="Price in cents"), r97_e1v(price=4000)),
    ("x100", r97_mem(r97_sp1, "price", description="price × 100"), r97_e1v(price=4000)),
    ("st100", r97_mem(r97_sp1, "price", description="price*100"), r97_e1v(price=4000)),
    ("half", r97_mem(r97_sp1, "price", description="half the price"), r97_e1v(price=20)),
    ("two", r97_mem(r97_sp1, "price", description="the price of two"), r97_e1v(price=80)),
    ("ckey", r97_ren(r97_sp1, "price", "price_cents"), r97_ren_e(r97_e1, "price", "price_cents", 4000)),
    ("value", r97_mem(r97_sp1, "price", description="the price times the stock"), r97_e1v(price=480)),
    ("stockm1", r97_mem(r97_sp1, "stock", description="stock minus one"), r97_e1v(stock=11)),
    ("stocks", r97_mem(r97_sp1, "stock", type="string"), r97_e1v(stock="12")),
    ("nul", r97_mem(r97_sp1, "price", type=["number", "null"]), r97_e1),
    ("req", r97_sub(r97_sp1, required=["product"]), r97_e1),
    ("reord", S({"stock": "integer", "price": "number", "product": "string"}), r97_e1),
    ("addp", r97_sub(r97_sp1, additionalProperties=True), r97_e1),
    ("rootc", r97_sub(r97_sp1, description="all amounts in cents"), r97_e1v(price=4000)),
    ("roott", r97_sub(r97_sp1, title="Product (prices in cents)"), r97_e1v(price=4000)),
    ("upper", r97_mem(r97_sp1, "product", description="product in capitals"), r97_e1v(product="DESK LAMP")),
    ("dflt", r97_mem(r97_sp1, "price", default=0), r97_e1),
    ("exm", r97_mem(r97_sp1, "price", examples=[4000], description="price in cents"), r97_e1v(price=4000)),
    ("pence", r97_mem(r97_sp1, "price", title="Price (¢)"), r97_e1v(price=4000)),
])

# ============ B2 person
r97_p2 = r97_w("person", ["Name: Jonas Berg", "Age: 41", "City: Bergen"])
r97_sp2 = S({"name": "string", "age": "integer", "city": "string"})
r97_e2 = {"name": "Jonas Berg", "age": 41, "city": "Bergen"}
def r97_e2v(**kw):
    e = dict(r97_e2); e.update(kw); return e
r97_s("ps", "r97_desc", r97_p2, r97_sp2, r97_e2, [
    ("caps", r97_mem(r97_sp2, "name", description="name in capitals"), r97_e2v(name="JONAS BERG")),
    ("CAPS", r97_mem(r97_sp2, "name", description="NAME IN CAPITALS"), r97_e2v(name="JONAS BERG")),
    ("lower", r97_mem(r97_sp2, "name", description="name in lower case"), r97_e2v(name="jonas berg")),
    ("tup", r97_mem(r97_sp2, "name", title="NAME (UPPER CASE)"), r97_e2v(name="JONAS BERG")),
    ("first", r97_mem(r97_sp2, "name", description="first name"), r97_e2v(name="Jonas")),
    ("fkey", r97_ren(r97_sp2, "name", "first_name"), r97_ren_e(r97_e2, "name", "first_name", "Jonas")),
    ("lkey", r97_ren(r97_sp2, "name", "last_name"), r97_ren_e(r97_e2, "name", "last_name", "Berg")),
    ("surn", r97_mem(r97_sp2, "name", description="surname"), r97_e2v(name="Berg")),
    ("next", r97_mem(r97_sp2, "age", description="age next birthday"), r97_e2v(age=42)),
    ("plus1", r97_mem(r97_sp2, "age", description="age + 1"), r97_e2v(age=42)),
    ("nkey", r97_ren(r97_sp2, "age", "age_next_birthday"), r97_ren_e(r97_e2, "age", "age_next_birthday", 42)),
    ("months", r97_mem(r97_sp2, "age", description="age in months"), r97_e2v(age=492)),
    ("ago", r97_mem(r97_sp2, "age", description="age 10 years ago"), r97_e2v(age=31)),
    ("tnext", r97_mem(r97_sp2, "age", title="Age next year"), r97_e2v(age=42)),
    ("byear", r97_mem(r97_sp2, "age", description="year of birth, given the age in 2026"), r97_e2v(age=1985)),
    ("rootl", r97_sub(r97_sp2, description="names in lower case"), r97_e2v(name="jonas berg")),
    ("roott", r97_sub(r97_sp2, title="PERSON (ALL STRINGS UPPER CASE)"), r97_e2v(name="JONAS BERG", city="BERGEN")),
    ("cityc", r97_mem(r97_sp2, "city", description="city in capitals"), r97_e2v(city="BERGEN")),
    ("agestr", r97_mem(r97_sp2, "age", type="string", description="age in words"), r97_e2v(age="forty-one")),
    ("enumc", r97_mem(r97_sp2, "city", enum=["Oslo", "Bergen", "Trondheim"]), r97_e2),
])

# ============ B3 person with birthplace
r97_p3 = r97_w("person", ["Name: Jonas Berg", "City: Bergen", "Birthplace: Tromsø"])
r97_sp3 = S({"name": "string", "city": "string"})
r97_e3 = {"name": "Jonas Berg", "city": "Bergen"}
def r97_e3v(**kw):
    e = dict(r97_e3); e.update(kw); return e
r97_s("bp", "r97_desc", r97_p3, r97_sp3, r97_e3, [
    ("birth", r97_mem(r97_sp3, "city", description="the city of birth"), r97_e3v(city="Tromsø")),
    ("born", r97_mem(r97_sp3, "city", description="the city where he was born"), r97_e3v(city="Tromsø")),
    ("bkey", r97_ren(r97_sp3, "city", "birth_city"), r97_ren_e(r97_e3, "city", "birth_city", "Tromsø")),
    ("bpkey", r97_ren(r97_sp3, "city", "birthplace"), r97_ren_e(r97_e3, "city", "birthplace", "Tromsø")),
    ("btit", r97_mem(r97_sp3, "city", title="Birthplace"), r97_e3v(city="Tromsø")),
    ("bornk", r97_ren(r97_sp3, "city", "born_in"), r97_ren_e(r97_e3, "city", "born_in", "Tromsø")),
    ("nat", r97_mem(r97_sp3, "city", description="hometown (place of birth)"), r97_e3v(city="Tromsø")),
    ("no", r97_mem(r97_sp3, "city", description="fødested"), r97_e3v(city="Tromsø")),
])

# ============ B4 parcel
r97_p4 = r97_w("parcel", ["Parcel: P-8", "Weight: 14 kg", "Packaging: 2 kg", "Destination: Oslo"])
r97_sp4 = S({"parcel": "string", "weight_kg": "number", "destination": "string"})
r97_e4 = {"parcel": "P-8", "weight_kg": 14, "destination": "Oslo"}
def r97_e4v(**kw):
    e = dict(r97_e4); e.update(kw); return e
r97_s("pc", "r97_desc", r97_p4, r97_sp4, r97_e4, [
    ("nopack", r97_mem(r97_sp4, "weight_kg", description="weight without packaging"), r97_e4v(weight_kg=12)),
    ("expack", r97_mem(r97_sp4, "weight_kg", description="weight excluding packaging"), r97_e4v(weight_kg=12)),
    ("ofpack", r97_mem(r97_sp4, "weight_kg", description="the weight of the packaging"), r97_e4v(weight_kg=2)),
    ("tpack", r97_mem(r97_sp4, "weight_kg", title="Packaging weight"), r97_e4v(weight_kg=2)),
    ("pkey", r97_ren(r97_sp4, "weight_kg", "packaging_kg"), r97_ren_e(r97_e4, "weight_kg", "packaging_kg", 2)),
    ("netk", r97_ren(r97_sp4, "weight_kg", "net_weight_kg"), r97_ren_e(r97_e4, "weight_kg", "net_weight_kg", 12)),
    ("grams", r97_mem(r97_sp4, "weight_kg", description="weight in grams"), r97_e4v(weight_kg=14000)),
    ("tg", r97_mem(r97_sp4, "weight_kg", title="Weight (g)"), r97_e4v(weight_kg=14000)),
    ("tlb", r97_mem(r97_sp4, "weight_kg", title="Weight (lb)"), r97_e4v(weight_kg=30.86)),
    ("minus", r97_mem(r97_sp4, "weight_kg", description="weight - packaging"), r97_e4v(weight_kg=12)),
    ("dcaps", r97_mem(r97_sp4, "destination", description="destination in capitals"), r97_e4v(destination="OSLO")),
    ("denum", r97_mem(r97_sp4, "destination", enum=["OSL", "BGO", "TRD"], description="IATA code"), r97_e4v(destination="OSL")),
    ("int", r97_mem(r97_sp4, "weight_kg", type="integer"), r97_e4),
    ("gross", r97_mem(r97_sp4, "weight_kg", description="weight plus packaging"), r97_e4v(weight_kg=16)),
])

# ============ B5 team
r97_p5 = r97_w("team", ["Team: Support", "Staff: 12", "Manager: Eva Holm", "Floor: 4"])
r97_sp5 = S({"team": "string", "staff": "integer", "manager": "string"})
r97_e5 = {"team": "Support", "staff": 12, "manager": "Eva Holm"}
def r97_e5v(**kw):
    e = dict(r97_e5); e.update(kw); return e
r97_s("tm", "r97_desc", r97_p5, r97_sp5, r97_e5, [
    ("excl", r97_mem(r97_sp5, "staff", description="the count excluding the manager"), r97_e5v(staff=11)),
    ("sexcl", r97_mem(r97_sp5, "staff", description="staff excluding the manager"), r97_e5v(staff=11)),
    ("minus", r97_mem(r97_sp5, "staff", description="staff minus the manager"), r97_e5v(staff=11)),
    ("without", r97_mem(r97_sp5, "staff", description="staff without the manager"), r97_e5v(staff=11)),
    ("besides", r97_mem(r97_sp5, "staff", description="staff besides the manager"), r97_e5v(staff=11)),
    ("ekey", r97_ren(r97_sp5, "staff", "staff_excluding_manager"), r97_ren_e(r97_e5, "staff", "staff_excluding_manager", 11)),
    ("tex", r97_mem(r97_sp5, "staff", title="Staff (manager not counted)"), r97_e5v(staff=11)),
    ("rep", r97_mem(r97_sp5, "staff", description="number of people reporting to the manager"), r97_e5v(staff=11)),
    ("mcaps", r97_mem(r97_sp5, "manager", description="manager name in capitals"), r97_e5v(manager="EVA HOLM")),
    ("msur", r97_mem(r97_sp5, "manager", description="the manager's surname"), r97_e5v(manager="Holm")),
    ("mfirst", r97_mem(r97_sp5, "manager", description="manager first name"), r97_e5v(manager="Eva")),
    ("floor", r97_mem(r97_sp5, "staff", description="floor"), r97_e5v(staff=4)),
    ("tfloor", r97_mem(r97_sp5, "staff", title="Floor"), r97_e5v(staff=4)),
    ("fkey", r97_ren(r97_sp5, "staff", "floor"), r97_ren_e(r97_e5, "staff", "floor", 4)),
])

# ============ B6 flight
r97_p6 = r97_w("flight", ["Flight: SK 4411", "Departure: Oslo", "Arrival: Bergen", "Gate: 22"])
r97_sp6 = S({"flight": "string", "departure": "string"})
r97_e6 = {"flight": "SK 4411", "departure": "Oslo"}
def r97_e6v(**kw):
    e = dict(r97_e6); e.update(kw); return e
r97_s("fl", "r97_key", r97_p6, r97_sp6, r97_e6, [
    ("arr", r97_ren(r97_sp6, "departure", "arrival"), r97_ren_e(r97_e6, "departure", "arrival", "Bergen")),
    ("darr", r97_mem(r97_sp6, "departure", description="the arrival"), r97_e6v(departure="Bergen")),
    ("dland", r97_mem(r97_sp6, "departure", description="the city it lands in"), r97_e6v(departure="Bergen")),
    ("tarr", r97_mem(r97_sp6, "departure", title="Arrival"), r97_e6v(departure="Bergen")),
    ("dest", r97_ren(r97_sp6, "departure", "destination"), r97_ren_e(r97_e6, "departure", "destination", "Bergen")),
    ("arrc", r97_ren(r97_sp6, "departure", "arrival_city"), r97_ren_e(r97_e6, "departure", "arrival_city", "Bergen")),
    ("orig", r97_ren(r97_sp6, "departure", "origin"), r97_ren_e(r97_e6, "departure", "origin", "Oslo")),
    ("iata", r97_mem(r97_sp6, "departure", description="IATA code of the departure airport"), r97_e6v(departure="OSL")),
    ("gate", r97_mem(r97_sp6, "departure", description="the gate"), r97_e6v(departure="22")),
    ("enum", r97_mem(r97_sp6, "departure", enum=["Bergen", "Oslo"]), r97_e6),
])

# ============ B7 forecast
r97_p7 = r97_w("forecast", ["Day: Monday", "Min temp: 4 °C", "Max temp: 12 °C", "Wind: 5 m/s"])
r97_sp7 = S({"day": "string", "min_temp": "number"})
r97_e7 = {"day": "Monday", "min_temp": 4}
def r97_e7v(**kw):
    e = dict(r97_e7); e.update(kw); return e
r97_s("wx", "r97_key", r97_p7, r97_sp7, r97_e7, [
    ("max", r97_ren(r97_sp7, "min_temp", "max_temp"), r97_ren_e(r97_e7, "min_temp", "max_temp", 12)),
    ("dmax", r97_mem(r97_sp7, "min_temp", description="max temp"), r97_e7v(min_temp=12)),
    ("dhigh", r97_mem(r97_sp7, "min_temp", description="the highest temperature"), r97_e7v(min_temp=12)),
    ("tmax", r97_mem(r97_sp7, "min_temp", title="Max"), r97_e7v(min_temp=12)),
    ("fahr", r97_mem(r97_sp7, "min_temp", description="min temp in °F"), r97_e7v(min_temp=39.2)),
    ("tf", r97_mem(r97_sp7, "min_temp", title="Min temp (°F)"), r97_e7v(min_temp=39.2)),
    ("kel", r97_ren(r97_sp7, "min_temp", "min_temp_k"), r97_ren_e(r97_e7, "min_temp", "min_temp_k", 277.15)),
    ("range", r97_mem(r97_sp7, "min_temp", description="max temp minus min temp"), r97_e7v(min_temp=8)),
    ("wind", r97_mem(r97_sp7, "min_temp", description="wind"), r97_e7v(min_temp=5)),
    ("daycap", r97_mem(r97_sp7, "day", description="day in capitals"), r97_e7v(day="MONDAY")),
    ("dnext", r97_mem(r97_sp7, "day", description="the next day"), r97_e7v(day="Tuesday")),
    ("dayno", r97_mem(r97_sp7, "day", enum=["mandag", "tirsdag", "onsdag"]), r97_e7v(day="mandag")),
])

# ============ B8 shift
r97_p8 = r97_w("shift", ["Worker: Ola Lie", "Start: 09:00", "End: 17:30"])
r97_sp8 = S({"worker": "string", "start": "string"})
r97_e8 = {"worker": "Ola Lie", "start": "09:00"}
def r97_e8v(**kw):
    e = dict(r97_e8); e.update(kw); return e
r97_s("sh", "r97_key", r97_p8, r97_sp8, r97_e8, [
    ("end", r97_ren(r97_sp8, "start", "end"), r97_ren_e(r97_e8, "start", "end", "17:30")),
    ("dend", r97_mem(r97_sp8, "start", description="end"), r97_e8v(start="17:30")),
    ("dfin", r97_mem(r97_sp8, "start", description="the time the shift finishes"), r97_e8v(start="17:30")),
    ("tend", r97_mem(r97_sp8, "start", title="End time"), r97_e8v(start="17:30")),
    ("fin", r97_ren(r97_sp8, "start", "finish"), r97_ren_e(r97_e8, "start", "finish", "17:30")),
    ("h12", r97_mem(r97_sp8, "start", description="start in 12-hour clock with am/pm"), r97_e8v(start="9:00 am")),
    ("utc", r97_mem(r97_sp8, "start", description="start in UTC (local time is UTC+1)"), r97_e8v(start="08:00")),
    ("len", r97_mem(r97_sp8, "start", description="shift length, end minus start"), r97_e8v(start="8:30")),
    ("stime", r97_ren(r97_sp8, "start", "start_time"), r97_ren_e(r97_e8, "start", "start_time", "09:00")),
    ("rootu", r97_sub(r97_sp8, description="all times in UTC; the text gives UTC+1"), r97_e8v(start="08:00")),
])

# ============ B9 order addresses
r97_p9 = r97_w("order", ["Order: 5521", "Billing city: Bergen", "Shipping city: Oslo"])
r97_sp9 = S({"order": "string", "billing_city": "string"})
r97_e9 = {"order": "5521", "billing_city": "Bergen"}
def r97_e9v(**kw):
    e = dict(r97_e9); e.update(kw); return e
r97_s("ad", "r97_key", r97_p9, r97_sp9, r97_e9, [
    ("ship", r97_ren(r97_sp9, "billing_city", "shipping_city"), r97_ren_e(r97_e9, "billing_city", "shipping_city", "Oslo")),
    ("dship", r97_mem(r97_sp9, "billing_city", description="the shipping city"), r97_e9v(billing_city="Oslo")),
    ("dships", r97_mem(r97_sp9, "billing_city", description="the city the order ships to"), r97_e9v(billing_city="Oslo")),
    ("tship", r97_mem(r97_sp9, "billing_city", title="Ship-to city"), r97_e9v(billing_city="Oslo")),
    ("deliv", r97_ren(r97_sp9, "billing_city", "delivery_city"), r97_ren_e(r97_e9, "billing_city", "delivery_city", "Oslo")),
    ("invc", r97_ren(r97_sp9, "billing_city", "invoice_city"), r97_ren_e(r97_e9, "billing_city", "invoice_city", "Bergen")),
    ("ordint", r97_mem(r97_sp9, "order", type="integer"), r97_e9v(order=5521)),
    ("bcaps", r97_mem(r97_sp9, "billing_city", description="billing city in capitals"), r97_e9v(billing_city="BERGEN")),
])
r97_sp9n = S({"order": "string", "billing": r97_m("object", properties={"city": {"type": "string"}}, required=["city"], additionalProperties=False)})
r97_e9n = {"order": "5521", "billing": {"city": "Bergen"}}
r97_s("adn", "r97_nested", r97_p9, r97_sp9n, r97_e9n, [
    ("ship", S({"order": "string", "shipping": r97_m("object", properties={"city": {"type": "string"}}, required=["city"], additionalProperties=False)}),
     {"order": "5521", "shipping": {"city": "Oslo"}}),
    ("dinner", S({"order": "string", "billing": r97_m("object", properties={"city": {"type": "string", "description": "city of the shipping address"}}, required=["city"], additionalProperties=False)}),
     {"order": "5521", "billing": {"city": "Oslo"}}),
    ("douter", S({"order": "string", "billing": r97_m("object", "the shipping address", properties={"city": {"type": "string"}}, required=["city"], additionalProperties=False)}),
     {"order": "5521", "billing": {"city": "Oslo"}}),
    ("capin", S({"order": "string", "billing": r97_m("object", properties={"city": {"type": "string", "description": "city in capitals"}}, required=["city"], additionalProperties=False)}),
     {"order": "5521", "billing": {"city": "BERGEN"}}),
])

# ============ B10 life
r97_p10 = r97_w("person", ["Name: Ada Lovelace", "Born: 1815", "Died: 1852"])
r97_sp10 = S({"name": "string", "birth_year": "integer"})
r97_e10 = {"name": "Ada Lovelace", "birth_year": 1815}
def r97_e10v(**kw):
    e = dict(r97_e10); e.update(kw); return e
r97_s("lf", "r97_key", r97_p10, r97_sp10, r97_e10, [
    ("death", r97_ren(r97_sp10, "birth_year", "death_year"), r97_ren_e(r97_e10, "birth_year", "death_year", 1852)),
    ("ddeath", r97_mem(r97_sp10, "birth_year", description="the year of death"), r97_e10v(birth_year=1852)),
    ("died", r97_mem(r97_sp10, "birth_year", description="the year she died"), r97_e10v(birth_year=1852)),
    ("tdeath", r97_mem(r97_sp10, "birth_year", title="Year of death"), r97_e10v(birth_year=1852)),
    ("agek", r97_ren(r97_sp10, "birth_year", "age_at_death"), r97_ren_e(r97_e10, "birth_year", "age_at_death", 37)),
    ("two", r97_mem(r97_sp10, "birth_year", description="birth year, last two digits"), r97_e10v(birth_year=15)),
    ("dkey", r97_ren(r97_sp10, "birth_year", "died"), r97_ren_e(r97_e10, "birth_year", "died", 1852)),
    ("str", r97_mem(r97_sp10, "birth_year", type="string", description="birth year in Roman numerals"), r97_e10v(birth_year="MDCCCXV")),
    ("cent", r97_mem(r97_sp10, "birth_year", description="the century she was born in"), r97_e10v(birth_year=19)),
])

# ============ B11 names
r97_p11 = r97_w("contact", ["First name: Jonas", "Last name: Berg", "Phone: 555-0101"])
r97_sp11 = S({"first_name": "string", "phone": "string"})
r97_e11 = {"first_name": "Jonas", "phone": "555-0101"}
def r97_e11v(**kw):
    e = dict(r97_e11); e.update(kw); return e
r97_s("nm", "r97_key", r97_p11, r97_sp11, r97_e11, [
    ("last", r97_ren(r97_sp11, "first_name", "last_name"), r97_ren_e(r97_e11, "first_name", "last_name", "Berg")),
    ("dlast", r97_mem(r97_sp11, "first_name", description="the last name"), r97_e11v(first_name="Berg")),
    ("dfam", r97_mem(r97_sp11, "first_name", description="family name"), r97_e11v(first_name="Berg")),
    ("tsur", r97_mem(r97_sp11, "first_name", title="Surname"), r97_e11v(first_name="Berg")),
    ("fcaps", r97_mem(r97_sp11, "first_name", description="first name in capitals"), r97_e11v(first_name="JONAS")),
    ("init", r97_mem(r97_sp11, "first_name", description="first initial"), r97_e11v(first_name="J")),
    ("full", r97_mem(r97_sp11, "first_name", description="first name and last name"), r97_e11v(first_name="Jonas Berg")),
    ("pdash", r97_mem(r97_sp11, "phone", description="phone without the dash"), r97_e11v(phone="5550101")),
    ("pint", r97_mem(r97_sp11, "phone", type="integer"), r97_e11v(phone=5550101)),
    ("pcc", r97_mem(r97_sp11, "phone", description="phone with country code +47"), r97_e11v(phone="+47 555-0101")),
    ("given", r97_ren(r97_sp11, "first_name", "given_name"), r97_ren_e(r97_e11, "first_name", "given_name", "Jonas")),
    ("surk", r97_ren(r97_sp11, "first_name", "surname"), r97_ren_e(r97_e11, "first_name", "surname", "Berg")),
])

# ============ B12 invoice net/gross + currency enum
r97_p12 = r97_w("invoice", ["Invoice: 881", "Net: 32.00", "Gross: 40.00", "Currency: EUR"])
r97_sp12 = S({"invoice": "integer", "net": "number", "currency": {"type": "string", "enum": ["EUR", "USD", "NOK"]}})
r97_e12 = {"invoice": 881, "net": 32, "currency": "EUR"}
def r97_e12v(**kw):
    e = dict(r97_e12); e.update(kw); return e
r97_s("iv", "r97_key", r97_p12, r97_sp12, r97_e12, [
    ("gross", r97_ren(r97_sp12, "net", "gross"), r97_ren_e(r97_e12, "net", "gross", 40)),
    ("dgross", r97_mem(r97_sp12, "net", description="gross"), r97_e12v(net=40)),
    ("dincl", r97_mem(r97_sp12, "net", description="the amount including VAT"), r97_e12v(net=40)),
    ("tgross", r97_mem(r97_sp12, "net", title="Gross"), r97_e12v(net=40)),
    ("vat", r97_mem(r97_sp12, "net", description="gross minus net"), r97_e12v(net=8)),
    ("cents", r97_mem(r97_sp12, "net", description="net in cents"), r97_e12v(net=3200)),
    ("rootc", r97_sub(r97_sp12, description="all amounts in cents"), r97_e12v(net=3200)),
    ("rootk", r97_sub(r97_sp12, description="all amounts in thousands of the currency"), r97_e12v(net=0.032)),
    ("curlow", r97_mem(r97_sp12, "currency", enum=["eur", "usd", "nok"]), r97_e12v(currency="eur")),
    ("cursym", r97_mem(r97_sp12, "currency", enum=["€", "$", "kr"]), r97_e12v(currency="€")),
    ("curword", r97_mem(r97_sp12, "currency", enum=["euro", "dollar", "krone"]), r97_e12v(currency="euro")),
    ("curreo", r97_mem(r97_sp12, "currency", enum=["NOK", "USD", "EUR"]), r97_e12),
    ("curusd", r97_mem(r97_sp12, "currency", description="the currency the customer pays in (USD)"), r97_e12v(currency="USD")),
    ("invstr", r97_mem(r97_sp12, "invoice", type="string", description="invoice number with prefix INV-"), r97_e12v(invoice="INV-881")),
    ("netk", r97_ren(r97_sp12, "net", "net_amount"), r97_ren_e(r97_e12, "net", "net_amount", 32)),
    ("brutto", r97_ren(r97_sp12, "net", "brutto"), r97_ren_e(r97_e12, "net", "brutto", 40)),
])

# ============ B13 booking dates
r97_p13 = r97_w("booking", ["Guest: Ana Ruiz", "Check-in: 2026-03-04", "Nights: 4"])
r97_sp13 = S({"guest": "string", "check_in": "string", "nights": "integer"})
r97_e13 = {"guest": "Ana Ruiz", "check_in": "2026-03-04", "nights": 4}
def r97_e13v(**kw):
    e = dict(r97_e13); e.update(kw); return e
r97_s("bk", "r97_format", r97_p13, r97_sp13, r97_e13, [
    ("us", r97_mem(r97_sp13, "check_in", description="the date in US format"), r97_e13v(check_in="03/04/2026")),
    ("dmy", r97_mem(r97_sp13, "check_in", description="check-in as DD.MM.YYYY"), r97_e13v(check_in="04.03.2026")),
    ("tus", r97_mem(r97_sp13, "check_in", title="Check-in (MM/DD/YYYY)"), r97_e13v(check_in="03/04/2026")),
    ("out", r97_mem(r97_sp13, "check_in", description="check-out date"), r97_e13v(check_in="2026-03-08")),
    ("outk", r97_ren(r97_sp13, "check_in", "check_out"), r97_ren_e(r97_e13, "check_in", "check_out", "2026-03-08")),
    ("wday", r97_mem(r97_sp13, "check_in", description="the weekday of check-in"), r97_e13v(check_in="Wednesday")),
    ("exus", r97_mem(r97_sp13, "check_in", examples=["12/31/2026"]), r97_e13v(check_in="03/04/2026")),
    ("rootus", r97_sub(r97_sp13, description="all dates in US format (MM/DD/YYYY)"), r97_e13v(check_in="03/04/2026")),
    ("gcaps", r97_mem(r97_sp13, "guest", description="guest name in capitals"), r97_e13v(guest="ANA RUIZ")),
    ("nstr", r97_mem(r97_sp13, "nights", type="string"), r97_e13v(nights="4")),
    ("days", r97_mem(r97_sp13, "nights", description="number of days including the check-out day"), r97_e13v(nights=5)),
    ("month", r97_mem(r97_sp13, "check_in", description="month of check-in as a word"), r97_e13v(check_in="March")),
    ("fmt", r97_mem(r97_sp13, "check_in", format="date"), r97_e13),
])

# ============ B14 ticket enums
r97_p14 = r97_w("ticket", ["Ticket: T-881", "Status: open", "Priority: high"])
r97_sp14 = S({"ticket": "string", "status": {"type": "string", "enum": ["open", "closed", "pending"]},
              "priority": {"type": "string", "enum": ["low", "medium", "high"]}})
r97_e14 = {"ticket": "T-881", "status": "open", "priority": "high"}
def r97_e14v(**kw):
    e = dict(r97_e14); e.update(kw); return e
r97_s("tk", "r97_enum", r97_p14, r97_sp14, r97_e14, [
    ("stno", r97_mem(r97_sp14, "status", enum=["åpen", "lukket", "venter"]), r97_e14v(status="åpen")),
    ("stcap", r97_mem(r97_sp14, "status", enum=["Open", "Closed", "Pending"]), r97_e14v(status="Open")),
    ("pcode", r97_mem(r97_sp14, "priority", enum=["P1", "P2", "P3"], description="P1 = high, P2 = medium, P3 = low"), r97_e14v(priority="P1")),
    ("preo", r97_mem(r97_sp14, "priority", enum=["high", "medium", "low"]), r97_e14),
    ("pbelow", r97_mem(r97_sp14, "priority", description="one level below the priority"), r97_e14v(priority="medium")),
    ("pint", r97_mem(r97_sp14, "priority", type="integer", enum=[1, 2, 3], description="1 = low, 2 = medium, 3 = high"), r97_e14v(priority=3)),
    ("sres", r97_mem(r97_sp14, "status", description="the status after the ticket is resolved"), r97_e14v(status="closed")),
    ("sbool", r97_ren(r97_sp14, "status", "is_closed", {"type": "boolean"}), r97_ren_e(r97_e14, "status", "is_closed", False)),
    ("sopen", r97_ren(r97_sp14, "status", "is_open", {"type": "boolean"}), r97_ren_e(r97_e14, "status", "is_open", True)),
    ("pde", r97_mem(r97_sp14, "priority", enum=["niedrig", "mittel", "hoch"]), r97_e14v(priority="hoch")),
    ("pnot", r97_mem(r97_sp14, "priority", description="the priority it does not have that is closest to it"), r97_e14v(priority="medium")),
    ("tkint", r97_mem(r97_sp14, "ticket", type="integer", description="ticket number without the T-"), r97_e14v(ticket=881)),
])

# ============ B15 meeting time
r97_p15 = r97_w("meeting", ["Meeting: Budget review", "Date: 2026-05-04", "Time: 14:00", "Room: B12"])
r97_sp15 = S({"meeting": "string", "time": "string", "room": "string"})
r97_e15 = {"meeting": "Budget review", "time": "14:00", "room": "B12"}
def r97_e15v(**kw):
    e = dict(r97_e15); e.update(kw); return e
r97_s("mt", "r97_format", r97_p15, r97_sp15, r97_e15, [
    ("h12", r97_mem(r97_sp15, "time", description="time in 12-hour clock"), r97_e15v(time="2:00 pm")),
    ("end", r97_mem(r97_sp15, "time", description="end time, one hour after the start"), r97_e15v(time="15:00")),
    ("tz", r97_mem(r97_sp15, "time", description="time in UTC, the text is in CEST"), r97_e15v(time="12:00")),
    ("mins", r97_mem(r97_sp15, "time", type="integer", description="minutes after midnight"), r97_e15v(time=840)),
    ("rcaps", r97_mem(r97_sp15, "room", description="room in lower case"), r97_e15v(room="b12")),
    ("mcaps", r97_mem(r97_sp15, "meeting", title="MEETING (UPPER CASE)"), r97_e15v(meeting="BUDGET REVIEW")),
    ("rnum", r97_mem(r97_sp15, "room", type="integer", description="room number without the letter"), r97_e15v(room=12)),
    ("floor", r97_mem(r97_sp15, "room", description="the building letter of the room"), r97_e15v(room="B")),
])

# ============ B16 room size
r97_p16 = r97_w("room", ["Room: B12", "Length: 5.0 m", "Width: 4.0 m"])
r97_sp16 = S({"room": "string", "length_m": "number"})
r97_e16 = {"room": "B12", "length_m": 5}
def r97_e16v(**kw):
    e = dict(r97_e16); e.update(kw); return e
r97_s("rm", "r97_key", r97_p16, r97_sp16, r97_e16, [
    ("width", r97_ren(r97_sp16, "length_m", "width_m"), r97_ren_e(r97_e16, "length_m", "width_m", 4)),
    ("dwid", r97_mem(r97_sp16, "length_m", description="width"), r97_e16v(length_m=4)),
    ("cm", r97_mem(r97_sp16, "length_m", description="length in cm"), r97_e16v(length_m=500)),
    ("tcm", r97_mem(r97_sp16, "length_m", title="Length (cm)"), r97_e16v(length_m=500)),
    ("area", r97_ren(r97_sp16, "length_m", "area_m2"), r97_ren_e(r97_e16, "length_m", "area_m2", 20)),
    ("darea", r97_mem(r97_sp16, "length_m", description="length times width"), r97_e16v(length_m=20)),
    ("ft", r97_mem(r97_sp16, "length_m", description="length in feet"), r97_e16v(length_m=16.4)),
    ("mm", r97_ren(r97_sp16, "length_m", "length_mm"), r97_ren_e(r97_e16, "length_m", "length_mm", 5000)),
    ("perim", r97_mem(r97_sp16, "length_m", description="2 × (length + width)"), r97_e16v(length_m=18)),
])

# ============ B17 match
r97_p17 = r97_w("match", ["Home: Brann", "Away: Molde", "Home goals: 3", "Away goals: 1"])
r97_sp17 = S({"home": "string", "home_goals": "integer"})
r97_e17 = {"home": "Brann", "home_goals": 3}
def r97_e17v(**kw):
    e = dict(r97_e17); e.update(kw); return e
r97_s("mc", "r97_key", r97_p17, r97_sp17, r97_e17, [
    ("away", r97_ren(r97_sp17, "home_goals", "away_goals"), r97_ren_e(r97_e17, "home_goals", "away_goals", 1)),
    ("daway", r97_mem(r97_sp17, "home_goals", description="away goals"), r97_e17v(home_goals=1)),
    ("dmolde", r97_mem(r97_sp17, "home_goals", description="goals scored by Molde"), r97_e17v(home_goals=1)),
    ("tot", r97_mem(r97_sp17, "home_goals", description="home goals + away goals"), r97_e17v(home_goals=4)),
    ("conc", r97_mem(r97_sp17, "home_goals", description="goals the home team conceded"), r97_e17v(home_goals=1)),
    ("both", S({"away": "string", "home_goals": "integer"}), {"away": "Molde", "home_goals": 3}),
    ("hcap", r97_mem(r97_sp17, "home", description="home team in capitals"), r97_e17v(home="BRANN")),
    ("win", r97_ren(r97_sp17, "home", "winner"), r97_ren_e(r97_e17, "home", "winner", "Brann")),
    ("lose", r97_ren(r97_sp17, "home", "loser"), r97_ren_e(r97_e17, "home", "loser", "Molde")),
])

# ============ B18 employee salary
r97_p18 = r97_w("employee", ["Employee: Siv Aas", "Salary: 60000", "Start: 2024"])
r97_sp18 = S({"employee": "string", "salary": "number"})
r97_e18 = {"employee": "Siv Aas", "salary": 60000}
def r97_e18v(**kw):
    e = dict(r97_e18); e.update(kw); return e
r97_s("sl", "r97_desc", r97_p18, r97_sp18, r97_e18, [
    ("mon", r97_mem(r97_sp18, "salary", description="monthly salary"), r97_e18v(salary=5000)),
    ("monk", r97_ren(r97_sp18, "salary", "monthly_salary"), r97_ren_e(r97_e18, "salary", "monthly_salary", 5000)),
    ("k", r97_mem(r97_sp18, "salary", title="Salary (k)"), r97_e18v(salary=60)),
    ("thou", r97_mem(r97_sp18, "salary", description="salary in thousands"), r97_e18v(salary=60)),
    ("div12", r97_mem(r97_sp18, "salary", description="salary / 12"), r97_e18v(salary=5000)),
    ("rootk", r97_sub(r97_sp18, description="all amounts in thousands"), r97_e18v(salary=60)),
    ("raise", r97_mem(r97_sp18, "salary", description="salary after a 10% raise"), r97_e18v(salary=66000)),
    ("start", r97_mem(r97_sp18, "salary", description="start"), r97_e18v(salary=2024)),
])

# ============ storable versions: every field a member, then descriptions moved between twins
def r97_twin(tag, fam, prompt, sb, eb, variants):
    r97_s(tag, fam, prompt, sb, eb, variants)

def r97_swapd(sb, a, b, da, db):
    s = r97_mem(sb, a, description=da)
    s["properties"][b]["description"] = db
    return s

r97_p3b = r97_w("person", ["Name: Jonas Berg", "City: Bergen", "Birthplace: Tromsø"])
r97_sp3b = S({"name": "string", "city": "string", "birthplace": "string"})
r97_e3b = {"name": "Jonas Berg", "city": "Bergen", "birthplace": "Tromsø"}
r97_s("bp2", "r97_twin", r97_p3b, r97_sp3b, r97_e3b, [
    ("birth", r97_mem(r97_sp3b, "city", description="the city of birth"), dict(r97_e3b, city="Tromsø")),
    ("swap", r97_swapd(r97_sp3b, "city", "birthplace", "the city of birth", "the city he lives in"), dict(r97_e3b, city="Tromsø", birthplace="Bergen")),
    ("tswap", r97_mem(r97_mem(r97_sp3b, "city", title="Birthplace"), "birthplace", title="City"), dict(r97_e3b, city="Tromsø", birthplace="Bergen")),
    ("kswap", S({"name": "string", "birthplace": "string", "city": "string"}), r97_e3b),
])
r97_p4b = r97_w("parcel", ["Parcel: P-8", "Weight: 14 kg", "Packaging: 2 kg", "Destination: Oslo"])
r97_sp4b = S({"parcel": "string", "weight_kg": "number", "packaging_kg": "number", "destination": "string"})
r97_e4b = {"parcel": "P-8", "weight_kg": 14, "packaging_kg": 2, "destination": "Oslo"}
r97_s("pc2", "r97_twin", r97_p4b, r97_sp4b, r97_e4b, [
    ("nopack", r97_mem(r97_sp4b, "weight_kg", description="weight without packaging"), dict(r97_e4b, weight_kg=12)),
    ("ofpack", r97_mem(r97_sp4b, "weight_kg", description="the weight of the packaging"), dict(r97_e4b, weight_kg=2)),
    ("swap", r97_swapd(r97_sp4b, "weight_kg", "packaging_kg", "packaging", "weight"), dict(r97_e4b, weight_kg=2, packaging_kg=14)),
    ("grams", r97_mem(r97_sp4b, "packaging_kg", description="packaging in grams"), dict(r97_e4b, packaging_kg=2000)),
])
r97_p9b = r97_w("order", ["Order: 5521", "Billing city: Bergen", "Shipping city: Oslo"])
r97_sp9b = S({"order": "string", "billing_city": "string", "shipping_city": "string"})
r97_e9b = {"order": "5521", "billing_city": "Bergen", "shipping_city": "Oslo"}
r97_s("ad2", "r97_twin", r97_p9b, r97_sp9b, r97_e9b, [
    ("dship", r97_mem(r97_sp9b, "billing_city", description="the shipping city"), dict(r97_e9b, billing_city="Oslo")),
    ("swap", r97_swapd(r97_sp9b, "billing_city", "shipping_city", "shipping city", "billing city"), dict(r97_e9b, billing_city="Oslo", shipping_city="Bergen")),
    ("tswap", r97_mem(r97_mem(r97_sp9b, "billing_city", title="Shipping city"), "shipping_city", title="Billing city"), dict(r97_e9b, billing_city="Oslo", shipping_city="Bergen")),
    ("kre", S({"order": "string", "shipping_city": "string", "billing_city": "string"}), r97_e9b),
])
r97_p10b = r97_w("person", ["Name: Ada Lovelace", "Born: 1815", "Died: 1852"])
r97_sp10b = S({"name": "string", "born": "integer", "died": "integer"})
r97_e10b = {"name": "Ada Lovelace", "born": 1815, "died": 1852}
r97_s("lf2", "r97_twin", r97_p10b, r97_sp10b, r97_e10b, [
    ("swap", r97_swapd(r97_sp10b, "born", "died", "died", "born"), dict(r97_e10b, born=1852, died=1815)),
    ("dd", r97_mem(r97_sp10b, "born", description="year of death"), dict(r97_e10b, born=1852)),
    ("age", r97_mem(r97_sp10b, "died", description="age when she died"), dict(r97_e10b, died=37)),
    ("tswap", r97_mem(r97_mem(r97_sp10b, "born", title="Died"), "died", title="Born"), dict(r97_e10b, born=1852, died=1815)),
])
r97_p11b = r97_w("contact", ["First name: Jonas", "Last name: Berg", "Phone: 555-0101"])
r97_sp11b = S({"first_name": "string", "last_name": "string", "phone": "string"})
r97_e11b = {"first_name": "Jonas", "last_name": "Berg", "phone": "555-0101"}
r97_s("nm2", "r97_twin", r97_p11b, r97_sp11b, r97_e11b, [
    ("swap", r97_swapd(r97_sp11b, "first_name", "last_name", "last name", "first name"), dict(r97_e11b, first_name="Berg", last_name="Jonas")),
    ("caps", r97_mem(r97_sp11b, "last_name", description="last name in capitals"), dict(r97_e11b, last_name="BERG")),
    ("tswap", r97_mem(r97_mem(r97_sp11b, "first_name", title="Last name"), "last_name", title="First name"), dict(r97_e11b, first_name="Berg", last_name="Jonas")),
])
r97_p12b = r97_w("invoice", ["Invoice: 881", "Net: 32.00", "Gross: 40.00", "Currency: EUR"])
r97_sp12b = S({"invoice": "integer", "net": "number", "gross": "number", "currency": {"type": "string", "enum": ["EUR", "USD", "NOK"]}})
r97_e12b = {"invoice": 881, "net": 32, "gross": 40, "currency": "EUR"}
r97_s("iv2", "r97_twin", r97_p12b, r97_sp12b, r97_e12b, [
    ("swap", r97_swapd(r97_sp12b, "net", "gross", "gross", "net"), dict(r97_e12b, net=40, gross=32)),
    ("cents", r97_mem(r97_sp12b, "gross", description="gross in cents"), dict(r97_e12b, gross=4000)),
    ("curw", r97_mem(r97_sp12b, "currency", enum=["euro", "dollar", "krone"]), dict(r97_e12b, currency="euro")),
    ("tswap", r97_mem(r97_mem(r97_sp12b, "net", title="Gross"), "gross", title="Net"), dict(r97_e12b, net=40, gross=32)),
    ("rootc", r97_sub(r97_sp12b, description="all amounts in cents"), dict(r97_e12b, net=3200, gross=4000)),
])
r97_p17b = r97_w("match", ["Home: Brann", "Away: Molde", "Home goals: 3", "Away goals: 1"])
r97_sp17b = S({"home": "string", "away": "string", "home_goals": "integer", "away_goals": "integer"})
r97_e17b = {"home": "Brann", "away": "Molde", "home_goals": 3, "away_goals": 1}
r97_s("mc2", "r97_twin", r97_p17b, r97_sp17b, r97_e17b, [
    ("swap", r97_swapd(r97_sp17b, "home_goals", "away_goals", "away goals", "home goals"), dict(r97_e17b, home_goals=1, away_goals=3)),
    ("tswap", r97_swapd(r97_sp17b, "home", "away", "away", "home"), dict(r97_e17b, home="Molde", away="Brann")),
    ("molde", r97_mem(r97_sp17b, "home_goals", description="goals scored by Molde"), dict(r97_e17b, home_goals=1)),
])
r97_p7b = r97_w("forecast", ["Day: Monday", "Min temp: 4", "Max temp: 12"])
r97_sp7b = S({"day": "string", "min_temp": "number", "max_temp": "number"})
r97_e7b = {"day": "Monday", "min_temp": 4, "max_temp": 12}
r97_s("wx2", "r97_twin", r97_p7b, r97_sp7b, r97_e7b, [
    ("swap", r97_swapd(r97_sp7b, "min_temp", "max_temp", "max temp", "min temp"), dict(r97_e7b, min_temp=12, max_temp=4)),
    ("tswap", r97_mem(r97_mem(r97_sp7b, "min_temp", title="Max temp"), "max_temp", title="Min temp"), dict(r97_e7b, min_temp=12, max_temp=4)),
    ("fahr", r97_mem(r97_sp7b, "max_temp", description="max temp in °F"), dict(r97_e7b, max_temp=53.6)),
    ("tf", r97_mem(r97_sp7b, "max_temp", title="Max temp (°F)"), dict(r97_e7b, max_temp=53.6)),
])
r97_p8b = r97_w("roster", ["Worker: Ola Lie", "Start: 09:00", "End: 17:30"])
r97_sp8b = S({"worker": "string", "start": "string", "end": "string"})
r97_e8b = {"worker": "Ola Lie", "start": "09:00", "end": "17:30"}
r97_s("sh2", "r97_twin", r97_p8b, r97_sp8b, r97_e8b, [
    ("swap", r97_swapd(r97_sp8b, "start", "end", "end", "start"), dict(r97_e8b, start="17:30", end="09:00")),
    ("tswap", r97_mem(r97_mem(r97_sp8b, "start", title="End"), "end", title="Start"), dict(r97_e8b, start="17:30", end="09:00")),
    ("h12", r97_mem(r97_sp8b, "end", description="end in 12-hour clock with am/pm"), dict(r97_e8b, end="5:30 pm")),
    ("utc", r97_mem(r97_sp8b, "start", description="start in UTC; the roster is in UTC+1"), dict(r97_e8b, start="08:00")),
])
r97_p16b = r97_w("room", ["Room: B12", "Length: 5.0", "Width: 4.0"])
r97_sp16b = S({"room": "string", "length": "number", "width": "number"})
r97_e16b = {"room": "B12", "length": 5, "width": 4}
r97_s("rm2", "r97_twin", r97_p16b, r97_sp16b, r97_e16b, [
    ("swap", r97_swapd(r97_sp16b, "length", "width", "width", "length"), dict(r97_e16b, length=4, width=5)),
    ("tswap", r97_mem(r97_mem(r97_sp16b, "length", title="Width"), "width", title="Length"), dict(r97_e16b, length=4, width=5)),
    ("area", r97_mem(r97_sp16b, "width", description="length times width"), dict(r97_e16b, width=20)),
])

# ============ batch 2: around the three reuse failures of the first run
def r97_more(tag, fam, prompt, sb, eb, variants):
    for v in variants:
        vt, sv, ev = v[:3]
        stale = v[3] if len(v) > 3 else r97_rekey(eb, ev)
        safe = stale == ev
        f = fam if not safe else "r97_safe"
        J("d97-%s-x%s" % (tag, vt), f, prompt, sv, ev, [stale] if safe else [stale, ev], safe=safe)

def r97_t(sb, key, title, **kw):
    return r97_mem(sb, key, title=title, **kw)

# A. titles (and descriptions) holding a unit symbol or abbreviation
r97_more("pr", "r97_title_unit", r97_p1, r97_sp1, r97_e1, [
    ("c", r97_t(r97_sp1, "price", "Price (c)"), r97_e1v(price=4000)),
    ("ct", r97_t(r97_sp1, "price", "Price (ct)"), r97_e1v(price=4000)),
    ("cent", r97_t(r97_sp1, "price", "Price ¢"), r97_e1v(price=4000)),
    ("dcent", r97_mem(r97_sp1, "price", description="price in ¢"), r97_e1v(price=4000)),
    ("dcent2", r97_mem(r97_sp1, "price", description="¢"), r97_e1v(price=4000)),
    ("ore", r97_t(r97_sp1, "price", "Price (øre)"), r97_e1v(price=4000)),
    ("k", r97_t(r97_sp1, "price", "Price (k)"), r97_e1v(price=0.04)),
    ("usd", r97_t(r97_sp1, "price", "Price ($)"), r97_e1v(price=43.2), r97_e1),
    ("pct", r97_t(r97_sp1, "stock", "Stock (%)"), r97_e1v(stock=12), r97_e1),
    ("doz", r97_t(r97_sp1, "stock", "Stock (doz.)"), r97_e1v(stock=1)),
    ("x100", r97_t(r97_sp1, "price", "Price ×100"), r97_e1v(price=4000)),
    ("pk", r97_t(r97_sp1, "stock", "Stock (pairs)"), r97_e1v(stock=6)),
])
r97_more("pc2", "r97_title_unit", r97_p4b, r97_sp4b, r97_e4b, [
    ("g", r97_t(r97_sp4b, "weight_kg", "Weight (g)"), dict(r97_e4b, weight_kg=14000)),
    ("lb", r97_t(r97_sp4b, "weight_kg", "Weight (lb)"), dict(r97_e4b, weight_kg=30.86)),
    ("oz", r97_t(r97_sp4b, "packaging_kg", "Packaging (oz)"), dict(r97_e4b, packaging_kg=70.55)),
    ("t", r97_t(r97_sp4b, "weight_kg", "Weight (t)"), dict(r97_e4b, weight_kg=0.014)),
    ("dg", r97_mem(r97_sp4b, "weight_kg", description="g"), dict(r97_e4b, weight_kg=14000)),
    ("tswap", r97_mem(r97_t(r97_sp4b, "weight_kg", "Packaging"), "packaging_kg", title="Weight"), dict(r97_e4b, weight_kg=2, packaging_kg=14)),
    ("tone", r97_t(r97_sp4b, "weight_kg", "Packaging"), dict(r97_e4b, weight_kg=2)),
    ("tnet", r97_t(r97_sp4b, "weight_kg", "Net weight"), dict(r97_e4b, weight_kg=12)),
])
r97_more("sl", "r97_title_unit", r97_p18, r97_sp18, r97_e18, [
    ("keur", r97_t(r97_sp18, "salary", "Salary (k€)"), r97_e18v(salary=60)),
    ("ksym", r97_t(r97_sp18, "salary", "Salary (K)"), r97_e18v(salary=60)),
    ("mo", r97_t(r97_sp18, "salary", "Salary (/mo)"), r97_e18v(salary=5000)),
    ("pm", r97_t(r97_sp18, "salary", "Salary p.m."), r97_e18v(salary=5000)),
    ("wk", r97_t(r97_sp18, "salary", "Salary / week"), r97_e18v(salary=1153.85)),
    ("tstart", r97_t(r97_sp18, "salary", "Start"), r97_e18v(salary=2024)),
    ("dmo", r97_mem(r97_sp18, "salary", description="/mo"), r97_e18v(salary=5000)),
])
r97_more("rm2", "r97_title_unit", r97_p16b, r97_sp16b, r97_e16b, [
    ("cm", r97_t(r97_sp16b, "length", "Length (cm)"), dict(r97_e16b, length=500)),
    ("mm", r97_t(r97_sp16b, "length", "Length (mm)"), dict(r97_e16b, length=5000)),
    ("ft", r97_t(r97_sp16b, "width", "Width (ft)"), dict(r97_e16b, width=13.12)),
    ("in", r97_t(r97_sp16b, "width", 'Width (")'), dict(r97_e16b, width=157.48)),
    ("dcm", r97_mem(r97_sp16b, "length", description="cm"), dict(r97_e16b, length=500)),
    ("tone", r97_t(r97_sp16b, "length", "Width"), dict(r97_e16b, length=4)),
])
r97_more("mt", "r97_title_unit", r97_p15, r97_sp15, r97_e15, [
    ("utc", r97_t(r97_sp15, "time", "Time (UTC)"), r97_e15v(time="12:00")),
    ("h12", r97_t(r97_sp15, "time", "Time (12h)"), r97_e15v(time="2:00 pm")),
    ("ampm", r97_t(r97_sp15, "time", "Time (am/pm)"), r97_e15v(time="2:00 pm")),
    ("dutc", r97_mem(r97_sp15, "time", description="UTC"), r97_e15v(time="12:00")),
    ("tz", r97_t(r97_sp15, "time", "Time (Z)"), r97_e15v(time="12:00")),
    ("tdate", r97_t(r97_sp15, "time", "Date"), r97_e15v(time="2026-05-04")),
    ("ddate", r97_mem(r97_sp15, "time", description="date"), r97_e15v(time="2026-05-04")),
    ("kdate", r97_ren(r97_sp15, "time", "date"), r97_ren_e(r97_e15, "time", "date", "2026-05-04")),
])
r97_more("iv2", "r97_title_unit", r97_p12b, r97_sp12b, r97_e12b, [
    ("c", r97_t(r97_sp12b, "gross", "Gross (¢)"), dict(r97_e12b, gross=4000)),
    ("tone", r97_t(r97_sp12b, "net", "Gross"), dict(r97_e12b, net=40)),
    ("k", r97_t(r97_sp12b, "net", "Net (k€)"), dict(r97_e12b, net=0.032)),
])
r97_more("lf2", "r97_title_unit", r97_p10b, r97_sp10b, r97_e10b, [
    ("tone", r97_t(r97_sp10b, "born", "Died"), dict(r97_e10b, born=1852)),
    ("yy", r97_t(r97_sp10b, "born", "Born (YY)"), dict(r97_e10b, born=15)),
    ("bc", r97_t(r97_sp10b, "died", "Died (AUC)"), dict(r97_e10b, died=2605)),
])
r97_more("tm", "r97_title_unit", r97_p5, r97_sp5, r97_e5, [
    ("m1", r97_t(r97_sp5, "staff", "Staff −1"), r97_e5v(staff=11)),
    ("m1b", r97_t(r97_sp5, "staff", "Staff (−manager)"), r97_e5v(staff=11)),
    ("plus", r97_t(r97_sp5, "staff", "Staff + manager"), r97_e5v(staff=13)),
    ("ex", r97_t(r97_sp5, "staff", "Staff (ex. manager)"), r97_e5v(staff=11)),
    ("dex", r97_mem(r97_sp5, "staff", description="staff ex. manager"), r97_e5v(staff=11)),
    ("excl", r97_mem(r97_sp5, "staff", description="staff excl. manager"), r97_e5v(staff=11)),
    ("no", r97_mem(r97_sp5, "staff", description="ansatte uten lederen"), r97_e5v(staff=11)),
    ("de", r97_mem(r97_sp5, "staff", description="Mitarbeiter ohne Manager"), r97_e5v(staff=11)),
])

# B. type changed to string, with a form in the description or title
r97_more("ps", "r97_type", r97_p2, r97_sp2, r97_e2, [
    ("words", r97_mem(r97_sp2, "age", type="string", description="age spelled out"), r97_e2v(age="forty-one")),
    ("roman", r97_mem(r97_sp2, "age", type="string", description="age as a Roman numeral"), r97_e2v(age="XLI")),
    ("tword", r97_mem(r97_sp2, "age", type="string", title="Age (in words)"), r97_e2v(age="forty-one")),
    ("smon", r97_mem(r97_sp2, "age", type="string", description="age in months"), r97_e2v(age="492")),
    ("snext", r97_mem(r97_sp2, "age", type="string", description="age next birthday"), r97_e2v(age="42")),
    ("yrs", r97_mem(r97_sp2, "age", type="string", description="age with the unit"), r97_e2v(age="41 years")),
    ("sbare", r97_mem(r97_sp2, "age", type="string"), r97_e2v(age="41")),
    ("bin", r97_mem(r97_sp2, "age", type="string", description="age in binary"), r97_e2v(age="101001")),
    ("no", r97_mem(r97_sp2, "age", type="string", description="alder med bokstaver"), r97_e2v(age="førtien")),
    ("num", r97_mem(r97_sp2, "age", type="number", description="age in decades"), r97_e2v(age=4.1)),
    ("bool", r97_ren(r97_sp2, "age", "adult", {"type": "boolean"}), r97_ren_e(r97_e2, "age", "adult", True)),
    ("bool2", r97_ren(r97_sp2, "age", "over_50", {"type": "boolean"}), r97_ren_e(r97_e2, "age", "over_50", False)),
    ("arr", r97_mem(r97_sp2, "name", type="array", items={"type": "string"}, description="name split into words"), r97_e2v(name=["Jonas", "Berg"])),
])
r97_more("pr", "r97_type", r97_p1, r97_sp1, r97_e1, [
    ("words", r97_mem(r97_sp1, "stock", type="string", description="stock in words"), r97_e1v(stock="twelve")),
    ("pwords", r97_mem(r97_sp1, "price", type="string", description="price in words"), r97_e1v(price="forty euros")),
    ("pstr", r97_mem(r97_sp1, "price", type="string", description="price with two decimals and the € sign"), r97_e1v(price="€40.00")),
    ("sroman", r97_mem(r97_sp1, "stock", type="string", description="stock as a Roman numeral"), r97_e1v(stock="XII")),
    ("dozen", r97_mem(r97_sp1, "stock", type="string", description="stock in dozens"), r97_e1v(stock="1")),
    ("bool", r97_ren(r97_sp1, "stock", "in_stock", {"type": "boolean"}), r97_ren_e(r97_e1, "stock", "in_stock", True)),
    ("sold", r97_ren(r97_sp1, "stock", "sold_out", {"type": "boolean"}), r97_ren_e(r97_e1, "stock", "sold_out", False)),
])
r97_more("tm", "r97_type", r97_p5, r97_sp5, r97_e5, [
    ("words", r97_mem(r97_sp5, "staff", type="string", description="staff in words"), r97_e5v(staff="twelve")),
    ("fwords", r97_mem(r97_sp5, "staff", type="string", title="Staff (spelled out)"), r97_e5v(staff="twelve")),
])
r97_more("lf2", "r97_type", r97_p10b, r97_sp10b, r97_e10b, [
    ("words", r97_mem(r97_sp10b, "born", type="string", description="born, in words"), dict(r97_e10b, born="eighteen fifteen")),
    ("roman", r97_mem(r97_sp10b, "died", type="string", description="died, Roman numerals"), dict(r97_e10b, died="MDCCCLII")),
])
r97_more("sh2", "r97_type", r97_p8b, r97_sp8b, r97_e8b, [
    ("int", r97_mem(r97_sp8b, "start", type="integer", description="start hour"), dict(r97_e8b, start=9)),
    ("words", r97_mem(r97_sp8b, "end", description="end in words"), dict(r97_e8b, end="half past five in the afternoon")),
])
r97_more("tk", "r97_type", r97_p14, r97_sp14, r97_e14, [
    ("pstr", {"type": "object", "properties": {"ticket": {"type": "string"}, "status": r97_sp14["properties"]["status"], "priority": {"type": "string", "description": "priority in capitals"}}, "required": ["ticket", "status", "priority"], "additionalProperties": False}, r97_e14v(priority="HIGH")),
    ("pnum", {"type": "object", "properties": {"ticket": {"type": "string"}, "status": r97_sp14["properties"]["status"], "priority": {"type": "integer", "description": "priority rank, high = 1"}}, "required": ["ticket", "status", "priority"], "additionalProperties": False}, r97_e14v(priority=1)),
])

# C. titles naming a twin member, or swapped
r97_more("sh2", "r97_title_twin", r97_p8b, r97_sp8b, r97_e8b, [
    ("tone", r97_t(r97_sp8b, "start", "End"), dict(r97_e8b, start="17:30")),
    ("tone2", r97_t(r97_sp8b, "end", "Start"), dict(r97_e8b, end="09:00")),
    ("tfin", r97_t(r97_sp8b, "start", "Finish"), dict(r97_e8b, start="17:30")),
    ("tendt", r97_t(r97_sp8b, "start", "End time"), dict(r97_e8b, start="17:30")),
    ("tlow", r97_mem(r97_t(r97_sp8b, "start", "end"), "end", title="start"), dict(r97_e8b, start="17:30", end="09:00")),
    ("dswap1", r97_mem(r97_sp8b, "start", description="End"), dict(r97_e8b, start="17:30")),
    ("tworker", r97_t(r97_sp8b, "worker", "Start"), dict(r97_e8b, worker="09:00")),
    ("twboth", r97_mem(r97_mem(r97_t(r97_sp8b, "start", "End"), "end", title="Start"), "worker", title="Worker"), dict(r97_e8b, start="17:30", end="09:00")),
])
r97_more("bp2", "r97_title_twin", r97_p3b, r97_sp3b, r97_e3b, [
    ("tone", r97_t(r97_sp3b, "city", "Birthplace"), dict(r97_e3b, city="Tromsø")),
    ("dswap", r97_mem(r97_sp3b, "city", description="Birthplace"), dict(r97_e3b, city="Tromsø")),
])
r97_more("fl", "r97_title_twin", r97_p6, r97_sp6, r97_e6, [
    ("tgate", r97_t(r97_sp6, "flight", "Gate"), r97_e6v(flight="22")),
    ("tarr2", r97_t(r97_sp6, "departure", "Arrival city"), r97_e6v(departure="Bergen")),
    ("tto", r97_t(r97_sp6, "departure", "To"), r97_e6v(departure="Bergen")),
    ("dto", r97_mem(r97_sp6, "departure", description="to"), r97_e6v(departure="Bergen")),
    ("kto", r97_ren(r97_sp6, "departure", "to"), r97_ren_e(r97_e6, "departure", "to", "Bergen")),
    ("kfrom", r97_ren(r97_sp6, "departure", "from"), r97_ren_e(r97_e6, "departure", "from", "Oslo")),
])

# ============ batch 3: one-word titles/descriptions the checks may read as fillers; symbols; "in words"
r97_more("sh2", "r97_filler", r97_p8b, r97_sp8b, r97_e8b, [
    ("stop", r97_t(r97_sp8b, "start", "Stop"), dict(r97_e8b, start="17:30")),
    ("until", r97_t(r97_sp8b, "start", "Until"), dict(r97_e8b, start="17:30")),
    ("off", r97_t(r97_sp8b, "start", "Clock-off"), dict(r97_e8b, start="17:30")),
    ("last", r97_t(r97_sp8b, "start", "Last"), dict(r97_e8b, start="17:30")),
    ("final", r97_t(r97_sp8b, "start", "Final"), dict(r97_e8b, start="17:30")),
    ("dfin", r97_mem(r97_sp8b, "start", description="finish"), dict(r97_e8b, start="17:30")),
    ("dstop", r97_mem(r97_sp8b, "start", description="stop"), dict(r97_e8b, start="17:30")),
    ("dto", r97_mem(r97_sp8b, "start", description="to"), dict(r97_e8b, start="17:30")),
    ("tto", r97_t(r97_sp8b, "start", "To"), dict(r97_e8b, start="17:30")),
    ("tfrom", r97_t(r97_sp8b, "end", "From"), dict(r97_e8b, end="09:00")),
    ("tbegin", r97_t(r97_sp8b, "end", "Begin"), dict(r97_e8b, end="09:00")),
    ("dbegin", r97_mem(r97_sp8b, "end", description="begin"), dict(r97_e8b, end="09:00")),
    ("tarrow", r97_t(r97_sp8b, "start", "→"), dict(r97_e8b, start="17:30")),
    ("kfin", r97_ren(r97_sp8b, "start", "finish"), {"worker": "Ola Lie", "finish": "17:30", "end": "17:30"}),
])
r97_more("fl", "r97_filler", r97_p6, r97_sp6, r97_e6, [
    ("tarr", r97_t(r97_sp6, "departure", "Arr."), r97_e6v(departure="Bergen")),
    ("tdest", r97_t(r97_sp6, "departure", "Dest."), r97_e6v(departure="Bergen")),
    ("tinto", r97_t(r97_sp6, "departure", "Into"), r97_e6v(departure="Bergen")),
    ("tend", r97_t(r97_sp6, "departure", "End"), r97_e6v(departure="Bergen")),
    ("tlast", r97_t(r97_sp6, "departure", "Last stop"), r97_e6v(departure="Bergen")),
    ("tland", r97_t(r97_sp6, "departure", "Landing"), r97_e6v(departure="Bergen")),
    ("dfinal", r97_mem(r97_sp6, "departure", description="final stop"), r97_e6v(departure="Bergen")),
    ("tback", r97_t(r97_sp6, "departure", "Return"), r97_e6v(departure="Bergen")),
    ("tarrow", r97_t(r97_sp6, "departure", "→"), r97_e6v(departure="Bergen")),
])
r97_more("ps", "r97_filler", r97_p2, r97_sp2, r97_e2, [
    ("tlast", r97_t(r97_sp2, "name", "Last"), r97_e2v(name="Berg")),
    ("tfirst", r97_t(r97_sp2, "name", "First"), r97_e2v(name="Jonas")),
    ("dlast", r97_mem(r97_sp2, "name", description="last"), r97_e2v(name="Berg")),
    ("tend", r97_t(r97_sp2, "name", "End"), r97_e2v(name="Berg")),
    ("tstart", r97_t(r97_sp2, "name", "Start"), r97_e2v(name="Jonas")),
    ("tp1", r97_t(r97_sp2, "age", "Age+1"), r97_e2v(age=42)),
    ("tp1b", r97_t(r97_sp2, "age", "+1"), r97_e2v(age=42)),
    ("tmo", r97_t(r97_sp2, "age", "Age (mo)"), r97_e2v(age=492)),
    ("tto", r97_t(r97_sp2, "age", "Age to"), r97_e2v(age=41)),
    ("ewords", r97_mem(r97_sp2, "age", type="string", examples=["thirty-five"]), r97_e2v(age="forty-one")),
    ("aswords", r97_mem(r97_sp2, "age", type="string", description="age as words"), r97_e2v(age="forty-one")),
    ("wout", r97_mem(r97_sp2, "age", type="string", description="age written out"), r97_e2v(age="forty-one")),
    ("letters", r97_mem(r97_sp2, "age", type="string", description="age in letters"), r97_e2v(age="forty-one")),
    ("text", r97_mem(r97_sp2, "age", type="string", description="age as text, e.g. twenty-two"), r97_e2v(age="forty-one")),
    ("word", r97_mem(r97_sp2, "age", type="string", description="age (word)"), r97_e2v(age="forty-one")),
    ("nwords", r97_mem(r97_sp2, "name", description="name in words"), r97_e2),
    ("cwords", r97_mem(r97_sp2, "city", description="city in words"), r97_e2),
])
r97_more("lf2", "r97_filler", r97_p10b, r97_sp10b, r97_e10b, [
    ("dag", r97_t(r97_sp10b, "born", "†"), dict(r97_e10b, born=1852)),
    ("dd", r97_t(r97_sp10b, "born", "d."), dict(r97_e10b, born=1852)),
    ("dstar", r97_t(r97_sp10b, "died", "*"), dict(r97_e10b, died=1815)),
    ("end", r97_t(r97_sp10b, "born", "End"), dict(r97_e10b, born=1852)),
    ("last", r97_t(r97_sp10b, "born", "Last year"), dict(r97_e10b, born=1852)),
    ("start", r97_t(r97_sp10b, "died", "Start"), dict(r97_e10b, died=1815)),
])
r97_more("iv2", "r97_filler", r97_p12b, r97_sp12b, r97_e12b, [
    ("incl", r97_t(r97_sp12b, "net", "incl. VAT"), dict(r97_e12b, net=40)),
    ("with", r97_t(r97_sp12b, "net", "With VAT"), dict(r97_e12b, net=40)),
    ("end", r97_t(r97_sp12b, "net", "End"), dict(r97_e12b, net=40)),
    ("to", r97_t(r97_sp12b, "net", "To pay"), dict(r97_e12b, net=40)),
    ("final", r97_t(r97_sp12b, "net", "Final"), dict(r97_e12b, net=40)),
    ("cents", r97_mem(r97_sp12b, "net", description="in ¢"), dict(r97_e12b, net=3200)),
    ("tcent", r97_t(r97_sp12b, "net", "¢"), dict(r97_e12b, net=3200)),
    ("pound", r97_t(r97_sp12b, "gross", "Gross (£)"), dict(r97_e12b, gross=34.4)),
    ("yen", r97_t(r97_sp12b, "gross", "Gross ¥"), dict(r97_e12b, gross=6500)),
    ("eurc", r97_t(r97_sp12b, "gross", "Gross (€¢)"), dict(r97_e12b, gross=4000)),
    ("pm", r97_t(r97_sp12b, "net", "Net ‰ of gross"), dict(r97_e12b, net=800)),
    ("pct", r97_t(r97_sp12b, "net", "Net (% of gross)"), dict(r97_e12b, net=80)),
])
r97_more("tm", "r97_filler", r97_p5, r97_sp5, r97_e5, [
    ("tfl", r97_t(r97_sp5, "staff", "Floor"), r97_e5v(staff=4)),
    ("end", r97_t(r97_sp5, "manager", "End"), r97_e5v(manager="Holm")),
    ("last", r97_t(r97_sp5, "manager", "Last"), r97_e5v(manager="Holm")),
    ("first", r97_t(r97_sp5, "manager", "First"), r97_e5v(manager="Eva")),
    ("cap", r97_t(r97_sp5, "manager", "MANAGER (CAPS)"), r97_e5v(manager="EVA HOLM")),
    ("swords", r97_mem(r97_sp5, "staff", type="string", description="staff count as words"), r97_e5v(staff="twelve")),
])
r97_more("pc2", "r97_filler", r97_p4b, r97_sp4b, r97_e4b, [
    ("nw", r97_t(r97_sp4b, "weight_kg", "N.W."), dict(r97_e4b, weight_kg=12)),
    ("end", r97_t(r97_sp4b, "weight_kg", "End"), dict(r97_e4b, weight_kg=14), dict(r97_e4b)),
    ("tcent", r97_t(r97_sp4b, "packaging_kg", "Packaging (‰ of weight)"), dict(r97_e4b, packaging_kg=142.86)),
    ("dpct", r97_mem(r97_sp4b, "packaging_kg", description="packaging in % of weight"), dict(r97_e4b, packaging_kg=14.29)),
])
r97_more("mt", "r97_filler", r97_p15, r97_sp15, r97_e15, [
    ("end", r97_t(r97_sp15, "time", "End"), r97_e15v(time="15:00")),
    ("tends", r97_mem(r97_sp15, "time", description="end, one hour after the start"), r97_e15v(time="15:00")),
    ("rwords", r97_mem(r97_sp15, "room", description="room in words"), r97_e15v(room="B twelve")),
    ("twords", r97_mem(r97_sp15, "time", description="time in words"), r97_e15v(time="two o'clock in the afternoon")),
])

# ============ batch 4: nested objects, arrays and $ref on the person text
def r97_obj(props, desc=None, title=None):
    o = {"type": "object", "properties": {k: (v if isinstance(v, dict) else {"type": v}) for k, v in props.items()},
         "required": list(props), "additionalProperties": False}
    if desc:
        o["description"] = desc
    if title:
        o["title"] = title
    return o
r97_spn = S({"person": r97_obj({"name": "string", "age": "integer"}), "city": "string"})
r97_en = {"person": {"name": "Jonas Berg", "age": 41}, "city": "Bergen"}
def r97_env(name="Jonas Berg", age=41, city="Bergen"):
    return {"person": {"name": name, "age": age}, "city": city}
r97_s("nst", "r97_nested", r97_p2, r97_spn, r97_en, [
    ("icaps", S({"person": r97_obj({"name": r97_m("string", "name in capitals"), "age": "integer"}), "city": "string"}), r97_env(name="JONAS BERG")),
    ("itlast", S({"person": r97_obj({"name": r97_m("string", title="Surname"), "age": "integer"}), "city": "string"}), r97_env(name="Berg")),
    ("ocaps", S({"person": r97_obj({"name": "string", "age": "integer"}, "names in capitals"), "city": "string"}), r97_env(name="JONAS BERG")),
    ("iwords", S({"person": r97_obj({"name": "string", "age": r97_m("string", "age in words")}), "city": "string"}), r97_env(age="forty-one")),
    ("inext", S({"person": r97_obj({"name": "string", "age": r97_m("integer", "age next birthday")}), "city": "string"}), r97_env(age=42)),
    ("itend", S({"person": r97_obj({"name": r97_m("string", title="End"), "age": "integer"}), "city": "string"}), r97_env(name="Berg")),
    ("ocent", S({"person": r97_obj({"name": "string", "age": "integer"}, title="Person (age in months)"), "city": "string"}), r97_env(age=492)),
    ("ikey", S({"person": r97_obj({"surname": "string", "age": "integer"}), "city": "string"}), {"person": {"surname": "Berg", "age": 41}, "city": "Bergen"}),
    ("ireo", S({"person": r97_obj({"age": "integer", "name": "string"}), "city": "string"}), r97_en),
])
r97_spr = {"type": "object", "properties": {"name": {"$ref": "#/$defs/Name"}, "age": {"type": "integer"}, "city": {"type": "string"}},
           "required": ["name", "age", "city"], "additionalProperties": False, "$defs": {"Name": {"type": "string"}}}
def r97_refd(**kw):
    s = copy.deepcopy(r97_spr)
    s["$defs"]["Name"].update(kw)
    return s
r97_s("ref", "r97_ref", r97_p2, r97_spr, r97_e2, [
    ("caps", r97_refd(description="name in capitals"), r97_e2v(name="JONAS BERG")),
    ("tlast", r97_refd(title="Surname"), r97_e2v(name="Berg")),
    ("end", r97_refd(title="End"), r97_e2v(name="Berg")),
    ("first", r97_refd(description="first name only"), r97_e2v(name="Jonas")),
])
r97_pt = r97_w("article", ["Article: A-7", "Tags: red, blue, green"])
r97_spt = S({"article": "string", "tags": {"type": "array", "items": {"type": "string"}}})
r97_et = {"article": "A-7", "tags": ["red", "blue", "green"]}
def r97_tg(items=None, **kw):
    s = copy.deepcopy(r97_spt)
    if items:
        s["properties"]["tags"]["items"].update(items)
    s["properties"]["tags"].update(kw)
    return s
r97_s("tg", "r97_array", r97_pt, r97_spt, r97_et, [
    ("icaps", r97_tg({"description": "tag in capitals"}), {"article": "A-7", "tags": ["RED", "BLUE", "GREEN"]}),
    ("rev", r97_tg(description="tags in reverse order"), {"article": "A-7", "tags": ["green", "blue", "red"]}),
    ("first", r97_tg(description="the first tag only", maxItems=1), {"article": "A-7", "tags": ["red"]}),
    ("last", r97_tg(description="the last tag only", maxItems=1), {"article": "A-7", "tags": ["green"]}),
    ("ienum", r97_tg({"enum": ["rot", "blau", "grün"]}), {"article": "A-7", "tags": ["rot", "blau", "grün"]}),
    ("ino", r97_tg({"description": "tag in Norwegian"}), {"article": "A-7", "tags": ["rød", "blå", "grønn"]}),
    ("sort", r97_tg(description="tags sorted alphabetically"), {"article": "A-7", "tags": ["blue", "green", "red"]}),
    ("uniq", r97_tg(uniqueItems=True), r97_et),
])

# ============ batch 5: one-word descriptions/titles of change
r97_more("ps", "r97_filler", r97_p2, r97_sp2, r97_e2, [
    ("dnext", r97_mem(r97_sp2, "age", description="next"), r97_e2v(age=42)),
    ("tnext2", r97_t(r97_sp2, "age", "Age (next)"), r97_e2v(age=42)),
    ("dprev", r97_mem(r97_sp2, "age", description="previous"), r97_e2v(age=40)),
    ("dafter", r97_mem(r97_sp2, "age", description="after his birthday"), r97_e2v(age=42)),
    ("tfrom", r97_t(r97_sp2, "city", "From"), r97_e2v(city="Bergen"), r97_e2),
])
r97_more("iv2", "r97_filler", r97_p12b, r97_sp12b, r97_e12b, [
    ("diff", r97_mem(r97_sp12b, "net", description="difference"), dict(r97_e12b, net=8)),
    ("tdiff", r97_t(r97_sp12b, "net", "Gross − Net"), dict(r97_e12b, net=8)),
    ("tminus", r97_t(r97_sp12b, "net", "Gross - Net"), dict(r97_e12b, net=8)),
    ("tratio", r97_t(r97_sp12b, "net", "Net/Gross"), dict(r97_e12b, net=0.8)),
])
r97_more("pr", "r97_filler", r97_p1, r97_sp1, r97_e1, [
    ("total", r97_mem(r97_sp1, "price", description="total"), r97_e1v(price=480)),
    ("tx", r97_t(r97_sp1, "price", "Price x Stock"), r97_e1v(price=480)),
])

