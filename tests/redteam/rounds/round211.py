r"""Red-team round 211 (black box, after round 208's fix): LIST MARKS AND MARKUP BEFORE A GLUED DASH, TABLES AS SEVERAL
RECORDS, REMARKS ON A MEMBER'S LINE OUTSIDE THE LISTED SEPARATORS.
Focus: this stop's newest rules -- (1) a number whose dash opens its line is answered but never stored or reused,
  elsewhere a glued dash not after a letter or digit is a minus; (2) a table with two or more rows is several records,
  ordinals near example/skip/other/negations select nothing; (3) on the patch path a word gained after the listed
  separators fails every member. 2,518 probes (seeded random.Random(2111)...(2116)): 1,420 singles, 880 pair variants,
  170 bases, 48 safe. Served alone (R211_ONLY=1 keeps only d211- probes), --runs 2 on one fresh SQLite store.
Part 1 (d211-lm/lf/la-, 276 singles): counts of things (boxes, apples, shirts, pens) in 4 list intros, 18 line marks
  before a glued dash ("> –46 boxes", "•–", "• –", "* –", "1) –", "a. –", "#1 –", two/four spaces, a tab, NBSP, U+3000,
  U+200B, "**–46** boxes", "`–46` boxes", "boxes: –46", "[x] –46", "> – 46") x en/ASCII/em/U+2212; lists whose first line
  has no dash (plain, "– 87" spaced, "• 56") and later ones do; the dash on the line above ("–\n82 boxes", a PDF copy).
  The model's first answer reads every dash as a minus. Part 1b (d211-sg-, 84 singles): a real minus after markup
  ("Balance: **–12.50**", "`-12.50`", "> Balance: –", "| Balance | –12.50 |", "(–12.50 NOK)", label\t–12.50, "• / * /
  1) Balance: –", "Balance:\n–12.50", "[–12.50]", "Balance = –", "Balance => –"), the model drops the sign. Part 1c
  (d211-pb/pp-, 6 bases, 90 pairs): stored positive balance, variant "12.50-", "12.50–", "(12.50)", "12.50 NOK DR", a
  "Sign: –" line, the dash on the line above, "Balance:\t–\t12.50", "– 12.50", "minus 12.50", "(overdrawn)", bold,
  code, "> Balance: –", indented "    –12.50" (model's first answer the stale positive); (d211-cb/cp/cs-, 24 bases,
  216 pairs, 48 safe): "+12 boxes" stock-change lists in 8 list styles, one line turned to "–"/"-"/"−".
Part 2 (d211-tn/tv/to/tt/th/te/tg/tb/tp/tq-, 520 singles, 40 bases, 180 pairs): CSV, TSV, pipe, ";" tables with
  English, unit ("Nights (#)"), Norwegian, German and lower-case headers: the row named by a value ("the booking for Eva
  Lund", "the row with 8 nights", "the booking in Molde"), "the second data row" / "2nd" / "last", one row plus a
  Total/Sum/Totalt row, a repeated header line, rows marked in themselves ("Jon Dahl (example)", "[sample]", "(test
  row)", "(eksempel)", "EXAMPLE ...", "(dummy)") before or after the real one, "instead of the first", "Don't use the
  first row", "The first row is a sample"; pairs: the named row swapped, its nights or city changed, another guest
  named, a totals row added; a stored one-row table gaining a named / valued / example / totals row.
Part 3 (d211-mb/m/mc-, 100 bases, 394 pairs): a remark on the carrier's line in 25 forms outside the listed separators
  (" : ", " — ", " – ", "…", " … ", " · ", " ~ ", " * ", " => ", ".Overdrawn" glued, ",x", ";x", " -- ", " > ", " • ",
  " + ", " & ", "(x)" glued, ":x", two tabs, three spaces, and a remark on its own line between two fields: bare, "(...)",
  "Note: ...", "* ...") on 4 records (nights -> one fewer, balance in thousands, balance negative, paid -> false), the
  carrier's value kept or changed (stale answer first).
Part 4 (refinement, d211-lr-, 540 singles): 45 more marks before the glued dash x en/ASCII/U+2212 (quote variants,
  check boxes, letters, roman, numbers, symbols, emoji, invisible characters, "Item:", "Line N:").
HELD: a line-opening dash behind "•", "* ", "1) ", "1. ", "(1) ", "1: ", "1.1 ", "#1 ", "→ ", "· ", "+ ", "= ", "~ ",
  "Item: ", "Line N: ", spaces, a tab, "**...**", "`...`" or "> – 46" (spaced) was never stored (0 of 264 from the cache; answered fresh,
  negative or refused); invisible characters (NBSP, U+3000, U+200B, BOM, U+2060, soft hyphen, em/en/thin/narrow spaces,
  LRM) before an en dash, em dash or U+2212 held (the negative refused, the count served right: 0 of 88). Lists with no dash on
  the first line (48): the negatives served fresh, never stored. A dash on the line above (12): negatives refused.
  Part 1b: 0 from the cache (84). Part 1c sign pairs: 0 from the cache alone (the one full-run reuse of "Balance:\t–\t
  121.55 NOK" -> 121.55 did not repeat alone); stock-change bases never stored (0 of 216 pairs, safe 0/48 reused).
  Part 2 tables: 0 from the cache (33 of 40 bases never stored; the wrong first answers refused). Part 3 remarks: 0
  KEPT-FROM-CACHE -- the patch path was never reached: every remark form failed the variant (failing fraction
  0.67-1.0, regenerated), and the paid base was never stored.
WHAT GOT THROUGH (all path=reuse, singles: the model's negative counts accepted fresh, stored in run 1 and served from
  the cache in run 2). Whole round: run 1 6 (6 arguable, reused after a licensed rewrite in the same pass), run 2 284
  (274 clear, 10 arguable); alone (R211_ALONE=1: the 284 ids and 1 base, 285 probes, fresh store, two passes): run 1 6
  (6 arguable), run 2 283 (274 clear, 9 arguable; d211-pp-417 not repeated, dropped); again with the final 283 ids
  (283 probes): run 1 6, run 2 283 (274 clear, 9 arguable).
 (A) CLEAR, a visible list mark other than "•", "*", digits, "→", "·" before a glued dash: the dash is read as a minus
     and the negative counts stored -- quotes "Left in stock:\n> –46 boxes\n> –64 bottles\n> –49 tickets" ->
     {"boxes":-46,"bottles":-64,"tickets":-49}, ">–83 apples", "> > –25 boxes", ">> –41 boxes", "> * –39 shirts",
     "» –19 boxes", "| –26 boxes"; check boxes "[ ] –89 boxes", "[x] –62 apples", "[X] –60 boxes", "☐ –27 boxes",
     "☑ –9 boxes", "✓", "✔ –14 boxes", "✅ –25 boxes"; letters and roman numerals "a. –87 boxes\nb. –85 bottles\nc. –19
     tickets" -> -87/-85/-19, "A. –65", "a) –23 apples", "(a) –45 boxes", "i. –21 boxes\nii. –59 bottles"; symbols "○
     –37", "▪ –6", "◦ –31", "► –74 apples", "o –46 boxes", "# –69 boxes", "📦 –34 boxes" -> -34/-61/-90. Every dash (en,
     ASCII, U+2212, em).
 (B) CLEAR, an invisible character before an ASCII hyphen: "Inventory:\n\xa0-56 boxes\n\xa0-45 bottles\n\xa0-21
     tickets" -> {"boxes":-56,"bottles":-45,"tickets":-21}; the same with U+3000, U+200B, BOM, U+2060, soft hyphen,
     U+2002, U+2003, U+2009, U+202F, U+200E (with an en dash or U+2212 these held).
 (C) ARGUABLE (r211_arguable): the item's word as a label, "We packed:\nboxes: –2\nbottles: –67\ntickets: –22" ->
     -2/-67/-22 (a dash after a colon reads as a minus; a count list makes it unlikely), 9 ids.
  Wrong answers served fresh, never stored (run 1 657, run 2 382): the negatives of the held list marks (answered,
  not stored, as the rule says) and of lists whose first line has no dash ("29 boxes\n–80 bottles" -> -80); the sign
  dropped after a line break, a "=>" or in a sign pair ("Balance:\n–630.18 NOK" -> 630.18, "Balance => –391.83" ->
  391.83, "353.10– NOK", "– 353.10", "Balance:\n–\n353.10", "Balance:\n    –353.10" -> positive); a totals row taken
  ("Siri Bakke,5,Røros\nTotal,17," -> nights 17; 6); "the 2nd booking" -> the first row (1); remarks on the paid record
  ignored ("Customer: Havbris AS\nCharged back\nPaid: yes", "(charged back)", "Note: charged back", "* charged back",
  "AS -- charged back", "AS;charged back", "AS\t\tcharged back" -> paid true; 18).
Adds its probes to probe_kit.P."""
import random as r211_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r211_found_alone = {
    'd211-lm-1', 'd211-lm-2', 'd211-lm-4', 'd211-lm-21', 'd211-lm-22', 'd211-lm-23', 'd211-lm-24', 'd211-lm-42',
    'd211-lm-46', 'd211-lm-50', 'd211-lm-61', 'd211-lm-62', 'd211-lm-63', 'd211-lm-64', 'd211-lm-66', 'd211-lm-67',
    'd211-lm-68', 'd211-lm-88', 'd211-lm-109', 'd211-lm-111', 'd211-lm-113', 'd211-lm-120', 'd211-lm-121',
    'd211-lm-159', 'd211-lm-160', 'd211-lm-161', 'd211-lm-162', 'd211-lm-180', 'd211-lm-184', 'd211-lm-188',
    'd211-lm-200', 'd211-lm-201', 'd211-lm-202', 'd211-lm-226', 'd211-lm-236', 'd211-lm-237', 'd211-lm-256',
    'd211-lm-257', 'd211-lm-258', 'd211-lm-259', 'd211-lr-1982', 'd211-lr-1983', 'd211-lr-1984', 'd211-lr-1985',
    'd211-lr-1986', 'd211-lr-1987', 'd211-lr-1988', 'd211-lr-1989', 'd211-lr-1990', 'd211-lr-1991', 'd211-lr-1992',
    'd211-lr-1993', 'd211-lr-1995', 'd211-lr-1996', 'd211-lr-1997', 'd211-lr-1998', 'd211-lr-1999', 'd211-lr-2000',
    'd211-lr-2001', 'd211-lr-2002', 'd211-lr-2003', 'd211-lr-2004', 'd211-lr-2005', 'd211-lr-2006', 'd211-lr-2007',
    'd211-lr-2008', 'd211-lr-2009', 'd211-lr-2010', 'd211-lr-2011', 'd211-lr-2012', 'd211-lr-2013', 'd211-lr-2014',
    'd211-lr-2015', 'd211-lr-2016', 'd211-lr-2017', 'd211-lr-2018', 'd211-lr-2019', 'd211-lr-2020', 'd211-lr-2021',
    'd211-lr-2022', 'd211-lr-2023', 'd211-lr-2027', 'd211-lr-2028', 'd211-lr-2029', 'd211-lr-2030', 'd211-lr-2031',
    'd211-lr-2032', 'd211-lr-2051', 'd211-lr-2052', 'd211-lr-2053', 'd211-lr-2054', 'd211-lr-2055', 'd211-lr-2057',
    'd211-lr-2058', 'd211-lr-2063', 'd211-lr-2064', 'd211-lr-2065', 'd211-lr-2072', 'd211-lr-2073', 'd211-lr-2074',
    'd211-lr-2078', 'd211-lr-2079', 'd211-lr-2080', 'd211-lr-2081', 'd211-lr-2082', 'd211-lr-2083', 'd211-lr-2088',
    'd211-lr-2094', 'd211-lr-2097', 'd211-lr-2100', 'd211-lr-2106', 'd211-lr-2114', 'd211-lr-2115', 'd211-lr-2116',
    'd211-lr-2120', 'd211-lr-2121', 'd211-lr-2122', 'd211-lr-2123', 'd211-lr-2124', 'd211-lr-2125', 'd211-lr-2126',
    'd211-lr-2127', 'd211-lr-2128', 'd211-lr-2132', 'd211-lr-2133', 'd211-lr-2134', 'd211-lr-2135', 'd211-lr-2136',
    'd211-lr-2137', 'd211-lr-2138', 'd211-lr-2139', 'd211-lr-2140', 'd211-lr-2144', 'd211-lr-2145', 'd211-lr-2146',
    'd211-lr-2147', 'd211-lr-2148', 'd211-lr-2149', 'd211-lr-2153', 'd211-lr-2154', 'd211-lr-2155', 'd211-lr-2156',
    'd211-lr-2157', 'd211-lr-2158', 'd211-lr-2159', 'd211-lr-2160', 'd211-lr-2161', 'd211-lr-2165', 'd211-lr-2167',
    'd211-lr-2192', 'd211-lr-2193', 'd211-lr-2194', 'd211-lr-2195', 'd211-lr-2196', 'd211-lr-2198', 'd211-lr-2199',
    'd211-lr-2200', 'd211-lr-2213', 'd211-lr-2214', 'd211-lr-2215', 'd211-lr-2216', 'd211-lr-2217', 'd211-lr-2218',
    'd211-lr-2220', 'd211-lr-2226', 'd211-lr-2229', 'd211-lr-2232', 'd211-lr-2235', 'd211-lr-2238', 'd211-lr-2249',
    'd211-lr-2250', 'd211-lr-2251', 'd211-lr-2253', 'd211-lr-2254', 'd211-lr-2261', 'd211-lr-2262', 'd211-lr-2263',
    'd211-lr-2264', 'd211-lr-2265', 'd211-lr-2266', 'd211-lr-2276', 'd211-lr-2277', 'd211-lr-2278', 'd211-lr-2279',
    'd211-lr-2280', 'd211-lr-2285', 'd211-lr-2286', 'd211-lr-2287', 'd211-lr-2294', 'd211-lr-2295', 'd211-lr-2296',
    'd211-lr-2297', 'd211-lr-2298', 'd211-lr-2299', 'd211-lr-2321', 'd211-lr-2322', 'd211-lr-2324', 'd211-lr-2325',
    'd211-lr-2326', 'd211-lr-2327', 'd211-lr-2328', 'd211-lr-2329', 'd211-lr-2330', 'd211-lr-2331', 'd211-lr-2332',
    'd211-lr-2333', 'd211-lr-2334', 'd211-lr-2335', 'd211-lr-2342', 'd211-lr-2343', 'd211-lr-2344', 'd211-lr-2351',
    'd211-lr-2352', 'd211-lr-2353', 'd211-lr-2355', 'd211-lr-2358', 'd211-lr-2361', 'd211-lr-2364', 'd211-lr-2367',
    'd211-lr-2373', 'd211-lr-2376', 'd211-lr-2384', 'd211-lr-2385', 'd211-lr-2386', 'd211-lr-2387', 'd211-lr-2388',
    'd211-lr-2389', 'd211-lr-2390', 'd211-lr-2391', 'd211-lr-2392', 'd211-lr-2393', 'd211-lr-2394', 'd211-lr-2395',
    'd211-lr-2399', 'd211-lr-2401', 'd211-lr-2402', 'd211-lr-2403', 'd211-lr-2404', 'd211-lr-2405', 'd211-lr-2406',
    'd211-lr-2407', 'd211-lr-2408', 'd211-lr-2409', 'd211-lr-2410', 'd211-lr-2411', 'd211-lr-2412', 'd211-lr-2417',
    'd211-lr-2418', 'd211-lr-2420', 'd211-lr-2421', 'd211-lr-2422', 'd211-lr-2423', 'd211-lr-2424', 'd211-lr-2426',
    'd211-lr-2427', 'd211-lr-2428', 'd211-lr-2429', 'd211-lr-2430', 'd211-lr-2431', 'd211-lr-2432', 'd211-lr-2434',
    'd211-lr-2435', 'd211-lr-2436', 'd211-lr-2437', 'd211-lr-2456', 'd211-lr-2457', 'd211-lr-2459', 'd211-lr-2460',
    'd211-lr-2461', 'd211-lr-2465', 'd211-lr-2466', 'd211-lr-2467', 'd211-lr-2477', 'd211-lr-2478', 'd211-lr-2479',
    'd211-lr-2483', 'd211-lr-2484', 'd211-lr-2485', 'd211-lr-2490', 'd211-lr-2493', 'd211-lr-2496', 'd211-lr-2508',
    'd211-lr-2511',
}
r211_arguable = {
    'd211-lm-61', 'd211-lm-62', 'd211-lm-63', 'd211-lm-64', 'd211-lm-200', 'd211-lm-201', 'd211-lm-202',
    'd211-lm-256', 'd211-lm-257',
}
r211_prompts = {}
r211_n = [0]
r211_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r211_bases = {}
r211_meta = {}


def r211_addj(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None, meta=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r211_prompts:
        return r211_prompts[key]
    r211_n[0] += 1
    pid = "d211-%s-%d" % (tag, r211_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r211_prompts[key] = pid
    r211_counts[kind] += 1
    if base:
        r211_bases[pid] = base
    r211_meta[pid] = dict(meta or {}, kind=kind)
    return pid


FIRST = ["Eva", "Jon", "Siri", "Anders", "Maja", "Jonas", "Ingrid", "Tor", "Hedda", "Emil", "Liv", "Ole", "Kari"]
LAST = ["Lund", "Dahl", "Bakke", "Haugen", "Strand", "Moen", "Vik", "Berg", "Solberg", "Nygaard"]
CITIES = ["Bergen", "Molde", "Tromsø", "Ålesund", "Bodø", "Hamar", "Skien", "Arendal", "Harstad", "Narvik", "Røros"]
DASHES = {"en": "\u2013", "ascii": "-", "minus": "\u2212", "em": "\u2014"}


def r211_nm(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


# ================================================================== part 1: list marks, markup before a dash
# Each mark: how a list line is written ({d} the dash, {n} the count, {w} the word). The counts are counts of
# things (never negative); the model's first answer reads the dash as a minus.
R211_MARKS = {
    "quote": "> {d}{n} {w}",
    "bullet_glued": "\u2022{d}{n} {w}",
    "bullet_sp": "\u2022 {d}{n} {w}",
    "star": "* {d}{n} {w}",
    "num_paren": "{i}) {d}{n} {w}",
    "letter": "{a}. {d}{n} {w}",
    "hash": "#{i} {d}{n} {w}",
    "indent2": "  {d}{n} {w}",
    "indent4": "    {d}{n} {w}",
    "tab": "\t{d}{n} {w}",
    "nbsp": "\u00a0{d}{n} {w}",
    "ideo": "\u3000{d}{n} {w}",
    "zwsp": "\u200b{d}{n} {w}",
    "bold": "**{d}{n}** {w}",
    "code": "`{d}{n}` {w}",
    "word_first": "{w}: {d}{n}",
    "check": "[x] {d}{n} {w}",
    "arrow": "> {d} {n} {w}",
}


def r211_part1():
    rng = r211_random.Random(2111)
    words = [("boxes", "bottles", "tickets"), ("apples", "pears", "plums"), ("shirts", "socks", "caps"),
             ("pens", "pads", "folders")]
    intros = ["Inventory:", "Left in stock:", "We packed:", "Order for Friday:"]
    for wi, ws in enumerate(words):
        keys = list(ws)
        instr = "Extract the number of %s as JSON." % (", ".join(keys[:-1]) + " and " + keys[-1])
        sch = S({k: "integer" for k in keys})
        for mname, mk in R211_MARKS.items():
            for dn in ("en", "ascii", "em", "minus"):
                if dn in ("em", "minus") and (wi % 2 == 1):
                    continue
                d = DASHES[dn]
                intro = intros[(wi + len(mname)) % len(intros)]
                vals = [rng.randint(2, 90) for _ in keys]
                lines = [mk.format(d=d, n=n, w=w, i=j + 1, a="abc"[j]) for j, (w, n) in enumerate(zip(keys, vals))]
                ans = dict(zip(keys, vals))
                txt = instr + "\n\n" + intro + "\n" + "\n".join(lines) + "\n"
                r211_addj("lm", "r211_listmark", txt, sch, ans, [{k: -v for k, v in ans.items()}, ans], "single",
                          meta={"part": 1, "mark": mname, "dash": dn, "arg": dn == "ascii"})
        # first line without a dash, later ones with
        for dn in ("en", "ascii", "em"):
            d = DASHES[dn]
            for style in ("plain", "spaced_first", "bullet_first", "indent_later"):
                vals = [rng.randint(2, 90) for _ in keys]
                lines = []
                for j, (w, n) in enumerate(zip(keys, vals)):
                    if j == 0:
                        lines.append({"plain": "%d %s", "spaced_first": "%s %d %s" % (d, n, w),
                                      "bullet_first": "\u2022 %d %s", "indent_later": "%d %s"}[style] % (n, w)
                                     if style != "spaced_first" else "%s %d %s" % (d, n, w))
                    else:
                        lines.append(("  " if style == "indent_later" else "") + "%s%d %s" % (d, n, w))
                ans = dict(zip(keys, vals))
                wrong = {k: (v if j == 0 else -v) for j, (k, v) in enumerate(ans.items())}
                txt = instr + "\n\nInventory:\n" + "\n".join(lines) + "\n"
                r211_addj("lf", "r211_listfirst", txt, sch, ans, [wrong, ans], "single",
                          meta={"part": 1, "mark": "first_" + style, "dash": dn, "arg": dn == "ascii"})
            # the dash on the line above (a PDF copy)
            vals = [rng.randint(2, 90) for _ in keys]
            lines = []
            for w, n in zip(keys, vals):
                lines += [d, "%d %s" % (n, w)]
            ans = dict(zip(keys, vals))
            txt = instr + "\n\nInventory (copied from the PDF):\n" + "\n".join(lines) + "\n"
            r211_addj("la", "r211_listabove", txt, sch, ans, [{k: -v for k, v in ans.items()}, ans], "single",
                      meta={"part": 1, "mark": "above", "dash": dn})


# real minus after markup: the model drops the sign
R211_SIGNED = {
    "bold": "{lab}: **{d}{v}** {u}",
    "code": "{lab}: `{d}{v}` {u}",
    "quote": "> {lab}: {d}{v} {u}",
    "pipe": "| {lab} | {d}{v} {u} |",
    "paren": "{lab}: ({d}{v} {u})",
    "tabcol": "{lab}\t{d}{v}\t{u}",
    "tabcol2": "{lab}\t\t{d}{v} {u}",
    "bullet": "\u2022 {lab}: {d}{v} {u}",
    "star": "* {lab}: {d}{v} {u}",
    "num": "1) {lab}: {d}{v} {u}",
    "above": "{lab}:\n{d}{v} {u}",
    "bracket": "{lab}: [{d}{v}] {u}",
    "eq": "{lab} = {d}{v} {u}",
    "arrowmk": "{lab} => {d}{v} {u}",
}


def r211_part1b():
    rng = r211_random.Random(2112)
    recs = [("balance", "Balance", "NOK", "Return the account holder and the balance as JSON.", "holder", "Account holder",
             lambda: round(rng.randint(1000, 90000) / 100.0, 2), "number"),
            ("temperature", "Temperature", "°C", "Return the station and the temperature as JSON.", "station", "Station",
             lambda: rng.randint(2, 30), "integer")]
    for key, lab, u, instr, k0, l0, gen, typ in recs:
        sch = S({k0: "string", key: typ})
        for fname, form in R211_SIGNED.items():
            for dn in ("en", "ascii", "minus"):
                d = DASHES[dn]
                v = gen()
                vs = ("%.2f" % v) if typ == "number" else str(v)
                who = r211_nm(rng) if key == "balance" else rng.choice(CITIES) + " harbour"
                hdr = ("| %s | %s |" % (l0, who)) if fname == "pipe" else ("%s\t%s" % (l0, who) if fname.startswith("tab")
                                                                            else "%s: %s" % (l0, who))
                if fname == "quote":
                    hdr = "> " + hdr
                txt = instr + "\n\n" + hdr + "\n" + form.format(lab=lab, d=d, v=vs, u=u) + "\n"
                right = {k0: who, key: -v}
                r211_addj("sg", "r211_signed", txt, sch, right, [{k0: who, key: v}, right], "single",
                          meta={"part": 1, "form": fname, "dash": dn})


# pairs: a stored positive, then a variant whose sign is written another way
def r211_part1c():
    rng = r211_random.Random(2113)
    sch = S({"holder": "string", "balance": "number"})
    instr = "Return the account holder and the balance as JSON."
    for inst in range(6):
        who = r211_nm(rng)
        v = round(rng.randint(1000, 90000) / 100.0, 2)
        base = instr + "\n\nAccount holder: %s\nBalance: %.2f NOK\n" % (who, v)
        bans = {"holder": who, "balance": v}
        bid = r211_addj("pb", "r211_signpair", base, sch, bans, [bans], "base")
        neg = {"holder": who, "balance": -v}
        for vt, body in (("trail_ascii", "Balance: %.2f- NOK" % v), ("trail_en", "Balance: %.2f\u2013 NOK" % v),
                         ("acct", "Balance: (%.2f) NOK" % v), ("dr", "Balance: %.2f NOK DR" % v),
                         ("signline", "Balance: %.2f NOK\nSign: \u2013" % v),
                         ("signline_a", "Balance: %.2f NOK\nSign: -" % v),
                         ("above", "Balance:\n\u2013\n%.2f NOK" % v),
                         ("tabsep", "Balance:\t\u2013\t%.2f NOK" % v),
                         ("spaced", "Balance: \u2013 %.2f NOK" % v),
                         ("minusword", "Balance: minus %.2f NOK" % v),
                         ("overdrawn", "Balance: %.2f NOK (overdrawn)" % v),
                         ("bold", "Balance: **\u2013%.2f** NOK" % v),
                         ("code", "Balance: `-%.2f` NOK" % v),
                         ("quote", "> Balance: \u2013%.2f NOK" % v),
                         ("indent", "Balance:\n    \u2013%.2f NOK" % v)):
            txt = instr + "\n\nAccount holder: %s\n%s\n" % (who, body)
            r211_addj("pp", "r211_signpair", txt, sch, neg, [bans, neg], "pair", base=bid,
                      meta={"part": 1, "shape": vt, "arg": vt in ("dr", "spaced", "trail_en", "above", "tabsep")})
    # stock change lists: base all "+", variant one line becomes "-" in some list style
    words = [("boxes", "bottles", "tickets"), ("apples", "pears", "plums"), ("shirts", "socks", "caps")]
    for ws in words:
        keys = list(ws)
        sch2 = S({k: "integer" for k in keys}, {k: "change in the number of %s (negative if fewer)" % k for k in keys})
        instr2 = "Give the change in stock for %s as JSON (negative numbers for a drop)." % (
            ", ".join(keys[:-1]) + " and " + keys[-1])
        for style, mk in (("plain", "{s}{n} {w}"), ("bullet", "\u2022 {s}{n} {w}"), ("star", "* {s}{n} {w}"),
                          ("quote", "> {s}{n} {w}"), ("num", "{i}) {s}{n} {w}"), ("indent", "  {s}{n} {w}"),
                          ("colon", "{w}: {s}{n}"), ("pipe", "| {w} | {s}{n} |")):
            vals = [rng.randint(2, 60) for _ in keys]
            blines = [mk.format(s="+", n=n, w=w, i=j + 1) for j, (w, n) in enumerate(zip(keys, vals))]
            bans = dict(zip(keys, vals))
            intro = "Stock change this week:\n"
            bid = r211_addj("cb", "r211_changepair", instr2 + "\n\n" + intro + "\n".join(blines) + "\n", sch2, bans,
                            [bans], "base")
            for dn in ("en", "ascii", "minus"):
                for j in (1, 2):
                    vl = [mk.format(s=(DASHES[dn] if jj == j else "+"), n=n, w=w, i=jj + 1)
                          for jj, (w, n) in enumerate(zip(keys, vals))]
                    ans = dict(bans)
                    ans[keys[j]] = -vals[j]
                    r211_addj("cp", "r211_changepair", instr2 + "\n\n" + intro + "\n".join(vl) + "\n", sch2, ans,
                              [bans, ans], "pair", base=bid, meta={"part": 1, "style": style, "dash": dn})
                # the first line no sign at all, later a dash
                vl = [mk.format(s=("" if jj == 0 else (DASHES[dn] if jj == 2 else "+")), n=n, w=w, i=jj + 1)
                      for jj, (w, n) in enumerate(zip(keys, vals))]
                ans = dict(bans)
                ans[keys[2]] = -vals[2]
                r211_addj("cp", "r211_changepair", instr2 + "\n\n" + intro + "\n".join(vl) + "\n", sch2, ans,
                          [bans, ans], "pair", base=bid, meta={"part": 1, "style": style + "_nofirst", "dash": dn})
            # safe: marks that do not change a count
            for sm in ("\u2022 ", "  "):
                vl = [sm + mk.format(s="+", n=n, w=w, i=jj + 1) for jj, (w, n) in enumerate(zip(keys, vals))]
                r211_addj("cs", "r211_changepair", instr2 + "\n\n" + intro + "\n".join(vl) + "\n", sch2, bans,
                          [bans], "safe", safe=True, base=bid)


# ================================================================== part 2: tables
def r211_table(fmt, header, rows):
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


R211_HDRS = {"en": ["Guest", "Nights", "City"], "units": ["Guest", "Nights (#)", "City"],
             "no": ["Gjest", "Netter", "By"], "de": ["Gast", "Nächte", "Stadt"], "lower": ["guest", "nights", "city"]}


def r211_part2():
    rng = r211_random.Random(2114)
    sch = S({"guest": "string", "nights": "integer", "city": "string"})
    rec = lambda r: {"guest": r[0], "nights": r[1], "city": r[2]}  # noqa: E731
    for fmt in ("csv", "tsv", "pipe", "semi"):
        for hn, hdr in R211_HDRS.items():
            for inst in range(1):
                names = []
                while len(names) < 4:
                    nm = r211_nm(rng)
                    if nm not in names:
                        names.append(nm)
                ns = rng.sample(range(2, 15), 4)
                cs = rng.sample(CITIES, 4)
                rows = [[names[i], ns[i], cs[i]] for i in range(4)]
                tb3 = r211_table(fmt, hdr, rows[:3])
                # (a) by name
                for sel in ("Extract the booking for %s as JSON.", "Give me %s's booking as JSON.",
                            "Return the row where the guest is %s, as JSON."):
                    txt = (sel % names[1]) + "\n\n" + tb3 + "\n"
                    stitched = {"guest": names[1], "nights": ns[0], "city": cs[0]}
                    r211_addj("tn", "r211_table", txt, sch, rec(rows[1]), [stitched, rec(rows[1])], "single",
                              meta={"part": 2, "shape": "byname", "fmt": fmt, "hdr": hn})
                    r211_addj("tn", "r211_table", txt + " ", sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "single",
                              meta={"part": 2, "shape": "byname0", "fmt": fmt, "hdr": hn})
                # (b) by value
                txt = ("Extract the row with %d nights as JSON.\n\n" % ns[2]) + tb3 + "\n"
                r211_addj("tv", "r211_table", txt, sch, rec(rows[2]), [rec(rows[0]), rec(rows[2])], "single",
                          meta={"part": 2, "shape": "byvalue", "fmt": fmt, "hdr": hn})
                txt = ("Extract the booking in %s as JSON.\n\n" % cs[2]) + tb3 + "\n"
                r211_addj("tv", "r211_table", txt, sch, rec(rows[2]),
                          [{"guest": names[0], "nights": ns[0], "city": cs[2]}, rec(rows[2])], "single",
                          meta={"part": 2, "shape": "bycity", "fmt": fmt, "hdr": hn})
                # (c) second data row
                for sel in ("Extract the second data row as JSON.", "Extract the 2nd booking as JSON.",
                            "Extract the last row as JSON."):
                    want = rows[1] if "last" not in sel else rows[2]
                    txt = sel + "\n\n" + tb3 + "\n"
                    r211_addj("to", "r211_table", txt, sch, rec(want), [rec(rows[0]), rec(want)], "single",
                              meta={"part": 2, "shape": "ordinal", "fmt": fmt, "hdr": hn})
                # (d) totals row under one data row
                for tl in ("Total", "Sum", "Totalt"):
                    trow = [tl, ns[0] + ns[1], ""]
                    txt = "Extract the booking as JSON.\n\n" + r211_table(fmt, hdr, [rows[0], trow]) + "\n"
                    r211_addj("tt", "r211_table", txt, sch, rec(rows[0]),
                              [dict(rec(rows[0]), nights=ns[0] + ns[1]), rec(rows[0])], "single",
                              meta={"part": 2, "shape": "total", "fmt": fmt, "hdr": hn})
                # (e) repeated header line between two rows
                t1 = r211_table(fmt, hdr, [rows[0]])
                t2 = r211_table(fmt, hdr, [rows[1]])
                if fmt == "pipe":
                    t2 = "\n".join(t2.split("\n")[i] for i in (0, 2))
                txt = "Extract the booking for %s as JSON.\n\n" % names[1] + t1 + "\n" + t2 + "\n"
                r211_addj("th", "r211_table", txt, sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "single",
                          meta={"part": 2, "shape": "header2", "fmt": fmt, "hdr": hn})
                txt = "Extract the booking as JSON.\n\n" + t1 + "\n" + t2 + "\n"
                r211_addj("th", "r211_table", txt, sch, rec(rows[1]), [rec(rows[0]), rec(rows[1])], "single",
                          meta={"part": 2, "shape": "header2_noselect", "fmt": fmt, "hdr": hn, "arg": True})
                # (f) example marked in the row itself
                for mk in (("%s (example)", "%s [sample]", "%s (test row)") if hn in ("en", "units", "lower") else ("%s (eksempel)", "EXAMPLE %s", "%s (dummy)")):
                    ex = [mk % names[2], ns[2], cs[2]]
                    for order in (0, 1):
                        rws = [ex, rows[3]] if order == 0 else [rows[3], ex]
                        txt = "Extract the booking as JSON.\n\n" + r211_table(fmt, hdr, rws) + "\n"
                        r211_addj("te", "r211_table", txt, sch, rec(rows[3]),
                                  [rec([names[2], ns[2], cs[2]]), rec(rows[3])], "single",
                                  meta={"part": 2, "shape": "example", "fmt": fmt, "hdr": hn})
                # (g) ordinal near example/other/instead/except
                for ins in ("Use the second row instead of the first. Extract the booking as JSON.",
                            "Extract every booking except the first... actually just give the other one as JSON.",
                            "Extract the booking as JSON. The first row is a sample.",
                            "Don't use the first row. Extract the booking as JSON."):
                    txt = ins + "\n\n" + r211_table(fmt, hdr, [rows[2], rows[3]]) + "\n"
                    r211_addj("tg", "r211_table", txt, sch, rec(rows[3]), [rec(rows[2]), rec(rows[3])], "single",
                              meta={"part": 2, "shape": "ordinal_neg", "fmt": fmt, "hdr": hn})
                # (h) pairs: base picks by name; variant changes it
                base = ("Extract the booking for %s as JSON.\n\n" % names[1]) + r211_table(fmt, hdr, rows[:2]) + "\n"
                bid = r211_addj("tb", "r211_tablepair", base, sch, rec(rows[1]), [rec(rows[1])], "base")
                new1 = [names[1], ns[1] + 1, cs[1]]
                new2 = [names[1], ns[1], cs[3]]
                for vt, vrows, want, sel in (
                        ("swap", [rows[1], rows[0]], rows[1], names[1]),
                        ("nights", [rows[0], new1], new1, names[1]),
                        ("city", [rows[0], new2], new2, names[1]),
                        ("other", rows[:2], rows[0], names[0]),
                        ("third", [rows[0], rows[1], new1], None, names[1]),
                        ("total", [rows[0], rows[1], ["Total", ns[0] + ns[1], ""]], rows[1], names[1])):
                    if want is None:
                        continue
                    txt = ("Extract the booking for %s as JSON.\n\n" % sel) + r211_table(fmt, hdr, vrows) + "\n"
                    r211_addj("tp", "r211_tablepair", txt, sch, rec(want), [rec(rows[1]), rec(want)], "pair",
                              base=bid, meta={"part": 2, "shape": vt, "fmt": fmt, "hdr": hn})
                # base one-row table, variant adds rows
                b1 = "Extract the booking as JSON.\n\n" + r211_table(fmt, hdr, [rows[0]]) + "\n"
                bid = r211_addj("tb", "r211_tablepair", b1, sch, rec(rows[0]), [rec(rows[0])], "base")
                for sel, rws, want in (("Extract the booking for %s as JSON." % names[1], [rows[0], rows[1]], rows[1]),
                                       ("Extract the row with %d nights as JSON." % ns[1], [rows[0], rows[1]], rows[1]),
                                       ("Extract the booking as JSON.", [["%s (example)" % names[1], ns[1], cs[1]], rows[0]], rows[0]),
                                       ("Extract the booking as JSON.", [[names[0] + " (example)", ns[0], cs[0]], rows[1]], rows[1]),
                                       ("Extract the booking as JSON.", [rows[0], ["Total", ns[0], ""]], rows[0])):
                    txt = sel + "\n\n" + r211_table(fmt, hdr, rws) + "\n"
                    r211_addj("tq", "r211_tablepair", txt, sch, rec(want), [rec(rows[0]), rec(want)], "pair", base=bid,
                              meta={"part": 2, "shape": "added", "fmt": fmt, "hdr": hn})


# ================================================================== part 3: remarks on a member's line (patch path)
R211_REM = {
    "colon_sp": " : {rem}", "emdash_sp": " \u2014 {rem}", "endash_sp": " \u2013 {rem}", "ellipsis_glued": "\u2026{rem}",
    "ellipsis_sp": " \u2026 {rem}", "middot": " \u00b7 {rem}", "tilde": " ~ {rem}", "star": " * {rem}",
    "fatarrow": " => {rem}", "glued_stop": ".{Rem}", "glued_comma": ",{rem}", "glued_semi": ";{rem}",
    "dblhyphen": " -- {rem}", "gt": " > {rem}", "bullet": " \u2022 {rem}", "plus": " + {rem}", "amp": " & {rem}",
    "paren_glued": "({rem})", "ownline": "\n{Rem}", "ownline_paren": "\n({rem})", "ownline_note": "\nNote: {rem}",
    "ownline_star": "\n* {rem}", "colon_glued": ":{rem}", "tab2": "\t\t{rem}", "threesp": "   {rem}",
}


def r211_pl(v):
    return v + "s" if not v.endswith("s") else v + "'"


def r211_part3():
    rng = r211_random.Random(2115)
    recs = [
        ("nights", "Extract the guest, the city and the number of nights as JSON.",
         lambda: [("Guest", r211_nm(rng), "guest", None), ("City", rng.choice(CITIES), "city", None),
                  ("Nights", str(rng.randint(3, 9)), "nights", 0)],
         "city", "nights", lambda v: v - 1, ["left one night early", "stayed one night less"]),
        ("scale", "Return the account, the branch and the balance as JSON.",
         lambda: [("Account", rng.choice(["Kestrel GmbH", "Fjordsoft AS", "Brygga AS"]), "account", None),
                  ("Branch", rng.choice(["Turku", "Tampere", "Oulu", "Bergen"]), "branch", None),
                  ("Balance", str(rng.randint(12, 900)), "balance", 0)],
         "branch", "balance", lambda v: v * 1000, ["all amounts in thousands", "figures in thousands"]),
        ("sign", "Return the account, the branch and the balance as JSON.",
         lambda: [("Account", rng.choice(["Kestrel GmbH", "Fjordsoft AS", "Brygga AS"]), "account", None),
                  ("Branch", rng.choice(["Turku", "Tampere", "Oulu", "Bergen"]), "branch", None),
                  ("Balance", str(rng.randint(12, 900)), "balance", 0)],
         "branch", "balance", lambda v: -v, ["overdrawn, the balance is negative", "balance is a debit (negative)"]),
        ("paid", "Return invoice, customer and paid (true/false) as JSON.",
         lambda: [("Invoice", "INV-%d" % rng.randint(1000, 9999), "invoice", None),
                  ("Customer", rng.choice(["Fjordsoft AS", "Nordlys AS", "Kestrel GmbH", "Havbris AS"]), "customer", None),
                  ("Paid", "yes", "paid", True)],
         "customer", "paid", lambda v: False, ["charged back", "payment reversed"]),
    ]
    for rname, instr, mk, carrier, target, turn, rems in recs:
        for fname, form in R211_REM.items():
            fields = mk()
            typ = {k: ("boolean" if isinstance(j, bool) else "integer" if isinstance(j, int) else "string")
                   for _, _, k, j in fields}
            sch = S(typ)
            bans = {}
            for lab, v, k, j in fields:
                bans[k] = (v == "yes") if isinstance(j, bool) else (int(v) if isinstance(j, int) else v)
            blines = ["%s: %s" % (lab, v) for lab, v, k, j in fields]
            fam = "r211_rem_" + rname
            bid = r211_addj("mb", fam, instr + "\n\nText:\n" + "\n".join(blines) + "\n", sch, bans, [bans], "base")
            for rem in rems:
                for chg in (False, True):
                    vlines = []
                    ans = dict(bans)
                    ans[target] = turn(bans[target])
                    stale = dict(bans)
                    for lab, v, k, j in fields:
                        if k == carrier:
                            v2 = (v.replace("AS", "ASA") if rname == "paid" else r211_pl(v)) if chg else v
                            if chg:
                                ans[carrier] = v2
                                stale[carrier] = v2
                            vlines.append("%s: %s" % (lab, v2) + form.format(rem=rem, Rem=rem[0].upper() + rem[1:]))
                        else:
                            vlines.append("%s: %s" % (lab, v))
                    txt = instr + "\n\nText:\n" + "\n".join(vlines) + "\n"
                    r211_addj("mc" if chg else "m", fam, txt, sch, ans, [stale, ans], "pair", base=bid,
                              meta={"part": 3, "form": fname, "rem": rem, "chg": chg})



# ================================================================== part 4 (refinement): more marks before a glued dash
R211_MARKS2 = {
    "quote_glued": ">{d}", "quote2": "> > {d}", "quote_dbl": ">> {d}", "guillemet": "\u00bb {d}", "pipe": "| {d}",
    "quote_star": "> * {d}", "box_empty": "[ ] {d}", "box_x": "[x] {d}", "box_X": "[X] {d}", "ballot": "\u2610 {d}",
    "ballot_x": "\u2611 {d}", "check": "\u2713 {d}", "heavycheck": "\u2714 {d}", "a_dot": "{a}. {d}", "A_dot": "{A}. {d}",
    "a_paren": "{a}) {d}", "a_both": "({a}) {d}", "roman": "{r}. {d}", "n_dot": "{i}. {d}", "n_colon": "{i}: {d}",
    "n_both": "({i}) {d}", "n_sub": "1.{i} {d}", "arrow": "\u2192 {d}", "middot": "\u00b7 {d}", "circle": "\u25cb {d}",
    "square": "\u25aa {d}", "white_bullet": "\u25e6 {d}", "pointer": "\u25ba {d}", "o_letter": "o {d}", "plus": "+ {d}",
    "tilde": "~ {d}", "hashsp": "# {d}", "eqsp": "= {d}", "emoji_box": "\U0001f4e6 {d}", "emoji_ok": "\u2705 {d}",
    "bom": "\ufeff{d}", "wj": "\u2060{d}", "shy": "\u00ad{d}", "emsp": "\u2003{d}", "ensp": "\u2002{d}",
    "nnbsp": "\u202f{d}", "lrm": "\u200e{d}", "thinsp": "\u2009{d}", "item_word": "Item: {d}", "line_n": "Line {i}: {d}",
}


def r211_part4():
    rng = r211_random.Random(2116)
    words = [("boxes", "bottles", "tickets"), ("apples", "pears", "plums"), ("shirts", "socks", "caps"),
             ("pens", "pads", "folders")]
    intros = ["Inventory:", "Left in stock:", "We packed:", "Order for Friday:"]
    for wi, ws in enumerate(words):
        keys = list(ws)
        instr = "Extract the number of %s as JSON." % (", ".join(keys[:-1]) + " and " + keys[-1])
        sch = S({k: "integer" for k in keys})
        for mname, mk in R211_MARKS2.items():
            for dn in ("en", "ascii", "minus"):
                d = DASHES[dn]
                intro = intros[(wi + len(mname)) % len(intros)]
                vals = [rng.randint(2, 90) for _ in keys]
                lines = [mk.format(d=d, i=j + 1, a="abc"[j], A="ABC"[j], r=["i", "ii", "iii"][j]) + "%d %s" % (n, w)
                         for j, (w, n) in enumerate(zip(keys, vals))]
                ans = dict(zip(keys, vals))
                txt = instr + "\n\n" + intro + "\n" + "\n".join(lines) + "\n"
                r211_addj("lr", "r211_listmark2", txt, sch, ans, [{k: -v for k, v in ans.items()}, ans], "single",
                          meta={"part": 4, "mark": mname, "dash": dn,
                                "arg": mname in ("item_word", "line_n", "eqsp", "tilde", "plus", "n_colon")})



r211_part1()
r211_part1b()
r211_part1c()
r211_part2()
r211_part3()
r211_part4()

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (2,518 generated); then every arguable item left out.
r211_keep = set(r211_found_alone)
r211_keep |= {r211_bases[r211_i] for r211_i in list(r211_keep) if r211_i in r211_bases}
from probe_kit import sample_round as r211_sample_round  # noqa: E402

r211_sample_round("d211-", r211_keep, 30, safe_every=10)
P[:] = [r211_p for r211_p in P if r211_p["id"] not in r211_arguable]
