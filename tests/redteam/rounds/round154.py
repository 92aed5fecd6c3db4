r"""Red-team round 154 (black box; BIN stepcache_s36 was not present in /tmp/rt_bin during the round: every run used
stepcache_s35, the newest binary there): VALUES THE TEXT DOES NOT STATE VERBATIM, AND COLLECTIONS.
FOCUS: counts of listed things, totals and sums, derived values (nights/days from two dates, age from a birth date,
the cheapest / highest / first / second / last element of a list, the last entry of a log), array members (tags,
attendees, line items) with one element added, removed, reordered or edited, booleans implied by status words
("Status: cancelled" -> active false), enums mapped from words ("Shipped on 3 May" -> "shipped").
TRIED (4,858 probes: 2,117 bases, 1,680 variants, 624 singles, 437 safe; ids d154-b-/-v-/-ok-/-s-; pairs: base stored right, variant answers [base's, right]; arguable
variants answer only the base's and expect 999):
 L  a flat member picked from a list field (last_stop, second_guest, highest_score, cheapest_item ...): append, reverse,
    swap, insert, edit; singles with another element;   N  nights/days from two dates where the base value also
    stands in the text as the check-in day;   G  age from a birth date;   T  totals whose base equals one part
    (quantity 1, shipping 0.00, children 0) and a variant that changes the other part;   C  counts of a listed guests
    beside a number field that equals the count;   E  enums from status words and events ("Delivered on 5 May",
    "Returned: 9 May", "Tracking: Delivered", "Status: dispatched");   B  booleans from status words;
 B2 a stored "Active: yes" / "Employed: yes" / "Open: yes" / "In stock: yes" and a field of no member implying the
    opposite ("Cancelled on: 3 May 2025", "Resigned: ...", "Sold out on: ...");   C2/C3/X  a stored count and a list
    or a field of no member that changes it ("Plus one: Di Moe", "No-show: Cy Holm", "Extra days: 2", "Refunded seat:
    14C", "Removed: Mouse 1");   D/DT  a derived value stated under its label beside its sources (Start/End + Days;
    Total + items) and a source moved;   K/H/CN/CF  a stated count beside a list whose elements hold digits;
 CQ the count's label narrowed to a subset while the list gains the rest;   CP the CN shape with the count after
    the list, or the list in brackets / after a dash on the count's own line;   LG  first/second/last entry of a log;
 A  array members (tags, attendees, line items: qty swapped, item added/removed/edited, price swapped).
HELD: every derived value the text does not state under its label is refused (positional and criterion picks: "the
request selects one record, but the text marks no records"; "a figure computed from the text (a count, total or
average)"; "the request asks for its last one; the text's 'stop 3' is another"); arrays are never stored; status words
for booleans and enums are never stored unless the word is the allowed value ("Status: shipped"), and then an event
line with another allowed value or "Returned"/"Delivered"/"Received" words makes reuse fail ("another of its allowed
values, after it"; "the text says it changed"); every field of no member added beside a stored count or truth failed
reuse (X, C3, B2); a list of plain names, "x1" quantities, bullets, numbered lines or "Guest 1:" lines beside a stored
count is re-read (reuse fails); totals beside edited items are re-checked; the CQ subset labels are refused.
GOT THROUGH (0 clear; 118 ARGUABLE items - 115 pairs, 3 singles - each confirmed ALONE
on a fresh SQLite store, --runs 2; alone.txt: CN 57, H 20, CP 18, K 8, CF 8, DT 7): a count stated as
"<Thing> count: 3" (also "Count of guests: 3", "Guests (count): 3") beside a ONE-LINE comma or semicolon list of
that thing whose elements hold DIGITS ("Ana Berg (34)", "14A", "101", "v1", "JJD01", "Lamp 1", "Lamp (1)", "1 Lamp",
"SN100", "A-100", "Lamp 19.90 EUR"), above or below the count line, is stored, and reused as 3 when the list gains or loses an element (the text
then says 3 and lists 4 or 2): e.g. d154-v-CN-1-Inv-add "Seat count: 3 / Seats: 14A, 14B, 14C, 14D" -> 3;
d154-v-CN-0-Boo-rm "Guest count: 3 / Guests: Ana Berg (34), Bo Lie (36)" -> 3; d154-v-H-item_count-sn-s-add
"Item count: 3 / Items: SN100; SN200; SN300; SN400" -> 3; also the single d154-s-DT-3-0 ("Item count: 3 / Items: Lamp
1, Cable 1, Mouse 1, Plug 1", the model's 3 stored and served again). Plain names, "x1", bullets, numbered lists, "Guest 1:" lines, the
list on the count's own line, and other count labels ("Guests: 3", "Number of guests: 3", "Seats booked", "No. of
seats", "Tickets: 3" beside "Seats:") held. Arguable because the text contradicts itself: the count line still says 3.
Probes in r154_arguable are readings, not findings.
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r154_pairs = []
r154_singles = []
r154_safe = []
r154_arguable = set()
r154_n = [0]
r154_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]


def r154_nm():
    n = r154_n[0]
    r154_n[0] += 1
    return r154_SYL[n % 10] + r154_SYL[(n // 10) % 10].lower() + r154_SYL[(n // 100) % 10].lower() + "vik"


def r154_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False, safe=False):
    b = "d154-b-" + tag
    v = ("d154-ok-" if safe else "d154-v-") + tag
    J(b, "r154_" + fam + "_base", bpr, sch, bexp, [bexp])
    if safe:
        J(v, "r154_" + fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r154_safe.append(v)
    else:
        if arg:
            vexp = {k: 999 for k in vexp}
            J(v, "r154_" + fam + "_arguable", vpr, sch, vexp, [bexp])
            r154_arguable.add(v)
        else:
            J(v, "r154_" + fam, vpr, sch, vexp, [bexp, vexp])
    r154_pairs.append((b, v))


def r154_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d154-s-" + tag
    if arg:
        J(s, "r154_" + fam + "_single_arguable", pr, sch, {k: 999 for k in exp}, [mis])
        r154_arguable.add(s)
    else:
        J(s, "r154_" + fam + "_single", pr, sch, exp, [mis, exp, exp])
    r154_singles.append(s)


def r154_build():
    """Generates every family below (inside a function, so no loop name leaks into the module)."""
    # ------------------------------------------------------------------ L: a flat member derived from a list field
    # (member, label, base list, base answer, [(vtag, variant list, right answer)], value type)
    r154_L = [
        ("last_stop", "Stops", ["Oslo", "Bergen", "Stavanger"], "Stavanger", "string"),
        ("final_stop", "Route", ["Oslo", "Bergen", "Stavanger"], "Stavanger", "string"),
        ("first_guest", "Guests", ["Ana Berg", "Bo Lie", "Cy Holm"], "Ana Berg", "string"),
        ("second_guest", "Guests", ["Ana Berg", "Bo Lie", "Cy Holm"], "Bo Lie", "string"),
        ("last_guest", "Guests", ["Ana Berg", "Bo Lie", "Cy Holm"], "Cy Holm", "string"),
        ("lead_passenger", "Passengers", ["Ana Berg", "Bo Lie", "Cy Holm"], "Ana Berg", "string"),
        ("latest_version", "Versions", ["2.1", "2.2", "2.3"], "2.3", "string"),
        ("highest_score", "Scores", [71, 88, 64], 88, "number"),
        ("max_score", "Scores", [71, 88, 64], 88, "number"),
        ("lowest_price", "Prices", [19.9, 4.5, 12.0], 4.5, "number"),
        ("min_price", "Prices", [19.9, 4.5, 12.0], 4.5, "number"),
        ("max_temperature", "Temperatures", [12, 15, 9], 15, "number"),
        ("last_reading", "Readings", [12, 15, 9], 9, "number"),
        ("first_reading", "Readings", [12, 15, 9], 12, "number"),
        ("latest_reading", "Readings", [12, 15, 9], 9, "number"),
        ("top_bid", "Bids", [300, 450, 420], 450, "number"),
        ("last_payment", "Payments", [120, 80, 95], 95, "number"),
        ("first_tag", "Tags", ["urgent", "billing", "vip"], "urgent", "string"),
        ("last_tag", "Tags", ["urgent", "billing", "vip"], "vip", "string"),
        ("cheapest_item", "Items", ["Lamp 19.90", "Cable 4.50", "Mouse 12.00"], "Cable", "string"),
    ]


    def r154_fmt(v):
        if isinstance(v, float):
            return "%.2f" % v
        return str(v)


    def r154_variants(member, lst, ans):
        """(vtag, new list, new right answer) - answers recomputed by hand-rules below."""
        out = []
        m = member
        if isinstance(lst[0], str) and " " in lst[0] and lst[0][-1].isdigit():  # items with prices
            out.append(("cheaper", lst + ["Plug 2.10"], "Plug"))
            out.append(("edit", ["Lamp 19.90", "Cable 4.50", "Mouse 3.00"], "Mouse"))
            out.append(("reord", ["Mouse 12.00", "Cable 4.50", "Lamp 19.90"], "Cable"))  # safe
            return out
        first = m.startswith("first") or m == "lead_passenger"
        second = m.startswith("second")
        last = m.startswith("last") or m.startswith("final") or m.startswith("latest")
        hi = m.startswith("highest") or m.startswith("max") or m.startswith("top")
        lo = m.startswith("lowest") or m.startswith("min")
        if isinstance(lst[0], str):
            extra = {"Stavanger": "Haugesund", "Cy Holm": "Di Moe", "2.3": "2.4", "vip": "legal"}
            e = extra.get(lst[-1], "Extra")
            app = lst + [e]
            rev = list(reversed(lst))
            sw = [lst[1], lst[0], lst[2]]
            ins = [e] + lst
            for tag, L2 in (("app", app), ("rev", rev), ("sw12", sw), ("ins0", ins), ("drop0", lst[1:] + [e])):
                if first:
                    a = L2[0]
                elif second:
                    a = L2[1]
                else:
                    a = L2[-1]
                out.append((tag, L2, a))
            return out
        big = max(lst) + 7
        small = min(lst) - 3
        for tag, L2 in (("appbig", lst + [big]), ("appsmall", lst + [small]), ("rev", list(reversed(lst))),
                        ("ins0big", [big] + lst), ("edit", [lst[0], lst[1], big])):
            if first:
                a = L2[0]
            elif second:
                a = L2[1]
            elif last:
                a = L2[-1]
            elif hi:
                a = max(L2)
            elif lo:
                a = min(L2)
            out.append((tag, L2, a))
        return out


    r154_LFMT = [
        ("c", lambda lab, xs: "%s: %s" % (lab, ", ".join(xs))),
        ("b", lambda lab, xs: "%s:\n%s" % (lab, "\n".join("- " + x for x in xs))),
        ("n", lambda lab, xs: "%s:\n%s" % (lab, "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(xs)))),
        # ("s", semicolons: dropped to keep the round small)
    ]
    for (r154_m, r154_lab, r154_lst, r154_ans, r154_t) in r154_L:
        for (r154_fk, r154_f) in r154_LFMT:
            ref = "BK-" + str(4000 + r154_n[0])
            r154_nm()
            sch = S({"booking": "string", r154_m: r154_t})
            ins = "Extract the booking reference and the %s as JSON.\n\nText:\n" % r154_m.replace("_", " ")
            bl = [r154_fmt(x) for x in r154_lst]
            bpr = ins + "Booking: %s\n%s\n" % (ref, r154_f(r154_lab, bl))
            bexp = {"booking": ref, r154_m: r154_ans}
            for (vt, L2, a) in r154_variants(r154_m, r154_lst, r154_ans):
                vl = [r154_fmt(x) for x in L2]
                vpr = ins + "Booking: %s\n%s\n" % (ref, r154_f(r154_lab, vl))
                vexp = {"booking": ref, r154_m: a}
                tag = "L-%s-%s-%s" % (r154_m, r154_fk, vt)
                if vexp == bexp:
                    r154_pair(tag, "L", sch, bpr, bexp, vpr, vexp, safe=True)
                else:
                    r154_pair(tag, "L", sch, bpr, bexp, vpr, vexp)
            # safe: unrelated sentence
            r154_pair("L-%s-%s-thx" % (r154_m, r154_fk), "L", sch, bpr, bexp, bpr + "Thank you.\n", bexp, safe=True)
            # single: plausible wrong (first instead of last etc.)
            if r154_fk in ("c", "b"):
                ref2 = "BK-" + str(5000 + r154_n[0])
                r154_nm()
                L2 = [r154_fmt(x) for x in r154_lst]
                pr2 = "Give the booking reference and the %s, as JSON.\n\nBooking: %s\n%s\n" % (
                    r154_m.replace("_", " "), ref2, r154_f(r154_lab, L2))
                # the mistake: another element of the list
                wrongs = [x for x in r154_lst if x != r154_ans]
                if r154_m == "cheapest_item":
                    wrongs = ["Lamp", "Mouse"]
                for wi, w in enumerate(wrongs[:2]):
                    r154_single("L-%s-%s-w%d" % (r154_m, r154_fk, wi), "L", sch, pr2.replace("Give", "Give" + " " * wi),
                                {"booking": ref2, r154_m: r154_ans}, {"booking": ref2, r154_m: w})


    # ------------------------------------------------------------------ N: nights / days from two dates
    # base dates give a value that also stands in the text by chance (the check-in day); the variant moves one date
    r154_MON = ["January", "February", "March", "April", "May", "June"]
    for r154_i, (r154_a, r154_b) in enumerate([(3, 6), (4, 8), (2, 4), (5, 10), (6, 12)]):
        d = r154_b - r154_a  # base: a == d? force: choose base so that nights equals check-in day
        for r154_fm in range(3):
            mon = r154_MON[r154_fm + 2]
            ci = r154_a
            co = ci + ci  # nights == ci: the value stands in the text as the check-in day
            gname = "Ida " + r154_nm()
            for (mem, lab1, lab2, insw) in [("nights", "Check-in", "Check-out", "number of nights"),
                                            ("nights", "Arrival", "Departure", "nights"),
                                            ("days", "Start", "End", "duration in days"),
                                            ("rental_days", "Pick-up", "Return", "rental days")]:
                sch = S({"guest": "string", mem: "integer"})
                ins = "Extract the guest and the %s as JSON.\n\nText:\n" % insw
                def r154_txt(c1, c2, fmt):
                    if fmt == 0:
                        return "Guest: %s\n%s: %d %s 2025\n%s: %d %s 2025\n" % (gname, lab1, c1, mon, lab2, c2, mon)
                    if fmt == 1:
                        return "Guest: %s\n%s: 2025-%02d-%02d\n%s: 2025-%02d-%02d\n" % (
                            gname, lab1, r154_fm + 3, c1, lab2, r154_fm + 3, c2)
                    return "Guest: %s\n%s: %s %d\n%s: %s %d\n" % (gname, lab1, mon, c1, lab2, mon, c2)
                for fmt in range(3):
                    tagb = "N-%d-%d-%s-%s-%d" % (r154_i, r154_fm, mem, lab1[:3], fmt)
                    bpr = ins + r154_txt(ci, co, fmt)
                    bexp = {"guest": gname, mem: ci}
                    for (vt, c1, c2) in (("out+1", ci, co + 1), ("out-1", ci, co - 1), ("in+1", ci + 1, co)):
                        r154_pair(tagb + "-" + vt, "N", sch, bpr, bexp, ins + r154_txt(c1, c2, fmt),
                                  {"guest": gname, mem: c2 - c1})
                    # single: the mistake is the check-out day or the check-in day
                    g2 = "Ola " + r154_nm()
                    pr2 = ins.replace("Extract", "Return") + r154_txt(ci, co + 1, fmt).replace(gname, g2)
                    r154_single(tagb + "-ci", "N", sch, pr2, {"guest": g2, mem: co + 1 - ci}, {"guest": g2, mem: ci})
            break  # one month per pair (kept small)

    # ------------------------------------------------------------------ G: age from a birth date
    for r154_i, (by, bm, bd, asof, age) in enumerate([(1990, 5, 3, "2025-06-01", 35), (1984, 3, 12, "2025-01-01", 40),
                                                      (2001, 11, 30, "2025-11-29", 23), (1975, 7, 7, "2025-07-07", 50)]):
        for fmt in range(3):
            nm = "Siv " + r154_nm()
            if fmt == 0:
                body = "Name: %s\nDate of birth: %d-%02d-%02d\nAs of: %s\n" % (nm, by, bm, bd, asof)
            elif fmt == 1:
                body = "Name: %s\nBorn: %d %s %d\nToday's date: %s\n" % (nm, bd, ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][bm], by, asof)
            else:
                body = "Name: %s\nDOB: %02d/%02d/%d\nRecord date: %s\nMember since: %d\n" % (nm, bd, bm, by, asof, age)
            sch = S({"name": "string", "age": "integer"})
            pr = "Extract the name and the age in years as JSON.\n\nText:\n" + body
            for wi, w in enumerate(sorted({bd, by % 100, asof and int(asof[:4]) - by})):
                if w == age:
                    continue
                r154_single("G-%d-%d-w%d" % (r154_i, fmt, wi), "G", sch, pr + " " * wi, {"name": nm, "age": age},
                            {"name": nm, "age": w})
            if fmt == 2:  # "Member since: <age>" - the right number stands in another field: pair with the date moved
                nm2 = nm
                bpr = pr
                vpr = pr.replace("%d-%02d" % (bm, by) if False else "/%d\n" % by, "/%d\n" % (by - 1))
                r154_pair("G-%d-since" % r154_i, "G", sch, bpr, {"name": nm, "age": age}, vpr,
                          {"name": nm, "age": age + 1})


    # ------------------------------------------------------------------ E: enums mapped from words
    r154_ENUM = ["pending", "shipped", "delivered", "cancelled", "returned"]
    r154_E_base = [
        # (tag, base text lines (after "Order: X"), base answer)
        ("st", ["Status: shipped"], "shipped"),
        ("on", ["Shipped on 3 May."], "shipped"),
        ("lbl", ["Shipped: 3 May"], "shipped"),
        ("pend", ["Status: pending"], "pending"),
    ]
    r154_E_var = [
        # (vtag, added lines, right answer, arguable)
        ("deliv", ["Delivered on 5 May."], "delivered", False),
        ("deliv-lbl", ["Delivered: 5 May"], "delivered", False),
        ("deliv-date", ["Delivery date: 5 May (signed for by the customer)"], "delivered", False),
        ("pod", ["Proof of delivery: signed 5 May"], "delivered", False),
        ("recv", ["Received by customer: 5 May"], "delivered", False),
        ("ret", ["Returned on 9 May."], "returned", False),
        ("ret-lbl", ["Returned: 9 May"], "returned", False),
        ("rma", ["Return received: 9 May (RMA 2231)"], "returned", False),
        ("canc", ["Cancelled on 4 May before dispatch."], "cancelled", True),
        ("canc-lbl", ["Cancelled: 4 May"], "cancelled", True),
        ("track", ["Tracking: Delivered 5 May"], "delivered", False),
        ("carrier", ["Carrier update: delivered"], "delivered", False),
        ("ship-then", ["Then delivered on 5 May."], "delivered", False),
        ("hist", ["History: shipped 3 May, delivered 5 May"], "delivered", False),
    ]
    for (bt, blines, bans) in r154_E_base:
        for (vt, vlines, vans, varg) in r154_E_var:
            if bans == "pending":
                if vt not in ("deliv", "deliv-lbl", "track", "canc", "canc-lbl"):
                    continue
            oid = "ORD-" + str(7000 + r154_n[0])
            r154_nm()
            sch = S({"order": "string", "status": {"type": "string", "enum": r154_ENUM}})
            ins = "Extract the order number and its status as JSON.\n\nText:\n"
            bpr = ins + "Order: %s\n%s\n" % (oid, "\n".join(blines))
            vpr = ins + "Order: %s\n%s\n" % (oid, "\n".join(blines + vlines))
            arg = varg or (bt in ("st", "pend"))  # "Status: shipped" and a later event: which one rules is a reading
            r154_pair("E-%s-%s" % (bt, vt), "E", sch, bpr, {"order": oid, "status": bans}, vpr,
                      {"order": oid, "status": vans}, arg=arg)
            # variant on the same line (prose) - clear
            if bt == "on":
                vpr2 = ins + "Order: %s\nShipped on 3 May; %s\n" % (oid, vlines[0][0].lower() + vlines[0][1:])
                r154_pair("E-%s-%s-same" % (bt, vt), "E", sch, bpr, {"order": oid, "status": bans}, vpr2,
                          {"order": oid, "status": vans}, arg=varg)
            # single: the model keeps "shipped"
            oid2 = "ORD-" + str(8000 + r154_n[0])
            r154_nm()
            pr2 = "Return the order number and its current status as JSON.\n\nOrder: %s\n%s\n" % (
                oid2, "\n".join(blines + vlines))
            r154_single("E-%s-%s" % (bt, vt), "E", sch, pr2, {"order": oid2, "status": vans},
                        {"order": oid2, "status": bans}, arg=arg)
        # safe
        oid = "ORD-" + str(7000 + r154_n[0])
        r154_nm()
        sch = S({"order": "string", "status": {"type": "string", "enum": r154_ENUM}})
        ins = "Extract the order number and its status as JSON.\n\nText:\n"
        bpr = ins + "Order: %s\n%s\n" % (oid, "\n".join(blines))
        for (st, extra) in (("thx", "Thanks for shopping with us."), ("wt", "Weight: 2.5 kg"), ("ws", "")):
            r154_pair("E-%s-%s" % (bt, st), "E", sch, bpr, {"order": oid, "status": bans},
                      bpr + extra + "\n", {"order": oid, "status": bans}, safe=True)
    # words of the status NOT the enum's value: "Status: dispatched" -> shipped; "Status: in transit"
    r154_E_map = [("dispatched", "shipped"), ("in transit", "shipped"), ("out for delivery", "shipped"),
                  ("handed to carrier", "shipped"), ("awaiting payment", "pending"), ("on hold", "pending"),
                  ("received by customer", "delivered"), ("voided", "cancelled"), ("refunded after return", "returned"),
                  ("sent back", "returned")]
    for (w, ans) in r154_E_map:
        oid = "ORD-" + str(9000 + r154_n[0])
        r154_nm()
        sch = S({"order": "string", "status": {"type": "string", "enum": r154_ENUM}})
        pr = "Extract the order number and its status as JSON.\n\nText:\nOrder: %s\nStatus: %s\n" % (oid, w)
        wrong = {"shipped": "pending", "pending": "shipped", "delivered": "shipped", "cancelled": "pending",
                 "returned": "delivered"}[ans]
        r154_single("E-map-%s" % w.replace(" ", "_"), "E", sch, pr, {"order": oid, "status": ans},
                    {"order": oid, "status": wrong})
        # pair: base "Status: shipped" stored; variant the word
        oid3 = "ORD-" + str(9500 + r154_n[0])
        r154_nm()
        bpr = "Extract the order number and its status as JSON.\n\nText:\nOrder: %s\nStatus: shipped\n" % oid3
        if ans != "shipped":
            r154_pair("E-map-%s" % w.replace(" ", "_"), "E", sch, bpr, {"order": oid3, "status": "shipped"},
                      bpr.replace("Status: shipped", "Status: " + w), {"order": oid3, "status": ans})
        r154_pair("E-mapq-%s" % w.replace(" ", "_"), "E", sch, bpr, {"order": oid3, "status": "shipped"},
                  bpr.replace("Status: shipped", "Status: shipped (now %s)" % w), {"order": oid3, "status": ans},
                  safe=(ans == "shipped"))


    # ------------------------------------------------------------------ B: booleans implied by words
    r154_B = [
        # (member, label, base word (true), [(vtag, variant value or extra line, right, arguable)])
        ("active", "Status", "active", [
            ("inact", "Status: inactive", False, False), ("deact", "Status: deactivated", False, False),
            ("canc", "Status: cancelled", False, False), ("susp", "Status: suspended", False, False),
            ("noact", "Status: no longer active", False, False), ("was", "Status: was active until March", False, False),
            ("arrow", "Status: active \u2192 cancelled", False, False), ("pend", "Status: pending activation", False, False),
            ("exp", "Status: expired", False, False), ("closed", "Status: closed", False, False),
            ("+canc", "+Cancelled on: 3 May 2025", False, True), ("+end", "+Ended: 31 January 2025", False, True),
            ("+term", "+Terminated: yes", False, True), ("+close", "+Account closed: 3 May", False, True),
            ("reac", "Status: reactivated", True, False), ("ACT", "Status: ACTIVE", True, False),
        ]),
        ("cancelled", "Status", "cancelled", [
            ("act", "Status: active", False, False), ("uncanc", "Status: cancellation withdrawn", False, False),
            ("reins", "Status: reinstated", False, False), ("req", "Status: cancellation requested", False, True),
            ("+reins", "+Reinstated: 5 May", False, True), ("not", "Status: not cancelled", False, False),
        ]),
        ("shipped", "Status", "shipped", [
            ("pend", "Status: awaiting shipment", False, False), ("not", "Status: not yet shipped", False, False),
            ("sched", "Status: shipping scheduled for 3 May", False, False), ("canc", "Status: cancelled before shipping", False, False),
            ("deliv", "Status: delivered", True, False), ("+recall", "+Shipment recalled: 4 May", False, True),
        ]),
        ("paid", "Invoice status", "paid", [
            ("unpaid", "Invoice status: unpaid", False, False), ("part", "Invoice status: partially paid", False, True),
            ("over", "Invoice status: overdue", False, False), ("void", "Invoice status: void", False, True),
            ("refund", "Invoice status: refunded", False, True), ("+bounce", "+Payment bounced: 4 May", False, True),
            ("prepaid", "Invoice status: prepaid", True, False),
        ]),
        ("married", "Marital status", "married", [
            ("div", "Marital status: divorced", False, False), ("wid", "Marital status: widowed", False, False),
            ("unm", "Marital status: unmarried", False, False), ("sep", "Marital status: separated", True, True),
            ("re", "Marital status: remarried", True, False), ("+div", "+Divorced: 2023", False, True),
        ]),
        ("vaccinated", "Vaccination", "vaccinated", [
            ("un", "Vaccination: unvaccinated", False, False), ("not", "Vaccination: not vaccinated", False, False),
            ("sched", "Vaccination: scheduled for 3 May", False, False), ("ref", "Vaccination: refused", False, False),
            ("part", "Vaccination: partially vaccinated", False, True),
        ]),
        ("available", "Availability", "available", [
            ("un", "Availability: unavailable", False, False), ("not", "Availability: not available", False, False),
            ("sold", "Availability: sold out", False, False), ("back", "Availability: back in stock", True, False),
            ("+sold", "+Sold: 4 May", False, True),
        ]),
    ]
    for (r154_m, r154_lab, r154_w, r154_vs) in r154_B:
        for (vt, vline, right, arg) in r154_vs:
            who = "Ida " + r154_nm()
            sch = S({"name": "string", r154_m: "boolean"})
            ins = "Extract the name and whether %s as JSON.\n\nText:\n" % r154_m
            bpr = ins + "Name: %s\n%s: %s\n" % (who, r154_lab, r154_w)
            if vline.startswith("+"):
                vpr = bpr + vline[1:] + "\n"
            else:
                vpr = ins + "Name: %s\n%s\n" % (who, vline)
            bexp = {"name": who, r154_m: True}
            vexp = {"name": who, r154_m: right}
            tag = "B-%s-%s" % (r154_m, vt)
            if right:
                r154_pair(tag, "B", sch, bpr, bexp, vpr, vexp, safe=True)
                continue
            r154_pair(tag, "B", sch, bpr, bexp, vpr, vexp, arg=arg)
            who2 = "Ola " + r154_nm()
            pr2 = "Return the name and whether %s, as JSON.\n\nName: %s\n%s\n" % (
                r154_m, who2, vline[1:] if vline.startswith("+") else vline)
            if vline.startswith("+"):
                pr2 = pr2.replace("Name: %s\n" % who2, "Name: %s\n%s: %s\n" % (who2, r154_lab, r154_w))
            r154_single(tag, "B", sch, pr2, {"name": who2, r154_m: False}, {"name": who2, r154_m: True}, arg=arg)


    # ------------------------------------------------------------------ T: totals and sums whose base equals one part
    # base: the other part is zero/one, so the total stands in the text as a part; variant changes the other part
    r154_T = [
        # (member, instr word, lines fmt with {a} {b}, base (a, b), base total, variants [(b', total)], mistake for single)
        ("total", "total amount", "Unit price: {a}\nQuantity: {b}", ("12.00", "1"), 12,
         [("3", 36), ("2", 24), ("10", 120)]),
        ("total", "total price", "Price per night: {a}\nNights: {b}", ("100.00", "1"), 100, [("3", 300), ("2", 200)]),
        ("total", "total", "Subtotal: {a}\nShipping: {b}", ("50.00", "0.00"), 50, [("10.00", 60), ("4.90", 54.9)]),
        ("total", "total", "Subtotal: {a}\nDiscount: {b}", ("50.00", "0.00"), 50, [("-5.00", 45), ("-10.00", 40)]),
        ("total", "amount due", "Subtotal: {a}\nTip: {b}", ("80.00", "0.00"), 80, [("8.00", 88)]),
        ("total", "grand total", "Net: {a}\nVAT: {b}", ("200.00", "0.00"), 200, [("50.00", 250)]),
        ("amount_due", "amount due", "Invoice amount: {a}\nAlready paid: {b}", ("300.00", "0.00"), 300,
         [("100.00", 200), ("300.00", 0)]),
        ("guests", "number of guests", "Adults: {a}\nChildren: {b}", ("2", "0"), 2, [("1", 3), ("2", 4)]),
        ("party_size", "party size", "Adults: {a}\nChildren: {b}", ("2", "0"), 2, [("1", 3)]),
        ("total_guests", "total number of guests", "Adults: {a}\nChildren: {b}", ("4", "0"), 4, [("1", 5)]),
        ("passengers", "number of passengers", "Adults: {a}\nInfants: {b}", ("2", "0"), 2, [("1", 3)]),
        ("total_items", "total number of items", "Shirts: {a}\nTrousers: {b}", ("3", "0"), 3, [("2", 5)]),
        ("total_hours", "total hours", "Hours week 1: {a}\nHours week 2: {b}", ("40", "0"), 40, [("12", 52)]),
        ("balance", "closing balance", "Opening balance: {a}\nDeposits: {b}", ("500.00", "0.00"), 500, [("250.00", 750)]),
        ("remaining", "remaining seats", "Capacity: {a}\nBooked: {b}", ("120", "0"), 120, [("30", 90)]),
        ("net_weight", "net weight in kg", "Gross weight: {a} kg\nPackaging: {b} kg", ("12.0", "0.0"), 12, [("1.5", 10.5)]),
        ("age", "age", "Age at enrolment: {a}\nYears since enrolment: {b}", ("30", "0"), 30, [("5", 35)]),
    ]
    for r154_i, (mem, iw, fmt, (a, b), tot, vs) in enumerate(r154_T):
        for style in range(2):
            ref = "REF-" + str(3000 + r154_n[0])
            r154_nm()
            sch = S({"reference": "string", mem: "number" if "." in a else "integer"})
            ins = ("Extract the reference and the %s as JSON.\n\nText:\n" % iw) if style == 0 else (
                "Read the record and give the reference and %s (%s) as JSON.\n\n" % (mem.replace("_", " "), iw))
            bpr = ins + "Reference: %s\n%s\n" % (ref, fmt.format(a=a, b=b))
            bexp = {"reference": ref, mem: tot}
            for (b2, t2) in vs:
                vpr = ins + "Reference: %s\n%s\n" % (ref, fmt.format(a=a, b=b2))
                r154_pair("T-%d-%d-%s" % (r154_i, style, b2), "T", sch, bpr, bexp, vpr, {"reference": ref, mem: t2})
                ref2 = "REF-" + str(3500 + r154_n[0])
                r154_nm()
                pr2 = ins.replace("Extract", "Return").replace("Read", "Please read") + "Reference: %s\n%s\n" % (
                    ref2, fmt.format(a=a, b=b2))
                # the mistake: the first part (a partial value)
                r154_single("T-%d-%d-%s" % (r154_i, style, b2), "T", sch, pr2, {"reference": ref2, mem: t2},
                            {"reference": ref2, mem: float(a) if "." in a else int(a)})
            r154_pair("T-%d-%d-thx" % (r154_i, style), "T", sch, bpr, bexp, bpr + "\nThank you for your order.\n",
                      bexp, safe=True)

    # ------------------------------------------------------------------ C: counts of listed things
    r154_C_list = [["Ana Berg", "Bo Lie", "Cy Holm"], ["Eva Dahl", "Per Moe", "Liv Aas", "Tor Nes"]]
    r154_C_dis = [("Room: {n}", "room"), ("Table: {n}", "table"), ("Rooms booked: {n}", "rooms"),
                  ("Day {n} of the tour", "day"), ("Group: {n}", "group"), ("Floor: {n}", "floor"),
                  ("Adults: {n}", "adults")]
    r154_C_fmt = [("c", lambda xs: "Guests: " + ", ".join(xs)),
                  ("b", lambda xs: "Guests:\n" + "\n".join("- " + x for x in xs)),
                  ("a", lambda xs: "Guests: " + ", ".join(xs[:-1]) + " and " + xs[-1])]
    for li, lst in enumerate(r154_C_list):
        n = len(lst)
        for (dl, dt) in r154_C_dis:
            for (fk, f) in r154_C_fmt:
                ref = "BK-" + str(6000 + r154_n[0])
                r154_nm()
                sch = S({"booking": "string", "guest_count": "integer"})
                ins = "Extract the booking and the number of guests as JSON.\n\nText:\n"
                # pair: base with the distractor equal to the right count; the variant adds a guest
                bpr = ins + "Booking: %s\n%s\n%s\n" % (ref, f(lst), dl.format(n=n))
                L2 = lst + ["Di Moe"]
                vpr = ins + "Booking: %s\n%s\n%s\n" % (ref, f(L2), dl.format(n=n))
                r154_pair("C-%d-%s-%s-add" % (li, dt, fk), "C", sch, bpr, {"booking": ref, "guest_count": n}, vpr,
                          {"booking": ref, "guest_count": n + 1})
                vpr2 = ins + "Booking: %s\n%s\n%s\n" % (ref, f(lst[:-1]), dl.format(n=n))
                r154_pair("C-%d-%s-%s-rm" % (li, dt, fk), "C", sch, bpr, {"booking": ref, "guest_count": n}, vpr2,
                          {"booking": ref, "guest_count": n - 1})
                # single: a count off by one grounded in the distractor
                ref2 = "BK-" + str(6500 + r154_n[0])
                r154_nm()
                pr2 = "How many guests? Give the booking and guest count as JSON.\n\nBooking: %s\n%s\n%s\n" % (
                    ref2, f(lst), dl.format(n=n - 1))
                r154_single("C-%d-%s-%s" % (li, dt, fk), "C", sch, pr2, {"booking": ref2, "guest_count": n},
                            {"booking": ref2, "guest_count": n - 1})
    # a stated count and a list that disagree after an edit (arguable: which one rules?)
    for li, lst in enumerate(r154_C_list):
        n = len(lst)
        for (ck, cl) in (("g", "Guests: {n}"), ("nog", "Number of guests: {n}"), ("par", "Guests ({n}):")):
            for (fk, f) in (("c", lambda xs: "Names: " + ", ".join(xs)), ("b", lambda xs: "\n".join("- " + x for x in xs))):
                ref = "BK-" + str(6800 + r154_n[0])
                r154_nm()
                sch = S({"booking": "string", "guests": "integer"})
                ins = "Extract the booking and the number of guests as JSON.\n\nText:\n"
                bpr = ins + "Booking: %s\n%s\n%s\n" % (ref, cl.format(n=n), f(lst))
                for (vt, L2, arg) in (("add", lst + ["Di Moe"], True), ("rm", lst[:-1], True),
                                       ("strike", lst[:-1] + ["~~%s~~" % lst[-1]], True),
                                       ("canc", lst[:-1] + ["%s (cancelled)" % lst[-1]], True),
                                       ("swap", [lst[1], lst[0]] + lst[2:], False)):
                    vpr = ins + "Booking: %s\n%s\n%s\n" % (ref, cl.format(n=n), f(L2))
                    if vt == "swap":
                        r154_pair("C2-%d-%s-%s-%s" % (li, ck, fk, vt), "C2", sch, bpr, {"booking": ref, "guests": n},
                                  vpr, {"booking": ref, "guests": n}, safe=True)
                    else:
                        r154_pair("C2-%d-%s-%s-%s" % (li, ck, fk, vt), "C2", sch, bpr, {"booking": ref, "guests": n},
                                  vpr, {"booking": ref, "guests": len(L2) - (1 if vt in ("strike", "canc") else 0)},
                                  arg=arg)


    # ------------------------------------------------------------------ A: array members (tags, attendees, line items)
    def r154_arr(item):
        return {"type": "array", "items": dict(item) if isinstance(item, dict) else {"type": item}}


    r154_A = [
        ("tags", "Tags", ["urgent", "billing", "vip"]),
        ("attendees", "Attendees", ["Ana Berg", "Bo Lie", "Cy Holm"]),
    ]
    for (mem, lab, lst) in r154_A:
        for (fk, f) in (("c", lambda lab, xs: "%s: %s" % (lab, ", ".join(xs))),
                        ("b", lambda lab, xs: "%s:\n%s" % (lab, "\n".join("- " + x for x in xs)))):
            ref = "TK-" + str(2000 + r154_n[0])
            r154_nm()
            sch = S({"ticket": "string", mem: r154_arr("string")})
            ins = "Extract the ticket and the %s as JSON.\n\nText:\n" % mem
            bpr = ins + "Ticket: %s\n%s\n" % (ref, f(lab, lst))
            bexp = {"ticket": ref, mem: lst}
            edit = {"vip": "vip-gold", "Cy Holm": "Cy Holmberg"}[lst[-1]]
            for (vt, L2) in (("add", lst + ["legal"] if mem == "tags" else lst + ["Di Moe"]),
                             ("rev", list(reversed(lst))), ("rm", lst[:2]), ("edit", lst[:2] + [edit]),
                             ("dup", lst + [lst[0]])):
                vpr = ins + "Ticket: %s\n%s\n" % (ref, f(lab, L2))
                r154_pair("A-%s-%s-%s" % (mem, fk, vt), "A", sch, bpr, bexp, vpr, {"ticket": ref, mem: L2},
                          arg=(vt in ("rev", "dup")))
            ref2 = "TK-" + str(2500 + r154_n[0])
            r154_nm()
            pr2 = "Return the ticket and all %s as JSON.\n\nTicket: %s\n%s\n" % (mem, ref2, f(lab, lst + ["extra1"]))
            r154_single("A-%s-%s-short" % (mem, fk), "A", sch, pr2, {"ticket": ref2, mem: lst + ["extra1"]},
                        {"ticket": ref2, mem: lst})
    # line items: an array of objects
    r154_LI = r154_arr({"type": "object", "properties": {"item": {"type": "string"}, "qty": {"type": "integer"},
                                                         "price": {"type": "number"}},
                        "required": ["item", "qty", "price"], "additionalProperties": False})
    for k in range(2):
        inv = "INV-" + str(1100 + r154_n[0])
        r154_nm()
        sch = S({"invoice": "string", "lines": r154_LI})
        ins = "Extract the invoice number and its line items as JSON.\n\nText:\n"
        rows = [("Desk lamp", 2, 19.9), ("Cable", 1, 4.5), ("Mouse", 3, 12.0)]
        def r154_rows(rs, k=k):
            if k == 0:
                return "\n".join("- %s, qty %d, %.2f" % r for r in rs)
            return "\n".join("%s | %d | %.2f" % r for r in rs)
        bpr = ins + "Invoice: %s\n%s\n" % (inv, r154_rows(rows))
        tojs = lambda rs: [{"item": a, "qty": b, "price": c} for (a, b, c) in rs]
        bexp = {"invoice": inv, "lines": tojs(rows)}
        for (vt, R2) in (("qtyswap", [("Desk lamp", 1, 19.9), ("Cable", 2, 4.5), ("Mouse", 3, 12.0)]),
                         ("add", rows + [("Plug", 1, 2.1)]), ("rm", rows[:2]),
                         ("qty12", [("Desk lamp", 12, 19.9), ("Cable", 1, 4.5), ("Mouse", 3, 12.0)]),
                         ("priceswap", [("Desk lamp", 2, 4.5), ("Cable", 1, 19.9), ("Mouse", 3, 12.0)])):
            r154_pair("A-li%d-%s" % (k, vt), "A", sch, bpr, bexp, ins + "Invoice: %s\n%s\n" % (inv, r154_rows(R2)),
                      {"invoice": inv, "lines": tojs(R2)})


    # ------------------------------------------------------------------ D: a derived value stated under its own label beside
    # the values it is derived from (dates, line items, a list): the variant moves one source, so the stated value and the
    # sources disagree (arguable: which one rules is a reading) - or it changes a source the value does not depend on (safe)
    r154_D_days = [
        # (member, instr, (l1, l2), lab, fmt of the two dates, base (d1, d2), stated)
        ("days", "number of days", ("Start", "End"), "Days", 7),
        ("days", "duration in days", ("From", "To"), "Duration (days)", 7),
        ("nights", "number of nights", ("Start", "End"), "Nights", 7),
        ("length_days", "length in days", ("Begin", "Finish"), "Length (days)", 7),
        ("days", "number of days", ("Start date", "End date"), "Number of days", 7),
    ]
    for r154_i, (mem, iw, (l1, l2), lab, val) in enumerate(r154_D_days):
        for fmt in range(3):
            trip = "TR-" + str(1500 + r154_n[0])
            r154_nm()
            def r154_dd(d):
                return ["%d May 2025" % d, "2025-05-%02d" % d, "May %d" % d][fmt]
            sch = S({"trip": "string", mem: "integer"})
            ins = "Extract the trip and the %s as JSON.\n\nText:\n" % iw
            def r154_body(d1, d2, v=val, extra=""):
                return ins + "Trip: %s\n%s: %s\n%s: %s\n%s: %d\n%s" % (trip, l1, r154_dd(d1), l2, r154_dd(d2), lab, v, extra)
            bpr = r154_body(3, 10)
            bexp = {"trip": trip, mem: val}
            for (vt, d1, d2) in (("end+2", 3, 12), ("end-2", 3, 8), ("start+1", 4, 10), ("both+1", 4, 11)):
                vexp = {"trip": trip, mem: (d2 - d1)}
                if d2 - d1 == val:
                    r154_pair("D-%d-%d-%s" % (r154_i, fmt, vt), "D", sch, bpr, bexp, r154_body(d1, d2), vexp, safe=True)
                else:
                    r154_pair("D-%d-%d-%s" % (r154_i, fmt, vt), "D", sch, bpr, bexp, r154_body(d1, d2), vexp, arg=True)
            r154_pair("D-%d-%d-thx" % (r154_i, fmt), "D", sch, bpr, bexp, r154_body(3, 10, extra="Have a nice trip.\n"),
                      bexp, safe=True)
            # single: dates that disagree with the stated value; the model copies the stated value
            trip2 = "TR-" + str(1800 + r154_n[0])
            r154_nm()
            pr2 = r154_body(3, 12).replace(trip, trip2).replace("Extract", "Return")
            r154_single("D-%d-%d" % (r154_i, fmt), "D", sch, pr2, {"trip": trip2, mem: 9}, {"trip": trip2, mem: val}, arg=True)

    r154_D_tot = [
        ("total", "Total", [("Lamp", "20.00"), ("Cable", "40.00")], 60),
        ("total", "Total", [("Lamp", "20.00"), ("Cable", "25.00"), ("Mouse", "15.00")], 60),
        ("total_amount", "Total amount", [("Room", "300.00"), ("Breakfast", "45.00")], 345),
        ("item_count", "Item count", [("Lamp", "1"), ("Cable", "1"), ("Mouse", "1")], 3),
    ]
    for r154_i, (mem, lab, items, tot) in enumerate(r154_D_tot):
        for fmt in range(3):
            inv = "INV-" + str(4400 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "number" if "." in items[0][1] else "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % lab.lower()
            def r154_items(its):
                if fmt == 0:
                    return "Items: " + ", ".join("%s %s" % it for it in its) + "\n"
                if fmt == 1:
                    return "Items:\n" + "".join("- %s: %s\n" % it for it in its)
                return "".join("%s: %s\n" % it for it in its)
            def r154_inv(its, t=tot, before=False):
                if before:
                    return ins + "Invoice: %s\n%s%s: %s\n" % (inv, r154_items(its), lab, ("%.2f" % t) if mem != "item_count" else t)
                return ins + "Invoice: %s\n%s: %s\n%s" % (inv, lab, ("%.2f" % t) if mem != "item_count" else t, r154_items(its))
            for before in (False, True):
                bpr = r154_inv(items, before=before)
                bexp = {"invoice": inv, mem: tot}
                add = items + [("Plug", "5.00" if mem != "item_count" else "1")]
                edit = items[:-1] + [(items[-1][0], "55.00" if mem != "item_count" else "2")]
                rm = items[:-1]
                reord = list(reversed(items))
                bt = "a" if before else "b"
                for (vt, its) in (("add", add), ("edit", edit), ("rm", rm)):
                    right = sum(float(x[1]) for x in its)
                    r154_pair("DT-%d-%d-%s-%s" % (r154_i, fmt, bt, vt), "DT", sch, bpr, bexp, r154_inv(its, before=before),
                              {"invoice": inv, mem: right}, arg=True)
                r154_pair("DT-%d-%d-%s-reord" % (r154_i, fmt, bt), "DT", sch, bpr, bexp, r154_inv(reord, before=before),
                          bexp, safe=True)
            inv2 = "INV-" + str(4800 + r154_n[0])
            r154_nm()
            pr2 = r154_inv(items + [("Plug", "5.00" if mem != "item_count" else "1")]).replace(inv, inv2).replace(
                "Extract", "Return")
            r154_single("DT-%d-%d" % (r154_i, fmt), "DT", sch, pr2, {"invoice": inv2, mem: tot + (5 if mem != "item_count" else 1)}, {"invoice": inv2, mem: tot},
                        arg=True)


    # ------------------------------------------------------------------ B2: a stored plain truth, then a field of no member
    # whose words imply the opposite (dates of an end, states in other words)
    r154_B2 = [
        ("active", "Active", [("canc-on", "Cancelled on: 3 May 2025", False), ("deact", "Deactivated: 2025-03-01", False),
                              ("term", "Terminated: 3 May 2025", False), ("closed", "Closed: 3 May 2025", False),
                              ("ended", "Membership ended: March 2025", False), ("left", "Left the club: 2024", False),
                              ("exp", "Expired: 31 January 2025", False), ("valid", "Valid until: 31 January 2024", None),
                              ("lastact", "Last active: 2023", None), ("resign", "Resigned: 2025-02-28", False),
                              ("since", "Member since: 2019", True), ("renew", "Renewed: 3 May 2025", True)]),
        ("employed", "Employed", [("quit", "Quit: 3 May 2025", False), ("fired", "Dismissed: 2025-03-01", False),
                                  ("last", "Last working day: 28 February 2025", False), ("hired", "Hired: 2019", True)]),
        ("open", "Open", [("closed", "Closed on: 3 May 2025", False), ("shut", "Shut down: 2024", False),
                          ("opened", "Opened: 2020", True)]),
        ("in_stock", "In stock", [("sold", "Sold out on: 3 May", False), ("last", "Last unit sold: 3 May", False),
                                  ("restock", "Restocked: 3 May", True)]),
    ]
    for (mem, lab, vs) in r154_B2:
        for (vt, line, right) in vs:
            for pos in ("after", "before"):
                who = ("Trail Boot " if mem == "in_stock" else "Ida ") + r154_nm()
                nk = "product" if mem == "in_stock" else "name"
                sch = S({nk: "string", mem: "boolean"})
                ins = "Extract the %s and whether %s as JSON.\n\nText:\n" % (nk, mem.replace("_", " "))
                bpr = ins + "%s: %s\n%s: yes\n" % (nk.capitalize(), who, lab)
                vpr = (bpr + line + "\n") if pos == "after" else (ins + "%s: %s\n%s\n%s: yes\n" % (nk.capitalize(), who, line, lab))
                bexp = {nk: who, mem: True}
                tag = "B2-%s-%s-%s" % (mem, vt, pos)
                if right is True:
                    r154_pair(tag, "B2", sch, bpr, bexp, vpr, bexp, safe=True)
                    continue
                r154_pair(tag, "B2", sch, bpr, bexp, vpr, {nk: who, mem: False}, arg=(right is None))
                if pos == "after":
                    who2 = ("Trail Boot " if mem == "in_stock" else "Ola ") + r154_nm()
                    pr2 = "Return the %s and whether %s, as JSON.\n\n%s: %s\n%s: yes\n%s\n" % (
                        nk, mem.replace("_", " "), nk.capitalize(), who2, lab, line)
                    r154_single(tag, "B2", sch, pr2, {nk: who2, mem: False}, {nk: who2, mem: True}, arg=(right is None))

    # ------------------------------------------------------------------ C3: a stored plain count, then a collection line
    r154_C3 = [
        ("plus1", "Plus one: Di Moe", 4, False), ("walkin", "Walk-in: Di Moe", 4, False),
        ("joined", "Joined on arrival: Di Moe", 4, False), ("alsob", "Also booked: Di Moe", 4, False),
        ("p1", "+1: Di Moe", 4, False), ("infant", "Infant on lap: Eli Moe", 4, True),
        ("list4", "Guest list: Ana Berg, Bo Lie, Cy Holm, Di Moe", 4, True),
        ("bul4", "Guest list:\n- Ana Berg\n- Bo Lie\n- Cy Holm\n- Di Moe", 4, True),
        ("rooms", "Room 1: Ana Berg, Bo Lie\nRoom 2: Cy Holm, Di Moe", 4, True),
        ("noshow", "No-show: Cy Holm", 2, False), ("withdrew", "Withdrew: Cy Holm", 2, False),
        ("sick", "Called in sick: Cy Holm", 2, True), ("refund", "Refunded ticket: Cy Holm", 2, False),
        ("namechg", "Name change: Cy Holm \u2192 Di Moe", 3, None), ("subst", "Substitute for Cy Holm: Di Moe", 3, None),
        ("list3", "Guest list: Ana Berg, Bo Lie, Cy Holm", 3, None),
    ]
    for (vt, line, right, arg) in r154_C3:
        for (mem, lab) in (("guests", "Guests"), ("number_of_guests", "Number of guests"), ("attendees", "Attendees")):
            ref = "EV-" + str(5100 + r154_n[0])
            r154_nm()
            sch = S({"event": "string", mem: "integer"})
            ins = "Extract the event and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            bpr = ins + "Event: %s\n%s: 3\n" % (ref, lab)
            vpr = bpr + line + "\n"
            bexp = {"event": ref, mem: 3}
            tag = "C3-%s-%s" % (mem, vt)
            if arg is None:
                r154_pair(tag, "C3", sch, bpr, bexp, vpr, bexp, safe=True)
                continue
            r154_pair(tag, "C3", sch, bpr, bexp, vpr, {"event": ref, mem: right}, arg=arg)
            ref2 = "EV-" + str(5600 + r154_n[0])
            r154_nm()
            pr2 = "Return the event and the %s, as JSON.\n\nEvent: %s\n%s: 3\n%s\n" % (mem.replace("_", " "), ref2, lab, line)
            r154_single(tag, "C3", sch, pr2, {"event": ref2, mem: right}, {"event": ref2, mem: 3}, arg=arg)


    # ------------------------------------------------------------------ K: a stated count beside a list of codes / numbers
    r154_K = [
        ("tickets", "Tickets", "Seats", ["14A", "14B", "14C"], "14D"),
        ("rooms", "Rooms", "Room numbers", ["101", "102", "103"], "104"),
        ("parcels", "Parcels", "Tracking", ["JJD01", "JJD02", "JJD03"], "JJD04"),
        ("item_count", "Item count", "SKUs", ["TB-1", "TB-2", "TB-3"], "TB-4"),
        ("badges", "Badges", "Badge numbers", ["B-11", "B-12", "B-13"], "B-14"),
        ("devices", "Devices", "Serials", ["SN100", "SN200", "SN300"], "SN400"),
        ("item_count", "Item count", "Items", ["Lamp x1", "Cable x1", "Mouse x1"], "Plug x1"),
        ("item_count", "Item count", "Items", ["Lamp 1", "Cable 1", "Mouse 1"], "Plug 1"),
        ("guests", "Guests", "Ages", ["34", "36", "8"], "5"),
    ]
    for r154_i, (mem, lab, llab, lst, extra) in enumerate(r154_K):
        for fk in ("c", "b", "s", "cR"):
            hdr, hk = ("Reference", "reference") if fk == "cR" else ("Invoice", "invoice")
            ref = ("R-" if fk == "cR" else "INV-") + str(7700 + r154_n[0])
            r154_nm()
            sch = S({hk: "string", mem: "integer"})
            ins = "Extract the %s and the %s as JSON.\n\nText:\n" % ("reference" if fk == "cR" else "invoice number",
                                                                     mem.replace("_", " "))
            def r154_l(xs):
                if fk in ("c", "cR"):
                    return "%s: %s\n" % (llab, ", ".join(xs))
                if fk == "s":
                    return "%s: %s\n" % (llab, " / ".join(xs))
                return "%s:\n%s" % (llab, "".join("- %s\n" % x for x in xs))
            bpr = ins + "%s: %s\n%s: 3\n%s" % (hdr, ref, lab, r154_l(lst))
            bexp = {hk: ref, mem: 3}
            for (vt, xs, addl, right, arg) in (
                    ("add", lst + [extra], "", 4, True), ("rm", lst[:2], "", 2, True),
                    ("addline", lst, "Added: %s\n" % extra, 4, False), ("late", lst, "Added later: %s\n" % extra, 4, False),
                    ("canc", lst, "Cancelled: %s\n" % lst[-1], 2, False), ("void", lst, "Voided: %s\n" % lst[-1], 2, False),
                    ("edit", lst[:2] + [extra], "", 3, None), ("reord", list(reversed(lst)), "", 3, None)):
                vpr = ins + "%s: %s\n%s: 3\n%s%s" % (hdr, ref, lab, r154_l(xs), addl)
                tag = "K-%d-%s-%s" % (r154_i, fk, vt)
                if arg is None:
                    r154_pair(tag, "K", sch, bpr, bexp, vpr, bexp, safe=True)
                    continue
                r154_pair(tag, "K", sch, bpr, bexp, vpr, {hk: ref, mem: right}, arg=arg)
                if vt in ("add", "addline", "canc"):
                    ref2 = ("R-" if fk == "cR" else "INV-") + str(7900 + r154_n[0])
                    r154_nm()
                    pr2 = "Return the %s and the %s, as JSON.\n\n%s: %s\n%s: 3\n%s%s" % (
                        hk, mem.replace("_", " "), hdr, ref2, lab, r154_l(xs), addl)
                    r154_single(tag, "K", sch, pr2, {hk: ref2, mem: right}, {hk: ref2, mem: 3}, arg=arg)


    # ------------------------------------------------------------------ LG: the last / first entry of a log
    r154_LOG = [("2025-05-01", "received"), ("2025-05-03", "packed"), ("2025-05-05", "shipped")]
    for fk in ("dash", "colon", "pipe"):
        for (mem, pick) in (("last_action", -1), ("latest_action", -1), ("first_action", 0), ("second_action", 1)):
            tk = "TK-" + str(3300 + r154_n[0])
            r154_nm()
            sch = S({"ticket": "string", mem: "string"})
            ins = "Extract the ticket and the %s in the log as JSON.\n\nText:\n" % mem.replace("_", " ")
            def r154_log(rows):
                sep = {"dash": " - ", "colon": ": ", "pipe": " | "}[fk]
                return "Ticket: %s\nLog:\n%s" % (tk, "".join("%s%s%s\n" % (d, sep, a) for d, a in rows))
            bpr = ins + r154_log(r154_LOG)
            bexp = {"ticket": tk, mem: r154_LOG[pick][1]}
            for (vt, rows) in (("app", r154_LOG + [("2025-05-07", "delivered")]),
                               ("pre", [("2025-04-29", "created")] + r154_LOG),
                               ("rev", list(reversed(r154_LOG))), ("drop", r154_LOG[:2])):
                right = rows[pick][1]
                if vt == "rev":
                    right = 999 if pick != 1 else "packed"  # newest-first: "last" is a reading
                vexp = {"ticket": tk, mem: right}
                if right == bexp[mem]:
                    r154_pair("LG-%s-%s-%s" % (fk, mem, vt), "LG", sch, bpr, bexp, ins + r154_log(rows), vexp, safe=True)
                else:
                    r154_pair("LG-%s-%s-%s" % (fk, mem, vt), "LG", sch, bpr, bexp, ins + r154_log(rows), vexp,
                              arg=(right == 999))
            tk2 = "TK-" + str(3600 + r154_n[0])
            r154_nm()
            pr2 = (ins.replace("Extract", "Return") + r154_log(r154_LOG + [("2025-05-07", "delivered")])).replace(tk, tk2)
            wrong = r154_LOG[-1][1] if pick == -1 else r154_LOG[pick + 1][1]
            right = (r154_LOG + [("2025-05-07", "delivered")])[pick][1]
            r154_single("LG-%s-%s" % (fk, mem), "LG", sch, pr2, {"ticket": tk2, mem: right}, {"ticket": tk2, mem: wrong})


    # ------------------------------------------------------------------ X: a stored count (stored shapes: "Days: 7" beside the
    # dates, "Tickets: 3" beside seats, "Item count: 3" beside items) and a field of no member that changes it
    r154_X = [
        # (member, header, base lines, [(vtag, added line, right, arguable)])
        ("days", "Trip", "Start: 3 May 2025\nEnd: 10 May 2025\nDays: 7\n", 7, [
            ("extra", "Extra days: 2", 9, False), ("added", "Days added: 2", 9, False), ("ext", "Extended by: 2 days", 9, False),
            ("cut", "Cut short by: 2 days", 5, False), ("refd", "Days refunded: 2", 5, True), ("plus", "Plus: 2 days", 9, True),
            ("newend", "New end date: 12 May 2025", 9, False), ("movedend", "End moved to: 12 May 2025", 9, False),
            ("early", "Returned early on: 8 May 2025", 5, False), ("sick", "Sick days: 2", 7, None)]),
        ("tickets", "Invoice", "Tickets: 3\nSeats: 14A, 14B, 14C\n", 3, [
            ("extra", "Extra tickets: 1", 4, False), ("added", "Tickets added: 1", 4, False),
            ("refunded", "Refunded seat: 14C", 2, False), ("refund1", "Tickets refunded: 1", 2, False),
            ("upg", "Upgraded seat: 14C", 3, None), ("newseat", "Additional seat: 14D", 4, False),
            ("child", "Lap child: 1 (no seat)", 3, True)]),
        ("item_count", "Invoice", "Item count: 3\nItems: Lamp 1, Cable 1, Mouse 1\n", 3, [
            ("extra", "Extra item: Plug 1", 4, False), ("returned", "Returned item: Mouse 1", 2, True),
            ("backord", "Backordered: Plug 1", 4, True), ("free", "Free gift: Plug 1", 4, True),
            ("removed", "Removed: Mouse 1", 2, False), ("wrap", "Gift wrap: yes", 3, None)]),
    ]
    for (mem, hdr, body, val, vs) in r154_X:
        for (vt, line, right, arg) in vs:
            for pos in ("end", "mid"):
                ref = hdr[:3].upper() + "-" + str(8800 + r154_n[0])
                r154_nm()
                hk = hdr.lower()
                sch = S({hk: "string", mem: "integer"})
                ins = "Extract the %s and the %s as JSON.\n\nText:\n" % (hk if hdr != "Invoice" else "invoice number",
                                                                       mem.replace("_", " "))
                bpr = ins + "%s: %s\n%s" % (hdr, ref, body)
                if pos == "end":
                    vpr = bpr + line + "\n"
                else:
                    bl = body.rstrip("\n").split("\n")
                    vpr = ins + "%s: %s\n%s\n%s\n" % (hdr, ref, line, "\n".join(bl))
                bexp = {hk: ref, mem: val}
                tag = "X-%s-%s-%s" % (mem, vt, pos)
                if arg is None:
                    r154_pair(tag, "X", sch, bpr, bexp, vpr, bexp, safe=True)
                    continue
                r154_pair(tag, "X", sch, bpr, bexp, vpr, {hk: ref, mem: right}, arg=arg)
                if pos == "end":
                    ref2 = hdr[:3].upper() + "-" + str(9300 + r154_n[0])
                    r154_nm()
                    pr2 = "Return the %s and the %s, as JSON.\n\n%s: %s\n%s%s\n" % (
                        hk, mem.replace("_", " "), hdr, ref2, body, line)
                    r154_single(tag, "X", sch, pr2, {hk: ref2, mem: right}, {hk: ref2, mem: val}, arg=arg)


    # ------------------------------------------------------------------ H: the extent of the stated count beside a list that
    # disagrees (K-7 / DT-3 served the stored count): label forms x element forms x separators; add and remove one element
    r154_H_lab = [("item_count", "Item count"), ("items", "Items"), ("number_of_items", "Number of items"),
                  ("line_count", "Line count"), ("parcels", "Parcels"), ("tickets", "Tickets")]
    r154_H_el = [("n1", ["Lamp 1", "Cable 1", "Mouse 1"], "Plug 1"), ("x1", ["Lamp x1", "Cable x1", "Mouse x1"], "Plug x1"),
                 ("p1", ["Lamp (1)", "Cable (1)", "Mouse (1)"], "Plug (1)"), ("1n", ["1 Lamp", "1 Cable", "1 Mouse"], "1 Plug"),
                 ("sn", ["SN100", "SN200", "SN300"], "SN400"), ("pr", ["Lamp 19.90", "Cable 4.50", "Mouse 12.00"], "Plug 2.10"),
                 ("nm", ["Lamp", "Cable", "Mouse"], "Plug")]
    for (mem, lab) in r154_H_lab:
        for (ek, els, extra) in r154_H_el:
            for sep in (", ", "; "):
                ref = "INV-" + str(9900 + r154_n[0])
                r154_nm()
                sch = S({"invoice": "string", mem: "integer"})
                ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
                llab = "Contents" if mem == "items" else "Items"
                bpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, llab, sep.join(els))
                bexp = {"invoice": ref, mem: 3}
                for (vt, xs, right) in (("add", els + [extra], 4), ("rm", els[:2], 2)):
                    vpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, llab, sep.join(xs))
                    r154_pair("H-%s-%s-%s-%s" % (mem, ek, "c" if sep == ", " else "s", vt), "H", sch, bpr, bexp, vpr,
                              {"invoice": ref, mem: right}, arg=True)


    # ------------------------------------------------------------------ CN: "<thing> count: 3" beside a list of that thing
    r154_CN = [
        ("guest_count", "Guest count", "Guests", ["Ana Berg (34)", "Bo Lie (36)", "Cy Holm (8)"], "Di Moe (5)"),
        ("seat_count", "Seat count", "Seats", ["14A", "14B", "14C"], "14D"),
        ("room_count", "Room count", "Rooms", ["101", "102", "103"], "104"),
        ("tag_count", "Tag count", "Tags", ["v1", "v2", "v3"], "v4"),
        ("passenger_count", "Passenger count", "Passengers", ["Ana Berg 12A", "Bo Lie 12B", "Cy Holm 12C"], "Di Moe 12D"),
        ("parcel_count", "Parcel count", "Parcels", ["JJD01", "JJD02", "JJD03"], "JJD04"),
        ("line_count", "Line count", "Lines", ["Lamp 1", "Cable 1", "Mouse 1"], "Plug 1"),
        ("attendee_count", "Attendee count", "Attendees", ["Ana Berg, room 4", "Bo Lie, room 5", "Cy Holm, room 6"], None),
        ("item_count", "Item count", "Items", ["Lamp 1", "Cable 1", "Mouse 1"], "Plug 1"),
        ("item_count", "Item count", "Articles", ["Lamp 1", "Cable 1", "Mouse 1"], "Plug 1"),
        ("item_count", "Item count", "Items", ["A-100", "B-200", "C-300"], "D-400"),
        ("item_count", "Item count", "Items", ["Lamp 19.90 EUR", "Cable 4.50 EUR", "Mouse 12.00 EUR"], "Plug 2.10 EUR"),
    ]
    for r154_i, (mem, lab, llab, els, extra) in enumerate(r154_CN):
        if extra is None:
            continue
        for hdr in ("Invoice", "Booking"):
            ref = hdr[:3].upper() + "-" + str(12000 + r154_n[0])
            r154_nm()
            hk = "invoice" if hdr == "Invoice" else "booking"
            sch = S({hk: "string", mem: "integer"})
            ins = "Extract the %s and the %s as JSON.\n\nText:\n" % ("invoice number" if hdr == "Invoice" else "booking",
                                                                 mem.replace("_", " "))
            bpr = ins + "%s: %s\n%s: 3\n%s: %s\n" % (hdr, ref, lab, llab, ", ".join(els))
            bexp = {hk: ref, mem: 3}
            for (vt, xs, right) in (("add", els + [extra], 4), ("rm", els[:2], 2), ("add2", els + [extra, extra.replace("4", "5").replace("D", "E")], 5)):
                vpr = ins + "%s: %s\n%s: 3\n%s: %s\n" % (hdr, ref, lab, llab, ", ".join(xs))
                r154_pair("CN-%d-%s-%s" % (r154_i, hdr[:3], vt), "CN", sch, bpr, bexp, vpr, {hk: ref, mem: right}, arg=True)
            r154_pair("CN-%d-%s-reord" % (r154_i, hdr[:3]), "CN", sch, bpr, bexp,
                      ins + "%s: %s\n%s: 3\n%s: %s\n" % (hdr, ref, lab, llab, ", ".join(reversed(els))), bexp, safe=True)
            ref2 = hdr[:3].upper() + "-" + str(12500 + r154_n[0])
            r154_nm()
            pr2 = "Return the %s and the %s, as JSON.\n\n%s: %s\n%s: 3\n%s: %s\n" % (
                hk, mem.replace("_", " "), hdr, ref2, lab, llab, ", ".join(els + [extra]))
            r154_single("CN-%d-%s" % (r154_i, hdr[:3]), "CN", sch, pr2, {hk: ref2, mem: 4}, {hk: ref2, mem: 3}, arg=True)
    # the list's own label says it is newer than the count (arguable, but the list is the later statement)
    for r154_i, (mem, lab, llab, els, extra) in enumerate(r154_CN):
        if extra is None:
            continue
        for (ut, ulab) in (("upd", "%s (updated 5 May)"), ("final", "Final %s"), ("now", "%s now")):
            ref = "INV-" + str(13000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            bpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, llab, ", ".join(els))
            l2 = ulab % (llab if ut != "final" else llab.lower())
            vpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, l2, ", ".join(els + [extra]))
            r154_pair("CN-%d-%s" % (r154_i, ut), "CN", sch, bpr, {"invoice": ref, mem: 3}, vpr, {"invoice": ref, mem: 4},
                      arg=True)
    # an element of the list marked off on its own line's item (arguable: the count line still says 3)
    for r154_i, (mem, lab, llab, els, extra) in enumerate(r154_CN):
        if extra is None:
            continue
        for (qt, q) in (("canc", "cancelled"), ("ref", "refunded"), ("rem", "removed")):
            ref = "INV-" + str(14000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            bpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, llab, ", ".join(els))
            vpr = ins + "Invoice: %s\n%s: 3\n%s: %s\n" % (ref, lab, llab, ", ".join(els[:2] + ["%s (%s)" % (els[2], q)]))
            r154_pair("CN-%d-q%s" % (r154_i, qt), "CN", sch, bpr, {"invoice": ref, mem: 3}, vpr, {"invoice": ref, mem: 2},
                      arg=True)


    # ------------------------------------------------------------------ CF: the CN shape in other list forms and count labels
    r154_CF_lab = [("guest_count", "Guest count", "Guests"), ("guests", "Guests", "Guest list"),
                   ("number_of_guests", "Number of guests", "Guests"), ("guest_count", "Count of guests", "Guests"),
                   ("guest_count", "Guests (count)", "Names"), ("seat_count", "Seats booked", "Seat numbers"),
                   ("seat_count", "No. of seats", "Seats")]
    r154_CF_el = {"guest": (["Ana Berg (34)", "Bo Lie (36)", "Cy Holm (8)"], "Di Moe (5)"),
                  "seat": (["14A", "14B", "14C"], "14D")}
    r154_CF_fmt = [("b", lambda lab, xs: "%s:\n%s" % (lab, "".join("- %s\n" % x for x in xs))),
                   ("n", lambda lab, xs: "%s:\n%s" % (lab, "".join("%d. %s\n" % (i + 1, x) for i, x in enumerate(xs)))),
                   ("s", lambda lab, xs: "%s: %s\n" % (lab, "; ".join(xs))),
                   ("c", lambda lab, xs: "%s: %s\n" % (lab, ", ".join(xs))),
                   ("l", lambda lab, xs: "".join("%s %d: %s\n" % (lab.rstrip("s"), i + 1, x) for i, x in enumerate(xs)))]
    for (mem, clab, llab) in r154_CF_lab:
        els, extra = r154_CF_el["seat" if "seat" in mem else "guest"]
        for (fk, f) in r154_CF_fmt:
            ref = "INV-" + str(15000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            bpr = ins + "Invoice: %s\n%s: 3\n%s" % (ref, clab, f(llab, els))
            for (vt, xs, right) in (("add", els + [extra], 4), ("rm", els[:2], 2)):
                vpr = ins + "Invoice: %s\n%s: 3\n%s" % (ref, clab, f(llab, xs))
                r154_pair("CF-%s-%s-%s-%s" % (mem, clab.replace(" ", "").replace(".", "").replace("(", "").replace(")", ""),
                                             fk, vt), "CF", sch, bpr, {"invoice": ref, mem: 3}, vpr,
                          {"invoice": ref, mem: right}, arg=True)


    # ------------------------------------------------------------------ CQ: the count's label narrowed to a subset while the
    # list (with digits) gains the rest: the list is the only full statement (clear: 4 guests, 3 of them adults)
    r154_CQ = [("adults", "Guest count (adults): 3"), ("adult", "Adult guest count: 3"), ("paying", "Guest count (paying): 3"),
               ("excl", "Guest count excl. children: 3"), ("adultsonly", "Guest count, adults only: 3"),
               ("over12", "Guest count over 12: 3"), ("adultsword", "Adults: 3")]
    for (qt, qline) in r154_CQ:
        for sep in (", ", "; "):
            ref = "INV-" + str(16000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", "guest_count": "integer"})
            ins = "Extract the invoice number and the guest count as JSON.\n\nText:\n"
            els = ["Ana Berg (34)", "Bo Lie (36)", "Cy Holm (41)"]
            bpr = ins + "Invoice: %s\nGuest count: 3\nGuests: %s\n" % (ref, sep.join(els))
            vpr = ins + "Invoice: %s\n%s\nGuests: %s\n" % (ref, qline, sep.join(els + ["Di Moe (5)"]))
            r154_pair("CQ-%s-%s" % (qt, "c" if sep == ", " else "s"), "CQ", sch, bpr, {"invoice": ref, "guest_count": 3},
                      vpr, {"invoice": ref, "guest_count": 4})
            ref2 = "INV-" + str(16500 + r154_n[0])
            r154_nm()
            pr2 = "Return the invoice number and the guest count, as JSON.\n\nInvoice: %s\n%s\nGuests: %s\n" % (
                ref2, qline, sep.join(els + ["Di Moe (5)"]))
            r154_single("CQ-%s-%s" % (qt, "c" if sep == ", " else "s"), "CQ", sch, pr2, {"invoice": ref2, "guest_count": 4},
                        {"invoice": ref2, "guest_count": 3})


    # ------------------------------------------------------------------ CP: the CN shape with the count after the list, or the
    # list in brackets on the count's own line
    for r154_i, (mem, lab, llab, els, extra) in enumerate(r154_CN):
        if extra is None:
            continue
        for pk in ("after", "inline", "dash"):
            ref = "INV-" + str(17000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            def r154_cp(xs):
                if pk == "after":
                    return "Invoice: %s\n%s: %s\n%s: 3\n" % (ref, llab, ", ".join(xs), lab)
                if pk == "inline":
                    return "Invoice: %s\n%s: 3 (%s)\n" % (ref, lab, ", ".join(xs))
                return "Invoice: %s\n%s: 3 \u2013 %s\n" % (ref, lab, ", ".join(xs))
            bpr = ins + r154_cp(els)
            for (vt, xs, right) in (("add", els + [extra], 4), ("rm", els[:2], 2)):
                r154_pair("CP-%d-%s-%s" % (r154_i, pk, vt), "CP", sch, bpr, {"invoice": ref, mem: 3}, ins + r154_cp(xs),
                          {"invoice": ref, mem: right}, arg=True)


    # ------------------------------------------------------------------ CH: the count in the list's own label ("Seats (3): ...")
    for r154_i, (mem, lab, llab, els, extra) in enumerate(r154_CN):
        if extra is None:
            continue
        for (hk, hf) in (("par", "%s (3): %s\n"), ("brk", "%s [3]: %s\n"), ("x", "3 %s: %s\n")):
            ref = "INV-" + str(18000 + r154_n[0])
            r154_nm()
            sch = S({"invoice": "string", mem: "integer"})
            ins = "Extract the invoice number and the %s as JSON.\n\nText:\n" % mem.replace("_", " ")
            ll = llab.lower() if hk == "x" else llab
            bpr = ins + "Invoice: %s\n" % ref + hf % (ll, ", ".join(els))
            for (vt, xs, right) in (("add", els + [extra], 4), ("rm", els[:2], 2)):
                r154_pair("CH-%d-%s-%s" % (r154_i, hk, vt), "CH", sch, bpr, {"invoice": ref, mem: 3},
                          ins + "Invoice: %s\n" % ref + hf % (ll, ", ".join(xs)), {"invoice": ref, mem: right}, arg=True)


r154_build()


# Trimmed for ctest (probe_kit.sample_round), stop 36: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 2-th safe probe and every 8-th of the rest.
from probe_kit import sample_round as r154_sample_round  # noqa: E402
r154_found_alone = {
    'd154-b-CF-guest_count-Countofguests-c-add', 'd154-b-CF-guest_count-Countofguests-c-rm',
    'd154-b-CF-guest_count-Countofguests-s-add', 'd154-b-CF-guest_count-Countofguests-s-rm',
    'd154-b-CF-guest_count-Guestcount-c-add', 'd154-b-CF-guest_count-Guestcount-c-rm',
    'd154-b-CF-guest_count-Guestcount-s-add', 'd154-b-CF-guest_count-Guestcount-s-rm', 'd154-b-CN-0-Boo-add',
    'd154-b-CN-0-Boo-add2', 'd154-b-CN-0-Boo-rm', 'd154-b-CN-0-Inv-add', 'd154-b-CN-0-Inv-add2',
    'd154-b-CN-0-Inv-rm', 'd154-b-CN-1-Boo-add', 'd154-b-CN-1-Boo-add2', 'd154-b-CN-1-Boo-rm',
    'd154-b-CN-1-Inv-add', 'd154-b-CN-1-Inv-add2', 'd154-b-CN-1-Inv-rm', 'd154-b-CN-10-Boo-add',
    'd154-b-CN-10-Boo-add2', 'd154-b-CN-10-Boo-rm', 'd154-b-CN-10-Inv-add', 'd154-b-CN-10-Inv-add2',
    'd154-b-CN-10-Inv-rm', 'd154-b-CN-11-Boo-add', 'd154-b-CN-11-Boo-add2', 'd154-b-CN-11-Boo-rm',
    'd154-b-CN-11-Inv-add', 'd154-b-CN-11-Inv-add2', 'd154-b-CN-11-Inv-rm', 'd154-b-CN-2-Boo-add',
    'd154-b-CN-2-Boo-add2', 'd154-b-CN-2-Boo-rm', 'd154-b-CN-2-Inv-add', 'd154-b-CN-2-Inv-add2',
    'd154-b-CN-2-Inv-rm', 'd154-b-CN-3-Boo-add', 'd154-b-CN-3-Boo-add2', 'd154-b-CN-3-Boo-rm',
    'd154-b-CN-3-Inv-add', 'd154-b-CN-3-Inv-add2', 'd154-b-CN-3-Inv-rm', 'd154-b-CN-4-Boo-add',
    'd154-b-CN-4-Boo-add2', 'd154-b-CN-4-Boo-rm', 'd154-b-CN-4-Inv-add', 'd154-b-CN-4-Inv-add2',
    'd154-b-CN-4-Inv-rm', 'd154-b-CN-5-Boo-add', 'd154-b-CN-5-Boo-add2', 'd154-b-CN-5-Boo-rm',
    'd154-b-CN-5-Inv-add', 'd154-b-CN-5-Inv-add2', 'd154-b-CN-5-Inv-rm', 'd154-b-CN-6-Boo-add',
    'd154-b-CN-6-Boo-add2', 'd154-b-CN-6-Boo-rm', 'd154-b-CN-8-Boo-add', 'd154-b-CN-8-Boo-add2',
    'd154-b-CN-8-Boo-rm', 'd154-b-CN-8-Inv-add', 'd154-b-CN-8-Inv-add2', 'd154-b-CN-8-Inv-rm',
    'd154-b-CP-0-after-add', 'd154-b-CP-0-after-rm', 'd154-b-CP-1-after-add', 'd154-b-CP-1-after-rm',
    'd154-b-CP-10-after-add', 'd154-b-CP-10-after-rm', 'd154-b-CP-11-after-add', 'd154-b-CP-11-after-rm',
    'd154-b-CP-2-after-add', 'd154-b-CP-2-after-rm', 'd154-b-CP-3-after-add', 'd154-b-CP-3-after-rm',
    'd154-b-CP-4-after-add', 'd154-b-CP-4-after-rm', 'd154-b-CP-5-after-add', 'd154-b-CP-5-after-rm',
    'd154-b-CP-8-after-add', 'd154-b-CP-8-after-rm', 'd154-b-DT-3-0-a-add', 'd154-b-DT-3-0-a-edit',
    'd154-b-DT-3-0-a-rm', 'd154-b-DT-3-0-b-add', 'd154-b-DT-3-0-b-edit', 'd154-b-DT-3-0-b-rm',
    'd154-b-H-item_count-1n-c-add', 'd154-b-H-item_count-1n-c-rm', 'd154-b-H-item_count-1n-s-add',
    'd154-b-H-item_count-1n-s-rm', 'd154-b-H-item_count-n1-c-add', 'd154-b-H-item_count-n1-c-rm',
    'd154-b-H-item_count-n1-s-add', 'd154-b-H-item_count-n1-s-rm', 'd154-b-H-item_count-p1-c-add',
    'd154-b-H-item_count-p1-c-rm', 'd154-b-H-item_count-p1-s-add', 'd154-b-H-item_count-p1-s-rm',
    'd154-b-H-item_count-pr-c-add', 'd154-b-H-item_count-pr-c-rm', 'd154-b-H-item_count-pr-s-add',
    'd154-b-H-item_count-pr-s-rm', 'd154-b-H-item_count-sn-c-add', 'd154-b-H-item_count-sn-c-rm',
    'd154-b-H-item_count-sn-s-add', 'd154-b-H-item_count-sn-s-rm', 'd154-b-K-7-c-add', 'd154-b-K-7-c-rm',
    'd154-b-K-7-cR-add', 'd154-b-K-7-cR-rm', 'd154-b-K-7-s-add', 'd154-b-K-7-s-rm', 'd154-s-DT-3-0',
    'd154-s-K-5-cR-add', 'd154-s-K-7-cR-add', 'd154-v-CF-guest_count-Countofguests-c-add',
    'd154-v-CF-guest_count-Countofguests-c-rm', 'd154-v-CF-guest_count-Countofguests-s-add',
    'd154-v-CF-guest_count-Countofguests-s-rm', 'd154-v-CF-guest_count-Guestcount-c-add',
    'd154-v-CF-guest_count-Guestcount-c-rm', 'd154-v-CF-guest_count-Guestcount-s-add',
    'd154-v-CF-guest_count-Guestcount-s-rm', 'd154-v-CN-0-Boo-add', 'd154-v-CN-0-Boo-add2', 'd154-v-CN-0-Boo-rm',
    'd154-v-CN-0-Inv-add', 'd154-v-CN-0-Inv-add2', 'd154-v-CN-0-Inv-rm', 'd154-v-CN-1-Boo-add',
    'd154-v-CN-1-Boo-add2', 'd154-v-CN-1-Boo-rm', 'd154-v-CN-1-Inv-add', 'd154-v-CN-1-Inv-add2',
    'd154-v-CN-1-Inv-rm', 'd154-v-CN-10-Boo-add', 'd154-v-CN-10-Boo-add2', 'd154-v-CN-10-Boo-rm',
    'd154-v-CN-10-Inv-add', 'd154-v-CN-10-Inv-add2', 'd154-v-CN-10-Inv-rm', 'd154-v-CN-11-Boo-add',
    'd154-v-CN-11-Boo-add2', 'd154-v-CN-11-Boo-rm', 'd154-v-CN-11-Inv-add', 'd154-v-CN-11-Inv-add2',
    'd154-v-CN-11-Inv-rm', 'd154-v-CN-2-Boo-add', 'd154-v-CN-2-Boo-add2', 'd154-v-CN-2-Boo-rm',
    'd154-v-CN-2-Inv-add', 'd154-v-CN-2-Inv-add2', 'd154-v-CN-2-Inv-rm', 'd154-v-CN-3-Boo-add',
    'd154-v-CN-3-Boo-add2', 'd154-v-CN-3-Boo-rm', 'd154-v-CN-3-Inv-add', 'd154-v-CN-3-Inv-add2',
    'd154-v-CN-3-Inv-rm', 'd154-v-CN-4-Boo-add', 'd154-v-CN-4-Boo-add2', 'd154-v-CN-4-Boo-rm',
    'd154-v-CN-4-Inv-add', 'd154-v-CN-4-Inv-add2', 'd154-v-CN-4-Inv-rm', 'd154-v-CN-5-Boo-add',
    'd154-v-CN-5-Boo-add2', 'd154-v-CN-5-Boo-rm', 'd154-v-CN-5-Inv-add', 'd154-v-CN-5-Inv-add2',
    'd154-v-CN-5-Inv-rm', 'd154-v-CN-6-Boo-add', 'd154-v-CN-6-Boo-add2', 'd154-v-CN-6-Boo-rm',
    'd154-v-CN-8-Boo-add', 'd154-v-CN-8-Boo-add2', 'd154-v-CN-8-Boo-rm', 'd154-v-CN-8-Inv-add',
    'd154-v-CN-8-Inv-add2', 'd154-v-CN-8-Inv-rm', 'd154-v-CP-0-after-add', 'd154-v-CP-0-after-rm',
    'd154-v-CP-1-after-add', 'd154-v-CP-1-after-rm', 'd154-v-CP-10-after-add', 'd154-v-CP-10-after-rm',
    'd154-v-CP-11-after-add', 'd154-v-CP-11-after-rm', 'd154-v-CP-2-after-add', 'd154-v-CP-2-after-rm',
    'd154-v-CP-3-after-add', 'd154-v-CP-3-after-rm', 'd154-v-CP-4-after-add', 'd154-v-CP-4-after-rm',
    'd154-v-CP-5-after-add', 'd154-v-CP-5-after-rm', 'd154-v-CP-8-after-add', 'd154-v-CP-8-after-rm',
    'd154-v-DT-3-0-a-add', 'd154-v-DT-3-0-a-edit', 'd154-v-DT-3-0-a-rm', 'd154-v-DT-3-0-b-add',
    'd154-v-DT-3-0-b-edit', 'd154-v-DT-3-0-b-rm', 'd154-v-H-item_count-1n-c-add', 'd154-v-H-item_count-1n-c-rm',
    'd154-v-H-item_count-1n-s-add', 'd154-v-H-item_count-1n-s-rm', 'd154-v-H-item_count-n1-c-add',
    'd154-v-H-item_count-n1-c-rm', 'd154-v-H-item_count-n1-s-add', 'd154-v-H-item_count-n1-s-rm',
    'd154-v-H-item_count-p1-c-add', 'd154-v-H-item_count-p1-c-rm', 'd154-v-H-item_count-p1-s-add',
    'd154-v-H-item_count-p1-s-rm', 'd154-v-H-item_count-pr-c-add', 'd154-v-H-item_count-pr-c-rm',
    'd154-v-H-item_count-pr-s-add', 'd154-v-H-item_count-pr-s-rm', 'd154-v-H-item_count-sn-c-add',
    'd154-v-H-item_count-sn-c-rm', 'd154-v-H-item_count-sn-s-add', 'd154-v-H-item_count-sn-s-rm',
    'd154-v-K-7-c-add', 'd154-v-K-7-c-rm', 'd154-v-K-7-cR-add', 'd154-v-K-7-cR-rm', 'd154-v-K-7-s-add',
    'd154-v-K-7-s-rm',
}
r154_sample_round("d154-", r154_found_alone, 8, safe_every=2)
# Arguable items served from the cache after the fixes (FINDINGS.md, rounds 152-156), and with them every
# item the tester called arguable (whether one is served from the cache depends on what other probes stored
# first): left out.
r154_left_out = {
    'd154-s-D-2-0', 'd154-s-DT-3-0', 'd154-s-K-5-cR-add', 'd154-s-K-7-cR-add',
    'd154-v-CF-guest_count-Countofguests-c-add', 'd154-v-CF-guest_count-Countofguests-c-rm',
    'd154-v-CF-guest_count-Countofguests-s-add', 'd154-v-CF-guest_count-Countofguests-s-rm',
    'd154-v-CF-guest_count-Guestcount-c-add', 'd154-v-CF-guest_count-Guestcount-c-rm',
    'd154-v-CF-guest_count-Guestcount-s-add', 'd154-v-CF-guest_count-Guestcount-s-rm',
    'd154-v-CF-guest_count-Guestscount-s-rm', 'd154-v-CN-0-Boo-add', 'd154-v-CN-0-Boo-add2', 'd154-v-CN-0-Boo-rm',
    'd154-v-CN-0-Inv-add', 'd154-v-CN-0-Inv-add2', 'd154-v-CN-0-Inv-rm', 'd154-v-CN-1-Boo-add',
    'd154-v-CN-1-Boo-add2', 'd154-v-CN-1-Boo-rm', 'd154-v-CN-1-Inv-add', 'd154-v-CN-1-Inv-add2',
    'd154-v-CN-1-Inv-rm', 'd154-v-CN-10-Boo-add', 'd154-v-CN-10-Boo-add2', 'd154-v-CN-10-Boo-rm',
    'd154-v-CN-10-Inv-add', 'd154-v-CN-10-Inv-add2', 'd154-v-CN-10-Inv-rm', 'd154-v-CN-11-Boo-add',
    'd154-v-CN-11-Boo-add2', 'd154-v-CN-11-Boo-rm', 'd154-v-CN-11-Inv-add', 'd154-v-CN-11-Inv-add2',
    'd154-v-CN-11-Inv-rm', 'd154-v-CN-2-Boo-add', 'd154-v-CN-2-Boo-add2', 'd154-v-CN-2-Boo-rm',
    'd154-v-CN-2-Inv-add', 'd154-v-CN-2-Inv-add2', 'd154-v-CN-2-Inv-rm', 'd154-v-CN-3-Boo-add',
    'd154-v-CN-3-Boo-add2', 'd154-v-CN-3-Boo-rm', 'd154-v-CN-3-Inv-add', 'd154-v-CN-3-Inv-add2',
    'd154-v-CN-3-Inv-rm', 'd154-v-CN-4-Boo-add', 'd154-v-CN-4-Boo-add2', 'd154-v-CN-4-Boo-rm',
    'd154-v-CN-4-Inv-add', 'd154-v-CN-4-Inv-add2', 'd154-v-CN-4-Inv-rm', 'd154-v-CN-5-Boo-add',
    'd154-v-CN-5-Boo-add2', 'd154-v-CN-5-Boo-rm', 'd154-v-CN-5-Inv-add', 'd154-v-CN-5-Inv-add2',
    'd154-v-CN-5-Inv-rm', 'd154-v-CN-6-Boo-add', 'd154-v-CN-6-Boo-add2', 'd154-v-CN-6-Boo-rm',
    'd154-v-CN-8-Boo-add', 'd154-v-CN-8-Boo-add2', 'd154-v-CN-8-Boo-rm', 'd154-v-CN-8-Inv-add',
    'd154-v-CN-8-Inv-add2', 'd154-v-CN-8-Inv-rm', 'd154-v-CP-0-after-add', 'd154-v-CP-0-after-rm',
    'd154-v-CP-1-after-add', 'd154-v-CP-1-after-rm', 'd154-v-CP-10-after-add', 'd154-v-CP-10-after-rm',
    'd154-v-CP-11-after-add', 'd154-v-CP-11-after-rm', 'd154-v-CP-2-after-add', 'd154-v-CP-2-after-rm',
    'd154-v-CP-3-after-add', 'd154-v-CP-3-after-rm', 'd154-v-CP-4-after-add', 'd154-v-CP-4-after-rm',
    'd154-v-CP-5-after-add', 'd154-v-CP-5-after-rm', 'd154-v-CP-8-after-add', 'd154-v-CP-8-after-rm',
    'd154-v-D-0-0-end-2', 'd154-v-D-2-0-end+2', 'd154-v-DT-0-0-a-add', 'd154-v-DT-0-0-b-add',
    'd154-v-DT-0-0-b-edit', 'd154-v-DT-3-0-a-add', 'd154-v-DT-3-0-a-edit', 'd154-v-DT-3-0-a-rm',
    'd154-v-DT-3-0-b-add', 'd154-v-DT-3-0-b-edit', 'd154-v-DT-3-0-b-rm', 'd154-v-H-item_count-1n-c-add',
    'd154-v-H-item_count-1n-c-rm', 'd154-v-H-item_count-1n-s-add', 'd154-v-H-item_count-1n-s-rm',
    'd154-v-H-item_count-n1-c-add', 'd154-v-H-item_count-n1-c-rm', 'd154-v-H-item_count-n1-s-add',
    'd154-v-H-item_count-n1-s-rm', 'd154-v-H-item_count-p1-c-add', 'd154-v-H-item_count-p1-c-rm',
    'd154-v-H-item_count-p1-s-add', 'd154-v-H-item_count-p1-s-rm', 'd154-v-H-item_count-pr-c-add',
    'd154-v-H-item_count-pr-c-rm', 'd154-v-H-item_count-pr-s-add', 'd154-v-H-item_count-pr-s-rm',
    'd154-v-H-item_count-sn-c-add', 'd154-v-H-item_count-sn-c-rm', 'd154-v-H-item_count-sn-s-add',
    'd154-v-H-item_count-sn-s-rm', 'd154-v-K-4-cR-rm', 'd154-v-K-7-c-add', 'd154-v-K-7-c-rm', 'd154-v-K-7-cR-add',
    'd154-v-K-7-cR-rm', 'd154-v-K-7-s-add', 'd154-v-K-7-s-rm',
}
P[:] = [r154_p for r154_p in P if r154_p["id"] not in r154_left_out and r154_p["id"] not in r154_arguable]
