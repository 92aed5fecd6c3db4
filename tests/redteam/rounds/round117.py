"""Red-team round 117 (black box, stepcache-s40): JSON extraction where the SAME source token (same label,
same number) means another value because of context elsewhere in the text or in the token's own marks:
accounting negatives in other spellings ("(1200.00)", "▲1200.00", "1200.00-", Unicode minus signs), scale
suffixes glued or spaced ("750k", "750 MNOK", "750万", "7.5e5", "750 lakh"), a unit stated once for the
record (header sentence, footer, unit field, column heading, CSV header, YAML comment, footnote), decimal
commas in a locale ("Gewicht: 1,250 kg"), day/month order stated on another line, rare unit spellings against
a unit the schema asks ("12#", "12 ℔", "2 Std."), per-mille and basis points, line items in a table whose
column heading changes. Pairs (base stored right, variant whose model answers are [the base's answer, the
right one]) and singles (the grounded mistake only, served twice). What got through (103 ids confirmed alone, 31 pairs + 72 singles; 23 of
them arguable, listed in r117_arguable): SCALE ABBREVIATIONS THAT ARE ALSO UNIT SYMBOLS. A number followed by a
known unit passes the fresh check of a member that asks no unit, so "$750MM"/"USD 750mm" (million; read as 750
mm), "$2.1T" (trillion; read as tonnes), "₹750 L" / "95 L INR" (lakh; read as litres), "$95G" (grand; grams,
arguable) and "750 t SEK" (tusen; tonnes, arguable) are stored as 750 / 2.1 / 95 and served again, and a stored
"Budget: 750" is reused for "Budget: $750MM" and rewritten to 900 for "Budget: $900MM". The inline "750k",
"750M", "750 mn", "750 Mio.", "750 lakh", "750万" all held ("the text states budget: 750k"). And a scale STATED
ONCE FOR THE RECORD in a field "Currency: USD MM", "Amounts: $K", "Unit: USD m", "Units: $MM", or in the label
("Budget in $MM: 750", "Budget $MM: 750") keeps "Budget: 750" plain and stored, even for "m", "k", "EURm", "₹ L",
"$T"; headings, footers, bare lines, "Figures:", "Scale:", "Denomination:", table headings and CSV headers held.
Held: every negative spelling (none stored), units per record for a member that names its unit (weight_kg),
decimal commas, day/month order, per mille and basis points, rare unit spellings against a described unit.
Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r117_groups = []   # (base id, [variant ids])
r117_singles = []  # ids
r117_ids = set()


def r117_group(key, schema, base_prompt, base_expect, variants):
    """variants: (suffix, prompt, expect, first_wrong or 'BASE' or None, safe)."""
    bid = f"d117-{key}-base"
    J(bid, f"r117_{key}", base_prompt, schema, base_expect, [base_expect])
    vids = []
    for suf, prompt, exp, first, safe in variants:
        vid = f"d117-{key}-{suf}"
        if first == "BASE":
            first = base_expect
        answers = [first, exp] if first is not None else [exp]
        J(vid, f"r117_{key}", prompt, schema, exp, answers, safe=safe)
        vids.append(vid)
    r117_groups.append((bid, vids))


def r117_single(key, schema, prompt, wrong, exp):
    sid = f"d117-s-{key}"
    J(sid, "r117_single", prompt, schema, exp, [wrong])
    r117_singles.append(sid)


def r117_num(x):
    """A float that is a whole number as an int (expectations by value anyway)."""
    if isinstance(x, float) and x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


# (A. accounting negatives on a ledger base: moved to wave 2, on a base that is stored)

# ------------------------------------------------------------- B. scale suffixes
r117_bud = S({"project": "string", "budget": "integer"})
r117_budI = "Extract project and budget as JSON.\n\nText:\n"
r117_budT = "Project: Harbour Lights\nBudget: {v}\n"
r117_K, r117_M, r117_B = 1000, 1000000, 1000000000
r117_scale = [
    ("k", "750k", 750 * r117_K), ("K", "750K", 750 * r117_K), ("ks", "750 k", 750 * r117_K), ("Ks", "750 K", 750 * r117_K),
    ("thou", "750 thou", 750 * r117_K), ("grand", "750 grand", 750 * r117_K), ("tsd", "750 Tsd.", 750 * r117_K),
    ("tkr", "750 tkr", 750 * r117_K), ("teur", "750 TEUR", 750 * r117_K), ("teursign", "750 T€", 750 * r117_K),
    ("keur", "750 k€", 750 * r117_K), ("eurk", "€750k", 750 * r117_K), ("usdK", "$750K", 750 * r117_K),
    ("gbpk", "£750k", 750 * r117_K), ("knok", "750 kNOK", 750 * r117_K), ("ksek", "750 KSEK", 750 * r117_K),
    ("tys", "750 tys.", 750 * r117_K), ("tyc", "750 тыс.", 750 * r117_K), ("qian", "750千", 750 * r117_K),
    ("e3", "750e3", 750 * r117_K), ("e5", "7.5e5", 750 * r117_K), ("E5", "7.5E+05", 750 * r117_K),
    ("x10", "750 × 10³", 750 * r117_K), ("dot10", "750·10^3", 750 * r117_K), ("ths", "750 ths", 750 * r117_K),
    ("M", "750M", 750 * r117_M), ("Ms", "750 M", 750 * r117_M), ("mn", "750 mn", 750 * r117_M), ("MM", "750 MM", 750 * r117_M),
    ("mio", "750 Mio.", 750 * r117_M), ("mill", "750 mill.", 750 * r117_M), ("mln", "750 mln", 750 * r117_M),
    ("mnok", "750 MNOK", 750 * r117_M), ("msek", "750 MSEK", 750 * r117_M), ("meur", "750 M€", 750 * r117_M),
    ("usdM", "$750M", 750 * r117_M), ("usdMM", "$750MM", 750 * r117_M), ("mlnr", "750 млн", 750 * r117_M),
    ("bn", "750bn", 750 * r117_B), ("bns", "750 bn", 750 * r117_B), ("mrd", "750 Mrd.", 750 * r117_B),
    ("mld", "750 mld", 750 * r117_B), ("bln", "750 bln", 750 * r117_B), ("usdB", "$750B", 750 * r117_B),
    ("lakh", "750 lakh", 75000000), ("lakh2", "7.5 lakh", 750000), ("crore", "750 crore", 7500000000),
    ("cr", "₹750 Cr", 7500000000), ("wan", "750万", 7500000), ("yi", "7.5亿", 750000000),
    ("mlrd", "0.75 Mrd", 750 * r117_M), ("kilo", "750 kilo-NOK", 750 * r117_K),
]
r117_group("sc", r117_bud, r117_budI + r117_budT.format(v="750"), {"project": "Harbour Lights", "budget": 750}, [
    (s, r117_budI + r117_budT.format(v=v), {"project": "Harbour Lights", "budget": e}, "BASE", False)
    for s, v, e in r117_scale] + [
    ("safe-para", "Give me project and budget as a JSON object.\n\nText:\n" + r117_budT.format(v="750"),
     {"project": "Harbour Lights", "budget": 750}, None, True),
    ("safe-note", "Please process the following project card.\n" + r117_budT.format(v="750"),
     {"project": "Harbour Lights", "budget": 750}, None, True),
])
for s, v, e in r117_scale:
    if "750" not in v:
        continue  # the model's grounded mistake needs the digits 750
    r117_single("sc-" + s, r117_bud, "Return project and budget as JSON.\n\nText:\n"
                + r117_budT.format(v=v).replace("Harbour Lights", "Quay Renewal"),
                {"project": "Quay Renewal", "budget": 750}, {"project": "Quay Renewal", "budget": e})

# ------------------------------------------------------------- C. a unit stated once for the record
r117_par = S({"parcel": "string", "weight_kg": "number"})
r117_parI = "Extract parcel and weight_kg as JSON.\n\nText:\n"
r117_place = {
    "hdr": "All weights in {u}.\nParcel: P-1182\nWeight: 26.4\n",
    "ftr": "Parcel: P-1182\nWeight: 26.4\nAll weights in {u}.\n",
    "ufield": "Parcel: P-1182\nWeight: 26.4\nUnit: {u}\n",
    "brk": "Parcel: P-1182\nWeight ({u}): 26.4\n",
    "comma": "Parcel: P-1182\nWeight, {u}: 26.4\n",
    "mdhdr": "| Parcel | Weight ({u}) |\n|---|---|\n| P-1182 | 26.4 |\n",
    "mdftr": "| Parcel | Weight |\n|---|---|\n| P-1182 | 26.4 |\n\nWeights in {u}.\n",
    "heading": "WEIGHTS IN {U}\nParcel: P-1182\nWeight: 26.4\n",
    "csv": "parcel,weight_{u}\nP-1182,26.4\n",
    "inline": "Parcel: P-1182\nWeight: 26.4 {u}\n",
    "fnote": "Parcel: P-1182\nWeight*: 26.4\n\n* in {u}\n",
    "slash": "Parcel: P-1182\nWeight/{u}: 26.4\n",
    "inlbl": "Parcel: P-1182\nWeight in {u}: 26.4\n",
    "yaml": "parcel: P-1182\nweight: 26.4  # {u}\n",
    "block2": "Parcel: P-1182\nWeight: 26.4\n\nNotes\nUnit of weight: {u}\n",
    "uom": "Parcel: P-1182\nWeight: 26.4\nUoM: {u}\n",
    "sq": "Parcel: P-1182\nWeight [{u}]: 26.4\n",
}
r117_units = [("g", 0.0264), ("lb", 11.974838568)]
for pk, tpl in r117_place.items():
    base_t = tpl.replace("{U}", "KG").replace("{u}", "kg")
    r117_group("u-" + pk, r117_par, r117_parI + base_t, {"parcel": "P-1182", "weight_kg": 26.4}, [
        (u, r117_parI + tpl.replace("{U}", u.upper()).replace("{u}", u), {"parcel": "P-1182", "weight_kg": e},
         "BASE", False) for u, e in r117_units] + [
        ("safe-para", "Please give parcel and weight_kg as JSON.\n\nText:\n" + base_t,
         {"parcel": "P-1182", "weight_kg": 26.4}, None, True),
    ])
    r117_single("u-" + pk, r117_par, "Return parcel and weight_kg as JSON.\n\nText:\n"
                + tpl.replace("{U}", "G").replace("{u}", "g").replace("P-1182", "P-2207"),
                {"parcel": "P-2207", "weight_kg": 26.4}, {"parcel": "P-2207", "weight_kg": 0.0264})

# ------------------------------------------------------------- D. decimal commas by locale
r117_art = S({"item": "string", "weight_kg": "number"})
r117_loc = [
    ("de", "Gib item und weight_kg als JSON zurück.\n\nText:\nArtikel: Schraubensatz\nGewicht: 1,250 kg\n", "Schraubensatz"),
    ("no", "Return item and weight_kg as JSON.\n\nText:\nVare: Skruesett\nVekt: 1,250 kg\n", "Skruesett"),
    ("fr", "Return item and weight_kg as JSON.\n\nText:\nArticle : Jeu de vis\nPoids : 1,250 kg\n", "Jeu de vis"),
    ("es", "Return item and weight_kg as JSON.\n\nText:\nArtículo: Juego de tornillos\nPeso: 1,250 kg\n", "Juego de tornillos"),
    ("pl", "Return item and weight_kg as JSON.\n\nText:\nTowar: Zestaw śrub\nWaga: 1,250 kg\n", "Zestaw śrub"),
    ("loc", "Return item and weight_kg as JSON.\n\nText:\nLocale: de-DE\nItem: Screw set\nWeight: 1,250 kg\n", "Screw set"),
    ("dec", "Return item and weight_kg as JSON.\n\nText:\nDecimal separator: comma\nItem: Screw set\nWeight: 1,250 kg\n", "Screw set"),
    ("ftr", "Return item and weight_kg as JSON.\n\nText:\nItem: Screw set\nWeight: 1,250 kg\n(German number format)\n", "Screw set"),
    ("mixed", "Return item and weight_kg as JSON.\n\nText:\nArtikel: Screw set\nGewicht: 1,250 kg\n", "Screw set"),
]
for s, pr, item in r117_loc:
    r117_single("loc-" + s, r117_art, pr, {"item": item, "weight_kg": 1250}, {"item": item, "weight_kg": 1.25})
r117_locB = "Return item and weight_kg as JSON.\n\nText:\nItem: Screw set\nWeight: 1,250 kg\n"
r117_group("loc", r117_art, r117_locB, {"item": "Screw set", "weight_kg": 1250}, [
    ("locline", r117_locB.replace("Item:", "Locale: de-DE\nItem:"), {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("decline", r117_locB.replace("Item:", "Decimal separator: comma\nItem:"), {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("ftrline", r117_locB + "(German number format)\n", {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("country", r117_locB.replace("Item:", "Country: Germany\nItem:"), {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("lang", r117_locB.replace("Item:", "Language: de\nItem:"), {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("fmt", r117_locB.replace("Item:", "Number format: 1.234,56\nItem:"), {"item": "Screw set", "weight_kg": 1.25}, "BASE", False),
    ("safe-para", r117_locB.replace("Return", "Please return"), {"item": "Screw set", "weight_kg": 1250}, None, True),
])
# Swiss apostrophe and Indian grouping: the model reads the first group only
r117_single("loc-ch", r117_art, "Return item and weight_kg as JSON.\n\nText:\nItem: Steel coil\nWeight: 1'250 kg\n",
            {"item": "Steel coil", "weight_kg": 1}, {"item": "Steel coil", "weight_kg": 1250})
r117_single("loc-ch2", r117_art, "Return item and weight_kg as JSON.\n\nText:\nItem: Steel coil\nWeight: 1’250 kg\n",
            {"item": "Steel coil", "weight_kg": 1}, {"item": "Steel coil", "weight_kg": 1250})
r117_single("loc-in", r117_bud, "Return project and budget as JSON.\n\nText:\nProject: Ring Road\nBudget: 1,25,000\n",
            {"project": "Ring Road", "budget": 1}, {"project": "Ring Road", "budget": 125000})

# (E. day/month order stated on another line: dropped to keep the round under 700; none was stored)

# ------------------------------------------------------------- F. rare unit spellings against a unit asked
r117_wt = S({"parcel": "string", "weight": "number"}, desc={"weight": "weight in kg"})
r117_wtI = "Extract parcel and weight as JSON.\n\nText:\n"
r117_rare_w = [("lbs", "12 lbs"), ("lbdot", "12 lb."), ("hash", "12#"), ("lbsym", "12 ℔"), ("pd", "12 pd"),
               ("pfund", "12 Pfund"), ("funt", "12 funtów"), ("pund", "12 pund"), ("livres", "12 livres"),
               ("libras", "12 libras"), ("pounds", "12 pounds")]
for s, v in r117_rare_w:
    r117_single("w-" + s, r117_wt, r117_wtI + "Parcel: P-3310\nWeight: " + v + "\nAllowance: 23 kg\n",
                {"parcel": "P-3310", "weight": 12}, {"parcel": "P-3310", "weight": 5.44310844})
r117_group("w", r117_wt, r117_wtI + "Parcel: P-3310\nWeight: 12 kg\nAllowance: 23 kg\n", {"parcel": "P-3310", "weight": 12}, [
    (s, r117_wtI + "Parcel: P-3310\nWeight: " + v + "\nAllowance: 23 kg\n", {"parcel": "P-3310", "weight": 5.44310844},
     "BASE", False) for s, v in r117_rare_w] + [
    ("safe-para", "Please return parcel and weight as JSON.\n\nText:\nParcel: P-3310\nWeight: 12 kg\nAllowance: 23 kg\n",
     {"parcel": "P-3310", "weight": 12}, None, True)])

r117_len = S({"board": "string", "length": "number"}, desc={"length": "length in cm"})
r117_lenI = "Extract board and length as JSON.\n\nText:\n"
r117_rare_l = [("in", "12 in"), ("dq", "12\""), ("dprime", "12″"), ("tommer", "12 tommer"), ("zoll", "12 Zoll"),
               ("pouces", "12 pouces"), ("inch", "12 inch"), ("tum", "12 tum")]
r117_group("l", r117_len, r117_lenI + "Board: Oak shelf\nLength: 12 cm\nDepth: 20 cm\n", {"board": "Oak shelf", "length": 12}, [
    (s, r117_lenI + "Board: Oak shelf\nLength: " + v + "\nDepth: 20 cm\n", {"board": "Oak shelf", "length": 30.48},
     "BASE", False) for s, v in r117_rare_l])
for s, v in r117_rare_l:
    r117_single("l-" + s, r117_len, r117_lenI + "Board: Pine rail\nLength: " + v + "\nDepth: 20 cm\n",
                {"board": "Pine rail", "length": 12}, {"board": "Pine rail", "length": 30.48})

r117_dur = S({"task": "string", "duration": "integer"}, desc={"duration": "duration in minutes"})
r117_durI = "Extract task and duration as JSON.\n\nText:\n"
r117_rare_d = [("h", "2 h"), ("hrs", "2 hrs"), ("std", "2 Std."), ("t", "2 t"), ("timer", "2 timer"),
               ("heures", "2 heures"), ("godz", "2 godz."), ("ch", "2 ч"), ("jikan", "2時間"), ("hglued", "2h"),
               ("horas", "2 horas"), ("tunnit", "2 tundi")]
r117_group("d", r117_dur, r117_durI + "Task: Pump service\nDuration: 2 min\nBreak: 15 minutes\n",
           {"task": "Pump service", "duration": 2}, [
    (s, r117_durI + "Task: Pump service\nDuration: " + v + "\nBreak: 15 minutes\n", {"task": "Pump service", "duration": 120},
     "BASE", False) for s, v in r117_rare_d])
for s, v in r117_rare_d:
    r117_single("d-" + s, r117_dur, r117_durI + "Task: Valve check\nDuration: " + v + "\nBreak: 15 minutes\n",
                {"task": "Valve check", "duration": 2}, {"task": "Valve check", "duration": 120})

r117_tmp = S({"oven": "string", "temp": "number"}, desc={"temp": "temperature in °C"})
r117_tmpI = "Extract oven and temp as JSON.\n\nText:\n"
for s, v in [("F", "212 °F"), ("F2", "212 F"), ("Fsym", "212℉"), ("degF", "212 deg F"), ("fahr", "212 Fahrenheit"),
             ("degs", "212°")]:
    r117_single("t-" + s, r117_tmp, r117_tmpI + "Oven: K2\nTemp: " + v + "\nRoom: 20 °C\n",
                {"oven": "K2", "temp": 212}, {"oven": "K2", "temp": 100})

# ------------------------------------------------------------- G. per mille, basis points, fractions
r117_int = S({"loan": "string", "interest_percent": "number"})
r117_intI = "Extract loan and interest_percent as JSON.\n\nText:\n"
r117_intT = "Loan: L-77\nInterest: {v}\n"
r117_group("pct", r117_int, r117_intI + r117_intT.format(v="2.5%"), {"loan": "L-77", "interest_percent": 2.5}, [
    ("pm", r117_intI + r117_intT.format(v="2.5‰"), {"loan": "L-77", "interest_percent": 0.25}, "BASE", False),
    ("pm2", r117_intI + r117_intT.format(v="2.5 per mille"), {"loan": "L-77", "interest_percent": 0.25}, "BASE", False),
    ("bp", r117_intI + r117_intT.format(v="2.5 bp"), {"loan": "L-77", "interest_percent": 0.025}, "BASE", False),
    ("bps", r117_intI + r117_intT.format(v="2.5 bps"), {"loan": "L-77", "interest_percent": 0.025}, "BASE", False),
    ("pmy", r117_intI + r117_intT.format(v="2.5% p.m."), {"loan": "L-77", "interest_percent": 2.5}, None, True),
    ("pmd", r117_intI + r117_intT.format(v="2.5‱"), {"loan": "L-77", "interest_percent": 0.025}, "BASE", False),
    ("frac", r117_intI + r117_intT.format(v="0.025"), {"loan": "L-77", "interest_percent": 2.5},
     {"loan": "L-77", "interest_percent": 0.025}, False),
])
for s, v, e in [("pm", "2.5‰", 0.25), ("bp", "250 bp", 2.5), ("bps", "250bps", 2.5), ("pmd", "25‱", 0.25),
                ("pro", "2.5 Promille", 0.25), ("promil", "2,5 promille", 0.25)]:
    wrong_v = float(v.replace(",", ".").split()[0].rstrip("‰‱bps")) if v[0].isdigit() else 2.5
    r117_single("pct-" + s, r117_int, r117_intI + r117_intT.format(v=v).replace("L-77", "L-91"),
                {"loan": "L-91", "interest_percent": r117_num(wrong_v)}, {"loan": "L-91", "interest_percent": e})

# ------------------------------------------------------------- H. line items in a table, column heading changes
r117_ord = {"type": "object", "properties": {
    "order": {"type": "string"},
    "lines": {"type": "array", "items": {"type": "object", "properties": {
        "sku": {"type": "string"}, "pieces": {"type": "integer"}},
        "required": ["sku", "pieces"], "additionalProperties": False}}},
    "required": ["order", "lines"], "additionalProperties": False}
r117_ordI = "Extract the order and its lines (sku, pieces) as JSON.\n\nText:\n"
r117_ordT = "Order: PO-5521\n\n| SKU | {h} |\n|---|---|\n| A-100 | 2 |\n| B-200 | 5 |\n"
r117_ordE = lambda m: {"order": "PO-5521", "lines": [{"sku": "A-100", "pieces": 2 * m}, {"sku": "B-200", "pieces": 5 * m}]}
r117_group("ord", r117_ord, r117_ordI + r117_ordT.format(h="Pieces"), r117_ordE(1), [
    ("dz", r117_ordI + r117_ordT.format(h="Dozens"), r117_ordE(12), "BASE", False),
    ("box", r117_ordI + r117_ordT.format(h="Boxes of 10"), r117_ordE(10), "BASE", False),
    ("pairs", r117_ordI + r117_ordT.format(h="Pairs"), r117_ordE(2), "BASE", False),
    ("gross", r117_ordI + r117_ordT.format(h="Gross"), r117_ordE(144), "BASE", False),
    ("pcsx10", r117_ordI + r117_ordT.format(h="Pieces (×10)"), r117_ordE(10), "BASE", False),
    ("ftr", r117_ordI + r117_ordT.format(h="Pieces") + "\nQuantities are in dozens.\n", r117_ordE(12), "BASE", False),
    ("safe-para", "Please give the order and its lines (sku, pieces) as JSON.\n\nText:\n" + r117_ordT.format(h="Pieces"),
     r117_ordE(1), None, True),
])
r117_ordT2 = "Order: PO-5521\nLine 1: A-100, {a}\nLine 2: B-200, 5 pcs\n"
r117_group("ord2", r117_ord, r117_ordI + r117_ordT2.format(a="2 pcs"),
           {"order": "PO-5521", "lines": [{"sku": "A-100", "pieces": 2}, {"sku": "B-200", "pieces": 5}]}, [
    (s, r117_ordI + r117_ordT2.format(a=a), {"order": "PO-5521", "lines": [{"sku": "A-100", "pieces": e}, {"sku": "B-200", "pieces": 5}]},
     "BASE", False) for s, a, e in [("dz", "2 dz", 24), ("doz", "2 doz.", 24), ("pr", "2 pairs", 4), ("gr", "2 gross", 288),
                                    ("box", "2 boxes of 6", 12), ("x6", "2×6 pcs", 12), ("pk", "2 six-packs", 12)]])
for s, a, e in [("dz", "2 dz", 24), ("gross", "2 gross", 288), ("score", "2 score", 40), ("pr", "2 pairs", 4)]:
    r117_single("ord-" + s, r117_ord, r117_ordI + r117_ordT2.format(a=a).replace("PO-5521", "PO-6002"),
                {"order": "PO-6002", "lines": [{"sku": "A-100", "pieces": 2}, {"sku": "B-200", "pieces": 5}]},
                {"order": "PO-6002", "lines": [{"sku": "A-100", "pieces": e}, {"sku": "B-200", "pieces": 5}]})

# ------------------------------------------------------------- I. nested object, unit in the parent's heading
r117_nest = {"type": "object", "properties": {
    "ship": {"type": "string"},
    "cargo": {"type": "object", "properties": {"mass_t": {"type": "number"}, "teu": {"type": "integer"}},
              "required": ["mass_t", "teu"], "additionalProperties": False}},
    "required": ["ship", "cargo"], "additionalProperties": False}
r117_nestI = "Extract ship and cargo (mass_t, teu) as JSON.\n\nText:\n"
r117_nestT = "Ship: MV Nordkapp\nCargo{h}\n  Mass: 840\n  TEU: 56\n"
r117_group("nest", r117_nest, r117_nestI + r117_nestT.format(h=" (t):"), {"ship": "MV Nordkapp", "cargo": {"mass_t": 840, "teu": 56}}, [
    ("kg", r117_nestI + r117_nestT.format(h=" (kg):"), {"ship": "MV Nordkapp", "cargo": {"mass_t": 0.84, "teu": 56}}, "BASE", False),
    ("kt", r117_nestI + r117_nestT.format(h=" (kt):"), {"ship": "MV Nordkapp", "cargo": {"mass_t": 840000, "teu": 56}}, "BASE", False),
    ("lt", r117_nestI + r117_nestT.format(h=" (x1000 t):"), {"ship": "MV Nordkapp", "cargo": {"mass_t": 840000, "teu": 56}}, "BASE", False),
    ("safe-para", "Please give ship and cargo (mass_t, teu) as JSON.\n\nText:\n" + r117_nestT.format(h=" (t):"),
     {"ship": "MV Nordkapp", "cargo": {"mass_t": 840, "teu": 56}}, None, True),
])
r117_single("nest-kg", r117_nest, r117_nestI + r117_nestT.format(h=" (kg):").replace("Nordkapp", "Sørkapp"),
            {"ship": "MV Sørkapp", "cargo": {"mass_t": 840, "teu": 56}}, {"ship": "MV Sørkapp", "cargo": {"mass_t": 0.84, "teu": 56}})

# ============================================================= wave 2 (after the first run): scale words that
# read as units ("$750MM" was read as 750 mm and served from the cache), negatives on a stored base
r117_scale2 = [
    ("MMg", "750MM", 750 * r117_M), ("mmg", "750mm", 750 * r117_M), ("usdmm", "$750mm", 750 * r117_M), ("usdmms", "$750 mm", 750 * r117_M),
    ("usdMMs", "$750 MM", 750 * r117_M), ("USDMM", "USD 750MM", 750 * r117_M), ("USDmm", "USD 750mm", 750 * r117_M),
    ("MMUSD", "750 MM USD", 750 * r117_M), ("eurMM", "€750MM", 750 * r117_M), ("gbpmm", "£750mm", 750 * r117_M),
    ("MMcur", "750MMUSD", 750 * r117_M), ("MMdol", "750MM$", 750 * r117_M), ("MMdolls", "750MM dollars", 750 * r117_M),
    ("nokMM", "NOK 750MM", 750 * r117_M), ("MMeur", "750 MM EUR", 750 * r117_M),
    ("MMM", "$750MMM", 750 * r117_B), ("MMMs", "750 MMM", 750 * r117_B),
    ("w", "750w", 7500000), ("W", "750W", 7500000), ("Ws", "750 W", 7500000), ("yw", "¥750w", 7500000),
    ("rmbw", "750w RMB", 7500000), ("wyuan", "750w元", 7500000),
    ("L", "₹750 L", 75000000), ("Lg", "₹750L", 75000000), ("Ls", "750 L", 75000000), ("lac", "750 lac", 75000000),
    ("lacs", "750 lacs", 75000000), ("inrL", "INR 750 L", 75000000), ("lakhs", "750 lakhs", 75000000),
    ("T", "$750T", 750 * 10**12), ("Ts", "$750 T", 750 * 10**12), ("tn", "$750tn", 750 * 10**12),
    ("tns", "$750 tn", 750 * 10**12), ("trn", "$750trn", 750 * 10**12), ("tril", "$750 tril.", 750 * 10**12),
    ("mil", "R$ 750 mil", 750 * r117_K), ("mil2", "750 mil reais", 750 * r117_K), ("mil3", "750 mil euros", 750 * r117_K),
    ("mil4", "750 mil €", 750 * r117_K), ("mil5", "US$750 mil", 750 * r117_M),
    ("G", "$750G", 750 * r117_K), ("Gs", "750 G", 750 * r117_K),
    ("tkr", "750 t kr", 750 * r117_K), ("tkr2", "750 t.kr.", 750 * r117_K), ("tSEK", "750 t SEK", 750 * r117_K),
    ("tEUR", "750 t EUR", 750 * r117_K), ("kEUR", "750 k EUR", 750 * r117_K), ("MEUR", "750 M EUR", 750 * r117_M),
    ("kk", "750kk", 750 * r117_M), ("kkr", "750 кк", 750 * r117_M), ("rb", "Rp 750rb", 750 * r117_K), ("jt", "Rp 750jt", 750 * r117_M),
    ("cr2", "750 cr", 7500000000), ("Crs", "750 Crs", 7500000000), ("arab", "750 arab", 75 * 10**9),
    ("man", "750万円", 7500000), ("eok", "750억", 75 * 10**9), ("man2", "750 man yen", 7500000),
    ("hund", "7.5 C", 750), ("mmk", "750 MMK", 750 * r117_M),
]
r117_group("sc2", r117_bud, r117_budI + r117_budT.format(v="750"), {"project": "Harbour Lights", "budget": 750}, [
    (s, r117_budI + r117_budT.format(v=v), {"project": "Harbour Lights", "budget": e}, "BASE", False)
    for s, v, e in r117_scale2 if "750" in v] + [
    ("safe-para", "Return project and budget as a JSON object.\n\nText:\n" + r117_budT.format(v="750"),
     {"project": "Harbour Lights", "budget": 750}, None, True),
    ("safe-usd", r117_budI + r117_budT.format(v="$750"), {"project": "Harbour Lights", "budget": 750}, None, True),
    ("safe-usd2", r117_budI + r117_budT.format(v="USD 750"), {"project": "Harbour Lights", "budget": 750}, None, True),
])
for s, v, e in r117_scale2:
    if "750" not in v:
        continue
    r117_single("sc2-" + s, r117_bud, "Return project and budget as JSON.\n\nText:\n"
                + r117_budT.format(v=v).replace("Harbour Lights", "Quay Renewal"),
                {"project": "Quay Renewal", "budget": 750}, {"project": "Quay Renewal", "budget": e})

# other members where a scale word reads as a unit
r117_deal = S({"buyer": "string", "deal_value": "integer"})
r117_dealI = "Extract buyer and deal_value as JSON.\n\nText:\n"
r117_dealT = "Buyer: Nordic Capital\nDeal value: {v}\n"
r117_group("deal", r117_deal, r117_dealI + r117_dealT.format(v="$420"), {"buyer": "Nordic Capital", "deal_value": 420}, [
    (s, r117_dealI + r117_dealT.format(v=v), {"buyer": "Nordic Capital", "deal_value": e}, "BASE", False)
    for s, v, e in [("MM", "$420MM", 420 * r117_M), ("mm", "$420mm", 420 * r117_M), ("mms", "$420 mm", 420 * r117_M),
                    ("MMM", "$420MMM", 420 * r117_B), ("tn", "$420tn", 420 * 10**12), ("T", "$420T", 420 * 10**12),
                    ("G", "$420G", 420 * r117_K), ("mil", "US$420 mil", 420 * r117_M)]] + [
    ("safe-para", "Please return buyer and deal_value as JSON.\n\nText:\n" + r117_dealT.format(v="$420"),
     {"buyer": "Nordic Capital", "deal_value": 420}, None, True)])
r117_single("deal-MM", r117_deal, r117_dealI + "Buyer: Summa Equity\nDeal value: $385MM\nClosing: Q3\n",
            {"buyer": "Summa Equity", "deal_value": 385}, {"buyer": "Summa Equity", "deal_value": 385000000})
r117_single("deal-mm", r117_deal, r117_dealI + "Buyer: Summa Equity\nDeal value: US$385mm (cash)\n",
            {"buyer": "Summa Equity", "deal_value": 385}, {"buyer": "Summa Equity", "deal_value": 385000000})
r117_single("deal-mm2", r117_deal, "Pull buyer and deal_value from the term sheet as JSON.\n\nText:\nBuyer: EQT\nDeal value: USD 1,250mm\n",
            {"buyer": "EQT", "deal_value": 1250}, {"buyer": "EQT", "deal_value": 1250000000})
r117_single("deal-w", r117_deal, r117_dealI + "Buyer: 华润置地\nDeal value: 385w\n",
            {"buyer": "华润置地", "deal_value": 385}, {"buyer": "华润置地", "deal_value": 3850000})
r117_single("deal-L", r117_deal, r117_dealI + "Buyer: Tata Steel\nDeal value: ₹385 L\n",
            {"buyer": "Tata Steel", "deal_value": 385}, {"buyer": "Tata Steel", "deal_value": 38500000})
r117_single("deal-tn", r117_deal, r117_dealI + "Buyer: Saudi Aramco\nDeal value: $1.2tn\n",
            {"buyer": "Saudi Aramco", "deal_value": 1}, {"buyer": "Saudi Aramco", "deal_value": 1200000000000})

# negatives on a base that is stored (variance, integer)
r117_var = S({"project": "string", "variance": "integer"})
r117_varI = "Extract project and variance as JSON.\n\nText:\n"
r117_varT = "Project: Harbour Lights\nVariance: {v}\n"
r117_neg2 = [("paren", "(750)"), ("tri", "▲750"), ("trail", "750-"), ("trailu", "750−"), ("umin", "−750"),
             ("endash", "–750"), ("emdash", "—750"), ("fwm", "－750"), ("smallm", "﹣750"), ("angle", "<750>"),
             ("minp", "750 (minus)"), ("trailsp", "750 -"), ("neg", "neg. 750"), ("fwpar", "（750）"),
             ("hyph", "‐750"), ("minusw", "minus 750"), ("under", "750 under budget"), ("dr", "750 DR"),
             ("red", "750 (red)"), ("ucr", "750 Cr"), ("mpref", "-/- 750")]
r117_group("neg2", r117_var, r117_varI + r117_varT.format(v="750"), {"project": "Harbour Lights", "variance": 750}, [
    (s, r117_varI + r117_varT.format(v=v), {"project": "Harbour Lights", "variance": -750}, "BASE", False)
    for s, v in r117_neg2 if s not in ("under", "dr", "red", "ucr")] + [
    ("safe-para", "Please give project and variance as JSON.\n\nText:\n" + r117_varT.format(v="750"),
     {"project": "Harbour Lights", "variance": 750}, None, True),
    ("safe-plus", r117_varI + r117_varT.format(v="+750"), {"project": "Harbour Lights", "variance": 750}, None, True),
])
for s, v in r117_neg2:
    if s in ("under", "dr", "red", "ucr"):
        continue  # arguable sign conventions: left out
    r117_single("neg2-" + s, r117_var, "Return project and variance as JSON.\n\nText:\n"
                + r117_varT.format(v=v).replace("Harbour Lights", "Quay Renewal"),
                {"project": "Quay Renewal", "variance": 750}, {"project": "Quay Renewal", "variance": -750})

# ============================================================= wave 3: the shapes that got through in other
# members and domains, and units whose prefix is a scale (mcg/µg, us/µs, ppb, Mbbl, kt)
def r117_dom(key, schema, inst, tpl, base_v, base_e, variants, single_names):
    """variants: (suffix, value text, expected member value); tpl has {v} and {n} (the record's name)."""
    k1, k2 = list(schema["properties"])
    n0, n1 = single_names
    r117_group(key, schema, inst + tpl.format(v=base_v, n=n0), {k1: n0, k2: base_e}, [
        (s, inst + tpl.format(v=v, n=n0), {k1: n0, k2: e}, "BASE", False) for s, v, e, _w in variants] + [
        ("safe-para", inst.replace("Extract", "Please return") + tpl.format(v=base_v, n=n0), {k1: n0, k2: base_e}, None, True)])
    for s, v, e, w in variants:
        r117_single(key + "-" + s, schema, inst.replace("Extract", "Return") + tpl.format(v=v, n=n1), {k1: n1, k2: w}, {k1: n1, k2: e})


r117_dom("mcap", S({"company": "string", "market_cap": "number"}), "Extract company and market_cap as JSON.\n\nText:\n",
         "Company: {n}\nMarket cap: {v}\n", "2.1", 2.1, [
             ("T", "$2.1T", 2100000000000, 2.1), ("Ts", "$2.1 T", 2100000000000, 2.1), ("TUSD", "2.1 T USD", 2100000000000, 2.1),
             ("MM", "$2.1MM", 2100000, 2.1), ("mm", "$2.1mm", 2100000, 2.1), ("MMs", "USD 2.1 MM", 2100000, 2.1),
             ("G", "$2.1G", 2100, 2.1), ("L", "₹2.1 L", 210000, 2.1), ("tkr", "2.1 t SEK", 2100, 2.1)],
         ("Contoso Corp", "Fabrikam Inc"))
r117_dom("sal", S({"employee": "string", "salary": "integer"}), "Extract employee and salary as JSON.\n\nText:\n",
         "Employee: {n}\nSalary: {v}\n", "95", 95, [
             ("G", "$95G", 95000, 95), ("Gs", "95 G", 95000, 95), ("L", "₹95 L", 9500000, 95), ("Ls", "95 L INR", 9500000, 95),
             ("tsek", "95 t SEK", 95000, 95), ("teur", "95 t EUR", 95000, 95), ("tnok", "95 t NOK", 95000, 95),
             ("MM", "$95MM", 95000000, 95), ("mm", "95mm USD", 95000000, 95)],
         ("Ada Berg", "Ola Dahl"))
r117_dom("loan", S({"borrower": "string", "principal": "number"}), "Extract borrower and principal as JSON.\n\nText:\n",
         "Borrower: {n}\nPrincipal: {v}\n", "4.5", 4.5, [
             ("MM", "$4.5MM", 4500000, 4.5), ("mm", "$4.5mm", 4500000, 4.5), ("MMs", "USD 4.5 MM", 4500000, 4.5),
             ("T", "$4.5T", 4500000000000, 4.5), ("L", "₹4.5 L", 450000, 4.5), ("G", "$4.5G", 4500, 4.5),
             ("tdkk", "4.5 t DKK", 4500, 4.5), ("MMcad", "C$4.5MM", 4500000, 4.5)],
         ("Fjord Shipping AS", "Lofoten Fisk AS"))
r117_dom("pop", S({"city": "string", "population": "integer"}), "Extract city and population as JSON.\n\nText:\n",
         "City: {n}\nPopulation: {v}\n", "12", 12, [
             ("L", "12 L", 1200000, 12), ("MM", "12 MM", 12000000, 12), ("T", "12 T", 12000, 12), ("lac", "12 lac", 1200000, 12)],
         ("Pune", "Nagpur"))
r117_dom("dose", S({"drug": "string", "dose_mg": "number"}), "Extract drug and dose_mg as JSON.\n\nText:\n",
         "Drug: {n}\nDose: {v}\n", "750 mg", 750, [
             ("mcg", "750 mcg", 0.75, 750), ("ug", "750 µg", 0.75, 750), ("ug2", "750 ug", 0.75, 750),
             ("mu", "750 μg", 0.75, 750), ("gamma", "750 γ", 0.75, 750), ("g", "750 g", 750000, 750),
             ("ng", "750 ng", 0.00075, 750), ("cg", "750 cg", 7500, 750)],
         ("Amoxicillin", "Paracetamol"))
r117_dom("lat", S({"service": "string", "latency_ms": "number"}), "Extract service and latency_ms as JSON.\n\nText:\n",
         "Service: {n}\nLatency: {v}\n", "750 ms", 750, [
             ("us", "750 us", 0.75, 750), ("mus", "750 µs", 0.75, 750), ("mus2", "750 μs", 0.75, 750),
             ("ns", "750 ns", 0.00075, 750), ("s", "750 s", 750000, 750), ("usec", "750 usec", 0.75, 750),
             ("Ms", "750 Ms", 750000000000, 750)],
         ("checkout-api", "search-api"))
r117_dom("lead", S({"sample": "string", "lead_ppm": "number"}), "Extract sample and lead_ppm as JSON.\n\nText:\n",
         "Sample: {n}\nLead: {v}\n", "750 ppm", 750, [
             ("ppb", "750 ppb", 0.75, 750), ("ppt", "750 ppt", 0.00075, 750), ("ugkg", "750 µg/kg", 0.75, 750),
             ("mgkg", "750 mg/kg", 750, 750), ("pct", "750 %", 7500000, 750)],
         ("W-17", "W-18"))
r117_dom("oil", S({"field": "string", "output_bbl": "integer"}), "Extract field and output_bbl as JSON.\n\nText:\n",
         "Field: {n}\nOutput: {v}\n", "750 bbl", 750, [
             ("Mbbl", "750 Mbbl", 750000, 750), ("MMbbl", "750 MMbbl", 750000000, 750), ("kbbl", "750 kbbl", 750000, 750),
             ("Mb", "750 Mb", 750000, 750), ("MMb", "750 MMb", 750000000, 750), ("kb", "750 kb/d", 750000, 750)],
         ("Johan Sverdrup", "Troll"))
r117_dom("cargo", S({"ship": "string", "cargo_t": "integer"}), "Extract ship and cargo_t as JSON.\n\nText:\n",
         "Ship: {n}\nCargo: {v}\n", "750 t", 750, [
             ("kt", "750 kt", 750000, 750), ("Mt", "750 Mt", 750000000, 750), ("kg", "750 kg", 1, 750),
             ("ktonnes", "750 ktonnes", 750000, 750), ("Tt", "750 tt", 750000, 750)],
         ("MV Nordkapp", "MV Sørkapp"))

# ============================================================= wave 4: the same scale words on the rewrite path
# (another number), and stated once for the record (label, heading, footer, table heading)
r117_group("rw", r117_bud, r117_budI + r117_budT.format(v="750"), {"project": "Harbour Lights", "budget": 750}, [
    (s, r117_budI + r117_budT.format(v=v), {"project": "Harbour Lights", "budget": e}, {"project": "Harbour Lights", "budget": w}, False)
    for s, v, e, w in [("MM", "$900MM", 900 * r117_M, 900), ("mm", "$900mm", 900 * r117_M, 900), ("MMs", "USD 900 MM", 900 * r117_M, 900),
                       ("T", "$900T", 900 * 10**12, 900), ("L", "₹900 L", 90000000, 900), ("G", "$900G", 900 * r117_K, 900),
                       ("tsek", "900 t SEK", 900 * r117_K, 900), ("Ls", "900 L INR", 90000000, 900)]] + [
    ("safe-num", r117_budI + r117_budT.format(v="900"), {"project": "Harbour Lights", "budget": 900}, None, True)])
r117_scopes = [
    ("lbl", "Project: {n}\nBudget ($MM): 750\n", 750 * r117_M), ("lbl2", "Project: {n}\nBudget (USD mm): 750\n", 750 * r117_M),
    ("lbl3", "Project: {n}\nBudget in $MM: 750\n", 750 * r117_M), ("lbl4", "Project: {n}\nBudget, $mm: 750\n", 750 * r117_M),
    ("lbl5", "Project: {n}\nBudget [$MM]: 750\n", 750 * r117_M), ("lbl6", "Project: {n}\nBudget $MM: 750\n", 750 * r117_M),
    ("lbl7", "Project: {n}\nBudget (₹ L): 750\n", 75000000), ("lbl8", "Project: {n}\nBudget (t SEK): 750\n", 750 * r117_K),
    ("lbl9", "Project: {n}\nBudget ($T): 750\n", 750 * 10**12),
    ("ftr", "Project: {n}\nBudget: 750\nAll figures in $MM.\n", 750 * r117_M), ("ftr2", "Project: {n}\nBudget: 750\nFigures in USD mm\n", 750 * r117_M),
    ("ftr3", "Project: {n}\nBudget: 750\n(₹ in L)\n", 75000000), ("hdr", "USD MM\nProject: {n}\nBudget: 750\n", 750 * r117_M),
    ("hdr2", "Amounts: $MM\nProject: {n}\nBudget: 750\n", 750 * r117_M), ("cur", "Project: {n}\nCurrency: USD MM\nBudget: 750\n", 750 * r117_M),
    ("tab", "| Project | Budget ($MM) |\n|---|---|\n| {n} | 750 |\n", 750 * r117_M),
    ("tab2", "| Project | Budget |\n|---|---|\n| {n} | 750 |\n\n$MM\n", 750 * r117_M),
    ("csv", "project,budget_usd_mm\n{n},750\n", 750 * r117_M),
]
for s, t, e in r117_scopes:
    r117_single("scope-" + s, r117_bud, "Return project and budget as JSON.\n\nText:\n" + t.format(n="Pier Nine"),
                {"project": "Pier Nine", "budget": 750}, {"project": "Pier Nine", "budget": e})

# the arguable ones (marked, kept apart in REPORT.md): "G" as grand, "t" + currency code as thousands,
# population in "12 L", "12 MM", "12 T"
r117_arguable = {"d117-sc2-G", "d117-s-sc2-G", "d117-s-sc2-Gs", "d117-mcap-G", "d117-s-mcap-G", "d117-sal-G",
                 "d117-s-sal-G", "d117-s-sal-Gs", "d117-loan-G", "d117-s-loan-G", "d117-rw-G",
                 "d117-s-sc2-tSEK", "d117-s-sc2-tEUR", "d117-s-mcap-tkr", "d117-s-sal-tsek", "d117-s-sal-teur",
                 "d117-s-sal-tnok", "d117-s-loan-tdkk", "d117-rw-tsek", "d117-s-scope-lbl8",
                 "d117-s-pop-L", "d117-s-pop-MM", "d117-s-pop-T", "d117-s-sc2-Ls", "d117-pop-L", "d117-pop-MM", "d117-pop-T"}

# ============================================================= wave 5: a scale stated once for the record in the
# shapes that got through (a "Currency:" or "Amounts:" field, a label "Budget in X"), other scale spellings
r117_sc5 = [("MMusd", "$MM", 750 * r117_M), ("usdmm", "USD mm", 750 * r117_M), ("mmusd", "MMUSD", 750 * r117_M), ("usdm", "USD m", 750 * r117_M),
            ("mn", "$mn", 750 * r117_M), ("kusd", "kUSD", 750 * r117_K), ("musd", "MUSD", 750 * r117_M), ("k", "$K", 750 * r117_K),
            ("bn", "$bn", 750 * r117_B), ("T", "$T", 750 * 10**12), ("L", "₹ L", 75000000), ("msek", "MSEK", 750 * r117_M),
            ("mkr", "mkr", 750 * r117_M), ("eurm", "EURm", 750 * r117_M), ("tsd", "Tsd. €", 750 * r117_K)]
for s, tok, e in r117_sc5:
    for pos, t in [("cur", "Project: {n}\nCurrency: {t}\nBudget: 750\n"), ("amt", "Amounts: {t}\nProject: {n}\nBudget: 750\n")]:
        r117_single("sc5-%s-%s" % (pos, s), r117_bud, "Return project and budget as JSON.\n\nText:\n" + t.format(n="Dock Seven", t=tok),
                    {"project": "Dock Seven", "budget": 750}, {"project": "Dock Seven", "budget": e})

# ============================================================= wave 6: the scale as a "Unit:"/"Units:" field (explored
# beside "Figures:", "Values in", "Denomination:", "Scale:", "Reporting currency:", a bare line, "(in …)": those held)
for s, lt, tok, e in [("unit-usdm", "Unit: {t}", "USD m", 750 * r117_M), ("unit-k", "Unit: {t}", "$K", 750 * r117_K),
                      ("unit-MM", "Unit: {t}", "$MM", 750 * r117_M), ("units-usdm", "Units: {t}", "USD m", 750 * r117_M),
                      ("units-k", "Units: {t}", "$K", 750 * r117_K), ("units-MM", "Units: {t}", "$MM", 750 * r117_M)]:
    r117_single("sc6-" + s, r117_bud, "Return project and budget as JSON.\n\nText:\n" + lt.format(t=tok)
                + "\nProject: Dock Seven\nBudget: 750\n", {"project": "Dock Seven", "budget": 750},
                {"project": "Dock Seven", "budget": e})


# every module-level name of this file starts with r117_ (loop variables removed)
for r117_n in [r117_x for r117_x in list(globals()) if not r117_x.startswith(("r117_", "__"))
               and r117_x not in ("json", "os", "sys", "P", "S", "J", "E", "open_probe")]:
    del globals()[r117_n]
del r117_n
