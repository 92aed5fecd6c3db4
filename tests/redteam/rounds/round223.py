r"""Red-team round 223 (black box): SEVERAL RECORDS AND RECORDS THAT REPEAT LABELS.
Focus: texts with several guest records (schema guest/city/nights/paid, no descriptions) and fragments that repeat a
  record's labels, against the rule that a record opening with another label than the first is the first record's
  lines given again. 2,999 probes (seeded random.Random(223)): 2,058 pair probes, 336 singles, 605 safe; served with
  this round's probes only, fresh SQLite store, --runs 2.
Part 1 (d223-b1/v1*/s1*/x1-): 2-3 records in 10 layouts (blank lines, "---", "Guest k" header, "Booking B-nn:"
  header, every record in another field order, a first record with an extra leading "Booking:" field, a "Date:" line
  on the first record only, CSV, markdown table, prose) x 4 selectors (ordinal, name, booking ID, "the guest from
  <city>"); variants: another record selected, the selected record's nights/paid/city changed, the two records'
  nights swapped, the records reversed, singles where the model gives the other record. Part 2 (d223-b2/v2*/s2/x2-):
  one stored record plus a fragment repeating one label (Correction:, ~~struck~~ then the new line, "(struck)",
  "Update from front desk —", a quoted "> Nights:", Total/Subtotal/Summary lines, "Nights last year:"); the patch path
  (v2p: city changed plus the fragment). Part 3 (d223-b3/v3*/s3*/x3-): two records plus "Correction for booking
  B-nn — Nights: N", a struck "~~Paid: no~~ / Paid: yes (X paid at checkout)" block, a "Total / Nights: N" block.
  Part 4 (d223-b4/v4*/s4-): a request naming the guest, a second record opening with City/Nights/Booking holding the
  first's old values. Parts 5-6 (d223-b5/b6, v5*/v6*, s5*/s6*): the one shape StepCache stores (a single plain record
  under "Extract the booking as JSON." / "Pull guest, city, nights and paid out of this note." / "Return the guest's
  booking as JSON.") then: the record given again opening with another label and corrected values, struck "Paid: no"
  then the record again, a second guest opening with City, "Subtotal:"/"Total nights (all rooms):"/quoted "> Nights:"/
  "Summary: …" lines holding the old number, a one- or two-line block after the record ("City: X", "Paid: yes\nCity:
  X"), "Billing city:", "Nights (previous stay):", the guest renamed with the old name in a block opening with City,
  and patch-path variants (city or guest changed plus a "Nights:"/"Paid:" block).
HELD (all of it): wrong answers from the cache 0 in run 1 and 0 in run 2 (no path=reuse and no KEPT-FROM-CACHE among
  the wrong ones). Nothing of a multi-record text was stored: of 80 part-1 bases, 44 answered right fresh and not
  stored, 36 refused ("the text holds 2 records and the request does not say which one", "the request asks about
  someone the text describes apart", "the text names several people in prose"); every part-1/3/4 variant was skip.
  A request naming the guest (part 4) was refused fresh every time (36/36 bases). Stored and reused: only the single
  plain record (b2 18/18, b5 45/45, b6 16/16 in run 2). Against those stored records: every added block that repeats a
  label, corrected or not (v5a/v5s/v5h/v5p/v6b/v6c/v6h, 45+45+45+45+17+17+17), was read as a second record and
  refused fresh; "Correction:"/struck/"Update from front desk" fragments (v2) refused; Total/Subtotal/quoted/Summary
  lines after a changed record (v5d) were patched to the right nights (45) or refused (135); "Billing city:" and
  "Nights (previous stay):" (v6f/v6g) made reuse fail and the model's right answer was served fresh. Safe on reuse
  0/605 in both runs (the s2/s5d/s6e/v2fn right answers were served fresh, "not stored: the model gave a value again
  that failed reuse"); 2,043 / 2,039 right answers rejected (runs 1 / 2) — the cost side, not this round's measure.
  Only reuse of note: d223-v2back-* (the base prompt with a trailing space) reused, right, 18/18.
WHAT GOT THROUGH from the cache: nothing. r223_found_alone and r223_arguable are empty.
Wrong answers served FRESH (path=skip, the lesser matter): 17 in run 1, 21 in run 2 (4 more d223-v2p-* in run 2,
  "not stored: the model gave a value again that failed reuse"); alone (the 21 ids and their bases, 34
  probes, fresh store) 17 and 17, none stored. 4 are void, my defect: a booking-ID selector over a layout with no IDs
  (d223-x1-47/121/195, d223-v3st-1778). The real ones:
  - the other record given fresh: "…extract the second guest…\nBooking B-92:\nGuest: Ines Costa…\nBooking B-84:\nGuest:
    Tomas Novak…" -> {"guest":"Ines Costa",…} (d223-x1-231; also x1-583, x1-620);
  - CSV row of the selected ID with the base's stale member: "…extract booking B-65…\nB-65,Erik Dahl,Lyon,12,no" ->
    paid true (d223-v1val-570; v1swp-572 the same with nights 12 for 10);
  - a struck block after the records ignored: "Give the details of the first guest…\n~~Paid: no~~\nPaid: yes  (Aiko
    Tanaka paid at checkout)" -> paid false (d223-v3st-1609 and 9 more);
  - a correction line ignored on the patch path's fresh answer: "Guest: Sofia Marin … Paid: yes\nCorrection: Paid: no"
    -> paid true (d223-v2p-1419, also 1254, 1515, 1542; run 2 only).
Adds its probes to probe_kit.P."""
import random as r223_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r223_rng = r223_random.Random(223)
r223_found_alone = set()
r223_arguable = set()
# wrong answers served FRESH (path=skip) in the full run, runs 1 and 2; 4 of them void (see docstring)
r223_fresh_wrong = {'d223-v1swp-572', 'd223-v1val-570', 'd223-v2p-1254', 'd223-v2p-1419', 'd223-v2p-1515', 'd223-v2p-1542', 'd223-v3st-1609', 'd223-v3st-1671', 'd223-v3st-1687', 'd223-v3st-1732', 'd223-v3st-1778', 'd223-v3st-1793', 'd223-v3st-1822', 'd223-v3st-1881', 'd223-v3st-1896', 'd223-x1-121', 'd223-x1-195', 'd223-x1-231', 'd223-x1-47', 'd223-x1-583', 'd223-x1-620'}
r223_prompts = {}
r223_n = [0]
r223_counts = {"pair": 0, "single": 0, "safe": 0}
r223_bases = {}  # variant id -> base id

R223_SCHEMA = S({"guest": "string", "city": "string", "nights": "integer", "paid": "boolean"})
R223_NAMES = ["Mira Holt", "Jonas Berg", "Aiko Tanaka", "Luis Ortega", "Freya Lund", "Omar Haddad", "Greta Falk",
              "Tomas Novak", "Ines Costa", "Pavel Orlov", "Nadia Rahim", "Erik Dahl", "Sofia Marin", "Hugo Laine"]
R223_CITIES = ["Oslo", "Lyon", "Porto", "Graz", "Turku", "Leeds", "Cork", "Gdansk", "Bergen", "Basel", "Malmo", "Riga"]


def r223_add(tag, prompt, expect, answers, kind, safe=False, base=None):
    if prompt in r223_prompts:
        return r223_prompts[prompt]
    r223_n[0] += 1
    pid = "d223-%s-%d" % (tag, r223_n[0])
    J(pid, "multi_record", prompt, R223_SCHEMA, expect, answers, safe=safe)
    r223_prompts[prompt] = pid
    r223_counts[kind] += 1
    if base:
        r223_bases[pid] = base
    return pid


def r223_recs(n):
    names = r223_rng.sample(R223_NAMES, n)
    cities = r223_rng.sample(R223_CITIES, n)
    nights = r223_rng.sample(range(2, 15), n)
    ids = r223_rng.sample(range(10, 99), n)
    return [{"id": "B-%d" % ids[i], "guest": names[i], "city": cities[i], "nights": nights[i],
             "paid": r223_rng.random() < 0.5} for i in range(n)]


def r223_ans(rec):
    return {"guest": rec["guest"], "city": rec["city"], "nights": rec["nights"], "paid": rec["paid"]}


def r223_yn(b):
    return "yes" if b else "no"


R223_FIELDS = [("Booking", "id"), ("Guest", "guest"), ("City", "city"), ("Nights", "nights"), ("Paid", "paid")]


def r223_line(lab, key, rec):
    v = rec[key]
    if key == "paid":
        v = r223_yn(v)
    return "%s: %s" % (lab, v)


def r223_text(recs, layout):
    """The record set as text in a layout."""
    out = []
    if layout == "blank":  # same order, blank lines
        for r in recs:
            out.append("\n".join(r223_line(l, k, r) for l, k in R223_FIELDS[1:]))
        return "\n\n".join(out)
    if layout == "dash":
        for r in recs:
            out.append("\n".join(r223_line(l, k, r) for l, k in R223_FIELDS[1:]))
        return "\n---\n".join(out)
    if layout == "header":
        for i, r in enumerate(recs):
            out.append("Guest %d\n" % (i + 1) + "\n".join(r223_line(l, k, r) for l, k in R223_FIELDS[1:]))
        return "\n\n".join(out)
    if layout == "idhead":
        for r in recs:
            out.append("Booking %s:\n" % r["id"] + "\n".join(r223_line(l, k, r) for l, k in R223_FIELDS[1:]))
        return "\n".join(out)
    if layout == "order":  # every record in a different field order, no separator
        orders = [[1, 2, 3, 4], [2, 1, 4, 3], [3, 4, 1, 2], [4, 3, 2, 1]]
        for i, r in enumerate(recs):
            out.append("\n".join(r223_line(*R223_FIELDS[j], r) for j in orders[i % 4]))
        return "\n".join(out)
    if layout == "lead":  # first record with an extra leading field, the others without
        for i, r in enumerate(recs):
            fs = R223_FIELDS if i == 0 else R223_FIELDS[1:]
            out.append("\n".join(r223_line(l, k, r) for l, k in fs))
        return "\n".join(out)
    if layout == "leadid":  # every record opens with Booking, the first also with a Date line
        for i, r in enumerate(recs):
            head = "Date: 2024-05-%02d\n" % (3 + i) if i == 0 else ""
            out.append(head + "\n".join(r223_line(l, k, r) for l, k in R223_FIELDS))
        return "\n\n".join(out)
    if layout == "csv":
        out.append("booking,guest,city,nights,paid")
        for r in recs:
            out.append("%s,%s,%s,%d,%s" % (r["id"], r["guest"], r["city"], r["nights"], r223_yn(r["paid"])))
        return "\n".join(out)
    if layout == "table":
        out.append("| Booking | Guest | City | Nights | Paid |\n|---|---|---|---|---|")
        for r in recs:
            out.append("| %s | %s | %s | %d | %s |" % (r["id"], r["guest"], r["city"], r["nights"], r223_yn(r["paid"])))
        return "\n".join(out)
    if layout == "prose":
        for r in recs:
            out.append("%s (booking %s) from %s stays %d nights and has %s paid." % (
                r["guest"], r["id"], r["city"], r["nights"], "already" if r["paid"] else "not yet"))
        return " ".join(out)
    raise ValueError(layout)


R223_LAYOUTS = ["blank", "dash", "header", "idhead", "order", "lead", "leadid", "csv", "table", "prose"]
R223_ORD = ["first", "second", "third"]


def r223_sel(kind, recs, i):
    r = recs[i]
    if kind == "ord":
        return "the %s guest" % R223_ORD[i]
    if kind == "name":
        return "%s" % r["guest"]
    if kind == "id":
        return "booking %s" % r["id"]
    if kind == "city":
        return "the guest from %s" % r["city"]
    raise ValueError(kind)


def r223_prompt(sel, text, intro=0):
    heads = ["Give the details of %s from the list below as JSON.\n\n%s\n",
             "From these bookings, extract %s (guest, city, nights, paid).\n\nBookings:\n%s\n",
             "Return JSON for %s.\n\n%s\n"]
    return heads[intro] % (sel, text)


# ------------------------------------------------------------------ part 1: multi-record pairs
def r223_part1():
    for layout in R223_LAYOUTS:
        for selk in ["ord", "name", "id", "city"]:
            for rep in range(2):
                n = 2 + (rep % 2)
                recs = r223_recs(n)
                i = n - 1
                intro = rep % 3
                text = r223_text(recs, layout)
                bp = r223_prompt(r223_sel(selk, recs, i), text, intro)
                base_ans = r223_ans(recs[i])
                bid = r223_add("b1", bp, base_ans, [base_ans], "pair")
                # (a) select another record, same text
                for j in range(n):
                    if j == i:
                        continue
                    vp = r223_prompt(r223_sel(selk, recs, j), text, intro)
                    r223_add("v1sel", vp, r223_ans(recs[j]), [base_ans, r223_ans(recs[j])], "pair", base=bid)
                # (b) change the selected record's nights / paid / city
                for fld in ["nights", "paid", "city"]:
                    rr = [dict(x) for x in recs]
                    if fld == "nights":
                        rr[i]["nights"] = rr[i]["nights"] + r223_rng.choice([1, 3, 5])
                    elif fld == "paid":
                        rr[i]["paid"] = not rr[i]["paid"]
                    else:
                        rr[i]["city"] = r223_rng.choice([c for c in R223_CITIES if c not in [x["city"] for x in recs]])
                    if selk == "city" and fld == "city":
                        continue
                    vp = r223_prompt(r223_sel(selk, rr, i), r223_text(rr, layout), intro)
                    r223_add("v1val", vp, r223_ans(rr[i]), [base_ans, r223_ans(rr[i])], "pair", base=bid)
                # (c) the selected value set to the other record's value (coincidence) then changed in the other
                rr = [dict(x) for x in recs]
                j = 0 if i != 0 else 1
                rr[j]["nights"], rr[i]["nights"] = recs[i]["nights"], recs[j]["nights"]
                vp = r223_prompt(r223_sel(selk, rr, i), r223_text(rr, layout), intro)
                r223_add("v1swp", vp, r223_ans(rr[i]), [base_ans, r223_ans(rr[i])], "pair", base=bid)
                # (d) records in the other order (ordinal selector: another answer; others: the same)
                rr = list(reversed(recs))
                ii = n - 1 - i
                vp = r223_prompt(r223_sel(selk, rr, ii if selk != "ord" else i), r223_text(rr, layout), intro)
                right = r223_ans(rr[i]) if selk == "ord" else base_ans
                if right == base_ans:
                    r223_add("s1rev", vp, right, [base_ans], "safe", safe=True, base=bid)
                else:
                    r223_add("v1rev", vp, right, [base_ans, right], "pair", base=bid)
                # (e) safe: change a non-selected record
                rr = [dict(x) for x in recs]
                rr[j]["nights"] += 2
                vp = r223_prompt(r223_sel(selk, rr, i), r223_text(rr, layout), intro)
                r223_add("s1oth", vp, base_ans, [base_ans], "safe", safe=True, base=bid)
                # (f) singles: the model picks the wrong record first
                wrong = r223_ans(recs[j])
                sp = r223_prompt(r223_sel(selk, recs, i), text, (intro + 1) % 3)
                r223_add("x1", sp, base_ans, [wrong, base_ans], "single")


# ------------------------------------------------------------------ part 2: fragments that repeat labels
R223_CORR = [  # (text template, applies) ; {lab} label, {v} value
    ("Correction: {lab}: {v}", True),
    ("~~{lab}: {old}~~\n{lab}: {v}", True),
    ("{lab}: {old} (struck)\n{lab}: {v}", True),
    ("Update from front desk — {lab}: {v}", True),
    ("> {lab}: {v}\nThanks, noted.", False),   # quoted reply of another message: does not change the record
    ("Total {lab}: {v}", False),
    ("Subtotal {lab}: {v}", False),
    ("Summary — {lab} (all bookings): {v}", False),
    ("{lab} last year: {v}", False),
]


def r223_single_text(r, order="std"):
    fs = R223_FIELDS[1:] if order == "std" else [R223_FIELDS[2], R223_FIELDS[1], R223_FIELDS[4], R223_FIELDS[3]]
    return "\n".join(r223_line(l, k, r) for l, k in fs)


def r223_frag(tmpl, fld, r, newv):
    lab = {"nights": "Nights", "paid": "Paid", "city": "City"}[fld]
    old = r223_yn(r[fld]) if fld == "paid" else r[fld]
    v = r223_yn(newv) if fld == "paid" else newv
    return tmpl.format(lab=lab, v=v, old=old)


def r223_part2():
    heads = ["Extract the booking as JSON.\n\nForm:\n%s\n", "Pull guest, city, nights and paid out of this note.\n\n%s\n",
             "Return the guest's booking as JSON.\n\n%s\n"]
    for rep in range(18):
        r = r223_recs(1)[0]
        order = "std" if rep % 2 == 0 else "alt"
        h = heads[rep % 3]
        body = r223_single_text(r, order)
        bp = h % body
        base_ans = r223_ans(r)
        bid = r223_add("b2", bp, base_ans, [base_ans], "pair")
        for tmpl, applies in R223_CORR:
            for fld in ["nights", "paid", "city"]:
                if fld == "nights":
                    newv = r["nights"] + r223_rng.choice([1, 2, 4, 7])
                elif fld == "paid":
                    newv = not r["paid"]
                else:
                    newv = r223_rng.choice([c for c in R223_CITIES if c != r["city"]])
                if not applies and fld != "nights":
                    continue
                if tmpl.startswith("Total") or tmpl.startswith("Subtotal") or tmpl.startswith("Summary"):
                    newv = r["nights"] + 9
                frag = r223_frag(tmpl, fld, r, newv)
                vp = h % (body + "\n" + frag)
                right = dict(base_ans)
                if applies:
                    right[fld] = newv
                if right == base_ans:
                    r223_add("s2", vp, right, [base_ans], "safe", safe=True, base=bid)
                    # other direction: the fragment stored first, the plain text after; and a nights change
                    r2 = dict(r); r2["nights"] = r["nights"] + 1
                    vp2 = h % (r223_single_text(r2, order) + "\n" + frag)
                    r223_add("v2fn", vp2, r223_ans(r2), [base_ans, r223_ans(r2)], "pair", base=bid)
                else:
                    vid = r223_add("v2", vp, right, [base_ans, right], "pair", base=bid)
                    # other direction: stored with fragment, then the plain text
                    r223_add("v2back", h % r223_single_text(dict(r, **{fld: newv}), order) if False else
                             (h % body).replace("\n\n", "\n\n", 1) + " ", base_ans, [right, base_ans], "pair", base=vid)
                    # patch path: one member changed (city or guest name) plus the fragment
                    r3 = dict(r)
                    other = "city" if fld != "city" else "nights"
                    if other == "city":
                        r3["city"] = r223_rng.choice([c for c in R223_CITIES if c not in (r["city"], newv)])
                    else:
                        r3["nights"] = r["nights"] + 3
                    body3 = r223_single_text(r3, order)
                    frag3 = r223_frag(tmpl, fld, r3, newv)
                    right3 = r223_ans(r3)
                    right3[fld] = newv
                    mistake = r223_ans(r3)  # the model keeps the record's own value (ignores the fragment)
                    r223_add("v2p", h % (body3 + "\n" + frag3), right3, [mistake, right3], "pair", base=bid)
                    # single: model ignores the correction
                    r223_add("x2", (h % (body + "\n" + frag)).replace("Extract", "Please extract", 1) + "Thanks!\n",
                             right, [base_ans, right], "single")


# ------------------------------------------------------------------ part 3: several records plus a fragment
def r223_part3():
    for rep in range(40):
        layout = R223_LAYOUTS[rep % 7]  # labelled layouts
        n = 2
        recs = r223_recs(n)
        selk = ["ord", "name", "id", "city"][rep % 4]
        i = rep % 2
        text = r223_text(recs, layout)
        base_ans = r223_ans(recs[i])
        bp = r223_prompt(r223_sel(selk, recs, i), text, rep % 3)
        bid = r223_add("b3", bp, base_ans, [base_ans], "pair")
        # a correction naming the selected record by ID, after all records
        newn = recs[i]["nights"] + 2
        frag = "Correction for booking %s — Nights: %d" % (recs[i]["id"], newn)
        right = dict(base_ans); right["nights"] = newn
        r223_add("v3c", r223_prompt(r223_sel(selk, recs, i), text + "\n\n" + frag, rep % 3), right,
                 [base_ans, right], "pair", base=bid)
        # a correction naming the other record: the selected one unchanged (safe)
        j = 1 - i
        frag2 = "Correction for booking %s — Nights: %d" % (recs[j]["id"], recs[j]["nights"] + 2)
        r223_add("s3c", r223_prompt(r223_sel(selk, recs, i), text + "\n\n" + frag2, rep % 3), base_ans,
                 [base_ans], "safe", safe=True, base=bid)
        # struck line inside the selected record: Paid no struck, yes below
        rr = [dict(x) for x in recs]
        rr[i]["paid"] = False
        t_noc = r223_text(rr, layout)
        pid0 = r223_add("b3p", r223_prompt(r223_sel(selk, rr, i), t_noc, rep % 3), r223_ans(rr[i]),
                        [r223_ans(rr[i])], "pair")
        t_st = t_noc + "\n\n~~Paid: no~~\nPaid: yes  (%s paid at checkout)" % rr[i]["guest"]
        rt = r223_ans(rr[i]); rt["paid"] = True
        r223_add("v3st", r223_prompt(r223_sel(selk, rr, i), t_st, rep % 3), rt, [r223_ans(rr[i]), rt], "pair", base=pid0)
        # Totals line repeating the Nights label after the records
        tot = "Total\nNights: %d" % (recs[0]["nights"] + recs[1]["nights"])
        r223_add("s3t", r223_prompt(r223_sel(selk, recs, i), text + "\n\n" + tot, rep % 3), base_ans,
                 [base_ans], "safe", safe=True, base=bid)
        # the totals line with the selected record's nights changed
        rr = [dict(x) for x in recs]
        rr[i]["nights"] += 1
        tot2 = "Total\nNights: %d" % (rr[0]["nights"] + rr[1]["nights"])
        r223_add("v3t", r223_prompt(r223_sel(selk, rr, i), r223_text(rr, layout) + "\n\n" + tot2, rep % 3),
                 r223_ans(rr[i]), [base_ans, r223_ans(rr[i])], "pair", base=bid)
        # single: the model takes the Total line as the guest's nights
        r223_add("x3", r223_prompt(r223_sel(selk, recs, i), text + "\n\n" + tot, (rep + 1) % 3), base_ans,
                 [dict(base_ans, nights=recs[0]["nights"] + recs[1]["nights"]), base_ans], "single")


r223_part1()
r223_part2()
r223_part3()


# ------------------------------------------------------------------ part 4: stored single record, a second record added
def r223_rec_lines(r, order):
    o = {"std": [1, 2, 3, 4], "city": [2, 1, 3, 4], "nights": [3, 1, 2, 4], "id": [0, 1, 2, 3, 4]}[order]
    return "\n".join(r223_line(*R223_FIELDS[j], r) for j in o)


def r223_part4():
    heads = ["Extract %s's booking as JSON.\n\nForm:\n%s\n", "Extract the booking of %s as JSON.\n\n%s\n",
             "Return %s's booking as JSON.\n\n%s\n"]
    seps = ["\n\n", "\n---\n", "\n", "\n\nNext booking:\n"]
    for rep in range(36):
        a, b = r223_recs(2)
        h = heads[rep % 3]
        order2 = ["city", "nights", "id"][rep % 3]
        sep = seps[rep % 4]
        bp = h % (a["guest"], r223_rec_lines(a, "std"))
        base_ans = r223_ans(a)
        bid = r223_add("b4", bp, base_ans, [base_ans], "pair")
        # safe: the other guest's record appended, opening with another label
        r223_add("s4", h % (a["guest"], r223_rec_lines(a, "std") + sep + r223_rec_lines(b, order2)), base_ans,
                 [base_ans], "safe", safe=True, base=bid)
        # (b) the other guest first holding A's old nights/city/paid, then A (another opening label) changed
        b2 = dict(b, nights=a["nights"], paid=a["paid"])
        a2 = dict(a, nights=a["nights"] + 2 + rep % 3)
        right = r223_ans(a2)
        r223_add("v4b", h % (a["guest"], r223_rec_lines(b2, "std") + sep + r223_rec_lines(a2, order2)), right,
                 [base_ans, right], "pair", base=bid)
        # (c) A first, changed, then B (another opening label) holding A's old values
        r223_add("v4c", h % (a["guest"], r223_rec_lines(a2, "std") + sep + r223_rec_lines(b2, order2)), right,
                 [base_ans, right], "pair", base=bid)
        # (d) A changed paid, B holds A's old paid and city
        a3 = dict(a, paid=not a["paid"])
        b3 = dict(b, paid=a["paid"], city=a["city"] if rep % 2 else b["city"])
        r3 = r223_ans(a3)
        r223_add("v4d", h % (a["guest"], r223_rec_lines(a3, "id" if rep % 2 else "std") + sep + r223_rec_lines(b3, order2)),
                 r3, [base_ans, r3], "pair", base=bid)
        # (e) the other record selected by name: right is B
        rb = r223_ans(b2)
        r223_add("v4e", h % (b["guest"], r223_rec_lines(a, "std") + sep + r223_rec_lines(b2, order2)), rb,
                 [base_ans, rb], "pair", base=bid)
        # (f) A's one record then a struck/other-label block repeating A's lines: Paid: no then Paid: yes
        if not a["paid"]:
            frag = "\n\nUpdated:\nPaid: yes\nNights: %d" % a["nights"]
            rr = dict(base_ans, paid=True)
            r223_add("v4f", h % (a["guest"], r223_rec_lines(a, "std") + frag), rr, [base_ans, rr], "pair", base=bid)
        # (g) single record with an extra leading field, a second record without it; ask for A by name; A changed
        r223_add("v4g", h % (a["guest"], r223_rec_lines(a2, "id") + "\n" + r223_rec_lines(b2, "std")), right,
                 [base_ans, right], "pair", base=bid)


r223_part4()


# ------------------------------------------------------------------ part 5: the stored shape, blocks that repeat its labels
def r223_part5():
    heads = ["Extract the booking as JSON.\n\nForm:\n%s\n", "Pull guest, city, nights and paid out of this note.\n\n%s\n",
             "Return the guest's booking as JSON.\n\n%s\n"]
    for rep in range(45):
        a = r223_recs(1)[0]
        a["paid"] = False
        h = heads[rep % 3]
        body = r223_rec_lines(a, "std")
        base_ans = r223_ans(a)
        bid = r223_add("b5", h % body, base_ans, [base_ans], "pair")
        order2 = ["city", "nights", "id"][rep % 3]
        sep = ["\n\n", "\n---\n", "\n"][rep % 3]
        # (a) the record given again, opening with another label, paid and nights corrected
        a2 = dict(a, paid=True, nights=a["nights"] + 1 + rep % 4)
        right = r223_ans(a2)
        r223_add("v5a", h % (body + sep + r223_rec_lines(a2, order2)), right, [base_ans, right], "pair", base=bid)
        # (a') only paid corrected, struck line marks
        r223_add("v5s", h % (body.replace("Paid: no", "~~Paid: no~~") + sep + r223_rec_lines(dict(a, paid=True), order2)),
                 dict(base_ans, paid=True), [base_ans, dict(base_ans, paid=True)], "pair", base=bid)
        # (b) the same record given again in another order (safe)
        r223_add("s5b", h % (body + sep + r223_rec_lines(a, order2)), base_ans, [base_ans], "safe", safe=True, base=bid)
        # (c) a second guest opening with another label: ambiguous for a generic instruction; model gives the first
        b = r223_recs(1)[0]
        if b["guest"] != a["guest"]:
            b["nights"] = a["nights"]
            r223_add("v5c", h % (r223_rec_lines(dict(a, nights=a["nights"] + 2), "std") + sep + r223_rec_lines(b, order2)),
                     r223_ans(dict(a, nights=a["nights"] + 2)), [base_ans, r223_ans(dict(a, nights=a["nights"] + 2))],
                     "pair", base=bid)
        # (d) nights changed, a Subtotal / Total line repeating the old number
        a3 = dict(a, nights=a["nights"] + 3)
        for tail in ["Subtotal: %d", "Total nights (all rooms): %d", "> Nights: %d\n> (your earlier message)",
                     "Summary: %s, %s, %%d nights" % (a["guest"], a["city"])]:
            r223_add("v5d", h % (r223_rec_lines(a3, "std") + "\n" + tail % a["nights"]), r223_ans(a3),
                     [base_ans, r223_ans(a3)], "pair", base=bid)
            # (d') unchanged record plus the same tail (safe)
            r223_add("s5d", h % (body + "\n" + tail % (a["nights"] + 5)), base_ans, [base_ans], "safe", safe=True,
                     base=bid)
        # (g) patch path: city changed plus a block repeating Nights
        a4 = dict(a, city=r223_rng.choice([c for c in R223_CITIES if c != a["city"]]))
        a5 = dict(a4, nights=a["nights"] + 4)
        r223_add("v5p", h % (r223_rec_lines(a4, "std") + sep + "Nights: %d\nPaid: no" % a5["nights"]), r223_ans(a5),
                 [r223_ans(a4), r223_ans(a5)], "pair", base=bid)
        # (h) guest renamed in place, the old name in a second record that opens with City
        a6 = dict(a, guest=r223_rng.choice([n for n in R223_NAMES if n != a["guest"]]))
        r223_add("v5h", h % (r223_rec_lines(a6, "std") + sep + "City: %s\nGuest: %s" % (a["city"], a["guest"])),
                 r223_ans(a6), [base_ans, r223_ans(a6)], "pair", base=bid)


r223_part5()


# ------------------------------------------------------------------ part 6: the stored shape, one or two repeated labels after it
def r223_part6():
    heads = ["Extract the booking as JSON.\n\nForm:\n%s\n", "Pull guest, city, nights and paid out of this note.\n\n%s\n",
             "Return the guest's booking as JSON.\n\n%s\n"]
    for rep in range(17):
        a = r223_recs(1)[0]
        h = heads[rep % 3]
        body = r223_rec_lines(a, "std")
        base_ans = r223_ans(a)
        bid = r223_add("b6", h % body, base_ans, [base_ans], "pair")
        newc = r223_rng.choice([c for c in R223_CITIES if c != a["city"]])
        sep = ["\n\n", "\n---\n", "\n"][rep % 3]
        # (a) city changed in the record, a quoted line keeps the old one
        a2 = dict(a, city=newc)
        r223_add("v6a", h % (r223_rec_lines(a2, "std") + "\n\n> City: %s\n> Sent from my phone" % a["city"]),
                 r223_ans(a2), [base_ans, r223_ans(a2)], "pair", base=bid)
        # (b) a block of one or two lines after the record, opening with another label: the record given again
        r223_add("v6b", h % (body + sep + "City: %s" % newc), dict(base_ans, city=newc),
                 [base_ans, dict(base_ans, city=newc)], "pair", base=bid)
        r223_add("v6c", h % (body + sep + "Paid: %s\nCity: %s" % (r223_yn(not a["paid"]), newc)),
                 dict(base_ans, city=newc, paid=not a["paid"]), [base_ans, dict(base_ans, city=newc, paid=not a["paid"])],
                 "pair", base=bid)
        # (d) the same lines repeated with the same values (a form's summary): safe
        r223_add("s6d", h % (body + sep + "City: %s\nNights: %d" % (a["city"], a["nights"])), base_ans, [base_ans],
                 "safe", safe=True, base=bid)
        # (e) another label for a non-member field after the record: safe
        r223_add("s6e", h % (body + sep + "Billing city: %s" % newc), base_ans, [base_ans], "safe", safe=True, base=bid)
        # (f) record's city changed, billing city holds the old one
        r223_add("v6f", h % (r223_rec_lines(a2, "std") + sep + "Billing city: %s" % a["city"]), r223_ans(a2),
                 [base_ans, r223_ans(a2)], "pair", base=bid)
        # (g) nights changed, "Subtotal" / "Total" line holds the old nights with the Nights word
        a3 = dict(a, nights=a["nights"] + 2)
        r223_add("v6g", h % (r223_rec_lines(a3, "std") + sep + "Nights (previous stay): %d" % a["nights"]),
                 r223_ans(a3), [base_ans, r223_ans(a3)], "pair", base=bid)
        # (h) patch path: guest renamed plus one-line block "Paid: <other>"
        a4 = dict(a, guest=r223_rng.choice([n for n in R223_NAMES if n != a["guest"]]))
        r4 = dict(r223_ans(a4), paid=not a["paid"])
        r223_add("v6h", h % (r223_rec_lines(a4, "std") + sep + "Paid: %s" % r223_yn(not a["paid"])), r4,
                 [r223_ans(a4), r4], "pair", base=bid)


r223_part6()

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,999 generated), each with the base of its pair; then every arguable item left out.
from probe_kit import sample_round as r223_sample_round  # noqa: E402

r223_all = list(P)
r223_sample_round("d223-", set(r223_found_alone), 30, safe_every=10)
r223_keep = {r223_p["id"] for r223_p in P if r223_p["id"].startswith("d223-")}
r223_keep |= {r223_bases[r223_i] for r223_i in list(r223_keep) if r223_i in r223_bases}
P[:] = [r223_p for r223_p in r223_all if (not r223_p["id"].startswith("d223-") or r223_p["id"] in r223_keep)
        and r223_p["id"] not in r223_arguable]
