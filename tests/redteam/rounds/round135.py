r"""Red-team round 135 (black box, stepcache-s46): THE LABEL OF A NUMBER, json_extract.
Focus: a number member (amount, price, quantity, count, weight, duration, rate) whose label carries words beyond the
member's own. 2557 probes from templates. PAIRS (d135-b-/d135-v-): plain "Word: n" stored, then the variant label with
answers [base's stale answer, right]. SINGLES (d135-s-): the model copies the number as written, run twice.
SAFE (d135-ok-): paraphrase, whitespace, unrelated sentence, case, synonym label, other layouts.
Families: A scale/unit word before the word, glued, hyphenated, after , / | ; ("Thousand amount", "TEUR Amount",
"Dozen quantity", "Amount-k", "kAmount", "Amount_thousands", "Amount(k)", "Amount/1000", "Amount, in 000");
U unit in the label against a described unit ("Weight g", "Gram weight", "Duration h", "Price ct", "Rate bp",
"Price kg"); V scale on the value's line ("1250 (thousands)", "1.25 thousand", "3 dozen", "3 gross", "3 packs of
10"); N labels without the member's word (Sum, Total, Beløp, Betrag, Montant, Qty, Menge, Pcs, Mass, Dauer, Satz...)
with another field's number first; Q qualifiers that change which number (net/gross, due/paid, before discount,
ordered/shipped, planned/actual, previous/current, expected/received); T the same labels in CSV, ;CSV, TSV,
Markdown table, JSON record, key=value, label-on-its-own-line layouts; K2 SI/other prefix words before the word
("Kilo/Mega/Giga/Milli/Hecto/Deca/Centi amount", "K amount", "Grand", "Myriad", "Double", "Half", "Cents");
K3/K4 a scale, unit or subunit word right after the word ("Amount kilo", "Amount in kilo", "Amount in cents",
"Amount mega", "Amount thousands", "Amount lakh", "Quantity in gross", "Weight in grams", "Duration in hours").
HELD: every pair of A, U, V, N, Q, T and the K2/K3/K4 pairs except the kilo/cent ones below (reuse refused:
"its evidence "amount : 1250" is not in the new text", "the text states this value as "betrag", not as amount",
"the text gives figures in "thousand"", or "not stored: the model gave a value again that failed reuse"); every
single of A, U, V, N, Q, T except "Kilo amount/quantity" (stored copies refused at the store gate, even where the
fresh answer was served wrong, e.g. "Amount-k: 1250" -> 1250 on the patch path).
GOT THROUGH (confirmed alone on a fresh SQLite store, --runs 2): 35 singles (alone.txt): an SI prefix word before
the member's word is not read as a scale -- the model's copy is stored and served again from the cache:
"Mega amount: 1250" (right 1.25e9), "Giga amount", "Milli amount", "Hecto amount", "Deca amount",
"Centi amount", "Mega price", "Giga price", "Milli price", "Centi price", "Hecto price", "Deca price", "Mega/Giga/Hecto/
Deca quantity", "Mega/Giga/Hecto/Deca count", with the label line first or after "Item:" (reason "all 2 steps
verified"). Held: "Amount (mega)", "Amount mega", "Amount in mega", "Lakh/Crore/Mille/Mn/Bn amount" (known scales).
ARGUABLE (alone_arguable.txt, 30 items, in r135_arguable, family "..._arguable"): "Kilo amount"/"Kilo quantity"
singles; pairs "Amount kilo: 1250", "Amount in kilo: 1250", "Price kilo", "Price in kilo", "Quantity kilo",
"Quantity in kilo" (kilo may mean kilograms), "Amount in cents"/"Amount cents"/"Amount cent"/"Amount in cent" with
no unit in the schema (held when the schema says "amount in euros"), and the singles "Grand/Myriad/Double/Half/Cents
amount", "Milli/Centi quantity/count" (fractional counts). Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r135_pairs = []
r135_singles = []
r135_safe = []
r135_arguable = set()
r135_n = [0]
r135_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r135_ITEMS = ["Hoist", "Jack", "Crane", "Pump", "Valve", "Motor", "Drill", "Lathe", "Press", "Saw", "Kiln", "Loom"]
r135_NR = 999999  # no single right value


def r135_item():
    n = r135_n[0]
    r135_n[0] += 1
    return r135_ITEMS[n % 12] + " " + r135_SYL[n % 10] + r135_SYL[(n // 10) % 10].lower() + r135_SYL[(n // 100) % 10].lower() + "dal"


def r135_pair(tag, r135_fam, sch, bpr, bexp, vpr, vexp, stale=None, arg=False, safe=False):
    b = "d135-b-" + tag
    v = ("d135-ok-" if safe else "d135-v-") + tag
    J(b, "r135_" + r135_fam + "_base", bpr, sch, bexp, [bexp])
    if safe:
        J(v, "r135_" + r135_fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r135_safe.append(v)
    else:
        ans = [stale or bexp] + ([vexp] if vexp.get("_nr") is None else [])
        J(v, "r135_" + r135_fam + ("_arguable" if arg else ""), vpr, sch, vexp, ans if len(ans) > 1 else ans)
        if arg:
            r135_arguable.add(v)
    r135_pairs.append((b, v))


def r135_single(tag, r135_fam, sch, r135_pr, exp, mis, arg=False):
    s = "d135-s-" + tag
    J(s, "r135_" + r135_fam + "_single" + ("_arguable" if arg else ""), r135_pr, sch, exp, [mis, exp, exp])
    r135_singles.append(s)
    if arg:
        r135_arguable.add(s)


# member key, type, label word, base number
r135_MEM = [
    ("amount", "number", "Amount", 1250),
    ("price", "number", "Price", 45),
    ("quantity", "integer", "Quantity", 12),
    ("count", "integer", "Count", 8),
    ("weight", "number", "Weight", 35),
    ("duration", "number", "Duration", 90),
    ("rate", "number", "Rate", 6),
]
r135_MONEY = {"amount", "price"}

# ---------------------------------------------------------------- A: scale word in the label
# tag, label template ({W} = word, {w} = lower), factor, members (None = all), arguable
r135_AL = [
    ("thou-pre", "Thousand {w}", 1000, None, False),
    ("thous-pre", "Thousands {w}", 1000, None, False),
    ("thou-of", "Thousands of {w}", 1000, None, False),
    ("kilo-pre", "Kilo {w}", 1000, {"amount", "quantity", "count"}, True),
    ("mio-pre", "Mio. {W}", 1000000, {"amount", "quantity"}, False),
    ("mn-pre", "Million {w}", 1000000, {"amount", "quantity", "count"}, False),
    ("teur-pre", "TEUR {W}", 1000, {"amount", "price"}, False),
    ("keur-pre", "kEUR {w}", 1000, {"amount", "price"}, False),
    ("tsd-pre", "Tsd. {W}", 1000, {"amount", "quantity"}, False),
    ("000-pre", "000s {w}", 1000, None, False),
    ("q000-pre", "'000 {w}", 1000, None, False),
    ("hund-pre", "Hundreds of {w}", 100, None, False),
    ("hund2-pre", "Hundred {w}", 100, {"amount", "quantity", "count"}, False),
    ("dozen-pre", "Dozen {w}", 12, {"quantity", "count"}, False),
    ("dozens-pre", "Dozens of {w}", 12, {"quantity", "count"}, False),
    ("k-dash", "{W}-k", 1000, None, False),
    ("k-glue", "k{W}", 1000, None, False),
    ("K-glue", "{W}K", 1000, None, True),
    ("k-under", "{W}_k", 1000, None, False),
    ("thou-under", "{W}_thousands", 1000, None, False),
    ("thou-dash", "{W}-thousands", 1000, None, False),
    ("thou-glue", "{W}Thousands", 1000, None, False),
    ("k-paren", "{W}(k)", 1000, None, False),
    ("k-paren2", "{W} (k)", 1000, None, False),
    ("k-brack", "{W}[k]", 1000, None, False),
    ("slash1000", "{W}/1000", 1000, None, True),
    ("div1000", "{W} ÷ 1000", 1000, None, True),
    ("x1000g", "{W}x1000", 1000, None, False),
    ("comma000", "{W}, in 000", 1000, None, False),
    ("commath", "{W}, thousands", 1000, None, False),
    ("slashth", "{W} / thousands", 1000, None, False),
    ("pipeth", "{W} | thousands", 1000, None, False),
    ("pipe000", "{W} | in 000", 1000, None, False),
    ("semith", "{W}; in thousands", 1000, None, False),
    ("dashth", "{W} - in thousands", 1000, None, False),
    ("inK", "{W} in k", 1000, None, False),
    ("inth", "{W} in thousand", 1000, None, False),
    ("mil-comma", "{W}, millions", 1000000, None, False),
    ("hund-comma", "{W}, in hundreds", 100, None, False),
    ("doz-paren", "{W} (dozens)", 12, {"quantity", "count"}, False),
    ("doz-comma", "{W}, dozen", 12, {"quantity", "count"}, False),
    ("doz-in", "{W} in dozens", 12, {"quantity", "count"}, False),
    ("e3-glue", "{W}e3", 1000, None, True),
    ("sup3", "{W} ×10³", 1000, None, False),
    ("pow3", "{W} (10^3)", 1000, None, False),
    ("tsd-paren-pre", "(Tsd.) {W}", 1000, None, False),
    ("k-pre-paren", "(k) {W}", 1000, None, False),
    ("th-units", "{W} (thousand units)", 1000, {"quantity", "count"}, False),
    ("thou-units-pre", "Thousand units", 1000, {"quantity"}, False),
]
# units beside the member: description fixes the unit; label states another one
# tag, key, desc, base label, base n, variant label, right
r135_AU = [
    ("g-kg", "weight", "weight in kilograms", "Weight", 2500, "Weight g", 2.5),
    ("g-pre", "weight", "weight in kilograms", "Weight", 2500, "Gram weight", 2.5),
    ("g-glue", "weight", "weight in kilograms", "Weight", 2500, "Weight_g", 2.5),
    ("g-dash", "weight", "weight in kilograms", "Weight", 2500, "Weight-g", 2.5),
    ("g-paren", "weight", "weight in kilograms", "Weight", 2500, "Weight(g)", 2.5),
    ("g-comma", "weight", "weight in kilograms", "Weight", 2500, "Weight, g", 2.5),
    ("t-pre", "weight", "weight in kilograms", "Weight", 3, "Tonnes weight", 3000),
    ("t-glue", "weight", "weight in kilograms", "Weight", 3, "Weight_t", 3000),
    ("lb-pre", "weight", "weight in kilograms", "Weight", 10, "Pounds weight", 4.5359237),
    ("s-min", "duration", "duration in minutes", "Duration", 90, "Duration s", 1.5),
    ("s-pre", "duration", "duration in minutes", "Duration", 90, "Seconds duration", 1.5),
    ("s-glue", "duration", "duration in minutes", "Duration", 90, "Duration_sec", 1.5),
    ("h-min", "duration", "duration in minutes", "Duration", 2, "Duration h", 120),
    ("h-pre", "duration", "duration in minutes", "Duration", 2, "Hours duration", 120),
    ("h-glue", "duration", "duration in minutes", "Duration", 2, "DurationHrs", 120),
    ("h-paren", "duration", "duration in minutes", "Duration", 2, "Duration(h)", 120),
    ("ct-eur", "price", "price in euros", "Price", 450, "Price ct", 4.5),
    ("ct-pre", "price", "price in euros", "Price", 450, "Cent price", 4.5),
    ("ct-glue", "price", "price in euros", "Price", 450, "Price_cents", 4.5),
    ("ct-comma", "price", "price in euros", "Price", 450, "Price, cents", 4.5),
    ("pct-bp", "rate", "rate in percent", "Rate", 250, "Rate bp", 2.5),
    ("pct-bp-pre", "rate", "rate in percent", "Rate", 250, "Basis-point rate", 2.5),
    ("kg-price", "price", "price per item in euros", "Price", 4, "Price kg", r135_NR),
    ("kg-price2", "price", "price per item in euros", "Price", 4, "Price/kg", r135_NR),
    ("kg-price3", "price", "price per item in euros", "Price", 4, "Kilo price", r135_NR),
]

for r135_key, r135_ty, r135_W, r135_b in r135_MEM:
    r135_sch = S({"item": "string", r135_key: r135_ty})
    for r135_t, r135_lt, r135_f, r135_ms, r135_a in r135_AL:
        if r135_ms is not None and r135_key not in r135_ms:
            continue
        r135_lab = r135_lt.format(W=r135_W, w=r135_W.lower())
        if r135_t == "thou-units-pre":
            r135_lab = "Thousand units"
        r135_it = r135_item()
        r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
        r135_right = r135_b * r135_f
        r135_pair("A-%s-%s" % (r135_key, r135_t), "A", r135_sch,
                  r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_b), {"item": r135_it, r135_key: r135_b},
                  r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_lab, r135_b), {"item": r135_it, r135_key: r135_right}, arg=r135_a)
        if r135_key in ("amount", "quantity"):
            r135_it2 = r135_item()
            r135_single("A-%s-%s" % (r135_key, r135_t), "A", r135_sch,
                        "Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r135_key, r135_lab, r135_b, r135_it2),
                        {"item": r135_it2, r135_key: r135_right}, {"item": r135_it2, r135_key: r135_b}, arg=r135_a)

for r135_t, r135_key, r135_d, r135_bl, r135_bn, r135_vl, r135_r in r135_AU:
    r135_sch = S({"item": "string", r135_key: "number"}, {r135_key: r135_d})
    r135_it = r135_item()
    r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
    r135_pair("U-" + r135_t, "U", r135_sch, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_bl, r135_bn), {"item": r135_it, r135_key: r135_bn},
              r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_vl, r135_bn), {"item": r135_it, r135_key: r135_r},
              arg=(r135_r == r135_NR or r135_t.startswith("lb")))
    r135_it2 = r135_item()
    r135_single("U-" + r135_t, "U", r135_sch, "Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r135_key, r135_vl, r135_bn, r135_it2),
                {"item": r135_it2, r135_key: r135_r}, {"item": r135_it2, r135_key: r135_bn}, arg=(r135_r == r135_NR or r135_t.startswith("lb")))

# ---------------------------------------------------------------- V: the scale on the value's line
# tag, base value text, base n, variant value text, right, members
r135_AV = [
    ("paren-th", "1250", 1250, "1250 (thousands)", 1250000, None),
    ("in-th", "1250", 1250, "1250 in thousands", 1250000, None),
    ("comma-in-th", "1250", 1250, "1250, in thousands", 1250000, None),
    ("th-word", "1250", 1250, "1250 thousand", 1250000, None),
    ("dec-th", "1.25", 1.25, "1.25 thousand", 1250, None),
    ("dec-k", "1.25", 1.25, "1.25k", 1250, None),
    ("dec-K", "1.25", 1.25, "1.25 K", 1250, None),
    ("dec-mn", "1.25", 1.25, "1.25 million", 1250000, None),
    ("dec-mio", "1.25", 1.25, "1.25 Mio.", 1250000, None),
    ("pipe-th", "1250", 1250, "1250 | thousands", 1250000, None),
    ("slash-th", "1250", 1250, "1250 / in thousands", 1250000, None),
    ("000s", "1250", 1250, "1250 (000s)", 1250000, None),
    ("x1000", "1250", 1250, "1250 x1000", 1250000, None),
    ("times", "1250", 1250, "1250 ×10³", 1250000, None),
    ("tsd", "1250", 1250, "1250 Tsd.", 1250000, None),
    ("teur", "1250", 1250, "1250 TEUR", 1250000, None),
    ("hund", "12", 12, "12 hundred", 1200, None),
    ("doz", "3", 3, "3 dozen", 36, {"quantity", "count"}),
    ("dozp", "3", 3, "3 (dozens)", 36, {"quantity", "count"}),
    ("doz-abbr", "3", 3, "3 doz.", 36, {"quantity", "count"}),
    ("gross", "3", 3, "3 gross", 432, {"quantity", "count"}),
    ("score", "3", 3, "3 score", 60, {"quantity", "count"}),
    ("dozen-of", "3", 3, "3 dozen eggs", 36, {"quantity"}),
    ("pairs", "3", 3, "3 pairs", 6, {"quantity", "count"}),
    ("packs", "3", 3, "3 packs of 10", 30, {"quantity"}),
    ("boxes", "3", 3, "3 boxes (12 each)", 36, {"quantity"}),
]
for r135_key, r135_ty, r135_W, r135_b in r135_MEM:
    if r135_key not in ("amount", "quantity", "count", "price"):
        continue
    r135_sch = S({"item": "string", r135_key: "number"})
    for r135_t, r135_bv, r135_bn, r135_vv, r135_r, r135_ms in r135_AV:
        if r135_ms is not None and r135_key not in r135_ms:
            continue
        if r135_ms is None and r135_key in ("count", "price") and r135_t not in ("paren-th", "in-th", "th-word", "dec-th", "hund", "tsd"):
            continue
        r135_it = r135_item()
        r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
        r135_pair("V-%s-%s" % (r135_key, r135_t), "V", r135_sch, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_bv),
                  {"item": r135_it, r135_key: r135_bn}, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_vv), {"item": r135_it, r135_key: r135_r},
                  arg=r135_t in ("pairs",))
        if r135_key in ("amount", "quantity"):
            r135_it2 = r135_item()
            r135_single("V-%s-%s" % (r135_key, r135_t), "V", r135_sch,
                        "Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r135_key, r135_W, r135_vv, r135_it2),
                        {"item": r135_it2, r135_key: r135_r}, {"item": r135_it2, r135_key: r135_bn}, arg=r135_t in ("pairs",))

# ---------------------------------------------------------------- N: labels without the member's word
# synonym / other language label; the variant puts another field's number first (the stale one)
r135_SYN = {
    "amount": ["Sum", "Total", "Beløp", "Betrag", "Montant", "Importe", "Belopp", "Bedrag", "Summe", "Kwota", "Amt", "Amnt"],
    "price": ["Cost", "Preis", "Pris", "Prix", "Precio", "Prezzo", "Unit cost", "Charge"],
    "quantity": ["Qty", "Menge", "Antall", "Quantité", "Cantidad", "Units", "Pcs", "Pieces", "Stk."],
    "count": ["Number", "No. of", "Anzahl", "Antal", "Tally", "Total number", "Nombre"],
    "weight": ["Mass", "Gewicht", "Vekt", "Poids", "Peso", "Wt."],
    "duration": ["Length", "Dauer", "Varighet", "Durée", "Time taken", "Runtime"],
    "rate": ["Ratio", "Satz", "Sats", "Taux", "Tasa", "Percentage"],
}
r135_DIST = ["Order no.", "Ref", "Invoice no.", "Customer no.", "Batch", "Line"]
for r135_key, r135_ty, r135_W, r135_b in r135_MEM:
    r135_sch = S({"item": "string", r135_key: r135_ty})
    for r135_i, r135_syn in enumerate(r135_SYN[r135_key]):
        r135_dist = r135_DIST[r135_i % len(r135_DIST)]
        r135_it = r135_item()
        r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
        r135_other = 7 if r135_b != 7 else 9
        # pair: base "Amount: b\nDist: other"; variant "Dist: b\nSyn: other" -> right other, stale b
        r135_tagk = r135_syn.lower().replace(".", "").replace(" ", "_").replace("é", "e").replace("ø", "o")
        r135_pair("N-%s-%s" % (r135_key, r135_tagk), "N", r135_sch,
                  r135_ins + "Item: %s\n%s: %s\n%s: %s\n" % (r135_it, r135_W, r135_b, r135_dist, r135_other), {"item": r135_it, r135_key: r135_b},
                  r135_ins + "Item: %s\n%s: %s\n%s: %s\n" % (r135_it, r135_dist, r135_b, r135_syn, r135_other), {"item": r135_it, r135_key: r135_other})
        # safe: synonym with the same number
        r135_it3 = r135_item()
        if r135_i < 3:
            r135_pair("NS-%s-%s" % (r135_key, r135_tagk), "NS", r135_sch,
                      r135_ins + "Item: %s\n%s: %s\n" % (r135_it3, r135_W, r135_b), {"item": r135_it3, r135_key: r135_b},
                      r135_ins + "Item: %s\n%s: %s\n" % (r135_it3, r135_syn, r135_b), {"item": r135_it3, r135_key: r135_b}, safe=True)
        # single: the model copies the distractor's number
        r135_it2 = r135_item()
        r135_single("N-%s-%s" % (r135_key, r135_tagk), "N", r135_sch,
                    "Give the %s and the item as JSON.\n\n%s: %s\n%s: %s\nItem: %s\n" % (r135_key, r135_dist, r135_b, r135_syn, r135_other, r135_it2),
                    {"item": r135_it2, r135_key: r135_other}, {"item": r135_it2, r135_key: r135_b})

# ---------------------------------------------------------------- Q: words that change which number it is
# key, desc, right label, other labels (stale first)
r135_Q = [
    ("amount", "the net amount", "Amount net", ["Amount gross", "Gross amount", "Amount incl. VAT", "Amount (gross)"]),
    ("amount", "the amount due", "Amount due", ["Amount paid", "Amount invoiced", "Amount before discount", "Amount overdue"]),
    ("amount", None, "Amount", ["Amount before discount", "Amount gross", "Amount due", "Amount net", "Amount previous", "Old amount"]),
    ("price", "the net price", "Price net", ["Price gross", "List price", "Price before discount", "Price incl. VAT"]),
    ("quantity", "the quantity shipped", "Quantity shipped", ["Quantity ordered", "Quantity backordered", "Qty ordered", "Ordered quantity"]),
    ("quantity", None, "Quantity", ["Quantity ordered", "Quantity shipped", "Quantity returned", "Min. quantity"]),
    ("duration", "the actual duration in minutes", "Duration actual", ["Duration planned", "Planned duration", "Duration (est.)", "Duration budget"]),
    ("duration", None, "Duration", ["Duration planned", "Duration max", "Estimated duration"]),
    ("weight", "the net weight", "Weight net", ["Weight gross", "Gross weight", "Weight (incl. packaging)", "Tare weight"]),
    ("weight", None, "Weight", ["Weight gross", "Tare weight", "Max weight"]),
    ("rate", "the current rate", "Rate current", ["Rate previous", "Old rate", "Rate (2023)", "Max rate"]),
    ("rate", None, "Rate", ["Rate previous", "Rate max", "Target rate"]),
    ("count", "the count of items received", "Count received", ["Count expected", "Expected count", "Count (target)"]),
    ("count", None, "Count", ["Count expected", "Target count", "Max count"]),
]
r135_QTY = {"amount": "number", "price": "number", "quantity": "integer", "count": "integer", "weight": "number",
            "duration": "number", "rate": "number"}
for r135_qi, (r135_key, r135_d, r135_rl, r135_ols) in enumerate(r135_Q):
    r135_sch = S({"item": "string", r135_key: r135_QTY[r135_key]}, {r135_key: r135_d} if r135_d else None)
    r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
    for r135_oi, r135_ol in enumerate(r135_ols):
        r135_tg = "Q%d-%d" % (r135_qi, r135_oi)
        r135_it = r135_item()
        # (1) two labelled numbers: stale number under the other label first, right under the right label
        r135_pair(r135_tg + "-two", "Q", r135_sch, r135_ins + "Item: %s\n%s: 1250\n" % (r135_it, r135_rl), {"item": r135_it, r135_key: 1250},
                  r135_ins + "Item: %s\n%s: 1250\n%s: 980\n" % (r135_it, r135_ol, r135_rl), {"item": r135_it, r135_key: 980})
        # (2) only the other label: no right value when the schema describes the right one (or plain "Amount"
        # replaced by a qualified label: arguable)
        r135_it2 = r135_item()
        r135_nr = {"item": r135_it2, r135_key: r135_NR, "_nr": 1}
        J("d135-b-" + r135_tg + "-only", "r135_Q_base", r135_ins + "Item: %s\n%s: 1250\n" % (r135_it2, r135_rl), r135_sch,
          {"item": r135_it2, r135_key: 1250}, [{"item": r135_it2, r135_key: 1250}])
        r135_fam = "r135_Q_only" + ("" if r135_d else "_arguable")
        J("d135-v-" + r135_tg + "-only", r135_fam, r135_ins + "Item: %s\n%s: 1250\n" % (r135_it2, r135_ol), r135_sch,
          {"item": r135_it2, r135_key: r135_NR}, [{"item": r135_it2, r135_key: 1250}])
        r135_pairs.append(("d135-b-" + r135_tg + "-only", "d135-v-" + r135_tg + "-only"))
        if not r135_d:
            r135_arguable.add("d135-v-" + r135_tg + "-only")
        # (3) single: the model copies the other label's number (first)
        r135_it3 = r135_item()
        r135_single(r135_tg, "Q", r135_sch, "Give the %s and the item as JSON.\n\n%s: 1250\n%s: 980\nItem: %s\n" % (r135_key, r135_ol, r135_rl, r135_it3),
                    {"item": r135_it3, r135_key: 980}, {"item": r135_it3, r135_key: 1250})

# ---------------------------------------------------------------- S: safe variants of the plain base
for r135_key, r135_ty, r135_W, r135_b in r135_MEM:
    r135_sch = S({"item": "string", r135_key: r135_ty})
    r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
    for r135_st, r135_fn in [("para", lambda r135_it: "Please return the item and its %s as JSON.\n\nItem: %s\n%s: %s\n" % (r135_key, r135_it, r135_W, r135_b)),
                   ("ws", lambda r135_it: r135_ins + "Item:  %s\n%s:   %s\n\n" % (r135_it, r135_W, r135_b)),
                   ("unrel", lambda r135_it: r135_ins + "Item: %s\n%s: %s\nThe office is closed on Mondays.\n" % (r135_it, r135_W, r135_b)),
                   ("lower", lambda r135_it: r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W.lower(), r135_b)),
                   ("upper", lambda r135_it: r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W.upper(), r135_b))]:
        r135_it = r135_item()
        r135_pair("S-%s-%s" % (r135_key, r135_st), "S", r135_sch, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_b),
                  {"item": r135_it, r135_key: r135_b}, r135_fn(r135_it), {"item": r135_it, r135_key: r135_b}, safe=True)

# ---------------------------------------------------------------- T: the same labels in other layouts
r135_FMT = {
    "csv": lambda r135_it, lab, n: "item,%s\n%s,%s\n" % (lab, r135_it, n),
    "scsv": lambda r135_it, lab, n: "item;%s\n%s;%s\n" % (lab, r135_it, n),
    "md": lambda r135_it, lab, n: "| Item | %s |\n|---|---|\n| %s | %s |\n" % (lab, r135_it, n),
    "json": lambda r135_it, lab, n: '{"item": "%s", "%s": %s}\n' % (r135_it, lab, n),
    "kv": lambda r135_it, lab, n: "item=%s; %s=%s\n" % (r135_it, lab, n),
    "next": lambda r135_it, lab, n: "Item\n%s\n%s\n%s\n" % (r135_it, lab, n),
    "tsv": lambda r135_it, lab, n: "item\t%s\n%s\t%s\n" % (lab, r135_it, n),
}
# key, type, desc, base label, base n, variant label, right, arguable
r135_TL = [
    ("amount", "number", None, "amount", 1250, "amount_k", 1250000, False),
    ("amount", "number", None, "amount", 1250, "kamount", 1250000, False),
    ("amount", "number", None, "amount", 1250, "amount (thousands)", 1250000, False),
    ("amount", "number", None, "amount", 1250, "amount_000", 1250000, False),
    ("amount", "number", None, "amount", 1250, "amount_teur", 1250000, False),
    ("amount", "number", None, "amount", 1250, "teur_amount", 1250000, False),
    ("amount", "number", None, "amount", 1250, "amount_mio", 1250000000, False),
    ("amount", "number", None, "amount", 1250, "amountK", 1250000, True),
    ("amount", "number", None, "amount", 1250, "thousand amount", 1250000, False),
    ("amount", "number", None, "amount", 1250, "amount/1000", 1250000, True),
    ("amount", "number", None, "amount", 1250, "amount_cents", 12.5, False),
    ("quantity", "integer", None, "quantity", 3, "quantity_dozens", 36, False),
    ("quantity", "integer", None, "quantity", 3, "dozen quantity", 36, False),
    ("quantity", "integer", None, "quantity", 3, "qty_doz", 36, False),
    ("weight", "number", "weight in kilograms", "weight", 2500, "weight_g", 2.5, False),
    ("weight", "number", "weight in kilograms", "weight", 2500, "gweight", 2.5, False),
    ("duration", "number", "duration in minutes", "duration", 2, "duration_h", 120, False),
    ("duration", "number", "duration in minutes", "duration", 2, "hours_duration", 120, False),
    ("price", "number", "price in euros", "price", 450, "price_ct", 4.5, False),
    ("amount", "number", "the net amount", "amount", 1250, "amount_gross", r135_NR, False),
    ("amount", "number", "the net amount", "amount", 1250, "gross amount", r135_NR, False),
    ("quantity", "integer", "the quantity shipped", "quantity", 3, "quantity_ordered", r135_NR, False),
    ("duration", "number", "the actual duration in minutes", "duration", 2, "duration_planned", r135_NR, False),
]
for r135_fk, r135_ff in r135_FMT.items():
    for r135_key, r135_ty, r135_d, r135_bl, r135_bn, r135_vl, r135_r, r135_a in r135_TL:
        r135_sch = S({"item": "string", r135_key: r135_ty}, {r135_key: r135_d} if r135_d else None)
        r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
        r135_it = r135_item()
        r135_tg = "T-%s-%s" % (r135_fk, r135_vl.replace(" ", "_").replace("/", "div").replace("(", "").replace(")", ""))
        r135_pair(r135_tg, "T", r135_sch, r135_ins + r135_ff(r135_it, r135_bl, r135_bn), {"item": r135_it, r135_key: r135_bn},
                  r135_ins + r135_ff(r135_it, r135_vl, r135_bn), {"item": r135_it, r135_key: r135_r}, arg=r135_a)
        r135_it2 = r135_item()
        r135_single(r135_tg, "T", r135_sch, "Give the %s and the item as JSON.\n\n" % r135_key + r135_ff(r135_it2, r135_vl, r135_bn),
                    {"item": r135_it2, r135_key: r135_r}, {"item": r135_it2, r135_key: r135_bn}, arg=r135_a)
    # safe: the plain label in the layout, other wording of the instruction
    r135_it = r135_item()
    r135_sch = S({"item": "string", "amount": "number"})
    r135_pair("TS-" + r135_fk, "TS", r135_sch, "Extract the item and amount as JSON.\n\n" + r135_ff(r135_it, "amount", 1250),
              {"item": r135_it, "amount": 1250}, "Please give the item and the amount as JSON.\n\n" + r135_ff(r135_it, "amount", 1250),
              {"item": r135_it, "amount": 1250}, safe=True)

# ---------------------------------------------------------------- K2: scale prefixes the checks may not know
# tag, label ({W}/{w}), factor, arguable
r135_K2 = [
    ("kilo", "Kilo {w}", 1000, True), ("Kilo", "Kilo {W}", 1000, True), ("KILO", "KILO {WU}", 1000, True),
    ("kilo-dash", "Kilo-{w}", 1000, True), ("kilo-after", "{W} kilo", 1000, True), ("kilo-in", "{W} in kilo", 1000, True),
    ("kilo-paren", "{W} (kilo)", 1000, True), ("mega", "Mega {w}", 1000000, False), ("mega-paren", "{W} (mega)", 1000000, False),
    ("mega-after", "{W} mega", 1000000, False), ("giga", "Giga {w}", 1000000000, False), ("milli", "Milli {w}", 0.001, False),
    ("hecto", "Hecto {w}", 100, False), ("deca", "Deca {w}", 10, False), ("centi", "Centi {w}", 0.01, False),
    ("K", "K {w}", 1000, False), ("M", "M {w}", 1000000, True), ("grand", "Grand {w}", 1000, True),
    ("grand-paren", "{W} (grand)", 1000, True), ("myriad", "Myriad {w}", 10000, True),
    ("double", "Double {w}", 2, True), ("half", "Half {w}", 0.5, True), ("cents", "Cents {w}", 0.01, True),
]
for r135_key, r135_ty, r135_W, r135_b in r135_MEM:
    if r135_key not in ("amount", "quantity", "price", "count"):
        continue
    r135_sch = S({"item": "string", r135_key: "number"})
    for r135_t, r135_lt, r135_f, r135_a in r135_K2:
        if r135_t == "cents" and r135_key not in r135_MONEY:
            continue
        r135_lab = r135_lt.format(W=r135_W, w=r135_W.lower(), WU=r135_W.upper())
        r135_right = r135_b * r135_f
        if isinstance(r135_right, float) and r135_right == int(r135_right):
            r135_right = int(r135_right)
        r135_it = r135_item()
        r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
        r135_pair("K2-%s-%s" % (r135_key, r135_t), "K2", r135_sch, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_b),
                  {"item": r135_it, r135_key: r135_b}, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_lab, r135_b),
                  {"item": r135_it, r135_key: r135_right}, arg=r135_a)
        for r135_v in (1, 2):
            r135_it2 = r135_item()
            r135_pr = ("Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r135_key, r135_lab, r135_b, r135_it2)) if r135_v == 1 else\
                 ("Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r135_key, r135_it2, r135_lab, r135_b))
            r135_single("K2-%s-%s-%d" % (r135_key, r135_t, r135_v), "K2", r135_sch, r135_pr,
                        {"item": r135_it2, r135_key: r135_right}, {"item": r135_it2, r135_key: r135_b}, arg=r135_a)

# ---------------------------------------------------------------- K3: "<Word> in <unit/scale>" and "<Word> <scale>" after the word
# key, desc, label, base n, right, arguable
r135_K3 = [
    ("amount", None, "Amount in kilo euros", 1250, 1250000, False), ("amount", None, "Amount kilo-NOK", 1250, 1250000, False),
    ("amount", None, "Amount in kiloeuros", 1250, 1250000, False), ("amount", None, "Amount in kilo-EUR", 1250, 1250000, False),
    ("amount", None, "Amount mega", 1250, 1250000000, False), ("amount", None, "Amount in mega", 1250, 1250000000, False),
    ("amount", None, "Amount in megaeuros", 1250, 1250000000, False), ("amount", None, "Amount giga", 1250, 1250000000000, False),
    ("amount", None, "Amount hecto", 1250, 125000, False), ("amount", None, "Amount grand", 1250, 1250000, True),
    ("amount", None, "Amount in grands", 1250, 1250000, True), ("amount", None, "Amount myriad", 1250, 12500000, True),
    ("amount", None, "Amount in cents", 1250, 12.5, True), ("amount", None, "Amount cents", 1250, 12.5, True),
    ("amount", None, "Amount in øre", 1250, 12.5, True), ("amount", None, "Amount in pence", 1250, 12.5, True),
    ("amount", None, "Amount kilo", 1250, 1250000, True), ("amount", None, "Amount in kilo", 1250, 1250000, True),
    ("amount", None, "Amount in k", 1250, 1250000, False), ("amount", None, "Amount in K", 1250, 1250000, False),
    ("amount", None, "Amount in M", 1250, 1250000000, False), ("amount", None, "Amount in thou", 1250, 1250000, False),
    ("quantity", None, "Quantity dozen", 3, 36, False), ("quantity", None, "Quantity in dozen", 3, 36, False),
    ("quantity", None, "Quantity in gross", 3, 432, False), ("quantity", None, "Quantity in score", 3, 60, False),
    ("quantity", None, "Quantity in pairs", 3, 6, True), ("quantity", None, "Quantity in packs of 10", 3, 30, False),
    ("quantity", None, "Quantity in cases of 24", 3, 72, False), ("quantity", None, "Quantity in reams", 3, 1500, True),
    ("quantity", None, "Quantity in hundreds", 3, 300, False), ("quantity", None, "Quantity in thousands", 3, 3000, False),
    ("quantity", None, "Quantity kilo", 3, 3000, True), ("quantity", None, "Quantity mega", 3, 3000000, False),
    ("count", None, "Count in dozen", 3, 36, False), ("count", None, "Count dozen", 3, 36, False),
    ("count", None, "Count in thousands", 3, 3000, False), ("count", None, "Count in hundreds", 3, 300, False),
    ("weight", "weight in kilograms", "Weight in grams", 2500, 2.5, False), ("weight", "weight in kilograms", "Weight in g", 2500, 2.5, False),
    ("weight", "weight in kilograms", "Weight in tonnes", 3, 3000, False), ("weight", "weight in kilograms", "Weight in lb", 10, 4.5359237, True),
    ("weight", "weight in kilograms", "Weight gram", 2500, 2.5, False), ("weight", "weight in kilograms", "Weight milli", 2500, 0.0025, True),
    ("duration", "duration in minutes", "Duration in hours", 2, 120, False), ("duration", "duration in minutes", "Duration in seconds", 90, 1.5, False),
    ("duration", "duration in minutes", "Duration hours", 2, 120, False), ("duration", "duration in minutes", "Duration in h", 2, 120, False),
    ("duration", "duration in minutes", "Duration in days", 2, 2880, False), ("duration", "duration in minutes", "Duration hrs", 2, 120, False),
    ("price", "price in euros", "Price in cents", 450, 4.5, False), ("price", "price in euros", "Price cents", 450, 4.5, False),
    ("price", "price in euros", "Price in ct", 450, 4.5, False), ("price", "price in euros", "Price in kilo euros", 4, 4000, False),
    ("rate", "rate in percent", "Rate in bp", 250, 2.5, False), ("rate", "rate in percent", "Rate in basis points", 250, 2.5, False),
    ("rate", "rate in percent", "Rate in per mille", 25, 2.5, False), ("rate", "rate in percent", "Rate per mille", 25, 2.5, False),
]
r135_K3T = {"amount": "number", "quantity": "integer", "count": "integer", "weight": "number", "duration": "number",
            "price": "number", "rate": "number"}
for r135_ki, (r135_key, r135_d, r135_lab, r135_b, r135_r, r135_a) in enumerate(r135_K3):
    r135_sch = S({"item": "string", r135_key: "number" if isinstance(r135_r, float) else r135_K3T[r135_key]},
                 {r135_key: r135_d} if r135_d else None)
    r135_W = r135_key.capitalize()
    r135_it = r135_item()
    r135_ins = "Extract the item and %s as JSON.\n\n" % r135_key
    r135_tg = "K3-%d-%s" % (r135_ki, r135_lab.lower().replace(" ", "_").replace("ø", "o"))
    r135_pair(r135_tg, "K3", r135_sch, r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_W, r135_b), {"item": r135_it, r135_key: r135_b},
              r135_ins + "Item: %s\n%s: %s\n" % (r135_it, r135_lab, r135_b), {"item": r135_it, r135_key: r135_r}, arg=r135_a)
    r135_it2 = r135_item()
    r135_single(r135_tg, "K3", r135_sch, "Give the %s and the item as JSON.\n\n%s: %s\nItem: %s\n" % (r135_key, r135_lab, r135_b, r135_it2),
                {"item": r135_it2, r135_key: r135_r}, {"item": r135_it2, r135_key: r135_b}, arg=r135_a)

# ---------------------------------------------------------------- K4: a scale or subunit word right after the member's word
r135_K4 = [
    (None, "Amount thousand", 1250000, False), (None, "Amount thousands", 1250000, False), (None, "Amount hundreds", 125000, False),
    (None, "Amount million", 1250000000, False), (None, "Amount millions", 1250000000, False), (None, "Amount tsd", 1250000, False),
    (None, "Amount k", 1250000, False), (None, "Amount K", 1250000, False), (None, "Amount M", 1250000000, True),
    (None, "Amount mn", 1250000000, False), (None, "Amount bn", 1250000000000, False), (None, "Amount lakh", 125000000, False),
    (None, "Amount crore", 12500000000, False), (None, "Amount mega", 1250000000, False), (None, "Amount kilo", 1250000, True),
    (None, "Amount kEUR", 1250000, False), (None, "Amount TEUR", 1250000, False), (None, "Amount MEUR", 1250000000, False),
    (None, "Amount cent", 12.5, True), (None, "Amount in cent", 12.5, True), (None, "Amount øre", 12.5, True),
    (None, "Amount pence", 12.5, True), (None, "Amount ct", 12.5, True), (None, "Amount in ct", 12.5, True),
    (None, "Amount in centimes", 12.5, True), (None, "Amount in paise", 12.5, True),
    ("amount in euros", "Amount in cents", 12.5, False), ("amount in euros", "Amount cents", 12.5, False),
    ("amount in euros", "Amount in ct", 12.5, False), ("amount in euros", "Amount ct", 12.5, False),
    ("amount in euros", "Amount in kilo", 1250000, True), ("amount in euros", "Amount kilo", 1250000, True),
    ("amount in euros", "Amount thousands", 1250000, False), ("amount in euros", "Amount in thousands", 1250000, False),
    ("amount in euros", "Amount in kiloeuros", 1250000, False), ("amount in euros", "Amount in kEUR", 1250000, False),
]
for r135_ki, (r135_d, r135_lab, r135_r, r135_a) in enumerate(r135_K4):
    r135_sch = S({"item": "string", "amount": "number"}, {"amount": r135_d} if r135_d else None)
    r135_it = r135_item()
    r135_ins = "Extract the item and amount as JSON.\n\n"
    r135_tg = "K4-%d-%s" % (r135_ki, r135_lab.lower().replace(" ", "_").replace("ø", "o"))
    r135_pair(r135_tg, "K4", r135_sch, r135_ins + "Item: %s\nAmount: 1250\n" % r135_it, {"item": r135_it, "amount": 1250},
              r135_ins + "Item: %s\n%s: 1250\n" % (r135_it, r135_lab), {"item": r135_it, "amount": r135_r}, arg=r135_a)
    r135_it2 = r135_item()
    r135_single(r135_tg, "K4", r135_sch, "Give the amount and the item as JSON.\n\n%s: 1250\nItem: %s\n" % (r135_lab, r135_it2),
                {"item": r135_it2, "amount": r135_r}, {"item": r135_it2, "amount": 1250}, arg=r135_a)

# readings found arguable after the run (fractional counts/quantities; kilo read as kilograms; cents with no unit in the schema)
r135_late_arg = {"d135-s-K2-%s-%s-%d" % (m, t, k) for m in ("quantity", "count") for t in ("milli", "centi") for k in (1, 2)}
for r135_p in P:
    if r135_p["id"] in r135_late_arg and "arguable" not in r135_p["family"]:
        r135_p["family"] += "_arguable"
        r135_arguable.add(r135_p["id"])


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 4th of the held rest.
from probe_kit import sample_round as r135_sample_round  # noqa: E402
r135_found = {
    'd135-b-K2-amount-kilo-after', 'd135-b-K2-amount-kilo-in', 'd135-b-K2-price-kilo-after', 'd135-b-K2-price-kilo-in',
    'd135-b-K2-quantity-kilo-after', 'd135-b-K2-quantity-kilo-in', 'd135-b-K3-12-amount_in_cents', 'd135-b-K3-13-amount_cents',
    'd135-b-K3-16-amount_kilo', 'd135-b-K3-17-amount_in_kilo', 'd135-b-K3-32-quantity_kilo', 'd135-b-K4-14-amount_kilo',
    'd135-b-K4-18-amount_cent', 'd135-b-K4-19-amount_in_cent', 'd135-s-A-amount-kilo-pre', 'd135-s-A-quantity-kilo-pre',
    'd135-s-K2-amount-centi-1', 'd135-s-K2-amount-centi-2', 'd135-s-K2-amount-cents-1', 'd135-s-K2-amount-deca-1',
    'd135-s-K2-amount-deca-2', 'd135-s-K2-amount-double-1', 'd135-s-K2-amount-giga-1', 'd135-s-K2-amount-giga-2',
    'd135-s-K2-amount-grand-1', 'd135-s-K2-amount-half-1', 'd135-s-K2-amount-hecto-1', 'd135-s-K2-amount-hecto-2',
    'd135-s-K2-amount-mega-1', 'd135-s-K2-amount-mega-2', 'd135-s-K2-amount-milli-1', 'd135-s-K2-amount-milli-2',
    'd135-s-K2-amount-myriad-1', 'd135-s-K2-count-centi-1', 'd135-s-K2-count-centi-2', 'd135-s-K2-count-deca-2',
    'd135-s-K2-count-giga-1', 'd135-s-K2-count-giga-2', 'd135-s-K2-count-hecto-2', 'd135-s-K2-count-mega-1',
    'd135-s-K2-count-mega-2', 'd135-s-K2-count-milli-1', 'd135-s-K2-count-milli-2', 'd135-s-K2-price-centi-1',
    'd135-s-K2-price-centi-2', 'd135-s-K2-price-deca-2', 'd135-s-K2-price-giga-1', 'd135-s-K2-price-giga-2',
    'd135-s-K2-price-hecto-2', 'd135-s-K2-price-mega-1', 'd135-s-K2-price-mega-2', 'd135-s-K2-price-milli-1',
    'd135-s-K2-price-milli-2', 'd135-s-K2-quantity-centi-1', 'd135-s-K2-quantity-centi-2', 'd135-s-K2-quantity-deca-2',
    'd135-s-K2-quantity-giga-1', 'd135-s-K2-quantity-giga-2', 'd135-s-K2-quantity-hecto-1', 'd135-s-K2-quantity-hecto-2',
    'd135-s-K2-quantity-mega-1', 'd135-s-K2-quantity-mega-2', 'd135-s-K2-quantity-milli-1', 'd135-s-K2-quantity-milli-2',
    'd135-s-K3-12-amount_in_cents', 'd135-v-K2-amount-kilo-after', 'd135-v-K2-amount-kilo-in', 'd135-v-K2-price-kilo-after',
    'd135-v-K2-price-kilo-in', 'd135-v-K2-quantity-kilo-after', 'd135-v-K2-quantity-kilo-in', 'd135-v-K3-12-amount_in_cents',
    'd135-v-K3-13-amount_cents', 'd135-v-K3-16-amount_kilo', 'd135-v-K3-17-amount_in_kilo', 'd135-v-K3-32-quantity_kilo',
    'd135-v-K4-14-amount_kilo', 'd135-v-K4-18-amount_cent', 'd135-v-K4-19-amount_in_cent'
}
r135_sample_round("d135-", r135_found, 4)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r135_left_out = {
    'd135-s-K2-amount-cents-1', 'd135-s-K2-amount-double-1', 'd135-s-K2-amount-grand-1', 'd135-s-K2-amount-half-1',
    'd135-s-K2-amount-kilo-in-1', 'd135-s-K2-price-kilo-after-2', 'd135-s-K2-price-kilo-in-2', 'd135-s-K3-12-amount_in_cents',
    'd135-v-K2-amount-kilo-after', 'd135-v-K2-amount-kilo-in', 'd135-v-K2-price-kilo-after', 'd135-v-K2-price-kilo-in',
    'd135-v-K3-12-amount_in_cents', 'd135-v-K3-13-amount_cents', 'd135-v-K3-16-amount_kilo', 'd135-v-K3-17-amount_in_kilo',
    'd135-v-K3-32-quantity_kilo', 'd135-v-K4-14-amount_kilo', 'd135-v-K4-18-amount_cent', 'd135-v-K4-19-amount_in_cent'
}
P[:] = [r135_p for r135_p in P if r135_p["id"] not in r135_left_out]
