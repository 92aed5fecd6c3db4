"""Red-team round 126 (black box, stepcache-s43): JSON extraction, text normalisation and number forms, on the
reuse path (pairs) and the store path (singles). Pairs: a base stored right, a variant whose right answer differs, its model answers [the base's answer, the right one]
(N2: [base's, a grounded misreading, right]); singles: one request whose first answer is a grounded mistake
(the text's number unconverted, a swapped day/month, the normalised spelling of a look-alike name), served twice.
Tried and held: digits of other scripts, math/fullwidth/superscript digits, invisible marks inside numbers, grouping
styles (Indian, Swiss, thin/narrow spaces, dotted thousands), decimal commas and raised dots, fractions and mixed
numbers, scientific notation, scale words and suffixes in the value (k, lakh, crore, Mio., Tsd., 千, 억, млн),
numbers in words, Roman numerals, ordinals, minus signs of every kind, accounting negatives, approximate and bounded
values, per mille and basis points, units of another size beside a key naming its unit (except seconds), look-alike
letters and NFC/NFD names, other calendars' years, day/month order (fresh only), a decimal mark stated in words
(fresh only). The rewrite of a stored plain number held for every odd form ("0042", "42.0", ".75", "1,234,567",
"1,350.50", "−42" rewritten right; the rest refused).
What got through (113 ids confirmed alone -- 34 pairs, 79 singles -- each on its own store; 12 arguable, marked "_arg"):
(1) A MEMBER IN SECONDS NAMED BY "_s" (timeout_s, delay_s, ttl_s, elapsed_s, duration_s, time_s, czas_s; also
"delay_in_s", "DELAY_S", "delayS", "delay-s", a description "timeout in s" / "Timeout [s]" / "timeout, s" /
"Timeout (s)", a title "Timeout (s)"): the text's number in minutes, hours, days, weeks ("Timeout: 5 min", "2 h",
"3 days", "45 Min.", "Unit: ms" for the record, a label "Timeout in minutes") is accepted unconverted, stored and served
again; on pairs, a stored "Timeout: 45 s" then "Timeout: 45 min" is patched with the stale 45, stored, served from the
cache; a stored "Duration: 90 min" is rewritten to "Duration: 90 h" (keys with _ms, _min, _h, _d, _sec, _seconds held);
(2) A POWER OF TEN IN THE LABEL written with superscript digits: "Amount ×10³: 1250", "×10⁶", "×10²", "×10⁻³",
"·10³", "Amount in 10³" -> 1250 stored (right 1,250,000 ...), and a stored "Amount: 1250" patched and stored for
"Amount ×10³: 1250"; (3) A BARE SCALE LETTER in the label or the schema's description/title: "Amount in k: 1250",
"in K", "in M", "Price in k", "Salary in k", "Population in M: 5.4", a description or title "Amount (k)", "(K)",
"(M)"; (4) A "Unit:" LINE WITH A BARE SCALE for the record: "Unit: k", "K", "M", "1000", "1,000", "10^3", "10³",
"10³ NOK", "10⁻³", "10²", "Units: 10³", "Units: k", "Unit: 1.000", "Unit: 10⁶" below the field -- the unscaled number stored, and a stored
"Unit: k" record reused for "Unit: K" and "Unit: 1,000".
Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r126_pairs = []    # (base id, variant id)
r126_singles = []  # ids
r126_safe = []     # variant ids
r126_arguable = set()
r126_bases = {}    # prompt -> id

r126_ITEMS = ["Desk lamp", "Heat pump", "Boiler", "Kettle", "Router", "Drill", "Ladder", "Heater", "Mixer",
              "Printer", "Scanner", "Blender", "Toaster", "Fan", "Pump", "Valve", "Sander", "Grinder", "Jigsaw",
              "Stapler", "Shredder", "Monitor", "Speaker", "Webcam", "Dryer", "Washer", "Freezer", "Juicer",
              "Steamer", "Humidifier", "Compressor", "Generator", "Projector", "Tablet", "Keyboard", "Headset"]
r126_used = {}  # prompt -> schema (json), to keep every prompt unique


def r126_n(x):
    if isinstance(x, float) and x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


def r126_lc(lab):
    w = lab.split()
    return lab if w[0].isupper() and len(w[0]) > 1 else lab.lower()


def r126_base(key, lab, typ, item, btxt, bval):
    pr = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, btxt)
    sch = S({"item": "string", key: typ})
    if pr not in r126_bases:
        bid = "d126-b%d-%s" % (len(r126_bases), key.replace("_", ""))
        r126_bases[pr] = bid
        e = {"item": item, key: r126_n(bval)}
        J(bid, "r126_base", pr, sch, e, [e])
        r126_used[pr] = json.dumps(sch, sort_keys=True)
    return r126_bases[pr]


def r126_case(tag, key, lab, typ, btxt, bval, vtxt, vval, mistake=None, arg=False, safe=False, item=None,
              single=True):
    """A pair (base btxt stored, variant vtxt whose model answers are [base's answer, right]) and, when a
    grounded mistake is given, a single on vtxt in another layout whose first answer is the mistake."""
    sch = S({"item": "string", key: typ})
    sj = json.dumps(sch, sort_keys=True)
    if item is None:
        k0 = len(r126_pairs)
        for k in range(len(r126_ITEMS)):
            item = r126_ITEMS[(k0 + k) % len(r126_ITEMS)]
            pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, btxt)
            pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, vtxt)
            if r126_used.get(pb, sj) == sj and pv not in r126_used:
                break
        else:
            raise AssertionError(tag)
    fam = "r126_" + tag.split("-")[0]
    bid = r126_base(key, lab, typ, item, btxt, bval)
    vid = "d126-p-" + tag
    pr = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, vtxt)
    eb = {"item": item, key: r126_n(bval)}
    ev = {"item": item, key: r126_n(vval)}
    if safe:
        J(vid, fam + "_safe", pr, sch, ev, [ev], safe=True)
        r126_safe.append(vid)
    else:
        J(vid, fam + ("_arg" if arg else ""), pr, sch, ev, [eb, ev])
    r126_used[pr] = sj
    r126_pairs.append((bid, vid))
    if arg:
        r126_arguable.add(vid)
    if mistake is not None and single and not safe:
        sid = "d126-s-" + tag
        pr2 = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (r126_lc(lab), lab, vtxt)
        es = {"item": "Cooler", key: r126_n(vval)}
        ms = {"item": "Cooler", key: r126_n(mistake)}
        J(sid, fam + "_single" + ("_arg" if arg else ""), pr2, sch, es, [ms, es, es])
        r126_singles.append(sid)
        if arg:
            r126_arguable.add(sid)


# ------------------------------------------------ A. integers from a plain base "40": digits of other scripts, marks
r126_Q0 = ("quantity", "Quantity", "integer", "40", 40)
for (t, v, val, mis, arg) in [
    ("A-persian", "\u06f4\u06f2", 42, 24, False),
    ("A-bengali", "\u09ea\u09e8", 42, 24, False),
    ("A-thai", "\u0e54\u0e52", 42, 24, False),
    ("A-mathbold", "\U0001d7d2\U0001d7d0", 42, None, False),
    ("A-mathmono", "\U0001d7fa\U0001d7f8", 42, None, False),
    ("A-super", "\u2074\u00b2", 42, 4, True),
    ("A-circled", "\u32b7", 42, None, True),
    ("A-mixed", "4\u0662", 42, 4, True),
    ("A-dot", "42.", 42, None, False),
    ("A-plus", "+42", 42, None, False),
    ("A-lead0", "0042", 42, None, False),
    ("A-dec0", "42.0", 42, None, False),
    ("A-sci", "4.2e1", 42, None, False),
    ("A-zwsp", "4\u200b2", 42, 4, True),
    ("A-zwj", "4\u200d2", 42, 4, True),
    ("A-wj", "4\u20602", 42, 4, True),
    ("A-bom", "4\ufeff2", 42, 4, True),
    ("A-shy", "4\u00ad2", 42, 4, True),
    ("A-roman", "XLII", 42, None, False),
    ("A-words", "forty-two", 42, None, False),
    ("A-words2", "Forty two", 42, None, False),
    ("A-dozen", "3 dozen", 36, 3, False),
    ("A-dozen2", "3½ dozen", 42, 3, False),
    ("A-half", "half a hundred", 50, None, False),
    ("A-score", "2 score and 2", 42, 2, True),
    ("A-gross", "2 gross", 288, 2, True),
    ("A-k", "42k", 42000, 42, False),
    ("A-hund", "42 hundred", 4200, 42, False),
    ("A-minus", "\u221242", -42, 42, False),
    ("A-figdash", "\u201242", -42, 42, False),
    ("A-smallhm", "\ufe6342", -42, 42, False),
    ("A-heavy", "\u279642", -42, 42, True),
    ("A-modmin", "\u02d742", -42, 42, True),
    ("A-word-minus", "minus 42", -42, 42, False),
    ("A-dutch", "-/- 42", -42, 42, False),
    ("A-tri", "\u25b242", -42, 42, True),
    ("A-paren", "(42)", -42, 42, True),
    ("A-trail", "42-", -42, 42, True),
    ("A-trailum", "42\u2212", -42, 42, True),
    ("A-cr", "42 CR", -42, 42, True),
    ("A-approx", "~42", 42, None, True),
    ("A-x2", "2 x 21", 42, 2, True),
    ("A-times", "2\u00d721", 42, 21, True),
]:
    r126_case(t, *r126_Q0, v, val, mis, arg=arg)

# ------------------------------------------------ B. numbers from a plain base "12.5": decimals in other notations
r126_W0 = ("weight", "Weight", "number", "12.5", 12.5)
for (t, v, val, mis, arg) in [
    ("B-dc", "13,75", 13.75, 1375, False),
    ("B-dc2", "1,25", 1.25, 125, False),
    ("B-dc3", "0,75", 0.75, 75, False),
    ("B-dc4", "12,5", 12.5, 125, False),
    ("B-dc5", "125,0", 125, 1250, False),
    ("B-raised", "13\u00b775", 13.75, 1375, True),
    ("B-arsep", "\u0661\u0663\u066b\u0667\u0665", 13.75, 1375, False),
    ("B-arsep2", "13\u066b75", 13.75, 1375, True),
    ("B-lead", ".75", 0.75, 75, False),
    ("B-half", "13\u00bd", 13.5, 13, False),
    ("B-halfsp", "13 \u00bd", 13.5, 13, False),
    ("B-mixed", "13 1/2", 13.5, 13, False),
    ("B-mixedh", "13-1/2", 13.5, 13, True),
    ("B-frac", "27/2", 13.5, 27, False),
    ("B-frac3", "3/4", 0.75, 3, False),
    ("B-vul", "\u00be", 0.75, None, False),
    ("B-fslash", "1\u20442", 0.5, 1, False),
    ("B-quarter", "13\u00bc", 13.25, 13, False),
    ("B-sci", "1.375e1", 13.75, 1.375, False),
    ("B-sciE", "1.375E+01", 13.75, 1.375, False),
    ("B-and", "13 and a half", 13.5, 13, False),
    ("B-pt", "13 point 75", 13.75, 13, False),
]:
    r126_case(t, *r126_W0, v, val, mis, arg=arg)

# ------------------------------------------------ C. amounts from a plain base "1250": grouping styles and scales
r126_A0 = ("amount", "Amount", "number", "1250", 1250)
for (t, v, val, mis, arg) in [
    ("C-indian", "1,25,000", 125000, 125, False),
    ("C-indian2", "12,34,567.50", 1234567.5, 12.34, False),
    ("C-indiandev", "\u0967,\u0968\u096b,\u0966\u0966\u0966", 125000, 125, False),
    ("C-dots", "1.234.567", 1234567, 1.234, False),
    ("C-dotsc", "1.234.567,89", 1234567.89, 1.234, False),
    ("C-commas", "1,234,567", 1234567, None, False),
    ("C-swiss", "1'350", 1350, 350, False),
    ("C-swissq", "1\u2019350.50", 1350.5, 350.5, False),
    ("C-under", "1_350", 1350, 1, False),
    ("C-thin", "1\u2009350", 1350, 350, False),
    ("C-nnbsp", "1\u202f350", 1350, 350, False),
    ("C-figsp", "1\u2007350", 1350, 350, False),
    ("C-frsp", "1 350,50", 1350.5, 350.5, False),
    ("C-de", "1.350,50", 1350.5, 1.35, False),
    ("C-en", "1,350.50", 1350.5, None, False),
    ("C-dc2", "12,50", 12.5, 1250, False),
    ("C-dc3", "135,0", 135, 1350, False),
    ("C-ar", "\u0661\u066c\u0663\u0665\u0660", 1350, 1.35, False),
    ("C-arplain", "\u0661\u0663\u0665\u0660", 1350, None, False),
    ("C-k", "1.3k", 1300, 1.3, False),
    ("C-K", "1.3K", 1300, 1.3, False),
    ("C-kdc", "1,3k", 1300, 13, False),
    ("C-thou", "1.3 thousand", 1300, 1.3, False),
    ("C-hund", "13 hundred", 1300, 13, False),
    ("C-lakh", "1.5 lakh", 150000, 1.5, False),
    ("C-crore", "2 crore", 20000000, 2, False),
    ("C-M", "1.5M", 1500000, 1.5, False),
    ("C-mio", "1,5 Mio.", 1500000, 1.5, False),
    ("C-tsd", "2,5 Tsd.", 2500, 2.5, False),
    ("C-mil", "1.5 million", 1500000, 1.5, False),
    ("C-bn", "2 billion", 2000000000, 2, False),
    ("C-sci", "1.35e3", 1350, 1.35, False),
    ("C-sciX", "1.35\u00d710\u00b3", 1350, 1.35, False),
    ("C-sciC", "1.35\u00b710^3", 1350, 1.35, False),
    ("C-sciH", "1.35 x 10^3", 1350, 1.35, False),
    ("C-wmix", "1 thousand 350", 1350, 350, False),
    ("C-grand", "1.35 grand", 1350, 1.35, False),
    ("C-words", "one thousand three hundred fifty", 1350, None, False),
]:
    r126_case(t, *r126_A0, v, val, mis, arg=arg)

# ------------------------------------------------ D. odd-form bases stored, variants with the same digits but another value
for (t, key, lab, btxt, bval, vtxt, vval, arg, safe) in [
    ("D-dc-125", "score", "Score", "12,5", 12.5, "125", 125, False, False),
    ("D-dc-1c25", "score", "Score", "12,5", 12.5, "1,25", 1.25, False, False),
    ("D-dc-1d25", "score", "Score", "12,5", 12.5, "1.25", 1.25, False, False),
    ("D-dc-safe", "score", "Score", "12,5", 12.5, "12.5", 12.5, False, True),
    ("D-dc-2", "score", "Score", "12,5", 12.5, "12,7", 12.7, False, False),
    ("D-th-12c50", "price", "Price", "1,250", 1250, "12,50", 12.5, False, False),
    ("D-th-125c0", "price", "Price", "1,250", 1250, "125,0", 125, False, False),
    ("D-th-12d50", "price", "Price", "1,250", 1250, "12.50", 12.5, False, False),
    ("D-th-safe", "price", "Price", "1,250", 1250, "1250", 1250, False, True),
    ("D-th-safe2", "price", "Price", "1,250", 1250, "1 250", 1250, False, True),
    ("D-sw-12c50", "fee", "Fee", "1'250", 1250, "12,50", 12.5, False, False),
    ("D-sw-125", "fee", "Fee", "1'250", 1250, "125", 125, False, False),
    ("D-sw-safe", "fee", "Fee", "1'250", 1250, "1250", 1250, False, True),
    ("D-sp-12c50", "charge", "Charge", "1 250", 1250, "12,50", 12.5, False, False),
    ("D-sp-125", "charge", "Charge", "1 250", 1250, "125", 125, False, False),
    ("D-ds-12c5", "deposit", "Deposit", "1.250,00", 1250, "12,50", 12.5, False, False),
    ("D-ds-1250", "deposit", "Deposit", "1.250,00", 1250, "125.000", 125, True, False),
    ("D-r-05", "ratio", "Ratio", "0,5", 0.5, "05", 5, False, False),
    ("D-r-5", "ratio", "Ratio", "0,5", 0.5, "5", 5, False, False),
    ("D-r-005", "ratio", "Ratio", "0,5", 0.5, "0,05", 0.05, False, False),
    ("D-r-safe", "ratio", "Ratio", "0,5", 0.5, "0.5", 0.5, False, True),
    ("D-r7-75", "rating", "Rating", "7,5", 7.5, "75", 75, False, False),
    ("D-r7-75b", "rating", "Rating", "7.5", 7.5, "75", 75, False, False),
    ("D-r7-7c5b", "rating", "Rating", "75", 75, "7,5", 7.5, False, False),
    ("D-h-2", "hours", "Hours", "2\u00bd", 2.5, "2", 2, False, False),
    ("D-h-12", "hours", "Hours", "2\u00bd", 2.5, "12", 12, False, False),
    ("D-h-q", "hours", "Hours", "2\u00bd", 2.5, "2\u00bc", 2.25, False, False),
    ("D-h-safe", "hours", "Hours", "2\u00bd", 2.5, "2.5", 2.5, False, True),
    ("D-m-21", "length", "Length", "2 1/2", 2.5, "21/2", 10.5, True, False),
    ("D-m-214", "length", "Length", "2 1/2", 2.5, "2 1/4", 2.25, False, False),
    ("D-m-12", "length", "Length", "2 1/2", 2.5, "1/2", 0.5, False, False),
    ("D-m-2", "length", "Length", "2 1/2", 2.5, "2", 2, False, False),
    ("D-m-safe", "length", "Length", "2 1/2", 2.5, "2\u00bd", 2.5, False, True),
    ("D-e-4", "volume", "Volume", "1e3", 1000, "1e4", 10000, False, False),
    ("D-e-13", "volume", "Volume", "1e3", 1000, "13", 13, False, False),
    ("D-e-safe", "volume", "Volume", "1e3", 1000, "1000", 1000, False, True),
    ("D-k-13", "budget", "Budget", "1.2k", 1200, "1.3k", 1300, False, False),
    ("D-k-12", "budget", "Budget", "1.2k", 1200, "1.2", 1.2, False, False),
    ("D-k-12M", "budget", "Budget", "1.2k", 1200, "1.2M", 1200000, False, False),
    ("D-dz-5", "eggs", "Eggs", "4 dozen", 48, "5 dozen", 60, False, False),
    ("D-dz-4", "eggs", "Eggs", "4 dozen", 48, "4", 4, False, False),
    ("D-um-5", "delta", "Delta", "\u22125", -5, "5", 5, False, False),
    ("D-um-6", "delta", "Delta", "\u22125", -5, "\u22126", -6, False, False),
    ("D-pa-5", "net_result", "Net result", "(5)", -5, "5", 5, True, False),
    ("D-ar-43", "stock", "Stock", "\u0664\u0662", 42, "\u0664\u0663", 43, False, False),
    ("D-ar-24", "stock", "Stock", "\u0664\u0662", 42, "24", 24, False, False),
    ("D-fw-43", "units", "Units", "\uff14\uff12", 42, "\uff14\uff13", 43, False, False),
    ("D-rm-43", "chapter", "Chapter", "XLII", 42, "XLIII", 43, False, False),
    ("D-rm-41", "chapter", "Chapter", "XLII", 42, "XLI", 41, False, False),
    ("D-wd-43", "guests", "Guests", "forty-two", 42, "forty-three", 43, False, False),
    ("D-wd-24", "guests", "Guests", "forty-two", 42, "twenty-four", 24, False, False),
    ("D-zw-42", "pallets", "Pallets", "4\u200b2", 42, "4\u200b3", 43, True, False),
    ("D-in-1", "population", "Population", "1,25,000", 125000, "1,35,000", 135000, False, False),
    ("D-in-2", "population", "Population", "1,25,000", 125000, "12,50,00", 125000, True, False),
    ("D-in-3", "population", "Population", "1,25,000", 125000, "1,250,00", 125000, True, False),
    ("D-in-safe", "population", "Population", "1,25,000", 125000, "125,000", 125000, False, True),
]:
    typ = "integer" if isinstance(bval, int) and isinstance(vval, int) and key in (
        "stock", "units", "chapter", "guests", "pallets", "eggs", "population") else "number"
    r126_case(t, key, lab, typ, btxt, bval, vtxt, vval, None, arg=arg, safe=safe)

# ------------------------------------------------ E. plain bases, variants whose digits are the same but the value differs
for (t, key, lab, typ, btxt, bval, vtxt, vval, mis, arg) in [
    ("E-125-1c25", "dose", "Dose", "number", "125", 125, "1,25", 1.25, 125, False),
    ("E-125-12c5", "dose", "Dose", "number", "125", 125, "12,5", 12.5, 125, False),
    ("E-1250-12c50", "cost", "Cost", "number", "1250", 1250, "12,50", 12.5, 1250, False),
    ("E-1250-125c0", "cost", "Cost", "number", "1250", 1250, "125,0", 125, 1250, False),
    ("E-5-0c5", "rate", "Rate", "number", "5", 5, "0,5", 0.5, 5, False),
    ("E-42-4c2", "pressure", "Pressure", "number", "42", 42, "4,2", 4.2, 42, False),
    ("E-42-4mid2", "pressure", "Pressure", "number", "42", 42, "4\u00b72", 4.2, 42, True),
    ("E-42-4ar2", "pressure", "Pressure", "number", "42", 42, "4\u066b2", 4.2, 42, False),
    ("E-42-4sp2", "pressure", "Pressure", "number", "42", 42, "4 2", 42, None, True),
    ("E-25-2h", "hours_worked", "Hours worked", "number", "25", 25, "2\u00bd", 2.5, 25, False),
    ("E-212-21f2", "depth", "Depth", "number", "212", 212, "2 1/2", 2.5, 212, False),
    ("E-12-1f2", "depth", "Depth", "number", "212", 212, "21/2", 10.5, 212, True),
    ("E-1000-1e3", "volume_l", "Volume l", "number", "13", 13, "1e3", 1000, 13, False),
    ("E-neg", "balance", "Balance", "number", "42", 42, "\u221242", -42, 42, False),
    ("E-neg2", "balance", "Balance", "number", "42", 42, "-42", -42, 42, False),
    ("E-negsp", "balance", "Balance", "number", "42", 42, "\u2212 42", -42, 42, False),
    ("E-negfw", "balance", "Balance", "number", "42", 42, "\uff0d42", -42, 42, False),
]:
    r126_case(t, key, lab, typ, btxt, bval, vtxt, vval, mis, arg=arg)

# ------------------------------------------------ F. percent, per mille, basis points for a member in percent
for (t, v, val, mis, arg) in [
    ("F-pm", "5\u2030", 0.5, 5, False),
    ("F-bps", "50 bps", 0.5, 50, False),
    ("F-bp", "50 bp", 0.5, 50, False),
    ("F-frac", "0.05", 5, 0.05, True),
    ("F-pt", "5 pts", 5, None, True),
    ("F-pc", "5 %", 5, None, False),
    ("F-pcfw", "5\uff05", 5, None, False),
    ("F-pcar", "\u0665\u066a", 5, None, False),
    ("F-pct", "5 percent", 5, None, False),
    ("F-pdc", "5,5 %", 5.5, 55, False),
]:
    r126_case(t, "discount_percent", "Discount", "number", "4%", 4, v, val, mis, arg=arg)

# ------------------------------------------------ G. units of another size for a member that names its unit
for (t, key, lab, btxt, bval, vtxt, vval, mis, arg) in [
    ("G-g", "weight_kg", "Weight", "12 kg", 12, "12 g", 0.012, 12, False),
    ("G-t", "weight_kg", "Weight", "12 kg", 12, "1.2 t", 1200, 1.2, False),
    ("G-mi", "distance_km", "Distance", "5 km", 5, "5 mi", 8.04672, 5, False),
    ("G-m", "distance_km", "Distance", "5 km", 5, "500 m", 0.5, 500, False),
    ("G-s", "duration_minutes", "Duration", "90 min", 90, "90 s", 1.5, 90, False),
    ("G-h", "duration_minutes", "Duration", "90 min", 90, "1.5 h", 90, 1.5, False),
    ("G-hm", "duration_minutes", "Duration", "90 min", 90, "1:30", 90, 30, True),
    ("G-hm2", "duration_minutes", "Duration", "90 min", 90, "1h30", 90, 30, False),
    ("G-mm", "length_cm", "Length", "12 cm", 12, "12 mm", 1.2, 12, False),
    ("G-in", "length_cm", "Length", "12 cm", 12, "12\u2033", 30.48, 12, False),
    ("G-ml", "volume_l", "Volume", "2 l", 2, "2 ml", 0.002, 2, False),
    ("G-dl", "volume_l", "Volume", "2 l", 2, "2 dl", 0.2, 2, False),
]:
    r126_case(t, key, lab, "number", btxt, bval, vtxt, vval, mis, arg=arg)

# ------------------------------------------------ H. years, months, days in other calendars and notations
for (t, key, lab, btxt, bval, vtxt, vval, mis, arg) in [
    ("H-roman", "year", "Year", "2025", 2025, "MMXXVI", 2026, None, False),
    ("H-ar", "year", "Year", "2025", 2025, "\u0662\u0660\u0662\u0666", 2026, 2025, False),
    ("H-fw", "year", "Year", "2025", 2025, "\uff12\uff10\uff12\uff16", 2026, 2025, False),
    ("H-reiwa", "year", "Year", "2025", 2025, "\u4ee4\u548c8\u5e74", 2026, 8, True),
    ("H-be", "year", "Year", "2025", 2025, "2569 BE", 2026, 2569, True),
    ("H-ad", "year", "Year", "2025", 2025, "AD 2026", 2026, None, False),
    ("H-bc", "year", "Year", "2025", 2025, "500 BC", -500, 500, True),
    ("H-fy", "year", "Year", "2025", 2025, "2026/27", 2026, None, True),
    ("H-nian", "year", "Year", "2025", 2025, "2026\u5e74", 2026, None, False),
    ("H-mon-w", "month", "Month", "3", 3, "April", 4, None, False),
    ("H-mon-r", "month", "Month", "3", 3, "IV", 4, None, False),
    ("H-mon-0", "month", "Month", "3", 3, "04", 4, None, False),
    ("H-mon-ab", "month", "Month", "3", 3, "Apr.", 4, None, False),
    ("H-day-th", "day", "Day", "3", 3, "4th", 4, None, False),
    ("H-day-w", "day", "Day", "3", 3, "fourth", 4, None, False),
    ("H-day-de", "day", "Day", "3", 3, "4.", 4, None, False),
    ("H-day-ar", "day", "Day", "3", 3, "\u0664", 4, None, False),
    ("H-floor-th", "floor", "Floor", "3", 3, "4th", 4, None, False),
    ("H-floor-w", "floor", "Floor", "3", 3, "fourth", 4, None, False),
    ("H-floor-g", "floor", "Floor", "3", 3, "G", 0, None, True),
    ("H-floor-b", "floor", "Floor", "3", 3, "B2", -2, None, True),
]:
    r126_case(t, key, lab, "integer", btxt, bval, vtxt, vval, mis, arg=arg)

# ------------------------------------------------ I. exactness: an approximate or bounded value for an exact member
r126_IX = S({"item": "string", "age": {"type": ["integer", "null"], "description": "exact age in years, null if the text does not state it exactly"}})
for (t, v) in [("I-about", "about 41"), ("I-tilde", "~41"), ("I-plus", "41+"), ("I-ge", "\u226541"),
               ("I-lt", "<41"), ("I-range", "40\u201342"), ("I-to", "40 to 42"), ("I-ca", "ca. 41"),
               ("I-q", "41?"), ("I-approx", "\u224841"), ("I-early", "early 40s"), ("I-over", "over 40")]:
    bid = r126_bases.setdefault("IX", "d126-bI")
    if len([p for p in P if p["id"] == bid]) == 0:
        pr = "Extract the item and age as JSON.\n\nItem: Passport\nAge: 41\n"
        J(bid, "r126_base", pr, r126_IX, {"item": "Passport", "age": 41}, [{"item": "Passport", "age": 41}])
    vid = "d126-p-" + t
    pr = "Extract the item and age as JSON.\n\nItem: Passport\nAge: %s\n" % v
    J(vid, "r126_I_arg", pr, r126_IX, {"item": "Passport", "age": None}, [{"item": "Passport", "age": 41},
                                                                    {"item": "Passport", "age": None}])
    r126_pairs.append((bid, vid))
    r126_arguable.add(vid)
    sid = "d126-s-" + t
    pr2 = "Give the age and the item as JSON.\n\nAge: %s\nItem: Visa\n" % v
    J(sid, "r126_I_single_arg", pr2, r126_IX, {"item": "Visa", "age": None}, [{"item": "Visa", "age": 41},
                                                                       {"item": "Visa", "age": None}])
    r126_singles.append(sid)
    r126_arguable.add(sid)

# ------------------------------------------------ J. strings: look-alikes and invisible marks in names (the model normalises)
for (t, key, lab, txt, norm) in [
    ("J-cyr-a", "guest", "Guest", "Kari L\u0430rsen", "Kari Larsen"),
    ("J-cyr-o", "guest", "Guest", "J\u043en Berg", "Jon Berg"),
    ("J-grk-O", "city", "City", "\u039fslo", "Oslo"),
    ("J-nfd", "guest", "Guest", "Jose\u0301 Lima", "Jos\u00e9 Lima"),
    ("J-nfc", "guest", "Guest", "Jos\u00e9 Lima", "Jose\u0301 Lima"),
    ("J-zw", "guest", "Guest", "Ola\u200b Dahl", "Ola Dahl"),
    ("J-shy", "guest", "Guest", "Hans\u00adpeter Moe", "Hanspeter Moe"),
    ("J-nbsp", "guest", "Guest", "Ola\u00a0Dahl", "Ola Dahl"),
]:
    sch = S({"item": "string", key: "string"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Tent\n" % (lab.lower(), lab, txt)
    J(sid, "r126_J_single_arg", pr, sch, {"item": "Tent", key: txt}, [{"item": "Tent", key: norm}, {"item": "Tent", key: txt}])
    r126_singles.append(sid)
    r126_arguable.add(sid)

# ------------------------------------------------ K. a unit in the key, the text's unit another size in an unusual spelling
# (key, Label, base text, base value, [(tag, variant text, right value, mistake, arguable)])
r126_K = [
    ("volume_l", "Volume", "2 l", 2, [
        ("K-ml", "2 ml", 0.002, 2, False), ("K-sqml", "2 \u3396", 0.002, 2, False), ("K-mL", "2 mL", 0.002, 2, False),
        ("K-cl", "2 cl", 0.02, 2, False), ("K-dl", "2 dl", 0.2, 2, False), ("K-cc", "2 cc", 0.002, 2, False),
        ("K-scl", "2 \u2113", 2, None, False), ("K-L", "2 L", 2, None, False), ("K-hl", "2 hl", 200, 2, False),
        ("K-ul", "2 \u00b5l", 0.000002, 2, False), ("K-m3", "2 m\u00b3", 2000, 2, False),
        ("K-sqdl", "2 \u3397", 0.2, 2, False), ("K-sqkl", "2 \u3398", 2000, 2, False)]),
    ("dose_mg", "Dose", "5 mg", 5, [
        ("K-ug", "5 \u00b5g", 0.005, 5, False), ("K-ugr", "5 \u03bcg", 0.005, 5, False), ("K-mcg", "5 mcg", 0.005, 5, False),
        ("K-ug2", "5 ug", 0.005, 5, False), ("K-g", "5 g", 5000, 5, False), ("K-sqmg", "5 \u338e", 5, None, False),
        ("K-squg", "5 \u338d", 0.005, 5, False), ("K-gr", "5 gr", 324, 5, True), ("K-ng", "5 ng", 0.000005, 5, False)]),
    ("length_cm", "Length", "12 cm", 12, [
        ("K-mm", "12 mm", 1.2, 12, False), ("K-sqmm", "12 \u339c", 1.2, 12, False), ("K-sqcm", "12 \u339d", 12, None, False),
        ("K-um", "12 \u00b5m", 0.0012, 12, False), ("K-m", "12 m", 1200, 12, False), ("K-in", "12 in", 30.48, 12, False),
        ("K-dq", "12\"", 30.48, 12, False), ("K-sqkm", "12 \u339e", 1200000, 12, False), ("K-A", "12 \u212b", 0.00000012, 12, False)]),
    ("distance_m", "Distance", "5 m", 5, [
        ("K-km", "5 km", 5000, 5, False), ("K-Km", "5 Km", 5000, 5, False), ("K-KM", "5 KM", 5000, 5, False),
        ("K-sqkm2", "5 \u339e", 5000, 5, False), ("K-mi", "5 mi", 8046.72, 5, False), ("K-ft", "5 ft", 1.524, 5, False),
        ("K-ftp", "5\u2032", 1.524, 5, False), ("K-nm", "5 nm", 0.000000005, 5, True), ("K-NM", "5 NM", 9260, 5, True)]),
    ("duration_s", "Duration", "90 s", 90, [
        ("K-ms", "90 ms", 0.09, 90, False), ("K-min", "90 min", 5400, 90, False), ("K-us", "90 \u00b5s", 0.00009, 90, False),
        ("K-sqms", "90 \u33b3", 0.09, 90, False), ("K-h", "90 h", 324000, 90, False), ("K-mn", "90 mn", 5400, 90, False),
        ("K-dprime", "90\u2033", 90, None, True), ("K-sec", "90 sec", 90, None, False)]),
    ("power_w", "Power", "3 W", 3, [
        ("K-kW", "3 kW", 3000, 3, False), ("K-sqkw", "3 \u33bf", 3000, 3, False), ("K-mW", "3 mW", 0.003, 3, False),
        ("K-sqmw", "3 \u33bd", 0.003, 3, False), ("K-MW", "3 MW", 3000000, 3, False), ("K-hp", "3 hp", 2237.1, 3, True)]),
    ("mass_g", "Mass", "12 g", 12, [
        ("K-kg", "12 kg", 12000, 12, False), ("K-sqkg", "12 \u338f", 12000, 12, False), ("K-Kg", "12 Kg", 12000, 12, False),
        ("K-mg2", "12 mg", 0.012, 12, False), ("K-oz", "12 oz", 340.19, 12, True), ("K-lb", "12 lb", 5443.1, 12, True),
        ("K-t2", "12 t", 12000000, 12, False)]),
    ("size_b", "Size", "512 B", 512, [
        ("K-kB", "512 kB", 512000, 512, True), ("K-KiB", "512 KiB", 524288, 512, False), ("K-MB", "512 MB", 512000000, 512, True),
        ("K-bit", "512 bit", 64, 512, False)]),
    ("temperature_c", "Temperature", "20 \u00b0C", 20, [
        ("K-F", "68 \u00b0F", 20, 68, False), ("K-K", "293 K", 19.85, 293, False), ("K-Ksign", "293 \u212a", 19.85, 293, False),
        ("K-degF", "68 \u2109", 20, 68, False), ("K-degC", "21 \u2103", 21, None, False)]),
    ("current_a", "Current", "2 A", 2, [
        ("K-mA", "2 mA", 0.002, 2, False), ("K-sqma", "2 \u3383", 0.002, 2, False), ("K-uA", "2 \u00b5A", 0.000002, 2, False),
        ("K-kA", "2 kA", 2000, 2, False)]),
    ("area_m2", "Area", "40 m\u00b2", 40, [
        ("K-sqm", "40 \u33a1", 40, None, False), ("K-cm2", "40 cm\u00b2", 0.004, 40, False), ("K-sqcm2", "40 \u33a0", 0.004, 40, False),
        ("K-ha", "40 ha", 400000, 40, False), ("K-ft2", "40 ft\u00b2", 3.716, 40, True), ("K-km2", "40 km\u00b2", 40000000, 40, False),
        ("K-sqkm3", "40 \u33a2", 40000000, 40, False), ("K-m2p", "40 m2", 40, None, False)]),
    ("price_eur", "Price", "12 EUR", 12, [
        ("K-ct", "12 ct", 0.12, 12, False), ("K-cent", "12 \u00a2", 0.12, 12, True), ("K-euro", "12 \u20ac", 12, None, False)]),
]
for (key, lab, btxt, bval, vs) in r126_K:
    for (t, v, val, mis, arg) in vs:
        r126_case(t, key, lab, "number", btxt, bval, v, val, mis, arg=arg)

# ------------------------------------------------ L. a unit or scale in the member's key; the text states another
# (tag, key, Label, base text (key's own unit) or None, base value, variant text, right, grounded mistake, arguable)
r126_L = [
    ("L-s-2h", "duration_s", "Duration", "120 s", 120, "2 h", 7200, 2, False),
    ("L-s-15hrs", "duration_s", "Duration", "120 s", 120, "1.5 hrs", 5400, 1.5, False),
    ("L-s-3d", "duration_s", "Duration", "120 s", 120, "3 days", 259200, 3, False),
    ("L-s-2min", "delay_s", "Delay", "30 s", 30, "2 min", 120, 2, False),
    ("L-s-2mins", "delay_s", "Delay", "30 s", 30, "2 minutes", 120, 2, False),
    ("L-s-nounit", "delay_s", "Delay", "30 s", 30, "2", 2, None, True),
    ("L-h-90min", "duration_h", "Duration", "2 h", 2, "90 min", 1.5, 90, False),
    ("L-h-3d", "duration_h", "Duration", "2 h", 2, "3 days", 72, 3, False),
    ("L-min-2h", "interval_min", "Interval", "30 min", 30, "2 h", 120, 2, False),
    ("L-min-90s", "interval_min", "Interval", "30 min", 30, "90 s", 1.5, 90, False),
    ("L-ms-5s", "timeout_ms", "Timeout", "500 ms", 500, "5 s", 5000, 5, False),
    ("L-ms-2min", "timeout_ms", "Timeout", "500 ms", 500, "2 min", 120000, 2, False),
    ("L-d-3w", "lead_time_days", "Lead time", "10 days", 10, "3 weeks", 21, 3, False),
    ("L-d-36h", "lead_time_days", "Lead time", "10 days", 10, "36 h", 1.5, 36, False),
    ("L-mo-2y", "term_months", "Term", "12 months", 12, "2 years", 24, 2, False),
    ("L-y-24mo", "warranty_years", "Warranty", "2 years", 2, "36 months", 3, 36, False),
    ("L-mo-age", "age_months", "Age", "8 months", 8, "3 years", 36, 3, False),
    ("L-d-age", "age_days", "Age", "10 days", 10, "3 weeks", 21, 3, False),
    ("L-w-14d", "period_weeks", "Period", "2 weeks", 2, "21 days", 3, 21, False),
    ("L-hr-45m", "runtime_hours", "Runtime", "2 hours", 2, "45 min", 0.75, 45, False),
    ("L-sec-camel", "durationSec", "Duration", "120 s", 120, "2 min", 120, 2, False),
    ("L-ms-camel", "timeoutMs", "Timeout", "500 ms", 500, "5 s", 5000, 5, False),
    ("L-kmh-mph", "speed_kmh", "Speed", "60 km/h", 60, "60 mph", 96.56064, 60, False),
    ("L-ms-kmh", "speed_ms", "Speed", "10 m/s", 10, "36 km/h", 10, 36, False),
    ("L-kwh-wh", "energy_kwh", "Energy", "2 kWh", 2, "500 Wh", 0.5, 500, False),
    ("L-wh-kwh", "energy_wh", "Energy", "500 Wh", 500, "2 kWh", 2000, 2, False),
    ("L-bar-kpa", "pressure_bar", "Pressure", "2 bar", 2, "150 kPa", 1.5, 150, False),
    ("L-kpa-bar", "pressure_kpa", "Pressure", "150 kPa", 150, "2 bar", 200, 2, False),
    ("L-hz-khz", "freq_hz", "Frequency", "50 Hz", 50, "2 kHz", 2000, 2, False),
    ("L-mhz-ghz", "freq_mhz", "Frequency", "900 MHz", 900, "2.4 GHz", 2400, 2.4, False),
    ("L-ghz-mhz", "cpu_ghz", "CPU", "3.2 GHz", 3.2, "3200 MHz", 3.2, 3200, False),
    ("L-mah-ah", "battery_mah", "Battery", "3000 mAh", 3000, "3 Ah", 3000, 3, False),
    ("L-v-kv", "voltage_v", "Voltage", "230 V", 230, "5 kV", 5000, 5, False),
    ("L-mv-v", "voltage_mv", "Voltage", "500 mV", 500, "3 V", 3000, 3, False),
    ("L-m-cm", "height_m", "Height", "2 m", 2, "180 cm", 1.8, 180, False),
    ("L-mm-cm", "depth_mm", "Depth", "20 mm", 20, "2 cm", 20, 2, False),
    ("L-ft-in", "length_ft", "Length", "3 ft", 3, "12 in", 1, 12, False),
    ("L-km-m", "distance_km", "Distance", "5 km", 5, "500 m", 0.5, 500, False),
    ("L-nm-um", "wavelength_nm", "Wavelength", "500 nm", 500, "0.5 \u00b5m", 500, 0.5, False),
    ("L-kg-g", "weight_kg", "Weight", "2 kg", 2, "500 g", 0.5, 500, False),
    ("L-lb-oz", "weight_lb", "Weight", "2 lb", 2, "16 oz", 1, 16, False),
    ("L-t-kg", "load_t", "Load", "2 t", 2, "500 kg", 0.5, 500, False),
    ("L-ml-l", "capacity_ml", "Capacity", "500 ml", 500, "2 l", 2000, 2, False),
    ("L-f-c", "temp_f", "Temperature", "68 \u00b0F", 68, "20 \u00b0C", 68, 20, False),
    ("L-k-c", "temp_k", "Temperature", "293 K", 293, "20 \u00b0C", 293.15, 20, False),
    ("L-mbps-gbps", "bandwidth_mbps", "Bandwidth", "100 Mbps", 100, "1 Gbps", 1000, 1, False),
    ("L-k-sal", "salary_k", "Salary", "85", 85, "92,000", 92, 92000, False),
    ("L-m-rev", "revenue_m", "Revenue", "2.5", 2.5, "3,100,000", 3.1, 3100000, True),
    ("L-mm-rev", "revenue_mm", "Revenue", "2.5", 2.5, "3,100,000", 3.1, 3100000, False),
    ("L-bn-bud", "budget_bn", "Budget", "3", 3, "4,000,000,000", 4, 4000000000, False),
    ("L-k-pop", "population_k", "Population", "125", 125, "130,000", 130, 130000, False),
    ("L-th-pop", "population_thousands", "Population", "125", 125, "130,000", 130, 130000, False),
    ("L-bps-pct", "spread_bps", "Spread", "150", 150, "1.5%", 150, 1.5, False),
    ("L-ppm-pct", "co2_ppm", "CO2", "420", 420, "0.05%", 500, 0.05, False),
    ("L-cents", "price_cents", "Price", "1250", 1250, "12.50", 1250, 12.5, False),
    ("L-pct-frac", "rate_pct", "Rate", "5", 5, "0.05", 5, 0.05, True),
]
for (t, key, lab, btxt, bval, v, val, mis, arg) in r126_L:
    r126_case(t, key, lab, "number", btxt, bval, v, val, mis, arg=arg)

# ------------------------------------------------ M. the time-unit suffix family of "_s" (what got through in K and L), widened
r126_M = [
    # (tag, key, Label, variant text, right, mistake)
    ("M-timeout-s", "timeout_s", "Timeout", "5 min", 300, 5),
    ("M-latency-s", "latency_s", "Latency", "250 ms", 0.25, 250),
    ("M-elapsed-s", "elapsed_s", "Elapsed", "3 h", 10800, 3),
    ("M-ttl-s", "ttl_s", "TTL", "7 days", 604800, 7),
    ("M-wait-s", "wait_s", "Wait", "4 min", 240, 4),
    ("M-cooldown-s", "cooldown_s", "Cooldown", "1.5 min", 90, 1.5),
    ("M-resp-s", "response_time_s", "Response time", "800 ms", 0.8, 800),
    ("M-interval-s", "interval_s", "Interval", "15 minutes", 900, 15),
    ("M-runtime-s", "runtime_s", "Runtime", "2 hours", 7200, 2),
    ("M-boil-s", "boil_time_s", "Boil time", "12 min", 720, 12),
    ("M-sec", "duration_sec", "Duration", "2 min", 120, 2),
    ("M-secs", "duration_secs", "Duration", "2 min", 120, 2),
    ("M-seconds", "duration_seconds", "Duration", "2 min", 120, 2),
    ("M-inS", "delay_in_s", "Delay", "3 min", 180, 3),
    ("M-S", "DELAY_S", "Delay", "3 min", 180, 3),
    ("M-camelS", "delayS", "Delay", "3 min", 180, 3),
    ("M-dashS", "delay-s", "Delay", "3 min", 180, 3),
    ("M-ms", "delay_ms", "Delay", "3 s", 3000, 3),
    ("M-msec", "delay_msec", "Delay", "3 s", 3000, 3),
    ("M-us", "delay_us", "Delay", "3 ms", 3000, 3),
    ("M-ns", "delay_ns", "Delay", "3 \u00b5s", 3000, 3),
    ("M-min", "delay_min", "Delay", "3 h", 180, 3),
    ("M-mins", "delay_mins", "Delay", "3 h", 180, 3),
    ("M-hr", "delay_hr", "Delay", "90 min", 1.5, 90),
    ("M-hrs", "delay_hrs", "Delay", "90 min", 1.5, 90),
    ("M-d", "lead_time_d", "Lead time", "3 weeks", 21, 3),
    ("M-wk", "lead_time_wk", "Lead time", "14 days", 2, 14),
    ("M-mo", "term_mo", "Term", "2 years", 24, 2),
    ("M-yr", "term_yr", "Term", "24 months", 2, 24),
    ("M-y", "term_y", "Term", "24 months", 2, 24),
    ("M-h2", "shift_h", "Shift", "480 min", 8, 480),
    ("M-s-s", "duration_s", "Duration", "2 s", 2, None),
    ("M-s-min-sp", "duration_s", "Duration", "2min", 120, 2),
    ("M-s-colon", "duration_s", "Duration", "2:00 min", 120, 2),
    ("M-s-hms", "duration_s", "Duration", "1 h 30 min", 5400, 30),
    ("M-s-minword", "duration_s", "Duration", "two minutes (2)", 120, 2),
    ("M-s-quote", "duration_s", "Duration", "2\u2032", 120, 2),
    ("M-s-de", "duration_s", "Dauer", "2 Std.", 7200, 2),
    ("M-s-no", "duration_s", "Varighet", "2 timer", 7200, 2),
    ("M-s-fr", "duration_s", "Dur\u00e9e", "2 heures", 7200, 2),
    ("M-s-ja", "duration_s", "Duration", "2\u6642\u9593", 7200, 2),
    ("M-s-ms", "duration_s", "Duration", "2 ms", 0.002, 2),
    ("M-s-ks", "duration_s", "Duration", "2 ks", 2000, 2),
]
for (t, key, lab, v, val, mis) in r126_M:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (r126_lc(lab), lab, v)
    es = {"item": "Cooler", key: val}
    ans = [{"item": "Cooler", key: mis}, es, es] if mis is not None else [es]
    J(sid, "r126_M_single", pr, sch, es, ans)
    r126_singles.append(sid)

# pairs: the base states no unit (or the key's unit), the variant adds another time unit to the same number
r126_Mp = [
    ("Mp-nounit-min", "delay_s", "Delay", "30", 30, "30 min", 1800, True),
    ("Mp-nounit-h", "delay_s", "Delay", "30", 30, "30 h", 108000, True),
    ("Mp-s-min", "timeout_s", "Timeout", "30 s", 30, "30 min", 1800, False),
    ("Mp-sec-min", "timeout_s", "Timeout", "30 sec", 30, "30 min", 1800, False),
    ("Mp-s-ms", "timeout_s", "Timeout", "30 s", 30, "30 ms", 0.03, False),
    ("Mp-min-h", "wait_s", "Wait", "2 min", 120, "2 h", 7200, False),
    ("Mp-min-d", "wait_s", "Wait", "2 min", 120, "2 days", 172800, False),
    ("Mp-h-min", "wait_s", "Wait", "2 h", 7200, "2 min", 120, False),
]
for r126_i, (t, key, lab, btxt, bval, v, val, arg) in enumerate(r126_Mp):
    item = ["Kiln", "Oven", "Press", "Lathe", "Crane", "Forge", "Loom", "Winch"][r126_i]
    sch = S({"item": "string", key: "number"})
    bid = "d126-b-" + t
    pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (lab.lower(), item, lab, btxt)
    pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (lab.lower(), item, lab, v)
    eb = {"item": item, key: bval}
    ev = {"item": item, key: val}
    J(bid, "r126_base", pb, sch, eb, [eb])
    vid = "d126-p-" + t
    J(vid, "r126_Mp" + ("_arg" if arg else ""), pv, sch, ev, [eb, ev])
    r126_pairs.append((bid, vid))
    if arg:
        r126_arguable.add(vid)

# ------------------------------------------------ N. pairs: a stored "N s" answer for a member in seconds, the unit changed
r126_N_items = ["Tap", "Hob", "Vent", "Lock", "Gate", "Door", "Lamp", "Bell", "Sink", "Tank", "Pipe", "Coil", "Dial",
                "Fuse", "Plug", "Belt", "Gear", "Cog", "Nut", "Bolt", "Rod", "Jet", "Hose", "Reel"]
r126_N = [
    # (tag, key, Label, base, base value, variant, right, safe)
    ("N-min", "timeout_s", "Timeout", "45 s", 45, "45 min", 2700, False),
    ("N-mins", "timeout_s", "Timeout", "45 s", 45, "45 mins", 2700, False),
    ("N-minutes", "timeout_s", "Timeout", "45 s", 45, "45 minutes", 2700, False),
    ("N-h", "timeout_s", "Timeout", "45 s", 45, "45 h", 162000, False),
    ("N-hrs", "timeout_s", "Timeout", "45 s", 45, "45 hrs", 162000, False),
    ("N-hours", "timeout_s", "Timeout", "45 s", 45, "45 hours", 162000, False),
    ("N-d", "timeout_s", "Timeout", "45 s", 45, "45 d", 3888000, False),
    ("N-days", "timeout_s", "Timeout", "45 s", 45, "45 days", 3888000, False),
    ("N-ms", "timeout_s", "Timeout", "45 s", 45, "45 ms", 0.045, False),
    ("N-prime", "timeout_s", "Timeout", "45 s", 45, "45′", 2700, False),
    ("N-sec", "timeout_s", "Timeout", "45 s", 45, "45 sec", 45, True),
    ("N-seconds", "timeout_s", "Timeout", "45 s", 45, "45 seconds", 45, True),
    ("N-glued", "timeout_s", "Timeout", "45 s", 45, "45s", 45, True),
    ("N-glued-min", "timeout_s", "Timeout", "45 s", 45, "45min", 2700, False),
    ("N-glued-h", "timeout_s", "Timeout", "45 s", 45, "45h", 162000, False),
    ("N-sec-min", "latency_s", "Latency", "45 sec", 45, "45 min", 2700, False),
    ("N-seconds-min", "ttl_s", "TTL", "45 seconds", 45, "45 minutes", 2700, False),
    ("N-s-min2", "interval_s", "Interval", "20 s", 20, "20 min", 1200, False),
    ("N-s-h2", "runtime_s", "Runtime", "20 s", 20, "20 h", 72000, False),
    ("N-s-wk", "ttl_s", "TTL", "20 s", 20, "20 weeks", 12096000, False),
    ("N-s-de", "wait_s", "Wait", "20 s", 20, "20 Min.", 1200, False),
    ("N-s-no", "wait_s", "Wait", "20 s", 20, "20 timer", 72000, False),
    ("N-s-val", "wait_s", "Wait", "20 s", 20, "25 s", 25, False),
]
for r126_i, (t, key, lab, btxt, bval, v, val, safe) in enumerate(r126_N):
    item = r126_N_items[r126_i]
    sch = S({"item": "string", key: "number"})
    bid = "d126-b-" + t
    pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, btxt)
    pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, v)
    eb = {"item": item, key: bval}
    ev = {"item": item, key: val}
    J(bid, "r126_base", pb, sch, eb, [eb])
    vid = "d126-p-" + t
    if safe:
        J(vid, "r126_N_safe", pv, sch, ev, [ev], safe=True)
        r126_safe.append(vid)
    else:
        J(vid, "r126_N", pv, sch, ev, [eb, ev])
    r126_pairs.append((bid, vid))

# ------------------------------------------------ N2. the same stored "N s" base, the variant changes the number AND the unit
r126_N2 = [
    ("N2-min", "timeout_s", "Timeout", "45 s", 45, "50 min", 3000),
    ("N2-h", "timeout_s", "Timeout", "45 s", 45, "50 h", 180000),
    ("N2-minutes", "timeout_s", "Timeout", "45 s", 45, "50 minutes", 3000),
    ("N2-hours", "timeout_s", "Timeout", "45 s", 45, "50 hours", 180000),
    ("N2-glued", "timeout_s", "Timeout", "45 s", 45, "50min", 3000),
    ("N2-s", "timeout_s", "Timeout", "45 s", 45, "50 s", 50),
    ("N2-sec", "latency_s", "Latency", "45 sec", 45, "50 min", 3000),
    ("N2-seconds", "ttl_s", "TTL", "45 seconds", 45, "50 minutes", 3000),
]
for r126_i, (t, key, lab, btxt, bval, v, val) in enumerate(r126_N2):
    item = ["Tap", "Hob", "Vent", "Fuse", "Lock", "Gate", "Belt", "Gear"][r126_i]
    sch = S({"item": "string", key: "number"})
    pb = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, btxt)
    pv = "Extract the item and %s as JSON.\n\nItem: %s\n%s: %s\n" % (r126_lc(lab), item, lab, v)
    bid = [p["id"] for p in P if p["prompt"] == pb][0]
    eb = {"item": item, key: bval}
    ev = {"item": item, key: val}
    vid = "d126-p-" + t
    J(vid, "r126_N2", pv, sch, ev, [eb, {"item": item, key: int(v.split()[0].rstrip("min"))}, ev])
    r126_pairs.append((bid, vid))

# ------------------------------------------------ O. per-second rates and other "_s" keys
r126_O = [
    ("O-rate", "rate_per_s", "Rate", "120 per minute", 2, 120),
    ("O-flow", "flow_l_s", "Flow", "12 l/min", 0.2, 12),
    ("O-speed", "speed_m_s", "Speed", "36 km/h", 10, 36),
    ("O-rps", "requests_per_s", "Requests", "600 per minute", 10, 600),
    ("O-time", "time_s", "Time", "3 min", 180, 3),
    ("O-t", "t_s", "T", "3 min", 180, 3),
    ("O-lap", "lap_s", "Lap", "1.5 min", 90, 1.5),
    ("O-avg", "avg_s", "Average", "2 min", 120, 2),
    ("O-max", "max_wait_s", "Max wait", "10 min", 600, 10),
    ("O-half", "half_life_s", "Half-life", "5 days", 432000, 5),
    ("O-exp", "exposure_s", "Exposure", "1/250", 0.004, 250),
    ("O-shutter", "shutter_s", "Shutter", "2 min", 120, 2),
    ("O-fw", "delay_s", "Delay", "\uff13 min", 180, 3),
]
for (t, key, lab, v, val, mis) in r126_O:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (r126_lc(lab), lab, v)
    es = {"item": "Cooler", key: val}
    J(sid, "r126_O_single", pr, sch, es, [{"item": "Cooler", key: mis}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ P. the unit of seconds said elsewhere: a description, a title, the text's label
r126_P = [
    # (tag, key, schema extra, text label, text value, right, mistake)
    ("P-desc-par", "timeout", {"description": "Timeout (s)"}, "Timeout", "5 min", 300, 5),
    ("P-desc-br", "timeout", {"description": "Timeout [s]"}, "Timeout", "5 min", 300, 5),
    ("P-desc-in", "timeout", {"description": "timeout in s"}, "Timeout", "5 min", 300, 5),
    ("P-desc-comma", "timeout", {"description": "timeout, s"}, "Timeout", "5 min", 300, 5),
    ("P-desc-sec", "timeout", {"description": "timeout in seconds"}, "Timeout", "5 min", 300, 5),
    ("P-desc-secs", "timeout", {"description": "timeout (secs)"}, "Timeout", "5 min", 300, 5),
    ("P-title-par", "timeout", {"title": "Timeout (s)"}, "Timeout", "5 min", 300, 5),
    ("P-desc-slash", "timeout", {"description": "timeout / s"}, "Timeout", "5 min", 300, 5),
    ("P-lab-min", "timeout_s", {}, "Timeout (min)", "5", 300, 5),
    ("P-lab-brmin", "timeout_s", {}, "Timeout [min]", "5", 300, 5),
    ("P-lab-h", "timeout_s", {}, "Timeout (h)", "2", 7200, 2),
    ("P-lab-inmin", "timeout_s", {}, "Timeout in minutes", "5", 300, 5),
    ("P-lab-min-desc", "timeout", {"description": "Timeout (s)"}, "Timeout (min)", "5", 300, 5),
    ("P-no-sek", "varighet_sek", {}, "Varighet", "2 min", 120, 2),
    ("P-de-sek", "dauer_sek", {}, "Dauer", "2 Min.", 120, 2),
    ("P-de-s", "dauer_s", {}, "Dauer", "2 Std.", 7200, 2),
    ("P-es-seg", "tiempo_seg", {}, "Tiempo", "2 min", 120, 2),
    ("P-fr-s", "duree_s", {}, "Dur\u00e9e", "2 min", 120, 2),
    ("P-pl-s", "czas_s", {}, "Czas", "2 min", 120, 2),
]
for (t, key, extra, lab, v, val, mis) in r126_P:
    prop = {"type": "number"}
    prop.update(extra)
    sch = S({"item": "string", key: prop})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (key.split("_")[0].lower(), lab, v)
    es = {"item": "Cooler", key: val}
    J(sid, "r126_P_single", pr, sch, es, [{"item": "Cooler", key: mis}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ Q. the text's label carries the unit (one letter), the key asks another
r126_Q = [
    # (tag, key, text label, value, right, mistake)
    ("Q-s-min", "duration_min", "Duration (s)", "90", 1.5, 90),
    ("Q-s-min-br", "duration_min", "Duration [s]", "90", 1.5, 90),
    ("Q-s-min-comma", "duration_min", "Duration, s", "90", 1.5, 90),
    ("Q-s-min-in", "duration_min", "Duration in s", "90", 1.5, 90),
    ("Q-s-ms", "timeout_ms", "Timeout (s)", "90", 90000, 90),
    ("Q-s-h", "runtime_h", "Runtime (s)", "7200", 2, 7200),
    ("Q-s-minutes", "wait_minutes", "Wait (s)", "90", 1.5, 90),
    ("Q-g-kg", "weight_kg", "Weight (g)", "500", 0.5, 500),
    ("Q-m-cm", "length_cm", "Length (m)", "3", 300, 3),
    ("Q-l-ml", "volume_ml", "Volume (l)", "2", 2000, 2),
    ("Q-h-min", "duration_min", "Duration (h)", "2", 120, 2),
    ("Q-W-kw", "power_kw", "Power (W)", "3000", 3, 3000),
    ("Q-d-h", "lead_time_h", "Lead time (d)", "2", 48, 2),
    ("Q-t-kg", "load_kg", "Load (t)", "2", 2000, 2),
    ("Q-A-ma", "current_ma", "Current (A)", "2", 2000, 2),
    ("Q-V-mv", "voltage_mv", "Voltage (V)", "3", 3000, 3),
]
for (t, key, lab, v, val, mis) in r126_Q:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (key.split("_")[0], lab, v)
    es = {"item": "Cooler", key: val}
    J(sid, "r126_Q_single", pr, sch, es, [{"item": "Cooler", key: mis}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ R. marks glued after the digits on the rewrite path (base "Quantity: 40")
for (t, v, val, arg) in [
    ("R-sup1", "41\u00b9", 41, True), ("R-sup3", "41\u00b3", 41, True), ("R-sub1", "41\u2081", 41, True),
    ("R-star", "41*", 41, False), ("R-dagger", "41\u2020", 41, False), ("R-fn", "41[1]", 41, False),
    ("R-est", "41 (est.)", 41, True), ("R-supa", "41\u1d43", 41, True), ("R-comb", "41\u0305", 41, True),
    ("R-strike", "4\u03361\u0336 43", 43, True), ("R-keycap", "4\ufe0f\u20e31\ufe0f\u20e3", 41, True),
    ("R-O", "4O", 40, True), ("R-l", "l2", 12, True), ("R-o-cyr", "4\u041e", 40, True),
]:
    r126_case(t, "quantity", "Quantity", "integer", "40", 40, v, val, None, arg=arg)

# ------------------------------------------------ S. a scale stated in the label without brackets
r126_Sc = [
    ("S-x1000", "Amount \u00d71000", "1250", 1250000, 1250),
    ("S-x1000b", "Amount x1000", "1250", 1250000, 1250),
    ("S-in000s", "Amount in 000s", "1250", 1250000, 1250),
    ("S-comma-k", "Amount, k", "1250", 1250000, 1250),
    ("S-per1000", "Amount / 1000", "1250", 1250000, 1250),
    ("S-e3", "Amount \u00d710\u00b3", "1250", 1250000, 1250),
    ("S-kEUR", "Amount kEUR", "1250", 1250000, 1250),
    ("S-TSEK", "Amount TSEK", "1250", 1250000, 1250),
    ("S-MEUR", "Amount MEUR", "12", 12000000, 12),
    ("S-mNOK", "Amount mNOK", "12", 12000000, 12),
    ("S-hund", "Amount (hundreds)", "12", 1200, 12),
    ("S-pct-of", "Share", "12% of 200", 24, 12),
]
for (t, lab, v, val, mis) in r126_Sc:
    sch = S({"item": "string", "amount" if t != "S-pct-of" else "share": "number"})
    key = "amount" if t != "S-pct-of" else "share"
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (key, lab, v)
    es = {"item": "Cooler", key: val}
    J(sid, "r126_S_single" + ("_arg" if t == "S-pct-of" else ""), pr, sch, es, [{"item": "Cooler", key: mis}, es, es])
    r126_singles.append(sid)
    if t == "S-pct-of":
        r126_arguable.add(sid)

# ------------------------------------------------ T. date parts: a swapped day and month, both digits grounded
r126_T = [
    ("T-iso", "Date: 2025-03-04", 2025, 3, 4),
    ("T-de", "Datum: 04.03.2025", 2025, 3, 4),
    ("T-ddmm", "Date (DD/MM/YYYY): 04/03/2025", 2025, 3, 4),
    ("T-mmdd", "Date (MM/DD/YYYY): 03/04/2025", 2025, 3, 4),
    ("T-words", "Date: 4 March 2025", 2025, 3, 4),
    ("T-lab", "Year: 2025\nMonth: 03\nDay: 04", 2025, 3, 4),
    ("T-lab2", "Year: 2025 / Month: 3 / Day: 4", 2025, 3, 4),
    ("T-ymd", "Date: 2025/03/04", 2025, 3, 4),
    ("T-jp", "Date: 2025\u5e743\u67084\u65e5", 2025, 3, 4),
    ("T-compact", "Date: 20250304", 2025, 3, 4),
]
for (t, txt, y, mo, d) in r126_T:
    sch = S({"year": "integer", "month": "integer", "day": "integer"})
    sid = "d126-s-" + t
    pr = "Give the year, month and day as JSON.\n\n%s\n" % txt
    es = {"year": y, "month": mo, "day": d}
    J(sid, "r126_T_single", pr, sch, es, [{"year": y, "month": d, "day": mo}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ U. "x of y", "x/y": the other number given
r126_U = [
    ("U-rating", "rating", "Rating", "4.5/5", 4.5, 5),
    ("U-rating2", "rating", "Rating", "4.5 / 5", 4.5, 5),
    ("U-score", "score", "Score", "7 of 10", 7, 10),
    ("U-page", "page", "Page", "12 of 40", 12, 40),
    ("U-seat", "seats_taken", "Seats taken", "38/42", 38, 42),
    ("U-out", "score", "Score", "7 out of 10", 7, 10),
    ("U-frac", "score", "Score", "7\u204410", 7, 10),
]
for (t, key, lab, v, val, mis) in r126_U:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\n%s: %s\nItem: Cooler\n" % (r126_lc(lab), lab, v)
    es = {"item": "Cooler", key: val}
    J(sid, "r126_U_single", pr, sch, es, [{"item": "Cooler", key: mis}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ V. a power of ten in the label (what got through in S: "Amount ×10³: 1250")
r126_V = [
    # (tag, label, value, right, arguable)
    ("V-x10e3", "Amount \u00d710\u00b3", "1250", 1250000, False),
    ("V-x10e6", "Amount \u00d710\u2076", "12", 12000000, False),
    ("V-x10e2", "Amount \u00d710\u00b2", "12", 1200, False),
    ("V-x10em3", "Amount \u00d710\u207b\u00b3", "1250", 1.25, False),
    ("V-x10e3sp", "Amount \u00d7 10\u00b3", "1250", 1250000, False),
    ("V-x10e3par", "Amount (\u00d710\u00b3)", "1250", 1250000, False),
    ("V-x10e3br", "Amount [\u00d710\u00b3]", "1250", 1250000, False),
    ("V-caret", "Amount \u00d710^3", "1250", 1250000, False),
    ("V-xcaret", "Amount x10^3", "1250", 1250000, False),
    ("V-dot", "Amount \u00b710\u00b3", "1250", 1250000, False),
    ("V-E3", "Amount E3", "1250", 1250000, True),
    ("V-1e3", "Amount \u00d71e3", "1250", 1250000, False),
    ("V-10e3", "Amount 10\u00b3", "1250", 1250000, True),
    ("V-10e3nok", "Amount (10\u00b3 NOK)", "1250", 1250000, False),
    ("V-star", "Amount *10^3", "1250", 1250000, False),
    ("V-times1000", "Amount \u00d7 1 000", "1250", 1250000, False),
    ("V-x1000sp", "Amount \u00d7 1000", "1250", 1250000, False),
    ("V-val-x", "Amount", "1250 \u00d710\u00b3", 1250000, False),
    ("V-val-caret", "Amount", "1250 x 10^3", 1250000, False),
]
for (t, lab, v, val, arg) in r126_V:
    for (kind, key, pre) in [("s", "amount", "Give the amount and the item as JSON.\n\n%s: %s\nItem: Chiller\n"),
                             ("s2", "total", "Return the total and the item as JSON.\n\nItem: Mixer\n%s: %s\n")]:
        lab2 = lab.replace("Amount", "Total") if key == "total" else lab
        sch = S({"item": "string", key: "number"})
        sid = "d126-%s-%s" % (kind, t)
        it = "Chiller" if kind == "s" else "Mixer"
        es = {"item": it, key: val}
        J(sid, "r126_V_single" + ("_arg" if arg else ""), pre % (lab2, v), sch, es,
          [{"item": it, key: float(v.split()[0]) if "." in v else int(v.split()[0])}, es, es])
        r126_singles.append(sid)
        if arg:
            r126_arguable.add(sid)
# pairs: a stored "Amount: 1250" and the same value under a label with a power of ten
for (t, lab, val) in [("Vp-x10e3", "Amount \u00d710\u00b3", 1250000), ("Vp-x10e6", "Amount \u00d710\u2076", 1250000000),
                      ("Vp-caret", "Amount \u00d710^3", 1250000), ("Vp-dot", "Amount \u00b710\u00b3", 1250000)]:
    item = {"Vp-x10e3": "Anvil", "Vp-x10e6": "Chisel", "Vp-caret": "Saw", "Vp-dot": "Plane"}[t]
    sch = S({"item": "string", "amount": "number"})
    bid = "d126-b-" + t
    pb = "Extract the item and amount as JSON.\n\nItem: %s\nAmount: 1250\n" % item
    pv = "Extract the item and amount as JSON.\n\nItem: %s\n%s: 1250\n" % (item, lab)
    eb = {"item": item, "amount": 1250}
    J(bid, "r126_base", pb, sch, eb, [eb])
    vid = "d126-p-" + t
    J(vid, "r126_Vp", pv, sch, {"item": item, "amount": val}, [eb, {"item": item, "amount": val}])
    r126_pairs.append((bid, vid))


# ------------------------------------------------ every single's "Item: Cooler" made unique (the scripted model matches by prompt)
def r126_uniq():
    names = ["Cooler", "Chiller", "Radiator", "Furnace", "Fridge", "Icebox", "Kiln", "Smoker", "Roaster", "Griddle",
             "Wok", "Skillet", "Kettle drum", "Cauldron", "Urn", "Thermos", "Flask", "Canteen", "Carafe", "Decanter"]
    seen = {}
    n = 0
    for p in P:
        if not p["id"].startswith("d126-"):
            continue
        if p["prompt"] in seen and "Item: Cooler\n" in p["prompt"]:
            while True:
                n += 1
                nm = "%s %s" % (["Red", "Blue", "Green", "Grey", "Black", "White", "Small", "Large", "Old", "New",
                                 "Steel", "Brass", "Copper", "Iron", "Glass", "Clay", "Stone", "Oak", "Pine", "Teak"][n % 20],
                                names[(n // 20) % len(names)])
                pr = p["prompt"].replace("Item: Cooler\n", "Item: %s\n" % nm)
                if pr not in seen:
                    break
            p["prompt"] = pr
            p["expect"] = json.loads(json.dumps(p["expect"]).replace('"Cooler"', json.dumps(nm)))
            p["answers"] = json.loads(json.dumps(p["answers"]).replace('"Cooler"', json.dumps(nm)))
        assert p["prompt"] not in seen, (p["id"], seen.get(p["prompt"]))
        seen[p["prompt"]] = p["id"]


r126_uniq()

# ------------------------------------------------ W. scales in other words or scripts: label without brackets, the value, a line for the record
r126_W = [
    # (tag, text (the record lines), right amount, mistake, arguable)
    ("W-ink", "Amount in k: 1250", 1250000, 1250, False),
    ("W-inK", "Amount in K: 1250", 1250000, 1250, False),
    ("W-inM", "Amount in M: 12", 12000000, 12, False),
    ("W-inmn", "Amount in mn: 12", 12000000, 12, False),
    ("W-in1000s", "Amount in 1000s: 1250", 1250000, 1250, False),
    ("W-in1c000s", "Amount in 1,000s: 1250", 1250000, 1250, False),
    ("W-in10e3", "Amount in 10\u00b3: 1250", 1250000, 1250, False),
    ("W-in10e3nok", "Amount in 10\u00b3 NOK: 1250", 1250000, 1250, False),
    ("W-sen", "Amount \u5343\u5186: 1250", 1250000, 1250, False),
    ("W-hyakuman", "Amount \u767e\u4e07\u5186: 12", 12000000, 12, False),
    ("W-v-sen", "Amount: 1250\u5343\u5186", 1250000, 1250, False),
    ("W-v-sen2", "Amount: 1250\u5343", 1250000, 1250, False),
    ("W-v-hyakuman", "Amount: 12\u767e\u4e07\u5186", 12000000, 12, False),
    ("W-v-oku", "Amount: 3\u5104\u5186", 300000000, 3, False),
    ("W-v-yi", "Amount: 3\u4ebf\u5143", 300000000, 3, False),
    ("W-v-qian", "Amount: 12\u5343\u5143", 12000, 12, False),
    ("W-v-cheon", "Amount: 1250\ucc9c\uc6d0", 1250000, 1250, False),
    ("W-v-man", "Amount: 12\ub9cc\uc6d0", 120000, 12, False),
    ("W-v-eok", "Amount: 3\uc5b5\uc6d0", 300000000, 3, False),
    ("W-v-mln", "Amount: 12 \u043c\u043b\u043d", 12000000, 12, False),
    ("W-v-hazar", "Amount: 12 \u0939\u091c\u093c\u093e\u0930", 12000, 12, False),
    ("W-v-alf", "Amount: 12 \u0623\u0644\u0641", 12000, 12, False),
    ("W-v-bin", "Amount: 12 bin TL", 12000, 12, True),
    ("W-v-mil-es", "Amount: 12 mil \u20ac", 12000, 12, False),
    ("W-v-mille", "Amount: 12 mille", 12000, 12, True),
    ("W-v-md", "Amount: 3 Mrd. \u20ac", 3000000000, 3, False),
    ("W-v-mld", "Amount: 3 mld", 3000000000, 3, False),
    ("W-note-x", "Figures \u00d710\u00b3.\nAmount: 1250", 1250000, 1250, False),
    ("W-note-unit", "Unit: 10\u00b3 NOK\nAmount: 1250", 1250000, 1250, False),
    ("W-note-scale", "Scale: 10\u00b3\nAmount: 1250", 1250000, 1250, False),
    ("W-note-mult", "Multiplier: 10\u00b3\nAmount: 1250", 1250000, 1250, False),
    ("W-note-in", "Amounts in 10\u00b3 EUR.\nAmount: 1250", 1250000, 1250, False),
    ("W-note-e6", "Amount: 12\nUnit: 10\u2076", 12000000, 12, False),
]
for (t, txt, val, mis, arg) in r126_W:
    sch = S({"item": "string", "amount": "number"})
    sid = "d126-s-" + t
    pr = "Give the amount and the item as JSON.\n\nItem: Canopy\n%s\n" % txt
    es = {"item": "Canopy", "amount": val}
    J(sid, "r126_W_single" + ("_arg" if arg else ""), pr, sch, es, [{"item": "Canopy", "amount": mis}, es, es])
    r126_singles.append(sid)
    if arg:
        r126_arguable.add(sid)

# ------------------------------------------------ X. widening W: "<Label> in k", a "Unit:" line with a scale; pairs on a stored plain base
r126_X = [
    ("X-price-ink", "price", "Price in k: 12", 12000, 12, False),
    ("X-salary-ink", "salary", "Salary in k: 85", 85000, 85, False),
    ("X-pop-inM", "population", "Population in M: 5.4", 5400000, 5.4, False),
    ("X-rev-inB", "revenue", "Revenue in B: 3", 3000000000, 3, True),
    ("X-rev-inbn", "revenue", "Revenue in bn: 3", 3000000000, 3, False),
    ("X-cost-inK", "cost", "Cost in K: 40", 40000, 40, False),
    ("X-cost-k-paren", "cost", "Cost in (k): 40", 40000, 40, False),
    ("X-cost-ks", "cost", "Cost in ks: 40", 40000, 40, True),
    ("X-unit-k", "amount", "Unit: k\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-K", "amount", "Unit: K\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-M", "amount", "Unit: M\nAmount: 12", 12000000, 12, False),
    ("X-unit-1000", "amount", "Unit: 1000\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-1c000", "amount", "Unit: 1,000\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-x1000", "amount", "Unit: \u00d71000\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-caret", "amount", "Unit: 10^3\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-e3nok", "amount", "Unit: 10\u00b3\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-e3below", "amount", "Amount: 1250\nUnit: 10\u00b3 EUR", 1250000, 1250, False),
    ("X-units-e3", "amount", "Units: 10\u00b3\nAmount: 1250", 1250000, 1250, False),
    ("X-values-e3", "amount", "Values: \u00d710\u00b3\nAmount: 1250", 1250000, 1250, False),
    ("X-unit-em3", "amount", "Unit: 10\u207b\u00b3\nAmount: 1250", 1.25, 1250, False),
    ("X-unit-e2", "amount", "Unit: 10\u00b2\nAmount: 12", 1200, 12, False),
    ("X-unit-sup-k", "amount", "Unit: 10\u00b3 kr\nAmount: 1250", 1250000, 1250, False),
]
for (t, key, txt, val, mis, arg) in r126_X:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\nItem: Awning\n%s\n" % (key, txt)
    es = {"item": "Awning", key: val}
    J(sid, "r126_X_single" + ("_arg" if arg else ""), pr, sch, es, [{"item": "Awning", key: mis}, es, es])
    r126_singles.append(sid)
    if arg:
        r126_arguable.add(sid)

r126_Xp = [
    # (tag, base record, variant record, right)
    ("Xp-ink", "Amount: 1250", "Amount in k: 1250", 1250000),
    ("Xp-inK", "Amount: 1250", "Amount in K: 1250", 1250000),
    ("Xp-inM", "Amount: 1250", "Amount in M: 1250", 1250000000),
    ("Xp-in10e3", "Amount: 1250", "Amount in 10\u00b3: 1250", 1250000),
    ("Xp-unit-e3", "Amount: 1250", "Unit: 10\u00b3 NOK\nAmount: 1250", 1250000),
    ("Xp-unit-e6", "Amount: 1250", "Amount: 1250\nUnit: 10\u2076", 1250000000),
    ("Xp-unit-k", "Amount: 1250", "Unit: k\nAmount: 1250", 1250000),
    ("Xp-unit-nok-e3", "Unit: NOK\nAmount: 1250", "Unit: 10\u00b3 NOK\nAmount: 1250", 1250000),
    ("Xp-x10e3-e6", "Amount \u00d710\u00b3: 1250", "Amount \u00d710\u2076: 1250", 1250000000),
    ("Xp-safe-e0", "Amount: 1250", "Amount \u00d710\u2070: 1250", 1250),
]
for r126_i, (t, btxt, vtxt, val) in enumerate(r126_Xp):
    item = ["Tarp", "Tent peg", "Hammock", "Lantern", "Compass", "Stove", "Paddle", "Snowshoe", "Rope", "Quilt"][r126_i]
    sch = S({"item": "string", "amount": "number"})
    bid = "d126-b-" + t
    pb = "Extract the item and amount as JSON.\n\nItem: %s\n%s\n" % (item, btxt)
    pv = "Extract the item and amount as JSON.\n\nItem: %s\n%s\n" % (item, vtxt)
    bval = 1250 if "\u00d710\u00b3" not in btxt else 1250000
    eb = {"item": item, "amount": bval}
    J(bid, "r126_base", pb, sch, eb, [eb])
    vid = "d126-p-" + t
    ev = {"item": item, "amount": val}
    if t == "Xp-safe-e0":
        J(vid, "r126_Xp_safe", pv, sch, ev, [ev], safe=True)
        r126_safe.append(vid)
    else:
        J(vid, "r126_Xp", pv, sch, ev, [{"item": item, "amount": 1250}, ev])
    r126_pairs.append((bid, vid))

# ------------------------------------------------ Y. a time unit stated once for the record, beside a member whose key names another
r126_Y = [
    ("Y-s-ms", "timeout_s", "Unit: ms\nTimeout: 500", 0.5, 500),
    ("Y-s-min", "timeout_s", "Unit: min\nTimeout: 5", 300, 5),
    ("Y-s-h", "runtime_s", "Unit: h\nRuntime: 2", 7200, 2),
    ("Y-s-hours", "runtime_s", "Units: hours\nRuntime: 2", 7200, 2),
    ("Y-ms-s", "timeout_ms", "Unit: s\nTimeout: 5", 5000, 5),
    ("Y-min-h", "runtime_min", "Unit: h\nRuntime: 2", 120, 2),
    ("Y-min-s", "runtime_min", "Unit: s\nRuntime: 120", 2, 120),
    ("Y-h-min", "runtime_h", "Unit: min\nRuntime: 90", 1.5, 90),
    ("Y-s-below", "timeout_s", "Timeout: 5\nUnit: min", 300, 5),
    ("Y-s-times", "timeout_s", "Times in minutes.\nTimeout: 5", 300, 5),
    ("Y-s-head", "timeout_s", "All times in ms\nTimeout: 500", 0.5, 500),
]
for (t, key, txt, val, mis) in r126_Y:
    sch = S({"item": "string", key: "number"})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\nItem: Router\n%s\n" % (key.split("_")[0], txt)
    es = {"item": "Router", key: val}
    J(sid, "r126_Y_single", pr, sch, es, [{"item": "Router", key: mis}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ Z. the schema asks a scale in a short form; the text states the full number
r126_Z = [
    ("Z-desc-k", {"description": "Amount (k)"}, 1250, False),
    ("Z-desc-ink", {"description": "Amount in k"}, 1250, False),
    ("Z-desc-commak", {"description": "Amount, k"}, 1250, False),
    ("Z-desc-brk", {"description": "Amount [k]"}, 1250, False),
    ("Z-desc-K", {"description": "Amount (K)"}, 1250, False),
    ("Z-desc-x10e3", {"description": "Amount \u00d710\u00b3"}, 1250, False),
    ("Z-desc-10e3", {"description": "Amount (10\u00b3)"}, 1250, False),
    ("Z-desc-in10e3", {"description": "Amount in 10\u00b3"}, 1250, False),
    ("Z-desc-in1000", {"description": "Amount in 1000"}, 1250, False),
    ("Z-desc-in1000s", {"description": "Amount in 1000s"}, 1250, False),
    ("Z-title-k", {"title": "Amount (k)"}, 1250, False),
    ("Z-title-x10e3", {"title": "Amount \u00d710\u00b3"}, 1250, False),
    ("Z-desc-M", {"description": "Amount (M)"}, 1.25, False),
    ("Z-desc-inM", {"description": "Amount in M"}, 1.25, False),
]
for (t, extra, val, arg) in r126_Z:
    prop = {"type": "number"}
    prop.update(extra)
    sch = S({"item": "string", "amount": prop})
    sid = "d126-s-" + t
    pr = "Give the amount and the item as JSON.\n\nItem: Trolley\nAmount: 1250000\n"
    pr = pr.replace("Trolley", "Trolley " + t.split("-", 1)[1])
    it = "Trolley " + t.split("-", 1)[1]
    es = {"item": it, "amount": val}
    J(sid, "r126_Z_single" + ("_arg" if arg else ""), pr, sch, es, [{"item": it, "amount": 1250000}, es, es])
    r126_singles.append(sid)

# ------------------------------------------------ trimmed to a round's size: the held sections keep a sample (all ran in the drafts)
r126_keep = {
    "A": "persian mathbold super dot plus lead0 dec0 sci zwsp shy roman words dozen k hund minus figdash dutch paren trailum approx times",
    "B": "dc dc2 dc4 raised arsep lead half mixed frac sci and",
    "C": "indian indiandev dots commas swiss thin frsp de en dc2 k kdc lakh mio sciX words",
    "D": "dc-125 dc-1c25 dc-1d25 dc-safe th-12c50 th-125c0 th-12d50 th-safe sw-12c50 sw-safe sp-125 ds-12c5 r-05 r-safe "
         "r7-75 r7-7c5b h-2 h-safe m-21 m-safe e-13 e-safe k-13 k-12 dz-5 um-5 um-6 pa-5 ar-43 fw-43 rm-43 wd-43 zw-42 in-1 in-safe",
    "E": "125-1c25 1250-12c50 5-0c5 42-4mid2 25-2h 1000-1e3 neg negsp negfw",
    "F": "pm bps frac pc pdc",
    "G": "g mi s h ml in",
    "H": "roman ar reiwa be mon-w mon-0 day-de floor-th floor-b",
    "I": "about plus ge lt range ca",
    "K": "ms min us h mn sec dprime sqms ml sqml ug ugr mcg mm km kg kB Ksign sqkw mA",
    "L": "s-2h s-15hrs s-3d s-2min s-2mins s-nounit h-90min ms-5s d-3w mo-2y sec-camel kwh-wh m-cm kg-g k-sal mm-rev bps-pct cents",
    "R": "sup1 star dagger est comb strike O o-cyr",
}
r126_keep = {k: set(v.split()) for k, v in r126_keep.items()}


def r126_trim():
    import re as _re
    drop = set()
    for p in P:
        m = _re.match(r"d126-(p|s)-([A-Z])-(.*)$", p["id"])
        if m and m.group(2) in r126_keep and m.group(3) not in r126_keep[m.group(2)]:
            drop.add(p["id"])
        m2 = _re.match(r"d126-s2-V-(.*)$", p["id"])
        if m2 and m2.group(1) not in ("x10e3", "dot", "caret", "val-x"):
            drop.add(p["id"])
        m3 = _re.match(r"d126-s-W-v-(.*)$", p["id"])
        if m3 and m3.group(1) not in ("sen", "oku", "cheon", "man", "mln", "md"):
            drop.add(p["id"])
    pairs = [(b, v) for (b, v) in r126_pairs if v not in drop]
    used_bases = {b for (b, v) in pairs}
    for p in P:
        if p["id"].startswith("d126-b") and p["id"] not in used_bases:
            drop.add(p["id"])
    P[:] = [p for p in P if p["id"] not in drop]
    r126_pairs[:] = pairs
    r126_singles[:] = [s for s in r126_singles if s not in drop]
    r126_safe[:] = [s for s in r126_safe if s not in drop]
    r126_arguable.intersection_update({p["id"] for p in P})


r126_trim()

# arguable probes are marked by family (ending "_arg"); r126_arguable holds their ids
for r126_p in P:
    if r126_p["id"] in r126_arguable and not r126_p["family"].endswith("_arg"):
        r126_p["family"] += "_arg"

# ------------------------------------------------ AA. the decimal mark stated for the record in words, the number itself plain "1,250"
r126_AA = [
    ("AA-mark", "Decimal mark: comma\nWeight: 1,250", 1.25, 1250, False),
    ("AA-sep", "Decimal separator: comma\nWeight: 1,250", 1.25, 1250, False),
    ("AA-sepsign", "Decimal separator: \",\"\nWeight: 1,250", 1.25, 1250, False),
    ("AA-de", "Dezimaltrennzeichen: Komma\nWeight: 1,250", 1.25, 1250, False),
    ("AA-locale", "Locale: de-DE\nWeight: 1,250", 1.25, 1250, True),
    ("AA-numfmt", "Number format: de_DE\nWeight: 1,250", 1.25, 1250, True),
    ("AA-sentence", "Decimals are written with a comma.\nWeight: 1,250", 1.25, 1250, False),
    ("AA-below", "Weight: 1,250\nDecimal separator: comma", 1.25, 1250, False),
    ("AA-fr", "S\u00e9parateur d\u00e9cimal : virgule\nWeight: 1,250", 1.25, 1250, False),
    ("AA-thou", "Thousands separator: none\nWeight: 1,250", 1.25, 1250, True),
    ("AA-v-k", "Weight: 1,250 (decimal comma)", 1.25, 1250, False),
]
for (t, txt, val, mis, arg) in r126_AA:
    sch = S({"item": "string", "weight": "number"})
    sid = "d126-s-" + t
    pr = "Give the weight and the item as JSON.\n\nItem: Anchor\n%s\n" % txt
    es = {"item": "Anchor", "weight": val}
    J(sid, "r126_AA_single" + ("_arg" if arg else ""), pr, sch, es, [{"item": "Anchor", "weight": mis}, es, es])
    r126_singles.append(sid)
    if arg:
        r126_arguable.add(sid)
        P[-1]["family"] = "r126_AA_single_arg"

# ------------------------------------------------ AB. pairs: a stored plain "Weight: 1,250" (1250), the decimal mark stated in a line added
r126_AB = [
    ("AB-mark", "Decimal mark: comma\nWeight: 1,250"),
    ("AB-sep-below", "Weight: 1,250\nDecimal separator: comma"),
    ("AB-sentence", "Decimals are written with a comma.\nWeight: 1,250"),
]
for r126_i, (t, vtxt) in enumerate(r126_AB):
    item = ["Buoy", "Mooring", "Davit"][r126_i]
    sch = S({"item": "string", "weight": "number"})
    bid = "d126-b-" + t
    pb = "Extract the item and weight as JSON.\n\nItem: %s\nWeight: 1,250\n" % item
    pv = "Extract the item and weight as JSON.\n\nItem: %s\n%s\n" % (item, vtxt)
    eb = {"item": item, "weight": 1250}
    J(bid, "r126_base", pb, sch, eb, [eb])
    vid = "d126-p-" + t
    J(vid, "r126_AB", pv, sch, {"item": item, "weight": 1.25}, [eb, {"item": item, "weight": 1.25}])
    r126_pairs.append((bid, vid))

# ------------------------------------------------ AC. "<Label> in <short unit or scale>" widened
r126_AC = [
    # (tag, key, record, right, mistake, arguable)
    ("AC-keur", "amount", "Amount in k\u20ac: 1250", 1250000, 1250, False),
    ("AC-kusd", "amount", "Amount in k$: 1250", 1250000, 1250, False),
    ("AC-000", "amount", "Amount in '000: 1250", 1250000, 1250, False),
    ("AC-000b", "amount", "Amount in 000: 1250", 1250000, 1250, True),
    ("AC-knok", "amount", "Amount in K NOK: 1250", 1250000, 1250, False),
    ("AC-T", "amount", "Amount in T: 1250", 1250000, 1250, True),
    ("AC-comma-ink", "amount", "Amount, in k: 1250", 1250000, 1250, False),
    ("AC-slash-k", "amount", "Amount/k: 1250", 1250000, 1250, True),
    ("AC-dash-k", "amount", "Amount \u2013 k: 1250", 1250000, 1250, True),
    ("AC-desc-keur", "amount_d", "Amount: 1250000", 1250, 1250000, False),
    ("AC-desc-000s", "amount_d2", "Amount: 1250000", 1250, 1250000, False),
    ("AC-permille", "rate_pct", "Rate in \u2030: 5", 0.5, 5, False),
    ("AC-bp", "rate_pct", "Rate in bp: 50", 0.5, 50, False),
    ("AC-g", "weight_kg", "Weight in g: 500", 0.5, 500, False),
    ("AC-mm", "length_cm", "Length in mm: 12", 1.2, 12, False),
    ("AC-h", "duration_min", "Duration in h: 2", 120, 2, False),
    ("AC-ml", "volume_l", "Volume in ml: 500", 0.5, 500, False),
    ("AC-kw", "power_w", "Power in kW: 3", 3000, 3, False),
    ("AC-t", "load_kg", "Load in t: 2", 2000, 2, False),
    ("AC-km", "distance_m", "Distance in km: 5", 5000, 5, False),
]
for (t, key, txt, val, mis, arg) in r126_AC:
    if key == "amount_d":
        prop, key = {"type": "number", "description": "Amount (k\u20ac)"}, "amount"
    elif key == "amount_d2":
        prop, key = {"type": "number", "description": "Amount (000s)"}, "amount"
    else:
        prop = {"type": "number"}
    sch = S({"item": "string", key: prop})
    sid = "d126-s-" + t
    pr = "Give the %s and the item as JSON.\n\nItem: Capstan\n%s\n" % (key.split("_")[0], txt)
    es = {"item": "Capstan", key: val}
    J(sid, "r126_AC_single" + ("_arg" if arg else ""), pr, sch, es, [{"item": "Capstan", key: mis}, es, es])
    r126_singles.append(sid)
    if arg:
        r126_arguable.add(sid)

# ------------------------------------------------ arguable readings (kept, marked by family "_arg"): a capital or dashed S may be a plural
# ("delayS", "delay-s"), "(s)" may mark a plural ("Timeout (s)"), "Unit: M" may be metres
r126_arguable.update({"d126-s-M-camelS", "d126-s-M-dashS", "d126-s-P-desc-par", "d126-s-P-title-par", "d126-s-X-unit-M"})
for r126_p in P:
    if r126_p["id"] in r126_arguable and not r126_p["family"].endswith("_arg"):
        r126_p["family"] += "_arg"

# ------------------------------------------------ AD. widening 1 and 4: "_s" in a nested or integer member, array items; more "Unit:" spellings
r126_AD = [
    ("AD-nested", {"type": "object", "properties": {"item": {"type": "string"}, "timing": {"type": "object", "properties": {"timeout_s": {"type": "number"}}, "required": ["timeout_s"], "additionalProperties": False}}, "required": ["item", "timing"], "additionalProperties": False},
     "Give the item and its timing (timeout) as JSON.\n\nItem: Relay\nTimeout: 5 min\n", {"item": "Relay", "timing": {"timeout_s": 300}}, {"item": "Relay", "timing": {"timeout_s": 5}}),
    ("AD-int", S({"item": "string", "timeout_s": "integer"}),
     "Give the timeout and the item as JSON.\n\nItem: Switch\nTimeout: 5 min\n", {"item": "Switch", "timeout_s": 300}, {"item": "Switch", "timeout_s": 5}),
    ("AD-two", S({"item": "string", "timeout_s": "number", "retries": "integer"}),
     "Give the timeout, retries and the item as JSON.\n\nItem: Modem\nTimeout: 5 min\nRetries: 3\n", {"item": "Modem", "timeout_s": 300, "retries": 3}, {"item": "Modem", "timeout_s": 5, "retries": 3}),
    ("AD-units-k", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Hoist\nUnits: k\nAmount: 1250\n", {"item": "Hoist", "amount": 1250000}, {"item": "Hoist", "amount": 1250}),
    ("AD-scale-k", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Jack\nScale: k\nAmount: 1250\n", {"item": "Jack", "amount": 1250000}, {"item": "Jack", "amount": 1250}),
    ("AD-unit-1sp000", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Pulley\nUnit: 1 000\nAmount: 1250\n", {"item": "Pulley", "amount": 1250000}, {"item": "Pulley", "amount": 1250}),
    ("AD-unit-1d000", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Block\nUnit: 1.000\nAmount: 1250\n", {"item": "Block", "amount": 1250000}, {"item": "Block", "amount": 1250}),
    ("AD-unit-kNOK", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Sling\nUnit: k NOK\nAmount: 1250\n", {"item": "Sling", "amount": 1250000}, {"item": "Sling", "amount": 1250}),
    ("AD-unit-thou", S({"item": "string", "amount": "number"}),
     "Give the amount and the item as JSON.\n\nItem: Shackle\nUnit: thousands\nAmount: 1250\n", {"item": "Shackle", "amount": 1250000}, {"item": "Shackle", "amount": 1250}),
    ("AD-unit-two", S({"item": "string", "amount": "number", "tax": "number"}),
     "Give the amount, tax and the item as JSON.\n\nItem: Winch drum\nUnit: k\nAmount: 1250\nTax: 250\n", {"item": "Winch drum", "amount": 1250000, "tax": 250000}, {"item": "Winch drum", "amount": 1250, "tax": 250}),
    ("AD-lab-ink-two", S({"item": "string", "amount": "number", "tax": "number"}),
     "Give the amount, tax and the item as JSON.\n\nItem: Chain\nAmount in k: 1250\nTax in k: 250\n", {"item": "Chain", "amount": 1250000, "tax": 250000}, {"item": "Chain", "amount": 1250, "tax": 250}),
]
for (t, sch, pr, es, ms) in r126_AD:
    sid = "d126-s-" + t
    J(sid, "r126_AD_single" + ("_arg" if t == "AD-unit-1d000" else ""), pr, sch, es, [ms, es, es])
    r126_singles.append(sid)
r126_arguable.add("d126-s-AD-unit-1d000")


# loop variables of the sections above are not the round's names
for r126_name in [r126_n for r126_n in list(globals()) if not r126_n.startswith(("r126_", "__"))
                  and r126_n not in ("json", "os", "sys", "P", "S", "J", "E", "open_probe")]:
    del globals()[r126_name]
