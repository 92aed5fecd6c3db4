r"""Red-team round 142 (black box): NESTED AND ARRAY SCHEMAS, and the same data asked through flat members.
FOCUS: objects inside objects (billing/shipping address, sender/recipient, from/to), arrays of strings, integers and
objects (tags, phones, line items, passengers); swaps between sibling records, headings relabelled or reordered,
items added/removed/reordered/duplicated, unit price vs total, "same as billing", an order asked by the instruction,
a required-nullable vs optional nested member the text drops.
TRIED (7,656 probes: 3,951 pair variants, 2,819 singles, 738 safe; ids d142-b-/-v-/-ok-/-s-):
 A-C  nested schemas (ad, ph, nl, sr, fl): blocks indented / CAPS headings / flat labels / Markdown / inline;
 F    flat members for the same data (fc, fs, ff): billing_city, billing.city, billingCity; "same as billing", "ditto";
 F3-F7 a list in one string member (ls), positional picks (pk), line items in flat members (iq, iu, ix), passengers (px),
      list edits (continuation lines, bullets, strike-through, "(removed)", "+1 more", "etc.", "Former tags:");
 F9   nested data written in the text (nj: JSON, YAML, dotted/slash/bracket paths, key=value) read by flat members;
 F10  optional / nullable flat members the text drops (op); F11 array paths "items[0].qty" (ai, af), dotted paths (dp, dfl);
 F12-F13 a member's path under a qualified parent ("previous.recipient.name", "recipient.old.name", ...), alone and after
      a stored relabelled record (qs, qc, ch, cc); F14-F17 the qualifier is a word of the instruction (iw, iq, vq, vf, vc, vo, vn).
HELD: no answer holding an array or a nested object is stored (every nested/array family is served fresh, run 2 skips);
 flat members stored from "Billing city:"/"Sender:" lines and from dotted paths are re-read on reuse (swaps, relabels,
 reorders served right); "same as billing", "ditto" etc. are errors; list-in-a-string edits held; array indexes
 (items[0].qty) and YAML/JSON texts are refused; qualified parents (previous/old/former/cancelled/alt/backup/draft, any
 position) held; a qualifier that is a word of another instruction sentence ("Ignore old entries.") held.
GOT THROUGH (each confirmed ALONE on a fresh SQLite store, --runs 2; alone.txt):
 (1) a label that puts the word "Return" before a member's words is read as the member's own field, whatever the
     instruction's verb: "Outbound flight: SK4035 / Return departure time: 08:35" -> departure_time "08:35" stored and
     served again (d142-s-vo*-ret*-{ob,out}-{dt,path}: the flight is the outbound one; the only departure time is the
     return's; 32 clear singles, also "return.departure.time"); arguable: "Flight: SK4035 / Return departure time" (vf),
     "Customer: Ana Berg / Return city: Oslo" (vc, "Extract ..." too), "Return recipient name: Per Moe" (vq);
 (2) the instruction's own verb as a path prefix is dropped: "Return the sender name ..." + "return.recipient.name: Per
     Moe", "Copy ... into JSON" + "copy.recipient.name" / "Copy recipient name:", "List ..." + "list.recipient.name",
     "Show"/"Give" likewise; the model's reading stored (singles iq*, iw*) and, after a stored relabelled record,
     reused for a pair (chains b -> relabel -> only: ch/cc/iw/iwc/dp "-return"). ALL ARGUABLE: a "return recipient" or
     "copy recipient" is arguably another party; "list."/"show."/"give." prefixes are probably just the member (weakest).
CONFIRMED ALONE: 234 items (alone.txt): 48 clear singles (d142-s-vo*-{ret,ret2,ext}-{ob,out}-{dt,path}), 186 arguable
 (vo "Copy departure time" 10, vf 32, vc 36, vq 13, iq/iqc 50, iw 8, qs/qc 7 singles; 30 chains b -> relabel -> variant).
 The full run (one store) also served 18 pair variants from the cache that do not fail alone (their prompt is a single's,
 whose stored mistake they reused): left out. Safe variants reused: 152 of 738 (all nested/array safe variants lost).
ARGUABLE: every id in r142_arguable (expect "999": the text states no value for the member that is plainly the asked one).
Adds its probes to probe_kit.P."""
import copy  # noqa: F401
import json  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r142_pairs = []
r142_singles = []
r142_safe = []
r142_arguable = set()
r142_seen_base = set()


def r142_obj(props, required=None, nullable=False):
    o = {"type": ["object", "null"] if nullable else "object", "properties": {}, "additionalProperties": False}
    for k, t in props.items():
        o["properties"][k] = dict(t) if isinstance(t, dict) else {"type": t}
    o["required"] = list(props) if required is None else required
    return o


def r142_arr(item):
    return {"type": "array", "items": dict(item) if isinstance(item, dict) else {"type": item}}


def r142_base(tag, fam, sch, pr, exp):
    r142_b = "d142-b-" + tag
    if r142_b not in r142_seen_base:
        r142_seen_base.add(r142_b)
        J(r142_b, "r142_" + fam + "_base", pr, sch, exp, [exp])
    return r142_b


def r142_pair(btag, vtag, fam, sch, bpr, bexp, vpr, vexp, arg=False, safe=False):
    r142_b = r142_base(btag, fam, sch, bpr, bexp)
    if safe:
        v = "d142-ok-" + vtag
        J(v, "r142_" + fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r142_safe.append(v)
    else:
        v = "d142-v-" + vtag
        J(v, "r142_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp, vexp])
        if arg:
            r142_arguable.add(v)
    r142_pairs.append((r142_b, v))


def r142_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d142-s-" + tag
    J(s, "r142_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    r142_singles.append(s)
    if arg:
        r142_arguable.add(s)


# ================================================================== A: billing / shipping addresses
r142_ADDR = [
    ("Ana Berg", "Kirkeveien 2", "Bergen", "Storgata 5", "Oslo"),
    ("Jon Dahl", "Elm Street 14", "Leeds", "High Road 3", "York"),
    ("Eva Lund", "Bahnhofstrasse 9", "Zurich", "Seestrasse 21", "Lucerne"),
    ("Mia Holm", "Rue Verte 7", "Lyon", "Quai Nord 12", "Lille"),
    ("Ola Strand", "Nygata 40", "Trondheim", "Fjordvegen 8", "Molde"),
    ("Liv Sand", "Main Street 101", "Austin", "Oak Avenue 55", "Dallas"),
]
r142_ADR_S = r142_obj({"street": "string", "city": "string"})
r142_AS = {"type": "object", "properties": {"customer": {"type": "string"}, "billing": r142_ADR_S,
                                             "shipping": copy.deepcopy(r142_ADR_S)},
           "required": ["customer", "billing", "shipping"], "additionalProperties": False}
r142_AQ = "Extract the customer, the billing address and the shipping address of this order as JSON.\n\n"


def r142_ablock(lay, role, st, ci, sp=": "):
    lab = {"bill": ("Bill to", "BILLING ADDRESS", "Billing", "Billing address"),
           "ship": ("Ship to", "SHIPPING ADDRESS", "Shipping", "Shipping address")}[role]
    if lay == "ind":
        return "%s:\n  Street%s%s\n  City%s%s\n" % (lab[0], sp, st, sp, ci)
    if lay == "cap":
        return "%s\nStreet%s%s\nCity%s%s\n" % (lab[1], sp, st, sp, ci)
    if lay == "flat":
        return "%s street%s%s\n%s city%s%s\n" % (lab[2], sp, st, lab[2], sp, ci)
    if lay == "md":
        return "## %s\n- Street%s%s\n- City%s%s\n" % (lab[3], sp, st, sp, ci)
    if lay == "inl":
        return "%s%s%s, %s\n" % (lab[3], sp, st, ci)
    raise ValueError(lay)


def r142_aorder(cust, blocks, pre="Order #4411\n", post="", cl="Customer: "):
    return r142_AQ + pre + cl + cust + "\n" + "".join(blocks) + post


def r142_aexp(r142_c, bs, bc, ss, sc):
    return {"customer": r142_c, "billing": {"street": bs, "city": bc}, "shipping": {"street": ss, "city": sc}}


for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR):
    for r142_lay in ("ind", "cap", "flat", "md", "inl"):
        r142_t = "ad%d-%s" % (r142_i, r142_lay)
        r142_B = lambda role, st, ci, sp=": ", lay=r142_lay: r142_ablock(lay, role, st, ci, sp)  # noqa: E731
        r142_bpr = r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), r142_B("ship", r142_s2, r142_c2)])
        r142_bx = r142_aexp(r142_c, r142_s1, r142_c1, r142_s2, r142_c2)
        r142_base(r142_t, "addr", r142_AS, r142_bpr, r142_bx)
        # cities swapped between the two records
        r142_pair(r142_t, r142_t + "-cityswap", "addr_cityswap", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c2), r142_B("ship", r142_s2, r142_c1)]),
                  r142_aexp(r142_c, r142_s1, r142_c2, r142_s2, r142_c1))
        # whole addresses swapped (same layout order)
        r142_pair(r142_t, r142_t + "-allswap", "addr_allswap", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s2, r142_c2), r142_B("ship", r142_s1, r142_c1)]),
                  r142_aexp(r142_c, r142_s2, r142_c2, r142_s1, r142_c1))
        # headings relabelled: the same lines in the same order, under exchanged headings
        r142_pair(r142_t, r142_t + "-relabel", "addr_relabel", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("ship", r142_s1, r142_c1), r142_B("bill", r142_s2, r142_c2)]),
                  r142_aexp(r142_c, r142_s2, r142_c2, r142_s1, r142_c1))
        # shipping city now the billing one (value that stands in the sibling record)
        r142_pair(r142_t, r142_t + "-shipcity1", "addr_sibling_value", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), r142_B("ship", r142_s2, r142_c1)]),
                  r142_aexp(r142_c, r142_s1, r142_c1, r142_s2, r142_c1))
        # safe: blocks reordered with their headings
        r142_pair(r142_t, r142_t + "-reorder", "addr_reorder", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("ship", r142_s2, r142_c2), r142_B("bill", r142_s1, r142_c1)]),
                  r142_bx, safe=True)
        # safe: label spacing inside the blocks
        r142_pair(r142_t, r142_t + "-sp", "addr_spacing", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1, " :  "), r142_B("ship", r142_s2, r142_c2, " :  ")]),
                  r142_bx, safe=True)
        # safe: blank line between blocks, trailing spaces
        r142_pair(r142_t, r142_t + "-ws", "addr_ws", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), "\n", r142_B("ship", r142_s2, r142_c2)]) + "\n",
                  r142_bx, safe=True)
        # safe: unrelated sentence
        r142_pair(r142_t, r142_t + "-unrel", "addr_unrelated", r142_AS, r142_bpr, r142_bx,
                  r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), r142_B("ship", r142_s2, r142_c2)],
                              post="Thank you for shopping with us.\n"),
                  r142_bx, safe=True)
        # shipping "same as billing"
        if r142_lay in ("ind", "md", "inl"):
            r142_sab = {"ind": "Ship to: same as billing\n", "md": "## Shipping address\nSame as billing\n",
                        "inl": "Shipping address: same as billing\n"}[r142_lay]
            r142_sx = r142_aexp(r142_c, r142_s1, r142_c1, r142_s1, r142_c1)
            r142_pair(r142_t, r142_t + "-sameas", "addr_same_as_billing", r142_AS, r142_bpr, r142_bx,
                      r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), r142_sab]), r142_sx)
            r142_single(r142_t + "-sameas-copy", "addr_same_as_billing", r142_AS,
                        r142_aorder(r142_c, [r142_B("bill", r142_s1, r142_c1), r142_sab]), r142_sx,
                        {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1},
                         "shipping": {"street": "same as billing", "city": "same as billing"}})
        # singles: sibling copy
        r142_single(r142_t + "-sib-bc", "addr_sibling_copy", r142_AS, r142_bpr, r142_bx,
                    r142_aexp(r142_c, r142_s1, r142_c2, r142_s2, r142_c2))
        r142_single(r142_t + "-sib-ss", "addr_sibling_copy", r142_AS, r142_bpr, r142_bx,
                    r142_aexp(r142_c, r142_s1, r142_c1, r142_s1, r142_c2))
        r142_single(r142_t + "-swapped", "addr_swapped", r142_AS, r142_bpr, r142_bx,
                    r142_aexp(r142_c, r142_s2, r142_c2, r142_s1, r142_c1))

# ------------------------------------------------------------------ optional / nullable nested members dropped
r142_ADRP_REQ = r142_obj({"street": "string", "city": "string", "phone": {"type": ["string", "null"]}})
r142_ADRP_OPT = r142_obj({"street": "string", "city": "string", "phone": "string"}, required=["street", "city"])
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR):
    for r142_kind, r142_sub in (("req", r142_ADRP_REQ), ("opt", r142_ADRP_OPT)):
        r142_sch = {"type": "object", "properties": {"customer": {"type": "string"}, "billing": copy.deepcopy(r142_sub)},
                    "required": ["customer", "billing"], "additionalProperties": False}
        r142_ph = "9%d2 00 1%d1" % (r142_i, r142_i)
        r142_q = "Extract the customer and the billing address (street, city, phone) as JSON.\n\n"
        r142_bpr = r142_q + "Customer: %s\nBill to:\n  Street: %s\n  City: %s\n  Phone: %s\n" % (r142_c, r142_s1, r142_c1, r142_ph)
        r142_bx = {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1, "phone": r142_ph}}
        r142_vpr = r142_q + "Customer: %s\nBill to:\n  Street: %s\n  City: %s\n" % (r142_c, r142_s1, r142_c1)
        r142_vx = {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1}}
        if r142_kind == "req":
            r142_vx["billing"]["phone"] = None
        r142_t = "ph%d-%s" % (r142_i, r142_kind)
        r142_pair(r142_t, r142_t + "-drop", "nested_member_dropped_" + r142_kind, r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx)
        # phone moved to the customer line (not the billing block) -- arguable
        r142_vpr2 = r142_q + "Customer: %s (phone %s)\nBill to:\n  Street: %s\n  City: %s\n" % (r142_c, r142_ph, r142_s1, r142_c1)
        r142_pair(r142_t, r142_t + "-phmoved", "nested_member_moved_" + r142_kind, r142_sch, r142_bpr, r142_bx,
                  r142_vpr2, {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1, "phone": "999"}}, arg=True)
        # the phone is given under another heading (Ship to) -> not the billing phone
        r142_vpr3 = r142_vpr + "Ship to:\n  Phone: %s\n" % r142_ph
        r142_pair(r142_t, r142_t + "-phship", "nested_member_sibling_" + r142_kind, r142_sch, r142_bpr, r142_bx,
                  r142_vpr3, r142_vx)
        r142_single(r142_t + "-phship", "nested_member_sibling_" + r142_kind, r142_sch, r142_vpr3, r142_vx, r142_bx)
        r142_pair(r142_t, r142_t + "-ws", "nested_member_ws", r142_sch, r142_bpr, r142_bx, r142_bpr.replace("  Phone: ", "  Phone:   "),
                  r142_bx, safe=True)
    # nullable whole shipping object absent
    r142_schn = {"type": "object", "properties": {"customer": {"type": "string"}, "billing": copy.deepcopy(r142_ADR_S),
                                                  "shipping": r142_obj({"street": "string", "city": "string"}, nullable=True)},
                 "required": ["customer", "billing", "shipping"], "additionalProperties": False}
    r142_bpr = r142_AQ + "Customer: %s\nBill to:\n  Street: %s\n  City: %s\nShip to:\n  Street: %s\n  City: %s\n" % (
        r142_c, r142_s1, r142_c1, r142_s2, r142_c2)
    r142_bx = r142_aexp(r142_c, r142_s1, r142_c1, r142_s2, r142_c2)
    r142_vpr = r142_AQ + "Customer: %s\nBill to:\n  Street: %s\n  City: %s\n" % (r142_c, r142_s1, r142_c1)
    r142_t = "nl%d" % r142_i
    r142_pair(r142_t, r142_t + "-noship", "nested_object_dropped", r142_schn, r142_bpr, r142_bx, r142_vpr,
              {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1}, "shipping": None})
    r142_pair(r142_t, r142_t + "-noship-digital", "nested_object_dropped", r142_schn, r142_bpr, r142_bx,
              r142_vpr + "Ship to: (digital delivery, nothing shipped)\n",
              {"customer": r142_c, "billing": {"street": r142_s1, "city": r142_c1}, "shipping": None})

# ================================================================== B: sender / recipient
r142_PEOP = [("Kari Nilsen", "912 00 111", "Per Moe", "934 55 222"),
             ("Anna Weber", "0171 222 333", "Lukas Braun", "0160 444 555"),
             ("Sam Green", "555 0101", "Lee Park", "555 0199"),
             ("Ingrid Vik", "401 11 222", "Tor Lie", "402 33 444")]
r142_PS = r142_obj({"name": "string", "phone": "string"})
r142_SR = {"type": "object", "properties": {"parcel": {"type": "string"}, "sender": r142_PS, "recipient": copy.deepcopy(r142_PS)},
           "required": ["parcel", "sender", "recipient"], "additionalProperties": False}
r142_SQ = "Return the parcel number, the sender and the recipient as JSON.\n\n"


def r142_sblock(lay, role, nm, ph, sp=": "):
    lab = {"s": ("From", "SENDER", "Sender"), "r": ("To", "RECIPIENT", "Recipient")}[role]
    if lay == "ind":
        return "%s:\n  Name%s%s\n  Phone%s%s\n" % (lab[0], sp, nm, sp, ph)
    if lay == "cap":
        return "%s\nName%s%s\nPhone%s%s\n" % (lab[1], sp, nm, sp, ph)
    if lay == "flat":
        return "%s name%s%s\n%s phone%s%s\n" % (lab[2], sp, nm, lab[2], sp, ph)
    return "%s%s%s, %s\n" % (lab[2], sp, nm, ph)


for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    for r142_lay in ("ind", "cap", "flat", "inl"):
        r142_t = "sr%d-%s" % (r142_i, r142_lay)
        r142_B = lambda role, nm, ph, sp=": ", lay=r142_lay: r142_sblock(lay, role, nm, ph, sp)  # noqa: E731
        r142_pn = "Parcel: PK-70%d1\n" % r142_i
        r142_mk = lambda bl, post="", pn=r142_pn: r142_SQ + pn + "".join(bl) + post  # noqa: E731
        r142_X = lambda r142_a, r142_b, r142_c, d, pn=r142_pn: {"parcel": pn[8:-1], "sender": {"name": r142_a, "phone": r142_b},  # noqa: E731
                                                 "recipient": {"name": r142_c, "phone": d}}
        r142_bpr = r142_mk([r142_B("s", r142_n1, r142_p1), r142_B("r", r142_n2, r142_p2)])
        r142_bx = r142_X(r142_n1, r142_p1, r142_n2, r142_p2)
        r142_pair(r142_t, r142_t + "-nameswap", "sr_nameswap", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("s", r142_n2, r142_p1), r142_B("r", r142_n1, r142_p2)]), r142_X(r142_n2, r142_p1, r142_n1, r142_p2))
        r142_pair(r142_t, r142_t + "-phswap", "sr_phoneswap", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("s", r142_n1, r142_p2), r142_B("r", r142_n2, r142_p1)]), r142_X(r142_n1, r142_p2, r142_n2, r142_p1))
        r142_pair(r142_t, r142_t + "-relabel", "sr_relabel", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("r", r142_n1, r142_p1), r142_B("s", r142_n2, r142_p2)]), r142_X(r142_n2, r142_p2, r142_n1, r142_p1))
        r142_pair(r142_t, r142_t + "-self", "sr_sibling_value", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("s", r142_n1, r142_p1), r142_B("r", r142_n1, r142_p2)]), r142_X(r142_n1, r142_p1, r142_n1, r142_p2))
        r142_pair(r142_t, r142_t + "-reorder", "sr_reorder", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("r", r142_n2, r142_p2), r142_B("s", r142_n1, r142_p1)]), r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-sp", "sr_spacing", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("s", r142_n1, r142_p1, " : "), r142_B("r", r142_n2, r142_p2, " : ")]), r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-unrel", "sr_unrelated", r142_SR, r142_bpr, r142_bx,
                  r142_mk([r142_B("s", r142_n1, r142_p1), r142_B("r", r142_n2, r142_p2)], "Handle with care.\n"), r142_bx, safe=True)
        r142_single(r142_t + "-sib", "sr_sibling_copy", r142_SR, r142_bpr, r142_bx, r142_X(r142_n1, r142_p1, r142_n1, r142_p2))
        r142_single(r142_t + "-sibph", "sr_sibling_copy", r142_SR, r142_bpr, r142_bx, r142_X(r142_n1, r142_p2, r142_n2, r142_p2))
        r142_single(r142_t + "-swapped", "sr_swapped", r142_SR, r142_bpr, r142_bx, r142_X(r142_n2, r142_p2, r142_n1, r142_p1))

# ================================================================== C: flight from / to
r142_FL = [("SK4035", "OSL", "07:40", "BGO", "08:35"), ("LH2457", "MUC", "12:10", "FRA", "13:05"),
           ("BA1320", "LHR", "18:20", "EDI", "19:45"), ("DY620", "TRD", "06:55", "OSL", "07:50")]
r142_EP = r142_obj({"airport": "string", "time": "string"})
r142_FS = {"type": "object", "properties": {"flight": {"type": "string"}, "from": r142_EP, "to": copy.deepcopy(r142_EP)},
           "required": ["flight", "from", "to"], "additionalProperties": False}
r142_FQ = "Give the flight number and its departure (from) and arrival (to) airport and time as JSON.\n\n"


def r142_fblock(lay, role, ap, tm, sp=": "):
    lab = {"d": ("Departure", "FROM", "Depart"), "a": ("Arrival", "TO", "Arrive")}[role]
    if lay == "ind":
        return "%s:\n  Airport%s%s\n  Time%s%s\n" % (lab[0], sp, ap, sp, tm)
    if lay == "cap":
        return "%s\nAirport%s%s\nTime%s%s\n" % (lab[1], sp, ap, sp, tm)
    return "%s%s%s %s\n" % (lab[2], sp, ap, tm)


for r142_i, (r142_f, r142_a1, r142_t1, r142_a2, r142_t2) in enumerate(r142_FL):
    for r142_lay in ("ind", "cap", "inl"):
        r142_t = "fl%d-%s" % (r142_i, r142_lay)
        r142_B = lambda role, ap, tm, sp=": ", lay=r142_lay: r142_fblock(lay, role, ap, tm, sp)  # noqa: E731
        r142_mk = lambda bl, post="", f=r142_f: r142_FQ + "Flight: " + f + "\n" + "".join(bl) + post  # noqa: E731
        r142_X = lambda r142_a, r142_b, r142_c, d, f=r142_f: {"flight": f, "from": {"airport": r142_a, "time": r142_b}, "to": {"airport": r142_c, "time": d}}  # noqa: E731
        r142_bpr = r142_mk([r142_B("d", r142_a1, r142_t1), r142_B("a", r142_a2, r142_t2)])
        r142_bx = r142_X(r142_a1, r142_t1, r142_a2, r142_t2)
        r142_pair(r142_t, r142_t + "-apswap", "fl_airportswap", r142_FS, r142_bpr, r142_bx,
                  r142_mk([r142_B("d", r142_a2, r142_t1), r142_B("a", r142_a1, r142_t2)]), r142_X(r142_a2, r142_t1, r142_a1, r142_t2))
        r142_pair(r142_t, r142_t + "-relabel", "fl_relabel", r142_FS, r142_bpr, r142_bx,
                  r142_mk([r142_B("a", r142_a1, r142_t1), r142_B("d", r142_a2, r142_t2)]), r142_X(r142_a2, r142_t2, r142_a1, r142_t1))
        r142_pair(r142_t, r142_t + "-tmswap", "fl_timeswap", r142_FS, r142_bpr, r142_bx,
                  r142_mk([r142_B("d", r142_a1, r142_t2), r142_B("a", r142_a2, r142_t1)]), r142_X(r142_a1, r142_t2, r142_a2, r142_t1))
        r142_pair(r142_t, r142_t + "-reorder", "fl_reorder", r142_FS, r142_bpr, r142_bx,
                  r142_mk([r142_B("a", r142_a2, r142_t2), r142_B("d", r142_a1, r142_t1)]), r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-sp", "fl_spacing", r142_FS, r142_bpr, r142_bx,
                  r142_mk([r142_B("d", r142_a1, r142_t1, ":   "), r142_B("a", r142_a2, r142_t2, ":   ")]), r142_bx, safe=True)
        r142_single(r142_t + "-sib", "fl_sibling_copy", r142_FS, r142_bpr, r142_bx, r142_X(r142_a1, r142_t1, r142_a1, r142_t2))
        r142_single(r142_t + "-swapped", "fl_swapped", r142_FS, r142_bpr, r142_bx, r142_X(r142_a2, r142_t2, r142_a1, r142_t1))

# ================================================================== F: the same data in flat members
# (arrays and nested members are never stored, so the nested data is asked again through flat keys)
r142_FKEYS = [("billing_city", "shipping_city"), ("billing.city", "shipping.city"), ("billingCity", "shippingCity"),
              ("bill_to_city", "ship_to_city")]
r142_FLAB = [("Billing city", "Shipping city"), ("City (billing)", "City (shipping)"), ("Bill-to city", "Ship-to city")]
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:4]):
    for r142_ki, (r142_kb, r142_ks) in enumerate(r142_FKEYS):
        for r142_li, (r142_lb, r142_ls) in enumerate(r142_FLAB):
            r142_sch = S({"customer": "string", r142_kb: "string", r142_ks: "string"})
            r142_q = "Return the customer, the billing city and the shipping city as JSON.\n\n"
            r142_mk = lambda lines, post="", q=r142_q, r142_c=r142_c: q + "Customer: %s\n" % r142_c + "".join(lines) + post  # noqa: E731
            r142_X = lambda r142_b, s, r142_c=r142_c, kb=r142_kb, ks=r142_ks: {"customer": r142_c, kb: r142_b, ks: s}  # noqa: E731
            r142_t = "fc%d-%d%d" % (r142_i, r142_ki, r142_li)
            r142_L = lambda lab, v: "%s: %s\n" % (lab, v)  # noqa: E731
            r142_bpr = r142_mk([r142_L(r142_lb, r142_c1), r142_L(r142_ls, r142_c2)])
            r142_bx = r142_X(r142_c1, r142_c2)
            r142_pair(r142_t, r142_t + "-swap", "flat_city_swap", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_L(r142_lb, r142_c2), r142_L(r142_ls, r142_c1)]), r142_X(r142_c2, r142_c1))
            r142_pair(r142_t, r142_t + "-relabel", "flat_city_relabel", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_L(r142_ls, r142_c1), r142_L(r142_lb, r142_c2)]), r142_X(r142_c2, r142_c1))
            r142_pair(r142_t, r142_t + "-sib", "flat_city_sibling_value", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_L(r142_lb, r142_c1), r142_L(r142_ls, r142_c1)]), r142_X(r142_c1, r142_c1))
            for r142_sa, r142_stxt in (("same", "same as billing"), ("asabove", "as above"), ("ditto", "ditto"),
                                       ("identical", "identical to billing"), ("sameaddr", "same address")):
                r142_vpr = r142_mk([r142_L(r142_lb, r142_c1), r142_L(r142_ls, r142_stxt)])
                r142_pair(r142_t, r142_t + "-" + r142_sa, "flat_city_same_as", r142_sch, r142_bpr, r142_bx,
                          r142_vpr, r142_X(r142_c1, r142_c1))
                if r142_li == 0 and r142_ki < 2:
                    r142_single(r142_t + "-" + r142_sa + "-stale", "flat_city_same_as", r142_sch, r142_vpr,
                                r142_X(r142_c1, r142_c1), r142_X(r142_c1, r142_c2))
                    r142_single(r142_t + "-" + r142_sa + "-copy", "flat_city_same_as", r142_sch, r142_vpr,
                                r142_X(r142_c1, r142_c1), r142_X(r142_c1, r142_stxt))
            # section headings above the flat labelled lines, swapped
            r142_pair(r142_t, r142_t + "-hdr", "flat_city_heading_safe", r142_sch, r142_bpr, r142_bx,
                      r142_mk(["ADDRESSES\n", r142_L(r142_lb, r142_c1), r142_L(r142_ls, r142_c2)]), r142_bx, safe=True)
            r142_pair(r142_t, r142_t + "-reorder", "flat_city_reorder", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_L(r142_ls, r142_c2), r142_L(r142_lb, r142_c1)]), r142_bx, safe=True)
            r142_pair(r142_t, r142_t + "-sp", "flat_city_spacing", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_lb + " :   " + r142_c1 + "\n", r142_ls + " :   " + r142_c2 + "\n"]), r142_bx, safe=True)
            r142_pair(r142_t, r142_t + "-unrel", "flat_city_unrelated", r142_sch, r142_bpr, r142_bx,
                      r142_mk([r142_L(r142_lb, r142_c1), r142_L(r142_ls, r142_c2)], "Thank you for your order.\n"),
                      r142_bx, safe=True)
            if r142_li == 0:
                r142_single(r142_t + "-sibcopy", "flat_city_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_c1, r142_c1))
                r142_single(r142_t + "-sibcopy2", "flat_city_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_c2, r142_c2))
                r142_single(r142_t + "-swapped", "flat_city_swapped", r142_sch, r142_bpr, r142_bx, r142_X(r142_c2, r142_c1))

# ------------------------------------------------------------------ F2: flat sender/recipient, from/to
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    for r142_li, (r142_lb, r142_ls) in enumerate([("Sender", "Recipient"), ("Sender name", "Recipient name"), ("From", "To")]):
        r142_sch = S({"sender_name": "string", "recipient_name": "string"})
        r142_q = "Return the sender name and the recipient name as JSON.\n\n"
        r142_mk = lambda r142_a, r142_b, la=r142_lb, lb=r142_ls, q=r142_q, post="": q + "%s: %s\n%s: %s\n" % (la, r142_a, lb, r142_b) + post  # noqa: E731
        r142_t = "fs%d-%d" % (r142_i, r142_li)
        r142_bpr = r142_mk(r142_n1, r142_n2)
        r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
        r142_pair(r142_t, r142_t + "-swap", "flat_sr_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n2, r142_n1),
                  {"sender_name": r142_n2, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-relabel", "flat_sr_relabel", r142_sch, r142_bpr, r142_bx,
                  r142_q + "%s: %s\n%s: %s\n" % (r142_ls, r142_n1, r142_lb, r142_n2), {"sender_name": r142_n2, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-self", "flat_sr_sibling_value", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n1, r142_n1),
                  {"sender_name": r142_n1, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-sameas", "flat_sr_same_as", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n1, "same as sender"),
                  {"sender_name": r142_n1, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-ws", "flat_sr_ws", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n1, r142_n2) + "\n\n", r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-unrel", "flat_sr_unrelated", r142_sch, r142_bpr, r142_bx,
                  r142_mk(r142_n1, r142_n2, post="Handle with care.\n"), r142_bx, safe=True)
        r142_single(r142_t + "-sib", "flat_sr_sibling_copy", r142_sch, r142_bpr, r142_bx, {"sender_name": r142_n1, "recipient_name": r142_n1})
        r142_single(r142_t + "-swapped", "flat_sr_swapped", r142_sch, r142_bpr, r142_bx, {"sender_name": r142_n2, "recipient_name": r142_n1})
for r142_i, (r142_f, r142_a1, r142_t1, r142_a2, r142_t2) in enumerate(r142_FL):
    r142_sch = S({"flight": "string", "from_airport": "string", "to_airport": "string"})
    r142_q = "Return the flight, the from airport and the to airport as JSON.\n\n"
    r142_bx = {"flight": r142_f, "from_airport": r142_a1, "to_airport": r142_a2}
    r142_sx = {"flight": r142_f, "from_airport": r142_a2, "to_airport": r142_a1}
    for r142_li, r142_fmt in enumerate(["From: %s\nTo: %s\n", "From airport: %s\nTo airport: %s\n", "Route: %s -> %s\n",
                                         "Route: %s - %s\n", "Route: %s to %s\n"]):
        r142_t = "ff%d-%d" % (r142_i, r142_li)
        r142_bpr = r142_q + "Flight: %s\n" % r142_f + r142_fmt % (r142_a1, r142_a2)
        r142_vpr = r142_q + "Flight: %s\n" % r142_f + r142_fmt % (r142_a2, r142_a1)
        r142_pair(r142_t, r142_t + "-swap", "flat_fl_swap", r142_sch, r142_bpr, r142_bx, r142_vpr, r142_sx)
        r142_single(r142_t + "-swapped", "flat_fl_swapped", r142_sch, r142_bpr, r142_bx, r142_sx)
        r142_single(r142_t + "-sib", "flat_fl_sibling_copy", r142_sch, r142_bpr, r142_bx,
                    {"flight": r142_f, "from_airport": r142_a1, "to_airport": r142_a1})
        if r142_li < 2:
            r142_pair(r142_t, r142_t + "-relabel", "flat_fl_relabel", r142_sch, r142_bpr, r142_bx,
                      r142_q + "Flight: %s\n" % r142_f + (r142_fmt.replace("From", "@@").replace("To", "From").replace("@@", "To")) % (r142_a1, r142_a2),
                      r142_sx)
        if r142_li >= 2:
            r142_pair(r142_t, r142_t + "-rev", "flat_fl_route_reversed", r142_sch, r142_bpr, r142_bx,
                      r142_q + "Flight: %s\n" % r142_f + r142_fmt.replace("->", "<-") % (r142_a2, r142_a1) if "->" in r142_fmt else
                      r142_q + "Flight: %s\nRoute (arrival first): " % r142_f + r142_fmt[7:] % (r142_a2, r142_a1),
                      r142_bx, arg=("->" not in r142_fmt))
        r142_pair(r142_t, r142_t + "-ws", "flat_fl_ws", r142_sch, r142_bpr, r142_bx, r142_bpr.replace(": ", ":  "), r142_bx, safe=True)

# ------------------------------------------------------------------ F3: a list held in one string member
r142_LISTS = [("Lamp", "Tags", ["billing", "urgent", "vip"]), ("Desk", "Colours", ["red", "blue", "green"]),
              ("Ana Berg", "Languages", ["Norwegian", "English", "German"]), ("Jon Dahl", "Skills", ["welding", "painting", "plumbing"])]
for r142_i, (r142_own, r142_lab, r142_vals) in enumerate(r142_LISTS):
    r142_key = r142_lab.lower()
    for r142_si, (r142_sep, r142_desc) in enumerate([(", ", None), ("; ", None), (", ", "the items, comma-separated, in the text's order")]):
        r142_sch = S({"owner": "string", r142_key: "string"}, desc={r142_key: r142_desc} if r142_desc else None)
        r142_q = "Return the owner and the %s as JSON.\n\n" % r142_key
        r142_mk = lambda vals, post="", q=r142_q, o=r142_own, lab=r142_lab, sep=r142_sep: q + "Owner: %s\n%s: %s\n" % (o, lab, sep.join(vals)) + post  # noqa: E731
        r142_X = lambda vals, o=r142_own, k=r142_key, sep=r142_sep: {"owner": o, k: sep.join(vals)}  # noqa: E731
        r142_t = "ls%d-%d" % (r142_i, r142_si)
        r142_bpr = r142_mk(r142_vals)
        r142_bx = r142_X(r142_vals)
        r142_a, r142_b, r142_c = r142_vals
        for r142_vt, r142_nv in (("add", [r142_a, r142_b, r142_c, "new"]), ("drop", [r142_a, r142_b]), ("dropmid", [r142_a, r142_c]), ("reorder", [r142_c, r142_a, r142_b]),
                                 ("swap2", [r142_b, r142_a, r142_c]), ("dup", [r142_a, r142_b, r142_b, r142_c]), ("dupend", [r142_a, r142_b, r142_c, r142_a])):
            r142_pair(r142_t, r142_t + "-" + r142_vt, "liststr_" + r142_vt, r142_sch, r142_bpr, r142_bx, r142_mk(r142_nv), r142_X(r142_nv))
        r142_single(r142_t + "-short", "liststr_one_too_few", r142_sch, r142_bpr, r142_bx, r142_X([r142_a, r142_b]))
        r142_single(r142_t + "-first", "liststr_one_item", r142_sch, r142_bpr, r142_bx, r142_X([r142_a]))
        r142_pair(r142_t, r142_t + "-ws", "liststr_ws", r142_sch, r142_bpr, r142_bx, r142_bpr + "\n", r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-unrel", "liststr_unrelated", r142_sch, r142_bpr, r142_bx, r142_mk(r142_vals, "Thanks.\n"), r142_bx, safe=True)
        # order asked by the instruction
        for r142_ot, r142_ow, r142_sorted in (("alpha", "sorted alphabetically", sorted(r142_vals)),
                                              ("rev", "in reverse order", [r142_c, r142_b, r142_a]),
                                              ("zfirst", "sorted from Z to A", sorted(r142_vals, reverse=True))):
            if r142_sorted == r142_vals:
                continue
            r142_opr = r142_bpr.replace("as JSON.", "as JSON, the %s %s." % (r142_key, r142_ow))
            r142_pair(r142_t, r142_t + "-ord-" + r142_ot, "liststr_order_asked", r142_sch, r142_bpr, r142_bx, r142_opr, r142_X(r142_sorted))
            r142_single(r142_t + "-ord-" + r142_ot, "liststr_order_asked", r142_sch, r142_opr, r142_X(r142_sorted), r142_bx)
        # section heading changes which list a line belongs to
        r142_hpr = r142_q + "Owner: %s\n%s: %s\nRemoved %s: %s\n" % (r142_own, r142_lab, r142_sep.join([r142_a, r142_b]), r142_key, r142_c)
        r142_pair(r142_t, r142_t + "-removed", "liststr_removed_line", r142_sch, r142_bpr, r142_bx, r142_hpr, r142_X([r142_a, r142_b]))

# ------------------------------------------------------------------ F4: positional picks from a list
for r142_i, (r142_own, r142_lab, r142_vals) in enumerate(r142_LISTS):
    r142_a, r142_b, r142_c = r142_vals
    for r142_pi, (r142_pk, r142_pw, r142_idx) in enumerate([("first", "first", 0), ("last", "last", -1), ("second", "second", 1)]):
        r142_key = "%s_%s" % (r142_pk, r142_lab.lower().rstrip("s"))
        r142_sch = S({"owner": "string", r142_key: "string"})
        r142_q = "Return the owner and the %s %s as JSON.\n\n" % (r142_pw, r142_lab.lower().rstrip("s"))
        r142_mk = lambda vals, q=r142_q, o=r142_own, lab=r142_lab: q + "Owner: %s\n%s: %s\n" % (o, lab, ", ".join(vals))  # noqa: E731
        r142_t = "pk%d-%s" % (r142_i, r142_pk)
        r142_bpr = r142_mk(r142_vals)
        r142_bx = {"owner": r142_own, r142_key: r142_vals[r142_idx]}
        for r142_vt, r142_nv in (("add", [r142_a, r142_b, r142_c, "extra"]), ("addfront", ["extra", r142_a, r142_b, r142_c]), ("reorder", [r142_c, r142_a, r142_b]),
                                 ("swap", [r142_b, r142_a, r142_c]), ("drop", [r142_a, r142_c]), ("bullets", None)):
            if r142_nv is None:
                r142_vpr = r142_q + "Owner: %s\n%s:\n- %s\n- %s\n- %s\n" % (r142_own, r142_lab, r142_c, r142_b, r142_a)
                r142_nv = [r142_c, r142_b, r142_a]
            else:
                r142_vpr = r142_mk(r142_nv)
            r142_vx = {"owner": r142_own, r142_key: r142_nv[r142_idx]}
            if r142_vx == r142_bx:
                r142_pair(r142_t, r142_t + "-" + r142_vt, "pick_same", r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx, safe=True)
            else:
                r142_pair(r142_t, r142_t + "-" + r142_vt, "pick_" + r142_vt, r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx)
        r142_wrong = r142_vals[1] if r142_idx != 1 else r142_vals[0]
        r142_single(r142_t + "-off1", "pick_off_by_one", r142_sch, r142_bpr, r142_bx, {"owner": r142_own, r142_key: r142_wrong})
        r142_single(r142_t + "-all", "pick_whole_list", r142_sch, r142_bpr, r142_bx, {"owner": r142_own, r142_key: ", ".join(r142_vals)})

# ------------------------------------------------------------------ F5: line items in flat members
r142_ITEMS = [("Lamp", 2, "15.00", "30.00", "Chair", 3, "40.00", "120.00"),
              ("Pen", 5, "2.00", "10.00", "Notebook", 2, "4.50", "9.00"),
              ("Cable", 4, "7.50", "30.00", "Adapter", 1, "12.00", "12.00")]
for r142_i, (r142_n1, r142_q1, r142_u1, r142_t1, r142_n2, r142_q2, r142_u2, r142_t2) in enumerate(r142_ITEMS):
    r142_k1 = r142_n1.lower()
    # qty members
    r142_sch = S({r142_k1 + "_qty": "integer", r142_n2.lower() + "_qty": "integer"})
    r142_q = "Return the quantity of each item as JSON.\n\n"
    for r142_li, r142_fmt in enumerate(["%s qty: %d\n", "%s quantity: %d\n", "%s: %d pcs\n"]):
        r142_mk = lambda r142_a, r142_b, q=r142_q, f=r142_fmt, r142_n1=r142_n1, r142_n2=r142_n2: q + f % (r142_n1, r142_a) + f % (r142_n2, r142_b)  # noqa: E731
        r142_t = "iq%d-%d" % (r142_i, r142_li)
        r142_bpr = r142_mk(r142_q1, r142_q2)
        r142_bx = {r142_k1 + "_qty": r142_q1, r142_n2.lower() + "_qty": r142_q2}
        r142_pair(r142_t, r142_t + "-same", "items_qty_same_number", r142_sch, r142_bpr, r142_bx, r142_mk(r142_q2, r142_q2),
                  {r142_k1 + "_qty": r142_q2, r142_n2.lower() + "_qty": r142_q2})
        r142_pair(r142_t, r142_t + "-swap", "items_qty_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_q2, r142_q1),
                  {r142_k1 + "_qty": r142_q2, r142_n2.lower() + "_qty": r142_q1})
        r142_pair(r142_t, r142_t + "-reorder", "items_qty_reorder", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_fmt % (r142_n2, r142_q2) + r142_fmt % (r142_n1, r142_q1), r142_bx, safe=True)
        r142_single(r142_t + "-sib", "items_qty_sibling_copy", r142_sch, r142_bpr, r142_bx, {r142_k1 + "_qty": r142_q2, r142_n2.lower() + "_qty": r142_q2})
    # unit price vs total
    r142_sch = S({"item": "string", "qty": "integer", "unit_price": "number", "total": "number"})
    r142_q = "Return the item, quantity, unit price and line total as JSON.\n\n"
    r142_bx = {"item": r142_n1, "qty": r142_q1, "unit_price": float(r142_u1), "total": float(r142_t1)}
    r142_sx = {"item": r142_n1, "qty": r142_q1, "unit_price": float(r142_t1), "total": float(r142_u1)}
    for r142_li, (r142_lu, r142_lt) in enumerate([("Unit price", "Total"), ("Price each", "Line total"), ("Unit price", "Amount")]):
        r142_t = "iu%d-%d" % (r142_i, r142_li)
        r142_bpr = r142_q + "Item: %s\nQty: %d\n%s: %s\n%s: %s\n" % (r142_n1, r142_q1, r142_lu, r142_u1, r142_lt, r142_t1)
        r142_pair(r142_t, r142_t + "-swap", "items_price_total_swap", r142_sch, r142_bpr, r142_bx,
                  r142_q + "Item: %s\nQty: %d\n%s: %s\n%s: %s\n" % (r142_n1, r142_q1, r142_lu, r142_t1, r142_lt, r142_u1), r142_sx, arg=True)
        r142_pair(r142_t, r142_t + "-relabel", "items_price_total_relabel", r142_sch, r142_bpr, r142_bx,
                  r142_q + "Item: %s\nQty: %d\n%s: %s\n%s: %s\n" % (r142_n1, r142_q1, r142_lt, r142_u1, r142_lu, r142_t1), r142_sx, arg=True)
        r142_pair(r142_t, r142_t + "-reorder", "items_price_total_reorder", r142_sch, r142_bpr, r142_bx,
                  r142_q + "Item: %s\nQty: %d\n%s: %s\n%s: %s\n" % (r142_n1, r142_q1, r142_lt, r142_t1, r142_lu, r142_u1), r142_bx, safe=True)
        r142_single(r142_t + "-swapped", "items_price_total_swapped", r142_sch, r142_bpr, r142_bx, r142_sx)
        r142_single(r142_t + "-sib", "items_price_total_sibling", r142_sch, r142_bpr, r142_bx,
                    {"item": r142_n1, "qty": r142_q1, "unit_price": float(r142_u1), "total": float(r142_u1)})
        # one-line item with two items: qty of the second one copied
        r142_tpr = r142_q + "Item: %s\nQty: %d\n%s: %s\n%s: %s\nNext item: %s, qty %d, %s each\n" % (r142_n1, r142_q1, r142_lu, r142_u1, r142_lt, r142_t1, r142_n2, r142_q2, r142_u2)
        r142_single(r142_t + "-next", "items_next_item_copy", r142_sch, r142_tpr, r142_bx,
                    {"item": r142_n1, "qty": r142_q2, "unit_price": float(r142_u1), "total": float(r142_t1)})
    # cheapest / most expensive item name (order asked by the instruction)
    r142_sch = S({"item": "string"})
    for r142_w, r142_pickhi in (("most expensive", True), ("cheapest", False)):
        r142_q = "Return the name of the %s item as JSON.\n\n" % r142_w
        r142_t = "ix%d-%s" % (r142_i, "hi" if r142_pickhi else "lo")
        r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_n1, r142_u1, r142_n2, r142_u2)
        r142_hi = r142_n1 if float(r142_u1) > float(r142_u2) else r142_n2
        r142_lo = r142_n2 if r142_hi == r142_n1 else r142_n1
        r142_bx = {"item": r142_hi if r142_pickhi else r142_lo}
        r142_vpr = r142_q + "%s: %s\n%s: %s\n" % (r142_n1, r142_u2, r142_n2, r142_u1)
        r142_vx = {"item": r142_lo if r142_pickhi else r142_hi}
        r142_pair(r142_t, r142_t + "-swap", "items_extreme_swap", r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx)
        r142_single(r142_t + "-first", "items_extreme_first", r142_sch, r142_bpr, r142_bx, {"item": r142_n1 if r142_bx["item"] != r142_n1 else r142_n2})

# ------------------------------------------------------------------ F6: passengers in flat members
r142_PAX = [("Ana Berg", "12A", "Jon Dahl", "12B"), ("Eva Lund", "3C", "Mia Holm", "3D"), ("Ola Strand", "21F", "Liv Sand", "22F")]
for r142_i, (r142_p1, r142_s1, r142_p2, r142_s2) in enumerate(r142_PAX):
    for r142_li, r142_fmt in enumerate(["Passenger 1: %s, seat %s\nPassenger 2: %s, seat %s\n",
                                        "Passenger 1: %s\nSeat 1: %s\nPassenger 2: %s\nSeat 2: %s\n",
                                        "Passenger 1 name: %s\nPassenger 1 seat: %s\nPassenger 2 name: %s\nPassenger 2 seat: %s\n"]):
        r142_sch = S({"passenger1_name": "string", "passenger1_seat": "string", "passenger2_name": "string", "passenger2_seat": "string"})
        r142_q = "Return both passengers' names and seats as JSON.\n\n"
        r142_X = lambda r142_a, r142_b, r142_c, d: {"passenger1_name": r142_a, "passenger1_seat": r142_b, "passenger2_name": r142_c, "passenger2_seat": d}  # noqa: E731
        r142_t = "px%d-%d" % (r142_i, r142_li)
        r142_bpr = r142_q + "Booking: K7Q2M%d\n" % r142_i + r142_fmt % (r142_p1, r142_s1, r142_p2, r142_s2)
        r142_bx = r142_X(r142_p1, r142_s1, r142_p2, r142_s2)
        r142_mk = lambda r142_a, r142_b, r142_c, d, q=r142_q, f=r142_fmt, i=r142_i: q + "Booking: K7Q2M%d\n" % i + f % (r142_a, r142_b, r142_c, d)  # noqa: E731
        r142_pair(r142_t, r142_t + "-seatswap", "pax_seat_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_p1, r142_s2, r142_p2, r142_s1), r142_X(r142_p1, r142_s2, r142_p2, r142_s1))
        r142_pair(r142_t, r142_t + "-nameswap", "pax_name_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_p2, r142_s1, r142_p1, r142_s2), r142_X(r142_p2, r142_s1, r142_p1, r142_s2))
        r142_pair(r142_t, r142_t + "-sameseat", "pax_sibling_value", r142_sch, r142_bpr, r142_bx, r142_mk(r142_p1, r142_s1, r142_p2, r142_s1), r142_X(r142_p1, r142_s1, r142_p2, r142_s1))
        r142_pair(r142_t, r142_t + "-ws", "pax_ws", r142_sch, r142_bpr, r142_bx, r142_bpr.replace(", seat", ",  seat") + "\n", r142_bx, safe=True)
        r142_single(r142_t + "-sib", "pax_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_p1, r142_s1, r142_p2, r142_s1))
        r142_single(r142_t + "-swapped", "pax_seat_swapped", r142_sch, r142_bpr, r142_bx, r142_X(r142_p1, r142_s2, r142_p2, r142_s1))

# ------------------------------------------------------------------ F7: the stored list-in-a-string shape, edited around
for r142_i, (r142_own, r142_lab, r142_vals) in enumerate(r142_LISTS):
    r142_a, r142_b, r142_c = r142_vals
    r142_key = r142_lab.lower()
    r142_sch = S({"owner": "string", r142_key: "string"})
    r142_q = "Return the owner and the %s as JSON.\n\n" % r142_key
    r142_hd = r142_q + "Owner: %s\n" % r142_own
    r142_X = lambda s, o=r142_own, k=r142_key: {"owner": o, k: s}  # noqa: E731
    r142_t = "ls%d-0" % r142_i
    r142_bpr = r142_hd + "%s: %s, %s, %s\n" % (r142_lab, r142_a, r142_b, r142_c)
    r142_bx = r142_X("%s, %s, %s" % (r142_a, r142_b, r142_c))
    r142_V = [
        ("cont", "%s: %s, %s,\n  %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, "%s, %s" % (r142_a, r142_b)),
        ("cont2", "%s: %s, %s\n  %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, "%s, %s" % (r142_a, r142_b)),
        ("bullets", "%s: %s\n- %s\n- %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, r142_a),
        ("strike", "%s: %s, ~~%s~~, %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s" % (r142_a, r142_c), True, "%s, ~~%s~~, %s" % (r142_a, r142_b, r142_c)),
        ("removedmark", "%s: %s, %s (removed), %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s" % (r142_a, r142_c), True, "%s, %s (removed), %s" % (r142_a, r142_b, r142_c)),
        ("andlast", "%s: %s, %s and %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, "%s, %s and %s" % (r142_a, r142_b, r142_c)),
        ("more", "%s: %s, %s, %s (+1 more)\n" % (r142_lab, r142_a, r142_b, r142_c), "999", True, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("etc", "%s: %s, %s, %s, etc.\n" % (r142_lab, r142_a, r142_b, r142_c), "999", True, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("slash", "%s: %s / %s / %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s / %s / %s" % (r142_a, r142_b, r142_c), True, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("second", "%s: %s, %s\n%s: %s\n" % (r142_lab, r142_a, r142_b, r142_lab, r142_c), "999", True, "%s, %s" % (r142_a, r142_b)),
        ("also", "%s: %s, %s\nAlso %s: %s\n" % (r142_lab, r142_a, r142_b, r142_key, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, "%s, %s" % (r142_a, r142_b)),
        ("former", "%s: %s, %s\nFormer %s: %s\n" % (r142_lab, r142_a, r142_b, r142_key, r142_c), "%s, %s" % (r142_a, r142_b), False, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("spouse", "%s: %s, %s\nSpouse's %s: %s\n" % (r142_lab, r142_a, r142_b, r142_key, r142_c), "%s, %s" % (r142_a, r142_b), False, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("numbered", "%s:\n1. %s\n2. %s\n3. %s\n" % (r142_lab, r142_a, r142_b, r142_c), "%s, %s, %s" % (r142_a, r142_b, r142_c), True, r142_a),
        ("pending", "%s: %s, %s, %s (pending)\n" % (r142_lab, r142_a, r142_b, r142_c), "999", True, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
        ("dupword", "%s: %s, %s, %s, %s\n" % (r142_lab, r142_a, r142_b, r142_c, r142_b), "%s, %s, %s, %s" % (r142_a, r142_b, r142_c, r142_b), False, "%s, %s, %s" % (r142_a, r142_b, r142_c)),
    ]
    for r142_vt, r142_body, r142_right, r142_arg, r142_mis in r142_V:
        r142_vpr = r142_hd + r142_body
        r142_vx = r142_X(r142_right)
        r142_pair(r142_t, r142_t + "-e-" + r142_vt, "liststr_edit_" + r142_vt, r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx, arg=r142_arg)
        r142_single(r142_t + "-e-" + r142_vt, "liststr_edit_" + r142_vt, r142_sch, r142_vpr, r142_vx, r142_X(r142_mis), arg=r142_arg)

# ------------------------------------------------------------------ F8: the stored flat city / sender shapes, edited around
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:4]):
    for r142_ki, (r142_kb, r142_ks) in enumerate(r142_FKEYS[:2]):
        r142_sch = S({"customer": "string", r142_kb: "string", r142_ks: "string"})
        r142_q = "Return the customer, the billing city and the shipping city as JSON.\n\n"
        r142_hd = r142_q + "Customer: %s\n" % r142_c
        r142_X = lambda r142_b, s, r142_c=r142_c, kb=r142_kb, ks=r142_ks: {"customer": r142_c, kb: r142_b, ks: s}  # noqa: E731
        r142_t = "fc%d-%d0" % (r142_i, r142_ki)
        r142_bpr = r142_hd + "Billing city: %s\nShipping city: %s\n" % (r142_c1, r142_c2)
        r142_bx = r142_X(r142_c1, r142_c2)
        r142_V = [
            ("hdrswap", "BILL TO\nShipping city: %s\nSHIP TO\nBilling city: %s\n" % (r142_c1, r142_c2), r142_X(r142_c2, r142_c1), True, r142_X(r142_c1, r142_c2)),
            ("corr", "Billing city: %s\nShipping city: %s\nShipping city (corrected): %s\n" % (r142_c1, r142_c2, r142_c1), r142_X(r142_c1, r142_c1), True, r142_X(r142_c1, r142_c2)),
            ("bothsame", "Billing and shipping city: %s\n" % r142_c1, r142_X(r142_c1, r142_c1), False, r142_X(r142_c1, r142_c2)),
            ("sameinl", "Billing city: %s\nShipping city: %s (same as billing)\n" % (r142_c1, r142_c1), r142_X(r142_c1, r142_c1), False, r142_X(r142_c1, r142_c2)),
            ("swapnote", "Billing city: %s\nShipping city: %s\nNote: billing and shipping were entered the wrong way round.\n" % (r142_c1, r142_c2), r142_X(r142_c2, r142_c1), True, r142_X(r142_c1, r142_c2)),
            ("streets", "Billing street: %s\nBilling city: %s\nShipping street: %s\nShipping city: %s\n" % (r142_s1, r142_c2, r142_s2, r142_c1), r142_X(r142_c2, r142_c1), False, r142_X(r142_c1, r142_c2)),
            ("twolines", "Billing city: %s\nShipping city: %s\nShipping city: %s\n" % (r142_c1, r142_c2, r142_c1), r142_X("999", "999"), True, r142_X(r142_c1, r142_c2)),
            ("alsoship", "Billing city: %s\nShipping city: %s, %s\n" % (r142_c1, r142_c2, r142_c1), r142_X(r142_c1, r142_c2 + ", " + r142_c1), True, r142_X(r142_c1, r142_c2)),
        ]
        for r142_vt, r142_body, r142_vx, r142_arg, r142_mis in r142_V:
            r142_vpr = r142_hd + r142_body
            r142_pair(r142_t, r142_t + "-e-" + r142_vt, "flat_city_edit_" + r142_vt, r142_sch, r142_bpr, r142_bx, r142_vpr, r142_vx, arg=r142_arg)
            r142_single(r142_t + "-e-" + r142_vt, "flat_city_edit_" + r142_vt, r142_sch, r142_vpr, r142_vx, r142_mis, arg=r142_arg)

# ------------------------------------------------------------------ F9: nested data written in the text (JSON, dotted, YAML), flat members
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:5]):
    for r142_ki, (r142_kb, r142_ks) in enumerate(r142_FKEYS[:2]):
        r142_sch = S({r142_kb: "string", r142_ks: "string"})
        r142_q = "Return the billing city and the shipping city as JSON.\n\n"
        r142_X = lambda r142_b, s, kb=r142_kb, ks=r142_ks: {kb: r142_b, ks: s}  # noqa: E731
        r142_bx = r142_X(r142_c1, r142_c2)
        r142_sx = r142_X(r142_c2, r142_c1)
        r142_FM = {
            "json": lambda r142_p1, v1, r142_p2, v2: '{"%s": {"city": "%s"}, "%s": {"city": "%s"}}\n' % (r142_p1, v1, r142_p2, v2),
            "jsonml": lambda r142_p1, v1, r142_p2, v2: '{\n  "%s": {\n    "city": "%s"\n  },\n  "%s": {\n    "city": "%s"\n  }\n}\n' % (r142_p1, v1, r142_p2, v2),
            "dot": lambda r142_p1, v1, r142_p2, v2: "%s.city: %s\n%s.city: %s\n" % (r142_p1, v1, r142_p2, v2),
            "slash": lambda r142_p1, v1, r142_p2, v2: "%s/city: %s\n%s/city: %s\n" % (r142_p1, v1, r142_p2, v2),
            "yaml": lambda r142_p1, v1, r142_p2, v2: "%s:\n  city: %s\n%s:\n  city: %s\n" % (r142_p1, v1, r142_p2, v2),
            "kv": lambda r142_p1, v1, r142_p2, v2: "%s.city=%s %s.city=%s\n" % (r142_p1, v1, r142_p2, v2),
            "brk": lambda r142_p1, v1, r142_p2, v2: "%s[city]: %s\n%s[city]: %s\n" % (r142_p1, v1, r142_p2, v2),
        }
        for r142_fn, r142_f in r142_FM.items():
            r142_t = "nj%d-%d%s" % (r142_i, r142_ki, r142_fn)
            r142_bpr = r142_q + r142_f("billing", r142_c1, "shipping", r142_c2)
            r142_pair(r142_t, r142_t + "-swap", "textnest_swap", r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_f("billing", r142_c2, "shipping", r142_c1), r142_sx)
            r142_pair(r142_t, r142_t + "-relabel", "textnest_relabel", r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_f("shipping", r142_c1, "billing", r142_c2), r142_sx)
            r142_pair(r142_t, r142_t + "-reorder", "textnest_reorder", r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_f("shipping", r142_c2, "billing", r142_c1), r142_bx, safe=True)
            r142_pair(r142_t, r142_t + "-sib", "textnest_sibling_value", r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_f("billing", r142_c1, "shipping", r142_c1), r142_X(r142_c1, r142_c1))
            r142_pair(r142_t, r142_t + "-ws", "textnest_ws", r142_sch, r142_bpr, r142_bx, r142_bpr + "\n", r142_bx, safe=True)
            r142_single(r142_t + "-sib", "textnest_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_c1, r142_c1))
            r142_single(r142_t + "-sib2", "textnest_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_c2, r142_c2))
            r142_single(r142_t + "-swapped", "textnest_swapped", r142_sch, r142_bpr, r142_bx, r142_sx)
            # a third parent whose city the model copies
            r142_tpr = r142_q + r142_f("billing", r142_c1, "shipping", r142_c2) + r142_f("warehouse", r142_c2, "office", r142_c1)
            r142_single(r142_t + "-third", "textnest_other_parent", r142_sch, r142_tpr, r142_bx, r142_sx)
            r142_pair(r142_t, r142_t + "-third", "textnest_other_parent", r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_f("billing", r142_c2, "shipping", r142_c1) + r142_f("warehouse", r142_c1, "office", r142_c2), r142_sx)

# ------------------------------------------------------------------ F10: an optional / nullable flat member the text drops
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR):
    for r142_kind in ("opt", "null", "nullopt"):
        if r142_kind == "opt":
            r142_sch = S({"customer": "string", "billing_city": "string", "shipping_city": "string"}, required=["customer", "billing_city"])
        elif r142_kind == "null":
            r142_sch = S({"customer": "string", "billing_city": "string", "shipping_city": {"type": ["string", "null"]}})
        else:
            r142_sch = S({"customer": "string", "billing_city": "string", "shipping_city": {"type": ["string", "null"]}},
                         required=["customer", "billing_city"])
        r142_q = "Return the customer, the billing city and the shipping city as JSON.\n\n"
        r142_bpr = r142_q + "Customer: %s\nBilling city: %s\nShipping city: %s\n" % (r142_c, r142_c1, r142_c2)
        r142_bx = {"customer": r142_c, "billing_city": r142_c1, "shipping_city": r142_c2}
        r142_t = "op%d-%s" % (r142_i, r142_kind)
        r142_vx = {"customer": r142_c, "billing_city": r142_c1}
        if r142_kind == "null":
            r142_vx["shipping_city"] = None
        r142_arg = r142_kind == "nullopt"  # absent or null both right
        if r142_arg:
            r142_vx = {"customer": r142_c, "billing_city": r142_c1, "shipping_city": "999"}
        for r142_vt, r142_body in (("drop", "Customer: %s\nBilling city: %s\n" % (r142_c, r142_c1)),
                                    ("blank", "Customer: %s\nBilling city: %s\nShipping city:\n" % (r142_c, r142_c1)),
                                    ("moved", "Customer: %s\nBilling city: %s\nPrevious shipping city: %s\n" % (r142_c, r142_c1, r142_c2)),
                                    ("pickup", "Customer: %s\nBilling city: %s\nShipping: none (pick-up in store)\n" % (r142_c, r142_c1))):
            r142_pair(r142_t, r142_t + "-" + r142_vt, "flat_member_dropped_" + r142_kind, r142_sch, r142_bpr, r142_bx,
                      r142_q + r142_body, r142_vx, arg=r142_arg)
            r142_single(r142_t + "-" + r142_vt + "-copy", "flat_member_dropped_" + r142_kind, r142_sch, r142_q + r142_body, r142_vx,
                        {"customer": r142_c, "billing_city": r142_c1, "shipping_city": r142_c1}, arg=r142_arg)

# ------------------------------------------------------------------ F11: paths written as labels (stored shape): arrays by index, deeper paths
for r142_i, (r142_n1, r142_q1, r142_u1, r142_t1, r142_n2, r142_q2, r142_u2, r142_t2) in enumerate(r142_ITEMS):
    r142_k1, r142_k2 = r142_n1.lower() + "_qty", r142_n2.lower() + "_qty"
    r142_sch = S({r142_k1: "integer", r142_k2: "integer"})
    r142_q = "Return the quantity of the %s and of the %s as JSON.\n\n" % (r142_n1.lower(), r142_n2.lower())
    for r142_fi, r142_f in enumerate(["items[%d].name: %s\nitems[%d].qty: %d\n", "items.%d.name: %s\nitems.%d.qty: %d\n",
                                      "item%d.name: %s\nitem%d.qty: %d\n", "line[%d].name=%s line[%d].qty=%d\n"]):
        r142_t = "ai%d-%d" % (r142_i, r142_fi)
        r142_mk = lambda r142_a, r142_b, r142_c, d, f=r142_f, q=r142_q, o=(0, 1): q + f % (o[0], r142_a, o[0], r142_b) + f % (o[1], r142_c, o[1], d)  # noqa: E731
        r142_bpr = r142_mk(r142_n1, r142_q1, r142_n2, r142_q2)
        r142_bx = {r142_k1: r142_q1, r142_k2: r142_q2}
        r142_sx = {r142_k1: r142_q2, r142_k2: r142_q1}
        r142_pair(r142_t, r142_t + "-nameswap", "idx_name_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n2, r142_q1, r142_n1, r142_q2), r142_sx)
        r142_pair(r142_t, r142_t + "-qtyswap", "idx_qty_swap", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n1, r142_q2, r142_n2, r142_q1), r142_sx)
        r142_pair(r142_t, r142_t + "-same", "idx_qty_same_number", r142_sch, r142_bpr, r142_bx, r142_mk(r142_n1, r142_q2, r142_n2, r142_q2), {r142_k1: r142_q2, r142_k2: r142_q2})
        # the qty line moved to the other index (the name's own index no longer holds it)
        r142_xpr = r142_q + r142_f.split("\n")[0] % (0, r142_n1) + "\n" + r142_f.split("\n")[1] % (1, r142_q1) + "\n" + \
            r142_f.split("\n")[0] % (1, r142_n2) + "\n" + r142_f.split("\n")[1] % (0, r142_q2) + "\n" if "\n" in r142_f.strip() else None
        if r142_xpr:
            r142_pair(r142_t, r142_t + "-crossidx", "idx_cross_index", r142_sch, r142_bpr, r142_bx, r142_xpr, r142_sx)
            r142_single(r142_t + "-crossidx", "idx_cross_index", r142_sch, r142_xpr, r142_sx, r142_bx)
        r142_pair(r142_t, r142_t + "-reorder", "idx_reorder", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % (1, r142_n2, 1, r142_q2) + r142_f % (0, r142_n1, 0, r142_q1), r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-ws", "idx_ws", r142_sch, r142_bpr, r142_bx, r142_bpr + "\n", r142_bx, safe=True)
        r142_single(r142_t + "-swapped", "idx_swapped", r142_sch, r142_bpr, r142_bx, r142_sx)
        r142_single(r142_t + "-sib", "idx_sibling_copy", r142_sch, r142_bpr, r142_bx, {r142_k1: r142_q2, r142_k2: r142_q2})
    # first / second item by index; the index order differs from the line order
    r142_sch = S({"first_item": "string", "second_item": "string"})
    r142_q = "Return the first item and the second item as JSON.\n\n"
    for r142_fi, r142_f in enumerate(["items[%d]: %s\n", "items.%d: %s\n", "item_%d: %s\n"]):
        r142_t = "af%d-%d" % (r142_i, r142_fi)
        r142_bpr = r142_q + r142_f % (0, r142_n1) + r142_f % (1, r142_n2)
        r142_bx = {"first_item": r142_n1, "second_item": r142_n2}
        r142_pair(r142_t, r142_t + "-idxswap", "idx_order_by_index", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % (1, r142_n1) + r142_f % (0, r142_n2), {"first_item": r142_n2, "second_item": r142_n1})
        r142_pair(r142_t, r142_t + "-linereorder", "idx_line_reorder", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % (1, r142_n2) + r142_f % (0, r142_n1), r142_bx, safe=True)
        r142_pair(r142_t, r142_t + "-addfront", "idx_add_front", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % (0, "Box") + r142_f % (1, r142_n1) + r142_f % (2, r142_n2), {"first_item": "Box", "second_item": r142_n1})
        r142_single(r142_t + "-lineorder", "idx_order_by_index", r142_sch, r142_q + r142_f % (1, r142_n1) + r142_f % (0, r142_n2),
                    {"first_item": r142_n2, "second_item": r142_n1}, r142_bx)
# dotted paths for sender / recipient and from / to, and deeper paths
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_q = "Return the sender name and the recipient name as JSON.\n\n"
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    r142_sx = {"sender_name": r142_n2, "recipient_name": r142_n1}
    for r142_fi, r142_f in enumerate(["%s.name: %s\n", "%s/name: %s\n", "%s[name]: %s\n", "parcel.%s.name: %s\n"]):
        r142_t = "dp%d-%d" % (r142_i, r142_fi)
        r142_bpr = r142_q + r142_f % ("sender", r142_n1) + r142_f % ("recipient", r142_n2)
        r142_pair(r142_t, r142_t + "-relabel", "path_sr_relabel", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % ("recipient", r142_n1) + r142_f % ("sender", r142_n2), r142_sx)
        r142_pair(r142_t, r142_t + "-deeper", "path_sr_deeper", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % ("sender", r142_n1) + r142_f % ("recipient.contact", r142_n2) + r142_f % ("recipient", r142_n1),
                  {"sender_name": r142_n1, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-prev", "path_sr_previous", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % ("sender", r142_n1) + r142_f % ("previous_recipient", r142_n2) + r142_f % ("recipient", r142_n1),
                  {"sender_name": r142_n1, "recipient_name": r142_n1})
        r142_pair(r142_t, r142_t + "-return", "path_sr_other_parent", r142_sch, r142_bpr, r142_bx,
                  r142_q + r142_f % ("sender", r142_n1) + r142_f % ("return.recipient", r142_n2),
                  {"sender_name": r142_n1, "recipient_name": "999"}, arg=True)
        r142_pair(r142_t, r142_t + "-ws", "path_sr_ws", r142_sch, r142_bpr, r142_bx, r142_bpr.replace(": ", ":  "), r142_bx, safe=True)
        r142_single(r142_t + "-prev", "path_sr_previous", r142_sch,
                    r142_q + r142_f % ("sender", r142_n1) + r142_f % ("previous_recipient", r142_n2) + r142_f % ("recipient", r142_n1),
                    {"sender_name": r142_n1, "recipient_name": r142_n1}, r142_bx)
        r142_single(r142_t + "-sib", "path_sr_sibling_copy", r142_sch, r142_bpr, r142_bx, {"sender_name": r142_n1, "recipient_name": r142_n1})
for r142_i, (r142_f0, r142_a1, r142_t1, r142_a2, r142_t2) in enumerate(r142_FL):
    r142_sch = S({"from_airport": "string", "to_airport": "string", "from_time": "string", "to_time": "string"})
    r142_q = "Return the from airport, to airport, from time and to time as JSON.\n\n"
    r142_X = lambda r142_a, r142_b, r142_c, d: {"from_airport": r142_a, "to_airport": r142_b, "from_time": r142_c, "to_time": d}  # noqa: E731
    r142_bx = r142_X(r142_a1, r142_a2, r142_t1, r142_t2)
    for r142_fi, r142_f in enumerate(["from.airport: %s\nfrom.time: %s\nto.airport: %s\nto.time: %s\n",
                                      "from/airport: %s\nfrom/time: %s\nto/airport: %s\nto/time: %s\n"]):
        r142_t = "dfl%d-%d" % (r142_i, r142_fi)
        r142_bpr = r142_q + r142_f % (r142_a1, r142_t1, r142_a2, r142_t2)
        r142_rel = r142_f.replace("from", "@@").replace("to.", "from.").replace("to/", "from/").replace("@@", "to")
        r142_pair(r142_t, r142_t + "-relabel", "path_fl_relabel", r142_sch, r142_bpr, r142_bx, r142_q + r142_rel % (r142_a1, r142_t1, r142_a2, r142_t2),
                  r142_X(r142_a2, r142_a1, r142_t2, r142_t1))
        r142_pair(r142_t, r142_t + "-tswap", "path_fl_timeswap", r142_sch, r142_bpr, r142_bx, r142_q + r142_f % (r142_a1, r142_t2, r142_a2, r142_t1),
                  r142_X(r142_a1, r142_a2, r142_t2, r142_t1))
        r142_single(r142_t + "-sib", "path_fl_sibling_copy", r142_sch, r142_bpr, r142_bx, r142_X(r142_a1, r142_a2, r142_t1, r142_t1))

# ------------------------------------------------------------------ F12: a member's path under a qualified parent (the plain path gone)
r142_QUAL = [("previous", False), ("old", False), ("former", False), ("cancelled", False), ("return", True),
             ("alt", True), ("backup", True), ("draft", True)]
r142_QPOS = {
    "pre": lambda q, role, leaf: "%s.%s.%s" % (q, role, leaf),
    "mid": lambda q, role, leaf: "%s.%s.%s" % (role, q, leaf),
    "join": lambda q, role, leaf: "%s_%s.%s" % (q, role, leaf),
    "post": lambda q, role, leaf: "%s_%s.%s" % (role, q, leaf),
    "label": lambda q, role, leaf: "%s %s %s" % (q.capitalize(), role, leaf),
}
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP[:3]):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_q = "Return the sender name and the recipient name as JSON.\n\n"
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    for r142_pn, r142_pf in r142_QPOS.items():
        r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
        r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_plain("recipient", "name"), r142_n2)
        r142_btag = "qs%d-%s" % (r142_i, r142_pn)
        for r142_qw, r142_arg in r142_QUAL:
            r142_t = r142_btag + "-" + r142_qw
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_pf(r142_qw, "recipient", "name"), r142_n2)
            r142_pair(r142_btag, r142_t + "-only", "qualpath_sr_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"sender_name": r142_n1, "recipient_name": "999"}, arg=r142_arg)
            r142_single(r142_t + "-only", "qualpath_sr_only", r142_sch, r142_only, {"sender_name": r142_n1, "recipient_name": "999"},
                        r142_bx, arg=r142_arg)
            if not r142_arg:
                r142_new = r142_only + "%s: %s\n" % (r142_pf("new", "recipient", "name"), r142_n1)
                r142_pair(r142_btag, r142_t + "-new", "qualpath_sr_new", r142_sch, r142_bpr, r142_bx, r142_new,
                          {"sender_name": r142_n1, "recipient_name": r142_n1})
                r142_single(r142_t + "-new", "qualpath_sr_new", r142_sch, r142_new, {"sender_name": r142_n1, "recipient_name": r142_n1}, r142_bx)
        r142_pair(r142_btag, r142_btag + "-ws", "qualpath_sr_ws", r142_sch, r142_bpr, r142_bx, r142_bpr + "\n", r142_bx, safe=True)
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:3]):
    r142_sch = S({"billing_city": "string", "shipping_city": "string"})
    r142_q = "Return the billing city and the shipping city as JSON.\n\n"
    r142_bx = {"billing_city": r142_c1, "shipping_city": r142_c2}
    for r142_pn, r142_pf in r142_QPOS.items():
        r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
        r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_plain("shipping", "city"), r142_c2)
        r142_btag = "qc%d-%s" % (r142_i, r142_pn)
        for r142_qw, r142_arg in r142_QUAL:
            r142_t = r142_btag + "-" + r142_qw
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_pf(r142_qw, "shipping", "city"), r142_c2)
            r142_pair(r142_btag, r142_t + "-only", "qualpath_city_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"billing_city": r142_c1, "shipping_city": "999"}, arg=r142_arg)
            r142_single(r142_t + "-only", "qualpath_city_only", r142_sch, r142_only, {"billing_city": r142_c1, "shipping_city": "999"},
                        r142_bx, arg=r142_arg)
            if not r142_arg:
                r142_new = r142_only + "%s: %s\n" % (r142_pf("new", "shipping", "city"), r142_c1)
                r142_pair(r142_btag, r142_t + "-new", "qualpath_city_new", r142_sch, r142_bpr, r142_bx, r142_new,
                          {"billing_city": r142_c1, "shipping_city": r142_c1})
        r142_pair(r142_btag, r142_btag + "-ws", "qualpath_city_ws", r142_sch, r142_bpr, r142_bx, r142_bpr + "\n", r142_bx, safe=True)

# ------------------------------------------------------------------ F13: F12's qualified parents after a stored relabelled record (chains of three)
r142_chains = []
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP[:3]):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_q = "Return the sender name and the recipient name as JSON.\n\n"
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    for r142_pn, r142_pf in r142_QPOS.items():
        r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
        r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_plain("recipient", "name"), r142_n2)
        r142_btag = "ch%d-%s" % (r142_i, r142_pn)
        r142_rel = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("recipient", "name"), r142_n1, r142_plain("sender", "name"), r142_n2)
        r142_pair(r142_btag, r142_btag + "-relabel", "chain_sr_relabel", r142_sch, r142_bpr, r142_bx, r142_rel,
                  {"sender_name": r142_n2, "recipient_name": r142_n1})
        for r142_qw, r142_arg in r142_QUAL:
            r142_t = r142_btag + "-" + r142_qw
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_pf(r142_qw, "recipient", "name"), r142_n2)
            r142_pair(r142_btag, r142_t + "-only", "chain_sr_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"sender_name": r142_n1, "recipient_name": "999"}, arg=r142_arg)
            r142_chains.append(("d142-b-" + r142_btag, "d142-v-" + r142_btag + "-relabel", "d142-v-" + r142_t + "-only"))
            r142_only2 = r142_q + "%s: %s\n%s: %s\n" % (r142_pf(r142_qw, "sender", "name"), r142_n1, r142_plain("recipient", "name"), r142_n2)
            r142_pair(r142_btag, r142_t + "-sonly", "chain_sr_sender_only", r142_sch, r142_bpr, r142_bx,
                      r142_only2, {"sender_name": "999", "recipient_name": r142_n2}, arg=r142_arg)
            r142_chains.append(("d142-b-" + r142_btag, "d142-v-" + r142_btag + "-relabel", "d142-v-" + r142_t + "-sonly"))
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:3]):
    r142_sch = S({"billing_city": "string", "shipping_city": "string"})
    r142_q = "Return the billing city and the shipping city as JSON.\n\n"
    r142_bx = {"billing_city": r142_c1, "shipping_city": r142_c2}
    for r142_pn, r142_pf in r142_QPOS.items():
        r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
        r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_plain("shipping", "city"), r142_c2)
        r142_btag = "cc%d-%s" % (r142_i, r142_pn)
        r142_rel = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("shipping", "city"), r142_c1, r142_plain("billing", "city"), r142_c2)
        r142_pair(r142_btag, r142_btag + "-relabel", "chain_city_relabel", r142_sch, r142_bpr, r142_bx, r142_rel,
                  {"billing_city": r142_c2, "shipping_city": r142_c1})
        for r142_qw, r142_arg in r142_QUAL:
            r142_t = r142_btag + "-" + r142_qw
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_pf(r142_qw, "shipping", "city"), r142_c2)
            r142_pair(r142_btag, r142_t + "-only", "chain_city_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"billing_city": r142_c1, "shipping_city": "999"}, arg=r142_arg)
            r142_chains.append(("d142-b-" + r142_btag, "d142-v-" + r142_btag + "-relabel", "d142-v-" + r142_t + "-only"))

# ------------------------------------------------------------------ F14: the path's qualifier is a word of the instruction
# (the verb "Return"/"Copy"/"Forward", or a word of another instruction sentence: "Ignore old entries.")
r142_INSTR = [
    ("ret", "Return the %s and the %s as JSON.", "return", True),
    ("copy", "Copy the %s and the %s into JSON.", "copy", True),
    ("fwd", "Forward the %s and the %s as JSON.", "forward", True),
    ("ext", "Extract the %s and the %s as JSON.", "return", True),
    ("ign-old", "Return the %s and the %s as JSON. Ignore old entries.", "old", False),
    ("ign-prev", "Return the %s and the %s as JSON. Previous values are void.", "previous", False),
    ("ign-canc", "Return the %s and the %s as JSON. Skip cancelled lines.", "cancelled", False),
    ("ign-former", "Return the %s and the %s as JSON; former entries do not count.", "former", False),
    ("cur-old", "Return the %s and the %s as JSON, not the old ones.", "old", False),
    ("wd-old", "Extract the %s and the %s as JSON. Old data was removed.", "old", False),
]
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP[:3]):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    for r142_it, r142_instr, r142_qw, r142_arg in r142_INSTR:
        for r142_pn in ("pre", "join", "label"):
            r142_pf = r142_QPOS[r142_pn]
            r142_q = r142_instr % ("sender name", "recipient name") + "\n\n"
            r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
            r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_plain("recipient", "name"), r142_n2)
            r142_btag = "iw%d-%s-%s" % (r142_i, r142_it, r142_pn)
            r142_rel = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("recipient", "name"), r142_n1, r142_plain("sender", "name"), r142_n2)
            r142_pair(r142_btag, r142_btag + "-relabel", "instrword_relabel", r142_sch, r142_bpr, r142_bx, r142_rel,
                      {"sender_name": r142_n2, "recipient_name": r142_n1})
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_pf(r142_qw, "recipient", "name"), r142_n2)
            r142_pair(r142_btag, r142_btag + "-only", "instrword_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"sender_name": r142_n1, "recipient_name": "999"}, arg=r142_arg)
            r142_chains.append(("d142-b-" + r142_btag, "d142-v-" + r142_btag + "-relabel", "d142-v-" + r142_btag + "-only"))
            r142_new = r142_q + "%s: %s\n%s: %s\n%s: %s\n" % (r142_plain("sender", "name"), r142_n1, r142_pf(r142_qw, "recipient", "name"), r142_n2,
                                                            r142_plain("recipient", "name"), r142_n1)
            r142_pair(r142_btag, r142_btag + "-new", "instrword_new", r142_sch, r142_bpr, r142_bx,
                      r142_new, {"sender_name": r142_n1, "recipient_name": r142_n1})
            r142_single(r142_btag + "-only", "instrword_only", r142_sch, r142_only, {"sender_name": r142_n1, "recipient_name": "999"}, r142_bx, arg=r142_arg)
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR[:3]):
    r142_sch = S({"billing_city": "string", "shipping_city": "string"})
    r142_bx = {"billing_city": r142_c1, "shipping_city": r142_c2}
    for r142_it, r142_instr, r142_qw, r142_arg in r142_INSTR:
        for r142_pn in ("pre", "join", "label"):
            r142_pf = r142_QPOS[r142_pn]
            r142_q = r142_instr % ("billing city", "shipping city") + "\n\n"
            r142_plain = (lambda role, leaf: "%s %s" % (role.capitalize(), leaf)) if r142_pn == "label" else (lambda role, leaf: "%s.%s" % (role, leaf))
            r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_plain("shipping", "city"), r142_c2)
            r142_btag = "iwc%d-%s-%s" % (r142_i, r142_it, r142_pn)
            r142_rel = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("shipping", "city"), r142_c1, r142_plain("billing", "city"), r142_c2)
            r142_pair(r142_btag, r142_btag + "-relabel", "instrword_city_relabel", r142_sch, r142_bpr, r142_bx, r142_rel,
                      {"billing_city": r142_c2, "shipping_city": r142_c1})
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_pf(r142_qw, "shipping", "city"), r142_c2)
            r142_pair(r142_btag, r142_btag + "-only", "instrword_city_only", r142_sch, r142_bpr, r142_bx,
                      r142_only, {"billing_city": r142_c1, "shipping_city": "999"}, arg=r142_arg)
            r142_chains.append(("d142-b-" + r142_btag, "d142-v-" + r142_btag + "-relabel", "d142-v-" + r142_btag + "-only"))
            r142_new = r142_q + "%s: %s\n%s: %s\n%s: %s\n" % (r142_plain("billing", "city"), r142_c1, r142_pf(r142_qw, "shipping", "city"), r142_c2,
                                                            r142_plain("shipping", "city"), r142_c1)
            r142_pair(r142_btag, r142_btag + "-new", "instrword_city_new", r142_sch, r142_bpr, r142_bx,
                      r142_new, {"billing_city": r142_c1, "shipping_city": r142_c1})

# ------------------------------------------------------------------ F15: a past or void qualifier that is also a word of the instruction
r142_INSTR2 = [
    ("prevlabel", "Return the %s and the %s from the previous label as JSON.", "previous", False),
    ("prevlabel2", "Return the %s and the %s as JSON, as on the previous label.", "previous", False),
    ("oldsys", "Return the %s and the %s as JSON (exported from the old system).", "old", False),
    ("oldform", "Return the %s and the %s as JSON; this is the old form.", "old", False),
    ("formerfmt", "Return the %s and the %s as JSON in the former format.", "former", False),
    ("cancord", "Return the %s and the %s of this cancelled order as JSON.", "cancelled", True),
    ("void", "Return the %s and the %s as JSON; void fields are fine.", "void", False),
    ("obsolete", "Return the %s and the %s as JSON in the obsolete layout.", "obsolete", False),
    ("wrongkey", "Return the %s and the %s as JSON, even if a key looks wrong.", "wrong", False),
    ("deleted", "Return the %s and the %s as JSON (deleted keys may appear).", "deleted", False),
    ("retonly", "Return the %s and the %s as JSON.", "return", True),
    ("copyonly", "Copy the %s and the %s into JSON.", "copy", True),
    ("listonly", "List the %s and the %s as JSON.", "list", True),
    ("showonly", "Show the %s and the %s as JSON.", "show", True),
    ("giveonly", "Give the %s and the %s as JSON.", "give", True),
]
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    for r142_it, r142_instr, r142_qw, r142_arg in r142_INSTR2:
        r142_q = r142_instr % ("sender name", "recipient name") + "\n\n"
        for r142_pn, r142_fmt in (("pre", "%s.recipient.name"), ("pre2", "%s.recipient"), ("joined", "%s_recipient.name"),
                                  ("dash", "%s-recipient.name"), ("slash", "%s/recipient/name")):
            r142_lab = r142_fmt % r142_qw
            r142_slab = {"pre": "sender.name", "pre2": "sender", "joined": "sender.name", "dash": "sender.name", "slash": "sender/name"}[r142_pn]
            r142_rlab = {"pre": "recipient.name", "pre2": "recipient", "joined": "recipient.name", "dash": "recipient.name", "slash": "recipient/name"}[r142_pn]
            r142_t = "iq%d-%s-%s" % (r142_i, r142_it, r142_pn)
            r142_bpr = r142_q + "%s: %s\n%s: %s\n" % (r142_slab, r142_n1, r142_rlab, r142_n2)
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_slab, r142_n1, r142_lab, r142_n2)
            r142_single(r142_t + "-only", "instrqual_only", r142_sch, r142_only, {"sender_name": r142_n1, "recipient_name": "999"}, r142_bx, arg=r142_arg)
            r142_pair(r142_t, r142_t + "-only", "instrqual_only", r142_sch, r142_bpr, r142_bx, r142_only,
                      {"sender_name": r142_n1, "recipient_name": "999"}, arg=r142_arg)
            # with the current recipient given in a sentence the checks may not read
            r142_nw = r142_q + "%s: %s\n%s: %s\n%s: %s\n" % (r142_slab, r142_n1, r142_lab, r142_n2, r142_rlab, r142_n1)
            r142_single(r142_t + "-new", "instrqual_new", r142_sch, r142_nw, {"sender_name": r142_n1, "recipient_name": r142_n1}, r142_bx)
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR):
    r142_sch = S({"billing_city": "string", "shipping_city": "string"})
    r142_bx = {"billing_city": r142_c1, "shipping_city": r142_c2}
    for r142_it, r142_instr, r142_qw, r142_arg in r142_INSTR2:
        r142_q = r142_instr % ("billing city", "shipping city") + "\n\n"
        for r142_pn, r142_fmt in (("pre", "%s.shipping.city"), ("joined", "%s_shipping.city"), ("slash", "%s/shipping/city")):
            r142_lab = r142_fmt % r142_qw
            r142_blab = {"pre": "billing.city", "joined": "billing.city", "slash": "billing/city"}[r142_pn]
            r142_t = "iqc%d-%s-%s" % (r142_i, r142_it, r142_pn)
            r142_only = r142_q + "%s: %s\n%s: %s\n" % (r142_blab, r142_c1, r142_lab, r142_c2)
            r142_single(r142_t + "-only", "instrqual_city_only", r142_sch, r142_only, {"billing_city": r142_c1, "shipping_city": "999"}, r142_bx, arg=r142_arg)

# ------------------------------------------------------------------ F16: the instruction's verb as the label's qualifier ("Return recipient name:")
r142_VERBS = [("ret", "Return", "Return"), ("copy", "Copy", "Copy"), ("ext", "Extract", "Return"), ("ret2", "Please return", "Return")]
r142_F16 = []
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    r142_bx = {"sender_name": r142_n1, "recipient_name": r142_n2}
    for r142_vt, r142_verb, r142_qual in r142_VERBS:
        r142_q = "%s the sender name and the recipient name %s JSON.\n\n" % (r142_verb, "into" if r142_verb == "Copy" else "as")
        for r142_lt, r142_lab in (("name", "%s recipient name"), ("plain", "%s recipient"), ("addr", "%s address name"),
                                  ("to", "%s to"), ("lower", "%s recipient name")):
            r142_l = r142_lab % (r142_qual if r142_lt != "lower" else r142_qual.lower())
            r142_sl = "Sender name" if r142_lt in ("name", "lower") else "Sender"
            r142_t = "vq%d-%s-%s" % (r142_i, r142_vt, r142_lt)
            r142_pr = r142_q + "%s: %s\n%s: %s\n" % (r142_sl, r142_n1, r142_l, r142_n2)
            r142_single(r142_t, "verbqual_sr", r142_sch, r142_pr, {"sender_name": r142_n1, "recipient_name": "999"}, r142_bx, arg=True)
            r142_F16.append("d142-s-" + r142_t)
for r142_i, (r142_f, r142_a1, r142_t1, r142_a2, r142_t2) in enumerate(r142_FL):
    r142_sch = S({"flight": "string", "departure_time": "string"})
    r142_bx = {"flight": r142_f, "departure_time": r142_t1}
    for r142_vt, r142_verb, r142_qual in r142_VERBS:
        r142_q = "%s the flight and the departure time %s JSON.\n\n" % (r142_verb, "into" if r142_verb == "Copy" else "as")
        for r142_lt, r142_lab in (("dt", "%s departure time"), ("dep", "%s departure"), ("path", "%s.departure.time")):
            r142_l = r142_lab % (r142_qual if r142_lt != "path" else r142_qual.lower())
            r142_t = "vf%d-%s-%s" % (r142_i, r142_vt, r142_lt)
            r142_pr = r142_q + "Flight: %s\n%s: %s\n" % (r142_f, r142_l, r142_t2)
            r142_single(r142_t, "verbqual_flight", r142_sch, r142_pr, {"flight": r142_f, "departure_time": "999"},
                        {"flight": r142_f, "departure_time": r142_t2}, arg=True)
            r142_F16.append("d142-s-" + r142_t)
            # the outbound departure stated in a line the checks may skip; the return one labelled with the verb
            r142_pr2 = r142_q + "Flight: %s (departs %s)\n%s: %s\n" % (r142_f, r142_t1, r142_l, r142_t2)
            r142_single(r142_t + "-both", "verbqual_flight_both", r142_sch, r142_pr2, r142_bx,
                        {"flight": r142_f, "departure_time": r142_t2})
            r142_F16.append("d142-s-" + r142_t + "-both")
for r142_i, (r142_c, r142_s1, r142_c1, r142_s2, r142_c2) in enumerate(r142_ADDR):
    r142_sch = S({"customer": "string", "city": "string"})
    for r142_vt, r142_verb, r142_qual in r142_VERBS:
        r142_q = "%s the customer and the city %s JSON.\n\n" % (r142_verb, "into" if r142_verb == "Copy" else "as")
        for r142_lt, r142_lab in (("city", "%s city"), ("addr", "%s address city"), ("path", "%s.city")):
            r142_l = r142_lab % (r142_qual if r142_lt != "path" else r142_qual.lower())
            r142_t = "vc%d-%s-%s" % (r142_i, r142_vt, r142_lt)
            r142_pr = r142_q + "Customer: %s\n%s: %s\n" % (r142_c, r142_l, r142_c2)
            r142_single(r142_t, "verbqual_city", r142_sch, r142_pr, {"customer": r142_c, "city": "999"},
                        {"customer": r142_c, "city": r142_c2}, arg=True)
            r142_F16.append("d142-s-" + r142_t)

# ------------------------------------------------------------------ F17: F16 where the text itself says the verb-qualified value is another record's
for r142_i, (r142_f, r142_a1, r142_t1, r142_a2, r142_t2) in enumerate(r142_FL):
    r142_sch = S({"flight": "string", "departure_time": "string"})
    for r142_vt, r142_verb, r142_qual in r142_VERBS:
        r142_q = "%s the flight and the departure time %s JSON.\n\n" % (r142_verb, "into" if r142_verb == "Copy" else "as")
        for r142_ft, r142_fl in (("ob", "Outbound flight: %s\n"), ("obp", "Flight (outbound): %s\n"), ("out", "Flight out: %s\n"),
                                 ("ow", "Flight: %s (outbound)\n")):
            for r142_lt, r142_lab in (("dt", "%s departure time"), ("path", "%s.departure.time"), ("fl", "%s flight departure time")):
                r142_l = r142_lab % (r142_qual if r142_lt != "path" else r142_qual.lower())
                r142_t = "vo%d-%s-%s-%s" % (r142_i, r142_vt, r142_ft, r142_lt)
                r142_pr = r142_q + r142_fl % r142_f + "%s: %s\n" % (r142_l, r142_t2)
                r142_single(r142_t, "verbqual_outbound", r142_sch, r142_pr, {"flight": r142_f, "departure_time": "999"},
                            {"flight": r142_f, "departure_time": r142_t2}, arg=(r142_vt == "copy"))
for r142_i, (r142_n1, r142_p1, r142_n2, r142_p2) in enumerate(r142_PEOP):
    r142_sch = S({"sender_name": "string", "recipient_name": "string"})
    for r142_vt, r142_verb, r142_qual in r142_VERBS[:2]:
        r142_q = "%s the sender name and the recipient name %s JSON.\n\n" % (r142_verb, "into" if r142_verb == "Copy" else "as")
        for r142_nt, r142_note in (("na", "Recipient name: n/a\n"), ("tbd", "Recipient name: to be confirmed\n"),
                                   ("differs", "(The recipient differs from the %s recipient.)\n" % r142_qual.lower()),
                                   ("notrec", "%s recipient is not the recipient.\n" % r142_qual)):
            r142_t = "vn%d-%s-%s" % (r142_i, r142_vt, r142_nt)
            r142_pr = r142_q + "Sender name: %s\n%s recipient name: %s\n" % (r142_n1, r142_qual, r142_n2) + r142_note
            r142_single(r142_t, "verbqual_sr_negated", r142_sch, r142_pr, {"sender_name": r142_n1, "recipient_name": "999"},
                        {"sender_name": r142_n1, "recipient_name": r142_n2})


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) all kept, every third safe variant and every 12th of the held rest.
from probe_kit import sample_round as r142_sample_round  # noqa: E402
r142_found = {
    'd142-b-cc0-pre', 'd142-b-cc1-pre', 'd142-b-cc2-pre', 'd142-b-ch0-pre',
    'd142-b-ch1-pre', 'd142-b-ch2-pre', 'd142-b-dp0-0', 'd142-b-dp0-1',
    'd142-b-dp0-2', 'd142-b-dp1-0', 'd142-b-dp1-1', 'd142-b-dp1-2',
    'd142-b-dp2-0', 'd142-b-dp2-1', 'd142-b-dp2-2', 'd142-b-dp3-0',
    'd142-b-dp3-1', 'd142-b-dp3-2', 'd142-b-iw0-copy-pre', 'd142-b-iw0-ret-pre',
    'd142-b-iw1-copy-pre', 'd142-b-iw1-ret-pre', 'd142-b-iw2-copy-pre', 'd142-b-iw2-ret-pre',
    'd142-b-iwc0-copy-pre', 'd142-b-iwc0-ret-pre', 'd142-b-iwc1-copy-pre', 'd142-b-iwc1-ret-pre',
    'd142-b-iwc2-copy-pre', 'd142-b-iwc2-ret-pre', 'd142-s-iq0-copyonly-dash-only', 'd142-s-iq0-copyonly-pre-only',
    'd142-s-iq0-copyonly-slash-only', 'd142-s-iq0-giveonly-dash-only', 'd142-s-iq0-giveonly-pre-only', 'd142-s-iq0-giveonly-slash-only',
    'd142-s-iq0-listonly-dash-only', 'd142-s-iq0-listonly-pre-only', 'd142-s-iq0-listonly-slash-only', 'd142-s-iq0-retonly-dash-only',
    'd142-s-iq0-retonly-pre-only', 'd142-s-iq0-retonly-slash-only', 'd142-s-iq0-showonly-dash-only', 'd142-s-iq0-showonly-pre-only',
    'd142-s-iq0-showonly-slash-only', 'd142-s-iq1-copyonly-pre-only', 'd142-s-iq1-copyonly-slash-only', 'd142-s-iq1-listonly-pre-only',
    'd142-s-iq1-retonly-pre-only', 'd142-s-iq2-copyonly-pre-only', 'd142-s-iq2-copyonly-slash-only', 'd142-s-iq2-retonly-pre-only',
    'd142-s-iq3-copyonly-slash-only', 'd142-s-iq3-retonly-pre-only', 'd142-s-iqc0-copyonly-pre-only', 'd142-s-iqc0-copyonly-slash-only',
    'd142-s-iqc0-giveonly-pre-only', 'd142-s-iqc0-giveonly-slash-only', 'd142-s-iqc0-listonly-pre-only', 'd142-s-iqc0-listonly-slash-only',
    'd142-s-iqc0-retonly-pre-only', 'd142-s-iqc0-retonly-slash-only', 'd142-s-iqc0-showonly-pre-only', 'd142-s-iqc0-showonly-slash-only',
    'd142-s-iqc1-copyonly-pre-only', 'd142-s-iqc1-copyonly-slash-only', 'd142-s-iqc1-retonly-pre-only', 'd142-s-iqc2-copyonly-pre-only',
    'd142-s-iqc2-copyonly-slash-only', 'd142-s-iqc2-listonly-pre-only', 'd142-s-iqc2-retonly-pre-only', 'd142-s-iqc3-copyonly-pre-only',
    'd142-s-iqc3-copyonly-slash-only', 'd142-s-iqc3-retonly-slash-only', 'd142-s-iqc4-copyonly-pre-only', 'd142-s-iqc4-copyonly-slash-only',
    'd142-s-iqc5-copyonly-pre-only', 'd142-s-iqc5-copyonly-slash-only', 'd142-s-iqc5-retonly-pre-only', 'd142-s-iqc5-retonly-slash-only',
    'd142-s-iw0-copy-label-only', 'd142-s-iw0-copy-pre-only', 'd142-s-iw0-ret-label-only', 'd142-s-iw0-ret-pre-only',
    'd142-s-iw1-copy-pre-only', 'd142-s-iw1-ret-pre-only', 'd142-s-iw2-copy-pre-only', 'd142-s-iw2-ret-pre-only',
    'd142-s-qc0-mid-return-only', 'd142-s-qc0-pre-return-only', 'd142-s-qc1-pre-return-only', 'd142-s-qc2-pre-return-only',
    'd142-s-qs0-pre-return-only', 'd142-s-qs1-pre-return-only', 'd142-s-qs2-pre-return-only', 'd142-s-vc0-copy-addr',
    'd142-s-vc0-copy-city', 'd142-s-vc0-copy-path', 'd142-s-vc0-ext-addr', 'd142-s-vc0-ext-city',
    'd142-s-vc0-ext-path', 'd142-s-vc0-ret-addr', 'd142-s-vc0-ret-city', 'd142-s-vc0-ret-path',
    'd142-s-vc0-ret2-addr', 'd142-s-vc0-ret2-city', 'd142-s-vc0-ret2-path', 'd142-s-vc1-copy-addr',
    'd142-s-vc1-copy-city', 'd142-s-vc1-copy-path', 'd142-s-vc1-ext-addr', 'd142-s-vc1-ext-city',
    'd142-s-vc1-ext-path', 'd142-s-vc1-ret-addr', 'd142-s-vc1-ret-city', 'd142-s-vc1-ret-path',
    'd142-s-vc1-ret2-addr', 'd142-s-vc1-ret2-city', 'd142-s-vc1-ret2-path', 'd142-s-vc2-ext-city',
    'd142-s-vc2-ret-city', 'd142-s-vc2-ret2-city', 'd142-s-vc3-ext-city', 'd142-s-vc3-ret-city',
    'd142-s-vc3-ret2-city', 'd142-s-vc4-ext-city', 'd142-s-vc4-ret-city', 'd142-s-vc4-ret2-city',
    'd142-s-vc5-ext-city', 'd142-s-vc5-ret-city', 'd142-s-vc5-ret2-city', 'd142-s-vf0-copy-dt',
    'd142-s-vf0-copy-path', 'd142-s-vf0-ext-dt', 'd142-s-vf0-ext-path', 'd142-s-vf0-ret-dt',
    'd142-s-vf0-ret-path', 'd142-s-vf0-ret2-dt', 'd142-s-vf0-ret2-path', 'd142-s-vf1-copy-dt',
    'd142-s-vf1-copy-path', 'd142-s-vf1-ext-dt', 'd142-s-vf1-ext-path', 'd142-s-vf1-ret-dt',
    'd142-s-vf1-ret-path', 'd142-s-vf1-ret2-dt', 'd142-s-vf1-ret2-path', 'd142-s-vf2-copy-dt',
    'd142-s-vf2-copy-path', 'd142-s-vf2-ext-dt', 'd142-s-vf2-ext-path', 'd142-s-vf2-ret-dt',
    'd142-s-vf2-ret-path', 'd142-s-vf2-ret2-dt', 'd142-s-vf2-ret2-path', 'd142-s-vf3-copy-dt',
    'd142-s-vf3-copy-path', 'd142-s-vf3-ext-dt', 'd142-s-vf3-ext-path', 'd142-s-vf3-ret-dt',
    'd142-s-vf3-ret-path', 'd142-s-vf3-ret2-dt', 'd142-s-vf3-ret2-path', 'd142-s-vo0-copy-ob-dt',
    'd142-s-vo0-copy-ob-path', 'd142-s-vo0-copy-out-dt', 'd142-s-vo0-copy-out-path', 'd142-s-vo0-ext-ob-dt',
    'd142-s-vo0-ext-ob-path', 'd142-s-vo0-ext-out-dt', 'd142-s-vo0-ext-out-path', 'd142-s-vo0-ret-ob-dt',
    'd142-s-vo0-ret-ob-path', 'd142-s-vo0-ret-out-dt', 'd142-s-vo0-ret-out-path', 'd142-s-vo0-ret2-ob-dt',
    'd142-s-vo0-ret2-ob-path', 'd142-s-vo0-ret2-out-dt', 'd142-s-vo0-ret2-out-path', 'd142-s-vo1-copy-out-dt',
    'd142-s-vo1-copy-out-path', 'd142-s-vo1-ext-ob-dt', 'd142-s-vo1-ext-ob-path', 'd142-s-vo1-ext-out-dt',
    'd142-s-vo1-ext-out-path', 'd142-s-vo1-ret-ob-dt', 'd142-s-vo1-ret-ob-path', 'd142-s-vo1-ret-out-dt',
    'd142-s-vo1-ret-out-path', 'd142-s-vo1-ret2-ob-dt', 'd142-s-vo1-ret2-ob-path', 'd142-s-vo1-ret2-out-dt',
    'd142-s-vo1-ret2-out-path', 'd142-s-vo2-copy-out-dt', 'd142-s-vo2-copy-out-path', 'd142-s-vo2-ext-ob-dt',
    'd142-s-vo2-ext-ob-path', 'd142-s-vo2-ext-out-dt', 'd142-s-vo2-ext-out-path', 'd142-s-vo2-ret-ob-dt',
    'd142-s-vo2-ret-ob-path', 'd142-s-vo2-ret-out-dt', 'd142-s-vo2-ret-out-path', 'd142-s-vo2-ret2-ob-dt',
    'd142-s-vo2-ret2-ob-path', 'd142-s-vo2-ret2-out-dt', 'd142-s-vo2-ret2-out-path', 'd142-s-vo3-copy-out-dt',
    'd142-s-vo3-copy-out-path', 'd142-s-vo3-ext-ob-dt', 'd142-s-vo3-ext-ob-path', 'd142-s-vo3-ext-out-dt',
    'd142-s-vo3-ext-out-path', 'd142-s-vo3-ret-ob-dt', 'd142-s-vo3-ret-ob-path', 'd142-s-vo3-ret-out-dt',
    'd142-s-vo3-ret-out-path', 'd142-s-vo3-ret2-ob-dt', 'd142-s-vo3-ret2-ob-path', 'd142-s-vo3-ret2-out-dt',
    'd142-s-vo3-ret2-out-path', 'd142-s-vq0-copy-lower', 'd142-s-vq0-copy-name', 'd142-s-vq0-ret-lower',
    'd142-s-vq0-ret-name', 'd142-s-vq0-ret2-lower', 'd142-s-vq0-ret2-name', 'd142-s-vq1-copy-lower',
    'd142-s-vq1-copy-name', 'd142-s-vq1-ret-lower', 'd142-s-vq1-ret-name', 'd142-s-vq1-ret2-lower',
    'd142-s-vq1-ret2-name', 'd142-s-vq3-copy-name', 'd142-v-cc0-pre-relabel', 'd142-v-cc0-pre-return-only',
    'd142-v-cc1-pre-relabel', 'd142-v-cc1-pre-return-only', 'd142-v-cc2-pre-relabel', 'd142-v-cc2-pre-return-only',
    'd142-v-ch0-pre-relabel', 'd142-v-ch0-pre-return-only', 'd142-v-ch1-pre-relabel', 'd142-v-ch1-pre-return-only',
    'd142-v-ch2-pre-relabel', 'd142-v-ch2-pre-return-only', 'd142-v-dp0-0-relabel', 'd142-v-dp0-0-return',
    'd142-v-dp0-1-relabel', 'd142-v-dp0-1-return', 'd142-v-dp0-2-relabel', 'd142-v-dp0-2-return',
    'd142-v-dp1-0-relabel', 'd142-v-dp1-0-return', 'd142-v-dp1-1-relabel', 'd142-v-dp1-1-return',
    'd142-v-dp1-2-relabel', 'd142-v-dp1-2-return', 'd142-v-dp2-0-relabel', 'd142-v-dp2-0-return',
    'd142-v-dp2-1-relabel', 'd142-v-dp2-1-return', 'd142-v-dp2-2-relabel', 'd142-v-dp2-2-return',
    'd142-v-dp3-0-relabel', 'd142-v-dp3-0-return', 'd142-v-dp3-1-relabel', 'd142-v-dp3-1-return',
    'd142-v-dp3-2-relabel', 'd142-v-dp3-2-return', 'd142-v-iw0-copy-pre-only', 'd142-v-iw0-copy-pre-relabel',
    'd142-v-iw0-ret-pre-only', 'd142-v-iw0-ret-pre-relabel', 'd142-v-iw1-copy-pre-only', 'd142-v-iw1-copy-pre-relabel',
    'd142-v-iw1-ret-pre-only', 'd142-v-iw1-ret-pre-relabel', 'd142-v-iw2-copy-pre-only', 'd142-v-iw2-copy-pre-relabel',
    'd142-v-iw2-ret-pre-only', 'd142-v-iw2-ret-pre-relabel', 'd142-v-iwc0-copy-pre-only', 'd142-v-iwc0-copy-pre-relabel',
    'd142-v-iwc0-ret-pre-only', 'd142-v-iwc0-ret-pre-relabel', 'd142-v-iwc1-copy-pre-only', 'd142-v-iwc1-copy-pre-relabel',
    'd142-v-iwc1-ret-pre-only', 'd142-v-iwc1-ret-pre-relabel', 'd142-v-iwc2-copy-pre-only', 'd142-v-iwc2-copy-pre-relabel',
    'd142-v-iwc2-ret-pre-only', 'd142-v-iwc2-ret-pre-relabel',
}
r142_sample_round("d142-", r142_found, 12, safe_every=3)
# Left out of ctest: ids the tester called arguable that the cache still serves (see FINDINGS.md): the
# instruction's own verb as a path prefix ("list.recipient.name", "show.", "give.": the stored value may be
# the one asked), a list edited into its second form.
r142_left_out = {'d142-s-ls3-0-e-second'} | {
    r142_p["id"] for r142_p in P
    if r142_p["id"].startswith("d142-") and any(r142_w in r142_p["id"] for r142_w in ("-listonly-", "-showonly-", "-giveonly-"))
} | {
    'd142-s-iq0-listonly-pre-only', 'd142-s-iq0-listonly-slash-only', 'd142-s-iq1-listonly-pre-only', 'd142-s-iqc0-listonly-pre-only',
    'd142-s-iqc0-listonly-slash-only', 'd142-s-iqc2-listonly-pre-only',
}
P[:] = [r142_p for r142_p in P if r142_p["id"] not in r142_left_out]
