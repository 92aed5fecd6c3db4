"""Red-team round 91 (black box, stepcache-s31): see FINDINGS.md. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ------------------------------------------------------------------ round 91
r91_pairs = []  # (base id, [variant ids])


def r91_types(exp):
    return {k: ("integer" if isinstance(v, int) and not isinstance(v, bool) else
                "number" if isinstance(v, float) else "boolean" if isinstance(v, bool) else "string")
            for k, v in exp.items()}


def r91_pair(tag, fam, ins, text, exp, variants, schema=None):
    """variants: dicts with vt, exp and any of ins, text, schema (else the base's)."""
    schema = schema or S(r91_types(exp))
    bid = "d91-%s-base" % tag
    J(bid, fam, ins + "\n\n" + text, schema, exp, [exp])
    vids = []
    for v in variants:
        vexp = v["exp"]
        vs = v.get("schema") or (schema if list(vexp) == list(exp) else S(r91_types(vexp)))
        if list(vexp) == list(exp):
            stale = dict(exp)
        else:
            stale = dict(zip(list(vexp), list(exp.values())))
        vid = "d91-%s-%s" % (tag, v["vt"])
        J(vid, fam, v.get("ins", ins) + "\n\n" + v.get("text", text), vs, vexp, [stale, vexp])
        vids.append(vid)
    r91_pairs.append((bid, vids))


def V(vt, exp, **kw):
    d = {"vt": vt, "exp": exp}
    d.update(kw)
    return d


# ================= shipping
t = "Shipment:\nTracking: ZX-4410\nWeight: 14 kg\nNet weight: 12 kg\nCarrier: DHL\n"
def sw(w): return {"tracking": "ZX-4410", "weight_kg": w}
r91_pair("shw", "r91_ship", "Return the tracking number and the weight as JSON.", t, sw(14), [
    V("insnet", sw(12), ins="Return the tracking number and the net weight as JSON."),
    V("desc", sw(12), schema=S({"tracking": "string", "weight_kg": "number"}, {"weight_kg": "net weight"})),
    V("key", {"tracking": "ZX-4410", "net_weight_kg": 12}),
    V("gross", sw(14), text=t.replace("Net weight", "Tare weight").replace("12 kg", "2 kg")),
    V("newlbl", sw(12), text=t.replace("Net weight", "Reweighed at hub")),
    V("verified", sw(12), text=t.replace("Net weight", "Verified weight")),
    V("hub", sw(12), text=t.replace("Net weight", "Weight at hub scale")),
    V("de", sw(12), ins="Gib die Sendungsnummer und das Nettogewicht als JSON zurück."),
    V("fr", sw(12), ins="Renvoie le numéro de suivi et le poids net en JSON."),
])
t = "Shipment:\nTracking: ZX-4410\nGross weight: 14 kg\nNet weight: 12 kg\nCarrier: DHL\n"
r91_pair("shg", "r91_ship", "Return the tracking number and the net weight as JSON.", t, sw(12), [
    V("insgross", sw(14), ins="Return the tracking number and the gross weight as JSON."),
    V("keyg", {"tracking": "ZX-4410", "gross_weight_kg": 14}),
    V("lblswap", sw(14), text="Shipment:\nTracking: ZX-4410\nNet weight: 14 kg\nGross weight: 12 kg\nCarrier: DHL\n"),
    V("approx", sw(12), ins="Return the tracking number and the approximate net weight as JSON."),
    V("es", sw(14), ins="Devuelve el número de seguimiento y el peso bruto en JSON."),
], schema=S({"tracking": "string", "weight_kg": "number"}))
t = "Parcel:\nTracking: ZX-4410\nWeight: 14 kg\nDimensions: 40 30 20 cm, listed as length then width then height\n"
r91_pair("dim", "r91_order", "Return the tracking number and the parcel width in cm as JSON.", t,
         {"tracking": "ZX-4410", "width_cm": 30}, [
    V("hw", {"tracking": "ZX-4410", "width_cm": 20}, text=t.replace("length then width then height", "length then height then width")),
    V("wf", {"tracking": "ZX-4410", "width_cm": 40}, text=t.replace("length then width then height", "width then length then height")),
    V("de", {"tracking": "ZX-4410", "width_cm": 20}, text=t.replace("listed as length then width then height", "in der Reihenfolge Länge, Höhe, Breite")),
])
t = "Delivery:\nOrder: 55120\nAddress: 4 Elm Street, Leeds\nBilling address: PO Box 9, York\n"
def da(a): return {"order": 55120, "address": a}
r91_pair("adr", "r91_ship", "Return the order number and the delivery address as JSON.", t, da("4 Elm Street, Leeds"), [
    V("bill", da("PO Box 9, York"), ins="Return the order number and the billing address as JSON."),
    V("dlv", da("9 Oak Road, Hull"), text=t.replace("Billing address: PO Box 9, York", "Delivery address: 9 Oak Road, Hull")),
    V("ship", da("9 Oak Road, Hull"), text=t.replace("Billing address: PO Box 9, York", "Shipping address: 9 Oak Road, Hull")),
    V("alt", da("9 Oak Road, Hull"), text=t + "Drop-off address: 9 Oak Road, Hull\n"),
    V("no", da("9 Oak Road, Hull"), text=t.replace("Billing address: PO Box 9, York", "Leveringsadresse: 9 Oak Road, Hull")),
    V("key", {"order": 55120, "billing_address": "PO Box 9, York"}),
])
t = "Freight:\nBooking: FR-208\nETA: 2026-05-04\nPort: Rotterdam\n"
def fe(e): return {"booking": "FR-208", "eta": e}
r91_pair("eta", "r91_ship", "Return the booking and the arrival date as JSON.", t, fe("2026-05-04"), [
    V("ata", fe("2026-05-06"), text=t + "ATA: 2026-05-06\n"),
    V("revised", fe("2026-05-06"), text=t + "Revised ETA: 2026-05-06\n"),
    V("actual", fe("2026-05-06"), text=t.replace("ETA: 2026-05-04", "ETA: 2026-05-04\nActual arrival: 2026-05-06")),
    V("insest", fe("2026-05-04"), ins="Return the booking and the estimated arrival date as JSON.", text=t + "Actual arrival: 2026-05-06\n"),
    V("insact", fe("2026-05-06"), ins="Return the booking and the actual arrival date as JSON.", text=t + "Actual arrival: 2026-05-06\n"),
    V("de", fe("2026-05-06"), text=t + "Tatsächliche Ankunft: 2026-05-06\n"),
])

# ================= retail
t = "Item:\nSKU: TX-88\nPrice: 40\nSale price: 32\nColour: red\n"
def rp(p): return {"sku": "TX-88", "price": p}
r91_pair("prc", "r91_retail", "Return the SKU and the price as JSON.", t, rp(40), [
    V("inssale", rp(32), ins="Return the SKU and the sale price as JSON."),
    V("pay", rp(32), ins="Return the SKU and the price the customer pays today as JSON."),
    V("key", {"sku": "TX-88", "sale_price": 32}),
    V("desc", rp(32), schema=S({"sku": "string", "price": "integer"}, {"price": "discounted price"})),
    V("was", rp(32), text="Item:\nSKU: TX-88\nPrice: 32\nWas: 40\nColour: red\n"),
    V("member", rp(28), text=t.replace("Sale price: 32", "Member price: 28"), ins="Return the SKU and the member price as JSON."),
    V("fr", rp(32), ins="Renvoie le SKU et le prix soldé en JSON."),
    V("es", rp(32), ins="Devuelve el SKU y el precio de oferta en JSON."),
])
t = "Item:\nSKU: TX-88\nPrice before tax: 40\nPrice after tax: 50\n"
r91_pair("tax", "r91_retail", "Return the SKU and the price before tax as JSON.", t, rp(40), [
    V("after", rp(50), ins="Return the SKU and the price after tax as JSON."),
    V("incl", rp(50), ins="Return the SKU and the price including tax as JSON."),
    V("keyat", {"sku": "TX-88", "price_after_tax": 50}),
    V("desc", rp(50), schema=S({"sku": "string", "price": "integer"}, {"price": "after tax"})),
    V("swaplbl", rp(50), text="Item:\nSKU: TX-88\nPrice after tax: 40\nPrice before tax: 50\n"),
    V("de", rp(50), ins="Gib die SKU und den Preis nach Steuern als JSON zurück."),
    V("no", rp(50), ins="Returner SKU og prisen etter skatt som JSON."),
])
t = "Order line:\nSKU: TX-88\nQuantity: 3\nColour: red\n"
def rq(q): return {"sku": "TX-88", "quantity": q}
r91_pair("qty", "r91_retail", "Return the SKU and the quantity as JSON.", t, rq(3), [
    V("shipped", rq(2), ins="Return the SKU and the shipped quantity as JSON.", text=t + "Shipped quantity: 2\n"),
    V("addsh", rq(3), text=t + "Shipped quantity: 2\n"),
    V("backord", rq(3), text=t + "Backorder: 1\n"),
    V("ordered", rq(3), ins="Return the SKU and the ordered quantity as JSON.", text=t + "Shipped quantity: 2\n"),
])
t = "Product:\nModel: K-220\nColour: red\nFinish: matte\n"
def pc(c): return {"model": "K-220", "colour": c}
r91_pair("col", "r91_retail", "Return the model and the colour as JSON.", t, pc("red"), [
    V("fin", pc("matte"), ins="Return the model and the finish as JSON."),
    V("finkey", {"model": "K-220", "finish": "matte"}),
    V("frame", pc("black"), text=t.replace("Finish: matte", "Frame colour: black"), ins="Return the model and the frame colour as JSON."),
    V("body", pc("red"), text=t.replace("Finish: matte", "Frame colour: black")),
    V("de", pc("matt"), ins="Gib das Modell und die Oberfläche als JSON zurück.", text=t.replace("matte", "matt")),
])
t = "Receipt:\nStore: 118\nTotal: 86.40\nSubtotal: 72.00\n"
def rt(x): return {"store": 118, "total": x}
r91_pair("tot", "r91_retail", "Return the store and the total as JSON.", t, rt(86.4), [
    V("sub", rt(72.0), ins="Return the store and the subtotal as JSON."),
    V("pretax", rt(72.0), ins="Return the store and the total before tax as JSON."),
    V("paid", rt(80.4), text=t + "Amount paid: 80.40\n", ins="Return the store and the amount paid as JSON."),
    V("es", rt(72.0), ins="Devuelve la tienda y el subtotal en JSON."),
])

# ================= HR
t = "Employee:\nName: Jana Novak\nSalary: 52000\nBase salary: 48000\nTeam: Ops\n"
def hs(s): return {"name": "Jana Novak", "salary": s}
r91_pair("sal", "r91_hr", "Return the employee's name and salary as JSON.", t, hs(52000), [
    V("basesal", hs(48000), ins="Return the employee's name and base salary as JSON."),
    V("key", {"name": "Jana Novak", "base_salary": 48000}),
    V("desc", hs(48000), schema=S({"name": "string", "salary": "integer"}, {"salary": "base pay, without bonus"})),
    V("new", hs(55000), text=t.replace("Base salary: 48000", "New salary: 55000")),
    V("de", hs(48000), ins="Gib Name und Grundgehalt der Mitarbeiterin als JSON zurück."),
    V("pl", hs(48000), ins="Zwróć imię i nazwisko oraz wynagrodzenie zasadnicze jako JSON."),
])
t = "Employee:\nName: Jana Novak\nTitle: Analyst\nManager: Ann Lee\nPrevious manager: Bo Ek\n"
def hm(m): return {"name": "Jana Novak", "manager": m}
r91_pair("mgr", "r91_hr", "Return the employee's name and manager as JSON.", t, hm("Ann Lee"), [
    V("newm", hm("Bo Ek"), text=t.replace("Previous manager", "New manager")),
    V("acting", hm("Bo Ek"), text=t.replace("Previous manager", "Acting manager"), ins="Return the employee's name and acting manager as JSON."),
    V("prev", hm("Bo Ek"), ins="Return the employee's name and previous manager as JSON."),
    V("former", hm("Bo Ek"), ins="Return the employee's name and former manager as JSON."),
    V("fr", hm("Bo Ek"), text=t.replace("Previous manager", "Nouveau responsable")),
])
t = "Employee:\nName: Jana Novak\nStart date: 2024-01-08\nEnd date: 2025-06-30\n"
def hd(d): return {"name": "Jana Novak", "date": d}
r91_pair("dat", "r91_hr", "Return the employee's name and start date as JSON.", t, hd("2024-01-08"), [
    V("end", hd("2025-06-30"), ins="Return the employee's name and end date as JSON."),
    V("orig", hd("2024-02-01"), text=t.replace("End date: 2025-06-30", "Actual start date: 2024-02-01")),
    V("key", {"name": "Jana Novak", "end_date": "2025-06-30"}),
    V("no", hd("2025-06-30"), ins="Returner navn og sluttdato for den ansatte som JSON."),
], schema=S({"name": "string", "date": "string"}))
t = "Staff card:\nName: Novak, Jana (in the order: surname, given name)\nDept: Ops\n"
def hn(g, s): return {"given_name": g, "surname": s}
r91_pair("nam", "r91_order", "Return the given name and surname as JSON.", t, hn("Jana", "Novak"), [
    V("gs", hn("Novak", "Jana"), text=t.replace("surname, given name", "given name, surname")),
    V("word", hn("Novak", "Jana"), text=t.replace("in the order: surname, given name", "given name first")),
    V("de", hn("Novak", "Jana"), text=t.replace("in the order: surname, given name", "Reihenfolge: Vorname, Nachname")),
    V("fr", hn("Novak", "Jana"), text=t.replace("in the order: surname, given name", "dans l'ordre : prénom, nom")),
])

# ================= medical
t = "Patient:\nName: Omar Haddad\nWeight: 71 kg\nDischarge weight: 69 kg\n"
def mw(w): return {"name": "Omar Haddad", "weight_kg": w}
r91_pair("mwt", "r91_med", "Return the patient's name and weight as JSON.", t, mw(71), [
    V("dis", mw(69), ins="Return the patient's name and discharge weight as JSON."),
    V("adm", mw(71), ins="Return the patient's name and admission weight as JSON."),
    V("dry", mw(68), text=t.replace("Discharge weight: 69", "Dry weight: 68"), ins="Return the patient's name and dry weight as JSON."),
    V("key", {"name": "Omar Haddad", "discharge_weight_kg": 69}),
    V("de", mw(69), ins="Gib Namen und Entlassungsgewicht des Patienten als JSON zurück."),
])
t = "Prescription:\nPatient: Omar Haddad\nDose: 5 mg\nMaintenance dose: 2.5 mg\n"
def md(d): return {"patient": "Omar Haddad", "dose_mg": d}
r91_pair("dos", "r91_med", "Return the patient and the dose as JSON.", t, md(5), [
    V("maint", md(2.5), ins="Return the patient and the maintenance dose as JSON."),
    V("max", md(10), text=t.replace("Maintenance dose: 2.5 mg", "Max dose: 10 mg"), ins="Return the patient and the maximum dose as JSON."),
    V("start", md(5), ins="Return the patient and the starting dose as JSON."),
    V("key", {"patient": "Omar Haddad", "maintenance_dose_mg": 2.5}),
    V("es", md(2.5), ins="Devuelve el paciente y la dosis de mantenimiento en JSON."),
    V("newd", md(7.5), text=t.replace("Maintenance dose: 2.5 mg", "New dose: 7.5 mg")),
], schema=S({"patient": "string", "dose_mg": "number"}))
t = "Vitals:\nPatient: Omar Haddad\nBlood pressure: 130/85\nRepeat BP: 122/80\n"
def mb(b): return {"patient": "Omar Haddad", "bp": b}
r91_pair("bp", "r91_med", "Return the patient and the blood pressure as JSON.", t, mb("130/85"), [
    V("rep", mb("122/80"), ins="Return the patient and the repeat blood pressure as JSON."),
    V("first", mb("130/85"), ins="Return the patient and the first blood pressure as JSON."),
    V("stand", mb("110/70"), text=t.replace("Repeat BP: 122/80", "Standing BP: 110/70"), ins="Return the patient and the standing blood pressure as JSON."),
    V("fr", mb("122/80"), ins="Renvoie le patient et la tension artérielle de contrôle en JSON."),
])
t = "Vitals:\nPatient: Omar Haddad\nBP: 120 80, systolic first\n"
def mb2(s, d): return {"systolic": s, "diastolic": d}
r91_pair("bpo", "r91_order", "Return the systolic and diastolic pressure as JSON.", t, mb2(120, 80), [
    V("dia", mb2(80, 120), text=t.replace("systolic first", "diastolic first")),
    V("then", mb2(80, 120), text=t.replace("systolic first", "given as diastolic then systolic")),
    V("de", mb2(80, 120), text=t.replace("systolic first", "zuerst diastolisch, dann systolisch")),
])
t = "Record:\nPatient: Omar Haddad\nPhone: 555-0101\nMobile: 555-0199\n"
def mp(p): return {"patient": "Omar Haddad", "phone": p}
r91_pair("ph", "r91_med", "Return the patient and the phone number as JSON.", t, mp("555-0101"), [
    V("mob", mp("555-0199"), ins="Return the patient and the mobile number as JSON."),
    V("pref", mp("555-0199"), text=t.replace("Mobile: 555-0199", "Preferred phone: 555-0199")),
    V("emerg", mp("555-0101"), text=t.replace("Mobile", "Emergency contact phone")),
    V("key", {"patient": "Omar Haddad", "mobile": "555-0199"}),
    V("es", mp("555-0199"), ins="Devuelve el paciente y el número de móvil en JSON."),
])

# ================= sports
t = "Match report:\nHome: Lyon\nAway: Nice\nScore: 2-1\nHalf-time score: 1-1\n"
def ss(s): return {"home": "Lyon", "score": s}
r91_pair("sc", "r91_sport", "Return the home team and the score as JSON.", t, ss("2-1"), [
    V("ht", ss("1-1"), ins="Return the home team and the half-time score as JSON."),
    V("final", ss("3-1"), text=t.replace("Half-time score: 1-1", "Final score: 3-1")),
    V("aet", ss("3-1"), text=t.replace("Half-time score: 1-1", "Score after extra time: 3-1")),
    V("pens", ss("2-1"), text=t.replace("Half-time score: 1-1", "Penalty shoot-out: 4-3")),
    V("key", {"home": "Lyon", "half_time_score": "1-1"}),
    V("fr", ss("1-1"), ins="Renvoie l'équipe à domicile et le score à la mi-temps en JSON."),
    V("de", ss("3-1"), text=t.replace("Half-time score: 1-1", "Endstand: 3-1")),
])
t = "Result:\nMatch: Lyon v Nice\nGoals: 3 1, first the home side, then the away side\n"
def sg(h, a): return {"home_goals": h, "away_goals": a}
r91_pair("ord", "r91_order", "Return the home goals and the away goals as JSON.", t, sg(3, 1), [
    V("aw", sg(1, 3), text=t.replace("first the home side, then the away side", "first the away side, then the home side")),
    V("vis", sg(1, 3), text=t.replace("first the home side, then the away side", "visitors listed first")),
    V("es", sg(1, 3), text=t.replace("first the home side, then the away side", "primero el visitante, luego el local")),
    V("no", sg(1, 3), text=t.replace("first the home side, then the away side", "bortelaget først, så hjemmelaget")),
])
t = "Race:\nAthlete: Kim Sato\nTime: 10.21\nWind: +2.4\nAdjusted time: 10.34\n"
def sr(x): return {"athlete": "Kim Sato", "time": x}
r91_pair("rac", "r91_sport", "Return the athlete and the time as JSON.", t, sr(10.21), [
    V("adj", sr(10.34), ins="Return the athlete and the adjusted time as JSON."),
    V("off", sr(10.25), text=t.replace("Adjusted time: 10.34", "Official time: 10.25")),
    V("key", {"athlete": "Kim Sato", "adjusted_time": 10.34}),
    V("de", sr(10.34), ins="Gib Athletin und bereinigte Zeit als JSON zurück."),
])
t = "Scorecard:\nPlayer: Ana Ruiz\nScore: 88\nFinal score: 85\nHoles: 18\n"
def sp(x): return {"player": "Ana Ruiz", "score": x}
r91_pair("gol", "r91_sport", "Return the player and the final score as JSON.", t, sp(85), [
    V("gross", sp(88), ins="Return the player and the gross score as JSON.", text=t.replace("Score: 88", "Gross score: 88").replace("Final score", "Net score"), ),
    V("pl", sp(85), ins="Zwróć zawodnika i wynik końcowy jako JSON."),
])

# ================= travel
t = "Boarding pass:\nFlight: SK 4411\nGate: B12\nPrevious gate: C4\nSeat: 14C\n"
def tg(g): return {"flight": "SK 4411", "gate": g}
r91_pair("gat", "r91_travel", "Return the flight and the gate as JSON.", t, tg("B12"), [
    V("new", tg("C4"), text=t.replace("Previous gate", "New gate")),
    V("cur", tg("C4"), text=t.replace("Previous gate", "Current gate")),
    V("prev", tg("C4"), ins="Return the flight and the previous gate as JSON."),
    V("es", tg("C4"), text=t.replace("Previous gate", "Nueva puerta")),
    V("de", tg("C4"), text=t.replace("Previous gate", "Neues Gate")),
    V("fr", tg("C4"), text=t.replace("Previous gate", "Nouvelle porte")),
    V("no", tg("C4"), text=t.replace("Previous gate", "Ny gate")),
    V("key", {"flight": "SK 4411", "previous_gate": "C4"}),
])
t = "Booking:\nGuest: Lea Berg\nSeat: 14C\nFlight: SK 4411\n"
def ts(s): return {"guest": "Lea Berg", "seat": s}
r91_pair("seat", "r91_travel", "Return the guest and the seat as JSON.", t, ts("14C"), [
    V("upg", ts("2A"), text=t + "Upgraded seat: 2A\n"),
    V("ret", ts("14C"), text=t + "Return seat: 22F\n"),
    V("retins", ts("22F"), text=t + "Return seat: 22F\n", ins="Return the guest and the return seat as JSON."),
    V("de", ts("2A"), text=t + "Sitzplatz neu: 2A\n"),
])
t = "Itinerary:\nFlight: SK 4411\nDeparture: 10:15\nRevised departure: 11:05\n"
def td(d): return {"flight": "SK 4411", "departure": d}
r91_pair("dep", "r91_travel", "Return the flight and the scheduled departure as JSON.", t, td("10:15"), [
    V("exp", td("11:05"), ins="Return the flight and the expected departure as JSON."),
    V("act", td("11:05"), ins="Return the flight and the actual departure as JSON."),
    V("plain", td("11:05"), ins="Return the flight and the departure time now as JSON."),
    V("est", td("11:05"), text=t.replace("Revised departure", "Estimated departure"), ins="Return the flight and the estimated departure as JSON."),
    V("fr", td("11:05"), ins="Renvoie le vol et l'heure de départ révisée en JSON."),
])
t = "Hotel:\nGuest: Lea Berg\nRoom: 214\nRate: 120\nRate per night incl. breakfast: 138\n"
def th(r): return {"guest": "Lea Berg", "rate": r}
r91_pair("rate", "r91_travel", "Return the guest and the rate as JSON.", t, th(120), [
    V("bf", th(138), ins="Return the guest and the rate with breakfast as JSON."),
    V("key", {"guest": "Lea Berg", "rate_incl_breakfast": 138}),
    V("desc", th(138), schema=S({"guest": "string", "rate": "integer"}, {"rate": "per night, breakfast included"})),
    V("no", th(138), ins="Returner gjesten og prisen med frokost som JSON."),
])

# ================= real estate
t = "Listing:\nRef: RE-301\nOwner: Ann Lee\nPrevious owner: Bo Ek\nArea: 82 m2\n"
def ro(o): return {"ref": "RE-301", "owner": o}
r91_pair("own", "r91_estate", "Return the listing reference and the owner as JSON.", t, ro("Ann Lee"), [
    V("new", ro("Bo Ek"), text=t.replace("Previous owner", "New owner")),
    V("buyer", ro("Ann Lee"), text=t.replace("Previous owner", "Agent")),
    V("prev", ro("Bo Ek"), ins="Return the listing reference and the previous owner as JSON."),
    V("de", ro("Bo Ek"), text=t.replace("Previous owner", "Neuer Eigentümer")),
    V("es", ro("Bo Ek"), text=t.replace("Previous owner", "Nuevo propietario")),
])
t = "Listing:\nRef: RE-301\nArea: 82 m2\nLiving area: 74 m2\nRooms: 3\n"
def ra(a): return {"ref": "RE-301", "area_m2": a}
r91_pair("area", "r91_estate", "Return the listing reference and the area as JSON.", t, ra(82), [
    V("liv", ra(74), ins="Return the listing reference and the living area as JSON."),
    V("key", {"ref": "RE-301", "living_area_m2": 74}),
    V("usable", ra(70), text=t.replace("Living area: 74", "Usable area: 70"), ins="Return the listing reference and the usable area as JSON."),
    V("no", ra(74), ins="Returner referansen og bruksarealet som JSON."),
    V("de", ra(74), ins="Gib die Referenz und die Wohnfläche als JSON zurück."),
])
t = "Listing:\nRef: RE-301\nPrice: 450000\nAsking price: 470000\nRooms: 3\n"
def rpr(p): return {"ref": "RE-301", "price": p}
r91_pair("ask", "r91_estate", "Return the listing reference and the price as JSON.", t, rpr(450000), [
    V("asking", rpr(470000), ins="Return the listing reference and the asking price as JSON."),
    V("sold", rpr(465000), text=t.replace("Asking price: 470000", "Sold price: 465000"), ins="Return the listing reference and the sold price as JSON."),
    V("final", rpr(465000), text=t.replace("Asking price: 470000", "Final price: 465000")),
    V("fr", rpr(470000), ins="Renvoie la référence et le prix demandé en JSON."),
])
t = "Lease:\nUnit: 4B\nRent: 1200\nRent incl. utilities: 1350\n"
def rr(r): return {"unit": "4B", "rent": r}
r91_pair("rent", "r91_estate", "Return the unit and the rent as JSON.", t, rr(1200), [
    V("incl", rr(1350), ins="Return the unit and the rent including utilities as JSON."),
    V("warm", rr(1350), ins="Return the unit and the warm rent as JSON."),
    V("de", rr(1350), ins="Gib die Einheit und die Warmmiete als JSON zurück."),
])

# ================= lab measurements
t = "Sample S-17:\nAnalyte: glucose\nReading: 5.4 mmol/L\nCalibrated reading: 5.1 mmol/L\n"
def lr(r): return {"sample": "S-17", "reading": r}
r91_pair("cal", "r91_lab", "Return the sample and the reading as JSON.", t, lr(5.4), [
    V("cal", lr(5.1), ins="Return the sample and the calibrated reading as JSON."),
    V("raw", lr(5.4), ins="Return the sample and the raw reading as JSON."),
    V("key", {"sample": "S-17", "calibrated_reading": 5.1}),
    V("rep", lr(5.6), text=t.replace("Calibrated reading: 5.1", "Repeat reading: 5.6"), ins="Return the sample and the repeat reading as JSON."),
    V("de", lr(5.1), ins="Gib die Probe und den kalibrierten Messwert als JSON zurück."),
], schema=S({"sample": "string", "reading": "number"}))
t = "Sample S-17:\nMass: 2.503 g\nDry mass: 2.311 g\nOperator: JK\n"
def lm(m): return {"sample": "S-17", "mass_g": m}
r91_pair("mass", "r91_lab", "Return the sample and the mass as JSON.", t, lm(2.503), [
    V("dry", lm(2.311), ins="Return the sample and the dry mass as JSON."),
    V("wet", lm(2.503), ins="Return the sample and the wet mass as JSON."),
    V("key", {"sample": "S-17", "dry_mass_g": 2.311}),
    V("fr", lm(2.311), ins="Renvoie l'échantillon et la masse sèche en JSON."),
])
t = "Run 4:\nTemperature min: 4.2 °C\nTemperature max: 9.8 °C\nHumidity: 61 %\n"
def lt(x): return {"run": 4, "temperature": x}
r91_pair("tmp", "r91_lab", "Return the run and the maximum temperature as JSON.", t, lt(9.8), [
    V("min", lt(4.2), ins="Return the run and the minimum temperature as JSON."),
    V("swap", lt(4.2), text="Run 4:\nTemperature max: 4.2 °C\nTemperature min: 9.8 °C\nHumidity: 61 %\n"),
    V("key", {"run": 4, "min_temperature": 4.2}),
    V("desc", lt(4.2), schema=S({"run": "integer", "temperature": "number"}, {"temperature": "lowest"})),
    V("de", lt(4.2), ins="Gib den Lauf und die Mindesttemperatur als JSON zurück."),
], schema=S({"run": "integer", "temperature": "number"}))
t = "Run 4:\nTemperature: 4.2 9.8 °C, listed as min then max\nHumidity: 61 %\n"
r91_pair("tord", "r91_order", "Return the run and the maximum temperature as JSON.", t, lt(9.8), [
    V("mx", lt(4.2), text=t.replace("min then max", "max then min")),
    V("fr", lt(4.2), text=t.replace("listed as min then max", "dans l'ordre maximum puis minimum")),
    V("de", lt(4.2), text=t.replace("listed as min then max", "zuerst Maximum, dann Minimum")),
], schema=S({"run": "integer", "temperature": "number"}))
t = "Assay:\nSample: S-17\nConcentration: 12.5 mg/L\nConcentration (estimated): 13.0 mg/L\n"
def lc(c): return {"sample": "S-17", "concentration": c}
r91_pair("conc", "r91_lab", "Return the sample and the measured concentration as JSON.", t, lc(12.5), [
    V("est", lc(13.0), ins="Return the sample and the estimated concentration as JSON."),
    V("swap", lc(13.0), text="Assay:\nSample: S-17\nConcentration (estimated): 12.5 mg/L\nConcentration: 13.0 mg/L\n"),
    V("lod", lc(12.5), text=t.replace("Concentration (estimated): 13.0", "Detection limit: 0.5")),
    V("es", lc(13.0), ins="Devuelve la muestra y la concentración estimada en JSON."),
], schema=S({"sample": "string", "concentration": "number"}))

# ================= single-field added beside a stored record (attribute-noun label that overrides)
t = "Booking:\nGuest: Ana Ruiz\nRoom: 214\nPhone: 555-0101\n"
def br(r): return {"guest": "Ana Ruiz", "room": r}
r91_pair("room", "r91_add", "Return the guest and the room as JSON.", t, br(214), [
    V("assigned", br(310), text=t + "Assigned room: 310\n"),
    V("final", br(310), text=t + "Final room: 310\n"),
    V("de", br(310), text=t + "Zimmer (neu): 310\n"),
    V("es", br(310), text=t + "Habitación asignada: 310\n"),
])
t = "Invoice:\nInvoice: 881\nDate: 2026-03-01\nDue date: 2026-03-31\n"
def iv(d): return {"invoice": 881, "date": d}
r91_pair("inv", "r91_retail", "Return the invoice number and the date as JSON.", t, iv("2026-03-01"), [
    V("due", iv("2026-03-31"), ins="Return the invoice number and the due date as JSON."),
    V("key", {"invoice": 881, "due_date": "2026-03-31"}),
    V("pay", iv("2026-03-31"), ins="Return the invoice number and the payment deadline as JSON."),
    V("de", iv("2026-03-31"), ins="Gib die Rechnungsnummer und das Fälligkeitsdatum als JSON zurück."),
])

# ================= batch 2: stored bases (a member beside a field of an ordinary attribute noun)
t = "Boarding pass:\nFlight: SK 4411\nGate: B12\nSeat: 14C\n"
def g2(g): return {"flight": "SK 4411", "gate": g}
r91_pair("g2", "r91_stored", "Return the flight and the gate as JSON.", t, g2("B12"), [
    V("new", g2("C4"), text=t.replace("Seat: 14C", "New gate: C4")),
    V("cur", g2("C4"), text=t.replace("Seat: 14C", "Current gate: C4")),
    V("upd", g2("C4"), text=t.replace("Seat: 14C", "Updated gate: C4")),
    V("dep", g2("C4"), text=t + "Departure gate: C4\n"),
    V("same", g2("C4"), text=t.replace("Seat: 14C", "Seat: 14C, gate now C4")),
    V("de", g2("C4"), text=t + "Neues Gate: C4\n"),
    V("es", g2("C4"), text=t + "Nueva puerta: C4\n"),
    V("fr", g2("C4"), text=t + "Nouvelle porte: C4\n"),
    V("no", g2("C4"), text=t + "Ny gate: C4\n"),
    V("seat", g2("B12"), text=t.replace("14C", "22F")),
])
t = "Customer:\nName: Ana Ruiz\nAddress: 4 Elm Street, Leeds\nPhone: 555-0101\n"
def a2(a): return {"name": "Ana Ruiz", "address": a}
r91_pair("a2", "r91_stored", "Return the customer's name and address as JSON.", t, a2("4 Elm Street, Leeds"), [
    V("new", a2("9 Oak Road, Hull"), text=t.replace("Phone: 555-0101", "New address: 9 Oak Road, Hull")),
    V("cur", a2("9 Oak Road, Hull"), text=t.replace("Phone: 555-0101", "Current address: 9 Oak Road, Hull")),
    V("home", a2("9 Oak Road, Hull"), text=t.replace("Address: 4 Elm Street, Leeds", "Billing address: 4 Elm Street, Leeds\nAddress: 9 Oak Road, Hull")),
    V("ship", a2("4 Elm Street, Leeds"), text=t + "Shipping address: 9 Oak Road, Hull\n"),
    V("de", a2("9 Oak Road, Hull"), text=t + "Neue Adresse: 9 Oak Road, Hull\n"),
    V("no", a2("9 Oak Road, Hull"), text=t + "Ny adresse: 9 Oak Road, Hull\n"),
    V("fr", a2("9 Oak Road, Hull"), text=t + "Nouvelle adresse : 9 Oak Road, Hull\n"),
])
t = "Patient:\nName: Omar Haddad\nPhone: 555-0101\nWard: 4B\n"
def p2(p): return {"name": "Omar Haddad", "phone": p}
r91_pair("p2", "r91_stored", "Return the patient's name and phone number as JSON.", t, p2("555-0101"), [
    V("new", p2("555-0199"), text=t.replace("Ward: 4B", "New phone: 555-0199")),
    V("pref", p2("555-0199"), text=t.replace("Ward: 4B", "Preferred phone: 555-0199")),
    V("mob", p2("555-0101"), text=t + "Mobile: 555-0199\n"),
    V("mobins", p2("555-0199"), text=t + "Mobile: 555-0199\n", ins="Return the patient's name and mobile number as JSON."),
    V("de", p2("555-0199"), text=t + "Neue Telefonnummer: 555-0199\n"),
    V("es", p2("555-0199"), text=t + "Teléfono nuevo: 555-0199\n"),
])
t = "Title deed:\nRef: RE-301\nOwner: Ann Lee\nAgent: Bo Ek\n"
def o2(o): return {"ref": "RE-301", "owner": o}
r91_pair("o2", "r91_stored", "Return the reference and the owner as JSON.", t, o2("Ann Lee"), [
    V("new", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "New owner: Bo Ek")),
    V("cur", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Current owner: Bo Ek")),
    V("buyer", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Owner since May: Bo Ek")),
    V("prev", o2("Ann Lee"), text=t.replace("Agent: Bo Ek", "Previous owner: Bo Ek")),
    V("previns", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Previous owner: Bo Ek"), ins="Return the reference and the previous owner as JSON."),
    V("de", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Neuer Eigentümer: Bo Ek")),
    V("es", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Nuevo propietario: Bo Ek")),
    V("pl", o2("Bo Ek"), text=t.replace("Agent: Bo Ek", "Nowy właściciel: Bo Ek")),
])
t = "Product:\nModel: K-220\nColour: red\nSupplier: Acme\n"
def c2(c): return {"model": "K-220", "colour": c}
r91_pair("c2", "r91_stored", "Return the model and the colour as JSON.", t, c2("red"), [
    V("fin", c2("black"), text=t.replace("Supplier: Acme", "Colour after refinish: black")),
    V("now", c2("black"), text=t.replace("Supplier: Acme", "Colour now: black")),
    V("shipped", c2("black"), text=t + "Colour shipped: black\n"),
    V("finish", c2("red"), text=t + "Finish: matte\n"),
    V("de", c2("black"), text=t + "Neue Farbe: black\n"),
    V("fr", c2("black"), text=t + "Nouvelle couleur : black\n"),
])
t = "Employee:\nName: Jana Novak\nManager: Ann Lee\nTeam: Ops\n"
def m2(m): return {"name": "Jana Novak", "manager": m}
r91_pair("m2", "r91_stored", "Return the employee's name and manager as JSON.", t, m2("Ann Lee"), [
    V("new", m2("Bo Ek"), text=t.replace("Team: Ops", "New manager: Bo Ek")),
    V("from", m2("Bo Ek"), text=t.replace("Team: Ops", "Manager from 1 May: Bo Ek") + "Today: 2026-06-01\n"),
    V("acting", m2("Ann Lee"), text=t + "Deputy: Bo Ek\n"),
    V("de", m2("Bo Ek"), text=t + "Neue Führungskraft: Bo Ek\n"),
    V("no", m2("Bo Ek"), text=t + "Ny leder: Bo Ek\n"),
])
t = "Invoice:\nInvoice: 881\nDate: 2026-03-01\nDue date: 2026-03-31\n"
def i2(d): return {"invoice": 881, "due_date": d}
r91_pair("i2", "r91_stored", "Return the invoice number and the due date as JSON.", t, i2("2026-03-31"), [
    V("ext", i2("2026-04-30"), text=t + "Extended due date: 2026-04-30\n"),
    V("new", i2("2026-04-30"), text=t + "New due date: 2026-04-30\n"),
    V("rev", i2("2026-04-30"), text=t.replace("Date: 2026-03-01", "Revised due date: 2026-04-30")),
    V("de", i2("2026-04-30"), text=t + "Neues Fälligkeitsdatum: 2026-04-30\n"),
    V("issue", i2("2026-03-31"), text=t.replace("Date:", "Issue date:")),
    V("swap", i2("2026-03-01"), text="Invoice:\nInvoice: 881\nDue date: 2026-03-01\nDate: 2026-03-31\n"),
])
t = "Invoice:\nInvoice: 881\nDate: 2026-03-01\nDue date: 2026-03-31\n"
def i3(d): return {"invoice": 881, "date": d}
r91_pair("i3", "r91_stored", "Return the invoice number and the date as JSON.", t, i3("2026-03-01"), [
    V("lbl", i3("2026-03-31"), text="Invoice:\nInvoice: 881\nDue date: 2026-03-01\nDate: 2026-03-31\n"),
    V("pay", i3("2026-03-01"), text=t + "Paid date: 2026-03-20\n"),
    V("corr", i3("2026-03-02"), text=t + "Invoice date: 2026-03-02\n"),
    V("dueonly", i3("2026-03-31"), ins="Return the invoice number and the date it falls due as JSON."),
    V("es", i3("2026-03-31"), ins="Devuelve el número de factura y la fecha de vencimiento en JSON."),
])
t = "Booking:\nGuest: Ana Ruiz\nRoom: 214\nPhone: 555-0101\n"
def rm2(r): return {"guest": "Ana Ruiz", "room": r}
r91_pair("rm2", "r91_stored", "Return the guest and the room as JSON.", t, rm2(214), [
    V("phone", rm2(310), text=t.replace("Phone: 555-0101", "Room number: 310")),
    V("rn", rm2(214), text=t.replace("Phone: 555-0101", "Room rate: 310")),
    V("rt", rm2(310), text=t.replace("Phone: 555-0101", "Room type: suite 310")),
])
t = "Parcel:\nTracking: ZX-4410\nCarrier: DHL\nWeight: 14 kg\n"
def w2(c): return {"tracking": "ZX-4410", "carrier": c}
r91_pair("w2", "r91_stored", "Return the tracking number and the carrier as JSON.", t, w2("DHL"), [
    V("new", w2("UPS"), text=t + "New carrier: UPS\n"),
    V("hand", w2("UPS"), text=t + "Last-mile carrier: UPS\n"),
    V("de", w2("UPS"), text=t + "Neuer Zusteller: UPS\n"),
    V("lm", w2("UPS"), text=t.replace("Weight: 14 kg", "Carrier (final leg): UPS")),
])
# orders without a joint symbol, stored shapes
t = "Frame:\nArticle: F-12\nSize: 20 by 30 cm\nOrder: width then height\n"
def f2(w, h): return {"article": "F-12", "width_cm": w, "height_cm": h}
r91_pair("f2", "r91_order2", "Return the article, width and height as JSON.", t, f2(20, 30), [
    V("hw", f2(30, 20), text=t.replace("width then height", "height then width")),
    V("de", f2(30, 20), text=t.replace("Order: width then height", "Reihenfolge: Höhe, dann Breite")),
    V("fr", f2(30, 20), text=t.replace("Order: width then height", "Ordre : hauteur puis largeur")),
    V("drop", f2(20, 30), text=t.replace("Order: width then height\n", "")),
])
t = "Match:\nFixture: Lyon v Nice\nResult: 3 1\nListed: home side first, then away side\n"
def s2(h, a): return {"home_goals": h, "away_goals": a}
r91_pair("s2", "r91_order2", "Return the home goals and away goals as JSON.", t, s2(3, 1), [
    V("aw", s2(1, 3), text=t.replace("home side first, then away side", "away side first, then home side")),
    V("vis", s2(1, 3), text=t.replace("home side first, then away side", "visitors first")),
    V("es", s2(1, 3), text=t.replace("Listed: home side first, then away side", "Orden: primero el visitante, luego el local")),
    V("no", s2(1, 3), text=t.replace("Listed: home side first, then away side", "Rekkefølge: bortelaget først")),
])
t = "Staff card:\nName: Novak Jana\nName order: surname, given name\nDept: Ops\n"
def n2(s): return {"surname": s, "dept": "Ops"}
r91_pair("n2", "r91_order2", "Return the surname and the department as JSON.", t, n2("Novak"), [
    V("gs", n2("Jana"), text=t.replace("surname, given name", "given name, surname")),
    V("gf", n2("Jana"), text=t.replace("Name order: surname, given name", "Name order: given name first")),
    V("de", n2("Jana"), text=t.replace("Name order: surname, given name", "Reihenfolge: Vorname, Nachname")),
    V("pl", n2("Jana"), text=t.replace("Name order: surname, given name", "Kolejność: imię, nazwisko")),
])
t = "Frame:\nArticle: F-12\nSize: 20 by 30 cm\n"
def z2(z): return {"article": "F-12", "size": z}
r91_pair("z2", "r91_order2", "Return the article and the size, width then height, as JSON.", t, z2("20 by 30 cm"), [
    V("ins", z2("30 by 20 cm"), ins="Return the article and the size, height then width, as JSON."),
    V("txt", z2("30 by 20 cm"), text=t + "Written as: height then width\n"),
    V("de", z2("30 by 20 cm"), ins="Gib Artikel und Größe, zuerst Höhe dann Breite, als JSON zurück."),
])

# ================= batch 3: a neutral field's VALUE qualifies a member (unit, basis, status, order)
t = "Parcel:\nTracking: ZX-4410\nWeight: 14\nUnit: kg\n"
def u3(w): return {"tracking": "ZX-4410", "weight_kg": w}
r91_pair("u3", "r91_qualval", "Return the tracking number and the weight in kg as JSON.", t, u3(14), [
    V("g", u3(0.014), text=t.replace("Unit: kg", "Unit: g")),
    V("lb", u3(6.35), text=t.replace("Unit: kg", "Unit: lb")),
    V("t", u3(14000), text=t.replace("Unit: kg", "Unit: t")),
    V("de", u3(0.014), text=t.replace("Unit: kg", "Einheit: g")),
], schema=S({"tracking": "string", "weight_kg": "number"}))
t = "Lab sheet:\nSample: S-17\nGlucose: 5.4\nUnits: mmol/L\n"
def u4(g): return {"sample": "S-17", "glucose_mmol_l": g}
r91_pair("u4", "r91_qualval", "Return the sample and the glucose in mmol/L as JSON.", t, u4(5.4), [
    V("mg", u4(0.3), text=t.replace("Glucose: 5.4", "Glucose: 5.4").replace("Units: mmol/L", "Units: mg/dL")),
    V("fr", u4(0.3), text=t.replace("Units: mmol/L", "Unités : mg/dL")),
], schema=S({"sample": "string", "glucose_mmol_l": "number"}))
t = "Listing:\nRef: RE-301\nRent: 1200\nPeriod: month\n"
def u5(r): return {"ref": "RE-301", "monthly_rent": r}
r91_pair("u5", "r91_qualval", "Return the reference and the monthly rent as JSON.", t, u5(1200), [
    V("week", u5(5200), text=t.replace("Period: month", "Period: week")),
    V("year", u5(100), text=t.replace("Period: month", "Period: year")),
    V("no", u5(100), text=t.replace("Period: month", "Periode: år")),
], schema=S({"ref": "string", "monthly_rent": "integer"}))
t = "Item:\nSKU: TX-88\nPrice: 40\nPack size: 1\n"
def u6(p): return {"sku": "TX-88", "unit_price": p}
r91_pair("u6", "r91_qualval", "Return the SKU and the price per item as JSON.", t, u6(40), [
    V("pack4", u6(10), text=t.replace("Pack size: 1", "Pack size: 4")),
    V("de", u6(10), text=t.replace("Pack size: 1", "Packungsgröße: 4")),
], schema=S({"sku": "string", "unit_price": "number"}))
t = "Flight:\nFlight: SK 4411\nArrival: 14:05\nStatus: landed\n"
def u7(a): return {"flight": "SK 4411", "landed": a}
r91_pair("u7", "r91_qualval", "Return the flight and whether it has landed as JSON.", t, u7(True), [
    V("est", u7(False), text=t.replace("Status: landed", "Status: estimated")),
    V("exp", u7(False), text=t.replace("Status: landed", "Status: expected")),
    V("es", u7(False), text=t.replace("Status: landed", "Estado: previsto")),
])
t = "Match:\nHome: Lyon\nAway: Nice\nHome goals: 3\nAway goals: 1\n"
def u8(w): return {"home": "Lyon", "winner": w}
r91_pair("u8", "r91_qualval", "Return the home team and the winning team as JSON.", t, u8("Lyon"), [
    V("swap", u8("Nice"), text="Match:\nHome: Lyon\nAway: Nice\nHome goals: 1\nAway goals: 3\n"),
    V("lbl", u8("Nice"), text="Match:\nHome: Lyon\nAway: Nice\nAway goals: 3\nHome goals: 1\n"),
])
t = "Shipment:\nTracking: ZX-4410\nWeight: 14 kg\nCarrier: DHL\n"
def a9(w): return {"tracking": "ZX-4410", "weight_kg": w}
r91_pair("a9", "r91_qualline", "Return the tracking number and the weight as JSON.", t, a9(14), [
    V("approx", a9(14), text=t.replace("Weight: 14 kg", "Weight: approx. 14 kg")),
    V("net", a9(14), text=t.replace("Weight: 14 kg", "Weight: 14 kg net")),
    V("max", a9(14), text=t.replace("Weight: 14 kg", "Weight: max 14 kg")),
    V("perbox", a9(28), text=t.replace("Weight: 14 kg", "Weight: 14 kg per box\nBoxes: 2")),
    V("tare", a9(14), text=t.replace("Carrier: DHL", "Tare: 2 kg")),
    V("gross", a9(16), text=t.replace("Weight: 14 kg", "Weight: 14 kg (without packaging)").replace("Carrier: DHL", "Packaging: 2 kg"), ins="Return the tracking number and the weight with packaging as JSON."),
])
t = "Payslip:\nName: Jana Novak\nSalary: 4200\nCurrency: EUR\n"
def a10(s): return {"name": "Jana Novak", "salary": s}
r91_pair("a10", "r91_qualline", "Return the employee's name and monthly salary as JSON.", t, a10(4200), [
    V("gross", a10(4200), text=t.replace("Salary: 4200", "Salary: 4200 gross")),
    V("year", a10(350), text=t.replace("Salary: 4200", "Salary: 4200 per year")),
    V("yr2", a10(350), text=t.replace("Currency: EUR", "Basis: annual")),
    V("de", a10(350), text=t.replace("Currency: EUR", "Zeitraum: jährlich")),
], schema=S({"name": "string", "salary": "integer"}))


# ================= batch 4: an opening sentence above the first field that moves or qualifies a member
def r91_intro(tag, ins, t, exp, intros):
    r91_pair(tag, "r91_intro", ins, t, exp, [V(vt, e, text=line + "\n" + t) for vt, line, e in intros])
t = "Boarding pass:\nFlight: SK 4411\nGate: B12\nSeat: 14C\n"
r91_intro("ig", "Return the flight and the gate as JSON.", t, g2("B12"), [
    ("chg", "Please note that the gate shown below has since moved to C4.", g2("C4")),
    ("old", "The gate printed on the pass below is out of date; board at C4.", g2("C4")),
    ("de", "Bitte beachten Sie, dass das Gate inzwischen auf C4 verlegt wurde.", g2("C4")),
    ("es", "Tenga en cuenta que la puerta de embarque ahora es la C4.", g2("C4")),
    ("fr", "Veuillez noter que la porte d'embarquement est désormais la C4.", g2("C4")),
    ("no", "Merk at gaten på kortet under er endret til C4 siden utskrift.", g2("C4")),
    ("swap", "On the pass below, the gate and the seat were printed swapped:", g2("14C")),
    ("neutral", "Please process the following boarding pass for the passenger.", g2("B12")),
])
t = "Shipment:\nTracking: ZX-4410\nWeight: 14 kg\nCarrier: DHL\n"
r91_intro("iw", "Return the tracking number and the weight as JSON.", t, a9(14), [
    ("lb", "All weights in the following record are in pounds, not kilograms.", a9(6.35)),
    ("gross", "The weight below includes two kilograms of packaging, please deduct it.", a9(12)),
    ("net", "The record below gives the net weight; the gross weight is higher.", a9(14)),
    ("de", "Alle Gewichtsangaben unten sind in Pfund, nicht in Kilogramm.", a9(6.35)),
    ("neutral", "Please process the following shipment record for the customer.", a9(14)),
])
t = "Invoice:\nInvoice: 881\nDate: 2026-03-01\nDue date: 2026-03-31\n"
r91_intro("ii", "Return the invoice number and the due date as JSON.", t, i2("2026-03-31"), [
    ("ext", "The customer was granted an extension of the due date to 2026-04-30.", i2("2026-04-30")),
    ("swap", "In the invoice below the date and the due date are swapped by mistake.", i2("2026-03-01")),
    ("fr", "Le client a obtenu un report de l'échéance au 2026-04-30 suite à sa demande.", i2("2026-04-30")),
    ("pl", "Klient otrzymał przedłużenie terminu płatności do 2026-04-30 na swoją prośbę.", i2("2026-04-30")),
])
t = "Product:\nModel: K-220\nColour: red\nSupplier: Acme\n"
r91_intro("ic", "Return the model and the colour as JSON.", t, c2("red"), [
    ("rep", "The product described below was repainted black before it shipped.", c2("black")),
    ("de", "Das unten beschriebene Produkt wurde vor dem Versand schwarz lackiert.", c2("black")),
    ("es", "El producto descrito abajo se pintó de negro antes del envío.", c2("black")),
])
t = "Parcel:\nTracking: ZX-4410\nCarrier: DHL\nWeight: 14 kg\n"
r91_intro("ik", "Return the tracking number and the carrier as JSON.", t, w2("DHL"), [
    ("hand", "The parcel below was handed over to UPS for the final delivery.", w2("UPS")),
    ("no", "Pakken under ble overlevert til UPS for siste del av leveringen.", w2("UPS")),
])
t = "Booking:\nGuest: Ana Ruiz\nRoom: 214\nPhone: 555-0101\n"
r91_intro("ir", "Return the guest and the room as JSON.", t, rm2(214), [
    ("upg", "The guest in the booking below was upgraded to room 310 on arrival.", rm2(310)),
    ("de", "Der Gast in der folgenden Buchung wurde in Zimmer 310 umgebucht.", rm2(310)),
])
t = "Frame:\nArticle: F-12\nWidth: 20 cm\nHeight: 30 cm\n"
def fw(w, h): return {"article": "F-12", "width_cm": w, "height_cm": h}
r91_intro("if", "Return the article, width and height as JSON.", t, fw(20, 30), [
    ("swap", "The two sizes in the record below were entered the wrong way round.", fw(30, 20)),
    ("de", "Die beiden Maße unten wurden vertauscht eingetragen, bitte korrigieren.", fw(30, 20)),
])
t = "Match:\nHome: Lyon\nAway: Nice\nHome goals: 3\nAway goals: 1\n"
def hg(h, a): return {"home": h, "home_goals": a}
r91_intro("im", "Return the home team and the home goals as JSON.", t, hg("Lyon", 3), [
    ("swap", "In the report below the home and away sides were listed the wrong way round.", hg("Nice", 1)),
    ("es", "En el acta de abajo, local y visitante aparecen intercambiados por error.", hg("Nice", 1)),
])

# ================= batch 5: stored twin-like pairs of ordinary nouns; the ask moves to the other field
def r91_tw(tag, dom, m, ty, l1, v1, a1, l2, v2, a2, variants, head="Record"):
    t = "%s:\nRef: A-1\n%s: %s\n%s: %s\n" % (head, l1, v1, l2, v2)
    ins = "Return the ref and the %s as JSON." % m.replace("_", " ")
    sch = S({"ref": "string", m: ty})
    vs = []
    for vt, kind, x, right in variants:
        val = a2 if right == 2 else a1 if right == 1 else right
        if kind == "ins":
            vs.append(V(vt, {"ref": "A-1", m: val}, ins=x))
        elif kind == "key":
            vs.append(V(vt, {"ref": "A-1", x: val}, schema=S({"ref": "string", x: ty})))
        elif kind == "desc":
            vs.append(V(vt, {"ref": "A-1", m: val}, schema=S({"ref": "string", m: ty}, {m: x})))
        elif kind == "text":
            vs.append(V(vt, {"ref": "A-1", m: val}, text=x))
    r91_pair(tag, "r91_twin_" + dom, ins, t, {"ref": "A-1", m: a1}, vs, schema=sch)

r91_tw("tt", "lab", "temperature", "number", "Temperature", "9.8", 9.8, "Min temperature", "4.2", 4.2, [
    ("imin", "ins", "Return the ref and the minimum temperature as JSON.", 2),
    ("ilow", "ins", "Return the ref and the lowest temperature as JSON.", 2),
    ("inight", "ins", "Return the ref and the overnight low as JSON.", 2),
    ("kmin", "key", "min_temperature", 2),
    ("ktmin", "key", "temperature_min", 2),
    ("klow", "key", "low", 2),
    ("kt", "key", "tmin", 2),
    ("dmin", "desc", "minimum", 2),
    ("dlow", "desc", "the lowest reading", 2),
    ("ide", "ins", "Gib die Referenz und die Tiefsttemperatur als JSON zurück.", 2),
    ("ifr", "ins", "Renvoie la référence et la température minimale en JSON.", 2),
    ("ies", "ins", "Devuelve la referencia y la temperatura mínima en JSON.", 2),
    ("swap", "text", "Record:\nRef: A-1\nMin temperature: 9.8\nTemperature: 4.2\n", 2),
    ("max", "text", "Record:\nRef: A-1\nTemperature: 9.8\nMax temperature: 12.1\n", 1),
])
r91_tw("lp", "retail", "price", "integer", "Price", "40", 40, "List price", "45", 45, [
    ("ilist", "ins", "Return the ref and the list price as JSON.", 2),
    ("irrp", "ins", "Return the ref and the recommended retail price as JSON.", 2),
    ("icat", "ins", "Return the ref and the catalogue price as JSON.", 2),
    ("ibef", "ins", "Return the ref and the price before discount as JSON.", 2),
    ("imsrp", "ins", "Return the ref and the MSRP as JSON.", 2),
    ("klist", "key", "list_price", 2),
    ("krrp", "key", "rrp", 2),
    ("kmsrp", "key", "msrp", 2),
    ("kundisc", "key", "undiscounted_price", 2),
    ("dlist", "desc", "the list price", 2),
    ("drrp", "desc", "recommended retail price, before any discount", 2),
    ("ide", "ins", "Gib die Referenz und den Listenpreis als JSON zurück.", 2),
    ("ifr", "ins", "Renvoie la référence et le prix catalogue en JSON.", 2),
    ("ies", "ins", "Devuelve la referencia y el precio de lista en JSON.", 2),
    ("ino", "ins", "Returner referansen og veiledende pris som JSON.", 2),
    ("swap", "text", "Record:\nRef: A-1\nList price: 40\nPrice: 45\n", 2),
    ("sale", "text", "Record:\nRef: A-1\nPrice: 40\nSale price: 32\n", 1),
], head="Item")
r91_tw("ag", "travel", "gate", "string", "Gate", "B12", "B12", "Arrival gate", "C4", "C4", [
    ("iarr", "ins", "Return the ref and the arrival gate as JSON.", 2),
    ("iland", "ins", "Return the ref and the gate where the plane parks on landing as JSON.", 2),
    ("iinb", "ins", "Return the ref and the inbound gate as JSON.", 2),
    ("idep", "ins", "Return the ref and the departure gate as JSON.", 1),
    ("karr", "key", "arrival_gate", 2),
    ("kinb", "key", "inbound_gate", 2),
    ("kdest", "key", "destination_gate", 2),
    ("darr", "desc", "gate at the destination airport", 2),
    ("ide", "ins", "Gib die Referenz und das Ankunftsgate als JSON zurück.", 2),
    ("ies", "ins", "Devuelve la referencia y la puerta de llegada en JSON.", 2),
    ("ifr", "ins", "Renvoie la référence et la porte d'arrivée en JSON.", 2),
    ("swap", "text", "Flight:\nRef: A-1\nArrival gate: B12\nGate: C4\n", 2),
    ("dgate", "text", "Flight:\nRef: A-1\nGate: B12\nDeparture gate: C4\n", 2),
], head="Flight")
r91_tw("dp", "estate", "rent", "integer", "Rent", "1200", 1200, "Deposit", "2400", 2400, [
    ("idep", "ins", "Return the ref and the deposit as JSON.", 2),
    ("ibond", "ins", "Return the ref and the bond as JSON.", 2),
    ("isec", "ins", "Return the ref and the security paid up front as JSON.", 2),
    ("kdep", "key", "deposit", 2),
    ("kbond", "key", "bond", 2),
    ("ksec", "key", "security_deposit", 2),
    ("ddep", "desc", "the refundable deposit", 2),
    ("ino", "ins", "Returner referansen og depositumet som JSON.", 2),
    ("ide", "ins", "Gib die Referenz und die Kaution als JSON zurück.", 2),
    ("ies", "ins", "Devuelve la referencia y la fianza en JSON.", 2),
    ("swap", "text", "Lease:\nRef: A-1\nDeposit: 1200\nRent: 2400\n", 2),
], head="Lease")
r91_tw("dd", "retail", "date", "string", "Date", "2026-03-01", "2026-03-01", "Due date", "2026-03-31", "2026-03-31", [
    ("idue", "ins", "Return the ref and the due date as JSON.", 2),
    ("idl", "ins", "Return the ref and the payment deadline as JSON.", 2),
    ("ipay", "ins", "Return the ref and the date by which it must be paid as JSON.", 2),
    ("kdue", "key", "due_date", 2),
    ("kdl", "key", "deadline", 2),
    ("kpay", "key", "pay_by", 2),
    ("kdue2", "key", "date_due", 2),
    ("ddue", "desc", "when payment is due", 2),
    ("ddl", "desc", "payment deadline", 2),
    ("ide", "ins", "Gib die Referenz und das Fälligkeitsdatum als JSON zurück.", 2),
    ("ies", "ins", "Devuelve la referencia y la fecha de vencimiento en JSON.", 2),
    ("ifr", "ins", "Renvoie la référence et la date d'échéance en JSON.", 2),
    ("ipl", "ins", "Zwróć referencję i termin płatności jako JSON.", 2),
], head="Invoice")
r91_tw("od", "retail", "date", "string", "Date", "2026-03-01", "2026-03-01", "Order date", "2026-02-20", "2026-02-20", [
    ("iord", "ins", "Return the ref and the order date as JSON.", 2),
    ("iplaced", "ins", "Return the ref and the date the order was placed as JSON.", 2),
    ("kord", "key", "order_date", 2),
    ("kplaced", "key", "ordered_on", 2),
    ("dord", "desc", "when the customer ordered", 2),
    ("ide", "ins", "Gib die Referenz und das Bestelldatum als JSON zurück.", 2),
    ("ifr", "ins", "Renvoie la référence et la date de commande en JSON.", 2),
], head="Invoice")
r91_tw("sd", "hr", "start_date", "string", "Start date", "2024-01-08", "2024-01-08", "End date", "2025-06-30", "2025-06-30", [
    ("iend", "ins", "Return the ref and the end date as JSON.", 2),
    ("ilast", "ins", "Return the ref and the last working day as JSON.", 2),
    ("ileave", "ins", "Return the ref and the leaving date as JSON.", 2),
    ("kend", "key", "end_date", 2),
    ("klast", "key", "last_day", 2),
    ("kleave", "key", "leaving_date", 2),
    ("dend", "desc", "the day the contract ends", 2),
    ("ide", "ins", "Gib die Referenz und das Austrittsdatum als JSON zurück.", 2),
    ("ies", "ins", "Devuelve la referencia y la fecha de baja en JSON.", 2),
    ("ino", "ins", "Returner referansen og sluttdatoen som JSON.", 2),
    ("swap", "text", "Contract:\nRef: A-1\nEnd date: 2024-01-08\nStart date: 2025-06-30\n", 2),
], head="Contract")

# ================= batch 6: an added sentence or clause in the instruction that moves the ask to the twin
def r91_tw2(tag, dom, m, ty, head, l1, v1, a1, l2, v2, a2, clauses):
    t = "%s:\nRef: A-1\n%s: %s\n%s: %s\n" % (head, l1, v1, l2, v2)
    ins = "Return the ref and the %s as JSON." % m.replace("_", " ")
    vs = [V(vt, {"ref": "A-1", m: (a2 if r == 2 else a1)}, ins=(c if c.startswith("Return") else ins + " " + c)) for vt, c, r in clauses]
    r91_pair(tag, "r91_clause_" + dom, ins, t, {"ref": "A-1", m: a1}, vs, schema=S({"ref": "string", m: ty}))
r91_tw2("cg", "travel", "gate", "string", "Record", "Gate", "B12", "B12", "Arrival gate", "C4", "C4", [
    ("land", "I am meeting the passenger when the plane lands.", 2),
    ("pick", "It is for the pickup at the destination.", 2),
    ("de", "Wir holen den Gast bei der Ankunft ab.", 2),
    ("es", "Es para recoger al pasajero a su llegada.", 2),
    ("fmt", "Keep the gate exactly as printed.", 1),
    ("paren", "Return the ref and the gate (on arrival) as JSON.", 2),
    ("where", "Return the ref and the gate they arrive at as JSON.", 2),
])
r91_tw2("ct", "lab", "temperature", "number", "Record", "Temperature", "9.8", 9.8, "Min temperature", "4.2", 4.2, [
    ("cold", "I need the coldest point of the night.", 2),
    ("frost", "It is for the frost-risk report, so give the low.", 2),
    ("fr", "Il me faut le point le plus froid de la nuit.", 2),
    ("paren", "Return the ref and the temperature (minimum) as JSON.", 2),
    ("lowest", "Return the ref and the temperature at its lowest as JSON.", 2),
    ("fmt", "Give the temperature as a number.", 1),
])
r91_tw2("cp", "retail", "price", "integer", "Record", "Price", "40", 40, "List price", "45", 45, [
    ("nodisc", "Ignore any discount.", 2),
    ("full", "Give the full price, before any markdown.", 2),
    ("de", "Ohne Rabatt, bitte.", 2),
    ("paren", "Return the ref and the price (list) as JSON.", 2),
    ("fmt", "Give the price without a currency sign.", 1),
])
r91_tw2("cd", "estate", "rent", "integer", "Lease", "Rent", "1200", 1200, "Deposit", "2400", 2400, [
    ("oneoff", "I mean the one-off amount paid at signing.", 2),
    ("refund", "I need the amount refunded when the lease ends.", 2),
    ("no", "Jeg mener beløpet som betales én gang ved signering.", 2),
    ("fmt", "Give the rent as a plain number.", 1),
])
r91_tw2("cs", "hr", "start_date", "string", "Record", "Start date", "2024-01-08", "2024-01-08", "End date", "2025-06-30", "2025-06-30", [
    ("leave", "Actually, I need the day they leave.", 2),
    ("pl", "Właściwie potrzebuję dnia odejścia.", 2),
    ("fmt", "Keep the date in ISO format.", 1),
    ("paren", "Return the ref and the start date (of the notice period end) as JSON.", 2),
])

# ================= batch 7: the member's own qualifier flips (value stays, meaning moves); nullable members
def r91_nq(tag, dom, m, ty, head, base_lines, a1, variants, ins=None):
    sch = S({"ref": "string", m: {"type": [ty, "null"]}})
    t = "%s:\nRef: A-1\n%s" % (head, base_lines)
    ins = ins or "Return the ref and the %s as JSON." % m.replace("_", " ")
    vs = [V(vt, {"ref": "A-1", m: r}, text="%s:\nRef: A-1\n%s" % (head, lines)) for vt, lines, r in variants]
    r91_pair(tag, "r91_qualflip_" + dom, ins, t, {"ref": "A-1", m: a1}, vs, schema=sch)
r91_nq("qn", "ship", "net_weight_kg", "number", "Parcel", "Net weight: 12 kg\nCarrier: DHL\n", 12, [
    ("gross", "Gross weight: 12 kg\nCarrier: DHL\n", None),
    ("tare", "Gross weight: 12 kg\nTare: 2 kg\n", 10),
    ("de", "Bruttogewicht: 12 kg\nCarrier: DHL\n", None),
    ("approx", "Net weight: approx. 12 kg\nCarrier: DHL\n", 12),
])
r91_nq("qm", "lab", "min_temperature", "number", "Record", "Min temperature: 4.2\nHumidity: 61\n", 4.2, [
    ("max", "Max temperature: 4.2\nHumidity: 61\n", None),
    ("fr", "Température max: 4.2\nHumidity: 61\n", None),
    ("avg", "Mean temperature: 4.2\nHumidity: 61\n", None),
])
r91_nq("qo", "estate", "previous_owner", "string", "Deed", "Previous owner: Bo Ek\nSupplier: Acme\n", "Bo Ek", [
    ("new", "New owner: Bo Ek\nSupplier: Acme\n", None),
    ("cur", "Owner: Bo Ek\nSupplier: Acme\n", None),
    ("es", "Propietario actual: Bo Ek\nSupplier: Acme\n", None),
])
r91_nq("qa", "travel", "estimated_arrival", "string", "Flight", "Estimated arrival: 14:05\nGate: B12\n", "14:05", [
    ("act", "Actual arrival: 14:05\nGate: B12\n", None),
    ("sched", "Scheduled arrival: 14:05\nGate: B12\n", None),
    ("de", "Tatsächliche Ankunft: 14:05\nGate: B12\n", None),
])
r91_nq("qs", "sport", "final_score", "string", "Match", "Final score: 3-1\nVenue: Lyon\n", "3-1", [
    ("ht", "Half-time score: 3-1\nVenue: Lyon\n", None),
    ("live", "Live score: 3-1\nVenue: Lyon\n", None),
    ("fr", "Score à la mi-temps: 3-1\nVenue: Lyon\n", None),
])
r91_nq("qd", "med", "maintenance_dose", "string", "Rx", "Maintenance dose: 5 mg\nPhone: 555-0101\n", "5 mg", [
    ("load", "Loading dose: 5 mg\nPhone: 555-0101\n", None),
    ("max", "Max dose: 5 mg\nPhone: 555-0101\n", None),
    ("de", "Initialdosis: 5 mg\nPhone: 555-0101\n", None),
])
r91_nq("qb", "hr", "base_salary", "integer", "Payroll", "Base salary: 48000\nPhone: 555-0101\n", 48000, [
    ("total", "Total salary: 48000\nPhone: 555-0101\n", None),
    ("bonus", "Base salary: 48000 incl. bonus\nPhone: 555-0101\n", None),
    ("no", "Totallønn: 48000\nPhone: 555-0101\n", None),
])
r91_nq("qp", "retail", "sale_price", "integer", "Item", "Sale price: 32\nSupplier: Acme\n", 32, [
    ("list", "List price: 32\nSupplier: Acme\n", None),
    ("was", "Was price: 32\nSupplier: Acme\n", None),
    ("es", "Precio original: 32\nSupplier: Acme\n", None),
])

# ================= batch 8: stored twin base; the twin's label turns into an override (member line unchanged)
def r91_tov(tag, dom, m, ty, head, l1, v1, a1, l2, v2, a2, labels):
    t = "%s:\nRef: A-1\n%s: %s\n%s: %s\n" % (head, l1, v1, l2, v2)
    ins = "Return the ref and the %s as JSON." % m.replace("_", " ")
    vs = [V(vt, {"ref": "A-1", m: (a2 if r == 2 else a1)}, text="%s:\nRef: A-1\n%s: %s\n%s: %s\n" % (head, l1, v1, lab, v2)) for vt, lab, r in labels]
    r91_pair(tag, "r91_twinover_" + dom, ins, t, {"ref": "A-1", m: a1}, vs, schema=S({"ref": "string", m: ty}))
r91_tov("vg", "travel", "gate", "string", "Record", "Gate", "B12", "B12", "Arrival gate", "C4", "C4", [
    ("new", "New gate", 2), ("act", "Actual gate", 2), ("cur", "Current gate", 2), ("chg", "Gate (changed)", 2),
    ("now", "Gate now", 2), ("de", "Neues Gate", 2), ("es", "Puerta actual", 2),
    ("fr", "Porte modifiée", 2), ("no", "Endret gate", 2), ("prev", "Previous gate", 1),
])
r91_tov("vt", "lab", "temperature", "number", "Record", "Temperature", "9.8", 9.8, "Min temperature", "4.2", 4.2, [
    ("cur", "Current temperature", 2), ("corr", "Corrected temperature", 2), ("now", "Temperature now", 2),
    ("cal", "Calibrated temperature", 2), ("de", "Korrigierte Temperatur", 2), ("fr", "Température corrigée", 2),
    ("max", "Max temperature", 1),
])
r91_tov("vp", "retail", "price", "integer", "Record", "Price", "40", 40, "List price", "32", 32, [
    ("today", "Price today", 2), ("cur", "Current price", 2), ("new", "New price", 2), ("fin", "Final price", 2),
    ("sale", "Sale price", 2), ("es", "Precio actual", 2), ("de", "Neuer Preis", 2), ("pl", "Nowa cena", 2),
    ("was", "Was", 1),
])
r91_tov("vr", "estate", "rent", "integer", "Lease", "Rent", "1200", 1200, "Deposit", "1300", 1300, [
    ("new", "New rent", 2), ("adj", "Adjusted rent", 2), ("cur", "Current rent", 2), ("no", "Ny husleie", 2),
    ("de", "Neue Miete", 2), ("old", "Old rent", 1),
])
r91_tov("vs", "hr", "start_date", "string", "Record", "Start date", "2024-01-08", "2024-01-08", "End date", "2024-02-01", "2024-02-01", [
    ("act", "Actual start date", 2), ("rev", "Revised start date", 2), ("new", "New start date", 2),
    ("de", "Tatsächliches Eintrittsdatum", 2), ("es", "Fecha de inicio real", 2), ("plan", "Planned start date", 1),
])
r91_tov("vo", "estate", "owner", "string", "Record", "Owner", "Ann Lee", "Ann Lee", "Supplier", "Bo Ek", "Bo Ek", [
    ("new", "New owner", 2), ("cur", "Current owner", 2),
    ("de", "Neuer Eigentümer", 2), ("es", "Nuevo propietario", 2), ("prev", "Previous owner", 1),
])

# ================= batch 9: orders in words (no joint symbol), in the instruction and in the text
def r91_ow(tag, key, head, ins_a, ins_b, lab_a, lab_b, val, flipped, extra=""):
    sch = S({"ref": "string", key: "string"})
    t = "%s:\nRef: A-1\n%s: %s\n%s" % (head, lab_a, val, extra)
    tb = "%s:\nRef: A-1\n%s: %s\n%s" % (head, lab_b, val, extra)
    r91_pair(tag, "r91_order_words", ins_a, t, {"ref": "A-1", key: val}, [
        V("ins", {"ref": "A-1", key: flipped}, ins=ins_b),
        V("txt", {"ref": "A-1", key: flipped}, text=tb),
        V("both", {"ref": "A-1", key: val}, ins=ins_b, text=tb),
    ], schema=sch)
r91_ow("ow1", "size", "Frame", "Return the ref and the size, width then height, as JSON.", "Return the ref and the size, height then width, as JSON.",
       "Size, width then height", "Size, height then width", "20 x 30 cm", "30 x 20 cm")
r91_ow("ow2", "score", "Match", "Return the ref and the score, home side first, as JSON.", "Return the ref and the score, away side first, as JSON.",
       "Score, home side first", "Score, away side first", "3-1", "1-3")
r91_ow("ow3", "name", "Staff", "Return the ref and the name, surname first, as JSON.", "Return the ref and the name, given name first, as JSON.",
       "Name, surname first", "Name, given name first", "Novak Jana", "Jana Novak")
r91_ow("ow4", "bp", "Vitals", "Return the ref and the blood pressure, systolic first, as JSON.", "Return the ref and the blood pressure, diastolic first, as JSON.",
       "Blood pressure, systolic first", "Blood pressure, diastolic first", "120/80", "80/120")
r91_ow("ow5", "score", "Spiel", "Gib die Referenz und das Ergebnis, zuerst Heim, dann Gast, als JSON zurück.", "Gib die Referenz und das Ergebnis, zuerst Gast, dann Heim, als JSON zurück.",
       "Ergebnis, zuerst Heim, dann Gast", "Ergebnis, zuerst Gast, dann Heim", "3-1", "1-3")
r91_ow("ow6", "marcador", "Partido", "Devuelve la referencia y el marcador, primero el local y luego el visitante, en JSON.", "Devuelve la referencia y el marcador, primero el visitante y luego el local, en JSON.",
       "Marcador, primero el local", "Marcador, primero el visitante", "3-1", "1-3")
r91_ow("ow7", "dimensions", "Colis", "Renvoie la référence et les dimensions, longueur puis largeur, en JSON.", "Renvoie la référence et les dimensions, largeur puis longueur, en JSON.",
       "Dimensions, longueur puis largeur", "Dimensions, largeur puis longueur", "40 x 30 cm", "30 x 40 cm")
r91_ow("ow8", "range", "Spec", "Return the ref and the range, lowest first, as JSON.", "Return the ref and the range, highest first, as JSON.",
       "Range, lowest first", "Range, highest first", "10-20 °C", "20-10 °C")
