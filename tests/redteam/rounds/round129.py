"""Red-team round 129 (black box, stepcache-s45): SCALES AND UNITS as finance, logistics, science and other languages
write them, beside json_extract members whose name, description or title implies a unit or a plain number.
7,500 probes (2,414 pairs on as many stored bases, 2,672 singles, 37 safe variants), run --runs 2 on one store, then
every item that failed alone on a fresh store (REPORT.md, alone.txt).
Tried and held: a scale line for the record as header, footer, markdown heading, footnote marker, table or CSV header,
parenthesis after the record's title, in ~100 wordings and 20 languages ("All figures in thousands", "(EUR '000)",
"TEUR", "k€", "Mio. €", "Mrd.", "(Rs. in lakhs)", "(₹ crore)", "单位：千元", "（単位：百万円）", "(в тыс. руб.)",
"Bedragen x € 1.000", "Belopp i tkr" ...); the same words as a "Unit:"/"Amounts:" field, after the value, after a
colon, slash or tab; a scale word in parentheses or brackets after the label ("Amount (ezer Ft)", "[tkr]"); scale words
in the member's key (revenue_k, revenue_mn, revenue_lakh, revenue_x1000 ...), description or title (also CJK units with
元/円/원 text); units of another size beside a key naming its unit in 15 languages and scripts (小时, Std., godz., т,
吨, lb, Zoll, 英里, °F, ct, 欧分, MWh, ha, 亩, knots ...); counts in dozens/gross/Schock/打/ダース/тыс./万/lakh as values;
count scale lines; per cent vs fraction members (%, per cent, vH, Prozent, ‰, bp); per month vs per year members;
cents vs major units; a stored unit line changed (kg -> lb, °C -> °F, min -> h); a scale in the instruction or the
schema root; native-language statement labels ("Выручка, тыс. руб.", "Umsatz TEUR": held because the label does not
name the member).
What got through (368 items confirmed alone: 174 pairs, 194 singles; 50 more arguable):
(1) A SCALE WORD AFTER THE LABEL, NOT IN BRACKETS, THAT THE CHECKS DO NOT KNOW: "Amount ezer forint: 1250",
"Amount miljoonaa euroa: 1250", "Amount bin TL: 1250", "Amount tis. Kč: 1250", "Amount mii lei: 1250", "Amount χιλ. €",
"Amount אלפי ש\"ח", "Amount بالآلاف", "Amount тис. грн" / "тыс. тенге" / "хил. лв.", "Amount triệu đồng", "Amount Rp
juta", "Amount ล้านบาท", "Amount लाख रुपये", "Amount elfu", "Amount 1E3 €", "Amount kiloeuros", "Amount thou.", "thsd",
"kkr", "TEuro", "Rs Cr", "lacs", "centenas", "Milliarden €"; the same after a comma ("Amount, χιλ. €: 1250") or a
dash ("Amount - MFt: 1250", "Amount – milli"), and a "Unit: χιλ. €" field: the unscaled 1250 stored and served
(pairs: a stored "Amount: 1250" reused for the scaled variant);
(2) COUNT SCALES AFTER A QUANTITY LABEL: "Qty doz: 3", "Quantity gross: 3", "Qty dz", "Qty Dtz.", "Qty score",
"Qty Schock", "Qty great gross", "Qty thou.", "Qty C", "Qty 打", "Qty ダース", "Qty дюж.", "Qty тыс. шт.", "Qty 千个",
"Qty bin adet", "Qty pr" -> the quantity 3 stored and served;
(3) OTHER MEMBERS: "Budget juta: 2.5", "Budget milj.", "Budget triệu", "Budget millió", "Budget milyon", "Budget mld",
"Budget 亿", "Salary thou.: 85", "Salary LPA: 85", "Salary ezer Ft: 85".
Arguable (r129_arguable, family "…_arguable"): "千元"/"万元" as the description of a member whose text is in EUR
(another currency); packs, cases, cartons, pallets, pairs (no single count); "dz", "gro.", "C", "M", "mil.", "bin".
Adds its probes to probe_kit.P."""
import json as r129_json
import re as r129_re

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r129_pairs = []     # (base id, variant id)
r129_singles = []   # ids
r129_safe = []      # variant ids
r129_arguable = set()
r129_bases = {}     # prompt+schema -> id
r129_used = set()

r129_NAMES = ["Atlas", "Borea", "Cirrus", "Delta", "Ember", "Fjord", "Gale", "Harbor", "Indigo", "Juniper", "Kestrel",
              "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quarry", "Rook", "Summit", "Tundra", "Umber", "Vesta",
              "Willow", "Xenon", "Yarrow", "Zephyr", "Aspen", "Birch", "Cedar", "Dune", "Elm", "Flint", "Garnet",
              "Hazel", "Iris", "Jasper", "Kelp", "Larch", "Maple", "Nova", "Oak", "Pine", "Quill", "Reed", "Sage",
              "Thorn", "Ursa", "Vale", "Wren", "Yew"]
r129_cnt = [0]


def r129_name():
    r129_cnt[0] += 1
    n = r129_cnt[0]
    return "%s %d" % (r129_NAMES[n % len(r129_NAMES)], 100 + n)


def r129_n(x):
    if isinstance(x, float) and x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


def r129_fix(e):
    return {k: r129_n(v) for k, v in e.items()}


def r129_base(sch, pr, e):
    k = pr + "\x00" + r129_json.dumps(sch, sort_keys=True)
    if k not in r129_bases:
        bid = "d129-b%d" % len(r129_bases)
        r129_bases[k] = bid
        J(bid, "r129_base", pr, sch, r129_fix(e), [r129_fix(e)])
    return r129_bases[k]


def r129_pair(tag, fam, sch_b, pr_b, e_b, sch_v, pr_v, e_v, arg=False, safe=False):
    assert (pr_v, r129_json.dumps(sch_v, sort_keys=True)) not in r129_used, tag
    r129_used.add((pr_v, r129_json.dumps(sch_v, sort_keys=True)))
    bid = r129_base(sch_b, pr_b, e_b)
    vid = "d129-p-" + tag
    if safe:
        J(vid, "r129_" + fam + "_safe", pr_v, sch_v, r129_fix(e_v), [r129_fix(e_v)], safe=True)
        r129_safe.append(vid)
    else:
        J(vid, "r129_" + fam + ("_arguable" if arg else ""), pr_v, sch_v, r129_fix(e_v),
          [r129_fix(e_b), r129_fix(e_v)])
        if arg:
            r129_arguable.add(vid)
    r129_pairs.append((bid, vid))


def r129_single(tag, fam, sch, pr, e, mis, arg=False):
    sid = "d129-s-" + tag
    J(sid, "r129_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, r129_fix(e),
      [r129_fix(mis), r129_fix(e), r129_fix(e)])
    r129_singles.append(sid)
    if arg:
        r129_arguable.add(sid)


def r129_tagify(s):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "_":
            out.append("_")
    t = "".join(out).strip("_")[:28]
    return t or "x"


r129_AMT = S({"item": "string", "amount": "number"})

# ---------------------------------------------------------------- A. a scale line for the record: header, footer,
# heading, label, table header. (cue, factor)
r129_CUES = [
    ("All figures in thousands.", 1e3), ("(EUR '000)", 1e3), ("EUR '000", 1e3), ("Figures in 000s", 1e3),
    ("in 000s", 1e3), ("(000s omitted)", 1e3), ("(000 omitted)", 1e3), ("($ in thousands)", 1e3),
    ("Dollars in thousands", 1e3), ("Amounts in TEUR", 1e3), ("Amounts in kEUR", 1e3), ("Amounts in k€", 1e3),
    ("Beträge in Tsd. €", 1e3), ("Angaben in T€", 1e3), ("Alle Angaben in TEUR", 1e3),
    ("Montants en milliers d'euros", 1e3), ("Importi in migliaia di euro", 1e3), ("Cifras en miles de euros", 1e3),
    ("Bedragen x € 1.000", 1e3), ("Bedragen in duizenden euro's", 1e3), ("Belopp i tkr", 1e3),
    ("Belopp i TSEK", 1e3), ("Beløp i NOK 1 000", 1e3), ("Beløp i hele tusen kroner", 1e3), ("Kwoty w tys. zł", 1e3),
    ("（単位：千円）", 1e3), ("单位：千元", 1e3), ("(в тыс. руб.)", 1e3), ("Summen in Tausend Euro", 1e3),
    ("Amounts are stated in thousands of US dollars.", 1e3), ("Values ×1000", 1e3),
    ("Multiply all figures by 1,000.", 1e3), ("Figures are in thousands unless stated otherwise.", 1e3),
    ("(in thousands, except per-share data)", 1e3), ("Amounts: '000", 1e3), ("GBP000", 1e3), ("£000", 1e3),
    ("$000s", 1e3), ("USD (000)", 1e3), ("EUR (thousands)", 1e3), ("CHF 1'000", 1e3), ("Tsd. CHF", 1e3),
    ("kr '000", 1e3), ("Figures in k", 1e3), ("in k$", 1e3), ("K USD", 1e3),
    ("(USD mn)", 1e6), ("USD m", 1e6), ("$MM", 1e6), ("in millions", 1e6), ("(€ millions)", 1e6),
    ("Mio. €", 1e6), ("in Mio. CHF", 1e6), ("Beträge in Mio. EUR", 1e6), ("MSEK", 1e6), ("Belopp i mkr", 1e6),
    ("Beløp i MNOK", 1e6), ("单位：百万元", 1e6), ("단위: 백만원", 1e6), ("(в млн руб.)", 1e6), ("（単位：百万円）", 1e6),
    ("£m", 1e6), ("EURm", 1e6), ("(dollars in millions)", 1e6), ("en millions d'euros", 1e6),
    ("in milioni di euro", 1e6), ("en millones de euros", 1e6), ("w mln zł", 1e6), ("miljoonaa euroa", 1e6),
    ("Figures in bn", 1e9), ("USD bn", 1e9), ("Beträge in Mrd. €", 1e9), ("en milliards d'euros", 1e9),
    ("单位：亿元", 1e8), ("単位：億円", 1e8), ("단위: 억원", 1e8), ("（单位：万元）", 1e4), ("単位：万円", 1e4),
    ("(Rs. in lakhs)", 1e5), ("₹ lakh", 1e5), ("(₹ crore)", 1e7), ("Rs. in crores", 1e7), ("(₹ in Cr.)", 1e7),
    ("Amounts in hundreds", 1e2), ("(in 100s)", 1e2), ("(單位：新台幣千元)", 1e3), ("ARS miles", 1e3),
    ("Valores em milhares de reais", 1e3), ("R$ mil", 1e3), ("tis. Kč", 1e3), ("v tisících Kč", 1e3),
    ("ezer Ft", 1e3), ("millió Ft", 1e6), ("bin TL", 1e3), ("Tutar (bin TL)", 1e3), ("× 10^3 EUR", 1e3),
    ("E3 EUR", 1e3), ("kilo-euros", 1e3), ("in thousand", 1e3), ("thousands", 1e3), ("000'", 1e3),
]
r129_PLACES = ["hdr", "ftr", "head", "lab", "tbl", "csv", "paren", "star"]
r129_few_places = {"hdr", "lab"}


def r129_scale_prompt(place, cue, name, val):
    ins = "Extract the item and amount as JSON.\n\n"
    if place == "hdr":
        return ins + "%s\nItem: %s\nAmount: %s\n" % (cue, name, val)
    if place == "ftr":
        return ins + "Item: %s\nAmount: %s\n%s\n" % (name, val, cue)
    if place == "head":
        return ins + "## Q3 budget %s\n\nItem: %s\nAmount: %s\n" % (cue, name, val)
    if place == "lab":
        return ins + "Item: %s\nAmount %s: %s\n" % (name, cue, val)
    if place == "tbl":
        return ins + "| Item | Amount %s |\n|---|---|\n| %s | %s |\n" % (cue, name, val)
    if place == "csv":
        return ins + "item;amount %s\n%s;%s\n" % (cue, name, val)
    if place == "paren":
        return ins + "Budget line %s\nItem: %s\nAmount: %s\n" % (cue, name, val)
    if place == "star":
        return ins + "Item: %s\nAmount*: %s\n\n* %s\n" % (name, val, cue)
    raise ValueError(place)


def r129_plain_prompt(place, name, val):
    ins = "Extract the item and amount as JSON.\n\n"
    if place == "tbl":
        return ins + "| Item | Amount |\n|---|---|\n| %s | %s |\n" % (name, val)
    if place == "csv":
        return ins + "item;amount\n%s;%s\n" % (name, val)
    return ins + "Item: %s\nAmount: %s\n" % (name, val)


for r129_i, (r129_cue, r129_f) in enumerate(r129_CUES):
    for r129_pl in r129_PLACES:
        if r129_i % 4 and r129_pl not in r129_few_places:
            continue
        r129_t = "A%d-%s-%s" % (r129_i, r129_pl, r129_tagify(r129_cue))
        r129_nm = r129_name()
        r129_pb = r129_plain_prompt(r129_pl, r129_nm, "1250")
        r129_pv = r129_scale_prompt(r129_pl, r129_cue, r129_nm, "1250")
        r129_pair(r129_t, "A_scale_" + r129_pl, r129_AMT, r129_pb, {"item": r129_nm, "amount": 1250},
                  r129_AMT, r129_pv, {"item": r129_nm, "amount": 1250 * r129_f},
                  arg=r129_cue in ("thousands", "000'", "in thousand"))
        r129_nm2 = r129_name()
        r129_ps = r129_scale_prompt(r129_pl, r129_cue, r129_nm2, "1250")
        r129_single(r129_t, "A_scale_" + r129_pl, r129_AMT, r129_ps, {"item": r129_nm2, "amount": 1250 * r129_f},
                    {"item": r129_nm2, "amount": 1250}, arg=r129_cue in ("thousands", "000'", "in thousand"))

# safe: an unrelated sentence above a stored plain record
for r129_i, r129_s in enumerate(["All figures are audited.", "Prepared by the finance team.", "Note: see page 2.",
                                 "Figures as of 30 June.", "(unaudited)", "Amounts in EUR", "Currency: EUR"]):
    r129_nm = r129_name()
    r129_pair("A-safe%d" % r129_i, "A_safe", r129_AMT, r129_plain_prompt("hdr", r129_nm, "1250"),
              {"item": r129_nm, "amount": 1250}, r129_AMT,
              "Extract the item and amount as JSON.\n\n%s\nItem: %s\nAmount: 1250\n" % (r129_s, r129_nm),
              {"item": r129_nm, "amount": 1250}, safe=True)

# ---------------------------------------------------------------- B. a scale in the member's key, description or title;
# the text gives the full number
r129_KEYS = [
    ("revenue_k", 1e3), ("revenue_thousands", 1e3), ("revenue_in_thousands", 1e3), ("revenue_000", 1e3),
    ("revenue_000s", 1e3), ("revenue_keur", 1e3), ("revenue_teur", 1e3), ("revenue_tsd", 1e3), ("umsatz_tsd_eur", 1e3),
    ("revenue_kusd", 1e3), ("revenue_tsek", 1e3), ("revenue_tkr", 1e3), ("revenueK", 1e3), ("revenueThousands", 1e3),
    ("revenue_mn", 1e6), ("revenue_mln", 1e6), ("revenue_mio", 1e6), ("revenue_m", 1e6), ("revenue_mm", 1e6),
    ("revenue_MM", 1e6), ("revenue_millions", 1e6), ("revenue_in_millions", 1e6), ("revenue_musd", 1e6),
    ("revenue_meur", 1e6), ("revenue_msek", 1e6), ("revenueMn", 1e6), ("revenue_usd_mn", 1e6), ("revenue_eur_m", 1e6),
    ("revenue_bn", 1e9), ("revenue_billions", 1e9), ("revenue_mrd", 1e9), ("revenue_lakh", 1e5),
    ("revenue_lakhs", 1e5), ("revenue_cr", 1e7), ("revenue_crore", 1e7), ("revenue_crores", 1e7),
    ("revenue_hundreds", 1e2), ("revenue_wan", 1e4), ("revenue_man_yen", 1e4), ("revenue_oku", 1e8),
    ("revenue_tys", 1e3), ("revenue_tyс_rub", 1e3), ("revenue_mil", 1e3), ("revenue_milj", 1e6),
    ("revenue_x1000", 1e3), ("revenue_e3", 1e3), ("revenue_1e6", 1e6), ("revenue_per_1000", 1e3),
]
for r129_i, (r129_k, r129_f) in enumerate(r129_KEYS):
    r129_t = "B%d-key-%s" % (r129_i, r129_tagify(r129_k))
    r129_sch = S({"item": "string", r129_k: "number"})
    r129_nm = r129_name()
    r129_pr = "Extract the item and revenue as JSON.\n\nItem: %s\nRevenue: 2,500,000,000\n" % r129_nm
    r129_single(r129_t, "B_key", r129_sch, r129_pr, {"item": r129_nm, r129_k: 2.5e9 / r129_f},
                {"item": r129_nm, r129_k: 2500000000}, arg=r129_k in ("revenue_mil", "revenue_m"))
    r129_nm = r129_name()
    r129_pr = "Give the revenue and the item as JSON.\n\nItem: %s\nRevenue: EUR 2500000000\n" % r129_nm
    r129_single(r129_t + "-b", "B_key", r129_sch, r129_pr, {"item": r129_nm, r129_k: 2.5e9 / r129_f},
                {"item": r129_nm, r129_k: 2500000000}, arg=r129_k in ("revenue_mil", "revenue_m"))

r129_DESCS = [
    ("in thousands", 1e3), ("in thousands of euros", 1e3), ("in EUR '000", 1e3), ("TEUR", 1e3), ("in TEUR", 1e3),
    ("kEUR", 1e3), ("k€", 1e3), ("in Tsd. €", 1e3), ("Tausend Euro", 1e3), ("in 000s", 1e3), ("'000", 1e3),
    ("thousand USD", 1e3), ("en milliers d'euros", 1e3), ("i tusen kroner", 1e3), ("tkr", 1e3), ("千元", 1e3),
    ("тыс. руб.", 1e3), ("in millions", 1e6), ("USD mn", 1e6), ("Mio. €", 1e6), ("EUR m", 1e6), ("$MM", 1e6),
    ("MSEK", 1e6), ("百万円", 1e6), ("млн руб.", 1e6), ("in billions", 1e9), ("Mrd. €", 1e9), ("bn", 1e9),
    ("in lakhs", 1e5), ("₹ crore", 1e7), ("万元", 1e4), ("亿元", 1e8), ("in hundreds", 1e2),
    ("Revenue, thousands of euros", 1e3), ("Revenue (EUR '000)", 1e3), ("Revenue in TEUR", 1e3),
    ("Revenue in kUSD", 1e3), ("revenue expressed in millions of dollars", 1e6),
    ("value x 1000 = euros", 1e3), ("divide by 1,000", 1e3),
]
for r129_i, (r129_d, r129_f) in enumerate(r129_DESCS):
    for r129_where in ("description", "title"):
        if r129_where == "title" and r129_i % 3:
            continue
        r129_t = "B%d-%s-%s" % (r129_i, r129_where[:4], r129_tagify(r129_d))
        r129_plain = S({"item": "string", "revenue": "number"})
        r129_sch = S({"item": "string", "revenue": {"type": "number", r129_where: r129_d}})
        r129_nm = r129_name()
        r129_pr = "Extract the item and revenue as JSON.\n\nItem: %s\nRevenue: 2,500,000,000\n" % r129_nm
        r129_pair(r129_t, "B_" + r129_where, r129_plain, r129_pr, {"item": r129_nm, "revenue": 2500000000},
                  r129_sch, r129_pr, {"item": r129_nm, "revenue": 2.5e9 / r129_f},
                  arg=r129_d == "bn")
        r129_nm = r129_name()
        r129_pr = "Give the revenue and the item as JSON.\n\nItem: %s\nRevenue: EUR 2500000000\n" % r129_nm
        r129_single(r129_t, "B_" + r129_where, r129_sch, r129_pr, {"item": r129_nm, "revenue": 2.5e9 / r129_f},
                    {"item": r129_nm, "revenue": 2500000000}, arg=r129_d == "bn")

# ---------------------------------------------------------------- C. units in other languages and scripts beside a key
# naming another unit (key, label, base text, base value, [(variant text, value)])
r129_UNITS = [
    ("duration_min", "Duration", "12 min", 12, [("12 小时", 720), ("12 時間", 720), ("12 시간", 720), ("12 ч", 720),
                                                ("12 час.", 720), ("12 Std.", 720), ("12 Stunden", 720),
                                                ("12 godz.", 720), ("12 óra", 720), ("12 tuntia", 720),
                                                ("12 saat", 720), ("12 timer", 720), ("12 timmar", 720),
                                                ("12 horas", 720), ("12 heures", 720), ("12 ore", 720),
                                                ("12 uur", 720), ("12hrs", 720), ("12 hod.", 720),
                                                ("12 天", 17280), ("12 Tage", 17280), ("12 dní", 17280),
                                                ("12 дней", 17280), ("12 giorni", 17280), ("12 jours", 17280),
                                                ("12 días", 17280), ("12 dager", 17280), ("12 dagen", 17280)]),
    ("weight_kg", "Weight", "12 kg", 12, [("12 t", 12000), ("12 tonnes", 12000), ("12 Tonnen", 12000),
                                          ("12 т", 12000), ("12 吨", 12000), ("12 トン", 12000), ("12 톤", 12000),
                                          ("12 g", 0.012), ("12 克", 0.012), ("12 г", 0.012), ("12 グラム", 0.012),
                                          ("12 lb", 5.44310844), ("12 lbs", 5.44310844), ("12 磅", 5.44310844),
                                          ("12 фунтов", 5.44310844), ("12 libras", 5.44310844),
                                          ("12 Ztr.", 600), ("12 dt", 1200), ("12 q", 1200), ("12 mg", 0.000012),
                                          ("12 斤", 6), ("12 公斤", 12), ("12 千克", 12), ("12 кг", 12)]),
    ("length_mm", "Length", "12 mm", 12, [("12 cm", 120), ("12 厘米", 120), ("12 см", 120), ("12 センチ", 120),
                                          ("12 m", 12000), ("12 м", 12000), ("12 米", 12000), ("12 メートル", 12000),
                                          ("12 in", 304.8), ("12 inch", 304.8), ("12″", 304.8), ("12\"", 304.8),
                                          ("12 Zoll", 304.8), ("12 дюймов", 304.8), ("12 英寸", 304.8),
                                          ("12 ft", 3657.6), ("12′", 3657.6), ("12 Fuß", 3657.6),
                                          ("12 dm", 1200), ("12 µm", 0.012), ("12 μm", 0.012), ("12 毫米", 12),
                                          ("12 мм", 12)]),
    ("distance_km", "Distance", "12 km", 12, [("12 mi", 19.312128), ("12 miles", 19.312128),
                                              ("12 Meilen", 19.312128), ("12 миль", 19.312128),
                                              ("12 英里", 19.312128), ("12 m", 0.012), ("12 м", 0.012),
                                              ("12 米", 0.012), ("12 nmi", 22.224), ("12 NM", 22.224), ("12 sm", 22.224),
                                              ("12 公里", 12), ("12 км", 12), ("12 キロ", 12)]),
    ("volume_l", "Volume", "12 l", 12, [("12 ml", 0.012), ("12 мл", 0.012), ("12 毫升", 0.012), ("12 cl", 0.12),
                                        ("12 dl", 1.2), ("12 hl", 1200), ("12 m³", 12000), ("12 m3", 12000),
                                        ("12 gal", 45.424941408), ("12 cm³", 0.012), ("12 ccm", 0.012), ("12 cc", 0.012),
                                        ("12 升", 12), ("12 л", 12), ("12 Liter", 12)]),
    ("temp_c", "Temperature", "50 °C", 50, [("50 °F", 10), ("50°F", 10), ("50 F", 10), ("50 ℉", 10),
                                            ("50 degrees Fahrenheit", 10), ("50 Grad Fahrenheit", 10),
                                            ("50 华氏度", 10), ("50 K", -223.15), ("50 ℃", 50)]),
    ("price_eur", "Price", "EUR 1250", 1250, [("1250 ct", 12.5), ("1250 cents", 12.5), ("1250 Cent", 12.5),
                                              ("1250 c", 12.5), ("1250 centimes", 12.5), ("1250 céntimos", 12.5),
                                              ("1250 centesimi", 12.5), ("1250 eurocent", 12.5),
                                              ("1250 €ct", 12.5), ("€0.1250k", 125), ("1,25 T€", 1250),
                                              ("1250 欧分", 12.5), ("1250 евроцентов", 12.5)]),
    ("price_usd", "Price", "USD 1250", 1250, [("1250¢", 12.5), ("1250 ¢", 12.5), ("1250 cents", 12.5),
                                              ("1250 pennies", 12.5), ("1250 美分", 12.5), ("1250 c", 12.5)]),
    ("energy_kwh", "Energy", "12 kWh", 12, [("12 MWh", 12000), ("12 Wh", 0.012), ("12 GWh", 12000000),
                                            ("12 кВт·ч", 12), ("12 МВт·ч", 12000), ("12 千瓦时", 12),
                                            ("12 度", 12), ("12 万千瓦时", 120000)]),
    ("data_mb", "Size", "12 MB", 12, [("12 GB", 12000), ("12 Go", 12000), ("12 Мб", 12), ("12 ГБ", 12000),
                                      ("12 kB", 0.012), ("12 Ko", 0.012), ("12 КБ", 0.012), ("12 TB", 12000000),
                                      ("12 To", 12000000)]),
    ("area_m2", "Area", "12 m²", 12, [("12 km²", 12000000), ("12 ha", 120000), ("12 a", 1200),
                                      ("12 亩", 8000), ("12 坪", 39.669421), ("12 cm²", 0.0012),
                                      ("12 Ar", 1200), ("12 соток", 1200), ("12 га", 120000), ("12 平方米", 12),
                                      ("12 qm", 12), ("12 кв. м", 12)]),
    ("speed_kmh", "Speed", "60 km/h", 60, [("60 mph", 96.56064), ("60 m/s", 216), ("60 kn", 111.12),
                                           ("60 Knoten", 111.12), ("60 узлов", 111.12), ("60 м/с", 216),
                                           ("60 км/ч", 60), ("60 kmt", 60)]),
]
for r129_k, r129_lab, r129_bt, r129_bv, r129_vs in r129_UNITS:
    r129_sch = S({"item": "string", r129_k: "number"})
    for r129_j, (r129_vt, r129_vv) in enumerate(r129_vs):
        r129_t = "C-%s-%d" % (r129_k.replace("_", ""), r129_j)
        r129_nm = r129_name()
        r129_pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_lab.lower(), r129_nm, r129_lab,
                                                                            r129_bt)
        r129_pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_lab.lower(), r129_nm, r129_lab,
                                                                            r129_vt)
        r129_arg = r129_vt in ("12 q", "12 sm", "12 a", "12 斤", "12 坪", "1250 c", "50 F", "12 度", "12 Мб",
                               "12 Go", "12 dt", "12\"", "12 Ar") or r129_k == "data_mb"
        r129_same = r129_vv == r129_bv
        r129_pair(r129_t, "C_unit" + ("_same" if r129_same else ""), r129_sch, r129_pb,
                  {"item": r129_nm, r129_k: r129_bv}, r129_sch, r129_pv, {"item": r129_nm, r129_k: r129_vv},
                  arg=r129_arg, safe=r129_same)
        if not r129_same:
            r129_nm = r129_name()
            r129_ps = "Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r129_lab.lower(), r129_lab,
                                                                                 r129_vt, r129_nm)
            r129_m = r129_re.match(r"[€$]?(\d+(?:[.,]\d+)?)", r129_vt)
            r129_num = float(r129_m.group(1).replace(",", ".")) if r129_m else None
            if r129_num is not None:
                r129_single(r129_t, "C_unit", r129_sch, r129_ps, {"item": r129_nm, r129_k: r129_vv},
                            {"item": r129_nm, r129_k: r129_num}, arg=r129_arg)

# ---------------------------------------------------------------- D. counts in a scale of counting
r129_QTY = S({"item": "string", "quantity": "integer"})
for r129_j, (r129_vt, r129_vv, r129_arg) in enumerate([
        ("3 Dutzend", 36, False), ("3 douzaines", 36, False), ("3 dozzine", 36, False), ("3 docenas", 36, False),
        ("3 Dtz.", 36, False), ("3 doz", 36, False), ("3 doz.", 36, False), ("3 dz", 36, True), ("3 dusin", 36, False),
        ("3 tuzin", 36, False), ("3 дюжины", 36, False), ("3 打", 36, False), ("3 ダース", 36, False),
        ("3 dozijn", 36, False), ("3 tucet", 36, False), ("3 gross", 432, False), ("3 Gros", 432, True),
        ("3 great gross", 5184, False), ("3 Schock", 180, False), ("3 Mandel", 45, True), ("3 Stiege", 60, True),
        ("3 score", 60, False), ("3 hundred", 300, False), ("3 Hundert", 300, False), ("3 cents", 300, True),
        ("3 mille", 3000, True), ("3 tusind", 3000, False), ("3 tusen", 3000, False), ("3 Tausend", 3000, False),
        ("3 тысячи", 3000, False), ("3 千", 3000, False), ("3 万", 30000, False), ("3 만", 30000, False),
        ("3 천", 3000, False), ("3 lakh", 300000, False), ("3 crore", 30000000, False), ("3 Mio.", 3000000, False),
        ("3 Tsd.", 3000, False), ("3 tsd", 3000, False), ("3 tys.", 3000, False), ("3 тыс", 3000, False),
        ("3 milj.", 3000000, False), ("3 mln", 3000000, False), ("3 k", 3000, False), ("3k", 3000, False),
        ("3K", 3000, False), ("3 M", 3000000, True), ("3 pairs", 6, True), ("3 Paar", 6, True),
        ("3 cartons of 12", 36, True), ("3 × 12", 36, True), ("3x12", 36, True), ("3 six-packs", 18, True),
        ("3 packs of 10", 30, True), ("3 reams", 1500, True), ("3 quires", 75, True), ("3 hundreds", 300, False),
        ("3 Stück", 3, None), ("3 pcs", 3, None), ("3 st.", 3, None), ("3 шт.", 3, None), ("3 个", 3, None),
        ("3 個", 3, None), ("3 pz.", 3, None), ("3 uds.", 3, None)]):
    r129_t = "D-qty-%d-%s" % (r129_j, r129_tagify(r129_vt))
    r129_nm = r129_name()
    r129_pb = "Extract the item and quantity as JSON.\n\nItem: %s\nQuantity: 3\n" % r129_nm
    r129_pv = "Extract the item and quantity as JSON.\n\nItem: %s\nQuantity: %s\n" % (r129_nm, r129_vt)
    r129_pair(r129_t, "D_count" + ("_same" if r129_arg is None else ""), r129_QTY, r129_pb,
              {"item": r129_nm, "quantity": 3}, r129_QTY, r129_pv, {"item": r129_nm, "quantity": r129_vv},
              arg=bool(r129_arg), safe=r129_arg is None)
    if r129_arg is not None:
        r129_nm = r129_name()
        r129_ps = "Give the quantity and the item as JSON.\n\nQuantity: %s\nItem: %s\n" % (r129_vt, r129_nm)
        r129_single(r129_t, "D_count", r129_QTY, r129_ps, {"item": r129_nm, "quantity": r129_vv},
                    {"item": r129_nm, "quantity": 3}, arg=r129_arg)
# count scale lines for the record
for r129_j, (r129_cue, r129_f) in enumerate([("Quantities in dozens", 12), ("Stückzahlen in Tsd.", 1000),
                                             ("Qty in 000s", 1000), ("Units: dozen", 12), ("Counted in gross", 144),
                                             ("Mengen in Dutzend", 12), ("Quantités en milliers", 1000),
                                             ("单位：千件", 1000), ("（単位：千個）", 1000), ("Кол-во, тыс. шт.", 1000),
                                             ("Antall i tusen", 1000), ("Unit: pack of 6", 6), ("Unit: 12-pack", 12),
                                             ("Sold by the dozen", 12), ("Packed in pairs", 2)]):
    for r129_pl in ("hdr", "lab"):
        r129_t = "D-line-%d-%s" % (r129_j, r129_pl)
        r129_arg = r129_cue in ("Sold by the dozen", "Packed in pairs", "Unit: pack of 6", "Unit: 12-pack")
        r129_nm = r129_name()
        r129_pb = "Extract the item and quantity as JSON.\n\nItem: %s\nQuantity: 3\n" % r129_nm
        if r129_pl == "hdr":
            r129_pv = "Extract the item and quantity as JSON.\n\n%s\nItem: %s\nQuantity: 3\n" % (r129_cue, r129_nm)
        else:
            r129_pv = "Extract the item and quantity as JSON.\n\nItem: %s\nQuantity (%s): 3\n" % (r129_nm, r129_cue)
        r129_pair(r129_t, "D_line", r129_QTY, r129_pb, {"item": r129_nm, "quantity": 3}, r129_QTY, r129_pv,
                  {"item": r129_nm, "quantity": 3 * r129_f}, arg=r129_arg)
        r129_nm2 = r129_name()
        r129_single(r129_t, "D_line", r129_QTY, r129_pv.replace(r129_nm, r129_nm2),
                    {"item": r129_nm2, "quantity": 3 * r129_f}, {"item": r129_nm2, "quantity": 3}, arg=r129_arg)

# ---------------------------------------------------------------- E. per cent vs fraction, basis points, per mille
r129_RATE_F = S({"item": "string", "rate": {"type": "number", "description": "as a decimal fraction (0.05 = 5%)"}})
r129_RATE_F2 = S({"item": "string", "rate_fraction": "number"})
r129_RATE_P = S({"item": "string", "rate_pct": "number"})
r129_RATE_B = S({"item": "string", "rate_bps": "number"})
for r129_j, (r129_vt, r129_frac) in enumerate([
        ("5 %", 0.05), ("5%", 0.05), ("5 per cent", 0.05), ("5 percent", 0.05), ("5 pc", 0.05), ("5 p.c.", 0.05),
        ("5 vH", 0.05), ("5 v. H.", 0.05), ("5 Prozent", 0.05), ("5 procent", 0.05), ("5 pour cent", 0.05),
        ("5 por ciento", 0.05), ("5 per cento", 0.05), ("5 процентов", 0.05), ("5 ％", 0.05), ("百分之五", 0.05),
        ("5 pct", 0.05), ("5 pts", 0.05), ("5 ‰", 0.005), ("5 per mille", 0.005), ("5 Promille", 0.005),
        ("50 bp", 0.005), ("50 bps", 0.005), ("50 Basispunkte", 0.005), ("50 pb", 0.005), ("5 пп", 0.05),
        ("5 pp", 0.05), ("5 %-Punkte", 0.05), ("5 cents on the dollar", 0.05), ("5 in 100", 0.05), ("1 in 20", 0.05)]):
    r129_num = float(r129_vt.split()[0].rstrip("%")) if r129_vt[0].isdigit() else 5
    r129_arg = r129_vt in ("5 pts", "5 пп", "5 pp", "5 %-Punkte", "5 pc", "1 in 20", "5 in 100", "5 cents on the dollar")
    for r129_sn, r129_sch, r129_k, r129_v in [("frac", r129_RATE_F, "rate", r129_frac),
                                              ("fkey", r129_RATE_F2, "rate_fraction", r129_frac),
                                              ("pct", r129_RATE_P, "rate_pct", round(r129_frac * 100, 10)),
                                              ("bps", r129_RATE_B, "rate_bps", round(r129_frac * 10000, 10))]:
        r129_t = "E-%s-%d-%s" % (r129_sn, r129_j, r129_tagify(r129_vt))
        r129_nm = r129_name()
        r129_ps = "Extract the item and rate as JSON.\n\nItem: %s\nRate: %s\n" % (r129_nm, r129_vt)
        if r129_num == r129_v:
            continue
        r129_single(r129_t, "E_rate_" + r129_sn, r129_sch, r129_ps, {"item": r129_nm, r129_k: r129_v},
                    {"item": r129_nm, r129_k: r129_num}, arg=r129_arg)
    # pairs: stored "Rate: 0.05" -> variant with a percent
    r129_nm = r129_name()
    r129_pb = "Extract the item and rate as JSON.\n\nItem: %s\nRate: 0.05\n" % r129_nm
    r129_pv = "Extract the item and rate as JSON.\n\nItem: %s\nRate: 0.05 %s\n" % (r129_nm, r129_vt.split(" ", 1)[-1]) \
        if " " in r129_vt else None
    if r129_pv and r129_vt[0].isdigit():
        r129_pair("E-pair-%d-%s" % (r129_j, r129_tagify(r129_vt)), "E_rate_pair", r129_RATE_F, r129_pb,
                  {"item": r129_nm, "rate": 0.05}, r129_RATE_F, r129_pv,
                  {"item": r129_nm, "rate": round(0.05 * r129_frac / r129_num, 12)}, arg=r129_arg)

# ---------------------------------------------------------------- F. per period, per amount
r129_PER = [
    ("annual_salary", "Salary", "48,000", 48000, [("4,000 per month", 48000), ("4,000/mo", 48000),
                                                   ("4.000 € mtl.", 48000), ("4 000 kr/mnd", 48000),
                                                   ("monatlich 4.000", 48000), ("4000 al mes", 48000),
                                                   ("4000 par mois", 48000), ("4000 в месяц", 48000),
                                                   ("月 4000", 48000), ("4000/m", 48000), ("4000 pm", 48000),
                                                   ("4000 p.m.", 48000), ("4000 per mensem", 48000),
                                                   ("4000 a month", 48000), ("4000 monthly", 48000),
                                                   ("4000 x 12", 48000), ("1000 per week", 52000),
                                                   ("4000 mensuel", 48000), ("4000 kr/mån", 48000)]),
    ("monthly_rent", "Rent", "1,200", 1200, [("14,400 per year", 1200), ("14,400 p.a.", 1200),
                                             ("14.400 € jährlich", 1200), ("14 400 kr/år", 1200), ("14400/yr", 1200),
                                             ("14400 annually", 1200), ("14400 pa", 1200), ("14400 per annum", 1200),
                                             ("14400 par an", 1200), ("14400 в год", 1200), ("年 14400", 1200),
                                             ("14400 /Jahr", 1200), ("14400 yearly", 1200), ("14400 a year", 1200),
                                             ("3600 per quarter", 1200), ("3600/qtr", 1200), ("300 per week", 1300),
                                             ("7200 semi-annually", 1200)]),
    ("price_per_kg", "Price", "12", 12, [("1.20 per 100 g", 12), ("1.20/100g", 12), ("1,20 €/100 g", 12),
                                         ("6 per 500 g", 12), ("5.44 per lb", 11.9931), ("0.012 per g", 12),
                                         ("120 per 10 kg", 12), ("12 000 per t", 12)]),
    ("hours_per_week", "Hours", "40", 40, [("8 per day, 5 days", 40), ("160 per month", 36.923076923), ("2080 per year", 40),
                                           ("8/day", 40)]),
]
for r129_k, r129_lab, r129_bt, r129_bv, r129_vs in r129_PER:
    r129_sch = S({"item": "string", r129_k: "number"})
    for r129_j, (r129_vt, r129_vv) in enumerate(r129_vs):
        r129_t = "F-%s-%d-%s" % (r129_k.replace("_", ""), r129_j, r129_tagify(r129_vt))
        r129_arg = r129_vt in ("4000/m", "4000 pm", "4000 x 12", "1000 per week", "300 per week", "160 per month",
                               "8/day", "8 per day, 5 days", "5.44 per lb", "4000 mensuel") or r129_k == "hours_per_week"
        r129_vv2 = 999 if r129_vt in ("1000 per week", "300 per week", "160 per month", "5.44 per lb") else r129_vv
        r129_nm = r129_name()
        r129_ps = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_lab.lower(), r129_nm, r129_lab,
                                                                            r129_vt)
        r129_num = None
        for r129_tok in r129_vt.replace(",", "").replace(" 000", "000").split():
            try:
                r129_num = float(r129_tok.split("/")[0].replace(".", "") if r129_tok.count(".") == 1
                                 and len(r129_tok.split(".")[1]) == 3 else r129_tok.split("/")[0].replace(",", "."))
                break
            except ValueError:
                continue
        if r129_num is None:
            continue
        r129_single(r129_t, "F_per", r129_sch, r129_ps, {"item": r129_nm, r129_k: r129_vv2},
                    {"item": r129_nm, r129_k: r129_num}, arg=r129_arg)
# pairs: stored "Rent: 1,200 per month" then "per year"
for r129_j, (r129_b, r129_v, r129_vv) in enumerate([
        ("1,200 per month", "1,200 per year", 100), ("1200/mo", "1200/yr", 100), ("1.200 € mtl.", "1.200 € jährl.", 100),
        ("1 200 kr/mnd", "1 200 kr/år", 100), ("1200 par mois", "1200 par an", 100), ("1200 в месяц", "1200 в год", 100),
        ("1200 per month", "1200 per quarter", 400), ("1200 monthly", "1200 weekly", 5200),
        ("1200 p.m.", "1200 p.a.", 100), ("1200 al mes", "1200 al año", 100), ("月 1200", "年 1200", 100)]):
    r129_sch = S({"item": "string", "monthly_rent": "number"})
    r129_nm = r129_name()
    r129_pb = "Extract the item and rent as JSON.\n\nItem: %s\nRent: %s\n" % (r129_nm, r129_b)
    r129_pv = "Extract the item and rent as JSON.\n\nItem: %s\nRent: %s\n" % (r129_nm, r129_v)
    r129_arg = r129_v == "1200 weekly"
    r129_pair("F-pair-%d" % r129_j, "F_per_pair", r129_sch, r129_pb, {"item": r129_nm, "monthly_rent": 1200},
              r129_sch, r129_pv, {"item": r129_nm, "monthly_rent": 999 if r129_arg else r129_vv}, arg=r129_arg)

# ---------------------------------------------------------------- G. cents <-> units of money, minor units
r129_CENTS = S({"item": "string", "amount_cents": "integer"})
r129_MINOR = S({"item": "string", "amount": {"type": "integer", "description": "in minor units (cents)"}})
for r129_j, (r129_vt, r129_vv) in enumerate([
        ("EUR 12.50", 1250), ("12,50 €", 1250), ("€12.50", 1250), ("$12.50", 1250), ("12.50 USD", 1250),
        ("12 € 50", 1250), ("12,50 EUR", 1250), ("12.50", 1250), ("12 euros 50", 1250), ("12.5 EUR", 1250),
        ("0.125 k€", 12500), ("12 EUR", 1200), ("12,- €", 1200), ("12.– CHF", 1200), ("Fr. 12.50", 1250),
        ("12 zł 50 gr", 1250), ("12 руб. 50 коп.", 1250), ("£12.50", 1250), ("12/6", None)]):
    if r129_vv is None:
        continue
    for r129_sn, r129_sch, r129_k in [("key", r129_CENTS, "amount_cents"), ("desc", r129_MINOR, "amount")]:
        r129_t = "G-%s-%d-%s" % (r129_sn, r129_j, r129_tagify(r129_vt))
        r129_nm = r129_name()
        r129_ps = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: %s\n" % (r129_nm, r129_vt)
        r129_tok = [t for t in r129_vt.replace("€", " ").replace("$", " ").replace("£", " ").split()
                    if t[0].isdigit()][0].rstrip(",-–")
        try:
            r129_num = float(r129_tok.replace(",", "."))
        except ValueError:
            continue
        r129_num = int(r129_num) if r129_num == int(r129_num) else r129_num
        r129_single(r129_t, "G_minor_" + r129_sn, r129_sch, r129_ps, {"item": r129_nm, r129_k: r129_vv},
                    {"item": r129_nm, r129_k: r129_num})
# pairs: stored "Amount: 1250 ct" for amount_cents then "1250 EUR"
for r129_j, (r129_b, r129_v, r129_vv) in enumerate([
        ("1250 ct", "1250 EUR", 125000), ("1250 cents", "1250 dollars", 125000), ("1250¢", "1250$", 125000),
        ("1250 Cent", "1250 Euro", 125000), ("1250 øre", "1250 kr", 125000), ("1250 коп.", "1250 руб.", 125000),
        ("1250 p", "£1250", 125000), ("1250 gr", "1250 zł", 125000), ("1250 Rappen", "1250 Franken", 125000),
        ("1250 c", "1250 €", 125000), ("1250 paise", "₹1250", 125000), ("1250 分", "1250 元", 125000)]):
    r129_nm = r129_name()
    r129_pb = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: %s\n" % (r129_nm, r129_b)
    r129_pv = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: %s\n" % (r129_nm, r129_v)
    r129_pair("G-pair-%d" % r129_j, "G_minor_pair", r129_CENTS, r129_pb, {"item": r129_nm, "amount_cents": 1250},
              r129_CENTS, r129_pv, {"item": r129_nm, "amount_cents": r129_vv})

# ---------------------------------------------------------------- H. a stored base whose unit line changes
r129_UL = [
    ("weight", "Units: kg", "Units: lb", 12, 5.44310844), ("weight", "Unit: kg", "Unit: t", 12, 12000),
    ("weight", "Einheit: kg", "Einheit: t", 12, 12000), ("weight", "Unité : kg", "Unité : g", 12, 0.012),
    ("weight", "单位：千克", "单位：吨", 12, 12000), ("weight", "Ед. изм.: кг", "Ед. изм.: т", 12, 12000),
    ("weight", "(all weights in kg)", "(all weights in lb)", 12, 5.44310844),
    ("weight", "Weights in kilograms.", "Weights in tonnes.", 12, 12000),
    ("weight", "Gewichte in kg", "Gewichte in Tonnen", 12, 12000),
    ("distance", "Distances in km", "Distances in miles", 12, 19.312128),
    ("distance", "Units: km", "Units: m", 12, 0.012), ("distance", "Entfernungen in km", "Entfernungen in m", 12, 0.012),
    ("duration", "Times in minutes", "Times in hours", 12, 720), ("duration", "Units: min", "Units: h", 12, 720),
    ("duration", "Zeiten in Minuten", "Zeiten in Stunden", 12, 720), ("duration", "单位：分钟", "单位：小时", 12, 720),
    ("duration", "Durée en minutes", "Durée en heures", 12, 720), ("duration", "Время, мин", "Время, ч", 12, 720),
    ("temp", "Temperatures in °C", "Temperatures in °F", 50, 10), ("temp", "Units: °C", "Units: °F", 50, 10),
    ("temp", "Unit: C", "Unit: F", 50, 10), ("temp", "Temperatur in °C", "Temperatur in °F", 50, 10),
]
r129_UKEY = {"weight": ("weight_kg", "Weight"), "distance": ("distance_km", "Distance"),
             "duration": ("duration_min", "Duration"), "temp": ("temp_c", "Temperature")}
for r129_j, (r129_q, r129_bl, r129_vl, r129_bv, r129_vv) in enumerate(r129_UL):
    r129_k, r129_lab = r129_UKEY[r129_q]
    r129_sch = S({"item": "string", r129_k: "number"})
    for r129_pl in ("hdr", "ftr"):
        r129_nm = r129_name()

        def r129_mk(line, nm=r129_nm, pl=r129_pl, lab=r129_lab, v=r129_bv):
            rec = "Item: %s\n%s: %s\n" % (nm, lab, v)
            return "Extract the item and %s as JSON.\n\n" % lab.lower() + (
                line + "\n" + rec if pl == "hdr" else rec + line + "\n")
        r129_t = "H-%d-%s" % (r129_j, r129_pl)
        r129_arg = r129_vl == "Unit: F"
        r129_pair(r129_t, "H_unitline", r129_sch, r129_mk(r129_bl), {"item": r129_nm, r129_k: r129_bv}, r129_sch,
                  r129_mk(r129_vl), {"item": r129_nm, r129_k: r129_vv}, arg=r129_arg)
        r129_nm2 = r129_name()
        r129_single(r129_t, "H_unitline", r129_sch, r129_mk(r129_vl, nm=r129_nm2),
                    {"item": r129_nm2, r129_k: r129_vv}, {"item": r129_nm2, r129_k: r129_bv}, arg=r129_arg)

# ---------------------------------------------------------------- I. a scale given in the instruction or schema root
for r129_j, (r129_ins, r129_f) in enumerate([
        ("Extract the item and amount (figures below are in thousands) as JSON.", 1e3),
        ("Extract the item and amount as JSON. The figures are in EUR '000.", 1e3),
        ("Extract the item and amount as JSON; amounts are in TEUR.", 1e3),
        ("Extract the item and amount as JSON (source in kEUR).", 1e3),
        ("Extract the item and amount as JSON. Note: the record states millions.", 1e6),
        ("Extrahiere Artikel und Betrag als JSON (Angaben in Tsd. €).", 1e3),
        ("Extract the item and amount as JSON. Source figures: Rs. lakhs.", 1e5)]):
    r129_nm = r129_name()
    r129_pr = "%s\n\nItem: %s\nAmount: 1250\n" % (r129_ins, r129_nm)
    r129_single("I-ins-%d" % r129_j, "I_instr", r129_AMT, r129_pr, {"item": r129_nm, "amount": 1250 * r129_f},
                {"item": r129_nm, "amount": 1250}, arg=True)
for r129_j, (r129_rd, r129_f) in enumerate([
        ("Source figures are given in thousands of euros; output full euros.", 1e3),
        ("The record's amounts are in EUR '000. Return euros.", 1e3),
        ("Input in TEUR, output in EUR.", 1e3), ("Amounts in the text are millions; return units.", 1e6)]):
    for r129_where in ("description", "title", "$comment"):
        r129_sch = dict(r129_AMT)
        r129_sch[r129_where] = r129_rd
        r129_nm = r129_name()
        r129_pr = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: 1250\n" % r129_nm
        r129_pair("I-root-%d-%s" % (r129_j, r129_where.strip("$")), "I_root", r129_AMT, r129_pr,
                  {"item": r129_nm, "amount": 1250}, r129_sch, r129_pr, {"item": r129_nm, "amount": 1250 * r129_f},
                  arg=r129_where == "$comment")
        r129_nm = r129_name()
        r129_pr = "Give the amount and the item as JSON.\n\nAmount: 1250\nItem: %s\n" % r129_nm
        r129_single("I-root-%d-%s" % (r129_j, r129_where.strip("$")), "I_root", r129_sch, r129_pr,
                    {"item": r129_nm, "amount": 1250 * r129_f}, {"item": r129_nm, "amount": 1250},
                    arg=r129_where == "$comment")

# loop variables of the sections above are not the round's names
for r129_nm_ in [r129_x for r129_x in list(globals()) if not r129_x.startswith(("r129_", "__"))
                 and r129_x not in ("P", "S", "J", "E", "open_probe")]:
    del globals()[r129_nm_]


# ================================================================ wave 2: scale words of more languages in the label,
# and CJK scale units in the member's description, title or key
r129_W2 = [
    # (cue, factor, arguable)
    ("tuhatta euroa", 1e3, False), ("tuh. €", 1e3, False), ("milj. €", 1e6, False), ("miljoonaa", 1e6, False),
    ("tuhansina euroina", 1e3, False), ("ezer forint", 1e3, False), ("eFt", 1e3, False), ("MFt", 1e6, False),
    ("ezer", 1e3, False), ("millió", 1e6, False), ("milliárd Ft", 1e9, False), ("bin", 1e3, True),
    ("bin TL", 1e3, False), ("milyon TL", 1e6, False), ("milyar TL", 1e9, False), ("bin ₺", 1e3, False),
    ("tis. Kč", 1e3, False), ("mil. Kč", 1e6, False), ("mld. Kč", 1e9, False), ("tis. €", 1e3, False),
    ("mii lei", 1e3, False), ("mil. lei", 1e6, False), ("tis. kn", 1e3, False), ("tisuća kuna", 1e3, False),
    ("v tisoč EUR", 1e3, False), ("χιλ. €", 1e3, False), ("εκατ. €", 1e6, False), ("χιλιάδες ευρώ", 1e3, False),
    ("אלפי ש\"ח", 1e3, False), ("באלפי ₪", 1e3, False), ("بالآلاف", 1e3, False), ("ألف ريال", 1e3, False),
    ("مليون درهم", 1e6, False), ("x 1.000 euro", 1e3, False), ("duizend euro", 1e3, False), ("mln euro", 1e6, False),
    ("milhares de reais", 1e3, False), ("mil R$", 1e3, False), ("milhões de R$", 1e6, False),
    ("miles de €", 1e3, False), ("M€", 1e6, False), ("MM$", 1e6, False), ("millones", 1e6, False),
    ("migliaia di €", 1e3, False), ("mgl €", 1e3, False), ("mln €", 1e6, False), ("t.kr.", 1e3, False),
    ("tkr.", 1e3, False), ("DKK 1.000", 1e3, False), ("mio. kr.", 1e6, False), ("KSEK", 1e3, False),
    ("Mkr", 1e6, False), ("NOK 1000", 1e3, False), ("mill. kr", 1e6, False), ("þús. kr.", 1e3, False),
    ("millj. kr.", 1e6, False), ("tuh eurot", 1e3, False), ("tūkst. EUR", 1e3, False), ("tūkst. Eur", 1e3, False),
    ("tys. PLN", 1e3, False), ("mln zł", 1e6, False), ("тис. грн", 1e3, False), ("млн грн", 1e6, False),
    ("хил. лв.", 1e3, False), ("хиљ. дин.", 1e3, False), ("тыс. тенге", 1e3, False), ("nghìn đồng", 1e3, False),
    ("triệu đồng", 1e6, False), ("tỷ đồng", 1e9, False), ("ribu rupiah", 1e3, False), ("Rp juta", 1e6, False),
    ("juta", 1e6, False), ("miliar Rp", 1e9, False), ("RM'000", 1e3, False), ("RM juta", 1e6, False),
    ("พันบาท", 1e3, False), ("ล้านบาท", 1e6, False), ("हज़ार रुपये", 1e3, False), ("लाख रुपये", 1e5, False),
    ("करोड़", 1e7, False), ("ہزار روپے", 1e3, False), ("千元", 1e3, False), ("万元", 1e4, False),
    ("百万元", 1e6, False), ("千円", 1e3, False), ("百万円", 1e6, False), ("천원", 1e3, False), ("백만원", 1e6, False),
    ("억원", 1e8, False), ("elfu", 1e3, False), ("E3", 1e3, False), ("E6", 1e6, False), ("e+3", 1e3, False),
    ("1e3", 1e3, False), ("1E3 €", 1e3, False), ("kilo-€", 1e3, False), ("mega-euros", 1e6, False),
    ("kiloeuros", 1e3, False), ("M$", 1e6, False), ("k$", 1e3, False), ("MUSD", 1e6, False), ("KUSD", 1e3, False),
    ("TUSD", 1e3, False), ("GBP'000", 1e3, False), ("£'000", 1e3, False), ("€'000", 1e3, False),
    ("'000 €", 1e3, False), ("(thousand)", 1e3, False), ("thou.", 1e3, False), ("thsd", 1e3, False),
    ("thous.", 1e3, False), ("mil.", 1e6, True), ("mill.", 1e6, False), ("MMUSD", 1e6, False), ("bil.", 1e9, False),
    ("B$", 1e9, False), ("$B", 1e9, False), ("$bn", 1e9, False), ("kkr", 1e3, False), ("Tkr", 1e3, False),
    ("Tsd", 1e3, False), ("tausend €", 1e3, False), ("TEuro", 1e3, False), ("T-EUR", 1e3, False),
    ("in Tausend", 1e3, False), ("Mio", 1e6, False), ("Millionen", 1e6, False), ("Mrd", 1e9, False),
    ("Milliarden €", 1e9, False), ("milliers", 1e3, False), ("k-EUR", 1e3, False), ("KEUR", 1e3, False),
    ("keur", 1e3, False), ("kUSD", 1e3, False), ("mUSD", 1e6, True), ("US$ m", 1e6, False), ("US$'000", 1e3, False),
    ("HK$'000", 1e3, False), ("S$'000", 1e3, False), ("NT$千元", 1e3, False), ("RMB'000", 1e3, False),
    ("RMB million", 1e6, False), ("¥ thousand", 1e3, False), ("¥1,000", 1e3, False), ("₩ million", 1e6, False),
    ("₹ '000", 1e3, False), ("₹ in lakh", 1e5, False), ("Rs '000", 1e3, False), ("Rs. Mn", 1e6, False),
    ("Rs Cr", 1e7, False), ("INR Cr.", 1e7, False), ("lacs", 1e5, False), ("Lacs", 1e5, False), ("lakhs", 1e5, False),
    ("thousand dollars", 1e3, False), ("hundred thousands", 1e5, False), ("tens of thousands", 1e4, False),
    ("ten thousands", 1e4, False), ("hundreds of euros", 1e2, False), ("centenas", 1e2, False),
    ("Hundert €", 1e2, False), ("sto tisíc", 1e5, True),
]
r129_W2_PL = ["lab", "par", "brk", "pre"]


def r129_w2_prompt(pl, cue, name, val):
    ins = "Extract the item and amount as JSON.\n\n"
    if pl == "lab":
        return ins + "Item: %s\nAmount %s: %s\n" % (name, cue, val)
    if pl == "par":
        return ins + "Item: %s\nAmount (%s): %s\n" % (name, cue, val)
    if pl == "brk":
        return ins + "Item: %s\nAmount [%s]: %s\n" % (name, cue, val)
    if pl == "pre":
        return ins + "Item: %s\nAmount, %s: %s\n" % (name, cue, val)
    raise ValueError(pl)


for r129_i, (r129_cue, r129_f, r129_arg) in enumerate(r129_W2):
    for r129_pl in r129_W2_PL:
        r129_t = "W%d-%s-%s" % (r129_i, r129_pl, r129_tagify(r129_cue))
        r129_nm = r129_name()
        r129_pb = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: 1250\n" % r129_nm
        r129_pair(r129_t, "W_label_" + r129_pl, r129_AMT, r129_pb, {"item": r129_nm, "amount": 1250}, r129_AMT,
                  r129_w2_prompt(r129_pl, r129_cue, r129_nm, "1250"), {"item": r129_nm, "amount": 1250 * r129_f},
                  arg=r129_arg)
        r129_nm2 = r129_name()
        r129_single(r129_t, "W_label_" + r129_pl, r129_AMT, r129_w2_prompt(r129_pl, r129_cue, r129_nm2, "1250"),
                    {"item": r129_nm2, "amount": 1250 * r129_f}, {"item": r129_nm2, "amount": 1250}, arg=r129_arg)

# CJK scale units in the member's description / title / key, the text in the same currency
r129_CJK = [
    ("千元", 1e3, "2,500,000,000 元"), ("万元", 1e4, "2,500,000,000 元"), ("百万元", 1e6, "2,500,000,000 元"),
    ("亿元", 1e8, "2,500,000,000 元"), ("人民币千元", 1e3, "RMB 2,500,000,000"), ("单位：千元", 1e3, "2,500,000,000 元"),
    ("(千元)", 1e3, "¥2,500,000,000"), ("千", 1e3, "2,500,000,000 元"), ("万", 1e4, "2,500,000,000 元"),
    ("千円", 1e3, "2,500,000,000 円"), ("万円", 1e4, "2,500,000,000 円"), ("百万円", 1e6, "2,500,000,000 円"),
    ("億円", 1e8, "2,500,000,000 円"), ("천원", 1e3, "2,500,000,000 원"), ("만원", 1e4, "2,500,000,000 원"),
    ("백만원", 1e6, "2,500,000,000 원"), ("억원", 1e8, "2,500,000,000 원"), ("新台幣千元", 1e3, "NT$2,500,000,000"),
    ("千港元", 1e3, "HK$2,500,000,000"), ("萬元", 1e4, "2,500,000,000 元"), ("拾万元", 1e5, "2,500,000,000 元"),
    ("thousand yuan", 1e3, "2,500,000,000 元"), ("10k yuan", 1e4, "2,500,000,000 元"), ("wan yuan", 1e4, "2,500,000,000 元"),
    ("тыс. юаней", 1e3, "2,500,000,000 元"), ("千元 (CNY)", 1e3, "CNY 2,500,000,000"),
]
for r129_i, (r129_d, r129_f, r129_txt) in enumerate(r129_CJK):
    for r129_where in ("description", "title", "key"):
        r129_t = "K%d-%s-%s" % (r129_i, r129_where[:4], r129_tagify(r129_d))
        if r129_where == "key":
            r129_k = "revenue_" + r129_d.replace(" ", "_").replace("(", "").replace(")", "").replace("：", "_")
            r129_sch = S({"item": "string", r129_k: "number"})
        else:
            r129_k = "revenue"
            r129_sch = S({"item": "string", "revenue": {"type": "number", r129_where: r129_d}})
        r129_plain = S({"item": "string", "revenue": "number"})
        r129_nm = r129_name()
        r129_pr = "Extract the item and revenue as JSON.\n\nItem: %s\nRevenue: %s\n" % (r129_nm, r129_txt)
        if r129_where != "key":
            r129_pair(r129_t, "K_cjk_" + r129_where, r129_plain, r129_pr, {"item": r129_nm, "revenue": 2500000000},
                      r129_sch, r129_pr, {"item": r129_nm, "revenue": 2.5e9 / r129_f})
        r129_nm = r129_name()
        r129_pr = "Give the revenue and the item as JSON.\n\nItem: %s\nRevenue: %s\n" % (r129_nm, r129_txt)
        r129_single(r129_t, "K_cjk_" + r129_where, r129_sch, r129_pr, {"item": r129_nm, r129_k: 2.5e9 / r129_f},
                    {"item": r129_nm, r129_k: 2500000000})

# ================================================================ wave 3: the label's scale words that got through
# (wave 2) as a line for the record; other quantities with a unit word after the label; native-language labels
r129_W3_CUES = ["tuhatta euroa", "milj. €", "ezer forint", "MFt", "bin TL", "milyon TL", "tis. Kč", "mii lei",
                "χιλ. €", "εκατ. €", "אלפי ש\"ח", "بالآلاف", "тис. грн", "млн грн", "хил. лв.", "тыс. тенге",
                "nghìn đồng", "triệu đồng", "Rp juta", "juta", "พันบาท", "ล้านบาท", "लाख रुपये", "elfu", "1E3 €",
                "kiloeuros", "thou.", "thsd", "kkr", "TEuro", "Rs Cr", "lacs", "mgl €", "t.kr."]
r129_W3_F = {c: f for c, f, a in r129_W2}
for r129_i, r129_cue in enumerate(r129_W3_CUES):
    r129_f = r129_W3_F[r129_cue]
    for r129_pl, r129_fmt in [("hdr", "%(c)s\nItem: %(n)s\nAmount: 1250\n"),
                              ("ftr", "Item: %(n)s\nAmount: 1250\n%(c)s\n"),
                              ("amts", "Item: %(n)s\nAmounts: %(c)s\nAmount: 1250\n"),
                              ("unit", "Item: %(n)s\nUnit: %(c)s\nAmount: 1250\n"),
                              ("val", "Item: %(n)s\nAmount: 1250 %(c)s\n"),
                              ("colon2", "Item: %(n)s\nAmount: %(c)s: 1250\n"),
                              ("dash", "Item: %(n)s\nAmount - %(c)s: 1250\n"),
                              ("slash", "Item: %(n)s\nAmount / %(c)s: 1250\n"),
                              ("tab", "Item\tAmount %(c)s\n%(n)s\t1250\n")]:
        r129_t = "X%d-%s-%s" % (r129_i, r129_pl, r129_tagify(r129_cue))
        r129_nm = r129_name()
        r129_pb = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: 1250\n" % r129_nm
        r129_pv = "Extract the item and amount as JSON.\n\n" + r129_fmt % {"c": r129_cue, "n": r129_nm}
        r129_pair(r129_t, "X_line_" + r129_pl, r129_AMT, r129_pb, {"item": r129_nm, "amount": 1250}, r129_AMT,
                  r129_pv, {"item": r129_nm, "amount": 1250 * r129_f})
        r129_nm2 = r129_name()
        r129_single(r129_t, "X_line_" + r129_pl, r129_AMT,
                    "Extract the item and amount as JSON.\n\n" + r129_fmt % {"c": r129_cue, "n": r129_nm2},
                    {"item": r129_nm2, "amount": 1250 * r129_f}, {"item": r129_nm2, "amount": 1250})

# other quantities: a unit word after the label naming another unit than the member's key
r129_Q3 = [
    ("quantity", "integer", "Quantity", 3, [("Quantity dozens", 36), ("Quantity dozen", 36), ("Qty doz", 36),
                                             ("Menge Dutzend", 36), ("Quantity thousands", 3000), ("Qty 000s", 3000),
                                             ("Stückzahl Tsd.", 3000), ("Antall tusen", 3000), ("Кол-во тыс. шт.", 3000),
                                             ("Quantity gross", 432), ("Qty hundreds", 300), ("数量 千个", 3000),
                                             ("Quantity, dozens", 36), ("Quantity in dozens", 36),
                                             ("Quantity x1000", 3000), ("Quantity ×100", 300)]),
    ("weight_kg", "number", "Weight", 12, [("Weight tonnes", 12000), ("Weight t", 12000), ("Weight lb", 5.44310844),
                                           ("Gewicht Tonnen", 12000), ("Vekt tonn", 12000), ("Вес, т", 12000),
                                           ("Weight, g", 0.012), ("重量 吨", 12000), ("Weight in tonnes", 12000),
                                           ("Weight (t)", 12000), ("Weight [t]", 12000), ("Paino tonnia", 12000)]),
    ("duration_min", "number", "Duration", 12, [("Duration hours", 720), ("Duration h", 720), ("Dauer Stunden", 720),
                                                ("Dauer Std.", 720), ("Время, ч", 720), ("Varighet timer", 720),
                                                ("时长 小时", 720), ("Duration, days", 17280), ("Kesto tuntia", 720),
                                                ("Duration (h)", 720), ("Duration [h]", 720), ("Duration in hours", 720)]),
    ("distance_km", "number", "Distance", 12, [("Distance miles", 19.312128), ("Distance mi", 19.312128),
                                               ("Entfernung Meilen", 19.312128), ("Расстояние, м", 0.012),
                                               ("Distance, m", 0.012), ("距离 米", 0.012), ("Distance (mi)", 19.312128),
                                               ("Distance [m]", 0.012), ("Etäisyys metriä", 0.012)]),
    ("temp_c", "number", "Temperature", 50, [("Temperature °F", 10), ("Temperature F", 10),
                                             ("Temperatur Fahrenheit", 10), ("Температура, °F", 10),
                                             ("Temperature (°F)", 10), ("温度 华氏", 10)]),
    ("price_eur", "number", "Price", 1250, [("Price cents", 12.5), ("Price ct", 12.5), ("Preis Cent", 12.5),
                                            ("Цена, коп.", 12.5), ("Price, cents", 12.5), ("Price (ct)", 12.5),
                                            ("Hinta senttiä", 12.5), ("Price in cents", 12.5)]),
    ("monthly_rent", "number", "Rent", 14400, [("Rent per year", 1200), ("Rent p.a.", 1200), ("Miete jährlich", 1200),
                                               ("Аренда, в год", 1200), ("Rent, annual", 1200), ("Rent (yearly)", 1200),
                                               ("Leie per år", 1200), ("Rent annual", 1200)]),
]
for r129_k, r129_ty, r129_lab0, r129_v0, r129_vs in r129_Q3:
    r129_sch = S({"item": "string", r129_k: r129_ty})
    for r129_j, (r129_lab, r129_vv) in enumerate(r129_vs):
        r129_t = "Q-%s-%d-%s" % (r129_k.replace("_", ""), r129_j, r129_tagify(r129_lab))
        r129_nm = r129_name()
        r129_q = r129_lab0.lower()
        r129_pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_q, r129_nm, r129_lab0, r129_v0)
        r129_pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_q, r129_nm, r129_lab, r129_v0)
        r129_pair(r129_t, "Q_unitlabel", r129_sch, r129_pb, {"item": r129_nm, r129_k: r129_v0}, r129_sch, r129_pv,
                  {"item": r129_nm, r129_k: r129_vv})
        r129_nm2 = r129_name()
        r129_single(r129_t, "Q_unitlabel", r129_sch, r129_pv.replace(r129_nm, r129_nm2),
                    {"item": r129_nm2, r129_k: r129_vv}, {"item": r129_nm2, r129_k: r129_v0})

# native-language labels with the scale after a comma, as their statements print them
r129_NAT = [
    ("revenue", "Выручка, тыс. руб.", 1e3), ("revenue", "Выручка, млн руб.", 1e6), ("revenue", "Выручка тыс. руб.", 1e3),
    ("revenue", "Виручка, тис. грн", 1e3), ("revenue", "Liikevaihto, milj. €", 1e6),
    ("revenue", "Liikevaihto tuhatta euroa", 1e3), ("revenue", "Árbevétel, millió Ft", 1e6),
    ("revenue", "Árbevétel ezer Ft", 1e3), ("revenue", "Hasılat, bin TL", 1e3), ("revenue", "Tržby, tis. Kč", 1e3),
    ("revenue", "Cifra de afaceri, mii lei", 1e3), ("revenue", "Κύκλος εργασιών, χιλ. €", 1e3),
    ("revenue", "Doanh thu, triệu đồng", 1e6), ("revenue", "Pendapatan, Rp juta", 1e6), ("revenue", "รายได้ ล้านบาท", 1e6),
    ("revenue", "Omsætning, t.kr.", 1e3), ("revenue", "Omsetning, MNOK", 1e6), ("revenue", "Umsatz, TEUR", 1e3),
    ("revenue", "Umsatz TEUR", 1e3), ("revenue", "Umsatz Mio. €", 1e6), ("revenue", "Revenue, $000", 1e3),
    ("revenue", "Revenue $000", 1e3), ("revenue", "Revenue, USD m", 1e6), ("revenue", "Revenue USD m", 1e6),
    ("revenue", "Revenue '000", 1e3), ("revenue", "Revenue, in thousands", 1e3), ("revenue", "Revenue thousands", 1e3),
    ("revenue", "Revenue mn", 1e6), ("revenue", "Revenue MM", 1e6), ("revenue", "Revenue bn", 1e9),
    ("revenue", "Revenue lakhs", 1e5), ("revenue", "Revenue crore", 1e7), ("revenue", "Chiffre d'affaires, k€", 1e3),
    ("revenue", "Chiffre d'affaires en milliers d'euros", 1e3), ("revenue", "Ricavi, migliaia di euro", 1e3),
    ("revenue", "Ingresos, miles de €", 1e3), ("revenue", "Receita, R$ mil", 1e3), ("revenue", "Omzet x € 1.000", 1e3),
    ("revenue", "Przychody, tys. zł", 1e3), ("revenue", "营业收入 万元", 1e4), ("revenue", "売上高 百万円", 1e6),
    ("revenue", "매출액 억원", 1e8),
]
r129_REV = S({"item": "string", "revenue": "number"})
for r129_j, (r129_k, r129_lab, r129_f) in enumerate(r129_NAT):
    r129_t = "N%d-%s" % (r129_j, r129_tagify(r129_lab))
    r129_nm = r129_name()
    r129_pb = "Extract the item and revenue as JSON.\n\nItem: %s\nRevenue: 1250\n" % r129_nm
    r129_pv = "Extract the item and revenue as JSON.\n\nItem: %s\n%s: 1250\n" % (r129_nm, r129_lab)
    r129_pair(r129_t, "N_native", r129_REV, r129_pb, {"item": r129_nm, "revenue": 1250}, r129_REV, r129_pv,
              {"item": r129_nm, "revenue": 1250 * r129_f})
    r129_nm2 = r129_name()
    r129_single(r129_t, "N_native", r129_REV, r129_pv.replace(r129_nm, r129_nm2),
                {"item": r129_nm2, "revenue": 1250 * r129_f}, {"item": r129_nm2, "revenue": 1250})


# ================================================================ wave 4: the dash form for every wave-2 scale word;
# count-scale words after a quantity's label; scale abbreviations after other members' labels
for r129_i, (r129_cue, r129_f, r129_arg) in enumerate(r129_W2):
    for r129_pl, r129_fmt in [("dash", "Item: %(n)s\nAmount - %(c)s: 1250\n"),
                              ("endash", "Item: %(n)s\nAmount – %(c)s: 1250\n"),
                              ("under", "Item: %(n)s\nAmount_%(c)s: 1250\n")]:
        if r129_pl != "dash" and r129_i % 3:
            continue
        r129_t = "Y%d-%s-%s" % (r129_i, r129_pl, r129_tagify(r129_cue))
        r129_nm = r129_name()
        r129_pb = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: 1250\n" % r129_nm
        r129_pv = "Extract the item and amount as JSON.\n\n" + r129_fmt % {"c": r129_cue, "n": r129_nm}
        r129_pair(r129_t, "Y_label_" + r129_pl, r129_AMT, r129_pb, {"item": r129_nm, "amount": 1250}, r129_AMT,
                  r129_pv, {"item": r129_nm, "amount": 1250 * r129_f}, arg=r129_arg)
        r129_nm2 = r129_name()
        r129_single(r129_t, "Y_label_" + r129_pl, r129_AMT,
                    "Extract the item and amount as JSON.\n\n" + r129_fmt % {"c": r129_cue, "n": r129_nm2},
                    {"item": r129_nm2, "amount": 1250 * r129_f}, {"item": r129_nm2, "amount": 1250}, arg=r129_arg)

r129_QW = [("doz", 12, False), ("doz.", 12, False), ("dz", 12, True), ("dozen", 12, False), ("dozens", 12, False),
           ("gross", 144, False), ("gro.", 144, True), ("gr.", 144, True), ("great gross", 1728, False),
           ("score", 20, False), ("Dtz.", 12, False), ("Dutzend", 12, False), ("Schock", 60, False),
           ("tsd", 1000, False), ("Tsd.", 1000, False), ("k", 1000, False), ("K", 1000, False), ("000", 1000, False),
           ("'000", 1000, False), ("thousand", 1000, False), ("thou.", 1000, False), ("M", 1000000, True),
           ("mn", 1000000, False), ("mln", 1000000, False), ("hundred", 100, False), ("hundreds", 100, False),
           ("C", 100, True), ("pairs", 2, True), ("pr", 2, True), ("prs", 2, True), ("打", 12, False),
           ("ダース", 12, False), ("дюж.", 12, False), ("тыс.", 1000, False), ("тыс. шт.", 1000, False),
           ("千个", 1000, False), ("万个", 10000, False), ("tusen", 1000, False), ("tuhatta", 1000, False),
           ("ezer db", 1000, False), ("bin adet", 1000, False), ("tis. ks", 1000, False), ("mille", 1000, True),
           ("milliers", 1000, False), ("miles", 1000, True), ("lakh", 100000, False), ("crore", 10000000, False),
           ("cases", None, True), ("cartons", None, True), ("packs", None, True), ("boxes", None, True),
           ("pallets", None, True), ("six-packs", 6, True), ("12-packs", 12, True)]
for r129_i, (r129_w, r129_f, r129_arg) in enumerate(r129_QW):
    for r129_lab in ("Qty", "Quantity", "Units", "Count", "Pieces"):
        if r129_lab not in ("Qty", "Quantity") and r129_i % 4:
            continue
        r129_t = "Z%d-%s-%s" % (r129_i, r129_lab, r129_tagify(r129_w))
        r129_e = 3 * r129_f if r129_f else 999
        r129_nm = r129_name()
        r129_pb = "Extract the item and quantity as JSON.\n\nItem: %s\n%s: 3\n" % (r129_nm, r129_lab)
        r129_pv = "Extract the item and quantity as JSON.\n\nItem: %s\n%s %s: 3\n" % (r129_nm, r129_lab, r129_w)
        r129_pair(r129_t, "Z_qtylabel", r129_QTY, r129_pb, {"item": r129_nm, "quantity": 3}, r129_QTY, r129_pv,
                  {"item": r129_nm, "quantity": r129_e}, arg=r129_arg)
        r129_nm2 = r129_name()
        r129_single(r129_t, "Z_qtylabel", r129_QTY, r129_pv.replace(r129_nm, r129_nm2),
                    {"item": r129_nm2, "quantity": r129_e}, {"item": r129_nm2, "quantity": 3}, arg=r129_arg)

r129_OTH = [
    ("population", "integer", "Population", "5.4", 5.4, [("mn", 1e6), ("mio", 1e6), ("Mio.", 1e6), ("million", 1e6),
                                                          ("millions", 1e6), ("lakh", 1e5), ("crore", 1e7), ("万", 1e4),
                                                          ("тыс.", 1e3), ("milj.", 1e6), ("M", 1e6), ("bn", 1e9)]),
    ("salary", "number", "Salary", "85", 85, [("K", 1e3), ("kEUR", 1e3), ("TEUR", 1e3), ("T€", 1e3), ("thou.", 1e3),
                                              ("'000", 1e3), ("000s", 1e3), ("k$", 1e3), ("lakhs", 1e5), ("LPA", 1e5),
                                              ("tkr", 1e3), ("tys. zł", 1e3), ("万元", 1e4), ("ezer Ft", 1e3)]),
    ("budget", "number", "Budget", "2.5", 2.5, [("mn", 1e6), ("MM", 1e6), ("bn", 1e9), ("Mrd.", 1e9), ("Mio.", 1e6),
                                                ("lakh", 1e5), ("crore", 1e7), ("milj.", 1e6), ("juta", 1e6),
                                                ("triệu", 1e6), ("millió", 1e6), ("milyon", 1e6), ("mld", 1e9),
                                                ("亿", 1e8)]),
]
for r129_k, r129_ty, r129_lab, r129_vt, r129_v0, r129_ws in r129_OTH:
    r129_sch = S({"item": "string", r129_k: r129_ty})
    for r129_j, (r129_w, r129_f) in enumerate(r129_ws):
        for r129_pl, r129_fmt in [("sp", "%s %s"), ("dash", "%s - %s"), ("comma", "%s, %s")]:
            r129_t = "O-%s-%d-%s-%s" % (r129_k, r129_j, r129_pl, r129_tagify(r129_w))
            r129_e = r129_v0 * r129_f
            r129_e = int(round(r129_e)) if r129_ty == "integer" or r129_e == int(r129_e) else r129_e
            r129_nm = r129_name()
            r129_q = r129_lab.lower()
            r129_pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_q, r129_nm,
                                                                                r129_fmt % (r129_lab, r129_w), r129_vt)
            if r129_ty == "number":
                r129_pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r129_q, r129_nm, r129_lab,
                                                                                    r129_vt)
                r129_pair(r129_t, "O_label", r129_sch, r129_pb, {"item": r129_nm, r129_k: r129_v0}, r129_sch,
                          r129_pv, {"item": r129_nm, r129_k: r129_e}, arg=r129_w == "M")
            r129_nm2 = r129_name()
            r129_mis = {"item": r129_nm2, r129_k: r129_v0 if r129_ty == "number" else 5}
            r129_single(r129_t, "O_label", r129_sch, r129_pv.replace(r129_nm, r129_nm2),
                        {"item": r129_nm2, r129_k: r129_e}, r129_mis, arg=r129_w == "M")


# the round-1 EUR text beside 千元 / 万元 is arguable (another currency)
r129_arguable.update({"d129-s-B15-desc-x", "d129-s-B30-desc-x"})
for r129_p_ in P:
    if r129_p_["id"] in r129_arguable and "arguable" not in r129_p_["family"]:
        r129_p_["family"] += "_arguable"

for r129_nm_ in [r129_x for r129_x in list(globals()) if not r129_x.startswith(("r129_", "__"))
                 and r129_x not in ("P", "S", "J", "E", "open_probe")]:
    del globals()[r129_nm_]


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 5th of the held rest.
from probe_kit import sample_round as r129_sample_round  # noqa: E402
r129_found = {
    'd129-b1015', 'd129-b1035', 'd129-b1038', 'd129-b1039',
    'd129-b1042', 'd129-b1043', 'd129-b1046', 'd129-b1047',
    'd129-b1050', 'd129-b1051', 'd129-b1054', 'd129-b1055',
    'd129-b1059', 'd129-b1063', 'd129-b1067', 'd129-b1071',
    'd129-b1075', 'd129-b1079', 'd129-b1087', 'd129-b1091',
    'd129-b1094', 'd129-b1095', 'd129-b1098', 'd129-b1099',
    'd129-b1102', 'd129-b1103', 'd129-b1106', 'd129-b1107',
    'd129-b1110', 'd129-b1111', 'd129-b1114', 'd129-b1147',
    'd129-b1167', 'd129-b1170', 'd129-b1171', 'd129-b1175',
    'd129-b1179', 'd129-b1223', 'd129-b1227', 'd129-b1231',
    'd129-b1247', 'd129-b1263', 'd129-b1279', 'd129-b1303',
    'd129-b1387', 'd129-b1395', 'd129-b1399', 'd129-b1427',
    'd129-b1435', 'd129-b1524', 'd129-b1596', 'd129-b1668',
    'd129-b1677', 'd129-b1686', 'd129-b1704', 'd129-b1722',
    'd129-b1731', 'd129-b1740', 'd129-b1749', 'd129-b1758',
    'd129-b1776', 'd129-b1794', 'd129-b1806', 'd129-b1915',
    'd129-b1916', 'd129-b1920', 'd129-b1921', 'd129-b1923',
    'd129-b1924', 'd129-b1925', 'd129-b1926', 'd129-b1929',
    'd129-b1960', 'd129-b1961', 'd129-b1988', 'd129-b2029',
    'd129-b2035', 'd129-b2036', 'd129-b2038', 'd129-b2043',
    'd129-b2059', 'd129-b2069', 'd129-b2070', 'd129-b2071',
    'd129-b2073', 'd129-b2090', 'd129-b2091', 'd129-b2093',
    'd129-b2094', 'd129-b2100', 'd129-b2101', 'd129-b2108',
    'd129-b2114', 'd129-b2163', 'd129-b2164', 'd129-b2175',
    'd129-b2176', 'd129-b2181', 'd129-b2186', 'd129-b2188',
    'd129-b2197', 'd129-b2199', 'd129-b2201', 'd129-b2203',
    'd129-b2208', 'd129-b2210', 'd129-b2214', 'd129-b2236',
    'd129-b2254', 'd129-b2256', 'd129-b2258', 'd129-b2263',
    'd129-b2265', 'd129-b2267', 'd129-b2269', 'd129-b2274',
    'd129-b2276', 'd129-b2278', 'd129-b2280', 'd129-b2287',
    'd129-b2291', 'd129-b2311', 'd129-b2313', 'd129-b2318',
    'd129-b2320', 'd129-b2322', 'd129-b2324', 'd129-b2329',
    'd129-b2342', 'd129-b2343', 'd129-b2357', 'd129-b2358',
    'd129-b2369', 'd129-b2393', 'd129-b2394', 'd129-b2396',
    'd129-b2397', 'd129-b2399', 'd129-b2400', 'd129-b2402',
    'd129-b2403', 'd129-b2405', 'd129-b2406', 'd129-b2408',
    'd129-b2409', 'd129-b241', 'd129-b2411', 'd129-b2412',
    'd129-b2413', 'd129-b321', 'd129-b325', 'd129-b331',
    'd129-b339', 'd129-b345', 'd129-b791', 'd129-b795',
    'd129-b799', 'd129-b803', 'd129-b807', 'd129-b811',
    'd129-b815', 'd129-b819', 'd129-b823', 'd129-b827',
    'd129-b831', 'd129-b835', 'd129-b839', 'd129-b843',
    'd129-b847', 'd129-b851', 'd129-b867', 'd129-b871',
    'd129-b883', 'd129-b891', 'd129-b894', 'd129-b895',
    'd129-b898', 'd129-b899', 'd129-b902', 'd129-b903',
    'd129-b906', 'd129-b907', 'd129-b910', 'd129-b911',
    'd129-b914', 'd129-b915', 'd129-b918', 'd129-b919',
    'd129-b922', 'd129-b967', 'd129-b975', 'd129-p-A68-lab-miljoonaa_euroa',
    'd129-p-A91-lab-ezer_Ft', 'd129-p-A92-lab-milli_Ft', 'd129-p-A93-lab-bin_TL', 'd129-p-A96-lab-E3_EUR',
    'd129-p-A97-lab-kilo_euros', 'd129-p-O-budget-10-dash-milli', 'd129-p-O-budget-10-sp-milli', 'd129-p-O-budget-11-dash-milyon',
    'd129-p-O-budget-11-sp-milyon', 'd129-p-O-budget-12-dash-mld', 'd129-p-O-budget-12-sp-mld', 'd129-p-O-budget-13-comma-x',
    'd129-p-O-budget-13-dash-x', 'd129-p-O-budget-13-sp-x', 'd129-p-O-budget-7-dash-milj', 'd129-p-O-budget-7-sp-milj',
    'd129-p-O-budget-8-dash-juta', 'd129-p-O-budget-8-sp-juta', 'd129-p-O-budget-9-dash-tri_u', 'd129-p-O-budget-9-sp-tri_u',
    'd129-p-O-salary-13-sp-ezer_Ft', 'd129-p-O-salary-4-dash-thou', 'd129-p-O-salary-4-sp-thou', 'd129-p-O-salary-9-dash-LPA',
    'd129-p-O-salary-9-sp-LPA', 'd129-p-Q-quantity-9-Quantity_gross', 'd129-p-W0-lab-tuhatta_euroa', 'd129-p-W1-lab-tuh',
    'd129-p-W10-lab-milli_rd_Ft', 'd129-p-W108-lab-thou', 'd129-p-W109-lab-thsd', 'd129-p-W11-lab-bin',
    'd129-p-W110-lab-thous', 'd129-p-W114-lab-bil', 'd129-p-W118-lab-kkr', 'd129-p-W12-lab-bin_TL',
    'd129-p-W122-lab-TEuro', 'd129-p-W128-lab-Milliarden', 'd129-p-W13-lab-milyon_TL', 'd129-p-W14-lab-milyar_TL',
    'd129-p-W149-lab-Rs_Cr', 'd129-p-W15-lab-bin', 'd129-p-W151-lab-lacs', 'd129-p-W152-lab-Lacs',
    'd129-p-W159-lab-centenas', 'd129-p-W161-lab-sto_tis_c', 'd129-p-W19-lab-tis', 'd129-p-W2-lab-milj',
    'd129-p-W20-lab-mii_lei', 'd129-p-W23-lab-tisu_a_kuna', 'd129-p-W25-lab-x', 'd129-p-W25-pre-x',
    'd129-p-W26-lab-x', 'd129-p-W26-pre-x', 'd129-p-W27-lab-x', 'd129-p-W27-pre-x',
    'd129-p-W28-lab-x', 'd129-p-W28-pre-x', 'd129-p-W29-lab-x', 'd129-p-W29-pre-x',
    'd129-p-W3-lab-miljoonaa', 'd129-p-W30-lab-x', 'd129-p-W30-pre-x', 'd129-p-W31-lab-x',
    'd129-p-W31-pre-x', 'd129-p-W32-lab-x', 'd129-p-W32-pre-x', 'd129-p-W4-lab-tuhansina_euroina',
    'd129-p-W44-lab-mgl', 'd129-p-W46-lab-t_kr', 'd129-p-W5-lab-ezer_forint', 'd129-p-W56-lab-tuh_eurot',
    'd129-p-W6-lab-eFt', 'd129-p-W61-lab-x', 'd129-p-W61-pre-x', 'd129-p-W62-lab-x',
    'd129-p-W62-pre-x', 'd129-p-W63-lab-x', 'd129-p-W63-pre-x', 'd129-p-W64-lab-x',
    'd129-p-W64-pre-x', 'd129-p-W65-lab-x', 'd129-p-W65-pre-x', 'd129-p-W66-lab-ngh_n_ng',
    'd129-p-W67-lab-tri_u_ng', 'd129-p-W68-lab-t_ng', 'd129-p-W69-lab-ribu_rupiah', 'd129-p-W7-lab-MFt',
    'd129-p-W70-lab-Rp_juta', 'd129-p-W71-lab-juta', 'd129-p-W72-lab-miliar_Rp', 'd129-p-W74-lab-RM_juta',
    'd129-p-W75-lab-x', 'd129-p-W75-pre-x', 'd129-p-W76-lab-x', 'd129-p-W76-pre-x',
    'd129-p-W77-lab-x', 'd129-p-W77-pre-x', 'd129-p-W78-lab-x', 'd129-p-W78-pre-x',
    'd129-p-W79-lab-x', 'd129-p-W79-pre-x', 'd129-p-W8-lab-ezer', 'd129-p-W80-lab-x',
    'd129-p-W80-pre-x', 'd129-p-W89-lab-elfu', 'd129-p-W9-lab-milli', 'd129-p-W94-lab-1E3',
    'd129-p-W94-pre-1E3', 'd129-p-W95-lab-kilo', 'd129-p-W96-lab-mega_euros', 'd129-p-W97-lab-kiloeuros',
    'd129-p-X11-dash-x', 'd129-p-X19-dash-juta', 'd129-p-X20-dash-x', 'd129-p-X21-dash-x',
    'd129-p-X23-dash-elfu', 'd129-p-X25-dash-kiloeuros', 'd129-p-X26-dash-thou', 'd129-p-X27-dash-thsd',
    'd129-p-X28-dash-kkr', 'd129-p-X29-dash-TEuro', 'd129-p-X3-dash-MFt', 'd129-p-X31-dash-lacs',
    'd129-p-X33-dash-t_kr', 'd129-p-Y108-dash-thou', 'd129-p-Y108-endash-thou', 'd129-p-Y109-dash-thsd',
    'd129-p-Y11-dash-bin', 'd129-p-Y110-dash-thous', 'd129-p-Y114-dash-bil', 'd129-p-Y114-endash-bil',
    'd129-p-Y118-dash-kkr', 'd129-p-Y122-dash-TEuro', 'd129-p-Y151-dash-lacs', 'd129-p-Y152-dash-Lacs',
    'd129-p-Y159-dash-centenas', 'd129-p-Y159-endash-centenas', 'd129-p-Y3-dash-miljoonaa', 'd129-p-Y3-endash-miljoonaa',
    'd129-p-Y30-dash-x', 'd129-p-Y30-endash-x', 'd129-p-Y46-dash-t_kr', 'd129-p-Y6-dash-eFt',
    'd129-p-Y6-endash-eFt', 'd129-p-Y7-dash-MFt', 'd129-p-Y71-dash-juta', 'd129-p-Y75-dash-x',
    'd129-p-Y75-endash-x', 'd129-p-Y76-dash-x', 'd129-p-Y79-dash-x', 'd129-p-Y8-dash-ezer',
    'd129-p-Y89-dash-elfu', 'd129-p-Y9-dash-milli', 'd129-p-Y9-endash-milli', 'd129-p-Y95-dash-kilo',
    'd129-p-Y96-dash-mega_euros', 'd129-p-Y96-endash-mega_euros', 'd129-p-Y97-dash-kiloeuros', 'd129-p-Z0-Quantity-doz',
    'd129-p-Z1-Quantity-doz', 'd129-p-Z10-Quantity-Dtz', 'd129-p-Z12-Quantity-Schock', 'd129-p-Z2-Quantity-dz',
    'd129-p-Z20-Quantity-thou', 'd129-p-Z26-Quantity-C', 'd129-p-Z27-Quantity-pairs', 'd129-p-Z28-Quantity-pr',
    'd129-p-Z29-Quantity-prs', 'd129-p-Z30-Quantity-x', 'd129-p-Z31-Quantity-x', 'd129-p-Z32-Quantity-x',
    'd129-p-Z33-Quantity-x', 'd129-p-Z34-Quantity-x', 'd129-p-Z35-Quantity-x', 'd129-p-Z36-Quantity-x',
    'd129-p-Z38-Quantity-tuhatta', 'd129-p-Z40-Quantity-bin_adet', 'd129-p-Z47-Quantity-cases', 'd129-p-Z48-Quantity-cartons',
    'd129-p-Z49-Quantity-packs', 'd129-p-Z5-Quantity-gross', 'd129-p-Z50-Quantity-boxes', 'd129-p-Z51-Quantity-pallets',
    'd129-p-Z52-Quantity-six_packs', 'd129-p-Z53-Quantity-12_packs', 'd129-p-Z6-Quantity-gro', 'd129-p-Z7-Quantity-gr',
    'd129-p-Z8-Quantity-great_gross', 'd129-p-Z9-Quantity-score', 'd129-s-A68-lab-miljoonaa_euroa', 'd129-s-A91-lab-ezer_Ft',
    'd129-s-A92-lab-milli_Ft', 'd129-s-A93-lab-bin_TL', 'd129-s-A96-lab-E3_EUR', 'd129-s-A97-lab-kilo_euros',
    'd129-s-B15-desc-x', 'd129-s-B30-desc-x', 'd129-s-O-budget-10-dash-milli', 'd129-s-O-budget-10-sp-milli',
    'd129-s-O-budget-11-dash-milyon', 'd129-s-O-budget-11-sp-milyon', 'd129-s-O-budget-12-dash-mld', 'd129-s-O-budget-12-sp-mld',
    'd129-s-O-budget-13-comma-x', 'd129-s-O-budget-13-dash-x', 'd129-s-O-budget-13-sp-x', 'd129-s-O-budget-7-dash-milj',
    'd129-s-O-budget-7-sp-milj', 'd129-s-O-budget-8-dash-juta', 'd129-s-O-budget-8-sp-juta', 'd129-s-O-budget-9-dash-tri_u',
    'd129-s-O-budget-9-sp-tri_u', 'd129-s-O-salary-13-sp-ezer_Ft', 'd129-s-O-salary-4-dash-thou', 'd129-s-O-salary-4-sp-thou',
    'd129-s-O-salary-9-dash-LPA', 'd129-s-O-salary-9-sp-LPA', 'd129-s-Q-quantity-2-Qty_doz', 'd129-s-Q-quantity-9-Quantity_gross',
    'd129-s-W0-lab-tuhatta_euroa', 'd129-s-W1-lab-tuh', 'd129-s-W10-lab-milli_rd_Ft', 'd129-s-W108-lab-thou',
    'd129-s-W109-lab-thsd', 'd129-s-W11-lab-bin', 'd129-s-W110-lab-thous', 'd129-s-W114-lab-bil',
    'd129-s-W118-lab-kkr', 'd129-s-W12-lab-bin_TL', 'd129-s-W122-lab-TEuro', 'd129-s-W128-lab-Milliarden',
    'd129-s-W13-lab-milyon_TL', 'd129-s-W14-lab-milyar_TL', 'd129-s-W149-lab-Rs_Cr', 'd129-s-W15-lab-bin',
    'd129-s-W151-lab-lacs', 'd129-s-W152-lab-Lacs', 'd129-s-W159-lab-centenas', 'd129-s-W161-lab-sto_tis_c',
    'd129-s-W19-lab-tis', 'd129-s-W2-lab-milj', 'd129-s-W20-lab-mii_lei', 'd129-s-W23-lab-tisu_a_kuna',
    'd129-s-W25-lab-x', 'd129-s-W25-pre-x', 'd129-s-W26-lab-x', 'd129-s-W26-pre-x',
    'd129-s-W27-lab-x', 'd129-s-W27-pre-x', 'd129-s-W28-lab-x', 'd129-s-W28-pre-x',
    'd129-s-W29-lab-x', 'd129-s-W29-pre-x', 'd129-s-W3-lab-miljoonaa', 'd129-s-W30-lab-x',
    'd129-s-W30-pre-x', 'd129-s-W31-lab-x', 'd129-s-W31-pre-x', 'd129-s-W32-lab-x',
    'd129-s-W32-pre-x', 'd129-s-W4-lab-tuhansina_euroina', 'd129-s-W44-lab-mgl', 'd129-s-W46-lab-t_kr',
    'd129-s-W5-lab-ezer_forint', 'd129-s-W56-lab-tuh_eurot', 'd129-s-W6-lab-eFt', 'd129-s-W61-lab-x',
    'd129-s-W61-pre-x', 'd129-s-W62-lab-x', 'd129-s-W62-pre-x', 'd129-s-W63-lab-x',
    'd129-s-W63-pre-x', 'd129-s-W64-lab-x', 'd129-s-W64-pre-x', 'd129-s-W65-lab-x',
    'd129-s-W65-pre-x', 'd129-s-W66-lab-ngh_n_ng', 'd129-s-W67-lab-tri_u_ng', 'd129-s-W68-lab-t_ng',
    'd129-s-W69-lab-ribu_rupiah', 'd129-s-W7-lab-MFt', 'd129-s-W70-lab-Rp_juta', 'd129-s-W71-lab-juta',
    'd129-s-W72-lab-miliar_Rp', 'd129-s-W74-lab-RM_juta', 'd129-s-W75-lab-x', 'd129-s-W75-pre-x',
    'd129-s-W76-lab-x', 'd129-s-W76-pre-x', 'd129-s-W77-lab-x', 'd129-s-W77-pre-x',
    'd129-s-W78-lab-x', 'd129-s-W78-pre-x', 'd129-s-W79-lab-x', 'd129-s-W79-pre-x',
    'd129-s-W8-lab-ezer', 'd129-s-W80-lab-x', 'd129-s-W80-pre-x', 'd129-s-W89-lab-elfu',
    'd129-s-W9-lab-milli', 'd129-s-W94-lab-1E3', 'd129-s-W94-pre-1E3', 'd129-s-W95-lab-kilo',
    'd129-s-W96-lab-mega_euros', 'd129-s-W97-lab-kiloeuros', 'd129-s-X11-dash-x', 'd129-s-X14-unit-x',
    'd129-s-X19-dash-juta', 'd129-s-X20-dash-x', 'd129-s-X21-dash-x', 'd129-s-X23-dash-elfu',
    'd129-s-X25-dash-kiloeuros', 'd129-s-X26-dash-thou', 'd129-s-X27-dash-thsd', 'd129-s-X28-dash-kkr',
    'd129-s-X29-dash-TEuro', 'd129-s-X3-dash-MFt', 'd129-s-X31-dash-lacs', 'd129-s-X33-dash-t_kr',
    'd129-s-X8-unit-x', 'd129-s-Y108-dash-thou', 'd129-s-Y108-endash-thou', 'd129-s-Y109-dash-thsd',
    'd129-s-Y11-dash-bin', 'd129-s-Y110-dash-thous', 'd129-s-Y114-dash-bil', 'd129-s-Y114-endash-bil',
    'd129-s-Y118-dash-kkr', 'd129-s-Y122-dash-TEuro', 'd129-s-Y151-dash-lacs', 'd129-s-Y152-dash-Lacs',
    'd129-s-Y159-dash-centenas', 'd129-s-Y159-endash-centenas', 'd129-s-Y3-dash-miljoonaa', 'd129-s-Y3-endash-miljoonaa',
    'd129-s-Y30-dash-x', 'd129-s-Y30-endash-x', 'd129-s-Y46-dash-t_kr', 'd129-s-Y6-dash-eFt',
    'd129-s-Y6-endash-eFt', 'd129-s-Y7-dash-MFt', 'd129-s-Y71-dash-juta', 'd129-s-Y75-dash-x',
    'd129-s-Y75-endash-x', 'd129-s-Y76-dash-x', 'd129-s-Y79-dash-x', 'd129-s-Y8-dash-ezer',
    'd129-s-Y89-dash-elfu', 'd129-s-Y9-dash-milli', 'd129-s-Y9-endash-milli', 'd129-s-Y95-dash-kilo',
    'd129-s-Y96-dash-mega_euros', 'd129-s-Y96-endash-mega_euros', 'd129-s-Y97-dash-kiloeuros', 'd129-s-Z0-Qty-doz',
    'd129-s-Z0-Quantity-doz', 'd129-s-Z1-Qty-doz', 'd129-s-Z1-Quantity-doz', 'd129-s-Z10-Qty-Dtz',
    'd129-s-Z10-Quantity-Dtz', 'd129-s-Z12-Qty-Schock', 'd129-s-Z12-Quantity-Schock', 'd129-s-Z2-Qty-dz',
    'd129-s-Z2-Quantity-dz', 'd129-s-Z20-Qty-thou', 'd129-s-Z20-Quantity-thou', 'd129-s-Z26-Qty-C',
    'd129-s-Z26-Quantity-C', 'd129-s-Z27-Qty-pairs', 'd129-s-Z27-Quantity-pairs', 'd129-s-Z28-Qty-pr',
    'd129-s-Z28-Quantity-pr', 'd129-s-Z29-Qty-prs', 'd129-s-Z29-Quantity-prs', 'd129-s-Z30-Qty-x',
    'd129-s-Z30-Quantity-x', 'd129-s-Z31-Qty-x', 'd129-s-Z31-Quantity-x', 'd129-s-Z32-Qty-x',
    'd129-s-Z32-Quantity-x', 'd129-s-Z33-Qty-x', 'd129-s-Z33-Quantity-x', 'd129-s-Z34-Qty-x',
    'd129-s-Z34-Quantity-x', 'd129-s-Z35-Qty-x', 'd129-s-Z35-Quantity-x', 'd129-s-Z36-Qty-x',
    'd129-s-Z36-Quantity-x', 'd129-s-Z38-Qty-tuhatta', 'd129-s-Z38-Quantity-tuhatta', 'd129-s-Z40-Qty-bin_adet',
    'd129-s-Z40-Quantity-bin_adet', 'd129-s-Z47-Qty-cases', 'd129-s-Z47-Quantity-cases', 'd129-s-Z48-Qty-cartons',
    'd129-s-Z48-Quantity-cartons', 'd129-s-Z49-Qty-packs', 'd129-s-Z49-Quantity-packs', 'd129-s-Z5-Qty-gross',
    'd129-s-Z5-Quantity-gross', 'd129-s-Z50-Qty-boxes', 'd129-s-Z50-Quantity-boxes', 'd129-s-Z51-Qty-pallets',
    'd129-s-Z51-Quantity-pallets', 'd129-s-Z52-Qty-six_packs', 'd129-s-Z52-Quantity-six_packs', 'd129-s-Z53-Qty-12_packs',
    'd129-s-Z53-Quantity-12_packs', 'd129-s-Z6-Qty-gro', 'd129-s-Z6-Quantity-gro', 'd129-s-Z7-Qty-gr',
    'd129-s-Z7-Quantity-gr', 'd129-s-Z8-Qty-great_gross', 'd129-s-Z8-Quantity-great_gross', 'd129-s-Z9-Qty-score',
    'd129-s-Z9-Quantity-score'
}
r129_sample_round("d129-", r129_found, 5)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r129_left_out = {
    'd129-s-B30-desc-x', 'd129-p-Z47-Quantity-cases', 'd129-s-B15-desc-x', 'd129-s-Z47-Qty-cases', 'd129-s-Z47-Quantity-cases'
}
P[:] = [r129_p for r129_p in P if r129_p["id"] not in r129_left_out]
