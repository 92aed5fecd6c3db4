r"""Red-team round 208 (black box, this stop's first fixes): THIS STOP'S NEWEST RULES -- DASHES AS SIGNS, CONSTANT LINES IN A
WORKING, TABLES AS SEVERAL RECORDS, REMARKS ON A MEMBER'S LINE ON THE PATCH PATH.
Focus: (1) a minus written as an en/em dash, U+2010, figure dash, small or fullwidth hyphen-minus before a digit is a
  sign, "10–12" a range; (2) a constant line in a working must be what its operation makes of the equation above;
  (3) a table with a header and two or more rows must be told which row; (4) a word gained on a member's line fails
  every member on the patch path. 3,997 probes (seeded random.Random(2081)...(2086)): 255 bases, 1,718 pair variants,
  1,744 singles, 280 safe. Served alone (R208_ONLY=1 keeps only d208- probes; probes.py's own probes left out to keep
  to the 4,000 budget), two single runs on one fresh SQLite store (run 2 shows what run 1 stored).
Part 1 (d208-b/p/s/nb/sf/k-, 1,428 + bases): 4 records (balance NOK, temperature, stock change, elevation) x 10
  layouts ("Balance: –12.50", "Balance:–12.50", "Balance (–12.50 NOK)", "[–12.50]", "Balance = –12.50", a tab, "– 12.50"
  spaced, "12.50–" trailing, "(–12.50)", "Balance –12.50" no colon) x 16 dashes (the 8 listed ones, ASCII and U+2212
  included, and 8 minus-like ones no list names: U+2011, U+2015, U+FE58, U+02D7, U+2796, U+207B, U+2043, U+2E3A).
  Pairs: positive base stored, then the same line with a dash (the model's first answer the stale positive); singles:
  the model drops the sign first; safe: a negative base with an en dash, then each other listed dash; kind changes:
  negative base, then "Balance: 12.50 NOK – settled", "Balance – 12.50 NOK", "– Balance: 12.50 NOK".
Part 2 (d208-ra/rq/rs/bl/bi/bm/dt/fc/id-, 324 singles): ranges with spaced dashes ("Ages: 12 –18 years", "Price: 371
  –409 NOK", "Final score: 3 –1"), bullets before counts ("–14 apples", "– 14 apples", "* Eggs: –12", "Contents:\n–46
  items"), dates as parts ("Date: 2024–03–14"), codes ("Flight: SK–4035", "Ticket ID –59"); the model's first answer
  reads the dash as a minus.
Part 3 (d208-e/eb/ep-, 324 singles, 42 bases, 42 pairs): "a v + b = c" worked with a constant line in 27 notations ("Check:
  7(182) + 8 = 1282", a chain "= 1274 + 8 = 1282", a bare line, "✓", "LHS = ... = RHS", "7[182]", "7·182+8", "*", "... –
  1282 = 0", "... and ...", words "is"/"equals", "7x = 1274 = 7 · 182", "(substitute x = 182)", "Verify: 1282 = 1282",
  "Subtract 8 from both sides: 1282 – 8 = 1274", "Divide: 1274 ÷ 7 = 182", "(7 × 182) + 8", ", which equals the right
  side", "7(182) – 1282 = –8", "(x = 182)" after it, "1282 – 1282 = 0", "0 = 0", LaTeX "\cdot", bold, "→", "Multiply
  back") x 4 places (between the final step and "So x = N.", as the last line, right before the final value, between
  two equations) -- the first answer's constant line false by 1, 2, 3, 10 or -1, the second true; pairs: same x and
  a, b and c moved by k, the stale working's constant line first.
Part 4 (d208-ta/tv/th/te/to/tb/tp/tq-, 360 singles, 48 bases, 168 pairs): pipe, CSV, TSV and ";" tables: one row plus
  an "Average"/"Total" row, "the row for Molde" / "Molde's row" / "the line where City is Molde", a header repeated
  before a second row, rows marked "(example)", "e.g.", "Example:", "*" with a footnote, "Ignore/Skip the first row",
  "not the first row, which is an example"; pairs: a row picked by value with the rows swapped or its values
  changed, and a stored one-row table gaining a second row ("the second row", "row 2", "the row for X").
Part 5 (d208-mb/m/mc-, 712) and part 6's d208-pb/pm- (96): a remark that changes another member on the carrier's
  line in 16 forms (after a closing bracket "Tromsø (Norway) left one night early", after a colon, two spaces, one
  space, a line of its own, "(remark)" on a line of its own, "»", "…", "·", "→", "<remark>", quotes, ". Remark", "!
  Remark", a glued em dash, after "[NO]") in English, Chinese, Russian, Greek and Japanese, on four records (paid ->
  false, nights -> one fewer, balance in thousands, balance negative), the carrier's value kept or changed.
Part 6 (d208-bn-, 288 singles): bullet lists of counts, 4 item sets x 6 intros ("Inventory:", "Shopping list:",
  "Order:", "We bought:", "Left in stock:", "Count after the event:") x 6 dashes, all lines glued or the first spaced.
HELD: part 1 -- 0 from the cache in both runs: every listed dash and U+2011 read as a sign (the stored positive never
  reused for "–12.50"), the other minus-like dashes a clear error in the read layouts, the kind changes ("12.50 NOK –
  settled", "Balance – 12.50", "– Balance:") regenerated; safe variants (another listed dash) reused 42/280 in both runs.
  Part 3 -- 0 wrong served in both runs: every false constant line refused in all 27 notations and 4 places (including
  words, "7[182]", LaTeX, "→", two "=", en dashes; answered fresh with the true version, 42 reused in run 2), pairs 0.
  Part 4 -- 0 wrong: no table base was ever stored (48 bases: skip in run 2), 318 of 528 a clear error, the rest
  right. Parts 5-6 remarks -- 0 KEPT-FROM-CACHE: 688 of 712 (part 5) and 87 of 96 (part 6) clear errors (the right
  value is in no field); the paid record's base was never stored, so its remarks were only tried fresh. Part 2 ranges, dates and codes -- nothing stored (below).
WHAT GOT THROUGH (all path=reuse; a model mistake accepted fresh in run 1, stored, served from the cache in run 2):
  whole round run 1 0 / run 2 232 (209 clear, 23 arguable), 0 kept on the patch path; alone (R208_ALONE=1: the 232
  ids, singles, no bases needed; fresh store, two passes) run 1 0 (all 232 served fresh wrong and stored), run 2 232
  (209 clear, 23 arguable), every id confirmed.
 (A) CLEAR, a dash used as a list mark before a count read as a minus and the negative counts stored: "Extract the
     number of boxes, bottles and tickets as JSON.\n\nInventory:\n–82 boxes\n–36 bottles\n–77 tickets" ->
     {"boxes":-82,"bottles":-36,"tickets":-77}; "Shopping list:\n−43 boxes..." (U+2212), "Left in stock:\n‒11
     boxes..." (figure dash), "Fruit delivered to the shop today:\n‐2 apples\n‐23 pears\n‐21 plums" (U+2010) ->
     {"apples":-2,...}, "Packed for the school trip:\n—16 apples\n—49 pears\n—56 plums" -> -16/-49/-56, "Inventory:\n－56
     boxes\n－19 bottles\n－7 tickets" (fullwidth), "﹣33 apples" (small), "‑18 apples" (U+2011); with the first line
     spaced: "Inventory:\n— 89 boxes\n—25 bottles\n—10 tickets" -> {"boxes":89,"bottles":-25,"tickets":-10}. By dash:
     figure 44, U+2212 44, fullwidth 43, em 42, en 22, U+2010 5, small 5, U+2011 4.
 (B) ARGUABLE (r208_arguable): the same with a glued ASCII hyphen ("Inventory:\n-61 boxes\n-30 bottles\n-37 tickets"
     -> -61/-30/-37; 23): an ASCII "-" before a digit was always a minus.
  Wrong answers served fresh and never stored (run 1 758, run 2 529 beside the 232): the sign dropped and accepted in
  layouts the rule does not reach -- "Balance (–782.90 NOK)" -> 782.9 (every dash), "Balance\t―190.75 NOK" and
  "Balance ―22.90 NOK" (the unlisted dashes after a tab or with no colon) -> positive, "Balance: – 404.75 NOK" and
  "Balance: 816.90– NOK" (arguable); a spaced range end read as a minus -- "Ages: 12 –18 years" -> max_age -18,
  "Price: 371 –409 NOK" -> max_price -409 (every dash but the spaced-both-sides ones); "Ticket ID –59" -> -59
  (arguable); "Contents:\n–46 items" -> -46 (not stored); and a remark on a line of its own or after a stop --
  "Customer: Havbris AS\ncharged back\nPaid: yes", "(charged back)", "Customer: Nordlys AS. Charged back" -> paid true.
Adds its probes to probe_kit.P."""
import random as r208_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r208_found_alone = {
    'd208-bl-1993', 'd208-bl-1999', 'd208-bl-2001', 'd208-bl-2003', 'd208-bl-2023', 'd208-bl-2027', 'd208-bl-2029',
    'd208-bl-2031', 'd208-bl-2033', 'd208-bl-2035', 'd208-bl-2037', 'd208-bl-2041', 'd208-bl-2045', 'd208-bl-2049',
    'd208-bl-2051', 'd208-bl-2053', 'd208-bm-2071', 'd208-bm-2073', 'd208-bm-2074', 'd208-bm-2075', 'd208-bm-2076',
    'd208-bm-2077', 'd208-bm-2078', 'd208-bm-2079', 'd208-bm-2080', 'd208-bm-2081', 'd208-bm-2082', 'd208-bm-2083',
    'd208-bm-2084', 'd208-bm-2085', 'd208-bm-2086', 'd208-bm-2087', 'd208-bm-2088', 'd208-bm-2089', 'd208-bm-2090',
    'd208-bm-2091', 'd208-bm-2092', 'd208-bm-2093', 'd208-bm-2094', 'd208-bm-2095', 'd208-bm-2096', 'd208-bm-2097',
    'd208-bn-1509', 'd208-bn-1511', 'd208-bn-1512', 'd208-bn-1513', 'd208-bn-1514', 'd208-bn-1515', 'd208-bn-1516',
    'd208-bn-1517', 'd208-bn-1518', 'd208-bn-1519', 'd208-bn-1523', 'd208-bn-1524', 'd208-bn-1525', 'd208-bn-1526',
    'd208-bn-1527', 'd208-bn-1528', 'd208-bn-1529', 'd208-bn-1530', 'd208-bn-1531', 'd208-bn-1533', 'd208-bn-1535',
    'd208-bn-1536', 'd208-bn-1537', 'd208-bn-1538', 'd208-bn-1539', 'd208-bn-1540', 'd208-bn-1541', 'd208-bn-1542',
    'd208-bn-1543', 'd208-bn-1545', 'd208-bn-1547', 'd208-bn-1548', 'd208-bn-1550', 'd208-bn-1551', 'd208-bn-1552',
    'd208-bn-1553', 'd208-bn-1554', 'd208-bn-1555', 'd208-bn-1557', 'd208-bn-1559', 'd208-bn-1560', 'd208-bn-1561',
    'd208-bn-1562', 'd208-bn-1563', 'd208-bn-1564', 'd208-bn-1565', 'd208-bn-1566', 'd208-bn-1567', 'd208-bn-1581',
    'd208-bn-1583', 'd208-bn-1584', 'd208-bn-1585', 'd208-bn-1586', 'd208-bn-1587', 'd208-bn-1588', 'd208-bn-1589',
    'd208-bn-1590', 'd208-bn-1591', 'd208-bn-1593', 'd208-bn-1595', 'd208-bn-1596', 'd208-bn-1597', 'd208-bn-1598',
    'd208-bn-1599', 'd208-bn-1600', 'd208-bn-1601', 'd208-bn-1602', 'd208-bn-1603', 'd208-bn-1605', 'd208-bn-1607',
    'd208-bn-1609', 'd208-bn-1610', 'd208-bn-1611', 'd208-bn-1612', 'd208-bn-1613', 'd208-bn-1614', 'd208-bn-1615',
    'd208-bn-1617', 'd208-bn-1619', 'd208-bn-1620', 'd208-bn-1621', 'd208-bn-1622', 'd208-bn-1623', 'd208-bn-1624',
    'd208-bn-1626', 'd208-bn-1627', 'd208-bn-1629', 'd208-bn-1631', 'd208-bn-1632', 'd208-bn-1633', 'd208-bn-1634',
    'd208-bn-1635', 'd208-bn-1636', 'd208-bn-1637', 'd208-bn-1638', 'd208-bn-1639', 'd208-bn-1653', 'd208-bn-1655',
    'd208-bn-1656', 'd208-bn-1657', 'd208-bn-1658', 'd208-bn-1660', 'd208-bn-1662', 'd208-bn-1663', 'd208-bn-1665',
    'd208-bn-1667', 'd208-bn-1668', 'd208-bn-1669', 'd208-bn-1670', 'd208-bn-1671', 'd208-bn-1672', 'd208-bn-1673',
    'd208-bn-1674', 'd208-bn-1675', 'd208-bn-1677', 'd208-bn-1679', 'd208-bn-1681', 'd208-bn-1682', 'd208-bn-1683',
    'd208-bn-1684', 'd208-bn-1685', 'd208-bn-1686', 'd208-bn-1687', 'd208-bn-1689', 'd208-bn-1691', 'd208-bn-1692',
    'd208-bn-1693', 'd208-bn-1694', 'd208-bn-1695', 'd208-bn-1696', 'd208-bn-1697', 'd208-bn-1698', 'd208-bn-1699',
    'd208-bn-1701', 'd208-bn-1703', 'd208-bn-1704', 'd208-bn-1705', 'd208-bn-1706', 'd208-bn-1707', 'd208-bn-1708',
    'd208-bn-1709', 'd208-bn-1710', 'd208-bn-1711', 'd208-bn-1725', 'd208-bn-1728', 'd208-bn-1729', 'd208-bn-1730',
    'd208-bn-1731', 'd208-bn-1732', 'd208-bn-1733', 'd208-bn-1734', 'd208-bn-1735', 'd208-bn-1737', 'd208-bn-1739',
    'd208-bn-1740', 'd208-bn-1741', 'd208-bn-1742', 'd208-bn-1743', 'd208-bn-1744', 'd208-bn-1745', 'd208-bn-1746',
    'd208-bn-1747', 'd208-bn-1749', 'd208-bn-1752', 'd208-bn-1753', 'd208-bn-1754', 'd208-bn-1755', 'd208-bn-1756',
    'd208-bn-1757', 'd208-bn-1758', 'd208-bn-1759', 'd208-bn-1761', 'd208-bn-1763', 'd208-bn-1764', 'd208-bn-1765',
    'd208-bn-1767', 'd208-bn-1768', 'd208-bn-1769', 'd208-bn-1770', 'd208-bn-1771', 'd208-bn-1773', 'd208-bn-1775',
    'd208-bn-1776', 'd208-bn-1777', 'd208-bn-1778', 'd208-bn-1779', 'd208-bn-1780', 'd208-bn-1781', 'd208-bn-1782',
    'd208-bn-1783',
}
r208_arguable = {
    'd208-bm-2092', 'd208-bm-2093', 'd208-bm-2094', 'd208-bn-1519', 'd208-bn-1531', 'd208-bn-1543', 'd208-bn-1555',
    'd208-bn-1567', 'd208-bn-1591', 'd208-bn-1603', 'd208-bn-1615', 'd208-bn-1627', 'd208-bn-1639', 'd208-bn-1663',
    'd208-bn-1675', 'd208-bn-1687', 'd208-bn-1699', 'd208-bn-1711', 'd208-bn-1735', 'd208-bn-1747', 'd208-bn-1759',
    'd208-bn-1771', 'd208-bn-1783',
}
r208_prompts = {}
r208_n = [0]
r208_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r208_bases = {}   # variant id -> base id
r208_meta = {}    # id -> {"part":..., "kind":..., "false": [...], "tail": bool}


def r208_addj(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None, meta=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r208_prompts:
        return r208_prompts[key]
    r208_n[0] += 1
    pid = "d208-%s-%d" % (tag, r208_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r208_prompts[key] = pid
    r208_counts[kind] += 1
    if base:
        r208_bases[pid] = base
    r208_meta[pid] = dict(meta or {}, kind=kind)
    return pid


def r208_adde(tag, fam, prompt, var, val, answers, kind, false_lines=None, safe=False, base=None, meta=None):
    if prompt in r208_prompts:
        return r208_prompts[prompt]
    r208_n[0] += 1
    pid = "d208-%s-%d" % (tag, r208_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe, false_lines=false_lines)
    r208_prompts[prompt] = pid
    r208_counts[kind] += 1
    if base:
        r208_bases[pid] = base
    r208_meta[pid] = dict(meta or {}, kind=kind, false=list(false_lines or []))
    return pid


FIRST = ["Ivar", "Siri", "Anders", "Maja", "Jonas", "Ingrid", "Tor", "Hedda", "Emil", "Liv", "Ole", "Kari"]
LAST = ["Lunde", "Bakke", "Haugen", "Strand", "Dahl", "Moen", "Vik", "Berg", "Solberg", "Nygaard"]
CITIES = ["Bergen", "Molde", "Tromsø", "Ålesund", "Bodø", "Hamar", "Skien", "Arendal", "Harstad", "Narvik", "Røros"]


def r208_nm(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


# ================================================================== part 1: dashes as signs (extraction)
DASH_LISTED = {"en": "\u2013", "em": "\u2014", "hy2010": "\u2010", "fig": "\u2012", "small": "\ufe63",
               "full": "\uff0d", "ascii": "-", "minus": "\u2212"}
DASH_OTHER = {"nbhy": "\u2011", "bar": "\u2015", "smallem": "\ufe58", "modmin": "\u02d7", "heavy": "\u2796",
              "supmin": "\u207b", "hybul": "\u2043", "twoem": "\u2e3a"}
DASHES = dict(DASH_LISTED, **DASH_OTHER)


def r208_rec_sign(rng, ri):
    """(instr, [(label, value_text_fn, key, kind)], schema, other lines) for a signed member."""
    if ri == 0:
        n = "%d.%02d" % (rng.randint(2, 900), rng.choice([50, 25, 75, 10, 90]))
        name = r208_nm(rng)
        return ("Extract the account holder and the balance as JSON.", "Account holder", name, "holder",
                "Balance", n, " NOK", "balance", "number", [])
    if ri == 1:
        n = str(rng.randint(2, 29))
        return ("Return the station and its temperature as JSON.", "Station", rng.choice(CITIES), "station",
                "Temperature", n, "", "temperature", "number", ["Time: 06:00"])
    if ri == 2:
        n = str(rng.randint(3, 400))
        return ("Give the product and the stock change as JSON.", "Product", rng.choice(
            ["Desk lamp", "Office chair", "Paper tray", "Cable reel"]), "product",
                "Stock change", n, "", "stock_change", "integer", [])
    n = str(rng.randint(2, 90))
    return ("Extract the site and its elevation as JSON.", "Site", rng.choice(
        ["Pump house 3", "Polder gate", "Mine shaft B", "Quay 7", "Dyke station"]), "site",
            "Elevation", n, "", "elevation_m", "integer", [])


SIGN_FORMS = {
    "colon": "{L}: {d}{n}{U}", "glued": "{L}:{d}{n}{U}", "bracket": "{L} ({d}{n}{U})", "square": "{L}: [{d}{n}]{U}",
    "equals": "{L} = {d}{n}{U}", "tab": "{L}\t{d}{n}{U}", "spaced": "{L}: {d} {n}{U}", "trailing": "{L}: {n}{d}{U}",
    "paren": "{L}: ({d}{n}){U}", "nocolon": "{L} {d}{n}{U}",
}
ARGUABLE_FORMS = {"spaced", "trailing"}


def r208_num(s, kind):
    return int(s) if kind == "integer" else float(s)


def r208_text(instr, lines):
    return instr + "\n\n" + "\n".join(lines) + "\n"


def r208_part1():
    rng = r208_random.Random(2081)
    for ri in range(4):
        for fname, form in SIGN_FORMS.items():
            for inst in range(1):
                instr, l1, v1, k1, L, n, U, k2, kind, others = r208_rec_sign(rng, ri)
                sch = S({k1: "string", k2: kind})
                pos = r208_num(n, kind)
                neg = -pos
                fam = "r208_sign_" + k2
                # base: positive (no dash)
                bline = form.replace("{d}", "").format(L=L, n=n, U=U)
                btxt = r208_text(instr, ["%s: %s" % (l1, v1), bline] + others)
                bans = {k1: v1, k2: pos}
                bid = r208_addj("b", fam, btxt, sch, bans, [bans], "base")
                for dn, d in DASHES.items():
                    if inst == 1 and dn not in ("en", "em", "nbhy", "modmin", "heavy", "supmin", "minus", "fig"):
                        continue
                    line = form.format(L=L, n=n, U=U, d=d)
                    txt = r208_text(instr, ["%s: %s" % (l1, v1), line] + others)
                    ans = {k1: v1, k2: neg}
                    arg = fname in ARGUABLE_FORMS or dn in ("nbhy", "bar", "smallem", "hybul", "twoem")
                    r208_addj("p", fam, txt, sch, ans, [bans, ans], "pair", base=bid,
                              meta={"part": 1, "dash": dn, "form": fname, "arg": arg})
                    # single: the model drops the sign first
                    if inst == 0 and fname in ("colon", "glued", "bracket", "square", "paren", "nocolon", "equals"):
                        txt2 = r208_text("Please " + instr[0].lower() + instr[1:], ["%s: %s" % (l1, v1), line] + others)
                        r208_addj("s", fam, txt2, sch, ans, [bans, ans], "single",
                                  meta={"part": 1, "dash": dn, "form": fname, "arg": arg})
                if inst == 0:
                    # negative base (en dash), safe variants with other listed dashes, and the dash changing kind
                    nline = form.format(L=L, n=n, U=U, d="\u2013")
                    instr = instr.replace(" as JSON.", " as JSON, please.")
                    ntxt = r208_text(instr, ["%s: %s" % (l1, v1), nline] + others)
                    nans = {k1: v1, k2: neg}
                    nid = r208_addj("nb", fam, ntxt, sch, nans, [nans], "base")
                    for dn in ("em", "hy2010", "fig", "small", "full", "ascii", "minus"):
                        sl = form.format(L=L, n=n, U=U, d=DASHES[dn])
                        r208_addj("sf", fam, r208_text(instr, ["%s: %s" % (l1, v1), sl] + others), sch, nans,
                                  [nans], "safe", safe=True, base=nid, meta={"part": 1})
                    if fname == "colon":
                        for dn in ("en", "em", "ascii", "hy2010", "full"):
                            d = DASHES[dn]
                            for vt, vline in (("after", "%s: %s%s %s settled" % (L, n, U, d)),
                                              ("sep", "%s %s %s%s" % (L, d, n, U)),
                                              ("bullet", "%s %s: %s%s" % (d, L, n, U)),
                                              ("range", "%s: 0%s%s%s" % (L, d, n, U)) if False else (None, None)):
                                if not vt:
                                    continue
                                txt = r208_text(instr, ["%s: %s" % (l1, v1), vline] + others)
                                ans = {k1: v1, k2: pos}
                                r208_addj("k", fam, txt, sch, ans, [nans, ans], "pair", base=nid,
                                          meta={"part": 1, "dash": dn, "form": vt, "arg": vt == "sep"})


# ================================================================== part 2: dashes that are no sign (singles)
def r208_part2():
    rng = r208_random.Random(2082)
    seps = [" \u2013 ", " \u2013", "\u2013", " \u2014 ", " \u2014", " - ", " -", " \u2010", " \u2012", " \ufe63",
            " \uff0d", " \u2212", " \u2011"]
    for si, sp in enumerate(seps):
        for inst in range(2):
            lo = rng.randint(5, 14)
            hi = lo + rng.randint(2, 6)
            course = rng.choice(["Swimming", "Chess", "Climbing", "Drama", "Pottery"])
            sch = S({"course": "string", "min_age": "integer", "max_age": "integer"})
            txt = ("Extract the course and its age range (min_age, max_age) as JSON.\n\nCourse: %s\nAges: %d%s%d years\n"
                   "Day: Tuesday\n" % (course, lo, sp, hi))
            ans = {"course": course, "min_age": lo, "max_age": hi}
            bad = dict(ans, max_age=-hi)
            r208_addj("ra", "r208_range", txt, sch, ans, [bad, ans], "single", meta={"part": 2, "sep": sp})
            p1 = rng.randint(20, 300)
            p2 = p1 + rng.randint(3, 20)
            sch = S({"author": "string", "first_page": "integer", "last_page": "integer"})
            au = r208_nm(rng)
            txt = ("Return the author and the page range of the chapter as JSON.\n\nAuthor: %s\nPages: %d%s%d\n"
                   "Year: 2019\n" % (au, p1, sp, p2))
            ans = {"author": au, "first_page": p1, "last_page": p2}
            if False:  # page ranges: every one a clear error in the first runs (dropped to keep to 4,000)
                r208_addj("rp", "r208_range", txt, sch, ans, [dict(ans, last_page=-p2), ans], "single",
                          meta={"part": 2, "sep": sp})
            h, a = rng.randint(0, 5), rng.randint(1, 5)
            home, away = rng.sample(["Molde", "Brann", "Viking", "Rosenborg", "Bodø/Glimt", "Lillestrøm"], 2)
            sch = S({"home_team": "string", "home_goals": "integer", "away_goals": "integer"})
            txt = ("Extract the home team and the final score as JSON.\n\nMatch: %s v %s\nHome team: %s\n"
                   "Final score: %d%s%d\n" % (home, away, home, h, sp, a))
            ans = {"home_team": home, "home_goals": h, "away_goals": a}
            r208_addj("rs", "r208_range", txt, sch, ans, [dict(ans, away_goals=-a), ans], "single",
                      meta={"part": 2, "sep": sp})
            lo2 = rng.randint(100, 400)
            hi2 = lo2 + rng.randint(10, 90)
            sch = S({"item": "string", "min_price": "number", "max_price": "number"})
            it = rng.choice(["Rain jacket", "Hiking boots", "Tent", "Sleeping bag"])
            txt = ("Give the item and its price range as JSON.\n\nItem: %s\nPrice: %d%s%d NOK\nShop: Sport 1\n"
                   % (it, lo2, sp, hi2))
            ans = {"item": it, "min_price": lo2, "max_price": hi2}
            r208_addj("rq", "r208_range", txt, sch, ans, [dict(ans, max_price=-hi2), ans], "single",
                      meta={"part": 2, "sep": sp})
    # bullets before counts
    bullets = ["\u2013 ", "\u2013", "\u2014", "\u2014 ", "- ", "-", "\u2010", "\u2012", "\ufe63", "\uff0d", "\u2212",
               "\u2011", "\u2043 ", "\u2043"]
    for bi, b in enumerate(bullets):
        for inst in range(3):
            a, p, q = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 40)
            sch = S({"apples": "integer", "pears": "integer", "plums": "integer"})
            intro = rng.choice(["Fruit delivered to the shop today:", "Delivery note, fruit:", "In the basket:"])
            txt = ("Extract the number of apples, pears and plums as JSON.\n\n%s\n%s%d apples\n%s%d pears\n%s%d plums\n"
                   % (intro, b, a, b, p, b, q))
            ans = {"apples": a, "pears": p, "plums": q}
            r208_addj("bl", "r208_bullet", txt, sch, ans, [{"apples": -a, "pears": -p, "plums": -q}, ans], "single",
                      meta={"part": 2, "sep": b, "arg": b == "-"})
            sch = S({"parcel": "string", "items": "integer"})
            pc = "PK-%d" % rng.randint(1000, 9999)
            n = rng.randint(3, 60)
            txt = ("Extract the parcel number and how many items it holds as JSON.\n\nParcel: %s\nContents:\n%s%d items\n"
                   % (pc, b, n))
            ans = {"parcel": pc, "items": n}
            r208_addj("bi", "r208_bullet", txt, sch, ans, [dict(ans, items=-n), ans], "single",
                      meta={"part": 2, "sep": b})
    lists = [("Extract the number of apples, pears and plums as JSON.", ["apples", "pears", "plums"],
              ["Packed for the school trip:", "Order 4471 contains:", "Stock taken on Monday:"], "{n} {w}"),
             ("Extract how many chairs, tables and lamps were delivered as JSON.", ["chairs", "tables", "lamps"],
              ["Delivered to the office:", "Delivery 18 Nov:", "Goods received:"], "{n} {w}"),
             ("Give the number of adults, children and infants booked as JSON.", ["adults", "children", "infants"],
              ["Booking 7781:", "Passengers:", "Party size:"], "{n} {w}"),
             ("Extract the counts of eggs, loaves and jars as JSON.", ["eggs", "loaves", "jars"],
              ["Market stall, sold today:", "Sold:", "Tally:"], "{w}: {n}")]
    for instr, keys, intros, pat in lists:
        for b in ["\u2013", "\u2014", "\u2010", "\u2012", "\ufe63", "\uff0d", "\u2212", "-", "\u2011", "\u2013 ", "- "]:
            for intro in intros:
                vals = [rng.randint(2, 60) for _ in keys]
                if pat == "{w}: {n}":
                    lines = ["%s%s: %s%d" % ("* ", w.capitalize(), b, n) for w, n in zip(keys, vals)]
                else:
                    lines = ["%s%d %s" % (b, n, w) for w, n in zip(keys, vals)]
                sch = S({k: "integer" for k in keys})
                txt = instr + "\n\n" + intro + "\n" + "\n".join(lines) + "\n"
                ans = dict(zip(keys, vals))
                r208_addj("bm", "r208_bullet", txt, sch, ans, [{k: -v for k, v in ans.items()}, ans], "single",
                          meta={"part": 2, "sep": b, "arg": pat == "{w}: {n}" or b == "-"})
    # dates and codes with dashes inside
    for dn in ("en", "em", "fig", "full", "minus"):
        d = DASHES[dn]
        for inst in range(2):
            y, m, dd = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
            sch = S({"event": "string", "year": "integer", "month": "integer", "day": "integer"})
            ev = rng.choice(["Board meeting", "Site visit", "Audit", "Launch"])
            txt = ("Extract the event and its date as year, month and day (integers) as JSON.\n\nEvent: %s\n"
                   "Date: %d%s%02d%s%02d\n" % (ev, y, d, m, d, dd))
            ans = {"event": ev, "year": y, "month": m, "day": dd}
            r208_addj("dt", "r208_code", txt, sch, ans, [dict(ans, month=-m, day=-dd), ans], "single",
                      meta={"part": 2, "sep": d})
            fl = rng.randint(100, 4999)
            sch = S({"airline": "string", "flight_number": "integer"})
            txt = ("Give the airline code and the flight number (digits only, integer) as JSON.\n\nFlight: SK%s%d\n"
                   "Gate: C%d\n" % (d, fl, rng.randint(1, 30)))
            ans = {"airline": "SK", "flight_number": fl}
            r208_addj("fc", "r208_code", txt, sch, ans, [dict(ans, flight_number=-fl), ans], "single",
                      meta={"part": 2, "sep": d})
            tid = rng.randint(2, 99)
            sch = S({"queue": "string", "ticket_id": "integer"})
            q = rng.choice(["Support", "Billing", "Returns"])
            txt = ("Extract the queue and the ticket ID as JSON.\n\nQueue: %s\nTicket ID %s%d\n" % (q, d, tid))
            ans = {"queue": q, "ticket_id": tid}
            r208_addj("id", "r208_code", txt, sch, ans, [dict(ans, ticket_id=-tid), ans], "single",
                      meta={"part": 2, "sep": d, "arg": True})


# ================================================================== part 3: constant lines in a working
def r208_eq(rng):
    a = rng.randint(2, 9)
    x = rng.randint(11, 199)
    b = rng.randint(2, 20)
    return a, b, x, a * x + b


CHECKS = [
    # (name, true template, false template); {A} a, {B} b, {X} x, {C} c, {P} a*x, {V} var, {R} c-b
    ("chk", "Check: {A}({X}) + {B} = {C}", "Check: {A}({X}) + {B} = {C1}"),
    ("chain", "Check: {A} · {X} + {B} = {P} + {B} = {C}", "Check: {A} · {X} + {B} = {P1} + {B} = {C}"),
    ("bare", "{A}({X}) + {B} = {C}", "{A}({X}) + {B} = {C1}"),
    ("tick", "Check: {A} × {X} + {B} = {C} ✓", "Check: {A} × {X} + {B} = {C1} ✓"),
    ("lhs", "LHS = {A}({X}) + {B} = {C} = RHS", "LHS = {A}({X}) + {B} = {C1} = RHS"),
    ("sq", "Check: {A}[{X}] + {B} = {C}", "Check: {A}[{X}] + {B} = {C1}"),
    ("dot", "Check: {A}·{X}+{B} = {C}", "Check: {A}·{X}+{B} = {C1}"),
    ("star", "Check: {A} * {X} + {B} = {C}", "Check: {A} * {X} + {B} = {C1}"),
    ("zero", "Check: {A}({X}) + {B} \u2013 {C} = 0", "Check: {A}({X}) + {B} \u2013 {C1} = 0"),
    ("and", "Check: {A}({X}) = {P} and {P} + {B} = {C}", "Check: {A}({X}) = {P1} and {P1} + {B} = {C}"),
    ("words", "Check: {A} times {X} is {P}, plus {B} is {C}.", "Check: {A} times {X} is {P1}, plus {B} is {C1}."),
    ("equals", "Check: {A} times {X} plus {B} equals {C}", "Check: {A} times {X} plus {B} equals {C1}"),
    ("two", "{A}{V} = {R} = {A} · {X}", "{A}{V} = {R} = {A} · {X1}"),
    ("subst", "Check (substitute {V} = {X}): {A}({X}) + {B} = {C}", "Check (substitute {V} = {X}): {A}({X}) + {B} = {C1}"),
    ("same", "Verify: {C} = {C}", "Verify: {C} = {C1}"),
    ("opconst", "Subtract {B} from both sides: {C} \u2013 {B} = {R}", "Subtract {B} from both sides: {C} \u2013 {B} = {R1}"),
    ("divconst", "Divide: {R} ÷ {A} = {X}", "Divide: {R} ÷ {A} = {X1}"),
    ("paren", "({A} × {X}) + {B} = {C}", "({A} × {X}) + {B} = {C1}"),
    ("which", "Check: {A}({X}) + {B} = {C}, which equals the right side", "Check: {A}({X}) + {B} = {C1}, which equals the right side"),
    ("endash", "Check: {A}({X}) \u2013 {C} = \u2013{B}", "Check: {A}({X}) \u2013 {C} = \u2013{B1}"),
    ("substline", "{A}({X}) + {B} = {C}  ({V} = {X})", "{A}({X}) + {B} = {C1}  ({V} = {X})"),
    ("minus0", "{C} \u2013 {C} = 0", "{C} \u2013 {C1} = 0"),
    ("zeroeq", "0 = 0", "0 = 1"),
    ("latex", "Check: ${A} \\cdot {X} + {B} = {C}$", "Check: ${A} \\cdot {X} + {B} = {C1}$"),
    ("bold", "**Check:** {A}({X}) + {B} = {C} ✓", "**Check:** {A}({X}) + {B} = {C1} ✓"),
    ("arrow", "Check: {A}({X}) + {B} → {C} = {C}", "Check: {A}({X}) + {B} → {C1} = {C}"),
    ("mulconst", "Multiply back: {X} × {A} = {R}", "Multiply back: {X} × {A} = {R1}"),
]


def r208_fill(t, a, b, x, c, v, off):
    return t.format(A=a, B=b, X=x, C=c, P=a * x, V=v, R=c - b, C1=c + off, P1=a * x + off, X1=x + off,
                    R1=c - b + off, B1=b + off)


def r208_part3():
    rng = r208_random.Random(2083)
    asks = ["Solve for {V}: {E}. Show each step.", "Solve {E} step by step and check your answer.",
            "Solve for {V}: {E}. Show your working and verify the result."]
    for ci, (cn, tt, ft) in enumerate(CHECKS):
        for place in ("mid", "end", "before", "between"):
            for inst in range(3):
                a, b, x, c = r208_eq(rng)
                v = rng.choice(["x", "y", "n", "t"])
                off = rng.choice([1, 2, 10, -1, 3])
                eq = "%d%s + %d = %d" % (a, v, b, c)
                prompt = rng.choice(asks).format(V=v, E=eq)
                true_l = r208_fill(tt, a, b, x, c, v, off)
                false_l = r208_fill(ft, a, b, x, c, v, off)

                def work(chk):
                    s1 = "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b)
                    s2 = "Divide both sides by %d: %s = %d" % (a, v, x)
                    if place == "mid":
                        return "\n".join([eq, s1, s2, chk, "So %s = %d." % (v, x)])
                    if place == "end":
                        return "\n".join([eq, s1, s2, chk])
                    if place == "before":
                        return "\n".join([eq, s1, chk, "%s = %d" % (v, x)])
                    return "\n".join([eq, chk, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)])
                good, bad = work(true_l), work(false_l)
                if good == bad:
                    continue
                r208_adde("e", "r208_const_" + cn, prompt, v, x, [bad, good], "single", false_lines=[false_l],
                          meta={"part": 3, "check": cn, "place": place, "tail": place == "end", "good": good})
    # pairs: the same x and a, another b (c moves with it): the stored working's constant line is stale
    for ci, (cn, tt, ft) in enumerate(CHECKS):
        if cn in ("zeroeq", "minus0", "same"):
            continue
        for inst in range(2):
            a, b, x, c = r208_eq(rng)
            v = rng.choice(["x", "y", "n"])
            k = rng.randint(1, 9)
            eq = "%d%s + %d = %d" % (a, v, b, c)
            prompt = "Solve for {V}: {E}. Show each step and check the answer.".format(V=v, E=eq)
            chk = r208_fill(tt, a, b, x, c, v, 1)
            base_ans = "\n".join(["Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
                                  "Divide both sides by %d: %s = %d" % (a, v, x), chk, "So %s = %d." % (v, x)])
            bid = r208_adde("eb", "r208_constpair_" + cn, prompt, v, x, [base_ans], "base")
            b2, c2 = b + k, c + k
            eq2 = "%d%s + %d = %d" % (a, v, b2, c2)
            prompt2 = "Solve for {V}: {E}. Show each step and check the answer.".format(V=v, E=eq2)
            chk2 = r208_fill(tt, a, b2, x, c2, v, 1)
            good = "\n".join(["Subtract %d from both sides: %d%s = %d" % (b2, a, v, c2 - b2),
                              "Divide both sides by %d: %s = %d" % (a, v, x), chk2, "So %s = %d." % (v, x)])
            if chk == chk2:
                continue
            r208_adde("ep", "r208_constpair_" + cn, prompt2, v, x, [base_ans, good], "pair",
                      false_lines=[chk, "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b)], base=bid,
                      meta={"part": 3, "check": cn, "place": "pair", "arg": True})


# ================================================================== part 4: tables
def r208_table(fmt, header, rows):
    if fmt == "pipe":
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    elif fmt == "csv":
        out = [",".join(header)] + [",".join(str(c) for c in r) for r in rows]
    elif fmt == "tsv":
        out = ["\t".join(header)] + ["\t".join(str(c) for c in r) for r in rows]
    else:
        out = [";".join(header)] + [";".join(str(c) for c in r) for r in rows]
    return "\n".join(out)


def r208_part4():
    rng = r208_random.Random(2084)
    sch = S({"city": "string", "temperature": "number", "rain_mm": "number"})
    hdr = ["City", "Temperature", "Rain mm"]
    for fmt in ("pipe", "csv", "tsv", "semi"):
        for inst in range(6):
            cs = rng.sample(CITIES, 4)
            rows = [[cc, rng.randint(1, 25), rng.randint(0, 40)] for cc in cs]
            rec = lambda r: {"city": r[0], "temperature": r[1], "rain_mm": r[2]}  # noqa: E731
            # (a) one data row plus a totals / average row
            tot = ["Average", rows[0][1], rows[0][2] + 3]
            txt = "Extract the weather row as JSON.\n\n" + r208_table(fmt, hdr, [rows[0], tot]) + "\n"
            r208_addj("ta", "r208_table", txt, sch, rec(rows[0]), [dict(rec(rows[0]), rain_mm=tot[2]), rec(rows[0])],
                      "single", meta={"part": 4, "shape": "total"})
            txt = "Extract the weather row as JSON.\n\n" + r208_table(fmt, hdr, [rows[0], ["Total", "", rows[0][2] + 5]]) + "\n"
            r208_addj("ta", "r208_table", txt, sch, rec(rows[0]), [dict(rec(rows[0]), rain_mm=rows[0][2] + 5),
                                                                  rec(rows[0])], "single",
                      meta={"part": 4, "shape": "total2"})
            # (b) a row selected by a value
            for sel in ("the row for %s", "%s's row", "the %s row", "the line where City is %s"):
                s = sel % cs[1]
                txt = ("Extract %s as JSON.\n\n" % s) + r208_table(fmt, hdr, rows[:3]) + "\n"
                r208_addj("tv", "r208_table", txt, sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "single",
                          meta={"part": 4, "shape": "byvalue"})
            # (c) header repeated
            txt = ("Extract the last row as JSON.\n\n" + r208_table(fmt, hdr, [rows[0]]) + "\n" +
                   r208_table(fmt, hdr, [rows[1]]).split("\n", 1)[1 if fmt != "pipe" else 0] + "\n")
            r208_addj("th", "r208_table", txt, sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "single",
                      meta={"part": 4, "shape": "header2"})
            # (d) example marked in the row itself
            for mk in ("%s (example)", "e.g. %s", "Example: %s", "%s*"):
                ex = [mk % rows[2][0], rows[2][1], rows[2][2]]
                foot = "\n* example row, not real data\n" if mk == "%s*" else "\n"
                txt = "Extract the weather record as JSON.\n\n" + r208_table(fmt, hdr, [ex, rows[3]]) + foot
                r208_addj("te", "r208_table", txt, sch, rec(rows[3]),
                          [{"city": rows[2][0], "temperature": rows[2][1], "rain_mm": rows[2][2]}, rec(rows[3])],
                          "single", meta={"part": 4, "shape": "example"})
            # (e) ordinals near example / skip / ignore
            for ins in ("Ignore the first row, it is only an example. Extract the record as JSON.",
                        "The first row is an example; extract the other one as JSON.",
                        "Skip the first row (not real data) and extract the weather record as JSON.",
                        "Extract the record as JSON, not the first row, which is an example."):
                txt = ins + "\n\n" + r208_table(fmt, hdr, [rows[2], rows[3]]) + "\n"
                r208_addj("to", "r208_table", txt, sch, rec(rows[3]), [rec(rows[2]), rec(rows[3])], "single",
                          meta={"part": 4, "shape": "ordinal"})
            # (f) pairs: base picks a row by value; variant changes the rows (order / values)
            base_txt = ("Extract the row for %s as JSON.\n\n" % cs[1]) + r208_table(fmt, hdr, rows[:2]) + "\n"
            bid = r208_addj("tb", "r208_tablepair", base_txt, sch, rec(rows[1]), [rec(rows[1])], "base")
            new1 = [cs[1], rows[1][1] + 2, rows[1][2]]
            for vt, vrows, ans in (("swap", [rows[1], rows[0]], rec(rows[1])),
                                   ("newval", [rows[0], new1], rec(new1)),
                                   ("third", [rows[0], rows[2], new1], rec(new1))):
                txt = ("Extract the row for %s as JSON.\n\n" % cs[1]) + r208_table(fmt, hdr, vrows) + "\n"
                r208_addj("tp", "r208_tablepair", txt, sch, ans, [rec(rows[1]), ans], "pair", base=bid,
                          meta={"part": 4, "shape": vt})
            # base single row stored; variant adds a second row and picks it
            b1 = "Extract the weather row as JSON.\n\n" + r208_table(fmt, hdr, [rows[0]]) + "\n"
            bid = r208_addj("tb", "r208_tablepair", b1, sch, rec(rows[0]), [rec(rows[0])], "base")
            for sel in ("Extract the second row as JSON.", "Extract the row for %s as JSON." % cs[1],
                        "Extract the weather row as JSON (the first row is an example).",
                        "Extract row 2 as JSON."):
                txt = sel + "\n\n" + r208_table(fmt, hdr, [rows[0], rows[1]]) + "\n"
                r208_addj("tq", "r208_tablepair", txt, sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "pair",
                          base=bid, meta={"part": 4, "shape": "added", "arg": sel.startswith("Extract row 2")})
            # the same row plus a totals row: safe-ish, right answer unchanged
            txt = "Extract the weather row as JSON.\n\n" + r208_table(fmt, hdr, [rows[0], ["Total", rows[0][1], rows[0][2]]]) + "\n"
            r208_addj("tq", "r208_tablepair", txt, sch, rec(rows[0]), [rec(rows[0])], "pair", base=bid,
                      meta={"part": 4, "shape": "totalsame"})


# ================================================================== part 5: remarks on another member's line (patch)
REM_FORMS = {
    "afterbracket": ("{lab}: {val}", "{lab}: {val} {rem}"),
    "aftercolon": ("{lab}: {val}", "{lab}: {val}: {rem}"),
    "twospace": ("{lab}: {val}", "{lab}: {val}  {rem}"),
    "onespace": ("{lab}: {val}", "{lab}: {val} {rem}"),
    "ownline": ("{lab}: {val}", "{lab}: {val}\n{rem}"),
    "ownlineb": ("{lab}: {val}", "{lab}: {val}\n({rem})"),
    "guillemet": ("{lab}: {val}", "{lab}: {val} » {rem}"),
    "ellipsis": ("{lab}: {val}", "{lab}: {val} … {rem}"),
    "middot": ("{lab}: {val}", "{lab}: {val} · {rem}"),
    "arrow": ("{lab}: {val}", "{lab}: {val} → {rem}"),
    "angle": ("{lab}: {val}", "{lab}: {val} <{rem}>"),
    "quote": ("{lab}: {val}", "{lab}: {val} \u201c{rem}\u201d"),
    "stop": ("{lab}: {val}", "{lab}: {val}. {Rem}"),
    "bang": ("{lab}: {val}", "{lab}: {val}! {Rem}"),
    "emdash": ("{lab}: {val}", "{lab}: {val}\u2014{rem}"),
    "brkafter": ("{lab}: {val}", "{lab}: {val} {rem}"),
}


def r208_pl(v):
    if " (" in v or " [" in v:
        return v.replace(" (", "s (").replace(" [", "s [")
    return v + "s"


def r208_part5():
    rng = r208_random.Random(2085)
    recs = [
        ("paid", "Return invoice, customer and paid (true/false) as JSON.",
         lambda: [("Invoice", "INV-%d" % rng.randint(1000, 9999), "invoice", None),
                  ("Customer", rng.choice(["Fjordsoft AS", "Nordlys AS", "Kestrel GmbH", "Havbris AS"]), "customer", None),
                  ("Paid", "yes", "paid", True)],
         "customer", "paid", lambda v: False,
         ["charged back", "payment reversed", "refunded by the bank", "the payment bounced", "已退款", "платёж возвращён",
          "επιστράφηκε η πληρωμή", "払い戻し済み"], "ARG_EN"),
        ("nights", "Extract the guest, the city and the number of nights as JSON.",
         lambda: [("Guest", r208_nm(rng), "guest", None), ("City", rng.choice(CITIES), "city", None),
                  ("Nights", str(rng.randint(3, 9)), "nights", 0)],
         "city", "nights", lambda v: v - 1,
         ["left one night early", "stayed one night less", "checked out a day early, one night fewer",
          "提前一晚退房", "уехал на одну ночь раньше", "έφυγε ένα βράδυ νωρίτερα"], None),
        ("scale", "Return the account, the branch and the balance as JSON.",
         lambda: [("Account", rng.choice(["Kestrel GmbH", "Fjordsoft AS", "Brygga AS"]), "account", None),
                  ("Branch", rng.choice(["Turku", "Tampere", "Oulu", "Bergen"]), "branch", None),
                  ("Balance", str(rng.randint(12, 900)), "balance", 0)],
         "branch", "balance", lambda v: v * 1000,
         ["all amounts in thousands", "figures in thousands of euros", "balance shown in thousands",
          "金额单位：千欧元", "суммы в тысячах евро"], None),
        ("sign", "Return the account, the branch and the balance as JSON.",
         lambda: [("Account", rng.choice(["Kestrel GmbH", "Fjordsoft AS", "Brygga AS"]), "account", None),
                  ("Branch", rng.choice(["Turku", "Tampere", "Oulu", "Bergen"]), "branch", None),
                  ("Balance", str(rng.randint(12, 900)), "balance", 0)],
         "branch", "balance", lambda v: -v,
         ["the balance is owed to the bank (negative)", "balance is a debit, read it as negative",
          "余额为负数", "остаток отрицательный"], None),
    ]
    for rname, instr, mk, carrier, target, turn, rems, _ in recs:
        for fname, (bform, vform) in REM_FORMS.items():
            fields = mk()
            aux = rng.choice(["head office", "main", "ref 12", "NO"])
            if fname in ("afterbracket", "brkafter"):
                fields = [(lab, (v + (" (Norway)" if fname == "afterbracket" else " [NO]")) if k == carrier else v, k, j)
                          for lab, v, k, j in fields]
            typ = {k: ("boolean" if isinstance(j, bool) else "integer" if isinstance(j, int) else "string")
                   for _, _, k, j in fields}
            sch = S(typ)

            def val(lab, v, k, j):
                return v

            bans = {}
            for lab, v, k, j in fields:
                bans[k] = (v == "yes") if isinstance(j, bool) else (int(v) if isinstance(j, int) and not isinstance(j, bool) else v)
            blines = []
            for lab, v, k, j in fields:
                blines.append((bform if k == carrier else "{lab}: {val}").format(lab=lab, val=v, aux=aux))
            fam = "r208_rem_" + rname
            bid = r208_addj("mb", fam, instr + "\n\nText:\n" + "\n".join(blines) + "\n", sch, bans, [bans], "base")
            for ri, rem in enumerate(rems):
                vlines = []
                for lab, v, k, j in fields:
                    vlines.append((vform if k == carrier else "{lab}: {val}").format(
                        lab=lab, val=v, aux=aux, rem=rem, Rem=rem[0].upper() + rem[1:]))
                ans = dict(bans)
                ans[target] = turn(bans[target])
                txt = instr + "\n\nText:\n" + "\n".join(vlines) + "\n"
                arg = fname in ("onespace", "twospace") and rname in ("paid",)
                r208_addj("m", fam, txt, sch, ans, [bans, ans], "pair", base=bid,
                          meta={"part": 5, "form": fname, "rem": rem, "arg": arg})
                # the carrier's value changes too (patch path certain)
                vlines2 = []
                for lab, v, k, j in fields:
                    v2 = r208_pl(v) if k == carrier and rname != "paid" else (v.replace("AS", "ASA") if k == carrier else v)
                    vlines2.append((vform if k == carrier else "{lab}: {val}").format(
                        lab=lab, val=v2, aux=aux, rem=rem, Rem=rem[0].upper() + rem[1:]))
                ans2 = dict(ans)
                ans2[carrier] = [r208_pl(v) if rname != "paid" else v.replace("AS", "ASA")
                                 for lab, v, k, j in fields if k == carrier][0]
                stale2 = dict(bans)
                stale2[carrier] = ans2[carrier]
                txt2 = instr + "\n\nText:\n" + "\n".join(vlines2) + "\n"
                r208_addj("mc", fam, txt2, sch, ans2, [stale2, ans2], "pair", base=bid,
                          meta={"part": 5, "form": fname, "rem": rem, "arg": arg})


# ================================================================== part 6 (refinement): bullets and the paid record
def r208_part6():
    rng = r208_random.Random(2086)
    words = [("boxes", "bottles", "tickets"), ("apples", "oranges"), ("shirts", "socks", "caps", "belts"),
             ("pens", "pads", "folders")]
    intros = ["Inventory:", "Shopping list:", "Order:", "We bought:", "Left in stock:", "Count after the event:"]
    dashes = ["\u2013", "\u2014", "\u2012", "\u2212", "\uff0d", "-"]
    for ws in words:
        keys = list(ws)
        for intro in intros:
            for b in dashes:
                for mix in (False, True):
                    vals = [rng.randint(2, 90) for _ in keys]
                    lines = ["%s%d %s" % ((b + " ") if (mix and j == 0) else b, n, w)
                             for j, (w, n) in enumerate(zip(keys, vals))]
                    instr = "Extract the number of %s as JSON." % (", ".join(keys[:-1]) + " and " + keys[-1])
                    sch = S({k: "integer" for k in keys})
                    txt = instr + "\n\n" + intro + "\n" + "\n".join(lines) + "\n"
                    ans = dict(zip(keys, vals))
                    r208_addj("bn", "r208_bullet", txt, sch, ans, [{k: -v for k, v in ans.items()}, ans], "single",
                              meta={"part": 6, "sep": b, "mix": mix, "arg": b == "-"})
    # the paid record in round 204's shape, remarks in this round's forms
    rems = ["charged back", "payment reversed", "the payment bounced", "已退款", "платёж возвращён", "払い戻し済み"]
    for fname, (bform, vform) in REM_FORMS.items():
        for inst in range(1):
            inv = "INV-%d" % rng.randint(1000, 9999)
            cust = rng.choice(["Fjordsoft AS", "Nordlys AS", "Havbris AS"])
            if fname == "afterbracket":
                cust += " (Norway)"
            if fname == "brkafter":
                cust += " [NO]"
            instr = "Return invoice, paid (true/false) and customer as JSON."
            sch = S({"invoice": "string", "paid": "boolean", "customer": "string"})
            bans = {"invoice": inv, "paid": True, "customer": cust}
            base = instr + "\nText:\nInvoice: %s\nPaid: yes\nCustomer: %s\n" % (inv, cust)
            bid = r208_addj("pb", "r208_rem_paid204", base, sch, bans, [bans], "base")
            for rem in rems:
                line = vform.format(lab="Customer", val=cust, aux="", rem=rem, Rem=rem[0].upper() + rem[1:])
                txt = instr + "\nText:\nInvoice: %s\nPaid: yes\n%s\n" % (inv, line)
                ans = dict(bans, paid=False)
                r208_addj("pm", "r208_rem_paid204", txt, sch, ans, [bans, ans], "pair", base=bid,
                          meta={"part": 6, "form": fname, "rem": rem})


r208_part1()
r208_part6()
r208_part2()
r208_part3()
r208_part4()
r208_part5()

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (3,997 generated); then every arguable item left out.
r208_keep = set(r208_found_alone)
r208_keep |= {r208_bases[r208_i] for r208_i in list(r208_keep) if r208_i in r208_bases}
from probe_kit import sample_round as r208_sample_round  # noqa: E402

r208_sample_round("d208-", r208_keep, 30, safe_every=10)
P[:] = [r208_p for r208_p in P if r208_p["id"] not in r208_arguable]
