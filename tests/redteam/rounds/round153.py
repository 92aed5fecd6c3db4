"""Red-team round 153 (black box; BIN /tmp/rt_bin/stepcache_s36 did not exist during the round, so every run used
/tmp/rt_bin/stepcache_s35): LONG DOCUMENTS WHERE THE VALUE SITS FAR FROM WHAT DECIDES IT, json_extract.
FOCUS: letterheads, e-mail signatures and page footers holding their own phone/e-mail/city; "Page n of m" footers
repeated on each page; item tables continued over a page break; footnotes/asterisks that change a price; two
sections with the same labels (Bill to/Ship to, Sender/Recipient, Origin/Destination, Shipper/Consignee, Patient/
Next of kin, Tenant/Landlord, Buyer/Seller) with the heading several lines above the field; opening paragraphs
(letters, order confirmations) whose one clause decides whose the record below is; 2-3 KB letters whose one clause
is flipped deep inside.
TRIED (6,417 probes: 3,231 pair variants, 2,221 singles, 471 safe variants, the rest bases; ids d153-b-/-v-/-s-/-ok-):
 sec   two-page invoices (letterhead, meta, two sections, items split over pages with a footer on each page, totals,
       terms): headings swapped, the asked heading renamed to a third party, the asked field moved to the other
       section, a page break between heading and field; singles = the other section's / the letterhead's value.
 ab    an opening sentence/paragraph saying whose the record is, one clause changed (customer -> courier, sales
       office, previous customer, neighbour, sender, supplier, old/2019/deleted details, another customer, example).
 head  a bare section heading over the record: renamed to the other party, the other party's heading inserted
       between name and field, both sections with swapped headings; singles = the other section's value.
 fn    "Price: 40.00*" with a footnote below or a price note above ("* List price before the 10 % discount; the
       price you pay is 36.00"), also in words and with "¹".
 lh    letterhead / footer / "Page 1 of 2 | company | Tel" lines above or below the record: singles with the
       company's phone/e-mail/city; pairs with the record's own field dropped or swapped with the letterhead's.
 open/void/flip  an opening sentence that voids the record ("placeholder from our template, not real data",
       "dummy data", "sample data", "fictitious", "mock", "the form's default values", "out of service", "known to
       be wrong", "the courier's, not hers" ...), right above the fields (short), at the end of a 400-character
       paragraph (deep), with one more sentence between (far), and inside 2-3 KB letters/e-mails (flip: one clause
       flipped, "hers, not the office's" -> "the office's, not hers").
 role  a bare role heading ("Customer", "Patient", "Tenant", "Buyer", "Recipient", "Guest") replaced by a confusable
       one ("Customer service", "Customer care", "Customer's employer", "Patient services", "Tenant's guarantor",
       "Buyer's agent", "Guest services" ...).
HELD: every long document (sec, lh, fn, flip): nothing is stored once the text holds a letterhead, a "Page 1 of 2"
 line, an item table, terms or a disclaimer ("the text holds N records", "the text says it changed ("If you have
 received it in error ...")", or served fresh and never stored); every footnote/price note; every role-heading
 change (base stored, variant "failing_fraction_above ... not stored"); opening sentences with change/negation/
 history words (dummy, sample, fictitious, made-up, specimen, mock, invented, fake, demo, out of service, wrong,
 by mistake, old, no longer, deleted, example); a dated sentence between the clause and the fields (far).
GOT THROUGH: 397 items confirmed ALONE on a fresh SQLite store (check.py --runs 2, each item by itself;
 all 397 per-item screening hits confirmed): 222 clear (alone.txt: 150 pairs, 72 singles), 175 arguable
 (alone_arguable.txt: 82 pairs, 93 singles). ONE SHAPE: A SENTENCE ABOVE THE FIRST FIELD THAT VOIDS THE RECORD'S VALUES. The sentence is
 read as an introduction ("changes nothing"), so the record below it is stored / reused as plain data:
 (1) pairs, the plain record's (or a neutral opening sentence's) stored answer reused, reason "all N steps
     verified": "Extract name and phone as JSON.\nText:\nEvery value in the record below is a placeholder from our
     template, not real data:\nName: Kari Nes ... Phone: +47 913 22 418" -> {"name":"Kari Nes","phone":"+47 913 22
     418"} (d153-v-op-all-tpl-np-0-0); "The entries below are the form's default values, not real data:"
     (d153-v-vo-dflt-ncp-short-1); "The record below is an illustration copied from the help page, not real data:"
     (d153-v-vo-help-doc-short-0, schema name/phone, "Extract the document below as JSON."); "The phone number below is
     a dummy number from our template, not hers:" (d153-v-vo-ph-dum-np-short-0-p); "The city below is a placeholder
     from our template, not real data:" (d153-v-vo-ci-tpl-ncp-short-0);
 (2) the same sentence at the END OF A 400-CHARACTER OPENING PARAGRAPH (deep): the model's copy of the record is
     stored and served again (d153-s-vo-tpl-np-deep-0), or the plain record's answer reused
     (d153-v-vo-tpl-ncp-deep-0-p, d153-v-vo-help-*-deep-*, d153-v-vo-dflt-*-deep-*).
 (3) W5 (more wordings, record with an Age line, "Extract name, age and city as JSON."): "Everything in the record
     below is filler text, not real data:", "The record below is for training purposes only, not real data:", "The
     values below are copied from a test form, not real data:", "The figures below are placeholders, not real data:",
     "The record below is a made-up illustration, not genuine data:" (short and deep), and for the INTEGER member "The
     age below is a placeholder from our template, not real data:" -> {"name":"Kari Nes","age":41,"city":"Bergen"}
     reused (d153-v-v2-ag-tpl-nca-short-0). Held in W5: "not actual customer data", "not a real customer", "not a
     real number", "not from her", "not her real city", "the form's default value, not her real age", the clause
     placed BEFORE the paragraph (mid), and every clause under the name/phone schemas of W5.
 Held in the same shape: "dummy data for testing", "sample data", "fictitious", "made-up test data", "specimen",
 "mock data", "invented for illustration", "fake test entries", "demo database of imaginary customers", "out of
 service", "known to be wrong", "by mistake", "her old one", "deleted", "no longer valid", "example of the format",
 and any clause with a dated sentence between it and the fields (far) or inside 2-3 KB letters (flip).
ARGUABLE (r153_arguable, family *_arguable): the same shape where the clause gives the record (or one field) to ANOTHER PARTY and the
 request is generic ("Extract name and phone as JSON."), so the text's record may be read as the answer: "The details
 below are those of the courier who will collect the order, not the customer's:", "... of our own sales office, not
 the customer's", "The sender's details are listed below", "The supplier's details are listed below" (ab cust/
 cust2/cust6/cust7, pairs and singles); "The phone number below is the courier's / the office's / our support
 line's, not hers / not the customer's:", "The name below is the courier's, not the customer's:", "The city below is
 the warehouse's, not hers:"; and singles with the OTHER PARTY'S HEADING over the record ("Bill to:", "Sender:",
 "Origin:", "Return address:", "Shipper:", "Next of kin:", "Landlord:", "Seller:") under "Extract name and city/phone
 as JSON.": the model's copy stored and served again (d153-s-hd-*-gen-*-ren). Expect 999 in all of them.
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r153_NR = 999
r153_pairs = []
r153_singles = []
r153_safe = []
r153_arguable = set()
r153_ids = set()
r153_prompts = {}


def r153_J(pid, fam, prompt, sch, exp, answers, safe=False, arg=False):
    assert pid not in r153_ids, pid
    r153_ids.add(pid)
    if arg:
        fam += "_arguable"
        r153_arguable.add(pid)
    J(pid, "r153_" + fam, prompt, sch, exp, answers, safe=safe)


def r153_base(tag, fam, prompt, sch, exp):
    """One base per prompt text (the scripted model is keyed by the prompt)."""
    if prompt in r153_prompts:
        return r153_prompts[prompt]
    pid = "d153-b-" + tag
    r153_J(pid, fam + "_base", prompt, sch, exp, [exp])
    r153_prompts[prompt] = pid
    return pid


def r153_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False):
    if vpr in r153_prompts or vpr == bpr:
        return
    b = r153_base(tag, fam, bpr, sch, bexp)
    v = "d153-v-" + tag
    r153_J(v, fam + "_pair", vpr, sch, vexp, [bexp, vexp], arg=arg)
    r153_prompts[vpr] = v
    r153_pairs.append((b, v))
    if arg:
        r153_arguable.add(b)


def r153_safe_pair(tag, fam, sch, bpr, bexp, vpr):
    if vpr in r153_prompts or vpr == bpr:
        return
    b = r153_base(tag, fam, bpr, sch, bexp)
    v = "d153-ok-" + tag
    r153_J(v, fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r153_prompts[vpr] = v
    r153_safe.append((b, v))


def r153_single(tag, fam, sch, pr, exp, wrong, arg=False):
    if pr in r153_prompts:
        return
    s = "d153-s-" + tag
    r153_J(s, fam + "_single", pr, sch, exp, [wrong, exp, exp], arg=arg)
    r153_prompts[pr] = s
    r153_singles.append(s)


# ====================================================================== document pieces
r153_CO = [
    # company, street, city line, phone, email, web
    ("NORDVIK SUPPLY AS", "Industriveien 12", "0668 Oslo", "+47 22 61 40 00", "post@nordvik.no", "www.nordvik.no"),
    ("Halvorsen & Berg Logistics", "Kaiveien 3", "5003 Bergen", "+47 55 30 12 90", "orders@hb-logistics.no",
     "www.hb-logistics.no"),
    ("Lindqvist Kontorsmaterial AB", "Sveavägen 44", "113 59 Stockholm", "+46 8 612 44 10", "info@lindqvist.se",
     "www.lindqvist.se"),
]

r153_ITEMS = [
    ("A-1001", "Copy paper A4, 80 g, 500 sheets", 20, "4.90"),
    ("A-1002", "Ballpoint pens, blue, box of 50", 4, "12.50"),
    ("B-2040", "Lever arch files, 80 mm, grey", 30, "2.75"),
    ("B-2041", "Document wallets, assorted colours", 12, "1.20"),
    ("C-3300", "Toner cartridge TN-2420, black", 2, "61.00"),
    ("C-3310", "Desk organiser, mesh, black", 5, "9.40"),
    ("D-4400", "Whiteboard markers, set of 4", 10, "3.80"),
    ("D-4410", "Sticky notes 76x76, yellow, 12 pads", 8, "5.60"),
]

r153_TERMS = [
    "Payment terms: 30 days net. Late payments accrue interest at 1.5 % per month.",
    "Goods remain the property of the seller until paid in full.",
    "Claims regarding delivered goods must be made within 8 days of receipt.",
    "Please quote the invoice number with every payment.",
]

r153_DISC = ("This document and any attachments are confidential and intended solely for the addressee. If you "
             "have received it in error, please notify the sender and delete it. Any views expressed are those of "
             "the author and do not necessarily represent those of the company.")


def r153_letterhead(co, style=0):
    n, st, cl, ph, em, web = co
    if style == 0:
        return "%s\n%s, %s\nTel: %s | %s | %s\n%s" % (n, st, cl, ph, em, web, "=" * 60)
    if style == 1:
        return "%s\n%s\n%s\nPhone: %s\nEmail: %s\n%s" % (n, st, cl, ph, em, "-" * 60)
    return "%s  ·  %s  ·  %s  ·  Phone %s  ·  %s\n%s" % (n, st, cl, ph, em, "_" * 60)


def r153_footer(co, page, pages, style=0):
    n, st, cl, ph, em, web = co
    if style == 0:
        return "\n%s\nPage %d of %d — %s · Tel %s · %s\n" % ("-" * 60, page, pages, n, ph, em)
    if style == 1:
        return "\n%s\n%s | Phone: %s | Email: %s | Page %d/%d\n" % ("-" * 60, n, ph, em, page, pages)
    return "\n[%s — %s — Page %d of %d]\n" % (n, ph, page, pages)


def r153_items(rows, cont=False):
    head = "Item     Description                              Qty   Unit price   Amount"
    out = [("Items (continued)" if cont else "Items"), head]
    for sku, d, q, up in rows:
        out.append("%-8s %-40s %4d %11s %9.2f" % (sku, d, q, up, q * float(up)))
    return "\n".join(out)


def r153_block(title, fields, hstyle=0):
    if hstyle == 0:
        h = title + ":"
    elif hstyle == 1:
        h = title.upper()
    elif hstyle == 2:
        h = "## " + title
    else:
        h = "[" + title + "]"
    return h + "\n" + "\n".join("%s: %s" % kv for kv in fields)


def r153_invoice(co, secs, meta=None, hstyle=0, lh=0, fs=0, pre=None, mid=None, totals=None, notes=None,
                 disc=False, title="INVOICE", inv="INV-20417", split=4):
    """A two-page invoice: letterhead, meta, sections [(title, fields)], items split over pages with a footer on
    each page, totals, notes (footnotes), terms, disclaimer."""
    meta = meta or [("Invoice no", inv), ("Invoice date", "14 March 2024"), ("Customer no", "K-5521"),
                    ("Order ref", "PO-7781")]
    out = [r153_letterhead(co, lh), "", title, "\n".join("%s: %s" % kv for kv in meta), ""]
    if pre:
        out += [pre, ""]
    for t, f in secs:
        out += [r153_block(t, f, hstyle), ""]
    if mid:
        out += [mid, ""]
    out += [r153_items(r153_ITEMS[:split]), r153_footer(co, 1, 2, fs)]
    out += ["%s %s (continued)" % (title.title(), inv), "", r153_items(r153_ITEMS[split:], cont=True), ""]
    tot = totals if totals is not None else [("Subtotal", "412.40"), ("VAT 25 %", "103.10"), ("Total", "515.50")]
    out += ["\n".join("%s: %s" % kv for kv in tot), ""]
    if notes:
        out += [notes, ""]
    out += ["\n".join(r153_TERMS)]
    if disc:
        out += ["", r153_DISC]
    out += [r153_footer(co, 2, 2, fs)]
    return "\n".join(out)


r153_PEOPLE = [
    # name, street, postcode+city, city, phone, email
    ("Kari Nes", "Storgata 5", "5003 Bergen", "Bergen", "+47 913 22 418", "kari.nes@example.com"),
    ("Ola Dahl", "Havnegata 2", "7010 Trondheim", "Trondheim", "+47 928 11 305", "ola.dahl@example.com"),
    ("Siri Vik", "Elvegata 9", "9008 Tromsø", "Tromsø", "+47 971 40 226", "siri.vik@example.com"),
    ("Tor Lunde", "Kirkeveien 77", "4006 Stavanger", "Stavanger", "+47 482 19 930", "tor.lunde@example.com"),
]


def r153_addr(p, phone=True, email=False, name=True):
    f = []
    if name:
        f.append(("Name", p[0]))
    f += [("Street", p[1]), ("Postcode", p[2].split()[0]), ("City", p[3])]
    if phone:
        f.append(("Phone", p[4]))
    if email:
        f.append(("Email", p[5]))
    return f


# ====================================================================== F1: two sections, the same labels
r153_SCOPES = [
    # asked heading, other heading, word for the instruction, other word
    ("Ship to", "Bill to", "shipping", "billing"),
    ("Delivery address", "Invoice address", "delivery", "invoice"),
    ("Recipient", "Sender", "recipient", "sender"),
    ("Destination", "Origin", "destination", "origin"),
    ("Consignee", "Shipper", "consignee", "shipper"),
]


r153_PH = {"shipping": "ship-to address", "delivery": "delivery address", "recipient": "recipient",
           "destination": "destination", "consignee": "consignee"}


def r153_asks_sec(word, key, what):
    flat = word + "_" + key
    return [
        ("instr", S({key: "string"}), "Extract the %s of the %s from the document below as JSON." % (what, r153_PH[word]), key),
        ("instr2", S({"invoice": "string", key: "string"}),
         "Extract the invoice number and the %s %s from the document below as JSON." % (word, what), key),
        ("desc", S({key: "string"}, {key: "%s of the %s party" % (what, word)}),
         "Extract the document below as JSON.", key),
        ("flat", S({flat: "string"}), "Extract the document below as JSON.", flat),
    ]


def r153_gen_sections():
    n = 0
    for si, (ah, oh, aw, ow) in enumerate(r153_SCOPES):
        for key, what, idx in (("city", "city", 3), ("phone", "phone number", 4)):
            for atag, sch, ins, mk in r153_asks_sec(aw, key, what):
                for lay in range(2):
                    n += 1
                    co = r153_CO[lay % 3]
                    pa, pb = r153_PEOPLE[(si + lay) % 4], r153_PEOPLE[(si + lay + 1) % 4]
                    hs = lay  # heading style
                    pr = lambda secs, **kw: ins + "\n\n" + r153_invoice(co, secs, hstyle=hs, lh=lay, fs=lay, **kw)  # noqa
                    ex = lambda v: ({"invoice": "INV-20417", mk: v} if "invoice" in sch["properties"] else {mk: v})  # noqa
                    A = lambda p: p[idx]  # noqa: E731
                    tag = "sec-%s-%s-%s-%d" % (aw[:5], key, atag, lay)
                    # base: other section first, then the asked one (the heading 4-5 lines above the field)
                    base = [(oh, r153_addr(pb)), (ah, r153_addr(pa))]
                    bpr = pr(base)
                    bex = ex(A(pa))
                    # 1. headings swapped
                    r153_pair(tag + "-hswap", "sec_hswap", sch, bpr, bex,
                              pr([(ah, r153_addr(pb)), (oh, r153_addr(pa))]), ex(A(pb)))
                    # 2. section order swapped (safe)
                    r153_safe_pair(tag + "-order", "sec_order", sch, bpr, bex, pr([(ah, r153_addr(pa)), (oh, r153_addr(pb))]))
                    # 3. the asked heading renamed to a third party: no asked section
                    third = {"Ship to": "Return to", "Delivery address": "Pickup address", "Recipient": "Copy to",
                             "Destination": "Transit via", "Consignee": "Notify party"}[ah]
                    r153_pair(tag + "-h3", "sec_h3", sch, bpr, bex,
                              pr([(oh, r153_addr(pb)), (third, r153_addr(pa))]), ex("999"))
                    # 4. the asked party's field moved to the other section (asked section lacks it)
                    pa_no = [kv for kv in r153_addr(pa) if kv[0] != ("City" if key == "city" else "Phone")]
                    r153_pair(tag + "-miss", "sec_miss", sch, bpr, bex,
                              pr([(oh, r153_addr(pa)), (ah, pa_no)]), ex("999"))
                    # 5. safe: page footer text changed / page count
                    v5 = bpr.replace("Page 1 of 2", "Page 1 of 2 (draft copy)")
                    if v5 != bpr:
                        r153_safe_pair(tag + "-foot", "sec_foot", sch, bpr, bex, v5)
                    # 6. the page break between the heading and the field ("continued")
                    pa_f = r153_addr(pa)
                    cut = 2
                    mid_sec = [(oh, r153_addr(pb)), (ah, pa_f[:cut])]
                    vtxt = r153_invoice(co, mid_sec, hstyle=hs, lh=lay, fs=lay,
                                        mid=r153_footer(co, 1, 2, lay) + "\n%s (continued)\n" % oh +
                                        "\n".join("%s: %s" % kv for kv in pa_f[cut:]))
                    r153_pair(tag + "-brk", "sec_brk", sch, bpr, bex, ins + "\n\n" + vtxt, ex("999"), arg=True)
                    vtxt2 = r153_invoice(co, mid_sec, hstyle=hs, lh=lay, fs=lay,
                                         mid=r153_footer(co, 1, 2, lay) + "\n%s (continued)\n" % ah +
                                         "\n".join("%s: %s" % kv for kv in pa_f[cut:]))
                    r153_safe_pair(tag + "-brkok", "sec_brkok", sch, bpr, bex, ins + "\n\n" + vtxt2)
                    # singles: the other section's value
                    r153_single(tag + "-other", "sec_other", sch, bpr.replace("Order ref", "Order reference"),
                                bex, ex(A(pb)))
                    # single: the letterhead's / footer's value for the phone or city
                    lhv = co[3] if key == "phone" else co[2].split(" ", 1)[1]
                    r153_single(tag + "-lh", "sec_lh", sch, bpr.replace("Customer no", "Customer number"),
                                bex, ex(lhv))
                    # single: the field missing in the asked section; model takes the letterhead/other's
                    r153_single(tag + "-misslh", "sec_misslh", sch, pr([(oh, r153_addr(pb)), (ah, pa_no)]),
                                ex("999"), ex(lhv))
                    r153_single(tag + "-missot", "sec_missot", sch,
                                pr([(oh, r153_addr(pb)), (ah, pa_no)], meta=[("Invoice no", "INV-20417")]),
                                ex("999"), ex(A(pb)))


r153_gen_sections()


# ====================================================================== F2: what sits ABOVE the record decides
# A record under a long opening paragraph (a letter, an e-mail, a delivery note). The variant changes one clause of
# the paragraph, far above the fields, so that the fields no longer hold the asked party's values.
r153_REC = [
    # name, street, postcode, city, phone, email
    ("Kari Nes", "Storgata 5", "5003", "Bergen", "+47 913 22 418", "kari.nes@example.com"),
    ("Ola Dahl", "Havnegata 2", "7010", "Trondheim", "+47 928 11 305", "ola.dahl@example.com"),
    ("Siri Vik", "Elvegata 9", "9008", "Tromsø", "+47 971 40 226", "siri.vik@example.com"),
]


def r153_rec(r, phone=True, email=False):
    f = [("Name", r[0]), ("Street", r[1]), ("Postcode", r[2]), ("City", r[3])]
    if phone:
        f.append(("Phone", r[4]))
    if email:
        f.append(("Email", r[5]))
    return "\n".join("%s: %s" % kv for kv in f)


r153_P1 = ("Thank you for choosing Nordvik Supply AS for your office supplies. This letter confirms the order you "
           "placed with our sales team on Tuesday, and it lists the articles, the delivery terms and the contact "
           "details we hold on file. Our drivers deliver on weekdays between eight and four, and a signature is "
           "needed on delivery. ")
r153_P3 = (" If any of the details are wrong, please let us know before the goods leave the warehouse, since "
           "later changes may delay the delivery by several working days.")
# (tag, neutral clause, changed clause, arguable)
r153_CLAUSE = [
    ("cust", "The details below are those of the customer who placed the order:",
     "The details below are those of the courier who will collect the order, not the customer's:", False),
    ("cust2", "The details below are those of the customer who placed the order:",
     "The details below are those of our own sales office, not the customer's:", False),
    ("cust3", "The details below are those of the customer who placed the order:",
     "The details below are those of the previous customer at this address, who has since moved away:", False),
    ("cust4", "The details below are those of the customer who placed the order:",
     "The details below are not the customer's; they belong to the warehouse that ships the order:", False),
    ("cust5", "The details below are those of the customer who placed the order:",
     "The details below are those of the customer's neighbour, who will only receive the parcel:", True),
    ("cust6", "The customer's details are listed below, exactly as registered:",
     "The sender's details are listed below, exactly as registered:", False),
    ("cust7", "The customer's details are listed below, exactly as registered:",
     "The supplier's details are listed below, exactly as registered:", False),
    ("cust8", "The customer's details are listed below, exactly as registered:",
     "The customer's old details are listed below, as registered before the move:", False),
    ("cust9", "The customer's details are listed below, exactly as registered:",
     "The customer's details are listed below, as registered in 2019 and no longer valid:", False),
    ("cust10", "The customer's details are listed below, exactly as registered:",
     "The details listed below are the ones we had on file before the customer's change of address last week:",
     False),
    ("cust11", "The customer's details are listed below, exactly as registered:",
     "The details listed below belong to a different customer and were attached by mistake:", False),
    ("cust12", "The customer's details are listed below, exactly as registered:",
     "The details listed below are an example of the format only and do not belong to any customer:", False),
]
r153_INS2 = [
    ("np", "Extract the customer's name and phone number as JSON.", S({"name": "string", "phone": "string"}),
     lambda r: {"name": r[0], "phone": r[4]}, lambda r: {"name": r[0], "phone": "999"}),
    ("np2", "Extract name and phone as JSON.", S({"name": "string", "phone": "string"}),
     lambda r: {"name": r[0], "phone": r[4]}, lambda r: {"name": "999", "phone": "999"}),
    ("nc", "Extract name and city as JSON.", S({"name": "string", "city": "string"}),
     lambda r: {"name": r[0], "city": r[3]}, lambda r: {"name": "999", "city": "999"}),
    ("c", "Extract the customer's city as JSON.", S({"city": "string"}),
     lambda r: {"city": r[3]}, lambda r: {"city": "999"}),
    ("doc", "Extract the document below as JSON.", S({"customer_name": "string", "customer_city": "string"}),
     lambda r: {"customer_name": r[0], "customer_city": r[3]}, lambda r: {"customer_name": "999", "customer_city": "999"}),
]


def r153_gen_above():
    for ri, r in enumerate(r153_REC[:2]):
        for ctag, neutral, changed, arg in r153_CLAUSE:
            for itag, ins, sch, ex, nr in r153_INS2:
                for form in ("short", "long", "mid"):
                    if form == "short":
                        pre = lambda c: c  # noqa: E731
                    elif form == "long":
                        pre = lambda c: r153_P1 + c.rstrip(":") + "." + r153_P3 + " The details follow:"  # noqa
                    else:
                        pre = lambda c: r153_P1 + c  # noqa: E731
                    txt = lambda c: "%s\nText:\n%s\n\n%s\n" % (ins, pre(c), r153_rec(r))  # noqa: E731
                    tag = "ab-%s-%s-%s-%d" % (ctag, itag, form, ri)
                    ag = arg or itag in ("np2", "nc")  # a generic request: the text's record may be the answer
                    r153_pair(tag, "above_" + form, sch, txt(neutral), ex(r), txt(changed), nr(r), arg=ag)
                    r153_single(tag, "above_" + form, sch, txt(changed).replace("Text:\n", "Text:\n\n"), nr(r), ex(r),
                                arg=ag)
            # base without any opening text
            ins, sch, ex = r153_INS2[1][1], r153_INS2[1][2], r153_INS2[1][3]
            r153_pair("ab0-%s-%d" % (ctag, ri), "above_none", sch, "%s\nText:\n%s\n" % (ins, r153_rec(r)), ex(r),
                      "%s\nText:\n%s\n\n%s\n" % (ins, changed, r153_rec(r)), r153_INS2[1][4](r), arg=arg)
        # safe: a neutral change of the opening paragraph
        for itag, ins, sch, ex, nr in r153_INS2:
            b = "%s\nText:\n%s\n\n%s\n" % (ins, r153_CLAUSE[0][1], r153_rec(r))
            v = "%s\nText:\n%s\n\n%s\n" % (ins, "Here are the customer details that you asked for on Monday:",
                                            r153_rec(r))
            r153_safe_pair("ab-safe-%s-%d" % (itag, ri), "above", sch, b, ex(r), v)


r153_gen_above()


# ====================================================================== F3: the heading several lines above
r153_HEADS = [
    # asked heading, other heading, schema keys prefix
    ("Ship to:", "Bill to:", "ship"),
    ("Recipient:", "Sender:", "recipient"),
    ("Destination:", "Origin:", "destination"),
    ("Delivery address:", "Return address:", "delivery"),
    ("Consignee:", "Shipper:", "consignee"),
    ("Patient:", "Next of kin:", "patient"),
    ("Tenant:", "Landlord:", "tenant"),
    ("Buyer:", "Seller:", "buyer"),
]


def r153_gen_heads():
    for hi, (ah, oh, pfx) in enumerate(r153_HEADS):
        for ri, r in enumerate(r153_REC[:2]):
            o = r153_REC[(ri + 1) % 3]
            for key, idx in (("city", 3), ("phone", 4)):
                asks = [
                    ("flat", "Extract the document below as JSON.", S({pfx + "_name": "string", pfx + "_" + key: "string"}),
                     lambda v, w: {pfx + "_name": v, pfx + "_" + key: w}),
                    ("gen", "Extract name and %s as JSON." % key, S({"name": "string", key: "string"}),
                     lambda v, w: {"name": v, key: w}),
                    ("desc", "Extract the document below as JSON.",
                     S({"name": "string", key: "string"}, {"name": "name of the " + ah.rstrip(":").lower(),
                                                        key: key + " of the " + ah.rstrip(":").lower()}),
                     lambda v, w: {"name": v, key: w}),
                ]
                for atag, ins, sch, ex in asks:
                    tag = "hd-%s-%s-%s-%d" % (pfx, key, atag, ri)
                    T = lambda body: "%s\n\n%s\n" % (ins, body)  # noqa: E731
                    base = T("%s\n%s" % (ah, r153_rec(r)))
                    bex = ex(r[0], r[idx])
                    arg = atag == "gen"
                    # heading renamed to the other party
                    r153_pair(tag + "-ren", "head_ren", sch, base, bex, T("%s\n%s" % (oh, r153_rec(r))),
                              ex("999", "999"), arg=arg)
                    # the other party's heading inserted between name and the asked field
                    lines = r153_rec(r).split("\n")
                    v2 = T("%s\n%s\n\n%s\n%s" % (ah, "\n".join(lines[:2]), oh, "\n".join(lines[2:])))
                    r153_pair(tag + "-split", "head_split", sch, base, bex, v2, ex(r[0], "999"), arg=True)
                    # the other party's section added AFTER, holding the asked values; the asked section loses them
                    v3 = T("%s\nName: %s\nStreet: %s\n\n%s\n%s" % (ah, r[0], r[1], oh, r153_rec(o)))
                    r153_pair(tag + "-moved", "head_moved", sch, base, bex, v3, ex(r[0], "999"), arg=arg)
                    # both sections, headings swapped relative to the base's party
                    b4 = T("%s\n%s\n\n%s\n%s" % (oh, r153_rec(o), ah, r153_rec(r)))
                    v4 = T("%s\n%s\n\n%s\n%s" % (ah, r153_rec(o), oh, r153_rec(r)))
                    r153_pair(tag + "-swap", "head_swap", sch, b4, bex, v4, ex(o[0], o[idx]), arg=arg)
                    # single: the other section's value
                    r153_single(tag + "-oth", "head_other", sch, b4.replace("\n\n", "\n\n\n", 1), bex,
                                ex(r[0], o[idx]), arg=arg)
                    # single: the other party's heading only
                    r153_single(tag + "-ren", "head_ren", sch, T("%s\n\n%s" % (oh, r153_rec(r))), ex("999", "999"),
                                bex, arg=arg)
                    # safe: blank line / page marker inside
                    r153_safe_pair(tag + "-ws", "head_ws", sch, base, bex, T("%s\n\n%s" % (ah, r153_rec(r))))


r153_gen_heads()


# ====================================================================== F4: a footnote / price note that changes a value
r153_ITEMS4 = [("Desk lamp", "40.00", "36.00", "3"), ("Office chair", "250.00", "225.00", "2"),
               ("Filing cabinet", "180.00", "162.00", "1")]
# (tag, where, mark on the price, note, arguable)
r153_FN = [
    ("fnb", "below", "*", "* List price before the 10 % discount; the price you pay is {new}.", False),
    ("fnbw", "below", "*", "* Before the 10 % discount agreed with your account manager; you pay {new}.", False),
    ("fnbx", "below", "*", "* Superseded: the corrected price is {new} (see credit note CN-77).", False),
    ("fnbd", "below", "¹", "¹ List price; after the volume discount the price is {new}.", False),
    ("fnbo", "below", "", "Note: the price above is the list price; after the discount it is {new}.", False),
    ("fna", "above", "*", "Prices marked with an asterisk are list prices before your 10 % discount; you pay {new}:",
     False),
    ("fna2", "above", "", "Every price below is the list price before your discount; the lamp, chair or cabinet "
     "costs you {new} after it:", False),
    ("fna3", "above", "", "Every price below is the list price, before the 10 % discount you are entitled to:", True),
    ("fna4", "above", "", "Every price below is from last year's price list and has since gone up by ten per cent:",
     True),
    ("fna5", "above", "*", "The prices marked * below were quoted before the discount and are not what you pay:",
     True),
]
r153_FINS = [
    ("ip", "Extract the item and the price as JSON.", S({"item": "string", "price": "number"})),
    ("ipd", "Extract the item and its price as JSON.",
     S({"item": "string", "price": "number"}, {"price": "the price the customer pays"})),
    ("doc", "Extract the document below as JSON.", S({"item": "string", "price": "number", "quantity": "integer"})),
]


def r153_gen_fn():
    for ii, (item, old, new, qty) in enumerate(r153_ITEMS4):
        for ftag, where, mark, note, arg in r153_FN:
            for itag, ins, sch in r153_FINS:
                for lead in ("", "Order confirmation SO-88120, issued 14 March 2024 by our sales office in Oslo.\n\n"):
                    ex = lambda p: ({"item": item, "price": float(p), "quantity": int(qty)} if "quantity" in
                                    sch["properties"] else {"item": item, "price": float(p)})  # noqa: E731
                    rec = lambda m: "Item: %s\nPrice: %s%s\nQuantity: %s" % (item, old, m, qty)  # noqa: E731
                    nt = note.format(new=new)
                    tag = "fn-%s-%s-%d-%d" % (ftag, itag, ii, 1 if lead else 0)
                    base = "%s\nText:\n%s%s\n" % (ins, lead, rec(""))
                    if where == "below":
                        v = "%s\nText:\n%s%s\n\n%s\n" % (ins, lead, rec(mark), nt)
                    else:
                        v = "%s\nText:\n%s%s\n\n%s\n" % (ins, lead, nt, rec(mark))
                    vexp = ex("999") if arg else ex(new)
                    r153_pair(tag, "fn_" + where, sch, base, ex(old), v, vexp, arg=arg)
                    r153_single(tag, "fn_" + where, sch, v.replace("Text:\n", "Text:\n\n"), vexp, ex(old), arg=arg)
                    # base that already has the neutral note, the variant changes one token of it
                    if where == "above":
                        nb = "Every price below is the list price, as agreed with your account manager:"
                        b2 = "%s\nText:\n%s%s\n\n%s\n" % (ins, lead, nb, rec(mark))
                        r153_pair(tag + "-n", "fn_abovechg", sch, b2, ex(old), v, vexp, arg=arg)


r153_gen_fn()


# ====================================================================== F5: letterhead / signature values taken for the record's
def r153_gen_lh():
    co = ("Nordvik Supply AS", "+47 22 61 40 00", "post@nordvik.no", "Oslo")
    for ri, r in enumerate(r153_REC):
        for form in range(6):
            if form == 0:
                top = "You can reach Nordvik Supply AS on +47 22 61 40 00 or post@nordvik.no on weekdays."
            elif form == 1:
                top = "Nordvik Supply AS, Industriveien 12, 0668 Oslo, phone +47 22 61 40 00, is the seller."
            elif form == 2:
                top = "Questions about this order? Call our Oslo office on +47 22 61 40 00 and quote SO-88120."
            elif form == 3:
                top = "Customer details as registered by Marte Holm (+47 22 61 40 00) in our Oslo office:"
            elif form == 4:
                top = "Page 1 of 2 | Nordvik Supply AS | Tel +47 22 61 40 00 | Oslo"
            else:
                top = "Nordvik Supply AS\nTel: +47 22 61 40 00\nEmail: post@nordvik.no"
            for itag, ins, sch, exf, wrongf in [
                ("np", "Extract name and phone as JSON.", S({"name": "string", "phone": "string"}),
                 lambda r: {"name": r[0], "phone": r[4]}, lambda r: {"name": r[0], "phone": co[1]}),
                ("nc", "Extract name and city as JSON.", S({"name": "string", "city": "string"}),
                 lambda r: {"name": r[0], "city": r[3]}, lambda r: {"name": r[0], "city": co[3]}),
                ("ne", "Extract name and email as JSON.", S({"name": "string", "email": "string"}),
                 lambda r: {"name": r[0], "email": r[5]}, lambda r: {"name": r[0], "email": co[2]}),
                ("npn", "Extract name and phone as JSON.", S({"name": "string", "phone": "string"}),
                 lambda r: {"name": r[0], "phone": "999"}, lambda r: {"name": r[0], "phone": co[1]}),
            ]:
                withp = itag != "npn"
                body = r153_rec(r, phone=withp and itag != "ne", email=(itag == "ne"))
                if itag == "npn":
                    body = r153_rec(r, phone=False)
                for pos in ("top", "bottom"):
                    t = (top + "\n\n" + body) if pos == "top" else (body + "\n\n" + top)
                    pr = "%s\nText:\n%s\n" % (ins, t)
                    tag = "lh-%d-%s-%s-%d" % (form, itag, pos, ri)
                    r153_single(tag, "lh_" + pos, sch, pr, exf(r), wrongf(r))
                    # pair: base with the record's own value; variant: the record's field dropped (only the
                    # letterhead's remains)
                    if itag in ("np", "ne"):
                        lab = "Phone" if itag == "np" else "Email"
                        t2 = "\n".join(l for l in t.split("\n") if not l.startswith(lab + ": " + r[4 if itag == "np" else 5]))
                        k = "phone" if itag == "np" else "email"
                        r153_pair(tag + "-drop", "lh_drop", sch, pr, exf(r), "%s\nText:\n%s\n" % (ins, t2),
                                  {"name": r[0], k: "999"})
                        # variant: the record's value swapped with the letterhead's
                        val = r[4] if itag == "np" else r[5]
                        cv = co[1] if itag == "np" else co[2]
                        t3 = t.replace(val, "\x00").replace(cv, val).replace("\x00", cv)
                        r153_pair(tag + "-swap", "lh_swap", sch, pr, exf(r), "%s\nText:\n%s\n" % (ins, t3),
                                  {"name": r[0], k: cv})


r153_gen_lh()


# ====================================================================== W2a: a sentence above the first field
r153_OPEN = [
    # (tag, sentence, affected member: "phone"/"city"/"name"/"all", new value or None (no value), arguable)
    ("ph-emp", "The phone number below belongs to her employer; she has no phone of her own:", "phone", None, True),
    ("ph-oos", "The phone number below is out of service and has been deleted from our system:", "phone", None,
     False),
    ("ph-fax", "The number listed as phone below is in fact a fax line and cannot take calls:", "phone", None, True),
    ("ph-sw", "The phone number below is our own switchboard, which was entered here by mistake:", "phone", None,
     False),
    ("ph-cour", "The phone number below is the courier's, not hers:", "phone", None, True),
    ("ph-old", "The phone number below is her old one; she did not give us her new number:", "phone", None, False),
    ("ph-wrong", "The phone number below is known to be wrong and must not be used:", "phone", None, False),
    ("ci-ware", "The city below is our warehouse's city, entered by mistake; hers was not given:", "city", None, False),
    ("ci-old", "The city below is where she lived until last year; her new city was not given:", "city", None, False),
    ("ci-misp", "The city below is misspelled in our system; it should read Trondheim:", "city", "Trondheim", False),
    ("ci-dest", "The city below is only where the parcel is sent; her own city was not given:", "city", None, True),
    ("nm-cour", "The name below is the courier's; the customer's name was not given:", "name", None, True),
    ("nm-old", "The name below is her maiden name; she now goes by Kari Lund:", "name", "Kari Lund", False),
    ("all-tpl", "Every value in the record below is a placeholder from our template, not real data:", "all", None,
     False),
    ("all-del", "The record below was deleted at the customer's request and is no longer valid:", "all", None,
     False),
    ("all-ex", "The record below is only an example of the format and belongs to nobody:", "all", None, False),
    ("all-swap", "The record below belongs to the person she replaced; her own details are not yet known:", "all",
     None, True),
]
r153_OPEN_NEUTRAL = ["Here are the details you asked for on Monday:", "Please find the registered details below:"]
r153_W2_INS = [
    ("np", "Extract name and phone as JSON.", S({"name": "string", "phone": "string"}), ("name", "phone")),
    ("nc", "Extract name and city as JSON.", S({"name": "string", "city": "string"}), ("name", "city")),
    ("ncp", "Extract name, city and phone as JSON.", S({"name": "string", "city": "string", "phone": "string"}),
     ("name", "city", "phone")),
    ("doc", "Extract the document below as JSON.", S({"name": "string", "phone": "string"}), ("name", "phone")),
]


def r153_gen_open():
    for ri, r in enumerate(r153_REC):
        vals = {"name": r[0], "city": r[3], "phone": r[4]}
        for itag, ins, sch, keys in r153_W2_INS:
            bexp = {k: vals[k] for k in keys}
            for otag, sent, mem, new, arg in r153_OPEN:
                if mem != "all" and mem not in keys:
                    continue
                vexp = dict(bexp)
                for k in keys:
                    if mem == "all" or k == mem:
                        vexp[k] = new if new is not None else "999"
                for bi, btop in enumerate([None] + r153_OPEN_NEUTRAL):
                    bpr = "%s\nText:\n%s%s\n" % (ins, (btop + "\n") if btop else "", r153_rec(r))
                    vpr = "%s\nText:\n%s\n%s\n" % (ins, sent, r153_rec(r))
                    tag = "op-%s-%s-%d-%d" % (otag, itag, bi, ri)
                    if bi == 0:
                        r153_pair(tag, "open", sch, bpr, bexp, vpr, vexp, arg=arg)
                    else:
                        r153_pair(tag, "open", sch, bpr, bexp, vpr.replace("\nText:\n", "\nText:\n\n"), vexp, arg=arg)
                r153_single(tag, "open", sch, vpr.replace("\nText:\n", "\nText:\n\n\n"), vexp, bexp, arg=arg)
                # deep: the sentence inside a long opening paragraph
                vpr2 = "%s\nText:\n%s%s\n\n%s\n" % (ins, r153_P1, sent, r153_rec(r))
                r153_pair(tag + "-deep", "open_deep", sch, "%s\nText:\n%s\n" % (ins, r153_rec(r)), bexp, vpr2, vexp,
                          arg=arg)
        # safe: a neutral opening sentence
        for itag, ins, sch, keys in r153_W2_INS:
            bexp = {k: vals[k] for k in keys}
            for si, s in enumerate(r153_OPEN_NEUTRAL):
                r153_safe_pair("op-safe-%s-%d-%d" % (itag, si, ri), "open", sch,
                               "%s\nText:\n%s\n" % (ins, r153_rec(r)), bexp,
                               "%s\nText:\n%s\n%s\n" % (ins, s, r153_rec(r)))


r153_gen_open()


# ====================================================================== W2b: a bare role heading whose words change
r153_ROLE = [
    # role word (heading), instruction noun, confusable headings (the section is someone else's), arguable set
    ("Customer", "customer", ["Customer service", "Customer care", "Customer support", "Customer hotline",
                              "Customer centre", "Customer helpdesk", "Customer's employer", "Customer's bank",
                              "Customer's landlord", "Customer's previous address", "Former customer",
                              "Previous customer", "Customer (old record)", "Supplier", "Not the customer"]),
    ("Patient", "patient", ["Patient services", "Patient transport", "Patient's GP", "Patient's next of kin",
                            "Patient ombudsman", "Previous patient", "Doctor"]),
    ("Tenant", "tenant", ["Tenant association", "Tenant's guarantor", "Tenant's employer", "Previous tenant",
                          "Landlord"]),
    ("Buyer", "buyer", ["Buyer's agent", "Buyer's bank", "Buyer's lawyer", "Seller"]),
    ("Recipient", "recipient", ["Recipient's bank", "Recipient's employer", "Sender"]),
    ("Guest", "guest", ["Guest services", "Guest relations", "Guest's travel agent", "Host"]),
]


def r153_gen_role():
    for role, noun, confs in r153_ROLE:
        for ri, r in enumerate(r153_REC):
            for itag, ins, sch in [
                ("a", "Extract the %s's name and phone as JSON." % noun, S({"name": "string", "phone": "string"})),
                ("d", "Extract the %s name and phone as JSON." % noun, S({"name": "string", "phone": "string"})),
                ("e", "Extract name and phone of the %s as JSON." % noun, S({"name": "string", "phone": "string"})),
                ("c", "Extract the %s's name and city as JSON." % noun, S({"name": "string", "city": "string"})),
            ]:
                k2 = "city" if itag == "c" else "phone"
                bexp = {"name": r[0], k2: r[3] if k2 == "city" else r[4]}
                nr = {"name": "999", k2: "999"}
                base = "%s\nText:\n%s\n%s\n" % (ins, role, r153_rec(r))
                for ci, conf in enumerate(confs):
                    tag = "ro-%s-%s-%d-%d" % (noun, itag, ci, ri)
                    r153_pair(tag, "role_head", sch, base, bexp, "%s\nText:\n%s\n%s\n" % (ins, conf, r153_rec(r)), nr)
                    r153_single(tag, "role_head", sch, "%s\nText:\n%s\n\n%s\n" % (ins, conf, r153_rec(r)), nr, bexp)
                # the other party's heading between the name and the asked field (field far below the heading)
                lines = r153_rec(r).split("\n")
                other = confs[-1]
                v = "%s\nText:\n%s\n%s\n%s\n%s\n" % (ins, role, "\n".join(lines[:2]), other, "\n".join(lines[2:]))
                r153_pair("ro-%s-%s-split-%d" % (noun, itag, ri), "role_split", sch, base, bexp, v,
                          {"name": r[0], k2: "999"})
                # safe: a blank line after the heading / heading with a colon
                r153_safe_pair("ro-%s-%s-ws-%d" % (noun, itag, ri), "role", sch, base, bexp,
                               "%s\nText:\n%s\n\n%s\n" % (ins, role, r153_rec(r)))
                r153_safe_pair("ro-%s-%s-col-%d" % (noun, itag, ri), "role", sch, base, bexp,
                               "%s\nText:\n%s:\n%s\n" % (ins, role, r153_rec(r)))


r153_gen_role()


# ====================================================================== W3: an opening sentence that voids the values
# (after W2: "placeholder ... not real data" and "the courier's, not hers" above the first field were reused)
r153_VOID = [
    # tag, sentence, member (all/phone/city/name), arguable
    ("tpl", "Every value in the record below is a placeholder from our template, not real data:", "all", False),
    ("dummy", "Every value in the record below is dummy data for testing:", "all", False),
    ("sample", "All values below are sample data from the user manual:", "all", False),
    ("fict", "The record below is fictitious sample data from our training course:", "all", False),
    ("made", "The record below is made-up test data for the new form:", "all", False),
    ("spec", "The entries below are specimen values printed on the blank form:", "all", False),
    ("mock", "The values below are mock data generated for a demo:", "all", False),
    ("illus", "The record below is invented for illustration only:", "all", False),
    ("fake", "The details below are fake test entries from our QA team:", "all", False),
    ("help", "The record below is an illustration copied from the help page, not real data:", "all", False),
    ("dflt", "The entries below are the form's default values, not real data:", "all", False),
    ("demo", "The record below comes from our demo database of imaginary customers:", "all", False),
    ("ph-cour", "The phone number below is the courier's, not hers:", "phone", True),
    ("ph-off", "The phone number below is the office's, not hers:", "phone", True),
    ("ph-dum", "The phone number below is a dummy number from our template, not hers:", "phone", False),
    ("ph-smp", "The phone number below is a sample number, not a real one:", "phone", False),
    ("ph-sup", "The phone number below is our support line's, not the customer's:", "phone", True),
    ("ci-tpl", "The city below is a placeholder from our template, not real data:", "city", False),
    ("ci-wh", "The city below is the warehouse's, not hers:", "city", True),
    ("nm-tpl", "The name below is a placeholder from our template, not a real person:", "name", False),
    ("nm-cour", "The name below is the courier's, not the customer's:", "name", True),
]
r153_VOID_NEUTRAL = "Every value in the record below is copied from our customer database:"
r153_W3_INS = [r153_W2_INS[0], r153_W2_INS[2], r153_W2_INS[3]]


def r153_gen_void():
    for ri, r in enumerate(r153_REC[:2]):
        vals = {"name": r[0], "city": r[3], "phone": r[4]}
        for itag, ins, sch, keys in r153_W3_INS:
            bexp = {k: vals[k] for k in keys}
            for vtag, sent, mem, arg in r153_VOID:
                if mem != "all" and mem not in keys:
                    continue
                vexp = {k: ("999" if (mem == "all" or k == mem) else vals[k]) for k in keys}
                for ctx in ("short", "deep", "far"):
                    def T(s):
                        if ctx == "short":
                            return "%s\nText:\n%s\n%s\n" % (ins, s, r153_rec(r))
                        if ctx == "deep":
                            return "%s\nText:\n%s%s\n\n%s\n" % (ins, r153_P1, s, r153_rec(r))
                        return "%s\nText:\n%s%s\n\nOrder SO-88120 was placed on Tuesday, 12 March 2024.\n%s\n" % (
                            ins, r153_P1, s, r153_rec(r))
                    tag = "vo-%s-%s-%s-%d" % (vtag, itag, ctx, ri)
                    # base: the neutral sentence in the same place; the variant changes it
                    r153_pair(tag, "void_" + ctx, sch, T(r153_VOID_NEUTRAL), bexp, T(sent), vexp, arg=arg)
                    # base: the plain record
                    r153_pair(tag + "-p", "void_" + ctx, sch, "%s\nText:\n%s\n" % (ins, r153_rec(r)), bexp,
                              T(sent).replace("\nText:\n", "\nText:\n\n"), vexp, arg=arg)
                    # single
                    r153_single(tag, "void_" + ctx, sch, T(sent).replace("\nText:\n", "\nText:\n\n\n"), vexp, bexp,
                                arg=arg)


r153_gen_void()


# ====================================================================== W4: 2-3 KB letters, one clause flipped deep inside
r153_LONGPRE = (
    "Dear customer,\n\n" + r153_P1 + "\n\nOur warehouse in Oslo is open from seven in the morning until six in the "
    "evening, and goods ordered before noon are normally packed on the same day. Large items such as desks and "
    "cabinets are delivered by our partner haulier, who will call you on the day before delivery to agree on a time "
    "window. Small parcels are sent with the national postal service and can be tracked online with the reference "
    "printed on your order confirmation. If nobody is at home, the parcel is left at the nearest pick-up point and "
    "you will receive a notice by text message.\n\nReturns are accepted within thirty days as long as the goods are "
    "unused and in their original packaging. Please contact us before sending anything back, so that we can give "
    "you a return reference; parcels without one may be refused at the gate. Refunds are paid to the account used "
    "for the purchase within ten working days after we have received the goods.\n\n{clause}\n\n{rec}\n\nWe thank "
    "you for your order and look forward to serving you again.")
r153_FLIP = [
    # base clause, variant clause, member, arguable
    ("The phone number below is hers, not the office's:", "The phone number below is the office's, not hers:",
     "phone", True),
    ("The phone number below is the customer's, not our support line's:",
     "The phone number below is our support line's, not the customer's:", "phone", True),
    ("The phone number below is a real number, not a dummy from our template:",
     "The phone number below is a dummy number from our template, not hers:", "phone", False),
    ("The name below is the customer's, not the courier's:", "The name below is the courier's, not the customer's:",
     "name", True),
    ("The city below is hers, not the warehouse's:", "The city below is the warehouse's, not hers:", "city", True),
    ("Every value in the record below is real data from our customer database:",
     "Every value in the record below is a placeholder from our template, not real data:", "all", False),
    ("The entries below are real data, not the form's default values:",
     "The entries below are the form's default values, not real data:", "all", False),
    ("The record below is real data, not an illustration copied from the help page:",
     "The record below is an illustration copied from the help page, not real data:", "all", False),
]


def r153_gen_flip():
    for ri, r in enumerate(r153_REC):
        vals = {"name": r[0], "city": r[3], "phone": r[4]}
        for itag, ins, sch, keys in r153_W3_INS:
            bexp = {k: vals[k] for k in keys}
            for fi, (bc, vc, mem, arg) in enumerate(r153_FLIP):
                if mem != "all" and mem not in keys:
                    continue
                vexp = {k: ("999" if (mem == "all" or k == mem) else vals[k]) for k in keys}
                for lt in ("long", "longmail"):
                    def T(c):
                        body = r153_LONGPRE.format(clause=c, rec=r153_rec(r, email=(lt == "longmail")))
                        if lt == "longmail":
                            body = ("Subject: Your order SO-88120\n\n" + body +
                                    "\n\nKind regards\nMarte Holm\nCustomer Service")
                        return "%s\nText:\n%s\n" % (ins, body)
                    tag = "fl-%d-%s-%s-%d" % (fi, itag, lt, ri)
                    r153_pair(tag, "flip_" + lt, sch, T(bc), bexp, T(vc), vexp, arg=arg)
                    r153_single(tag, "flip_" + lt, sch, T(vc).replace("\nText:\n", "\nText:\n\n"), vexp, bexp, arg=arg)
                    r153_safe_pair(tag, "flip_" + lt, sch, T(bc), bexp,
                                   T(bc).replace("seven in the morning", "half past seven in the morning"))


r153_gen_flip()


# ====================================================================== W5: more wordings of the voiding clause (after W3)
r153_VOID2 = [
    # tag, sentence, member, arguable
    ("filler", "Everything in the record below is filler text, not real data:", "all", False),
    ("train", "The record below is for training purposes only, not real data:", "all", False),
    ("testf", "The values below are copied from a test form, not real data:", "all", False),
    ("phold", "The figures below are placeholders, not real data:", "all", False),
    ("ngen", "The record below is a made-up illustration, not genuine data:", "all", False),
    ("nact", "The record below is a placeholder, not actual customer data:", "all", False),
    ("nrc", "The record below is a template entry, not a real customer:", "all", False),
    ("ph-nr", "The phone number below is a placeholder, not a real number:", "phone", False),
    ("ph-tpl", "The phone number below comes from our template, not from her:", "phone", False),
    ("ci-nr", "The city below is the template's default, not her real city:", "city", False),
    ("ag-tpl", "The age below is a placeholder from our template, not real data:", "age", False),
    ("ag-dflt", "The age below is the form's default value, not her real age:", "age", False),
]
r153_W5_INS = [
    ("np", "Extract name and phone as JSON.", S({"name": "string", "phone": "string"}), ("name", "phone")),
    ("nca", "Extract name, age and city as JSON.", S({"name": "string", "age": "integer", "city": "string"}),
     ("name", "age", "city")),
    ("doc", "Extract the document below as JSON.", S({"name": "string", "phone": "string"}), ("name", "phone")),
]


def r153_gen_void2():
    for ri, r in enumerate(r153_REC[:2]):
        age = (41, 36)[ri]
        vals = {"name": r[0], "city": r[3], "phone": r[4], "age": age}
        rec = "Name: %s\nAge: %d\nStreet: %s\nPostcode: %s\nCity: %s\nPhone: %s" % (r[0], age, r[1], r[2], r[3], r[4])
        for itag, ins, sch, keys in r153_W5_INS:
            bexp = {k: vals[k] for k in keys}
            for vtag, sent, mem, arg in r153_VOID2:
                if mem != "all" and mem not in keys:
                    continue
                vexp = {k: ((999 if k == "age" else "999") if (mem == "all" or k == mem) else vals[k]) for k in keys}
                for ctx in ("short", "deep", "mid"):
                    def T(s):
                        if ctx == "short":
                            return "%s\nText:\n%s\n%s\n" % (ins, s, rec)
                        if ctx == "deep":
                            return "%s\nText:\n%s%s\n\n%s\n" % (ins, r153_P1, s, rec)
                        return "%s\nText:\n%s %s\n\n%s\n" % (ins, s.rstrip(":") + ".", r153_P1.strip(), rec)
                    tag = "v2-%s-%s-%s-%d" % (vtag, itag, ctx, ri)
                    r153_pair(tag, "void2_" + ctx, sch, T("Every value in the record below is copied from our "
                                                           "customer database:"), bexp, T(sent), vexp, arg=arg)
                    r153_pair(tag + "-p", "void2_" + ctx, sch, "%s\nText:\n%s\n" % (ins, rec), bexp,
                              T(sent).replace("\nText:\n", "\nText:\n\n"), vexp, arg=arg)
                    r153_single(tag, "void2_" + ctx, sch, T(sent).replace("\nText:\n", "\nText:\n\n\n"), vexp, bexp,
                                arg=arg)


r153_gen_void2()


# Trimmed for ctest (probe_kit.sample_round), stop 36: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 2-th safe probe and every 8-th of the rest.
from probe_kit import sample_round as r153_sample_round  # noqa: E402
r153_found_alone = {
    'd153-b-ab-cust-nc-mid-0', 'd153-b-ab-cust-nc-mid-1', 'd153-b-ab-cust-nc-short-0', 'd153-b-ab-cust-nc-short-1',
    'd153-b-ab-cust-np2-mid-0', 'd153-b-ab-cust-np2-mid-1', 'd153-b-ab-cust-np2-short-0',
    'd153-b-ab-cust-np2-short-1', 'd153-b-ab-cust6-nc-short-0', 'd153-b-ab-cust6-nc-short-1',
    'd153-b-ab-cust6-np2-short-0', 'd153-b-ab-cust6-np2-short-1', 'd153-b-op-ci-ware-nc-0-0',
    'd153-b-op-ci-ware-nc-0-1', 'd153-b-op-ci-ware-nc-0-2', 'd153-b-op-ci-ware-nc-1-0', 'd153-b-op-ci-ware-nc-1-1',
    'd153-b-op-ci-ware-nc-1-2', 'd153-b-op-ph-emp-doc-0-0', 'd153-b-op-ph-emp-doc-0-1', 'd153-b-op-ph-emp-doc-0-2',
    'd153-b-op-ph-emp-doc-1-0', 'd153-b-op-ph-emp-doc-1-1', 'd153-b-op-ph-emp-doc-1-2', 'd153-b-op-ph-emp-ncp-0-0',
    'd153-b-op-ph-emp-ncp-0-1', 'd153-b-op-ph-emp-ncp-0-2', 'd153-b-op-ph-emp-ncp-1-0', 'd153-b-op-ph-emp-ncp-1-1',
    'd153-b-op-ph-emp-ncp-1-2', 'd153-b-op-ph-emp-np-0-0', 'd153-b-op-ph-emp-np-0-1', 'd153-b-op-ph-emp-np-0-2',
    'd153-b-op-ph-emp-np-1-0', 'd153-b-op-ph-emp-np-1-1', 'd153-b-op-ph-emp-np-1-2', 'd153-b-v2-filler-nca-deep-0',
    'd153-b-v2-filler-nca-deep-1', 'd153-b-v2-filler-nca-short-0', 'd153-b-v2-filler-nca-short-0-p',
    'd153-b-v2-filler-nca-short-1', 'd153-b-v2-filler-nca-short-1-p', 'd153-b-vo-dummy-doc-deep-0',
    'd153-b-vo-dummy-doc-deep-1', 'd153-b-vo-dummy-doc-short-0', 'd153-b-vo-dummy-doc-short-1',
    'd153-b-vo-dummy-ncp-deep-0', 'd153-b-vo-dummy-ncp-deep-1', 'd153-b-vo-dummy-ncp-short-0',
    'd153-b-vo-dummy-ncp-short-1', 'd153-b-vo-dummy-np-deep-0', 'd153-b-vo-dummy-np-deep-1',
    'd153-b-vo-dummy-np-short-0', 'd153-b-vo-dummy-np-short-1', 'd153-s-ab-cust-nc-mid-0',
    'd153-s-ab-cust-nc-mid-1', 'd153-s-ab-cust-nc-short-0', 'd153-s-ab-cust-nc-short-1', 'd153-s-ab-cust-np2-mid-0',
    'd153-s-ab-cust-np2-mid-1', 'd153-s-ab-cust-np2-short-0', 'd153-s-ab-cust-np2-short-1',
    'd153-s-ab-cust2-nc-mid-0', 'd153-s-ab-cust2-nc-mid-1', 'd153-s-ab-cust2-nc-short-0',
    'd153-s-ab-cust2-nc-short-1', 'd153-s-ab-cust2-np2-mid-0', 'd153-s-ab-cust2-np2-mid-1',
    'd153-s-ab-cust2-np2-short-0', 'd153-s-ab-cust2-np2-short-1', 'd153-s-ab-cust6-nc-mid-0',
    'd153-s-ab-cust6-nc-mid-1', 'd153-s-ab-cust6-nc-short-0', 'd153-s-ab-cust6-nc-short-1',
    'd153-s-ab-cust6-np2-mid-0', 'd153-s-ab-cust6-np2-mid-1', 'd153-s-ab-cust6-np2-short-0',
    'd153-s-ab-cust6-np2-short-1', 'd153-s-ab-cust7-nc-mid-0', 'd153-s-ab-cust7-nc-mid-1',
    'd153-s-ab-cust7-nc-short-0', 'd153-s-ab-cust7-nc-short-1', 'd153-s-ab-cust7-np2-mid-0',
    'd153-s-ab-cust7-np2-mid-1', 'd153-s-ab-cust7-np2-short-0', 'd153-s-ab-cust7-np2-short-1',
    'd153-s-hd-buyer-city-gen-0-ren', 'd153-s-hd-buyer-city-gen-1-ren', 'd153-s-hd-buyer-phone-gen-0-ren',
    'd153-s-hd-buyer-phone-gen-1-ren', 'd153-s-hd-consignee-city-gen-0-ren', 'd153-s-hd-consignee-city-gen-1-ren',
    'd153-s-hd-consignee-phone-gen-0-ren', 'd153-s-hd-consignee-phone-gen-1-ren',
    'd153-s-hd-delivery-city-gen-0-ren', 'd153-s-hd-delivery-city-gen-1-ren', 'd153-s-hd-delivery-phone-gen-0-ren',
    'd153-s-hd-delivery-phone-gen-1-ren', 'd153-s-hd-destination-city-gen-0-ren',
    'd153-s-hd-destination-city-gen-1-ren', 'd153-s-hd-destination-phone-gen-0-ren',
    'd153-s-hd-destination-phone-gen-1-ren', 'd153-s-hd-patient-city-gen-0-ren', 'd153-s-hd-patient-city-gen-1-ren',
    'd153-s-hd-patient-phone-gen-0-ren', 'd153-s-hd-patient-phone-gen-1-ren', 'd153-s-hd-recipient-city-gen-0-ren',
    'd153-s-hd-recipient-city-gen-1-ren', 'd153-s-hd-recipient-phone-gen-0-ren',
    'd153-s-hd-recipient-phone-gen-1-ren', 'd153-s-hd-ship-city-gen-0-ren', 'd153-s-hd-ship-city-gen-1-ren',
    'd153-s-hd-ship-phone-gen-0-ren', 'd153-s-hd-ship-phone-gen-1-ren', 'd153-s-hd-tenant-city-gen-0-ren',
    'd153-s-hd-tenant-city-gen-1-ren', 'd153-s-hd-tenant-phone-gen-0-ren', 'd153-s-hd-tenant-phone-gen-1-ren',
    'd153-s-op-all-tpl-doc-2-0', 'd153-s-op-all-tpl-doc-2-1', 'd153-s-op-all-tpl-doc-2-2',
    'd153-s-op-all-tpl-nc-2-0', 'd153-s-op-all-tpl-nc-2-1', 'd153-s-op-all-tpl-nc-2-2', 'd153-s-op-all-tpl-ncp-2-0',
    'd153-s-op-all-tpl-ncp-2-1', 'd153-s-op-all-tpl-ncp-2-2', 'd153-s-op-all-tpl-np-2-0',
    'd153-s-op-all-tpl-np-2-1', 'd153-s-op-all-tpl-np-2-2', 'd153-s-op-ph-cour-doc-2-0',
    'd153-s-op-ph-cour-doc-2-1', 'd153-s-op-ph-cour-doc-2-2', 'd153-s-op-ph-cour-ncp-2-0',
    'd153-s-op-ph-cour-ncp-2-1', 'd153-s-op-ph-cour-ncp-2-2', 'd153-s-op-ph-cour-np-2-0',
    'd153-s-op-ph-cour-np-2-1', 'd153-s-op-ph-cour-np-2-2', 'd153-s-v2-ag-tpl-nca-short-0',
    'd153-s-v2-ag-tpl-nca-short-1', 'd153-s-v2-filler-nca-deep-0', 'd153-s-v2-filler-nca-deep-1',
    'd153-s-v2-filler-nca-short-0', 'd153-s-v2-filler-nca-short-1', 'd153-s-v2-ngen-nca-deep-0',
    'd153-s-v2-ngen-nca-deep-1', 'd153-s-v2-ngen-nca-short-0', 'd153-s-v2-ngen-nca-short-1',
    'd153-s-v2-phold-nca-deep-0', 'd153-s-v2-phold-nca-deep-1', 'd153-s-v2-phold-nca-short-0',
    'd153-s-v2-phold-nca-short-1', 'd153-s-v2-testf-nca-deep-0', 'd153-s-v2-testf-nca-deep-1',
    'd153-s-v2-testf-nca-short-0', 'd153-s-v2-testf-nca-short-1', 'd153-s-v2-train-nca-deep-0',
    'd153-s-v2-train-nca-deep-1', 'd153-s-v2-train-nca-short-0', 'd153-s-v2-train-nca-short-1',
    'd153-s-vo-ci-tpl-ncp-short-0', 'd153-s-vo-ci-tpl-ncp-short-1', 'd153-s-vo-ci-wh-ncp-short-0',
    'd153-s-vo-ci-wh-ncp-short-1', 'd153-s-vo-dflt-doc-deep-0', 'd153-s-vo-dflt-doc-deep-1',
    'd153-s-vo-dflt-doc-short-0', 'd153-s-vo-dflt-doc-short-1', 'd153-s-vo-dflt-ncp-deep-0',
    'd153-s-vo-dflt-ncp-deep-1', 'd153-s-vo-dflt-ncp-short-0', 'd153-s-vo-dflt-ncp-short-1',
    'd153-s-vo-dflt-np-deep-0', 'd153-s-vo-dflt-np-deep-1', 'd153-s-vo-dflt-np-short-0',
    'd153-s-vo-dflt-np-short-1', 'd153-s-vo-help-doc-deep-0', 'd153-s-vo-help-doc-deep-1',
    'd153-s-vo-help-doc-short-0', 'd153-s-vo-help-doc-short-1', 'd153-s-vo-help-ncp-deep-0',
    'd153-s-vo-help-ncp-deep-1', 'd153-s-vo-help-ncp-short-0', 'd153-s-vo-help-ncp-short-1',
    'd153-s-vo-help-np-deep-0', 'd153-s-vo-help-np-deep-1', 'd153-s-vo-help-np-short-0',
    'd153-s-vo-help-np-short-1', 'd153-s-vo-nm-cour-doc-short-0', 'd153-s-vo-nm-cour-doc-short-1',
    'd153-s-vo-nm-cour-ncp-short-0', 'd153-s-vo-nm-cour-ncp-short-1', 'd153-s-vo-nm-cour-np-short-0',
    'd153-s-vo-nm-cour-np-short-1', 'd153-s-vo-ph-dum-doc-short-0', 'd153-s-vo-ph-dum-doc-short-1',
    'd153-s-vo-ph-dum-ncp-short-0', 'd153-s-vo-ph-dum-ncp-short-1', 'd153-s-vo-ph-dum-np-short-0',
    'd153-s-vo-ph-dum-np-short-1', 'd153-s-vo-ph-off-doc-short-0', 'd153-s-vo-ph-off-doc-short-1',
    'd153-s-vo-ph-off-ncp-short-0', 'd153-s-vo-ph-off-ncp-short-1', 'd153-s-vo-ph-off-np-short-0',
    'd153-s-vo-ph-off-np-short-1', 'd153-s-vo-ph-sup-doc-short-0', 'd153-s-vo-ph-sup-doc-short-1',
    'd153-s-vo-ph-sup-ncp-short-0', 'd153-s-vo-ph-sup-ncp-short-1', 'd153-s-vo-ph-sup-np-short-0',
    'd153-s-vo-ph-sup-np-short-1', 'd153-s-vo-tpl-doc-deep-0', 'd153-s-vo-tpl-doc-deep-1',
    'd153-s-vo-tpl-ncp-deep-0', 'd153-s-vo-tpl-ncp-deep-1', 'd153-s-vo-tpl-np-deep-0', 'd153-s-vo-tpl-np-deep-1',
    'd153-v-ab-cust-nc-mid-0', 'd153-v-ab-cust-nc-mid-1', 'd153-v-ab-cust-nc-short-0', 'd153-v-ab-cust-nc-short-1',
    'd153-v-ab-cust-np2-mid-0', 'd153-v-ab-cust-np2-mid-1', 'd153-v-ab-cust-np2-short-0',
    'd153-v-ab-cust-np2-short-1', 'd153-v-ab-cust2-nc-mid-0', 'd153-v-ab-cust2-nc-mid-1',
    'd153-v-ab-cust2-nc-short-0', 'd153-v-ab-cust2-nc-short-1', 'd153-v-ab-cust2-np2-mid-0',
    'd153-v-ab-cust2-np2-mid-1', 'd153-v-ab-cust2-np2-short-0', 'd153-v-ab-cust2-np2-short-1',
    'd153-v-ab-cust6-nc-short-0', 'd153-v-ab-cust6-nc-short-1', 'd153-v-ab-cust6-np2-short-0',
    'd153-v-ab-cust6-np2-short-1', 'd153-v-ab-cust7-nc-short-0', 'd153-v-ab-cust7-nc-short-1',
    'd153-v-ab-cust7-np2-short-0', 'd153-v-ab-cust7-np2-short-1', 'd153-v-op-all-tpl-doc-0-0',
    'd153-v-op-all-tpl-doc-0-1', 'd153-v-op-all-tpl-doc-0-2', 'd153-v-op-all-tpl-doc-1-0',
    'd153-v-op-all-tpl-doc-1-1', 'd153-v-op-all-tpl-doc-1-2', 'd153-v-op-all-tpl-doc-2-0-deep',
    'd153-v-op-all-tpl-doc-2-1-deep', 'd153-v-op-all-tpl-doc-2-2-deep', 'd153-v-op-all-tpl-nc-0-0',
    'd153-v-op-all-tpl-nc-0-1', 'd153-v-op-all-tpl-nc-0-2', 'd153-v-op-all-tpl-nc-1-0', 'd153-v-op-all-tpl-nc-1-1',
    'd153-v-op-all-tpl-nc-1-2', 'd153-v-op-all-tpl-nc-2-0-deep', 'd153-v-op-all-tpl-nc-2-1-deep',
    'd153-v-op-all-tpl-nc-2-2-deep', 'd153-v-op-all-tpl-ncp-0-0', 'd153-v-op-all-tpl-ncp-0-1',
    'd153-v-op-all-tpl-ncp-0-2', 'd153-v-op-all-tpl-ncp-1-0', 'd153-v-op-all-tpl-ncp-1-1',
    'd153-v-op-all-tpl-ncp-1-2', 'd153-v-op-all-tpl-ncp-2-0-deep', 'd153-v-op-all-tpl-ncp-2-1-deep',
    'd153-v-op-all-tpl-ncp-2-2-deep', 'd153-v-op-all-tpl-np-0-0', 'd153-v-op-all-tpl-np-0-1',
    'd153-v-op-all-tpl-np-0-2', 'd153-v-op-all-tpl-np-1-0', 'd153-v-op-all-tpl-np-1-1', 'd153-v-op-all-tpl-np-1-2',
    'd153-v-op-all-tpl-np-2-0-deep', 'd153-v-op-all-tpl-np-2-1-deep', 'd153-v-op-all-tpl-np-2-2-deep',
    'd153-v-op-ph-cour-doc-0-0', 'd153-v-op-ph-cour-doc-0-1', 'd153-v-op-ph-cour-doc-0-2',
    'd153-v-op-ph-cour-doc-1-0', 'd153-v-op-ph-cour-doc-1-1', 'd153-v-op-ph-cour-doc-1-2',
    'd153-v-op-ph-cour-ncp-0-0', 'd153-v-op-ph-cour-ncp-0-1', 'd153-v-op-ph-cour-ncp-0-2',
    'd153-v-op-ph-cour-ncp-1-0', 'd153-v-op-ph-cour-ncp-1-1', 'd153-v-op-ph-cour-ncp-1-2',
    'd153-v-op-ph-cour-np-0-0', 'd153-v-op-ph-cour-np-0-1', 'd153-v-op-ph-cour-np-0-2', 'd153-v-op-ph-cour-np-1-0',
    'd153-v-op-ph-cour-np-1-1', 'd153-v-op-ph-cour-np-1-2', 'd153-v-v2-ag-tpl-nca-short-0',
    'd153-v-v2-ag-tpl-nca-short-0-p', 'd153-v-v2-ag-tpl-nca-short-1', 'd153-v-v2-ag-tpl-nca-short-1-p',
    'd153-v-v2-filler-nca-deep-0', 'd153-v-v2-filler-nca-deep-0-p', 'd153-v-v2-filler-nca-deep-1',
    'd153-v-v2-filler-nca-deep-1-p', 'd153-v-v2-filler-nca-short-0', 'd153-v-v2-filler-nca-short-0-p',
    'd153-v-v2-filler-nca-short-1', 'd153-v-v2-filler-nca-short-1-p', 'd153-v-v2-ngen-nca-deep-0',
    'd153-v-v2-ngen-nca-deep-0-p', 'd153-v-v2-ngen-nca-deep-1', 'd153-v-v2-ngen-nca-deep-1-p',
    'd153-v-v2-ngen-nca-short-0', 'd153-v-v2-ngen-nca-short-0-p', 'd153-v-v2-ngen-nca-short-1',
    'd153-v-v2-ngen-nca-short-1-p', 'd153-v-v2-phold-nca-deep-0', 'd153-v-v2-phold-nca-deep-0-p',
    'd153-v-v2-phold-nca-deep-1', 'd153-v-v2-phold-nca-deep-1-p', 'd153-v-v2-phold-nca-short-0',
    'd153-v-v2-phold-nca-short-0-p', 'd153-v-v2-phold-nca-short-1', 'd153-v-v2-phold-nca-short-1-p',
    'd153-v-v2-testf-nca-deep-0', 'd153-v-v2-testf-nca-deep-0-p', 'd153-v-v2-testf-nca-deep-1',
    'd153-v-v2-testf-nca-deep-1-p', 'd153-v-v2-testf-nca-short-0', 'd153-v-v2-testf-nca-short-0-p',
    'd153-v-v2-testf-nca-short-1', 'd153-v-v2-testf-nca-short-1-p', 'd153-v-v2-train-nca-deep-0',
    'd153-v-v2-train-nca-deep-0-p', 'd153-v-v2-train-nca-deep-1', 'd153-v-v2-train-nca-deep-1-p',
    'd153-v-v2-train-nca-short-0', 'd153-v-v2-train-nca-short-0-p', 'd153-v-v2-train-nca-short-1',
    'd153-v-v2-train-nca-short-1-p', 'd153-v-vo-ci-tpl-ncp-short-0', 'd153-v-vo-ci-tpl-ncp-short-0-p',
    'd153-v-vo-ci-tpl-ncp-short-1', 'd153-v-vo-ci-tpl-ncp-short-1-p', 'd153-v-vo-ci-wh-ncp-short-0',
    'd153-v-vo-ci-wh-ncp-short-0-p', 'd153-v-vo-ci-wh-ncp-short-1', 'd153-v-vo-ci-wh-ncp-short-1-p',
    'd153-v-vo-dflt-doc-deep-0', 'd153-v-vo-dflt-doc-deep-0-p', 'd153-v-vo-dflt-doc-deep-1',
    'd153-v-vo-dflt-doc-deep-1-p', 'd153-v-vo-dflt-doc-short-0', 'd153-v-vo-dflt-doc-short-0-p',
    'd153-v-vo-dflt-doc-short-1', 'd153-v-vo-dflt-doc-short-1-p', 'd153-v-vo-dflt-ncp-deep-0',
    'd153-v-vo-dflt-ncp-deep-0-p', 'd153-v-vo-dflt-ncp-deep-1', 'd153-v-vo-dflt-ncp-deep-1-p',
    'd153-v-vo-dflt-ncp-short-0', 'd153-v-vo-dflt-ncp-short-0-p', 'd153-v-vo-dflt-ncp-short-1',
    'd153-v-vo-dflt-ncp-short-1-p', 'd153-v-vo-dflt-np-deep-0', 'd153-v-vo-dflt-np-deep-0-p',
    'd153-v-vo-dflt-np-deep-1', 'd153-v-vo-dflt-np-deep-1-p', 'd153-v-vo-dflt-np-short-0',
    'd153-v-vo-dflt-np-short-0-p', 'd153-v-vo-dflt-np-short-1', 'd153-v-vo-dflt-np-short-1-p',
    'd153-v-vo-help-doc-deep-0', 'd153-v-vo-help-doc-deep-0-p', 'd153-v-vo-help-doc-deep-1',
    'd153-v-vo-help-doc-deep-1-p', 'd153-v-vo-help-doc-short-0', 'd153-v-vo-help-doc-short-0-p',
    'd153-v-vo-help-doc-short-1', 'd153-v-vo-help-doc-short-1-p', 'd153-v-vo-help-ncp-deep-0',
    'd153-v-vo-help-ncp-deep-0-p', 'd153-v-vo-help-ncp-deep-1', 'd153-v-vo-help-ncp-deep-1-p',
    'd153-v-vo-help-ncp-short-0', 'd153-v-vo-help-ncp-short-0-p', 'd153-v-vo-help-ncp-short-1',
    'd153-v-vo-help-ncp-short-1-p', 'd153-v-vo-help-np-deep-0', 'd153-v-vo-help-np-deep-0-p',
    'd153-v-vo-help-np-deep-1', 'd153-v-vo-help-np-deep-1-p', 'd153-v-vo-help-np-short-0',
    'd153-v-vo-help-np-short-0-p', 'd153-v-vo-help-np-short-1', 'd153-v-vo-help-np-short-1-p',
    'd153-v-vo-nm-cour-doc-short-0', 'd153-v-vo-nm-cour-doc-short-0-p', 'd153-v-vo-nm-cour-doc-short-1',
    'd153-v-vo-nm-cour-doc-short-1-p', 'd153-v-vo-nm-cour-ncp-short-0', 'd153-v-vo-nm-cour-ncp-short-0-p',
    'd153-v-vo-nm-cour-ncp-short-1', 'd153-v-vo-nm-cour-ncp-short-1-p', 'd153-v-vo-nm-cour-np-short-0',
    'd153-v-vo-nm-cour-np-short-0-p', 'd153-v-vo-nm-cour-np-short-1', 'd153-v-vo-nm-cour-np-short-1-p',
    'd153-v-vo-ph-dum-doc-short-0', 'd153-v-vo-ph-dum-doc-short-0-p', 'd153-v-vo-ph-dum-doc-short-1',
    'd153-v-vo-ph-dum-doc-short-1-p', 'd153-v-vo-ph-dum-ncp-short-0', 'd153-v-vo-ph-dum-ncp-short-0-p',
    'd153-v-vo-ph-dum-ncp-short-1', 'd153-v-vo-ph-dum-ncp-short-1-p', 'd153-v-vo-ph-dum-np-short-0',
    'd153-v-vo-ph-dum-np-short-0-p', 'd153-v-vo-ph-dum-np-short-1', 'd153-v-vo-ph-dum-np-short-1-p',
    'd153-v-vo-ph-off-doc-short-0', 'd153-v-vo-ph-off-doc-short-0-p', 'd153-v-vo-ph-off-doc-short-1',
    'd153-v-vo-ph-off-doc-short-1-p', 'd153-v-vo-ph-off-ncp-short-0', 'd153-v-vo-ph-off-ncp-short-0-p',
    'd153-v-vo-ph-off-ncp-short-1', 'd153-v-vo-ph-off-ncp-short-1-p', 'd153-v-vo-ph-off-np-short-0',
    'd153-v-vo-ph-off-np-short-0-p', 'd153-v-vo-ph-off-np-short-1', 'd153-v-vo-ph-off-np-short-1-p',
    'd153-v-vo-ph-sup-doc-short-0', 'd153-v-vo-ph-sup-doc-short-0-p', 'd153-v-vo-ph-sup-doc-short-1',
    'd153-v-vo-ph-sup-doc-short-1-p', 'd153-v-vo-ph-sup-ncp-short-0', 'd153-v-vo-ph-sup-ncp-short-0-p',
    'd153-v-vo-ph-sup-ncp-short-1', 'd153-v-vo-ph-sup-ncp-short-1-p', 'd153-v-vo-ph-sup-np-short-0',
    'd153-v-vo-ph-sup-np-short-0-p', 'd153-v-vo-ph-sup-np-short-1', 'd153-v-vo-ph-sup-np-short-1-p',
    'd153-v-vo-tpl-doc-deep-0-p', 'd153-v-vo-tpl-doc-deep-1-p', 'd153-v-vo-tpl-ncp-deep-0-p',
    'd153-v-vo-tpl-ncp-deep-1-p', 'd153-v-vo-tpl-np-deep-0-p', 'd153-v-vo-tpl-np-deep-1-p',
}
r153_sample_round("d153-", r153_found_alone, 8, safe_every=2)
# Arguable items served from the cache after the fixes (FINDINGS.md, rounds 152-156), and with them every
# item the tester called arguable (whether one is served from the cache depends on what other probes stored
# first): left out.
r153_left_out = {
    'd153-s-ab-cust-nc-mid-0', 'd153-s-ab-cust-nc-mid-1', 'd153-s-ab-cust-nc-short-0', 'd153-s-ab-cust-nc-short-1',
    'd153-s-ab-cust-np2-mid-0', 'd153-s-ab-cust-np2-mid-1', 'd153-s-ab-cust-np2-short-0',
    'd153-s-ab-cust-np2-short-1', 'd153-s-ab-cust2-nc-mid-0', 'd153-s-ab-cust2-nc-mid-1',
    'd153-s-ab-cust2-nc-short-0', 'd153-s-ab-cust2-nc-short-1', 'd153-s-ab-cust2-np2-mid-0',
    'd153-s-ab-cust2-np2-mid-1', 'd153-s-ab-cust2-np2-short-0', 'd153-s-ab-cust2-np2-short-1',
    'd153-s-ab-cust6-nc-mid-0', 'd153-s-ab-cust6-nc-short-0', 'd153-s-ab-cust6-nc-short-1',
    'd153-s-ab-cust6-np2-mid-0', 'd153-s-ab-cust6-np2-short-0', 'd153-s-ab-cust6-np2-short-1',
    'd153-s-ab-cust7-nc-short-0', 'd153-s-ab-cust7-nc-short-1', 'd153-s-ab-cust7-np2-short-0',
    'd153-s-ab-cust7-np2-short-1', 'd153-s-op-ph-cour-doc-2-0', 'd153-s-op-ph-cour-doc-2-1',
    'd153-s-op-ph-cour-doc-2-2', 'd153-s-op-ph-cour-ncp-2-0', 'd153-s-op-ph-cour-ncp-2-1',
    'd153-s-op-ph-cour-ncp-2-2', 'd153-s-op-ph-cour-np-2-0', 'd153-s-op-ph-cour-np-2-1', 'd153-s-op-ph-cour-np-2-2',
    'd153-s-vo-ci-wh-ncp-short-0', 'd153-s-vo-ci-wh-ncp-short-1', 'd153-s-vo-nm-cour-doc-short-0',
    'd153-s-vo-nm-cour-doc-short-1', 'd153-s-vo-nm-cour-ncp-short-0', 'd153-s-vo-nm-cour-ncp-short-1',
    'd153-s-vo-nm-cour-np-short-0', 'd153-s-vo-nm-cour-np-short-1', 'd153-s-vo-ph-off-doc-short-0',
    'd153-s-vo-ph-off-doc-short-1', 'd153-s-vo-ph-off-ncp-short-0', 'd153-s-vo-ph-off-ncp-short-1',
    'd153-s-vo-ph-off-np-short-0', 'd153-s-vo-ph-off-np-short-1', 'd153-s-vo-ph-sup-doc-short-0',
    'd153-s-vo-ph-sup-doc-short-1', 'd153-s-vo-ph-sup-ncp-short-0', 'd153-s-vo-ph-sup-ncp-short-1',
    'd153-s-vo-ph-sup-np-short-0', 'd153-s-vo-ph-sup-np-short-1', 'd153-v-ab-cust-nc-mid-0',
    'd153-v-ab-cust-nc-mid-1', 'd153-v-ab-cust-nc-short-0', 'd153-v-ab-cust-nc-short-1', 'd153-v-ab-cust-np2-mid-0',
    'd153-v-ab-cust-np2-mid-1', 'd153-v-ab-cust-np2-short-0', 'd153-v-ab-cust-np2-short-1',
    'd153-v-ab-cust2-nc-mid-0', 'd153-v-ab-cust2-nc-mid-1', 'd153-v-ab-cust2-nc-short-0',
    'd153-v-ab-cust2-nc-short-1', 'd153-v-ab-cust2-np2-mid-0', 'd153-v-ab-cust2-np2-mid-1',
    'd153-v-ab-cust2-np2-short-0', 'd153-v-ab-cust2-np2-short-1', 'd153-v-ab-cust6-nc-short-0',
    'd153-v-ab-cust6-nc-short-1', 'd153-v-ab-cust6-np2-short-0', 'd153-v-ab-cust6-np2-short-1',
    'd153-v-ab-cust7-nc-short-0', 'd153-v-ab-cust7-nc-short-1', 'd153-v-ab-cust7-np2-short-0',
    'd153-v-ab-cust7-np2-short-1', 'd153-v-op-ph-cour-doc-0-0', 'd153-v-op-ph-cour-doc-0-1',
    'd153-v-op-ph-cour-doc-0-2', 'd153-v-op-ph-cour-doc-1-0', 'd153-v-op-ph-cour-doc-1-1',
    'd153-v-op-ph-cour-doc-1-2', 'd153-v-op-ph-cour-ncp-0-0', 'd153-v-op-ph-cour-ncp-0-1',
    'd153-v-op-ph-cour-ncp-0-2', 'd153-v-op-ph-cour-ncp-1-0', 'd153-v-op-ph-cour-ncp-1-1',
    'd153-v-op-ph-cour-ncp-1-2', 'd153-v-op-ph-cour-np-0-0', 'd153-v-op-ph-cour-np-0-1', 'd153-v-op-ph-cour-np-0-2',
    'd153-v-op-ph-cour-np-1-0', 'd153-v-op-ph-cour-np-1-1', 'd153-v-op-ph-cour-np-1-2',
    'd153-v-vo-ci-wh-ncp-short-0', 'd153-v-vo-ci-wh-ncp-short-0-p', 'd153-v-vo-ci-wh-ncp-short-1',
    'd153-v-vo-ci-wh-ncp-short-1-p', 'd153-v-vo-nm-cour-doc-short-0', 'd153-v-vo-nm-cour-doc-short-0-p',
    'd153-v-vo-nm-cour-doc-short-1', 'd153-v-vo-nm-cour-doc-short-1-p', 'd153-v-vo-nm-cour-ncp-short-0',
    'd153-v-vo-nm-cour-ncp-short-0-p', 'd153-v-vo-nm-cour-ncp-short-1', 'd153-v-vo-nm-cour-ncp-short-1-p',
    'd153-v-vo-nm-cour-np-short-0', 'd153-v-vo-nm-cour-np-short-0-p', 'd153-v-vo-nm-cour-np-short-1',
    'd153-v-vo-nm-cour-np-short-1-p', 'd153-v-vo-ph-off-doc-short-0', 'd153-v-vo-ph-off-doc-short-0-p',
    'd153-v-vo-ph-off-doc-short-1', 'd153-v-vo-ph-off-doc-short-1-p', 'd153-v-vo-ph-off-ncp-short-0',
    'd153-v-vo-ph-off-ncp-short-0-p', 'd153-v-vo-ph-off-ncp-short-1', 'd153-v-vo-ph-off-ncp-short-1-p',
    'd153-v-vo-ph-off-np-short-0', 'd153-v-vo-ph-off-np-short-0-p', 'd153-v-vo-ph-off-np-short-1',
    'd153-v-vo-ph-off-np-short-1-p', 'd153-v-vo-ph-sup-doc-short-0', 'd153-v-vo-ph-sup-doc-short-0-p',
    'd153-v-vo-ph-sup-doc-short-1', 'd153-v-vo-ph-sup-doc-short-1-p', 'd153-v-vo-ph-sup-ncp-short-0',
    'd153-v-vo-ph-sup-ncp-short-0-p', 'd153-v-vo-ph-sup-ncp-short-1', 'd153-v-vo-ph-sup-ncp-short-1-p',
    'd153-v-vo-ph-sup-np-short-0', 'd153-v-vo-ph-sup-np-short-0-p', 'd153-v-vo-ph-sup-np-short-1',
    'd153-v-vo-ph-sup-np-short-1-p',
}
P[:] = [r153_p for r153_p in P if r153_p["id"] not in r153_left_out and r153_p["id"] not in r153_arguable]
