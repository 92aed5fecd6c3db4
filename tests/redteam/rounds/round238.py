r"""Red-team round 238 (black box): TEXT FROM PDFs AND OCR.
Focus: records copied out of PDFs and OCR: a label on one line and its value on the next, values hyphenated at a line
  end ("Stav-\nanger", "Kristian-\nsund"), page headers/footers and form feeds inside a record ("Page 3 of 4", "— 4 —",
  "\fPage 2", a running title, "\fStavern — copy"), labels stacked above their values (a PDF form read column by
  column), two columns read across ("Shipping address   Billing address / Name: … Name: …"), OCR confusions inside
  values (l/I for 1, O for 0, S for 5, B for 8: "Room: 2l4", "Amount: 1O5.50", "Nights: l"), stray spaces inside
  numbers ("Room: 21 4", "Amount: 10 5.50"), ligatures (ﬁ, ﬃ) and equations from a scan ("5x + 5 = 3O", "= 3 0",
  wrapped, a page line between "=" and the number). Both directions (clean base -> noisy variant, noisy -> clean).
  3,000 probes (seeded random.Random(238)): 2,321 pair probes, 559 singles, 120 safe.
Part 1 (d238-bo/po-): 200 pairs, a value changed inside an OCR artifact (room, nights, amount; l, I, O, S, B, space,
  decimal comma), noisy->noisy, clean->noisy, noisy->clean. Part 2 (d238-bh/ph-): 140 pairs, hyphenated town changed
  to its near twin (Kristiansand/Kristiansund, Stavanger/Stavern, Lillesand/Lillehammer …), the old town in a footer
  or letterhead. Part 3 (d238-bp/pp-): 140 pairs, nights changed, the old number in a page line mid-record, between
  label and value, or in the footer. Part 4 (d238-bb/pb-): 101 pairs, stacked labels with two same-kind labels
  swapped (Arrival/Departure, Adults/Children), and the two-column form. Part 5 (d238-bc/pc-): 120 pairs, two
  columns read across, headers swapped, values swapped, or the wanted column's city moved. Part 6 (d238-bs/sf-): 120
  safe (a running title, a footer, hyphenating the same town, a form feed, a ligature title line, a blank line).
  Part 7 (d238-s-): 260 singles, the model misreads an artifact ("2l4" -> 2, "1O8" -> 1, "3l5.00" -> 3.0, "Dra-\nmmen"
  -> "Dra", a page number for nights). Part 8 (d238-be/pe-): 100 equation pairs. Part 9 (d238-bt/pt/st-): an OCR
  letter at the END of a number (l, I -> 1; g -> 9; G, b -> 6; T -> 7; s, S -> 5; B -> 8; O -> 0): 300 pairs ("Room:
  80" -> "Room: 80g", and the OCR'd one first) and 299 singles whose model drops the letter ("Room: 80l" -> 80).
HELD (0 wrong from the cache in both runs): parts 1-8 entirely. An OCR letter INSIDE a number is never grounded: the
  right 214 for "2l4" is refused ("214 does not occur in the source text"), and the model's misreadings (2, 8, 0, 3.0)
  are served fresh but never stored; stray spaces the same. Hyphenated towns and their near twins: 0 of 280 from the
  cache (the twin in a footer was picked fresh 6 times, never stored). Page lines carrying the old number: 0 of 280 from
  the cache. Stacked-label swaps: 0 of 202 from the cache (71 served fresh wrong, none stored). Two columns read across:
  0 of 240 (the bases are refused: "the value comes from a record the request does not select"). Equations with OCR
  digits, spaces, wraps and page lines: refused as no equation or regenerated, 0 from the cache. Trailing letters that
  are no unit symbol, S, b, B, I, O: 0 of 466 probes reached the cache. Safe reused 33/120 in both runs.
WHAT GOT THROUGH: a number followed by an OCR letter that is also a unit symbol (l, g, G, T, s) is read as the number
  with a unit; the number alone is "grounded", stored and served again, and a clean stored value is reused for the
  OCR'd text. Whole round, fresh SQLite store, two passes: wrong from the cache 5 in run 1 (4 clear, 1 arguable; all
  by a licensed rewrite of a stored single), 123 in run 2 (93 clear, 30 arguable); by letter in run 2: l 28 of 90
  probes, G 31/87, T 25/79, g 19/93, s 18/84. Alone (the 123 ids and 9 pair bases, 132 probes, fresh
  store, two passes): 11 in run 1 (9 clear, 2 arguable), 115 in run 2 (86 clear, 29 arguable). Wrong served fresh in
  the whole round: 393 in run 1, 292 in run 2 (never stored).
 (A) CLEAR, the model's dropped-letter reading stored and served again (singles and the OCR'd bases): "Room: 80l" ->
     "room":80 (801); "Room: 31s" -> 31 (315); "Room: 15G" -> 15 (156); "Room: 20T" -> 20 (207); "Room: 21g" -> 21
     (219); "Nights: 1l" -> 1 (11); "Nights: 1G" -> 1 (16); "Nights: 2T" -> 2 (27); "Nights: 2s" -> 2 (25).
 (B) CLEAR, a clean stored value reused for the OCR'd text (pairs clean->ocr, run 2 and licensed rewrites in run 1):
     "Room: 50" stored, then "Room: 50g" -> 50 (509); "Nights: 1" then "Nights: 1T" -> 1 (17);
     "Room: 80s" -> 80 (805); "Room: 11G" -> 11 (116); "Room: 15g" -> 15 (159).
 (C) ARGUABLE (r238_arguable, every amount): "Amount: 105g" -> 105.0 (1059), "Amount: 99G" -> 99.0, "Amount: 150l" ->
     150.0, "Amount: 1250G" -> 1250.0, "Amount: 105T" -> 105.0: an amount can carry a unit ("105 g") in a text that
     does not say it is money, so the letter may be a unit and not a digit.
Also served fresh (not stored): stacked labels read in page order ("Arrival:/Departure:/Children:/Adults:/…/2/1" ->
  adults 2, children 1), a page line taken for the value ("Nights:\n\fPage 2\n4" -> 2; "Nights:\n— 4 —\n5" -> 4), the
  letterhead's town for a hyphenated one ("City:\nStav-\nanger … \fStavern — copy" -> Stavern), half a hyphenated
  word ("Dra-\nmmen" -> "Dra"), OCR prefixes ("Room: ll0" -> 0, "Amount: 3l5.00" -> 3.0).
Adds its probes to probe_kit.P."""
import random as r238_random

from probe_kit import P, S, J, E  # noqa: F401

r238_rng = r238_random.Random(238)
r238_found_alone = set()
r238_arguable = set()
r238_prompts = {}
r238_n = [0]
r238_counts = {"pair": 0, "single": 0, "safe": 0}
r238_meta = {}

NAMES = ["Eva Lund", "Per Dahl", "Siv Vold", "Ola Nygaard", "Kari Berg", "Lars Fjeld", "Anne Moe", "Jon Hauge",
         "Ingrid Solberg", "Trond Aas", "Mette Strand", "Knut Riise"]
TOWNS = [("Kristiansand", "Kristiansund"), ("Lillesand", "Lillehammer"), ("Stavanger", "Stavern"),
         ("Sandefjord", "Sandnes"), ("Fredrikstad", "Frederikshavn"), ("Haugesund", "Harstad"),
         ("Drammen", "Drangedal"), ("Molde", "Moss"), ("Tromsø", "Trondheim"), ("Bergen", "Bærum")]
CITIES = ["Oslo", "Bergen", "Tromsø", "Hamar", "Bodø", "Molde", "Arendal", "Skien", "Moss", "Halden"]
SCH = S({"guest": "string", "city": "string", "room": "integer", "nights": "integer", "amount": "number"})
INSTR = ["Extract the invoice details as JSON.", "Extract the invoice details as JSON.",
         "Return the invoice's details as JSON.", "Give the guest's invoice as JSON."]
TITLES = ["FJORDVIEW HOTEL — GUEST INVOICE", "Nordlys Hotell AS · Faktura", "Hotel Kystlys — Invoice (copy)"]


def r238_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, meta=None):
    if prompt in r238_prompts:
        return r238_prompts[prompt]
    r238_n[0] += 1
    pid = "d238-%s-%d" % (tag, r238_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r238_prompts[prompt] = pid
    r238_counts[kind] += 1
    r238_meta[pid] = meta or {}
    return pid


def r238_addE(tag, fam, prompt, var, val, answers, kind, safe=False, meta=None):
    if prompt in r238_prompts:
        return r238_prompts[prompt]
    r238_n[0] += 1
    pid = "d238-%s-%d" % (tag, r238_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r238_prompts[prompt] = pid
    r238_counts[kind] += 1
    r238_meta[pid] = meta or {}
    return pid


# ------------------------------------------------------------------ number renderings (OCR noise)
def ocr_int(n, how):
    s = str(n)
    if how == "l":
        return s.replace("1", "l")
    if how == "I":
        return s.replace("1", "I")
    if how == "O":
        return s.replace("0", "O")
    if how == "S":
        return s.replace("5", "S")
    if how == "B":
        return s.replace("8", "B")
    if how == "sp":
        return s[:-1] + " " + s[-1] if len(s) > 1 else s
    return s


def amt_txt(a, how):
    s = "%.2f" % a
    if how == "O":
        return s.replace("0", "O")
    if how == "l":
        return s.replace("1", "l")
    if how == "S":
        return s.replace("5", "S")
    if how == "sp":
        i = s.index(".")
        return s[:i - 1] + " " + s[i - 1:] if i > 1 else s
    if how == "comma":
        return s.replace(".", ",")
    return s


def affected(n, how, amount=False):
    s = ("%.2f" % n) if amount else str(n)
    ch = {"l": "1", "I": "1", "O": "0", "S": "5", "B": "8"}.get(how)
    if ch:
        return ch in s
    if how == "sp":
        return len(s.split(".")[0]) > 1
    return True


def city_txt(c, hy):
    if hy and len(c) > 6:
        k = len(c) // 2
        return c[:k] + "-\n" + c[k:]
    return c


def render(rec, o):
    """rec: guest, city, room, nights, amount. o: options dict."""
    lab = {"guest": "Guest", "city": "City", "room": "Room", "nights": "Nights", "amount": "Amount"}
    vals = {"guest": rec["guest"], "city": city_txt(rec["city"], o.get("hy")),
            "room": ocr_int(rec["room"], o.get("room_ocr")), "nights": ocr_int(rec["nights"], o.get("n_ocr")),
            "amount": amt_txt(rec["amount"], o.get("amt_ocr"))}
    order = ["guest", "city", "room", "nights", "amount"]
    lines = []
    if o.get("lig"):
        lines.append("Oﬃcial copy — ﬁnal invoice")
    if o.get("title"):
        lines.append(o["title"])
    if o.get("label_block"):
        for k in order:
            lines.append(lab[k] + ":")
        for k in order:
            lines.append(vals[k])
    else:
        for i, k in enumerate(order):
            if o.get("break_at") == i:
                lines.append(o["break"])
            if o.get("nextline"):
                lines.append(lab[k] + ":")
                if o.get("break_mid") == k:
                    lines.append(o["break"])
                lines.append(vals[k])
            else:
                lines.append("%s: %s" % (lab[k], vals[k]))
    if o.get("footer"):
        lines.append(o["footer"])
    return "\n".join(lines) + "\n"


def rnd_rec(rng):
    a = rng.choice([105.5, 1050.0, 1250.0, 315.0, 2150.5, 1510.0, 990.0, 815.5, 3005.0, 1180.0])
    return {"guest": rng.choice(NAMES), "city": rng.choice(CITIES + [t[0] for t in TOWNS]),
            "room": rng.choice([214, 101, 305, 110, 510, 118, 215, 410, 150, 801, 108, 311]),
            "nights": rng.randint(1, 5), "amount": a}


def ans(rec):
    return {k: rec[k] for k in ("guest", "city", "room", "nights", "amount")}


def breaks(rng, nights_stale=None):
    t = rng.choice(TITLES)
    if nights_stale is not None:
        return rng.choice(["Page %d of %d" % (nights_stale, nights_stale + 1), "— %d —" % nights_stale,
                           "\f%s    Page %d" % (t, nights_stale), "Page %d/%d" % (max(1, nights_stale - 1), nights_stale)])
    return rng.choice(["Page 2 of 3", "\f" + t, t + "    page 2", "-- continued on next page --\f", "Page 1 of 2\f" + t])


# ------------------------------------------------------------------ PART 1: a value changed inside an OCR artifact
def part_ocr_pairs(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        field = rng.choice(["room", "amount", "nights"])
        how = rng.choice(["l", "I", "O", "S", "sp", "B"] if field != "amount" else ["O", "l", "S", "sp", "comma"])
        o = {"nextline": rng.random() < 0.4}
        if rng.random() < 0.15:
            o["title"] = rng.choice(TITLES)
        rec2 = dict(rec)
        if field == "room":
            cands = [r for r in (214, 217, 204, 205, 101, 107, 115, 151, 118, 158, 181, 511, 515, 310, 301, 808, 818, 880)
                     if r != rec["room"] and affected(r, how)]
            if not affected(rec["room"], how) or not cands:
                continue
            # change one digit: prefer same-length, sharing the OCR char
            rec2["room"] = rng.choice(cands)
            o["room_ocr"] = how
        elif field == "nights":
            rec["nights"] = rng.choice([1, 5, 8, 10, 11, 15])
            rec2["nights"] = rng.choice([n for n in (1, 5, 8, 10, 11, 15, 12) if n != rec["nights"]])
            if not (affected(rec["nights"], how) or affected(rec2["nights"], how)):
                continue
            o["n_ocr"] = how
        else:
            if not affected(rec["amount"], how, True):
                continue
            cands = [a for a in (105.5, 106.5, 1050.0, 1060.0, 1150.0, 150.0, 155.0, 1015.0, 1510.0, 1550.0, 2150.5,
                                 2105.5, 315.0, 351.0, 3005.0, 3050.0) if a != rec["amount"] and affected(a, how, True)]
            rec2["amount"] = rng.choice(cands)
            o["amt_ocr"] = how
        direction = rng.choice(["noisy_noisy", "noisy_noisy", "clean_noisy", "noisy_clean"])
        o1, o2 = dict(o), dict(o)
        if direction == "clean_noisy":
            o1 = {k: v for k, v in o.items() if k not in ("room_ocr", "n_ocr", "amt_ocr")}
        if direction == "noisy_clean":
            o2 = {k: v for k, v in o.items() if k not in ("room_ocr", "n_ocr", "amt_ocr")}
        p1 = ins + "\n\n" + render(rec, o1)
        p2 = ins + "\n\n" + render(rec2, o2)
        if p1 == p2:
            continue
        fam = "ocr_%s_%s_%s" % (field, how, direction)
        b = r238_add("bo", fam, p1, SCH, ans(rec), [ans(rec)], "pair", meta=dict(role="base"))
        r238_add("po", fam, p2, SCH, ans(rec2), [ans(rec), ans(rec2), ans(rec2)], "pair", meta=dict(role="var", base=b))
        made += 1


# ------------------------------------------------------------------ PART 2: hyphenated / wrapped values
def part_hyph_pairs(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        a, bb = rng.choice(TOWNS)
        if rng.random() < 0.5:
            a, bb = bb, a
        rec["city"] = a
        rec2 = dict(rec, city=bb)
        direction = rng.choice(["hy_hy", "clean_hy", "hy_clean"])
        o = {"nextline": rng.random() < 0.3}
        if rng.random() < 0.3:
            o["title"] = rng.choice(TITLES)
        o1, o2 = dict(o), dict(o)
        o1["hy"] = direction in ("hy_hy", "hy_clean")
        o2["hy"] = direction in ("hy_hy", "clean_hy")
        # the old town in a running title or footer of the variant (a PDF's letterhead)
        if rng.random() < 0.5:
            o2["footer"] = rng.choice(["%s Hotel AS · Org.nr 912 345 678 · Page 1 of 1" % a,
                                       "Branch office: %s" % a, "\f%s — copy" % a])
            o1["footer"] = o2["footer"]
        p1 = ins + "\n\n" + render(rec, o1)
        p2 = ins + "\n\n" + render(rec2, o2)
        fam = "hy_%s_%s" % (direction, "foot" if o2.get("footer") else "nofoot")
        b = r238_add("bh", fam, p1, SCH, ans(rec), [ans(rec)], "pair", meta=dict(role="base"))
        r238_add("ph", fam, p2, SCH, ans(rec2), [ans(rec), ans(rec2), ans(rec2)], "pair", meta=dict(role="var", base=b))
        made += 1


# ------------------------------------------------------------------ PART 3: page headers/footers carrying the old number
def part_header_pairs(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        rec["nights"] = rng.randint(2, 4)
        rec2 = dict(rec, nights=rng.choice([n for n in (1, 2, 3, 4, 5) if n != rec["nights"]]))
        o = {"nextline": rng.random() < 0.5}
        mode = rng.choice(["mid_record", "between_label_value", "footer"])
        o1, o2 = dict(o), dict(o)
        br = breaks(rng, nights_stale=rec["nights"])
        if mode == "mid_record":
            o1["break_at"] = o2["break_at"] = 3
            o1["break"] = o2["break"] = br
        elif mode == "between_label_value":
            o1["nextline"] = o2["nextline"] = True
            o1["break_mid"] = o2["break_mid"] = "nights"
            o1["break"] = o2["break"] = br
        else:
            o1["footer"] = o2["footer"] = br
        p1 = ins + "\n\n" + render(rec, o1)
        p2 = ins + "\n\n" + render(rec2, o2)
        fam = "hdr_%s" % mode
        b = r238_add("bp", fam, p1, SCH, ans(rec), [ans(rec)], "pair", meta=dict(role="base"))
        r238_add("pp", fam, p2, SCH, ans(rec2), [ans(rec), ans(rec2), ans(rec2)], "pair", meta=dict(role="var", base=b))
        made += 1


# ------------------------------------------------------------------ PART 4: label blocks (labels stacked, values stacked)
SCH2 = S({"arrival": "string", "departure": "string", "adults": "integer", "children": "integer"})
INSTR2 = ["From the booking (copied from a PDF form), give the details as JSON.",
          "Extract the booking as JSON.",
          "PDF form text below. Return the booking fields."]


def part_block_pairs(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR2)
        d1, d2 = rng.choice([("12.03.2026", "15.03.2026"), ("02.07.2026", "09.07.2026"), ("28.12.2026", "02.01.2027")])
        ad, ch = rng.choice([(2, 1), (1, 3), (4, 2), (2, 3), (3, 1)])
        labels = [("Arrival", "arrival"), ("Departure", "departure"), ("Adults", "adults"), ("Children", "children")]
        vals = {"arrival": d1, "departure": d2, "adults": ad, "children": ch}
        swap = rng.choice(["dates", "counts"])
        lay = rng.choice(["block", "twocol", "block_title"])

        def doc(lbls):
            vlist = [str(vals[k]) for _, k in labels]  # values stay in the page's order
            if lay == "twocol":
                return "%s:            %s:\n%s         %s\n%s:              %s:\n%s                    %s\n" % (
                    lbls[0][0], lbls[1][0], vlist[0], vlist[1], lbls[2][0], lbls[3][0], vlist[2], vlist[3])
            head = "BOOKING CONFIRMATION\n" if lay == "block_title" else ""
            return head + "\n".join(l + ":" for l, _ in lbls) + "\n" + "\n".join(vlist) + "\n"
        l2 = list(labels)
        if swap == "dates":
            l2[0], l2[1] = l2[1], l2[0]
        else:
            l2[2], l2[3] = l2[3], l2[2]
        e1 = dict(vals)
        e2 = {}
        for (lname, key), (_, orig_key) in zip(l2, labels):
            e2[key] = vals[orig_key]
        p1 = ins + "\n\n" + doc(labels)
        p2 = ins + "\n\n" + doc(l2)
        fam = "blk_%s_%s" % (lay, swap)
        b = r238_add("bb", fam, p1, SCH2, e1, [e1], "pair", meta=dict(role="base"))
        r238_add("pb", fam, p2, SCH2, e2, [e1, e2, e2], "pair", meta=dict(role="var", base=b))
        # other direction: the swapped one is the base
        b2 = r238_add("bb", fam + "_rev", ins + "\n\n" + doc(l2) + "\n", SCH2, e2, [e2], "pair", meta=dict(role="base"))
        r238_add("pb", fam + "_rev", ins + "\n\n" + doc(labels) + "\n", SCH2, e1, [e2, e1, e1], "pair",
                 meta=dict(role="var", base=b2))
        made += 1


# ------------------------------------------------------------------ PART 5: two columns read across
SCH3 = S({"name": "string", "city": "string"})


def part_twocol_pairs(N):
    rng = r238_rng
    made = 0
    while made < N:
        n1, n2 = rng.sample(NAMES, 2)
        c1, c2 = rng.sample(CITIES, 2)
        who = rng.choice(["shipping", "billing", "sender", "recipient"])
        other = {"shipping": "billing", "billing": "shipping", "sender": "recipient", "recipient": "sender"}[who]
        ins = rng.choice(["Give the %s from the label (PDF text, two columns read across) as JSON." % who,
                          "Extract the %s as JSON." % who if who in ("sender", "recipient") else
                          "Extract the %s address as JSON." % who])
        lay = rng.choice(["across", "across_pipe", "across_flat"])

        def doc(left, right, ln, rn):
            if lay == "across":
                return "%s address               %s address\nName: %s              Name: %s\nCity: %s                  City: %s\n" % (
                    left.capitalize(), right.capitalize(), ln[0], rn[0], ln[1], rn[1])
            if lay == "across_pipe":
                return "%s | %s\nName: %s | Name: %s\nCity: %s | City: %s\n" % (left.upper(), right.upper(), ln[0], rn[0], ln[1], rn[1])
            return "%s %s\nName: %s Name: %s\nCity: %s City: %s\n" % (left.capitalize(), right.capitalize(), ln[0], rn[0], ln[1], rn[1])
        A, B = (n1, c1), (n2, c2)
        p1 = ins + "\n\n" + doc(who, other, A, B)
        e1 = {"name": A[0], "city": A[1]}
        kind = rng.choice(["swap_headers", "swap_values", "change_one"])
        if kind == "swap_headers":
            p2 = ins + "\n\n" + doc(other, who, A, B)
            e2 = {"name": B[0], "city": B[1]}
        elif kind == "swap_values":
            p2 = ins + "\n\n" + doc(who, other, B, A)
            e2 = {"name": B[0], "city": B[1]}
        else:  # the wanted column's city changed to the other column's city
            p2 = ins + "\n\n" + doc(who, other, (A[0], B[1]), (B[0], A[1]))
            e2 = {"name": A[0], "city": B[1]}
        fam = "col_%s_%s" % (lay, kind)
        b = r238_add("bc", fam, p1, SCH3, e1, [e1], "pair", meta=dict(role="base"))
        r238_add("pc", fam, p2, SCH3, e2, [e1, e2, e2], "pair", meta=dict(role="var", base=b))
        made += 1


# ------------------------------------------------------------------ PART 6: safe variants (only the artifact changes)
def part_safe(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        rec["nights"] = rng.randint(1, 3)
        o = {"nextline": rng.random() < 0.3}
        kind = rng.choice(["title", "footer", "hy", "formfeed", "lig", "same"])
        o2 = dict(o)
        if kind == "title":
            o2["title"] = rng.choice(TITLES)
        elif kind == "footer":
            o2["footer"] = rng.choice(["Page 7 of 9", "Printed 2026-12-01 · Page 9/9"])
        elif kind == "hy":
            rec["city"] = rng.choice([t[0] for t in TOWNS if len(t[0]) > 6])
            o2["hy"] = True
        elif kind == "formfeed":
            o2["footer"] = "\f"
        elif kind == "lig":
            o2["lig"] = True
        p1 = ins + "\n\n" + render(rec, o)
        p2 = ins + "\n\n" + render(rec, o2)
        if kind == "same":
            p2 = ins + "\n\n" + render(rec, o).replace("\n", "\n\n", 1)
        if p1 == p2:
            continue
        b = r238_add("bs", "safe_" + kind, p1, SCH, ans(rec), [ans(rec)], "pair", meta=dict(role="base"))
        r238_add("sf", "safe_" + kind, p2, SCH, ans(rec), [ans(rec)], "safe", safe=True, meta=dict(role="var", base=b))
        made += 1


# ------------------------------------------------------------------ PART 7: singles, the model misreads an artifact
def part_singles(N):
    rng = r238_rng
    made = 0
    while made < N:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        right = ans(rec)
        wrong = dict(right)
        mode = rng.choice(["room_ocr", "amt_ocr", "amt_sp", "hy_half", "hdr_nights", "room_sp", "ocr_kept_as_is"])
        o = {"nextline": rng.random() < 0.4}
        if mode == "room_ocr":
            how = rng.choice(["l", "I", "O", "S"])
            if not affected(rec["room"], how):
                continue
            o["room_ocr"] = how
            t = ocr_int(rec["room"], how)
            digits = "".join(ch for ch in t.split()[0] if ch.isdigit()) or "0"
            lead = ""
            for ch in t:
                if ch.isdigit():
                    lead += ch
                else:
                    break
            wrong["room"] = int(lead) if lead and int(lead) != rec["room"] else int(digits)
            if wrong["room"] == rec["room"]:
                continue
        elif mode == "room_sp":
            o["room_ocr"] = "sp"
            wrong["room"] = int(str(rec["room"])[:-1])
        elif mode == "amt_ocr":
            how = rng.choice(["O", "l", "S"])
            if not affected(rec["amount"], how, True):
                continue
            o["amt_ocr"] = how
            t = amt_txt(rec["amount"], how)
            lead = ""
            for ch in t:
                if ch.isdigit() or ch == ".":
                    lead += ch
                else:
                    break
            try:
                wrong["amount"] = float(lead.rstrip(".")) if lead.rstrip(".") else 0.0
            except ValueError:
                continue
            if wrong["amount"] == rec["amount"]:
                continue
        elif mode == "amt_sp":
            o["amt_ocr"] = "sp"
            t = amt_txt(rec["amount"], "sp")
            wrong["amount"] = float(t.split()[1]) if rng.random() < 0.5 else float(t.split()[0])
        elif mode == "hy_half":
            a, _ = rng.choice(TOWNS)
            rec["city"] = a
            right = ans(rec)
            wrong = dict(right)
            o["hy"] = True
            k = len(a) // 2
            wrong["city"] = rng.choice([a[:k], a[:k] + "-" + a[k:], a[k:]])
        elif mode == "hdr_nights":
            o["nextline"] = True
            o["break_mid"] = "nights"
            stale = rng.choice([n for n in (1, 2, 3, 4, 5, 6) if n != rec["nights"]])
            o["break"] = rng.choice(["Page %d of %d" % (stale, stale + 1), "— %d —" % stale, "\fPage %d" % stale])
            wrong["nights"] = stale
        else:  # the model copies the letters as a lower count or drops the value: 'l' read as nothing
            how = "l"
            if not affected(rec["room"], how):
                continue
            o["room_ocr"] = how
            wrong["room"] = int(str(rec["room"]).replace("1", "", 1) or "0")
            if wrong["room"] == rec["room"]:
                continue
        if rng.random() < 0.3:
            o["title"] = rng.choice(TITLES)
        p = ins + "\n\n" + render(rec, o)
        if wrong == right:
            continue
        r238_add("s", "single_" + mode, p, SCH, right, [wrong, right, right], "single", meta=dict(role="single"))
        made += 1


# ------------------------------------------------------------------ PART 8: equations out of a PDF
def part_eq(N):
    rng = r238_rng
    made = 0
    while made < N:
        v = rng.choice(["x", "x", "y", "n"])
        a = rng.randint(2, 9)
        b = rng.choice([1, 5, 10, 15, 11, 3])
        x = rng.randint(2, 9)
        c = a * x + b
        x2 = rng.choice([k for k in range(2, 12) if k != x])
        c2 = a * x2 + b
        how = rng.choice(["O", "l", "S", "sp", "wrap", "page", "hyphen"])

        def eqtxt(cc):
            s = str(cc)
            if how == "O":
                s = s.replace("0", "O")
            elif how == "l":
                s = s.replace("1", "l")
            elif how == "S":
                s = s.replace("5", "S")
            elif how == "sp" and len(s) > 1:
                s = s[0] + " " + s[1:]
            bs = str(b)
            if how == "O":
                bs = bs.replace("0", "O")
            elif how == "l":
                bs = bs.replace("1", "l")
            elif how == "S":
                bs = bs.replace("5", "S")
            if how == "wrap":
                return "%d%s + %s =\n%s" % (a, v, bs, s)
            if how == "page":
                return "%d%s + %s =\nPage %d of %d\n%s" % (a, v, bs, x, x + 1, s)
            if how == "hyphen":
                return "%d%s + %s = %s-\n%s" % (a, v, bs, s[:-1], s[-1]) if len(s) > 1 else "%d%s + %s = %s" % (a, v, bs, s)
            return "%d%s + %s = %s" % (a, v, bs, s)
        t1, t2 = eqtxt(c), eqtxt(c2)
        if t1 == t2 or t1 == "%d%s + %d = %d" % (a, v, b, c):
            continue

        def sol(xx, cc):
            return "%d%s + %d = %d\n%d%s = %d\n%s = %d" % (a, v, b, cc, a, v, cc - b, v, xx)
        tpl = rng.choice(["Solve for {v}: {eq}", "Solve {eq} step by step.",
                          "Solve for {v}:\n{eq}"])
        p1, p2 = tpl.format(v=v, eq=t1), tpl.format(v=v, eq=t2)
        fam = "eq_%s" % how
        bid = r238_addE("be", fam, p1, v, x, [sol(x, c)], "pair", meta=dict(role="base"))
        r238_addE("pe", fam, p2, v, x2, [sol(x, c), sol(x2, c2), sol(x2, c2)], "pair", meta=dict(role="var", base=bid))
        made += 1



# ------------------------------------------------------------------ PART 9: an OCR letter at the end of a number
# (a trailing letter that is also a unit's symbol: l, B, g, b, t, S, I, O)
R238_TRAIL = {"l": "1", "I": "1", "B": "8", "g": "9", "b": "6", "T": "7", "S": "5", "O": "0", "s": "5", "G": "6"}


def part_trail(Np, Ns):
    rng = r238_rng
    made = 0
    while made < Np:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        letter = rng.choice(list(R238_TRAIL))
        digit = R238_TRAIL[letter]
        field = rng.choice(["room", "room", "nights", "amount"])
        o = {"nextline": rng.random() < 0.3}
        rec2 = dict(rec)
        if field == "room":
            stem = rng.choice([80, 30, 21, 41, 50, 11, 15, 31, 20, 60])
            rec["room"] = stem
            rec2["room"] = int("%d%s" % (stem, digit))
            txt1, txt2 = str(stem), "%d%s" % (stem, letter)
        elif field == "nights":
            stem = rng.choice([1, 2, 1])
            rec["nights"] = stem
            rec2["nights"] = int("%d%s" % (stem, digit))
            txt1, txt2 = str(stem), "%d%s" % (stem, letter)
        else:
            stem = rng.choice([105, 315, 99, 150, 210, 81])
            rec["amount"] = float(stem)
            rec2["amount"] = float("%d%s" % (stem, digit))
            txt1, txt2 = str(stem), "%d%s" % (stem, letter)
        direction = rng.choice(["clean_ocr", "clean_ocr", "ocr_clean"])
        d1 = render(rec, o)
        lab = {"room": "Room", "nights": "Nights", "amount": "Amount"}[field]
        sep = ":\n" if o["nextline"] else ": "
        if field == "amount":
            d1 = d1.replace("%s%s%.2f" % (lab, sep, rec["amount"]), "%s%s%s" % (lab, sep, txt1))
        d2 = d1.replace("%s%s%s\n" % (lab, sep, txt1), "%s%s%s\n" % (lab, sep, txt2))
        if d1 == d2:
            continue
        fam = "trail_%s_%s_%s" % (field, letter, direction)
        if direction == "clean_ocr":
            b = r238_add("bt", fam, ins + "\n\n" + d1, SCH, ans(rec), [ans(rec)], "pair", meta=dict(role="base"))
            r238_add("pt", fam, ins + "\n\n" + d2, SCH, ans(rec2), [ans(rec), ans(rec2), ans(rec2)], "pair",
                     meta=dict(role="var", base=b))
        else:  # the OCR'd one first, answered by a model that dropped the letter
            b = r238_add("bt", fam, ins + "\n\n" + d2, SCH, ans(rec2), [ans(rec), ans(rec2), ans(rec2)], "pair", meta=dict(role="base"))
            r238_add("pt", fam, ins + "\n\n" + d1, SCH, ans(rec), [ans(rec2), ans(rec), ans(rec)], "pair",
                     meta=dict(role="var", base=b))
        made += 1
    made = 0
    while made < Ns:
        ins = rng.choice(INSTR)
        rec = rnd_rec(rng)
        letter = rng.choice(list(R238_TRAIL))
        digit = R238_TRAIL[letter]
        field = rng.choice(["room", "room", "nights", "amount"])
        o = {"nextline": rng.random() < 0.3}
        if field == "room":
            stem = rng.choice([80, 30, 21, 41, 50, 11, 15, 31, 20, 60, 12, 22, 70])
        elif field == "nights":
            stem = 1
        else:
            stem = rng.choice([105, 315, 99, 150, 210, 81, 1250, 64])
        right = ans(rec)
        right[field] = int("%d%s" % (stem, digit)) if field != "amount" else float("%d%s" % (stem, digit))
        wrong = dict(right)
        wrong[field] = stem if field != "amount" else float(stem)
        rr = dict(rec); rr.update(right)
        d = render(rr, o)
        lab = {"room": "Room", "nights": "Nights", "amount": "Amount"}[field]
        sep = ":\n" if o["nextline"] else ": "
        old = "%s%s%s\n" % (lab, sep, ("%.2f" % right[field]) if field == "amount" else right[field])
        if old not in d:
            continue
        d = d.replace(old, "%s%s%d%s\n" % (lab, sep, stem, letter))
        r238_add("st", "single_trail_%s_%s" % (field, letter), ins + "\n\n" + d, SCH, right, [wrong, right, right], "single",
                 meta=dict(role="single"))
        made += 1

part_ocr_pairs(200)
part_hyph_pairs(140)
part_header_pairs(140)
part_block_pairs(60)
part_twocol_pairs(120)
part_safe(120)
part_singles(260)
part_eq(100)
part_trail(300, 299)

r238_found_alone_list = {
    'd238-s-1733', 'd238-s-1856', 'd238-pt-2103', 'd238-pt-2109', 'd238-bt-2130', 'd238-bt-2160', 'd238-bt-2166',
    'd238-bt-2204', 'd238-bt-2222', 'd238-bt-2234', 'd238-bt-2270', 'd238-bt-2276', 'd238-bt-2280', 'd238-bt-2282',
    'd238-bt-2302', 'd238-bt-2304', 'd238-bt-2314', 'd238-bt-2338', 'd238-bt-2350', 'd238-pt-2377', 'd238-pt-2379',
    'd238-bt-2380', 'd238-bt-2472', 'd238-pt-2475', 'd238-bt-2494', 'd238-bt-2502', 'd238-bt-2510', 'd238-bt-2512',
    'd238-bt-2518', 'd238-pt-2613', 'd238-pt-2681', 'd238-bt-2698', 'd238-bt-2700', 'd238-st-2706', 'd238-st-2707',
    'd238-st-2712', 'd238-st-2713', 'd238-st-2733', 'd238-st-2739', 'd238-st-2740', 'd238-st-2746', 'd238-st-2747',
    'd238-st-2757', 'd238-st-2759', 'd238-st-2765', 'd238-st-2774', 'd238-st-2777', 'd238-st-2783', 'd238-st-2788',
    'd238-st-2790', 'd238-st-2791', 'd238-st-2796', 'd238-st-2799', 'd238-st-2800', 'd238-st-2803', 'd238-st-2805',
    'd238-st-2807', 'd238-st-2809', 'd238-st-2812', 'd238-st-2817', 'd238-st-2827', 'd238-st-2832', 'd238-st-2838',
    'd238-st-2849', 'd238-st-2851', 'd238-st-2855', 'd238-st-2856', 'd238-st-2858', 'd238-st-2867', 'd238-st-2868',
    'd238-st-2885', 'd238-st-2886', 'd238-st-2887', 'd238-st-2894', 'd238-st-2896', 'd238-st-2901', 'd238-st-2904',
    'd238-st-2905', 'd238-st-2906', 'd238-st-2910', 'd238-st-2919', 'd238-st-2924', 'd238-st-2925', 'd238-st-2931',
    'd238-st-2939', 'd238-st-2943', 'd238-st-2949', 'd238-st-2975', 'd238-st-2982', 'd238-st-2987', 'd238-st-2990',
    'd238-st-2995', 'd238-st-3000',
}
r238_arguable_list = {
    'd238-bt-2154', 'd238-bt-2214', 'd238-pt-2463', 'd238-bt-2480', 'd238-bt-2484', 'd238-bt-2528', 'd238-pt-2627',
    'd238-st-2720', 'd238-st-2730', 'd238-st-2731', 'd238-st-2760', 'd238-st-2763', 'd238-st-2766', 'd238-st-2797',
    'd238-st-2810', 'd238-st-2821', 'd238-st-2836', 'd238-st-2842', 'd238-st-2844', 'd238-st-2869', 'd238-st-2874',
    'd238-st-2880', 'd238-st-2884', 'd238-st-2888', 'd238-st-2889', 'd238-st-2898', 'd238-st-2933', 'd238-st-2966',
    'd238-st-2973', 'd238-st-2988',
}
r238_found_alone |= r238_found_alone_list
r238_arguable |= r238_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 50: the confirmed items (fixed: a letter glued after a number keeps
# it out of the store and out of reuse) all kept; every 10th safe variant and every 30th of the rest, each with the
# base of its pair; the arguable amounts left out.
from probe_kit import sample_round as r238_sample_round  # noqa: E402

r238_all = list(P)
r238_sample_round("d238-", r238_found_alone, 30, safe_every=10)
r238_keep = {r238_p["id"] for r238_p in P if r238_p["id"].startswith("d238-")}
r238_keep |= {r238_meta[r238_i]["base"] for r238_i in list(r238_keep) if r238_meta.get(r238_i, {}).get("base")}
P[:] = [r238_p for r238_p in r238_all if (not r238_p["id"].startswith("d238-") or r238_p["id"] in r238_keep)
        and r238_p["id"] not in r238_arguable]
